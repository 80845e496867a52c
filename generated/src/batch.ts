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
export const prefix: "batch" = "batch";
/** The service's name in the reference. */
export const serviceName: "AWS Batch" = "AWS Batch";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  { name: "AWS Batch", url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsbatch.html" },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "batch:AWSLogsCreateGroup",
  "batch:AWSLogsGroup",
  "batch:AWSLogsRegion",
  "batch:AWSLogsStreamPrefix",
  "batch:EKSImage",
  "batch:EKSNamespace",
  "batch:EKSPrivileged",
  "batch:EKSRunAsGroup",
  "batch:EKSRunAsUser",
  "batch:EKSServiceAccountName",
  "batch:Image",
  "batch:LogDriver",
  "batch:Privileged",
  "batch:SchedulingPriority",
  "batch:ShareIdentifier",
  "batch:User",
] as const;
const dependentActionList = ["batch:TagResource", "iam:PassRole"] as const;
const actionFacts = {
  /** Grants permission to cancel a job in an AWS Batch job queue in your account. Access level: Write. Resources: job*. https://docs.aws.amazon.com/batch/latest/APIReference/API_CancelJob.html */
  CancelJob: "W|||2;1;|||;",
  /** Grants permission to create an AWS Batch compute environment in your account. Access level: Write. Resources: compute-environment*. https://docs.aws.amazon.com/batch/latest/APIReference/API_CreateComputeEnvironment.html */
  CreateComputeEnvironment: "W|||0;1;|0,2|0,1|;",
  /** Grants permission to create an AWS Batch consumable resource in your account. Access level: Write. Resources: consumable-resource*. https://docs.aws.amazon.com/batch/latest/APIReference/API_CreateConsumableResource.html */
  CreateConsumableResource: "W|||1;1;|0,2|0|;",
  /** Grants permission to create an AWS Batch job queue in your account. Access level: Write. Resources: compute-environment, job-queue*, scheduling-policy, service-environment. https://docs.aws.amazon.com/batch/latest/APIReference/API_CreateJobQueue.html */
  CreateJobQueue: "W|||0;0;,5;1;,7;0;,8;0;|0,2|0|;",
  /** Grants permission to create an AWS Batch quota share in your account. Access level: Write. Resources: job-queue*, quota-share*. https://docs.aws.amazon.com/batch/latest/APIReference/API_CreateQuotaShare.html */
  CreateQuotaShare: "W|||5;1;,6;1;|0,2|0|;",
  /** Grants permission to create an AWS Batch scheduling policy in your account. Access level: Write. Resources: scheduling-policy*. https://docs.aws.amazon.com/batch/latest/APIReference/API_CreateSchedulingPolicy.html */
  CreateSchedulingPolicy: "W|||7;1;|0,2|0|;",
  /** Grants permission to create an AWS Batch service environment in your account. Access level: Write. Resources: service-environment*. https://docs.aws.amazon.com/batch/latest/APIReference/API_CreateServiceEnvironment.html */
  CreateServiceEnvironment: "W|||8;1;|0,2|0,iam:CreateServiceLinkedRole|;",
  /** Grants permission to delete an AWS Batch compute environment in your account. Access level: Write. Resources: compute-environment*. https://docs.aws.amazon.com/batch/latest/APIReference/API_DeleteComputeEnvironment.html */
  DeleteComputeEnvironment: "W|||0;1;|||;",
  /** Grants permission to delete an AWS Batch consumable resource in your account. Access level: Write. Resources: consumable-resource*. https://docs.aws.amazon.com/batch/latest/APIReference/API_DeleteConsumableResource.html */
  DeleteConsumableResource: "W|||1;1;|||;",
  /** Grants permission to delete an AWS Batch job queue in your account. Access level: Write. Resources: job-queue*. https://docs.aws.amazon.com/batch/latest/APIReference/API_DeleteJobQueue.html */
  DeleteJobQueue: "W|||5;1;|||;",
  /** Grants permission to delete an AWS Batch quota share in your account. Access level: Write. Resources: quota-share*. https://docs.aws.amazon.com/batch/latest/APIReference/API_DeleteQuotaShare.html */
  DeleteQuotaShare: "W|||6;1;|||;",
  /** Grants permission to delete an AWS Batch scheduling policy in your account. Access level: Write. Resources: scheduling-policy*. https://docs.aws.amazon.com/batch/latest/APIReference/API_DeleteSchedulingPolicy.html */
  DeleteSchedulingPolicy: "W|||7;1;|||;",
  /** Grants permission to delete an AWS Batch service environment in your account. Access level: Write. Resources: service-environment*. https://docs.aws.amazon.com/batch/latest/APIReference/API_DeleteServiceEnvironment.html */
  DeleteServiceEnvironment: "W|||8;1;|||;",
  /** Grants permission to deregister an AWS Batch job definition in your account. Access level: Write. Resources: job-definition-revision*. https://docs.aws.amazon.com/batch/latest/APIReference/API_DeregisterJobDefinition.html */
  DeregisterJobDefinition: "W|||4;1;|||;",
  /** Grants permission to describe one or more AWS Batch compute environments in your account. Access level: Read. https://docs.aws.amazon.com/batch/latest/APIReference/API_DescribeComputeEnvironments.html */
  DescribeComputeEnvironments: "R||||||;",
  /** Grants permission to describe one or more AWS Batch consumable resource in your account. Access level: Read. Resources: consumable-resource*. https://docs.aws.amazon.com/batch/latest/APIReference/API_DescribeConsumableResource.html */
  DescribeConsumableResource: "R|||1;1;|||;",
  /** Grants permission to describe one or more AWS Batch job definitions in your account. Access level: Read. https://docs.aws.amazon.com/batch/latest/APIReference/API_DescribeJobDefinitions.html */
  DescribeJobDefinitions: "R||||||;",
  /** Grants permission to describe one or more AWS Batch job queues in your account. Access level: Read. https://docs.aws.amazon.com/batch/latest/APIReference/API_DescribeJobQueues.html */
  DescribeJobQueues: "R||||||;",
  /** Grants permission to describe a list of AWS Batch jobs in your account. Access level: Read. https://docs.aws.amazon.com/batch/latest/APIReference/API_DescribeJobs.html */
  DescribeJobs: "R||||||;",
  /** Grants permission to describe an AWS Batch quota share in your account. Access level: Read. Resources: quota-share*. https://docs.aws.amazon.com/batch/latest/APIReference/API_DescribeQuotaShare.html */
  DescribeQuotaShare: "R|||6;1;|||;",
  /** Grants permission to describe one or more AWS Batch scheduling policies in your account. Access level: Read. https://docs.aws.amazon.com/batch/latest/APIReference/API_DescribeSchedulingPolicies.html */
  DescribeSchedulingPolicies: "R||||||;",
  /** Grants permission to describe one or more AWS Batch service environments in your account. Access level: Read. https://docs.aws.amazon.com/batch/latest/APIReference/API_DescribeServiceEnvironments.html */
  DescribeServiceEnvironments: "R||||||;",
  /** Grants permission to describe a AWS Batch service job in your account. Access level: Read. https://docs.aws.amazon.com/batch/latest/APIReference/API_DescribeServiceJob.html */
  DescribeServiceJob: "R||||||;",
  /** Grants permission to get a snapshot of an AWS Batch job queue in your account. Access level: Read. Resources: job-queue*. https://docs.aws.amazon.com/batch/latest/APIReference/API_GetJobQueueSnapshot.html */
  GetJobQueueSnapshot: "R|||5;1;|||;",
  /** Grants permission to list AWS Batch consumable resources in your account. Access level: List. https://docs.aws.amazon.com/batch/latest/APIReference/API_ListConsumableResources.html */
  ListConsumableResources: "L||||||;",
  /** Grants permission to list jobs for a specified AWS Batch job queue in your account. Access level: List. https://docs.aws.amazon.com/batch/latest/APIReference/API_ListJobs.html */
  ListJobs: "L||||||;",
  /** Grants permission to list AWS Batch jobs that require a specific consumable resource in your account. Access level: List. Resources: consumable-resource*. https://docs.aws.amazon.com/batch/latest/APIReference/API_ListJobsByConsumableResource.html */
  ListJobsByConsumableResource: "L|||1;1;|||;",
  /** Grants permission to list AWS Batch quota shares in your account. Access level: List. Resources: job-queue*. https://docs.aws.amazon.com/batch/latest/APIReference/API_ListQuotaShares.html */
  ListQuotaShares: "L|||5;1;|||;",
  /** Grants permission to list AWS Batch scheduling policies in your account. Access level: Read. https://docs.aws.amazon.com/batch/latest/APIReference/API_ListSchedulingPolicies.html */
  ListSchedulingPolicies: "R||||||;",
  /** Grants permission to list service jobs for a specified AWS Batch job queue in your account. Access level: List. https://docs.aws.amazon.com/batch/latest/APIReference/API_ListServiceJobs.html */
  ListServiceJobs: "L||||||;",
  /** Grants permission to list tags for an AWS Batch resource in your account. Access level: Read. Resources: compute-environment, consumable-resource, job, job-definition-revision, job-queue, quota-share, scheduling-policy, service-environment, service-job. https://docs.aws.amazon.com/batch/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,1;0;,2;0;,4;0;,5;0;,6;0;,7;0;,8;0;,9;0;|||;",
  /** Grants permission to register an AWS Batch job definition in your account. Access level: Write. Resources: consumable-resource, job-definition*. https://docs.aws.amazon.com/batch/latest/APIReference/API_RegisterJobDefinition.html */
  RegisterJobDefinition: "W|||1;0;,3;1;1|0,2,3,4,5,6,7,8,9,10,11,12,13,14,15,18|0,1|;",
  /** Grants permission to submit an AWS Batch job from a job definition in your account. Access level: Write. Resources: consumable-resource, job*, job-definition, job-definition-revision, job-queue*. https://docs.aws.amazon.com/batch/latest/APIReference/API_SubmitJob.html */
  SubmitJob: "W|||1;0;,2;1;7~8~17,3;0;,4;0;,5;1;|0,2|0|;",
  /** Grants permission to submit an AWS Batch service job. Access level: Write. Resources: job-queue*, quota-share, service-job*. https://docs.aws.amazon.com/batch/latest/APIReference/API_SubmitServiceJob.html */
  SubmitServiceJob: "W|||5;1;,6;0;,9;1;17|0,2,16|0,1|;",
  /** Grants permission to tag an AWS Batch resource in your account. Access level: Tagging. Resources: compute-environment, consumable-resource, job, job-definition-revision, job-queue, quota-share, scheduling-policy, service-environment, service-job. https://docs.aws.amazon.com/batch/latest/APIReference/API_TagResource.html */
  TagResource:
    "T|||0;0;,1;0;,2;0;,4;0;,5;0;,6;0;,7;0;,8;0;,9;0;|0,2||CreateComputeEnvironment,CreateConsumableResource,CreateJobQueue,CreateQuotaShare,CreateSchedulingPolicy,CreateServiceEnvironment,RegisterJobDefinition,SubmitJob,SubmitServiceJob,;",
  /** Grants permission to terminate a job in an AWS Batch job queue in your account. Access level: Write. Resources: job*. https://docs.aws.amazon.com/batch/latest/APIReference/API_TerminateJob.html */
  TerminateJob: "W|||2;1;|||;",
  /** Grants permission to terminate a service job in an AWS Batch job queue in your account. Access level: Write. Resources: service-job*. https://docs.aws.amazon.com/batch/latest/APIReference/API_TerminateServiceJob.html */
  TerminateServiceJob: "W|||9;1;|||;",
  /** Grants permission to untag an AWS Batch resource in your account. Access level: Tagging. Resources: compute-environment, consumable-resource, job, job-definition-revision, job-queue, quota-share, scheduling-policy, service-environment, service-job. https://docs.aws.amazon.com/batch/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,4;0;,5;0;,6;0;,7;0;,8;0;,9;0;|2||;",
  /** Grants permission to update an AWS Batch compute environment in your account. Access level: Write. Resources: compute-environment*. https://docs.aws.amazon.com/batch/latest/APIReference/API_UpdateComputeEnvironment.html */
  UpdateComputeEnvironment: "W|||0;1;||1|;",
  /** Grants permission to update an AWS Batch consumable resource in your account. Access level: Write. Resources: consumable-resource*. https://docs.aws.amazon.com/batch/latest/APIReference/API_UpdateConsumableResource.html */
  UpdateConsumableResource: "W|||1;1;|||;",
  /** Grants permission to update an AWS Batch job queue in your account. Access level: Write. Resources: compute-environment, job-queue*, scheduling-policy. https://docs.aws.amazon.com/batch/latest/APIReference/API_UpdateJobQueue.html */
  UpdateJobQueue: "W|||0;0;,5;1;,7;0;|||;",
  /** Grants permission to update an AWS Batch quota share in your account. Access level: Write. Resources: quota-share*. https://docs.aws.amazon.com/batch/latest/APIReference/API_UpdateQuotaShare.html */
  UpdateQuotaShare: "W|||6;1;|||;",
  /** Grants permission to update an AWS Batch scheduling policy in your account. Access level: Write. Resources: scheduling-policy*. https://docs.aws.amazon.com/batch/latest/APIReference/API_UpdateSchedulingPolicy.html */
  UpdateSchedulingPolicy: "W|||7;1;|||;",
  /** Grants permission to update an AWS Batch service environment in your account. Access level: Write. Resources: service-environment*. https://docs.aws.amazon.com/batch/latest/APIReference/API_UpdateServiceEnvironment.html */
  UpdateServiceEnvironment: "W|||8;1;|||;",
  /** Grants permission to update a service job in an AWS Batch job queue in your account. Access level: Write. Resources: service-job*. https://docs.aws.amazon.com/batch/latest/APIReference/API_UpdateServiceJob.html */
  UpdateServiceJob: "W|||9;1;|16||;",
} as const;
const actionDetails = {
  CancelJob: "|,;~~~|Grants permission to cancel a job in an AWS Batch job queue in your account",
  CreateComputeEnvironment: "|,;~~~|Grants permission to create an AWS Batch compute environment in your account",
  CreateConsumableResource: "|,;~~~|Grants permission to create an AWS Batch consumable resource in your account",
  CreateJobQueue: "|,;~~~|Grants permission to create an AWS Batch job queue in your account",
  CreateQuotaShare: "|,;~~~|Grants permission to create an AWS Batch quota share in your account",
  CreateSchedulingPolicy: "|,;~~~|Grants permission to create an AWS Batch scheduling policy in your account",
  CreateServiceEnvironment: "|,;~~~|Grants permission to create an AWS Batch service environment in your account",
  DeleteComputeEnvironment: "|,;~~~|Grants permission to delete an AWS Batch compute environment in your account",
  DeleteConsumableResource: "|,;~~~|Grants permission to delete an AWS Batch consumable resource in your account",
  DeleteJobQueue: "|,;~~~|Grants permission to delete an AWS Batch job queue in your account",
  DeleteQuotaShare: "|,;~~~|Grants permission to delete an AWS Batch quota share in your account",
  DeleteSchedulingPolicy: "|,;~~~|Grants permission to delete an AWS Batch scheduling policy in your account",
  DeleteServiceEnvironment: "|,;~~~|Grants permission to delete an AWS Batch service environment in your account",
  DeregisterJobDefinition: "|,;~~~|Grants permission to deregister an AWS Batch job definition in your account",
  DescribeComputeEnvironments:
    "|,;~~~|Grants permission to describe one or more AWS Batch compute environments in your account",
  DescribeConsumableResource:
    "|,;~~~|Grants permission to describe one or more AWS Batch consumable resource in your account",
  DescribeJobDefinitions: "|,;~~~|Grants permission to describe one or more AWS Batch job definitions in your account",
  DescribeJobQueues: "|,;~~~|Grants permission to describe one or more AWS Batch job queues in your account",
  DescribeJobs: "|,;~~~|Grants permission to describe a list of AWS Batch jobs in your account",
  DescribeQuotaShare: "|,;~~~|Grants permission to describe an AWS Batch quota share in your account",
  DescribeSchedulingPolicies:
    "|,;~~~|Grants permission to describe one or more AWS Batch scheduling policies in your account",
  DescribeServiceEnvironments:
    "|,;~~~|Grants permission to describe one or more AWS Batch service environments in your account",
  DescribeServiceJob: "|,;~~~|Grants permission to describe a AWS Batch service job in your account",
  GetJobQueueSnapshot: "|,;~~~|Grants permission to get a snapshot of an AWS Batch job queue in your account",
  ListConsumableResources: "|,;~~~|Grants permission to list AWS Batch consumable resources in your account",
  ListJobs: "|,;~~~|Grants permission to list jobs for a specified AWS Batch job queue in your account",
  ListJobsByConsumableResource:
    "|,;~~~|Grants permission to list AWS Batch jobs that require a specific consumable resource in your account",
  ListQuotaShares: "|,;~~~|Grants permission to list AWS Batch quota shares in your account",
  ListSchedulingPolicies: "|,;~~~|Grants permission to list AWS Batch scheduling policies in your account",
  ListServiceJobs: "|,;~~~|Grants permission to list service jobs for a specified AWS Batch job queue in your account",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for an AWS Batch resource in your account",
  RegisterJobDefinition: "|,;~~~|Grants permission to register an AWS Batch job definition in your account",
  SubmitJob: "|,;~~~|Grants permission to submit an AWS Batch job from a job definition in your account",
  SubmitServiceJob: "|,;~~~|Grants permission to submit an AWS Batch service job",
  TagResource: "|,;~~~,~~,~~,~~,~~,~~,~~,~~,~~,~~|Grants permission to tag an AWS Batch resource in your account",
  TerminateJob: "|,;~~~|Grants permission to terminate a job in an AWS Batch job queue in your account",
  TerminateServiceJob: "|,;~~~|Grants permission to terminate a service job in an AWS Batch job queue in your account",
  UntagResource: "|,;~~~|Grants permission to untag an AWS Batch resource in your account",
  UpdateComputeEnvironment: "|,;~~~|Grants permission to update an AWS Batch compute environment in your account",
  UpdateConsumableResource: "|,;~~~|Grants permission to update an AWS Batch consumable resource in your account",
  UpdateJobQueue: "|,;~~~|Grants permission to update an AWS Batch job queue in your account",
  UpdateQuotaShare: "|,;~~~|Grants permission to update an AWS Batch quota share in your account",
  UpdateSchedulingPolicy: "|,;~~~|Grants permission to update an AWS Batch scheduling policy in your account",
  UpdateServiceEnvironment: "|,;~~~|Grants permission to update an AWS Batch service environment in your account",
  UpdateServiceJob: "|,;~~~|Grants permission to update a service job in an AWS Batch job queue in your account",
};
const resourceTypeFacts = {
  /** The compute-environment resource type: arn:${Partition}:batch:${Region}:${Account}:compute-environment/${ComputeEnvironmentName} */
  "compute-environment": "|,computeEnvironment|1",
  /** The consumable-resource resource type: arn:${Partition}:batch:${Region}:${Account}:consumable-resource/${ConsumableResourceName} */
  "consumable-resource": "|,consumableResource|1",
  /** The job resource type: arn:${Partition}:batch:${Region}:${Account}:job/${JobId} */
  job: "|,|1",
  /** The job-definition resource type: arn:${Partition}:batch:${Region}:${Account}:job-definition/${JobDefinitionName} */
  "job-definition": "|,jobDefinition|",
  /** The job-definition-revision resource type: arn:${Partition}:batch:${Region}:${Account}:job-definition/${JobDefinitionName}:${Revision} */
  "job-definition-revision": "|,jobDefinitionRevision|1",
  /** The job-queue resource type: arn:${Partition}:batch:${Region}:${Account}:job-queue/${JobQueueName} */
  "job-queue": "|,jobQueue|1",
  /** The quota-share resource type: arn:${Partition}:batch:${Region}:${Account}:job-queue/${JobQueueName}/quota-share/${QuotaShareName} */
  "quota-share": "|,quotaShare|1",
  /** The scheduling-policy resource type: arn:${Partition}:batch:${Region}:${Account}:scheduling-policy/${SchedulingPolicyName} */
  "scheduling-policy": "|,schedulingPolicy|1",
  /** The service-environment resource type: arn:${Partition}:batch:${Region}:${Account}:service-environment/${ServiceEnvironmentName} */
  "service-environment": "|,serviceEnvironment|1",
  /** The service-job resource type: arn:${Partition}:batch:${Region}:${Account}:service-job/${JobId} */
  "service-job": "|,serviceJob|1",
} as const;
const arnFormats = {
  /** ARN of a compute-environment resource: arn:${Partition}:batch:${Region}:${Account}:compute-environment/${ComputeEnvironmentName}. */
  computeEnvironment:
    "|,compute-environment|arn:|Partition|:batch:|Region|:|Account|:compute-environment/|ComputeEnvironmentName|",
  /** ARN of a consumable-resource resource: arn:${Partition}:batch:${Region}:${Account}:consumable-resource/${ConsumableResourceName}. */
  consumableResource:
    "|,consumable-resource|arn:|Partition|:batch:|Region|:|Account|:consumable-resource/|ConsumableResourceName|",
  /** ARN of a job resource: arn:${Partition}:batch:${Region}:${Account}:job/${JobId}. */
  job: "|,job|arn:|Partition|:batch:|Region|:|Account|:job/|JobId|",
  /** ARN of a job-definition resource: arn:${Partition}:batch:${Region}:${Account}:job-definition/${JobDefinitionName}. */
  jobDefinition: "|,job-definition|arn:|Partition|:batch:|Region|:|Account|:job-definition/|JobDefinitionName|",
  /** ARN of a job-definition-revision resource: arn:${Partition}:batch:${Region}:${Account}:job-definition/${JobDefinitionName}:${Revision}. */
  jobDefinitionRevision:
    "|,job-definition-revision|arn:|Partition|:batch:|Region|:|Account|:job-definition/|JobDefinitionName|:|Revision|",
  /** ARN of a job-queue resource: arn:${Partition}:batch:${Region}:${Account}:job-queue/${JobQueueName}. */
  jobQueue: "|,job-queue|arn:|Partition|:batch:|Region|:|Account|:job-queue/|JobQueueName|",
  /** ARN of a quota-share resource: arn:${Partition}:batch:${Region}:${Account}:job-queue/${JobQueueName}/quota-share/${QuotaShareName}. */
  quotaShare:
    "|,quota-share|arn:|Partition|:batch:|Region|:|Account|:job-queue/|JobQueueName|/quota-share/|QuotaShareName|",
  /** ARN of a scheduling-policy resource: arn:${Partition}:batch:${Region}:${Account}:scheduling-policy/${SchedulingPolicyName}. */
  schedulingPolicy:
    "|,scheduling-policy|arn:|Partition|:batch:|Region|:|Account|:scheduling-policy/|SchedulingPolicyName|",
  /** ARN of a service-environment resource: arn:${Partition}:batch:${Region}:${Account}:service-environment/${ServiceEnvironmentName}. */
  serviceEnvironment:
    "|,service-environment|arn:|Partition|:batch:|Region|:|Account|:service-environment/|ServiceEnvironmentName|",
  /** ARN of a service-job resource: arn:${Partition}:batch:${Region}:${Account}:service-job/${JobId}. */
  serviceJob: "|,service-job|arn:|Partition|:batch:|Region|:|Account|:service-job/|JobId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "compute-environment",
  "consumable-resource",
  "job",
  "job-definition",
  "job-definition-revision",
  "job-queue",
  "quota-share",
  "scheduling-policy",
  "service-environment",
  "service-job",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "batch">;
/** Any batch action. */
export type Action = ActionOf<typeof actionFacts, "batch">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "batch">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "batch" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every batch action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the specified logging driver to determine whether awslogs group will be created for the logs. */
  "batch:AWSLogsCreateGroup": "Bool";
  /** Filters access by the awslogs group where the logs are located. */
  "batch:AWSLogsGroup": "String";
  /** Filters access by the region where the logs are sent to. */
  "batch:AWSLogsRegion": "String";
  /** Filters access by the awslogs log stream prefix. */
  "batch:AWSLogsStreamPrefix": "String";
  /** Filters access by the image used to start a container for an Amazon EKS job. */
  "batch:EKSImage": "String";
  /** Filters access by the namespace of a cluster used to run the pod for an Amazon EKS job. */
  "batch:EKSNamespace": "String";
  /** Filters access by the specified privileged parameter value that determines whether the container is given elevated privileges on the host container instance (similar to the root user) for an Amazon EKS job. */
  "batch:EKSPrivileged": "Bool";
  /** Filters access by the specified group numeric ID (gid) used to start a container in an Amazon EKS job. */
  "batch:EKSRunAsGroup": "Numeric";
  /** Filters access by the specified user numeric ID (uid) used to start a a container in an Amazon EKS job. */
  "batch:EKSRunAsUser": "Numeric";
  /** Filters access by the name of the service account used to run the pod for an Amazon EKS job. */
  "batch:EKSServiceAccountName": "String";
  /** Filters access by the image used to start a container. */
  "batch:Image": "String";
  /** Filters access by the log driver used for the container. */
  "batch:LogDriver": "String";
  /** Filters access by the specified privileged parameter value that determines whether the container is given elevated privileges on the host container instance (similar to the root user). */
  "batch:Privileged": "Bool";
  /** Filters access by the scheduling priority for jobs in the job queue. */
  "batch:SchedulingPriority": "Numeric";
  /** Filters access by the shareIdentifier used inside submit job. */
  "batch:ShareIdentifier": "String";
  /** Filters access by user name or numeric uid used inside the container. */
  "batch:User": "String";
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
  "batch:AWSLogsCreateGroup":
    "|,Bool|0||Filters access by the specified logging driver to determine whether awslogs group will be created for the logs",
  "batch:AWSLogsGroup": "|,String|0||Filters access by the awslogs group where the logs are located",
  "batch:AWSLogsRegion": "|,String|0||Filters access by the region where the logs are sent to",
  "batch:AWSLogsStreamPrefix": "|,String|0||Filters access by the awslogs log stream prefix",
  "batch:EKSImage": "|,String|0||Filters access by the image used to start a container for an Amazon EKS job",
  "batch:EKSNamespace":
    "|,String|0||Filters access by the namespace of a cluster used to run the pod for an Amazon EKS job",
  "batch:EKSPrivileged":
    "|,Bool|0||Filters access by the specified privileged parameter value that determines whether the container is given elevated privileges on the host container instance (similar to the root user) for an Amazon EKS job",
  "batch:EKSRunAsGroup":
    "|,Numeric|0||Filters access by the specified group numeric ID (gid) used to start a container in an Amazon EKS job",
  "batch:EKSRunAsUser":
    "|,Numeric|0||Filters access by the specified user numeric ID (uid) used to start a a container in an Amazon EKS job",
  "batch:EKSServiceAccountName":
    "|,String|0||Filters access by the name of the service account used to run the pod for an Amazon EKS job",
  "batch:Image": "|,String|0||Filters access by the image used to start a container",
  "batch:LogDriver": "|,String|0||Filters access by the log driver used for the container",
  "batch:Privileged":
    "|,Bool|0||Filters access by the specified privileged parameter value that determines whether the container is given elevated privileges on the host container instance (similar to the root user)",
  "batch:SchedulingPriority": "|,Numeric|0||Filters access by the scheduling priority for jobs in the job queue",
  "batch:ShareIdentifier": "|,String|0||Filters access by the shareIdentifier used inside submit job",
  "batch:User": "|,String|0||Filters access by user name or numeric uid used inside the container",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "batch",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
