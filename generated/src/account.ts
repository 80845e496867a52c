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
export const prefix: "account" = "account";
/** The service's name in the reference. */
export const serviceName: "AWS Account Management" = "AWS Account Management";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Account Management",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsaccountmanagement.html",
  },
];
const conditionKeyList = [
  "account:AccountResourceOrgPaths",
  "account:AccountResourceOrgTags/${TagKey}",
  "account:AlternateContactTypes",
  "account:EmailTargetDomain",
  "account:TargetRegion",
] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to accept the process to update the primary email address of an account. Access level: Write. Resources: accountInOrganization. https://docs.aws.amazon.com/accounts/latest/reference/API_AcceptPrimaryEmailUpdate.html */
  AcceptPrimaryEmailUpdate: "W|||1;0;|3||;",
  /** Grants permission to close an account. Access level: Write. Resources: account. Permission only. https://docs.aws.amazon.com/accounts/latest/reference/security_account-permissions-ref.html */
  CloseAccount: "W||1|0;0;|||",
  /** Grants permission to delete the alternate contacts for an account. Access level: Write. Resources: account, accountInOrganization. https://docs.aws.amazon.com/accounts/latest/reference/API_DeleteAlternateContact.html */
  DeleteAlternateContact: "W|||0;0;,1;0;|2||;",
  /** Grants permission to disable use of a Region. Access level: Write. Resources: account, accountInOrganization. https://docs.aws.amazon.com/accounts/latest/reference/API_DisableRegion.html */
  DisableRegion: "W|||0;0;,1;0;|4||;",
  /** Grants permission to enable use of a Region. Access level: Write. Resources: account, accountInOrganization. https://docs.aws.amazon.com/accounts/latest/reference/API_EnableRegion.html */
  EnableRegion: "W|||0;0;,1;0;|4||;",
  /** Grants permission to retrieve the account information for an account. Access level: Read. Resources: account, accountInOrganization. https://docs.aws.amazon.com/accounts/latest/reference/API_GetAccountInformation.html */
  GetAccountInformation: "R|||0;0;,1;0;|||;",
  /** Grants permission to retrieve the alternate contacts for an account. Access level: Read. Resources: account, accountInOrganization. https://docs.aws.amazon.com/accounts/latest/reference/API_GetAlternateContact.html */
  GetAlternateContact: "R|||0;0;,1;0;|2||;",
  /** Grants permission to retrieve the primary contact information for an account. Access level: Read. Resources: account, accountInOrganization. https://docs.aws.amazon.com/accounts/latest/reference/API_GetContactInformation.html */
  GetContactInformation: "R|||0;0;,1;0;|||;",
  /** Grants permission to retrieve the linked GovCloud account information for an account. Access level: Read. Resources: account, accountInOrganization. https://docs.aws.amazon.com/accounts/latest/reference/API_GetGovCloudAccountInformation.html */
  GetGovCloudAccountInformation: "R|||0;0;,1;0;|||;",
  /** Grants permission to retrieve the primary email address of an account. Access level: Read. Resources: accountInOrganization. https://docs.aws.amazon.com/accounts/latest/reference/API_GetPrimaryEmail.html */
  GetPrimaryEmail: "R|||1;0;|||;",
  /** Grants permission to get the opt-in status of a Region. Access level: Read. Resources: account, accountInOrganization. https://docs.aws.amazon.com/accounts/latest/reference/API_GetRegionOptStatus.html */
  GetRegionOptStatus: "R|||0;0;,1;0;|4||;",
  /** Grants permission to list the available Regions. Access level: List. Resources: account, accountInOrganization. https://docs.aws.amazon.com/accounts/latest/reference/API_ListRegions.html */
  ListRegions: "L|||0;0;,1;0;|||;",
  /** Grants permission to update the name for an account. Access level: Write. Resources: account, accountInOrganization. https://docs.aws.amazon.com/accounts/latest/reference/API_PutAccountName.html */
  PutAccountName: "W|||0;0;,1;0;||iam:UpdateAccountName|;",
  /** Grants permission to modify the alternate contacts for an account. Access level: Write. Resources: account, accountInOrganization. https://docs.aws.amazon.com/accounts/latest/reference/API_PutAlternateContact.html */
  PutAlternateContact: "W|||0;0;,1;0;|2||;",
  /** Grants permission to update the primary contact information for an account. Access level: Write. Resources: account, accountInOrganization. https://docs.aws.amazon.com/accounts/latest/reference/API_PutContactInformation.html */
  PutContactInformation: "W|||0;0;,1;0;|||;",
  /** Grants permission to start the process to update the primary email address of an account. Access level: Write. Resources: accountInOrganization. https://docs.aws.amazon.com/accounts/latest/reference/API_StartPrimaryEmailUpdate.html */
  StartPrimaryEmailUpdate: "W|||1;0;|3||;",
} as const;
const actionDetails = {
  AcceptPrimaryEmailUpdate:
    "|,;~~~|Grants permission to accept the process to update the primary email address of an account",
  CloseAccount: "|,;~|Grants permission to close an account",
  DeleteAlternateContact: "|,;~~~|Grants permission to delete the alternate contacts for an account",
  DisableRegion: "|,;~~~|Grants permission to disable use of a Region",
  EnableRegion: "|,;~~~|Grants permission to enable use of a Region",
  GetAccountInformation: "|,;~~~|Grants permission to retrieve the account information for an account",
  GetAlternateContact: "|,;~~~|Grants permission to retrieve the alternate contacts for an account",
  GetContactInformation: "|,;~~~|Grants permission to retrieve the primary contact information for an account",
  GetGovCloudAccountInformation:
    "|,;~~~|Grants permission to retrieve the linked GovCloud account information for an account",
  GetPrimaryEmail: "|,;~~~|Grants permission to retrieve the primary email address of an account",
  GetRegionOptStatus: "|,;~~~|Grants permission to get the opt-in status of a Region",
  ListRegions: "|,;~~~|Grants permission to list the available Regions",
  PutAccountName: "|,;~~~|Grants permission to update the name for an account",
  PutAlternateContact: "|,;~~~|Grants permission to modify the alternate contacts for an account",
  PutContactInformation: "|,;~~~|Grants permission to update the primary contact information for an account",
  StartPrimaryEmailUpdate:
    "|,;~~~|Grants permission to start the process to update the primary email address of an account",
};
const resourceTypeFacts = {
  /** The account resource type: arn:${Partition}:account::${Account}:account */
  account: "|,|",
  /** The accountInOrganization resource type: arn:${Partition}:account::${ManagementAccountId}:account/o-${OrganizationId}/${MemberAccountId} */
  accountInOrganization: "|,|",
} as const;
const arnFormats = {
  /** ARN of a account resource: arn:${Partition}:account::${Account}:account. */
  account: "|,account|arn:|Partition|:account::|Account|:account",
  /** ARN of a accountInOrganization resource: arn:${Partition}:account::${ManagementAccountId}:account/o-${OrganizationId}/${MemberAccountId}. */
  accountInOrganization:
    "|,accountInOrganization|arn:|Partition|:account::|ManagementAccountId|:account/o-|OrganizationId|/|MemberAccountId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["account", "accountInOrganization"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "account">;
/** Any account action. */
export type Action = ActionOf<typeof actionFacts, "account">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "account">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "account" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every account action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by resource tags for an account in an organization. */
  [key: `account:AccountResourceOrgTags/${string}`]: "String";
  /** Filters access by the resource path for an account in an organization. */
  "account:AccountResourceOrgPaths": "ArrayOfString";
  /** Filters access by alternate contact types. */
  "account:AlternateContactTypes": "ArrayOfString";
  /** Filters access by email domain of the target email address. */
  "account:EmailTargetDomain": "String";
  /** Filters access by a list of Regions. Enables or disables all the Regions specified here. */
  "account:TargetRegion": "String";
}

