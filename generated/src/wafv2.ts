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
export const prefix: "wafv2" = "wafv2";
/** The service's name in the reference. */
export const serviceName: "AWS WAF V2" = "AWS WAF V2";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  { name: "AWS WAF V2", url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awswafv2.html" },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "wafv2:LogDestinationResource",
  "wafv2:LogScope",
] as const;
const dependentActionList = [
  "apigateway:SetWebACL",
  "appsync:SetWebACL",
  "elasticloadbalancing:SetWebAcl",
  "wafv2:PutPermissionPolicy",
  "wafv2:TagResource",
] as const;
const actionFacts = {
  /** Grants permission to associate a WebACL with a resource. Access level: Write. Resources: amplify-app, apigateway, apprunner, appsync, loadbalancer/app/, userpool, verified-access-instance, webacl*. https://docs.aws.amazon.com/waf/latest/APIReference/API_AssociateWebACL.html */
  AssociateWebACL:
    "W|||0;0;,1;0;,2;0;,3;0;,5;0;,9;0;,10;0;,11;1;||amplify:AssociateWebACL,0,apprunner:AssociateWebAcl,appsync:AssociateWebACL,1,cognito-idp:AssociateWebACL,ec2:AssociateVerifiedAccessInstanceWebAcl,elasticloadbalancing:CreateWebACLAssociation,2,wafv2:GetPermissionPolicy,3|;",
  /** Grants permission to calculate web ACL capacity unit (WCU) requirements for a specified scope and set of rules. Access level: Read. https://docs.aws.amazon.com/waf/latest/APIReference/API_CheckCapacity.html */
  CheckCapacity: "R||||||;",
  /** Grants permission to create an API key for use in the integration of the CAPTCHA API in your JavaScript client applications. Access level: Write. https://docs.aws.amazon.com/waf/latest/APIReference/API_CreateAPIKey.html */
  CreateAPIKey: "W||||||;",
  /** Grants permission to create an IPSet. Access level: Write. Resources: ipset*. https://docs.aws.amazon.com/waf/latest/APIReference/API_CreateIPSet.html */
  CreateIPSet: "W|||4;1;|0,2|4|;",
  /** Grants permission to create a RegexPatternSet. Access level: Write. Resources: regexpatternset*. https://docs.aws.amazon.com/waf/latest/APIReference/API_CreateRegexPatternSet.html */
  CreateRegexPatternSet: "W|||7;1;|0,2|4|;",
  /** Grants permission to create a RuleGroup. Access level: Write. Resources: ipset, regexpatternset, rulegroup*. https://docs.aws.amazon.com/waf/latest/APIReference/API_CreateRuleGroup.html */
  CreateRuleGroup: "W|||4;0;,7;0;,8;1;|0,2|4|;",
  /** Grants permission to create a WebACL. Access level: Write. Resources: ipset, managedruleset, regexpatternset, rulegroup, webacl*. https://docs.aws.amazon.com/waf/latest/APIReference/API_CreateWebACL.html */
  CreateWebACL: "W|||4;0;,6;0;,7;0;,8;0;,11;1;|0,2|4|;",
  /** Grants permission to delete an API key. Access level: Write. https://docs.aws.amazon.com/waf/latest/APIReference/API_DeleteAPIKey.html */
  DeleteAPIKey: "W||||||;",
  /** Grants permission to delete FirewallManagedRulesGroups from a WebACL if not managed by Firewall Manager anymore. Access level: Write. Resources: webacl*. https://docs.aws.amazon.com/waf/latest/APIReference/API_DeleteFirewallManagerRuleGroups.html */
  DeleteFirewallManagerRuleGroups: "W|||11;1;|||;",
  /** Grants permission to delete an IPSet. Access level: Write. Resources: ipset*. https://docs.aws.amazon.com/waf/latest/APIReference/API_DeleteIPSet.html */
  DeleteIPSet: "W|||4;1;|||;",
  /** Grants permission to delete the LoggingConfiguration from a WebACL. Access level: Write. Resources: webacl*. https://docs.aws.amazon.com/waf/latest/APIReference/API_DeleteLoggingConfiguration.html */
  DeleteLoggingConfiguration: "W|||11;1;|4||;",
  /** Grants permission to delete the PermissionPolicy on a RuleGroup. Access level: Permissions management. Resources: rulegroup*. https://docs.aws.amazon.com/waf/latest/APIReference/API_DeletePermissionPolicy.html */
  DeletePermissionPolicy: "P|||8;1;|||;",
  /** Grants permission to delete a RegexPatternSet. Access level: Write. Resources: regexpatternset*. https://docs.aws.amazon.com/waf/latest/APIReference/API_DeleteRegexPatternSet.html */
  DeleteRegexPatternSet: "W|||7;1;|||;",
  /** Grants permission to delete a RuleGroup. Access level: Write. Resources: rulegroup*. https://docs.aws.amazon.com/waf/latest/APIReference/API_DeleteRuleGroup.html */
  DeleteRuleGroup: "W|||8;1;|||;",
  /** Grants permission to delete a WebACL. Access level: Write. Resources: webacl*. https://docs.aws.amazon.com/waf/latest/APIReference/API_DeleteWebACL.html */
  DeleteWebACL: "W|||11;1;|||;",
  /** Grants permission to retrieve product information for a managed rule group. Access level: Read. https://docs.aws.amazon.com/waf/latest/APIReference/API_DescribeAllManagedProducts.html */
  DescribeAllManagedProducts: "R||||||;",
  /** Grants permission to retrieve product information for a managed rule group by a given vendor. Access level: Read. https://docs.aws.amazon.com/waf/latest/APIReference/API_DescribeManagedProductsByVendor.html */
  DescribeManagedProductsByVendor: "R||||||;",
  /** Grants permission to retrieve high-level information for a managed rule group. Access level: Read. https://docs.aws.amazon.com/waf/latest/APIReference/API_DescribeManagedRuleGroup.html */
  DescribeManagedRuleGroup: "R||||||;",
  /** Grants permission to disassociate Firewall Manager from a WebACL. Access level: Write. Resources: webacl*. Permission only. https://docs.aws.amazon.com/waf/latest/APIReference/API_DisassociateFirewallManager.html */
  DisassociateFirewallManager: "W||1|11;1;|||",
  /** Grants permission to disassociate a WebACL from an application resource. Access level: Write. Resources: amplify-app, apigateway, apprunner, appsync, loadbalancer/app/, userpool, verified-access-instance. https://docs.aws.amazon.com/waf/latest/APIReference/API_DisassociateWebACL.html */
  DisassociateWebACL:
    "W|||0;0;,1;0;,2;0;,3;0;,5;0;,9;0;,10;0;||amplify:DisassociateWebACL,0,apprunner:DisassociateWebAcl,appsync:DisassociateWebACL,1,cognito-idp:DisassociateWebACL,ec2:DisassociateVerifiedAccessInstanceWebAcl,elasticloadbalancing:DeleteWebACLAssociation,2,3|;",
  /** Grants permission to generate a presigned download URL for the specified release of the mobile SDK. Access level: Read. https://docs.aws.amazon.com/waf/latest/APIReference/API_GenerateMobileSdkReleaseUrl.html */
  GenerateMobileSdkReleaseUrl: "R||||||;",
  /** Grants permission to return your API key in decrypted form. Use this to check the token domains that you have defined for the key. Access level: Read. https://docs.aws.amazon.com/waf/latest/APIReference/API_GetDecryptedAPIKey.html */
  GetDecryptedAPIKey: "R||||||;",
  /** Grants permission to retrieve details about an IPSet. Access level: Read. Resources: ipset*. https://docs.aws.amazon.com/waf/latest/APIReference/API_GetIPSet.html */
  GetIPSet: "R|||4;1;|1||;",
  /** Grants permission to retrieve LoggingConfiguration for a WebACL. Access level: Read. Resources: webacl*. https://docs.aws.amazon.com/waf/latest/APIReference/API_GetLoggingConfiguration.html */
  GetLoggingConfiguration: "R|||11;1;|1,4||;",
  /** Grants permission to retrieve details about a ManagedRuleSet. Access level: Read. Resources: managedruleset*. https://docs.aws.amazon.com/waf/latest/APIReference/API_GetManagedRuleSet.html */
  GetManagedRuleSet: "R|||6;1;|||;",
  /** Grants permission to retrieve information for the specified mobile SDK release, including release notes and tags. Access level: Read. https://docs.aws.amazon.com/waf/latest/APIReference/API_GetMobileSdkRelease.html */
  GetMobileSdkRelease: "R||||||;",
  /** Grants permission to retrieve a PermissionPolicy for a RuleGroup. Access level: Read. Resources: rulegroup*. https://docs.aws.amazon.com/waf/latest/APIReference/API_GetPermissionPolicy.html */
  GetPermissionPolicy: "R|||8;1;|||;",
  /** Grants permission to retrieve the keys that are currently blocked by a rate-based rule. Access level: Read. Resources: webacl*. https://docs.aws.amazon.com/waf/latest/APIReference/API_GetRateBasedStatementManagedKeys.html */
  GetRateBasedStatementManagedKeys: "R|||11;1;|1||;",
  /** Grants permission to retrieve details about a RegexPatternSet. Access level: Read. Resources: regexpatternset*. https://docs.aws.amazon.com/waf/latest/APIReference/API_GetRegexPatternSet.html */
  GetRegexPatternSet: "R|||7;1;|1||;",
  /** Grants permission to retrieve details about a RuleGroup. Access level: Read. Resources: rulegroup*. https://docs.aws.amazon.com/waf/latest/APIReference/API_GetRuleGroup.html */
  GetRuleGroup: "R|||8;1;|1||;",
  /** Grants permission to retrieve detailed information about a sampling of web requests. Access level: Read. Resources: webacl*. https://docs.aws.amazon.com/waf/latest/APIReference/API_GetSampledRequests.html */
  GetSampledRequests: "R|||11;1;|||;",
  /** Grants permission to retrieve aggregated path statistics with bot traffic analysis for a WebACL within a specified time window. Access level: Read. Resources: webacl*. https://docs.aws.amazon.com/waf/latest/APIReference/API_GetTopPathStatisticsByTraffic.html */
  GetTopPathStatisticsByTraffic: "R|||11;1;|||;",
  /** Grants permission to retrieve details about a WebACL. Access level: Read. Resources: webacl*. https://docs.aws.amazon.com/waf/latest/APIReference/API_GetWebACL.html */
  GetWebACL: "R|||11;1;|1||;",
  /** Grants permission to retrieve the WebACL that's associated with a resource. Access level: Read. Resources: amplify-app, apigateway, apprunner, appsync, loadbalancer/app/, userpool, verified-access-instance, webacl*. https://docs.aws.amazon.com/waf/latest/APIReference/API_GetWebACLForResource.html */
  GetWebACLForResource:
    "R|||0;0;,1;0;,2;0;,3;0;,5;0;,9;0;,10;0;,11;1;||amplify:GetWebACLForResource,apprunner:DescribeWebAclForService,appsync:GetWebACLForResource,cognito-idp:GetWebACLForResource,ec2:GetVerifiedAccessInstanceWebAcl,elasticloadbalancing:GetLoadBalancerWebACL,wafv2:GetWebACL|;",
  /** Grants permission to retrieve a list of the API keys that you've defined for the specified scope. Access level: List. https://docs.aws.amazon.com/waf/latest/APIReference/API_ListAPIKeys.html */
  ListAPIKeys: "L||||||;",
  /** Grants permission to retrieve an array of managed rule group versions that are available for you to use. Access level: List. https://docs.aws.amazon.com/waf/latest/APIReference/API_ListAvailableManagedRuleGroupVersions.html */
  ListAvailableManagedRuleGroupVersions: "L||||||;",
  /** Grants permission to retrieve an array of managed rule groups that are available for you to use. Access level: List. https://docs.aws.amazon.com/waf/latest/APIReference/API_ListAvailableManagedRuleGroups.html */
  ListAvailableManagedRuleGroups: "L||||||;",
  /** Grants permission to retrieve an array of IPSetSummary objects for the IP sets that you manage. Access level: List. https://docs.aws.amazon.com/waf/latest/APIReference/API_ListIPSets.html */
  ListIPSets: "L||||||;",
  /** Grants permission to retrieve an array of your LoggingConfiguration objects. Access level: List. https://docs.aws.amazon.com/waf/latest/APIReference/API_ListLoggingConfigurations.html */
  ListLoggingConfigurations: "L||||4||;",
  /** Grants permission to retrieve an array of your ManagedRuleSet objects. Access level: List. https://docs.aws.amazon.com/waf/latest/APIReference/API_ListManagedRuleSets.html */
  ListManagedRuleSets: "L||||||;",
  /** Grants permission to retrieve a list of the available releases for the mobile SDK and the specified device platform. Access level: List. https://docs.aws.amazon.com/waf/latest/APIReference/API_ListMobileSdkReleases.html */
  ListMobileSdkReleases: "L||||||;",
  /** Grants permission to retrieve an array of RegexPatternSetSummary objects for the regex pattern sets that you manage. Access level: List. https://docs.aws.amazon.com/waf/latest/APIReference/API_ListRegexPatternSets.html */
  ListRegexPatternSets: "L||||||;",
  /** Grants permission to retrieve an array of the Amazon Resource Names (ARNs) for the resources that are associated with a web ACL. Access level: List. Resources: amplify-app, apprunner, userpool, verified-access-instance, webacl*. https://docs.aws.amazon.com/waf/latest/APIReference/API_ListResourcesForWebACL.html */
  ListResourcesForWebACL:
    "L|||0;0;,2;0;,9;0;,10;0;,11;1;||amplify:ListResourcesForWebACL,apprunner:ListAssociatedServicesForWebAcl,appsync:ListResourcesForWebACL,cognito-idp:ListResourcesForWebACL,ec2:DescribeVerifiedAccessInstanceWebAclAssociations,elasticloadbalancing:DescribeWebACLAssociation|;",
  /** Grants permission to retrieve an array of RuleGroupSummary objects for the rule groups that you manage. Access level: List. https://docs.aws.amazon.com/waf/latest/APIReference/API_ListRuleGroups.html */
  ListRuleGroups: "L||||||;",
  /** Grants permission to list tags for a resource. Access level: Read. Resources: ipset, regexpatternset, rulegroup, webacl. https://docs.aws.amazon.com/waf/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||4;0;,7;0;,8;0;,11;0;|1||;",
  /** Grants permission to retrieve an array of WebACLSummary objects for the web ACLs that you manage. Access level: List. https://docs.aws.amazon.com/waf/latest/APIReference/API_ListWebACLs.html */
  ListWebACLs: "L||||||;",
  /** Grants permission to create FirewallManagedRulesGroups in a WebACL. Access level: Write. Resources: webacl*. Permission only. https://docs.aws.amazon.com/waf/latest/APIReference/API_PutFirewallManagerRuleGroups.html */
  PutFirewallManagerRuleGroups: "W||1|11;1;|||",
  /** Grants permission to enable a LoggingConfiguration, to start logging for a web ACL. Access level: Write. Resources: webacl*. https://docs.aws.amazon.com/waf/latest/APIReference/API_PutLoggingConfiguration.html */
  PutLoggingConfiguration: "W|||11;1;|3,4|iam:CreateServiceLinkedRole|;",
  /** Grants permission to enable create a new or update an existing version of a ManagedRuleSet. Access level: Write. Resources: managedruleset*, rulegroup*. https://docs.aws.amazon.com/waf/latest/APIReference/API_PutManagedRuleSetVersions.html */
  PutManagedRuleSetVersions: "W|||6;1;,8;1;|||;",
  /** Grants permission to attach an IAM policy to a resource, used to share rule groups between accounts. Access level: Permissions management. Resources: rulegroup*. https://docs.aws.amazon.com/waf/latest/APIReference/API_PutPermissionPolicy.html */
  PutPermissionPolicy: "P|||8;1;|||;",
  /** Grants permission to associate tags with a AWS resource. Access level: Tagging. Resources: ipset, regexpatternset, rulegroup, webacl. https://docs.aws.amazon.com/waf/latest/APIReference/API_TagResource.html */
  TagResource: "T|||4;0;,7;0;,8;0;,11;0;|0,1,2||CreateIPSet,CreateRegexPatternSet,CreateRuleGroup,CreateWebACL,;",
  /** Grants permission to disassociate tags from an AWS resource. Access level: Tagging. Resources: ipset, regexpatternset, rulegroup, webacl. https://docs.aws.amazon.com/waf/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||4;0;,7;0;,8;0;,11;0;|2||;",
  /** Grants permission to update an IPSet. Access level: Write. Resources: ipset*. https://docs.aws.amazon.com/waf/latest/APIReference/API_UpdateIPSet.html */
  UpdateIPSet: "W|||4;1;|1||;",
  /** Grants permission to update the expiry date of a version in ManagedRuleSet. Access level: Write. Resources: managedruleset*. https://docs.aws.amazon.com/waf/latest/APIReference/API_UpdateManagedRuleSetVersionExpiryDate.html */
  UpdateManagedRuleSetVersionExpiryDate: "W|||6;1;|||;",
  /** Grants permission to update a RegexPatternSet. Access level: Write. Resources: regexpatternset*. https://docs.aws.amazon.com/waf/latest/APIReference/API_UpdateRegexPatternSet.html */
  UpdateRegexPatternSet: "W|||7;1;|1||;",
  /** Grants permission to update a RuleGroup. Access level: Write. Resources: ipset, regexpatternset, rulegroup*. https://docs.aws.amazon.com/waf/latest/APIReference/API_UpdateRuleGroup.html */
  UpdateRuleGroup: "W|||4;0;,7;0;,8;1;|1||;",
  /** Grants permission to update a WebACL. Access level: Write. Resources: ipset, managedruleset, regexpatternset, rulegroup, webacl*. https://docs.aws.amazon.com/waf/latest/APIReference/API_UpdateWebACL.html */
  UpdateWebACL: "W|||4;0;,6;0;,7;0;,8;0;,11;1;|1||;",
} as const;
const actionDetails = {
  AssociateWebACL: "|,;~~~|Grants permission to associate a WebACL with a resource",
  CheckCapacity:
    "|,;~~~|Grants permission to calculate web ACL capacity unit (WCU) requirements for a specified scope and set of rules",
  CreateAPIKey:
    "|,;~~~|Grants permission to create an API key for use in the integration of the CAPTCHA API in your JavaScript client applications",
  CreateIPSet: "|,;~~~|Grants permission to create an IPSet",
  CreateRegexPatternSet: "|,;~~~|Grants permission to create a RegexPatternSet",
  CreateRuleGroup: "|,;~~~|Grants permission to create a RuleGroup",
  CreateWebACL: "|,;~~~|Grants permission to create a WebACL",
  DeleteAPIKey: "|,;~~~|Grants permission to delete an API key",
  DeleteFirewallManagerRuleGroups:
    "|,;~~~|Grants permission to delete FirewallManagedRulesGroups from a WebACL if not managed by Firewall Manager anymore",
  DeleteIPSet: "|,;~~~|Grants permission to delete an IPSet",
  DeleteLoggingConfiguration: "|,;~~~|Grants permission to delete the LoggingConfiguration from a WebACL",
  DeletePermissionPolicy: "|,;~~~|Grants permission to delete the PermissionPolicy on a RuleGroup",
  DeleteRegexPatternSet: "|,;~~~|Grants permission to delete a RegexPatternSet",
  DeleteRuleGroup: "|,;~~~|Grants permission to delete a RuleGroup",
  DeleteWebACL: "|,;~~~|Grants permission to delete a WebACL",
  DescribeAllManagedProducts: "|,;~~~|Grants permission to retrieve product information for a managed rule group",
  DescribeManagedProductsByVendor:
    "|,;~~~|Grants permission to retrieve product information for a managed rule group by a given vendor",
  DescribeManagedRuleGroup: "|,;~~~|Grants permission to retrieve high-level information for a managed rule group",
  DisassociateFirewallManager: "|,;~|Grants permission to disassociate Firewall Manager from a WebACL",
  DisassociateWebACL: "|,;~~~|Grants permission to disassociate a WebACL from an application resource",
  GenerateMobileSdkReleaseUrl:
    "|,;~~~|Grants permission to generate a presigned download URL for the specified release of the mobile SDK",
  GetDecryptedAPIKey:
    "|,;~~~|Grants permission to return your API key in decrypted form. Use this to check the token domains that you have defined for the key",
  GetIPSet: "|,;~~~|Grants permission to retrieve details about an IPSet",
  GetLoggingConfiguration: "|,;~~~|Grants permission to retrieve LoggingConfiguration for a WebACL",
  GetManagedRuleSet: "|,;~~~|Grants permission to retrieve details about a ManagedRuleSet",
  GetMobileSdkRelease:
    "|,;~~~|Grants permission to retrieve information for the specified mobile SDK release, including release notes and tags",
  GetPermissionPolicy: "|,;~~~|Grants permission to retrieve a PermissionPolicy for a RuleGroup",
  GetRateBasedStatementManagedKeys:
    "|,;~~~|Grants permission to retrieve the keys that are currently blocked by a rate-based rule",
  GetRegexPatternSet: "|,;~~~|Grants permission to retrieve details about a RegexPatternSet",
  GetRuleGroup: "|,;~~~|Grants permission to retrieve details about a RuleGroup",
  GetSampledRequests: "|,;~~~|Grants permission to retrieve detailed information about a sampling of web requests",
  GetTopPathStatisticsByTraffic:
    "|,;~~~|Grants permission to retrieve aggregated path statistics with bot traffic analysis for a WebACL within a specified time window",
  GetWebACL: "|,;~~~|Grants permission to retrieve details about a WebACL",
  GetWebACLForResource: "|,;~~~|Grants permission to retrieve the WebACL that's associated with a resource",
  ListAPIKeys:
    "|,;~~~|Grants permission to retrieve a list of the API keys that you've defined for the specified scope",
  ListAvailableManagedRuleGroupVersions:
    "|,;~~~|Grants permission to retrieve an array of managed rule group versions that are available for you to use",
  ListAvailableManagedRuleGroups:
    "|,;~~~|Grants permission to retrieve an array of managed rule groups that are available for you to use",
  ListIPSets: "|,;~~~|Grants permission to retrieve an array of IPSetSummary objects for the IP sets that you manage",
  ListLoggingConfigurations: "|,;~~~|Grants permission to retrieve an array of your LoggingConfiguration objects",
  ListManagedRuleSets: "|,;~~~|Grants permission to retrieve an array of your ManagedRuleSet objects",
  ListMobileSdkReleases:
    "|,;~~~|Grants permission to retrieve a list of the available releases for the mobile SDK and the specified device platform",
  ListRegexPatternSets:
    "|,;~~~|Grants permission to retrieve an array of RegexPatternSetSummary objects for the regex pattern sets that you manage",
  ListResourcesForWebACL:
    "|,;~~~|Grants permission to retrieve an array of the Amazon Resource Names (ARNs) for the resources that are associated with a web ACL",
  ListRuleGroups:
    "|,;~~~|Grants permission to retrieve an array of RuleGroupSummary objects for the rule groups that you manage",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for a resource",
  ListWebACLs:
    "|,;~~~list_web_acls|Grants permission to retrieve an array of WebACLSummary objects for the web ACLs that you manage",
  PutFirewallManagerRuleGroups: "|,;~|Grants permission to create FirewallManagedRulesGroups in a WebACL",
  PutLoggingConfiguration: "|,;~~~|Grants permission to enable a LoggingConfiguration, to start logging for a web ACL",
  PutManagedRuleSetVersions:
    "|,;~~~|Grants permission to enable create a new or update an existing version of a ManagedRuleSet",
  PutPermissionPolicy:
    "|,;~~~|Grants permission to attach an IAM policy to a resource, used to share rule groups between accounts",
  TagResource: "|,;~~~,~~,~~,~~,~~|Grants permission to associate tags with a AWS resource",
  UntagResource: "|,;~~~|Grants permission to disassociate tags from an AWS resource",
  UpdateIPSet: "|,;~~~|Grants permission to update an IPSet",
  UpdateManagedRuleSetVersionExpiryDate:
    "|,;~~~|Grants permission to update the expiry date of a version in ManagedRuleSet",
  UpdateRegexPatternSet: "|,;~~~|Grants permission to update a RegexPatternSet",
  UpdateRuleGroup: "|,;~~~|Grants permission to update a RuleGroup",
  UpdateWebACL: "|,;~~~|Grants permission to update a WebACL",
};
const resourceTypeFacts = {
  /** The amplify-app resource type: arn:${Partition}:amplify:${Region}:${Account}:apps/${AppId} */
  "amplify-app": "|,amplifyApp|",
  /** The apigateway resource type: arn:${Partition}:apigateway:${Region}::/restapis/${ApiId}/stages/${StageName} */
  apigateway: "|,|",
  /** The apprunner resource type: arn:${Partition}:apprunner:${Region}:${Account}:service/${ServiceName}/${ServiceId} */
  apprunner: "|,|",
  /** The appsync resource type: arn:${Partition}:appsync:${Region}:${Account}:apis/${GraphQLAPIId} */
  appsync: "|,|",
  /** The ipset resource type: arn:${Partition}:wafv2:${Region}:${Account}:${Scope}/ipset/${Name}/${Id} */
  ipset: "|,|1",
  /** The loadbalancer/app/ resource type: arn:${Partition}:elasticloadbalancing:${Region}:${Account}:loadbalancer/app/${LoadBalancerName}/${LoadBalancerId} */
  "loadbalancer/app/": "|,loadbalancerApp|",
  /** The managedruleset resource type: arn:${Partition}:wafv2:${Region}:${Account}:${Scope}/managedruleset/${Name}/${Id} */
  managedruleset: "|,|",
  /** The regexpatternset resource type: arn:${Partition}:wafv2:${Region}:${Account}:${Scope}/regexpatternset/${Name}/${Id} */
  regexpatternset: "|,|1",
  /** The rulegroup resource type: arn:${Partition}:wafv2:${Region}:${Account}:${Scope}/rulegroup/${Name}/${Id} */
  rulegroup: "|,|1",
  /** The userpool resource type: arn:${Partition}:cognito-idp:${Region}:${Account}:userpool/${UserPoolId} */
  userpool: "|,|",
  /** The verified-access-instance resource type: arn:${Partition}:ec2:${Region}:${Account}:verified-access-instance/${VerifiedAccessInstanceId} */
  "verified-access-instance": "|,verifiedAccessInstance|",
  /** The webacl resource type: arn:${Partition}:wafv2:${Region}:${Account}:${Scope}/webacl/${Name}/${Id} */
  webacl: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a amplify-app resource: arn:${Partition}:amplify:${Region}:${Account}:apps/${AppId}. */
  amplifyApp: "|,amplify-app|arn:|Partition|:amplify:|Region|:|Account|:apps/|AppId|",
  /** ARN of a apigateway resource: arn:${Partition}:apigateway:${Region}::/restapis/${ApiId}/stages/${StageName}. */
  apigateway: "|,apigateway|arn:|Partition|:apigateway:|Region|::/restapis/|ApiId|/stages/|StageName|",
  /** ARN of a apprunner resource: arn:${Partition}:apprunner:${Region}:${Account}:service/${ServiceName}/${ServiceId}. */
  apprunner: "|,apprunner|arn:|Partition|:apprunner:|Region|:|Account|:service/|ServiceName|/|ServiceId|",
  /** ARN of a appsync resource: arn:${Partition}:appsync:${Region}:${Account}:apis/${GraphQLAPIId}. */
  appsync: "|,appsync|arn:|Partition|:appsync:|Region|:|Account|:apis/|GraphQLAPIId,graphQlapiId|",
  /** ARN of a ipset resource: arn:${Partition}:wafv2:${Region}:${Account}:${Scope}/ipset/${Name}/${Id}. */
  ipset: "|,ipset|arn:|Partition|:wafv2:|Region|:|Account|:|Scope|/ipset/|Name|/|Id|",
  /** ARN of a loadbalancer/app/ resource: arn:${Partition}:elasticloadbalancing:${Region}:${Account}:loadbalancer/app/${LoadBalancerName}/${LoadBalancerId}. */
  loadbalancerApp:
    "|,loadbalancer/app/|arn:|Partition|:elasticloadbalancing:|Region|:|Account|:loadbalancer/app/|LoadBalancerName|/|LoadBalancerId|",
  /** ARN of a managedruleset resource: arn:${Partition}:wafv2:${Region}:${Account}:${Scope}/managedruleset/${Name}/${Id}. */
  managedruleset: "|,managedruleset|arn:|Partition|:wafv2:|Region|:|Account|:|Scope|/managedruleset/|Name|/|Id|",
  /** ARN of a regexpatternset resource: arn:${Partition}:wafv2:${Region}:${Account}:${Scope}/regexpatternset/${Name}/${Id}. */
  regexpatternset: "|,regexpatternset|arn:|Partition|:wafv2:|Region|:|Account|:|Scope|/regexpatternset/|Name|/|Id|",
  /** ARN of a rulegroup resource: arn:${Partition}:wafv2:${Region}:${Account}:${Scope}/rulegroup/${Name}/${Id}. */
  rulegroup: "|,rulegroup|arn:|Partition|:wafv2:|Region|:|Account|:|Scope|/rulegroup/|Name|/|Id|",
  /** ARN of a userpool resource: arn:${Partition}:cognito-idp:${Region}:${Account}:userpool/${UserPoolId}. */
  userpool: "|,userpool|arn:|Partition|:cognito-idp:|Region|:|Account|:userpool/|UserPoolId|",
  /** ARN of a verified-access-instance resource: arn:${Partition}:ec2:${Region}:${Account}:verified-access-instance/${VerifiedAccessInstanceId}. */
  verifiedAccessInstance:
    "|,verified-access-instance|arn:|Partition|:ec2:|Region|:|Account|:verified-access-instance/|VerifiedAccessInstanceId|",
  /** ARN of a webacl resource: arn:${Partition}:wafv2:${Region}:${Account}:${Scope}/webacl/${Name}/${Id}. */
  webacl: "|,webacl|arn:|Partition|:wafv2:|Region|:|Account|:|Scope|/webacl/|Name|/|Id|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "amplify-app",
  "apigateway",
  "apprunner",
  "appsync",
  "ipset",
  "loadbalancer/app/",
  "managedruleset",
  "regexpatternset",
  "rulegroup",
  "userpool",
  "verified-access-instance",
  "webacl",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "wafv2">;
/** Any wafv2 action. */
export type Action = ActionOf<typeof actionFacts, "wafv2">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "wafv2">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "wafv2" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every wafv2 action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by log destination ARN for PutLoggingConfiguration API. */
  "wafv2:LogDestinationResource": "ARN";
  /** Filters access by log scope for Logging Configuration API. */
  "wafv2:LogScope": "String";
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
  "wafv2:LogDestinationResource": "|,ARN|0||Filters access by log destination ARN for PutLoggingConfiguration API",
  "wafv2:LogScope": "|,String|0||Filters access by log scope for Logging Configuration API",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "wafv2",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
