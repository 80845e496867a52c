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
export const prefix: "redshift-data" = "redshift-data";
/** The service's name in the reference. */
export const serviceName: "Amazon Redshift Data API" = "Amazon Redshift Data API";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Redshift Data API",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonredshiftdataapi.html",
  },
];
const conditionKeyList = [
  "aws:ResourceTag/${TagKey}",
  "redshift-data:glue-catalog-arn",
  "redshift-data:session-owner-iam-userid",
  "redshift-data:statement-owner-iam-userid",
] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to execute multiple queries under a single connection. Access level: Write. Resources: cluster, workgroup. https://docs.aws.amazon.com/redshift-data/latest/APIReference/API_BatchExecuteStatement.html */
  BatchExecuteStatement: "W|||0;0;,2;0;|1,2||;",
  /** Grants permission to cancel a running query. Access level: Write. https://docs.aws.amazon.com/redshift-data/latest/APIReference/API_CancelStatement.html */
  CancelStatement: "W||||3||;",
  /** Grants permission to retrieve detailed information about a statement execution. Access level: Read. https://docs.aws.amazon.com/redshift-data/latest/APIReference/API_DescribeStatement.html */
  DescribeStatement: "R||||3||;",
  /** Grants permission to retrieve metadata about a particular table. Access level: Read. Resources: cluster*, workgroup*. https://docs.aws.amazon.com/redshift-data/latest/APIReference/API_DescribeTable.html */
  DescribeTable: "R|||0;1;,2;1;|||;",
  /** Grants permission to execute a query. Access level: Write. Resources: cluster, workgroup. https://docs.aws.amazon.com/redshift-data/latest/APIReference/API_ExecuteStatement.html */
  ExecuteStatement: "W|||0;0;,2;0;|1,2||;",
  /** Grants permission to get staging bucket location for a given managed workgroup. Access level: Read. Resources: managed-workgroup*. https://docs.aws.amazon.com/redshift-data/latest/APIReference/API_GetStagingBucketLocation.html */
  GetStagingBucketLocation: "R|||1;1;|||",
  /** Grants permission to fetch the result of a query. Access level: Read. https://docs.aws.amazon.com/redshift-data/latest/APIReference/API_GetStatementResult.html */
  GetStatementResult: "R||||3||;,GetStatementResultV2",
  /** Grants permission to list databases for a given cluster. Access level: Read. Resources: cluster*, workgroup*. https://docs.aws.amazon.com/redshift-data/latest/APIReference/API_ListDatabases.html */
  ListDatabases: "R|||0;1;,2;1;|||;",
  /** Grants permission to list schemas for a given cluster. Access level: Read. Resources: cluster*, workgroup*. https://docs.aws.amazon.com/redshift-data/latest/APIReference/API_ListSchemas.html */
  ListSchemas: "R|||0;1;,2;1;|||;",
  /** Grants permission to list queries for a given principal. Access level: List. https://docs.aws.amazon.com/redshift-data/latest/APIReference/API_ListStatements.html */
  ListStatements: "L||||3||;",
  /** Grants permission to list tables for a given cluster. Access level: List. Resources: cluster*, workgroup*. https://docs.aws.amazon.com/redshift-data/latest/APIReference/API_ListTables.html */
  ListTables: "L|||0;1;,2;1;|||;",
} as const;
const actionDetails = {
  BatchExecuteStatement: "|,;~~~|Grants permission to execute multiple queries under a single connection",
  CancelStatement: "|,;~~~|Grants permission to cancel a running query",
  DescribeStatement: "|,;~~~|Grants permission to retrieve detailed information about a statement execution",
  DescribeTable: "|,;~~~|Grants permission to retrieve metadata about a particular table",
  ExecuteStatement: "|,;~~~|Grants permission to execute a query",
  GetStagingBucketLocation: "|,;~|Grants permission to get staging bucket location for a given managed workgroup",
  GetStatementResult: "|,;~~~,~~|Grants permission to fetch the result of a query",
  ListDatabases: "|,;~~~|Grants permission to list databases for a given cluster",
  ListSchemas: "|,;~~~|Grants permission to list schemas for a given cluster",
  ListStatements: "|,;~~~|Grants permission to list queries for a given principal",
  ListTables: "|,;~~~|Grants permission to list tables for a given cluster",
};
const resourceTypeFacts = {
  /** The cluster resource type: arn:${Partition}:redshift:${Region}:${Account}:cluster:${ClusterName} */
  cluster: "|,|0",
  /** The managed-workgroup resource type: arn:${Partition}:redshift-serverless:${Region}:${Account}:managed-workgroup/${ManagedWorkgroupId} */
  "managed-workgroup": "|,managedWorkgroup|",
  /** The workgroup resource type: arn:${Partition}:redshift-serverless:${Region}:${Account}:workgroup/${WorkgroupId} */
  workgroup: "|,|0",
} as const;
const arnFormats = {
  /** ARN of a cluster resource: arn:${Partition}:redshift:${Region}:${Account}:cluster:${ClusterName}. */
  cluster: "|,cluster|arn:|Partition|:redshift:|Region|:|Account|:cluster:|ClusterName|",
  /** ARN of a managed-workgroup resource: arn:${Partition}:redshift-serverless:${Region}:${Account}:managed-workgroup/${ManagedWorkgroupId}. */
  managedWorkgroup:
    "|,managed-workgroup|arn:|Partition|:redshift-serverless:|Region|:|Account|:managed-workgroup/|ManagedWorkgroupId|",
  /** ARN of a workgroup resource: arn:${Partition}:redshift-serverless:${Region}:${Account}:workgroup/${WorkgroupId}. */
  workgroup: "|,workgroup|arn:|Partition|:redshift-serverless:|Region|:|Account|:workgroup/|WorkgroupId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["cluster", "managed-workgroup", "workgroup"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "redshift-data">;
/** Any redshift-data action. */
export type Action = ActionOf<typeof actionFacts, "redshift-data">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "redshift-data">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "redshift-data" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every redshift-data action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by tag-value associated with the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by glue catalog arn. */
  "redshift-data:glue-catalog-arn": "ARN";
  /** Filters access by session owner iam userid. */
  "redshift-data:session-owner-iam-userid": "String";
  /** Filters access by statement owner iam userid. */
  "redshift-data:statement-owner-iam-userid": "String";
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
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by tag-value associated with the resource",
  "redshift-data:glue-catalog-arn": "|,ARN|0||Filters access by glue catalog arn",
  "redshift-data:session-owner-iam-userid": "|,String|0||Filters access by session owner iam userid",
  "redshift-data:statement-owner-iam-userid": "|,String|0||Filters access by statement owner iam userid",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "redshift-data",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
