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
export const prefix: "m2" = "m2";
/** The service's name in the reference. */
export const serviceName: "AWS Mainframe Modernization Service" = "AWS Mainframe Modernization Service";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Mainframe Modernization Service",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsmainframemodernizationservice.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [
  "elasticloadbalancing:AddTags",
  "elasticloadbalancing:DeleteListener",
  "elasticloadbalancing:DeleteTargetGroup",
  "m2:TagResource",
  "s3:GetObject",
  "s3:ListBucket",
] as const;
const actionFacts = {
  /** Grants permission to cancel the execution of a batch job. Access level: Write. Resources: Application*. https://docs.aws.amazon.com/m2/latest/APIReference/API_CancelBatchJobExecution.html */
  CancelBatchJobExecution: "W|||0;1;|||;",
  /** Grants permission to create an application. Access level: Write. https://docs.aws.amazon.com/m2/latest/APIReference/API_CreateApplication.html */
  CreateApplication: "W||||0,2|iam:PassRole,3,4,5|;",
  /** Grants permission to create a data set export task. Access level: Write. Resources: Application*. https://docs.aws.amazon.com/m2/latest/APIReference/API_CreateDataSetExportTask.html */
  CreateDataSetExportTask: "W|||0;1;||4|;",
  /** Grants permission to create a data set import task. Access level: Write. Resources: Application*. https://docs.aws.amazon.com/m2/latest/APIReference/API_CreateDataSetImportTask.html */
  CreateDataSetImportTask: "W|||0;1;||4|;",
  /** Grants permission to create a deployment. Access level: Write. Resources: Application*, Environment. https://docs.aws.amazon.com/m2/latest/APIReference/API_CreateDeployment.html */
  CreateDeployment:
    "W|||0;1;,1;0;||0,elasticloadbalancing:CreateListener,elasticloadbalancing:CreateTargetGroup,elasticloadbalancing:RegisterTargets|;",
  /** Grants permission to Create an environment. Access level: Write. https://docs.aws.amazon.com/m2/latest/APIReference/API_CreateEnvironment.html */
  CreateEnvironment:
    "W||||0,2|ec2:CreateNetworkInterface,ec2:CreateNetworkInterfacePermission,ec2:DescribeNetworkInterfaces,ec2:DescribeSecurityGroups,ec2:DescribeSubnets,ec2:DescribeVpcAttribute,ec2:DescribeVpcs,ec2:ModifyNetworkInterfaceAttribute,elasticfilesystem:DescribeMountTargets,0,elasticloadbalancing:CreateLoadBalancer,fsx:DescribeFileSystems,iam:CreateServiceLinkedRole,3|;",
  /** Grants permission to delete an application. Access level: Write. Resources: Application*. https://docs.aws.amazon.com/m2/latest/APIReference/API_DeleteApplication.html */
  DeleteApplication: "W|||0;1;||1,2|;",
  /** Grants permission to delete an application from a runtime environment. Access level: Write. Resources: Application*. https://docs.aws.amazon.com/m2/latest/APIReference/API_DeleteApplicationFromEnvironment.html */
  DeleteApplicationFromEnvironment: "W|||0;1;||1,2|;",
  /** Grants permission to delete a runtime environment. Access level: Write. Resources: Environment*. https://docs.aws.amazon.com/m2/latest/APIReference/API_DeleteEnvironment.html */
  DeleteEnvironment: "W|||1;1;||elasticloadbalancing:DeleteLoadBalancer|;",
  /** Grants permission to retrieve an application. Access level: Read. Resources: Application*. https://docs.aws.amazon.com/m2/latest/APIReference/API_GetApplication.html */
  GetApplication: "R|||0;1;|||;",
  /** Grants permission to retrieve an application version. Access level: Read. Resources: Application*. https://docs.aws.amazon.com/m2/latest/APIReference/API_GetApplicationVersion.html */
  GetApplicationVersion: "R|||0;1;|||;",
  /** Grants permission to retrieve a batch job execution. Access level: Read. Resources: Application*. https://docs.aws.amazon.com/m2/latest/APIReference/API_GetBatchJobExecution.html */
  GetBatchJobExecution: "R|||0;1;|||;",
  /** Grants permission to retrieve data set details. Access level: Read. Resources: Application*. https://docs.aws.amazon.com/m2/latest/APIReference/API_GetDataSetDetails.html */
  GetDataSetDetails: "R|||0;1;|||;",
  /** Grants permission to export a data set at the specified S3 location. Access level: Read. Resources: Application*. https://docs.aws.amazon.com/m2/latest/APIReference/API_GetDataSetExportTask.html */
  GetDataSetExportTask: "R|||0;1;|||;",
  /** Grants permission to retrieve a data set import task. Access level: Read. Resources: Application*. https://docs.aws.amazon.com/m2/latest/APIReference/API_GetDataSetImportTask.html */
  GetDataSetImportTask: "R|||0;1;|||;",
  /** Grants permission to retrieve a deployment. Access level: Read. Resources: Application*. https://docs.aws.amazon.com/m2/latest/APIReference/API_GetDeployment.html */
  GetDeployment: "R|||0;1;|||;",
  /** Grants permission to retrieve a runtime environment. Access level: Read. Resources: Environment*. https://docs.aws.amazon.com/m2/latest/APIReference/API_GetEnvironment.html */
  GetEnvironment: "R|||1;1;|||;",
  /** Grants permission to create a signed Bluinsights url. Access level: Read. https://docs.aws.amazon.com/m2/latest/APIReference/API_GetSignedBluinsightsUrl.html */
  GetSignedBluinsightsUrl: "R||||||;",
  /** Grants permission to list the versions of an application. Access level: Read. Resources: Application*. https://docs.aws.amazon.com/m2/latest/APIReference/API_ListApplicationVersions.html */
  ListApplicationVersions: "R|||0;1;|||;",
  /** Grants permission to list applications. Access level: List. https://docs.aws.amazon.com/m2/latest/APIReference/API_ListApplications.html */
  ListApplications: "L||||||;",
  /** Grants permission to list batch job definitions. Access level: Read. Resources: Application*. https://docs.aws.amazon.com/m2/latest/APIReference/API_ListBatchJobDefinitions.html */
  ListBatchJobDefinitions: "R|||0;1;|||;",
  /** Grants permission to list executions for a batch job. Access level: Read. Resources: Application*. https://docs.aws.amazon.com/m2/latest/APIReference/API_ListBatchJobExecutions.html */
  ListBatchJobExecutions: "R|||0;1;|||;",
  /** Grants permission to retrieve a batch job execution. Access level: Read. Resources: Application*. https://docs.aws.amazon.com/m2/latest/APIReference/API_ListBatchJobRestartPoints.html */
  ListBatchJobRestartPoints: "R|||0;1;|||;",
  /** Grants permission to list data set export history. Access level: Read. Resources: Application*. https://docs.aws.amazon.com/m2/latest/APIReference/API_ListDataSetExportHistory.html */
  ListDataSetExportHistory: "R|||0;1;|||;",
  /** Grants permission to list data set import history. Access level: Read. Resources: Application*. https://docs.aws.amazon.com/m2/latest/APIReference/API_ListDataSetImportHistory.html */
  ListDataSetImportHistory: "R|||0;1;|||;",
  /** Grants permission to list data sets. Access level: Read. Resources: Application*. https://docs.aws.amazon.com/m2/latest/APIReference/API_ListDataSets.html */
  ListDataSets: "R|||0;1;|||;",
  /** Grants permission to list deployments. Access level: Read. Resources: Application*. https://docs.aws.amazon.com/m2/latest/APIReference/API_ListDeployments.html */
  ListDeployments: "R|||0;1;|||;",
  /** Grants permission to list engine versions. Access level: Read. https://docs.aws.amazon.com/m2/latest/APIReference/API_ListEngineVersions.html */
  ListEngineVersions: "R||||||;",
  /** Grants permission to list runtime environments. Access level: List. https://docs.aws.amazon.com/m2/latest/APIReference/API_ListEnvironments.html */
  ListEnvironments: "L||||||;",
  /** Grants permission to list tags for a resource. Access level: Read. https://docs.aws.amazon.com/m2/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R||||||;",
  /** Grants permission to start an application. Access level: Write. Resources: Application*. https://docs.aws.amazon.com/m2/latest/APIReference/API_StartApplication.html */
  StartApplication: "W|||0;1;|||;",
  /** Grants permission to start a batch job. Access level: Write. Resources: Application*. https://docs.aws.amazon.com/m2/latest/APIReference/API_StartBatchJob.html */
  StartBatchJob: "W|||0;1;|||;",
  /** Grants permission to stop an application. Access level: Write. Resources: Application*. https://docs.aws.amazon.com/m2/latest/APIReference/API_StopApplication.html */
  StopApplication: "W|||0;1;|||;",
  /** Grants permission to tag a resource. Access level: Tagging. Resources: Application, Environment. https://docs.aws.amazon.com/m2/latest/APIReference/API_TagResource.html */
  TagResource: "T|||0;0;,1;0;|0,2||CreateApplication,CreateEnvironment,;",
  /** Grants permission to untag a resource. Access level: Tagging. Resources: Application, Environment. https://docs.aws.amazon.com/m2/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;|2||;",
  /** Grants permission to update an application. Access level: Write. Resources: Application*. https://docs.aws.amazon.com/m2/latest/APIReference/API_UpdateApplication.html */
  UpdateApplication: "W|||0;1;||4,5|;",
  /** Grants permission to update a runtime environment. Access level: Write. Resources: Environment*. https://docs.aws.amazon.com/m2/latest/APIReference/API_UpdateEnvironment.html */
  UpdateEnvironment: "W|||1;1;|||;",
} as const;
const actionDetails = {
  CancelBatchJobExecution: "|,;~~~|Grants permission to cancel the execution of a batch job",
  CreateApplication: "|,;~~~|Grants permission to create an application",
  CreateDataSetExportTask: "|,;~~~|Grants permission to create a data set export task",
  CreateDataSetImportTask: "|,;~~~|Grants permission to create a data set import task",
  CreateDeployment: "|,;~~~|Grants permission to create a deployment",
  CreateEnvironment: "|,;~~~|Grants permission to Create an environment",
  DeleteApplication: "|,;~~~|Grants permission to delete an application",
  DeleteApplicationFromEnvironment: "|,;~~~|Grants permission to delete an application from a runtime environment",
  DeleteEnvironment: "|,;~~~|Grants permission to delete a runtime environment",
  GetApplication: "|,;~~~|Grants permission to retrieve an application",
  GetApplicationVersion: "|,;~~~|Grants permission to retrieve an application version",
  GetBatchJobExecution: "|,;~~~|Grants permission to retrieve a batch job execution",
  GetDataSetDetails: "|,;~~~|Grants permission to retrieve data set details",
  GetDataSetExportTask: "|,;~~~|Grants permission to export a data set at the specified S3 location",
  GetDataSetImportTask: "|,;~~~|Grants permission to retrieve a data set import task",
  GetDeployment: "|,;~~~|Grants permission to retrieve a deployment",
  GetEnvironment: "|,;~~~|Grants permission to retrieve a runtime environment",
  GetSignedBluinsightsUrl: "|,;~~~|Grants permission to create a signed Bluinsights url",
  ListApplicationVersions: "|,;~~~|Grants permission to list the versions of an application",
  ListApplications: "|,;~~~|Grants permission to list applications",
  ListBatchJobDefinitions: "|,;~~~|Grants permission to list batch job definitions",
  ListBatchJobExecutions: "|,;~~~|Grants permission to list executions for a batch job",
  ListBatchJobRestartPoints: "|,;~~~|Grants permission to retrieve a batch job execution",
  ListDataSetExportHistory: "|,;~~~|Grants permission to list data set export history",
  ListDataSetImportHistory: "|,;~~~|Grants permission to list data set import history",
  ListDataSets: "|,;~~~|Grants permission to list data sets",
  ListDeployments: "|,;~~~|Grants permission to list deployments",
  ListEngineVersions: "|,;~~~|Grants permission to list engine versions",
  ListEnvironments: "|,;~~~|Grants permission to list runtime environments",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for a resource",
  StartApplication: "|,;~~~|Grants permission to start an application",
  StartBatchJob: "|,;~~~|Grants permission to start a batch job",
  StopApplication: "|,;~~~|Grants permission to stop an application",
  TagResource: "|,;~~~,~~,~~|Grants permission to tag a resource",
  UntagResource: "|,;~~~|Grants permission to untag a resource",
  UpdateApplication: "|,;~~~|Grants permission to update an application",
  UpdateEnvironment: "|,;~~~|Grants permission to update a runtime environment",
};
const resourceTypeFacts = {
  /** The Application resource type: arn:${Partition}:m2:${Region}:${Account}:app/${ApplicationId} */
  Application: "|,application|1",
  /** The Environment resource type: arn:${Partition}:m2:${Region}:${Account}:env/${EnvironmentId} */
  Environment: "|,environment|1",
} as const;
const arnFormats = {
  /** ARN of a Application resource: arn:${Partition}:m2:${Region}:${Account}:app/${ApplicationId}. */
  application: "|,Application|arn:|Partition|:m2:|Region|:|Account|:app/|ApplicationId|",
  /** ARN of a Environment resource: arn:${Partition}:m2:${Region}:${Account}:env/${EnvironmentId}. */
  environment: "|,Environment|arn:|Partition|:m2:|Region|:|Account|:env/|EnvironmentId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["Application", "Environment"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "m2">;
/** Any m2 action. */
export type Action = ActionOf<typeof actionFacts, "m2">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "m2">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "m2" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every m2 action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by a tag key and value pair that is allowed in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by a tag key and value pair of a resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by a list of tag keys that are allowed in the request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by a tag key and value pair that is allowed in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by a tag key and value pair of a resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by a list of tag keys that are allowed in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "m2",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
