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
export const prefix: "securityhub" = "securityhub";
/** The service's name in the reference. */
export const serviceName: "AWS Security Hub" = "AWS Security Hub";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Security Hub",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssecurityhub.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "securityhub:ASFFSyntaxPath/${ASFFSyntaxPath}",
  "securityhub:OCSFSyntaxPath/${OCSFSyntaxPath}",
  "securityhub:TargetAccount",
] as const;
const dependentActionList = [
  "organizations:DescribeOrganization",
  "organizations:ListDelegatedAdministrators",
  "securityhub:DescribeStandardsControls",
  "securityhub:TagResource",
  "securityhub:UpdateStandardsControl",
] as const;
const actionFacts = {
  /** Grants permission to accept Security Hub invitations to become a member account. Access level: Write. Resources: hub. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_AcceptAdministratorInvitation.html */
  AcceptAdministratorInvitation: "W|||6;0;|||;",
  /** Grants permission to accept Security Hub invitations to become a member account. Access level: Write. Resources: hub. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_AcceptInvitation.html */
  AcceptInvitation: "W|||6;0;|||;",
  /** Grants permission to log delivery for resources. Access level: Permissions management. Resources: hub, hubv2. Permission only. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_AllowVendedLogDeliveryForResource.html */
  AllowVendedLogDeliveryForResource: "P||1|6;0;,7;0;|||",
  /** Grants permission to delete one or more automation rules in Security Hub. Access level: Write. Resources: automation-rule*. https://docs.aws.amazon.com/securityhub/latest/userguide/automation-rules */
  BatchDeleteAutomationRules: "W|||1;1;|||;",
  /** Grants permission to disable standards in Security Hub. Access level: Write. Resources: hub. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_BatchDisableStandards.html */
  BatchDisableStandards: "W|||6;0;|||;",
  /** Grants permission to enable standards in Security Hub. Access level: Write. Resources: hub. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_BatchEnableStandards.html */
  BatchEnableStandards: "W|||6;0;|||;",
  /** Grants permission to retrieve a list of details for automation rules from Security Hub based on rule Amazon Resource Names (ARNs). Access level: Read. Resources: automation-rule*. https://docs.aws.amazon.com/securityhub/latest/userguide/automation-rules */
  BatchGetAutomationRules: "R|||1;1;|||;",
  /** Grants permission to retrieve information about configuration policies associated with a specific list of member accounts and organizational units of the calling account's organization. Access level: Read. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_BatchGetConfigurationPolicyAssociations.html */
  BatchGetConfigurationPolicyAssociations: "R||||||;",
  /** Grants permission to get the enablement and compliance status of controls, the findings count for controls, and the overall security score for controls on the Security Hub console. Access level: Read. Resources: hub. Permission only. https://docs.aws.amazon.com/securityhub/latest/userguide/iam-permissions-controls-standards.html */
  BatchGetControlEvaluations: "R||1|6;0;|||",
  /** Grants permission to get details about specific security controls identified by ID or ARN. Access level: Read. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_BatchGetSecurityControls.html */
  BatchGetSecurityControls: "R|||||2|;",
  /** Grants permission to get the enablement status of a batch of security controls in standards. Access level: Read. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_BatchGetStandardsControlAssociations.html */
  BatchGetStandardsControlAssociations: "R|||||2|;",
  /** Grants permission to import findings into Security Hub from an integrated product. Access level: Write. Resources: product*. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_BatchImportFindings.html */
  BatchImportFindings: "W|||8;1;|5||;",
  /** Grants permission to update one or more automation rules from Security Hub based on rule Amazon Resource Names (ARNs) and input parameters. Access level: Write. Resources: automation-rule*. https://docs.aws.amazon.com/securityhub/latest/userguide/automation-rules */
  BatchUpdateAutomationRules: "W|||1;1;|||;",
  /** Grants permission to update customer-controlled fields for a selected set of Security Hub findings. Access level: Write. Resources: hub, hubv2. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_BatchUpdateFindingsV2.html */
  BatchUpdateFindings: "W|||6;0;,7;0;|3,4||;,BatchUpdateFindingsV2",
  /** Grants permission to update the enablement status of a batch of security controls in standards. Access level: Write. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_BatchUpdateStandardsControlAssociations.html */
  BatchUpdateStandardsControlAssociations: "W|||||4|;",
  /** Grants permission to complete the OAuth 2.0 authorization code flow based on input parameters. Access level: Write. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_ConnectorRegistrationsV2.html */
  ConnectorRegistrationsV2: "W||||||",
  /** Grants permission to create custom actions in Security Hub. Access level: Write. Resources: hub. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_CreateActionTarget.html */
  CreateActionTarget: "W|||6;0;|||;",
  /** Grants permission to create an aggregatorV2, which configures data aggregation across Regions. Access level: Write. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_CreateAggregatorV2.html */
  CreateAggregatorV2: "W|||||3|;",
  /** Grants permission to create an automation rule based on input parameters. Access level: Write. https://docs.aws.amazon.com/securityhub/latest/userguide/automation-rules */
  CreateAutomationRule: "W||||0,2|3|;",
  /** Grants permission to create an automation rule V2 based on input parameters. Access level: Write. https://docs.aws.amazon.com/securityhub/latest/userguide/automation-rules */
  CreateAutomationRuleV2: "W||||0,2|3|;",
  /** Grants permission to create a configuration policy to manage organization member settings in Security Hub. Access level: Write. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_CreateConfigurationPolicy.html */
  CreateConfigurationPolicy: "W||||0,2|3|;",
  /** Grants permission to create a connector V2 based on input parameters. Access level: Write. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_CreateConnectorV2.html */
  CreateConnectorV2: "W||||0,2|3|;",
  /** Grants permission to create a finding aggregator, which contains the cross-Region finding aggregation configuration. Access level: Write. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_CreateFindingAggregator.html */
  CreateFindingAggregator: "W||||||;",
  /** Grants permission to create insights in Security Hub. Insights are collections of related findings. Access level: Write. Resources: hub. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_CreateInsight.html */
  CreateInsight: "W|||6;0;|||;",
  /** Grants permission to create member accounts in Security Hub. Access level: Write. Resources: hub. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_CreateMembers.html */
  CreateMembers: "W|||6;0;|||;",
  /** Grants permission to create ticket for a selected OCSF finding. Access level: Write. Resources: connectorv2. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_CreateTicketV2.html */
  CreateTicketV2: "W|||4;0;|||;",
  /** Grants permission to decline Security Hub invitations to become a member account. Access level: Write. Resources: hub. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_DeclineInvitations.html */
  DeclineInvitations: "W|||6;0;|||;",
  /** Grants permission to delete custom actions in Security Hub. Access level: Write. Resources: hub. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_DeleteActionTarget.html */
  DeleteActionTarget: "W|||6;0;|||;",
  /** Grants permission to delete an aggregatorV2, which configures data aggregation across Regions. Access level: Write. Resources: aggregatorv2*. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_DeleteAggregatorV2.html */
  DeleteAggregatorV2: "W|||0;1;|||;",
  /** Grants permission to delete an automation rule V2 in Security Hub. Access level: Write. Resources: automation-rulev2*. https://docs.aws.amazon.com/securityhub/latest/userguide/automation-rules */
  DeleteAutomationRuleV2: "W|||2;1;|||;",
  /** Grants permission to delete an existing configuration policy. Access level: Write. Resources: configuration-policy*. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_DeleteConfigurationPolicy.html */
  DeleteConfigurationPolicy: "W|||3;1;|||;",
  /** Grants permission to delete a connector V2 in Security Hub. Access level: Write. Resources: connectorv2*. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_DeleteConnectorV2.html */
  DeleteConnectorV2: "W|||4;1;|||;",
  /** Grants permission to delete a finding aggregator, which disables finding aggregation across Regions. Access level: Write. Resources: finding-aggregator*. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_DeleteFindingAggregator.html */
  DeleteFindingAggregator: "W|||5;1;|||;",
  /** Grants permission to delete insights from Security Hub. Access level: Write. Resources: hub. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_DeleteInsight.html */
  DeleteInsight: "W|||6;0;|||;",
  /** Grants permission to delete Security Hub invitations to become a member account. Access level: Write. Resources: hub. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_DeleteInvitations.html */
  DeleteInvitations: "W|||6;0;|||;",
  /** Grants permission to delete Security Hub member accounts. Access level: Write. Resources: hub. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_DeleteMembers.html */
  DeleteMembers: "W|||6;0;|||;",
  /** Grants permission to retrieve a list of custom actions using the API. Access level: Read. Resources: hub. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_DescribeActionTargets.html */
  DescribeActionTargets: "R|||6;0;|||;",
  /** Grants permission to retrieve information about the hub resource in your account. Access level: Read. Resources: hub. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_DescribeHub.html */
  DescribeHub: "R|||6;0;|||;",
  /** Grants permission to describe the organization configuration for Security Hub. Access level: Read. Resources: hub. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_DescribeOrganizationConfiguration.html */
  DescribeOrganizationConfiguration: "R|||6;0;|||;",
  /** Grants permission to retrieve information about the available Security Hub product integrations. Access level: Read. Resources: hub. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_DescribeProducts.html */
  DescribeProducts: "R|||6;0;|||;",
  /** Grants permission to retrieve information about the available Security Hub V2 product integrations. Access level: Read. Resources: hubv2. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_DescribeProductsV2.html */
  DescribeProductsV2: "R|||7;0;|||;",
  /** Grants permission to retrieve information about the hub V2 resource in your account. Access level: Read. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_DescribeSecurityHubV2.html */
  DescribeSecurityHubV2: "R||||||;",
  /** Grants permission to retrieve information about Security Hub standards. Access level: Read. Resources: hub. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_DescribeStandards.html */
  DescribeStandards: "R|||6;0;|||;",
  /** Grants permission to retrieve information about Security Hub standards controls. Access level: Read. Resources: hub. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_DescribeStandardsControls.html */
  DescribeStandardsControls:
    "R|||6;0;|||BatchGetSecurityControls,BatchGetStandardsControlAssociations,;,ListStandardsControlAssociations",
  /** Grants permission to disable the findings importing for a Security Hub integrated product. Access level: Write. Resources: hub. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_DisableImportFindingsForProduct.html */
  DisableImportFindingsForProduct: "W|||6;0;|||;",
  /** Grants permission to remove the Security Hub administrator account for your organization. Access level: Write. Resources: hub. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_DisableOrganizationAdminAccount.html */
  DisableOrganizationAdminAccount: "W|||6;0;||organizations:DeregisterDelegatedAdministrator,0,1|;",
  /** Grants permission to disable Security Hub. Access level: Write. Resources: hub. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_DisableSecurityHub.html */
  DisableSecurityHub: "W|||6;0;|||;",
  /** Grants permission to disable Security Hub V2. Access level: Write. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_DisableSecurityHubV2.html */
  DisableSecurityHubV2: "W||||||;",
  /** Grants permission to a Security Hub member account to disassociate from the associated administrator account. Access level: Write. Resources: hub. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_DisassociateFromAdministratorAccount.html */
  DisassociateFromAdministratorAccount: "W|||6;0;|||;",
  /** Grants permission to a Security Hub member account to disassociate from the associated master account. Access level: Write. Resources: hub. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_DisassociateFromMasterAccount.html */
  DisassociateFromMasterAccount: "W|||6;0;|||;",
  /** Grants permission to disassociate Security Hub member accounts from the associated administrator account. Access level: Write. Resources: hub. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_DisassociateMembers.html */
  DisassociateMembers: "W|||6;0;|||;",
  /** Grants permission to enable the findings importing for a Security Hub integrated product. Access level: Write. Resources: hub. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_EnableImportFindingsForProduct.html */
  EnableImportFindingsForProduct: "W|||6;0;|||;",
  /** Grants permission to designate a Security Hub administrator account for your organization. Access level: Write. Resources: hub. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_EnableOrganizationAdminAccount.html */
  EnableOrganizationAdminAccount:
    "W|||6;0;||0,organizations:EnableAWSServiceAccess,organizations:ListAWSServiceAccessForOrganization,1,organizations:RegisterDelegatedAdministrator|;",
  /** Grants permission to enable Security Hub. Access level: Write. Resources: hub. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_EnableSecurityHub.html */
  EnableSecurityHub: "W|||6;0;|0,2|3|;",
  /** Grants permission to enable Security Hub V2. Access level: Write. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_EnableSecurityHubV2.html */
  EnableSecurityHubV2: "W||||0,2|3|;",
  /** Grants permission to generate policy recommendations for an OCSF finding. Access level: Write. Resources: hubv2*. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_GenerateRecommendedPolicyV2.html */
  GenerateRecommendedPolicyV2: "W|||7;1;|||;",
  /** Grants permission to retrieve aggregated statistical data about the findings. Access level: Read. Resources: hub, hubv2. Permission only. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_GetFindingStatisticsV2.html */
  GetAdhocInsightResults: "R||1|6;0;,7;0;|||GetFindingStatisticsV2",
  /** Grants permission to retrieve details about the Security Hub administrator account. Access level: Read. Resources: hub. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_GetAdministratorAccount.html */
  GetAdministratorAccount: "R|||6;0;|||;",
  /** Grants permission to retrieve details for an aggregatorV2, which configures data aggregation across Regions. Access level: Read. Resources: aggregatorv2*. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_GetAggregatorV2.html */
  GetAggregatorV2: "R|||0;1;|||;",
  /** Grants permission to retrieve details for an automation rule V2 from Security Hub based on rule Amazon Resource Name (ARN). Access level: Read. Resources: automation-rulev2*. https://docs.aws.amazon.com/securityhub/latest/userguide/automation-rules */
  GetAutomationRuleV2: "R|||2;1;|||;",
  /** Grants permission to get a complete overview of one configuration policy created by the calling account. Access level: Read. Resources: configuration-policy*. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_GetConfigurationPolicy.html */
  GetConfigurationPolicy: "R|||3;1;|||;",
  /** Grants permission to retrieve information about a configuration policy associated with a member account or organizational unit of the calling account's organization. Access level: Read. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_GetConfigurationPolicyAssociation.html */
  GetConfigurationPolicyAssociation: "R||||||;",
  /** Grants permission to retrieve details for a connector V2 from Security Hub based on connector id. Access level: Read. Resources: connectorv2*. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_GetConnectorV2.html */
  GetConnectorV2: "R|||4;1;|||;",
  /** Grants permission to retrieve a security score and counts of finding and control statuses for a security standard. Access level: Read. Resources: hub. Permission only. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_GetControlFindingSummary.html */
  GetControlFindingSummary: "R||1|6;0;|||",
  /** Grants permission to retrieve a list of the standards that are enabled in Security Hub. Access level: List. Resources: hub. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_GetEnabledStandards.html */
  GetEnabledStandards: "L|||6;0;|||;",
  /** Grants permission to retrieve details for a finding aggregator, which configures finding aggregation across Regions. Access level: Read. Resources: finding-aggregator*. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_GetFindingAggregator.html */
  GetFindingAggregator: "R|||5;1;|||;",
  /** Grants permission to retrieve a list of finding history from Security Hub. Access level: Read. Resources: hub. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_GetFindingHistory.html */
  GetFindingHistory: "R|||6;0;|||;",
  /** Grants permission to retrieve a list of findings from Security Hub. Access level: Read. Resources: hub, hubv2. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_GetFindingsV2.html */
  GetFindings: "R|||6;0;,7;0;|||;,GetFindingsV2",
  /** Grants permission to retrieve findings trends. Access level: Read. Resources: hubv2. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_GetFindingsTrendsV2.html */
  GetFindingsTrendsV2: "R|||7;0;|||;",
  /** Grants permission to retrieve the end date for an account's free trial of Security Hub. Access level: Read. Resources: hub. Permission only. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_GetFreeTrialEndDate.html */
  GetFreeTrialEndDate: "R||1|6;0;|||",
  /** Grants permission to retrieve information about Security Hub usage during the free trial period. Access level: Read. Resources: hub. Permission only. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_GetFreeTrialUsage.html */
  GetFreeTrialUsage: "R||1|6;0;|||",
  /** Grants permission to retrieve an insight finding trend from Security Hub in order to generate a graph. Access level: Read. Resources: hub. Permission only. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_GetInsightFindingTrend.html */
  GetInsightFindingTrend: "R||1|6;0;|||",
  /** Grants permission to retrieve insight results from Security Hub. Access level: Read. Resources: hub. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_GetInsightResults.html */
  GetInsightResults: "R|||6;0;|||;",
  /** Grants permission to retrieve Security Hub insights. Access level: List. Resources: hub. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_GetInsights.html */
  GetInsights: "L|||6;0;|||;",
  /** Grants permission to retrieve the count of Security Hub membership invitations sent to the account. Access level: Read. Resources: hub. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_GetInvitationsCount.html */
  GetInvitationsCount: "R|||6;0;|||;",
  /** Grants permission to retrieve details about the Security Hub master account. Access level: Read. Resources: hub. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_GetMasterAccount.html */
  GetMasterAccount: "R|||6;0;|||;",
  /** Grants permission to retrieve the details of Security Hub member accounts. Access level: Read. Resources: hub. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_GetMembers.html */
  GetMembers: "R|||6;0;|||;",
  /** Grants permission to retrieve policy recommendations for an OCSF finding. Access level: Read. Resources: hubv2*. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_GetRecommendedPolicyV2.html */
  GetRecommendedPolicyV2: "R|||7;1;|||;",
  /** Grants permission to retrieve aggregate statistics about resources. Access level: Read. Resources: hubv2. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_GetResourcesStatisticsV2.html */
  GetResourcesStatisticsV2: "R|||7;0;|||;",
  /** Grants permission to retrieve resources trends. Access level: Read. Resources: hubv2. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_GetResourcesTrendsV2.html */
  GetResourcesTrendsV2: "R|||7;0;|||;",
  /** Grants permission to retrieve a list of resources. Access level: Read. Resources: hubv2. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_GetResourcesV2.html */
  GetResourcesV2: "R|||7;0;|||;",
  /** Grants permission to get the definition details of a specific security control identified by ID. Access level: Read. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_GetSecurityControlDefinition.html */
  GetSecurityControlDefinition: "R|||||2|;",
  /** Grants permission to retrieve information about Security Hub usage by accounts. Access level: Read. Resources: hub. Permission only. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_GetUsage.html */
  GetUsage: "R||1|6;0;|||",
  /** Grants permission to retrieve information about Security Hub usage for an account. Access level: Read. Resources: hubv2*. Permission only. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_GetUsageV2.html */
  GetUsageV2: "R||1|7;1;|||",
  /** Grants permission to invite other AWS accounts to become Security Hub member accounts. Access level: Write. Resources: hub. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_InviteMembers.html */
  InviteMembers: "W|||6;0;|||;",
  /** Grants permission to retrieve a list of Security Hub usage for accounts in an organization. Access level: List. Resources: hubv2*. Permission only. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_ListAccountUsageV2.html */
  ListAccountUsageV2: "L||1|7;1;|||",
  /** Grants permission to retrieve a list of aggregatorsV2, which configures data aggregation across Regions. Access level: List. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_ListAggregatorsV2.html */
  ListAggregatorsV2: "L||||||;",
  /** Grants permission to retrieve a list of automation rules and their metadata for the calling account from Security Hub. Access level: List. https://docs.aws.amazon.com/securityhub/latest/userguide/automation-rules */
  ListAutomationRules: "L||||||;",
  /** Grants permission to retrieve a list of automation rules V2 and their metadata for the calling account from Security Hub. Access level: List. https://docs.aws.amazon.com/securityhub/latest/userguide/automation-rules */
  ListAutomationRulesV2: "L||||||;",
  /** Grants permission to list the summaries of all configuration policies created by the calling account. Access level: List. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_ListConfigurationPolicies.html */
  ListConfigurationPolicies: "L||||||;",
  /** Grants permission to retrieve information about all configuration policies associationed with all member accounts and organizational units of the calling account's organization. Access level: List. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_ListConfigurationPolicyAssociations.html */
  ListConfigurationPolicyAssociations: "L||||||;",
  /** Grants permission to retrieve a list of connectors V2 and their metadata for the calling account from Security Hub. Access level: List. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_ListConnectorsV2.html */
  ListConnectorsV2: "L||||||;",
  /** Grants permission to retrieve a list of controls for a standard, including the control IDs, statuses and finding counts. Access level: Read. Resources: hub. Permission only. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_ListControlEvaluationSummaries.html */
  ListControlEvaluationSummaries: "R||1|6;0;|||",
  /** Grants permission to retrieve the Security Hub integrated products that are currently enabled. Access level: List. Resources: hub. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_ListEnabledProductsForImport.html */
  ListEnabledProductsForImport: "L|||6;0;|||;",
  /** Grants permission to retrieve a list of finding aggregators, which contain the cross-Region finding aggregation configuration. Access level: List. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_ListFindingAggregators.html */
  ListFindingAggregators: "L||||||;",
  /** Grants permission to retrieve the Security Hub invitations sent to the account. Access level: List. Resources: hub. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_ListInvitations.html */
  ListInvitations: "L|||6;0;|||;",
  /** Grants permission to retrieve details about Security Hub member accounts associated with the administrator account. Access level: List. Resources: hub. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_ListMembers.html */
  ListMembers: "L|||6;0;|||;",
  /** Grants permission to list the Security Hub administrator accounts for your organization. Access level: List. Resources: hub. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_ListOrganizationAdminAccounts.html */
  ListOrganizationAdminAccounts: "L|||6;0;||0,1|;",
  /** Grants permission to retrieve a list of security control definitions, which contain details for security controls in the current region. Access level: List. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_ListSecurityControlDefinitions.html */
  ListSecurityControlDefinitions: "L||||||;",
  /** Grants permission to list the enablement status of a security control in standards. Access level: List. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_ListStandardsControlAssociations.html */
  ListStandardsControlAssociations: "L|||||2|;",
  /** Grants permission to list of tags associated with a resource. Access level: Read. Resources: automation-rule, configuration-policy, hub. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||1;0;,3;0;,6;0;|||;",
  /** Grants permission to use a custom action to send Security Hub findings to Amazon EventBridge. Access level: Read. Resources: hub. Permission only. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_SendFindingEvents.html */
  SendFindingEvents: "R||1|6;0;|||",
  /** Grants permission to use a custom action to send Security Hub insights to Amazon EventBridge. Access level: Read. Resources: hub. Permission only. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_SendInsightEvents.html */
  SendInsightEvents: "R||1|6;0;|||",
  /** Grants permission to associate a configuration policy with a member account or organizational unit in the calling account's organization. Access level: Write. Resources: hub. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_StartConfigurationPolicyAssociation.html */
  StartConfigurationPolicyAssociation: "W|||6;0;|||;",
  /** Grants permission to remove a configuration policy association from a member account or organizational unit in the calling account's organization. Access level: Write. Resources: hub. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_StartConfigurationPolicyDisassociation.html */
  StartConfigurationPolicyDisassociation: "W|||6;0;|||;",
  /** Grants permission to add tags to a Security Hub resource. Access level: Tagging. Resources: aggregatorv2, automation-rule, automation-rulev2, configuration-policy, connectorv2, hub, hubv2. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_TagResource.html */
  TagResource:
    "T|||0;0;,1;0;,2;0;,3;0;,4;0;,6;0;,7;0;|||CreateAggregatorV2,CreateAutomationRule,CreateAutomationRuleV2,CreateConfigurationPolicy,CreateConnectorV2,EnableSecurityHub,EnableSecurityHubV2,;",
  /** Grants permission to remove tags from a Security Hub resource. Access level: Tagging. Resources: aggregatorv2, automation-rule, automation-rulev2, configuration-policy, connectorv2, hub, hubv2. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,3;0;,4;0;,6;0;,7;0;|||;",
  /** Grants permission to update custom actions in Security Hub. Access level: Write. Resources: hub. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_UpdateActionTarget.html */
  UpdateActionTarget: "W|||6;0;|||;",
  /** Grants permission to update an aggregatorV2, which configures data aggregation across Regions. Access level: Write. Resources: aggregatorv2*. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_UpdateAggregatorV2.html */
  UpdateAggregatorV2: "W|||0;1;|||;",
  /** Grants permission to update an automation rule V2 in Security Hub based on rule Amazon Resource Name (ARN) and input parameters. Access level: Write. Resources: automation-rulev2*. https://docs.aws.amazon.com/securityhub/latest/userguide/automation-rules */
  UpdateAutomationRuleV2: "W|||2;1;|||;",
  /** Grants permission to update an existing configuration policy. Access level: Write. Resources: configuration-policy*. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_UpdateConfigurationPolicy.html */
  UpdateConfigurationPolicy: "W|||3;1;|||;",
  /** Grants permission to update a connector V2 in Security Hub based on connector id and input parameters. Access level: Write. Resources: connectorv2*. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_UpdateConnectorV2.html */
  UpdateConnectorV2: "W|||4;1;|||;",
  /** Grants permission to update a finding aggregator, which contains the cross-Region finding aggregation configuration. Access level: Write. Resources: finding-aggregator*. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_UpdateFindingAggregator.html */
  UpdateFindingAggregator: "W|||5;1;|||;",
  /** Grants permission to update Security Hub findings. Access level: Write. Resources: hub. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_UpdateFindings.html */
  UpdateFindings: "W|||6;0;|||;",
  /** Grants permission to update insights in Security Hub. Access level: Write. Resources: hub. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_UpdateInsight.html */
  UpdateInsight: "W|||6;0;|||;",
  /** Grants permission to update the organization configuration for Security Hub. Access level: Write. Resources: hub. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_UpdateOrganizationConfiguration.html */
  UpdateOrganizationConfiguration: "W|||6;0;|||;",
  /** Grants permission to update properties of a specific security control identified by ID or ARN. Access level: Write. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_UpdateSecurityControl.html */
  UpdateSecurityControl: "W|||||4|;",
  /** Grants permission to update Security Hub configuration. Access level: Write. Resources: hub. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_UpdateSecurityHubConfiguration.html */
  UpdateSecurityHubConfiguration: "W|||6;0;|||;",
  /** Grants permission to update Security Hub standards controls. Access level: Write. Resources: hub. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_UpdateStandardsControl.html */
  UpdateStandardsControl: "W|||6;0;|||BatchUpdateStandardsControlAssociations,UpdateSecurityControl,;",
} as const;
const actionDetails = {
  AcceptAdministratorInvitation:
    "|,;~~~|Grants permission to accept Security Hub invitations to become a member account",
  AcceptInvitation: "|,;~~~|Grants permission to accept Security Hub invitations to become a member account",
  AllowVendedLogDeliveryForResource: "|,;~|Grants permission to log delivery for resources",
  BatchDeleteAutomationRules: "|,;~~~|Grants permission to delete one or more automation rules in Security Hub",
  BatchDisableStandards: "|,;~~~|Grants permission to disable standards in Security Hub",
  BatchEnableStandards: "|,;~~~|Grants permission to enable standards in Security Hub",
  BatchGetAutomationRules:
    "|,;~~~|Grants permission to retrieve a list of details for automation rules from Security Hub based on rule Amazon Resource Names (ARNs)",
  BatchGetConfigurationPolicyAssociations:
    "|,;~~~|Grants permission to retrieve information about configuration policies associated with a specific list of member accounts and organizational units of the calling account's organization",
  BatchGetControlEvaluations:
    "|,;~|Grants permission to get the enablement and compliance status of controls, the findings count for controls, and the overall security score for controls on the Security Hub console",
  BatchGetSecurityControls:
    "|,;~~~|Grants permission to get details about specific security controls identified by ID or ARN",
  BatchGetStandardsControlAssociations:
    "|,;~~~|Grants permission to get the enablement status of a batch of security controls in standards",
  BatchImportFindings: "|,;~~~|Grants permission to import findings into Security Hub from an integrated product",
  BatchUpdateAutomationRules:
    "|,;~~~|Grants permission to update one or more automation rules from Security Hub based on rule Amazon Resource Names (ARNs) and input parameters",
  BatchUpdateFindings:
    "|,;~~~,~~|Grants permission to update customer-controlled fields for a selected set of Security Hub findings",
  BatchUpdateStandardsControlAssociations:
    "|,;~~~|Grants permission to update the enablement status of a batch of security controls in standards",
  ConnectorRegistrationsV2:
    "|,;~|Grants permission to complete the OAuth 2.0 authorization code flow based on input parameters",
  CreateActionTarget: "|,;~~~|Grants permission to create custom actions in Security Hub",
  CreateAggregatorV2:
    "|,;~~~|Grants permission to create an aggregatorV2, which configures data aggregation across Regions",
  CreateAutomationRule: "|,;~~~|Grants permission to create an automation rule based on input parameters",
  CreateAutomationRuleV2: "|,;~~~|Grants permission to create an automation rule V2 based on input parameters",
  CreateConfigurationPolicy:
    "|,;~~~|Grants permission to create a configuration policy to manage organization member settings in Security Hub",
  CreateConnectorV2: "|,;~~~|Grants permission to create a connector V2 based on input parameters",
  CreateFindingAggregator:
    "|,;~~~|Grants permission to create a finding aggregator, which contains the cross-Region finding aggregation configuration",
  CreateInsight:
    "|,;~~~|Grants permission to create insights in Security Hub. Insights are collections of related findings",
  CreateMembers: "|,;~~~|Grants permission to create member accounts in Security Hub",
  CreateTicketV2: "|,;~~~|Grants permission to create ticket for a selected OCSF finding",
  DeclineInvitations: "|,;~~~|Grants permission to decline Security Hub invitations to become a member account",
  DeleteActionTarget: "|,;~~~|Grants permission to delete custom actions in Security Hub",
  DeleteAggregatorV2:
    "|,;~~~|Grants permission to delete an aggregatorV2, which configures data aggregation across Regions",
  DeleteAutomationRuleV2: "|,;~~~|Grants permission to delete an automation rule V2 in Security Hub",
  DeleteConfigurationPolicy: "|,;~~~|Grants permission to delete an existing configuration policy",
  DeleteConnectorV2: "|,;~~~|Grants permission to delete a connector V2 in Security Hub",
  DeleteFindingAggregator:
    "|,;~~~|Grants permission to delete a finding aggregator, which disables finding aggregation across Regions",
  DeleteInsight: "|,;~~~|Grants permission to delete insights from Security Hub",
  DeleteInvitations: "|,;~~~|Grants permission to delete Security Hub invitations to become a member account",
  DeleteMembers: "|,;~~~|Grants permission to delete Security Hub member accounts",
  DescribeActionTargets: "|,;~~~|Grants permission to retrieve a list of custom actions using the API",
  DescribeHub: "|,;~~~|Grants permission to retrieve information about the hub resource in your account",
  DescribeOrganizationConfiguration:
    "|,;~~~|Grants permission to describe the organization configuration for Security Hub",
  DescribeProducts:
    "|,;~~~|Grants permission to retrieve information about the available Security Hub product integrations",
  DescribeProductsV2:
    "|,;~~~|Grants permission to retrieve information about the available Security Hub V2 product integrations",
  DescribeSecurityHubV2: "|,;~~~|Grants permission to retrieve information about the hub V2 resource in your account",
  DescribeStandards: "|,;~~~|Grants permission to retrieve information about Security Hub standards",
  DescribeStandardsControls:
    "|,;~~~,~~,~~,~~|Grants permission to retrieve information about Security Hub standards controls",
  DisableImportFindingsForProduct:
    "|,;~~~|Grants permission to disable the findings importing for a Security Hub integrated product",
  DisableOrganizationAdminAccount:
    "|,;~~~|Grants permission to remove the Security Hub administrator account for your organization",
  DisableSecurityHub: "|,;~~~|Grants permission to disable Security Hub",
  DisableSecurityHubV2: "|,;~~~|Grants permission to disable Security Hub V2",
  DisassociateFromAdministratorAccount:
    "|,;~~~|Grants permission to a Security Hub member account to disassociate from the associated administrator account",
  DisassociateFromMasterAccount:
    "|,;~~~|Grants permission to a Security Hub member account to disassociate from the associated master account",
  DisassociateMembers:
    "|,;~~~|Grants permission to disassociate Security Hub member accounts from the associated administrator account",
  EnableImportFindingsForProduct:
    "|,;~~~|Grants permission to enable the findings importing for a Security Hub integrated product",
  EnableOrganizationAdminAccount:
    "|,;~~~|Grants permission to designate a Security Hub administrator account for your organization",
  EnableSecurityHub: "|,;~~~|Grants permission to enable Security Hub",
  EnableSecurityHubV2: "|,;~~~|Grants permission to enable Security Hub V2",
  GenerateRecommendedPolicyV2: "|,;~~~|Grants permission to generate policy recommendations for an OCSF finding",
  GetAdhocInsightResults: "|,;~~~|Grants permission to retrieve aggregated statistical data about the findings",
  GetAdministratorAccount: "|,;~~~|Grants permission to retrieve details about the Security Hub administrator account",
  GetAggregatorV2:
    "|,;~~~|Grants permission to retrieve details for an aggregatorV2, which configures data aggregation across Regions",
  GetAutomationRuleV2:
    "|,;~~~|Grants permission to retrieve details for an automation rule V2 from Security Hub based on rule Amazon Resource Name (ARN)",
  GetConfigurationPolicy:
    "|,;~~~|Grants permission to get a complete overview of one configuration policy created by the calling account",
  GetConfigurationPolicyAssociation:
    "|,;~~~|Grants permission to retrieve information about a configuration policy associated with a member account or organizational unit of the calling account's organization",
  GetConnectorV2:
    "|,;~~~|Grants permission to retrieve details for a connector V2 from Security Hub based on connector id",
  GetControlFindingSummary:
    "|,;~|Grants permission to retrieve a security score and counts of finding and control statuses for a security standard",
  GetEnabledStandards: "|,;~~~|Grants permission to retrieve a list of the standards that are enabled in Security Hub",
  GetFindingAggregator:
    "|,;~~~|Grants permission to retrieve details for a finding aggregator, which configures finding aggregation across Regions",
  GetFindingHistory: "|,;~~~|Grants permission to retrieve a list of finding history from Security Hub",
  GetFindings: "|,;~~~,~~|Grants permission to retrieve a list of findings from Security Hub",
  GetFindingsTrendsV2: "|,;~~~|Grants permission to retrieve findings trends",
  GetFreeTrialEndDate: "|,;~|Grants permission to retrieve the end date for an account's free trial of Security Hub",
  GetFreeTrialUsage:
    "|,;~|Grants permission to retrieve information about Security Hub usage during the free trial period",
  GetInsightFindingTrend:
    "|,;~|Grants permission to retrieve an insight finding trend from Security Hub in order to generate a graph",
  GetInsightResults: "|,;~~~|Grants permission to retrieve insight results from Security Hub",
  GetInsights: "|,;~~~|Grants permission to retrieve Security Hub insights",
  GetInvitationsCount:
    "|,;~~~|Grants permission to retrieve the count of Security Hub membership invitations sent to the account",
  GetMasterAccount: "|,;~~~|Grants permission to retrieve details about the Security Hub master account",
  GetMembers: "|,;~~~|Grants permission to retrieve the details of Security Hub member accounts",
  GetRecommendedPolicyV2: "|,;~~~|Grants permission to retrieve policy recommendations for an OCSF finding",
  GetResourcesStatisticsV2: "|,;~~~|Grants permission to retrieve aggregate statistics about resources",
  GetResourcesTrendsV2: "|,;~~~|Grants permission to retrieve resources trends",
  GetResourcesV2: "|,;~~~|Grants permission to retrieve a list of resources",
  GetSecurityControlDefinition:
    "|,;~~~|Grants permission to get the definition details of a specific security control identified by ID",
  GetUsage: "|,;~|Grants permission to retrieve information about Security Hub usage by accounts",
  GetUsageV2: "|,;~|Grants permission to retrieve information about Security Hub usage for an account",
  InviteMembers: "|,;~~~|Grants permission to invite other AWS accounts to become Security Hub member accounts",
  ListAccountUsageV2: "|,;~|Grants permission to retrieve a list of Security Hub usage for accounts in an organization",
  ListAggregatorsV2:
    "|,;~~~|Grants permission to retrieve a list of aggregatorsV2, which configures data aggregation across Regions",
  ListAutomationRules:
    "|,;~~~|Grants permission to retrieve a list of automation rules and their metadata for the calling account from Security Hub",
  ListAutomationRulesV2:
    "|,;~~~|Grants permission to retrieve a list of automation rules V2 and their metadata for the calling account from Security Hub",
  ListConfigurationPolicies:
    "|,;~~~|Grants permission to list the summaries of all configuration policies created by the calling account",
  ListConfigurationPolicyAssociations:
    "|,;~~~|Grants permission to retrieve information about all configuration policies associationed with all member accounts and organizational units of the calling account's organization",
  ListConnectorsV2:
    "|,;~~~|Grants permission to retrieve a list of connectors V2 and their metadata for the calling account from Security Hub",
  ListControlEvaluationSummaries:
    "|,;~|Grants permission to retrieve a list of controls for a standard, including the control IDs, statuses and finding counts",
  ListEnabledProductsForImport:
    "|,;~~~|Grants permission to retrieve the Security Hub integrated products that are currently enabled",
  ListFindingAggregators:
    "|,;~~~|Grants permission to retrieve a list of finding aggregators, which contain the cross-Region finding aggregation configuration",
  ListInvitations: "|,;~~~|Grants permission to retrieve the Security Hub invitations sent to the account",
  ListMembers:
    "|,;~~~|Grants permission to retrieve details about Security Hub member accounts associated with the administrator account",
  ListOrganizationAdminAccounts:
    "|,;~~~|Grants permission to list the Security Hub administrator accounts for your organization",
  ListSecurityControlDefinitions:
    "|,;~~~|Grants permission to retrieve a list of security control definitions, which contain details for security controls in the current region",
  ListStandardsControlAssociations:
    "|,;~~~|Grants permission to list the enablement status of a security control in standards",
  ListTagsForResource: "|,;~~~|Grants permission to list of tags associated with a resource",
  SendFindingEvents:
    "|,;~|Grants permission to use a custom action to send Security Hub findings to Amazon EventBridge",
  SendInsightEvents:
    "|,;~|Grants permission to use a custom action to send Security Hub insights to Amazon EventBridge",
  StartConfigurationPolicyAssociation:
    "|,;~~~|Grants permission to associate a configuration policy with a member account or organizational unit in the calling account's organization",
  StartConfigurationPolicyDisassociation:
    "|,;~~~|Grants permission to remove a configuration policy association from a member account or organizational unit in the calling account's organization",
  TagResource: "|,;~~~,~~,~~,~~,~~,~~,~~,~~|Grants permission to add tags to a Security Hub resource",
  UntagResource: "|,;~~~|Grants permission to remove tags from a Security Hub resource",
  UpdateActionTarget: "|,;~~~|Grants permission to update custom actions in Security Hub",
  UpdateAggregatorV2:
    "|,;~~~|Grants permission to update an aggregatorV2, which configures data aggregation across Regions",
  UpdateAutomationRuleV2:
    "|,;~~~|Grants permission to update an automation rule V2 in Security Hub based on rule Amazon Resource Name (ARN) and input parameters",
  UpdateConfigurationPolicy: "|,;~~~|Grants permission to update an existing configuration policy",
  UpdateConnectorV2:
    "|,;~~~|Grants permission to update a connector V2 in Security Hub based on connector id and input parameters",
  UpdateFindingAggregator:
    "|,;~~~|Grants permission to update a finding aggregator, which contains the cross-Region finding aggregation configuration",
  UpdateFindings: "|,;~~~|Grants permission to update Security Hub findings",
  UpdateInsight: "|,;~~~|Grants permission to update insights in Security Hub",
  UpdateOrganizationConfiguration: "|,;~~~|Grants permission to update the organization configuration for Security Hub",
  UpdateSecurityControl:
    "|,;~~~|Grants permission to update properties of a specific security control identified by ID or ARN",
  UpdateSecurityHubConfiguration: "|,;~~~|Grants permission to update Security Hub configuration",
  UpdateStandardsControl: "|,;~~~,~~,~~|Grants permission to update Security Hub standards controls",
};
const resourceTypeFacts = {
  /** The aggregatorv2 resource type: arn:${Partition}:securityhub:${Region}:${Account}:aggregatorv2/${AggregatorV2Id} */
  aggregatorv2: "|,|1",
  /** The automation-rule resource type: arn:${Partition}:securityhub:${Region}:${Account}:automation-rule/${AutomationRuleId} */
  "automation-rule": "|,automationRule|1",
  /** The automation-rulev2 resource type: arn:${Partition}:securityhub:${Region}:${Account}:automation-rulev2/${AutomationRuleV2Id} */
  "automation-rulev2": "|,automationRulev2|1",
  /** The configuration-policy resource type: arn:${Partition}:securityhub:${Region}:${Account}:configuration-policy/${ConfigurationPolicyId} */
  "configuration-policy": "|,configurationPolicy|1",
  /** The connectorv2 resource type: arn:${Partition}:securityhub:${Region}:${Account}:connectorv2/${ConnectorV2Id} */
  connectorv2: "|,|1",
  /** The finding-aggregator resource type: arn:${Partition}:securityhub:${Region}:${Account}:finding-aggregator/${FindingAggregatorId} */
  "finding-aggregator": "|,findingAggregator|",
  /** The hub resource type: arn:${Partition}:securityhub:${Region}:${Account}:hub/default */
  hub: "|,|1",
  /** The hubv2 resource type: arn:${Partition}:securityhub:${Region}:${Account}:hubv2/${HubV2Id} */
  hubv2: "|,|1",
  /** The product resource type: arn:${Partition}:securityhub:${Region}:${Account}:product/${Company}/${ProductId} */
  product: "|,|",
} as const;
const arnFormats = {
  /** ARN of a aggregatorv2 resource: arn:${Partition}:securityhub:${Region}:${Account}:aggregatorv2/${AggregatorV2Id}. */
  aggregatorv2: "|,aggregatorv2|arn:|Partition|:securityhub:|Region|:|Account|:aggregatorv2/|AggregatorV2Id|",
  /** ARN of a automation-rule resource: arn:${Partition}:securityhub:${Region}:${Account}:automation-rule/${AutomationRuleId}. */
  automationRule: "|,automation-rule|arn:|Partition|:securityhub:|Region|:|Account|:automation-rule/|AutomationRuleId|",
  /** ARN of a automation-rulev2 resource: arn:${Partition}:securityhub:${Region}:${Account}:automation-rulev2/${AutomationRuleV2Id}. */
  automationRulev2:
    "|,automation-rulev2|arn:|Partition|:securityhub:|Region|:|Account|:automation-rulev2/|AutomationRuleV2Id|",
  /** ARN of a configuration-policy resource: arn:${Partition}:securityhub:${Region}:${Account}:configuration-policy/${ConfigurationPolicyId}. */
  configurationPolicy:
    "|,configuration-policy|arn:|Partition|:securityhub:|Region|:|Account|:configuration-policy/|ConfigurationPolicyId|",
  /** ARN of a connectorv2 resource: arn:${Partition}:securityhub:${Region}:${Account}:connectorv2/${ConnectorV2Id}. */
  connectorv2: "|,connectorv2|arn:|Partition|:securityhub:|Region|:|Account|:connectorv2/|ConnectorV2Id|",
  /** ARN of a finding-aggregator resource: arn:${Partition}:securityhub:${Region}:${Account}:finding-aggregator/${FindingAggregatorId}. */
  findingAggregator:
    "|,finding-aggregator|arn:|Partition|:securityhub:|Region|:|Account|:finding-aggregator/|FindingAggregatorId|",
  /** ARN of a hub resource: arn:${Partition}:securityhub:${Region}:${Account}:hub/default. */
  hub: "|,hub|arn:|Partition|:securityhub:|Region|:|Account|:hub/default",
  /** ARN of a hubv2 resource: arn:${Partition}:securityhub:${Region}:${Account}:hubv2/${HubV2Id}. */
  hubv2: "|,hubv2|arn:|Partition|:securityhub:|Region|:|Account|:hubv2/|HubV2Id|",
  /** ARN of a product resource: arn:${Partition}:securityhub:${Region}:${Account}:product/${Company}/${ProductId}. */
  product: "|,product|arn:|Partition|:securityhub:|Region|:|Account|:product/|Company|/|ProductId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "aggregatorv2",
  "automation-rule",
  "automation-rulev2",
  "configuration-policy",
  "connectorv2",
  "finding-aggregator",
  "hub",
  "hubv2",
  "product",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "securityhub">;
/** Any securityhub action. */
export type Action = ActionOf<typeof actionFacts, "securityhub">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "securityhub">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "securityhub" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every securityhub action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by actions based on the presence of tag key-value pairs in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by actions based on tag key-value pairs attached to the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the specified fields and values in the request. */
  [key: `securityhub:ASFFSyntaxPath/${string}`]: "String";
  /** Filters access by the specified fields and values in the request. */
  [key: `securityhub:OCSFSyntaxPath/${string}`]: "String";
  /** Filters access by actions based on the presence of tag keys in the request. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access by the AwsAccountId field that is specified in the request. */
  "securityhub:TargetAccount": "String";
}

