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
export const prefix: "pipes" = "pipes";
/** The service's name in the reference. */
export const serviceName: "Amazon EventBridge Pipes" = "Amazon EventBridge Pipes";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon EventBridge Pipes",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoneventbridgepipes.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["iam:PassRole"] as const;
const actionFacts = {
  /** Grants permission to create a pipe. Access level: Write. Resources: pipe*. https://docs.aws.amazon.com/eventbridge/latest/pipes-reference/API_CreatePipe.html */
  CreatePipe: "W|||0;1;|0,1,2|0,pipes:TagResource|;",
  /** Grants permission to delete a pipe. Access level: Write. Resources: pipe*. https://docs.aws.amazon.com/eventbridge/latest/pipes-reference/API_DeletePipe.html */
  DeletePipe: "W|||0;1;|1||;",
  /** Grants permission to describe a pipe. Access level: Read. Resources: pipe*. https://docs.aws.amazon.com/eventbridge/latest/pipes-reference/API_DescribePipe.html */
  DescribePipe: "R|||0;1;|1||;",
  /** Grants permission to list all pipes in your account. Access level: List. https://docs.aws.amazon.com/eventbridge/latest/pipes-reference/API_ListPipes.html */
  ListPipes: "L||||||;",
  /** Grants permission to list the tags for a resource. Access level: Read. Resources: pipe*. https://docs.aws.amazon.com/eventbridge/latest/pipes-reference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;1;|1||;",
  /** Grants permission to start a pipe. Access level: Write. Resources: pipe*. https://docs.aws.amazon.com/eventbridge/latest/pipes-reference/API_StartPipe.html */
  StartPipe: "W|||0;1;|1||;",
  /** Grants permission to stop a pipe. Access level: Write. Resources: pipe*. https://docs.aws.amazon.com/eventbridge/latest/pipes-reference/API_StopPipe.html */
  StopPipe: "W|||0;1;|1||;",
  /** Grants permission to add tags to a resource. Access level: Tagging. Resources: pipe*. https://docs.aws.amazon.com/eventbridge/latest/pipes-reference/API_TagResource.html */
  TagResource: "T|||0;1;|0,1,2||CreatePipe,;",
  /** Grants permission to remove tags from a resource. Access level: Tagging. Resources: pipe*. https://docs.aws.amazon.com/eventbridge/latest/pipes-reference/API_UntagResource.html */
  UntagResource: "T|||0;1;|1,2||;",
  /** Grants permission to update a pipe. Access level: Write. Resources: pipe*. https://docs.aws.amazon.com/eventbridge/latest/pipes-reference/API_UpdatePipe.html */
  UpdatePipe: "W|||0;1;|1|0|;",
} as const;
const actionDetails = {
  CreatePipe: "|,;~~~|Grants permission to create a pipe",
  DeletePipe: "|,;~~~|Grants permission to delete a pipe",
  DescribePipe: "|,;~~~|Grants permission to describe a pipe",
  ListPipes: "|,;~~~|Grants permission to list all pipes in your account",
  ListTagsForResource: "|,;~~~|Grants permission to list the tags for a resource",
  StartPipe: "|,;~~~|Grants permission to start a pipe",
  StopPipe: "|,;~~~|Grants permission to stop a pipe",
  TagResource: "|,;~~~,~~|Grants permission to add tags to a resource",
  UntagResource: "|,;~~~|Grants permission to remove tags from a resource",
  UpdatePipe: "|,;~~~|Grants permission to update a pipe",
};
const resourceTypeFacts = {
  /** The pipe resource type: arn:${Partition}:pipes:${Region}:${Account}:pipe/${Name} */
  pipe: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a pipe resource: arn:${Partition}:pipes:${Region}:${Account}:pipe/${Name}. */
  pipe: "|,pipe|arn:|Partition|:pipes:|Region|:|Account|:pipe/|Name|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["pipe"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "pipes">;
/** Any pipes action. */
export type Action = ActionOf<typeof actionFacts, "pipes">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "pipes">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "pipes" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every pipes action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by allowed set of values for each of the tags. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by tag-value associated with the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the presence of mandatory tags in the request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by allowed set of values for each of the tags",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by tag-value associated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the presence of mandatory tags in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "pipes",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
