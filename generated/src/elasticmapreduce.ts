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
export const prefix: "elasticmapreduce" = "elasticmapreduce";
/** The service's name in the reference. */
export const serviceName: "Amazon Elastic MapReduce" = "Amazon Elastic MapReduce";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Elastic MapReduce",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonelasticmapreduce.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "elasticmapreduce:ExecutionRoleArn",
  "elasticmapreduce:RequestTag/${TagKey}",
  "elasticmapreduce:ResourceTag/${TagKey}",
] as const;
const dependentActionList = ["elasticmapreduce:AddTags", "iam:PassRole"] as const;
const actionFacts = {
  /** Grants permission to view all event logs in a persistent application history server. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-studio-debug.html */
  AccessAllEventLogs: "W|||0;1;|||CreatePersistentAppUI",
  /** Grants permission to add an instance fleet to a running cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/emr/latest/APIReference/API_AddInstanceFleet.html */
  AddInstanceFleet: "W|||0;1;|||;",
  /** Grants permission to add instance groups to a running cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/emr/latest/APIReference/API_AddInstanceGroups.html */
  AddInstanceGroups: "W|||0;1;|||;",
  /** Grants permission to add new steps to a running cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/emr/latest/APIReference/API_AddJobFlowSteps.html */
  AddJobFlowSteps: "W|||0;1;|3||;",
  /** Grants permission to add tags to an Amazon EMR resource. Access level: Tagging. Resources: cluster, editor, notebook-execution, studio. https://docs.aws.amazon.com/emr/latest/APIReference/API_AddTags.html */
  AddTags: "T|||0;0;,1;0;,2;0;,3;0;|0,2,4||;,CreatePersistentAppUI,CreateStudio,RunJobFlow,StartNotebookExecution",
  /** Grants permission to attach an EMR notebook to a compute engine. Access level: Write. Resources: editor*. Permission only. https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-managed-notebooks-working-with.html */
  AttachEditor: "W||1|1;1;|||",
  /** Grants permission to cancel a pending step or steps in a running cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/emr/latest/APIReference/API_CancelSteps.html */
  CancelSteps: "W|||0;1;|||;",
  /** Grants permission to create an EMR notebook. Access level: Write. Resources: cluster. Permission only. https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-managed-notebooks-create.html */
  CreateEditor: "W||1|0;0;|0,2,4||",
  /** Grants permission to create a persistent application history server. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-studio-debug.html */
  CreatePersistentAppUI: "W|||0;1;||elasticmapreduce:AccessAllEventLogs,0|;",
  /** Grants permission to create an EMR notebook repository. Access level: Write. Permission only. https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-managed-notebooks.html#emr-managed-notebooks-editor */
  CreateRepository: "W||1||||",
  /** Grants permission to create a security configuration. Access level: Write. https://docs.aws.amazon.com/emr/latest/APIReference/API_CreateSecurityConfiguration.html */
  CreateSecurityConfiguration: "W||||||;",
  /** Grants permission to create an EMR Studio. Access level: Write. https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-studio.html */
  CreateStudio: "W||||0,2,4|0,1|;",
  /** Grants permission to launch an EMR Studio using IAM authentication mode. Access level: Write. Resources: studio*. https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-studio.html */
  CreateStudioPresignedUrl: "W|||3;1;|||",
  /** Grants permission to create an EMR Studio session mapping. Access level: Write. Resources: studio*. https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-studio.html */
  CreateStudioSessionMapping: "W|||3;1;|||;",
  /** Grants permission to delete an EMR notebook. Access level: Write. Resources: editor*. Permission only. https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-managed-notebooks.html#emr-managed-notebooks-deleting */
  DeleteEditor: "W||1|1;1;|||",
  /** Grants permission to delete an EMR notebook repository. Access level: Write. Permission only. https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-managed-notebooks.html#emr-managed-notebooks-editor */
  DeleteRepository: "W||1||||",
  /** Grants permission to delete a security configuration. Access level: Write. https://docs.aws.amazon.com/emr/latest/APIReference/API_DeleteSecurityConfiguration.html */
  DeleteSecurityConfiguration: "W||||||;",
  /** Grants permission to delete an EMR Studio. Access level: Write. Resources: studio*. https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-studio.html */
  DeleteStudio: "W|||3;1;|||;",
  /** Grants permission to delete an EMR Studio session mapping. Access level: Write. Resources: studio*. https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-studio.html */
  DeleteStudioSessionMapping: "W|||3;1;|||;",
  /** Grants permission to block an identity from opening a collaborative workspace. Access level: Permissions management. Resources: editor*. Permission only. https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-managed-notebooks-working-with.html */
  DeleteWorkspaceAccess: "P||1|1;1;|||",
  /** Grants permission to get details about a cluster, including status, hardware and software configuration, VPC settings, and so on. Access level: Read. Resources: cluster*. https://docs.aws.amazon.com/emr/latest/APIReference/API_DescribeCluster.html */
  DescribeCluster: "R|||0;1;|||;",
  /** Grants permission to view information about a notebook, including status, user, role, tags, location, and more. Access level: Read. Resources: editor*. Permission only. https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-managed-notebooks-working-with.html */
  DescribeEditor: "R||1|1;1;|||",
  /** Grants permission to describe details of clusters (job flows). This API is deprecated and will eventually be removed. We recommend you use ListClusters, DescribeCluster, ListSteps, ListInstanceGroups and ListBootstrapActions instead. Access level: Read. Resources: cluster*. https://docs.aws.amazon.com/emr/latest/APIReference/API_DescribeJobFlows.html */
  DescribeJobFlows: "R|||0;1;|||;",
  /** Grants permission to view information about a notebook execution. Access level: Read. Resources: notebook-execution*. https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-managed-notebooks-headless.html */
  DescribeNotebookExecution: "R|||2;1;|||;",
  /** Grants permission to describe a persistent application history server. Access level: Read. Resources: cluster*. https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-studio-debug.html */
  DescribePersistentAppUI: "R|||0;1;|||;",
  /** Grants permission to view information about an EMR release, such as which applications are supported. Access level: Read. https://docs.aws.amazon.com/emr/latest/APIReference/API_DescribeReleaseLabel.html */
  DescribeReleaseLabel: "R||||||;",
  /** Grants permission to describe an EMR notebook repository. Access level: Read. Permission only. https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-managed-notebooks.html#emr-managed-notebooks-editor */
  DescribeRepository: "R||1||||",
  /** Grants permission to get details of a security configuration. Access level: Read. https://docs.aws.amazon.com/emr/latest/APIReference/API_DescribeSecurityConfiguration.html */
  DescribeSecurityConfiguration: "R||||||;",
  /** Grants permission to get details about a cluster step. Access level: Read. Resources: cluster*. https://docs.aws.amazon.com/emr/latest/APIReference/API_DescribeStep.html */
  DescribeStep: "R|||0;1;|||;",
  /** Grants permission to view information about an EMR Studio. Access level: Read. Resources: studio*. https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-studio.html */
  DescribeStudio: "R|||3;1;|||;",
  /** Grants permission to detach an EMR notebook from a compute engine. Access level: Write. Resources: editor*. Permission only. https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-managed-notebooks-working-with.html */
  DetachEditor: "W||1|1;1;|||",
  /** Grants permission to retrieve the auto-termination policy associated with a cluster. Access level: Read. Resources: cluster*. https://docs.aws.amazon.com/emr/latest/APIReference/API_GetAutoTerminationPolicy.html */
  GetAutoTerminationPolicy: "R|||0;1;|||;",
  /** Grants permission to retrieve the EMR block public access configuration for the AWS account in the Region. Access level: Read. https://docs.aws.amazon.com/emr/latest/APIReference/API_GetBlockPublicAccessConfiguration.html */
  GetBlockPublicAccessConfiguration: "R||||||;",
  /** Grants permission to retrieve HTTP basic credentials associated with a given execution IAM Role for a fine-grained access control enabled EMR Cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-steps-runtime-roles.html */
  GetClusterSessionCredentials: "W|||0;1;|3||;",
  /** Grants permission to retrieve the managed scaling policy associated with a cluster. Access level: Read. Resources: cluster*. https://docs.aws.amazon.com/emr/latest/APIReference/API_GetManagedScalingPolicy.html */
  GetManagedScalingPolicy: "R|||0;1;|||;",
  /** Grants permission to get a presigned URL for an application history server running on the cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-studio-debug.html */
  GetOnClusterAppUIPresignedURL: "W|||0;1;|||;",
  /** Grants permission to get a presigned URL for a persistent application history server. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-studio-debug.html */
  GetPersistentAppUIPresignedURL: "W|||0;1;|3||;",
  /** Grants permission to view information about an EMR Studio session mapping. Access level: Read. Resources: studio*. https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-studio.html */
  GetStudioSessionMapping: "R|||3;1;|||;",
  /** Grants permission to link an EMR notebook repository to EMR notebooks. Access level: Write. Permission only. https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-managed-notebooks.html#emr-managed-notebooks-editor */
  LinkRepository: "W||1||||",
  /** Grants permission to get details about the bootstrap actions associated with a cluster. Access level: Read. Resources: cluster*. https://docs.aws.amazon.com/emr/latest/APIReference/API_ListBootstrapActions.html */
  ListBootstrapActions: "R|||0;1;|||;",
  /** Grants permission to get the status of accessible clusters. Access level: List. https://docs.aws.amazon.com/emr/latest/APIReference/API_ListClusters.html */
  ListClusters: "L||||||;",
  /** Grants permission to list summary information for accessible EMR notebooks. Access level: List. Permission only. https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-managed-notebooks-working-with.html */
  ListEditors: "L||1||||",
  /** Grants permission to get details of instance fleets in a cluster. Access level: Read. Resources: cluster*. https://docs.aws.amazon.com/emr/latest/APIReference/API_ListInstanceFleets.html */
  ListInstanceFleets: "R|||0;1;|||;",
  /** Grants permission to get details of instance groups in a cluster. Access level: Read. Resources: cluster*. https://docs.aws.amazon.com/emr/latest/APIReference/API_ListInstanceGroups.html */
  ListInstanceGroups: "R|||0;1;|||;",
  /** Grants permission to get details about the Amazon EC2 instances in a cluster. Access level: Read. Resources: cluster*. https://docs.aws.amazon.com/emr/latest/APIReference/API_ListInstances.html */
  ListInstances: "R|||0;1;|||;",
  /** Grants permission to list summary information for notebook executions. Access level: List. https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-managed-notebooks-headless.html */
  ListNotebookExecutions: "L||||||;",
  /** Grants permission to list and filter the available EMR releases in the current region. Access level: List. https://docs.aws.amazon.com/emr/latest/APIReference/API_ListReleaseLabels.html */
  ListReleaseLabels: "L||||||;",
  /** Grants permission to list existing EMR notebook repositories. Access level: List. Permission only. https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-managed-notebooks.html#emr-managed-notebooks-editor */
  ListRepositories: "L||1||||",
  /** Grants permission to list available security configurations in this account by name, along with creation dates and times. Access level: List. https://docs.aws.amazon.com/emr/latest/APIReference/API_ListSecurityConfigurations.html */
  ListSecurityConfigurations: "L||||||;",
  /** Grants permission to list steps associated with a cluster. Access level: Read. Resources: cluster*. https://docs.aws.amazon.com/emr/latest/APIReference/API_ListSteps.html */
  ListSteps: "R|||0;1;|||;",
  /** Grants permission to list summary information about EMR Studio session mappings. Access level: List. https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-studio.html */
  ListStudioSessionMappings: "L||||||;",
  /** Grants permission to list summary information about EMR Studios. Access level: List. https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-studio.html */
  ListStudios: "L||||||;",
  /** Grants permission to list the Amazon EC2 instance types that an Amazon EMR release supports. Access level: List. https://docs.aws.amazon.com/emr/latest/APIReference/API_ListSupportedInstanceTypes.html */
  ListSupportedInstanceTypes: "L||||||;",
  /** Grants permission to list identities that are granted access to a workspace. Access level: List. Resources: editor*. Permission only. https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-managed-notebooks-working-with.html */
  ListWorkspaceAccessIdentities: "L||1|1;1;|||",
  /** Grants permission to change cluster settings such as number of steps that can be executed concurrently for a cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/emr/latest/APIReference/API_ModifyCluster.html */
  ModifyCluster: "W|||0;1;|||;",
  /** Grants permission to change the target On-Demand and target Spot capacities for a instance fleet. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/emr/latest/APIReference/API_ModifyInstanceFleet.html */
  ModifyInstanceFleet: "W|||0;1;|||;",
  /** Grants permission to change the number and configuration of EC2 instances for an instance group. Access level: Write. Resources: cluster. https://docs.aws.amazon.com/emr/latest/APIReference/API_ModifyInstanceGroups.html */
  ModifyInstanceGroups: "W|||0;0;|||;",
  /** Grants permission to launch the Jupyter notebook editor for an EMR notebook from within the console. Access level: Write. Resources: cluster, editor*. Permission only. https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-managed-notebooks.html#emr-managed-notebooks-editor */
  OpenEditorInConsole: "W||1|0;0;,1;1;|||",
  /** Grants permission to create or update an automatic scaling policy for a core instance group or task instance group. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/emr/latest/APIReference/API_PutAutoScalingPolicy.html */
  PutAutoScalingPolicy: "W|||0;1;|||;",
  /** Grants permission to create or update the auto-termination policy associated with a cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/emr/latest/APIReference/API_PutAutoTerminationPolicy.html */
  PutAutoTerminationPolicy: "W|||0;1;|||;",
  /** Grants permission to create or update the EMR block public access configuration for the AWS account in the Region. Access level: Permissions management. https://docs.aws.amazon.com/emr/latest/APIReference/API_PutBlockPublicAccessConfiguration.html */
  PutBlockPublicAccessConfiguration: "P||||||;",
  /** Grants permission to create or update the managed scaling policy associated with a cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/emr/latest/APIReference/API_PutManagedScalingPolicy.html */
  PutManagedScalingPolicy: "W|||0;1;|||;",
  /** Grants permission to allow an identity to open a collaborative workspace. Access level: Permissions management. Resources: editor*. Permission only. https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-managed-notebooks-working-with.html */
  PutWorkspaceAccess: "P||1|1;1;|||",
  /** Grants permission to remove an automatic scaling policy from an instance group. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/emr/latest/APIReference/API_RemoveAutoScalingPolicy.html */
  RemoveAutoScalingPolicy: "W|||0;1;|||;",
  /** Grants permission to remove the auto-termination policy associated with a cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/emr/latest/APIReference/API_RemoveAutoTerminationPolicy.html */
  RemoveAutoTerminationPolicy: "W|||0;1;|||;",
  /** Grants permission to remove the managed scaling policy associated with a cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/emr/latest/APIReference/API_RemoveManagedScalingPolicy.html */
  RemoveManagedScalingPolicy: "W|||0;1;|||;",
  /** Grants permission to remove tags from an Amazon EMR resource. Access level: Tagging. Resources: cluster, editor, notebook-execution, studio. https://docs.aws.amazon.com/emr/latest/APIReference/API_RemoveTags.html */
  RemoveTags: "T|||0;0;,1;0;,2;0;,3;0;|2||;",
  /** Grants permission to create and launch a cluster (job flow). Access level: Write. https://docs.aws.amazon.com/emr/latest/APIReference/API_RunJobFlow.html */
  RunJobFlow: "W||||0,2,4|0,1|;",
  /** Grants permission to add and remove auto terminate after step execution for a cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/emr/latest/APIReference/API_SetKeepJobFlowAliveWhenNoSteps.html */
  SetKeepJobFlowAliveWhenNoSteps: "W|||0;1;|||;",
  /** Grants permission to add and remove termination protection for a cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/emr/latest/APIReference/API_SetTerminationProtection.html */
  SetTerminationProtection: "W|||0;1;|||;",
  /** Grants permission to enable or disable unhealthy node replacement for a cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/emr/latest/APIReference/API_SetUnhealthyNodeReplacement.html */
  SetUnhealthyNodeReplacement: "W|||0;1;|||;",
  /** Grants permission to set whether all AWS Identity and Access Management (IAM) users in the AWS account can view a cluster. This API is deprecated and your cluster may be visible to all users in your account. To restrict cluster access using an IAM policy, see AWS Identity and Access Management for Amazon EMR (https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-plan-access-iam.html). Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/emr/latest/APIReference/API_SetVisibleToAllUsers.html */
  SetVisibleToAllUsers: "W|||0;1;|||;",
  /** Grants permission to start an EMR notebook. Access level: Write. Resources: cluster, editor*. Permission only. https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-managed-notebooks-working-with.html */
  StartEditor: "W||1|0;0;,1;1;|||",
  /** Grants permission to start an EMR notebook execution. Access level: Write. Resources: cluster*, editor*. https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-managed-notebooks-headless.html */
  StartNotebookExecution: "W|||0;1;,1;1;|0,2,4|0,1|;",
  /** Grants permission to shut down an EMR notebook. Access level: Write. Resources: editor*. Permission only. https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-managed-notebooks.html */
  StopEditor: "W||1|1;1;|||",
  /** Grants permission to stop notebook execution. Access level: Write. Resources: notebook-execution*. https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-managed-notebooks-headless.html */
  StopNotebookExecution: "W|||2;1;|||;",
  /** Grants permission to terminate a cluster (job flow). Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/emr/latest/APIReference/API_TerminateJobFlows.html */
  TerminateJobFlows: "W|||0;1;|||;",
  /** Grants permission to unlink an EMR notebook repository from EMR notebooks. Access level: Write. Permission only. https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-managed-notebooks.html#emr-managed-notebooks-editor */
  UnlinkRepository: "W||1||||",
  /** Grants permission to update an EMR notebook. Access level: Write. Resources: editor*. Permission only. https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-managed-notebooks-working-with.html */
  UpdateEditor: "W||1|1;1;|||",
  /** Grants permission to update an EMR notebook repository. Access level: Write. Permission only. https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-managed-notebooks.html#emr-managed-notebooks-editor */
  UpdateRepository: "W||1||||",
  /** Grants permission to update information about an EMR Studio. Access level: Write. Resources: studio*. https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-studio.html */
  UpdateStudio: "W|||3;1;||1|;",
  /** Grants permission to update an EMR Studio session mapping. Access level: Write. Resources: studio*. https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-studio.html */
  UpdateStudioSessionMapping: "W|||3;1;|||;",
  /** Grants permission to use the EMR console to view events from all clusters. Access level: List. Permission only. https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonelasticmapreduce.html */
  ViewEventsFromAllClustersInConsole: "L||1||||",
} as const;
const actionDetails = {
  AccessAllEventLogs: "|,;~~~|Grants permission to view all event logs in a persistent application history server",
  AddInstanceFleet: "|,;~~~|Grants permission to add an instance fleet to a running cluster",
  AddInstanceGroups: "|,;~~~|Grants permission to add instance groups to a running cluster",
  AddJobFlowSteps: "|,;~~~|Grants permission to add new steps to a running cluster",
  AddTags: "|,;~~~,~~,~~,~~,~~|Grants permission to add tags to an Amazon EMR resource",
  AttachEditor: "|,;~|Grants permission to attach an EMR notebook to a compute engine",
  CancelSteps: "|,;~~~|Grants permission to cancel a pending step or steps in a running cluster",
  CreateEditor: "|,;~|Grants permission to create an EMR notebook",
  CreatePersistentAppUI: "|,;~~~|Grants permission to create a persistent application history server",
  CreateRepository: "|,;~|Grants permission to create an EMR notebook repository",
  CreateSecurityConfiguration: "|,;~~~|Grants permission to create a security configuration",
  CreateStudio: "|,;~~~|Grants permission to create an EMR Studio",
  CreateStudioPresignedUrl: "|,;~|Grants permission to launch an EMR Studio using IAM authentication mode",
  CreateStudioSessionMapping: "|,;~~~|Grants permission to create an EMR Studio session mapping",
  DeleteEditor: "|,;~|Grants permission to delete an EMR notebook",
  DeleteRepository: "|,;~|Grants permission to delete an EMR notebook repository",
  DeleteSecurityConfiguration: "|,;~~~|Grants permission to delete a security configuration",
  DeleteStudio: "|,;~~~|Grants permission to delete an EMR Studio",
  DeleteStudioSessionMapping: "|,;~~~|Grants permission to delete an EMR Studio session mapping",
  DeleteWorkspaceAccess: "|,;~|Grants permission to block an identity from opening a collaborative workspace",
  DescribeCluster:
    "|,;~~~|Grants permission to get details about a cluster, including status, hardware and software configuration, VPC settings, and so on",
  DescribeEditor:
    "|,;~|Grants permission to view information about a notebook, including status, user, role, tags, location, and more",
  DescribeJobFlows:
    "|,;~~~|Grants permission to describe details of clusters (job flows). This API is deprecated and will eventually be removed. We recommend you use ListClusters, DescribeCluster, ListSteps, ListInstanceGroups and ListBootstrapActions instead",
  DescribeNotebookExecution: "|,;~~~|Grants permission to view information about a notebook execution",
  DescribePersistentAppUI: "|,;~~~|Grants permission to describe a persistent application history server",
  DescribeReleaseLabel:
    "|,;~~~|Grants permission to view information about an EMR release, such as which applications are supported",
  DescribeRepository: "|,;~|Grants permission to describe an EMR notebook repository",
  DescribeSecurityConfiguration: "|,;~~~|Grants permission to get details of a security configuration",
  DescribeStep: "|,;~~~|Grants permission to get details about a cluster step",
  DescribeStudio: "|,;~~~|Grants permission to view information about an EMR Studio",
  DetachEditor: "|,;~|Grants permission to detach an EMR notebook from a compute engine",
  GetAutoTerminationPolicy:
    "|,;~~~|Grants permission to retrieve the auto-termination policy associated with a cluster",
  GetBlockPublicAccessConfiguration:
    "|,;~~~|Grants permission to retrieve the EMR block public access configuration for the AWS account in the Region",
  GetClusterSessionCredentials:
    "|,;~~~|Grants permission to retrieve HTTP basic credentials associated with a given execution IAM Role for a fine-grained access control enabled EMR Cluster",
  GetManagedScalingPolicy: "|,;~~~|Grants permission to retrieve the managed scaling policy associated with a cluster",
  GetOnClusterAppUIPresignedURL:
    "|,;~~~|Grants permission to get a presigned URL for an application history server running on the cluster",
  GetPersistentAppUIPresignedURL:
    "|,;~~~|Grants permission to get a presigned URL for a persistent application history server",
  GetStudioSessionMapping: "|,;~~~|Grants permission to view information about an EMR Studio session mapping",
  LinkRepository: "|,;~|Grants permission to link an EMR notebook repository to EMR notebooks",
  ListBootstrapActions: "|,;~~~|Grants permission to get details about the bootstrap actions associated with a cluster",
  ListClusters: "|,;~~~|Grants permission to get the status of accessible clusters",
  ListEditors: "|,;~|Grants permission to list summary information for accessible EMR notebooks",
  ListInstanceFleets: "|,;~~~|Grants permission to get details of instance fleets in a cluster",
  ListInstanceGroups: "|,;~~~|Grants permission to get details of instance groups in a cluster",
  ListInstances: "|,;~~~|Grants permission to get details about the Amazon EC2 instances in a cluster",
  ListNotebookExecutions: "|,;~~~|Grants permission to list summary information for notebook executions",
  ListReleaseLabels: "|,;~~~|Grants permission to list and filter the available EMR releases in the current region",
  ListRepositories: "|,;~|Grants permission to list existing EMR notebook repositories",
  ListSecurityConfigurations:
    "|,;~~~|Grants permission to list available security configurations in this account by name, along with creation dates and times",
  ListSteps: "|,;~~~|Grants permission to list steps associated with a cluster",
  ListStudioSessionMappings: "|,;~~~|Grants permission to list summary information about EMR Studio session mappings",
  ListStudios: "|,;~~~|Grants permission to list summary information about EMR Studios",
  ListSupportedInstanceTypes:
    "|,;~~~|Grants permission to list the Amazon EC2 instance types that an Amazon EMR release supports",
  ListWorkspaceAccessIdentities: "|,;~|Grants permission to list identities that are granted access to a workspace",
  ModifyCluster:
    "|,;~~~|Grants permission to change cluster settings such as number of steps that can be executed concurrently for a cluster",
  ModifyInstanceFleet:
    "|,;~~~|Grants permission to change the target On-Demand and target Spot capacities for a instance fleet",
  ModifyInstanceGroups:
    "|,;~~~|Grants permission to change the number and configuration of EC2 instances for an instance group",
  OpenEditorInConsole:
    "|,;~|Grants permission to launch the Jupyter notebook editor for an EMR notebook from within the console",
  PutAutoScalingPolicy:
    "|,;~~~|Grants permission to create or update an automatic scaling policy for a core instance group or task instance group",
  PutAutoTerminationPolicy:
    "|,;~~~|Grants permission to create or update the auto-termination policy associated with a cluster",
  PutBlockPublicAccessConfiguration:
    "|,;~~~|Grants permission to create or update the EMR block public access configuration for the AWS account in the Region",
  PutManagedScalingPolicy:
    "|,;~~~|Grants permission to create or update the managed scaling policy associated with a cluster",
  PutWorkspaceAccess: "|,;~|Grants permission to allow an identity to open a collaborative workspace",
  RemoveAutoScalingPolicy: "|,;~~~|Grants permission to remove an automatic scaling policy from an instance group",
  RemoveAutoTerminationPolicy:
    "|,;~~~|Grants permission to remove the auto-termination policy associated with a cluster",
  RemoveManagedScalingPolicy: "|,;~~~|Grants permission to remove the managed scaling policy associated with a cluster",
  RemoveTags: "|,;~~~|Grants permission to remove tags from an Amazon EMR resource",
  RunJobFlow: "|,;~~~|Grants permission to create and launch a cluster (job flow)",
  SetKeepJobFlowAliveWhenNoSteps:
    "|,;~~~|Grants permission to add and remove auto terminate after step execution for a cluster",
  SetTerminationProtection: "|,;~~~|Grants permission to add and remove termination protection for a cluster",
  SetUnhealthyNodeReplacement: "|,;~~~|Grants permission to enable or disable unhealthy node replacement for a cluster",
  SetVisibleToAllUsers:
    "|,;~~~|Grants permission to set whether all AWS Identity and Access Management (IAM) users in the AWS account can view a cluster. This API is deprecated and your cluster may be visible to all users in your account. To restrict cluster access using an IAM policy, see AWS Identity and Access Management for Amazon EMR (https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-plan-access-iam.html)",
  StartEditor: "|,;~|Grants permission to start an EMR notebook",
  StartNotebookExecution: "|,;~~~|Grants permission to start an EMR notebook execution",
  StopEditor: "|,;~|Grants permission to shut down an EMR notebook",
  StopNotebookExecution: "|,;~~~|Grants permission to stop notebook execution",
  TerminateJobFlows: "|,;~~~|Grants permission to terminate a cluster (job flow)",
  UnlinkRepository: "|,;~|Grants permission to unlink an EMR notebook repository from EMR notebooks",
  UpdateEditor: "|,;~|Grants permission to update an EMR notebook",
  UpdateRepository: "|,;~|Grants permission to update an EMR notebook repository",
  UpdateStudio: "|,;~~~|Grants permission to update information about an EMR Studio",
  UpdateStudioSessionMapping: "|,;~~~|Grants permission to update an EMR Studio session mapping",
  ViewEventsFromAllClustersInConsole: "|,;~|Grants permission to use the EMR console to view events from all clusters",
};
const resourceTypeFacts = {
  /** The cluster resource type: arn:${Partition}:elasticmapreduce:${Region}:${Account}:cluster/${ClusterId} */
  cluster: "|,|1,5",
  /** The editor resource type: arn:${Partition}:elasticmapreduce:${Region}:${Account}:editor/${EditorId} */
  editor: "|,|1,5",
  /** The notebook-execution resource type: arn:${Partition}:elasticmapreduce:${Region}:${Account}:notebook-execution/${NotebookExecutionId} */
  "notebook-execution": "|,notebookExecution|1,5",
  /** The studio resource type: arn:${Partition}:elasticmapreduce:${Region}:${Account}:studio/${StudioId} */
  studio: "|,|1,5",
} as const;
const arnFormats = {
  /** ARN of a cluster resource: arn:${Partition}:elasticmapreduce:${Region}:${Account}:cluster/${ClusterId}. */
  cluster: "|,cluster|arn:|Partition|:elasticmapreduce:|Region|:|Account|:cluster/|ClusterId|",
  /** ARN of a editor resource: arn:${Partition}:elasticmapreduce:${Region}:${Account}:editor/${EditorId}. */
  editor: "|,editor|arn:|Partition|:elasticmapreduce:|Region|:|Account|:editor/|EditorId|",
  /** ARN of a notebook-execution resource: arn:${Partition}:elasticmapreduce:${Region}:${Account}:notebook-execution/${NotebookExecutionId}. */
  notebookExecution:
    "|,notebook-execution|arn:|Partition|:elasticmapreduce:|Region|:|Account|:notebook-execution/|NotebookExecutionId|",
  /** ARN of a studio resource: arn:${Partition}:elasticmapreduce:${Region}:${Account}:studio/${StudioId}. */
  studio: "|,studio|arn:|Partition|:elasticmapreduce:|Region|:|Account|:studio/|StudioId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["cluster", "editor", "notebook-execution", "studio"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "elasticmapreduce">;
/** Any elasticmapreduce action. */
export type Action = ActionOf<typeof actionFacts, "elasticmapreduce">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "elasticmapreduce">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "emr" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every elasticmapreduce action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by whether the tag and value pair is provided with the action. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by the tag and value pair associated with an Amazon EMR resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by whether the tag and value pair is provided with the action. */
  [key: `elasticmapreduce:RequestTag/${string}`]: "String";
  /** Filters access by the tag and value pair associated with an Amazon EMR resource. */
  [key: `elasticmapreduce:ResourceTag/${string}`]: "String";
  /** Filters access by whether the tag keys are provided with the action regardless of tag value. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access by whether the execution role ARN is provided with the action. */
  "elasticmapreduce:ExecutionRoleArn": "ARN";
}

