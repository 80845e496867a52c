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
export const prefix: "lookoutequipment" = "lookoutequipment";
/** The service's name in the reference. */
export const serviceName: "Amazon Lookout for Equipment" = "Amazon Lookout for Equipment";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Lookout for Equipment",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonlookoutforequipment.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "lookoutequipment:IsImportingData",
] as const;
const dependentActionList = ["iam:PassRole", "lookoutequipment:TagResource"] as const;
const actionFacts = {
  /** Grants permission to create a dataset. Access level: Write. Resources: dataset*. https://docs.aws.amazon.com/lookout-for-equipment/latest/ug/API_CreateDataset.html */
  CreateDataset: "W|||0;1;|0,2|1|;",
  /** Grants permission to create an inference scheduler for a trained model. Access level: Write. Resources: inference-scheduler*, model*. https://docs.aws.amazon.com/lookout-for-equipment/latest/ug/API_CreateInferenceScheduler.html */
  CreateInferenceScheduler: "W|||1;1;,3;1;|0,2|0,1|;",
  /** Grants permission to create a label. Access level: Write. Resources: label-group*. https://docs.aws.amazon.com/lookout-for-equipment/latest/ug/API_CreateLabel.html */
  CreateLabel: "W|||2;1;|||;",
  /** Grants permission to create a label group. Access level: Write. Resources: label-group*. https://docs.aws.amazon.com/lookout-for-equipment/latest/ug/API_CreateLabelGroup.html */
  CreateLabelGroup: "W|||2;1;|0,2|1|;",
  /** Grants permission to create a model that is trained on a dataset. Access level: Write. Resources: dataset*, label-group, model*. https://docs.aws.amazon.com/lookout-for-equipment/latest/ug/API_CreateModel.html */
  CreateModel: "W|||0;1;,2;0;,3;1;|0,2|0,1|;",
  /** Grants permission to create a retraining scheduler for a trained model. Access level: Write. Resources: model*. https://docs.aws.amazon.com/lookout-for-equipment/latest/ug/API_CreateRetrainingScheduler.html */
  CreateRetrainingScheduler: "W|||3;1;|||;",
  /** Grants permission to delete a dataset. Access level: Write. Resources: dataset*. https://docs.aws.amazon.com/lookout-for-equipment/latest/ug/API_DeleteDataset.html */
  DeleteDataset: "W|||0;1;|||;",
  /** Grants permission to delete an inference scheduler. Access level: Write. Resources: inference-scheduler*. https://docs.aws.amazon.com/lookout-for-equipment/latest/ug/API_DeleteInferenceScheduler.html */
  DeleteInferenceScheduler: "W|||1;1;|||;",
  /** Grants permission to delete a label. Access level: Write. Resources: label-group*. https://docs.aws.amazon.com/lookout-for-equipment/latest/ug/API_DeleteLabel.html */
  DeleteLabel: "W|||2;1;|||;",
  /** Grants permission to delete a label group. Access level: Write. Resources: label-group*. https://docs.aws.amazon.com/lookout-for-equipment/latest/ug/API_DeleteLabelGroup.html */
  DeleteLabelGroup: "W|||2;1;|||;",
  /** Grants permission to delete a model. Access level: Write. Resources: model*. https://docs.aws.amazon.com/lookout-for-equipment/latest/ug/API_DeleteModel.html */
  DeleteModel: "W|||3;1;|||;",
  /** Grants permission to delete a resource policy. Access level: Write. Resources: dataset, model, model-version. https://docs.aws.amazon.com/lookout-for-equipment/latest/ug/API_DeleteResourcePolicy.html */
  DeleteResourcePolicy: "W|||0;0;,3;0;,4;0;|||;",
  /** Grants permission to delete a retraining scheduler of a trained model. Access level: Write. Resources: model*. https://docs.aws.amazon.com/lookout-for-equipment/latest/ug/API_DeleteRetrainingScheduler.html */
  DeleteRetrainingScheduler: "W|||3;1;|||;",
  /** Grants permission to describe a data ingestion job. Access level: Read. https://docs.aws.amazon.com/lookout-for-equipment/latest/ug/API_DescribeDataIngestionJob.html */
  DescribeDataIngestionJob: "R||||||;",
  /** Grants permission to describe a dataset. Access level: Read. Resources: dataset*. https://docs.aws.amazon.com/lookout-for-equipment/latest/ug/API_DescribeDataset.html */
  DescribeDataset: "R|||0;1;|||;",
  /** Grants permission to describe an inference scheduler. Access level: Read. Resources: inference-scheduler*. https://docs.aws.amazon.com/lookout-for-equipment/latest/ug/API_DescribeInferenceScheduler.html */
  DescribeInferenceScheduler: "R|||1;1;|||;",
  /** Grants permission to describe a label group. Access level: Read. Resources: label-group*. https://docs.aws.amazon.com/lookout-for-equipment/latest/ug/API_DescribeLabelGroup.html */
  DescribeLabelGroup: "R|||2;1;|||;",
  /** Grants permission to describe a model. Access level: Read. Resources: model*. https://docs.aws.amazon.com/lookout-for-equipment/latest/ug/API_DescribeModel.html */
  DescribeModel: "R|||3;1;|||;",
  /** Grants permission to describe a model version. Access level: Read. Resources: model-version*. https://docs.aws.amazon.com/lookout-for-equipment/latest/ug/API_DescribeModelVersion.html */
  DescribeModelVersion: "R|||4;1;|||;",
  /** Grants permission to describe a resource policy. Access level: Read. Resources: dataset, model, model-version. https://docs.aws.amazon.com/lookout-for-equipment/latest/ug/API_DescribeResourcePolicy.html */
  DescribeResourcePolicy: "R|||0;0;,3;0;,4;0;|||;",
  /** Grants permission to describe a retraining scheduler of a trained model. Access level: Read. Resources: model*. https://docs.aws.amazon.com/lookout-for-equipment/latest/ug/API_DescribeRetrainingScheduler.html */
  DescribeRetrainingScheduler: "R|||3;1;|||;",
  /** Grants permission to describe a label. Access level: Read. Resources: label-group*. https://docs.aws.amazon.com/lookout-for-equipment/latest/ug/API_DescribeLabel.html */
  Describelabel: "R|||2;1;|||DescribeLabel",
  /** Grants permission to import a dataset. Access level: Write. Resources: dataset*. https://docs.aws.amazon.com/lookout-for-equipment/latest/ug/API_ImportDataset.html */
  ImportDataset: "W|||0;1;|0,2|1|;",
  /** Grants permission to import a model version. Access level: Write. Resources: dataset*, label-group, model*. https://docs.aws.amazon.com/lookout-for-equipment/latest/ug/API_ImportModelVersion.html */
  ImportModelVersion: "W|||0;1;,2;0;,3;1;|0,2,3|1|;",
  /** Grants permission to list the data ingestion jobs in your account or for a particular dataset. Access level: List. Resources: dataset*. https://docs.aws.amazon.com/lookout-for-equipment/latest/ug/API_ListDataIngestionJobs.html */
  ListDataIngestionJobs: "L|||0;1;|||;",
  /** Grants permission to list the datasets in your account. Access level: List. https://docs.aws.amazon.com/lookout-for-equipment/latest/ug/API_ListDatasets.html */
  ListDatasets: "L||||||;",
  /** Grants permission to list the inference events for an inference scheduler. Access level: Read. Resources: inference-scheduler*. https://docs.aws.amazon.com/lookout-for-equipment/latest/ug/API_ListInferenceEvents.html */
  ListInferenceEvents: "R|||1;1;|||;",
  /** Grants permission to list the inference executions for an inference scheduler. Access level: Read. Resources: inference-scheduler*. https://docs.aws.amazon.com/lookout-for-equipment/latest/ug/API_ListInferenceExecutions.html */
  ListInferenceExecutions: "R|||1;1;|||;",
  /** Grants permission to list the inference schedulers in your account. Access level: List. https://docs.aws.amazon.com/lookout-for-equipment/latest/ug/API_ListInferenceSchedulers.html */
  ListInferenceSchedulers: "L||||||;",
  /** Grants permission to list the label groups in your account. Access level: List. Resources: label-group*. https://docs.aws.amazon.com/lookout-for-equipment/latest/ug/API_ListLabelGroups.html */
  ListLabelGroups: "L|||2;1;|||;",
  /** Grants permission to list the labels in your account. Access level: List. Resources: label-group*. https://docs.aws.amazon.com/lookout-for-equipment/latest/ug/API_ListLabels.html */
  ListLabels: "L|||2;1;|||;",
  /** Grants permission to list the model versions in your account. Access level: List. Resources: model*. https://docs.aws.amazon.com/lookout-for-equipment/latest/ug/API_ListModelVersions.html */
  ListModelVersions: "L|||3;1;|||;",
  /** Grants permission to list the models in your account. Access level: List. https://docs.aws.amazon.com/lookout-for-equipment/latest/ug/API_ListModels.html */
  ListModels: "L||||||;",
  /** Grants permission to list the retraining schedulers in your account. Access level: List. https://docs.aws.amazon.com/lookout-for-equipment/latest/ug/API_ListRetrainingSchedulers.html */
  ListRetrainingSchedulers: "L||||||;",
  /** Grants permission to list the sensor statistics for a particular dataset or an ingestion job. Access level: List. Resources: dataset*. https://docs.aws.amazon.com/lookout-for-equipment/latest/ug/API_ListSensorStatistics.html */
  ListSensorStatistics: "L|||0;1;|||;",
  /** Grants permission to list the tags for a resource. Access level: Read. Resources: dataset, inference-scheduler, label-group, model, model-version. https://docs.aws.amazon.com/lookout-for-equipment/latest/ug/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,1;0;,2;0;,3;0;,4;0;|||;",
  /** Grants permission to put a resource policy. Access level: Write. Resources: dataset, model, model-version. https://docs.aws.amazon.com/lookout-for-equipment/latest/ug/API_PutResourcePolicy.html */
  PutResourcePolicy: "W|||0;0;,3;0;,4;0;|||;",
  /** Grants permission to start a data ingestion job for a dataset. Access level: Write. Resources: dataset*. https://docs.aws.amazon.com/lookout-for-equipment/latest/ug/API_StartDataIngestionJob.html */
  StartDataIngestionJob: "W|||0;1;||0|;",
  /** Grants permission to start an inference scheduler. Access level: Write. Resources: inference-scheduler*. https://docs.aws.amazon.com/lookout-for-equipment/latest/ug/API_StartInferenceScheduler.html */
  StartInferenceScheduler: "W|||1;1;|||;",
  /** Grants permission to start a retraining scheduler of a trained model. Access level: Write. Resources: model*. https://docs.aws.amazon.com/lookout-for-equipment/latest/ug/API_StartRetrainingScheduler.html */
  StartRetrainingScheduler: "W|||3;1;|||;",
  /** Grants permission to stop an inference scheduler. Access level: Write. Resources: inference-scheduler*. https://docs.aws.amazon.com/lookout-for-equipment/latest/ug/API_StopInferenceScheduler.html */
  StopInferenceScheduler: "W|||1;1;|||;",
  /** Grants permission to stop a retraining scheduler of a trained model. Access level: Write. Resources: model*. https://docs.aws.amazon.com/lookout-for-equipment/latest/ug/API_StopRetrainingScheduler.html */
  StopRetrainingScheduler: "W|||3;1;|||;",
  /** Grants permission to tag a resource. Access level: Tagging. Resources: dataset, inference-scheduler, label-group, model, model-version. https://docs.aws.amazon.com/lookout-for-equipment/latest/ug/API_TagResource.html */
  TagResource:
    "T|||0;0;,1;0;,2;0;,3;0;,4;0;|0,2||CreateDataset,CreateInferenceScheduler,CreateLabelGroup,CreateModel,ImportDataset,ImportModelVersion,;",
  /** Grants permission to untag a resource. Access level: Tagging. Resources: dataset, inference-scheduler, label-group, model, model-version. https://docs.aws.amazon.com/lookout-for-equipment/latest/ug/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,3;0;,4;0;|2||;",
  /** Grants permission to set the active model version for a given machine learning model. Access level: Write. Resources: model*, model-version*. https://docs.aws.amazon.com/lookout-for-equipment/latest/ug/API_UpdateActiveModelVersion.html */
  UpdateActiveModelVersion: "W|||3;1;,4;1;|||;",
  /** Grants permission to update an inference scheduler. Access level: Write. Resources: inference-scheduler*. https://docs.aws.amazon.com/lookout-for-equipment/latest/ug/API_UpdateInferenceScheduler.html */
  UpdateInferenceScheduler: "W|||1;1;||0|;",
  /** Grants permission to update a label group. Access level: Write. Resources: label-group*. https://docs.aws.amazon.com/lookout-for-equipment/latest/ug/API_UpdateLabelGroup.html */
  UpdateLabelGroup: "W|||2;1;|||;",
  /** Grants permission to update a trained model. Access level: Write. Resources: model*. https://docs.aws.amazon.com/lookout-for-equipment/latest/ug/API_UpdateModel.html */
  UpdateModel: "W|||3;1;||0|;",
  /** Grants permission to update a retraining scheduler of a trained model. Access level: Write. Resources: model*. https://docs.aws.amazon.com/lookout-for-equipment/latest/ug/API_UpdateRetrainingScheduler.html */
  UpdateRetrainingScheduler: "W|||3;1;|||;",
} as const;
const actionDetails = {
  CreateDataset: "|,;~~~|Grants permission to create a dataset",
  CreateInferenceScheduler: "|,;~~~|Grants permission to create an inference scheduler for a trained model",
  CreateLabel: "|,;~~~|Grants permission to create a label",
  CreateLabelGroup: "|,;~~~|Grants permission to create a label group",
  CreateModel: "|,;~~~|Grants permission to create a model that is trained on a dataset",
  CreateRetrainingScheduler: "|,;~~~|Grants permission to create a retraining scheduler for a trained model",
  DeleteDataset: "|,;~~~|Grants permission to delete a dataset",
  DeleteInferenceScheduler: "|,;~~~|Grants permission to delete an inference scheduler",
  DeleteLabel: "|,;~~~|Grants permission to delete a label",
  DeleteLabelGroup: "|,;~~~|Grants permission to delete a label group",
  DeleteModel: "|,;~~~|Grants permission to delete a model",
  DeleteResourcePolicy: "|,;~~~|Grants permission to delete a resource policy",
  DeleteRetrainingScheduler: "|,;~~~|Grants permission to delete a retraining scheduler of a trained model",
  DescribeDataIngestionJob: "|,;~~~|Grants permission to describe a data ingestion job",
  DescribeDataset: "|,;~~~|Grants permission to describe a dataset",
  DescribeInferenceScheduler: "|,;~~~|Grants permission to describe an inference scheduler",
  DescribeLabelGroup: "|,;~~~|Grants permission to describe a label group",
  DescribeModel: "|,;~~~|Grants permission to describe a model",
  DescribeModelVersion: "|,;~~~|Grants permission to describe a model version",
  DescribeResourcePolicy: "|,;~~~|Grants permission to describe a resource policy",
  DescribeRetrainingScheduler: "|,;~~~|Grants permission to describe a retraining scheduler of a trained model",
  Describelabel: "|,;~~~|Grants permission to describe a label",
  ImportDataset: "|,;~~~|Grants permission to import a dataset",
  ImportModelVersion: "|,;~~~|Grants permission to import a model version",
  ListDataIngestionJobs:
    "|,;~~~|Grants permission to list the data ingestion jobs in your account or for a particular dataset",
  ListDatasets: "|,;~~~|Grants permission to list the datasets in your account",
  ListInferenceEvents: "|,;~~~|Grants permission to list the inference events for an inference scheduler",
  ListInferenceExecutions: "|,;~~~|Grants permission to list the inference executions for an inference scheduler",
  ListInferenceSchedulers: "|,;~~~|Grants permission to list the inference schedulers in your account",
  ListLabelGroups: "|,;~~~|Grants permission to list the label groups in your account",
  ListLabels: "|,;~~~|Grants permission to list the labels in your account",
  ListModelVersions: "|,;~~~|Grants permission to list the model versions in your account",
  ListModels: "|,;~~~|Grants permission to list the models in your account",
  ListRetrainingSchedulers: "|,;~~~|Grants permission to list the retraining schedulers in your account",
  ListSensorStatistics:
    "|,;~~~|Grants permission to list the sensor statistics for a particular dataset or an ingestion job",
  ListTagsForResource: "|,;~~~|Grants permission to list the tags for a resource",
  PutResourcePolicy: "|,;~~~|Grants permission to put a resource policy",
  StartDataIngestionJob: "|,;~~~|Grants permission to start a data ingestion job for a dataset",
  StartInferenceScheduler: "|,;~~~|Grants permission to start an inference scheduler",
  StartRetrainingScheduler: "|,;~~~|Grants permission to start a retraining scheduler of a trained model",
  StopInferenceScheduler: "|,;~~~|Grants permission to stop an inference scheduler",
  StopRetrainingScheduler: "|,;~~~|Grants permission to stop a retraining scheduler of a trained model",
  TagResource: "|,;~~~,~~,~~,~~,~~,~~,~~|Grants permission to tag a resource",
  UntagResource: "|,;~~~|Grants permission to untag a resource",
  UpdateActiveModelVersion:
    "|,;~~~|Grants permission to set the active model version for a given machine learning model",
  UpdateInferenceScheduler: "|,;~~~|Grants permission to update an inference scheduler",
  UpdateLabelGroup: "|,;~~~|Grants permission to update a label group",
  UpdateModel: "|,;~~~|Grants permission to update a trained model",
  UpdateRetrainingScheduler: "|,;~~~|Grants permission to update a retraining scheduler of a trained model",
};
const resourceTypeFacts = {
  /** The dataset resource type: arn:${Partition}:lookoutequipment:${Region}:${Account}:dataset/${DatasetName}/${DatasetId} */
  dataset: "|,|1",
  /** The inference-scheduler resource type: arn:${Partition}:lookoutequipment:${Region}:${Account}:inference-scheduler/${InferenceSchedulerName}/${InferenceSchedulerId} */
  "inference-scheduler": "|,inferenceScheduler|1",
  /** The label-group resource type: arn:${Partition}:lookoutequipment:${Region}:${Account}:label-group/${LabelGroupName}/${LabelGroupId} */
  "label-group": "|,labelGroup|1",
  /** The model resource type: arn:${Partition}:lookoutequipment:${Region}:${Account}:model/${ModelName}/${ModelId} */
  model: "|,|1",
  /** The model-version resource type: arn:${Partition}:lookoutequipment:${Region}:${Account}:model/${ModelName}/${ModelId}/model-version/${ModelVersionNumber} */
  "model-version": "|,modelVersion|1",
} as const;
const arnFormats = {
  /** ARN of a dataset resource: arn:${Partition}:lookoutequipment:${Region}:${Account}:dataset/${DatasetName}/${DatasetId}. */
  dataset: "|,dataset|arn:|Partition|:lookoutequipment:|Region|:|Account|:dataset/|DatasetName|/|DatasetId|",
  /** ARN of a inference-scheduler resource: arn:${Partition}:lookoutequipment:${Region}:${Account}:inference-scheduler/${InferenceSchedulerName}/${InferenceSchedulerId}. */
  inferenceScheduler:
    "|,inference-scheduler|arn:|Partition|:lookoutequipment:|Region|:|Account|:inference-scheduler/|InferenceSchedulerName|/|InferenceSchedulerId|",
  /** ARN of a label-group resource: arn:${Partition}:lookoutequipment:${Region}:${Account}:label-group/${LabelGroupName}/${LabelGroupId}. */
  labelGroup:
    "|,label-group|arn:|Partition|:lookoutequipment:|Region|:|Account|:label-group/|LabelGroupName|/|LabelGroupId|",
  /** ARN of a model resource: arn:${Partition}:lookoutequipment:${Region}:${Account}:model/${ModelName}/${ModelId}. */
  model: "|,model|arn:|Partition|:lookoutequipment:|Region|:|Account|:model/|ModelName|/|ModelId|",
  /** ARN of a model-version resource: arn:${Partition}:lookoutequipment:${Region}:${Account}:model/${ModelName}/${ModelId}/model-version/${ModelVersionNumber}. */
  modelVersion:
    "|,model-version|arn:|Partition|:lookoutequipment:|Region|:|Account|:model/|ModelName|/|ModelId|/model-version/|ModelVersionNumber|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["dataset", "inference-scheduler", "label-group", "model", "model-version"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "lookoutequipment">;
/** Any lookoutequipment action. */
export type Action = ActionOf<typeof actionFacts, "lookoutequipment">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "lookoutequipment">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "lookoutequipment" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every lookoutequipment action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the import strategy of underlying data. */
  "lookoutequipment:IsImportingData": "Bool";
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
  "lookoutequipment:IsImportingData": "|,Bool|0||Filters access by the import strategy of underlying data",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "lookoutequipment",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
