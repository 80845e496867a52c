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
export const prefix: "workspaces-instances" = "workspaces-instances";
/** The service's name in the reference. */
export const serviceName: "AWS WorkSpaces Managed Instances" = "AWS WorkSpaces Managed Instances";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS WorkSpaces Managed Instances",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsworkspacesmanagedinstances.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["ec2:DescribeVolumes"] as const;
const actionFacts = {
  /** Grants permission to associate a workspace managed volume to a workspace managed instance in your account. Access level: Write. Resources: WorkspaceInstanceId*. https://docs.aws.amazon.com/workspaces/latest/api/API_AssociateVolume.html */
  AssociateVolume: "W|||1;1;||ec2:AttachVolume,0|;",
  /** Grants permission to create a workspace managed volume in your account. Access level: Write. https://docs.aws.amazon.com/workspaces/latest/api/API_CreateVolume.html */
  CreateVolume: "W|||||ec2:CreateVolume|;",
  /** Grants permission to create a workspace managed instance in your account. Access level: Write. https://docs.aws.amazon.com/workspaces/latest/api/API_CreateWorkspaceInstance.html */
  CreateWorkspaceInstance: "W||||0,2|ec2:DescribeInstances,ec2:RunInstances,workspaces-instances:TagResource|;",
  /** Grants permission to delete a workspace managed volume in your account. Access level: Write. Resources: VolumeId*. https://docs.aws.amazon.com/workspaces/latest/api/API_DeleteVolume.html */
  DeleteVolume: "W|||0;1;||ec2:DeleteVolume,0|;",
  /** Grants permission to delete a workspace managed instance in your account. Access level: Write. Resources: WorkspaceInstanceId*. https://docs.aws.amazon.com/workspaces/latest/api/API_DeleteWorkspaceInstance.html */
  DeleteWorkspaceInstance: "W|||1;1;||ec2:TerminateInstances|;",
  /** Grants permission to disassociate a workspace managed volume from a workspace managed instance in your account. Access level: Write. Resources: WorkspaceInstanceId*. https://docs.aws.amazon.com/workspaces/latest/api/API_DisassociateVolume.html */
  DisassociateVolume: "W|||1;1;||0,ec2:DetachVolume|;",
  /** Grants permission to get details for a specific workspace managed instance in your account. Access level: Read. Resources: WorkspaceInstanceId*. https://docs.aws.amazon.com/workspaces/latest/api/API_GetWorkspaceInstance.html */
  GetWorkspaceInstance: "R|||1;1;|||;",
  /** Grants permission to list all supported instance types. Access level: List. https://docs.aws.amazon.com/workspaces/latest/api/API_ListInstanceTypes.html */
  ListInstanceTypes: "L||||||;",
  /** Grants permission to list all supported AWS regions. Access level: List. https://docs.aws.amazon.com/workspaces/latest/api/API_ListRegions.html */
  ListRegions: "L||||||;",
  /** Grants permission to list user tags for resources in your account. Access level: List. Resources: WorkspaceInstanceId*. https://docs.aws.amazon.com/workspaces/latest/api/API_ListTagsForResource.html */
  ListTagsForResource: "L|||1;1;|||;",
  /** Grants permission to list workspace managed instances in your account. Access level: List. https://docs.aws.amazon.com/workspaces/latest/api/API_ListWorkspaceInstances.html */
  ListWorkspaceInstances: "L||||||;",
  /** Grants permission to add user tags to resources in your account. Access level: Tagging. Resources: WorkspaceInstanceId*. https://docs.aws.amazon.com/workspaces/latest/api/API_TagResource.html */
  TagResource: "T|||1;1;|0,2||CreateWorkspaceInstance,;",
  /** Grants permission to remove user tags from resources in your account. Access level: Tagging. Resources: WorkspaceInstanceId*. https://docs.aws.amazon.com/workspaces/latest/api/API_UntagResource.html */
  UntagResource: "T|||1;1;|2||;",
} as const;
const actionDetails = {
  AssociateVolume:
    "|,;~~~|Grants permission to associate a workspace managed volume to a workspace managed instance in your account",
  CreateVolume: "|,;~~~|Grants permission to create a workspace managed volume in your account",
  CreateWorkspaceInstance: "|,;~~~|Grants permission to create a workspace managed instance in your account",
  DeleteVolume: "|,;~~~|Grants permission to delete a workspace managed volume in your account",
  DeleteWorkspaceInstance: "|,;~~~|Grants permission to delete a workspace managed instance in your account",
  DisassociateVolume:
    "|,;~~~|Grants permission to disassociate a workspace managed volume from a workspace managed instance in your account",
  GetWorkspaceInstance:
    "|,;~~~|Grants permission to get details for a specific workspace managed instance in your account",
  ListInstanceTypes: "|,;~~~|Grants permission to list all supported instance types",
  ListRegions: "|,;~~~|Grants permission to list all supported AWS regions",
  ListTagsForResource: "|,;~~~|Grants permission to list user tags for resources in your account",
  ListWorkspaceInstances: "|,;~~~|Grants permission to list workspace managed instances in your account",
  TagResource: "|,;~~~,~~|Grants permission to add user tags to resources in your account",
  UntagResource: "|,;~~~|Grants permission to remove user tags from resources in your account",
};
const resourceTypeFacts = {
  /** The VolumeId resource type: arn:${Partition}:ec2:${Region}:${Account}:volume/${VolumeId} */
  VolumeId: "|,volumeId|1",
  /** The WorkspaceInstanceId resource type: arn:${Partition}:workspaces-instances:${Region}:${Account}:workspaceinstance/${WorkspaceInstanceId} */
  WorkspaceInstanceId: "|,workspaceInstanceId|1",
} as const;
const arnFormats = {
  /** ARN of a VolumeId resource: arn:${Partition}:ec2:${Region}:${Account}:volume/${VolumeId}. */
  volumeId: "|,VolumeId|arn:|Partition|:ec2:|Region|:|Account|:volume/|VolumeId|",
  /** ARN of a WorkspaceInstanceId resource: arn:${Partition}:workspaces-instances:${Region}:${Account}:workspaceinstance/${WorkspaceInstanceId}. */
  workspaceInstanceId:
    "|,WorkspaceInstanceId|arn:|Partition|:workspaces-instances:|Region|:|Account|:workspaceinstance/|WorkspaceInstanceId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["VolumeId", "WorkspaceInstanceId"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "workspaces-instances">;
/** Any workspaces-instances action. */
export type Action = ActionOf<typeof actionFacts, "workspaces-instances">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "workspaces-instances">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "workspaces-instances" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every workspaces-instances action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access based on the tags that are passed in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access based on the tags associated with the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access based on the tag keys that are passed in the request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access based on the tags that are passed in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access based on the tags associated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access based on the tag keys that are passed in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "workspaces-instances",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
