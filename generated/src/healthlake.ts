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
export const prefix: "healthlake" = "healthlake";
/** The service's name in the reference. */
export const serviceName: "AWS HealthLake" = "AWS HealthLake";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS HealthLake",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awshealthlake.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["iam:PassRole"] as const;
const actionFacts = {
  /** Grants permission to cancel an on going FHIR Export job with Delete. Access level: Write. Resources: datastore*. https://docs.aws.amazon.com/healthlake/latest/devguide/export-datastore-rest.html */
  CancelFHIRExportJobWithDelete: "W|||0;1;|||",
  /** Grants permission to allow customers to indicate to a Producer that the Consumer does not have any more changes to be made to the Attribution List. Access level: Write. Resources: datastore*. https://docs.aws.amazon.com/healthlake/latest/devguide/reference-fhir-operations-confirm-attribution-list.html */
  ConfirmAttributionList: "W|||0;1;|||",
  /** Grants permission to create a datastore that can ingest and export FHIR data. Access level: Write. https://docs.aws.amazon.com/healthlake/latest/APIReference/API_CreateFHIRDatastore.html */
  CreateFHIRDatastore: "W||||0,1,2|healthlake:TagResource|;",
  /** Grants permission to create resource. Access level: Write. Resources: datastore*. https://docs.aws.amazon.com/healthlake/latest/devguide/crud-healthlake.html */
  CreateResource: "W|||0;1;|||",
  /** Grants permission to delete a datastore. Access level: Write. Resources: datastore*. https://docs.aws.amazon.com/healthlake/latest/APIReference/API_DeleteFHIRDatastore.html */
  DeleteFHIRDatastore: "W|||0;1;|||;",
  /** Grants permission to delete resource. Access level: Write. Resources: datastore*. https://docs.aws.amazon.com/healthlake/latest/devguide/crud-healthlake.html */
  DeleteResource: "W|||0;1;|||",
  /** Grants permission to describe a FHIR Bulk Delete Job. Access level: Read. Resources: datastore*. https://docs.aws.amazon.com/healthlake/latest/devguide/reference-fhir-operations-bulk-delete.html */
  DescribeFHIRBulkDeleteJob: "R|||0;1;|||",
  /** Grants permission to describe a FHIR Bulk Member Match Job. Access level: Read. Resources: datastore*. https://docs.aws.amazon.com/healthlake/latest/devguide/reference-fhir-operations-bulk-member-match.html */
  DescribeFHIRBulkMemberMatchJob: "R|||0;1;|||",
  /** Grants permission to get the properties associated with the FHIR datastore, including the datastore ID, datastore ARN, datastore name, datastore status, created at, datastore type version, and datastore endpoint. Access level: Read. Resources: datastore*. https://docs.aws.amazon.com/healthlake/latest/APIReference/API_DescribeFHIRDatastore.html */
  DescribeFHIRDatastore: "R|||0;1;|||;",
  /** Grants permission to display the properties of a FHIR export job, including the ID, ARN, name, and the status of the datastore. Access level: Read. Resources: datastore*. https://docs.aws.amazon.com/healthlake/latest/APIReference/API_DescribeFHIRExportJob.html */
  DescribeFHIRExportJob: "R|||0;1;|||;",
  /** Grants permission to display the properties of a FHIR export job, including the ID, ARN, name, and the status of the datastore with Get. Access level: Read. Resources: datastore*. https://docs.aws.amazon.com/healthlake/latest/devguide/export-datastore-rest.html */
  DescribeFHIRExportJobWithGet: "R|||0;1;|||",
  /** Grants permission to display the properties of a FHIR import job, including the ID, ARN, name, and the status of the datastore. Access level: Read. Resources: datastore*. https://docs.aws.amazon.com/healthlake/latest/APIReference/API_DescribeFHIRImportJob.html */
  DescribeFHIRImportJob: "R|||0;1;|||;",
  /** Grants permission to search and expand ValueSet resource. Access level: Read. Resources: datastore*. https://docs.aws.amazon.com/healthlake/latest/devguide/reference-fhir-operations-expand.html */
  ExpandValueSetWithGet: "R|||0;1;|||",
  /** Grants permission to search and expand ValueSet resource. Access level: Read. Resources: datastore*. https://docs.aws.amazon.com/healthlake/latest/devguide/reference-fhir-operations-expand.html */
  ExpandValueSetWithPost: "R|||0;1;|||",
  /** Grants permission to generate a clinical document resource. Access level: Write. Resources: datastore*. https://docs.aws.amazon.com/healthlake/latest/devguide/reference-fhir-operations-document.html */
  GenerateDocumentWithGet: "W|||0;1;|||",
  /** Grants permission to generate a clinical document resource. Access level: Write. Resources: datastore*. https://docs.aws.amazon.com/healthlake/latest/devguide/reference-fhir-operations-document.html */
  GenerateDocumentWithPost: "W|||0;1;|||",
  /** Grants permission to get the capabilities of a FHIR datastore. Access level: Read. Resources: datastore*. https://docs.aws.amazon.com/healthlake/latest/devguide/crud-healthlake.html */
  GetCapabilities: "R|||0;1;|||",
  /** Grants permission to access exported files from a FHIR Export job initiated with Get. Access level: Read. Resources: datastore*. https://docs.aws.amazon.com/healthlake/latest/devguide/export-datastore-rest.html */
  GetExportedFile: "R|||0;1;|||",
  /** Grants permission to read resource history. Access level: Read. Resources: datastore*. https://docs.aws.amazon.com/healthlake/latest/devguide/crud-healthlake.html */
  GetHistoryByResourceId: "R|||0;1;|||",
  /** Grants permission to inquire about the status of a prior authorization Claim. Access level: Read. Resources: datastore*. https://docs.aws.amazon.com/healthlake/latest/devguide/reference-fhir-operations-inquire.html */
  InquirePreAuthClaim: "R|||0;1;|||",
  /** Grants permission to list all FHIR datastores that are in the user's account, regardless of datastore status. Access level: List. https://docs.aws.amazon.com/healthlake/latest/APIReference/API_ListFHIRDatastores.html */
  ListFHIRDatastores: "L||||||;",
  /** Grants permission to get a list of export jobs for the specified datastore. Access level: List. Resources: datastore*. https://docs.aws.amazon.com/healthlake/latest/APIReference/API_ListFHIRExportJobs.html */
  ListFHIRExportJobs: "L|||0;1;|||;",
  /** Grants permission to get a list of import jobs for the specified datastore. Access level: List. Resources: datastore*. https://docs.aws.amazon.com/healthlake/latest/APIReference/API_ListFHIRImportJobs.html */
  ListFHIRImportJobs: "L|||0;1;|||;",
  /** Grants permission to get a list of tags for the specified datastore. Access level: List. Resources: datastore. https://docs.aws.amazon.com/healthlake/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "L|||0;0;|||;",
  /** Grants permission to retrieve Codes for a CodeSystem resource. Access level: Read. Resources: datastore*. https://docs.aws.amazon.com/healthlake/latest/devguide/reference-fhir-operations-lookup.html */
  LookupCodeSystemWithGet: "R|||0;1;|||",
  /** Grants permission to retrieve Codes for a CodeSystem resource. Access level: Read. Resources: datastore*. https://docs.aws.amazon.com/healthlake/latest/devguide/reference-fhir-operations-lookup.html */
  LookupCodeSystemWithPost: "R|||0;1;|||",
  /** Grants permission to attribute a member with a specific provider group. Access level: Write. Resources: datastore*. https://docs.aws.amazon.com/healthlake/latest/devguide/reference-fhir-operations-member-add.html */
  MemberAdd: "W|||0;1;|||",
  /** Grants permission to enable cross-system patient matching. Access level: Write. Resources: datastore*. https://docs.aws.amazon.com/healthlake/latest/devguide/reference-fhir-operations-member-match.html */
  MemberMatch: "W|||0;1;|||",
  /** Grants permission to remove a member from a group. Access level: Write. Resources: datastore*. https://docs.aws.amazon.com/healthlake/latest/devguide/reference-fhir-operations-member-remove.html */
  MemberRemove: "W|||0;1;|||",
  /** Grants permission to patch a resource. Access level: Write. Resources: datastore*. https://docs.aws.amazon.com/healthlake/latest/devguide/managing-fhir-resources-patch.html */
  PatchResource: "W|||0;1;|||",
  /** Grants permission to bundle multiple resource operations. Access level: Write. Resources: datastore*. https://docs.aws.amazon.com/healthlake/latest/devguide/crud-healthlake.html */
  ProcessBundle: "W|||0;1;|||",
  /** Grants permission to retrieve Questionnaire packages with dependency Library and ValueSet resources. Access level: Read. Resources: datastore*. https://docs.aws.amazon.com/healthlake/latest/devguide/reference-fhir-operations-questionnaire-package.html */
  QuestionnairePackage: "R|||0;1;|||",
  /** Grants permission to read resource. Access level: Read. Resources: datastore*. https://docs.aws.amazon.com/healthlake/latest/devguide/crud-healthlake.html */
  ReadResource: "R|||0;1;|||",
  /** Grants permission to retrieve member attribution status. Access level: Write. Resources: datastore*. https://docs.aws.amazon.com/healthlake/latest/devguide/reference-fhir-operations-attribution-status.html */
  RetrieveAttributionStatus: "W|||0;1;|||",
  /** Grants permission to search all resources related to a patient. Access level: Read. Resources: datastore*. https://docs.aws.amazon.com/healthlake/latest/devguide/search-healthlake.html */
  SearchEverything: "R|||0;1;|||",
  /** Grants permission to search resources with GET method. Access level: Read. Resources: datastore*. https://docs.aws.amazon.com/healthlake/latest/devguide/search-healthlake.html */
  SearchWithGet: "R|||0;1;|||",
  /** Grants permission to search resources with POST method. Access level: Read. Resources: datastore*. https://docs.aws.amazon.com/healthlake/latest/devguide/search-healthlake.html */
  SearchWithPost: "R|||0;1;|||",
  /** Grants permission to begin a FHIR Bulk Delete Job. Access level: Write. Resources: datastore*. https://docs.aws.amazon.com/healthlake/latest/devguide/reference-fhir-operations-bulk-delete.html */
  StartFHIRBulkDeleteJob: "W|||0;1;|||",
  /** Grants permission to begin a FHIR Bulk Member Match Job. Access level: Write. Resources: datastore*. https://docs.aws.amazon.com/healthlake/latest/devguide/reference-fhir-operations-bulk-member-match.html */
  StartFHIRBulkMemberMatchJob: "W|||0;1;|||",
  /** Grants permission to begin a FHIR Export job. Access level: Write. Resources: datastore*. https://docs.aws.amazon.com/healthlake/latest/APIReference/API_StartFHIRExportJob.html */
  StartFHIRExportJob: "W|||0;1;||0|;",
  /** Grants permission to begin a FHIR Export job with Get. Access level: Write. Resources: datastore*. https://docs.aws.amazon.com/healthlake/latest/devguide/export-datastore-rest.html */
  StartFHIRExportJobWithGet: "W|||0;1;|||",
  /** Grants permission to begin a FHIR Export job with Post. Access level: Write. Resources: datastore*. https://docs.aws.amazon.com/healthlake/latest/devguide/export-datastore-rest.html */
  StartFHIRExportJobWithPost: "W|||0;1;|||",
  /** Grants permission to begin a FHIR Import job. Access level: Write. Resources: datastore*. https://docs.aws.amazon.com/healthlake/latest/APIReference/API_StartFHIRImportJob.html */
  StartFHIRImportJob: "W|||0;1;||0|;",
  /** Grants permission to submit a prior authorization Claim request. Access level: Write. Resources: datastore*. https://docs.aws.amazon.com/healthlake/latest/devguide/reference-fhir-operations-submit.html */
  SubmitPreAuthClaim: "W|||0;1;|||",
  /** Grants permission to add tags to a datastore. Access level: Tagging. Resources: datastore. https://docs.aws.amazon.com/healthlake/latest/APIReference/API_TagResource.html */
  TagResource: "T|||0;0;|0,1,2||CreateFHIRDatastore,;",
  /** Grants permission to remove tags associated with a datastore. Access level: Tagging. Resources: datastore. https://docs.aws.amazon.com/healthlake/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;|2||;",
  /** Grants permission to update resource. Access level: Write. Resources: datastore*. https://docs.aws.amazon.com/healthlake/latest/devguide/crud-healthlake.html */
  UpdateResource: "W|||0;1;|||",
  /** Grants permission to validate a resource. Access level: Read. Resources: datastore*. https://docs.aws.amazon.com/healthlake/latest/devguide/reference-fhir-operations-validate.html */
  ValidateResource: "R|||0;1;|||",
  /** Grants permission to read version of a resource. Access level: Read. Resources: datastore*. https://docs.aws.amazon.com/healthlake/latest/devguide/crud-healthlake.html */
  VersionReadResource: "R|||0;1;|||",
} as const;
const actionDetails = {
  CancelFHIRExportJobWithDelete: "|,;~|Grants permission to cancel an on going FHIR Export job with Delete",
  ConfirmAttributionList:
    "|,;~|Grants permission to allow customers to indicate to a Producer that the Consumer does not have any more changes to be made to the Attribution List",
  CreateFHIRDatastore: "|,;~~~|Grants permission to create a datastore that can ingest and export FHIR data",
  CreateResource: "|,;~|Grants permission to create resource",
  DeleteFHIRDatastore: "|,;~~~|Grants permission to delete a datastore",
  DeleteResource: "|,;~|Grants permission to delete resource",
  DescribeFHIRBulkDeleteJob: "|,;~|Grants permission to describe a FHIR Bulk Delete Job",
  DescribeFHIRBulkMemberMatchJob: "|,;~|Grants permission to describe a FHIR Bulk Member Match Job",
  DescribeFHIRDatastore:
    "|,;~~~|Grants permission to get the properties associated with the FHIR datastore, including the datastore ID, datastore ARN, datastore name, datastore status, created at, datastore type version, and datastore endpoint",
  DescribeFHIRExportJob:
    "|,;~~~|Grants permission to display the properties of a FHIR export job, including the ID, ARN, name, and the status of the datastore",
  DescribeFHIRExportJobWithGet:
    "|,;~|Grants permission to display the properties of a FHIR export job, including the ID, ARN, name, and the status of the datastore with Get",
  DescribeFHIRImportJob:
    "|,;~~~|Grants permission to display the properties of a FHIR import job, including the ID, ARN, name, and the status of the datastore",
  ExpandValueSetWithGet: "|,;~|Grants permission to search and expand ValueSet resource",
  ExpandValueSetWithPost: "|,;~|Grants permission to search and expand ValueSet resource",
  GenerateDocumentWithGet: "|,;~|Grants permission to generate a clinical document resource",
  GenerateDocumentWithPost: "|,;~|Grants permission to generate a clinical document resource",
  GetCapabilities: "|,;~|Grants permission to get the capabilities of a FHIR datastore",
  GetExportedFile: "|,;~|Grants permission to access exported files from a FHIR Export job initiated with Get",
  GetHistoryByResourceId: "|,;~|Grants permission to read resource history",
  InquirePreAuthClaim: "|,;~|Grants permission to inquire about the status of a prior authorization Claim",
  ListFHIRDatastores:
    "|,;~~~|Grants permission to list all FHIR datastores that are in the user's account, regardless of datastore status",
  ListFHIRExportJobs: "|,;~~~|Grants permission to get a list of export jobs for the specified datastore",
  ListFHIRImportJobs: "|,;~~~|Grants permission to get a list of import jobs for the specified datastore",
  ListTagsForResource: "|,;~~~|Grants permission to get a list of tags for the specified datastore",
  LookupCodeSystemWithGet: "|,;~|Grants permission to retrieve Codes for a CodeSystem resource",
  LookupCodeSystemWithPost: "|,;~|Grants permission to retrieve Codes for a CodeSystem resource",
  MemberAdd: "|,;~|Grants permission to attribute a member with a specific provider group",
  MemberMatch: "|,;~|Grants permission to enable cross-system patient matching",
  MemberRemove: "|,;~|Grants permission to remove a member from a group",
  PatchResource: "|,;~|Grants permission to patch a resource",
  ProcessBundle: "|,;~|Grants permission to bundle multiple resource operations",
  QuestionnairePackage:
    "|,;~|Grants permission to retrieve Questionnaire packages with dependency Library and ValueSet resources",
  ReadResource: "|,;~|Grants permission to read resource",
  RetrieveAttributionStatus: "|,;~|Grants permission to retrieve member attribution status",
  SearchEverything: "|,;~|Grants permission to search all resources related to a patient",
  SearchWithGet: "|,;~|Grants permission to search resources with GET method",
  SearchWithPost: "|,;~|Grants permission to search resources with POST method",
  StartFHIRBulkDeleteJob: "|,;~|Grants permission to begin a FHIR Bulk Delete Job",
  StartFHIRBulkMemberMatchJob: "|,;~|Grants permission to begin a FHIR Bulk Member Match Job",
  StartFHIRExportJob: "|,;~~~|Grants permission to begin a FHIR Export job",
  StartFHIRExportJobWithGet: "|,;~|Grants permission to begin a FHIR Export job with Get",
  StartFHIRExportJobWithPost: "|,;~|Grants permission to begin a FHIR Export job with Post",
  StartFHIRImportJob: "|,;~~~|Grants permission to begin a FHIR Import job",
  SubmitPreAuthClaim: "|,;~|Grants permission to submit a prior authorization Claim request",
  TagResource: "|,;~~~,~~|Grants permission to add tags to a datastore",
  UntagResource: "|,;~~~|Grants permission to remove tags associated with a datastore",
  UpdateResource: "|,;~|Grants permission to update resource",
  ValidateResource: "|,;~|Grants permission to validate a resource",
  VersionReadResource: "|,;~|Grants permission to read version of a resource",
};
const resourceTypeFacts = {
  /** The datastore resource type: arn:${Partition}:healthlake:${Region}:${Account}:datastore/fhir/${DatastoreId} */
  datastore: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a datastore resource: arn:${Partition}:healthlake:${Region}:${Account}:datastore/fhir/${DatastoreId}. */
  datastore: "|,datastore|arn:|Partition|:healthlake:|Region|:|Account|:datastore/fhir/|DatastoreId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["datastore"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "healthlake">;
/** Any healthlake action. */
export type Action = ActionOf<typeof actionFacts, "healthlake">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "healthlake">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "healthlake" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every healthlake action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the presence of tag key-value pairs in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by the presence of tag key-value pairs attached to the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the presence of tag keys in the request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by the presence of tag key-value pairs in the request",
  "aws:ResourceTag/${TagKey}":
    "|,String|0||Filters access by the presence of tag key-value pairs attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the presence of tag keys in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "healthlake",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
