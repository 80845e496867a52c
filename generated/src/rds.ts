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
export const prefix: "rds" = "rds";
/** The service's name in the reference. */
export const serviceName: "Amazon RDS" = "Amazon RDS";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  { name: "Amazon RDS", url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonrds.html" },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "rds:BackupTarget",
  "rds:CopyOptionGroup",
  "rds:DatabaseClass",
  "rds:DatabaseEngine",
  "rds:DatabaseName",
  "rds:EndpointType",
  "rds:ManageMasterUserPassword",
  "rds:MultiAz",
  "rds:Piops",
  "rds:PubliclyAccessible",
  "rds:StorageEncrypted",
  "rds:StorageSize",
  "rds:TagsFromRequest",
  "rds:TenantDatabaseName",
  "rds:Vpc",
  "rds:cluster-pg-tag/${TagKey}",
  "rds:cluster-snapshot-tag/${TagKey}",
  "rds:cluster-tag/${TagKey}",
  "rds:db-tag/${TagKey}",
  "rds:es-tag/${TagKey}",
  "rds:og-tag/${TagKey}",
  "rds:pg-tag/${TagKey}",
  "rds:req-tag/${TagKey}",
  "rds:ri-tag/${TagKey}",
  "rds:secgrp-tag/${TagKey}",
  "rds:snapshot-tag/${TagKey}",
  "rds:subgrp-tag/${TagKey}",
] as const;
const dependentActionList = [
  "iam:PassRole",
  "kms:CreateGrant",
  "kms:Decrypt",
  "kms:DescribeKey",
  "kms:GenerateDataKey",
  "rds:AddTagsToResource",
  "rds:CreateDBInstance",
  "rds:CreateDBSnapshot",
  "rds:CreateTenantDatabase",
  "rds:DeleteDBInstance",
  "rds:ModifyDBInstance",
  "rds:PromoteReadReplica",
  "rds:PromoteReadReplicaDBCluster",
  "secretsmanager:CreateSecret",
  "secretsmanager:RotateSecret",
  "secretsmanager:TagResource",
] as const;
const actionFacts = {
  /** Grants permission to associate an Identity and Access Management (IAM) role from an Aurora DB cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_AddRoleToDBCluster.html */
  AddRoleToDBCluster: "W|||2;1;||0|;",
  /** Grants permission to associate an AWS Identity and Access Management (IAM) role with a DB instance. Access level: Write. Resources: db*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_AddRoleToDBInstance.html */
  AddRoleToDBInstance: "W|||7;1;||0|;",
  /** Grants permission to add a source identifier to an existing RDS event notification subscription. Access level: Write. Resources: es*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_AddSourceIdentifierToSubscription.html */
  AddSourceIdentifierToSubscription: "W|||9;1;|||;",
  /** Grants permission to add metadata tags to an Amazon RDS resource. Access level: Tagging. Resources: auto-backup, cev, cluster, cluster-auto-backup, cluster-endpoint, cluster-pg, cluster-snapshot, db, deployment, es, global-cluster, integration, og, pg, proxy, proxy-endpoint, ri, secgrp, shardgrp, snapshot, snapshot-tenant-database, subgrp, target-group, tenant-database. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_AddTagsToResource.html */
  AddTagsToResource:
    "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,8;0;,9;0;,10;0;,11;0;,12;0;,13;0;,14;0;,15;0;,16;0;,17;0;,18;0;,19;0;,20;0;,21;0;,22;0;,23;0;|0,2,15,25||;,CopyDBClusterParameterGroup,CopyDBClusterSnapshot,CopyDBParameterGroup,CopyDBSnapshot,CopyOptionGroup,CreateBlueGreenDeployment,CreateCustomDBEngineVersion,CreateDBCluster,CreateDBClusterEndpoint,CreateDBClusterParameterGroup,CreateDBClusterSnapshot,CreateDBInstance,CreateDBInstanceReadReplica,CreateDBParameterGroup,CreateDBProxy,CreateDBProxyEndpoint,CreateDBSecurityGroup,CreateDBShardGroup,CreateDBSnapshot,CreateDBSubnetGroup,CreateEventSubscription,CreateGlobalCluster,CreateIntegration,CreateOptionGroup,CreateTenantDatabase,DeleteDBCluster,DeleteDBInstance,DeleteTenantDatabase,ModifyDBInstance,PromoteReadReplica,PurchaseReservedDBInstancesOffering,RestoreDBClusterFromS3,RestoreDBClusterFromSnapshot,RestoreDBClusterToPointInTime,RestoreDBInstanceFromDBSnapshot,RestoreDBInstanceFromS3,RestoreDBInstanceToPointInTime,StartDBInstanceAutomatedBackupsReplication,StopDBInstance",
  /** Grants permission to apply a pending maintenance action to a resource. Access level: Write. Resources: cluster, db. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_ApplyPendingMaintenanceAction.html */
  ApplyPendingMaintenanceAction: "W|||2;0;,7;0;|||;",
  /** Grants permission to enable ingress to a DBSecurityGroup using one of two forms of authorization. Access level: Permissions management. Resources: secgrp*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_AuthorizeDBSecurityGroupIngress.html */
  AuthorizeDBSecurityGroupIngress: "P|||17;1;|||;",
  /** Grants permission to backtrack a DB cluster to a specific time, without creating a new DB cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_BacktrackDBCluster.html */
  BacktrackDBCluster: "W|||2;1;|||;",
  /** Grants permission to cancel an export task in progress. Access level: Write. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CancelExportTask.html */
  CancelExportTask: "W||||||;",
  /** Grants permission to copy a custom engine version. Access level: Write. Resources: cev*. Permission only. https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonrds.html */
  CopyCustomDBEngineVersion: "W||1|1;1;|||CopyDBSnapshot",
  /** Grants permission to copy the specified DB cluster parameter group. Access level: Write. Resources: cluster-pg*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CopyDBClusterParameterGroup.html */
  CopyDBClusterParameterGroup: "W|||5;1;|0,2,25|5|;",
  /** Grants permission to create a snapshot of a DB cluster. Access level: Write. Resources: cluster-snapshot*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CopyDBClusterSnapshot.html */
  CopyDBClusterSnapshot: "W|||6;1;|0,2,25|5|;",
  /** Grants permission to copy the specified DB parameter group. Access level: Write. Resources: pg*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CopyDBParameterGroup.html */
  CopyDBParameterGroup: "W|||13;1;|0,2,25|5|;",
  /** Grants permission to copy the specified DB snapshot. Access level: Write. Resources: snapshot*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CopyDBSnapshot.html */
  CopyDBSnapshot: "W|||19;1;|0,2,4,25|5,rds:CopyCustomDBEngineVersion|;",
  /** Grants permission to copy the specified option group. Access level: Write. Resources: og*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CopyOptionGroup.html */
  CopyOptionGroup: "W|||12;1;|0,2,25|5|;",
  /** Grants permission to create a blue-green deployment for a given source cluster or instance. Access level: Write. Resources: cluster, cluster-pg, db, deployment*, pg. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateBlueGreenDeployment.html */
  CreateBlueGreenDeployment:
    "W|||2;0;,5;0;,7;0;,8;1;,13;0;|0,1,2,5,6,7,10,11,13,14,17,18,20,21,24,25|0,5,rds:CreateDBCluster,rds:CreateDBClusterEndpoint,6,rds:CreateDBInstanceReadReplica,rds:CreateGlobalCluster|;",
  /** Grants permission to create a custom engine version. Access level: Write. Resources: cev*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateCustomDBEngineVersion.html */
  CreateCustomDBEngineVersion:
    "W|||1;1;|0,2,25|iam:CreateServiceLinkedRole,mediaimport:CreateDatabaseBinarySnapshot,5|;",
  /** Grants permission to create a new DB cluster. Access level: Write. Resources: cluster*, cluster-pg*, db, global-cluster, og*, subgrp*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBCluster.html */
  CreateDBCluster:
    "W|||2;1;,5;1;,7;0;,10;0;,12;1;,21;1;|0,2,5,6,7,9,11,13,14,25|0,1,2,3,4,5,6,13,15|CreateBlueGreenDeployment,;",
  /** Grants permission to create a new custom endpoint and associates it with an Amazon Aurora DB cluster or Amazon DocumentDB cluster. Access level: Write. Resources: cluster*, cluster-endpoint*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBClusterEndpoint.html */
  CreateDBClusterEndpoint: "W|||2;1;,4;1;|0,2,8,25|5|CreateBlueGreenDeployment,;",
  /** Grants permission to create a new DB cluster parameter group. Access level: Write. Resources: cluster-pg*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBClusterParameterGroup.html */
  CreateDBClusterParameterGroup: "W|||5;1;|0,2,25|5|;",
  /** Grants permission to create a snapshot of a DB cluster. Access level: Write. Resources: cluster*, cluster-snapshot*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBClusterSnapshot.html */
  CreateDBClusterSnapshot: "W|||2;1;,6;1;|0,2,25|5|;,DeleteDBCluster",
  /** Grants permission to create a new DB instance. Access level: Write. Resources: cluster, db*, og, pg, secgrp, subgrp. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBInstance.html */
  CreateDBInstance:
    "W|||2;0;,7;1;,12;0;,13;0;,17;0;,21;0;|0,2,3,9,12,25|0,1,2,3,4,5,8,13,15|CreateBlueGreenDeployment,CreateDBCluster,;,RestoreDBClusterFromSnapshot,RestoreDBClusterToPointInTime",
  /** Grants permission to create a DB instance that acts as a Read Replica of a source DB instance. Access level: Write. Resources: cluster*, db*, og*, pg*, subgrp*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBInstanceReadReplica.html */
  CreateDBInstanceReadReplica: "W|||2;1;,7;1;,12;1;,13;1;,21;1;|0,2,12,25|0,5,8|CreateBlueGreenDeployment,;",
  /** Grants permission to create a new DB parameter group. Access level: Write. Resources: pg*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBParameterGroup.html */
  CreateDBParameterGroup: "W|||13;1;|0,2,25|5|;",
  /** Grants permission to create a database proxy. Access level: Write. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBProxy.html */
  CreateDBProxy: "W||||0,2|0,5|;",
  /** Grants permission to create a database proxy endpoint. Access level: Write. Resources: proxy*, proxy-endpoint*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBProxyEndpoint.html */
  CreateDBProxyEndpoint: "W|||14;1;,15;1;|0,2|5|;",
  /** Grants permission to create a new DB security group. DB security groups control access to a DB instance. Access level: Write. Resources: secgrp*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBSecurityGroup.html */
  CreateDBSecurityGroup: "W|||17;1;|0,2,25|5|;",
  /** Grants permission to create a new Aurora Limitless Database DB shard group. Access level: Write. Resources: cluster*, shardgrp*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBShardGroup.html */
  CreateDBShardGroup: "W|||2;1;,18;1;|0,2,12,25|5|;",
  /** Grants permission to create a DBSnapshot. Access level: Write. Resources: db*, snapshot*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBSnapshot.html */
  CreateDBSnapshot: "W|||7;1;,19;1;|0,2,3,25|5|;,DeleteDBInstance,DeleteTenantDatabase,StopDBInstance",
  /** Grants permission to create a new DB subnet group. Access level: Write. Resources: subgrp*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBSubnetGroup.html */
  CreateDBSubnetGroup: "W|||21;1;|0,2,25|5|;",
  /** Grants permission to create an RDS event notification subscription. Access level: Write. Resources: es*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateEventSubscription.html */
  CreateEventSubscription: "W|||9;1;|0,2,25|5|;",
  /** Grants permission to create an Aurora global database or DocumentDB global database spread across multiple regions. Access level: Write. Resources: cluster*, global-cluster*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateGlobalCluster.html */
  CreateGlobalCluster: "W|||2;1;,10;1;|0,2,25|5|CreateBlueGreenDeployment,;",
  /** Grants permission to create an Aurora zero-ETL integration with Redshift. Access level: Write. Resources: cluster*, db, integration*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateIntegration.html */
  CreateIntegration: "W|||2;1;,7;0;,11;1;|0,2,25|1,3,5|;",
  /** Grants permission to create a new option group. Access level: Write. Resources: og*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateOptionGroup.html */
  CreateOptionGroup: "W|||12;1;|0,2,25|5|;",
  /** Grants permission to create a new tenant database. Access level: Write. Resources: db*, tenant-database*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateTenantDatabase.html */
  CreateTenantDatabase:
    "W|||7;1;,23;1;|0,2,9,16,25|5|CreateDBInstance,CreateDBInstanceReadReplica,;,RestoreDBInstanceFromDBSnapshot,RestoreDBInstanceToPointInTime",
  /** Grants permission to access a resource in the remote Region when executing cross-Region operations, such as cross-Region snapshot copy or cross-Region read replica creation. Access level: Write. Resources: cluster-snapshot, db, snapshot. Permission only. https://docs.aws.amazon.com/AmazonRDS/latest/security_iam_service-with-iam.html#UsingWithRDS.IAM.Conditions */
  CrossRegionCommunication: "W||1|6;0;,7;0;,19;0;|||",
  /** Grants permission to delete blue green deployments. Access level: Write. Resources: deployment*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DeleteBlueGreenDeployment.html */
  DeleteBlueGreenDeployment:
    "W|||8;1;|1|rds:DeleteDBCluster,rds:DeleteDBClusterEndpoint,9,rds:DeleteGlobalCluster,11,12,rds:RemoveFromGlobalCluster|;",
  /** Grants permission to delete an existing custom engine version. Access level: Write. Resources: cev*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DeleteCustomDBEngineVersion.html */
  DeleteCustomDBEngineVersion: "W|||1;1;|||;",
  /** Grants permission to delete a previously provisioned DB cluster. Access level: Write. Resources: cluster*, cluster-snapshot*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DeleteDBCluster.html */
  DeleteDBCluster: "W|||2;1;,6;1;||5,rds:CreateDBClusterSnapshot,9|DeleteBlueGreenDeployment,;",
  /** Grants permission to delete cluster automated backups based on the source cluster's DbClusterResourceId value or the restorable cluster's resource ID. Access level: Write. Resources: cluster-auto-backup*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DeleteDBClusterAutomatedBackup.html */
  DeleteDBClusterAutomatedBackup: "W|||3;1;|||;",
  /** Grants permission to delete a custom endpoint and removes it from an Amazon Aurora DB cluster or Amazon DocumentDB cluster. Access level: Write. Resources: cluster-endpoint*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DeleteDBClusterEndpoint.html */
  DeleteDBClusterEndpoint: "W|||4;1;|||DeleteBlueGreenDeployment,;",
  /** Grants permission to delete a specified DB cluster parameter group. Access level: Write. Resources: cluster-pg*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DeleteDBClusterParameterGroup.html */
  DeleteDBClusterParameterGroup: "W|||5;1;|||;",
  /** Grants permission to delete a DB cluster snapshot. Access level: Write. Resources: cluster-snapshot*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DeleteDBClusterSnapshot.html */
  DeleteDBClusterSnapshot: "W|||6;1;|||;",
  /** Grants permission to delete a previously provisioned DB instance. Access level: Write. Resources: db*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DeleteDBInstance.html */
  DeleteDBInstance: "W|||7;1;||5,7,rds:DeleteTenantDatabase|DeleteBlueGreenDeployment,DeleteDBCluster,;",
  /** Grants permission to delete automated backups based on the source instance's DbiResourceId value or the restorable instance's resource ID. Access level: Write. Resources: auto-backup*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DeleteDBInstanceAutomatedBackup.html */
  DeleteDBInstanceAutomatedBackup: "W|||0;1;|||;",
  /** Grants permission to delete a specified DBParameterGroup. Access level: Write. Resources: pg*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DeleteDBParameterGroup.html */
  DeleteDBParameterGroup: "W|||13;1;|||;",
  /** Grants permission to delete a database proxy. Access level: Write. Resources: proxy*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DeleteDBProxy.html */
  DeleteDBProxy: "W|||14;1;|||;",
  /** Grants permission to delete a database proxy endpoint. Access level: Write. Resources: proxy-endpoint*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DeleteDBProxyEndpoint.html */
  DeleteDBProxyEndpoint: "W|||15;1;|||;",
  /** Grants permission to delete a DB security group. Access level: Write. Resources: secgrp*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DeleteDBSecurityGroup.html */
  DeleteDBSecurityGroup: "W|||17;1;|||;",
  /** Grants permission to delete an Aurora Limitless Database DB shard group. Access level: Write. Resources: shardgrp*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DeleteDBShardGroup.html */
  DeleteDBShardGroup: "W|||18;1;|||;",
  /** Grants permission to delete a DBSnapshot. Access level: Write. Resources: snapshot*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DeleteDBSnapshot.html */
  DeleteDBSnapshot: "W|||19;1;|||;",
  /** Grants permission to delete a DB subnet group. Access level: Write. Resources: subgrp*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DeleteDBSubnetGroup.html */
  DeleteDBSubnetGroup: "W|||21;1;|||;",
  /** Grants permission to delete an RDS event notification subscription. Access level: Write. Resources: es*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DeleteEventSubscription.html */
  DeleteEventSubscription: "W|||9;1;|||;",
  /** Grants permission to delete a global database cluster. Access level: Write. Resources: global-cluster*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DeleteGlobalCluster.html */
  DeleteGlobalCluster: "W|||10;1;|||DeleteBlueGreenDeployment,;",
  /** Grants permission to delete an Aurora zero-ETL integration with Redshift. Access level: Write. Resources: integration*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DeleteIntegration.html */
  DeleteIntegration: "W|||11;1;|||;",
  /** Grants permission to delete an existing option group. Access level: Write. Resources: og*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DeleteOptionGroup.html */
  DeleteOptionGroup: "W|||12;1;|||;",
  /** Grants permission to delete a tenant database. Access level: Write. Resources: db*, tenant-database*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DeleteTenantDatabase.html */
  DeleteTenantDatabase: "W|||7;1;,23;1;||5,7|DeleteDBInstance,;",
  /** Grants permission to remove targets from a database proxy target group. Access level: Write. Resources: cluster*, db*, proxy*, target-group*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DeregisterDBProxyTargets.html */
  DeregisterDBProxyTargets: "W|||2;1;,7;1;,14;1;,22;1;|||;",
  /** Grants permission to list all of the attributes for a customer account. Access level: List. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeAccountAttributes.html */
  DescribeAccountAttributes: "L||||||;",
  /** Grants permission to describe blue green deployments. Access level: List. Resources: deployment. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeBlueGreenDeployments.html */
  DescribeBlueGreenDeployments: "L|||8;0;|||;",
  /** Grants permission to list the set of CA certificates provided by Amazon RDS for this AWS account. Access level: List. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeCertificates.html */
  DescribeCertificates: "L||||||;",
  /** Grants permission to return a list of cluster automated backups for both current and deleted clusters. Access level: List. Resources: cluster, cluster-auto-backup. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeDBClusterAutomatedBackups.html */
  DescribeDBClusterAutomatedBackups: "L|||2;0;,3;0;|||;",
  /** Grants permission to return information about backtracks for a DB cluster. Access level: List. Resources: cluster*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeDBClusterBacktracks.html */
  DescribeDBClusterBacktracks: "L|||2;1;|||;",
  /** Grants permission to return information about endpoints for an Amazon Aurora DB cluster. Access level: List. Resources: cluster, cluster-endpoint. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeDBClusterEndpoints.html */
  DescribeDBClusterEndpoints: "L|||2;0;,4;0;|||;",
  /** Grants permission to return a list of DBClusterParameterGroup descriptions. Access level: List. Resources: cluster-pg. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeDBClusterParameterGroups.html */
  DescribeDBClusterParameterGroups: "L|||5;0;|||;",
  /** Grants permission to return the detailed parameter list for a particular DB cluster parameter group. Access level: List. Resources: cluster-pg*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeDBClusterParameters.html */
  DescribeDBClusterParameters: "L|||5;1;|||;",
  /** Grants permission to return a list of DB cluster snapshot attribute names and values for a manual DB cluster snapshot. Access level: List. Resources: cluster-snapshot*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeDBClusterSnapshotAttributes.html */
  DescribeDBClusterSnapshotAttributes: "L|||6;1;|||;",
  /** Grants permission to return information about DB cluster snapshots. Access level: List. Resources: cluster, cluster-snapshot. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeDBClusterSnapshots.html */
  DescribeDBClusterSnapshots: "L|||2;0;,6;0;|||;",
  /** Grants permission to return information about provisioned Aurora DB clusters or DocumentDB clusters. Access level: List. Resources: cluster. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeDBClusters.html */
  DescribeDBClusters: "L|||2;0;|||;",
  /** Grants permission to return a list of the available DB engines. Access level: List. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeDBEngineVersions.html */
  DescribeDBEngineVersions: "L||||||;",
  /** Grants permission to return a list of automated backups for both current and deleted instances. Access level: List. Resources: auto-backup, db. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeDBInstanceAutomatedBackups.html */
  DescribeDBInstanceAutomatedBackups: "L|||0;0;,7;0;|||;",
  /** Grants permission to return information about provisioned RDS instances. Access level: List. Resources: db. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeDBInstances.html */
  DescribeDBInstances: "L|||7;0;|||;",
  /** Grants permission to return a list of DB log files for the DB instance. Access level: List. Resources: db*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeDBLogFiles.html */
  DescribeDBLogFiles: "L|||7;1;|||;",
  /** Grants permission to return information specific for each DB major engine versions. Access level: List. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeDBMajorEngineVersions.html */
  DescribeDBMajorEngineVersions: "L||||||;",
  /** Grants permission to return a list of DBParameterGroup descriptions. Access level: List. Resources: pg. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeDBParameterGroups.html */
  DescribeDBParameterGroups: "L|||13;0;|||;",
  /** Grants permission to return the detailed parameter list for a particular DB parameter group. Access level: List. Resources: pg*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeDBParameters.html */
  DescribeDBParameters: "L|||13;1;|||;",
  /** Grants permission to view proxies. Access level: List. Resources: proxy. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeDBProxies.html */
  DescribeDBProxies: "L|||14;0;|||;",
  /** Grants permission to view proxy endpoints. Access level: List. Resources: proxy, proxy-endpoint. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeDBProxyEndpoints.html */
  DescribeDBProxyEndpoints: "L|||14;0;,15;0;|||;",
  /** Grants permission to view database proxy target group details. Access level: List. Resources: proxy*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeDBProxyTargetGroups.html */
  DescribeDBProxyTargetGroups: "L|||14;1;|||;",
  /** Grants permission to view database proxy target details. Access level: List. Resources: proxy*, target-group*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeDBProxyTargets.html */
  DescribeDBProxyTargets: "L|||14;1;,22;1;|||;",
  /** Grants permission to list recommendation details. Access level: List. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeDBRecommendations.html */
  DescribeDBRecommendations: "L||||||;",
  /** Grants permission to return a list of DBSecurityGroup descriptions. Access level: List. Resources: secgrp. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeDBSecurityGroups.html */
  DescribeDBSecurityGroups: "L|||17;0;|||;",
  /** Grants permission to return information about all Aurora Limitless Database DB shard groups for this account. You can filter by shard group(s). Access level: List. Resources: shardgrp. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeDBShardGroups.html */
  DescribeDBShardGroups: "L|||18;0;|||;",
  /** Grants permission to return a list of DB snapshot attribute names and values for a manual DB snapshot. Access level: List. Resources: snapshot*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeDBSnapshotAttributes.html */
  DescribeDBSnapshotAttributes: "L|||19;1;|||;",
  /** Grants permission to return information about tenant databases in DB snapshots. You can filter by Region or snapshot. Access level: List. Resources: db, snapshot, snapshot-tenant-database. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeDBSnapshotTenantDatabases.html */
  DescribeDBSnapshotTenantDatabases: "L|||7;0;,19;0;,20;0;|||;",
  /** Grants permission to return information about DB snapshots. Access level: List. Resources: db, snapshot. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeDBSnapshots.html */
  DescribeDBSnapshots: "L|||7;0;,19;0;|||;",
  /** Grants permission to return a list of DBSubnetGroup descriptions. Access level: List. Resources: subgrp. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeDBSubnetGroups.html */
  DescribeDBSubnetGroups: "L|||21;0;|||;",
  /** Grants permission to return the default engine and system parameter information for the cluster database engine. Access level: List. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeEngineDefaultClusterParameters.html */
  DescribeEngineDefaultClusterParameters: "L||||||;",
  /** Grants permission to return the default engine and system parameter information for the specified database engine. Access level: List. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeEngineDefaultParameters.html */
  DescribeEngineDefaultParameters: "L||||||;",
  /** Grants permission to display a list of categories for all event source types, or, if specified, for a specified source type. Access level: List. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeEventCategories.html */
  DescribeEventCategories: "L||||||;",
  /** Grants permission to list all the subscription descriptions for a customer account. Access level: List. Resources: es. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeEventSubscriptions.html */
  DescribeEventSubscriptions: "L|||9;0;|||;",
  /** Grants permission to return events related to DB instances, DB security groups, DB snapshots, and DB parameter groups for the past 14 days. Access level: List. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeEvents.html */
  DescribeEvents: "L||||||;",
  /** Grants permission to return information about the export tasks. Access level: List. Resources: cluster, cluster-snapshot, snapshot. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeExportTasks.html */
  DescribeExportTasks: "L|||2;0;,6;0;,19;0;|||;",
  /** Grants permission to return information about Aurora global database clusters or DocumentDB global database clusters. Access level: List. Resources: global-cluster. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeGlobalClusters.html */
  DescribeGlobalClusters: "L|||10;0;|||;",
  /** Grants permission to describe an Aurora zero-ETL integration with Redshift. Access level: List. Resources: integration. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeIntegrations.html */
  DescribeIntegrations: "L|||11;0;|1||;",
  /** Grants permission to describe all available options. Access level: List. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeOptionGroupOptions.html */
  DescribeOptionGroupOptions: "L||||||;",
  /** Grants permission to describe the available option groups. Access level: List. Resources: og. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeOptionGroups.html */
  DescribeOptionGroups: "L|||12;0;|||;",
  /** Grants permission to return a list of orderable DB instance options for the specified engine. Access level: List. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeOrderableDBInstanceOptions.html */
  DescribeOrderableDBInstanceOptions: "L||||||;",
  /** Grants permission to return a list of resources (for example, DB instances) that have at least one pending maintenance action. Access level: List. Resources: cluster, db. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribePendingMaintenanceActions.html */
  DescribePendingMaintenanceActions: "L|||2;0;,7;0;|||;",
  /** Grants permission to return information about recommendation groups. Access level: Read. Permission only. https://docs.aws.amazon.com/AmazonRDS/latest/USER_Recommendations.html */
  DescribeRecommendationGroups: "R||1||||",
  /** Grants permission to return information about recommendations. Access level: Read. Permission only. https://docs.aws.amazon.com/AmazonRDS/latest/USER_Recommendations.html */
  DescribeRecommendations: "R||1||||",
  /** Grants permission to return information about reserved DB instances for this account, or about a specified reserved DB instance. Access level: List. Resources: ri. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeReservedDBInstances.html */
  DescribeReservedDBInstances: "L|||16;0;|||;",
  /** Grants permission to list available reserved DB instance offerings. Access level: List. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeReservedDBInstancesOfferings.html */
  DescribeReservedDBInstancesOfferings: "L||||||;",
  /** Grants permission to return a list of the source AWS Regions where the current AWS Region can create a Read Replica or copy a DB snapshot from. Access level: List. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeSourceRegions.html */
  DescribeSourceRegions: "L||||||;",
  /** Grants permission to return information about provisioned tenant databases. You can filter by Region or snapshot. Access level: List. Resources: db, tenant-database. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeTenantDatabases.html */
  DescribeTenantDatabases: "L|||7;0;,23;0;|||;",
  /** Grants permission to list available modifications you can make to your DB instance. Access level: List. Resources: db*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeValidDBInstanceModifications.html */
  DescribeValidDBInstanceModifications: "L|||7;1;|||;",
  /** Grants permission to disable http endpoint for a DB cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DisableHttpEndpoint.html */
  DisableHttpEndpoint: "W|||2;1;|||;",
  /** Grants permission to download specified log file. Access level: Read. Resources: db*. https://docs.aws.amazon.com/AmazonRDS/latest/USER_LogAccess.html */
  DownloadCompleteDBLogFile: "R|||7;1;|||",
  /** Grants permission to download all or a portion of the specified log file, up to 1 MB in size. Access level: Read. Resources: db*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DownloadDBLogFilePortion.html */
  DownloadDBLogFilePortion: "R|||7;1;|||;",
  /** Grants permission to enable http endpoint for a DB cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_EnableHttpEndpoint.html */
  EnableHttpEndpoint: "W|||2;1;|||;",
  /** Grants permission to force a failover for a DB cluster. Access level: Write. Resources: cluster*, db. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_FailoverDBCluster.html */
  FailoverDBCluster: "W|||2;1;,7;0;|||;",
  /** Grants permission to failover a global cluster. Access level: Write. Resources: cluster*, global-cluster*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_FailoverGlobalCluster.html */
  FailoverGlobalCluster: "W|||2;1;,10;1;|||;",
  /** Grants permission to list all tags on an Amazon RDS resource. Access level: Read. Resources: auto-backup, cev, cluster, cluster-auto-backup, cluster-endpoint, cluster-pg, cluster-snapshot, db, es, global-cluster, integration, og, pg, proxy, proxy-endpoint, ri, secgrp, shardgrp, snapshot, snapshot-tenant-database, subgrp, target-group, tenant-database. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource:
    "R|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,9;0;,10;0;,11;0;,12;0;,13;0;,14;0;,15;0;,16;0;,17;0;,18;0;,19;0;,20;0;,21;0;,22;0;,23;0;|||;",
  /** Grants permission to modify a database activity stream. Access level: Write. Resources: db*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_ModifyActivityStream.html */
  ModifyActivityStream: "W|||7;1;|||;",
  /** Grants permission to modify the system-default Secure Sockets Layer/Transport Layer Security (SSL/TLS) certificate for Amazon RDS for new DB instances. Access level: Write. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_ModifyCertificates.html */
  ModifyCertificates: "W||||||;",
  /** Grants permission to modify current cluster capacity for an Amazon Aurora Serverless DB cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_ModifyCurrentDBClusterCapacity.html */
  ModifyCurrentDBClusterCapacity: "W|||2;1;|||;",
  /** Grants permission to modify an existing custom engine version. Access level: Write. Resources: cev*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_ModifyCustomDBEngineVersion.html */
  ModifyCustomDBEngineVersion: "W|||1;1;|||;",
  /** Grants permission to modify a setting for an Amazon Aurora DB cluster or Amazon DocumentDB cluster. Access level: Write. Resources: cluster*, cluster-pg, og, pg. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_ModifyDBCluster.html */
  ModifyDBCluster: "W|||2;1;,5;0;,12;0;,13;0;|5,9,11,14|0,1,2,3,4,10,13,14,15|;,SwitchoverBlueGreenDeployment",
  /** Grants permission to modify the properties of an endpoint in an Amazon Aurora DB cluster or Amazon DocumentDB cluster. Access level: Write. Resources: cluster-endpoint*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_ModifyDBClusterEndpoint.html */
  ModifyDBClusterEndpoint: "W|||4;1;|||;",
  /** Grants permission to modify the parameters of a DB cluster parameter group. Access level: Write. Resources: cluster-pg*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_ModifyDBClusterParameterGroup.html */
  ModifyDBClusterParameterGroup: "W|||5;1;|||;",
  /** Grants permission to add an attribute and values to, or removes an attribute and values from, a manual DB cluster snapshot. Access level: Write. Resources: cluster-snapshot*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_ModifyDBClusterSnapshotAttribute.html */
  ModifyDBClusterSnapshotAttribute: "W|||6;1;|||;",
  /** Grants permission to modify settings for a DB instance. Access level: Write. Resources: db*, og, pg, secgrp, subgrp. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_ModifyDBInstance.html */
  ModifyDBInstance:
    "W|||7;1;,12;0;,13;0;,17;0;,21;0;|9|0,1,2,3,4,5,8,13,14,15|ModifyDBCluster,;,SwitchoverBlueGreenDeployment",
  /** Grants permission to modify the parameters of a DB parameter group. Access level: Write. Resources: pg*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_ModifyDBParameterGroup.html */
  ModifyDBParameterGroup: "W|||13;1;|||;",
  /** Grants permission to modify database proxy. Access level: Write. Resources: proxy*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_ModifyDBProxy.html */
  ModifyDBProxy: "W|||14;1;||0|;",
  /** Grants permission to modify database proxy endpoint. Access level: Write. Resources: proxy-endpoint*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_ModifyDBProxyEndpoint.html */
  ModifyDBProxyEndpoint: "W|||15;1;|||;",
  /** Grants permission to modify target group for a database proxy. Access level: Write. Resources: target-group*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_ModifyDBProxyTargetGroup.html */
  ModifyDBProxyTargetGroup: "W|||22;1;|||;",
  /** Grants permission to modify recommendation. Access level: Write. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_ModifyDBRecommendation.html */
  ModifyDBRecommendation: "W||||||;",
  /** Grants permission to modify properties of an Aurora Limitless Database DB shard group. Access level: Write. Resources: shardgrp*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_ModifyDBShardGroup.html */
  ModifyDBShardGroup: "W|||18;1;|||;",
  /** Grants permission to update a manual DB snapshot, which can be encrypted or not encrypted, with a new engine version. Access level: Write. Resources: og, snapshot*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_ModifyDBSnapshot.html */
  ModifyDBSnapshot: "W|||12;0;,19;1;|||;",
  /** Grants permission to add an attribute and values to, or removes an attribute and values from, a manual DB snapshot. Access level: Write. Resources: snapshot*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_ModifyDBSnapshotAttribute.html */
  ModifyDBSnapshotAttribute: "W|||19;1;|||;",
  /** Grants permission to modify an existing DB subnet group. Access level: Write. Resources: subgrp*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_ModifyDBSubnetGroup.html */
  ModifyDBSubnetGroup: "W|||21;1;|||;",
  /** Grants permission to modify an existing RDS event notification subscription. Access level: Write. Resources: es*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_ModifyEventSubscription.html */
  ModifyEventSubscription: "W|||9;1;|||;",
  /** Grants permission to modify a setting for an Amazon Aurora global cluster or Amazon DocumentDB global cluster. Access level: Write. Resources: global-cluster*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_ModifyGlobalCluster.html */
  ModifyGlobalCluster: "W|||10;1;|||;,SwitchoverBlueGreenDeployment",
  /** Grants permission to modify an Aurora zero-ETL integration with Redshift. Access level: Write. Resources: integration*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_ModifyIntegration.html */
  ModifyIntegration: "W|||11;1;|||;",
  /** Grants permission to modify an existing option group. Access level: Write. Resources: og*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_ModifyOptionGroup.html */
  ModifyOptionGroup: "W|||12;1;||0|;",
  /** Grants permission to modify recommendation. Access level: Write. Permission only. https://docs.aws.amazon.com/AmazonRDS/latest/USER_Recommendations.html */
  ModifyRecommendation: "W||1||||",
  /** Grants permission to modify a tenant database. Access level: Write. Resources: db*, tenant-database*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_ModifyTenantDatabase.html */
  ModifyTenantDatabase: "W|||7;1;,23;1;|9,16||;",
  /** Grants permission to promote a Read Replica DB instance to a standalone DB instance. Access level: Write. Resources: db*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_PromoteReadReplica.html */
  PromoteReadReplica: "W|||7;1;||5|DeleteBlueGreenDeployment,;,SwitchoverBlueGreenDeployment",
  /** Grants permission to promote a Read Replica DB cluster to a standalone DB cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_PromoteReadReplicaDBCluster.html */
  PromoteReadReplicaDBCluster: "W|||2;1;|||DeleteBlueGreenDeployment,;,SwitchoverBlueGreenDeployment",
  /** Grants permission to purchase a reserved DB instance offering. Access level: Write. Resources: ri*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_PurchaseReservedDBInstancesOffering.html */
  PurchaseReservedDBInstancesOffering: "W|||16;1;|0,2,25|5|;",
  /** Grants permission to reboot a previously provisioned DB cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_RebootDBCluster.html */
  RebootDBCluster: "W|||2;1;||rds:RebootDBInstance|;",
  /** Grants permission to restart the database engine service. Access level: Write. Resources: db*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_RebootDBInstance.html */
  RebootDBInstance: "W|||7;1;|||RebootDBCluster,;",
  /** Grants permission to reboot an Aurora Limitless Database DB shard group. Access level: Write. Resources: shardgrp*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_RebootDBShardGroup.html */
  RebootDBShardGroup: "W|||18;1;|||;",
  /** Grants permission to add targets to a database proxy target group. Access level: Write. Resources: db, target-group*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_RegisterDBProxyTargets.html */
  RegisterDBProxyTargets: "W|||7;0;,22;1;|||;",
  /** Grants permission to detach an Aurora secondary cluster from an Aurora global database cluster or DocumentDB global cluster. Access level: Write. Resources: cluster*, global-cluster*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_RemoveFromGlobalCluster.html */
  RemoveFromGlobalCluster: "W|||2;1;,10;1;|||DeleteBlueGreenDeployment,;",
  /** Grants permission to disassociate an AWS Identity and Access Management (IAM) role from an Amazon Aurora DB cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_RemoveRoleFromDBCluster.html */
  RemoveRoleFromDBCluster: "W|||2;1;||0|;",
  /** Grants permission to disassociate an AWS Identity and Access Management (IAM) role from a DB instance. Access level: Write. Resources: db*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_RemoveRoleFromDBInstance.html */
  RemoveRoleFromDBInstance: "W|||7;1;||0|;",
  /** Grants permission to remove a source identifier from an existing RDS event notification subscription. Access level: Write. Resources: es*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_RemoveSourceIdentifierFromSubscription.html */
  RemoveSourceIdentifierFromSubscription: "W|||9;1;|||;",
  /** Grants permission to remove metadata tags from an Amazon RDS resource. Access level: Tagging. Resources: auto-backup, cev, cluster, cluster-auto-backup, cluster-endpoint, cluster-pg, cluster-snapshot, db, deployment, es, global-cluster, integration, og, pg, proxy, proxy-endpoint, ri, secgrp, shardgrp, snapshot, snapshot-tenant-database, subgrp, target-group, tenant-database. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_RemoveTagsFromResource.html */
  RemoveTagsFromResource:
    "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,8;0;,9;0;,10;0;,11;0;,12;0;,13;0;,14;0;,15;0;,16;0;,17;0;,18;0;,19;0;,20;0;,21;0;,22;0;,23;0;|0,2,25||;",
  /** Grants permission to modify the parameters of a DB cluster parameter group to the default value. Access level: Write. Resources: cluster-pg*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_ResetDBClusterParameterGroup.html */
  ResetDBClusterParameterGroup: "W|||5;1;|||;",
  /** Grants permission to modify the parameters of a DB parameter group to the engine/system default value. Access level: Write. Resources: pg*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_ResetDBParameterGroup.html */
  ResetDBParameterGroup: "W|||13;1;|||;",
  /** Grants permission to create an Amazon Aurora DB cluster from data stored in an Amazon S3 bucket. Access level: Write. Resources: cluster*, cluster-pg*, og*, subgrp*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_RestoreDBClusterFromS3.html */
  RestoreDBClusterFromS3: "W|||2;1;,5;1;,12;1;,21;1;|0,2,6,7,9,13,25|0,1,2,3,4,5,13,15|;",
  /** Grants permission to create a new DB cluster from a DB cluster snapshot. Access level: Write. Resources: cluster*, cluster-pg*, cluster-snapshot, og*, snapshot, subgrp*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_RestoreDBClusterFromSnapshot.html */
  RestoreDBClusterFromSnapshot: "W|||2;1;,5;1;,6;0;,12;1;,19;0;,21;1;|0,2,5,11,14,25|0,5,6|;",
  /** Grants permission to restore a DB cluster to an arbitrary point in time. Access level: Write. Resources: cluster*, cluster-auto-backup, cluster-pg*, og*, subgrp*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_RestoreDBClusterToPointInTime.html */
  RestoreDBClusterToPointInTime: "W|||2;1;,3;0;,5;1;,12;1;,21;1;|0,2,5,11,14,25|0,5,6|;",
  /** Grants permission to create a new DB instance from a DB snapshot. Access level: Write. Resources: cluster-snapshot, db*, og*, pg*, snapshot, subgrp*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_RestoreDBInstanceFromDBSnapshot.html */
  RestoreDBInstanceFromDBSnapshot: "W|||6;0;,7;1;,12;1;,13;1;,19;0;,21;1;|0,2,3,9,12,25|0,5,8|;",
  /** Grants permission to create a new DB instance from an Amazon S3 bucket. Access level: Write. Resources: db*, og*, pg*, secgrp, subgrp*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_RestoreDBInstanceFromS3.html */
  RestoreDBInstanceFromS3: "W|||7;1;,12;1;,13;1;,17;0;,21;1;|0,2,9,12,25|0,1,2,3,4,5,13,15|;",
  /** Grants permission to restore a DB instance to an arbitrary point in time. Access level: Write. Resources: auto-backup, db*, og*, pg*, subgrp*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_RestoreDBInstanceToPointInTime.html */
  RestoreDBInstanceToPointInTime: "W|||0;0;,7;1;,12;1;,13;1;,21;1;|0,2,3,9,12,25|0,5,8|;",
  /** Grants permission to revoke ingress from a DBSecurityGroup for previously authorized IP ranges or EC2 or VPC Security Groups. Access level: Write. Resources: secgrp*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_RevokeDBSecurityGroupIngress.html */
  RevokeDBSecurityGroupIngress: "W|||17;1;|||;",
  /** Grants permission to start Activity Stream. Access level: Write. Resources: cluster, db. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_StartActivityStream.html */
  StartActivityStream: "W|||2;0;,7;0;|||;",
  /** Grants permission to start the DB cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_StartDBCluster.html */
  StartDBCluster: "W|||2;1;|||;",
  /** Grants permission to start the DB instance. Access level: Write. Resources: db*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_StartDBInstance.html */
  StartDBInstance: "W|||7;1;|||;",
  /** Grants permission to start replication of automated backups to a different AWS Region. Access level: Write. Resources: auto-backup*, db*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_StartDBInstanceAutomatedBackupsReplication.html */
  StartDBInstanceAutomatedBackupsReplication: "W|||0;1;,7;1;|0,2,25|5|;",
  /** Grants permission to start a new Export task for a DB snapshot. Access level: Write. Resources: cluster, cluster-snapshot, snapshot. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_StartExportTask.html */
  StartExportTask: "W|||2;0;,6;0;,19;0;||0|;",
  /** Grants permission to stop Activity Stream. Access level: Write. Resources: cluster, db. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_StopActivityStream.html */
  StopActivityStream: "W|||2;0;,7;0;|||;",
  /** Grants permission to stop the DB cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_StopDBCluster.html */
  StopDBCluster: "W|||2;1;|||;",
  /** Grants permission to stop the DB instance. Access level: Write. Resources: db*, snapshot. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_StopDBInstance.html */
  StopDBInstance: "W|||7;1;,19;0;||5,7|;",
  /** Grants permission to stop automated backup replication for a DB instance. Access level: Write. Resources: db*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_StopDBInstanceAutomatedBackupsReplication.html */
  StopDBInstanceAutomatedBackupsReplication: "W|||7;1;|||;",
  /** Grants permission to switch a blue-green deployment from source instance or cluster to target. Access level: Write. Resources: deployment*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_SwitchoverBlueGreenDeployment.html */
  SwitchoverBlueGreenDeployment: "W|||8;1;|1|rds:ModifyDBCluster,10,rds:ModifyGlobalCluster,11,12|;",
  /** Grants permission to switchover a global cluster. Access level: Write. Resources: cluster*, global-cluster*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_SwitchoverGlobalCluster.html */
  SwitchoverGlobalCluster: "W|||2;1;,10;1;|||;",
  /** Grants permission to switch over a read replica, making it the new primary database. Access level: Write. Resources: db*. https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_SwitchoverReadReplica.html */
  SwitchoverReadReplica: "W|||7;1;|||;",
} as const;
const actionDetails = {
  AddRoleToDBCluster:
    "|,;~~neptune~;~~|Grants permission to associate an Identity and Access Management (IAM) role from an Aurora DB cluster",
  AddRoleToDBInstance:
    "|,;~~~|Grants permission to associate an AWS Identity and Access Management (IAM) role with a DB instance",
  AddSourceIdentifierToSubscription:
    "|,;~~docdb~;~neptune~;~~|Grants permission to add a source identifier to an existing RDS event notification subscription",
  AddTagsToResource:
    "|,;~~docdb~;~neptune~;~~,~docdb~;~neptune~;~~,~docdb~;~neptune~;~~,~neptune~;~~,~~,~~,~~,~~,~docdb~;~neptune~;~~,~neptune~;~~,~docdb~;~neptune~;~~,~docdb~;~neptune~;~~,~docdb~;~neptune~;~~,~~,~neptune~;~~,~~,~~,~~,~~,~~,~docdb~;~neptune~;~~,~docdb~;~neptune~;~~,~docdb~;~neptune~;~~,~~,~~,~~,~docdb~;~neptune~;~~,~docdb~;~neptune~;~~,~~,~docdb~;~neptune~;~~,~~,~~,~~,~docdb~;~neptune~;~~,~docdb~;~neptune~;~~,~~,~~,~~,~~,~~|Grants permission to add metadata tags to an Amazon RDS resource",
  ApplyPendingMaintenanceAction:
    "|,;~~docdb~;~neptune~;~~|Grants permission to apply a pending maintenance action to a resource",
  AuthorizeDBSecurityGroupIngress:
    "|,;~~~|Grants permission to enable ingress to a DBSecurityGroup using one of two forms of authorization",
  BacktrackDBCluster:
    "|,;~~~|Grants permission to backtrack a DB cluster to a specific time, without creating a new DB cluster",
  CancelExportTask: "|,;~~~|Grants permission to cancel an export task in progress",
  CopyCustomDBEngineVersion: "|,;~~~|Grants permission to copy a custom engine version",
  CopyDBClusterParameterGroup:
    "|,;~~docdb~;~neptune~;~~|Grants permission to copy the specified DB cluster parameter group",
  CopyDBClusterSnapshot: "|,;~~docdb~;~neptune~;~~|Grants permission to create a snapshot of a DB cluster",
  CopyDBParameterGroup: "|,;~~neptune~;~~|Grants permission to copy the specified DB parameter group",
  CopyDBSnapshot: "|,;~~~|Grants permission to copy the specified DB snapshot",
  CopyOptionGroup: "|,;~~~|Grants permission to copy the specified option group",
  CreateBlueGreenDeployment:
    "|,;~~~|Grants permission to create a blue-green deployment for a given source cluster or instance",
  CreateCustomDBEngineVersion: "|,;~~~|Grants permission to create a custom engine version",
  CreateDBCluster: "|,;~~~,~docdb~;~neptune~;~~|Grants permission to create a new DB cluster",
  CreateDBClusterEndpoint:
    "|,;~~~,~neptune~;~~|Grants permission to create a new custom endpoint and associates it with an Amazon Aurora DB cluster or Amazon DocumentDB cluster",
  CreateDBClusterParameterGroup:
    "|,;~~docdb~;~neptune~;~~|Grants permission to create a new DB cluster parameter group",
  CreateDBClusterSnapshot:
    "|,;~~docdb~;~neptune~;~~,~docdb~;~neptune~;~~|Grants permission to create a snapshot of a DB cluster",
  CreateDBInstance:
    "|,;~~~,~docdb~;~neptune~;~~,~docdb~;~neptune~;~~,~docdb~;~neptune~;~~,~docdb~;~neptune~;~~|Grants permission to create a new DB instance",
  CreateDBInstanceReadReplica:
    "|,;~~~,~~|Grants permission to create a DB instance that acts as a Read Replica of a source DB instance",
  CreateDBParameterGroup: "|,;~~neptune~;~~|Grants permission to create a new DB parameter group",
  CreateDBProxy: "|,;~~~|Grants permission to create a database proxy",
  CreateDBProxyEndpoint: "|,;~~~|Grants permission to create a database proxy endpoint",
  CreateDBSecurityGroup:
    "|,;~~~|Grants permission to create a new DB security group. DB security groups control access to a DB instance",
  CreateDBShardGroup: "|,;~~~|Grants permission to create a new Aurora Limitless Database DB shard group",
  CreateDBSnapshot: "|,;~~~,~docdb~;~neptune~;~~,~~,~~|Grants permission to create a DBSnapshot",
  CreateDBSubnetGroup: "|,;~~docdb~;~neptune~;~~|Grants permission to create a new DB subnet group",
  CreateEventSubscription:
    "|,;~~docdb~;~neptune~;~~|Grants permission to create an RDS event notification subscription",
  CreateGlobalCluster:
    "|,;~~~,~docdb~;~neptune~;~~|Grants permission to create an Aurora global database or DocumentDB global database spread across multiple regions",
  CreateIntegration: "|,;~~~|Grants permission to create an Aurora zero-ETL integration with Redshift",
  CreateOptionGroup: "|,;~~~|Grants permission to create a new option group",
  CreateTenantDatabase: "|,;~~docdb~;~neptune~;~~,~~,~~,~~,~~|Grants permission to create a new tenant database",
  CrossRegionCommunication:
    "|,;~|Grants permission to access a resource in the remote Region when executing cross-Region operations, such as cross-Region snapshot copy or cross-Region read replica creation",
  DeleteBlueGreenDeployment: "|,;~~~|Grants permission to delete blue green deployments",
  DeleteCustomDBEngineVersion: "|,;~~~|Grants permission to delete an existing custom engine version",
  DeleteDBCluster: "|,;~~~,~docdb~;~neptune~;~~|Grants permission to delete a previously provisioned DB cluster",
  DeleteDBClusterAutomatedBackup:
    "|,;~~~|Grants permission to delete cluster automated backups based on the source cluster's DbClusterResourceId value or the restorable cluster's resource ID",
  DeleteDBClusterEndpoint:
    "|,;~~~,~neptune~;~~|Grants permission to delete a custom endpoint and removes it from an Amazon Aurora DB cluster or Amazon DocumentDB cluster",
  DeleteDBClusterParameterGroup:
    "|,;~~docdb~;~neptune~;~~|Grants permission to delete a specified DB cluster parameter group",
  DeleteDBClusterSnapshot: "|,;~~docdb~;~neptune~;~~|Grants permission to delete a DB cluster snapshot",
  DeleteDBInstance:
    "|,;~~~,~docdb~;~neptune~;~~,~docdb~;~neptune~;~~|Grants permission to delete a previously provisioned DB instance",
  DeleteDBInstanceAutomatedBackup:
    "|,;~~~|Grants permission to delete automated backups based on the source instance's DbiResourceId value or the restorable instance's resource ID",
  DeleteDBParameterGroup: "|,;~~neptune~;~~|Grants permission to delete a specified DBParameterGroup",
  DeleteDBProxy: "|,;~~~|Grants permission to delete a database proxy",
  DeleteDBProxyEndpoint: "|,;~~~|Grants permission to delete a database proxy endpoint",
  DeleteDBSecurityGroup: "|,;~~~|Grants permission to delete a DB security group",
  DeleteDBShardGroup: "|,;~~~|Grants permission to delete an Aurora Limitless Database DB shard group",
  DeleteDBSnapshot: "|,;~~~|Grants permission to delete a DBSnapshot",
  DeleteDBSubnetGroup: "|,;~~docdb~;~neptune~;~~|Grants permission to delete a DB subnet group",
  DeleteEventSubscription:
    "|,;~~docdb~;~neptune~;~~|Grants permission to delete an RDS event notification subscription",
  DeleteGlobalCluster: "|,;~~~,~docdb~;~neptune~;~~|Grants permission to delete a global database cluster",
  DeleteIntegration: "|,;~~~|Grants permission to delete an Aurora zero-ETL integration with Redshift",
  DeleteOptionGroup: "|,;~~~|Grants permission to delete an existing option group",
  DeleteTenantDatabase: "|,;~~docdb~;~neptune~;~~,~~|Grants permission to delete a tenant database",
  DeregisterDBProxyTargets: "|,;~~~|Grants permission to remove targets from a database proxy target group",
  DescribeAccountAttributes: "|,;~~~|Grants permission to list all of the attributes for a customer account",
  DescribeBlueGreenDeployments: "|,;~~~|Grants permission to describe blue green deployments",
  DescribeCertificates:
    "|,;~~docdb~;~~|Grants permission to list the set of CA certificates provided by Amazon RDS for this AWS account",
  DescribeDBClusterAutomatedBackups:
    "|,;~~~|Grants permission to return a list of cluster automated backups for both current and deleted clusters",
  DescribeDBClusterBacktracks: "|,;~~~|Grants permission to return information about backtracks for a DB cluster",
  DescribeDBClusterEndpoints:
    "|,;~~neptune~;~~|Grants permission to return information about endpoints for an Amazon Aurora DB cluster",
  DescribeDBClusterParameterGroups:
    "|,;~~docdb~;~neptune~;~~|Grants permission to return a list of DBClusterParameterGroup descriptions",
  DescribeDBClusterParameters:
    "|,;~~docdb~;~neptune~;~~|Grants permission to return the detailed parameter list for a particular DB cluster parameter group",
  DescribeDBClusterSnapshotAttributes:
    "|,;~~docdb~;~neptune~;~~|Grants permission to return a list of DB cluster snapshot attribute names and values for a manual DB cluster snapshot",
  DescribeDBClusterSnapshots:
    "|,;~~docdb~;~neptune~;~~|Grants permission to return information about DB cluster snapshots",
  DescribeDBClusters:
    "|,;~~docdb~;~neptune~;~~|Grants permission to return information about provisioned Aurora DB clusters or DocumentDB clusters",
  DescribeDBEngineVersions: "|,;~~docdb~;~neptune~;~~|Grants permission to return a list of the available DB engines",
  DescribeDBInstanceAutomatedBackups:
    "|,;~~~|Grants permission to return a list of automated backups for both current and deleted instances",
  DescribeDBInstances:
    "|,;~~docdb~;~neptune~;~~|Grants permission to return information about provisioned RDS instances",
  DescribeDBLogFiles: "|,;~~~|Grants permission to return a list of DB log files for the DB instance",
  DescribeDBMajorEngineVersions:
    "|,;~~~|Grants permission to return information specific for each DB major engine versions",
  DescribeDBParameterGroups: "|,;~~neptune~;~~|Grants permission to return a list of DBParameterGroup descriptions",
  DescribeDBParameters:
    "|,;~~neptune~;~~|Grants permission to return the detailed parameter list for a particular DB parameter group",
  DescribeDBProxies: "|,;~~~|Grants permission to view proxies",
  DescribeDBProxyEndpoints: "|,;~~~|Grants permission to view proxy endpoints",
  DescribeDBProxyTargetGroups: "|,;~~~|Grants permission to view database proxy target group details",
  DescribeDBProxyTargets: "|,;~~~|Grants permission to view database proxy target details",
  DescribeDBRecommendations: "|,;~~~|Grants permission to list recommendation details",
  DescribeDBSecurityGroups: "|,;~~~|Grants permission to return a list of DBSecurityGroup descriptions",
  DescribeDBShardGroups:
    "|,;~~~|Grants permission to return information about all Aurora Limitless Database DB shard groups for this account. You can filter by shard group(s)",
  DescribeDBSnapshotAttributes:
    "|,;~~~|Grants permission to return a list of DB snapshot attribute names and values for a manual DB snapshot",
  DescribeDBSnapshotTenantDatabases:
    "|,;~~~|Grants permission to return information about tenant databases in DB snapshots. You can filter by Region or snapshot",
  DescribeDBSnapshots: "|,;~~~|Grants permission to return information about DB snapshots",
  DescribeDBSubnetGroups: "|,;~~docdb~;~neptune~;~~|Grants permission to return a list of DBSubnetGroup descriptions",
  DescribeEngineDefaultClusterParameters:
    "|,;~~docdb~;~neptune~;~~|Grants permission to return the default engine and system parameter information for the cluster database engine",
  DescribeEngineDefaultParameters:
    "|,;~~neptune~;~~|Grants permission to return the default engine and system parameter information for the specified database engine",
  DescribeEventCategories:
    "|,;~~docdb~;~neptune~;~~|Grants permission to display a list of categories for all event source types, or, if specified, for a specified source type",
  DescribeEventSubscriptions:
    "|,;~~docdb~;~neptune~;~~|Grants permission to list all the subscription descriptions for a customer account",
  DescribeEvents:
    "|,;~~docdb~;~neptune~;~~|Grants permission to return events related to DB instances, DB security groups, DB snapshots, and DB parameter groups for the past 14 days",
  DescribeExportTasks: "|,;~~~|Grants permission to return information about the export tasks",
  DescribeGlobalClusters:
    "|,;~~docdb~;~neptune~;~~|Grants permission to return information about Aurora global database clusters or DocumentDB global database clusters",
  DescribeIntegrations: "|,;~~~|Grants permission to describe an Aurora zero-ETL integration with Redshift",
  DescribeOptionGroupOptions: "|,;~~~|Grants permission to describe all available options",
  DescribeOptionGroups: "|,;~~~|Grants permission to describe the available option groups",
  DescribeOrderableDBInstanceOptions:
    "|,;~~docdb~;~neptune~;~~|Grants permission to return a list of orderable DB instance options for the specified engine",
  DescribePendingMaintenanceActions:
    "|,;~~docdb~;~neptune~;~~|Grants permission to return a list of resources (for example, DB instances) that have at least one pending maintenance action",
  DescribeRecommendationGroups: "|,;~|Grants permission to return information about recommendation groups",
  DescribeRecommendations: "|,;~|Grants permission to return information about recommendations",
  DescribeReservedDBInstances:
    "|,;~~~|Grants permission to return information about reserved DB instances for this account, or about a specified reserved DB instance",
  DescribeReservedDBInstancesOfferings: "|,;~~~|Grants permission to list available reserved DB instance offerings",
  DescribeSourceRegions:
    "|,;~~~|Grants permission to return a list of the source AWS Regions where the current AWS Region can create a Read Replica or copy a DB snapshot from",
  DescribeTenantDatabases:
    "|,;~~~|Grants permission to return information about provisioned tenant databases. You can filter by Region or snapshot",
  DescribeValidDBInstanceModifications:
    "|,;~~neptune~;~~|Grants permission to list available modifications you can make to your DB instance",
  DisableHttpEndpoint: "|,;~~~|Grants permission to disable http endpoint for a DB cluster",
  DownloadCompleteDBLogFile: "|,;~|Grants permission to download specified log file",
  DownloadDBLogFilePortion:
    "|,;~~~|Grants permission to download all or a portion of the specified log file, up to 1 MB in size",
  EnableHttpEndpoint: "|,;~~~|Grants permission to enable http endpoint for a DB cluster",
  FailoverDBCluster: "|,;~~docdb~;~neptune~;~~|Grants permission to force a failover for a DB cluster",
  FailoverGlobalCluster: "|,;~~docdb~;~neptune~;~~|Grants permission to failover a global cluster",
  ListTagsForResource: "|,;~~docdb~;~neptune~;~~|Grants permission to list all tags on an Amazon RDS resource",
  ModifyActivityStream: "|,;~~~|Grants permission to modify a database activity stream",
  ModifyCertificates:
    "|,;~~~|Grants permission to modify the system-default Secure Sockets Layer/Transport Layer Security (SSL/TLS) certificate for Amazon RDS for new DB instances",
  ModifyCurrentDBClusterCapacity:
    "|,;~~~|Grants permission to modify current cluster capacity for an Amazon Aurora Serverless DB cluster",
  ModifyCustomDBEngineVersion: "|,;~~~|Grants permission to modify an existing custom engine version",
  ModifyDBCluster:
    "|,;~~docdb~;~neptune~;~~,~~|Grants permission to modify a setting for an Amazon Aurora DB cluster or Amazon DocumentDB cluster",
  ModifyDBClusterEndpoint:
    "|,;~~neptune~;~~|Grants permission to modify the properties of an endpoint in an Amazon Aurora DB cluster or Amazon DocumentDB cluster",
  ModifyDBClusterParameterGroup:
    "|,;~~docdb~;~neptune~;~~|Grants permission to modify the parameters of a DB cluster parameter group",
  ModifyDBClusterSnapshotAttribute:
    "|,;~~docdb~;~neptune~;~~|Grants permission to add an attribute and values to, or removes an attribute and values from, a manual DB cluster snapshot",
  ModifyDBInstance:
    "|,;~~docdb~;~neptune~;~~,~docdb~;~neptune~;~~,~~|Grants permission to modify settings for a DB instance",
  ModifyDBParameterGroup: "|,;~~neptune~;~~|Grants permission to modify the parameters of a DB parameter group",
  ModifyDBProxy: "|,;~~~|Grants permission to modify database proxy",
  ModifyDBProxyEndpoint: "|,;~~~|Grants permission to modify database proxy endpoint",
  ModifyDBProxyTargetGroup: "|,;~~~|Grants permission to modify target group for a database proxy",
  ModifyDBRecommendation: "|,;~~~|Grants permission to modify recommendation",
  ModifyDBShardGroup: "|,;~~~|Grants permission to modify properties of an Aurora Limitless Database DB shard group",
  ModifyDBSnapshot:
    "|,;~~~|Grants permission to update a manual DB snapshot, which can be encrypted or not encrypted, with a new engine version",
  ModifyDBSnapshotAttribute:
    "|,;~~~|Grants permission to add an attribute and values to, or removes an attribute and values from, a manual DB snapshot",
  ModifyDBSubnetGroup: "|,;~~docdb~;~neptune~;~~|Grants permission to modify an existing DB subnet group",
  ModifyEventSubscription:
    "|,;~~docdb~;~neptune~;~~|Grants permission to modify an existing RDS event notification subscription",
  ModifyGlobalCluster:
    "|,;~~docdb~;~neptune~;~~,~~|Grants permission to modify a setting for an Amazon Aurora global cluster or Amazon DocumentDB global cluster",
  ModifyIntegration: "|,;~~~|Grants permission to modify an Aurora zero-ETL integration with Redshift",
  ModifyOptionGroup: "|,;~~~|Grants permission to modify an existing option group",
  ModifyRecommendation: "|,;~|Grants permission to modify recommendation",
  ModifyTenantDatabase: "|,;~~~|Grants permission to modify a tenant database",
  PromoteReadReplica:
    "|,;~~~,~~,~~|Grants permission to promote a Read Replica DB instance to a standalone DB instance",
  PromoteReadReplicaDBCluster:
    "|,;~~~,~neptune~;~~,~~|Grants permission to promote a Read Replica DB cluster to a standalone DB cluster",
  PurchaseReservedDBInstancesOffering: "|,;~~~|Grants permission to purchase a reserved DB instance offering",
  RebootDBCluster: "|,;~~~|Grants permission to reboot a previously provisioned DB cluster",
  RebootDBInstance: "|,;~~~,~docdb~;~neptune~;~~|Grants permission to restart the database engine service",
  RebootDBShardGroup: "|,;~~~|Grants permission to reboot an Aurora Limitless Database DB shard group",
  RegisterDBProxyTargets: "|,;~~~|Grants permission to add targets to a database proxy target group",
  RemoveFromGlobalCluster:
    "|,;~~~,~docdb~;~neptune~;~~|Grants permission to detach an Aurora secondary cluster from an Aurora global database cluster or DocumentDB global cluster",
  RemoveRoleFromDBCluster:
    "|,;~~neptune~;~~|Grants permission to disassociate an AWS Identity and Access Management (IAM) role from an Amazon Aurora DB cluster",
  RemoveRoleFromDBInstance:
    "|,;~~~|Grants permission to disassociate an AWS Identity and Access Management (IAM) role from a DB instance",
  RemoveSourceIdentifierFromSubscription:
    "|,;~~docdb~;~neptune~;~~|Grants permission to remove a source identifier from an existing RDS event notification subscription",
  RemoveTagsFromResource:
    "|,;~~docdb~;~neptune~;~~|Grants permission to remove metadata tags from an Amazon RDS resource",
  ResetDBClusterParameterGroup:
    "|,;~~docdb~;~neptune~;~~|Grants permission to modify the parameters of a DB cluster parameter group to the default value",
  ResetDBParameterGroup:
    "|,;~~neptune~;~~|Grants permission to modify the parameters of a DB parameter group to the engine/system default value",
  RestoreDBClusterFromS3:
    "|,;~~~|Grants permission to create an Amazon Aurora DB cluster from data stored in an Amazon S3 bucket",
  RestoreDBClusterFromSnapshot:
    "|,;~~docdb~;~neptune~;~~|Grants permission to create a new DB cluster from a DB cluster snapshot",
  RestoreDBClusterToPointInTime:
    "|,;~~docdb~;~neptune~;~~|Grants permission to restore a DB cluster to an arbitrary point in time",
  RestoreDBInstanceFromDBSnapshot: "|,;~~~|Grants permission to create a new DB instance from a DB snapshot",
  RestoreDBInstanceFromS3: "|,;~~~|Grants permission to create a new DB instance from an Amazon S3 bucket",
  RestoreDBInstanceToPointInTime: "|,;~~~|Grants permission to restore a DB instance to an arbitrary point in time",
  RevokeDBSecurityGroupIngress:
    "|,;~~~|Grants permission to revoke ingress from a DBSecurityGroup for previously authorized IP ranges or EC2 or VPC Security Groups",
  StartActivityStream: "|,;~~~|Grants permission to start Activity Stream",
  StartDBCluster: "|,;~~docdb~;~neptune~;~~|Grants permission to start the DB cluster",
  StartDBInstance: "|,;~~~|Grants permission to start the DB instance",
  StartDBInstanceAutomatedBackupsReplication:
    "|,;~~~|Grants permission to start replication of automated backups to a different AWS Region",
  StartExportTask: "|,;~~~|Grants permission to start a new Export task for a DB snapshot",
  StopActivityStream: "|,;~~~|Grants permission to stop Activity Stream",
  StopDBCluster: "|,;~~docdb~;~neptune~;~~|Grants permission to stop the DB cluster",
  StopDBInstance: "|,;~~~|Grants permission to stop the DB instance",
  StopDBInstanceAutomatedBackupsReplication:
    "|,;~~~|Grants permission to stop automated backup replication for a DB instance",
  SwitchoverBlueGreenDeployment:
    "|,;~~~|Grants permission to switch a blue-green deployment from source instance or cluster to target",
  SwitchoverGlobalCluster: "|,;~~docdb~;~neptune~;~~|Grants permission to switchover a global cluster",
  SwitchoverReadReplica: "|,;~~~|Grants permission to switch over a read replica, making it the new primary database",
};
const resourceTypeFacts = {
  /** The auto-backup resource type: arn:${Partition}:rds:${Region}:${Account}:auto-backup:${DbInstanceAutomatedBackupId} */
  "auto-backup": "|,autoBackup|1",
  /** The cev resource type: arn:${Partition}:rds:${Region}:${Account}:cev:${Engine}/${EngineVersion}/${CustomDbEngineVersionId} */
  cev: "|,|1",
  /** The cluster resource type: arn:${Partition}:rds:${Region}:${Account}:cluster:${DbClusterInstanceName} */
  cluster: "|,|1,20",
  /** The cluster-auto-backup resource type: arn:${Partition}:rds:${Region}:${Account}:cluster-auto-backup:${DbClusterAutomatedBackupId} */
  "cluster-auto-backup": "|,clusterAutoBackup|1",
  /** The cluster-endpoint resource type: arn:${Partition}:rds:${Region}:${Account}:cluster-endpoint:${DbClusterEndpoint} */
  "cluster-endpoint": "|,clusterEndpoint|1",
  /** The cluster-pg resource type: arn:${Partition}:rds:${Region}:${Account}:cluster-pg:${ClusterParameterGroupName} */
  "cluster-pg": "|,clusterPg|1,18",
  /** The cluster-snapshot resource type: arn:${Partition}:rds:${Region}:${Account}:cluster-snapshot:${ClusterSnapshotName} */
  "cluster-snapshot": "|,clusterSnapshot|1,19",
  /** The db resource type: arn:${Partition}:rds:${Region}:${Account}:db:${DbInstanceName} */
  db: "|,|1,5,6,7,10,11,13,14,17,21",
  /** The deployment resource type: arn:${Partition}:rds:${Region}:${Account}:deployment:${BlueGreenDeploymentIdentifier} */
  deployment: "|,|1",
  /** The es resource type: arn:${Partition}:rds:${Region}:${Account}:es:${SubscriptionName} */
  es: "|,|1,22",
  /** The global-cluster resource type: arn:${Partition}:rds::${Account}:global-cluster:${GlobalCluster} */
  "global-cluster": "|,globalCluster|1",
  /** The integration resource type: arn:${Partition}:rds:${Region}:${Account}:integration:${IntegrationIdentifier} */
  integration: "|,|1",
  /** The og resource type: arn:${Partition}:rds:${Region}:${Account}:og:${OptionGroupName} */
  og: "|,|1,23",
  /** The pg resource type: arn:${Partition}:rds:${Region}:${Account}:pg:${ParameterGroupName} */
  pg: "|,|1,24",
  /** The proxy resource type: arn:${Partition}:rds:${Region}:${Account}:db-proxy:${DbProxyId} */
  proxy: "|,|1",
  /** The proxy-endpoint resource type: arn:${Partition}:rds:${Region}:${Account}:db-proxy-endpoint:${DbProxyEndpointId} */
  "proxy-endpoint": "|,proxyEndpoint|1",
  /** The ri resource type: arn:${Partition}:rds:${Region}:${Account}:ri:${ReservedDbInstanceName} */
  ri: "|,|1,26",
  /** The secgrp resource type: arn:${Partition}:rds:${Region}:${Account}:secgrp:${SecurityGroupName} */
  secgrp: "|,|1,27",
  /** The shardgrp resource type: arn:${Partition}:rds:${Region}:${Account}:shard-group:${DbShardGroupResourceId} */
  shardgrp: "|,|1",
  /** The snapshot resource type: arn:${Partition}:rds:${Region}:${Account}:snapshot:${SnapshotName} */
  snapshot: "|,|1,28",
  /** The snapshot-tenant-database resource type: arn:${Partition}:rds:${Region}:${Account}:snapshot-tenant-database:${SnapshotName}:${TenantResourceId} */
  "snapshot-tenant-database": "|,snapshotTenantDatabase|1",
  /** The subgrp resource type: arn:${Partition}:rds:${Region}:${Account}:subgrp:${SubnetGroupName} */
  subgrp: "|,|1,29",
  /** The target-group resource type: arn:${Partition}:rds:${Region}:${Account}:target-group:${TargetGroupId} */
  "target-group": "|,targetGroup|1",
  /** The tenant-database resource type: arn:${Partition}:rds:${Region}:${Account}:tenant-database:${TenantResourceId} */
  "tenant-database": "|,tenantDatabase|1",
} as const;
const arnFormats = {
  /** ARN of a auto-backup resource: arn:${Partition}:rds:${Region}:${Account}:auto-backup:${DbInstanceAutomatedBackupId}. */
  autoBackup: "|,auto-backup|arn:|Partition|:rds:|Region|:|Account|:auto-backup:|DbInstanceAutomatedBackupId|",
  /** ARN of a cev resource: arn:${Partition}:rds:${Region}:${Account}:cev:${Engine}/${EngineVersion}/${CustomDbEngineVersionId}. */
  cev: "|,cev|arn:|Partition|:rds:|Region|:|Account|:cev:|Engine|/|EngineVersion|/|CustomDbEngineVersionId|",
  /** ARN of a cluster resource: arn:${Partition}:rds:${Region}:${Account}:cluster:${DbClusterInstanceName}. */
  cluster: "|,cluster|arn:|Partition|:rds:|Region|:|Account|:cluster:|DbClusterInstanceName|",
  /** ARN of a cluster-auto-backup resource: arn:${Partition}:rds:${Region}:${Account}:cluster-auto-backup:${DbClusterAutomatedBackupId}. */
  clusterAutoBackup:
    "|,cluster-auto-backup|arn:|Partition|:rds:|Region|:|Account|:cluster-auto-backup:|DbClusterAutomatedBackupId|",
  /** ARN of a cluster-endpoint resource: arn:${Partition}:rds:${Region}:${Account}:cluster-endpoint:${DbClusterEndpoint}. */
  clusterEndpoint: "|,cluster-endpoint|arn:|Partition|:rds:|Region|:|Account|:cluster-endpoint:|DbClusterEndpoint|",
  /** ARN of a cluster-pg resource: arn:${Partition}:rds:${Region}:${Account}:cluster-pg:${ClusterParameterGroupName}. */
  clusterPg: "|,cluster-pg|arn:|Partition|:rds:|Region|:|Account|:cluster-pg:|ClusterParameterGroupName|",
  /** ARN of a cluster-snapshot resource: arn:${Partition}:rds:${Region}:${Account}:cluster-snapshot:${ClusterSnapshotName}. */
  clusterSnapshot: "|,cluster-snapshot|arn:|Partition|:rds:|Region|:|Account|:cluster-snapshot:|ClusterSnapshotName|",
  /** ARN of a db resource: arn:${Partition}:rds:${Region}:${Account}:db:${DbInstanceName}. */
  db: "|,db|arn:|Partition|:rds:|Region|:|Account|:db:|DbInstanceName|",
  /** ARN of a deployment resource: arn:${Partition}:rds:${Region}:${Account}:deployment:${BlueGreenDeploymentIdentifier}. */
  deployment: "|,deployment|arn:|Partition|:rds:|Region|:|Account|:deployment:|BlueGreenDeploymentIdentifier|",
  /** ARN of a es resource: arn:${Partition}:rds:${Region}:${Account}:es:${SubscriptionName}. */
  es: "|,es|arn:|Partition|:rds:|Region|:|Account|:es:|SubscriptionName|",
  /** ARN of a global-cluster resource: arn:${Partition}:rds::${Account}:global-cluster:${GlobalCluster}. */
  globalCluster: "|,global-cluster|arn:|Partition|:rds::|Account|:global-cluster:|GlobalCluster|",
  /** ARN of a integration resource: arn:${Partition}:rds:${Region}:${Account}:integration:${IntegrationIdentifier}. */
  integration: "|,integration|arn:|Partition|:rds:|Region|:|Account|:integration:|IntegrationIdentifier|",
  /** ARN of a og resource: arn:${Partition}:rds:${Region}:${Account}:og:${OptionGroupName}. */
  og: "|,og|arn:|Partition|:rds:|Region|:|Account|:og:|OptionGroupName|",
  /** ARN of a pg resource: arn:${Partition}:rds:${Region}:${Account}:pg:${ParameterGroupName}. */
  pg: "|,pg|arn:|Partition|:rds:|Region|:|Account|:pg:|ParameterGroupName|",
  /** ARN of a proxy resource: arn:${Partition}:rds:${Region}:${Account}:db-proxy:${DbProxyId}. */
  proxy: "|,proxy|arn:|Partition|:rds:|Region|:|Account|:db-proxy:|DbProxyId|",
  /** ARN of a proxy-endpoint resource: arn:${Partition}:rds:${Region}:${Account}:db-proxy-endpoint:${DbProxyEndpointId}. */
  proxyEndpoint: "|,proxy-endpoint|arn:|Partition|:rds:|Region|:|Account|:db-proxy-endpoint:|DbProxyEndpointId|",
  /** ARN of a ri resource: arn:${Partition}:rds:${Region}:${Account}:ri:${ReservedDbInstanceName}. */
  ri: "|,ri|arn:|Partition|:rds:|Region|:|Account|:ri:|ReservedDbInstanceName|",
  /** ARN of a secgrp resource: arn:${Partition}:rds:${Region}:${Account}:secgrp:${SecurityGroupName}. */
  secgrp: "|,secgrp|arn:|Partition|:rds:|Region|:|Account|:secgrp:|SecurityGroupName|",
  /** ARN of a shardgrp resource: arn:${Partition}:rds:${Region}:${Account}:shard-group:${DbShardGroupResourceId}. */
  shardgrp: "|,shardgrp|arn:|Partition|:rds:|Region|:|Account|:shard-group:|DbShardGroupResourceId|",
  /** ARN of a snapshot resource: arn:${Partition}:rds:${Region}:${Account}:snapshot:${SnapshotName}. */
  snapshot: "|,snapshot|arn:|Partition|:rds:|Region|:|Account|:snapshot:|SnapshotName|",
  /** ARN of a snapshot-tenant-database resource: arn:${Partition}:rds:${Region}:${Account}:snapshot-tenant-database:${SnapshotName}:${TenantResourceId}. */
  snapshotTenantDatabase:
    "|,snapshot-tenant-database|arn:|Partition|:rds:|Region|:|Account|:snapshot-tenant-database:|SnapshotName|:|TenantResourceId|",
  /** ARN of a subgrp resource: arn:${Partition}:rds:${Region}:${Account}:subgrp:${SubnetGroupName}. */
  subgrp: "|,subgrp|arn:|Partition|:rds:|Region|:|Account|:subgrp:|SubnetGroupName|",
  /** ARN of a target-group resource: arn:${Partition}:rds:${Region}:${Account}:target-group:${TargetGroupId}. */
  targetGroup: "|,target-group|arn:|Partition|:rds:|Region|:|Account|:target-group:|TargetGroupId|",
  /** ARN of a tenant-database resource: arn:${Partition}:rds:${Region}:${Account}:tenant-database:${TenantResourceId}. */
  tenantDatabase: "|,tenant-database|arn:|Partition|:rds:|Region|:|Account|:tenant-database:|TenantResourceId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "auto-backup",
  "cev",
  "cluster",
  "cluster-auto-backup",
  "cluster-endpoint",
  "cluster-pg",
  "cluster-snapshot",
  "db",
  "deployment",
  "es",
  "global-cluster",
  "integration",
  "og",
  "pg",
  "proxy",
  "proxy-endpoint",
  "ri",
  "secgrp",
  "shardgrp",
  "snapshot",
  "snapshot-tenant-database",
  "subgrp",
  "target-group",
  "tenant-database",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "rds">;
/** Any rds action. */
export type Action = ActionOf<typeof actionFacts, "rds">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "rds">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "rds" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every rds action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the tag attached to a DB cluster parameter group. */
  [key: `rds:cluster-pg-tag/${string}`]: "String";
  /** Filters access by the tag attached to a DB cluster snapshot. */
  [key: `rds:cluster-snapshot-tag/${string}`]: "String";
  /** Filters access by the tag attached to a DB cluster. */
  [key: `rds:cluster-tag/${string}`]: "String";
  /** Filters access by the tag attached to a DB instance. */
  [key: `rds:db-tag/${string}`]: "String";
  /** Filters access by the tag attached to an event subscription. */
  [key: `rds:es-tag/${string}`]: "String";
  /** Filters access by the tag attached to a DB option group. */
  [key: `rds:og-tag/${string}`]: "String";
  /** Filters access by the tag attached to a DB parameter group. */
  [key: `rds:pg-tag/${string}`]: "String";
  /** Filters access by the set of tag keys and values that can be used to tag a resource. */
  [key: `rds:req-tag/${string}`]: "String";
  /** Filters access by the tag attached to a reserved DB instance. */
  [key: `rds:ri-tag/${string}`]: "String";
  /** Filters access by the tag attached to a DB security group. */
  [key: `rds:secgrp-tag/${string}`]: "String";
  /** Filters access by the tag attached to a DB snapshot. */
  [key: `rds:snapshot-tag/${string}`]: "String";
  /** Filters access by the tag attached to a DB subnet group. */
  [key: `rds:subgrp-tag/${string}`]: "String";
  /** Filters access by the set of tag keys in the request. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access by the type of backup target. One of: region, outposts. */
  "rds:BackupTarget": "String";
  /** Filters access by the value that specifies whether the CopyDBSnapshot action requires copying the DB option group. */
  "rds:CopyOptionGroup": "Bool";
  /** Filters access by the type of DB instance class. */
  "rds:DatabaseClass": "String";
  /** Filters access by the database engine. For possible values refer to the engine parameter in CreateDBInstance API. */
  "rds:DatabaseEngine": "String";
  /** Filters access by the user-defined name of the database on the DB instance. */
  "rds:DatabaseName": "String";
  /** Filters access by the type of the endpoint. One of: READER, WRITER, CUSTOM. */
  "rds:EndpointType": "String";
  /** Filters access by the value that specifies whether RDS manages master user password in AWS Secrets Manager for the DB instance or cluster. */
  "rds:ManageMasterUserPassword": "Bool";
  /** Filters access by the value that specifies whether the DB instance runs in multiple Availability Zones. To indicate that the DB instance is using Multi-AZ, specify true. */
  "rds:MultiAz": "Bool";
  /** Filters access by the value that contains the number of Provisioned IOPS (PIOPS) that the instance supports. To indicate a DB instance that does not have PIOPS enabled, specify 0. */
  "rds:Piops": "Numeric";
  /** Filters access by the value that specifies whether the DB Instance or DB ShardGroup is publicly accessible. */
  "rds:PubliclyAccessible": "Bool";
  /** Filters access by the value that specifies whether the DB instance storage should be encrypted. To enforce storage encryption, specify true. */
  "rds:StorageEncrypted": "Bool";
  /** Filters access by the storage volume size (in GB). */
  "rds:StorageSize": "Numeric";
  /** Filters access for rds:AddTagsToResource based on whether tags are explicitly specified in the Tags or TagSpecification request parameters. Evaluates to true when tags are provided in these parameters. Evaluates as false when tags are implicitly inherited from source resources. */
  "rds:TagsFromRequest": "Bool";
  /** Filters access by the tenant database name in CreateTenantDatabase and by the new tenant database name in ModifyTenantDatabase. */
  "rds:TenantDatabaseName": "String";
  /** Filters access by the value that specifies whether the DB instance runs in an Amazon Virtual Private Cloud (Amazon VPC). To indicate that the DB instance runs in an Amazon VPC, specify true. */
  "rds:Vpc": "Bool";
}

