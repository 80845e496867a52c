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
export const prefix: "scheduler" = "scheduler";
/** The service's name in the reference. */
export const serviceName: "Amazon EventBridge Scheduler" = "Amazon EventBridge Scheduler";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon EventBridge Scheduler",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoneventbridgescheduler.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["iam:PassRole"] as const;
const actionFacts = {
  /** Grants permission to create an Amazon EventBridge Scheduler schedule. Access level: Write. Resources: schedule*. https://docs.aws.amazon.com/scheduler/latest/APIReference/API_CreateSchedule.html */
  CreateSchedule: "W|||0;1;|1|0|;",
  /** Grants permission to create an Amazon EventBridge Scheduler schedule group. Access level: Write. Resources: schedule-group*. https://docs.aws.amazon.com/scheduler/latest/APIReference/API_CreateScheduleGroup.html */
  CreateScheduleGroup: "W|||1;1;|0,2|scheduler:TagResource|;",
  /** Grants permission to delete an Amazon EventBridge Scheduler schedule. Access level: Write. Resources: schedule*. https://docs.aws.amazon.com/scheduler/latest/APIReference/API_DeleteSchedule.html */
  DeleteSchedule: "W|||0;1;|1||;,DeleteScheduleGroup",
  /** Grants permission to delete an Amazon EventBridge Scheduler schedule group. Access level: Write. Resources: schedule-group*. https://docs.aws.amazon.com/scheduler/latest/APIReference/API_DeleteScheduleGroup.html */
  DeleteScheduleGroup: "W|||1;1;|1|scheduler:DeleteSchedule|;",
  /** Grants permission to view details about an Amazon EventBridge Scheduler schedule. Access level: Read. Resources: schedule*. https://docs.aws.amazon.com/scheduler/latest/APIReference/API_GetSchedule.html */
  GetSchedule: "R|||0;1;|1||;",
  /** Grants permission to view details about an Amazon EventBridge Scheduler schedule group. Access level: Read. Resources: schedule-group*. https://docs.aws.amazon.com/scheduler/latest/APIReference/API_GetScheduleGroup.html */
  GetScheduleGroup: "R|||1;1;|1||;",
  /** Grants permission to list the Amazon EventBridge Scheduler schedule groups in your account. Access level: List. https://docs.aws.amazon.com/scheduler/latest/APIReference/API_ListScheduleGroups.html */
  ListScheduleGroups: "L||||||;",
  /** Grants permission to list the Amazon EventBridge Scheduler schedules in your account. Access level: List. https://docs.aws.amazon.com/scheduler/latest/APIReference/API_ListSchedules.html */
  ListSchedules: "L||||||;",
  /** Grants permission to list the Amazon EventBridge Scheduler schedules in your account associated with a target. Access level: List. https://docs.aws.amazon.com/scheduler/latest/UserGuide/ */
  ListSchedulesByTarget: "L||||||",
  /** Grants permission to lists tag for an Amazon EventBridge Scheduler resource. Access level: Read. Resources: schedule-group. https://docs.aws.amazon.com/scheduler/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||1;0;|1||;",
  /** Grants permission to tag an Amazon EventBridge Scheduler resource. Access level: Tagging. Resources: schedule-group*. https://docs.aws.amazon.com/scheduler/latest/APIReference/API_TagResource.html */
  TagResource: "T|||1;1;|0,1,2||CreateScheduleGroup,;",
  /** Grants permission to untag an Amazon EventBridge Scheduler resource. Access level: Tagging. Resources: schedule-group*. https://docs.aws.amazon.com/scheduler/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||1;1;|1,2||;",
  /** Grants permission to modify an Amazon EventBridge Scheduler schedule. Access level: Write. Resources: schedule*. https://docs.aws.amazon.com/scheduler/latest/APIReference/API_UpdateSchedule.html */
  UpdateSchedule: "W|||0;1;|1|0|;",
} as const;
const actionDetails = {
  CreateSchedule: "|,;~~~|Grants permission to create an Amazon EventBridge Scheduler schedule",
  CreateScheduleGroup: "|,;~~~|Grants permission to create an Amazon EventBridge Scheduler schedule group",
  DeleteSchedule: "|,;~~~,~~|Grants permission to delete an Amazon EventBridge Scheduler schedule",
  DeleteScheduleGroup: "|,;~~~|Grants permission to delete an Amazon EventBridge Scheduler schedule group",
  GetSchedule: "|,;~~~|Grants permission to view details about an Amazon EventBridge Scheduler schedule",
  GetScheduleGroup: "|,;~~~|Grants permission to view details about an Amazon EventBridge Scheduler schedule group",
  ListScheduleGroups:
    "|,;~~~|Grants permission to list the Amazon EventBridge Scheduler schedule groups in your account",
  ListSchedules: "|,;~~~|Grants permission to list the Amazon EventBridge Scheduler schedules in your account",
  ListSchedulesByTarget:
    "|,;~|Grants permission to list the Amazon EventBridge Scheduler schedules in your account associated with a target",
  ListTagsForResource: "|,;~~~|Grants permission to lists tag for an Amazon EventBridge Scheduler resource",
  TagResource: "|,;~~~,~~|Grants permission to tag an Amazon EventBridge Scheduler resource",
  UntagResource: "|,;~~~|Grants permission to untag an Amazon EventBridge Scheduler resource",
  UpdateSchedule: "|,;~~~|Grants permission to modify an Amazon EventBridge Scheduler schedule",
};
const resourceTypeFacts = {
  /** The schedule resource type: arn:${Partition}:scheduler:${Region}:${Account}:schedule/${GroupName}/${ScheduleName} */
  schedule: "|,|",
  /** The schedule-group resource type: arn:${Partition}:scheduler:${Region}:${Account}:schedule-group/${GroupName} */
  "schedule-group": "|,scheduleGroup|1",
} as const;
const arnFormats = {
  /** ARN of a schedule resource: arn:${Partition}:scheduler:${Region}:${Account}:schedule/${GroupName}/${ScheduleName}. */
  schedule: "|,schedule|arn:|Partition|:scheduler:|Region|:|Account|:schedule/|GroupName|/|ScheduleName|",
  /** ARN of a schedule-group resource: arn:${Partition}:scheduler:${Region}:${Account}:schedule-group/${GroupName}. */
  scheduleGroup: "|,schedule-group|arn:|Partition|:scheduler:|Region|:|Account|:schedule-group/|GroupName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["schedule", "schedule-group"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "scheduler">;
/** Any scheduler action. */
export type Action = ActionOf<typeof actionFacts, "scheduler">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "scheduler">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "scheduler" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every scheduler action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the presence of tag key-value pairs in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by tag key-value pairs attached to the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by tag keys in the request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by the presence of tag key-value pairs in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by tag key-value pairs attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by tag keys in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "scheduler",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
