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
export const prefix: "route53globalresolver" = "route53globalresolver";
/** The service's name in the reference. */
export const serviceName: "AWS Route53 Global Resolver" = "AWS Route53 Global Resolver";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Route53 Global Resolver",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsroute53globalresolver.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["route53globalresolver:TagResource"] as const;
const actionFacts = {
  /** Grants permission to deliver logs for a global resolver. Access level: Permissions management. Resources: global-resolver*. Permission only. https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsroute53globalresolver.html */
  AllowVendedLogDeliveryForResource: "P||1|4;1;1|||",
  /** Grants permission to associate a resource to a hosted zone. Access level: Write. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53globalresolver_AssociateHostedZone */
  AssociateHostedZone: "W||||||;",
  /** Grants permission to create multiple firewall rules. Access level: Write. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53globalresolver_BatchCreateFirewallRule */
  BatchCreateFirewallRule: "W||||||;",
  /** Grants permission to delete multiple firewall rules. Access level: Write. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53globalresolver_BatchDeleteFirewallRule */
  BatchDeleteFirewallRule: "W||||||;",
  /** Grants permission to update multiple firewall rules. Access level: Write. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53globalresolver_BatchUpdateFirewallRule */
  BatchUpdateFirewallRule: "W||||||;",
  /** Grants permission to create an access source. Access level: Write. Resources: dns-view*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53globalresolver_CreateAccessSource */
  CreateAccessSource: "W|||2;1;|0,2|0|;",
  /** Grants permission to create an access token. Access level: Write. Resources: access-token*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53globalresolver_CreateAccessToken */
  CreateAccessToken: "W|||1;1;|0,2|0|;",
  /** Grants permission to create a dns view. Access level: Write. Resources: dns-view*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53globalresolver_CreateDNSView */
  CreateDNSView: "W|||2;1;|0,2|0|;",
  /** Grants permission to create a firewall domain list. Access level: Write. Resources: firewall-domain-list*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53globalresolver_CreateFirewallDomainList */
  CreateFirewallDomainList: "W|||3;1;|0,2|0|;",
  /** Grants permission to create a firewall rule. Access level: Write. Resources: dns-view*, firewall-domain-list. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53globalresolver_CreateFirewallRule */
  CreateFirewallRule: "W|||2;1;,3;0;|||;",
  /** Grants permission to create a global resolver. Access level: Write. Resources: global-resolver*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53globalresolver_CreateGlobalResolver */
  CreateGlobalResolver: "W|||4;1;|0,2|0|;",
  /** Grants permission to delete an access source. Access level: Write. Resources: access-source*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53globalresolver_DeleteAccessSource */
  DeleteAccessSource: "W|||0;1;|||;",
  /** Grants permission to delete an access token. Access level: Write. Resources: access-token*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53globalresolver_DeleteAccessToken */
  DeleteAccessToken: "W|||1;1;|||;",
  /** Grants permission to delete a dns view. Access level: Write. Resources: dns-view*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53globalresolver_DeleteDNSView */
  DeleteDNSView: "W|||2;1;|||;",
  /** Grants permission to delete a firewall domain list. Access level: Write. Resources: firewall-domain-list*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53globalresolver_DeleteFirewallDomainList */
  DeleteFirewallDomainList: "W|||3;1;|||;",
  /** Grants permission to delete a firewall rule. Access level: Write. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53globalresolver_DeleteFirewallRule */
  DeleteFirewallRule: "W||||||;",
  /** Grants permission to delete a global resolver. Access level: Write. Resources: global-resolver*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53globalresolver_DeleteGlobalResolver */
  DeleteGlobalResolver: "W|||4;1;|||;",
  /** Grants permission to disable a dns view. Access level: Write. Resources: dns-view*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53globalresolver_DisableDNSView */
  DisableDNSView: "W|||2;1;|||;",
  /** Grants permission to disassociate a hosted zone from a resource. Access level: Write. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53globalresolver_DisassociateHostedZone */
  DisassociateHostedZone: "W||||||;",
  /** Grants permission to enable a dns view. Access level: Write. Resources: dns-view*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53globalresolver_EnableDNSView */
  EnableDNSView: "W|||2;1;|||;",
  /** Grants permission to get an access source. Access level: Read. Resources: access-source*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53globalresolver_GetAccessSource */
  GetAccessSource: "R|||0;1;|||;",
  /** Grants permission to get an access token. Access level: Read. Resources: access-token*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53globalresolver_GetAccessToken */
  GetAccessToken: "R|||1;1;|||;",
  /** Grants permission to get a dns view. Access level: Read. Resources: dns-view*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53globalresolver_GetDNSView */
  GetDNSView: "R|||2;1;|||;",
  /** Grants permission to get a firewall domain list. Access level: Read. Resources: firewall-domain-list*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53globalresolver_GetFirewallDomainList */
  GetFirewallDomainList: "R|||3;1;|||;",
  /** Grants permission to get a firewall rule. Access level: Read. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53globalresolver_GetFirewallRule */
  GetFirewallRule: "R||||||;",
  /** Grants permission to get a global resolver. Access level: Read. Resources: global-resolver*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53globalresolver_GetGlobalResolver */
  GetGlobalResolver: "R|||4;1;|||;",
  /** Grants permission to get a hosted zone association. Access level: Read. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53globalresolver_GetHostedZoneAssociation */
  GetHostedZoneAssociation: "R||||||;",
  /** Grants permission to get a managed firewall domain list. Access level: Read. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53globalresolver_GetManagedFirewallDomainList */
  GetManagedFirewallDomainList: "R||||||;",
  /** Grants permission to import firewall domains from an S3 bucket. Access level: Write. Resources: firewall-domain-list*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53globalresolver_ImportFirewallDomains */
  ImportFirewallDomains: "W|||3;1;||s3:GetObject,s3:ListBucket|;",
  /** Grants permission to list access sources. Access level: List. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53globalresolver_ListAccessSources */
  ListAccessSources: "L||||||;",
  /** Grants permission to list access tokens. Access level: List. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53globalresolver_ListAccessTokens */
  ListAccessTokens: "L||||||;",
  /** Grants permission to list dns views. Access level: List. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53globalresolver_ListDNSViews */
  ListDNSViews: "L||||||;",
  /** Grants permission to list firewall domain lists. Access level: List. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53globalresolver_ListFirewallDomainLists */
  ListFirewallDomainLists: "L||||||;",
  /** Grants permission to list firewall domains. Access level: Read. Resources: firewall-domain-list*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53globalresolver_ListFirewallDomains */
  ListFirewallDomains: "R|||3;1;|||;",
  /** Grants permission to list firewall rules. Access level: List. Resources: dns-view*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53globalresolver_ListFirewallRules */
  ListFirewallRules: "L|||2;1;|||;",
  /** Grants permission to list global resolvers. Access level: List. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53globalresolver_ListGlobalResolvers */
  ListGlobalResolvers: "L||||||;",
  /** Grants permission to list hosted zone associations. Access level: List. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53globalresolver_ListHostedZoneAssociations */
  ListHostedZoneAssociations: "L||||||;",
  /** Grants permission to list managed firewall domain lists. Access level: List. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53globalresolver_ListManagedFirewallDomainLists */
  ListManagedFirewallDomainLists: "L||||||;",
  /** Grants permission to list tags for a resource. Access level: Write. Resources: access-source, access-token, dns-view, firewall-domain-list, global-resolver. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53globalresolver_ListTagsForResource */
  ListTagsForResource: "W|||0;0;,1;0;,2;0;,3;0;,4;0;|||;",
  /** Grants permission to tag a resource. Access level: Tagging. Resources: access-source, access-token, dns-view, firewall-domain-list, global-resolver. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53globalresolver_TagResource */
  TagResource:
    "T|||0;0;,1;0;,2;0;,3;0;,4;0;|0,2||CreateAccessSource,CreateAccessToken,CreateDNSView,CreateFirewallDomainList,CreateGlobalResolver,;",
  /** Grants permission to untag a resource. Access level: Tagging. Resources: access-source, access-token, dns-view, firewall-domain-list, global-resolver. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53globalresolver_UntagResource */
  UntagResource: "T|||0;0;,1;0;,2;0;,3;0;,4;0;|2||;",
  /** Grants permission to update an access source. Access level: Write. Resources: access-source*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53globalresolver_UpdateAccessSource */
  UpdateAccessSource: "W|||0;1;|||;",
  /** Grants permission to update an access token. Access level: Write. Resources: access-token*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53globalresolver_UpdateAccessToken */
  UpdateAccessToken: "W|||1;1;|||;",
  /** Grants permission to update a dns view. Access level: Write. Resources: dns-view*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53globalresolver_UpdateDNSView */
  UpdateDNSView: "W|||2;1;|||;",
  /** Grants permission to update firewall domains. Access level: Write. Resources: firewall-domain-list*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53globalresolver_UpdateFirewallDomains */
  UpdateFirewallDomains: "W|||3;1;|||;",
  /** Grants permission to update an firewall rule. Access level: Write. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53globalresolver_UpdateFirewallRule */
  UpdateFirewallRule: "W||||||;",
  /** Grants permission to update a global resolver. Access level: Write. Resources: global-resolver*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53globalresolver_UpdateGlobalResolver */
  UpdateGlobalResolver: "W|||4;1;|||;",
  /** Grants permission to update a hosted zone association. Access level: Write. https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53globalresolver_UpdateHostedZoneAssociation */
  UpdateHostedZoneAssociation: "W||||||;",
} as const;
const actionDetails = {
  AllowVendedLogDeliveryForResource: "|,;~|Grants permission to deliver logs for a global resolver",
  AssociateHostedZone: "|,;~~~|Grants permission to associate a resource to a hosted zone",
  BatchCreateFirewallRule: "|,;~~~|Grants permission to create multiple firewall rules",
  BatchDeleteFirewallRule: "|,;~~~|Grants permission to delete multiple firewall rules",
  BatchUpdateFirewallRule: "|,;~~~|Grants permission to update multiple firewall rules",
  CreateAccessSource: "|,;~~~|Grants permission to create an access source",
  CreateAccessToken: "|,;~~~|Grants permission to create an access token",
  CreateDNSView: "|,;~~~|Grants permission to create a dns view",
  CreateFirewallDomainList: "|,;~~~|Grants permission to create a firewall domain list",
  CreateFirewallRule: "|,;~~~|Grants permission to create a firewall rule",
  CreateGlobalResolver: "|,;~~~|Grants permission to create a global resolver",
  DeleteAccessSource: "|,;~~~|Grants permission to delete an access source",
  DeleteAccessToken: "|,;~~~|Grants permission to delete an access token",
  DeleteDNSView: "|,;~~~|Grants permission to delete a dns view",
  DeleteFirewallDomainList: "|,;~~~|Grants permission to delete a firewall domain list",
  DeleteFirewallRule: "|,;~~~|Grants permission to delete a firewall rule",
  DeleteGlobalResolver: "|,;~~~|Grants permission to delete a global resolver",
  DisableDNSView: "|,;~~~|Grants permission to disable a dns view",
  DisassociateHostedZone: "|,;~~~|Grants permission to disassociate a hosted zone from a resource",
  EnableDNSView: "|,;~~~|Grants permission to enable a dns view",
  GetAccessSource: "|,;~~~|Grants permission to get an access source",
  GetAccessToken: "|,;~~~|Grants permission to get an access token",
  GetDNSView: "|,;~~~|Grants permission to get a dns view",
  GetFirewallDomainList: "|,;~~~|Grants permission to get a firewall domain list",
  GetFirewallRule: "|,;~~~|Grants permission to get a firewall rule",
  GetGlobalResolver: "|,;~~~|Grants permission to get a global resolver",
  GetHostedZoneAssociation: "|,;~~~|Grants permission to get a hosted zone association",
  GetManagedFirewallDomainList: "|,;~~~|Grants permission to get a managed firewall domain list",
  ImportFirewallDomains: "|,;~~~|Grants permission to import firewall domains from an S3 bucket",
  ListAccessSources: "|,;~~~|Grants permission to list access sources",
  ListAccessTokens: "|,;~~~|Grants permission to list access tokens",
  ListDNSViews: "|,;~~~|Grants permission to list dns views",
  ListFirewallDomainLists: "|,;~~~|Grants permission to list firewall domain lists",
  ListFirewallDomains: "|,;~~~|Grants permission to list firewall domains",
  ListFirewallRules: "|,;~~~|Grants permission to list firewall rules",
  ListGlobalResolvers: "|,;~~~|Grants permission to list global resolvers",
  ListHostedZoneAssociations: "|,;~~~|Grants permission to list hosted zone associations",
  ListManagedFirewallDomainLists: "|,;~~~|Grants permission to list managed firewall domain lists",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for a resource",
  TagResource: "|,;~~~,~~,~~,~~,~~,~~|Grants permission to tag a resource",
  UntagResource: "|,;~~~|Grants permission to untag a resource",
  UpdateAccessSource: "|,;~~~|Grants permission to update an access source",
  UpdateAccessToken: "|,;~~~|Grants permission to update an access token",
  UpdateDNSView: "|,;~~~|Grants permission to update a dns view",
  UpdateFirewallDomains: "|,;~~~|Grants permission to update firewall domains",
  UpdateFirewallRule: "|,;~~~|Grants permission to update an firewall rule",
  UpdateGlobalResolver: "|,;~~~|Grants permission to update a global resolver",
  UpdateHostedZoneAssociation: "|,;~~~|Grants permission to update a hosted zone association",
};
const resourceTypeFacts = {
  /** The access-source resource type: arn:${Partition}:route53globalresolver::${Account}:access-source/${Id} */
  "access-source": "|,accessSource|1",
  /** The access-token resource type: arn:${Partition}:route53globalresolver::${Account}:access-token/${Id} */
  "access-token": "|,accessToken|1",
  /** The dns-view resource type: arn:${Partition}:route53globalresolver::${Account}:dns-view/${Id} */
  "dns-view": "|,dnsView|1",
  /** The firewall-domain-list resource type: arn:${Partition}:route53globalresolver::${Account}:firewall-domain-list/${Id} */
  "firewall-domain-list": "|,firewallDomainList|1",
  /** The global-resolver resource type: arn:${Partition}:route53globalresolver::${Account}:global-resolver/${Id} */
  "global-resolver": "|,globalResolver|1",
} as const;
const arnFormats = {
  /** ARN of a access-source resource: arn:${Partition}:route53globalresolver::${Account}:access-source/${Id}. */
  accessSource: "|,access-source|arn:|Partition|:route53globalresolver::|Account|:access-source/|Id|",
  /** ARN of a access-token resource: arn:${Partition}:route53globalresolver::${Account}:access-token/${Id}. */
  accessToken: "|,access-token|arn:|Partition|:route53globalresolver::|Account|:access-token/|Id|",
  /** ARN of a dns-view resource: arn:${Partition}:route53globalresolver::${Account}:dns-view/${Id}. */
  dnsView: "|,dns-view|arn:|Partition|:route53globalresolver::|Account|:dns-view/|Id|",
  /** ARN of a firewall-domain-list resource: arn:${Partition}:route53globalresolver::${Account}:firewall-domain-list/${Id}. */
  firewallDomainList:
    "|,firewall-domain-list|arn:|Partition|:route53globalresolver::|Account|:firewall-domain-list/|Id|",
  /** ARN of a global-resolver resource: arn:${Partition}:route53globalresolver::${Account}:global-resolver/${Id}. */
  globalResolver: "|,global-resolver|arn:|Partition|:route53globalresolver::|Account|:global-resolver/|Id|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "access-source",
  "access-token",
  "dns-view",
  "firewall-domain-list",
  "global-resolver",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "route53globalresolver">;
/** Any route53globalresolver action. */
export type Action = ActionOf<typeof actionFacts, "route53globalresolver">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "route53globalresolver">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "route53globalresolver" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every route53globalresolver action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by a tag key and value pair that is allowed in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by a tag key and value pair of a resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by a list of tag keys that are allowed in the request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by a tag key and value pair that is allowed in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by a tag key and value pair of a resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by a list of tag keys that are allowed in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "route53globalresolver",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
