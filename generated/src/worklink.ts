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
export const prefix: "worklink" = "worklink";
/** The service's name in the reference. */
export const serviceName: "Amazon WorkLink" = "Amazon WorkLink";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon WorkLink",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonworklink.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to associate a domain with an Amazon WorkLink fleet. Access level: Write. Resources: fleet*. https://docs.aws.amazon.com/worklink/latest/api/API_AssociateDomain.html */
  AssociateDomain: "W|||0;1;|||",
  /** Grants permission to associate a website authorization provider with an Amazon WorkLink fleet. Access level: Write. Resources: fleet*. https://docs.aws.amazon.com/worklink/latest/api/API_AssociateWebsiteAuthorizationProvider.html */
  AssociateWebsiteAuthorizationProvider: "W|||0;1;|||",
  /** Grants permission to associate a website certificate authority with an Amazon WorkLink fleet. Access level: Write. Resources: fleet*. https://docs.aws.amazon.com/worklink/latest/api/API_AssociateWebsiteCertificateAuthority.html */
  AssociateWebsiteCertificateAuthority: "W|||0;1;|||",
  /** Grants permission to create an Amazon WorkLink fleet. Access level: Write. https://docs.aws.amazon.com/worklink/latest/api/API_CreateFleet.html */
  CreateFleet: "W||||0,2||",
  /** Grants permission to delete an Amazon WorkLink fleet. Access level: Write. Resources: fleet*. https://docs.aws.amazon.com/worklink/latest/api/API_DeleteFleet.html */
  DeleteFleet: "W|||0;1;|0,2||",
  /** Grants permission to describe the audit stream configuration for an Amazon WorkLink fleet. Access level: Read. Resources: fleet*. https://docs.aws.amazon.com/worklink/latest/api/API_DescribeAuditStreamConfiguration.html */
  DescribeAuditStreamConfiguration: "R|||0;1;|||",
  /** Grants permission to describe the company network configuration for an Amazon WorkLink fleet. Access level: Read. Resources: fleet*. https://docs.aws.amazon.com/worklink/latest/api/API_DescribeCompanyNetworkConfiguration.html */
  DescribeCompanyNetworkConfiguration: "R|||0;1;|||",
  /** Grants permission to describe details of a device associated with an Amazon WorkLink fleet. Access level: Read. Resources: fleet*. https://docs.aws.amazon.com/worklink/latest/api/API_DescribeDevice.html */
  DescribeDevice: "R|||0;1;|||",
  /** Grants permission to describe the device policy configuration for an Amazon WorkLink fleet. Access level: Read. Resources: fleet*. https://docs.aws.amazon.com/worklink/latest/api/API_DescribeDevicePolicyConfiguration.html */
  DescribeDevicePolicyConfiguration: "R|||0;1;|||",
  /** Grants permission to describe details about a domain associated with an Amazon WorkLink fleet. Access level: Read. Resources: fleet*. https://docs.aws.amazon.com/worklink/latest/api/API_DescribeDomain.html */
  DescribeDomain: "R|||0;1;|||",
  /** Grants permission to describe metadata of an Amazon WorkLink fleet. Access level: Read. Resources: fleet*. https://docs.aws.amazon.com/worklink/latest/api/API_DescribeFleetMetadata.html */
  DescribeFleetMetadata: "R|||0;1;|0,2||",
  /** Grants permission to describe the identity provider configuration for an Amazon WorkLink fleet. Access level: Read. Resources: fleet*. https://docs.aws.amazon.com/worklink/latest/api/API_DescribeIdentityProviderConfiguration.html */
  DescribeIdentityProviderConfiguration: "R|||0;1;|||",
  /** Grants permission to describe a website certificate authority associated with an Amazon WorkLink fleet. Access level: Read. Resources: fleet*. https://docs.aws.amazon.com/worklink/latest/api/API_DescribeWebsiteCertificateAuthority.html */
  DescribeWebsiteCertificateAuthority: "R|||0;1;|||",
  /** Grants permission to disassociate a domain from an Amazon WorkLink fleet. Access level: Write. Resources: fleet*. https://docs.aws.amazon.com/worklink/latest/api/API_DisassociateDomain.html */
  DisassociateDomain: "W|||0;1;|||",
  /** Grants permission to disassociate a website authorization provider from an Amazon WorkLink fleet. Access level: Write. Resources: fleet*. https://docs.aws.amazon.com/worklink/latest/api/API_DisassociateWebsiteAuthorizationProvider.html */
  DisassociateWebsiteAuthorizationProvider: "W|||0;1;|||",
  /** Grants permission to disassociate a website certificate authority from an Amazon WorkLink fleet. Access level: Write. Resources: fleet*. https://docs.aws.amazon.com/worklink/latest/api/API_DisassociateWebsiteCertificateAuthority.html */
  DisassociateWebsiteCertificateAuthority: "W|||0;1;|||",
  /** Grants permission to list the devices associated with an Amazon WorkLink fleet. Access level: List. Resources: fleet*. https://docs.aws.amazon.com/worklink/latest/api/API_ListDevices.html */
  ListDevices: "L|||0;1;|||",
  /** Grants permission to list the associated domains for an Amazon WorkLink fleet. Access level: List. Resources: fleet*. https://docs.aws.amazon.com/worklink/latest/api/API_ListDomains.html */
  ListDomains: "L|||0;1;|||",
  /** Grants permission to list the Amazon WorkLink fleets associated with the account. Access level: List. https://docs.aws.amazon.com/worklink/latest/api/API_ListFleets.html */
  ListFleets: "L||||||",
  /** Grants permission to list tags for a resource. Access level: Read. Resources: fleet*. https://docs.aws.amazon.com/worklink/latest/api/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;1;|||",
  /** Grants permission to list the website authorization providers for an Amazon WorkLink fleet. Access level: List. Resources: fleet*. https://docs.aws.amazon.com/worklink/latest/api/API_ListWebsiteAuthorizationProviders.html */
  ListWebsiteAuthorizationProviders: "L|||0;1;|||",
  /** Grants permission to list the website certificate authorities associated with an Amazon WorkLink fleet. Access level: List. Resources: fleet*. https://docs.aws.amazon.com/worklink/latest/api/API_ListWebsiteCertificateAuthorities.html */
  ListWebsiteCertificateAuthorities: "L|||0;1;|||",
  /** Grants permission to restore access to a domain associated with an Amazon WorkLink fleet. Access level: Write. Resources: fleet*. https://docs.aws.amazon.com/worklink/latest/api/API_RestoreDomainAccess.html */
  RestoreDomainAccess: "W|||0;1;|||",
  /** Grants permission to revoke access to a domain associated with an Amazon WorkLink fleet. Access level: Write. Resources: fleet*. https://docs.aws.amazon.com/worklink/latest/api/API_RevokeDomainAccess.html */
  RevokeDomainAccess: "W|||0;1;|||",
  /** Grants permission to list devices for an Amazon WorkLink fleet. Access level: List. Resources: fleet*. Permission only. https://docs.aws.amazon.com/worklink/latest/ag/manage-devices.html */
  SearchEntity: "L||1|0;1;|||",
  /** Grants permission to sign out a user from an Amazon WorkLink fleet. Access level: Write. Resources: fleet*. https://docs.aws.amazon.com/worklink/latest/api/API_SignOutUser.html */
  SignOutUser: "W|||0;1;|||",
  /** Grants permission to add one or more tags to a resource. Access level: Tagging. Resources: fleet*. https://docs.aws.amazon.com/worklink/latest/api/API_TagResource.html */
  TagResource: "T|||0;1;|0,2||",
  /** Grants permission to remove one or more tags from a resource. Access level: Tagging. Resources: fleet*. https://docs.aws.amazon.com/worklink/latest/api/API_UntagResource.html */
  UntagResource: "T|||0;1;|2||",
  /** Grants permission to update the audit stream configuration for an Amazon WorkLink fleet. Access level: Write. Resources: fleet*. https://docs.aws.amazon.com/worklink/latest/api/API_UpdateAuditStreamConfiguration.html */
  UpdateAuditStreamConfiguration: "W|||0;1;|||",
  /** Grants permission to update the company network configuration for an Amazon WorkLink fleet. Access level: Write. Resources: fleet*. https://docs.aws.amazon.com/worklink/latest/api/API_UpdateCompanyNetworkConfiguration.html */
  UpdateCompanyNetworkConfiguration: "W|||0;1;|||",
  /** Grants permission to update the device policy configuration for an Amazon WorkLink fleet. Access level: Write. Resources: fleet*. https://docs.aws.amazon.com/worklink/latest/api/API_UpdateDevicePolicyConfiguration.html */
  UpdateDevicePolicyConfiguration: "W|||0;1;|||",
  /** Grants permission to update the metadata for a domain associated with an Amazon WorkLink fleet. Access level: Write. Resources: fleet*. https://docs.aws.amazon.com/worklink/latest/api/API_UpdateDomainMetadata.html */
  UpdateDomainMetadata: "W|||0;1;|||",
  /** Grants permission to update the metadata of an Amazon WorkLink fleet. Access level: Write. Resources: fleet*. https://docs.aws.amazon.com/worklink/latest/api/API_UpdateFleetMetadata.html */
  UpdateFleetMetadata: "W|||0;1;|||",
  /** Grants permission to update the identity provider configuration for an Amazon WorkLink fleet. Access level: Write. Resources: fleet*. https://docs.aws.amazon.com/worklink/latest/api/API_UpdateIdentityProviderConfiguration.html */
  UpdateIdentityProviderConfiguration: "W|||0;1;|||",
} as const;
const actionDetails = {
  AssociateDomain: "|,;~|Grants permission to associate a domain with an Amazon WorkLink fleet",
  AssociateWebsiteAuthorizationProvider:
    "|,;~|Grants permission to associate a website authorization provider with an Amazon WorkLink fleet",
  AssociateWebsiteCertificateAuthority:
    "|,;~|Grants permission to associate a website certificate authority with an Amazon WorkLink fleet",
  CreateFleet: "|,;~|Grants permission to create an Amazon WorkLink fleet",
  DeleteFleet: "|,;~|Grants permission to delete an Amazon WorkLink fleet",
  DescribeAuditStreamConfiguration:
    "|,;~|Grants permission to describe the audit stream configuration for an Amazon WorkLink fleet",
  DescribeCompanyNetworkConfiguration:
    "|,;~|Grants permission to describe the company network configuration for an Amazon WorkLink fleet",
  DescribeDevice: "|,;~|Grants permission to describe details of a device associated with an Amazon WorkLink fleet",
  DescribeDevicePolicyConfiguration:
    "|,;~|Grants permission to describe the device policy configuration for an Amazon WorkLink fleet",
  DescribeDomain: "|,;~|Grants permission to describe details about a domain associated with an Amazon WorkLink fleet",
  DescribeFleetMetadata: "|,;~|Grants permission to describe metadata of an Amazon WorkLink fleet",
  DescribeIdentityProviderConfiguration:
    "|,;~|Grants permission to describe the identity provider configuration for an Amazon WorkLink fleet",
  DescribeWebsiteCertificateAuthority:
    "|,;~|Grants permission to describe a website certificate authority associated with an Amazon WorkLink fleet",
  DisassociateDomain: "|,;~|Grants permission to disassociate a domain from an Amazon WorkLink fleet",
  DisassociateWebsiteAuthorizationProvider:
    "|,;~|Grants permission to disassociate a website authorization provider from an Amazon WorkLink fleet",
  DisassociateWebsiteCertificateAuthority:
    "|,;~|Grants permission to disassociate a website certificate authority from an Amazon WorkLink fleet",
  ListDevices: "|,;~|Grants permission to list the devices associated with an Amazon WorkLink fleet",
  ListDomains: "|,;~|Grants permission to list the associated domains for an Amazon WorkLink fleet",
  ListFleets: "|,;~|Grants permission to list the Amazon WorkLink fleets associated with the account",
  ListTagsForResource: "|,;~|Grants permission to list tags for a resource",
  ListWebsiteAuthorizationProviders:
    "|,;~|Grants permission to list the website authorization providers for an Amazon WorkLink fleet",
  ListWebsiteCertificateAuthorities:
    "|,;~|Grants permission to list the website certificate authorities associated with an Amazon WorkLink fleet",
  RestoreDomainAccess: "|,;~|Grants permission to restore access to a domain associated with an Amazon WorkLink fleet",
  RevokeDomainAccess: "|,;~|Grants permission to revoke access to a domain associated with an Amazon WorkLink fleet",
  SearchEntity: "|,;~|Grants permission to list devices for an Amazon WorkLink fleet",
  SignOutUser: "|,;~|Grants permission to sign out a user from an Amazon WorkLink fleet",
  TagResource: "|,;~|Grants permission to add one or more tags to a resource",
  UntagResource: "|,;~|Grants permission to remove one or more tags from a resource",
  UpdateAuditStreamConfiguration:
    "|,;~|Grants permission to update the audit stream configuration for an Amazon WorkLink fleet",
  UpdateCompanyNetworkConfiguration:
    "|,;~|Grants permission to update the company network configuration for an Amazon WorkLink fleet",
  UpdateDevicePolicyConfiguration:
    "|,;~|Grants permission to update the device policy configuration for an Amazon WorkLink fleet",
  UpdateDomainMetadata:
    "|,;~|Grants permission to update the metadata for a domain associated with an Amazon WorkLink fleet",
  UpdateFleetMetadata: "|,;~|Grants permission to update the metadata of an Amazon WorkLink fleet",
  UpdateIdentityProviderConfiguration:
    "|,;~|Grants permission to update the identity provider configuration for an Amazon WorkLink fleet",
};
const resourceTypeFacts = {
  /** The fleet resource type: arn:${Partition}:worklink::${Account}:fleet/${FleetName} */
  fleet: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a fleet resource: arn:${Partition}:worklink::${Account}:fleet/${FleetName}. */
  fleet: "|,fleet|arn:|Partition|:worklink::|Account|:fleet/|FleetName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["fleet"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "worklink">;
/** Any worklink action. */
export type Action = ActionOf<typeof actionFacts, "worklink">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "worklink">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "", client: "" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every worklink action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "worklink",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