/** Condition key -> value type. */
export type ConditionKeys = ConditionKeysOf<ConditionKeyTypes>;

/** Condition key with a placeholder, as the reference writes it -> its template-literal key. */
export interface ConditionKeyPatterns {
  /** aws:RequestTag/${TagKey} */
  "aws:RequestTag/${TagKey}": `aws:RequestTag/${string}`;
  /** aws:ResourceTag/${TagKey} */
  "aws:ResourceTag/${TagKey}": `aws:ResourceTag/${string}`;
  /** elasticmapreduce:RequestTag/${TagKey} */
  "elasticmapreduce:RequestTag/${TagKey}": `elasticmapreduce:RequestTag/${string}`;
  /** elasticmapreduce:ResourceTag/${TagKey} */
  "elasticmapreduce:ResourceTag/${TagKey}": `elasticmapreduce:ResourceTag/${string}`;
}

/** A condition key as the reference writes it. */
export type ConditionKeyName = (typeof conditionKeyList)[number];
/** Condition key -> description, types, deprecation. */
export type ConditionKeyInfos = { readonly [K in ConditionKeyName]: ConditionKeyInfo };
const conditionKeyRows: { readonly [K in ConditionKeyName]: string } = {
  "aws:RequestTag/${TagKey}":
    "|,String|0||Filters access by whether the tag and value pair is provided with the action",
  "aws:ResourceTag/${TagKey}":
    "|,String|0||Filters access by the tag and value pair associated with an Amazon EMR resource",
  "aws:TagKeys":
    "|,ArrayOfString|0||Filters access by whether the tag keys are provided with the action regardless of tag value",
  "elasticmapreduce:ExecutionRoleArn":
    "|,ARN|0||Filters access by whether the execution role ARN is provided with the action",
  "elasticmapreduce:RequestTag/${TagKey}":
    "|,String|0||Filters access by whether the tag and value pair is provided with the action",
  "elasticmapreduce:ResourceTag/${TagKey}":
    "|,String|0||Filters access by the tag and value pair associated with an Amazon EMR resource",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "elasticmapreduce",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
