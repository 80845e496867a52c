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
export const prefix: "ecs" = "ecs";
/** The service's name in the reference. */
export const serviceName: "Amazon Elastic Container Service" = "Amazon Elastic Container Service";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Elastic Container Service",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonelasticcontainerservice.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "ecs:CreateAction",
  "ecs:ResourceTag/${TagKey}",
  "ecs:account-setting",
  "ecs:auto-assign-public-ip",
  "ecs:capacity-provider",
  "ecs:cluster",
  "ecs:compute-compatibility",
  "ecs:container-instances",
  "ecs:container-name",
  "ecs:daemon",
  "ecs:daemon-task-definition",
  "ecs:enable-ebs-volumes",
  "ecs:enable-ecs-managed-tags",
  "ecs:enable-execute-command",
  "ecs:enable-service-connect",
  "ecs:enable-vpc-lattice",
  "ecs:fargate-ephemeral-storage-kms-key",
  "ecs:gateway",
  "ecs:instance-metadata-tags-propagation",
  "ecs:namespace",
  "ecs:privileged",
  "ecs:propagate-tags",
  "ecs:service",
  "ecs:subnet",
  "ecs:task",
  "ecs:task-cpu",
  "ecs:task-definition",
  "ecs:task-memory",
] as const;
const dependentActionList = [
  "ecs:PutClusterCapacityProviders",
  "ecs:RegisterTaskDefinition",
  "ecs:TagResource",
  "iam:PassRole",
] as const;
const actionFacts = {
  /** Grants permission to continue a paused service deployment. Access level: Write. Resources: service*, service-deployment*. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContinueServiceDeployment.html */
  ContinueServiceDeployment: "W|||7;1;1~8,8;1;1~8~25|||;",
  /** Grants permission to create a new capacity provider. Capacity providers are associated with an Amazon ECS cluster and are used in capacity provider strategies to facilitate cluster auto scaling. Access level: Write. Resources: capacity-provider*. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateCapacityProvider.html */
  CreateCapacityProvider: "W|||0;1;1|0,2,21,24|0,2,3|;",
  /** Grants permission to create a new Amazon ECS cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateCluster.html */
  CreateCluster: "W|||1;1;1|0,2,7,19|2|;,CreateExpressGatewayService",
  /** Grants permission to create a new daemon in a specified cluster. Access level: Write. Resources: daemon*. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateDaemon.html */
  CreateDaemon: "W|||3;1;1~8|0,2,7,13,15,16,24,28,30|2,3|;",
  /** Grants permission to create a new Amazon ECS Express Gateway service with cluster and task definition. Access level: Write. Resources: service*. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateExpressGatewayService.html */
  CreateExpressGatewayService: "W|||7;1;1~8|0,2,15,24,26,28,29,30|ecs:CreateCluster,1,2,3|;",
  /** Grants permission to run and maintain a desired number of tasks from a specified task definition via service creation. Access level: Write. Resources: service*. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html */
  CreateService: "W|||7;1;1~8|0,2,6,7,14,15,16,17,18,22,24,26,28,29,30|2,3|;",
  /** Grants permission to create a new Amazon ECS task set. Access level: Write. Resources: task-set*. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateTaskSet.html */
  CreateTaskSet: "W|||12;1;|0,2,7,8,25,29|2,3|;",
  /** Grants permission to modify the ARN and resource ID format of a resource for a specified IAM user, IAM role, or the root user for an account. You can specify whether the new ARN and resource ID format are disabled for new resources that are created. Access level: Write. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeleteAccountSetting.html */
  DeleteAccountSetting: "W||||5||;",
  /** Grants permission to delete one or more custom attributes from an Amazon ECS resource. Access level: Write. Resources: container-instance*. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeleteAttributes.html */
  DeleteAttributes: "W|||2;1;|1,8||;",
  /** Grants permission to delete the specified capacity provider. Access level: Write. Resources: capacity-provider*. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeleteCapacityProvider.html */
  DeleteCapacityProvider: "W|||0;1;|1|0|;",
  /** Grants permission to delete the specified cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeleteCluster.html */
  DeleteCluster: "W|||1;1;1|||;",
  /** Grants permission to delete a specified daemon within a cluster. Access level: Write. Resources: daemon*. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeleteDaemon.html */
  DeleteDaemon: "W|||3;1;1~8|||;",
  /** Grants permission to delete the specified daemon task definition. Access level: Write. Resources: daemon-task-definition*. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeleteDaemonTaskDefinition.html */
  DeleteDaemonTaskDefinition: "W|||6;1;1|||;",
  /** Grants permission to delete a specified Express Gateway service. Access level: Write. Resources: service*. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeleteExpressGatewayService.html */
  DeleteExpressGatewayService: "W|||7;1;1~8|||;",
  /** Grants permission to delete a specified service within a cluster. Access level: Write. Resources: service*. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeleteService.html */
  DeleteService: "W|||7;1;|1,8||;",
  /** Grants permission to delete the specified task definitions by family and revision. Access level: Write. Resources: task-definition*. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeleteTaskDefinitions.html */
  DeleteTaskDefinitions: "W|||11;1;|1||;",
  /** Grants permission to delete the specified task set. Access level: Write. Resources: task-set*. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeleteTaskSet.html */
  DeleteTaskSet: "W|||12;1;|1,8,25||;",
  /** Grants permission to deregister an Amazon ECS container instance from the specified cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeregisterContainerInstance.html */
  DeregisterContainerInstance: "W|||1;1;1|||;",
  /** Grants permission to deregister the specified task definition by family and revision. Access level: Write. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeregisterTaskDefinition.html */
  DeregisterTaskDefinition: "W||||||;",
  /** Grants permission to describe one or more Amazon ECS capacity providers. Access level: Read. Resources: capacity-provider*. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DescribeCapacityProviders.html */
  DescribeCapacityProviders: "R|||0;1;|1||;",
  /** Grants permission to describes one or more of your clusters. Access level: Read. Resources: cluster*. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DescribeClusters.html */
  DescribeClusters: "R|||1;1;1|||;",
  /** Grants permission to describes Amazon ECS container instances. Access level: Read. Resources: container-instance*. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DescribeContainerInstances.html */
  DescribeContainerInstances: "R|||2;1;|1,8||;",
  /** Grants permission to describe the specified daemon running in your cluster. Access level: Read. Resources: daemon*. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DescribeDaemon.html */
  DescribeDaemon: "R|||3;1;1~8|||;",
  /** Grants permission to describe one or more of your daemon deployments. Access level: Read. Resources: daemon*, daemon-deployment*. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DescribeDaemonDeployments.html */
  DescribeDaemonDeployments: "R|||3;1;1~8,4;1;1~8~12|||;",
  /** Grants permission to describe one or more of your daemon revisions. Access level: Read. Resources: daemon*, daemon-revision*. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DescribeDaemonRevisions.html */
  DescribeDaemonRevisions: "R|||3;1;1~8,5;1;1~8~12|||;",
  /** Grants permission to describe a daemon task definition. Access level: Read. Resources: daemon-task-definition*. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DescribeDaemonTaskDefinition.html */
  DescribeDaemonTaskDefinition: "R|||6;1;1|||;",
  /** Grants permission to describe the specified Express Gateway service. Access level: Read. Resources: service*. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DescribeExpressGatewayService.html */
  DescribeExpressGatewayService: "R|||7;1;1~8|||;",
  /** Grants permission to describe one or more of your service deployments. Access level: Read. Resources: service*, service-deployment*. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DescribeServiceDeployments.html */
  DescribeServiceDeployments: "R|||7;1;1~8,8;1;1~8~25|||;",
  /** Grants permission to describe one or more of your service revisions. Access level: Read. Resources: service*, service-revision*. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DescribeServiceRevisions.html */
  DescribeServiceRevisions: "R|||7;1;1~8,9;1;1~8~25|||;",
  /** Grants permission to describe the specified services running in your cluster. Access level: Read. Resources: service*. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DescribeServices.html */
  DescribeServices: "R|||7;1;|1,8||;",
  /** Grants permission to describe a task definition. You can specify a family and revision to find information about a specific task definition, or you can simply specify the family to find the latest ACTIVE revision in that family. Access level: Read. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DescribeTaskDefinition.html */
  DescribeTaskDefinition: "R||||||;",
  /** Grants permission to describe Amazon ECS task sets. Access level: Read. Resources: task-set*. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DescribeTaskSets.html */
  DescribeTaskSets: "R|||12;1;|1,8,25||;",
  /** Grants permission to describe a specified task or tasks. Access level: Read. Resources: task*. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DescribeTasks.html */
  DescribeTasks: "R|||10;1;|1,8||;",
  /** Grants permission to get an endpoint for the Amazon ECS agent to poll for updates. Access level: Write. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DiscoverPollEndpoint.html */
  DiscoverPollEndpoint: "W||||||;",
  /** Grants permission to run a command remotely on an Amazon ECS container. Access level: Write. Resources: cluster*, task*. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ExecuteCommand.html */
  ExecuteCommand: "W|||1;1;,10;1;|1,8,11,27||;",
  /** Grants permission to retrieve the protection status of tasks in an Amazon ECS service. Access level: Read. Resources: task*. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_GetTaskProtection.html */
  GetTaskProtection: "R|||10;1;|1,8||;",
  /** Grants permission to list the account settings for an Amazon ECS resource for a specified principal. Access level: Read. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ListAccountSettings.html */
  ListAccountSettings: "R||||||;",
  /** Grants permission to lists the attributes for Amazon ECS resources within a specified target type and cluster. Access level: List. Resources: cluster*. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ListAttributes.html */
  ListAttributes: "L|||1;1;1|||;",
  /** Grants permission to get a list of existing clusters. Access level: List. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ListClusters.html */
  ListClusters: "L||||||;",
  /** Grants permission to get a list of container instances in a specified cluster. Access level: List. Resources: cluster*. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ListContainerInstances.html */
  ListContainerInstances: "L|||1;1;1|||;",
  /** Grants permission to get a list of daemon deployments for a specified daemon. Access level: List. Resources: daemon*. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ListDaemonDeployments.html */
  ListDaemonDeployments: "L|||3;1;1~8|||;",
  /** Grants permission to get a list of daemon task definitions that are registered to your account. Access level: List. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ListDaemonTaskDefinitions.html */
  ListDaemonTaskDefinitions: "L||||||;",
  /** Grants permission to get a list of daemons that are running in a specified cluster. Access level: List. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ListDaemons.html */
  ListDaemons: "L||||8||;",
  /** Grants permission to get a list of service deployments for a specified service. Access level: List. Resources: service*. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ListServiceDeployments.html */
  ListServiceDeployments: "L|||7;1;1~8|||;",
  /** Grants permission to get a list of services that are running in a specified cluster. Access level: List. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ListServices.html */
  ListServices: "L||||8||;",
  /** Grants permission to get a list of services that are running in a specified AWS Cloud Map Namespace. Access level: List. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ListServicesByNamespace.html */
  ListServicesByNamespace: "L||||22||;",
  /** Grants permission to get a list of tags for the specified resource. Access level: Read. Resources: capacity-provider, cluster, container-instance, service, task, task-definition, task-set. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,1;0;,2;0;,7;0;,10;0;,11;0;,12;0;|1||;",
  /** Grants permission to get a list of task definition families that are registered to your account (which may include task definition families that no longer have any ACTIVE task definitions). Access level: List. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ListTaskDefinitionFamilies.html */
  ListTaskDefinitionFamilies: "L||||||;",
  /** Grants permission to get a list of task definitions that are registered to your account. Access level: List. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ListTaskDefinitions.html */
  ListTaskDefinitions: "L||||||;",
  /** Grants permission to get a list of tasks for a specified cluster. Access level: List. Resources: container-instance*. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ListTasks.html */
  ListTasks: "L|||2;1;|1,8||;",
  /** Grants permission to an agent to connect with the Amazon ECS service to report status and get commands. Access level: Write. Resources: container-instance*. Permission only. https://docs.aws.amazon.com/AmazonECS/latest/developerguide/instance_IAM_role.html */
  Poll: "W||1|2;1;|8||",
  /** Grants permission to modify the ARN and resource ID format of a resource for a specified IAM user, IAM role, or the root user for an account. You can specify whether the new ARN and resource ID format are enabled for new resources that are created. Enabling this setting is required to use new Amazon ECS features such as resource tagging. Access level: Write. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PutAccountSetting.html */
  PutAccountSetting: "W||||5||;",
  /** Grants permission to modify the ARN and resource ID format of a resource type for all IAM users on an account for which no individual account setting has been set. Enabling this setting is required to use new Amazon ECS features such as resource tagging. Access level: Write. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PutAccountSettingDefault.html */
  PutAccountSettingDefault: "W||||5||;",
  /** Grants permission to create or update an attribute on an Amazon ECS resource. Access level: Write. Resources: container-instance*. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PutAttributes.html */
  PutAttributes: "W|||2;1;|1,8||;",
  /** Grants permission to modify the available capacity providers and the default capacity provider strategy for a cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PutClusterCapacityProviders.html */
  PutClusterCapacityProviders: "W|||1;1;1|7||CreateCapacityProvider,DeleteCapacityProvider,;,UpdateCapacityProvider",
  /** Grants permission to collect system logs from the container instances. Access level: Write. Resources: cluster*, container-instance*. Permission only. https://docs.aws.amazon.com/AmazonECS/latest/developerguide/logging-using-cloudtrail.html#cloudtrail-data-events */
  PutSystemLogEvents: "W||1|1;1;1,2;1;1~7~8|||",
  /** Grants permission to register an EC2 instance into the specified cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterContainerInstance.html */
  RegisterContainerInstance: "W|||1;1;1|0,2|2|;",
  /** Grants permission to register a new daemon task definition from the supplied family and containerDefinitions. Access level: Write. Resources: daemon-task-definition*. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterDaemonTaskDefinition.html */
  RegisterDaemonTaskDefinition: "W|||6;1;1|0,2,23,28,30|2,3|;",
  /** Grants permission to register a new task definition from the supplied family and containerDefinitions. Access level: Write. Resources: task-definition*. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html */
  RegisterTaskDefinition: "W|||11;1;1|0,2,9,23,28,30|2,3|CreateExpressGatewayService,;,UpdateExpressGatewayService",
  /** Grants permission to start a task using random placement and the default Amazon ECS scheduler. Access level: Write. Resources: task-definition*. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RunTask.html */
  RunTask: "W|||11;1;|0,1,2,7,8,14,16|2,3|;",
  /** Grants permission to start a new task from the specified task definition on the specified container instance or instances. Access level: Write. Resources: task-definition*. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_StartTask.html */
  StartTask: "W|||11;1;|0,1,2,8,10,14,16|2,3|;",
  /** Grants permission to start a telemetry session. Access level: Write. Resources: container-instance*. Permission only. https://docs.aws.amazon.com/AmazonECS/latest/developerguide/cloudwatch-metrics.html#enable_cloudwatch */
  StartTelemetrySession: "W||1|2;1;|8||",
  /** Grants permission to stop an ongoing service deployment. Access level: Write. Resources: service*, service-deployment*. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_StopServiceDeployment.html */
  StopServiceDeployment: "W|||7;1;1~8,8;1;1~8~25|||;",
  /** Grants permission to stop a running task. Access level: Write. Resources: task*. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_StopTask.html */
  StopTask: "W|||10;1;|1,8||;",
  /** Grants permission to send an acknowledgement that attachments changed states. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_SubmitAttachmentStateChanges.html */
  SubmitAttachmentStateChanges: "W|||1;1;1|||;",
  /** Grants permission to send an acknowledgement that a container changed states. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_SubmitContainerStateChange.html */
  SubmitContainerStateChange: "W|||1;1;1|||;",
  /** Grants permission to send an acknowledgement that a task changed states. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_SubmitTaskStateChange.html */
  SubmitTaskStateChange: "W|||1;1;1|||;",
  /** Grants permission to tag the specified resource. Access level: Tagging. Resources: capacity-provider, cluster, container-instance, daemon, daemon-task-definition, service, task, task-definition, task-set. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_TagResource.html */
  TagResource:
    "T|||0;0;,1;0;,2;0;,3;0;,6;0;,7;0;,10;0;,11;0;,12;0;|0,1,2,3||CreateCapacityProvider,CreateCluster,CreateDaemon,CreateExpressGatewayService,CreateService,CreateTaskSet,RegisterContainerInstance,RegisterDaemonTaskDefinition,RegisterTaskDefinition,RunTask,StartTask,;",
  /** Grants permission to untag the specified resource. Access level: Tagging. Resources: capacity-provider, cluster, container-instance, daemon, daemon-task-definition, service, task, task-definition, task-set. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,3;0;,6;0;,7;0;,10;0;,11;0;,12;0;|1,2||;",
  /** Grants permission to update the specified capacity provider. Access level: Write. Resources: capacity-provider*. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_UpdateCapacityProvider.html */
  UpdateCapacityProvider: "W|||0;1;|1,21,24|0,3|;",
  /** Grants permission to modify the configuration or settings to use for a cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_UpdateCluster.html */
  UpdateCluster: "W|||1;1;1|19||;",
  /** Grants permission to modify the settings to use for a cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_UpdateClusterSettings.html */
  UpdateClusterSettings: "W|||1;1;1|||;",
  /** Grants permission to update the Amazon ECS container agent on a specified container instance. Access level: Write. Resources: container-instance*. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_UpdateContainerAgent.html */
  UpdateContainerAgent: "W|||2;1;|1,8||;",
  /** Grants permission to the user to modify the status of an Amazon ECS container instance. Access level: Write. Resources: container-instance*. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_UpdateContainerInstancesState.html */
  UpdateContainerInstancesState: "W|||2;1;|1,8||;",
  /** Grants permission to modify the parameters of a daemon. Access level: Write. Resources: daemon*. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_UpdateDaemon.html */
  UpdateDaemon: "W|||3;1;1~8|7,13,15,16,24,28,30|3|;",
  /** Grants permission to modify the parameters of an Express Gateway service. Access level: Write. Resources: service*. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_UpdateExpressGatewayService.html */
  UpdateExpressGatewayService: "W|||7;1;1~8|15,24,26,28,30|1,3|;",
  /** Grants permission to modify the parameters of a service. Access level: Write. Resources: service*. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_UpdateService.html */
  UpdateService: "W|||7;1;1~8|6,7,14,15,16,17,18,22,24,26,28,29,30|3|;",
  /** Grants permission to modify the primary task set used in a service. Access level: Write. Resources: service*. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_UpdateServicePrimaryTaskSet.html */
  UpdateServicePrimaryTaskSet: "W|||7;1;|1,8||;",
  /** Grants permission to modify the protection status of a task. Access level: Write. Resources: task*. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_UpdateTaskProtection.html */
  UpdateTaskProtection: "W|||10;1;|1,8||;",
  /** Grants permission to update the specified task set. Access level: Write. Resources: task-set*. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_UpdateTaskSet.html */
  UpdateTaskSet: "W|||12;1;|1,8,25||;",
} as const;
const actionDetails = {
  ContinueServiceDeployment: "|,;~~~|Grants permission to continue a paused service deployment",
  CreateCapacityProvider:
    "|,;~~~|Grants permission to create a new capacity provider. Capacity providers are associated with an Amazon ECS cluster and are used in capacity provider strategies to facilitate cluster auto scaling",
  CreateCluster: "|,;~~~,~~|Grants permission to create a new Amazon ECS cluster",
  CreateDaemon: "|,;~~~|Grants permission to create a new daemon in a specified cluster",
  CreateExpressGatewayService:
    "|,;~~~|Grants permission to create a new Amazon ECS Express Gateway service with cluster and task definition",
  CreateService:
    "|,;~~~|Grants permission to run and maintain a desired number of tasks from a specified task definition via service creation",
  CreateTaskSet: "|,;~~~|Grants permission to create a new Amazon ECS task set",
  DeleteAccountSetting:
    "|,;~~~|Grants permission to modify the ARN and resource ID format of a resource for a specified IAM user, IAM role, or the root user for an account. You can specify whether the new ARN and resource ID format are disabled for new resources that are created",
  DeleteAttributes: "|,;~~~|Grants permission to delete one or more custom attributes from an Amazon ECS resource",
  DeleteCapacityProvider: "|,;~~~|Grants permission to delete the specified capacity provider",
  DeleteCluster: "|,;~~~|Grants permission to delete the specified cluster",
  DeleteDaemon: "|,;~~~|Grants permission to delete a specified daemon within a cluster",
  DeleteDaemonTaskDefinition: "|,;~~~|Grants permission to delete the specified daemon task definition",
  DeleteExpressGatewayService: "|,;~~~|Grants permission to delete a specified Express Gateway service",
  DeleteService: "|,;~~~|Grants permission to delete a specified service within a cluster",
  DeleteTaskDefinitions: "|,;~~~|Grants permission to delete the specified task definitions by family and revision",
  DeleteTaskSet: "|,;~~~|Grants permission to delete the specified task set",
  DeregisterContainerInstance:
    "|,;~~~|Grants permission to deregister an Amazon ECS container instance from the specified cluster",
  DeregisterTaskDefinition:
    "|,;~~~|Grants permission to deregister the specified task definition by family and revision",
  DescribeCapacityProviders: "|,;~~~|Grants permission to describe one or more Amazon ECS capacity providers",
  DescribeClusters: "|,;~~~|Grants permission to describes one or more of your clusters",
  DescribeContainerInstances: "|,;~~~|Grants permission to describes Amazon ECS container instances",
  DescribeDaemon: "|,;~~~|Grants permission to describe the specified daemon running in your cluster",
  DescribeDaemonDeployments: "|,;~~~|Grants permission to describe one or more of your daemon deployments",
  DescribeDaemonRevisions: "|,;~~~|Grants permission to describe one or more of your daemon revisions",
  DescribeDaemonTaskDefinition: "|,;~~~|Grants permission to describe a daemon task definition",
  DescribeExpressGatewayService: "|,;~~~|Grants permission to describe the specified Express Gateway service",
  DescribeServiceDeployments: "|,;~~~|Grants permission to describe one or more of your service deployments",
  DescribeServiceRevisions: "|,;~~~|Grants permission to describe one or more of your service revisions",
  DescribeServices: "|,;~~~|Grants permission to describe the specified services running in your cluster",
  DescribeTaskDefinition:
    "|,;~~~|Grants permission to describe a task definition. You can specify a family and revision to find information about a specific task definition, or you can simply specify the family to find the latest ACTIVE revision in that family",
  DescribeTaskSets: "|,;~~~|Grants permission to describe Amazon ECS task sets",
  DescribeTasks: "|,;~~~|Grants permission to describe a specified task or tasks",
  DiscoverPollEndpoint: "|,;~~~|Grants permission to get an endpoint for the Amazon ECS agent to poll for updates",
  ExecuteCommand: "|,;~~~|Grants permission to run a command remotely on an Amazon ECS container",
  GetTaskProtection: "|,;~~~|Grants permission to retrieve the protection status of tasks in an Amazon ECS service",
  ListAccountSettings:
    "|,;~~~|Grants permission to list the account settings for an Amazon ECS resource for a specified principal",
  ListAttributes:
    "|,;~~~|Grants permission to lists the attributes for Amazon ECS resources within a specified target type and cluster",
  ListClusters: "|,;~~~|Grants permission to get a list of existing clusters",
  ListContainerInstances: "|,;~~~|Grants permission to get a list of container instances in a specified cluster",
  ListDaemonDeployments: "|,;~~~|Grants permission to get a list of daemon deployments for a specified daemon",
  ListDaemonTaskDefinitions:
    "|,;~~~|Grants permission to get a list of daemon task definitions that are registered to your account",
  ListDaemons: "|,;~~~|Grants permission to get a list of daemons that are running in a specified cluster",
  ListServiceDeployments: "|,;~~~|Grants permission to get a list of service deployments for a specified service",
  ListServices: "|,;~~~|Grants permission to get a list of services that are running in a specified cluster",
  ListServicesByNamespace:
    "|,;~~~|Grants permission to get a list of services that are running in a specified AWS Cloud Map Namespace",
  ListTagsForResource: "|,;~~~|Grants permission to get a list of tags for the specified resource",
  ListTaskDefinitionFamilies:
    "|,;~~~|Grants permission to get a list of task definition families that are registered to your account (which may include task definition families that no longer have any ACTIVE task definitions)",
  ListTaskDefinitions: "|,;~~~|Grants permission to get a list of task definitions that are registered to your account",
  ListTasks: "|,;~~~|Grants permission to get a list of tasks for a specified cluster",
  Poll: "|,;~|Grants permission to an agent to connect with the Amazon ECS service to report status and get commands",
  PutAccountSetting:
    "|,;~~~|Grants permission to modify the ARN and resource ID format of a resource for a specified IAM user, IAM role, or the root user for an account. You can specify whether the new ARN and resource ID format are enabled for new resources that are created. Enabling this setting is required to use new Amazon ECS features such as resource tagging",
  PutAccountSettingDefault:
    "|,;~~~|Grants permission to modify the ARN and resource ID format of a resource type for all IAM users on an account for which no individual account setting has been set. Enabling this setting is required to use new Amazon ECS features such as resource tagging",
  PutAttributes: "|,;~~~|Grants permission to create or update an attribute on an Amazon ECS resource",
  PutClusterCapacityProviders:
    "|,;~~~,~~,~~,~~|Grants permission to modify the available capacity providers and the default capacity provider strategy for a cluster",
  PutSystemLogEvents: "|,;~|Grants permission to collect system logs from the container instances",
  RegisterContainerInstance: "|,;~~~|Grants permission to register an EC2 instance into the specified cluster",
  RegisterDaemonTaskDefinition:
    "|,;~~~|Grants permission to register a new daemon task definition from the supplied family and containerDefinitions",
  RegisterTaskDefinition:
    "|,;~~~,~~,~~|Grants permission to register a new task definition from the supplied family and containerDefinitions",
  RunTask: "|,;~~~|Grants permission to start a task using random placement and the default Amazon ECS scheduler",
  StartTask:
    "|,;~~~|Grants permission to start a new task from the specified task definition on the specified container instance or instances",
  StartTelemetrySession: "|,;~|Grants permission to start a telemetry session",
  StopServiceDeployment: "|,;~~~|Grants permission to stop an ongoing service deployment",
  StopTask: "|,;~~~|Grants permission to stop a running task",
  SubmitAttachmentStateChanges: "|,;~~~|Grants permission to send an acknowledgement that attachments changed states",
  SubmitContainerStateChange: "|,;~~~|Grants permission to send an acknowledgement that a container changed states",
  SubmitTaskStateChange: "|,;~~~|Grants permission to send an acknowledgement that a task changed states",
  TagResource: "|,;~~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~|Grants permission to tag the specified resource",
  UntagResource: "|,;~~~|Grants permission to untag the specified resource",
  UpdateCapacityProvider: "|,;~~~|Grants permission to update the specified capacity provider",
  UpdateCluster: "|,;~~~|Grants permission to modify the configuration or settings to use for a cluster",
  UpdateClusterSettings: "|,;~~~|Grants permission to modify the settings to use for a cluster",
  UpdateContainerAgent:
    "|,;~~~|Grants permission to update the Amazon ECS container agent on a specified container instance",
  UpdateContainerInstancesState:
    "|,;~~~|Grants permission to the user to modify the status of an Amazon ECS container instance",
  UpdateDaemon: "|,;~~~|Grants permission to modify the parameters of a daemon",
  UpdateExpressGatewayService: "|,;~~~|Grants permission to modify the parameters of an Express Gateway service",
  UpdateService: "|,;~~~|Grants permission to modify the parameters of a service",
  UpdateServicePrimaryTaskSet: "|,;~~~|Grants permission to modify the primary task set used in a service",
  UpdateTaskProtection: "|,;~~~|Grants permission to modify the protection status of a task",
  UpdateTaskSet: "|,;~~~|Grants permission to update the specified task set",
};
const resourceTypeFacts = {
  /** The capacity-provider resource type: arn:${Partition}:ecs:${Region}:${Account}:capacity-provider/${CapacityProviderName} */
  "capacity-provider": "|,capacityProvider|1,4",
  /** The cluster resource type: arn:${Partition}:ecs:${Region}:${Account}:cluster/${ClusterName} */
  cluster: "|,|1,4",
  /** The container-instance resource type: arn:${Partition}:ecs:${Region}:${Account}:container-instance/${ClusterName}/${ContainerInstanceId} */
  "container-instance": "|,containerInstance|1,4",
  /** The daemon resource type: arn:${Partition}:ecs:${Region}:${Account}:daemon/${ClusterName}/${DaemonName} */
  daemon: "|,|1,8",
  /** The daemon-deployment resource type: arn:${Partition}:ecs:${Region}:${Account}:daemon-deployment/${ClusterName}/${DaemonName}/${DaemonDeploymentId} */
  "daemon-deployment": "|,daemonDeployment|1,8,12",
  /** The daemon-revision resource type: arn:${Partition}:ecs:${Region}:${Account}:daemon-revision/${ClusterName}/${DaemonName}/${DaemonRevisionId} */
  "daemon-revision": "|,daemonRevision|1,8,12",
  /** The daemon-task-definition resource type: arn:${Partition}:ecs:${Region}:${Account}:daemon-task-definition/${DaemonTaskDefinitionFamilyName}:${DaemonTaskDefinitionRevisionNumber} */
  "daemon-task-definition": "|,daemonTaskDefinition|1",
  /** The service resource type: arn:${Partition}:ecs:${Region}:${Account}:service/${ClusterName}/${ServiceName} */
  service: "|,|1,4",
  /** The service-deployment resource type: arn:${Partition}:ecs:${Region}:${Account}:service-deployment/${ClusterName}/${ServiceName}/${ServiceDeploymentId} */
  "service-deployment": "|,serviceDeployment|1,8,25",
  /** The service-revision resource type: arn:${Partition}:ecs:${Region}:${Account}:service-revision/${ClusterName}/${ServiceName}/${ServiceRevisionId} */
  "service-revision": "|,serviceRevision|1,8,25",
  /** The task resource type: arn:${Partition}:ecs:${Region}:${Account}:task/${ClusterName}/${TaskId} */
  task: "|,|1,4",
  /** The task-definition resource type: arn:${Partition}:ecs:${Region}:${Account}:task-definition/${TaskDefinitionFamilyName}:${TaskDefinitionRevisionNumber} */
  "task-definition": "|,taskDefinition|1,4",
  /** The task-set resource type: arn:${Partition}:ecs:${Region}:${Account}:task-set/${ClusterName}/${ServiceName}/${TaskSetId} */
  "task-set": "|,taskSet|1,4",
} as const;
const arnFormats = {
  /** ARN of a capacity-provider resource: arn:${Partition}:ecs:${Region}:${Account}:capacity-provider/${CapacityProviderName}. */
  capacityProvider:
    "|,capacity-provider|arn:|Partition|:ecs:|Region|:|Account|:capacity-provider/|CapacityProviderName|",
  /** ARN of a cluster resource: arn:${Partition}:ecs:${Region}:${Account}:cluster/${ClusterName}. */
  cluster: "|,cluster|arn:|Partition|:ecs:|Region|:|Account|:cluster/|ClusterName|",
  /** ARN of a container-instance resource: arn:${Partition}:ecs:${Region}:${Account}:container-instance/${ClusterName}/${ContainerInstanceId}. */
  containerInstance:
    "|,container-instance|arn:|Partition|:ecs:|Region|:|Account|:container-instance/|ClusterName|/|ContainerInstanceId|",
  /** ARN of a daemon resource: arn:${Partition}:ecs:${Region}:${Account}:daemon/${ClusterName}/${DaemonName}. */
  daemon: "|,daemon|arn:|Partition|:ecs:|Region|:|Account|:daemon/|ClusterName|/|DaemonName|",
  /** ARN of a daemon-deployment resource: arn:${Partition}:ecs:${Region}:${Account}:daemon-deployment/${ClusterName}/${DaemonName}/${DaemonDeploymentId}. */
  daemonDeployment:
    "|,daemon-deployment|arn:|Partition|:ecs:|Region|:|Account|:daemon-deployment/|ClusterName|/|DaemonName|/|DaemonDeploymentId|",
  /** ARN of a daemon-revision resource: arn:${Partition}:ecs:${Region}:${Account}:daemon-revision/${ClusterName}/${DaemonName}/${DaemonRevisionId}. */
  daemonRevision:
    "|,daemon-revision|arn:|Partition|:ecs:|Region|:|Account|:daemon-revision/|ClusterName|/|DaemonName|/|DaemonRevisionId|",
  /** ARN of a daemon-task-definition resource: arn:${Partition}:ecs:${Region}:${Account}:daemon-task-definition/${DaemonTaskDefinitionFamilyName}:${DaemonTaskDefinitionRevisionNumber}. */
  daemonTaskDefinition:
    "|,daemon-task-definition|arn:|Partition|:ecs:|Region|:|Account|:daemon-task-definition/|DaemonTaskDefinitionFamilyName|:|DaemonTaskDefinitionRevisionNumber|",
  /** ARN of a service resource: arn:${Partition}:ecs:${Region}:${Account}:service/${ClusterName}/${ServiceName}. */
  service: "|,service|arn:|Partition|:ecs:|Region|:|Account|:service/|ClusterName|/|ServiceName|",
  /** ARN of a service-deployment resource: arn:${Partition}:ecs:${Region}:${Account}:service-deployment/${ClusterName}/${ServiceName}/${ServiceDeploymentId}. */
  serviceDeployment:
    "|,service-deployment|arn:|Partition|:ecs:|Region|:|Account|:service-deployment/|ClusterName|/|ServiceName|/|ServiceDeploymentId|",
  /** ARN of a service-revision resource: arn:${Partition}:ecs:${Region}:${Account}:service-revision/${ClusterName}/${ServiceName}/${ServiceRevisionId}. */
  serviceRevision:
    "|,service-revision|arn:|Partition|:ecs:|Region|:|Account|:service-revision/|ClusterName|/|ServiceName|/|ServiceRevisionId|",
  /** ARN of a task resource: arn:${Partition}:ecs:${Region}:${Account}:task/${ClusterName}/${TaskId}. */
  task: "|,task|arn:|Partition|:ecs:|Region|:|Account|:task/|ClusterName|/|TaskId|",
  /** ARN of a task-definition resource: arn:${Partition}:ecs:${Region}:${Account}:task-definition/${TaskDefinitionFamilyName}:${TaskDefinitionRevisionNumber}. */
  taskDefinition:
    "|,task-definition|arn:|Partition|:ecs:|Region|:|Account|:task-definition/|TaskDefinitionFamilyName|:|TaskDefinitionRevisionNumber|",
  /** ARN of a task-set resource: arn:${Partition}:ecs:${Region}:${Account}:task-set/${ClusterName}/${ServiceName}/${TaskSetId}. */
  taskSet: "|,task-set|arn:|Partition|:ecs:|Region|:|Account|:task-set/|ClusterName|/|ServiceName|/|TaskSetId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "capacity-provider",
  "cluster",
  "container-instance",
  "daemon",
  "daemon-deployment",
  "daemon-revision",
  "daemon-task-definition",
  "service",
  "service-deployment",
  "service-revision",
  "task",
  "task-definition",
  "task-set",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "ecs">;
/** Any ecs action. */
export type Action = ActionOf<typeof actionFacts, "ecs">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "ecs">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "ecs" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every ecs action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the tag key-value pairs attached to the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the tag key-value pairs attached to the resource. */
  [key: `ecs:ResourceTag/${string}`]: "String";
  /** Filters access by the tag keys that are passed in the request. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access by the name of a resource-creating API action. */
  "ecs:CreateAction": "String";
  /** Filters access by the Amazon ECS account setting name. */
  "ecs:account-setting": "String";
  /** Filters access by the public IP assignment configuration of your Amazon ECS task or Amazon ECS service that uses awsvpc network mode. */
  "ecs:auto-assign-public-ip": "Bool";
  /** Filters access by the ARN of an Amazon ECS capacity provider. */
  "ecs:capacity-provider": "ArrayOfARN";
  /** Filters access by the ARN of an Amazon ECS cluster. */
  "ecs:cluster": "ARN";
  /** Filters access by the required compatibilities field provided in the request. */
  "ecs:compute-compatibility": "ArrayOfString";
  /** Filters access by the ARN of an Amazon ECS container instance. */
  "ecs:container-instances": "ARN";
  /** Filters access by the name of an Amazon ECS container which is defined in the ECS task definition. */
  "ecs:container-name": "String";
  /** Filters access by the ARN of an Amazon ECS daemon. */
  "ecs:daemon": "ARN";
  /** Filters access by the ARN of an Amazon ECS daemon task definition. */
  "ecs:daemon-task-definition": "ARN";
  /** Filters access by the Amazon ECS managed Amazon EBS volume capability of your ECS task or service. */
  "ecs:enable-ebs-volumes": "String";
  /** Filters access by the enableECSManagedTags configuration of your Amazon ECS task or Amazon ECS service. */
  "ecs:enable-ecs-managed-tags": "Bool";
  /** Filters access by the execute-command capability of your Amazon ECS task or Amazon ECS service. */
  "ecs:enable-execute-command": "String";
  /** Filters access by the enable field value in the Service Connect configuration. */
  "ecs:enable-service-connect": "String";
  /** Filters access by the VPC lattice capability of your Amazon ECS service. */
  "ecs:enable-vpc-lattice": "String";
  /** Filters access by the AWS KMS key id provided in the request. */
  "ecs:fargate-ephemeral-storage-kms-key": "String";
  /** Filters access by the ARN of an Amazon ECS gateway. */
  "ecs:gateway": "ARN";
  /** Filters access by the instance metadata tags propagation setting of your Amazon ECS capacity provider. */
  "ecs:instance-metadata-tags-propagation": "Bool";
  /** Filters access by the ARN of AWS Cloud Map namespace which is defined in the Service Connect Configuration. */
  "ecs:namespace": "ARN";
  /** Filters access by the privileged field provided in the request. */
  "ecs:privileged": "String";
  /** Filters access by the tag propagation configuration of your Amazon ECS task or Amazon ECS service. */
  "ecs:propagate-tags": "String";
  /** Filters access by the ARN of an Amazon ECS service. */
  "ecs:service": "ARN";
  /** Filters access by the subnet configuration of your Amazon ECS task or Amazon ECS service that uses awsvpc network mode. */
  "ecs:subnet": "ArrayOfString";
  /** Filters access by the ARN of an Amazon ECS task. */
  "ecs:task": "ARN";
  /** Filters access by the task cpu, as an integer with 1024 = 1 vCPU, provided in the request. */
  "ecs:task-cpu": "Numeric";
  /** Filters access by the ARN of an Amazon ECS task definition. */
  "ecs:task-definition": "ARN";
  /** Filters access by the task memory, as an integer representing MiB, provided in the request. */
  "ecs:task-memory": "Numeric";
}

