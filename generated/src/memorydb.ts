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
export const prefix: "memorydb" = "memorydb";
/** The service's name in the reference. */
export const serviceName: "Amazon MemoryDB" = "Amazon MemoryDB";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon MemoryDB",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonmemorydb.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "memorydb:TLSEnabled",
  "memorydb:UserAuthenticationMode",
] as const;
const dependentActionList = [
  "ec2:CreateNetworkInterface",
  "ec2:DeleteNetworkInterface",
  "ec2:DescribeNetworkInterfaces",
  "ec2:DescribeSubnets",
  "ec2:DescribeVpcs",
  "memorydb:TagResource",
  "s3:DeleteObject",
  "s3:GetBucketAcl",
  "s3:GetObject",
  "s3:PutObject",
] as const;
const actionFacts = {
  /** Grants permissions to apply service updates. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/memorydb/latest/APIReference/API_BatchUpdateCluster.html */
  BatchUpdateCluster: "W|||1;1;|1|0,1,2,3,4,8|;",
  /** Allows an IAM user or role to connect as a specified MemoryDB user to a node in a cluster. Access level: Write. Resources: cluster*, user*. https://docs.aws.amazon.com/memorydb/latest/devguide/auth-iam.html */
  Connect: "W|||1;1;,8;1;|1||",
  /** Grants permissions to make a copy of an existing snapshot. Access level: Write. Resources: snapshot*. https://docs.aws.amazon.com/memorydb/latest/APIReference/API_CopySnapshot.html */
  CopySnapshot: "W|||6;1;|0,1,2|5,6,7,9|;",
  /** Grants permissions to create a new access control list. Access level: Write. Resources: user*. https://docs.aws.amazon.com/memorydb/latest/APIReference/API_CreateAcl.html */
  CreateAcl: "W|||8;1;|0,1,2|5|CreateACL",
  /** Grants permissions to create a cluster. Access level: Write. Resources: acl*, multiregioncluster, parametergroup*, snapshot, subnetgroup*. https://docs.aws.amazon.com/memorydb/latest/APIReference/API_CreateCluster.html */
  CreateCluster: "W|||0;1;,2;0;,4;1;,6;0;,7;1;|0,1,2,3|0,1,2,3,4,5,8|;",
  /** Grants permissions to create a Multi-Region cluster. Access level: Write. Resources: multiregionparametergroup*. https://docs.aws.amazon.com/memorydb/latest/APIReference/API_CreateMultiRegionCluster.html */
  CreateMultiRegionCluster: "W|||3;1;|0,1,2,3|5|;",
  /** Grants permissions to create a new parameter group. Access level: Write. https://docs.aws.amazon.com/memorydb/latest/APIReference/API_CreateParameterGroup.html */
  CreateParameterGroup: "W||||0,2|5|;",
  /** Grants permissions to create a backup of a cluster at the current point in time. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/memorydb/latest/APIReference/API_CreateSnapshot.html */
  CreateSnapshot: "W|||1;1;|0,1,2|5,6,7,9|;,DeleteCluster",
  /** Grants permissions to create a new subnet group. Access level: Write. https://docs.aws.amazon.com/memorydb/latest/APIReference/API_CreateSubnetGroup.html */
  CreateSubnetGroup: "W||||0,2|5|;",
  /** Grants permissions to create a new user. Access level: Write. https://docs.aws.amazon.com/memorydb/latest/APIReference/API_CreateUser.html */
  CreateUser: "W||||0,2,4|5|;",
  /** Grants permissions to delete an access control list. Access level: Write. Resources: acl*. https://docs.aws.amazon.com/memorydb/latest/APIReference/API_DeleteAcl.html */
  DeleteAcl: "W|||0;1;|1||DeleteACL",
  /** Grants permissions to delete a previously provisioned cluster. Access level: Write. Resources: cluster*, multiregioncluster, snapshot. https://docs.aws.amazon.com/memorydb/latest/APIReference/API_DeleteCluster.html */
  DeleteCluster: "W|||1;1;,2;0;,6;0;|1|0,1,2,3,4,memorydb:CreateSnapshot|;",
  /** Grants permissions to delete a Multi-Region cluster. Access level: Write. Resources: multiregioncluster*. https://docs.aws.amazon.com/memorydb/latest/APIReference/API_DeleteMultiRegionCluster.html */
  DeleteMultiRegionCluster: "W|||2;1;|1||;",
  /** Grants permissions to delete a parameter group. Access level: Write. Resources: parametergroup*. https://docs.aws.amazon.com/memorydb/latest/APIReference/API_DeleteParameterGroup.html */
  DeleteParameterGroup: "W|||4;1;|1||;",
  /** Grants permissions to delete a snapshot. Access level: Write. Resources: snapshot*. https://docs.aws.amazon.com/memorydb/latest/APIReference/API_DeleteSnapshot.html */
  DeleteSnapshot: "W|||6;1;|1||;",
  /** Grants permissions to delete a subnet group. Access level: Write. Resources: subnetgroup*. https://docs.aws.amazon.com/memorydb/latest/APIReference/API_DeleteSubnetGroup.html */
  DeleteSubnetGroup: "W|||7;1;|1|0,1,2,3,4|;",
  /** Grants permissions to delete a user. Access level: Write. Resources: user*. https://docs.aws.amazon.com/memorydb/latest/APIReference/API_DeleteUser.html */
  DeleteUser: "W|||8;1;|1||;",
  /** Grants permissions to retrieve information about access control lists. Access level: Read. Resources: acl*. https://docs.aws.amazon.com/memorydb/latest/APIReference/API_DescribeAcls.html */
  DescribeAcls: "R|||0;1;|1||DescribeACLs",
  /** Grants permissions to retrieve information about all provisioned clusters if no cluster identifier is specified, or about a specific cluster if a cluster identifier is supplied. Access level: Read. Resources: cluster*. https://docs.aws.amazon.com/memorydb/latest/APIReference/API_DescribeClusters.html */
  DescribeClusters: "R|||1;1;|1||;",
  /** Grants permissions to list of the available engines and their versions. Access level: Read. https://docs.aws.amazon.com/memorydb/latest/APIReference/API_DescribeEngineVersions.html */
  DescribeEngineVersions: "R||||||;",
  /** Grants permissions to retrieve events related to clusters, subnet groups, and parameter groups. Access level: Read. https://docs.aws.amazon.com/memorydb/latest/APIReference/API_DescribeEvents.html */
  DescribeEvents: "R||||||;",
  /** Grants permissions to retrieve information about all Multi-Region clusters if no cluster identifier is specified, or about a specific Multi-Region cluster if a cluster identifier is supplied. Access level: Read. Resources: multiregioncluster*. https://docs.aws.amazon.com/memorydb/latest/APIReference/API_DescribeMultiRegionClusters.html */
  DescribeMultiRegionClusters: "R|||2;1;|1||;",
  /** Grants permissions to retrieve information about Multi-Region parameter groups. Access level: Read. Resources: multiregionparametergroup*. https://docs.aws.amazon.com/memorydb/latest/APIReference/API_DescribeMultiRegionParameterGroups.html */
  DescribeMultiRegionParameterGroups: "R|||3;1;|||;",
  /** Grants permissions to retrieve a detailed parameter list for a particular Multi-Region parameter group. Access level: Read. Resources: multiregionparametergroup*. https://docs.aws.amazon.com/memorydb/latest/APIReference/API_DescribeMultiRegionParameters.html */
  DescribeMultiRegionParameters: "R|||3;1;|||;",
  /** Grants permissions to retrieve information about parameter groups. Access level: Read. Resources: parametergroup*. https://docs.aws.amazon.com/memorydb/latest/APIReference/API_DescribeParameterGroups.html */
  DescribeParameterGroups: "R|||4;1;|1||;",
  /** Grants permissions to retrieve a detailed parameter list for a particular parameter group. Access level: Read. Resources: parametergroup*. https://docs.aws.amazon.com/memorydb/latest/APIReference/API_DescribeParameters.html */
  DescribeParameters: "R|||4;1;|1||;",
  /** Grants permissions to retrieve reserved nodes. Access level: Read. Resources: reservednode*. https://docs.aws.amazon.com/memorydb/latest/APIReference/API_DescribeReservedNodes.html */
  DescribeReservedNodes: "R|||5;1;|1||;",
  /** Grants permissions to retrieve reserved nodes offerings. Access level: Read. https://docs.aws.amazon.com/memorydb/latest/APIReference/API_DescribeReservedNodesOfferings.html */
  DescribeReservedNodesOfferings: "R||||||;",
  /** Grants permissions to retrieve details of the service updates. Access level: Read. https://docs.aws.amazon.com/memorydb/latest/APIReference/API_DescribeServiceUpdates.html */
  DescribeServiceUpdates: "R||||||;",
  /** Grants permissions to retrieve information about cluster snapshots. Access level: Read. Resources: snapshot*. https://docs.aws.amazon.com/memorydb/latest/APIReference/API_DescribeSnapshots.html */
  DescribeSnapshots: "R|||6;1;|1||;",
  /** Grants permissions to retrieve a list of subnet group. Access level: Read. Resources: subnetgroup*. https://docs.aws.amazon.com/memorydb/latest/APIReference/API_DescribeSubnetGroups.html */
  DescribeSubnetGroups: "R|||7;1;|1||;",
  /** Grants permissions to retrieve information about users. Access level: Read. Resources: user*. https://docs.aws.amazon.com/memorydb/latest/APIReference/API_DescribeUsers.html */
  DescribeUsers: "R|||8;1;|1||;",
  /** Grants permissions to test automatic failover on a specified shard in a cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/memorydb/latest/APIReference/API_FailoverShard.html */
  FailoverShard: "W|||1;1;|1|0,1,2,3,4|;",
  /** Grants permissions to list available Multi-Region cluster updates. Access level: Read. Resources: multiregioncluster*. https://docs.aws.amazon.com/memorydb/latest/APIReference/API_ListAllowedMultiRegionClusterUpdates.html */
  ListAllowedMultiRegionClusterUpdates: "R|||2;1;|1||;",
  /** Grants permissions to list available node type updates. Access level: Read. Resources: cluster*. https://docs.aws.amazon.com/memorydb/latest/APIReference/API_ListAllowedNodeTypeUpdates.html */
  ListAllowedNodeTypeUpdates: "R|||1;1;|1||;",
  /** Grants permissions to list cost allocation tags. Access level: Read. Resources: acl, cluster, multiregioncluster, parametergroup, snapshot, subnetgroup, user. https://docs.aws.amazon.com/memorydb/latest/APIReference/API_ListTags.html */
  ListTags: "R|||0;0;,1;0;,2;0;,4;0;,6;0;,7;0;,8;0;|1||;",
  /** Grants permission to pause replication for a Multi-Region cluster. Access level: Write. Resources: multiregioncluster*. Permission only. https://docs.aws.amazon.com/fis/latest/userguide/fis-actions-reference.html#memorydb-actions-reference */
  PauseMultiRegionClusterReplication: "W||1|2;1;|1||",
  /** Grants permissions to purchase a new reserved node. Access level: Write. Resources: reservednode*. https://docs.aws.amazon.com/memorydb/latest/APIReference/API_PurchaseReservedNodesOffering.html */
  PurchaseReservedNodesOffering: "W|||5;1;|0,1,2|5|;",
  /** Grants permissions to modify the parameters of a parameter group to the engine or system default value. Access level: Write. Resources: parametergroup*. https://docs.aws.amazon.com/memorydb/latest/APIReference/API_ResetParameterGroup.html */
  ResetParameterGroup: "W|||4;1;|1||;",
  /** Grants permissions to add up to 10 cost allocation tags to the named resource. Access level: Tagging. Resources: acl, cluster, multiregioncluster, parametergroup, reservednode, snapshot, subnetgroup, user. https://docs.aws.amazon.com/memorydb/latest/APIReference/API_TagResource.html */
  TagResource:
    "T|||0;0;,1;0;,2;0;,4;0;,5;0;,6;0;,7;0;,8;0;|0,1,2||CopySnapshot,CreateACL,CreateCluster,CreateMultiRegionCluster,CreateParameterGroup,CreateSnapshot,CreateSubnetGroup,CreateUser,PurchaseReservedNodesOffering,;",
  /** Grants permissions to remove the tags identified by the TagKeys list from a resource. Access level: Tagging. Resources: acl, cluster, multiregioncluster, parametergroup, snapshot, subnetgroup, user. https://docs.aws.amazon.com/memorydb/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,4;0;,6;0;,7;0;,8;0;|1,2||;",
  /** Grants permissions to update an access control list. Access level: Write. Resources: acl*, user*. https://docs.aws.amazon.com/memorydb/latest/APIReference/API_UpdateAcl.html */
  UpdateAcl: "W|||0;1;,8;1;|1||UpdateACL",
  /** Grants permissions to update the settings for a cluster. Access level: Write. Resources: acl, cluster*, parametergroup. https://docs.aws.amazon.com/memorydb/latest/APIReference/API_UpdateCluster.html */
  UpdateCluster: "W|||0;0;,1;1;,4;0;|1|0,1,2,3,4|;",
  /** Grants permissions to update the settings for a Multi-Region cluster. Access level: Write. Resources: multiregioncluster*, multiregionparametergroup. https://docs.aws.amazon.com/memorydb/latest/APIReference/API_UpdateMultiRegionCluster.html */
  UpdateMultiRegionCluster: "W|||2;1;,3;0;|1|0,1,2,3,4|;",
  /** Grants permissions to update parameters in a parameter group. Access level: Write. Resources: parametergroup*. https://docs.aws.amazon.com/memorydb/latest/APIReference/API_UpdateParameterGroup.html */
  UpdateParameterGroup: "W|||4;1;|1||;",
  /** Grants permissions to update a subnet group. Access level: Write. Resources: subnetgroup*. https://docs.aws.amazon.com/memorydb/latest/APIReference/API_UpdateSubnetGroup.html */
  UpdateSubnetGroup: "W|||7;1;|1||;",
  /** Grants permissions to update a user. Access level: Write. Resources: user*. https://docs.aws.amazon.com/memorydb/latest/APIReference/API_UpdateUser.html */
  UpdateUser: "W|||8;1;|1,4||;",
} as const;
const actionDetails = {
  BatchUpdateCluster: "|,;~~~|Grants permissions to apply service updates",
  Connect: "|,;~|Allows an IAM user or role to connect as a specified MemoryDB user to a node in a cluster",
  CopySnapshot: "|,;~~~|Grants permissions to make a copy of an existing snapshot",
  CreateAcl: "|,;~~~|Grants permissions to create a new access control list",
  CreateCluster: "|,;~~~|Grants permissions to create a cluster",
  CreateMultiRegionCluster: "|,;~~~|Grants permissions to create a Multi-Region cluster",
  CreateParameterGroup: "|,;~~~|Grants permissions to create a new parameter group",
  CreateSnapshot: "|,;~~~,~~|Grants permissions to create a backup of a cluster at the current point in time",
  CreateSubnetGroup: "|,;~~~|Grants permissions to create a new subnet group",
  CreateUser: "|,;~~~|Grants permissions to create a new user",
  DeleteAcl: "|,;~~~|Grants permissions to delete an access control list",
  DeleteCluster: "|,;~~~|Grants permissions to delete a previously provisioned cluster",
  DeleteMultiRegionCluster: "|,;~~~|Grants permissions to delete a Multi-Region cluster",
  DeleteParameterGroup: "|,;~~~|Grants permissions to delete a parameter group",
  DeleteSnapshot: "|,;~~~|Grants permissions to delete a snapshot",
  DeleteSubnetGroup: "|,;~~~|Grants permissions to delete a subnet group",
  DeleteUser: "|,;~~~|Grants permissions to delete a user",
  DescribeAcls: "|,;~~~describe_acls|Grants permissions to retrieve information about access control lists",
  DescribeClusters:
    "|,;~~~|Grants permissions to retrieve information about all provisioned clusters if no cluster identifier is specified, or about a specific cluster if a cluster identifier is supplied",
  DescribeEngineVersions: "|,;~~~|Grants permissions to list of the available engines and their versions",
  DescribeEvents:
    "|,;~~~|Grants permissions to retrieve events related to clusters, subnet groups, and parameter groups",
  DescribeMultiRegionClusters:
    "|,;~~~|Grants permissions to retrieve information about all Multi-Region clusters if no cluster identifier is specified, or about a specific Multi-Region cluster if a cluster identifier is supplied",
  DescribeMultiRegionParameterGroups:
    "|,;~~~|Grants permissions to retrieve information about Multi-Region parameter groups",
  DescribeMultiRegionParameters:
    "|,;~~~|Grants permissions to retrieve a detailed parameter list for a particular Multi-Region parameter group",
  DescribeParameterGroups: "|,;~~~|Grants permissions to retrieve information about parameter groups",
  DescribeParameters:
    "|,;~~~|Grants permissions to retrieve a detailed parameter list for a particular parameter group",
  DescribeReservedNodes: "|,;~~~|Grants permissions to retrieve reserved nodes",
  DescribeReservedNodesOfferings: "|,;~~~|Grants permissions to retrieve reserved nodes offerings",
  DescribeServiceUpdates: "|,;~~~|Grants permissions to retrieve details of the service updates",
  DescribeSnapshots: "|,;~~~|Grants permissions to retrieve information about cluster snapshots",
  DescribeSubnetGroups: "|,;~~~|Grants permissions to retrieve a list of subnet group",
  DescribeUsers: "|,;~~~|Grants permissions to retrieve information about users",
  FailoverShard: "|,;~~~|Grants permissions to test automatic failover on a specified shard in a cluster",
  ListAllowedMultiRegionClusterUpdates: "|,;~~~|Grants permissions to list available Multi-Region cluster updates",
  ListAllowedNodeTypeUpdates: "|,;~~~|Grants permissions to list available node type updates",
  ListTags: "|,;~~~|Grants permissions to list cost allocation tags",
  PauseMultiRegionClusterReplication: "|,;~|Grants permission to pause replication for a Multi-Region cluster",
  PurchaseReservedNodesOffering: "|,;~~~|Grants permissions to purchase a new reserved node",
  ResetParameterGroup:
    "|,;~~~|Grants permissions to modify the parameters of a parameter group to the engine or system default value",
  TagResource:
    "|,;~~~,~~,~~,~~,~~,~~,~~,~~,~~,~~|Grants permissions to add up to 10 cost allocation tags to the named resource",
  UntagResource: "|,;~~~|Grants permissions to remove the tags identified by the TagKeys list from a resource",
  UpdateAcl: "|,;~~~|Grants permissions to update an access control list",
  UpdateCluster: "|,;~~~|Grants permissions to update the settings for a cluster",
  UpdateMultiRegionCluster: "|,;~~~|Grants permissions to update the settings for a Multi-Region cluster",
  UpdateParameterGroup: "|,;~~~|Grants permissions to update parameters in a parameter group",
  UpdateSubnetGroup: "|,;~~~|Grants permissions to update a subnet group",
  UpdateUser: "|,;~~~|Grants permissions to update a user",
};
const resourceTypeFacts = {
  /** The acl resource type: arn:${Partition}:memorydb:${Region}:${Account}:acl/${AclName} */
  acl: "|,|1",
  /** The cluster resource type: arn:${Partition}:memorydb:${Region}:${Account}:cluster/${ClusterName} */
  cluster: "|,|1",
  /** The multiregioncluster resource type: arn:${Partition}:memorydb::${Account}:multiregioncluster/${ClusterName} */
  multiregioncluster: "|,|1,3",
  /** The multiregionparametergroup resource type: arn:${Partition}:memorydb::${Account}:multiregionparametergroup/${MultiRegionParameterGroupName} */
  multiregionparametergroup: "|,|",
  /** The parametergroup resource type: arn:${Partition}:memorydb:${Region}:${Account}:parametergroup/${ParameterGroupName} */
  parametergroup: "|,|1",
  /** The reservednode resource type: arn:${Partition}:memorydb:${Region}:${Account}:reservednode/${ReservationID} */
  reservednode: "|,|1",
  /** The snapshot resource type: arn:${Partition}:memorydb:${Region}:${Account}:snapshot/${SnapshotName} */
  snapshot: "|,|1",
  /** The subnetgroup resource type: arn:${Partition}:memorydb:${Region}:${Account}:subnetgroup/${SubnetGroupName} */
  subnetgroup: "|,|1",
  /** The user resource type: arn:${Partition}:memorydb:${Region}:${Account}:user/${UserName} */
  user: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a acl resource: arn:${Partition}:memorydb:${Region}:${Account}:acl/${AclName}. */
  acl: "|,acl|arn:|Partition|:memorydb:|Region|:|Account|:acl/|AclName|",
  /** ARN of a cluster resource: arn:${Partition}:memorydb:${Region}:${Account}:cluster/${ClusterName}. */
  cluster: "|,cluster|arn:|Partition|:memorydb:|Region|:|Account|:cluster/|ClusterName|",
  /** ARN of a multiregioncluster resource: arn:${Partition}:memorydb::${Account}:multiregioncluster/${ClusterName}. */
  multiregioncluster: "|,multiregioncluster|arn:|Partition|:memorydb::|Account|:multiregioncluster/|ClusterName|",
  /** ARN of a multiregionparametergroup resource: arn:${Partition}:memorydb::${Account}:multiregionparametergroup/${MultiRegionParameterGroupName}. */
  multiregionparametergroup:
    "|,multiregionparametergroup|arn:|Partition|:memorydb::|Account|:multiregionparametergroup/|MultiRegionParameterGroupName|",
  /** ARN of a parametergroup resource: arn:${Partition}:memorydb:${Region}:${Account}:parametergroup/${ParameterGroupName}. */
  parametergroup: "|,parametergroup|arn:|Partition|:memorydb:|Region|:|Account|:parametergroup/|ParameterGroupName|",
  /** ARN of a reservednode resource: arn:${Partition}:memorydb:${Region}:${Account}:reservednode/${ReservationID}. */
  reservednode: "|,reservednode|arn:|Partition|:memorydb:|Region|:|Account|:reservednode/|ReservationID,reservationId|",
  /** ARN of a snapshot resource: arn:${Partition}:memorydb:${Region}:${Account}:snapshot/${SnapshotName}. */
  snapshot: "|,snapshot|arn:|Partition|:memorydb:|Region|:|Account|:snapshot/|SnapshotName|",
  /** ARN of a subnetgroup resource: arn:${Partition}:memorydb:${Region}:${Account}:subnetgroup/${SubnetGroupName}. */
  subnetgroup: "|,subnetgroup|arn:|Partition|:memorydb:|Region|:|Account|:subnetgroup/|SubnetGroupName|",
  /** ARN of a user resource: arn:${Partition}:memorydb:${Region}:${Account}:user/${UserName}. */
  user: "|,user|arn:|Partition|:memorydb:|Region|:|Account|:user/|UserName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "acl",
  "cluster",
  "multiregioncluster",
  "multiregionparametergroup",
  "parametergroup",
  "reservednode",
  "snapshot",
  "subnetgroup",
  "user",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "memorydb">;
/** Any memorydb action. */
export type Action = ActionOf<typeof actionFacts, "memorydb">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "memorydb">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "memorydb" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every memorydb action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters actions based on the tags that are passed in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters actions based on the tags associated with the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters actions based on the tag keys that are passed in the request. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access by the TLSEnabled parameter present in the request or defaults to true value if parameter is not present. */
  "memorydb:TLSEnabled": "Bool";
  /** Filters access by the UserAuthenticationMode.Type parameter in the request. */
  "memorydb:UserAuthenticationMode": "String";
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters actions based on the tags that are passed in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters actions based on the tags associated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters actions based on the tag keys that are passed in the request",
  "memorydb:TLSEnabled":
    "|,Bool|0||Filters access by the TLSEnabled parameter present in the request or defaults to true value if parameter is not present",
  "memorydb:UserAuthenticationMode":
    "|,String|0||Filters access by the UserAuthenticationMode.Type parameter in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "memorydb",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