/** Condition key -> value type. */
export type ConditionKeys = ConditionKeysOf<ConditionKeyTypes>;

/** Condition key with a placeholder, as the reference writes it -> its template-literal key. */
export interface ConditionKeyPatterns {
  /** aws:RequestTag/${TagKey} */
  "aws:RequestTag/${TagKey}": `aws:RequestTag/${string}`;
  /** aws:ResourceTag/${TagKey} */
  "aws:ResourceTag/${TagKey}": `aws:ResourceTag/${string}`;
  /** securityhub:ASFFSyntaxPath/${ASFFSyntaxPath} */
  "securityhub:ASFFSyntaxPath/${ASFFSyntaxPath}": `securityhub:ASFFSyntaxPath/${string}`;
  /** securityhub:OCSFSyntaxPath/${OCSFSyntaxPath} */
  "securityhub:OCSFSyntaxPath/${OCSFSyntaxPath}": `securityhub:OCSFSyntaxPath/${string}`;
}

/** A condition key as the reference writes it. */
export type ConditionKeyName = (typeof conditionKeyList)[number];
/** Condition key -> description, types, deprecation. */
export type ConditionKeyInfos = { readonly [K in ConditionKeyName]: ConditionKeyInfo };
const conditionKeyRows: { readonly [K in ConditionKeyName]: string } = {
  "aws:RequestTag/${TagKey}":
    "|,String|0||Filters access by actions based on the presence of tag key-value pairs in the request",
  "aws:ResourceTag/${TagKey}":
    "|,String|0||Filters access by actions based on tag key-value pairs attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by actions based on the presence of tag keys in the request",
  "securityhub:ASFFSyntaxPath/${ASFFSyntaxPath}":
    "|,String|0||Filters access by the specified fields and values in the request",
  "securityhub:OCSFSyntaxPath/${OCSFSyntaxPath}":
    "|,String|0||Filters access by the specified fields and values in the request",
  "securityhub:TargetAccount": "|,String|0||Filters access by the AwsAccountId field that is specified in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "securityhub",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
