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
export const prefix: "dynamodb" = "dynamodb";
/** The service's name in the reference. */
export const serviceName: "Amazon DynamoDB" = "Amazon DynamoDB";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon DynamoDB",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazondynamodb.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "dynamodb:Attributes",
  "dynamodb:EnclosingOperation",
  "dynamodb:FirstPartitionKeyValues",
  "dynamodb:FisActionId",
  "dynamodb:FisTargetArns",
  "dynamodb:FourthPartitionKeyValues",
  "dynamodb:FullTableScan",
  "dynamodb:LeadingKeys",
  "dynamodb:ReturnConsumedCapacity",
  "dynamodb:ReturnValues",
  "dynamodb:SecondPartitionKeyValues",
  "dynamodb:Select",
  "dynamodb:ThirdPartitionKeyValues",
] as const;
const dependentActionList = [
  "dynamodb:BatchWriteItem",
  "dynamodb:CreateTableReplica",
  "dynamodb:DeleteItem",
  "dynamodb:GetItem",
  "dynamodb:PutItem",
  "dynamodb:Query",
  "dynamodb:ReadDataForReplication",
  "dynamodb:ReplicateSettings",
  "dynamodb:Scan",
  "dynamodb:TagResource",
  "dynamodb:UpdateItem",
  "dynamodb:WriteDataForReplication",
] as const;
const actionFacts = {
  /** Grants permission to create multi account global table replica. Access level: Write. Resources: table*. Permission only. https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/globaltables_MA_security.html */
  AssociateTableReplica: "W||1|6;1;|||CreateTable,RestoreTableToPointInTime",
  /** Grants permission to return the attributes of one or more items from one or more tables. Access level: Read. Resources: table*. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BatchGetItem.html */
  BatchGetItem: "R|||6;1;|3,10,11,14||;",
  /** Grants permission to put or delete multiple items in one or more tables. Access level: Write. Resources: table*. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BatchWriteItem.html */
  BatchWriteItem: "W|||6;1;|3,10,11||;,CreateTable,RestoreTableFromBackup,RestoreTableToPointInTime,UpdateTable",
  /** Grants permission to the ConditionCheckItem operation checks the existence of a set of attributes for the item with the given primary key. Access level: Read. Resources: table*. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ConditionCheck.html */
  ConditionCheckItem: "R|||6;1;|3,10,11,12||TransactWriteItems",
  /** Grants permission to create a backup for an existing table. Access level: Write. Resources: table*. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_CreateBackup.html */
  CreateBackup: "W|||6;1;|||;",
  /** Grants permission to create a global table from an existing table. Access level: Write. Resources: global-table*, table*. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_CreateGlobalTable.html */
  CreateGlobalTable: "W|||2;1;,6;1;|||;",
  /** Grants permission to add a Witness to a Global Table. Access level: Write. Resources: table*. Permission only. https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/V2gt_IAM.html */
  CreateGlobalTableWitness: "W||1|6;1;|||UpdateTable",
  /** Grants permission to the CreateTable operation adds a new table to your account. Access level: Write. Resources: table*. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_CreateTable.html */
  CreateTable:
    "W|||6;1;|0,2|dynamodb:AssociateTableReplica,0,1,2,3,4,dynamodb:PutResourcePolicy,5,8,9,10|;,UpdateTable",
  /** Grants permission to add a new replica table. Access level: Write. Resources: table*. Permission only. https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/V2gt_IAM.html */
  CreateTableReplica: "W||1|6;1;|||CreateTable,RestoreTableToPointInTime,UpdateTable",
  /** Grants permission to delete an existing backup of a table. Access level: Write. Resources: backup*. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DeleteBackup.html */
  DeleteBackup: "W|||0;1;|||;",
  /** Grants permission to remove a Witness from a Global Table. Access level: Write. Resources: table*. Permission only. https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/V2gt_IAM.html */
  DeleteGlobalTableWitness: "W||1|6;1;|||UpdateTable",
  /** Grants permission to deletes a single item in a table by primary key. Access level: Write. Resources: table*. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DeleteItem.html */
  DeleteItem:
    "W|||6;1;|3,4,10,11,12|11|CreateTable,;,RestoreTableFromBackup,RestoreTableToPointInTime,TransactWriteItems,UpdateTable",
  /** Grants permission to delete the resource-based policy attached to the resource. Access level: Permissions management. Resources: stream*, table*. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DeleteResourcePolicy.html */
  DeleteResourcePolicy: "P|||5;1;,6;1;|||;",
  /** Grants permission to the DeleteTable operation which deletes a table and all of its items. Access level: Write. Resources: table*. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DeleteTable.html */
  DeleteTable: "W|||6;1;|||;",
  /** Grants permission to delete a replica table and all of its items. Access level: Write. Resources: table*. Permission only. https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/V2gt_IAM.html */
  DeleteTableReplica: "W||1|6;1;|||",
  /** Grants permission to describe an existing backup of a table. Access level: Read. Resources: backup*. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DescribeBackup.html */
  DescribeBackup: "R|||0;1;|||;",
  /** Grants permission to check the status of the backup restore settings on the specified table. Access level: Read. Resources: table*. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DescribeContinuousBackups.html */
  DescribeContinuousBackups: "R|||6;1;|||;",
  /** Grants permission to describe the contributor insights status and related details for a given table or global secondary index. Access level: Read. Resources: index, table*. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DescribeContributorInsights.html */
  DescribeContributorInsights: "R|||4;0;,6;1;|||;",
  /** Grants permission to return the regional endpoint information. Access level: Read. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DescribeEndpoints.html */
  DescribeEndpoints: "R||||||;",
  /** Grants permission to describe an existing Export of a table. Access level: Read. Resources: export*. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DescribeExport.html */
  DescribeExport: "R|||1;1;|||;",
  /** Grants permission to return information about the specified global table. Access level: Read. Resources: global-table*. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DescribeGlobalTable.html */
  DescribeGlobalTable: "R|||2;1;|||;",
  /** Grants permission to return settings information about the specified global table. Access level: Read. Resources: global-table*. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DescribeGlobalTableSettings.html */
  DescribeGlobalTableSettings: "R|||2;1;|||;",
  /** Grants permission to describe an existing import. Access level: Read. Resources: import*. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DescribeImport.html */
  DescribeImport: "R|||3;1;|||;",
  /** Grants permission to grant permission to describe the status of Kinesis streaming and related details for a given table. Access level: Read. Resources: table*. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DescribeKinesisStreamingDestination.html */
  DescribeKinesisStreamingDestination: "R|||6;1;|||;",
  /** Grants permission to return the current provisioned-capacity limits for your AWS account in a region, both for the region as a whole and for any one DynamoDB table that you create there. Access level: Read. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DescribeLimits.html */
  DescribeLimits: "R||||||;",
  /** Grants permission to describe one or more of the Reserved Capacity purchased. Access level: Read. Permission only. https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/iam-policy-prevent-purchase-reserved-capacity.html */
  DescribeReservedCapacity: "R||1||||",
  /** Grants permission to describe Reserved Capacity offerings that are available for purchase. Access level: Read. Permission only. https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/iam-policy-prevent-purchase-reserved-capacity.html */
  DescribeReservedCapacityOfferings: "R||1||||",
  /** Grants permission to return information about a stream, including the current status of the stream, its Amazon Resource Name (ARN), the composition of its shards, and its corresponding DynamoDB table. Access level: Read. Resources: stream*. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_DescribeStream.html */
  DescribeStream: "R|||5;1;||6|;",
  /** Grants permission to return information about the table. Access level: Read. Resources: table*. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DescribeTable.html */
  DescribeTable: "R|||6;1;||6,7|;",
  /** Grants permission to describe the auto scaling settings across all replicas of the global table. Access level: Read. Resources: table*. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DescribeTableReplicaAutoScaling.html */
  DescribeTableReplicaAutoScaling: "R|||6;1;|||;",
  /** Grants permission to give a description of the Time to Live (TTL) status on the specified table. Access level: Read. Resources: table*. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DescribeTimeToLive.html */
  DescribeTimeToLive: "R|||6;1;||6|;",
  /** Grants permission to grant permission to stop replication from the DynamoDB table to the Kinesis data stream. Access level: Write. Resources: table*. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DisableKinesisStreamingDestination.html */
  DisableKinesisStreamingDestination: "W|||6;1;|||;",
  /** Grants permission to grant permission to start table data replication to the specified Kinesis data stream at a timestamp chosen during the enable workflow. Access level: Write. Resources: table*. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_EnableKinesisStreamingDestination.html */
  EnableKinesisStreamingDestination: "W|||6;1;|||;",
  /** Grants permission to initiate an Export of a DynamoDB table to S3. Access level: Write. Resources: table*. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ExportTableToPointInTime.html */
  ExportTableToPointInTime: "W|||6;1;|||;",
  /** Grants permission to view the status of Attribute Based Access Control for the account. Access level: Read. Permission only. https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/abac-enable-ddb.html */
  GetAbacStatus: "R||1||||",
  /** Grants permission to the GetItem operation that returns a set of attributes for the item with the given primary key. Access level: Read. Resources: table*. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_GetItem.html */
  GetItem:
    "R|||6;1;|3,4,10,11,14|6|CreateTable,;,RestoreTableFromBackup,RestoreTableToPointInTime,TransactGetItems,UpdateTable",
  /** Grants permission to retrieve the stream records from a given shard. Access level: Read. Resources: stream*. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_GetRecords.html */
  GetRecords: "R|||5;1;||6|;",
  /** Grants permission to view a resource-based policy for a resource. Access level: Read. Resources: stream*, table*. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_GetResourcePolicy.html */
  GetResourcePolicy: "R|||5;1;,6;1;|||;",
  /** Grants permission to return a shard iterator. Access level: Read. Resources: stream*. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_GetShardIterator.html */
  GetShardIterator: "R|||5;1;||6|;",
  /** Grants permission to initiate an import from S3 to a DynamoDB table. Access level: Write. Resources: table*. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ImportTable.html */
  ImportTable: "W|||6;1;|||;",
  /** Grants permission to start experiments on a Global Table. Access level: Write. Permission only. https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/V2gt_IAM.html */
  InjectError: "W||1||6,7||",
  /** Grants permission to list backups associated with the account and endpoint. Access level: List. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ListBackups.html */
  ListBackups: "L||||||;",
  /** Grants permission to list the ContributorInsightsSummary for all tables and global secondary indexes associated with the current account and endpoint. Access level: List. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ListContributorInsights.html */
  ListContributorInsights: "L||||||;",
  /** Grants permission to list exports associated with the account and endpoint. Access level: List. Resources: table. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ListExports.html */
  ListExports: "L|||6;0;|||;",
  /** Grants permission to list all global tables that have a replica in the specified region. Access level: List. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ListGlobalTables.html */
  ListGlobalTables: "L||||||;",
  /** Grants permission to list imports associated with the account and endpoint. Access level: List. Resources: table. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ListImports.html */
  ListImports: "L|||6;0;|||;",
  /** Grants permission to return an array of stream ARNs associated with the current account and endpoint. Access level: Read. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_ListStreams.html */
  ListStreams: "R||||||;",
  /** Grants permission to return an array of table names associated with the current account and endpoint. Access level: List. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ListTables.html */
  ListTables: "L||||||;",
  /** Grants permission to list all tags on an Amazon DynamoDB resource. Access level: Read. Resources: stream, table*. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ListTagsOfResource.html */
  ListTagsOfResource: "R|||5;0;,6;1;|||;",
  /** Grants permission to delete a single item in a table by primary key. Access level: Write. Resources: table*. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ExecuteStatement.html */
  PartiQLDelete: "W|||6;1;|3,4,10,12||BatchExecuteStatement,ExecuteStatement,ExecuteTransaction",
  /** Grants permission to create a new item, if an item with same primary key does not exist in the table. Access level: Write. Resources: table*. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ExecuteStatement.html */
  PartiQLInsert: "W|||6;1;|3,4,10||BatchExecuteStatement,ExecuteStatement,ExecuteTransaction",
  /** Grants permission to read a set of attributes for items from a table or index. Access level: Read. Resources: index, table*. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ExecuteStatement.html */
  PartiQLSelect: "R|||4;0;,6;1;|3,4,9,10,14||BatchExecuteStatement,ExecuteStatement,ExecuteTransaction",
  /** Grants permission to edit an existing item's attributes. Access level: Write. Resources: table*. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ExecuteStatement.html */
  PartiQLUpdate: "W|||6;1;|3,4,10,12||BatchExecuteStatement,ExecuteStatement,ExecuteTransaction",
  /** Grants permission to purchases reserved capacity for use with your account. Access level: Write. Permission only. https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/iam-policy-prevent-purchase-reserved-capacity.html */
  PurchaseReservedCapacityOfferings: "W||1||||",
  /** Grants permission to create a new item, or replace an old item with a new item. Access level: Write. Resources: table*. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_PutItem.html */
  PutItem:
    "W|||6;1;|3,4,10,11,12|11|CreateTable,;,RestoreTableFromBackup,RestoreTableToPointInTime,TransactWriteItems,UpdateTable",
  /** Grants permission to attach a resource-based policy to the resource. Access level: Permissions management. Resources: stream*, table*. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_PutResourcePolicy.html */
  PutResourcePolicy: "P|||5;1;,6;1;|||CreateTable,;",
  /** Grants permission to use the primary key of a table or a secondary index to directly access items from that table or index. Access level: Read. Resources: index, table*. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Query.html */
  Query: "R|||4;0;,6;1;|3,10,11,12,14||CreateTable,;,RestoreTableFromBackup,RestoreTableToPointInTime,UpdateTable",
  /** Grants permission to read data from a multi account global table replica. Access level: Read. Resources: table*. Permission only. https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/globaltables_MA_security.html */
  ReadDataForReplication:
    "R||1|6;1;|||DescribeStream,DescribeTable,DescribeTimeToLive,GetItem,GetRecords,GetShardIterator",
  /** Grants permission to configure settings for a multi account global table replica. Access level: Write. Resources: table*. Permission only. https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/globaltables_MA_security.html */
  ReplicateSettings: "W||1|6;1;|||DescribeTable,UpdateTable,UpdateTimeToLive",
  /** Grants permission to create a new table from recovery point on AWS Backup. Access level: Write. Resources: table*. Permission only. https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/UsageNotesAWS.html */
  RestoreTableFromAwsBackup: "W||1|6;1;|||",
  /** Grants permission to create a new table from an existing backup. Access level: Write. Resources: backup*, table*. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_RestoreTableFromBackup.html */
  RestoreTableFromBackup: "W|||0;1;,6;1;||0,2,3,4,5,8,10|;",
  /** Grants permission to restore a table to a point in time. Access level: Write. Resources: table*. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_RestoreTableToPointInTime.html */
  RestoreTableToPointInTime: "W|||6;1;||0,2,3,4,5,8,10|",
  /** Grants permission to return one or more items and item attributes by accessing every item in a table or a secondary index. Access level: Read. Resources: index, table*. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Scan.html */
  Scan: "R|||4;0;,6;1;|3,11,12,14||CreateTable,RestoreTableFromBackup,RestoreTableToPointInTime,;,UpdateTable",
  /** Grants permission to create a backup on AWS Backup with advanced features enabled. Access level: Write. Resources: table*. Permission only. https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/UsageNotesAWS.html */
  StartAwsBackupJob: "W||1|6;1;|||",
  /** Grants permission to associate a set of tags with an Amazon DynamoDB resource. Access level: Tagging. Resources: stream, table*. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TagResource.html */
  TagResource: "T|||5;0;,6;1;|0,2||CreateTable,;,UpdateTable",
  /** Grants permission to remove the association of tags from an Amazon DynamoDB resource. Access level: Tagging. Resources: stream, table*. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||5;0;,6;1;|2||;",
  /** Grants permission to update the status of Attribute Based Access Control for the account. Access level: Permissions management. Permission only. https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/abac-enable-ddb.html */
  UpdateAbacStatus: "P||1||||",
  /** Grants permission to enable or disable continuous backups. Access level: Write. Resources: table*. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateContinuousBackups.html */
  UpdateContinuousBackups: "W|||6;1;|||;",
  /** Grants permission to update the status for contributor insights for a specific table or global secondary index. Access level: Write. Resources: index, table*. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateContributorInsights.html */
  UpdateContributorInsights: "W|||4;0;,6;1;|||;",
  /** Grants permission to add or remove replicas in the specified global table. Access level: Write. Resources: global-table*, table*. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateGlobalTable.html */
  UpdateGlobalTable: "W|||2;1;,6;1;|||;",
  /** Grants permission to update settings of the specified global table. Access level: Write. Resources: global-table*, table*. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateGlobalTableSettings.html */
  UpdateGlobalTableSettings: "W|||2;1;,6;1;|||;",
  /** Grants permission to update version of the specified global table. Access level: Write. Resources: global-table*, table. Permission only. https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/V2globaltables_upgrade.html */
  UpdateGlobalTableVersion: "W||1|2;1;,6;0;|||",
  /** Grants permission to edit an existing item's attributes, or adds a new item to the table if it does not already exist. Access level: Write. Resources: table*. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateItem.html */
  UpdateItem:
    "W|||6;1;|3,4,10,11,12||CreateTable,RestoreTableFromBackup,RestoreTableToPointInTime,TransactWriteItems,;,UpdateTable",
  /** Grants permission to update data replication configurations for the specified Kinesis data stream. Access level: Write. Resources: table*. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateKinesisStreamingDestination.html */
  UpdateKinesisStreamingDestination: "W|||6;1;|||;",
  /** Grants permission to modify the provisioned throughput settings, global secondary indexes, or DynamoDB Streams settings for a given table. Access level: Write. Resources: table*. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateTable.html */
  UpdateTable:
    "W|||6;1;||0,dynamodb:CreateGlobalTableWitness,dynamodb:CreateTable,1,dynamodb:DeleteGlobalTableWitness,2,3,4,5,7,8,9,10,11|;",
  /** Grants permission to update auto scaling settings on your replica table. Access level: Write. Resources: table*. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateTableReplicaAutoScaling.html */
  UpdateTableReplicaAutoScaling: "W|||6;1;|||;",
  /** Grants permission to enable or disable TTL for the specified table. Access level: Write. Resources: table*. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateTimeToLive.html */
  UpdateTimeToLive: "W|||6;1;||7,11|;",
  /** Grants permission to write data to a multi account global table replica. Access level: Write. Resources: table*. Permission only. https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/globaltables_MA_security.html */
  WriteDataForReplication: "W||1|6;1;|||DeleteItem,PutItem,UpdateTable,UpdateTimeToLive",
} as const;
const actionDetails = {
  AssociateTableReplica: "|,;~~~,~~|Grants permission to create multi account global table replica",
  BatchGetItem: "|,;~~~|Grants permission to return the attributes of one or more items from one or more tables",
  BatchWriteItem: "|,;~~~,~~,~~,~~,~~|Grants permission to put or delete multiple items in one or more tables",
  ConditionCheckItem:
    "|,;~~~|Grants permission to the ConditionCheckItem operation checks the existence of a set of attributes for the item with the given primary key",
  CreateBackup: "|,;~~~|Grants permission to create a backup for an existing table",
  CreateGlobalTable: "|,;~~~|Grants permission to create a global table from an existing table",
  CreateGlobalTableWitness: "|,;~~~|Grants permission to add a Witness to a Global Table",
  CreateTable: "|,;~~~,~~|Grants permission to the CreateTable operation adds a new table to your account",
  CreateTableReplica: "|,;~~~,~~,~~|Grants permission to add a new replica table",
  DeleteBackup: "|,;~~~|Grants permission to delete an existing backup of a table",
  DeleteGlobalTableWitness: "|,;~~~|Grants permission to remove a Witness from a Global Table",
  DeleteItem: "|,;~~~,~~,~~,~~,~~,~~|Grants permission to deletes a single item in a table by primary key",
  DeleteResourcePolicy: "|,;~~~|Grants permission to delete the resource-based policy attached to the resource",
  DeleteTable: "|,;~~~|Grants permission to the DeleteTable operation which deletes a table and all of its items",
  DeleteTableReplica: "|,;~|Grants permission to delete a replica table and all of its items",
  DescribeBackup: "|,;~~~|Grants permission to describe an existing backup of a table",
  DescribeContinuousBackups:
    "|,;~~~|Grants permission to check the status of the backup restore settings on the specified table",
  DescribeContributorInsights:
    "|,;~~~|Grants permission to describe the contributor insights status and related details for a given table or global secondary index",
  DescribeEndpoints: "|,;~~~|Grants permission to return the regional endpoint information",
  DescribeExport: "|,;~~~|Grants permission to describe an existing Export of a table",
  DescribeGlobalTable: "|,;~~~|Grants permission to return information about the specified global table",
  DescribeGlobalTableSettings:
    "|,;~~~|Grants permission to return settings information about the specified global table",
  DescribeImport: "|,;~~~|Grants permission to describe an existing import",
  DescribeKinesisStreamingDestination:
    "|,;~~~|Grants permission to grant permission to describe the status of Kinesis streaming and related details for a given table",
  DescribeLimits:
    "|,;~~~|Grants permission to return the current provisioned-capacity limits for your AWS account in a region, both for the region as a whole and for any one DynamoDB table that you create there",
  DescribeReservedCapacity: "|,;~|Grants permission to describe one or more of the Reserved Capacity purchased",
  DescribeReservedCapacityOfferings:
    "|,;~|Grants permission to describe Reserved Capacity offerings that are available for purchase",
  DescribeStream:
    "|,;~~dynamodbstreams~|Grants permission to return information about a stream, including the current status of the stream, its Amazon Resource Name (ARN), the composition of its shards, and its corresponding DynamoDB table",
  DescribeTable: "|,;~~~|Grants permission to return information about the table",
  DescribeTableReplicaAutoScaling:
    "|,;~~~|Grants permission to describe the auto scaling settings across all replicas of the global table",
  DescribeTimeToLive:
    "|,;~~~|Grants permission to give a description of the Time to Live (TTL) status on the specified table",
  DisableKinesisStreamingDestination:
    "|,;~~~|Grants permission to grant permission to stop replication from the DynamoDB table to the Kinesis data stream",
  EnableKinesisStreamingDestination:
    "|,;~~~|Grants permission to grant permission to start table data replication to the specified Kinesis data stream at a timestamp chosen during the enable workflow",
  ExportTableToPointInTime: "|,;~~~|Grants permission to initiate an Export of a DynamoDB table to S3",
  GetAbacStatus: "|,;~|Grants permission to view the status of Attribute Based Access Control for the account",
  GetItem:
    "|,;~~~,~~,~~,~~,~~,~~|Grants permission to the GetItem operation that returns a set of attributes for the item with the given primary key",
  GetRecords: "|,;~~dynamodbstreams~|Grants permission to retrieve the stream records from a given shard",
  GetResourcePolicy: "|,;~~~|Grants permission to view a resource-based policy for a resource",
  GetShardIterator: "|,;~~dynamodbstreams~|Grants permission to return a shard iterator",
  ImportTable: "|,;~~~|Grants permission to initiate an import from S3 to a DynamoDB table",
  InjectError: "|,;~|Grants permission to start experiments on a Global Table",
  ListBackups: "|,;~~~|Grants permission to list backups associated with the account and endpoint",
  ListContributorInsights:
    "|,;~~~|Grants permission to list the ContributorInsightsSummary for all tables and global secondary indexes associated with the current account and endpoint",
  ListExports: "|,;~~~|Grants permission to list exports associated with the account and endpoint",
  ListGlobalTables: "|,;~~~|Grants permission to list all global tables that have a replica in the specified region",
  ListImports: "|,;~~~|Grants permission to list imports associated with the account and endpoint",
  ListStreams:
    "|,;~~dynamodbstreams~|Grants permission to return an array of stream ARNs associated with the current account and endpoint",
  ListTables:
    "|,;~~~|Grants permission to return an array of table names associated with the current account and endpoint",
  ListTagsOfResource: "|,;~~~|Grants permission to list all tags on an Amazon DynamoDB resource",
  PartiQLDelete: "|,;~~~,~~,~~|Grants permission to delete a single item in a table by primary key",
  PartiQLInsert:
    "|,;~~~,~~,~~|Grants permission to create a new item, if an item with same primary key does not exist in the table",
  PartiQLSelect: "|,;~~~,~~,~~|Grants permission to read a set of attributes for items from a table or index",
  PartiQLUpdate: "|,;~~~,~~,~~|Grants permission to edit an existing item's attributes",
  PurchaseReservedCapacityOfferings: "|,;~|Grants permission to purchases reserved capacity for use with your account",
  PutItem: "|,;~~~,~~,~~,~~,~~,~~|Grants permission to create a new item, or replace an old item with a new item",
  PutResourcePolicy: "|,;~~~,~~|Grants permission to attach a resource-based policy to the resource",
  Query:
    "|,;~~~,~~,~~,~~,~~|Grants permission to use the primary key of a table or a secondary index to directly access items from that table or index",
  ReadDataForReplication:
    "|,;~~dynamodbstreams~,~~,~~,~~,~dynamodbstreams~,~dynamodbstreams~|Grants permission to read data from a multi account global table replica",
  ReplicateSettings: "|,;~~~,~~,~~|Grants permission to configure settings for a multi account global table replica",
  RestoreTableFromAwsBackup: "|,;~|Grants permission to create a new table from recovery point on AWS Backup",
  RestoreTableFromBackup: "|,;~~~|Grants permission to create a new table from an existing backup",
  RestoreTableToPointInTime: "|,;~|Grants permission to restore a table to a point in time",
  Scan: "|,;~~~,~~,~~,~~,~~|Grants permission to return one or more items and item attributes by accessing every item in a table or a secondary index",
  StartAwsBackupJob: "|,;~|Grants permission to create a backup on AWS Backup with advanced features enabled",
  TagResource: "|,;~~~,~~,~~|Grants permission to associate a set of tags with an Amazon DynamoDB resource",
  UntagResource: "|,;~~~|Grants permission to remove the association of tags from an Amazon DynamoDB resource",
  UpdateAbacStatus: "|,;~|Grants permission to update the status of Attribute Based Access Control for the account",
  UpdateContinuousBackups: "|,;~~~|Grants permission to enable or disable continuous backups",
  UpdateContributorInsights:
    "|,;~~~|Grants permission to update the status for contributor insights for a specific table or global secondary index",
  UpdateGlobalTable: "|,;~~~|Grants permission to add or remove replicas in the specified global table",
  UpdateGlobalTableSettings: "|,;~~~|Grants permission to update settings of the specified global table",
  UpdateGlobalTableVersion: "|,;~|Grants permission to update version of the specified global table",
  UpdateItem:
    "|,;~~~,~~,~~,~~,~~,~~|Grants permission to edit an existing item's attributes, or adds a new item to the table if it does not already exist",
  UpdateKinesisStreamingDestination:
    "|,;~~~|Grants permission to update data replication configurations for the specified Kinesis data stream",
  UpdateTable:
    "|,;~~~|Grants permission to modify the provisioned throughput settings, global secondary indexes, or DynamoDB Streams settings for a given table",
  UpdateTableReplicaAutoScaling: "|,;~~~|Grants permission to update auto scaling settings on your replica table",
  UpdateTimeToLive: "|,;~~~|Grants permission to enable or disable TTL for the specified table",
  WriteDataForReplication: "|,;~~~,~~,~~,~~|Grants permission to write data to a multi account global table replica",
};
const resourceTypeFacts = {
  /** The backup resource type: arn:${Partition}:dynamodb:${Region}:${Account}:table/${TableName}/backup/${BackupName} */
  backup: "|,|",
  /** The export resource type: arn:${Partition}:dynamodb:${Region}:${Account}:table/${TableName}/export/${ExportName} */
  export: "|,export_|",
  /** The global-table resource type: arn:${Partition}:dynamodb::${Account}:global-table/${GlobalTableName} */
  "global-table": "|,globalTable|",
  /** The import resource type: arn:${Partition}:dynamodb:${Region}:${Account}:table/${TableName}/import/${ImportName} */
  import: "|,import_|",
  /** The index resource type: arn:${Partition}:dynamodb:${Region}:${Account}:table/${TableName}/index/${IndexName} */
  index: "|,|1",
  /** The stream resource type: arn:${Partition}:dynamodb:${Region}:${Account}:table/${TableName}/stream/${StreamLabel} */
  stream: "|,|",
  /** The table resource type: arn:${Partition}:dynamodb:${Region}:${Account}:table/${TableName} */
  table: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a backup resource: arn:${Partition}:dynamodb:${Region}:${Account}:table/${TableName}/backup/${BackupName}. */
  backup: "|,backup|arn:|Partition|:dynamodb:|Region|:|Account|:table/|TableName|/backup/|BackupName|",
  /** ARN of a export resource: arn:${Partition}:dynamodb:${Region}:${Account}:table/${TableName}/export/${ExportName}. */
  export_: "|,export|arn:|Partition|:dynamodb:|Region|:|Account|:table/|TableName|/export/|ExportName|",
  /** ARN of a global-table resource: arn:${Partition}:dynamodb::${Account}:global-table/${GlobalTableName}. */
  globalTable: "|,global-table|arn:|Partition|:dynamodb::|Account|:global-table/|GlobalTableName|",
  /** ARN of a import resource: arn:${Partition}:dynamodb:${Region}:${Account}:table/${TableName}/import/${ImportName}. */
  import_: "|,import|arn:|Partition|:dynamodb:|Region|:|Account|:table/|TableName|/import/|ImportName|",
  /** ARN of a index resource: arn:${Partition}:dynamodb:${Region}:${Account}:table/${TableName}/index/${IndexName}. */
  index: "|,index|arn:|Partition|:dynamodb:|Region|:|Account|:table/|TableName|/index/|IndexName|",
  /** ARN of a stream resource: arn:${Partition}:dynamodb:${Region}:${Account}:table/${TableName}/stream/${StreamLabel}. */
  stream: "|,stream|arn:|Partition|:dynamodb:|Region|:|Account|:table/|TableName|/stream/|StreamLabel|",
  /** ARN of a table resource: arn:${Partition}:dynamodb:${Region}:${Account}:table/${TableName}. */
  table: "|,table|arn:|Partition|:dynamodb:|Region|:|Account|:table/|TableName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["backup", "export", "global-table", "import", "index", "stream", "table"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "dynamodb">;
/** Any dynamodb action. */
export type Action = ActionOf<typeof actionFacts, "dynamodb">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "dynamodb">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "dynamodb" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every dynamodb action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the tags that are passed in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by the tags associated with the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the tag keys that are passed in the request. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access by attribute (field or column) names of the table. */
  "dynamodb:Attributes": "ArrayOfString";
  /** Filters access by blocking Transactions APIs calls and allow the non-Transaction APIs calls and vice-versa. */
  "dynamodb:EnclosingOperation": "String";
  /** Filters access by the first partition key of the table. */
  "dynamodb:FirstPartitionKeyValues": "ArrayOfString";
  /** Filters access by the ID of an AWS FIS action. */
  "dynamodb:FisActionId": "String";
  /** Filters access by the ARN of an AWS FIS target. */
  "dynamodb:FisTargetArns": "ArrayOfARN";
  /** Filters access by the forth partition key of the table. */
  "dynamodb:FourthPartitionKeyValues": "ArrayOfString";
  /** Filters access by blocking full table scan. */
  "dynamodb:FullTableScan": "Bool";
  /** Filters access by the first partition key of the table. */
  "dynamodb:LeadingKeys": "ArrayOfString";
  /** Filters access by the ReturnConsumedCapacity parameter of a request. Contains either "TOTAL" or "NONE". */
  "dynamodb:ReturnConsumedCapacity": "String";
  /** Filters access by the ReturnValues parameter of request. Contains one of the following: "ALL_OLD", "UPDATED_OLD","ALL_NEW","UPDATED_NEW", or "NONE". */
  "dynamodb:ReturnValues": "String";
  /** Filters access by the second partition key of the table. */
  "dynamodb:SecondPartitionKeyValues": "ArrayOfString";
  /** Filters access by the Select parameter of a Query or Scan request. */
  "dynamodb:Select": "String";
  /** Filters access by the third partition key of the table. */
  "dynamodb:ThirdPartitionKeyValues": "ArrayOfString";
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by the tags that are passed in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by the tags associated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the tag keys that are passed in the request",
  "dynamodb:Attributes": "|,ArrayOfString|0||Filters access by attribute (field or column) names of the table",
  "dynamodb:EnclosingOperation":
    "|,String|0||Filters access by blocking Transactions APIs calls and allow the non-Transaction APIs calls and vice-versa",
  "dynamodb:FirstPartitionKeyValues": "|,ArrayOfString|0||Filters access by the first partition key of the table",
  "dynamodb:FisActionId": "|,String|0||Filters access by the ID of an AWS FIS action",
  "dynamodb:FisTargetArns": "|,ArrayOfARN|0||Filters access by the ARN of an AWS FIS target",
  "dynamodb:FourthPartitionKeyValues": "|,ArrayOfString|0||Filters access by the forth partition key of the table",
  "dynamodb:FullTableScan": "|,Bool|0||Filters access by blocking full table scan",
  "dynamodb:LeadingKeys": "|,ArrayOfString|0||Filters access by the first partition key of the table",
  "dynamodb:ReturnConsumedCapacity":
    '|,String|0||Filters access by the ReturnConsumedCapacity parameter of a request. Contains either "TOTAL" or "NONE"',
  "dynamodb:ReturnValues":
    '|,String|0||Filters access by the ReturnValues parameter of request. Contains one of the following: "ALL_OLD", "UPDATED_OLD","ALL_NEW","UPDATED_NEW", or "NONE"',
  "dynamodb:SecondPartitionKeyValues": "|,ArrayOfString|0||Filters access by the second partition key of the table",
  "dynamodb:Select": "|,String|0||Filters access by the Select parameter of a Query or Scan request",
  "dynamodb:ThirdPartitionKeyValues": "|,ArrayOfString|0||Filters access by the third partition key of the table",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "dynamodb",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
