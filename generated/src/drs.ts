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
export const prefix: "drs" = "drs";
/** The service's name in the reference. */
export const serviceName: "AWS Elastic Disaster Recovery" = "AWS Elastic Disaster Recovery";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Elastic Disaster Recovery",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awselasticdisasterrecovery.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "drs:CreateAction",
  "drs:EC2InstanceARN",
] as const;
const dependentActionList = [
  "cloudformation:DescribeStackResource",
  "cloudformation:DescribeStacks",
  "drs:DescribeSourceServers",
  "drs:GetLaunchConfiguration",
  "drs:TagResource",
  "ec2:CreateLaunchTemplateVersion",
  "ec2:CreateSecurityGroup",
  "ec2:DeleteVolume",
  "ec2:DescribeInstances",
  "ec2:DescribeLaunchTemplateVersions",
  "ec2:DescribeLaunchTemplates",
  "ec2:DescribeSecurityGroups",
  "ec2:DescribeSubnets",
  "ec2:DescribeVolumes",
  "ec2:DescribeVpcs",
  "ec2:GetEbsDefaultKmsKeyId",
  "ec2:GetEbsEncryptionByDefault",
  "ec2:ModifyLaunchTemplate",
  "ec2:TerminateInstances",
  "kms:CreateGrant",
  "kms:DescribeKey",
  "s3:GetObject",
  "s3:PutObject",
] as const;
const actionFacts = {
  /** Grants permission to get associate failback client to recovery instance. Access level: Write. Resources: RecoveryInstanceResource*. Permission only. https://docs.aws.amazon.com/drs/latest/userguide/drs-apis.html */
  AssociateFailbackClientToRecoveryInstanceForDrs: "W||1|2;1;|||",
  /** Grants permission to associate CloudFormation stack with source network. Access level: Write. Resources: SourceNetworkResource*. https://docs.aws.amazon.com/drs/latest/APIReference/API_AssociateSourceNetworkStack.html */
  AssociateSourceNetworkStack: "W|||4;1;|0,2|0,1,3,5,9,10,11,12,14,17|;",
  /** Grants permission to batch create volume snapshot group. Access level: Write. Resources: RecoveryInstanceResource*, SourceServerResource*. Permission only. https://docs.aws.amazon.com/drs/latest/userguide/drs-apis.html */
  BatchCreateVolumeSnapshotGroupForDrs: "W||1|2;1;,5;1;|||",
  /** Grants permission to batch delete snapshot request. Access level: Write. Permission only. https://docs.aws.amazon.com/drs/latest/userguide/drs-apis.html */
  BatchDeleteSnapshotRequestForDrs: "W||1||||",
  /** Grants permission to create converted snapshot. Access level: Write. Resources: SourceServerResource*. Permission only. https://docs.aws.amazon.com/drs/latest/userguide/drs-apis.html */
  CreateConvertedSnapshotForDrs: "W||1|5;1;|0,2||",
  /** Grants permission to extend a source server. Access level: Write. https://docs.aws.amazon.com/drs/latest/APIReference/API_CreateExtendedSourceServer.html */
  CreateExtendedSourceServer: "W||||0,2|2,drs:GetReplicationConfiguration,4|;",
  /** Grants permission to create launch configuration template. Access level: Write. https://docs.aws.amazon.com/drs/latest/APIReference/API_CreateLaunchConfigurationTemplate.html */
  CreateLaunchConfigurationTemplate: "W||||0,2|4|;",
  /** Grants permission to create recovery instance. Access level: Write. Resources: SourceServerResource*. Permission only. https://docs.aws.amazon.com/drs/latest/userguide/drs-apis.html */
  CreateRecoveryInstanceForDrs: "W||1|5;1;|0,2||",
  /** Grants permission to create replication configuration template. Access level: Write. https://docs.aws.amazon.com/drs/latest/APIReference/API_CreateReplicationConfigurationTemplate.html */
  CreateReplicationConfigurationTemplate: "W||||0,2|4,6,11,12,15,16,19,20|;",
  /** Grants permission to create a source network. Access level: Write. https://docs.aws.amazon.com/drs/latest/APIReference/API_CreateSourceNetwork.html */
  CreateSourceNetwork: "W||||0,2|4,8,14|;",
  /** Grants permission to create a source server. Access level: Write. Permission only. https://docs.aws.amazon.com/drs/latest/userguide/drs-apis.html */
  CreateSourceServerForDrs: "W||1||0,2||",
  /** Grants permission to delete a job. Access level: Write. Resources: JobResource*. https://docs.aws.amazon.com/drs/latest/APIReference/API_DeleteJob.html */
  DeleteJob: "W|||0;1;|||;",
  /** Grants permission to delete a launch action. Access level: Write. Resources: LaunchConfigurationTemplateResource, SourceServerResource. https://docs.aws.amazon.com/drs/latest/APIReference/API_DeleteLaunchAction.html */
  DeleteLaunchAction: "W|||1;0;,5;0;|||;",
  /** Grants permission to delete launch configuration template. Access level: Write. Resources: LaunchConfigurationTemplateResource*. https://docs.aws.amazon.com/drs/latest/APIReference/API_DeleteLaunchConfigurationTemplate.html */
  DeleteLaunchConfigurationTemplate: "W|||1;1;|||;",
  /** Grants permission to delete recovery instance. Access level: Write. Resources: RecoveryInstanceResource*. https://docs.aws.amazon.com/drs/latest/APIReference/API_DeleteRecoveryInstance.html */
  DeleteRecoveryInstance: "W|||2;1;|||;",
  /** Grants permission to delete replication configuration template. Access level: Write. Resources: ReplicationConfigurationTemplateResource*. https://docs.aws.amazon.com/drs/latest/APIReference/API_DeleteReplicationConfigurationTemplate.html */
  DeleteReplicationConfigurationTemplate: "W|||3;1;|||;",
  /** Grants permission to delete source network. Access level: Write. Resources: SourceNetworkResource*. https://docs.aws.amazon.com/drs/latest/APIReference/API_DeleteSourceNetwork.html */
  DeleteSourceNetwork: "W|||4;1;|||;",
  /** Grants permission to delete source server. Access level: Write. Resources: SourceServerResource*. https://docs.aws.amazon.com/drs/latest/APIReference/API_DeleteSourceServer.html */
  DeleteSourceServer: "W|||5;1;|||;",
  /** Grants permission to describe job log items. Access level: Read. Resources: JobResource*. https://docs.aws.amazon.com/drs/latest/APIReference/API_DescribeJobLogItems.html */
  DescribeJobLogItems: "R|||0;1;|||;",
  /** Grants permission to describe jobs. Access level: Read. https://docs.aws.amazon.com/drs/latest/APIReference/API_DescribeJobs.html */
  DescribeJobs: "R||||||;",
  /** Grants permission to describe launch configuration template. Access level: Read. https://docs.aws.amazon.com/drs/latest/APIReference/API_DescribeLaunchConfigurationTemplates.html */
  DescribeLaunchConfigurationTemplates: "R||||||;",
  /** Grants permission to describe recovery instances. Access level: Read. https://docs.aws.amazon.com/drs/latest/APIReference/API_DescribeRecoveryInstances.html */
  DescribeRecoveryInstances: "R|||||2,8|;",
  /** Grants permission to describe recovery snapshots. Access level: Read. Resources: SourceServerResource*. https://docs.aws.amazon.com/drs/latest/APIReference/API_DescribeRecoverySnapshots.html */
  DescribeRecoverySnapshots: "R|||5;1;|||;",
  /** Grants permission to describe replication configuration template. Access level: Read. https://docs.aws.amazon.com/drs/latest/APIReference/API_DescribeReplicationConfigurationTemplates.html */
  DescribeReplicationConfigurationTemplates: "R||||||;",
  /** Grants permission to describe replication server associations. Access level: Read. Permission only. https://docs.aws.amazon.com/drs/latest/userguide/drs-apis.html */
  DescribeReplicationServerAssociationsForDrs: "R||1||||",
  /** Grants permission to describe snapshot requests. Access level: Read. Permission only. https://docs.aws.amazon.com/drs/latest/userguide/drs-apis.html */
  DescribeSnapshotRequestsForDrs: "R||1||||",
  /** Grants permission to describe source networks. Access level: Read. https://docs.aws.amazon.com/drs/latest/APIReference/API_DescribeSourceNetworks.html */
  DescribeSourceNetworks: "R||||||;",
  /** Grants permission to describe source servers. Access level: Read. https://docs.aws.amazon.com/drs/latest/APIReference/API_DescribeSourceServers.html */
  DescribeSourceServers: "R||||||;",
  /** Grants permission to disconnect recovery instance. Access level: Write. Resources: RecoveryInstanceResource*. https://docs.aws.amazon.com/drs/latest/APIReference/API_DisconnectRecoveryInstance.html */
  DisconnectRecoveryInstance: "W|||2;1;|||;",
  /** Grants permission to disconnect source server. Access level: Write. Resources: SourceServerResource*. https://docs.aws.amazon.com/drs/latest/APIReference/API_DisconnectSourceServer.html */
  DisconnectSourceServer: "W|||5;1;|||;",
  /** Grants permission to export CloudFormation template which contains source network resources. Access level: Write. Resources: SourceNetworkResource*. https://docs.aws.amazon.com/drs/latest/APIReference/API_ExportSourceNetworkCfnTemplate.html */
  ExportSourceNetworkCfnTemplate: "W|||4;1;|0,2|s3:GetBucketLocation,21,22|;",
  /** Grants permission to get agent command. Access level: Read. Resources: RecoveryInstanceResource*, SourceServerResource*. Permission only. https://docs.aws.amazon.com/drs/latest/userguide/drs-apis.html */
  GetAgentCommandForDrs: "R||1|2;1;,5;1;|||",
  /** Grants permission to get agent confirmed resume info. Access level: Read. Resources: RecoveryInstanceResource*, SourceServerResource*. Permission only. https://docs.aws.amazon.com/drs/latest/userguide/drs-apis.html */
  GetAgentConfirmedResumeInfoForDrs: "R||1|2;1;,5;1;|||",
  /** Grants permission to get agent installation assets. Access level: Read. Permission only. https://docs.aws.amazon.com/drs/latest/userguide/drs-apis.html */
  GetAgentInstallationAssetsForDrs: "R||1||||",
  /** Grants permission to get agent replication info. Access level: Read. Resources: RecoveryInstanceResource*, SourceServerResource*. Permission only. https://docs.aws.amazon.com/drs/latest/userguide/drs-apis.html */
  GetAgentReplicationInfoForDrs: "R||1|2;1;,5;1;|||",
  /** Grants permission to get agent runtime configuration. Access level: Read. Resources: RecoveryInstanceResource*, SourceServerResource*. Permission only. https://docs.aws.amazon.com/drs/latest/userguide/drs-apis.html */
  GetAgentRuntimeConfigurationForDrs: "R||1|2;1;,5;1;|||",
  /** Grants permission to get agent snapshot credits. Access level: Read. Resources: RecoveryInstanceResource*, SourceServerResource*. Permission only. https://docs.aws.amazon.com/drs/latest/userguide/drs-apis.html */
  GetAgentSnapshotCreditsForDrs: "R||1|2;1;,5;1;|||",
  /** Grants permission to get channel commands. Access level: Read. Permission only. https://docs.aws.amazon.com/drs/latest/userguide/drs-apis.html */
  GetChannelCommandsForDrs: "R||1||||",
  /** Grants permission to get failback command. Access level: Read. Resources: RecoveryInstanceResource*. Permission only. https://docs.aws.amazon.com/drs/latest/userguide/drs-apis.html */
  GetFailbackCommandForDrs: "R||1|2;1;|||",
  /** Grants permission to get failback launch requested. Access level: Read. Resources: RecoveryInstanceResource*. Permission only. https://docs.aws.amazon.com/drs/latest/userguide/drs-apis.html */
  GetFailbackLaunchRequestedForDrs: "R||1|2;1;|||",
  /** Grants permission to get failback replication configuration. Access level: Read. Resources: RecoveryInstanceResource*. https://docs.aws.amazon.com/drs/latest/APIReference/API_GetFailbackReplicationConfiguration.html */
  GetFailbackReplicationConfiguration: "R|||2;1;|||;",
  /** Grants permission to get launch configuration. Access level: Read. Resources: SourceServerResource*. https://docs.aws.amazon.com/drs/latest/APIReference/API_GetLaunchConfiguration.html */
  GetLaunchConfiguration: "R|||5;1;|||;",
  /** Grants permission to get replication configuration. Access level: Read. Resources: SourceServerResource*. https://docs.aws.amazon.com/drs/latest/APIReference/API_GetReplicationConfiguration.html */
  GetReplicationConfiguration: "R|||5;1;|||;",
  /** Grants permission to get suggested failback client device mapping. Access level: Read. Resources: RecoveryInstanceResource*. Permission only. https://docs.aws.amazon.com/drs/latest/userguide/drs-apis.html */
  GetSuggestedFailbackClientDeviceMappingForDrs: "R||1|2;1;|||",
  /** Grants permission to initialize service. Access level: Write. https://docs.aws.amazon.com/drs/latest/APIReference/API_InitializeService.html */
  InitializeService:
    "W|||||iam:AddRoleToInstanceProfile,iam:CreateInstanceProfile,iam:CreateServiceLinkedRole,iam:GetInstanceProfile|;",
  /** Grants permission to issue an agent certificate. Access level: Write. Resources: RecoveryInstanceResource*, SourceServerResource*. Permission only. https://docs.aws.amazon.com/drs/latest/userguide/drs-apis.html */
  IssueAgentCertificateForDrs: "W||1|2;1;,5;1;|||",
  /** Grants permission to list extensible source servers. Access level: Read. https://docs.aws.amazon.com/drs/latest/APIReference/API_ListExtensibleSourceServers.html */
  ListExtensibleSourceServers: "R|||||2|;",
  /** Grants permission to list launch actions. Access level: Read. Resources: LaunchConfigurationTemplateResource, SourceServerResource. https://docs.aws.amazon.com/drs/latest/APIReference/API_ListLaunchActions.html */
  ListLaunchActions: "R|||1;0;,5;0;|||;",
  /** Grants permission to list staging accounts. Access level: Read. https://docs.aws.amazon.com/drs/latest/APIReference/API_ListStagingAccounts.html */
  ListStagingAccounts: "R||||||;",
  /** Grants permission to list tags for a resource. Access level: Read. https://docs.aws.amazon.com/drs/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R||||||;",
  /** Grants permission to notify agent authentication. Access level: Write. Resources: RecoveryInstanceResource*, SourceServerResource*. Permission only. https://docs.aws.amazon.com/drs/latest/userguide/drs-apis.html */
  NotifyAgentAuthenticationForDrs: "W||1|2;1;,5;1;|||",
  /** Grants permission to notify agent is connected. Access level: Write. Resources: RecoveryInstanceResource*, SourceServerResource*. Permission only. https://docs.aws.amazon.com/drs/latest/userguide/drs-apis.html */
  NotifyAgentConnectedForDrs: "W||1|2;1;,5;1;|||",
  /** Grants permission to notify agent is disconnected. Access level: Write. Resources: RecoveryInstanceResource*, SourceServerResource*. Permission only. https://docs.aws.amazon.com/drs/latest/userguide/drs-apis.html */
  NotifyAgentDisconnectedForDrs: "W||1|2;1;,5;1;|||",
  /** Grants permission to notify agent replication progress. Access level: Write. Resources: RecoveryInstanceResource*, SourceServerResource*. Permission only. https://docs.aws.amazon.com/drs/latest/userguide/drs-apis.html */
  NotifyAgentReplicationProgressForDrs: "W||1|2;1;,5;1;|||",
  /** Grants permission to notify consistency attained. Access level: Write. Resources: RecoveryInstanceResource*. Permission only. https://docs.aws.amazon.com/drs/latest/userguide/drs-apis.html */
  NotifyConsistencyAttainedForDrs: "W||1|2;1;|||",
  /** Grants permission to notify replication server authentication. Access level: Write. Resources: RecoveryInstanceResource*. Permission only. https://docs.aws.amazon.com/drs/latest/userguide/drs-apis.html */
  NotifyReplicationServerAuthenticationForDrs: "W||1|2;1;|||",
  /** Grants permission to notify replicator volume events. Access level: Write. Resources: SourceServerResource*. Permission only. https://docs.aws.amazon.com/drs/latest/userguide/drs-apis.html */
  NotifyVolumeEventForDrs: "W||1|5;1;|||",
  /** Grants permission to put a launch action. Access level: Write. Resources: LaunchConfigurationTemplateResource, SourceServerResource. https://docs.aws.amazon.com/drs/latest/APIReference/API_PutLaunchAction.html */
  PutLaunchAction: "W|||1;0;,5;0;||ssm:DescribeDocument|;",
  /** Grants permission to retry data replication. Access level: Write. Resources: SourceServerResource*. https://docs.aws.amazon.com/drs/latest/APIReference/API_RetryDataReplication.html */
  RetryDataReplication: "W|||5;1;|||;",
  /** Grants permission to reverse replication. Access level: Write. Resources: RecoveryInstanceResource*. https://docs.aws.amazon.com/drs/latest/APIReference/API_ReverseReplication.html */
  ReverseReplication: "W|||2;1;|0,2|drs:DescribeReplicationConfigurationTemplates,2,8|;",
  /** Grants permission to send agent logs. Access level: Write. Resources: RecoveryInstanceResource*, SourceServerResource*. Permission only. https://docs.aws.amazon.com/drs/latest/userguide/drs-apis.html */
  SendAgentLogsForDrs: "W||1|2;1;,5;1;|||",
  /** Grants permission to send agent metrics. Access level: Write. Resources: RecoveryInstanceResource*, SourceServerResource*. Permission only. https://docs.aws.amazon.com/drs/latest/userguide/drs-apis.html */
  SendAgentMetricsForDrs: "W||1|2;1;,5;1;|||",
  /** Grants permission to send channel command result. Access level: Write. Permission only. https://docs.aws.amazon.com/drs/latest/userguide/drs-apis.html */
  SendChannelCommandResultForDrs: "W||1||||",
  /** Grants permission to send client logs. Access level: Write. Permission only. https://docs.aws.amazon.com/drs/latest/userguide/drs-apis.html */
  SendClientLogsForDrs: "W||1||||",
  /** Grants permission to send client metrics. Access level: Write. Permission only. https://docs.aws.amazon.com/drs/latest/userguide/drs-apis.html */
  SendClientMetricsForDrs: "W||1||||",
  /** Grants permission to send volume throughput statistics. Access level: Write. Resources: SourceServerResource*. Permission only. https://docs.aws.amazon.com/drs/latest/userguide/drs-apis.html */
  SendVolumeStatsForDrs: "W||1|5;1;|||",
  /** Grants permission to start failback launch. Access level: Write. Resources: RecoveryInstanceResource*. https://docs.aws.amazon.com/drs/latest/APIReference/API_StartFailbackLaunch.html */
  StartFailbackLaunch: "W|||2;1;|0,2||",
  /** Grants permission to start recovery. Access level: Write. Resources: SourceServerResource*. https://docs.aws.amazon.com/drs/latest/APIReference/API_StartRecovery.html */
  StartRecovery:
    "W|||5;1;|0,2|drs:CreateRecoveryInstanceForDrs,drs:ListTagsForResource,4,ec2:AttachVolume,ec2:AuthorizeSecurityGroupEgress,ec2:AuthorizeSecurityGroupIngress,ec2:CreateLaunchTemplate,5,ec2:CreateSnapshot,ec2:CreateTags,ec2:CreateVolume,ec2:DeleteLaunchTemplateVersions,ec2:DeleteSnapshot,7,ec2:DescribeAccountAttributes,ec2:DescribeAvailabilityZones,ec2:DescribeImages,ec2:DescribeInstanceAttribute,ec2:DescribeInstanceStatus,ec2:DescribeInstanceTypes,8,9,10,11,ec2:DescribeSnapshots,12,13,ec2:DetachVolume,ec2:ModifyInstanceAttribute,17,ec2:RevokeSecurityGroupEgress,ec2:RunInstances,ec2:StartInstances,ec2:StopInstances,18,iam:PassRole|;",
  /** Grants permission to start replication. Access level: Write. Resources: SourceServerResource*. https://docs.aws.amazon.com/drs/latest/APIReference/API_StartReplication.html */
  StartReplication: "W|||5;1;|||;",
  /** Grants permission to start network recovery. Access level: Write. Resources: SourceNetworkResource*. https://docs.aws.amazon.com/drs/latest/APIReference/API_StartSourceNetworkRecovery.html */
  StartSourceNetworkRecovery:
    "W|||4;1;|0,2|cloudformation:CreateStack,0,1,cloudformation:UpdateStack,3,5,9,10,11,12,14,17,21,22|",
  /** Grants permission to start network replication. Access level: Write. Resources: SourceNetworkResource*. https://docs.aws.amazon.com/drs/latest/APIReference/API_StartSourceNetworkReplication.html */
  StartSourceNetworkReplication: "W|||4;1;|||;",
  /** Grants permission to stop failback. Access level: Write. Resources: RecoveryInstanceResource*. https://docs.aws.amazon.com/drs/latest/APIReference/API_StopFailback.html */
  StopFailback: "W|||2;1;|||;",
  /** Grants permission to stop replication. Access level: Write. Resources: SourceServerResource*. https://docs.aws.amazon.com/drs/latest/APIReference/API_StopReplication.html */
  StopReplication: "W|||5;1;|||;",
  /** Grants permission to stop network replication. Access level: Write. Resources: SourceNetworkResource*. https://docs.aws.amazon.com/drs/latest/APIReference/API_StopSourceNetworkReplication.html */
  StopSourceNetworkReplication: "W|||4;1;|||;",
  /** Grants permission to assign a resource tag. Access level: Tagging. Resources: JobResource, LaunchConfigurationTemplateResource, RecoveryInstanceResource, ReplicationConfigurationTemplateResource, SourceNetworkResource, SourceServerResource. https://docs.aws.amazon.com/drs/latest/APIReference/API_TagResource.html */
  TagResource:
    "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;|0,2,3||CreateExtendedSourceServer,CreateLaunchConfigurationTemplate,CreateReplicationConfigurationTemplate,CreateSourceNetwork,StartRecovery,;",
  /** Grants permission to terminate recovery instances. Access level: Write. Resources: RecoveryInstanceResource*. https://docs.aws.amazon.com/drs/latest/APIReference/API_TerminateRecoveryInstances.html */
  TerminateRecoveryInstances: "W|||2;1;|0,2|2,7,8,13,18|;",
  /** Grants permission to untag a resource. Access level: Tagging. Resources: JobResource, LaunchConfigurationTemplateResource, RecoveryInstanceResource, ReplicationConfigurationTemplateResource, SourceNetworkResource, SourceServerResource. https://docs.aws.amazon.com/drs/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;|2||;",
  /** Grants permission to update agent backlog. Access level: Write. Resources: RecoveryInstanceResource*, SourceServerResource*. Permission only. https://docs.aws.amazon.com/drs/latest/userguide/drs-apis.html */
  UpdateAgentBacklogForDrs: "W||1|2;1;,5;1;|||",
  /** Grants permission to update agent conversion info. Access level: Write. Resources: RecoveryInstanceResource*, SourceServerResource*. Permission only. https://docs.aws.amazon.com/drs/latest/userguide/drs-apis.html */
  UpdateAgentConversionInfoForDrs: "W||1|2;1;,5;1;|||",
  /** Grants permission to update agent replication info. Access level: Write. Resources: RecoveryInstanceResource*, SourceServerResource*. Permission only. https://docs.aws.amazon.com/drs/latest/userguide/drs-apis.html */
  UpdateAgentReplicationInfoForDrs: "W||1|2;1;,5;1;|||",
  /** Grants permission to update agent replication process state. Access level: Write. Resources: RecoveryInstanceResource*, SourceServerResource*. Permission only. https://docs.aws.amazon.com/drs/latest/userguide/drs-apis.html */
  UpdateAgentReplicationProcessStateForDrs: "W||1|2;1;,5;1;|||",
  /** Grants permission to update agent source properties. Access level: Write. Resources: RecoveryInstanceResource*, SourceServerResource*. Permission only. https://docs.aws.amazon.com/drs/latest/userguide/drs-apis.html */
  UpdateAgentSourcePropertiesForDrs: "W||1|2;1;,5;1;|||",
  /** Grants permission to update failback client device mapping. Access level: Write. Resources: RecoveryInstanceResource*. Permission only. https://docs.aws.amazon.com/drs/latest/userguide/drs-apis.html */
  UpdateFailbackClientDeviceMappingForDrs: "W||1|2;1;|||",
  /** Grants permission to update failback client last seen. Access level: Write. Resources: RecoveryInstanceResource*. Permission only. https://docs.aws.amazon.com/drs/latest/userguide/drs-apis.html */
  UpdateFailbackClientLastSeenForDrs: "W||1|2;1;|||",
  /** Grants permission to update failback replication configuration. Access level: Write. Resources: RecoveryInstanceResource*. https://docs.aws.amazon.com/drs/latest/APIReference/API_UpdateFailbackReplicationConfiguration.html */
  UpdateFailbackReplicationConfiguration: "W|||2;1;|||;",
  /** Grants permission to update launch configuration. Access level: Write. Resources: SourceServerResource*. https://docs.aws.amazon.com/drs/latest/APIReference/API_UpdateLaunchConfiguration.html */
  UpdateLaunchConfiguration: "W|||5;1;||8|;",
  /** Grants permission to update launch configuration. Access level: Write. Resources: LaunchConfigurationTemplateResource*. https://docs.aws.amazon.com/drs/latest/APIReference/API_UpdateLaunchConfigurationTemplate.html */
  UpdateLaunchConfigurationTemplate: "W|||1;1;|||;",
  /** Grants permission to update a replication certificate. Access level: Write. Resources: RecoveryInstanceResource*. Permission only. https://docs.aws.amazon.com/drs/latest/userguide/drs-apis.html */
  UpdateReplicationCertificateForDrs: "W||1|2;1;|||",
  /** Grants permission to update replication configuration. Access level: Write. Resources: SourceServerResource*. https://docs.aws.amazon.com/drs/latest/APIReference/API_UpdateReplicationConfiguration.html */
  UpdateReplicationConfiguration: "W|||5;1;||6,11,12,15,16,19,20|;",
  /** Grants permission to update replication configuration template. Access level: Write. Resources: ReplicationConfigurationTemplateResource*. https://docs.aws.amazon.com/drs/latest/APIReference/API_UpdateReplicationConfigurationTemplate.html */
  UpdateReplicationConfigurationTemplate: "W|||3;1;||6,11,12,15,16,19,20|;",
} as const;
const actionDetails = {
  AssociateFailbackClientToRecoveryInstanceForDrs:
    "|,;~|Grants permission to get associate failback client to recovery instance",
  AssociateSourceNetworkStack: "|,;~~~|Grants permission to associate CloudFormation stack with source network",
  BatchCreateVolumeSnapshotGroupForDrs: "|,;~|Grants permission to batch create volume snapshot group",
  BatchDeleteSnapshotRequestForDrs: "|,;~|Grants permission to batch delete snapshot request",
  CreateConvertedSnapshotForDrs: "|,;~|Grants permission to create converted snapshot",
  CreateExtendedSourceServer: "|,;~~~|Grants permission to extend a source server",
  CreateLaunchConfigurationTemplate: "|,;~~~|Grants permission to create launch configuration template",
  CreateRecoveryInstanceForDrs: "|,;~|Grants permission to create recovery instance",
  CreateReplicationConfigurationTemplate: "|,;~~~|Grants permission to create replication configuration template",
  CreateSourceNetwork: "|,;~~~|Grants permission to create a source network",
  CreateSourceServerForDrs: "|,;~|Grants permission to create a source server",
  DeleteJob: "|,;~~~|Grants permission to delete a job",
  DeleteLaunchAction: "|,;~~~|Grants permission to delete a launch action",
  DeleteLaunchConfigurationTemplate: "|,;~~~|Grants permission to delete launch configuration template",
  DeleteRecoveryInstance: "|,;~~~|Grants permission to delete recovery instance",
  DeleteReplicationConfigurationTemplate: "|,;~~~|Grants permission to delete replication configuration template",
  DeleteSourceNetwork: "|,;~~~|Grants permission to delete source network",
  DeleteSourceServer: "|,;~~~|Grants permission to delete source server",
  DescribeJobLogItems: "|,;~~~|Grants permission to describe job log items",
  DescribeJobs: "|,;~~~|Grants permission to describe jobs",
  DescribeLaunchConfigurationTemplates: "|,;~~~|Grants permission to describe launch configuration template",
  DescribeRecoveryInstances: "|,;~~~|Grants permission to describe recovery instances",
  DescribeRecoverySnapshots: "|,;~~~|Grants permission to describe recovery snapshots",
  DescribeReplicationConfigurationTemplates: "|,;~~~|Grants permission to describe replication configuration template",
  DescribeReplicationServerAssociationsForDrs: "|,;~|Grants permission to describe replication server associations",
  DescribeSnapshotRequestsForDrs: "|,;~|Grants permission to describe snapshot requests",
  DescribeSourceNetworks: "|,;~~~|Grants permission to describe source networks",
  DescribeSourceServers: "|,;~~~|Grants permission to describe source servers",
  DisconnectRecoveryInstance: "|,;~~~|Grants permission to disconnect recovery instance",
  DisconnectSourceServer: "|,;~~~|Grants permission to disconnect source server",
  ExportSourceNetworkCfnTemplate:
    "|,;~~~|Grants permission to export CloudFormation template which contains source network resources",
  GetAgentCommandForDrs: "|,;~|Grants permission to get agent command",
  GetAgentConfirmedResumeInfoForDrs: "|,;~|Grants permission to get agent confirmed resume info",
  GetAgentInstallationAssetsForDrs: "|,;~|Grants permission to get agent installation assets",
  GetAgentReplicationInfoForDrs: "|,;~|Grants permission to get agent replication info",
  GetAgentRuntimeConfigurationForDrs: "|,;~|Grants permission to get agent runtime configuration",
  GetAgentSnapshotCreditsForDrs: "|,;~|Grants permission to get agent snapshot credits",
  GetChannelCommandsForDrs: "|,;~|Grants permission to get channel commands",
  GetFailbackCommandForDrs: "|,;~|Grants permission to get failback command",
  GetFailbackLaunchRequestedForDrs: "|,;~|Grants permission to get failback launch requested",
  GetFailbackReplicationConfiguration: "|,;~~~|Grants permission to get failback replication configuration",
  GetLaunchConfiguration: "|,;~~~|Grants permission to get launch configuration",
  GetReplicationConfiguration: "|,;~~~|Grants permission to get replication configuration",
  GetSuggestedFailbackClientDeviceMappingForDrs:
    "|,;~|Grants permission to get suggested failback client device mapping",
  InitializeService: "|,;~~~|Grants permission to initialize service",
  IssueAgentCertificateForDrs: "|,;~|Grants permission to issue an agent certificate",
  ListExtensibleSourceServers: "|,;~~~|Grants permission to list extensible source servers",
  ListLaunchActions: "|,;~~~|Grants permission to list launch actions",
  ListStagingAccounts: "|,;~~~|Grants permission to list staging accounts",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for a resource",
  NotifyAgentAuthenticationForDrs: "|,;~|Grants permission to notify agent authentication",
  NotifyAgentConnectedForDrs: "|,;~|Grants permission to notify agent is connected",
  NotifyAgentDisconnectedForDrs: "|,;~|Grants permission to notify agent is disconnected",
  NotifyAgentReplicationProgressForDrs: "|,;~|Grants permission to notify agent replication progress",
  NotifyConsistencyAttainedForDrs: "|,;~|Grants permission to notify consistency attained",
  NotifyReplicationServerAuthenticationForDrs: "|,;~|Grants permission to notify replication server authentication",
  NotifyVolumeEventForDrs: "|,;~|Grants permission to notify replicator volume events",
  PutLaunchAction: "|,;~~~|Grants permission to put a launch action",
  RetryDataReplication: "|,;~~~|Grants permission to retry data replication",
  ReverseReplication: "|,;~~~|Grants permission to reverse replication",
  SendAgentLogsForDrs: "|,;~|Grants permission to send agent logs",
  SendAgentMetricsForDrs: "|,;~|Grants permission to send agent metrics",
  SendChannelCommandResultForDrs: "|,;~|Grants permission to send channel command result",
  SendClientLogsForDrs: "|,;~|Grants permission to send client logs",
  SendClientMetricsForDrs: "|,;~|Grants permission to send client metrics",
  SendVolumeStatsForDrs: "|,;~|Grants permission to send volume throughput statistics",
  StartFailbackLaunch: "|,;~|Grants permission to start failback launch",
  StartRecovery: "|,;~~~|Grants permission to start recovery",
  StartReplication: "|,;~~~|Grants permission to start replication",
  StartSourceNetworkRecovery: "|,;~|Grants permission to start network recovery",
  StartSourceNetworkReplication: "|,;~~~|Grants permission to start network replication",
  StopFailback: "|,;~~~|Grants permission to stop failback",
  StopReplication: "|,;~~~|Grants permission to stop replication",
  StopSourceNetworkReplication: "|,;~~~|Grants permission to stop network replication",
  TagResource: "|,;~~~,~~,~~,~~,~~,~~|Grants permission to assign a resource tag",
  TerminateRecoveryInstances: "|,;~~~|Grants permission to terminate recovery instances",
  UntagResource: "|,;~~~|Grants permission to untag a resource",
  UpdateAgentBacklogForDrs: "|,;~|Grants permission to update agent backlog",
  UpdateAgentConversionInfoForDrs: "|,;~|Grants permission to update agent conversion info",
  UpdateAgentReplicationInfoForDrs: "|,;~|Grants permission to update agent replication info",
  UpdateAgentReplicationProcessStateForDrs: "|,;~|Grants permission to update agent replication process state",
  UpdateAgentSourcePropertiesForDrs: "|,;~|Grants permission to update agent source properties",
  UpdateFailbackClientDeviceMappingForDrs: "|,;~|Grants permission to update failback client device mapping",
  UpdateFailbackClientLastSeenForDrs: "|,;~|Grants permission to update failback client last seen",
  UpdateFailbackReplicationConfiguration: "|,;~~~|Grants permission to update failback replication configuration",
  UpdateLaunchConfiguration: "|,;~~~|Grants permission to update launch configuration",
  UpdateLaunchConfigurationTemplate: "|,;~~~|Grants permission to update launch configuration",
  UpdateReplicationCertificateForDrs: "|,;~|Grants permission to update a replication certificate",
  UpdateReplicationConfiguration: "|,;~~~|Grants permission to update replication configuration",
  UpdateReplicationConfigurationTemplate: "|,;~~~|Grants permission to update replication configuration template",
};
const resourceTypeFacts = {
  /** The JobResource resource type: arn:${Partition}:drs:${Region}:${Account}:job/${JobID} */
  JobResource: "|,jobResource|1",
  /** The LaunchConfigurationTemplateResource resource type: arn:${Partition}:drs:${Region}:${Account}:launch-configuration-template/${LaunchConfigurationTemplateID} */
  LaunchConfigurationTemplateResource: "|,launchConfigurationTemplateResource|1",
  /** The RecoveryInstanceResource resource type: arn:${Partition}:drs:${Region}:${Account}:recovery-instance/${RecoveryInstanceID} */
  RecoveryInstanceResource: "|,recoveryInstanceResource|1,4",
  /** The ReplicationConfigurationTemplateResource resource type: arn:${Partition}:drs:${Region}:${Account}:replication-configuration-template/${ReplicationConfigurationTemplateID} */
  ReplicationConfigurationTemplateResource: "|,replicationConfigurationTemplateResource|1",
  /** The SourceNetworkResource resource type: arn:${Partition}:drs:${Region}:${Account}:source-network/${SourceNetworkID} */
  SourceNetworkResource: "|,sourceNetworkResource|1",
  /** The SourceServerResource resource type: arn:${Partition}:drs:${Region}:${Account}:source-server/${SourceServerID} */
  SourceServerResource: "|,sourceServerResource|1",
} as const;
const arnFormats = {
  /** ARN of a JobResource resource: arn:${Partition}:drs:${Region}:${Account}:job/${JobID}. */
  jobResource: "|,JobResource|arn:|Partition|:drs:|Region|:|Account|:job/|JobID,jobId|",
  /** ARN of a LaunchConfigurationTemplateResource resource: arn:${Partition}:drs:${Region}:${Account}:launch-configuration-template/${LaunchConfigurationTemplateID}. */
  launchConfigurationTemplateResource:
    "|,LaunchConfigurationTemplateResource|arn:|Partition|:drs:|Region|:|Account|:launch-configuration-template/|LaunchConfigurationTemplateID,launchConfigurationTemplateId|",
  /** ARN of a RecoveryInstanceResource resource: arn:${Partition}:drs:${Region}:${Account}:recovery-instance/${RecoveryInstanceID}. */
  recoveryInstanceResource:
    "|,RecoveryInstanceResource|arn:|Partition|:drs:|Region|:|Account|:recovery-instance/|RecoveryInstanceID,recoveryInstanceId|",
  /** ARN of a ReplicationConfigurationTemplateResource resource: arn:${Partition}:drs:${Region}:${Account}:replication-configuration-template/${ReplicationConfigurationTemplateID}. */
  replicationConfigurationTemplateResource:
    "|,ReplicationConfigurationTemplateResource|arn:|Partition|:drs:|Region|:|Account|:replication-configuration-template/|ReplicationConfigurationTemplateID,replicationConfigurationTemplateId|",
  /** ARN of a SourceNetworkResource resource: arn:${Partition}:drs:${Region}:${Account}:source-network/${SourceNetworkID}. */
  sourceNetworkResource:
    "|,SourceNetworkResource|arn:|Partition|:drs:|Region|:|Account|:source-network/|SourceNetworkID,sourceNetworkId|",
  /** ARN of a SourceServerResource resource: arn:${Partition}:drs:${Region}:${Account}:source-server/${SourceServerID}. */
  sourceServerResource:
    "|,SourceServerResource|arn:|Partition|:drs:|Region|:|Account|:source-server/|SourceServerID,sourceServerId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "JobResource",
  "LaunchConfigurationTemplateResource",
  "RecoveryInstanceResource",
  "ReplicationConfigurationTemplateResource",
  "SourceNetworkResource",
  "SourceServerResource",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "drs">;
/** Any drs action. */
export type Action = ActionOf<typeof actionFacts, "drs">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "drs">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "drs" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every drs action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the presence of tag keys in the request. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access by the name of a resource-creating API action. */
  "drs:CreateAction": "String";
  /** Filters access by the EC2 instance the request originated from. */
  "drs:EC2InstanceARN": "ARN";
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
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the presence of tag keys in the request",
  "drs:CreateAction": "|,String|0||Filters access by the name of a resource-creating API action",
  "drs:EC2InstanceARN": "|,ARN|0||Filters access by the EC2 instance the request originated from",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "drs",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
