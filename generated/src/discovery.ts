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
export const prefix: "discovery" = "discovery";
/** The service's name in the reference. */
export const serviceName: "AWS Application Discovery Service" = "AWS Application Discovery Service";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Application Discovery Service",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsapplicationdiscoveryservice.html",
  },
];
const conditionKeyList = ["aws:TagKeys"] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to AssociateConfigurationItemsToApplication API. AssociateConfigurationItemsToApplication associates one or more configuration items with an application. Access level: Write. https://docs.aws.amazon.com/application-discovery/latest/APIReference/API_AssociateConfigurationItemsToApplication.html */
  AssociateConfigurationItemsToApplication: "W||||||;",
  /** Grants permission to BatchDeleteAgents API. BatchDeleteAgents deletes one or more agents/data collectors associated with your account, each identified by its agent ID. Deleting a data collector does not delete the previous data collected. Access level: Write. https://docs.aws.amazon.com/application-discovery/latest/APIReference/API_BatchDeleteAgents.html */
  BatchDeleteAgents: "W||||||;",
  /** Grants permission to BatchDeleteImportData API. BatchDeleteImportData deletes one or more Migration Hub import tasks, each identified by their import ID. Each import task has a number of records, which can identify servers or applications. Access level: Write. https://docs.aws.amazon.com/application-discovery/latest/APIReference/API_BatchDeleteImportData.html */
  BatchDeleteImportData: "W||||||;",
  /** Grants permission to CreateApplication API. CreateApplication creates an application with the given name and description. Access level: Write. https://docs.aws.amazon.com/application-discovery/latest/APIReference/API_CreateApplication.html */
  CreateApplication: "W||||||;",
  /** Grants permission to CreateTags API. CreateTags creates one or more tags for configuration items. Tags are metadata that help you categorize IT assets. This API accepts a list of multiple configuration items. Access level: Tagging. https://docs.aws.amazon.com/application-discovery/latest/APIReference/API_CreateTags.html */
  CreateTags: "T||||||;",
  /** Grants permission to DeleteApplications API. DeleteApplications deletes a list of applications and their associations with configuration items. Access level: Write. https://docs.aws.amazon.com/application-discovery/latest/APIReference/API_DeleteApplications.html */
  DeleteApplications: "W||||||;",
  /** Grants permission to DeleteTags API. DeleteTags deletes the association between configuration items and one or more tags. This API accepts a list of multiple configuration items. Access level: Tagging. https://docs.aws.amazon.com/application-discovery/latest/APIReference/API_DeleteTags.html */
  DeleteTags: "T||||0||;",
  /** Grants permission to DescribeAgents API. DescribeAgents lists agents or the Connector by ID or lists all agents/Connectors associated with your user if you did not specify an ID. Access level: Read. https://docs.aws.amazon.com/application-discovery/latest/APIReference/API_DescribeAgents.html */
  DescribeAgents: "R||||||;",
  /** Grants permission to DescribeBatchDeleteConfigurationTask API. DescribeBatchDeleteConfigurationTask returns attributes about a batched deletion task to delete a set of configuration items. The supplied task ID should be the task ID receieved from the output of StartBatchDeleteConfigurationTask. Access level: Read. https://docs.aws.amazon.com/application-discovery/latest/APIReference/API_DescribeBatchDeleteConfigurationTask.html */
  DescribeBatchDeleteConfigurationTask: "R||||||;",
  /** Grants permission to DescribeConfigurations API. DescribeConfigurations retrieves attributes for a list of configuration item IDs. All of the supplied IDs must be for the same asset type (server, application, process, or connection). Output fields are specific to the asset type selected. For example, the output for a server configuration item includes a list of attributes about the server, such as host name, operating system, and number of network cards. Access level: Read. https://docs.aws.amazon.com/application-discovery/latest/APIReference/API_DescribeConfigurations.html */
  DescribeConfigurations: "R||||||;",
  /** Grants permission to DescribeContinuousExports API. DescribeContinuousExports lists exports as specified by ID. All continuous exports associated with your user can be listed if you call DescribeContinuousExports as is without passing any parameters. Access level: Read. https://docs.aws.amazon.com/application-discovery/latest/APIReference/API_DescribeContinuousExports.html */
  DescribeContinuousExports: "R||||||;",
  /** Grants permission to DescribeExportConfigurations API. DescribeExportConfigurations retrieves the status of a given export process. You can retrieve status from a maximum of 100 processes. Access level: Read. https://docs.aws.amazon.com/application-discovery/latest/APIReference/API_DescribeExportConfigurations.html */
  DescribeExportConfigurations: "R||||||;",
  /** Grants permission to DescribeExportTasks API. DescribeExportTasks retrieve status of one or more export tasks. You can retrieve the status of up to 100 export tasks. Access level: Read. https://docs.aws.amazon.com/application-discovery/latest/APIReference/API_DescribeExportTasks.html */
  DescribeExportTasks: "R||||||;",
  /** Grants permission to DescribeImportTasks API. DescribeImportTasks returns an array of import tasks for your user, including status information, times, IDs, the Amazon S3 Object URL for the import file, and more. Access level: List. https://docs.aws.amazon.com/application-discovery/latest/APIReference/API_DescribeImportTasks.html */
  DescribeImportTasks: "L||||||;",
  /** Grants permission to DescribeTags API. DescribeTags retrieves a list of configuration items that are tagged with a specific tag. Or retrieves a list of all tags assigned to a specific configuration item. Access level: Read. https://docs.aws.amazon.com/application-discovery/latest/APIReference/API_DescribeTags.html */
  DescribeTags: "R||||||;",
  /** Grants permission to DisassociateConfigurationItemsFromApplication API. DisassociateConfigurationItemsFromApplication disassociates one or more configuration items from an application. Access level: Write. https://docs.aws.amazon.com/application-discovery/latest/APIReference/API_DisassociateConfigurationItemsFromApplication.html */
  DisassociateConfigurationItemsFromApplication: "W||||||;",
  /** Grants permission to ExportConfigurations API. ExportConfigurations exports all discovered configuration data to an Amazon S3 bucket or an application that enables you to view and evaluate the data. Data includes tags and tag associations, processes, connections, servers, and system performance. Access level: Write. https://docs.aws.amazon.com/application-discovery/latest/APIReference/API_ExportConfigurations.html */
  ExportConfigurations: "W||||||;",
  /** Grants permission to GetDiscoverySummary API. GetDiscoverySummary retrieves a short summary of discovered assets. Access level: Read. https://docs.aws.amazon.com/application-discovery/latest/APIReference/API_GetDiscoverySummary.html */
  GetDiscoverySummary: "R||||||;",
  /** Grants permission to GetNetworkConnectionGraph API. GetNetworkConnectionGraph accepts input list of one of - Ip Addresses, server ids or node ids. Returns a list of nodes and edges which help customer visualize network connection graph. This API is used for visualize network graph functionality in MigrationHub console. Access level: Read. https://docs.aws.amazon.com/application-discovery/latest/APIReference/API_GetNetworkConnectionGraph.html */
  GetNetworkConnectionGraph: "R||||||",
  /** Grants permission to ListConfigurations API. ListConfigurations retrieves a list of configuration items according to criteria you specify in a filter. The filter criteria identify relationship requirements. Access level: List. https://docs.aws.amazon.com/application-discovery/latest/APIReference/API_ListConfigurations.html */
  ListConfigurations: "L||||||;",
  /** Grants permission to ListServerNeighbors API. ListServerNeighbors retrieves a list of servers which are one network hop away from a specified server. Access level: List. https://docs.aws.amazon.com/application-discovery/latest/APIReference/API_ListServerNeighbors.html */
  ListServerNeighbors: "L||||||;",
  /** Grants permission to StartBatchDeleteConfigurationTask API. StartBatchDeleteConfigurationTask starts an asynchronous batch deletion of your configuration items. All of the supplied IDs must be for the same asset type (server, application, process, or connection). Output is a unique task ID you can use to check back on the deletions progress. Access level: Write. https://docs.aws.amazon.com/application-discovery/latest/APIReference/API_StartBatchDeleteConfigurationTask.html */
  StartBatchDeleteConfigurationTask: "W||||||;",
  /** Grants permission to StartContinuousExport API. StartContinuousExport start the continuous flow of agent's discovered data into Amazon Athena. Access level: Write. https://docs.aws.amazon.com/application-discovery/latest/APIReference/API_StartContinuousExport.html */
  StartContinuousExport: "W|||||iam:AttachRolePolicy,iam:CreatePolicy,iam:CreateRole,iam:CreateServiceLinkedRole|;",
  /** Grants permission to StartDataCollectionByAgentIds API. StartDataCollectionByAgentIds instructs the specified agents or Connectors to start collecting data. Access level: Write. https://docs.aws.amazon.com/application-discovery/latest/APIReference/API_StartDataCollectionByAgentIds.html */
  StartDataCollectionByAgentIds: "W||||||;",
  /** Grants permission to StartExportTask API. StartExportTask export the configuration data about discovered configuration items and relationships to an S3 bucket in a specified format. Access level: Write. https://docs.aws.amazon.com/application-discovery/latest/APIReference/API_StartExportTask.html */
  StartExportTask: "W||||||;",
  /** Grants permission to StartImportTask API. StartImportTask starts an import task. The Migration Hub import feature allows you to import details of your on-premises environment directly into AWS without having to use the Application Discovery Service (ADS) tools such as the Discovery Connector or Discovery Agent. This gives you the option to perform migration assessment and planning directly from your imported data including the ability to group your devices as applications and track their migration status. Access level: Write. https://docs.aws.amazon.com/application-discovery/latest/APIReference/API_StartImportTask.html */
  StartImportTask:
    "W|||||discovery:AssociateConfigurationItemsToApplication,discovery:CreateApplication,discovery:CreateTags,discovery:GetDiscoverySummary,discovery:ListConfigurations,s3:GetObject|;",
  /** Grants permission to StopContinuousExport API. StopContinuousExport stops the continuous flow of agent's discovered data into Amazon Athena. Access level: Write. https://docs.aws.amazon.com/application-discovery/latest/APIReference/API_StopContinuousExport.html */
  StopContinuousExport: "W||||||;",
  /** Grants permission to StopDataCollectionByAgentIds API. StopDataCollectionByAgentIds instructs the specified agents or Connectors to stop collecting data. Access level: Write. https://docs.aws.amazon.com/application-discovery/latest/APIReference/API_StopDataCollectionByAgentIds.html */
  StopDataCollectionByAgentIds: "W||||||;",
  /** Grants permission to UpdateApplication API. UpdateApplication updates metadata about an application. Access level: Write. https://docs.aws.amazon.com/application-discovery/latest/APIReference/API_UpdateApplication.html */
  UpdateApplication: "W||||||;",
} as const;
const actionDetails = {
  AssociateConfigurationItemsToApplication:
    "|,;~~~|Grants permission to AssociateConfigurationItemsToApplication API. AssociateConfigurationItemsToApplication associates one or more configuration items with an application",
  BatchDeleteAgents:
    "|,;~~~|Grants permission to BatchDeleteAgents API. BatchDeleteAgents deletes one or more agents/data collectors associated with your account, each identified by its agent ID. Deleting a data collector does not delete the previous data collected",
  BatchDeleteImportData:
    "|,;~~~|Grants permission to BatchDeleteImportData API. BatchDeleteImportData deletes one or more Migration Hub import tasks, each identified by their import ID. Each import task has a number of records, which can identify servers or applications",
  CreateApplication:
    "|,;~~~|Grants permission to CreateApplication API. CreateApplication creates an application with the given name and description",
  CreateTags:
    "|,;~~~|Grants permission to CreateTags API. CreateTags creates one or more tags for configuration items. Tags are metadata that help you categorize IT assets. This API accepts a list of multiple configuration items",
  DeleteApplications:
    "|,;~~~|Grants permission to DeleteApplications API. DeleteApplications deletes a list of applications and their associations with configuration items",
  DeleteTags:
    "|,;~~~|Grants permission to DeleteTags API. DeleteTags deletes the association between configuration items and one or more tags. This API accepts a list of multiple configuration items",
  DescribeAgents:
    "|,;~~~|Grants permission to DescribeAgents API. DescribeAgents lists agents or the Connector by ID or lists all agents/Connectors associated with your user if you did not specify an ID",
  DescribeBatchDeleteConfigurationTask:
    "|,;~~~|Grants permission to DescribeBatchDeleteConfigurationTask API. DescribeBatchDeleteConfigurationTask returns attributes about a batched deletion task to delete a set of configuration items. The supplied task ID should be the task ID receieved from the output of StartBatchDeleteConfigurationTask",
  DescribeConfigurations:
    "|,;~~~|Grants permission to DescribeConfigurations API. DescribeConfigurations retrieves attributes for a list of configuration item IDs. All of the supplied IDs must be for the same asset type (server, application, process, or connection). Output fields are specific to the asset type selected. For example, the output for a server configuration item includes a list of attributes about the server, such as host name, operating system, and number of network cards",
  DescribeContinuousExports:
    "|,;~~~|Grants permission to DescribeContinuousExports API. DescribeContinuousExports lists exports as specified by ID. All continuous exports associated with your user can be listed if you call DescribeContinuousExports as is without passing any parameters",
  DescribeExportConfigurations:
    "|,;~~~|Grants permission to DescribeExportConfigurations API. DescribeExportConfigurations retrieves the status of a given export process. You can retrieve status from a maximum of 100 processes",
  DescribeExportTasks:
    "|,;~~~|Grants permission to DescribeExportTasks API. DescribeExportTasks retrieve status of one or more export tasks. You can retrieve the status of up to 100 export tasks",
  DescribeImportTasks:
    "|,;~~~|Grants permission to DescribeImportTasks API. DescribeImportTasks returns an array of import tasks for your user, including status information, times, IDs, the Amazon S3 Object URL for the import file, and more",
  DescribeTags:
    "|,;~~~|Grants permission to DescribeTags API. DescribeTags retrieves a list of configuration items that are tagged with a specific tag. Or retrieves a list of all tags assigned to a specific configuration item",
  DisassociateConfigurationItemsFromApplication:
    "|,;~~~|Grants permission to DisassociateConfigurationItemsFromApplication API. DisassociateConfigurationItemsFromApplication disassociates one or more configuration items from an application",
  ExportConfigurations:
    "|,;~~~|Grants permission to ExportConfigurations API. ExportConfigurations exports all discovered configuration data to an Amazon S3 bucket or an application that enables you to view and evaluate the data. Data includes tags and tag associations, processes, connections, servers, and system performance",
  GetDiscoverySummary:
    "|,;~~~|Grants permission to GetDiscoverySummary API. GetDiscoverySummary retrieves a short summary of discovered assets",
  GetNetworkConnectionGraph:
    "|,;~|Grants permission to GetNetworkConnectionGraph API. GetNetworkConnectionGraph accepts input list of one of - Ip Addresses, server ids or node ids. Returns a list of nodes and edges which help customer visualize network connection graph. This API is used for visualize network graph functionality in MigrationHub console",
  ListConfigurations:
    "|,;~~~|Grants permission to ListConfigurations API. ListConfigurations retrieves a list of configuration items according to criteria you specify in a filter. The filter criteria identify relationship requirements",
  ListServerNeighbors:
    "|,;~~~|Grants permission to ListServerNeighbors API. ListServerNeighbors retrieves a list of servers which are one network hop away from a specified server",
  StartBatchDeleteConfigurationTask:
    "|,;~~~|Grants permission to StartBatchDeleteConfigurationTask API. StartBatchDeleteConfigurationTask starts an asynchronous batch deletion of your configuration items. All of the supplied IDs must be for the same asset type (server, application, process, or connection). Output is a unique task ID you can use to check back on the deletions progress",
  StartContinuousExport:
    "|,;~~~|Grants permission to StartContinuousExport API. StartContinuousExport start the continuous flow of agent's discovered data into Amazon Athena",
  StartDataCollectionByAgentIds:
    "|,;~~~|Grants permission to StartDataCollectionByAgentIds API. StartDataCollectionByAgentIds instructs the specified agents or Connectors to start collecting data",
  StartExportTask:
    "|,;~~~|Grants permission to StartExportTask API. StartExportTask export the configuration data about discovered configuration items and relationships to an S3 bucket in a specified format",
  StartImportTask:
    "|,;~~~|Grants permission to StartImportTask API. StartImportTask starts an import task. The Migration Hub import feature allows you to import details of your on-premises environment directly into AWS without having to use the Application Discovery Service (ADS) tools such as the Discovery Connector or Discovery Agent. This gives you the option to perform migration assessment and planning directly from your imported data including the ability to group your devices as applications and track their migration status",
  StopContinuousExport:
    "|,;~~~|Grants permission to StopContinuousExport API. StopContinuousExport stops the continuous flow of agent's discovered data into Amazon Athena",
  StopDataCollectionByAgentIds:
    "|,;~~~|Grants permission to StopDataCollectionByAgentIds API. StopDataCollectionByAgentIds instructs the specified agents or Connectors to stop collecting data",
  UpdateApplication:
    "|,;~~~|Grants permission to UpdateApplication API. UpdateApplication updates metadata about an application",
};
const resourceTypeFacts = {} as const;
const arnFormats = {} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "discovery">;
/** Any discovery action. */
export type Action = ActionOf<typeof actionFacts, "discovery">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "discovery">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "discovery" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every discovery action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the tag keys that are passed in the request. */
  "aws:TagKeys": "ArrayOfString";
}

/** Condition key -> value type. */
export type ConditionKeys = ConditionKeysOf<ConditionKeyTypes>;

/** Condition key with a placeholder, as the reference writes it -> its template-literal key. */
export interface ConditionKeyPatterns {}

/** A condition key as the reference writes it. */
export type ConditionKeyName = (typeof conditionKeyList)[number];
/** Condition key -> description, types, deprecation. */
export type ConditionKeyInfos = { readonly [K in ConditionKeyName]: ConditionKeyInfo };
const conditionKeyRows: { readonly [K in ConditionKeyName]: string } = {
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the tag keys that are passed in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "discovery",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
