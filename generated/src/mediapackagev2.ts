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
export const prefix: "mediapackagev2" = "mediapackagev2";
/** The service's name in the reference. */
export const serviceName: "AWS Elemental MediaPackage V2" = "AWS Elemental MediaPackage V2";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Elemental MediaPackage V2",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awselementalmediapackagev2.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["iam:PassRole", "mediapackagev2:TagResource"] as const;
const actionFacts = {
  /** Grants permission to cancel a harvest job. Access level: Write. Resources: Channel*, ChannelGroup*, HarvestJob*, OriginEndpoint*. https://docs.aws.amazon.com/mediapackage/latest/APIReference/API_CancelHarvestJob.html */
  CancelHarvestJob: "W|||0;1;,1;1;,3;1;,4;1;|||;",
  /** Grants permission to create a channel in a channel group. Access level: Write. Resources: Channel*, ChannelGroup*. https://docs.aws.amazon.com/mediapackage/latest/APIReference/API_CreateChannel.html */
  CreateChannel: "W|||0;1;,1;1;|0,2|1|;",
  /** Grants permission to create a channel group. Access level: Write. Resources: ChannelGroup*. https://docs.aws.amazon.com/mediapackage/latest/APIReference/API_CreateChannelGroup.html */
  CreateChannelGroup: "W|||1;1;|0,2|1|;",
  /** Grants permission to create a harvest job. Access level: Write. Resources: Channel*, ChannelGroup*, HarvestJob*, OriginEndpoint*. https://docs.aws.amazon.com/mediapackage/latest/APIReference/API_CreateHarvestJob.html */
  CreateHarvestJob: "W|||0;1;,1;1;,3;1;,4;1;|0,2|1|;",
  /** Grants permission to create an origin endpoint for a channel. Access level: Write. Resources: Channel*, ChannelGroup*, OriginEndpoint*. https://docs.aws.amazon.com/mediapackage/latest/APIReference/API_CreateOriginEndpoint.html */
  CreateOriginEndpoint: "W|||0;1;,1;1;,4;1;|0,2|0,1|;",
  /** Grants permission to delete a channel in a channel group. Access level: Write. Resources: Channel*, ChannelGroup*. https://docs.aws.amazon.com/mediapackage/latest/APIReference/API_DeleteChannel.html */
  DeleteChannel: "W|||0;1;,1;1;|||;",
  /** Grants permission to delete a channel group. Access level: Write. Resources: ChannelGroup*. https://docs.aws.amazon.com/mediapackage/latest/APIReference/API_DeleteChannelGroup.html */
  DeleteChannelGroup: "W|||1;1;|||;",
  /** Grants permission to delete a resource policy from a channel. Access level: Write. Resources: Channel*, ChannelGroup*, ChannelPolicy*. https://docs.aws.amazon.com/mediapackage/latest/APIReference/API_DeleteChannelPolicy.html */
  DeleteChannelPolicy: "W|||0;1;,1;1;,2;1;|||;",
  /** Grants permission to delete an origin endpoint of a channel. Access level: Write. Resources: Channel*, ChannelGroup*, OriginEndpoint*. https://docs.aws.amazon.com/mediapackage/latest/APIReference/API_DeleteOriginEndpoint.html */
  DeleteOriginEndpoint: "W|||0;1;,1;1;,4;1;|||;",
  /** Grants permission to delete a resource policy from an origin endpoint. Access level: Write. Resources: Channel*, ChannelGroup*, OriginEndpoint*, OriginEndpointPolicy*. https://docs.aws.amazon.com/mediapackage/latest/APIReference/API_DeleteOriginEndpointPolicy.html */
  DeleteOriginEndpointPolicy: "W|||0;1;,1;1;,4;1;,5;1;|||;",
  /** Grants permission to retrieve details of a channel in a channel group. Access level: Read. Resources: Channel*, ChannelGroup*. https://docs.aws.amazon.com/mediapackage/latest/APIReference/API_GetChannel.html */
  GetChannel: "R|||0;1;,1;1;|||;",
  /** Grants permission to retrieve details of a channel group. Access level: Read. Resources: ChannelGroup*. https://docs.aws.amazon.com/mediapackage/latest/APIReference/API_GetChannelGroup.html */
  GetChannelGroup: "R|||1;1;|||;",
  /** Grants permission to retrieve a resource policy for a channel. Access level: Read. Resources: Channel*, ChannelGroup*, ChannelPolicy*. https://docs.aws.amazon.com/mediapackage/latest/APIReference/API_GetChannelPolicy.html */
  GetChannelPolicy: "R|||0;1;,1;1;,2;1;|||;",
  /** Grants permission to retrieve details of an harvest job. Access level: Read. Resources: Channel*, ChannelGroup*, HarvestJob*, OriginEndpoint*. https://docs.aws.amazon.com/mediapackage/latest/APIReference/API_GetHarvestJob.html */
  GetHarvestJob: "R|||0;1;,1;1;,3;1;,4;1;|||;",
  /** Grants permission to make GetHeadObject requests to MediaPackage. Access level: Read. Resources: OriginEndpoint*. https://docs.aws.amazon.com/mediapackage/latest/userguide/dataplane-apis.html */
  GetHeadObject: "R|||4;1;|||",
  /** Grants permission to make GetObject requests to MediaPackage. Access level: Read. Resources: OriginEndpoint*. https://docs.aws.amazon.com/mediapackage/latest/userguide/dataplane-apis.html */
  GetObject: "R|||4;1;|||",
  /** Grants permission to retrieve details of an origin endpoint. Access level: Read. Resources: Channel*, ChannelGroup*, OriginEndpoint*. https://docs.aws.amazon.com/mediapackage/latest/APIReference/API_GetOriginEndpoint.html */
  GetOriginEndpoint: "R|||0;1;,1;1;,4;1;|||;",
  /** Grants permission to retrieve details of a resource policy for an origin endpoint. Access level: Read. Resources: Channel*, ChannelGroup*, OriginEndpoint*, OriginEndpointPolicy*. https://docs.aws.amazon.com/mediapackage/latest/APIReference/API_GetOriginEndpointPolicy.html */
  GetOriginEndpointPolicy: "R|||0;1;,1;1;,4;1;,5;1;|||;",
  /** Grants permission to make HarvestObject requests to MediaPackage. Access level: Read. Resources: OriginEndpoint*. https://docs.aws.amazon.com/mediapackage/latest/userguide/dataplane-apis.html */
  HarvestObject: "R|||4;1;|||",
  /** Grants permission to list all channel groups for an aws account. Access level: List. https://docs.aws.amazon.com/mediapackage/latest/APIReference/API_ListChannelGroups.html */
  ListChannelGroups: "L||||||;",
  /** Grants permission to list all channels in a channel group. Access level: List. Resources: ChannelGroup*. https://docs.aws.amazon.com/mediapackage/latest/APIReference/API_ListChannels.html */
  ListChannels: "L|||1;1;|||;",
  /** Grants permission to list all harvest jobs in a channel group, channel, origin endpoint. Access level: List. Resources: ChannelGroup*. https://docs.aws.amazon.com/mediapackage/latest/APIReference/API_ListHarvestJobs.html */
  ListHarvestJobs: "L|||1;1;|||;",
  /** Grants permission to list all origin endpoints of a channel. Access level: List. Resources: Channel*, ChannelGroup*. https://docs.aws.amazon.com/mediapackage/latest/APIReference/API_ListOriginEndpoints.html */
  ListOriginEndpoints: "L|||0;1;,1;1;|||;",
  /** Grants permission to list tags for the specified resource. Access level: Read. Resources: Channel, ChannelGroup, HarvestJob, OriginEndpoint. https://docs.aws.amazon.com/mediapackage/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,1;0;,3;0;,4;0;|||;",
  /** Grants permission to attach a resource policy for a channel. Access level: Write. Resources: Channel*, ChannelGroup*, ChannelPolicy*. https://docs.aws.amazon.com/mediapackage/latest/APIReference/API_PutChannelPolicy.html */
  PutChannelPolicy: "W|||0;1;,1;1;,2;1;|||;",
  /** Grants permission to make PutObject requests to MediaPackage. Access level: Write. Resources: Channel*. https://docs.aws.amazon.com/mediapackage/latest/userguide/dataplane-apis.html */
  PutObject: "W|||0;1;|||",
  /** Grants permission to attach a resource policy to an origin endpoint. Access level: Write. Resources: Channel*, ChannelGroup*, OriginEndpoint*, OriginEndpointPolicy*. https://docs.aws.amazon.com/mediapackage/latest/APIReference/API_PutOriginEndpointPolicy.html */
  PutOriginEndpointPolicy: "W|||0;1;,1;1;,4;1;,5;1;||0|;",
  /** Grants permission to reset a channel. Access level: Write. Resources: Channel*, ChannelGroup*. https://docs.aws.amazon.com/mediapackage/latest/APIReference/API_ResetChannelState.html */
  ResetChannelState: "W|||0;1;,1;1;|||;",
  /** Grants permission to reset an origin endpoint. Access level: Write. Resources: Channel*, ChannelGroup*, OriginEndpoint*. https://docs.aws.amazon.com/mediapackage/latest/APIReference/API_ResetOriginEndpointState.html */
  ResetOriginEndpointState: "W|||0;1;,1;1;,4;1;|||;",
  /** Grants permission to add specified tags to the specified resource. Access level: Tagging. Resources: Channel, ChannelGroup, HarvestJob, OriginEndpoint. https://docs.aws.amazon.com/mediapackage/latest/APIReference/API_TagResource.html */
  TagResource: "T|||0;0;,1;0;,3;0;,4;0;|0,2||CreateChannel,CreateChannelGroup,CreateHarvestJob,CreateOriginEndpoint,;",
  /** Grants permission to remove the specified tags from the specified resource. Access level: Tagging. Resources: Channel, ChannelGroup, HarvestJob, OriginEndpoint. https://docs.aws.amazon.com/mediapackage/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,3;0;,4;0;|2||;",
  /** Grants permission to update a channel in a channel group. Access level: Write. Resources: Channel*, ChannelGroup*. https://docs.aws.amazon.com/mediapackage/latest/APIReference/API_UpdateChannel.html */
  UpdateChannel: "W|||0;1;,1;1;|||;",
  /** Grants permission to update a channel group. Access level: Write. Resources: ChannelGroup*. https://docs.aws.amazon.com/mediapackage/latest/APIReference/API_UpdateChannelGroup.html */
  UpdateChannelGroup: "W|||1;1;|||;",
  /** Grants permission to update an origin endpoint of a channel. Access level: Write. Resources: Channel*, ChannelGroup*, OriginEndpoint*. https://docs.aws.amazon.com/mediapackage/latest/APIReference/API_UpdateOriginEndpoint.html */
  UpdateOriginEndpoint: "W|||0;1;,1;1;,4;1;||0|;",
} as const;
const actionDetails = {
  CancelHarvestJob: "|,;~~~|Grants permission to cancel a harvest job",
  CreateChannel: "|,;~~~|Grants permission to create a channel in a channel group",
  CreateChannelGroup: "|,;~~~|Grants permission to create a channel group",
  CreateHarvestJob: "|,;~~~|Grants permission to create a harvest job",
  CreateOriginEndpoint: "|,;~~~|Grants permission to create an origin endpoint for a channel",
  DeleteChannel: "|,;~~~|Grants permission to delete a channel in a channel group",
  DeleteChannelGroup: "|,;~~~|Grants permission to delete a channel group",
  DeleteChannelPolicy: "|,;~~~|Grants permission to delete a resource policy from a channel",
  DeleteOriginEndpoint: "|,;~~~|Grants permission to delete an origin endpoint of a channel",
  DeleteOriginEndpointPolicy: "|,;~~~|Grants permission to delete a resource policy from an origin endpoint",
  GetChannel: "|,;~~~|Grants permission to retrieve details of a channel in a channel group",
  GetChannelGroup: "|,;~~~|Grants permission to retrieve details of a channel group",
  GetChannelPolicy: "|,;~~~|Grants permission to retrieve a resource policy for a channel",
  GetHarvestJob: "|,;~~~|Grants permission to retrieve details of an harvest job",
  GetHeadObject: "|,;~|Grants permission to make GetHeadObject requests to MediaPackage",
  GetObject: "|,;~|Grants permission to make GetObject requests to MediaPackage",
  GetOriginEndpoint: "|,;~~~|Grants permission to retrieve details of an origin endpoint",
  GetOriginEndpointPolicy: "|,;~~~|Grants permission to retrieve details of a resource policy for an origin endpoint",
  HarvestObject: "|,;~|Grants permission to make HarvestObject requests to MediaPackage",
  ListChannelGroups: "|,;~~~|Grants permission to list all channel groups for an aws account",
  ListChannels: "|,;~~~|Grants permission to list all channels in a channel group",
  ListHarvestJobs: "|,;~~~|Grants permission to list all harvest jobs in a channel group, channel, origin endpoint",
  ListOriginEndpoints: "|,;~~~|Grants permission to list all origin endpoints of a channel",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for the specified resource",
  PutChannelPolicy: "|,;~~~|Grants permission to attach a resource policy for a channel",
  PutObject: "|,;~|Grants permission to make PutObject requests to MediaPackage",
  PutOriginEndpointPolicy: "|,;~~~|Grants permission to attach a resource policy to an origin endpoint",
  ResetChannelState: "|,;~~~|Grants permission to reset a channel",
  ResetOriginEndpointState: "|,;~~~|Grants permission to reset an origin endpoint",
  TagResource: "|,;~~~,~~,~~,~~,~~|Grants permission to add specified tags to the specified resource",
  UntagResource: "|,;~~~|Grants permission to remove the specified tags from the specified resource",
  UpdateChannel: "|,;~~~|Grants permission to update a channel in a channel group",
  UpdateChannelGroup: "|,;~~~|Grants permission to update a channel group",
  UpdateOriginEndpoint: "|,;~~~|Grants permission to update an origin endpoint of a channel",
};
const resourceTypeFacts = {
  /** The Channel resource type: arn:${Partition}:mediapackagev2:${Region}:${Account}:channelGroup/${ChannelGroupName}/channel/${ChannelName} */
  Channel: "|,channel|1",
  /** The ChannelGroup resource type: arn:${Partition}:mediapackagev2:${Region}:${Account}:channelGroup/${ChannelGroupName} */
  ChannelGroup: "|,channelGroup|1",
  /** The ChannelPolicy resource type: arn:${Partition}:mediapackagev2:${Region}:${Account}:channelGroup/${ChannelGroupName}/channel/${ChannelName} */
  ChannelPolicy: "|,channelPolicy|",
  /** The HarvestJob resource type: arn:${Partition}:mediapackagev2:${Region}:${Account}:channelGroup/${ChannelGroupName}/channel/${ChannelName}/originEndpoint/${OriginEndpointName}/harvestJob/${HarvestJobName} */
  HarvestJob: "|,harvestJob|1",
  /** The OriginEndpoint resource type: arn:${Partition}:mediapackagev2:${Region}:${Account}:channelGroup/${ChannelGroupName}/channel/${ChannelName}/originEndpoint/${OriginEndpointName} */
  OriginEndpoint: "|,originEndpoint|1",
  /** The OriginEndpointPolicy resource type: arn:${Partition}:mediapackagev2:${Region}:${Account}:channelGroup/${ChannelGroupName}/channel/${ChannelName}/originEndpoint/${OriginEndpointName} */
  OriginEndpointPolicy: "|,originEndpointPolicy|",
} as const;
const arnFormats = {
  /** ARN of a Channel resource: arn:${Partition}:mediapackagev2:${Region}:${Account}:channelGroup/${ChannelGroupName}/channel/${ChannelName}. */
  channel:
    "|,Channel|arn:|Partition|:mediapackagev2:|Region|:|Account|:channelGroup/|ChannelGroupName|/channel/|ChannelName|",
  /** ARN of a ChannelGroup resource: arn:${Partition}:mediapackagev2:${Region}:${Account}:channelGroup/${ChannelGroupName}. */
  channelGroup: "|,ChannelGroup|arn:|Partition|:mediapackagev2:|Region|:|Account|:channelGroup/|ChannelGroupName|",
  /** ARN of a ChannelPolicy resource: arn:${Partition}:mediapackagev2:${Region}:${Account}:channelGroup/${ChannelGroupName}/channel/${ChannelName}. */
  channelPolicy:
    "|,ChannelPolicy|arn:|Partition|:mediapackagev2:|Region|:|Account|:channelGroup/|ChannelGroupName|/channel/|ChannelName|",
  /** ARN of a HarvestJob resource: arn:${Partition}:mediapackagev2:${Region}:${Account}:channelGroup/${ChannelGroupName}/channel/${ChannelName}/originEndpoint/${OriginEndpointName}/harvestJob/${HarvestJobName}. */
  harvestJob:
    "|,HarvestJob|arn:|Partition|:mediapackagev2:|Region|:|Account|:channelGroup/|ChannelGroupName|/channel/|ChannelName|/originEndpoint/|OriginEndpointName|/harvestJob/|HarvestJobName|",
  /** ARN of a OriginEndpoint resource: arn:${Partition}:mediapackagev2:${Region}:${Account}:channelGroup/${ChannelGroupName}/channel/${ChannelName}/originEndpoint/${OriginEndpointName}. */
  originEndpoint:
    "|,OriginEndpoint|arn:|Partition|:mediapackagev2:|Region|:|Account|:channelGroup/|ChannelGroupName|/channel/|ChannelName|/originEndpoint/|OriginEndpointName|",
  /** ARN of a OriginEndpointPolicy resource: arn:${Partition}:mediapackagev2:${Region}:${Account}:channelGroup/${ChannelGroupName}/channel/${ChannelName}/originEndpoint/${OriginEndpointName}. */
  originEndpointPolicy:
    "|,OriginEndpointPolicy|arn:|Partition|:mediapackagev2:|Region|:|Account|:channelGroup/|ChannelGroupName|/channel/|ChannelName|/originEndpoint/|OriginEndpointName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "Channel",
  "ChannelGroup",
  "ChannelPolicy",
  "HarvestJob",
  "OriginEndpoint",
  "OriginEndpointPolicy",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "mediapackagev2">;
/** Any mediapackagev2 action. */
export type Action = ActionOf<typeof actionFacts, "mediapackagev2">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "mediapackagev2">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "mediapackagev2" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every mediapackagev2 action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "mediapackagev2",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