/** Condition key -> value type. */
export type ConditionKeys = ConditionKeysOf<ConditionKeyTypes>;

/** Condition key with a placeholder, as the reference writes it -> its template-literal key. */
export interface ConditionKeyPatterns {
  /** aws:RequestTag/${TagKey} */
  "aws:RequestTag/${TagKey}": `aws:RequestTag/${string}`;
  /** aws:ResourceTag/${TagKey} */
  "aws:ResourceTag/${TagKey}": `aws:ResourceTag/${string}`;
  /** ecs:ResourceTag/${TagKey} */
  "ecs:ResourceTag/${TagKey}": `ecs:ResourceTag/${string}`;
}

/** A condition key as the reference writes it. */
export type ConditionKeyName = (typeof conditionKeyList)[number];
/** Condition key -> description, types, deprecation. */
export type ConditionKeyInfos = { readonly [K in ConditionKeyName]: ConditionKeyInfo };
const conditionKeyRows: { readonly [K in ConditionKeyName]: string } = {
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by the tags that are passed in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by the tag key-value pairs attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the tag keys that are passed in the request",
  "ecs:CreateAction": "|,String|0||Filters access by the name of a resource-creating API action",
  "ecs:ResourceTag/${TagKey}": "|,String|0||Filters access by the tag key-value pairs attached to the resource",
  "ecs:account-setting": "|,String|0||Filters access by the Amazon ECS account setting name",
  "ecs:auto-assign-public-ip":
    "|,Bool|0||Filters access by the public IP assignment configuration of your Amazon ECS task or Amazon ECS service that uses awsvpc network mode",
  "ecs:capacity-provider": "|,ArrayOfARN|0||Filters access by the ARN of an Amazon ECS capacity provider",
  "ecs:cluster": "|,ARN|0||Filters access by the ARN of an Amazon ECS cluster",
  "ecs:compute-compatibility":
    "|,ArrayOfString|0||Filters access by the required compatibilities field provided in the request",
  "ecs:container-instances": "|,ARN|0||Filters access by the ARN of an Amazon ECS container instance",
  "ecs:container-name":
    "|,String|0||Filters access by the name of an Amazon ECS container which is defined in the ECS task definition",
  "ecs:daemon": "|,ARN|0||Filters access by the ARN of an Amazon ECS daemon",
  "ecs:daemon-task-definition": "|,ARN|0||Filters access by the ARN of an Amazon ECS daemon task definition",
  "ecs:enable-ebs-volumes":
    "|,String|0||Filters access by the Amazon ECS managed Amazon EBS volume capability of your ECS task or service",
  "ecs:enable-ecs-managed-tags":
    "|,Bool|0||Filters access by the enableECSManagedTags configuration of your Amazon ECS task or Amazon ECS service",
  "ecs:enable-execute-command":
    "|,String|0||Filters access by the execute-command capability of your Amazon ECS task or Amazon ECS service",
  "ecs:enable-service-connect":
    "|,String|0||Filters access by the enable field value in the Service Connect configuration",
  "ecs:enable-vpc-lattice": "|,String|0||Filters access by the VPC lattice capability of your Amazon ECS service",
  "ecs:fargate-ephemeral-storage-kms-key": "|,String|0||Filters access by the AWS KMS key id provided in the request",
  "ecs:gateway": "|,ARN|0||Filters access by the ARN of an Amazon ECS gateway",
  "ecs:instance-metadata-tags-propagation":
    "|,Bool|0||Filters access by the instance metadata tags propagation setting of your Amazon ECS capacity provider",
  "ecs:namespace":
    "|,ARN|0||Filters access by the ARN of AWS Cloud Map namespace which is defined in the Service Connect Configuration",
  "ecs:privileged": "|,String|0||Filters access by the privileged field provided in the request",
  "ecs:propagate-tags":
    "|,String|0||Filters access by the tag propagation configuration of your Amazon ECS task or Amazon ECS service",
  "ecs:service": "|,ARN|0||Filters access by the ARN of an Amazon ECS service",
  "ecs:subnet":
    "|,ArrayOfString|0||Filters access by the subnet configuration of your Amazon ECS task or Amazon ECS service that uses awsvpc network mode",
  "ecs:task": "|,ARN|0||Filters access by the ARN of an Amazon ECS task",
  "ecs:task-cpu":
    "|,Numeric|0||Filters access by the task cpu, as an integer with 1024 = 1 vCPU, provided in the request",
  "ecs:task-definition": "|,ARN|0||Filters access by the ARN of an Amazon ECS task definition",
  "ecs:task-memory":
    "|,Numeric|0||Filters access by the task memory, as an integer representing MiB, provided in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "ecs",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
