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
export const prefix: "qldb" = "qldb";
/** The service's name in the reference. */
export const serviceName: "Amazon QLDB" = "Amazon QLDB";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon QLDB",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonqldb.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "qldb:Purge",
] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to cancel a journal kinesis stream. Access level: Write. Resources: stream*. https://docs.aws.amazon.com/qldb/latest/developerguide/API_CancelJournalKinesisStream.html */
  CancelJournalKinesisStream: "W|||2;1;|||",
  /** Grants permission to create a ledger. Access level: Write. Resources: ledger*. https://docs.aws.amazon.com/qldb/latest/developerguide/API_CreateLedger.html */
  CreateLedger: "W|||1;1;|0,2||",
  /** Grants permission to delete a ledger. Access level: Write. Resources: ledger*. https://docs.aws.amazon.com/qldb/latest/developerguide/API_DeleteLedger.html */
  DeleteLedger: "W|||1;1;|||",
  /** Grants permission to describe information about a journal kinesis stream. Access level: Read. Resources: stream*. https://docs.aws.amazon.com/qldb/latest/developerguide/API_DescribeJournalKinesisStream.html */
  DescribeJournalKinesisStream: "R|||2;1;|||",
  /** Grants permission to describe information about a journal export job. Access level: Read. Resources: ledger*. https://docs.aws.amazon.com/qldb/latest/developerguide/API_DescribeJournalS3Export.html */
  DescribeJournalS3Export: "R|||1;1;|||",
  /** Grants permission to describe a ledger. Access level: Read. Resources: ledger*. https://docs.aws.amazon.com/qldb/latest/developerguide/API_DescribeLedger.html */
  DescribeLedger: "R|||1;1;|||",
  /** Grants permission to send commands to a ledger via the console. Access level: Write. Resources: ledger*. Permission only. https://docs.aws.amazon.com/qldb/latest/developerguide/console_QLDB.html */
  ExecuteStatement: "W||1|1;1;|||",
  /** Grants permission to export journal contents to an Amazon S3 bucket. Access level: Write. Resources: ledger*. https://docs.aws.amazon.com/qldb/latest/developerguide/API_ExportJournalToS3.html */
  ExportJournalToS3: "W|||1;1;|||",
  /** Grants permission to retrieve a block from a ledger for a given BlockAddress. Access level: Read. Resources: ledger*. https://docs.aws.amazon.com/qldb/latest/developerguide/API_GetBlock.html */
  GetBlock: "R|||1;1;|||",
  /** Grants permission to retrieve a digest from a ledger for a given BlockAddress. Access level: Read. Resources: ledger*. https://docs.aws.amazon.com/qldb/latest/developerguide/API_GetDigest.html */
  GetDigest: "R|||1;1;|||",
  /** Grants permission to retrieve a revision for a given document ID and a given BlockAddress. Access level: Read. Resources: ledger*. https://docs.aws.amazon.com/qldb/latest/developerguide/API_GetRevision.html */
  GetRevision: "R|||1;1;|||",
  /** Grants permission to insert sample application data via the console. Access level: Write. Resources: ledger*. Permission only. https://docs.aws.amazon.com/qldb/latest/developerguide/console_QLDB.html */
  InsertSampleData: "W||1|1;1;|||",
  /** Grants permission to list journal kinesis streams for a specified ledger. Access level: List. Resources: stream*. https://docs.aws.amazon.com/qldb/latest/developerguide/API_ListJournalKinesisStreamsForLedger.html */
  ListJournalKinesisStreamsForLedger: "L|||2;1;|||",
  /** Grants permission to list journal export jobs for all ledgers. Access level: List. https://docs.aws.amazon.com/qldb/latest/developerguide/API_ListJournalS3Exports.html */
  ListJournalS3Exports: "L||||||",
  /** Grants permission to list journal export jobs for a specified ledger. Access level: List. Resources: ledger*. https://docs.aws.amazon.com/qldb/latest/developerguide/API_ListJournalS3ExportsForLedger.html */
  ListJournalS3ExportsForLedger: "L|||1;1;|||",
  /** Grants permission to list existing ledgers. Access level: List. https://docs.aws.amazon.com/qldb/latest/developerguide/API_ListLedgers.html */
  ListLedgers: "L||||||",
  /** Grants permission to list tags for a resource. Access level: Read. Resources: catalog, ledger, stream, table. https://docs.aws.amazon.com/qldb/latest/developerguide/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,1;0;,2;0;,3;0;|||",
  /** Grants permission to create an index on a table. Access level: Write. Resources: table*. https://docs.aws.amazon.com/qldb/latest/developerguide/ql-reference.create-index.html */
  PartiQLCreateIndex: "W|||3;1;|||",
  /** Grants permission to create a table. Access level: Write. Resources: table*. https://docs.aws.amazon.com/qldb/latest/developerguide/ql-reference.create-table.html */
  PartiQLCreateTable: "W|||3;1;|0,2||",
  /** Grants permission to delete documents from a table. Access level: Write. Resources: table*. https://docs.aws.amazon.com/qldb/latest/developerguide/ql-reference.delete.html */
  PartiQLDelete: "W|||3;1;|||",
  /** Grants permission to drop an index from a table. Access level: Write. Resources: table*. https://docs.aws.amazon.com/qldb/latest/developerguide/ql-reference.drop-index.html */
  PartiQLDropIndex: "W|||3;1;|3||",
  /** Grants permission to drop a table. Access level: Write. Resources: table*. https://docs.aws.amazon.com/qldb/latest/developerguide/ql-reference.drop-table.html */
  PartiQLDropTable: "W|||3;1;|3||",
  /** Grants permission to use the history function on a table. Access level: Read. Resources: table*. https://docs.aws.amazon.com/qldb/latest/developerguide/working.history.html */
  PartiQLHistoryFunction: "R|||3;1;|||",
  /** Grants permission to insert documents into a table. Access level: Write. Resources: table*. https://docs.aws.amazon.com/qldb/latest/developerguide/ql-reference.insert.html */
  PartiQLInsert: "W|||3;1;|||",
  /** Grants permission to redact historic revisions. Access level: Write. Resources: table*. https://docs.aws.amazon.com/qldb/latest/developerguide/ql-stored-procedures.redact_revision.html */
  PartiQLRedact: "W|||3;1;|||",
  /** Grants permission to select documents from a table. Access level: Read. Resources: catalog, table. https://docs.aws.amazon.com/qldb/latest/developerguide/ql-reference.select.html */
  PartiQLSelect: "R|||0;0;,3;0;|||",
  /** Grants permission to undrop a table. Access level: Write. Resources: table*. https://docs.aws.amazon.com/qldb/latest/developerguide/ql-reference.undrop-table.html */
  PartiQLUndropTable: "W|||3;1;|||",
  /** Grants permission to update existing documents in a table. Access level: Write. Resources: table*. https://docs.aws.amazon.com/qldb/latest/developerguide/ql-reference.update.html */
  PartiQLUpdate: "W|||3;1;|||",
  /** Grants permission to send commands to a ledger. Access level: Write. Resources: ledger*. https://docs.aws.amazon.com/qldb/latest/developerguide/API_QLDB-Session_SendCommand.html */
  SendCommand: "W|||1;1;|||",
  /** Grants permission to view a ledger's catalog via the console. Access level: Write. Resources: ledger*. Permission only. https://docs.aws.amazon.com/qldb/latest/developerguide/console_QLDB.html */
  ShowCatalog: "W||1|1;1;|||",
  /** Grants permission to stream journal contents to a Kinesis Data Stream. Access level: Write. Resources: stream*. https://docs.aws.amazon.com/qldb/latest/developerguide/API_StreamJournalToKinesis.html */
  StreamJournalToKinesis: "W|||2;1;|0,2||",
  /** Grants permission to add one or more tags to a resource. Access level: Tagging. Resources: catalog, ledger, stream, table. https://docs.aws.amazon.com/qldb/latest/developerguide/API_TagResource.html */
  TagResource: "T|||0;0;,1;0;,2;0;,3;0;|0,2||",
  /** Grants permission to remove one or more tags from a resource. Access level: Tagging. Resources: catalog, ledger, stream, table. https://docs.aws.amazon.com/qldb/latest/developerguide/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,3;0;|0,2||",
  /** Grants permission to update properties on a ledger. Access level: Write. Resources: ledger*. https://docs.aws.amazon.com/qldb/latest/developerguide/API_UpdateLedger.html */
  UpdateLedger: "W|||1;1;|||",
  /** Grants permission to update the permissions mode on a ledger. Access level: Write. Resources: ledger*. https://docs.aws.amazon.com/qldb/latest/developerguide/API_UpdateLedgerPermissionsMode.html */
  UpdateLedgerPermissionsMode: "W|||1;1;|||",
} as const;
const actionDetails = {
  CancelJournalKinesisStream: "|,;~|Grants permission to cancel a journal kinesis stream",
  CreateLedger: "|,;~|Grants permission to create a ledger",
  DeleteLedger: "|,;~|Grants permission to delete a ledger",
  DescribeJournalKinesisStream: "|,;~|Grants permission to describe information about a journal kinesis stream",
  DescribeJournalS3Export: "|,;~|Grants permission to describe information about a journal export job",
  DescribeLedger: "|,;~|Grants permission to describe a ledger",
  ExecuteStatement: "|,;~|Grants permission to send commands to a ledger via the console",
  ExportJournalToS3: "|,;~|Grants permission to export journal contents to an Amazon S3 bucket",
  GetBlock: "|,;~|Grants permission to retrieve a block from a ledger for a given BlockAddress",
  GetDigest: "|,;~|Grants permission to retrieve a digest from a ledger for a given BlockAddress",
  GetRevision: "|,;~|Grants permission to retrieve a revision for a given document ID and a given BlockAddress",
  InsertSampleData: "|,;~|Grants permission to insert sample application data via the console",
  ListJournalKinesisStreamsForLedger: "|,;~|Grants permission to list journal kinesis streams for a specified ledger",
  ListJournalS3Exports: "|,;~|Grants permission to list journal export jobs for all ledgers",
  ListJournalS3ExportsForLedger: "|,;~|Grants permission to list journal export jobs for a specified ledger",
  ListLedgers: "|,;~|Grants permission to list existing ledgers",
  ListTagsForResource: "|,;~|Grants permission to list tags for a resource",
  PartiQLCreateIndex: "|,;~|Grants permission to create an index on a table",
  PartiQLCreateTable: "|,;~|Grants permission to create a table",
  PartiQLDelete: "|,;~|Grants permission to delete documents from a table",
  PartiQLDropIndex: "|,;~|Grants permission to drop an index from a table",
  PartiQLDropTable: "|,;~|Grants permission to drop a table",
  PartiQLHistoryFunction: "|,;~|Grants permission to use the history function on a table",
  PartiQLInsert: "|,;~|Grants permission to insert documents into a table",
  PartiQLRedact: "|,;~|Grants permission to redact historic revisions",
  PartiQLSelect: "|,;~|Grants permission to select documents from a table",
  PartiQLUndropTable: "|,;~|Grants permission to undrop a table",
  PartiQLUpdate: "|,;~|Grants permission to update existing documents in a table",
  SendCommand: "|,;~|Grants permission to send commands to a ledger",
  ShowCatalog: "|,;~|Grants permission to view a ledger's catalog via the console",
  StreamJournalToKinesis: "|,;~|Grants permission to stream journal contents to a Kinesis Data Stream",
  TagResource: "|,;~|Grants permission to add one or more tags to a resource",
  UntagResource: "|,;~|Grants permission to remove one or more tags from a resource",
  UpdateLedger: "|,;~|Grants permission to update properties on a ledger",
  UpdateLedgerPermissionsMode: "|,;~|Grants permission to update the permissions mode on a ledger",
};
const resourceTypeFacts = {
  /** The catalog resource type: arn:${Partition}:qldb:${Region}:${Account}:ledger/${LedgerName}/information_schema/user_tables */
  catalog: "|,|1",
  /** The ledger resource type: arn:${Partition}:qldb:${Region}:${Account}:ledger/${LedgerName} */
  ledger: "|,|1",
  /** The stream resource type: arn:${Partition}:qldb:${Region}:${Account}:stream/${LedgerName}/${StreamId} */
  stream: "|,|1",
  /** The table resource type: arn:${Partition}:qldb:${Region}:${Account}:ledger/${LedgerName}/table/${TableId} */
  table: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a catalog resource: arn:${Partition}:qldb:${Region}:${Account}:ledger/${LedgerName}/information_schema/user_tables. */
  catalog: "|,catalog|arn:|Partition|:qldb:|Region|:|Account|:ledger/|LedgerName|/information_schema/user_tables",
  /** ARN of a ledger resource: arn:${Partition}:qldb:${Region}:${Account}:ledger/${LedgerName}. */
  ledger: "|,ledger|arn:|Partition|:qldb:|Region|:|Account|:ledger/|LedgerName|",
  /** ARN of a stream resource: arn:${Partition}:qldb:${Region}:${Account}:stream/${LedgerName}/${StreamId}. */
  stream: "|,stream|arn:|Partition|:qldb:|Region|:|Account|:stream/|LedgerName|/|StreamId|",
  /** ARN of a table resource: arn:${Partition}:qldb:${Region}:${Account}:ledger/${LedgerName}/table/${TableId}. */
  table: "|,table|arn:|Partition|:qldb:|Region|:|Account|:ledger/|LedgerName|/table/|TableId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["catalog", "ledger", "stream", "table"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "qldb">;
/** Any qldb action. */
export type Action = ActionOf<typeof actionFacts, "qldb">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "qldb">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "", client: "" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every qldb action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by a tag key and value pair that is allowed in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by a tag key and value pair of a resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by a list of tag keys that are allowed in the request. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access by the value of purge that is specified in a PartiQL DROP statement. */
  "qldb:Purge": "String";
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by a tag key and value pair that is allowed in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by a tag key and value pair of a resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by a list of tag keys that are allowed in the request",
  "qldb:Purge": "|,String|0||Filters access by the value of purge that is specified in a PartiQL DROP statement",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "qldb",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
