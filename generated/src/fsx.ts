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
export const prefix: "fsx" = "fsx";
/** The service's name in the reference. */
export const serviceName: "Amazon FSx" = "Amazon FSx";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  { name: "Amazon FSx", url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonfsx.html" },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "fsx:IsBackupCopyDestination",
  "fsx:IsBackupCopySource",
  "fsx:NfsDataRepositoryAuthenticationEnabled",
  "fsx:NfsDataRepositoryEncryptionInTransitEnabled",
  "fsx:ParentVolumeId",
  "fsx:StorageVirtualMachineId",
] as const;
const dependentActionList = ["ec2:GetSecurityGroupsForVpc", "fsx:TagResource"] as const;
const actionFacts = {
  /** Grants permission to associate a File Gateway instance with an Amazon FSx for Windows File Server file system. Access level: Write. Resources: file-system*. Permission only. https://docs.aws.amazon.com/filegateway/latest/filefsxw/what-is-file-fsxw.html */
  AssociateFileGateway: "W||1|3;1;|||",
  /** Grants permission to associate DNS aliases with an Amazon FSx for Windows File Server file system. Access level: Write. Resources: file-system*. https://docs.aws.amazon.com/fsx/latest/APIReference/API_AssociateFileSystemAliases.html */
  AssociateFileSystemAliases: "W|||3;1;|||;",
  /** Grants permission to allow deletion of an FSx for ONTAP SnapLock Enterprise volume that contains WORM (write once, read many) files with active retention periods. Access level: Permissions management. Resources: volume*. Permission only. https://docs.aws.amazon.com/fsx/latest/ONTAPGuide/snaplock-enterprise.html#bypass-enterprise */
  BypassSnaplockEnterpriseRetention: "P||1|7;1;|||DeleteVolume",
  /** Grants permission to cancel a data repository task. Access level: Write. Resources: task*. https://docs.aws.amazon.com/fsx/latest/APIReference/API_CancelDataRepositoryTask.html */
  CancelDataRepositoryTask: "W|||6;1;|||;",
  /** Grants permission to copy a backup. Access level: Write. Resources: backup*. https://docs.aws.amazon.com/fsx/latest/APIReference/API_CopyBackup.html */
  CopyBackup: "W|||1;1;|0,2|1|;",
  /** Grants permission to update an existing volume by using a snapshot from another Amazon FSx for OpenZFS file system. Access level: Write. Resources: snapshot*, volume*. https://docs.aws.amazon.com/fsx/latest/APIReference/API_CopySnapshotAndUpdateVolume.html */
  CopySnapshotAndUpdateVolume: "W|||4;1;,7;1;|||;",
  /** Grants permission to create and attach a S3 Access Point to a FSx File System. Access level: Write. Resources: volume. https://docs.aws.amazon.com/fsx/latest/APIReference/API_CreateAndAttachS3AccessPoint.html */
  CreateAndAttachS3AccessPoint: "W|||7;0;||s3:CreateAccessPoint,s3:GetAccessPoint,s3:PutAccessPointPolicy|;",
  /** Grants permission to create a new backup of an Amazon FSx file system or an Amazon FSx volume. Access level: Write. Resources: backup*, file-system, volume. https://docs.aws.amazon.com/fsx/latest/APIReference/API_CreateBackup.html */
  CreateBackup: "W|||1;1;,3;0;,7;0;|0,2|1|;,DeleteFileSystem",
  /** Grants permission to create a new data respository association for an Amazon FSx for Lustre file system. Access level: Write. Resources: association*, file-system*. https://docs.aws.amazon.com/fsx/latest/APIReference/API_CreateDataRepositoryAssociation.html */
  CreateDataRepositoryAssociation: "W|||0;1;5~6,3;1;|0,2|1|;,CreateFileCache",
  /** Grants permission to create a new data respository task for an Amazon FSx for Lustre file system. Access level: Write. Resources: file-system*, task*. https://docs.aws.amazon.com/fsx/latest/APIReference/API_CreateDataRepositoryTask.html */
  CreateDataRepositoryTask: "W|||3;1;,6;1;|0,2|1|;",
  /** Grants permission to create a new, empty, Amazon file cache. Access level: Write. Resources: association, file-cache*. https://docs.aws.amazon.com/fsx/latest/APIReference/API_CreateFileCache.html */
  CreateFileCache:
    "W|||0;0;5~6,2;1;|0,2|ec2:DescribeSecurityGroups,ec2:DescribeSubnets,ec2:DescribeVpcs,0,fsx:CreateDataRepositoryAssociation,1,logs:CreateLogGroup,logs:CreateLogStream,logs:PutLogEvents,s3:ListBucket|;",
  /** Grants permission to create a new, empty, Amazon FSx file system. Access level: Write. Resources: file-system*. https://docs.aws.amazon.com/fsx/latest/APIReference/API_CreateFileSystem.html */
  CreateFileSystem: "W|||3;1;|0,2|0,1|;",
  /** Grants permission to create a new Amazon FSx file system from an existing backup. Access level: Write. Resources: backup*, file-system*. https://docs.aws.amazon.com/fsx/latest/APIReference/API_CreateFileSystemFromBackup.html */
  CreateFileSystemFromBackup: "W|||1;1;,3;1;|0,2|0,1|;",
  /** Grants permission to create a new snapshot on a volume. Access level: Write. Resources: snapshot*, volume*. https://docs.aws.amazon.com/fsx/latest/APIReference/API_CreateSnapshot.html */
  CreateSnapshot: "W|||4;1;,7;1;|0,2|1|;",
  /** Grants permission to create a new storage virtual machine in an Amazon FSx for Ontap file system. Access level: Write. Resources: file-system*, storage-virtual-machine*. https://docs.aws.amazon.com/fsx/latest/APIReference/API_CreateStorageVirtualMachine.html */
  CreateStorageVirtualMachine: "W|||3;1;,5;1;|0,2|1|;",
  /** Grants permission to create a new volume. Access level: Write. Resources: snapshot, volume*. https://docs.aws.amazon.com/fsx/latest/APIReference/API_CreateVolume.html */
  CreateVolume: "W|||4;0;,7;1;|0,2,7,8|1|;",
  /** Grants permission to create a new volume from backup. Access level: Write. Resources: backup*, storage-virtual-machine*, volume*. https://docs.aws.amazon.com/fsx/latest/APIReference/API_CreateVolumeFromBackup.html */
  CreateVolumeFromBackup: "W|||1;1;,5;1;,7;1;|0,2,8|1|;",
  /** Grants permission to delete a backup, deleting its contents. After deletion, the backup no longer exists, and its data is no longer available. Access level: Write. Resources: backup*. https://docs.aws.amazon.com/fsx/latest/APIReference/API_DeleteBackup.html */
  DeleteBackup: "W|||1;1;|||;",
  /** Grants permission to delete a data repository association. Access level: Write. Resources: association*. https://docs.aws.amazon.com/fsx/latest/APIReference/API_DeleteDataRepositoryAssociation.html */
  DeleteDataRepositoryAssociation: "W|||0;1;|||;,DeleteFileCache",
  /** Grants permission to delete a file cache, deleting its contents. Access level: Write. Resources: association, file-cache*. https://docs.aws.amazon.com/fsx/latest/APIReference/API_DeleteFileCache.html */
  DeleteFileCache: "W|||0;0;,2;1;|0,2|fsx:DeleteDataRepositoryAssociation|;",
  /** Grants permission to delete a file system, deleting its contents and any existing automatic backups of the file system. Access level: Write. Resources: backup, file-system*. https://docs.aws.amazon.com/fsx/latest/APIReference/API_DeleteFileSystem.html */
  DeleteFileSystem: "W|||1;0;,3;1;|0,2|fsx:CreateBackup,1|;",
  /** Grants permission to manage cross-account sharing of FSx volumes through AWS Resource Access Manager (RAM). PutResourcePolicy and GetResourcePolicy are also required. Access level: Permissions management. Resources: volume*. Permission only. https://docs.aws.amazon.com/fsx/latest/OpenZFSGuide/on-demand-replication.html */
  DeleteResourcePolicy: "P||1|7;1;|||",
  /** Grants permission to delete a snapshot on a volume. Access level: Write. Resources: snapshot*. https://docs.aws.amazon.com/fsx/latest/APIReference/API_DeleteSnapshot.html */
  DeleteSnapshot: "W|||4;1;|||;",
  /** Grants permission to delete a storage virtual machine, deleting its contents. Access level: Write. Resources: storage-virtual-machine*. https://docs.aws.amazon.com/fsx/latest/APIReference/API_DeleteStorageVirtualMachine.html */
  DeleteStorageVirtualMachine: "W|||5;1;|||;",
  /** Grants permission to delete a volume, deleting its contents and any existing automatic backups of the volume. Access level: Write. Resources: backup, volume*. https://docs.aws.amazon.com/fsx/latest/APIReference/API_DeleteVolume.html */
  DeleteVolume: "W|||1;0;,7;1;|0,2,7,8|fsx:BypassSnaplockEnterpriseRetention,1|;",
  /** Grants permission to describe the File Gateway instances associated with an Amazon FSx for Windows File Server file system. Access level: Read. Resources: file-system*. Permission only. https://docs.aws.amazon.com/filegateway/latest/filefsxw/what-is-file-fsxw.html */
  DescribeAssociatedFileGateways: "R||1|3;1;|||",
  /** Grants permission to return the descriptions of all backups owned by your AWS account in the AWS Region of the endpoint that you're calling. Access level: Read. https://docs.aws.amazon.com/fsx/latest/APIReference/API_DescribeBackups.html */
  DescribeBackups: "R||||||;",
  /** Grants permission to return the descriptions of all data repository associations owned by your AWS account in the AWS Region of the endpoint that you're calling. Access level: Read. https://docs.aws.amazon.com/fsx/latest/APIReference/API_DescribeDataRepositoryAssociations.html */
  DescribeDataRepositoryAssociations: "R||||||;",
  /** Grants permission to return the descriptions of all data repository tasks owned by your AWS account in the AWS Region of the endpoint that you're calling. Access level: Read. https://docs.aws.amazon.com/fsx/latest/APIReference/API_DescribeDataRepositoryTasks.html */
  DescribeDataRepositoryTasks: "R||||||;",
  /** Grants permission to return the descriptions of all file caches owned by your AWS account in the AWS Region of the endpoint that you're calling. Access level: Read. https://docs.aws.amazon.com/fsx/latest/APIReference/API_DescribeFileCaches.html */
  DescribeFileCaches: "R||||||;",
  /** Grants permission to return the description of all DNS aliases owned by your Amazon FSx for Windows File Server file system. Access level: Read. Resources: file-system*. https://docs.aws.amazon.com/fsx/latest/APIReference/API_DescribeFileSystemAliases.html */
  DescribeFileSystemAliases: "R|||3;1;|||;",
  /** Grants permission to return the descriptions of all file systems owned by your AWS account in the AWS Region of the endpoint that you're calling. Access level: Read. https://docs.aws.amazon.com/fsx/latest/APIReference/API_DescribeFileSystems.html */
  DescribeFileSystems: "R||||||;",
  /** Grants permission to return the descriptions of S3 Access Point Attachments. Access level: Read. https://docs.aws.amazon.com/fsx/latest/APIReference/API_DescribeS3AccessPointAttachments.html */
  DescribeS3AccessPointAttachments: "R||||||;",
  /** Grants permission to return the descriptions of whether FSx route table updates from participant accounts are allowed in your account. Access level: Read. https://docs.aws.amazon.com/fsx/latest/APIReference/API_DescribeSharedVpcConfiguration.html */
  DescribeSharedVpcConfiguration: "R||||||;",
  /** Grants permission to return the descriptions of all snapshots owned by your AWS account in the AWS Region of the endpoint you're calling. Access level: Read. https://docs.aws.amazon.com/fsx/latest/APIReference/API_DescribeSnapshots.html */
  DescribeSnapshots: "R||||||;",
  /** Grants permission to return the descriptions of all storage virtual machines owned by your AWS account in the AWS Region of the endpoint that you're calling. Access level: Read. https://docs.aws.amazon.com/fsx/latest/APIReference/API_DescribeStorageVirtualMachines.html */
  DescribeStorageVirtualMachines: "R||||||;",
  /** Grants permission to return the descriptions of all volumes owned by your AWS account in the AWS Region of the endpoint that you're calling. Access level: Read. https://docs.aws.amazon.com/fsx/latest/APIReference/API_DescribeVolumes.html */
  DescribeVolumes: "R||||||;",
  /** Grants permission to detach an S3 Access Point from an Amazon FSx File System and delete the S3 Access Point. Access level: Write. Resources: volume. https://docs.aws.amazon.com/fsx/latest/APIReference/API_DetachAndDeleteS3AccessPoint.html */
  DetachAndDeleteS3AccessPoint: "W|||7;0;||s3:DeleteAccessPoint|;",
  /** Grants permission to disassociate a File Gateway instance from an Amazon FSx for Windows File Server file system. Access level: Write. Resources: file-system*. Permission only. https://docs.aws.amazon.com/filegateway/latest/filefsxw/what-is-file-fsxw.html */
  DisassociateFileGateway: "W||1|3;1;|||",
  /** Grants permission to disassociate file system aliases with an Amazon FSx for Windows File Server file system. Access level: Write. Resources: file-system*. https://docs.aws.amazon.com/fsx/latest/APIReference/API_DisassociateFileSystemAliases.html */
  DisassociateFileSystemAliases: "W|||3;1;|||;",
  /** Grants permission to manage cross-account sharing of FSx volumes through AWS Resource Access Manager (RAM). PutResourcePolicy and DeleteResourcePolicy are also required. Access level: Permissions management. Resources: volume*. Permission only. https://docs.aws.amazon.com/fsx/latest/OpenZFSGuide/on-demand-replication.html */
  GetResourcePolicy: "P||1|7;1;|||",
  /** Grants permission to list tags for an Amazon FSx resource. Access level: Read. Resources: association, backup, file-cache, file-system, snapshot, storage-virtual-machine, task, volume. https://docs.aws.amazon.com/fsx/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;|||;",
  /** Grants permission to manage backup principal associations through AWS Backup. Access level: Permissions management. Resources: backup*. Permission only. https://docs.aws.amazon.com/fsx/latest/APIReference/API_CopyBackup.html */
  ManageBackupPrincipalAssociations: "P||1|1;1;|||",
  /** Grants permission to manage cross-account sharing of FSx volumes through AWS Resource Access Manager (RAM). DeleteResourcePolicy and GetResourcePolicy are also required. Access level: Permissions management. Resources: volume*. Permission only. https://docs.aws.amazon.com/fsx/latest/OpenZFSGuide/on-demand-replication.html */
  PutResourcePolicy: "P||1|7;1;|||",
  /** Grants permission to release file system NFS V3 locks. Access level: Write. Resources: file-system*. https://docs.aws.amazon.com/fsx/latest/APIReference/API_ReleaseFileSystemNfsV3Locks.html */
  ReleaseFileSystemNfsV3Locks: "W|||3;1;|||;",
  /** Grants permission to restore volume state from a snapshot. Access level: Write. Resources: snapshot*, volume*. https://docs.aws.amazon.com/fsx/latest/APIReference/API_RestoreVolumeFromSnapshot.html */
  RestoreVolumeFromSnapshot: "W|||4;1;,7;1;|||;",
  /** Grants permission to start misconfigured state recovery. Access level: Write. Resources: file-system*. https://docs.aws.amazon.com/fsx/latest/APIReference/API_StartMisconfiguredStateRecovery.html */
  StartMisconfiguredStateRecovery: "W|||3;1;|||;",
  /** Grants permission to tag an Amazon FSx resource. Access level: Tagging. Resources: association, backup, file-cache, file-system, snapshot, storage-virtual-machine, task, volume. https://docs.aws.amazon.com/fsx/latest/APIReference/API_TagResource.html */
  TagResource:
    "T|||0;0;5~6,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;7~8|0,2||CopyBackup,CreateBackup,CreateDataRepositoryAssociation,CreateDataRepositoryTask,CreateFileCache,CreateFileSystem,CreateFileSystemFromBackup,CreateSnapshot,CreateStorageVirtualMachine,CreateVolume,CreateVolumeFromBackup,DeleteFileSystem,DeleteVolume,;",
  /** Grants permission to remove a tag from an Amazon FSx resource. Access level: Tagging. Resources: association, backup, file-cache, file-system, snapshot, storage-virtual-machine, task, volume. https://docs.aws.amazon.com/fsx/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;|2||;",
  /** Grants permission to update data repository association configuration. Access level: Write. Resources: association*. https://docs.aws.amazon.com/fsx/latest/APIReference/API_UpdateDataRepositoryAssociation.html */
  UpdateDataRepositoryAssociation: "W|||0;1;|||;",
  /** Grants permission to update file cache configuration. Access level: Write. Resources: file-cache*. https://docs.aws.amazon.com/fsx/latest/APIReference/API_UpdateFileCache.html */
  UpdateFileCache: "W|||2;1;|||;",
  /** Grants permission to update file system configuration. Access level: Write. Resources: file-system*. https://docs.aws.amazon.com/fsx/latest/APIReference/API_UpdateFileSystem.html */
  UpdateFileSystem: "W|||3;1;|||;",
  /** Grants permission to enable or disable FSx route table updates from participant accounts in your account. Access level: Write. https://docs.aws.amazon.com/fsx/latest/APIReference/API_UpdateSharedVpcConfiguration.html */
  UpdateSharedVpcConfiguration: "W||||||;",
  /** Grants permission to update snapshot configuration. Access level: Write. Resources: snapshot*. https://docs.aws.amazon.com/fsx/latest/APIReference/API_UpdateSnapshot.html */
  UpdateSnapshot: "W|||4;1;|||;",
  /** Grants permission to update storage virtual machine configuration. Access level: Write. Resources: storage-virtual-machine*. https://docs.aws.amazon.com/fsx/latest/APIReference/API_UpdateStorageVirtualMachine.html */
  UpdateStorageVirtualMachine: "W|||5;1;|||;",
  /** Grants permission to update volume configuration. Access level: Write. Resources: volume*. https://docs.aws.amazon.com/fsx/latest/APIReference/API_UpdateVolume.html */
  UpdateVolume: "W|||7;1;|7,8||;",
} as const;
const actionDetails = {
  AssociateFileGateway:
    "|,;~|Grants permission to associate a File Gateway instance with an Amazon FSx for Windows File Server file system",
  AssociateFileSystemAliases:
    "|,;~~~|Grants permission to associate DNS aliases with an Amazon FSx for Windows File Server file system",
  BypassSnaplockEnterpriseRetention:
    "|,;~~~|Grants permission to allow deletion of an FSx for ONTAP SnapLock Enterprise volume that contains WORM (write once, read many) files with active retention periods",
  CancelDataRepositoryTask: "|,;~~~|Grants permission to cancel a data repository task",
  CopyBackup: "|,;~~~|Grants permission to copy a backup",
  CopySnapshotAndUpdateVolume:
    "|,;~~~|Grants permission to update an existing volume by using a snapshot from another Amazon FSx for OpenZFS file system",
  CreateAndAttachS3AccessPoint: "|,;~~~|Grants permission to create and attach a S3 Access Point to a FSx File System",
  CreateBackup:
    "|,;~~~,~~|Grants permission to create a new backup of an Amazon FSx file system or an Amazon FSx volume",
  CreateDataRepositoryAssociation:
    "|,;~~~,~~|Grants permission to create a new data respository association for an Amazon FSx for Lustre file system",
  CreateDataRepositoryTask:
    "|,;~~~|Grants permission to create a new data respository task for an Amazon FSx for Lustre file system",
  CreateFileCache: "|,;~~~|Grants permission to create a new, empty, Amazon file cache",
  CreateFileSystem: "|,;~~~|Grants permission to create a new, empty, Amazon FSx file system",
  CreateFileSystemFromBackup: "|,;~~~|Grants permission to create a new Amazon FSx file system from an existing backup",
  CreateSnapshot: "|,;~~~|Grants permission to create a new snapshot on a volume",
  CreateStorageVirtualMachine:
    "|,;~~~|Grants permission to create a new storage virtual machine in an Amazon FSx for Ontap file system",
  CreateVolume: "|,;~~~|Grants permission to create a new volume",
  CreateVolumeFromBackup: "|,;~~~|Grants permission to create a new volume from backup",
  DeleteBackup:
    "|,;~~~|Grants permission to delete a backup, deleting its contents. After deletion, the backup no longer exists, and its data is no longer available",
  DeleteDataRepositoryAssociation: "|,;~~~,~~|Grants permission to delete a data repository association",
  DeleteFileCache: "|,;~~~|Grants permission to delete a file cache, deleting its contents",
  DeleteFileSystem:
    "|,;~~~|Grants permission to delete a file system, deleting its contents and any existing automatic backups of the file system",
  DeleteResourcePolicy:
    "|,;~|Grants permission to manage cross-account sharing of FSx volumes through AWS Resource Access Manager (RAM). PutResourcePolicy and GetResourcePolicy are also required",
  DeleteSnapshot: "|,;~~~|Grants permission to delete a snapshot on a volume",
  DeleteStorageVirtualMachine: "|,;~~~|Grants permission to delete a storage virtual machine, deleting its contents",
  DeleteVolume:
    "|,;~~~|Grants permission to delete a volume, deleting its contents and any existing automatic backups of the volume",
  DescribeAssociatedFileGateways:
    "|,;~|Grants permission to describe the File Gateway instances associated with an Amazon FSx for Windows File Server file system",
  DescribeBackups:
    "|,;~~~|Grants permission to return the descriptions of all backups owned by your AWS account in the AWS Region of the endpoint that you're calling",
  DescribeDataRepositoryAssociations:
    "|,;~~~|Grants permission to return the descriptions of all data repository associations owned by your AWS account in the AWS Region of the endpoint that you're calling",
  DescribeDataRepositoryTasks:
    "|,;~~~|Grants permission to return the descriptions of all data repository tasks owned by your AWS account in the AWS Region of the endpoint that you're calling",
  DescribeFileCaches:
    "|,;~~~|Grants permission to return the descriptions of all file caches owned by your AWS account in the AWS Region of the endpoint that you're calling",
  DescribeFileSystemAliases:
    "|,;~~~|Grants permission to return the description of all DNS aliases owned by your Amazon FSx for Windows File Server file system",
  DescribeFileSystems:
    "|,;~~~|Grants permission to return the descriptions of all file systems owned by your AWS account in the AWS Region of the endpoint that you're calling",
  DescribeS3AccessPointAttachments:
    "|,;~~~|Grants permission to return the descriptions of S3 Access Point Attachments",
  DescribeSharedVpcConfiguration:
    "|,;~~~|Grants permission to return the descriptions of whether FSx route table updates from participant accounts are allowed in your account",
  DescribeSnapshots:
    "|,;~~~|Grants permission to return the descriptions of all snapshots owned by your AWS account in the AWS Region of the endpoint you're calling",
  DescribeStorageVirtualMachines:
    "|,;~~~|Grants permission to return the descriptions of all storage virtual machines owned by your AWS account in the AWS Region of the endpoint that you're calling",
  DescribeVolumes:
    "|,;~~~|Grants permission to return the descriptions of all volumes owned by your AWS account in the AWS Region of the endpoint that you're calling",
  DetachAndDeleteS3AccessPoint:
    "|,;~~~|Grants permission to detach an S3 Access Point from an Amazon FSx File System and delete the S3 Access Point",
  DisassociateFileGateway:
    "|,;~|Grants permission to disassociate a File Gateway instance from an Amazon FSx for Windows File Server file system",
  DisassociateFileSystemAliases:
    "|,;~~~|Grants permission to disassociate file system aliases with an Amazon FSx for Windows File Server file system",
  GetResourcePolicy:
    "|,;~|Grants permission to manage cross-account sharing of FSx volumes through AWS Resource Access Manager (RAM). PutResourcePolicy and DeleteResourcePolicy are also required",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for an Amazon FSx resource",
  ManageBackupPrincipalAssociations:
    "|,;~|Grants permission to manage backup principal associations through AWS Backup",
  PutResourcePolicy:
    "|,;~|Grants permission to manage cross-account sharing of FSx volumes through AWS Resource Access Manager (RAM). DeleteResourcePolicy and GetResourcePolicy are also required",
  ReleaseFileSystemNfsV3Locks: "|,;~~~|Grants permission to release file system NFS V3 locks",
  RestoreVolumeFromSnapshot: "|,;~~~|Grants permission to restore volume state from a snapshot",
  StartMisconfiguredStateRecovery: "|,;~~~|Grants permission to start misconfigured state recovery",
  TagResource: "|,;~~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~|Grants permission to tag an Amazon FSx resource",
  UntagResource: "|,;~~~|Grants permission to remove a tag from an Amazon FSx resource",
  UpdateDataRepositoryAssociation: "|,;~~~|Grants permission to update data repository association configuration",
  UpdateFileCache: "|,;~~~|Grants permission to update file cache configuration",
  UpdateFileSystem: "|,;~~~|Grants permission to update file system configuration",
  UpdateSharedVpcConfiguration:
    "|,;~~~|Grants permission to enable or disable FSx route table updates from participant accounts in your account",
  UpdateSnapshot: "|,;~~~|Grants permission to update snapshot configuration",
  UpdateStorageVirtualMachine: "|,;~~~|Grants permission to update storage virtual machine configuration",
  UpdateVolume: "|,;~~~|Grants permission to update volume configuration",
};
const resourceTypeFacts = {
  /** The association resource type: arn:${Partition}:fsx:${Region}:${Account}:association/${FileSystemIdOrFileCacheId}/${DataRepositoryAssociationId} */
  association: "|,|1",
  /** The backup resource type: arn:${Partition}:fsx:${Region}:${Account}:backup/${BackupId} */
  backup: "|,|1",
  /** The file-cache resource type: arn:${Partition}:fsx:${Region}:${Account}:file-cache/${FileCacheId} */
  "file-cache": "|,fileCache|1",
  /** The file-system resource type: arn:${Partition}:fsx:${Region}:${Account}:file-system/${FileSystemId} */
  "file-system": "|,fileSystem|1",
  /** The snapshot resource type: arn:${Partition}:fsx:${Region}:${Account}:snapshot/${VolumeId}/${SnapshotId} */
  snapshot: "|,|1",
  /** The storage-virtual-machine resource type: arn:${Partition}:fsx:${Region}:${Account}:storage-virtual-machine/${FileSystemId}/${StorageVirtualMachineId} */
  "storage-virtual-machine": "|,storageVirtualMachine|1",
  /** The task resource type: arn:${Partition}:fsx:${Region}:${Account}:task/${TaskId} */
  task: "|,|1",
  /** The volume resource type: arn:${Partition}:fsx:${Region}:${Account}:volume/${FileSystemId}/${VolumeId} */
  volume: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a association resource: arn:${Partition}:fsx:${Region}:${Account}:association/${FileSystemIdOrFileCacheId}/${DataRepositoryAssociationId}. */
  association:
    "|,association|arn:|Partition|:fsx:|Region|:|Account|:association/|FileSystemIdOrFileCacheId|/|DataRepositoryAssociationId|",
  /** ARN of a backup resource: arn:${Partition}:fsx:${Region}:${Account}:backup/${BackupId}. */
  backup: "|,backup|arn:|Partition|:fsx:|Region|:|Account|:backup/|BackupId|",
  /** ARN of a file-cache resource: arn:${Partition}:fsx:${Region}:${Account}:file-cache/${FileCacheId}. */
  fileCache: "|,file-cache|arn:|Partition|:fsx:|Region|:|Account|:file-cache/|FileCacheId|",
  /** ARN of a file-system resource: arn:${Partition}:fsx:${Region}:${Account}:file-system/${FileSystemId}. */
  fileSystem: "|,file-system|arn:|Partition|:fsx:|Region|:|Account|:file-system/|FileSystemId|",
  /** ARN of a snapshot resource: arn:${Partition}:fsx:${Region}:${Account}:snapshot/${VolumeId}/${SnapshotId}. */
  snapshot: "|,snapshot|arn:|Partition|:fsx:|Region|:|Account|:snapshot/|VolumeId|/|SnapshotId|",
  /** ARN of a storage-virtual-machine resource: arn:${Partition}:fsx:${Region}:${Account}:storage-virtual-machine/${FileSystemId}/${StorageVirtualMachineId}. */
  storageVirtualMachine:
    "|,storage-virtual-machine|arn:|Partition|:fsx:|Region|:|Account|:storage-virtual-machine/|FileSystemId|/|StorageVirtualMachineId|",
  /** ARN of a task resource: arn:${Partition}:fsx:${Region}:${Account}:task/${TaskId}. */
  task: "|,task|arn:|Partition|:fsx:|Region|:|Account|:task/|TaskId|",
  /** ARN of a volume resource: arn:${Partition}:fsx:${Region}:${Account}:volume/${FileSystemId}/${VolumeId}. */
  volume: "|,volume|arn:|Partition|:fsx:|Region|:|Account|:volume/|FileSystemId|/|VolumeId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "association",
  "backup",
  "file-cache",
  "file-system",
  "snapshot",
  "storage-virtual-machine",
  "task",
  "volume",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "fsx">;
/** Any fsx action. */
export type Action = ActionOf<typeof actionFacts, "fsx">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "fsx">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "fsx" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every fsx action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by whether the backup is a destination backup for a CopyBackup operation. */
  "fsx:IsBackupCopyDestination": "Bool";
  /** Filters access by whether the backup is a source backup for a CopyBackup operation. */
  "fsx:IsBackupCopySource": "Bool";
  /** Filters access by NFS data repositories which support authentication. */
  "fsx:NfsDataRepositoryAuthenticationEnabled": "Bool";
  /** Filters access by NFS data repositories which support encryption-in-transit. */
  "fsx:NfsDataRepositoryEncryptionInTransitEnabled": "Bool";
  /** Filters access by the containing parent volume for mutating volume operations. */
  "fsx:ParentVolumeId": "String";
  /** Filters access by the containing storage virtual machine for a volume for mutating volume operations. */
  "fsx:StorageVirtualMachineId": "String";
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
  "fsx:IsBackupCopyDestination":
    "|,Bool|0||Filters access by whether the backup is a destination backup for a CopyBackup operation",
  "fsx:IsBackupCopySource":
    "|,Bool|0||Filters access by whether the backup is a source backup for a CopyBackup operation",
  "fsx:NfsDataRepositoryAuthenticationEnabled":
    "|,Bool|0||Filters access by NFS data repositories which support authentication",
  "fsx:NfsDataRepositoryEncryptionInTransitEnabled":
    "|,Bool|0||Filters access by NFS data repositories which support encryption-in-transit",
  "fsx:ParentVolumeId": "|,String|0||Filters access by the containing parent volume for mutating volume operations",
  "fsx:StorageVirtualMachineId":
    "|,String|0||Filters access by the containing storage virtual machine for a volume for mutating volume operations",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "fsx",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
