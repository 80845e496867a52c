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
export const prefix: "execute-api" = "execute-api";
/** The service's name in the reference. */
export const serviceName: "Amazon API Gateway" = "Amazon API Gateway";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon API Gateway",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonapigateway.html",
  },
];
const conditionKeyList = ["execute-api:viaDomainArn"] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to invalidate API cache upon a client request. Access level: Write. Resources: execute-api-general*. https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html */
  InvalidateCache: "W|||1;1;|||",
  /** Grants permission to invoke an API upon a client request. Access level: Write. Resources: execute-api-domain, execute-api-general. https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-call-api.html */
  Invoke: "W|||0;0;,1;0;|||",
  /** Grants permission to access the Websocket @connections Route. Access level: Write. Resources: execute-api-general*. https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-control-access-iam.html */
  ManageConnections: "W|||1;1;|||",
} as const;
const actionDetails = {
  InvalidateCache: "|,;~|Grants permission to invalidate API cache upon a client request",
  Invoke: "|,;~|Grants permission to invoke an API upon a client request",
  ManageConnections: "|,;~|Grants permission to access the Websocket @connections Route",
};
const resourceTypeFacts = {
  /** The execute-api-domain resource type: arn:${Partition}:execute-api:${Region}:${Account}:/domainnames/${DomainName}+${DomainIdentifier} */
  "execute-api-domain": "|,executeApiDomain|",
  /** The execute-api-general resource type: arn:${Partition}:execute-api:${Region}:${Account}:${ApiId}/${Stage}/${Method}/${ApiSpecificResourcePath} */
  "execute-api-general": "|,executeApiGeneral|0",
} as const;
const arnFormats = {
  /** ARN of a execute-api-domain resource: arn:${Partition}:execute-api:${Region}:${Account}:/domainnames/${DomainName}+${DomainIdentifier}. */
  executeApiDomain:
    "|,execute-api-domain|arn:|Partition|:execute-api:|Region|:|Account|:/domainnames/|DomainName|+|DomainIdentifier|",
  /** ARN of a execute-api-general resource: arn:${Partition}:execute-api:${Region}:${Account}:${ApiId}/${Stage}/${Method}/${ApiSpecificResourcePath}. */
  executeApiGeneral:
    "|,execute-api-general|arn:|Partition|:execute-api:|Region|:|Account|:|ApiId|/|Stage|/|Method|/|ApiSpecificResourcePath|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["execute-api-domain", "execute-api-general"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "execute-api">;
/** Any execute-api action. */
export type Action = ActionOf<typeof actionFacts, "execute-api">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "execute-api">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "", client: "" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every execute-api action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the DomainName ARN the API is called from. */
  "execute-api:viaDomainArn": "ARN";
}

/** Condition key -> value type. */
export type ConditionKeys = ConditionKeysOf<ConditionKeyTypes>;

/** Condition key with a placeholder, as the reference writes it -> its template-literal key. */
export interface ConditionKeyPatterns {}

/** A condition key as the reference writes it. */
export type ConditionKeyName = (typeof conditionKeyList)[number];
/** Condition key -> description, types, deprecation. */
export type ConditionKeyInfos = { readonly [K in ConditionKeyName]: ConditionKeyInfo };
const conditionKeyRows: { readonly [K in ConditionKeyName]: string } = {
  "execute-api:viaDomainArn": "|,ARN|0||Filters access by the DomainName ARN the API is called from",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "execute-api",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
