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
export const prefix: "iam" = "iam";
/** The service's name in the reference. */
export const serviceName: "AWS Identity and Access Management (IAM)" = "AWS Identity and Access Management (IAM)";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Identity and Access Management (IAM)",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsidentityandaccessmanagementiam.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "iam:AWSServiceName",
  "iam:AssociatedResourceArn",
  "iam:DelegationDuration",
  "iam:DelegationRequestOwner",
  "iam:FIDO-FIPS-140-2-certification",
  "iam:FIDO-FIPS-140-3-certification",
  "iam:FIDO-certification",
  "iam:NotificationChannel",
  "iam:OrganizationsPolicyId",
  "iam:PassedToService",
  "iam:PermissionsBoundary",
  "iam:PolicyARN",
  "iam:RegisterSecurityKey",
  "iam:ResourceTag/${TagKey}",
  "iam:ServiceSpecificCredentialAgeDays",
  "iam:ServiceSpecificCredentialServiceName",
  "iam:TemplateArn",
] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Accepts a delegation request resource, granting the requested temporary access. Access level: Write. Resources: delegation-request*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_AcceptDelegationRequest.html */
  AcceptDelegationRequest: "W|||2;1;|||;",
  /** Grants permission to add a new client ID (audience) to the list of registered IDs for the specified IAM OpenID Connect (OIDC) provider resource. Access level: Write. Resources: oidc-provider*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_AddClientIDToOpenIDConnectProvider.html */
  AddClientIDToOpenIDConnectProvider: "W|||7;1;|||;",
  /** Grants permission to add an IAM role to the specified instance profile. Access level: Write. Resources: instance-profile*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_AddRoleToInstanceProfile.html */
  AddRoleToInstanceProfile: "W|||5;1;||iam:PassRole|;",
  /** Grants permission to add an IAM user to the specified IAM group. Access level: Write. Resources: group*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_AddUserToGroup.html */
  AddUserToGroup: "W|||4;1;|||;",
  /** Associates a delegation request resource with the calling identity. Access level: Write. Resources: delegation-request*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_AssociateDelegationRequest.html */
  AssociateDelegationRequest: "W|||2;1;|||;",
  /** Grants permission to attach a managed policy to the specified IAM group. Access level: Permissions management. Resources: group*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_AttachGroupPolicy.html */
  AttachGroupPolicy: "P|||4;1;|14||;",
  /** Grants permission to attach a managed policy to the specified IAM role. Access level: Permissions management. Resources: role*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_AttachRolePolicy.html */
  AttachRolePolicy: "P|||9;1;|13,14||;",
  /** Grants permission to attach a managed policy to the specified IAM user. Access level: Permissions management. Resources: user*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_AttachUserPolicy.html */
  AttachUserPolicy: "P|||13;1;|13,14||;",
  /** Grants permission to an IAM user to change their own password. Access level: Write. Resources: user*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_ChangePassword.html */
  ChangePassword: "W|||13;1;|||;",
  /** Grants permission to create access key and secret access key for the specified IAM user. Access level: Write. Resources: user*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateAccessKey.html */
  CreateAccessKey: "W|||13;1;|||;",
  /** Grants permission to create an alias for your AWS account. Access level: Write. https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateAccountAlias.html */
  CreateAccountAlias: "W||||||;",
  /** Creates an IAM delegation request resource for temporary access delegation. Access level: Write. Resources: delegation-request*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateDelegationRequest.html */
  CreateDelegationRequest: "W|||2;1;|5,10,19||;",
  /** Grants permission to create a new group. Access level: Write. Resources: group*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateGroup.html */
  CreateGroup: "W|||4;1;|||;",
  /** Grants permission to create a new instance profile. Access level: Write. Resources: instance-profile*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateInstanceProfile.html */
  CreateInstanceProfile: "W|||5;1;|0,2|iam:TagInstanceProfile|;",
  /** Grants permission to create a password for the specified IAM user. Access level: Write. Resources: user*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateLoginProfile.html */
  CreateLoginProfile: "W|||13;1;|||;",
  /** Grants permission to create an IAM resource that describes an identity provider (IdP) that supports OpenID Connect (OIDC). Access level: Write. Resources: oidc-provider*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateOpenIDConnectProvider.html */
  CreateOpenIDConnectProvider: "W|||7;1;|0,2|iam:TagOpenIDConnectProvider|;",
  /** Grants permission to create a new managed policy. Access level: Permissions management. Resources: policy*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreatePolicy.html */
  CreatePolicy: "P|||8;1;|0,2|iam:TagPolicy|;",
  /** Grants permission to create a new version of the specified managed policy. Access level: Permissions management. Resources: policy*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreatePolicyVersion.html */
  CreatePolicyVersion: "P|||8;1;|||;",
  /** Grants permission to create a new role. Access level: Write. Resources: role*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html */
  CreateRole: "W|||9;1;|0,2,13|iam:TagRole|;",
  /** Grants permission to create an IAM resource that describes an identity provider (IdP) that supports SAML 2.0. Access level: Write. Resources: saml-provider*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateSAMLProvider.html */
  CreateSAMLProvider: "W|||10;1;|0,2|iam:TagSAMLProvider|;",
  /** Grants permission to create an IAM role that allows an AWS service to perform actions on your behalf. Access level: Write. Resources: role*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateServiceLinkedRole.html */
  CreateServiceLinkedRole: "W|||9;1;|3|iam:PutRolePolicy|;",
  /** Grants permission to create a new service-specific credential for an IAM user. Access level: Write. Resources: user*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateServiceSpecificCredential.html */
  CreateServiceSpecificCredential: "W|||13;1;|17,18||;",
  /** Grants permission to create a new IAM user. Access level: Write. Resources: user*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateUser.html */
  CreateUser: "W|||13;1;|0,2,13|iam:TagUser|;",
  /** Grants permission to create a new virtual MFA device. Access level: Write. Resources: mfa*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateVirtualMFADevice.html */
  CreateVirtualMFADevice: "W|||6;1;|0,2|iam:TagMFADevice|;",
  /** Grants permission to deactivate the specified MFA device and remove its association with the IAM user for which it was originally enabled. Access level: Write. Resources: user*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeactivateMFADevice.html */
  DeactivateMFADevice: "W|||13;1;|||;",
  /** Grants permission to delete the access key pair that is associated with the specified IAM user. Access level: Write. Resources: user*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteAccessKey.html */
  DeleteAccessKey: "W|||13;1;|||;",
  /** Grants permission to delete the specified AWS account alias. Access level: Write. https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteAccountAlias.html */
  DeleteAccountAlias: "W||||||;",
  /** Grants permission to delete the password policy for the AWS account. Access level: Permissions management. https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteAccountPasswordPolicy.html */
  DeleteAccountPasswordPolicy: "P||||||;",
  /** Grants permission to delete an existing CloudFront public key. Access level: Write. https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-trusted-signers.html */
  DeleteCloudFrontPublicKey: "W||||||",
  /** Grants permission to delete the specified IAM group. Access level: Write. Resources: group*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteGroup.html */
  DeleteGroup: "W|||4;1;|||;",
  /** Grants permission to delete the specified inline policy from its group. Access level: Permissions management. Resources: group*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteGroupPolicy.html */
  DeleteGroupPolicy: "P|||4;1;|||;",
  /** Grants permission to delete the specified instance profile. Access level: Write. Resources: instance-profile*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteInstanceProfile.html */
  DeleteInstanceProfile: "W|||5;1;|||;",
  /** Grants permission to delete the password for the specified IAM user. Access level: Write. Resources: user*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteLoginProfile.html */
  DeleteLoginProfile: "W|||13;1;|||;",
  /** Grants permission to delete an OpenID Connect identity provider (IdP) resource object in IAM. Access level: Write. Resources: oidc-provider*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteOpenIDConnectProvider.html */
  DeleteOpenIDConnectProvider: "W|||7;1;|||;",
  /** Grants permission to delete the specified managed policy and remove it from any IAM entities (users, groups, or roles) to which it is attached. Access level: Permissions management. Resources: policy*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeletePolicy.html */
  DeletePolicy: "P|||8;1;|||;",
  /** Grants permission to delete a version from the specified managed policy. Access level: Permissions management. Resources: policy*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeletePolicyVersion.html */
  DeletePolicyVersion: "P|||8;1;|||;",
  /** Grants permission to delete the specified role. Access level: Write. Resources: role*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteRole.html */
  DeleteRole: "W|||9;1;|13||;",
  /** Grants permission to remove the permissions boundary from a role. Access level: Permissions management. Resources: role*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteRolePermissionsBoundary.html */
  DeleteRolePermissionsBoundary: "P|||9;1;|13||;",
  /** Grants permission to delete the specified inline policy from the specified role. Access level: Permissions management. Resources: role*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteRolePolicy.html */
  DeleteRolePolicy: "P|||9;1;|13||;",
  /** Grants permission to delete a SAML provider resource in IAM. Access level: Write. Resources: saml-provider*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteSAMLProvider.html */
  DeleteSAMLProvider: "W|||10;1;|||;",
  /** Grants permission to delete the specified SSH public key. Access level: Write. Resources: user*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteSSHPublicKey.html */
  DeleteSSHPublicKey: "W|||13;1;|||;",
  /** Grants permission to delete the specified server certificate. Access level: Write. Resources: server-certificate*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteServerCertificate.html */
  DeleteServerCertificate: "W|||11;1;|||;",
  /** Grants permission to delete an IAM role that is linked to a specific AWS service, if the service is no longer using it. Access level: Write. Resources: role*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteServiceLinkedRole.html */
  DeleteServiceLinkedRole: "W|||9;1;|||;",
  /** Grants permission to delete the specified service-specific credential for an IAM user. Access level: Write. Resources: user*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteServiceSpecificCredential.html */
  DeleteServiceSpecificCredential: "W|||13;1;|18||;",
  /** Grants permission to delete a signing certificate that is associated with the specified IAM user. Access level: Write. Resources: user*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteSigningCertificate.html */
  DeleteSigningCertificate: "W|||13;1;|||;",
  /** Grants permission to delete the specified IAM user. Access level: Write. Resources: user*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteUser.html */
  DeleteUser: "W|||13;1;|||;",
  /** Grants permission to remove the permissions boundary from the specified IAM user. Access level: Permissions management. Resources: user*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteUserPermissionsBoundary.html */
  DeleteUserPermissionsBoundary: "P|||13;1;|13||;",
  /** Grants permission to delete the specified inline policy from an IAM user. Access level: Permissions management. Resources: user*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteUserPolicy.html */
  DeleteUserPolicy: "P|||13;1;|13||;",
  /** Grants permission to delete a virtual MFA device. Access level: Write. Resources: mfa, sms-mfa. https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteVirtualMFADevice.html */
  DeleteVirtualMFADevice: "W|||6;0;,12;0;|||;",
  /** Grants permission to detach a managed policy from the specified IAM group. Access level: Permissions management. Resources: group*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_DetachGroupPolicy.html */
  DetachGroupPolicy: "P|||4;1;|14||;",
  /** Grants permission to detach a managed policy from the specified role. Access level: Permissions management. Resources: role*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_DetachRolePolicy.html */
  DetachRolePolicy: "P|||9;1;|13,14||;",
  /** Grants permission to detach a managed policy from the specified IAM user. Access level: Permissions management. Resources: user*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_DetachUserPolicy.html */
  DetachUserPolicy: "P|||13;1;|13,14||;",
  /** Grants permission to disable the management of member account root user credentials for an organization managed under the current account. Access level: Write. https://docs.aws.amazon.com/IAM/latest/APIReference/API_DisableOrganizationsRootCredentialsManagement.html */
  DisableOrganizationsRootCredentialsManagement: "W||||||",
  /** Grants permission to disable privileged root actions in member accounts for an organization managed under the current account. Access level: Write. https://docs.aws.amazon.com/IAM/latest/APIReference/API_DisableOrganizationsRootSessions.html */
  DisableOrganizationsRootSessions: "W||||||",
  /** Disables the outbound identity federation feature for the callers account. Access level: Write. https://docs.aws.amazon.com/IAM/latest/APIReference/API_AddClientIDToOpenIDConnectProvider.html */
  DisableOutboundWebIdentityFederation: "W||||||;",
  /** Grants permission to enable an MFA device and associate it with the specified IAM user. Access level: Write. Resources: user*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_EnableMFADevice.html */
  EnableMFADevice: "W|||13;1;|7,8,9,15||;",
  /** Grants permission to enable the management of member account root user credentials for an organization managed under the current account. Access level: Write. https://docs.aws.amazon.com/IAM/latest/APIReference/API_EnableOrganizationsRootCredentialsManagement.html */
  EnableOrganizationsRootCredentialsManagement: "W||||||",
  /** Grants permission to enable privileged root actions in member accounts for an organization managed under the current account. Access level: Write. https://docs.aws.amazon.com/IAM/latest/APIReference/API_EnableOrganizationsRootSessions.html */
  EnableOrganizationsRootSessions: "W||||||",
  /** Enables the outbound identity federation feature for the callers account. Access level: Write. https://docs.aws.amazon.com/IAM/latest/APIReference/API_EnableOutboundWebIdentityFederation.html */
  EnableOutboundWebIdentityFederation: "W||||||;",
  /** Grants permission to generate a credential report for the AWS account. Access level: Read. https://docs.aws.amazon.com/IAM/latest/APIReference/API_GenerateCredentialReport.html */
  GenerateCredentialReport: "R||||||;",
  /** Grants permission to generate an access report for an AWS Organizations entity. Access level: Read. Resources: access-report*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_GenerateOrganizationsAccessReport.html */
  GenerateOrganizationsAccessReport:
    "R|||0;1;|11|organizations:DescribePolicy,organizations:ListChildren,organizations:ListParents,organizations:ListPoliciesForTarget,organizations:ListRoots,organizations:ListTargetsForPolicy|;",
  /** Grants permission to generate a service last accessed data report for an IAM resource. Access level: Read. Resources: group*, policy*, role*, user*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_GenerateServiceLastAccessedDetails.html */
  GenerateServiceLastAccessedDetails: "R|||4;1;,8;1;,9;1;,13;1;|||;",
  /** Grants permission to retrieve information about when the specified access key was last used. Access level: Read. Resources: user*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccessKeyLastUsed.html */
  GetAccessKeyLastUsed: "R|||13;1;|||;",
  /** Grants permission to retrieve information about all IAM users, groups, roles, and policies in your AWS account, including their relationships to one another. Access level: Read. https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountAuthorizationDetails.html */
  GetAccountAuthorizationDetails: "R||||||;",
  /** Grants permission to retrieve the email address that is associated with the account. Access level: Read. https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-update-root-user.html */
  GetAccountEmailAddress: "R||||||",
  /** Grants permission to retrieve the account name that is associated with the account. Access level: Read. https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-update-root-user.html */
  GetAccountName: "R||||||",
  /** Grants permission to retrieve the password policy for the AWS account. Access level: Read. https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountPasswordPolicy.html */
  GetAccountPasswordPolicy: "R||||||;",
  /** Grants permission to retrieve information about IAM entity usage and IAM quotas in the AWS account. Access level: List. https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountSummary.html */
  GetAccountSummary: "L||||||;",
  /** Grants permission to retrieve information about the specified CloudFront public key. Access level: Read. https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-trusted-signers.html */
  GetCloudFrontPublicKey: "R||||||",
  /** Grants permission to retrieve a list of all of the context keys that are referenced in the specified policy. Access level: Read. https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetContextKeysForCustomPolicy.html */
  GetContextKeysForCustomPolicy: "R||||||;",
  /** Grants permission to retrieve a list of all context keys that are referenced in all IAM policies that are attached to the specified IAM identity (user, group, or role). Access level: Read. Resources: group, role, user. https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetContextKeysForPrincipalPolicy.html */
  GetContextKeysForPrincipalPolicy: "R|||4;0;,9;0;,13;0;|||;",
  /** Grants permission to retrieve a credential report for the AWS account. Access level: Read. https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetCredentialReport.html */
  GetCredentialReport: "R||||||;",
  /** Retrieves information about a specific delegation request. Access level: Read. Resources: delegation-request*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetDelegationRequest.html */
  GetDelegationRequest: "R|||2;1;|||;",
  /** Grants permission to retrieve a list of IAM users in the specified IAM group. Access level: Read. Resources: group*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetGroup.html */
  GetGroup: "R|||4;1;|||;",
  /** Grants permission to retrieve an inline policy document that is embedded in the specified IAM group. Access level: Read. Resources: group*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetGroupPolicy.html */
  GetGroupPolicy: "R|||4;1;|||;",
  /** Retrieves a human readable summary for a given entity. At this time, only delegation request are supported. Access level: Read. Resources: delegation-request*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetHumanReadableSummary.html */
  GetHumanReadableSummary: "R|||2;1;|||;",
  /** Grants permission to retrieve information about the specified instance profile, including the instance profile's path, GUID, ARN, and role. Access level: Read. Resources: instance-profile*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetInstanceProfile.html */
  GetInstanceProfile: "R|||5;1;|||;",
  /** Grants permission to retrieve the user name and password creation date for the specified IAM user. Access level: List. Resources: user*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetLoginProfile.html */
  GetLoginProfile: "L|||13;1;|||;",
  /** Grants permission to retrieve information about an MFA device for the specified user. Access level: Read. Resources: user*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetMFADevice.html */
  GetMFADevice: "R|||13;1;|||;",
  /** Grants permission to retrieve information about the specified OpenID Connect (OIDC) provider resource in IAM. Access level: Read. Resources: oidc-provider*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetOpenIDConnectProvider.html */
  GetOpenIDConnectProvider: "R|||7;1;|||;",
  /** Grants permission to retrieve an AWS Organizations access report. Access level: Read. https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetOrganizationsAccessReport.html */
  GetOrganizationsAccessReport: "R||||||;",
  /** Retrieves the configuration information for the outbound identity federation feature for the callers account. Access level: Read. https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetOutboundWebIdentityFederationInfo.html */
  GetOutboundWebIdentityFederationInfo: "R||||||;",
  /** Grants permission to retrieve information about the specified managed policy, including the policy's default version and the total number of identities to which the policy is attached. Access level: Read. Resources: policy*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetPolicy.html */
  GetPolicy: "R|||8;1;|||;",
  /** Grants permission to retrieve information about a version of the specified managed policy, including the policy document. Access level: Read. Resources: policy*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetPolicyVersion.html */
  GetPolicyVersion: "R|||8;1;|||;",
  /** Grants permission to retrieve information about the specified role, including the role's path, GUID, ARN, and the role's trust policy. Access level: Read. Resources: role*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetRole.html */
  GetRole: "R|||9;1;|13||;",
  /** Grants permission to retrieve an inline policy document that is embedded with the specified IAM role. Access level: Read. Resources: role*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetRolePolicy.html */
  GetRolePolicy: "R|||9;1;|||;",
  /** Grants permission to retrieve the SAML provider metadocument that was uploaded when the IAM SAML provider resource was created or updated. Access level: Read. Resources: saml-provider*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetSAMLProvider.html */
  GetSAMLProvider: "R|||10;1;|||;",
  /** Grants permission to retrieve the specified SSH public key, including metadata about the key. Access level: Read. Resources: user*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetSSHPublicKey.html */
  GetSSHPublicKey: "R|||13;1;|||;",
  /** Grants permission to retrieve information about the specified server certificate stored in IAM. Access level: Read. Resources: server-certificate*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetServerCertificate.html */
  GetServerCertificate: "R|||11;1;|||;",
  /** Grants permission to retrieve information about the service last accessed data report. Access level: Read. https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetServiceLastAccessedDetails.html */
  GetServiceLastAccessedDetails: "R||||||;",
  /** Grants permission to retrieve information about the entities from the service last accessed data report. Access level: Read. https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetServiceLastAccessedDetailsWithEntities.html */
  GetServiceLastAccessedDetailsWithEntities: "R||||||;",
  /** Grants permission to retrieve an IAM service-linked role deletion status. Access level: Read. Resources: role*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetServiceLinkedRoleDeletionStatus.html */
  GetServiceLinkedRoleDeletionStatus: "R|||9;1;|||;",
  /** Grants permission to retrieve information about the specified IAM user, including the user's creation date, path, unique ID, and ARN. Access level: Read. Resources: user*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetUser.html */
  GetUser: "R|||13;1;|||;",
  /** Grants permission to retrieve an inline policy document that is embedded in the specified IAM user. Access level: Read. Resources: user*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetUserPolicy.html */
  GetUserPolicy: "R|||13;1;|||;",
  /** Grants permission to list information about the access key IDs that are associated with the specified IAM user. Access level: List. Resources: user*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListAccessKeys.html */
  ListAccessKeys: "L|||13;1;|||;",
  /** Grants permission to list the account alias that is associated with the AWS account. Access level: List. https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListAccountAliases.html */
  ListAccountAliases: "L||||||;",
  /** Grants permission to list all managed policies that are attached to the specified IAM group. Access level: List. Resources: group*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListAttachedGroupPolicies.html */
  ListAttachedGroupPolicies: "L|||4;1;|||;",
  /** Grants permission to list all managed policies that are attached to the specified IAM role. Access level: List. Resources: role*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListAttachedRolePolicies.html */
  ListAttachedRolePolicies: "L|||9;1;|||;",
  /** Grants permission to list all managed policies that are attached to the specified IAM user. Access level: List. Resources: user*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListAttachedUserPolicies.html */
  ListAttachedUserPolicies: "L|||13;1;|||;",
  /** Grants permission to list all current CloudFront public keys for the account. Access level: List. https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-trusted-signers.html */
  ListCloudFrontPublicKeys: "L||||||",
  /** Lists delegation requests based on the specified criteria. Access level: List. https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListDelegationRequests.html */
  ListDelegationRequests: "L||||6||;",
  /** Grants permission to list all IAM identities to which the specified managed policy is attached. Access level: List. Resources: policy*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListEntitiesForPolicy.html */
  ListEntitiesForPolicy: "L|||8;1;|||;",
  /** Grants permission to list the names of the inline policies that are embedded in the specified IAM group. Access level: List. Resources: group*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListGroupPolicies.html */
  ListGroupPolicies: "L|||4;1;|||;",
  /** Grants permission to list the IAM groups that have the specified path prefix. Access level: List. https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListGroups.html */
  ListGroups: "L||||||;",
  /** Grants permission to list the IAM groups that the specified IAM user belongs to. Access level: List. Resources: user*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListGroupsForUser.html */
  ListGroupsForUser: "L|||13;1;|||;",
  /** Grants permission to list the tags that are attached to the specified instance profile. Access level: List. Resources: instance-profile*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListInstanceProfileTags.html */
  ListInstanceProfileTags: "L|||5;1;|||;",
  /** Grants permission to list the instance profiles that have the specified path prefix. Access level: List. https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListInstanceProfiles.html */
  ListInstanceProfiles: "L||||||;",
  /** Grants permission to list the instance profiles that have the specified associated IAM role. Access level: List. Resources: role*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListInstanceProfilesForRole.html */
  ListInstanceProfilesForRole: "L|||9;1;|||;",
  /** Grants permission to list the tags that are attached to the specified virtual mfa device. Access level: List. Resources: mfa*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListMFADeviceTags.html */
  ListMFADeviceTags: "L|||6;1;|||;",
  /** Grants permission to list the MFA devices for an IAM user. Access level: List. Resources: user. https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListMFADevices.html */
  ListMFADevices: "L|||13;0;|||;",
  /** Grants permission to list the tags that are attached to the specified OpenID Connect provider. Access level: List. Resources: oidc-provider*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListOpenIDConnectProviderTags.html */
  ListOpenIDConnectProviderTags: "L|||7;1;|||;",
  /** Grants permission to list information about the IAM OpenID Connect (OIDC) provider resource objects that are defined in the AWS account. Access level: List. https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListOpenIDConnectProviders.html */
  ListOpenIDConnectProviders: "L||||||;",
  /** Grants permission to list the centralized root access features enabled for your organization. Access level: List. https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListOrganizationsFeatures.html */
  ListOrganizationsFeatures: "L||||||",
  /** Grants permission to list all managed policies. Access level: List. https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListPolicies.html */
  ListPolicies: "L||||||;",
  /** Grants permission to list information about the policies that grant an entity access to a specific service. Access level: List. Resources: group*, role*, user*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListPoliciesGrantingServiceAccess.html */
  ListPoliciesGrantingServiceAccess: "L|||4;1;,9;1;,13;1;|||;",
  /** Grants permission to list the tags that are attached to the specified managed policy. Access level: List. Resources: policy*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListPolicyTags.html */
  ListPolicyTags: "L|||8;1;|||;",
  /** Grants permission to list information about the versions of the specified managed policy, including the version that is currently set as the policy's default version. Access level: List. Resources: policy*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListPolicyVersions.html */
  ListPolicyVersions: "L|||8;1;|||;",
  /** Grants permission to list the names of the inline policies that are embedded in the specified IAM role. Access level: List. Resources: role*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListRolePolicies.html */
  ListRolePolicies: "L|||9;1;|||;",
  /** Grants permission to list the tags that are attached to the specified IAM role. Access level: List. Resources: role*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListRoleTags.html */
  ListRoleTags: "L|||9;1;|||;",
  /** Grants permission to list the IAM roles that have the specified path prefix. Access level: List. https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListRoles.html */
  ListRoles: "L||||||;",
  /** Grants permission to list the tags that are attached to the specified SAML provider. Access level: List. Resources: saml-provider*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListSAMLProviderTags.html */
  ListSAMLProviderTags: "L|||10;1;|||;",
  /** Grants permission to list the SAML provider resources in IAM. Access level: List. https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListSAMLProviders.html */
  ListSAMLProviders: "L||||||;",
  /** Grants permission to list information about the SSH public keys that are associated with the specified IAM user. Access level: List. Resources: user*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListSSHPublicKeys.html */
  ListSSHPublicKeys: "L|||13;1;|||;",
  /** Grants permission to list the status of all active STS regional endpoints. Access level: List. https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_enable-regions.html */
  ListSTSRegionalEndpointsStatus: "L||||||",
  /** Grants permission to list the tags that are attached to the specified server certificate. Access level: List. Resources: server-certificate*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListServerCertificateTags.html */
  ListServerCertificateTags: "L|||11;1;|||;",
  /** Grants permission to list the server certificates that have the specified path prefix. Access level: List. https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListServerCertificates.html */
  ListServerCertificates: "L||||||;",
  /** Grants permission to list the service-specific credentials that are associated with the specified IAM user. Access level: List. Resources: user*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListServiceSpecificCredentials.html */
  ListServiceSpecificCredentials: "L|||13;1;|||;",
  /** Grants permission to list information about the signing certificates that are associated with the specified IAM user. Access level: List. Resources: user*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListSigningCertificates.html */
  ListSigningCertificates: "L|||13;1;|||;",
  /** Grants permission to list the names of the inline policies that are embedded in the specified IAM user. Access level: List. Resources: user*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListUserPolicies.html */
  ListUserPolicies: "L|||13;1;|||;",
  /** Grants permission to list the tags that are attached to the specified IAM user. Access level: List. Resources: user*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListUserTags.html */
  ListUserTags: "L|||13;1;|||;",
  /** Grants permission to list the IAM users that have the specified path prefix. Access level: List. https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListUsers.html */
  ListUsers: "L||||||;",
  /** Grants permission to list virtual MFA devices by assignment status. Access level: List. https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListVirtualMFADevices.html */
  ListVirtualMFADevices: "L||||||;",
  /** Grants permission to pass a role to a service. Access level: Write. Resources: role*. Permission only. https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html */
  PassRole: "W||1|9;1;|4,12||AddRoleToInstanceProfile",
  /** Grants permission to create or update an inline policy document that is embedded in the specified IAM group. Access level: Permissions management. Resources: group*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_PutGroupPolicy.html */
  PutGroupPolicy: "P|||4;1;|||;",
  /** Grants permission to set a managed policy as a permissions boundary for a role. Access level: Permissions management. Resources: role*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_PutRolePermissionsBoundary.html */
  PutRolePermissionsBoundary: "P|||9;1;|13||;",
  /** Grants permission to create or update an inline policy document that is embedded in the specified IAM role. Access level: Permissions management. Resources: role*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_PutRolePolicy.html */
  PutRolePolicy: "P|||9;1;|13||CreateServiceLinkedRole,;",
  /** Grants permission to set a managed policy as a permissions boundary for an IAM user. Access level: Permissions management. Resources: user*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_PutUserPermissionsBoundary.html */
  PutUserPermissionsBoundary: "P|||13;1;|13||;",
  /** Grants permission to create or update an inline policy document that is embedded in the specified IAM user. Access level: Permissions management. Resources: user*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_PutUserPolicy.html */
  PutUserPolicy: "P|||13;1;|13||;",
  /** Rejects a delegation request, denying the requested temporary access. Access level: Write. Resources: delegation-request*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_RejectDelegationRequest.html */
  RejectDelegationRequest: "W|||2;1;|||;",
  /** Grants permission to remove the client ID (audience) from the list of client IDs in the specified IAM OpenID Connect (OIDC) provider resource. Access level: Write. Resources: oidc-provider*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_RemoveClientIDFromOpenIDConnectProvider.html */
  RemoveClientIDFromOpenIDConnectProvider: "W|||7;1;|||;",
  /** Grants permission to remove an IAM role from the specified EC2 instance profile. Access level: Write. Resources: instance-profile*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_RemoveRoleFromInstanceProfile.html */
  RemoveRoleFromInstanceProfile: "W|||5;1;|||;",
  /** Grants permission to remove an IAM user from the specified group. Access level: Write. Resources: group*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_RemoveUserFromGroup.html */
  RemoveUserFromGroup: "W|||4;1;|||;",
  /** Grants permission to reset the password for an existing service-specific credential for an IAM user. Access level: Write. Resources: user*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_ResetServiceSpecificCredential.html */
  ResetServiceSpecificCredential: "W|||13;1;|18||;",
  /** Grants permission to synchronize the specified MFA device with its IAM entity (user or role). Access level: Write. Resources: user*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_ResyncMFADevice.html */
  ResyncMFADevice: "W|||13;1;|||;",
  /** Sends the exchange token for an accepted delegation request. Access level: Write. Resources: delegation-request*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_SendDelegationToken.html */
  SendDelegationToken: "W|||2;1;|||;",
  /** Grants permission to set the version of the specified policy as the policy's default version. Access level: Permissions management. Resources: policy*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_SetDefaultPolicyVersion.html */
  SetDefaultPolicyVersion: "P|||8;1;|||;",
  /** Grants permission to activate or deactivate an STS regional endpoint. Access level: Write. https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_enable-regions.html */
  SetSTSRegionalEndpointStatus: "W||||||",
  /** Grants permission to set the STS global endpoint token version. Access level: Write. https://docs.aws.amazon.com/IAM/latest/APIReference/API_SetSecurityTokenServicePreferences.html */
  SetSecurityTokenServicePreferences: "W||||||;",
  /** Grants permission to simulate whether an identity-based policy or resource-based policy provides permissions for specific API operations and resources. Access level: Read. https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulateCustomPolicy.html */
  SimulateCustomPolicy: "R||||||;",
  /** Grants permission to simulate whether an identity-based policy that is attached to a specified IAM entity (user or role) provides permissions for specific API operations and resources. Access level: Read. Resources: group, role, user. https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulatePrincipalPolicy.html */
  SimulatePrincipalPolicy: "R|||4;0;,9;0;,13;0;|||;",
  /** Grants permission to add tags to an instance profile. Access level: Tagging. Resources: instance-profile*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_TagInstanceProfile.html */
  TagInstanceProfile: "T|||5;1;|0,2||CreateInstanceProfile,;",
  /** Grants permission to add tags to a virtual mfa device. Access level: Tagging. Resources: mfa*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_TagMFADevice.html */
  TagMFADevice: "T|||6;1;|0,2||CreateVirtualMFADevice,;",
  /** Grants permission to add tags to an OpenID Connect provider. Access level: Tagging. Resources: oidc-provider*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_TagOpenIDConnectProvider.html */
  TagOpenIDConnectProvider: "T|||7;1;|0,2||CreateOpenIDConnectProvider,;",
  /** Grants permission to add tags to a managed policy. Access level: Tagging. Resources: policy*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_TagPolicy.html */
  TagPolicy: "T|||8;1;|0,2||CreatePolicy,;",
  /** Grants permission to add tags to an IAM role. Access level: Tagging. Resources: role*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_TagRole.html */
  TagRole: "T|||9;1;|0,2||CreateRole,;",
  /** Grants permission to add tags to a SAML Provider. Access level: Tagging. Resources: saml-provider*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_TagSAMLProvider.html */
  TagSAMLProvider: "T|||10;1;|0,2||CreateSAMLProvider,;",
  /** Grants permission to add tags to a server certificate. Access level: Tagging. Resources: server-certificate*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_TagServerCertificate.html */
  TagServerCertificate: "T|||11;1;|0,2||;,UploadServerCertificate",
  /** Grants permission to add tags to an IAM user. Access level: Tagging. Resources: user*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_TagUser.html */
  TagUser: "T|||13;1;|0,2||CreateUser,;",
  /** Grants permission to remove the specified tags from the instance profile. Access level: Tagging. Resources: instance-profile*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_UntagInstanceProfile.html */
  UntagInstanceProfile: "T|||5;1;|2||;",
  /** Grants permission to remove the specified tags from the virtual mfa device. Access level: Tagging. Resources: mfa*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_UntagMFADevice.html */
  UntagMFADevice: "T|||6;1;|2||;",
  /** Grants permission to remove the specified tags from the OpenID Connect provider. Access level: Tagging. Resources: oidc-provider*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_UntagOpenIDConnectProvider.html */
  UntagOpenIDConnectProvider: "T|||7;1;|2||;",
  /** Grants permission to remove the specified tags from the managed policy. Access level: Tagging. Resources: policy*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_UntagPolicy.html */
  UntagPolicy: "T|||8;1;|2||;",
  /** Grants permission to remove the specified tags from the role. Access level: Tagging. Resources: role*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_UntagRole.html */
  UntagRole: "T|||9;1;|2||;",
  /** Grants permission to remove the specified tags from the SAML Provider. Access level: Tagging. Resources: saml-provider*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_UntagSAMLProvider.html */
  UntagSAMLProvider: "T|||10;1;|2||;",
  /** Grants permission to remove the specified tags from the server certificate. Access level: Tagging. Resources: server-certificate*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_UntagServerCertificate.html */
  UntagServerCertificate: "T|||11;1;|2||;",
  /** Grants permission to remove the specified tags from the user. Access level: Tagging. Resources: user*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_UntagUser.html */
  UntagUser: "T|||13;1;|2||;",
  /** Grants permission to update the status of the specified access key as Active or Inactive. Access level: Write. Resources: user*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateAccessKey.html */
  UpdateAccessKey: "W|||13;1;|||;",
  /** Grants permission to update the email address that is associated with the account. Access level: Write. https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-update-root-user.html */
  UpdateAccountEmailAddress: "W||||||",
  /** Grants permission to update the account name that is associated with the account. Access level: Write. https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-update-root-user.html */
  UpdateAccountName: "W||||||",
  /** Grants permission to update the password policy settings for the AWS account. Access level: Write. https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateAccountPasswordPolicy.html */
  UpdateAccountPasswordPolicy: "W||||||;",
  /** Grants permission to update the policy that grants an IAM entity permission to assume a role. Access level: Permissions management. Resources: role*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateAssumeRolePolicy.html */
  UpdateAssumeRolePolicy: "P|||9;1;|13||;",
  /** Grants permission to update an existing CloudFront public key. Access level: Write. https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-trusted-signers.html */
  UpdateCloudFrontPublicKey: "W||||||",
  /** Grants permission to update the name or path of the specified IAM group. Access level: Write. Resources: group*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateGroup.html */
  UpdateGroup: "W|||4;1;|||;",
  /** Grants permission to change the password for the specified IAM user. Access level: Write. Resources: user*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateLoginProfile.html */
  UpdateLoginProfile: "W|||13;1;|||;",
  /** Grants permission to update the entire list of server certificate thumbprints that are associated with an OpenID Connect (OIDC) provider resource. Access level: Write. Resources: oidc-provider*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateOpenIDConnectProviderThumbprint.html */
  UpdateOpenIDConnectProviderThumbprint: "W|||7;1;|||;",
  /** Grants permission to update the description or maximum session duration setting of a role. Access level: Write. Resources: role*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateRole.html */
  UpdateRole: "W|||9;1;|13||;",
  /** Grants permission to update only the description of a role. Access level: Write. Resources: role*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateRoleDescription.html */
  UpdateRoleDescription: "W|||9;1;|13||;",
  /** Grants permission to update the metadata document for an existing SAML provider resource. Access level: Write. Resources: saml-provider*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateSAMLProvider.html */
  UpdateSAMLProvider: "W|||10;1;|||;",
  /** Grants permission to update the status of an IAM user's SSH public key to active or inactive. Access level: Write. Resources: user*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateSSHPublicKey.html */
  UpdateSSHPublicKey: "W|||13;1;|||;",
  /** Grants permission to update the name or the path of the specified server certificate stored in IAM. Access level: Write. Resources: server-certificate*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateServerCertificate.html */
  UpdateServerCertificate: "W|||11;1;|||;",
  /** Grants permission to update the status of a service-specific credential to active or inactive for an IAM user. Access level: Write. Resources: user*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateServiceSpecificCredential.html */
  UpdateServiceSpecificCredential: "W|||13;1;|18||;",
  /** Grants permission to update the status of the specified user signing certificate to active or disabled. Access level: Write. Resources: user*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateSigningCertificate.html */
  UpdateSigningCertificate: "W|||13;1;|||;",
  /** Grants permission to update the name or the path of the specified IAM user. Access level: Write. Resources: user*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateUser.html */
  UpdateUser: "W|||13;1;|||;",
  /** Grants permission to upload a CloudFront public key. Access level: Write. https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-trusted-signers.html */
  UploadCloudFrontPublicKey: "W||||||",
  /** Grants permission to upload an SSH public key and associate it with the specified IAM user. Access level: Write. Resources: user*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_UploadSSHPublicKey.html */
  UploadSSHPublicKey: "W|||13;1;|||;",
  /** Grants permission to upload a server certificate entity for the AWS account. Access level: Write. Resources: server-certificate*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_UploadServerCertificate.html */
  UploadServerCertificate: "W|||11;1;|0,2|iam:TagServerCertificate|;",
  /** Grants permission to upload an X.509 signing certificate and associate it with the specified IAM user. Access level: Write. Resources: user*. https://docs.aws.amazon.com/IAM/latest/APIReference/API_UploadSigningCertificate.html */
  UploadSigningCertificate: "W|||13;1;|||;",
} as const;
const actionDetails = {
  AcceptDelegationRequest: "|,;~~~|Accepts a delegation request resource, granting the requested temporary access",
  AddClientIDToOpenIDConnectProvider:
    "|,;~~~|Grants permission to add a new client ID (audience) to the list of registered IDs for the specified IAM OpenID Connect (OIDC) provider resource",
  AddRoleToInstanceProfile: "|,;~~~|Grants permission to add an IAM role to the specified instance profile",
  AddUserToGroup: "|,;~~~|Grants permission to add an IAM user to the specified IAM group",
  AssociateDelegationRequest: "|,;~~~|Associates a delegation request resource with the calling identity",
  AttachGroupPolicy: "|,;~~~|Grants permission to attach a managed policy to the specified IAM group",
  AttachRolePolicy: "|,;~~~|Grants permission to attach a managed policy to the specified IAM role",
  AttachUserPolicy: "|,;~~~|Grants permission to attach a managed policy to the specified IAM user",
  ChangePassword: "|,;~~~|Grants permission to an IAM user to change their own password",
  CreateAccessKey: "|,;~~~|Grants permission to create access key and secret access key for the specified IAM user",
  CreateAccountAlias: "|,;~~~|Grants permission to create an alias for your AWS account",
  CreateDelegationRequest: "|,;~~~|Creates an IAM delegation request resource for temporary access delegation",
  CreateGroup: "|,;~~~|Grants permission to create a new group",
  CreateInstanceProfile: "|,;~~~|Grants permission to create a new instance profile",
  CreateLoginProfile: "|,;~~~|Grants permission to create a password for the specified IAM user",
  CreateOpenIDConnectProvider:
    "|,;~~~|Grants permission to create an IAM resource that describes an identity provider (IdP) that supports OpenID Connect (OIDC)",
  CreatePolicy: "|,;~~~|Grants permission to create a new managed policy",
  CreatePolicyVersion: "|,;~~~|Grants permission to create a new version of the specified managed policy",
  CreateRole: "|,;~~~|Grants permission to create a new role",
  CreateSAMLProvider:
    "|,;~~~|Grants permission to create an IAM resource that describes an identity provider (IdP) that supports SAML 2.0",
  CreateServiceLinkedRole:
    "|,;~~~|Grants permission to create an IAM role that allows an AWS service to perform actions on your behalf",
  CreateServiceSpecificCredential:
    "|,;~~~|Grants permission to create a new service-specific credential for an IAM user",
  CreateUser: "|,;~~~|Grants permission to create a new IAM user",
  CreateVirtualMFADevice: "|,;~~~|Grants permission to create a new virtual MFA device",
  DeactivateMFADevice:
    "|,;~~~|Grants permission to deactivate the specified MFA device and remove its association with the IAM user for which it was originally enabled",
  DeleteAccessKey:
    "|,;~~~|Grants permission to delete the access key pair that is associated with the specified IAM user",
  DeleteAccountAlias: "|,;~~~|Grants permission to delete the specified AWS account alias",
  DeleteAccountPasswordPolicy: "|,;~~~|Grants permission to delete the password policy for the AWS account",
  DeleteCloudFrontPublicKey: "|,;~|Grants permission to delete an existing CloudFront public key",
  DeleteGroup: "|,;~~~|Grants permission to delete the specified IAM group",
  DeleteGroupPolicy: "|,;~~~|Grants permission to delete the specified inline policy from its group",
  DeleteInstanceProfile: "|,;~~~|Grants permission to delete the specified instance profile",
  DeleteLoginProfile: "|,;~~~|Grants permission to delete the password for the specified IAM user",
  DeleteOpenIDConnectProvider:
    "|,;~~~|Grants permission to delete an OpenID Connect identity provider (IdP) resource object in IAM",
  DeletePolicy:
    "|,;~~~|Grants permission to delete the specified managed policy and remove it from any IAM entities (users, groups, or roles) to which it is attached",
  DeletePolicyVersion: "|,;~~~|Grants permission to delete a version from the specified managed policy",
  DeleteRole: "|,;~~~|Grants permission to delete the specified role",
  DeleteRolePermissionsBoundary: "|,;~~~|Grants permission to remove the permissions boundary from a role",
  DeleteRolePolicy: "|,;~~~|Grants permission to delete the specified inline policy from the specified role",
  DeleteSAMLProvider: "|,;~~~|Grants permission to delete a SAML provider resource in IAM",
  DeleteSSHPublicKey: "|,;~~~|Grants permission to delete the specified SSH public key",
  DeleteServerCertificate: "|,;~~~|Grants permission to delete the specified server certificate",
  DeleteServiceLinkedRole:
    "|,;~~~|Grants permission to delete an IAM role that is linked to a specific AWS service, if the service is no longer using it",
  DeleteServiceSpecificCredential:
    "|,;~~~|Grants permission to delete the specified service-specific credential for an IAM user",
  DeleteSigningCertificate:
    "|,;~~~|Grants permission to delete a signing certificate that is associated with the specified IAM user",
  DeleteUser: "|,;~~~|Grants permission to delete the specified IAM user",
  DeleteUserPermissionsBoundary:
    "|,;~~~|Grants permission to remove the permissions boundary from the specified IAM user",
  DeleteUserPolicy: "|,;~~~|Grants permission to delete the specified inline policy from an IAM user",
  DeleteVirtualMFADevice: "|,;~~~|Grants permission to delete a virtual MFA device",
  DetachGroupPolicy: "|,;~~~|Grants permission to detach a managed policy from the specified IAM group",
  DetachRolePolicy: "|,;~~~|Grants permission to detach a managed policy from the specified role",
  DetachUserPolicy: "|,;~~~|Grants permission to detach a managed policy from the specified IAM user",
  DisableOrganizationsRootCredentialsManagement:
    "|,;~|Grants permission to disable the management of member account root user credentials for an organization managed under the current account",
  DisableOrganizationsRootSessions:
    "|,;~|Grants permission to disable privileged root actions in member accounts for an organization managed under the current account",
  DisableOutboundWebIdentityFederation:
    "|,;~~~|Disables the outbound identity federation feature for the callers account",
  EnableMFADevice: "|,;~~~|Grants permission to enable an MFA device and associate it with the specified IAM user",
  EnableOrganizationsRootCredentialsManagement:
    "|,;~|Grants permission to enable the management of member account root user credentials for an organization managed under the current account",
  EnableOrganizationsRootSessions:
    "|,;~|Grants permission to enable privileged root actions in member accounts for an organization managed under the current account",
  EnableOutboundWebIdentityFederation:
    "|,;~~~|Enables the outbound identity federation feature for the callers account",
  GenerateCredentialReport: "|,;~~~|Grants permission to generate a credential report for the AWS account",
  GenerateOrganizationsAccessReport:
    "|,;~~~|Grants permission to generate an access report for an AWS Organizations entity",
  GenerateServiceLastAccessedDetails:
    "|,;~~~|Grants permission to generate a service last accessed data report for an IAM resource",
  GetAccessKeyLastUsed:
    "|,;~~~|Grants permission to retrieve information about when the specified access key was last used",
  GetAccountAuthorizationDetails:
    "|,;~~~|Grants permission to retrieve information about all IAM users, groups, roles, and policies in your AWS account, including their relationships to one another",
  GetAccountEmailAddress: "|,;~|Grants permission to retrieve the email address that is associated with the account",
  GetAccountName: "|,;~|Grants permission to retrieve the account name that is associated with the account",
  GetAccountPasswordPolicy: "|,;~~~|Grants permission to retrieve the password policy for the AWS account",
  GetAccountSummary:
    "|,;~~~|Grants permission to retrieve information about IAM entity usage and IAM quotas in the AWS account",
  GetCloudFrontPublicKey: "|,;~|Grants permission to retrieve information about the specified CloudFront public key",
  GetContextKeysForCustomPolicy:
    "|,;~~~|Grants permission to retrieve a list of all of the context keys that are referenced in the specified policy",
  GetContextKeysForPrincipalPolicy:
    "|,;~~~|Grants permission to retrieve a list of all context keys that are referenced in all IAM policies that are attached to the specified IAM identity (user, group, or role)",
  GetCredentialReport: "|,;~~~|Grants permission to retrieve a credential report for the AWS account",
  GetDelegationRequest: "|,;~~~|Retrieves information about a specific delegation request",
  GetGroup: "|,;~~~|Grants permission to retrieve a list of IAM users in the specified IAM group",
  GetGroupPolicy:
    "|,;~~~|Grants permission to retrieve an inline policy document that is embedded in the specified IAM group",
  GetHumanReadableSummary:
    "|,;~~~|Retrieves a human readable summary for a given entity. At this time, only delegation request are supported",
  GetInstanceProfile:
    "|,;~~~|Grants permission to retrieve information about the specified instance profile, including the instance profile's path, GUID, ARN, and role",
  GetLoginProfile:
    "|,;~~~|Grants permission to retrieve the user name and password creation date for the specified IAM user",
  GetMFADevice: "|,;~~~|Grants permission to retrieve information about an MFA device for the specified user",
  GetOpenIDConnectProvider:
    "|,;~~~|Grants permission to retrieve information about the specified OpenID Connect (OIDC) provider resource in IAM",
  GetOrganizationsAccessReport: "|,;~~~|Grants permission to retrieve an AWS Organizations access report",
  GetOutboundWebIdentityFederationInfo:
    "|,;~~~|Retrieves the configuration information for the outbound identity federation feature for the callers account",
  GetPolicy:
    "|,;~~~|Grants permission to retrieve information about the specified managed policy, including the policy's default version and the total number of identities to which the policy is attached",
  GetPolicyVersion:
    "|,;~~~|Grants permission to retrieve information about a version of the specified managed policy, including the policy document",
  GetRole:
    "|,;~~~|Grants permission to retrieve information about the specified role, including the role's path, GUID, ARN, and the role's trust policy",
  GetRolePolicy:
    "|,;~~~|Grants permission to retrieve an inline policy document that is embedded with the specified IAM role",
  GetSAMLProvider:
    "|,;~~~|Grants permission to retrieve the SAML provider metadocument that was uploaded when the IAM SAML provider resource was created or updated",
  GetSSHPublicKey:
    "|,;~~~|Grants permission to retrieve the specified SSH public key, including metadata about the key",
  GetServerCertificate:
    "|,;~~~|Grants permission to retrieve information about the specified server certificate stored in IAM",
  GetServiceLastAccessedDetails:
    "|,;~~~|Grants permission to retrieve information about the service last accessed data report",
  GetServiceLastAccessedDetailsWithEntities:
    "|,;~~~|Grants permission to retrieve information about the entities from the service last accessed data report",
  GetServiceLinkedRoleDeletionStatus: "|,;~~~|Grants permission to retrieve an IAM service-linked role deletion status",
  GetUser:
    "|,;~~~|Grants permission to retrieve information about the specified IAM user, including the user's creation date, path, unique ID, and ARN",
  GetUserPolicy:
    "|,;~~~|Grants permission to retrieve an inline policy document that is embedded in the specified IAM user",
  ListAccessKeys:
    "|,;~~~|Grants permission to list information about the access key IDs that are associated with the specified IAM user",
  ListAccountAliases: "|,;~~~|Grants permission to list the account alias that is associated with the AWS account",
  ListAttachedGroupPolicies:
    "|,;~~~|Grants permission to list all managed policies that are attached to the specified IAM group",
  ListAttachedRolePolicies:
    "|,;~~~|Grants permission to list all managed policies that are attached to the specified IAM role",
  ListAttachedUserPolicies:
    "|,;~~~|Grants permission to list all managed policies that are attached to the specified IAM user",
  ListCloudFrontPublicKeys: "|,;~|Grants permission to list all current CloudFront public keys for the account",
  ListDelegationRequests: "|,;~~~|Lists delegation requests based on the specified criteria",
  ListEntitiesForPolicy:
    "|,;~~~|Grants permission to list all IAM identities to which the specified managed policy is attached",
  ListGroupPolicies:
    "|,;~~~|Grants permission to list the names of the inline policies that are embedded in the specified IAM group",
  ListGroups: "|,;~~~|Grants permission to list the IAM groups that have the specified path prefix",
  ListGroupsForUser: "|,;~~~|Grants permission to list the IAM groups that the specified IAM user belongs to",
  ListInstanceProfileTags:
    "|,;~~~|Grants permission to list the tags that are attached to the specified instance profile",
  ListInstanceProfiles: "|,;~~~|Grants permission to list the instance profiles that have the specified path prefix",
  ListInstanceProfilesForRole:
    "|,;~~~|Grants permission to list the instance profiles that have the specified associated IAM role",
  ListMFADeviceTags: "|,;~~~|Grants permission to list the tags that are attached to the specified virtual mfa device",
  ListMFADevices: "|,;~~~|Grants permission to list the MFA devices for an IAM user",
  ListOpenIDConnectProviderTags:
    "|,;~~~|Grants permission to list the tags that are attached to the specified OpenID Connect provider",
  ListOpenIDConnectProviders:
    "|,;~~~|Grants permission to list information about the IAM OpenID Connect (OIDC) provider resource objects that are defined in the AWS account",
  ListOrganizationsFeatures:
    "|,;~|Grants permission to list the centralized root access features enabled for your organization",
  ListPolicies: "|,;~~~|Grants permission to list all managed policies",
  ListPoliciesGrantingServiceAccess:
    "|,;~~~|Grants permission to list information about the policies that grant an entity access to a specific service",
  ListPolicyTags: "|,;~~~|Grants permission to list the tags that are attached to the specified managed policy",
  ListPolicyVersions:
    "|,;~~~|Grants permission to list information about the versions of the specified managed policy, including the version that is currently set as the policy's default version",
  ListRolePolicies:
    "|,;~~~|Grants permission to list the names of the inline policies that are embedded in the specified IAM role",
  ListRoleTags: "|,;~~~|Grants permission to list the tags that are attached to the specified IAM role",
  ListRoles: "|,;~~~|Grants permission to list the IAM roles that have the specified path prefix",
  ListSAMLProviderTags: "|,;~~~|Grants permission to list the tags that are attached to the specified SAML provider",
  ListSAMLProviders: "|,;~~~|Grants permission to list the SAML provider resources in IAM",
  ListSSHPublicKeys:
    "|,;~~~|Grants permission to list information about the SSH public keys that are associated with the specified IAM user",
  ListSTSRegionalEndpointsStatus: "|,;~|Grants permission to list the status of all active STS regional endpoints",
  ListServerCertificateTags:
    "|,;~~~|Grants permission to list the tags that are attached to the specified server certificate",
  ListServerCertificates:
    "|,;~~~|Grants permission to list the server certificates that have the specified path prefix",
  ListServiceSpecificCredentials:
    "|,;~~~|Grants permission to list the service-specific credentials that are associated with the specified IAM user",
  ListSigningCertificates:
    "|,;~~~|Grants permission to list information about the signing certificates that are associated with the specified IAM user",
  ListUserPolicies:
    "|,;~~~|Grants permission to list the names of the inline policies that are embedded in the specified IAM user",
  ListUserTags: "|,;~~~|Grants permission to list the tags that are attached to the specified IAM user",
  ListUsers: "|,;~~~|Grants permission to list the IAM users that have the specified path prefix",
  ListVirtualMFADevices: "|,;~~~|Grants permission to list virtual MFA devices by assignment status",
  PassRole: "|,;~~~|Grants permission to pass a role to a service",
  PutGroupPolicy:
    "|,;~~~|Grants permission to create or update an inline policy document that is embedded in the specified IAM group",
  PutRolePermissionsBoundary: "|,;~~~|Grants permission to set a managed policy as a permissions boundary for a role",
  PutRolePolicy:
    "|,;~~~,~~|Grants permission to create or update an inline policy document that is embedded in the specified IAM role",
  PutUserPermissionsBoundary:
    "|,;~~~|Grants permission to set a managed policy as a permissions boundary for an IAM user",
  PutUserPolicy:
    "|,;~~~|Grants permission to create or update an inline policy document that is embedded in the specified IAM user",
  RejectDelegationRequest: "|,;~~~|Rejects a delegation request, denying the requested temporary access",
  RemoveClientIDFromOpenIDConnectProvider:
    "|,;~~~|Grants permission to remove the client ID (audience) from the list of client IDs in the specified IAM OpenID Connect (OIDC) provider resource",
  RemoveRoleFromInstanceProfile:
    "|,;~~~|Grants permission to remove an IAM role from the specified EC2 instance profile",
  RemoveUserFromGroup: "|,;~~~|Grants permission to remove an IAM user from the specified group",
  ResetServiceSpecificCredential:
    "|,;~~~|Grants permission to reset the password for an existing service-specific credential for an IAM user",
  ResyncMFADevice:
    "|,;~~~|Grants permission to synchronize the specified MFA device with its IAM entity (user or role)",
  SendDelegationToken: "|,;~~~|Sends the exchange token for an accepted delegation request",
  SetDefaultPolicyVersion:
    "|,;~~~|Grants permission to set the version of the specified policy as the policy's default version",
  SetSTSRegionalEndpointStatus: "|,;~|Grants permission to activate or deactivate an STS regional endpoint",
  SetSecurityTokenServicePreferences: "|,;~~~|Grants permission to set the STS global endpoint token version",
  SimulateCustomPolicy:
    "|,;~~~|Grants permission to simulate whether an identity-based policy or resource-based policy provides permissions for specific API operations and resources",
  SimulatePrincipalPolicy:
    "|,;~~~|Grants permission to simulate whether an identity-based policy that is attached to a specified IAM entity (user or role) provides permissions for specific API operations and resources",
  TagInstanceProfile: "|,;~~~,~~|Grants permission to add tags to an instance profile",
  TagMFADevice: "|,;~~~,~~|Grants permission to add tags to a virtual mfa device",
  TagOpenIDConnectProvider: "|,;~~~,~~|Grants permission to add tags to an OpenID Connect provider",
  TagPolicy: "|,;~~~,~~|Grants permission to add tags to a managed policy",
  TagRole: "|,;~~~,~~|Grants permission to add tags to an IAM role",
  TagSAMLProvider: "|,;~~~,~~|Grants permission to add tags to a SAML Provider",
  TagServerCertificate: "|,;~~~,~~|Grants permission to add tags to a server certificate",
  TagUser: "|,;~~~,~~|Grants permission to add tags to an IAM user",
  UntagInstanceProfile: "|,;~~~|Grants permission to remove the specified tags from the instance profile",
  UntagMFADevice: "|,;~~~|Grants permission to remove the specified tags from the virtual mfa device",
  UntagOpenIDConnectProvider: "|,;~~~|Grants permission to remove the specified tags from the OpenID Connect provider",
  UntagPolicy: "|,;~~~|Grants permission to remove the specified tags from the managed policy",
  UntagRole: "|,;~~~|Grants permission to remove the specified tags from the role",
  UntagSAMLProvider: "|,;~~~|Grants permission to remove the specified tags from the SAML Provider",
  UntagServerCertificate: "|,;~~~|Grants permission to remove the specified tags from the server certificate",
  UntagUser: "|,;~~~|Grants permission to remove the specified tags from the user",
  UpdateAccessKey: "|,;~~~|Grants permission to update the status of the specified access key as Active or Inactive",
  UpdateAccountEmailAddress: "|,;~|Grants permission to update the email address that is associated with the account",
  UpdateAccountName: "|,;~|Grants permission to update the account name that is associated with the account",
  UpdateAccountPasswordPolicy: "|,;~~~|Grants permission to update the password policy settings for the AWS account",
  UpdateAssumeRolePolicy:
    "|,;~~~|Grants permission to update the policy that grants an IAM entity permission to assume a role",
  UpdateCloudFrontPublicKey: "|,;~|Grants permission to update an existing CloudFront public key",
  UpdateGroup: "|,;~~~|Grants permission to update the name or path of the specified IAM group",
  UpdateLoginProfile: "|,;~~~|Grants permission to change the password for the specified IAM user",
  UpdateOpenIDConnectProviderThumbprint:
    "|,;~~~|Grants permission to update the entire list of server certificate thumbprints that are associated with an OpenID Connect (OIDC) provider resource",
  UpdateRole: "|,;~~~|Grants permission to update the description or maximum session duration setting of a role",
  UpdateRoleDescription: "|,;~~~|Grants permission to update only the description of a role",
  UpdateSAMLProvider: "|,;~~~|Grants permission to update the metadata document for an existing SAML provider resource",
  UpdateSSHPublicKey:
    "|,;~~~|Grants permission to update the status of an IAM user's SSH public key to active or inactive",
  UpdateServerCertificate:
    "|,;~~~|Grants permission to update the name or the path of the specified server certificate stored in IAM",
  UpdateServiceSpecificCredential:
    "|,;~~~|Grants permission to update the status of a service-specific credential to active or inactive for an IAM user",
  UpdateSigningCertificate:
    "|,;~~~|Grants permission to update the status of the specified user signing certificate to active or disabled",
  UpdateUser: "|,;~~~|Grants permission to update the name or the path of the specified IAM user",
  UploadCloudFrontPublicKey: "|,;~|Grants permission to upload a CloudFront public key",
  UploadSSHPublicKey:
    "|,;~~~|Grants permission to upload an SSH public key and associate it with the specified IAM user",
  UploadServerCertificate: "|,;~~~|Grants permission to upload a server certificate entity for the AWS account",
  UploadSigningCertificate:
    "|,;~~~|Grants permission to upload an X.509 signing certificate and associate it with the specified IAM user",
};
const resourceTypeFacts = {
  /** The access-report resource type: arn:${Partition}:iam::${Account}:access-report/${EntityPath} */
  "access-report": "|,accessReport|",
  /** The assumed-role resource type: arn:${Partition}:iam::${Account}:assumed-role/${RoleName}/${RoleSessionName} */
  "assumed-role": "|,assumedRole|",
  /** The delegation-request resource type: arn:${Partition}:iam::${Account}:delegation-request/${DelegationRequestId} */
  "delegation-request": "|,delegationRequest|6",
  /** The federated-user resource type: arn:${Partition}:iam::${Account}:federated-user/${UserName} */
  "federated-user": "|,federatedUser|",
  /** The group resource type: arn:${Partition}:iam::${Account}:group/${GroupNameWithPath} */
  group: "|,|",
  /** The instance-profile resource type: arn:${Partition}:iam::${Account}:instance-profile/${InstanceProfileNameWithPath} */
  "instance-profile": "|,instanceProfile|1",
  /** The mfa resource type: arn:${Partition}:iam::${Account}:mfa/${MfaTokenIdWithPath} */
  mfa: "|,|1",
  /** The oidc-provider resource type: arn:${Partition}:iam::${Account}:oidc-provider/${OidcProviderName} */
  "oidc-provider": "|,oidcProvider|1",
  /** The policy resource type: arn:${Partition}:iam::${Account}:policy/${PolicyNameWithPath} */
  policy: "|,|1",
  /** The role resource type: arn:${Partition}:iam::${Account}:role/${RoleNameWithPath} */
  role: "|,|1,16",
  /** The saml-provider resource type: arn:${Partition}:iam::${Account}:saml-provider/${SamlProviderName} */
  "saml-provider": "|,samlProvider|1",
  /** The server-certificate resource type: arn:${Partition}:iam::${Account}:server-certificate/${CertificateNameWithPath} */
  "server-certificate": "|,serverCertificate|1",
  /** The sms-mfa resource type: arn:${Partition}:iam::${Account}:sms-mfa/${MfaTokenIdWithPath} */
  "sms-mfa": "|,smsMfa|",
  /** The user resource type: arn:${Partition}:iam::${Account}:user/${UserNameWithPath} */
  user: "|,|1,16",
} as const;
const arnFormats = {
  /** ARN of a access-report resource: arn:${Partition}:iam::${Account}:access-report/${EntityPath}. */
  accessReport: "|,access-report|arn:|Partition|:iam::|Account|:access-report/|EntityPath|",
  /** ARN of a assumed-role resource: arn:${Partition}:iam::${Account}:assumed-role/${RoleName}/${RoleSessionName}. */
  assumedRole: "|,assumed-role|arn:|Partition|:iam::|Account|:assumed-role/|RoleName|/|RoleSessionName|",
  /** ARN of a delegation-request resource: arn:${Partition}:iam::${Account}:delegation-request/${DelegationRequestId}. */
  delegationRequest: "|,delegation-request|arn:|Partition|:iam::|Account|:delegation-request/|DelegationRequestId|",
  /** ARN of a federated-user resource: arn:${Partition}:iam::${Account}:federated-user/${UserName}. */
  federatedUser: "|,federated-user|arn:|Partition|:iam::|Account|:federated-user/|UserName|",
  /** ARN of a group resource: arn:${Partition}:iam::${Account}:group/${GroupNameWithPath}. */
  group: "|,group|arn:|Partition|:iam::|Account|:group/|GroupNameWithPath|",
  /** ARN of a instance-profile resource: arn:${Partition}:iam::${Account}:instance-profile/${InstanceProfileNameWithPath}. */
  instanceProfile: "|,instance-profile|arn:|Partition|:iam::|Account|:instance-profile/|InstanceProfileNameWithPath|",
  /** ARN of a mfa resource: arn:${Partition}:iam::${Account}:mfa/${MfaTokenIdWithPath}. */
  mfa: "|,mfa|arn:|Partition|:iam::|Account|:mfa/|MfaTokenIdWithPath|",
  /** ARN of a oidc-provider resource: arn:${Partition}:iam::${Account}:oidc-provider/${OidcProviderName}. */
  oidcProvider: "|,oidc-provider|arn:|Partition|:iam::|Account|:oidc-provider/|OidcProviderName|",
  /** ARN of a policy resource: arn:${Partition}:iam::${Account}:policy/${PolicyNameWithPath}. */
  policy: "|,policy|arn:|Partition|:iam::|Account|:policy/|PolicyNameWithPath|",
  /** ARN of a role resource: arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}. */
  role: "|,role|arn:|Partition|:iam::|Account|:role/|RoleNameWithPath|",
  /** ARN of a saml-provider resource: arn:${Partition}:iam::${Account}:saml-provider/${SamlProviderName}. */
  samlProvider: "|,saml-provider|arn:|Partition|:iam::|Account|:saml-provider/|SamlProviderName|",
  /** ARN of a server-certificate resource: arn:${Partition}:iam::${Account}:server-certificate/${CertificateNameWithPath}. */
  serverCertificate: "|,server-certificate|arn:|Partition|:iam::|Account|:server-certificate/|CertificateNameWithPath|",
  /** ARN of a sms-mfa resource: arn:${Partition}:iam::${Account}:sms-mfa/${MfaTokenIdWithPath}. */
  smsMfa: "|,sms-mfa|arn:|Partition|:iam::|Account|:sms-mfa/|MfaTokenIdWithPath|",
  /** ARN of a user resource: arn:${Partition}:iam::${Account}:user/${UserNameWithPath}. */
  user: "|,user|arn:|Partition|:iam::|Account|:user/|UserNameWithPath|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "access-report",
  "assumed-role",
  "delegation-request",
  "federated-user",
  "group",
  "instance-profile",
  "mfa",
  "oidc-provider",
  "policy",
  "role",
  "saml-provider",
  "server-certificate",
  "sms-mfa",
  "user",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "iam">;
/** Any iam action. */
export type Action = ActionOf<typeof actionFacts, "iam">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "iam">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "iam" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every iam action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the tags attached to an IAM entity (user or role). */
  [key: `iam:ResourceTag/${string}`]: "String";
  /** Filters access based on the tag keys that are passed in the request. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access by the AWS service to which this role is attached. */
  "iam:AWSServiceName": "String";
  /** Filters access by the resource that the role will be used on behalf of. */
  "iam:AssociatedResourceArn": "ARN";
  /** Filters access based on the requested delegation duration. */
  "iam:DelegationDuration": "String";
  /** Filters access based on the delegation request owner. */
  "iam:DelegationRequestOwner": "ARN";
  /** Filters access by the MFA device FIPS-140-2 validation certification level at the time of registration of a FIDO security key. */
  "iam:FIDO-FIPS-140-2-certification": "String";
  /** Filters access by the MFA device FIPS-140-3 validation certification level at the time of registration of a FIDO security key. */
  "iam:FIDO-FIPS-140-3-certification": "String";
  /** Filters access by the MFA device FIDO certification level at the time of registration of a FIDO security key. */
  "iam:FIDO-certification": "String";
  /** Filters access based on the requested notification channel. */
  "iam:NotificationChannel": "String";
  /** Filters access by the ID of an AWS Organizations policy. */
  "iam:OrganizationsPolicyId": "String";
  /** Filters access by the AWS service to which this role is passed. */
  "iam:PassedToService": "String";
  /** Filters access if the specified policy is set as the permissions boundary on the IAM entity (user or role). */
  "iam:PermissionsBoundary": "ARN";
  /** Filters access by the ARN of an IAM policy. */
  "iam:PolicyARN": "ARN";
  /** Filters access by the current state of MFA device enablement. */
  "iam:RegisterSecurityKey": "String";
  /** Filters access by the duration until the credential's expiration. */
  "iam:ServiceSpecificCredentialAgeDays": "Numeric";
  /** Filters access by the service associated with the credential. */
  "iam:ServiceSpecificCredentialServiceName": "String";
  /** Filters access based on the requested template ARN. */
  "iam:TemplateArn": "ARN";
}

