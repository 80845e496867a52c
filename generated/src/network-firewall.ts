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
export const prefix: "network-firewall" = "network-firewall";
/** The service's name in the reference. */
export const serviceName: "AWS Network Firewall" = "AWS Network Firewall";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Network Firewall",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsnetworkfirewall.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [
  "iam:CreateServiceLinkedRole",
  "network-firewall:ListRuleGroups",
  "network-firewall:ListTLSInspectionConfigurations",
  "network-firewall:TagResource",
] as const;
const actionFacts = {
  /** Grants permission to accept pending Network Firewall attachments on a transit gateway. Access level: Write. Resources: Firewall*. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_AcceptNetworkFirewallTransitGatewayAttachment.html */
  AcceptNetworkFirewallTransitGatewayAttachment: "W|||0;1;|||;",
  /** Grants permission to associate availability zones to a firewall. Access level: Write. Resources: Firewall*. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_AssociateAvailabilityZones.html */
  AssociateAvailabilityZones: "W|||0;1;|||;",
  /** Grants permission to create an association between a firewall policy and a firewall. Access level: Write. Resources: Firewall*, FirewallPolicy*. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_AssociateFirewallPolicy.html */
  AssociateFirewallPolicy: "W|||0;1;,1;1;|0,2||;,CreateFirewall",
  /** Grants permission to associate VPC subnets to a firewall. Access level: Write. Resources: Firewall*. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_AssociateSubnets.html */
  AssociateSubnets: "W|||0;1;|||;",
  /** Grants permission to attach proxy rule groups to a proxy configuration. Access level: Write. Resources: ProxyConfiguration*, ProxyRuleGroup*. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_AttachRuleGroupsToProxyConfiguration.html */
  AttachRuleGroupsToProxyConfiguration: "W|||3;1;,4;1;|||;,CreateProxyConfiguration",
  /** Grants permission to create an AWS Network Firewall firewall. Access level: Write. Resources: Firewall*, FirewallPolicy*. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_CreateFirewall.html */
  CreateFirewall: "W|||0;1;,1;1;|0,2|0,network-firewall:AssociateFirewallPolicy,3|;",
  /** Grants permission to create an AWS Network Firewall firewall policy. Access level: Write. Resources: FirewallPolicy*, StatefulRuleGroup, StatelessRuleGroup, TLSInspectionConfiguration. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_CreateFirewallPolicy.html */
  CreateFirewallPolicy: "W|||1;1;,5;0;,6;0;,7;0;|0,2|1,2,3|;",
  /** Grants permission to create an AWS Network Firewall proxy. Access level: Write. Resources: Proxy*, ProxyConfiguration*. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_CreateProxy.html */
  CreateProxy: "W|||2;1;,3;1;|0,2|ec2:AttachApplianceToNatGateway,3|;",
  /** Grants permission to create an AWS Network Firewall proxy configuration. Access level: Write. Resources: ProxyConfiguration*, ProxyRuleGroup. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_CreateProxyConfiguration.html */
  CreateProxyConfiguration: "W|||3;1;,4;0;|0,2|network-firewall:AttachRuleGroupsToProxyConfiguration,3|;",
  /** Grants permission to create an AWS Network Firewall proxy rule group. Access level: Write. Resources: ProxyRuleGroup*. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_CreateProxyRuleGroup.html */
  CreateProxyRuleGroup: "W|||4;1;|0,2|3|;",
  /** Grants permission to add proxy rules to a proxy rule group. Access level: Write. Resources: ProxyRuleGroup*. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_CreateProxyRules.html */
  CreateProxyRules: "W|||4;1;|||;",
  /** Grants permission to create an AWS Network Firewall rule group. Access level: Write. Resources: StatefulRuleGroup, StatelessRuleGroup. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_CreateRuleGroup.html */
  CreateRuleGroup: "W|||5;0;,6;0;|0,2|3|;",
  /** Grants permission to create an AWS Network Firewall tls inspection configuration. Access level: Write. Resources: TLSInspectionConfiguration*. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_CreateTLSInspectionConfiguration.html */
  CreateTLSInspectionConfiguration: "W|||7;1;|0,2|0,3|;",
  /** Grants permission to create an AWS Network Firewall vpc endpoint association. Access level: Write. Resources: Firewall*, VpcEndpointAssociation*. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_CreateVpcEndpointAssociation.html */
  CreateVpcEndpointAssociation: "W|||0;1;,8;1;|0,2|0,network-firewall:ListFirewalls,3|;",
  /** Grants permission to delete a firewall. Access level: Write. Resources: Firewall*. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_DeleteFirewall.html */
  DeleteFirewall: "W|||0;1;|||;",
  /** Grants permission to delete a firewall policy. Access level: Write. Resources: FirewallPolicy*. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_DeleteFirewallPolicy.html */
  DeleteFirewallPolicy: "W|||1;1;|||;",
  /** Grants permission to delete Network Firewall attachments on a transit gateway. Access level: Write. Resources: Firewall*. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_DeleteNetworkFirewallTransitGatewayAttachment.html */
  DeleteNetworkFirewallTransitGatewayAttachment: "W|||0;1;|||;",
  /** Grants permission to delete a proxy. Access level: Write. Resources: Proxy*. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_DeleteProxy.html */
  DeleteProxy: "W|||2;1;||ec2:DetachApplianceFromNatGateway|;",
  /** Grants permission to delete a proxy configuration. Access level: Write. Resources: ProxyConfiguration*. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_DeleteProxyConfiguration.html */
  DeleteProxyConfiguration: "W|||3;1;|||;",
  /** Grants permission to delete a proxy rule group. Access level: Write. Resources: ProxyRuleGroup*. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_DeleteProxyRuleGroup.html */
  DeleteProxyRuleGroup: "W|||4;1;|||;",
  /** Grants permission to remove proxy rules from a proxy rule group. Access level: Write. Resources: ProxyRuleGroup*. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_DeleteProxyRules.html */
  DeleteProxyRules: "W|||4;1;|||;",
  /** Grants permission to delete a resource policy for a firewall policy or rule group or firewall. Access level: Write. Resources: Firewall, FirewallPolicy, StatefulRuleGroup, StatelessRuleGroup. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_DeleteResourcePolicy.html */
  DeleteResourcePolicy: "W|||0;0;,1;0;,5;0;,6;0;|||;",
  /** Grants permission to delete a rule group. Access level: Write. Resources: StatefulRuleGroup*, StatelessRuleGroup*. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_DeleteRuleGroup.html */
  DeleteRuleGroup: "W|||5;1;,6;1;|||;",
  /** Grants permission to delete a tls inspection configuration. Access level: Write. Resources: TLSInspectionConfiguration*. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_DeleteTLSInspectionConfiguration.html */
  DeleteTLSInspectionConfiguration: "W|||7;1;|||;",
  /** Grants permission to delete a vpc endpoint association. Access level: Write. Resources: VpcEndpointAssociation*. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_DeleteVpcEndpointAssociation.html */
  DeleteVpcEndpointAssociation: "W|||8;1;|||;",
  /** Grants permission to retrieve the data objects that define a firewall. Access level: Read. Resources: Firewall*. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_DescribeFirewall.html */
  DescribeFirewall: "R|||0;1;|||;",
  /** Grants permission to retrieve the high-level information about a firewall. Access level: Read. Resources: Firewall*. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_DescribeFirewallMetadata.html */
  DescribeFirewallMetadata: "R|||0;1;|||;",
  /** Grants permission to retrieve the data objects that define a firewall policy. Access level: Read. Resources: FirewallPolicy*, StatefulRuleGroup, StatelessRuleGroup, TLSInspectionConfiguration. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_DescribeFirewallPolicy.html */
  DescribeFirewallPolicy: "R|||1;1;,5;0;,6;0;,7;0;|||;",
  /** Grants permission to describe a flow operation performed on a firewall. Access level: Read. Resources: Firewall*. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_DescribeFlowOperation.html */
  DescribeFlowOperation: "R|||0;1;|||;",
  /** Grants permission to describe the logging configuration of a firewall. Access level: Read. Resources: Firewall*. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_DescribeLoggingConfiguration.html */
  DescribeLoggingConfiguration: "R|||0;1;||logs:GetLogDelivery,logs:ListLogDeliveries|;",
  /** Grants permission to retrieve the data objects that define a proxy. Access level: Read. Resources: Proxy*. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_DescribeProxy.html */
  DescribeProxy: "R|||2;1;|||;",
  /** Grants permission to retrieve the data objects that define a proxy configuration. Access level: Read. Resources: ProxyConfiguration*. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_DescribeProxyConfiguration.html */
  DescribeProxyConfiguration: "R|||3;1;|||;",
  /** Grants permission to retrieve the data objects that define a proxy rule. Access level: Read. Resources: ProxyRuleGroup*. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_DescribeProxyRule.html */
  DescribeProxyRule: "R|||4;1;|||;",
  /** Grants permission to retrieve the data objects that define a proxy rule group. Access level: Read. Resources: ProxyRuleGroup*. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_DescribeProxyRuleGroup.html */
  DescribeProxyRuleGroup: "R|||4;1;|||;",
  /** Grants permission to describe a resource policy for a firewall policy or rule group or firewall. Access level: Read. Resources: Firewall, FirewallPolicy, StatefulRuleGroup, StatelessRuleGroup. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_DescribeResourcePolicy.html */
  DescribeResourcePolicy: "R|||0;0;,1;0;,5;0;,6;0;|||;",
  /** Grants permission to retrieve the data objects that define a rule group. Access level: Read. Resources: StatefulRuleGroup, StatelessRuleGroup. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_DescribeRuleGroup.html */
  DescribeRuleGroup: "R|||5;0;,6;0;|||;",
  /** Grants permission to retrieve the high-level information about a rule group. Access level: Read. Resources: StatefulRuleGroup, StatelessRuleGroup. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_DescribeRuleGroupMetadata.html */
  DescribeRuleGroupMetadata: "R|||5;0;,6;0;|||;",
  /** Grants permission to retrieve the summary information about a rule group. Access level: Read. Resources: StatefulRuleGroup, StatelessRuleGroup. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_DescribeRuleGroupSummary.html */
  DescribeRuleGroupSummary: "R|||5;0;,6;0;|||;",
  /** Grants permission to retrieve the data objects that define a tls inspection configuration. Access level: Read. Resources: TLSInspectionConfiguration*. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_DescribeTLSInspectionConfiguration.html */
  DescribeTLSInspectionConfiguration: "R|||7;1;|||;",
  /** Grants permission to retrieve the data objects that define a vpc endpoint association. Access level: Read. Resources: VpcEndpointAssociation*. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_DescribeVpcEndpointAssociation.html */
  DescribeVpcEndpointAssociation: "R|||8;1;|||;",
  /** Grants permission to detach proxy rule groups from a proxy configuration. Access level: Write. Resources: ProxyConfiguration*, ProxyRuleGroup*. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_DetachRuleGroupsFromProxyConfiguration.html */
  DetachRuleGroupsFromProxyConfiguration: "W|||3;1;,4;1;|||;",
  /** Grants permission to disassociate availability zones to a firewall. Access level: Write. Resources: Firewall*. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_DisassociateAvailabilityZones.html */
  DisassociateAvailabilityZones: "W|||0;1;|||;",
  /** Grants permission to disassociate VPC subnets from a firewall. Access level: Write. Resources: Firewall*. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_DisassociateSubnets.html */
  DisassociateSubnets: "W|||0;1;|||;",
  /** Grants permission to retrieve analysis report results of a firewall. Access level: Read. Resources: Firewall*. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_GetAnalysisReportResults.html */
  GetAnalysisReportResults: "R|||0;1;|||;",
  /** Grants permission to list firewall analysis reports. Access level: List. Resources: Firewall*. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_ListAnalysisReports.html */
  ListAnalysisReports: "L|||0;1;|||;",
  /** Grants permission to retrieve the metadata for firewall policies. Access level: List. Resources: FirewallPolicy*. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_ListFirewallPolicies.html */
  ListFirewallPolicies: "L|||1;1;|||;",
  /** Grants permission to retrieve the metadata for firewalls. Access level: List. Resources: Firewall*. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_ListFirewalls.html */
  ListFirewalls: "L|||0;1;|||CreateVpcEndpointAssociation,;",
  /** Grants permission to list results from a flow operation performed on a firewall. Access level: Read. Resources: Firewall*. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_ListFlowOperationResults.html */
  ListFlowOperationResults: "R|||0;1;|||;",
  /** Grants permission to list flow operations performed on a firewall. Access level: List. Resources: Firewall*. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_ListFlowOperations.html */
  ListFlowOperations: "L|||0;1;|||;",
  /** Grants permission to retrieve the metadata for proxies. Access level: List. Resources: Proxy*. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_ListProxies.html */
  ListProxies: "L|||2;1;|||;",
  /** Grants permission to retrieve the metadata for proxy configurations. Access level: List. Resources: ProxyConfiguration*. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_ListProxyConfigurations.html */
  ListProxyConfigurations: "L|||3;1;|||;",
  /** Grants permission to retrieve the metadata for proxy rule groups. Access level: List. Resources: ProxyRuleGroup*. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_ListProxyRuleGroups.html */
  ListProxyRuleGroups: "L|||4;1;|||;",
  /** Grants permission to retrieve the metadata for rule groups. Access level: List. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_ListRuleGroups.html */
  ListRuleGroups: "L||||||CreateFirewallPolicy,;,UpdateFirewallPolicy",
  /** Grants permission to retrieve the metadata for tls inspection configurations. Access level: List. Resources: TLSInspectionConfiguration*. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_ListTLSInspectionConfigurations.html */
  ListTLSInspectionConfigurations: "L|||7;1;|||CreateFirewallPolicy,;,UpdateFirewallPolicy",
  /** Grants permission to retrieve the tags for a resource. Access level: List. Resources: Firewall*, FirewallPolicy*, StatefulRuleGroup, StatelessRuleGroup, TLSInspectionConfiguration, VpcEndpointAssociation. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "L|||0;1;,1;1;,5;0;,6;0;,7;0;,8;0;|||;",
  /** Grants permission to retrieve the metadata for vpc endpoint associations. Access level: List. Resources: VpcEndpointAssociation*. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_ListVpcEndpointAssociations.html */
  ListVpcEndpointAssociations: "L|||8;1;|||;",
  /** Grants permission to put a resource policy for a firewall policy or rule group or firewall. Access level: Write. Resources: Firewall, FirewallPolicy, StatefulRuleGroup, StatelessRuleGroup. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_PutResourcePolicy.html */
  PutResourcePolicy: "W|||0;0;,1;0;,5;0;,6;0;|||;",
  /** Grants permission to reject pending Network Firewall attachments on a transit gateway. Access level: Write. Resources: Firewall*. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_RejectNetworkFirewallTransitGatewayAttachment.html */
  RejectNetworkFirewallTransitGatewayAttachment: "W|||0;1;|||;",
  /** Grants permission to start an analysis report on a firewall. Access level: Write. Resources: Firewall*. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_GetAnalysisReportResults.html */
  StartAnalysisReport: "W|||0;1;|||;",
  /** Grants permission to start capture operation on a firewall. Access level: Write. Resources: Firewall*. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_StartFlowCapture.html */
  StartFlowCapture: "W|||0;1;|||;",
  /** Grants permission to start flush operation on a firewall. Access level: Write. Resources: Firewall*. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_StartFlowFlush.html */
  StartFlowFlush: "W|||0;1;|||;",
  /** Grants permission to attach tags to a resource. Access level: Tagging. Resources: Firewall, FirewallPolicy, Proxy, ProxyConfiguration, ProxyRuleGroup, StatefulRuleGroup, StatelessRuleGroup, TLSInspectionConfiguration, VpcEndpointAssociation. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_TagResource.html */
  TagResource:
    "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,8;0;|0,2||CreateFirewall,CreateFirewallPolicy,CreateProxy,CreateProxyConfiguration,CreateProxyRuleGroup,CreateRuleGroup,CreateTLSInspectionConfiguration,CreateVpcEndpointAssociation,;",
  /** Grants permission to remove tags from a resource. Access level: Tagging. Resources: Firewall, FirewallPolicy, Proxy, ProxyConfiguration, ProxyRuleGroup, StatefulRuleGroup, StatelessRuleGroup, TLSInspectionConfiguration, VpcEndpointAssociation. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,8;0;|2||;",
  /** Grants permission to add or remove availability zone change protection for a firewall. Access level: Write. Resources: Firewall*. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_UpdateAvailabilityZoneChangeProtection.html */
  UpdateAvailabilityZoneChangeProtection: "W|||0;1;|||;",
  /** Grants permission to modify firewall analysis settings of a firewall. Access level: Write. Resources: Firewall*. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_UpdateFirewallAnalysisSettings.html */
  UpdateFirewallAnalysisSettings: "W|||0;1;|||;",
  /** Grants permission to add or remove delete protection for a firewall. Access level: Write. Resources: Firewall*. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_UpdateFirewallDeleteProtection.html */
  UpdateFirewallDeleteProtection: "W|||0;1;|||;",
  /** Grants permission to modify the description for a firewall. Access level: Write. Resources: Firewall*. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_UpdateFirewallDescription.html */
  UpdateFirewallDescription: "W|||0;1;|||;",
  /** Grants permission to modify the encryption configuration of a firewall. Access level: Write. Resources: Firewall*. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_UpdateFirewallEncryptionConfiguration.html */
  UpdateFirewallEncryptionConfiguration: "W|||0;1;|||;",
  /** Grants permission to modify a firewall policy. Access level: Write. Resources: FirewallPolicy*, StatefulRuleGroup, StatelessRuleGroup, TLSInspectionConfiguration. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_UpdateFirewallPolicy.html */
  UpdateFirewallPolicy: "W|||1;1;,5;0;,6;0;,7;0;||1,2|;",
  /** Grants permission to add or remove firewall policy change protection for a firewall. Access level: Write. Resources: Firewall*. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_UpdateFirewallPolicyChangeProtection.html */
  UpdateFirewallPolicyChangeProtection: "W|||0;1;|||;",
  /** Grants permission to modify the logging configuration of a firewall. Access level: Write. Resources: Firewall*. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_UpdateLoggingConfiguration.html */
  UpdateLoggingConfiguration: "W|||0;1;|||;",
  /** Grants permission to modify a proxy. Access level: Write. Resources: Proxy*. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_UpdateProxy.html */
  UpdateProxy: "W|||2;1;|||;",
  /** Grants permission to modify a proxy configuration. Access level: Write. Resources: ProxyConfiguration*. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_UpdateProxyConfiguration.html */
  UpdateProxyConfiguration: "W|||3;1;|||;",
  /** Grants permission to update an existing proxy rule on a proxy rule group. Access level: Write. Resources: ProxyRuleGroup*. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_UpdateProxyRule.html */
  UpdateProxyRule: "W|||4;1;|||;",
  /** Grants permission to modify rule group priorities on a proxy configuration. Access level: Write. Resources: ProxyConfiguration*. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_UpdateProxyRuleGroupPriorities.html */
  UpdateProxyRuleGroupPriorities: "W|||3;1;|||;",
  /** Grants permission to update proxy rule priorities within a proxy rule group. Access level: Write. Resources: ProxyRuleGroup*. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_UpdateProxyRulePriorities.html */
  UpdateProxyRulePriorities: "W|||4;1;|||;",
  /** Grants permission to modify a rule group. Access level: Write. Resources: StatefulRuleGroup, StatelessRuleGroup. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_UpdateRuleGroup.html */
  UpdateRuleGroup: "W|||5;0;,6;0;|||;",
  /** Grants permission to add or remove subnet change protection for a firewall. Access level: Write. Resources: Firewall*. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_UpdateSubnetChangeProtection.html */
  UpdateSubnetChangeProtection: "W|||0;1;|||;",
  /** Grants permission to modify a tls inspection configuration. Access level: Write. Resources: TLSInspectionConfiguration*. https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_UpdateTLSInspectionConfiguration.html */
  UpdateTLSInspectionConfiguration: "W|||7;1;|||;",
} as const;
const actionDetails = {
  AcceptNetworkFirewallTransitGatewayAttachment:
    "|,;~~~|Grants permission to accept pending Network Firewall attachments on a transit gateway",
  AssociateAvailabilityZones: "|,;~~~|Grants permission to associate availability zones to a firewall",
  AssociateFirewallPolicy:
    "|,;~~~,~~|Grants permission to create an association between a firewall policy and a firewall",
  AssociateSubnets: "|,;~~~|Grants permission to associate VPC subnets to a firewall",
  AttachRuleGroupsToProxyConfiguration:
    "|,;~~~,~~|Grants permission to attach proxy rule groups to a proxy configuration",
  CreateFirewall: "|,;~~~|Grants permission to create an AWS Network Firewall firewall",
  CreateFirewallPolicy: "|,;~~~|Grants permission to create an AWS Network Firewall firewall policy",
  CreateProxy: "|,;~~~|Grants permission to create an AWS Network Firewall proxy",
  CreateProxyConfiguration: "|,;~~~|Grants permission to create an AWS Network Firewall proxy configuration",
  CreateProxyRuleGroup: "|,;~~~|Grants permission to create an AWS Network Firewall proxy rule group",
  CreateProxyRules: "|,;~~~|Grants permission to add proxy rules to a proxy rule group",
  CreateRuleGroup: "|,;~~~|Grants permission to create an AWS Network Firewall rule group",
  CreateTLSInspectionConfiguration:
    "|,;~~~|Grants permission to create an AWS Network Firewall tls inspection configuration",
  CreateVpcEndpointAssociation: "|,;~~~|Grants permission to create an AWS Network Firewall vpc endpoint association",
  DeleteFirewall: "|,;~~~|Grants permission to delete a firewall",
  DeleteFirewallPolicy: "|,;~~~|Grants permission to delete a firewall policy",
  DeleteNetworkFirewallTransitGatewayAttachment:
    "|,;~~~|Grants permission to delete Network Firewall attachments on a transit gateway",
  DeleteProxy: "|,;~~~|Grants permission to delete a proxy",
  DeleteProxyConfiguration: "|,;~~~|Grants permission to delete a proxy configuration",
  DeleteProxyRuleGroup: "|,;~~~|Grants permission to delete a proxy rule group",
  DeleteProxyRules: "|,;~~~|Grants permission to remove proxy rules from a proxy rule group",
  DeleteResourcePolicy:
    "|,;~~~|Grants permission to delete a resource policy for a firewall policy or rule group or firewall",
  DeleteRuleGroup: "|,;~~~|Grants permission to delete a rule group",
  DeleteTLSInspectionConfiguration: "|,;~~~|Grants permission to delete a tls inspection configuration",
  DeleteVpcEndpointAssociation: "|,;~~~|Grants permission to delete a vpc endpoint association",
  DescribeFirewall: "|,;~~~|Grants permission to retrieve the data objects that define a firewall",
  DescribeFirewallMetadata: "|,;~~~|Grants permission to retrieve the high-level information about a firewall",
  DescribeFirewallPolicy: "|,;~~~|Grants permission to retrieve the data objects that define a firewall policy",
  DescribeFlowOperation: "|,;~~~|Grants permission to describe a flow operation performed on a firewall",
  DescribeLoggingConfiguration: "|,;~~~|Grants permission to describe the logging configuration of a firewall",
  DescribeProxy: "|,;~~~|Grants permission to retrieve the data objects that define a proxy",
  DescribeProxyConfiguration: "|,;~~~|Grants permission to retrieve the data objects that define a proxy configuration",
  DescribeProxyRule: "|,;~~~|Grants permission to retrieve the data objects that define a proxy rule",
  DescribeProxyRuleGroup: "|,;~~~|Grants permission to retrieve the data objects that define a proxy rule group",
  DescribeResourcePolicy:
    "|,;~~~|Grants permission to describe a resource policy for a firewall policy or rule group or firewall",
  DescribeRuleGroup: "|,;~~~|Grants permission to retrieve the data objects that define a rule group",
  DescribeRuleGroupMetadata: "|,;~~~|Grants permission to retrieve the high-level information about a rule group",
  DescribeRuleGroupSummary: "|,;~~~|Grants permission to retrieve the summary information about a rule group",
  DescribeTLSInspectionConfiguration:
    "|,;~~~|Grants permission to retrieve the data objects that define a tls inspection configuration",
  DescribeVpcEndpointAssociation:
    "|,;~~~|Grants permission to retrieve the data objects that define a vpc endpoint association",
  DetachRuleGroupsFromProxyConfiguration:
    "|,;~~~|Grants permission to detach proxy rule groups from a proxy configuration",
  DisassociateAvailabilityZones: "|,;~~~|Grants permission to disassociate availability zones to a firewall",
  DisassociateSubnets: "|,;~~~|Grants permission to disassociate VPC subnets from a firewall",
  GetAnalysisReportResults: "|,;~~~|Grants permission to retrieve analysis report results of a firewall",
  ListAnalysisReports: "|,;~~~|Grants permission to list firewall analysis reports",
  ListFirewallPolicies: "|,;~~~|Grants permission to retrieve the metadata for firewall policies",
  ListFirewalls: "|,;~~~,~~|Grants permission to retrieve the metadata for firewalls",
  ListFlowOperationResults: "|,;~~~|Grants permission to list results from a flow operation performed on a firewall",
  ListFlowOperations: "|,;~~~|Grants permission to list flow operations performed on a firewall",
  ListProxies: "|,;~~~|Grants permission to retrieve the metadata for proxies",
  ListProxyConfigurations: "|,;~~~|Grants permission to retrieve the metadata for proxy configurations",
  ListProxyRuleGroups: "|,;~~~|Grants permission to retrieve the metadata for proxy rule groups",
  ListRuleGroups: "|,;~~~,~~,~~|Grants permission to retrieve the metadata for rule groups",
  ListTLSInspectionConfigurations:
    "|,;~~~,~~,~~|Grants permission to retrieve the metadata for tls inspection configurations",
  ListTagsForResource: "|,;~~~|Grants permission to retrieve the tags for a resource",
  ListVpcEndpointAssociations: "|,;~~~|Grants permission to retrieve the metadata for vpc endpoint associations",
  PutResourcePolicy:
    "|,;~~~|Grants permission to put a resource policy for a firewall policy or rule group or firewall",
  RejectNetworkFirewallTransitGatewayAttachment:
    "|,;~~~|Grants permission to reject pending Network Firewall attachments on a transit gateway",
  StartAnalysisReport: "|,;~~~|Grants permission to start an analysis report on a firewall",
  StartFlowCapture: "|,;~~~|Grants permission to start capture operation on a firewall",
  StartFlowFlush: "|,;~~~|Grants permission to start flush operation on a firewall",
  TagResource: "|,;~~~,~~,~~,~~,~~,~~,~~,~~,~~|Grants permission to attach tags to a resource",
  UntagResource: "|,;~~~|Grants permission to remove tags from a resource",
  UpdateAvailabilityZoneChangeProtection:
    "|,;~~~|Grants permission to add or remove availability zone change protection for a firewall",
  UpdateFirewallAnalysisSettings: "|,;~~~|Grants permission to modify firewall analysis settings of a firewall",
  UpdateFirewallDeleteProtection: "|,;~~~|Grants permission to add or remove delete protection for a firewall",
  UpdateFirewallDescription: "|,;~~~|Grants permission to modify the description for a firewall",
  UpdateFirewallEncryptionConfiguration:
    "|,;~~~|Grants permission to modify the encryption configuration of a firewall",
  UpdateFirewallPolicy: "|,;~~~|Grants permission to modify a firewall policy",
  UpdateFirewallPolicyChangeProtection:
    "|,;~~~|Grants permission to add or remove firewall policy change protection for a firewall",
  UpdateLoggingConfiguration: "|,;~~~|Grants permission to modify the logging configuration of a firewall",
  UpdateProxy: "|,;~~~|Grants permission to modify a proxy",
  UpdateProxyConfiguration: "|,;~~~|Grants permission to modify a proxy configuration",
  UpdateProxyRule: "|,;~~~|Grants permission to update an existing proxy rule on a proxy rule group",
  UpdateProxyRuleGroupPriorities: "|,;~~~|Grants permission to modify rule group priorities on a proxy configuration",
  UpdateProxyRulePriorities: "|,;~~~|Grants permission to update proxy rule priorities within a proxy rule group",
  UpdateRuleGroup: "|,;~~~|Grants permission to modify a rule group",
  UpdateSubnetChangeProtection: "|,;~~~|Grants permission to add or remove subnet change protection for a firewall",
  UpdateTLSInspectionConfiguration: "|,;~~~|Grants permission to modify a tls inspection configuration",
};
const resourceTypeFacts = {
  /** The Firewall resource type: arn:${Partition}:network-firewall:${Region}:${Account}:firewall/${Name} */
  Firewall: "|,firewall|1",
  /** The FirewallPolicy resource type: arn:${Partition}:network-firewall:${Region}:${Account}:firewall-policy/${Name} */
  FirewallPolicy: "|,firewallPolicy|1",
  /** The Proxy resource type: arn:${Partition}:network-firewall:${Region}:${Account}:proxy/${Name} */
  Proxy: "|,proxy|1",
  /** The ProxyConfiguration resource type: arn:${Partition}:network-firewall:${Region}:${Account}:proxy-configuration/${Name} */
  ProxyConfiguration: "|,proxyConfiguration|1",
  /** The ProxyRuleGroup resource type: arn:${Partition}:network-firewall:${Region}:${Account}:proxy-rule-group/${Name} */
  ProxyRuleGroup: "|,proxyRuleGroup|1",
  /** The StatefulRuleGroup resource type: arn:${Partition}:network-firewall:${Region}:${Account}:stateful-rulegroup/${Name} */
  StatefulRuleGroup: "|,statefulRuleGroup|1",
  /** The StatelessRuleGroup resource type: arn:${Partition}:network-firewall:${Region}:${Account}:stateless-rulegroup/${Name} */
  StatelessRuleGroup: "|,statelessRuleGroup|1",
  /** The TLSInspectionConfiguration resource type: arn:${Partition}:network-firewall:${Region}:${Account}:tls-configuration/${Name} */
  TLSInspectionConfiguration: "|,tlsInspectionConfiguration|1",
  /** The VpcEndpointAssociation resource type: arn:${Partition}:network-firewall:${Region}:${Account}:vpc-endpoint-association/${Name} */
  VpcEndpointAssociation: "|,vpcEndpointAssociation|1",
} as const;
const arnFormats = {
  /** ARN of a Firewall resource: arn:${Partition}:network-firewall:${Region}:${Account}:firewall/${Name}. */
  firewall: "|,Firewall|arn:|Partition|:network-firewall:|Region|:|Account|:firewall/|Name|",
  /** ARN of a FirewallPolicy resource: arn:${Partition}:network-firewall:${Region}:${Account}:firewall-policy/${Name}. */
  firewallPolicy: "|,FirewallPolicy|arn:|Partition|:network-firewall:|Region|:|Account|:firewall-policy/|Name|",
  /** ARN of a Proxy resource: arn:${Partition}:network-firewall:${Region}:${Account}:proxy/${Name}. */
  proxy: "|,Proxy|arn:|Partition|:network-firewall:|Region|:|Account|:proxy/|Name|",
  /** ARN of a ProxyConfiguration resource: arn:${Partition}:network-firewall:${Region}:${Account}:proxy-configuration/${Name}. */
  proxyConfiguration:
    "|,ProxyConfiguration|arn:|Partition|:network-firewall:|Region|:|Account|:proxy-configuration/|Name|",
  /** ARN of a ProxyRuleGroup resource: arn:${Partition}:network-firewall:${Region}:${Account}:proxy-rule-group/${Name}. */
  proxyRuleGroup: "|,ProxyRuleGroup|arn:|Partition|:network-firewall:|Region|:|Account|:proxy-rule-group/|Name|",
  /** ARN of a StatefulRuleGroup resource: arn:${Partition}:network-firewall:${Region}:${Account}:stateful-rulegroup/${Name}. */
  statefulRuleGroup:
    "|,StatefulRuleGroup|arn:|Partition|:network-firewall:|Region|:|Account|:stateful-rulegroup/|Name|",
  /** ARN of a StatelessRuleGroup resource: arn:${Partition}:network-firewall:${Region}:${Account}:stateless-rulegroup/${Name}. */
  statelessRuleGroup:
    "|,StatelessRuleGroup|arn:|Partition|:network-firewall:|Region|:|Account|:stateless-rulegroup/|Name|",
  /** ARN of a TLSInspectionConfiguration resource: arn:${Partition}:network-firewall:${Region}:${Account}:tls-configuration/${Name}. */
  tlsInspectionConfiguration:
    "|,TLSInspectionConfiguration|arn:|Partition|:network-firewall:|Region|:|Account|:tls-configuration/|Name|",
  /** ARN of a VpcEndpointAssociation resource: arn:${Partition}:network-firewall:${Region}:${Account}:vpc-endpoint-association/${Name}. */
  vpcEndpointAssociation:
    "|,VpcEndpointAssociation|arn:|Partition|:network-firewall:|Region|:|Account|:vpc-endpoint-association/|Name|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "Firewall",
  "FirewallPolicy",
  "Proxy",
  "ProxyConfiguration",
  "ProxyRuleGroup",
  "StatefulRuleGroup",
  "StatelessRuleGroup",
  "TLSInspectionConfiguration",
  "VpcEndpointAssociation",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "network-firewall">;
/** Any network-firewall action. */
export type Action = ActionOf<typeof actionFacts, "network-firewall">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "network-firewall">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "network-firewall" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every network-firewall action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by on the allowed set of values for each of the tags. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by the tag value associated with the resource. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by on the allowed set of values for each of the tags",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by the tag value associated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the presence of mandatory tags in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "network-firewall",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
