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
export const prefix: "cloudfront-keyvaluestore" = "cloudfront-keyvaluestore";
/** The service's name in the reference. */
export const serviceName: "Amazon CloudFront KeyValueStore" = "Amazon CloudFront KeyValueStore";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon CloudFront KeyValueStore",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoncloudfrontkeyvaluestore.html",
  },
];
const conditionKeyList = [] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to delete the key value pair specified by the key. Access level: Write. Resources: key-value-store*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_kvs_DeleteKey.html */
  DeleteKey: "W|||0;1;|||;",
  /** Grants permission to return metadata information about Key Value Store. Access level: Read. Resources: key-value-store*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_kvs_DescribeKeyValueStore.html */
  DescribeKeyValueStore: "R|||0;1;|||;",
  /** Grants permission to return a key value pair. Access level: Read. Resources: key-value-store*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_kvs_GetKey.html */
  GetKey: "R|||0;1;|||;",
  /** Grants permission to returns a list of key value pairs. Access level: List. Resources: key-value-store*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_kvs_ListKeys.html */
  ListKeys: "L|||0;1;|||;",
  /** Grants permission to create a new key value pair or replace the value of an existing key. Access level: Write. Resources: key-value-store*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_kvs_PutKey.html */
  PutKey: "W|||0;1;|||;",
  /** Grants permission to put or delete multiple key value pairs in a single, all-or-nothing operation. Access level: Write. Resources: key-value-store*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_kvs_UpdateKeys.html */
  UpdateKeys: "W|||0;1;|||;",
} as const;
const actionDetails = {
  DeleteKey: "|,;~~~|Grants permission to delete the key value pair specified by the key",
  DescribeKeyValueStore: "|,;~~~|Grants permission to return metadata information about Key Value Store",
  GetKey: "|,;~~~|Grants permission to return a key value pair",
  ListKeys: "|,;~~~|Grants permission to returns a list of key value pairs",
  PutKey: "|,;~~~|Grants permission to create a new key value pair or replace the value of an existing key",
  UpdateKeys:
    "|,;~~~|Grants permission to put or delete multiple key value pairs in a single, all-or-nothing operation",
};
const resourceTypeFacts = {
  /** The key-value-store resource type: arn:${Partition}:cloudfront::${Account}:key-value-store/${ResourceId} */
  "key-value-store": "|,keyValueStore|",
} as const;
const arnFormats = {
  /** ARN of a key-value-store resource: arn:${Partition}:cloudfront::${Account}:key-value-store/${ResourceId}. */
  keyValueStore: "|,key-value-store|arn:|Partition|:cloudfront::|Account|:key-value-store/|ResourceId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["key-value-store"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "cloudfront-keyvaluestore">;
/** Any cloudfront-keyvaluestore action. */
export type Action = ActionOf<typeof actionFacts, "cloudfront-keyvaluestore">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "cloudfront-keyvaluestore">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "cloudfront-keyvaluestore" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every cloudfront-keyvaluestore action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "cloudfront-keyvaluestore",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
