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
export const prefix: "deadline" = "deadline";
/** The service's name in the reference. */
export const serviceName: "AWS Deadline Cloud" = "AWS Deadline Cloud";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Deadline Cloud",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsdeadlinecloud.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "deadline:AssociatedMembershipLevel",
  "deadline:CalledAction",
  "deadline:FarmMembershipLevels",
  "deadline:FleetMembershipLevels",
  "deadline:JobMembershipLevels",
  "deadline:MembershipLevel",
  "deadline:PrincipalId",
  "deadline:QueueMembershipLevels",
  "deadline:RequesterPrincipalId",
] as const;
const dependentActionList = [
  "deadline:GetJobTemplate",
  "deadline:TagResource",
  "ec2:CreateVpcEndpoint",
  "ec2:DescribeVpcEndpoints",
  "iam:PassRole",
  "identitystore:DescribeGroup",
  "identitystore:DescribeUser",
  "identitystore:ListGroupMembershipsForMember",
  "logs:CreateLogGroup",
  "logs:CreateLogStream",
  "sso:DeleteApplication",
  "sso:PutApplicationGrant",
  "vpc-lattice:GetResourceConfiguration",
  "vpc-lattice:GetResourceGateway",
] as const;
const actionFacts = {
  /** Grants permission to associate a member to a farm. Access level: Permissions management. Resources: farm*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_AssociateMemberToFarm.html */
  AssociateMemberToFarm: "P|||1;1;|3,8|5,6,7|;",
  /** Grants permission to associate a member to a fleet. Access level: Permissions management. Resources: fleet*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_AssociateMemberToFleet.html */
  AssociateMemberToFleet: "P|||2;1;|3,8|5,6,7|;",
  /** Grants permission to associate a member to a job. Access level: Permissions management. Resources: job*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_AssociateMemberToJob.html */
  AssociateMemberToJob: "P|||3;1;|3,8|5,6,7|;",
  /** Grants permission to associate a member to a queue. Access level: Permissions management. Resources: queue*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_AssociateMemberToQueue.html */
  AssociateMemberToQueue: "P|||6;1;|3,8|5,6,7|;",
  /** Grants permission to assume a fleet role for read-only access. Access level: Write. Resources: fleet*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_AssumeFleetRoleForRead.html */
  AssumeFleetRoleForRead: "W|||2;1;||7|;",
  /** Grants permission to assume a fleet role for a worker. Access level: Write. Resources: worker*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_AssumeFleetRoleForWorker.html */
  AssumeFleetRoleForWorker: "W|||8;1;|||;",
  /** Grants permission to assume a queue role for read-only access. Access level: Write. Resources: queue*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_AssumeQueueRoleForRead.html */
  AssumeQueueRoleForRead: "W|||6;1;||7|;",
  /** Grants permission to assume a queue role for a user. Access level: Write. Resources: queue*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_AssumeQueueRoleForUser.html */
  AssumeQueueRoleForUser: "W|||6;1;||7|;",
  /** Grants permission to assume a queue role for a worker. Access level: Write. Resources: queue*, worker*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_AssumeQueueRoleForWorker.html */
  AssumeQueueRoleForWorker: "W|||6;1;,8;1;|||;",
  /** Grants permission to get a job entity for a worker. Access level: Read. Resources: worker*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_BatchGetJobEntity.html */
  BatchGetJobEntity: "R|||8;1;|||;",
  /** Grants permission to copy a job template to an Amazon S3 bucket. Access level: Write. Resources: job*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_CopyJobTemplate.html */
  CopyJobTemplate: "W|||3;1;||0,7,s3:PutObject|;",
  /** Grants permission to create a budget. Access level: Write. Resources: budget*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_CreateBudget.html */
  CreateBudget: "W|||0;1;|0,2|1,7|;",
  /** Grants permission to create a farm. Access level: Write. Resources: farm*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_CreateFarm.html */
  CreateFarm: "W|||1;1;|0,2|1|;",
  /** Grants permission to create a fleet. Access level: Write. Resources: fleet*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_CreateFleet.html */
  CreateFleet: "W|||2;1;|0,2|1,2,4,7,8,12,13|;",
  /** Grants permission to create a job. Access level: Write. Resources: job*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_CreateJob.html */
  CreateJob: "W|||3;1;|0,2|0,1,7|;",
  /** Grants permission to create a license endpoint for licensed software or products. Access level: Write. Resources: license-endpoint*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_CreateLicenseEndpoint.html */
  CreateLicenseEndpoint: "W|||4;1;|0,2|1,ec2:CreateTags,2,3|;",
  /** Grants permission to create a limit for a farm. Access level: Write. Resources: farm*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_CreateLimit.html */
  CreateLimit: "W|||1;1;||7|;",
  /** Grants permission to create a monitor. Access level: Write. Resources: monitor*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_CreateMonitor.html */
  CreateMonitor:
    "W|||5;1;|0,2|1,4,sso:CreateApplication,10,sso:PutApplicationAssignmentConfiguration,sso:PutApplicationAuthenticationMethod,11|;",
  /** Grants permission to create a queue. Access level: Write. Resources: queue*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_CreateQueue.html */
  CreateQueue: "W|||6;1;|0,2|1,4,7,8,s3:ListBucket|;",
  /** Grants permission to create a queue environment. Access level: Write. Resources: queue*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_CreateQueueEnvironment.html */
  CreateQueueEnvironment: "W|||6;1;||7|;",
  /** Grants permission to create a queue-fleet association. Access level: Write. Resources: fleet*, queue*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_CreateQueueFleetAssociation.html */
  CreateQueueFleetAssociation: "W|||2;1;,6;1;||7|;",
  /** Grants permission to create a queue-limit association. Access level: Write. Resources: farm*, queue*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_CreateQueueLimitAssociation.html */
  CreateQueueLimitAssociation: "W|||1;1;,6;1;||7|;",
  /** Grants permission to create a storage profile for a farm. Access level: Write. Resources: farm*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_CreateStorageProfile.html */
  CreateStorageProfile: "W|||1;1;||7|;",
  /** Grants permission to create a worker. Access level: Write. Resources: worker*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_CreateWorker.html */
  CreateWorker: "W|||8;1;|0,2|deadline:ListTagsForResource,1|;",
  /** Grants permission to delete a budget. Access level: Write. Resources: budget*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_DeleteBudget.html */
  DeleteBudget: "W|||0;1;||7|;",
  /** Grants permission to delete a farm. Access level: Write. Resources: farm*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_DeleteFarm.html */
  DeleteFarm: "W|||1;1;||7|;",
  /** Grants permission to delete a fleet. Access level: Write. Resources: fleet*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_DeleteFleet.html */
  DeleteFleet: "W|||2;1;||7|;",
  /** Grants permission to delete a license endpoint. Access level: Write. Resources: license-endpoint*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_DeleteLicenseEndpoint.html */
  DeleteLicenseEndpoint: "W|||4;1;||ec2:DeleteVpcEndpoints,3|;",
  /** Grants permission to delete a limit. Access level: Write. Resources: farm*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_DeleteLimit.html */
  DeleteLimit: "W|||1;1;||7|;",
  /** Grants permission to delete a metered product. Access level: Write. Resources: license-endpoint*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_DeleteMeteredProduct.html */
  DeleteMeteredProduct: "W|||4;1;|||;",
  /** Grants permission to delete a monitor. Access level: Write. Resources: monitor*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_DeleteMonitor.html */
  DeleteMonitor: "W|||5;1;||10|;",
  /** Grants permission to delete a queue. Access level: Write. Resources: queue*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_DeleteQueue.html */
  DeleteQueue: "W|||6;1;||7|;",
  /** Grants permission to delete a queue environment. Access level: Write. Resources: queue*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_DeleteQueueEnvironment.html */
  DeleteQueueEnvironment: "W|||6;1;||7|;",
  /** Grants permission to delete a queue-fleet association. Access level: Write. Resources: fleet*, queue*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_DeleteQueueFleetAssociation.html */
  DeleteQueueFleetAssociation: "W|||2;1;,6;1;||7|;",
  /** Grants permission to delete a queue-limit association. Access level: Write. Resources: farm*, queue*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_DeleteQueueLimitAssociation.html */
  DeleteQueueLimitAssociation: "W|||1;1;,6;1;||7|;",
  /** Grants permission to delete a storage profile. Access level: Write. Resources: farm*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_DeleteStorageProfile.html */
  DeleteStorageProfile: "W|||1;1;||7|;",
  /** Grants permission to delete a volume. Access level: Write. Resources: volume*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_DeleteVolume.html */
  DeleteVolume: "W|||7;1;||7|;",
  /** Grants permission to delete a worker. Access level: Write. Resources: worker*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_DeleteWorker.html */
  DeleteWorker: "W|||8;1;|||;",
  /** Grants permission to disassociate a member from a farm. Access level: Permissions management. Resources: farm*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_DisassociateMemberFromFarm.html */
  DisassociateMemberFromFarm: "P|||1;1;|3|7|;",
  /** Grants permission to disassociate a member from a fleet. Access level: Permissions management. Resources: fleet*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_DisassociateMemberFromFleet.html */
  DisassociateMemberFromFleet: "P|||2;1;|3|7|;",
  /** Grants permission to disassociate a member from a job. Access level: Permissions management. Resources: job*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_DisassociateMemberFromJob.html */
  DisassociateMemberFromJob: "P|||3;1;|3|7|;",
  /** Grants permission to disassociate a member from a queue. Access level: Permissions management. Resources: queue*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_DisassociateMemberFromQueue.html */
  DisassociateMemberFromQueue: "P|||6;1;|3|7|;",
  /** Grants permission to get the latest version of an application. Access level: Read. Resources: monitor*. Permission only. https://docs.aws.amazon.com/deadline-cloud/latest/userguide/deadline-cloud-jobs.html */
  GetApplicationVersion: "R||1|5;1;|||",
  /** Grants permission to get a budget. Access level: Read. Resources: budget*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_GetBudget.html */
  GetBudget: "R|||0;1;||7|;",
  /** Grants permission to get a farm. Access level: Read. Resources: farm*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_GetFarm.html */
  GetFarm: "R|||1;1;||7|;",
  /** Grants permission to get a fleet. Access level: Read. Resources: fleet*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_GetFleet.html */
  GetFleet: "R|||2;1;||7|;",
  /** Grants permission to get a job. Access level: Read. Resources: job*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_GetJob.html */
  GetJob: "R|||3;1;||7|BatchGetJob,;",
  /** Grants permission to read job template. Access level: Read. Resources: job*. Permission only. https://docs.aws.amazon.com/deadline-cloud/latest/userguide/working-with-deadline-monitor.html */
  GetJobTemplate: "R||1|3;1;|||CopyJobTemplate,CreateJob",
  /** Grants permission to get a license endpoint. Access level: Read. Resources: license-endpoint*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_GetLicenseEndpoint.html */
  GetLicenseEndpoint: "R|||4;1;|||;",
  /** Grants permission to get a limit. Access level: Read. Resources: farm*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_GetLimit.html */
  GetLimit: "R|||1;1;||7|;",
  /** Grants permission to get a monitor. Access level: Read. Resources: monitor*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_GetMonitor.html */
  GetMonitor: "R|||5;1;|||;",
  /** Grants permission to get settings for a monitor. Access level: Read. Resources: monitor*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_GetMonitorSettings.html */
  GetMonitorSettings: "R|||5;1;|||;",
  /** Grants permission to get a queue. Access level: Read. Resources: queue*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_GetQueue.html */
  GetQueue: "R|||6;1;||7|;",
  /** Grants permission to get a queue environment. Access level: Read. Resources: queue*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_GetQueueEnvironment.html */
  GetQueueEnvironment: "R|||6;1;||7|;",
  /** Grants permission to get a queue-fleet association. Access level: Read. Resources: fleet*, queue*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_GetQueueFleetAssociation.html */
  GetQueueFleetAssociation: "R|||2;1;,6;1;||7|;",
  /** Grants permission to get a queue-limit association. Access level: Read. Resources: farm*, queue*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_GetQueueLimitAssociation.html */
  GetQueueLimitAssociation: "R|||1;1;,6;1;||7|;",
  /** Grants permission to get a session for a job. Access level: Read. Resources: job*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_GetSession.html */
  GetSession: "R|||3;1;||7|BatchGetSession,;",
  /** Grants permission to get a session action for a job. Access level: Read. Resources: job*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_GetSessionAction.html */
  GetSessionAction: "R|||3;1;||7|BatchGetSessionAction,;",
  /** Grants permission to get all collected statistics for sessions. Access level: Read. Resources: farm*, fleet, queue. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_GetSessionsStatisticsAggregation.html */
  GetSessionsStatisticsAggregation: "R|||1;1;,2;0;,6;0;||7|;",
  /** Grants permission to get a step in a job. Access level: Read. Resources: job*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_GetStep.html */
  GetStep: "R|||3;1;||7|BatchGetStep,;",
  /** Grants permission to get a storage profile. Access level: Read. Resources: farm*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_GetStorageProfile.html */
  GetStorageProfile: "R|||1;1;||7|;",
  /** Grants permission to get a storage profile for a queue. Access level: Read. Resources: queue*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_GetStorageProfileForQueue.html */
  GetStorageProfileForQueue: "R|||6;1;||7|;",
  /** Grants permission to get a job task. Access level: Read. Resources: job*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_GetTask.html */
  GetTask: "R|||3;1;||7|BatchGetTask,;",
  /** Grants permission to get a volume. Access level: Read. Resources: volume*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_GetVolume.html */
  GetVolume: "R|||7;1;||7|;",
  /** Grants permission to get a worker. Access level: Read. Resources: worker*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_GetWorker.html */
  GetWorker: "R|||8;1;||7|BatchGetWorker,;",
  /** Grants permission to list all available metered products within a license endpoint. Access level: List. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_ListAvailableMeteredProducts.html */
  ListAvailableMeteredProducts: "L||||||;",
  /** Grants permission to list all budgets for a farm. Access level: List. Resources: budget. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_ListBudgets.html */
  ListBudgets: "L|||0;0;||7|;",
  /** Grants permission to list all members of a farm. Access level: List. Resources: farm*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_ListFarmMembers.html */
  ListFarmMembers: "L|||1;1;||7|;",
  /** Grants permission to list all farms. Access level: List. Resources: farm*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_ListFarms.html */
  ListFarms: "L|||1;1;|9,11|5,6,7|;",
  /** Grants permission to list all members of a fleet. Access level: List. Resources: fleet*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_ListFleetMembers.html */
  ListFleetMembers: "L|||2;1;||7|;",
  /** Grants permission to list all fleets. Access level: List. Resources: fleet*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_ListFleets.html */
  ListFleets: "L|||2;1;|9,11|5,6,7|;",
  /** Grants permission to list all members of a job. Access level: List. Resources: job*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_ListJobMembers.html */
  ListJobMembers: "L|||3;1;||7|;",
  /** Grants permission to get a job's parameter definitions in the job template. Access level: List. Resources: job*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_ListJobParameterDefinitions.html */
  ListJobParameterDefinitions: "L|||3;1;||7|;",
  /** Grants permission to list all jobs in a queue. Access level: List. Resources: job*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_ListJobs.html */
  ListJobs: "L|||3;1;|9,11|5,6,7|;",
  /** Grants permission to list all license endpoints. Access level: List. Resources: license-endpoint*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_ListLicenseEndpoints.html */
  ListLicenseEndpoints: "L|||4;1;|||;",
  /** Grants permission to list all limits in a farm. Access level: List. Resources: farm*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_ListLimits.html */
  ListLimits: "L|||1;1;||7|;",
  /** Grants permission to list all metered products in a license endpoint. Access level: List. Resources: license-endpoint*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_ListMeteredProducts.html */
  ListMeteredProducts: "L|||4;1;|||;",
  /** Grants permission to list all monitors. Access level: List. Resources: monitor*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_ListMonitors.html */
  ListMonitors: "L|||5;1;|||;",
  /** Grants permission to list all queue environments to which a queue is associated. Access level: List. Resources: queue*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_ListQueueEnvironments.html */
  ListQueueEnvironments: "L|||6;1;||7|;",
  /** Grants permission to list all queue-fleet associations. Access level: List. Resources: farm*, fleet, queue. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_ListQueueFleetAssociations.html */
  ListQueueFleetAssociations: "L|||1;1;,2;0;,6;0;||7|;",
  /** Grants permission to list all queue-limit associations. Access level: List. Resources: farm*, queue. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_ListQueueLimitAssociations.html */
  ListQueueLimitAssociations: "L|||1;1;,6;0;||7|;",
  /** Grants permission to list all members in a queue. Access level: List. Resources: queue. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_ListQueueMembers.html */
  ListQueueMembers: "L|||6;0;||7|;",
  /** Grants permission to list all queues on a farm. Access level: List. Resources: queue*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_ListQueues.html */
  ListQueues: "L|||6;1;|9,11|5,6,7|;",
  /** Grants permission to list all session actions for a job. Access level: List. Resources: job*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_ListSessionActions.html */
  ListSessionActions: "L|||3;1;||7|;",
  /** Grants permission to list all sessions for a job. Access level: List. Resources: job*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_ListSessions.html */
  ListSessions: "L|||3;1;||7|;",
  /** Grants permission to list all sessions for a worker. Access level: List. Resources: worker. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_ListSessionsForWorker.html */
  ListSessionsForWorker: "L|||8;0;||7|;",
  /** Grants permission to list the step consumers for a job step. Access level: List. Resources: job*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_ListStepConsumers.html */
  ListStepConsumers: "L|||3;1;||7|;",
  /** Grants permission to list dependencies for a job step. Access level: List. Resources: job. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_ListStepDependencies.html */
  ListStepDependencies: "L|||3;0;||7|;",
  /** Grants permission to list all steps for a job. Access level: List. Resources: job*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_ListSteps.html */
  ListSteps: "L|||3;1;||7|;",
  /** Grants permission to list all storage profiles in a farm. Access level: List. Resources: farm*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_ListStorageProfiles.html */
  ListStorageProfiles: "L|||1;1;||7|;",
  /** Grants permission to list all storage profiles in a queue. Access level: List. Resources: queue. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_ListStorageProfilesForQueue.html */
  ListStorageProfilesForQueue: "L|||6;0;||7|;",
  /** Grants permission to list all tags on specified Deadline Cloud resources. Access level: Read. Resources: budget, farm, fleet, job, license-endpoint, monitor, queue, volume, worker. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,8;0;|4||CreateWorker,;",
  /** Grants permission to list all tasks for a job. Access level: List. Resources: job*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_ListTasks.html */
  ListTasks: "L|||3;1;||7|;",
  /** Grants permission to list volumes. Access level: List. Resources: volume*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_ListVolumes.html */
  ListVolumes: "L|||7;1;||7|;",
  /** Grants permission to list all workers in a fleet. Access level: List. Resources: worker*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_ListWorkers.html */
  ListWorkers: "L|||8;1;||7|;",
  /** Grants permission to add a metered product to a license endpoint. Access level: Write. Resources: license-endpoint*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_PutMeteredProduct.html */
  PutMeteredProduct: "W|||4;1;|||;",
  /** Grants permission to search for jobs in multiple queues. Access level: Read. Resources: queue*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_SearchJobs.html */
  SearchJobs: "R|||6;1;||7|;",
  /** Grants permission to search the steps within a single job or to search the steps for multiple queues. Access level: Read. Resources: job, queue. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_SearchSteps.html */
  SearchSteps: "R|||3;0;,6;0;||7|;",
  /** Grants permission to search the tasks within a single job or to search the tasks for multiple queues. Access level: Read. Resources: job, queue. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_SearchTasks.html */
  SearchTasks: "R|||3;0;,6;0;||7|;",
  /** Grants permission to search for workers in multiple fleets. Access level: Read. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_SearchWorkers.html */
  SearchWorkers: "R|||||7|;",
  /** Grants permission to get all collected statistics for sessions. Access level: Read. Resources: fleet, queue. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_StartSessionsStatisticsAggregation.html */
  StartSessionsStatisticsAggregation: "R|||2;0;,6;0;||7|;",
  /** Grants permission to add or overwrite one or more tags for the specified Deadline Cloud resource. Access level: Tagging. Resources: budget, farm, fleet, job, license-endpoint, monitor, queue, volume, worker. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_TagResource.html */
  TagResource:
    "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,8;0;|0,2,4||CreateBudget,CreateFarm,CreateFleet,CreateJob,CreateLicenseEndpoint,CreateMonitor,CreateQueue,CreateWorker,;",
  /** Grants permission to disassociate one or more tags from the specified Deadline Cloud resource. Access level: Tagging. Resources: budget, farm, fleet, job, license-endpoint, monitor, queue, volume, worker. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,8;0;|2||;",
  /** Grants permission to update a budget. Access level: Write. Resources: budget*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_UpdateBudget.html */
  UpdateBudget: "W|||0;1;||7|;",
  /** Grants permission to update a farm. Access level: Write. Resources: farm*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_UpdateFarm.html */
  UpdateFarm: "W|||1;1;||7|;",
  /** Grants permission to update a fleet. Access level: Write. Resources: fleet*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_UpdateFleet.html */
  UpdateFleet: "W|||2;1;||2,4,7,12,13|;",
  /** Grants permission to update a job. Access level: Write. Resources: job*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_UpdateJob.html */
  UpdateJob: "W|||3;1;||7|BatchUpdateJob,;",
  /** Grants permission to update a limit for a farm. Access level: Write. Resources: farm*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_UpdateLimit.html */
  UpdateLimit: "W|||1;1;||7|;",
  /** Grants permission to update a monitor. Access level: Write. Resources: monitor*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_UpdateMonitor.html */
  UpdateMonitor: "W|||5;1;||4,11,sso:UpdateApplication|;",
  /** Grants permission to update settings for a monitor. Access level: Write. Resources: monitor*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_UpdateMonitorSettings.html */
  UpdateMonitorSettings: "W|||5;1;|||;",
  /** Grants permission to update a queue. Access level: Write. Resources: queue*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_UpdateQueue.html */
  UpdateQueue: "W|||6;1;||4,7|;",
  /** Grants permission to update a queue environment. Access level: Write. Resources: queue*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_UpdateQueueEnvironment.html */
  UpdateQueueEnvironment: "W|||6;1;||7|;",
  /** Grants permission to update a queue-fleet association. Access level: Write. Resources: fleet*, queue*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_UpdateQueueFleetAssociation.html */
  UpdateQueueFleetAssociation: "W|||2;1;,6;1;||7|;",
  /** Grants permission to update a queue-limit association. Access level: Write. Resources: farm*, queue*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_UpdateQueueLimitAssociation.html */
  UpdateQueueLimitAssociation: "W|||1;1;,6;1;||7|;",
  /** Grants permission to update a session for a job. Access level: Write. Resources: job*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_UpdateSession.html */
  UpdateSession: "W|||3;1;||7|;",
  /** Grants permission to update a step for a job. Access level: Write. Resources: job*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_UpdateStep.html */
  UpdateStep: "W|||3;1;||7|;",
  /** Grants permission to update a storage profile for a farm. Access level: Write. Resources: farm*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_UpdateStorageProfile.html */
  UpdateStorageProfile: "W|||1;1;||7|;",
  /** Grants permission to update a task. Access level: Write. Resources: job*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_UpdateTask.html */
  UpdateTask: "W|||3;1;||7|BatchUpdateTask,;",
  /** Grants permission to update a worker. Access level: Write. Resources: worker*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_UpdateWorker.html */
  UpdateWorker: "W|||8;1;||9|;",
  /** Grants permission to update the schedule for a worker. Access level: Write. Resources: worker*. https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_UpdateWorkerSchedule.html */
  UpdateWorkerSchedule: "W|||8;1;||9|;",
} as const;
const actionDetails = {
  AssociateMemberToFarm: "|,;~~~|Grants permission to associate a member to a farm",
  AssociateMemberToFleet: "|,;~~~|Grants permission to associate a member to a fleet",
  AssociateMemberToJob: "|,;~~~|Grants permission to associate a member to a job",
  AssociateMemberToQueue: "|,;~~~|Grants permission to associate a member to a queue",
  AssumeFleetRoleForRead: "|,;~~~|Grants permission to assume a fleet role for read-only access",
  AssumeFleetRoleForWorker: "|,;~~~|Grants permission to assume a fleet role for a worker",
  AssumeQueueRoleForRead: "|,;~~~|Grants permission to assume a queue role for read-only access",
  AssumeQueueRoleForUser: "|,;~~~|Grants permission to assume a queue role for a user",
  AssumeQueueRoleForWorker: "|,;~~~|Grants permission to assume a queue role for a worker",
  BatchGetJobEntity: "|,;~~~|Grants permission to get a job entity for a worker",
  CopyJobTemplate: "|,;~~~|Grants permission to copy a job template to an Amazon S3 bucket",
  CreateBudget: "|,;~~~|Grants permission to create a budget",
  CreateFarm: "|,;~~~|Grants permission to create a farm",
  CreateFleet: "|,;~~~|Grants permission to create a fleet",
  CreateJob: "|,;~~~|Grants permission to create a job",
  CreateLicenseEndpoint: "|,;~~~|Grants permission to create a license endpoint for licensed software or products",
  CreateLimit: "|,;~~~|Grants permission to create a limit for a farm",
  CreateMonitor: "|,;~~~|Grants permission to create a monitor",
  CreateQueue: "|,;~~~|Grants permission to create a queue",
  CreateQueueEnvironment: "|,;~~~|Grants permission to create a queue environment",
  CreateQueueFleetAssociation: "|,;~~~|Grants permission to create a queue-fleet association",
  CreateQueueLimitAssociation: "|,;~~~|Grants permission to create a queue-limit association",
  CreateStorageProfile: "|,;~~~|Grants permission to create a storage profile for a farm",
  CreateWorker: "|,;~~~|Grants permission to create a worker",
  DeleteBudget: "|,;~~~|Grants permission to delete a budget",
  DeleteFarm: "|,;~~~|Grants permission to delete a farm",
  DeleteFleet: "|,;~~~|Grants permission to delete a fleet",
  DeleteLicenseEndpoint: "|,;~~~|Grants permission to delete a license endpoint",
  DeleteLimit: "|,;~~~|Grants permission to delete a limit",
  DeleteMeteredProduct: "|,;~~~|Grants permission to delete a metered product",
  DeleteMonitor: "|,;~~~|Grants permission to delete a monitor",
  DeleteQueue: "|,;~~~|Grants permission to delete a queue",
  DeleteQueueEnvironment: "|,;~~~|Grants permission to delete a queue environment",
  DeleteQueueFleetAssociation: "|,;~~~|Grants permission to delete a queue-fleet association",
  DeleteQueueLimitAssociation: "|,;~~~|Grants permission to delete a queue-limit association",
  DeleteStorageProfile: "|,;~~~|Grants permission to delete a storage profile",
  DeleteVolume: "|,;~~~|Grants permission to delete a volume",
  DeleteWorker: "|,;~~~|Grants permission to delete a worker",
  DisassociateMemberFromFarm: "|,;~~~|Grants permission to disassociate a member from a farm",
  DisassociateMemberFromFleet: "|,;~~~|Grants permission to disassociate a member from a fleet",
  DisassociateMemberFromJob: "|,;~~~|Grants permission to disassociate a member from a job",
  DisassociateMemberFromQueue: "|,;~~~|Grants permission to disassociate a member from a queue",
  GetApplicationVersion: "|,;~|Grants permission to get the latest version of an application",
  GetBudget: "|,;~~~|Grants permission to get a budget",
  GetFarm: "|,;~~~|Grants permission to get a farm",
  GetFleet: "|,;~~~|Grants permission to get a fleet",
  GetJob: "|,;~~~,~~|Grants permission to get a job",
  GetJobTemplate: "|,;~~~,~~|Grants permission to read job template",
  GetLicenseEndpoint: "|,;~~~|Grants permission to get a license endpoint",
  GetLimit: "|,;~~~|Grants permission to get a limit",
  GetMonitor: "|,;~~~|Grants permission to get a monitor",
  GetMonitorSettings: "|,;~~~|Grants permission to get settings for a monitor",
  GetQueue: "|,;~~~|Grants permission to get a queue",
  GetQueueEnvironment: "|,;~~~|Grants permission to get a queue environment",
  GetQueueFleetAssociation: "|,;~~~|Grants permission to get a queue-fleet association",
  GetQueueLimitAssociation: "|,;~~~|Grants permission to get a queue-limit association",
  GetSession: "|,;~~~,~~|Grants permission to get a session for a job",
  GetSessionAction: "|,;~~~,~~|Grants permission to get a session action for a job",
  GetSessionsStatisticsAggregation: "|,;~~~|Grants permission to get all collected statistics for sessions",
  GetStep: "|,;~~~,~~|Grants permission to get a step in a job",
  GetStorageProfile: "|,;~~~|Grants permission to get a storage profile",
  GetStorageProfileForQueue: "|,;~~~|Grants permission to get a storage profile for a queue",
  GetTask: "|,;~~~,~~|Grants permission to get a job task",
  GetVolume: "|,;~~~|Grants permission to get a volume",
  GetWorker: "|,;~~~,~~|Grants permission to get a worker",
  ListAvailableMeteredProducts:
    "|,;~~~|Grants permission to list all available metered products within a license endpoint",
  ListBudgets: "|,;~~~|Grants permission to list all budgets for a farm",
  ListFarmMembers: "|,;~~~|Grants permission to list all members of a farm",
  ListFarms: "|,;~~~|Grants permission to list all farms",
  ListFleetMembers: "|,;~~~|Grants permission to list all members of a fleet",
  ListFleets: "|,;~~~|Grants permission to list all fleets",
  ListJobMembers: "|,;~~~|Grants permission to list all members of a job",
  ListJobParameterDefinitions: "|,;~~~|Grants permission to get a job's parameter definitions in the job template",
  ListJobs: "|,;~~~|Grants permission to list all jobs in a queue",
  ListLicenseEndpoints: "|,;~~~|Grants permission to list all license endpoints",
  ListLimits: "|,;~~~|Grants permission to list all limits in a farm",
  ListMeteredProducts: "|,;~~~|Grants permission to list all metered products in a license endpoint",
  ListMonitors: "|,;~~~|Grants permission to list all monitors",
  ListQueueEnvironments: "|,;~~~|Grants permission to list all queue environments to which a queue is associated",
  ListQueueFleetAssociations: "|,;~~~|Grants permission to list all queue-fleet associations",
  ListQueueLimitAssociations: "|,;~~~|Grants permission to list all queue-limit associations",
  ListQueueMembers: "|,;~~~|Grants permission to list all members in a queue",
  ListQueues: "|,;~~~|Grants permission to list all queues on a farm",
  ListSessionActions: "|,;~~~|Grants permission to list all session actions for a job",
  ListSessions: "|,;~~~|Grants permission to list all sessions for a job",
  ListSessionsForWorker: "|,;~~~|Grants permission to list all sessions for a worker",
  ListStepConsumers: "|,;~~~|Grants permission to list the step consumers for a job step",
  ListStepDependencies: "|,;~~~|Grants permission to list dependencies for a job step",
  ListSteps: "|,;~~~|Grants permission to list all steps for a job",
  ListStorageProfiles: "|,;~~~|Grants permission to list all storage profiles in a farm",
  ListStorageProfilesForQueue: "|,;~~~|Grants permission to list all storage profiles in a queue",
  ListTagsForResource: "|,;~~~,~~|Grants permission to list all tags on specified Deadline Cloud resources",
  ListTasks: "|,;~~~|Grants permission to list all tasks for a job",
  ListVolumes: "|,;~~~|Grants permission to list volumes",
  ListWorkers: "|,;~~~|Grants permission to list all workers in a fleet",
  PutMeteredProduct: "|,;~~~|Grants permission to add a metered product to a license endpoint",
  SearchJobs: "|,;~~~|Grants permission to search for jobs in multiple queues",
  SearchSteps:
    "|,;~~~|Grants permission to search the steps within a single job or to search the steps for multiple queues",
  SearchTasks:
    "|,;~~~|Grants permission to search the tasks within a single job or to search the tasks for multiple queues",
  SearchWorkers: "|,;~~~|Grants permission to search for workers in multiple fleets",
  StartSessionsStatisticsAggregation: "|,;~~~|Grants permission to get all collected statistics for sessions",
  TagResource:
    "|,;~~~,~~,~~,~~,~~,~~,~~,~~,~~|Grants permission to add or overwrite one or more tags for the specified Deadline Cloud resource",
  UntagResource: "|,;~~~|Grants permission to disassociate one or more tags from the specified Deadline Cloud resource",
  UpdateBudget: "|,;~~~|Grants permission to update a budget",
  UpdateFarm: "|,;~~~|Grants permission to update a farm",
  UpdateFleet: "|,;~~~|Grants permission to update a fleet",
  UpdateJob: "|,;~~~,~~|Grants permission to update a job",
  UpdateLimit: "|,;~~~|Grants permission to update a limit for a farm",
  UpdateMonitor: "|,;~~~|Grants permission to update a monitor",
  UpdateMonitorSettings: "|,;~~~|Grants permission to update settings for a monitor",
  UpdateQueue: "|,;~~~|Grants permission to update a queue",
  UpdateQueueEnvironment: "|,;~~~|Grants permission to update a queue environment",
  UpdateQueueFleetAssociation: "|,;~~~|Grants permission to update a queue-fleet association",
  UpdateQueueLimitAssociation: "|,;~~~|Grants permission to update a queue-limit association",
  UpdateSession: "|,;~~~|Grants permission to update a session for a job",
  UpdateStep: "|,;~~~|Grants permission to update a step for a job",
  UpdateStorageProfile: "|,;~~~|Grants permission to update a storage profile for a farm",
  UpdateTask: "|,;~~~,~~|Grants permission to update a task",
  UpdateWorker: "|,;~~~|Grants permission to update a worker",
  UpdateWorkerSchedule: "|,;~~~|Grants permission to update the schedule for a worker",
};
const resourceTypeFacts = {
  /** The budget resource type: arn:${Partition}:deadline:${Region}:${Account}:farm/${FarmId}/budget/${BudgetId} */
  budget: "|,|1,5",
  /** The farm resource type: arn:${Partition}:deadline:${Region}:${Account}:farm/${FarmId} */
  farm: "|,|1,5",
  /** The fleet resource type: arn:${Partition}:deadline:${Region}:${Account}:farm/${FarmId}/fleet/${FleetId} */
  fleet: "|,|1,5,6",
  /** The job resource type: arn:${Partition}:deadline:${Region}:${Account}:farm/${FarmId}/queue/${QueueId}/job/${JobId} */
  job: "|,|1,5,7,10",
  /** The license-endpoint resource type: arn:${Partition}:deadline:${Region}:${Account}:license-endpoint/${LicenseEndpointId} */
  "license-endpoint": "|,licenseEndpoint|1",
  /** The monitor resource type: arn:${Partition}:deadline:${Region}:${Account}:monitor/${MonitorId} */
  monitor: "|,|1",
  /** The queue resource type: arn:${Partition}:deadline:${Region}:${Account}:farm/${FarmId}/queue/${QueueId} */
  queue: "|,|1,5,10",
  /** The volume resource type: arn:${Partition}:deadline:${Region}:${Account}:farm/${FarmId}/fleet/${FleetId}/volume/${VolumeId} */
  volume: "|,|1,5,6",
  /** The worker resource type: arn:${Partition}:deadline:${Region}:${Account}:farm/${FarmId}/fleet/${FleetId}/worker/${WorkerId} */
  worker: "|,|1,5,6",
} as const;
const arnFormats = {
  /** ARN of a budget resource: arn:${Partition}:deadline:${Region}:${Account}:farm/${FarmId}/budget/${BudgetId}. */
  budget: "|,budget|arn:|Partition|:deadline:|Region|:|Account|:farm/|FarmId|/budget/|BudgetId|",
  /** ARN of a farm resource: arn:${Partition}:deadline:${Region}:${Account}:farm/${FarmId}. */
  farm: "|,farm|arn:|Partition|:deadline:|Region|:|Account|:farm/|FarmId|",
  /** ARN of a fleet resource: arn:${Partition}:deadline:${Region}:${Account}:farm/${FarmId}/fleet/${FleetId}. */
  fleet: "|,fleet|arn:|Partition|:deadline:|Region|:|Account|:farm/|FarmId|/fleet/|FleetId|",
  /** ARN of a job resource: arn:${Partition}:deadline:${Region}:${Account}:farm/${FarmId}/queue/${QueueId}/job/${JobId}. */
  job: "|,job|arn:|Partition|:deadline:|Region|:|Account|:farm/|FarmId|/queue/|QueueId|/job/|JobId|",
  /** ARN of a license-endpoint resource: arn:${Partition}:deadline:${Region}:${Account}:license-endpoint/${LicenseEndpointId}. */
  licenseEndpoint:
    "|,license-endpoint|arn:|Partition|:deadline:|Region|:|Account|:license-endpoint/|LicenseEndpointId|",
  /** ARN of a monitor resource: arn:${Partition}:deadline:${Region}:${Account}:monitor/${MonitorId}. */
  monitor: "|,monitor|arn:|Partition|:deadline:|Region|:|Account|:monitor/|MonitorId|",
  /** ARN of a queue resource: arn:${Partition}:deadline:${Region}:${Account}:farm/${FarmId}/queue/${QueueId}. */
  queue: "|,queue|arn:|Partition|:deadline:|Region|:|Account|:farm/|FarmId|/queue/|QueueId|",
  /** ARN of a volume resource: arn:${Partition}:deadline:${Region}:${Account}:farm/${FarmId}/fleet/${FleetId}/volume/${VolumeId}. */
  volume: "|,volume|arn:|Partition|:deadline:|Region|:|Account|:farm/|FarmId|/fleet/|FleetId|/volume/|VolumeId|",
  /** ARN of a worker resource: arn:${Partition}:deadline:${Region}:${Account}:farm/${FarmId}/fleet/${FleetId}/worker/${WorkerId}. */
  worker: "|,worker|arn:|Partition|:deadline:|Region|:|Account|:farm/|FarmId|/fleet/|FleetId|/worker/|WorkerId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "budget",
  "farm",
  "fleet",
  "job",
  "license-endpoint",
  "monitor",
  "queue",
  "volume",
  "worker",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "deadline">;
/** Any deadline action. */
export type Action = ActionOf<typeof actionFacts, "deadline">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "deadline">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "deadline" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every deadline action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the associated membership level of the principal provided in the request. */
  "deadline:AssociatedMembershipLevel": "String";
  /** Filters access by the allowed action in the request. */
  "deadline:CalledAction": "String";
  /** Filters access by membership levels on the farm. */
  "deadline:FarmMembershipLevels": "ArrayOfString";
  /** Filters access by membership levels on the fleet. */
  "deadline:FleetMembershipLevels": "ArrayOfString";
  /** Filters access by membership levels on the job. */
  "deadline:JobMembershipLevels": "ArrayOfString";
  /** Filters access by the membership level passed in the request. */
  "deadline:MembershipLevel": "String";
  /** Filters access by the principle ID provided in the request. */
  "deadline:PrincipalId": "String";
  /** Filters access by membership levels on the queue. */
  "deadline:QueueMembershipLevels": "ArrayOfString";
  /** Filters access by the user calling the Deadline Cloud API. */
  "deadline:RequesterPrincipalId": "String";
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
  "deadline:AssociatedMembershipLevel":
    "|,String|0||Filters access by the associated membership level of the principal provided in the request",
  "deadline:CalledAction": "|,String|0||Filters access by the allowed action in the request",
  "deadline:FarmMembershipLevels": "|,ArrayOfString|0||Filters access by membership levels on the farm",
  "deadline:FleetMembershipLevels": "|,ArrayOfString|0||Filters access by membership levels on the fleet",
  "deadline:JobMembershipLevels": "|,ArrayOfString|0||Filters access by membership levels on the job",
  "deadline:MembershipLevel": "|,String|0||Filters access by the membership level passed in the request",
  "deadline:PrincipalId": "|,String|0||Filters access by the principle ID provided in the request",
  "deadline:QueueMembershipLevels": "|,ArrayOfString|0||Filters access by membership levels on the queue",
  "deadline:RequesterPrincipalId": "|,String|0||Filters access by the user calling the Deadline Cloud API",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "deadline",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
