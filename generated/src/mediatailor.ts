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
export const prefix: "mediatailor" = "mediatailor";
/** The service's name in the reference. */
export const serviceName: "AWS Elemental MediaTailor" = "AWS Elemental MediaTailor";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Elemental MediaTailor",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awselementalmediatailor.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["mediatailor:TagResource"] as const;
const actionFacts = {
  /** Grants permission to configure logs on the channel with the specified channel name. Access level: Write. Resources: channel*. https://docs.aws.amazon.com/mediatailor/latest/apireference/configurelogs-channel.html */
  ConfigureLogsForChannel: "W|||0;1;|||;",
  /** Grants permission to configure logs for a playback configuration. Access level: Write. Resources: playbackConfiguration*. https://docs.aws.amazon.com/mediatailor/latest/apireference/configurelogs-playbackconfiguration.html */
  ConfigureLogsForPlaybackConfiguration: "W|||2;1;||iam:CreateServiceLinkedRole|;",
  /** Grants permission to create a new channel. Access level: Write. https://docs.aws.amazon.com/mediatailor/latest/apireference/channel-channelname.html */
  CreateChannel: "W||||0,2|0|;",
  /** Grants permission to create a new live source on the source location with the specified source location name. Access level: Write. https://docs.aws.amazon.com/mediatailor/latest/apireference/sourcelocation-sourcelocationname-livesource-livesourcename.html */
  CreateLiveSource: "W||||0,2|0|;",
  /** Grants permission to create a prefetch schedule for the playback configuration with the specified playback configuration name. Access level: Write. Resources: playbackConfiguration*. https://docs.aws.amazon.com/mediatailor/latest/apireference/prefetchschedule-playbackconfigurationname-name.html */
  CreatePrefetchSchedule: "W|||2;1;||0|;",
  /** Grants permission to create a new program on the channel with the specified channel name. Access level: Write. https://docs.aws.amazon.com/mediatailor/latest/apireference/channel-channelname-program-programname.html */
  CreateProgram: "W|||||0|;",
  /** Grants permission to create a new source location. Access level: Write. https://docs.aws.amazon.com/mediatailor/latest/apireference/sourcelocation-sourcelocationname.html */
  CreateSourceLocation: "W||||0,2|0|;",
  /** Grants permission to create a new VOD source on the source location with the specified source location name. Access level: Write. https://docs.aws.amazon.com/mediatailor/latest/apireference/sourcelocation-sourcelocationname-vodsource-vodsourcename.html */
  CreateVodSource: "W||||0,2|0|;",
  /** Grants permission to delete the channel with the specified channel name. Access level: Write. Resources: channel*. https://docs.aws.amazon.com/mediatailor/latest/apireference/channel-channelname.html */
  DeleteChannel: "W|||0;1;|||;",
  /** Grants permission to delete the IAM policy on the channel with the specified channel name. Access level: Permissions management. Resources: channel*. https://docs.aws.amazon.com/mediatailor/latest/apireference/channel-channelname-policy.html */
  DeleteChannelPolicy: "P|||0;1;|||;",
  /** Grants permission to delete the live source with the specified live source name on the source location with the specified source location name. Access level: Write. Resources: liveSource*. https://docs.aws.amazon.com/mediatailor/latest/apireference/sourcelocation-sourcelocationname-livesource-livesourcename.html */
  DeleteLiveSource: "W|||1;1;|||;",
  /** Grants permission to delete the specified playback configuration. Access level: Write. Resources: playbackConfiguration*. https://docs.aws.amazon.com/mediatailor/latest/apireference/playbackconfiguration-name.html */
  DeletePlaybackConfiguration: "W|||2;1;|||;",
  /** Grants permission to delete a prefetch schedule for a playback configuration with the specified prefetch schedule name. Access level: Write. Resources: playbackConfiguration*, prefetchSchedule*. https://docs.aws.amazon.com/mediatailor/latest/apireference/prefetchschedule-playbackconfigurationname-name.html */
  DeletePrefetchSchedule: "W|||2;1;,3;1;|||;",
  /** Grants permission to delete the program with the specified program name on the channel with the specified channel name. Access level: Write. Resources: program*. https://docs.aws.amazon.com/mediatailor/latest/apireference/channel-channelname-program-programname.html */
  DeleteProgram: "W|||4;1;|||;",
  /** Grants permission to delete the source location with the specified source location name. Access level: Write. Resources: sourceLocation*. https://docs.aws.amazon.com/mediatailor/latest/apireference/sourcelocation-sourcelocationname.html */
  DeleteSourceLocation: "W|||5;1;|||;",
  /** Grants permission to delete the VOD source with the specified VOD source name on the source location with the specified source location name. Access level: Write. Resources: vodSource*. https://docs.aws.amazon.com/mediatailor/latest/apireference/sourcelocation-sourcelocationname-vodsource-vodsourcename.html */
  DeleteVodSource: "W|||6;1;|||;",
  /** Grants permission to retrieve the channel with the specified channel name. Access level: Read. Resources: channel*. https://docs.aws.amazon.com/mediatailor/latest/apireference/channel-channelname.html */
  DescribeChannel: "R|||0;1;|||;",
  /** Grants permission to retrieve the live source with the specified live source name on the source location with the specified source location name. Access level: Read. Resources: liveSource*. https://docs.aws.amazon.com/mediatailor/latest/apireference/sourcelocation-sourcelocationname-livesource-livesourcename.html */
  DescribeLiveSource: "R|||1;1;|||;",
  /** Grants permission to retrieve the program with the specified program name on the channel with the specified channel name. Access level: Read. Resources: program*. https://docs.aws.amazon.com/mediatailor/latest/apireference/channel-channelname-program-programname.html */
  DescribeProgram: "R|||4;1;|||;",
  /** Grants permission to retrieve the source location with the specified source location name. Access level: Read. Resources: sourceLocation*. https://docs.aws.amazon.com/mediatailor/latest/apireference/sourcelocation-sourcelocationname.html */
  DescribeSourceLocation: "R|||5;1;|||;",
  /** Grants permission to retrieve the VOD source with the specified VOD source name on the source location with the specified source location name. Access level: Read. Resources: vodSource*. https://docs.aws.amazon.com/mediatailor/latest/apireference/sourcelocation-sourcelocationname-vodsource-vodsourcename.html */
  DescribeVodSource: "R|||6;1;|||;",
  /** Grants permission to read the IAM policy on the channel with the specified channel name. Access level: Read. Resources: channel*. https://docs.aws.amazon.com/mediatailor/latest/apireference/channel-channelname-policy.html */
  GetChannelPolicy: "R|||0;1;|||;",
  /** Grants permission to retrieve the schedule of programs on the channel with the specified channel name. Access level: Read. Resources: channel*. https://docs.aws.amazon.com/mediatailor/latest/apireference/channel-channelname-schedule.html */
  GetChannelSchedule: "R|||0;1;|||;",
  /** Grants permission to retrieve the configuration for the specified name. Access level: Read. Resources: playbackConfiguration*. https://docs.aws.amazon.com/mediatailor/latest/apireference/playbackconfiguration-name.html */
  GetPlaybackConfiguration: "R|||2;1;|||;",
  /** Grants permission to retrieve prefetch schedule for a playback configuration with the specified prefetch schedule name. Access level: Read. Resources: playbackConfiguration*, prefetchSchedule*. https://docs.aws.amazon.com/mediatailor/latest/apireference/prefetchschedule-playbackconfigurationname-name.html */
  GetPrefetchSchedule: "R|||2;1;,3;1;|||;",
  /** Grants permission to retrieve the list of alerts on a resource. Access level: Read. https://docs.aws.amazon.com/mediatailor/latest/apireference/alerts.html */
  ListAlerts: "R||||||;",
  /** Grants permission to retrieve the list of existing channels. Access level: Read. https://docs.aws.amazon.com/mediatailor/latest/apireference/channels.html */
  ListChannels: "R||||||;",
  /** Grants permission to retrieve the list of existing live sources on the source location with the specified source location name. Access level: Read. https://docs.aws.amazon.com/mediatailor/latest/apireference/sourcelocation-sourcelocationname-livesources.html */
  ListLiveSources: "R||||||;",
  /** Grants permission to retrieve the list of available configurations. Access level: List. https://docs.aws.amazon.com/mediatailor/latest/apireference/playbackconfigurations.html */
  ListPlaybackConfigurations: "L||||||;",
  /** Grants permission to retrieve the list of prefetch schedules for a playback configuration. Access level: List. Resources: playbackConfiguration*. https://docs.aws.amazon.com/mediatailor/latest/apireference/prefetchschedule-playbackconfigurationname.html */
  ListPrefetchSchedules: "L|||2;1;|||;",
  /** Grants permission to retrieve the list of existing source locations. Access level: Read. https://docs.aws.amazon.com/mediatailor/latest/apireference/sourcelocations.html */
  ListSourceLocations: "R||||||;",
  /** Grants permission to list the tags assigned to the specified playback configuration resource. Access level: Read. Resources: channel, liveSource, playbackConfiguration, sourceLocation, vodSource. https://docs.aws.amazon.com/mediatailor/latest/apireference/tags-resourcearn.html */
  ListTagsForResource: "R|||0;0;,1;0;,2;0;,5;0;,6;0;|||;",
  /** Grants permission to retrieve the list of existing VOD sources on the source location with the specified source location name. Access level: Read. https://docs.aws.amazon.com/mediatailor/latest/apireference/sourcelocation-sourcelocationname-vodsources.html */
  ListVodSources: "R||||||;",
  /** Grants permission to set the IAM policy on the channel with the specified channel name. Access level: Permissions management. Resources: channel*. https://docs.aws.amazon.com/mediatailor/latest/apireference/channel-channelname-policy.html */
  PutChannelPolicy: "P|||0;1;|||;",
  /** Grants permission to add a new configuration. Access level: Write. https://docs.aws.amazon.com/mediatailor/latest/apireference/playbackconfiguration.html */
  PutPlaybackConfiguration: "W||||0,2|0|;",
  /** Grants permission to start the channel with the specified channel name. Access level: Write. Resources: channel*. https://docs.aws.amazon.com/mediatailor/latest/apireference/channel-channelname-start.html */
  StartChannel: "W|||0;1;|||;",
  /** Grants permission to stop the channel with the specified channel name. Access level: Write. Resources: channel*. https://docs.aws.amazon.com/mediatailor/latest/apireference/channel-channelname-stop.html */
  StopChannel: "W|||0;1;|||;",
  /** Grants permission to add tags to the specified playback configuration resource. Access level: Tagging. Resources: channel, liveSource, playbackConfiguration, sourceLocation, vodSource. https://docs.aws.amazon.com/mediatailor/latest/apireference/tags-resourcearn.html */
  TagResource:
    "T|||0;0;,1;0;,2;0;,5;0;,6;0;|0,2||CreateChannel,CreateLiveSource,CreatePrefetchSchedule,CreateProgram,CreateSourceLocation,CreateVodSource,PutFunction,PutPlaybackConfiguration,;",
  /** Grants permission to remove tags from the specified playback configuration resource. Access level: Tagging. Resources: channel, liveSource, playbackConfiguration, sourceLocation, vodSource. https://docs.aws.amazon.com/mediatailor/latest/apireference/tags-resourcearn.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,5;0;,6;0;|2||;",
  /** Grants permission to update the channel with the specified channel name. Access level: Write. Resources: channel*. https://docs.aws.amazon.com/mediatailor/latest/apireference/channel-channelname.html */
  UpdateChannel: "W|||0;1;|||;",
  /** Grants permission to update the live source with the specified live source name on the source location with the specified source location name. Access level: Write. Resources: liveSource*. https://docs.aws.amazon.com/mediatailor/latest/apireference/sourcelocation-sourcelocationname-livesource-livesourcename.html */
  UpdateLiveSource: "W|||1;1;|||;",
  /** Grants permission to update the program with the specified program name on the channel with the specified channel name. Access level: Write. Resources: program*. https://docs.aws.amazon.com/mediatailor/latest/apireference/channel-channelname-program-programname.html */
  UpdateProgram: "W|||4;1;|||;",
  /** Grants permission to update the source location with the specified source location name. Access level: Write. Resources: sourceLocation*. https://docs.aws.amazon.com/mediatailor/latest/apireference/sourcelocation-sourcelocationname.html */
  UpdateSourceLocation: "W|||5;1;|||;",
  /** Grants permission to update the VOD source with the specified VOD source name on the source location with the specified source location name. Access level: Write. Resources: vodSource*. https://docs.aws.amazon.com/mediatailor/latest/apireference/sourcelocation-sourcelocationname-vodsource-vodsourcename.html */
  UpdateVodSource: "W|||6;1;|||;",
} as const;
const actionDetails = {
  ConfigureLogsForChannel: "|,;~~~|Grants permission to configure logs on the channel with the specified channel name",
  ConfigureLogsForPlaybackConfiguration: "|,;~~~|Grants permission to configure logs for a playback configuration",
  CreateChannel: "|,;~~~|Grants permission to create a new channel",
  CreateLiveSource:
    "|,;~~~|Grants permission to create a new live source on the source location with the specified source location name",
  CreatePrefetchSchedule:
    "|,;~~~|Grants permission to create a prefetch schedule for the playback configuration with the specified playback configuration name",
  CreateProgram: "|,;~~~|Grants permission to create a new program on the channel with the specified channel name",
  CreateSourceLocation: "|,;~~~|Grants permission to create a new source location",
  CreateVodSource:
    "|,;~~~|Grants permission to create a new VOD source on the source location with the specified source location name",
  DeleteChannel: "|,;~~~|Grants permission to delete the channel with the specified channel name",
  DeleteChannelPolicy:
    "|,;~~~|Grants permission to delete the IAM policy on the channel with the specified channel name",
  DeleteLiveSource:
    "|,;~~~|Grants permission to delete the live source with the specified live source name on the source location with the specified source location name",
  DeletePlaybackConfiguration: "|,;~~~|Grants permission to delete the specified playback configuration",
  DeletePrefetchSchedule:
    "|,;~~~|Grants permission to delete a prefetch schedule for a playback configuration with the specified prefetch schedule name",
  DeleteProgram:
    "|,;~~~|Grants permission to delete the program with the specified program name on the channel with the specified channel name",
  DeleteSourceLocation:
    "|,;~~~|Grants permission to delete the source location with the specified source location name",
  DeleteVodSource:
    "|,;~~~|Grants permission to delete the VOD source with the specified VOD source name on the source location with the specified source location name",
  DescribeChannel: "|,;~~~|Grants permission to retrieve the channel with the specified channel name",
  DescribeLiveSource:
    "|,;~~~|Grants permission to retrieve the live source with the specified live source name on the source location with the specified source location name",
  DescribeProgram:
    "|,;~~~|Grants permission to retrieve the program with the specified program name on the channel with the specified channel name",
  DescribeSourceLocation:
    "|,;~~~|Grants permission to retrieve the source location with the specified source location name",
  DescribeVodSource:
    "|,;~~~|Grants permission to retrieve the VOD source with the specified VOD source name on the source location with the specified source location name",
  GetChannelPolicy: "|,;~~~|Grants permission to read the IAM policy on the channel with the specified channel name",
  GetChannelSchedule:
    "|,;~~~|Grants permission to retrieve the schedule of programs on the channel with the specified channel name",
  GetPlaybackConfiguration: "|,;~~~|Grants permission to retrieve the configuration for the specified name",
  GetPrefetchSchedule:
    "|,;~~~|Grants permission to retrieve prefetch schedule for a playback configuration with the specified prefetch schedule name",
  ListAlerts: "|,;~~~|Grants permission to retrieve the list of alerts on a resource",
  ListChannels: "|,;~~~|Grants permission to retrieve the list of existing channels",
  ListLiveSources:
    "|,;~~~|Grants permission to retrieve the list of existing live sources on the source location with the specified source location name",
  ListPlaybackConfigurations: "|,;~~~|Grants permission to retrieve the list of available configurations",
  ListPrefetchSchedules:
    "|,;~~~|Grants permission to retrieve the list of prefetch schedules for a playback configuration",
  ListSourceLocations: "|,;~~~|Grants permission to retrieve the list of existing source locations",
  ListTagsForResource:
    "|,;~~~|Grants permission to list the tags assigned to the specified playback configuration resource",
  ListVodSources:
    "|,;~~~|Grants permission to retrieve the list of existing VOD sources on the source location with the specified source location name",
  PutChannelPolicy: "|,;~~~|Grants permission to set the IAM policy on the channel with the specified channel name",
  PutPlaybackConfiguration: "|,;~~~|Grants permission to add a new configuration",
  StartChannel: "|,;~~~|Grants permission to start the channel with the specified channel name",
  StopChannel: "|,;~~~|Grants permission to stop the channel with the specified channel name",
  TagResource:
    "|,;~~~,~~,~~,~~,~~,~~,~~,~~,~~|Grants permission to add tags to the specified playback configuration resource",
  UntagResource: "|,;~~~|Grants permission to remove tags from the specified playback configuration resource",
  UpdateChannel: "|,;~~~|Grants permission to update the channel with the specified channel name",
  UpdateLiveSource:
    "|,;~~~|Grants permission to update the live source with the specified live source name on the source location with the specified source location name",
  UpdateProgram:
    "|,;~~~|Grants permission to update the program with the specified program name on the channel with the specified channel name",
  UpdateSourceLocation:
    "|,;~~~|Grants permission to update the source location with the specified source location name",
  UpdateVodSource:
    "|,;~~~|Grants permission to update the VOD source with the specified VOD source name on the source location with the specified source location name",
};
const resourceTypeFacts = {
  /** The channel resource type: arn:${Partition}:mediatailor:${Region}:${Account}:channel/${ChannelName} */
  channel: "|,|1",
  /** The liveSource resource type: arn:${Partition}:mediatailor:${Region}:${Account}:liveSource/${SourceLocationName}/${LiveSourceName} */
  liveSource: "|,|1",
  /** The playbackConfiguration resource type: arn:${Partition}:mediatailor:${Region}:${Account}:playbackConfiguration/${ResourceId} */
  playbackConfiguration: "|,|1",
  /** The prefetchSchedule resource type: arn:${Partition}:mediatailor:${Region}:${Account}:prefetchSchedule/${ResourceId} */
  prefetchSchedule: "|,|",
  /** The program resource type: arn:${Partition}:mediatailor:${Region}:${Account}:program/${ChannelName}/${ProgramName} */
  program: "|,|",
  /** The sourceLocation resource type: arn:${Partition}:mediatailor:${Region}:${Account}:sourceLocation/${SourceLocationName} */
  sourceLocation: "|,|1",
  /** The vodSource resource type: arn:${Partition}:mediatailor:${Region}:${Account}:vodSource/${SourceLocationName}/${VodSourceName} */
  vodSource: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a channel resource: arn:${Partition}:mediatailor:${Region}:${Account}:channel/${ChannelName}. */
  channel: "|,channel|arn:|Partition|:mediatailor:|Region|:|Account|:channel/|ChannelName|",
  /** ARN of a liveSource resource: arn:${Partition}:mediatailor:${Region}:${Account}:liveSource/${SourceLocationName}/${LiveSourceName}. */
  liveSource:
    "|,liveSource|arn:|Partition|:mediatailor:|Region|:|Account|:liveSource/|SourceLocationName|/|LiveSourceName|",
  /** ARN of a playbackConfiguration resource: arn:${Partition}:mediatailor:${Region}:${Account}:playbackConfiguration/${ResourceId}. */
  playbackConfiguration:
    "|,playbackConfiguration|arn:|Partition|:mediatailor:|Region|:|Account|:playbackConfiguration/|ResourceId|",
  /** ARN of a prefetchSchedule resource: arn:${Partition}:mediatailor:${Region}:${Account}:prefetchSchedule/${ResourceId}. */
  prefetchSchedule: "|,prefetchSchedule|arn:|Partition|:mediatailor:|Region|:|Account|:prefetchSchedule/|ResourceId|",
  /** ARN of a program resource: arn:${Partition}:mediatailor:${Region}:${Account}:program/${ChannelName}/${ProgramName}. */
  program: "|,program|arn:|Partition|:mediatailor:|Region|:|Account|:program/|ChannelName|/|ProgramName|",
  /** ARN of a sourceLocation resource: arn:${Partition}:mediatailor:${Region}:${Account}:sourceLocation/${SourceLocationName}. */
  sourceLocation: "|,sourceLocation|arn:|Partition|:mediatailor:|Region|:|Account|:sourceLocation/|SourceLocationName|",
  /** ARN of a vodSource resource: arn:${Partition}:mediatailor:${Region}:${Account}:vodSource/${SourceLocationName}/${VodSourceName}. */
  vodSource:
    "|,vodSource|arn:|Partition|:mediatailor:|Region|:|Account|:vodSource/|SourceLocationName|/|VodSourceName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "channel",
  "liveSource",
  "playbackConfiguration",
  "prefetchSchedule",
  "program",
  "sourceLocation",
  "vodSource",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "mediatailor">;
/** Any mediatailor action. */
export type Action = ActionOf<typeof actionFacts, "mediatailor">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "mediatailor">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "mediatailor" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every mediatailor action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "mediatailor",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
