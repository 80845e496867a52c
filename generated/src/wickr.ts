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
export const prefix: "wickr" = "wickr";
/** The service's name in the reference. */
export const serviceName: "AWS Wickr" = "AWS Wickr";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  { name: "AWS Wickr", url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awswickr.html" },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to batch create users in a Wickr network. Access level: Write. Resources: network*. https://docs.aws.amazon.com/wickr/latest/adminguide/security-iam.html */
  BatchCreateUser: "W|||0;1;|||;",
  /** Grants permission to batch delete users from a Wickr network. Access level: Write. Resources: network*. https://docs.aws.amazon.com/wickr/latest/adminguide/security-iam.html */
  BatchDeleteUser: "W|||0;1;|||;",
  /** Grants permission to batch lookup user unames in a Wickr network. Access level: Read. Resources: network*. https://docs.aws.amazon.com/wickr/latest/adminguide/security-iam.html */
  BatchLookupUserUname: "R|||0;1;|||;",
  /** Grants permission to batch reinvite users in a Wickr network. Access level: Write. Resources: network*. https://docs.aws.amazon.com/wickr/latest/adminguide/security-iam.html */
  BatchReinviteUser: "W|||0;1;|||;",
  /** Grants permission to batch reset devices for a user in a Wickr network. Access level: Write. Resources: network*. https://docs.aws.amazon.com/wickr/latest/adminguide/security-iam.html */
  BatchResetDevicesForUser: "W|||0;1;|||;",
  /** Grants permission to batch toggle user suspend status in a Wickr network. Access level: Write. Resources: network*. https://docs.aws.amazon.com/wickr/latest/adminguide/security-iam.html */
  BatchToggleUserSuspendStatus: "W|||0;1;|||;",
  /** Grants permission to create and manage Wickr networks. Access level: Write. Resources: network*. https://docs.aws.amazon.com/wickr/latest/adminguide/security-iam.html */
  CreateAdminSession: "W|||0;1;|||",
  /** Grants permission to create a bot in a Wickr network. Access level: Write. Resources: network*. https://docs.aws.amazon.com/wickr/latest/adminguide/security-iam.html */
  CreateBot: "W|||0;1;|||;",
  /** Grants permission to create a data retention bot in a Wickr network. Access level: Write. Resources: network*. https://docs.aws.amazon.com/wickr/latest/adminguide/security-iam.html */
  CreateDataRetentionBot: "W|||0;1;|||;",
  /** Grants permission to create a data retention bot challenge in a Wickr network. Access level: Write. Resources: network*. https://docs.aws.amazon.com/wickr/latest/adminguide/security-iam.html */
  CreateDataRetentionBotChallenge: "W|||0;1;|||;",
  /** Grants permission to create a new Wickr network. Access level: Write. Resources: network*. https://docs.aws.amazon.com/wickr/latest/adminguide/security-iam.html */
  CreateNetwork: "W|||0;1;|0,2|wickr:TagResource|;",
  /** Grants permission to create a security group in a Wickr network. Access level: Write. Resources: network*. https://docs.aws.amazon.com/wickr/latest/adminguide/security-iam.html */
  CreateSecurityGroup: "W|||0;1;|||;",
  /** Grants permission to delete a bot from a Wickr network. Access level: Write. Resources: network*. https://docs.aws.amazon.com/wickr/latest/adminguide/security-iam.html */
  DeleteBot: "W|||0;1;|||;",
  /** Grants permission to delete a data retention bot from a Wickr network. Access level: Write. Resources: network*. https://docs.aws.amazon.com/wickr/latest/adminguide/security-iam.html */
  DeleteDataRetentionBot: "W|||0;1;|||;",
  /** Grants permission to delete Wickr networks. Access level: Write. Resources: network*. https://docs.aws.amazon.com/wickr/latest/adminguide/security-iam.html */
  DeleteNetwork: "W|||0;1;|||;",
  /** Grants permission to delete a security group from a Wickr network. Access level: Write. Resources: network*. https://docs.aws.amazon.com/wickr/latest/adminguide/security-iam.html */
  DeleteSecurityGroup: "W|||0;1;|||;",
  /** Grants permission to get bot information in a Wickr network. Access level: Read. Resources: network*. https://docs.aws.amazon.com/wickr/latest/adminguide/security-iam.html */
  GetBot: "R|||0;1;|||;",
  /** Grants permission to get bot count for a Wickr network. Access level: Read. Resources: network*. https://docs.aws.amazon.com/wickr/latest/adminguide/security-iam.html */
  GetBotsCount: "R|||0;1;|||;",
  /** Grants permission to get data retention bot information in a Wickr network. Access level: Read. Resources: network*. https://docs.aws.amazon.com/wickr/latest/adminguide/security-iam.html */
  GetDataRetentionBot: "R|||0;1;|||;",
  /** Grants permission to get guest user history count for a Wickr network. Access level: Read. Resources: network*. https://docs.aws.amazon.com/wickr/latest/adminguide/security-iam.html */
  GetGuestUserHistoryCount: "R|||0;1;|||;",
  /** Grants permission to get details of a Wickr network. Access level: Read. Resources: network*. https://docs.aws.amazon.com/wickr/latest/adminguide/security-iam.html */
  GetNetwork: "R|||0;1;|||;",
  /** Grants permission to get network settings for a Wickr network. Access level: Read. Resources: network*. https://docs.aws.amazon.com/wickr/latest/adminguide/security-iam.html */
  GetNetworkSettings: "R|||0;1;|||;",
  /** Grants permission to get OIDC information for a Wickr network. Access level: Read. Resources: network*. https://docs.aws.amazon.com/wickr/latest/adminguide/security-iam.html */
  GetOidcInfo: "R|||0;1;|||;",
  /** Grants permission to retrieve the OpenTDF integration configuration for a Wickr network. Access level: Read. Resources: network*. https://docs.aws.amazon.com/wickr/latest/APIReference/API_GetOpentdfConfig.html */
  GetOpentdfConfig: "R|||0;1;|||;",
  /** Grants permission to get security group information in a Wickr network. Access level: Read. Resources: network*. https://docs.aws.amazon.com/wickr/latest/adminguide/security-iam.html */
  GetSecurityGroup: "R|||0;1;|||;",
  /** Grants permission to get information about a user in a Wickr network. Access level: Read. Resources: network*. https://docs.aws.amazon.com/wickr/latest/adminguide/security-iam.html */
  GetUser: "R|||0;1;|||;",
  /** Grants permission to get user count for a Wickr network. Access level: Read. Resources: network*. https://docs.aws.amazon.com/wickr/latest/adminguide/security-iam.html */
  GetUsersCount: "R|||0;1;|||;",
  /** Grants permission to list blocked guest users in a Wickr network. Access level: Read. Resources: network*. https://docs.aws.amazon.com/wickr/latest/adminguide/security-iam.html */
  ListBlockedGuestUsers: "R|||0;1;|||;",
  /** Grants permission to list bots in a Wickr network. Access level: Read. Resources: network*. https://docs.aws.amazon.com/wickr/latest/adminguide/security-iam.html */
  ListBots: "R|||0;1;|||;",
  /** Grants permission to list devices for a user in a Wickr network. Access level: Read. Resources: network*. https://docs.aws.amazon.com/wickr/latest/adminguide/security-iam.html */
  ListDevicesForUser: "R|||0;1;|||;",
  /** Grants permission to list guest users in a Wickr network. Access level: Read. Resources: network*. https://docs.aws.amazon.com/wickr/latest/adminguide/security-iam.html */
  ListGuestUsers: "R|||0;1;|||;",
  /** Grants permission to list Wickr networks. Access level: Read. https://docs.aws.amazon.com/wickr/latest/adminguide/security-iam.html */
  ListNetworks: "R||||||;",
  /** Grants permission to list users in a security group in a Wickr network. Access level: Read. Resources: network*. https://docs.aws.amazon.com/wickr/latest/adminguide/security-iam.html */
  ListSecurityGroupUsers: "R|||0;1;|||;",
  /** Grants permission to list security groups in a Wickr network. Access level: Read. Resources: network*. https://docs.aws.amazon.com/wickr/latest/adminguide/security-iam.html */
  ListSecurityGroups: "R|||0;1;|||;",
  /** Grants permission to list the tags applied to a Wickr resource. Access level: Read. Resources: network*. https://docs.aws.amazon.com/wickr/latest/adminguide/security-iam.html */
  ListTagsForResource: "R|||0;1;|||",
  /** Grants permission to list users in a Wickr network. Access level: Read. Resources: network*. https://docs.aws.amazon.com/wickr/latest/adminguide/security-iam.html */
  ListUsers: "R|||0;1;|||;",
  /** Grants permission to register OIDC configuration for a Wickr network. Access level: Write. Resources: network*. https://docs.aws.amazon.com/wickr/latest/adminguide/security-iam.html */
  RegisterOidcConfig: "W|||0;1;|||",
  /** Grants permission to test OIDC configuration for a Wickr network. Access level: Write. Resources: network*. https://docs.aws.amazon.com/wickr/latest/adminguide/security-iam.html */
  RegisterOidcConfigTest: "W|||0;1;|||;",
  /** Grants permission to register and save OpenTDF integration configuration for a Wickr network. Access level: Write. Resources: network*. https://docs.aws.amazon.com/wickr/latest/APIReference/API_RegisterOpentdfConfig.html */
  RegisterOpentdfConfig: "W|||0;1;|||;",
  /** Grants permission to add tags to a specified Wickr resource. Access level: Tagging. Resources: network*. https://docs.aws.amazon.com/wickr/latest/adminguide/security-iam.html */
  TagResource: "T|||0;1;|0,1,2||CreateNetwork",
  /** Grants permission to untag the specified tags from the specified Wickr resource. Access level: Tagging. Resources: network*. https://docs.aws.amazon.com/wickr/latest/adminguide/security-iam.html */
  UntagResource: "T|||0;1;|2||",
  /** Grants permission to update a bot in a Wickr network. Access level: Write. Resources: network*. https://docs.aws.amazon.com/wickr/latest/adminguide/security-iam.html */
  UpdateBot: "W|||0;1;|||;",
  /** Grants permission to update data retention settings in a Wickr network. Access level: Write. Resources: network*. https://docs.aws.amazon.com/wickr/latest/adminguide/security-iam.html */
  UpdateDataRetention: "W|||0;1;|||;",
  /** Grants permission to update guest user status in a Wickr network. Access level: Write. Resources: network*. https://docs.aws.amazon.com/wickr/latest/adminguide/security-iam.html */
  UpdateGuestUser: "W|||0;1;|||",
  /** Grants permission to update Wickr network details. Access level: Write. Resources: network*. https://docs.aws.amazon.com/wickr/latest/adminguide/security-iam.html */
  UpdateNetworkDetails: "W|||0;1;|||",
  /** Grants permission to update network settings for a Wickr network. Access level: Write. Resources: network*. https://docs.aws.amazon.com/wickr/latest/adminguide/security-iam.html */
  UpdateNetworkSettings: "W|||0;1;|||;",
  /** Grants permission to update a security group in a Wickr network. Access level: Write. Resources: network*. https://docs.aws.amazon.com/wickr/latest/adminguide/security-iam.html */
  UpdateSecurityGroup: "W|||0;1;|||;",
  /** Grants permission to update user information in a Wickr network. Access level: Write. Resources: network*. https://docs.aws.amazon.com/wickr/latest/adminguide/security-iam.html */
  UpdateUser: "W|||0;1;|||;",
} as const;
const actionDetails = {
  BatchCreateUser: "|,;~~~|Grants permission to batch create users in a Wickr network",
  BatchDeleteUser: "|,;~~~|Grants permission to batch delete users from a Wickr network",
  BatchLookupUserUname: "|,;~~~|Grants permission to batch lookup user unames in a Wickr network",
  BatchReinviteUser: "|,;~~~|Grants permission to batch reinvite users in a Wickr network",
  BatchResetDevicesForUser: "|,;~~~|Grants permission to batch reset devices for a user in a Wickr network",
  BatchToggleUserSuspendStatus: "|,;~~~|Grants permission to batch toggle user suspend status in a Wickr network",
  CreateAdminSession: "|,;~|Grants permission to create and manage Wickr networks",
  CreateBot: "|,;~~~|Grants permission to create a bot in a Wickr network",
  CreateDataRetentionBot: "|,;~~~|Grants permission to create a data retention bot in a Wickr network",
  CreateDataRetentionBotChallenge:
    "|,;~~~|Grants permission to create a data retention bot challenge in a Wickr network",
  CreateNetwork: "|,;~~~|Grants permission to create a new Wickr network",
  CreateSecurityGroup: "|,;~~~|Grants permission to create a security group in a Wickr network",
  DeleteBot: "|,;~~~|Grants permission to delete a bot from a Wickr network",
  DeleteDataRetentionBot: "|,;~~~|Grants permission to delete a data retention bot from a Wickr network",
  DeleteNetwork: "|,;~~~|Grants permission to delete Wickr networks",
  DeleteSecurityGroup: "|,;~~~|Grants permission to delete a security group from a Wickr network",
  GetBot: "|,;~~~|Grants permission to get bot information in a Wickr network",
  GetBotsCount: "|,;~~~|Grants permission to get bot count for a Wickr network",
  GetDataRetentionBot: "|,;~~~|Grants permission to get data retention bot information in a Wickr network",
  GetGuestUserHistoryCount: "|,;~~~|Grants permission to get guest user history count for a Wickr network",
  GetNetwork: "|,;~~~|Grants permission to get details of a Wickr network",
  GetNetworkSettings: "|,;~~~|Grants permission to get network settings for a Wickr network",
  GetOidcInfo: "|,;~~~|Grants permission to get OIDC information for a Wickr network",
  GetOpentdfConfig: "|,;~~~|Grants permission to retrieve the OpenTDF integration configuration for a Wickr network",
  GetSecurityGroup: "|,;~~~|Grants permission to get security group information in a Wickr network",
  GetUser: "|,;~~~|Grants permission to get information about a user in a Wickr network",
  GetUsersCount: "|,;~~~|Grants permission to get user count for a Wickr network",
  ListBlockedGuestUsers: "|,;~~~|Grants permission to list blocked guest users in a Wickr network",
  ListBots: "|,;~~~|Grants permission to list bots in a Wickr network",
  ListDevicesForUser: "|,;~~~|Grants permission to list devices for a user in a Wickr network",
  ListGuestUsers: "|,;~~~|Grants permission to list guest users in a Wickr network",
  ListNetworks: "|,;~~~|Grants permission to list Wickr networks",
  ListSecurityGroupUsers: "|,;~~~|Grants permission to list users in a security group in a Wickr network",
  ListSecurityGroups: "|,;~~~|Grants permission to list security groups in a Wickr network",
  ListTagsForResource: "|,;~|Grants permission to list the tags applied to a Wickr resource",
  ListUsers: "|,;~~~|Grants permission to list users in a Wickr network",
  RegisterOidcConfig: "|,;~|Grants permission to register OIDC configuration for a Wickr network",
  RegisterOidcConfigTest: "|,;~~~|Grants permission to test OIDC configuration for a Wickr network",
  RegisterOpentdfConfig:
    "|,;~~~|Grants permission to register and save OpenTDF integration configuration for a Wickr network",
  TagResource: "|,;~~~|Grants permission to add tags to a specified Wickr resource",
  UntagResource: "|,;~|Grants permission to untag the specified tags from the specified Wickr resource",
  UpdateBot: "|,;~~~|Grants permission to update a bot in a Wickr network",
  UpdateDataRetention: "|,;~~~|Grants permission to update data retention settings in a Wickr network",
  UpdateGuestUser: "|,;~|Grants permission to update guest user status in a Wickr network",
  UpdateNetworkDetails: "|,;~|Grants permission to update Wickr network details",
  UpdateNetworkSettings: "|,;~~~|Grants permission to update network settings for a Wickr network",
  UpdateSecurityGroup: "|,;~~~|Grants permission to update a security group in a Wickr network",
  UpdateUser: "|,;~~~|Grants permission to update user information in a Wickr network",
};
const resourceTypeFacts = {
  /** The network resource type: arn:${Partition}:wickr:${Region}:${Account}:network/${NetworkId} */
  network: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a network resource: arn:${Partition}:wickr:${Region}:${Account}:network/${NetworkId}. */
  network: "|,network|arn:|Partition|:wickr:|Region|:|Account|:network/|NetworkId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["network"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "wickr">;
/** Any wickr action. */
export type Action = ActionOf<typeof actionFacts, "wickr">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "wickr">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "wickr" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every wickr action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by a tag's key and value in a request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by the tag key-value pairs attached to the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the tag keys in a request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by a tag's key and value in a request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by the tag key-value pairs attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the tag keys in a request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "wickr",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
