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
export const prefix: "elemental-appliances-software" = "elemental-appliances-software";
/** The service's name in the reference. */
export const serviceName: "AWS Elemental Appliances and Software" = "AWS Elemental Appliances and Software";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Elemental Appliances and Software",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awselementalappliancesandsoftware.html",
  },
];
const conditionKeyList = [] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to complete an upload of an attachment for a quote or order. Access level: Write. Permission only. https://docs.aws.amazon.com/elemental-appliances-software */
  CompleteUpload: "W||1||||",
  /** Grants permission to create an order. Access level: Write. Permission only. https://docs.aws.amazon.com/elemental-appliances-software */
  CreateOrderV1: "W||1||||",
  /** Grants permission to create a quote. Access level: Write. Resources: quote*. Permission only. https://docs.aws.amazon.com/elemental-appliances-software */
  CreateQuote: "W||1|0;1;|||",
  /** Grants permission to validate an address. Access level: Read. Permission only. https://docs.aws.amazon.com/elemental-appliances-software */
  GetAvsCorrectAddress: "R||1||||",
  /** Grants permission to list the billing addresses in the AWS Account. Access level: Read. Permission only. https://docs.aws.amazon.com/elemental-appliances-software */
  GetBillingAddresses: "R||1||||",
  /** Grants permission to list the delivery addresses in the AWS Account. Access level: Read. Permission only. https://docs.aws.amazon.com/elemental-appliances-software */
  GetDeliveryAddressesV2: "R||1||||",
  /** Grants permission to describe an order. Access level: Read. Permission only. https://docs.aws.amazon.com/elemental-appliances-software */
  GetOrder: "R||1||||",
  /** Grants permission to list the orders in the AWS Account. Access level: Read. Permission only. https://docs.aws.amazon.com/elemental-appliances-software */
  GetOrdersV2: "R||1||||",
  /** Grants permission to describe a quote. Access level: Read. Resources: quote*. Permission only. https://docs.aws.amazon.com/elemental-appliances-software */
  GetQuote: "R||1|0;1;|||",
  /** Grants permission to calculate taxes for an order. Access level: Read. Permission only. https://docs.aws.amazon.com/elemental-appliances-software */
  GetTaxes: "R||1||||",
  /** Grants permission to list the quotes in the AWS Account. Access level: List. Permission only. https://docs.aws.amazon.com/elemental-appliances-software */
  ListQuotes: "L||1||||",
  /** Grants permission to start an upload of an attachment for a quote or order. Access level: Write. Permission only. https://docs.aws.amazon.com/elemental-appliances-software */
  StartUpload: "W||1||||",
  /** Grants permission to submit an order. Access level: Write. Permission only. https://docs.aws.amazon.com/elemental-appliances-software */
  SubmitOrderV1: "W||1||||",
  /** Grants permission to modify a quote. Access level: Write. Resources: quote*. Permission only. https://docs.aws.amazon.com/elemental-appliances-software */
  UpdateQuote: "W||1|0;1;|||",
} as const;
const actionDetails = {
  CompleteUpload: "|,;~|Grants permission to complete an upload of an attachment for a quote or order",
  CreateOrderV1: "|,;~|Grants permission to create an order",
  CreateQuote: "|,;~|Grants permission to create a quote",
  GetAvsCorrectAddress: "|,;~|Grants permission to validate an address",
  GetBillingAddresses: "|,;~|Grants permission to list the billing addresses in the AWS Account",
  GetDeliveryAddressesV2: "|,;~|Grants permission to list the delivery addresses in the AWS Account",
  GetOrder: "|,;~|Grants permission to describe an order",
  GetOrdersV2: "|,;~|Grants permission to list the orders in the AWS Account",
  GetQuote: "|,;~|Grants permission to describe a quote",
  GetTaxes: "|,;~|Grants permission to calculate taxes for an order",
  ListQuotes: "|,;~|Grants permission to list the quotes in the AWS Account",
  StartUpload: "|,;~|Grants permission to start an upload of an attachment for a quote or order",
  SubmitOrderV1: "|,;~|Grants permission to submit an order",
  UpdateQuote: "|,;~|Grants permission to modify a quote",
};
const resourceTypeFacts = {
  /** The quote resource type: arn:${Partition}:elemental-appliances-software:${Region}:${Account}:quote/${ResourceId} */
  quote: "|,|",
} as const;
const arnFormats = {
  /** ARN of a quote resource: arn:${Partition}:elemental-appliances-software:${Region}:${Account}:quote/${ResourceId}. */
  quote: "|,quote|arn:|Partition|:elemental-appliances-software:|Region|:|Account|:quote/|ResourceId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["quote"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "elemental-appliances-software">;
/** Any elemental-appliances-software action. */
export type Action = ActionOf<typeof actionFacts, "elemental-appliances-software">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "elemental-appliances-software">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "", client: "" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every elemental-appliances-software action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "elemental-appliances-software",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
