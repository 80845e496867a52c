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
export const prefix: "opensearch" = "opensearch";
/** The service's name in the reference. */
export const serviceName: "Amazon OpenSearch" = "Amazon OpenSearch";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon OpenSearch",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonopensearch.html",
  },
];
const conditionKeyList = [] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to access OpenSearch Application. Access level: Permissions management. Resources: application*. Permission only. https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ */
  ApplicationAccessAll: "P||1|0;1;|||",
  /** Grants permission to cancel submitted Auto Optimize Job. Access level: Write. https://docs.aws.amazon.com/opensearch-service/latest/developerguide/serverless-auto-optimize.html */
  CancelAutoOptimizeJob: "W||||||",
  /** Grants permission to cancel the query that is submitted on the OpenSearch DataSource resource. Access level: Write. Resources: datasource*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_CancelDirectQuery.html */
  CancelDirectQuery: "W|||1;1;|||",
  /** Grants permission to delete Auto Optimize Job. Access level: Write. https://docs.aws.amazon.com/opensearch-service/latest/developerguide/serverless-auto-optimize.html */
  DeleteAutoOptimizeJob: "W||||||",
  /** Grants permission to get the Auto Optimize Job details. Access level: Read. https://docs.aws.amazon.com/opensearch-service/latest/developerguide/serverless-auto-optimize.html */
  GetAutoOptimizeJob: "R||||||",
  /** Grants permission to get the query status that are performed on the OpenSearch DataSource resource. Access level: Read. Resources: datasource*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_GetDirectQuery.html */
  GetDirectQuery: "R|||1;1;|||",
  /** Grants permission to get the results of a query that is performed on the OpenSearch DataSource resource. Access level: Read. Resources: datasource*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_GetDirectQueryResult.html */
  GetDirectQueryResult: "R|||1;1;|||",
  /** Grants permission to retrieve a list of Auto Optimize Jobs. Access level: List. https://docs.aws.amazon.com/opensearch-service/latest/developerguide/serverless-auto-optimize.html */
  ListAutoOptimizeJobs: "L||||||",
  /** Grants permission to start a direct query on the provided OpenSearch DataSource arns. Access level: Write. Resources: datasource*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_StartDirectQuery.html */
  StartDirectQuery: "W|||1;1;|||",
  /** Grants permission to create new Auto Optimize Job. Access level: Write. https://docs.aws.amazon.com/opensearch-service/latest/developerguide/serverless-auto-optimize.html */
  SubmitAutoOptimizeJob: "W||||||",
} as const;
const actionDetails = {
  ApplicationAccessAll: "|,;~|Grants permission to access OpenSearch Application",
  CancelAutoOptimizeJob: "|,;~|Grants permission to cancel submitted Auto Optimize Job",
  CancelDirectQuery:
    "|,;~|Grants permission to cancel the query that is submitted on the OpenSearch DataSource resource",
  DeleteAutoOptimizeJob: "|,;~|Grants permission to delete Auto Optimize Job",
  GetAutoOptimizeJob: "|,;~|Grants permission to get the Auto Optimize Job details",
  GetDirectQuery:
    "|,;~|Grants permission to get the query status that are performed on the OpenSearch DataSource resource",
  GetDirectQueryResult:
    "|,;~|Grants permission to get the results of a query that is performed on the OpenSearch DataSource resource",
  ListAutoOptimizeJobs: "|,;~|Grants permission to retrieve a list of Auto Optimize Jobs",
  StartDirectQuery: "|,;~|Grants permission to start a direct query on the provided OpenSearch DataSource arns",
  SubmitAutoOptimizeJob: "|,;~|Grants permission to create new Auto Optimize Job",
};
const resourceTypeFacts = {
  /** The application resource type: arn:${Partition}:opensearch:${Region}:${Account}:application/${AppId} */
  application: "|,|",
  /** The datasource resource type: arn:${Partition}:opensearch:${Region}:${Account}:datasource/${DataSourceName} */
  datasource: "|,|",
} as const;
const arnFormats = {
  /** ARN of a application resource: arn:${Partition}:opensearch:${Region}:${Account}:application/${AppId}. */
  application: "|,application|arn:|Partition|:opensearch:|Region|:|Account|:application/|AppId|",
  /** ARN of a datasource resource: arn:${Partition}:opensearch:${Region}:${Account}:datasource/${DataSourceName}. */
  datasource: "|,datasource|arn:|Partition|:opensearch:|Region|:|Account|:datasource/|DataSourceName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["application", "datasource"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "opensearch">;
/** Any opensearch action. */
export type Action = ActionOf<typeof actionFacts, "opensearch">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "opensearch">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "", client: "" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every opensearch action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
export interface ConditionKeyTypes {}

/** Condition key -> value type. */
export type ConditionKeys = ConditionKeysOf<ConditionKeyTypes>;

/** Condition key with a placeholder, as the reference writes it -> its template-literal key. */
export interface ConditionKeyPatterns {}

/** A condition key as the reference writes it. */
export type ConditionKeyName = (typeof conditionKeyList)[number];
/** Condition key -> description, types, deprecation. */
export type ConditionKeyInfos = { readonly [K in ConditionKeyName]: ConditionKeyInfo };
const conditionKeyRows: { readonly [K in ConditionKeyName]: string } = {};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "opensearch",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
