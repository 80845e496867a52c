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
export const prefix: "shield" = "shield";
/** The service's name in the reference. */
export const serviceName: "AWS Shield" = "AWS Shield";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  { name: "AWS Shield", url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsshield.html" },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [
  "apprunner:DescribeWebAclForService",
  "cognito-idp:GetWebACLForResource",
  "ec2:GetVerifiedAccessInstanceWebAcl",
  "iam:GetRole",
  "s3:GetBucketPolicy",
  "s3:PutBucketPolicy",
  "shield:TagResource",
  "wafv2:GetWebACL",
  "wafv2:GetWebACLForResource",
] as const;
const actionFacts = {
  /** Grants permission to authorize the DDoS Response team to access the specified Amazon S3 bucket containing your flow logs. Access level: Write. https://docs.aws.amazon.com/waf/latest/DDOSAPIReference/API_AssociateDRTLogBucket.html */
  AssociateDRTLogBucket: "W|||||4,5|;",
  /** Grants permission to authorize the DDoS Response team using the specified role, to access your AWS account to assist with DDoS attack mitigation during potential attacks. Access level: Write. https://docs.aws.amazon.com/waf/latest/DDOSAPIReference/API_AssociateDRTRole.html */
  AssociateDRTRole: "W|||||3,iam:ListAttachedRolePolicies,iam:PassRole|;",
  /** Grants permission to add health-based detection to the Shield Advanced protection for a resource. Access level: Write. Resources: protection*. https://docs.aws.amazon.com/waf/latest/DDOSAPIReference/API_AssociateHealthCheck.html */
  AssociateHealthCheck: "W|||1;1;|1|route53:GetHealthCheck|;",
  /** Grants permission to initialize proactive engagement and set the list of contacts for the DDoS Response Team (DRT) to use. Access level: Write. https://docs.aws.amazon.com/waf/latest/DDOSAPIReference/API_AssociateProactiveEngagementDetails.html */
  AssociateProactiveEngagementDetails: "W||||||;",
  /** Grants permission to activate DDoS protection service for a given resource ARN. Access level: Write. https://docs.aws.amazon.com/waf/latest/DDOSAPIReference/API_CreateProtection.html */
  CreateProtection: "W||||0,2|6|;",
  /** Grants permission to create a grouping of protected resources so they can be handled as a collective. Access level: Write. https://docs.aws.amazon.com/waf/latest/DDOSAPIReference/API_CreateProtectionGroup.html */
  CreateProtectionGroup: "W||||0,2|6|;",
  /** Grants permission to activate subscription. Access level: Write. https://docs.aws.amazon.com/waf/latest/DDOSAPIReference/API_CreateSubscription.html */
  CreateSubscription: "W||||||;",
  /** Grants permission to delete an existing protection. Access level: Write. Resources: protection*. https://docs.aws.amazon.com/waf/latest/DDOSAPIReference/API_DeleteProtection.html */
  DeleteProtection: "W|||1;1;|1||;",
  /** Grants permission to remove the specified protection group. Access level: Write. Resources: protection-group*. https://docs.aws.amazon.com/waf/latest/DDOSAPIReference/API_DeleteProtectionGroup.html */
  DeleteProtectionGroup: "W|||2;1;|1||;",
  /** Grants permission to deactivate subscription. Access level: Write. https://docs.aws.amazon.com/waf/latest/DDOSAPIReference/API_DeleteSubscription.html */
  DeleteSubscription: "W||||||;",
  /** Grants permission to get attack details. For getting attack details protected by AWS WAF anti-DDoS managed rule group, this action additionally calls wafv2:DescribeTopContributorsByEvent to retrieve application layer attack contributors, which requires to have wafv2:DescribeTopContributorsByEvent permission in IAM policy. Access level: Read. Resources: attack*. https://docs.aws.amazon.com/waf/latest/DDOSAPIReference/API_DescribeAttack.html */
  DescribeAttack: "R|||0;1;||shield:DescribeProtectionGroup|;",
  /** Grants permission to get detailed information about the contributors to a specific DDoS attack. Access level: Read. Resources: attack*, protection-group. Permission only. https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsshield.html */
  DescribeAttackContributors: "R||1|0;1;,2;0;|||",
  /** Grants permission to describe information about the number and type of attacks AWS Shield has detected in the last year. Access level: Read. https://docs.aws.amazon.com/waf/latest/DDOSAPIReference/API_DescribeAttackStatistics.html */
  DescribeAttackStatistics: "R||||||;",
  /** Grants permission to describe the current role and list of Amazon S3 log buckets used by the DDoS Response team to access your AWS account while assisting with attack mitigation. Access level: Read. https://docs.aws.amazon.com/waf/latest/DDOSAPIReference/API_DescribeDRTAccess.html */
  DescribeDRTAccess: "R||||||;",
  /** Grants permission to list the email addresses that the DRT can use to contact you during a suspected attack. Access level: Read. https://docs.aws.amazon.com/waf/latest/DDOSAPIReference/API_DescribeEmergencyContactSettings.html */
  DescribeEmergencyContactSettings: "R||||||;",
  /** Grants permission to get protection details. Access level: Read. Resources: protection*. https://docs.aws.amazon.com/waf/latest/DDOSAPIReference/API_DescribeProtection.html */
  DescribeProtection: "R|||1;1;|1||;",
  /** Grants permission to describe the specification for the specified protection group. Access level: Read. Resources: protection-group*. https://docs.aws.amazon.com/waf/latest/DDOSAPIReference/API_DescribeProtectionGroup.html */
  DescribeProtectionGroup: "R|||2;1;|1||DescribeAttack,;",
  /** Grants permission to get subscription details, such as start time. Access level: Read. https://docs.aws.amazon.com/waf/latest/DDOSAPIReference/API_DescribeSubscription.html */
  DescribeSubscription: "R||||||;",
  /** Grants permission to disable application layer automatic response for Shield Advanced protection for a resource. Access level: Write. https://docs.aws.amazon.com/waf/latest/DDOSAPIReference/API_DisableApplicationLayerAutomaticResponse.html */
  DisableApplicationLayerAutomaticResponse: "W||||||;",
  /** Grants permission to remove authorization from the DDoS Response Team (DRT) to notify contacts about escalations. Access level: Write. https://docs.aws.amazon.com/waf/latest/DDOSAPIReference/API_DisableProactiveEngagement.html */
  DisableProactiveEngagement: "W||||||;",
  /** Grants permission to remove the DDoS Response team's access to the specified Amazon S3 bucket containing your flow logs. Access level: Write. https://docs.aws.amazon.com/waf/latest/DDOSAPIReference/API_DisassociateDRTLogBucket.html */
  DisassociateDRTLogBucket: "W|||||s3:DeleteBucketPolicy,4,5|;",
  /** Grants permission to remove the DDoS Response team's access to your AWS account. Access level: Write. https://docs.aws.amazon.com/waf/latest/DDOSAPIReference/API_DisassociateDRTRole.html */
  DisassociateDRTRole: "W||||||;",
  /** Grants permission to remove health-based detection from the Shield Advanced protection for a resource. Access level: Write. Resources: protection*. https://docs.aws.amazon.com/waf/latest/DDOSAPIReference/API_DisassociateHealthCheck.html */
  DisassociateHealthCheck: "W|||1;1;|1||;",
  /** Grants permission to enable application layer automatic response for Shield Advanced protection for a resource. Access level: Write. https://docs.aws.amazon.com/waf/latest/DDOSAPIReference/API_EnableApplicationLayerAutomaticResponse.html */
  EnableApplicationLayerAutomaticResponse: "W|||||0,cloudfront:GetDistribution,1,2,iam:CreateServiceLinkedRole,3,7,8|;",
  /** Grants permission to authorize the DDoS Response Team (DRT) to use email and phone to notify contacts about escalations. Access level: Write. https://docs.aws.amazon.com/waf/latest/DDOSAPIReference/API_EnableProactiveEngagement.html */
  EnableProactiveEngagement: "W||||||;",
  /** Grants permission to retrieve global threat intelligence data and trends from AWS Shield's threat monitoring systems. Access level: Read. Permission only. https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsshield.html */
  GetGlobalThreatData: "R||1||||",
  /** Grants permission to get subscription state. Access level: Read. https://docs.aws.amazon.com/waf/latest/DDOSAPIReference/API_GetSubscriptionState.html */
  GetSubscriptionState: "R||||||;",
  /** Grants permission to list all existing attacks. Access level: List. https://docs.aws.amazon.com/waf/latest/DDOSAPIReference/API_ListAttacks.html */
  ListAttacks: "L||||||;",
  /** Grants permission to retrieve a list of mitigation actions that have been applied during DDoS attacks. Access level: List. Resources: attack*. Permission only. https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsshield.html */
  ListMitigations: "L||1|0;1;|||",
  /** Grants permission to retrieve the protection groups for the account. Access level: List. https://docs.aws.amazon.com/waf/latest/DDOSAPIReference/API_ListProtectionGroups.html */
  ListProtectionGroups: "L||||||;",
  /** Grants permission to list all existing protections. Access level: List. https://docs.aws.amazon.com/waf/latest/DDOSAPIReference/API_ListProtections.html */
  ListProtections: "L||||||;",
  /** Grants permission to retrieve the resources that are included in the protection group. Access level: List. Resources: protection-group*. https://docs.aws.amazon.com/waf/latest/DDOSAPIReference/API_ListResourcesInProtectionGroup.html */
  ListResourcesInProtectionGroup: "L|||2;1;|||;",
  /** Grants permission to get information about AWS tags for a specified Amazon Resource Name (ARN) in AWS Shield. Access level: Read. Resources: protection, protection-group. https://docs.aws.amazon.com/waf/latest/DDOSAPIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||1;0;,2;0;|||;",
  /** Grants permission to add or updates tags for a resource in AWS Shield. Access level: Tagging. Resources: protection, protection-group. https://docs.aws.amazon.com/waf/latest/DDOSAPIReference/API_TagResource.html */
  TagResource: "T|||1;0;,2;0;|0,2||CreateProtection,CreateProtectionGroup,;",
  /** Grants permission to remove tags from a resource in AWS Shield. Access level: Tagging. Resources: protection, protection-group. https://docs.aws.amazon.com/waf/latest/DDOSAPIReference/API_UntagResource.html */
  UntagResource: "T|||1;0;,2;0;|2||;",
  /** Grants permission to update application layer automatic response for Shield Advanced protection for a resource. Access level: Write. https://docs.aws.amazon.com/waf/latest/DDOSAPIReference/API_UpdateApplicationLayerAutomaticResponse.html */
  UpdateApplicationLayerAutomaticResponse: "W|||||0,1,2,7,8|;",
  /** Grants permission to update the details of the list of email addresses that the DRT can use to contact you during a suspected attack. Access level: Write. https://docs.aws.amazon.com/waf/latest/DDOSAPIReference/API_UpdateEmergencyContactSettings.html */
  UpdateEmergencyContactSettings: "W||||||;",
  /** Grants permission to update an existing protection group. Access level: Write. Resources: protection-group*. https://docs.aws.amazon.com/waf/latest/DDOSAPIReference/API_UpdateProtectionGroup.html */
  UpdateProtectionGroup: "W|||2;1;|1||;",
  /** Grants permission to update the details of an existing subscription. Access level: Write. https://docs.aws.amazon.com/waf/latest/DDOSAPIReference/API_UpdateSubscription.html */
  UpdateSubscription: "W||||||;",
} as const;
const actionDetails = {
  AssociateDRTLogBucket:
    "|,;~~~|Grants permission to authorize the DDoS Response team to access the specified Amazon S3 bucket containing your flow logs",
  AssociateDRTRole:
    "|,;~~~|Grants permission to authorize the DDoS Response team using the specified role, to access your AWS account to assist with DDoS attack mitigation during potential attacks",
  AssociateHealthCheck:
    "|,;~~~|Grants permission to add health-based detection to the Shield Advanced protection for a resource",
  AssociateProactiveEngagementDetails:
    "|,;~~~|Grants permission to initialize proactive engagement and set the list of contacts for the DDoS Response Team (DRT) to use",
  CreateProtection: "|,;~~~|Grants permission to activate DDoS protection service for a given resource ARN",
  CreateProtectionGroup:
    "|,;~~~|Grants permission to create a grouping of protected resources so they can be handled as a collective",
  CreateSubscription: "|,;~~~|Grants permission to activate subscription",
  DeleteProtection: "|,;~~~|Grants permission to delete an existing protection",
  DeleteProtectionGroup: "|,;~~~|Grants permission to remove the specified protection group",
  DeleteSubscription: "|,;~~~|Grants permission to deactivate subscription",
  DescribeAttack:
    "|,;~~~|Grants permission to get attack details. For getting attack details protected by AWS WAF anti-DDoS managed rule group, this action additionally calls wafv2:DescribeTopContributorsByEvent to retrieve application layer attack contributors, which requires to have wafv2:DescribeTopContributorsByEvent permission in IAM policy",
  DescribeAttackContributors:
    "|,;~|Grants permission to get detailed information about the contributors to a specific DDoS attack",
  DescribeAttackStatistics:
    "|,;~~~|Grants permission to describe information about the number and type of attacks AWS Shield has detected in the last year",
  DescribeDRTAccess:
    "|,;~~~|Grants permission to describe the current role and list of Amazon S3 log buckets used by the DDoS Response team to access your AWS account while assisting with attack mitigation",
  DescribeEmergencyContactSettings:
    "|,;~~~|Grants permission to list the email addresses that the DRT can use to contact you during a suspected attack",
  DescribeProtection: "|,;~~~|Grants permission to get protection details",
  DescribeProtectionGroup:
    "|,;~~~,~~|Grants permission to describe the specification for the specified protection group",
  DescribeSubscription: "|,;~~~|Grants permission to get subscription details, such as start time",
  DisableApplicationLayerAutomaticResponse:
    "|,;~~~|Grants permission to disable application layer automatic response for Shield Advanced protection for a resource",
  DisableProactiveEngagement:
    "|,;~~~|Grants permission to remove authorization from the DDoS Response Team (DRT) to notify contacts about escalations",
  DisassociateDRTLogBucket:
    "|,;~~~|Grants permission to remove the DDoS Response team's access to the specified Amazon S3 bucket containing your flow logs",
  DisassociateDRTRole: "|,;~~~|Grants permission to remove the DDoS Response team's access to your AWS account",
  DisassociateHealthCheck:
    "|,;~~~|Grants permission to remove health-based detection from the Shield Advanced protection for a resource",
  EnableApplicationLayerAutomaticResponse:
    "|,;~~~|Grants permission to enable application layer automatic response for Shield Advanced protection for a resource",
  EnableProactiveEngagement:
    "|,;~~~|Grants permission to authorize the DDoS Response Team (DRT) to use email and phone to notify contacts about escalations",
  GetGlobalThreatData:
    "|,;~|Grants permission to retrieve global threat intelligence data and trends from AWS Shield's threat monitoring systems",
  GetSubscriptionState: "|,;~~~|Grants permission to get subscription state",
  ListAttacks: "|,;~~~|Grants permission to list all existing attacks",
  ListMitigations:
    "|,;~|Grants permission to retrieve a list of mitigation actions that have been applied during DDoS attacks",
  ListProtectionGroups: "|,;~~~|Grants permission to retrieve the protection groups for the account",
  ListProtections: "|,;~~~|Grants permission to list all existing protections",
  ListResourcesInProtectionGroup:
    "|,;~~~|Grants permission to retrieve the resources that are included in the protection group",
  ListTagsForResource:
    "|,;~~~|Grants permission to get information about AWS tags for a specified Amazon Resource Name (ARN) in AWS Shield",
  TagResource: "|,;~~~,~~,~~|Grants permission to add or updates tags for a resource in AWS Shield",
  UntagResource: "|,;~~~|Grants permission to remove tags from a resource in AWS Shield",
  UpdateApplicationLayerAutomaticResponse:
    "|,;~~~|Grants permission to update application layer automatic response for Shield Advanced protection for a resource",
  UpdateEmergencyContactSettings:
    "|,;~~~|Grants permission to update the details of the list of email addresses that the DRT can use to contact you during a suspected attack",
  UpdateProtectionGroup: "|,;~~~|Grants permission to update an existing protection group",
  UpdateSubscription: "|,;~~~|Grants permission to update the details of an existing subscription",
};
const resourceTypeFacts = {
  /** The attack resource type: arn:${Partition}:shield::${Account}:attack/${Id} */
  attack: "|,|",
  /** The protection resource type: arn:${Partition}:shield::${Account}:protection/${Id} */
  protection: "|,|1",
  /** The protection-group resource type: arn:${Partition}:shield::${Account}:protection-group/${Id} */
  "protection-group": "|,protectionGroup|1",
} as const;
const arnFormats = {
  /** ARN of a attack resource: arn:${Partition}:shield::${Account}:attack/${Id}. */
  attack: "|,attack|arn:|Partition|:shield::|Account|:attack/|Id|",
  /** ARN of a protection resource: arn:${Partition}:shield::${Account}:protection/${Id}. */
  protection: "|,protection|arn:|Partition|:shield::|Account|:protection/|Id|",
  /** ARN of a protection-group resource: arn:${Partition}:shield::${Account}:protection-group/${Id}. */
  protectionGroup: "|,protection-group|arn:|Partition|:shield::|Account|:protection-group/|Id|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["attack", "protection", "protection-group"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "shield">;
/** Any shield action. */
export type Action = ActionOf<typeof actionFacts, "shield">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "shield">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "shield" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every shield action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters actions based on the presence of tag key-value pairs in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters actions based on tag key-value pairs attached to the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters actions based on the presence of tag keys in the request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters actions based on the presence of tag key-value pairs in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters actions based on tag key-value pairs attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters actions based on the presence of tag keys in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "shield",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
