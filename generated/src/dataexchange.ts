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
export const prefix: "dataexchange" = "dataexchange";
/** The service's name in the reference. */
export const serviceName: "AWS Data Exchange" = "AWS Data Exchange";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Data Exchange",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsdataexchange.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "dataexchange:JobType",
] as const;
const dependentActionList = [
  "dataexchange:GetDataSet",
  "dataexchange:ListDataSets",
  "dataexchange:PublishDataSet",
  "dataexchange:PublishToDataGrant",
  "dataexchange:TagResource",
] as const;
const actionFacts = {
  /** Grants permission to accept a data grant. Access level: Write. Resources: data-grants*. https://docs.aws.amazon.com/data-exchange/latest/apireference/API_AcceptDataGrant.html */
  AcceptDataGrant: "W|||1;1;|||;",
  /** Grants permission to cancel a job. Access level: Write. Resources: jobs*. https://docs.aws.amazon.com/data-exchange/latest/apireference/API_CancelJob.html */
  CancelJob: "W|||7;1;|||;",
  /** Grants permission to create an asset (for example, in a Job). Access level: Write. Resources: revisions*. Permission only. https://docs.aws.amazon.com/data-exchange/latest/userguide/api-permissions-ref.html */
  CreateAsset: "W||1|8;1;|0,2||StartJob",
  /** Grants permission to create a data grant. Access level: Write. Resources: data-grants*. https://docs.aws.amazon.com/data-exchange/latest/apireference/API_CreateDataGrant.html */
  CreateDataGrant: "W|||1;1;|0,2|dataexchange:CreateJob,2,3,dataexchange:StartJob|;",
  /** Grants permission to create a data set. Access level: Write. Resources: data-sets*. https://docs.aws.amazon.com/data-exchange/latest/apireference/API_CreateDataSet.html */
  CreateDataSet: "W|||2;1;|0,2|4|;",
  /** Grants permission to create an event action. Access level: Write. Resources: event-actions*. https://docs.aws.amazon.com/data-exchange/latest/apireference/API_CreateEventAction.html */
  CreateEventAction: "W|||6;1;|0,2|4|;",
  /** Grants permission to create a job to import or export assets. Access level: Write. Resources: jobs*. https://docs.aws.amazon.com/data-exchange/latest/apireference/API_CreateJob.html */
  CreateJob: "W|||7;1;|3|iam:PassRole|CreateDataGrant,;",
  /** Grants permission to create a revision. Access level: Write. Resources: data-sets*. https://docs.aws.amazon.com/data-exchange/latest/apireference/API_CreateRevision.html */
  CreateRevision: "W|||2;1;|0,2|4|;",
  /** Grants permission to delete an asset. Access level: Write. Resources: assets*. https://docs.aws.amazon.com/data-exchange/latest/apireference/API_DeleteAsset.html */
  DeleteAsset: "W|||0;1;|||;",
  /** Grants permission to delete a data grant. Access level: Write. Resources: data-grants*. https://docs.aws.amazon.com/data-exchange/latest/apireference/API_DeleteDataGrant.html */
  DeleteDataGrant: "W|||1;1;|||;",
  /** Grants permission to delete a data set. Access level: Write. Resources: data-sets*, entitled-data-sets*. https://docs.aws.amazon.com/data-exchange/latest/apireference/API_DeleteDataSet.html */
  DeleteDataSet: "W|||2;1;,4;1;|||;",
  /** Grants permission to delete an event action. Access level: Write. Resources: event-actions*. https://docs.aws.amazon.com/data-exchange/latest/apireference/API_DeleteEventAction.html */
  DeleteEventAction: "W|||6;1;|||;",
  /** Grants permission to delete a revision. Access level: Write. Resources: revisions*. https://docs.aws.amazon.com/data-exchange/latest/apireference/API_DeleteRevision.html */
  DeleteRevision: "W|||8;1;|||;",
  /** Grants permission to get information about an asset and to export it (for example, in a Job). Access level: Read. Resources: assets*, entitled-assets*. https://docs.aws.amazon.com/data-exchange/latest/apireference/API_GetAsset.html */
  GetAsset: "R|||0;1;,3;1;|||;",
  /** Grants permission to get a data grant. Access level: Read. Resources: data-grants*. https://docs.aws.amazon.com/data-exchange/latest/apireference/API_GetDataGrant.html */
  GetDataGrant: "R|||1;1;||0|;",
  /** Grants permission to get information about a data set. Access level: Read. Resources: data-sets*, entitled-data-sets*. https://docs.aws.amazon.com/data-exchange/latest/apireference/API_GetDataSet.html */
  GetDataSet: "R|||2;1;,4;1;|||GetDataGrant,;,GetReceivedDataGrant",
  /** Grants permission to get an event action. Access level: Read. Resources: event-actions*. https://docs.aws.amazon.com/data-exchange/latest/apireference/API_GetEventAction.html */
  GetEventAction: "R|||6;1;|||;",
  /** Grants permission to get information about a job. Access level: Read. Resources: jobs*. https://docs.aws.amazon.com/data-exchange/latest/apireference/API_GetJob.html */
  GetJob: "R|||7;1;|||;",
  /** Grants permission to get a received data grant. Access level: Read. Resources: data-grants*. https://docs.aws.amazon.com/data-exchange/latest/apireference/API_GetReceivedDataGrant.html */
  GetReceivedDataGrant: "R|||1;1;||0|;",
  /** Grants permission to get information about a revision. Access level: Read. Resources: entitled-revisions*, revisions*. https://docs.aws.amazon.com/data-exchange/latest/apireference/API_GetRevision.html */
  GetRevision: "R|||5;1;,8;1;|||;",
  /** Grants permission to list data grants for the account. Access level: List. https://docs.aws.amazon.com/data-exchange/latest/apireference/API_ListDataGrants.html */
  ListDataGrants: "L|||||1|;",
  /** Grants permission to list the revisions of a data set. Access level: List. Resources: data-sets*, entitled-data-sets*. https://docs.aws.amazon.com/data-exchange/latest/apireference/API_ListDataSetRevisions.html */
  ListDataSetRevisions: "L|||2;1;,4;1;|||;",
  /** Grants permission to list data sets for the account. Access level: List. https://docs.aws.amazon.com/data-exchange/latest/apireference/API_ListDataSets.html */
  ListDataSets: "L||||||ListDataGrants,;,ListReceivedDataGrants",
  /** Grants permission to list event actions for the account. Access level: List. https://docs.aws.amazon.com/data-exchange/latest/apireference/API_ListEventActions.html */
  ListEventActions: "L||||||;",
  /** Grants permission to list jobs for the account. Access level: List. https://docs.aws.amazon.com/data-exchange/latest/apireference/API_ListJobs.html */
  ListJobs: "L||||||;",
  /** Grants permission to list received data grants for the account. Access level: List. https://docs.aws.amazon.com/data-exchange/latest/apireference/API_ListReceivedDataGrants.html */
  ListReceivedDataGrants: "L|||||1|;",
  /** Grants permission to get list the assets of a revision. Access level: List. Resources: entitled-revisions*, revisions*. https://docs.aws.amazon.com/data-exchange/latest/apireference/API_ListRevisionAssets.html */
  ListRevisionAssets: "L|||5;1;,8;1;|||;",
  /** Grants permission to list the tags that you associated with the specified resource. Access level: List. Resources: assets, data-grants, data-sets, event-actions, revisions. https://docs.aws.amazon.com/data-exchange/latest/apireference/API_ListTagsForResource.html */
  ListTagsForResource: "L|||0;0;,1;0;,2;0;,6;0;,8;0;|||;",
  /** Grants permission to publish a data set to a product. Access level: Write. Resources: data-sets*. Permission only. https://docs.aws.amazon.com/data-exchange/latest/userguide/api-permissions-ref.html */
  PublishDataSet: "W||1|2;1;|||CreateDataGrant,UpdateRevision",
  /** Grants permission to publish a data set to a data grant. Access level: Write. Resources: data-sets*. Permission only. https://docs.aws.amazon.com/data-exchange/latest/userguide/api-permissions-ref.html */
  PublishToDataGrant: "W||1|2;1;|0,2||CreateDataGrant,UpdateRevision",
  /** Grants permission to revoke subscriber access to a revision. Access level: Write. Resources: revisions*. https://docs.aws.amazon.com/data-exchange/latest/apireference/API_RevokeRevision.html */
  RevokeRevision: "W|||8;1;|||;",
  /** Grants permission to send a request to an API asset. Access level: Write. Resources: assets*, entitled-assets*. https://docs.aws.amazon.com/data-exchange/latest/apireference/API_SendApiAsset.html */
  SendApiAsset: "W|||0;1;,3;1;|||;",
  /** Grants permission to send a notification to subscribers of a data set. Access level: Write. Resources: data-sets*. https://docs.aws.amazon.com/data-exchange/latest/apireference/API_SendDataSetNotification.html */
  SendDataSetNotification: "W|||2;1;|||;",
  /** Grants permission to start a job. Access level: Write. Resources: jobs*. https://docs.aws.amazon.com/data-exchange/latest/apireference/API_StartJob.html */
  StartJob:
    "W|||7;1;||dataexchange:CreateAsset,dataexchange:DeleteDataSet,dataexchange:GetAsset,0,dataexchange:GetRevision,2,4,redshift:AuthorizeDataShare|CreateDataGrant,;",
  /** Grants permission to add one or more tags to a specified resource. Access level: Tagging. Resources: assets, data-grants, data-sets, event-actions, revisions. https://docs.aws.amazon.com/data-exchange/latest/apireference/API_TagResource.html */
  TagResource: "T|||0;0;,1;0;,2;0;,6;0;,8;0;|0,2||CreateDataSet,CreateEventAction,CreateRevision,StartJob,;",
  /** Grants permission to remove one or more tags from a specified resource. Access level: Tagging. Resources: assets, data-grants, data-sets, event-actions, revisions. https://docs.aws.amazon.com/data-exchange/latest/apireference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,6;0;,8;0;|2||;",
  /** Grants permission to get update information about an asset. Access level: Write. Resources: assets*. https://docs.aws.amazon.com/data-exchange/latest/apireference/API_UpdateAsset.html */
  UpdateAsset: "W|||0;1;|||;",
  /** Grants permission to update information about a data set. Access level: Write. Resources: data-sets*. https://docs.aws.amazon.com/data-exchange/latest/apireference/API_UpdateDataSet.html */
  UpdateDataSet: "W|||2;1;|||;",
  /** Grants permission to update information for an event action. Access level: Write. Resources: event-actions*. https://docs.aws.amazon.com/data-exchange/latest/apireference/API_UpdateEventAction.html */
  UpdateEventAction: "W|||6;1;|||;",
  /** Grants permission to update information about a revision. Access level: Write. Resources: revisions*. https://docs.aws.amazon.com/data-exchange/latest/apireference/API_UpdateRevision.html */
  UpdateRevision: "W|||8;1;||2,3|;",
} as const;
const actionDetails = {
  AcceptDataGrant: "|,;~~~|Grants permission to accept a data grant",
  CancelJob: "|,;~~~|Grants permission to cancel a job",
  CreateAsset: "|,;~~~|Grants permission to create an asset (for example, in a Job)",
  CreateDataGrant: "|,;~~~|Grants permission to create a data grant",
  CreateDataSet: "|,;~~~|Grants permission to create a data set",
  CreateEventAction: "|,;~~~|Grants permission to create an event action",
  CreateJob: "|,;~~~,~~|Grants permission to create a job to import or export assets",
  CreateRevision: "|,;~~~|Grants permission to create a revision",
  DeleteAsset: "|,;~~~|Grants permission to delete an asset",
  DeleteDataGrant: "|,;~~~|Grants permission to delete a data grant",
  DeleteDataSet: "|,;~~~|Grants permission to delete a data set",
  DeleteEventAction: "|,;~~~|Grants permission to delete an event action",
  DeleteRevision: "|,;~~~|Grants permission to delete a revision",
  GetAsset: "|,;~~~|Grants permission to get information about an asset and to export it (for example, in a Job)",
  GetDataGrant: "|,;~~~|Grants permission to get a data grant",
  GetDataSet: "|,;~~~,~~,~~|Grants permission to get information about a data set",
  GetEventAction: "|,;~~~|Grants permission to get an event action",
  GetJob: "|,;~~~|Grants permission to get information about a job",
  GetReceivedDataGrant: "|,;~~~|Grants permission to get a received data grant",
  GetRevision: "|,;~~~|Grants permission to get information about a revision",
  ListDataGrants: "|,;~~~|Grants permission to list data grants for the account",
  ListDataSetRevisions: "|,;~~~|Grants permission to list the revisions of a data set",
  ListDataSets: "|,;~~~,~~,~~|Grants permission to list data sets for the account",
  ListEventActions: "|,;~~~|Grants permission to list event actions for the account",
  ListJobs: "|,;~~~|Grants permission to list jobs for the account",
  ListReceivedDataGrants: "|,;~~~|Grants permission to list received data grants for the account",
  ListRevisionAssets: "|,;~~~|Grants permission to get list the assets of a revision",
  ListTagsForResource: "|,;~~~|Grants permission to list the tags that you associated with the specified resource",
  PublishDataSet: "|,;~~~,~~|Grants permission to publish a data set to a product",
  PublishToDataGrant: "|,;~~~,~~|Grants permission to publish a data set to a data grant",
  RevokeRevision: "|,;~~~|Grants permission to revoke subscriber access to a revision",
  SendApiAsset: "|,;~~~|Grants permission to send a request to an API asset",
  SendDataSetNotification: "|,;~~~|Grants permission to send a notification to subscribers of a data set",
  StartJob: "|,;~~~,~~|Grants permission to start a job",
  TagResource: "|,;~~~,~~,~~,~~,~~|Grants permission to add one or more tags to a specified resource",
  UntagResource: "|,;~~~|Grants permission to remove one or more tags from a specified resource",
  UpdateAsset: "|,;~~~|Grants permission to get update information about an asset",
  UpdateDataSet: "|,;~~~|Grants permission to update information about a data set",
  UpdateEventAction: "|,;~~~|Grants permission to update information for an event action",
  UpdateRevision: "|,;~~~|Grants permission to update information about a revision",
};
const resourceTypeFacts = {
  /** The assets resource type: arn:${Partition}:dataexchange:${Region}:${Account}:data-sets/${DataSetId}/revisions/${RevisionId}/assets/${AssetId} */
  assets: "|,|1",
  /** The data-grants resource type: arn:${Partition}:dataexchange:${Region}:${Account}:data-grants/${DataGrantId} */
  "data-grants": "|,dataGrants|1",
  /** The data-sets resource type: arn:${Partition}:dataexchange:${Region}:${Account}:data-sets/${DataSetId} */
  "data-sets": "|,dataSets|1",
  /** The entitled-assets resource type: arn:${Partition}:dataexchange:${Region}::data-sets/${DataSetId}/revisions/${RevisionId}/assets/${AssetId} */
  "entitled-assets": "|,entitledAssets|",
  /** The entitled-data-sets resource type: arn:${Partition}:dataexchange:${Region}::data-sets/${DataSetId} */
  "entitled-data-sets": "|,entitledDataSets|",
  /** The entitled-revisions resource type: arn:${Partition}:dataexchange:${Region}::data-sets/${DataSetId}/revisions/${RevisionId} */
  "entitled-revisions": "|,entitledRevisions|",
  /** The event-actions resource type: arn:${Partition}:dataexchange:${Region}:${Account}:event-actions/${EventActionId} */
  "event-actions": "|,eventActions|1",
  /** The jobs resource type: arn:${Partition}:dataexchange:${Region}:${Account}:jobs/${JobId} */
  jobs: "|,|3",
  /** The revisions resource type: arn:${Partition}:dataexchange:${Region}:${Account}:data-sets/${DataSetId}/revisions/${RevisionId} */
  revisions: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a assets resource: arn:${Partition}:dataexchange:${Region}:${Account}:data-sets/${DataSetId}/revisions/${RevisionId}/assets/${AssetId}. */
  assets:
    "|,assets|arn:|Partition|:dataexchange:|Region|:|Account|:data-sets/|DataSetId|/revisions/|RevisionId|/assets/|AssetId|",
  /** ARN of a data-grants resource: arn:${Partition}:dataexchange:${Region}:${Account}:data-grants/${DataGrantId}. */
  dataGrants: "|,data-grants|arn:|Partition|:dataexchange:|Region|:|Account|:data-grants/|DataGrantId|",
  /** ARN of a data-sets resource: arn:${Partition}:dataexchange:${Region}:${Account}:data-sets/${DataSetId}. */
  dataSets: "|,data-sets|arn:|Partition|:dataexchange:|Region|:|Account|:data-sets/|DataSetId|",
  /** ARN of a entitled-assets resource: arn:${Partition}:dataexchange:${Region}::data-sets/${DataSetId}/revisions/${RevisionId}/assets/${AssetId}. */
  entitledAssets:
    "|,entitled-assets|arn:|Partition|:dataexchange:|Region|::data-sets/|DataSetId|/revisions/|RevisionId|/assets/|AssetId|",
  /** ARN of a entitled-data-sets resource: arn:${Partition}:dataexchange:${Region}::data-sets/${DataSetId}. */
  entitledDataSets: "|,entitled-data-sets|arn:|Partition|:dataexchange:|Region|::data-sets/|DataSetId|",
  /** ARN of a entitled-revisions resource: arn:${Partition}:dataexchange:${Region}::data-sets/${DataSetId}/revisions/${RevisionId}. */
  entitledRevisions:
    "|,entitled-revisions|arn:|Partition|:dataexchange:|Region|::data-sets/|DataSetId|/revisions/|RevisionId|",
  /** ARN of a event-actions resource: arn:${Partition}:dataexchange:${Region}:${Account}:event-actions/${EventActionId}. */
  eventActions: "|,event-actions|arn:|Partition|:dataexchange:|Region|:|Account|:event-actions/|EventActionId|",
  /** ARN of a jobs resource: arn:${Partition}:dataexchange:${Region}:${Account}:jobs/${JobId}. */
  jobs: "|,jobs|arn:|Partition|:dataexchange:|Region|:|Account|:jobs/|JobId|",
  /** ARN of a revisions resource: arn:${Partition}:dataexchange:${Region}:${Account}:data-sets/${DataSetId}/revisions/${RevisionId}. */
  revisions: "|,revisions|arn:|Partition|:dataexchange:|Region|:|Account|:data-sets/|DataSetId|/revisions/|RevisionId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "assets",
  "data-grants",
  "data-sets",
  "entitled-assets",
  "entitled-data-sets",
  "entitled-revisions",
  "event-actions",
  "jobs",
  "revisions",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "dataexchange">;
/** Any dataexchange action. */
export type Action = ActionOf<typeof actionFacts, "dataexchange">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "dataexchange">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "dataexchange" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every dataexchange action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the allowed set of values for each of the mandatory tags in the create request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by the tag value associated with the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the presence of mandatory tags in the create request. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access by the specified job type. */
  "dataexchange:JobType": "String";
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
  "aws:RequestTag/${TagKey}":
    "|,String|0||Filters access by the allowed set of values for each of the mandatory tags in the create request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by the tag value associated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the presence of mandatory tags in the create request",
  "dataexchange:JobType": "|,String|0||Filters access by the specified job type",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "dataexchange",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