/** Condition key -> value type. */
export type ConditionKeys = ConditionKeysOf<ConditionKeyTypes>;

/** Condition key with a placeholder, as the reference writes it -> its template-literal key. */
export interface ConditionKeyPatterns {
  /** aws:RequestTag/${TagKey} */
  "aws:RequestTag/${TagKey}": `aws:RequestTag/${string}`;
  /** aws:ResourceTag/${TagKey} */
  "aws:ResourceTag/${TagKey}": `aws:ResourceTag/${string}`;
  /** rds:cluster-pg-tag/${TagKey} */
  "rds:cluster-pg-tag/${TagKey}": `rds:cluster-pg-tag/${string}`;
  /** rds:cluster-snapshot-tag/${TagKey} */
  "rds:cluster-snapshot-tag/${TagKey}": `rds:cluster-snapshot-tag/${string}`;
  /** rds:cluster-tag/${TagKey} */
  "rds:cluster-tag/${TagKey}": `rds:cluster-tag/${string}`;
  /** rds:db-tag/${TagKey} */
  "rds:db-tag/${TagKey}": `rds:db-tag/${string}`;
  /** rds:es-tag/${TagKey} */
  "rds:es-tag/${TagKey}": `rds:es-tag/${string}`;
  /** rds:og-tag/${TagKey} */
  "rds:og-tag/${TagKey}": `rds:og-tag/${string}`;
  /** rds:pg-tag/${TagKey} */
  "rds:pg-tag/${TagKey}": `rds:pg-tag/${string}`;
  /** rds:req-tag/${TagKey} */
  "rds:req-tag/${TagKey}": `rds:req-tag/${string}`;
  /** rds:ri-tag/${TagKey} */
  "rds:ri-tag/${TagKey}": `rds:ri-tag/${string}`;
  /** rds:secgrp-tag/${TagKey} */
  "rds:secgrp-tag/${TagKey}": `rds:secgrp-tag/${string}`;
  /** rds:snapshot-tag/${TagKey} */
  "rds:snapshot-tag/${TagKey}": `rds:snapshot-tag/${string}`;
  /** rds:subgrp-tag/${TagKey} */
  "rds:subgrp-tag/${TagKey}": `rds:subgrp-tag/${string}`;
}

