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
export const prefix: "dlm" = "dlm";
/** The service's name in the reference. */
export const serviceName: "Amazon Data Lifecycle Manager" = "Amazon Data Lifecycle Manager";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Data Lifecycle Manager",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazondatalifecyclemanager.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["iam:PassRole"] as const;
const actionFacts = {
  /** Grants permission to create a data lifecycle policy to manage the scheduled creation and retention of Amazon EBS snapshots. You may have up to 100 policies. Access level: Write. https://docs.aws.amazon.com/dlm/latest/APIReference/API_CreateLifecyclePolicy.html */
  CreateLifecyclePolicy: "W||||0,2|dlm:TagResource,0|;",
  /** Grants permission to delete an existing data lifecycle policy. In addition, this action halts the creation and deletion of snapshots that the policy specified. Existing snapshots are not affected. Access level: Write. Resources: policy*. https://docs.aws.amazon.com/dlm/latest/APIReference/API_DeleteLifecyclePolicy.html */
  DeleteLifecyclePolicy: "W|||0;1;|||;",
  /** Grants permission to returns a list of summary descriptions of data lifecycle policies. Access level: List. https://docs.aws.amazon.com/dlm/latest/APIReference/API_GetLifecyclePolicies.html */
  GetLifecyclePolicies: "L||||||;",
  /** Grants permission to return a complete description of a single data lifecycle policy. Access level: Read. Resources: policy*. https://docs.aws.amazon.com/dlm/latest/APIReference/API_GetLifecyclePolicy.html */
  GetLifecyclePolicy: "R|||0;1;|||;",
  /** Grants permission to list the tags associated with a resource. Access level: Read. Resources: policy*. https://docs.aws.amazon.com/dlm/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;1;|||;",
  /** Grants permission to add or update tags of a resource. Access level: Tagging. Resources: policy*. https://docs.aws.amazon.com/dlm/latest/APIReference/API_TagResource.html */
  TagResource: "T|||0;1;|0,2||CreateLifecyclePolicy,;",
  /** Grants permission to remove tags associated with a resource. Access level: Tagging. Resources: policy*. https://docs.aws.amazon.com/dlm/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;1;|2||;",
  /** Grants permission to update an existing data lifecycle policy. Access level: Write. Resources: policy*. https://docs.aws.amazon.com/dlm/latest/APIReference/API_UpdateLifecyclePolicy.html */
  UpdateLifecyclePolicy: "W|||0;1;||0|;",
} as const;
const actionDetails = {
  CreateLifecyclePolicy:
    "|,;~~~|Grants permission to create a data lifecycle policy to manage the scheduled creation and retention of Amazon EBS snapshots. You may have up to 100 policies",
  DeleteLifecyclePolicy:
    "|,;~~~|Grants permission to delete an existing data lifecycle policy. In addition, this action halts the creation and deletion of snapshots that the policy specified. Existing snapshots are not affected",
  GetLifecyclePolicies: "|,;~~~|Grants permission to returns a list of summary descriptions of data lifecycle policies",
  GetLifecyclePolicy: "|,;~~~|Grants permission to return a complete description of a single data lifecycle policy",
  ListTagsForResource: "|,;~~~|Grants permission to list the tags associated with a resource",
  TagResource: "|,;~~~,~~|Grants permission to add or update tags of a resource",
  UntagResource: "|,;~~~|Grants permission to remove tags associated with a resource",
  UpdateLifecyclePolicy: "|,;~~~|Grants permission to update an existing data lifecycle policy",
};
const resourceTypeFacts = {
  /** The policy resource type: arn:${Partition}:dlm:${Region}:${Account}:policy/${ResourceName} */
  policy: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a policy resource: arn:${Partition}:dlm:${Region}:${Account}:policy/${ResourceName}. */
  policy: "|,policy|arn:|Partition|:dlm:|Region|:|Account|:policy/|ResourceName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["policy"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "dlm">;
/** Any dlm action. */
export type Action = ActionOf<typeof actionFacts, "dlm">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "dlm">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "dlm" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every dlm action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the tags that are passed in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by the tag key-value pairs attached to the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the tag keys that are passed in the request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by the tags that are passed in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by the tag key-value pairs attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the tag keys that are passed in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "dlm",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
