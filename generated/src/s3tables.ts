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
export const prefix: "s3tables" = "s3tables";
/** The service's name in the reference. */
export const serviceName: "Amazon S3 Tables" = "Amazon S3 Tables";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon S3 Tables",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazons3tables.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "s3tables:KMSKeyArn",
  "s3tables:SSEAlgorithm",
  "s3tables:StorageClass",
  "s3tables:TableBucketTag/${TagKey}",
  "s3tables:namespace",
  "s3tables:tableName",
] as const;
const dependentActionList = ["iam:PassRole", "s3tables:TagResource"] as const;
const actionFacts = {
  /** Grants permission to create a namespace. Access level: Write. Resources: TableBucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_s3Buckets_CreateNamespace.html */
  CreateNamespace: "W|||1;1;|||;",
  /** Grants permission to create a table. Access level: Write. Resources: TableBucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_s3Buckets_CreateTable.html */
  CreateTable: "W|||1;1;|0,1,2,3,4,6,7|s3tables:PutTableEncryption,s3tables:PutTableStorageClass,1|;",
  /** Grants permission to create a table bucket. Access level: Write. Resources: TableBucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_s3Buckets_CreateTableBucket.html */
  CreateTableBucket:
    "W|||1;1;|0,1,2,3,4,6|s3tables:PutTableBucketEncryption,s3tables:PutTableBucketPolicy,s3tables:PutTableBucketStorageClass,1|;",
  /** Grants permission to delete a namespace. Access level: Write. Resources: TableBucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_s3Buckets_DeleteNamespace.html */
  DeleteNamespace: "W|||1;1;|7||;",
  /** Grants permission to delete a table. Access level: Write. Resources: Table*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_s3Buckets_DeleteTable.html */
  DeleteTable: "W|||0;1;|7,8||;",
  /** Grants permission to delete a table bucket. Access level: Write. Resources: TableBucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_s3Buckets_DeleteTableBucket.html */
  DeleteTableBucket: "W|||1;1;|||;",
  /** Grants permission to delete encryption configuration on a table bucket. Access level: Write. Resources: TableBucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_s3Buckets_DeleteTableBucketEncryption.html */
  DeleteTableBucketEncryption: "W|||1;1;|||;",
  /** Grants permission to delete a metrics configuration on a table bucket. Access level: Write. Resources: TableBucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_s3Buckets_DeleteTableBucketMetricsConfiguration.html */
  DeleteTableBucketMetricsConfiguration: "W|||1;1;|||;",
  /** Grants permission to delete a policy on a table bucket. Access level: Permissions management. Resources: TableBucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_s3Buckets_DeleteTableBucketPolicy.html */
  DeleteTableBucketPolicy: "P|||1;1;|||;",
  /** Grants permission to delete table bucket replication configuration on a bucket. Access level: Write. Resources: TableBucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_s3Buckets_DeleteTableBucketReplication.html */
  DeleteTableBucketReplication: "W|||1;1;|||;",
  /** Grants permission to delete a policy on a table. Access level: Permissions management. Resources: Table*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_s3Buckets_DeleteTablePolicy.html */
  DeleteTablePolicy: "P|||0;1;|7,8||;",
  /** Grants permission to delete table replication configuration on a table. Access level: Write. Resources: Table*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_s3Buckets_DeleteTableReplication.html */
  DeleteTableReplication: "W|||0;1;|7,8||;",
  /** Grants permission to get a namespace. Access level: Read. Resources: TableBucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_s3Buckets_GetNamespace.html */
  GetNamespace: "R|||1;1;|7||;",
  /** Grants permission to retrieve a table. Access level: Read. Resources: Table*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_s3Buckets_GetTable.html */
  GetTable: "R|||0;1;|7,8||;",
  /** Grants permission to retrieve a table bucket. Access level: Read. Resources: TableBucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_s3Buckets_GetTableBucket.html */
  GetTableBucket: "R|||1;1;|||;",
  /** Grants permission to retrieve encryption configuration on a table bucket. Access level: Read. Resources: TableBucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_s3Buckets_GetTableBucketEncryption.html */
  GetTableBucketEncryption: "R|||1;1;|||;",
  /** Grants permission to retrieve a maintenance configuration on a table bucket. Access level: Read. Resources: TableBucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_s3Buckets_GetTableBucketMaintenanceConfiguration.html */
  GetTableBucketMaintenanceConfiguration: "R|||1;1;|||;",
  /** Grants permission to retrieve a metrics configuration on a bucket. Access level: Read. Resources: TableBucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_s3Buckets_GetTableBucketMetricsConfiguration.html */
  GetTableBucketMetricsConfiguration: "R|||1;1;|||;",
  /** Grants permission to retrieve a policy on a table bucket. Access level: Read. Resources: TableBucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_s3Buckets_GetTableBucketPolicy.html */
  GetTableBucketPolicy: "R|||1;1;|||;",
  /** Grants permission to retrieve a table bucket replication configuration on a bucket. Access level: Read. Resources: TableBucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_s3Buckets_GetTableBucketReplication.html */
  GetTableBucketReplication: "R|||1;1;|||;",
  /** Grants permission to retrieve the storage class configuration for a table bucket. Access level: Read. Resources: TableBucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_s3Buckets_GetTableBucketStorageClass.html */
  GetTableBucketStorageClass: "R|||1;1;|||;",
  /** Grants permission to read metadata and data objects from a table storage endpoint using S3 APIs. Access level: Read. Resources: Table*. Permission only. https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-tables-setting-up.html#s3-tables-actions */
  GetTableData: "R||1|0;1;|7,8||",
  /** Grants permission to retrieve encryption configuration on a table. Access level: Read. Resources: Table*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_s3Buckets_GetTableEncryption.html */
  GetTableEncryption: "R|||0;1;|7,8||;",
  /** Grants permission to retrieve a maintenance configuration on a table. Access level: Read. Resources: Table*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_s3Buckets_GetTableMaintenanceConfiguration.html */
  GetTableMaintenanceConfiguration: "R|||0;1;|7,8||;",
  /** Grants permission to retrieve the status of maintenance jobs on a table. Access level: Read. Resources: Table*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_s3Buckets_GetTableMaintenanceJobStatus.html */
  GetTableMaintenanceJobStatus: "R|||0;1;|7,8||;",
  /** Grants permission to retrieve the metadata location of a table. Access level: Read. Resources: Table*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_s3Buckets_GetTableMetadataLocation.html */
  GetTableMetadataLocation: "R|||0;1;|7,8||;",
  /** Grants permission to retrieve a policy on a table. Access level: Read. Resources: Table*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_s3Buckets_GetTablePolicy.html */
  GetTablePolicy: "R|||0;1;|7,8||;",
  /** Grants permission to retrieve a table maintenance configuration on a system table. Access level: Read. Resources: Table*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_s3Buckets_GetTableRecordExpirationConfiguration.html */
  GetTableRecordExpirationConfiguration: "R|||0;1;|7,8||;",
  /** Grants permission to retrieve the status of table record expiration jobs on a system table. Access level: Read. Resources: Table*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_s3Buckets_GetTableRecordExpirationJobStatus.html */
  GetTableRecordExpirationJobStatus: "R|||0;1;|7,8||;",
  /** Grants permission to retrieve a table replication configuration on a table. Access level: Read. Resources: Table*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_s3Buckets_GetTableReplication.html */
  GetTableReplication: "R|||0;1;|7,8||;",
  /** Grants permission to retrieve a table replication status on a table. Access level: Read. Resources: Table*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_s3Buckets_GetTableReplicationStatus.html */
  GetTableReplicationStatus: "R|||0;1;|7,8||;",
  /** Grants permission to retrieve the storage class configuration for a specific table. Access level: Read. Resources: Table*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_s3Buckets_GetTableStorageClass.html */
  GetTableStorageClass: "R|||0;1;|7,8||;",
  /** Grants permission to list namespaces. Access level: List. Resources: TableBucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_s3Buckets_ListNamespaces.html */
  ListNamespaces: "L|||1;1;|||;",
  /** Grants permission to list table buckets. Access level: List. https://docs.aws.amazon.com/AmazonS3/latest/API/API_s3Buckets_ListTableBuckets.html */
  ListTableBuckets: "L||||||;",
  /** Grants permission to list tables. Access level: List. Resources: TableBucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_s3Buckets_ListTables.html */
  ListTables: "L|||1;1;|7||;",
  /** Grants permission to list the tags for an S3 Tables resource. Access level: List. Resources: Table, TableBucket. https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-tables-tables-tagging.html */
  ListTagsForResource: "L|||0;0;,1;0;|1,6||;",
  /** Grants permission to put or overwrite encryption configuration on a table bucket. Access level: Write. Resources: TableBucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_s3Buckets_PutTableBucketEncryption.html */
  PutTableBucketEncryption: "W|||1;1;|3,4||CreateTableBucket,;",
  /** Grants permission to put a maintenance configuration on a table bucket. Access level: Write. Resources: TableBucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_s3Buckets_PutTableBucketMaintenanceConfiguration.html */
  PutTableBucketMaintenanceConfiguration: "W|||1;1;|||;",
  /** Grants permission to create or overwrite a metrics configuration on a table bucket. Access level: Write. Resources: TableBucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_s3Buckets_PutTableBucketMetricsConfiguration.html */
  PutTableBucketMetricsConfiguration: "W|||1;1;|||;",
  /** Grants permission to create or overwrite a policy on a table bucket. Access level: Permissions management. Resources: TableBucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_s3Buckets_PutTableBucketPolicy.html */
  PutTableBucketPolicy: "P|||1;1;|||CreateTableBucket,;",
  /** Grants permission to put table bucket replication configuration on a bucket. Access level: Write. Resources: TableBucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_s3Buckets_PutTableBucketReplication.html */
  PutTableBucketReplication: "W|||1;1;||0|;",
  /** Grants permission to set or update the storage class configuration for a table bucket. Access level: Write. Resources: TableBucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_s3Buckets_PutTableBucketStorageClass.html */
  PutTableBucketStorageClass: "W|||1;1;|5||CreateTableBucket,;",
  /** Grants permission to write metadata and data objects to a table storage endpoint using S3 APIs. Access level: Write. Resources: Table*. Permission only. https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-tables-setting-up.html#s3-tables-actions */
  PutTableData: "W||1|0;1;|7,8||",
  /** Grants permission to put encryption configuration on a table. Access level: Write. Resources: Table*. Permission only. https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-tables-setting-up.html#s3-tables-actions */
  PutTableEncryption: "W||1|0;1;|3,4,7||CreateTable",
  /** Grants permission to put a maintenance configuration on a table. Access level: Write. Resources: Table*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_s3Buckets_PutTableMaintenanceConfiguration.html */
  PutTableMaintenanceConfiguration: "W|||0;1;|7,8||;",
  /** Grants permission to create or overwrite a policy on a table. Access level: Permissions management. Resources: Table*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_s3Buckets_PutTablePolicy.html */
  PutTablePolicy: "P|||0;1;|7,8||;",
  /** Grants permission to put a table record expiration configuration on a system table. Access level: Write. Resources: Table*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_s3Buckets_PutTableRecordExpirationConfiguration.html */
  PutTableRecordExpirationConfiguration: "W|||0;1;|7,8||;",
  /** Grants permission to put table replication configuration on a table. Access level: Write. Resources: Table*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_s3Buckets_PutTableReplication.html */
  PutTableReplication: "W|||0;1;|7,8|0|;",
  /** Grants permission to set or update the storage class configuration for a table. Access level: Write. Resources: Table*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_s3Buckets_PutTableStorageClass.html */
  PutTableStorageClass: "W|||0;1;|5,7,8||CreateTable",
  /** Grants permission to rename a table or move a table across namespaces. Access level: Write. Resources: Table*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_s3Buckets_RenameTable.html */
  RenameTable: "W|||0;1;|7,8||;",
  /** Grants permission to tag a S3 Tables resource. Access level: Tagging. Resources: Table, TableBucket. https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-tables-tables-tagging.html */
  TagResource: "T|||0;0;,1;0;|0,1,2,6||CreateTable,CreateTableBucket,;",
  /** Grants permission to untag a S3 Tables resource. Access level: Tagging. Resources: Table, TableBucket. https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-tables-tables-tagging.html */
  UntagResource: "T|||0;0;,1;0;|1,2,6||;",
  /** Grants permission to update the metadata location of a table. Access level: Write. Resources: Table*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_s3Buckets_UpdateTableMetadataLocation.html */
  UpdateTableMetadataLocation: "W|||0;1;|7,8||;",
} as const;
const actionDetails = {
  CreateNamespace: "|,;~~~|Grants permission to create a namespace",
  CreateTable: "|,;~~~|Grants permission to create a table",
  CreateTableBucket: "|,;~~~|Grants permission to create a table bucket",
  DeleteNamespace: "|,;~~~|Grants permission to delete a namespace",
  DeleteTable: "|,;~~~|Grants permission to delete a table",
  DeleteTableBucket: "|,;~~~|Grants permission to delete a table bucket",
  DeleteTableBucketEncryption: "|,;~~~|Grants permission to delete encryption configuration on a table bucket",
  DeleteTableBucketMetricsConfiguration: "|,;~~~|Grants permission to delete a metrics configuration on a table bucket",
  DeleteTableBucketPolicy: "|,;~~~|Grants permission to delete a policy on a table bucket",
  DeleteTableBucketReplication: "|,;~~~|Grants permission to delete table bucket replication configuration on a bucket",
  DeleteTablePolicy: "|,;~~~|Grants permission to delete a policy on a table",
  DeleteTableReplication: "|,;~~~|Grants permission to delete table replication configuration on a table",
  GetNamespace: "|,;~~~|Grants permission to get a namespace",
  GetTable: "|,;~~~|Grants permission to retrieve a table",
  GetTableBucket: "|,;~~~|Grants permission to retrieve a table bucket",
  GetTableBucketEncryption: "|,;~~~|Grants permission to retrieve encryption configuration on a table bucket",
  GetTableBucketMaintenanceConfiguration:
    "|,;~~~|Grants permission to retrieve a maintenance configuration on a table bucket",
  GetTableBucketMetricsConfiguration: "|,;~~~|Grants permission to retrieve a metrics configuration on a bucket",
  GetTableBucketPolicy: "|,;~~~|Grants permission to retrieve a policy on a table bucket",
  GetTableBucketReplication:
    "|,;~~~|Grants permission to retrieve a table bucket replication configuration on a bucket",
  GetTableBucketStorageClass: "|,;~~~|Grants permission to retrieve the storage class configuration for a table bucket",
  GetTableData: "|,;~|Grants permission to read metadata and data objects from a table storage endpoint using S3 APIs",
  GetTableEncryption: "|,;~~~|Grants permission to retrieve encryption configuration on a table",
  GetTableMaintenanceConfiguration: "|,;~~~|Grants permission to retrieve a maintenance configuration on a table",
  GetTableMaintenanceJobStatus: "|,;~~~|Grants permission to retrieve the status of maintenance jobs on a table",
  GetTableMetadataLocation: "|,;~~~|Grants permission to retrieve the metadata location of a table",
  GetTablePolicy: "|,;~~~|Grants permission to retrieve a policy on a table",
  GetTableRecordExpirationConfiguration:
    "|,;~~~|Grants permission to retrieve a table maintenance configuration on a system table",
  GetTableRecordExpirationJobStatus:
    "|,;~~~|Grants permission to retrieve the status of table record expiration jobs on a system table",
  GetTableReplication: "|,;~~~|Grants permission to retrieve a table replication configuration on a table",
  GetTableReplicationStatus: "|,;~~~|Grants permission to retrieve a table replication status on a table",
  GetTableStorageClass: "|,;~~~|Grants permission to retrieve the storage class configuration for a specific table",
  ListNamespaces: "|,;~~~|Grants permission to list namespaces",
  ListTableBuckets: "|,;~~~|Grants permission to list table buckets",
  ListTables: "|,;~~~|Grants permission to list tables",
  ListTagsForResource: "|,;~~~|Grants permission to list the tags for an S3 Tables resource",
  PutTableBucketEncryption:
    "|,;~~~,~~|Grants permission to put or overwrite encryption configuration on a table bucket",
  PutTableBucketMaintenanceConfiguration:
    "|,;~~~|Grants permission to put a maintenance configuration on a table bucket",
  PutTableBucketMetricsConfiguration:
    "|,;~~~|Grants permission to create or overwrite a metrics configuration on a table bucket",
  PutTableBucketPolicy: "|,;~~~,~~|Grants permission to create or overwrite a policy on a table bucket",
  PutTableBucketReplication: "|,;~~~|Grants permission to put table bucket replication configuration on a bucket",
  PutTableBucketStorageClass:
    "|,;~~~,~~|Grants permission to set or update the storage class configuration for a table bucket",
  PutTableData: "|,;~|Grants permission to write metadata and data objects to a table storage endpoint using S3 APIs",
  PutTableEncryption: "|,;~~~|Grants permission to put encryption configuration on a table",
  PutTableMaintenanceConfiguration: "|,;~~~|Grants permission to put a maintenance configuration on a table",
  PutTablePolicy: "|,;~~~|Grants permission to create or overwrite a policy on a table",
  PutTableRecordExpirationConfiguration:
    "|,;~~~|Grants permission to put a table record expiration configuration on a system table",
  PutTableReplication: "|,;~~~|Grants permission to put table replication configuration on a table",
  PutTableStorageClass: "|,;~~~|Grants permission to set or update the storage class configuration for a table",
  RenameTable: "|,;~~~|Grants permission to rename a table or move a table across namespaces",
  TagResource: "|,;~~~,~~,~~|Grants permission to tag a S3 Tables resource",
  UntagResource: "|,;~~~|Grants permission to untag a S3 Tables resource",
  UpdateTableMetadataLocation: "|,;~~~|Grants permission to update the metadata location of a table",
};
const resourceTypeFacts = {
  /** The Table resource type: arn:${Partition}:s3tables:${Region}:${Account}:bucket/${TableBucketName}/table/${TableID} */
  Table: "|,table|1,6,7,8",
  /** The TableBucket resource type: arn:${Partition}:s3tables:${Region}:${Account}:bucket/${TableBucketName} */
  TableBucket: "|,tableBucket|1,6",
} as const;
const arnFormats = {
  /** ARN of a Table resource: arn:${Partition}:s3tables:${Region}:${Account}:bucket/${TableBucketName}/table/${TableID}. */
  table: "|,Table|arn:|Partition|:s3tables:|Region|:|Account|:bucket/|TableBucketName|/table/|TableID,tableId|",
  /** ARN of a TableBucket resource: arn:${Partition}:s3tables:${Region}:${Account}:bucket/${TableBucketName}. */
  tableBucket: "|,TableBucket|arn:|Partition|:s3tables:|Region|:|Account|:bucket/|TableBucketName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["Table", "TableBucket"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "s3tables">;
/** Any s3tables action. */
export type Action = ActionOf<typeof actionFacts, "s3tables">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "s3tables">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "s3tables" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every s3tables action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the tags associated with the table bucket. */
  [key: `s3tables:TableBucketTag/${string}`]: "String";
  /** Filters access by the tag keys that are passed in the request. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access by the AWS KMS key ARN for the key used to encrypt a table. */
  "s3tables:KMSKeyArn": "ARN";
  /** Filters access by the server-side encryption algorithm used to encrypt a table. */
  "s3tables:SSEAlgorithm": "String";
  /** Filters access by the storage class that can be set on tables under a table bucket. */
  "s3tables:StorageClass": "String";
  /** Filters access by the namespaces created in the table bucket. */
  "s3tables:namespace": "String";
  /** Filters access by the name of the tables in the table bucket. */
  "s3tables:tableName": "String";
}

