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
export const prefix: "route53domains" = "route53domains";
/** The service's name in the reference. */
export const serviceName: "Amazon Route 53 Domains" = "Amazon Route 53 Domains";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Route 53 Domains",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonroute53domains.html",
  },
];
const conditionKeyList = [] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to accept the transfer of a domain from another AWS account to the current AWS account. Access level: Write. https://docs.aws.amazon.com/Route53/latest/APIReference/API_domains_AcceptDomainTransferFromAnotherAwsAccount.html */
  AcceptDomainTransferFromAnotherAwsAccount: "W||||||;",
  /** Grants permission to associate a new delegation signer to a domain. Access level: Write. https://docs.aws.amazon.com/Route53/latest/APIReference/API_domains_AssociateDelegationSignerToDomain.html */
  AssociateDelegationSignerToDomain: "W||||||;",
  /** Grants permission to cancel the transfer of a domain from the current AWS account to another AWS account. Access level: Write. https://docs.aws.amazon.com/Route53/latest/APIReference/API_domains_CancelDomainTransferToAnotherAwsAccount.html */
  CancelDomainTransferToAnotherAwsAccount: "W||||||;",
  /** Grants permission to check the availability of one domain name. Access level: Read. https://docs.aws.amazon.com/Route53/latest/APIReference/API_domains_CheckDomainAvailability.html */
  CheckDomainAvailability: "R||||||;",
  /** Grants permission to check whether a domain name can be transferred to Amazon Route 53. Access level: Read. https://docs.aws.amazon.com/Route53/latest/APIReference/API_domains_CheckDomainTransferability.html */
  CheckDomainTransferability: "R||||||;",
  /** Grants permission to delete domains. Access level: Write. https://docs.aws.amazon.com/Route53/latest/APIReference/API_domains_DeleteDomain.html */
  DeleteDomain: "W||||||;",
  /** Grants permission to delete the specified tags for a domain. Access level: Tagging. https://docs.aws.amazon.com/Route53/latest/APIReference/API_domains_DeleteTagsForDomain.html */
  DeleteTagsForDomain: "T||||||;",
  /** Grants permission to configure Amazon Route 53 to automatically renew the specified domain before the domain registration expires. Access level: Write. https://docs.aws.amazon.com/Route53/latest/APIReference/API_domains_DisableDomainAutoRenew.html */
  DisableDomainAutoRenew: "W||||||;",
  /** Grants permission to remove the transfer lock on the domain (specifically the clientTransferProhibited status) to allow domain transfers. Access level: Write. https://docs.aws.amazon.com/Route53/latest/APIReference/API_domains_DisableDomainTransferLock.html */
  DisableDomainTransferLock: "W||||||;",
  /** Grants permission to disassociate an existing delegation signer from a domain. Access level: Write. https://docs.aws.amazon.com/Route53/latest/APIReference/API_domains_DisassociateDelegationSignerFromDomain.html */
  DisassociateDelegationSignerFromDomain: "W||||||;",
  /** Grants permission to configure Amazon Route 53 to automatically renew the specified domain before the domain registration expires. Access level: Write. https://docs.aws.amazon.com/Route53/latest/APIReference/API_domains_DisableDomainAutoRenew.html */
  EnableDomainAutoRenew: "W||||||;",
  /** Grants permission to set the transfer lock on the domain (specifically the clientTransferProhibited status) to prevent domain transfers. Access level: Write. https://docs.aws.amazon.com/Route53/latest/APIReference/API_domains_EnableDomainTransferLock.html */
  EnableDomainTransferLock: "W||||||;",
  /** Grants permission to get information about whether the registrant contact has responded for operations that require confirmation that the email address for the registrant contact is valid, such as registering a new domain. Access level: Read. https://docs.aws.amazon.com/Route53/latest/APIReference/API_domains_GetContactReachabilityStatus.html */
  GetContactReachabilityStatus: "R||||||;",
  /** Grants permission to get detailed information about a domain. Access level: Read. https://docs.aws.amazon.com/Route53/latest/APIReference/API_domains_GetDomainDetail.html */
  GetDomainDetail: "R||||||;",
  /** Grants permission to get a list of suggested domain names given a string, which can either be a domain name or simply a word or phrase (without spaces). Access level: Read. https://docs.aws.amazon.com/Route53/latest/APIReference/API_domains_GetDomainSuggestions.html */
  GetDomainSuggestions: "R||||||;",
  /** Grants permission to get the current status of an operation that is not completed. Access level: Read. https://docs.aws.amazon.com/Route53/latest/APIReference/API_domains_GetOperationDetail.html */
  GetOperationDetail: "R||||||;",
  /** Grants permission to list all the domain names registered with Amazon Route 53 for the current AWS account. Access level: List. https://docs.aws.amazon.com/Route53/latest/APIReference/API_domains_ListDomains.html */
  ListDomains: "L||||||;",
  /** Grants permission to list the operation IDs of operations that are not yet complete. Access level: List. https://docs.aws.amazon.com/Route53/latest/APIReference/API_domains_ListOperations.html */
  ListOperations: "L||||||;",
  /** Grants permission to list the prices of operations for TLDs. Access level: List. https://docs.aws.amazon.com/Route53/latest/APIReference/API_domains_ListPrices.html */
  ListPrices: "L||||||;",
  /** Grants permission to list all the tags that are associated with the specified domain. Access level: Read. https://docs.aws.amazon.com/Route53/latest/APIReference/API_domains_ListTagsForDomain.html */
  ListTagsForDomain: "R||||||;",
  /** Grants permission to change the IPS tag of .uk domain to initiate a transfer process from Route 53 to another registrar. Access level: Write. https://docs.aws.amazon.com/Route53/latest/APIReference/API_domains_PushDomain.html */
  PushDomain: "W||||||;",
  /** Grants permission to register domains. Access level: Write. https://docs.aws.amazon.com/Route53/latest/APIReference/API_domains_RegisterDomain.html */
  RegisterDomain: "W|||||route53:CreateHostedZone|;",
  /** Grants permission to reject the transfer of a domain from another AWS account to the current AWS account. Access level: Write. https://docs.aws.amazon.com/Route53/latest/APIReference/API_domains_RejectDomainTransferFromAnotherAwsAccount.html */
  RejectDomainTransferFromAnotherAwsAccount: "W||||||;",
  /** Grants permission to renew domains for the specified number of years. Access level: Write. https://docs.aws.amazon.com/Route53/latest/APIReference/API_domains_RenewDomain.html */
  RenewDomain: "W||||||;",
  /** Grants permission to resend the confirmation email to the current email address for the registrant contact for operations that require confirmation that the email address for the registrant contact is valid, such as registering a new domain. Access level: Write. https://docs.aws.amazon.com/Route53/latest/APIReference/API_domains_ResendContactReachabilityEmail.html */
  ResendContactReachabilityEmail: "W||||||;",
  /** Grants permission to resend the operation authorization. Access level: Write. https://docs.aws.amazon.com/Route53/latest/APIReference/API_domains_ResendOperationAuthorization.html */
  ResendOperationAuthorization: "W||||||;",
  /** Grants permission to get the AuthCode for the domain. Access level: Write. https://docs.aws.amazon.com/Route53/latest/APIReference/API_domains_RetrieveDomainAuthCode.html */
  RetrieveDomainAuthCode: "W||||||;",
  /** Grants permission to transfer a domain from another registrar to Amazon Route 53. Access level: Write. https://docs.aws.amazon.com/Route53/latest/APIReference/API_domains_TransferDomain.html */
  TransferDomain: "W||||||;",
  /** Grants permission to transfer a domain from the current AWS account to another AWS account. Access level: Write. https://docs.aws.amazon.com/Route53/latest/APIReference/API_domains_TransferDomainToAnotherAwsAccount.html */
  TransferDomainToAnotherAwsAccount: "W||||||;",
  /** Grants permission to update the contact information for domain. Access level: Write. https://docs.aws.amazon.com/Route53/latest/APIReference/API_domains_UpdateDomainContact.html */
  UpdateDomainContact: "W||||||;",
  /** Grants permission to update the domain contact privacy setting. Access level: Write. https://docs.aws.amazon.com/Route53/latest/APIReference/API_domains_UpdateDomainContactPrivacy.html */
  UpdateDomainContactPrivacy: "W||||||;",
  /** Grants permission to replace the current set of name servers for a domain with the specified set of name servers. Access level: Write. https://docs.aws.amazon.com/Route53/latest/APIReference/API_domains_UpdateDomainNameservers.html */
  UpdateDomainNameservers: "W||||||;",
  /** Grants permission to add or update tags for a specified domain. Access level: Tagging. https://docs.aws.amazon.com/Route53/latest/APIReference/API_domains_UpdateTagsForDomain.html */
  UpdateTagsForDomain: "T||||||;",
  /** Grants permission to get all the domain-related billing records for the current AWS account for a specified period. Access level: Read. https://docs.aws.amazon.com/Route53/latest/APIReference/API_domains_ViewBilling.html */
  ViewBilling: "R||||||;",
} as const;
const actionDetails = {
  AcceptDomainTransferFromAnotherAwsAccount:
    "|,;~~~|Grants permission to accept the transfer of a domain from another AWS account to the current AWS account",
  AssociateDelegationSignerToDomain: "|,;~~~|Grants permission to associate a new delegation signer to a domain",
  CancelDomainTransferToAnotherAwsAccount:
    "|,;~~~|Grants permission to cancel the transfer of a domain from the current AWS account to another AWS account",
  CheckDomainAvailability: "|,;~~~|Grants permission to check the availability of one domain name",
  CheckDomainTransferability:
    "|,;~~~|Grants permission to check whether a domain name can be transferred to Amazon Route 53",
  DeleteDomain: "|,;~~~|Grants permission to delete domains",
  DeleteTagsForDomain: "|,;~~~|Grants permission to delete the specified tags for a domain",
  DisableDomainAutoRenew:
    "|,;~~~|Grants permission to configure Amazon Route 53 to automatically renew the specified domain before the domain registration expires",
  DisableDomainTransferLock:
    "|,;~~~|Grants permission to remove the transfer lock on the domain (specifically the clientTransferProhibited status) to allow domain transfers",
  DisassociateDelegationSignerFromDomain:
    "|,;~~~|Grants permission to disassociate an existing delegation signer from a domain",
  EnableDomainAutoRenew:
    "|,;~~~|Grants permission to configure Amazon Route 53 to automatically renew the specified domain before the domain registration expires",
  EnableDomainTransferLock:
    "|,;~~~|Grants permission to set the transfer lock on the domain (specifically the clientTransferProhibited status) to prevent domain transfers",
  GetContactReachabilityStatus:
    "|,;~~~|Grants permission to get information about whether the registrant contact has responded for operations that require confirmation that the email address for the registrant contact is valid, such as registering a new domain",
  GetDomainDetail: "|,;~~~|Grants permission to get detailed information about a domain",
  GetDomainSuggestions:
    "|,;~~~|Grants permission to get a list of suggested domain names given a string, which can either be a domain name or simply a word or phrase (without spaces)",
  GetOperationDetail: "|,;~~~|Grants permission to get the current status of an operation that is not completed",
  ListDomains:
    "|,;~~~|Grants permission to list all the domain names registered with Amazon Route 53 for the current AWS account",
  ListOperations: "|,;~~~|Grants permission to list the operation IDs of operations that are not yet complete",
  ListPrices: "|,;~~~|Grants permission to list the prices of operations for TLDs",
  ListTagsForDomain: "|,;~~~|Grants permission to list all the tags that are associated with the specified domain",
  PushDomain:
    "|,;~~~|Grants permission to change the IPS tag of .uk domain to initiate a transfer process from Route 53 to another registrar",
  RegisterDomain: "|,;~~~|Grants permission to register domains",
  RejectDomainTransferFromAnotherAwsAccount:
    "|,;~~~|Grants permission to reject the transfer of a domain from another AWS account to the current AWS account",
  RenewDomain: "|,;~~~|Grants permission to renew domains for the specified number of years",
  ResendContactReachabilityEmail:
    "|,;~~~|Grants permission to resend the confirmation email to the current email address for the registrant contact for operations that require confirmation that the email address for the registrant contact is valid, such as registering a new domain",
  ResendOperationAuthorization: "|,;~~~|Grants permission to resend the operation authorization",
  RetrieveDomainAuthCode: "|,;~~~|Grants permission to get the AuthCode for the domain",
  TransferDomain: "|,;~~~|Grants permission to transfer a domain from another registrar to Amazon Route 53",
  TransferDomainToAnotherAwsAccount:
    "|,;~~~|Grants permission to transfer a domain from the current AWS account to another AWS account",
  UpdateDomainContact: "|,;~~~|Grants permission to update the contact information for domain",
  UpdateDomainContactPrivacy: "|,;~~~|Grants permission to update the domain contact privacy setting",
  UpdateDomainNameservers:
    "|,;~~~|Grants permission to replace the current set of name servers for a domain with the specified set of name servers",
  UpdateTagsForDomain: "|,;~~~|Grants permission to add or update tags for a specified domain",
  ViewBilling:
    "|,;~~~|Grants permission to get all the domain-related billing records for the current AWS account for a specified period",
};
const resourceTypeFacts = {} as const;
const arnFormats = {} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "route53domains">;
/** Any route53domains action. */
export type Action = ActionOf<typeof actionFacts, "route53domains">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "route53domains">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "route53domains" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every route53domains action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
export interface ConditionKeyTypes {}

/** Condition key -> value type. */
export type ConditionKeys = ConditionKeysOf<ConditionKeyTypes>;

/** Condition key with a placeholder, as the reference writes it -> its template-literal key. */
export interface ConditionKeyPatterns {}

/** A condition key as the reference writes it. */
export type ConditionKeyName = (typeof conditionKeyList)[number];
/** Condition key -> description, types, deprecation. */
export type ConditionKeyInfos = { readonly [K in ConditionKeyName]: ConditionKeyInfo };
const conditionKeyRows: { readonly [K in ConditionKeyName]: string } = {};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "route53domains",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
