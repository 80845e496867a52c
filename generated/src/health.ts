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
export const prefix: "health" = "health";
/** The service's name in the reference. */
export const serviceName: "AWS Health APIs and Notifications" = "AWS Health APIs and Notifications";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Health APIs and Notifications",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awshealthapisandnotifications.html",
  },
];
const conditionKeyList = ["health:eventTypeCode", "health:service"] as const;
const dependentActionList = ["organizations:ListAccounts"] as const;
const actionFacts = {
  /** Grants permission to retrieve a list of accounts that have been affected by the specified events in organization. Access level: Read. https://docs.aws.amazon.com/health/latest/APIReference/API_DescribeAffectedAccountsForOrganization.html */
  DescribeAffectedAccountsForOrganization: "R|||||0|;",
  /** Grants permission to retrieve a list of entities that have been affected by the specified events. Access level: Read. Resources: event*. https://docs.aws.amazon.com/health/latest/APIReference/API_DescribeAffectedEntities.html */
  DescribeAffectedEntities: "R|||0;1;|0,1||;",
  /** Grants permission to retrieve a list of entities that have been affected by the specified events and accounts in organization. Access level: Read. https://docs.aws.amazon.com/health/latest/APIReference/API_DescribeAffectedEntitiesForOrganization.html */
  DescribeAffectedEntitiesForOrganization: "R|||||0|;",
  /** Grants permission to retrieve the number of entities that are affected by each of the specified events. Access level: Read. https://docs.aws.amazon.com/health/latest/APIReference/API_DescribeEntityAggregates.html */
  DescribeEntityAggregates: "R||||||;",
  /** Grants permission to retrieve the number of entities that are affected by each of the specified events in an organization. Access level: Read. https://docs.aws.amazon.com/health/latest/APIReference/API_DescribeEntityAggregatesForOrganization.html */
  DescribeEntityAggregatesForOrganization: "R|||||0|;",
  /** Grants permission to retrieve the number of events of each event type (issue, scheduled change, and account notification). Access level: Read. https://docs.aws.amazon.com/health/latest/APIReference/API_DescribeEventAggregates.html */
  DescribeEventAggregates: "R||||||;",
  /** Grants permission to retrieve detailed information about one or more specified events. Access level: Read. Resources: event*. https://docs.aws.amazon.com/health/latest/APIReference/API_DescribeEventDetails.html */
  DescribeEventDetails: "R|||0;1;|0,1||;",
  /** Grants permission to retrieve detailed information about one or more specified events for provided accounts in organization. Access level: Read. https://docs.aws.amazon.com/health/latest/APIReference/API_DescribeEventDetailsForOrganization.html */
  DescribeEventDetailsForOrganization: "R|||||0|;",
  /** Grants permission to retrieve the event types that meet the specified filter criteria. Access level: Read. https://docs.aws.amazon.com/health/latest/APIReference/API_DescribeEventTypes.html */
  DescribeEventTypes: "R||||||;",
  /** Grants permission to retrieve information about events that meet the specified filter criteria. Access level: Read. https://docs.aws.amazon.com/health/latest/APIReference/API_DescribeEvents.html */
  DescribeEvents: "R||||||;",
  /** Grants permission to retrieve information about events that meet the specified filter criteria in organization. Access level: Read. https://docs.aws.amazon.com/health/latest/APIReference/API_DescribeEventsForOrganization.html */
  DescribeEventsForOrganization: "R|||||0|;",
  /** Grants permission to retrieve the status of enabling or disabling the Organizational View feature. Access level: Read. https://docs.aws.amazon.com/health/latest/APIReference/API_DescribeHealthServiceStatusForOrganization.html */
  DescribeHealthServiceStatusForOrganization: "R|||||0|;",
  /** Grants permission to disable the Organizational View feature. Access level: Permissions management. https://docs.aws.amazon.com/health/latest/APIReference/API_DisableHealthServiceAccessForOrganization.html */
  DisableHealthServiceAccessForOrganization: "P|||||organizations:DisableAWSServiceAccess,0|;",
  /** Grants permission to enable the Organizational View feature. Access level: Permissions management. https://docs.aws.amazon.com/health/latest/APIReference/API_EnableHealthServiceAccessForOrganization.html */
  EnableHealthServiceAccessForOrganization:
    "P|||||iam:CreateServiceLinkedRole,organizations:EnableAWSServiceAccess,0|;",
} as const;
const actionDetails = {
  DescribeAffectedAccountsForOrganization:
    "|,;~~~|Grants permission to retrieve a list of accounts that have been affected by the specified events in organization",
  DescribeAffectedEntities:
    "|,;~~~|Grants permission to retrieve a list of entities that have been affected by the specified events",
  DescribeAffectedEntitiesForOrganization:
    "|,;~~~|Grants permission to retrieve a list of entities that have been affected by the specified events and accounts in organization",
  DescribeEntityAggregates:
    "|,;~~~|Grants permission to retrieve the number of entities that are affected by each of the specified events",
  DescribeEntityAggregatesForOrganization:
    "|,;~~~|Grants permission to retrieve the number of entities that are affected by each of the specified events in an organization",
  DescribeEventAggregates:
    "|,;~~~|Grants permission to retrieve the number of events of each event type (issue, scheduled change, and account notification)",
  DescribeEventDetails: "|,;~~~|Grants permission to retrieve detailed information about one or more specified events",
  DescribeEventDetailsForOrganization:
    "|,;~~~|Grants permission to retrieve detailed information about one or more specified events for provided accounts in organization",
  DescribeEventTypes: "|,;~~~|Grants permission to retrieve the event types that meet the specified filter criteria",
  DescribeEvents:
    "|,;~~~|Grants permission to retrieve information about events that meet the specified filter criteria",
  DescribeEventsForOrganization:
    "|,;~~~|Grants permission to retrieve information about events that meet the specified filter criteria in organization",
  DescribeHealthServiceStatusForOrganization:
    "|,;~~~|Grants permission to retrieve the status of enabling or disabling the Organizational View feature",
  DisableHealthServiceAccessForOrganization: "|,;~~~|Grants permission to disable the Organizational View feature",
  EnableHealthServiceAccessForOrganization: "|,;~~~|Grants permission to enable the Organizational View feature",
};
const resourceTypeFacts = {
  /** The event resource type: arn:${Partition}:health:*::event/${Service}/${EventTypeCode}/* */
  event: "|,|",
} as const;
const arnFormats = {
  /** ARN of a event resource: arn:${Partition}:health:*::event/${Service}/${EventTypeCode}/*. */
  event: "|,event|arn:|Partition|:health:*::event/|Service|/|EventTypeCode|/*",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["event"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "health">;
/** Any health action. */
export type Action = ActionOf<typeof actionFacts, "health">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "health">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "health" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every health action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by event type. */
  "health:eventTypeCode": "String";
  /** Filters access by impacted service. */
  "health:service": "String";
}

/** Condition key -> value type. */
export type ConditionKeys = ConditionKeysOf<ConditionKeyTypes>;

/** Condition key with a placeholder, as the reference writes it -> its template-literal key. */
export interface ConditionKeyPatterns {}

/** A condition key as the reference writes it. */
export type ConditionKeyName = (typeof conditionKeyList)[number];
/** Condition key -> description, types, deprecation. */
export type ConditionKeyInfos = { readonly [K in ConditionKeyName]: ConditionKeyInfo };
const conditionKeyRows: { readonly [K in ConditionKeyName]: string } = {
  "health:eventTypeCode": "|,String|0||Filters access by event type",
  "health:service": "|,String|0||Filters access by impacted service",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "health",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
