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
export const prefix: "ds-data" = "ds-data";
/** The service's name in the reference. */
export const serviceName: "AWS Directory Service Data" = "AWS Directory Service Data";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Directory Service Data",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsdirectoryservicedata.html",
  },
];
const conditionKeyList = [
  "aws:ResourceTag/${TagKey}",
  "ds-data:Identifier",
  "ds-data:MemberName",
  "ds-data:MemberRealm",
  "ds-data:Realm",
  "ds-data:SAMAccountName",
] as const;
const dependentActionList = ["ds:AccessDSData"] as const;
const actionFacts = {
  /** Grants permission to add a member to a group on a directory. Access level: Write. Resources: directory*. https://docs.aws.amazon.com/directoryservicedata/latest/DirectoryServiceDataAPIReference/API_AddGroupMember.html */
  AddGroupMember: "W|||0;1;|1,2,3,4,5|0|;",
  /** Grants permission to create a group on a directory. Access level: Write. Resources: directory*. https://docs.aws.amazon.com/directoryservicedata/latest/DirectoryServiceDataAPIReference/API_CreateGroup.html */
  CreateGroup: "W|||0;1;|1,4,5|0|;",
  /** Grants permission to create a user on a directory. Access level: Write. Resources: directory*. https://docs.aws.amazon.com/directoryservicedata/latest/DirectoryServiceDataAPIReference/API_CreateUser.html */
  CreateUser: "W|||0;1;|1,4,5|0|;",
  /** Grants permission to delete a group on a directory. Access level: Write. Resources: directory*. https://docs.aws.amazon.com/directoryservicedata/latest/DirectoryServiceDataAPIReference/API_DeleteGroup.html */
  DeleteGroup: "W|||0;1;|1,4,5|0|;",
  /** Grants permission to delete a user on a directory. Access level: Write. Resources: directory*. https://docs.aws.amazon.com/directoryservicedata/latest/DirectoryServiceDataAPIReference/API_DeleteUser.html */
  DeleteUser: "W|||0;1;|1,4,5|0|;",
  /** Grants permission to describe a group on a directory. Access level: Read. Resources: directory*. https://docs.aws.amazon.com/directoryservicedata/latest/DirectoryServiceDataAPIReference/API_DescribeGroup.html */
  DescribeGroup: "R|||0;1;|1,4,5|0|;,SearchGroups",
  /** Grants permission to describe a user on a directory. Access level: Read. Resources: directory*. https://docs.aws.amazon.com/directoryservicedata/latest/DirectoryServiceDataAPIReference/API_DescribeUser.html */
  DescribeUser: "R|||0;1;|1,4,5|0|;,SearchUsers",
  /** Grants permission to disable a user on a directory. Access level: Write. Resources: directory*. https://docs.aws.amazon.com/directoryservicedata/latest/DirectoryServiceDataAPIReference/API_DisableUser.html */
  DisableUser: "W|||0;1;|1,4,5|0|;",
  /** Grants permission to list members in a group on a directory. Access level: List. Resources: directory*. https://docs.aws.amazon.com/directoryservicedata/latest/DirectoryServiceDataAPIReference/API_ListGroupMembers.html */
  ListGroupMembers: "L|||0;1;|1,3,4,5|0|;",
  /** Grants permission to list groups on a directory. Access level: List. Resources: directory*. https://docs.aws.amazon.com/directoryservicedata/latest/DirectoryServiceDataAPIReference/API_ListGroups.html */
  ListGroups: "L|||0;1;|4|0|;",
  /** Grants permission to list the groups that a member is in on a directory. Access level: List. Resources: directory*. https://docs.aws.amazon.com/directoryservicedata/latest/DirectoryServiceDataAPIReference/API_ListGroupsForMember.html */
  ListGroupsForMember: "L|||0;1;|1,3,4,5|0|;",
  /** Grants permission to list users on a directory. Access level: List. Resources: directory*. https://docs.aws.amazon.com/directoryservicedata/latest/DirectoryServiceDataAPIReference/API_ListUsers.html */
  ListUsers: "L|||0;1;|4|0|;",
  /** Grants permission to remove a member from a group on a directory. Access level: Write. Resources: directory*. https://docs.aws.amazon.com/directoryservicedata/latest/DirectoryServiceDataAPIReference/API_RemoveGroupMember.html */
  RemoveGroupMember: "W|||0;1;|1,2,3,4,5|0|;",
  /** Grants permission to search for groups on a directory. Access level: Read. Resources: directory*. https://docs.aws.amazon.com/directoryservicedata/latest/DirectoryServiceDataAPIReference/API_SearchGroups.html */
  SearchGroups: "R|||0;1;|4|ds-data:DescribeGroup,0|;",
  /** Grants permission to search for users on a directory. Access level: Read. Resources: directory*. https://docs.aws.amazon.com/directoryservicedata/latest/DirectoryServiceDataAPIReference/API_SearchUsers.html */
  SearchUsers: "R|||0;1;|4|ds-data:DescribeUser,0|;",
  /** Grants permission to update a group on a directory. Access level: Write. Resources: directory*. https://docs.aws.amazon.com/directoryservicedata/latest/DirectoryServiceDataAPIReference/API_UpdateGroup.html */
  UpdateGroup: "W|||0;1;|1,4,5|0|;",
  /** Grants permission to update a user on a directory. Access level: Write. Resources: directory*. https://docs.aws.amazon.com/directoryservicedata/latest/DirectoryServiceDataAPIReference/API_UpdateUser.html */
  UpdateUser: "W|||0;1;|1,4,5|0|;",
} as const;
const actionDetails = {
  AddGroupMember: "|,;~~~|Grants permission to add a member to a group on a directory",
  CreateGroup: "|,;~~~|Grants permission to create a group on a directory",
  CreateUser: "|,;~~~|Grants permission to create a user on a directory",
  DeleteGroup: "|,;~~~|Grants permission to delete a group on a directory",
  DeleteUser: "|,;~~~|Grants permission to delete a user on a directory",
  DescribeGroup: "|,;~~~,~~|Grants permission to describe a group on a directory",
  DescribeUser: "|,;~~~,~~|Grants permission to describe a user on a directory",
  DisableUser: "|,;~~~|Grants permission to disable a user on a directory",
  ListGroupMembers: "|,;~~~|Grants permission to list members in a group on a directory",
  ListGroups: "|,;~~~|Grants permission to list groups on a directory",
  ListGroupsForMember: "|,;~~~|Grants permission to list the groups that a member is in on a directory",
  ListUsers: "|,;~~~|Grants permission to list users on a directory",
  RemoveGroupMember: "|,;~~~|Grants permission to remove a member from a group on a directory",
  SearchGroups: "|,;~~~|Grants permission to search for groups on a directory",
  SearchUsers: "|,;~~~|Grants permission to search for users on a directory",
  UpdateGroup: "|,;~~~|Grants permission to update a group on a directory",
  UpdateUser: "|,;~~~|Grants permission to update a user on a directory",
};
const resourceTypeFacts = {
  /** The directory resource type: arn:${Partition}:ds:${Region}:${Account}:directory/${DirectoryId} */
  directory: "|,|0",
} as const;
const arnFormats = {
  /** ARN of a directory resource: arn:${Partition}:ds:${Region}:${Account}:directory/${DirectoryId}. */
  directory: "|,directory|arn:|Partition|:ds:|Region|:|Account|:directory/|DirectoryId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["directory"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "ds-data">;
/** Any ds-data action. */
export type Action = ActionOf<typeof actionFacts, "ds-data">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "ds-data">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "ds-data" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every ds-data action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the AWS DS Resource being acted upon. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the type of identifier provided in the request (i.e. SAM Account Name). */
  "ds-data:Identifier": "String";
  /** Filters access by the directory SAM Account Name included in the MemberName input of the request. */
  "ds-data:MemberName": "String";
  /** Filters access by the directory realm name included in the MemberRealm input of the request. */
  "ds-data:MemberRealm": "String";
  /** Filters access by the directory realm name for the request. */
  "ds-data:Realm": "String";
  /** Filters access by the directory SAM Account Name included in the SAMAccountName input of the request. */
  "ds-data:SAMAccountName": "String";
}

