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
export const prefix: "ses" = "ses";
/** The service's name in the reference. */
export const serviceName: "Amazon Pinpoint Email Service" = "Amazon Pinpoint Email Service";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Pinpoint Email Service",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonpinpointemailservice.html",
  },
  { name: "Amazon SES", url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonses.html" },
  {
    name: "Amazon Simple Email Service - Mail Manager",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonsimpleemailservice-mailmanager.html",
  },
  {
    name: "Amazon Simple Email Service v2",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonsimpleemailservicev2.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "ses:AddonSubscriptionArn",
  "ses:ApiVersion",
  "ses:ExportSourceType",
  "ses:FeedbackAddress",
  "ses:FromAddress",
  "ses:FromDisplayName",
  "ses:MailManagerIngressPointType",
  "ses:MailManagerRuleSetArn",
  "ses:MailManagerTrafficPolicyArn",
  "ses:MultiRegionEndpointId",
  "ses:Recipients",
  "ses:ReplicaRegion",
  "ses:TenantName",
] as const;
const dependentActionList = ["iam:CreateServiceLinkedRole", "iam:PassRole", "ses:TagResource"] as const;
const actionFacts = {
  /** Grants permission to configure vended log delivery for Mail Manager resources. Access level: Permissions management. Resources: mailmanager-ingress-point, mailmanager-rule-set. Permission only. https://docs.aws.amazon.com/ses/latest/dg/eb-policies.html */
  AllowVendedLogDeliveryForResource: "P||1|12;0;1,13;0;1|||",
  /** Grants permission to get metric data on your activity. Access level: Read. Resources: configuration-set, identity. https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_BatchGetMetricData.html */
  BatchGetMetricData: "R|||2;0;,8;0;|1,4||;",
  /** Grants permission to cancel an export job. Access level: Write. Resources: export-job*. https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_CancelExportJob.html */
  CancelExportJob: "W|||7;1;|4,5||;",
  /** Grants permission to create a receipt rule set by cloning an existing one. Access level: Write. https://docs.aws.amazon.com/ses/latest/APIReference/API_CloneReceiptRuleSet.html */
  CloneReceiptRuleSet: "W||||4||;",
  /** Grants permission to create an addon instance. Access level: Write. Resources: addon-instance*. https://docs.aws.amazon.com/sesmailmanager/latest/APIReference/API_CreateAddonInstance.html */
  CreateAddonInstance: "W|||0;1;1|0,2,3|2|;",
  /** Grants permission to create an addon subscription. Access level: Write. Resources: addon-subscription*. https://docs.aws.amazon.com/sesmailmanager/latest/APIReference/API_CreateAddonSubscription.html */
  CreateAddonSubscription: "W|||1;1;1|0,2|2|;",
  /** Grants permission to create an address list. Access level: Write. Resources: mailmanager-address-list*. https://docs.aws.amazon.com/sesmailmanager/latest/APIReference/API_CreateAddressList.html */
  CreateAddressList: "W|||10;1;1|0,2|2|;",
  /** Grants permission to create an import job on an address list. Access level: Write. Resources: mailmanager-address-list*. https://docs.aws.amazon.com/sesmailmanager/latest/APIReference/API_CreateAddressListImportJob.html */
  CreateAddressListImportJob: "W|||10;1;1|||;",
  /** Grants permission to create an archive. Access level: Write. Resources: mailmanager-archive*. https://docs.aws.amazon.com/sesmailmanager/latest/APIReference/API_CreateArchive.html */
  CreateArchive: "W|||11;1;1|0,2|0,2|;",
  /** Grants permission to create a configuration set. Access level: Write. Resources: configuration-set*, dedicated-ip-pool, mailmanager-archive. https://docs.aws.amazon.com/pinpoint-email/latest/APIReference/API_CreateConfigurationSet.html */
  CreateConfigurationSet: "W|||2;1;,5;0;,11;0;|0,2,4|2|;",
  /** Grants permission to create a configuration set event destination. Access level: Write. Resources: configuration-set*. https://docs.aws.amazon.com/pinpoint-email/latest/APIReference/API_CreateConfigurationSetEventDestination.html */
  CreateConfigurationSetEventDestination: "W|||2;1;|1,4|1|;",
  /** Grants permission to creates an association between a configuration set and a custom domain for open and click event tracking. Access level: Write. https://docs.aws.amazon.com/ses/latest/APIReference/API_CreateConfigurationSetTrackingOptions.html */
  CreateConfigurationSetTrackingOptions: "W||||4||;",
  /** Grants permission to create a contact. Access level: Write. Resources: contact-list*. https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_CreateContact.html */
  CreateContact: "W|||3;1;|1,4||;",
  /** Grants permission to create a contact list. Access level: Write. Resources: contact-list*. https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_CreateContactList.html */
  CreateContactList: "W|||3;1;|0,2,4|2|;",
  /** Grants permission to create a new custom verification email template. Access level: Write. Resources: custom-verification-email-template*. https://docs.aws.amazon.com/ses/latest/APIReference/API_CreateCustomVerificationEmailTemplate.html */
  CreateCustomVerificationEmailTemplate: "W|||4;1;|0,2,4|2|;",
  /** Grants permission to create a new pool of dedicated IP addresses. Access level: Write. Resources: dedicated-ip-pool*. https://docs.aws.amazon.com/pinpoint-email/latest/APIReference/API_CreateDedicatedIpPool.html */
  CreateDedicatedIpPool: "W|||5;1;|0,2,4|2|;",
  /** Grants permission to create a new predictive inbox placement test. Access level: Write. Resources: identity*. https://docs.aws.amazon.com/pinpoint-email/latest/APIReference/API_CreateDeliverabilityTestReport.html */
  CreateDeliverabilityTestReport: "W|||8;1;|0,2,4|2|;",
  /** Grants permission to start the process of verifying an email identity. Access level: Write. Resources: identity*. https://docs.aws.amazon.com/pinpoint-email/latest/APIReference/API_CreateEmailIdentity.html */
  CreateEmailIdentity: "W|||8;1;|0,2,4|2|;",
  /** Grants permission to create the specified sending authorization policy for the given identity. Access level: Permissions management. Resources: identity*. https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_CreateEmailIdentityPolicy.html */
  CreateEmailIdentityPolicy: "P|||8;1;|1,4||;",
  /** Grants permission to create an email template. Access level: Write. Resources: template*. https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_CreateEmailTemplate.html */
  CreateEmailTemplate: "W|||18;1;|0,2,4|2|;",
  /** Grants permission to create an export job. Access level: Write. https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_CreateExportJob.html */
  CreateExportJob: "W||||4,5||;",
  /** Grants permission to creates an import job for a data destination. Access level: Write. https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_CreateImportJob.html */
  CreateImportJob: "W||||4||;",
  /** Grants permission to create an ingress point. Access level: Write. Resources: mailmanager-ingress-point*. https://docs.aws.amazon.com/sesmailmanager/latest/APIReference/API_CreateIngressPoint.html */
  CreateIngressPoint: "W|||12;1;1~9|0,2,10,11|ec2:DescribeVpcEndpoints,0,2|;",
  /** Grants permission to create a new multi-region endpoint. Access level: Write. https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_CreateMultiRegionEndpoint.html */
  CreateMultiRegionEndpoint: "W||||0,2,4|0,2|;",
  /** Grants permission to create a new IP address filter. Access level: Write. https://docs.aws.amazon.com/ses/latest/APIReference/API_CreateReceiptFilter.html */
  CreateReceiptFilter: "W||||4||;",
  /** Grants permission to create a receipt rule. Access level: Write. https://docs.aws.amazon.com/ses/latest/APIReference/API_CreateReceiptRule.html */
  CreateReceiptRule: "W||||4|1|;",
  /** Grants permission to create an empty receipt rule set. Access level: Write. https://docs.aws.amazon.com/ses/latest/APIReference/API_CreateReceiptRuleSet.html */
  CreateReceiptRuleSet: "W||||4||;",
  /** Grants permission to create a SMTP relay. Access level: Write. Resources: mailmanager-smtp-relay*. https://docs.aws.amazon.com/sesmailmanager/latest/APIReference/API_CreateRelay.html */
  CreateRelay: "W|||14;1;1|0,2|2|;",
  /** Grants permission to create a rule set. Access level: Write. Resources: mailmanager-rule-set*. https://docs.aws.amazon.com/sesmailmanager/latest/APIReference/API_CreateRuleSet.html */
  CreateRuleSet: "W|||13;1;1|0,2|1,2|;",
  /** Grants permission to creates an email template. Access level: Write. https://docs.aws.amazon.com/ses/latest/APIReference/API_CreateTemplate.html */
  CreateTemplate: "W||||4||;",
  /** Grants permission to create a new tenant. Access level: Write. Resources: tenant*. https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_CreateTenant.html */
  CreateTenant: "W|||19;1;|0,2,4|2|;",
  /** Grants permission to associate a SES resource to a tenant. Access level: Write. Resources: configuration-set*, identity*, template*, tenant*. https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_CreateTenantResourceAssociation.html */
  CreateTenantResourceAssociation: "W|||2;1;,8;1;,18;1;,19;1;|0,2,4||;",
  /** Grants permission to create a traffic policy. Access level: Write. Resources: mailmanager-traffic-policy*. https://docs.aws.amazon.com/sesmailmanager/latest/APIReference/API_CreateTrafficPolicy.html */
  CreateTrafficPolicy: "W|||15;1;1|0,2|2|;",
  /** Grants permission to delete an addon instance. Access level: Write. Resources: addon-instance*. https://docs.aws.amazon.com/sesmailmanager/latest/APIReference/API_DeleteAddonInstance.html */
  DeleteAddonInstance: "W|||0;1;1|||;",
  /** Grants permission to delete an addon subscription. Access level: Write. Resources: addon-subscription*. https://docs.aws.amazon.com/sesmailmanager/latest/APIReference/API_DeleteAddonSubscription.html */
  DeleteAddonSubscription: "W|||1;1;1|||;",
  /** Grants permission to delete an address list. Access level: Write. Resources: mailmanager-address-list*. https://docs.aws.amazon.com/sesmailmanager/latest/APIReference/API_DeleteAddressList.html */
  DeleteAddressList: "W|||10;1;1|||;",
  /** Grants permission to delete an archive. Access level: Write. Resources: mailmanager-archive*. https://docs.aws.amazon.com/sesmailmanager/latest/APIReference/API_DeleteArchive.html */
  DeleteArchive: "W|||11;1;1|||;",
  /** Grants permission to delete an existing configuration set. Access level: Write. Resources: configuration-set*. https://docs.aws.amazon.com/pinpoint-email/latest/APIReference/API_DeleteConfigurationSet.html */
  DeleteConfigurationSet: "W|||2;1;|1,4||;",
  /** Grants permission to delete an event destination. Access level: Write. Resources: configuration-set*. https://docs.aws.amazon.com/pinpoint-email/latest/APIReference/API_DeleteConfigurationSetEventDestination.html */
  DeleteConfigurationSetEventDestination: "W|||2;1;|1,4||;",
  /** Grants permission to delete an association between a configuration set and a custom domain for open and click event tracking. Access level: Write. https://docs.aws.amazon.com/ses/latest/APIReference/API_DeleteConfigurationSetTrackingOptions.html */
  DeleteConfigurationSetTrackingOptions: "W||||4||;",
  /** Grants permission to delete a contact from a contact list. Access level: Write. Resources: contact-list*. https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_DeleteContact.html */
  DeleteContact: "W|||3;1;|1,4||;",
  /** Grants permission to delete a contact list with all of its contacts. Access level: Write. Resources: contact-list*. https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_DeleteContactList.html */
  DeleteContactList: "W|||3;1;|1,4||;",
  /** Grants permission to delete an existing custom verification email template. Access level: Write. Resources: custom-verification-email-template*. https://docs.aws.amazon.com/ses/latest/APIReference/API_DeleteCustomVerificationEmailTemplate.html */
  DeleteCustomVerificationEmailTemplate: "W|||4;1;|1,4||;",
  /** Grants permission to delete a dedicated IP pool. Access level: Write. Resources: dedicated-ip-pool*. https://docs.aws.amazon.com/pinpoint-email/latest/APIReference/API_DeleteDedicatedIpPool.html */
  DeleteDedicatedIpPool: "W|||5;1;|1,4||;",
  /** Grants permission to delete an email identity that you previously verified. Access level: Write. Resources: identity*. https://docs.aws.amazon.com/pinpoint-email/latest/APIReference/API_DeleteEmailIdentity.html */
  DeleteEmailIdentity: "W|||8;1;|1,4||;",
  /** Grants permission to delete the specified sending authorization policy for the given identity (an email address or a domain). Access level: Permissions management. Resources: identity*. https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_DeleteEmailIdentityPolicy.html */
  DeleteEmailIdentityPolicy: "P|||8;1;|1,4||;",
  /** Grants permission to delete an email template. Access level: Write. Resources: template*. https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_DeleteEmailTemplate.html */
  DeleteEmailTemplate: "W|||18;1;|1,4||;",
  /** Grants permission to delete the specified identity. Access level: Write. https://docs.aws.amazon.com/ses/latest/APIReference/API_DeleteIdentity.html */
  DeleteIdentity: "W||||4||;",
  /** Grants permission to delete the specified sending authorization policy for the given identity (an email address or a domain). Access level: Permissions management. https://docs.aws.amazon.com/ses/latest/APIReference/API_DeleteIdentityPolicy.html */
  DeleteIdentityPolicy: "P||||4||;",
  /** Grants permission to delete an ingress point. Access level: Write. Resources: mailmanager-ingress-point*. https://docs.aws.amazon.com/sesmailmanager/latest/APIReference/API_DeleteIngressPoint.html */
  DeleteIngressPoint: "W|||12;1;1|||;",
  /** Grants permission to delete a multi-region endpoint. Access level: Write. Resources: multi-region-endpoint*. https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_DeleteMultiRegionEndpoint.html */
  DeleteMultiRegionEndpoint: "W|||16;1;|1,4||;",
  /** Grants permission to delete the specified IP address filter. Access level: Write. https://docs.aws.amazon.com/ses/latest/APIReference/API_DeleteReceiptFilter.html */
  DeleteReceiptFilter: "W||||4||;",
  /** Grants permission to delete the specified receipt rule. Access level: Write. https://docs.aws.amazon.com/ses/latest/APIReference/API_DeleteReceiptRule.html */
  DeleteReceiptRule: "W||||4||;",
  /** Grants permission to delete the specified receipt rule set and all of the receipt rules it contains. Access level: Write. https://docs.aws.amazon.com/ses/latest/APIReference/API_DeleteReceiptRuleSet.html */
  DeleteReceiptRuleSet: "W||||4||;",
  /** Grants permission to delete a SMTP relay. Access level: Write. Resources: mailmanager-smtp-relay*. https://docs.aws.amazon.com/sesmailmanager/latest/APIReference/API_DeleteRelay.html */
  DeleteRelay: "W|||14;1;1|||;",
  /** Grants permission to delete a rule set. Access level: Write. Resources: mailmanager-rule-set*. https://docs.aws.amazon.com/sesmailmanager/latest/APIReference/API_DeleteRuleSet.html */
  DeleteRuleSet: "W|||13;1;1|||;",
  /** Grants permission to remove an email address from the suppression list for your account or tenant. Access level: Write. Resources: tenant. https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_DeleteSuppressedDestination.html */
  DeleteSuppressedDestination: "W|||19;0;|1,4||;",
  /** Grants permission to delete an email template. Access level: Write. https://docs.aws.amazon.com/ses/latest/APIReference/API_DeleteTemplate.html */
  DeleteTemplate: "W||||4||;",
  /** Grants permission to delete a tenant. Access level: Write. Resources: tenant*. https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_DeleteTenant.html */
  DeleteTenant: "W|||19;1;|1,4||;",
  /** Grants permission to remove an associated SES resource from a tenant. Access level: Write. Resources: configuration-set*, identity*, template*, tenant*. https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_DeleteTenantResourceAssociation.html */
  DeleteTenantResourceAssociation: "W|||2;1;,8;1;,18;1;,19;1;|1,4||;",
  /** Grants permission to delete a traffic point. Access level: Write. Resources: mailmanager-traffic-policy*. https://docs.aws.amazon.com/sesmailmanager/latest/APIReference/API_DeleteTrafficPolicy.html */
  DeleteTrafficPolicy: "W|||15;1;1|||;",
  /** Grants permission to delete the specified email address from the list of verified addresses. Access level: Write. https://docs.aws.amazon.com/ses/latest/APIReference/API_DeleteVerifiedEmailAddress.html */
  DeleteVerifiedEmailAddress: "W||||4||;",
  /** Grants permission to remove a member from an address list. Access level: Write. Resources: mailmanager-address-list*. https://docs.aws.amazon.com/sesmailmanager/latest/APIReference/API_DeregisterMemberFromAddressList.html */
  DeregisterMemberFromAddressList: "W|||10;1;1|||;",
  /** Grants permission to return the metadata and receipt rules for the receipt rule set that is currently active. Access level: Read. https://docs.aws.amazon.com/ses/latest/APIReference/API_DescribeActiveReceiptRuleSet.html */
  DescribeActiveReceiptRuleSet: "R||||4||;",
  /** Grants permission to return the details of the specified configuration set. Access level: Read. https://docs.aws.amazon.com/ses/latest/APIReference/API_DescribeConfigurationSet.html */
  DescribeConfigurationSet: "R||||4||;",
  /** Grants permission to return the details of the specified receipt rule. Access level: Read. https://docs.aws.amazon.com/ses/latest/APIReference/API_DescribeReceiptRule.html */
  DescribeReceiptRule: "R||||4||;",
  /** Grants permission to return the details of the specified receipt rule set. Access level: Read. https://docs.aws.amazon.com/ses/latest/APIReference/API_DescribeReceiptRuleSet.html */
  DescribeReceiptRuleSet: "R||||4||;",
  /** Grants permission to get information about the email-sending status and capabilities. Access level: Read. https://docs.aws.amazon.com/pinpoint-email/latest/APIReference/API_GetAccount.html */
  GetAccount: "R||||4||;",
  /** Grants permission to return the email sending status of your account. Access level: Read. https://docs.aws.amazon.com/ses/latest/APIReference/API_GetAccountSendingEnabled.html */
  GetAccountSendingEnabled: "R||||4||;",
  /** Grants permission to get information about an addon instance. Access level: Read. Resources: addon-instance*. https://docs.aws.amazon.com/sesmailmanager/latest/APIReference/API_GetAddonInstance.html */
  GetAddonInstance: "R|||0;1;1|||;",
  /** Grants permission to get information about an addon subscription. Access level: Read. Resources: addon-subscription*. https://docs.aws.amazon.com/sesmailmanager/latest/APIReference/API_GetAddonSubscription.html */
  GetAddonSubscription: "R|||1;1;1|||;",
  /** Grants permission to get information about an address list. Access level: Read. Resources: mailmanager-address-list*. https://docs.aws.amazon.com/sesmailmanager/latest/APIReference/API_GetAddressList.html */
  GetAddressList: "R|||10;1;1|||;",
  /** Grants permission to get information about an import job on an address list. Access level: Read. Resources: mailmanager-address-list*. https://docs.aws.amazon.com/sesmailmanager/latest/APIReference/API_GetAddressListImportJob.html */
  GetAddressListImportJob: "R|||10;1;1|||;",
  /** Grants permission to get information about an archive. Access level: Read. Resources: mailmanager-archive*. https://docs.aws.amazon.com/sesmailmanager/latest/APIReference/API_GetArchive.html */
  GetArchive: "R|||11;1;1|||;",
  /** Grants permission to get information about an archive export. Access level: Read. Resources: mailmanager-archive*. https://docs.aws.amazon.com/sesmailmanager/latest/APIReference/API_GetArchiveExport.html */
  GetArchiveExport: "R|||11;1;1|||;",
  /** Grants permission to retrieve archived message. Access level: Read. Resources: mailmanager-archive*. https://docs.aws.amazon.com/sesmailmanager/latest/APIReference/API_GetArchiveMessage.html */
  GetArchiveMessage: "R|||11;1;1|||;",
  /** Grants permission to retrieve archived message content. Access level: Read. Resources: mailmanager-archive*. https://docs.aws.amazon.com/sesmailmanager/latest/APIReference/API_GetArchiveMessageContent.html */
  GetArchiveMessageContent: "R|||11;1;1|||;",
  /** Grants permission to get information about a search. Access level: Read. Resources: mailmanager-archive*. https://docs.aws.amazon.com/sesmailmanager/latest/APIReference/API_GetArchiveSearch.html */
  GetArchiveSearch: "R|||11;1;1|||;",
  /** Grants permission to get information about search results. Access level: Read. Resources: mailmanager-archive*. https://docs.aws.amazon.com/sesmailmanager/latest/APIReference/API_GetArchiveSearchResults.html */
  GetArchiveSearchResults: "R|||11;1;1|||;",
  /** Grants permission to retrieve a list of the deny lists on which your dedicated IP addresses appear. Access level: Read. https://docs.aws.amazon.com/pinpoint-email/latest/APIReference/API_GetBlacklistReports.html */
  GetBlacklistReports: "R||||4||;",
  /** Grants permission to get information about an existing configuration set. Access level: Read. Resources: configuration-set*. https://docs.aws.amazon.com/pinpoint-email/latest/APIReference/API_GetConfigurationSet.html */
  GetConfigurationSet: "R|||2;1;|1,4||;",
  /** Grants permission to retrieve a list of event destinations that are associated with a configuration set. Access level: Read. Resources: configuration-set*. https://docs.aws.amazon.com/pinpoint-email/latest/APIReference/API_GetConfigurationSetEventDestinations.html */
  GetConfigurationSetEventDestinations: "R|||2;1;|1,4||;",
  /** Grants permission to return a contact from a contact list. Access level: Read. Resources: contact-list*. https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_GetContact.html */
  GetContact: "R|||3;1;|1,4||;",
  /** Grants permission to return contact list metadata. Access level: Read. Resources: contact-list*. https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_GetContactList.html */
  GetContactList: "R|||3;1;|4||;",
  /** Grants permission to return the custom email verification template for the template name you specify. Access level: Read. Resources: custom-verification-email-template*. https://docs.aws.amazon.com/ses/latest/APIReference/API_GetCustomVerificationEmailTemplate.html */
  GetCustomVerificationEmailTemplate: "R|||4;1;|1,4||;",
  /** Grants permission to get information about a dedicated IP address. Access level: Read. https://docs.aws.amazon.com/pinpoint-email/latest/APIReference/API_GetDedicatedIp.html */
  GetDedicatedIp: "R||||4||;",
  /** Grants permission to get information about a dedicated IP pool. Access level: Read. Resources: dedicated-ip-pool*. https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_GetDedicatedIpPool.html */
  GetDedicatedIpPool: "R|||5;1;|1,4||;",
  /** Grants permission to list the dedicated IP addresses that are associated with your account. Access level: Read. Resources: dedicated-ip-pool*. https://docs.aws.amazon.com/pinpoint-email/latest/APIReference/API_GetDedicatedIps.html */
  GetDedicatedIps: "R|||5;1;|1,4||;",
  /** Grants permission to get the status of the Deliverability dashboard. Access level: Read. https://docs.aws.amazon.com/pinpoint-email/latest/APIReference/API_GetDeliverabilityDashboardOptions.html */
  GetDeliverabilityDashboardOptions: "R||||4||;",
  /** Grants permission to retrieve the results of a predictive inbox placement test. Access level: Read. Resources: deliverability-test-report*. https://docs.aws.amazon.com/pinpoint-email/latest/APIReference/API_GetDeliverabilityTestReport.html */
  GetDeliverabilityTestReport: "R|||6;1;|1,4||;",
  /** Grants permission to retrieve all the deliverability data for a specific campaign. Access level: Read. https://docs.aws.amazon.com/pinpoint-email/latest/APIReference/API_GetDomainDeliverabilityCampaign.html */
  GetDomainDeliverabilityCampaign: "R||||4||;",
  /** Grants permission to retrieve inbox placement and engagement rates for the domains that you use to send email. Access level: Read. Resources: identity*. https://docs.aws.amazon.com/pinpoint-email/latest/APIReference/API_GetDomainStatisticsReport.html */
  GetDomainStatisticsReport: "R|||8;1;|1,4||;",
  /** Grants permission to get insights about email address. Access level: Read. https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_GetEmailAddressInsights.html */
  GetEmailAddressInsights: "R||||4|0|;",
  /** Grants permission to get information about a specific identity associated with your account. Access level: Read. Resources: identity*. https://docs.aws.amazon.com/pinpoint-email/latest/APIReference/API_GetEmailIdentity.html */
  GetEmailIdentity: "R|||8;1;|1,4||;",
  /** Grants permission to return the requested sending authorization policies for the given identity (an email address or a domain). Access level: Read. Resources: identity*. https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_GetEmailIdentityPolicies.html */
  GetEmailIdentityPolicies: "R|||8;1;|1,4||;",
  /** Grants permission to return the template object, which includes the subject line, HTML part, and text part for the template you specify. Access level: Read. Resources: template*. https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_GetEmailTemplate.html */
  GetEmailTemplate: "R|||18;1;|1,4||;",
  /** Grants permission to get information about an export job. Access level: Read. Resources: export-job*. https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_GetExportJob.html */
  GetExportJob: "R|||7;1;|4,5||;",
  /** Grants permission to return the current status of Easy DKIM signing for an entity. Access level: Read. https://docs.aws.amazon.com/ses/latest/APIReference/API_GetIdentityDkimAttributes.html */
  GetIdentityDkimAttributes: "R||||4||;",
  /** Grants permission to return the custom MAIL FROM attributes for a list of identities (email addresses and/or domains). Access level: Read. https://docs.aws.amazon.com/ses/latest/APIReference/API_GetIdentityMailFromDomainAttributes.html */
  GetIdentityMailFromDomainAttributes: "R||||4||;",
  /** Grants permission to return a structure describing identity notification attributes for a list of verified identities (email addresses and/or domains),. Access level: Read. https://docs.aws.amazon.com/ses/latest/APIReference/API_GetIdentityNotificationAttributes.html */
  GetIdentityNotificationAttributes: "R||||4||;",
  /** Grants permission to return the requested sending authorization policies for the given identity (an email address or a domain). Access level: Read. https://docs.aws.amazon.com/ses/latest/APIReference/API_GetIdentityPolicies.html */
  GetIdentityPolicies: "R||||4||;",
  /** Grants permission to return the verification status and (for domain identities) the verification token for a list of identities. Access level: Read. https://docs.aws.amazon.com/ses/latest/APIReference/API_GetIdentityVerificationAttributes.html */
  GetIdentityVerificationAttributes: "R||||4||;",
  /** Grants permission to provide information about an import job. Access level: Read. Resources: import-job*. https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_GetImportJob.html */
  GetImportJob: "R|||9;1;|4||;",
  /** Grants permission to get information about an ingress point. Access level: Read. Resources: mailmanager-ingress-point*. https://docs.aws.amazon.com/sesmailmanager/latest/APIReference/API_GetIngressPoint.html */
  GetIngressPoint: "R|||12;1;1|||;",
  /** Grants permission to get information about a member in an address list. Access level: Read. Resources: mailmanager-address-list*. https://docs.aws.amazon.com/sesmailmanager/latest/APIReference/API_GetMemberOfAddressList.html */
  GetMemberOfAddressList: "R|||10;1;1|||;",
  /** Grants permission to provide insights about a message. Access level: Read. https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_GetMessageInsights.html */
  GetMessageInsights: "R||||4||;",
  /** Grants permission to get information about a multi-region endpoint. Access level: Read. Resources: multi-region-endpoint*. https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_GetMultiRegionEndpoint.html */
  GetMultiRegionEndpoint: "R|||16;1;|1,4||;",
  /** Grants permission to get information about a SMTP relay. Access level: Read. Resources: mailmanager-smtp-relay*. https://docs.aws.amazon.com/sesmailmanager/latest/APIReference/API_GetRelay.html */
  GetRelay: "R|||14;1;1|||;",
  /** Grants permission to retrieve information about a reputation entity's status. Access level: Read. Resources: tenant*. https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_GetReputationEntity.html */
  GetReputationEntity: "R|||19;1;|1,4||;",
  /** Grants permission to get information about a rule set. Access level: Read. Resources: mailmanager-rule-set*. https://docs.aws.amazon.com/sesmailmanager/latest/APIReference/API_GetRuleSet.html */
  GetRuleSet: "R|||13;1;1|||;",
  /** Grants permission to return the user's current sending limits. Access level: Read. https://docs.aws.amazon.com/ses/latest/APIReference/API_GetSendQuota.html */
  GetSendQuota: "R||||4||;",
  /** Grants permission to returns the user's sending statistics. Access level: Read. https://docs.aws.amazon.com/ses/latest/APIReference/API_GetSendStatistics.html */
  GetSendStatistics: "R||||4||;",
  /** Grants permission to retrieve information about a specific email address that's on the suppression list for your account or tenant. Access level: Read. Resources: tenant. https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_GetSuppressedDestination.html */
  GetSuppressedDestination: "R|||19;0;|1,4||;",
  /** Grants permission to return the template object, which includes the subject line, HTML par, and text part for the template you specify. Access level: Read. https://docs.aws.amazon.com/ses/latest/APIReference/API_GetTemplate.html */
  GetTemplate: "R||||4||;",
  /** Grants permission to get information about a tenant. Access level: Read. Resources: tenant*. https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_GetTenant.html */
  GetTenant: "R|||19;1;|1,4||;",
  /** Grants permission to get information about a traffic policy. Access level: Read. Resources: mailmanager-traffic-policy*. https://docs.aws.amazon.com/sesmailmanager/latest/APIReference/API_GetTrafficPolicy.html */
  GetTrafficPolicy: "R|||15;1;1|||;",
  /** Grants permission to list all of the addon instances associated with your account. Access level: List. https://docs.aws.amazon.com/sesmailmanager/latest/APIReference/API_ListAddonInstances.html */
  ListAddonInstances: "L||||||;",
  /** Grants permission to list all of the addon subscriptions associated with your account. Access level: List. https://docs.aws.amazon.com/sesmailmanager/latest/APIReference/API_ListAddonSubscriptions.html */
  ListAddonSubscriptions: "L||||||;",
  /** Grants permission to list all of the import jobs associated with an address list. Access level: List. Resources: mailmanager-address-list*. https://docs.aws.amazon.com/sesmailmanager/latest/APIReference/API_ListAddressListImportJobs.html */
  ListAddressListImportJobs: "L|||10;1;1|||;",
  /** Grants permission to list all of the address lists associated with your account. Access level: List. https://docs.aws.amazon.com/sesmailmanager/latest/APIReference/API_ListAddressLists.html */
  ListAddressLists: "L||||||;",
  /** Grants permission to list all of the archive exports associated with your account. Access level: List. https://docs.aws.amazon.com/sesmailmanager/latest/APIReference/API_ListArchiveExports.html */
  ListArchiveExports: "L||||||;",
  /** Grants permission to list all of the archive searches associated with your account. Access level: List. https://docs.aws.amazon.com/sesmailmanager/latest/APIReference/API_ListArchiveSearches.html */
  ListArchiveSearches: "L||||||;",
  /** Grants permission to list all of the archives associated with your account. Access level: List. https://docs.aws.amazon.com/sesmailmanager/latest/APIReference/API_ListArchives.html */
  ListArchives: "L||||||;",
  /** Grants permission to list all of the configuration sets associated with your account. Access level: List. https://docs.aws.amazon.com/pinpoint-email/latest/APIReference/API_ListConfigurationSets.html */
  ListConfigurationSets: "L||||4||;",
  /** Grants permission to list all of the contact lists available for your account. Access level: List. https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_ListContactLists.html */
  ListContactLists: "L||||4||;",
  /** Grants permission to list the contacts present in a specific contact list. Access level: List. Resources: contact-list*. https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_ListContacts.html */
  ListContacts: "L|||3;1;|4||;",
  /** Grants permission to list all of the existing custom verification email templates for your account. Access level: List. https://docs.aws.amazon.com/ses/latest/APIReference/API_ListCustomVerificationEmailTemplates.html */
  ListCustomVerificationEmailTemplates: "L||||4||;",
  /** Grants permission to list all of the dedicated IP pools that exist in your account. Access level: List. https://docs.aws.amazon.com/pinpoint-email/latest/APIReference/API_ListDedicatedIpPools.html */
  ListDedicatedIpPools: "L||||4||;",
  /** Grants permission to retrieve a list of the predictive inbox placement tests that you've performed, regardless of their statuses. Access level: List. https://docs.aws.amazon.com/pinpoint-email/latest/APIReference/API_ListDeliverabilityTestReports.html */
  ListDeliverabilityTestReports: "L||||4||;",
  /** Grants permission to retrieve deliverability data for all the campaigns that used a specific domain to send email during a specified time range. Access level: Read. https://docs.aws.amazon.com/pinpoint-email/latest/APIReference/API_ListDomainDeliverabilityCampaigns.html */
  ListDomainDeliverabilityCampaigns: "R||||4||;",
  /** Grants permission to list all of the email identities that are associated with your account. Access level: List. https://docs.aws.amazon.com/pinpoint-email/latest/APIReference/API_ListEmailIdentities.html */
  ListEmailIdentities: "L||||4||;",
  /** Grants permission to list all of the email templates for your account. Access level: List. https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_ListEmailTemplates.html */
  ListEmailTemplates: "L||||4||;",
  /** Grants permission to list all the exports jobs for your account. Access level: List. https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_ListExportJobs.html */
  ListExportJobs: "L||||4,5||;",
  /** Grants permission to list the email identities for your account. Access level: List. https://docs.aws.amazon.com/ses/latest/APIReference/API_ListIdentities.html */
  ListIdentities: "L||||4||;",
  /** Grants permission to list all of the email templates for your account. Access level: List. https://docs.aws.amazon.com/ses/latest/APIReference/API_ListIdentityPolicies.html */
  ListIdentityPolicies: "L||||4||;",
  /** Grants permission to list all of the import jobs for your account. Access level: List. https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_ListImportJobs.html */
  ListImportJobs: "L||||4||;",
  /** Grants permission to list all of the ingress points associated with your account. Access level: List. https://docs.aws.amazon.com/sesmailmanager/latest/APIReference/API_ListIngressPoints.html */
  ListIngressPoints: "L||||||;",
  /** Grants permission to list all of the members associated with an address list. Access level: List. Resources: mailmanager-address-list*. https://docs.aws.amazon.com/sesmailmanager/latest/APIReference/API_ListMembersOfAddressList.html */
  ListMembersOfAddressList: "L|||10;1;1|||;",
  /** Grants permission to list all of the multi-region endpoints for your account. Access level: List. https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_ListMultiRegionEndpoints.html */
  ListMultiRegionEndpoints: "L||||4||;",
  /** Grants permission to list the IP address filters associated with your account. Access level: Read. https://docs.aws.amazon.com/ses/latest/APIReference/API_ListReceiptFilters.html */
  ListReceiptFilters: "R||||4||;",
  /** Grants permission to list the receipt rule sets that exist under your account. Access level: Read. https://docs.aws.amazon.com/ses/latest/APIReference/API_ListReceiptRuleSets.html */
  ListReceiptRuleSets: "R||||4||;",
  /** Grants permission to list recommendations for your account. Access level: Read. Resources: identity. https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_ListRecommendations.html */
  ListRecommendations: "R|||8;0;|1,4||;",
  /** Grants permission to list all of the SMTP relays associated with your account. Access level: List. https://docs.aws.amazon.com/sesmailmanager/latest/APIReference/API_ListRelays.html */
  ListRelays: "L||||||;",
  /** Grants permission to retrieve a list of reputation entities. Access level: List. Resources: tenant*. https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_ListReputationEntities.html */
  ListReputationEntities: "L|||19;1;|1,4||;",
  /** Grants permission to list all the tenants associated to a SES resource. Access level: List. Resources: configuration-set*, identity*, template*. https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_ListResourceTenants */
  ListResourceTenants: "L|||2;1;,8;1;,18;1;|1,4||;",
  /** Grants permission to list all of the rule sets associated with your account. Access level: List. https://docs.aws.amazon.com/sesmailmanager/latest/APIReference/API_ListRuleSets.html */
  ListRuleSets: "L||||||;",
  /** Grants permission to list email addresses that are on the suppression list for your account or tenant. Access level: Read. Resources: tenant. https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_ListSuppressedDestinations.html */
  ListSuppressedDestinations: "R|||19;0;|1,4||;",
  /** Grants permission to retrieve a list of the tags (keys and values) that are associated with a specific resource. Access level: Read. Resources: addon-instance, addon-subscription, configuration-set, contact-list, custom-verification-email-template, dedicated-ip-pool, deliverability-test-report, identity, mailmanager-archive, mailmanager-ingress-point, mailmanager-rule-set, mailmanager-smtp-relay, mailmanager-traffic-policy, template, tenant. https://docs.aws.amazon.com/pinpoint-email/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,8;0;,11;0;,12;0;,13;0;,14;0;,15;0;,18;0;,19;0;|4||;",
  /** Grants permission to list the email templates present in your account. Access level: List. https://docs.aws.amazon.com/ses/latest/APIReference/API_ListTemplates.html */
  ListTemplates: "L||||4||;",
  /** Grants permission to list all the resources associated to a tenant. Access level: List. Resources: tenant*. https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_ListTenantResources */
  ListTenantResources: "L|||19;1;|1,4||;",
  /** Grants permission to list all the tenants for your account. Access level: List. https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_ListTenants */
  ListTenants: "L||||4||;",
  /** Grants permission to list all of the traffic policies associated with your account. Access level: List. https://docs.aws.amazon.com/sesmailmanager/latest/APIReference/API_ListTrafficPolicies.html */
  ListTrafficPolicies: "L||||||;",
  /** Grants permission to list all of the email addresses that have been verified in your account. Access level: Read. https://docs.aws.amazon.com/ses/latest/APIReference/API_ListVerifiedEmailAddresses.html */
  ListVerifiedEmailAddresses: "R||||4||;",
  /** Grants permission to enable or disable the automatic warm-up feature for dedicated IP addresses. Access level: Write. https://docs.aws.amazon.com/pinpoint-email/latest/APIReference/API_PutAccountDedicatedIpWarmupAttributes.html */
  PutAccountDedicatedIpWarmupAttributes: "W||||4||;",
  /** Grants permission to update your account details. Access level: Write. https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_PutAccountDetails.html */
  PutAccountDetails: "W||||4||;",
  /** Grants permission to enable or disable the ability of your account to send email. Access level: Write. https://docs.aws.amazon.com/pinpoint-email/latest/APIReference/API_PutAccountSendingAttributes.html */
  PutAccountSendingAttributes: "W||||4||;",
  /** Grants permission to change the settings for the account-level suppression list. Access level: Write. https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_PutAccountSuppressionAttributes.html */
  PutAccountSuppressionAttributes: "W||||4||;",
  /** Grants permission to change the settings for VDM for your account. Access level: Write. https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_PutAccountVdmAttributes.html */
  PutAccountVdmAttributes: "W||||4||;",
  /** Grants permission to associate a configuration set with a Mail Manager archive. Access level: Write. Resources: configuration-set*, mailmanager-archive. https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_PutConfigurationSetArchivingOptions.html */
  PutConfigurationSetArchivingOptions: "W|||2;1;,11;0;|1,4||;",
  /** Grants permission to associate a configuration set with a dedicated IP pool. Access level: Write. Resources: configuration-set*, dedicated-ip-pool. https://docs.aws.amazon.com/pinpoint-email/latest/APIReference/API_PutConfigurationSetDeliveryOptions.html */
  PutConfigurationSetDeliveryOptions: "W|||2;1;,5;0;|1,4||;",
  /** Grants permission to enable or disable collection of reputation metrics for emails that you send using a particular configuration set. Access level: Write. Resources: configuration-set*. https://docs.aws.amazon.com/pinpoint-email/latest/APIReference/API_PutConfigurationSetReputationOptions.html */
  PutConfigurationSetReputationOptions: "W|||2;1;|1,4||;",
  /** Grants permission to enable or disable email sending for messages that use a particular configuration set. Access level: Write. Resources: configuration-set*. https://docs.aws.amazon.com/pinpoint-email/latest/APIReference/API_PutConfigurationSetSendingOptions.html */
  PutConfigurationSetSendingOptions: "W|||2;1;|1,4||;",
  /** Grants permission to specify the account suppression list preferences for a particular configuration set. Access level: Write. Resources: configuration-set*. https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_PutConfigurationSetSuppressionOptions.html */
  PutConfigurationSetSuppressionOptions: "W|||2;1;|1,4||;",
  /** Grants permission to specify a custom domain to use for open and click tracking elements in email that you send using a particular configuration set. Access level: Write. Resources: configuration-set*. https://docs.aws.amazon.com/pinpoint-email/latest/APIReference/API_PutConfigurationSetTrackingOptions.html */
  PutConfigurationSetTrackingOptions: "W|||2;1;|1,4||;",
  /** Grants permission to override account-level VDM settings for a particular configuration set. Access level: Write. Resources: configuration-set*. https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_PutConfigurationSetVdmOptions.html */
  PutConfigurationSetVdmOptions: "W|||2;1;|1,4||;",
  /** Grants permission to move a dedicated IP address to an existing dedicated IP pool. Access level: Write. Resources: dedicated-ip-pool*. https://docs.aws.amazon.com/pinpoint-email/latest/APIReference/API_PutDedicatedIpInPool.html */
  PutDedicatedIpInPool: "W|||5;1;|1,4||;",
  /** Grants permission to transition a dedicated IP pool from Standard to Managed. Access level: Write. Resources: dedicated-ip-pool*. https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_PutDedicatedIpPoolScalingAttributes.html */
  PutDedicatedIpPoolScalingAttributes: "W|||5;1;|1,4||;",
  /** Grants permission to enable dedicated IP warm up attributes. Access level: Write. https://docs.aws.amazon.com/pinpoint-email/latest/APIReference/API_PutDedicatedIpWarmupAttributes.html */
  PutDedicatedIpWarmupAttributes: "W||||4||;",
  /** Grants permission to enable or disable the Deliverability dashboard. Access level: Write. https://docs.aws.amazon.com/pinpoint-email/latest/APIReference/API_PutDeliverabilityDashboardOption.html */
  PutDeliverabilityDashboardOption: "W||||4||;",
  /** Grants permission to associate a configuration set with an email identity. Access level: Write. Resources: configuration-set, identity*. https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_PutEmailIdentityConfigurationSetAttributes.html */
  PutEmailIdentityConfigurationSetAttributes: "W|||2;0;,8;1;|1,4||;",
  /** Grants permission to enable or disable DKIM authentication for an email identity. Access level: Write. Resources: identity*. https://docs.aws.amazon.com/pinpoint-email/latest/APIReference/API_PutEmailIdentityDkimAttributes.html */
  PutEmailIdentityDkimAttributes: "W|||8;1;|1,4||;",
  /** Grants permission to configure or change the DKIM authentication settings for an email domain identity. Access level: Write. Resources: identity*. https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_PutEmailIdentityDkimSigningAttributes.html */
  PutEmailIdentityDkimSigningAttributes: "W|||8;1;|1,4||;",
  /** Grants permission to enable or disable feedback forwarding for an identity. Access level: Write. Resources: identity*. https://docs.aws.amazon.com/pinpoint-email/latest/APIReference/API_PutEmailIdentityFeedbackAttributes.html */
  PutEmailIdentityFeedbackAttributes: "W|||8;1;|1,4||;",
  /** Grants permission to enable or disable the custom MAIL FROM domain configuration for an email identity. Access level: Write. Resources: identity*. https://docs.aws.amazon.com/pinpoint-email/latest/APIReference/API_PutEmailIdentityMailFromAttributes.html */
  PutEmailIdentityMailFromAttributes: "W|||8;1;|1,4||;",
  /** Grants permission to add or update a sending authorization policy for the specified identity (an email address or a domain). Access level: Permissions management. https://docs.aws.amazon.com/ses/latest/APIReference/API_PutIdentityPolicy.html */
  PutIdentityPolicy: "P||||4||;",
  /** Grants permission to add an email address to the suppression list for your account or tenant. Access level: Write. Resources: tenant. https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_PutSuppressedDestination.html */
  PutSuppressedDestination: "W|||19;0;|1,4||;",
  /** Grants permission to change the settings for the tenant-level suppression list. Access level: Write. Resources: tenant*. https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_PutTenantSuppressionAttributes.html */
  PutTenantSuppressionAttributes: "W|||19;1;|1,4||;",
  /** Grants permission to add a member to an address list. Access level: Write. Resources: mailmanager-address-list*. https://docs.aws.amazon.com/sesmailmanager/latest/APIReference/API_RegisterMemberToAddressList.html */
  RegisterMemberToAddressList: "W|||10;1;1|||;",
  /** Grants permission to reorder the receipt rules within a receipt rule set. Access level: Write. https://docs.aws.amazon.com/ses/latest/APIReference/API_ReorderReceiptRuleSet.html */
  ReorderReceiptRuleSet: "W||||4||;",
  /** Grants permission to replicate email identity DKIM signing key. Access level: Permissions management. Resources: identity*. Permission only. https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonpinpointemailservice.html */
  ReplicateEmailIdentityDkimSigningKey: "P||1|8;1;|14||",
  /** Grants permission to generate and send a bounce message to the sender of an email you received through Amazon SES. Access level: Write. Resources: identity*. https://docs.aws.amazon.com/ses/latest/APIReference/API_SendBounce.html */
  SendBounce: "W|||8;1;|4,7||",
  /** Grants permission to compose an email message to multiple destinations. Access level: Write. Resources: configuration-set, identity*, template*. https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_SendBulkEmail.html */
  SendBulkEmail: "W|||2;0;,8;1;,18;1;|4,12,15||;",
  /** Grants permission to compose an email message to multiple destinations. Access level: Write. Resources: configuration-set, identity*, template*. https://docs.aws.amazon.com/ses/latest/APIReference/API_SendBulkTemplatedEmail.html */
  SendBulkTemplatedEmail: "W|||2;0;,8;1;,18;1;|4,6,7,8,13||",
  /** Grants permission to add an email address to the list of identities and attempts to verify it for your account. Access level: Write. Resources: custom-verification-email-template*, identity*. https://docs.aws.amazon.com/ses/latest/APIReference/API_SendCustomVerificationEmail.html */
  SendCustomVerificationEmail: "W|||4;1;,8;1;|4,6,7,8,13||;",
  /** Grants permission to send an email message. Access level: Write. Resources: configuration-set, identity*, template. https://docs.aws.amazon.com/pinpoint-email/latest/APIReference/API_SendEmail.html */
  SendEmail: "W|||2;0;,8;1;,18;0;|4,6,7,8,12,13,15||",
  /** Grants permission to send an email message, with header and content specified by the client. Access level: Write. Resources: configuration-set, identity*. https://docs.aws.amazon.com/ses/latest/APIReference/API_SendRawEmail.html */
  SendRawEmail: "W|||2;0;,8;1;|4,6,7,8,13||",
  /** Grants permission to compose an email message using an email template. Access level: Write. Resources: configuration-set, identity*, template*. https://docs.aws.amazon.com/ses/latest/APIReference/API_SendTemplatedEmail.html */
  SendTemplatedEmail: "W|||2;0;,8;1;,18;1;|4,6,7,8,13||",
  /** Grants permission to set the specified receipt rule set as the active receipt rule set. Access level: Write. https://docs.aws.amazon.com/ses/latest/APIReference/API_SetActiveReceiptRuleSet.html */
  SetActiveReceiptRuleSet: "W||||4||;",
  /** Grants permission to enable or disable Easy DKIM signing of email sent from an identity. Access level: Write. https://docs.aws.amazon.com/ses/latest/APIReference/API_SetIdentityDkimEnabled.html */
  SetIdentityDkimEnabled: "W||||4||;",
  /** Grants permission to enable or disable whether Amazon SES forwards bounce and complaint notifications for an identity (an email address or a domain). Access level: Write. https://docs.aws.amazon.com/ses/latest/APIReference/API_SetIdentityFeedbackForwardingEnabled.html */
  SetIdentityFeedbackForwardingEnabled: "W||||4||;",
  /** Grants permission to set whether Amazon SES includes the original email headers in the Amazon Simple Notification Service (Amazon SNS) notifications of a specified type for a given identity (an email address or a domain). Access level: Write. https://docs.aws.amazon.com/ses/latest/APIReference/API_SetIdentityHeadersInNotificationsEnabled.html */
  SetIdentityHeadersInNotificationsEnabled: "W||||4||;",
  /** Grants permission to enable or disable the custom MAIL FROM domain setup for a verified identity. Access level: Write. https://docs.aws.amazon.com/ses/latest/APIReference/API_SetIdentityMailFromDomain.html */
  SetIdentityMailFromDomain: "W||||4||;",
  /** Grants permission to set an Amazon Simple Notification Service (Amazon SNS) topic to use when delivering notifications for a verified identity. Access level: Write. https://docs.aws.amazon.com/ses/latest/APIReference/API_SetIdentityNotificationTopic.html */
  SetIdentityNotificationTopic: "W||||4||;",
  /** Grants permission to set the position of the specified receipt rule in the receipt rule set. Access level: Write. https://docs.aws.amazon.com/ses/latest/APIReference/API_SetReceiptRulePosition.html */
  SetReceiptRulePosition: "W||||4||;",
  /** Grants permission to start an import job on an address list. Access level: Write. Resources: mailmanager-address-list*. https://docs.aws.amazon.com/sesmailmanager/latest/APIReference/API_StartAddressListImportJob.html */
  StartAddressListImportJob: "W|||10;1;1|||;",
  /** Grants permission to start an archive export. Access level: Write. Resources: mailmanager-archive*. https://docs.aws.amazon.com/sesmailmanager/latest/APIReference/API_StartArchiveExport.html */
  StartArchiveExport: "W|||11;1;1|||;",
  /** Grants permission to start an archive search. Access level: Write. Resources: mailmanager-archive*. https://docs.aws.amazon.com/sesmailmanager/latest/APIReference/API_StartArchiveSearch.html */
  StartArchiveSearch: "W|||11;1;1|||;",
  /** Grants permission to stop an ongoing import job on an address list. Access level: Write. Resources: mailmanager-address-list*. https://docs.aws.amazon.com/sesmailmanager/latest/APIReference/API_StopAddressListImportJob.html */
  StopAddressListImportJob: "W|||10;1;1|||;",
  /** Grants permission to stop archive export. Access level: Write. Resources: mailmanager-archive*. https://docs.aws.amazon.com/sesmailmanager/latest/APIReference/API_StopArchiveExport.html */
  StopArchiveExport: "W|||11;1;1|||;",
  /** Grants permission to stop archive search. Access level: Write. Resources: mailmanager-archive*. https://docs.aws.amazon.com/sesmailmanager/latest/APIReference/API_StopArchiveSearch.html */
  StopArchiveSearch: "W|||11;1;1|||;",
  /** Grants permission to add one or more tags (keys and values) to a specified resource. Access level: Tagging. Resources: addon-instance, addon-subscription, configuration-set, contact-list, custom-verification-email-template, dedicated-ip-pool, deliverability-test-report, identity, mailmanager-address-list, mailmanager-archive, mailmanager-ingress-point, mailmanager-rule-set, mailmanager-smtp-relay, mailmanager-traffic-policy, template, tenant. https://docs.aws.amazon.com/pinpoint-email/latest/APIReference/API_TagResource.html */
  TagResource:
    "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,8;0;,10;0;,11;0;,12;0;,13;0;,14;0;,15;0;,18;0;,19;0;|0,2,4||CreateAddonInstance,CreateAddonSubscription,CreateAddressList,CreateArchive,CreateConfigurationSet,CreateContactList,CreateCustomVerificationEmailTemplate,CreateDedicatedIpPool,CreateDeliverabilityTestReport,CreateEmailIdentity,CreateEmailTemplate,CreateIngressPoint,CreateMultiRegionEndpoint,CreateRelay,CreateRuleSet,CreateTenant,CreateTrafficPolicy,;",
  /** Grants permission to create a preview of the MIME content of an email when provided with a template and a set of replacement data. Access level: Write. Resources: template*. https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_TestRenderEmailTemplate.html */
  TestRenderEmailTemplate: "W|||18;1;|4||;",
  /** Grants permission to create a preview of the MIME content of an email when provided with a template and a set of replacement data. Access level: Write. https://docs.aws.amazon.com/ses/latest/APIReference/API_TestRenderTemplate.html */
  TestRenderTemplate: "W||||4||;",
  /** Grants permission to remove one or more tags (keys and values) from a specified resource. Access level: Tagging. Resources: addon-instance, addon-subscription, configuration-set, contact-list, custom-verification-email-template, dedicated-ip-pool, deliverability-test-report, identity, mailmanager-address-list, mailmanager-archive, mailmanager-ingress-point, mailmanager-rule-set, mailmanager-smtp-relay, mailmanager-traffic-policy, template, tenant. https://docs.aws.amazon.com/pinpoint-email/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,8;0;,10;0;,11;0;,12;0;,13;0;,14;0;,15;0;,18;0;,19;0;|2,4||;",
  /** Grants permission to enable or disable email sending for your account. Access level: Write. https://docs.aws.amazon.com/ses/latest/APIReference/API_UpdateAccountSendingEnabled.html */
  UpdateAccountSendingEnabled: "W||||4||;",
  /** Grants permission to update an archive. Access level: Write. Resources: mailmanager-archive*. https://docs.aws.amazon.com/sesmailmanager/latest/APIReference/API_UpdateArchive.html */
  UpdateArchive: "W|||11;1;1|||;",
  /** Grants permission to update the configuration of an event destination for a configuration set. Access level: Write. Resources: configuration-set*. https://docs.aws.amazon.com/pinpoint-email/latest/APIReference/API_UpdateConfigurationSetEventDestination.html */
  UpdateConfigurationSetEventDestination: "W|||2;1;|1,4|1|;",
  /** Grants permission to enable or disable the publishing of reputation metrics for emails sent using a specific configuration set. Access level: Write. https://docs.aws.amazon.com/ses/latest/APIReference/API_UpdateConfigurationSetReputationMetricsEnabled.html */
  UpdateConfigurationSetReputationMetricsEnabled: "W||||4||;",
  /** Grants permission to enable or disable email sending for messages sent using a specific configuration set. Access level: Write. https://docs.aws.amazon.com/ses/latest/APIReference/API_UpdateConfigurationSetSendingEnabled.html */
  UpdateConfigurationSetSendingEnabled: "W||||4||;",
  /** Grants permission to modify an association between a configuration set and a custom domain for open and click event tracking. Access level: Write. https://docs.aws.amazon.com/ses/latest/APIReference/API_UpdateConfigurationSetTrackingOptions.html */
  UpdateConfigurationSetTrackingOptions: "W||||4||;",
  /** Grants permission to update a contact's preferences for a list. Access level: Write. Resources: contact-list*. https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_UpdateContact.html */
  UpdateContact: "W|||3;1;|1,4||;",
  /** Grants permission to update contact list metadata. Access level: Write. Resources: contact-list*. https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_UpdateContactList.html */
  UpdateContactList: "W|||3;1;|1,4||;",
  /** Grants permission to update an existing custom verification email template. Access level: Write. Resources: custom-verification-email-template*. https://docs.aws.amazon.com/ses/latest/APIReference/API_UpdateCustomVerificationEmailTemplate.html */
  UpdateCustomVerificationEmailTemplate: "W|||4;1;|1,4||;",
  /** Grants permission to update the specified sending authorization policy for the given identity (an email address or a domain). Access level: Permissions management. Resources: identity*. https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_UpdateEmailIdentityPolicy.html */
  UpdateEmailIdentityPolicy: "P|||8;1;|1,4||;",
  /** Grants permission to update an email template. Access level: Write. Resources: template*. https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_UpdateEmailTemplate.html */
  UpdateEmailTemplate: "W|||18;1;|1,4||;",
  /** Grants permission to update an ingress point. Access level: Write. Resources: mailmanager-ingress-point*. https://docs.aws.amazon.com/sesmailmanager/latest/APIReference/API_UpdateIngressPoint.html */
  UpdateIngressPoint: "W|||12;1;1|10,11||;",
  /** Grants permission to update a receipt rule. Access level: Write. https://docs.aws.amazon.com/ses/latest/APIReference/API_UpdateReceiptRule.html */
  UpdateReceiptRule: "W||||4|1|;",
  /** Grants permission to update a SMTP relay. Access level: Write. Resources: mailmanager-smtp-relay*. https://docs.aws.amazon.com/sesmailmanager/latest/APIReference/API_UpdateRelay.html */
  UpdateRelay: "W|||14;1;1|||;",
  /** Grants permission to update the customer-managed sending status. Access level: Write. Resources: tenant*. https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_UpdateReputationEntityCustomerManagedStatus.html */
  UpdateReputationEntityCustomerManagedStatus: "W|||19;1;|1,4||;",
  /** Grants permission to assign a reputation policy. Access level: Write. Resources: reputation-policy*, tenant*. https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_UpdateReputationEntityPolicy.html */
  UpdateReputationEntityPolicy: "W|||17;1;,19;1;|1,4||;",
  /** Grants permission to update a rule set. Access level: Write. Resources: mailmanager-rule-set*. https://docs.aws.amazon.com/sesmailmanager/latest/APIReference/API_UpdateRuleSet.html */
  UpdateRuleSet: "W|||13;1;1||1|;",
  /** Grants permission to update an email template. Access level: Write. https://docs.aws.amazon.com/ses/latest/APIReference/API_UpdateTemplate.html */
  UpdateTemplate: "W||||4||;",
  /** Grants permission to update a traffic policy. Access level: Write. Resources: mailmanager-traffic-policy*. https://docs.aws.amazon.com/sesmailmanager/latest/APIReference/API_UpdateTrafficPolicy.html */
  UpdateTrafficPolicy: "W|||15;1;1|||;",
  /** Grants permission to return a set of DKIM tokens for a domain. Access level: Write. https://docs.aws.amazon.com/ses/latest/APIReference/API_VerifyDomainDkim.html */
  VerifyDomainDkim: "W||||4||;",
  /** Grants permission to verify a domain. Access level: Write. https://docs.aws.amazon.com/ses/latest/APIReference/API_VerifyDomainIdentity.html */
  VerifyDomainIdentity: "W||||4||;",
  /** Grants permission to verify an email address. Access level: Write. https://docs.aws.amazon.com/ses/latest/APIReference/API_VerifyEmailAddress.html */
  VerifyEmailAddress: "W||||4||;",
  /** Grants permission to verify an email identity. Access level: Write. https://docs.aws.amazon.com/ses/latest/APIReference/API_VerifyEmailIdentity.html */
  VerifyEmailIdentity: "W||||4||;",
} as const;
const actionDetails = {
  AllowVendedLogDeliveryForResource:
    "|,;~|Grants permission to configure vended log delivery for Mail Manager resources",
  BatchGetMetricData: "|,;~~~|Grants permission to get metric data on your activity",
  CancelExportJob: "|,;~~~|Grants permission to cancel an export job",
  CloneReceiptRuleSet: "|,;~~ses~|Grants permission to create a receipt rule set by cloning an existing one",
  CreateAddonInstance: "|,;~~mailmanager~|Grants permission to create an addon instance",
  CreateAddonSubscription: "|,;~~mailmanager~|Grants permission to create an addon subscription",
  CreateAddressList: "|,;~~mailmanager~|Grants permission to create an address list",
  CreateAddressListImportJob: "|,;~~mailmanager~|Grants permission to create an import job on an address list",
  CreateArchive: "|,;~~mailmanager~|Grants permission to create an archive",
  CreateConfigurationSet: "|,;~~pinpoint-email~;~ses~;~~|Grants permission to create a configuration set",
  CreateConfigurationSetEventDestination:
    "|,;~~pinpoint-email~;~ses~;~~|Grants permission to create a configuration set event destination",
  CreateConfigurationSetTrackingOptions:
    "|,;~~ses~|Grants permission to creates an association between a configuration set and a custom domain for open and click event tracking",
  CreateContact: "|,;~~~|Grants permission to create a contact",
  CreateContactList: "|,;~~~|Grants permission to create a contact list",
  CreateCustomVerificationEmailTemplate:
    "|,;~~ses~;~~|Grants permission to create a new custom verification email template",
  CreateDedicatedIpPool: "|,;~~pinpoint-email~;~~|Grants permission to create a new pool of dedicated IP addresses",
  CreateDeliverabilityTestReport:
    "|,;~~pinpoint-email~;~~|Grants permission to create a new predictive inbox placement test",
  CreateEmailIdentity: "|,;~~pinpoint-email~;~~|Grants permission to start the process of verifying an email identity",
  CreateEmailIdentityPolicy:
    "|,;~~~|Grants permission to create the specified sending authorization policy for the given identity",
  CreateEmailTemplate: "|,;~~~|Grants permission to create an email template",
  CreateExportJob: "|,;~~~|Grants permission to create an export job",
  CreateImportJob: "|,;~~~|Grants permission to creates an import job for a data destination",
  CreateIngressPoint: "|,;~~mailmanager~|Grants permission to create an ingress point",
  CreateMultiRegionEndpoint: "|,;~~~|Grants permission to create a new multi-region endpoint",
  CreateReceiptFilter: "|,;~~ses~|Grants permission to create a new IP address filter",
  CreateReceiptRule: "|,;~~ses~|Grants permission to create a receipt rule",
  CreateReceiptRuleSet: "|,;~~ses~|Grants permission to create an empty receipt rule set",
  CreateRelay: "|,;~~mailmanager~|Grants permission to create a SMTP relay",
  CreateRuleSet: "|,;~~mailmanager~|Grants permission to create a rule set",
  CreateTemplate: "|,;~~ses~|Grants permission to creates an email template",
  CreateTenant: "|,;~~~|Grants permission to create a new tenant",
  CreateTenantResourceAssociation: "|,;~~~|Grants permission to associate a SES resource to a tenant",
  CreateTrafficPolicy: "|,;~~mailmanager~|Grants permission to create a traffic policy",
  DeleteAddonInstance: "|,;~~mailmanager~|Grants permission to delete an addon instance",
  DeleteAddonSubscription: "|,;~~mailmanager~|Grants permission to delete an addon subscription",
  DeleteAddressList: "|,;~~mailmanager~|Grants permission to delete an address list",
  DeleteArchive: "|,;~~mailmanager~|Grants permission to delete an archive",
  DeleteConfigurationSet: "|,;~~pinpoint-email~;~ses~;~~|Grants permission to delete an existing configuration set",
  DeleteConfigurationSetEventDestination:
    "|,;~~pinpoint-email~;~ses~;~~|Grants permission to delete an event destination",
  DeleteConfigurationSetTrackingOptions:
    "|,;~~ses~|Grants permission to delete an association between a configuration set and a custom domain for open and click event tracking",
  DeleteContact: "|,;~~~|Grants permission to delete a contact from a contact list",
  DeleteContactList: "|,;~~~|Grants permission to delete a contact list with all of its contacts",
  DeleteCustomVerificationEmailTemplate:
    "|,;~~ses~;~~|Grants permission to delete an existing custom verification email template",
  DeleteDedicatedIpPool: "|,;~~pinpoint-email~;~~|Grants permission to delete a dedicated IP pool",
  DeleteEmailIdentity:
    "|,;~~pinpoint-email~;~~|Grants permission to delete an email identity that you previously verified",
  DeleteEmailIdentityPolicy:
    "|,;~~~|Grants permission to delete the specified sending authorization policy for the given identity (an email address or a domain)",
  DeleteEmailTemplate: "|,;~~~|Grants permission to delete an email template",
  DeleteIdentity: "|,;~~ses~|Grants permission to delete the specified identity",
  DeleteIdentityPolicy:
    "|,;~~ses~|Grants permission to delete the specified sending authorization policy for the given identity (an email address or a domain)",
  DeleteIngressPoint: "|,;~~mailmanager~|Grants permission to delete an ingress point",
  DeleteMultiRegionEndpoint: "|,;~~~|Grants permission to delete a multi-region endpoint",
  DeleteReceiptFilter: "|,;~~ses~|Grants permission to delete the specified IP address filter",
  DeleteReceiptRule: "|,;~~ses~|Grants permission to delete the specified receipt rule",
  DeleteReceiptRuleSet:
    "|,;~~ses~|Grants permission to delete the specified receipt rule set and all of the receipt rules it contains",
  DeleteRelay: "|,;~~mailmanager~|Grants permission to delete a SMTP relay",
  DeleteRuleSet: "|,;~~mailmanager~|Grants permission to delete a rule set",
  DeleteSuppressedDestination:
    "|,;~~~|Grants permission to remove an email address from the suppression list for your account or tenant",
  DeleteTemplate: "|,;~~ses~|Grants permission to delete an email template",
  DeleteTenant: "|,;~~~|Grants permission to delete a tenant",
  DeleteTenantResourceAssociation: "|,;~~~|Grants permission to remove an associated SES resource from a tenant",
  DeleteTrafficPolicy: "|,;~~mailmanager~|Grants permission to delete a traffic point",
  DeleteVerifiedEmailAddress:
    "|,;~~ses~|Grants permission to delete the specified email address from the list of verified addresses",
  DeregisterMemberFromAddressList: "|,;~~mailmanager~|Grants permission to remove a member from an address list",
  DescribeActiveReceiptRuleSet:
    "|,;~~ses~|Grants permission to return the metadata and receipt rules for the receipt rule set that is currently active",
  DescribeConfigurationSet: "|,;~~ses~|Grants permission to return the details of the specified configuration set",
  DescribeReceiptRule: "|,;~~ses~|Grants permission to return the details of the specified receipt rule",
  DescribeReceiptRuleSet: "|,;~~ses~|Grants permission to return the details of the specified receipt rule set",
  GetAccount:
    "|,;~~pinpoint-email~;~~|Grants permission to get information about the email-sending status and capabilities",
  GetAccountSendingEnabled: "|,;~~ses~|Grants permission to return the email sending status of your account",
  GetAddonInstance: "|,;~~mailmanager~|Grants permission to get information about an addon instance",
  GetAddonSubscription: "|,;~~mailmanager~|Grants permission to get information about an addon subscription",
  GetAddressList: "|,;~~mailmanager~|Grants permission to get information about an address list",
  GetAddressListImportJob:
    "|,;~~mailmanager~|Grants permission to get information about an import job on an address list",
  GetArchive: "|,;~~mailmanager~|Grants permission to get information about an archive",
  GetArchiveExport: "|,;~~mailmanager~|Grants permission to get information about an archive export",
  GetArchiveMessage: "|,;~~mailmanager~|Grants permission to retrieve archived message",
  GetArchiveMessageContent: "|,;~~mailmanager~|Grants permission to retrieve archived message content",
  GetArchiveSearch: "|,;~~mailmanager~|Grants permission to get information about a search",
  GetArchiveSearchResults: "|,;~~mailmanager~|Grants permission to get information about search results",
  GetBlacklistReports:
    "|,;~~pinpoint-email~;~~|Grants permission to retrieve a list of the deny lists on which your dedicated IP addresses appear",
  GetConfigurationSet:
    "|,;~~pinpoint-email~;~~|Grants permission to get information about an existing configuration set",
  GetConfigurationSetEventDestinations:
    "|,;~~pinpoint-email~;~~|Grants permission to retrieve a list of event destinations that are associated with a configuration set",
  GetContact: "|,;~~~|Grants permission to return a contact from a contact list",
  GetContactList: "|,;~~~|Grants permission to return contact list metadata",
  GetCustomVerificationEmailTemplate:
    "|,;~~ses~;~~|Grants permission to return the custom email verification template for the template name you specify",
  GetDedicatedIp: "|,;~~pinpoint-email~;~~|Grants permission to get information about a dedicated IP address",
  GetDedicatedIpPool: "|,;~~~|Grants permission to get information about a dedicated IP pool",
  GetDedicatedIps:
    "|,;~~pinpoint-email~;~~|Grants permission to list the dedicated IP addresses that are associated with your account",
  GetDeliverabilityDashboardOptions:
    "|,;~~pinpoint-email~;~~|Grants permission to get the status of the Deliverability dashboard",
  GetDeliverabilityTestReport:
    "|,;~~pinpoint-email~;~~|Grants permission to retrieve the results of a predictive inbox placement test",
  GetDomainDeliverabilityCampaign:
    "|,;~~pinpoint-email~;~~|Grants permission to retrieve all the deliverability data for a specific campaign",
  GetDomainStatisticsReport:
    "|,;~~pinpoint-email~;~~|Grants permission to retrieve inbox placement and engagement rates for the domains that you use to send email",
  GetEmailAddressInsights: "|,;~~~|Grants permission to get insights about email address",
  GetEmailIdentity:
    "|,;~~pinpoint-email~;~~|Grants permission to get information about a specific identity associated with your account",
  GetEmailIdentityPolicies:
    "|,;~~~|Grants permission to return the requested sending authorization policies for the given identity (an email address or a domain)",
  GetEmailTemplate:
    "|,;~~~|Grants permission to return the template object, which includes the subject line, HTML part, and text part for the template you specify",
  GetExportJob: "|,;~~~|Grants permission to get information about an export job",
  GetIdentityDkimAttributes:
    "|,;~~ses~|Grants permission to return the current status of Easy DKIM signing for an entity",
  GetIdentityMailFromDomainAttributes:
    "|,;~~ses~|Grants permission to return the custom MAIL FROM attributes for a list of identities (email addresses and/or domains)",
  GetIdentityNotificationAttributes:
    "|,;~~ses~|Grants permission to return a structure describing identity notification attributes for a list of verified identities (email addresses and/or domains),",
  GetIdentityPolicies:
    "|,;~~ses~|Grants permission to return the requested sending authorization policies for the given identity (an email address or a domain)",
  GetIdentityVerificationAttributes:
    "|,;~~ses~|Grants permission to return the verification status and (for domain identities) the verification token for a list of identities",
  GetImportJob: "|,;~~~|Grants permission to provide information about an import job",
  GetIngressPoint: "|,;~~mailmanager~|Grants permission to get information about an ingress point",
  GetMemberOfAddressList: "|,;~~mailmanager~|Grants permission to get information about a member in an address list",
  GetMessageInsights: "|,;~~~|Grants permission to provide insights about a message",
  GetMultiRegionEndpoint: "|,;~~~|Grants permission to get information about a multi-region endpoint",
  GetRelay: "|,;~~mailmanager~|Grants permission to get information about a SMTP relay",
  GetReputationEntity: "|,;~~~|Grants permission to retrieve information about a reputation entity's status",
  GetRuleSet: "|,;~~mailmanager~|Grants permission to get information about a rule set",
  GetSendQuota: "|,;~~ses~|Grants permission to return the user's current sending limits",
  GetSendStatistics: "|,;~~ses~|Grants permission to returns the user's sending statistics",
  GetSuppressedDestination:
    "|,;~~~|Grants permission to retrieve information about a specific email address that's on the suppression list for your account or tenant",
  GetTemplate:
    "|,;~~ses~|Grants permission to return the template object, which includes the subject line, HTML par, and text part for the template you specify",
  GetTenant: "|,;~~~|Grants permission to get information about a tenant",
  GetTrafficPolicy: "|,;~~mailmanager~|Grants permission to get information about a traffic policy",
  ListAddonInstances:
    "|,;~~mailmanager~|Grants permission to list all of the addon instances associated with your account",
  ListAddonSubscriptions:
    "|,;~~mailmanager~|Grants permission to list all of the addon subscriptions associated with your account",
  ListAddressListImportJobs:
    "|,;~~mailmanager~|Grants permission to list all of the import jobs associated with an address list",
  ListAddressLists: "|,;~~mailmanager~|Grants permission to list all of the address lists associated with your account",
  ListArchiveExports:
    "|,;~~mailmanager~|Grants permission to list all of the archive exports associated with your account",
  ListArchiveSearches:
    "|,;~~mailmanager~|Grants permission to list all of the archive searches associated with your account",
  ListArchives: "|,;~~mailmanager~|Grants permission to list all of the archives associated with your account",
  ListConfigurationSets:
    "|,;~~pinpoint-email~;~ses~;~~|Grants permission to list all of the configuration sets associated with your account",
  ListContactLists: "|,;~~~|Grants permission to list all of the contact lists available for your account",
  ListContacts: "|,;~~~|Grants permission to list the contacts present in a specific contact list",
  ListCustomVerificationEmailTemplates:
    "|,;~~ses~;~~|Grants permission to list all of the existing custom verification email templates for your account",
  ListDedicatedIpPools:
    "|,;~~pinpoint-email~;~~|Grants permission to list all of the dedicated IP pools that exist in your account",
  ListDeliverabilityTestReports:
    "|,;~~pinpoint-email~;~~|Grants permission to retrieve a list of the predictive inbox placement tests that you've performed, regardless of their statuses",
  ListDomainDeliverabilityCampaigns:
    "|,;~~pinpoint-email~;~~|Grants permission to retrieve deliverability data for all the campaigns that used a specific domain to send email during a specified time range",
  ListEmailIdentities:
    "|,;~~pinpoint-email~;~~|Grants permission to list all of the email identities that are associated with your account",
  ListEmailTemplates: "|,;~~~|Grants permission to list all of the email templates for your account",
  ListExportJobs: "|,;~~~|Grants permission to list all the exports jobs for your account",
  ListIdentities: "|,;~~ses~|Grants permission to list the email identities for your account",
  ListIdentityPolicies: "|,;~~ses~|Grants permission to list all of the email templates for your account",
  ListImportJobs: "|,;~~~|Grants permission to list all of the import jobs for your account",
  ListIngressPoints:
    "|,;~~mailmanager~|Grants permission to list all of the ingress points associated with your account",
  ListMembersOfAddressList:
    "|,;~~mailmanager~|Grants permission to list all of the members associated with an address list",
  ListMultiRegionEndpoints: "|,;~~~|Grants permission to list all of the multi-region endpoints for your account",
  ListReceiptFilters: "|,;~~ses~|Grants permission to list the IP address filters associated with your account",
  ListReceiptRuleSets: "|,;~~ses~|Grants permission to list the receipt rule sets that exist under your account",
  ListRecommendations: "|,;~~~|Grants permission to list recommendations for your account",
  ListRelays: "|,;~~mailmanager~|Grants permission to list all of the SMTP relays associated with your account",
  ListReputationEntities: "|,;~~~|Grants permission to retrieve a list of reputation entities",
  ListResourceTenants: "|,;~~~|Grants permission to list all the tenants associated to a SES resource",
  ListRuleSets: "|,;~~mailmanager~|Grants permission to list all of the rule sets associated with your account",
  ListSuppressedDestinations:
    "|,;~~~|Grants permission to list email addresses that are on the suppression list for your account or tenant",
  ListTagsForResource:
    "|,;~~mailmanager~;~pinpoint-email~;~~|Grants permission to retrieve a list of the tags (keys and values) that are associated with a specific resource",
  ListTemplates: "|,;~~ses~|Grants permission to list the email templates present in your account",
  ListTenantResources: "|,;~~~|Grants permission to list all the resources associated to a tenant",
  ListTenants: "|,;~~~|Grants permission to list all the tenants for your account",
  ListTrafficPolicies:
    "|,;~~mailmanager~|Grants permission to list all of the traffic policies associated with your account",
  ListVerifiedEmailAddresses:
    "|,;~~ses~|Grants permission to list all of the email addresses that have been verified in your account",
  PutAccountDedicatedIpWarmupAttributes:
    "|,;~~pinpoint-email~;~~|Grants permission to enable or disable the automatic warm-up feature for dedicated IP addresses",
  PutAccountDetails: "|,;~~~|Grants permission to update your account details",
  PutAccountSendingAttributes:
    "|,;~~pinpoint-email~;~~|Grants permission to enable or disable the ability of your account to send email",
  PutAccountSuppressionAttributes:
    "|,;~~~|Grants permission to change the settings for the account-level suppression list",
  PutAccountVdmAttributes: "|,;~~~|Grants permission to change the settings for VDM for your account",
  PutConfigurationSetArchivingOptions:
    "|,;~~~|Grants permission to associate a configuration set with a Mail Manager archive",
  PutConfigurationSetDeliveryOptions:
    "|,;~~pinpoint-email~;~ses~;~~|Grants permission to associate a configuration set with a dedicated IP pool",
  PutConfigurationSetReputationOptions:
    "|,;~~pinpoint-email~;~~|Grants permission to enable or disable collection of reputation metrics for emails that you send using a particular configuration set",
  PutConfigurationSetSendingOptions:
    "|,;~~pinpoint-email~;~~|Grants permission to enable or disable email sending for messages that use a particular configuration set",
  PutConfigurationSetSuppressionOptions:
    "|,;~~~|Grants permission to specify the account suppression list preferences for a particular configuration set",
  PutConfigurationSetTrackingOptions:
    "|,;~~pinpoint-email~;~~|Grants permission to specify a custom domain to use for open and click tracking elements in email that you send using a particular configuration set",
  PutConfigurationSetVdmOptions:
    "|,;~~~|Grants permission to override account-level VDM settings for a particular configuration set",
  PutDedicatedIpInPool:
    "|,;~~pinpoint-email~;~~|Grants permission to move a dedicated IP address to an existing dedicated IP pool",
  PutDedicatedIpPoolScalingAttributes:
    "|,;~~~|Grants permission to transition a dedicated IP pool from Standard to Managed",
  PutDedicatedIpWarmupAttributes: "|,;~~pinpoint-email~;~~|Grants permission to enable dedicated IP warm up attributes",
  PutDeliverabilityDashboardOption:
    "|,;~~pinpoint-email~;~~|Grants permission to enable or disable the Deliverability dashboard",
  PutEmailIdentityConfigurationSetAttributes:
    "|,;~~~|Grants permission to associate a configuration set with an email identity",
  PutEmailIdentityDkimAttributes:
    "|,;~~pinpoint-email~;~~|Grants permission to enable or disable DKIM authentication for an email identity",
  PutEmailIdentityDkimSigningAttributes:
    "|,;~~~|Grants permission to configure or change the DKIM authentication settings for an email domain identity",
  PutEmailIdentityFeedbackAttributes:
    "|,;~~pinpoint-email~;~~|Grants permission to enable or disable feedback forwarding for an identity",
  PutEmailIdentityMailFromAttributes:
    "|,;~~pinpoint-email~;~~|Grants permission to enable or disable the custom MAIL FROM domain configuration for an email identity",
  PutIdentityPolicy:
    "|,;~~ses~|Grants permission to add or update a sending authorization policy for the specified identity (an email address or a domain)",
  PutSuppressedDestination:
    "|,;~~~|Grants permission to add an email address to the suppression list for your account or tenant",
  PutTenantSuppressionAttributes:
    "|,;~~~|Grants permission to change the settings for the tenant-level suppression list",
  RegisterMemberToAddressList: "|,;~~mailmanager~|Grants permission to add a member to an address list",
  ReorderReceiptRuleSet: "|,;~~ses~|Grants permission to reorder the receipt rules within a receipt rule set",
  ReplicateEmailIdentityDkimSigningKey: "|,;~|Grants permission to replicate email identity DKIM signing key",
  SendBounce:
    "|,;~|Grants permission to generate and send a bounce message to the sender of an email you received through Amazon SES",
  SendBulkEmail: "|,;~~~|Grants permission to compose an email message to multiple destinations",
  SendBulkTemplatedEmail: "|,;~|Grants permission to compose an email message to multiple destinations",
  SendCustomVerificationEmail:
    "|,;~~ses~;~~|Grants permission to add an email address to the list of identities and attempts to verify it for your account",
  SendEmail: "|,;~|Grants permission to send an email message",
  SendRawEmail: "|,;~|Grants permission to send an email message, with header and content specified by the client",
  SendTemplatedEmail: "|,;~|Grants permission to compose an email message using an email template",
  SetActiveReceiptRuleSet:
    "|,;~~ses~|Grants permission to set the specified receipt rule set as the active receipt rule set",
  SetIdentityDkimEnabled:
    "|,;~~ses~|Grants permission to enable or disable Easy DKIM signing of email sent from an identity",
  SetIdentityFeedbackForwardingEnabled:
    "|,;~~ses~|Grants permission to enable or disable whether Amazon SES forwards bounce and complaint notifications for an identity (an email address or a domain)",
  SetIdentityHeadersInNotificationsEnabled:
    "|,;~~ses~|Grants permission to set whether Amazon SES includes the original email headers in the Amazon Simple Notification Service (Amazon SNS) notifications of a specified type for a given identity (an email address or a domain)",
  SetIdentityMailFromDomain:
    "|,;~~ses~|Grants permission to enable or disable the custom MAIL FROM domain setup for a verified identity",
  SetIdentityNotificationTopic:
    "|,;~~ses~|Grants permission to set an Amazon Simple Notification Service (Amazon SNS) topic to use when delivering notifications for a verified identity",
  SetReceiptRulePosition:
    "|,;~~ses~|Grants permission to set the position of the specified receipt rule in the receipt rule set",
  StartAddressListImportJob: "|,;~~mailmanager~|Grants permission to start an import job on an address list",
  StartArchiveExport: "|,;~~mailmanager~|Grants permission to start an archive export",
  StartArchiveSearch: "|,;~~mailmanager~|Grants permission to start an archive search",
  StopAddressListImportJob: "|,;~~mailmanager~|Grants permission to stop an ongoing import job on an address list",
  StopArchiveExport: "|,;~~mailmanager~|Grants permission to stop archive export",
  StopArchiveSearch: "|,;~~mailmanager~|Grants permission to stop archive search",
  TagResource:
    "|,;~~mailmanager~,~mailmanager~,~mailmanager~,~mailmanager~,~pinpoint-email~;~ses~;~~,~~,~ses~;~~,~pinpoint-email~;~~,~pinpoint-email~;~~,~pinpoint-email~;~~,~~,~mailmanager~,~~,~mailmanager~,~mailmanager~,~~,~mailmanager~,~mailmanager~;~pinpoint-email~;~~|Grants permission to add one or more tags (keys and values) to a specified resource",
  TestRenderEmailTemplate:
    "|,;~~~|Grants permission to create a preview of the MIME content of an email when provided with a template and a set of replacement data",
  TestRenderTemplate:
    "|,;~~ses~|Grants permission to create a preview of the MIME content of an email when provided with a template and a set of replacement data",
  UntagResource:
    "|,;~~mailmanager~;~pinpoint-email~;~~|Grants permission to remove one or more tags (keys and values) from a specified resource",
  UpdateAccountSendingEnabled: "|,;~~ses~|Grants permission to enable or disable email sending for your account",
  UpdateArchive: "|,;~~mailmanager~|Grants permission to update an archive",
  UpdateConfigurationSetEventDestination:
    "|,;~~pinpoint-email~;~ses~;~~|Grants permission to update the configuration of an event destination for a configuration set",
  UpdateConfigurationSetReputationMetricsEnabled:
    "|,;~~ses~|Grants permission to enable or disable the publishing of reputation metrics for emails sent using a specific configuration set",
  UpdateConfigurationSetSendingEnabled:
    "|,;~~ses~|Grants permission to enable or disable email sending for messages sent using a specific configuration set",
  UpdateConfigurationSetTrackingOptions:
    "|,;~~ses~|Grants permission to modify an association between a configuration set and a custom domain for open and click event tracking",
  UpdateContact: "|,;~~~|Grants permission to update a contact's preferences for a list",
  UpdateContactList: "|,;~~~|Grants permission to update contact list metadata",
  UpdateCustomVerificationEmailTemplate:
    "|,;~~ses~;~~|Grants permission to update an existing custom verification email template",
  UpdateEmailIdentityPolicy:
    "|,;~~~|Grants permission to update the specified sending authorization policy for the given identity (an email address or a domain)",
  UpdateEmailTemplate: "|,;~~~|Grants permission to update an email template",
  UpdateIngressPoint: "|,;~~mailmanager~|Grants permission to update an ingress point",
  UpdateReceiptRule: "|,;~~ses~|Grants permission to update a receipt rule",
  UpdateRelay: "|,;~~mailmanager~|Grants permission to update a SMTP relay",
  UpdateReputationEntityCustomerManagedStatus: "|,;~~~|Grants permission to update the customer-managed sending status",
  UpdateReputationEntityPolicy: "|,;~~~|Grants permission to assign a reputation policy",
  UpdateRuleSet: "|,;~~mailmanager~|Grants permission to update a rule set",
  UpdateTemplate: "|,;~~ses~|Grants permission to update an email template",
  UpdateTrafficPolicy: "|,;~~mailmanager~|Grants permission to update a traffic policy",
  VerifyDomainDkim: "|,;~~ses~|Grants permission to return a set of DKIM tokens for a domain",
  VerifyDomainIdentity: "|,;~~ses~|Grants permission to verify a domain",
  VerifyEmailAddress: "|,;~~ses~|Grants permission to verify an email address",
  VerifyEmailIdentity: "|,;~~ses~|Grants permission to verify an email identity",
};
const resourceTypeFacts = {
  /** The addon-instance resource type: arn:${Partition}:ses:${Region}:${Account}:addon-instance/${AddonInstanceId} */
  "addon-instance": "|,addonInstance|1",
  /** The addon-subscription resource type: arn:${Partition}:ses:${Region}:${Account}:addon-subscription/${AddonSubscriptionId} */
  "addon-subscription": "|,addonSubscription|1",
  /** The configuration-set resource type: arn:${Partition}:ses:${Region}:${Account}:configuration-set/${ConfigurationSetName} */
  "configuration-set": "|,configurationSet|1",
  /** The contact-list resource type: arn:${Partition}:ses:${Region}:${Account}:contact-list/${ContactListName} */
  "contact-list": "|,contactList|1",
  /** The custom-verification-email-template resource type: arn:${Partition}:ses:${Region}:${Account}:custom-verification-email-template/${TemplateName} */
  "custom-verification-email-template": "|,customVerificationEmailTemplate|1",
  /** The dedicated-ip-pool resource type: arn:${Partition}:ses:${Region}:${Account}:dedicated-ip-pool/${DedicatedIPPool} */
  "dedicated-ip-pool": "|,dedicatedIpPool|1",
  /** The deliverability-test-report resource type: arn:${Partition}:ses:${Region}:${Account}:deliverability-test-report/${ReportId} */
  "deliverability-test-report": "|,deliverabilityTestReport|1",
  /** The export-job resource type: arn:${Partition}:ses:${Region}:${Account}:export-job/${ExportJobId} */
  "export-job": "|,exportJob|",
  /** The identity resource type: arn:${Partition}:ses:${Region}:${Account}:identity/${IdentityName} */
  identity: "|,|1",
  /** The import-job resource type: arn:${Partition}:ses:${Region}:${Account}:import-job/${ImportJobId} */
  "import-job": "|,importJob|",
  /** The mailmanager-address-list resource type: arn:${Partition}:ses:${Region}:${Account}:mailmanager-address-list/${AddressListId} */
  "mailmanager-address-list": "|,mailmanagerAddressList|1",
  /** The mailmanager-archive resource type: arn:${Partition}:ses:${Region}:${Account}:mailmanager-archive/${ArchiveId} */
  "mailmanager-archive": "|,mailmanagerArchive|1",
  /** The mailmanager-ingress-point resource type: arn:${Partition}:ses:${Region}:${Account}:mailmanager-ingress-point/${IngressPointId} */
  "mailmanager-ingress-point": "|,mailmanagerIngressPoint|1,9",
  /** The mailmanager-rule-set resource type: arn:${Partition}:ses:${Region}:${Account}:mailmanager-rule-set/${RuleSetId} */
  "mailmanager-rule-set": "|,mailmanagerRuleSet|1",
  /** The mailmanager-smtp-relay resource type: arn:${Partition}:ses:${Region}:${Account}:mailmanager-smtp-relay/${RelayId} */
  "mailmanager-smtp-relay": "|,mailmanagerSmtpRelay|1",
  /** The mailmanager-traffic-policy resource type: arn:${Partition}:ses:${Region}:${Account}:mailmanager-traffic-policy/${TrafficPolicyId} */
  "mailmanager-traffic-policy": "|,mailmanagerTrafficPolicy|1",
  /** The multi-region-endpoint resource type: arn:${Partition}:ses:${Region}:${Account}:multi-region-endpoint/${EndpointName} */
  "multi-region-endpoint": "|,multiRegionEndpoint|",
  /** The reputation-policy resource type: arn:${Partition}:ses:${Region}:aws:reputation-policy/${ReputationPolicyName} */
  "reputation-policy": "|,reputationPolicy|",
  /** The template resource type: arn:${Partition}:ses:${Region}:${Account}:template/${TemplateName} */
  template: "|,|1",
  /** The tenant resource type: arn:${Partition}:ses:${Region}:${Account}:tenant/${TenantName}/${TenantId} */
  tenant: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a addon-instance resource: arn:${Partition}:ses:${Region}:${Account}:addon-instance/${AddonInstanceId}. */
  addonInstance: "|,addon-instance|arn:|Partition|:ses:|Region|:|Account|:addon-instance/|AddonInstanceId|",
  /** ARN of a addon-subscription resource: arn:${Partition}:ses:${Region}:${Account}:addon-subscription/${AddonSubscriptionId}. */
  addonSubscription:
    "|,addon-subscription|arn:|Partition|:ses:|Region|:|Account|:addon-subscription/|AddonSubscriptionId|",
  /** ARN of a configuration-set resource: arn:${Partition}:ses:${Region}:${Account}:configuration-set/${ConfigurationSetName}. */
  configurationSet:
    "|,configuration-set|arn:|Partition|:ses:|Region|:|Account|:configuration-set/|ConfigurationSetName|",
  /** ARN of a contact-list resource: arn:${Partition}:ses:${Region}:${Account}:contact-list/${ContactListName}. */
  contactList: "|,contact-list|arn:|Partition|:ses:|Region|:|Account|:contact-list/|ContactListName|",
  /** ARN of a custom-verification-email-template resource: arn:${Partition}:ses:${Region}:${Account}:custom-verification-email-template/${TemplateName}. */
  customVerificationEmailTemplate:
    "|,custom-verification-email-template|arn:|Partition|:ses:|Region|:|Account|:custom-verification-email-template/|TemplateName|",
  /** ARN of a dedicated-ip-pool resource: arn:${Partition}:ses:${Region}:${Account}:dedicated-ip-pool/${DedicatedIPPool}. */
  dedicatedIpPool:
    "|,dedicated-ip-pool|arn:|Partition|:ses:|Region|:|Account|:dedicated-ip-pool/|DedicatedIPPool,dedicatedIpPool|",
  /** ARN of a deliverability-test-report resource: arn:${Partition}:ses:${Region}:${Account}:deliverability-test-report/${ReportId}. */
  deliverabilityTestReport:
    "|,deliverability-test-report|arn:|Partition|:ses:|Region|:|Account|:deliverability-test-report/|ReportId|",
  /** ARN of a export-job resource: arn:${Partition}:ses:${Region}:${Account}:export-job/${ExportJobId}. */
  exportJob: "|,export-job|arn:|Partition|:ses:|Region|:|Account|:export-job/|ExportJobId|",
  /** ARN of a identity resource: arn:${Partition}:ses:${Region}:${Account}:identity/${IdentityName}. */
  identity: "|,identity|arn:|Partition|:ses:|Region|:|Account|:identity/|IdentityName|",
  /** ARN of a import-job resource: arn:${Partition}:ses:${Region}:${Account}:import-job/${ImportJobId}. */
  importJob: "|,import-job|arn:|Partition|:ses:|Region|:|Account|:import-job/|ImportJobId|",
  /** ARN of a mailmanager-address-list resource: arn:${Partition}:ses:${Region}:${Account}:mailmanager-address-list/${AddressListId}. */
  mailmanagerAddressList:
    "|,mailmanager-address-list|arn:|Partition|:ses:|Region|:|Account|:mailmanager-address-list/|AddressListId|",
  /** ARN of a mailmanager-archive resource: arn:${Partition}:ses:${Region}:${Account}:mailmanager-archive/${ArchiveId}. */
  mailmanagerArchive: "|,mailmanager-archive|arn:|Partition|:ses:|Region|:|Account|:mailmanager-archive/|ArchiveId|",
  /** ARN of a mailmanager-ingress-point resource: arn:${Partition}:ses:${Region}:${Account}:mailmanager-ingress-point/${IngressPointId}. */
  mailmanagerIngressPoint:
    "|,mailmanager-ingress-point|arn:|Partition|:ses:|Region|:|Account|:mailmanager-ingress-point/|IngressPointId|",
  /** ARN of a mailmanager-rule-set resource: arn:${Partition}:ses:${Region}:${Account}:mailmanager-rule-set/${RuleSetId}. */
  mailmanagerRuleSet: "|,mailmanager-rule-set|arn:|Partition|:ses:|Region|:|Account|:mailmanager-rule-set/|RuleSetId|",
  /** ARN of a mailmanager-smtp-relay resource: arn:${Partition}:ses:${Region}:${Account}:mailmanager-smtp-relay/${RelayId}. */
  mailmanagerSmtpRelay:
    "|,mailmanager-smtp-relay|arn:|Partition|:ses:|Region|:|Account|:mailmanager-smtp-relay/|RelayId|",
  /** ARN of a mailmanager-traffic-policy resource: arn:${Partition}:ses:${Region}:${Account}:mailmanager-traffic-policy/${TrafficPolicyId}. */
  mailmanagerTrafficPolicy:
    "|,mailmanager-traffic-policy|arn:|Partition|:ses:|Region|:|Account|:mailmanager-traffic-policy/|TrafficPolicyId|",
  /** ARN of a multi-region-endpoint resource: arn:${Partition}:ses:${Region}:${Account}:multi-region-endpoint/${EndpointName}. */
  multiRegionEndpoint:
    "|,multi-region-endpoint|arn:|Partition|:ses:|Region|:|Account|:multi-region-endpoint/|EndpointName|",
  /** ARN of a reputation-policy resource: arn:${Partition}:ses:${Region}:aws:reputation-policy/${ReputationPolicyName}. */
  reputationPolicy: "|,reputation-policy|arn:|Partition|:ses:|Region|:aws:reputation-policy/|ReputationPolicyName|",
  /** ARN of a template resource: arn:${Partition}:ses:${Region}:${Account}:template/${TemplateName}. */
  template: "|,template|arn:|Partition|:ses:|Region|:|Account|:template/|TemplateName|",
  /** ARN of a tenant resource: arn:${Partition}:ses:${Region}:${Account}:tenant/${TenantName}/${TenantId}. */
  tenant: "|,tenant|arn:|Partition|:ses:|Region|:|Account|:tenant/|TenantName|/|TenantId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "addon-instance",
  "addon-subscription",
  "configuration-set",
  "contact-list",
  "custom-verification-email-template",
  "dedicated-ip-pool",
  "deliverability-test-report",
  "export-job",
  "identity",
  "import-job",
  "mailmanager-address-list",
  "mailmanager-archive",
  "mailmanager-ingress-point",
  "mailmanager-rule-set",
  "mailmanager-smtp-relay",
  "mailmanager-traffic-policy",
  "multi-region-endpoint",
  "reputation-policy",
  "template",
  "tenant",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "ses">;
/** Any ses action. */
export type Action = ActionOf<typeof actionFacts, "ses">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "ses">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "sesv2" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every ses action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters actions based on the presence of tag key-value pairs in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters actions based on tag key-value pairs attached to the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters actions based on the presence of tag keys in the request. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access by SES Addon Subscription ARN. */
  "ses:AddonSubscriptionArn": "ARN";
  /** Filters actions based on the SES API version. */
  "ses:ApiVersion": "String";
  /** Filters access by the export source type. */
  "ses:ExportSourceType": "String";
  /** Filters actions based on the "Return-Path" address, which specifies where bounces and complaints are sent by email feedback forwarding. */
  "ses:FeedbackAddress": "String";
  /** Filters actions based on the "From" address of a message. */
  "ses:FromAddress": "String";
  /** Filters actions based on the "From" address that is used as the display name of a message. */
  "ses:FromDisplayName": "String";
  /** Filters access by SES Mail Manager ingress point type, for example OPEN or AUTH. */
  "ses:MailManagerIngressPointType": "String";
  /** Filters access by SES Mail Manager rule set ARN. */
  "ses:MailManagerRuleSetArn": "ARN";
  /** Filters access by SES Mail Manager traffic policy ARN. */
  "ses:MailManagerTrafficPolicyArn": "ARN";
  /** Filters access by the multi-region endpoint ID that is used to send email. */
  "ses:MultiRegionEndpointId": "String";
  /** Filters actions based on the recipient addresses of a message, which include the "To", "CC", and "BCC" addresses. */
  "ses:Recipients": "ArrayOfString";
  /** Filters access by the replica regions for Replicating domain DKIM signing key. */
  "ses:ReplicaRegion": "ArrayOfString";
  /** Filters access by the tenant name that is used to send email. */
  "ses:TenantName": "String";
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters actions based on the presence of tag key-value pairs in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters actions based on tag key-value pairs attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters actions based on the presence of tag keys in the request",
  "ses:AddonSubscriptionArn": "|,ARN|0||Filters access by SES Addon Subscription ARN",
  "ses:ApiVersion": "|,String|0||Filters actions based on the SES API version",
  "ses:ExportSourceType": "|,String|0||Filters access by the export source type",
  "ses:FeedbackAddress":
    '|,String|0||Filters actions based on the "Return-Path" address, which specifies where bounces and complaints are sent by email feedback forwarding',
  "ses:FromAddress": '|,String|0||Filters actions based on the "From" address of a message',
  "ses:FromDisplayName":
    '|,String|0||Filters actions based on the "From" address that is used as the display name of a message',
  "ses:MailManagerIngressPointType":
    "|,String|0||Filters access by SES Mail Manager ingress point type, for example OPEN or AUTH",
  "ses:MailManagerRuleSetArn": "|,ARN|0||Filters access by SES Mail Manager rule set ARN",
  "ses:MailManagerTrafficPolicyArn": "|,ARN|0||Filters access by SES Mail Manager traffic policy ARN",
  "ses:MultiRegionEndpointId": "|,String|0||Filters access by the multi-region endpoint ID that is used to send email",
  "ses:Recipients":
    '|,ArrayOfString|0||Filters actions based on the recipient addresses of a message, which include the "To", "CC", and "BCC" addresses',
  "ses:ReplicaRegion":
    "|,ArrayOfString|0||Filters access by the replica regions for Replicating domain DKIM signing key",
  "ses:TenantName": "|,String|0||Filters access by the tenant name that is used to send email",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "ses",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
