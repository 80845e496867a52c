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
export const prefix: "kinesis" = "kinesis";
/** The service's name in the reference. */
export const serviceName: "Amazon Kinesis Data Streams" = "Amazon Kinesis Data Streams";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Kinesis Data Streams",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonkinesisdatastreams.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "kinesis:FisActionId",
  "kinesis:FisInjectPercentage",
  "kinesis:FisTargetArns",
] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to add or update tags for the specified Amazon Kinesis stream. Each stream can have up to 50 tags. Access level: Tagging. Resources: stream*. https://docs.aws.amazon.com/kinesis/latest/APIReference/API_AddTagsToStream.html */
  AddTagsToStream: "T|||2;1;0~1~2|||;,CreateStream",
  /** Grants permission to create a Amazon Kinesis stream. Access level: Write. Resources: stream*. https://docs.aws.amazon.com/kinesis/latest/APIReference/API_CreateStream.html */
  CreateStream: "W|||2;1;0~1~2||kinesis:AddTagsToStream|;",
  /** Grants permission to decrease the stream's retention period, which is the length of time data records are accessible after they are added to the stream. Access level: Write. Resources: stream*. https://docs.aws.amazon.com/kinesis/latest/APIReference/API_DecreaseStreamRetentionPeriod.html */
  DecreaseStreamRetentionPeriod: "W|||2;1;1|||;",
  /** Grants permission to delete a resource policy associated with a specified stream or consumer. Access level: Write. Resources: consumer*, stream*. https://docs.aws.amazon.com/kinesis/latest/APIReference/API_DeleteResourcePolicy.html */
  DeleteResourcePolicy: "W|||0;1;1,2;1;1|||;",
  /** Grants permission to delete a stream and all its shards and data. Access level: Write. Resources: stream*. https://docs.aws.amazon.com/kinesis/latest/APIReference/API_DeleteStream.html */
  DeleteStream: "W|||2;1;1|||;",
  /** Grants permission to deregister a stream consumer with a Kinesis data stream. Access level: Write. Resources: consumer*. https://docs.aws.amazon.com/kinesis/latest/APIReference/API_DeregisterStreamConsumer.html */
  DeregisterStreamConsumer: "W|||0;1;1|||;",
  /** Grants permission to describe the account-level settings for Amazon Kinesis Data Streams. Access level: Read. https://docs.aws.amazon.com/kinesis/latest/APIReference/API_DescribeAccountSettings.html */
  DescribeAccountSettings: "R||||||;",
  /** Grants permission to describe the shard limits and usage for the account. Access level: Read. https://docs.aws.amazon.com/kinesis/latest/APIReference/API_DescribeLimits.html */
  DescribeLimits: "R||||||;",
  /** Grants permission to describe the specified stream. Access level: Read. Resources: stream*. https://docs.aws.amazon.com/kinesis/latest/APIReference/API_DescribeStream.html */
  DescribeStream: "R|||2;1;1|||;",
  /** Grants permission to get the description of a registered stream consumer. Access level: Read. Resources: consumer*. https://docs.aws.amazon.com/kinesis/latest/APIReference/API_DescribeStreamConsumer.html */
  DescribeStreamConsumer: "R|||0;1;1|||;",
  /** Grants permission to provide a summarized description of the specified Kinesis data stream without the shard list. Access level: Read. Resources: stream*. https://docs.aws.amazon.com/kinesis/latest/APIReference/API_DescribeStreamSummary.html */
  DescribeStreamSummary: "R|||2;1;1|||;",
  /** Grants permission to disables enhanced monitoring. Access level: Write. https://docs.aws.amazon.com/kinesis/latest/APIReference/API_DisableEnhancedMonitoring.html */
  DisableEnhancedMonitoring: "W||||||;",
  /** Grants permission to enable enhanced Kinesis data stream monitoring for shard-level metrics. Access level: Write. https://docs.aws.amazon.com/kinesis/latest/APIReference/API_EnableEnhancedMonitoring.html */
  EnableEnhancedMonitoring: "W||||||;",
  /** Grants permission to get data records from a shard. Access level: Read. Resources: stream*. https://docs.aws.amazon.com/kinesis/latest/APIReference/API_GetRecords.html */
  GetRecords: "R|||2;1;1|||;",
  /** Grants permission to get a resource policy associated with a specified stream or consumer. Access level: Read. Resources: consumer*, stream*. https://docs.aws.amazon.com/kinesis/latest/APIReference/API_GetResourcePolicy.html */
  GetResourcePolicy: "R|||0;1;1,2;1;1|||;",
  /** Grants permission to get a shard iterator. A shard iterator expires five minutes after it is returned to the requester. Access level: Read. Resources: stream*. https://docs.aws.amazon.com/kinesis/latest/APIReference/API_GetShardIterator.html */
  GetShardIterator: "R|||2;1;1|||;",
  /** Grants permission to increase the stream's retention period, which is the length of time data records are accessible after they are added to the stream. Access level: Write. Resources: stream*. https://docs.aws.amazon.com/kinesis/latest/APIReference/API_IncreaseStreamRetentionPeriod.html */
  IncreaseStreamRetentionPeriod: "W|||2;1;1|||;",
  /** Grants permission to temporarily inject errors for target API requests. Access level: Write. Permission only. https://docs.aws.amazon.com/fis/latest/userguide/fis-actions-reference.html */
  InjectApiError: "W||1||3,4,5||",
  /** Grants permission to list the shards in a stream and provides information about each shard. Access level: List. Resources: stream*. https://docs.aws.amazon.com/kinesis/latest/APIReference/API_ListShards.html */
  ListShards: "L|||2;1;1|||;",
  /** Grants permission to list the stream consumers registered to receive data from a Kinesis stream using enhanced fan-out, and provides information about each consumer. Access level: List. Resources: stream*. https://docs.aws.amazon.com/kinesis/latest/APIReference/API_ListStreamConsumers.html */
  ListStreamConsumers: "L|||2;1;1|||;",
  /** Grants permission to list your streams. Access level: List. https://docs.aws.amazon.com/kinesis/latest/APIReference/API_ListStreams.html */
  ListStreams: "L||||||;",
  /** Grants permission to list the tags for the specified Amazon Kinesis resource. Access level: Read. Resources: consumer*, stream*. https://docs.aws.amazon.com/kinesis/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;1;1,2;1;1|||;",
  /** Grants permission to list the tags for the specified Amazon Kinesis stream. Access level: Read. Resources: stream*. https://docs.aws.amazon.com/kinesis/latest/APIReference/API_ListTagsForStream.html */
  ListTagsForStream: "R|||2;1;1|||;",
  /** Grants permission to merge two adjacent shards in a stream and combines them into a single shard to reduce the stream's capacity to ingest and transport data. Access level: Write. Resources: stream*. https://docs.aws.amazon.com/kinesis/latest/APIReference/API_MergeShards.html */
  MergeShards: "W|||2;1;1|||;",
  /** Grants permission to write a single data record from a producer into an Amazon Kinesis stream. Access level: Write. Resources: stream*. https://docs.aws.amazon.com/kinesis/latest/APIReference/API_PutRecord.html */
  PutRecord: "W|||2;1;1|||;",
  /** Grants permission to write multiple data records from a producer into an Amazon Kinesis stream in a single call (also referred to as a PutRecords request). Access level: Write. Resources: stream*. https://docs.aws.amazon.com/kinesis/latest/APIReference/API_PutRecords.html */
  PutRecords: "W|||2;1;1|||;",
  /** Grants permission to attach a resource policy to a specified stream or consumer. Access level: Write. Resources: consumer*, stream*. https://docs.aws.amazon.com/kinesis/latest/APIReference/API_PutResourcePolicy.html */
  PutResourcePolicy: "W|||0;1;1,2;1;1|||;",
  /** Grants permission to register a stream consumer with a Kinesis data stream. Access level: Write. Resources: stream*. https://docs.aws.amazon.com/kinesis/latest/APIReference/API_RegisterStreamConsumer.html */
  RegisterStreamConsumer: "W|||2;1;0~1~2||kinesis:TagResource|;",
  /** Grants permission to remove tags from the specified Kinesis data stream. Removed tags are deleted and cannot be recovered after this operation successfully completes. Access level: Tagging. Resources: stream*. https://docs.aws.amazon.com/kinesis/latest/APIReference/API_RemoveTagsFromStream.html */
  RemoveTagsFromStream: "T|||2;1;1~2|||;",
  /** Grants permission to split a shard into two new shards in the Kinesis data stream, to increase the stream's capacity to ingest and transport data. Access level: Write. Resources: stream*. https://docs.aws.amazon.com/kinesis/latest/APIReference/API_SplitShard.html */
  SplitShard: "W|||2;1;1|||;",
  /** Grants permission to enable or update server-side encryption using an AWS KMS key for a specified stream. Access level: Write. Resources: kmsKey*, stream*. https://docs.aws.amazon.com/kinesis/latest/APIReference/API_StartStreamEncryption.html */
  StartStreamEncryption: "W|||1;1;,2;1;1|||;",
  /** Grants permission to disable server-side encryption for a specified stream. Access level: Write. Resources: kmsKey*, stream*. https://docs.aws.amazon.com/kinesis/latest/APIReference/API_StopStreamEncryption.html */
  StopStreamEncryption: "W|||1;1;,2;1;1|||;",
  /** Grants permission to listen to a specific shard with enhanced fan-out. Access level: Read. Resources: consumer*. https://docs.aws.amazon.com/kinesis/latest/APIReference/API_SubscribeToShard.html */
  SubscribeToShard: "R|||0;1;1|||;",
  /** Grants permission to add or update tags for the specified Amazon Kinesis resource. Each resource can have up to 50 tags. Access level: Tagging. Resources: consumer*, stream*. https://docs.aws.amazon.com/kinesis/latest/APIReference/API_TagResource.html */
  TagResource: "T|||0;1;0~1~2,2;1;0~1~2|||RegisterStreamConsumer,;",
  /** Grants permission to remove tags from the specified Kinesis data resource. Removed tags are deleted and cannot be recovered after this operation successfully completes. Access level: Tagging. Resources: consumer*, stream*. https://docs.aws.amazon.com/kinesis/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;1;1~2,2;1;1~2|||;",
  /** Grants permission to update the account-level settings for Amazon Kinesis Data Streams. Access level: Write. https://docs.aws.amazon.com/kinesis/latest/APIReference/API_UpdateAccountSettings.html */
  UpdateAccountSettings: "W||||||;",
  /** Grants permission to update the maximum record size for a Kinesis data stream. Access level: Write. Resources: stream*. https://docs.aws.amazon.com/kinesis/latest/APIReference/API_UpdateMaxRecordSize.html */
  UpdateMaxRecordSize: "W|||2;1;1|||;",
  /** Grants permission to update the shard count of the specified stream to the specified number of shards. Access level: Write. https://docs.aws.amazon.com/kinesis/latest/APIReference/API_UpdateShardCount.html */
  UpdateShardCount: "W||||||;",
  /** Grants permission to update the capacity mode of the data stream. Access level: Write. https://docs.aws.amazon.com/kinesis/latest/APIReference/API_UpdateStreamMode.html */
  UpdateStreamMode: "W||||||;",
  /** Grants permission to update the warm throughput for a Kinesis on-demand data stream. Access level: Write. Resources: stream*. https://docs.aws.amazon.com/kinesis/latest/APIReference/API_UpdateStreamWarmThroughput.html */
  UpdateStreamWarmThroughput: "W|||2;1;1|||;",
} as const;
const actionDetails = {
  AddTagsToStream:
    "|,;~~~,~~|Grants permission to add or update tags for the specified Amazon Kinesis stream. Each stream can have up to 50 tags",
  CreateStream: "|,;~~~|Grants permission to create a Amazon Kinesis stream",
  DecreaseStreamRetentionPeriod:
    "|,;~~~|Grants permission to decrease the stream's retention period, which is the length of time data records are accessible after they are added to the stream",
  DeleteResourcePolicy:
    "|,;~~~|Grants permission to delete a resource policy associated with a specified stream or consumer",
  DeleteStream: "|,;~~~|Grants permission to delete a stream and all its shards and data",
  DeregisterStreamConsumer: "|,;~~~|Grants permission to deregister a stream consumer with a Kinesis data stream",
  DescribeAccountSettings:
    "|,;~~~|Grants permission to describe the account-level settings for Amazon Kinesis Data Streams",
  DescribeLimits: "|,;~~~|Grants permission to describe the shard limits and usage for the account",
  DescribeStream: "|,;~~~|Grants permission to describe the specified stream",
  DescribeStreamConsumer: "|,;~~~|Grants permission to get the description of a registered stream consumer",
  DescribeStreamSummary:
    "|,;~~~|Grants permission to provide a summarized description of the specified Kinesis data stream without the shard list",
  DisableEnhancedMonitoring: "|,;~~~|Grants permission to disables enhanced monitoring",
  EnableEnhancedMonitoring:
    "|,;~~~|Grants permission to enable enhanced Kinesis data stream monitoring for shard-level metrics",
  GetRecords: "|,;~~~|Grants permission to get data records from a shard",
  GetResourcePolicy: "|,;~~~|Grants permission to get a resource policy associated with a specified stream or consumer",
  GetShardIterator:
    "|,;~~~|Grants permission to get a shard iterator. A shard iterator expires five minutes after it is returned to the requester",
  IncreaseStreamRetentionPeriod:
    "|,;~~~|Grants permission to increase the stream's retention period, which is the length of time data records are accessible after they are added to the stream",
  InjectApiError: "|,;~|Grants permission to temporarily inject errors for target API requests",
  ListShards: "|,;~~~|Grants permission to list the shards in a stream and provides information about each shard",
  ListStreamConsumers:
    "|,;~~~|Grants permission to list the stream consumers registered to receive data from a Kinesis stream using enhanced fan-out, and provides information about each consumer",
  ListStreams: "|,;~~~|Grants permission to list your streams",
  ListTagsForResource: "|,;~~~|Grants permission to list the tags for the specified Amazon Kinesis resource",
  ListTagsForStream: "|,;~~~|Grants permission to list the tags for the specified Amazon Kinesis stream",
  MergeShards:
    "|,;~~~|Grants permission to merge two adjacent shards in a stream and combines them into a single shard to reduce the stream's capacity to ingest and transport data",
  PutRecord: "|,;~~~|Grants permission to write a single data record from a producer into an Amazon Kinesis stream",
  PutRecords:
    "|,;~~~|Grants permission to write multiple data records from a producer into an Amazon Kinesis stream in a single call (also referred to as a PutRecords request)",
  PutResourcePolicy: "|,;~~~|Grants permission to attach a resource policy to a specified stream or consumer",
  RegisterStreamConsumer: "|,;~~~|Grants permission to register a stream consumer with a Kinesis data stream",
  RemoveTagsFromStream:
    "|,;~~~|Grants permission to remove tags from the specified Kinesis data stream. Removed tags are deleted and cannot be recovered after this operation successfully completes",
  SplitShard:
    "|,;~~~|Grants permission to split a shard into two new shards in the Kinesis data stream, to increase the stream's capacity to ingest and transport data",
  StartStreamEncryption:
    "|,;~~~|Grants permission to enable or update server-side encryption using an AWS KMS key for a specified stream",
  StopStreamEncryption: "|,;~~~|Grants permission to disable server-side encryption for a specified stream",
  SubscribeToShard: "|,;~~~|Grants permission to listen to a specific shard with enhanced fan-out",
  TagResource:
    "|,;~~~,~~|Grants permission to add or update tags for the specified Amazon Kinesis resource. Each resource can have up to 50 tags",
  UntagResource:
    "|,;~~~|Grants permission to remove tags from the specified Kinesis data resource. Removed tags are deleted and cannot be recovered after this operation successfully completes",
  UpdateAccountSettings:
    "|,;~~~|Grants permission to update the account-level settings for Amazon Kinesis Data Streams",
  UpdateMaxRecordSize: "|,;~~~|Grants permission to update the maximum record size for a Kinesis data stream",
  UpdateShardCount:
    "|,;~~~|Grants permission to update the shard count of the specified stream to the specified number of shards",
  UpdateStreamMode: "|,;~~~|Grants permission to update the capacity mode of the data stream",
  UpdateStreamWarmThroughput:
    "|,;~~~|Grants permission to update the warm throughput for a Kinesis on-demand data stream",
};
const resourceTypeFacts = {
  /** The consumer resource type: arn:${Partition}:kinesis:${Region}:${Account}:${StreamType}/${StreamName}/consumer/${ConsumerName}:${ConsumerCreationTimpstamp} */
  consumer: "|,|1",
  /** The kmsKey resource type: arn:${Partition}:kms:${Region}:${Account}:key/${KeyId} */
  kmsKey: "|,|1",
  /** The stream resource type: arn:${Partition}:kinesis:${Region}:${Account}:stream/${StreamName} */
  stream: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a consumer resource: arn:${Partition}:kinesis:${Region}:${Account}:${StreamType}/${StreamName}/consumer/${ConsumerName}:${ConsumerCreationTimpstamp}. */
  consumer:
    "|,consumer|arn:|Partition|:kinesis:|Region|:|Account|:|StreamType|/|StreamName|/consumer/|ConsumerName|:|ConsumerCreationTimpstamp|",
  /** ARN of a kmsKey resource: arn:${Partition}:kms:${Region}:${Account}:key/${KeyId}. */
  kmsKey: "|,kmsKey|arn:|Partition|:kms:|Region|:|Account|:key/|KeyId|",
  /** ARN of a stream resource: arn:${Partition}:kinesis:${Region}:${Account}:stream/${StreamName}. */
  stream: "|,stream|arn:|Partition|:kinesis:|Region|:|Account|:stream/|StreamName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["consumer", "kmsKey", "stream"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "kinesis">;
/** Any kinesis action. */
export type Action = ActionOf<typeof actionFacts, "kinesis">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "kinesis">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "kinesis" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every kinesis action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the ID of an AWS FIS action. */
  "kinesis:FisActionId": "String";
  /** Filters access by the percentage of calls being affected by an AWS FIS action. */
  "kinesis:FisInjectPercentage": "Numeric";
  /** Filters access by the ARN of an AWS FIS target. */
  "kinesis:FisTargetArns": "ArrayOfARN";
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
  "kinesis:FisActionId": "|,String|0||Filters access by the ID of an AWS FIS action",
  "kinesis:FisInjectPercentage":
    "|,Numeric|0||Filters access by the percentage of calls being affected by an AWS FIS action",
  "kinesis:FisTargetArns": "|,ArrayOfARN|0||Filters access by the ARN of an AWS FIS target",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "kinesis",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
