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
export const prefix: "redshift" = "redshift";
/** The service's name in the reference. */
export const serviceName: "Amazon Redshift" = "Amazon Redshift";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Redshift",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonredshift.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "redshift:AllowWrites",
  "redshift:ConsumerArn",
  "redshift:ConsumerIdentifier",
  "redshift:DbName",
  "redshift:DbUser",
  "redshift:DurationSeconds",
  "redshift:InboundIntegrationArn",
  "redshift:IntegrationSourceArn",
  "redshift:IntegrationTargetArn",
] as const;
const dependentActionList = [
  "acm:DescribeCertificate",
  "iam:PassRole",
  "kms:CreateGrant",
  "kms:Decrypt",
  "kms:DescribeKey",
  "kms:GenerateDataKey",
  "kms:RetireGrant",
  "redshift:AssociateDataShareConsumer",
  "redshift:CreateTags",
  "redshift:PauseCluster",
  "redshift:RegisterNamespace",
  "redshift:ResizeCluster",
  "redshift:ResumeCluster",
  "secretsmanager:CreateSecret",
  "secretsmanager:DeleteSecret",
  "secretsmanager:DescribeSecret",
  "secretsmanager:GetRandomPassword",
  "secretsmanager:RotateSecret",
  "secretsmanager:TagResource",
  "secretsmanager:UpdateSecret",
  "sso:CreateApplication",
  "sso:DeleteApplication",
  "sso:GetApplicationGrant",
  "sso:ListApplicationAccessScopes",
  "sso:PutApplicationAccessScope",
  "sso:PutApplicationAuthenticationMethod",
  "sso:PutApplicationGrant",
  "sso:UpdateApplication",
] as const;
const actionFacts = {
  /** Grants permission to exchange a DC1 reserved node for a DC2 reserved node with no changes to the configuration. Access level: Write. https://docs.aws.amazon.com/redshift/latest/APIReference/API_AcceptReservedNodeExchange.html */
  AcceptReservedNodeExchange: "W||||||;",
  /** Grants permission to add a partner integration to a cluster. Access level: Write. https://docs.aws.amazon.com/redshift/latest/APIReference/API_AddPartner.html */
  AddPartner: "W|||||redshift:DeletePartner|;",
  /** Grants permission to associate a consumer to a datashare. Access level: Write. Resources: datashare*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_AssociateDataShareConsumer.html */
  AssociateDataShareConsumer: "W|||1;1;|3,4||;,CreateCluster,ModifyLakehouseConfiguration,RestoreFromClusterSnapshot",
  /** Grants permission to add an inbound (ingress) rule to an Amazon Redshift security group. Access level: Write. Resources: securitygroup*, securitygroupingress-ec2securitygroup*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_AuthorizeClusterSecurityGroupIngress.html */
  AuthorizeClusterSecurityGroupIngress: "W|||13;1;,15;1;|||;",
  /** Grants permission to authorize the specified datashare consumer to consume a datashare. Access level: Permissions management. Resources: datashare*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_AuthorizeDataShare.html */
  AuthorizeDataShare: "P|||1;1;|3,5||;",
  /** Grants permission to authorize endpoint related activities for redshift-managed vpc endpoint. Access level: Permissions management. Resources: cluster. https://docs.aws.amazon.com/redshift/latest/APIReference/API_AuthorizeEndpointAccess.html */
  AuthorizeEndpointAccess: "P|||0;0;|||;",
  /** Grants permission to Amazon Redshift to continuously validate that the target namespace can receive data replicated from the source ARN. Access level: Write. Resources: namespace*. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/zero-etl-using.setting-up.html */
  AuthorizeInboundIntegration: "W||1|9;1;|||",
  /** Grants permission to the specified AWS account to restore a snapshot. Access level: Permissions management. Resources: cluster, snapshot*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_AuthorizeSnapshotAccess.html */
  AuthorizeSnapshotAccess: "P|||0;0;,16;1;|||;",
  /** Grants permission to delete snapshots in a batch of size upto 100. Access level: Write. Resources: snapshot*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_BatchDeleteClusterSnapshots.html */
  BatchDeleteClusterSnapshots: "W|||16;1;|||;",
  /** Grants permission to modify settings for a list of snapshots. Access level: Write. Resources: snapshot*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_BatchModifyClusterSnapshots.html */
  BatchModifyClusterSnapshots: "W|||16;1;|||;",
  /** Grants permission to cancel a query through the Amazon Redshift console. Access level: Write. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  CancelQuery: "W||1||||",
  /** Grants permission to see queries in the Amazon Redshift console. Access level: Write. Resources: cluster. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  CancelQuerySession: "W||1|0;0;|||",
  /** Grants permission to cancel a resize operation. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_CancelResize.html */
  CancelResize: "W|||0;1;|||;",
  /** Grants permission to copy a cluster snapshot. Access level: Write. Resources: cluster, snapshot*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_CopyClusterSnapshot.html */
  CopyClusterSnapshot: "W|||0;0;,16;1;|0,2||;",
  /** Grants permission to create an Amazon Redshift authentication profile. Access level: Write. https://docs.aws.amazon.com/redshift/latest/APIReference/API_CreateAuthenticationProfile.html */
  CreateAuthenticationProfile: "W||||||;",
  /** Grants permission to create a cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_CreateCluster.html */
  CreateCluster: "W|||0;1;|0,2|1,2,3,4,5,6,7,8,10,13,14,15,16,17,18,19|;",
  /** Grants permission to create an Amazon Redshift parameter group. Access level: Write. Resources: parametergroup*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_CreateClusterParameterGroup.html */
  CreateClusterParameterGroup: "W|||10;1;|0,2|8|;",
  /** Grants permission to create an Amazon Redshift security group. Access level: Write. Resources: securitygroup*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_CreateClusterSecurityGroup.html */
  CreateClusterSecurityGroup: "W|||13;1;|0,2||",
  /** Grants permission to create a manual snapshot of the specified cluster. Access level: Write. Resources: cluster, snapshot*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_CreateClusterSnapshot.html */
  CreateClusterSnapshot: "W|||0;0;,16;1;|0,2|8|;,DeleteCluster",
  /** Grants permission to create an Amazon Redshift subnet group. Access level: Write. Resources: subnetgroup*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_CreateClusterSubnetGroup.html */
  CreateClusterSubnetGroup: "W|||19;1;|0,2|8|;",
  /** Grants permission to automatically create the specified Amazon Redshift user if it does not exist. Access level: Permissions management. Resources: dbuser*. https://docs.aws.amazon.com/redshift/latest/mgmt/generating-iam-credentials-role-permissions.html */
  CreateClusterUser: "P|||4;1;|7||GetClusterCredentials",
  /** Grants permission to create a custom domain name for a cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_CreateCustomDomainAssociation.html */
  CreateCustomDomainAssociation: "W|||0;1;||0|;",
  /** Grants permission to create a redshift-managed vpc endpoint. Access level: Write. Resources: cluster. https://docs.aws.amazon.com/redshift/latest/APIReference/API_CreateEndpointAccess.html */
  CreateEndpointAccess: "W|||0;0;|||;",
  /** Grants permission to create an Amazon Redshift event notification subscription. Access level: Write. Resources: eventsubscription*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_CreateEventSubscription.html */
  CreateEventSubscription: "W|||5;1;|0,2|8|;",
  /** Grants permission to create an HSM client certificate that a cluster uses to connect to an HSM. Access level: Write. Resources: hsmclientcertificate*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_CreateHsmClientCertificate.html */
  CreateHsmClientCertificate: "W|||6;1;|0,2|8|;",
  /** Grants permission to create an HSM configuration that contains information required by a cluster to store and use database encryption keys in a hardware security module (HSM). Access level: Write. Resources: hsmconfiguration*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_CreateHsmConfiguration.html */
  CreateHsmConfiguration: "W|||7;1;|0,2|8|;",
  /** Grants permission to the source principal to create an integration into the namespace of target data warehouse. Access level: Write. Resources: namespace*. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/zero-etl-using.setting-up.html */
  CreateInboundIntegration: "W||1|9;1;|||",
  /** Grants permission to create an Amazon Redshift zero-ETL integration. Access level: Write. Resources: integration*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_CreateIntegration.html */
  CreateIntegration: "W|||8;1;|0,2,10,11|2,4,8|;",
  /** Grants permission to create a qev2 idc application. Access level: Write. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-iam-access-control-idp-connect.html */
  CreateQev2IdcApplication: "W||1|||20,24,25,26|",
  /** Grants permission to create a redshift idc application. Access level: Write. https://docs.aws.amazon.com/redshift/latest/APIReference/API_CreateRedshiftIdcApplication.html */
  CreateRedshiftIdcApplication: "W|||||8,20,24,25,26|;",
  /** Grants permission to create saved SQL queries through the Amazon Redshift console. Access level: Write. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  CreateSavedQuery: "W||1||||",
  /** Grants permission to create an Amazon Redshift scheduled action. Access level: Write. https://docs.aws.amazon.com/redshift/latest/APIReference/API_CreateScheduledAction.html */
  CreateScheduledAction: "W|||||1,9,11,12|;",
  /** Grants permission to create a snapshot copy grant and encrypt copied snapshots in a destination AWS Region. Access level: Permissions management. Resources: snapshotcopygrant*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_CreateSnapshotCopyGrant.html */
  CreateSnapshotCopyGrant: "P|||17;1;|0,2|8|;",
  /** Grants permission to create a snapshot schedule. Access level: Write. Resources: snapshotschedule*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_CreateSnapshotSchedule.html */
  CreateSnapshotSchedule: "W|||18;1;|0,2|8|;",
  /** Grants permission to add one or more tags to a specified resource. Access level: Tagging. Resources: cluster, eventsubscription, hsmclientcertificate, hsmconfiguration, integration, parametergroup, securitygroup, securitygroupingress-cidr, securitygroupingress-ec2securitygroup, snapshot, snapshotcopygrant, snapshotschedule, subnetgroup, usagelimit. https://docs.aws.amazon.com/redshift/latest/APIReference/API_CreateTags.html */
  CreateTags:
    "T|||0;0;,5;0;,6;0;,7;0;,8;0;,10;0;,13;0;,14;0;,15;0;,16;0;,17;0;,18;0;,19;0;,20;0;|0,2|redshift:DeleteTags|CreateCluster,CreateClusterParameterGroup,CreateClusterSnapshot,CreateClusterSubnetGroup,CreateEventSubscription,CreateHsmClientCertificate,CreateHsmConfiguration,CreateIntegration,CreateRedshiftIdcApplication,CreateSnapshotCopyGrant,CreateSnapshotSchedule,;,CreateUsageLimit",
  /** Grants permission to create a usage limit. Access level: Write. Resources: cluster, usagelimit*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_CreateUsageLimit.html */
  CreateUsageLimit: "W|||0;0;,20;1;|0,2|8|;",
  /** Grants permission to remove permission from the specified datashare consumer to consume a datashare. Access level: Permissions management. Resources: datashare*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_DeauthorizeDataShare.html */
  DeauthorizeDataShare: "P|||1;1;|5||;",
  /** Grants permission to delete an Amazon Redshift authentication profile. Access level: Write. API_DeleteAuthenticationProfile.html */
  DeleteAuthenticationProfile: "W||||||;",
  /** Grants permission to delete a previously provisioned cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_DeleteCluster.html */
  DeleteCluster: "W|||0;1;||redshift:CreateClusterSnapshot|;",
  /** Grants permission to delete an Amazon Redshift parameter group. Access level: Write. Resources: parametergroup*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_DeleteClusterParameterGroup.html */
  DeleteClusterParameterGroup: "W|||10;1;|||;",
  /** Grants permission to delete an Amazon Redshift security group. Access level: Write. Resources: securitygroup*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_DeleteClusterSecurityGroup.html */
  DeleteClusterSecurityGroup: "W|||13;1;|||;",
  /** Grants permission to delete a manual snapshot. Access level: Write. Resources: cluster, snapshot*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_DeleteClusterSnapshot.html */
  DeleteClusterSnapshot: "W|||0;0;,16;1;|||;",
  /** Grants permission to delete a cluster subnet group. Access level: Write. Resources: subnetgroup*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_DeleteClusterSubnetGroup.html */
  DeleteClusterSubnetGroup: "W|||19;1;|||;",
  /** Grants permission to delete a custom domain name for a cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_DeleteCustomDomainAssociation.html */
  DeleteCustomDomainAssociation: "W|||0;1;|||;",
  /** Grants permission to delete a redshift-managed vpc endpoint. Access level: Write. https://docs.aws.amazon.com/redshift/latest/APIReference/API_DeleteEndpointAccess.html */
  DeleteEndpointAccess: "W||||||;",
  /** Grants permission to delete an Amazon Redshift event notification subscription. Access level: Write. Resources: eventsubscription*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_DeleteEventSubscription.html */
  DeleteEventSubscription: "W|||5;1;|||;",
  /** Grants permission to delete an HSM client certificate. Access level: Write. Resources: hsmclientcertificate*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_DeleteHsmClientCertificate.html */
  DeleteHsmClientCertificate: "W|||6;1;|||;",
  /** Grants permission to delete an Amazon Redshift HSM configuration. Access level: Write. Resources: hsmconfiguration*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_DeleteHsmConfiguration.html */
  DeleteHsmConfiguration: "W|||7;1;|||;",
  /** Grants permission to delete an Amazon Redshift zero-ETL integration. Access level: Write. Resources: integration*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_DeleteIntegration.html */
  DeleteIntegration: "W|||8;1;|1||;",
  /** Grants permission to delete a partner integration from a cluster. Access level: Write. Resources: cluster. https://docs.aws.amazon.com/redshift/latest/APIReference/API_DeletePartner.html */
  DeletePartner: "W|||0;0;|||AddPartner,;",
  /** Grants permission to delete a qev2 idc application. Access level: Write. Resources: qev2idcapplication*. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-iam-access-control-idp-connect.html */
  DeleteQev2IdcApplication: "W||1|11;1;||21|",
  /** Grants permission to delete a redshift idc application. Access level: Write. Resources: redshiftidcapplication*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_DeleteRedshiftIdcApplication.html */
  DeleteRedshiftIdcApplication: "W|||12;1;||21|;",
  /** Grants permission to delete the resource policy for a specified resource. Access level: Permissions management. Resources: namespace*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_DeleteResourcePolicy.html */
  DeleteResourcePolicy: "P|||9;1;|||;",
  /** Grants permission to delete saved SQL queries through the Amazon Redshift console. Access level: Write. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  DeleteSavedQueries: "W||1||||",
  /** Grants permission to delete an Amazon Redshift scheduled action. Access level: Write. API_DeleteScheduledAction.html */
  DeleteScheduledAction: "W||||||;",
  /** Grants permission to delete a snapshot copy grant. Access level: Write. Resources: snapshotcopygrant*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_DeleteSnapshotCopyGrant.html */
  DeleteSnapshotCopyGrant: "W|||17;1;|||;",
  /** Grants permission to delete a snapshot schedule. Access level: Write. Resources: snapshotschedule*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_DeleteSnapshotSchedule.html */
  DeleteSnapshotSchedule: "W|||18;1;|||;",
  /** Grants permission to delete a tag or tags from a resource. Access level: Tagging. Resources: cluster, eventsubscription, hsmclientcertificate, hsmconfiguration, integration, parametergroup, securitygroup, securitygroupingress-cidr, securitygroupingress-ec2securitygroup, snapshot, snapshotcopygrant, snapshotschedule, subnetgroup, usagelimit. https://docs.aws.amazon.com/redshift/latest/APIReference/API_DeleteTags.html */
  DeleteTags: "T|||0;0;,5;0;,6;0;,7;0;,8;0;,10;0;,13;0;,14;0;,15;0;,16;0;,17;0;,18;0;,19;0;,20;0;|2||CreateTags,;",
  /** Grants permission to delete a usage limit. Access level: Write. Resources: usagelimit*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_DeleteUsageLimit.html */
  DeleteUsageLimit: "W|||20;1;|||;",
  /** Grants permission to deregister the specified namespace from a consumer. Access level: Write. https://docs.aws.amazon.com/redshift/latest/APIReference/API_DeregisterNamespace.html */
  DeregisterNamespace: "W||||||;,ModifyLakehouseConfiguration",
  /** Grants permission to describe attributes attached to the specified AWS account. Access level: Read. https://docs.aws.amazon.com/redshift/latest/APIReference/API_DescribeAccountAttributes.html */
  DescribeAccountAttributes: "R||||||;",
  /** Grants permission to describe created Amazon Redshift authentication profiles. Access level: Read. API_DescribeAuthenticationProfiles.html */
  DescribeAuthenticationProfiles: "R||||||;",
  /** Grants permission to describe the list of resources that are denylisted from global autonomics decisions for a specified cluster. Access level: Read. Resources: cluster*. Permission only. https://docs.aws.amazon.com/redshift/latest/dg/t_Manage_workload_exclusion.html */
  DescribeAutonomicsDenylist: "R||1|0;1;|||",
  /** Grants permission to describe database revisions for a cluster. Access level: List. https://docs.aws.amazon.com/redshift/latest/APIReference/API_DescribeClusterDbRevisions.html */
  DescribeClusterDbRevisions: "L||||||;",
  /** Grants permission to describe Amazon Redshift parameter groups, including parameter groups you created and the default parameter group. Access level: Read. https://docs.aws.amazon.com/redshift/latest/APIReference/API_DescribeClusterParameterGroups.html */
  DescribeClusterParameterGroups: "R||||||;",
  /** Grants permission to describe parameters contained within an Amazon Redshift parameter group. Access level: Read. Resources: parametergroup*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_DescribeClusterParameters.html */
  DescribeClusterParameters: "R|||10;1;|||;",
  /** Grants permission to describe Amazon Redshift security groups. Access level: Read. https://docs.aws.amazon.com/redshift/latest/APIReference/API_DescribeClusterSecurityGroups.html */
  DescribeClusterSecurityGroups: "R||||||;",
  /** Grants permission to describe one or more snapshot objects, which contain metadata about your cluster snapshots. Access level: Read. Resources: cluster. https://docs.aws.amazon.com/redshift/latest/APIReference/API_DescribeClusterSnapshots.html */
  DescribeClusterSnapshots: "R|||0;0;|||;",
  /** Grants permission to describe one or more cluster subnet group objects, which contain metadata about your cluster subnet groups. Access level: Read. https://docs.aws.amazon.com/redshift/latest/APIReference/API_DescribeClusterSubnetGroups.html */
  DescribeClusterSubnetGroups: "R||||||;",
  /** Grants permission to describe available maintenance tracks. Access level: List. https://docs.aws.amazon.com/redshift/latest/APIReference/API_DescribeClusterTracks.html */
  DescribeClusterTracks: "L||||||;",
  /** Grants permission to describe available Amazon Redshift cluster versions. Access level: Read. https://docs.aws.amazon.com/redshift/latest/APIReference/API_DescribeClusterVersions.html */
  DescribeClusterVersions: "R||||||;",
  /** Grants permission to describe properties of provisioned clusters. Access level: List. Resources: cluster. https://docs.aws.amazon.com/redshift/latest/APIReference/API_DescribeClusters.html */
  DescribeClusters: "L|||0;0;|||;",
  /** Grants permission to describe custom domain names for a cluster. Access level: List. https://docs.aws.amazon.com/redshift/latest/APIReference/API_DescribeCustomDomainAssociations.html */
  DescribeCustomDomainAssociations: "L||||||;",
  /** Grants permission to describe datashares created and consumed by your clusters. Access level: Read. https://docs.aws.amazon.com/redshift/latest/APIReference/API_DescribeDataShares.html */
  DescribeDataShares: "R||||||;",
  /** Grants permission to describe only datashares consumed by your clusters. Access level: Read. https://docs.aws.amazon.com/redshift/latest/APIReference/API_DescribeDataSharesForConsumer.html */
  DescribeDataSharesForConsumer: "R||||||;",
  /** Grants permission to describe only datashares created by your clusters. Access level: Read. https://docs.aws.amazon.com/redshift/latest/APIReference/API_DescribeDataSharesForProducer.html */
  DescribeDataSharesForProducer: "R||||||;",
  /** Grants permission to describe parameter settings for a parameter group family. Access level: Read. https://docs.aws.amazon.com/redshift/latest/APIReference/API_DescribeDefaultClusterParameters.html */
  DescribeDefaultClusterParameters: "R||||||;",
  /** Grants permission to describe redshift-managed vpc endpoints. Access level: Read. Resources: cluster. https://docs.aws.amazon.com/redshift/latest/APIReference/API_DescribeEndpointAccess.html */
  DescribeEndpointAccess: "R|||0;0;|||;",
  /** Grants permission to authorize describe activity for redshift-managed vpc endpoint. Access level: List. Resources: cluster. https://docs.aws.amazon.com/redshift/latest/APIReference/API_DescribeEndpointAuthorization.html */
  DescribeEndpointAuthorization: "L|||0;0;|||;",
  /** Grants permission to describe event categories for all event source types, or for a specified source type. Access level: Read. https://docs.aws.amazon.com/redshift/latest/APIReference/API_DescribeEventCategories.html */
  DescribeEventCategories: "R||||||;",
  /** Grants permission to describe Amazon Redshift event notification subscriptions for the specified AWS account. Access level: Read. https://docs.aws.amazon.com/redshift/latest/APIReference/API_DescribeEventSubscriptions.html */
  DescribeEventSubscriptions: "R||||||;",
  /** Grants permission to describe events related to clusters, security groups, snapshots, and parameter groups for the past 14 days. Access level: List. https://docs.aws.amazon.com/redshift/latest/APIReference/API_DescribeEvents.html */
  DescribeEvents: "L||||||;",
  /** Grants permission to describe HSM client certificates. Access level: Read. https://docs.aws.amazon.com/redshift/latest/APIReference/API_DescribeHsmClientCertificates.html */
  DescribeHsmClientCertificates: "R||||||;",
  /** Grants permission to describe Amazon Redshift HSM configurations. Access level: Read. https://docs.aws.amazon.com/redshift/latest/APIReference/API_DescribeHsmConfigurations.html */
  DescribeHsmConfigurations: "R||||||;",
  /** Grants permission to list the inbound integrations. Access level: List. https://docs.aws.amazon.com/redshift/latest/APIReference/API_DescribeInboundIntegrations.html */
  DescribeInboundIntegrations: "L||||9||;",
  /** Grants permission to describe an Amazon Redshift zero-ETL integration. Access level: List. Resources: integration*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_DescribeIntegrations.html */
  DescribeIntegrations: "L|||8;1;|1||;",
  /** Grants permission to describe whether information, such as queries and connection attempts, is being logged for a cluster. Access level: Read. Resources: cluster*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_DescribeLoggingStatus.html */
  DescribeLoggingStatus: "R|||0;1;|||;",
  /** Grants permission to describe properties of possible node configurations such as node type, number of nodes, and disk usage for the specified action type. Access level: List. Resources: cluster. https://docs.aws.amazon.com/redshift/latest/APIReference/API_DescribeNodeConfigurationOptions.html */
  DescribeNodeConfigurationOptions: "L|||0;0;|||;",
  /** Grants permission to describe orderable cluster options. Access level: Read. https://docs.aws.amazon.com/redshift/latest/APIReference/API_DescribeOrderableClusterOptions.html */
  DescribeOrderableClusterOptions: "R||||||;",
  /** Grants permission to retrieve information about the partner integrations defined for a cluster. Access level: Read. Resources: cluster. https://docs.aws.amazon.com/redshift/latest/APIReference/API_DescribePartners.html */
  DescribePartners: "R|||0;0;|||;",
  /** Grants permission to describe qev2 idc applications. Access level: List. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-iam-access-control-idp-connect.html */
  DescribeQev2IdcApplications: "L||1||||",
  /** Grants permission to describe a query through the Amazon Redshift console. Access level: Read. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  DescribeQuery: "R||1||||",
  /** Grants permission to describe redshift idc applications. Access level: List. https://docs.aws.amazon.com/redshift/latest/APIReference/API_DescribeRedshiftIdcApplications.html */
  DescribeRedshiftIdcApplications: "L|||||22,23|;",
  /** Grants permission to describe exchange status details and associated metadata for a reserved-node exchange. Statuses include such values as in progress and requested. Access level: Read. https://docs.aws.amazon.com/redshift/latest/APIReference/API_DescribeReservedNodeExchangeStatus.html */
  DescribeReservedNodeExchangeStatus: "R||||||;",
  /** Grants permission to describe available reserved node offerings by Amazon Redshift. Access level: Read. https://docs.aws.amazon.com/redshift/latest/APIReference/API_DescribeReservedNodeOfferings.html */
  DescribeReservedNodeOfferings: "R||||||;",
  /** Grants permission to describe the reserved nodes. Access level: Read. https://docs.aws.amazon.com/redshift/latest/APIReference/API_DescribeReservedNodes.html */
  DescribeReservedNodes: "R||||||;",
  /** Grants permission to describe the last resize operation for a cluster. Access level: Read. Resources: cluster*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_DescribeResize.html */
  DescribeResize: "R|||0;1;|||;",
  /** Grants permission to describe saved queries through the Amazon Redshift console. Access level: Read. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  DescribeSavedQueries: "R||1||||",
  /** Grants permission to describe created Amazon Redshift scheduled actions. Access level: Read. API_DescribeScheduledActions.html */
  DescribeScheduledActions: "R||||||;",
  /** Grants permission to describe snapshot copy grants owned by the specified AWS account in the destination AWS Region. Access level: Read. https://docs.aws.amazon.com/redshift/latest/APIReference/API_DescribeSnapshotCopyGrants.html */
  DescribeSnapshotCopyGrants: "R||||||;",
  /** Grants permission to describe snapshot schedules. Access level: Read. Resources: cluster, snapshotschedule*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_DescribeSnapshotSchedules.html */
  DescribeSnapshotSchedules: "R|||0;0;,18;1;|||;",
  /** Grants permission to describe account level backups storage size and provisional storage. Access level: Read. https://docs.aws.amazon.com/redshift/latest/APIReference/API_DescribeStorage.html */
  DescribeStorage: "R||||||;",
  /** Grants permission to describe a table through the Amazon Redshift console. Access level: Read. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  DescribeTable: "R||1||||",
  /** Grants permission to describe status of one or more table restore requests made using the RestoreTableFromClusterSnapshot API action. Access level: Read. Resources: cluster. https://docs.aws.amazon.com/redshift/latest/APIReference/API_DescribeTableRestoreStatus.html */
  DescribeTableRestoreStatus: "R|||0;0;|||;",
  /** Grants permission to describe tags. Access level: Read. Resources: cluster, eventsubscription, hsmclientcertificate, hsmconfiguration, integration, parametergroup, securitygroup, securitygroupingress-cidr, securitygroupingress-ec2securitygroup, snapshot, snapshotcopygrant, snapshotschedule, subnetgroup, usagelimit. https://docs.aws.amazon.com/redshift/latest/APIReference/API_DescribeTags.html */
  DescribeTags: "R|||0;0;,5;0;,6;0;,7;0;,8;0;,10;0;,13;0;,14;0;,15;0;,16;0;,17;0;,18;0;,19;0;,20;0;|||;",
  /** Grants permission to describe usage limits. Access level: Read. Resources: cluster, usagelimit*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_DescribeUsageLimits.html */
  DescribeUsageLimits: "R|||0;0;,20;1;|||;",
  /** Grants permission to disable logging information, such as queries and connection attempts, for a cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_DisableLogging.html */
  DisableLogging: "W|||0;1;|||;",
  /** Grants permission to disable the automatic copy of snapshots for a cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_DisableSnapshotCopy.html */
  DisableSnapshotCopy: "W|||0;1;|||;",
  /** Grants permission to disassociate a consumer from a datashare. Access level: Write. Resources: datashare*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_DisassociateDataShareConsumer.html */
  DisassociateDataShareConsumer: "W|||1;1;|4||;",
  /** Grants permission to enable logging information, such as queries and connection attempts, for a cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_EnableLogging.html */
  EnableLogging: "W|||0;1;|||;",
  /** Grants permission to enable the automatic copy of snapshots for a cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_EnableSnapshotCopy.html */
  EnableSnapshotCopy: "W|||0;1;|||;",
  /** Grants permission to execute a query through the Amazon Redshift console. Access level: Write. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  ExecuteQuery: "W||1||||",
  /** Grants permission to failover the primary compute of an Multi-AZ cluster to another AZ. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_FailoverPrimaryCompute.html */
  FailoverPrimaryCompute: "W|||0;1;|||;",
  /** Grants permission to fetch query results through the Amazon Redshift console. Access level: Read. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  FetchResults: "R||1||||",
  /** Grants permission to get temporary credentials to access an Amazon Redshift database by the specified AWS account. Access level: Write. Resources: dbname, dbuser*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_GetClusterCredentials.html */
  GetClusterCredentials: "W|||3;0;,4;1;|6,7,8|redshift:CreateClusterUser,redshift:JoinGroup|;",
  /** Grants permission to get enhanced temporary credentials to access an Amazon Redshift database by the specified AWS account. Access level: Write. Resources: dbname. https://docs.aws.amazon.com/redshift/latest/APIReference/API_GetClusterCredentialsWithIAM.html */
  GetClusterCredentialsWithIAM: "W|||3;0;|6,8||;",
  /** Grants permission to get an authorized token for Identity Center users to access Redshift clusters. Access level: Read. Resources: cluster*. https://docs.aws.amazon.com/redshift/latest/mgmt/identity-center-authentication.html */
  GetIdentityCenterAuthToken: "R|||0;1;|||;",
  /** Grants permission to get the configuration options for the reserved-node exchange. Access level: Read. Resources: cluster. https://docs.aws.amazon.com/redshift/latest/APIReference/API_GetReservedNodeExchangeConfigurationOptions.html */
  GetReservedNodeExchangeConfigurationOptions: "R|||0;0;|||;",
  /** Grants permission to get an array of DC2 ReservedNodeOfferings that matches the payment type, term, and usage price of the given DC1 reserved node. Access level: Read. https://docs.aws.amazon.com/redshift/latest/APIReference/API_GetReservedNodeExchangeOfferings.html */
  GetReservedNodeExchangeOfferings: "R||||||;",
  /** Grants permission to get the resource policy for a specified resource. Access level: Read. Resources: namespace*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_GetResourcePolicy.html */
  GetResourcePolicy: "R|||9;1;|||;",
  /** Grants permission to join the specified Amazon Redshift group. Access level: Permissions management. Resources: dbgroup*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_GetClusterCredentials.html */
  JoinGroup: "P|||2;1;|||GetClusterCredentials",
  /** Grants permission to list databases through the Amazon Redshift console. Access level: List. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  ListDatabases: "L||1||||",
  /** Grants permission to list Advisor recommendations. Access level: List. Resources: cluster. API_ListRecommendations.html */
  ListRecommendations: "L|||0;0;||redshift:ViewQueriesInConsole|;",
  /** Grants permission to list saved queries through the Amazon Redshift console. Access level: List. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  ListSavedQueries: "L||1||||",
  /** Grants permission to list schemas through the Amazon Redshift console. Access level: List. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  ListSchemas: "L||1||||",
  /** Grants permission to list tables through the Amazon Redshift console. Access level: List. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  ListTables: "L||1||||",
  /** Grants permission to modify the AQUA configuration of a cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_ModifyAquaConfiguration.html */
  ModifyAquaConfiguration: "W|||0;1;|||;",
  /** Grants permission to modify an existing Amazon Redshift authentication profile. Access level: Write. https://docs.aws.amazon.com/redshift/latest/APIReference/API_ModifyAuthenticationProfile.html */
  ModifyAuthenticationProfile: "W||||||;",
  /** Grants permission to add or remove resources from the global autonomics denylist for a specified cluster. Access level: Write. Resources: cluster*. Permission only. https://docs.aws.amazon.com/redshift/latest/dg/t_Manage_workload_exclusion.html */
  ModifyAutonomicsDenylist: "W||1|0;1;|||",
  /** Grants permission to modify the settings of a cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_ModifyCluster.html */
  ModifyCluster: "W|||0;1;||0,2,3,4,5,6,13,14,15,16,17,18,19|;",
  /** Grants permission to modify the database revision of a cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_ModifyClusterDbRevision.html */
  ModifyClusterDbRevision: "W|||0;1;|||;",
  /** Grants permission to modify the list of AWS Identity and Access Management (IAM) roles that can be used by a cluster to access other AWS services. Access level: Permissions management. Resources: cluster*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_ModifyClusterIamRoles.html */
  ModifyClusterIamRoles: "P|||0;1;||1|;",
  /** Grants permission to modify the maintenance settings of a cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_ModifyClusterMaintenance.html */
  ModifyClusterMaintenance: "W|||0;1;|||;",
  /** Grants permission to modify the parameters of a parameter group. Access level: Write. Resources: parametergroup*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_ModifyClusterParameterGroup.html */
  ModifyClusterParameterGroup: "W|||10;1;|||;",
  /** Grants permission to modify the settings of a snapshot. Access level: Write. Resources: snapshot*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_ModifyClusterSnapshot.html */
  ModifyClusterSnapshot: "W|||16;1;|||;",
  /** Grants permission to modify a snapshot schedule for a cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_ModifyClusterSnapshotSchedule.html */
  ModifyClusterSnapshotSchedule: "W|||0;1;|||;",
  /** Grants permission to modify a cluster subnet group to include the specified list of VPC subnets. Access level: Write. Resources: subnetgroup*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_ModifyClusterSubnetGroup.html */
  ModifyClusterSubnetGroup: "W|||19;1;|||;",
  /** Grants permission to modify a custom domain name for a cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_ModifyCustomDomainAssociation.html */
  ModifyCustomDomainAssociation: "W|||0;1;||0|;",
  /** Grants permission to modify a redshift-managed vpc endpoint. Access level: Write. https://docs.aws.amazon.com/redshift/latest/APIReference/API_ModifyEndpointAccess.html */
  ModifyEndpointAccess: "W||||||;",
  /** Grants permission to modify an existing Amazon Redshift event notification subscription. Access level: Write. Resources: eventsubscription*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_ModifyEventSubscription.html */
  ModifyEventSubscription: "W|||5;1;|||;",
  /** Grants permission to modify an Amazon Redshift zero-ETL integration. Access level: Write. Resources: integration*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_ModifyIntegration.html */
  ModifyIntegration: "W|||8;1;|1||;",
  /** Grants permission to modify a qev2 idc application. Access level: Write. Resources: qev2idcapplication*. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-iam-access-control-idp-connect.html */
  ModifyQev2IdcApplication: "W||1|11;1;||27|",
  /** Grants permission to modify a redshift idc application. Access level: Write. Resources: redshiftidcapplication*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_ModifyRedshiftIdcApplication.html */
  ModifyRedshiftIdcApplication:
    "W|||12;1;||sso:DeleteApplicationAccessScope,sso:DeleteApplicationGrant,22,23,24,26,27|;",
  /** Grants permission to modify an existing saved query through the Amazon Redshift console. Access level: Write. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  ModifySavedQuery: "W||1||||",
  /** Grants permission to modify an existing Amazon Redshift scheduled action. Access level: Write. https://docs.aws.amazon.com/redshift/latest/APIReference/API_ModifyScheduledAction.html */
  ModifyScheduledAction: "W|||||1,9,11,12|;",
  /** Grants permission to modify the number of days to retain snapshots in the destination AWS Region after they are copied from the source AWS Region. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_ModifySnapshotCopyRetentionPeriod.html */
  ModifySnapshotCopyRetentionPeriod: "W|||0;1;|||;",
  /** Grants permission to modify a snapshot schedule. Access level: Write. Resources: snapshotschedule*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_ModifySnapshotSchedule.html */
  ModifySnapshotSchedule: "W|||18;1;|||;",
  /** Grants permission to modify a usage limit. Access level: Write. Resources: usagelimit*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_ModifyUsageLimit.html */
  ModifyUsageLimit: "W|||20;1;|||;",
  /** Grants permission to pause a cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_PauseCluster.html */
  PauseCluster: "W|||0;1;|||CreateScheduledAction,ModifyScheduledAction,;",
  /** Grants permission to purchase a reserved node. Access level: Write. https://docs.aws.amazon.com/redshift/latest/APIReference/API_PurchaseReservedNodeOffering.html */
  PurchaseReservedNodeOffering: "W||||||;",
  /** Grants permission to update the resource policy for a specified resource. Access level: Permissions management. Resources: namespace*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_PutResourcePolicy.html */
  PutResourcePolicy: "P|||9;1;|||;",
  /** Grants permission to reboot a cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_RebootCluster.html */
  RebootCluster: "W|||0;1;|||;",
  /** Grants permission to register the specified namespace to a consumer. Access level: Write. https://docs.aws.amazon.com/redshift/latest/APIReference/API_RegisterNamespace.html */
  RegisterNamespace: "W||||||CreateCluster,ModifyLakehouseConfiguration,;,RestoreFromClusterSnapshot",
  /** Grants permission to decline a datashare shared from another account. Access level: Permissions management. Resources: datashare*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_RejectDataShare.html */
  RejectDataShare: "P|||1;1;|||;",
  /** Grants permission to set one or more parameters of a parameter group to their default values and set the source values of the parameters to "engine-default". Access level: Write. Resources: parametergroup*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_ResetClusterParameterGroup.html */
  ResetClusterParameterGroup: "W|||10;1;|||;",
  /** Grants permission to change the size of a cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_ResizeCluster.html */
  ResizeCluster: "W|||0;1;|||CreateScheduledAction,ModifyScheduledAction,;",
  /** Grants permission to create a cluster from a snapshot. Access level: Write. Resources: cluster*, snapshot*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_RestoreFromClusterSnapshot.html */
  RestoreFromClusterSnapshot: "W|||0;1;,16;1;|2|1,2,3,4,5,6,7,10,13,14,15,16,17,18,19|;",
  /** Grants permission to create a table from a table in an Amazon Redshift cluster snapshot. Access level: Write. Resources: cluster*, snapshot*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_RestoreTableFromClusterSnapshot.html */
  RestoreTableFromClusterSnapshot: "W|||0;1;,16;1;|||;",
  /** Grants permission to resume a cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_ResumeCluster.html */
  ResumeCluster: "W|||0;1;|||CreateScheduledAction,ModifyScheduledAction,;",
  /** Grants permission to revoke an ingress rule in an Amazon Redshift security group for a previously authorized IP range or Amazon EC2 security group. Access level: Write. Resources: securitygroup*, securitygroupingress-ec2securitygroup*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_RevokeClusterSecurityGroupIngress.html */
  RevokeClusterSecurityGroupIngress: "W|||13;1;,15;1;|||;",
  /** Grants permission to revoke access for endpoint related activities for redshift-managed vpc endpoint. Access level: Permissions management. Resources: cluster. https://docs.aws.amazon.com/redshift/latest/APIReference/API_RevokeEndpointAccess.html */
  RevokeEndpointAccess: "P|||0;0;|||;",
  /** Grants permission to revoke access from the specified AWS account to restore a snapshot. Access level: Permissions management. Resources: cluster, snapshot*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_RevokeSnapshotAccess.html */
  RevokeSnapshotAccess: "P|||0;0;,16;1;|||;",
  /** Grants permission to rotate an encryption key for a cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/redshift/latest/APIReference/API_RotateEncryptionKey.html */
  RotateEncryptionKey: "W|||0;1;|||;",
  /** Grants permission to update the status of a partner integration. Access level: Write. Resources: cluster. https://docs.aws.amazon.com/redshift/latest/APIReference/API_UpdatePartnerStatus.html */
  UpdatePartnerStatus: "W|||0;0;|||;",
  /** Grants permission to view query results through the Amazon Redshift console. Access level: List. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  ViewQueriesFromConsole: "L||1||||",
  /** Grants permission to terminate running queries and loads through the Amazon Redshift console. Access level: List. Resources: cluster. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  ViewQueriesInConsole: "L||1|0;0;|||ListRecommendations",
} as const;
const actionDetails = {
  AcceptReservedNodeExchange:
    "|,;~~~|Grants permission to exchange a DC1 reserved node for a DC2 reserved node with no changes to the configuration",
  AddPartner: "|,;~~~|Grants permission to add a partner integration to a cluster",
  AssociateDataShareConsumer: "|,;~~~,~~,~~,~~|Grants permission to associate a consumer to a datashare",
  AuthorizeClusterSecurityGroupIngress:
    "|,;~~~|Grants permission to add an inbound (ingress) rule to an Amazon Redshift security group",
  AuthorizeDataShare: "|,;~~~|Grants permission to authorize the specified datashare consumer to consume a datashare",
  AuthorizeEndpointAccess:
    "|,;~~~|Grants permission to authorize endpoint related activities for redshift-managed vpc endpoint",
  AuthorizeInboundIntegration:
    "|,;~|Grants permission to Amazon Redshift to continuously validate that the target namespace can receive data replicated from the source ARN",
  AuthorizeSnapshotAccess: "|,;~~~|Grants permission to the specified AWS account to restore a snapshot",
  BatchDeleteClusterSnapshots: "|,;~~~|Grants permission to delete snapshots in a batch of size upto 100",
  BatchModifyClusterSnapshots: "|,;~~~|Grants permission to modify settings for a list of snapshots",
  CancelQuery: "|,;~|Grants permission to cancel a query through the Amazon Redshift console",
  CancelQuerySession: "|,;~|Grants permission to see queries in the Amazon Redshift console",
  CancelResize: "|,;~~~|Grants permission to cancel a resize operation",
  CopyClusterSnapshot: "|,;~~~|Grants permission to copy a cluster snapshot",
  CreateAuthenticationProfile: "|,;~~~|Grants permission to create an Amazon Redshift authentication profile",
  CreateCluster: "|,;~~~|Grants permission to create a cluster",
  CreateClusterParameterGroup: "|,;~~~|Grants permission to create an Amazon Redshift parameter group",
  CreateClusterSecurityGroup: "|,;~|Grants permission to create an Amazon Redshift security group",
  CreateClusterSnapshot: "|,;~~~,~~|Grants permission to create a manual snapshot of the specified cluster",
  CreateClusterSubnetGroup: "|,;~~~|Grants permission to create an Amazon Redshift subnet group",
  CreateClusterUser:
    "|,;~~~|Grants permission to automatically create the specified Amazon Redshift user if it does not exist",
  CreateCustomDomainAssociation: "|,;~~~|Grants permission to create a custom domain name for a cluster",
  CreateEndpointAccess: "|,;~~~|Grants permission to create a redshift-managed vpc endpoint",
  CreateEventSubscription: "|,;~~~|Grants permission to create an Amazon Redshift event notification subscription",
  CreateHsmClientCertificate:
    "|,;~~~|Grants permission to create an HSM client certificate that a cluster uses to connect to an HSM",
  CreateHsmConfiguration:
    "|,;~~~|Grants permission to create an HSM configuration that contains information required by a cluster to store and use database encryption keys in a hardware security module (HSM)",
  CreateInboundIntegration:
    "|,;~|Grants permission to the source principal to create an integration into the namespace of target data warehouse",
  CreateIntegration: "|,;~~~|Grants permission to create an Amazon Redshift zero-ETL integration",
  CreateQev2IdcApplication: "|,;~|Grants permission to create a qev2 idc application",
  CreateRedshiftIdcApplication: "|,;~~~|Grants permission to create a redshift idc application",
  CreateSavedQuery: "|,;~|Grants permission to create saved SQL queries through the Amazon Redshift console",
  CreateScheduledAction: "|,;~~~|Grants permission to create an Amazon Redshift scheduled action",
  CreateSnapshotCopyGrant:
    "|,;~~~|Grants permission to create a snapshot copy grant and encrypt copied snapshots in a destination AWS Region",
  CreateSnapshotSchedule: "|,;~~~|Grants permission to create a snapshot schedule",
  CreateTags:
    "|,;~~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~|Grants permission to add one or more tags to a specified resource",
  CreateUsageLimit: "|,;~~~|Grants permission to create a usage limit",
  DeauthorizeDataShare:
    "|,;~~~|Grants permission to remove permission from the specified datashare consumer to consume a datashare",
  DeleteAuthenticationProfile: "|,;~~~|Grants permission to delete an Amazon Redshift authentication profile",
  DeleteCluster: "|,;~~~|Grants permission to delete a previously provisioned cluster",
  DeleteClusterParameterGroup: "|,;~~~|Grants permission to delete an Amazon Redshift parameter group",
  DeleteClusterSecurityGroup: "|,;~~~|Grants permission to delete an Amazon Redshift security group",
  DeleteClusterSnapshot: "|,;~~~|Grants permission to delete a manual snapshot",
  DeleteClusterSubnetGroup: "|,;~~~|Grants permission to delete a cluster subnet group",
  DeleteCustomDomainAssociation: "|,;~~~|Grants permission to delete a custom domain name for a cluster",
  DeleteEndpointAccess: "|,;~~~|Grants permission to delete a redshift-managed vpc endpoint",
  DeleteEventSubscription: "|,;~~~|Grants permission to delete an Amazon Redshift event notification subscription",
  DeleteHsmClientCertificate: "|,;~~~|Grants permission to delete an HSM client certificate",
  DeleteHsmConfiguration: "|,;~~~|Grants permission to delete an Amazon Redshift HSM configuration",
  DeleteIntegration: "|,;~~~|Grants permission to delete an Amazon Redshift zero-ETL integration",
  DeletePartner: "|,;~~~,~~|Grants permission to delete a partner integration from a cluster",
  DeleteQev2IdcApplication: "|,;~|Grants permission to delete a qev2 idc application",
  DeleteRedshiftIdcApplication: "|,;~~~|Grants permission to delete a redshift idc application",
  DeleteResourcePolicy: "|,;~~~|Grants permission to delete the resource policy for a specified resource",
  DeleteSavedQueries: "|,;~|Grants permission to delete saved SQL queries through the Amazon Redshift console",
  DeleteScheduledAction: "|,;~~~|Grants permission to delete an Amazon Redshift scheduled action",
  DeleteSnapshotCopyGrant: "|,;~~~|Grants permission to delete a snapshot copy grant",
  DeleteSnapshotSchedule: "|,;~~~|Grants permission to delete a snapshot schedule",
  DeleteTags: "|,;~~~,~~|Grants permission to delete a tag or tags from a resource",
  DeleteUsageLimit: "|,;~~~|Grants permission to delete a usage limit",
  DeregisterNamespace: "|,;~~~,~~|Grants permission to deregister the specified namespace from a consumer",
  DescribeAccountAttributes: "|,;~~~|Grants permission to describe attributes attached to the specified AWS account",
  DescribeAuthenticationProfiles:
    "|,;~~~|Grants permission to describe created Amazon Redshift authentication profiles",
  DescribeAutonomicsDenylist:
    "|,;~|Grants permission to describe the list of resources that are denylisted from global autonomics decisions for a specified cluster",
  DescribeClusterDbRevisions: "|,;~~~|Grants permission to describe database revisions for a cluster",
  DescribeClusterParameterGroups:
    "|,;~~~|Grants permission to describe Amazon Redshift parameter groups, including parameter groups you created and the default parameter group",
  DescribeClusterParameters:
    "|,;~~~|Grants permission to describe parameters contained within an Amazon Redshift parameter group",
  DescribeClusterSecurityGroups: "|,;~~~|Grants permission to describe Amazon Redshift security groups",
  DescribeClusterSnapshots:
    "|,;~~~|Grants permission to describe one or more snapshot objects, which contain metadata about your cluster snapshots",
  DescribeClusterSubnetGroups:
    "|,;~~~|Grants permission to describe one or more cluster subnet group objects, which contain metadata about your cluster subnet groups",
  DescribeClusterTracks: "|,;~~~|Grants permission to describe available maintenance tracks",
  DescribeClusterVersions: "|,;~~~|Grants permission to describe available Amazon Redshift cluster versions",
  DescribeClusters: "|,;~~~|Grants permission to describe properties of provisioned clusters",
  DescribeCustomDomainAssociations: "|,;~~~|Grants permission to describe custom domain names for a cluster",
  DescribeDataShares: "|,;~~~|Grants permission to describe datashares created and consumed by your clusters",
  DescribeDataSharesForConsumer: "|,;~~~|Grants permission to describe only datashares consumed by your clusters",
  DescribeDataSharesForProducer: "|,;~~~|Grants permission to describe only datashares created by your clusters",
  DescribeDefaultClusterParameters:
    "|,;~~~|Grants permission to describe parameter settings for a parameter group family",
  DescribeEndpointAccess: "|,;~~~|Grants permission to describe redshift-managed vpc endpoints",
  DescribeEndpointAuthorization:
    "|,;~~~|Grants permission to authorize describe activity for redshift-managed vpc endpoint",
  DescribeEventCategories:
    "|,;~~~|Grants permission to describe event categories for all event source types, or for a specified source type",
  DescribeEventSubscriptions:
    "|,;~~~|Grants permission to describe Amazon Redshift event notification subscriptions for the specified AWS account",
  DescribeEvents:
    "|,;~~~|Grants permission to describe events related to clusters, security groups, snapshots, and parameter groups for the past 14 days",
  DescribeHsmClientCertificates: "|,;~~~|Grants permission to describe HSM client certificates",
  DescribeHsmConfigurations: "|,;~~~|Grants permission to describe Amazon Redshift HSM configurations",
  DescribeInboundIntegrations: "|,;~~~|Grants permission to list the inbound integrations",
  DescribeIntegrations: "|,;~~~|Grants permission to describe an Amazon Redshift zero-ETL integration",
  DescribeLoggingStatus:
    "|,;~~~|Grants permission to describe whether information, such as queries and connection attempts, is being logged for a cluster",
  DescribeNodeConfigurationOptions:
    "|,;~~~|Grants permission to describe properties of possible node configurations such as node type, number of nodes, and disk usage for the specified action type",
  DescribeOrderableClusterOptions: "|,;~~~|Grants permission to describe orderable cluster options",
  DescribePartners:
    "|,;~~~|Grants permission to retrieve information about the partner integrations defined for a cluster",
  DescribeQev2IdcApplications: "|,;~|Grants permission to describe qev2 idc applications",
  DescribeQuery: "|,;~|Grants permission to describe a query through the Amazon Redshift console",
  DescribeRedshiftIdcApplications: "|,;~~~|Grants permission to describe redshift idc applications",
  DescribeReservedNodeExchangeStatus:
    "|,;~~~|Grants permission to describe exchange status details and associated metadata for a reserved-node exchange. Statuses include such values as in progress and requested",
  DescribeReservedNodeOfferings:
    "|,;~~~|Grants permission to describe available reserved node offerings by Amazon Redshift",
  DescribeReservedNodes: "|,;~~~|Grants permission to describe the reserved nodes",
  DescribeResize: "|,;~~~|Grants permission to describe the last resize operation for a cluster",
  DescribeSavedQueries: "|,;~|Grants permission to describe saved queries through the Amazon Redshift console",
  DescribeScheduledActions: "|,;~~~|Grants permission to describe created Amazon Redshift scheduled actions",
  DescribeSnapshotCopyGrants:
    "|,;~~~|Grants permission to describe snapshot copy grants owned by the specified AWS account in the destination AWS Region",
  DescribeSnapshotSchedules: "|,;~~~|Grants permission to describe snapshot schedules",
  DescribeStorage: "|,;~~~|Grants permission to describe account level backups storage size and provisional storage",
  DescribeTable: "|,;~|Grants permission to describe a table through the Amazon Redshift console",
  DescribeTableRestoreStatus:
    "|,;~~~|Grants permission to describe status of one or more table restore requests made using the RestoreTableFromClusterSnapshot API action",
  DescribeTags: "|,;~~~|Grants permission to describe tags",
  DescribeUsageLimits: "|,;~~~|Grants permission to describe usage limits",
  DisableLogging:
    "|,;~~~|Grants permission to disable logging information, such as queries and connection attempts, for a cluster",
  DisableSnapshotCopy: "|,;~~~|Grants permission to disable the automatic copy of snapshots for a cluster",
  DisassociateDataShareConsumer: "|,;~~~|Grants permission to disassociate a consumer from a datashare",
  EnableLogging:
    "|,;~~~|Grants permission to enable logging information, such as queries and connection attempts, for a cluster",
  EnableSnapshotCopy: "|,;~~~|Grants permission to enable the automatic copy of snapshots for a cluster",
  ExecuteQuery: "|,;~|Grants permission to execute a query through the Amazon Redshift console",
  FailoverPrimaryCompute:
    "|,;~~~|Grants permission to failover the primary compute of an Multi-AZ cluster to another AZ",
  FetchResults: "|,;~|Grants permission to fetch query results through the Amazon Redshift console",
  GetClusterCredentials:
    "|,;~~~|Grants permission to get temporary credentials to access an Amazon Redshift database by the specified AWS account",
  GetClusterCredentialsWithIAM:
    "|,;~~~|Grants permission to get enhanced temporary credentials to access an Amazon Redshift database by the specified AWS account",
  GetIdentityCenterAuthToken:
    "|,;~~~|Grants permission to get an authorized token for Identity Center users to access Redshift clusters",
  GetReservedNodeExchangeConfigurationOptions:
    "|,;~~~|Grants permission to get the configuration options for the reserved-node exchange",
  GetReservedNodeExchangeOfferings:
    "|,;~~~|Grants permission to get an array of DC2 ReservedNodeOfferings that matches the payment type, term, and usage price of the given DC1 reserved node",
  GetResourcePolicy: "|,;~~~|Grants permission to get the resource policy for a specified resource",
  JoinGroup: "|,;~~~|Grants permission to join the specified Amazon Redshift group",
  ListDatabases: "|,;~|Grants permission to list databases through the Amazon Redshift console",
  ListRecommendations: "|,;~~~|Grants permission to list Advisor recommendations",
  ListSavedQueries: "|,;~|Grants permission to list saved queries through the Amazon Redshift console",
  ListSchemas: "|,;~|Grants permission to list schemas through the Amazon Redshift console",
  ListTables: "|,;~|Grants permission to list tables through the Amazon Redshift console",
  ModifyAquaConfiguration: "|,;~~~|Grants permission to modify the AQUA configuration of a cluster",
  ModifyAuthenticationProfile: "|,;~~~|Grants permission to modify an existing Amazon Redshift authentication profile",
  ModifyAutonomicsDenylist:
    "|,;~|Grants permission to add or remove resources from the global autonomics denylist for a specified cluster",
  ModifyCluster: "|,;~~~|Grants permission to modify the settings of a cluster",
  ModifyClusterDbRevision: "|,;~~~|Grants permission to modify the database revision of a cluster",
  ModifyClusterIamRoles:
    "|,;~~~|Grants permission to modify the list of AWS Identity and Access Management (IAM) roles that can be used by a cluster to access other AWS services",
  ModifyClusterMaintenance: "|,;~~~|Grants permission to modify the maintenance settings of a cluster",
  ModifyClusterParameterGroup: "|,;~~~|Grants permission to modify the parameters of a parameter group",
  ModifyClusterSnapshot: "|,;~~~|Grants permission to modify the settings of a snapshot",
  ModifyClusterSnapshotSchedule: "|,;~~~|Grants permission to modify a snapshot schedule for a cluster",
  ModifyClusterSubnetGroup:
    "|,;~~~|Grants permission to modify a cluster subnet group to include the specified list of VPC subnets",
  ModifyCustomDomainAssociation: "|,;~~~|Grants permission to modify a custom domain name for a cluster",
  ModifyEndpointAccess: "|,;~~~|Grants permission to modify a redshift-managed vpc endpoint",
  ModifyEventSubscription:
    "|,;~~~|Grants permission to modify an existing Amazon Redshift event notification subscription",
  ModifyIntegration: "|,;~~~|Grants permission to modify an Amazon Redshift zero-ETL integration",
  ModifyQev2IdcApplication: "|,;~|Grants permission to modify a qev2 idc application",
  ModifyRedshiftIdcApplication: "|,;~~~|Grants permission to modify a redshift idc application",
  ModifySavedQuery: "|,;~|Grants permission to modify an existing saved query through the Amazon Redshift console",
  ModifyScheduledAction: "|,;~~~|Grants permission to modify an existing Amazon Redshift scheduled action",
  ModifySnapshotCopyRetentionPeriod:
    "|,;~~~|Grants permission to modify the number of days to retain snapshots in the destination AWS Region after they are copied from the source AWS Region",
  ModifySnapshotSchedule: "|,;~~~|Grants permission to modify a snapshot schedule",
  ModifyUsageLimit: "|,;~~~|Grants permission to modify a usage limit",
  PauseCluster: "|,;~~~,~~,~~|Grants permission to pause a cluster",
  PurchaseReservedNodeOffering: "|,;~~~|Grants permission to purchase a reserved node",
  PutResourcePolicy: "|,;~~~|Grants permission to update the resource policy for a specified resource",
  RebootCluster: "|,;~~~|Grants permission to reboot a cluster",
  RegisterNamespace: "|,;~~~,~~,~~,~~|Grants permission to register the specified namespace to a consumer",
  RejectDataShare: "|,;~~~|Grants permission to decline a datashare shared from another account",
  ResetClusterParameterGroup:
    '|,;~~~|Grants permission to set one or more parameters of a parameter group to their default values and set the source values of the parameters to "engine-default"',
  ResizeCluster: "|,;~~~,~~,~~|Grants permission to change the size of a cluster",
  RestoreFromClusterSnapshot: "|,;~~~|Grants permission to create a cluster from a snapshot",
  RestoreTableFromClusterSnapshot:
    "|,;~~~|Grants permission to create a table from a table in an Amazon Redshift cluster snapshot",
  ResumeCluster: "|,;~~~,~~,~~|Grants permission to resume a cluster",
  RevokeClusterSecurityGroupIngress:
    "|,;~~~|Grants permission to revoke an ingress rule in an Amazon Redshift security group for a previously authorized IP range or Amazon EC2 security group",
  RevokeEndpointAccess:
    "|,;~~~|Grants permission to revoke access for endpoint related activities for redshift-managed vpc endpoint",
  RevokeSnapshotAccess:
    "|,;~~~|Grants permission to revoke access from the specified AWS account to restore a snapshot",
  RotateEncryptionKey: "|,;~~~|Grants permission to rotate an encryption key for a cluster",
  UpdatePartnerStatus: "|,;~~~|Grants permission to update the status of a partner integration",
  ViewQueriesFromConsole: "|,;~|Grants permission to view query results through the Amazon Redshift console",
  ViewQueriesInConsole:
    "|,;~~~|Grants permission to terminate running queries and loads through the Amazon Redshift console",
};
const resourceTypeFacts = {
  /** The cluster resource type: arn:${Partition}:redshift:${Region}:${Account}:cluster:${ClusterName} */
  cluster: "|,|1",
  /** The datashare resource type: arn:${Partition}:redshift:${Region}:${Account}:datashare:${ProducerClusterNamespace}/${DataShareName} */
  datashare: "|,|1",
  /** The dbgroup resource type: arn:${Partition}:redshift:${Region}:${Account}:dbgroup:${ClusterName}/${DbGroup} */
  dbgroup: "|,|",
  /** The dbname resource type: arn:${Partition}:redshift:${Region}:${Account}:dbname:${ClusterName}/${DbName} */
  dbname: "|,|",
  /** The dbuser resource type: arn:${Partition}:redshift:${Region}:${Account}:dbuser:${ClusterName}/${DbUser} */
  dbuser: "|,|",
  /** The eventsubscription resource type: arn:${Partition}:redshift:${Region}:${Account}:eventsubscription:${EventSubscriptionName} */
  eventsubscription: "|,|1",
  /** The hsmclientcertificate resource type: arn:${Partition}:redshift:${Region}:${Account}:hsmclientcertificate:${HSMClientCertificateId} */
  hsmclientcertificate: "|,|1",
  /** The hsmconfiguration resource type: arn:${Partition}:redshift:${Region}:${Account}:hsmconfiguration:${HSMConfigurationId} */
  hsmconfiguration: "|,|1",
  /** The integration resource type: arn:${Partition}:redshift:${Region}:${Account}:integration:${IntegrationIdentifier} */
  integration: "|,|1",
  /** The namespace resource type: arn:${Partition}:redshift:${Region}:${Account}:namespace:${ClusterNamespace} */
  namespace: "|,|",
  /** The parametergroup resource type: arn:${Partition}:redshift:${Region}:${Account}:parametergroup:${ParameterGroupName} */
  parametergroup: "|,|1",
  /** The qev2idcapplication resource type: arn:${Partition}:redshift:${Region}:${Account}:qev2idcapplication:${Qev2IdcApplicationId} */
  qev2idcapplication: "|,|",
  /** The redshiftidcapplication resource type: arn:${Partition}:redshift:${Region}:${Account}:redshiftidcapplication:${RedshiftIdcApplicationId} */
  redshiftidcapplication: "|,|",
  /** The securitygroup resource type: arn:${Partition}:redshift:${Region}:${Account}:securitygroup:${SecurityGroupName}/ec2securitygroup/${Owner}/${Ec2SecurityGroupId} */
  securitygroup: "|,|1",
  /** The securitygroupingress-cidr resource type: arn:${Partition}:redshift:${Region}:${Account}:securitygroupingress:${SecurityGroupName}/cidrip/${IpRange} */
  "securitygroupingress-cidr": "|,securitygroupingressCidr|1",
  /** The securitygroupingress-ec2securitygroup resource type: arn:${Partition}:redshift:${Region}:${Account}:securitygroupingress:${SecurityGroupName}/ec2securitygroup/${Owner}/${Ece2SecuritygroupId} */
  "securitygroupingress-ec2securitygroup": "|,securitygroupingressEc2securitygroup|1",
  /** The snapshot resource type: arn:${Partition}:redshift:${Region}:${Account}:snapshot:${ClusterName}/${SnapshotName} */
  snapshot: "|,|1",
  /** The snapshotcopygrant resource type: arn:${Partition}:redshift:${Region}:${Account}:snapshotcopygrant:${SnapshotCopyGrantName} */
  snapshotcopygrant: "|,|1",
  /** The snapshotschedule resource type: arn:${Partition}:redshift:${Region}:${Account}:snapshotschedule:${ScheduleIdentifier} */
  snapshotschedule: "|,|1",
  /** The subnetgroup resource type: arn:${Partition}:redshift:${Region}:${Account}:subnetgroup:${SubnetGroupName} */
  subnetgroup: "|,|1",
  /** The usagelimit resource type: arn:${Partition}:redshift:${Region}:${Account}:usagelimit:${UsageLimitId} */
  usagelimit: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a cluster resource: arn:${Partition}:redshift:${Region}:${Account}:cluster:${ClusterName}. */
  cluster: "|,cluster|arn:|Partition|:redshift:|Region|:|Account|:cluster:|ClusterName|",
  /** ARN of a datashare resource: arn:${Partition}:redshift:${Region}:${Account}:datashare:${ProducerClusterNamespace}/${DataShareName}. */
  datashare:
    "|,datashare|arn:|Partition|:redshift:|Region|:|Account|:datashare:|ProducerClusterNamespace|/|DataShareName|",
  /** ARN of a dbgroup resource: arn:${Partition}:redshift:${Region}:${Account}:dbgroup:${ClusterName}/${DbGroup}. */
  dbgroup: "|,dbgroup|arn:|Partition|:redshift:|Region|:|Account|:dbgroup:|ClusterName|/|DbGroup|",
  /** ARN of a dbname resource: arn:${Partition}:redshift:${Region}:${Account}:dbname:${ClusterName}/${DbName}. */
  dbname: "|,dbname|arn:|Partition|:redshift:|Region|:|Account|:dbname:|ClusterName|/|DbName|",
  /** ARN of a dbuser resource: arn:${Partition}:redshift:${Region}:${Account}:dbuser:${ClusterName}/${DbUser}. */
  dbuser: "|,dbuser|arn:|Partition|:redshift:|Region|:|Account|:dbuser:|ClusterName|/|DbUser|",
  /** ARN of a eventsubscription resource: arn:${Partition}:redshift:${Region}:${Account}:eventsubscription:${EventSubscriptionName}. */
  eventsubscription:
    "|,eventsubscription|arn:|Partition|:redshift:|Region|:|Account|:eventsubscription:|EventSubscriptionName|",
  /** ARN of a hsmclientcertificate resource: arn:${Partition}:redshift:${Region}:${Account}:hsmclientcertificate:${HSMClientCertificateId}. */
  hsmclientcertificate:
    "|,hsmclientcertificate|arn:|Partition|:redshift:|Region|:|Account|:hsmclientcertificate:|HSMClientCertificateId,hsmClientCertificateId|",
  /** ARN of a hsmconfiguration resource: arn:${Partition}:redshift:${Region}:${Account}:hsmconfiguration:${HSMConfigurationId}. */
  hsmconfiguration:
    "|,hsmconfiguration|arn:|Partition|:redshift:|Region|:|Account|:hsmconfiguration:|HSMConfigurationId,hsmConfigurationId|",
  /** ARN of a integration resource: arn:${Partition}:redshift:${Region}:${Account}:integration:${IntegrationIdentifier}. */
  integration: "|,integration|arn:|Partition|:redshift:|Region|:|Account|:integration:|IntegrationIdentifier|",
  /** ARN of a namespace resource: arn:${Partition}:redshift:${Region}:${Account}:namespace:${ClusterNamespace}. */
  namespace: "|,namespace|arn:|Partition|:redshift:|Region|:|Account|:namespace:|ClusterNamespace|",
  /** ARN of a parametergroup resource: arn:${Partition}:redshift:${Region}:${Account}:parametergroup:${ParameterGroupName}. */
  parametergroup: "|,parametergroup|arn:|Partition|:redshift:|Region|:|Account|:parametergroup:|ParameterGroupName|",
  /** ARN of a qev2idcapplication resource: arn:${Partition}:redshift:${Region}:${Account}:qev2idcapplication:${Qev2IdcApplicationId}. */
  qev2idcapplication:
    "|,qev2idcapplication|arn:|Partition|:redshift:|Region|:|Account|:qev2idcapplication:|Qev2IdcApplicationId|",
  /** ARN of a redshiftidcapplication resource: arn:${Partition}:redshift:${Region}:${Account}:redshiftidcapplication:${RedshiftIdcApplicationId}. */
  redshiftidcapplication:
    "|,redshiftidcapplication|arn:|Partition|:redshift:|Region|:|Account|:redshiftidcapplication:|RedshiftIdcApplicationId|",
  /** ARN of a securitygroup resource: arn:${Partition}:redshift:${Region}:${Account}:securitygroup:${SecurityGroupName}/ec2securitygroup/${Owner}/${Ec2SecurityGroupId}. */
  securitygroup:
    "|,securitygroup|arn:|Partition|:redshift:|Region|:|Account|:securitygroup:|SecurityGroupName|/ec2securitygroup/|Owner|/|Ec2SecurityGroupId|",
  /** ARN of a securitygroupingress-cidr resource: arn:${Partition}:redshift:${Region}:${Account}:securitygroupingress:${SecurityGroupName}/cidrip/${IpRange}. */
  securitygroupingressCidr:
    "|,securitygroupingress-cidr|arn:|Partition|:redshift:|Region|:|Account|:securitygroupingress:|SecurityGroupName|/cidrip/|IpRange|",
  /** ARN of a securitygroupingress-ec2securitygroup resource: arn:${Partition}:redshift:${Region}:${Account}:securitygroupingress:${SecurityGroupName}/ec2securitygroup/${Owner}/${Ece2SecuritygroupId}. */
  securitygroupingressEc2securitygroup:
    "|,securitygroupingress-ec2securitygroup|arn:|Partition|:redshift:|Region|:|Account|:securitygroupingress:|SecurityGroupName|/ec2securitygroup/|Owner|/|Ece2SecuritygroupId|",
  /** ARN of a snapshot resource: arn:${Partition}:redshift:${Region}:${Account}:snapshot:${ClusterName}/${SnapshotName}. */
  snapshot: "|,snapshot|arn:|Partition|:redshift:|Region|:|Account|:snapshot:|ClusterName|/|SnapshotName|",
  /** ARN of a snapshotcopygrant resource: arn:${Partition}:redshift:${Region}:${Account}:snapshotcopygrant:${SnapshotCopyGrantName}. */
  snapshotcopygrant:
    "|,snapshotcopygrant|arn:|Partition|:redshift:|Region|:|Account|:snapshotcopygrant:|SnapshotCopyGrantName|",
  /** ARN of a snapshotschedule resource: arn:${Partition}:redshift:${Region}:${Account}:snapshotschedule:${ScheduleIdentifier}. */
  snapshotschedule:
    "|,snapshotschedule|arn:|Partition|:redshift:|Region|:|Account|:snapshotschedule:|ScheduleIdentifier|",
  /** ARN of a subnetgroup resource: arn:${Partition}:redshift:${Region}:${Account}:subnetgroup:${SubnetGroupName}. */
  subnetgroup: "|,subnetgroup|arn:|Partition|:redshift:|Region|:|Account|:subnetgroup:|SubnetGroupName|",
  /** ARN of a usagelimit resource: arn:${Partition}:redshift:${Region}:${Account}:usagelimit:${UsageLimitId}. */
  usagelimit: "|,usagelimit|arn:|Partition|:redshift:|Region|:|Account|:usagelimit:|UsageLimitId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "cluster",
  "datashare",
  "dbgroup",
  "dbname",
  "dbuser",
  "eventsubscription",
  "hsmclientcertificate",
  "hsmconfiguration",
  "integration",
  "namespace",
  "parametergroup",
  "qev2idcapplication",
  "redshiftidcapplication",
  "securitygroup",
  "securitygroupingress-cidr",
  "securitygroupingress-ec2securitygroup",
  "snapshot",
  "snapshotcopygrant",
  "snapshotschedule",
  "subnetgroup",
  "usagelimit",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "redshift">;
/** Any redshift action. */
export type Action = ActionOf<typeof actionFacts, "redshift">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "redshift">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "redshift" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every redshift action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by actions based on the allowed set of values for each of the tags. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by actions based on tag-value associated with the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by actions based on the presence of mandatory tags in the request. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access by the allowWrites input parameter. */
  "redshift:AllowWrites": "Bool";
  /** Filters access by the datashare consumer arn. */
  "redshift:ConsumerArn": "ARN";
  /** Filters access by the datashare consumer. */
  "redshift:ConsumerIdentifier": "String";
  /** Filters access by the database name. */
  "redshift:DbName": "String";
  /** Filters access by the database user name. */
  "redshift:DbUser": "String";
  /** Filters access by the number of seconds until a temporary credential set expires. */
  "redshift:DurationSeconds": "String";
  /** Filters access by the ARN of an inbound zero-ETL Integration resource. */
  "redshift:InboundIntegrationArn": "ARN";
  /** Filters access by the ARN of a zero-ETL Integration source. */
  "redshift:IntegrationSourceArn": "ARN";
  /** Filters access by the ARN of a zero-ETL Integration target. */
  "redshift:IntegrationTargetArn": "ARN";
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
  "aws:RequestTag/${TagKey}":
    "|,String|0||Filters access by actions based on the allowed set of values for each of the tags",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by actions based on tag-value associated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by actions based on the presence of mandatory tags in the request",
  "redshift:AllowWrites": "|,Bool|0||Filters access by the allowWrites input parameter",
  "redshift:ConsumerArn": "|,ARN|0||Filters access by the datashare consumer arn",
  "redshift:ConsumerIdentifier": "|,String|0||Filters access by the datashare consumer",
  "redshift:DbName": "|,String|0||Filters access by the database name",
  "redshift:DbUser": "|,String|0||Filters access by the database user name",
  "redshift:DurationSeconds":
    "|,String|0||Filters access by the number of seconds until a temporary credential set expires",
  "redshift:InboundIntegrationArn": "|,ARN|0||Filters access by the ARN of an inbound zero-ETL Integration resource",
  "redshift:IntegrationSourceArn": "|,ARN|0||Filters access by the ARN of a zero-ETL Integration source",
  "redshift:IntegrationTargetArn": "|,ARN|0||Filters access by the ARN of a zero-ETL Integration target",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "redshift",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
