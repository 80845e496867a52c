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
export const prefix: "iotanalytics" = "iotanalytics";
/** The service's name in the reference. */
export const serviceName: "AWS IoT Analytics" = "AWS IoT Analytics";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS IoT Analytics",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsiotanalytics.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:TagKeys", "iotanalytics:ResourceTag/${TagKey}"] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Puts a batch of messages into the specified channel. Access level: Write. Resources: channel*. https://docs.aws.amazon.com/iotanalytics/latest/APIReference/API_BatchPutMessage.html */
  BatchPutMessage: "W|||0;1;|||",
  /** Cancels reprocessing for the specified pipeline. Access level: Write. Resources: pipeline*. https://docs.aws.amazon.com/iotanalytics/latest/APIReference/API_CancelPipelineReprocessing.html */
  CancelPipelineReprocessing: "W|||3;1;|||",
  /** Creates a channel. Access level: Write. Resources: channel*. https://docs.aws.amazon.com/iotanalytics/latest/APIReference/API_CreateChannel.html */
  CreateChannel: "W|||0;1;|0,1||",
  /** Creates a dataset. Access level: Write. Resources: dataset*. https://docs.aws.amazon.com/iotanalytics/latest/APIReference/API_CreateDataset.html */
  CreateDataset: "W|||1;1;|0,1||",
  /** Generates content from the specified dataset (by executing the dataset actions). Access level: Write. Resources: dataset*. https://docs.aws.amazon.com/iotanalytics/latest/APIReference/API_CreateDatasetContent.html */
  CreateDatasetContent: "W|||1;1;|||",
  /** Creates a datastore. Access level: Write. Resources: datastore*. https://docs.aws.amazon.com/iotanalytics/latest/APIReference/API_CreateDatastore.html */
  CreateDatastore: "W|||2;1;|0,1||",
  /** Creates a pipeline. Access level: Write. Resources: pipeline*. https://docs.aws.amazon.com/iotanalytics/latest/APIReference/API_CreatePipeline.html */
  CreatePipeline: "W|||3;1;|0,1||",
  /** Deletes the specified channel. Access level: Write. Resources: channel*. https://docs.aws.amazon.com/iotanalytics/latest/APIReference/API_DeleteChannel.html */
  DeleteChannel: "W|||0;1;|||",
  /** Deletes the specified dataset. Access level: Write. Resources: dataset*. https://docs.aws.amazon.com/iotanalytics/latest/APIReference/API_DeleteDataset.html */
  DeleteDataset: "W|||1;1;|||",
  /** Deletes the content of the specified dataset. Access level: Write. Resources: dataset*. https://docs.aws.amazon.com/iotanalytics/latest/APIReference/API_DeleteDatasetContent.html */
  DeleteDatasetContent: "W|||1;1;|||",
  /** Deletes the specified datastore. Access level: Write. Resources: datastore*. https://docs.aws.amazon.com/iotanalytics/latest/APIReference/API_DeleteDatastore.html */
  DeleteDatastore: "W|||2;1;|||",
  /** Deletes the specified pipeline. Access level: Write. Resources: pipeline*. https://docs.aws.amazon.com/iotanalytics/latest/APIReference/API_DeletePipeline.html */
  DeletePipeline: "W|||3;1;|||",
  /** Describes the specified channel. Access level: Read. Resources: channel*. https://docs.aws.amazon.com/iotanalytics/latest/APIReference/API_DescribeChannel.html */
  DescribeChannel: "R|||0;1;|||",
  /** Describes the specified dataset. Access level: Read. Resources: dataset*. https://docs.aws.amazon.com/iotanalytics/latest/APIReference/API_DescribeDataset.html */
  DescribeDataset: "R|||1;1;|||",
  /** Describes the specified datastore. Access level: Read. Resources: datastore*. https://docs.aws.amazon.com/iotanalytics/latest/APIReference/API_DescribeDatastore.html */
  DescribeDatastore: "R|||2;1;|||",
  /** Describes logging options for the the account. Access level: Read. https://docs.aws.amazon.com/iotanalytics/latest/APIReference/API_DescribeLoggingOptions.html */
  DescribeLoggingOptions: "R||||||",
  /** Describes the specified pipeline. Access level: Read. Resources: pipeline*. https://docs.aws.amazon.com/iotanalytics/latest/APIReference/API_DescribePipeline.html */
  DescribePipeline: "R|||3;1;|||",
  /** Gets the content of the specified dataset. Access level: Read. Resources: dataset*. https://docs.aws.amazon.com/iotanalytics/latest/APIReference/API_GetDatasetContent.html */
  GetDatasetContent: "R|||1;1;|||",
  /** Lists the channels for the account. Access level: List. https://docs.aws.amazon.com/iotanalytics/latest/APIReference/API_ListChannels.html */
  ListChannels: "L||||||",
  /** Lists information about dataset contents that have been created. Access level: List. Resources: dataset*. https://docs.aws.amazon.com/iotanalytics/latest/APIReference/API_ListDatasetContents.html */
  ListDatasetContents: "L|||1;1;|||",
  /** Lists the datasets for the account. Access level: List. https://docs.aws.amazon.com/iotanalytics/latest/APIReference/API_ListDatasets.html */
  ListDatasets: "L||||||",
  /** Lists the datastores for the account. Access level: List. https://docs.aws.amazon.com/iotanalytics/latest/APIReference/API_ListDatastores.html */
  ListDatastores: "L||||||",
  /** Lists the pipelines for the account. Access level: List. https://docs.aws.amazon.com/iotanalytics/latest/APIReference/API_ListPipelines.html */
  ListPipelines: "L||||||",
  /** Lists the tags (metadata) which you have assigned to the resource. Access level: Read. Resources: channel, dataset, datastore, pipeline. https://docs.aws.amazon.com/iotanalytics/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,1;0;,2;0;,3;0;|||",
  /** Puts logging options for the the account. Access level: Write. https://docs.aws.amazon.com/iotanalytics/latest/APIReference/API_PutLoggingOptions.html */
  PutLoggingOptions: "W||||||",
  /** Runs the specified pipeline activity. Access level: Read. https://docs.aws.amazon.com/iotanalytics/latest/APIReference/API_RunPipelineActivity.html */
  RunPipelineActivity: "R||||||",
  /** Samples the specified channel's data. Access level: Read. Resources: channel*. https://docs.aws.amazon.com/iotanalytics/latest/APIReference/API_SampleChannelData.html */
  SampleChannelData: "R|||0;1;|||",
  /** Starts reprocessing for the specified pipeline. Access level: Write. Resources: pipeline*. https://docs.aws.amazon.com/iotanalytics/latest/APIReference/API_StartPipelineReprocessing.html */
  StartPipelineReprocessing: "W|||3;1;|||",
  /** Adds to or modifies the tags of the given resource. Tags are metadata which can be used to manage a resource. Access level: Tagging. Resources: channel, dataset, datastore, pipeline. https://docs.aws.amazon.com/iotanalytics/latest/APIReference/API_TagResource.html */
  TagResource: "T|||0;0;,1;0;,2;0;,3;0;|0,1||",
  /** Removes the given tags (metadata) from the resource. Access level: Tagging. Resources: channel, dataset, datastore, pipeline. https://docs.aws.amazon.com/iotanalytics/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,3;0;|0,1||",
  /** Updates the specified channel. Access level: Write. Resources: channel*. https://docs.aws.amazon.com/iotanalytics/latest/APIReference/API_UpdateChannel.html */
  UpdateChannel: "W|||0;1;|||",
  /** Updates the specified dataset. Access level: Write. Resources: dataset*. https://docs.aws.amazon.com/iotanalytics/latest/APIReference/API_UpdateDataset.html */
  UpdateDataset: "W|||1;1;|||",
  /** Updates the specified datastore. Access level: Write. Resources: datastore*. https://docs.aws.amazon.com/iotanalytics/latest/APIReference/API_UpdateDatastore.html */
  UpdateDatastore: "W|||2;1;|||",
  /** Updates the specified pipeline. Access level: Write. Resources: pipeline*. https://docs.aws.amazon.com/iotanalytics/latest/APIReference/API_UpdatePipeline.html */
  UpdatePipeline: "W|||3;1;|||",
} as const;
const actionDetails = {
  BatchPutMessage: "|,;~|Puts a batch of messages into the specified channel",
  CancelPipelineReprocessing: "|,;~|Cancels reprocessing for the specified pipeline",
  CreateChannel: "|,;~|Creates a channel",
  CreateDataset: "|,;~|Creates a dataset",
  CreateDatasetContent: "|,;~|Generates content from the specified dataset (by executing the dataset actions)",
  CreateDatastore: "|,;~|Creates a datastore",
  CreatePipeline: "|,;~|Creates a pipeline",
  DeleteChannel: "|,;~|Deletes the specified channel",
  DeleteDataset: "|,;~|Deletes the specified dataset",
  DeleteDatasetContent: "|,;~|Deletes the content of the specified dataset",
  DeleteDatastore: "|,;~|Deletes the specified datastore",
  DeletePipeline: "|,;~|Deletes the specified pipeline",
  DescribeChannel: "|,;~|Describes the specified channel",
  DescribeDataset: "|,;~|Describes the specified dataset",
  DescribeDatastore: "|,;~|Describes the specified datastore",
  DescribeLoggingOptions: "|,;~|Describes logging options for the the account",
  DescribePipeline: "|,;~|Describes the specified pipeline",
  GetDatasetContent: "|,;~|Gets the content of the specified dataset",
  ListChannels: "|,;~|Lists the channels for the account",
  ListDatasetContents: "|,;~|Lists information about dataset contents that have been created",
  ListDatasets: "|,;~|Lists the datasets for the account",
  ListDatastores: "|,;~|Lists the datastores for the account",
  ListPipelines: "|,;~|Lists the pipelines for the account",
  ListTagsForResource: "|,;~|Lists the tags (metadata) which you have assigned to the resource",
  PutLoggingOptions: "|,;~|Puts logging options for the the account",
  RunPipelineActivity: "|,;~|Runs the specified pipeline activity",
  SampleChannelData: "|,;~|Samples the specified channel's data",
  StartPipelineReprocessing: "|,;~|Starts reprocessing for the specified pipeline",
  TagResource:
    "|,;~|Adds to or modifies the tags of the given resource. Tags are metadata which can be used to manage a resource",
  UntagResource: "|,;~|Removes the given tags (metadata) from the resource",
  UpdateChannel: "|,;~|Updates the specified channel",
  UpdateDataset: "|,;~|Updates the specified dataset",
  UpdateDatastore: "|,;~|Updates the specified datastore",
  UpdatePipeline: "|,;~|Updates the specified pipeline",
};
const resourceTypeFacts = {
  /** The channel resource type: arn:${Partition}:iotanalytics:${Region}:${Account}:channel/${ChannelName} */
  channel: "|,|0,1,2",
  /** The dataset resource type: arn:${Partition}:iotanalytics:${Region}:${Account}:dataset/${DatasetName} */
  dataset: "|,|0,1,2",
  /** The datastore resource type: arn:${Partition}:iotanalytics:${Region}:${Account}:datastore/${DatastoreName} */
  datastore: "|,|0,1,2",
  /** The pipeline resource type: arn:${Partition}:iotanalytics:${Region}:${Account}:pipeline/${PipelineName} */
  pipeline: "|,|0,1,2",
} as const;
const arnFormats = {
  /** ARN of a channel resource: arn:${Partition}:iotanalytics:${Region}:${Account}:channel/${ChannelName}. */
  channel: "|,channel|arn:|Partition|:iotanalytics:|Region|:|Account|:channel/|ChannelName|",
  /** ARN of a dataset resource: arn:${Partition}:iotanalytics:${Region}:${Account}:dataset/${DatasetName}. */
  dataset: "|,dataset|arn:|Partition|:iotanalytics:|Region|:|Account|:dataset/|DatasetName|",
  /** ARN of a datastore resource: arn:${Partition}:iotanalytics:${Region}:${Account}:datastore/${DatastoreName}. */
  datastore: "|,datastore|arn:|Partition|:iotanalytics:|Region|:|Account|:datastore/|DatastoreName|",
  /** ARN of a pipeline resource: arn:${Partition}:iotanalytics:${Region}:${Account}:pipeline/${PipelineName}. */
  pipeline: "|,pipeline|arn:|Partition|:iotanalytics:|Region|:|Account|:pipeline/|PipelineName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["channel", "dataset", "datastore", "pipeline"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "iotanalytics">;
/** Any iotanalytics action. */
export type Action = ActionOf<typeof actionFacts, "iotanalytics">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "iotanalytics">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "", client: "" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every iotanalytics action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access based on the tags that are passed in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by the tag key-value pairs attached to the resource. */
  [key: `iotanalytics:ResourceTag/${string}`]: "String";
  /** Filters access based on the presence of tag keys in the request. */
  "aws:TagKeys": "ArrayOfString";
}

/** Condition key -> value type. */
export type ConditionKeys = ConditionKeysOf<ConditionKeyTypes>;

/** Condition key with a placeholder, as the reference writes it -> its template-literal key. */
export interface ConditionKeyPatterns {
  /** aws:RequestTag/${TagKey} */
  "aws:RequestTag/${TagKey}": `aws:RequestTag/${string}`;
  /** iotanalytics:ResourceTag/${TagKey} */
  "iotanalytics:ResourceTag/${TagKey}": `iotanalytics:ResourceTag/${string}`;
}

/** A condition key as the reference writes it. */
export type ConditionKeyName = (typeof conditionKeyList)[number];
/** Condition key -> description, types, deprecation. */
export type ConditionKeyInfos = { readonly [K in ConditionKeyName]: ConditionKeyInfo };
const conditionKeyRows: { readonly [K in ConditionKeyName]: string } = {
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access based on the tags that are passed in the request",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access based on the presence of tag keys in the request",
  "iotanalytics:ResourceTag/${TagKey}":
    "|,String|0||Filters access by the tag key-value pairs attached to the resource",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "iotanalytics",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
