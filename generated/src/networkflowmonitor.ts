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
export const prefix: "networkflowmonitor" = "networkflowmonitor";
/** The service's name in the reference. */
export const serviceName: "Network Flow Monitor" = "Network Flow Monitor";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Network Flow Monitor",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_networkflowmonitor.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["networkflowmonitor:TagResource"] as const;
const actionFacts = {
  /** Grants permission to create a monitor. Access level: Write. Resources: monitor*. https://docs.aws.amazon.com/networkflowmonitor/2.0/APIReference/API_CreateMonitor.html */
  CreateMonitor: "W|||0;1;|0,2|0|;",
  /** Grants permission to create a scope. Access level: Write. https://docs.aws.amazon.com/networkflowmonitor/2.0/APIReference/API_CreateScope.html */
  CreateScope: "W||||0,2|0|;",
  /** Grants permission to delete a monitor. Access level: Write. Resources: monitor*. https://docs.aws.amazon.com/networkflowmonitor/2.0/APIReference/API_DeleteMonitor.html */
  DeleteMonitor: "W|||0;1;|||;",
  /** Grants permission to delete a scope. Access level: Write. Resources: scope*. https://docs.aws.amazon.com/networkflowmonitor/2.0/APIReference/API_DeleteScope.html */
  DeleteScope: "W|||1;1;|||;",
  /** Grants permission to get information about a monitor. Access level: Read. Resources: monitor*. https://docs.aws.amazon.com/networkflowmonitor/2.0/APIReference/API_GetMonitor.html */
  GetMonitor: "R|||0;1;|||;",
  /** Grants permission to get the results of a query that retrieves top contributors data for a monitor. Access level: Read. Resources: monitor*. https://docs.aws.amazon.com/networkflowmonitor/2.0/APIReference/API_GetQueryResultsMonitorTopContributors.html */
  GetQueryResultsMonitorTopContributors: "R|||0;1;|||;",
  /** Grants permission to get the results of a query that retrieves top contributors for workload insights. Access level: Read. Resources: scope*. https://docs.aws.amazon.com/networkflowmonitor/2.0/APIReference/API_GetQueryResultsWorkloadInsightsTopContributors.html */
  GetQueryResultsWorkloadInsightsTopContributors: "R|||1;1;|||;",
  /** Grants permission to get the results of a query that retrieves top contributors data points for workload insights. Access level: Read. Resources: scope*. https://docs.aws.amazon.com/networkflowmonitor/2.0/APIReference/API_GetQueryResultsWorkloadInsightsTopContributorsData.html */
  GetQueryResultsWorkloadInsightsTopContributorsData: "R|||1;1;|||;",
  /** Grants permission to get the status of a query that retrieves top contributors data for a monitor. Access level: Read. Resources: monitor*. https://docs.aws.amazon.com/networkflowmonitor/2.0/APIReference/API_GetQueryStatusMonitorTopContributors.html */
  GetQueryStatusMonitorTopContributors: "R|||0;1;|||;",
  /** Grants permission to get the status of a query that retrieves top contributors for workload insights. Access level: Read. Resources: scope*. https://docs.aws.amazon.com/networkflowmonitor/2.0/APIReference/API_GetQueryStatusWorkloadInsightsTopContributors.html */
  GetQueryStatusWorkloadInsightsTopContributors: "R|||1;1;|||;",
  /** Grants permission to get the status of a query that retrieves top contributors data points for workload insights. Access level: Read. Resources: scope*. https://docs.aws.amazon.com/networkflowmonitor/2.0/APIReference/API_GetQueryStatusWorkloadInsightsTopContributorsData.html */
  GetQueryStatusWorkloadInsightsTopContributorsData: "R|||1;1;|||;",
  /** Grants permission to get information about a scope. Access level: Read. Resources: scope*. https://docs.aws.amazon.com/networkflowmonitor/2.0/APIReference/API_GetScope.html */
  GetScope: "R|||1;1;|||;",
  /** Grants permission to list all monitors in an account and their statuses. Access level: List. https://docs.aws.amazon.com/networkflowmonitor/2.0/APIReference/API_ListMonitors.html */
  ListMonitors: "L||||||;",
  /** Grants permission to get all scopes for an account. Access level: List. https://docs.aws.amazon.com/networkflowmonitor/2.0/APIReference/API_ListScopes.html */
  ListScopes: "L||||||;",
  /** Grants permission to list the tags for a resource. Access level: Read. Resources: monitor, scope. https://docs.aws.amazon.com/networkflowmonitor/2.0/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,1;0;|||;",
  /** Grants permission to publish a report. Access level: Write. https://docs.aws.amazon.com/networkflowmonitor/2.0/APIReference/API_Publish.html */
  Publish: "W||||||",
  /** Grants permission to start a query for retrieving top contributors data for a monitor. Access level: Write. Resources: monitor*. https://docs.aws.amazon.com/networkflowmonitor/2.0/APIReference/API_StartQueryMonitorTopContributors.html */
  StartQueryMonitorTopContributors: "W|||0;1;|||;",
  /** Grants permission to start a query for retrieving top contributors data for workload insights. Access level: Write. Resources: scope*. https://docs.aws.amazon.com/networkflowmonitor/2.0/APIReference/API_StartQueryWorkloadInsightsTopContributors.html */
  StartQueryWorkloadInsightsTopContributors: "W|||1;1;|||;",
  /** Grants permission to start a query for retrieving top contributors data points for workload insights. Access level: Write. Resources: scope*. https://docs.aws.amazon.com/networkflowmonitor/2.0/APIReference/API_StartQueryWorkloadInsightsTopContributorsData.html */
  StartQueryWorkloadInsightsTopContributorsData: "W|||1;1;|||;",
  /** Grants permission to stop a query for retrieving top contributors data for a monitor. Access level: Write. Resources: monitor*. https://docs.aws.amazon.com/networkflowmonitor/2.0/APIReference/API_StopQueryMonitorTopContributors.html */
  StopQueryMonitorTopContributors: "W|||0;1;|||;",
  /** Grants permission to stop a query for retrieving top contributors for workload insights. Access level: Write. Resources: scope*. https://docs.aws.amazon.com/networkflowmonitor/2.0/APIReference/API_StopQueryWorkloadInsightsTopContributors.html */
  StopQueryWorkloadInsightsTopContributors: "W|||1;1;|||;",
  /** Grants permission to stop a query for retrieving top contributors data points for workload insights. Access level: Write. Resources: scope*. https://docs.aws.amazon.com/networkflowmonitor/2.0/APIReference/API_StopQueryWorkloadInsightsTopContributorsData.html */
  StopQueryWorkloadInsightsTopContributorsData: "W|||1;1;|||;",
  /** Grants permission to add tags to a resource. Access level: Tagging. Resources: monitor, scope. https://docs.aws.amazon.com/networkflowmonitor/2.0/APIReference/API_TagResource.html */
  TagResource: "T|||0;0;,1;0;|0,2||CreateMonitor,CreateScope,;",
  /** Grants permission to remove tags from a resource. Access level: Tagging. Resources: monitor, scope. https://docs.aws.amazon.com/networkflowmonitor/2.0/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;|2||;",
  /** Grants permission to update a monitor. Access level: Write. Resources: monitor*. https://docs.aws.amazon.com/networkflowmonitor/2.0/APIReference/API_UpdateMonitor.html */
  UpdateMonitor: "W|||0;1;|||;",
  /** Grants permission to update a scope. Access level: Write. Resources: scope*. https://docs.aws.amazon.com/networkflowmonitor/2.0/APIReference/API_UpdateScope.html */
  UpdateScope: "W|||1;1;|||;",
} as const;
const actionDetails = {
  CreateMonitor: "|,;~~~|Grants permission to create a monitor",
  CreateScope: "|,;~~~|Grants permission to create a scope",
  DeleteMonitor: "|,;~~~|Grants permission to delete a monitor",
  DeleteScope: "|,;~~~|Grants permission to delete a scope",
  GetMonitor: "|,;~~~|Grants permission to get information about a monitor",
  GetQueryResultsMonitorTopContributors:
    "|,;~~~|Grants permission to get the results of a query that retrieves top contributors data for a monitor",
  GetQueryResultsWorkloadInsightsTopContributors:
    "|,;~~~|Grants permission to get the results of a query that retrieves top contributors for workload insights",
  GetQueryResultsWorkloadInsightsTopContributorsData:
    "|,;~~~|Grants permission to get the results of a query that retrieves top contributors data points for workload insights",
  GetQueryStatusMonitorTopContributors:
    "|,;~~~|Grants permission to get the status of a query that retrieves top contributors data for a monitor",
  GetQueryStatusWorkloadInsightsTopContributors:
    "|,;~~~|Grants permission to get the status of a query that retrieves top contributors for workload insights",
  GetQueryStatusWorkloadInsightsTopContributorsData:
    "|,;~~~|Grants permission to get the status of a query that retrieves top contributors data points for workload insights",
  GetScope: "|,;~~~|Grants permission to get information about a scope",
  ListMonitors: "|,;~~~|Grants permission to list all monitors in an account and their statuses",
  ListScopes: "|,;~~~|Grants permission to get all scopes for an account",
  ListTagsForResource: "|,;~~~|Grants permission to list the tags for a resource",
  Publish: "|,;~|Grants permission to publish a report",
  StartQueryMonitorTopContributors:
    "|,;~~~|Grants permission to start a query for retrieving top contributors data for a monitor",
  StartQueryWorkloadInsightsTopContributors:
    "|,;~~~|Grants permission to start a query for retrieving top contributors data for workload insights",
  StartQueryWorkloadInsightsTopContributorsData:
    "|,;~~~|Grants permission to start a query for retrieving top contributors data points for workload insights",
  StopQueryMonitorTopContributors:
    "|,;~~~|Grants permission to stop a query for retrieving top contributors data for a monitor",
  StopQueryWorkloadInsightsTopContributors:
    "|,;~~~|Grants permission to stop a query for retrieving top contributors for workload insights",
  StopQueryWorkloadInsightsTopContributorsData:
    "|,;~~~|Grants permission to stop a query for retrieving top contributors data points for workload insights",
  TagResource: "|,;~~~,~~,~~|Grants permission to add tags to a resource",
  UntagResource: "|,;~~~|Grants permission to remove tags from a resource",
  UpdateMonitor: "|,;~~~|Grants permission to update a monitor",
  UpdateScope: "|,;~~~|Grants permission to update a scope",
};
const resourceTypeFacts = {
  /** The monitor resource type: arn:${Partition}:networkflowmonitor:${Region}:${Account}:monitor/${MonitorName} */
  monitor: "|,|1",
  /** The scope resource type: arn:${Partition}:networkflowmonitor:${Region}:${Account}:scope/${ScopeId} */
  scope: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a monitor resource: arn:${Partition}:networkflowmonitor:${Region}:${Account}:monitor/${MonitorName}. */
  monitor: "|,monitor|arn:|Partition|:networkflowmonitor:|Region|:|Account|:monitor/|MonitorName|",
  /** ARN of a scope resource: arn:${Partition}:networkflowmonitor:${Region}:${Account}:scope/${ScopeId}. */
  scope: "|,scope|arn:|Partition|:networkflowmonitor:|Region|:|Account|:scope/|ScopeId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["monitor", "scope"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "networkflowmonitor">;
/** Any networkflowmonitor action. */
export type Action = ActionOf<typeof actionFacts, "networkflowmonitor">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "networkflowmonitor">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "networkflowmonitor" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every networkflowmonitor action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "networkflowmonitor",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
