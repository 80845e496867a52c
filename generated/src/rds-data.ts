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
export const prefix: "rds-data" = "rds-data";
/** The service's name in the reference. */
export const serviceName: "Amazon RDS Data API" = "Amazon RDS Data API";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon RDS Data API",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonrdsdataapi.html",
  },
];
const conditionKeyList = ["aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["rds-data:BeginTransaction"] as const;
const actionFacts = {
  /** Grants permission to run a batch SQL statement over an array of data. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/rdsdataservice/latest/APIReference/API_BatchExecuteStatement.html */
  BatchExecuteStatement: "W|||0;1;|0,1||;",
  /** Grants permission to start a SQL transaction. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/rdsdataservice/latest/APIReference/API_BeginTransaction.html */
  BeginTransaction: "W|||0;1;|0,1||;",
  /** Grants permission to end a SQL transaction started with the BeginTransaction operation and commits the changes. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/rdsdataservice/latest/APIReference/API_CommitTransaction.html */
  CommitTransaction: "W|||0;1;|0,1|0|;",
  /** Grants permission to run one or more SQL statements. This operation is deprecated. Use the BatchExecuteStatement or ExecuteStatement operation. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/rdsdataservice/latest/APIReference/API_ExecuteSql.html */
  ExecuteSql: "W|||0;1;|0,1||;",
  /** Grants permission to run a SQL statement against a database. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/rdsdataservice/latest/APIReference/API_ExecuteStatement.html */
  ExecuteStatement: "W|||0;1;|0,1||;",
  /** Grants permission to perform a rollback of a transaction. Rolling back a transaction cancels its changes. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/rdsdataservice/latest/APIReference/API_RollbackTransaction.html */
  RollbackTransaction: "W|||0;1;|0,1|0|;",
} as const;
const actionDetails = {
  BatchExecuteStatement: "|,;~~~|Grants permission to run a batch SQL statement over an array of data",
  BeginTransaction: "|,;~~~|Grants permission to start a SQL transaction",
  CommitTransaction:
    "|,;~~~|Grants permission to end a SQL transaction started with the BeginTransaction operation and commits the changes",
  ExecuteSql:
    "|,;~~~|Grants permission to run one or more SQL statements. This operation is deprecated. Use the BatchExecuteStatement or ExecuteStatement operation",
  ExecuteStatement: "|,;~~~|Grants permission to run a SQL statement against a database",
  RollbackTransaction:
    "|,;~~~|Grants permission to perform a rollback of a transaction. Rolling back a transaction cancels its changes",
};
const resourceTypeFacts = {
  /** The cluster resource type: arn:${Partition}:rds:${Region}:${Account}:cluster:${DbClusterInstanceName} */
  cluster: "|,|0,1",
} as const;
const arnFormats = {
  /** ARN of a cluster resource: arn:${Partition}:rds:${Region}:${Account}:cluster:${DbClusterInstanceName}. */
  cluster: "|,cluster|arn:|Partition|:rds:|Region|:|Account|:cluster:|DbClusterInstanceName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["cluster"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "rds-data">;
/** Any rds-data action. */
export type Action = ActionOf<typeof actionFacts, "rds-data">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "rds-data">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "rds-data" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every rds-data action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the tags associated with the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the tag keys associated with the resource. */
  "aws:TagKeys": "ArrayOfString";
}

/** Condition key -> value type. */
export type ConditionKeys = ConditionKeysOf<ConditionKeyTypes>;

/** Condition key with a placeholder, as the reference writes it -> its template-literal key. */
export interface ConditionKeyPatterns {
  /** aws:ResourceTag/${TagKey} */
  "aws:ResourceTag/${TagKey}": `aws:ResourceTag/${string}`;
}

/** A condition key as the reference writes it. */
export type ConditionKeyName = (typeof conditionKeyList)[number];
/** Condition key -> description, types, deprecation. */
export type ConditionKeyInfos = { readonly [K in ConditionKeyName]: ConditionKeyInfo };
const conditionKeyRows: { readonly [K in ConditionKeyName]: string } = {
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by the tags associated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the tag keys associated with the resource",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "rds-data",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
