/*! generated from snapshots/ - do not edit */

import type {
  ActionInfoOf,
  ActionOf,
  ActionsByAccessLevelOf,
  ActionsOf,
  ArnBuildersOf,
  ArnParser,
  ConditionBlock,
  ConditionKeyInfo,
  ConditionKeysOf,
  ParsedArnsOf,
  ReferencePage,
  ResourceTypeInfoOf,
  StatementOf,
} from "./_types.js";
import { arnBuilders, arnParser, decodeActions, decodeConditionKeys, decodeResourceTypes } from "./_runtime.js";
/** The service prefix. */
export const prefix: "comprehend" = "comprehend";
/** The service's name in the reference. */
export const serviceName: "Amazon Comprehend" = "Amazon Comprehend";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Comprehend",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoncomprehend.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "comprehend:DataLakeKmsKey",
  "comprehend:FlywheelIterationId",
  "comprehend:ModelKmsKey",
  "comprehend:OutputKmsKey",
  "comprehend:VolumeKmsKey",
  "comprehend:VpcSecurityGroupIds",
  "comprehend:VpcSubnets",
] as const;
const dependentActionList = ["comprehend:TagResource", "iam:PassRole"] as const;
const actionFacts = {
  /** Grants permission to detect the language or languages present in the list of text documents. Access level: Read. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_BatchDetectDominantLanguage.html */
  BatchDetectDominantLanguage: "R||||||;",
  /** Grants permission to detect the named entities ("People", "Places", "Locations", etc) within the given list of text documents. Access level: Read. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_BatchDetectEntities.html */
  BatchDetectEntities: "R||||||;",
  /** Grants permission to detect the phrases in the list of text documents that are most indicative of the content. Access level: Read. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_BatchDetectKeyPhrases.html */
  BatchDetectKeyPhrases: "R||||||;",
  /** Grants permission to detect the sentiment of a text in the list of documents (Positive, Negative, Neutral, or Mixed). Access level: Read. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_BatchDetectSentiment.html */
  BatchDetectSentiment: "R||||||;",
  /** Grants permission to detect syntactic information (like Part of Speech, Tokens) in a list of text documents. Access level: Read. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_BatchDetectSyntax.html */
  BatchDetectSyntax: "R||||||;",
  /** Grants permission to detect the sentiments associated with specific entities (such as brands or products) within the given list of text documents. Access level: Read. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_BatchDetectTargetedSentiment.html */
  BatchDetectTargetedSentiment: "R||||||;",
  /** Grants permission to create a new document classification request to analyze a single document in real-time, using a previously created and trained custom model and an endpoint. Access level: Read. Resources: document-classifier-endpoint*. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_ClassifyDocument.html */
  ClassifyDocument: "R|||2;1;|||;",
  /** Grants permission to classify the personally identifiable information within given documents in real-time. Access level: Read. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_ContainsPiiEntities.html */
  ContainsPiiEntities: "R||||||;",
  /** Grants permission to create a new dataset within a flywheel. Access level: Write. Resources: flywheel*. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_CreateDataset.html */
  CreateDataset: "W|||8;1;|0,2|0|;",
  /** Grants permission to create a new document classifier that you can use to categorize documents. Access level: Write. Resources: document-classifier*. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_CreateDocumentClassifier.html */
  CreateDocumentClassifier: "W|||1;1;|0,2,5,6,7,8,9|0,1|;",
  /** Grants permission to create a model-specific endpoint for synchronous inference for a previously trained custom model. Access level: Write. Resources: document-classifier*, document-classifier-endpoint*, entity-recognizer*, entity-recognizer-endpoint*, flywheel. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_CreateEndpoint.html */
  CreateEndpoint: "W|||1;1;,2;1;0~2,5;1;,6;1;0~2,8;0;||0,1|;",
  /** Grants permission to create an entity recognizer using submitted files. Access level: Write. Resources: entity-recognizer*. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_CreateEntityRecognizer.html */
  CreateEntityRecognizer: "W|||5;1;|0,2,5,7,8,9|0,1|;",
  /** Grants permission to create a new flywheel that you can use to train model versions. Access level: Write. Resources: document-classifier, entity-recognizer, flywheel*. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_CreateFlywheel.html */
  CreateFlywheel: "W|||1;0;,5;0;,8;1;0~2~3~5~7~8~9||0,1|;",
  /** Grants permission to delete a previously created document classifier. Access level: Write. Resources: document-classifier*. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_DeleteDocumentClassifier.html */
  DeleteDocumentClassifier: "W|||1;1;|||;",
  /** Grants permission to delete a model-specific endpoint for a previously-trained custom model. All endpoints must be deleted in order for the model to be deleted. Access level: Write. Resources: document-classifier-endpoint*, entity-recognizer-endpoint*. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_DeleteEndpoint.html */
  DeleteEndpoint: "W|||2;1;,6;1;|||;",
  /** Grants permission to delete a submitted entity recognizer. Access level: Write. Resources: entity-recognizer*. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_DeleteEntityRecognizer.html */
  DeleteEntityRecognizer: "W|||5;1;|||;",
  /** Grants permission to Delete a flywheel. Access level: Write. Resources: flywheel*. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_DeleteFlywheel.html */
  DeleteFlywheel: "W|||8;1;|||;",
  /** Grants permission to remove policy on resource. Access level: Write. Resources: document-classifier*, entity-recognizer*. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_DeleteResourcePolicy.html */
  DeleteResourcePolicy: "W|||1;1;,5;1;|||;",
  /** Grants permission to get the properties associated with a dataset. Access level: Read. Resources: flywheel-dataset*. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_DescribeDataset.html */
  DescribeDataset: "R|||9;1;|||;",
  /** Grants permission to get the properties associated with a document classification job. Access level: Read. Resources: document-classification-job*. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_DescribeDocumentClassificationJob.html */
  DescribeDocumentClassificationJob: "R|||0;1;|||;",
  /** Grants permission to get the properties associated with a document classifier. Access level: Read. Resources: document-classifier*. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_DescribeDocumentClassifier.html */
  DescribeDocumentClassifier: "R|||1;1;|||;",
  /** Grants permission to get the properties associated with a dominant language detection job. Access level: Read. Resources: dominant-language-detection-job*. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_DescribeDominantLanguageDetectionJob.html */
  DescribeDominantLanguageDetectionJob: "R|||3;1;|||;",
  /** Grants permission to get the properties associated with a specific endpoint. Use this operation to get the status of an endpoint. Access level: Read. Resources: document-classifier-endpoint*, entity-recognizer-endpoint*. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_DescribeEndpoint.html */
  DescribeEndpoint: "R|||2;1;,6;1;|||;",
  /** Grants permission to get the properties associated with an entities detection job. Access level: Read. Resources: entities-detection-job*. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_DescribeEntitiesDetectionJob.html */
  DescribeEntitiesDetectionJob: "R|||4;1;|||;",
  /** Grants permission to provide details about an entity recognizer including status, S3 buckets containing training data, recognizer metadata, metrics, and so on. Access level: Read. Resources: entity-recognizer*. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_DescribeEntityRecognizer.html */
  DescribeEntityRecognizer: "R|||5;1;|||;",
  /** Grants permission to get the properties associated with an Events detection job. Access level: Read. Resources: events-detection-job*. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_DescribeEventsDetectionJob.html */
  DescribeEventsDetectionJob: "R|||7;1;|||;",
  /** Grants permission to get the properties associated with a flywheel. Access level: Read. Resources: flywheel*. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_DescribeFlywheel.html */
  DescribeFlywheel: "R|||8;1;|||;",
  /** Grants permission to get the properties associated with a flywheel iteration for a flywheel. Access level: Read. Resources: flywheel*. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_DescribeFlywheelIteration.html */
  DescribeFlywheelIteration: "R|||8;1;|4||;",
  /** Grants permission to get the properties associated with a key phrases detection job. Access level: Read. Resources: key-phrases-detection-job*. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_DescribeKeyPhrasesDetectionJob.html */
  DescribeKeyPhrasesDetectionJob: "R|||10;1;|||;",
  /** Grants permission to get the properties associated with a PII entities detection job. Access level: Read. Resources: pii-entities-detection-job*. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_DescribePiiEntitiesDetectionJob.html */
  DescribePiiEntitiesDetectionJob: "R|||11;1;|||;",
  /** Grants permission to read attached policy on resource. Access level: Read. Resources: document-classifier*, entity-recognizer*. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_DescribeResourcePolicy.html */
  DescribeResourcePolicy: "R|||1;1;,5;1;|||;",
  /** Grants permission to get the properties associated with a sentiment detection job. Access level: Read. Resources: sentiment-detection-job*. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_DescribeSentimentDetectionJob.html */
  DescribeSentimentDetectionJob: "R|||12;1;|||;",
  /** Grants permission to get the properties associated with a targeted sentiment detection job. Access level: Read. Resources: targeted-sentiment-detection-job*. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_DescribeTargetedSentimentDetectionJob.html */
  DescribeTargetedSentimentDetectionJob: "R|||13;1;|||;",
  /** Grants permission to get the properties associated with a topic detection job. Access level: Read. Resources: topics-detection-job*. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_DescribeTopicsDetectionJob.html */
  DescribeTopicsDetectionJob: "R|||14;1;|||;",
  /** Grants permission to detect the language or languages present in the text. Access level: Read. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_DetectDominantLanguage.html */
  DetectDominantLanguage: "R||||||;",
  /** Grants permission to detect the named entities ("People", "Places", "Locations", etc) within the given text document. Access level: Read. Resources: entity-recognizer-endpoint. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_DetectEntities.html */
  DetectEntities: "R|||6;0;|||;",
  /** Grants permission to detect the phrases in the text that are most indicative of the content. Access level: Read. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_DetectKeyPhrases.html */
  DetectKeyPhrases: "R||||||;",
  /** Grants permission to detect the personally identifiable information entities ("Name", "SSN", "PIN", etc) within the given text document. Access level: Read. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_DetectPiiEntities.html */
  DetectPiiEntities: "R||||||;",
  /** Grants permission to detect the sentiment of a text in a document (Positive, Negative, Neutral, or Mixed). Access level: Read. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_DetectSentiment.html */
  DetectSentiment: "R||||||;",
  /** Grants permission to detect syntactic information (like Part of Speech, Tokens) in a text document. Access level: Read. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_DetectSyntax.html */
  DetectSyntax: "R||||||;",
  /** Grants permission to detect the sentiments associated with specific entities (such as brands or products) in a document. Access level: Read. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_DetectTargetedSentiment.html */
  DetectTargetedSentiment: "R||||||;",
  /** Grants permission to detect toxic content within the given list of text segments. Access level: Read. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_DetectToxicContent.html */
  DetectToxicContent: "R||||||;",
  /** Grants permission to import a trained Comprehend model. Access level: Write. Resources: document-classifier*, entity-recognizer*. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_ImportModel.html */
  ImportModel: "W|||1;1;,5;1;|0,2,5|1|;",
  /** Grants permission to get a list of the Datasets associated with a flywheel. Access level: Read. Resources: flywheel*. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_ListDatasets.html */
  ListDatasets: "R|||8;1;|||;",
  /** Grants permission to get a list of the document classification jobs that you have submitted. Access level: Read. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_ListDocumentClassificationJobs.html */
  ListDocumentClassificationJobs: "R||||||;",
  /** Grants permission to get a list of summaries of the document classifiers that you have created. Access level: Read. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_ListDocumentClassifierSummaries.html */
  ListDocumentClassifierSummaries: "R||||||;",
  /** Grants permission to get a list of the document classifiers that you have created. Access level: Read. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_ListDocumentClassifiers.html */
  ListDocumentClassifiers: "R||||||;",
  /** Grants permission to get a list of the dominant language detection jobs that you have submitted. Access level: Read. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_ListDominantLanguageDetectionJobs.html */
  ListDominantLanguageDetectionJobs: "R||||||;",
  /** Grants permission to get a list of all existing endpoints that you've created. Access level: Read. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_ListEndpoints.html */
  ListEndpoints: "R||||||;",
  /** Grants permission to get a list of the entity detection jobs that you have submitted. Access level: Read. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_ListEntitiesDetectionJobs.html */
  ListEntitiesDetectionJobs: "R||||||;",
  /** Grants permission to get a list of summaries for the entity recognizers that you have created. Access level: Read. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_ListEntityRecognizerSummaries.html */
  ListEntityRecognizerSummaries: "R||||||;",
  /** Grants permission to get a list of the properties of all entity recognizers that you created, including recognizers currently in training. Access level: Read. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_ListEntityRecognizers.html */
  ListEntityRecognizers: "R||||||;",
  /** Grants permission to get a list of Events detection jobs that you have submitted. Access level: Read. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_ListEventsDetectionJobs.html */
  ListEventsDetectionJobs: "R||||||;",
  /** Grants permission to get a list of iterations associated for a flywheel. Access level: Read. Resources: flywheel*. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_ListFlywheelIterationHistory.html */
  ListFlywheelIterationHistory: "R|||8;1;|||;",
  /** Grants permission to get a list of the flywheels that you have created. Access level: Read. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_ListFlywheels.html */
  ListFlywheels: "R||||||;",
  /** Grants permission to get a list of key phrase detection jobs that you have submitted. Access level: Read. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_ListKeyPhrasesDetectionJobs.html */
  ListKeyPhrasesDetectionJobs: "R||||||;",
  /** Grants permission to get a list of PII entities detection jobs that you have submitted. Access level: Read. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_ListPiiEntitiesDetectionJobs.html */
  ListPiiEntitiesDetectionJobs: "R||||||;",
  /** Grants permission to get a list of sentiment detection jobs that you have submitted. Access level: Read. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_ListSentimentDetectionJobs.html */
  ListSentimentDetectionJobs: "R||||||;",
  /** Grants permission to list tags for a resource. Access level: Read. Resources: document-classification-job, document-classifier, document-classifier-endpoint, dominant-language-detection-job, entities-detection-job, entity-recognizer, entity-recognizer-endpoint, events-detection-job, flywheel, flywheel-dataset, key-phrases-detection-job, pii-entities-detection-job, sentiment-detection-job, targeted-sentiment-detection-job, topics-detection-job. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,8;0;,9;0;,10;0;,11;0;,12;0;,13;0;,14;0;|||;",
  /** Grants permission to get a list of targeted sentiment detection jobs that you have submitted. Access level: Read. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_ListTargetedSentimentDetectionJobs.html */
  ListTargetedSentimentDetectionJobs: "R||||||;",
  /** Grants permission to get a list of the topic detection jobs that you have submitted. Access level: Read. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_ListTopicsDetectionJobs.html */
  ListTopicsDetectionJobs: "R||||||;",
  /** Grants permission to attach policy to resource. Access level: Write. Resources: document-classifier*, entity-recognizer*. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_PutResourcePolicy.html */
  PutResourcePolicy: "W|||1;1;,5;1;|||;",
  /** Grants permission to start an asynchronous document classification job. Access level: Write. Resources: document-classification-job*, document-classifier, flywheel. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_StartDocumentClassificationJob.html */
  StartDocumentClassificationJob: "W|||0;1;0~2~6~7~8~9,1;0;,8;0;||0,1|;",
  /** Grants permission to start an asynchronous dominant language detection job for a collection of documents. Access level: Write. Resources: dominant-language-detection-job*. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_StartDominantLanguageDetectionJob.html */
  StartDominantLanguageDetectionJob: "W|||3;1;|0,2,6,7,8,9|0,1|;",
  /** Grants permission to start an asynchronous entity detection job for a collection of documents. Access level: Write. Resources: entities-detection-job*, entity-recognizer, flywheel. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_StartEntitiesDetectionJob.html */
  StartEntitiesDetectionJob: "W|||4;1;0~2~6~7~8~9,5;0;,8;0;||0,1|;",
  /** Grants permission to start an asynchronous Events detection job for a collection of documents. Access level: Write. Resources: events-detection-job*. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_StartEventsDetectionJob.html */
  StartEventsDetectionJob: "W|||7;1;|0,2,6|0,1|;",
  /** Grants permission to start a flywheel iteration for a flywheel. Access level: Write. Resources: flywheel*. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_StartFlywheelIteration.html */
  StartFlywheelIteration: "W|||8;1;|||;",
  /** Grants permission to start an asynchronous key phrase detection job for a collection of documents. Access level: Write. Resources: key-phrases-detection-job*. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_StartKeyPhrasesDetectionJob.html */
  StartKeyPhrasesDetectionJob: "W|||10;1;|0,2,6,7,8,9|0,1|;",
  /** Grants permission to start an asynchronous PII entities detection job for a collection of documents. Access level: Write. Resources: pii-entities-detection-job*. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_StartPiiEntitiesDetectionJob.html */
  StartPiiEntitiesDetectionJob: "W|||11;1;|0,2,6|0,1|;",
  /** Grants permission to start an asynchronous sentiment detection job for a collection of documents. Access level: Write. Resources: sentiment-detection-job*. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_StartSentimentDetectionJob.html */
  StartSentimentDetectionJob: "W|||12;1;|0,2,6,7,8,9|0,1|;",
  /** Grants permission to start an asynchronous targeted sentiment detection job for a collection of documents. Access level: Write. Resources: targeted-sentiment-detection-job*. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_StartTargetedSentimentDetectionJob.html */
  StartTargetedSentimentDetectionJob: "W|||13;1;|0,2,6,7,8,9|0,1|;",
  /** Grants permission to start an asynchronous job to detect the most common topics in the collection of documents and the phrases associated with each topic. Access level: Write. Resources: topics-detection-job*. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_StartTopicsDetectionJob.html */
  StartTopicsDetectionJob: "W|||14;1;|0,2,6,7,8,9|0,1|;",
  /** Grants permission to stop a dominant language detection job. Access level: Write. Resources: dominant-language-detection-job*. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_StopDominantLanguageDetectionJob.html */
  StopDominantLanguageDetectionJob: "W|||3;1;|||;",
  /** Grants permission to stop an entity detection job. Access level: Write. Resources: entities-detection-job*. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_StopEntitiesDetectionJob.html */
  StopEntitiesDetectionJob: "W|||4;1;|||;",
  /** Grants permission to stop an Events detection job. Access level: Write. Resources: events-detection-job*. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_StopEventsDetectionJob.html */
  StopEventsDetectionJob: "W|||7;1;|||;",
  /** Grants permission to stop a key phrase detection job. Access level: Write. Resources: key-phrases-detection-job*. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_StopKeyPhrasesDetectionJob.html */
  StopKeyPhrasesDetectionJob: "W|||10;1;|||;",
  /** Grants permission to stop a PII entities detection job. Access level: Write. Resources: pii-entities-detection-job*. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_StopPiiEntitiesDetectionJob.html */
  StopPiiEntitiesDetectionJob: "W|||11;1;|||;",
  /** Grants permission to stop a sentiment detection job. Access level: Write. Resources: sentiment-detection-job*. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_StopSentimentDetectionJob.html */
  StopSentimentDetectionJob: "W|||12;1;|||;",
  /** Grants permission to stop a targeted sentiment detection job. Access level: Write. Resources: targeted-sentiment-detection-job*. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_StopTargetedSentimentDetectionJob.html */
  StopTargetedSentimentDetectionJob: "W|||13;1;|||;",
  /** Grants permission to stop a previously created document classifier training job. Access level: Write. Resources: document-classifier*. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_StopTrainingDocumentClassifier.html */
  StopTrainingDocumentClassifier: "W|||1;1;|||;",
  /** Grants permission to stop a previously created entity recognizer training job. Access level: Write. Resources: entity-recognizer*. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_StopTrainingEntityRecognizer.html */
  StopTrainingEntityRecognizer: "W|||5;1;|||;",
  /** Grants permission to tag a resource with given key value pairs. Access level: Tagging. Resources: document-classification-job, document-classifier, document-classifier-endpoint, dominant-language-detection-job, entities-detection-job, entity-recognizer, entity-recognizer-endpoint, events-detection-job, flywheel, flywheel-dataset, key-phrases-detection-job, pii-entities-detection-job, sentiment-detection-job, targeted-sentiment-detection-job, topics-detection-job. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_TagResource.html */
  TagResource:
    "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,8;0;,9;0;,10;0;,11;0;,12;0;,13;0;,14;0;|0,2||CreateDataset,CreateDocumentClassifier,CreateEndpoint,CreateEntityRecognizer,CreateFlywheel,StartDocumentClassificationJob,StartDominantLanguageDetectionJob,StartEntitiesDetectionJob,StartEventsDetectionJob,StartKeyPhrasesDetectionJob,StartPiiEntitiesDetectionJob,StartSentimentDetectionJob,StartTargetedSentimentDetectionJob,StartTopicsDetectionJob,;",
  /** Grants permission to untag a resource with given key. Access level: Tagging. Resources: document-classification-job, document-classifier, document-classifier-endpoint, dominant-language-detection-job, entities-detection-job, entity-recognizer, entity-recognizer-endpoint, events-detection-job, flywheel, flywheel-dataset, key-phrases-detection-job, pii-entities-detection-job, sentiment-detection-job, targeted-sentiment-detection-job, topics-detection-job. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,8;0;,9;0;,10;0;,11;0;,12;0;,13;0;,14;0;|2||;",
  /** Grants permission to update information about the specified endpoint. Access level: Write. Resources: document-classifier-endpoint*, entity-recognizer-endpoint*, flywheel. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_UpdateEndpoint.html */
  UpdateEndpoint: "W|||2;1;,6;1;,8;0;||1|;",
  /** Grants permission to Update a flywheel's configuration. Access level: Write. Resources: document-classifier, entity-recognizer, flywheel*. https://docs.aws.amazon.com/comprehend/latest/APIReference/API_UpdateFlywheel.html */
  UpdateFlywheel: "W|||1;0;,5;0;,8;1;5~7~8~9||1|;",
} as const;
const actionDetails = {
  BatchDetectDominantLanguage:
    "|,;~~~|Grants permission to detect the language or languages present in the list of text documents",
  BatchDetectEntities:
    '|,;~~~|Grants permission to detect the named entities ("People", "Places", "Locations", etc) within the given list of text documents',
  BatchDetectKeyPhrases:
    "|,;~~~|Grants permission to detect the phrases in the list of text documents that are most indicative of the content",
  BatchDetectSentiment:
    "|,;~~~|Grants permission to detect the sentiment of a text in the list of documents (Positive, Negative, Neutral, or Mixed)",
  BatchDetectSyntax:
    "|,;~~~|Grants permission to detect syntactic information (like Part of Speech, Tokens) in a list of text documents",
  BatchDetectTargetedSentiment:
    "|,;~~~|Grants permission to detect the sentiments associated with specific entities (such as brands or products) within the given list of text documents",
  ClassifyDocument:
    "|,;~~~|Grants permission to create a new document classification request to analyze a single document in real-time, using a previously created and trained custom model and an endpoint",
  ContainsPiiEntities:
    "|,;~~~|Grants permission to classify the personally identifiable information within given documents in real-time",
  CreateDataset: "|,;~~~|Grants permission to create a new dataset within a flywheel",
  CreateDocumentClassifier:
    "|,;~~~|Grants permission to create a new document classifier that you can use to categorize documents",
  CreateEndpoint:
    "|,;~~~|Grants permission to create a model-specific endpoint for synchronous inference for a previously trained custom model",
  CreateEntityRecognizer: "|,;~~~|Grants permission to create an entity recognizer using submitted files",
  CreateFlywheel: "|,;~~~|Grants permission to create a new flywheel that you can use to train model versions",
  DeleteDocumentClassifier: "|,;~~~|Grants permission to delete a previously created document classifier",
  DeleteEndpoint:
    "|,;~~~|Grants permission to delete a model-specific endpoint for a previously-trained custom model. All endpoints must be deleted in order for the model to be deleted",
  DeleteEntityRecognizer: "|,;~~~|Grants permission to delete a submitted entity recognizer",
  DeleteFlywheel: "|,;~~~|Grants permission to Delete a flywheel",
  DeleteResourcePolicy: "|,;~~~|Grants permission to remove policy on resource",
  DescribeDataset: "|,;~~~|Grants permission to get the properties associated with a dataset",
  DescribeDocumentClassificationJob:
    "|,;~~~|Grants permission to get the properties associated with a document classification job",
  DescribeDocumentClassifier: "|,;~~~|Grants permission to get the properties associated with a document classifier",
  DescribeDominantLanguageDetectionJob:
    "|,;~~~|Grants permission to get the properties associated with a dominant language detection job",
  DescribeEndpoint:
    "|,;~~~|Grants permission to get the properties associated with a specific endpoint. Use this operation to get the status of an endpoint",
  DescribeEntitiesDetectionJob:
    "|,;~~~|Grants permission to get the properties associated with an entities detection job",
  DescribeEntityRecognizer:
    "|,;~~~|Grants permission to provide details about an entity recognizer including status, S3 buckets containing training data, recognizer metadata, metrics, and so on",
  DescribeEventsDetectionJob: "|,;~~~|Grants permission to get the properties associated with an Events detection job",
  DescribeFlywheel: "|,;~~~|Grants permission to get the properties associated with a flywheel",
  DescribeFlywheelIteration:
    "|,;~~~|Grants permission to get the properties associated with a flywheel iteration for a flywheel",
  DescribeKeyPhrasesDetectionJob:
    "|,;~~~|Grants permission to get the properties associated with a key phrases detection job",
  DescribePiiEntitiesDetectionJob:
    "|,;~~~|Grants permission to get the properties associated with a PII entities detection job",
  DescribeResourcePolicy: "|,;~~~|Grants permission to read attached policy on resource",
  DescribeSentimentDetectionJob:
    "|,;~~~|Grants permission to get the properties associated with a sentiment detection job",
  DescribeTargetedSentimentDetectionJob:
    "|,;~~~|Grants permission to get the properties associated with a targeted sentiment detection job",
  DescribeTopicsDetectionJob: "|,;~~~|Grants permission to get the properties associated with a topic detection job",
  DetectDominantLanguage: "|,;~~~|Grants permission to detect the language or languages present in the text",
  DetectEntities:
    '|,;~~~|Grants permission to detect the named entities ("People", "Places", "Locations", etc) within the given text document',
  DetectKeyPhrases:
    "|,;~~~|Grants permission to detect the phrases in the text that are most indicative of the content",
  DetectPiiEntities:
    '|,;~~~|Grants permission to detect the personally identifiable information entities ("Name", "SSN", "PIN", etc) within the given text document',
  DetectSentiment:
    "|,;~~~|Grants permission to detect the sentiment of a text in a document (Positive, Negative, Neutral, or Mixed)",
  DetectSyntax:
    "|,;~~~|Grants permission to detect syntactic information (like Part of Speech, Tokens) in a text document",
  DetectTargetedSentiment:
    "|,;~~~|Grants permission to detect the sentiments associated with specific entities (such as brands or products) in a document",
  DetectToxicContent: "|,;~~~|Grants permission to detect toxic content within the given list of text segments",
  ImportModel: "|,;~~~|Grants permission to import a trained Comprehend model",
  ListDatasets: "|,;~~~|Grants permission to get a list of the Datasets associated with a flywheel",
  ListDocumentClassificationJobs:
    "|,;~~~|Grants permission to get a list of the document classification jobs that you have submitted",
  ListDocumentClassifierSummaries:
    "|,;~~~|Grants permission to get a list of summaries of the document classifiers that you have created",
  ListDocumentClassifiers: "|,;~~~|Grants permission to get a list of the document classifiers that you have created",
  ListDominantLanguageDetectionJobs:
    "|,;~~~|Grants permission to get a list of the dominant language detection jobs that you have submitted",
  ListEndpoints: "|,;~~~|Grants permission to get a list of all existing endpoints that you've created",
  ListEntitiesDetectionJobs:
    "|,;~~~|Grants permission to get a list of the entity detection jobs that you have submitted",
  ListEntityRecognizerSummaries:
    "|,;~~~|Grants permission to get a list of summaries for the entity recognizers that you have created",
  ListEntityRecognizers:
    "|,;~~~|Grants permission to get a list of the properties of all entity recognizers that you created, including recognizers currently in training",
  ListEventsDetectionJobs: "|,;~~~|Grants permission to get a list of Events detection jobs that you have submitted",
  ListFlywheelIterationHistory: "|,;~~~|Grants permission to get a list of iterations associated for a flywheel",
  ListFlywheels: "|,;~~~|Grants permission to get a list of the flywheels that you have created",
  ListKeyPhrasesDetectionJobs:
    "|,;~~~|Grants permission to get a list of key phrase detection jobs that you have submitted",
  ListPiiEntitiesDetectionJobs:
    "|,;~~~|Grants permission to get a list of PII entities detection jobs that you have submitted",
  ListSentimentDetectionJobs:
    "|,;~~~|Grants permission to get a list of sentiment detection jobs that you have submitted",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for a resource",
  ListTargetedSentimentDetectionJobs:
    "|,;~~~|Grants permission to get a list of targeted sentiment detection jobs that you have submitted",
  ListTopicsDetectionJobs: "|,;~~~|Grants permission to get a list of the topic detection jobs that you have submitted",
  PutResourcePolicy: "|,;~~~|Grants permission to attach policy to resource",
  StartDocumentClassificationJob: "|,;~~~|Grants permission to start an asynchronous document classification job",
  StartDominantLanguageDetectionJob:
    "|,;~~~|Grants permission to start an asynchronous dominant language detection job for a collection of documents",
  StartEntitiesDetectionJob:
    "|,;~~~|Grants permission to start an asynchronous entity detection job for a collection of documents",
  StartEventsDetectionJob:
    "|,;~~~|Grants permission to start an asynchronous Events detection job for a collection of documents",
  StartFlywheelIteration: "|,;~~~|Grants permission to start a flywheel iteration for a flywheel",
  StartKeyPhrasesDetectionJob:
    "|,;~~~|Grants permission to start an asynchronous key phrase detection job for a collection of documents",
  StartPiiEntitiesDetectionJob:
    "|,;~~~|Grants permission to start an asynchronous PII entities detection job for a collection of documents",
  StartSentimentDetectionJob:
    "|,;~~~|Grants permission to start an asynchronous sentiment detection job for a collection of documents",
  StartTargetedSentimentDetectionJob:
    "|,;~~~|Grants permission to start an asynchronous targeted sentiment detection job for a collection of documents",
  StartTopicsDetectionJob:
    "|,;~~~|Grants permission to start an asynchronous job to detect the most common topics in the collection of documents and the phrases associated with each topic",
  StopDominantLanguageDetectionJob: "|,;~~~|Grants permission to stop a dominant language detection job",
  StopEntitiesDetectionJob: "|,;~~~|Grants permission to stop an entity detection job",
  StopEventsDetectionJob: "|,;~~~|Grants permission to stop an Events detection job",
  StopKeyPhrasesDetectionJob: "|,;~~~|Grants permission to stop a key phrase detection job",
  StopPiiEntitiesDetectionJob: "|,;~~~|Grants permission to stop a PII entities detection job",
  StopSentimentDetectionJob: "|,;~~~|Grants permission to stop a sentiment detection job",
  StopTargetedSentimentDetectionJob: "|,;~~~|Grants permission to stop a targeted sentiment detection job",
  StopTrainingDocumentClassifier:
    "|,;~~~|Grants permission to stop a previously created document classifier training job",
  StopTrainingEntityRecognizer: "|,;~~~|Grants permission to stop a previously created entity recognizer training job",
  TagResource:
    "|,;~~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~|Grants permission to tag a resource with given key value pairs",
  UntagResource: "|,;~~~|Grants permission to untag a resource with given key",
  UpdateEndpoint: "|,;~~~|Grants permission to update information about the specified endpoint",
  UpdateFlywheel: "|,;~~~|Grants permission to Update a flywheel's configuration",
};
const resourceTypeFacts = {
  /** The document-classification-job resource type: arn:${Partition}:comprehend:${Region}:${Account}:document-classification-job/${JobId} */
  "document-classification-job": "|,documentClassificationJob|1",
  /** The document-classifier resource type: arn:${Partition}:comprehend:${Region}:${Account}:document-classifier/${DocumentClassifierName} */
  "document-classifier": "|,documentClassifier|1",
  /** The document-classifier-endpoint resource type: arn:${Partition}:comprehend:${Region}:${Account}:document-classifier-endpoint/${DocumentClassifierEndpointName} */
  "document-classifier-endpoint": "|,documentClassifierEndpoint|1",
  /** The dominant-language-detection-job resource type: arn:${Partition}:comprehend:${Region}:${Account}:dominant-language-detection-job/${JobId} */
  "dominant-language-detection-job": "|,dominantLanguageDetectionJob|1",
  /** The entities-detection-job resource type: arn:${Partition}:comprehend:${Region}:${Account}:entities-detection-job/${JobId} */
  "entities-detection-job": "|,entitiesDetectionJob|1",
  /** The entity-recognizer resource type: arn:${Partition}:comprehend:${Region}:${Account}:entity-recognizer/${EntityRecognizerName} */
  "entity-recognizer": "|,entityRecognizer|1",
  /** The entity-recognizer-endpoint resource type: arn:${Partition}:comprehend:${Region}:${Account}:entity-recognizer-endpoint/${EntityRecognizerEndpointName} */
  "entity-recognizer-endpoint": "|,entityRecognizerEndpoint|1",
  /** The events-detection-job resource type: arn:${Partition}:comprehend:${Region}:${Account}:events-detection-job/${JobId} */
  "events-detection-job": "|,eventsDetectionJob|1",
  /** The flywheel resource type: arn:${Partition}:comprehend:${Region}:${Account}:flywheel/${FlywheelName} */
  flywheel: "|,|1",
  /** The flywheel-dataset resource type: arn:${Partition}:comprehend:${Region}:${Account}:flywheel/${FlywheelName}/dataset/${DatasetName} */
  "flywheel-dataset": "|,flywheelDataset|1",
  /** The key-phrases-detection-job resource type: arn:${Partition}:comprehend:${Region}:${Account}:key-phrases-detection-job/${JobId} */
  "key-phrases-detection-job": "|,keyPhrasesDetectionJob|1",
  /** The pii-entities-detection-job resource type: arn:${Partition}:comprehend:${Region}:${Account}:pii-entities-detection-job/${JobId} */
  "pii-entities-detection-job": "|,piiEntitiesDetectionJob|1",
  /** The sentiment-detection-job resource type: arn:${Partition}:comprehend:${Region}:${Account}:sentiment-detection-job/${JobId} */
  "sentiment-detection-job": "|,sentimentDetectionJob|1",
  /** The targeted-sentiment-detection-job resource type: arn:${Partition}:comprehend:${Region}:${Account}:targeted-sentiment-detection-job/${JobId} */
  "targeted-sentiment-detection-job": "|,targetedSentimentDetectionJob|1",
  /** The topics-detection-job resource type: arn:${Partition}:comprehend:${Region}:${Account}:topics-detection-job/${JobId} */
  "topics-detection-job": "|,topicsDetectionJob|1",
} as const;
const arnFormats = {
  /** ARN of a document-classification-job resource: arn:${Partition}:comprehend:${Region}:${Account}:document-classification-job/${JobId}. */
  documentClassificationJob:
    "|,document-classification-job|arn:|Partition|:comprehend:|Region|:|Account|:document-classification-job/|JobId|",
  /** ARN of a document-classifier resource: arn:${Partition}:comprehend:${Region}:${Account}:document-classifier/${DocumentClassifierName}. */
  documentClassifier:
    "|,document-classifier|arn:|Partition|:comprehend:|Region|:|Account|:document-classifier/|DocumentClassifierName|",
  /** ARN of a document-classifier-endpoint resource: arn:${Partition}:comprehend:${Region}:${Account}:document-classifier-endpoint/${DocumentClassifierEndpointName}. */
  documentClassifierEndpoint:
    "|,document-classifier-endpoint|arn:|Partition|:comprehend:|Region|:|Account|:document-classifier-endpoint/|DocumentClassifierEndpointName|",
  /** ARN of a dominant-language-detection-job resource: arn:${Partition}:comprehend:${Region}:${Account}:dominant-language-detection-job/${JobId}. */
  dominantLanguageDetectionJob:
    "|,dominant-language-detection-job|arn:|Partition|:comprehend:|Region|:|Account|:dominant-language-detection-job/|JobId|",
  /** ARN of a entities-detection-job resource: arn:${Partition}:comprehend:${Region}:${Account}:entities-detection-job/${JobId}. */
  entitiesDetectionJob:
    "|,entities-detection-job|arn:|Partition|:comprehend:|Region|:|Account|:entities-detection-job/|JobId|",
  /** ARN of a entity-recognizer resource: arn:${Partition}:comprehend:${Region}:${Account}:entity-recognizer/${EntityRecognizerName}. */
  entityRecognizer:
    "|,entity-recognizer|arn:|Partition|:comprehend:|Region|:|Account|:entity-recognizer/|EntityRecognizerName|",
  /** ARN of a entity-recognizer-endpoint resource: arn:${Partition}:comprehend:${Region}:${Account}:entity-recognizer-endpoint/${EntityRecognizerEndpointName}. */
  entityRecognizerEndpoint:
    "|,entity-recognizer-endpoint|arn:|Partition|:comprehend:|Region|:|Account|:entity-recognizer-endpoint/|EntityRecognizerEndpointName|",
  /** ARN of a events-detection-job resource: arn:${Partition}:comprehend:${Region}:${Account}:events-detection-job/${JobId}. */
  eventsDetectionJob:
    "|,events-detection-job|arn:|Partition|:comprehend:|Region|:|Account|:events-detection-job/|JobId|",
  /** ARN of a flywheel resource: arn:${Partition}:comprehend:${Region}:${Account}:flywheel/${FlywheelName}. */
  flywheel: "|,flywheel|arn:|Partition|:comprehend:|Region|:|Account|:flywheel/|FlywheelName|",
  /** ARN of a flywheel-dataset resource: arn:${Partition}:comprehend:${Region}:${Account}:flywheel/${FlywheelName}/dataset/${DatasetName}. */
  flywheelDataset:
    "|,flywheel-dataset|arn:|Partition|:comprehend:|Region|:|Account|:flywheel/|FlywheelName|/dataset/|DatasetName|",
  /** ARN of a key-phrases-detection-job resource: arn:${Partition}:comprehend:${Region}:${Account}:key-phrases-detection-job/${JobId}. */
  keyPhrasesDetectionJob:
    "|,key-phrases-detection-job|arn:|Partition|:comprehend:|Region|:|Account|:key-phrases-detection-job/|JobId|",
  /** ARN of a pii-entities-detection-job resource: arn:${Partition}:comprehend:${Region}:${Account}:pii-entities-detection-job/${JobId}. */
  piiEntitiesDetectionJob:
    "|,pii-entities-detection-job|arn:|Partition|:comprehend:|Region|:|Account|:pii-entities-detection-job/|JobId|",
  /** ARN of a sentiment-detection-job resource: arn:${Partition}:comprehend:${Region}:${Account}:sentiment-detection-job/${JobId}. */
  sentimentDetectionJob:
    "|,sentiment-detection-job|arn:|Partition|:comprehend:|Region|:|Account|:sentiment-detection-job/|JobId|",
  /** ARN of a targeted-sentiment-detection-job resource: arn:${Partition}:comprehend:${Region}:${Account}:targeted-sentiment-detection-job/${JobId}. */
  targetedSentimentDetectionJob:
    "|,targeted-sentiment-detection-job|arn:|Partition|:comprehend:|Region|:|Account|:targeted-sentiment-detection-job/|JobId|",
  /** ARN of a topics-detection-job resource: arn:${Partition}:comprehend:${Region}:${Account}:topics-detection-job/${JobId}. */
  topicsDetectionJob:
    "|,topics-detection-job|arn:|Partition|:comprehend:|Region|:|Account|:topics-detection-job/|JobId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "document-classification-job",
  "document-classifier",
  "document-classifier-endpoint",
  "dominant-language-detection-job",
  "entities-detection-job",
  "entity-recognizer",
  "entity-recognizer-endpoint",
  "events-detection-job",
  "flywheel",
  "flywheel-dataset",
  "key-phrases-detection-job",
  "pii-entities-detection-job",
  "sentiment-detection-job",
  "targeted-sentiment-detection-job",
  "topics-detection-job",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "comprehend">;
/** Any comprehend action. */
export type Action = ActionOf<typeof actionFacts, "comprehend">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "comprehend">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "comprehend" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every comprehend action: action name -> full action name (in each JSDoc, * marks a required resource type). */
export const actions: Actions = actionTables.actions;
/** Action name -> access level(s), resource types (required flags, condition keys), condition keys, dependent actions, operations (SDK methods), description. */
export const actionInfo: ActionInfo = actionTables.actionInfo;
/** Access level -> its actions (an action with several levels is under each). */
export const actionsByAccessLevel: ActionsByAccessLevel = actionTables.actionsByAccessLevel;
/** Resource type -> its ARN formats and condition keys. */
export type ResourceTypeInfo = ResourceTypeInfoOf<typeof resourceTypeFacts, typeof conditionKeyList, typeof arnFormats>;
/** Resource type -> its ARN formats and condition keys. */
export const resourceTypeInfo: ResourceTypeInfo = decodeResourceTypes<ResourceTypeInfo>(
  resourceTypeFacts,
  conditionKeyList,
  arnFormats,
);
/** ARN builders, one per resource type and ARN format. */
export type ArnBuilders = ArnBuildersOf<typeof arnFormats>;
/** An ARN taken apart by parseArn. */
export type ParsedArn = ParsedArnsOf<typeof arnFormats>;
/** ARN builders, one per resource type and ARN format; `partition` defaults to `aws`. */
export const arn: ArnBuilders = arnBuilders<ArnBuilders>(arnFormats);
/** `{ resourceType, ...parameters }` of an ARN of this service; undefined when no ARN format matches. */
export const parseArn: ArnParser<typeof arnFormats> = arnParser<ArnParser<typeof arnFormats>>(arnFormats);

/** Condition key -> its type names (a key with a placeholder, `${TagKey}`, is a template-literal key). */
export interface ConditionKeyTypes {
  /** Filters access by requiring tag values present in a resource creation request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by requiring tag value associated with the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by requiring the presence of mandatory tags in the request. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access by the DataLake Kms Key associated with the flywheel resource in the request. */
  "comprehend:DataLakeKmsKey": "ARN";
  /** Filters access by particular Iteration Id for a flywheel. */
  "comprehend:FlywheelIterationId": "String";
  /** Filters access by the model KMS key associated with the resource in the request. */
  "comprehend:ModelKmsKey": "ARN";
  /** Filters access by the output KMS key associated with the resource in the request. */
  "comprehend:OutputKmsKey": "ARN";
  /** Filters access by the volume KMS key associated with the resource in the request. */
  "comprehend:VolumeKmsKey": "ARN";
  /** Filters access by the list of all VPC security group ids associated with the resource in the request. */
  "comprehend:VpcSecurityGroupIds": "ArrayOfString";
  /** Filters access by the list of all VPC subnets associated with the resource in the request. */
  "comprehend:VpcSubnets": "ArrayOfString";
}

/** Condition key -> value type. */
export type ConditionKeys = ConditionKeysOf<ConditionKeyTypes>;

/** Condition key with a placeholder, as the reference writes it -> its template-literal key. */
export interface ConditionKeyPatterns {
  /** aws:RequestTag/${TagKey} */
  "aws:RequestTag/${TagKey}": `aws:RequestTag/${string}`;
  /** aws:ResourceTag/${TagKey} */
  "aws:ResourceTag/${TagKey}": `aws:ResourceTag/${string}`;
}

/** A condition key as the reference writes it. */
export type ConditionKeyName = (typeof conditionKeyList)[number];
/** Condition key -> description, types, deprecation. */
export type ConditionKeyInfos = { readonly [K in ConditionKeyName]: ConditionKeyInfo };
const conditionKeyRows: { readonly [K in ConditionKeyName]: string } = {
  "aws:RequestTag/${TagKey}":
    "|,String|0||Filters access by requiring tag values present in a resource creation request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by requiring tag value associated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by requiring the presence of mandatory tags in the request",
  "comprehend:DataLakeKmsKey":
    "|,ARN|0||Filters access by the DataLake Kms Key associated with the flywheel resource in the request",
  "comprehend:FlywheelIterationId": "|,String|0||Filters access by particular Iteration Id for a flywheel",
  "comprehend:ModelKmsKey": "|,ARN|0||Filters access by the model KMS key associated with the resource in the request",
  "comprehend:OutputKmsKey":
    "|,ARN|0||Filters access by the output KMS key associated with the resource in the request",
  "comprehend:VolumeKmsKey":
    "|,ARN|0||Filters access by the volume KMS key associated with the resource in the request",
  "comprehend:VpcSecurityGroupIds":
    "|,ArrayOfString|0||Filters access by the list of all VPC security group ids associated with the resource in the request",
  "comprehend:VpcSubnets":
    "|,ArrayOfString|0||Filters access by the list of all VPC subnets associated with the resource in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "comprehend",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
