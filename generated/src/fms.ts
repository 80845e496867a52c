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
export const prefix: "fms" = "fms";
/** The service's name in the reference. */
export const serviceName: "AWS Firewall Manager" = "AWS Firewall Manager";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Firewall Manager",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsfirewallmanager.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["fms:TagResource"] as const;
const actionFacts = {
  /** Grants permission to set the AWS Firewall Manager administrator account and enables the service in all organization accounts. Access level: Write. https://docs.aws.amazon.com/fms/2018-01-01/APIReference/API_AssociateAdminAccount.html */
  AssociateAdminAccount: "W||||||;",
  /** Grants permission to set the Firewall Manager administrator as a tenant administrator of a third-party firewall service. Access level: Write. https://docs.aws.amazon.com/fms/2018-01-01/APIReference/API_AssociateThirdPartyFirewall.html */
  AssociateThirdPartyFirewall: "W||||||;",
  /** Grants permission to associate resources to an AWS Firewall Manager resource set. Access level: Write. Resources: resource-set*. https://docs.aws.amazon.com/fms/2018-01-01/APIReference/API_BatchAssociateResource.html */
  BatchAssociateResource: "W|||3;1;|||;",
  /** Grants permission to disassociate resources from an AWS Firewall Manager resource set. Access level: Write. Resources: resource-set*. https://docs.aws.amazon.com/fms/2018-01-01/APIReference/API_BatchDisassociateResource.html */
  BatchDisassociateResource: "W|||3;1;|||;",
  /** Grants permission to permanently deletes an AWS Firewall Manager applications list. Access level: Write. Resources: applications-list*. https://docs.aws.amazon.com/fms/2018-01-01/APIReference/API_DeleteAppsList.html */
  DeleteAppsList: "W|||0;1;|||;",
  /** Grants permission to delete an AWS Firewall Manager association with the IAM role and the Amazon Simple Notification Service (SNS) topic that is used to notify the FM administrator about major FM events and errors across the organization. Access level: Write. https://docs.aws.amazon.com/fms/2018-01-01/APIReference/API_DeleteNotificationChannel.html */
  DeleteNotificationChannel: "W||||||;",
  /** Grants permission to permanently delete an AWS Firewall Manager policy. Access level: Write. Resources: policy*. https://docs.aws.amazon.com/fms/2018-01-01/APIReference/API_DeletePolicy.html */
  DeletePolicy: "W|||1;1;|1||;",
  /** Grants permission to permanently deletes an AWS Firewall Manager protocols list. Access level: Write. Resources: protocols-list*. https://docs.aws.amazon.com/fms/2018-01-01/APIReference/API_DeleteProtocolsList.html */
  DeleteProtocolsList: "W|||2;1;|||;",
  /** Grants permission to permanently delete an AWS Firewall Manager resource set. Access level: Write. Resources: resource-set*. https://docs.aws.amazon.com/fms/2018-01-01/APIReference/API_DeleteResourceSet.html */
  DeleteResourceSet: "W|||3;1;|1||;",
  /** Grants permission to disassociate the account that has been set as the AWS Firewall Manager administrator account and and disables the service in all organization accounts. Access level: Write. https://docs.aws.amazon.com/fms/2018-01-01/APIReference/API_DisassociateAdminAccount.html */
  DisassociateAdminAccount: "W||||||;",
  /** Grants permission to disassociate a Firewall Manager administrator from a third-party firewall tenant. Access level: Write. https://docs.aws.amazon.com/fms/2018-01-01/APIReference/API_DisassociateThirdPartyFirewall.html */
  DisassociateThirdPartyFirewall: "W||||||;",
  /** Grants permission to return the AWS Organizations account that is associated with AWS Firewall Manager as the AWS Firewall Manager administrator. Access level: Read. https://docs.aws.amazon.com/fms/2018-01-01/APIReference/API_GetAdminAccount.html */
  GetAdminAccount: "R||||||;",
  /** Grants permission to return information about the specified account's administrative scope. Access level: Read. https://docs.aws.amazon.com/fms/2018-01-01/APIReference/API_GetAdminScope.html */
  GetAdminScope: "R||||||;",
  /** Grants permission to return information about the specified AWS Firewall Manager applications list. Access level: Read. Resources: applications-list*. https://docs.aws.amazon.com/fms/2018-01-01/APIReference/API_GetAppsList.html */
  GetAppsList: "R|||0;1;|||;",
  /** Grants permission to retrieve detailed compliance information about the specified member account. Details include resources that are in and out of compliance with the specified policy. Access level: Read. Resources: policy*. https://docs.aws.amazon.com/fms/2018-01-01/APIReference/API_GetComplianceDetail.html */
  GetComplianceDetail: "R|||1;1;|||;",
  /** Grants permission to retrieve information about the Amazon Simple Notification Service (SNS) topic that is used to record AWS Firewall Manager SNS logs. Access level: Read. https://docs.aws.amazon.com/fms/2018-01-01/APIReference/API_GetNotificationChannel.html */
  GetNotificationChannel: "R||||||;",
  /** Grants permission to retrieve information about the specified AWS Firewall Manager policy. Access level: Read. Resources: policy*. https://docs.aws.amazon.com/fms/2018-01-01/APIReference/API_GetPolicy.html */
  GetPolicy: "R|||1;1;|||;",
  /** Grants permission to retrieve policy-level attack summary information in the event of a potential DDoS attack. Access level: Read. Resources: policy*. https://docs.aws.amazon.com/fms/2018-01-01/APIReference/API_GetProtectionStatus.html */
  GetProtectionStatus: "R|||1;1;|||;",
  /** Grants permission to return information about the specified AWS Firewall Manager protocols list. Access level: Read. Resources: protocols-list*. https://docs.aws.amazon.com/fms/2018-01-01/APIReference/API_GetProtocolsList.html */
  GetProtocolsList: "R|||2;1;|||;",
  /** Grants permission to retrieve information about the specified AWS Firewall Manager resource set. Access level: Read. Resources: resource-set*. https://docs.aws.amazon.com/fms/2018-01-01/APIReference/API_GetResourceSet.html */
  GetResourceSet: "R|||3;1;|||;",
  /** Grants permission to retrieve the onboarding status of a Firewall Manager administrator account to third-party firewall vendor tenant. Access level: Read. https://docs.aws.amazon.com/fms/2018-01-01/APIReference/API_GetThirdPartyFirewallAssociationStatus.html */
  GetThirdPartyFirewallAssociationStatus: "R||||||;",
  /** Grants permission to retrieve violations for a resource based on the specified AWS Firewall Manager policy and AWS account. Access level: Read. Resources: policy*. https://docs.aws.amazon.com/fms/2018-01-01/APIReference/API_GetViolationDetails.html */
  GetViolationDetails: "R|||1;1;|||;",
  /** Grants permission to return a AdminAccounts object that lists the Firewall Manager administrators within the organization that are onboarded to Firewall Manager by AssociateAdminAccount. Access level: List. https://docs.aws.amazon.com/fms/2018-01-01/APIReference/API_ListAdminAccountsForOrganization.html */
  ListAdminAccountsForOrganization: "L||||||;",
  /** Grants permission to list the accounts that are managing the specified AWS Organizations member account. Access level: List. https://docs.aws.amazon.com/fms/2018-01-01/APIReference/API_ListAdminsManagingAccount.html */
  ListAdminsManagingAccount: "L||||||;",
  /** Grants permission to return an array of AppsListDataSummary objects. Access level: List. https://docs.aws.amazon.com/fms/2018-01-01/APIReference/API_ListAppsLists.html */
  ListAppsLists: "L||||||;",
  /** Grants permission to retrieve an array of PolicyComplianceStatus objects in the response. Use PolicyComplianceStatus to get a summary of which member accounts are protected by the specified policy. Access level: List. Resources: policy*. https://docs.aws.amazon.com/fms/2018-01-01/APIReference/API_ListComplianceStatus.html */
  ListComplianceStatus: "L|||1;1;|||;",
  /** Grants permission to retrieve an array of resources in the organization's accounts that are available to be associated with a resource set. Access level: List. https://docs.aws.amazon.com/fms/2018-01-01/APIReference/API_ListDiscoveredResources.html */
  ListDiscoveredResources: "L||||||;",
  /** Grants permission to retrieve an array of member account ids if the caller is FMS admin account. Access level: List. https://docs.aws.amazon.com/fms/2018-01-01/APIReference/API_ListMemberAccounts.html */
  ListMemberAccounts: "L||||||;",
  /** Grants permission to retrieve an array of PolicySummary objects in the response. Access level: List. https://docs.aws.amazon.com/fms/2018-01-01/APIReference/API_ListPolicies.html */
  ListPolicies: "L||||||;",
  /** Grants permission to return an array of ProtocolsListDataSummary objects. Access level: List. https://docs.aws.amazon.com/fms/2018-01-01/APIReference/API_ListProtocolsLists.html */
  ListProtocolsLists: "L||||||;",
  /** Grants permission to retrieve an array of resources that are currently associated to a resource set. Access level: List. Resources: resource-set*. https://docs.aws.amazon.com/fms/2018-01-01/APIReference/API_ListResourceSetResources.html */
  ListResourceSetResources: "L|||3;1;|||;",
  /** Grants permission to retrieve an array of ResourceSetSummary objects. Access level: List. https://docs.aws.amazon.com/fms/2018-01-01/APIReference/API_ListResourceSets.html */
  ListResourceSets: "L||||||;",
  /** Grants permission to list Tags for a given resource. Access level: Read. Resources: policy*. https://docs.aws.amazon.com/fms/2018-01-01/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||1;1;|||;",
  /** Grants permission to retrieve a list of all of the third-party firewall policies that are associated with the third-party firewall administrator's account. Access level: List. https://docs.aws.amazon.com/fms/2018-01-01/APIReference/API_ListThirdPartyFirewallFirewallPolicies.html */
  ListThirdPartyFirewallFirewallPolicies: "L||||||;",
  /** Grants permission to create or update an Firewall Manager administrator account. Access level: Write. https://docs.aws.amazon.com/fms/2018-01-01/APIReference/API_PutAdminAccount.html */
  PutAdminAccount: "W||||||;",
  /** Grants permission to create an AWS Firewall Manager applications list. Access level: Write. Resources: applications-list*. https://docs.aws.amazon.com/fms/2018-01-01/APIReference/API_PutAppsList.html */
  PutAppsList: "W|||0;1;|0,2|0|;",
  /** Grants permission to designate the IAM role and Amazon Simple Notification Service (SNS) topic that AWS Firewall Manager (FM) could use to notify the FM administrator about major FM events and errors across the organization. Access level: Write. https://docs.aws.amazon.com/fms/2018-01-01/APIReference/API_PutNotificationChannel.html */
  PutNotificationChannel: "W|||||iam:PassRole|;",
  /** Grants permission to create an AWS Firewall Manager policy. Access level: Write. Resources: policy*. https://docs.aws.amazon.com/fms/2018-01-01/APIReference/API_PutPolicy.html */
  PutPolicy: "W|||1;1;|0,2|0|;",
  /** Grants permission to creates an AWS Firewall Manager protocols list. Access level: Write. Resources: protocols-list*. https://docs.aws.amazon.com/fms/2018-01-01/APIReference/API_PutProtocolsList.html */
  PutProtocolsList: "W|||2;1;|0,2|0|;",
  /** Grants permission to create an AWS Firewall Manager resource set. Access level: Write. Resources: resource-set*. https://docs.aws.amazon.com/fms/2018-01-01/APIReference/API_PutResourceSet.html */
  PutResourceSet: "W|||3;1;|0,2|0|;",
  /** Grants permission to add a Tag to a given resource. Access level: Tagging. Resources: applications-list, policy, protocols-list, resource-set. https://docs.aws.amazon.com/fms/2018-01-01/APIReference/API_TagResource.html */
  TagResource: "T|||0;0;,1;0;,2;0;,3;0;|0,2||PutAppsList,PutPolicy,PutProtocolsList,PutResourceSet,;",
  /** Grants permission to remove a Tag from a given resource. Access level: Tagging. Resources: applications-list, policy, protocols-list, resource-set. https://docs.aws.amazon.com/fms/2018-01-01/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,3;0;|2||;",
} as const;
const actionDetails = {
  AssociateAdminAccount:
    "|,;~~~|Grants permission to set the AWS Firewall Manager administrator account and enables the service in all organization accounts",
  AssociateThirdPartyFirewall:
    "|,;~~~|Grants permission to set the Firewall Manager administrator as a tenant administrator of a third-party firewall service",
  BatchAssociateResource: "|,;~~~|Grants permission to associate resources to an AWS Firewall Manager resource set",
  BatchDisassociateResource:
    "|,;~~~|Grants permission to disassociate resources from an AWS Firewall Manager resource set",
  DeleteAppsList: "|,;~~~|Grants permission to permanently deletes an AWS Firewall Manager applications list",
  DeleteNotificationChannel:
    "|,;~~~|Grants permission to delete an AWS Firewall Manager association with the IAM role and the Amazon Simple Notification Service (SNS) topic that is used to notify the FM administrator about major FM events and errors across the organization",
  DeletePolicy: "|,;~~~|Grants permission to permanently delete an AWS Firewall Manager policy",
  DeleteProtocolsList: "|,;~~~|Grants permission to permanently deletes an AWS Firewall Manager protocols list",
  DeleteResourceSet: "|,;~~~|Grants permission to permanently delete an AWS Firewall Manager resource set",
  DisassociateAdminAccount:
    "|,;~~~|Grants permission to disassociate the account that has been set as the AWS Firewall Manager administrator account and and disables the service in all organization accounts",
  DisassociateThirdPartyFirewall:
    "|,;~~~|Grants permission to disassociate a Firewall Manager administrator from a third-party firewall tenant",
  GetAdminAccount:
    "|,;~~~|Grants permission to return the AWS Organizations account that is associated with AWS Firewall Manager as the AWS Firewall Manager administrator",
  GetAdminScope: "|,;~~~|Grants permission to return information about the specified account's administrative scope",
  GetAppsList:
    "|,;~~~|Grants permission to return information about the specified AWS Firewall Manager applications list",
  GetComplianceDetail:
    "|,;~~~|Grants permission to retrieve detailed compliance information about the specified member account. Details include resources that are in and out of compliance with the specified policy",
  GetNotificationChannel:
    "|,;~~~|Grants permission to retrieve information about the Amazon Simple Notification Service (SNS) topic that is used to record AWS Firewall Manager SNS logs",
  GetPolicy: "|,;~~~|Grants permission to retrieve information about the specified AWS Firewall Manager policy",
  GetProtectionStatus:
    "|,;~~~|Grants permission to retrieve policy-level attack summary information in the event of a potential DDoS attack",
  GetProtocolsList:
    "|,;~~~|Grants permission to return information about the specified AWS Firewall Manager protocols list",
  GetResourceSet:
    "|,;~~~|Grants permission to retrieve information about the specified AWS Firewall Manager resource set",
  GetThirdPartyFirewallAssociationStatus:
    "|,;~~~|Grants permission to retrieve the onboarding status of a Firewall Manager administrator account to third-party firewall vendor tenant",
  GetViolationDetails:
    "|,;~~~|Grants permission to retrieve violations for a resource based on the specified AWS Firewall Manager policy and AWS account",
  ListAdminAccountsForOrganization:
    "|,;~~~|Grants permission to return a AdminAccounts object that lists the Firewall Manager administrators within the organization that are onboarded to Firewall Manager by AssociateAdminAccount",
  ListAdminsManagingAccount:
    "|,;~~~|Grants permission to list the accounts that are managing the specified AWS Organizations member account",
  ListAppsLists: "|,;~~~|Grants permission to return an array of AppsListDataSummary objects",
  ListComplianceStatus:
    "|,;~~~|Grants permission to retrieve an array of PolicyComplianceStatus objects in the response. Use PolicyComplianceStatus to get a summary of which member accounts are protected by the specified policy",
  ListDiscoveredResources:
    "|,;~~~|Grants permission to retrieve an array of resources in the organization's accounts that are available to be associated with a resource set",
  ListMemberAccounts:
    "|,;~~~|Grants permission to retrieve an array of member account ids if the caller is FMS admin account",
  ListPolicies: "|,;~~~|Grants permission to retrieve an array of PolicySummary objects in the response",
  ListProtocolsLists: "|,;~~~|Grants permission to return an array of ProtocolsListDataSummary objects",
  ListResourceSetResources:
    "|,;~~~|Grants permission to retrieve an array of resources that are currently associated to a resource set",
  ListResourceSets: "|,;~~~|Grants permission to retrieve an array of ResourceSetSummary objects",
  ListTagsForResource: "|,;~~~|Grants permission to list Tags for a given resource",
  ListThirdPartyFirewallFirewallPolicies:
    "|,;~~~|Grants permission to retrieve a list of all of the third-party firewall policies that are associated with the third-party firewall administrator's account",
  PutAdminAccount: "|,;~~~|Grants permission to create or update an Firewall Manager administrator account",
  PutAppsList: "|,;~~~|Grants permission to create an AWS Firewall Manager applications list",
  PutNotificationChannel:
    "|,;~~~|Grants permission to designate the IAM role and Amazon Simple Notification Service (SNS) topic that AWS Firewall Manager (FM) could use to notify the FM administrator about major FM events and errors across the organization",
  PutPolicy: "|,;~~~|Grants permission to create an AWS Firewall Manager policy",
  PutProtocolsList: "|,;~~~|Grants permission to creates an AWS Firewall Manager protocols list",
  PutResourceSet: "|,;~~~|Grants permission to create an AWS Firewall Manager resource set",
  TagResource: "|,;~~~,~~,~~,~~,~~|Grants permission to add a Tag to a given resource",
  UntagResource: "|,;~~~|Grants permission to remove a Tag from a given resource",
};
const resourceTypeFacts = {
  /** The applications-list resource type: arn:${Partition}:fms:${Region}:${Account}:applications-list/${Id} */
  "applications-list": "|,applicationsList|1",
  /** The policy resource type: arn:${Partition}:fms:${Region}:${Account}:policy/${Id} */
  policy: "|,|1",
  /** The protocols-list resource type: arn:${Partition}:fms:${Region}:${Account}:protocols-list/${Id} */
  "protocols-list": "|,protocolsList|1",
  /** The resource-set resource type: arn:${Partition}:fms:${Region}:${Account}:resource-set/${Id} */
  "resource-set": "|,resourceSet|1",
} as const;
const arnFormats = {
  /** ARN of a applications-list resource: arn:${Partition}:fms:${Region}:${Account}:applications-list/${Id}. */
  applicationsList: "|,applications-list|arn:|Partition|:fms:|Region|:|Account|:applications-list/|Id|",
  /** ARN of a policy resource: arn:${Partition}:fms:${Region}:${Account}:policy/${Id}. */
  policy: "|,policy|arn:|Partition|:fms:|Region|:|Account|:policy/|Id|",
  /** ARN of a protocols-list resource: arn:${Partition}:fms:${Region}:${Account}:protocols-list/${Id}. */
  protocolsList: "|,protocols-list|arn:|Partition|:fms:|Region|:|Account|:protocols-list/|Id|",
  /** ARN of a resource-set resource: arn:${Partition}:fms:${Region}:${Account}:resource-set/${Id}. */
  resourceSet: "|,resource-set|arn:|Partition|:fms:|Region|:|Account|:resource-set/|Id|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["applications-list", "policy", "protocols-list", "resource-set"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "fms">;
/** Any fms action. */
export type Action = ActionOf<typeof actionFacts, "fms">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "fms">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "fms" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every fms action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the tag key-value pairs attached to the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the the presence of tag keys in the request. */
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
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by the tag key-value pairs attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the the presence of tag keys in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "fms",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
