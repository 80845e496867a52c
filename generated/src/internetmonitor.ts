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
export const prefix: "internetmonitor" = "internetmonitor";
/** The service's name in the reference. */
export const serviceName: "Amazon CloudWatch Internet Monitor" = "Amazon CloudWatch Internet Monitor";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon CloudWatch Internet Monitor",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoncloudwatchinternetmonitor.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to create a monitor. Access level: Write. Resources: Monitor*. https://docs.aws.amazon.com/internet-monitor/latest/api/API_CreateMonitor.html */
  CreateMonitor: "W|||2;1;|0,2|internetmonitor:TagResource|;",
  /** Grants permission to delete a monitor. Access level: Write. Resources: Monitor*. https://docs.aws.amazon.com/internet-monitor/latest/api/API_DeleteMonitor.html */
  DeleteMonitor: "W|||2;1;|||;",
  /** Grants permission to get information about a health event for a specified monitor. Access level: Read. Resources: Monitor*. https://docs.aws.amazon.com/internet-monitor/latest/api/API_GetHealthEvent.html */
  GetHealthEvent: "R|||2;1;|||;",
  /** Grants permission to get information about a specified internet event. Access level: Read. Resources: InternetEvent*. https://docs.aws.amazon.com/internet-monitor/latest/api/API_GetInternetEvent.html */
  GetInternetEvent: "R|||1;1;|||;",
  /** Grants permission to get information about a monitor. Access level: Read. Resources: Monitor*. https://docs.aws.amazon.com/internet-monitor/latest/api/API_GetMonitor.html */
  GetMonitor: "R|||2;1;|||;",
  /** Grants permission to get results for a data query for a monitor. Access level: Read. Resources: Monitor*. https://docs.aws.amazon.com/internet-monitor/latest/api/API_GetQueryResults.html */
  GetQueryResults: "R|||2;1;|||;",
  /** Grants permission to get status for a data query for a monitor. Access level: Read. Resources: Monitor*. https://docs.aws.amazon.com/internet-monitor/latest/api/API_GetQueryStatus.html */
  GetQueryStatus: "R|||2;1;|||;",
  /** Grants permission to share Internet Monitor resources with a monitoring account. Access level: Write. Permission only. https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-Unified-Cross-Account-Setup.html#CloudWatch-Unified-Cross-Account-Setup-permissions */
  Link: "W||1||||",
  /** Grants permission to list all health events for a monitor. Access level: List. Resources: Monitor*. https://docs.aws.amazon.com/internet-monitor/latest/api/API_ListHealthEvents.html */
  ListHealthEvents: "L|||2;1;|||;",
  /** Grants permission to list all internet events. Access level: List. https://docs.aws.amazon.com/internet-monitor/latest/api/API_ListInternetEvents.html */
  ListInternetEvents: "L||||||;",
  /** Grants permission to list all monitors in an account and their statuses. Access level: List. https://docs.aws.amazon.com/internet-monitor/latest/api/API_ListMonitors.html */
  ListMonitors: "L||||||;",
  /** Grants permission to list the tags for a resource. Access level: Read. Resources: Monitor*. https://docs.aws.amazon.com/internet-monitor/latest/api/API_ListTagsForResource.html */
  ListTagsForResource: "R|||2;1;|||;",
  /** Grants permission to start a data query for a monitor. Access level: Read. Resources: Monitor*. https://docs.aws.amazon.com/internet-monitor/latest/api/API_StartQuery.html */
  StartQuery: "R|||2;1;|||;",
  /** Grants permission to stop a data query for a monitor. Access level: Read. Resources: Monitor*. https://docs.aws.amazon.com/internet-monitor/latest/api/API_StopQuery.html */
  StopQuery: "R|||2;1;|||;",
  /** Grants permission to add tags to a resource. Access level: Tagging. Resources: Monitor*. https://docs.aws.amazon.com/internet-monitor/latest/api/API_TagResource.html */
  TagResource: "T|||2;1;|0,2||CreateMonitor,;",
  /** Grants permission to remove tags from a resource. Access level: Tagging. Resources: Monitor*. https://docs.aws.amazon.com/internet-monitor/latest/api/API_UntagResource.html */
  UntagResource: "T|||2;1;|2||;",
  /** Grants permission to update a monitor. Access level: Write. Resources: Monitor*. https://docs.aws.amazon.com/internet-monitor/latest/api/API_UpdateMonitor.html */
  UpdateMonitor: "W|||2;1;|||;",
} as const;
const actionDetails = {
  CreateMonitor: "|,;~~~|Grants permission to create a monitor",
  DeleteMonitor: "|,;~~~|Grants permission to delete a monitor",
  GetHealthEvent: "|,;~~~|Grants permission to get information about a health event for a specified monitor",
  GetInternetEvent: "|,;~~~|Grants permission to get information about a specified internet event",
  GetMonitor: "|,;~~~|Grants permission to get information about a monitor",
  GetQueryResults: "|,;~~~|Grants permission to get results for a data query for a monitor",
  GetQueryStatus: "|,;~~~|Grants permission to get status for a data query for a monitor",
  Link: "|,;~|Grants permission to share Internet Monitor resources with a monitoring account",
  ListHealthEvents: "|,;~~~|Grants permission to list all health events for a monitor",
  ListInternetEvents: "|,;~~~|Grants permission to list all internet events",
  ListMonitors: "|,;~~~|Grants permission to list all monitors in an account and their statuses",
  ListTagsForResource: "|,;~~~|Grants permission to list the tags for a resource",
  StartQuery: "|,;~~~|Grants permission to start a data query for a monitor",
  StopQuery: "|,;~~~|Grants permission to stop a data query for a monitor",
  TagResource: "|,;~~~,~~|Grants permission to add tags to a resource",
  UntagResource: "|,;~~~|Grants permission to remove tags from a resource",
  UpdateMonitor: "|,;~~~|Grants permission to update a monitor",
};
const resourceTypeFacts = {
  /** The HealthEvent resource type: arn:${Partition}:internetmonitor:${Region}:${Account}:monitor/${MonitorName}/health-event/${EventId} */
  HealthEvent: "|,healthEvent|1",
  /** The InternetEvent resource type: arn:${Partition}:internetmonitor::${Account}:internet-event/${InternetEventId} */
  InternetEvent: "|,internetEvent|",
  /** The Monitor resource type: arn:${Partition}:internetmonitor:${Region}:${Account}:monitor/${MonitorName} */
  Monitor: "|,monitor|1",
} as const;
const arnFormats = {
  /** ARN of a HealthEvent resource: arn:${Partition}:internetmonitor:${Region}:${Account}:monitor/${MonitorName}/health-event/${EventId}. */
  healthEvent:
    "|,HealthEvent|arn:|Partition|:internetmonitor:|Region|:|Account|:monitor/|MonitorName|/health-event/|EventId|",
  /** ARN of a InternetEvent resource: arn:${Partition}:internetmonitor::${Account}:internet-event/${InternetEventId}. */
  internetEvent: "|,InternetEvent|arn:|Partition|:internetmonitor::|Account|:internet-event/|InternetEventId|",
  /** ARN of a Monitor resource: arn:${Partition}:internetmonitor:${Region}:${Account}:monitor/${MonitorName}. */
  monitor: "|,Monitor|arn:|Partition|:internetmonitor:|Region|:|Account|:monitor/|MonitorName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["HealthEvent", "InternetEvent", "Monitor"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "internetmonitor">;
/** Any internetmonitor action. */
export type Action = ActionOf<typeof actionFacts, "internetmonitor">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "internetmonitor">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "internetmonitor" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every internetmonitor action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by tag key-value pairs in the request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by tag key-value pairs in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by tag key-value pairs attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by tag keys in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "internetmonitor",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
