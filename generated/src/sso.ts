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
export const prefix: "sso" = "sso";
/** The service's name in the reference. */
export const serviceName: "AWS IAM Identity Center" = "AWS IAM Identity Center";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS IAM Identity Center",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsiamidentitycenter.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "identitycenter:ApplicationArn",
  "identitycenter:InstanceArn",
  "sso:ApplicationAccount",
  "sso:PrimaryRegion",
] as const;
const dependentActionList = [
  "ds:DescribeDirectories",
  "identitystore:CreateIdentityStore",
  "identitystore:DeleteIdentityStore",
  "kms:Decrypt",
  "kms:DescribeKey",
  "kms:Encrypt",
  "kms:GenerateDataKeyWithoutPlaintext",
  "organizations:DescribeOrganization",
  "sso:AssociateProfile",
  "sso:CreateApplicationInstance",
  "sso:CreateManagedApplicationInstance",
  "sso:GetApplicationInstance",
  "sso:GetApplicationTemplate",
  "sso:GetProfile",
  "sso:ListApplicationInstances",
  "sso:ListProfileAssociations",
  "sso:PutApplicationAssignmentConfiguration",
  "sso:PutPermissionsPolicy",
  "sso:TagResource",
] as const;
const actionFacts = {
  /** Grants permission to add a region to an IAM Identity Center instance. Access level: Write. Resources: Instance*. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_AddRegion.html */
  AddRegion: "W|||3;1;6||identitystore:AddRegion,3|;",
  /** Grants permission to connect a directory to be used by AWS IAM Identity Center. Access level: Write. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  AssociateDirectory: "W|||||ds:AuthorizeApplication,1,3|",
  /** Grants permission to create an association between a directory user or group and a profile. Access level: Write. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  AssociateProfile: "W|||||3|CreateAccountAssignment,CreateApplicationAssignment",
  /** Grants permission to attach a customer managed policy reference to a permission set. Access level: Permissions management. Resources: Instance*, PermissionSet*. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_AttachCustomerManagedPolicyReferenceToPermissionSet.html */
  AttachCustomerManagedPolicyReferenceToPermissionSet: "P|||3;1;6,4;1;6||3|;",
  /** Grants permission to attach an AWS managed policy to a permission set. Access level: Permissions management. Resources: Instance*, PermissionSet*. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_AttachManagedPolicyToPermissionSet.html */
  AttachManagedPolicyToPermissionSet: "P|||3;1;6,4;1;6||3,17|;",
  /** Grants permission to assign access to a Principal for a specified AWS account using a specified permission set. Access level: Write. Resources: Account*, Instance*, PermissionSet*. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_CreateAccountAssignment.html */
  CreateAccountAssignment:
    "W|||0;1;,3;1;6,4;1;6||3,8,9,sso:CreateProfile,sso:CreateTrust,11,13,sso:GetTrust,sso:UpdateProfile,sso:UpdateTrust|;",
  /** Grants permission to create an application. Access level: Write. Resources: Application*, ApplicationProvider*, Instance*. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_CreateApplication.html */
  CreateApplication: "W|||1;1;6,2;1;,3;1;6|0,2|3,9,10,16,18|;",
  /** Grants permission to create an application assignment. Access level: Write. Resources: Application*. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_CreateApplicationAssignment.html */
  CreateApplicationAssignment: "W|||1;1;6|5|3,8|;",
  /** Grants permission to add an application instance to AWS IAM Identity Center. Access level: Write. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  CreateApplicationInstance: "W|||||3|CreateAccountAssignment,CreateApplication",
  /** Grants permission to add a new certificate for an application instance. Access level: Write. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  CreateApplicationInstanceCertificate: "W|||||3|",
  /** Grants permission to create an identity center instance. Access level: Write. Resources: Instance*. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_CreateInstance.html */
  CreateInstance: "W|||3;1;|0,2|iam:CreateServiceLinkedRole,1,7,18|;",
  /** Grants permission to enable the instance for ABAC and specify the attributes. Access level: Write. Resources: Instance*. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_CreateInstanceAccessControlAttributeConfiguration.html */
  CreateInstanceAccessControlAttributeConfiguration:
    "W|||3;1;6||iam:AttachRolePolicy,iam:CreateRole,iam:DeleteRole,iam:DeleteRolePolicy,iam:DetachRolePolicy,iam:GetRole,iam:ListAttachedRolePolicies,iam:ListRolePolicies,iam:PutRolePolicy,iam:UpdateAssumeRolePolicy,3|;",
  /** Grants permission to add a managed application instance to AWS IAM Identity Center. Access level: Write. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  CreateManagedApplicationInstance: "W|||||3|CreateApplication,PutApplicationAuthenticationMethod,PutApplicationGrant",
  /** Grants permission to create a permission set. Access level: Write. Resources: Instance*, PermissionSet*. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_CreatePermissionSet.html */
  CreatePermissionSet: "W|||3;1;6,4;1;6|0,2|3,18|;",
  /** Grants permission to create a profile for an application instance. Access level: Write. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  CreateProfile: "W|||||3|CreateAccountAssignment",
  /** Grants permission to create a federation trust in a target account. Access level: Write. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  CreateTrust: "W|||||3|CreateAccountAssignment",
  /** Grants permission to create a trusted token issuer for an instance. Access level: Write. Resources: Instance*, TrustedTokenIssuer*. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_CreateTrustedTokenIssuer.html */
  CreateTrustedTokenIssuer: "W|||3;1;6,5;1;6|0,2|3,18|;",
  /** Grants permission to delete a Principal's access from a specified AWS account using a specified permission set. Access level: Write. Resources: Account*, Instance*, PermissionSet*. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_DeleteAccountAssignment.html */
  DeleteAccountAssignment: "W|||0;1;,3;1;6,4;1;6||3,sso:DeleteProfile|;",
  /** Grants permission to delete an application. Access level: Write. Resources: Application*. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_DeleteApplication.html */
  DeleteApplication: "W|||1;1;6|5|3,sso:DeleteApplicationInstance,sso:DeleteManagedApplicationInstance|;",
  /** Grants permission to delete an access scope to an application. Access level: Write. Resources: Application*. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_DeleteApplicationAccessScope.html */
  DeleteApplicationAccessScope: "W|||1;1;6|5|3|;",
  /** Grants permission to delete an application assignment. Access level: Write. Resources: Application*. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_DeleteApplicationAssignment.html */
  DeleteApplicationAssignment: "W|||1;1;6|5|3,sso:DisassociateProfile|;",
  /** Grants permission to delete an authentication method to an application. Access level: Write. Resources: Application*. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_DeleteApplicationAuthenticationMethod.html */
  DeleteApplicationAuthenticationMethod: "W|||1;1;6|5|3|;",
  /** Grants permission to delete a grant from an application. Access level: Write. Resources: Application*. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_DeleteApplicationGrant.html */
  DeleteApplicationGrant: "W|||1;1;6|5|3|;",
  /** Grants permission to delete the application instance. Access level: Write. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  DeleteApplicationInstance: "W|||||3|DeleteApplication",
  /** Grants permission to delete an inactive or expired certificate from the application instance. Access level: Write. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  DeleteApplicationInstanceCertificate: "W|||||3|",
  /** Grants permission to delete the inline policy from a specified permission set. Access level: Write. Resources: Instance*, PermissionSet*. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_DeleteInlinePolicyFromPermissionSet.html */
  DeleteInlinePolicyFromPermissionSet: "W|||3;1;6,4;1;6||3|;",
  /** Grants permission to delete an identity center instance. Access level: Write. Resources: Instance*. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_DeleteInstance.html */
  DeleteInstance: "W|||3;1;6||2,sso:StartSSO|;",
  /** Grants permission to disable ABAC and remove the attributes list for the instance. Access level: Write. Resources: Instance*. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_DeleteInstanceAccessControlAttributeConfiguration.html */
  DeleteInstanceAccessControlAttributeConfiguration: "W|||3;1;6||3|;",
  /** Grants permission to delete the managed application instance. Access level: Write. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  DeleteManagedApplicationInstance: "W|||||3|DeleteApplication",
  /** Grants permission to delete a permission set. Access level: Write. Resources: Instance*, PermissionSet*. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_DeletePermissionSet.html */
  DeletePermissionSet: "W|||3;1;6,4;1;6||3|;",
  /** Grants permission to remove permissions boundary from a permission set. Access level: Permissions management. Resources: Instance*, PermissionSet*. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_DeletePermissionsBoundaryFromPermissionSet.html */
  DeletePermissionsBoundaryFromPermissionSet: "P|||3;1;6,4;1;6||3|;",
  /** Grants permission to delete the profile for an application instance. Access level: Write. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  DeleteProfile: "W|||||3|DeleteAccountAssignment",
  /** Grants permission to delete a trusted token issuer for an instance. Access level: Write. Resources: TrustedTokenIssuer*. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_DeleteTrustedTokenIssuer.html */
  DeleteTrustedTokenIssuer: "W|||5;1;6||3|;",
  /** Grants permission to describe the status of the assignment creation request. Access level: Read. Resources: Instance*. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_DescribeAccountAssignmentCreationStatus.html */
  DescribeAccountAssignmentCreationStatus: "R|||3;1;6||3|;",
  /** Grants permission to describe the status of an assignment deletion request. Access level: Read. Resources: Instance*. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_DescribeAccountAssignmentDeletionStatus.html */
  DescribeAccountAssignmentDeletionStatus: "R|||3;1;6||3|;",
  /** Grants permission to obtain information about an application. Access level: Read. Resources: Application*. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_DescribeApplication.html */
  DescribeApplication: "R|||1;1;6|5|3,11,sso:GetManagedApplicationInstance|;",
  /** Grants permission to retrieve an application assignment. Access level: Read. Resources: Application*. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_DescribeApplicationAssignment.html */
  DescribeApplicationAssignment: "R|||1;1;6|5|3|;",
  /** Grants permission to describe an application provider. Access level: Read. Resources: ApplicationProvider*. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_DescribeApplicationProvider.html */
  DescribeApplicationProvider: "R|||2;1;||12|;",
  /** Grants permission to obtain information about an identity center instance. Access level: Read. Resources: Instance*. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_DescribeInstance.html */
  DescribeInstance: "R|||3;1;6||sso:GetSharedSsoConfiguration,sso:ListDirectoryAssociations|;",
  /** Grants permission to get the list of attributes used by the instance for ABAC. Access level: Read. Resources: Instance*. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_DescribeInstanceAccessControlAttributeConfiguration.html */
  DescribeInstanceAccessControlAttributeConfiguration: "R|||3;1;6||3|;",
  /** Grants permission to describe a permission set. Access level: Read. Resources: Instance*, PermissionSet*. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_DescribePermissionSet.html */
  DescribePermissionSet: "R|||3;1;6,4;1;6||3,sso:GetPermissionSet|;",
  /** Grants permission to describe the status for the given Permission Set Provisioning request. Access level: Read. Resources: Instance*. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_DescribePermissionSetProvisioningStatus.html */
  DescribePermissionSetProvisioningStatus: "R|||3;1;6||3|;",
  /** Grants permission to retrieve configuration details for a specific IAM Identity Center instance region. Access level: Read. Resources: Instance*. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_DescribeRegion.html */
  DescribeRegion: "R|||3;1;6||3|;",
  /** Grants permission to obtain the regions where your organization has enabled AWS IAM Identity Center. Access level: Read. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  DescribeRegisteredRegions: "R||||||",
  /** Grants permission to describe a trusted token issuer for an instance. Access level: Read. Resources: TrustedTokenIssuer*. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_DescribeTrustedTokenIssuer.html */
  DescribeTrustedTokenIssuer: "R|||5;1;6||3|;",
  /** Grants permission to detach a customer managed policy reference from a permission set. Access level: Permissions management. Resources: Instance*, PermissionSet*. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_DetachCustomerManagedPolicyReferenceFromPermissionSet.html */
  DetachCustomerManagedPolicyReferenceFromPermissionSet: "P|||3;1;6,4;1;6||3|;",
  /** Grants permission to detach the attached AWS managed policy from the specified permission set. Access level: Permissions management. Resources: Instance*, PermissionSet*. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_DetachManagedPolicyFromPermissionSet.html */
  DetachManagedPolicyFromPermissionSet: "P|||3;1;6,4;1;6||3|;",
  /** Grants permission to disassociate a directory to be used by AWS IAM Identity Center. Access level: Write. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  DisassociateDirectory: "W|||||ds:UnauthorizeApplication,2,3|",
  /** Grants permission to disassociate a directory user or group from a profile. Access level: Write. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  DisassociateProfile: "W|||||3|DeleteApplicationAssignment",
  /** Grants permission to get an access scope to an application. Access level: Read. Resources: Application*. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_GetApplicationAccessScope.html */
  GetApplicationAccessScope: "R|||1;1;6|5|3|;",
  /** Grants permission to read assignment configurations for an application. Access level: Read. Resources: Application*. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_GetApplicationAssignmentConfiguration.html */
  GetApplicationAssignmentConfiguration: "R|||1;1;6|5|3|;",
  /** Grants permission to get an authentication method to an application. Access level: Read. Resources: Application*. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_GetApplicationAuthenticationMethod.html */
  GetApplicationAuthenticationMethod: "R|||1;1;6|5|3|;",
  /** Grants permission to obtain details about a grant belonging to an application. Access level: Read. Resources: Application*. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_GetApplicationGrant.html */
  GetApplicationGrant: "R|||1;1;6|5|3|;",
  /** Grants permission to retrieve details for an application instance. Access level: Read. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  GetApplicationInstance:
    "R|||||3|CreateAccountAssignment,DescribeApplication,ListAccountsForProvisionedPermissionSet,ListApplications",
  /** Grants permission to get session configuration for an application. Access level: Read. Resources: Application*. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_GetApplicationSessionConfiguration.html */
  GetApplicationSessionConfiguration: "R|||1;1;6|5|3|;",
  /** Grants permission to retrieve application template details. Access level: Read. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  GetApplicationTemplate: "R||||||DescribeApplicationProvider,ListApplicationProviders",
  /** Grants permission to obtain the inline policy assigned to the permission set. Access level: Read. Resources: Instance*, PermissionSet*. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_GetInlinePolicyForPermissionSet.html */
  GetInlinePolicyForPermissionSet: "R|||3;1;6,4;1;6||3|;",
  /** Grants permission to retrieve details for an application instance. Access level: Read. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  GetManagedApplicationInstance: "R|||||3|DescribeApplication",
  /** Grants permission to retrieve Mfa Device Management settings for the directory. Access level: Read. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  GetMfaDeviceManagementForDirectory: "R|||||3|",
  /** Grants permission to retrieve details of a permission set. Access level: Read. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  GetPermissionSet: "R|||||3|DescribePermissionSet",
  /** Grants permission to get permissions boundary for a permission set. Access level: Read. Resources: Instance*, PermissionSet*. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_GetPermissionsBoundaryForPermissionSet.html */
  GetPermissionsBoundaryForPermissionSet: "R|||3;1;6,4;1;6||3|;",
  /** Grants permission to retrieve a profile for an application instance. Access level: Read. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  GetProfile: "R|||||3|CreateAccountAssignment,ListPermissionSetsProvisionedToAccount",
  /** Grants permission to check if AWS IAM Identity Center is enabled. Access level: Read. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  GetSSOStatus: "R||||||",
  /** Grants permission to retrieve shared configuration for the current SSO instance. Access level: Read. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  GetSharedSsoConfiguration: "R|||||3|DescribeInstance",
  /** Grants permission to retrieve configuration for the current SSO instance. Access level: Read. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  GetSsoConfiguration: "R|||||3|",
  /** Grants permission to retrieve the federation trust in a target account. Access level: Read. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  GetTrust: "R|||||3|CreateAccountAssignment",
  /** Grants permission to update the application instance by uploading an application SAML metadata file provided by the service provider. Access level: Write. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  ImportApplicationInstanceServiceProviderMetadata: "W|||||3|",
  /** Grants permission to list the status of the AWS account assignment creation requests for a specified SSO instance. Access level: List. Resources: Instance*. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_ListAccountAssignmentCreationStatus.html */
  ListAccountAssignmentCreationStatus: "L|||3;1;6||3|;",
  /** Grants permission to list the status of the AWS account assignment deletion requests for a specified SSO instance. Access level: List. Resources: Instance*. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_ListAccountAssignmentDeletionStatus.html */
  ListAccountAssignmentDeletionStatus: "L|||3;1;6||3|;",
  /** Grants permission to list the assignee of the specified AWS account with the specified permission set. Access level: List. Resources: Account*, Instance*, PermissionSet*. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_ListAccountAssignments.html */
  ListAccountAssignments: "L|||0;1;,3;1;6,4;1;6||3,15|;",
  /** Grants permission to list accounts assigned to user or group. Access level: List. Resources: Instance*. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_ListAccountAssignmentsForPrincipal.html */
  ListAccountAssignmentsForPrincipal: "L|||3;1;6||3|;",
  /** Grants permission to list all the AWS accounts where the specified permission set is provisioned. Access level: List. Resources: Instance*, PermissionSet*. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_ListAccountsForProvisionedPermissionSet.html */
  ListAccountsForProvisionedPermissionSet: "L|||3;1;6,4;1;6||3,11,14|;",
  /** Grants permission to list access scopes to an application. Access level: List. Resources: Application*. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_ListApplicationAccessScopes.html */
  ListApplicationAccessScopes: "L|||1;1;6|5|3|;",
  /** Grants permission to list application assignments. Access level: List. Resources: Application*. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_ListApplicationAssignments.html */
  ListApplicationAssignments: "L|||1;1;6|5|3,15|;",
  /** Grants permission to list applications assigned to user or group. Access level: List. Resources: Instance*. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_ListApplicationAssignmentsForPrincipal.html */
  ListApplicationAssignmentsForPrincipal: "L|||3;1;6|5|3|;",
  /** Grants permission to list authentication methods to an application. Access level: List. Resources: Application*. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_ListApplicationAuthenticationMethods.html */
  ListApplicationAuthenticationMethods: "L|||1;1;6|5|3|;",
  /** Grants permission to list grants from an application. Access level: List. Resources: Application*. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_ListApplicationGrants.html */
  ListApplicationGrants: "L|||1;1;6|5|3|;",
  /** Grants permission to retrieve all of the certificates for a given application instance. Access level: Read. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  ListApplicationInstanceCertificates: "R|||||3|",
  /** Grants permission to retrieve all application instances. Access level: List. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  ListApplicationInstances: "L|||||3,11|ListAccountsForProvisionedPermissionSet,ListApplications",
  /** Grants permission to list application providers. Access level: List. Resources: ApplicationProvider*. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_ListApplicationProviders.html */
  ListApplicationProviders: "L|||2;1;||12,sso:ListApplicationTemplates|;,ListApplications",
  /** Grants permission to retrieve all supported application templates. Access level: List. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  ListApplicationTemplates: "L|||||12|ListApplicationProviders",
  /** Grants permission to retrieve all applications associated with the instance of IAM Identity Center. Access level: List. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_ListApplications.html */
  ListApplications: "L|||||3,11,14,sso:ListApplicationProviders|;",
  /** Grants permission to list the customer managed policy references that are attached to a permission set. Access level: List. Resources: Instance*, PermissionSet*. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_ListCustomerManagedPolicyReferencesInPermissionSet.html */
  ListCustomerManagedPolicyReferencesInPermissionSet: "L|||3;1;6,4;1;6||3|;",
  /** Grants permission to retrieve details about the directory connected to AWS IAM Identity Center. Access level: Read. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  ListDirectoryAssociations: "R|||||3|DescribeInstance",
  /** Grants permission to list the SSO Instances that the caller has access to. Access level: List. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_ListInstances.html */
  ListInstances: "L||||||;",
  /** Grants permission to list the AWS managed policies that are attached to a specified permission set. Access level: List. Resources: Instance*, PermissionSet*. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_ListManagedPoliciesInPermissionSet.html */
  ListManagedPoliciesInPermissionSet: "L|||3;1;6,4;1;6||3|;",
  /** Grants permission to list the status of the Permission Set Provisioning requests for a specified SSO instance. Access level: List. Resources: Instance*. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_ListPermissionSetProvisioningStatus.html */
  ListPermissionSetProvisioningStatus: "L|||3;1;6||3|;",
  /** Grants permission to retrieve all permission sets. Access level: List. Resources: Instance*. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_ListPermissionSets.html */
  ListPermissionSets: "L|||3;1;6||3|;",
  /** Grants permission to list all the permission sets that are provisioned to a specified AWS account. Access level: List. Resources: Account*, Instance*. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_ListPermissionSetsProvisionedToAccount.html */
  ListPermissionSetsProvisionedToAccount: "L|||0;1;,3;1;6||3,13,sso:ListProfiles|;",
  /** Grants permission to retrieve the directory user or group associated with the profile. Access level: Read. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  ListProfileAssociations: "R|||||3|ListAccountAssignments,ListApplicationAssignments",
  /** Grants permission to retrieve all profiles for an application instance. Access level: List. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  ListProfiles: "L|||||3,13|ListPermissionSetsProvisionedToAccount",
  /** Grants permission to list all regions configured for an IAM Identity Center instance. Access level: List. Resources: Instance*. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_ListRegions.html */
  ListRegions: "L|||3;1;6||3|;",
  /** Grants permission to list the tags that are attached to a specified resource. Access level: Read. Resources: Application, Instance, PermissionSet, TrustedTokenIssuer. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||1;0;,3;0;,4;0;,5;0;||3|;",
  /** Grants permission to list trusted token issuers for an instance. Access level: List. Resources: Instance*. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_ListTrustedTokenIssuers.html */
  ListTrustedTokenIssuers: "L|||3;1;6||3|;",
  /** Grants permission to provision a specified permission set to the specified target. Access level: Write. Resources: Account*, Instance*, PermissionSet*. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_ProvisionPermissionSet.html */
  ProvisionPermissionSet: "W|||0;1;,3;1;6,4;1;6||3|;",
  /** Grants permission to create/update an access scope to an application. Access level: Write. Resources: Application*. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_PutApplicationAccessScope.html */
  PutApplicationAccessScope: "W|||1;1;6|5|3|;",
  /** Grants permission to add assignment configurations to an application. Access level: Write. Resources: Application*. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_PutApplicationAssignmentConfiguration.html */
  PutApplicationAssignmentConfiguration: "W|||1;1;6|5|3|CreateApplication,;,UpdateApplication",
  /** Grants permission to create/update an authentication method to an application. Access level: Write. Resources: Application*. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_PutApplicationAuthenticationMethod.html */
  PutApplicationAuthenticationMethod: "W|||1;1;6|5|3,10|;",
  /** Grants permission to create/update a grant to an application. Access level: Write. Resources: Application*. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_PutApplicationGrant.html */
  PutApplicationGrant: "W|||1;1;6|5|3,10|;",
  /** Grants permission to put session configuration for an application. Access level: Write. Resources: Application*. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_PutApplicationSessionConfiguration.html */
  PutApplicationSessionConfiguration: "W|||1;1;6|5|3|;",
  /** Grants permission to attach an IAM inline policy to a permission set. Access level: Write. Resources: Instance*, PermissionSet*. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_PutInlinePolicyToPermissionSet.html */
  PutInlinePolicyToPermissionSet: "W|||3;1;6,4;1;6||3,17|;",
  /** Grants permission to put Mfa Device Management settings for the directory. Access level: Write. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  PutMfaDeviceManagementForDirectory: "W|||||3|",
  /** Grants permission to add permissions boundary to a permission set. Access level: Permissions management. Resources: Instance*, PermissionSet*. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_PutPermissionsBoundaryToPermissionSet.html */
  PutPermissionsBoundaryToPermissionSet: "P|||3;1;6,4;1;6||3|;",
  /** Grants permission to add a policy to a permission set. Access level: Permissions management. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  PutPermissionsPolicy: "P|||||3|AttachManagedPolicyToPermissionSet,PutInlinePolicyToPermissionSet",
  /** Grants permission to remove a region from an IAM Identity Center instance. Access level: Write. Resources: Instance*. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_RemoveRegion.html */
  RemoveRegion: "W|||3;1;6||identitystore:RemoveRegion,3|;",
  /** Grants permission to search for groups within the associated directory. Access level: Read. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  SearchGroups: "R|||||0,3|",
  /** Grants permission to search for users within the associated directory. Access level: Read. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  SearchUsers: "R|||||0,3|",
  /** Grants permission to initialize AWS IAM Identity Center. Access level: Write. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  StartSSO: "W|||||3,4,5,6,7,organizations:EnableAWSServiceAccess|DeleteInstance",
  /** Grants permission to associate a set of tags with a specified resource. Access level: Tagging. Resources: Application, Instance, PermissionSet, TrustedTokenIssuer. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_TagResource.html */
  TagResource:
    "T|||1;0;,3;0;,4;0;,5;0;|0,2|3|CreateApplication,CreateInstance,CreatePermissionSet,CreateTrustedTokenIssuer,;",
  /** Grants permission to disassociate a set of tags from a specified resource. Access level: Tagging. Resources: Application, Instance, PermissionSet, TrustedTokenIssuer. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||1;0;,3;0;,4;0;,5;0;|2|3|;",
  /** Grants permission to update an application. Access level: Write. Resources: Application*. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_UpdateApplication.html */
  UpdateApplication:
    "W|||1;1;6|5|3,16,sso:UpdateApplicationInstanceDisplayData,sso:UpdateApplicationInstanceStatus,sso:UpdateManagedApplicationInstanceStatus|;",
  /** Grants permission to set a certificate as the active one for this application instance. Access level: Write. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  UpdateApplicationInstanceActiveCertificate: "W|||||3|",
  /** Grants permission to update display data of an application instance. Access level: Write. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  UpdateApplicationInstanceDisplayData: "W|||||3|UpdateApplication",
  /** Grants permission to update federation response configuration for the application instance. Access level: Write. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  UpdateApplicationInstanceResponseConfiguration: "W|||||3|",
  /** Grants permission to update federation response schema configuration for the application instance. Access level: Write. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  UpdateApplicationInstanceResponseSchemaConfiguration: "W|||||3|",
  /** Grants permission to update security details for the application instance. Access level: Write. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  UpdateApplicationInstanceSecurityConfiguration: "W|||||3|",
  /** Grants permission to update service provider related configuration for the application instance. Access level: Write. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  UpdateApplicationInstanceServiceProviderConfiguration: "W|||||3|",
  /** Grants permission to update the status of an application instance. Access level: Write. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  UpdateApplicationInstanceStatus: "W|||||3|UpdateApplication",
  /** Grants permission to update an identity center instance. Access level: Write. Resources: Instance*. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_UpdateInstance.html */
  UpdateInstance: "W|||3;1;6||identitystore:UpdateIdentityStore,3,4,5,6|;",
  /** Grants permission to update the attributes to use with the instance for ABAC. Access level: Write. Resources: Instance*. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_UpdateInstanceAccessControlAttributeConfiguration.html */
  UpdateInstanceAccessControlAttributeConfiguration: "W|||3;1;6||3|;",
  /** Grants permission to update the status of a managed application instance. Access level: Write. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  UpdateManagedApplicationInstanceStatus: "W|||||3|UpdateApplication",
  /** Grants permission to update the permission set. Access level: Permissions management. Resources: Instance*, PermissionSet*. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_UpdatePermissionSet.html */
  UpdatePermissionSet: "P|||3;1;6,4;1;6||3|;",
  /** Grants permission to update the profile for an application instance. Access level: Write. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  UpdateProfile: "W|||||3|CreateAccountAssignment",
  /** Grants permission to update the configuration for the current SSO instance. Access level: Write. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  UpdateSSOConfiguration: "W|||||3|",
  /** Grants permission to update the federation trust in a target account. Access level: Write. https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access-using-id-policies.html#policyexample */
  UpdateTrust: "W|||||3|CreateAccountAssignment",
  /** Grants permission to update a trusted token issuer for an instance. Access level: Write. Resources: TrustedTokenIssuer*. https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_UpdateTrustedTokenIssuer.html */
  UpdateTrustedTokenIssuer: "W|||5;1;6||3|;",
} as const;
const actionDetails = {
  AddRegion: "|,;~~~|Grants permission to add a region to an IAM Identity Center instance",
  AssociateDirectory: "|,;~|Grants permission to connect a directory to be used by AWS IAM Identity Center",
  AssociateProfile:
    "|,;~~~,~~|Grants permission to create an association between a directory user or group and a profile",
  AttachCustomerManagedPolicyReferenceToPermissionSet:
    "|,;~~~|Grants permission to attach a customer managed policy reference to a permission set",
  AttachManagedPolicyToPermissionSet: "|,;~~~|Grants permission to attach an AWS managed policy to a permission set",
  CreateAccountAssignment:
    "|,;~~~|Grants permission to assign access to a Principal for a specified AWS account using a specified permission set",
  CreateApplication: "|,;~~~|Grants permission to create an application",
  CreateApplicationAssignment: "|,;~~~|Grants permission to create an application assignment",
  CreateApplicationInstance: "|,;~~~,~~|Grants permission to add an application instance to AWS IAM Identity Center",
  CreateApplicationInstanceCertificate: "|,;~|Grants permission to add a new certificate for an application instance",
  CreateInstance: "|,;~~~|Grants permission to create an identity center instance",
  CreateInstanceAccessControlAttributeConfiguration:
    "|,;~~~|Grants permission to enable the instance for ABAC and specify the attributes",
  CreateManagedApplicationInstance:
    "|,;~~~,~~,~~|Grants permission to add a managed application instance to AWS IAM Identity Center",
  CreatePermissionSet: "|,;~~~|Grants permission to create a permission set",
  CreateProfile: "|,;~~~|Grants permission to create a profile for an application instance",
  CreateTrust: "|,;~~~|Grants permission to create a federation trust in a target account",
  CreateTrustedTokenIssuer: "|,;~~~|Grants permission to create a trusted token issuer for an instance",
  DeleteAccountAssignment:
    "|,;~~~|Grants permission to delete a Principal's access from a specified AWS account using a specified permission set",
  DeleteApplication: "|,;~~~|Grants permission to delete an application",
  DeleteApplicationAccessScope: "|,;~~~|Grants permission to delete an access scope to an application",
  DeleteApplicationAssignment: "|,;~~~|Grants permission to delete an application assignment",
  DeleteApplicationAuthenticationMethod:
    "|,;~~~|Grants permission to delete an authentication method to an application",
  DeleteApplicationGrant: "|,;~~~|Grants permission to delete a grant from an application",
  DeleteApplicationInstance: "|,;~~~|Grants permission to delete the application instance",
  DeleteApplicationInstanceCertificate:
    "|,;~|Grants permission to delete an inactive or expired certificate from the application instance",
  DeleteInlinePolicyFromPermissionSet:
    "|,;~~~|Grants permission to delete the inline policy from a specified permission set",
  DeleteInstance: "|,;~~~|Grants permission to delete an identity center instance",
  DeleteInstanceAccessControlAttributeConfiguration:
    "|,;~~~|Grants permission to disable ABAC and remove the attributes list for the instance",
  DeleteManagedApplicationInstance: "|,;~~~|Grants permission to delete the managed application instance",
  DeletePermissionSet: "|,;~~~|Grants permission to delete a permission set",
  DeletePermissionsBoundaryFromPermissionSet:
    "|,;~~~|Grants permission to remove permissions boundary from a permission set",
  DeleteProfile: "|,;~~~|Grants permission to delete the profile for an application instance",
  DeleteTrustedTokenIssuer: "|,;~~~|Grants permission to delete a trusted token issuer for an instance",
  DescribeAccountAssignmentCreationStatus:
    "|,;~~~|Grants permission to describe the status of the assignment creation request",
  DescribeAccountAssignmentDeletionStatus:
    "|,;~~~|Grants permission to describe the status of an assignment deletion request",
  DescribeApplication: "|,;~~~|Grants permission to obtain information about an application",
  DescribeApplicationAssignment: "|,;~~~|Grants permission to retrieve an application assignment",
  DescribeApplicationProvider: "|,;~~~|Grants permission to describe an application provider",
  DescribeInstance: "|,;~~~|Grants permission to obtain information about an identity center instance",
  DescribeInstanceAccessControlAttributeConfiguration:
    "|,;~~~|Grants permission to get the list of attributes used by the instance for ABAC",
  DescribePermissionSet: "|,;~~~|Grants permission to describe a permission set",
  DescribePermissionSetProvisioningStatus:
    "|,;~~~|Grants permission to describe the status for the given Permission Set Provisioning request",
  DescribeRegion:
    "|,;~~~|Grants permission to retrieve configuration details for a specific IAM Identity Center instance region",
  DescribeRegisteredRegions:
    "|,;~|Grants permission to obtain the regions where your organization has enabled AWS IAM Identity Center",
  DescribeTrustedTokenIssuer: "|,;~~~|Grants permission to describe a trusted token issuer for an instance",
  DetachCustomerManagedPolicyReferenceFromPermissionSet:
    "|,;~~~|Grants permission to detach a customer managed policy reference from a permission set",
  DetachManagedPolicyFromPermissionSet:
    "|,;~~~|Grants permission to detach the attached AWS managed policy from the specified permission set",
  DisassociateDirectory: "|,;~|Grants permission to disassociate a directory to be used by AWS IAM Identity Center",
  DisassociateProfile: "|,;~~~|Grants permission to disassociate a directory user or group from a profile",
  GetApplicationAccessScope: "|,;~~~|Grants permission to get an access scope to an application",
  GetApplicationAssignmentConfiguration:
    "|,;~~~|Grants permission to read assignment configurations for an application",
  GetApplicationAuthenticationMethod: "|,;~~~|Grants permission to get an authentication method to an application",
  GetApplicationGrant: "|,;~~~|Grants permission to obtain details about a grant belonging to an application",
  GetApplicationInstance: "|,;~~~,~~,~~,~~|Grants permission to retrieve details for an application instance",
  GetApplicationSessionConfiguration: "|,;~~~|Grants permission to get session configuration for an application",
  GetApplicationTemplate: "|,;~~~,~~|Grants permission to retrieve application template details",
  GetInlinePolicyForPermissionSet:
    "|,;~~~|Grants permission to obtain the inline policy assigned to the permission set",
  GetManagedApplicationInstance: "|,;~~~|Grants permission to retrieve details for an application instance",
  GetMfaDeviceManagementForDirectory:
    "|,;~|Grants permission to retrieve Mfa Device Management settings for the directory",
  GetPermissionSet: "|,;~~~|Grants permission to retrieve details of a permission set",
  GetPermissionsBoundaryForPermissionSet: "|,;~~~|Grants permission to get permissions boundary for a permission set",
  GetProfile: "|,;~~~,~~|Grants permission to retrieve a profile for an application instance",
  GetSSOStatus: "|,;~|Grants permission to check if AWS IAM Identity Center is enabled",
  GetSharedSsoConfiguration: "|,;~~~|Grants permission to retrieve shared configuration for the current SSO instance",
  GetSsoConfiguration: "|,;~|Grants permission to retrieve configuration for the current SSO instance",
  GetTrust: "|,;~~~|Grants permission to retrieve the federation trust in a target account",
  ImportApplicationInstanceServiceProviderMetadata:
    "|,;~|Grants permission to update the application instance by uploading an application SAML metadata file provided by the service provider",
  ListAccountAssignmentCreationStatus:
    "|,;~~~|Grants permission to list the status of the AWS account assignment creation requests for a specified SSO instance",
  ListAccountAssignmentDeletionStatus:
    "|,;~~~|Grants permission to list the status of the AWS account assignment deletion requests for a specified SSO instance",
  ListAccountAssignments:
    "|,;~~~|Grants permission to list the assignee of the specified AWS account with the specified permission set",
  ListAccountAssignmentsForPrincipal: "|,;~~~|Grants permission to list accounts assigned to user or group",
  ListAccountsForProvisionedPermissionSet:
    "|,;~~~|Grants permission to list all the AWS accounts where the specified permission set is provisioned",
  ListApplicationAccessScopes: "|,;~~~|Grants permission to list access scopes to an application",
  ListApplicationAssignments: "|,;~~~|Grants permission to list application assignments",
  ListApplicationAssignmentsForPrincipal: "|,;~~~|Grants permission to list applications assigned to user or group",
  ListApplicationAuthenticationMethods: "|,;~~~|Grants permission to list authentication methods to an application",
  ListApplicationGrants: "|,;~~~|Grants permission to list grants from an application",
  ListApplicationInstanceCertificates:
    "|,;~|Grants permission to retrieve all of the certificates for a given application instance",
  ListApplicationInstances: "|,;~~~,~~|Grants permission to retrieve all application instances",
  ListApplicationProviders: "|,;~~~,~~|Grants permission to list application providers",
  ListApplicationTemplates: "|,;~~~|Grants permission to retrieve all supported application templates",
  ListApplications:
    "|,;~~~|Grants permission to retrieve all applications associated with the instance of IAM Identity Center",
  ListCustomerManagedPolicyReferencesInPermissionSet:
    "|,;~~~|Grants permission to list the customer managed policy references that are attached to a permission set",
  ListDirectoryAssociations:
    "|,;~~~|Grants permission to retrieve details about the directory connected to AWS IAM Identity Center",
  ListInstances: "|,;~~~|Grants permission to list the SSO Instances that the caller has access to",
  ListManagedPoliciesInPermissionSet:
    "|,;~~~|Grants permission to list the AWS managed policies that are attached to a specified permission set",
  ListPermissionSetProvisioningStatus:
    "|,;~~~|Grants permission to list the status of the Permission Set Provisioning requests for a specified SSO instance",
  ListPermissionSets: "|,;~~~|Grants permission to retrieve all permission sets",
  ListPermissionSetsProvisionedToAccount:
    "|,;~~~|Grants permission to list all the permission sets that are provisioned to a specified AWS account",
  ListProfileAssociations:
    "|,;~~~,~~|Grants permission to retrieve the directory user or group associated with the profile",
  ListProfiles: "|,;~~~|Grants permission to retrieve all profiles for an application instance",
  ListRegions: "|,;~~~|Grants permission to list all regions configured for an IAM Identity Center instance",
  ListTagsForResource: "|,;~~~|Grants permission to list the tags that are attached to a specified resource",
  ListTrustedTokenIssuers: "|,;~~~|Grants permission to list trusted token issuers for an instance",
  ProvisionPermissionSet: "|,;~~~|Grants permission to provision a specified permission set to the specified target",
  PutApplicationAccessScope: "|,;~~~|Grants permission to create/update an access scope to an application",
  PutApplicationAssignmentConfiguration:
    "|,;~~~,~~,~~|Grants permission to add assignment configurations to an application",
  PutApplicationAuthenticationMethod:
    "|,;~~~|Grants permission to create/update an authentication method to an application",
  PutApplicationGrant: "|,;~~~|Grants permission to create/update a grant to an application",
  PutApplicationSessionConfiguration: "|,;~~~|Grants permission to put session configuration for an application",
  PutInlinePolicyToPermissionSet: "|,;~~~|Grants permission to attach an IAM inline policy to a permission set",
  PutMfaDeviceManagementForDirectory: "|,;~|Grants permission to put Mfa Device Management settings for the directory",
  PutPermissionsBoundaryToPermissionSet: "|,;~~~|Grants permission to add permissions boundary to a permission set",
  PutPermissionsPolicy: "|,;~~~,~~|Grants permission to add a policy to a permission set",
  RemoveRegion: "|,;~~~|Grants permission to remove a region from an IAM Identity Center instance",
  SearchGroups: "|,;~|Grants permission to search for groups within the associated directory",
  SearchUsers: "|,;~|Grants permission to search for users within the associated directory",
  StartSSO: "|,;~~~|Grants permission to initialize AWS IAM Identity Center",
  TagResource: "|,;~~~,~~,~~,~~,~~|Grants permission to associate a set of tags with a specified resource",
  UntagResource: "|,;~~~|Grants permission to disassociate a set of tags from a specified resource",
  UpdateApplication: "|,;~~~|Grants permission to update an application",
  UpdateApplicationInstanceActiveCertificate:
    "|,;~|Grants permission to set a certificate as the active one for this application instance",
  UpdateApplicationInstanceDisplayData: "|,;~~~|Grants permission to update display data of an application instance",
  UpdateApplicationInstanceResponseConfiguration:
    "|,;~|Grants permission to update federation response configuration for the application instance",
  UpdateApplicationInstanceResponseSchemaConfiguration:
    "|,;~|Grants permission to update federation response schema configuration for the application instance",
  UpdateApplicationInstanceSecurityConfiguration:
    "|,;~|Grants permission to update security details for the application instance",
  UpdateApplicationInstanceServiceProviderConfiguration:
    "|,;~|Grants permission to update service provider related configuration for the application instance",
  UpdateApplicationInstanceStatus: "|,;~~~|Grants permission to update the status of an application instance",
  UpdateInstance: "|,;~~~|Grants permission to update an identity center instance",
  UpdateInstanceAccessControlAttributeConfiguration:
    "|,;~~~|Grants permission to update the attributes to use with the instance for ABAC",
  UpdateManagedApplicationInstanceStatus:
    "|,;~~~|Grants permission to update the status of a managed application instance",
  UpdatePermissionSet: "|,;~~~|Grants permission to update the permission set",
  UpdateProfile: "|,;~~~|Grants permission to update the profile for an application instance",
  UpdateSSOConfiguration: "|,;~|Grants permission to update the configuration for the current SSO instance",
  UpdateTrust: "|,;~~~|Grants permission to update the federation trust in a target account",
  UpdateTrustedTokenIssuer: "|,;~~~|Grants permission to update a trusted token issuer for an instance",
};
const resourceTypeFacts = {
  /** The Account resource type: arn:${Partition}:sso:::account/${AccountId} */
  Account: "|,account|",
  /** The Application resource type: arn:${Partition}:sso::${AccountId}:application/${InstanceId}/${ApplicationId} */
  Application: "|,application|1,5,6",
  /** The ApplicationProvider resource type: arn:${Partition}:sso::aws:applicationProvider/${ApplicationProviderId} */
  ApplicationProvider: "|,applicationProvider|",
  /** The Instance resource type: arn:${Partition}:sso:::instance/${InstanceId} */
  Instance: "|,instance|1,6",
  /** The PermissionSet resource type: arn:${Partition}:sso:::permissionSet/${InstanceId}/${PermissionSetId} */
  PermissionSet: "|,permissionSet|1,6",
  /** The TrustedTokenIssuer resource type: arn:${Partition}:sso::${AccountId}:trustedTokenIssuer/${InstanceId}/${TrustedTokenIssuerId} */
  TrustedTokenIssuer: "|,trustedTokenIssuer|1,6",
} as const;
const arnFormats = {
  /** ARN of a Account resource: arn:${Partition}:sso:::account/${AccountId}. */
  account: "|,Account|arn:|Partition|:sso:::account/|AccountId|",
  /** ARN of a Application resource: arn:${Partition}:sso::${AccountId}:application/${InstanceId}/${ApplicationId}. */
  application: "|,Application|arn:|Partition|:sso::|AccountId|:application/|InstanceId|/|ApplicationId|",
  /** ARN of a ApplicationProvider resource: arn:${Partition}:sso::aws:applicationProvider/${ApplicationProviderId}. */
  applicationProvider: "|,ApplicationProvider|arn:|Partition|:sso::aws:applicationProvider/|ApplicationProviderId|",
  /** ARN of a Instance resource: arn:${Partition}:sso:::instance/${InstanceId}. */
  instance: "|,Instance|arn:|Partition|:sso:::instance/|InstanceId|",
  /** ARN of a PermissionSet resource: arn:${Partition}:sso:::permissionSet/${InstanceId}/${PermissionSetId}. */
  permissionSet: "|,PermissionSet|arn:|Partition|:sso:::permissionSet/|InstanceId|/|PermissionSetId|",
  /** ARN of a TrustedTokenIssuer resource: arn:${Partition}:sso::${AccountId}:trustedTokenIssuer/${InstanceId}/${TrustedTokenIssuerId}. */
  trustedTokenIssuer:
    "|,TrustedTokenIssuer|arn:|Partition|:sso::|AccountId|:trustedTokenIssuer/|InstanceId|/|TrustedTokenIssuerId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "Account",
  "Application",
  "ApplicationProvider",
  "Instance",
  "PermissionSet",
  "TrustedTokenIssuer",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "sso">;
/** Any sso action. */
export type Action = ActionOf<typeof actionFacts, "sso">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "sso">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "sso-admin" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every sso action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the ARN of the IAM Identity Center application. */
  "identitycenter:ApplicationArn": "ARN";
  /** Filters access by the ARN of the IAM Identity Center instance. */
  "identitycenter:InstanceArn": "ARN";
  /** Filters access by the account which creates the application. This condition key is not supported for customer managed SAML applications. */
  "sso:ApplicationAccount": "String";
  /** Filters access by the primary region of the IAM Identity Center instance. */
  "sso:PrimaryRegion": "String";
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
  "identitycenter:ApplicationArn": "|,ARN|0||Filters access by the ARN of the IAM Identity Center application",
  "identitycenter:InstanceArn": "|,ARN|0||Filters access by the ARN of the IAM Identity Center instance",
  "sso:ApplicationAccount":
    "|,String|0||Filters access by the account which creates the application. This condition key is not supported for customer managed SAML applications",
  "sso:PrimaryRegion": "|,String|0||Filters access by the primary region of the IAM Identity Center instance",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "sso",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
