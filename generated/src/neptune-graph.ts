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
export const prefix: "neptune-graph" = "neptune-graph";
/** The service's name in the reference. */
export const serviceName: "Amazon Neptune Analytics" = "Amazon Neptune Analytics";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Neptune Analytics",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonneptuneanalytics.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "neptune-graph:PublicConnectivity",
] as const;
const dependentActionList = [
  "ec2:DescribeAvailabilityZones",
  "ec2:DescribeSecurityGroups",
  "ec2:DescribeSubnets",
  "ec2:DescribeVpcAttribute",
  "ec2:DescribeVpcEndpoints",
  "ec2:DescribeVpcs",
  "ec2:ModifyVpcEndpoint",
  "iam:CreateServiceLinkedRole",
  "iam:PassRole",
  "kms:CreateGrant",
  "kms:Decrypt",
  "kms:DescribeKey",
  "neptune-graph:TagResource",
] as const;
const actionFacts = {
  /** Grants permission to cancel an ongoing export task. Access level: Write. Resources: export-task*. https://docs.aws.amazon.com/neptune-analytics/latest/apiref/API_CancelExportTask.html */
  CancelExportTask: "W|||0;1;|1||;",
  /** Grants permission to cancel an ongoing import task. Access level: Write. Resources: import-task*. https://docs.aws.amazon.com/neptune-analytics/latest/apiref/API_CancelImportTask.html */
  CancelImportTask: "W|||3;1;|||;",
  /** Grants permission to cancel a query. Access level: Write. Resources: graph*. https://docs.aws.amazon.com/neptune-analytics/latest/apiref/API_CancelQuery.html */
  CancelQuery: "W|||1;1;|1||",
  /** Grants permission to create a new graph. Access level: Write. Resources: graph*. https://docs.aws.amazon.com/neptune-analytics/latest/apiref/API_CreateGraph.html */
  CreateGraph: "W|||1;1;|0,2,3|7,9,10,11,12|;",
  /** Grants permission to create a new snapshot from an existing graph. Access level: Write. Resources: graph*, graph-snapshot*. https://docs.aws.amazon.com/neptune-analytics/latest/apiref/API_CreateGraphSnapshot.html */
  CreateGraphSnapshot: "W|||1;1;,2;1;|0,1,2|12|;",
  /** Grants permission to create a new graph while importing data into the new graph. Access level: Write. Resources: graph*, import-task*. https://docs.aws.amazon.com/neptune-analytics/latest/apiref/API_CreateGraphUsingImportTask.html */
  CreateGraphUsingImportTask: "W|||1;1;,3;1;|0,2,3|7,8,9,10,11,12|;",
  /** Grants permission to create a new private graph endpoint to access the graph from within a vpc. Access level: Write. Resources: graph*. https://docs.aws.amazon.com/neptune-analytics/latest/apiref/API_CreatePrivateGraphEndpoint.html */
  CreatePrivateGraphEndpoint: "W|||1;1;|0,1,2|ec2:CreateVpcEndpoint,0,1,2,3,4,5,6,route53:AssociateVPCWithHostedZone|;",
  /** Grants permission to delete data via query APIs on the graph. Access level: Write. Resources: graph*. https://docs.aws.amazon.com/neptune-analytics/latest/apiref/API_ExecuteQuery.html */
  DeleteDataViaQuery: "W|||1;1;|1||",
  /** Grants permission to delete a graph. Access level: Write. Resources: graph*. https://docs.aws.amazon.com/neptune-analytics/latest/apiref/API_DeleteGraph.html */
  DeleteGraph: "W|||1;1;|1||;",
  /** Grants permission to delete a snapshot. Access level: Write. Resources: graph-snapshot*. https://docs.aws.amazon.com/neptune-analytics/latest/apiref/API_DeleteGraphSnapshot.html */
  DeleteGraphSnapshot: "W|||2;1;|1||;",
  /** Grants permission to delete a private graph endpoint of a graph. Access level: Write. Resources: graph*. https://docs.aws.amazon.com/neptune-analytics/latest/apiref/API_DeletePrivateGraphEndpoint.html */
  DeletePrivateGraphEndpoint: "W|||1;1;|1|ec2:DeleteVpcEndpoints,0,1,2,3,4,5,6,route53:DisassociateVPCFromHostedZone|;",
  /** Grants permission to get the engine status of the graph. Access level: Read. Resources: graph*. https://docs.aws.amazon.com/neptune-analytics/latest/apiref/#GetEngineStatus */
  GetEngineStatus: "R|||1;1;|1||",
  /** Grants permission to get details about an export task. Access level: Read. Resources: export-task*. https://docs.aws.amazon.com/neptune-analytics/latest/apiref/API_GetExportTask.html */
  GetExportTask: "R|||0;1;|1||;",
  /** Grants permission to get details about a graph. Access level: Read. Resources: graph*. https://docs.aws.amazon.com/neptune-analytics/latest/apiref/API_GetGraph.html */
  GetGraph: "R|||1;1;|1||;",
  /** Grants permission to get details about a snapshot. Access level: Read. Resources: graph-snapshot*. https://docs.aws.amazon.com/neptune-analytics/latest/apiref/API_GetGraphSnapshot.html */
  GetGraphSnapshot: "R|||2;1;|1||;",
  /** Grants permission to get the summary for the data in the graph. Access level: Read. Resources: graph*. https://docs.aws.amazon.com/neptune-analytics/latest/apiref/API_GetGraphSummary.html */
  GetGraphSummary: "R|||1;1;|1||",
  /** Grants permission to get details about an import task. Access level: Read. Resources: import-task*. https://docs.aws.amazon.com/neptune-analytics/latest/apiref/API_GetImportTask.html */
  GetImportTask: "R|||3;1;|||;",
  /** Grants permission to get details about a private graph endpoint of a graph. Access level: Read. Resources: graph*. https://docs.aws.amazon.com/neptune-analytics/latest/apiref/API_GetPrivateGraphEndpoint.html */
  GetPrivateGraphEndpoint: "R|||1;1;|1||;",
  /** Grants permission to check the status of a given query. Access level: Read. Resources: graph*. https://docs.aws.amazon.com/neptune-analytics/latest/apiref/API_GetQuery.html */
  GetQueryStatus: "R|||1;1;|1||",
  /** Grants permission to get the statistics for the data in the graph. Access level: Read. Resources: graph*. https://docs.aws.amazon.com/neptune-analytics/latest/apiref/#GetStatisticsStatus */
  GetStatisticsStatus: "R|||1;1;|1||",
  /** Grants permission to list the export tasks in your account. Access level: Read. Resources: export-task*. https://docs.aws.amazon.com/neptune-analytics/latest/apiref/API_ListExportTasks.html */
  ListExportTasks: "R|||0;1;|||;",
  /** Grants permission to list the snapshots in your account. Access level: Read. Resources: graph-snapshot*. https://docs.aws.amazon.com/neptune-analytics/latest/apiref/API_ListGraphSnapshots.html */
  ListGraphSnapshots: "R|||2;1;|||;",
  /** Grants permission to list the graphs in your account. Access level: Read. Resources: graph*. https://docs.aws.amazon.com/neptune-analytics/latest/apiref/API_ListGraphs.html */
  ListGraphs: "R|||1;1;|||;",
  /** Grants permission to list the import tasks in your account. Access level: Read. Resources: import-task*. https://docs.aws.amazon.com/neptune-analytics/latest/apiref/API_ListImportTasks.html */
  ListImportTasks: "R|||3;1;|||;",
  /** Grants permission to list the private graph endpoints for a given graph. Access level: Read. Resources: graph*. https://docs.aws.amazon.com/neptune-analytics/latest/apiref/API_ListPrivateGraphEndpoints.html */
  ListPrivateGraphEndpoints: "R|||1;1;|1||;",
  /** Grants permission to check the status of all active queries. Access level: Read. Resources: graph*. https://docs.aws.amazon.com/neptune-analytics/latest/apiref/API_ListQueries.html */
  ListQueries: "R|||1;1;|1||",
  /** Grants permission to lists tag for a Neptune Analytics resource. Access level: Read. Resources: graph, graph-snapshot. https://docs.aws.amazon.com/neptune-analytics/latest/apiref/API_ListTagsForResource.html */
  ListTagsForResource: "R|||1;0;,2;0;|1||;",
  /** Grants permission to read data via query APIs on the graph. Access level: Read. Resources: graph*. https://docs.aws.amazon.com/neptune-analytics/latest/apiref/API_ExecuteQuery.html */
  ReadDataViaQuery: "R|||1;1;|1||",
  /** Grants permission to reset a graph which deletes all data within the graph. Access level: Write. Resources: graph*. https://docs.aws.amazon.com/neptune-analytics/latest/apiref/API_ResetGraph.html */
  ResetGraph: "W|||1;1;|1||;",
  /** Grants permission to create a new graph from an existing snapshot. Access level: Write. Resources: graph*, graph-snapshot*. https://docs.aws.amazon.com/neptune-analytics/latest/apiref/API_RestoreGraphFromSnapshot.html */
  RestoreGraphFromSnapshot: "W|||1;1;,2;1;|0,1,2,3|9,10,11,12|;",
  /** Grants permission to export data from an existing graph. Access level: Write. Resources: export-task*, graph*. https://docs.aws.amazon.com/neptune-analytics/latest/apiref/API_StartExportTask.html */
  StartExportTask: "W|||0;1;,1;1;|0,1,2|8,12|;",
  /** Grants permission to start a graph. Access level: Write. Resources: graph*. https://docs.aws.amazon.com/neptune-analytics/latest/apiref/API_StartGraph.html */
  StartGraph: "W|||1;1;|1|10,11|;",
  /** Grants permission to import data into an existing graph. Access level: Write. Resources: graph*, import-task*. https://docs.aws.amazon.com/neptune-analytics/latest/apiref/API_StartImportTask.html */
  StartImportTask: "W|||1;1;,3;1;||8|;",
  /** Grants permission to stop a graph. Access level: Write. Resources: graph*. https://docs.aws.amazon.com/neptune-analytics/latest/apiref/API_StopGraph.html */
  StopGraph: "W|||1;1;|1||;",
  /** Grants permission to tag a Neptune Analytics resource. Access level: Tagging. Resources: graph, graph-snapshot. https://docs.aws.amazon.com/neptune-analytics/latest/apiref/API_TagResource.html */
  TagResource:
    "T|||1;0;,2;0;|0,2||CreateGraph,CreateGraphSnapshot,CreateGraphUsingImportTask,RestoreGraphFromSnapshot,StartExportTask,;",
  /** Grants permission to untag a Neptune Analytics resource. Access level: Tagging. Resources: graph, graph-snapshot. https://docs.aws.amazon.com/neptune-analytics/latest/apiref/API_UntagResource.html */
  UntagResource: "T|||1;0;,2;0;|2||;",
  /** Grants permission to modify a graph. Access level: Write. Resources: graph*. https://docs.aws.amazon.com/neptune-analytics/latest/apiref/API_UpdateGraph.html */
  UpdateGraph: "W|||1;1;|1,3||;",
  /** Grants permission to write data via query APIs on the graph. Access level: Write. Resources: graph*. https://docs.aws.amazon.com/neptune-analytics/latest/apiref/API_ExecuteQuery.html */
  WriteDataViaQuery: "W|||1;1;|1||",
} as const;
const actionDetails = {
  CancelExportTask: "|,;~~~|Grants permission to cancel an ongoing export task",
  CancelImportTask: "|,;~~~|Grants permission to cancel an ongoing import task",
  CancelQuery: "|,;~|Grants permission to cancel a query",
  CreateGraph: "|,;~~~|Grants permission to create a new graph",
  CreateGraphSnapshot: "|,;~~~|Grants permission to create a new snapshot from an existing graph",
  CreateGraphUsingImportTask: "|,;~~~|Grants permission to create a new graph while importing data into the new graph",
  CreatePrivateGraphEndpoint:
    "|,;~~~|Grants permission to create a new private graph endpoint to access the graph from within a vpc",
  DeleteDataViaQuery: "|,;~|Grants permission to delete data via query APIs on the graph",
  DeleteGraph: "|,;~~~|Grants permission to delete a graph",
  DeleteGraphSnapshot: "|,;~~~|Grants permission to delete a snapshot",
  DeletePrivateGraphEndpoint: "|,;~~~|Grants permission to delete a private graph endpoint of a graph",
  GetEngineStatus: "|,;~|Grants permission to get the engine status of the graph",
  GetExportTask: "|,;~~~|Grants permission to get details about an export task",
  GetGraph: "|,;~~~|Grants permission to get details about a graph",
  GetGraphSnapshot: "|,;~~~|Grants permission to get details about a snapshot",
  GetGraphSummary: "|,;~|Grants permission to get the summary for the data in the graph",
  GetImportTask: "|,;~~~|Grants permission to get details about an import task",
  GetPrivateGraphEndpoint: "|,;~~~|Grants permission to get details about a private graph endpoint of a graph",
  GetQueryStatus: "|,;~|Grants permission to check the status of a given query",
  GetStatisticsStatus: "|,;~|Grants permission to get the statistics for the data in the graph",
  ListExportTasks: "|,;~~~|Grants permission to list the export tasks in your account",
  ListGraphSnapshots: "|,;~~~|Grants permission to list the snapshots in your account",
  ListGraphs: "|,;~~~|Grants permission to list the graphs in your account",
  ListImportTasks: "|,;~~~|Grants permission to list the import tasks in your account",
  ListPrivateGraphEndpoints: "|,;~~~|Grants permission to list the private graph endpoints for a given graph",
  ListQueries: "|,;~|Grants permission to check the status of all active queries",
  ListTagsForResource: "|,;~~~|Grants permission to lists tag for a Neptune Analytics resource",
  ReadDataViaQuery: "|,;~|Grants permission to read data via query APIs on the graph",
  ResetGraph: "|,;~~~|Grants permission to reset a graph which deletes all data within the graph",
  RestoreGraphFromSnapshot: "|,;~~~|Grants permission to create a new graph from an existing snapshot",
  StartExportTask: "|,;~~~|Grants permission to export data from an existing graph",
  StartGraph: "|,;~~~|Grants permission to start a graph",
  StartImportTask: "|,;~~~|Grants permission to import data into an existing graph",
  StopGraph: "|,;~~~|Grants permission to stop a graph",
  TagResource: "|,;~~~,~~,~~,~~,~~,~~|Grants permission to tag a Neptune Analytics resource",
  UntagResource: "|,;~~~|Grants permission to untag a Neptune Analytics resource",
  UpdateGraph: "|,;~~~|Grants permission to modify a graph",
  WriteDataViaQuery: "|,;~|Grants permission to write data via query APIs on the graph",
};
const resourceTypeFacts = {
  /** The export-task resource type: arn:${Partition}:neptune-graph:${Region}:${Account}:export-task/${ResourceId} */
  "export-task": "|,exportTask|",
  /** The graph resource type: arn:${Partition}:neptune-graph:${Region}:${Account}:graph/${ResourceId} */
  graph: "|,|1",
  /** The graph-snapshot resource type: arn:${Partition}:neptune-graph:${Region}:${Account}:graph-snapshot/${ResourceId} */
  "graph-snapshot": "|,graphSnapshot|1",
  /** The import-task resource type: arn:${Partition}:neptune-graph:${Region}:${Account}:import-task/${ResourceId} */
  "import-task": "|,importTask|",
} as const;
const arnFormats = {
  /** ARN of a export-task resource: arn:${Partition}:neptune-graph:${Region}:${Account}:export-task/${ResourceId}. */
  exportTask: "|,export-task|arn:|Partition|:neptune-graph:|Region|:|Account|:export-task/|ResourceId|",
  /** ARN of a graph resource: arn:${Partition}:neptune-graph:${Region}:${Account}:graph/${ResourceId}. */
  graph: "|,graph|arn:|Partition|:neptune-graph:|Region|:|Account|:graph/|ResourceId|",
  /** ARN of a graph-snapshot resource: arn:${Partition}:neptune-graph:${Region}:${Account}:graph-snapshot/${ResourceId}. */
  graphSnapshot: "|,graph-snapshot|arn:|Partition|:neptune-graph:|Region|:|Account|:graph-snapshot/|ResourceId|",
  /** ARN of a import-task resource: arn:${Partition}:neptune-graph:${Region}:${Account}:import-task/${ResourceId}. */
  importTask: "|,import-task|arn:|Partition|:neptune-graph:|Region|:|Account|:import-task/|ResourceId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["export-task", "graph", "graph-snapshot", "import-task"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "neptune-graph">;
/** Any neptune-graph action. */
export type Action = ActionOf<typeof actionFacts, "neptune-graph">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "neptune-graph">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "neptune-graph" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every neptune-graph action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by a tag's key and value in a request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by the presence of tag key-value pairs in the request. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the tag keys in a request. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access by the value of the public connectivity parameter provided in the request or its default value, if unspecified. All access to graphs is IAM authenticated. */
  "neptune-graph:PublicConnectivity": "Bool";
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by a tag's key and value in a request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by the presence of tag key-value pairs in the request",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the tag keys in a request",
  "neptune-graph:PublicConnectivity":
    "|,Bool|0||Filters access by the value of the public connectivity parameter provided in the request or its default value, if unspecified. All access to graphs is IAM authenticated",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "neptune-graph",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
