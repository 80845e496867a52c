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
export const prefix: "billingconductor" = "billingconductor";
/** The service's name in the reference. */
export const serviceName: "AWS Billing Conductor" = "AWS Billing Conductor";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Billing Conductor",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsbillingconductor.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["billingconductor:TagResource"] as const;
const actionFacts = {
  /** Grants permission to associate between one and 30 accounts to a billing group. Access level: Write. Resources: billinggroup*. https://docs.aws.amazon.com/billingconductor/latest/APIReference/API_AssociateAccounts.html */
  AssociateAccounts: "W|||0;1;|||;",
  /** Grants permission to associate pricing rules. Access level: Write. Resources: pricingplan*, pricingrule*. https://docs.aws.amazon.com/billingconductor/latest/APIReference/API_AssociatePricingRules.html */
  AssociatePricingRules: "W|||2;1;,3;1;|||;",
  /** Grants permission to batch associate resources to a percentage custom line item. Access level: Write. Resources: customlineitem*. https://docs.aws.amazon.com/billingconductor/latest/APIReference/API_BatchAssociateResourcesToCustomLineItem.html */
  BatchAssociateResourcesToCustomLineItem: "W|||1;1;|||;",
  /** Grants permission to batch disassociate resources from a percentage custom line item. Access level: Write. Resources: customlineitem*. https://docs.aws.amazon.com/billingconductor/latest/APIReference/API_BatchDisassociateResourcesFromCustomLineItem.html */
  BatchDisassociateResourcesFromCustomLineItem: "W|||1;1;|||;",
  /** Grants permission to create a billing group. Access level: Write. Resources: pricingplan*. https://docs.aws.amazon.com/billingconductor/latest/APIReference/API_CreateBillingGroup.html */
  CreateBillingGroup: "W|||2;1;|0,2|0|;",
  /** Grants permission to create a custom line item. Access level: Write. Resources: billinggroup*. https://docs.aws.amazon.com/billingconductor/latest/APIReference/API_CreateCustomLineItem.html */
  CreateCustomLineItem: "W|||0;1;|0,2|0|;",
  /** Grants permission to create a pricing plan. Access level: Write. Resources: pricingrule*. https://docs.aws.amazon.com/billingconductor/latest/APIReference/API_CreatePricingPlan.html */
  CreatePricingPlan: "W|||3;1;|0,2|0|;",
  /** Grants permission to create a pricing rule. Access level: Write. https://docs.aws.amazon.com/billingconductor/latest/APIReference/API_CreatePricingRule.html */
  CreatePricingRule: "W||||0,2|0|;",
  /** Grants permission to delete a billing group. Access level: Write. Resources: billinggroup*. https://docs.aws.amazon.com/billingconductor/latest/APIReference/API_DeleteBillingGroup.html */
  DeleteBillingGroup: "W|||0;1;|||;",
  /** Grants permission to delete a custom line item. Access level: Write. Resources: customlineitem*. https://docs.aws.amazon.com/billingconductor/latest/APIReference/API_DeleteCustomLineItem.html */
  DeleteCustomLineItem: "W|||1;1;|||;",
  /** Grants permission to delete a pricing plan. Access level: Write. Resources: pricingplan*. https://docs.aws.amazon.com/billingconductor/latest/APIReference/API_DeletePricingPlan.html */
  DeletePricingPlan: "W|||2;1;|||;",
  /** Grants permission to delete a pricing rule. Access level: Write. Resources: pricingrule*. https://docs.aws.amazon.com/billingconductor/latest/APIReference/API_DeletePricingRule.html */
  DeletePricingRule: "W|||3;1;|||;",
  /** Grants permission to detach between one and 30 accounts from a billing group. Access level: Write. Resources: billinggroup*. https://docs.aws.amazon.com/billingconductor/latest/APIReference/API_DisassociateAccounts.html */
  DisassociateAccounts: "W|||0;1;|||;",
  /** Grants permission to disassociate pricing rules. Access level: Write. Resources: pricingplan*, pricingrule*. https://docs.aws.amazon.com/billingconductor/latest/APIReference/API_DisassociatePricingRules.html */
  DisassociatePricingRules: "W|||2;1;,3;1;|||;",
  /** Grants permission to view the billing group cost report for the specified billing group. Access level: Read. Resources: billinggroup*. https://docs.aws.amazon.com/billingconductor/latest/APIReference/API_GetBillingGroupCostReport.html */
  GetBillingGroupCostReport: "R|||0;1;|||;",
  /** Grants permission to list the linked accounts of the payer account for the given billing period while also providing the billing group the linked accounts belong to. Access level: List. https://docs.aws.amazon.com/billingconductor/latest/APIReference/API_ListAccountAssociations.html */
  ListAccountAssociations: "L|||||organizations:ListAccounts|;",
  /** Grants permission to view the billing group cost report. Access level: Read. https://docs.aws.amazon.com/billingconductor/latest/APIReference/API_ListBillingGroupCostReports.html */
  ListBillingGroupCostReports: "R||||||;",
  /** Grants permission to view the details of billing groups. Access level: Read. https://docs.aws.amazon.com/billingconductor/latest/APIReference/API_ListBillingGroups.html */
  ListBillingGroups: "R||||||;",
  /** Grants permission to view custom line item versions. Access level: Read. Resources: customlineitem*. https://docs.aws.amazon.com/billingconductor/latest/APIReference/API_ListCustomLineItemVersions.html */
  ListCustomLineItemVersions: "R|||1;1;|||;",
  /** Grants permission to view custom line item details. Access level: Read. https://docs.aws.amazon.com/billingconductor/latest/APIReference/API_ListCustomLineItems.html */
  ListCustomLineItems: "R||||||;",
  /** Grants permission to view the pricing plans details. Access level: Read. https://docs.aws.amazon.com/billingconductor/latest/APIReference/API_ListPricingPlans.html */
  ListPricingPlans: "R||||||;",
  /** Grants permission to list pricing plans associated with a pricing rule. Access level: List. Resources: pricingrule*. https://docs.aws.amazon.com/billingconductor/latest/APIReference/API_ListPricingPlansAssociatedWithPricingRule.html */
  ListPricingPlansAssociatedWithPricingRule: "L|||3;1;|||;",
  /** Grants permission to view pricing rules details. Access level: Read. https://docs.aws.amazon.com/billingconductor/latest/APIReference/API_ListPricingRules.html */
  ListPricingRules: "R||||||;",
  /** Grants permission to list pricing rules associated to a pricing plan. Access level: List. Resources: pricingplan*. https://docs.aws.amazon.com/billingconductor/latest/APIReference/API_ListPricingRulesAssociatedToPricingPlan.html */
  ListPricingRulesAssociatedToPricingPlan: "L|||2;1;|||;",
  /** Grants permission to list resources associated to a percentage custom line item. Access level: List. Resources: customlineitem*. https://docs.aws.amazon.com/billingconductor/latest/APIReference/API_ListResourcesAssociatedToCustomLineItem.html */
  ListResourcesAssociatedToCustomLineItem: "L|||1;1;|||;",
  /** Grants permission to list tags of a resource. Access level: Read. Resources: billinggroup, customlineitem, pricingplan, pricingrule. https://docs.aws.amazon.com/billingconductor/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,1;0;,2;0;,3;0;|0,2||;",
  /** Grants permission to tag a resource. Access level: Tagging. Resources: billinggroup, customlineitem, pricingplan, pricingrule. https://docs.aws.amazon.com/billingconductor/latest/APIReference/API_TagResource.html */
  TagResource:
    "T|||0;0;,1;0;,2;0;,3;0;|0,2||CreateBillingGroup,CreateCustomLineItem,CreatePricingPlan,CreatePricingRule,;",
  /** Grants permission to untag a resource. Access level: Tagging. Resources: billinggroup, customlineitem, pricingplan, pricingrule. https://docs.aws.amazon.com/billingconductor/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,3;0;|2||;",
  /** Grants permission to update a billing group. Access level: Write. Resources: billinggroup*. https://docs.aws.amazon.com/billingconductor/latest/APIReference/API_UpdateBillingGroup.html */
  UpdateBillingGroup: "W|||0;1;|||;",
  /** Grants permission to update a custom line item. Access level: Write. Resources: customlineitem*. https://docs.aws.amazon.com/billingconductor/latest/APIReference/API_UpdateCustomLineItem.html */
  UpdateCustomLineItem: "W|||1;1;|||;",
  /** Grants permission to update a pricing plan. Access level: Write. Resources: pricingplan*. https://docs.aws.amazon.com/billingconductor/latest/APIReference/API_UpdatePricingPlan.html */
  UpdatePricingPlan: "W|||2;1;|||;",
  /** Grants permission to update a pricing rule. Access level: Write. Resources: pricingrule*. https://docs.aws.amazon.com/billingconductor/latest/APIReference/API_UpdatePricingRule.html */
  UpdatePricingRule: "W|||3;1;|||;",
} as const;
const actionDetails = {
  AssociateAccounts: "|,;~~~|Grants permission to associate between one and 30 accounts to a billing group",
  AssociatePricingRules: "|,;~~~|Grants permission to associate pricing rules",
  BatchAssociateResourcesToCustomLineItem:
    "|,;~~~|Grants permission to batch associate resources to a percentage custom line item",
  BatchDisassociateResourcesFromCustomLineItem:
    "|,;~~~|Grants permission to batch disassociate resources from a percentage custom line item",
  CreateBillingGroup: "|,;~~~|Grants permission to create a billing group",
  CreateCustomLineItem: "|,;~~~|Grants permission to create a custom line item",
  CreatePricingPlan: "|,;~~~|Grants permission to create a pricing plan",
  CreatePricingRule: "|,;~~~|Grants permission to create a pricing rule",
  DeleteBillingGroup: "|,;~~~|Grants permission to delete a billing group",
  DeleteCustomLineItem: "|,;~~~|Grants permission to delete a custom line item",
  DeletePricingPlan: "|,;~~~|Grants permission to delete a pricing plan",
  DeletePricingRule: "|,;~~~|Grants permission to delete a pricing rule",
  DisassociateAccounts: "|,;~~~|Grants permission to detach between one and 30 accounts from a billing group",
  DisassociatePricingRules: "|,;~~~|Grants permission to disassociate pricing rules",
  GetBillingGroupCostReport:
    "|,;~~~|Grants permission to view the billing group cost report for the specified billing group",
  ListAccountAssociations:
    "|,;~~~|Grants permission to list the linked accounts of the payer account for the given billing period while also providing the billing group the linked accounts belong to",
  ListBillingGroupCostReports: "|,;~~~|Grants permission to view the billing group cost report",
  ListBillingGroups: "|,;~~~|Grants permission to view the details of billing groups",
  ListCustomLineItemVersions: "|,;~~~|Grants permission to view custom line item versions",
  ListCustomLineItems: "|,;~~~|Grants permission to view custom line item details",
  ListPricingPlans: "|,;~~~|Grants permission to view the pricing plans details",
  ListPricingPlansAssociatedWithPricingRule:
    "|,;~~~|Grants permission to list pricing plans associated with a pricing rule",
  ListPricingRules: "|,;~~~|Grants permission to view pricing rules details",
  ListPricingRulesAssociatedToPricingPlan:
    "|,;~~~|Grants permission to list pricing rules associated to a pricing plan",
  ListResourcesAssociatedToCustomLineItem:
    "|,;~~~|Grants permission to list resources associated to a percentage custom line item",
  ListTagsForResource: "|,;~~~|Grants permission to list tags of a resource",
  TagResource: "|,;~~~,~~,~~,~~,~~|Grants permission to tag a resource",
  UntagResource: "|,;~~~|Grants permission to untag a resource",
  UpdateBillingGroup: "|,;~~~|Grants permission to update a billing group",
  UpdateCustomLineItem: "|,;~~~|Grants permission to update a custom line item",
  UpdatePricingPlan: "|,;~~~|Grants permission to update a pricing plan",
  UpdatePricingRule: "|,;~~~|Grants permission to update a pricing rule",
};
const resourceTypeFacts = {
  /** The billinggroup resource type: arn:${Partition}:billingconductor::${Account}:billinggroup/${BillingGroupId} */
  billinggroup: "|,|1",
  /** The customlineitem resource type: arn:${Partition}:billingconductor::${Account}:customlineitem/${CustomLineItemId} */
  customlineitem: "|,|1",
  /** The pricingplan resource type: arn:${Partition}:billingconductor::${Account}:pricingplan/${PricingPlanId} */
  pricingplan: "|,|1",
  /** The pricingrule resource type: arn:${Partition}:billingconductor::${Account}:pricingrule/${PricingRuleId} */
  pricingrule: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a billinggroup resource: arn:${Partition}:billingconductor::${Account}:billinggroup/${BillingGroupId}. */
  billinggroup: "|,billinggroup|arn:|Partition|:billingconductor::|Account|:billinggroup/|BillingGroupId|",
  /** ARN of a customlineitem resource: arn:${Partition}:billingconductor::${Account}:customlineitem/${CustomLineItemId}. */
  customlineitem: "|,customlineitem|arn:|Partition|:billingconductor::|Account|:customlineitem/|CustomLineItemId|",
  /** ARN of a pricingplan resource: arn:${Partition}:billingconductor::${Account}:pricingplan/${PricingPlanId}. */
  pricingplan: "|,pricingplan|arn:|Partition|:billingconductor::|Account|:pricingplan/|PricingPlanId|",
  /** ARN of a pricingrule resource: arn:${Partition}:billingconductor::${Account}:pricingrule/${PricingRuleId}. */
  pricingrule: "|,pricingrule|arn:|Partition|:billingconductor::|Account|:pricingrule/|PricingRuleId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["billinggroup", "customlineitem", "pricingplan", "pricingrule"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "billingconductor">;
/** Any billingconductor action. */
export type Action = ActionOf<typeof actionFacts, "billingconductor">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "billingconductor">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "billingconductor" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every billingconductor action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "billingconductor",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
