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
export const prefix: "trustedadvisor" = "trustedadvisor";
/** The service's name in the reference. */
export const serviceName: "AWS Trusted Advisor" = "AWS Trusted Advisor";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Trusted Advisor",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awstrustedadvisor.html",
  },
];
const conditionKeyList = [] as const;
const dependentActionList = [
  "support:DescribeTrustedAdvisorCheckSummaries",
  "trustedadvisor:DescribeCheckSummaries",
] as const;
const actionFacts = {
  /** Grants permission to update one or more exclusion status for a list of recommendation resources. Access level: Write. https://docs.aws.amazon.com/awssupport/latest/user/get-started-with-aws-trusted-advisor-api.html */
  BatchUpdateRecommendationResourceExclusion: "W||||||;",
  /** Grants permission to the organization management account to delete email notification preferences from a delegated administrator account for Trusted Advisor Priority. Access level: Write. https://docs.aws.amazon.com/awssupport/latest/user/security-trusted-advisor.html#trusted-advisor-operations */
  DeleteNotificationConfigurationForDelegatedAdmin: "W||||||",
  /** Grants permission to view the AWS Support plan and various AWS Trusted Advisor preferences. Access level: Read. Permission only. https://docs.aws.amazon.com/awssupport/latest/user/security-trusted-advisor.html#trusted-advisor-operations */
  DescribeAccount: "R||1||||",
  /** Grants permission to view if the AWS account has enabled or disabled AWS Trusted Advisor. Access level: Read. Permission only. https://docs.aws.amazon.com/awssupport/latest/user/security-trusted-advisor.html#trusted-advisor-operations */
  DescribeAccountAccess: "R||1||||",
  /** Grants permission to view details for the check items. Access level: Read. Resources: checks*. https://docs.aws.amazon.com/awssupport/latest/user/security-trusted-advisor.html#trusted-advisor-operations */
  DescribeCheckItems: "R|||0;1;|||ListRecommendationResources",
  /** Grants permission to view the refresh statuses for AWS Trusted Advisor checks. Access level: Read. Resources: checks*. https://docs.aws.amazon.com/awssupport/latest/user/security-trusted-advisor.html#trusted-advisor-operations */
  DescribeCheckRefreshStatuses: "R|||0;1;|||",
  /** Grants permission to view the results and changed statuses for checks in the last 30 days. Access level: Read. Resources: checks*. Permission only. https://docs.aws.amazon.com/awssupport/latest/user/security-trusted-advisor.html#trusted-advisor-operations */
  DescribeCheckStatusHistoryChanges: "R||1|0;1;|||",
  /** Grants permission to view AWS Trusted Advisor check summaries. Access level: Read. Resources: checks*. https://docs.aws.amazon.com/awssupport/latest/user/security-trusted-advisor.html#trusted-advisor-operations */
  DescribeCheckSummaries: "R|||0;1;|||GetRecommendation,ListRecommendations",
  /** Grants permission to view details for AWS Trusted Advisor checks. Access level: Read. https://docs.aws.amazon.com/awssupport/latest/user/security-trusted-advisor.html#trusted-advisor-operations */
  DescribeChecks: "R||||||ListChecks",
  /** Grants permission to get your email notification preferences for Trusted Advisor Priority. Access level: Read. https://docs.aws.amazon.com/awssupport/latest/user/security-trusted-advisor.html#trusted-advisor-operations */
  DescribeNotificationConfigurations: "R||||||",
  /** Grants permission to view the notification preferences for the AWS account. Access level: Read. Permission only. https://docs.aws.amazon.com/awssupport/latest/user/security-trusted-advisor.html#trusted-advisor-operations */
  DescribeNotificationPreferences: "R||1||||",
  /** Grants permission to view if the AWS account meets the requirements to enable the organizational view feature. Access level: Read. Permission only. https://docs.aws.amazon.com/awssupport/latest/user/security-trusted-advisor.html#trusted-advisor-operations */
  DescribeOrganization: "R||1||||",
  /** Grants permission to view the linked AWS accounts that are in the organization. Access level: Read. Permission only. https://docs.aws.amazon.com/awssupport/latest/user/security-trusted-advisor.html#trusted-advisor-operations */
  DescribeOrganizationAccounts: "R||1||||",
  /** Grants permission to view details for organizational view reports, such as the report name, runtime, date created, status, and format. Access level: Read. Permission only. https://docs.aws.amazon.com/awssupport/latest/user/security-trusted-advisor.html#trusted-advisor-operations */
  DescribeReports: "R||1||||",
  /** Grants permission to view risk details in AWS Trusted Advisor Priority. Access level: Read. https://docs.aws.amazon.com/awssupport/latest/user/security-trusted-advisor.html#trusted-advisor-operations */
  DescribeRisk: "R||||||",
  /** Grants permission to view affected resources for a risk in AWS Trusted Advisor Priority. Access level: Read. https://docs.aws.amazon.com/awssupport/latest/user/security-trusted-advisor.html#trusted-advisor-operations */
  DescribeRiskResources: "R||||||",
  /** Grants permission to view risks in AWS Trusted Advisor Priority. Access level: Read. https://docs.aws.amazon.com/awssupport/latest/user/security-trusted-advisor.html#trusted-advisor-operations */
  DescribeRisks: "R||||||",
  /** Grants permission to view information about organizational view reports, such as the AWS Regions, check categories, check names, and resource statuses. Access level: Read. Permission only. https://docs.aws.amazon.com/awssupport/latest/user/security-trusted-advisor.html#trusted-advisor-operations */
  DescribeServiceMetadata: "R||1||||",
  /** Grants permission to download a file that contains details about the risk in AWS Trusted Advisor Priority. Access level: Read. https://docs.aws.amazon.com/awssupport/latest/user/security-trusted-advisor.html#trusted-advisor-operations */
  DownloadRisk: "R||||||",
  /** Grants permission to exclude recommendations for AWS Trusted Advisor checks. Access level: Write. Resources: checks*. Permission only. https://docs.aws.amazon.com/awssupport/latest/user/security-trusted-advisor.html#trusted-advisor-operations */
  ExcludeCheckItems: "W||1|0;1;|||",
  /** Grants permission to create a report for AWS Trusted Advisor checks in your organization. Access level: Write. Permission only. https://docs.aws.amazon.com/awssupport/latest/user/security-trusted-advisor.html#trusted-advisor-operations */
  GenerateReport: "W||1||||",
  /** Grants permission to get a specific recommendation within an AWS Organization's organization. This API supports only prioritized recommendations. Access level: Read. https://docs.aws.amazon.com/awssupport/latest/user/get-started-with-aws-trusted-advisor-api.html */
  GetOrganizationRecommendation: "R||||||;",
  /** Grants permission to get a specific Recommendation. Access level: Read. https://docs.aws.amazon.com/awssupport/latest/user/get-started-with-aws-trusted-advisor-api.html */
  GetRecommendation: "R|||||0,1|;",
  /** Grants permission to include recommendations for AWS Trusted Advisor checks. Access level: Write. Resources: checks*. Permission only. https://docs.aws.amazon.com/awssupport/latest/user/security-trusted-advisor.html#trusted-advisor-operations */
  IncludeCheckItems: "W||1|0;1;|||",
  /** Grants permission to view, in the Trusted Advisor console, all of the accounts in an AWS organization that are contained by a root or organizational unit (OU). Access level: Read. Permission only. https://docs.aws.amazon.com/awssupport/latest/user/security-trusted-advisor.html#trusted-advisor-operations */
  ListAccountsForParent: "R||1||||",
  /** Grants permission to list a filterable set of Checks. Access level: List. https://docs.aws.amazon.com/awssupport/latest/user/get-started-with-aws-trusted-advisor-api.html */
  ListChecks: "L|||||support:DescribeTrustedAdvisorChecks,trustedadvisor:DescribeChecks|;",
  /** Grants permission to list the accounts that own the resources for an AWS Organization aggregate recommendation. This API only supports prioritized recommendations. Access level: List. https://docs.aws.amazon.com/awssupport/latest/user/get-started-with-aws-trusted-advisor-api.html */
  ListOrganizationRecommendationAccounts: "L||||||;",
  /** Grants permission to list Resources of a Recommendation within an AWS Organization. This API only supports prioritized recommendations. Access level: List. https://docs.aws.amazon.com/awssupport/latest/user/get-started-with-aws-trusted-advisor-api.html */
  ListOrganizationRecommendationResources: "L||||||;",
  /** Grants permission to list a filterable set of Recommendations within an AWS Organization. This API only supports prioritized recommendations. Access level: List. https://docs.aws.amazon.com/awssupport/latest/user/get-started-with-aws-trusted-advisor-api.html */
  ListOrganizationRecommendations: "L||||||;",
  /** Grants permission to view, in the Trusted Advisor console, all of the organizational units (OUs) in a parent organizational unit or root. Access level: Read. Permission only. https://docs.aws.amazon.com/awssupport/latest/user/security-trusted-advisor.html#trusted-advisor-operations */
  ListOrganizationalUnitsForParent: "R||1||||",
  /** Grants permission to list Resources of a Recommendation. Access level: List. https://docs.aws.amazon.com/awssupport/latest/user/get-started-with-aws-trusted-advisor-api.html */
  ListRecommendationResources: "L|||||support:DescribeTrustedAdvisorCheckResult,trustedadvisor:DescribeCheckItems|;",
  /** Grants permission to list a filterable set of Recommendations. Access level: List. https://docs.aws.amazon.com/awssupport/latest/user/get-started-with-aws-trusted-advisor-api.html */
  ListRecommendations: "L|||||0,1|;",
  /** Grants permission to view, in the Trusted Advisor console, all of the roots that are defined in an AWS organization. Access level: Read. Permission only. https://docs.aws.amazon.com/awssupport/latest/user/security-trusted-advisor.html#trusted-advisor-operations */
  ListRoots: "R||1||||",
  /** Grants permission to refresh an AWS Trusted Advisor check. Access level: Write. Resources: checks*. https://docs.aws.amazon.com/awssupport/latest/user/security-trusted-advisor.html#trusted-advisor-operations */
  RefreshCheck: "W|||0;1;|||",
  /** Grants permission to enable or disable AWS Trusted Advisor for the account. Access level: Write. Permission only. https://docs.aws.amazon.com/awssupport/latest/user/security-trusted-advisor.html#trusted-advisor-operations */
  SetAccountAccess: "W||1||||",
  /** Grants permission to enable the organizational view feature for AWS Trusted Advisor. Access level: Write. Permission only. https://docs.aws.amazon.com/awssupport/latest/user/security-trusted-advisor.html#trusted-advisor-operations */
  SetOrganizationAccess: "W||1||||",
  /** Grants permission to create or update your email notification preferences for Trusted Advisor Priority. Access level: Write. https://docs.aws.amazon.com/awssupport/latest/user/security-trusted-advisor.html#trusted-advisor-operations */
  UpdateNotificationConfigurations: "W||||||",
  /** Grants permission to update notification preferences for AWS Trusted Advisor. Access level: Write. Permission only. https://docs.aws.amazon.com/awssupport/latest/user/security-trusted-advisor.html#trusted-advisor-operations */
  UpdateNotificationPreferences: "W||1||||",
  /** Grants permission to update the lifecyle of a Recommendation within an AWS Organization. This API only supports prioritized recommendations. Access level: Write. https://docs.aws.amazon.com/awssupport/latest/user/get-started-with-aws-trusted-advisor-api.html */
  UpdateOrganizationRecommendationLifecycle: "W||||||;",
  /** Grants permission to update the lifecyle of a Recommendation. This API only supports prioritized recommendations. Access level: Write. https://docs.aws.amazon.com/awssupport/latest/user/get-started-with-aws-trusted-advisor-api.html */
  UpdateRecommendationLifecycle: "W||||||;",
  /** Grants permission to update the risk status in AWS Trusted Advisor Priority. Access level: Write. https://docs.aws.amazon.com/awssupport/latest/user/security-trusted-advisor.html#trusted-advisor-operations */
  UpdateRiskStatus: "W||||||",
} as const;
const actionDetails = {
  BatchUpdateRecommendationResourceExclusion:
    "|,;~~~|Grants permission to update one or more exclusion status for a list of recommendation resources",
  DeleteNotificationConfigurationForDelegatedAdmin:
    "|,;~|Grants permission to the organization management account to delete email notification preferences from a delegated administrator account for Trusted Advisor Priority",
  DescribeAccount: "|,;~|Grants permission to view the AWS Support plan and various AWS Trusted Advisor preferences",
  DescribeAccountAccess:
    "|,;~|Grants permission to view if the AWS account has enabled or disabled AWS Trusted Advisor",
  DescribeCheckItems: "|,;~~~|Grants permission to view details for the check items",
  DescribeCheckRefreshStatuses: "|,;~|Grants permission to view the refresh statuses for AWS Trusted Advisor checks",
  DescribeCheckStatusHistoryChanges:
    "|,;~|Grants permission to view the results and changed statuses for checks in the last 30 days",
  DescribeCheckSummaries: "|,;~~~,~~|Grants permission to view AWS Trusted Advisor check summaries",
  DescribeChecks: "|,;~~~|Grants permission to view details for AWS Trusted Advisor checks",
  DescribeNotificationConfigurations:
    "|,;~|Grants permission to get your email notification preferences for Trusted Advisor Priority",
  DescribeNotificationPreferences: "|,;~|Grants permission to view the notification preferences for the AWS account",
  DescribeOrganization:
    "|,;~|Grants permission to view if the AWS account meets the requirements to enable the organizational view feature",
  DescribeOrganizationAccounts: "|,;~|Grants permission to view the linked AWS accounts that are in the organization",
  DescribeReports:
    "|,;~|Grants permission to view details for organizational view reports, such as the report name, runtime, date created, status, and format",
  DescribeRisk: "|,;~|Grants permission to view risk details in AWS Trusted Advisor Priority",
  DescribeRiskResources: "|,;~|Grants permission to view affected resources for a risk in AWS Trusted Advisor Priority",
  DescribeRisks: "|,;~|Grants permission to view risks in AWS Trusted Advisor Priority",
  DescribeServiceMetadata:
    "|,;~|Grants permission to view information about organizational view reports, such as the AWS Regions, check categories, check names, and resource statuses",
  DownloadRisk:
    "|,;~|Grants permission to download a file that contains details about the risk in AWS Trusted Advisor Priority",
  ExcludeCheckItems: "|,;~|Grants permission to exclude recommendations for AWS Trusted Advisor checks",
  GenerateReport: "|,;~|Grants permission to create a report for AWS Trusted Advisor checks in your organization",
  GetOrganizationRecommendation:
    "|,;~~~|Grants permission to get a specific recommendation within an AWS Organization's organization. This API supports only prioritized recommendations",
  GetRecommendation: "|,;~~~|Grants permission to get a specific Recommendation",
  IncludeCheckItems: "|,;~|Grants permission to include recommendations for AWS Trusted Advisor checks",
  ListAccountsForParent:
    "|,;~|Grants permission to view, in the Trusted Advisor console, all of the accounts in an AWS organization that are contained by a root or organizational unit (OU)",
  ListChecks: "|,;~~~|Grants permission to list a filterable set of Checks",
  ListOrganizationRecommendationAccounts:
    "|,;~~~|Grants permission to list the accounts that own the resources for an AWS Organization aggregate recommendation. This API only supports prioritized recommendations",
  ListOrganizationRecommendationResources:
    "|,;~~~|Grants permission to list Resources of a Recommendation within an AWS Organization. This API only supports prioritized recommendations",
  ListOrganizationRecommendations:
    "|,;~~~|Grants permission to list a filterable set of Recommendations within an AWS Organization. This API only supports prioritized recommendations",
  ListOrganizationalUnitsForParent:
    "|,;~|Grants permission to view, in the Trusted Advisor console, all of the organizational units (OUs) in a parent organizational unit or root",
  ListRecommendationResources: "|,;~~~|Grants permission to list Resources of a Recommendation",
  ListRecommendations: "|,;~~~|Grants permission to list a filterable set of Recommendations",
  ListRoots:
    "|,;~|Grants permission to view, in the Trusted Advisor console, all of the roots that are defined in an AWS organization",
  RefreshCheck: "|,;~|Grants permission to refresh an AWS Trusted Advisor check",
  SetAccountAccess: "|,;~|Grants permission to enable or disable AWS Trusted Advisor for the account",
  SetOrganizationAccess: "|,;~|Grants permission to enable the organizational view feature for AWS Trusted Advisor",
  UpdateNotificationConfigurations:
    "|,;~|Grants permission to create or update your email notification preferences for Trusted Advisor Priority",
  UpdateNotificationPreferences: "|,;~|Grants permission to update notification preferences for AWS Trusted Advisor",
  UpdateOrganizationRecommendationLifecycle:
    "|,;~~~|Grants permission to update the lifecyle of a Recommendation within an AWS Organization. This API only supports prioritized recommendations",
  UpdateRecommendationLifecycle:
    "|,;~~~|Grants permission to update the lifecyle of a Recommendation. This API only supports prioritized recommendations",
  UpdateRiskStatus: "|,;~|Grants permission to update the risk status in AWS Trusted Advisor Priority",
};
const resourceTypeFacts = {
  /** The checks resource type: arn:${Partition}:trustedadvisor:${Region}:${Account}:checks/${CategoryCode}/${CheckId} */
  checks: "|,|",
} as const;
const arnFormats = {
  /** ARN of a checks resource: arn:${Partition}:trustedadvisor:${Region}:${Account}:checks/${CategoryCode}/${CheckId}. */
  checks: "|,checks|arn:|Partition|:trustedadvisor:|Region|:|Account|:checks/|CategoryCode|/|CheckId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["checks"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "trustedadvisor">;
/** Any trustedadvisor action. */
export type Action = ActionOf<typeof actionFacts, "trustedadvisor">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "trustedadvisor">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "trustedadvisor" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every trustedadvisor action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
export interface ConditionKeyTypes {}

/** Condition key -> value type. */
export type ConditionKeys = ConditionKeysOf<ConditionKeyTypes>;

/** Condition key with a placeholder, as the reference writes it -> its template-literal key. */
export interface ConditionKeyPatterns {}

/** A condition key as the reference writes it. */
export type ConditionKeyName = (typeof conditionKeyList)[number];
/** Condition key -> description, types, deprecation. */
export type ConditionKeyInfos = { readonly [K in ConditionKeyName]: ConditionKeyInfo };
const conditionKeyRows: { readonly [K in ConditionKeyName]: string } = {};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "trustedadvisor",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
