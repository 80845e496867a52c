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
export const prefix: "elasticfilesystem" = "elasticfilesystem";
/** The service's name in the reference. */
export const serviceName: "Amazon Elastic File System" = "Amazon Elastic File System";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Elastic File System",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonelasticfilesystem.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "elasticfilesystem:AccessPointArn",
  "elasticfilesystem:AccessedViaMountTarget",
  "elasticfilesystem:CreateAction",
  "elasticfilesystem:Encrypted",
] as const;
const dependentActionList = ["elasticfilesystem:TagResource"] as const;
const actionFacts = {
  /** Grants permission to start a backup job for an existing file system. Access level: Write. Resources: file-system*. Permission only. https://docs.aws.amazon.com/efs/latest/ug/efs-backup-solutions.html */
  Backup: "W||1|1;1;|||",
  /** Grants permission to allow an NFS client read-access to a file system. Access level: Read. Resources: file-system*. Permission only. https://docs.aws.amazon.com/efs/latest/ug/efs-client-authorization.html */
  ClientMount: "R||1|1;1;|3,4||",
  /** Grants permission to allow an NFS client root-access to a file system. Access level: Write. Resources: file-system*. Permission only. https://docs.aws.amazon.com/efs/latest/ug/efs-client-authorization.html */
  ClientRootAccess: "W||1|1;1;|3,4||",
  /** Grants permission to allow an NFS client write-access to a file system. Access level: Write. Resources: file-system*. Permission only. https://docs.aws.amazon.com/efs/latest/ug/efs-client-authorization.html */
  ClientWrite: "W||1|1;1;|3,4||",
  /** Grants permission to create an access point for the specified file system. Access level: Write. Resources: file-system*. https://docs.aws.amazon.com/efs/latest/ug/API_CreateAccessPoint.html */
  CreateAccessPoint: "W|||1;1;|0,2|0|;",
  /** Grants permission to create a new, empty file system. Access level: Write. https://docs.aws.amazon.com/efs/latest/ug/API_CreateFileSystem.html */
  CreateFileSystem: "W||||0,2,6|0|;",
  /** Grants permission to create a mount target for a file system. Access level: Write. Resources: file-system*. https://docs.aws.amazon.com/efs/latest/ug/API_CreateMountTarget.html */
  CreateMountTarget: "W|||1;1;|||;",
  /** Grants permission to create a new replication configuration. Access level: Write. Resources: file-system*. https://docs.aws.amazon.com/efs/latest/ug/API_CreateReplicationConfiguration.html */
  CreateReplicationConfiguration: "W|||1;1;||iam:PassRole|;",
  /** Grants permission to create or overwrite tags associated with a file system; deprecated, see TagResource. Access level: Tagging. Resources: file-system*. https://docs.aws.amazon.com/efs/latest/ug/API_CreateTags.html */
  CreateTags: "T|||1;1;|0,2||;",
  /** Grants permission to delete the specified access point. Access level: Write. Resources: access-point*. https://docs.aws.amazon.com/efs/latest/ug/API_DeleteAccessPoint.html */
  DeleteAccessPoint: "W|||0;1;|||;",
  /** Grants permission to delete a file system, permanently severing access to its contents. Access level: Write. Resources: file-system*. https://docs.aws.amazon.com/efs/latest/ug/API_DeleteFileSystem.html */
  DeleteFileSystem: "W|||1;1;|||;",
  /** Grants permission to delete the resource-level policy for a file system. Access level: Permissions management. Resources: file-system*. https://docs.aws.amazon.com/efs/latest/ug/API_DeleteFileSystemPolicy.html */
  DeleteFileSystemPolicy: "P|||1;1;|||;",
  /** Grants permission to delete the specified mount target. Access level: Write. Resources: file-system*. https://docs.aws.amazon.com/efs/latest/ug/API_DeleteMountTarget.html */
  DeleteMountTarget: "W|||1;1;|||;",
  /** Grants permission to delete a replication configuration. Access level: Write. Resources: file-system*. https://docs.aws.amazon.com/efs/latest/ug/API_DeleteReplicationConfiguration.html */
  DeleteReplicationConfiguration: "W|||1;1;|||;",
  /** Grants permission to delete the specified tags from a file system; deprecated, see UntagResource. Access level: Tagging. Resources: file-system*. https://docs.aws.amazon.com/efs/latest/ug/API_DeleteTags.html */
  DeleteTags: "T|||1;1;|2||;",
  /** Grants permission to view the descriptions of Amazon EFS access points. Access level: List. Resources: access-point, file-system. https://docs.aws.amazon.com/efs/latest/ug/API_DescribeAccessPoints.html */
  DescribeAccessPoints: "L|||0;0;,1;0;|||;",
  /** Grants permission to view the account preferences in effect for an account. Access level: List. https://docs.aws.amazon.com/efs/latest/ug/API_DescribeAccountPreferences.html */
  DescribeAccountPreferences: "L||||||;",
  /** Grants permission to view the BackupPolicy object for an Amazon EFS file system. Access level: Read. Resources: file-system*. https://docs.aws.amazon.com/efs/latest/ug/API_DescribeBackupPolicy.html */
  DescribeBackupPolicy: "R|||1;1;|||;",
  /** Grants permission to view the resource-level policy for an Amazon EFS file system. Access level: Read. Resources: file-system. https://docs.aws.amazon.com/efs/latest/ug/API_DescribeFileSystemPolicy.html */
  DescribeFileSystemPolicy: "R|||1;0;|||;",
  /** Grants permission to view the description of an Amazon EFS file system specified by file system CreationToken or FileSystemId; or to view the description of all file systems owned by the caller's AWS account in the AWS region of the endpoint that is being called. Access level: List. Resources: file-system. https://docs.aws.amazon.com/efs/latest/ug/API_DescribeFileSystems.html */
  DescribeFileSystems: "L|||1;0;|||;",
  /** Grants permission to view the LifecycleConfiguration object for an Amazon EFS file system. Access level: Read. Resources: file-system*. https://docs.aws.amazon.com/efs/latest/ug/API_DescribeLifecycleConfiguration.html */
  DescribeLifecycleConfiguration: "R|||1;1;|||;",
  /** Grants permission to view the security groups in effect for a mount target. Access level: Read. Resources: file-system*. https://docs.aws.amazon.com/efs/latest/ug/API_DescribeMountTargetSecurityGroups.html */
  DescribeMountTargetSecurityGroups: "R|||1;1;|||;",
  /** Grants permission to view the descriptions of all mount targets, or a specific mount target, for a file system. Access level: Read. Resources: access-point, file-system*. https://docs.aws.amazon.com/efs/latest/ug/API_DescribeMountTargets.html */
  DescribeMountTargets: "R|||0;0;,1;1;|||;",
  /** Grants permission to view the description of an Amazon EFS replication configuration specified by FileSystemId; or to view the description of all replication configurations owned by the caller's AWS account in the AWS region of the endpoint that is being called. Access level: List. Resources: file-system. https://docs.aws.amazon.com/efs/latest/ug/API_DescribeReplicationConfigurations.html */
  DescribeReplicationConfigurations: "L|||1;0;|||;",
  /** Grants permission to view the tags associated with a file system. Access level: Read. Resources: file-system*. https://docs.aws.amazon.com/efs/latest/ug/API_DescribeTags.html */
  DescribeTags: "R|||1;1;|||;",
  /** Grants permission to view the tags associated with the specified Amazon EFS resource. Access level: Read. Resources: access-point, file-system. https://docs.aws.amazon.com/efs/latest/ug/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,1;0;|||;",
  /** Grants permission to modify the set of security groups in effect for a mount target. Access level: Write. Resources: file-system*. https://docs.aws.amazon.com/efs/latest/ug/API_ModifyMountTargetSecurityGroups.html */
  ModifyMountTargetSecurityGroups: "W|||1;1;|||;",
  /** Grants permission to set the account preferences of an account. Access level: Write. https://docs.aws.amazon.com/efs/latest/ug/API_PutAccountPreferences.html */
  PutAccountPreferences: "W||||||;",
  /** Grants permission to enable or disable automatic backups with AWS Backup by creating a new BackupPolicy object. Access level: Write. Resources: file-system*. https://docs.aws.amazon.com/efs/latest/ug/API_PutBackupPolicy.html */
  PutBackupPolicy: "W|||1;1;|||;",
  /** Grants permission to apply a resource-level policy that defines the actions allowed or denied from given actors for the specified file system. Access level: Permissions management. Resources: file-system*. https://docs.aws.amazon.com/efs/latest/ug/API_PutFileSystemPolicy.html */
  PutFileSystemPolicy: "P|||1;1;|||;",
  /** Grants permission to enable lifecycle management by creating a new LifecycleConfiguration object. Access level: Write. Resources: file-system*. https://docs.aws.amazon.com/efs/latest/ug/API_PutLifecycleConfiguration.html */
  PutLifecycleConfiguration: "W|||1;1;|||;",
  /** Grants permission to read file system data for replication. Access level: Read. Resources: file-system*. Permission only. https://docs.aws.amazon.com/efs/latest/ug/efs-replication.html */
  ReplicationRead: "R||1|1;1;|||",
  /** Grants permission to replicate data to a file system. Access level: Write. Resources: file-system*. Permission only. https://docs.aws.amazon.com/efs/latest/ug/efs-replication.html */
  ReplicationWrite: "W||1|1;1;|||",
  /** Grants permission to start a restore job for a backup of a file system. Access level: Write. Resources: file-system*. Permission only. https://docs.aws.amazon.com/efs/latest/ug/efs-backup-solutions.html */
  Restore: "W||1|1;1;|||",
  /** Grants permission to create or overwrite tags associated with the specified Amazon EFS resource. Access level: Tagging. Resources: access-point, file-system. https://docs.aws.amazon.com/efs/latest/ug/API_TagResource.html */
  TagResource: "T|||0;0;,1;0;|0,2,5||CreateAccessPoint,CreateFileSystem,;",
  /** Grants permission to delete the specified tags from an Amazon EFS resource. Access level: Tagging. Resources: access-point, file-system. https://docs.aws.amazon.com/efs/latest/ug/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;|2||;",
  /** Grants permission to update the throughput mode or the amount of provisioned throughput of an existing file system. Access level: Write. Resources: file-system*. https://docs.aws.amazon.com/efs/latest/ug/API_UpdateFileSystem.html */
  UpdateFileSystem: "W|||1;1;|||;",
  /** Grants permission to update the file system protection of an existing file system. Access level: Write. Resources: file-system*. https://docs.aws.amazon.com/efs/latest/ug/API_UpdateFileSystemProtection.html */
  UpdateFileSystemProtection: "W|||1;1;|||;",
} as const;
const actionDetails = {
  Backup: "|,;~|Grants permission to start a backup job for an existing file system",
  ClientMount: "|,;~|Grants permission to allow an NFS client read-access to a file system",
  ClientRootAccess: "|,;~|Grants permission to allow an NFS client root-access to a file system",
  ClientWrite: "|,;~|Grants permission to allow an NFS client write-access to a file system",
  CreateAccessPoint: "|,;~~~|Grants permission to create an access point for the specified file system",
  CreateFileSystem: "|,;~~~|Grants permission to create a new, empty file system",
  CreateMountTarget: "|,;~~~|Grants permission to create a mount target for a file system",
  CreateReplicationConfiguration: "|,;~~~|Grants permission to create a new replication configuration",
  CreateTags:
    "|,;~~~|Grants permission to create or overwrite tags associated with a file system; deprecated, see TagResource",
  DeleteAccessPoint: "|,;~~~|Grants permission to delete the specified access point",
  DeleteFileSystem: "|,;~~~|Grants permission to delete a file system, permanently severing access to its contents",
  DeleteFileSystemPolicy: "|,;~~~|Grants permission to delete the resource-level policy for a file system",
  DeleteMountTarget: "|,;~~~|Grants permission to delete the specified mount target",
  DeleteReplicationConfiguration: "|,;~~~|Grants permission to delete a replication configuration",
  DeleteTags: "|,;~~~|Grants permission to delete the specified tags from a file system; deprecated, see UntagResource",
  DescribeAccessPoints: "|,;~~~|Grants permission to view the descriptions of Amazon EFS access points",
  DescribeAccountPreferences: "|,;~~~|Grants permission to view the account preferences in effect for an account",
  DescribeBackupPolicy: "|,;~~~|Grants permission to view the BackupPolicy object for an Amazon EFS file system",
  DescribeFileSystemPolicy: "|,;~~~|Grants permission to view the resource-level policy for an Amazon EFS file system",
  DescribeFileSystems:
    "|,;~~~|Grants permission to view the description of an Amazon EFS file system specified by file system CreationToken or FileSystemId; or to view the description of all file systems owned by the caller's AWS account in the AWS region of the endpoint that is being called",
  DescribeLifecycleConfiguration:
    "|,;~~~|Grants permission to view the LifecycleConfiguration object for an Amazon EFS file system",
  DescribeMountTargetSecurityGroups:
    "|,;~~~|Grants permission to view the security groups in effect for a mount target",
  DescribeMountTargets:
    "|,;~~~|Grants permission to view the descriptions of all mount targets, or a specific mount target, for a file system",
  DescribeReplicationConfigurations:
    "|,;~~~|Grants permission to view the description of an Amazon EFS replication configuration specified by FileSystemId; or to view the description of all replication configurations owned by the caller's AWS account in the AWS region of the endpoint that is being called",
  DescribeTags: "|,;~~~|Grants permission to view the tags associated with a file system",
  ListTagsForResource: "|,;~~~|Grants permission to view the tags associated with the specified Amazon EFS resource",
  ModifyMountTargetSecurityGroups:
    "|,;~~~|Grants permission to modify the set of security groups in effect for a mount target",
  PutAccountPreferences: "|,;~~~|Grants permission to set the account preferences of an account",
  PutBackupPolicy:
    "|,;~~~|Grants permission to enable or disable automatic backups with AWS Backup by creating a new BackupPolicy object",
  PutFileSystemPolicy:
    "|,;~~~|Grants permission to apply a resource-level policy that defines the actions allowed or denied from given actors for the specified file system",
  PutLifecycleConfiguration:
    "|,;~~~|Grants permission to enable lifecycle management by creating a new LifecycleConfiguration object",
  ReplicationRead: "|,;~|Grants permission to read file system data for replication",
  ReplicationWrite: "|,;~|Grants permission to replicate data to a file system",
  Restore: "|,;~|Grants permission to start a restore job for a backup of a file system",
  TagResource:
    "|,;~~~,~~,~~|Grants permission to create or overwrite tags associated with the specified Amazon EFS resource",
  UntagResource: "|,;~~~|Grants permission to delete the specified tags from an Amazon EFS resource",
  UpdateFileSystem:
    "|,;~~~|Grants permission to update the throughput mode or the amount of provisioned throughput of an existing file system",
  UpdateFileSystemProtection:
    "|,;~~~|Grants permission to update the file system protection of an existing file system",
};
const resourceTypeFacts = {
  /** The access-point resource type: arn:${Partition}:elasticfilesystem:${Region}:${Account}:access-point/${AccessPointId} */
  "access-point": "|,accessPoint|1",
  /** The file-system resource type: arn:${Partition}:elasticfilesystem:${Region}:${Account}:file-system/${FileSystemId} */
  "file-system": "|,fileSystem|1",
} as const;
const arnFormats = {
  /** ARN of a access-point resource: arn:${Partition}:elasticfilesystem:${Region}:${Account}:access-point/${AccessPointId}. */
  accessPoint: "|,access-point|arn:|Partition|:elasticfilesystem:|Region|:|Account|:access-point/|AccessPointId|",
  /** ARN of a file-system resource: arn:${Partition}:elasticfilesystem:${Region}:${Account}:file-system/${FileSystemId}. */
  fileSystem: "|,file-system|arn:|Partition|:elasticfilesystem:|Region|:|Account|:file-system/|FileSystemId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["access-point", "file-system"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "elasticfilesystem">;
/** Any elasticfilesystem action. */
export type Action = ActionOf<typeof actionFacts, "elasticfilesystem">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "elasticfilesystem">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "efs" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every elasticfilesystem action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the ARN of the access point used to mount the file system. */
  "elasticfilesystem:AccessPointArn": "ARN";
  /** Filters access by whether the file system is accessed via mount targets. */
  "elasticfilesystem:AccessedViaMountTarget": "Bool";
  /** Filters access by the name of a resource-creating API action. */
  "elasticfilesystem:CreateAction": "String";
  /** Filters access by whether users can create only encrypted or unencrypted file systems. */
  "elasticfilesystem:Encrypted": "Bool";
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
  "elasticfilesystem:AccessPointArn":
    "|,ARN|0||Filters access by the ARN of the access point used to mount the file system",
  "elasticfilesystem:AccessedViaMountTarget":
    "|,Bool|0||Filters access by whether the file system is accessed via mount targets",
  "elasticfilesystem:CreateAction": "|,String|0||Filters access by the name of a resource-creating API action",
  "elasticfilesystem:Encrypted":
    "|,Bool|0||Filters access by whether users can create only encrypted or unencrypted file systems",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "elasticfilesystem",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
