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
export const prefix: "rbin" = "rbin";
/** The service's name in the reference. */
export const serviceName: "AWS Recycle Bin" = "AWS Recycle Bin";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Recycle Bin",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsrecyclebin.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "rbin:Attribute/ResourceType",
  "rbin:Request/ResourceType",
] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to create a Recycle Bin retention rule. Access level: Write. Resources: rule*. https://docs.aws.amazon.com/recyclebin/latest/APIReference/API_CreateRule.html */
  CreateRule: "W|||0;1;|0,2,4|rbin:LockRule,rbin:TagResource|;",
  /** Grants permission to delete a Recycle Bin retention rule. Access level: Write. Resources: rule*. https://docs.aws.amazon.com/recyclebin/latest/APIReference/API_DeleteRule.html */
  DeleteRule: "W|||0;1;|1,3||;",
  /** Grants permission to get detailed information about a Recycle Bin retention rule. Access level: Read. Resources: rule*. https://docs.aws.amazon.com/recyclebin/latest/APIReference/API_GetRule.html */
  GetRule: "R|||0;1;|1,3||;",
  /** Grants permission to list the Recycle Bin retention rules in the Region. Access level: Read. https://docs.aws.amazon.com/recyclebin/latest/APIReference/API_ListRules.html */
  ListRules: "R||||4||;",
  /** Grants permission to list the tags associated with a resource. Access level: Read. Resources: rule*. https://docs.aws.amazon.com/recyclebin/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;1;|1,3||;",
  /** Grants permission to lock an existing Recycle Bin retention rule. Access level: Write. Resources: rule*. https://docs.aws.amazon.com/recyclebin/latest/APIReference/API_LockRule.html */
  LockRule: "W|||0;1;|1,3||CreateRule,;",
  /** Grants permission to add or update tags of a resource. Access level: Tagging. Resources: rule*. https://docs.aws.amazon.com/recyclebin/latest/APIReference/API_TagResource.html */
  TagResource: "T|||0;1;|0,1,2,3||CreateRule,;",
  /** Grants permission to unlock an existing Recycle Bin retention rule. Access level: Write. Resources: rule*. https://docs.aws.amazon.com/recyclebin/latest/APIReference/API_UnlockRule.html */
  UnlockRule: "W|||0;1;|1,3||;",
  /** Grants permission to remove tags associated with a resource. Access level: Tagging. Resources: rule*. https://docs.aws.amazon.com/recyclebin/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;1;|1,2,3||;",
  /** Grants permission to update an existing Recycle Bin retention rule. Access level: Write. Resources: rule*. https://docs.aws.amazon.com/recyclebin/latest/APIReference/API_UpdateRule.html */
  UpdateRule: "W|||0;1;|1,3||;",
} as const;
const actionDetails = {
  CreateRule: "|,;~~~|Grants permission to create a Recycle Bin retention rule",
  DeleteRule: "|,;~~~|Grants permission to delete a Recycle Bin retention rule",
  GetRule: "|,;~~~|Grants permission to get detailed information about a Recycle Bin retention rule",
  ListRules: "|,;~~~|Grants permission to list the Recycle Bin retention rules in the Region",
  ListTagsForResource: "|,;~~~|Grants permission to list the tags associated with a resource",
  LockRule: "|,;~~~,~~|Grants permission to lock an existing Recycle Bin retention rule",
  TagResource: "|,;~~~,~~|Grants permission to add or update tags of a resource",
  UnlockRule: "|,;~~~|Grants permission to unlock an existing Recycle Bin retention rule",
  UntagResource: "|,;~~~|Grants permission to remove tags associated with a resource",
  UpdateRule: "|,;~~~|Grants permission to update an existing Recycle Bin retention rule",
};
const resourceTypeFacts = {
  /** The rule resource type: arn:${Partition}:rbin:${Region}:${Account}:rule/${ResourceName} */
  rule: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a rule resource: arn:${Partition}:rbin:${Region}:${Account}:rule/${ResourceName}. */
  rule: "|,rule|arn:|Partition|:rbin:|Region|:|Account|:rule/|ResourceName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["rule"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "rbin">;
/** Any rbin action. */
export type Action = ActionOf<typeof actionFacts, "rbin">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "rbin">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "rbin" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every rbin action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by a tag's key and value in a request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by the presence of tag key-value pairs in the request. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the tag keys in a request. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access by the resource type of the existing rule. */
  "rbin:Attribute/ResourceType": "String";
  /** Filters access by the resource type in a request. */
  "rbin:Request/ResourceType": "String";
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by a tag's key and value in a request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by the presence of tag key-value pairs in the request",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the tag keys in a request",
  "rbin:Attribute/ResourceType": "|,String|0||Filters access by the resource type of the existing rule",
  "rbin:Request/ResourceType": "|,String|0||Filters access by the resource type in a request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "rbin",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
