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
export const prefix: "codeguru-profiler" = "codeguru-profiler";
/** The service's name in the reference. */
export const serviceName: "Amazon CodeGuru Profiler" = "Amazon CodeGuru Profiler";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon CodeGuru Profiler",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoncodeguruprofiler.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to add up to 2 topic ARNs of existing AWS SNS topics to publish notifications. Access level: Write. Resources: ProfilingGroup*. https://docs.aws.amazon.com/codeguru/latest/profiler-api/API_AddNotificationChannels.html */
  AddNotificationChannels: "W|||0;1;|||;",
  /** Grants permission to get the frame metric data for a Profiling Group. Access level: List. Resources: ProfilingGroup*. https://docs.aws.amazon.com/codeguru/latest/profiler-api/API_BatchGetFrameMetricData.html */
  BatchGetFrameMetricData: "L|||0;1;|||;",
  /** Grants permission to register with the orchestration service and retrieve profiling configuration information, used by agents. Access level: Write. Resources: ProfilingGroup*. https://docs.aws.amazon.com/codeguru/latest/profiler-api/API_ConfigureAgent.html */
  ConfigureAgent: "W|||0;1;|||;",
  /** Grants permission to create a profiling group. Access level: Write. https://docs.aws.amazon.com/codeguru/latest/profiler-api/API_CreateProfilingGroup.html */
  CreateProfilingGroup: "W||||0,2|codeguru-profiler:TagResource|;",
  /** Grants permission to delete a profiling group. Access level: Write. Resources: ProfilingGroup*. https://docs.aws.amazon.com/codeguru/latest/profiler-api/API_DeleteProfilingGroup.html */
  DeleteProfilingGroup: "W|||0;1;|||;",
  /** Grants permission to describe a profiling group. Access level: Read. Resources: ProfilingGroup*. https://docs.aws.amazon.com/codeguru/latest/profiler-api/API_DescribeProfilingGroup.html */
  DescribeProfilingGroup: "R|||0;1;|||;",
  /** Grants permission to get a summary of recent recommendations for each profiling group in the account. Access level: Read. https://docs.aws.amazon.com/codeguru/latest/profiler-api/API_GetFindingsReportAccountSummary.html */
  GetFindingsReportAccountSummary: "R||||||;",
  /** Grants permission to get the notification configuration. Access level: Read. Resources: ProfilingGroup*. https://docs.aws.amazon.com/codeguru/latest/profiler-api/API_GetNotificationConfiguration.html */
  GetNotificationConfiguration: "R|||0;1;|||;",
  /** Grants permission to get the resource policy associated with the specified Profiling Group. Access level: Read. Resources: ProfilingGroup*. https://docs.aws.amazon.com/codeguru/latest/profiler-api/API_GetPolicy.html */
  GetPolicy: "R|||0;1;|||;",
  /** Grants permission to get aggregated profiles for a specific profiling group. Access level: Read. Resources: ProfilingGroup*. https://docs.aws.amazon.com/codeguru/latest/profiler-api/API_GetProfile.html */
  GetProfile: "R|||0;1;|||;",
  /** Grants permission to get recommendations. Access level: Read. Resources: ProfilingGroup*. https://docs.aws.amazon.com/codeguru/latest/profiler-api/API_GetRecommendations.html */
  GetRecommendations: "R|||0;1;|||;",
  /** Grants permission to list the available recommendations reports for a specific profiling group. Access level: List. Resources: ProfilingGroup*. https://docs.aws.amazon.com/codeguru/latest/profiler-api/API_ListFindingsReports.html */
  ListFindingsReports: "L|||0;1;|||;",
  /** Grants permission to list the start times of the available aggregated profiles for a specific profiling group. Access level: List. Resources: ProfilingGroup*. https://docs.aws.amazon.com/codeguru/latest/profiler-api/API_ListProfileTimes.html */
  ListProfileTimes: "L|||0;1;|||;",
  /** Grants permission to list profiling groups in the account. Access level: List. https://docs.aws.amazon.com/codeguru/latest/profiler-api/API_ListProfilingGroups.html */
  ListProfilingGroups: "L||||||;",
  /** Grants permission to list tags for a Profiling Group. Access level: List. Resources: ProfilingGroup*. https://docs.aws.amazon.com/codeguru/latest/profiler-api/API_ListTagsForResource.html */
  ListTagsForResource: "L|||0;1;|||;",
  /** Grants permission to submit a profile collected by an agent belonging to a specific profiling group for aggregation. Access level: Write. Resources: ProfilingGroup*. https://docs.aws.amazon.com/codeguru/latest/profiler-api/API_PostAgentProfile.html */
  PostAgentProfile: "W|||0;1;|||;",
  /** Grants permission to update the list of principals allowed for an action group in the resource policy associated with the specified Profiling Group. Access level: Permissions management. Resources: ProfilingGroup*. https://docs.aws.amazon.com/codeguru/latest/profiler-api/API_PutPermission.html */
  PutPermission: "P|||0;1;|||;",
  /** Grants permission to delete an already configured SNStopic arn from the notification configuration. Access level: Write. Resources: ProfilingGroup*. https://docs.aws.amazon.com/codeguru/latest/profiler-api/API_RemoveNotificationChannel.html */
  RemoveNotificationChannel: "W|||0;1;|||;",
  /** Grants permission to remove the permission of specified Action Group from the resource policy associated with the specified Profiling Group. Access level: Permissions management. Resources: ProfilingGroup*. https://docs.aws.amazon.com/codeguru/latest/profiler-api/API_RemovePermission.html */
  RemovePermission: "P|||0;1;|||;",
  /** Grants permission to submit user feedback for useful or non useful anomaly. Access level: Write. Resources: ProfilingGroup*. https://docs.aws.amazon.com/codeguru/latest/profiler-api/API_SubmitFeedback.html */
  SubmitFeedback: "W|||0;1;|||;",
  /** Grants permission to add or overwrite tags to a Profiling Group. Access level: Tagging. Resources: ProfilingGroup*. https://docs.aws.amazon.com/codeguru/latest/profiler-api/API_TagResource.html */
  TagResource: "T|||0;1;|0,2||CreateProfilingGroup,;",
  /** Grants permission to remove tags from a Profiling Group. Access level: Tagging. Resources: ProfilingGroup*. https://docs.aws.amazon.com/codeguru/latest/profiler-api/API_UntagResource.html */
  UntagResource: "T|||0;1;|2||;",
  /** Grants permission to update a specific profiling group. Access level: Write. Resources: ProfilingGroup*. https://docs.aws.amazon.com/codeguru/latest/profiler-api/API_UpdateProfilingGroup.html */
  UpdateProfilingGroup: "W|||0;1;|||;",
} as const;
const actionDetails = {
  AddNotificationChannels:
    "|,;~~~|Grants permission to add up to 2 topic ARNs of existing AWS SNS topics to publish notifications",
  BatchGetFrameMetricData: "|,;~~~|Grants permission to get the frame metric data for a Profiling Group",
  ConfigureAgent:
    "|,;~~~|Grants permission to register with the orchestration service and retrieve profiling configuration information, used by agents",
  CreateProfilingGroup: "|,;~~~|Grants permission to create a profiling group",
  DeleteProfilingGroup: "|,;~~~|Grants permission to delete a profiling group",
  DescribeProfilingGroup: "|,;~~~|Grants permission to describe a profiling group",
  GetFindingsReportAccountSummary:
    "|,;~~~|Grants permission to get a summary of recent recommendations for each profiling group in the account",
  GetNotificationConfiguration: "|,;~~~|Grants permission to get the notification configuration",
  GetPolicy: "|,;~~~|Grants permission to get the resource policy associated with the specified Profiling Group",
  GetProfile: "|,;~~~|Grants permission to get aggregated profiles for a specific profiling group",
  GetRecommendations: "|,;~~~|Grants permission to get recommendations",
  ListFindingsReports:
    "|,;~~~|Grants permission to list the available recommendations reports for a specific profiling group",
  ListProfileTimes:
    "|,;~~~|Grants permission to list the start times of the available aggregated profiles for a specific profiling group",
  ListProfilingGroups: "|,;~~~|Grants permission to list profiling groups in the account",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for a Profiling Group",
  PostAgentProfile:
    "|,;~~~|Grants permission to submit a profile collected by an agent belonging to a specific profiling group for aggregation",
  PutPermission:
    "|,;~~~|Grants permission to update the list of principals allowed for an action group in the resource policy associated with the specified Profiling Group",
  RemoveNotificationChannel:
    "|,;~~~|Grants permission to delete an already configured SNStopic arn from the notification configuration",
  RemovePermission:
    "|,;~~~|Grants permission to remove the permission of specified Action Group from the resource policy associated with the specified Profiling Group",
  SubmitFeedback: "|,;~~~|Grants permission to submit user feedback for useful or non useful anomaly",
  TagResource: "|,;~~~,~~|Grants permission to add or overwrite tags to a Profiling Group",
  UntagResource: "|,;~~~|Grants permission to remove tags from a Profiling Group",
  UpdateProfilingGroup: "|,;~~~|Grants permission to update a specific profiling group",
};
const resourceTypeFacts = {
  /** The ProfilingGroup resource type: arn:${Partition}:codeguru-profiler:${Region}:${Account}:profilingGroup/${ProfilingGroupName} */
  ProfilingGroup: "|,profilingGroup|1",
} as const;
const arnFormats = {
  /** ARN of a ProfilingGroup resource: arn:${Partition}:codeguru-profiler:${Region}:${Account}:profilingGroup/${ProfilingGroupName}. */
  profilingGroup:
    "|,ProfilingGroup|arn:|Partition|:codeguru-profiler:|Region|:|Account|:profilingGroup/|ProfilingGroupName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["ProfilingGroup"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "codeguru-profiler">;
/** Any codeguru-profiler action. */
export type Action = ActionOf<typeof actionFacts, "codeguru-profiler">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "codeguru-profiler">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "codeguruprofiler" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every codeguru-profiler action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the presence of tag keys in the request. */
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
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the presence of tag keys in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "codeguru-profiler",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
