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
export const prefix: "textract" = "textract";
/** The service's name in the reference. */
export const serviceName: "Amazon Textract" = "Amazon Textract";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Textract",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazontextract.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["iam:PassRole", "s3:GetObject", "textract:TagResource"] as const;
const actionFacts = {
  /** Grants permission to detect instances of real-world document entities within an image provided as input. Access level: Read. https://docs.aws.amazon.com/textract/latest/dg/API_AnalyzeDocument.html */
  AnalyzeDocument: "R|||||1|;",
  /** Grants permission to detect instances of real-world document entities within an image provided as input. Access level: Read. https://docs.aws.amazon.com/textract/latest/dg/API_AnalyzeExpense.html */
  AnalyzeExpense: "R|||||1|;",
  /** Grants permission to detect relevant information from identity documents provided as input. Access level: Read. https://docs.aws.amazon.com/textract/latest/dg/API_AnalyzeID.html */
  AnalyzeID: "R|||||1|;",
  /** Grants permission to create an Amazon Textract adapter. Access level: Write. https://docs.aws.amazon.com/textract/latest/dg/API_CreateAdapter.html */
  CreateAdapter: "W||||0,2|2|;",
  /** Grants permission to create an Amazon Textract adapter version. Access level: Write. Resources: adapter*. https://docs.aws.amazon.com/textract/latest/dg/API_CreateAdapterVersion.html */
  CreateAdapterVersion: "W|||0;1;|0,2|2|;",
  /** Grants permission to delete an Amazon Textract adapter. Access level: Write. Resources: adapter*. https://docs.aws.amazon.com/textract/latest/dg/API_DeleteAdapter.html */
  DeleteAdapter: "W|||0;1;|||;",
  /** Grants permission to delete an Amazon Textract adapter version. Access level: Write. Resources: adapterversion*. https://docs.aws.amazon.com/textract/latest/dg/API_DeleteAdapterVersion.html */
  DeleteAdapterVersion: "W|||1;1;|||;",
  /** Grants permission to detect text in document images. Access level: Read. https://docs.aws.amazon.com/textract/latest/dg/API_DetectDocumentText.html */
  DetectDocumentText: "R|||||1|;",
  /** Grants permission to get an Amazon Textract adapter. Access level: Read. Resources: adapter*. https://docs.aws.amazon.com/textract/latest/dg/API_GetAdapter.html */
  GetAdapter: "R|||0;1;|||;",
  /** Grants permission to get an Amazon Textract adapter version. Access level: Read. Resources: adapterversion*. https://docs.aws.amazon.com/textract/latest/dg/API_GetAdapterVersion.html */
  GetAdapterVersion: "R|||1;1;|||;",
  /** Grants permission to return information about a document analysis job. Access level: Read. https://docs.aws.amazon.com/textract/latest/dg/API_GetDocumentAnalysis.html */
  GetDocumentAnalysis: "R||||||;",
  /** Grants permission to return information about a document text detection job. Access level: Read. https://docs.aws.amazon.com/textract/latest/dg/API_GetDocumentTextDetection.html */
  GetDocumentTextDetection: "R||||||;",
  /** Grants permission to return information about an expense analysis job. Access level: Read. https://docs.aws.amazon.com/textract/latest/dg/API_GetExpenseAnalysis.html */
  GetExpenseAnalysis: "R||||||;",
  /** Grants permission to retrieve page-level information regarding a lending analysis job. Access level: Read. https://docs.aws.amazon.com/textract/latest/dg/API_GetLendingAnalysis.html */
  GetLendingAnalysis: "R||||||;",
  /** Grants permission to retrieve summarized information regarding a lending analysis job. Access level: Read. https://docs.aws.amazon.com/textract/latest/dg/API_GetLendingAnalysisSummary.html */
  GetLendingAnalysisSummary: "R||||||;",
  /** Grants permission to list Amazon Textract adapter versions. Access level: Read. https://docs.aws.amazon.com/textract/latest/dg/API_ListAdapterVersions.html */
  ListAdapterVersions: "R||||||;",
  /** Grants permission to list Amazon Textract adapters. Access level: Read. https://docs.aws.amazon.com/textract/latest/dg/API_ListAdapters.html */
  ListAdapters: "R||||||;",
  /** Grants permission to return a list of tags associated with a resource. Access level: Read. Resources: adapter, adapterversion. https://docs.aws.amazon.com/textract/latest/dg/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,1;0;|||;",
  /** Grants permission to start an asynchronous job to detect instances of real-world document entities within an image or pdf provided as input. Access level: Write. https://docs.aws.amazon.com/textract/latest/dg/API_StartDocumentAnalysis.html */
  StartDocumentAnalysis: "W|||||0,1|;",
  /** Grants permission to start an asynchronous job to detect text in document images or pdfs. Access level: Write. https://docs.aws.amazon.com/textract/latest/dg/API_StartDocumentTextDetection.html */
  StartDocumentTextDetection: "W|||||0,1|;",
  /** Grants permission to start an asynchronous job to detect instances of invoices or receipts within an image or pdf provided as input. Access level: Write. https://docs.aws.amazon.com/textract/latest/dg/API_StartExpenseAnalysis.html */
  StartExpenseAnalysis: "W|||||0,1|;",
  /** Grants permission to start an asynchronous job for detection of entities in a lending document, takes a provided image or PDF as input. Access level: Write. https://docs.aws.amazon.com/textract/latest/dg/API_StartLendingAnalysis.html */
  StartLendingAnalysis: "W|||||0,1|;",
  /** Grants permission to add one or more tags to a resource. Access level: Tagging. Resources: adapter, adapterversion. https://docs.aws.amazon.com/textract/latest/dg/API_TagResource.html */
  TagResource: "T|||0;0;,1;0;|0,2||CreateAdapter,CreateAdapterVersion,;",
  /** Grants permission to remove one or more tags from a resource. Access level: Tagging. Resources: adapter, adapterversion. https://docs.aws.amazon.com/textract/latest/dg/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;|2||;",
  /** Grants permission to update Amazon Textract adapter. Access level: Write. Resources: adapter*. https://docs.aws.amazon.com/textract/latest/dg/API_UpdateAdapter.html */
  UpdateAdapter: "W|||0;1;|||;",
} as const;
const actionDetails = {
  AnalyzeDocument:
    "|,;~~~|Grants permission to detect instances of real-world document entities within an image provided as input",
  AnalyzeExpense:
    "|,;~~~|Grants permission to detect instances of real-world document entities within an image provided as input",
  AnalyzeID: "|,;~~~|Grants permission to detect relevant information from identity documents provided as input",
  CreateAdapter: "|,;~~~|Grants permission to create an Amazon Textract adapter",
  CreateAdapterVersion: "|,;~~~|Grants permission to create an Amazon Textract adapter version",
  DeleteAdapter: "|,;~~~|Grants permission to delete an Amazon Textract adapter",
  DeleteAdapterVersion: "|,;~~~|Grants permission to delete an Amazon Textract adapter version",
  DetectDocumentText: "|,;~~~|Grants permission to detect text in document images",
  GetAdapter: "|,;~~~|Grants permission to get an Amazon Textract adapter",
  GetAdapterVersion: "|,;~~~|Grants permission to get an Amazon Textract adapter version",
  GetDocumentAnalysis: "|,;~~~|Grants permission to return information about a document analysis job",
  GetDocumentTextDetection: "|,;~~~|Grants permission to return information about a document text detection job",
  GetExpenseAnalysis: "|,;~~~|Grants permission to return information about an expense analysis job",
  GetLendingAnalysis: "|,;~~~|Grants permission to retrieve page-level information regarding a lending analysis job",
  GetLendingAnalysisSummary:
    "|,;~~~|Grants permission to retrieve summarized information regarding a lending analysis job",
  ListAdapterVersions: "|,;~~~|Grants permission to list Amazon Textract adapter versions",
  ListAdapters: "|,;~~~|Grants permission to list Amazon Textract adapters",
  ListTagsForResource: "|,;~~~|Grants permission to return a list of tags associated with a resource",
  StartDocumentAnalysis:
    "|,;~~~|Grants permission to start an asynchronous job to detect instances of real-world document entities within an image or pdf provided as input",
  StartDocumentTextDetection:
    "|,;~~~|Grants permission to start an asynchronous job to detect text in document images or pdfs",
  StartExpenseAnalysis:
    "|,;~~~|Grants permission to start an asynchronous job to detect instances of invoices or receipts within an image or pdf provided as input",
  StartLendingAnalysis:
    "|,;~~~|Grants permission to start an asynchronous job for detection of entities in a lending document, takes a provided image or PDF as input",
  TagResource: "|,;~~~,~~,~~|Grants permission to add one or more tags to a resource",
  UntagResource: "|,;~~~|Grants permission to remove one or more tags from a resource",
  UpdateAdapter: "|,;~~~|Grants permission to update Amazon Textract adapter",
};
const resourceTypeFacts = {
  /** The adapter resource type: arn:${Partition}:textract:${Region}:${Account}:/adapters/${AdapterId} */
  adapter: "|,|1",
  /** The adapterversion resource type: arn:${Partition}:textract:${Region}:${Account}:/adapters/${AdapterId}/versions/${AdapterVersion} */
  adapterversion: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a adapter resource: arn:${Partition}:textract:${Region}:${Account}:/adapters/${AdapterId}. */
  adapter: "|,adapter|arn:|Partition|:textract:|Region|:|Account|:/adapters/|AdapterId|",
  /** ARN of a adapterversion resource: arn:${Partition}:textract:${Region}:${Account}:/adapters/${AdapterId}/versions/${AdapterVersion}. */
  adapterversion:
    "|,adapterversion|arn:|Partition|:textract:|Region|:|Account|:/adapters/|AdapterId|/versions/|AdapterVersion|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["adapter", "adapterversion"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "textract">;
/** Any textract action. */
export type Action = ActionOf<typeof actionFacts, "textract">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "textract">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "textract" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every textract action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by tags that are passed in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by tags associated with the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by tag keys that are passed in the request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by tags that are passed in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by tags associated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by tag keys that are passed in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "textract",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
