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
export const prefix: "rum" = "rum";
/** The service's name in the reference. */
export const serviceName: "AWS CloudWatch RUM" = "AWS CloudWatch RUM";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS CloudWatch RUM",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awscloudwatchrum.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["iam:CreateServiceLinkedRole", "iam:GetRole"] as const;
const actionFacts = {
  /** Grants permission to create rum metric definitions. Access level: Write. Resources: AppMonitorResource*. https://docs.aws.amazon.com/cloudwatchrum/latest/APIReference/API_BatchCreateRumMetricDefinitions.html */
  BatchCreateRumMetricDefinitions: "W|||0;1;|||;",
  /** Grants permission to remove rum metric definitions. Access level: Write. Resources: AppMonitorResource*. https://docs.aws.amazon.com/cloudwatchrum/latest/APIReference/API_BatchDeleteRumMetricDefinitions.html */
  BatchDeleteRumMetricDefinitions: "W|||0;1;|||;",
  /** Grants permission to get rum metric definitions. Access level: Read. Resources: AppMonitorResource*. https://docs.aws.amazon.com/cloudwatchrum/latest/APIReference/API_BatchGetRumMetricDefinitions.html */
  BatchGetRumMetricDefinitions: "R|||0;1;|||;",
  /** Grants permission to create appMonitor metadata. Access level: Write. Resources: AppMonitorResource*. https://docs.aws.amazon.com/cloudwatchrum/latest/APIReference/API_CreateAppMonitor.html */
  CreateAppMonitor: "W|||0;1;|0,2|0,1,rum:TagResource|;",
  /** Grants permission to delete appMonitor metadata. Access level: Write. Resources: AppMonitorResource*. https://docs.aws.amazon.com/cloudwatchrum/latest/APIReference/API_DeleteAppMonitor.html */
  DeleteAppMonitor: "W|||0;1;|||;",
  /** Grants permission to delete a resource policy attached to an app monitor. Access level: Write. Resources: AppMonitorResource*. https://docs.aws.amazon.com/cloudwatchrum/latest/APIReference/API_DeleteResourcePolicy.html */
  DeleteResourcePolicy: "W|||0;1;|||;",
  /** Grants permission to delete rum metrics destinations. Access level: Write. Resources: AppMonitorResource*. https://docs.aws.amazon.com/cloudwatchrum/latest/APIReference/API_DeleteRumMetricsDestination.html */
  DeleteRumMetricsDestination: "W|||0;1;|||;",
  /** Grants permission to get appMonitor metadata. Access level: Read. Resources: AppMonitorResource*. https://docs.aws.amazon.com/cloudwatchrum/latest/APIReference/API_GetAppMonitor.html */
  GetAppMonitor: "R|||0;1;|||;",
  /** Grants permission to get appMonitor data. Access level: Read. Resources: AppMonitorResource*. https://docs.aws.amazon.com/cloudwatchrum/latest/APIReference/API_GetAppMonitorData.html */
  GetAppMonitorData: "R|||0;1;|||;",
  /** Grants permission to retrieve a resource policy attached to an app monitor. Access level: Read. Resources: AppMonitorResource*. https://docs.aws.amazon.com/cloudwatchrum/latest/APIReference/API_GetResourcePolicy.html */
  GetResourcePolicy: "R|||0;1;|||;",
  /** Grants permission to list appMonitors metadata. Access level: List. https://docs.aws.amazon.com/cloudwatchrum/latest/APIReference/API_ListAppMonitors.html */
  ListAppMonitors: "L||||||;",
  /** Grants permission to list rum metrics destinations. Access level: Read. Resources: AppMonitorResource*. https://docs.aws.amazon.com/cloudwatchrum/latest/APIReference/API_ListRumMetricsDestinations.html */
  ListRumMetricsDestinations: "R|||0;1;|||;",
  /** Grants permission to list tags for resources. Access level: Read. https://docs.aws.amazon.com/cloudwatchrum/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R||||||;",
  /** Grants permission to attach a resource policy to an app monitor. Access level: Write. Resources: AppMonitorResource*. https://docs.aws.amazon.com/cloudwatchrum/latest/APIReference/API_PutResourcePolicy.html */
  PutResourcePolicy: "W|||0;1;|||;",
  /** Grants permission to put RUM events for appmonitor. Access level: Write. Resources: AppMonitorResource*. https://docs.aws.amazon.com/cloudwatchrum/latest/APIReference/API_PutRumEvents.html */
  PutRumEvents: "W|||0;1;|||;",
  /** Grants permission to put rum metrics destinations. Access level: Write. Resources: AppMonitorResource*. https://docs.aws.amazon.com/cloudwatchrum/latest/APIReference/API_PutRumMetricsDestination.html */
  PutRumMetricsDestination: "W|||0;1;||iam:PassRole|;",
  /** Grants permission to tag resources. Access level: Tagging. Resources: AppMonitorResource*. https://docs.aws.amazon.com/cloudwatchrum/latest/APIReference/API_TagResource.html */
  TagResource: "T|||0;1;|0,2||CreateAppMonitor,;",
  /** Grants permission to untag resources. Access level: Tagging. Resources: AppMonitorResource*. https://docs.aws.amazon.com/cloudwatchrum/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;1;|2||;",
  /** Grants permission to update appmonitor metadata. Access level: Write. Resources: AppMonitorResource*. https://docs.aws.amazon.com/cloudwatchrum/latest/APIReference/API_UpdateAppMonitor.html */
  UpdateAppMonitor: "W|||0;1;||0,1|;",
  /** Grants permission to update rum metric definition. Access level: Write. Resources: AppMonitorResource*. https://docs.aws.amazon.com/cloudwatchrum/latest/APIReference/API_UpdateRumMetricDefinition.html */
  UpdateRumMetricDefinition: "W|||0;1;|||;",
} as const;
const actionDetails = {
  BatchCreateRumMetricDefinitions: "|,;~~~|Grants permission to create rum metric definitions",
  BatchDeleteRumMetricDefinitions: "|,;~~~|Grants permission to remove rum metric definitions",
  BatchGetRumMetricDefinitions: "|,;~~~|Grants permission to get rum metric definitions",
  CreateAppMonitor: "|,;~~~|Grants permission to create appMonitor metadata",
  DeleteAppMonitor: "|,;~~~|Grants permission to delete appMonitor metadata",
  DeleteResourcePolicy: "|,;~~~|Grants permission to delete a resource policy attached to an app monitor",
  DeleteRumMetricsDestination: "|,;~~~|Grants permission to delete rum metrics destinations",
  GetAppMonitor: "|,;~~~|Grants permission to get appMonitor metadata",
  GetAppMonitorData: "|,;~~~|Grants permission to get appMonitor data",
  GetResourcePolicy: "|,;~~~|Grants permission to retrieve a resource policy attached to an app monitor",
  ListAppMonitors: "|,;~~~|Grants permission to list appMonitors metadata",
  ListRumMetricsDestinations: "|,;~~~|Grants permission to list rum metrics destinations",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for resources",
  PutResourcePolicy: "|,;~~~|Grants permission to attach a resource policy to an app monitor",
  PutRumEvents: "|,;~~~|Grants permission to put RUM events for appmonitor",
  PutRumMetricsDestination: "|,;~~~|Grants permission to put rum metrics destinations",
  TagResource: "|,;~~~,~~|Grants permission to tag resources",
  UntagResource: "|,;~~~|Grants permission to untag resources",
  UpdateAppMonitor: "|,;~~~|Grants permission to update appmonitor metadata",
  UpdateRumMetricDefinition: "|,;~~~|Grants permission to update rum metric definition",
};
const resourceTypeFacts = {
  /** The AppMonitorResource resource type: arn:${Partition}:rum:${Region}:${Account}:appmonitor/${Name} */
  AppMonitorResource: "|,appMonitorResource|1",
} as const;
const arnFormats = {
  /** ARN of a AppMonitorResource resource: arn:${Partition}:rum:${Region}:${Account}:appmonitor/${Name}. */
  appMonitorResource: "|,AppMonitorResource|arn:|Partition|:rum:|Region|:|Account|:appmonitor/|Name|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["AppMonitorResource"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "rum">;
/** Any rum action. */
export type Action = ActionOf<typeof actionFacts, "rum">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "rum">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "rum" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every rum action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the tags that are passed the request on behalf of the IAM principal. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by the tags associated with the resource that make the request on behalf of the IAM principal. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the tag keys that are passed in the request on behalf of the IAM principal. */
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
  "aws:RequestTag/${TagKey}":
    "|,String|0||Filters access by the tags that are passed the request on behalf of the IAM principal",
  "aws:ResourceTag/${TagKey}":
    "|,String|0||Filters access by the tags associated with the resource that make the request on behalf of the IAM principal",
  "aws:TagKeys":
    "|,ArrayOfString|0||Filters access by the tag keys that are passed in the request on behalf of the IAM principal",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "rum",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
