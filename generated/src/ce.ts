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
export const prefix: "ce" = "ce";
/** The service's name in the reference. */
export const serviceName: "AWS Cost Explorer Service" = "AWS Cost Explorer Service";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Cost Explorer Service",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awscostexplorerservice.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["aws-portal:ViewBilling", "ce:TagResource"] as const;
const actionFacts = {
  /** Grants permission to create a new Anomaly Monitor. Access level: Write. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_CreateAnomalyMonitor.html */
  CreateAnomalyMonitor: "W||||0,2|1|;",
  /** Grants permission to create a new Anomaly Subscription. Access level: Write. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_CreateAnomalySubscription.html */
  CreateAnomalySubscription: "W||||0,2|1|;",
  /** Grants permission to create a new Cost Category with the requested name and rules. Access level: Write. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_CreateCostCategoryDefinition.html */
  CreateCostCategoryDefinition: "W||||0,2|1|;",
  /** Grants permission to create Reservation expiration alerts. Access level: Write. Permission only. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/billing-permissions-ref.html */
  CreateNotificationSubscription: "W||1||||",
  /** Grants permission to create Cost Explorer Reports. Access level: Write. Permission only. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/billing-permissions-ref.html */
  CreateReport: "W||1||||",
  /** Grants permission to delete an Anomaly Monitor. Access level: Write. Resources: anomalymonitor*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_DeleteAnomalyMonitor.html */
  DeleteAnomalyMonitor: "W|||0;1;|1||;",
  /** Grants permission to delete an Anomaly Subscription. Access level: Write. Resources: anomalysubscription*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_DeleteAnomalySubscription.html */
  DeleteAnomalySubscription: "W|||1;1;|1||;",
  /** Grants permission to delete a Cost Category. Access level: Write. Resources: costcategory*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_DeleteCostCategoryDefinition.html */
  DeleteCostCategoryDefinition: "W|||3;1;|1||;",
  /** Grants permission to delete Reservation expiration alerts. Access level: Write. Permission only. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/billing-permissions-ref.html */
  DeleteNotificationSubscription: "W||1||||",
  /** Grants permission to delete Cost Explorer Reports. Access level: Write. Permission only. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/billing-permissions-ref.html */
  DeleteReport: "W||1||||",
  /** Grants permission to retrieve descriptions such as the name, ARN, rules, definition, and effective dates of a Cost Category. Access level: Read. Resources: costcategory*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_DescribeCostCategoryDefinition.html */
  DescribeCostCategoryDefinition: "R|||3;1;|1||;",
  /** Grants permission to view Reservation expiration alerts. Access level: Read. Permission only. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/billing-permissions-ref.html */
  DescribeNotificationSubscription: "R||1||||",
  /** Grants permission to view Cost Explorer Reports page. Access level: Read. Permission only. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/billing-permissions-ref.html */
  DescribeReport: "R||1||||",
  /** Grants permission to retrieve anomalies. Access level: Read. Resources: anomalymonitor*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_GetAnomalies.html */
  GetAnomalies: "R|||0;1;|1||;",
  /** Grants permission to query Anomaly Monitors. Access level: Read. Resources: anomalymonitor*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_GetAnomalyMonitors.html */
  GetAnomalyMonitors: "R|||0;1;|1||;",
  /** Grants permission to query Anomaly Subscriptions. Access level: Read. Resources: anomalysubscription*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_GetAnomalySubscriptions.html */
  GetAnomalySubscriptions: "R|||1;1;|1||;",
  /** Grants permission to retrieve approximate usage record count for the chosen resource, level, and hourly granularity preferences, derived from the past month's usage. Access level: Read. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/billing-permissions-ref.html */
  GetApproximateUsageRecords: "R||||||;",
  /** Grants permission to retrieve the commitment purchase analysis for your account. Access level: Read. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_GetCommitmentPurchaseAnalysis.html */
  GetCommitmentPurchaseAnalysis: "R||||||;",
  /** Grants permission to view whether existing or fine-grained IAM actions are being used to control authorization to Billing, Cost Management, and Account consoles. Access level: Read. Permission only. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/billing-permissions-ref.html */
  GetConsoleActionSetEnforced: "R||1||||",
  /** Grants permission to retrieve the cost and usage metrics for your account. Access level: Read. Resources: billingview. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_GetCostAndUsage.html */
  GetCostAndUsage: "R|||2;0;|1|0|;",
  /** Grants permission to retrieve the cost and usage comparisons for your account. Access level: Read. Resources: billingview. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_GetCostAndUsageComparisons.html */
  GetCostAndUsageComparisons: "R|||2;0;|1||;",
  /** Grants permission to retrieve the cost and usage metrics with resources for your account. Access level: Read. Resources: billingview. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_GetCostAndUsageWithResources.html */
  GetCostAndUsageWithResources: "R|||2;0;|1|0|;",
  /** Grants permission to query Cost Catagory names and values for a specified time period. Access level: Read. Resources: billingview. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_GetCostCategories.html */
  GetCostCategories: "R|||2;0;|1|0|;",
  /** Grants permission to retrieve the cost drivers for your account. Access level: Read. Resources: billingview. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_GetCostComparisonDrivers.html */
  GetCostComparisonDrivers: "R|||2;0;|1||;",
  /** Grants permission to retrieve a cost forecast for a forecast time period. Access level: Read. Resources: billingview. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_GetCostForecast.html */
  GetCostForecast: "R|||2;0;|1|0|;",
  /** Grants permission to retrieve all available filter values for a filter for a period of time. Access level: Read. Resources: billingview. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_GetDimensionValues.html */
  GetDimensionValues: "R|||2;0;|1|0|;",
  /** Grants permission to view Cost Explorer Preferences page. Access level: Read. Permission only. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/billing-permissions-ref.html */
  GetPreferences: "R||1||||",
  /** Grants permission to retrieve the reservation coverage for your account. Access level: Read. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_GetReservationCoverage.html */
  GetReservationCoverage: "R|||||0|;",
  /** Grants permission to retrieve the reservation recommendations for your account. Access level: Read. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_GetReservationPurchaseRecommendation.html */
  GetReservationPurchaseRecommendation: "R|||||0|;",
  /** Grants permission to retrieve the reservation utilization for your account. Access level: Read. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_GetReservationUtilization.html */
  GetReservationUtilization: "R|||||0|;",
  /** Grants permission to retrieve the rightsizing recommendations for your account. Access level: Read. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_GetRightsizingRecommendation.html */
  GetRightsizingRecommendation: "R|||||0|;",
  /** Grants permission to retrieve the Savings Plan recommendation details for your account. Access level: Read. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_GetSavingsPlanPurchaseRecommendationDetails.html */
  GetSavingsPlanPurchaseRecommendationDetails: "R|||||0|;",
  /** Grants permission to retrieve the Savings Plans coverage for your account. Access level: Read. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_GetSavingsPlansCoverage.html */
  GetSavingsPlansCoverage: "R|||||0|;",
  /** Grants permission to retrieve the Savings Plans recommendations for your account. Access level: Read. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_GetSavingsPlansPurchaseRecommendation.html */
  GetSavingsPlansPurchaseRecommendation: "R|||||0|;",
  /** Grants permission to retrieve the Savings Plans utilization for your account. Access level: Read. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_GetSavingsPlansUtilization.html */
  GetSavingsPlansUtilization: "R|||||0|;",
  /** Grants permission to retrieve the Savings Plans utilization details for your account. Access level: Read. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_GetSavingsPlansUtilizationDetails.html */
  GetSavingsPlansUtilizationDetails: "R|||||0|;",
  /** Grants permission to query tags for a specified time period. Access level: Read. Resources: billingview. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_GetTags.html */
  GetTags: "R|||2;0;|1|0|;",
  /** Grants permission to retrieve a usage forecast for a forecast time period. Access level: Read. Resources: billingview. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_GetUsageForecast.html */
  GetUsageForecast: "R|||2;0;|1|0|;",
  /** Grants permission to retrieve a list of your historical commitment purchase analyses. Access level: List. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_ListCommitmentPurchaseAnalyses.html */
  ListCommitmentPurchaseAnalyses: "L||||||;",
  /** Grants permission to list Cost Allocation Tag backfill history. Access level: List. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_ListCostAllocationTagBackfillHistory.html */
  ListCostAllocationTagBackfillHistory: "L||||||;",
  /** Grants permission to list Cost Allocation Tags. Access level: List. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_ListCostAllocationTags.html */
  ListCostAllocationTags: "L|||||0|;",
  /** Grants permission to retrieve names, ARN, and effective dates for all Cost Categories. Access level: List. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_ListCostCategoryDefinitions.html */
  ListCostCategoryDefinitions: "L||||||;",
  /** Grants permission to retrieve resource associations of all Cost Categories defined in the account. Access level: List. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_ListCostCategoryResourceAssociations.html */
  ListCostCategoryResourceAssociations: "L||||||;",
  /** Grants permission to retrieve a list of your historical recommendation generations. Access level: List. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_ListSavingsPlansPurchaseRecommendationGeneration.html */
  ListSavingsPlansPurchaseRecommendationGeneration: "L||||||;",
  /** Grants permission to list tags for a Cost Explorer resource. Access level: Read. Resources: anomalymonitor, anomalysubscription, costcategory. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,1;0;,3;0;|1||;",
  /** Grants permission to provide feedback on detected anomalies. Access level: Write. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_ProvideAnomalyFeedback.html */
  ProvideAnomalyFeedback: "W||||||;",
  /** Grants permission to request a commitment purchase analysis. Access level: Write. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_StartCommitmentPurchaseAnalysis.html */
  StartCommitmentPurchaseAnalysis: "W||||||;",
  /** Grants permission to request a Cost Allocation Tag backfill. Access level: Write. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_StartCostAllocationTagBackfill.html */
  StartCostAllocationTagBackfill: "W||||||;",
  /** Grants permission to request a Savings Plans recommendation generation. Access level: Write. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_StartSavingsPlansPurchaseRecommendationGeneration.html */
  StartSavingsPlansPurchaseRecommendationGeneration: "W||||||;",
  /** Grants permission to tag a Cost Explorer resource. Access level: Tagging. Resources: anomalymonitor, anomalysubscription, costcategory. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_TagResource.html */
  TagResource:
    "T|||0;0;,1;0;,3;0;|0,1,2||CreateAnomalyMonitor,CreateAnomalySubscription,CreateCostCategoryDefinition,;",
  /** Grants permission to remove tags from a Cost Explorer resource. Access level: Tagging. Resources: anomalymonitor, anomalysubscription, costcategory. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,3;0;|1,2||;",
  /** Grants permission to update an existing Anomaly Monitor. Access level: Write. Resources: anomalymonitor*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_UpdateAnomalyMonitor.html */
  UpdateAnomalyMonitor: "W|||0;1;|1||;",
  /** Grants permission to update an existing Anomaly Subscription. Access level: Write. Resources: anomalysubscription*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_UpdateAnomalySubscription.html */
  UpdateAnomalySubscription: "W|||1;1;|1||;",
  /** Grants permission to change whether existing or fine-grained IAM actions will be used to control authorization to Billing, Cost Management, and Account consoles. Access level: Write. Permission only. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/billing-permissions-ref.html */
  UpdateConsoleActionSetEnforced: "W||1||||",
  /** Grants permission to update existing Cost Allocation Tags status. Access level: Write. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_UpdateCostAllocationTagsStatus.html */
  UpdateCostAllocationTagsStatus: "W|||||aws-portal:ModifyBilling|;",
  /** Grants permission to update an existing Cost Category. Access level: Write. Resources: costcategory*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_UpdateCostCategoryDefinition.html */
  UpdateCostCategoryDefinition: "W|||3;1;|1||;",
  /** Grants permission to update Reservation expiration alerts. Access level: Write. Permission only. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/billing-permissions-ref.html */
  UpdateNotificationSubscription: "W||1||||",
  /** Grants permission to edit Cost Explorer Preferences page. Access level: Write. Permission only. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/billing-permissions-ref.html */
  UpdatePreferences: "W||1||||",
  /** Grants permission to update Cost Explorer Reports. Access level: Write. Permission only. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/billing-permissions-ref.html */
  UpdateReport: "W||1||||",
} as const;
const actionDetails = {
  CreateAnomalyMonitor: "|,;~~~|Grants permission to create a new Anomaly Monitor",
  CreateAnomalySubscription: "|,;~~~|Grants permission to create a new Anomaly Subscription",
  CreateCostCategoryDefinition:
    "|,;~~~|Grants permission to create a new Cost Category with the requested name and rules",
  CreateNotificationSubscription: "|,;~|Grants permission to create Reservation expiration alerts",
  CreateReport: "|,;~|Grants permission to create Cost Explorer Reports",
  DeleteAnomalyMonitor: "|,;~~~|Grants permission to delete an Anomaly Monitor",
  DeleteAnomalySubscription: "|,;~~~|Grants permission to delete an Anomaly Subscription",
  DeleteCostCategoryDefinition: "|,;~~~|Grants permission to delete a Cost Category",
  DeleteNotificationSubscription: "|,;~|Grants permission to delete Reservation expiration alerts",
  DeleteReport: "|,;~|Grants permission to delete Cost Explorer Reports",
  DescribeCostCategoryDefinition:
    "|,;~~~|Grants permission to retrieve descriptions such as the name, ARN, rules, definition, and effective dates of a Cost Category",
  DescribeNotificationSubscription: "|,;~|Grants permission to view Reservation expiration alerts",
  DescribeReport: "|,;~|Grants permission to view Cost Explorer Reports page",
  GetAnomalies: "|,;~~~|Grants permission to retrieve anomalies",
  GetAnomalyMonitors: "|,;~~~|Grants permission to query Anomaly Monitors",
  GetAnomalySubscriptions: "|,;~~~|Grants permission to query Anomaly Subscriptions",
  GetApproximateUsageRecords:
    "|,;~~~|Grants permission to retrieve approximate usage record count for the chosen resource, level, and hourly granularity preferences, derived from the past month's usage",
  GetCommitmentPurchaseAnalysis:
    "|,;~~~|Grants permission to retrieve the commitment purchase analysis for your account",
  GetConsoleActionSetEnforced:
    "|,;~|Grants permission to view whether existing or fine-grained IAM actions are being used to control authorization to Billing, Cost Management, and Account consoles",
  GetCostAndUsage: "|,;~~~|Grants permission to retrieve the cost and usage metrics for your account",
  GetCostAndUsageComparisons: "|,;~~~|Grants permission to retrieve the cost and usage comparisons for your account",
  GetCostAndUsageWithResources:
    "|,;~~~|Grants permission to retrieve the cost and usage metrics with resources for your account",
  GetCostCategories: "|,;~~~|Grants permission to query Cost Catagory names and values for a specified time period",
  GetCostComparisonDrivers: "|,;~~~|Grants permission to retrieve the cost drivers for your account",
  GetCostForecast: "|,;~~~|Grants permission to retrieve a cost forecast for a forecast time period",
  GetDimensionValues:
    "|,;~~~|Grants permission to retrieve all available filter values for a filter for a period of time",
  GetPreferences: "|,;~|Grants permission to view Cost Explorer Preferences page",
  GetReservationCoverage: "|,;~~~|Grants permission to retrieve the reservation coverage for your account",
  GetReservationPurchaseRecommendation:
    "|,;~~~|Grants permission to retrieve the reservation recommendations for your account",
  GetReservationUtilization: "|,;~~~|Grants permission to retrieve the reservation utilization for your account",
  GetRightsizingRecommendation: "|,;~~~|Grants permission to retrieve the rightsizing recommendations for your account",
  GetSavingsPlanPurchaseRecommendationDetails:
    "|,;~~~|Grants permission to retrieve the Savings Plan recommendation details for your account",
  GetSavingsPlansCoverage: "|,;~~~|Grants permission to retrieve the Savings Plans coverage for your account",
  GetSavingsPlansPurchaseRecommendation:
    "|,;~~~|Grants permission to retrieve the Savings Plans recommendations for your account",
  GetSavingsPlansUtilization: "|,;~~~|Grants permission to retrieve the Savings Plans utilization for your account",
  GetSavingsPlansUtilizationDetails:
    "|,;~~~|Grants permission to retrieve the Savings Plans utilization details for your account",
  GetTags: "|,;~~~|Grants permission to query tags for a specified time period",
  GetUsageForecast: "|,;~~~|Grants permission to retrieve a usage forecast for a forecast time period",
  ListCommitmentPurchaseAnalyses:
    "|,;~~~|Grants permission to retrieve a list of your historical commitment purchase analyses",
  ListCostAllocationTagBackfillHistory: "|,;~~~|Grants permission to list Cost Allocation Tag backfill history",
  ListCostAllocationTags: "|,;~~~|Grants permission to list Cost Allocation Tags",
  ListCostCategoryDefinitions:
    "|,;~~~|Grants permission to retrieve names, ARN, and effective dates for all Cost Categories",
  ListCostCategoryResourceAssociations:
    "|,;~~~|Grants permission to retrieve resource associations of all Cost Categories defined in the account",
  ListSavingsPlansPurchaseRecommendationGeneration:
    "|,;~~~|Grants permission to retrieve a list of your historical recommendation generations",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for a Cost Explorer resource",
  ProvideAnomalyFeedback: "|,;~~~|Grants permission to provide feedback on detected anomalies",
  StartCommitmentPurchaseAnalysis: "|,;~~~|Grants permission to request a commitment purchase analysis",
  StartCostAllocationTagBackfill: "|,;~~~|Grants permission to request a Cost Allocation Tag backfill",
  StartSavingsPlansPurchaseRecommendationGeneration:
    "|,;~~~|Grants permission to request a Savings Plans recommendation generation",
  TagResource: "|,;~~~,~~,~~,~~|Grants permission to tag a Cost Explorer resource",
  UntagResource: "|,;~~~|Grants permission to remove tags from a Cost Explorer resource",
  UpdateAnomalyMonitor: "|,;~~~|Grants permission to update an existing Anomaly Monitor",
  UpdateAnomalySubscription: "|,;~~~|Grants permission to update an existing Anomaly Subscription",
  UpdateConsoleActionSetEnforced:
    "|,;~|Grants permission to change whether existing or fine-grained IAM actions will be used to control authorization to Billing, Cost Management, and Account consoles",
  UpdateCostAllocationTagsStatus: "|,;~~~|Grants permission to update existing Cost Allocation Tags status",
  UpdateCostCategoryDefinition: "|,;~~~|Grants permission to update an existing Cost Category",
  UpdateNotificationSubscription: "|,;~|Grants permission to update Reservation expiration alerts",
  UpdatePreferences: "|,;~|Grants permission to edit Cost Explorer Preferences page",
  UpdateReport: "|,;~|Grants permission to update Cost Explorer Reports",
};
const resourceTypeFacts = {
  /** The anomalymonitor resource type: arn:${Partition}:ce::${Account}:anomalymonitor/${Identifier} */
  anomalymonitor: "|,|1",
  /** The anomalysubscription resource type: arn:${Partition}:ce::${Account}:anomalysubscription/${Identifier} */
  anomalysubscription: "|,|1",
  /** The billingview resource type: arn:${Partition}:billing::${Account}:billingview/${ResourceId} */
  billingview: "|,|1",
  /** The costcategory resource type: arn:${Partition}:ce::${Account}:costcategory/${Identifier} */
  costcategory: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a anomalymonitor resource: arn:${Partition}:ce::${Account}:anomalymonitor/${Identifier}. */
  anomalymonitor: "|,anomalymonitor|arn:|Partition|:ce::|Account|:anomalymonitor/|Identifier|",
  /** ARN of a anomalysubscription resource: arn:${Partition}:ce::${Account}:anomalysubscription/${Identifier}. */
  anomalysubscription: "|,anomalysubscription|arn:|Partition|:ce::|Account|:anomalysubscription/|Identifier|",
  /** ARN of a billingview resource: arn:${Partition}:billing::${Account}:billingview/${ResourceId}. */
  billingview: "|,billingview|arn:|Partition|:billing::|Account|:billingview/|ResourceId|",
  /** ARN of a costcategory resource: arn:${Partition}:ce::${Account}:costcategory/${Identifier}. */
  costcategory: "|,costcategory|arn:|Partition|:ce::|Account|:costcategory/|Identifier|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["anomalymonitor", "anomalysubscription", "billingview", "costcategory"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "ce">;
/** Any ce action. */
export type Action = ActionOf<typeof actionFacts, "ce">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "ce">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "ce" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every ce action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "ce",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
