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
export const prefix: "invoicing" = "invoicing";
/** The service's name in the reference. */
export const serviceName: "AWS Invoicing Service" = "AWS Invoicing Service";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Invoicing Service",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsinvoicingservice.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["aws-portal:ModifyBilling", "aws-portal:ViewBilling", "invoicing:TagResource"] as const;
const actionFacts = {
  /** Grants permission to get invoice profile details for an account in your organization. Access level: Read. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_invoicing_BatchGetInvoiceProfile.html */
  BatchGetInvoiceProfile: "R|||||1|;",
  /** Grants permission to create an invoice unit for your organization. Access level: Write. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_invoicing_CreateInvoiceUnit.html */
  CreateInvoiceUnit: "W||||0,2|1,2|;",
  /** Grants permission to create a procurement portal preference. Access level: Write. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_invoicing_CreateProcurementPortalPreference.html */
  CreateProcurementPortalPreference: "W||||1|0,2|;",
  /** Grants permission to update an invoice unit for your organization. Access level: Write. Resources: invoice-unit*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_invoicing_DeleteInvoiceUnit.html */
  DeleteInvoiceUnit: "W|||0;1;|1|1|;",
  /** Grants permission to delete a procurement portal preference. Access level: Write. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_invoicing_DeleteProcurementPortalPreference.html */
  DeleteProcurementPortalPreference: "W||||1|0|;",
  /** Grants permission to get Invoice Correction. Access level: Read. Permission only. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_invoicing_GetInvoiceCorrection.html */
  GetInvoiceCorrection: "R||1||||",
  /** Grants permission to get Invoice Email Delivery Preferences. Access level: Read. Permission only. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/security_iam_id-based-policy-examples.html#billing-permissions-ref */
  GetInvoiceEmailDeliveryPreferences: "R||1||||",
  /** Grants permission to get downloadable Invoice document pre-signed URL with supplemental documents. Access level: Read. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_invoicing_GetInvoicePDF.html */
  GetInvoicePDF: "R|||||1|;",
  /** Grants permission to get invoice units for your organization. Access level: Read. Resources: invoice-unit*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_invoicing_GetInvoiceUnit.html */
  GetInvoiceUnit: "R|||0;1;||1|;",
  /** Grants permission to get a procurement portal preference. Access level: Read. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_invoicing_GetProcurementPortalPreference.html */
  GetProcurementPortalPreference: "R|||||1|;",
  /** Grants permission to list Invoice Corrections. Access level: List. Permission only. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_invoicing_ListInvoiceCorrections.html */
  ListInvoiceCorrections: "L||1||||",
  /** Grants permission to get Invoice summary information for your account or linked account. Access level: Read. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_invoicing_ListInvoiceSummaries.html */
  ListInvoiceSummaries: "R|||||1|;",
  /** Grants permission to list invoice units for your organization. Access level: List. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_invoicing_ListInvoiceUnits.html */
  ListInvoiceUnits: "L|||||1|;",
  /** Grants permission to list procurement portal preferences for an account. Access level: List. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_invoicing_ListProcurementPortalPreferences.html */
  ListProcurementPortalPreferences: "L|||||1|;",
  /** Grants permission to list tags for a resource. Access level: Read. Resources: invoice-unit*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_invoicing_ListTagsForResource.html */
  ListTagsForResource: "R|||0;1;|1|1|;",
  /** Grants permission to put Invoice Email Delivery Preferences. Access level: Write. Permission only. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/security_iam_id-based-policy-examples.html#billing-permissions-ref */
  PutInvoiceEmailDeliveryPreferences: "W||1||||",
  /** Grants permission to update a procurement portal preference. Access level: Write. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_invoicing_PutProcurementPortalPreference.html */
  PutProcurementPortalPreference: "W||||1|0|;",
  /** Grants permission to start Invoice Correction. Access level: Write. Permission only. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_invoicing_StartInvoiceCorrection.html */
  StartInvoiceCorrection: "W||1||||",
  /** Grants permission to tag a resource. Access level: Tagging. Resources: invoice-unit*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_invoicing_TagResource.html */
  TagResource: "T|||0;1;|0,1,2|0|CreateInvoiceUnit,CreateProcurementPortalPreference,;",
  /** Grants permission to untag a resource. Access level: Tagging. Resources: invoice-unit*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_invoicing_UntagResource.html */
  UntagResource: "T|||0;1;|1,2|0|;",
  /** Grants permission to update an invoice unit for your organization. Access level: Write. Resources: invoice-unit*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_invoicing_UpdateInvoiceUnit.html */
  UpdateInvoiceUnit: "W|||0;1;|1|1|;",
  /** Grants permission to update the status for a procurement portal preference. Access level: Write. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_invoicing_UpdateProcurementPortalPreferenceStatus.html */
  UpdateProcurementPortalPreferenceStatus: "W||||1|0|;",
} as const;
const actionDetails = {
  BatchGetInvoiceProfile: "|,;~~~|Grants permission to get invoice profile details for an account in your organization",
  CreateInvoiceUnit: "|,;~~~|Grants permission to create an invoice unit for your organization",
  CreateProcurementPortalPreference: "|,;~~~|Grants permission to create a procurement portal preference",
  DeleteInvoiceUnit: "|,;~~~|Grants permission to update an invoice unit for your organization",
  DeleteProcurementPortalPreference: "|,;~~~|Grants permission to delete a procurement portal preference",
  GetInvoiceCorrection: "|,;~|Grants permission to get Invoice Correction",
  GetInvoiceEmailDeliveryPreferences: "|,;~|Grants permission to get Invoice Email Delivery Preferences",
  GetInvoicePDF:
    "|,;~~~|Grants permission to get downloadable Invoice document pre-signed URL with supplemental documents",
  GetInvoiceUnit: "|,;~~~|Grants permission to get invoice units for your organization",
  GetProcurementPortalPreference: "|,;~~~|Grants permission to get a procurement portal preference",
  ListInvoiceCorrections: "|,;~|Grants permission to list Invoice Corrections",
  ListInvoiceSummaries:
    "|,;~~~|Grants permission to get Invoice summary information for your account or linked account",
  ListInvoiceUnits: "|,;~~~|Grants permission to list invoice units for your organization",
  ListProcurementPortalPreferences: "|,;~~~|Grants permission to list procurement portal preferences for an account",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for a resource",
  PutInvoiceEmailDeliveryPreferences: "|,;~|Grants permission to put Invoice Email Delivery Preferences",
  PutProcurementPortalPreference: "|,;~~~|Grants permission to update a procurement portal preference",
  StartInvoiceCorrection: "|,;~|Grants permission to start Invoice Correction",
  TagResource: "|,;~~~,~~,~~|Grants permission to tag a resource",
  UntagResource: "|,;~~~|Grants permission to untag a resource",
  UpdateInvoiceUnit: "|,;~~~|Grants permission to update an invoice unit for your organization",
  UpdateProcurementPortalPreferenceStatus:
    "|,;~~~|Grants permission to update the status for a procurement portal preference",
};
const resourceTypeFacts = {
  /** The invoice-unit resource type: arn:${Partition}:invoicing::${Account}:invoice-unit/${Identifier} */
  "invoice-unit": "|,invoiceUnit|1",
  /** The procurement-portal-preference resource type: arn:${Partition}:invoicing::${Account}:procurement-portal-preference/${Identifier} */
  "procurement-portal-preference": "|,procurementPortalPreference|1",
} as const;
const arnFormats = {
  /** ARN of a invoice-unit resource: arn:${Partition}:invoicing::${Account}:invoice-unit/${Identifier}. */
  invoiceUnit: "|,invoice-unit|arn:|Partition|:invoicing::|Account|:invoice-unit/|Identifier|",
  /** ARN of a procurement-portal-preference resource: arn:${Partition}:invoicing::${Account}:procurement-portal-preference/${Identifier}. */
  procurementPortalPreference:
    "|,procurement-portal-preference|arn:|Partition|:invoicing::|Account|:procurement-portal-preference/|Identifier|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["invoice-unit", "procurement-portal-preference"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "invoicing">;
/** Any invoicing action. */
export type Action = ActionOf<typeof actionFacts, "invoicing">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "invoicing">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "invoicing" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every invoicing action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by allowed set of values for each of the tags. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by tag-value associated with the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by presence of mandatory tags in the request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by allowed set of values for each of the tags",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by tag-value associated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by presence of mandatory tags in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "invoicing",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
