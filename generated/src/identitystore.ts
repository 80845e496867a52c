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
export const prefix: "identitystore" = "identitystore";
/** The service's name in the reference. */
export const serviceName: "AWS Identity Store" = "AWS Identity Store";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Identity Store",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsidentitystore.html",
  },
];
const conditionKeyList = [
  "identitystore:GroupExternalIdIssuers",
  "identitystore:IdentityStoreArn",
  "identitystore:PrimaryRegion",
  "identitystore:ReservedUserId",
  "identitystore:UserExternalIdIssuers",
  "identitystore:UserId",
] as const;
const dependentActionList = [
  "kms:Decrypt",
  "kms:DescribeKey",
  "kms:Encrypt",
  "kms:GenerateDataKeyWithoutPlaintext",
  "sso-directory:ListGroupsForMember",
  "sso-directory:ListGroupsForUser",
] as const;
const actionFacts = {
  /** Grants permission to add a region to an IdentityStore. Access level: Write. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  AddRegion: "W|||||0|",
  /** Grants permission to create a group in the specified IdentityStore. Access level: Write. Resources: Identitystore*. https://docs.aws.amazon.com/singlesignon/latest/IdentityStoreAPIReference/API_CreateGroup.html */
  CreateGroup: "W|||5;1;|0,2|0,sso-directory:CreateGroup|;",
  /** Grants permission to create a member to a group in the specified IdentityStore. Access level: Write. Resources: Group*, Identitystore*, User*. https://docs.aws.amazon.com/singlesignon/latest/IdentityStoreAPIReference/API_CreateGroupMembership.html */
  CreateGroupMembership: "W|||3;1;,5;1;,6;1;|2|0,sso-directory:AddMemberToGroup|;",
  /** Grants permission to create a new IdentityStore in an AWS account. Access level: Write. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  CreateIdentityStore: "W|||||0,1,2,3|",
  /** Grants permission to create a user in the specified IdentityStore. Access level: Write. Resources: Identitystore*. https://docs.aws.amazon.com/singlesignon/latest/IdentityStoreAPIReference/API_CreateUser.html */
  CreateUser: "W|||5;1;|2,3,4|0,sso-directory:CreateUser|;",
  /** Grants permission to delete a group in the specified IdentityStore. Access level: Write. Resources: Group*, Identitystore*. https://docs.aws.amazon.com/singlesignon/latest/IdentityStoreAPIReference/API_DeleteGroup.html */
  DeleteGroup: "W|||3;1;,5;1;|0,2|0,sso-directory:DeleteGroup|;",
  /** Grants permission to remove a member that is part of a group in the specified IdentityStore. Access level: Write. Resources: Group*, GroupMembership*, Identitystore*, User*. https://docs.aws.amazon.com/singlesignon/latest/IdentityStoreAPIReference/API_DeleteGroupMembership.html */
  DeleteGroupMembership: "W|||3;1;,4;1;,5;1;,6;1;|2|0,sso-directory:RemoveMemberFromGroup|;",
  /** Grants permission to delete an IdentityStore. Access level: Write. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  DeleteIdentityStore: "W||||||",
  /** Grants permission to delete a user in the specified IdentityStore. Access level: Write. Resources: Identitystore*, User*. https://docs.aws.amazon.com/singlesignon/latest/IdentityStoreAPIReference/API_DeleteUser.html */
  DeleteUser: "W|||5;1;,6;1;|2,4|0,sso-directory:DeleteUser|;",
  /** Grants permission to retrieve information about a group in the specified IdentityStore. Access level: Read. Resources: Group*, Identitystore*. https://docs.aws.amazon.com/singlesignon/latest/IdentityStoreAPIReference/API_DescribeGroup.html */
  DescribeGroup: "R|||3;1;,5;1;|0,2|0,sso-directory:DescribeGroup,sso-directory:DescribeGroups|;",
  /** Grants permission to retrieve information about a member that is part of a group in the specified IdentityStore. Access level: Read. Resources: Group*, GroupMembership*, Identitystore*, User*. https://docs.aws.amazon.com/singlesignon/latest/IdentityStoreAPIReference/API_DescribeGroupMembership.html */
  DescribeGroupMembership: "R|||3;1;,4;1;,5;1;,6;1;|2|0,4,5|;",
  /** Grants permission to retrieve configuration details for a specific IdentityStore region. Access level: Read. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  DescribeRegion: "R||||2|0|",
  /** Grants permission to retrieve information about user in the specified IdentityStore. Access level: Read. Resources: Identitystore*, User*. https://docs.aws.amazon.com/singlesignon/latest/IdentityStoreAPIReference/API_DescribeUser.html */
  DescribeUser: "R|||5;1;,6;1;|2,4|0,sso-directory:DescribeUser,sso-directory:DescribeUsers|;",
  /** Grants permission to retrieve ID information about group in the specified IdentityStore. Access level: Read. Resources: Group*, Identitystore*. https://docs.aws.amazon.com/singlesignon/latest/IdentityStoreAPIReference/API_GetGroupId.html */
  GetGroupId: "R|||3;1;,5;1;|2|0,sso-directory:GetGroupId|;",
  /** Grants permission to retrieve ID information of a member which is part of a group in the specified IdentityStore. Access level: Read. Resources: Group*, GroupMembership*, Identitystore*, User*. https://docs.aws.amazon.com/singlesignon/latest/IdentityStoreAPIReference/API_GetGroupMembershipId.html */
  GetGroupMembershipId: "R|||3;1;,4;1;,5;1;,6;1;|2|0,4,5|;",
  /** Grants permission to retrieves ID information about user in the specified IdentityStore. Access level: Read. Resources: Identitystore*, User*. https://docs.aws.amazon.com/singlesignon/latest/IdentityStoreAPIReference/API_GetUserId.html */
  GetUserId: "R|||5;1;,6;1;|2|0,sso-directory:GetUserId|;",
  /** Grants permission to check if a member is a part of groups in the specified IdentityStore. Access level: Read. Resources: AllGroupMemberships*, Group*, Identitystore*, User*. https://docs.aws.amazon.com/singlesignon/latest/IdentityStoreAPIReference/API_IsMemberInGroups.html */
  IsMemberInGroups: "R|||0;1;,3;1;,5;1;,6;1;|2|0,sso-directory:IsMemberInGroup,sso-directory:IsMemberInGroups|;",
  /** Grants permission to retrieve all members that are part of a group in the specified IdentityStore. Access level: List. Resources: AllGroupMemberships*, Group*, Identitystore*. https://docs.aws.amazon.com/singlesignon/latest/IdentityStoreAPIReference/API_ListGroupMemberships.html */
  ListGroupMemberships: "L|||0;1;,3;1;,5;1;|2|0,sso-directory:ListMembersInGroup|;",
  /** Grants permission to list groups of the target member in the specified IdentityStore. Access level: List. Resources: AllGroupMemberships*, Identitystore*, User*. https://docs.aws.amazon.com/singlesignon/latest/IdentityStoreAPIReference/API_ListGroupMembershipsForMember.html */
  ListGroupMembershipsForMember: "L|||0;1;,5;1;,6;1;|2|0,4,5|;",
  /** Grants permission to search for groups within the specified IdentityStore. Access level: List. Resources: AllGroups*, Identitystore*. https://docs.aws.amazon.com/singlesignon/latest/IdentityStoreAPIReference/API_ListGroups.html */
  ListGroups: "L|||1;1;,5;1;|0,2|0,sso-directory:ListGroups,sso-directory:SearchGroups|;",
  /** Grants permission to list all regions configured for an IdentityStore. Access level: List. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  ListRegions: "L||||2|0|",
  /** Grants permission to search for users in the specified IdentityStore. Access level: List. Resources: AllUsers*, Identitystore*. https://docs.aws.amazon.com/singlesignon/latest/IdentityStoreAPIReference/API_ListUsers.html */
  ListUsers: "L|||2;1;,5;1;|2,4|0,sso-directory:ListUsers,sso-directory:SearchUsers|;",
  /** Grants permission to remove a region from an IdentityStore. Access level: Write. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  RemoveRegion: "W|||||0|",
  /** Grants permission to reserve a user by getting a userId. Access level: Write. Resources: Identitystore*. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  ReserveUser: "W|||5;1;|2|0|",
  /** Grants permission to update information about a group in the specified IdentityStore. Access level: Write. Resources: Group*, Identitystore*. https://docs.aws.amazon.com/singlesignon/latest/IdentityStoreAPIReference/API_UpdateGroup.html */
  UpdateGroup: "W|||3;1;,5;1;|0,2|0,sso-directory:UpdateGroup,sso-directory:UpdateGroupDisplayName|;",
  /** Grants permission to update the configuration of an IdentityStore. Access level: Write. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  UpdateIdentityStore: "W|||||0,1,2,3|",
  /** Grants permission to update user information in the specified IdentityStore. Access level: Write. Resources: Identitystore*, User*. https://docs.aws.amazon.com/singlesignon/latest/IdentityStoreAPIReference/API_UpdateUser.html */
  UpdateUser: "W|||5;1;,6;1;|2,4|0,sso-directory:UpdateUser,sso-directory:UpdateUserName|;",
} as const;
const actionDetails = {
  AddRegion: "|,;~|Grants permission to add a region to an IdentityStore",
  CreateGroup: "|,;~~~|Grants permission to create a group in the specified IdentityStore",
  CreateGroupMembership: "|,;~~~|Grants permission to create a member to a group in the specified IdentityStore",
  CreateIdentityStore: "|,;~|Grants permission to create a new IdentityStore in an AWS account",
  CreateUser: "|,;~~~|Grants permission to create a user in the specified IdentityStore",
  DeleteGroup: "|,;~~~|Grants permission to delete a group in the specified IdentityStore",
  DeleteGroupMembership:
    "|,;~~~|Grants permission to remove a member that is part of a group in the specified IdentityStore",
  DeleteIdentityStore: "|,;~|Grants permission to delete an IdentityStore",
  DeleteUser: "|,;~~~|Grants permission to delete a user in the specified IdentityStore",
  DescribeGroup: "|,;~~~|Grants permission to retrieve information about a group in the specified IdentityStore",
  DescribeGroupMembership:
    "|,;~~~|Grants permission to retrieve information about a member that is part of a group in the specified IdentityStore",
  DescribeRegion: "|,;~|Grants permission to retrieve configuration details for a specific IdentityStore region",
  DescribeUser: "|,;~~~|Grants permission to retrieve information about user in the specified IdentityStore",
  GetGroupId: "|,;~~~|Grants permission to retrieve ID information about group in the specified IdentityStore",
  GetGroupMembershipId:
    "|,;~~~|Grants permission to retrieve ID information of a member which is part of a group in the specified IdentityStore",
  GetUserId: "|,;~~~|Grants permission to retrieves ID information about user in the specified IdentityStore",
  IsMemberInGroups: "|,;~~~|Grants permission to check if a member is a part of groups in the specified IdentityStore",
  ListGroupMemberships:
    "|,;~~~|Grants permission to retrieve all members that are part of a group in the specified IdentityStore",
  ListGroupMembershipsForMember:
    "|,;~~~|Grants permission to list groups of the target member in the specified IdentityStore",
  ListGroups: "|,;~~~|Grants permission to search for groups within the specified IdentityStore",
  ListRegions: "|,;~|Grants permission to list all regions configured for an IdentityStore",
  ListUsers: "|,;~~~|Grants permission to search for users in the specified IdentityStore",
  RemoveRegion: "|,;~|Grants permission to remove a region from an IdentityStore",
  ReserveUser: "|,;~|Grants permission to reserve a user by getting a userId",
  UpdateGroup: "|,;~~~|Grants permission to update information about a group in the specified IdentityStore",
  UpdateIdentityStore: "|,;~|Grants permission to update the configuration of an IdentityStore",
  UpdateUser: "|,;~~~|Grants permission to update user information in the specified IdentityStore",
};
const resourceTypeFacts = {
  /** The AllGroupMemberships resource type: arn:${Partition}:identitystore:::membership/* */
  AllGroupMemberships: "|,allGroupMemberships|",
  /** The AllGroups resource type: arn:${Partition}:identitystore:::group/* */
  AllGroups: "|,allGroups|",
  /** The AllUsers resource type: arn:${Partition}:identitystore:::user/* */
  AllUsers: "|,allUsers|",
  /** The Group resource type: arn:${Partition}:identitystore:::group/${GroupId} */
  Group: "|,group|",
  /** The GroupMembership resource type: arn:${Partition}:identitystore:::membership/${MembershipId} */
  GroupMembership: "|,groupMembership|",
  /** The Identitystore resource type: arn:${Partition}:identitystore::${Account}:identitystore/${IdentityStoreId} */
  Identitystore: "|,identitystore|",
  /** The User resource type: arn:${Partition}:identitystore:::user/${UserId} */
  User: "|,user|",
} as const;
const arnFormats = {
  /** ARN of a AllGroupMemberships resource: arn:${Partition}:identitystore:::membership/*. */
  allGroupMemberships: "|,AllGroupMemberships|arn:|Partition|:identitystore:::membership/*",
  /** ARN of a AllGroups resource: arn:${Partition}:identitystore:::group/*. */
  allGroups: "|,AllGroups|arn:|Partition|:identitystore:::group/*",
  /** ARN of a AllUsers resource: arn:${Partition}:identitystore:::user/*. */
  allUsers: "|,AllUsers|arn:|Partition|:identitystore:::user/*",
  /** ARN of a Group resource: arn:${Partition}:identitystore:::group/${GroupId}. */
  group: "|,Group|arn:|Partition|:identitystore:::group/|GroupId|",
  /** ARN of a GroupMembership resource: arn:${Partition}:identitystore:::membership/${MembershipId}. */
  groupMembership: "|,GroupMembership|arn:|Partition|:identitystore:::membership/|MembershipId|",
  /** ARN of a Identitystore resource: arn:${Partition}:identitystore::${Account}:identitystore/${IdentityStoreId}. */
  identitystore: "|,Identitystore|arn:|Partition|:identitystore::|Account|:identitystore/|IdentityStoreId|",
  /** ARN of a User resource: arn:${Partition}:identitystore:::user/${UserId}. */
  user: "|,User|arn:|Partition|:identitystore:::user/|UserId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "AllGroupMemberships",
  "AllGroups",
  "AllUsers",
  "Group",
  "GroupMembership",
  "Identitystore",
  "User",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "identitystore">;
/** Any identitystore action. */
export type Action = ActionOf<typeof actionFacts, "identitystore">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "identitystore">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "identitystore" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every identitystore action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by Issuer present in ExternalIds for Group resources. */
  "identitystore:GroupExternalIdIssuers": "ArrayOfARN";
  /** Filters access by Identity Store ARN. */
  "identitystore:IdentityStoreArn": "ARN";
  /** Filters access by Primary Region of Identity Store. */
  "identitystore:PrimaryRegion": "String";
  /** Filters access by a previously reserved User ID for CreateUser operation. */
  "identitystore:ReservedUserId": "String";
  /** Filters access by Issuer present in ExternalIds for User resources. */
  "identitystore:UserExternalIdIssuers": "ArrayOfARN";
  /** Filters access by Identity Store User ID. */
  "identitystore:UserId": "String";
}