/** A condition key as the reference writes it. */
export type ConditionKeyName = (typeof conditionKeyList)[number];
/** Condition key -> description, types, deprecation. */
export type ConditionKeyInfos = { readonly [K in ConditionKeyName]: ConditionKeyInfo };
const conditionKeyRows: { readonly [K in ConditionKeyName]: string } = {
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by the set of tag key-value pairs in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by the set of tag key-value pairs attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the set of tag keys in the request",
  "rds:BackupTarget": "|,String|0||Filters access by the type of backup target. One of: region, outposts",
  "rds:CopyOptionGroup":
    "|,Bool|0||Filters access by the value that specifies whether the CopyDBSnapshot action requires copying the DB option group",
  "rds:DatabaseClass": "|,String|0||Filters access by the type of DB instance class",
  "rds:DatabaseEngine":
    "|,String|0||Filters access by the database engine. For possible values refer to the engine parameter in CreateDBInstance API",
  "rds:DatabaseName": "|,String|0||Filters access by the user-defined name of the database on the DB instance",
  "rds:EndpointType": "|,String|0||Filters access by the type of the endpoint. One of: READER, WRITER, CUSTOM",
  "rds:ManageMasterUserPassword":
    "|,Bool|0||Filters access by the value that specifies whether RDS manages master user password in AWS Secrets Manager for the DB instance or cluster",
  "rds:MultiAz":
    "|,Bool|0||Filters access by the value that specifies whether the DB instance runs in multiple Availability Zones. To indicate that the DB instance is using Multi-AZ, specify true",
  "rds:Piops":
    "|,Numeric|0||Filters access by the value that contains the number of Provisioned IOPS (PIOPS) that the instance supports. To indicate a DB instance that does not have PIOPS enabled, specify 0",
  "rds:PubliclyAccessible":
    "|,Bool|0||Filters access by the value that specifies whether the DB Instance or DB ShardGroup is publicly accessible",
  "rds:StorageEncrypted":
    "|,Bool|0||Filters access by the value that specifies whether the DB instance storage should be encrypted. To enforce storage encryption, specify true",
  "rds:StorageSize": "|,Numeric|0||Filters access by the storage volume size (in GB)",
  "rds:TagsFromRequest":
    "|,Bool|0||Filters access for rds:AddTagsToResource based on whether tags are explicitly specified in the Tags or TagSpecification request parameters. Evaluates to true when tags are provided in these parameters. Evaluates as false when tags are implicitly inherited from source resources",
  "rds:TenantDatabaseName":
    "|,String|0||Filters access by the tenant database name in CreateTenantDatabase and by the new tenant database name in ModifyTenantDatabase",
  "rds:Vpc":
    "|,Bool|0||Filters access by the value that specifies whether the DB instance runs in an Amazon Virtual Private Cloud (Amazon VPC). To indicate that the DB instance runs in an Amazon VPC, specify true",
  "rds:cluster-pg-tag/${TagKey}": "|,String|0||Filters access by the tag attached to a DB cluster parameter group",
  "rds:cluster-snapshot-tag/${TagKey}": "|,String|0||Filters access by the tag attached to a DB cluster snapshot",
  "rds:cluster-tag/${TagKey}": "|,String|0||Filters access by the tag attached to a DB cluster",
  "rds:db-tag/${TagKey}": "|,String|0||Filters access by the tag attached to a DB instance",
  "rds:es-tag/${TagKey}": "|,String|0||Filters access by the tag attached to an event subscription",
  "rds:og-tag/${TagKey}": "|,String|0||Filters access by the tag attached to a DB option group",
  "rds:pg-tag/${TagKey}": "|,String|0||Filters access by the tag attached to a DB parameter group",
  "rds:req-tag/${TagKey}":
    "|,String|0||Filters access by the set of tag keys and values that can be used to tag a resource",
  "rds:ri-tag/${TagKey}": "|,String|0||Filters access by the tag attached to a reserved DB instance",
  "rds:secgrp-tag/${TagKey}": "|,String|0||Filters access by the tag attached to a DB security group",
  "rds:snapshot-tag/${TagKey}": "|,String|0||Filters access by the tag attached to a DB snapshot",
  "rds:subgrp-tag/${TagKey}": "|,String|0||Filters access by the tag attached to a DB subnet group",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "rds",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
