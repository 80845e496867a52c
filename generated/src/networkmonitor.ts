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
export const prefix: "networkmonitor" = "networkmonitor";
/** The service's name in the reference. */
export const serviceName: "Amazon CloudWatch Network Synthetic Monitor" = "Amazon CloudWatch Network Synthetic Monitor";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon CloudWatch Network Synthetic Monitor",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoncloudwatchnetworksyntheticmonitor.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["networkmonitor:TagResource"] as const;
const actionFacts = {
  /** Grants permission to create a monitor. Access level: Write. Resources: monitor*. https://docs.aws.amazon.com/networkmonitor/latest/APIReference/API_CreateMonitor.html */
  CreateMonitor: "W|||0;1;|0,2|0|;",
  /** Grants permission to create a probe. Access level: Write. https://docs.aws.amazon.com/networkmonitor/latest/APIReference/API_CreateProbe.html */
  CreateProbe: "W||||0,2|0|;",
  /** Grants permission to delete a monitor. Access level: Write. Resources: monitor*. https://docs.aws.amazon.com/networkmonitor/latest/APIReference/API_DeleteMonitor.html */
  DeleteMonitor: "W|||0;1;|||;",
  /** Grants permission to delete a probe. Access level: Write. Resources: probe*. https://docs.aws.amazon.com/networkmonitor/latest/APIReference/API_DeleteProbe.html */
  DeleteProbe: "W|||1;1;|||;",
  /** Grants permission to get information about a monitor. Access level: Read. Resources: monitor*. https://docs.aws.amazon.com/networkmonitor/latest/APIReference/API_GetMonitor.html */
  GetMonitor: "R|||0;1;|||;",
  /** Grants permission to get information about a probe. Access level: Read. Resources: probe*. https://docs.aws.amazon.com/networkmonitor/latest/APIReference/API_GetProbe.html */
  GetProbe: "R|||1;1;|||;",
  /** Grants permission to list all monitors in an account and their statuses. Access level: List. https://docs.aws.amazon.com/networkmonitor/latest/APIReference/API_ListMonitors.html */
  ListMonitors: "L||||||;",
  /** Grants permission to list the tags for a resource. Access level: Read. Resources: monitor, probe. https://docs.aws.amazon.com/networkmonitor/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,1;0;|||;",
  /** Grants permission to add tags to a resource. Access level: Tagging. Resources: monitor, probe. https://docs.aws.amazon.com/networkmonitor/latest/APIReference/API_TagResource.html */
  TagResource: "T|||0;0;,1;0;|0,2||CreateMonitor,CreateProbe,;",
  /** Grants permission to remove tags from a resource. Access level: Tagging. Resources: monitor, probe. https://docs.aws.amazon.com/networkmonitor/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;|2||;",
  /** Grants permission to update a monitor. Access level: Write. Resources: monitor*. https://docs.aws.amazon.com/networkmonitor/latest/APIReference/API_UpdateMonitor.html */
  UpdateMonitor: "W|||0;1;|||;",
  /** Grants permission to update a probe. Access level: Write. Resources: probe*. https://docs.aws.amazon.com/networkmonitor/latest/APIReference/API_UpdateProbe.html */
  UpdateProbe: "W|||1;1;|||;",
} as const;
const actionDetails = {
  CreateMonitor: "|,;~~~|Grants permission to create a monitor",
  CreateProbe: "|,;~~~|Grants permission to create a probe",
  DeleteMonitor: "|,;~~~|Grants permission to delete a monitor",
  DeleteProbe: "|,;~~~|Grants permission to delete a probe",
  GetMonitor: "|,;~~~|Grants permission to get information about a monitor",
  GetProbe: "|,;~~~|Grants permission to get information about a probe",
  ListMonitors: "|,;~~~|Grants permission to list all monitors in an account and their statuses",
  ListTagsForResource: "|,;~~~|Grants permission to list the tags for a resource",
  TagResource: "|,;~~~,~~,~~|Grants permission to add tags to a resource",
  UntagResource: "|,;~~~|Grants permission to remove tags from a resource",
  UpdateMonitor: "|,;~~~|Grants permission to update a monitor",
  UpdateProbe: "|,;~~~|Grants permission to update a probe",
};
const resourceTypeFacts = {
  /** The monitor resource type: arn:${Partition}:networkmonitor:${Region}:${Account}:monitor/${MonitorName} */
  monitor: "|,|1",
  /** The probe resource type: arn:${Partition}:networkmonitor:${Region}:${Account}:probe/${ProbeId} */
  probe: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a monitor resource: arn:${Partition}:networkmonitor:${Region}:${Account}:monitor/${MonitorName}. */
  monitor: "|,monitor|arn:|Partition|:networkmonitor:|Region|:|Account|:monitor/|MonitorName|",
  /** ARN of a probe resource: arn:${Partition}:networkmonitor:${Region}:${Account}:probe/${ProbeId}. */
  probe: "|,probe|arn:|Partition|:networkmonitor:|Region|:|Account|:probe/|ProbeId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["monitor", "probe"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "networkmonitor">;
/** Any networkmonitor action. */
export type Action = ActionOf<typeof actionFacts, "networkmonitor">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "networkmonitor">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "networkmonitor" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every networkmonitor action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the tag key-value pairs in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by the tag key-value pairs attached to the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the tag keys in the request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by the tag key-value pairs in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by the tag key-value pairs attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the tag keys in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "networkmonitor",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
