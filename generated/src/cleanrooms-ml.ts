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
export const prefix: "cleanrooms-ml" = "cleanrooms-ml";
/** The service's name in the reference. */
export const serviceName: "AWS Clean Rooms ML" = "AWS Clean Rooms ML";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Clean Rooms ML",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awscleanroomsml.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "cleanrooms-ml:CollaborationId",
] as const;
const dependentActionList = ["cleanrooms-ml:TagResource", "iam:PassRole"] as const;
const actionFacts = {
  /** Grants permission to cancel a trained model. Access level: Write. Resources: TrainedModel*. https://docs.aws.amazon.com/cleanrooms-ml/latest/APIReference/API_CancelTrainedModel.html */
  CancelTrainedModel: "W|||3;1;|0,2||;",
  /** Grants permission to cancel a trained model inference job. Access level: Write. Resources: TrainedModelInferenceJob*. https://docs.aws.amazon.com/cleanrooms-ml/latest/APIReference/API_CancelTrainedModelInferenceJob.html */
  CancelTrainedModelInferenceJob: "W|||4;1;|0,2||;",
  /** Grants permission to create an audience model. Access level: Write. Resources: trainingdataset*. https://docs.aws.amazon.com/cleanrooms-ml/latest/APIReference/API_CreateAudienceModel.html */
  CreateAudienceModel: "W|||8;1;|0,2|0|;",
  /** Grants permission to create a configured audience model. Access level: Write. Resources: audiencemodel*. https://docs.aws.amazon.com/cleanrooms-ml/latest/APIReference/API_CreateConfiguredAudienceModel.html */
  CreateConfiguredAudienceModel: "W|||6;1;|0,2|0,1|;",
  /** Grants permission to create a configured model algorithm. Access level: Write. https://docs.aws.amazon.com/cleanrooms-ml/latest/APIReference/API_CreateConfiguredModelAlgorithm.html */
  CreateConfiguredModelAlgorithm: "W||||0,2|0,1|;",
  /** Grants permission to create a configured model algorithm association. Access level: Write. Resources: ConfiguredModelAlgorithm*. https://docs.aws.amazon.com/cleanrooms-ml/latest/APIReference/API_CreateConfiguredModelAlgorithmAssociation.html */
  CreateConfiguredModelAlgorithmAssociation: "W|||0;1;|0,2|0|;",
  /** Grants permission to create an ML input channel. Access level: Write. Resources: ConfiguredModelAlgorithmAssociation*. https://docs.aws.amazon.com/cleanrooms-ml/latest/APIReference/API_CreateMLInputChannel.html */
  CreateMLInputChannel: "W|||1;1;|0,2|0,1|;",
  /** Grants permission to create a trained model. Access level: Write. Resources: ConfiguredModelAlgorithmAssociation*. https://docs.aws.amazon.com/cleanrooms-ml/latest/APIReference/API_CreateTrainedModel.html */
  CreateTrainedModel: "W|||1;1;|0,2|0|;",
  /** Grants permission to create a training dataset, or seed audience. In Clean Rooms ML, the TrainingDataset is metadata that points to a Glue table, which is read only during AudienceModel creation. Access level: Write. https://docs.aws.amazon.com/cleanrooms-ml/latest/APIReference/API_CreateTrainingDataset.html */
  CreateTrainingDataset: "W||||0,2|0,1|;",
  /** Grants permission to delete the specified audience generation job, and removes all data associated with the job. Access level: Write. Resources: audiencegenerationjob*. https://docs.aws.amazon.com/cleanrooms-ml/latest/APIReference/API_DeleteAudienceGenerationJob.html */
  DeleteAudienceGenerationJob: "W|||5;1;|0,2||;",
  /** Grants permission to delete the specified audience generation job, and removes all data associated with the job. Access level: Write. Resources: audiencemodel*. https://docs.aws.amazon.com/cleanrooms-ml/latest/APIReference/API_DeleteAudienceModel.html */
  DeleteAudienceModel: "W|||6;1;|0,2||;",
  /** Grants permission to delete the specified configured audience model. Access level: Write. Resources: configuredaudiencemodel*. https://docs.aws.amazon.com/cleanrooms-ml/latest/APIReference/API_DeleteConfiguredAudienceModel.html */
  DeleteConfiguredAudienceModel: "W|||7;1;|0,2||;",
  /** Grants permission to delete the specified configured audience model policy. Access level: Write. Resources: configuredaudiencemodel*. https://docs.aws.amazon.com/cleanrooms-ml/latest/APIReference/API_DeleteConfiguredAudienceModelPolicy.html */
  DeleteConfiguredAudienceModelPolicy: "W|||7;1;|0,2||;",
  /** Grants permission to delete a configured model algorithm. Access level: Write. Resources: ConfiguredModelAlgorithm*. https://docs.aws.amazon.com/cleanrooms-ml/latest/APIReference/API_DeleteConfiguredModelAlgorithm.html */
  DeleteConfiguredModelAlgorithm: "W|||0;1;|0,2||;",
  /** Grants permission to delete a configured model algorithm association. Access level: Write. Resources: ConfiguredModelAlgorithmAssociation*. https://docs.aws.amazon.com/cleanrooms-ml/latest/APIReference/API_DeleteConfiguredModelAlgorithmAssociation.html */
  DeleteConfiguredModelAlgorithmAssociation: "W|||1;1;|0,2||;",
  /** Grants permission to delete an ML configuration. Access level: Write. https://docs.aws.amazon.com/cleanrooms-ml/latest/APIReference/API_DeleteMLConfiguration.html */
  DeleteMLConfiguration: "W||||0,2||;",
  /** Grants permission to delete all data associated with the ML input channel. Access level: Write. Resources: MLInputChannel*. https://docs.aws.amazon.com/cleanrooms-ml/latest/APIReference/API_DeleteMLInputChannelData.html */
  DeleteMLInputChannelData: "W|||2;1;|0,2||;",
  /** Grants permission to delete all output associated with the trained model. Access level: Write. Resources: TrainedModel*. https://docs.aws.amazon.com/cleanrooms-ml/latest/APIReference/API_DeleteTrainedModelOutput.html */
  DeleteTrainedModelOutput: "W|||3;1;|0,2||;",
  /** Grants permission to delete a training dataset. Access level: Write. Resources: trainingdataset*. https://docs.aws.amazon.com/cleanrooms-ml/latest/APIReference/API_DeleteTrainingDataset.html */
  DeleteTrainingDataset: "W|||8;1;|0,2||;",
  /** Grants permission to return information about an audience generation job. Access level: Read. Resources: audiencegenerationjob*. https://docs.aws.amazon.com/cleanrooms-ml/latest/APIReference/API_GetAudienceGenerationJob.html */
  GetAudienceGenerationJob: "R|||5;1;|0,2||;",
  /** Grants permission to return information about an audience model. Access level: Read. Resources: audiencemodel*. https://docs.aws.amazon.com/cleanrooms-ml/latest/APIReference/API_GetAudienceModel.html */
  GetAudienceModel: "R|||6;1;|0,2||;",
  /** Grants permission to return information about a configured model algorithm association created by any member in the collaboration. Access level: Read. Resources: ConfiguredModelAlgorithmAssociation*. https://docs.aws.amazon.com/cleanrooms-ml/latest/APIReference/API_GetCollaborationConfiguredModelAlgorithmAssociation.html */
  GetCollaborationConfiguredModelAlgorithmAssociation: "R|||1;1;|0,2,3||;",
  /** Grants permission to return information about an ML input channel created by any member in the collaboration. Access level: Read. Resources: MLInputChannel*. https://docs.aws.amazon.com/cleanrooms-ml/latest/APIReference/API_GetCollaborationMLInputChannel.html */
  GetCollaborationMLInputChannel: "R|||2;1;|0,2,3||;",
  /** Grants permission to return information about a trained model created by any member in the collaboration. Access level: Read. Resources: TrainedModel*. https://docs.aws.amazon.com/cleanrooms-ml/latest/APIReference/API_GetCollaborationTrainedModel.html */
  GetCollaborationTrainedModel: "R|||3;1;|0,2,3||;",
  /** Grants permission to return information about a configured audience model. Access level: Read. Resources: configuredaudiencemodel*. https://docs.aws.amazon.com/cleanrooms-ml/latest/APIReference/API_GetConfiguredAudienceModel.html */
  GetConfiguredAudienceModel: "R|||7;1;|0,2||;",
  /** Grants permission to return information about a configured audience model policy. Access level: Read. Resources: configuredaudiencemodel*. https://docs.aws.amazon.com/cleanrooms-ml/latest/APIReference/API_GetConfiguredAudienceModelPolicy.html */
  GetConfiguredAudienceModelPolicy: "R|||7;1;|0,2||;",
  /** Grants permission to return information about a configured model algorithm. Access level: Read. Resources: ConfiguredModelAlgorithm*. https://docs.aws.amazon.com/cleanrooms-ml/latest/APIReference/API_GetConfiguredModelAlgorithm.html */
  GetConfiguredModelAlgorithm: "R|||0;1;|0,2||;",
  /** Grants permission to return information about a configured model algorithm association. Access level: Read. Resources: ConfiguredModelAlgorithmAssociation*. https://docs.aws.amazon.com/cleanrooms-ml/latest/APIReference/API_GetConfiguredModelAlgorithmAssociation.html */
  GetConfiguredModelAlgorithmAssociation: "R|||1;1;|0,2||;",
  /** Grants permission to return information about an ML configuration. Access level: Read. https://docs.aws.amazon.com/cleanrooms-ml/latest/APIReference/API_GetMLConfiguration.html */
  GetMLConfiguration: "R||||0,2||;",
  /** Grants permission to return information about an ML input channel. Access level: Read. Resources: MLInputChannel*. https://docs.aws.amazon.com/cleanrooms-ml/latest/APIReference/API_GetMLInputChannel.html */
  GetMLInputChannel: "R|||2;1;|0,2||;",
  /** Grants permission to return information about a trained model. Access level: Read. Resources: TrainedModel*. https://docs.aws.amazon.com/cleanrooms-ml/latest/APIReference/API_GetTrainedModel.html */
  GetTrainedModel: "R|||3;1;|0,2||;",
  /** Grants permission to return information about a trained model inference job. Access level: Read. Resources: TrainedModelInferenceJob*. https://docs.aws.amazon.com/cleanrooms-ml/latest/APIReference/API_GetTrainedModelInferenceJob.html */
  GetTrainedModelInferenceJob: "R|||4;1;|0,2||;",
  /** Grants permission to return information about a training dataset. Access level: Read. Resources: trainingdataset*. https://docs.aws.amazon.com/cleanrooms-ml/latest/APIReference/API_GetTrainingDataset.html */
  GetTrainingDataset: "R|||8;1;|0,2||;",
  /** Grants permission to return a list of the audience export jobs. Access level: List. Resources: audiencegenerationjob. https://docs.aws.amazon.com/cleanrooms-ml/latest/APIReference/API_ListAudienceExportJobs.html */
  ListAudienceExportJobs: "L|||5;0;|0,2||;",
  /** Grants permission to return a list of audience generation jobs. Access level: List. Resources: configuredaudiencemodel. https://docs.aws.amazon.com/cleanrooms-ml/latest/APIReference/API_ListAudienceGenerationJobs.html */
  ListAudienceGenerationJobs: "L|||7;0;|0,2||;",
  /** Grants permission to return a list of audience models. Access level: List. https://docs.aws.amazon.com/cleanrooms-ml/latest/APIReference/API_ListAudienceModels.html */
  ListAudienceModels: "L||||||;",
  /** Grants permission to return a list of configured model algorithms created by any member in the collaboration. Access level: List. https://docs.aws.amazon.com/cleanrooms-ml/latest/APIReference/API_ListCollaborationConfiguredModelAlgorithmAssociations.html */
  ListCollaborationConfiguredModelAlgorithmAssociations: "L||||0,2,3||;",
  /** Grants permission to return a list of ML input channels created by any member in the collaboration. Access level: List. https://docs.aws.amazon.com/cleanrooms-ml/latest/APIReference/API_ListCollaborationMLInputChannels.html */
  ListCollaborationMLInputChannels: "L||||0,2,3||;",
  /** Grants permission to return a list of trained model export jobs started by any member in the collaboration. Access level: List. Resources: TrainedModel*. https://docs.aws.amazon.com/cleanrooms-ml/latest/APIReference/API_ListCollaborationTrainedModelExportJobs.html */
  ListCollaborationTrainedModelExportJobs: "L|||3;1;|0,2,3||;",
  /** Grants permission to return a list of trained model inference jobs started by any member in the collaboration. Access level: List. https://docs.aws.amazon.com/cleanrooms-ml/latest/APIReference/API_ListCollaborationTrainedModelInferenceJobs.html */
  ListCollaborationTrainedModelInferenceJobs: "L||||0,2,3||;",
  /** Grants permission to return a list of trained models created by any member in the collaboration. Access level: List. https://docs.aws.amazon.com/cleanrooms-ml/latest/APIReference/API_ListCollaborationTrainedModels.html */
  ListCollaborationTrainedModels: "L||||0,2,3||;",
  /** Grants permission to return a list of configured audience models. Access level: List. https://docs.aws.amazon.com/cleanrooms-ml/latest/APIReference/API_ListConfiguredAudienceModels.html */
  ListConfiguredAudienceModels: "L||||||;",
  /** Grants permission to return a list of configured model algorithm associations. Access level: List. https://docs.aws.amazon.com/cleanrooms-ml/latest/APIReference/API_ListConfiguredModelAlgorithmAssociations.html */
  ListConfiguredModelAlgorithmAssociations: "L||||0,2||;",
  /** Grants permission to return a list of configured model algorithms. Access level: List. https://docs.aws.amazon.com/cleanrooms-ml/latest/APIReference/API_ListConfiguredModelAlgorithms.html */
  ListConfiguredModelAlgorithms: "L||||0,2||;",
  /** Grants permission to return a list of ML input channels. Access level: List. https://docs.aws.amazon.com/cleanrooms-ml/latest/APIReference/API_ListMLInputChannels.html */
  ListMLInputChannels: "L||||0,2||;",
  /** Grants permission to return a list of tags for a provided resource. Access level: List. Resources: audiencegenerationjob, audiencemodel, configuredaudiencemodel, trainingdataset. https://docs.aws.amazon.com/cleanrooms-ml/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "L|||5;0;,6;0;,7;0;,8;0;|1,2||;",
  /** Grants permission to return a list of trained model inference jobs. Access level: List. https://docs.aws.amazon.com/cleanrooms-ml/latest/APIReference/API_ListTrainedModelInferenceJobs.html */
  ListTrainedModelInferenceJobs: "L||||0,2||;",
  /** Grants permission to return a list of trained model versions. Access level: List. https://docs.aws.amazon.com/cleanrooms-ml/latest/APIReference/API_ListTrainedModelVersions.html */
  ListTrainedModelVersions: "L||||0,2||;",
  /** Grants permission to return a list of trained models. Access level: List. https://docs.aws.amazon.com/cleanrooms-ml/latest/APIReference/API_ListTrainedModels.html */
  ListTrainedModels: "L||||0,2||;",
  /** Grants permission to return a list of training datasets. Access level: List. https://docs.aws.amazon.com/cleanrooms-ml/latest/APIReference/API_ListTrainingDatasets.html */
  ListTrainingDatasets: "L||||||;",
  /** Grants permission to create or update the resource policy for a configured audience model. Access level: Permissions management. Resources: configuredaudiencemodel*. https://docs.aws.amazon.com/cleanrooms-ml/latest/APIReference/API_PutConfiguredAudienceModelPolicy.html */
  PutConfiguredAudienceModelPolicy: "P|||7;1;|||;",
  /** Grants permission to put an ML configuration. Access level: Write. https://docs.aws.amazon.com/cleanrooms-ml/latest/APIReference/API_PutMLConfiguration.html */
  PutMLConfiguration: "W||||0,2|1|;",
  /** Grants permission to export an audience of a specified size after you have generated an audience. Access level: Write. Resources: audiencegenerationjob*. https://docs.aws.amazon.com/cleanrooms-ml/latest/APIReference/API_StartAudienceExportJob.html */
  StartAudienceExportJob: "W|||5;1;|0,2||;",
  /** Grants permission to start the audience generation job. Access level: Write. Resources: configuredaudiencemodel*. https://docs.aws.amazon.com/cleanrooms-ml/latest/APIReference/API_StartAudienceGenerationJob.html */
  StartAudienceGenerationJob: "W|||7;1;|0,2,3|0,1|;",
  /** Grants permission to start a trained model export job. Access level: Write. Resources: TrainedModel*. https://docs.aws.amazon.com/cleanrooms-ml/latest/APIReference/API_StartTrainedModelExportJob.html */
  StartTrainedModelExportJob: "W|||3;1;|0,2||;",
  /** Grants permission to start a trained model inference job. Access level: Write. Resources: ConfiguredModelAlgorithmAssociation*, MLInputChannel*, TrainedModel*. https://docs.aws.amazon.com/cleanrooms-ml/latest/APIReference/API_StartTrainedModelInferenceJob.html */
  StartTrainedModelInferenceJob: "W|||1;1;,2;1;,3;1;|0,2|0|;",
  /** Grants permission to tag a specific resource. Access level: Tagging. Resources: ConfiguredModelAlgorithm, ConfiguredModelAlgorithmAssociation, MLInputChannel, TrainedModel, TrainedModelInferenceJob, audiencegenerationjob, audiencemodel, configuredaudiencemodel, trainingdataset. https://docs.aws.amazon.com/cleanrooms-ml/latest/APIReference/API_TagResource.html */
  TagResource:
    "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,8;0;|0,1,2||CreateAudienceModel,CreateConfiguredAudienceModel,CreateConfiguredModelAlgorithm,CreateConfiguredModelAlgorithmAssociation,CreateMLInputChannel,CreateTrainedModel,CreateTrainingDataset,StartAudienceGenerationJob,StartTrainedModelInferenceJob,;",
  /** Grants permission to untag a specific resource. Access level: Tagging. Resources: ConfiguredModelAlgorithm, ConfiguredModelAlgorithmAssociation, MLInputChannel, TrainedModel, TrainedModelInferenceJob, audiencegenerationjob, audiencemodel, configuredaudiencemodel, trainingdataset. https://docs.aws.amazon.com/cleanrooms-ml/latest/APIReference/API_UntagResource.html */
  UnTagResource: "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,8;0;|1,2||UntagResource",
  /** Grants permission to update a configured audience model. Access level: Write. Resources: audiencemodel, configuredaudiencemodel*. https://docs.aws.amazon.com/cleanrooms-ml/latest/APIReference/API_UpdateConfiguredAudienceModel.html */
  UpdateConfiguredAudienceModel: "W|||6;0;,7;1;|0,2|1|;",
} as const;
const actionDetails = {
  CancelTrainedModel: "|,;~~~|Grants permission to cancel a trained model",
  CancelTrainedModelInferenceJob: "|,;~~~|Grants permission to cancel a trained model inference job",
  CreateAudienceModel: "|,;~~~|Grants permission to create an audience model",
  CreateConfiguredAudienceModel: "|,;~~~|Grants permission to create a configured audience model",
  CreateConfiguredModelAlgorithm: "|,;~~~|Grants permission to create a configured model algorithm",
  CreateConfiguredModelAlgorithmAssociation:
    "|,;~~~|Grants permission to create a configured model algorithm association",
  CreateMLInputChannel: "|,;~~~|Grants permission to create an ML input channel",
  CreateTrainedModel: "|,;~~~|Grants permission to create a trained model",
  CreateTrainingDataset:
    "|,;~~~|Grants permission to create a training dataset, or seed audience. In Clean Rooms ML, the TrainingDataset is metadata that points to a Glue table, which is read only during AudienceModel creation",
  DeleteAudienceGenerationJob:
    "|,;~~~|Grants permission to delete the specified audience generation job, and removes all data associated with the job",
  DeleteAudienceModel:
    "|,;~~~|Grants permission to delete the specified audience generation job, and removes all data associated with the job",
  DeleteConfiguredAudienceModel: "|,;~~~|Grants permission to delete the specified configured audience model",
  DeleteConfiguredAudienceModelPolicy:
    "|,;~~~|Grants permission to delete the specified configured audience model policy",
  DeleteConfiguredModelAlgorithm: "|,;~~~|Grants permission to delete a configured model algorithm",
  DeleteConfiguredModelAlgorithmAssociation:
    "|,;~~~|Grants permission to delete a configured model algorithm association",
  DeleteMLConfiguration: "|,;~~~|Grants permission to delete an ML configuration",
  DeleteMLInputChannelData: "|,;~~~|Grants permission to delete all data associated with the ML input channel",
  DeleteTrainedModelOutput: "|,;~~~|Grants permission to delete all output associated with the trained model",
  DeleteTrainingDataset: "|,;~~~|Grants permission to delete a training dataset",
  GetAudienceGenerationJob: "|,;~~~|Grants permission to return information about an audience generation job",
  GetAudienceModel: "|,;~~~|Grants permission to return information about an audience model",
  GetCollaborationConfiguredModelAlgorithmAssociation:
    "|,;~~~|Grants permission to return information about a configured model algorithm association created by any member in the collaboration",
  GetCollaborationMLInputChannel:
    "|,;~~~|Grants permission to return information about an ML input channel created by any member in the collaboration",
  GetCollaborationTrainedModel:
    "|,;~~~|Grants permission to return information about a trained model created by any member in the collaboration",
  GetConfiguredAudienceModel: "|,;~~~|Grants permission to return information about a configured audience model",
  GetConfiguredAudienceModelPolicy:
    "|,;~~~|Grants permission to return information about a configured audience model policy",
  GetConfiguredModelAlgorithm: "|,;~~~|Grants permission to return information about a configured model algorithm",
  GetConfiguredModelAlgorithmAssociation:
    "|,;~~~|Grants permission to return information about a configured model algorithm association",
  GetMLConfiguration: "|,;~~~|Grants permission to return information about an ML configuration",
  GetMLInputChannel: "|,;~~~|Grants permission to return information about an ML input channel",
  GetTrainedModel: "|,;~~~|Grants permission to return information about a trained model",
  GetTrainedModelInferenceJob: "|,;~~~|Grants permission to return information about a trained model inference job",
  GetTrainingDataset: "|,;~~~|Grants permission to return information about a training dataset",
  ListAudienceExportJobs: "|,;~~~|Grants permission to return a list of the audience export jobs",
  ListAudienceGenerationJobs: "|,;~~~|Grants permission to return a list of audience generation jobs",
  ListAudienceModels: "|,;~~~|Grants permission to return a list of audience models",
  ListCollaborationConfiguredModelAlgorithmAssociations:
    "|,;~~~|Grants permission to return a list of configured model algorithms created by any member in the collaboration",
  ListCollaborationMLInputChannels:
    "|,;~~~|Grants permission to return a list of ML input channels created by any member in the collaboration",
  ListCollaborationTrainedModelExportJobs:
    "|,;~~~|Grants permission to return a list of trained model export jobs started by any member in the collaboration",
  ListCollaborationTrainedModelInferenceJobs:
    "|,;~~~|Grants permission to return a list of trained model inference jobs started by any member in the collaboration",
  ListCollaborationTrainedModels:
    "|,;~~~|Grants permission to return a list of trained models created by any member in the collaboration",
  ListConfiguredAudienceModels: "|,;~~~|Grants permission to return a list of configured audience models",
  ListConfiguredModelAlgorithmAssociations:
    "|,;~~~|Grants permission to return a list of configured model algorithm associations",
  ListConfiguredModelAlgorithms: "|,;~~~|Grants permission to return a list of configured model algorithms",
  ListMLInputChannels: "|,;~~~|Grants permission to return a list of ML input channels",
  ListTagsForResource: "|,;~~~|Grants permission to return a list of tags for a provided resource",
  ListTrainedModelInferenceJobs: "|,;~~~|Grants permission to return a list of trained model inference jobs",
  ListTrainedModelVersions: "|,;~~~|Grants permission to return a list of trained model versions",
  ListTrainedModels: "|,;~~~|Grants permission to return a list of trained models",
  ListTrainingDatasets: "|,;~~~|Grants permission to return a list of training datasets",
  PutConfiguredAudienceModelPolicy:
    "|,;~~~|Grants permission to create or update the resource policy for a configured audience model",
  PutMLConfiguration: "|,;~~~|Grants permission to put an ML configuration",
  StartAudienceExportJob:
    "|,;~~~|Grants permission to export an audience of a specified size after you have generated an audience",
  StartAudienceGenerationJob: "|,;~~~|Grants permission to start the audience generation job",
  StartTrainedModelExportJob: "|,;~~~|Grants permission to start a trained model export job",
  StartTrainedModelInferenceJob: "|,;~~~|Grants permission to start a trained model inference job",
  TagResource: "|,;~~~,~~,~~,~~,~~,~~,~~,~~,~~,~~|Grants permission to tag a specific resource",
  UnTagResource: "|,;~~~|Grants permission to untag a specific resource",
  UpdateConfiguredAudienceModel: "|,;~~~|Grants permission to update a configured audience model.",
};
const resourceTypeFacts = {
  /** The ConfiguredModelAlgorithm resource type: arn:${Partition}:cleanrooms-ml:${Region}:${Account}:configured-model-algorithm/${ResourceId} */
  ConfiguredModelAlgorithm: "|,configuredModelAlgorithm|1",
  /** The ConfiguredModelAlgorithmAssociation resource type: arn:${Partition}:cleanrooms-ml:${Region}:${Account}:membership/${MembershipId}/configured-model-algorithm-association/${ResourceId} */
  ConfiguredModelAlgorithmAssociation: "|,configuredModelAlgorithmAssociation|1",
  /** The MLInputChannel resource type: arn:${Partition}:cleanrooms-ml:${Region}:${Account}:membership/${MembershipId}/ml-input-channel/${ResourceId} */
  MLInputChannel: "|,mlInputChannel|1",
  /** The TrainedModel resource type: arn:${Partition}:cleanrooms-ml:${Region}:${Account}:membership/${MembershipId}/trained-model/${ResourceId} */
  TrainedModel: "|,trainedModel|1",
  /** The TrainedModelInferenceJob resource type: arn:${Partition}:cleanrooms-ml:${Region}:${Account}:membership/${MembershipId}/trained-model-inference-job/${ResourceId} */
  TrainedModelInferenceJob: "|,trainedModelInferenceJob|1",
  /** The audiencegenerationjob resource type: arn:${Partition}:cleanrooms-ml:${Region}:${Account}:audience-generation-job/${ResourceId} */
  audiencegenerationjob: "|,|1",
  /** The audiencemodel resource type: arn:${Partition}:cleanrooms-ml:${Region}:${Account}:audience-model/${ResourceId} */
  audiencemodel: "|,|1",
  /** The configuredaudiencemodel resource type: arn:${Partition}:cleanrooms-ml:${Region}:${Account}:configured-audience-model/${ResourceId} */
  configuredaudiencemodel: "|,|1",
  /** The trainingdataset resource type: arn:${Partition}:cleanrooms-ml:${Region}:${Account}:training-dataset/${ResourceId} */
  trainingdataset: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a audiencegenerationjob resource: arn:${Partition}:cleanrooms-ml:${Region}:${Account}:audience-generation-job/${ResourceId}. */
  audiencegenerationjob:
    "|,audiencegenerationjob|arn:|Partition|:cleanrooms-ml:|Region|:|Account|:audience-generation-job/|ResourceId|",
  /** ARN of a audiencemodel resource: arn:${Partition}:cleanrooms-ml:${Region}:${Account}:audience-model/${ResourceId}. */
  audiencemodel: "|,audiencemodel|arn:|Partition|:cleanrooms-ml:|Region|:|Account|:audience-model/|ResourceId|",
  /** ARN of a ConfiguredModelAlgorithm resource: arn:${Partition}:cleanrooms-ml:${Region}:${Account}:configured-model-algorithm/${ResourceId}. */
  configuredModelAlgorithm:
    "|,ConfiguredModelAlgorithm|arn:|Partition|:cleanrooms-ml:|Region|:|Account|:configured-model-algorithm/|ResourceId|",
  /** ARN of a ConfiguredModelAlgorithmAssociation resource: arn:${Partition}:cleanrooms-ml:${Region}:${Account}:membership/${MembershipId}/configured-model-algorithm-association/${ResourceId}. */
  configuredModelAlgorithmAssociation:
    "|,ConfiguredModelAlgorithmAssociation|arn:|Partition|:cleanrooms-ml:|Region|:|Account|:membership/|MembershipId|/configured-model-algorithm-association/|ResourceId|",
  /** ARN of a configuredaudiencemodel resource: arn:${Partition}:cleanrooms-ml:${Region}:${Account}:configured-audience-model/${ResourceId}. */
  configuredaudiencemodel:
    "|,configuredaudiencemodel|arn:|Partition|:cleanrooms-ml:|Region|:|Account|:configured-audience-model/|ResourceId|",
  /** ARN of a MLInputChannel resource: arn:${Partition}:cleanrooms-ml:${Region}:${Account}:membership/${MembershipId}/ml-input-channel/${ResourceId}. */
  mlInputChannel:
    "|,MLInputChannel|arn:|Partition|:cleanrooms-ml:|Region|:|Account|:membership/|MembershipId|/ml-input-channel/|ResourceId|",
  /** ARN of a TrainedModel resource: arn:${Partition}:cleanrooms-ml:${Region}:${Account}:membership/${MembershipId}/trained-model/${ResourceId}. */
  trainedModel:
    "|,TrainedModel|arn:|Partition|:cleanrooms-ml:|Region|:|Account|:membership/|MembershipId|/trained-model/|ResourceId|",
  /** ARN of a TrainedModelInferenceJob resource: arn:${Partition}:cleanrooms-ml:${Region}:${Account}:membership/${MembershipId}/trained-model-inference-job/${ResourceId}. */
  trainedModelInferenceJob:
    "|,TrainedModelInferenceJob|arn:|Partition|:cleanrooms-ml:|Region|:|Account|:membership/|MembershipId|/trained-model-inference-job/|ResourceId|",
  /** ARN of a trainingdataset resource: arn:${Partition}:cleanrooms-ml:${Region}:${Account}:training-dataset/${ResourceId}. */
  trainingdataset: "|,trainingdataset|arn:|Partition|:cleanrooms-ml:|Region|:|Account|:training-dataset/|ResourceId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "ConfiguredModelAlgorithm",
  "ConfiguredModelAlgorithmAssociation",
  "MLInputChannel",
  "TrainedModel",
  "TrainedModelInferenceJob",
  "audiencegenerationjob",
  "audiencemodel",
  "configuredaudiencemodel",
  "trainingdataset",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "cleanrooms-ml">;
/** Any cleanrooms-ml action. */
export type Action = ActionOf<typeof actionFacts, "cleanrooms-ml">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "cleanrooms-ml">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "cleanroomsml" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every cleanrooms-ml action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the presence of tag key-value pairs in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by tag key-value pairs attached to the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the presence of tag keys in the request. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access by Clean rooms collaboration id. */
  "cleanrooms-ml:CollaborationId": "String";
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by the presence of tag key-value pairs in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by tag key-value pairs attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the presence of tag keys in the request",
  "cleanrooms-ml:CollaborationId": "|,String|0||Filters access by Clean rooms collaboration id",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "cleanrooms-ml",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
