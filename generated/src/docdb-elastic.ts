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
export const prefix: "docdb-elastic" = "docdb-elastic";
/** The service's name in the reference. */
export const serviceName: "Amazon DocumentDB Elastic Clusters" = "Amazon DocumentDB Elastic Clusters";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon DocumentDB Elastic Clusters",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazondocumentdbelasticclusters.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [
  "docdb-elastic:TagResource",
  "ec2:CreateVpcEndpoint",
  "ec2:DeleteVpcEndpoints",
  "ec2:DescribeAvailabilityZones",
  "ec2:DescribeSecurityGroups",
  "ec2:DescribeSubnets",
  "ec2:DescribeVpcAttribute",
  "ec2:DescribeVpcEndpoints",
  "ec2:DescribeVpcs",
  "ec2:ModifyVpcEndpoint",
  "iam:CreateServiceLinkedRole",
  "kms:CreateGrant",
  "kms:Decrypt",
  "kms:DescribeKey",
  "kms:GenerateDataKey",
  "secretsmanager:DescribeSecret",
  "secretsmanager:GetResourcePolicy",
  "secretsmanager:GetSecretValue",
  "secretsmanager:ListSecretVersionIds",
  "secretsmanager:ListSecrets",
] as const;
const actionFacts = {
  /** Grants permission to apply pending maintenance actions on Amazon DocDB-Elastic cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/documentdb/latest/developerguide/API_elastic_ApplyPendingMaintenanceAction.html */
  ApplyPendingMaintenanceAction: "W|||0;1;|1||;",
  /** Grants permission to copy a new Amazon DocDB-Elastic cluster snapshot. Access level: Write. Resources: cluster-snapshot*. https://docs.aws.amazon.com/documentdb/latest/developerguide/API_elastic_CopyClusterSnapshot.html */
  CopyClusterSnapshot: "W|||1;1;|0,1,2|docdb-elastic:CreateClusterSnapshot,0,11,12,13,14|;",
  /** Grants permission to create a new Amazon DocDB-Elastic cluster. Access level: Write. https://docs.aws.amazon.com/documentdb/latest/developerguide/API_elastic_CreateCluster.html */
  CreateCluster: "W||||0,2|0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19|;,RestoreClusterFromSnapshot",
  /** Grants permission to create a new Amazon DocDB-Elastic cluster snapshot. Access level: Write. Resources: cluster*, cluster-snapshot*. https://docs.aws.amazon.com/documentdb/latest/developerguide/API_elastic_CreateClusterSnapshot.html */
  CreateClusterSnapshot: "W|||0;1;,1;1;|0,1,2|0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19|CopyClusterSnapshot,;",
  /** Grants permission to delete a cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/documentdb/latest/developerguide/API_elastic_DeleteCluster.html */
  DeleteCluster: "W|||0;1;|1|2,3,4,5,6,7,8,9|;",
  /** Grants permission to delete a cluster snapshot. Access level: Write. Resources: cluster-snapshot*. https://docs.aws.amazon.com/documentdb/latest/developerguide/API_elastic_DeleteClusterSnapshot.html */
  DeleteClusterSnapshot: "W|||1;1;|1|2,3,4,5,6,7,8,9|;",
  /** Grants permission to view details about a cluster. Access level: Read. Resources: cluster*. https://docs.aws.amazon.com/documentdb/latest/developerguide/API_elastic_GetCluster.html */
  GetCluster: "R|||0;1;|1||;",
  /** Grants permission to view details about a cluster snapshot. Access level: Read. Resources: cluster-snapshot*. https://docs.aws.amazon.com/documentdb/latest/developerguide/API_elastic_GetClusterSnapshot.html */
  GetClusterSnapshot: "R|||1;1;|1||;",
  /** Grants permission to view details about pending maintenance actions on Amazon DocDB-Elastic cluster. Access level: Read. Resources: cluster*. https://docs.aws.amazon.com/documentdb/latest/developerguide/API_elastic_GetPendingMaintenanceAction.html */
  GetPendingMaintenanceAction: "R|||0;1;|1||;",
  /** Grants permission to list the cluster snapshots in your account. Access level: List. https://docs.aws.amazon.com/documentdb/latest/developerguide/API_elastic_ListClusterSnapshots.html */
  ListClusterSnapshots: "L||||||;",
  /** Grants permission to list the clusters in your account. Access level: List. https://docs.aws.amazon.com/documentdb/latest/developerguide/API_elastic_ListClusters.html */
  ListClusters: "L||||||;",
  /** Grants permission to list details about pending maintenance actions on any Amazon DocDB-Elastic cluster. Access level: List. https://docs.aws.amazon.com/documentdb/latest/developerguide/API_elastic_ListPendingMaintenanceActions.html */
  ListPendingMaintenanceActions: "L||||1||;",
  /** Grants permission to lists tag for an DocumentDB Elastic resource. Access level: List. Resources: cluster, cluster-snapshot. https://docs.aws.amazon.com/documentdb/latest/developerguide/API_elastic_ListTagsForResource.html */
  ListTagsForResource: "L|||0;0;,1;0;|1||;",
  /** Grants permission to restore cluster from a Amazon DocDB-Elastic cluster snapshot. Access level: Write. Resources: cluster*, cluster-snapshot*. https://docs.aws.amazon.com/documentdb/latest/developerguide/API_elastic_RestoreClusterFromSnapshot.html */
  RestoreClusterFromSnapshot:
    "W|||0;1;,1;1;|0,1,2|docdb-elastic:CreateCluster,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19|;",
  /** Grants permission to start a stopped Amazon DocDB-Elastic cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/documentdb/latest/developerguide/API_elastic_StartCluster.html */
  StartCluster: "W|||0;1;|1||;",
  /** Grants permission to stop an existing Amazon DocDB-Elastic cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/documentdb/latest/developerguide/API_elastic_StopCluster.html */
  StopCluster: "W|||0;1;|1||;",
  /** Grants permission to tag an DocumentDB Elastic resource. Access level: Tagging. Resources: cluster, cluster-snapshot. https://docs.aws.amazon.com/documentdb/latest/developerguide/API_elastic_TagResource.html */
  TagResource:
    "T|||0;0;,1;0;|0,1,2||CopyClusterSnapshot,CreateCluster,CreateClusterSnapshot,RestoreClusterFromSnapshot,;",
  /** Grants permission to untag a DocumentDB Elastic resource. Access level: Tagging. Resources: cluster, cluster-snapshot. https://docs.aws.amazon.com/documentdb/latest/developerguide/API_elastic_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;|2||;",
  /** Grants permission to modify a cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/documentdb/latest/developerguide/API_elastic_UpdateCluster.html */
  UpdateCluster: "W|||0;1;|1|1,2,3,4,5,6,7,8,9,11,12,13,14,15,16,17,18,19|;",
} as const;
const actionDetails = {
  ApplyPendingMaintenanceAction:
    "|,;~~~|Grants permission to apply pending maintenance actions on Amazon DocDB-Elastic cluster",
  CopyClusterSnapshot: "|,;~~~|Grants permission to copy a new Amazon DocDB-Elastic cluster snapshot",
  CreateCluster: "|,;~~~,~~|Grants permission to create a new Amazon DocDB-Elastic cluster",
  CreateClusterSnapshot: "|,;~~~,~~|Grants permission to create a new Amazon DocDB-Elastic cluster snapshot",
  DeleteCluster: "|,;~~~|Grants permission to delete a cluster",
  DeleteClusterSnapshot: "|,;~~~|Grants permission to delete a cluster snapshot",
  GetCluster: "|,;~~~|Grants permission to view details about a cluster",
  GetClusterSnapshot: "|,;~~~|Grants permission to view details about a cluster snapshot",
  GetPendingMaintenanceAction:
    "|,;~~~|Grants permission to view details about pending maintenance actions on Amazon DocDB-Elastic cluster",
  ListClusterSnapshots: "|,;~~~|Grants permission to list the cluster snapshots in your account",
  ListClusters: "|,;~~~|Grants permission to list the clusters in your account",
  ListPendingMaintenanceActions:
    "|,;~~~|Grants permission to list details about pending maintenance actions on any Amazon DocDB-Elastic cluster",
  ListTagsForResource: "|,;~~~|Grants permission to lists tag for an DocumentDB Elastic resource",
  RestoreClusterFromSnapshot:
    "|,;~~~|Grants permission to restore cluster from a Amazon DocDB-Elastic cluster snapshot",
  StartCluster: "|,;~~~|Grants permission to start a stopped Amazon DocDB-Elastic cluster",
  StopCluster: "|,;~~~|Grants permission to stop an existing Amazon DocDB-Elastic cluster",
  TagResource: "|,;~~~,~~,~~,~~,~~|Grants permission to tag an DocumentDB Elastic resource",
  UntagResource: "|,;~~~|Grants permission to untag a DocumentDB Elastic resource",
  UpdateCluster: "|,;~~~|Grants permission to modify a cluster",
};
const resourceTypeFacts = {
  /** The cluster resource type: arn:${Partition}:docdb-elastic:${Region}:${Account}:cluster/${ResourceId} */
  cluster: "|,|1",
  /** The cluster-snapshot resource type: arn:${Partition}:docdb-elastic:${Region}:${Account}:cluster-snapshot/${ResourceId} */
  "cluster-snapshot": "|,clusterSnapshot|1",
} as const;
const arnFormats = {
  /** ARN of a cluster resource: arn:${Partition}:docdb-elastic:${Region}:${Account}:cluster/${ResourceId}. */
  cluster: "|,cluster|arn:|Partition|:docdb-elastic:|Region|:|Account|:cluster/|ResourceId|",
  /** ARN of a cluster-snapshot resource: arn:${Partition}:docdb-elastic:${Region}:${Account}:cluster-snapshot/${ResourceId}. */
  clusterSnapshot: "|,cluster-snapshot|arn:|Partition|:docdb-elastic:|Region|:|Account|:cluster-snapshot/|ResourceId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["cluster", "cluster-snapshot"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "docdb-elastic">;
/** Any docdb-elastic action. */
export type Action = ActionOf<typeof actionFacts, "docdb-elastic">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "docdb-elastic">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "docdb-elastic" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every docdb-elastic action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the set of tag key-value pairs in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by the set of tag key-value pairs attached to the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the set of tag keys in the request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by the set of tag key-value pairs in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by the set of tag key-value pairs attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the set of tag keys in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "docdb-elastic",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
