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
export const prefix: "dbqms" = "dbqms";
/** The service's name in the reference. */
export const serviceName: "Database Query Metadata Service" = "Database Query Metadata Service";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Database Query Metadata Service",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_databasequerymetadataservice.html",
  },
];
const conditionKeyList = [] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to create a new favorite query. Access level: Write. https://docs.aws.amazon.com/qldb/latest/developerguide/dbqms-api.html#CreateFavoriteQuery */
  CreateFavoriteQuery: "W||||||",
  /** Grants permission to add a query to the history. Access level: Write. https://docs.aws.amazon.com/service-authorization/latest/reference/list_databasequerymetadataservice.html */
  CreateQueryHistory: "W||||||",
  /** Grants permission to create a new query tab. Access level: Write. https://docs.aws.amazon.com/qldb/latest/developerguide/dbqms-api.html#CreateTab */
  CreateTab: "W||||||",
  /** Grants permission to delete saved queries. Access level: Write. https://docs.aws.amazon.com/qldb/latest/developerguide/dbqms-api.html#DeleteFavoriteQueries */
  DeleteFavoriteQueries: "W||||||",
  /** Grants permission to delete a historical query. Access level: Write. https://docs.aws.amazon.com/qldb/latest/developerguide/dbqms-api.html#DeleteQueryHistory */
  DeleteQueryHistory: "W||||||",
  /** Grants permission to delete query tab. Access level: Write. https://docs.aws.amazon.com/qldb/latest/developerguide/dbqms-api.html#DeleteTab */
  DeleteTab: "W||||||",
  /** Grants permission to list saved queries and associated metadata. Access level: List. https://docs.aws.amazon.com/qldb/latest/developerguide/dbqms-api.html#DescribeFavoriteQueries */
  DescribeFavoriteQueries: "L||||||",
  /** Grants permission to list history of queries that were run. Access level: List. https://docs.aws.amazon.com/qldb/latest/developerguide/dbqms-api.html#DescribeQueryHistory */
  DescribeQueryHistory: "L||||||",
  /** Grants permission to list query tabs and associated metadata. Access level: List. https://docs.aws.amazon.com/qldb/latest/developerguide/dbqms-api.html#DescribeTabs */
  DescribeTabs: "L||||||",
  /** Grants permission to retrieve favorite or history query string by id. Access level: Read. https://docs.aws.amazon.com/qldb/latest/developerguide/dbqms-api.html#GetQueryString */
  GetQueryString: "R||||||",
  /** Grants permission to update saved query and description. Access level: Write. https://docs.aws.amazon.com/qldb/latest/developerguide/dbqms-api.html#UpdateFavoriteQuery */
  UpdateFavoriteQuery: "W||||||",
  /** Grants permission to update the query history. Access level: Write. https://docs.aws.amazon.com/qldb/latest/developerguide/dbqms-api.html#UpdateQueryHistory */
  UpdateQueryHistory: "W||||||",
  /** Grants permission to update query tab. Access level: Write. https://docs.aws.amazon.com/qldb/latest/developerguide/dbqms-api.html#UpdateTab */
  UpdateTab: "W||||||",
} as const;
const actionDetails = {
  CreateFavoriteQuery: "|,;~|Grants permission to create a new favorite query",
  CreateQueryHistory: "|,;~|Grants permission to add a query to the history",
  CreateTab: "|,;~|Grants permission to create a new query tab",
  DeleteFavoriteQueries: "|,;~|Grants permission to delete saved queries",
  DeleteQueryHistory: "|,;~|Grants permission to delete a historical query",
  DeleteTab: "|,;~|Grants permission to delete query tab",
  DescribeFavoriteQueries: "|,;~|Grants permission to list saved queries and associated metadata",
  DescribeQueryHistory: "|,;~|Grants permission to list history of queries that were run",
  DescribeTabs: "|,;~|Grants permission to list query tabs and associated metadata",
  GetQueryString: "|,;~|Grants permission to retrieve favorite or history query string by id",
  UpdateFavoriteQuery: "|,;~|Grants permission to update saved query and description",
  UpdateQueryHistory: "|,;~|Grants permission to update the query history",
  UpdateTab: "|,;~|Grants permission to update query tab",
};
const resourceTypeFacts = {} as const;
const arnFormats = {} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "dbqms">;
/** Any dbqms action. */
export type Action = ActionOf<typeof actionFacts, "dbqms">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "dbqms">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "", client: "" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every dbqms action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "dbqms",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
