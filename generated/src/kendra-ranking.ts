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
export const prefix: "kendra-ranking" = "kendra-ranking";
/** The service's name in the reference. */
export const serviceName: "Amazon Kendra Intelligent Ranking" = "Amazon Kendra Intelligent Ranking";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Kendra Intelligent Ranking",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonkendraintelligentranking.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to create a RescoreExecutionPlan. Access level: Write. https://docs.aws.amazon.com/kendra/latest/dg/API_Ranking_CreateRescoreExecutionPlan.html */
  CreateRescoreExecutionPlan: "W||||0,2|kendra-ranking:TagResource|;",
  /** Grants permission to delete a RescoreExecutionPlan. Access level: Write. Resources: rescore-execution-plan*. https://docs.aws.amazon.com/kendra/latest/dg/API_Ranking_DeleteRescoreExecutionPlan.html */
  DeleteRescoreExecutionPlan: "W|||0;1;|||;",
  /** Grants permission to describe a RescoreExecutionPlan. Access level: Read. Resources: rescore-execution-plan*. https://docs.aws.amazon.com/kendra/latest/dg/API_Ranking_DescribeRescoreExecutionPlan.html */
  DescribeRescoreExecutionPlan: "R|||0;1;|||;",
  /** Grants permission to list all RescoreExecutionPlans. Access level: List. https://docs.aws.amazon.com/kendra/latest/dg/API_Ranking_ListRescoreExecutionPlans.html */
  ListRescoreExecutionPlans: "L||||||;",
  /** Grants permission to list tags for a resource. Access level: Read. Resources: rescore-execution-plan. https://docs.aws.amazon.com/kendra/latest/dg/API_Ranking_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;|||;",
  /** Grants permission to Rescore documents with Kendra Intelligent Ranking. Access level: Read. Resources: rescore-execution-plan*. https://docs.aws.amazon.com/kendra/latest/dg/API_Ranking_Rescore.html */
  Rescore: "R|||0;1;|||;",
  /** Grants permission to tag a resource with given key value pairs. Access level: Tagging. Resources: rescore-execution-plan. https://docs.aws.amazon.com/kendra/latest/dg/API_Ranking_TagResource.html */
  TagResource: "T|||0;0;|0,2||CreateRescoreExecutionPlan,;",
  /** Grants permission to remove the tag with the given key from a resource. Access level: Tagging. Resources: rescore-execution-plan. https://docs.aws.amazon.com/kendra/latest/dg/API_Ranking_UntagResource.html */
  UntagResource: "T|||0;0;|2||;",
  /** Grants permission to update a RescoreExecutionPlan. Access level: Write. Resources: rescore-execution-plan*. https://docs.aws.amazon.com/kendra/latest/dg/API_Ranking_UpdateRescoreExecutionPlan.html */
  UpdateRescoreExecutionPlan: "W|||0;1;|||;",
} as const;
const actionDetails = {
  CreateRescoreExecutionPlan: "|,;~~~|Grants permission to create a RescoreExecutionPlan",
  DeleteRescoreExecutionPlan: "|,;~~~|Grants permission to delete a RescoreExecutionPlan",
  DescribeRescoreExecutionPlan: "|,;~~~|Grants permission to describe a RescoreExecutionPlan",
  ListRescoreExecutionPlans: "|,;~~~|Grants permission to list all RescoreExecutionPlans",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for a resource",
  Rescore: "|,;~~~|Grants permission to Rescore documents with Kendra Intelligent Ranking",
  TagResource: "|,;~~~,~~|Grants permission to tag a resource with given key value pairs",
  UntagResource: "|,;~~~|Grants permission to remove the tag with the given key from a resource",
  UpdateRescoreExecutionPlan: "|,;~~~|Grants permission to update a RescoreExecutionPlan",
};
const resourceTypeFacts = {
  /** The rescore-execution-plan resource type: arn:${Partition}:kendra-ranking:${Region}:${Account}:rescore-execution-plan/${RescoreExecutionPlanId} */
  "rescore-execution-plan": "|,rescoreExecutionPlan|1",
} as const;
const arnFormats = {
  /** ARN of a rescore-execution-plan resource: arn:${Partition}:kendra-ranking:${Region}:${Account}:rescore-execution-plan/${RescoreExecutionPlanId}. */
  rescoreExecutionPlan:
    "|,rescore-execution-plan|arn:|Partition|:kendra-ranking:|Region|:|Account|:rescore-execution-plan/|RescoreExecutionPlanId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["rescore-execution-plan"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "kendra-ranking">;
/** Any kendra-ranking action. */
export type Action = ActionOf<typeof actionFacts, "kendra-ranking">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "kendra-ranking">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "kendra-ranking" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every kendra-ranking action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the tags associated with the resource. */
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
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by the tags associated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the tag keys that are passed in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "kendra-ranking",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
