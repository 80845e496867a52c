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
export const prefix: "sso-directory" = "sso-directory";
/** The service's name in the reference. */
export const serviceName: "AWS IAM Identity Center directory" = "AWS IAM Identity Center directory";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS IAM Identity Center directory",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsiamidentitycenterdirectory.html",
  },
];
const conditionKeyList = [] as const;
const dependentActionList = ["kms:Decrypt"] as const;
const actionFacts = {
  /** Grants permission to add a member to a group in the directory that AWS IAM Identity Center provides by default. Access level: Write. https://docs.aws.amazon.com/singlesignon/latest/IdentityStoreAPIReference/API_CreateGroupMembership.html */
  AddMemberToGroup: "W|||||0|",
  /** Grants permission to complete the creation process of a virtual MFA device. Access level: Write. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  CompleteVirtualMfaDeviceRegistration: "W||||||",
  /** Grants permission to complete the registration process of a WebAuthn device. Access level: Write. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  CompleteWebAuthnDeviceRegistration: "W||||||",
  /** Grants permission to create an alias for the directory that AWS IAM Identity Center provides by default. Access level: Write. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  CreateAlias: "W||||||",
  /** Grants permission to create a bearer token for a given provisioning tenant. Access level: Write. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  CreateBearerToken: "W|||||0|",
  /** Grants permission to create an External Identity Provider configuration for the directory. Access level: Write. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  CreateExternalIdPConfigurationForDirectory: "W||||||",
  /** Grants permission to create a group in the directory that AWS IAM Identity Center provides by default. Access level: Write. https://docs.aws.amazon.com/singlesignon/latest/IdentityStoreAPIReference/API_CreateGroup.html */
  CreateGroup: "W|||||0|",
  /** Grants permission to create a provisioning tenant for a given directory. Access level: Write. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  CreateProvisioningTenant: "W|||||0|",
  /** Grants permission to create a user in the directory that AWS IAM Identity Center provides by default. Access level: Write. https://docs.aws.amazon.com/singlesignon/latest/IdentityStoreAPIReference/API_CreateUser.html */
  CreateUser: "W|||||0|",
  /** Grants permission to delete a bearer token. Access level: Write. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  DeleteBearerToken: "W|||||0|",
  /** Grants permission to delete the given external IdP certificate. Access level: Write. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  DeleteExternalIdPCertificate: "W||||||",
  /** Grants permission to delete an External Identity Provider configuration associated with the directory. Access level: Write. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  DeleteExternalIdPConfigurationForDirectory: "W||||||",
  /** Grants permission to delete a group from the directory that AWS IAM Identity Center provides by default. Access level: Write. https://docs.aws.amazon.com/singlesignon/latest/IdentityStoreAPIReference/API_DeleteGroup.html */
  DeleteGroup: "W|||||0|",
  /** Grants permission to delete a MFA device by device name for a given user. Access level: Write. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  DeleteMfaDeviceForUser: "W||||||",
  /** Grants permission to delete the provisioning tenant. Access level: Write. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  DeleteProvisioningTenant: "W|||||0|",
  /** Grants permission to delete a user from the directory that AWS IAM Identity Center provides by default. Access level: Write. https://docs.aws.amazon.com/singlesignon/latest/IdentityStoreAPIReference/API_DeleteUser.html */
  DeleteUser: "W|||||0|",
  /** Grants permission to retrieve information about the directory that AWS IAM Identity Center provides by default. Access level: Read. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  DescribeDirectory: "R||||||",
  /** Grants permission to query the group data, not including user and group members. Access level: Read. https://docs.aws.amazon.com/singlesignon/latest/IdentityStoreAPIReference/API_DescribeGroup.html */
  DescribeGroup: "R|||||0|",
  /** Grants permission to retrieve information about groups from the directory that AWS IAM Identity Center provides by default. Access level: Read. https://docs.aws.amazon.com/singlesignon/latest/IdentityStoreAPIReference/API_DescribeGroup.html */
  DescribeGroups: "R|||||0|",
  /** Grants permission to describes the provisioning tenant. Access level: Read. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  DescribeProvisioningTenant: "R|||||0|",
  /** Grants permission to retrieve information about a user from the directory that AWS IAM Identity Center provides by default. Access level: Read. https://docs.aws.amazon.com/singlesignon/latest/IdentityStoreAPIReference/API_DescribeUser.html */
  DescribeUser: "R|||||0|",
  /** Grants permission to describe user with a valid unique attribute represented for the user. Access level: Read. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  DescribeUserByUniqueAttribute: "R|||||0|",
  /** Grants permission to retrieve information about user from the directory that AWS IAM Identity Center provides by default. Access level: Read. https://docs.aws.amazon.com/singlesignon/latest/IdentityStoreAPIReference/API_DescribeUser.html */
  DescribeUsers: "R|||||0|",
  /** Grants permission to disable authentication of end users with an External Identity Provider. Access level: Write. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  DisableExternalIdPConfigurationForDirectory: "W||||||",
  /** Grants permission to deactivate a user in the directory that AWS IAM Identity Center provides by default. Access level: Write. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  DisableUser: "W|||||0|",
  /** Grants permission to enable authentication of end users with an External Identity Provider. Access level: Write. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  EnableExternalIdPConfigurationForDirectory: "W||||||",
  /** Grants permission to activate user in the directory that AWS IAM Identity Center provides by default. Access level: Write. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  EnableUser: "W|||||0|",
  /** Grants permission to retrieve the AWS IAM Identity Center Service Provider configurations for the directory. Access level: Read. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  GetAWSSPConfigurationForDirectory: "R||||||",
  /** Grants permission to retrieve ID information about group from the directory that AWS IAM Identity Center provides by default. Access level: Read. https://docs.aws.amazon.com/singlesignon/latest/IdentityStoreAPIReference/API_GetGroupId.html */
  GetGroupId: "R|||||0|",
  /** Grants permission to retrieve ID information about user from the directory that AWS IAM Identity Center provides by default. Access level: Read. https://docs.aws.amazon.com/singlesignon/latest/IdentityStoreAPIReference/API_GetUserId.html */
  GetUserId: "R|||||0|",
  /** (Deprecated) Grants permission to get UserPool Info. Access level: Read. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  GetUserPoolInfo: "R||||||",
  /** Grants permission to import the IdP certificate used for verifying external IdP responses. Access level: Write. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  ImportExternalIdPCertificate: "W||||||",
  /** Grants permission to check if a member is a part of the group in the directory that AWS IAM Identity Center provides by default. Access level: Read. https://docs.aws.amazon.com/singlesignon/latest/IdentityStoreAPIReference/API_IsMemberInGroups.html */
  IsMemberInGroup: "R|||||0|",
  /** Grants permission to check if a member is a part of multiple groups in the directory that AWS IAM Identity Center provides by default. Access level: Read. https://docs.aws.amazon.com/singlesignon/latest/IdentityStoreAPIReference/API_IsMemberInGroups.html */
  IsMemberInGroups: "R|||||0|",
  /** Grants permission to list bearer tokens for a given provisioning tenant. Access level: Read. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  ListBearerTokens: "R|||||0|",
  /** Grants permission to list the external IdP certificates of a given directory and IdP. Access level: Read. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  ListExternalIdPCertificates: "R||||||",
  /** Grants permission to list all the External Identity Provider configurations created for the directory. Access level: Read. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  ListExternalIdPConfigurationsForDirectory: "R||||||",
  /** Grants permission to list groups from the directory that AWS IAM Identity Center provides by default. Access level: Read. https://docs.aws.amazon.com/singlesignon/latest/IdentityStoreAPIReference/API_ListGroups.html */
  ListGroups: "R|||||0|",
  /** Grants permission to list groups of the target member. Access level: Read. https://docs.aws.amazon.com/singlesignon/latest/IdentityStoreAPIReference/API_ListGroupMembershipsForMember.html */
  ListGroupsForMember: "R|||||0|",
  /** Grants permission to list groups for a user from the directory that AWS IAM Identity Center provides by default. Access level: Read. https://docs.aws.amazon.com/singlesignon/latest/IdentityStoreAPIReference/API_ListGroupMembershipsForMember.html */
  ListGroupsForUser: "R|||||0|",
  /** Grants permission to retrieve all members that are part of a group in the directory that AWS IAM Identity Center provides by default. Access level: Read. https://docs.aws.amazon.com/singlesignon/latest/IdentityStoreAPIReference/API_ListGroupMemberships.html */
  ListMembersInGroup: "R|||||0|",
  /** Grants permission to list all active MFA devices and their MFA device metadata for a user. Access level: Read. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  ListMfaDevicesForUser: "R||||||",
  /** Grants permission to list provisioning tenants for a given directory. Access level: Read. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  ListProvisioningTenants: "R|||||0|",
  /** Grants permission to list users from the directory that AWS IAM Identity Center provides by default. Access level: Read. https://docs.aws.amazon.com/singlesignon/latest/IdentityStoreAPIReference/API_ListUsers.html */
  ListUsers: "R|||||0|",
  /** Grants permission to remove a member that is part of a group in the directory that AWS IAM Identity Center provides by default. Access level: Write. https://docs.aws.amazon.com/singlesignon/latest/IdentityStoreAPIReference/API_DeleteGroupMembership.html */
  RemoveMemberFromGroup: "W|||||0|",
  /** Grants permission to search for groups within the associated directory. Access level: Read. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  SearchGroups: "R|||||0|",
  /** Grants permission to search for users within the associated directory. Access level: Read. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  SearchUsers: "R|||||0|",
  /** Grants permission to begin the creation process of virtual mfa device. Access level: Write. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  StartVirtualMfaDeviceRegistration: "W||||||",
  /** Grants permission to begin the registration process of a WebAuthn device. Access level: Write. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  StartWebAuthnDeviceRegistration: "W||||||",
  /** Grants permission to update an External Identity Provider configuration associated with the directory. Access level: Write. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  UpdateExternalIdPConfigurationForDirectory: "W||||||",
  /** Grants permission to update information about a group in the directory that AWS IAM Identity Center provides by default. Access level: Write. https://docs.aws.amazon.com/singlesignon/latest/IdentityStoreAPIReference/API_UpdateGroup.html */
  UpdateGroup: "W|||||0|",
  /** Grants permission to update group display name update group display name response. Access level: Write. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  UpdateGroupDisplayName: "W|||||0|",
  /** Grants permission to update MFA device information. Access level: Write. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  UpdateMfaDeviceForUser: "W||||||",
  /** Grants permission to update a password by sending password reset link via email or generating one time password for a user in the directory that AWS IAM Identity Center provides by default. Access level: Write. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  UpdatePassword: "W|||||0|",
  /** Grants permission to update user information in the directory that AWS IAM Identity Center provides by default. Access level: Write. https://docs.aws.amazon.com/singlesignon/latest/IdentityStoreAPIReference/API_UpdateUser.html */
  UpdateUser: "W|||||0|",
  /** Grants permission to update user name update user name response. Access level: Write. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  UpdateUserName: "W|||||0|",
  /** Grants permission to verify an email address of an User. Access level: Write. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  VerifyEmail: "W||||||",
} as const;
const actionDetails = {
  AddMemberToGroup:
    "|,;~|Grants permission to add a member to a group in the directory that AWS IAM Identity Center provides by default",
  CompleteVirtualMfaDeviceRegistration:
    "|,;~|Grants permission to complete the creation process of a virtual MFA device",
  CompleteWebAuthnDeviceRegistration:
    "|,;~|Grants permission to complete the registration process of a WebAuthn device",
  CreateAlias:
    "|,;~|Grants permission to create an alias for the directory that AWS IAM Identity Center provides by default",
  CreateBearerToken: "|,;~|Grants permission to create a bearer token for a given provisioning tenant",
  CreateExternalIdPConfigurationForDirectory:
    "|,;~|Grants permission to create an External Identity Provider configuration for the directory",
  CreateGroup:
    "|,;~|Grants permission to create a group in the directory that AWS IAM Identity Center provides by default",
  CreateProvisioningTenant: "|,;~|Grants permission to create a provisioning tenant for a given directory",
  CreateUser:
    "|,;~|Grants permission to create a user in the directory that AWS IAM Identity Center provides by default",
  DeleteBearerToken: "|,;~|Grants permission to delete a bearer token",
  DeleteExternalIdPCertificate: "|,;~|Grants permission to delete the given external IdP certificate",
  DeleteExternalIdPConfigurationForDirectory:
    "|,;~|Grants permission to delete an External Identity Provider configuration associated with the directory",
  DeleteGroup:
    "|,;~|Grants permission to delete a group from the directory that AWS IAM Identity Center provides by default",
  DeleteMfaDeviceForUser: "|,;~|Grants permission to delete a MFA device by device name for a given user",
  DeleteProvisioningTenant: "|,;~|Grants permission to delete the provisioning tenant",
  DeleteUser:
    "|,;~|Grants permission to delete a user from the directory that AWS IAM Identity Center provides by default",
  DescribeDirectory:
    "|,;~|Grants permission to retrieve information about the directory that AWS IAM Identity Center provides by default",
  DescribeGroup: "|,;~|Grants permission to query the group data, not including user and group members",
  DescribeGroups:
    "|,;~|Grants permission to retrieve information about groups from the directory that AWS IAM Identity Center provides by default",
  DescribeProvisioningTenant: "|,;~|Grants permission to describes the provisioning tenant",
  DescribeUser:
    "|,;~|Grants permission to retrieve information about a user from the directory that AWS IAM Identity Center provides by default",
  DescribeUserByUniqueAttribute:
    "|,;~|Grants permission to describe user with a valid unique attribute represented for the user",
  DescribeUsers:
    "|,;~|Grants permission to retrieve information about user from the directory that AWS IAM Identity Center provides by default",
  DisableExternalIdPConfigurationForDirectory:
    "|,;~|Grants permission to disable authentication of end users with an External Identity Provider",
  DisableUser:
    "|,;~|Grants permission to deactivate a user in the directory that AWS IAM Identity Center provides by default",
  EnableExternalIdPConfigurationForDirectory:
    "|,;~|Grants permission to enable authentication of end users with an External Identity Provider",
  EnableUser:
    "|,;~|Grants permission to activate user in the directory that AWS IAM Identity Center provides by default",
  GetAWSSPConfigurationForDirectory:
    "|,;~|Grants permission to retrieve the AWS IAM Identity Center Service Provider configurations for the directory",
  GetGroupId:
    "|,;~|Grants permission to retrieve ID information about group from the directory that AWS IAM Identity Center provides by default",
  GetUserId:
    "|,;~|Grants permission to retrieve ID information about user from the directory that AWS IAM Identity Center provides by default",
  GetUserPoolInfo: "|,;~|(Deprecated) Grants permission to get UserPool Info",
  ImportExternalIdPCertificate:
    "|,;~|Grants permission to import the IdP certificate used for verifying external IdP responses",
  IsMemberInGroup:
    "|,;~|Grants permission to check if a member is a part of the group in the directory that AWS IAM Identity Center provides by default",
  IsMemberInGroups:
    "|,;~|Grants permission to check if a member is a part of multiple groups in the directory that AWS IAM Identity Center provides by default",
  ListBearerTokens: "|,;~|Grants permission to list bearer tokens for a given provisioning tenant",
  ListExternalIdPCertificates:
    "|,;~|Grants permission to list the external IdP certificates of a given directory and IdP",
  ListExternalIdPConfigurationsForDirectory:
    "|,;~|Grants permission to list all the External Identity Provider configurations created for the directory",
  ListGroups:
    "|,;~|Grants permission to list groups from the directory that AWS IAM Identity Center provides by default",
  ListGroupsForMember: "|,;~|Grants permission to list groups of the target member",
  ListGroupsForUser:
    "|,;~|Grants permission to list groups for a user from the directory that AWS IAM Identity Center provides by default",
  ListMembersInGroup:
    "|,;~|Grants permission to retrieve all members that are part of a group in the directory that AWS IAM Identity Center provides by default",
  ListMfaDevicesForUser:
    "|,;~|Grants permission to list all active MFA devices and their MFA device metadata for a user",
  ListProvisioningTenants: "|,;~|Grants permission to list provisioning tenants for a given directory",
  ListUsers: "|,;~|Grants permission to list users from the directory that AWS IAM Identity Center provides by default",
  RemoveMemberFromGroup:
    "|,;~|Grants permission to remove a member that is part of a group in the directory that AWS IAM Identity Center provides by default",
  SearchGroups: "|,;~|Grants permission to search for groups within the associated directory",
  SearchUsers: "|,;~|Grants permission to search for users within the associated directory",
  StartVirtualMfaDeviceRegistration: "|,;~|Grants permission to begin the creation process of virtual mfa device",
  StartWebAuthnDeviceRegistration: "|,;~|Grants permission to begin the registration process of a WebAuthn device",
  UpdateExternalIdPConfigurationForDirectory:
    "|,;~|Grants permission to update an External Identity Provider configuration associated with the directory",
  UpdateGroup:
    "|,;~|Grants permission to update information about a group in the directory that AWS IAM Identity Center provides by default",
  UpdateGroupDisplayName: "|,;~|Grants permission to update group display name update group display name response",
  UpdateMfaDeviceForUser: "|,;~|Grants permission to update MFA device information",
  UpdatePassword:
    "|,;~|Grants permission to update a password by sending password reset link via email or generating one time password for a user in the directory that AWS IAM Identity Center provides by default",
  UpdateUser:
    "|,;~|Grants permission to update user information in the directory that AWS IAM Identity Center provides by default",
  UpdateUserName: "|,;~|Grants permission to update user name update user name response",
  VerifyEmail: "|,;~|Grants permission to verify an email address of an User",
};
const resourceTypeFacts = {} as const;
const arnFormats = {} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "sso-directory">;
/** Any sso-directory action. */
export type Action = ActionOf<typeof actionFacts, "sso-directory">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "sso-directory">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "", client: "" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every sso-directory action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
export interface ConditionKeyTypes {}

/** Condition key -> value type. */
export type ConditionKeys = ConditionKeysOf<ConditionKeyTypes>;

/** Condition key with a placeholder, as the reference writes it -> its template-literal key. */
export interface ConditionKeyPatterns {}

/** A condition key as the reference writes it. */
export type ConditionKeyName = (typeof conditionKeyList)[number];
/** Condition key -> description, types, deprecation. */
export type ConditionKeyInfos = { readonly [K in ConditionKeyName]: ConditionKeyInfo };
const conditionKeyRows: { readonly [K in ConditionKeyName]: string } = {};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "sso-directory",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
