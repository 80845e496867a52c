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
export const prefix: "kinesisvideo" = "kinesisvideo";
/** The service's name in the reference. */
export const serviceName: "Amazon Kinesis Video Streams" = "Amazon Kinesis Video Streams";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Kinesis Video Streams",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonkinesisvideostreams.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to connect as a master to the signaling channel specified by the endpoint. Access level: Write. Resources: channel*. https://docs.aws.amazon.com/kinesisvideostreams/latest/dg/API_ConnectAsMaster.html */
  ConnectAsMaster: "W|||0;1;|||",
  /** Grants permission to connect as a viewer to the signaling channel specified by the endpoint. Access level: Write. Resources: channel*. https://docs.aws.amazon.com/kinesisvideostreams/latest/dg/API_ConnectAsViewer.html */
  ConnectAsViewer: "W|||0;1;|||",
  /** Grants permission to create a signaling channel. Access level: Write. Resources: channel*. https://docs.aws.amazon.com/kinesisvideostreams/latest/dg/API_CreateSignalingChannel.html */
  CreateSignalingChannel: "W|||0;1;|0,2|kinesisvideo:TagResource|;",
  /** Grants permission to create a Kinesis video stream. Access level: Write. Resources: stream*. https://docs.aws.amazon.com/kinesisvideostreams/latest/dg/API_CreateStream.html */
  CreateStream: "W|||1;1;|0,2|kinesisvideo:TagStream|;",
  /** Grants permission to delete the edge configuration of your Kinesis Video Stream. Access level: Write. Resources: stream*. https://docs.aws.amazon.com/kinesisvideostreams/latest/dg/API_DeleteEdgeConfiguration.html */
  DeleteEdgeConfiguration: "W|||1;1;|||;",
  /** Grants permission to delete an existing signaling channel. Access level: Write. Resources: channel*. https://docs.aws.amazon.com/kinesisvideostreams/latest/dg/API_DeleteSignalingChannel.html */
  DeleteSignalingChannel: "W|||0;1;|||;",
  /** Grants permission to delete an existing Kinesis video stream. Access level: Write. Resources: stream*. https://docs.aws.amazon.com/kinesisvideostreams/latest/dg/API_DeleteStream.html */
  DeleteStream: "W|||1;1;|||;",
  /** Grants permission to describe the edge configuration of your Kinesis Video Stream. Access level: Read. Resources: stream*. https://docs.aws.amazon.com/kinesisvideostreams/latest/dg/API_DescribeEdgeConfiguration.html */
  DescribeEdgeConfiguration: "R|||1;1;|||;",
  /** Grants permission to describe the image generation configuration of your Kinesis video stream. Access level: Read. Resources: stream*. https://docs.aws.amazon.com/kinesisvideostreams/latest/dg/API_DescribeImageGenerationConfiguration.html */
  DescribeImageGenerationConfiguration: "R|||1;1;|||;",
  /** Grants permission to describe the resource mapped to the Kinesis video stream. Access level: List. Resources: stream*. https://docs.aws.amazon.com/kinesisvideostreams/latest/dg/API_DescribeMappedResourceConfiguration.html */
  DescribeMappedResourceConfiguration: "L|||1;1;|||;",
  /** Grants permission to describe the media storage configuration of a signaling channel. Access level: Read. Resources: channel*. https://docs.aws.amazon.com/kinesisvideostreams/latest/dg/API_DescribeMediaStorageConfiguration.html */
  DescribeMediaStorageConfiguration: "R|||0;1;|||;",
  /** Grants permission to describe the notification configuration of your Kinesis video stream. Access level: Read. Resources: stream*. https://docs.aws.amazon.com/kinesisvideostreams/latest/dg/API_DescribeNotificationConfiguration.html */
  DescribeNotificationConfiguration: "R|||1;1;|||;",
  /** Grants permission to describe the specified signaling channel. Access level: List. Resources: channel*. https://docs.aws.amazon.com/kinesisvideostreams/latest/dg/API_DescribeSignalingChannel.html */
  DescribeSignalingChannel: "L|||0;1;|||;",
  /** Grants permission to describe the specified Kinesis video stream. Access level: List. Resources: stream*. https://docs.aws.amazon.com/kinesisvideostreams/latest/dg/API_DescribeStream.html */
  DescribeStream: "L|||1;1;|||;",
  /** Grants permission to describe the stream storage configuration of your Kinesis Video Stream. Access level: Read. Resources: stream*. https://docs.aws.amazon.com/kinesisvideostreams/latest/dg/API_DescribeStreamStorageConfiguration.html */
  DescribeStreamStorageConfiguration: "R|||1;1;|||;",
  /** Grants permission to get a media clip from a video stream. Access level: Read. Resources: stream*. https://docs.aws.amazon.com/kinesisvideostreams/latest/dg/API_reader_GetClip.html */
  GetClip: "R|||1;1;|||;",
  /** Grants permission to create a URL for MPEG-DASH video streaming. Access level: Read. Resources: stream*. https://docs.aws.amazon.com/kinesisvideostreams/latest/dg/API_reader_GetDASHStreamingSessionURL.html */
  GetDASHStreamingSessionURL: "R|||1;1;|||;",
  /** Grants permission to get an endpoint for a specified stream for either reading or writing media data to Kinesis Video Streams. Access level: Read. Resources: stream*. https://docs.aws.amazon.com/kinesisvideostreams/latest/dg/API_GetDataEndpoint.html */
  GetDataEndpoint: "R|||1;1;|||;",
  /** Grants permission to create a URL for HLS video streaming. Access level: Read. Resources: stream*. https://docs.aws.amazon.com/kinesisvideostreams/latest/dg/API_reader_GetHLSStreamingSessionURL.html */
  GetHLSStreamingSessionURL: "R|||1;1;|||;",
  /** Grants permission to get the ICE server configuration. Access level: Read. Resources: channel*. https://docs.aws.amazon.com/kinesisvideostreams/latest/dg/API_signaling_GetIceServerConfig.html */
  GetIceServerConfig: "R|||0;1;|||;",
  /** Grants permission to get generated images from your Kinesis video stream. Access level: Read. Resources: stream*. https://docs.aws.amazon.com/kinesisvideostreams/latest/dg/API_reader_GetImages.html */
  GetImages: "R|||1;1;|||;",
  /** Grants permission to return media content of a Kinesis video stream. Access level: Read. Resources: stream*. https://docs.aws.amazon.com/kinesisvideostreams/latest/dg/API_dataplane_GetMedia.html */
  GetMedia: "R|||1;1;|||;",
  /** Grants permission to read and return media data only from persisted storage. Access level: Read. Resources: stream*. https://docs.aws.amazon.com/kinesisvideostreams/latest/dg/API_reader_GetMediaForFragmentList.html */
  GetMediaForFragmentList: "R|||1;1;|||;",
  /** Grants permission to get endpoints for a specified combination of protocol and role for a signaling channel. Access level: Read. Resources: channel*. https://docs.aws.amazon.com/kinesisvideostreams/latest/dg/API_GetSignalingChannelEndpoint.html */
  GetSignalingChannelEndpoint: "R|||0;1;|||;",
  /** Grants permission to join a storage session for a channel. Access level: Write. Resources: channel*. https://docs.aws.amazon.com/kinesisvideostreams/latest/dg/API_webrtc_JoinStorageSession.html */
  JoinStorageSession: "W|||0;1;|||;",
  /** Grants permission to join a storage session for a channel as viewer. Access level: Write. Resources: channel*. https://docs.aws.amazon.com/kinesisvideostreams/latest/dg/API_webrtc_JoinStorageSessionAsViewer.html */
  JoinStorageSessionAsViewer: "W|||0;1;|||;",
  /** Grants permission to list an edge agent configurations. Access level: List. https://docs.aws.amazon.com/kinesisvideostreams/latest/dg/API_ListEdgeAgentConfigurations.html */
  ListEdgeAgentConfigurations: "L||||||;",
  /** Grants permission to list the fragments from archival storage based on the pagination token or selector type with range specified. Access level: List. Resources: stream*. https://docs.aws.amazon.com/kinesisvideostreams/latest/dg/API_reader_ListFragments.html */
  ListFragments: "L|||1;1;|||;",
  /** Grants permission to list your signaling channels. Access level: List. https://docs.aws.amazon.com/kinesisvideostreams/latest/dg/API_ListSignalingChannels.html */
  ListSignalingChannels: "L||||||;",
  /** Grants permission to list your Kinesis video streams. Access level: List. https://docs.aws.amazon.com/kinesisvideostreams/latest/dg/API_ListStreams.html */
  ListStreams: "L||||||;",
  /** Grants permission to fetch the tags associated with your resource. Access level: Read. Resources: channel, stream. https://docs.aws.amazon.com/kinesisvideostreams/latest/dg/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,1;0;|||;",
  /** Grants permission to fetch the tags associated with Kinesis video stream. Access level: Read. Resources: stream*. https://docs.aws.amazon.com/kinesisvideostreams/latest/dg/API_ListTagsForStream.html */
  ListTagsForStream: "R|||1;1;|||;",
  /** Grants permission to send media data to a Kinesis video stream. Access level: Write. Resources: stream*. https://docs.aws.amazon.com/kinesisvideostreams/latest/dg/API_dataplane_PutMedia.html */
  PutMedia: "W|||1;1;|||",
  /** Grants permission to send the Alexa SDP offer to the master. Access level: Write. Resources: channel*. https://docs.aws.amazon.com/kinesisvideostreams/latest/dg/API_signaling_SendAlexaOfferToMaster.html */
  SendAlexaOfferToMaster: "W|||0;1;|||;",
  /** Grants permission to start edge configuration update of your Kinesis Video Stream. Access level: Write. Resources: stream*. https://docs.aws.amazon.com/kinesisvideostreams/latest/dg/API_StartEdgeConfigurationUpdate.html */
  StartEdgeConfigurationUpdate: "W|||1;1;|||;",
  /** Grants permission to attach set of tags to your resource. Access level: Tagging. Resources: channel, stream. https://docs.aws.amazon.com/kinesisvideostreams/latest/dg/API_TagResource.html */
  TagResource: "T|||0;0;,1;0;|0,2||CreateSignalingChannel,;",
  /** Grants permission to attach set of tags to your Kinesis video streams. Access level: Tagging. Resources: stream*. https://docs.aws.amazon.com/kinesisvideostreams/latest/dg/API_TagStream.html */
  TagStream: "T|||1;1;|0,2||CreateStream,;",
  /** Grants permission to remove one or more tags from your resource. Access level: Tagging. Resources: channel, stream. https://docs.aws.amazon.com/kinesisvideostreams/latest/dg/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;|2||;",
  /** Grants permission to remove one or more tags from your Kinesis video streams. Access level: Tagging. Resources: stream*. https://docs.aws.amazon.com/kinesisvideostreams/latest/dg/API_UntagStream.html */
  UntagStream: "T|||1;1;|2||;",
  /** Grants permission to update the data retention period of your Kinesis video stream. Access level: Write. Resources: stream*. https://docs.aws.amazon.com/kinesisvideostreams/latest/dg/API_UpdateDataRetention.html */
  UpdateDataRetention: "W|||1;1;|||;",
  /** Grants permission to update the image generation configuration of your Kinesis video stream. Access level: Write. Resources: stream*. https://docs.aws.amazon.com/kinesisvideostreams/latest/dg/API_UpdateImageGenerationConfiguration.html */
  UpdateImageGenerationConfiguration: "W|||1;1;|||;",
  /** Grants permission to create or update an mapping between a signaling channel and stream. Access level: Write. Resources: channel*. https://docs.aws.amazon.com/kinesisvideostreams/latest/dg/API_UpdateMediaStorageConfiguration.html */
  UpdateMediaStorageConfiguration: "W|||0;1;|||;",
  /** Grants permission to update the notification configuration of your Kinesis video stream. Access level: Write. Resources: stream*. https://docs.aws.amazon.com/kinesisvideostreams/latest/dg/API_UpdateNotificationConfiguration.html */
  UpdateNotificationConfiguration: "W|||1;1;|||;",
  /** Grants permission to update an existing signaling channel. Access level: Write. Resources: channel*. https://docs.aws.amazon.com/kinesisvideostreams/latest/dg/API_UpdateSignalingChannel.html */
  UpdateSignalingChannel: "W|||0;1;|||;",
  /** Grants permission to update an existing Kinesis video stream. Access level: Write. Resources: stream*. https://docs.aws.amazon.com/kinesisvideostreams/latest/dg/API_UpdateStream.html */
  UpdateStream: "W|||1;1;|||;",
  /** Grants permission to update the stream storage configuration of your Kinesis Video Stream. Access level: Write. Resources: stream*. https://docs.aws.amazon.com/kinesisvideostreams/latest/dg/API_UpdateStreamStorageConfiguration.html */
  UpdateStreamStorageConfiguration: "W|||1;1;|||;",
} as const;
const actionDetails = {
  ConnectAsMaster: "|,;~|Grants permission to connect as a master to the signaling channel specified by the endpoint",
  ConnectAsViewer: "|,;~|Grants permission to connect as a viewer to the signaling channel specified by the endpoint",
  CreateSignalingChannel: "|,;~~~|Grants permission to create a signaling channel",
  CreateStream: "|,;~~~|Grants permission to create a Kinesis video stream",
  DeleteEdgeConfiguration: "|,;~~~|Grants permission to delete the edge configuration of your Kinesis Video Stream",
  DeleteSignalingChannel: "|,;~~~|Grants permission to delete an existing signaling channel",
  DeleteStream: "|,;~~~|Grants permission to delete an existing Kinesis video stream",
  DescribeEdgeConfiguration: "|,;~~~|Grants permission to describe the edge configuration of your Kinesis Video Stream",
  DescribeImageGenerationConfiguration:
    "|,;~~~|Grants permission to describe the image generation configuration of your Kinesis video stream",
  DescribeMappedResourceConfiguration:
    "|,;~~~|Grants permission to describe the resource mapped to the Kinesis video stream",
  DescribeMediaStorageConfiguration:
    "|,;~~~|Grants permission to describe the media storage configuration of a signaling channel",
  DescribeNotificationConfiguration:
    "|,;~~~|Grants permission to describe the notification configuration of your Kinesis video stream",
  DescribeSignalingChannel: "|,;~~~|Grants permission to describe the specified signaling channel",
  DescribeStream: "|,;~~~|Grants permission to describe the specified Kinesis video stream",
  DescribeStreamStorageConfiguration:
    "|,;~~~|Grants permission to describe the stream storage configuration of your Kinesis Video Stream",
  GetClip: "|,;~~kinesis-video-archived-media~|Grants permission to get a media clip from a video stream",
  GetDASHStreamingSessionURL:
    "|,;~~kinesis-video-archived-media~|Grants permission to create a URL for MPEG-DASH video streaming",
  GetDataEndpoint:
    "|,;~~~|Grants permission to get an endpoint for a specified stream for either reading or writing media data to Kinesis Video Streams",
  GetHLSStreamingSessionURL:
    "|,;~~kinesis-video-archived-media~|Grants permission to create a URL for HLS video streaming",
  GetIceServerConfig: "|,;~~kinesis-video-signaling~|Grants permission to get the ICE server configuration",
  GetImages:
    "|,;~~kinesis-video-archived-media~|Grants permission to get generated images from your Kinesis video stream",
  GetMedia: "|,;~~kinesis-video-media~|Grants permission to return media content of a Kinesis video stream",
  GetMediaForFragmentList:
    "|,;~~kinesis-video-archived-media~|Grants permission to read and return media data only from persisted storage",
  GetSignalingChannelEndpoint:
    "|,;~~~|Grants permission to get endpoints for a specified combination of protocol and role for a signaling channel",
  JoinStorageSession: "|,;~~kinesis-video-webrtc-storage~|Grants permission to join a storage session for a channel",
  JoinStorageSessionAsViewer:
    "|,;~~kinesis-video-webrtc-storage~|Grants permission to join a storage session for a channel as viewer",
  ListEdgeAgentConfigurations: "|,;~~~|Grants permission to list an edge agent configurations",
  ListFragments:
    "|,;~~kinesis-video-archived-media~|Grants permission to list the fragments from archival storage based on the pagination token or selector type with range specified",
  ListSignalingChannels: "|,;~~~|Grants permission to list your signaling channels",
  ListStreams: "|,;~~~|Grants permission to list your Kinesis video streams",
  ListTagsForResource: "|,;~~~|Grants permission to fetch the tags associated with your resource",
  ListTagsForStream: "|,;~~~|Grants permission to fetch the tags associated with Kinesis video stream",
  PutMedia: "|,;~|Grants permission to send media data to a Kinesis video stream",
  SendAlexaOfferToMaster: "|,;~~kinesis-video-signaling~|Grants permission to send the Alexa SDP offer to the master",
  StartEdgeConfigurationUpdate:
    "|,;~~~|Grants permission to start edge configuration update of your Kinesis Video Stream",
  TagResource: "|,;~~~,~~|Grants permission to attach set of tags to your resource",
  TagStream: "|,;~~~,~~|Grants permission to attach set of tags to your Kinesis video streams",
  UntagResource: "|,;~~~|Grants permission to remove one or more tags from your resource",
  UntagStream: "|,;~~~|Grants permission to remove one or more tags from your Kinesis video streams",
  UpdateDataRetention: "|,;~~~|Grants permission to update the data retention period of your Kinesis video stream",
  UpdateImageGenerationConfiguration:
    "|,;~~~|Grants permission to update the image generation configuration of your Kinesis video stream",
  UpdateMediaStorageConfiguration:
    "|,;~~~|Grants permission to create or update an mapping between a signaling channel and stream",
  UpdateNotificationConfiguration:
    "|,;~~~|Grants permission to update the notification configuration of your Kinesis video stream",
  UpdateSignalingChannel: "|,;~~~|Grants permission to update an existing signaling channel",
  UpdateStream: "|,;~~~|Grants permission to update an existing Kinesis video stream",
  UpdateStreamStorageConfiguration:
    "|,;~~~|Grants permission to update the stream storage configuration of your Kinesis Video Stream",
};
const resourceTypeFacts = {
  /** The channel resource type: arn:${Partition}:kinesisvideo:${Region}:${Account}:channel/${ChannelName}/${CreationTime} */
  channel: "|,|1",
  /** The stream resource type: arn:${Partition}:kinesisvideo:${Region}:${Account}:stream/${StreamName}/${CreationTime} */
  stream: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a channel resource: arn:${Partition}:kinesisvideo:${Region}:${Account}:channel/${ChannelName}/${CreationTime}. */
  channel: "|,channel|arn:|Partition|:kinesisvideo:|Region|:|Account|:channel/|ChannelName|/|CreationTime|",
  /** ARN of a stream resource: arn:${Partition}:kinesisvideo:${Region}:${Account}:stream/${StreamName}/${CreationTime}. */
  stream: "|,stream|arn:|Partition|:kinesisvideo:|Region|:|Account|:stream/|StreamName|/|CreationTime|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["channel", "stream"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "kinesisvideo">;
/** Any kinesisvideo action. */
export type Action = ActionOf<typeof actionFacts, "kinesisvideo">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "kinesisvideo">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "kinesisvideo" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every kinesisvideo action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters requests based on the allowed set of values for each of the tags. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters actions based on tag-value assoicated with the stream. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters requests based on the presence of mandatory tag keys in the request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters requests based on the allowed set of values for each of the tags",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters actions based on tag-value assoicated with the stream",
  "aws:TagKeys": "|,ArrayOfString|0||Filters requests based on the presence of mandatory tag keys in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "kinesisvideo",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