/** Condition key -> value type. */
export type ConditionKeys = ConditionKeysOf<ConditionKeyTypes>;

/** Condition key with a placeholder, as the reference writes it -> its template-literal key. */
export interface ConditionKeyPatterns {
  /** aws:RequestTag/${TagKey} */
  "aws:RequestTag/${TagKey}": `aws:RequestTag/${string}`;
  /** aws:ResourceTag/${TagKey} */
  "aws:ResourceTag/${TagKey}": `aws:ResourceTag/${string}`;
  /** s3tables:TableBucketTag/${TagKey} */
  "s3tables:TableBucketTag/${TagKey}": `s3tables:TableBucketTag/${string}`;
}

/** A condition key as the reference writes it. */
export type ConditionKeyName = (typeof conditionKeyList)[number];
/** Condition key -> description, types, deprecation. */
export type ConditionKeyInfos = { readonly [K in ConditionKeyName]: ConditionKeyInfo };
const conditionKeyRows: { readonly [K in ConditionKeyName]: string } = {
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by the tags that are passed in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by the tags associated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the tag keys that are passed in the request",
  "s3tables:KMSKeyArn": "|,ARN|0||Filters access by the AWS KMS key ARN for the key used to encrypt a table",
  "s3tables:SSEAlgorithm": "|,String|0||Filters access by the server-side encryption algorithm used to encrypt a table",
  "s3tables:StorageClass":
    "|,String|0||Filters access by the storage class that can be set on tables under a table bucket",
  "s3tables:TableBucketTag/${TagKey}": "|,String|0||Filters access by the tags associated with the table bucket",
  "s3tables:namespace": "|,String|0||Filters access by the namespaces created in the table bucket",
  "s3tables:tableName": "|,String|0||Filters access by the name of the tables in the table bucket",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "s3tables",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
