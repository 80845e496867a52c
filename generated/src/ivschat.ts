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
export const prefix: "ivschat" = "ivschat";
/** The service's name in the reference. */
export const serviceName: "Amazon Interactive Video Service Chat" = "Amazon Interactive Video Service Chat";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Interactive Video Service Chat",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoninteractivevideoservicechat.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["ivschat:TagResource"] as const;
const actionFacts = {
  /** Grants permission to create an encrypted token that is used to establish an individual WebSocket connection to a room. Access level: Write. Resources: Room*. https://docs.aws.amazon.com/ivs/latest/ChatAPIReference/API_CreateChatToken.html */
  CreateChatToken: "W|||1;1;|0,2||;",
  /** Grants permission to create a logging configuration that allows clients to record room messages. Access level: Write. Resources: Logging-Configuration*. https://docs.aws.amazon.com/ivs/latest/ChatAPIReference/API_CreateLoggingConfiguration.html */
  CreateLoggingConfiguration: "W|||0;1;|0,2|0|;",
  /** Grants permission to create a room that allows clients to connect and pass messages. Access level: Write. Resources: Room*. https://docs.aws.amazon.com/ivs/latest/ChatAPIReference/API_CreateRoom.html */
  CreateRoom: "W|||1;1;|0,2|0|;",
  /** Grants permission to delete the logging configuration for a specified logging configuration ARN. Access level: Write. Resources: Logging-Configuration*. https://docs.aws.amazon.com/ivs/latest/ChatAPIReference/API_DeleteLoggingConfiguration.html */
  DeleteLoggingConfiguration: "W|||0;1;|||;",
  /** Grants permission to send an event to a specific room which directs clients to delete a specific message. Access level: Write. Resources: Room*. https://docs.aws.amazon.com/ivs/latest/ChatAPIReference/API_DeleteMessage.html */
  DeleteMessage: "W|||1;1;|||;",
  /** Grants permission to delete the room for a specified room ARN. Access level: Write. Resources: Room*. https://docs.aws.amazon.com/ivs/latest/ChatAPIReference/API_DeleteRoom.html */
  DeleteRoom: "W|||1;1;|||;",
  /** Grants permission to disconnect all connections using a specified user ID from a room. Access level: Write. Resources: Room*. https://docs.aws.amazon.com/ivs/latest/ChatAPIReference/API_DisconnectUser.html */
  DisconnectUser: "W|||1;1;|||;",
  /** Grants permission to get the logging configuration for a specified logging configuration ARN. Access level: Read. Resources: Logging-Configuration*. https://docs.aws.amazon.com/ivs/latest/ChatAPIReference/API_GetLoggingConfiguration.html */
  GetLoggingConfiguration: "R|||0;1;|||;",
  /** Grants permission to get the room configuration for a specified room ARN. Access level: Read. Resources: Room*. https://docs.aws.amazon.com/ivs/latest/ChatAPIReference/API_GetRoom.html */
  GetRoom: "R|||1;1;|||;",
  /** Grants permission to get summary information about logging configurations. Access level: List. Resources: Logging-Configuration*. https://docs.aws.amazon.com/ivs/latest/ChatAPIReference/API_ListLoggingConfigurations.html */
  ListLoggingConfigurations: "L|||0;1;|||;",
  /** Grants permission to get summary information about rooms. Access level: List. Resources: Room*. https://docs.aws.amazon.com/ivs/latest/ChatAPIReference/API_ListRooms.html */
  ListRooms: "L|||1;1;|||;",
  /** Grants permission to get information about the tags for a specified ARN. Access level: Read. Resources: Room. https://docs.aws.amazon.com/ivs/latest/ChatAPIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||1;0;|0,2||;",
  /** Grants permission to send an event to a room. Access level: Write. Resources: Room*. https://docs.aws.amazon.com/ivs/latest/ChatAPIReference/API_SendEvent.html */
  SendEvent: "W|||1;1;|||;",
  /** Grants permission to add or update tags for a resource with a specified ARN. Access level: Tagging. Resources: Logging-Configuration, Room. https://docs.aws.amazon.com/ivs/latest/ChatAPIReference/API_TagResource.html */
  TagResource: "T|||0;0;,1;0;|0,2||CreateLoggingConfiguration,CreateRoom,;",
  /** Grants permission to remove tags for a resource with a specified ARN. Access level: Tagging. Resources: Logging-Configuration, Room. https://docs.aws.amazon.com/ivs/latest/ChatAPIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;|2||;",
  /** Grants permission to update the logging configuration for a specified logging configuration ARN. Access level: Write. Resources: Logging-Configuration*. https://docs.aws.amazon.com/ivs/latest/ChatAPIReference/API_UpdateLoggingConfiguration.html */
  UpdateLoggingConfiguration: "W|||0;1;|||;",
  /** Grants permission to update the room configuration for a specified room ARN. Access level: Write. Resources: Room*. https://docs.aws.amazon.com/ivs/latest/ChatAPIReference/API_UpdateRoom.html */
  UpdateRoom: "W|||1;1;|||;",
} as const;
const actionDetails = {
  CreateChatToken:
    "|,;~~~|Grants permission to create an encrypted token that is used to establish an individual WebSocket connection to a room",
  CreateLoggingConfiguration:
    "|,;~~~|Grants permission to create a logging configuration that allows clients to record room messages",
  CreateRoom: "|,;~~~|Grants permission to create a room that allows clients to connect and pass messages",
  DeleteLoggingConfiguration:
    "|,;~~~|Grants permission to delete the logging configuration for a specified logging configuration ARN",
  DeleteMessage:
    "|,;~~~|Grants permission to send an event to a specific room which directs clients to delete a specific message",
  DeleteRoom: "|,;~~~|Grants permission to delete the room for a specified room ARN",
  DisconnectUser: "|,;~~~|Grants permission to disconnect all connections using a specified user ID from a room",
  GetLoggingConfiguration:
    "|,;~~~|Grants permission to get the logging configuration for a specified logging configuration ARN",
  GetRoom: "|,;~~~|Grants permission to get the room configuration for a specified room ARN",
  ListLoggingConfigurations: "|,;~~~|Grants permission to get summary information about logging configurations",
  ListRooms: "|,;~~~|Grants permission to get summary information about rooms",
  ListTagsForResource: "|,;~~~|Grants permission to get information about the tags for a specified ARN",
  SendEvent: "|,;~~~|Grants permission to send an event to a room",
  TagResource: "|,;~~~,~~,~~|Grants permission to add or update tags for a resource with a specified ARN",
  UntagResource: "|,;~~~|Grants permission to remove tags for a resource with a specified ARN",
  UpdateLoggingConfiguration:
    "|,;~~~|Grants permission to update the logging configuration for a specified logging configuration ARN",
  UpdateRoom: "|,;~~~|Grants permission to update the room configuration for a specified room ARN",
};
const resourceTypeFacts = {
  /** The Logging-Configuration resource type: arn:${Partition}:ivschat:${Region}:${Account}:logging-configuration/${ResourceId} */
  "Logging-Configuration": "|,loggingConfiguration|1",
  /** The Room resource type: arn:${Partition}:ivschat:${Region}:${Account}:room/${ResourceId} */
  Room: "|,room|1",
} as const;
const arnFormats = {
  /** ARN of a Logging-Configuration resource: arn:${Partition}:ivschat:${Region}:${Account}:logging-configuration/${ResourceId}. */
  loggingConfiguration:
    "|,Logging-Configuration|arn:|Partition|:ivschat:|Region|:|Account|:logging-configuration/|ResourceId|",
  /** ARN of a Room resource: arn:${Partition}:ivschat:${Region}:${Account}:room/${ResourceId}. */
  room: "|,Room|arn:|Partition|:ivschat:|Region|:|Account|:room/|ResourceId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["Logging-Configuration", "Room"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "ivschat">;
/** Any ivschat action. */
export type Action = ActionOf<typeof actionFacts, "ivschat">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "ivschat">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "ivschat" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every ivschat action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the tags associated with the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by the tags associated with the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the tag keys that are passed in the request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by the tags associated with the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by the tags associated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the tag keys that are passed in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "ivschat",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
