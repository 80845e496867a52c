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
export const prefix: "mgn" = "mgn";
/** The service's name in the reference. */
export const serviceName: "AWS Application Migration Service" = "AWS Application Migration Service";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Application Migration Service",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsapplicationmigrationservice.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "mgn:CreateAction",
] as const;
const dependentActionList = [
  "ec2:AcceptTransitGatewayVpcAttachment",
  "ec2:AssociateNatGatewayAddress",
  "ec2:AssociateRouteTable",
  "ec2:AssociateSubnetCidrBlock",
  "ec2:AssociateTransitGatewayRouteTable",
  "ec2:AssociateVpcCidrBlock",
  "ec2:AttachInternetGateway",
  "ec2:AttachVolume",
  "ec2:AuthorizeSecurityGroupEgress",
  "ec2:AuthorizeSecurityGroupIngress",
  "ec2:CreateLaunchTemplate",
  "ec2:CreateLaunchTemplateVersion",
  "ec2:CreateNetworkInsightsPath",
  "ec2:CreateNetworkInterface",
  "ec2:CreateSecurityGroup",
  "ec2:CreateSnapshot",
  "ec2:CreateTags",
  "ec2:CreateVolume",
  "ec2:DeleteInternetGateway",
  "ec2:DeleteLaunchTemplate",
  "ec2:DeleteLaunchTemplateVersions",
  "ec2:DeleteNatGateway",
  "ec2:DeleteNetworkAcl",
  "ec2:DeleteNetworkAclEntry",
  "ec2:DeleteNetworkInsightsAnalysis",
  "ec2:DeleteNetworkInsightsPath",
  "ec2:DeleteNetworkInterface",
  "ec2:DeleteRoute",
  "ec2:DeleteRouteTable",
  "ec2:DeleteSecurityGroup",
  "ec2:DeleteSnapshot",
  "ec2:DeleteSubnet",
  "ec2:DeleteTransitGateway",
  "ec2:DeleteTransitGatewayRoute",
  "ec2:DeleteTransitGatewayRouteTable",
  "ec2:DeleteTransitGatewayVpcAttachment",
  "ec2:DeleteVolume",
  "ec2:DeleteVpc",
  "ec2:DescribeAccountAttributes",
  "ec2:DescribeAvailabilityZones",
  "ec2:DescribeCustomerGateways",
  "ec2:DescribeImages",
  "ec2:DescribeInstanceAttribute",
  "ec2:DescribeInstanceStatus",
  "ec2:DescribeInstanceTypes",
  "ec2:DescribeInstances",
  "ec2:DescribeInternetGateways",
  "ec2:DescribeLaunchTemplateVersions",
  "ec2:DescribeLaunchTemplates",
  "ec2:DescribeManagedPrefixLists",
  "ec2:DescribeNatGateways",
  "ec2:DescribeNetworkAcls",
  "ec2:DescribeNetworkInsightsAnalyses",
  "ec2:DescribeNetworkInsightsPaths",
  "ec2:DescribeNetworkInterfaces",
  "ec2:DescribePrefixLists",
  "ec2:DescribeRegions",
  "ec2:DescribeRouteTables",
  "ec2:DescribeSecurityGroups",
  "ec2:DescribeSnapshots",
  "ec2:DescribeSubnets",
  "ec2:DescribeTransitGatewayAttachments",
  "ec2:DescribeTransitGatewayConnects",
  "ec2:DescribeTransitGatewayPeeringAttachments",
  "ec2:DescribeTransitGatewayRouteTables",
  "ec2:DescribeTransitGatewayVpcAttachments",
  "ec2:DescribeTransitGateways",
  "ec2:DescribeVolumes",
  "ec2:DescribeVpcEndpointServiceConfigurations",
  "ec2:DescribeVpcEndpoints",
  "ec2:DescribeVpcPeeringConnections",
  "ec2:DescribeVpcs",
  "ec2:DescribeVpnConnections",
  "ec2:DescribeVpnGateways",
  "ec2:DetachInternetGateway",
  "ec2:DetachVolume",
  "ec2:DisableTransitGatewayRouteTablePropagation",
  "ec2:DisassociateNatGatewayAddress",
  "ec2:DisassociateRouteTable",
  "ec2:DisassociateTransitGatewayRouteTable",
  "ec2:EnableTransitGatewayRouteTablePropagation",
  "ec2:GetManagedPrefixListEntries",
  "ec2:GetTransitGatewayRouteTablePropagations",
  "ec2:ModifyInstanceAttribute",
  "ec2:ModifyLaunchTemplate",
  "ec2:ModifySubnetAttribute",
  "ec2:ModifyTransitGateway",
  "ec2:ModifyTransitGatewayVpcAttachment",
  "ec2:ModifyVolume",
  "ec2:ModifyVpcAttribute",
  "ec2:RejectTransitGatewayVpcAttachment",
  "ec2:ReleaseAddress",
  "ec2:ReplaceNetworkAclAssociation",
  "ec2:ReplaceNetworkAclEntry",
  "ec2:ReplaceRoute",
  "ec2:ReplaceTransitGatewayRoute",
  "ec2:ReportInstanceStatus",
  "ec2:RevokeSecurityGroupEgress",
  "ec2:RevokeSecurityGroupIngress",
  "ec2:RunInstances",
  "ec2:SearchTransitGatewayRoutes",
  "ec2:StartInstances",
  "ec2:StartNetworkInsightsAnalysis",
  "ec2:StopInstances",
  "ec2:TerminateInstances",
  "iam:PassRole",
  "mgn:DescribeSourceServers",
  "mgn:GetLaunchConfiguration",
  "mgn:ListApplications",
  "mgn:ListTagsForResource",
  "mgn:ListWaves",
  "mgn:TagResource",
  "s3:PutObject",
] as const;
const actionFacts = {
  /** Grants permission to archive an application. Access level: Write. Resources: ApplicationResource*. https://docs.aws.amazon.com/mgn/latest/APIReference/API_ArchiveApplication.html */
  ArchiveApplication: "W|||0;1;|||;",
  /** Grants permission to archive a wave. Access level: Write. Resources: WaveResource*. https://docs.aws.amazon.com/mgn/latest/APIReference/API_ArchiveWave.html */
  ArchiveWave: "W|||10;1;|||;",
  /** Grants permission to associate applications to a wave. Access level: Write. Resources: ApplicationResource*, WaveResource*. https://docs.aws.amazon.com/mgn/latest/APIReference/API_AssociateApplications.html */
  AssociateApplications: "W|||0;1;,10;1;|||;",
  /** Grants permission to associate source servers to an application. Access level: Write. Resources: ApplicationResource*, SourceServerResource*. https://docs.aws.amazon.com/mgn/latest/APIReference/API_AssociateSourceServers.html */
  AssociateSourceServers: "W|||0;1;,8;1;|||;",
  /** Grants permission to create volume snapshot group. Access level: Write. Resources: SourceServerResource*. Permission only. https://docs.aws.amazon.com/mgn/latest/ug/mgn-apis.html */
  BatchCreateVolumeSnapshotGroupForMgn: "W||1|8;1;|||",
  /** Grants permission to batch delete snapshot request. Access level: Write. Permission only. https://docs.aws.amazon.com/mgn/latest/ug/mgn-apis.html */
  BatchDeleteSnapshotRequestForMgn: "W||1||||",
  /** Grants permission to change source server life cycle state. Access level: Write. Resources: SourceServerResource*. https://docs.aws.amazon.com/mgn/latest/APIReference/API_ChangeServerLifeCycleState.html */
  ChangeServerLifeCycleState: "W|||8;1;|||;",
  /** Grants permission to create an application. Access level: Write. https://docs.aws.amazon.com/mgn/latest/APIReference/API_CreateApplication.html */
  CreateApplication: "W||||0,2|111|;",
  /** Grants permission to create connector. Access level: Write. https://docs.aws.amazon.com/mgn/latest/APIReference/API_CreateConnector.html */
  CreateConnector: "W||||0,2|111|;",
  /** Grants permission to create launch configuration template. Access level: Write. https://docs.aws.amazon.com/mgn/latest/APIReference/API_CreateLaunchConfigurationTemplate.html */
  CreateLaunchConfigurationTemplate: "W||||0,2|111|;",
  /** Grants permission to create a network migration definition. Access level: Write. https://docs.aws.amazon.com/mgn/latest/APIReference/API_CreateNetworkMigrationDefinition.html */
  CreateNetworkMigrationDefinition: "W||||0,2|111|;",
  /** Grants permission to create replication configuration template. Access level: Write. https://docs.aws.amazon.com/mgn/latest/APIReference/API_CreateReplicationConfigurationTemplate.html */
  CreateReplicationConfigurationTemplate: "W||||0,2|111|;",
  /** Grants permission to create vcenter client. Access level: Write. Permission only. https://docs.aws.amazon.com/mgn/latest/ug/mgn-apis.html */
  CreateVcenterClientForMgn: "W||1||0,2||",
  /** Grants permission to create a wave. Access level: Write. https://docs.aws.amazon.com/mgn/latest/APIReference/API_CreateWave.html */
  CreateWave: "W||||0,2|111|;",
  /** Grants permission to delete an application. Access level: Write. Resources: ApplicationResource*. https://docs.aws.amazon.com/mgn/latest/APIReference/API_DeleteApplication.html */
  DeleteApplication: "W|||0;1;|||;",
  /** Grants permission to delete connector. Access level: Write. Resources: ConnectorResource*. https://docs.aws.amazon.com/mgn/latest/APIReference/API_DeleteConnector.html */
  DeleteConnector: "W|||1;1;|||;",
  /** Grants permission to delete job. Access level: Write. Resources: JobResource*. https://docs.aws.amazon.com/mgn/latest/APIReference/API_DeleteJob.html */
  DeleteJob: "W|||4;1;|||;",
  /** Grants permission to delete launch configuration template. Access level: Write. Resources: LaunchConfigurationTemplateResource*. https://docs.aws.amazon.com/mgn/latest/APIReference/API_DeleteLaunchConfigurationTemplate.html */
  DeleteLaunchConfigurationTemplate: "W|||5;1;|||;",
  /** Grants permission to delete a network migration definition. Access level: Write. Resources: NetworkMigrationDefinitionResource*. https://docs.aws.amazon.com/mgn/latest/APIReference/API_DeleteNetworkMigrationDefinition.html */
  DeleteNetworkMigrationDefinition: "W|||6;1;|||;",
  /** Grants permission to delete replication configuration template. Access level: Write. Resources: ReplicationConfigurationTemplateResource*. https://docs.aws.amazon.com/mgn/latest/APIReference/API_DeleteReplicationConfigurationTemplate.html */
  DeleteReplicationConfigurationTemplate: "W|||7;1;|||;",
  /** Grants permission to delete source server. Access level: Write. Resources: SourceServerResource*. https://docs.aws.amazon.com/mgn/latest/APIReference/API_DeleteSourceServer.html */
  DeleteSourceServer: "W|||8;1;|||;",
  /** Grants permission to delete vcenter client. Access level: Write. Resources: VcenterClientResource*. https://docs.aws.amazon.com/mgn/latest/APIReference/API_DeleteVcenterClient.html */
  DeleteVcenterClient: "W|||9;1;|||;",
  /** Grants permission to delete a wave. Access level: Write. Resources: WaveResource*. https://docs.aws.amazon.com/mgn/latest/APIReference/API_DeleteWave.html */
  DeleteWave: "W|||10;1;|||;",
  /** Grants permission to describe job log items. Access level: Read. Resources: JobResource*. https://docs.aws.amazon.com/mgn/latest/APIReference/API_DescribeJobLogItems.html */
  DescribeJobLogItems: "R|||4;1;|||;",
  /** Grants permission to describe jobs. Access level: List. https://docs.aws.amazon.com/mgn/latest/APIReference/API_DescribeJobs.html */
  DescribeJobs: "L||||||;",
  /** Grants permission to describe launch configuration template. Access level: List. https://docs.aws.amazon.com/mgn/latest/APIReference/API_DescribeLaunchConfigurationTemplates.html */
  DescribeLaunchConfigurationTemplates: "L||||||;",
  /** Grants permission to describe replication configuration template. Access level: List. https://docs.aws.amazon.com/mgn/latest/APIReference/API_DescribeReplicationConfigurationTemplates.html */
  DescribeReplicationConfigurationTemplates: "L||||||;",
  /** Grants permission to describe replication server associations. Access level: Read. Permission only. https://docs.aws.amazon.com/mgn/latest/ug/mgn-apis.html */
  DescribeReplicationServerAssociationsForMgn: "R||1||||",
  /** Grants permission to describe snapshots requests. Access level: Read. Permission only. https://docs.aws.amazon.com/mgn/latest/ug/mgn-apis.html */
  DescribeSnapshotRequestsForMgn: "R||1||||",
  /** Grants permission to describe source servers. Access level: List. https://docs.aws.amazon.com/mgn/latest/APIReference/API_DescribeSourceServers.html */
  DescribeSourceServers: "L||||||;",
  /** Grants permission to describe vcenter clients. Access level: List. https://docs.aws.amazon.com/mgn/latest/APIReference/API_DescribeVcenterClients.html */
  DescribeVcenterClients: "L||||||;",
  /** Grants permission to disassociate applications from a wave. Access level: Write. Resources: ApplicationResource*, WaveResource*. https://docs.aws.amazon.com/mgn/latest/APIReference/API_DisassociateApplications.html */
  DisassociateApplications: "W|||0;1;,10;1;|||;",
  /** Grants permission to disassociate source servers from an application. Access level: Write. Resources: ApplicationResource*, SourceServerResource*. https://docs.aws.amazon.com/mgn/latest/APIReference/API_DisassociateSourceServers.html */
  DisassociateSourceServers: "W|||0;1;,8;1;|||;",
  /** Grants permission to disconnect source server from service. Access level: Write. Resources: SourceServerResource*. https://docs.aws.amazon.com/mgn/latest/APIReference/API_DisconnectFromService.html */
  DisconnectFromService: "W|||8;1;|||;",
  /** Grants permission to finalize cutover. Access level: Write. Resources: SourceServerResource*. https://docs.aws.amazon.com/mgn/latest/APIReference/API_FinalizeCutover.html */
  FinalizeCutover: "W|||8;1;|||;",
  /** Grants permission to get account settings. Access level: Read. https://docs.aws.amazon.com/mgn/latest/APIReference/API_GetAccountSettings.html */
  GetAccountSettings: "R||||||",
  /** Grants permission to get agent command. Access level: Read. Resources: SourceServerResource*. Permission only. https://docs.aws.amazon.com/mgn/latest/ug/mgn-apis.html */
  GetAgentCommandForMgn: "R||1|8;1;|||",
  /** Grants permission to get agent confirmed resume info. Access level: Read. Resources: SourceServerResource*. Permission only. https://docs.aws.amazon.com/mgn/latest/ug/mgn-apis.html */
  GetAgentConfirmedResumeInfoForMgn: "R||1|8;1;|||",
  /** Grants permission to get agent installation assets. Access level: Read. Permission only. https://docs.aws.amazon.com/mgn/latest/ug/mgn-apis.html */
  GetAgentInstallationAssetsForMgn: "R||1||||",
  /** Grants permission to get agent replication info. Access level: Read. Resources: SourceServerResource*. Permission only. https://docs.aws.amazon.com/mgn/latest/ug/mgn-apis.html */
  GetAgentReplicationInfoForMgn: "R||1|8;1;|||",
  /** Grants permission to get agent runtime configuration. Access level: Read. Resources: SourceServerResource*. Permission only. https://docs.aws.amazon.com/mgn/latest/ug/mgn-apis.html */
  GetAgentRuntimeConfigurationForMgn: "R||1|8;1;|||",
  /** Grants permission to get agent snapshots credits. Access level: Read. Resources: SourceServerResource*. Permission only. https://docs.aws.amazon.com/mgn/latest/ug/mgn-apis.html */
  GetAgentSnapshotCreditsForMgn: "R||1|8;1;|||",
  /** Grants permission to get channel commands. Access level: Read. Permission only. https://docs.aws.amazon.com/mgn/latest/ug/mgn-apis.html */
  GetChannelCommandsForMgn: "R||1||||",
  /** Grants permission to get launch configuration. Access level: Read. Resources: SourceServerResource*. https://docs.aws.amazon.com/mgn/latest/APIReference/API_GetLaunchConfiguration.html */
  GetLaunchConfiguration: "R|||8;1;|||;",
  /** Grants permission to get a network migration definition. Access level: Read. Resources: NetworkMigrationDefinitionResource*. https://docs.aws.amazon.com/mgn/latest/APIReference/API_GetNetworkMigrationDefinition.html */
  GetNetworkMigrationDefinition: "R|||6;1;|||;",
  /** Grants permission to get a network migration mapper segment construct. Access level: Read. Resources: NetworkMigrationDefinitionResource*. https://docs.aws.amazon.com/mgn/latest/APIReference/API_GetNetworkMigrationMapperSegmentConstruct.html */
  GetNetworkMigrationMapperSegmentConstruct: "R|||6;1;|||;",
  /** Grants permission to get replication configuration. Access level: Read. Resources: SourceServerResource*. https://docs.aws.amazon.com/mgn/latest/APIReference/API_GetReplicationConfiguration.html */
  GetReplicationConfiguration: "R|||8;1;|||;",
  /** Grants permission to get vcenter client commands. Access level: Read. Resources: VcenterClientResource*. Permission only. https://docs.aws.amazon.com/mgn/latest/ug/mgn-apis.html */
  GetVcenterClientCommandsForMgn: "R||1|9;1;|||",
  /** Grants permission to initialize service. Access level: Write. https://docs.aws.amazon.com/mgn/latest/APIReference/API_InitializeService.html */
  InitializeService:
    "W|||||iam:AddRoleToInstanceProfile,iam:CreateInstanceProfile,iam:CreateServiceLinkedRole,iam:GetInstanceProfile|;",
  /** Grants permission to issue a client certificate. Access level: Write. Resources: SourceServerResource. Permission only. https://docs.aws.amazon.com/mgn/latest/ug/mgn-apis.html */
  IssueClientCertificateForMgn: "W||1|8;0;|||",
  /** Grants permission to list application summaries. Access level: List. https://docs.aws.amazon.com/mgn/latest/APIReference/API_ListApplications.html */
  ListApplications: "L||||||;",
  /** Grants permission to list connectors. Access level: Read. https://docs.aws.amazon.com/mgn/latest/APIReference/API_ListConnectors.html */
  ListConnectors: "R||||||;",
  /** Grants permission to list the errors of an export task. Access level: List. Resources: ExportResource*. https://docs.aws.amazon.com/mgn/latest/APIReference/API_ListExportErrors.html */
  ListExportErrors: "L|||2;1;|||;",
  /** Grants permission to list export tasks. Access level: List. https://docs.aws.amazon.com/mgn/latest/APIReference/API_ListExports.html */
  ListExports: "L||||||;",
  /** Grants permission to list the errors of an import task. Access level: List. Resources: ImportResource*. https://docs.aws.amazon.com/mgn/latest/APIReference/API_ListImportErrors.html */
  ListImportErrors: "L|||3;1;|||;",
  /** Grants permission to list the import file enrichment tasks. Access level: List. https://docs.aws.amazon.com/mgn/latest/APIReference/API_ListImportFileEnrichments.html */
  ListImportFileEnrichments: "L||||||;",
  /** Grants permission to list the import tasks. Access level: List. https://docs.aws.amazon.com/mgn/latest/APIReference/API_ListImports.html */
  ListImports: "L||||||;",
  /** Grants permission to list managed accounts. Access level: List. https://docs.aws.amazon.com/mgn/latest/APIReference/API_ListManagedAccounts.html */
  ListManagedAccounts: "L||||||;",
  /** Grants permission to list network migration analyses. Access level: List. Resources: NetworkMigrationDefinitionResource*. https://docs.aws.amazon.com/mgn/latest/APIReference/API_ListNetworkMigrationAnalyses.html */
  ListNetworkMigrationAnalyses: "L|||6;1;|||;",
  /** Grants permission to list network migration analysis results. Access level: List. Resources: NetworkMigrationDefinitionResource*. https://docs.aws.amazon.com/mgn/latest/APIReference/API_ListNetworkMigrationAnalysisResults.html */
  ListNetworkMigrationAnalysisResults: "L|||6;1;|||;",
  /** Grants permission to list network migration code generation segments. Access level: List. Resources: NetworkMigrationDefinitionResource*. https://docs.aws.amazon.com/mgn/latest/APIReference/API_ListNetworkMigrationCodeGenerationSegments.html */
  ListNetworkMigrationCodeGenerationSegments: "L|||6;1;|||;",
  /** Grants permission to list network migration code generations. Access level: List. Resources: NetworkMigrationDefinitionResource*. https://docs.aws.amazon.com/mgn/latest/APIReference/API_ListNetworkMigrationCodeGenerations.html */
  ListNetworkMigrationCodeGenerations: "L|||6;1;|||;",
  /** Grants permission to list network migration definitions. Access level: List. https://docs.aws.amazon.com/mgn/latest/APIReference/API_ListNetworkMigrationDefinitions.html */
  ListNetworkMigrationDefinitions: "L||||||;",
  /** Grants permission to list network migration deployed stacks. Access level: List. Resources: NetworkMigrationDefinitionResource*. https://docs.aws.amazon.com/mgn/latest/APIReference/API_ListNetworkMigrationDeployedStacks.html */
  ListNetworkMigrationDeployedStacks: "L|||6;1;|||;",
  /** Grants permission to list network migration deployed stacks deletions. Access level: List. Resources: NetworkMigrationDefinitionResource*. https://docs.aws.amazon.com/mgn/latest/APIReference/API_ListNetworkMigrationDeployedStacksDeletions.html */
  ListNetworkMigrationDeployedStacksDeletions: "L|||6;1;|||",
  /** Grants permission to list network migration deployments. Access level: List. Resources: NetworkMigrationDefinitionResource*. https://docs.aws.amazon.com/mgn/latest/APIReference/API_ListNetworkMigrationDeployments.html */
  ListNetworkMigrationDeployments: "L|||6;1;|||;",
  /** Grants permission to list network migration executions. Access level: List. Resources: NetworkMigrationDefinitionResource*. https://docs.aws.amazon.com/mgn/latest/APIReference/API_ListNetworkMigrationExecutions.html */
  ListNetworkMigrationExecutions: "L|||6;1;|||;",
  /** Grants permission to list network migration mapper segment constructs. Access level: List. Resources: NetworkMigrationDefinitionResource*. https://docs.aws.amazon.com/mgn/latest/APIReference/API_ListNetworkMigrationMapperSegmentConstructs.html */
  ListNetworkMigrationMapperSegmentConstructs: "L|||6;1;|||;",
  /** Grants permission to list network migration mapper segments. Access level: List. Resources: NetworkMigrationDefinitionResource*. https://docs.aws.amazon.com/mgn/latest/APIReference/API_ListNetworkMigrationMapperSegments.html */
  ListNetworkMigrationMapperSegments: "L|||6;1;|||;",
  /** Grants permission to list network migration mapping updates. Access level: List. Resources: NetworkMigrationDefinitionResource*. https://docs.aws.amazon.com/mgn/latest/APIReference/API_ListNetworkMigrationMappingUpdates.html */
  ListNetworkMigrationMappingUpdates: "L|||6;1;|||;",
  /** Grants permission to list network migration mappings. Access level: List. Resources: NetworkMigrationDefinitionResource*. https://docs.aws.amazon.com/mgn/latest/APIReference/API_ListNetworkMigrationMappings.html */
  ListNetworkMigrationMappings: "L|||6;1;|||;",
  /** Grants permission to list source server action documents. Access level: List. Resources: SourceServerResource*. https://docs.aws.amazon.com/mgn/latest/APIReference/API_ListSourceServerActions.html */
  ListSourceServerActions: "L|||8;1;|||;",
  /** Grants permission to list tags for a resource. Access level: Read. https://docs.aws.amazon.com/mgn/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R||||||;",
  /** Grants permission to list launch configuration template action documents. Access level: List. Resources: LaunchConfigurationTemplateResource*. https://docs.aws.amazon.com/mgn/latest/APIReference/API_ListTemplateActions.html */
  ListTemplateActions: "L|||5;1;|||;",
  /** Grants permission to list wave summaries. Access level: List. https://docs.aws.amazon.com/mgn/latest/APIReference/API_ListWaves.html */
  ListWaves: "L||||||;",
  /** Grants permission to mark source server as archived. Access level: Write. Resources: SourceServerResource*. https://docs.aws.amazon.com/mgn/latest/APIReference/API_MarkAsArchived.html */
  MarkAsArchived: "W|||8;1;|||;",
  /** Grants permission to notify agent authentication. Access level: Write. Resources: SourceServerResource*. Permission only. https://docs.aws.amazon.com/mgn/latest/ug/mgn-apis.html */
  NotifyAgentAuthenticationForMgn: "W||1|8;1;|||",
  /** Grants permission to notify agent is connected. Access level: Write. Resources: SourceServerResource*. Permission only. https://docs.aws.amazon.com/mgn/latest/ug/mgn-apis.html */
  NotifyAgentConnectedForMgn: "W||1|8;1;|||",
  /** Grants permission to notify agent is disconnected. Access level: Write. Resources: SourceServerResource*. Permission only. https://docs.aws.amazon.com/mgn/latest/ug/mgn-apis.html */
  NotifyAgentDisconnectedForMgn: "W||1|8;1;|||",
  /** Grants permission to notify agent replication progress. Access level: Write. Resources: SourceServerResource*. Permission only. https://docs.aws.amazon.com/mgn/latest/ug/mgn-apis.html */
  NotifyAgentReplicationProgressForMgn: "W||1|8;1;|||",
  /** Grants permission to notify vcenter client started. Access level: Write. Resources: VcenterClientResource*. Permission only. https://docs.aws.amazon.com/mgn/latest/ug/mgn-apis.html */
  NotifyVcenterClientStartedForMgn: "W||1|9;1;|||",
  /** Grants permission to pause replication. Access level: Write. Resources: SourceServerResource*. https://docs.aws.amazon.com/mgn/latest/APIReference/API_PauseReplication.html */
  PauseReplication: "W|||8;1;|||;",
  /** Grants permission to put source server action document. Access level: Write. Resources: SourceServerResource*. https://docs.aws.amazon.com/mgn/latest/APIReference/API_PutSourceServerAction.html */
  PutSourceServerAction: "W|||8;1;|||;",
  /** Grants permission to put launch configuration template action document. Access level: Write. Resources: LaunchConfigurationTemplateResource*. https://docs.aws.amazon.com/mgn/latest/APIReference/API_PutTemplateAction.html */
  PutTemplateAction: "W|||5;1;|||;",
  /** Grants permission to register agent. Access level: Write. Permission only. https://docs.aws.amazon.com/mgn/latest/ug/mgn-apis.html */
  RegisterAgentForMgn: "W||1||0,2||",
  /** Grants permission to remove source server action document. Access level: Write. Resources: SourceServerResource*. https://docs.aws.amazon.com/mgn/latest/APIReference/API_RemoveSourceServerAction.html */
  RemoveSourceServerAction: "W|||8;1;|||;",
  /** Grants permission to remove launch configuration template action document. Access level: Write. Resources: LaunchConfigurationTemplateResource*. https://docs.aws.amazon.com/mgn/latest/APIReference/API_RemoveTemplateAction.html */
  RemoveTemplateAction: "W|||5;1;|||;",
  /** Grants permission to resume replication. Access level: Write. Resources: SourceServerResource*. https://docs.aws.amazon.com/mgn/latest/APIReference/API_ResumeReplication.html */
  ResumeReplication: "W|||8;1;|||;",
  /** Grants permission to retry replication. Access level: Write. Resources: SourceServerResource*. https://docs.aws.amazon.com/mgn/latest/APIReference/API_RetryDataReplication.html */
  RetryDataReplication: "W|||8;1;|||;",
  /** Grants permission to send agent logs. Access level: Write. Resources: SourceServerResource*. Permission only. https://docs.aws.amazon.com/mgn/latest/ug/mgn-apis.html */
  SendAgentLogsForMgn: "W||1|8;1;|||",
  /** Grants permission to send agent metrics. Access level: Write. Resources: SourceServerResource*. Permission only. https://docs.aws.amazon.com/mgn/latest/ug/mgn-apis.html */
  SendAgentMetricsForMgn: "W||1|8;1;|||",
  /** Grants permission to send channel command result. Access level: Write. Permission only. https://docs.aws.amazon.com/mgn/latest/ug/mgn-apis.html */
  SendChannelCommandResultForMgn: "W||1||||",
  /** Grants permission to send client logs. Access level: Write. Permission only. https://docs.aws.amazon.com/mgn/latest/ug/mgn-apis.html */
  SendClientLogsForMgn: "W||1||||",
  /** Grants permission to send client metrics. Access level: Write. Permission only. https://docs.aws.amazon.com/mgn/latest/ug/mgn-apis.html */
  SendClientMetricsForMgn: "W||1||||",
  /** Grants permission to send vcenter client command result. Access level: Write. Resources: VcenterClientResource*. Permission only. https://docs.aws.amazon.com/mgn/latest/ug/mgn-apis.html */
  SendVcenterClientCommandResultForMgn: "W||1|9;1;|||",
  /** Grants permission to send vcenter client logs. Access level: Write. Resources: VcenterClientResource*. Permission only. https://docs.aws.amazon.com/mgn/latest/ug/mgn-apis.html */
  SendVcenterClientLogsForMgn: "W||1|9;1;|||",
  /** Grants permission to send vcenter client metrics. Access level: Write. Resources: VcenterClientResource*. Permission only. https://docs.aws.amazon.com/mgn/latest/ug/mgn-apis.html */
  SendVcenterClientMetricsForMgn: "W||1|9;1;|||",
  /** Grants permission to start cutover. Access level: Write. Resources: SourceServerResource*. https://docs.aws.amazon.com/mgn/latest/APIReference/API_StartCutover.html */
  StartCutover:
    "W|||8;1;|0,2|7,8,9,10,11,14,15,16,17,20,30,36,38,39,41,42,43,44,45,47,48,58,59,60,67,75,83,84,96,97,99,101,103,104,105,109,111|;",
  /** Grants permission to start an export task. Access level: Write. https://docs.aws.amazon.com/mgn/latest/APIReference/API_StartExport.html */
  StartExport: "W||||0,2|47,106,107,108,110,111,112|;",
  /** Grants permission to create an import task. Access level: Write. https://docs.aws.amazon.com/mgn/latest/APIReference/API_StartImport.html */
  StartImport: "W||||0,2|11,47,84,106,107,108,110,111,mgn:UpdateLaunchConfiguration,112|;",
  /** Grants permission to start import file enrichment. Access level: Write. https://docs.aws.amazon.com/mgn/latest/APIReference/API_StartImportFileEnrichment.html */
  StartImportFileEnrichment: "W|||||58,60,71|;",
  /** Grants permission to start a network migration analysis. Access level: Write. Resources: NetworkMigrationDefinitionResource*. https://docs.aws.amazon.com/mgn/latest/APIReference/API_StartNetworkMigrationAnalysis.html */
  StartNetworkMigrationAnalysis:
    "W|||6;1;||directconnect:DescribeConnections,directconnect:DescribeDirectConnectGatewayAssociations,directconnect:DescribeDirectConnectGatewayAttachments,directconnect:DescribeDirectConnectGateways,directconnect:DescribeVirtualGateways,directconnect:DescribeVirtualInterfaces,9,12,13,14,16,24,25,26,29,ec2:DeleteTags,39,40,45,46,49,50,51,52,53,54,55,56,57,58,60,61,62,63,64,65,66,68,69,70,71,72,73,81,82,100,102,elasticloadbalancing:DescribeListeners,elasticloadbalancing:DescribeLoadBalancerAttributes,elasticloadbalancing:DescribeLoadBalancers,elasticloadbalancing:DescribeRules,elasticloadbalancing:DescribeTags,elasticloadbalancing:DescribeTargetGroupAttributes,elasticloadbalancing:DescribeTargetGroups,elasticloadbalancing:DescribeTargetHealth,globalaccelerator:ListAccelerators,globalaccelerator:ListCustomRoutingAccelerators,globalaccelerator:ListCustomRoutingEndpointGroups,globalaccelerator:ListCustomRoutingListeners,globalaccelerator:ListCustomRoutingPortMappings,globalaccelerator:ListEndpointGroups,globalaccelerator:ListListeners,network-firewall:DescribeFirewall,network-firewall:DescribeFirewallPolicy,network-firewall:DescribeResourcePolicy,network-firewall:DescribeRuleGroup,network-firewall:ListFirewallPolicies,network-firewall:ListFirewalls,network-firewall:ListRuleGroups,tiros:CreateQuery,tiros:ExtendQuery,tiros:GetQueryAnswer,tiros:GetQueryExplanation,tiros:GetQueryExtensionAccounts|;",
  /** Grants permission to start network migration code generation. Access level: Write. Resources: NetworkMigrationDefinitionResource*. https://docs.aws.amazon.com/mgn/latest/APIReference/API_StartNetworkMigrationCodeGeneration.html */
  StartNetworkMigrationCodeGeneration: "W|||6;1;|||;",
  /** Grants permission to start deletion of network migration deployed stacks. Access level: Write. Resources: NetworkMigrationDefinitionResource*. https://docs.aws.amazon.com/mgn/latest/APIReference/API_StartNetworkMigrationDeployedStacksDeletion.html */
  StartNetworkMigrationDeployedStacksDeletion:
    "W|||6;1;||0,1,2,3,4,5,6,7,8,9,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,74,75,76,77,78,79,80,83,84,85,86,87,88,89,90,91,92,93,94,95,97,98,100|",
  /** Grants permission to start a network migration deployment. Access level: Write. Resources: NetworkMigrationDefinitionResource*. https://docs.aws.amazon.com/mgn/latest/APIReference/API_StartNetworkMigrationDeployment.html */
  StartNetworkMigrationDeployment:
    "W|||6;1;||0,1,2,3,4,5,6,7,8,9,ec2:CreateNatGateway,ec2:CreateNetworkAcl,ec2:CreateNetworkAclEntry,12,13,ec2:CreateRoute,ec2:CreateRouteTable,14,ec2:CreateSubnet,16,ec2:CreateTransitGatewayRoute,ec2:CreateTransitGatewayRouteTable,ec2:CreateTransitGatewayVpcAttachment,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,ec2:DescribeAddresses,39,40,ec2:DescribeEgressOnlyInternetGateways,ec2:DescribeHosts,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,ec2:DescribeSecurityGroupRules,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,ec2:GetEbsDefaultKmsKeyId,ec2:GetEbsEncryptionByDefault,81,ec2:GetTransitGatewayRouteTableAssociations,82,83,84,85,86,87,88,89,90,91,92,93,94,95,97,98,100,102|;",
  /** Grants permission to start a network migration mapping. Access level: Write. Resources: NetworkMigrationDefinitionResource*. https://docs.aws.amazon.com/mgn/latest/APIReference/API_StartNetworkMigrationMapping.html */
  StartNetworkMigrationMapping: "W|||6;1;|||;",
  /** Grants permission to start a network migration mapping update. Access level: Write. Resources: NetworkMigrationDefinitionResource*. https://docs.aws.amazon.com/mgn/latest/APIReference/API_StartNetworkMigrationMappingUpdate.html */
  StartNetworkMigrationMappingUpdate: "W|||6;1;|||;",
  /** Grants permission to start replication. Access level: Write. Resources: SourceServerResource*. https://docs.aws.amazon.com/mgn/latest/APIReference/API_StartReplication.html */
  StartReplication: "W|||8;1;|||;",
  /** Grants permission to start snapshot group requests. Access level: Write. Permission only. https://docs.aws.amazon.com/mgn/latest/ug/mgn-apis.html */
  StartSnapshotGroupForMgn: "W||1||||",
  /** Grants permission to start test. Access level: Write. Resources: SourceServerResource*. https://docs.aws.amazon.com/mgn/latest/APIReference/API_StartTest.html */
  StartTest:
    "W|||8;1;|0,2|7,8,9,10,11,14,15,16,17,20,30,36,38,39,41,42,43,44,45,47,48,58,59,60,67,75,83,84,96,97,99,101,103,104,105,109,111|;",
  /** Grants permission to stop replication. Access level: Write. Resources: SourceServerResource*. https://docs.aws.amazon.com/mgn/latest/APIReference/API_StopReplication.html */
  StopReplication: "W|||8;1;|||;",
  /** Grants permission to assign a resource tag. Access level: Tagging. Resources: ApplicationResource, ConnectorResource, ExportResource, ImportResource, JobResource, LaunchConfigurationTemplateResource, ReplicationConfigurationTemplateResource, SourceServerResource, VcenterClientResource, WaveResource. https://docs.aws.amazon.com/mgn/latest/APIReference/API_TagResource.html */
  TagResource:
    "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,7;0;,8;0;,9;0;,10;0;|0,2,3||CreateApplication,CreateConnector,CreateLaunchConfigurationTemplate,CreateNetworkMigrationDefinition,CreateReplicationConfigurationTemplate,CreateWave,StartCutover,StartExport,StartImport,StartTest,;,TerminateTargetInstances",
  /** Grants permission to terminate target instances. Access level: Write. Resources: SourceServerResource*. https://docs.aws.amazon.com/mgn/latest/APIReference/API_TerminateTargetInstances.html */
  TerminateTargetInstances: "W|||8;1;|0,2|36,45,67,104,111|;",
  /** Grants permission to unarchive an application. Access level: Write. Resources: ApplicationResource*. https://docs.aws.amazon.com/mgn/latest/APIReference/API_UnarchiveApplication.html */
  UnarchiveApplication: "W|||0;1;|||;",
  /** Grants permission to unarchive a wave. Access level: Write. Resources: WaveResource*. https://docs.aws.amazon.com/mgn/latest/APIReference/API_UnarchiveWave.html */
  UnarchiveWave: "W|||10;1;|||;",
  /** Grants permission to untag a resource. Access level: Tagging. Resources: ApplicationResource, ConnectorResource, JobResource, LaunchConfigurationTemplateResource, ReplicationConfigurationTemplateResource, SourceServerResource, VcenterClientResource, WaveResource. https://docs.aws.amazon.com/mgn/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,4;0;,5;0;,7;0;,8;0;,9;0;,10;0;|2||;",
  /** Grants permission to update account settings. Access level: Write. https://docs.aws.amazon.com/mgn/latest/APIReference/API_UpdateAccountSettings.html */
  UpdateAccountSettings: "W||||||",
  /** Grants permission to update agent backlog. Access level: Write. Resources: SourceServerResource*. Permission only. https://docs.aws.amazon.com/mgn/latest/ug/mgn-apis.html */
  UpdateAgentBacklogForMgn: "W||1|8;1;|||",
  /** Grants permission to update agent conversion info. Access level: Write. Resources: SourceServerResource*. Permission only. https://docs.aws.amazon.com/mgn/latest/ug/mgn-apis.html */
  UpdateAgentConversionInfoForMgn: "W||1|8;1;|||",
  /** Grants permission to update agent replication info. Access level: Write. Resources: SourceServerResource*. Permission only. https://docs.aws.amazon.com/mgn/latest/ug/mgn-apis.html */
  UpdateAgentReplicationInfoForMgn: "W||1|8;1;|||",
  /** Grants permission to update agent replication process state. Access level: Write. Resources: SourceServerResource*. Permission only. https://docs.aws.amazon.com/mgn/latest/ug/mgn-apis.html */
  UpdateAgentReplicationProcessStateForMgn: "W||1|8;1;|||",
  /** Grants permission to update agent source properties. Access level: Write. Resources: SourceServerResource*. Permission only. https://docs.aws.amazon.com/mgn/latest/ug/mgn-apis.html */
  UpdateAgentSourcePropertiesForMgn: "W||1|8;1;|||",
  /** Grants permission to update an application. Access level: Write. Resources: ApplicationResource*. https://docs.aws.amazon.com/mgn/latest/APIReference/API_UpdateApplication.html */
  UpdateApplication: "W|||0;1;|||;",
  /** Grants permission to update connector. Access level: Write. Resources: ConnectorResource*. https://docs.aws.amazon.com/mgn/latest/APIReference/API_UpdateConnector.html */
  UpdateConnector: "W|||1;1;|||;",
  /** Grants permission to update launch configuration. Access level: Write. Resources: SourceServerResource*. https://docs.aws.amazon.com/mgn/latest/APIReference/API_UpdateLaunchConfiguration.html */
  UpdateLaunchConfiguration: "W|||8;1;|||;",
  /** Grants permission to update launch configuration. Access level: Write. Resources: LaunchConfigurationTemplateResource*. https://docs.aws.amazon.com/mgn/latest/APIReference/API_UpdateLaunchConfigurationTemplate.html */
  UpdateLaunchConfigurationTemplate: "W|||5;1;|||;",
  /** Grants permission to update a network migration definition. Access level: Write. Resources: NetworkMigrationDefinitionResource*. https://docs.aws.amazon.com/mgn/latest/APIReference/API_UpdateNetworkMigrationDefinition.html */
  UpdateNetworkMigrationDefinition: "W|||6;1;|||;",
  /** Grants permission to update a network migration mapper segment. Access level: Write. Resources: NetworkMigrationDefinitionResource*. https://docs.aws.amazon.com/mgn/latest/APIReference/API_UpdateNetworkMigrationMapperSegment.html */
  UpdateNetworkMigrationMapperSegment: "W|||6;1;|||;",
  /** Grants permission to update a network migration mapper segment construct. Access level: Write. Resources: NetworkMigrationDefinitionResource*. https://docs.aws.amazon.com/mgn/latest/APIReference/API_UpdateNetworkMigrationMapperSegmentConstruct.html */
  UpdateNetworkMigrationMapperSegmentConstruct: "W|||6;1;|||",
  /** Grants permission to update replication configuration. Access level: Write. Resources: SourceServerResource*. https://docs.aws.amazon.com/mgn/latest/APIReference/API_UpdateReplicationConfiguration.html */
  UpdateReplicationConfiguration: "W|||8;1;|||;",
  /** Grants permission to update replication configuration template. Access level: Write. Resources: ReplicationConfigurationTemplateResource*. https://docs.aws.amazon.com/mgn/latest/APIReference/API_UpdateReplicationConfigurationTemplate.html */
  UpdateReplicationConfigurationTemplate: "W|||7;1;|||;",
  /** Grants permission to update source server. Access level: Write. Resources: SourceServerResource*. https://docs.aws.amazon.com/mgn/latest/APIReference/API_UpdateSourceServer.html */
  UpdateSourceServer: "W|||8;1;|||;",
  /** Grants permission to update source server replication type. Access level: Write. Resources: SourceServerResource*. https://docs.aws.amazon.com/mgn/latest/APIReference/API_UpdateSourceServerReplicationType.html */
  UpdateSourceServerReplicationType: "W|||8;1;|||;",
  /** Grants permission to update a wave. Access level: Write. Resources: WaveResource*. https://docs.aws.amazon.com/mgn/latest/APIReference/API_UpdateWave.html */
  UpdateWave: "W|||10;1;|||;",
  /** Grants permission to verify client role. Access level: Read. Permission only. https://docs.aws.amazon.com/mgn/latest/ug/mgn-apis.html */
  VerifyClientRoleForMgn: "R||1||||",
} as const;
const actionDetails = {
  ArchiveApplication: "|,;~~~|Grants permission to archive an application",
  ArchiveWave: "|,;~~~|Grants permission to archive a wave",
  AssociateApplications: "|,;~~~|Grants permission to associate applications to a wave",
  AssociateSourceServers: "|,;~~~|Grants permission to associate source servers to an application",
  BatchCreateVolumeSnapshotGroupForMgn: "|,;~|Grants permission to create volume snapshot group",
  BatchDeleteSnapshotRequestForMgn: "|,;~|Grants permission to batch delete snapshot request",
  ChangeServerLifeCycleState: "|,;~~~|Grants permission to change source server life cycle state",
  CreateApplication: "|,;~~~|Grants permission to create an application",
  CreateConnector: "|,;~~~|Grants permission to create connector",
  CreateLaunchConfigurationTemplate: "|,;~~~|Grants permission to create launch configuration template",
  CreateNetworkMigrationDefinition: "|,;~~~|Grants permission to create a network migration definition",
  CreateReplicationConfigurationTemplate: "|,;~~~|Grants permission to create replication configuration template",
  CreateVcenterClientForMgn: "|,;~|Grants permission to create vcenter client",
  CreateWave: "|,;~~~|Grants permission to create a wave",
  DeleteApplication: "|,;~~~|Grants permission to delete an application",
  DeleteConnector: "|,;~~~|Grants permission to delete connector",
  DeleteJob: "|,;~~~|Grants permission to delete job",
  DeleteLaunchConfigurationTemplate: "|,;~~~|Grants permission to delete launch configuration template",
  DeleteNetworkMigrationDefinition: "|,;~~~|Grants permission to delete a network migration definition",
  DeleteReplicationConfigurationTemplate: "|,;~~~|Grants permission to delete replication configuration template",
  DeleteSourceServer: "|,;~~~|Grants permission to delete source server",
  DeleteVcenterClient: "|,;~~~|Grants permission to delete vcenter client",
  DeleteWave: "|,;~~~|Grants permission to delete a wave",
  DescribeJobLogItems: "|,;~~~|Grants permission to describe job log items",
  DescribeJobs: "|,;~~~|Grants permission to describe jobs",
  DescribeLaunchConfigurationTemplates: "|,;~~~|Grants permission to describe launch configuration template",
  DescribeReplicationConfigurationTemplates: "|,;~~~|Grants permission to describe replication configuration template",
  DescribeReplicationServerAssociationsForMgn: "|,;~|Grants permission to describe replication server associations",
  DescribeSnapshotRequestsForMgn: "|,;~|Grants permission to describe snapshots requests",
  DescribeSourceServers: "|,;~~~|Grants permission to describe source servers",
  DescribeVcenterClients: "|,;~~~|Grants permission to describe vcenter clients",
  DisassociateApplications: "|,;~~~|Grants permission to disassociate applications from a wave",
  DisassociateSourceServers: "|,;~~~|Grants permission to disassociate source servers from an application",
  DisconnectFromService: "|,;~~~|Grants permission to disconnect source server from service",
  FinalizeCutover: "|,;~~~|Grants permission to finalize cutover",
  GetAccountSettings: "|,;~|Grants permission to get account settings",
  GetAgentCommandForMgn: "|,;~|Grants permission to get agent command",
  GetAgentConfirmedResumeInfoForMgn: "|,;~|Grants permission to get agent confirmed resume info",
  GetAgentInstallationAssetsForMgn: "|,;~|Grants permission to get agent installation assets",
  GetAgentReplicationInfoForMgn: "|,;~|Grants permission to get agent replication info",
  GetAgentRuntimeConfigurationForMgn: "|,;~|Grants permission to get agent runtime configuration",
  GetAgentSnapshotCreditsForMgn: "|,;~|Grants permission to get agent snapshots credits",
  GetChannelCommandsForMgn: "|,;~|Grants permission to get channel commands",
  GetLaunchConfiguration: "|,;~~~|Grants permission to get launch configuration",
  GetNetworkMigrationDefinition: "|,;~~~|Grants permission to get a network migration definition",
  GetNetworkMigrationMapperSegmentConstruct:
    "|,;~~~|Grants permission to get a network migration mapper segment construct",
  GetReplicationConfiguration: "|,;~~~|Grants permission to get replication configuration",
  GetVcenterClientCommandsForMgn: "|,;~|Grants permission to get vcenter client commands",
  InitializeService: "|,;~~~|Grants permission to initialize service",
  IssueClientCertificateForMgn: "|,;~|Grants permission to issue a client certificate",
  ListApplications: "|,;~~~|Grants permission to list application summaries",
  ListConnectors: "|,;~~~|Grants permission to list connectors",
  ListExportErrors: "|,;~~~|Grants permission to list the errors of an export task",
  ListExports: "|,;~~~|Grants permission to list export tasks",
  ListImportErrors: "|,;~~~|Grants permission to list the errors of an import task",
  ListImportFileEnrichments: "|,;~~~|Grants permission to list the import file enrichment tasks",
  ListImports: "|,;~~~|Grants permission to list the import tasks",
  ListManagedAccounts: "|,;~~~|Grants permission to list managed accounts",
  ListNetworkMigrationAnalyses: "|,;~~~|Grants permission to list network migration analyses",
  ListNetworkMigrationAnalysisResults: "|,;~~~|Grants permission to list network migration analysis results",
  ListNetworkMigrationCodeGenerationSegments:
    "|,;~~~|Grants permission to list network migration code generation segments",
  ListNetworkMigrationCodeGenerations: "|,;~~~|Grants permission to list network migration code generations",
  ListNetworkMigrationDefinitions: "|,;~~~|Grants permission to list network migration definitions",
  ListNetworkMigrationDeployedStacks: "|,;~~~|Grants permission to list network migration deployed stacks",
  ListNetworkMigrationDeployedStacksDeletions:
    "|,;~|Grants permission to list network migration deployed stacks deletions",
  ListNetworkMigrationDeployments: "|,;~~~|Grants permission to list network migration deployments",
  ListNetworkMigrationExecutions: "|,;~~~|Grants permission to list network migration executions",
  ListNetworkMigrationMapperSegmentConstructs:
    "|,;~~~|Grants permission to list network migration mapper segment constructs",
  ListNetworkMigrationMapperSegments: "|,;~~~|Grants permission to list network migration mapper segments",
  ListNetworkMigrationMappingUpdates: "|,;~~~|Grants permission to list network migration mapping updates",
  ListNetworkMigrationMappings: "|,;~~~|Grants permission to list network migration mappings",
  ListSourceServerActions: "|,;~~~|Grants permission to list source server action documents",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for a resource",
  ListTemplateActions: "|,;~~~|Grants permission to list launch configuration template action documents",
  ListWaves: "|,;~~~|Grants permission to list wave summaries",
  MarkAsArchived: "|,;~~~|Grants permission to mark source server as archived",
  NotifyAgentAuthenticationForMgn: "|,;~|Grants permission to notify agent authentication",
  NotifyAgentConnectedForMgn: "|,;~|Grants permission to notify agent is connected",
  NotifyAgentDisconnectedForMgn: "|,;~|Grants permission to notify agent is disconnected",
  NotifyAgentReplicationProgressForMgn: "|,;~|Grants permission to notify agent replication progress",
  NotifyVcenterClientStartedForMgn: "|,;~|Grants permission to notify vcenter client started",
  PauseReplication: "|,;~~~|Grants permission to pause replication",
  PutSourceServerAction: "|,;~~~|Grants permission to put source server action document",
  PutTemplateAction: "|,;~~~|Grants permission to put launch configuration template action document",
  RegisterAgentForMgn: "|,;~|Grants permission to register agent",
  RemoveSourceServerAction: "|,;~~~|Grants permission to remove source server action document",
  RemoveTemplateAction: "|,;~~~|Grants permission to remove launch configuration template action document",
  ResumeReplication: "|,;~~~|Grants permission to resume replication",
  RetryDataReplication: "|,;~~~|Grants permission to retry replication",
  SendAgentLogsForMgn: "|,;~|Grants permission to send agent logs",
  SendAgentMetricsForMgn: "|,;~|Grants permission to send agent metrics",
  SendChannelCommandResultForMgn: "|,;~|Grants permission to send channel command result",
  SendClientLogsForMgn: "|,;~|Grants permission to send client logs",
  SendClientMetricsForMgn: "|,;~|Grants permission to send client metrics",
  SendVcenterClientCommandResultForMgn: "|,;~|Grants permission to send vcenter client command result",
  SendVcenterClientLogsForMgn: "|,;~|Grants permission to send vcenter client logs",
  SendVcenterClientMetricsForMgn: "|,;~|Grants permission to send vcenter client metrics",
  StartCutover: "|,;~~~|Grants permission to start cutover",
  StartExport: "|,;~~~|Grants permission to start an export task",
  StartImport: "|,;~~~|Grants permission to create an import task",
  StartImportFileEnrichment: "|,;~~~|Grants permission to start import file enrichment",
  StartNetworkMigrationAnalysis: "|,;~~~|Grants permission to start a network migration analysis",
  StartNetworkMigrationCodeGeneration: "|,;~~~|Grants permission to start network migration code generation",
  StartNetworkMigrationDeployedStacksDeletion:
    "|,;~|Grants permission to start deletion of network migration deployed stacks",
  StartNetworkMigrationDeployment: "|,;~~~|Grants permission to start a network migration deployment",
  StartNetworkMigrationMapping: "|,;~~~|Grants permission to start a network migration mapping",
  StartNetworkMigrationMappingUpdate: "|,;~~~|Grants permission to start a network migration mapping update",
  StartReplication: "|,;~~~|Grants permission to start replication",
  StartSnapshotGroupForMgn: "|,;~|Grants permission to start snapshot group requests",
  StartTest: "|,;~~~|Grants permission to start test",
  StopReplication: "|,;~~~|Grants permission to stop replication",
  TagResource: "|,;~~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~|Grants permission to assign a resource tag",
  TerminateTargetInstances: "|,;~~~|Grants permission to terminate target instances",
  UnarchiveApplication: "|,;~~~|Grants permission to unarchive an application",
  UnarchiveWave: "|,;~~~|Grants permission to unarchive a wave",
  UntagResource: "|,;~~~|Grants permission to untag a resource",
  UpdateAccountSettings: "|,;~|Grants permission to update account settings",
  UpdateAgentBacklogForMgn: "|,;~|Grants permission to update agent backlog",
  UpdateAgentConversionInfoForMgn: "|,;~|Grants permission to update agent conversion info",
  UpdateAgentReplicationInfoForMgn: "|,;~|Grants permission to update agent replication info",
  UpdateAgentReplicationProcessStateForMgn: "|,;~|Grants permission to update agent replication process state",
  UpdateAgentSourcePropertiesForMgn: "|,;~|Grants permission to update agent source properties",
  UpdateApplication: "|,;~~~|Grants permission to update an application",
  UpdateConnector: "|,;~~~|Grants permission to update connector",
  UpdateLaunchConfiguration: "|,;~~~|Grants permission to update launch configuration",
  UpdateLaunchConfigurationTemplate: "|,;~~~|Grants permission to update launch configuration",
  UpdateNetworkMigrationDefinition: "|,;~~~|Grants permission to update a network migration definition",
  UpdateNetworkMigrationMapperSegment: "|,;~~~|Grants permission to update a network migration mapper segment",
  UpdateNetworkMigrationMapperSegmentConstruct:
    "|,;~|Grants permission to update a network migration mapper segment construct",
  UpdateReplicationConfiguration: "|,;~~~|Grants permission to update replication configuration",
  UpdateReplicationConfigurationTemplate: "|,;~~~|Grants permission to update replication configuration template",
  UpdateSourceServer: "|,;~~~|Grants permission to update source server",
  UpdateSourceServerReplicationType: "|,;~~~|Grants permission to update source server replication type",
  UpdateWave: "|,;~~~|Grants permission to update a wave",
  VerifyClientRoleForMgn: "|,;~|Grants permission to verify client role",
};
const resourceTypeFacts = {
  /** The ApplicationResource resource type: arn:${Partition}:mgn:${Region}:${Account}:application/${ApplicationID} */
  ApplicationResource: "|,applicationResource|1",
  /** The ConnectorResource resource type: arn:${Partition}:mgn:${Region}:${Account}:connector/${ConnectorID} */
  ConnectorResource: "|,connectorResource|1",
  /** The ExportResource resource type: arn:${Partition}:mgn:${Region}:${Account}:export/${ExportID} */
  ExportResource: "|,exportResource|1",
  /** The ImportResource resource type: arn:${Partition}:mgn:${Region}:${Account}:import/${ImportID} */
  ImportResource: "|,importResource|1",
  /** The JobResource resource type: arn:${Partition}:mgn:${Region}:${Account}:job/${JobID} */
  JobResource: "|,jobResource|1",
  /** The LaunchConfigurationTemplateResource resource type: arn:${Partition}:mgn:${Region}:${Account}:launch-configuration-template/${LaunchConfigurationTemplateID} */
  LaunchConfigurationTemplateResource: "|,launchConfigurationTemplateResource|1",
  /** The NetworkMigrationDefinitionResource resource type: arn:${Partition}:mgn:${Region}:${Account}:network-migration-definition/${NetworkMigrationDefinitionID} */
  NetworkMigrationDefinitionResource: "|,networkMigrationDefinitionResource|1",
  /** The ReplicationConfigurationTemplateResource resource type: arn:${Partition}:mgn:${Region}:${Account}:replication-configuration-template/${ReplicationConfigurationTemplateID} */
  ReplicationConfigurationTemplateResource: "|,replicationConfigurationTemplateResource|1",
  /** The SourceServerResource resource type: arn:${Partition}:mgn:${Region}:${Account}:source-server/${SourceServerID} */
  SourceServerResource: "|,sourceServerResource|1",
  /** The VcenterClientResource resource type: arn:${Partition}:mgn:${Region}:${Account}:vcenter-client/${VcenterClientID} */
  VcenterClientResource: "|,vcenterClientResource|1",
  /** The WaveResource resource type: arn:${Partition}:mgn:${Region}:${Account}:wave/${WaveID} */
  WaveResource: "|,waveResource|1",
} as const;
const arnFormats = {
  /** ARN of a ApplicationResource resource: arn:${Partition}:mgn:${Region}:${Account}:application/${ApplicationID}. */
  applicationResource:
    "|,ApplicationResource|arn:|Partition|:mgn:|Region|:|Account|:application/|ApplicationID,applicationId|",
  /** ARN of a ConnectorResource resource: arn:${Partition}:mgn:${Region}:${Account}:connector/${ConnectorID}. */
  connectorResource: "|,ConnectorResource|arn:|Partition|:mgn:|Region|:|Account|:connector/|ConnectorID,connectorId|",
  /** ARN of a ExportResource resource: arn:${Partition}:mgn:${Region}:${Account}:export/${ExportID}. */
  exportResource: "|,ExportResource|arn:|Partition|:mgn:|Region|:|Account|:export/|ExportID,exportId|",
  /** ARN of a ImportResource resource: arn:${Partition}:mgn:${Region}:${Account}:import/${ImportID}. */
  importResource: "|,ImportResource|arn:|Partition|:mgn:|Region|:|Account|:import/|ImportID,importId|",
  /** ARN of a JobResource resource: arn:${Partition}:mgn:${Region}:${Account}:job/${JobID}. */
  jobResource: "|,JobResource|arn:|Partition|:mgn:|Region|:|Account|:job/|JobID,jobId|",
  /** ARN of a LaunchConfigurationTemplateResource resource: arn:${Partition}:mgn:${Region}:${Account}:launch-configuration-template/${LaunchConfigurationTemplateID}. */
  launchConfigurationTemplateResource:
    "|,LaunchConfigurationTemplateResource|arn:|Partition|:mgn:|Region|:|Account|:launch-configuration-template/|LaunchConfigurationTemplateID,launchConfigurationTemplateId|",
  /** ARN of a NetworkMigrationDefinitionResource resource: arn:${Partition}:mgn:${Region}:${Account}:network-migration-definition/${NetworkMigrationDefinitionID}. */
  networkMigrationDefinitionResource:
    "|,NetworkMigrationDefinitionResource|arn:|Partition|:mgn:|Region|:|Account|:network-migration-definition/|NetworkMigrationDefinitionID,networkMigrationDefinitionId|",
  /** ARN of a ReplicationConfigurationTemplateResource resource: arn:${Partition}:mgn:${Region}:${Account}:replication-configuration-template/${ReplicationConfigurationTemplateID}. */
  replicationConfigurationTemplateResource:
    "|,ReplicationConfigurationTemplateResource|arn:|Partition|:mgn:|Region|:|Account|:replication-configuration-template/|ReplicationConfigurationTemplateID,replicationConfigurationTemplateId|",
  /** ARN of a SourceServerResource resource: arn:${Partition}:mgn:${Region}:${Account}:source-server/${SourceServerID}. */
  sourceServerResource:
    "|,SourceServerResource|arn:|Partition|:mgn:|Region|:|Account|:source-server/|SourceServerID,sourceServerId|",
  /** ARN of a VcenterClientResource resource: arn:${Partition}:mgn:${Region}:${Account}:vcenter-client/${VcenterClientID}. */
  vcenterClientResource:
    "|,VcenterClientResource|arn:|Partition|:mgn:|Region|:|Account|:vcenter-client/|VcenterClientID,vcenterClientId|",
  /** ARN of a WaveResource resource: arn:${Partition}:mgn:${Region}:${Account}:wave/${WaveID}. */
  waveResource: "|,WaveResource|arn:|Partition|:mgn:|Region|:|Account|:wave/|WaveID,waveId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "ApplicationResource",
  "ConnectorResource",
  "ExportResource",
  "ImportResource",
  "JobResource",
  "LaunchConfigurationTemplateResource",
  "NetworkMigrationDefinitionResource",
  "ReplicationConfigurationTemplateResource",
  "SourceServerResource",
  "VcenterClientResource",
  "WaveResource",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "mgn">;
/** Any mgn action. */
export type Action = ActionOf<typeof actionFacts, "mgn">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "mgn">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "mgn" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every mgn action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by presence of tag key-value pairs in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by tag key-value pairs attached to the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by presence of tag keys in the request. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access by the name of a resource-creating API action. */
  "mgn:CreateAction": "String";
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by presence of tag key-value pairs in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by tag key-value pairs attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by presence of tag keys in the request",
  "mgn:CreateAction": "|,String|0||Filters access by the name of a resource-creating API action",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "mgn",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
