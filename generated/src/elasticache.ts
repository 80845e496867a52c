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
export const prefix: "elasticache" = "elasticache";
/** The service's name in the reference. */
export const serviceName: "Amazon ElastiCache" = "Amazon ElastiCache";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon ElastiCache",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonelasticache.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "elasticache:AtRestEncryptionEnabled",
  "elasticache:AuthTokenEnabled",
  "elasticache:AutomaticFailoverEnabled",
  "elasticache:CacheNodeType",
  "elasticache:CacheParameterGroupName",
  "elasticache:ClusterModeEnabled",
  "elasticache:DataStorageUnit",
  "elasticache:EngineType",
  "elasticache:EngineVersion",
  "elasticache:KmsKeyId",
  "elasticache:MaximumDataStorage",
  "elasticache:MaximumECPUPerSecond",
  "elasticache:MinimumDataStorage",
  "elasticache:MinimumECPUPerSecond",
  "elasticache:MultiAZEnabled",
  "elasticache:NumNodeGroups",
  "elasticache:ReplicasPerNodeGroup",
  "elasticache:SnapshotRetentionLimit",
  "elasticache:TransitEncryptionEnabled",
  "elasticache:UserAuthenticationMode",
] as const;
const dependentActionList = [
  "ec2:CreateNetworkInterface",
  "ec2:DeleteNetworkInterface",
  "ec2:DescribeNetworkInterfaces",
  "ec2:DescribeSecurityGroups",
  "ec2:DescribeSubnets",
  "ec2:DescribeTags",
  "ec2:DescribeVpcs",
  "elasticache:AddTagsToResource",
  "elasticache:CreateSnapshot",
  "s3:DeleteObject",
  "s3:GetBucketAcl",
  "s3:GetObject",
  "s3:PutObject",
] as const;
const actionFacts = {
  /** Grants permission to add tags to an ElastiCache resource. Access level: Tagging. Resources: cluster, parametergroup, replicationgroup, reserved-instance, securitygroup, serverlesscache, serverlesscachesnapshot, snapshot, subnetgroup, user, usergroup. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_AddTagsToResource.html */
  AddTagsToResource:
    "T|||0;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,8;0;,9;0;,10;0;,11;0;|0,1,2||;,CopyServerlessCacheSnapshot,CopySnapshot,CreateCacheCluster,CreateCacheParameterGroup,CreateCacheSubnetGroup,CreateReplicationGroup,CreateServerlessCache,CreateServerlessCacheSnapshot,CreateSnapshot,CreateUser,CreateUserGroup,PurchaseReservedCacheNodesOffering",
  /** Grants permission to authorize an EC2 security group on a ElastiCache security group. Access level: Write. Resources: securitygroup*. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_AuthorizeCacheSecurityGroupIngress.html */
  AuthorizeCacheSecurityGroupIngress: "W|||5;1;|1|ec2:AuthorizeSecurityGroupIngress|;",
  /** Grants permission to apply ElastiCache service updates to sets of clusters and replication groups. Access level: Write. Resources: cluster, replicationgroup. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_BatchApplyUpdateAction.html */
  BatchApplyUpdateAction: "W|||0;0;,3;0;|1|0,1,2,4,6,11|;",
  /** Grants permission to stop ElastiCache service updates from being executed on a set of clusters. Access level: Write. Resources: cluster, replicationgroup. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_BatchStopUpdateAction.html */
  BatchStopUpdateAction: "W|||0;0;,3;0;|1||;",
  /** Grants permission to complete an online migration of data from hosted Redis on Amazon EC2 to ElastiCache. Access level: Write. Resources: cluster, replicationgroup. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_CompleteMigration.html */
  CompleteMigration: "W|||0;0;,3;0;|1||;",
  /** Grants permission to connect as a specified ElastiCache user to an ElastiCache Replication Group or ElastiCache serverless cache. Access level: Write. Resources: replicationgroup, serverlesscache, user*. https://docs.aws.amazon.com/AmazonElastiCache/latest/red-ug/auth-iam.html */
  Connect: "W|||3;0;,6;0;,10;1;|1||",
  /** Grants permission to make a copy of an existing serverless cache snapshot. Access level: Write. Resources: serverlesscachesnapshot*. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_CopyServerlessCacheSnapshot.html */
  CopyServerlessCacheSnapshot: "W|||7;1;1~12|0,2|7|;",
  /** Grants permission to make a copy of an existing snapshot. Access level: Write. Resources: snapshot*. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_CopySnapshot.html */
  CopySnapshot: "W|||8;1;|0,1,2,12|7,9,10,12|;",
  /** Grants permission to create a cache cluster. Access level: Write. Resources: cluster, parametergroup*, replicationgroup, securitygroup, snapshot, subnetgroup. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_CreateCacheCluster.html */
  CreateCacheCluster: "W|||0;0;0~2~4~6~7~10~11~17~20,2;1;,3;0;4~6~7~10~11~17~20,5;0;,8;0;,9;0;|1|0,1,2,4,6,7,11|;",
  /** Grants permission to create a parameter group. Access level: Write. Resources: parametergroup*. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_CreateCacheParameterGroup.html */
  CreateCacheParameterGroup: "W|||2;1;|0,1,2,7|7|;",
  /** Grants permission to create a cache security group. Access level: Write. Resources: securitygroup*. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_CreateCacheSecurityGroup.html */
  CreateCacheSecurityGroup: "W|||5;1;|0,1,2|7|;",
  /** Grants permission to create a cache subnet group. Access level: Write. Resources: subnetgroup*. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_CreateCacheSubnetGroup.html */
  CreateCacheSubnetGroup: "W|||9;1;|0,1,2|7|;",
  /** Grants permission to create a global replication group. Access level: Write. Resources: globalreplicationgroup*, replicationgroup*. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_CreateGlobalReplicationGroup.html */
  CreateGlobalReplicationGroup: "W|||1;1;,3;1;|1||;",
  /** Grants permission to create a replication group. Access level: Write. Resources: cluster, globalreplicationgroup, parametergroup*, replicationgroup, securitygroup, snapshot, subnetgroup, usergroup. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_CreateReplicationGroup.html */
  CreateReplicationGroup:
    "W|||0;0;,1;0;3~4~5~6~7~8~10~11~12~17~18~19~20~21,2;1;,3;0;0~2~3~4~5~6~7~8~10~11~12~17~18~19~20~21,5;0;,8;0;,9;0;,11;0;|1|0,1,2,4,6,7,11|;",
  /** Grants permission to create a serverless cache. Access level: Write. Resources: serverlesscache*, serverlesscachesnapshot, snapshot, usergroup. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_CreateServerlessCache.html */
  CreateServerlessCache:
    "W|||6;1;1~9~10~11~12~13~14~15~16~20,7;0;1,8;0;1,11;0;1|0,2|ec2:CreateTags,ec2:CreateVpcEndpoint,ec2:DeleteVpcEndpoints,3,4,5,ec2:DescribeVpcEndpoints,6,7,11|;",
  /** Grants permission to create a copy of a serverless cache at a specific moment in time. Access level: Write. Resources: serverlesscache*, serverlesscachesnapshot*. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_CreateServerlessCacheSnapshot.html */
  CreateServerlessCacheSnapshot: "W|||6;1;1,7;1;1~12|0,2|7|;,DeleteServerlessCache",
  /** Grants permission to create a copy of an entire Redis cluster at a specific moment in time. Access level: Write. Resources: cluster, replicationgroup, snapshot*. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_CreateSnapshot.html */
  CreateSnapshot: "W|||0;0;,3;0;,8;1;0~2~12|1|7,9,10,12|;,DeleteCacheCluster,DeleteReplicationGroup",
  /** Grants permission to create a user for Redis. Users are supported from Redis 6.0 onwards. Access level: Write. Resources: user*. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_CreateUser.html */
  CreateUser: "W|||10;1;|0,1,2,22|7|;",
  /** Grants permission to create a user group for Redis. Groups are supported from Redis 6.0 onwards. Access level: Write. Resources: user*, usergroup*. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_CreateUserGroup.html */
  CreateUserGroup: "W|||10;1;,11;1;0~2|1|7|;",
  /** Grants permission to decrease the number of node groups in global replication groups. Access level: Write. Resources: globalreplicationgroup*. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_DecreaseNodeGroupsInGlobalReplicationGroup.html */
  DecreaseNodeGroupsInGlobalReplicationGroup: "W|||1;1;|18||;",
  /** Grants permission to decrease the number of replicas in a Redis (cluster mode disabled) replication group or the number of replica nodes in one or more node groups (shards) of a Redis (cluster mode enabled) replication group. Access level: Write. Resources: replicationgroup*. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_DecreaseReplicaCount.html */
  DecreaseReplicaCount: "W|||3;1;|1,19|0,1,2,4,6|;",
  /** Grants permission to delete a previously provisioned cluster. Access level: Write. Resources: cluster*, snapshot. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_DeleteCacheCluster.html */
  DeleteCacheCluster: "W|||0;1;1,8;0;||0,1,2,4,6,8|;",
  /** Grants permission to delete the specified cache parameter group. Access level: Write. Resources: parametergroup*. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_DeleteCacheParameterGroup.html */
  DeleteCacheParameterGroup: "W|||2;1;|1,7||;",
  /** Grants permission to delete a cache security group. Access level: Write. Resources: securitygroup*. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_DeleteCacheSecurityGroup.html */
  DeleteCacheSecurityGroup: "W|||5;1;|1||;",
  /** Grants permission to delete a cache subnet group. Access level: Write. Resources: subnetgroup*. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_DeleteCacheSubnetGroup.html */
  DeleteCacheSubnetGroup: "W|||9;1;|1|0,1,2,4,6|;",
  /** Grants permission to delete an existing global replication group. Access level: Write. Resources: globalreplicationgroup*. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_DeleteGlobalReplicationGroup.html */
  DeleteGlobalReplicationGroup: "W|||1;1;|||;",
  /** Grants permission to delete an existing replication group. Access level: Write. Resources: replicationgroup*, snapshot. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_DeleteReplicationGroup.html */
  DeleteReplicationGroup: "W|||3;1;1,8;0;||0,1,2,4,6,8|;",
  /** Grants permission to delete a serverless cache. Access level: Write. Resources: serverlesscache*, serverlesscachesnapshot. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_DeleteServerlessCache.html */
  DeleteServerlessCache: "W|||6;1;1,7;0;||5,elasticache:CreateServerlessCacheSnapshot|;",
  /** Grants permission to delete a serverless cache snapshot. Access level: Write. Resources: serverlesscachesnapshot*. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_DeleteServerlessCacheSnapshot.html */
  DeleteServerlessCacheSnapshot: "W|||7;1;1|||;",
  /** Grants permission to delete an existing snapshot. Access level: Write. Resources: snapshot*. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_DeleteSnapshot.html */
  DeleteSnapshot: "W|||8;1;|1||;",
  /** Grants permission to delete an existing user and thus remove it from all user groups and replication groups where it was assigned. Access level: Write. Resources: user*. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_DeleteUser.html */
  DeleteUser: "W|||10;1;|1||;",
  /** Grants permission to delete an existing user group. Access level: Write. Resources: usergroup*. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_DeleteUserGroup.html */
  DeleteUserGroup: "W|||11;1;|1||;",
  /** Grants permission to list information about provisioned cache clusters. Access level: List. Resources: cluster*. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_DescribeCacheClusters.html */
  DescribeCacheClusters: "L|||0;1;|1||;",
  /** Grants permission to list available cache engines and their versions. Access level: List. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_DescribeCacheEngineVersions.html */
  DescribeCacheEngineVersions: "L||||||;",
  /** Grants permission to list cache parameter group descriptions. Access level: List. Resources: parametergroup*. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_DescribeCacheParameterGroups.html */
  DescribeCacheParameterGroups: "L|||2;1;|1||;",
  /** Grants permission to retrieve the detailed parameter list for a particular cache parameter group. Access level: List. Resources: parametergroup*. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_DescribeCacheParameters.html */
  DescribeCacheParameters: "L|||2;1;|1||;",
  /** Grants permission to list cache security group descriptions. Access level: List. Resources: securitygroup*. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_DescribeCacheSecurityGroups.html */
  DescribeCacheSecurityGroups: "L|||5;1;|1||;",
  /** Grants permission to list cache subnet group descriptions. Access level: List. Resources: subnetgroup*. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_DescribeCacheSubnetGroups.html */
  DescribeCacheSubnetGroups: "L|||9;1;|1||;",
  /** Grants permission to retrieve the default engine and system parameter information for the specified cache engine. Access level: List. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_DescribeEngineDefaultParameters.html */
  DescribeEngineDefaultParameters: "L||||||;",
  /** Grants permission to list events related to clusters, cache security groups, and cache parameter groups. Access level: List. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_DescribeEvents.html */
  DescribeEvents: "L||||||;",
  /** Grants permission to list information about global replication groups. Access level: List. Resources: globalreplicationgroup*. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_DescribeGlobalReplicationGroups.html */
  DescribeGlobalReplicationGroups: "L|||1;1;|||;",
  /** Grants permission to list information about provisioned replication groups. Access level: List. Resources: replicationgroup*. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_DescribeReplicationGroups.html */
  DescribeReplicationGroups: "L|||3;1;|1||;",
  /** Grants permission to list information about purchased reserved cache nodes. Access level: List. Resources: reserved-instance*. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_DescribeReservedCacheNodes.html */
  DescribeReservedCacheNodes: "L|||4;1;|1||;",
  /** Grants permission to list available reserved cache node offerings. Access level: List. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_DescribeReservedCacheNodesOfferings.html */
  DescribeReservedCacheNodesOfferings: "L||||||;",
  /** Grants permission to list information about serverless cache snapshots. Access level: List. Resources: serverlesscache, serverlesscachesnapshot*. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_DescribeServerlessCacheSnapshots.html */
  DescribeServerlessCacheSnapshots: "L|||6;0;1,7;1;1|||;",
  /** Grants permission to list serverless caches. Access level: List. Resources: serverlesscache*. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_DescribeServerlessCaches.html */
  DescribeServerlessCaches: "L|||6;1;1|||;",
  /** Grants permission to list details of the service updates. Access level: List. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_DescribeServiceUpdates.html */
  DescribeServiceUpdates: "L||||||;",
  /** Grants permission to list information about cluster or replication group snapshots. Access level: List. Resources: snapshot*. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_DescribeSnapshots.html */
  DescribeSnapshots: "L|||8;1;|1||;",
  /** Grants permission to list details of the update actions for a set of clusters or replication groups. Access level: List. Resources: cluster, replicationgroup. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_DescribeUpdateActions.html */
  DescribeUpdateActions: "L|||0;0;,3;0;|1||;",
  /** Grants permission to list information about Redis user groups. Access level: List. Resources: usergroup*. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_DescribeUserGroups.html */
  DescribeUserGroups: "L|||11;1;|1||;",
  /** Grants permission to list information about Redis users. Access level: List. Resources: user*. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_DescribeUsers.html */
  DescribeUsers: "L|||10;1;|1||;",
  /** Grants permission to remove a secondary replication group from the global replication group. Access level: Write. Resources: globalreplicationgroup*. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_DisassociateGlobalReplicationGroup.html */
  DisassociateGlobalReplicationGroup: "W|||1;1;|||;",
  /** Grants permission to export a copy of a serverless cache at a specific moment in time to s3 bucket. Access level: Write. Resources: serverlesscachesnapshot*. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_ExportServerlessCacheSnapshot.html */
  ExportServerlessCacheSnapshot: "W|||7;1;1||9,s3:ListAllMyBuckets,12|;",
  /** Grants permission to failover the primary region to a selected secondary region of a global replication group. Access level: Write. Resources: globalreplicationgroup*. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_FailoverGlobalReplicationGroup.html */
  FailoverGlobalReplicationGroup: "W|||1;1;|||;",
  /** Grants permission to increase the number of node groups in a global replication group. Access level: Write. Resources: globalreplicationgroup*. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_IncreaseNodeGroupsInGlobalReplicationGroup.html */
  IncreaseNodeGroupsInGlobalReplicationGroup: "W|||1;1;|18||;",
  /** Grants permission to increase the number of replicas in a Redis (cluster mode disabled) replication group or the number of replica nodes in one or more node groups (shards) of a Redis (cluster mode enabled) replication group. Access level: Write. Resources: replicationgroup*. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_IncreaseReplicaCount.html */
  IncreaseReplicaCount: "W|||3;1;|1,19|0,1,2,4,6|;",
  /** Grants permission to test an AZ power interruption for an ElastiCache resource. Access level: Write. Resources: replicationgroup*. Permission only. https://docs.aws.amazon.com/fis/latest/userguide/fis-actions-reference.html#elasticache-actions-reference */
  InterruptClusterAzPower: "W||1|3;1;|1||",
  /** Grants permission to list available node type that can be used to scale a particular Redis cluster or replication group. Access level: List. Resources: cluster, replicationgroup. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_ListAllowedNodeTypeModifications.html */
  ListAllowedNodeTypeModifications: "L|||0;0;,3;0;|1||;",
  /** Grants permission to list tags for an ElastiCache resource. Access level: Read. Resources: cluster, parametergroup, replicationgroup, reserved-instance, securitygroup, serverlesscache, serverlesscachesnapshot, snapshot, subnetgroup, user, usergroup. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,8;0;,9;0;,10;0;,11;0;|1||;",
  /** Grants permission to modify settings for a cluster. Access level: Write. Resources: cluster*, parametergroup, securitygroup. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_ModifyCacheCluster.html */
  ModifyCacheCluster: "W|||0;1;4~6~7~11~17~20,2;0;,5;0;|1||;",
  /** Grants permission to modify parameters of a cache parameter group. Access level: Write. Resources: parametergroup*. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_ModifyCacheParameterGroup.html */
  ModifyCacheParameterGroup: "W|||2;1;|1,7||;",
  /** Grants permission to modify an existing cache subnet group. Access level: Write. Resources: subnetgroup*. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_ModifyCacheSubnetGroup.html */
  ModifyCacheSubnetGroup: "W|||9;1;|1||;",
  /** Grants permission to modify settings for a global replication group. Access level: Write. Resources: globalreplicationgroup*. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_ModifyGlobalReplicationGroup.html */
  ModifyGlobalReplicationGroup: "W|||1;1;|5,6,11||;",
  /** Grants permission to modify the settings for a replication group. Access level: Write. Resources: parametergroup, replicationgroup*, securitygroup, usergroup. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_ModifyReplicationGroup.html */
  ModifyReplicationGroup: "W|||2;0;,3;1;4~5~6~7~8~11~17~20~21,5;0;,11;0;|1|0,1,2,4,6|;",
  /** Grants permission to add shards, remove shards, or rebalance the keyspaces among existing shards of a replication group. Access level: Write. Resources: replicationgroup*. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_ModifyReplicationGroupShardConfiguration.html */
  ModifyReplicationGroupShardConfiguration: "W|||3;1;|1,18|0,1,2,4,6|;",
  /** Grants permission to modify parameters for a serverless cache. Access level: Write. Resources: serverlesscache*, usergroup. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_ModifyServerlessCache.html */
  ModifyServerlessCache: "W|||6;1;1~9~11~13~14~15~16~20,11;0;1||3,5|;",
  /** Grants permission to change Redis user password(s) and/or access string. Access level: Write. Resources: user*. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_ModifyUser.html */
  ModifyUser: "W|||10;1;|1,22||;",
  /** Grants permission to change list of users that belong to the user group. Access level: Write. Resources: user*, usergroup*. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_ModifyUserGroup.html */
  ModifyUserGroup: "W|||10;1;,11;1;|1||;",
  /** Grants permission to purchase a reserved cache node offering. Access level: Write. Resources: reserved-instance*. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_PurchaseReservedCacheNodesOffering.html */
  PurchaseReservedCacheNodesOffering: "W|||4;1;|0,1,2|7|;",
  /** Grants permission to perform a key space rebalance operation to redistribute slots and ensure uniform key distribution across existing shards in a global replication group. Access level: Write. Resources: globalreplicationgroup*. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_RebalanceSlotsInGlobalReplicationGroup.html */
  RebalanceSlotsInGlobalReplicationGroup: "W|||1;1;|||;",
  /** Grants permission to reboot some, or all, of the cache nodes within a provisioned cache cluster or replication group (cluster mode disabled). Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_RebootCacheCluster.html */
  RebootCacheCluster: "W|||0;1;|1||;",
  /** Grants permission to remove tags from a ElastiCache resource. Access level: Tagging. Resources: cluster, parametergroup, replicationgroup, reserved-instance, securitygroup, serverlesscache, serverlesscachesnapshot, snapshot, subnetgroup, user, usergroup. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_RemoveTagsFromResource.html */
  RemoveTagsFromResource: "T|||0;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,8;0;,9;0;,10;0;,11;0;|1,2||;",
  /** Grants permission to modify parameters of a cache parameter group back to their default values. Access level: Write. Resources: parametergroup*. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_ResetCacheParameterGroup.html */
  ResetCacheParameterGroup: "W|||2;1;|1,7||;",
  /** Grants permission to remove an EC2 security group ingress from a ElastiCache security group. Access level: Write. Resources: securitygroup*. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_RevokeCacheSecurityGroupIngress.html */
  RevokeCacheSecurityGroupIngress: "W|||5;1;|1||;",
  /** Grants permission to start a migration of data from hosted Redis on Amazon EC2 to ElastiCache for Redis. Access level: Write. Resources: replicationgroup*. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_StartMigration.html */
  StartMigration: "W|||3;1;|1||;",
  /** Grants permission to test automatic failover on a specified node group in a replication group. Access level: Write. Resources: replicationgroup*. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_TestFailover.html */
  TestFailover: "W|||3;1;|1|0,1,2,4,6|;",
  /** Grants permission to test a migration of data from hosted Redis on Amazon EC2 to ElastiCache for Redis. Access level: Write. Resources: replicationgroup*. https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_TestMigration.html */
  TestMigration: "W|||3;1;|1||;",
} as const;
const actionDetails = {
  AddTagsToResource:
    "|,;~~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~|Grants permission to add tags to an ElastiCache resource",
  AuthorizeCacheSecurityGroupIngress:
    "|,;~~~|Grants permission to authorize an EC2 security group on a ElastiCache security group",
  BatchApplyUpdateAction:
    "|,;~~~|Grants permission to apply ElastiCache service updates to sets of clusters and replication groups",
  BatchStopUpdateAction:
    "|,;~~~|Grants permission to stop ElastiCache service updates from being executed on a set of clusters",
  CompleteMigration:
    "|,;~~~|Grants permission to complete an online migration of data from hosted Redis on Amazon EC2 to ElastiCache",
  Connect:
    "|,;~|Grants permission to connect as a specified ElastiCache user to an ElastiCache Replication Group or ElastiCache serverless cache",
  CopyServerlessCacheSnapshot: "|,;~~~|Grants permission to make a copy of an existing serverless cache snapshot",
  CopySnapshot: "|,;~~~|Grants permission to make a copy of an existing snapshot",
  CreateCacheCluster: "|,;~~~|Grants permission to create a cache cluster",
  CreateCacheParameterGroup: "|,;~~~|Grants permission to create a parameter group",
  CreateCacheSecurityGroup: "|,;~~~|Grants permission to create a cache security group",
  CreateCacheSubnetGroup: "|,;~~~|Grants permission to create a cache subnet group",
  CreateGlobalReplicationGroup: "|,;~~~|Grants permission to create a global replication group",
  CreateReplicationGroup: "|,;~~~|Grants permission to create a replication group",
  CreateServerlessCache: "|,;~~~|Grants permission to create a serverless cache",
  CreateServerlessCacheSnapshot:
    "|,;~~~,~~|Grants permission to create a copy of a serverless cache at a specific moment in time",
  CreateSnapshot:
    "|,;~~~,~~,~~|Grants permission to create a copy of an entire Redis cluster at a specific moment in time",
  CreateUser: "|,;~~~|Grants permission to create a user for Redis. Users are supported from Redis 6.0 onwards",
  CreateUserGroup:
    "|,;~~~|Grants permission to create a user group for Redis. Groups are supported from Redis 6.0 onwards",
  DecreaseNodeGroupsInGlobalReplicationGroup:
    "|,;~~~|Grants permission to decrease the number of node groups in global replication groups",
  DecreaseReplicaCount:
    "|,;~~~|Grants permission to decrease the number of replicas in a Redis (cluster mode disabled) replication group or the number of replica nodes in one or more node groups (shards) of a Redis (cluster mode enabled) replication group",
  DeleteCacheCluster: "|,;~~~|Grants permission to delete a previously provisioned cluster",
  DeleteCacheParameterGroup: "|,;~~~|Grants permission to delete the specified cache parameter group",
  DeleteCacheSecurityGroup: "|,;~~~|Grants permission to delete a cache security group",
  DeleteCacheSubnetGroup: "|,;~~~|Grants permission to delete a cache subnet group",
  DeleteGlobalReplicationGroup: "|,;~~~|Grants permission to delete an existing global replication group",
  DeleteReplicationGroup: "|,;~~~|Grants permission to delete an existing replication group",
  DeleteServerlessCache: "|,;~~~|Grants permission to delete a serverless cache",
  DeleteServerlessCacheSnapshot: "|,;~~~|Grants permission to delete a serverless cache snapshot",
  DeleteSnapshot: "|,;~~~|Grants permission to delete an existing snapshot",
  DeleteUser:
    "|,;~~~|Grants permission to delete an existing user and thus remove it from all user groups and replication groups where it was assigned",
  DeleteUserGroup: "|,;~~~|Grants permission to delete an existing user group",
  DescribeCacheClusters: "|,;~~~|Grants permission to list information about provisioned cache clusters",
  DescribeCacheEngineVersions: "|,;~~~|Grants permission to list available cache engines and their versions",
  DescribeCacheParameterGroups: "|,;~~~|Grants permission to list cache parameter group descriptions",
  DescribeCacheParameters:
    "|,;~~~|Grants permission to retrieve the detailed parameter list for a particular cache parameter group",
  DescribeCacheSecurityGroups: "|,;~~~|Grants permission to list cache security group descriptions",
  DescribeCacheSubnetGroups: "|,;~~~|Grants permission to list cache subnet group descriptions",
  DescribeEngineDefaultParameters:
    "|,;~~~|Grants permission to retrieve the default engine and system parameter information for the specified cache engine",
  DescribeEvents:
    "|,;~~~|Grants permission to list events related to clusters, cache security groups, and cache parameter groups",
  DescribeGlobalReplicationGroups: "|,;~~~|Grants permission to list information about global replication groups",
  DescribeReplicationGroups: "|,;~~~|Grants permission to list information about provisioned replication groups",
  DescribeReservedCacheNodes: "|,;~~~|Grants permission to list information about purchased reserved cache nodes",
  DescribeReservedCacheNodesOfferings: "|,;~~~|Grants permission to list available reserved cache node offerings",
  DescribeServerlessCacheSnapshots: "|,;~~~|Grants permission to list information about serverless cache snapshots",
  DescribeServerlessCaches: "|,;~~~|Grants permission to list serverless caches",
  DescribeServiceUpdates: "|,;~~~|Grants permission to list details of the service updates",
  DescribeSnapshots: "|,;~~~|Grants permission to list information about cluster or replication group snapshots",
  DescribeUpdateActions:
    "|,;~~~|Grants permission to list details of the update actions for a set of clusters or replication groups",
  DescribeUserGroups: "|,;~~~|Grants permission to list information about Redis user groups",
  DescribeUsers: "|,;~~~|Grants permission to list information about Redis users",
  DisassociateGlobalReplicationGroup:
    "|,;~~~|Grants permission to remove a secondary replication group from the global replication group",
  ExportServerlessCacheSnapshot:
    "|,;~~~|Grants permission to export a copy of a serverless cache at a specific moment in time to s3 bucket",
  FailoverGlobalReplicationGroup:
    "|,;~~~|Grants permission to failover the primary region to a selected secondary region of a global replication group",
  IncreaseNodeGroupsInGlobalReplicationGroup:
    "|,;~~~|Grants permission to increase the number of node groups in a global replication group",
  IncreaseReplicaCount:
    "|,;~~~|Grants permission to increase the number of replicas in a Redis (cluster mode disabled) replication group or the number of replica nodes in one or more node groups (shards) of a Redis (cluster mode enabled) replication group",
  InterruptClusterAzPower: "|,;~|Grants permission to test an AZ power interruption for an ElastiCache resource",
  ListAllowedNodeTypeModifications:
    "|,;~~~|Grants permission to list available node type that can be used to scale a particular Redis cluster or replication group",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for an ElastiCache resource",
  ModifyCacheCluster: "|,;~~~|Grants permission to modify settings for a cluster",
  ModifyCacheParameterGroup: "|,;~~~|Grants permission to modify parameters of a cache parameter group",
  ModifyCacheSubnetGroup: "|,;~~~|Grants permission to modify an existing cache subnet group",
  ModifyGlobalReplicationGroup: "|,;~~~|Grants permission to modify settings for a global replication group",
  ModifyReplicationGroup: "|,;~~~|Grants permission to modify the settings for a replication group",
  ModifyReplicationGroupShardConfiguration:
    "|,;~~~|Grants permission to add shards, remove shards, or rebalance the keyspaces among existing shards of a replication group",
  ModifyServerlessCache: "|,;~~~|Grants permission to modify parameters for a serverless cache",
  ModifyUser: "|,;~~~|Grants permission to change Redis user password(s) and/or access string",
  ModifyUserGroup: "|,;~~~|Grants permission to change list of users that belong to the user group",
  PurchaseReservedCacheNodesOffering: "|,;~~~|Grants permission to purchase a reserved cache node offering",
  RebalanceSlotsInGlobalReplicationGroup:
    "|,;~~~|Grants permission to perform a key space rebalance operation to redistribute slots and ensure uniform key distribution across existing shards in a global replication group",
  RebootCacheCluster:
    "|,;~~~|Grants permission to reboot some, or all, of the cache nodes within a provisioned cache cluster or replication group (cluster mode disabled)",
  RemoveTagsFromResource: "|,;~~~|Grants permission to remove tags from a ElastiCache resource",
  ResetCacheParameterGroup:
    "|,;~~~|Grants permission to modify parameters of a cache parameter group back to their default values",
  RevokeCacheSecurityGroupIngress:
    "|,;~~~|Grants permission to remove an EC2 security group ingress from a ElastiCache security group",
  StartMigration:
    "|,;~~~|Grants permission to start a migration of data from hosted Redis on Amazon EC2 to ElastiCache for Redis",
  TestFailover: "|,;~~~|Grants permission to test automatic failover on a specified node group in a replication group",
  TestMigration:
    "|,;~~~|Grants permission to test a migration of data from hosted Redis on Amazon EC2 to ElastiCache for Redis",
};
const resourceTypeFacts = {
  /** The cluster resource type: arn:${Partition}:elasticache:${Region}:${Account}:cluster:${CacheClusterId} */
  cluster: "|,|0,1,2,4,6,7,10,11,17,20",
  /** The globalreplicationgroup resource type: arn:${Partition}:elasticache::${Account}:globalreplicationgroup:${GlobalReplicationGroupId} */
  globalreplicationgroup: "|,|3,4,5,6,7,8,10,11,12,17,18,19,20,21",
  /** The parametergroup resource type: arn:${Partition}:elasticache:${Region}:${Account}:parametergroup:${CacheParameterGroupName} */
  parametergroup: "|,|0,1,2,7",
  /** The replicationgroup resource type: arn:${Partition}:elasticache:${Region}:${Account}:replicationgroup:${ReplicationGroupId} */
  replicationgroup: "|,|0,1,2,3,4,5,6,7,8,10,11,12,17,18,19,20,21",
  /** The reserved-instance resource type: arn:${Partition}:elasticache:${Region}:${Account}:reserved-instance:${ReservedCacheNodeId} */
  "reserved-instance": "|,reservedInstance|0,1,2",
  /** The securitygroup resource type: arn:${Partition}:elasticache:${Region}:${Account}:securitygroup:${CacheSecurityGroupName} */
  securitygroup: "|,|0,1,2",
  /** The serverlesscache resource type: arn:${Partition}:elasticache:${Region}:${Account}:serverlesscache:${ServerlessCacheName} */
  serverlesscache: "|,|0,1,2,9,10,11,12,13,14,15,16,20",
  /** The serverlesscachesnapshot resource type: arn:${Partition}:elasticache:${Region}:${Account}:serverlesscachesnapshot:${ServerlessCacheSnapshotName} */
  serverlesscachesnapshot: "|,|0,1,2,12",
  /** The snapshot resource type: arn:${Partition}:elasticache:${Region}:${Account}:snapshot:${SnapshotName} */
  snapshot: "|,|0,1,2,12",
  /** The subnetgroup resource type: arn:${Partition}:elasticache:${Region}:${Account}:subnetgroup:${CacheSubnetGroupName} */
  subnetgroup: "|,|0,1,2",
  /** The user resource type: arn:${Partition}:elasticache:${Region}:${Account}:user:${UserId} */
  user: "|,|0,1,2,22",
  /** The usergroup resource type: arn:${Partition}:elasticache:${Region}:${Account}:usergroup:${UserGroupId} */
  usergroup: "|,|0,1,2",
} as const;
const arnFormats = {
  /** ARN of a cluster resource: arn:${Partition}:elasticache:${Region}:${Account}:cluster:${CacheClusterId}. */
  cluster: "|,cluster|arn:|Partition|:elasticache:|Region|:|Account|:cluster:|CacheClusterId|",
  /** ARN of a globalreplicationgroup resource: arn:${Partition}:elasticache::${Account}:globalreplicationgroup:${GlobalReplicationGroupId}. */
  globalreplicationgroup:
    "|,globalreplicationgroup|arn:|Partition|:elasticache::|Account|:globalreplicationgroup:|GlobalReplicationGroupId|",
  /** ARN of a parametergroup resource: arn:${Partition}:elasticache:${Region}:${Account}:parametergroup:${CacheParameterGroupName}. */
  parametergroup:
    "|,parametergroup|arn:|Partition|:elasticache:|Region|:|Account|:parametergroup:|CacheParameterGroupName|",
  /** ARN of a replicationgroup resource: arn:${Partition}:elasticache:${Region}:${Account}:replicationgroup:${ReplicationGroupId}. */
  replicationgroup:
    "|,replicationgroup|arn:|Partition|:elasticache:|Region|:|Account|:replicationgroup:|ReplicationGroupId|",
  /** ARN of a reserved-instance resource: arn:${Partition}:elasticache:${Region}:${Account}:reserved-instance:${ReservedCacheNodeId}. */
  reservedInstance:
    "|,reserved-instance|arn:|Partition|:elasticache:|Region|:|Account|:reserved-instance:|ReservedCacheNodeId|",
  /** ARN of a securitygroup resource: arn:${Partition}:elasticache:${Region}:${Account}:securitygroup:${CacheSecurityGroupName}. */
  securitygroup:
    "|,securitygroup|arn:|Partition|:elasticache:|Region|:|Account|:securitygroup:|CacheSecurityGroupName|",
  /** ARN of a serverlesscache resource: arn:${Partition}:elasticache:${Region}:${Account}:serverlesscache:${ServerlessCacheName}. */
  serverlesscache:
    "|,serverlesscache|arn:|Partition|:elasticache:|Region|:|Account|:serverlesscache:|ServerlessCacheName|",
  /** ARN of a serverlesscachesnapshot resource: arn:${Partition}:elasticache:${Region}:${Account}:serverlesscachesnapshot:${ServerlessCacheSnapshotName}. */
  serverlesscachesnapshot:
    "|,serverlesscachesnapshot|arn:|Partition|:elasticache:|Region|:|Account|:serverlesscachesnapshot:|ServerlessCacheSnapshotName|",
  /** ARN of a snapshot resource: arn:${Partition}:elasticache:${Region}:${Account}:snapshot:${SnapshotName}. */
  snapshot: "|,snapshot|arn:|Partition|:elasticache:|Region|:|Account|:snapshot:|SnapshotName|",
  /** ARN of a subnetgroup resource: arn:${Partition}:elasticache:${Region}:${Account}:subnetgroup:${CacheSubnetGroupName}. */
  subnetgroup: "|,subnetgroup|arn:|Partition|:elasticache:|Region|:|Account|:subnetgroup:|CacheSubnetGroupName|",
  /** ARN of a user resource: arn:${Partition}:elasticache:${Region}:${Account}:user:${UserId}. */
  user: "|,user|arn:|Partition|:elasticache:|Region|:|Account|:user:|UserId|",
  /** ARN of a usergroup resource: arn:${Partition}:elasticache:${Region}:${Account}:usergroup:${UserGroupId}. */
  usergroup: "|,usergroup|arn:|Partition|:elasticache:|Region|:|Account|:usergroup:|UserGroupId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "cluster",
  "globalreplicationgroup",
  "parametergroup",
  "replicationgroup",
  "reserved-instance",
  "securitygroup",
  "serverlesscache",
  "serverlesscachesnapshot",
  "snapshot",
  "subnetgroup",
  "user",
  "usergroup",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "elasticache">;
/** Any elasticache action. */
export type Action = ActionOf<typeof actionFacts, "elasticache">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "elasticache">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "elasticache" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every elasticache action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the AtRestEncryptionEnabled parameter present in the request or default false value if parameter is not present. */
  "elasticache:AtRestEncryptionEnabled": "Bool";
  /** Filters access by the presence of non empty AuthToken parameter in the request. */
  "elasticache:AuthTokenEnabled": "Bool";
  /** Filters access by the AutomaticFailoverEnabled parameter in the request. */
  "elasticache:AutomaticFailoverEnabled": "Bool";
  /** Filters access by the cacheNodeType parameter present in the request. This key can be used to restrict which cache node types can be used on cluster creation or scaling operations. */
  "elasticache:CacheNodeType": "String";
  /** Filters access by the CacheParameterGroupName parameter in the request. */
  "elasticache:CacheParameterGroupName": "String";
  /** Filters access by the cluster mode parameter present in the request. Default value for single node group (shard) creations is false. */
  "elasticache:ClusterModeEnabled": "Bool";
  /** Filters access by the CacheUsageLimits.DataStorage.Unit parameter in the CreateServerlessCache and ModifyServerlessCache request. */
  "elasticache:DataStorageUnit": "String";
  /** Filters access by the engine type present in creation requests. For replication group creations, default engine 'redis' is used as key if parameter is not present. */
  "elasticache:EngineType": "String";
  /** Filters access by the engineVersion parameter present in creation or cluster modification requests. */
  "elasticache:EngineVersion": "String";
  /** Filters access by the Key ID of the KMS key. */
  "elasticache:KmsKeyId": "String";
  /** Filters access by the CacheUsageLimits.DataStorage.Maximum parameter in the CreateServerlessCache and ModifyServerlessCache request. */
  "elasticache:MaximumDataStorage": "Numeric";
  /** Filters access by the CacheUsageLimits.ECPUPerSecond.Maximum parameter in the CreateServerlessCache and ModifyServerlessCache request. */
  "elasticache:MaximumECPUPerSecond": "Numeric";
  /** Filters access by the CacheUsageLimits.DataStorage.Minimum parameter in the CreateServerlessCache and ModifyServerlessCache request. */
  "elasticache:MinimumDataStorage": "Numeric";
  /** Filters access by the CacheUsageLimits.ECPUPerSecond.Minimum parameter in the CreateServerlessCache and ModifyServerlessCache request. */
  "elasticache:MinimumECPUPerSecond": "Numeric";
  /** Filters access by the AZMode parameter, MultiAZEnabled parameter or the number of availability zones that the cluster or replication group can be placed in. */
  "elasticache:MultiAZEnabled": "Bool";
  /** Filters access by the NumNodeGroups or NodeGroupCount parameter specified in the request. This key can be used to restrict the number of node groups (shards) clusters can have after creation or scaling operations. */
  "elasticache:NumNodeGroups": "Numeric";
  /** Filters access by the number of replicas per node group (shards) specified in creations or scaling requests. */
  "elasticache:ReplicasPerNodeGroup": "Numeric";
  /** Filters access by the SnapshotRetentionLimit parameter in the request. */
  "elasticache:SnapshotRetentionLimit": "Numeric";
  /** Filters access by the TransitEncryptionEnabled parameter present in the request. For replication group creations, default value 'false' is used as key if parameter is not present. */
  "elasticache:TransitEncryptionEnabled": "Bool";
  /** Filters access by the UserAuthenticationMode parameter in the request. */
  "elasticache:UserAuthenticationMode": "String";
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
  "elasticache:AtRestEncryptionEnabled":
    "|,Bool|0||Filters access by the AtRestEncryptionEnabled parameter present in the request or default false value if parameter is not present",
  "elasticache:AuthTokenEnabled":
    "|,Bool|0||Filters access by the presence of non empty AuthToken parameter in the request",
  "elasticache:AutomaticFailoverEnabled":
    "|,Bool|0||Filters access by the AutomaticFailoverEnabled parameter in the request",
  "elasticache:CacheNodeType":
    "|,String|0||Filters access by the cacheNodeType parameter present in the request. This key can be used to restrict which cache node types can be used on cluster creation or scaling operations",
  "elasticache:CacheParameterGroupName":
    "|,String|0||Filters access by the CacheParameterGroupName parameter in the request",
  "elasticache:ClusterModeEnabled":
    "|,Bool|0||Filters access by the cluster mode parameter present in the request. Default value for single node group (shard) creations is false",
  "elasticache:DataStorageUnit":
    "|,String|0||Filters access by the CacheUsageLimits.DataStorage.Unit parameter in the CreateServerlessCache and ModifyServerlessCache request",
  "elasticache:EngineType":
    "|,String|0||Filters access by the engine type present in creation requests. For replication group creations, default engine 'redis' is used as key if parameter is not present",
  "elasticache:EngineVersion":
    "|,String|0||Filters access by the engineVersion parameter present in creation or cluster modification requests",
  "elasticache:KmsKeyId": "|,String|0||Filters access by the Key ID of the KMS key",
  "elasticache:MaximumDataStorage":
    "|,Numeric|0||Filters access by the CacheUsageLimits.DataStorage.Maximum parameter in the CreateServerlessCache and ModifyServerlessCache request",
  "elasticache:MaximumECPUPerSecond":
    "|,Numeric|0||Filters access by the CacheUsageLimits.ECPUPerSecond.Maximum parameter in the CreateServerlessCache and ModifyServerlessCache request",
  "elasticache:MinimumDataStorage":
    "|,Numeric|0||Filters access by the CacheUsageLimits.DataStorage.Minimum parameter in the CreateServerlessCache and ModifyServerlessCache request",
  "elasticache:MinimumECPUPerSecond":
    "|,Numeric|0||Filters access by the CacheUsageLimits.ECPUPerSecond.Minimum parameter in the CreateServerlessCache and ModifyServerlessCache request",
  "elasticache:MultiAZEnabled":
    "|,Bool|0||Filters access by the AZMode parameter, MultiAZEnabled parameter or the number of availability zones that the cluster or replication group can be placed in",
  "elasticache:NumNodeGroups":
    "|,Numeric|0||Filters access by the NumNodeGroups or NodeGroupCount parameter specified in the request. This key can be used to restrict the number of node groups (shards) clusters can have after creation or scaling operations",
  "elasticache:ReplicasPerNodeGroup":
    "|,Numeric|0||Filters access by the number of replicas per node group (shards) specified in creations or scaling requests",
  "elasticache:SnapshotRetentionLimit":
    "|,Numeric|0||Filters access by the SnapshotRetentionLimit parameter in the request",
  "elasticache:TransitEncryptionEnabled":
    "|,Bool|0||Filters access by the TransitEncryptionEnabled parameter present in the request. For replication group creations, default value 'false' is used as key if parameter is not present",
  "elasticache:UserAuthenticationMode":
    "|,String|0||Filters access by the UserAuthenticationMode parameter in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "elasticache",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
