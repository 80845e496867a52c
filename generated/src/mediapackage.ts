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
export const prefix: "mediapackage" = "mediapackage";
/** The service's name in the reference. */
export const serviceName: "AWS Elemental MediaPackage" = "AWS Elemental MediaPackage";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Elemental MediaPackage",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awselementalmediapackage.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["iam:PassRole", "mediapackage:TagResource"] as const;
const actionFacts = {
  /** Grants permission to configure access logs for a Channel. Access level: Write. Resources: channels*. https://docs.aws.amazon.com/mediapackage/latest/apireference/channels-id-configure_logs.html#channels-id-configure_logsput */
  ConfigureLogs: "W|||0;1;||iam:CreateServiceLinkedRole|",
  /** Grants permission to create a channel in AWS Elemental MediaPackage. Access level: Write. https://docs.aws.amazon.com/mediapackage/latest/apireference/channels.html#channelspost */
  CreateChannel: "W||||0,2|1|;",
  /** Grants permission to create a harvest job in AWS Elemental MediaPackage. Access level: Write. https://docs.aws.amazon.com/mediapackage/latest/apireference/harvest_jobs.html#harvest_jobspost */
  CreateHarvestJob: "W||||0,2|0|;",
  /** Grants permission to create an endpoint in AWS Elemental MediaPackage. Access level: Write. https://docs.aws.amazon.com/mediapackage/latest/apireference/origin_endpoints.html#origin_endpointspost */
  CreateOriginEndpoint: "W||||0,2|0,1|;",
  /** Grants permission to delete a channel in AWS Elemental MediaPackage. Access level: Write. Resources: channels*. https://docs.aws.amazon.com/mediapackage/latest/apireference/channels-id.html#channels-iddelete */
  DeleteChannel: "W|||0;1;|||;",
  /** Grants permission to delete an endpoint in AWS Elemental MediaPackage. Access level: Write. Resources: origin_endpoints*. https://docs.aws.amazon.com/mediapackage/latest/apireference/origin_endpoints-id.html#origin_endpoints-iddelete */
  DeleteOriginEndpoint: "W|||2;1;|||;",
  /** Grants permission to view the details of a channel in AWS Elemental MediaPackage. Access level: Read. Resources: channels*. https://docs.aws.amazon.com/mediapackage/latest/apireference/channels-id.html#channels-idget */
  DescribeChannel: "R|||0;1;|||;",
  /** Grants permission to view the details of a harvest job in AWS Elemental MediaPackage. Access level: Read. Resources: harvest_jobs*. https://docs.aws.amazon.com/mediapackage/latest/apireference/harvest_jobs-id.html#harvest_jobs-idget */
  DescribeHarvestJob: "R|||1;1;|||;",
  /** Grants permission to view the details of an endpoint in AWS Elemental MediaPackage. Access level: Read. Resources: origin_endpoints*. https://docs.aws.amazon.com/mediapackage/latest/apireference/origin_endpoints-id.html#origin_endpoints-idget */
  DescribeOriginEndpoint: "R|||2;1;|||;",
  /** Grants permission to view a list of channels in AWS Elemental MediaPackage. Access level: Read. https://docs.aws.amazon.com/mediapackage/latest/apireference/channels.html#channelsget */
  ListChannels: "R||||||;",
  /** Grants permission to view a list of harvest jobs in AWS Elemental MediaPackage. Access level: Read. https://docs.aws.amazon.com/mediapackage/latest/apireference/harvest_jobs.html#harvest_jobsget */
  ListHarvestJobs: "R||||||;",
  /** Grants permission to view a list of endpoints in AWS Elemental MediaPackage. Access level: Read. https://docs.aws.amazon.com/mediapackage/latest/apireference/origin_endpoints.html#origin_endpointsget */
  ListOriginEndpoints: "R||||||;",
  /** Grants permission to list the tags assigned to a Channel or OriginEndpoint. Access level: Read. Resources: channels, harvest_jobs, origin_endpoints. https://docs.aws.amazon.com/mediapackage/latest/apireference/tags-resource-arn.html#tags-resource-arnget */
  ListTagsForResource: "R|||0;0;,1;0;,2;0;|||;",
  /** Grants permission to rotate credentials for the first IngestEndpoint of a Channel in AWS Elemental MediaPackage. Access level: Write. Resources: channels*. https://docs.aws.amazon.com/mediapackage/latest/apireference/channels-id-credentials.html#channels-id-credentialsput */
  RotateChannelCredentials: "W|||0;1;|||;",
  /** Grants permission to rotate IngestEndpoint credentials for a Channel in AWS Elemental MediaPackage. Access level: Write. Resources: channels*. https://docs.aws.amazon.com/mediapackage/latest/apireference/channels-id-ingest_endpoints-ingest_endpoint_id-credentials.html#channels-id-ingest_endpoints-ingest_endpoint_id-credentialsput */
  RotateIngestEndpointCredentials: "W|||0;1;|||;",
  /** Grants permission to tag a MediaPackage resource. Access level: Tagging. Resources: channels, harvest_jobs, origin_endpoints. https://docs.aws.amazon.com/mediapackage/latest/apireference/hj-create.html */
  TagResource: "T|||0;0;,1;0;,2;0;|0,2||CreateChannel,CreateOriginEndpoint,;",
  /** Grants permission to delete tags to a Channel or OriginEndpoint. Access level: Tagging. Resources: channels, harvest_jobs, origin_endpoints. https://docs.aws.amazon.com/mediapackage/latest/apireference/tags-resource-arn.html#tags-resource-arndelete */
  UntagResource: "T|||0;0;,1;0;,2;0;|2||;",
  /** Grants permission to make changes to a channel in AWS Elemental MediaPackage. Access level: Write. Resources: channels*. https://docs.aws.amazon.com/mediapackage/latest/apireference/channels-id.html#channels-idput */
  UpdateChannel: "W|||0;1;|||ConfigureLogs,;",
  /** Grants permission to make changes to an endpoint in AWS Elemental MediaPackage. Access level: Write. Resources: origin_endpoints*. https://docs.aws.amazon.com/mediapackage/latest/apireference/origin_endpoints-id.html#origin_endpoints-idput */
  UpdateOriginEndpoint: "W|||2;1;||0|;",
} as const;
const actionDetails = {
  ConfigureLogs: "|,;~|Grants permission to configure access logs for a Channel",
  CreateChannel: "|,;~~~|Grants permission to create a channel in AWS Elemental MediaPackage",
  CreateHarvestJob: "|,;~~~|Grants permission to create a harvest job in AWS Elemental MediaPackage",
  CreateOriginEndpoint: "|,;~~~|Grants permission to create an endpoint in AWS Elemental MediaPackage",
  DeleteChannel: "|,;~~~|Grants permission to delete a channel in AWS Elemental MediaPackage",
  DeleteOriginEndpoint: "|,;~~~|Grants permission to delete an endpoint in AWS Elemental MediaPackage",
  DescribeChannel: "|,;~~~|Grants permission to view the details of a channel in AWS Elemental MediaPackage",
  DescribeHarvestJob: "|,;~~~|Grants permission to view the details of a harvest job in AWS Elemental MediaPackage",
  DescribeOriginEndpoint: "|,;~~~|Grants permission to view the details of an endpoint in AWS Elemental MediaPackage",
  ListChannels: "|,;~~~|Grants permission to view a list of channels in AWS Elemental MediaPackage",
  ListHarvestJobs: "|,;~~~|Grants permission to view a list of harvest jobs in AWS Elemental MediaPackage",
  ListOriginEndpoints: "|,;~~~|Grants permission to view a list of endpoints in AWS Elemental MediaPackage",
  ListTagsForResource: "|,;~~~|Grants permission to list the tags assigned to a Channel or OriginEndpoint",
  RotateChannelCredentials:
    "|,;~~~|Grants permission to rotate credentials for the first IngestEndpoint of a Channel in AWS Elemental MediaPackage",
  RotateIngestEndpointCredentials:
    "|,;~~~|Grants permission to rotate IngestEndpoint credentials for a Channel in AWS Elemental MediaPackage",
  TagResource: "|,;~~~,~~,~~|Grants permission to tag a MediaPackage resource",
  UntagResource: "|,;~~~|Grants permission to delete tags to a Channel or OriginEndpoint",
  UpdateChannel: "|,;~~~,~~|Grants permission to make changes to a channel in AWS Elemental MediaPackage",
  UpdateOriginEndpoint: "|,;~~~|Grants permission to make changes to an endpoint in AWS Elemental MediaPackage",
};
const resourceTypeFacts = {
  /** The channels resource type: arn:${Partition}:mediapackage:${Region}:${Account}:channels/${ChannelIdentifier} */
  channels: "|,|1",
  /** The harvest_jobs resource type: arn:${Partition}:mediapackage:${Region}:${Account}:harvest_jobs/${HarvestJobIdentifier} */
  harvest_jobs: "|,harvestJobs|1",
  /** The origin_endpoints resource type: arn:${Partition}:mediapackage:${Region}:${Account}:origin_endpoints/${OriginEndpointIdentifier} */
  origin_endpoints: "|,originEndpoints|1",
} as const;
const arnFormats = {
  /** ARN of a channels resource: arn:${Partition}:mediapackage:${Region}:${Account}:channels/${ChannelIdentifier}. */
  channels: "|,channels|arn:|Partition|:mediapackage:|Region|:|Account|:channels/|ChannelIdentifier|",
  /** ARN of a harvest_jobs resource: arn:${Partition}:mediapackage:${Region}:${Account}:harvest_jobs/${HarvestJobIdentifier}. */
  harvestJobs: "|,harvest_jobs|arn:|Partition|:mediapackage:|Region|:|Account|:harvest_jobs/|HarvestJobIdentifier|",
  /** ARN of a origin_endpoints resource: arn:${Partition}:mediapackage:${Region}:${Account}:origin_endpoints/${OriginEndpointIdentifier}. */
  originEndpoints:
    "|,origin_endpoints|arn:|Partition|:mediapackage:|Region|:|Account|:origin_endpoints/|OriginEndpointIdentifier|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["channels", "harvest_jobs", "origin_endpoints"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "mediapackage">;
/** Any mediapackage action. */
export type Action = ActionOf<typeof actionFacts, "mediapackage">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "mediapackage">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "mediapackage" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every mediapackage action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the tag for a MediaPackage request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by the tag for a MediaPackage resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the tag keys for a MediaPackage resource or request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by the tag for a MediaPackage request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by the tag for a MediaPackage resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the tag keys for a MediaPackage resource or request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "mediapackage",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
