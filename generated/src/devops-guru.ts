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
export const prefix: "devops-guru" = "devops-guru";
/** The service's name in the reference. */
export const serviceName: "Amazon DevOps Guru" = "Amazon DevOps Guru";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon DevOps Guru",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazondevopsguru.html",
  },
];
const conditionKeyList = ["devops-guru:ServiceNames"] as const;
const dependentActionList = ["sns:GetTopicAttributes", "sns:SetTopicAttributes"] as const;
const actionFacts = {
  /** Grants permission to add a notification channel to DevOps Guru. Access level: Write. Resources: topic*. https://docs.aws.amazon.com/devops-guru/latest/APIReference/API_AddNotificationChannel.html */
  AddNotificationChannel: "W|||0;1;||0,1|;",
  /** Grants permission to delete specified insight in your account. Access level: Write. https://docs.aws.amazon.com/devops-guru/latest/APIReference/API_DeleteInsight.html */
  DeleteInsight: "W||||||;",
  /** Grants permission to view the health of operations in your AWS account. Access level: Read. https://docs.aws.amazon.com/devops-guru/latest/APIReference/API_DescribeAccountHealth.html */
  DescribeAccountHealth: "R||||||;",
  /** Grants permission to view the health of operations within a time range in your AWS account. Access level: Read. https://docs.aws.amazon.com/devops-guru/latest/APIReference/API_DescribeAccountOverview.html */
  DescribeAccountOverview: "R||||||;",
  /** Grants permission to list the details of a specified anomaly. Access level: Read. https://docs.aws.amazon.com/devops-guru/latest/APIReference/API_DescribeAnomaly.html */
  DescribeAnomaly: "R||||||;",
  /** Grants permission to retrieve details about event sources for DevOps Guru. Access level: Read. https://docs.aws.amazon.com/devops-guru/latest/APIReference/API_DescribeEventSourcesConfig.html */
  DescribeEventSourcesConfig: "R||||||;",
  /** Grants permission to view the feedback details of a specified insight. Access level: Read. https://docs.aws.amazon.com/devops-guru/latest/APIReference/API_DescribeFeedback.html */
  DescribeFeedback: "R||||||;",
  /** Grants permission to list the details of a specified insight. Access level: Read. https://docs.aws.amazon.com/devops-guru/latest/APIReference/API_DescribeInsight.html */
  DescribeInsight: "R||||||;",
  /** Grants permission to view the health of operations in your organization. Access level: Read. https://docs.aws.amazon.com/devops-guru/latest/APIReference/API_DescribeOrganizationHealth.html */
  DescribeOrganizationHealth: "R||||||;",
  /** Grants permission to view the health of operations within a time range in your organization. Access level: Read. https://docs.aws.amazon.com/devops-guru/latest/APIReference/API_DescribeOrganizationOverview.html */
  DescribeOrganizationOverview: "R||||||;",
  /** Grants permission to view the health of operations for each AWS CloudFormation stack or AWS Services or accounts specified in DevOps Guru in your organization. Access level: Read. https://docs.aws.amazon.com/devops-guru/latest/APIReference/API_DescribeOrganizationResourceCollectionHealth.html */
  DescribeOrganizationResourceCollectionHealth: "R||||||;",
  /** Grants permission to view the health of operations for each AWS CloudFormation stack specified in DevOps Guru. Access level: Read. https://docs.aws.amazon.com/devops-guru/latest/APIReference/API_DescribeResourceCollectionHealth.html */
  DescribeResourceCollectionHealth: "R||||||;",
  /** Grants permission to view the integration status of services that can be integrated with DevOps Guru. Access level: Read. https://docs.aws.amazon.com/devops-guru/latest/APIReference/API_DescribeServiceIntegration.html */
  DescribeServiceIntegration: "R||||||;",
  /** Grants permission to list service resource cost estimates. Access level: Read. https://docs.aws.amazon.com/devops-guru/latest/APIReference/API_GetCostEstimation.html */
  GetCostEstimation: "R||||||;",
  /** Grants permission to list AWS CloudFormation stacks that DevOps Guru is configured to use. Access level: Read. https://docs.aws.amazon.com/devops-guru/latest/APIReference/API_GetResourceCollection.html */
  GetResourceCollection: "R||||||;",
  /** Grants permission to list anomalies of a given insight in your account. Access level: List. https://docs.aws.amazon.com/devops-guru/latest/APIReference/API_ListAnomaliesForInsight.html */
  ListAnomaliesForInsight: "L||||0||;",
  /** Grants permission to list log anomalies of a given insight in your account. Access level: List. https://docs.aws.amazon.com/devops-guru/latest/APIReference/API_ListAnomalousLogGroups.html */
  ListAnomalousLogGroups: "L||||||;",
  /** Grants permission to list resource events that are evaluated by DevOps Guru. Access level: List. https://docs.aws.amazon.com/devops-guru/latest/APIReference/API_ListEvents.html */
  ListEvents: "L||||||;",
  /** Grants permission to list insights in your account. Access level: List. https://docs.aws.amazon.com/devops-guru/latest/APIReference/API_ListInsights.html */
  ListInsights: "L||||||;",
  /** Grants permission to list resource monitored by DevOps Guru in your account. Access level: List. https://docs.aws.amazon.com/devops-guru/latest/APIReference/API_ListMonitoredResources.html */
  ListMonitoredResources: "L||||||;",
  /** Grants permission to list notification channels configured for DevOps Guru in your account. Access level: List. https://docs.aws.amazon.com/devops-guru/latest/APIReference/API_ListNotificationChannels.html */
  ListNotificationChannels: "L||||||;",
  /** Grants permission to list insights in your organization. Access level: List. https://docs.aws.amazon.com/devops-guru/latest/APIReference/API_ListOrganizationInsights.html */
  ListOrganizationInsights: "L||||||;",
  /** Grants permission to list a specified insight's recommendations. Access level: List. https://docs.aws.amazon.com/devops-guru/latest/APIReference/API_ListRecommendations.html */
  ListRecommendations: "L||||||;",
  /** Grants permission to submit a feedback to DevOps Guru. Access level: Write. https://docs.aws.amazon.com/devops-guru/latest/APIReference/API_PutFeedback.html */
  PutFeedback: "W||||||;",
  /** Grants permission to remove a notification channel from DevOps Guru. Access level: Write. Resources: topic*. https://docs.aws.amazon.com/devops-guru/latest/APIReference/API_RemoveNotificationChannel.html */
  RemoveNotificationChannel: "W|||0;1;||0,1|;",
  /** Grants permission to search insights in your account. Access level: List. https://docs.aws.amazon.com/devops-guru/latest/APIReference/API_SearchInsights.html */
  SearchInsights: "L||||0||;",
  /** Grants permission to search insights in your organization. Access level: List. https://docs.aws.amazon.com/devops-guru/latest/APIReference/API_SearchOrganizationInsights.html */
  SearchOrganizationInsights: "L||||||;",
  /** Grants permission to start the creation of an estimate of the monthly cost. Access level: Read. https://docs.aws.amazon.com/devops-guru/latest/APIReference/API_StartCostEstimation.html */
  StartCostEstimation: "R||||||;",
  /** Grants permission to update an event source for DevOps Guru. Access level: Write. https://docs.aws.amazon.com/devops-guru/latest/APIReference/API_UpdateEventSourcesConfig.html */
  UpdateEventSourcesConfig: "W||||||;",
  /** Grants permission to update the list of AWS CloudFormation stacks that are used to specify which AWS resources in your account are analyzed by DevOps Guru. Access level: Write. https://docs.aws.amazon.com/devops-guru/latest/APIReference/API_UpdateResourceCollection.html */
  UpdateResourceCollection: "W||||||;",
  /** Grants permission to enable or disable a service that integrates with DevOps Guru. Access level: Write. https://docs.aws.amazon.com/devops-guru/latest/APIReference/API_UpdateServiceIntegration.html */
  UpdateServiceIntegration: "W||||||;",
} as const;
const actionDetails = {
  AddNotificationChannel: "|,;~~~|Grants permission to add a notification channel to DevOps Guru",
  DeleteInsight: "|,;~~~|Grants permission to delete specified insight in your account",
  DescribeAccountHealth: "|,;~~~|Grants permission to view the health of operations in your AWS account",
  DescribeAccountOverview:
    "|,;~~~|Grants permission to view the health of operations within a time range in your AWS account",
  DescribeAnomaly: "|,;~~~|Grants permission to list the details of a specified anomaly",
  DescribeEventSourcesConfig: "|,;~~~|Grants permission to retrieve details about event sources for DevOps Guru",
  DescribeFeedback: "|,;~~~|Grants permission to view the feedback details of a specified insight",
  DescribeInsight: "|,;~~~|Grants permission to list the details of a specified insight",
  DescribeOrganizationHealth: "|,;~~~|Grants permission to view the health of operations in your organization",
  DescribeOrganizationOverview:
    "|,;~~~|Grants permission to view the health of operations within a time range in your organization",
  DescribeOrganizationResourceCollectionHealth:
    "|,;~~~|Grants permission to view the health of operations for each AWS CloudFormation stack or AWS Services or accounts specified in DevOps Guru in your organization",
  DescribeResourceCollectionHealth:
    "|,;~~~|Grants permission to view the health of operations for each AWS CloudFormation stack specified in DevOps Guru",
  DescribeServiceIntegration:
    "|,;~~~|Grants permission to view the integration status of services that can be integrated with DevOps Guru",
  GetCostEstimation: "|,;~~~|Grants permission to list service resource cost estimates",
  GetResourceCollection:
    "|,;~~~|Grants permission to list AWS CloudFormation stacks that DevOps Guru is configured to use",
  ListAnomaliesForInsight: "|,;~~~|Grants permission to list anomalies of a given insight in your account",
  ListAnomalousLogGroups: "|,;~~~|Grants permission to list log anomalies of a given insight in your account",
  ListEvents: "|,;~~~|Grants permission to list resource events that are evaluated by DevOps Guru",
  ListInsights: "|,;~~~|Grants permission to list insights in your account",
  ListMonitoredResources: "|,;~~~|Grants permission to list resource monitored by DevOps Guru in your account",
  ListNotificationChannels:
    "|,;~~~|Grants permission to list notification channels configured for DevOps Guru in your account",
  ListOrganizationInsights: "|,;~~~|Grants permission to list insights in your organization",
  ListRecommendations: "|,;~~~|Grants permission to list a specified insight's recommendations",
  PutFeedback: "|,;~~~|Grants permission to submit a feedback to DevOps Guru",
  RemoveNotificationChannel: "|,;~~~|Grants permission to remove a notification channel from DevOps Guru",
  SearchInsights: "|,;~~~|Grants permission to search insights in your account",
  SearchOrganizationInsights: "|,;~~~|Grants permission to search insights in your organization",
  StartCostEstimation: "|,;~~~|Grants permission to start the creation of an estimate of the monthly cost",
  UpdateEventSourcesConfig: "|,;~~~|Grants permission to update an event source for DevOps Guru",
  UpdateResourceCollection:
    "|,;~~~|Grants permission to update the list of AWS CloudFormation stacks that are used to specify which AWS resources in your account are analyzed by DevOps Guru",
  UpdateServiceIntegration: "|,;~~~|Grants permission to enable or disable a service that integrates with DevOps Guru",
};
const resourceTypeFacts = {
  /** The topic resource type: arn:${Partition}:sns:${Region}:${Account}:${TopicName} */
  topic: "|,|",
} as const;
const arnFormats = {
  /** ARN of a topic resource: arn:${Partition}:sns:${Region}:${Account}:${TopicName}. */
  topic: "|,topic|arn:|Partition|:sns:|Region|:|Account|:|TopicName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["topic"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "devops-guru">;
/** Any devops-guru action. */
export type Action = ActionOf<typeof actionFacts, "devops-guru">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "devops-guru">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "devops-guru" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every devops-guru action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by API to restrict access to given AWS service names. */
  "devops-guru:ServiceNames": "ArrayOfString";
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
  "devops-guru:ServiceNames": "|,ArrayOfString|0||Filters access by API to restrict access to given AWS service names",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "devops-guru",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
