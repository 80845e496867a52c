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
export const prefix: "purchase-orders" = "purchase-orders";
/** The service's name in the reference. */
export const serviceName: "AWS Purchase Orders Console" = "AWS Purchase Orders Console";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Purchase Orders Console",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awspurchaseordersconsole.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to add a new purchase order. Access level: Write. Resources: purchase-order*. Permission only. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/billing-permissions-ref.html#user-permissions */
  AddPurchaseOrder: "W||1|0;1;|0,2||",
  /** Grants permission to delete a purchase order. Access level: Write. Resources: purchase-order*. Permission only. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/billing-permissions-ref.html#user-permissions */
  DeletePurchaseOrder: "W||1|0;1;|1||",
  /** Grants permission to view whether existing or fine-grained IAM actions are being used to control authorization to Billing, Cost Management, and Account consoles. Access level: Read. Permission only. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/billing-permissions-ref.html#user-permissions */
  GetConsoleActionSetEnforced: "R||1||||",
  /** Grants permission to get a purchase order. Access level: Read. Resources: purchase-order*. Permission only. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/billing-permissions-ref.html#user-permissions */
  GetPurchaseOrder: "R||1|0;1;|1||",
  /** Grants permission to list purchase order invoices. Access level: List. Resources: purchase-order*. Permission only. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/billing-permissions-ref.html#user-permissions */
  ListPurchaseOrderInvoices: "L||1|0;1;|1||",
  /** Grants permission to list all purchase orders for an account. Access level: List. Permission only. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/billing-permissions-ref.html#user-permissions */
  ListPurchaseOrders: "L||1||||",
  /** Grants permission to list tags for a purchase order. Access level: Read. Resources: purchase-order. Permission only. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/billing-permissions-ref.html#user-permissions */
  ListTagsForResource: "R||1|0;0;|1||",
  /** Grants permission to modify purchase orders and details. Access level: Write. Resources: purchase-order*. Permission only. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/billing-permissions-ref.html#user-permissions */
  ModifyPurchaseOrders: "W||1|0;1;|0,1,2||",
  /** Grants permission to tag purchase orders with given key value pairs. Access level: Tagging. Resources: purchase-order*. Permission only. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/billing-permissions-ref.html#user-permissions */
  TagResource: "T||1|0;1;|0,1,2||",
  /** Grants permission to remove tags from a purchase order. Access level: Tagging. Resources: purchase-order*. Permission only. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/billing-permissions-ref.html#user-permissions */
  UntagResource: "T||1|0;1;|1,2||",
  /** Grants permission to change whether existing or fine-grained IAM actions will be used to control authorization to Billing, Cost Management, and Account consoles. Access level: Write. Permission only. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/billing-permissions-ref.html#user-permissions */
  UpdateConsoleActionSetEnforced: "W||1||||",
  /** Grants permission to update an existing purchase order. Access level: Write. Resources: purchase-order*. Permission only. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/billing-permissions-ref.html#user-permissions */
  UpdatePurchaseOrder: "W||1|0;1;|1||",
  /** Grants permission to set purchase order status. Access level: Write. Resources: purchase-order*. Permission only. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/billing-permissions-ref.html#user-permissions */
  UpdatePurchaseOrderStatus: "W||1|0;1;|1||",
  /** Grants permission to view purchase orders and details. Access level: Read. Resources: purchase-order. Permission only. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/billing-permissions-ref.html#user-permissions */
  ViewPurchaseOrders: "R||1|0;0;|1||",
} as const;
const actionDetails = {
  AddPurchaseOrder: "|,;~|Grants permission to add a new purchase order",
  DeletePurchaseOrder: "|,;~|Grants permission to delete a purchase order",
  GetConsoleActionSetEnforced:
    "|,;~|Grants permission to view whether existing or fine-grained IAM actions are being used to control authorization to Billing, Cost Management, and Account consoles",
  GetPurchaseOrder: "|,;~|Grants permission to get a purchase order",
  ListPurchaseOrderInvoices: "|,;~|Grants permission to list purchase order invoices",
  ListPurchaseOrders: "|,;~|Grants permission to list all purchase orders for an account",
  ListTagsForResource: "|,;~|Grants permission to list tags for a purchase order",
  ModifyPurchaseOrders: "|,;~|Grants permission to modify purchase orders and details",
  TagResource: "|,;~|Grants permission to tag purchase orders with given key value pairs",
  UntagResource: "|,;~|Grants permission to remove tags from a purchase order",
  UpdateConsoleActionSetEnforced:
    "|,;~|Grants permission to change whether existing or fine-grained IAM actions will be used to control authorization to Billing, Cost Management, and Account consoles",
  UpdatePurchaseOrder: "|,;~|Grants permission to update an existing purchase order",
  UpdatePurchaseOrderStatus: "|,;~|Grants permission to set purchase order status",
  ViewPurchaseOrders: "|,;~|Grants permission to view purchase orders and details",
};
const resourceTypeFacts = {
  /** The purchase-order resource type: arn:${Partition}:purchase-orders::${Account}:purchase-order/${ResourceName} */
  "purchase-order": "|,purchaseOrder|1",
} as const;
const arnFormats = {
  /** ARN of a purchase-order resource: arn:${Partition}:purchase-orders::${Account}:purchase-order/${ResourceName}. */
  purchaseOrder: "|,purchase-order|arn:|Partition|:purchase-orders::|Account|:purchase-order/|ResourceName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["purchase-order"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "purchase-orders">;
/** Any purchase-orders action. */
export type Action = ActionOf<typeof actionFacts, "purchase-orders">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "purchase-orders">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "", client: "" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every purchase-orders action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by a tag's key and value in a request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by the set of tag key-value pairs attached to the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the tag keys in a request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by a tag's key and value in a request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by the set of tag key-value pairs attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the tag keys in a request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "purchase-orders",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
