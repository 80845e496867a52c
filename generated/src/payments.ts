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
export const prefix: "payments" = "payments";
/** The service's name in the reference. */
export const serviceName: "AWS Payments" = "AWS Payments";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Payments",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awspayments.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to accept financing application terms provided by a lender. Access level: Write. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/security_iam_id-based-policy-examples.html#billing-permissions-ref */
  AcceptFinancingApplicationTerms: "W||||||",
  /** Grants permission to create a financing application. Access level: Write. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/security_iam_id-based-policy-examples.html#billing-permissions-ref */
  CreateFinancingApplication: "W||||||",
  /** Grants permission to create a payment instrument. Access level: Write. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/billing-permissions-ref.html */
  CreatePaymentInstrument: "W||||0,2||",
  /** Grants permission to delete a payment instrument. Access level: Write. Permission only. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/billing-permissions-ref.html */
  DeletePaymentInstrument: "W||1||||",
  /** Grants permission to get information about a financing application. Access level: Read. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/security_iam_id-based-policy-examples.html#billing-permissions-ref */
  GetFinancingApplication: "R||||||",
  /** Grants permission to get information about a financing line. Access level: Read. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/security_iam_id-based-policy-examples.html#billing-permissions-ref */
  GetFinancingLine: "R||||||",
  /** Grants permission to get information about a financing line withdrawal. Access level: Read. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/security_iam_id-based-policy-examples.html#billing-permissions-ref */
  GetFinancingLineWithdrawal: "R||||||",
  /** Grants permission to get information about a financing option. Access level: Read. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/security_iam_id-based-policy-examples.html#billing-permissions-ref */
  GetFinancingOption: "R||||||",
  /** Grants permission to get information about a payment instrument. Access level: List. Resources: payment-instrument. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/billing-permissions-ref.html */
  GetPaymentInstrument: "L|||0;0;|||",
  /** Grants permission to get payment status of invoices. Access level: Read. Permission only. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/billing-permissions-ref.html */
  GetPaymentStatus: "R||1||||",
  /** Grants permission to list financing application metadata. Access level: List. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/security_iam_id-based-policy-examples.html#billing-permissions-ref */
  ListFinancingApplications: "L||||||",
  /** Grants permission to list financing line withdrawals metadata. Access level: List. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/security_iam_id-based-policy-examples.html#billing-permissions-ref */
  ListFinancingLineWithdrawals: "L||||||",
  /** Grants permission to list financing line metadata. Access level: List. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/security_iam_id-based-policy-examples.html#billing-permissions-ref */
  ListFinancingLines: "L||||||",
  /** Grants permission to list payment instrument metadata. Access level: List. Permission only. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/billing-permissions-ref.html */
  ListPaymentInstruments: "L||1||||",
  /** Grants permission to get payment preferences (preferred payment currency, preferred payment method, etc.). Access level: List. Permission only. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/billing-permissions-ref.html */
  ListPaymentPreferences: "L||1||||",
  /** Grants permission to list information about payment options. Access level: List. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/security_iam_id-based-policy-examples.html#billing-permissions-ref */
  ListPaymentProgramOptions: "L||||||",
  /** Grants permission to list information about payment program eligibility and enrolment status. Access level: List. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/security_iam_id-based-policy-examples.html#billing-permissions-ref */
  ListPaymentProgramStatus: "L||||||",
  /** Grants permission to list tags on a payment resource. Access level: List. Resources: payment-instrument. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/billing-permissions-ref.html */
  ListTagsForResource: "L|||0;0;|||",
  /** Grants permission to make a payment, authenticate a payment, verify a payment method, and generate a funding request document for Advance Pay. Access level: Write. Permission only. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/billing-permissions-ref.html */
  MakePayment: "W||1||||",
  /** Grants permission to tag a payment resource. Access level: Tagging. Resources: payment-instrument. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/billing-permissions-ref.html */
  TagResource: "T|||0;0;|0,2||",
  /** Grants permission to untag a payment resource. Access level: Tagging. Resources: payment-instrument. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/billing-permissions-ref.html */
  UntagResource: "T|||0;0;|2||",
  /** Grants permission to update a financing application. Access level: Write. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/security_iam_id-based-policy-examples.html#billing-permissions-ref */
  UpdateFinancingApplication: "W||||||",
  /** Grants permission to update a payment instrument. Access level: Write. Permission only. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/billing-permissions-ref.html */
  UpdatePaymentInstrument: "W||1||||",
  /** Grants permission to update payment preferences (preferred payment currency, preferred payment method, etc.). Access level: Write. Permission only. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/billing-permissions-ref.html */
  UpdatePaymentPreferences: "W||1||||",
} as const;
const actionDetails = {
  AcceptFinancingApplicationTerms: "|,;~|Grants permission to accept financing application terms provided by a lender",
  CreateFinancingApplication: "|,;~|Grants permission to create a financing application",
  CreatePaymentInstrument: "|,;~|Grants permission to create a payment instrument",
  DeletePaymentInstrument: "|,;~|Grants permission to delete a payment instrument",
  GetFinancingApplication: "|,;~|Grants permission to get information about a financing application",
  GetFinancingLine: "|,;~|Grants permission to get information about a financing line",
  GetFinancingLineWithdrawal: "|,;~|Grants permission to get information about a financing line withdrawal",
  GetFinancingOption: "|,;~|Grants permission to get information about a financing option",
  GetPaymentInstrument: "|,;~|Grants permission to get information about a payment instrument",
  GetPaymentStatus: "|,;~|Grants permission to get payment status of invoices",
  ListFinancingApplications: "|,;~|Grants permission to list financing application metadata",
  ListFinancingLineWithdrawals: "|,;~|Grants permission to list financing line withdrawals metadata",
  ListFinancingLines: "|,;~|Grants permission to list financing line metadata",
  ListPaymentInstruments: "|,;~|Grants permission to list payment instrument metadata",
  ListPaymentPreferences:
    "|,;~|Grants permission to get payment preferences (preferred payment currency, preferred payment method, etc.)",
  ListPaymentProgramOptions: "|,;~|Grants permission to list information about payment options",
  ListPaymentProgramStatus:
    "|,;~|Grants permission to list information about payment program eligibility and enrolment status",
  ListTagsForResource: "|,;~|Grants permission to list tags on a payment resource",
  MakePayment:
    "|,;~|Grants permission to make a payment, authenticate a payment, verify a payment method, and generate a funding request document for Advance Pay",
  TagResource: "|,;~|Grants permission to tag a payment resource",
  UntagResource: "|,;~|Grants permission to untag a payment resource",
  UpdateFinancingApplication: "|,;~|Grants permission to update a financing application",
  UpdatePaymentInstrument: "|,;~|Grants permission to update a payment instrument",
  UpdatePaymentPreferences:
    "|,;~|Grants permission to update payment preferences (preferred payment currency, preferred payment method, etc.)",
};
const resourceTypeFacts = {
  /** The payment-instrument resource type: arn:${Partition}:payments::${Account}:payment-instrument:${ResourceId} */
  "payment-instrument": "|,paymentInstrument|1",
} as const;
const arnFormats = {
  /** ARN of a payment-instrument resource: arn:${Partition}:payments::${Account}:payment-instrument:${ResourceId}. */
  paymentInstrument: "|,payment-instrument|arn:|Partition|:payments::|Account|:payment-instrument:|ResourceId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["payment-instrument"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "payments">;
/** Any payments action. */
export type Action = ActionOf<typeof actionFacts, "payments">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "payments">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "", client: "" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every payments action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the tags that are passed in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by the tags associated with the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the tag keys that are passed in the request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by the tags that are passed in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by the tags associated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the tag keys that are passed in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "payments",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
