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
export const prefix: "robomaker" = "robomaker";
/** The service's name in the reference. */
export const serviceName: "AWS RoboMaker" = "AWS RoboMaker";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS RoboMaker",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsrobomaker.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["iam:CreateServiceLinkedRole", "s3:GetObject"] as const;
const actionFacts = {
  /** Delete one or more worlds in a batch operation. Access level: Write. https://docs.aws.amazon.com/robomaker/latest/dg/API_BatchDeleteWorlds.html */
  BatchDeleteWorlds: "W||||||",
  /** Describe multiple simulation jobs. Access level: Read. https://docs.aws.amazon.com/robomaker/latest/dg/API_BatchDescribeSimulationJob.html */
  BatchDescribeSimulationJob: "R||||||",
  /** Cancel a deployment job. Access level: Write. Resources: deploymentJob*. https://docs.aws.amazon.com/robomaker/latest/dg/API_CancelDeploymentJob.html */
  CancelDeploymentJob: "W|||1;1;|||",
  /** Cancel a simulation job. Access level: Write. Resources: simulationJob*. https://docs.aws.amazon.com/robomaker/latest/dg/API_CancelSimulationJob.html */
  CancelSimulationJob: "W|||5;1;|||",
  /** Cancel a simulation job batch. Access level: Write. Resources: simulationJobBatch*. https://docs.aws.amazon.com/robomaker/latest/dg/API_CancelSimulationJobBatch.html */
  CancelSimulationJobBatch: "W|||6;1;|||",
  /** Cancel a world export job. Access level: Write. Resources: worldExportJob*. https://docs.aws.amazon.com/robomaker/latest/dg/API_CancelWorldExportJob.html */
  CancelWorldExportJob: "W|||8;1;|||",
  /** Cancel a world generation job. Access level: Write. Resources: worldGenerationJob*. https://docs.aws.amazon.com/robomaker/latest/dg/API_CancelWorldGenerationJob.html */
  CancelWorldGenerationJob: "W|||9;1;|||",
  /** Create a deployment job. Access level: Write. https://docs.aws.amazon.com/robomaker/latest/dg/API_CreateDeploymentJob.html */
  CreateDeploymentJob: "W||||0,2|0|",
  /** Create a deployment fleet that represents a logical group of robots running the same robot application. Access level: Write. https://docs.aws.amazon.com/robomaker/latest/dg/API_CreateFleet.html */
  CreateFleet: "W||||0,2||",
  /** Create a robot that can be registered to a fleet. Access level: Write. https://docs.aws.amazon.com/robomaker/latest/dg/API_CreateRobot.html */
  CreateRobot: "W||||0,2|0|",
  /** Create a robot application. Access level: Write. https://docs.aws.amazon.com/robomaker/latest/dg/API_CreateRobotApplication.html */
  CreateRobotApplication: "W||||0,2||",
  /** Create a snapshot of a robot application. Access level: Write. Resources: robotApplication*. https://docs.aws.amazon.com/robomaker/latest/dg/API_CreateRobotApplicationVersion.html */
  CreateRobotApplicationVersion: "W|||3;1;||1|",
  /** Create a simulation application. Access level: Write. https://docs.aws.amazon.com/robomaker/latest/dg/API_CreateSimulationApplication.html */
  CreateSimulationApplication: "W||||0,2||",
  /** Create a snapshot of a simulation application. Access level: Write. Resources: simulationApplication*. https://docs.aws.amazon.com/robomaker/latest/dg/API_CreateSimulationApplicationVersion.html */
  CreateSimulationApplicationVersion: "W|||4;1;||1|",
  /** Create a simulation job. Access level: Write. https://docs.aws.amazon.com/robomaker/latest/dg/API_CreateSimulationJob.html */
  CreateSimulationJob: "W||||0,2|0|",
  /** Create a world export job. Access level: Write. Resources: world*. https://docs.aws.amazon.com/robomaker/latest/dg/API_CreateWorldExportJob.html */
  CreateWorldExportJob: "W|||7;1;|0,2||",
  /** Create a world generation job. Access level: Write. Resources: worldTemplate*. https://docs.aws.amazon.com/robomaker/latest/dg/API_CreateWorldGenerationJob.html */
  CreateWorldGenerationJob: "W|||10;1;|0,2||",
  /** Create a world template. Access level: Write. https://docs.aws.amazon.com/robomaker/latest/dg/API_CreateWorldTemplate.html */
  CreateWorldTemplate: "W||||0,2||",
  /** Delete a deployment fleet. Access level: Write. Resources: deploymentFleet*. https://docs.aws.amazon.com/robomaker/latest/dg/API_DeleteFleet.html */
  DeleteFleet: "W|||0;1;|||",
  /** Delete a robot. Access level: Write. Resources: robot*. https://docs.aws.amazon.com/robomaker/latest/dg/API_DeleteRobot.html */
  DeleteRobot: "W|||2;1;|||",
  /** Delete a robot application. Access level: Write. Resources: robotApplication*. https://docs.aws.amazon.com/robomaker/latest/dg/API_DeleteRobotApplication.html */
  DeleteRobotApplication: "W|||3;1;|||",
  /** Delete a simulation application. Access level: Write. Resources: simulationApplication*. https://docs.aws.amazon.com/robomaker/latest/dg/API_DeleteSimulationApplication.html */
  DeleteSimulationApplication: "W|||4;1;|||",
  /** Delete a world template. Access level: Write. Resources: worldTemplate*. https://docs.aws.amazon.com/robomaker/latest/dg/API_DeleteWorldTemplate.html */
  DeleteWorldTemplate: "W|||10;1;|||",
  /** Deregister a robot from a fleet. Access level: Write. Resources: deploymentFleet*, robot*. https://docs.aws.amazon.com/robomaker/latest/dg/API_DeregisterRobot.html */
  DeregisterRobot: "W|||0;1;,2;1;|||",
  /** Describe a deployment job. Access level: Read. Resources: deploymentJob*. https://docs.aws.amazon.com/robomaker/latest/dg/API_DescribeDeploymentJob.html */
  DescribeDeploymentJob: "R|||1;1;|||",
  /** Describe a deployment fleet. Access level: Read. Resources: deploymentFleet*. https://docs.aws.amazon.com/robomaker/latest/dg/API_DescribeFleet.html */
  DescribeFleet: "R|||0;1;|||",
  /** Describe a robot. Access level: Read. Resources: robot*. https://docs.aws.amazon.com/robomaker/latest/dg/API_DescribeRobot.html */
  DescribeRobot: "R|||2;1;|||",
  /** Describe a robot application. Access level: Read. Resources: robotApplication*. https://docs.aws.amazon.com/robomaker/latest/dg/API_DescribeRobotApplication.html */
  DescribeRobotApplication: "R|||3;1;|||",
  /** Describe a simulation application. Access level: Read. Resources: simulationApplication*. https://docs.aws.amazon.com/robomaker/latest/dg/API_DescribeSimulationApplication.html */
  DescribeSimulationApplication: "R|||4;1;|||",
  /** Describe a simulation job. Access level: Read. Resources: simulationJob*. https://docs.aws.amazon.com/robomaker/latest/dg/API_DescribeSimulationJob.html */
  DescribeSimulationJob: "R|||5;1;|||",
  /** Describe a simulation job batch. Access level: Read. Resources: simulationJobBatch*. https://docs.aws.amazon.com/robomaker/latest/dg/API_DescribeSimulationJobBatch.html */
  DescribeSimulationJobBatch: "R|||6;1;|||",
  /** Describe a world. Access level: Read. Resources: world*. https://docs.aws.amazon.com/robomaker/latest/dg/API_DescribeWorld.html */
  DescribeWorld: "R|||7;1;|||",
  /** Describe a world export job. Access level: Read. Resources: worldExportJob*. https://docs.aws.amazon.com/robomaker/latest/dg/API_DescribeWorldExportJob.html */
  DescribeWorldExportJob: "R|||8;1;|||",
  /** Describe a world generation job. Access level: Read. Resources: worldGenerationJob*. https://docs.aws.amazon.com/robomaker/latest/dg/API_DescribeWorldGenerationJob.html */
  DescribeWorldGenerationJob: "R|||9;1;|||",
  /** Describe a world template. Access level: Read. Resources: worldTemplate*. https://docs.aws.amazon.com/robomaker/latest/dg/API_DescribeWorldTemplate.html */
  DescribeWorldTemplate: "R|||10;1;|||",
  /** Get the body of a world template. Access level: Read. Resources: worldTemplate*. https://docs.aws.amazon.com/robomaker/latest/dg/API_GetWorldTemplateBody.html */
  GetWorldTemplateBody: "R|||10;1;|||",
  /** List deployment jobs. Access level: List. https://docs.aws.amazon.com/robomaker/latest/dg/API_ListDeploymentJobs.html */
  ListDeploymentJobs: "L||||||",
  /** List fleets. Access level: List. https://docs.aws.amazon.com/robomaker/latest/dg/API_ListFleets.html */
  ListFleets: "L||||||",
  /** List robot applications. Access level: List. https://docs.aws.amazon.com/robomaker/latest/dg/API_ListRobotApplications.html */
  ListRobotApplications: "L||||||",
  /** List robots. Access level: List. https://docs.aws.amazon.com/robomaker/latest/dg/API_ListRobots.html */
  ListRobots: "L||||||",
  /** List simulation applications. Access level: List. https://docs.aws.amazon.com/robomaker/latest/dg/API_ListSimulationApplications.html */
  ListSimulationApplications: "L||||||",
  /** List simulation job batches. Access level: List. https://docs.aws.amazon.com/robomaker/latest/dg/API_ListSimulationJobBatches.html */
  ListSimulationJobBatches: "L||||||",
  /** List simulation jobs. Access level: List. https://docs.aws.amazon.com/robomaker/latest/dg/API_ListSimulationJobs.html */
  ListSimulationJobs: "L||||||",
  /** Lists supported availability zones. Access level: List. Permission only. https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsrobomaker.html */
  ListSupportedAvailabilityZones: "L||1||||",
  /** List tags for a RoboMaker resource. Access level: List. Resources: deploymentFleet, deploymentJob, robot, robotApplication, simulationApplication, simulationJob, simulationJobBatch, world, worldExportJob, worldGenerationJob, worldTemplate. https://docs.aws.amazon.com/robomaker/latest/dg/API_ListTagsForResource.html */
  ListTagsForResource: "L|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,8;0;,9;0;,10;0;|||",
  /** List world export jobs. Access level: List. https://docs.aws.amazon.com/robomaker/latest/dg/API_ListWorldExportJobs.html */
  ListWorldExportJobs: "L||||||",
  /** List world generation jobs. Access level: List. https://docs.aws.amazon.com/robomaker/latest/dg/API_ListWorldGenerationJobs.html */
  ListWorldGenerationJobs: "L||||||",
  /** List world templates. Access level: List. https://docs.aws.amazon.com/robomaker/latest/dg/API_ListWorldTemplates.html */
  ListWorldTemplates: "L||||||",
  /** List worlds. Access level: List. https://docs.aws.amazon.com/robomaker/latest/dg/API_ListWorlds.html */
  ListWorlds: "L||||||",
  /** Register a robot to a fleet. Access level: Write. Resources: deploymentFleet*, robot*. https://docs.aws.amazon.com/robomaker/latest/dg/API_RegisterRobot.html */
  RegisterRobot: "W|||0;1;,2;1;|||",
  /** Restart a running simulation job. Access level: Write. Resources: simulationJob*. https://docs.aws.amazon.com/robomaker/latest/dg/API_RestartSimulationJob.html */
  RestartSimulationJob: "W|||5;1;|||",
  /** Create a simulation job batch. Access level: Write. https://docs.aws.amazon.com/robomaker/latest/dg/API_StartSimulationJobBatch.html */
  StartSimulationJobBatch: "W||||0,2|0|",
  /** Ensures the most recently deployed robot application is deployed to all robots in the fleet. Access level: Write. Resources: deploymentFleet*. https://docs.aws.amazon.com/robomaker/latest/dg/API_SyncDeploymentJob.html */
  SyncDeploymentJob: "W|||0;1;||0|",
  /** Add tags to a RoboMaker resource. Access level: Tagging. Resources: deploymentFleet, deploymentJob, robot, robotApplication, simulationApplication, simulationJob, simulationJobBatch, world, worldExportJob, worldGenerationJob, worldTemplate. https://docs.aws.amazon.com/robomaker/latest/dg/API_TagResource.html */
  TagResource: "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,8;0;,9;0;,10;0;|0,2||",
  /** Remove tags from a RoboMaker resource. Access level: Tagging. Resources: deploymentFleet, deploymentJob, robot, robotApplication, simulationApplication, simulationJob, simulationJobBatch, world, worldExportJob, worldGenerationJob, worldTemplate. https://docs.aws.amazon.com/robomaker/latest/dg/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,8;0;,9;0;,10;0;|2||",
  /** Update a robot application. Access level: Write. Resources: robotApplication*. https://docs.aws.amazon.com/robomaker/latest/dg/API_UpdateRobotApplication.html */
  UpdateRobotApplication: "W|||3;1;|||",
  /** Report the deployment status for an individual robot. Access level: Write. Permission only. https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsrobomaker.html */
  UpdateRobotDeployment: "W||1||||",
  /** Update a simulation application. Access level: Write. Resources: simulationApplication*. https://docs.aws.amazon.com/robomaker/latest/dg/API_UpdateSimulationApplication.html */
  UpdateSimulationApplication: "W|||4;1;|||",
  /** Update a world template. Access level: Write. Resources: worldTemplate*. https://docs.aws.amazon.com/robomaker/latest/dg/API_UpdateWorldTemplate.html */
  UpdateWorldTemplate: "W|||10;1;|||",
} as const;
const actionDetails = {
  BatchDeleteWorlds: "|,;~|Delete one or more worlds in a batch operation",
  BatchDescribeSimulationJob: "|,;~|Describe multiple simulation jobs",
  CancelDeploymentJob: "|,;~|Cancel a deployment job",
  CancelSimulationJob: "|,;~|Cancel a simulation job",
  CancelSimulationJobBatch: "|,;~|Cancel a simulation job batch",
  CancelWorldExportJob: "|,;~|Cancel a world export job",
  CancelWorldGenerationJob: "|,;~|Cancel a world generation job",
  CreateDeploymentJob: "|,;~|Create a deployment job",
  CreateFleet:
    "|,;~|Create a deployment fleet that represents a logical group of robots running the same robot application",
  CreateRobot: "|,;~|Create a robot that can be registered to a fleet",
  CreateRobotApplication: "|,;~|Create a robot application",
  CreateRobotApplicationVersion: "|,;~|Create a snapshot of a robot application",
  CreateSimulationApplication: "|,;~|Create a simulation application",
  CreateSimulationApplicationVersion: "|,;~|Create a snapshot of a simulation application",
  CreateSimulationJob: "|,;~|Create a simulation job",
  CreateWorldExportJob: "|,;~|Create a world export job",
  CreateWorldGenerationJob: "|,;~|Create a world generation job",
  CreateWorldTemplate: "|,;~|Create a world template",
  DeleteFleet: "|,;~|Delete a deployment fleet",
  DeleteRobot: "|,;~|Delete a robot",
  DeleteRobotApplication: "|,;~|Delete a robot application",
  DeleteSimulationApplication: "|,;~|Delete a simulation application",
  DeleteWorldTemplate: "|,;~|Delete a world template",
  DeregisterRobot: "|,;~|Deregister a robot from a fleet",
  DescribeDeploymentJob: "|,;~|Describe a deployment job",
  DescribeFleet: "|,;~|Describe a deployment fleet",
  DescribeRobot: "|,;~|Describe a robot",
  DescribeRobotApplication: "|,;~|Describe a robot application",
  DescribeSimulationApplication: "|,;~|Describe a simulation application",
  DescribeSimulationJob: "|,;~|Describe a simulation job",
  DescribeSimulationJobBatch: "|,;~|Describe a simulation job batch",
  DescribeWorld: "|,;~|Describe a world",
  DescribeWorldExportJob: "|,;~|Describe a world export job",
  DescribeWorldGenerationJob: "|,;~|Describe a world generation job",
  DescribeWorldTemplate: "|,;~|Describe a world template",
  GetWorldTemplateBody: "|,;~|Get the body of a world template",
  ListDeploymentJobs: "|,;~|List deployment jobs",
  ListFleets: "|,;~|List fleets",
  ListRobotApplications: "|,;~|List robot applications",
  ListRobots: "|,;~|List robots",
  ListSimulationApplications: "|,;~|List simulation applications",
  ListSimulationJobBatches: "|,;~|List simulation job batches",
  ListSimulationJobs: "|,;~|List simulation jobs",
  ListSupportedAvailabilityZones: "|,;~|Lists supported availability zones",
  ListTagsForResource: "|,;~|List tags for a RoboMaker resource",
  ListWorldExportJobs: "|,;~|List world export jobs",
  ListWorldGenerationJobs: "|,;~|List world generation jobs",
  ListWorldTemplates: "|,;~|List world templates",
  ListWorlds: "|,;~|List worlds",
  RegisterRobot: "|,;~|Register a robot to a fleet",
  RestartSimulationJob: "|,;~|Restart a running simulation job",
  StartSimulationJobBatch: "|,;~|Create a simulation job batch",
  SyncDeploymentJob: "|,;~|Ensures the most recently deployed robot application is deployed to all robots in the fleet",
  TagResource: "|,;~|Add tags to a RoboMaker resource",
  UntagResource: "|,;~|Remove tags from a RoboMaker resource",
  UpdateRobotApplication: "|,;~|Update a robot application",
  UpdateRobotDeployment: "|,;~|Report the deployment status for an individual robot",
  UpdateSimulationApplication: "|,;~|Update a simulation application",
  UpdateWorldTemplate: "|,;~|Update a world template",
};
const resourceTypeFacts = {
  /** The deploymentFleet resource type: arn:${Partition}:robomaker:${Region}:${Account}:deployment-fleet/${FleetName}/${CreatedOnEpoch} */
  deploymentFleet: "|,|1",
  /** The deploymentJob resource type: arn:${Partition}:robomaker:${Region}:${Account}:deployment-job/${DeploymentJobId} */
  deploymentJob: "|,|1",
  /** The robot resource type: arn:${Partition}:robomaker:${Region}:${Account}:robot/${RobotName}/${CreatedOnEpoch} */
  robot: "|,|1",
  /** The robotApplication resource type: arn:${Partition}:robomaker:${Region}:${Account}:robot-application/${ApplicationName}/${CreatedOnEpoch} */
  robotApplication: "|,|1",
  /** The simulationApplication resource type: arn:${Partition}:robomaker:${Region}:${Account}:simulation-application/${ApplicationName}/${CreatedOnEpoch} */
  simulationApplication: "|,|1",
  /** The simulationJob resource type: arn:${Partition}:robomaker:${Region}:${Account}:simulation-job/${SimulationJobId} */
  simulationJob: "|,|1",
  /** The simulationJobBatch resource type: arn:${Partition}:robomaker:${Region}:${Account}:simulation-job-batch/${SimulationJobBatchId} */
  simulationJobBatch: "|,|1",
  /** The world resource type: arn:${Partition}:robomaker:${Region}:${Account}:world/${WorldId} */
  world: "|,|1",
  /** The worldExportJob resource type: arn:${Partition}:robomaker:${Region}:${Account}:world-export-job/${WorldExportJobId} */
  worldExportJob: "|,|1",
  /** The worldGenerationJob resource type: arn:${Partition}:robomaker:${Region}:${Account}:world-generation-job/${WorldGenerationJobId} */
  worldGenerationJob: "|,|1",
  /** The worldTemplate resource type: arn:${Partition}:robomaker:${Region}:${Account}:world-template/${WorldTemplateJobId} */
  worldTemplate: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a deploymentFleet resource: arn:${Partition}:robomaker:${Region}:${Account}:deployment-fleet/${FleetName}/${CreatedOnEpoch}. */
  deploymentFleet:
    "|,deploymentFleet|arn:|Partition|:robomaker:|Region|:|Account|:deployment-fleet/|FleetName|/|CreatedOnEpoch|",
  /** ARN of a deploymentJob resource: arn:${Partition}:robomaker:${Region}:${Account}:deployment-job/${DeploymentJobId}. */
  deploymentJob: "|,deploymentJob|arn:|Partition|:robomaker:|Region|:|Account|:deployment-job/|DeploymentJobId|",
  /** ARN of a robot resource: arn:${Partition}:robomaker:${Region}:${Account}:robot/${RobotName}/${CreatedOnEpoch}. */
  robot: "|,robot|arn:|Partition|:robomaker:|Region|:|Account|:robot/|RobotName|/|CreatedOnEpoch|",
  /** ARN of a robotApplication resource: arn:${Partition}:robomaker:${Region}:${Account}:robot-application/${ApplicationName}/${CreatedOnEpoch}. */
  robotApplication:
    "|,robotApplication|arn:|Partition|:robomaker:|Region|:|Account|:robot-application/|ApplicationName|/|CreatedOnEpoch|",
  /** ARN of a simulationApplication resource: arn:${Partition}:robomaker:${Region}:${Account}:simulation-application/${ApplicationName}/${CreatedOnEpoch}. */
  simulationApplication:
    "|,simulationApplication|arn:|Partition|:robomaker:|Region|:|Account|:simulation-application/|ApplicationName|/|CreatedOnEpoch|",
  /** ARN of a simulationJob resource: arn:${Partition}:robomaker:${Region}:${Account}:simulation-job/${SimulationJobId}. */
  simulationJob: "|,simulationJob|arn:|Partition|:robomaker:|Region|:|Account|:simulation-job/|SimulationJobId|",
  /** ARN of a simulationJobBatch resource: arn:${Partition}:robomaker:${Region}:${Account}:simulation-job-batch/${SimulationJobBatchId}. */
  simulationJobBatch:
    "|,simulationJobBatch|arn:|Partition|:robomaker:|Region|:|Account|:simulation-job-batch/|SimulationJobBatchId|",
  /** ARN of a world resource: arn:${Partition}:robomaker:${Region}:${Account}:world/${WorldId}. */
  world: "|,world|arn:|Partition|:robomaker:|Region|:|Account|:world/|WorldId|",
  /** ARN of a worldExportJob resource: arn:${Partition}:robomaker:${Region}:${Account}:world-export-job/${WorldExportJobId}. */
  worldExportJob: "|,worldExportJob|arn:|Partition|:robomaker:|Region|:|Account|:world-export-job/|WorldExportJobId|",
  /** ARN of a worldGenerationJob resource: arn:${Partition}:robomaker:${Region}:${Account}:world-generation-job/${WorldGenerationJobId}. */
  worldGenerationJob:
    "|,worldGenerationJob|arn:|Partition|:robomaker:|Region|:|Account|:world-generation-job/|WorldGenerationJobId|",
  /** ARN of a worldTemplate resource: arn:${Partition}:robomaker:${Region}:${Account}:world-template/${WorldTemplateJobId}. */
  worldTemplate: "|,worldTemplate|arn:|Partition|:robomaker:|Region|:|Account|:world-template/|WorldTemplateJobId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "deploymentFleet",
  "deploymentJob",
  "robot",
  "robotApplication",
  "simulationApplication",
  "simulationJob",
  "simulationJobBatch",
  "world",
  "worldExportJob",
  "worldGenerationJob",
  "worldTemplate",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "robomaker">;
/** Any robomaker action. */
export type Action = ActionOf<typeof actionFacts, "robomaker">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "robomaker">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "", client: "" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every robomaker action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access based on the tags that are passed in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access based on the tags associated with the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access based on the tag keys that are passed in the request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access based on the tags that are passed in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access based on the tags associated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access based on the tag keys that are passed in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "robomaker",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
