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
export const prefix: "medical-imaging" = "medical-imaging";
/** The service's name in the reference. */
export const serviceName: "AWS HealthImaging" = "AWS HealthImaging";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS HealthImaging",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awshealthimaging.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "medical-imaging:SeriesInstanceUID",
  "medical-imaging:StudyInstanceUID",
] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to copy an image set. Access level: Write. Resources: datastore*, imageset*. https://docs.aws.amazon.com/healthimaging/latest/APIReference/API_dataplane_CopyImageSet.html */
  CopyImageSet: "W|||0;1;,1;1;|||;",
  /** Grants permission to create a data store to ingest imaging data. Access level: Write. https://docs.aws.amazon.com/healthimaging/latest/APIReference/API_CreateDatastore.html */
  CreateDatastore: "W||||0,2|medical-imaging:TagResource|;",
  /** Grants permission to delete a data store. Access level: Write. Resources: datastore*. https://docs.aws.amazon.com/healthimaging/latest/APIReference/API_DeleteDatastore.html */
  DeleteDatastore: "W|||0;1;|||;",
  /** Grants permission to delete an image set. Access level: Write. Resources: datastore*, imageset*. https://docs.aws.amazon.com/healthimaging/latest/APIReference/API_dataplane_DeleteImageSet.html */
  DeleteImageSet: "W|||0;1;,1;1;|||;",
  /** Grants permission to get dicom bulkdata in binary format. Access level: Read. Resources: datastore*. https://docs.aws.amazon.com/healthimaging/latest/APIReference/API_dicom_GetDICOMBulkdata.html */
  GetDICOMBulkdata: "R|||0;1;|3,4||",
  /** Grants permission to get an import job's properties. Access level: Read. Resources: datastore*. https://docs.aws.amazon.com/healthimaging/latest/APIReference/API_GetDICOMImportJob.html */
  GetDICOMImportJob: "R|||0;1;|||;",
  /** Grants permission to get dicom instance in dcm format. Access level: Read. Resources: datastore*. https://docs.aws.amazon.com/healthimaging/latest/APIReference/API_dicom_GetDICOMInstance.html */
  GetDICOMInstance: "R|||0;1;|3,4||",
  /** Grants permission to get dicom instance frames in format requested by the customer. Access level: Read. Resources: datastore*. https://docs.aws.amazon.com/healthimaging/latest/APIReference/API_dicom_GetDICOMInstanceFrames.html */
  GetDICOMInstanceFrames: "R|||0;1;|3,4||",
  /** Grants permission to get dicom instance metadata in DICOM JSON format. Access level: Read. Resources: datastore*. https://docs.aws.amazon.com/healthimaging/latest/APIReference/API_dicom_GetDICOMInstanceMetadata.html */
  GetDICOMInstanceMetadata: "R|||0;1;|3,4||",
  /** Grants permission to retrieve metadata for all DICOM instances belonging to a given DICOM series in DICOM JSON format. Access level: Read. Resources: datastore*. https://docs.aws.amazon.com/healthimaging/latest/APIReference/API_dicom_GetDICOMSeriesMetadata.html */
  GetDICOMSeriesMetadata: "R|||0;1;|3,4||",
  /** Grants permission to get data store properties. Access level: Read. Resources: datastore*. https://docs.aws.amazon.com/healthimaging/latest/APIReference/API_GetDatastore.html */
  GetDatastore: "R|||0;1;|||;",
  /** Grants permission to get image frame properties. Access level: Read. Resources: datastore*, imageset*. https://docs.aws.amazon.com/healthimaging/latest/APIReference/API_dataplane_GetImageFrame.html */
  GetImageFrame: "R|||0;1;,1;1;|||;",
  /** Grants permission to get image set properties. Access level: Read. Resources: datastore*, imageset*. https://docs.aws.amazon.com/healthimaging/latest/APIReference/API_dataplane_GetImageSet.html */
  GetImageSet: "R|||0;1;,1;1;|||;",
  /** Grants permission to get image set metadata properties. Access level: Read. Resources: datastore*, imageset*. https://docs.aws.amazon.com/healthimaging/latest/APIReference/API_dataplane_GetImageSetMetadata.html */
  GetImageSetMetadata: "R|||0;1;,1;1;|||;",
  /** Grants permission to list import jobs for a data store. Access level: List. Resources: datastore*. https://docs.aws.amazon.com/healthimaging/latest/APIReference/API_ListDICOMImportJobs.html */
  ListDICOMImportJobs: "L|||0;1;|||;",
  /** Grants permission to list data stores. Access level: List. https://docs.aws.amazon.com/healthimaging/latest/APIReference/API_ListDatastores.html */
  ListDatastores: "L||||||;",
  /** Grants permission to list versions of an image set. Access level: List. Resources: datastore*, imageset*. https://docs.aws.amazon.com/healthimaging/latest/APIReference/API_dataplane_ListImageSetVersions.html */
  ListImageSetVersions: "L|||0;1;,1;1;|||;",
  /** Grants permission to list tags for a medical imaging resource. Access level: List. Resources: datastore, imageset. https://docs.aws.amazon.com/healthimaging/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "L|||0;0;,1;0;|||;",
  /** Grants permission to search dicom instances that returns data in DICOM JSON format. Access level: Read. Resources: datastore*. https://docs.aws.amazon.com/healthimaging/latest/APIReference/API_dicom_SearchDICOMInstances.html */
  SearchDICOMInstances: "R|||0;1;|3,4||",
  /** Grants permission to search dicom series that returns data in DICOM JSON format. Access level: Read. Resources: datastore*. https://docs.aws.amazon.com/healthimaging/latest/APIReference/API_dicom_SearchDICOMSeries.html */
  SearchDICOMSeries: "R|||0;1;|4||",
  /** Grants permission to search dicom studies that returns data in DICOM JSON format. Access level: Read. Resources: datastore*. https://docs.aws.amazon.com/healthimaging/latest/APIReference/API_dicom_SearchDICOMStudies.html */
  SearchDICOMStudies: "R|||0;1;|||",
  /** Grants permission to search image sets. Access level: Read. Resources: datastore*. https://docs.aws.amazon.com/healthimaging/latest/APIReference/API_dataplane_SearchImageSets.html */
  SearchImageSets: "R|||0;1;|||;",
  /** Grants permission to start a DICOM import job. Access level: Write. Resources: datastore*. https://docs.aws.amazon.com/healthimaging/latest/APIReference/API_StartDICOMImportJob.html */
  StartDICOMImportJob: "W|||0;1;||iam:PassRole|;",
  /** Grants permission to store dicom instances that returns result in DICOM JSON format. Access level: Write. Resources: datastore*. https://docs.aws.amazon.com/healthimaging/latest/APIReference/API_dicom_StoreDICOM.html */
  StoreDICOM: "W|||0;1;|||",
  /** Grants permission to store a dicom study that returns result in DICOM JSON format. Access level: Write. Resources: datastore*. https://docs.aws.amazon.com/healthimaging/latest/APIReference/API_dicom_StoreDICOMStudy.html */
  StoreDICOMStudy: "W|||0;1;|4||",
  /** Grants permission to add tags to a medical imaging resource. Access level: Tagging. Resources: datastore, imageset. https://docs.aws.amazon.com/healthimaging/latest/APIReference/API_TagResource.html */
  TagResource: "T|||0;0;,1;0;|0,1,2||CreateDatastore,;",
  /** Grants permission to remove tags from a medical imaging resource. Access level: Tagging. Resources: datastore, imageset. https://docs.aws.amazon.com/healthimaging/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;|2||;",
  /** Grants permission to update image set metadata properties. Access level: Write. Resources: datastore*, imageset*. https://docs.aws.amazon.com/healthimaging/latest/APIReference/API_dataplane_UpdateImageSetMetadata.html */
  UpdateImageSetMetadata: "W|||0;1;,1;1;|||;",
} as const;
const actionDetails = {
  CopyImageSet: "|,;~~~|Grants permission to copy an image set",
  CreateDatastore: "|,;~~~|Grants permission to create a data store to ingest imaging data",
  DeleteDatastore: "|,;~~~|Grants permission to delete a data store",
  DeleteImageSet: "|,;~~~|Grants permission to delete an image set",
  GetDICOMBulkdata: "|,;~|Grants permission to get dicom bulkdata in binary format",
  GetDICOMImportJob: "|,;~~~|Grants permission to get an import job's properties",
  GetDICOMInstance: "|,;~|Grants permission to get dicom instance in dcm format",
  GetDICOMInstanceFrames: "|,;~|Grants permission to get dicom instance frames in format requested by the customer",
  GetDICOMInstanceMetadata: "|,;~|Grants permission to get dicom instance metadata in DICOM JSON format",
  GetDICOMSeriesMetadata:
    "|,;~|Grants permission to retrieve metadata for all DICOM instances belonging to a given DICOM series in DICOM JSON format",
  GetDatastore: "|,;~~~|Grants permission to get data store properties",
  GetImageFrame: "|,;~~~|Grants permission to get image frame properties",
  GetImageSet: "|,;~~~|Grants permission to get image set properties",
  GetImageSetMetadata: "|,;~~~|Grants permission to get image set metadata properties",
  ListDICOMImportJobs: "|,;~~~|Grants permission to list import jobs for a data store",
  ListDatastores: "|,;~~~|Grants permission to list data stores",
  ListImageSetVersions: "|,;~~~|Grants permission to list versions of an image set",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for a medical imaging resource",
  SearchDICOMInstances: "|,;~|Grants permission to search dicom instances that returns data in DICOM JSON format",
  SearchDICOMSeries: "|,;~|Grants permission to search dicom series that returns data in DICOM JSON format",
  SearchDICOMStudies: "|,;~|Grants permission to search dicom studies that returns data in DICOM JSON format",
  SearchImageSets: "|,;~~~|Grants permission to search image sets",
  StartDICOMImportJob: "|,;~~~|Grants permission to start a DICOM import job",
  StoreDICOM: "|,;~|Grants permission to store dicom instances that returns result in DICOM JSON format",
  StoreDICOMStudy: "|,;~|Grants permission to store a dicom study that returns result in DICOM JSON format",
  TagResource: "|,;~~~,~~|Grants permission to add tags to a medical imaging resource",
  UntagResource: "|,;~~~|Grants permission to remove tags from a medical imaging resource",
  UpdateImageSetMetadata: "|,;~~~|Grants permission to update image set metadata properties",
};
const resourceTypeFacts = {
  /** The datastore resource type: arn:${Partition}:medical-imaging:${Region}:${Account}:datastore/${DatastoreId} */
  datastore: "|,|1",
  /** The imageset resource type: arn:${Partition}:medical-imaging:${Region}:${Account}:datastore/${DatastoreId}/imageset/${ImageSetId} */
  imageset: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a datastore resource: arn:${Partition}:medical-imaging:${Region}:${Account}:datastore/${DatastoreId}. */
  datastore: "|,datastore|arn:|Partition|:medical-imaging:|Region|:|Account|:datastore/|DatastoreId|",
  /** ARN of a imageset resource: arn:${Partition}:medical-imaging:${Region}:${Account}:datastore/${DatastoreId}/imageset/${ImageSetId}. */
  imageset:
    "|,imageset|arn:|Partition|:medical-imaging:|Region|:|Account|:datastore/|DatastoreId|/imageset/|ImageSetId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["datastore", "imageset"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "medical-imaging">;
/** Any medical-imaging action. */
export type Action = ActionOf<typeof actionFacts, "medical-imaging">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "medical-imaging">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "medical-imaging" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every medical-imaging action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by a tag key and value pair that is allowed in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by a tag key and value pair of a resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by a list of tag keys that are allowed in the request. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access by the SeriesInstanceUID parameter in the request. */
  "medical-imaging:SeriesInstanceUID": "String";
  /** Filters access by the StudyInstanceUID parameter in the request. */
  "medical-imaging:StudyInstanceUID": "String";
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by a tag key and value pair that is allowed in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by a tag key and value pair of a resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by a list of tag keys that are allowed in the request",
  "medical-imaging:SeriesInstanceUID": "|,String|0||Filters access by the SeriesInstanceUID parameter in the request",
  "medical-imaging:StudyInstanceUID": "|,String|0||Filters access by the StudyInstanceUID parameter in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "medical-imaging",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