/** Condition key -> value type. */
export type ConditionKeys = ConditionKeysOf<ConditionKeyTypes>;

/** Condition key with a placeholder, as the reference writes it -> its template-literal key. */
export interface ConditionKeyPatterns {
  /** account:AccountResourceOrgTags/${TagKey} */
  "account:AccountResourceOrgTags/${TagKey}": `account:AccountResourceOrgTags/${string}`;
}

/** A condition key as the reference writes it. */
export type ConditionKeyName = (typeof conditionKeyList)[number];
/** Condition key -> description, types, deprecation. */
export type ConditionKeyInfos = { readonly [K in ConditionKeyName]: ConditionKeyInfo };
const conditionKeyRows: { readonly [K in ConditionKeyName]: string } = {
  "account:AccountResourceOrgPaths":
    "|,ArrayOfString|0||Filters access by the resource path for an account in an organization",
  "account:AccountResourceOrgTags/${TagKey}":
    "|,String|0||Filters access by resource tags for an account in an organization",
  "account:AlternateContactTypes": "|,ArrayOfString|0||Filters access by alternate contact types",
  "account:EmailTargetDomain": "|,String|0||Filters access by email domain of the target email address",
  "account:TargetRegion":
    "|,String|0||Filters access by a list of Regions. Enables or disables all the Regions specified here",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "account",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
