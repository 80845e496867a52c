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
export const prefix: "application-signals" = "application-signals";
/** The service's name in the reference. */
export const serviceName: "Amazon CloudWatch Application Signals" = "Amazon CloudWatch Application Signals";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon CloudWatch Application Signals",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoncloudwatchapplicationsignals.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to batch retrieve a service level objective budget report. Access level: Read. Resources: slo*. https://docs.aws.amazon.com/applicationsignals/latest/APIReference/API_BatchGetServiceLevelObjectiveBudgetReport.html */
  BatchGetServiceLevelObjectiveBudgetReport: "R|||0;1;|||;",
  /** Grants permission to add or remove exclusion windows from Amazon CloudWatch SLOs. Access level: Write. Resources: slo*. API_BatchUpdateExclusionWindows.html */
  BatchUpdateExclusionWindows: "W|||0;1;|||;",
  /** Grants permission to create a service level objective. Access level: Write. https://docs.aws.amazon.com/applicationsignals/latest/APIReference/API_CreateServiceLevelObjective.html */
  CreateServiceLevelObjective: "W||||0,2|application-signals:TagResource|;",
  /** Grants permission to delete a grouping configuration. Access level: Write. https://docs.aws.amazon.com/applicationsignals/latest/APIReference/API_DeleteGroupingConfiguration.html */
  DeleteGroupingConfiguration: "W||||||;",
  /** Grants permission to delete a service level objective. Access level: Write. Resources: slo*. https://docs.aws.amazon.com/applicationsignals/latest/APIReference/API_DeleteServiceLevelObjective.html */
  DeleteServiceLevelObjective: "W|||0;1;|||;",
  /** Grants permission to retrieve information about a service. Access level: Read. https://docs.aws.amazon.com/applicationsignals/latest/APIReference/API_GetService.html */
  GetService: "R||||||;",
  /** Grants permission to retrieve information about service level objective. Access level: Read. Resources: slo*. https://docs.aws.amazon.com/applicationsignals/latest/APIReference/API_GetServiceLevelObjective.html */
  GetServiceLevelObjective: "R|||0;1;|||;,ListAuditFindings",
  /** Grants permission to share Application Signals resources with a monitoring account. Access level: Write. Permission only. https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-Unified-Cross-Account-Setup.html#CloudWatch-Unified-Cross-Account-Setup-permissions */
  Link: "W||1||||",
  /** Grants permission to list service auditing results. Access level: List. https://docs.aws.amazon.com/applicationsignals/latest/APIReference/API_ListAuditFindings.html */
  ListAuditFindings:
    "L|||||application-signals:GetServiceLevelObjective,application-signals:ListServiceLevelObjectives|;",
  /** Grants permission to list events for an entity. Access level: List. https://docs.aws.amazon.com/applicationsignals/latest/APIReference/API_ListEntityEvents.html */
  ListEntityEvents: "L||||||;",
  /** Grants permission to list grouping attribute configurations. Access level: List. https://docs.aws.amazon.com/applicationsignals/latest/APIReference/API_ListGroupingAttributeDefinitions.html */
  ListGroupingAttributeDefinitions: "L||||||;",
  /** Grants permission to list entities associated with other entities. Access level: List. https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Application_Signals_Permissions.html */
  ListObservedEntities: "L||||||",
  /** Grants permission to list service dependencies. Access level: Read. https://docs.aws.amazon.com/applicationsignals/latest/APIReference/API_ListServiceDependencies.html */
  ListServiceDependencies: "R||||||;",
  /** Grants permission to list service dependents. Access level: Read. https://docs.aws.amazon.com/applicationsignals/latest/APIReference/API_ListServiceDependents.html */
  ListServiceDependents: "R||||||;",
  /** Grants permission to list exclusion windows for an Amazon CloudWatch SLO. Access level: List. Resources: slo*. API_ListServiceLevelObjectiveExclusionWindows.html */
  ListServiceLevelObjectiveExclusionWindows: "L|||0;1;|||;",
  /** Grants permission to list service level objectives. Access level: List. https://docs.aws.amazon.com/applicationsignals/latest/APIReference/API_ListServiceLevelObjectives.html */
  ListServiceLevelObjectives: "L||||||ListAuditFindings,;",
  /** Grants permission to list service operations. Access level: Read. https://docs.aws.amazon.com/applicationsignals/latest/APIReference/API_ListServiceOperations.html */
  ListServiceOperations: "R||||||;",
  /** Grants permission to list service states. Access level: List. https://docs.aws.amazon.com/applicationsignals/latest/APIReference/API_ListServiceStates.html */
  ListServiceStates: "L||||||;",
  /** Grants permission to list services. Access level: List. https://docs.aws.amazon.com/applicationsignals/latest/APIReference/API_ListServices.html */
  ListServices: "L||||||;",
  /** Grants permission to list tags for an Amazon CloudWatch SLO. Access level: Read. Resources: slo*. https://docs.aws.amazon.com/applicationsignals/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;1;|||;",
  /** Grants permission to create or update a grouping configuration. Access level: Write. https://docs.aws.amazon.com/applicationsignals/latest/APIReference/API_PutGroupingConfiguration.html */
  PutGroupingConfiguration: "W||||||;",
  /** Grants permission to enable CloudWatch discovery. Access level: Write. https://docs.aws.amazon.com/applicationsignals/latest/APIReference/API_StartDiscovery.html */
  StartDiscovery: "W||||||;",
  /** Grants permission to add tags to an Amazon CloudWatch SLO. Access level: Tagging. Resources: slo*. https://docs.aws.amazon.com/applicationsignals/latest/APIReference/API_TagResource.html */
  TagResource: "T|||0;1;|0,2||CreateServiceLevelObjective,;",
  /** Grants permission to untag to an Amazon CloudWatch SLO. Access level: Tagging. Resources: slo*. https://docs.aws.amazon.com/applicationsignals/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;1;|2||;",
  /** Grants permission to update a service level objective. Access level: Write. Resources: slo*. https://docs.aws.amazon.com/applicationsignals/latest/APIReference/API_UpdateServiceLevelObjective.html */
  UpdateServiceLevelObjective: "W|||0;1;|||;",
} as const;
const actionDetails = {
  BatchGetServiceLevelObjectiveBudgetReport:
    "|,;~~~|Grants permission to batch retrieve a service level objective budget report",
  BatchUpdateExclusionWindows:
    "|,;~~~|Grants permission to add or remove exclusion windows from Amazon CloudWatch SLOs",
  CreateServiceLevelObjective: "|,;~~~|Grants permission to create a service level objective",
  DeleteGroupingConfiguration: "|,;~~~|Grants permission to delete a grouping configuration",
  DeleteServiceLevelObjective: "|,;~~~|Grants permission to delete a service level objective",
  GetService: "|,;~~~|Grants permission to retrieve information about a service",
  GetServiceLevelObjective: "|,;~~~,~~|Grants permission to retrieve information about service level objective",
  Link: "|,;~|Grants permission to share Application Signals resources with a monitoring account",
  ListAuditFindings: "|,;~~~|Grants permission to list service auditing results",
  ListEntityEvents: "|,;~~~|Grants permission to list events for an entity",
  ListGroupingAttributeDefinitions: "|,;~~~|Grants permission to list grouping attribute configurations",
  ListObservedEntities: "|,;~|Grants permission to list entities associated with other entities",
  ListServiceDependencies: "|,;~~~|Grants permission to list service dependencies",
  ListServiceDependents: "|,;~~~|Grants permission to list service dependents",
  ListServiceLevelObjectiveExclusionWindows:
    "|,;~~~|Grants permission to list exclusion windows for an Amazon CloudWatch SLO",
  ListServiceLevelObjectives: "|,;~~~,~~|Grants permission to list service level objectives",
  ListServiceOperations: "|,;~~~|Grants permission to list service operations",
  ListServiceStates: "|,;~~~|Grants permission to list service states",
  ListServices: "|,;~~~|Grants permission to list services",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for an Amazon CloudWatch SLO",
  PutGroupingConfiguration: "|,;~~~|Grants permission to create or update a grouping configuration",
  StartDiscovery: "|,;~~~|Grants permission to enable CloudWatch discovery",
  TagResource: "|,;~~~,~~|Grants permission to add tags to an Amazon CloudWatch SLO",
  UntagResource: "|,;~~~|Grants permission to untag to an Amazon CloudWatch SLO",
  UpdateServiceLevelObjective: "|,;~~~|Grants permission to update a service level objective",
};
const resourceTypeFacts = {
  /** The slo resource type: arn:${Partition}:application-signals:${Region}:${Account}:slo/${SloName} */
  slo: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a slo resource: arn:${Partition}:application-signals:${Region}:${Account}:slo/${SloName}. */
  slo: "|,slo|arn:|Partition|:application-signals:|Region|:|Account|:slo/|SloName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["slo"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "application-signals">;
/** Any application-signals action. */
export type Action = ActionOf<typeof actionFacts, "application-signals">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "application-signals">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "application-signals" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every application-signals action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the allowed set of values for each of the tags. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by the allowed set of values for each of the tags",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by tag-value associated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the presence of mandatory tags in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "application-signals",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
