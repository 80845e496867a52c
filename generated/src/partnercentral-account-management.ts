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
export const prefix: "partnercentral-account-management" = "partnercentral-account-management";
/** The service's name in the reference. */
export const serviceName: "AWS Partner central account management" = "AWS Partner central account management";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Partner central account management",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awspartnercentralaccountmanagement.html",
  },
];
const conditionKeyList = [
  "partnercentral-account-management:LegacyPartnerCentralRole",
  "partnercentral-account-management:MarketingCentralRole",
  "partnercentral-account-management:ProServeRole",
] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to Single Sign-On from AWS Partner Central into Legacy Partner Central. Access level: Write. Permission only. https://docs.aws.amazon.com/partner-central/latest/getting-started/controlling-access-in-apc-account-management.html */
  AccessLegacyPartnerCentral: "W||1||0||",
  /** Grants permission to Single Sign-On from AWS Partner Central into Marketing Central. Access level: Write. Permission only. https://docs.aws.amazon.com/partner-central/latest/getting-started/controlling-access-in-apc-account-management.html */
  AccessMarketingCentral: "W||1||1||",
  /** Grants permission to Single Sign-On from AWS Partner Central into ProServe Tools. Access level: Write. Permission only. https://docs.aws.amazon.com/partner-central/latest/getting-started/controlling-access-in-apc-account-management.html */
  AccessProServeTools: "W||1||2||",
  /** Grants permission to associate Partner account to AWS account. Access level: Write. Permission only. https://docs.aws.amazon.com/partner-central/latest/getting-started/controlling-access-in-apc-account-management.html */
  AssociatePartnerAccount: "W||1||||",
  /** Grants permission to associate Partner user to IAM role. Access level: Write. https://docs.aws.amazon.com/partner-central/latest/getting-started/controlling-access-in-apc-account-management.html */
  AssociatePartnerUser: "W||||||",
  /** Grants permission to disassociate Partner user to IAM role. Access level: Write. https://docs.aws.amazon.com/partner-central/latest/getting-started/controlling-access-in-apc-account-management.html */
  DisassociatePartnerUser: "W||||||",
} as const;
const actionDetails = {
  AccessLegacyPartnerCentral:
    "|,;~|Grants permission to Single Sign-On from AWS Partner Central into Legacy Partner Central",
  AccessMarketingCentral: "|,;~|Grants permission to Single Sign-On from AWS Partner Central into Marketing Central",
  AccessProServeTools: "|,;~|Grants permission to Single Sign-On from AWS Partner Central into ProServe Tools",
  AssociatePartnerAccount: "|,;~|Grants permission to associate Partner account to AWS account",
  AssociatePartnerUser: "|,;~|Grants permission to associate Partner user to IAM role",
  DisassociatePartnerUser: "|,;~|Grants permission to disassociate Partner user to IAM role",
};
const resourceTypeFacts = {} as const;
const arnFormats = {} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "partnercentral-account-management">;
/** Any partnercentral-account-management action. */
export type Action = ActionOf<typeof actionFacts, "partnercentral-account-management">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "partnercentral-account-management">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "", client: "" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every partnercentral-account-management action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the Legacy Partner Central role. */
  "partnercentral-account-management:LegacyPartnerCentralRole": "ArrayOfString";
  /** Filters access by Marketing Central role. */
  "partnercentral-account-management:MarketingCentralRole": "ArrayOfString";
  /** Filters access by ProServe Tools role. */
  "partnercentral-account-management:ProServeRole": "ArrayOfString";
}

/** Condition key -> value type. */
export type ConditionKeys = ConditionKeysOf<ConditionKeyTypes>;

/** Condition key with a placeholder, as the reference writes it -> its template-literal key. */
export interface ConditionKeyPatterns {}

/** A condition key as the reference writes it. */
export type ConditionKeyName = (typeof conditionKeyList)[number];
/** Condition key -> description, types, deprecation. */
export type ConditionKeyInfos = { readonly [K in ConditionKeyName]: ConditionKeyInfo };
const conditionKeyRows: { readonly [K in ConditionKeyName]: string } = {
  "partnercentral-account-management:LegacyPartnerCentralRole":
    "|,ArrayOfString|0||Filters access by the Legacy Partner Central role",
  "partnercentral-account-management:MarketingCentralRole":
    "|,ArrayOfString|0||Filters access by Marketing Central role",
  "partnercentral-account-management:ProServeRole": "|,ArrayOfString|0||Filters access by ProServe Tools role",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "partnercentral-account-management",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
