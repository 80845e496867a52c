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
export const prefix: "gameliftstreams" = "gameliftstreams";
/** The service's name in the reference. */
export const serviceName: "Amazon GameLift Streams" = "Amazon GameLift Streams";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon GameLift Streams",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazongameliftstreams.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["gameliftstreams:TagResource"] as const;
const actionFacts = {
  /** Grants permission to attach a StreamGroup remote location. Access level: Write. Resources: stream group*. https://docs.aws.amazon.com/gameliftstreams/latest/apireference/API_AddStreamGroupLocations.html */
  AddStreamGroupLocations: "W|||1;1;||ec2:DescribeRegions|;",
  /** Grants permission to associate Applications to a StreamGroup. Access level: Write. Resources: application*, stream group*. https://docs.aws.amazon.com/gameliftstreams/latest/apireference/API_AssociateApplications.html */
  AssociateApplications: "W|||0;1;,1;1;|||;,CreateStreamGroup",
  /** Grants permission to create application. Access level: Write. https://docs.aws.amazon.com/gameliftstreams/latest/apireference/API_CreateApplication.html */
  CreateApplication: "W||||0,2|0,s3:GetObject,s3:ListBucket|;",
  /** Grants permission to create a StreamGroup. Access level: Write. https://docs.aws.amazon.com/gameliftstreams/latest/apireference/API_CreateStreamGroup.html */
  CreateStreamGroup: "W||||0,2|gameliftstreams:AssociateApplications,0|;",
  /** Grants permission to create a stream session connection. Access level: Write. Resources: stream group*. https://docs.aws.amazon.com/gameliftstreams/latest/apireference/API_CreateStreamSessionConnection.html */
  CreateStreamSessionConnection: "W|||1;1;|||;",
  /** Grants permission to delete an application. Access level: Write. Resources: application*. https://docs.aws.amazon.com/gameliftstreams/latest/apireference/API_DeleteApplication.html */
  DeleteApplication: "W|||0;1;|||;",
  /** Grants permission to delete a StreamGroup. Access level: Write. Resources: stream group*. https://docs.aws.amazon.com/gameliftstreams/latest/apireference/API_DeleteStreamGroup.html */
  DeleteStreamGroup: "W|||1;1;|||;",
  /** Grants permission to disassociate Applications from a StreamGroup. Access level: Write. Resources: application*, stream group*. https://docs.aws.amazon.com/gameliftstreams/latest/apireference/API_DisassociateApplications.html */
  DisassociateApplications: "W|||0;1;,1;1;|||;",
  /** Grants permission to export stream session files that your application generates. Access level: Write. Resources: stream group*. https://docs.aws.amazon.com/gameliftstreams/latest/apireference/API_ExportStreamSessionFiles.html */
  ExportStreamSessionFiles: "W|||1;1;||s3:PutObject|;",
  /** Grants permission to get an application. Access level: Read. Resources: application*. https://docs.aws.amazon.com/gameliftstreams/latest/apireference/API_GetApplication.html */
  GetApplication: "R|||0;1;|||;",
  /** Grants `permission` to get a StreamGroup. Access level: Read. Resources: stream group*. https://docs.aws.amazon.com/gameliftstreams/latest/apireference/API_GetStreamGroup.html */
  GetStreamGroup: "R|||1;1;|||;",
  /** Grants permission to get a stream session. Access level: Read. Resources: stream group*. https://docs.aws.amazon.com/gameliftstreams/latest/apireference/API_GetStreamSession.html */
  GetStreamSession: "R|||1;1;|||;",
  /** Grants permission to list applications. Access level: List. https://docs.aws.amazon.com/gameliftstreams/latest/apireference/API_ListApplications.html */
  ListApplications: "L||||||;",
  /** Grants permission to list StreamGroups. Access level: List. https://docs.aws.amazon.com/gameliftstreams/latest/apireference/API_ListStreamGroups.html */
  ListStreamGroups: "L||||||;",
  /** Grants permission to list stream sessions. Access level: Read. Resources: stream group*. https://docs.aws.amazon.com/gameliftstreams/latest/apireference/API_ListStreamSessions.html */
  ListStreamSessions: "R|||1;1;|||;",
  /** Grants permission to list stream sessions. Access level: Read. https://docs.aws.amazon.com/gameliftstreams/latest/apireference/API_ListStreamSessionsByAccount.html */
  ListStreamSessionsByAccount: "R||||||;",
  /** Grants permission to list tags for a resource. Access level: Read. Resources: application, stream group. https://docs.aws.amazon.com/gameliftstreams/latest/apireference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,1;0;|||;",
  /** Grants permission to detach a StreamGroup remote location. Access level: Write. Resources: stream group*. https://docs.aws.amazon.com/gameliftstreams/latest/apireference/API_RemoveStreamGroupLocations.html */
  RemoveStreamGroupLocations: "W|||1;1;|||;",
  /** Grants permission to create a stream session. Access level: Write. Resources: stream group*. https://docs.aws.amazon.com/gameliftstreams/latest/apireference/API_StartStreamSession.html */
  StartStreamSession: "W|||1;1;|||;",
  /** Grants permission to tag a resource. Access level: Tagging. Resources: application, stream group. https://docs.aws.amazon.com/gameliftstreams/latest/apireference/API_TagResource.html */
  TagResource: "T|||0;0;,1;0;|0,2||CreateApplication,CreateStreamGroup,;",
  /** Grants permission to terminate a stream session. Access level: Write. Resources: stream group*. https://docs.aws.amazon.com/gameliftstreams/latest/apireference/API_TerminateStreamSession.html */
  TerminateStreamSession: "W|||1;1;|||;",
  /** Grants permission to untag a resource. Access level: Tagging. Resources: application, stream group. https://docs.aws.amazon.com/gameliftstreams/latest/apireference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;|2||",
  /** Grants permission to update an application. Access level: Write. Resources: application*. https://docs.aws.amazon.com/gameliftstreams/latest/apireference/API_UpdateApplication.html */
  UpdateApplication: "W|||0;1;|||;",
  /** Grants permission to update a StreamGroup. Access level: Write. Resources: stream group*. https://docs.aws.amazon.com/gameliftstreams/latest/apireference/API_UpdateStreamGroup.html */
  UpdateStreamGroup: "W|||1;1;|||;",
} as const;
const actionDetails = {
  AddStreamGroupLocations: "|,;~~~|Grants permission to attach a StreamGroup remote location",
  AssociateApplications: "|,;~~~,~~|Grants permission to associate Applications to a StreamGroup",
  CreateApplication: "|,;~~~|Grants permission to create application",
  CreateStreamGroup: "|,;~~~|Grants permission to create a StreamGroup",
  CreateStreamSessionConnection: "|,;~~~|Grants permission to create a stream session connection",
  DeleteApplication: "|,;~~~|Grants permission to delete an application",
  DeleteStreamGroup: "|,;~~~|Grants permission to delete a StreamGroup",
  DisassociateApplications: "|,;~~~|Grants permission to disassociate Applications from a StreamGroup",
  ExportStreamSessionFiles: "|,;~~~|Grants permission to export stream session files that your application generates",
  GetApplication: "|,;~~~|Grants permission to get an application",
  GetStreamGroup: "|,;~~~|Grants `permission` to get a StreamGroup",
  GetStreamSession: "|,;~~~|Grants permission to get a stream session",
  ListApplications: "|,;~~~|Grants permission to list applications",
  ListStreamGroups: "|,;~~~|Grants permission to list StreamGroups",
  ListStreamSessions: "|,;~~~|Grants permission to list stream sessions",
  ListStreamSessionsByAccount: "|,;~~~|Grants permission to list stream sessions",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for a resource",
  RemoveStreamGroupLocations: "|,;~~~|Grants permission to detach a StreamGroup remote location",
  StartStreamSession: "|,;~~~|Grants permission to create a stream session",
  TagResource: "|,;~~~,~~,~~|Grants permission to tag a resource",
  TerminateStreamSession: "|,;~~~|Grants permission to terminate a stream session",
  UntagResource: "|,;~|Grants permission to untag a resource",
  UpdateApplication: "|,;~~~|Grants permission to update an application",
  UpdateStreamGroup: "|,;~~~|Grants permission to update a StreamGroup",
};
const resourceTypeFacts = {
  /** The application resource type: arn:${Partition}:gameliftstreams:${Region}:${Account}:application/${ApplicationId} */
  application: "|,|1",
  /** The stream group resource type: arn:${Partition}:gameliftstreams:${Region}:${Account}:streamgroup/${StreamGroupId} */
  "stream group": "|,streamGroup|1",
} as const;
const arnFormats = {
  /** ARN of a application resource: arn:${Partition}:gameliftstreams:${Region}:${Account}:application/${ApplicationId}. */
  application: "|,application|arn:|Partition|:gameliftstreams:|Region|:|Account|:application/|ApplicationId|",
  /** ARN of a stream group resource: arn:${Partition}:gameliftstreams:${Region}:${Account}:streamgroup/${StreamGroupId}. */
  streamGroup: "|,stream group|arn:|Partition|:gameliftstreams:|Region|:|Account|:streamgroup/|StreamGroupId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["application", "stream group"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "gameliftstreams">;
/** Any gameliftstreams action. */
export type Action = ActionOf<typeof actionFacts, "gameliftstreams">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "gameliftstreams">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "gameliftstreams" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every gameliftstreams action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the tags associated with the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by a list of tag keys that are allowed in the request. */
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
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by the tags associated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by a list of tag keys that are allowed in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "gameliftstreams",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
