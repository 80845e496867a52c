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
export const prefix: "thinclient" = "thinclient";
/** The service's name in the reference. */
export const serviceName: "Amazon WorkSpaces Thin Client" = "Amazon WorkSpaces Thin Client";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon WorkSpaces Thin Client",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonworkspacesthinclient.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [
  "appstream:DescribeStacks",
  "workspaces-web:GetPortal",
  "workspaces-web:GetUserSettings",
  "workspaces:DescribeWorkspaceDirectories",
] as const;
const actionFacts = {
  /** Grants permission to create environments. Access level: Write. https://docs.aws.amazon.com/workspaces-thin-client/latest/api/API_CreateEnvironment.html */
  CreateEnvironment: "W||||0,1,2|0,iam:CreateServiceLinkedRole,thinclient:TagResource,1,2,3|;",
  /** Grants permission to delete devices. Access level: Write. Resources: device*. https://docs.aws.amazon.com/workspaces-thin-client/latest/api/API_DeleteDevice.html */
  DeleteDevice: "W|||0;1;|1||;",
  /** Grants permission to delete environments. Access level: Write. Resources: environment*. https://docs.aws.amazon.com/workspaces-thin-client/latest/api/API_DeleteEnvironment.html */
  DeleteEnvironment: "W|||1;1;|1||;",
  /** Grants permission to deregister devices. Access level: Write. Resources: device*. https://docs.aws.amazon.com/workspaces-thin-client/latest/api/API_DeregisterDevice.html */
  DeregisterDevice: "W|||0;1;|1||;",
  /** Grants permission to get devices. Access level: Read. Resources: device*. https://docs.aws.amazon.com/workspaces-thin-client/latest/api/API_GetDevice.html */
  GetDevice: "R|||0;1;|1||;",
  /** Grants permission to get details of devices. Access level: Read. Resources: device*. Permission only. ${APIReferenceDocPage} */
  GetDeviceDetails: "R||1|0;1;|1||",
  /** Grants permission to get details of environments. Access level: Read. Resources: environment*. https://docs.aws.amazon.com/workspaces-thin-client/latest/api/API_GetEnvironment.html */
  GetEnvironment: "R|||1;1;|1||;",
  /** Grants permission to get details of software sets. Access level: Read. Resources: softwareset*. https://docs.aws.amazon.com/workspaces-thin-client/latest/api/API_GetSoftwareSet.html */
  GetSoftwareSet: "R|||2;1;|1||;",
  /** Grants permission to list device sessions. Access level: List. Resources: device*. Permission only. ${APIReferenceDocPage} */
  ListDeviceSessions: "L||1|0;1;|1||",
  /** Grants permission to list devices. Access level: List. https://docs.aws.amazon.com/workspaces-thin-client/latest/api/API_ListDevices.html */
  ListDevices: "L||||||;",
  /** Grants permission to list environments. Access level: List. https://docs.aws.amazon.com/workspaces-thin-client/latest/api/API_ListEnvironments.html */
  ListEnvironments: "L||||||;",
  /** Grants permission to list software sets. Access level: List. https://docs.aws.amazon.com/workspaces-thin-client/latest/api/API_ListSoftwareSets.html */
  ListSoftwareSets: "L||||||;",
  /** Grants permission to list tags for a resource. Access level: List. Resources: device, environment, softwareset. https://docs.aws.amazon.com/workspaces-thin-client/latest/api/API_ListTagsForResource.html */
  ListTagsForResource: "L|||0;0;,1;0;,2;0;|1||;",
  /** Grants permission to add one or more tags to a resource. Access level: Tagging. Resources: device, environment, softwareset. https://docs.aws.amazon.com/workspaces-thin-client/latest/api/API_TagResource.html */
  TagResource: "T|||0;0;,1;0;,2;0;|0,1,2||CreateEnvironment,;",
  /** Grants permission to remove one or more tags from a resource. Access level: Tagging. Resources: device, environment, softwareset. https://docs.aws.amazon.com/workspaces-thin-client/latest/api/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;|1,2||;",
  /** Grants permission to update devices. Access level: Write. Resources: device*. https://docs.aws.amazon.com/workspaces-thin-client/latest/api/API_UpdateDevice.html */
  UpdateDevice: "W|||0;1;|1||;",
  /** Grants permission to update environments. Access level: Write. Resources: environment*. https://docs.aws.amazon.com/workspaces-thin-client/latest/api/API_UpdateEnvironment.html */
  UpdateEnvironment: "W|||1;1;|1|0,1,2,3|",
  /** Grants permission to update software set. Access level: Write. Resources: softwareset*. https://docs.aws.amazon.com/workspaces-thin-client/latest/api/API_UpdateSoftwareSet.html */
  UpdateSoftwareSet: "W|||2;1;|1||;",
} as const;
const actionDetails = {
  CreateEnvironment: "|,;~~~|Grants permission to create environments",
  DeleteDevice: "|,;~~~|Grants permission to delete devices",
  DeleteEnvironment: "|,;~~~|Grants permission to delete environments",
  DeregisterDevice: "|,;~~~|Grants permission to deregister devices",
  GetDevice: "|,;~~~|Grants permission to get devices",
  GetDeviceDetails: "|,;~|Grants permission to get details of devices",
  GetEnvironment: "|,;~~~|Grants permission to get details of environments",
  GetSoftwareSet: "|,;~~~|Grants permission to get details of software sets",
  ListDeviceSessions: "|,;~|Grants permission to list device sessions",
  ListDevices: "|,;~~~|Grants permission to list devices",
  ListEnvironments: "|,;~~~|Grants permission to list environments",
  ListSoftwareSets: "|,;~~~|Grants permission to list software sets",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for a resource",
  TagResource: "|,;~~~,~~|Grants permission to add one or more tags to a resource",
  UntagResource: "|,;~~~|Grants permission to remove one or more tags from a resource",
  UpdateDevice: "|,;~~~|Grants permission to update devices",
  UpdateEnvironment: "|,;~|Grants permission to update environments",
  UpdateSoftwareSet: "|,;~~~|Grants permission to update software set",
};
const resourceTypeFacts = {
  /** The device resource type: arn:${Partition}:thinclient:${Region}:${Account}:device/${DeviceId} */
  device: "|,|1",
  /** The environment resource type: arn:${Partition}:thinclient:${Region}:${Account}:environment/${EnvironmentId} */
  environment: "|,|1",
  /** The softwareset resource type: arn:${Partition}:thinclient:${Region}:${Account}:softwareset/${SoftwareSetId} */
  softwareset: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a device resource: arn:${Partition}:thinclient:${Region}:${Account}:device/${DeviceId}. */
  device: "|,device|arn:|Partition|:thinclient:|Region|:|Account|:device/|DeviceId|",
  /** ARN of a environment resource: arn:${Partition}:thinclient:${Region}:${Account}:environment/${EnvironmentId}. */
  environment: "|,environment|arn:|Partition|:thinclient:|Region|:|Account|:environment/|EnvironmentId|",
  /** ARN of a softwareset resource: arn:${Partition}:thinclient:${Region}:${Account}:softwareset/${SoftwareSetId}. */
  softwareset: "|,softwareset|arn:|Partition|:thinclient:|Region|:|Account|:softwareset/|SoftwareSetId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["device", "environment", "softwareset"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "thinclient">;
/** Any thinclient action. */
export type Action = ActionOf<typeof actionFacts, "thinclient">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "thinclient">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "workspaces-thin-client" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every thinclient action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the tags that are passed in the request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by the tags that are passed in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by the tags associated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the tag keys that are passed in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "thinclient",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
