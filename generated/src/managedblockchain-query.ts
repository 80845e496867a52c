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
export const prefix: "managedblockchain-query" = "managedblockchain-query";
/** The service's name in the reference. */
export const serviceName: "Amazon Managed Blockchain Query" = "Amazon Managed Blockchain Query";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Managed Blockchain Query",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonmanagedblockchainquery.html",
  },
];
const conditionKeyList = [] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to batch calls for GetTokenBalance API. Access level: Read. ${APIReferenceDocPage}API_BatchGetTokenBalance.html */
  BatchGetTokenBalance: "R||||||;",
  /** Grants permission to fetch information about a contract on the blockchain. Access level: Read. ${APIReferenceDocPage}API_GetAssetContract.html */
  GetAssetContract: "R||||||;",
  /** Grants permission to retrieve balance of a token for an address on the blockchain. Access level: Read. ${APIReferenceDocPage}API_GetTokenBalance.html */
  GetTokenBalance: "R||||||;",
  /** Grants permission to retrieve a transaction on the blockchain. Access level: Read. ${APIReferenceDocPage}API_GetTransaction.html */
  GetTransaction: "R||||||;",
  /** Grants permission to fetch multiple contracts on the blockchain. Access level: List. ${APIReferenceDocPage}API_ListAssetContracts.html */
  ListAssetContracts: "L||||||;",
  /** Grants permission to retrieve events on the blockchain with additional filters. Access level: List. ${APIReferenceDocPage}API_ListFilteredTransactionEvents.html */
  ListFilteredTransactionEvents: "L||||||;",
  /** Grants permission to retrieve multiple balances on the blockchain. Access level: List. ${APIReferenceDocPage}API_ListTokenBalances.html */
  ListTokenBalances: "L||||||;",
  /** Grants permission to retrieve events in a transaction on the blockchain. Access level: List. ${APIReferenceDocPage}API_ListTransactionEvents.html */
  ListTransactionEvents: "L||||||;",
  /** Grants permission to retrieve a multiple transactions on a blockchain. Access level: List. ${APIReferenceDocPage}API_ListTransactions.html */
  ListTransactions: "L||||||;",
} as const;
const actionDetails = {
  BatchGetTokenBalance: "|,;~~~|Grants permission to batch calls for GetTokenBalance API",
  GetAssetContract: "|,;~~~|Grants permission to fetch information about a contract on the blockchain",
  GetTokenBalance: "|,;~~~|Grants permission to retrieve balance of a token for an address on the blockchain",
  GetTransaction: "|,;~~~|Grants permission to retrieve a transaction on the blockchain",
  ListAssetContracts: "|,;~~~|Grants permission to fetch multiple contracts on the blockchain",
  ListFilteredTransactionEvents:
    "|,;~~~|Grants permission to retrieve events on the blockchain with additional filters",
  ListTokenBalances: "|,;~~~|Grants permission to retrieve multiple balances on the blockchain",
  ListTransactionEvents: "|,;~~~|Grants permission to retrieve events in a transaction on the blockchain",
  ListTransactions: "|,;~~~|Grants permission to retrieve a multiple transactions on a blockchain",
};
const resourceTypeFacts = {} as const;
const arnFormats = {} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "managedblockchain-query">;
/** Any managedblockchain-query action. */
export type Action = ActionOf<typeof actionFacts, "managedblockchain-query">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "managedblockchain-query">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "managedblockchain-query" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every managedblockchain-query action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "managedblockchain-query",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
