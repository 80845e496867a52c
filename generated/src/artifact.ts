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
export const prefix: "artifact" = "artifact";
/** The service's name in the reference. */
export const serviceName: "AWS Artifact" = "AWS Artifact";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Artifact",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsartifact.html",
  },
];
const conditionKeyList = ["artifact:ReportCategory", "artifact:ReportSeries"] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to accept an AWS agreement that has not yet been accepted by the customer account. Access level: Write. Resources: agreement*. https://docs.aws.amazon.com/artifact/latest/APIReference/API_AcceptAgreement.html */
  AcceptAgreement: "W|||0;1;|||",
  /** Grants permission to accept the terms of an NDA Document for a given agreement resource. Access level: Write. Resources: agreement*. https://docs.aws.amazon.com/artifact/latest/APIReference/API_AcceptNdaForAgreement.html */
  AcceptNdaForAgreement: "W|||0;1;|||",
  /** Grants permission to get the account settings for Artifact. Access level: Read. https://docs.aws.amazon.com/artifact/latest/APIReference/API_GetAccountSettings.html */
  GetAccountSettings: "R||||||;",
  /** Grants permission to get an AWS agreement that has not yet been accepted by the customer account. Access level: Read. Resources: agreement*. https://docs.aws.amazon.com/artifact/latest/APIReference/API_GetAgreement.html */
  GetAgreement: "R|||0;1;|||",
  /** Grants permission to get an AWS agreement that has been accepted by the customer account. Access level: Read. Resources: customer-agreement*. https://docs.aws.amazon.com/artifact/latest/APIReference/API_GetCustomerAgreement.html */
  GetCustomerAgreement: "R|||1;1;|||",
  /** Grants permission to retrieve the NDA Document for a given agreement resource. Access level: Read. Resources: agreement*. https://docs.aws.amazon.com/artifact/latest/APIReference/API_GetNdaForAgreement.html */
  GetNdaForAgreement: "R|||0;1;|||",
  /** Grants permission to download a report. Access level: Read. Resources: report*. https://docs.aws.amazon.com/artifact/latest/APIReference/API_GetReport.html */
  GetReport: "R|||2;1;|||;",
  /** Grants permission to download metadata associated with a report. Access level: Read. Resources: report*. https://docs.aws.amazon.com/artifact/latest/APIReference/API_GetReportMetadata.html */
  GetReportMetadata: "R|||2;1;|||;",
  /** Grants permission to download a term associated with a report. Access level: Read. Resources: report*. https://docs.aws.amazon.com/artifact/latest/APIReference/API_GetTermForReport.html */
  GetTermForReport: "R|||2;1;|||;",
  /** Grants permission to list AWS agreements. Access level: List. https://docs.aws.amazon.com/artifact/latest/APIReference/API_ListAgreements.html */
  ListAgreements: "L||||||",
  /** Grants permission to list customer-agreement resources that have been accepted by the customer account. Access level: List. https://docs.aws.amazon.com/artifact/latest/APIReference/API_ListCustomerAgreements.html */
  ListCustomerAgreements: "L||||||;",
  /** Grants permission to list report versions in your account. Access level: List. https://docs.aws.amazon.com/artifact/latest/APIReference/API_ListReportVersions.html */
  ListReportVersions: "L||||||;",
  /** Grants permission to list reports in your account. Access level: List. https://docs.aws.amazon.com/artifact/latest/APIReference/API_ListReports.html */
  ListReports: "L||||||;",
  /** Grants permission to put account settings for Artifact. Access level: Write. https://docs.aws.amazon.com/artifact/latest/APIReference/API_PutAccountSettings.html */
  PutAccountSettings: "W||||||;",
  /** Grants permission to terminate a customer agreement that was previously accepted by the customer account. Access level: Write. Resources: customer-agreement*. https://docs.aws.amazon.com/artifact/latest/APIReference/API_TerminateAgreement.html */
  TerminateAgreement: "W|||1;1;|||",
} as const;
const actionDetails = {
  AcceptAgreement:
    "|,;~|Grants permission to accept an AWS agreement that has not yet been accepted by the customer account",
  AcceptNdaForAgreement: "|,;~|Grants permission to accept the terms of an NDA Document for a given agreement resource",
  GetAccountSettings: "|,;~~~|Grants permission to get the account settings for Artifact",
  GetAgreement: "|,;~|Grants permission to get an AWS agreement that has not yet been accepted by the customer account",
  GetCustomerAgreement: "|,;~|Grants permission to get an AWS agreement that has been accepted by the customer account",
  GetNdaForAgreement: "|,;~|Grants permission to retrieve the NDA Document for a given agreement resource",
  GetReport: "|,;~~~|Grants permission to download a report",
  GetReportMetadata: "|,;~~~|Grants permission to download metadata associated with a report",
  GetTermForReport: "|,;~~~|Grants permission to download a term associated with a report",
  ListAgreements: "|,;~|Grants permission to list AWS agreements",
  ListCustomerAgreements:
    "|,;~~~|Grants permission to list customer-agreement resources that have been accepted by the customer account",
  ListReportVersions: "|,;~~~|Grants permission to list report versions in your account",
  ListReports: "|,;~~~|Grants permission to list reports in your account",
  PutAccountSettings: "|,;~~~|Grants permission to put account settings for Artifact",
  TerminateAgreement:
    "|,;~|Grants permission to terminate a customer agreement that was previously accepted by the customer account",
};
const resourceTypeFacts = {
  /** The agreement resource type: arn:${Partition}:artifact:::agreement/* */
  agreement: "|,|",
  /** The customer-agreement resource type: arn:${Partition}:artifact::${Account}:customer-agreement/* */
  "customer-agreement": "|,customerAgreement|",
  /** The report resource type: arn:${Partition}:artifact:${Region}::report/${ReportId}:${Version} */
  report: "|,|0,1",
} as const;
const arnFormats = {
  /** ARN of a agreement resource: arn:${Partition}:artifact:::agreement/*. */
  agreement: "|,agreement|arn:|Partition|:artifact:::agreement/*",
  /** ARN of a customer-agreement resource: arn:${Partition}:artifact::${Account}:customer-agreement/*. */
  customerAgreement: "|,customer-agreement|arn:|Partition|:artifact::|Account|:customer-agreement/*",
  /** ARN of a report resource: arn:${Partition}:artifact:${Region}::report/${ReportId}:${Version}. */
  report: "|,report|arn:|Partition|:artifact:|Region|::report/|ReportId|:|Version|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["agreement", "customer-agreement", "report"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "artifact">;
/** Any artifact action. */
export type Action = ActionOf<typeof actionFacts, "artifact">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "artifact">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "artifact" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every artifact action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by which category reports are associated with. */
  "artifact:ReportCategory": "String";
  /** Filters access by which series reports are associated with. */
  "artifact:ReportSeries": "String";
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
  "artifact:ReportCategory": "|,String|0||Filters access by which category reports are associated with",
  "artifact:ReportSeries": "|,String|0||Filters access by which series reports are associated with",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "artifact",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