/** Condition key -> value type. */
export type ConditionKeys = ConditionKeysOf<ConditionKeyTypes>;

/** Condition key with a placeholder, as the reference writes it -> its template-literal key. */
export interface ConditionKeyPatterns {}

/** A condition key as the reference writes it. */
export type ConditionKeyName = (typeof conditionKeyList)[number];
/** Condition key -> description, types, deprecation. */
export type ConditionKeyInfos = { readonly [K in ConditionKeyName]: ConditionKeyInfo };
const conditionKeyRows: { readonly [K in ConditionKeyName]: string } = {
  "identitystore:GroupExternalIdIssuers":
    "|,ArrayOfARN|0||Filters access by Issuer present in ExternalIds for Group resources",
  "identitystore:IdentityStoreArn": "|,ARN|0||Filters access by Identity Store ARN",
  "identitystore:PrimaryRegion": "|,String|0||Filters access by Primary Region of Identity Store",
  "identitystore:ReservedUserId":
    "|,String|0||Filters access by a previously reserved User ID for CreateUser operation",
  "identitystore:UserExternalIdIssuers":
    "|,ArrayOfARN|0||Filters access by Issuer present in ExternalIds for User resources",
  "identitystore:UserId": "|,String|0||Filters access by Identity Store User ID",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "identitystore",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
