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
export const prefix: "tax" = "tax";
/** The service's name in the reference. */
export const serviceName: "AWS Tax Settings" = "AWS Tax Settings";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Tax Settings",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awstaxsettings.html",
  },
];
const conditionKeyList = [] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to batch delete tax registration data. Access level: Write. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/billing-permissions-ref.html */
  BatchDeleteTaxRegistration: "W||||||;",
  /** Grants permission to batch update tax registrations. Access level: Write. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/billing-permissions-ref.html */
  BatchPutTaxRegistration: "W||||||;",
  /** Grants permission to cancel documents such as withholding slips. Access level: Write. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/billing-permissions-ref.html */
  CancelDocument: "W||||||",
  /** Grants permission to upload new documents such as withholding slips. Access level: Write. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/billing-permissions-ref.html */
  CreateDocument: "W||||||",
  /** Grants permission to delete supplemental tax registration data. Access level: Write. https://docs.aws.amazon.com/marketplace/latest/userguide/detailed-management-portal-permissions.html */
  DeleteSupplementalTaxRegistration: "W||||||;",
  /** Grants permission to delete tax registration data. Access level: Write. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/billing-permissions-ref.html */
  DeleteTaxRegistration: "W||||||;",
  /** Grants permission to retrieve documents such as withholding slips. Access level: Read. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/billing-permissions-ref.html */
  GetDocument: "R||||||",
  /** Grants permission to retrieve a generated URL to upload documents. Access level: Read. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/billing-permissions-ref.html */
  GetDocumentUploadUrl: "R||||||",
  /** Grants permission to view tax exemptions data. Access level: Read. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/billing-permissions-ref.html */
  GetExemptions: "R||||||BatchGetTaxExemptions,GetTaxExemptionTypes,ListTaxExemptions",
  /** Grants permission to view/download tax documents/forms. Access level: Read. Permission only. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/billing-permissions-ref.html */
  GetTaxInfoReportingDocument: "R||1||||",
  /** Grants permission to view tax inheritance status. Access level: Read. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/billing-permissions-ref.html */
  GetTaxInheritance: "R||||||;",
  /** Grants permission to retrieve tax interview data. Access level: Read. Permission only. https://docs.aws.amazon.com/marketplace/latest/userguide/detailed-management-portal-permissions.html */
  GetTaxInterview: "R||1||||",
  /** Grants permission to view tax registrations data. Access level: Read. https://docs.aws.amazon.com/marketplace/latest/userguide/detailed-management-portal-permissions.html */
  GetTaxRegistration: "R||||||;",
  /** Grants permission to download tax registration documents. Access level: Read. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/billing-permissions-ref.html */
  GetTaxRegistrationDocument: "R||||||;",
  /** Grants permission to view documents such as withholding slips. Access level: Read. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/billing-permissions-ref.html */
  ListDocuments: "R||||||",
  /** Grants permission to view supplemental tax registrations. Access level: Read. https://docs.aws.amazon.com/marketplace/latest/userguide/detailed-management-portal-permissions.html */
  ListSupplementalTaxRegistrations: "R||||||;",
  /** Grants permission to view tax registrations. Access level: Read. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/billing-permissions-ref.html */
  ListTaxRegistrations: "R||||||;",
  /** Grants permission to view eligible withholding invoices. Access level: Read. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/billing-permissions-ref.html */
  ListWithholdingEligibleInvoices: "R||||||",
  /** Grants permission to update supplemental tax registrations data. Access level: Write. https://docs.aws.amazon.com/marketplace/latest/userguide/detailed-management-portal-permissions.html */
  PutSupplementalTaxRegistration: "W||||||;",
  /** Grants permission to set tax inheritance. Access level: Write. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/billing-permissions-ref.html */
  PutTaxInheritance: "W||||||;",
  /** Grants permission to update tax interview data. Access level: Write. Permission only. https://docs.aws.amazon.com/marketplace/latest/userguide/detailed-management-portal-permissions.html */
  PutTaxInterview: "W||1||||",
  /** Grants permission to update tax registrations data. Access level: Write. https://docs.aws.amazon.com/marketplace/latest/userguide/detailed-management-portal-permissions.html */
  PutTaxRegistration: "W||||||;",
  /** Grants permission to update tax exemptions data. Access level: Write. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/billing-permissions-ref.html */
  UpdateExemptions: "W||||||PutTaxExemption",
} as const;
const actionDetails = {
  BatchDeleteTaxRegistration: "|,;~~~|Grants permission to batch delete tax registration data",
  BatchPutTaxRegistration: "|,;~~~|Grants permission to batch update tax registrations",
  CancelDocument: "|,;~|Grants permission to cancel documents such as withholding slips",
  CreateDocument: "|,;~|Grants permission to upload new documents such as withholding slips",
  DeleteSupplementalTaxRegistration: "|,;~~~|Grants permission to delete supplemental tax registration data",
  DeleteTaxRegistration: "|,;~~~|Grants permission to delete tax registration data",
  GetDocument: "|,;~|Grants permission to retrieve documents such as withholding slips",
  GetDocumentUploadUrl: "|,;~|Grants permission to retrieve a generated URL to upload documents",
  GetExemptions: "|,;~~~,~~,~~|Grants permission to view tax exemptions data",
  GetTaxInfoReportingDocument: "|,;~|Grants permission to view/download tax documents/forms",
  GetTaxInheritance: "|,;~~~|Grants permission to view tax inheritance status",
  GetTaxInterview: "|,;~|Grants permission to retrieve tax interview data",
  GetTaxRegistration: "|,;~~~|Grants permission to view tax registrations data",
  GetTaxRegistrationDocument: "|,;~~~|Grants permission to download tax registration documents",
  ListDocuments: "|,;~|Grants permission to view documents such as withholding slips",
  ListSupplementalTaxRegistrations: "|,;~~~|Grants permission to view supplemental tax registrations",
  ListTaxRegistrations: "|,;~~~|Grants permission to view tax registrations",
  ListWithholdingEligibleInvoices: "|,;~|Grants permission to view eligible withholding invoices",
  PutSupplementalTaxRegistration: "|,;~~~|Grants permission to update supplemental tax registrations data",
  PutTaxInheritance: "|,;~~~|Grants permission to set tax inheritance",
  PutTaxInterview: "|,;~|Grants permission to update tax interview data",
  PutTaxRegistration: "|,;~~~|Grants permission to update tax registrations data",
  UpdateExemptions: "|,;~~~|Grants permission to update tax exemptions data",
};
const resourceTypeFacts = {} as const;
const arnFormats = {} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "tax">;
/** Any tax action. */
export type Action = ActionOf<typeof actionFacts, "tax">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "tax">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "taxsettings" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every tax action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "tax",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
