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
export const prefix: "billing" = "billing";
/** The service's name in the reference. */
export const serviceName: "AWS Billing" = "AWS Billing";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Billing",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsbilling.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["billing:UseSourceView", "iam:CreateServiceLinkedRole"] as const;
const actionFacts = {
  /** Grants permission to associate source views to a billing view. Access level: Write. Resources: billingview*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_billing_AssociateSourceViews.html */
  AssociateSourceViews: "W|||0;1;|1|0,1|;",
  /** Grants permission to create a billing view. Access level: Write. Resources: billingview*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_billing_CreateBillingView.html */
  CreateBillingView: "W|||0;1;|0,2|billing:TagResource,0,1|;",
  /** Grants permission to delete a billing view. Access level: Write. Resources: billingview*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_billing_DeleteBillingView.html */
  DeleteBillingView: "W|||0;1;|1||;",
  /** Grants permission to delete a billing view resource policy. Access level: Permissions management. Resources: billingview*. Permission only. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_billing_DeleteResourcePolicy.html */
  DeleteResourcePolicy: "P||1|0;1;|1||",
  /** Grants permission to disassociate source views from a billing view. Access level: Write. Resources: billingview*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_billing_DisassociateSourceViews.html */
  DisassociateSourceViews: "W|||0;1;|1||;",
  /** Grants permission to perform queries on billing information. Access level: Read. Resources: billingview. Permission only. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/billing-permissions-ref.html#user-permissions */
  GetBillingData: "R||1|0;0;|1||",
  /** Grants permission to view detailed line item billing information. Access level: Read. Resources: billingview. Permission only. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/billing-permissions-ref.html#user-permissions */
  GetBillingDetails: "R||1|0;0;|1||",
  /** Grants permission to view notifications sent by AWS related to your accounts billing information. Access level: Read. Permission only. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/billing-permissions-ref.html#user-permissions */
  GetBillingNotifications: "R||1||||",
  /** Grants permission to view billing preferences such as reserved instance, savings plans and credits sharing. Access level: Read. Permission only. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/billing-permissions-ref.html#user-permissions */
  GetBillingPreferences: "R||1||||",
  /** Grants permission to get the metadata for a specified billing view. Access level: Read. Resources: billingview*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_billing_GetBillingView.html */
  GetBillingView: "R|||0;1;|1||;",
  /** Grants permission to get cost and usage data for a specified billng view. Access level: Read. Resources: billingview*. Permission only. https://docs.aws.amazon.com/ */
  GetBillingViewData: "R||1|0;1;|||",
  /** Grants permission to view the account's contract information including the contract number, end-user organization names, PO numbers and if the account is used to service public-sector customers. Access level: Read. Permission only. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/billing-permissions-ref.html#user-permissions */
  GetContractInformation: "R||1||||",
  /** Grants permission to view a credit allocation history. Access level: Read. Permission only. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/billing-permissions-ref.html#user-permissions */
  GetCreditAllocationHistory: "R||1||||",
  /** Grants permission to view credits that have been redeemed. Access level: Read. Permission only. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/billing-permissions-ref.html#user-permissions */
  GetCredits: "R||1||||",
  /** Grants permission to retrieve the state of the Allow IAM Access billing preference. Access level: Read. Permission only. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/billing-permissions-ref.html#user-permissions */
  GetIAMAccessPreference: "R||1||||",
  /** Grants permission to get the resource policy specified billing view. Access level: Permissions management. Resources: billingview*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_billing_GetResourcePolicy.html */
  GetResourcePolicy: "P|||0;1;|1||;",
  /** Grants permission to retrieve the account's default Seller of Record. Access level: Read. Permission only. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/billing-permissions-ref.html#user-permissions */
  GetSellerOfRecord: "R||1||||",
  /** Grants permission to get a list of all your available billing views. Access level: Read. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_billing_ListBillingViews.html */
  ListBillingViews: "R||||||;",
  /** Grants permission to get the list of source views for a specified billing view. Access level: List. Resources: billingview*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_billing_ListSourceViewsForBillingView.html */
  ListSourceViewsForBillingView: "L|||0;1;|1||;",
  /** Grants permission to get the list of tags for a specified billing view. Access level: Read. Resources: billingview*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_billing_ListTagsForResource.html */
  ListTagsForResource: "R|||0;1;|1||;",
  /** Grants permission to set the account's contract information end-user organization names and if the account is used to service public-sector customers. Access level: Write. Permission only. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/billing-permissions-ref.html#user-permissions */
  PutContractInformation: "W||1||||",
  /** Grants permission to put a billing view resource policy. Access level: Permissions management. Resources: billingview*. Permission only. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_billing_PutResourcePolicy.html */
  PutResourcePolicy: "P||1|0;1;|1||",
  /** Grants permission to redeem an AWS credit. Access level: Write. Permission only. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/billing-permissions-ref.html#user-permissions */
  RedeemCredits: "W||1||||",
  /** Grants permission to add tags to a specified billing view. Access level: Tagging. Resources: billingview*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_billing_TagResource.html */
  TagResource: "T|||0;1;|0,1,2||CreateBillingView,;",
  /** Grants permission to remove a tag from a specified billing view. Access level: Tagging. Resources: billingview*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_billing_UntagResource.html */
  UntagResource: "T|||0;1;|1,2||;",
  /** Grants permission to update billing preferences such as reserved instance, savings plans and credits sharing. Access level: Write. Permission only. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/billing-permissions-ref.html#user-permissions */
  UpdateBillingPreferences: "W||1||||",
  /** Grants permission to update a billing view. Access level: Write. Resources: billingview*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_billing_UpdateBillingView.html */
  UpdateBillingView: "W|||0;1;|1||;",
  /** Grants permission to update the Allow IAM Access billing preference. Access level: Write. Permission only. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/billing-permissions-ref.html#user-permissions */
  UpdateIAMAccessPreference: "W||1||||",
  /** Grants permission to use a billing view as a data source for other billing views. Access level: Read. Permission only. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/billing-permissions-ref.html#user-permissions */
  UseSourceView: "R||1||||AssociateSourceViews,CreateBillingView",
} as const;
const actionDetails = {
  AssociateSourceViews: "|,;~~~|Grants permission to associate source views to a billing view",
  CreateBillingView: "|,;~~~|Grants permission to create a billing view",
  DeleteBillingView: "|,;~~~|Grants permission to delete a billing view",
  DeleteResourcePolicy: "|,;~|Grants permission to delete a billing view resource policy",
  DisassociateSourceViews: "|,;~~~|Grants permission to disassociate source views from a billing view",
  GetBillingData: "|,;~|Grants permission to perform queries on billing information",
  GetBillingDetails: "|,;~|Grants permission to view detailed line item billing information",
  GetBillingNotifications:
    "|,;~|Grants permission to view notifications sent by AWS related to your accounts billing information",
  GetBillingPreferences:
    "|,;~|Grants permission to view billing preferences such as reserved instance, savings plans and credits sharing",
  GetBillingView: "|,;~~~|Grants permission to get the metadata for a specified billing view",
  GetBillingViewData: "|,;~|Grants permission to get cost and usage data for a specified billng view",
  GetContractInformation:
    "|,;~|Grants permission to view the account's contract information including the contract number, end-user organization names, PO numbers and if the account is used to service public-sector customers",
  GetCreditAllocationHistory: "|,;~|Grants permission to view a credit allocation history",
  GetCredits: "|,;~|Grants permission to view credits that have been redeemed",
  GetIAMAccessPreference: "|,;~|Grants permission to retrieve the state of the Allow IAM Access billing preference",
  GetResourcePolicy: "|,;~~~|Grants permission to get the resource policy specified billing view",
  GetSellerOfRecord: "|,;~|Grants permission to retrieve the account's default Seller of Record",
  ListBillingViews: "|,;~~~|Grants permission to get a list of all your available billing views",
  ListSourceViewsForBillingView:
    "|,;~~~|Grants permission to get the list of source views for a specified billing view",
  ListTagsForResource: "|,;~~~|Grants permission to get the list of tags for a specified billing view",
  PutContractInformation:
    "|,;~|Grants permission to set the account's contract information end-user organization names and if the account is used to service public-sector customers",
  PutResourcePolicy: "|,;~|Grants permission to put a billing view resource policy",
  RedeemCredits: "|,;~|Grants permission to redeem an AWS credit",
  TagResource: "|,;~~~,~~|Grants permission to add tags to a specified billing view",
  UntagResource: "|,;~~~|Grants permission to remove a tag from a specified billing view",
  UpdateBillingPreferences:
    "|,;~|Grants permission to update billing preferences such as reserved instance, savings plans and credits sharing",
  UpdateBillingView: "|,;~~~|Grants permission to update a billing view",
  UpdateIAMAccessPreference: "|,;~|Grants permission to update the Allow IAM Access billing preference",
  UseSourceView: "|,;~~~,~~|Grants permission to use a billing view as a data source for other billing views",
};
const resourceTypeFacts = {
  /** The billingview resource type: arn:${Partition}:billing::${Account}:billingview/${ResourceId} */
  billingview: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a billingview resource: arn:${Partition}:billing::${Account}:billingview/${ResourceId}. */
  billingview: "|,billingview|arn:|Partition|:billing::|Account|:billingview/|ResourceId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["billingview"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "billing">;
/** Any billing action. */
export type Action = ActionOf<typeof actionFacts, "billing">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "billing">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "billing" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every billing action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "billing",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
