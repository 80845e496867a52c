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
export const prefix: "workmail" = "workmail";
/** The service's name in the reference. */
export const serviceName: "Amazon WorkMail" = "Amazon WorkMail";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon WorkMail",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonworkmail.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "workmail:ImpersonationRoleId",
] as const;
const dependentActionList = ["iam:PassRole"] as const;
const actionFacts = {
  /** Grants permission to configure vended log delivery for WorkMail audit logs. Access level: Write. Resources: organization*. Permission only. https://docs.aws.amazon.com/workmail/latest/adminguide/audit-logging.html */
  AllowVendedLogDeliveryForResource: "W||1|0;1;|||",
  /** Grants permission to add a member (user or group) to the resource's set of delegates. Access level: Write. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_AssociateDelegateToResource.html */
  AssociateDelegateToResource: "W|||0;1;|||;",
  /** Grants permission to add a member (user or group) to the group's set. Access level: Write. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_AssociateMemberToGroup.html */
  AssociateMemberToGroup: "W|||0;1;|||;",
  /** Grants permission to assume an impersonation role for the given Amazon WorkMail organization. Access level: Write. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_AssumeImpersonationRole.html */
  AssumeImpersonationRole: "W|||0;1;|3||;",
  /** Grants permission to cancel a currently running mailbox export job. Access level: Write. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_CancelMailboxExportJob.html */
  CancelMailboxExportJob: "W|||0;1;|||;",
  /** Grants permission to add an alias to the set of a given member (user or group) of WorkMail. Access level: Write. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_CreateAlias.html */
  CreateAlias: "W|||0;1;|||;",
  /** Grants permission to create an AvailabilityConfiguration for the given Amazon WorkMail organization and domain. Access level: Write. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_CreateAvailabilityConfiguration.html */
  CreateAvailabilityConfiguration: "W|||0;1;|||;",
  /** Grants permission to create a group that can be used in WorkMail by calling the RegisterToWorkMail operation. Access level: Write. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_CreateGroup.html */
  CreateGroup: "W|||0;1;|||;",
  /** Grants permission to create an Identity Center application for WorkMail. Access level: Write. https://docs.aws.amazon.com/workmail/latest/APIReference/API_CreateIdentityCenterApplication.html */
  CreateIdentityCenterApplication: "W||||||;",
  /** Grants permission to create an impersonation role for the given Amazon WorkMail organization. Access level: Write. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_CreateImpersonationRole.html */
  CreateImpersonationRole: "W|||0;1;|||;",
  /** Grants permission to create an inbound email flow rule which will apply to all email sent to an organization. Access level: Write. Resources: organization*. Permission only. https://docs.aws.amazon.com/workmail/latest/adminguide/create-email-rules.html */
  CreateInboundMailFlowRule: "W||1|0;1;|||",
  /** Grants permission to create a mail domain. Access level: Write. Resources: organization*. Permission only. https://docs.aws.amazon.com/workmail/latest/adminguide/add_domain.html */
  CreateMailDomain: "W||1|0;1;|||",
  /** Grants permission to create a new mobile device access rule. Access level: Write. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_CreateMobileDeviceAccessRule.html */
  CreateMobileDeviceAccessRule: "W|||0;1;|||;",
  /** Grants permission to create a new Amazon WorkMail organization. Access level: Write. https://docs.aws.amazon.com/workmail/latest/APIReference/API_CreateOrganization.html */
  CreateOrganization: "W||||||;",
  /** Grants permission to create an outbound email flow rule which will apply to all email sent from an organization. Access level: Write. Resources: organization*. Permission only. https://docs.aws.amazon.com/workmail/latest/adminguide/create-email-rules.html */
  CreateOutboundMailFlowRule: "W||1|0;1;|||",
  /** Grants permission to create a new WorkMail resource. Access level: Write. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_CreateResource.html */
  CreateResource: "W|||0;1;|||;",
  /** Grants permission to register an SMTP gateway to a WorkMail organization. Access level: Write. Resources: organization*. Permission only. https://docs.aws.amazon.com/workmail/latest/adminguide/smtp-gateway.html */
  CreateSmtpGateway: "W||1|0;1;|||",
  /** Grants permission to create a user, which can be enabled afterwards by calling the RegisterToWorkMail operation. Access level: Write. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_CreateUser.html */
  CreateUser: "W|||0;1;|||;",
  /** Grants permission to delete an access control rule. Access level: Write. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_DeleteAccessControlRule.html */
  DeleteAccessControlRule: "W|||0;1;|||;",
  /** Grants permission to remove one or more specified aliases from a set of aliases for a given user. Access level: Write. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_DeleteAlias.html */
  DeleteAlias: "W|||0;1;|||;",
  /** Grants permission to delete the AvailabilityConfiguration for the given Amazon WorkMail organization and domain. Access level: Write. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_DeleteAvailabilityConfiguration.html */
  DeleteAvailabilityConfiguration: "W|||0;1;|||;",
  /** Grants permission to delete the email monitoring configuration for an organization. Access level: Write. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_DeleteEmailMonitoringConfiguration.html */
  DeleteEmailMonitoringConfiguration: "W|||0;1;|||;",
  /** Grants permission to delete a group from WorkMail. Access level: Write. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_DeleteGroup.html */
  DeleteGroup: "W|||0;1;|||;",
  /** Grants permission to delete an Identity Center application for WorkMail. Access level: Write. https://docs.aws.amazon.com/workmail/latest/APIReference/API_DeleteIdentityCenterApplication.html */
  DeleteIdentityCenterApplication: "W||||||;",
  /** Grants permission to delete the identity provider configuration for the organization. Access level: Write. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_DeleteIdentityProviderConfiguration.html */
  DeleteIdentityProviderConfiguration: "W|||0;1;|||;",
  /** Grants permission to delete an impersonation role for the given Amazon WorkMail organization. Access level: Write. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_DeleteImpersonationRole.html */
  DeleteImpersonationRole: "W|||0;1;|||;",
  /** Grants permission to remove an inbound email flow rule to no longer apply to emails sent to an organization. Access level: Write. Resources: organization*. Permission only. https://docs.aws.amazon.com/workmail/latest/adminguide/remove-email-flow-rule.html */
  DeleteInboundMailFlowRule: "W||1|0;1;|||",
  /** Grants permission to remove an unused mail domain from an organization. Access level: Write. Resources: organization*. Permission only. https://docs.aws.amazon.com/workmail/latest/adminguide/remove_domain.html */
  DeleteMailDomain: "W||1|0;1;|||",
  /** Grants permission to delete permissions granted to a member (user or group). Access level: Write. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_DeleteMailboxPermissions.html */
  DeleteMailboxPermissions: "W|||0;1;|||;",
  /** Grants permission to remove a mobile device from a user. Access level: Write. Resources: organization*. Permission only. https://docs.aws.amazon.com/workmail/latest/adminguide/manage-devices.html#remove_mobile_device */
  DeleteMobileDevice: "W||1|0;1;|||",
  /** Grants permission to delete a mobile device access override. Access level: Write. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_DeleteMobileDeviceAccessOverride.html */
  DeleteMobileDeviceAccessOverride: "W|||0;1;|||;",
  /** Grants permission to delete a mobile device access rule. Access level: Write. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_DeleteMobileDeviceAccessRule.html */
  DeleteMobileDeviceAccessRule: "W|||0;1;|||;",
  /** Grants permission to delete an Amazon WorkMail organization and all underlying AWS resources managed by Amazon WorkMail as part of the organization. Access level: Write. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_DeleteOrganization.html */
  DeleteOrganization: "W|||0;1;|||;",
  /** Grants permission to remove an outbound email flow rule so that it no longer applies to emails sent from an organization. Access level: Write. Resources: organization*. Permission only. https://docs.aws.amazon.com/workmail/latest/adminguide/remove-email-flow-rule.html */
  DeleteOutboundMailFlowRule: "W||1|0;1;|||",
  /** Grants permission to delete a personal access token. Access level: Write. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_DeletePersonalAccessToken.html */
  DeletePersonalAccessToken: "W|||0;1;|||;",
  /** Grants permission to delete the specified resource. Access level: Write. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_DeleteResource.html */
  DeleteResource: "W|||0;1;|||;",
  /** Grants permission to delete the retention policy based on the supplied organization and policy identifiers. Access level: Write. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_DeleteRetentionPolicy.html */
  DeleteRetentionPolicy: "W|||0;1;|||;",
  /** Grants permission to remove an SMTP gateway from an organization. Access level: Write. Resources: organization*. Permission only. https://docs.aws.amazon.com/workmail/latest/adminguide/smtp-gateway.html */
  DeleteSmtpGateway: "W||1|0;1;|||",
  /** Grants permission to delete a user from WorkMail and all subsequent systems. Access level: Write. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_DeleteUser.html */
  DeleteUser: "W|||0;1;|||;",
  /** Grants permission to deliver emails to a WorkMail organization via the SES MailManager DeliverToMailbox action. Access level: Write. Resources: organization*. Permission only. https://docs.aws.amazon.com/sesmailmanager/latest/APIReference/API_DeliverToMailboxAction.html */
  DeliverToMailbox: "W||1|0;1;|||",
  /** Grants permission to mark a user, group, or resource as no longer used in WorkMail. Access level: Write. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_DeregisterFromWorkMail.html */
  DeregisterFromWorkMail: "W|||0;1;|||;",
  /** Grants permission to deregister a mail domain from an organization. Access level: Write. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_DeregisterMailDomain.html */
  DeregisterMailDomain: "W|||0;1;|||;",
  /** Grants permission to retrieve the email monitoring configuration for an organization. Access level: Read. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_DescribeEmailMonitoringConfiguration.html */
  DescribeEmailMonitoringConfiguration: "R|||0;1;|||;",
  /** Grants permission to read details of an entity. Access level: Read. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_DescribeEntity.html */
  DescribeEntity: "R|||0;1;|||;",
  /** Grants permission to read the details for a group. Access level: List. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_DescribeGroup.html */
  DescribeGroup: "L|||0;1;|||;",
  /** Grants permission to read the identity provider configuration for the organization. Access level: Read. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_DescribeIdentityProviderConfiguration.html */
  DescribeIdentityProviderConfiguration: "R|||0;1;|||;",
  /** Grants permission to read the settings in a DMARC policy for a specified organization. Access level: Read. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_DescribeInboundDmarcSettings.html */
  DescribeInboundDmarcSettings: "R|||0;1;|||;",
  /** Grants permission to read the details of an inbound mail flow rule configured for an organization. Access level: Read. Resources: organization*. Permission only. https://docs.aws.amazon.com/workmail/latest/adminguide/email-flows.html#email-flows-rule-actions */
  DescribeInboundMailFlowRule: "R||1|0;1;|||",
  /** Grants permission to show the details of all mail domains associated with the organization. Access level: List. Resources: organization*. Permission only. https://docs.aws.amazon.com/workmail/latest/adminguide/domains_overview.html */
  DescribeMailDomains: "L||1|0;1;|||",
  /** Grants permission to retrieve details of a mailbox export job. Access level: Read. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_DescribeMailboxExportJob.html */
  DescribeMailboxExportJob: "R|||0;1;|||;",
  /** Grants permission to read details of an organization. Access level: List. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_DescribeOrganization.html */
  DescribeOrganization: "L|||0;1;|||;",
  /** Grants permission to read the details of an outbound mail flow rule configured for an organization. Access level: Read. Resources: organization*. Permission only. https://docs.aws.amazon.com/workmail/latest/adminguide/email-flows.html#email-flows-rule-outbound */
  DescribeOutboundMailFlowRule: "R||1|0;1;|||",
  /** Grants permission to read the details for a resource. Access level: List. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_DescribeResource.html */
  DescribeResource: "L|||0;1;|||;",
  /** Grants permission to read the details of an SMTP gateway registered to an organization. Access level: Read. Resources: organization*. Permission only. https://docs.aws.amazon.com/workmail/latest/adminguide/smtp-gateway.html */
  DescribeSmtpGateway: "R||1|0;1;|||",
  /** Grants permission to read details for a user. Access level: List. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_DescribeUser.html */
  DescribeUser: "L|||0;1;|||;",
  /** Grants permission to remove a member from the resource's set of delegates. Access level: Write. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_DisassociateDelegateFromResource.html */
  DisassociateDelegateFromResource: "W|||0;1;|||;",
  /** Grants permission to remove a member from a group. Access level: Write. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_DisassociateMemberFromGroup.html */
  DisassociateMemberFromGroup: "W|||0;1;|||;",
  /** Grants permission to enable a mail domain in the organization. Access level: Write. Resources: organization*. Permission only. https://docs.aws.amazon.com/workmail/latest/adminguide/add_domain.html */
  EnableMailDomain: "W||1|0;1;|||",
  /** Grants permission to get the effects of access control rules as they apply to a specified IPv4 address, access protocol action, or user ID. Access level: Read. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_GetAccessControlEffect.html */
  GetAccessControlEffect: "R|||0;1;|||;",
  /** Grants permission to retrieve the retention policy associated at an organizational level. Access level: Read. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_GetDefaultRetentionPolicy.html */
  GetDefaultRetentionPolicy: "R|||0;1;|||;",
  /** Grants permission to retrieve an impersonation role for the given Amazon WorkMail organization. Access level: Read. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_GetImpersonationRole.html */
  GetImpersonationRole: "R|||0;1;|||;",
  /** Grants permission to get the effect of the rules associated to an impersonation role for a specific user. Access level: Read. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_GetImpersonationRoleEffect.html */
  GetImpersonationRoleEffect: "R|||0;1;|||;",
  /** Grants permission to read the configured journaling and fallback email addresses for email journaling. Access level: Read. Resources: organization*. Permission only. https://docs.aws.amazon.com/workmail/latest/adminguide/journaling_overview.html */
  GetJournalingRules: "R||1|0;1;|||",
  /** Grants permission to retrieve details of a given mail domain in an organization. Access level: Read. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_GetMailDomain.html */
  GetMailDomain: "R|||0;1;|||;",
  /** Grants permission to get the details of the mail domain. Access level: Read. Resources: organization*. Permission only. https://docs.aws.amazon.com/workmail/latest/adminguide/domains_overview.html */
  GetMailDomainDetails: "R||1|0;1;|||",
  /** Grants permission to read the details of the user's mailbox. Access level: Read. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_GetMailboxDetails.html */
  GetMailboxDetails: "R|||0;1;|||;",
  /** Grants permission to simulate the effect of the mobile device access rules for the given attributes of a sample access event. Access level: Read. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_GetMobileDeviceAccessEffect.html */
  GetMobileDeviceAccessEffect: "R|||0;1;|||;",
  /** Grants permission to retrieve a mobile device access override. Access level: Read. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_GetMobileDeviceAccessOverride.html */
  GetMobileDeviceAccessOverride: "R|||0;1;|||;",
  /** Grants permission to get the details of the mobile device. Access level: Read. Resources: organization*. Permission only. https://docs.aws.amazon.com/workmail/latest/adminguide/manage-devices.html */
  GetMobileDeviceDetails: "R||1|0;1;|||",
  /** Grants permission to get a list of the mobile devices associated with the user. Access level: Read. Resources: organization*. Permission only. https://docs.aws.amazon.com/workmail/latest/adminguide/manage-devices.html */
  GetMobileDevicesForUser: "R||1|0;1;|||",
  /** Grants permission to get the details of the mobile device policy associated with the organization. Access level: Read. Resources: organization*. Permission only. https://docs.aws.amazon.com/workmail/latest/adminguide/edit_organization_mobile_policy.html */
  GetMobilePolicyDetails: "R||1|0;1;|||",
  /** Grants permission to read metadata for a personal access token. Access level: Read. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_GetPersonalAccessTokenMetadata.html */
  GetPersonalAccessTokenMetadata: "R|||0;1;|||;",
  /** Grants permission to list the access control rules. Access level: Read. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_ListAccessControlRules.html */
  ListAccessControlRules: "R|||0;1;|||;",
  /** Grants permission to list the aliases associated with a given entity. Access level: List. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_ListAliases.html */
  ListAliases: "L|||0;1;|||;",
  /** Grants permission to list all the AvailabilityConfiguration's for the given Amazon WorkMail organization. Access level: Read. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_ListAvailabilityConfigurations.html */
  ListAvailabilityConfigurations: "R|||0;1;|||;",
  /** Grants permission to read an overview of the members of a group. Users and groups can be members of a group. Access level: List. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_ListGroupMembers.html */
  ListGroupMembers: "L|||0;1;|||;",
  /** Grants permission to list summaries of the organization's groups. Access level: List. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_ListGroups.html */
  ListGroups: "L|||0;1;|||;",
  /** Grants permission to list the groups to which an entity belongs. Access level: List. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_ListGroupsForEntity.html */
  ListGroupsForEntity: "L|||0;1;|||;",
  /** Grants permission to list the impersonation roles for the given Amazon WorkMail organization. Access level: List. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_ListImpersonationRoles.html */
  ListImpersonationRoles: "L|||0;1;|||;",
  /** Grants permission to list inbound mail flow rules configured for an organization. Access level: List. Resources: organization*. Permission only. https://docs.aws.amazon.com/workmail/latest/adminguide/email-flows.html#email-flows-rule-actions */
  ListInboundMailFlowRules: "L||1|0;1;|||",
  /** Grants permission to list the mail domains for a given organization. Access level: List. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_ListMailDomains.html */
  ListMailDomains: "L|||0;1;|||;",
  /** Grants permission to list mailbox export jobs. Access level: List. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_ListMailboxExportJobs.html */
  ListMailboxExportJobs: "L|||0;1;|||;",
  /** Grants permission to list the mailbox permissions associated with a user, group, or resource mailbox. Access level: List. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_ListMailboxPermissions.html */
  ListMailboxPermissions: "L|||0;1;|||;",
  /** Grants permission to list the mobile device access overrides. Access level: Read. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_ListMobileDeviceAccessOverrides.html */
  ListMobileDeviceAccessOverrides: "R|||0;1;|||;",
  /** Grants permission to list the mobile device access rules. Access level: Read. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_ListMobileDeviceAccessRules.html */
  ListMobileDeviceAccessRules: "R|||0;1;|||;",
  /** Grants permission to list the non-deleted organizations. Access level: List. https://docs.aws.amazon.com/workmail/latest/APIReference/API_ListOrganizations.html */
  ListOrganizations: "L||||||;",
  /** Grants permission to list outbound mail flow rules configured for an organization. Access level: List. Resources: organization*. Permission only. https://docs.aws.amazon.com/workmail/latest/adminguide/email-flows.html#email-flows-rule-outbound */
  ListOutboundMailFlowRules: "L||1|0;1;|||",
  /** Grants permission to list metadata for personal access tokens. Access level: List. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_ListPersonalAccessTokens.html */
  ListPersonalAccessTokens: "L|||0;1;|||;",
  /** Grants permission to list the delegates associated with a resource. Access level: List. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_ListResourceDelegates.html */
  ListResourceDelegates: "L|||0;1;|||;",
  /** Grants permission to list the organization's resources. Access level: List. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_ListResources.html */
  ListResources: "L|||0;1;|||;",
  /** Grants permission to list SMTP gateways registered to the organization. Access level: List. Resources: organization*. Permission only. https://docs.aws.amazon.com/workmail/latest/adminguide/smtp-gateway.html */
  ListSmtpGateways: "L||1|0;1;|||",
  /** Grants permission to list the tags applied to an Amazon WorkMail organization resource. Access level: List. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "L|||0;1;|0,2||;",
  /** Grants permission to list the organization's users. Access level: List. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_ListUsers.html */
  ListUsers: "L|||0;1;|||;",
  /** Grants permission to add a new access control rule. Access level: Write. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_PutAccessControlRule.html */
  PutAccessControlRule: "W|||0;1;|||;",
  /** Grants permission to add or update the email monitoring configuration for an organization. Access level: Write. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_PutEmailMonitoringConfiguration.html */
  PutEmailMonitoringConfiguration: "W|||0;1;||0|;",
  /** Grants permission to add or update the identity provider configuration for the organization. Access level: Write. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_PutIdentityProviderConfiguration.html */
  PutIdentityProviderConfiguration: "W|||0;1;|||;",
  /** Grants permission to enable or disable a DMARC policy for a given organization. Access level: Write. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_PutInboundDmarcSettings.html */
  PutInboundDmarcSettings: "W|||0;1;|||;",
  /** Grants permission to set permissions for a user, group, or resource, replacing any existing permissions. Access level: Write. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_PutMailboxPermissions.html */
  PutMailboxPermissions: "W|||0;1;|||;",
  /** Grants permission to add or update a mobile device access override. Access level: Write. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_PutMobileDeviceAccessOverride.html */
  PutMobileDeviceAccessOverride: "W|||0;1;|||;",
  /** Grants permission to add or update the retention policy. Access level: Write. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_PutRetentionPolicy.html */
  PutRetentionPolicy: "W|||0;1;|||;",
  /** Grants permission to register a new mail domain in an organization. Access level: Write. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_RegisterMailDomain.html */
  RegisterMailDomain: "W|||0;1;|||;",
  /** Grants permission to register an existing and disabled user, group, or resource for use by associating a mailbox and calendaring capabilities. Access level: Write. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_RegisterToWorkMail.html */
  RegisterToWorkMail: "W|||0;1;|||;",
  /** Grants permission to allow the administrator to reset the password for a user. Access level: Write. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_ResetPassword.html */
  ResetPassword: "W|||0;1;|||;",
  /** Grants permission to perform a prefix search to find a specific user in a mail group. Access level: Read. Resources: organization*. Permission only. https://docs.aws.amazon.com/workmail/latest/adminguide/groups_overview.html */
  SearchMembers: "R||1|0;1;|||",
  /** Grants permission to set the default mail domain for the organization. Access level: Write. Resources: organization*. Permission only. https://docs.aws.amazon.com/workmail/latest/adminguide/default_domain.html */
  SetDefaultMailDomain: "W||1|0;1;|||",
  /** Grants permission to set journaling and fallback email addresses for email journaling. Access level: Write. Resources: organization*. Permission only. https://docs.aws.amazon.com/workmail/latest/adminguide/journaling_overview.html */
  SetJournalingRules: "W||1|0;1;|||",
  /** Grants permission to set the details of a mobile policy associated with the organization. Access level: Write. Resources: organization*. Permission only. https://docs.aws.amazon.com/workmail/latest/adminguide/edit_organization_mobile_policy.html */
  SetMobilePolicyDetails: "W||1|0;1;|||",
  /** Grants permission to start a new mailbox export job. Access level: Write. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_StartMailboxExportJob.html */
  StartMailboxExportJob: "W|||0;1;||0|;",
  /** Grants permission to tag the specified Amazon WorkMail organization resource. Access level: Tagging. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_TagResource.html */
  TagResource: "T|||0;1;|0,2||;",
  /** Grants permission to performs a test on an availability provider to ensure that access is allowed. Access level: Read. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_TestAvailabilityConfiguration.html */
  TestAvailabilityConfiguration: "R|||0;1;|||;",
  /** Grants permission to test what inbound rules will apply to an email with a given sender and recipient. Access level: Write. Resources: organization*. Permission only. https://docs.aws.amazon.com/workmail/latest/adminguide/test-email-flow-rule.html */
  TestInboundMailFlowRules: "W||1|0;1;|||",
  /** Grants permission to test what outbound rules will apply to an email with a given sender and recipient. Access level: Write. Resources: organization*. Permission only. https://docs.aws.amazon.com/workmail/latest/adminguide/test-email-flow-rule.html */
  TestOutboundMailFlowRules: "W||1|0;1;|||",
  /** Grants permission to untag the specified Amazon WorkMail organization resource. Access level: Tagging. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;1;|2||;",
  /** Grants permission to update an existing AvailabilityConfiguration for the given Amazon WorkMail organization and domain. Access level: Write. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_UpdateAvailabilityConfiguration.html */
  UpdateAvailabilityConfiguration: "W|||0;1;|||;",
  /** Grants permission to update which domain is the default domain for an organization. Access level: Write. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_UpdateDefaultMailDomain.html */
  UpdateDefaultMailDomain: "W|||0;1;|||;",
  /** Grants permission to update details of a group. Access level: Write. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_UpdateGroup.html */
  UpdateGroup: "W|||0;1;|||;",
  /** Grants permission to update an existing impersonation role for the given Amazon WorkMail organization. Access level: Write. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_UpdateImpersonationRole.html */
  UpdateImpersonationRole: "W|||0;1;|||;",
  /** Grants permission to update the details of an inbound email flow rule which will apply to all email sent to an organization. Access level: Write. Resources: organization*. Permission only. https://docs.aws.amazon.com/workmail/latest/adminguide/modify-email-flow-rule.html */
  UpdateInboundMailFlowRule: "W||1|0;1;|||",
  /** Grants permission to update the maximum size (in MB) of the user's mailbox. Access level: Write. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_UpdateMailboxQuota.html */
  UpdateMailboxQuota: "W|||0;1;|||;",
  /** Grants permission to update a mobile device access rule. Access level: Write. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_UpdateMobileDeviceAccessRule.html */
  UpdateMobileDeviceAccessRule: "W|||0;1;|||;",
  /** Grants permission to update the details of an outbound email flow rule which will apply to all email sent from an organization. Access level: Write. Resources: organization*. Permission only. https://docs.aws.amazon.com/workmail/latest/adminguide/modify-email-flow-rule.html */
  UpdateOutboundMailFlowRule: "W||1|0;1;|||",
  /** Grants permission to update the primary email for a user, group, or resource. Access level: Write. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_UpdatePrimaryEmailAddress.html */
  UpdatePrimaryEmailAddress: "W|||0;1;|||;",
  /** Grants permission to update details for the resource. Access level: Write. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_UpdateResource.html */
  UpdateResource: "W|||0;1;|||;",
  /** Grants permission to update the details of an existing SMTP gateway registered to an organization. Access level: Write. Resources: organization*. Permission only. https://docs.aws.amazon.com/workmail/latest/adminguide/smtp-gateway.html */
  UpdateSmtpGateway: "W||1|0;1;|||",
  /** Grants permission to update details of a user. Access level: Write. Resources: organization*. https://docs.aws.amazon.com/workmail/latest/APIReference/API_UpdateUser.html */
  UpdateUser: "W|||0;1;|||;",
  /** Grants permission to remotely wipe the mobile device associated with a user's account. Access level: Write. Resources: organization*. Permission only. https://docs.aws.amazon.com/workmail/latest/adminguide/manage-devices.html#remote_wipe_device */
  WipeMobileDevice: "W||1|0;1;|||",
} as const;
const actionDetails = {
  AllowVendedLogDeliveryForResource: "|,;~|Grants permission to configure vended log delivery for WorkMail audit logs",
  AssociateDelegateToResource:
    "|,;~~~|Grants permission to add a member (user or group) to the resource's set of delegates",
  AssociateMemberToGroup: "|,;~~~|Grants permission to add a member (user or group) to the group's set",
  AssumeImpersonationRole:
    "|,;~~~|Grants permission to assume an impersonation role for the given Amazon WorkMail organization",
  CancelMailboxExportJob: "|,;~~~|Grants permission to cancel a currently running mailbox export job",
  CreateAlias: "|,;~~~|Grants permission to add an alias to the set of a given member (user or group) of WorkMail",
  CreateAvailabilityConfiguration:
    "|,;~~~|Grants permission to create an AvailabilityConfiguration for the given Amazon WorkMail organization and domain",
  CreateGroup:
    "|,;~~~|Grants permission to create a group that can be used in WorkMail by calling the RegisterToWorkMail operation",
  CreateIdentityCenterApplication: "|,;~~~|Grants permission to create an Identity Center application for WorkMail",
  CreateImpersonationRole:
    "|,;~~~|Grants permission to create an impersonation role for the given Amazon WorkMail organization",
  CreateInboundMailFlowRule:
    "|,;~|Grants permission to create an inbound email flow rule which will apply to all email sent to an organization",
  CreateMailDomain: "|,;~|Grants permission to create a mail domain",
  CreateMobileDeviceAccessRule: "|,;~~~|Grants permission to create a new mobile device access rule",
  CreateOrganization: "|,;~~~|Grants permission to create a new Amazon WorkMail organization",
  CreateOutboundMailFlowRule:
    "|,;~|Grants permission to create an outbound email flow rule which will apply to all email sent from an organization",
  CreateResource: "|,;~~~|Grants permission to create a new WorkMail resource",
  CreateSmtpGateway: "|,;~|Grants permission to register an SMTP gateway to a WorkMail organization",
  CreateUser:
    "|,;~~~|Grants permission to create a user, which can be enabled afterwards by calling the RegisterToWorkMail operation",
  DeleteAccessControlRule: "|,;~~~|Grants permission to delete an access control rule",
  DeleteAlias:
    "|,;~~~|Grants permission to remove one or more specified aliases from a set of aliases for a given user",
  DeleteAvailabilityConfiguration:
    "|,;~~~|Grants permission to delete the AvailabilityConfiguration for the given Amazon WorkMail organization and domain",
  DeleteEmailMonitoringConfiguration:
    "|,;~~~|Grants permission to delete the email monitoring configuration for an organization",
  DeleteGroup: "|,;~~~|Grants permission to delete a group from WorkMail",
  DeleteIdentityCenterApplication: "|,;~~~|Grants permission to delete an Identity Center application for WorkMail",
  DeleteIdentityProviderConfiguration:
    "|,;~~~|Grants permission to delete the identity provider configuration for the organization",
  DeleteImpersonationRole:
    "|,;~~~|Grants permission to delete an impersonation role for the given Amazon WorkMail organization",
  DeleteInboundMailFlowRule:
    "|,;~|Grants permission to remove an inbound email flow rule to no longer apply to emails sent to an organization",
  DeleteMailDomain: "|,;~|Grants permission to remove an unused mail domain from an organization",
  DeleteMailboxPermissions: "|,;~~~|Grants permission to delete permissions granted to a member (user or group)",
  DeleteMobileDevice: "|,;~|Grants permission to remove a mobile device from a user",
  DeleteMobileDeviceAccessOverride: "|,;~~~|Grants permission to delete a mobile device access override",
  DeleteMobileDeviceAccessRule: "|,;~~~|Grants permission to delete a mobile device access rule",
  DeleteOrganization:
    "|,;~~~|Grants permission to delete an Amazon WorkMail organization and all underlying AWS resources managed by Amazon WorkMail as part of the organization",
  DeleteOutboundMailFlowRule:
    "|,;~|Grants permission to remove an outbound email flow rule so that it no longer applies to emails sent from an organization",
  DeletePersonalAccessToken: "|,;~~~|Grants permission to delete a personal access token",
  DeleteResource: "|,;~~~|Grants permission to delete the specified resource",
  DeleteRetentionPolicy:
    "|,;~~~|Grants permission to delete the retention policy based on the supplied organization and policy identifiers",
  DeleteSmtpGateway: "|,;~|Grants permission to remove an SMTP gateway from an organization",
  DeleteUser: "|,;~~~|Grants permission to delete a user from WorkMail and all subsequent systems",
  DeliverToMailbox:
    "|,;~|Grants permission to deliver emails to a WorkMail organization via the SES MailManager DeliverToMailbox action",
  DeregisterFromWorkMail: "|,;~~~|Grants permission to mark a user, group, or resource as no longer used in WorkMail",
  DeregisterMailDomain: "|,;~~~|Grants permission to deregister a mail domain from an organization",
  DescribeEmailMonitoringConfiguration:
    "|,;~~~|Grants permission to retrieve the email monitoring configuration for an organization",
  DescribeEntity: "|,;~~~|Grants permission to read details of an entity",
  DescribeGroup: "|,;~~~|Grants permission to read the details for a group",
  DescribeIdentityProviderConfiguration:
    "|,;~~~|Grants permission to read the identity provider configuration for the organization",
  DescribeInboundDmarcSettings:
    "|,;~~~|Grants permission to read the settings in a DMARC policy for a specified organization",
  DescribeInboundMailFlowRule:
    "|,;~|Grants permission to read the details of an inbound mail flow rule configured for an organization",
  DescribeMailDomains:
    "|,;~|Grants permission to show the details of all mail domains associated with the organization",
  DescribeMailboxExportJob: "|,;~~~|Grants permission to retrieve details of a mailbox export job",
  DescribeOrganization: "|,;~~~|Grants permission to read details of an organization",
  DescribeOutboundMailFlowRule:
    "|,;~|Grants permission to read the details of an outbound mail flow rule configured for an organization",
  DescribeResource: "|,;~~~|Grants permission to read the details for a resource",
  DescribeSmtpGateway: "|,;~|Grants permission to read the details of an SMTP gateway registered to an organization",
  DescribeUser: "|,;~~~|Grants permission to read details for a user",
  DisassociateDelegateFromResource: "|,;~~~|Grants permission to remove a member from the resource's set of delegates",
  DisassociateMemberFromGroup: "|,;~~~|Grants permission to remove a member from a group",
  EnableMailDomain: "|,;~|Grants permission to enable a mail domain in the organization",
  GetAccessControlEffect:
    "|,;~~~|Grants permission to get the effects of access control rules as they apply to a specified IPv4 address, access protocol action, or user ID",
  GetDefaultRetentionPolicy:
    "|,;~~~|Grants permission to retrieve the retention policy associated at an organizational level",
  GetImpersonationRole:
    "|,;~~~|Grants permission to retrieve an impersonation role for the given Amazon WorkMail organization",
  GetImpersonationRoleEffect:
    "|,;~~~|Grants permission to get the effect of the rules associated to an impersonation role for a specific user",
  GetJournalingRules:
    "|,;~|Grants permission to read the configured journaling and fallback email addresses for email journaling",
  GetMailDomain: "|,;~~~|Grants permission to retrieve details of a given mail domain in an organization",
  GetMailDomainDetails: "|,;~|Grants permission to get the details of the mail domain",
  GetMailboxDetails: "|,;~~~|Grants permission to read the details of the user's mailbox",
  GetMobileDeviceAccessEffect:
    "|,;~~~|Grants permission to simulate the effect of the mobile device access rules for the given attributes of a sample access event",
  GetMobileDeviceAccessOverride: "|,;~~~|Grants permission to retrieve a mobile device access override",
  GetMobileDeviceDetails: "|,;~|Grants permission to get the details of the mobile device",
  GetMobileDevicesForUser: "|,;~|Grants permission to get a list of the mobile devices associated with the user",
  GetMobilePolicyDetails:
    "|,;~|Grants permission to get the details of the mobile device policy associated with the organization",
  GetPersonalAccessTokenMetadata: "|,;~~~|Grants permission to read metadata for a personal access token",
  ListAccessControlRules: "|,;~~~|Grants permission to list the access control rules",
  ListAliases: "|,;~~~|Grants permission to list the aliases associated with a given entity",
  ListAvailabilityConfigurations:
    "|,;~~~|Grants permission to list all the AvailabilityConfiguration's for the given Amazon WorkMail organization",
  ListGroupMembers:
    "|,;~~~|Grants permission to read an overview of the members of a group. Users and groups can be members of a group",
  ListGroups: "|,;~~~|Grants permission to list summaries of the organization's groups",
  ListGroupsForEntity: "|,;~~~|Grants permission to list the groups to which an entity belongs",
  ListImpersonationRoles:
    "|,;~~~|Grants permission to list the impersonation roles for the given Amazon WorkMail organization",
  ListInboundMailFlowRules: "|,;~|Grants permission to list inbound mail flow rules configured for an organization",
  ListMailDomains: "|,;~~~|Grants permission to list the mail domains for a given organization",
  ListMailboxExportJobs: "|,;~~~|Grants permission to list mailbox export jobs",
  ListMailboxPermissions:
    "|,;~~~|Grants permission to list the mailbox permissions associated with a user, group, or resource mailbox",
  ListMobileDeviceAccessOverrides: "|,;~~~|Grants permission to list the mobile device access overrides",
  ListMobileDeviceAccessRules: "|,;~~~|Grants permission to list the mobile device access rules",
  ListOrganizations: "|,;~~~|Grants permission to list the non-deleted organizations",
  ListOutboundMailFlowRules: "|,;~|Grants permission to list outbound mail flow rules configured for an organization",
  ListPersonalAccessTokens: "|,;~~~|Grants permission to list metadata for personal access tokens",
  ListResourceDelegates: "|,;~~~|Grants permission to list the delegates associated with a resource",
  ListResources: "|,;~~~|Grants permission to list the organization's resources",
  ListSmtpGateways: "|,;~|Grants permission to list SMTP gateways registered to the organization",
  ListTagsForResource: "|,;~~~|Grants permission to list the tags applied to an Amazon WorkMail organization resource",
  ListUsers: "|,;~~~|Grants permission to list the organization's users",
  PutAccessControlRule: "|,;~~~|Grants permission to add a new access control rule",
  PutEmailMonitoringConfiguration:
    "|,;~~~|Grants permission to add or update the email monitoring configuration for an organization",
  PutIdentityProviderConfiguration:
    "|,;~~~|Grants permission to add or update the identity provider configuration for the organization",
  PutInboundDmarcSettings: "|,;~~~|Grants permission to enable or disable a DMARC policy for a given organization",
  PutMailboxPermissions:
    "|,;~~~|Grants permission to set permissions for a user, group, or resource, replacing any existing permissions",
  PutMobileDeviceAccessOverride: "|,;~~~|Grants permission to add or update a mobile device access override",
  PutRetentionPolicy: "|,;~~~|Grants permission to add or update the retention policy",
  RegisterMailDomain: "|,;~~~|Grants permission to register a new mail domain in an organization",
  RegisterToWorkMail:
    "|,;~~~|Grants permission to register an existing and disabled user, group, or resource for use by associating a mailbox and calendaring capabilities",
  ResetPassword: "|,;~~~|Grants permission to allow the administrator to reset the password for a user",
  SearchMembers: "|,;~|Grants permission to perform a prefix search to find a specific user in a mail group",
  SetDefaultMailDomain: "|,;~|Grants permission to set the default mail domain for the organization",
  SetJournalingRules: "|,;~|Grants permission to set journaling and fallback email addresses for email journaling",
  SetMobilePolicyDetails:
    "|,;~|Grants permission to set the details of a mobile policy associated with the organization",
  StartMailboxExportJob: "|,;~~~|Grants permission to start a new mailbox export job",
  TagResource: "|,;~~~|Grants permission to tag the specified Amazon WorkMail organization resource",
  TestAvailabilityConfiguration:
    "|,;~~~|Grants permission to performs a test on an availability provider to ensure that access is allowed",
  TestInboundMailFlowRules:
    "|,;~|Grants permission to test what inbound rules will apply to an email with a given sender and recipient",
  TestOutboundMailFlowRules:
    "|,;~|Grants permission to test what outbound rules will apply to an email with a given sender and recipient",
  UntagResource: "|,;~~~|Grants permission to untag the specified Amazon WorkMail organization resource",
  UpdateAvailabilityConfiguration:
    "|,;~~~|Grants permission to update an existing AvailabilityConfiguration for the given Amazon WorkMail organization and domain",
  UpdateDefaultMailDomain: "|,;~~~|Grants permission to update which domain is the default domain for an organization",
  UpdateGroup: "|,;~~~|Grants permission to update details of a group",
  UpdateImpersonationRole:
    "|,;~~~|Grants permission to update an existing impersonation role for the given Amazon WorkMail organization",
  UpdateInboundMailFlowRule:
    "|,;~|Grants permission to update the details of an inbound email flow rule which will apply to all email sent to an organization",
  UpdateMailboxQuota: "|,;~~~|Grants permission to update the maximum size (in MB) of the user's mailbox",
  UpdateMobileDeviceAccessRule: "|,;~~~|Grants permission to update a mobile device access rule",
  UpdateOutboundMailFlowRule:
    "|,;~|Grants permission to update the details of an outbound email flow rule which will apply to all email sent from an organization",
  UpdatePrimaryEmailAddress: "|,;~~~|Grants permission to update the primary email for a user, group, or resource",
  UpdateResource: "|,;~~~|Grants permission to update details for the resource",
  UpdateSmtpGateway:
    "|,;~|Grants permission to update the details of an existing SMTP gateway registered to an organization",
  UpdateUser: "|,;~~~|Grants permission to update details of a user",
  WipeMobileDevice: "|,;~|Grants permission to remotely wipe the mobile device associated with a user's account",
};
const resourceTypeFacts = {
  /** The organization resource type: arn:${Partition}:workmail:${Region}:${Account}:organization/${ResourceId} */
  organization: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a organization resource: arn:${Partition}:workmail:${Region}:${Account}:organization/${ResourceId}. */
  organization: "|,organization|arn:|Partition|:workmail:|Region|:|Account|:organization/|ResourceId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["organization"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "workmail">;
/** Any workmail action. */
export type Action = ActionOf<typeof actionFacts, "workmail">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "workmail">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "workmail" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every workmail action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the tag key-value pairs that are passed in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by the tag key-value pairs attached to the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the tag keys that are passed in the request. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access by the ImpersonationRoleId that is passed in the request. */
  "workmail:ImpersonationRoleId": "String";
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by the tag key-value pairs that are passed in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by the tag key-value pairs attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the tag keys that are passed in the request",
  "workmail:ImpersonationRoleId": "|,String|0||Filters access by the ImpersonationRoleId that is passed in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "workmail",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
