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
export const prefix: "cassandra" = "cassandra";
/** The service's name in the reference. */
export const serviceName: "Amazon Keyspaces (for Apache Cassandra)" = "Amazon Keyspaces (for Apache Cassandra)";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Keyspaces (for Apache Cassandra)",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonkeyspacesforapachecassandra.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["cassandra:Alter", "cassandra:AlterMultiRegionResource"] as const;
const actionFacts = {
  /** Grants permission to alter a keyspace or table. Access level: Write. Resources: keyspace, table. https://docs.aws.amazon.com/keyspaces/latest/devguide/ */
  Alter: "W|||0;0;,2;0;|0,2||TagResource,UntagResource,UpdateKeyspace,UpdateTable",
  /** Grants permission to alter a multiregion keyspace or table. Access level: Write. Resources: keyspace, table. https://docs.aws.amazon.com/keyspaces/latest/devguide/ */
  AlterMultiRegionResource: "W|||0;0;,2;0;|0,2||TagResource,UntagResource,UpdateKeyspace,UpdateTable",
  /** Grants permission to create a keyspace or table. Access level: Write. Resources: keyspace, table. https://docs.aws.amazon.com/keyspaces/latest/devguide/ */
  Create: "W|||0;0;,2;0;|0,2||CreateKeyspace,CreateTable,CreateType,UpdateKeyspace",
  /** Grants permission to create a multiregion keyspace or table. Access level: Write. Resources: keyspace, table. https://docs.aws.amazon.com/keyspaces/latest/devguide/ */
  CreateMultiRegionResource: "W|||0;0;,2;0;|0,2||CreateKeyspace,CreateTable,CreateType,UpdateKeyspace",
  /** Grants permission to drop a keyspace or table. Access level: Write. Resources: keyspace, table. https://docs.aws.amazon.com/keyspaces/latest/devguide/ */
  Drop: "W|||0;0;,2;0;|||DeleteKeyspace,DeleteTable,DeleteType",
  /** Grants permission to drop a multiregion keyspace or table. Access level: Write. Resources: keyspace, table. https://docs.aws.amazon.com/keyspaces/latest/devguide/ */
  DropMultiRegionResource: "W|||0;0;,2;0;|||DeleteKeyspace,DeleteTable,DeleteType",
  /** Grants permission to retrieve the CDC stream records from a given shard. Access level: Read. Resources: stream*. https://docs.aws.amazon.com/keyspaces/latest/devguide/ */
  GetRecords: "R|||1;1;|||;",
  /** Grants permission to return a shard iterator. Access level: Read. Resources: stream*. https://docs.aws.amazon.com/keyspaces/latest/devguide/ */
  GetShardIterator: "R|||1;1;|||;",
  /** Grants permission to return information about a CDC stream, including the composition of its shards. Access level: Read. Resources: stream*. https://docs.aws.amazon.com/keyspaces/latest/devguide/ */
  GetStream: "R|||1;1;|||;",
  /** Grants permission to return an array of CDC stream ARNs associated with the current account and endpoint. Access level: List. https://docs.aws.amazon.com/keyspaces/latest/devguide/ */
  ListStreams: "L||||||;",
  /** Grants permission to INSERT, UPDATE or DELETE data in a table. Access level: Write. Resources: table*. https://docs.aws.amazon.com/keyspaces/latest/devguide/ */
  Modify: "W|||2;1;|||UpdateKeyspace",
  /** Grants permission to INSERT, UPDATE or DELETE data in a multiregion table. Access level: Write. Resources: table*. https://docs.aws.amazon.com/keyspaces/latest/devguide/ */
  ModifyMultiRegionResource: "W|||2;1;|||UpdateKeyspace",
  /** Grants permission to restore table from a backup. Access level: Write. Resources: table*. https://docs.aws.amazon.com/keyspaces/latest/devguide/ */
  Restore: "W|||2;1;|||RestoreTable",
  /** Grants permission to restore multiregion table from a backup. Access level: Write. Resources: table*. https://docs.aws.amazon.com/keyspaces/latest/devguide/ */
  RestoreMultiRegionTable: "W|||2;1;|||RestoreTable",
  /** Grants permission to SELECT data from a table. Access level: Read. Resources: table*. https://docs.aws.amazon.com/keyspaces/latest/devguide/ */
  Select:
    "R|||2;1;|||GetKeyspace,GetTable,GetTableAutoScalingSettings,GetType,ListKeyspaces,ListTables,ListTypes,RestoreTable,UpdateKeyspace",
  /** Grants permission to SELECT data from a multiregion table. Access level: Read. Resources: table*. https://docs.aws.amazon.com/keyspaces/latest/devguide/ */
  SelectMultiRegionResource: "R|||2;1;|||GetTableAutoScalingSettings,UpdateKeyspace",
  /** Grants permission to tag a multiregion keyspace or table. Access level: Tagging. Resources: keyspace, table. https://docs.aws.amazon.com/keyspaces/latest/devguide/ */
  TagMultiRegionResource: "T|||0;0;,2;0;|0,2||TagResource,UpdateKeyspace",
  /** Grants permission to tag a keyspace, table, or stream. Access level: Tagging. Resources: keyspace, stream, table. https://docs.aws.amazon.com/keyspaces/latest/devguide/ */
  TagResource:
    "T|||0;0;,1;0;,2;0;|0,2|0,1,cassandra:TagMultiRegionResource|CreateKeyspace,CreateTable,;,UpdateKeyspace",
  /** Grants permission to untag a multiregion keyspace or table. Access level: Tagging. Resources: keyspace, table. https://docs.aws.amazon.com/keyspaces/latest/devguide/ */
  UnTagMultiRegionResource: "T|||0;0;,2;0;|2||UntagResource",
  /** Grants permission to untag a keyspace, table or stream. Access level: Tagging. Resources: keyspace, stream, table. https://docs.aws.amazon.com/keyspaces/latest/devguide/ */
  UntagResource: "T|||0;0;,1;0;,2;0;|2|0,1,cassandra:UnTagMultiRegionResource|;",
  /** Grants permission to UPDATE the partitioner in a system table. Access level: Write. Resources: table*. https://docs.aws.amazon.com/keyspaces/latest/devguide/ */
  UpdatePartitioner: "W|||2;1;|||",
} as const;
const actionDetails = {
  Alter: "|,;~~~,~~,~~,~~|Grants permission to alter a keyspace or table",
  AlterMultiRegionResource: "|,;~~~,~~,~~,~~|Grants permission to alter a multiregion keyspace or table",
  Create: "|,;~~~,~~,~~,~~|Grants permission to create a keyspace or table",
  CreateMultiRegionResource: "|,;~~~,~~,~~,~~|Grants permission to create a multiregion keyspace or table",
  Drop: "|,;~~~,~~,~~|Grants permission to drop a keyspace or table",
  DropMultiRegionResource: "|,;~~~,~~,~~|Grants permission to drop a multiregion keyspace or table",
  GetRecords: "|,;~~keyspacesstreams~|Grants permission to retrieve the CDC stream records from a given shard",
  GetShardIterator: "|,;~~keyspacesstreams~|Grants permission to return a shard iterator",
  GetStream:
    "|,;~~keyspacesstreams~|Grants permission to return information about a CDC stream, including the composition of its shards",
  ListStreams:
    "|,;~~keyspacesstreams~|Grants permission to return an array of CDC stream ARNs associated with the current account and endpoint",
  Modify: "|,;~~~|Grants permission to INSERT, UPDATE or DELETE data in a table",
  ModifyMultiRegionResource: "|,;~~~|Grants permission to INSERT, UPDATE or DELETE data in a multiregion table",
  Restore: "|,;~~~|Grants permission to restore table from a backup",
  RestoreMultiRegionTable: "|,;~~~|Grants permission to restore multiregion table from a backup",
  Select: "|,;~~~,~~,~~,~~,~~,~~,~~,~~,~~|Grants permission to SELECT data from a table",
  SelectMultiRegionResource: "|,;~~~,~~|Grants permission to SELECT data from a multiregion table",
  TagMultiRegionResource: "|,;~~~,~~|Grants permission to tag a multiregion keyspace or table",
  TagResource: "|,;~~~,~~,~~,~~|Grants permission to tag a keyspace, table, or stream",
  UnTagMultiRegionResource: "|,;~~~|Grants permission to untag a multiregion keyspace or table",
  UntagResource: "|,;~~~|Grants permission to untag a keyspace, table or stream",
  UpdatePartitioner: "|,;~|Grants permission to UPDATE the partitioner in a system table",
};
const resourceTypeFacts = {
  /** The keyspace resource type: arn:${Partition}:cassandra:${Region}:${Account}:/keyspace/${KeyspaceName}/ */
  keyspace: "|,|1",
  /** The stream resource type: arn:${Partition}:cassandra:${Region}:${Account}:/keyspace/${KeyspaceName}/table/${TableName}/stream/${StreamLabel} */
  stream: "|,|1",
  /** The table resource type: arn:${Partition}:cassandra:${Region}:${Account}:/keyspace/${KeyspaceName}/table/${TableName} */
  table: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a keyspace resource: arn:${Partition}:cassandra:${Region}:${Account}:/keyspace/${KeyspaceName}/. */
  keyspace: "|,keyspace|arn:|Partition|:cassandra:|Region|:|Account|:/keyspace/|KeyspaceName|/",
  /** ARN of a stream resource: arn:${Partition}:cassandra:${Region}:${Account}:/keyspace/${KeyspaceName}/table/${TableName}/stream/${StreamLabel}. */
  stream:
    "|,stream|arn:|Partition|:cassandra:|Region|:|Account|:/keyspace/|KeyspaceName|/table/|TableName|/stream/|StreamLabel|",
  /** ARN of a table resource: arn:${Partition}:cassandra:${Region}:${Account}:/keyspace/${KeyspaceName}/table/${TableName}. */
  table: "|,table|arn:|Partition|:cassandra:|Region|:|Account|:/keyspace/|KeyspaceName|/table/|TableName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["keyspace", "stream", "table"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "cassandra">;
/** Any cassandra action. */
export type Action = ActionOf<typeof actionFacts, "cassandra">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "cassandra">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "keyspaces" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every cassandra action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters actions based on the presence of tag key-value pairs in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters actions based on tag key-value pairs attached to the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters actions based on the presence of tag keys in the request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters actions based on the presence of tag key-value pairs in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters actions based on tag key-value pairs attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters actions based on the presence of tag keys in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "cassandra",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
