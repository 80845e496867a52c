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
export const prefix: "config" = "config";
/** The service's name in the reference. */
export const serviceName: "AWS Config" = "AWS Config";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  { name: "AWS Config", url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsconfig.html" },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "config:ConfigurationRecorderServicePrincipal",
] as const;
const dependentActionList = [
  "config:TagResource",
  "iam:CreateServiceLinkedRole",
  "iam:PassRole",
  "organizations:EnableAWSServiceAccess",
  "organizations:ListDelegatedAdministrators",
  "s3:GetObject",
] as const;
const actionFacts = {
  /** Grants permission to add all specified resource types to the RecordingGroup of configuration recorder and includes those resource types when recording. Access level: Write. Resources: ConfigurationRecorder*. https://docs.aws.amazon.com/config/latest/APIReference/API_AssociateResourceTypes.html */
  AssociateResourceTypes: "W|||3;1;|||;",
  /** Grants permission to return the current configuration items for resources that are present in your AWS Config aggregator. Access level: Read. Resources: ConfigurationAggregator*. https://docs.aws.amazon.com/config/latest/APIReference/API_BatchGetAggregateResourceConfig.html */
  BatchGetAggregateResourceConfig: "R|||2;1;|||;",
  /** Grants permission to return the current configuration for one or more requested resources. Access level: Read. https://docs.aws.amazon.com/config/latest/APIReference/API_BatchGetResourceConfig.html */
  BatchGetResourceConfig: "R||||||;",
  /** Grants permission to delete the authorization granted to the specified configuration aggregator account in a specified region. Access level: Write. Resources: AggregationAuthorization*. https://docs.aws.amazon.com/config/latest/APIReference/API_DeleteAggregationAuthorization.html */
  DeleteAggregationAuthorization: "W|||0;1;|||;",
  /** Grants permission to delete the specified AWS Config rule and all of its evaluation results. Access level: Write. Resources: ConfigRule*. https://docs.aws.amazon.com/config/latest/APIReference/API_DeleteConfigRule.html */
  DeleteConfigRule: "W|||1;1;|||;",
  /** Grants permission to delete the specified configuration aggregator and the aggregated data associated with the aggregator. Access level: Write. Resources: ConfigurationAggregator*. https://docs.aws.amazon.com/config/latest/APIReference/API_DeleteConfigurationAggregator.html */
  DeleteConfigurationAggregator: "W|||2;1;|||;",
  /** Grants permission to delete the customer managed configuration recorder. Access level: Write. Resources: ConfigurationRecorder*. https://docs.aws.amazon.com/config/latest/APIReference/API_DeleteConfigurationRecorder.html */
  DeleteConfigurationRecorder: "W|||3;1;|||;",
  /** Grants permission to delete the specified conformance pack and all the AWS Config rules and all evaluation results within that conformance pack. Access level: Write. Resources: ConformancePack*. https://docs.aws.amazon.com/config/latest/APIReference/API_DeleteConformancePack.html */
  DeleteConformancePack: "W|||4;1;|||;",
  /** Grants permission to delete the delivery channel. Access level: Write. https://docs.aws.amazon.com/config/latest/APIReference/API_DeleteDeliveryChannel.html */
  DeleteDeliveryChannel: "W||||||;",
  /** Grants permission to delete the evaluation results for the specified Config rule. Access level: Write. Resources: ConfigRule*. https://docs.aws.amazon.com/config/latest/APIReference/API_DeleteEvaluationResults.html */
  DeleteEvaluationResults: "W|||1;1;|||;",
  /** Grants permission to delete the specified organization config rule and all of its evaluation results from all member accounts in that organization. Access level: Write. Resources: OrganizationConfigRule*. https://docs.aws.amazon.com/config/latest/APIReference/API_DeleteOrganizationConfigRule.html */
  DeleteOrganizationConfigRule: "W|||5;1;|||;",
  /** Grants permission to delete the specified organization conformance pack and all of its evaluation results from all member accounts in that organization. Access level: Write. Resources: OrganizationConformancePack*. https://docs.aws.amazon.com/config/latest/APIReference/API_DeleteOrganizationConformancePack.html */
  DeleteOrganizationConformancePack: "W|||6;1;|||;",
  /** Grants permission to delete pending authorization requests for a specified aggregator account in a specified region. Access level: Write. https://docs.aws.amazon.com/config/latest/APIReference/API_DeletePendingAggregationRequest.html */
  DeletePendingAggregationRequest: "W||||||;",
  /** Grants permission to delete the remediation configuration. Access level: Write. Resources: RemediationConfiguration*. https://docs.aws.amazon.com/config/latest/APIReference/API_DeleteRemediationConfiguration.html */
  DeleteRemediationConfiguration: "W|||7;1;|||;",
  /** Grants permission to delete one or more remediation exceptions for specific resource keys for a specific AWS Config Rule. Access level: Write. https://docs.aws.amazon.com/config/latest/APIReference/API_DeleteRemediationExceptions.html */
  DeleteRemediationExceptions: "W||||||;",
  /** Grants permission to record the configuration state for a custom resource that has been deleted. Access level: Write. https://docs.aws.amazon.com/config/latest/APIReference/API_DeleteResourceConfig.html */
  DeleteResourceConfig: "W||||||;",
  /** Grants permission to delete the retention configuration. Access level: Write. https://docs.aws.amazon.com/config/latest/APIReference/API_DeleteRetentionConfiguration.html */
  DeleteRetentionConfiguration: "W||||||;",
  /** Grants permission to delete the service-linked configuration recorder. Access level: Write. Resources: ConfigurationRecorder*. https://docs.aws.amazon.com/config/latest/APIReference/API_DeleteServiceLinkedConfigurationRecorder.html */
  DeleteServiceLinkedConfigurationRecorder: "W|||3;1;|3||;",
  /** Grants permission to delete the stored query for an AWS account in an AWS Region. Access level: Write. Resources: StoredQuery*. https://docs.aws.amazon.com/config/latest/APIReference/API_DeleteStoredQuery.html */
  DeleteStoredQuery: "W|||8;1;|||;",
  /** Grants permission to schedule delivery of a configuration snapshot to the Amazon S3 bucket in the specified delivery channel. Access level: Read. https://docs.aws.amazon.com/config/latest/APIReference/API_DeliverConfigSnapshot.html */
  DeliverConfigSnapshot: "R||||||;",
  /** Grants permission to return a list of compliant and noncompliant rules with the number of resources for compliant and noncompliant rules. Access level: Read. Resources: ConfigurationAggregator*. https://docs.aws.amazon.com/config/latest/APIReference/API_DescribeAggregateComplianceByConfigRules.html */
  DescribeAggregateComplianceByConfigRules: "R|||2;1;|||;",
  /** Grants permission to return a list of compliant and noncompliant conformance packs along with count of compliant, non-compliant and total rules within each conformance pack. Access level: Read. Resources: ConfigurationAggregator*. https://docs.aws.amazon.com/config/latest/APIReference/API_DescribeAggregateComplianceByConformancePacks.html */
  DescribeAggregateComplianceByConformancePacks: "R|||2;1;|||;",
  /** Grants permission to return a list of authorizations granted to various aggregator accounts and regions. Access level: List. https://docs.aws.amazon.com/config/latest/APIReference/API_DescribeAggregationAuthorizations.html */
  DescribeAggregationAuthorizations: "L||||||;",
  /** Grants permission to indicate whether the specified AWS Config rules are compliant. Access level: Read. https://docs.aws.amazon.com/config/latest/APIReference/API_DescribeComplianceByConfigRule.html */
  DescribeComplianceByConfigRule: "R||||||;",
  /** Grants permission to indicate whether the specified AWS resources are compliant. Access level: Read. https://docs.aws.amazon.com/config/latest/APIReference/API_DescribeComplianceByResource.html */
  DescribeComplianceByResource: "R||||||;",
  /** Grants permission to return status information for each of your AWS managed Config rules. Access level: Read. https://docs.aws.amazon.com/config/latest/APIReference/API_DescribeConfigRuleEvaluationStatus.html */
  DescribeConfigRuleEvaluationStatus: "R||||||;",
  /** Grants permission to return details about your AWS Config rules. Access level: List. https://docs.aws.amazon.com/config/latest/APIReference/API_DescribeConfigRules.html */
  DescribeConfigRules: "L||||||;",
  /** Grants permission to return status information for sources within an aggregator. Access level: Read. Resources: ConfigurationAggregator*. https://docs.aws.amazon.com/config/latest/APIReference/API_DescribeConfigurationAggregatorSourcesStatus.html */
  DescribeConfigurationAggregatorSourcesStatus: "R|||2;1;|||;",
  /** Grants permission to return the details of one or more configuration aggregators. Access level: List. https://docs.aws.amazon.com/config/latest/APIReference/API_DescribeConfigurationAggregators.html */
  DescribeConfigurationAggregators: "L||||||;",
  /** Grants permission to return the current status of the specified configuration recorder. Access level: Read. Resources: ConfigurationRecorder*. https://docs.aws.amazon.com/config/latest/APIReference/API_DescribeConfigurationRecorderStatus.html */
  DescribeConfigurationRecorderStatus: "R|||3;1;|3||;",
  /** Grants permission to return the names of one or more specified configuration recorders. Access level: Read. Resources: ConfigurationRecorder*. https://docs.aws.amazon.com/config/latest/APIReference/API_DescribeConfigurationRecorders.html */
  DescribeConfigurationRecorders: "R|||3;1;|3||;",
  /** Grants permission to return compliance information for each rule in that conformance pack. Access level: Read. Resources: ConformancePack*. https://docs.aws.amazon.com/config/latest/APIReference/API_DescribeConformancePackCompliance.html */
  DescribeConformancePackCompliance: "R|||4;1;|||;",
  /** Grants permission to provide one or more conformance packs deployment status. Access level: Read. https://docs.aws.amazon.com/config/latest/APIReference/API_DescribeConformancePackStatus.html */
  DescribeConformancePackStatus: "R||||||;",
  /** Grants permission to return a list of one or more conformance packs. Access level: List. https://docs.aws.amazon.com/config/latest/APIReference/API_DescribeConformancePacks.html */
  DescribeConformancePacks: "L||||||;",
  /** Grants permission to return the current status of the specified delivery channel. Access level: Read. https://docs.aws.amazon.com/config/latest/APIReference/API_DescribeDeliveryChannelStatus.html */
  DescribeDeliveryChannelStatus: "R||||||;",
  /** Grants permission to return details about the specified delivery channel. Access level: List. https://docs.aws.amazon.com/config/latest/APIReference/API_DescribeDeliveryChannels.html */
  DescribeDeliveryChannels: "L||||||;",
  /** Grants permission to provide organization config rule deployment status for an organization. Access level: Read. https://docs.aws.amazon.com/config/latest/APIReference/API_DescribeOrganizationConfigRuleStatuses.html */
  DescribeOrganizationConfigRuleStatuses: "R||||||;",
  /** Grants permission to return a list of organization config rules. Access level: List. https://docs.aws.amazon.com/config/latest/APIReference/API_DescribeOrganizationConfigRules.html */
  DescribeOrganizationConfigRules: "L||||||;",
  /** Grants permission to provide organization conformance pack deployment status for an organization. Access level: Read. https://docs.aws.amazon.com/config/latest/APIReference/API_DescribeOrganizationConformancePackStatuses.html */
  DescribeOrganizationConformancePackStatuses: "R||||||;",
  /** Grants permission to return a list of organization conformance packs. Access level: List. https://docs.aws.amazon.com/config/latest/APIReference/API_DescribeOrganizationConformancePacks.html */
  DescribeOrganizationConformancePacks: "L||||||;",
  /** Grants permission to return a list of all pending aggregation requests. Access level: List. https://docs.aws.amazon.com/config/latest/APIReference/API_DescribePendingAggregationRequests.html */
  DescribePendingAggregationRequests: "L||||||;",
  /** Grants permission to return the details of one or more remediation configurations. Access level: List. Resources: RemediationConfiguration*. https://docs.aws.amazon.com/config/latest/APIReference/API_DescribeRemediationConfigurations.html */
  DescribeRemediationConfigurations: "L|||7;1;|||;",
  /** Grants permission to return the details of one or more remediation exceptions. Access level: List. https://docs.aws.amazon.com/config/latest/APIReference/API_DescribeRemediationExceptions.html */
  DescribeRemediationExceptions: "L||||||;",
  /** Grants permission to provide a detailed view of a Remediation Execution for a set of resources including state, timestamps and any error messages for steps that have failed. Access level: Read. Resources: RemediationConfiguration*. https://docs.aws.amazon.com/config/latest/APIReference/API_DescribeRemediationExecutionStatus.html */
  DescribeRemediationExecutionStatus: "R|||7;1;|||;",
  /** Grants permission to return the details of one or more retention configurations. Access level: List. https://docs.aws.amazon.com/config/latest/APIReference/API_DescribeRetentionConfigurations.html */
  DescribeRetentionConfigurations: "L||||||;",
  /** Grants permission to remove all specified resource types from the RecordingGroup of configuration recorder and excludes these resource types when recording. Access level: Write. Resources: ConfigurationRecorder*. https://docs.aws.amazon.com/config/latest/APIReference/API_DisassociateResourceTypes.html */
  DisassociateResourceTypes: "W|||3;1;|||;",
  /** Grants permission to return the evaluation results for the specified AWS Config rule for a specific resource in a rule. Access level: Read. Resources: ConfigurationAggregator*. https://docs.aws.amazon.com/config/latest/APIReference/API_GetAggregateComplianceDetailsByConfigRule.html */
  GetAggregateComplianceDetailsByConfigRule: "R|||2;1;|||;",
  /** Grants permission to return the number of compliant and noncompliant rules for one or more accounts and regions in an aggregator. Access level: Read. Resources: ConfigurationAggregator*. https://docs.aws.amazon.com/config/latest/APIReference/API_GetAggregateConfigRuleComplianceSummary.html */
  GetAggregateConfigRuleComplianceSummary: "R|||2;1;|||;",
  /** Grants permission to return the number of compliant and noncompliant conformance packs for one or more accounts and regions in an aggregator. Access level: Read. Resources: ConfigurationAggregator*. https://docs.aws.amazon.com/config/latest/APIReference/API_GetAggregateConformancePackComplianceSummary.html */
  GetAggregateConformancePackComplianceSummary: "R|||2;1;|||;",
  /** Grants permission to return the resource counts across accounts and regions that are present in your AWS Config aggregator. Access level: Read. Resources: ConfigurationAggregator*. https://docs.aws.amazon.com/config/latest/APIReference/API_GetAggregateDiscoveredResourceCounts.html */
  GetAggregateDiscoveredResourceCounts: "R|||2;1;|||;",
  /** Grants permission to return configuration item that is aggregated for your specific resource in a specific source account and region. Access level: Read. Resources: ConfigurationAggregator*. https://docs.aws.amazon.com/config/latest/APIReference/API_GetAggregateResourceConfig.html */
  GetAggregateResourceConfig: "R|||2;1;|||;",
  /** Grants permission to return the evaluation results for the specified AWS Config rule. Access level: Read. Resources: ConfigRule*. https://docs.aws.amazon.com/config/latest/APIReference/API_GetComplianceDetailsByConfigRule.html */
  GetComplianceDetailsByConfigRule: "R|||1;1;|||;",
  /** Grants permission to return the evaluation results for the specified AWS resource. Access level: Read. https://docs.aws.amazon.com/config/latest/APIReference/API_GetComplianceDetailsByResource.html */
  GetComplianceDetailsByResource: "R||||||;",
  /** Grants permission to return the number of AWS Config rules that are compliant and noncompliant, up to a maximum of 25 for each. Access level: Read. https://docs.aws.amazon.com/config/latest/APIReference/API_GetComplianceSummaryByConfigRule.html */
  GetComplianceSummaryByConfigRule: "R||||||;",
  /** Grants permission to return the number of resources that are compliant and the number that are noncompliant. Access level: Read. https://docs.aws.amazon.com/config/latest/APIReference/API_GetComplianceSummaryByResourceType.html */
  GetComplianceSummaryByResourceType: "R||||||;",
  /** Grants permission to return compliance details of a conformance pack for all AWS resources that are monitered by conformance pack. Access level: Read. Resources: ConformancePack*. https://docs.aws.amazon.com/config/latest/APIReference/API_GetConformancePackComplianceDetails.html */
  GetConformancePackComplianceDetails: "R|||4;1;|||;",
  /** Grants permission to provide compliance summary for one or more conformance packs. Access level: Read. Resources: ConformancePack*. https://docs.aws.amazon.com/config/latest/APIReference/API_GetConformancePackComplianceSummary.html */
  GetConformancePackComplianceSummary: "R|||4;1;|||;",
  /** Grants permission to return the policy definition containing the logic for your AWS Config Custom Policy rule. Access level: Read. Resources: ConfigRule*. https://docs.aws.amazon.com/config/latest/APIReference/API_GetCustomRulePolicy.html */
  GetCustomRulePolicy: "R|||1;1;|||;",
  /** Grants permission to return the resource types, the number of each resource type, and the total number of resources that AWS Config is recording in this region for your AWS account. Access level: Read. https://docs.aws.amazon.com/config/latest/APIReference/API_GetDiscoveredResourceCounts.html */
  GetDiscoveredResourceCounts: "R||||||;",
  /** Grants permission to return detailed status for each member account within an organization for a given organization config rule. Access level: Read. Resources: OrganizationConfigRule*. https://docs.aws.amazon.com/config/latest/APIReference/API_GetOrganizationConfigRuleDetailedStatus.html */
  GetOrganizationConfigRuleDetailedStatus: "R|||5;1;|||;",
  /** Grants permission to return detailed status for each member account within an organization for a given organization conformance pack. Access level: Read. Resources: OrganizationConformancePack*. https://docs.aws.amazon.com/config/latest/APIReference/API_GetOrganizationConformancePackDetailedStatus.html */
  GetOrganizationConformancePackDetailedStatus: "R|||6;1;|||;",
  /** Grants permission to return the policy definition containing the logic for your organization AWS Config Custom Policy rule. Access level: Read. Resources: OrganizationConfigRule*. https://docs.aws.amazon.com/config/latest/APIReference/API_GetOrganizationCustomRulePolicy.html */
  GetOrganizationCustomRulePolicy: "R|||5;1;|||;",
  /** Grants permission to return a list of configuration items for the specified resource. Access level: Read. https://docs.aws.amazon.com/config/latest/APIReference/API_GetResourceConfigHistory.html */
  GetResourceConfigHistory: "R||||||;",
  /** Grants permission to return the summary of resource evaluations for a specific resource evaluation ID. Access level: Read. https://docs.aws.amazon.com/config/latest/APIReference/API_GetResourceEvaluationSummary.html */
  GetResourceEvaluationSummary: "R||||||;",
  /** Grants permission to return the details of a specific stored query. Access level: Read. Resources: StoredQuery*. https://docs.aws.amazon.com/config/latest/APIReference/API_GetStoredQuery.html */
  GetStoredQuery: "R|||8;1;|||;",
  /** Grants permission to accept a resource type and returns a list of resource identifiers that are aggregated for a specific resource type across accounts and regions. Access level: List. Resources: ConfigurationAggregator*. https://docs.aws.amazon.com/config/latest/APIReference/API_ListAggregateDiscoveredResources.html */
  ListAggregateDiscoveredResources: "L|||2;1;|||;",
  /** Grants permission to list the configuration recorder summaries for an AWS account in an AWS Region. Access level: List. https://docs.aws.amazon.com/config/latest/APIReference/API_ListConfigurationRecorders.html */
  ListConfigurationRecorders: "L||||||;",
  /** Grants permission to return the percentage of compliant rule-resource combinations in a conformance pack compared to the number of total possible rule-resource combinations. Access level: List. https://docs.aws.amazon.com/config/latest/APIReference/API_ListConformancePackComplianceScores.html */
  ListConformancePackComplianceScores: "L||||||;",
  /** Grants permission to accept a resource type and returns a list of resource identifiers for the resources of that type. Access level: List. https://docs.aws.amazon.com/config/latest/APIReference/API_ListDiscoveredResources.html */
  ListDiscoveredResources: "L||||||;",
  /** Grants permission to list the resource evaluation summaries for an AWS account in an AWS Region. Access level: List. https://docs.aws.amazon.com/config/latest/APIReference/API_ListResourceEvaluations.html */
  ListResourceEvaluations: "L||||||;",
  /** Grants permission to list the stored queries for an AWS account in an AWS Region. Access level: List. https://docs.aws.amazon.com/config/latest/APIReference/API_ListStoredQueries.html */
  ListStoredQueries: "L||||||;",
  /** Grants permission to list the tags for AWS Config resource. Access level: Read. Resources: AggregationAuthorization, ConfigRule, ConfigurationAggregator, ConfigurationRecorder, ConformancePack, Connector, OrganizationConfigRule, OrganizationConformancePack, StoredQuery. https://docs.aws.amazon.com/config/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,1;0;,2;0;,3;0;,4;0;,Connector;0;,5;0;,6;0;,8;0;|||;",
  /** Grants permission to authorize the aggregator account and region to collect data from the source account and region. Access level: Write. Resources: AggregationAuthorization*. https://docs.aws.amazon.com/config/latest/APIReference/API_PutAggregationAuthorization.html */
  PutAggregationAuthorization: "W|||0;1;|0,2|0|;",
  /** Grants permission to add or update an AWS Config rule for evaluating whether your AWS resources comply with your desired configurations. Access level: Write. Resources: ConfigRule*. https://docs.aws.amazon.com/config/latest/APIReference/API_PutConfigRule.html */
  PutConfigRule: "W|||1;1;|0,2|0|;",
  /** Grants permission to create and update the configuration aggregator with the selected source accounts and regions. Access level: Write. Resources: ConfigurationAggregator*. https://docs.aws.amazon.com/config/latest/APIReference/API_PutConfigurationAggregator.html */
  PutConfigurationAggregator: "W|||2;1;|0,2|0,2,3,4|;",
  /** Grants permission to create or update a customer managed configuration recorder to record the selected resource configurations. Access level: Write. Resources: ConfigurationRecorder*. https://docs.aws.amazon.com/config/latest/APIReference/API_PutConfigurationRecorder.html */
  PutConfigurationRecorder: "W|||3;1;|0,2|0,2|;",
  /** Grants permission to create or update a conformance pack. Access level: Write. Resources: ConformancePack*. https://docs.aws.amazon.com/config/latest/APIReference/API_PutConformancePack.html */
  PutConformancePack: "W|||4;1;||0,1,2,5,s3:ListBucket,ssm:GetDocument|;",
  /** Grants permission to create a delivery channel object to deliver configuration information to an Amazon S3 bucket and Amazon SNS topic. Access level: Write. https://docs.aws.amazon.com/config/latest/APIReference/API_PutDeliveryChannel.html */
  PutDeliveryChannel: "W||||||;",
  /** Grants permission to be used by an AWS Lambda function to deliver evaluation results to AWS Config. Access level: Write. https://docs.aws.amazon.com/config/latest/APIReference/API_PutEvaluations.html */
  PutEvaluations: "W||||||;",
  /** Grants permission to deliver evaluation result to AWS Config. Access level: Write. Resources: ConfigRule*. https://docs.aws.amazon.com/config/latest/APIReference/API_PutExternalEvaluation.html */
  PutExternalEvaluation: "W|||1;1;|||;",
  /** Grants permission to add or update organization config rule for your entire organization evaluating whether your AWS resources comply with your desired configurations. Access level: Write. Resources: OrganizationConfigRule*. https://docs.aws.amazon.com/config/latest/APIReference/API_PutOrganizationConfigRule.html */
  PutOrganizationConfigRule: "W|||5;1;||1,2,3,4|;",
  /** Grants permission to add or update organization conformance pack for your entire organization evaluating whether your AWS resources comply with your desired configurations. Access level: Write. Resources: OrganizationConformancePack*. https://docs.aws.amazon.com/config/latest/APIReference/API_PutOrganizationConformancePack.html */
  PutOrganizationConformancePack: "W|||6;1;||1,2,3,4,5|;",
  /** Grants permission to add or update the remediation configuration with a specific AWS Config rule with the selected target or action. Access level: Write. Resources: RemediationConfiguration*. https://docs.aws.amazon.com/config/latest/APIReference/API_PutRemediationConfigurations.html */
  PutRemediationConfigurations: "W|||7;1;||2|;",
  /** Grants permission to add or update remediation exceptions for specific resources for a specific AWS Config rule. Access level: Write. https://docs.aws.amazon.com/config/latest/APIReference/API_PutRemediationExceptions.html */
  PutRemediationExceptions: "W||||||;",
  /** Grants permission to record the configuration state for the resource provided in the request. Access level: Write. https://docs.aws.amazon.com/config/latest/APIReference/API_PutResourceConfig.html */
  PutResourceConfig: "W||||||;",
  /** Grants permission to create and update the retention configuration with details about retention period (number of days) that AWS Config stores your historical information. Access level: Write. https://docs.aws.amazon.com/config/latest/APIReference/API_PutRetentionConfiguration.html */
  PutRetentionConfiguration: "W||||||;",
  /** Grants permission to create a new service-linked configuration recorder to record the resource configurations in scope for the linked service. Access level: Write. https://docs.aws.amazon.com/config/latest/APIReference/API_PutServiceLinkedConfigurationRecorder.html */
  PutServiceLinkedConfigurationRecorder: "W||||0,2,3|1,2|;",
  /** Grants permission to save a new query or updates an existing saved query. Access level: Write. Resources: StoredQuery*. https://docs.aws.amazon.com/config/latest/APIReference/API_PutStoredQuery.html */
  PutStoredQuery: "W|||8;1;|0,2|0|;",
  /** Grants permission to accept a structured query language (SQL) SELECT command and an aggregator to query configuration state of AWS resources across multiple accounts and regions, performs the corresponding search, and returns resource configurations matching the properties. Access level: Read. Resources: ConfigurationAggregator*. https://docs.aws.amazon.com/config/latest/APIReference/API_SelectAggregateResourceConfig.html */
  SelectAggregateResourceConfig: "R|||2;1;|||;",
  /** Grants permission to accept a structured query language (SQL) SELECT command, performs the corresponding search, and returns resource configurations matching the properties. Access level: Read. https://docs.aws.amazon.com/config/latest/APIReference/API_SelectResourceConfig.html */
  SelectResourceConfig: "R||||||;",
  /** Grants permission to evaluate your resources against the specified Config rules. Access level: Write. Resources: ConfigRule*. https://docs.aws.amazon.com/config/latest/APIReference/API_StartConfigRulesEvaluation.html */
  StartConfigRulesEvaluation: "W|||1;1;|||;",
  /** Grants permission to the customer managed configuration recorder to start recording configurations of the AWS resources you have selected to record in your AWS account. Access level: Write. Resources: ConfigurationRecorder*. https://docs.aws.amazon.com/config/latest/APIReference/API_StartConfigurationRecorder.html */
  StartConfigurationRecorder: "W|||3;1;|||;",
  /** Grants permission to run an on-demand remediation for the specified AWS Config rules against the last known remediation configuration. Access level: Write. https://docs.aws.amazon.com/config/latest/APIReference/API_StartRemediationExecution.html */
  StartRemediationExecution: "W|||||2|;",
  /** Grants permission to evaluate your resource details against the AWS Config rules in your account. Access level: Write. https://docs.aws.amazon.com/config/latest/APIReference/API_StartResourceEvaluation.html */
  StartResourceEvaluation: "W|||||cloudformation:DescribeType|;",
  /** Grants permission to the customer managed configuration recorder to stop recording configurations of the AWS resources you have selected to record in your AWS account. Access level: Write. Resources: ConfigurationRecorder*. https://docs.aws.amazon.com/config/latest/APIReference/API_StopConfigurationRecorder.html */
  StopConfigurationRecorder: "W|||3;1;|||;",
  /** Grants permission to associate the specified tags to a resource with the specified resourceArn. Access level: Tagging. Resources: AggregationAuthorization, ConfigRule, ConfigurationAggregator, ConfigurationRecorder, ConformancePack, Connector, OrganizationConfigRule, OrganizationConformancePack, StoredQuery. https://docs.aws.amazon.com/config/latest/APIReference/API_TagResource.html */
  TagResource:
    "T|||0;0;,1;0;,2;0;,3;0;,4;0;,Connector;0;,5;0;,6;0;,8;0;|0,2||PutAggregationAuthorization,PutConfigRule,PutConfigurationAggregator,PutConfigurationRecorder,PutConformancePack,PutStoredQuery,;",
  /** Grants permission to delete specified tags from a resource. Access level: Tagging. Resources: AggregationAuthorization, ConfigRule, ConfigurationAggregator, ConfigurationRecorder, ConformancePack, Connector, OrganizationConfigRule, OrganizationConformancePack, StoredQuery. https://docs.aws.amazon.com/config/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,3;0;,4;0;,Connector;0;,5;0;,6;0;,8;0;|2||;",
} as const;
const actionDetails = {
  AssociateResourceTypes:
    "|,;~~~|Grants permission to add all specified resource types to the RecordingGroup of configuration recorder and includes those resource types when recording",
  BatchGetAggregateResourceConfig:
    "|,;~~~|Grants permission to return the current configuration items for resources that are present in your AWS Config aggregator",
  BatchGetResourceConfig:
    "|,;~~~|Grants permission to return the current configuration for one or more requested resources",
  DeleteAggregationAuthorization:
    "|,;~~~|Grants permission to delete the authorization granted to the specified configuration aggregator account in a specified region",
  DeleteConfigRule:
    "|,;~~~|Grants permission to delete the specified AWS Config rule and all of its evaluation results",
  DeleteConfigurationAggregator:
    "|,;~~~|Grants permission to delete the specified configuration aggregator and the aggregated data associated with the aggregator",
  DeleteConfigurationRecorder: "|,;~~~|Grants permission to delete the customer managed configuration recorder",
  DeleteConformancePack:
    "|,;~~~|Grants permission to delete the specified conformance pack and all the AWS Config rules and all evaluation results within that conformance pack",
  DeleteDeliveryChannel: "|,;~~~|Grants permission to delete the delivery channel",
  DeleteEvaluationResults: "|,;~~~|Grants permission to delete the evaluation results for the specified Config rule",
  DeleteOrganizationConfigRule:
    "|,;~~~|Grants permission to delete the specified organization config rule and all of its evaluation results from all member accounts in that organization",
  DeleteOrganizationConformancePack:
    "|,;~~~|Grants permission to delete the specified organization conformance pack and all of its evaluation results from all member accounts in that organization",
  DeletePendingAggregationRequest:
    "|,;~~~|Grants permission to delete pending authorization requests for a specified aggregator account in a specified region",
  DeleteRemediationConfiguration: "|,;~~~|Grants permission to delete the remediation configuration",
  DeleteRemediationExceptions:
    "|,;~~~|Grants permission to delete one or more remediation exceptions for specific resource keys for a specific AWS Config Rule",
  DeleteResourceConfig:
    "|,;~~~|Grants permission to record the configuration state for a custom resource that has been deleted",
  DeleteRetentionConfiguration: "|,;~~~|Grants permission to delete the retention configuration",
  DeleteServiceLinkedConfigurationRecorder:
    "|,;~~~|Grants permission to delete the service-linked configuration recorder",
  DeleteStoredQuery: "|,;~~~|Grants permission to delete the stored query for an AWS account in an AWS Region",
  DeliverConfigSnapshot:
    "|,;~~~|Grants permission to schedule delivery of a configuration snapshot to the Amazon S3 bucket in the specified delivery channel",
  DescribeAggregateComplianceByConfigRules:
    "|,;~~~|Grants permission to return a list of compliant and noncompliant rules with the number of resources for compliant and noncompliant rules",
  DescribeAggregateComplianceByConformancePacks:
    "|,;~~~|Grants permission to return a list of compliant and noncompliant conformance packs along with count of compliant, non-compliant and total rules within each conformance pack",
  DescribeAggregationAuthorizations:
    "|,;~~~|Grants permission to return a list of authorizations granted to various aggregator accounts and regions",
  DescribeComplianceByConfigRule:
    "|,;~~~|Grants permission to indicate whether the specified AWS Config rules are compliant",
  DescribeComplianceByResource:
    "|,;~~~|Grants permission to indicate whether the specified AWS resources are compliant",
  DescribeConfigRuleEvaluationStatus:
    "|,;~~~|Grants permission to return status information for each of your AWS managed Config rules",
  DescribeConfigRules: "|,;~~~|Grants permission to return details about your AWS Config rules",
  DescribeConfigurationAggregatorSourcesStatus:
    "|,;~~~|Grants permission to return status information for sources within an aggregator",
  DescribeConfigurationAggregators:
    "|,;~~~|Grants permission to return the details of one or more configuration aggregators",
  DescribeConfigurationRecorderStatus:
    "|,;~~~|Grants permission to return the current status of the specified configuration recorder",
  DescribeConfigurationRecorders:
    "|,;~~~|Grants permission to return the names of one or more specified configuration recorders",
  DescribeConformancePackCompliance:
    "|,;~~~|Grants permission to return compliance information for each rule in that conformance pack",
  DescribeConformancePackStatus: "|,;~~~|Grants permission to provide one or more conformance packs deployment status",
  DescribeConformancePacks: "|,;~~~|Grants permission to return a list of one or more conformance packs",
  DescribeDeliveryChannelStatus:
    "|,;~~~|Grants permission to return the current status of the specified delivery channel",
  DescribeDeliveryChannels: "|,;~~~|Grants permission to return details about the specified delivery channel",
  DescribeOrganizationConfigRuleStatuses:
    "|,;~~~|Grants permission to provide organization config rule deployment status for an organization",
  DescribeOrganizationConfigRules: "|,;~~~|Grants permission to return a list of organization config rules",
  DescribeOrganizationConformancePackStatuses:
    "|,;~~~|Grants permission to provide organization conformance pack deployment status for an organization",
  DescribeOrganizationConformancePacks: "|,;~~~|Grants permission to return a list of organization conformance packs",
  DescribePendingAggregationRequests: "|,;~~~|Grants permission to return a list of all pending aggregation requests",
  DescribeRemediationConfigurations:
    "|,;~~~|Grants permission to return the details of one or more remediation configurations",
  DescribeRemediationExceptions: "|,;~~~|Grants permission to return the details of one or more remediation exceptions",
  DescribeRemediationExecutionStatus:
    "|,;~~~|Grants permission to provide a detailed view of a Remediation Execution for a set of resources including state, timestamps and any error messages for steps that have failed",
  DescribeRetentionConfigurations:
    "|,;~~~|Grants permission to return the details of one or more retention configurations",
  DisassociateResourceTypes:
    "|,;~~~|Grants permission to remove all specified resource types from the RecordingGroup of configuration recorder and excludes these resource types when recording",
  GetAggregateComplianceDetailsByConfigRule:
    "|,;~~~|Grants permission to return the evaluation results for the specified AWS Config rule for a specific resource in a rule",
  GetAggregateConfigRuleComplianceSummary:
    "|,;~~~|Grants permission to return the number of compliant and noncompliant rules for one or more accounts and regions in an aggregator",
  GetAggregateConformancePackComplianceSummary:
    "|,;~~~|Grants permission to return the number of compliant and noncompliant conformance packs for one or more accounts and regions in an aggregator",
  GetAggregateDiscoveredResourceCounts:
    "|,;~~~|Grants permission to return the resource counts across accounts and regions that are present in your AWS Config aggregator",
  GetAggregateResourceConfig:
    "|,;~~~|Grants permission to return configuration item that is aggregated for your specific resource in a specific source account and region",
  GetComplianceDetailsByConfigRule:
    "|,;~~~|Grants permission to return the evaluation results for the specified AWS Config rule",
  GetComplianceDetailsByResource:
    "|,;~~~|Grants permission to return the evaluation results for the specified AWS resource",
  GetComplianceSummaryByConfigRule:
    "|,;~~~|Grants permission to return the number of AWS Config rules that are compliant and noncompliant, up to a maximum of 25 for each",
  GetComplianceSummaryByResourceType:
    "|,;~~~|Grants permission to return the number of resources that are compliant and the number that are noncompliant",
  GetConformancePackComplianceDetails:
    "|,;~~~|Grants permission to return compliance details of a conformance pack for all AWS resources that are monitered by conformance pack",
  GetConformancePackComplianceSummary:
    "|,;~~~|Grants permission to provide compliance summary for one or more conformance packs",
  GetCustomRulePolicy:
    "|,;~~~|Grants permission to return the policy definition containing the logic for your AWS Config Custom Policy rule",
  GetDiscoveredResourceCounts:
    "|,;~~~|Grants permission to return the resource types, the number of each resource type, and the total number of resources that AWS Config is recording in this region for your AWS account",
  GetOrganizationConfigRuleDetailedStatus:
    "|,;~~~|Grants permission to return detailed status for each member account within an organization for a given organization config rule",
  GetOrganizationConformancePackDetailedStatus:
    "|,;~~~|Grants permission to return detailed status for each member account within an organization for a given organization conformance pack",
  GetOrganizationCustomRulePolicy:
    "|,;~~~|Grants permission to return the policy definition containing the logic for your organization AWS Config Custom Policy rule",
  GetResourceConfigHistory:
    "|,;~~~|Grants permission to return a list of configuration items for the specified resource",
  GetResourceEvaluationSummary:
    "|,;~~~|Grants permission to return the summary of resource evaluations for a specific resource evaluation ID",
  GetStoredQuery: "|,;~~~|Grants permission to return the details of a specific stored query",
  ListAggregateDiscoveredResources:
    "|,;~~~|Grants permission to accept a resource type and returns a list of resource identifiers that are aggregated for a specific resource type across accounts and regions",
  ListConfigurationRecorders:
    "|,;~~~|Grants permission to list the configuration recorder summaries for an AWS account in an AWS Region",
  ListConformancePackComplianceScores:
    "|,;~~~|Grants permission to return the percentage of compliant rule-resource combinations in a conformance pack compared to the number of total possible rule-resource combinations",
  ListDiscoveredResources:
    "|,;~~~|Grants permission to accept a resource type and returns a list of resource identifiers for the resources of that type",
  ListResourceEvaluations:
    "|,;~~~|Grants permission to list the resource evaluation summaries for an AWS account in an AWS Region",
  ListStoredQueries: "|,;~~~|Grants permission to list the stored queries for an AWS account in an AWS Region",
  ListTagsForResource: "|,;~~~|Grants permission to list the tags for AWS Config resource",
  PutAggregationAuthorization:
    "|,;~~~|Grants permission to authorize the aggregator account and region to collect data from the source account and region",
  PutConfigRule:
    "|,;~~~|Grants permission to add or update an AWS Config rule for evaluating whether your AWS resources comply with your desired configurations",
  PutConfigurationAggregator:
    "|,;~~~|Grants permission to create and update the configuration aggregator with the selected source accounts and regions",
  PutConfigurationRecorder:
    "|,;~~~|Grants permission to create or update a customer managed configuration recorder to record the selected resource configurations",
  PutConformancePack: "|,;~~~|Grants permission to create or update a conformance pack",
  PutDeliveryChannel:
    "|,;~~~|Grants permission to create a delivery channel object to deliver configuration information to an Amazon S3 bucket and Amazon SNS topic",
  PutEvaluations:
    "|,;~~~|Grants permission to be used by an AWS Lambda function to deliver evaluation results to AWS Config",
  PutExternalEvaluation: "|,;~~~|Grants permission to deliver evaluation result to AWS Config",
  PutOrganizationConfigRule:
    "|,;~~~|Grants permission to add or update organization config rule for your entire organization evaluating whether your AWS resources comply with your desired configurations",
  PutOrganizationConformancePack:
    "|,;~~~|Grants permission to add or update organization conformance pack for your entire organization evaluating whether your AWS resources comply with your desired configurations",
  PutRemediationConfigurations:
    "|,;~~~|Grants permission to add or update the remediation configuration with a specific AWS Config rule with the selected target or action",
  PutRemediationExceptions:
    "|,;~~~|Grants permission to add or update remediation exceptions for specific resources for a specific AWS Config rule",
  PutResourceConfig:
    "|,;~~~|Grants permission to record the configuration state for the resource provided in the request",
  PutRetentionConfiguration:
    "|,;~~~|Grants permission to create and update the retention configuration with details about retention period (number of days) that AWS Config stores your historical information",
  PutServiceLinkedConfigurationRecorder:
    "|,;~~~|Grants permission to create a new service-linked configuration recorder to record the resource configurations in scope for the linked service",
  PutStoredQuery: "|,;~~~|Grants permission to save a new query or updates an existing saved query",
  SelectAggregateResourceConfig:
    "|,;~~~|Grants permission to accept a structured query language (SQL) SELECT command and an aggregator to query configuration state of AWS resources across multiple accounts and regions, performs the corresponding search, and returns resource configurations matching the properties",
  SelectResourceConfig:
    "|,;~~~|Grants permission to accept a structured query language (SQL) SELECT command, performs the corresponding search, and returns resource configurations matching the properties",
  StartConfigRulesEvaluation: "|,;~~~|Grants permission to evaluate your resources against the specified Config rules",
  StartConfigurationRecorder:
    "|,;~~~|Grants permission to the customer managed configuration recorder to start recording configurations of the AWS resources you have selected to record in your AWS account",
  StartRemediationExecution:
    "|,;~~~|Grants permission to run an on-demand remediation for the specified AWS Config rules against the last known remediation configuration",
  StartResourceEvaluation:
    "|,;~~~|Grants permission to evaluate your resource details against the AWS Config rules in your account",
  StopConfigurationRecorder:
    "|,;~~~|Grants permission to the customer managed configuration recorder to stop recording configurations of the AWS resources you have selected to record in your AWS account",
  TagResource:
    "|,;~~~,~~,~~,~~,~~,~~,~~|Grants permission to associate the specified tags to a resource with the specified resourceArn",
  UntagResource: "|,;~~~|Grants permission to delete specified tags from a resource",
};
const resourceTypeFacts = {
  /** The AggregationAuthorization resource type: arn:${Partition}:config:${Region}:${Account}:aggregation-authorization/${AggregatorAccount}/${AggregatorRegion} */
  AggregationAuthorization: "|,aggregationAuthorization|1",
  /** The ConfigRule resource type: arn:${Partition}:config:${Region}:${Account}:config-rule/${ConfigRuleId} */
  ConfigRule: "|,configRule|1",
  /** The ConfigurationAggregator resource type: arn:${Partition}:config:${Region}:${Account}:config-aggregator/${AggregatorId} */
  ConfigurationAggregator: "|,configurationAggregator|1",
  /** The ConfigurationRecorder resource type: arn:${Partition}:config:${Region}:${Account}:configuration-recorder/${RecorderName}/${RecorderId} */
  ConfigurationRecorder: "|,configurationRecorder|1",
  /** The ConformancePack resource type: arn:${Partition}:config:${Region}:${Account}:conformance-pack/${ConformancePackName}/${ConformancePackId} */
  ConformancePack: "|,conformancePack|1",
  /** The OrganizationConfigRule resource type: arn:${Partition}:config:${Region}:${Account}:organization-config-rule/${OrganizationConfigRuleId} */
  OrganizationConfigRule: "|,organizationConfigRule|1",
  /** The OrganizationConformancePack resource type: arn:${Partition}:config:${Region}:${Account}:organization-conformance-pack/${OrganizationConformancePackId} */
  OrganizationConformancePack: "|,organizationConformancePack|1",
  /** The RemediationConfiguration resource type: arn:${Partition}:config:${Region}:${Account}:remediation-configuration/${RemediationConfigurationId} */
  RemediationConfiguration: "|,remediationConfiguration|",
  /** The StoredQuery resource type: arn:${Partition}:config:${Region}:${Account}:stored-query/${StoredQueryName}/${StoredQueryId} */
  StoredQuery: "|,storedQuery|1",
} as const;
const arnFormats = {
  /** ARN of a AggregationAuthorization resource: arn:${Partition}:config:${Region}:${Account}:aggregation-authorization/${AggregatorAccount}/${AggregatorRegion}. */
  aggregationAuthorization:
    "|,AggregationAuthorization|arn:|Partition|:config:|Region|:|Account|:aggregation-authorization/|AggregatorAccount|/|AggregatorRegion|",
  /** ARN of a ConfigRule resource: arn:${Partition}:config:${Region}:${Account}:config-rule/${ConfigRuleId}. */
  configRule: "|,ConfigRule|arn:|Partition|:config:|Region|:|Account|:config-rule/|ConfigRuleId|",
  /** ARN of a ConfigurationAggregator resource: arn:${Partition}:config:${Region}:${Account}:config-aggregator/${AggregatorId}. */
  configurationAggregator:
    "|,ConfigurationAggregator|arn:|Partition|:config:|Region|:|Account|:config-aggregator/|AggregatorId|",
  /** ARN of a ConfigurationRecorder resource: arn:${Partition}:config:${Region}:${Account}:configuration-recorder/${RecorderName}/${RecorderId}. */
  configurationRecorder:
    "|,ConfigurationRecorder|arn:|Partition|:config:|Region|:|Account|:configuration-recorder/|RecorderName|/|RecorderId|",
  /** ARN of a ConformancePack resource: arn:${Partition}:config:${Region}:${Account}:conformance-pack/${ConformancePackName}/${ConformancePackId}. */
  conformancePack:
    "|,ConformancePack|arn:|Partition|:config:|Region|:|Account|:conformance-pack/|ConformancePackName|/|ConformancePackId|",
  /** ARN of a OrganizationConfigRule resource: arn:${Partition}:config:${Region}:${Account}:organization-config-rule/${OrganizationConfigRuleId}. */
  organizationConfigRule:
    "|,OrganizationConfigRule|arn:|Partition|:config:|Region|:|Account|:organization-config-rule/|OrganizationConfigRuleId|",
  /** ARN of a OrganizationConformancePack resource: arn:${Partition}:config:${Region}:${Account}:organization-conformance-pack/${OrganizationConformancePackId}. */
  organizationConformancePack:
    "|,OrganizationConformancePack|arn:|Partition|:config:|Region|:|Account|:organization-conformance-pack/|OrganizationConformancePackId|",
  /** ARN of a RemediationConfiguration resource: arn:${Partition}:config:${Region}:${Account}:remediation-configuration/${RemediationConfigurationId}. */
  remediationConfiguration:
    "|,RemediationConfiguration|arn:|Partition|:config:|Region|:|Account|:remediation-configuration/|RemediationConfigurationId|",
  /** ARN of a StoredQuery resource: arn:${Partition}:config:${Region}:${Account}:stored-query/${StoredQueryName}/${StoredQueryId}. */
  storedQuery: "|,StoredQuery|arn:|Partition|:config:|Region|:|Account|:stored-query/|StoredQueryName|/|StoredQueryId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "AggregationAuthorization",
  "ConfigRule",
  "ConfigurationAggregator",
  "ConfigurationRecorder",
  "ConformancePack",
  "OrganizationConfigRule",
  "OrganizationConformancePack",
  "RemediationConfiguration",
  "StoredQuery",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "config">;
/** Any config action. */
export type Action = ActionOf<typeof actionFacts, "config">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "config">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "config" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every config action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by service principal of the configuration recorder. */
  "config:ConfigurationRecorderServicePrincipal": "String";
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
  "config:ConfigurationRecorderServicePrincipal":
    "|,String|0||Filters access by service principal of the configuration recorder",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "config",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
