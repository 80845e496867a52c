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
export const prefix: "ds" = "ds";
/** The service's name in the reference. */
export const serviceName: "AWS Directory Service" = "AWS Directory Service";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Directory Service",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsdirectoryservice.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [
  "ds:AddTagsToResource",
  "ec2:AuthorizeSecurityGroupEgress",
  "ec2:AuthorizeSecurityGroupIngress",
  "ec2:CreateNetworkInterface",
  "ec2:CreateNetworkInterfacePermission",
  "ec2:CreateSecurityGroup",
  "ec2:CreateTags",
  "ec2:DeleteNetworkInterface",
  "ec2:DeleteSecurityGroup",
  "ec2:DescribeNetworkInterfaces",
  "ec2:DescribeSubnets",
  "ec2:DescribeVpcs",
  "secretsmanager:DescribeSecret",
  "secretsmanager:GetSecretValue",
  "ssm:GetCommandInvocation",
  "ssm:GetConnectionStatus",
  "ssm:ListCommands",
  "ssm:SendCommand",
] as const;
const actionFacts = {
  /** Grants permission to accept a directory sharing request that was sent from the directory owner account. Access level: Write. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_AcceptSharedDirectory.html */
  AcceptSharedDirectory: "W|||0;1;|||;",
  /** Grants permission to access directory data using the Directory Service Data API. Access level: Permissions management. Resources: directory*. Permission only. https://docs.aws.amazon.com/directoryservice/latest/admin-guide/UsingWithDS_IAM_ResourcePermissions.html */
  AccessDSData: "P||1|0;1;|||",
  /** Grants permission to add a CIDR address block to correctly route traffic to and from your Microsoft AD on Amazon Web Services. Access level: Write. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_AddIpRoutes.html */
  AddIpRoutes: "W|||0;1;||1,2,ec2:DescribeSecurityGroups|;",
  /** Grants permission to add two domain controllers in the specified Region for the specified directory. Access level: Write. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_AddRegion.html */
  AddRegion: "W|||0;1;||1,2,3,5,6,9,10,11|;",
  /** Grants permission to add or overwrite one or more tags for the specified Amazon Directory Services directory. Access level: Tagging. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_AddTagsToResource.html */
  AddTagsToResource: "T|||0;1;|0,2|6|;,ConnectDirectory,CreateDirectory,CreateMicrosoftAD",
  /** Grants permission to authorize an application for your AWS Directory. Access level: Write. Resources: directory*. Permission only. https://docs.aws.amazon.com/directoryservice/latest/admin-guide/UsingWithDS_IAM_ResourcePermissions.html */
  AuthorizeApplication: "W||1|0;1;|||",
  /** Grants permission to cancel an in-progress schema extension to a Microsoft AD directory. Access level: Write. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_CancelSchemaExtension.html */
  CancelSchemaExtension: "W|||0;1;|||;",
  /** Grants permission to verify that the alias is available for use. Access level: Read. Permission only. https://docs.aws.amazon.com/directoryservice/latest/admin-guide/UsingWithDS_IAM_ResourcePermissions.html */
  CheckAlias: "R||1||||",
  /** Grants permission to create an AD Connector to connect to an on-premises directory. Access level: Write. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_ConnectDirectory.html */
  ConnectDirectory: "W||||0,2|0,1,2,3,5,6,9,10,11|;",
  /** Grants permission to create an alias for a directory and assigns the alias to the directory. Access level: Write. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_CreateAlias.html */
  CreateAlias: "W|||0;1;|||;",
  /** Grants permission to create a computer account in the specified directory, and joins the computer to the directory. Access level: Write. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_CreateComputer.html */
  CreateComputer: "W|||0;1;|||;",
  /** Grants permission to create a conditional forwarder associated with your AWS directory. Access level: Write. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_CreateConditionalForwarder.html */
  CreateConditionalForwarder: "W|||0;1;|||;",
  /** Grants permission to create a Simple AD directory. Access level: Write. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_CreateDirectory.html */
  CreateDirectory: "W||||0,2|0,1,2,3,5,6,9,10,11|;",
  /** Grants permission to create a Hybrid Managed AD directory. Access level: Write. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_CreateHybridAD.html */
  CreateHybridAD: "W||||0,2|1,2,3,4,5,6,9,10,11,iam:CreateServiceLinkedRole,iam:GetRole,12,13,14,15,16,17|;",
  /** Grants permission to create an IdentityPool Directory in the AWS cloud. Access level: Write. Permission only. https://docs.aws.amazon.com/directoryservice/latest/admin-guide/UsingWithDS_IAM_ResourcePermissions.html */
  CreateIdentityPoolDirectory: "W||1||0,2||",
  /** Grants permission to create a subscription to forward real time Directory Service domain controller security logs to the specified CloudWatch log group in your AWS account. Access level: Write. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_CreateLogSubscription.html */
  CreateLogSubscription: "W|||0;1;|||;",
  /** Grants permission to create a Microsoft AD in the AWS cloud. Access level: Write. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_CreateMicrosoftAD.html */
  CreateMicrosoftAD: "W||||0,2|0,1,2,3,5,6,9,10,11|;",
  /** Grants permission to create a snapshot of a Simple AD or Microsoft AD directory in the AWS cloud. Access level: Write. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_CreateSnapshot.html */
  CreateSnapshot: "W|||0;1;|||;",
  /** Grants permission to initiate the creation of the AWS side of a trust relationship between a Microsoft AD in the AWS cloud and an external domain. Access level: Write. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_CreateTrust.html */
  CreateTrust: "W|||0;1;|||;",
  /** Grants permission to delete a directory assessment. Access level: Write. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_DeleteADAssessment.html */
  DeleteADAssessment: "W||||||;",
  /** Grants permission to delete a conditional forwarder that has been set up for your AWS directory. Access level: Write. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_DeleteConditionalForwarder.html */
  DeleteConditionalForwarder: "W|||0;1;|||;",
  /** Grants permission to delete an AWS Directory Service directory. Access level: Write. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_DeleteDirectory.html */
  DeleteDirectory: "W|||0;1;||7,8,9,ec2:RevokeSecurityGroupEgress,ec2:RevokeSecurityGroupIngress|;",
  /** Grants permission to delete the specified log subscription. Access level: Write. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_DeleteLogSubscription.html */
  DeleteLogSubscription: "W|||0;1;|||;",
  /** Grants permission to delete a directory snapshot. Access level: Write. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_DeleteSnapshot.html */
  DeleteSnapshot: "W|||0;1;|||;",
  /** Grants permission to delete an existing trust relationship between your Microsoft AD in the AWS cloud and an external domain. Access level: Write. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_DeleteTrust.html */
  DeleteTrust: "W|||0;1;|||;",
  /** Grants permission to delete from the system the certificate that was registered for a secured LDAP connection. Access level: Write. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_DeregisterCertificate.html */
  DeregisterCertificate: "W|||0;1;|||;",
  /** Grants permission to remove the specified directory as a publisher to the specified SNS topic. Access level: Write. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_DeregisterEventTopic.html */
  DeregisterEventTopic: "W|||0;1;|||;",
  /** Grants permission to describe a directory assessment. Access level: Read. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_DescribeADAssessment.html */
  DescribeADAssessment: "R||||||;",
  /** Grants permission to describe the ca enrollment status of a specified directory. Access level: Read. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_DescribeCAEnrollmentPolicy.html */
  DescribeCAEnrollmentPolicy: "R|||0;1;|||;",
  /** Grants permission to display information about the certificate registered for a secured LDAP connection. Access level: Read. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_DescribeCertificate.html */
  DescribeCertificate: "R|||0;1;|||;",
  /** Grants permission to retrieve information about the type of client authentication for the specified directory, if the type is specified. If no type is specified, information about all client authentication types that are supported for the specified directory is retrieved. Currently, only SmartCard is supported. Access level: Read. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_DescribeClientAuthenticationSettings.html */
  DescribeClientAuthenticationSettings: "R|||0;1;|||;",
  /** Grants permission to obtain information about the conditional forwarders for this account. Access level: Read. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_DescribeConditionalForwarders.html */
  DescribeConditionalForwarders: "R|||0;1;|||;",
  /** Grants permission to obtain information about the directories that belong to this account. Access level: List. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_DescribeDirectories.html */
  DescribeDirectories: "L||||||;",
  /** Grants permission to describe the Directory Service Data API status for the specified directory. Access level: Read. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_DescribeDirectoryDataAccess.html */
  DescribeDirectoryDataAccess: "R|||0;1;|||;",
  /** Grants permission to provide information about any domain controllers in your directory. Access level: Read. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_DescribeDomainControllers.html */
  DescribeDomainControllers: "R|||0;1;|||;",
  /** Grants permission to obtain information about which SNS topics receive status messages from the specified directory. Access level: Read. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_DescribeEventTopics.html */
  DescribeEventTopics: "R|||0;1;|||;",
  /** Grants permission to describe the updates of a specified hybrid directory. Access level: Read. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_DescribeHybridADUpdate.html */
  DescribeHybridADUpdate: "R|||0;1;|||;",
  /** Grants permission to describe the status of LDAP security for the specified directory. Access level: Read. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_DescribeLDAPSSettings.html */
  DescribeLDAPSSettings: "R|||0;1;|||;",
  /** Grants permission to provide information about the Regions that are configured for multi-Region replication. Access level: Read. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_DescribeRegions.html */
  DescribeRegions: "R|||0;1;|||;",
  /** Grants permission to retrieve information about the configurable settings for the specified directory. Access level: Read. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_DescribeSettings.html */
  DescribeSettings: "R|||0;1;|||;",
  /** Grants permission to return the shared directories in your account. Access level: Read. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_DescribeSharedDirectories.html */
  DescribeSharedDirectories: "R|||0;1;|||;",
  /** Grants permission to obtain information about the directory snapshots that belong to this account. Access level: Read. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_DescribeSnapshots.html */
  DescribeSnapshots: "R||||||;",
  /** Grants permission to obtain information about the trust relationships for this account. Access level: Read. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_DescribeTrusts.html */
  DescribeTrusts: "R||||||;",
  /** Grants permission to describe the updates of a directory for a particular update type. Access level: Read. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_DescribeUpdateDirectory.html */
  DescribeUpdateDirectory: "R|||0;1;|||;",
  /** Grants permission to disable the ca enrollment of a specified directory. Access level: Write. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_DisableCAEnrollmentPolicy.html */
  DisableCAEnrollmentPolicy: "W|||0;1;|||;",
  /** Grants permission to disable alternative client authentication methods for the specified directory. Access level: Write. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_DisableClientAuthentication.html */
  DisableClientAuthentication: "W|||0;1;|||;",
  /** Grants permission to disable the Directory Service Data API for the specified directory. Access level: Write. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_DisableDirectoryDataAccess.html */
  DisableDirectoryDataAccess: "W|||0;1;|||;",
  /** Grants permission to deactivate LDAP secure calls for the specified directory. Access level: Write. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_DisableLDAPS.html */
  DisableLDAPS: "W|||0;1;|||;",
  /** Grants permission to disable multi-factor authentication (MFA) with the Remote Authentication Dial In User Service (RADIUS) server for an AD Connector directory. Access level: Write. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_DisableRadius.html */
  DisableRadius: "W|||0;1;|||;",
  /** Grants permission to disable AWS Management Console access for identity in your AWS Directory. Access level: Write. Resources: directory*. Permission only. https://docs.aws.amazon.com/directoryservice/latest/admin-guide/UsingWithDS_IAM_ResourcePermissions.html */
  DisableRoleAccess: "W||1|0;1;|||",
  /** Grants permission to disable single-sign on for a directory. Access level: Write. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_DisableSso.html */
  DisableSso: "W|||0;1;|||;",
  /** Grants permission to enable the ca enrollment of a specified directory. Access level: Write. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_EnableCAEnrollmentPolicy.html */
  EnableCAEnrollmentPolicy: "W|||0;1;||acm-pca:DescribeCertificateAuthority,pca-connector-ad:GetConnector|;",
  /** Grants permission to enable alternative client authentication methods for the specified directory. Access level: Write. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_EnableClientAuthentication.html */
  EnableClientAuthentication: "W|||0;1;|||;",
  /** Grants permission to enable the Directory Service Data API for the specified directory. Access level: Write. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_EnableDirectoryDataAccess.html */
  EnableDirectoryDataAccess: "W|||0;1;|||;",
  /** Grants permission to activate the switch for the specific directory to always use LDAP secure calls. Access level: Write. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_EnableLDAPS.html */
  EnableLDAPS: "W|||0;1;|||;",
  /** Grants permission to enable multi-factor authentication (MFA) with the Remote Authentication Dial In User Service (RADIUS) server for an AD Connector directory. Access level: Write. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_EnableRadius.html */
  EnableRadius: "W|||0;1;|||;",
  /** Grants permission to enable AWS Management Console access for identity in your AWS Directory. Access level: Write. Resources: directory*. Permission only. https://docs.aws.amazon.com/directoryservice/latest/admin-guide/UsingWithDS_IAM_ResourcePermissions.html */
  EnableRoleAccess: "W||1|0;1;||iam:PassRole|",
  /** Grants permission to enable single-sign on for a directory. Access level: Write. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_EnableSso.html */
  EnableSso: "W|||0;1;|||;",
  /** Grants permission to retrieve the details of the authorized applications on a directory. Access level: Read. Resources: directory*. Permission only. https://docs.aws.amazon.com/directoryservice/latest/admin-guide/UsingWithDS_IAM_ResourcePermissions.html */
  GetAuthorizedApplicationDetails: "R||1|0;1;|||",
  /** Grants permission to obtain directory limit information for the current region. Access level: Read. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_GetDirectoryLimits.html */
  GetDirectoryLimits: "R||||||;",
  /** Grants permission to obtain the manual snapshot limits for a directory. Access level: Read. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_GetSnapshotLimits.html */
  GetSnapshotLimits: "R|||0;1;|||;",
  /** Grants permission to list directory assessments. Access level: List. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_ListADAssessments.html */
  ListADAssessments: "L||||||;",
  /** Grants permission to obtain the AWS applications authorized for a directory. Access level: Read. Resources: directory*. Permission only. https://docs.aws.amazon.com/directoryservice/latest/admin-guide/UsingWithDS_IAM_ResourcePermissions.html */
  ListAuthorizedApplications: "R||1|0;1;|||",
  /** Grants permission to list all the certificates registered for a secured LDAP connection, for the specified directory. Access level: List. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_ListCertificates.html */
  ListCertificates: "L|||0;1;|||;",
  /** Grants permission to list the address blocks that you have added to a directory. Access level: Read. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_ListIpRoutes.html */
  ListIpRoutes: "R|||0;1;|||;",
  /** Grants permission to list the active log subscriptions for the AWS account. Access level: Read. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_ListLogSubscriptions.html */
  ListLogSubscriptions: "R||||||;",
  /** Grants permission to list all schema extensions applied to a Microsoft AD Directory. Access level: List. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_ListSchemaExtensions.html */
  ListSchemaExtensions: "L|||0;1;|||;",
  /** Grants permission to list all tags on an Amazon Directory Services directory. Access level: Read. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;1;|||;",
  /** Grants permission to register a certificate for secured LDAP connection. Access level: Write. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_RegisterCertificate.html */
  RegisterCertificate: "W|||0;1;|||;",
  /** Grants permission to associate a directory with an SNS topic. Access level: Write. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_RegisterEventTopic.html */
  RegisterEventTopic: "W|||0;1;||sns:GetTopicAttributes|;",
  /** Grants permission to reject a directory sharing request that was sent from the directory owner account. Access level: Write. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_RejectSharedDirectory.html */
  RejectSharedDirectory: "W|||0;1;|||;",
  /** Grants permission to remove IP address blocks from a directory. Access level: Write. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_RemoveIpRoutes.html */
  RemoveIpRoutes: "W|||0;1;|||;",
  /** Grants permission to stop all replication and removes the domain controllers from the specified Region. You cannot remove the primary Region with this operation. Access level: Write. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_RemoveRegion.html */
  RemoveRegion: "W|||0;1;|||;",
  /** Grants permission to remove tags from an Amazon Directory Services directory. Access level: Tagging. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_RemoveTagsFromResource.html */
  RemoveTagsFromResource: "T|||0;1;|0,2|ec2:DeleteTags|;",
  /** Grants permission to reset the password for any user in your AWS Managed Microsoft AD or Simple AD directory. Access level: Write. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_ResetUserPassword.html */
  ResetUserPassword: "W|||0;1;|||;",
  /** Grants permission to restore a directory using an existing directory snapshot. Access level: Write. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_RestoreFromSnapshot.html */
  RestoreFromSnapshot: "W|||0;1;|||;",
  /** Grants permission to share a specified directory in your AWS account (directory owner) with another AWS account (directory consumer). With this operation you can use your directory from any AWS account and from any Amazon VPC within an AWS Region. Access level: Write. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_ShareDirectory.html */
  ShareDirectory: "W|||0;1;|||;",
  /** Grants permission to start a directory assessment. Access level: Write. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_StartADAssessment.html */
  StartADAssessment: "W|||||1,2,3,4,5,7,8,9,10,11,14,15,16,17|;",
  /** Grants permission to apply a schema extension to a Microsoft AD directory. Access level: Write. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_StartSchemaExtension.html */
  StartSchemaExtension: "W|||0;1;|||;",
  /** Grants permission to unauthorize an application from your AWS Directory. Access level: Write. Resources: directory*. Permission only. https://docs.aws.amazon.com/directoryservice/latest/admin-guide/UsingWithDS_IAM_ResourcePermissions.html */
  UnauthorizeApplication: "W||1|0;1;|||",
  /** Grants permission to stop the directory sharing between the directory owner and consumer accounts. Access level: Write. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_UnshareDirectory.html */
  UnshareDirectory: "W|||0;1;|||;",
  /** Grants permission to update an authorized application for your AWS Directory. Access level: Write. Resources: directory*. Permission only. https://docs.aws.amazon.com/directoryservice/latest/admin-guide/UsingWithDS_IAM_ResourcePermissions.html */
  UpdateAuthorizedApplication: "W||1|0;1;|||",
  /** Grants permission to update a conditional forwarder that has been set up for your AWS directory. Access level: Write. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_UpdateConditionalForwarder.html */
  UpdateConditionalForwarder: "W|||0;1;|||;",
  /** Grants permission to update the configurations like service account credentials or DNS server IP addresses for the specified directory. Access level: Write. Resources: directory*. Permission only. https://docs.aws.amazon.com/directoryservice/latest/admin-guide/UsingWithDS_IAM_ResourcePermissions.html */
  UpdateDirectory: "W||1|0;1;|||",
  /** Grants permission to update the directory for a particular update type. Access level: Write. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_UpdateDirectorySetup.html */
  UpdateDirectorySetup: "W|||0;1;|||;",
  /** Grants permission to update configurations for a specified hybrid directory. Access level: Write. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_UpdateHybridAD.html */
  UpdateHybridAD: "W|||0;1;||1,2,3,4,5,6,9,10,11,12,13,14,15,16,17|;",
  /** Grants permission to add or remove domain controllers to or from the directory. Based on the difference between current value and new value (provided through this API call), domain controllers will be added or removed. It may take up to 45 minutes for any new domain controllers to become fully active once the requested number of domain controllers is updated. During this time, you cannot make another update request. Access level: Write. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_UpdateNumberOfDomainControllers.html */
  UpdateNumberOfDomainControllers: "W|||0;1;|||;",
  /** Grants permission to update the Remote Authentication Dial In User Service (RADIUS) server information for an AD Connector directory. Access level: Write. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_UpdateRadius.html */
  UpdateRadius: "W|||0;1;|||;",
  /** Grants permission to update the configurable settings for the specified directory. Access level: Write. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_UpdateSettings.html */
  UpdateSettings: "W|||0;1;|||;",
  /** Grants permission to update the trust that has been set up between your AWS Managed Microsoft AD directory and an on-premises Active Directory. Access level: Write. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_UpdateTrust.html */
  UpdateTrust: "W|||0;1;|||;",
  /** Grants permission to verify a trust relationship between your Microsoft AD in the AWS cloud and an external domain. Access level: Read. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/devguide/API_VerifyTrust.html */
  VerifyTrust: "R|||0;1;|||;",
} as const;
const actionDetails = {
  AcceptSharedDirectory:
    "|,;~~~|Grants permission to accept a directory sharing request that was sent from the directory owner account",
  AccessDSData: "|,;~|Grants permission to access directory data using the Directory Service Data API",
  AddIpRoutes:
    "|,;~~~|Grants permission to add a CIDR address block to correctly route traffic to and from your Microsoft AD on Amazon Web Services",
  AddRegion:
    "|,;~~~|Grants permission to add two domain controllers in the specified Region for the specified directory",
  AddTagsToResource:
    "|,;~~~,~~,~~,~~|Grants permission to add or overwrite one or more tags for the specified Amazon Directory Services directory",
  AuthorizeApplication: "|,;~|Grants permission to authorize an application for your AWS Directory",
  CancelSchemaExtension:
    "|,;~~~|Grants permission to cancel an in-progress schema extension to a Microsoft AD directory",
  CheckAlias: "|,;~|Grants permission to verify that the alias is available for use",
  ConnectDirectory: "|,;~~~|Grants permission to create an AD Connector to connect to an on-premises directory",
  CreateAlias: "|,;~~~|Grants permission to create an alias for a directory and assigns the alias to the directory",
  CreateComputer:
    "|,;~~~|Grants permission to create a computer account in the specified directory, and joins the computer to the directory",
  CreateConditionalForwarder:
    "|,;~~~|Grants permission to create a conditional forwarder associated with your AWS directory",
  CreateDirectory: "|,;~~~|Grants permission to create a Simple AD directory",
  CreateHybridAD: "|,;~~~|Grants permission to create a Hybrid Managed AD directory",
  CreateIdentityPoolDirectory: "|,;~|Grants permission to create an IdentityPool Directory in the AWS cloud",
  CreateLogSubscription:
    "|,;~~~|Grants permission to create a subscription to forward real time Directory Service domain controller security logs to the specified CloudWatch log group in your AWS account",
  CreateMicrosoftAD: "|,;~~~|Grants permission to create a Microsoft AD in the AWS cloud",
  CreateSnapshot:
    "|,;~~~|Grants permission to create a snapshot of a Simple AD or Microsoft AD directory in the AWS cloud",
  CreateTrust:
    "|,;~~~|Grants permission to initiate the creation of the AWS side of a trust relationship between a Microsoft AD in the AWS cloud and an external domain",
  DeleteADAssessment: "|,;~~~|Grants permission to delete a directory assessment",
  DeleteConditionalForwarder:
    "|,;~~~|Grants permission to delete a conditional forwarder that has been set up for your AWS directory",
  DeleteDirectory: "|,;~~~|Grants permission to delete an AWS Directory Service directory",
  DeleteLogSubscription: "|,;~~~|Grants permission to delete the specified log subscription",
  DeleteSnapshot: "|,;~~~|Grants permission to delete a directory snapshot",
  DeleteTrust:
    "|,;~~~|Grants permission to delete an existing trust relationship between your Microsoft AD in the AWS cloud and an external domain",
  DeregisterCertificate:
    "|,;~~~|Grants permission to delete from the system the certificate that was registered for a secured LDAP connection",
  DeregisterEventTopic:
    "|,;~~~|Grants permission to remove the specified directory as a publisher to the specified SNS topic",
  DescribeADAssessment: "|,;~~~|Grants permission to describe a directory assessment",
  DescribeCAEnrollmentPolicy: "|,;~~~|Grants permission to describe the ca enrollment status of a specified directory",
  DescribeCertificate:
    "|,;~~~|Grants permission to display information about the certificate registered for a secured LDAP connection",
  DescribeClientAuthenticationSettings:
    "|,;~~~|Grants permission to retrieve information about the type of client authentication for the specified directory, if the type is specified. If no type is specified, information about all client authentication types that are supported for the specified directory is retrieved. Currently, only SmartCard is supported",
  DescribeConditionalForwarders:
    "|,;~~~|Grants permission to obtain information about the conditional forwarders for this account",
  DescribeDirectories:
    "|,;~~~|Grants permission to obtain information about the directories that belong to this account",
  DescribeDirectoryDataAccess:
    "|,;~~~|Grants permission to describe the Directory Service Data API status for the specified directory",
  DescribeDomainControllers:
    "|,;~~~|Grants permission to provide information about any domain controllers in your directory",
  DescribeEventTopics:
    "|,;~~~|Grants permission to obtain information about which SNS topics receive status messages from the specified directory",
  DescribeHybridADUpdate: "|,;~~~|Grants permission to describe the updates of a specified hybrid directory",
  DescribeLDAPSSettings: "|,;~~~|Grants permission to describe the status of LDAP security for the specified directory",
  DescribeRegions:
    "|,;~~~|Grants permission to provide information about the Regions that are configured for multi-Region replication",
  DescribeSettings:
    "|,;~~~|Grants permission to retrieve information about the configurable settings for the specified directory",
  DescribeSharedDirectories: "|,;~~~|Grants permission to return the shared directories in your account",
  DescribeSnapshots:
    "|,;~~~|Grants permission to obtain information about the directory snapshots that belong to this account",
  DescribeTrusts: "|,;~~~|Grants permission to obtain information about the trust relationships for this account",
  DescribeUpdateDirectory:
    "|,;~~~|Grants permission to describe the updates of a directory for a particular update type",
  DisableCAEnrollmentPolicy: "|,;~~~|Grants permission to disable the ca enrollment of a specified directory",
  DisableClientAuthentication:
    "|,;~~~|Grants permission to disable alternative client authentication methods for the specified directory",
  DisableDirectoryDataAccess:
    "|,;~~~|Grants permission to disable the Directory Service Data API for the specified directory",
  DisableLDAPS: "|,;~~~|Grants permission to deactivate LDAP secure calls for the specified directory",
  DisableRadius:
    "|,;~~~|Grants permission to disable multi-factor authentication (MFA) with the Remote Authentication Dial In User Service (RADIUS) server for an AD Connector directory",
  DisableRoleAccess:
    "|,;~|Grants permission to disable AWS Management Console access for identity in your AWS Directory",
  DisableSso: "|,;~~~|Grants permission to disable single-sign on for a directory",
  EnableCAEnrollmentPolicy: "|,;~~~|Grants permission to enable the ca enrollment of a specified directory",
  EnableClientAuthentication:
    "|,;~~~|Grants permission to enable alternative client authentication methods for the specified directory",
  EnableDirectoryDataAccess:
    "|,;~~~|Grants permission to enable the Directory Service Data API for the specified directory",
  EnableLDAPS:
    "|,;~~~|Grants permission to activate the switch for the specific directory to always use LDAP secure calls",
  EnableRadius:
    "|,;~~~|Grants permission to enable multi-factor authentication (MFA) with the Remote Authentication Dial In User Service (RADIUS) server for an AD Connector directory",
  EnableRoleAccess: "|,;~|Grants permission to enable AWS Management Console access for identity in your AWS Directory",
  EnableSso: "|,;~~~|Grants permission to enable single-sign on for a directory",
  GetAuthorizedApplicationDetails:
    "|,;~|Grants permission to retrieve the details of the authorized applications on a directory",
  GetDirectoryLimits: "|,;~~~|Grants permission to obtain directory limit information for the current region",
  GetSnapshotLimits: "|,;~~~|Grants permission to obtain the manual snapshot limits for a directory",
  ListADAssessments: "|,;~~~|Grants permission to list directory assessments",
  ListAuthorizedApplications: "|,;~|Grants permission to obtain the AWS applications authorized for a directory",
  ListCertificates:
    "|,;~~~|Grants permission to list all the certificates registered for a secured LDAP connection, for the specified directory",
  ListIpRoutes: "|,;~~~|Grants permission to list the address blocks that you have added to a directory",
  ListLogSubscriptions: "|,;~~~|Grants permission to list the active log subscriptions for the AWS account",
  ListSchemaExtensions: "|,;~~~|Grants permission to list all schema extensions applied to a Microsoft AD Directory",
  ListTagsForResource: "|,;~~~|Grants permission to list all tags on an Amazon Directory Services directory",
  RegisterCertificate: "|,;~~~|Grants permission to register a certificate for secured LDAP connection",
  RegisterEventTopic: "|,;~~~|Grants permission to associate a directory with an SNS topic",
  RejectSharedDirectory:
    "|,;~~~|Grants permission to reject a directory sharing request that was sent from the directory owner account",
  RemoveIpRoutes: "|,;~~~|Grants permission to remove IP address blocks from a directory",
  RemoveRegion:
    "|,;~~~|Grants permission to stop all replication and removes the domain controllers from the specified Region. You cannot remove the primary Region with this operation",
  RemoveTagsFromResource: "|,;~~~|Grants permission to remove tags from an Amazon Directory Services directory",
  ResetUserPassword:
    "|,;~~~|Grants permission to reset the password for any user in your AWS Managed Microsoft AD or Simple AD directory",
  RestoreFromSnapshot: "|,;~~~|Grants permission to restore a directory using an existing directory snapshot",
  ShareDirectory:
    "|,;~~~|Grants permission to share a specified directory in your AWS account (directory owner) with another AWS account (directory consumer). With this operation you can use your directory from any AWS account and from any Amazon VPC within an AWS Region",
  StartADAssessment: "|,;~~~|Grants permission to start a directory assessment",
  StartSchemaExtension: "|,;~~~|Grants permission to apply a schema extension to a Microsoft AD directory",
  UnauthorizeApplication: "|,;~|Grants permission to unauthorize an application from your AWS Directory",
  UnshareDirectory:
    "|,;~~~|Grants permission to stop the directory sharing between the directory owner and consumer accounts",
  UpdateAuthorizedApplication: "|,;~|Grants permission to update an authorized application for your AWS Directory",
  UpdateConditionalForwarder:
    "|,;~~~|Grants permission to update a conditional forwarder that has been set up for your AWS directory",
  UpdateDirectory:
    "|,;~|Grants permission to update the configurations like service account credentials or DNS server IP addresses for the specified directory",
  UpdateDirectorySetup: "|,;~~~|Grants permission to update the directory for a particular update type",
  UpdateHybridAD: "|,;~~~|Grants permission to update configurations for a specified hybrid directory",
  UpdateNumberOfDomainControllers:
    "|,;~~~|Grants permission to add or remove domain controllers to or from the directory. Based on the difference between current value and new value (provided through this API call), domain controllers will be added or removed. It may take up to 45 minutes for any new domain controllers to become fully active once the requested number of domain controllers is updated. During this time, you cannot make another update request",
  UpdateRadius:
    "|,;~~~|Grants permission to update the Remote Authentication Dial In User Service (RADIUS) server information for an AD Connector directory",
  UpdateSettings: "|,;~~~|Grants permission to update the configurable settings for the specified directory",
  UpdateTrust:
    "|,;~~~|Grants permission to update the trust that has been set up between your AWS Managed Microsoft AD directory and an on-premises Active Directory",
  VerifyTrust:
    "|,;~~~|Grants permission to verify a trust relationship between your Microsoft AD in the AWS cloud and an external domain",
};
const resourceTypeFacts = {
  /** The directory resource type: arn:${Partition}:ds:${Region}:${Account}:directory/${DirectoryId} */
  directory: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a directory resource: arn:${Partition}:ds:${Region}:${Account}:directory/${DirectoryId}. */
  directory: "|,directory|arn:|Partition|:ds:|Region|:|Account|:directory/|DirectoryId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["directory"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "ds">;
/** Any ds action. */
export type Action = ActionOf<typeof actionFacts, "ds">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "ds">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "ds" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every ds action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the value of the request to AWS DS. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by the AWS DS Resource being acted upon. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the tag keys that are passed in the request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by the value of the request to AWS DS",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by the AWS DS Resource being acted upon",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the tag keys that are passed in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "ds",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
