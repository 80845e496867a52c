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
export const prefix: "cognito-idp" = "cognito-idp";
/** The service's name in the reference. */
export const serviceName: "Amazon Cognito User Pools" = "Amazon Cognito User Pools";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Cognito User Pools",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoncognitouserpools.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["cognito-idp:TagResource", "iam:PassRole"] as const;
const actionFacts = {
  /** Grants permission to add user attributes to the user pool schema. Access level: Write. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AddCustomAttributes.html */
  AddCustomAttributes: "W|||0;1;|||;",
  /** Grants permission to add a new secret to a confidential client. Access level: Write. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AddUserPoolClientSecret.html */
  AddUserPoolClientSecret: "W|||0;1;|||;",
  /** Grants permission to add any user to any group. Access level: Write. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminAddUserToGroup.html */
  AdminAddUserToGroup: "W|||0;1;|||;",
  /** Grants permission to confirm any user's registration without a confirmation code. Access level: Write. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminConfirmSignUp.html */
  AdminConfirmSignUp: "W|||0;1;|||;",
  /** Grants permission to create new users and send welcome messages via email or SMS. Access level: Write. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminCreateUser.html */
  AdminCreateUser: "W|||0;1;|||;",
  /** Grants permission to delete any user. Access level: Write. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminDeleteUser.html */
  AdminDeleteUser: "W|||0;1;|||;",
  /** Grants permission to delete attributes from any user. Access level: Write. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminDeleteUserAttributes.html */
  AdminDeleteUserAttributes: "W|||0;1;|||;",
  /** Grants permission to unlink any user pool user from a third-party identity provider (IdP) user. Access level: Write. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminDisableProviderForUser.html */
  AdminDisableProviderForUser: "W|||0;1;|||;",
  /** Grants permission to deactivate any user. Access level: Write. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminDisableUser.html */
  AdminDisableUser: "W|||0;1;|||;",
  /** Grants permission to activate any user. Access level: Write. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminEnableUser.html */
  AdminEnableUser: "W|||0;1;|||;",
  /** Grants permission to deregister any user's devices. Access level: Write. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminForgetDevice.html */
  AdminForgetDevice: "W|||0;1;|||;",
  /** Grants permission to get information about any user's devices. Access level: Read. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminGetDevice.html */
  AdminGetDevice: "R|||0;1;|||;",
  /** Grants permission to look up any user by user name. Access level: Read. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminGetUser.html */
  AdminGetUser: "R|||0;1;|||;",
  /** Grants permission to authenticate any user. Access level: Write. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminInitiateAuth.html */
  AdminInitiateAuth: "W|||0;1;|||;",
  /** Grants permission to link any user pool user to a third-party IdP user. Access level: Write. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminLinkProviderForUser.html */
  AdminLinkProviderForUser: "W|||0;1;|||;",
  /** Grants permission to list any user's remembered devices. Access level: List. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminListDevices.html */
  AdminListDevices: "L|||0;1;|||;",
  /** Grants permission to list the groups that any user belongs to. Access level: List. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminListGroupsForUser.html */
  AdminListGroupsForUser: "L|||0;1;|||;",
  /** Grants permission to lists sign-in events for any user. Access level: Read. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminListUserAuthEvents.html */
  AdminListUserAuthEvents: "R|||0;1;|||;",
  /** Grants permission to remove any user from any group. Access level: Write. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminRemoveUserFromGroup.html */
  AdminRemoveUserFromGroup: "W|||0;1;|||;",
  /** Grants permission to reset any user's password. Access level: Write. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminResetUserPassword.html */
  AdminResetUserPassword: "W|||0;1;|||;",
  /** Grants permission to respond to an authentication challenge during the authentication of any user. Access level: Write. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminRespondToAuthChallenge.html */
  AdminRespondToAuthChallenge: "W|||0;1;|||;",
  /** Grants permission to set any user's preferred MFA method. Access level: Write. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminSetUserMFAPreference.html */
  AdminSetUserMFAPreference: "W|||0;1;|||;",
  /** Grants permission to set any user's password. Access level: Write. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminSetUserPassword.html */
  AdminSetUserPassword: "W|||0;1;|||;",
  /** Grants permission to set user settings for any user. Access level: Write. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminSetUserSettings.html */
  AdminSetUserSettings: "W|||0;1;|||;",
  /** Grants permission to update advanced security feedback for any user's authentication event. Access level: Write. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminUpdateAuthEventFeedback.html */
  AdminUpdateAuthEventFeedback: "W|||0;1;|||;",
  /** Grants permission to update the status of any user's remembered devices. Access level: Write. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminUpdateDeviceStatus.html */
  AdminUpdateDeviceStatus: "W|||0;1;|||;",
  /** Grants permission to updates any user's standard or custom attributes. Access level: Write. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminUpdateUserAttributes.html */
  AdminUpdateUserAttributes: "W|||0;1;|||;",
  /** Grants permission to sign out any user from all sessions. Access level: Write. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminUserGlobalSignOut.html */
  AdminUserGlobalSignOut: "W|||0;1;|||;",
  /** Grants permission to return a unique generated shared secret key code for the user. Access level: Write. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AssociateSoftwareToken.html */
  AssociateSoftwareToken: "W||||||;",
  /** Grants permission to associate the user pool with an AWS WAF web ACL. Access level: Write. Resources: userpool*, webacl*. Permission only. ${UserGuideDocPage}user-pool-waf.html */
  AssociateWebACL: "W||1|0;1;,1;1;|||",
  /** Grants permission to change the password for a specified user in a user pool. Access level: Write. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ChangePassword.html */
  ChangePassword: "W||||||;",
  /** Grants permission to confirm tracking of the device. This API call is the call that begins device tracking. Access level: Write. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ConfirmDevice.html */
  ConfirmDevice: "W||||||;",
  /** Grants permission to allow a user to enter a confirmation code to reset a forgotten password. Access level: Write. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ConfirmForgotPassword.html */
  ConfirmForgotPassword: "W||||||;",
  /** Grants permission to confirm registration of a user and handles the existing alias from a previous user. Access level: Write. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ConfirmSignUp.html */
  ConfirmSignUp: "W||||||;",
  /** Grants permission to create new user pool groups. Access level: Write. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateGroup.html */
  CreateGroup: "W|||0;1;||1|;",
  /** Grants permission to add identity providers to user pools. Access level: Write. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateIdentityProvider.html */
  CreateIdentityProvider: "W|||0;1;|||;",
  /** Grants permission to create a branding settings for managed login and associate it with an app client. Access level: Write. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateManagedLoginBranding.html */
  CreateManagedLoginBranding: "W|||0;1;|||;",
  /** Grants permission to create and configure scopes for OAuth 2.0 resource servers. Access level: Write. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateResourceServer.html */
  CreateResourceServer: "W|||0;1;|||;",
  /** Grants permission to create terms and associate it with an app client. Access level: Write. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateTerms.html */
  CreateTerms: "W|||0;1;|||;",
  /** Grants permission to create user CSV import jobs. Access level: Write. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserImportJob.html */
  CreateUserImportJob: "W|||0;1;||1|;",
  /** Grants permission to create and set password policy for user pools. Access level: Write. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPool.html */
  CreateUserPool: "W||||0,1,2|0,1|;",
  /** Grants permission to create user pool app clients. Access level: Write. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html */
  CreateUserPoolClient: "W|||0;1;||1|;",
  /** Grants permission to add user pool domains. Access level: Write. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolDomain.html */
  CreateUserPoolDomain: "W|||0;1;|||;",
  /** Grants permission to delete any empty user pool group. Access level: Write. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_DeleteGroup.html */
  DeleteGroup: "W|||0;1;|||;",
  /** Grants permission to delete any identity provider from user pools. Access level: Write. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_DeleteIdentityProvider.html */
  DeleteIdentityProvider: "W|||0;1;|||;",
  /** Grants permission to delete the managed login branding style for any app client. Access level: Write. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_DeleteManagedLoginBranding.html */
  DeleteManagedLoginBranding: "W|||0;1;|||;",
  /** Grants permission to delete any OAuth 2.0 resource server from user pools. Access level: Write. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_DeleteResourceServer.html */
  DeleteResourceServer: "W|||0;1;|||;",
  /** Grants permission to delete terms for an app client. Access level: Write. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_DeleteTerms.html */
  DeleteTerms: "W|||0;1;|||;",
  /** Grants permission to allow a user to delete one's self. Access level: Write. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_DeleteUser.html */
  DeleteUser: "W||||||;",
  /** Grants permission to delete the attributes for a user. Access level: Write. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_DeleteUserAttributes.html */
  DeleteUserAttributes: "W||||||;",
  /** Grants permission to delete user pools. Access level: Write. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_DeleteUserPool.html */
  DeleteUserPool: "W|||0;1;|||;",
  /** Grants permission to delete any user pool app client. Access level: Write. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_DeleteUserPoolClient.html */
  DeleteUserPoolClient: "W|||0;1;|||;",
  /** Grants permission to delete a secret from a list of secrets associated with a client. Access level: Write. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_DeleteUserPoolClientSecret.html */
  DeleteUserPoolClientSecret: "W|||0;1;|||;",
  /** Grants permission to delete any user pool domain. Access level: Write. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_DeleteUserPoolDomain.html */
  DeleteUserPoolDomain: "W|||0;1;|||;",
  /** Grants permission to describe any user pool identity provider. Access level: Read. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_DescribeIdentityProvider.html */
  DescribeIdentityProvider: "R|||0;1;|||;",
  /** Grants permission to get the detailed information about the branding style of managed login. Access level: Read. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_DescribeManagedLoginBranding.html */
  DescribeManagedLoginBranding: "R|||0;1;|||;",
  /** Grants permission to get the detailed information about the branding style of managed login associated with an appclient. Access level: Read. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_DescribeManagedLoginBrandingByClient.html */
  DescribeManagedLoginBrandingByClient: "R|||0;1;|||;",
  /** Grants permission to describe any OAuth 2.0 resource server. Access level: Read. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_DescribeResourceServer.html */
  DescribeResourceServer: "R|||0;1;|||;",
  /** Grants permission to describe the risk configuration settings of user pools and app clients. Access level: Read. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_DescribeRiskConfiguration.html */
  DescribeRiskConfiguration: "R|||0;1;|||;",
  /** Grants permission to get the detailed information about terms for an app client. Access level: Read. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_DescribeTerms.html */
  DescribeTerms: "R|||0;1;|||;",
  /** Grants permission to describe any user import job. Access level: Read. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_DescribeUserImportJob.html */
  DescribeUserImportJob: "R|||0;1;|||;",
  /** Grants permission to describe user pools. Access level: Read. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_DescribeUserPool.html */
  DescribeUserPool: "R|||0;1;|||;",
  /** Grants permission to describe any user pool app client. Access level: Read. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_DescribeUserPoolClient.html */
  DescribeUserPoolClient: "R|||0;1;|||;",
  /** Grants permission to describe any user pool domain. Access level: Read. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_DescribeUserPoolDomain.html */
  DescribeUserPoolDomain: "R||||||;",
  /** Grants permission to disassociate the user pool with an AWS WAF web ACL. Access level: Write. Resources: userpool*. Permission only. ${UserGuideDocPage}user-pool-waf.html */
  DisassociateWebACL: "W||1|0;1;|||",
  /** Grants permission to forget the specified device. Access level: Write. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ForgetDevice.html */
  ForgetDevice: "W||||||;",
  /** Grants permission to send a message to the end user with a confirmation code that is required to change the user's password. Access level: Write. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ForgotPassword.html */
  ForgotPassword: "W||||||;",
  /** Grants permission to generate headers for a user import .csv file. Access level: Read. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_GetCSVHeader.html */
  GetCSVHeader: "R|||0;1;|||;",
  /** Grants permission to get the device. Access level: Read. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_GetDevice.html */
  GetDevice: "R||||||;",
  /** Grants permission to describe a user pool group. Access level: Read. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_GetGroup.html */
  GetGroup: "R|||0;1;|||;",
  /** Grants permission to correlate a user pool IdP identifier to the IdP Name. Access level: Read. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_GetIdentityProviderByIdentifier.html */
  GetIdentityProviderByIdentifier: "R|||0;1;|||;",
  /** Grants permission to get the detailed activity logging configuration for a user pool. Access level: Read. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_GetLogDeliveryConfiguration.html */
  GetLogDeliveryConfiguration: "R|||0;1;|||;",
  /** Grants permission to look up signing certificates for user pools. Access level: Read. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_GetSigningCertificate.html */
  GetSigningCertificate: "R|||0;1;|||;",
  /** Grants permission to update user tokens with refresh tokens. Access level: Write. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_GetTokensFromRefreshToken.html */
  GetTokensFromRefreshToken: "W||||||;",
  /** Grants permission to get UI customization information for the hosted UI of any app client. Access level: Read. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_GetUICustomization.html */
  GetUICustomization: "R|||0;1;|||;",
  /** Grants permission to get the user attributes and metadata for a user. Access level: Read. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_GetUser.html */
  GetUser: "R||||||;",
  /** Grants permission to get the user attribute verification code for the specified attribute name. Access level: Read. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_GetUserAttributeVerificationCode.html */
  GetUserAttributeVerificationCode: "R||||||;",
  /** Grants permission to look up the MFA configuration of user pools. Access level: Read. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_GetUserPoolMfaConfig.html */
  GetUserPoolMfaConfig: "R|||0;1;|||;",
  /** Grants permission to get the AWS WAF web ACL that is associated with an Amazon Cognito user pool. Access level: Read. Resources: userpool*. Permission only. ${UserGuideDocPage}user-pool-waf.html */
  GetWebACLForResource: "R||1|0;1;|||",
  /** Grants permission to sign out users from all devices. Access level: Write. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_GlobalSignOut.html */
  GlobalSignOut: "W||||||;",
  /** Grants permission to initiate the authentication flow. Access level: Write. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_InitiateAuth.html */
  InitiateAuth: "W||||||;",
  /** Grants permission to list the devices. Access level: List. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ListDevices.html */
  ListDevices: "L||||||;",
  /** Grants permission to list all groups in user pools. Access level: List. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ListGroups.html */
  ListGroups: "L|||0;1;|||;",
  /** Grants permission to list all identity providers in user pools. Access level: List. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ListIdentityProviders.html */
  ListIdentityProviders: "L|||0;1;|||;",
  /** Grants permission to list all resource servers in user pools. Access level: List. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ListResourceServers.html */
  ListResourceServers: "L|||0;1;|||;",
  /** Grants permission to list the user pools that are associated with an AWS WAF web ACL. Access level: List. Resources: webacl*. Permission only. ${UserGuideDocPage}user-pool-waf.html */
  ListResourcesForWebACL: "L||1|1;1;|||",
  /** Grants permission to list the tags that are assigned to an Amazon Cognito user pool. Access level: List. Resources: userpool. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "L|||0;0;|||;",
  /** Grants permission to list all terms for a user pool. Access level: List. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ListTerms.html */
  ListTerms: "L|||0;1;|||;",
  /** Grants permission to list all user import jobs. Access level: List. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ListUserImportJobs.html */
  ListUserImportJobs: "L|||0;1;|||;",
  /** Grants permission to list all secrets associated with a client. Access level: List. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ListUserPoolClientSecrets.html */
  ListUserPoolClientSecrets: "L|||0;1;|||;",
  /** Grants permission to list all app clients in user pools. Access level: List. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ListUserPoolClients.html */
  ListUserPoolClients: "L|||0;1;|||;",
  /** Grants permission to list all user pools. Access level: List. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ListUserPools.html */
  ListUserPools: "L||||||;",
  /** Grants permission to list all user pool users. Access level: List. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ListUsers.html */
  ListUsers: "L|||0;1;|||;",
  /** Grants permission to list the users in any group. Access level: List. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ListUsersInGroup.html */
  ListUsersInGroup: "L|||0;1;|||;",
  /** Grants permission to resend the confirmation (for confirmation of registration) to a specific user in the user pool. Access level: Write. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ResendConfirmationCode.html */
  ResendConfirmationCode: "W||||||;",
  /** Grants permission to respond to the authentication challenge. Access level: Write. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_RespondToAuthChallenge.html */
  RespondToAuthChallenge: "W||||||;",
  /** Grants permission to revoke all of the access tokens generated by the specified refresh token. Access level: Write. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_RevokeToken.html */
  RevokeToken: "W||||||;",
  /** Grants permission to set up or modify the detailed activity logging configuration of a user pool. Access level: Write. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SetLogDeliveryConfiguration.html */
  SetLogDeliveryConfiguration: "W|||0;1;|||;",
  /** Grants permission to set risk configuration for user pools and app clients. Access level: Write. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SetRiskConfiguration.html */
  SetRiskConfiguration: "W|||0;1;|||;",
  /** Grants permission to customize the hosted UI for any app client. Access level: Write. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SetUICustomization.html */
  SetUICustomization: "W|||0;1;|||;",
  /** Grants permission to set MFA preference for the user in the userpool. Access level: Write. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SetUserMFAPreference.html */
  SetUserMFAPreference: "W||||||;",
  /** Grants permission to set user pool MFA configuration. Access level: Write. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SetUserPoolMfaConfig.html */
  SetUserPoolMfaConfig: "W|||0;1;||1|;",
  /** Grants permission to set the user settings like multi-factor authentication (MFA). Access level: Write. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SetUserSettings.html */
  SetUserSettings: "W||||||;",
  /** Grants permission to register the user in the specified user pool and creates a user name, password, and user attributes. Access level: Write. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SignUp.html */
  SignUp: "W||||||;",
  /** Grants permission to start any user import job. Access level: Write. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_StartUserImportJob.html */
  StartUserImportJob: "W|||0;1;|||;",
  /** Grants permission to stop any user import job. Access level: Write. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_StopUserImportJob.html */
  StopUserImportJob: "W|||0;1;|||;",
  /** Grants permission to tag a user pool. Access level: Tagging. Resources: userpool. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_TagResource.html */
  TagResource: "T|||0;0;|0,2||CreateUserPool,;,UpdateUserPool",
  /** Grants permission to untag a user pool. Access level: Tagging. Resources: userpool. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;|2||;,UpdateUserPool",
  /** Grants permission to update the feedback for the user authentication event. Access level: Write. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UpdateAuthEventFeedback.html */
  UpdateAuthEventFeedback: "W|||0;1;|||;",
  /** Grants permission to update the device status. Access level: Write. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UpdateDeviceStatus.html */
  UpdateDeviceStatus: "W||||||;",
  /** Grants permission to update the configuration of any group. Access level: Write. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UpdateGroup.html */
  UpdateGroup: "W|||0;1;||1|;",
  /** Grants permission to update the configuration of any user pool IdP. Access level: Write. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UpdateIdentityProvider.html */
  UpdateIdentityProvider: "W|||0;1;|||;",
  /** Grants permission to update the branding settings of a managed login. Access level: Write. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UpdateManagedLoginBranding.html */
  UpdateManagedLoginBranding: "W|||0;1;|||;",
  /** Grants permission to update the configuration of any OAuth 2.0 resource server. Access level: Write. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UpdateResourceServer.html */
  UpdateResourceServer: "W|||0;1;|||;",
  /** Grants permission to update terms for an app client. Access level: Write. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UpdateTerms.html */
  UpdateTerms: "W|||0;1;|||;",
  /** Grants permission to allow a user to update a specific attribute (one at a time). Access level: Write. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UpdateUserAttributes.html */
  UpdateUserAttributes: "W||||||;",
  /** Grants permission to updates the configuration of user pools. Access level: Write. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UpdateUserPool.html */
  UpdateUserPool: "W|||0;1;|0,2|0,cognito-idp:UntagResource,1|;",
  /** Grants permission to update any user pool client. Access level: Write. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UpdateUserPoolClient.html */
  UpdateUserPoolClient: "W|||0;1;||1|;",
  /** Grants permission to replace the certificate for any custom domain. Access level: Write. Resources: userpool*. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UpdateUserPoolDomain.html */
  UpdateUserPoolDomain: "W|||0;1;|||;",
  /** Grants permission to register a user's entered TOTP code and mark the user's software token MFA status as verified if successful. Access level: Write. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_VerifySoftwareToken.html */
  VerifySoftwareToken: "W||||||;",
  /** Grants permission to verify a user attribute using a one time verification code. Access level: Write. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_VerifyUserAttribute.html */
  VerifyUserAttribute: "W||||||;",
} as const;
const actionDetails = {
  AddCustomAttributes: "|,;~~~|Grants permission to add user attributes to the user pool schema",
  AddUserPoolClientSecret: "|,;~~~|Grants permission to add a new secret to a confidential client",
  AdminAddUserToGroup: "|,;~~~|Grants permission to add any user to any group",
  AdminConfirmSignUp: "|,;~~~|Grants permission to confirm any user's registration without a confirmation code",
  AdminCreateUser: "|,;~~~|Grants permission to create new users and send welcome messages via email or SMS",
  AdminDeleteUser: "|,;~~~|Grants permission to delete any user",
  AdminDeleteUserAttributes: "|,;~~~|Grants permission to delete attributes from any user",
  AdminDisableProviderForUser:
    "|,;~~~|Grants permission to unlink any user pool user from a third-party identity provider (IdP) user",
  AdminDisableUser: "|,;~~~|Grants permission to deactivate any user",
  AdminEnableUser: "|,;~~~|Grants permission to activate any user",
  AdminForgetDevice: "|,;~~~|Grants permission to deregister any user's devices",
  AdminGetDevice: "|,;~~~|Grants permission to get information about any user's devices",
  AdminGetUser: "|,;~~~|Grants permission to look up any user by user name",
  AdminInitiateAuth: "|,;~~~|Grants permission to authenticate any user",
  AdminLinkProviderForUser: "|,;~~~|Grants permission to link any user pool user to a third-party IdP user",
  AdminListDevices: "|,;~~~|Grants permission to list any user's remembered devices",
  AdminListGroupsForUser: "|,;~~~|Grants permission to list the groups that any user belongs to",
  AdminListUserAuthEvents: "|,;~~~|Grants permission to lists sign-in events for any user",
  AdminRemoveUserFromGroup: "|,;~~~|Grants permission to remove any user from any group",
  AdminResetUserPassword: "|,;~~~|Grants permission to reset any user's password",
  AdminRespondToAuthChallenge:
    "|,;~~~|Grants permission to respond to an authentication challenge during the authentication of any user",
  AdminSetUserMFAPreference: "|,;~~~|Grants permission to set any user's preferred MFA method",
  AdminSetUserPassword: "|,;~~~|Grants permission to set any user's password",
  AdminSetUserSettings: "|,;~~~|Grants permission to set user settings for any user",
  AdminUpdateAuthEventFeedback:
    "|,;~~~|Grants permission to update advanced security feedback for any user's authentication event",
  AdminUpdateDeviceStatus: "|,;~~~|Grants permission to update the status of any user's remembered devices",
  AdminUpdateUserAttributes: "|,;~~~|Grants permission to updates any user's standard or custom attributes",
  AdminUserGlobalSignOut: "|,;~~~|Grants permission to sign out any user from all sessions",
  AssociateSoftwareToken: "|,;~~~|Grants permission to return a unique generated shared secret key code for the user",
  AssociateWebACL: "|,;~|Grants permission to associate the user pool with an AWS WAF web ACL",
  ChangePassword: "|,;~~~|Grants permission to change the password for a specified user in a user pool",
  ConfirmDevice:
    "|,;~~~|Grants permission to confirm tracking of the device. This API call is the call that begins device tracking",
  ConfirmForgotPassword:
    "|,;~~~|Grants permission to allow a user to enter a confirmation code to reset a forgotten password",
  ConfirmSignUp:
    "|,;~~~|Grants permission to confirm registration of a user and handles the existing alias from a previous user",
  CreateGroup: "|,;~~~|Grants permission to create new user pool groups",
  CreateIdentityProvider: "|,;~~~|Grants permission to add identity providers to user pools",
  CreateManagedLoginBranding:
    "|,;~~~|Grants permission to create a branding settings for managed login and associate it with an app client",
  CreateResourceServer: "|,;~~~|Grants permission to create and configure scopes for OAuth 2.0 resource servers",
  CreateTerms: "|,;~~~|Grants permission to create terms and associate it with an app client",
  CreateUserImportJob: "|,;~~~|Grants permission to create user CSV import jobs",
  CreateUserPool: "|,;~~~|Grants permission to create and set password policy for user pools",
  CreateUserPoolClient: "|,;~~~|Grants permission to create user pool app clients",
  CreateUserPoolDomain: "|,;~~~|Grants permission to add user pool domains",
  DeleteGroup: "|,;~~~|Grants permission to delete any empty user pool group",
  DeleteIdentityProvider: "|,;~~~|Grants permission to delete any identity provider from user pools",
  DeleteManagedLoginBranding: "|,;~~~|Grants permission to delete the managed login branding style for any app client",
  DeleteResourceServer: "|,;~~~|Grants permission to delete any OAuth 2.0 resource server from user pools",
  DeleteTerms: "|,;~~~|Grants permission to delete terms for an app client",
  DeleteUser: "|,;~~~|Grants permission to allow a user to delete one's self",
  DeleteUserAttributes: "|,;~~~|Grants permission to delete the attributes for a user",
  DeleteUserPool: "|,;~~~|Grants permission to delete user pools",
  DeleteUserPoolClient: "|,;~~~|Grants permission to delete any user pool app client",
  DeleteUserPoolClientSecret:
    "|,;~~~|Grants permission to delete a secret from a list of secrets associated with a client",
  DeleteUserPoolDomain: "|,;~~~|Grants permission to delete any user pool domain",
  DescribeIdentityProvider: "|,;~~~|Grants permission to describe any user pool identity provider",
  DescribeManagedLoginBranding:
    "|,;~~~|Grants permission to get the detailed information about the branding style of managed login",
  DescribeManagedLoginBrandingByClient:
    "|,;~~~|Grants permission to get the detailed information about the branding style of managed login associated with an appclient",
  DescribeResourceServer: "|,;~~~|Grants permission to describe any OAuth 2.0 resource server",
  DescribeRiskConfiguration:
    "|,;~~~|Grants permission to describe the risk configuration settings of user pools and app clients",
  DescribeTerms: "|,;~~~|Grants permission to get the detailed information about terms for an app client",
  DescribeUserImportJob: "|,;~~~|Grants permission to describe any user import job",
  DescribeUserPool: "|,;~~~|Grants permission to describe user pools",
  DescribeUserPoolClient: "|,;~~~|Grants permission to describe any user pool app client",
  DescribeUserPoolDomain: "|,;~~~|Grants permission to describe any user pool domain",
  DisassociateWebACL: "|,;~|Grants permission to disassociate the user pool with an AWS WAF web ACL",
  ForgetDevice: "|,;~~~|Grants permission to forget the specified device",
  ForgotPassword:
    "|,;~~~|Grants permission to send a message to the end user with a confirmation code that is required to change the user's password",
  GetCSVHeader: "|,;~~~|Grants permission to generate headers for a user import .csv file",
  GetDevice: "|,;~~~|Grants permission to get the device",
  GetGroup: "|,;~~~|Grants permission to describe a user pool group",
  GetIdentityProviderByIdentifier: "|,;~~~|Grants permission to correlate a user pool IdP identifier to the IdP Name",
  GetLogDeliveryConfiguration:
    "|,;~~~|Grants permission to get the detailed activity logging configuration for a user pool",
  GetSigningCertificate: "|,;~~~|Grants permission to look up signing certificates for user pools",
  GetTokensFromRefreshToken: "|,;~~~|Grants permission to update user tokens with refresh tokens",
  GetUICustomization:
    "|,;~~~|Grants permission to get UI customization information for the hosted UI of any app client",
  GetUser: "|,;~~~|Grants permission to get the user attributes and metadata for a user",
  GetUserAttributeVerificationCode:
    "|,;~~~|Grants permission to get the user attribute verification code for the specified attribute name",
  GetUserPoolMfaConfig: "|,;~~~|Grants permission to look up the MFA configuration of user pools",
  GetWebACLForResource:
    "|,;~|Grants permission to get the AWS WAF web ACL that is associated with an Amazon Cognito user pool",
  GlobalSignOut: "|,;~~~|Grants permission to sign out users from all devices",
  InitiateAuth: "|,;~~~|Grants permission to initiate the authentication flow",
  ListDevices: "|,;~~~|Grants permission to list the devices",
  ListGroups: "|,;~~~|Grants permission to list all groups in user pools",
  ListIdentityProviders: "|,;~~~|Grants permission to list all identity providers in user pools",
  ListResourceServers: "|,;~~~|Grants permission to list all resource servers in user pools",
  ListResourcesForWebACL: "|,;~|Grants permission to list the user pools that are associated with an AWS WAF web ACL",
  ListTagsForResource: "|,;~~~|Grants permission to list the tags that are assigned to an Amazon Cognito user pool",
  ListTerms: "|,;~~~|Grants permission to list all terms for a user pool",
  ListUserImportJobs: "|,;~~~|Grants permission to list all user import jobs",
  ListUserPoolClientSecrets: "|,;~~~|Grants permission to list all secrets associated with a client",
  ListUserPoolClients: "|,;~~~|Grants permission to list all app clients in user pools",
  ListUserPools: "|,;~~~|Grants permission to list all user pools",
  ListUsers: "|,;~~~|Grants permission to list all user pool users",
  ListUsersInGroup: "|,;~~~|Grants permission to list the users in any group",
  ResendConfirmationCode:
    "|,;~~~|Grants permission to resend the confirmation (for confirmation of registration) to a specific user in the user pool",
  RespondToAuthChallenge: "|,;~~~|Grants permission to respond to the authentication challenge",
  RevokeToken: "|,;~~~|Grants permission to revoke all of the access tokens generated by the specified refresh token",
  SetLogDeliveryConfiguration:
    "|,;~~~|Grants permission to set up or modify the detailed activity logging configuration of a user pool",
  SetRiskConfiguration: "|,;~~~|Grants permission to set risk configuration for user pools and app clients",
  SetUICustomization: "|,;~~~|Grants permission to customize the hosted UI for any app client",
  SetUserMFAPreference: "|,;~~~|Grants permission to set MFA preference for the user in the userpool",
  SetUserPoolMfaConfig: "|,;~~~|Grants permission to set user pool MFA configuration",
  SetUserSettings: "|,;~~~|Grants permission to set the user settings like multi-factor authentication (MFA)",
  SignUp:
    "|,;~~~|Grants permission to register the user in the specified user pool and creates a user name, password, and user attributes",
  StartUserImportJob: "|,;~~~|Grants permission to start any user import job",
  StopUserImportJob: "|,;~~~|Grants permission to stop any user import job",
  TagResource: "|,;~~~,~~,~~|Grants permission to tag a user pool",
  UntagResource: "|,;~~~,~~|Grants permission to untag a user pool",
  UpdateAuthEventFeedback: "|,;~~~|Grants permission to update the feedback for the user authentication event",
  UpdateDeviceStatus: "|,;~~~|Grants permission to update the device status",
  UpdateGroup: "|,;~~~|Grants permission to update the configuration of any group",
  UpdateIdentityProvider: "|,;~~~|Grants permission to update the configuration of any user pool IdP",
  UpdateManagedLoginBranding: "|,;~~~|Grants permission to update the branding settings of a managed login",
  UpdateResourceServer: "|,;~~~|Grants permission to update the configuration of any OAuth 2.0 resource server",
  UpdateTerms: "|,;~~~|Grants permission to update terms for an app client",
  UpdateUserAttributes: "|,;~~~|Grants permission to allow a user to update a specific attribute (one at a time)",
  UpdateUserPool: "|,;~~~|Grants permission to updates the configuration of user pools",
  UpdateUserPoolClient: "|,;~~~|Grants permission to update any user pool client",
  UpdateUserPoolDomain: "|,;~~~|Grants permission to replace the certificate for any custom domain",
  VerifySoftwareToken:
    "|,;~~~|Grants permission to register a user's entered TOTP code and mark the user's software token MFA status as verified if successful",
  VerifyUserAttribute: "|,;~~~|Grants permission to verify a user attribute using a one time verification code",
};
const resourceTypeFacts = {
  /** The userpool resource type: arn:${Partition}:cognito-idp:${Region}:${Account}:userpool/${UserPoolId} */
  userpool: "|,|1",
  /** The webacl resource type: arn:${Partition}:wafv2:${Region}:${Account}:${Scope}/webacl/${Name}/${Id} */
  webacl: "|,|",
} as const;
const arnFormats = {
  /** ARN of a userpool resource: arn:${Partition}:cognito-idp:${Region}:${Account}:userpool/${UserPoolId}. */
  userpool: "|,userpool|arn:|Partition|:cognito-idp:|Region|:|Account|:userpool/|UserPoolId|",
  /** ARN of a webacl resource: arn:${Partition}:wafv2:${Region}:${Account}:${Scope}/webacl/${Name}/${Id}. */
  webacl: "|,webacl|arn:|Partition|:wafv2:|Region|:|Account|:|Scope|/webacl/|Name|/|Id|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["userpool", "webacl"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "cognito-idp">;
/** Any cognito-idp action. */
export type Action = ActionOf<typeof actionFacts, "cognito-idp">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "cognito-idp">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "cognito-idp" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every cognito-idp action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by a key that is present in the request. */
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
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by a key that is present in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "cognito-idp",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
