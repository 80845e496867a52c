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
export const prefix: "waf" = "waf";
/** The service's name in the reference. */
export const serviceName: "AWS WAF" = "AWS WAF";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  { name: "AWS WAF", url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awswaf.html" },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["waf:TagResource"] as const;
const actionFacts = {
  /** Grants permission to create a ByteMatchSet. Access level: Write. Resources: bytematchset*. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_CreateByteMatchSet.html */
  CreateByteMatchSet: "W|||0;1;|||;",
  /** Grants permission to create a GeoMatchSet. Access level: Write. Resources: geomatchset*. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_CreateGeoMatchSet.html */
  CreateGeoMatchSet: "W|||1;1;|||;",
  /** Grants permission to create an IPSet. Access level: Write. Resources: ipset*. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_CreateIPSet.html */
  CreateIPSet: "W|||2;1;|||;",
  /** Grants permission to create a RateBasedRule for limiting the volume of requests from a single IP address. Access level: Write. Resources: ratebasedrule*. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_CreateRateBasedRule.html */
  CreateRateBasedRule: "W|||3;1;|0,2|0|;",
  /** Grants permission to create a RegexMatchSet. Access level: Write. Resources: regexmatchset*. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_CreateRegexMatchSet.html */
  CreateRegexMatchSet: "W|||4;1;|||;",
  /** Grants permission to create a RegexPatternSet. Access level: Write. Resources: regexpatternset*. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_CreateRegexPatternSet.html */
  CreateRegexPatternSet: "W|||5;1;|||;",
  /** Grants permission to create a Rule for filtering web requests. Access level: Write. Resources: rule*. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_CreateRule.html */
  CreateRule: "W|||6;1;|0,2|0|;",
  /** Grants permission to create a RuleGroup, which is a collection of predefined rules that you can use in a WebACL. Access level: Write. Resources: rulegroup*. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_CreateRuleGroup.html */
  CreateRuleGroup: "W|||7;1;|0,2|0|;",
  /** Grants permission to create a SizeConstraintSet. Access level: Write. Resources: sizeconstraintset*. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_CreateSizeConstraintSet.html */
  CreateSizeConstraintSet: "W|||8;1;|||;",
  /** Grants permission to create an SqlInjectionMatchSet. Access level: Write. Resources: sqlinjectionmatchset*. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_CreateSqlInjectionMatchSet.html */
  CreateSqlInjectionMatchSet: "W|||9;1;|||;",
  /** Grants permission to create a WebACL, which contains rules for filtering web requests. Access level: Permissions management. Resources: webacl*. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_CreateWebACL.html */
  CreateWebACL: "P|||10;1;|0,2|0|;",
  /** Grants permission to create a CloudFormation web ACL template in an S3 bucket for the purposes of migrating the web ACL from AWS WAF Classic to AWS WAF v2. Access level: Write. Resources: webacl*. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_CreateWebACLMigrationStack.html */
  CreateWebACLMigrationStack: "W|||10;1;||s3:PutObject|;",
  /** Grants permission to create an XssMatchSet, which you use to detect requests that contain cross-site scripting attacks. Access level: Write. Resources: xssmatchset*. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_CreateXssMatchSet.html */
  CreateXssMatchSet: "W|||11;1;|||;",
  /** Grants permission to delete a ByteMatchSet. Access level: Write. Resources: bytematchset*. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_DeleteByteMatchSet.html */
  DeleteByteMatchSet: "W|||0;1;|||;",
  /** Grants permission to delete a GeoMatchSet. Access level: Write. Resources: geomatchset*. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_DeleteGeoMatchSet.html */
  DeleteGeoMatchSet: "W|||1;1;|||;",
  /** Grants permission to delete an IPSet. Access level: Write. Resources: ipset*. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_DeleteIPSet.html */
  DeleteIPSet: "W|||2;1;|||;",
  /** Grants permission to delete the LoggingConfiguration from a web ACL. Access level: Write. Resources: webacl*. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_DeleteLoggingConfiguration.html */
  DeleteLoggingConfiguration: "W|||10;1;|||;",
  /** Grants permission to delete an IAM policy from a rule group. Access level: Permissions management. Resources: rulegroup*. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_DeletePermissionPolicy.html */
  DeletePermissionPolicy: "P|||7;1;|||;",
  /** Grants permission to delete a RateBasedRule. Access level: Write. Resources: ratebasedrule*. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_DeleteRateBasedRule.html */
  DeleteRateBasedRule: "W|||3;1;|||;",
  /** Grants permission to delete a RegexMatchSet. Access level: Write. Resources: regexmatchset*. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_DeleteRegexMatchSet.html */
  DeleteRegexMatchSet: "W|||4;1;|||;",
  /** Grants permission to delete a RegexPatternSet. Access level: Write. Resources: regexpatternset*. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_DeleteRegexPatternSet.html */
  DeleteRegexPatternSet: "W|||5;1;|||;",
  /** Grants permission to delete a Rule. Access level: Write. Resources: rule*. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_DeleteRule.html */
  DeleteRule: "W|||6;1;|||;",
  /** Grants permission to delete a RuleGroup. Access level: Write. Resources: rulegroup*. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_DeleteRuleGroup.html */
  DeleteRuleGroup: "W|||7;1;|||;",
  /** Grants permission to delete a SizeConstraintSet. Access level: Write. Resources: sizeconstraintset*. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_DeleteSizeConstraintSet.html */
  DeleteSizeConstraintSet: "W|||8;1;|||;",
  /** Grants permission to delete an SqlInjectionMatchSet. Access level: Write. Resources: sqlinjectionmatchset*. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_DeleteSqlInjectionMatchSet.html */
  DeleteSqlInjectionMatchSet: "W|||9;1;|||;",
  /** Grants permission to delete a WebACL. Access level: Permissions management. Resources: webacl*. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_DeleteWebACL.html */
  DeleteWebACL: "P|||10;1;|||;",
  /** Grants permission to delete an XssMatchSet. Access level: Write. Resources: xssmatchset*. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_DeleteXssMatchSet.html */
  DeleteXssMatchSet: "W|||11;1;|||;",
  /** Grants permission to retrieve a ByteMatchSet. Access level: Read. Resources: bytematchset*. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_GetByteMatchSet.html */
  GetByteMatchSet: "R|||0;1;|||;",
  /** Grants permission to retrieve a change token to use in create, update, and delete requests. Access level: Read. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_GetChangeToken.html */
  GetChangeToken: "R||||||;",
  /** Grants permission to retrieve the status of a change token. Access level: Read. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_GetChangeTokenStatus.html */
  GetChangeTokenStatus: "R||||||;",
  /** Grants permission to retrieve a GeoMatchSet. Access level: Read. Resources: geomatchset*. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_GetGeoMatchSet.html */
  GetGeoMatchSet: "R|||1;1;|||;",
  /** Grants permission to retrieve an IPSet. Access level: Read. Resources: ipset*. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_GetIPSet.html */
  GetIPSet: "R|||2;1;|||;",
  /** Grants permission to retrieve a LoggingConfiguration for a web ACL. Access level: Read. Resources: webacl*. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_GetLoggingConfiguration.html */
  GetLoggingConfiguration: "R|||10;1;|||;",
  /** Grants permission to retrieve an IAM policy for a rule group. Access level: Read. Resources: rulegroup*. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_GetPermissionPolicy.html */
  GetPermissionPolicy: "R|||7;1;|||;",
  /** Grants permission to retrieve a RateBasedRule. Access level: Read. Resources: ratebasedrule*. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_GetRateBasedRule.html */
  GetRateBasedRule: "R|||3;1;|||;",
  /** Grants permission to retrieve the array of IP addresses that are currently being blocked by a RateBasedRule. Access level: Read. Resources: ratebasedrule*. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_GetRateBasedRuleManagedKeys.html */
  GetRateBasedRuleManagedKeys: "R|||3;1;|||;",
  /** Grants permission to retrieve a RegexMatchSet. Access level: Read. Resources: regexmatchset*. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_GetRegexMatchSet.html */
  GetRegexMatchSet: "R|||4;1;|||;",
  /** Grants permission to retrieve a RegexPatternSet. Access level: Read. Resources: regexpatternset*. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_GetRegexPatternSet.html */
  GetRegexPatternSet: "R|||5;1;|||;",
  /** Grants permission to retrieve a Rule. Access level: Read. Resources: rule*. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_GetRule.html */
  GetRule: "R|||6;1;|||;",
  /** Grants permission to retrieve a RuleGroup. Access level: Read. Resources: rulegroup*. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_GetRuleGroup.html */
  GetRuleGroup: "R|||7;1;|||;",
  /** Grants permission to retrieve detailed information about a sample set of web requests. Access level: Read. Resources: webacl. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_GetSampledRequests.html */
  GetSampledRequests: "R|||10;0;|||;",
  /** Grants permission to retrieve a SizeConstraintSet. Access level: Read. Resources: sizeconstraintset*. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_GetSizeConstraintSet.html */
  GetSizeConstraintSet: "R|||8;1;|||;",
  /** Grants permission to retrieve an SqlInjectionMatchSet. Access level: Read. Resources: sqlinjectionmatchset*. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_GetSqlInjectionMatchSet.html */
  GetSqlInjectionMatchSet: "R|||9;1;|||;",
  /** Grants permission to retrieve a WebACL. Access level: Read. Resources: webacl*. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_GetWebACL.html */
  GetWebACL: "R|||10;1;|||;",
  /** Grants permission to retrieve an XssMatchSet. Access level: Read. Resources: xssmatchset*. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_GetXssMatchSet.html */
  GetXssMatchSet: "R|||11;1;|||;",
  /** Grants permission to retrieve an array of ActivatedRule objects. Access level: List. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_ListActivatedRulesInRuleGroup.html */
  ListActivatedRulesInRuleGroup: "L||||||;",
  /** Grants permission to retrieve an array of ByteMatchSetSummary objects. Access level: List. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_ListByteMatchSets.html */
  ListByteMatchSets: "L||||||;",
  /** Grants permission to retrieve an array of GeoMatchSetSummary objects. Access level: List. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_ListGeoMatchSets.html */
  ListGeoMatchSets: "L||||||;",
  /** Grants permission to retrieve an array of IPSetSummary objects. Access level: List. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_ListIPSets.html */
  ListIPSets: "L||||||;",
  /** Grants permission to retrieve an array of LoggingConfiguration objects. Access level: List. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_ListLoggingConfigurations.html */
  ListLoggingConfigurations: "L||||||;",
  /** Grants permission to retrieve an array of RuleSummary objects. Access level: List. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_ListRateBasedRules.html */
  ListRateBasedRules: "L||||||;",
  /** Grants permission to retrieve an array of RegexMatchSetSummary objects. Access level: List. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_ListRegexMatchSets.html */
  ListRegexMatchSets: "L||||||;",
  /** Grants permission to retrieve an array of RegexPatternSetSummary objects. Access level: List. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_ListRegexPatternSets.html */
  ListRegexPatternSets: "L||||||;",
  /** Grants permission to retrieve an array of RuleGroup objects. Access level: List. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_ListRuleGroups.html */
  ListRuleGroups: "L||||||;",
  /** Grants permission to retrieve an array of RuleSummary objects. Access level: List. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_ListRules.html */
  ListRules: "L||||||;",
  /** Grants permission to retrieve an array of SizeConstraintSetSummary objects. Access level: List. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_ListSizeConstraintSets.html */
  ListSizeConstraintSets: "L||||||;",
  /** Grants permission to retrieve an array of SqlInjectionMatchSet objects. Access level: List. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_ListSqlInjectionMatchSets.html */
  ListSqlInjectionMatchSets: "L||||||;",
  /** Grants permission to retrieve an array of RuleGroup objects that you are subscribed to. Access level: List. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_ListSubscribedRuleGroups.html */
  ListSubscribedRuleGroups: "L||||||;",
  /** Grants permission to retrieve the tags for a resource. Access level: Read. Resources: ratebasedrule, rule, rulegroup, webacl. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_ListTagsForResource.html */
  ListTagsForResource: "R|||3;0;,6;0;,7;0;,10;0;|||;",
  /** Grants permission to retrieve an array of WebACLSummary objects. Access level: List. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_ListWebACLs.html */
  ListWebACLs: "L||||||;",
  /** Grants permission to retrieve an array of XssMatchSet objects. Access level: List. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_ListXssMatchSets.html */
  ListXssMatchSets: "L||||||;",
  /** Grants permission to associate a LoggingConfiguration with a specified web ACL. Access level: Write. Resources: webacl*. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_PutLoggingConfiguration.html */
  PutLoggingConfiguration: "W|||10;1;||iam:CreateServiceLinkedRole|;",
  /** Grants permission to attach an IAM policy to a rule group, to share the rule group between accounts. Access level: Permissions management. Resources: rulegroup*. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_PutPermissionPolicy.html */
  PutPermissionPolicy: "P|||7;1;|||;",
  /** Grants permission to add a Tag to a resource. Access level: Tagging. Resources: ratebasedrule, rule, rulegroup, webacl. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_TagResource.html */
  TagResource: "T|||3;0;,6;0;,7;0;,10;0;|0,2||CreateRateBasedRule,CreateRule,CreateRuleGroup,CreateWebACL,;",
  /** Grants permission to remove a Tag from a resource. Access level: Tagging. Resources: ratebasedrule, rule, rulegroup, webacl. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_UntagResource.html */
  UntagResource: "T|||3;0;,6;0;,7;0;,10;0;|2||;",
  /** Grants permission to insert or delete ByteMatchTuple objects in a ByteMatchSet. Access level: Write. Resources: bytematchset*. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_UpdateByteMatchSet.html */
  UpdateByteMatchSet: "W|||0;1;|||;",
  /** Grants permission to insert or delete GeoMatchConstraint objects in a GeoMatchSet. Access level: Write. Resources: geomatchset*. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_UpdateGeoMatchSet.html */
  UpdateGeoMatchSet: "W|||1;1;|||;",
  /** Grants permission to insert or delete IPSetDescriptor objects in an IPSet. Access level: Write. Resources: ipset*. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_UpdateIPSet.html */
  UpdateIPSet: "W|||2;1;|||;",
  /** Grants permission to modify a rate based rule. Access level: Write. Resources: ratebasedrule*. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_UpdateRateBasedRule.html */
  UpdateRateBasedRule: "W|||3;1;|||;",
  /** Grants permission to insert or delete RegexMatchTuple objects in a RegexMatchSet. Access level: Write. Resources: regexmatchset*. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_UpdateRegexMatchSet.html */
  UpdateRegexMatchSet: "W|||4;1;|||;",
  /** Grants permission to insert or delete RegexPatternStrings in a RegexPatternSet. Access level: Write. Resources: regexpatternset*. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_UpdateRegexPatternSet.html */
  UpdateRegexPatternSet: "W|||5;1;|||;",
  /** Grants permission to modify a Rule. Access level: Write. Resources: rule*. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_UpdateRule.html */
  UpdateRule: "W|||6;1;|||;",
  /** Grants permission to insert or delete ActivatedRule objects in a RuleGroup. Access level: Write. Resources: rulegroup*. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_UpdateRuleGroup.html */
  UpdateRuleGroup: "W|||7;1;|||;",
  /** Grants permission to insert or delete SizeConstraint objects in a SizeConstraintSet. Access level: Write. Resources: sizeconstraintset*. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_UpdateSizeConstraintSet.html */
  UpdateSizeConstraintSet: "W|||8;1;|||;",
  /** Grants permission to insert or delete SqlInjectionMatchTuple objects in an SqlInjectionMatchSet. Access level: Write. Resources: sqlinjectionmatchset*. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_UpdateSqlInjectionMatchSet.html */
  UpdateSqlInjectionMatchSet: "W|||9;1;|||;",
  /** Grants permission to insert or delete ActivatedRule objects in a WebACL. Access level: Permissions management. Resources: webacl*. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_UpdateWebACL.html */
  UpdateWebACL: "P|||10;1;|||;",
  /** Grants permission to insert or delete XssMatchTuple objects in an XssMatchSet. Access level: Write. Resources: xssmatchset*. https://docs.aws.amazon.com/waf/latest/APIReference/API_waf_UpdateXssMatchSet.html */
  UpdateXssMatchSet: "W|||11;1;|||;",
} as const;
const actionDetails = {
  CreateByteMatchSet: "|,;~~~|Grants permission to create a ByteMatchSet",
  CreateGeoMatchSet: "|,;~~~|Grants permission to create a GeoMatchSet",
  CreateIPSet: "|,;~~~|Grants permission to create an IPSet",
  CreateRateBasedRule:
    "|,;~~~|Grants permission to create a RateBasedRule for limiting the volume of requests from a single IP address",
  CreateRegexMatchSet: "|,;~~~|Grants permission to create a RegexMatchSet",
  CreateRegexPatternSet: "|,;~~~|Grants permission to create a RegexPatternSet",
  CreateRule: "|,;~~~|Grants permission to create a Rule for filtering web requests",
  CreateRuleGroup:
    "|,;~~~|Grants permission to create a RuleGroup, which is a collection of predefined rules that you can use in a WebACL",
  CreateSizeConstraintSet: "|,;~~~|Grants permission to create a SizeConstraintSet",
  CreateSqlInjectionMatchSet: "|,;~~~|Grants permission to create an SqlInjectionMatchSet",
  CreateWebACL: "|,;~~~|Grants permission to create a WebACL, which contains rules for filtering web requests",
  CreateWebACLMigrationStack:
    "|,;~~~|Grants permission to create a CloudFormation web ACL template in an S3 bucket for the purposes of migrating the web ACL from AWS WAF Classic to AWS WAF v2",
  CreateXssMatchSet:
    "|,;~~~|Grants permission to create an XssMatchSet, which you use to detect requests that contain cross-site scripting attacks",
  DeleteByteMatchSet: "|,;~~~|Grants permission to delete a ByteMatchSet",
  DeleteGeoMatchSet: "|,;~~~|Grants permission to delete a GeoMatchSet",
  DeleteIPSet: "|,;~~~|Grants permission to delete an IPSet",
  DeleteLoggingConfiguration: "|,;~~~|Grants permission to delete the LoggingConfiguration from a web ACL",
  DeletePermissionPolicy: "|,;~~~|Grants permission to delete an IAM policy from a rule group",
  DeleteRateBasedRule: "|,;~~~|Grants permission to delete a RateBasedRule",
  DeleteRegexMatchSet: "|,;~~~|Grants permission to delete a RegexMatchSet",
  DeleteRegexPatternSet: "|,;~~~|Grants permission to delete a RegexPatternSet",
  DeleteRule: "|,;~~~|Grants permission to delete a Rule",
  DeleteRuleGroup: "|,;~~~|Grants permission to delete a RuleGroup",
  DeleteSizeConstraintSet: "|,;~~~|Grants permission to delete a SizeConstraintSet",
  DeleteSqlInjectionMatchSet: "|,;~~~|Grants permission to delete an SqlInjectionMatchSet",
  DeleteWebACL: "|,;~~~|Grants permission to delete a WebACL",
  DeleteXssMatchSet: "|,;~~~|Grants permission to delete an XssMatchSet",
  GetByteMatchSet: "|,;~~~|Grants permission to retrieve a ByteMatchSet",
  GetChangeToken: "|,;~~~|Grants permission to retrieve a change token to use in create, update, and delete requests",
  GetChangeTokenStatus: "|,;~~~|Grants permission to retrieve the status of a change token",
  GetGeoMatchSet: "|,;~~~|Grants permission to retrieve a GeoMatchSet",
  GetIPSet: "|,;~~~|Grants permission to retrieve an IPSet",
  GetLoggingConfiguration: "|,;~~~|Grants permission to retrieve a LoggingConfiguration for a web ACL",
  GetPermissionPolicy: "|,;~~~|Grants permission to retrieve an IAM policy for a rule group",
  GetRateBasedRule: "|,;~~~|Grants permission to retrieve a RateBasedRule",
  GetRateBasedRuleManagedKeys:
    "|,;~~~|Grants permission to retrieve the array of IP addresses that are currently being blocked by a RateBasedRule",
  GetRegexMatchSet: "|,;~~~|Grants permission to retrieve a RegexMatchSet",
  GetRegexPatternSet: "|,;~~~|Grants permission to retrieve a RegexPatternSet",
  GetRule: "|,;~~~|Grants permission to retrieve a Rule",
  GetRuleGroup: "|,;~~~|Grants permission to retrieve a RuleGroup",
  GetSampledRequests: "|,;~~~|Grants permission to retrieve detailed information about a sample set of web requests",
  GetSizeConstraintSet: "|,;~~~|Grants permission to retrieve a SizeConstraintSet",
  GetSqlInjectionMatchSet: "|,;~~~|Grants permission to retrieve an SqlInjectionMatchSet",
  GetWebACL: "|,;~~~|Grants permission to retrieve a WebACL",
  GetXssMatchSet: "|,;~~~|Grants permission to retrieve an XssMatchSet",
  ListActivatedRulesInRuleGroup: "|,;~~~|Grants permission to retrieve an array of ActivatedRule objects",
  ListByteMatchSets: "|,;~~~|Grants permission to retrieve an array of ByteMatchSetSummary objects",
  ListGeoMatchSets: "|,;~~~|Grants permission to retrieve an array of GeoMatchSetSummary objects",
  ListIPSets: "|,;~~~|Grants permission to retrieve an array of IPSetSummary objects",
  ListLoggingConfigurations: "|,;~~~|Grants permission to retrieve an array of LoggingConfiguration objects",
  ListRateBasedRules: "|,;~~~|Grants permission to retrieve an array of RuleSummary objects",
  ListRegexMatchSets: "|,;~~~|Grants permission to retrieve an array of RegexMatchSetSummary objects",
  ListRegexPatternSets: "|,;~~~|Grants permission to retrieve an array of RegexPatternSetSummary objects",
  ListRuleGroups: "|,;~~~|Grants permission to retrieve an array of RuleGroup objects",
  ListRules: "|,;~~~|Grants permission to retrieve an array of RuleSummary objects",
  ListSizeConstraintSets: "|,;~~~|Grants permission to retrieve an array of SizeConstraintSetSummary objects",
  ListSqlInjectionMatchSets: "|,;~~~|Grants permission to retrieve an array of SqlInjectionMatchSet objects",
  ListSubscribedRuleGroups:
    "|,;~~~|Grants permission to retrieve an array of RuleGroup objects that you are subscribed to",
  ListTagsForResource: "|,;~~~|Grants permission to retrieve the tags for a resource",
  ListWebACLs: "|,;~~~list_web_acls|Grants permission to retrieve an array of WebACLSummary objects",
  ListXssMatchSets: "|,;~~~|Grants permission to retrieve an array of XssMatchSet objects",
  PutLoggingConfiguration: "|,;~~~|Grants permission to associate a LoggingConfiguration with a specified web ACL",
  PutPermissionPolicy:
    "|,;~~~|Grants permission to attach an IAM policy to a rule group, to share the rule group between accounts",
  TagResource: "|,;~~~,~~,~~,~~,~~|Grants permission to add a Tag to a resource",
  UntagResource: "|,;~~~|Grants permission to remove a Tag from a resource",
  UpdateByteMatchSet: "|,;~~~|Grants permission to insert or delete ByteMatchTuple objects in a ByteMatchSet",
  UpdateGeoMatchSet: "|,;~~~|Grants permission to insert or delete GeoMatchConstraint objects in a GeoMatchSet",
  UpdateIPSet: "|,;~~~|Grants permission to insert or delete IPSetDescriptor objects in an IPSet",
  UpdateRateBasedRule: "|,;~~~|Grants permission to modify a rate based rule",
  UpdateRegexMatchSet: "|,;~~~|Grants permission to insert or delete RegexMatchTuple objects in a RegexMatchSet",
  UpdateRegexPatternSet: "|,;~~~|Grants permission to insert or delete RegexPatternStrings in a RegexPatternSet",
  UpdateRule: "|,;~~~|Grants permission to modify a Rule",
  UpdateRuleGroup: "|,;~~~|Grants permission to insert or delete ActivatedRule objects in a RuleGroup",
  UpdateSizeConstraintSet: "|,;~~~|Grants permission to insert or delete SizeConstraint objects in a SizeConstraintSet",
  UpdateSqlInjectionMatchSet:
    "|,;~~~|Grants permission to insert or delete SqlInjectionMatchTuple objects in an SqlInjectionMatchSet",
  UpdateWebACL: "|,;~~~|Grants permission to insert or delete ActivatedRule objects in a WebACL",
  UpdateXssMatchSet: "|,;~~~|Grants permission to insert or delete XssMatchTuple objects in an XssMatchSet",
};
const resourceTypeFacts = {
  /** The bytematchset resource type: arn:${Partition}:waf::${Account}:bytematchset/${Id} */
  bytematchset: "|,|",
  /** The geomatchset resource type: arn:${Partition}:waf::${Account}:geomatchset/${Id} */
  geomatchset: "|,|",
  /** The ipset resource type: arn:${Partition}:waf::${Account}:ipset/${Id} */
  ipset: "|,|",
  /** The ratebasedrule resource type: arn:${Partition}:waf::${Account}:ratebasedrule/${Id} */
  ratebasedrule: "|,|1",
  /** The regexmatchset resource type: arn:${Partition}:waf::${Account}:regexmatch/${Id} */
  regexmatchset: "|,|",
  /** The regexpatternset resource type: arn:${Partition}:waf::${Account}:regexpatternset/${Id} */
  regexpatternset: "|,|",
  /** The rule resource type: arn:${Partition}:waf::${Account}:rule/${Id} */
  rule: "|,|1",
  /** The rulegroup resource type: arn:${Partition}:waf::${Account}:rulegroup/${Id} */
  rulegroup: "|,|1",
  /** The sizeconstraintset resource type: arn:${Partition}:waf::${Account}:sizeconstraintset/${Id} */
  sizeconstraintset: "|,|",
  /** The sqlinjectionmatchset resource type: arn:${Partition}:waf::${Account}:sqlinjectionset/${Id} */
  sqlinjectionmatchset: "|,|",
  /** The webacl resource type: arn:${Partition}:waf::${Account}:webacl/${Id} */
  webacl: "|,|1",
  /** The xssmatchset resource type: arn:${Partition}:waf::${Account}:xssmatchset/${Id} */
  xssmatchset: "|,|",
} as const;
const arnFormats = {
  /** ARN of a bytematchset resource: arn:${Partition}:waf::${Account}:bytematchset/${Id}. */
  bytematchset: "|,bytematchset|arn:|Partition|:waf::|Account|:bytematchset/|Id|",
  /** ARN of a geomatchset resource: arn:${Partition}:waf::${Account}:geomatchset/${Id}. */
  geomatchset: "|,geomatchset|arn:|Partition|:waf::|Account|:geomatchset/|Id|",
  /** ARN of a ipset resource: arn:${Partition}:waf::${Account}:ipset/${Id}. */
  ipset: "|,ipset|arn:|Partition|:waf::|Account|:ipset/|Id|",
  /** ARN of a ratebasedrule resource: arn:${Partition}:waf::${Account}:ratebasedrule/${Id}. */
  ratebasedrule: "|,ratebasedrule|arn:|Partition|:waf::|Account|:ratebasedrule/|Id|",
  /** ARN of a regexmatchset resource: arn:${Partition}:waf::${Account}:regexmatch/${Id}. */
  regexmatchset: "|,regexmatchset|arn:|Partition|:waf::|Account|:regexmatch/|Id|",
  /** ARN of a regexpatternset resource: arn:${Partition}:waf::${Account}:regexpatternset/${Id}. */
  regexpatternset: "|,regexpatternset|arn:|Partition|:waf::|Account|:regexpatternset/|Id|",
  /** ARN of a rule resource: arn:${Partition}:waf::${Account}:rule/${Id}. */
  rule: "|,rule|arn:|Partition|:waf::|Account|:rule/|Id|",
  /** ARN of a rulegroup resource: arn:${Partition}:waf::${Account}:rulegroup/${Id}. */
  rulegroup: "|,rulegroup|arn:|Partition|:waf::|Account|:rulegroup/|Id|",
  /** ARN of a sizeconstraintset resource: arn:${Partition}:waf::${Account}:sizeconstraintset/${Id}. */
  sizeconstraintset: "|,sizeconstraintset|arn:|Partition|:waf::|Account|:sizeconstraintset/|Id|",
  /** ARN of a sqlinjectionmatchset resource: arn:${Partition}:waf::${Account}:sqlinjectionset/${Id}. */
  sqlinjectionmatchset: "|,sqlinjectionmatchset|arn:|Partition|:waf::|Account|:sqlinjectionset/|Id|",
  /** ARN of a webacl resource: arn:${Partition}:waf::${Account}:webacl/${Id}. */
  webacl: "|,webacl|arn:|Partition|:waf::|Account|:webacl/|Id|",
  /** ARN of a xssmatchset resource: arn:${Partition}:waf::${Account}:xssmatchset/${Id}. */
  xssmatchset: "|,xssmatchset|arn:|Partition|:waf::|Account|:xssmatchset/|Id|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "bytematchset",
  "geomatchset",
  "ipset",
  "ratebasedrule",
  "regexmatchset",
  "regexpatternset",
  "rule",
  "rulegroup",
  "sizeconstraintset",
  "sqlinjectionmatchset",
  "webacl",
  "xssmatchset",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "waf">;
/** Any waf action. */
export type Action = ActionOf<typeof actionFacts, "waf">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "waf">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "waf" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every waf action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters actions based on the allowed set of values for each of the tags. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters actions based on tag-value associated with the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters actions based on the presence of mandatory tags in the request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters actions based on the allowed set of values for each of the tags",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters actions based on tag-value associated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters actions based on the presence of mandatory tags in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "waf",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