/** Condition key -> value type. */
export type ConditionKeys = ConditionKeysOf<ConditionKeyTypes>;

/** Condition key with a placeholder, as the reference writes it -> its template-literal key. */
export interface ConditionKeyPatterns {
  /** aws:RequestTag/${TagKey} */
  "aws:RequestTag/${TagKey}": `aws:RequestTag/${string}`;
  /** aws:ResourceTag/${TagKey} */
  "aws:ResourceTag/${TagKey}": `aws:ResourceTag/${string}`;
  /** iam:ResourceTag/${TagKey} */
  "iam:ResourceTag/${TagKey}": `iam:ResourceTag/${string}`;
}

/** A condition key as the reference writes it. */
export type ConditionKeyName = (typeof conditionKeyList)[number];
/** Condition key -> description, types, deprecation. */
export type ConditionKeyInfos = { readonly [K in ConditionKeyName]: ConditionKeyInfo };
const conditionKeyRows: { readonly [K in ConditionKeyName]: string } = {
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access based on the tags that are passed in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access based on the tags associated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access based on the tag keys that are passed in the request",
  "iam:AWSServiceName": "|,String|0||Filters access by the AWS service to which this role is attached",
  "iam:AssociatedResourceArn": "|,ARN|0||Filters access by the resource that the role will be used on behalf of",
  "iam:DelegationDuration": "|,String|0||Filters access based on the requested delegation duration",
  "iam:DelegationRequestOwner": "|,ARN|0||Filters access based on the delegation request owner",
  "iam:FIDO-FIPS-140-2-certification":
    "|,String|0||Filters access by the MFA device FIPS-140-2 validation certification level at the time of registration of a FIDO security key",
  "iam:FIDO-FIPS-140-3-certification":
    "|,String|0||Filters access by the MFA device FIPS-140-3 validation certification level at the time of registration of a FIDO security key",
  "iam:FIDO-certification":
    "|,String|0||Filters access by the MFA device FIDO certification level at the time of registration of a FIDO security key",
  "iam:NotificationChannel": "|,String|0||Filters access based on the requested notification channel",
  "iam:OrganizationsPolicyId": "|,String|0||Filters access by the ID of an AWS Organizations policy",
  "iam:PassedToService": "|,String|0||Filters access by the AWS service to which this role is passed",
  "iam:PermissionsBoundary":
    "|,ARN|0||Filters access if the specified policy is set as the permissions boundary on the IAM entity (user or role)",
  "iam:PolicyARN": "|,ARN|0||Filters access by the ARN of an IAM policy",
  "iam:RegisterSecurityKey": "|,String|0||Filters access by the current state of MFA device enablement",
  "iam:ResourceTag/${TagKey}": "|,String|0||Filters access by the tags attached to an IAM entity (user or role)",
  "iam:ServiceSpecificCredentialAgeDays":
    "|,Numeric|0||Filters access by the duration until the credential's expiration",
  "iam:ServiceSpecificCredentialServiceName":
    "|,String|0||Filters access by the service associated with the credential",
  "iam:TemplateArn": "|,ARN|0||Filters access based on the requested template ARN",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "iam",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
