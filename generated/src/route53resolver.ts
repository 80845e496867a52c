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
export const prefix: "route53resolver" = "route53resolver";
/** The service's name in the reference. */
export const serviceName: "Amazon Route 53 Resolver" = "Amazon Route 53 Resolver";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Route 53 Resolver",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonroute53resolver.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [
  "ec2:CreateNetworkInterface",
  "ec2:DeleteNetworkInterface",
  "ec2:DescribeNetworkInterfaces",
  "ec2:DescribeSubnets",
  "ec2:DescribeVpcs",
  "route53resolver:TagResource",
] as const;
const actionFacts = {
  /** Grants permission to associate an Amazon VPC with a specified firewall rule group. Access level: Write. Resources: firewall-rule-group-association*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_AssociateFirewallRuleGroup.html */
  AssociateFirewallRuleGroup: "W|||4;1;|0,2|4,5|;",
  /** Grants permission to associate a specified IP address with a Resolver endpoint. This is an IP address that DNS queries pass through on the way to your network (outbound) or your VPCs (inbound). Access level: Write. Resources: resolver-endpoint*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_AssociateResolverEndpointIpAddress.html */
  AssociateResolverEndpointIpAddress: "W|||8;1;||0,2,3|;",
  /** Grants permission to associate an Amazon VPC with a specified query logging configuration. Access level: Write. Resources: resolver-query-log-config*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_AssociateResolverQueryLogConfig.html */
  AssociateResolverQueryLogConfig: "W|||9;1;||4|;",
  /** Grants permission to associate a specified Resolver rule with a specified VPC. Access level: Write. Resources: resolver-rule*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_AssociateResolverRule.html */
  AssociateResolverRule: "W|||10;1;||4|;",
  /** Grants permission to create a Firewall domain list. Access level: Write. Resources: firewall-domain-list*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_CreateFirewallDomainList.html */
  CreateFirewallDomainList: "W|||2;1;|0,2|5|;",
  /** Grants permission to create a Firewall rule within a Firewall rule group. Access level: Write. Resources: firewall-domain-list*, firewall-rule-group*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_CreateFirewallRule.html */
  CreateFirewallRule: "W|||2;1;,3;1;|||BatchCreateFirewallRule,;",
  /** Grants permission to create a Firewall rule group. Access level: Write. Resources: firewall-rule-group*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_CreateFirewallRuleGroup.html */
  CreateFirewallRuleGroup: "W|||3;1;|0,2|5|;",
  /** Grants permission to create a Route 53 Resolver on Outposts. Access level: Write. Resources: outpost-resolver*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_CreateOutpostResolver.html */
  CreateOutpostResolver: "W|||5;1;|0,2|outposts:GetOutpost,5|;",
  /** Grants permission to create a Resolver endpoint. There are two types of Resolver endpoints, inbound and outbound. Access level: Write. Resources: resolver-endpoint*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_CreateResolverEndpoint.html */
  CreateResolverEndpoint: "W|||8;1;|0,2|0,2,ec2:DescribeSecurityGroups,3,4,5|;",
  /** Grants permission to create a Resolver query logging configuration, which defines where you want Resolver to save DNS query logs that originate in your VPCs. Access level: Write. Resources: resolver-query-log-config*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_CreateResolverQueryLogConfig.html */
  CreateResolverQueryLogConfig: "W|||9;1;|0,2|5|;",
  /** Grants permission to define how to route queries originating from your VPC out of the VPC. Access level: Write. Resources: resolver-rule*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_CreateResolverRule.html */
  CreateResolverRule: "W|||10;1;|0,2|5|;",
  /** Grants permission to delete a Firewall domain list. Access level: Write. Resources: firewall-domain-list*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_DeleteFirewallDomainList.html */
  DeleteFirewallDomainList: "W|||2;1;|||;",
  /** Grants permission to delete a Firewall rule within a Firewall rule group. Access level: Write. Resources: firewall-domain-list*, firewall-rule-group*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_DeleteFirewallRule.html */
  DeleteFirewallRule: "W|||2;1;,3;1;|||BatchDeleteFirewallRule,;",
  /** Grants permission to delete a Firewall rule group. Access level: Write. Resources: firewall-rule-group*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_DeleteFirewallRuleGroup.html */
  DeleteFirewallRuleGroup: "W|||3;1;|||;",
  /** Grants permission to delete a Route 53 Resolver on Outposts. Access level: Write. Resources: outpost-resolver*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_DeleteOutpostResolver.html */
  DeleteOutpostResolver: "W|||5;1;|||;",
  /** Grants permission to delete a Resolver endpoint. The effect of deleting a Resolver endpoint depends on whether it's an inbound or an outbound endpoint. Access level: Write. Resources: resolver-endpoint*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_DeleteResolverEndpoint.html */
  DeleteResolverEndpoint: "W|||8;1;||1,2|;",
  /** Grants permission to delete a Resolver query logging configuration. Access level: Write. Resources: resolver-query-log-config*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_DeleteResolverQueryLogConfig.html */
  DeleteResolverQueryLogConfig: "W|||9;1;|||;",
  /** Grants permission to delete a Resolver rule. Access level: Write. Resources: resolver-rule*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_DeleteResolverRule.html */
  DeleteResolverRule: "W|||10;1;|||;",
  /** Grants permission to remove the association between a specified Firewall rule group and a specified VPC. Access level: Write. Resources: firewall-rule-group-association*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_DisassociateFirewallRuleGroup.html */
  DisassociateFirewallRuleGroup: "W|||4;1;|||;",
  /** Grants permission to remove a specified IP address from a Resolver endpoint. This is an IP address that DNS queries pass through on the way to your network (outbound) or your VPCs (inbound). Access level: Write. Resources: resolver-endpoint*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_DisassociateResolverEndpointIpAddress.html */
  DisassociateResolverEndpointIpAddress: "W|||8;1;||1,2|;",
  /** Grants permission to remove the association between a specified Resolver query logging configuration and a specified VPC. Access level: Write. Resources: resolver-query-log-config*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_DisassociateResolverQueryLogConfig.html */
  DisassociateResolverQueryLogConfig: "W|||9;1;|||;",
  /** Grants permission to remove the association between a specified Resolver rule and a specified VPC. Access level: Write. Resources: resolver-rule*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_DisassociateResolverRule.html */
  DisassociateResolverRule: "W|||10;1;|||;",
  /** Grants permission to get information about a specified Firewall config. Access level: Read. Resources: firewall-config*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_GetFirewallConfig.html */
  GetFirewallConfig: "R|||1;1;||4|;",
  /** Grants permission to get information about a specified Firewall domain list. Access level: Read. Resources: firewall-domain-list*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_GetFirewallDomainList.html */
  GetFirewallDomainList: "R|||2;1;|||;",
  /** Grants permission to get information about a specified Firewall rule group. Access level: Read. Resources: firewall-rule-group*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_GetFirewallRuleGroup.html */
  GetFirewallRuleGroup: "R|||3;1;|||;",
  /** Grants permission to get information about an association between a specified Firewall rule group and a VPC. Access level: Read. Resources: firewall-rule-group-association*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_GetFirewallRuleGroupAssociation.html */
  GetFirewallRuleGroupAssociation: "R|||4;1;|||;",
  /** Grants permission to get information about a specified Firewall rule group policy, which specifies the Firewall rule group operations and resources that you want to allow another AWS account to use. Access level: Read. Resources: firewall-rule-group*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_GetFirewallRuleGroupPolicy.html */
  GetFirewallRuleGroupPolicy: "R|||3;1;|||;",
  /** Grants permission to get information about a specified Route 53 Resolver on Outposts. Access level: Read. Resources: outpost-resolver*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_GetOutpostResolver.html */
  GetOutpostResolver: "R|||5;1;|||;",
  /** Grants permission to get the Resolver Config status within the specified resource. Access level: Read. Resources: resolver-config*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_GetResolverConfig.html */
  GetResolverConfig: "R|||6;1;||4|;",
  /** Grants permission to get the DNSSEC validation support status for DNS queries within the specified resource. Access level: Read. Resources: resolver-dnssec-config*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_GetResolverDnssecConfig.html */
  GetResolverDnssecConfig: "R|||7;1;|||;",
  /** Grants permission to get information about a specified Resolver endpoint, such as whether it's an inbound or an outbound endpoint, and the IP addresses in your VPC that DNS queries are forwarded to on the way into or out of your VPC. Access level: Read. Resources: resolver-endpoint*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_GetResolverEndpoint.html */
  GetResolverEndpoint: "R|||8;1;|||;",
  /** Grants permission to get information about a specified Resolver query logging configuration, such as the number of VPCs that the configuration is logging queries for and the location that logs are sent to. Access level: Read. Resources: resolver-query-log-config*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_GetResolverQueryLogConfig.html */
  GetResolverQueryLogConfig: "R|||9;1;||4|;",
  /** Grants permission to get information about a specified association between a Resolver query logging configuration and an Amazon VPC. When you associate a VPC with a query logging configuration, Resolver logs DNS queries that originate in that VPC. Access level: Read. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_GetResolverQueryLogConfigAssociation.html */
  GetResolverQueryLogConfigAssociation: "R||||||;",
  /** Grants permission to get information about a specified Resolver query logging policy, which specifies the Resolver query logging operations and resources that you want to allow another AWS account to use. Access level: Read. Resources: resolver-query-log-config*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_GetResolverQueryLogConfigPolicy.html */
  GetResolverQueryLogConfigPolicy: "R|||9;1;|||;",
  /** Grants permission to get information about a specified Resolver rule, such as the domain name that the rule forwards DNS queries for and the IP address that queries are forwarded to. Access level: Read. Resources: autodefined-rule, resolver-rule. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_GetResolverRule.html */
  GetResolverRule: "R|||0;0;,10;0;|||;",
  /** Grants permission to get information about an association between a specified Resolver rule and a VPC. Access level: Read. Resources: autodefined-rule, resolver-rule. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_GetResolverRuleAssociation.html */
  GetResolverRuleAssociation: "R|||0;0;,10;0;|||;",
  /** Grants permission to get information about a Resolver rule policy, which specifies the Resolver operations and resources that you want to allow another AWS account to use. Access level: Read. Resources: resolver-rule*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_GetResolverRulePolicy.html */
  GetResolverRulePolicy: "R|||10;1;|||;",
  /** Grants permission to add, remove or replace Firewall domains in a Firewall domain list. Access level: Write. Resources: firewall-domain-list*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_ImportFirewallDomains.html */
  ImportFirewallDomains: "W|||2;1;|||;",
  /** Grants permission to list all the Firewall config that current AWS account is able to check. Access level: List. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_ListFirewallConfigs.html */
  ListFirewallConfigs: "L|||||4|;",
  /** Grants permission to list all the Firewall domain list that current AWS account is able to use. Access level: List. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_ListFirewallDomainLists.html */
  ListFirewallDomainLists: "L||||||;",
  /** Grants permission to list all the Firewall domain under a specified Firewall domain list. Access level: List. Resources: firewall-domain-list*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_ListFirewallDomains.html */
  ListFirewallDomains: "L|||2;1;|||;",
  /** Grants permission to list information about associations between Amazon VPCs and Firewall rule group. Access level: List. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_ListFirewallRuleGroupAssociations.html */
  ListFirewallRuleGroupAssociations: "L||||||;",
  /** Grants permission to list all the Firewall rule group that current AWS account is able to use. Access level: List. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_ListFirewallRuleGroups.html */
  ListFirewallRuleGroups: "L||||||;",
  /** Grants permission to list the types of Firewall rules that are available for use, including firewall advanced content category. Access level: List. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_ListFirewallRuleTypes.html */
  ListFirewallRuleTypes: "L||||||;",
  /** Grants permission to list all the Firewall rule under a specified Firewall rule group. Access level: List. Resources: firewall-rule-group*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_ListFirewallRules.html */
  ListFirewallRules: "L|||3;1;|||;",
  /** Grants permission to list all instances of Route 53 Resolver on Outposts that were created using the current AWS account. Access level: List. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_ListOutpostResolvers.html */
  ListOutpostResolvers: "L||||||;",
  /** Grants permission to list Resolver Config statuses. Access level: List. Resources: resolver-config*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_ListResolverConfigs.html */
  ListResolverConfigs: "L|||6;1;||4|;",
  /** Grants permission to list the DNSSEC validation support status for DNS queries. Access level: List. Resources: resolver-dnssec-config*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_ListResolverDnssecConfigs.html */
  ListResolverDnssecConfigs: "L|||7;1;|||;",
  /** Grants permission to list the IP addresses that DNS queries pass through on the way to your network (outbound) or your VPCs (inbound) for a specified Resolver endpoint. Access level: List. Resources: resolver-endpoint*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_ListResolverEndpointIpAddresses.html */
  ListResolverEndpointIpAddresses: "L|||8;1;|||;",
  /** Grants permission to list all the Resolver endpoints that were created using the current AWS account. Access level: List. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_ListResolverEndpoints.html */
  ListResolverEndpoints: "L||||||;",
  /** Grants permission to list information about associations between Amazon VPCs and query logging configurations. Access level: List. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_ListResolverQueryLogConfigAssociations.html */
  ListResolverQueryLogConfigAssociations: "L|||||4|;",
  /** Grants permission to list information about the specified query logging configurations, which define where you want Resolver to save DNS query logs and specify the VPCs that you want to log queries for. Access level: List. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_ListResolverQueryLogConfigs.html */
  ListResolverQueryLogConfigs: "L|||||4|;",
  /** Grants permission to list the associations that were created between Resolver rules and VPCs using the current AWS account. Access level: List. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_ListResolverRuleAssociations.html */
  ListResolverRuleAssociations: "L|||||4|;",
  /** Grants permission to list the Resolver rules that were created using the current AWS account. Access level: List. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_ListResolverRules.html */
  ListResolverRules: "L||||||;",
  /** Grants permission to list the tags that you associated with the specified resource. Access level: Read. Resources: firewall-domain-list, firewall-rule-group, firewall-rule-group-association, outpost-resolver, resolver-endpoint, resolver-query-log-config, resolver-rule. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_ListTagsForResource.html */
  ListTagsForResource: "R|||2;0;,3;0;,4;0;,5;0;,8;0;,9;0;,10;0;|||;",
  /** Grants permission to specify an AWS account that you want to share a Firewall rule group with, the Firewall rule group that you want to share, and the operations that you want the account to be able to perform on the configuration. Access level: Permissions management. Resources: firewall-rule-group*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_PutFirewallRuleGroupPolicy.html */
  PutFirewallRuleGroupPolicy: "P|||3;1;|||;",
  /** Grants permission to specify an AWS account that you want to share a query logging configuration with, the query logging configuration that you want to share, and the operations that you want the account to be able to perform on the configuration. Access level: Permissions management. Resources: resolver-query-log-config*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_PutResolverQueryLogConfigPolicy.html */
  PutResolverQueryLogConfigPolicy: "P|||9;1;|||;",
  /** Grants permission to specify an AWS account that you want to share rules with, the Resolver rules that you want to share, and the operations that you want the account to be able to perform on those rules. Access level: Permissions management. Resources: resolver-rule*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_PutResolverRulePolicy.html */
  PutResolverRulePolicy: "P|||10;1;|||;",
  /** Grants permission to add one or more tags to a specified resource. Access level: Tagging. Resources: firewall-config, firewall-domain-list, firewall-rule-group, firewall-rule-group-association, outpost-resolver, resolver-dnssec-config, resolver-endpoint, resolver-query-log-config, resolver-rule. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_TagResource.html */
  TagResource:
    "T|||1;0;,2;0;,3;0;,4;0;,5;0;,7;0;,8;0;,9;0;,10;0;|0,2||AssociateFirewallRuleGroup,CreateFirewallDomainList,CreateFirewallRuleGroup,CreateOutpostResolver,CreateResolverEndpoint,CreateResolverQueryLogConfig,CreateResolverRule,;",
  /** Grants permission to remove one or more tags from a specified resource. Access level: Tagging. Resources: firewall-config, firewall-domain-list, firewall-rule-group, firewall-rule-group-association, outpost-resolver, resolver-dnssec-config, resolver-endpoint, resolver-query-log-config, resolver-rule. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_UntagResource.html */
  UntagResource: "T|||1;0;,2;0;,3;0;,4;0;,5;0;,7;0;,8;0;,9;0;,10;0;|2||;",
  /** Grants permission to update selected settings for an Firewall config. Access level: Write. Resources: firewall-config*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_UpdateFirewallConfig.html */
  UpdateFirewallConfig: "W|||1;1;||4|;",
  /** Grants permission to add, remove or replace Firewall domains in a Firewall domain list. Access level: Write. Resources: firewall-domain-list*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_UpdateFirewallDomains.html */
  UpdateFirewallDomains: "W|||2;1;|||;",
  /** Grants permission to update selected settings for an Firewall rule in a Firewall rule group. Access level: Write. Resources: firewall-domain-list*, firewall-rule-group*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_UpdateFirewallRule.html */
  UpdateFirewallRule: "W|||2;1;,3;1;|||BatchUpdateFirewallRule,;",
  /** Grants permission to update selected settings for an Firewall rule group association. Access level: Write. Resources: firewall-rule-group-association*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_UpdateFirewallRuleGroupAssociation.html */
  UpdateFirewallRuleGroupAssociation: "W|||4;1;|||;",
  /** Grants permission to update seletected settings for a specified Route 53 Resolver on Outposts. Access level: Write. Resources: outpost-resolver*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_UpdateOutpostResolver.html */
  UpdateOutpostResolver: "W|||5;1;|||;",
  /** Grants permission to update the Resolver Config status within the specified resource. Access level: Write. Resources: resolver-config*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_UpdateResolverConfig.html */
  UpdateResolverConfig: "W|||6;1;||4|;",
  /** Grants permission to update the DNSSEC validation support status for DNS queries within the specified resource. Access level: Write. Resources: resolver-dnssec-config*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_UpdateResolverDnssecConfig.html */
  UpdateResolverDnssecConfig: "W|||7;1;|||;",
  /** Grants permission to update selected settings for an inbound or an outbound Resolver endpoint. Access level: Write. Resources: resolver-endpoint*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_UpdateResolverEndpoint.html */
  UpdateResolverEndpoint:
    "W|||8;1;||ec2:AssignIpv6Addresses,2,3,ec2:ModifyNetworkInterfaceAttribute,ec2:UnassignIpv6Addresses|;",
  /** Grants permission to update settings for a specified Resolver rule. Access level: Write. Resources: resolver-rule*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_UpdateResolverRule.html */
  UpdateResolverRule: "W|||10;1;|||;",
} as const;
const actionDetails = {
  AssociateFirewallRuleGroup:
    "|,;~~~|Grants permission to associate an Amazon VPC with a specified firewall rule group",
  AssociateResolverEndpointIpAddress:
    "|,;~~~|Grants permission to associate a specified IP address with a Resolver endpoint. This is an IP address that DNS queries pass through on the way to your network (outbound) or your VPCs (inbound)",
  AssociateResolverQueryLogConfig:
    "|,;~~~|Grants permission to associate an Amazon VPC with a specified query logging configuration",
  AssociateResolverRule: "|,;~~~|Grants permission to associate a specified Resolver rule with a specified VPC",
  CreateFirewallDomainList: "|,;~~~|Grants permission to create a Firewall domain list",
  CreateFirewallRule: "|,;~~~,~~|Grants permission to create a Firewall rule within a Firewall rule group",
  CreateFirewallRuleGroup: "|,;~~~|Grants permission to create a Firewall rule group",
  CreateOutpostResolver: "|,;~~~|Grants permission to create a Route 53 Resolver on Outposts",
  CreateResolverEndpoint:
    "|,;~~~|Grants permission to create a Resolver endpoint. There are two types of Resolver endpoints, inbound and outbound",
  CreateResolverQueryLogConfig:
    "|,;~~~|Grants permission to create a Resolver query logging configuration, which defines where you want Resolver to save DNS query logs that originate in your VPCs",
  CreateResolverRule:
    "|,;~~~|Grants permission to define how to route queries originating from your VPC out of the VPC",
  DeleteFirewallDomainList: "|,;~~~|Grants permission to delete a Firewall domain list",
  DeleteFirewallRule: "|,;~~~,~~|Grants permission to delete a Firewall rule within a Firewall rule group",
  DeleteFirewallRuleGroup: "|,;~~~|Grants permission to delete a Firewall rule group",
  DeleteOutpostResolver: "|,;~~~|Grants permission to delete a Route 53 Resolver on Outposts",
  DeleteResolverEndpoint:
    "|,;~~~|Grants permission to delete a Resolver endpoint. The effect of deleting a Resolver endpoint depends on whether it's an inbound or an outbound endpoint",
  DeleteResolverQueryLogConfig: "|,;~~~|Grants permission to delete a Resolver query logging configuration",
  DeleteResolverRule: "|,;~~~|Grants permission to delete a Resolver rule",
  DisassociateFirewallRuleGroup:
    "|,;~~~|Grants permission to remove the association between a specified Firewall rule group and a specified VPC",
  DisassociateResolverEndpointIpAddress:
    "|,;~~~|Grants permission to remove a specified IP address from a Resolver endpoint. This is an IP address that DNS queries pass through on the way to your network (outbound) or your VPCs (inbound)",
  DisassociateResolverQueryLogConfig:
    "|,;~~~|Grants permission to remove the association between a specified Resolver query logging configuration and a specified VPC",
  DisassociateResolverRule:
    "|,;~~~|Grants permission to remove the association between a specified Resolver rule and a specified VPC",
  GetFirewallConfig: "|,;~~~|Grants permission to get information about a specified Firewall config",
  GetFirewallDomainList: "|,;~~~|Grants permission to get information about a specified Firewall domain list",
  GetFirewallRuleGroup: "|,;~~~|Grants permission to get information about a specified Firewall rule group",
  GetFirewallRuleGroupAssociation:
    "|,;~~~|Grants permission to get information about an association between a specified Firewall rule group and a VPC",
  GetFirewallRuleGroupPolicy:
    "|,;~~~|Grants permission to get information about a specified Firewall rule group policy, which specifies the Firewall rule group operations and resources that you want to allow another AWS account to use",
  GetOutpostResolver: "|,;~~~|Grants permission to get information about a specified Route 53 Resolver on Outposts",
  GetResolverConfig: "|,;~~~|Grants permission to get the Resolver Config status within the specified resource",
  GetResolverDnssecConfig:
    "|,;~~~|Grants permission to get the DNSSEC validation support status for DNS queries within the specified resource",
  GetResolverEndpoint:
    "|,;~~~|Grants permission to get information about a specified Resolver endpoint, such as whether it's an inbound or an outbound endpoint, and the IP addresses in your VPC that DNS queries are forwarded to on the way into or out of your VPC",
  GetResolverQueryLogConfig:
    "|,;~~~|Grants permission to get information about a specified Resolver query logging configuration, such as the number of VPCs that the configuration is logging queries for and the location that logs are sent to",
  GetResolverQueryLogConfigAssociation:
    "|,;~~~|Grants permission to get information about a specified association between a Resolver query logging configuration and an Amazon VPC. When you associate a VPC with a query logging configuration, Resolver logs DNS queries that originate in that VPC",
  GetResolverQueryLogConfigPolicy:
    "|,;~~~|Grants permission to get information about a specified Resolver query logging policy, which specifies the Resolver query logging operations and resources that you want to allow another AWS account to use",
  GetResolverRule:
    "|,;~~~|Grants permission to get information about a specified Resolver rule, such as the domain name that the rule forwards DNS queries for and the IP address that queries are forwarded to",
  GetResolverRuleAssociation:
    "|,;~~~|Grants permission to get information about an association between a specified Resolver rule and a VPC",
  GetResolverRulePolicy:
    "|,;~~~|Grants permission to get information about a Resolver rule policy, which specifies the Resolver operations and resources that you want to allow another AWS account to use",
  ImportFirewallDomains:
    "|,;~~~|Grants permission to add, remove or replace Firewall domains in a Firewall domain list",
  ListFirewallConfigs:
    "|,;~~~|Grants permission to list all the Firewall config that current AWS account is able to check",
  ListFirewallDomainLists:
    "|,;~~~|Grants permission to list all the Firewall domain list that current AWS account is able to use",
  ListFirewallDomains:
    "|,;~~~|Grants permission to list all the Firewall domain under a specified Firewall domain list",
  ListFirewallRuleGroupAssociations:
    "|,;~~~|Grants permission to list information about associations between Amazon VPCs and Firewall rule group",
  ListFirewallRuleGroups:
    "|,;~~~|Grants permission to list all the Firewall rule group that current AWS account is able to use",
  ListFirewallRuleTypes:
    "|,;~~~|Grants permission to list the types of Firewall rules that are available for use, including firewall advanced content category",
  ListFirewallRules: "|,;~~~|Grants permission to list all the Firewall rule under a specified Firewall rule group",
  ListOutpostResolvers:
    "|,;~~~|Grants permission to list all instances of Route 53 Resolver on Outposts that were created using the current AWS account",
  ListResolverConfigs: "|,;~~~|Grants permission to list Resolver Config statuses",
  ListResolverDnssecConfigs: "|,;~~~|Grants permission to list the DNSSEC validation support status for DNS queries",
  ListResolverEndpointIpAddresses:
    "|,;~~~|Grants permission to list the IP addresses that DNS queries pass through on the way to your network (outbound) or your VPCs (inbound) for a specified Resolver endpoint",
  ListResolverEndpoints:
    "|,;~~~|Grants permission to list all the Resolver endpoints that were created using the current AWS account",
  ListResolverQueryLogConfigAssociations:
    "|,;~~~|Grants permission to list information about associations between Amazon VPCs and query logging configurations",
  ListResolverQueryLogConfigs:
    "|,;~~~|Grants permission to list information about the specified query logging configurations, which define where you want Resolver to save DNS query logs and specify the VPCs that you want to log queries for",
  ListResolverRuleAssociations:
    "|,;~~~|Grants permission to list the associations that were created between Resolver rules and VPCs using the current AWS account",
  ListResolverRules:
    "|,;~~~|Grants permission to list the Resolver rules that were created using the current AWS account",
  ListTagsForResource: "|,;~~~|Grants permission to list the tags that you associated with the specified resource",
  PutFirewallRuleGroupPolicy:
    "|,;~~~|Grants permission to specify an AWS account that you want to share a Firewall rule group with, the Firewall rule group that you want to share, and the operations that you want the account to be able to perform on the configuration",
  PutResolverQueryLogConfigPolicy:
    "|,;~~~|Grants permission to specify an AWS account that you want to share a query logging configuration with, the query logging configuration that you want to share, and the operations that you want the account to be able to perform on the configuration",
  PutResolverRulePolicy:
    "|,;~~~|Grants permission to specify an AWS account that you want to share rules with, the Resolver rules that you want to share, and the operations that you want the account to be able to perform on those rules",
  TagResource: "|,;~~~,~~,~~,~~,~~,~~,~~,~~|Grants permission to add one or more tags to a specified resource",
  UntagResource: "|,;~~~|Grants permission to remove one or more tags from a specified resource",
  UpdateFirewallConfig: "|,;~~~|Grants permission to update selected settings for an Firewall config",
  UpdateFirewallDomains:
    "|,;~~~|Grants permission to add, remove or replace Firewall domains in a Firewall domain list",
  UpdateFirewallRule:
    "|,;~~~,~~|Grants permission to update selected settings for an Firewall rule in a Firewall rule group",
  UpdateFirewallRuleGroupAssociation:
    "|,;~~~|Grants permission to update selected settings for an Firewall rule group association",
  UpdateOutpostResolver:
    "|,;~~~|Grants permission to update seletected settings for a specified Route 53 Resolver on Outposts",
  UpdateResolverConfig: "|,;~~~|Grants permission to update the Resolver Config status within the specified resource",
  UpdateResolverDnssecConfig:
    "|,;~~~|Grants permission to update the DNSSEC validation support status for DNS queries within the specified resource",
  UpdateResolverEndpoint:
    "|,;~~~|Grants permission to update selected settings for an inbound or an outbound Resolver endpoint",
  UpdateResolverRule: "|,;~~~|Grants permission to update settings for a specified Resolver rule",
};
const resourceTypeFacts = {
  /** The autodefined-rule resource type: arn:${Partition}:route53resolver:${Region}:${Account}:autodefined-rule/${ResourceId} */
  "autodefined-rule": "|,autodefinedRule|1",
  /** The firewall-config resource type: arn:${Partition}:route53resolver:${Region}:${Account}:firewall-config/${ResourceId} */
  "firewall-config": "|,firewallConfig|1",
  /** The firewall-domain-list resource type: arn:${Partition}:route53resolver:${Region}:${Account}:firewall-domain-list/${ResourceId} */
  "firewall-domain-list": "|,firewallDomainList|1",
  /** The firewall-rule-group resource type: arn:${Partition}:route53resolver:${Region}:${Account}:firewall-rule-group/${ResourceId} */
  "firewall-rule-group": "|,firewallRuleGroup|1",
  /** The firewall-rule-group-association resource type: arn:${Partition}:route53resolver:${Region}:${Account}:firewall-rule-group-association/${ResourceId} */
  "firewall-rule-group-association": "|,firewallRuleGroupAssociation|1",
  /** The outpost-resolver resource type: arn:${Partition}:route53resolver:${Region}:${Account}:outpost-resolver/${ResourceId} */
  "outpost-resolver": "|,outpostResolver|1",
  /** The resolver-config resource type: arn:${Partition}:route53resolver:${Region}:${Account}:resolver-config/${ResourceId} */
  "resolver-config": "|,resolverConfig|",
  /** The resolver-dnssec-config resource type: arn:${Partition}:route53resolver:${Region}:${Account}:resolver-dnssec-config/${ResourceId} */
  "resolver-dnssec-config": "|,resolverDnssecConfig|1",
  /** The resolver-endpoint resource type: arn:${Partition}:route53resolver:${Region}:${Account}:resolver-endpoint/${ResourceId} */
  "resolver-endpoint": "|,resolverEndpoint|1",
  /** The resolver-query-log-config resource type: arn:${Partition}:route53resolver:${Region}:${Account}:resolver-query-log-config/${ResourceId} */
  "resolver-query-log-config": "|,resolverQueryLogConfig|1",
  /** The resolver-rule resource type: arn:${Partition}:route53resolver:${Region}:${Account}:resolver-rule/${ResourceId} */
  "resolver-rule": "|,resolverRule|1",
} as const;
const arnFormats = {
  /** ARN of a autodefined-rule resource: arn:${Partition}:route53resolver:${Region}:${Account}:autodefined-rule/${ResourceId}. */
  autodefinedRule:
    "|,autodefined-rule|arn:|Partition|:route53resolver:|Region|:|Account|:autodefined-rule/|ResourceId|",
  /** ARN of a firewall-config resource: arn:${Partition}:route53resolver:${Region}:${Account}:firewall-config/${ResourceId}. */
  firewallConfig: "|,firewall-config|arn:|Partition|:route53resolver:|Region|:|Account|:firewall-config/|ResourceId|",
  /** ARN of a firewall-domain-list resource: arn:${Partition}:route53resolver:${Region}:${Account}:firewall-domain-list/${ResourceId}. */
  firewallDomainList:
    "|,firewall-domain-list|arn:|Partition|:route53resolver:|Region|:|Account|:firewall-domain-list/|ResourceId|",
  /** ARN of a firewall-rule-group resource: arn:${Partition}:route53resolver:${Region}:${Account}:firewall-rule-group/${ResourceId}. */
  firewallRuleGroup:
    "|,firewall-rule-group|arn:|Partition|:route53resolver:|Region|:|Account|:firewall-rule-group/|ResourceId|",
  /** ARN of a firewall-rule-group-association resource: arn:${Partition}:route53resolver:${Region}:${Account}:firewall-rule-group-association/${ResourceId}. */
  firewallRuleGroupAssociation:
    "|,firewall-rule-group-association|arn:|Partition|:route53resolver:|Region|:|Account|:firewall-rule-group-association/|ResourceId|",
  /** ARN of a outpost-resolver resource: arn:${Partition}:route53resolver:${Region}:${Account}:outpost-resolver/${ResourceId}. */
  outpostResolver:
    "|,outpost-resolver|arn:|Partition|:route53resolver:|Region|:|Account|:outpost-resolver/|ResourceId|",
  /** ARN of a resolver-config resource: arn:${Partition}:route53resolver:${Region}:${Account}:resolver-config/${ResourceId}. */
  resolverConfig: "|,resolver-config|arn:|Partition|:route53resolver:|Region|:|Account|:resolver-config/|ResourceId|",
  /** ARN of a resolver-dnssec-config resource: arn:${Partition}:route53resolver:${Region}:${Account}:resolver-dnssec-config/${ResourceId}. */
  resolverDnssecConfig:
    "|,resolver-dnssec-config|arn:|Partition|:route53resolver:|Region|:|Account|:resolver-dnssec-config/|ResourceId|",
  /** ARN of a resolver-endpoint resource: arn:${Partition}:route53resolver:${Region}:${Account}:resolver-endpoint/${ResourceId}. */
  resolverEndpoint:
    "|,resolver-endpoint|arn:|Partition|:route53resolver:|Region|:|Account|:resolver-endpoint/|ResourceId|",
  /** ARN of a resolver-query-log-config resource: arn:${Partition}:route53resolver:${Region}:${Account}:resolver-query-log-config/${ResourceId}. */
  resolverQueryLogConfig:
    "|,resolver-query-log-config|arn:|Partition|:route53resolver:|Region|:|Account|:resolver-query-log-config/|ResourceId|",
  /** ARN of a resolver-rule resource: arn:${Partition}:route53resolver:${Region}:${Account}:resolver-rule/${ResourceId}. */
  resolverRule: "|,resolver-rule|arn:|Partition|:route53resolver:|Region|:|Account|:resolver-rule/|ResourceId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "autodefined-rule",
  "firewall-config",
  "firewall-domain-list",
  "firewall-rule-group",
  "firewall-rule-group-association",
  "outpost-resolver",
  "resolver-config",
  "resolver-dnssec-config",
  "resolver-endpoint",
  "resolver-query-log-config",
  "resolver-rule",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "route53resolver">;
/** Any route53resolver action. */
export type Action = ActionOf<typeof actionFacts, "route53resolver">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "route53resolver">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "route53resolver" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every route53resolver action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the presence of tag key-value pairs in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by the presence of tag key-value pairs attached to the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the presence of tag keys in the request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by the presence of tag key-value pairs in the request",
  "aws:ResourceTag/${TagKey}":
    "|,String|0||Filters access by the presence of tag key-value pairs attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the presence of tag keys in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "route53resolver",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
