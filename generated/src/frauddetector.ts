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
export const prefix: "frauddetector" = "frauddetector";
/** The service's name in the reference. */
export const serviceName: "Amazon Fraud Detector" = "Amazon Fraud Detector";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Fraud Detector",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonfrauddetector.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["frauddetector:TagResource", "iam:PassRole"] as const;
const actionFacts = {
  /** Grants permission to create a batch of variables. Access level: Write. https://docs.aws.amazon.com/frauddetector/latest/api/API_BatchCreateVariable.html */
  BatchCreateVariable: "W||||0,2|0|;",
  /** Grants permission to get a batch of variables. Access level: List. Resources: variable*. https://docs.aws.amazon.com/frauddetector/latest/api/API_BatchGetVariable.html */
  BatchGetVariable: "L|||13;1;|||;",
  /** Grants permission to cancel the specified batch import job. Access level: Write. Resources: batch-import*. https://docs.aws.amazon.com/frauddetector/latest/api/API_CancelBatchImportJob.html */
  CancelBatchImportJob: "W|||0;1;|||;",
  /** Grants permission to cancel the specified batch prediction job. Access level: Write. Resources: batch-prediction*. https://docs.aws.amazon.com/frauddetector/latest/api/API_CancelBatchPredictionJob.html */
  CancelBatchPredictionJob: "W|||1;1;|||;",
  /** Grants permission to create a batch import job. Access level: Write. Resources: batch-import*, event-type*. https://docs.aws.amazon.com/frauddetector/latest/api/API_CreateBatchImportJob.html */
  CreateBatchImportJob: "W|||0;1;,5;1;|0,2|0,1|;",
  /** Grants permission to create a batch prediction job. Access level: Write. Resources: batch-prediction*, detector*, detector-version*, event-type*. https://docs.aws.amazon.com/frauddetector/latest/api/API_CreateBatchPredictionJob.html */
  CreateBatchPredictionJob: "W|||1;1;,2;1;,3;1;,5;1;|0,2|0,1|;",
  /** Grants permission to create a detector version. The detector version starts in a DRAFT status. Access level: Write. Resources: detector*, external-model, model-version. https://docs.aws.amazon.com/frauddetector/latest/api/API_CreateDetectorVersion.html */
  CreateDetectorVersion: "W|||2;1;,6;0;,10;0;|0,2|0|;",
  /** Grants permission to create a list. Access level: Write. https://docs.aws.amazon.com/frauddetector/latest/api/API_CreateList.html */
  CreateList: "W||||0,2|0|;",
  /** Grants permission to create a model using the specified model type. Access level: Write. Resources: event-type*, model*. https://docs.aws.amazon.com/frauddetector/latest/api/API_CreateModel.html */
  CreateModel: "W|||5;1;,9;1;|0,2|0|;",
  /** Grants permission to create a version of the model using the specified model type and model id. Access level: Write. Resources: model*. https://docs.aws.amazon.com/frauddetector/latest/api/API_CreateModelVersion.html */
  CreateModelVersion: "W|||9;1;|0,2|0,1|;",
  /** Grants permission to create a rule for use with the specified detector. Access level: Write. Resources: detector*. https://docs.aws.amazon.com/frauddetector/latest/api/API_CreateRule.html */
  CreateRule: "W|||2;1;|0,2|0|;",
  /** Grants permission to create a variable. Access level: Write. https://docs.aws.amazon.com/frauddetector/latest/api/API_CreateVariable.html */
  CreateVariable: "W||||0,2|0|;",
  /** Grants permission to delete a batch import job. Access level: Write. Resources: batch-import*. https://docs.aws.amazon.com/frauddetector/latest/api/API_DeleteBatchImportJob.html */
  DeleteBatchImportJob: "W|||0;1;|||;",
  /** Grants permission to delete a batch prediction job. Access level: Write. Resources: batch-prediction*. https://docs.aws.amazon.com/frauddetector/latest/api/API_DeleteBatchPredictionJob.html */
  DeleteBatchPredictionJob: "W|||1;1;|||;",
  /** Grants permission to delete the detector. Before deleting a detector, you must first delete all detector versions and rule versions associated with the detector. Access level: Write. Resources: detector*. https://docs.aws.amazon.com/frauddetector/latest/api/API_DeleteDetector.html */
  DeleteDetector: "W|||2;1;|||;",
  /** Grants permission to delete the detector version. You cannot delete detector versions that are in ACTIVE status. Access level: Write. Resources: detector-version*. https://docs.aws.amazon.com/frauddetector/latest/api/API_DeleteDetectorVersion.html */
  DeleteDetectorVersion: "W|||3;1;|||;",
  /** Grants permission to delete an entity type. You cannot delete an entity type that is included in an event type. Access level: Write. Resources: entity-type*. https://docs.aws.amazon.com/frauddetector/latest/api/API_DeleteEntityType.html */
  DeleteEntityType: "W|||4;1;|||;",
  /** Grants permission to deletes the specified event. Access level: Write. Resources: event-type*. https://docs.aws.amazon.com/frauddetector/latest/api/API_DeleteEvent.html */
  DeleteEvent: "W|||5;1;|||;",
  /** Grants permission to delete an event type. You cannot delete an event type that is used in a detector or a model. Access level: Write. Resources: event-type*. https://docs.aws.amazon.com/frauddetector/latest/api/API_DeleteEventType.html */
  DeleteEventType: "W|||5;1;|||;",
  /** Grants permission to delete events for the specified event type. Access level: Write. Resources: event-type*. https://docs.aws.amazon.com/frauddetector/latest/api/API_DeleteEventsByEventType.html */
  DeleteEventsByEventType: "W|||5;1;|||;",
  /** Grants permission to remove a SageMaker model from Amazon Fraud Detector. You can remove an Amazon SageMaker model if it is not associated with a detector version. Access level: Write. Resources: external-model*. https://docs.aws.amazon.com/frauddetector/latest/api/API_DeleteExternalModel.html */
  DeleteExternalModel: "W|||6;1;|||;",
  /** Grants permission to delete a label. You cannot delete labels that are included in an event type in Amazon Fraud Detector. You cannot delete a label assigned to an event ID. You must first delete the relevant event ID. Access level: Write. Resources: label*. https://docs.aws.amazon.com/frauddetector/latest/api/API_DeleteLabel.html */
  DeleteLabel: "W|||7;1;|||;",
  /** Grants permission to delete a list. Access level: Write. Resources: list*. https://docs.aws.amazon.com/frauddetector/latest/api/API_DeleteList.html */
  DeleteList: "W|||8;1;|1||;",
  /** Grants permission to delete a model. You can delete models and model versions in Amazon Fraud Detector, provided that they are not associated with a detector version. Access level: Write. Resources: model*. https://docs.aws.amazon.com/frauddetector/latest/api/API_DeleteModel.html */
  DeleteModel: "W|||9;1;|||;",
  /** Grants permission to delete a model version. You can delete models and model versions in Amazon Fraud Detector, provided that they are not associated with a detector version. Access level: Write. Resources: model-version*. https://docs.aws.amazon.com/frauddetector/latest/api/API_DeleteModelVersion.html */
  DeleteModelVersion: "W|||10;1;|||;",
  /** Grants permission to delete an outcome. You cannot delete an outcome that is used in a rule version. Access level: Write. Resources: outcome*. https://docs.aws.amazon.com/frauddetector/latest/api/API_DeleteOutcome.html */
  DeleteOutcome: "W|||11;1;|||;",
  /** Grants permission to delete the rule. You cannot delete a rule if it is used by an ACTIVE or INACTIVE detector version. Access level: Write. Resources: rule*. https://docs.aws.amazon.com/frauddetector/latest/api/API_DeleteRule.html */
  DeleteRule: "W|||12;1;|||;",
  /** Grants permission to delete a variable. You cannot delete variables that are included in an event type in Amazon Fraud Detector. Access level: Write. Resources: variable*. https://docs.aws.amazon.com/frauddetector/latest/api/API_DeleteVariable.html */
  DeleteVariable: "W|||13;1;|||;",
  /** Grants permission to get all versions for a specified detector. Access level: Read. Resources: detector*. https://docs.aws.amazon.com/frauddetector/latest/api/API_DescribeDetector.html */
  DescribeDetector: "R|||2;1;|||;",
  /** Grants permission to get all of the model versions for the specified model type or for the specified model type and model ID. You can also get details for a single, specified model version. Access level: Read. Resources: model-version. https://docs.aws.amazon.com/frauddetector/latest/api/API_DescribeModelVersions.html */
  DescribeModelVersions: "R|||10;0;|||;",
  /** Grants permission to get the data validation report of a specific batch import job. Access level: Read. Resources: batch-import*. Permission only. https://docs.aws.amazon.com/frauddetector/latest/ug/prepare-storage-event-data.html#smart-data-validation */
  GetBatchImportJobValidationReport: "R||1|0;1;|||",
  /** Grants permission to get all batch import jobs or a specific job if you specify a job ID. Access level: List. Resources: batch-import. https://docs.aws.amazon.com/frauddetector/latest/api/API_GetBatchImportJobs.html */
  GetBatchImportJobs: "L|||0;0;|||;",
  /** Grants permission to get all batch prediction jobs or a specific job if you specify a job ID. This is a paginated API. If you provide a null maxResults, this action retrieves a maximum of 50 records per page. If you provide a maxResults, the value must be between 1 and 50. To get the next page results, provide the pagination token from the GetBatchPredictionJobsResponse as part of your request. A null pagination token fetches the records from the beginning. Access level: List. Resources: batch-prediction. https://docs.aws.amazon.com/frauddetector/latest/api/API_GetBatchPredictionJobs.html */
  GetBatchPredictionJobs: "L|||1;0;|||;",
  /** Grants permission to get a specific event type DeleteEventsByEventType API execution status. Access level: Read. Resources: event-type*. https://docs.aws.amazon.com/frauddetector/latest/api/API_GetDeleteEventsByEventTypeStatus.html */
  GetDeleteEventsByEventTypeStatus: "R|||5;1;|||;",
  /** Grants permission to get a particular detector version. Access level: Read. Resources: detector-version*. https://docs.aws.amazon.com/frauddetector/latest/api/API_GetDetectorVersion.html */
  GetDetectorVersion: "R|||3;1;|||;",
  /** Grants permission to get all detectors or a single detector if a detectorId is specified. This is a paginated API. If you provide a null maxResults, this action retrieves a maximum of 10 records per page. If you provide a maxResults, the value must be between 5 and 10. To get the next page results, provide the pagination token from the GetDetectorsResponse as part of your request. A null pagination token fetches the records from the beginning. Access level: List. Resources: detector. https://docs.aws.amazon.com/frauddetector/latest/api/API_GetDetectors.html */
  GetDetectors: "L|||2;0;|||;",
  /** Grants permission to get all entity types or a specific entity type if a name is specified. This is a paginated API. If you provide a null maxResults, this action retrieves a maximum of 10 records per page. If you provide a maxResults, the value must be between 5 and 10. To get the next page results, provide the pagination token from the GetEntityTypesResponse as part of your request. A null pagination token fetches the records from the beginning. Access level: List. Resources: entity-type. https://docs.aws.amazon.com/frauddetector/latest/api/API_GetEntityTypes.html */
  GetEntityTypes: "L|||4;0;|||;",
  /** Grants permission to get the details of the specified event. Access level: Read. Resources: event-type*. https://docs.aws.amazon.com/frauddetector/latest/api/API_GetEvent.html */
  GetEvent: "R|||5;1;|||;",
  /** Grants permission to evaluate an event against a detector version. If a version ID is not provided, the detector's (ACTIVE) version is used. Access level: Read. Resources: detector*, detector-version*, event-type*. https://docs.aws.amazon.com/frauddetector/latest/api/API_GetEventPrediction.html */
  GetEventPrediction: "R|||2;1;,3;1;,5;1;|||;",
  /** Grants permission to get more details of a particular prediction. Access level: Read. Resources: detector*, detector-version*, event-type*. https://docs.aws.amazon.com/frauddetector/latest/api/API_GetEventPredictionMetadata.html */
  GetEventPredictionMetadata: "R|||2;1;,3;1;,5;1;|||;",
  /** Grants permission to get all event types or a specific event type if name is provided. This is a paginated API. If you provide a null maxResults, this action retrieves a maximum of 10 records per page. If you provide a maxResults, the value must be between 5 and 10. To get the next page results, provide the pagination token from the GetEventTypesResponse as part of your request. A null pagination token fetches the records from the beginning. Access level: List. Resources: event-type. https://docs.aws.amazon.com/frauddetector/latest/api/API_GetEventTypes.html */
  GetEventTypes: "L|||5;0;|||;",
  /** Grants permission to get the details for one or more Amazon SageMaker models that have been imported into the service. This is a paginated API. If you provide a null maxResults, this actions retrieves a maximum of 10 records per page. If you provide a maxResults, the value must be between 5 and 10. To get the next page results, provide the pagination token from the GetExternalModelsResult as part of your request. A null pagination token fetches the records from the beginning. Access level: List. Resources: external-model. https://docs.aws.amazon.com/frauddetector/latest/api/API_GetExternalModels.html */
  GetExternalModels: "L|||6;0;|||;",
  /** Grants permission to get the encryption key if a Key Management Service (KMS) customer master key (CMK) has been specified to be used to encrypt content in Amazon Fraud Detector. Access level: Read. https://docs.aws.amazon.com/frauddetector/latest/api/API_GetKMSEncryptionKey.html */
  GetKMSEncryptionKey: "R||||||;",
  /** Grants permission to get all labels or a specific label if name is provided. This is a paginated API. If you provide a null maxResults, this action retrieves a maximum of 50 records per page. If you provide a maxResults, the value must be between 10 and 50. To get the next page results, provide the pagination token from the GetGetLabelsResponse as part of your request. A null pagination token fetches the records from the beginning. Access level: List. Resources: label. https://docs.aws.amazon.com/frauddetector/latest/api/API_GetLabels.html */
  GetLabels: "L|||7;0;|||;",
  /** Grants permission to get elements of a list. Access level: Read. Resources: list*. https://docs.aws.amazon.com/frauddetector/latest/api/API_GetListElements.html */
  GetListElements: "R|||8;1;|1||;",
  /** Grants permission to get metadata about lists. Access level: List. Resources: list. https://docs.aws.amazon.com/frauddetector/latest/api/API_GetListsMetadata.html */
  GetListsMetadata: "L|||8;0;|1||;",
  /** Grants permission to get the details of the specified model version. Access level: Read. Resources: model-version*. https://docs.aws.amazon.com/frauddetector/latest/api/API_GetModelVersion.html */
  GetModelVersion: "R|||10;1;|||;",
  /** Grants permission to get one or more models. Gets all models for the AWS account if no model type and no model id provided. Gets all models for the AWS account and model type, if the model type is specified but model id is not provided. Gets a specific model if (model type, model id) tuple is specified. Access level: List. Resources: model. https://docs.aws.amazon.com/frauddetector/latest/api/API_GetModels.html */
  GetModels: "L|||9;0;|||;",
  /** Grants permission to get one or more outcomes. This is a paginated API. If you provide a null maxResults, this actions retrieves a maximum of 100 records per page. If you provide a maxResults, the value must be between 50 and 100. To get the next page results, provide the pagination token from the GetOutcomesResult as part of your request. A null pagination token fetches the records from the beginning. Access level: List. Resources: outcome. https://docs.aws.amazon.com/frauddetector/latest/api/API_GetOutcomes.html */
  GetOutcomes: "L|||11;0;|||;",
  /** Grants permission to get all rules for a detector (paginated) if ruleId and ruleVersion are not specified. Gets all rules for the detector and the ruleId if present (paginated). Gets a specific rule if both the ruleId and the ruleVersion are specified. Access level: List. Resources: rule. https://docs.aws.amazon.com/frauddetector/latest/api/API_GetRules.html */
  GetRules: "L|||12;0;|||;",
  /** Grants permission to get all of the variables or the specific variable. This is a paginated API. Providing null maxSizePerPage results in retrieving maximum of 100 records per page. If you provide maxSizePerPage the value must be between 50 and 100. To get the next page result, a provide a pagination token from GetVariablesResult as part of your request. Null pagination token fetches the records from the beginning. Access level: List. Resources: variable. https://docs.aws.amazon.com/frauddetector/latest/api/API_GetVariables.html */
  GetVariables: "L|||13;0;|||;",
  /** Grants permission to get a list of past predictions. Access level: List. Resources: detector, detector-version, event-type. https://docs.aws.amazon.com/frauddetector/latest/api/API_ListEventPredictions.html */
  ListEventPredictions: "L|||2;0;,3;0;,5;0;|||;",
  /** Grants permission to list all tags associated with the resource. This is a paginated API. To get the next page results, provide the pagination token from the response as part of your request. A null pagination token fetches the records from the beginning. Access level: Read. Resources: batch-import, batch-prediction, detector, detector-version, entity-type, event-type, external-model, label, list, model, model-version, outcome, rule, variable. https://docs.aws.amazon.com/frauddetector/latest/api/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,8;0;,9;0;,10;0;,11;0;,12;0;,13;0;|||;",
  /** Grants permission to create or update a detector. Access level: Write. Resources: detector*, event-type*. https://docs.aws.amazon.com/frauddetector/latest/api/API_PutDetector.html */
  PutDetector: "W|||2;1;,5;1;|0,2|0|;",
  /** Grants permission to create or update an entity type. An entity represents who is performing the event. As part of a fraud prediction, you pass the entity ID to indicate the specific entity who performed the event. An entity type classifies the entity. Example classifications include customer, merchant, or account. Access level: Write. Resources: entity-type*. https://docs.aws.amazon.com/frauddetector/latest/api/API_PutEntityType.html */
  PutEntityType: "W|||4;1;|0,2|0|;",
  /** Grants permission to create or update an event type. An event is a business activity that is evaluated for fraud risk. With Amazon Fraud Detector, you generate fraud predictions for events. An event type defines the structure for an event sent to Amazon Fraud Detector. This includes the variables sent as part of the event, the entity performing the event (such as a customer), and the labels that classify the event. Example event types include online payment transactions, account registrations, and authentications. Access level: Write. Resources: event-type*. https://docs.aws.amazon.com/frauddetector/latest/api/API_PutEventType.html */
  PutEventType: "W|||5;1;|0,2|0|;",
  /** Grants permission to create or update an Amazon SageMaker model endpoint. You can also use this action to update the configuration of the model endpoint, including the IAM role and/or the mapped variables. Access level: Write. Resources: event-type*, external-model*. https://docs.aws.amazon.com/frauddetector/latest/api/API_PutExternalModel.html */
  PutExternalModel: "W|||5;1;,6;1;|0,2|0,1|;",
  /** Grants permission to specify the Key Management Service (KMS) customer master key (CMK) to be used to encrypt content in Amazon Fraud Detector. Access level: Write. https://docs.aws.amazon.com/frauddetector/latest/api/API_PutKMSEncryptionKey.html */
  PutKMSEncryptionKey: "W||||||",
  /** Grants permission to create or update label. A label classifies an event as fraudulent or legitimate. Labels are associated with event types and used to train supervised machine learning models in Amazon Fraud Detector. Access level: Write. Resources: label*. https://docs.aws.amazon.com/frauddetector/latest/api/API_PutLabel.html */
  PutLabel: "W|||7;1;|0,2|0|;",
  /** Grants permission to create or update an outcome. Access level: Write. Resources: outcome*. https://docs.aws.amazon.com/frauddetector/latest/api/API_PutOutcome.html */
  PutOutcome: "W|||11;1;|0,2|0|;",
  /** Grants permission to send event. Access level: Write. Resources: event-type*. https://docs.aws.amazon.com/frauddetector/latest/api/API_SendEvent.html */
  SendEvent: "W|||5;1;|0,2||;",
  /** Grants permission to assign tags to a resource. Access level: Tagging. Resources: batch-import, batch-prediction, detector, detector-version, entity-type, event-type, external-model, label, list, model, model-version, outcome, rule, variable. https://docs.aws.amazon.com/frauddetector/latest/api/API_TagResource.html */
  TagResource:
    "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,8;0;,9;0;,10;0;,11;0;,12;0;,13;0;|0,2||BatchCreateVariable,CreateBatchImportJob,CreateBatchPredictionJob,CreateDetectorVersion,CreateList,CreateModel,CreateModelVersion,CreateRule,CreateVariable,PutDetector,PutEntityType,PutEventType,PutExternalModel,PutLabel,PutOutcome,;,UpdateRuleVersion",
  /** Grants permission to remove tags from a resource. Access level: Tagging. Resources: batch-import, batch-prediction, detector, detector-version, entity-type, event-type, external-model, label, list, model, model-version, outcome, rule, variable. https://docs.aws.amazon.com/frauddetector/latest/api/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,8;0;,9;0;,10;0;,11;0;,12;0;,13;0;|2||;",
  /** Grants permission to update a detector version. The detector version attributes that you can update include models, external model endpoints, rules, rule execution mode, and description. You can only update a DRAFT detector version. Access level: Write. Resources: detector*, external-model, model-version. https://docs.aws.amazon.com/frauddetector/latest/api/API_UpdateDetectorVersion.html */
  UpdateDetectorVersion: "W|||2;1;,6;0;,10;0;|||;",
  /** Grants permission to update the detector version's description. You can update the metadata for any detector version (DRAFT, ACTIVE, or INACTIVE). Access level: Write. Resources: detector-version*. https://docs.aws.amazon.com/frauddetector/latest/api/API_UpdateDetectorVersionMetadata.html */
  UpdateDetectorVersionMetadata: "W|||3;1;|||;",
  /** Grants permission to update the detector version's status. You can perform the following promotions or demotions using UpdateDetectorVersionStatus: DRAFT to ACTIVE, ACTIVE to INACTIVE, and INACTIVE to ACTIVE. Access level: Write. Resources: detector-version*. https://docs.aws.amazon.com/frauddetector/latest/api/API_UpdateDetectorVersionStatus.html */
  UpdateDetectorVersionStatus: "W|||3;1;|||;",
  /** Grants permission to update an existing event record's label value. Access level: Write. Resources: event-type*. https://docs.aws.amazon.com/frauddetector/latest/api/API_UpdateEventLabel.html */
  UpdateEventLabel: "W|||5;1;|0,2||;",
  /** Grants permission to update a list. Access level: Write. Resources: list*. https://docs.aws.amazon.com/frauddetector/latest/api/API_UpdateList.html */
  UpdateList: "W|||8;1;|1||;",
  /** Grants permission to update a model. You can update the description attribute using this action. Access level: Write. Resources: model*. https://docs.aws.amazon.com/frauddetector/latest/api/API_UpdateModel.html */
  UpdateModel: "W|||9;1;|||;",
  /** Grants permission to update a model version. Updating a model version retrains an existing model version using updated training data and produces a new minor version of the model. You can update the training data set location and data access role attributes using this action. This action creates and trains a new minor version of the model, for example version 1.01, 1.02, 1.03. Access level: Write. Resources: model*. https://docs.aws.amazon.com/frauddetector/latest/api/API_UpdateModelVersion.html */
  UpdateModelVersion: "W|||9;1;|0,2||",
  /** Grants permission to update the status of a model version. Access level: Write. Resources: model-version*. https://docs.aws.amazon.com/frauddetector/latest/api/API_UpdateModelVersionStatus.html */
  UpdateModelVersionStatus: "W|||10;1;|||;",
  /** Grants permission to update a rule's metadata. The description attribute can be updated. Access level: Write. Resources: rule*. https://docs.aws.amazon.com/frauddetector/latest/api/API_UpdateRuleMetadata.html */
  UpdateRuleMetadata: "W|||12;1;|||;",
  /** Grants permission to update a rule version resulting in a new rule version. Updates a rule version resulting in a new rule version (version 1, 2, 3 ...). Access level: Write. Resources: rule*. https://docs.aws.amazon.com/frauddetector/latest/api/API_UpdateRuleVersion.html */
  UpdateRuleVersion: "W|||12;1;|0,2|0|;",
  /** Grants permission to update a variable. Access level: Write. Resources: variable*. https://docs.aws.amazon.com/frauddetector/latest/api/API_UpdateVariable.html */
  UpdateVariable: "W|||13;1;|||;",
} as const;
const actionDetails = {
  BatchCreateVariable: "|,;~~~|Grants permission to create a batch of variables",
  BatchGetVariable: "|,;~~~|Grants permission to get a batch of variables",
  CancelBatchImportJob: "|,;~~~|Grants permission to cancel the specified batch import job",
  CancelBatchPredictionJob: "|,;~~~|Grants permission to cancel the specified batch prediction job",
  CreateBatchImportJob: "|,;~~~|Grants permission to create a batch import job",
  CreateBatchPredictionJob: "|,;~~~|Grants permission to create a batch prediction job",
  CreateDetectorVersion:
    "|,;~~~|Grants permission to create a detector version. The detector version starts in a DRAFT status",
  CreateList: "|,;~~~|Grants permission to create a list",
  CreateModel: "|,;~~~|Grants permission to create a model using the specified model type",
  CreateModelVersion:
    "|,;~~~|Grants permission to create a version of the model using the specified model type and model id",
  CreateRule: "|,;~~~|Grants permission to create a rule for use with the specified detector",
  CreateVariable: "|,;~~~|Grants permission to create a variable",
  DeleteBatchImportJob: "|,;~~~|Grants permission to delete a batch import job",
  DeleteBatchPredictionJob: "|,;~~~|Grants permission to delete a batch prediction job",
  DeleteDetector:
    "|,;~~~|Grants permission to delete the detector. Before deleting a detector, you must first delete all detector versions and rule versions associated with the detector",
  DeleteDetectorVersion:
    "|,;~~~|Grants permission to delete the detector version. You cannot delete detector versions that are in ACTIVE status",
  DeleteEntityType:
    "|,;~~~|Grants permission to delete an entity type. You cannot delete an entity type that is included in an event type",
  DeleteEvent: "|,;~~~|Grants permission to deletes the specified event",
  DeleteEventType:
    "|,;~~~|Grants permission to delete an event type. You cannot delete an event type that is used in a detector or a model",
  DeleteEventsByEventType: "|,;~~~|Grants permission to delete events for the specified event type",
  DeleteExternalModel:
    "|,;~~~|Grants permission to remove a SageMaker model from Amazon Fraud Detector. You can remove an Amazon SageMaker model if it is not associated with a detector version",
  DeleteLabel:
    "|,;~~~|Grants permission to delete a label. You cannot delete labels that are included in an event type in Amazon Fraud Detector. You cannot delete a label assigned to an event ID. You must first delete the relevant event ID",
  DeleteList: "|,;~~~|Grants permission to delete a list",
  DeleteModel:
    "|,;~~~|Grants permission to delete a model. You can delete models and model versions in Amazon Fraud Detector, provided that they are not associated with a detector version",
  DeleteModelVersion:
    "|,;~~~|Grants permission to delete a model version. You can delete models and model versions in Amazon Fraud Detector, provided that they are not associated with a detector version",
  DeleteOutcome:
    "|,;~~~|Grants permission to delete an outcome. You cannot delete an outcome that is used in a rule version",
  DeleteRule:
    "|,;~~~|Grants permission to delete the rule. You cannot delete a rule if it is used by an ACTIVE or INACTIVE detector version",
  DeleteVariable:
    "|,;~~~|Grants permission to delete a variable. You cannot delete variables that are included in an event type in Amazon Fraud Detector",
  DescribeDetector: "|,;~~~|Grants permission to get all versions for a specified detector",
  DescribeModelVersions:
    "|,;~~~|Grants permission to get all of the model versions for the specified model type or for the specified model type and model ID. You can also get details for a single, specified model version",
  GetBatchImportJobValidationReport:
    "|,;~|Grants permission to get the data validation report of a specific batch import job",
  GetBatchImportJobs: "|,;~~~|Grants permission to get all batch import jobs or a specific job if you specify a job ID",
  GetBatchPredictionJobs:
    "|,;~~~|Grants permission to get all batch prediction jobs or a specific job if you specify a job ID. This is a paginated API. If you provide a null maxResults, this action retrieves a maximum of 50 records per page. If you provide a maxResults, the value must be between 1 and 50. To get the next page results, provide the pagination token from the GetBatchPredictionJobsResponse as part of your request. A null pagination token fetches the records from the beginning",
  GetDeleteEventsByEventTypeStatus:
    "|,;~~~|Grants permission to get a specific event type DeleteEventsByEventType API execution status",
  GetDetectorVersion: "|,;~~~|Grants permission to get a particular detector version",
  GetDetectors:
    "|,;~~~|Grants permission to get all detectors or a single detector if a detectorId is specified. This is a paginated API. If you provide a null maxResults, this action retrieves a maximum of 10 records per page. If you provide a maxResults, the value must be between 5 and 10. To get the next page results, provide the pagination token from the GetDetectorsResponse as part of your request. A null pagination token fetches the records from the beginning",
  GetEntityTypes:
    "|,;~~~|Grants permission to get all entity types or a specific entity type if a name is specified. This is a paginated API. If you provide a null maxResults, this action retrieves a maximum of 10 records per page. If you provide a maxResults, the value must be between 5 and 10. To get the next page results, provide the pagination token from the GetEntityTypesResponse as part of your request. A null pagination token fetches the records from the beginning",
  GetEvent: "|,;~~~|Grants permission to get the details of the specified event",
  GetEventPrediction:
    "|,;~~~|Grants permission to evaluate an event against a detector version. If a version ID is not provided, the detector's (ACTIVE) version is used",
  GetEventPredictionMetadata: "|,;~~~|Grants permission to get more details of a particular prediction",
  GetEventTypes:
    "|,;~~~|Grants permission to get all event types or a specific event type if name is provided. This is a paginated API. If you provide a null maxResults, this action retrieves a maximum of 10 records per page. If you provide a maxResults, the value must be between 5 and 10. To get the next page results, provide the pagination token from the GetEventTypesResponse as part of your request. A null pagination token fetches the records from the beginning",
  GetExternalModels:
    "|,;~~~|Grants permission to get the details for one or more Amazon SageMaker models that have been imported into the service. This is a paginated API. If you provide a null maxResults, this actions retrieves a maximum of 10 records per page. If you provide a maxResults, the value must be between 5 and 10. To get the next page results, provide the pagination token from the GetExternalModelsResult as part of your request. A null pagination token fetches the records from the beginning",
  GetKMSEncryptionKey:
    "|,;~~~|Grants permission to get the encryption key if a Key Management Service (KMS) customer master key (CMK) has been specified to be used to encrypt content in Amazon Fraud Detector",
  GetLabels:
    "|,;~~~|Grants permission to get all labels or a specific label if name is provided. This is a paginated API. If you provide a null maxResults, this action retrieves a maximum of 50 records per page. If you provide a maxResults, the value must be between 10 and 50. To get the next page results, provide the pagination token from the GetGetLabelsResponse as part of your request. A null pagination token fetches the records from the beginning",
  GetListElements: "|,;~~~|Grants permission to get elements of a list",
  GetListsMetadata: "|,;~~~|Grants permission to get metadata about lists",
  GetModelVersion: "|,;~~~|Grants permission to get the details of the specified model version",
  GetModels:
    "|,;~~~|Grants permission to get one or more models. Gets all models for the AWS account if no model type and no model id provided. Gets all models for the AWS account and model type, if the model type is specified but model id is not provided. Gets a specific model if (model type, model id) tuple is specified",
  GetOutcomes:
    "|,;~~~|Grants permission to get one or more outcomes. This is a paginated API. If you provide a null maxResults, this actions retrieves a maximum of 100 records per page. If you provide a maxResults, the value must be between 50 and 100. To get the next page results, provide the pagination token from the GetOutcomesResult as part of your request. A null pagination token fetches the records from the beginning",
  GetRules:
    "|,;~~~|Grants permission to get all rules for a detector (paginated) if ruleId and ruleVersion are not specified. Gets all rules for the detector and the ruleId if present (paginated). Gets a specific rule if both the ruleId and the ruleVersion are specified",
  GetVariables:
    "|,;~~~|Grants permission to get all of the variables or the specific variable. This is a paginated API. Providing null maxSizePerPage results in retrieving maximum of 100 records per page. If you provide maxSizePerPage the value must be between 50 and 100. To get the next page result, a provide a pagination token from GetVariablesResult as part of your request. Null pagination token fetches the records from the beginning",
  ListEventPredictions: "|,;~~~|Grants permission to get a list of past predictions",
  ListTagsForResource:
    "|,;~~~|Grants permission to list all tags associated with the resource. This is a paginated API. To get the next page results, provide the pagination token from the response as part of your request. A null pagination token fetches the records from the beginning",
  PutDetector: "|,;~~~|Grants permission to create or update a detector",
  PutEntityType:
    "|,;~~~|Grants permission to create or update an entity type. An entity represents who is performing the event. As part of a fraud prediction, you pass the entity ID to indicate the specific entity who performed the event. An entity type classifies the entity. Example classifications include customer, merchant, or account",
  PutEventType:
    "|,;~~~|Grants permission to create or update an event type. An event is a business activity that is evaluated for fraud risk. With Amazon Fraud Detector, you generate fraud predictions for events. An event type defines the structure for an event sent to Amazon Fraud Detector. This includes the variables sent as part of the event, the entity performing the event (such as a customer), and the labels that classify the event. Example event types include online payment transactions, account registrations, and authentications",
  PutExternalModel:
    "|,;~~~|Grants permission to create or update an Amazon SageMaker model endpoint. You can also use this action to update the configuration of the model endpoint, including the IAM role and/or the mapped variables",
  PutKMSEncryptionKey:
    "|,;~|Grants permission to specify the Key Management Service (KMS) customer master key (CMK) to be used to encrypt content in Amazon Fraud Detector",
  PutLabel:
    "|,;~~~|Grants permission to create or update label. A label classifies an event as fraudulent or legitimate. Labels are associated with event types and used to train supervised machine learning models in Amazon Fraud Detector",
  PutOutcome: "|,;~~~|Grants permission to create or update an outcome",
  SendEvent: "|,;~~~|Grants permission to send event",
  TagResource: "|,;~~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~|Grants permission to assign tags to a resource",
  UntagResource: "|,;~~~|Grants permission to remove tags from a resource",
  UpdateDetectorVersion:
    "|,;~~~|Grants permission to update a detector version. The detector version attributes that you can update include models, external model endpoints, rules, rule execution mode, and description. You can only update a DRAFT detector version",
  UpdateDetectorVersionMetadata:
    "|,;~~~|Grants permission to update the detector version's description. You can update the metadata for any detector version (DRAFT, ACTIVE, or INACTIVE)",
  UpdateDetectorVersionStatus:
    "|,;~~~|Grants permission to update the detector version's status. You can perform the following promotions or demotions using UpdateDetectorVersionStatus: DRAFT to ACTIVE, ACTIVE to INACTIVE, and INACTIVE to ACTIVE",
  UpdateEventLabel: "|,;~~~|Grants permission to update an existing event record's label value",
  UpdateList: "|,;~~~|Grants permission to update a list",
  UpdateModel: "|,;~~~|Grants permission to update a model. You can update the description attribute using this action",
  UpdateModelVersion:
    "|,;~|Grants permission to update a model version. Updating a model version retrains an existing model version using updated training data and produces a new minor version of the model. You can update the training data set location and data access role attributes using this action. This action creates and trains a new minor version of the model, for example version 1.01, 1.02, 1.03",
  UpdateModelVersionStatus: "|,;~~~|Grants permission to update the status of a model version",
  UpdateRuleMetadata: "|,;~~~|Grants permission to update a rule's metadata. The description attribute can be updated",
  UpdateRuleVersion:
    "|,;~~~|Grants permission to update a rule version resulting in a new rule version. Updates a rule version resulting in a new rule version (version 1, 2, 3 ...)",
  UpdateVariable: "|,;~~~|Grants permission to update a variable",
};
const resourceTypeFacts = {
  /** The batch-import resource type: arn:${Partition}:frauddetector:${Region}:${Account}:batch-import/${ResourcePath} */
  "batch-import": "|,batchImport|1",
  /** The batch-prediction resource type: arn:${Partition}:frauddetector:${Region}:${Account}:batch-prediction/${ResourcePath} */
  "batch-prediction": "|,batchPrediction|1",
  /** The detector resource type: arn:${Partition}:frauddetector:${Region}:${Account}:detector/${ResourcePath} */
  detector: "|,|1",
  /** The detector-version resource type: arn:${Partition}:frauddetector:${Region}:${Account}:detector-version/${ResourcePath} */
  "detector-version": "|,detectorVersion|1",
  /** The entity-type resource type: arn:${Partition}:frauddetector:${Region}:${Account}:entity-type/${ResourcePath} */
  "entity-type": "|,entityType|1",
  /** The event-type resource type: arn:${Partition}:frauddetector:${Region}:${Account}:event-type/${ResourcePath} */
  "event-type": "|,eventType|1",
  /** The external-model resource type: arn:${Partition}:frauddetector:${Region}:${Account}:external-model/${ResourcePath} */
  "external-model": "|,externalModel|1",
  /** The label resource type: arn:${Partition}:frauddetector:${Region}:${Account}:label/${ResourcePath} */
  label: "|,|1",
  /** The list resource type: arn:${Partition}:frauddetector:${Region}:${Account}:list/${ResourcePath} */
  list: "|,|1",
  /** The model resource type: arn:${Partition}:frauddetector:${Region}:${Account}:model/${ResourcePath} */
  model: "|,|1",
  /** The model-version resource type: arn:${Partition}:frauddetector:${Region}:${Account}:model-version/${ResourcePath} */
  "model-version": "|,modelVersion|1",
  /** The outcome resource type: arn:${Partition}:frauddetector:${Region}:${Account}:outcome/${ResourcePath} */
  outcome: "|,|1",
  /** The rule resource type: arn:${Partition}:frauddetector:${Region}:${Account}:rule/${ResourcePath} */
  rule: "|,|1",
  /** The variable resource type: arn:${Partition}:frauddetector:${Region}:${Account}:variable/${ResourcePath} */
  variable: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a batch-import resource: arn:${Partition}:frauddetector:${Region}:${Account}:batch-import/${ResourcePath}. */
  batchImport: "|,batch-import|arn:|Partition|:frauddetector:|Region|:|Account|:batch-import/|ResourcePath|",
  /** ARN of a batch-prediction resource: arn:${Partition}:frauddetector:${Region}:${Account}:batch-prediction/${ResourcePath}. */
  batchPrediction:
    "|,batch-prediction|arn:|Partition|:frauddetector:|Region|:|Account|:batch-prediction/|ResourcePath|",
  /** ARN of a detector resource: arn:${Partition}:frauddetector:${Region}:${Account}:detector/${ResourcePath}. */
  detector: "|,detector|arn:|Partition|:frauddetector:|Region|:|Account|:detector/|ResourcePath|",
  /** ARN of a detector-version resource: arn:${Partition}:frauddetector:${Region}:${Account}:detector-version/${ResourcePath}. */
  detectorVersion:
    "|,detector-version|arn:|Partition|:frauddetector:|Region|:|Account|:detector-version/|ResourcePath|",
  /** ARN of a entity-type resource: arn:${Partition}:frauddetector:${Region}:${Account}:entity-type/${ResourcePath}. */
  entityType: "|,entity-type|arn:|Partition|:frauddetector:|Region|:|Account|:entity-type/|ResourcePath|",
  /** ARN of a event-type resource: arn:${Partition}:frauddetector:${Region}:${Account}:event-type/${ResourcePath}. */
  eventType: "|,event-type|arn:|Partition|:frauddetector:|Region|:|Account|:event-type/|ResourcePath|",
  /** ARN of a external-model resource: arn:${Partition}:frauddetector:${Region}:${Account}:external-model/${ResourcePath}. */
  externalModel: "|,external-model|arn:|Partition|:frauddetector:|Region|:|Account|:external-model/|ResourcePath|",
  /** ARN of a label resource: arn:${Partition}:frauddetector:${Region}:${Account}:label/${ResourcePath}. */
  label: "|,label|arn:|Partition|:frauddetector:|Region|:|Account|:label/|ResourcePath|",
  /** ARN of a list resource: arn:${Partition}:frauddetector:${Region}:${Account}:list/${ResourcePath}. */
  list: "|,list|arn:|Partition|:frauddetector:|Region|:|Account|:list/|ResourcePath|",
  /** ARN of a model resource: arn:${Partition}:frauddetector:${Region}:${Account}:model/${ResourcePath}. */
  model: "|,model|arn:|Partition|:frauddetector:|Region|:|Account|:model/|ResourcePath|",
  /** ARN of a model-version resource: arn:${Partition}:frauddetector:${Region}:${Account}:model-version/${ResourcePath}. */
  modelVersion: "|,model-version|arn:|Partition|:frauddetector:|Region|:|Account|:model-version/|ResourcePath|",
  /** ARN of a outcome resource: arn:${Partition}:frauddetector:${Region}:${Account}:outcome/${ResourcePath}. */
  outcome: "|,outcome|arn:|Partition|:frauddetector:|Region|:|Account|:outcome/|ResourcePath|",
  /** ARN of a rule resource: arn:${Partition}:frauddetector:${Region}:${Account}:rule/${ResourcePath}. */
  rule: "|,rule|arn:|Partition|:frauddetector:|Region|:|Account|:rule/|ResourcePath|",
  /** ARN of a variable resource: arn:${Partition}:frauddetector:${Region}:${Account}:variable/${ResourcePath}. */
  variable: "|,variable|arn:|Partition|:frauddetector:|Region|:|Account|:variable/|ResourcePath|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "batch-import",
  "batch-prediction",
  "detector",
  "detector-version",
  "entity-type",
  "event-type",
  "external-model",
  "label",
  "list",
  "model",
  "model-version",
  "outcome",
  "rule",
  "variable",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "frauddetector">;
/** Any frauddetector action. */
export type Action = ActionOf<typeof actionFacts, "frauddetector">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "frauddetector">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "frauddetector" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every frauddetector action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters actions based on the tags that are passed in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters actions based on the tags associated with the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters actions based on the tag keys that are passed in the request. */
  "aws:TagKeys": "ArrayOfString";
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters actions based on the tags that are passed in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters actions based on the tags associated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters actions based on the tag keys that are passed in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "frauddetector",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
