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
export const prefix: "sagemaker-geospatial" = "sagemaker-geospatial";
/** The service's name in the reference. */
export const serviceName: "Amazon SageMaker geospatial capabilities" = "Amazon SageMaker geospatial capabilities";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon SageMaker geospatial capabilities",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonsagemakergeospatialcapabilities.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["iam:PassRole", "sagemaker-geospatial:TagResource"] as const;
const actionFacts = {
  /** Grants permission to the DeleteEarthObservationJob operation which deletes an existing earth observation job. Access level: Write. Resources: EarthObservationJob*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_geospatial_DeleteEarthObservationJob.html */
  DeleteEarthObservationJob: "W|||0;1;|1||;",
  /** Grants permission to the DeleteVectorEnrichmentJob operation which deletes an existing vector enrichment job. Access level: Write. Resources: VectorEnrichmentJob*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_geospatial_DeleteVectorEnrichmentJob.html */
  DeleteVectorEnrichmentJob: "W|||2;1;|1||;",
  /** Grants permission to copy results of an earth observation job to an S3 location. Access level: Write. Resources: EarthObservationJob*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_geospatial_ExportEarthObservationJob.html */
  ExportEarthObservationJob: "W|||0;1;|1|0|;",
  /** Grants permission to copy results of an VectorEnrichmentJob to an S3 location. Access level: Write. Resources: VectorEnrichmentJob*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_geospatial_ExportVectorEnrichmentJob.html */
  ExportVectorEnrichmentJob: "W|||2;1;|1|0|;",
  /** Grants permission to return details about the earth observation job. Access level: Read. Resources: EarthObservationJob*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_geospatial_GetEarthObservationJob.html */
  GetEarthObservationJob: "R|||0;1;|1||;",
  /** Grants permission to return details about the raster data collection. Access level: Read. Resources: RasterDataCollection*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_geospatial_GetRasterDataCollection.html */
  GetRasterDataCollection: "R|||1;1;|1||;",
  /** Grants permission to get the tile of an earth observation job. Access level: Read. Resources: EarthObservationJob*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_geospatial_GetTile.html */
  GetTile: "R|||0;1;||0|;",
  /** Grants permission to return details about the vector enrichment job. Access level: Read. Resources: VectorEnrichmentJob*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_geospatial_GetVectorEnrichmentJob.html */
  GetVectorEnrichmentJob: "R|||2;1;|1||;",
  /** Grants permission to return an array of earth observation jobs associated with the current account. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_geospatial_ListEarthObservationJobs.html */
  ListEarthObservationJobs: "L||||||;",
  /** Grants permission to return an array of aster data collections associated with the given model name. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_geospatial_ListRasterDataCollections.html */
  ListRasterDataCollections: "L||||||;",
  /** Grants permission to lists tag for an SageMaker Geospatial resource. Access level: List. Resources: EarthObservationJob, RasterDataCollection, VectorEnrichmentJob. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_geospatial_ListTagsForResource.html */
  ListTagsForResource: "L|||0;0;,1;0;,2;0;|1||;",
  /** Grants permission to return an array of vector enrichment jobs associated with the current account. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_geospatial_ListVectorEnrichmentJobs.html */
  ListVectorEnrichmentJobs: "L||||||;",
  /** Grants permission to query raster data collections. Access level: Read. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_geospatial_SearchRasterDataCollection.html */
  SearchRasterDataCollection: "R||||||;",
  /** Grants permission to the StartEarthObservationJob operation which starts a new earth observation job to your account. Access level: Write. Resources: EarthObservationJob*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_geospatial_StartEarthObservationJob.html */
  StartEarthObservationJob: "W|||0;1;|0,2|0,1|;",
  /** Grants permission to the StartVectorEnrichmentJob operation which starts a new vector enrichment job to your account. Access level: Write. Resources: VectorEnrichmentJob*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_geospatial_StartVectorEnrichmentJob.html */
  StartVectorEnrichmentJob: "W|||2;1;|0,2|0,1|;",
  /** Grants permission to the StopEarthObservationJob operation which stops an existing earth observation job. Access level: Write. Resources: EarthObservationJob*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_geospatial_StopEarthObservationJob.html */
  StopEarthObservationJob: "W|||0;1;|1||;",
  /** Grants permission to the StopVectorEnrichmentJob operation which stops an existing vector enrichment job. Access level: Write. Resources: VectorEnrichmentJob*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_geospatial_StopVectorEnrichmentJob.html */
  StopVectorEnrichmentJob: "W|||2;1;|1||;",
  /** Grants permission to tag an SageMaker Geospatial resource. Access level: Tagging. Resources: EarthObservationJob, RasterDataCollection, VectorEnrichmentJob. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_geospatial_TagResource.html */
  TagResource: "T|||0;0;,1;0;,2;0;|0,1,2||StartEarthObservationJob,StartVectorEnrichmentJob,;",
  /** Grants permission to untag an SageMaker Geospatial resource. Access level: Tagging. Resources: EarthObservationJob, RasterDataCollection, VectorEnrichmentJob. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_geospatial_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;|2||;",
} as const;
const actionDetails = {
  DeleteEarthObservationJob:
    "|,;~~~|Grants permission to the DeleteEarthObservationJob operation which deletes an existing earth observation job",
  DeleteVectorEnrichmentJob:
    "|,;~~~|Grants permission to the DeleteVectorEnrichmentJob operation which deletes an existing vector enrichment job",
  ExportEarthObservationJob: "|,;~~~|Grants permission to copy results of an earth observation job to an S3 location",
  ExportVectorEnrichmentJob: "|,;~~~|Grants permission to copy results of an VectorEnrichmentJob to an S3 location",
  GetEarthObservationJob: "|,;~~~|Grants permission to return details about the earth observation job",
  GetRasterDataCollection: "|,;~~~|Grants permission to return details about the raster data collection",
  GetTile: "|,;~~~|Grants permission to get the tile of an earth observation job",
  GetVectorEnrichmentJob: "|,;~~~|Grants permission to return details about the vector enrichment job",
  ListEarthObservationJobs:
    "|,;~~~|Grants permission to return an array of earth observation jobs associated with the current account",
  ListRasterDataCollections:
    "|,;~~~|Grants permission to return an array of aster data collections associated with the given model name",
  ListTagsForResource: "|,;~~~|Grants permission to lists tag for an SageMaker Geospatial resource",
  ListVectorEnrichmentJobs:
    "|,;~~~|Grants permission to return an array of vector enrichment jobs associated with the current account",
  SearchRasterDataCollection: "|,;~~~|Grants permission to query raster data collections",
  StartEarthObservationJob:
    "|,;~~~|Grants permission to the StartEarthObservationJob operation which starts a new earth observation job to your account",
  StartVectorEnrichmentJob:
    "|,;~~~|Grants permission to the StartVectorEnrichmentJob operation which starts a new vector enrichment job to your account",
  StopEarthObservationJob:
    "|,;~~~|Grants permission to the StopEarthObservationJob operation which stops an existing earth observation job",
  StopVectorEnrichmentJob:
    "|,;~~~|Grants permission to the StopVectorEnrichmentJob operation which stops an existing vector enrichment job",
  TagResource: "|,;~~~,~~,~~|Grants permission to tag an SageMaker Geospatial resource",
  UntagResource: "|,;~~~|Grants permission to untag an SageMaker Geospatial resource",
};
const resourceTypeFacts = {
  /** The EarthObservationJob resource type: arn:${Partition}:sagemaker-geospatial:${Region}:${Account}:earth-observation-job/${JobID} */
  EarthObservationJob: "|,earthObservationJob|1",
  /** The RasterDataCollection resource type: arn:${Partition}:sagemaker-geospatial:${Region}:${Account}:raster-data-collection/${CollectionID} */
  RasterDataCollection: "|,rasterDataCollection|1",
  /** The VectorEnrichmentJob resource type: arn:${Partition}:sagemaker-geospatial:${Region}:${Account}:vector-enrichment-job/${JobID} */
  VectorEnrichmentJob: "|,vectorEnrichmentJob|1",
} as const;
const arnFormats = {
  /** ARN of a EarthObservationJob resource: arn:${Partition}:sagemaker-geospatial:${Region}:${Account}:earth-observation-job/${JobID}. */
  earthObservationJob:
    "|,EarthObservationJob|arn:|Partition|:sagemaker-geospatial:|Region|:|Account|:earth-observation-job/|JobID,jobId|",
  /** ARN of a RasterDataCollection resource: arn:${Partition}:sagemaker-geospatial:${Region}:${Account}:raster-data-collection/${CollectionID}. */
  rasterDataCollection:
    "|,RasterDataCollection|arn:|Partition|:sagemaker-geospatial:|Region|:|Account|:raster-data-collection/|CollectionID,collectionId|",
  /** ARN of a VectorEnrichmentJob resource: arn:${Partition}:sagemaker-geospatial:${Region}:${Account}:vector-enrichment-job/${JobID}. */
  vectorEnrichmentJob:
    "|,VectorEnrichmentJob|arn:|Partition|:sagemaker-geospatial:|Region|:|Account|:vector-enrichment-job/|JobID,jobId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["EarthObservationJob", "RasterDataCollection", "VectorEnrichmentJob"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "sagemaker-geospatial">;
/** Any sagemaker-geospatial action. */
export type Action = ActionOf<typeof actionFacts, "sagemaker-geospatial">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "sagemaker-geospatial">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "sagemaker-geospatial" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every sagemaker-geospatial action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by tag key-value pairs attached to the resource. */
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
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by tag key-value pairs attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the presence of tag keys in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "sagemaker-geospatial",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
