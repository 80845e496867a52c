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
export const prefix: "dsql" = "dsql";
/** The service's name in the reference. */
export const serviceName: "Amazon Aurora DSQL" = "Amazon Aurora DSQL";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Aurora DSQL",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonauroradsql.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "dsql:FisActionId",
  "dsql:FisTargetArns",
  "dsql:WitnessRegion",
] as const;
const dependentActionList = [
  "dsql:AddPeerCluster",
  "dsql:DeleteClusterPolicy",
  "dsql:PutMultiRegionProperties",
  "dsql:PutWitnessRegion",
  "dsql:TagResource",
  "iam:CreateServiceLinkedRole",
] as const;
const actionFacts = {
  /** Grants permission to add a peer cluster to a multi-Region cluster. Access level: Write. Resources: Cluster*. Permission only. https://docs.aws.amazon.com/aurora-dsql/latest/APIReference/API_CreateCluster.html */
  AddPeerCluster: "W||1|0;1;||2|CreateCluster,UpdateCluster",
  /** Grants permission to create new clusters. Access level: Write. Resources: Cluster*. https://docs.aws.amazon.com/aurora-dsql/latest/APIReference/API_CreateCluster.html */
  CreateCluster: "W|||0;1;|0,2,5|0,1,dsql:PutClusterPolicy,2,3,4,5|;",
  /** Grants permission to create a Change Stream for a cluster. Access level: Write. Resources: Cluster*. https://docs.aws.amazon.com/aurora-dsql/latest/userguide/cdc-streams.html */
  CreateStream: "W|||0;1;|0,2|4,iam:PassRole|;",
  /** Grants permission to connect to the database. Access level: Write. Resources: Cluster*. https://docs.aws.amazon.com/aurora-dsql/latest/userguide/accessing-sql-clients.html */
  DbConnect: "W|||0;1;|||",
  /** Grants permission to connect to the database with admin role. Connecting with any other role requires DbConnect permission. Access level: Write. Resources: Cluster*. https://docs.aws.amazon.com/aurora-dsql/latest/userguide/accessing-sql-clients.html */
  DbConnectAdmin: "W|||0;1;|||",
  /** Grants permission to delete a cluster and all of its data. Access level: Write. Resources: Cluster*. https://docs.aws.amazon.com/aurora-dsql/latest/APIReference/API_DeleteCluster.html */
  DeleteCluster: "W|||0;1;|||;",
  /** Grants permission to remove the inline resource-based policy attached to a cluster. Access level: Write. Resources: Cluster*. https://docs.aws.amazon.com/aurora-dsql/latest/APIReference/rbp-api-operations.html */
  DeleteClusterPolicy: "W|||0;1;|||CreateCluster,;,PutClusterPolicy",
  /** Grants permission to delete a Change Stream. Access level: Write. Resources: Stream*. https://docs.aws.amazon.com/aurora-dsql/latest/userguide/cdc-streams.html */
  DeleteStream: "W|||1;1;|||;",
  /** Grants permission to get the status of an Aurora DSQL cluster backup job. Access level: Read. Resources: Cluster*. https://docs.aws.amazon.com/aurora-dsql/latest/userguide/backup-aurora-dsql.html */
  GetBackupJob: "R|||0;1;|||",
  /** Grants permission to get information about a cluster. Access level: Read. Resources: Cluster*. https://docs.aws.amazon.com/aurora-dsql/latest/APIReference/API_GetCluster.html */
  GetCluster: "R|||0;1;|||;,UpdateCluster",
  /** Grants permission to retrieve the inline resource-based policy attached to a cluster. Access level: Read. Resources: Cluster*. https://docs.aws.amazon.com/aurora-dsql/latest/APIReference/rbp-api-operations.html */
  GetClusterPolicy: "R|||0;1;|||;",
  /** Grants permission to get the status of an Aurora DSQL cluster restore job. Access level: Read. Resources: Cluster*. https://docs.aws.amazon.com/aurora-dsql/latest/userguide/backup-aurora-dsql.html */
  GetRestoreJob: "R|||0;1;|||",
  /** Grants permission to get information about a Change Stream. Access level: Read. Resources: Stream*. https://docs.aws.amazon.com/aurora-dsql/latest/userguide/cdc-streams.html */
  GetStream: "R|||1;1;|||;",
  /** Grants permission to retrieve the VPC endpoint service name for a cluster. Access level: Read. Resources: Cluster*. https://docs.aws.amazon.com/aurora-dsql/latest/APIReference/API_GetVpcEndpointServiceName.html */
  GetVpcEndpointServiceName: "R|||0;1;|||;",
  /** Grants permission to inject errors in targeted clusters. Access level: Write. Permission only. https://docs.aws.amazon.com/fis/latest/userguide/fis-actions-reference.html */
  InjectError: "W||1||3,4||",
  /** Grants permission to retrieve a list of clusters. Access level: List. https://docs.aws.amazon.com/aurora-dsql/latest/APIReference/API_ListClusters.html */
  ListClusters: "L||||||;",
  /** Grants permission to retrieve a list of Change Streams for a cluster. Access level: List. Resources: Cluster*. https://docs.aws.amazon.com/aurora-dsql/latest/userguide/cdc-streams.html */
  ListStreams: "L|||0;1;|||;",
  /** Grants permission to list all tags on an Aurora DSQL resource. Access level: Read. Resources: Cluster, Stream. https://docs.aws.amazon.com/aurora-dsql/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,1;0;|||;",
  /** Grants permission to attach or update the inline resource-based policy attached to a cluster. Access level: Write. Resources: Cluster*. https://docs.aws.amazon.com/aurora-dsql/latest/APIReference/rbp-api-operations.html */
  PutClusterPolicy: "W|||0;1;||1|CreateCluster,;",
  /** Grants permission to update multi-Region properties of a cluster. Access level: Write. Resources: Cluster*. Permission only. https://docs.aws.amazon.com/aurora-dsql/latest/APIReference/API_CreateCluster.html */
  PutMultiRegionProperties: "W||1|0;1;|||CreateCluster,UpdateCluster",
  /** Grants permission to configure and update the witness Region of a multi-Region cluster. Access level: Write. Resources: Cluster*. Permission only. https://docs.aws.amazon.com/aurora-dsql/latest/APIReference/API_CreateCluster.html */
  PutWitnessRegion: "W||1|0;1;|5|2|CreateCluster,UpdateCluster",
  /** Grants permission to remove a peer cluster from a multi-Region cluster. Access level: Write. Resources: Cluster*. Permission only. https://docs.aws.amazon.com/aurora-dsql/latest/APIReference/API_UpdateCluster.html */
  RemovePeerCluster: "W||1|0;1;||2|UpdateCluster",
  /** Grants permission to start a backup job for an Aurora DSQL cluster. Access level: Write. Resources: Cluster*. https://docs.aws.amazon.com/aurora-dsql/latest/userguide/backup-aurora-dsql.html */
  StartBackupJob: "W|||0;1;|||",
  /** Grants permission to start a restore job for an Aurora DSQL cluster. Access level: Write. Resources: Cluster*. https://docs.aws.amazon.com/aurora-dsql/latest/userguide/backup-aurora-dsql.html */
  StartRestoreJob: "W|||0;1;||dsql:CreateCluster,5|",
  /** Grants permission to stop a backup job for an Aurora DSQL cluster. Access level: Write. Resources: Cluster*. https://docs.aws.amazon.com/aurora-dsql/latest/userguide/backup-aurora-dsql.html */
  StopBackupJob: "W|||0;1;|||",
  /** Grants permission to stop a restore job for an Aurora DSQL Cluster. Access level: Write. Resources: Cluster*. https://docs.aws.amazon.com/aurora-dsql/latest/userguide/backup-aurora-dsql.html */
  StopRestoreJob: "W|||0;1;|||",
  /** Grants permission to add tags to Aurora DSQL resources. Access level: Tagging. Resources: Cluster, Stream. https://docs.aws.amazon.com/aurora-dsql/latest/APIReference/API_TagResource.html */
  TagResource: "T|||0;0;,1;0;|0,2||CreateCluster,CreateStream,;",
  /** Grants permission to remove tags from Aurora DSQL resources. Access level: Tagging. Resources: Cluster, Stream. https://docs.aws.amazon.com/aurora-dsql/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;|2||;",
  /** Grants permission to modify cluster attributes. Access level: Write. Resources: Cluster*. https://docs.aws.amazon.com/aurora-dsql/latest/APIReference/API_UpdateCluster.html */
  UpdateCluster: "W|||0;1;|5|0,dsql:GetCluster,2,3,dsql:RemovePeerCluster|;",
  /** Grants permission to modify Change Stream attributes. Access level: Write. Resources: Stream*. https://docs.aws.amazon.com/aurora-dsql/latest/userguide/cdc-streams.html */
  UpdateStream: "W|||1;1;|||",
} as const;
const actionDetails = {
  AddPeerCluster: "|,;~~~,~~|Grants permission to add a peer cluster to a multi-Region cluster",
  CreateCluster: "|,;~~~|Grants permission to create new clusters",
  CreateStream: "|,;~~~|Grants permission to create a Change Stream for a cluster",
  DbConnect: "|,;~|Grants permission to connect to the database",
  DbConnectAdmin:
    "|,;~|Grants permission to connect to the database with admin role. Connecting with any other role requires DbConnect permission",
  DeleteCluster: "|,;~~~|Grants permission to delete a cluster and all of its data",
  DeleteClusterPolicy:
    "|,;~~~,~~,~~|Grants permission to remove the inline resource-based policy attached to a cluster",
  DeleteStream: "|,;~~~|Grants permission to delete a Change Stream",
  GetBackupJob: "|,;~|Grants permission to get the status of an Aurora DSQL cluster backup job",
  GetCluster: "|,;~~~,~~|Grants permission to get information about a cluster",
  GetClusterPolicy: "|,;~~~|Grants permission to retrieve the inline resource-based policy attached to a cluster",
  GetRestoreJob: "|,;~|Grants permission to get the status of an Aurora DSQL cluster restore job",
  GetStream: "|,;~~~|Grants permission to get information about a Change Stream",
  GetVpcEndpointServiceName: "|,;~~~|Grants permission to retrieve the VPC endpoint service name for a cluster",
  InjectError: "|,;~|Grants permission to inject errors in targeted clusters",
  ListClusters: "|,;~~~|Grants permission to retrieve a list of clusters",
  ListStreams: "|,;~~~|Grants permission to retrieve a list of Change Streams for a cluster",
  ListTagsForResource: "|,;~~~|Grants permission to list all tags on an Aurora DSQL resource",
  PutClusterPolicy:
    "|,;~~~,~~|Grants permission to attach or update the inline resource-based policy attached to a cluster",
  PutMultiRegionProperties: "|,;~~~,~~|Grants permission to update multi-Region properties of a cluster",
  PutWitnessRegion: "|,;~~~,~~|Grants permission to configure and update the witness Region of a multi-Region cluster",
  RemovePeerCluster: "|,;~~~|Grants permission to remove a peer cluster from a multi-Region cluster",
  StartBackupJob: "|,;~|Grants permission to start a backup job for an Aurora DSQL cluster",
  StartRestoreJob: "|,;~|Grants permission to start a restore job for an Aurora DSQL cluster",
  StopBackupJob: "|,;~|Grants permission to stop a backup job for an Aurora DSQL cluster",
  StopRestoreJob: "|,;~|Grants permission to stop a restore job for an Aurora DSQL Cluster",
  TagResource: "|,;~~~,~~,~~|Grants permission to add tags to Aurora DSQL resources",
  UntagResource: "|,;~~~|Grants permission to remove tags from Aurora DSQL resources",
  UpdateCluster: "|,;~~~|Grants permission to modify cluster attributes",
  UpdateStream: "|,;~|Grants permission to modify Change Stream attributes",
};
const resourceTypeFacts = {
  /** The Cluster resource type: arn:${Partition}:dsql:${Region}:${Account}:cluster/${Identifier} */
  Cluster: "|,cluster|1",
  /** The Stream resource type: arn:${Partition}:dsql:${Region}:${Account}:cluster/${ClusterId}/stream/${StreamId} */
  Stream: "|,stream|1",
} as const;
const arnFormats = {
  /** ARN of a Cluster resource: arn:${Partition}:dsql:${Region}:${Account}:cluster/${Identifier}. */
  cluster: "|,Cluster|arn:|Partition|:dsql:|Region|:|Account|:cluster/|Identifier|",
  /** ARN of a Stream resource: arn:${Partition}:dsql:${Region}:${Account}:cluster/${ClusterId}/stream/${StreamId}. */
  stream: "|,Stream|arn:|Partition|:dsql:|Region|:|Account|:cluster/|ClusterId|/stream/|StreamId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["Cluster", "Stream"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "dsql">;
/** Any dsql action. */
export type Action = ActionOf<typeof actionFacts, "dsql">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "dsql">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "dsql" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every dsql action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the tags associated with the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by a list of tag keys that are allowed in the request. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access by the ID of an AWS FIS action. */
  "dsql:FisActionId": "String";
  /** Filters access by the ARN of an AWS FIS target. */
  "dsql:FisTargetArns": "ArrayOfARN";
  /** Filters access by the witness region of multi-Region clusters. */
  "dsql:WitnessRegion": "String";
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
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by the tags associated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by a list of tag keys that are allowed in the request",
  "dsql:FisActionId": "|,String|0||Filters access by the ID of an AWS FIS action",
  "dsql:FisTargetArns": "|,ArrayOfARN|0||Filters access by the ARN of an AWS FIS target",
  "dsql:WitnessRegion": "|,String|0||Filters access by the witness region of multi-Region clusters",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "dsql",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