/** Condition key -> value type. */
export type ConditionKeys = ConditionKeysOf<ConditionKeyTypes>;

/** Condition key with a placeholder, as the reference writes it -> its template-literal key. */
export interface ConditionKeyPatterns {
  /** aws:ResourceTag/${TagKey} */
  "aws:ResourceTag/${TagKey}": `aws:ResourceTag/${string}`;
}

/** A condition key as the reference writes it. */
export type ConditionKeyName = (typeof conditionKeyList)[number];
/** Condition key -> description, types, deprecation. */
export type ConditionKeyInfos = { readonly [K in ConditionKeyName]: ConditionKeyInfo };
const conditionKeyRows: { readonly [K in ConditionKeyName]: string } = {
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by the AWS DS Resource being acted upon",
  "ds-data:Identifier":
    "|,String|0||Filters access by the type of identifier provided in the request (i.e. SAM Account Name)",
  "ds-data:MemberName":
    "|,String|0||Filters access by the directory SAM Account Name included in the MemberName input of the request",
  "ds-data:MemberRealm":
    "|,String|0||Filters access by the directory realm name included in the MemberRealm input of the request",
  "ds-data:Realm": "|,String|0||Filters access by the directory realm name for the request",
  "ds-data:SAMAccountName":
    "|,String|0||Filters access by the directory SAM Account Name included in the SAMAccountName input of the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "ds-data",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
