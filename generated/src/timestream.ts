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
export const prefix: "timestream" = "timestream";
/** The service's name in the reference. */
export const serviceName: "Amazon Timestream" = "Amazon Timestream";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Timestream",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazontimestream.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [
  "iam:PassRole",
  "timestream:DescribeEndpoints",
  "timestream:Select",
  "timestream:TagResource",
  "timestream:WriteRecords",
] as const;
const actionFacts = {
  /** Grants permission to cancel queries in your account. Access level: Write. https://docs.aws.amazon.com/timestream/latest/developerguide/API_query_CancelQuery.html */
  CancelQuery: "W|||||1|;",
  /** Grants permission to create a batch load task in your account. Access level: Write. Resources: table*. https://docs.aws.amazon.com/timestream/latest/developerguide/API_CreateBatchLoadTask.html */
  CreateBatchLoadTask: "W|||2;1;||1,4|;",
  /** Grants permission to create a database in your account. Access level: Write. Resources: database*. https://docs.aws.amazon.com/timestream/latest/developerguide/API_CreateDatabase.html */
  CreateDatabase: "W|||0;1;|0,2|1,3|;",
  /** Grants permission to create a scheduled query in your account. Access level: Write. https://docs.aws.amazon.com/timestream/latest/developerguide/API_CreateScheduledQuery.html */
  CreateScheduledQuery: "W||||0,2|0,1,3|;",
  /** Grants permission to create a table in your account. Access level: Write. Resources: table*. https://docs.aws.amazon.com/timestream/latest/developerguide/API_CreateTable.html */
  CreateTable: "W|||2;1;|0,2|1,3|;",
  /** Grants permission to delete a database in your account. Access level: Write. Resources: database*. https://docs.aws.amazon.com/timestream/latest/developerguide/API_DeleteDatabase.html */
  DeleteDatabase: "W|||0;1;||1|;",
  /** Grants permission to delete a scheduled query in your account. Access level: Write. Resources: scheduled-query*. https://docs.aws.amazon.com/timestream/latest/developerguide/API_DeleteScheduledQuery.html */
  DeleteScheduledQuery: "W|||1;1;||1|;",
  /** Grants permission to delete a table in your account. Access level: Write. Resources: table*. https://docs.aws.amazon.com/timestream/latest/developerguide/API_DeleteTable.html */
  DeleteTable: "W|||2;1;||1|;",
  /** Grants permission to describe your account settings. Access level: Read. https://docs.aws.amazon.com/timestream/latest/developerguide/API_query_DescribeAccountSettings.html */
  DescribeAccountSettings: "R|||||1|;",
  /** Grants permission to describe a batch load task in your account. Access level: Read. https://docs.aws.amazon.com/timestream/latest/developerguide/API_DescribeBatchLoadTask.html */
  DescribeBatchLoadTask: "R|||||1|;",
  /** Grants permission to describe a database in your account. Access level: Read. Resources: database*. https://docs.aws.amazon.com/timestream/latest/developerguide/API_DescribeDatabase.html */
  DescribeDatabase: "R|||0;1;||1|;",
  /** Grants permission to describe timestream endpoints. Access level: List. https://docs.aws.amazon.com/timestream/latest/developerguide/API_DescribeEndpoints.html */
  DescribeEndpoints: "L||||||;",
  /** Grants permission to describe a scheduled query in your account. Access level: Read. Resources: scheduled-query*. https://docs.aws.amazon.com/timestream/latest/developerguide/API_DescribeScheduledQuery.html */
  DescribeScheduledQuery: "R|||1;1;||1|;",
  /** Grants permission to describe a table in your account. Access level: Read. Resources: table*. https://docs.aws.amazon.com/timestream/latest/developerguide/API_DescribeTable.html */
  DescribeTable: "R|||2;1;||1|;,Query",
  /** Grants permission to execute a scheduled query in your account. Access level: Write. Resources: scheduled-query*. https://docs.aws.amazon.com/timestream/latest/developerguide/API_ExecuteScheduledQuery.html */
  ExecuteScheduledQuery: "W|||1;1;||1|;",
  /** Grants permission to get Status of a Timestream Table Backup. Access level: Read. https://docs.aws.amazon.com/timestream/latest/developerguide/backups.html */
  GetAwsBackupStatus: "R|||||1|",
  /** Grants permission to get Status of a Timestream Table Restore. Access level: Read. https://docs.aws.amazon.com/timestream/latest/developerguide/backups.html */
  GetAwsRestoreStatus: "R|||||1|",
  /** Grants permission to list batch load tasks in your account. Access level: List. https://docs.aws.amazon.com/timestream/latest/developerguide/API_ListBatchLoadTasks.html */
  ListBatchLoadTasks: "L|||||1|;",
  /** Grants permission to list databases in your account. Access level: List. https://docs.aws.amazon.com/timestream/latest/developerguide/API_ListDatabases.html */
  ListDatabases: "L|||||1|;,Query",
  /** Grants permission to list measures of a table in your account. Access level: List. Resources: table*. https://docs.aws.amazon.com/timestream/latest/developerguide/API_query_Query.html */
  ListMeasures: "L|||2;1;||1|Query",
  /** Grants permission to list scheduled queries in your account. Access level: List. https://docs.aws.amazon.com/timestream/latest/developerguide/API_ListScheduledQueries.html */
  ListScheduledQueries: "L|||||1|;",
  /** Grants permission to list tables in your account. Access level: List. Resources: database*. https://docs.aws.amazon.com/timestream/latest/developerguide/API_ListTables.html */
  ListTables: "L|||0;1;||1|;,Query",
  /** Grants permission to list tags of a resource in your account. Access level: Read. Resources: database*, scheduled-query*, table*. https://docs.aws.amazon.com/timestream/latest/developerguide/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;1;,1;1;,2;1;||1|;",
  /** Grants permission to issue prepare queries. Access level: Read. Resources: table*. https://docs.aws.amazon.com/timestream/latest/developerguide/API_query_PrepareQuery.html */
  PrepareQuery: "R|||2;1;||1,2|",
  /** Grants permission to resume a batch load task in your account. Access level: Write. https://docs.aws.amazon.com/timestream/latest/developerguide/API_ResumeBatchLoadTask.html */
  ResumeBatchLoadTask: "W|||||1,4|",
  /** Grants permission to issue 'select from table' queries. Access level: Read. Resources: table*. https://docs.aws.amazon.com/timestream/latest/developerguide/API_query_Query.html */
  Select: "R|||2;1;||1|PrepareQuery,Query",
  /** Grants permission to issue 'select 1' queries. Access level: Read. https://docs.aws.amazon.com/timestream/latest/developerguide/API_query_Query.html */
  SelectValues: "R|||||1|Query",
  /** Grants permission to start a Backup Job for a Timestream Table. Access level: Write. Resources: table*. https://docs.aws.amazon.com/timestream/latest/developerguide/backups.html */
  StartAwsBackupJob: "W|||2;1;||1|",
  /** Grants permission to start Restore Job for a Backup of Timestream Table. Access level: Write. Resources: table*. https://docs.aws.amazon.com/timestream/latest/developerguide/backups.html */
  StartAwsRestoreJob: "W|||2;1;||1|",
  /** Grants permission to add tags to a resource. Access level: Tagging. Resources: database*, scheduled-query*, table*. https://docs.aws.amazon.com/timestream/latest/developerguide/API_TagResource.html */
  TagResource: "T|||0;1;,1;1;,2;1;|0,2|1|CreateDatabase,CreateScheduledQuery,CreateTable,;",
  /** Grants permission to issue Unload queries. Access level: Write. Resources: table*. https://docs.aws.amazon.com/timestream/latest/developerguide/API_query_Query.html */
  Unload: "W|||2;1;||s3:AbortMultipartUpload,s3:GetObject,s3:PutObject,1,2|Query",
  /** Grants permission to remove a tag from a resource. Access level: Tagging. Resources: database*, scheduled-query*, table*. https://docs.aws.amazon.com/timestream/latest/developerguide/API_UntagResource.html */
  UntagResource: "T|||0;1;,1;1;,2;1;|2|1|;",
  /** Grants permission to update your account settings. Access level: Write. https://docs.aws.amazon.com/timestream/latest/developerguide/API_query_UpdateAccountSettings.html */
  UpdateAccountSettings: "W|||||0,1|;",
  /** Grants permission to update a database in your account. Access level: Write. Resources: database*. https://docs.aws.amazon.com/timestream/latest/developerguide/API_UpdateDatabase.html */
  UpdateDatabase: "W|||0;1;||1|;",
  /** Grants permission to update a scheduled query in your account. Access level: Write. Resources: scheduled-query*. https://docs.aws.amazon.com/timestream/latest/developerguide/API_UpdateScheduledQuery.html */
  UpdateScheduledQuery: "W|||1;1;||1|;",
  /** Grants permission to update a table in your account. Access level: Write. Resources: table*. https://docs.aws.amazon.com/timestream/latest/developerguide/API_UpdateTable.html */
  UpdateTable: "W|||2;1;||1|;",
  /** Grants permission to ingest data to a table in your account. Access level: Write. Resources: table*. https://docs.aws.amazon.com/timestream/latest/developerguide/API_WriteRecords.html */
  WriteRecords: "W|||2;1;||1|CreateBatchLoadTask,;",
} as const;
const actionDetails = {
  CancelQuery: "|,;~~~|Grants permission to cancel queries in your account",
  CreateBatchLoadTask: "|,;~~timestream-write~|Grants permission to create a batch load task in your account",
  CreateDatabase: "|,;~~timestream-write~|Grants permission to create a database in your account",
  CreateScheduledQuery: "|,;~~~|Grants permission to create a scheduled query in your account",
  CreateTable: "|,;~~timestream-write~|Grants permission to create a table in your account",
  DeleteDatabase: "|,;~~timestream-write~|Grants permission to delete a database in your account",
  DeleteScheduledQuery: "|,;~~~|Grants permission to delete a scheduled query in your account",
  DeleteTable: "|,;~~timestream-write~|Grants permission to delete a table in your account",
  DescribeAccountSettings: "|,;~~~|Grants permission to describe your account settings",
  DescribeBatchLoadTask: "|,;~~timestream-write~|Grants permission to describe a batch load task in your account",
  DescribeDatabase: "|,;~~timestream-write~|Grants permission to describe a database in your account",
  DescribeEndpoints: "|,;~~~;~timestream-write~|Grants permission to describe timestream endpoints",
  DescribeScheduledQuery: "|,;~~~|Grants permission to describe a scheduled query in your account",
  DescribeTable: "|,;~~timestream-write~,~~|Grants permission to describe a table in your account",
  ExecuteScheduledQuery: "|,;~~~|Grants permission to execute a scheduled query in your account",
  GetAwsBackupStatus: "|,;~|Grants permission to get Status of a Timestream Table Backup",
  GetAwsRestoreStatus: "|,;~|Grants permission to get Status of a Timestream Table Restore",
  ListBatchLoadTasks: "|,;~~timestream-write~|Grants permission to list batch load tasks in your account",
  ListDatabases: "|,;~~timestream-write~,~~|Grants permission to list databases in your account",
  ListMeasures: "|,;~~~|Grants permission to list measures of a table in your account",
  ListScheduledQueries: "|,;~~~|Grants permission to list scheduled queries in your account",
  ListTables: "|,;~~timestream-write~,~~|Grants permission to list tables in your account",
  ListTagsForResource: "|,;~~~;~timestream-write~|Grants permission to list tags of a resource in your account",
  PrepareQuery: "|,;~|Grants permission to issue prepare queries",
  ResumeBatchLoadTask: "|,;~|Grants permission to resume a batch load task in your account",
  Select: "|,;~~~,~~|Grants permission to issue 'select from table' queries",
  SelectValues: "|,;~~~|Grants permission to issue 'select 1' queries",
  StartAwsBackupJob: "|,;~|Grants permission to start a Backup Job for a Timestream Table",
  StartAwsRestoreJob: "|,;~|Grants permission to start Restore Job for a Backup of Timestream Table",
  TagResource:
    "|,;~~timestream-write~,~~,~timestream-write~,~~;~timestream-write~|Grants permission to add tags to a resource",
  Unload: "|,;~~~|Grants permission to issue Unload queries",
  UntagResource: "|,;~~~;~timestream-write~|Grants permission to remove a tag from a resource",
  UpdateAccountSettings: "|,;~~~|Grants permission to update your account settings",
  UpdateDatabase: "|,;~~timestream-write~|Grants permission to update a database in your account",
  UpdateScheduledQuery: "|,;~~~|Grants permission to update a scheduled query in your account",
  UpdateTable: "|,;~~timestream-write~|Grants permission to update a table in your account",
  WriteRecords: "|,;~~timestream-write~,~timestream-write~|Grants permission to ingest data to a table in your account",
};
const resourceTypeFacts = {
  /** The database resource type: arn:${Partition}:timestream:${Region}:${Account}:database/${DatabaseName} */
  database: "|,|1",
  /** The scheduled-query resource type: arn:${Partition}:timestream:${Region}:${Account}:scheduled-query/${ScheduledQueryName} */
  "scheduled-query": "|,scheduledQuery|1",
  /** The table resource type: arn:${Partition}:timestream:${Region}:${Account}:database/${DatabaseName}/table/${TableName} */
  table: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a database resource: arn:${Partition}:timestream:${Region}:${Account}:database/${DatabaseName}. */
  database: "|,database|arn:|Partition|:timestream:|Region|:|Account|:database/|DatabaseName|",
  /** ARN of a scheduled-query resource: arn:${Partition}:timestream:${Region}:${Account}:scheduled-query/${ScheduledQueryName}. */
  scheduledQuery:
    "|,scheduled-query|arn:|Partition|:timestream:|Region|:|Account|:scheduled-query/|ScheduledQueryName|",
  /** ARN of a table resource: arn:${Partition}:timestream:${Region}:${Account}:database/${DatabaseName}/table/${TableName}. */
  table: "|,table|arn:|Partition|:timestream:|Region|:|Account|:database/|DatabaseName|/table/|TableName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["database", "scheduled-query", "table"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "timestream">;
/** Any timestream action. */
export type Action = ActionOf<typeof actionFacts, "timestream">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "timestream">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "timestream-query" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every timestream action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "timestream",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
