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
export const prefix: "datasync" = "datasync";
/** The service's name in the reference. */
export const serviceName: "AWS DataSync" = "AWS DataSync";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS DataSync",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsdatasync.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["datasync:TagResource", "iam:PassRole"] as const;
const actionFacts = {
  /** Grants permission to create a storage system. Access level: Write. Resources: agent*. https://docs.aws.amazon.com/datasync/latest/userguide/API_AddStorageSystem.html */
  AddStorageSystem: "W|||0;1;|0,1,2||",
  /** Grants permission to cancel execution of a sync task. Access level: Write. Resources: taskexecution*. https://docs.aws.amazon.com/datasync/latest/userguide/API_CancelTaskExecution.html */
  CancelTaskExecution: "W|||5;1;|1||;",
  /** Grants permission to activate an agent that you have deployed on your host. Access level: Write. https://docs.aws.amazon.com/datasync/latest/userguide/API_CreateAgent.html */
  CreateAgent: "W||||0,2|0|;",
  /** Grants permission to create an endpoint for a Microsoft Azure Blob Storage container. Access level: Write. https://docs.aws.amazon.com/datasync/latest/userguide/API_CreateLocationAzureBlob.html */
  CreateLocationAzureBlob: "W||||0,2|0,1|;",
  /** Grants permission to create an endpoint for an Amazon EFS file system. Access level: Write. https://docs.aws.amazon.com/datasync/latest/userguide/API_CreateLocationEfs.html */
  CreateLocationEfs: "W||||0,2|0,1|;",
  /** Grants permission to create an endpoint for an Amazon Fsx Lustre. Access level: Write. https://docs.aws.amazon.com/datasync/latest/userguide/API_CreateLocationFsxLustre.html */
  CreateLocationFsxLustre: "W||||0,2|0|;",
  /** Grants permission to create an endpoint for Amazon FSx for ONTAP. Access level: Write. https://docs.aws.amazon.com/datasync/latest/userguide/API_CreateLocationFsxOntap.html */
  CreateLocationFsxOntap: "W||||0,2|0,1|;",
  /** Grants permission to create an endpoint for Amazon FSx for OpenZFS. Access level: Write. https://docs.aws.amazon.com/datasync/latest/userguide/API_CreateLocationFsxOpenZfs.html */
  CreateLocationFsxOpenZfs: "W||||0,2|0|;",
  /** Grants permission to create an endpoint for an Amazon FSx Windows File Server file system. Access level: Write. https://docs.aws.amazon.com/datasync/latest/userguide/API_CreateLocationFsxWindows.html */
  CreateLocationFsxWindows: "W||||0,2|0,1|;",
  /** Grants permission to create an endpoint for an Amazon Hdfs. Access level: Write. https://docs.aws.amazon.com/datasync/latest/userguide/API_CreateLocationHdfs.html */
  CreateLocationHdfs: "W||||0,2|0,1|;",
  /** Grants permission to create an endpoint for a NFS file system. Access level: Write. https://docs.aws.amazon.com/datasync/latest/userguide/API_CreateLocationNfs.html */
  CreateLocationNfs: "W||||0,2|0|;",
  /** Grants permission to create an endpoint for a self-managed object storage bucket. Access level: Write. https://docs.aws.amazon.com/datasync/latest/userguide/API_CreateLocationObjectStorage.html */
  CreateLocationObjectStorage: "W||||0,2|0,1|;",
  /** Grants permission to create an endpoint for an Amazon S3 bucket. Access level: Write. https://docs.aws.amazon.com/datasync/latest/userguide/API_CreateLocationS3.html */
  CreateLocationS3: "W||||0,2|0,1|;",
  /** Grants permission to create an endpoint for an SMB file system. Access level: Write. https://docs.aws.amazon.com/datasync/latest/userguide/API_CreateLocationSmb.html */
  CreateLocationSmb: "W||||0,2|0,1|;",
  /** Grants permission to create a sync task. Access level: Write. Resources: agent, location*. https://docs.aws.amazon.com/datasync/latest/userguide/API_CreateTask.html */
  CreateTask: "W|||0;0;,2;1;|0,2|0,1|;",
  /** Grants permission to delete an agent. Access level: Write. Resources: agent*. https://docs.aws.amazon.com/datasync/latest/userguide/API_DeleteAgent.html */
  DeleteAgent: "W|||0;1;|||;",
  /** Grants permission to delete a location used by AWS DataSync. Access level: Write. Resources: location*. https://docs.aws.amazon.com/datasync/latest/userguide/API_DeleteLocation.html */
  DeleteLocation: "W|||2;1;|||;",
  /** Grants permission to delete a sync task. Access level: Write. Resources: task*. https://docs.aws.amazon.com/datasync/latest/userguide/API_DeleteTask.html */
  DeleteTask: "W|||4;1;|||;",
  /** Grants permission to view metadata such as name, network interfaces, and the status (that is, whether the agent is running or not) about a sync agent. Access level: Read. Resources: agent*. https://docs.aws.amazon.com/datasync/latest/userguide/API_DescribeAgent.html */
  DescribeAgent: "R|||0;1;|||;",
  /** Grants permission to describe metadata about a discovery job. Access level: Read. Resources: discoveryjob*. https://docs.aws.amazon.com/datasync/latest/userguide/API_DescribeDiscoveryJob.html */
  DescribeDiscoveryJob: "R|||1;1;|||",
  /** Grants permission to view metadata, such as the path information about an Azure Blob Storage sync location. Access level: Read. Resources: location*. https://docs.aws.amazon.com/datasync/latest/userguide/API_DescribeLocationAzureBlob.html */
  DescribeLocationAzureBlob: "R|||2;1;|||;",
  /** Grants permission to view metadata, such as the path information about an Amazon EFS sync location. Access level: Read. Resources: location*. https://docs.aws.amazon.com/datasync/latest/userguide/API_DescribeLocationEfs.html */
  DescribeLocationEfs: "R|||2;1;|||;",
  /** Grants permission to view metadata, such as the path information about an Amazon FSx Lustre sync location. Access level: Read. Resources: location*. https://docs.aws.amazon.com/datasync/latest/userguide/API_DescribeLocationFsxLustre.html */
  DescribeLocationFsxLustre: "R|||2;1;|||;",
  /** Grants permission to view metadata, such as the path information about an Amazon FSx for ONTAP sync location. Access level: Read. Resources: location*. https://docs.aws.amazon.com/datasync/latest/userguide/API_DescribeLocationFsxOntap.html */
  DescribeLocationFsxOntap: "R|||2;1;|||;",
  /** Grants permission to view metadata, such as the path information about an Amazon FSx OpenZFS sync location. Access level: Read. Resources: location*. https://docs.aws.amazon.com/datasync/latest/userguide/API_DescribeLocationFsxOpenZfs.html */
  DescribeLocationFsxOpenZfs: "R|||2;1;|||;",
  /** Grants permission to view metadata, such as the path information about an Amazon FSx Windows sync location. Access level: Read. Resources: location*. https://docs.aws.amazon.com/datasync/latest/userguide/API_DescribeLocationFsxWindows.html */
  DescribeLocationFsxWindows: "R|||2;1;|||;",
  /** Grants permission to view metadata, such as the path information about an Amazon HDFS sync location. Access level: Read. Resources: location*. https://docs.aws.amazon.com/datasync/latest/userguide/API_DescribeLocationHdfs.html */
  DescribeLocationHdfs: "R|||2;1;|||;",
  /** Grants permission to view metadata, such as the path information, about a NFS sync location. Access level: Read. Resources: location*. https://docs.aws.amazon.com/datasync/latest/userguide/API_DescribeLocationNfs.html */
  DescribeLocationNfs: "R|||2;1;|||;",
  /** Grants permission to view metadata about a self-managed object storage server location. Access level: Read. Resources: location*. https://docs.aws.amazon.com/datasync/latest/userguide/API_DescribeLocationObjectStorage.html */
  DescribeLocationObjectStorage: "R|||2;1;|||;",
  /** Grants permission to view metadata, such as bucket name, about an Amazon S3 bucket sync location. Access level: Read. Resources: location*. https://docs.aws.amazon.com/datasync/latest/userguide/API_DescribeLocationS3.html */
  DescribeLocationS3: "R|||2;1;|||;",
  /** Grants permission to view metadata, such as the path information, about an SMB sync location. Access level: Read. Resources: location*. https://docs.aws.amazon.com/datasync/latest/userguide/API_DescribeLocationSmb.html */
  DescribeLocationSmb: "R|||2;1;|||;",
  /** Grants permission to view metadata about a storage system. Access level: Read. Resources: storagesystem*. https://docs.aws.amazon.com/datasync/latest/userguide/API_DescribeStorageSystem.html */
  DescribeStorageSystem: "R|||3;1;|||",
  /** Grants permission to describe resource metrics collected by a discovery job. Access level: List. Resources: discoveryjob*. https://docs.aws.amazon.com/datasync/latest/userguide/API_DescribeStorageSystemResourceMetrics.html */
  DescribeStorageSystemResourceMetrics: "L|||1;1;|||",
  /** Grants permission to describe resources identified by a discovery job. Access level: List. Resources: discoveryjob*. https://docs.aws.amazon.com/datasync/latest/userguide/API_DescribeStorageSystemResources.html */
  DescribeStorageSystemResources: "L|||1;1;|||",
  /** Grants permission to view metadata about a sync task. Access level: Read. Resources: task*. https://docs.aws.amazon.com/datasync/latest/userguide/API_DescribeTask.html */
  DescribeTask: "R|||4;1;|||;",
  /** Grants permission to view metadata about a sync task that is being executed. Access level: Read. Resources: taskexecution*. https://docs.aws.amazon.com/datasync/latest/userguide/API_DescribeTaskExecution.html */
  DescribeTaskExecution: "R|||5;1;|1||;",
  /** Grants permission to generate recommendations for a resource identified by a discovery job. Access level: Write. Resources: discoveryjob*. https://docs.aws.amazon.com/datasync/latest/userguide/API_GenerateRecommendations.html */
  GenerateRecommendations: "W|||1;1;|||",
  /** Grants permission to list agents owned by an AWS account in a region specified in the request. Access level: List. https://docs.aws.amazon.com/datasync/latest/userguide/API_ListAgents.html */
  ListAgents: "L||||||;",
  /** Grants permission to list discovery jobs. Access level: List. https://docs.aws.amazon.com/datasync/latest/userguide/API_ListDiscoveryJobs.html */
  ListDiscoveryJobs: "L||||||",
  /** Grants permission to list source and destination sync locations. Access level: List. https://docs.aws.amazon.com/datasync/latest/userguide/API_ListLocations.html */
  ListLocations: "L||||||;",
  /** Grants permission to list storage systems. Access level: List. https://docs.aws.amazon.com/datasync/latest/userguide/API_ListStorageSystems.html */
  ListStorageSystems: "L||||||",
  /** Grants permission to list tags that have been added to the specified resource. Access level: Read. Resources: agent, discoveryjob, location, storagesystem, task, taskexecution. https://docs.aws.amazon.com/datasync/latest/userguide/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;|||;",
  /** Grants permission to list executed sync tasks. Access level: List. https://docs.aws.amazon.com/datasync/latest/userguide/API_ListTaskExecutions.html */
  ListTaskExecutions: "L||||1||;",
  /** Grants permission to list of all the sync tasks. Access level: List. https://docs.aws.amazon.com/datasync/latest/userguide/API_ListTasks.html */
  ListTasks: "L||||||;",
  /** Grants permission to delete a storage system. Access level: Write. Resources: storagesystem*. https://docs.aws.amazon.com/datasync/latest/userguide/API_RemoveStorageSystem.html */
  RemoveStorageSystem: "W|||3;1;|||",
  /** Grants permission to start a discovery job for a storage system. Access level: Write. Resources: storagesystem*. https://docs.aws.amazon.com/datasync/latest/userguide/API_StartDiscoveryJob.html */
  StartDiscoveryJob: "W|||3;1;|||",
  /** Grants permission to start a specific invocation of a sync task. Access level: Write. Resources: task*. https://docs.aws.amazon.com/datasync/latest/userguide/API_StartTaskExecution.html */
  StartTaskExecution: "W|||4;1;|0,1,2|0,1|;",
  /** Grants permission to stop a discovery job. Access level: Write. Resources: discoveryjob*. https://docs.aws.amazon.com/datasync/latest/userguide/API_StopDiscoveryJob.html */
  StopDiscoveryJob: "W|||1;1;|||",
  /** Grants permission to apply a key-value pair to an AWS resource. Access level: Tagging. Resources: agent, discoveryjob, location, storagesystem, task, taskexecution. https://docs.aws.amazon.com/datasync/latest/userguide/API_TagResource.html */
  TagResource:
    "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;|0,2||CreateAgent,CreateLocationAzureBlob,CreateLocationEfs,CreateLocationFsxLustre,CreateLocationFsxOntap,CreateLocationFsxOpenZfs,CreateLocationFsxWindows,CreateLocationHdfs,CreateLocationNfs,CreateLocationObjectStorage,CreateLocationS3,CreateLocationSmb,CreateTask,StartTaskExecution,;",
  /** Grants permission to remove one or more tags from the specified resource. Access level: Tagging. Resources: agent, discoveryjob, location, storagesystem, task, taskexecution. https://docs.aws.amazon.com/datasync/latest/userguide/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;|2||;",
  /** Grants permission to update the name of an agent. Access level: Write. Resources: agent*. https://docs.aws.amazon.com/datasync/latest/userguide/API_UpdateAgent.html */
  UpdateAgent: "W|||0;1;|||;",
  /** Grants permission to update a discovery job. Access level: Write. Resources: discoveryjob*. https://docs.aws.amazon.com/datasync/latest/userguide/API_UpdateDiscoveryJob.html */
  UpdateDiscoveryJob: "W|||1;1;|||",
  /** Grants permission to update an Azure Blob Storage sync location. Access level: Write. Resources: location*. https://docs.aws.amazon.com/datasync/latest/userguide/API_UpdateLocationAzureBlob.html */
  UpdateLocationAzureBlob: "W|||2;1;||1|;",
  /** Grants permission to update an EFS sync Location. Access level: Write. Resources: location*. https://docs.aws.amazon.com/datasync/latest/userguide/API_UpdateLocationEfs.html */
  UpdateLocationEfs: "W|||2;1;||1|;",
  /** Grants permission to update an FSx Lustre sync Location. Access level: Write. Resources: location*. https://docs.aws.amazon.com/datasync/latest/userguide/API_UpdateLocationFsxLustre.html */
  UpdateLocationFsxLustre: "W|||2;1;|||;",
  /** Grants permission to update an FSx ONTAP sync Location. Access level: Write. Resources: location*. https://docs.aws.amazon.com/datasync/latest/userguide/API_UpdateLocationFsxOntap.html */
  UpdateLocationFsxOntap: "W|||2;1;||1|;",
  /** Grants permission to update an FSx OpenZFS sync Location. Access level: Write. Resources: location*. https://docs.aws.amazon.com/datasync/latest/userguide/API_UpdateLocationFsxOpenZfs.html */
  UpdateLocationFsxOpenZfs: "W|||2;1;|||;",
  /** Grants permission to update an FSx Windows sync Location. Access level: Write. Resources: location*. https://docs.aws.amazon.com/datasync/latest/userguide/API_UpdateLocationFsxWindows.html */
  UpdateLocationFsxWindows: "W|||2;1;||1|;",
  /** Grants permission to update an HDFS sync Location. Access level: Write. Resources: location*. https://docs.aws.amazon.com/datasync/latest/userguide/API_UpdateLocationHdfs.html */
  UpdateLocationHdfs: "W|||2;1;||1|;",
  /** Grants permission to update an NFS sync Location. Access level: Write. Resources: location*. https://docs.aws.amazon.com/datasync/latest/userguide/API_UpdateLocationNfs.html */
  UpdateLocationNfs: "W|||2;1;|||;",
  /** Grants permission to update a self-managed object storage server location. Access level: Write. Resources: location*. https://docs.aws.amazon.com/datasync/latest/userguide/API_UpdateLocationObjectStorage.html */
  UpdateLocationObjectStorage: "W|||2;1;||1|;",
  /** Grants permission to update an S3 sync Location. Access level: Write. Resources: location*. https://docs.aws.amazon.com/datasync/latest/userguide/API_UpdateLocationS3.html */
  UpdateLocationS3: "W|||2;1;||1|;",
  /** Grants permission to update a SMB sync location. Access level: Write. Resources: location*. https://docs.aws.amazon.com/datasync/latest/userguide/API_UpdateLocationSmb.html */
  UpdateLocationSmb: "W|||2;1;||1|;",
  /** Grants permission to update a storage system. Access level: Write. Resources: storagesystem*. https://docs.aws.amazon.com/datasync/latest/userguide/API_UpdateStorageSystem.html */
  UpdateStorageSystem: "W|||3;1;|||",
  /** Grants permission to update metadata associated with a sync task. Access level: Write. Resources: task*. https://docs.aws.amazon.com/datasync/latest/userguide/API_UpdateTask.html */
  UpdateTask: "W|||4;1;||1|;",
  /** Grants permission to update execution of a sync task. Access level: Write. Resources: taskexecution*. https://docs.aws.amazon.com/datasync/latest/userguide/API_UpdateTaskExecution.html */
  UpdateTaskExecution: "W|||5;1;|1||;",
} as const;
const actionDetails = {
  AddStorageSystem: "|,;~|Grants permission to create a storage system",
  CancelTaskExecution: "|,;~~~|Grants permission to cancel execution of a sync task",
  CreateAgent: "|,;~~~|Grants permission to activate an agent that you have deployed on your host",
  CreateLocationAzureBlob:
    "|,;~~~|Grants permission to create an endpoint for a Microsoft Azure Blob Storage container",
  CreateLocationEfs: "|,;~~~|Grants permission to create an endpoint for an Amazon EFS file system",
  CreateLocationFsxLustre: "|,;~~~|Grants permission to create an endpoint for an Amazon Fsx Lustre",
  CreateLocationFsxOntap: "|,;~~~|Grants permission to create an endpoint for Amazon FSx for ONTAP",
  CreateLocationFsxOpenZfs: "|,;~~~|Grants permission to create an endpoint for Amazon FSx for OpenZFS",
  CreateLocationFsxWindows:
    "|,;~~~|Grants permission to create an endpoint for an Amazon FSx Windows File Server file system",
  CreateLocationHdfs: "|,;~~~|Grants permission to create an endpoint for an Amazon Hdfs",
  CreateLocationNfs: "|,;~~~|Grants permission to create an endpoint for a NFS file system",
  CreateLocationObjectStorage:
    "|,;~~~|Grants permission to create an endpoint for a self-managed object storage bucket",
  CreateLocationS3: "|,;~~~|Grants permission to create an endpoint for an Amazon S3 bucket",
  CreateLocationSmb: "|,;~~~|Grants permission to create an endpoint for an SMB file system",
  CreateTask: "|,;~~~|Grants permission to create a sync task",
  DeleteAgent: "|,;~~~|Grants permission to delete an agent",
  DeleteLocation: "|,;~~~|Grants permission to delete a location used by AWS DataSync",
  DeleteTask: "|,;~~~|Grants permission to delete a sync task",
  DescribeAgent:
    "|,;~~~|Grants permission to view metadata such as name, network interfaces, and the status (that is, whether the agent is running or not) about a sync agent",
  DescribeDiscoveryJob: "|,;~|Grants permission to describe metadata about a discovery job",
  DescribeLocationAzureBlob:
    "|,;~~~|Grants permission to view metadata, such as the path information about an Azure Blob Storage sync location",
  DescribeLocationEfs:
    "|,;~~~|Grants permission to view metadata, such as the path information about an Amazon EFS sync location",
  DescribeLocationFsxLustre:
    "|,;~~~|Grants permission to view metadata, such as the path information about an Amazon FSx Lustre sync location",
  DescribeLocationFsxOntap:
    "|,;~~~|Grants permission to view metadata, such as the path information about an Amazon FSx for ONTAP sync location",
  DescribeLocationFsxOpenZfs:
    "|,;~~~|Grants permission to view metadata, such as the path information about an Amazon FSx OpenZFS sync location",
  DescribeLocationFsxWindows:
    "|,;~~~|Grants permission to view metadata, such as the path information about an Amazon FSx Windows sync location",
  DescribeLocationHdfs:
    "|,;~~~|Grants permission to view metadata, such as the path information about an Amazon HDFS sync location",
  DescribeLocationNfs:
    "|,;~~~|Grants permission to view metadata, such as the path information, about a NFS sync location",
  DescribeLocationObjectStorage:
    "|,;~~~|Grants permission to view metadata about a self-managed object storage server location",
  DescribeLocationS3:
    "|,;~~~|Grants permission to view metadata, such as bucket name, about an Amazon S3 bucket sync location",
  DescribeLocationSmb:
    "|,;~~~|Grants permission to view metadata, such as the path information, about an SMB sync location",
  DescribeStorageSystem: "|,;~|Grants permission to view metadata about a storage system",
  DescribeStorageSystemResourceMetrics:
    "|,;~|Grants permission to describe resource metrics collected by a discovery job",
  DescribeStorageSystemResources: "|,;~|Grants permission to describe resources identified by a discovery job",
  DescribeTask: "|,;~~~|Grants permission to view metadata about a sync task",
  DescribeTaskExecution: "|,;~~~|Grants permission to view metadata about a sync task that is being executed",
  GenerateRecommendations:
    "|,;~|Grants permission to generate recommendations for a resource identified by a discovery job",
  ListAgents: "|,;~~~|Grants permission to list agents owned by an AWS account in a region specified in the request",
  ListDiscoveryJobs: "|,;~|Grants permission to list discovery jobs",
  ListLocations: "|,;~~~|Grants permission to list source and destination sync locations",
  ListStorageSystems: "|,;~|Grants permission to list storage systems",
  ListTagsForResource: "|,;~~~|Grants permission to list tags that have been added to the specified resource",
  ListTaskExecutions: "|,;~~~|Grants permission to list executed sync tasks",
  ListTasks: "|,;~~~|Grants permission to list of all the sync tasks",
  RemoveStorageSystem: "|,;~|Grants permission to delete a storage system",
  StartDiscoveryJob: "|,;~|Grants permission to start a discovery job for a storage system",
  StartTaskExecution: "|,;~~~|Grants permission to start a specific invocation of a sync task",
  StopDiscoveryJob: "|,;~|Grants permission to stop a discovery job",
  TagResource:
    "|,;~~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~|Grants permission to apply a key-value pair to an AWS resource",
  UntagResource: "|,;~~~|Grants permission to remove one or more tags from the specified resource",
  UpdateAgent: "|,;~~~|Grants permission to update the name of an agent",
  UpdateDiscoveryJob: "|,;~|Grants permission to update a discovery job",
  UpdateLocationAzureBlob: "|,;~~~|Grants permission to update an Azure Blob Storage sync location",
  UpdateLocationEfs: "|,;~~~|Grants permission to update an EFS sync Location",
  UpdateLocationFsxLustre: "|,;~~~|Grants permission to update an FSx Lustre sync Location",
  UpdateLocationFsxOntap: "|,;~~~|Grants permission to update an FSx ONTAP sync Location",
  UpdateLocationFsxOpenZfs: "|,;~~~|Grants permission to update an FSx OpenZFS sync Location",
  UpdateLocationFsxWindows: "|,;~~~|Grants permission to update an FSx Windows sync Location",
  UpdateLocationHdfs: "|,;~~~|Grants permission to update an HDFS sync Location",
  UpdateLocationNfs: "|,;~~~|Grants permission to update an NFS sync Location",
  UpdateLocationObjectStorage: "|,;~~~|Grants permission to update a self-managed object storage server location",
  UpdateLocationS3: "|,;~~~|Grants permission to update an S3 sync Location",
  UpdateLocationSmb: "|,;~~~|Grants permission to update a SMB sync location",
  UpdateStorageSystem: "|,;~|Grants permission to update a storage system",
  UpdateTask: "|,;~~~|Grants permission to update metadata associated with a sync task",
  UpdateTaskExecution: "|,;~~~|Grants permission to update execution of a sync task",
};
const resourceTypeFacts = {
  /** The agent resource type: arn:${Partition}:datasync:${Region}:${AccountId}:agent/${AgentId} */
  agent: "|,|1",
  /** The discoveryjob resource type: arn:${Partition}:datasync:${Region}:${AccountId}:system/${StorageSystemId}/job/${DiscoveryJobId} */
  discoveryjob: "|,|1",
  /** The location resource type: arn:${Partition}:datasync:${Region}:${AccountId}:location/${LocationId} */
  location: "|,|1",
  /** The storagesystem resource type: arn:${Partition}:datasync:${Region}:${AccountId}:system/${StorageSystemId} */
  storagesystem: "|,|1",
  /** The task resource type: arn:${Partition}:datasync:${Region}:${AccountId}:task/${TaskId} */
  task: "|,|1",
  /** The taskexecution resource type: arn:${Partition}:datasync:${Region}:${AccountId}:task/${TaskId}/execution/${ExecutionId} */
  taskexecution: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a agent resource: arn:${Partition}:datasync:${Region}:${AccountId}:agent/${AgentId}. */
  agent: "|,agent|arn:|Partition|:datasync:|Region|:|AccountId|:agent/|AgentId|",
  /** ARN of a discoveryjob resource: arn:${Partition}:datasync:${Region}:${AccountId}:system/${StorageSystemId}/job/${DiscoveryJobId}. */
  discoveryjob:
    "|,discoveryjob|arn:|Partition|:datasync:|Region|:|AccountId|:system/|StorageSystemId|/job/|DiscoveryJobId|",
  /** ARN of a location resource: arn:${Partition}:datasync:${Region}:${AccountId}:location/${LocationId}. */
  location: "|,location|arn:|Partition|:datasync:|Region|:|AccountId|:location/|LocationId|",
  /** ARN of a storagesystem resource: arn:${Partition}:datasync:${Region}:${AccountId}:system/${StorageSystemId}. */
  storagesystem: "|,storagesystem|arn:|Partition|:datasync:|Region|:|AccountId|:system/|StorageSystemId|",
  /** ARN of a task resource: arn:${Partition}:datasync:${Region}:${AccountId}:task/${TaskId}. */
  task: "|,task|arn:|Partition|:datasync:|Region|:|AccountId|:task/|TaskId|",
  /** ARN of a taskexecution resource: arn:${Partition}:datasync:${Region}:${AccountId}:task/${TaskId}/execution/${ExecutionId}. */
  taskexecution: "|,taskexecution|arn:|Partition|:datasync:|Region|:|AccountId|:task/|TaskId|/execution/|ExecutionId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["agent", "discoveryjob", "location", "storagesystem", "task", "taskexecution"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "datasync">;
/** Any datasync action. */
export type Action = ActionOf<typeof actionFacts, "datasync">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "datasync">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "datasync" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every datasync action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the tag key-value pairs in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by the tag key-value pairs associated with the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the tag keys in the request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by the tag key-value pairs in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by the tag key-value pairs associated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the tag keys in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "datasync",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
