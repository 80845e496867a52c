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
export const prefix: "organizations" = "organizations";
/** The service's name in the reference. */
export const serviceName: "AWS Organizations" = "AWS Organizations";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Organizations",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsorganizations.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "organizations:PolicyType",
  "organizations:ServicePrincipal",
  "organizations:TransferDirection",
  "organizations:TransferType",
] as const;
const dependentActionList = ["iam:CreateServiceLinkedRole", "organizations:TagResource"] as const;
const actionFacts = {
  /** Grants permission to send a response to the originator of a handshake agreeing to the action proposed by the handshake request. Access level: Write. Resources: handshake*. https://docs.aws.amazon.com/organizations/latest/APIReference/API_AcceptHandshake.html */
  AcceptHandshake: "W|||2;1;||0,organizations:LeaveOrganization|;",
  /** Grants permission to attach a policy to a root, an organizational unit, or an individual account. Access level: Write. Resources: account, organizationalunit, policy*, root. https://docs.aws.amazon.com/organizations/latest/APIReference/API_AttachPolicy.html */
  AttachPolicy: "W|||0;0;,4;0;,5;1;,8;0;|3||;",
  /** Grants permission to cancel a handshake. Access level: Write. Resources: handshake*. https://docs.aws.amazon.com/organizations/latest/APIReference/API_CancelHandshake.html */
  CancelHandshake: "W|||2;1;|||;",
  /** Grants permission to close an AWS account that is now a part of an Organizations, either created within the organization, or invited to join the organization. Access level: Write. Resources: account*. https://docs.aws.amazon.com/organizations/latest/APIReference/API_CloseAccount.html */
  CloseAccount: "W|||0;1;|||;",
  /** Grants permission to create an AWS account that is automatically a member of the organization with the credentials that made the request. Access level: Write. https://docs.aws.amazon.com/organizations/latest/APIReference/API_CreateAccount.html */
  CreateAccount: "W||||0,1,2|1|;",
  /** Grants permission to create an AWS GovCloud (US) account. Access level: Write. https://docs.aws.amazon.com/organizations/latest/APIReference/API_CreateGovCloudAccount.html */
  CreateGovCloudAccount: "W||||0,1,2|1|;",
  /** Grants permission to create an organization. The account with the credentials that calls the CreateOrganization operation automatically becomes the management account of the new organization. Access level: Write. https://docs.aws.amazon.com/organizations/latest/APIReference/API_CreateOrganization.html */
  CreateOrganization: "W|||||0|;",
  /** Grants permission to create an organizational unit (OU) within a root or parent OU. Access level: Write. Resources: organizationalunit, root. https://docs.aws.amazon.com/organizations/latest/APIReference/API_CreateOrganizationalUnit.html */
  CreateOrganizationalUnit: "W|||4;0;,8;0;|0,2|1|;",
  /** Grants permission to create a policy that you can attach to a root, an organizational unit (OU), or an individual AWS account. Access level: Write. https://docs.aws.amazon.com/organizations/latest/APIReference/API_CreatePolicy.html */
  CreatePolicy: "W||||0,1,2,3|1|;",
  /** Grants permission to decline a handshake request. This sets the handshake state to DECLINED and effectively deactivates the request. Access level: Write. Resources: handshake*. https://docs.aws.amazon.com/organizations/latest/APIReference/API_DeclineHandshake.html */
  DeclineHandshake: "W|||2;1;|||;",
  /** Grants permission to delete the organization. Access level: Write. https://docs.aws.amazon.com/organizations/latest/APIReference/API_DeleteOrganization.html */
  DeleteOrganization: "W||||||;",
  /** Grants permission to delete an organizational unit from a root or another OU. Access level: Write. Resources: organizationalunit*. https://docs.aws.amazon.com/organizations/latest/APIReference/API_DeleteOrganizationalUnit.html */
  DeleteOrganizationalUnit: "W|||4;1;|||;",
  /** Grants permission to delete a policy from your organization. Access level: Write. Resources: policy*. https://docs.aws.amazon.com/organizations/latest/APIReference/API_DeletePolicy.html */
  DeletePolicy: "W|||5;1;|3||;",
  /** Grants permission to delete a resource policy from your organization. Access level: Write. https://docs.aws.amazon.com/organizations/latest/APIReference/API_DeleteResourcePolicy.html */
  DeleteResourcePolicy: "W||||||;",
  /** Grants permission to deregister the specified member AWS account as a delegated administrator for the AWS service that is specified by ServicePrincipal. Access level: Write. Resources: account*. https://docs.aws.amazon.com/organizations/latest/APIReference/API_DeregisterDelegatedAdministrator.html */
  DeregisterDelegatedAdministrator: "W|||0;1;|4||;",
  /** Grants permission to retrieve Organizations-related details about the specified account. Access level: Read. Resources: account*. https://docs.aws.amazon.com/organizations/latest/APIReference/API_DescribeAccount.html */
  DescribeAccount: "R|||0;1;|||;",
  /** Grants permission to retrieve the current status of an asynchronous request to create an account. Access level: Read. https://docs.aws.amazon.com/organizations/latest/APIReference/API_DescribeCreateAccountStatus.html */
  DescribeCreateAccountStatus: "R||||||;",
  /** Grants permission to retrieve the effective policy for an account. Access level: Read. Resources: account*. https://docs.aws.amazon.com/organizations/latest/APIReference/API_DescribeEffectivePolicy.html */
  DescribeEffectivePolicy: "R|||0;1;|3||;",
  /** Grants permission to retrieve details about a previously requested handshake. Access level: Read. Resources: handshake*. https://docs.aws.amazon.com/organizations/latest/APIReference/API_DescribeHandshake.html */
  DescribeHandshake: "R|||2;1;|||;",
  /** Grants permission to retrieve details about the organization that the calling credentials belong to. Access level: Read. https://docs.aws.amazon.com/organizations/latest/APIReference/API_DescribeOrganization.html */
  DescribeOrganization: "R||||||;",
  /** Grants permission to retrieve details about an organizational unit (OU). Access level: Read. Resources: organizationalunit*. https://docs.aws.amazon.com/organizations/latest/APIReference/API_DescribeOrganizationalUnit.html */
  DescribeOrganizationalUnit: "R|||4;1;|||;",
  /** Grants permission to retrieve details about a policy. Access level: Read. Resources: policy*. https://docs.aws.amazon.com/organizations/latest/APIReference/API_DescribePolicy.html */
  DescribePolicy: "R|||5;1;|3||;",
  /** Grants permission to retrieve information about a resource policy. Access level: Read. https://docs.aws.amazon.com/organizations/latest/APIReference/API_DescribeResourcePolicy.html */
  DescribeResourcePolicy: "R||||||;",
  /** Grants permission to retrieve details about a previously responsibility transfer. Access level: Read. Resources: responsibilitytransfer*. https://docs.aws.amazon.com/organizations/latest/APIReference/API_DescribeResponsibilityTransfer.html */
  DescribeResponsibilityTransfer: "R|||7;1;|5,6||;",
  /** Grants permission to detach a policy from a target root, organizational unit, or account. Access level: Write. Resources: account, organizationalunit, policy*, root. https://docs.aws.amazon.com/organizations/latest/APIReference/API_DetachPolicy.html */
  DetachPolicy: "W|||0;0;,4;0;,5;1;,8;0;|3||;",
  /** Grants permission to disable integration of an AWS service (the service that is specified by ServicePrincipal) with AWS Organizations. Access level: Write. https://docs.aws.amazon.com/organizations/latest/APIReference/API_DisableAWSServiceAccess.html */
  DisableAWSServiceAccess: "W||||4||;",
  /** Grants permission to disable an organization policy type in a root. Access level: Write. Resources: root*. https://docs.aws.amazon.com/organizations/latest/APIReference/API_DisablePolicyType.html */
  DisablePolicyType: "W|||8;1;|3||;",
  /** Grants permission to enable integration of an AWS service (the service that is specified by ServicePrincipal) with AWS Organizations. Access level: Write. https://docs.aws.amazon.com/organizations/latest/APIReference/API_EnableAWSServiceAccess.html */
  EnableAWSServiceAccess: "W||||4||;",
  /** Grants permission to start the process to enable all features in an organization, upgrading it from supporting only Consolidated Billing features. Access level: Write. https://docs.aws.amazon.com/organizations/latest/APIReference/API_EnableAllFeatures.html */
  EnableAllFeatures: "W||||||;",
  /** Grants permission to enable a policy type in a root. Access level: Write. Resources: root*. https://docs.aws.amazon.com/organizations/latest/APIReference/API_EnablePolicyType.html */
  EnablePolicyType: "W|||8;1;|3||;",
  /** Grants permission to send an invitation to another AWS account, asking it to join your organization as a member account. Access level: Write. Resources: account. https://docs.aws.amazon.com/organizations/latest/APIReference/API_InviteAccountToOrganization.html */
  InviteAccountToOrganization: "W|||0;0;|0,2|1|;",
  /** Grants permission to send an invitation to another AWS account, asking it to transfer a particular responsibility to your organization. Access level: Write. Resources: account. https://docs.aws.amazon.com/organizations/latest/APIReference/API_InviteOrganizationToTransferResponsibility.html */
  InviteOrganizationToTransferResponsibility: "W|||0;0;|5,6|1|;",
  /** Grants permission to remove a member account from its parent organization. Access level: Write. https://docs.aws.amazon.com/organizations/latest/APIReference/API_LeaveOrganization.html */
  LeaveOrganization: "W||||||AcceptHandshake,;",
  /** Grants permission to retrieve the list of the AWS services for which you enabled integration with your organization. Access level: List. https://docs.aws.amazon.com/organizations/latest/APIReference/API_ListAWSServiceAccessForOrganization.html */
  ListAWSServiceAccessForOrganization: "L||||||;",
  /** Grants permission to list all of the accounts in the organization. Access level: List. https://docs.aws.amazon.com/organizations/latest/APIReference/API_ListAccounts.html */
  ListAccounts: "L||||||;",
  /** Grants permission to list the accounts in an organization that are contained by a root or organizational unit (OU). Access level: List. Resources: organizationalunit, root. https://docs.aws.amazon.com/organizations/latest/APIReference/API_ListAccountsForParent.html */
  ListAccountsForParent: "L|||4;0;,8;0;|||;",
  /** Grants permission to list accounts that have invalid effective policies for a specified policy type. Access level: List. https://docs.aws.amazon.com/organizations/latest/APIReference/API_ListAccountsWithInvalidEffectivePolicy.html */
  ListAccountsWithInvalidEffectivePolicy: "L||||3||;",
  /** Grants permission to list all of the OUs or accounts that are contained in a parent OU or root. Access level: List. Resources: organizationalunit, root. https://docs.aws.amazon.com/organizations/latest/APIReference/API_ListChildren.html */
  ListChildren: "L|||4;0;,8;0;|||;",
  /** Grants permission to list the asynchronous account creation requests that are currently being tracked for the organization. Access level: List. https://docs.aws.amazon.com/organizations/latest/APIReference/API_ListCreateAccountStatus.html */
  ListCreateAccountStatus: "L||||||;",
  /** Grants permission to list the AWS accounts that are designated as delegated administrators in this organization. Access level: List. https://docs.aws.amazon.com/organizations/latest/APIReference/API_ListDelegatedAdministrators.html */
  ListDelegatedAdministrators: "L||||4||;",
  /** Grants permission to list the AWS services for which the specified account is a delegated administrator in this organization. Access level: List. Resources: account*. https://docs.aws.amazon.com/organizations/latest/APIReference/API_ListDelegatedServicesForAccount.html */
  ListDelegatedServicesForAccount: "L|||0;1;|||;",
  /** Grants permission to list validation errors found in the effective policy for a specific account and policy type. Access level: List. Resources: account*. https://docs.aws.amazon.com/organizations/latest/APIReference/API_ListEffectivePolicyValidationErrors.html */
  ListEffectivePolicyValidationErrors: "L|||0;1;|3||;",
  /** Grants permission to list all of the handshakes that are associated with an account. Access level: List. https://docs.aws.amazon.com/organizations/latest/APIReference/API_ListHandshakesForAccount.html */
  ListHandshakesForAccount: "L||||||;",
  /** Grants permission to list the handshakes that are associated with the organization. Access level: List. https://docs.aws.amazon.com/organizations/latest/APIReference/API_ListHandshakesForOrganization.html */
  ListHandshakesForOrganization: "L||||||;",
  /** Grants permission to list all responsibilities of a particular type transfered to your organization. Access level: List. https://docs.aws.amazon.com/organizations/latest/APIReference/API_ListInboundResponsibilityTransfers.html */
  ListInboundResponsibilityTransfers: "L||||5,6||;",
  /** Grants permission to list all of the organizational units (OUs) in a parent organizational unit or root. Access level: List. Resources: organizationalunit, root. https://docs.aws.amazon.com/organizations/latest/APIReference/API_ListOrganizationalUnitsForParent.html */
  ListOrganizationalUnitsForParent: "L|||4;0;,8;0;|||;",
  /** Grants permission to list all responsibilities of a particular type transfered to another organization. Access level: List. https://docs.aws.amazon.com/organizations/latest/APIReference/API_ListOutboundResponsibilityTransfers.html */
  ListOutboundResponsibilityTransfers: "L||||5,6||;",
  /** Grants permission to list the root or organizational units (OUs) that serve as the immediate parent of a child OU or account. Access level: List. Resources: account, organizationalunit. https://docs.aws.amazon.com/organizations/latest/APIReference/API_ListParents.html */
  ListParents: "L|||0;0;,4;0;|||;",
  /** Grants permission to list all of the policies in an organization. Access level: List. https://docs.aws.amazon.com/organizations/latest/APIReference/API_ListPolicies.html */
  ListPolicies: "L||||3||;",
  /** Grants permission to list all of the policies that are directly attached to a root, organizational unit (OU), or account. Access level: List. Resources: account, organizationalunit, root. https://docs.aws.amazon.com/organizations/latest/APIReference/API_ListPoliciesForTarget.html */
  ListPoliciesForTarget: "L|||0;0;,4;0;,8;0;|3||;",
  /** Grants permission to list all of the roots that are defined in the organization. Access level: List. https://docs.aws.amazon.com/organizations/latest/APIReference/API_ListRoots.html */
  ListRoots: "L||||||;",
  /** Grants permission to list all tags for the specified resource. Access level: List. Resources: account, organizationalunit, policy, resourcepolicy, responsibilitytransfer, root. https://docs.aws.amazon.com/organizations/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "L|||0;0;,4;0;,5;0;,6;0;,7;0;5~6,8;0;|3||;",
  /** Grants permission to list all the roots, OUs, and accounts to which a policy is attached. Access level: List. Resources: policy*. https://docs.aws.amazon.com/organizations/latest/APIReference/API_ListTargetsForPolicy.html */
  ListTargetsForPolicy: "L|||5;1;|3||;",
  /** Grants permission to move an account from its current root or OU to another parent root or OU. Access level: Write. Resources: account*, organizationalunit*, root*. https://docs.aws.amazon.com/organizations/latest/APIReference/API_MoveAccount.html */
  MoveAccount: "W|||0;1;,4;1;,8;1;|||;",
  /** Grants permission to create or update a resource policy. Access level: Write. Resources: resourcepolicy*. https://docs.aws.amazon.com/organizations/latest/APIReference/API_PutResourcePolicy.html */
  PutResourcePolicy: "W|||6;1;|0,2|1|;",
  /** Grants permission to register the specified member account to administer the Organizations features of the AWS service that is specified by ServicePrincipal. Access level: Write. Resources: account*. https://docs.aws.amazon.com/organizations/latest/APIReference/API_RegisterDelegatedAdministrator.html */
  RegisterDelegatedAdministrator: "W|||0;1;|4||;",
  /** Grants permission to remove the specified account from the organization. Access level: Write. Resources: account*. https://docs.aws.amazon.com/organizations/latest/APIReference/API_RemoveAccountFromOrganization.html */
  RemoveAccountFromOrganization: "W|||0;1;|||;",
  /** Grants permission to add one or more tags to the specified resource. Access level: Tagging. Resources: account, organizationalunit, policy, resourcepolicy, responsibilitytransfer, root. https://docs.aws.amazon.com/organizations/latest/APIReference/API_TagResource.html */
  TagResource:
    "T|||0;0;,4;0;,5;0;3,6;0;,7;0;5~6,8;0;|0,2,3||CreateAccount,CreateGovCloudAccount,CreateOrganizationalUnit,CreatePolicy,InviteAccountToOrganization,InviteOrganizationToTransferResponsibility,PutResourcePolicy,;",
  /** Grants permission to end the transfer for a responsibility to or from your organization. Access level: Write. Resources: responsibilitytransfer*. https://docs.aws.amazon.com/organizations/latest/APIReference/API_TerminateResponsibilityTransfer.html */
  TerminateResponsibilityTransfer: "W|||7;1;|5,6||;",
  /** Grants permission to remove one or more tags from the specified resource. Access level: Tagging. Resources: account, organizationalunit, policy, resourcepolicy, responsibilitytransfer, root. https://docs.aws.amazon.com/organizations/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,4;0;,5;0;,6;0;,7;0;5~6,8;0;|2,3||;",
  /** Grants permission to rename an organizational unit (OU). Access level: Write. Resources: organizationalunit*. https://docs.aws.amazon.com/organizations/latest/APIReference/API_UpdateOrganizationalUnit.html */
  UpdateOrganizationalUnit: "W|||4;1;|||;",
  /** Grants permission to update an existing policy with a new name, description, or content. Access level: Write. Resources: policy*. https://docs.aws.amazon.com/organizations/latest/APIReference/API_UpdatePolicy.html */
  UpdatePolicy: "W|||5;1;|3||;",
  /** Grants permission to rename a responsibility transfer to or from your organization. Access level: Write. Resources: responsibilitytransfer*. https://docs.aws.amazon.com/organizations/latest/APIReference/API_UpdateResponsibilityTransfer.html */
  UpdateResponsibilityTransfer: "W|||7;1;|5,6||;",
} as const;
const actionDetails = {
  AcceptHandshake:
    "|,;~~~|Grants permission to send a response to the originator of a handshake agreeing to the action proposed by the handshake request",
  AttachPolicy:
    "|,;~~~|Grants permission to attach a policy to a root, an organizational unit, or an individual account",
  CancelHandshake: "|,;~~~|Grants permission to cancel a handshake",
  CloseAccount:
    "|,;~~~|Grants permission to close an AWS account that is now a part of an Organizations, either created within the organization, or invited to join the organization",
  CreateAccount:
    "|,;~~~|Grants permission to create an AWS account that is automatically a member of the organization with the credentials that made the request",
  CreateGovCloudAccount: "|,;~~~|Grants permission to create an AWS GovCloud (US) account",
  CreateOrganization:
    "|,;~~~|Grants permission to create an organization. The account with the credentials that calls the CreateOrganization operation automatically becomes the management account of the new organization",
  CreateOrganizationalUnit: "|,;~~~|Grants permission to create an organizational unit (OU) within a root or parent OU",
  CreatePolicy:
    "|,;~~~|Grants permission to create a policy that you can attach to a root, an organizational unit (OU), or an individual AWS account",
  DeclineHandshake:
    "|,;~~~|Grants permission to decline a handshake request. This sets the handshake state to DECLINED and effectively deactivates the request",
  DeleteOrganization: "|,;~~~|Grants permission to delete the organization",
  DeleteOrganizationalUnit: "|,;~~~|Grants permission to delete an organizational unit from a root or another OU",
  DeletePolicy: "|,;~~~|Grants permission to delete a policy from your organization",
  DeleteResourcePolicy: "|,;~~~|Grants permission to delete a resource policy from your organization",
  DeregisterDelegatedAdministrator:
    "|,;~~~|Grants permission to deregister the specified member AWS account as a delegated administrator for the AWS service that is specified by ServicePrincipal",
  DescribeAccount: "|,;~~~|Grants permission to retrieve Organizations-related details about the specified account",
  DescribeCreateAccountStatus:
    "|,;~~~|Grants permission to retrieve the current status of an asynchronous request to create an account",
  DescribeEffectivePolicy: "|,;~~~|Grants permission to retrieve the effective policy for an account",
  DescribeHandshake: "|,;~~~|Grants permission to retrieve details about a previously requested handshake",
  DescribeOrganization:
    "|,;~~~|Grants permission to retrieve details about the organization that the calling credentials belong to",
  DescribeOrganizationalUnit: "|,;~~~|Grants permission to retrieve details about an organizational unit (OU)",
  DescribePolicy: "|,;~~~|Grants permission to retrieve details about a policy",
  DescribeResourcePolicy: "|,;~~~|Grants permission to retrieve information about a resource policy",
  DescribeResponsibilityTransfer:
    "|,;~~~|Grants permission to retrieve details about a previously responsibility transfer",
  DetachPolicy: "|,;~~~|Grants permission to detach a policy from a target root, organizational unit, or account",
  DisableAWSServiceAccess:
    "|,;~~~|Grants permission to disable integration of an AWS service (the service that is specified by ServicePrincipal) with AWS Organizations",
  DisablePolicyType: "|,;~~~|Grants permission to disable an organization policy type in a root",
  EnableAWSServiceAccess:
    "|,;~~~|Grants permission to enable integration of an AWS service (the service that is specified by ServicePrincipal) with AWS Organizations",
  EnableAllFeatures:
    "|,;~~~|Grants permission to start the process to enable all features in an organization, upgrading it from supporting only Consolidated Billing features",
  EnablePolicyType: "|,;~~~|Grants permission to enable a policy type in a root",
  InviteAccountToOrganization:
    "|,;~~~|Grants permission to send an invitation to another AWS account, asking it to join your organization as a member account",
  InviteOrganizationToTransferResponsibility:
    "|,;~~~|Grants permission to send an invitation to another AWS account, asking it to transfer a particular responsibility to your organization",
  LeaveOrganization: "|,;~~~,~~|Grants permission to remove a member account from its parent organization",
  ListAWSServiceAccessForOrganization:
    "|,;~~~|Grants permission to retrieve the list of the AWS services for which you enabled integration with your organization",
  ListAccounts: "|,;~~~|Grants permission to list all of the accounts in the organization",
  ListAccountsForParent:
    "|,;~~~|Grants permission to list the accounts in an organization that are contained by a root or organizational unit (OU)",
  ListAccountsWithInvalidEffectivePolicy:
    "|,;~~~|Grants permission to list accounts that have invalid effective policies for a specified policy type",
  ListChildren: "|,;~~~|Grants permission to list all of the OUs or accounts that are contained in a parent OU or root",
  ListCreateAccountStatus:
    "|,;~~~|Grants permission to list the asynchronous account creation requests that are currently being tracked for the organization",
  ListDelegatedAdministrators:
    "|,;~~~|Grants permission to list the AWS accounts that are designated as delegated administrators in this organization",
  ListDelegatedServicesForAccount:
    "|,;~~~|Grants permission to list the AWS services for which the specified account is a delegated administrator in this organization",
  ListEffectivePolicyValidationErrors:
    "|,;~~~|Grants permission to list validation errors found in the effective policy for a specific account and policy type",
  ListHandshakesForAccount:
    "|,;~~~|Grants permission to list all of the handshakes that are associated with an account",
  ListHandshakesForOrganization:
    "|,;~~~|Grants permission to list the handshakes that are associated with the organization",
  ListInboundResponsibilityTransfers:
    "|,;~~~|Grants permission to list all responsibilities of a particular type transfered to your organization",
  ListOrganizationalUnitsForParent:
    "|,;~~~|Grants permission to list all of the organizational units (OUs) in a parent organizational unit or root",
  ListOutboundResponsibilityTransfers:
    "|,;~~~|Grants permission to list all responsibilities of a particular type transfered to another organization",
  ListParents:
    "|,;~~~|Grants permission to list the root or organizational units (OUs) that serve as the immediate parent of a child OU or account",
  ListPolicies: "|,;~~~|Grants permission to list all of the policies in an organization",
  ListPoliciesForTarget:
    "|,;~~~|Grants permission to list all of the policies that are directly attached to a root, organizational unit (OU), or account",
  ListRoots: "|,;~~~|Grants permission to list all of the roots that are defined in the organization",
  ListTagsForResource: "|,;~~~|Grants permission to list all tags for the specified resource",
  ListTargetsForPolicy:
    "|,;~~~|Grants permission to list all the roots, OUs, and accounts to which a policy is attached",
  MoveAccount: "|,;~~~|Grants permission to move an account from its current root or OU to another parent root or OU",
  PutResourcePolicy: "|,;~~~|Grants permission to create or update a resource policy",
  RegisterDelegatedAdministrator:
    "|,;~~~|Grants permission to register the specified member account to administer the Organizations features of the AWS service that is specified by ServicePrincipal",
  RemoveAccountFromOrganization: "|,;~~~|Grants permission to remove the specified account from the organization",
  TagResource: "|,;~~~,~~,~~,~~,~~,~~,~~,~~|Grants permission to add one or more tags to the specified resource",
  TerminateResponsibilityTransfer:
    "|,;~~~|Grants permission to end the transfer for a responsibility to or from your organization",
  UntagResource: "|,;~~~|Grants permission to remove one or more tags from the specified resource",
  UpdateOrganizationalUnit: "|,;~~~|Grants permission to rename an organizational unit (OU)",
  UpdatePolicy: "|,;~~~|Grants permission to update an existing policy with a new name, description, or content",
  UpdateResponsibilityTransfer:
    "|,;~~~|Grants permission to rename a responsibility transfer to or from your organization",
};
const resourceTypeFacts = {
  /** The account resource type: arn:${Partition}:organizations::${Account}:account/o-${OrganizationId}/${AccountId} */
  account: "|,|1",
  /** The awspolicy resource type: arn:${Partition}:organizations::aws:policy/${PolicyType}/p-${PolicyId} */
  awspolicy: "|,|",
  /** The handshake resource type: arn:${Partition}:organizations::${Account}:handshake/o-${OrganizationId}/${HandshakeType}/h-${HandshakeId} */
  handshake: "|,|",
  /** The organization resource type: arn:${Partition}:organizations::${Account}:organization/o-${OrganizationId} */
  organization: "|,|",
  /** The organizationalunit resource type: arn:${Partition}:organizations::${Account}:ou/o-${OrganizationId}/ou-${OrganizationalUnitId} */
  organizationalunit: "|,|1",
  /** The policy resource type: arn:${Partition}:organizations::${Account}:policy/o-${OrganizationId}/${PolicyType}/p-${PolicyId} */
  policy: "|,|1",
  /** The resourcepolicy resource type: arn:${Partition}:organizations::${Account}:resourcepolicy/o-${OrganizationId}/rp-${ResourcePolicyId} */
  resourcepolicy: "|,|1",
  /** The responsibilitytransfer resource type: arn:${Partition}:organizations::${Account}:transfer/o-${OrganizationId}/${TransferType}/${TransferDirection}/rt-${ResponsibilityTransferId} */
  responsibilitytransfer: "|,|1",
  /** The root resource type: arn:${Partition}:organizations::${Account}:root/o-${OrganizationId}/r-${RootId} */
  root: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a account resource: arn:${Partition}:organizations::${Account}:account/o-${OrganizationId}/${AccountId}. */
  account: "|,account|arn:|Partition|:organizations::|Account|:account/o-|OrganizationId|/|AccountId|",
  /** ARN of a awspolicy resource: arn:${Partition}:organizations::aws:policy/${PolicyType}/p-${PolicyId}. */
  awspolicy: "|,awspolicy|arn:|Partition|:organizations::aws:policy/|PolicyType|/p-|PolicyId|",
  /** ARN of a handshake resource: arn:${Partition}:organizations::${Account}:handshake/o-${OrganizationId}/${HandshakeType}/h-${HandshakeId}. */
  handshake:
    "|,handshake|arn:|Partition|:organizations::|Account|:handshake/o-|OrganizationId|/|HandshakeType|/h-|HandshakeId|",
  /** ARN of a organization resource: arn:${Partition}:organizations::${Account}:organization/o-${OrganizationId}. */
  organization: "|,organization|arn:|Partition|:organizations::|Account|:organization/o-|OrganizationId|",
  /** ARN of a organizationalunit resource: arn:${Partition}:organizations::${Account}:ou/o-${OrganizationId}/ou-${OrganizationalUnitId}. */
  organizationalunit:
    "|,organizationalunit|arn:|Partition|:organizations::|Account|:ou/o-|OrganizationId|/ou-|OrganizationalUnitId|",
  /** ARN of a policy resource: arn:${Partition}:organizations::${Account}:policy/o-${OrganizationId}/${PolicyType}/p-${PolicyId}. */
  policy: "|,policy|arn:|Partition|:organizations::|Account|:policy/o-|OrganizationId|/|PolicyType|/p-|PolicyId|",
  /** ARN of a resourcepolicy resource: arn:${Partition}:organizations::${Account}:resourcepolicy/o-${OrganizationId}/rp-${ResourcePolicyId}. */
  resourcepolicy:
    "|,resourcepolicy|arn:|Partition|:organizations::|Account|:resourcepolicy/o-|OrganizationId|/rp-|ResourcePolicyId|",
  /** ARN of a responsibilitytransfer resource: arn:${Partition}:organizations::${Account}:transfer/o-${OrganizationId}/${TransferType}/${TransferDirection}/rt-${ResponsibilityTransferId}. */
  responsibilitytransfer:
    "|,responsibilitytransfer|arn:|Partition|:organizations::|Account|:transfer/o-|OrganizationId|/|TransferType|/|TransferDirection|/rt-|ResponsibilityTransferId|",
  /** ARN of a root resource: arn:${Partition}:organizations::${Account}:root/o-${OrganizationId}/r-${RootId}. */
  root: "|,root|arn:|Partition|:organizations::|Account|:root/o-|OrganizationId|/r-|RootId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "account",
  "awspolicy",
  "handshake",
  "organization",
  "organizationalunit",
  "policy",
  "resourcepolicy",
  "responsibilitytransfer",
  "root",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "organizations">;
/** Any organizations action. */
export type Action = ActionOf<typeof actionFacts, "organizations">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "organizations">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "organizations" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every organizations action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the specified policy type names. */
  "organizations:PolicyType": "String";
  /** Filters access by the specified service principal names. */
  "organizations:ServicePrincipal": "String";
  /** Filters access by the specified responsibility transfer by the direction. */
  "organizations:TransferDirection": "String";
  /** Filters access by the specified responsibility transfer type names. */
  "organizations:TransferType": "String";
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
  "organizations:PolicyType": "|,String|0||Filters access by the specified policy type names",
  "organizations:ServicePrincipal": "|,String|0||Filters access by the specified service principal names",
  "organizations:TransferDirection":
    "|,String|0||Filters access by the specified responsibility transfer by the direction",
  "organizations:TransferType": "|,String|0||Filters access by the specified responsibility transfer type names",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "organizations",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
