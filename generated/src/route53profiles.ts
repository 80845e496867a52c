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
export const prefix: "route53profiles" = "route53profiles";
/** The service's name in the reference. */
export const serviceName: "Amazon Route 53 Profiles" = "Amazon Route 53 Profiles";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Route 53 Profiles",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonroute53profiles.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "route53profiles:FirewallRuleGroupPriority",
  "route53profiles:HostedZoneDomains",
  "route53profiles:ResolverRuleDomains",
  "route53profiles:ResourceArns",
  "route53profiles:ResourceIds",
  "route53profiles:ResourceTypes",
] as const;
const dependentActionList = ["route53profiles:TagResource"] as const;
const actionFacts = {
  /** Grants permission to associates a Profile to the customer VPC. Access level: Write. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53profiles_AssociateProfile.html */
  AssociateProfile: "W||||0,2,7|ec2:DescribeVpcs,0|;",
  /** Grants permission to associates a resource, such as DNS Firewall rule group, private hosted zone, resolver rule, etc. to a specified Profile. Access level: Write. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53profiles_AssociateResourceToProfile.html */
  AssociateResourceToProfile: "W||||3,4,5,6,8||;",
  /** Grants permission to create a new Profile resource. Access level: Write. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53profiles_CreateProfile.html */
  CreateProfile: "W||||0,2|0|;",
  /** Grants permission to delete a Profile specified by the ProfileId. Access level: Write. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53profiles_DeleteProfile.html */
  DeleteProfile: "W||||||;",
  /** Grants permission to delete an association between a customer VPC and the specified Profile. Access level: Write. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53profiles_DisassociateProfile.html */
  DisassociateProfile: "W||||7||;",
  /** Grants permission to delete the asoociation between the resource. such as DNS Firewall rule group, private hosted zone, resolver rule, etc. and the specified Profile. Access level: Write. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53profiles_DisassociateResourceFromProfile.html */
  DisassociateResourceFromProfile: "W||||3,4,5,6,8||;",
  /** Grants permission to get a Profile. Access level: Read. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53profiles_GetProfile.html */
  GetProfile: "R||||||;",
  /** Grants permission to get a Profile to a VPC association specified by the Profile association ID. Access level: Read. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53profiles_GetProfileAssociation.html */
  GetProfileAssociation: "R||||||;",
  /** Grants permission to read the RAM access control policy for a Profile. Access level: Read. Resources: profile*. Permission only. https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/sharing-profiles.html */
  GetProfilePolicy: "R||1|0;1;|||",
  /** Grants permission to get a Profile resource association based on the ProfileResourceAssociationId. Access level: Read. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53profiles_GetProfileResourceAssociation.html */
  GetProfileResourceAssociation: "R||||||;",
  /** Grants permission to list all VPCs the specified Profile is associated to. Access level: List. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53profiles_ListProfileAssociations.html */
  ListProfileAssociations: "L||||||;",
  /** Grants permission to list all the associations between the resources, such as DNS Firewall rule groups, private hosted zones, resolver rules, etc. for the given Profile ID. Access level: List. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53profiles_ListProfileResourceAssociations.html */
  ListProfileResourceAssociations: "L||||||;",
  /** Grants permission to list all the Profiles created by, and shared to the customer. Access level: List. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53profiles_ListProfiles.html */
  ListProfiles: "L||||||;",
  /** Grants permission to list all tags associated with the resource. Access level: List. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53profiles_ListTagsForResource.html */
  ListTagsForResource: "L||||||;",
  /** Grants permission to define the RAM access control policy for a Profile. Access level: Write. Resources: profile*. Permission only. https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/sharing-profiles.html */
  PutProfilePolicy: "W||1|0;1;|||",
  /** Grants permission to add a tag to the given resource. Access level: Tagging. Resources: profile, profile-association. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53profiles_TagResource.html */
  TagResource: "T|||0;0;,1;0;|0,2||AssociateProfile,CreateProfile,;",
  /** Grants permission to delete a tag from the given resource. Access level: Tagging. Resources: profile, profile-association. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53profiles_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;|2||;",
  /** Grants permission to update the Profile resource association name or the resource properties or both, if both name and resource properties are null, the api returns the existing Profile resource association. Access level: Write. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53profiles_UpdateProfileResourceAssociation.html */
  UpdateProfileResourceAssociation: "W||||3,4,5,8||;",
} as const;
const actionDetails = {
  AssociateProfile: "|,;~~~|Grants permission to associates a Profile to the customer VPC",
  AssociateResourceToProfile:
    "|,;~~~|Grants permission to associates a resource, such as DNS Firewall rule group, private hosted zone, resolver rule, etc. to a specified Profile",
  CreateProfile: "|,;~~~|Grants permission to create a new Profile resource",
  DeleteProfile: "|,;~~~|Grants permission to delete a Profile specified by the ProfileId",
  DisassociateProfile:
    "|,;~~~|Grants permission to delete an association between a customer VPC and the specified Profile",
  DisassociateResourceFromProfile:
    "|,;~~~|Grants permission to delete the asoociation between the resource. such as DNS Firewall rule group, private hosted zone, resolver rule, etc. and the specified Profile",
  GetProfile: "|,;~~~|Grants permission to get a Profile",
  GetProfileAssociation:
    "|,;~~~|Grants permission to get a Profile to a VPC association specified by the Profile association ID",
  GetProfilePolicy: "|,;~|Grants permission to read the RAM access control policy for a Profile",
  GetProfileResourceAssociation:
    "|,;~~~|Grants permission to get a Profile resource association based on the ProfileResourceAssociationId",
  ListProfileAssociations: "|,;~~~|Grants permission to list all VPCs the specified Profile is associated to",
  ListProfileResourceAssociations:
    "|,;~~~|Grants permission to list all the associations between the resources, such as DNS Firewall rule groups, private hosted zones, resolver rules, etc. for the given Profile ID",
  ListProfiles: "|,;~~~|Grants permission to list all the Profiles created by, and shared to the customer",
  ListTagsForResource: "|,;~~~|Grants permission to list all tags associated with the resource",
  PutProfilePolicy: "|,;~|Grants permission to define the RAM access control policy for a Profile",
  TagResource: "|,;~~~,~~,~~|Grants permission to add a tag to the given resource",
  UntagResource: "|,;~~~|Grants permission to delete a tag from the given resource",
  UpdateProfileResourceAssociation:
    "|,;~~~|Grants permission to update the Profile resource association name or the resource properties or both, if both name and resource properties are null, the api returns the existing Profile resource association",
};
const resourceTypeFacts = {
  /** The profile resource type: arn:${Partition}:route53profiles:${Region}:${Account}:profile/${ResourceId} */
  profile: "|,|1",
  /** The profile-association resource type: arn:${Partition}:route53profiles:${Region}:${Account}:profile-association/${ResourceId} */
  "profile-association": "|,profileAssociation|1",
} as const;
const arnFormats = {
  /** ARN of a profile resource: arn:${Partition}:route53profiles:${Region}:${Account}:profile/${ResourceId}. */
  profile: "|,profile|arn:|Partition|:route53profiles:|Region|:|Account|:profile/|ResourceId|",
  /** ARN of a profile-association resource: arn:${Partition}:route53profiles:${Region}:${Account}:profile-association/${ResourceId}. */
  profileAssociation:
    "|,profile-association|arn:|Partition|:route53profiles:|Region|:|Account|:profile-association/|ResourceId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["profile", "profile-association"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "route53profiles">;
/** Any route53profiles action. */
export type Action = ActionOf<typeof actionFacts, "route53profiles">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "route53profiles">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "route53profiles" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every route53profiles action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by priority range of a Firewall Rule Group. */
  "route53profiles:FirewallRuleGroupPriority": "Numeric";
  /** Filters access by Hosted Zone domains. */
  "route53profiles:HostedZoneDomains": "String";
  /** Filters access by Resolver Rule domains. */
  "route53profiles:ResolverRuleDomains": "String";
  /** Filters access by specific resource ARNs. */
  "route53profiles:ResourceArns": "ARN";
  /** Filters access by given VPCs. */
  "route53profiles:ResourceIds": "String";
  /** Filters access by specific resource type. Possible options include 'HostedZone', 'FirewallRuleGroup', 'ResolverQueryLoggingConfig', 'ResolverRule', and 'VpcEndpoint'. */
  "route53profiles:ResourceTypes": "String";
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
  "route53profiles:FirewallRuleGroupPriority": "|,Numeric|0||Filters access by priority range of a Firewall Rule Group",
  "route53profiles:HostedZoneDomains": "|,String|0||Filters access by Hosted Zone domains",
  "route53profiles:ResolverRuleDomains": "|,String|0||Filters access by Resolver Rule domains",
  "route53profiles:ResourceArns": "|,ARN|0||Filters access by specific resource ARNs",
  "route53profiles:ResourceIds": "|,String|0||Filters access by given VPCs",
  "route53profiles:ResourceTypes":
    "|,String|0||Filters access by specific resource type. Possible options include 'HostedZone', 'FirewallRuleGroup', 'ResolverQueryLoggingConfig', 'ResolverRule', and 'VpcEndpoint'",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "route53profiles",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
