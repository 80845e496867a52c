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
export const prefix: "storagegateway" = "storagegateway";
/** The service's name in the reference. */
export const serviceName: "AWS Storage Gateway" = "AWS Storage Gateway";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Storage Gateway",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsstoragegateway.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [
  "iam:PassRole",
  "logs:CreateLogDelivery",
  "logs:GetLogDelivery",
  "logs:ListLogDeliveries",
  "logs:UpdateLogDelivery",
  "storagegateway:AddTagsToResource",
  "storagegateway:BypassGovernanceRetention",
] as const;
const actionFacts = {
  /** Grants permission to activate the gateway you previously deployed on your host. Access level: Write. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_ActivateGateway.html */
  ActivateGateway: "W||||0,2|5|;",
  /** Grants permission to configure one or more gateway local disks as cache for a cached-volume gateway. Access level: Write. Resources: gateway*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_AddCache.html */
  AddCache: "W|||3;1;|||;",
  /** Grants permission to add one or more tags to the specified resource. Access level: Tagging. Resources: cache-report, fs-association, gateway, share, tape, tapepool, volume. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_AddTagsToResource.html */
  AddTagsToResource:
    "T|||0;0;,2;0;,3;0;,4;0;,5;0;,6;0;,8;0;|0,2||ActivateGateway,;,AssociateFileSystem,CreateCachediSCSIVolume,CreateNFSFileShare,CreateSMBFileShare,CreateStorediSCSIVolume,CreateTapePool,CreateTapeWithBarcode,CreateTapes,StartCacheReport",
  /** Grants permission to configure one or more gateway local disks as upload buffer for a specified gateway. Access level: Write. Resources: gateway*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_AddUploadBuffer.html */
  AddUploadBuffer: "W|||3;1;|||;",
  /** Grants permission to configure one or more gateway local disks as working storage for a gateway. Access level: Write. Resources: gateway*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_AddWorkingStorage.html */
  AddWorkingStorage: "W|||3;1;|||;",
  /** Grants permission to move a tape to the target pool specified. Access level: Write. Resources: tape*, tapepool*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_AssignTapePool.html */
  AssignTapePool: "W|||5;1;,6;1;||6|;",
  /** Grants permission to associate an Amazon FSx file system with the Amazon FSx file gateway. Access level: Write. Resources: gateway*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_AssociateFileSystem.html */
  AssociateFileSystem:
    "W|||3;1;|0,2|ds:DescribeDirectories,ec2:DescribeNetworkInterfaces,fsx:DescribeFileSystems,iam:CreateServiceLinkedRole,1,2,3,4,5|;",
  /** Grants permission to connect a volume to an iSCSI connection and then attaches the volume to the specified gateway. Access level: Write. Resources: gateway*, volume*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_AttachVolume.html */
  AttachVolume: "W|||3;1;,8;1;|||;",
  /** Grants permission to allow the governance retention lock on a pool to be bypassed. Access level: Write. Resources: tapepool*. https://docs.aws.amazon.com/storagegateway/latest/userguide/CreatingCustomTapePool.html#TapeRetentionLock */
  BypassGovernanceRetention: "W|||6;1;|||AssignTapePool,DeleteTapeArchive",
  /** Grants permission to cancel archiving of a virtual tape to the virtual tape shelf (VTS) after the archiving process is initiated. Access level: Write. Resources: gateway*, tape*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_CancelArchival.html */
  CancelArchival: "W|||3;1;,5;1;|||;",
  /** Grants permission to cancel a cache report. Access level: Write. Resources: cache-report*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_CancelCacheReport.html */
  CancelCacheReport: "W|||0;1;|||;",
  /** Grants permission to cancel retrieval of a virtual tape from the virtual tape shelf (VTS) to a gateway after the retrieval process is initiated. Access level: Write. Resources: gateway*, tape*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_CancelRetrieval.html */
  CancelRetrieval: "W|||3;1;,5;1;|||;",
  /** Grants permission to create a cached volume on a specified cached gateway. This operation is supported only for the gateway-cached volume architecture. Access level: Write. Resources: gateway*, volume*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_CreateCachediSCSIVolume.html */
  CreateCachediSCSIVolume: "W|||3;1;,8;1;|0,2|5|;",
  /** Grants permission to create a NFS file share on an existing file gateway. Access level: Write. Resources: gateway*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_CreateNFSFileShare.html */
  CreateNFSFileShare: "W|||3;1;|0,2|0,5|;",
  /** Grants permission to create a SMB file share on an existing file gateway. Access level: Write. Resources: gateway*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_CreateSMBFileShare.html */
  CreateSMBFileShare: "W|||3;1;|0,2|0,5|;",
  /** Grants permission to initiate a snapshot of a volume. Access level: Write. Resources: volume*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_CreateSnapshot.html */
  CreateSnapshot: "W|||8;1;|0,2||;",
  /** Grants permission to initiate a snapshot of a gateway from a volume recovery point. Access level: Write. Resources: volume*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_CreateSnapshotFromVolumeRecoveryPoint.html */
  CreateSnapshotFromVolumeRecoveryPoint: "W|||8;1;|0,2||;",
  /** Grants permission to create a volume on a specified gateway. Access level: Write. Resources: gateway*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_CreateStorediSCSIVolume.html */
  CreateStorediSCSIVolume: "W|||3;1;|0,2|5|;",
  /** Grants permission to create a tape pool. Access level: Write. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_CreateTapePool.html */
  CreateTapePool: "W||||0,2|5|;",
  /** Grants permission to create a virtual tape by using your own barcode. Access level: Write. Resources: gateway*, tapepool*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_CreateTapeWithBarcode.html */
  CreateTapeWithBarcode: "W|||3;1;,6;1;|0,2|5|;",
  /** Grants permission to create one or more virtual tapes. You write data to the virtual tapes and then archive the tapes. Access level: Write. Resources: gateway*, tapepool*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_CreateTapes.html */
  CreateTapes: "W|||3;1;,6;1;|0,2|5|;",
  /** Grants permission to delete the automatic tape creation policy configured on a gateway-VTL. Access level: Write. Resources: gateway*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_DeleteAutomaticTapeCreationPolicy.html */
  DeleteAutomaticTapeCreationPolicy: "W|||3;1;|||;",
  /** Grants permission to delete the bandwidth rate limits of a gateway. Access level: Write. Resources: gateway*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_DeleteBandwidthRateLimit.html */
  DeleteBandwidthRateLimit: "W|||3;1;|||;",
  /** Grants permission to delete the metadata associated with a cache report. Access level: Write. Resources: cache-report*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_DeleteCacheReport.html */
  DeleteCacheReport: "W|||0;1;|||;",
  /** Grants permission to delete Challenge-Handshake Authentication Protocol (CHAP) credentials for a specified iSCSI target and initiator pair. Access level: Write. Resources: target*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_DeleteChapCredentials.html */
  DeleteChapCredentials: "W|||7;1;|||;",
  /** Grants permission to delete a file share from a file gateway. Access level: Write. Resources: share*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_DeleteFileShare.html */
  DeleteFileShare: "W|||4;1;|||;",
  /** Grants permission to delete a gateway. Access level: Write. Resources: gateway*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_DeleteGateway.html */
  DeleteGateway: "W|||3;1;|||;",
  /** Grants permission to delete a snapshot of a volume. Access level: Write. Resources: volume*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_DeleteSnapshotSchedule.html */
  DeleteSnapshotSchedule: "W|||8;1;|||;",
  /** Grants permission to delete the specified virtual tape. Access level: Write. Resources: gateway*, tape*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_DeleteTape.html */
  DeleteTape: "W|||3;1;,5;1;|||;",
  /** Grants permission to delete the specified virtual tape from the virtual tape shelf (VTS). Access level: Write. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_DeleteTapeArchive.html */
  DeleteTapeArchive: "W|||||6|;",
  /** Grants permission to delete the specified tape pool. Access level: Write. Resources: tapepool*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_DeleteTapePool.html */
  DeleteTapePool: "W|||6;1;|||;",
  /** Grants permission to delete the specified gateway volume that you previously created using the CreateCachediSCSIVolume or CreateStorediSCSIVolume API. Access level: Write. Resources: volume*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_DeleteVolume.html */
  DeleteVolume: "W|||8;1;|||;",
  /** Grants permission to get the information about the most recent high availability monitoring test that was performed on the gateway. Access level: Read. Resources: gateway*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_DescribeAvailabilityMonitorTest.html */
  DescribeAvailabilityMonitorTest: "R|||3;1;|||;",
  /** Grants permission to get the bandwidth rate limits of a gateway. Access level: Read. Resources: gateway*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_DescribeBandwidthRateLimit.html */
  DescribeBandwidthRateLimit: "R|||3;1;|||;",
  /** Grants permission to get the bandwidth rate limit schedule of a gateway. Access level: Read. Resources: gateway*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_DescribeBandwidthRateLimitSchedule.html */
  DescribeBandwidthRateLimitSchedule: "R|||3;1;|||;",
  /** Grants permission to get information about the cache of a gateway. This operation is supported only for the gateway-cached volume architecture. Access level: Read. Resources: gateway*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_DescribeCache.html */
  DescribeCache: "R|||3;1;|||;",
  /** Grants permission to get a description of a cache report. Access level: Read. Resources: cache-report*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_DescribeCacheReport.html */
  DescribeCacheReport: "R|||0;1;|||;",
  /** Grants permission to get a description of the gateway volumes specified in the request. This operation is supported only for the gateway-cached volume architecture. Access level: Read. Resources: volume*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_DescribeCachediSCSIVolumes.html */
  DescribeCachediSCSIVolumes: "R|||8;1;|||;",
  /** Grants permission to get an array of Challenge-Handshake Authentication Protocol (CHAP) credentials information for a specified iSCSI target, one for each target-initiator pair. Access level: Read. Resources: target*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_DescribeChapCredentials.html */
  DescribeChapCredentials: "R|||7;1;|||;",
  /** Grants permission to get a description for one or more file system associations. Access level: Read. Resources: fs-association*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_DescribeFileSystemAssociations.html */
  DescribeFileSystemAssociations: "R|||2;1;|||;",
  /** Grants permission to get metadata about a gateway such as its name, network interfaces, configured time zone, and the state (whether the gateway is running or not). Access level: Read. Resources: gateway*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_DescribeGatewayInformation.html */
  DescribeGatewayInformation: "R|||3;1;|||;",
  /** Grants permission to get your gateway's weekly maintenance start time including the day and time of the week. Access level: Read. Resources: gateway*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_DescribeMaintenanceStartTime.html */
  DescribeMaintenanceStartTime: "R|||3;1;|||;",
  /** Grants permission to get a description for one or more file shares from a file gateway. Access level: Read. Resources: share*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_DescribeNFSFileShares.html */
  DescribeNFSFileShares: "R|||4;1;|||;",
  /** Grants permission to get a description for one or more file shares from a file gateway. Access level: Read. Resources: share*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_DescribeSMBFileShares.html */
  DescribeSMBFileShares: "R|||4;1;|||;",
  /** Grants permission to get a description of a Server Message Block (SMB) file share settings from a file gateway. Access level: Read. Resources: gateway*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_DescribeSMBSettings.html */
  DescribeSMBSettings: "R|||3;1;|||;",
  /** Grants permission to describe the snapshot schedule for the specified gateway volume. Access level: Read. Resources: volume*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_DescribeSnapshotSchedule.html */
  DescribeSnapshotSchedule: "R|||8;1;|||;",
  /** Grants permission to get the description of the gateway volumes specified in the request. Access level: Read. Resources: volume*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_DescribeStorediSCSIVolumes.html */
  DescribeStorediSCSIVolumes: "R|||8;1;|||;",
  /** Grants permission to get a description of specified virtual tapes in the virtual tape shelf (VTS). Access level: Read. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_DescribeTapeArchives.html */
  DescribeTapeArchives: "R||||||;",
  /** Grants permission to get a list of virtual tape recovery points that are available for the specified gateway-VTL. Access level: Read. Resources: gateway*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_DescribeTapeRecoveryPoints.html */
  DescribeTapeRecoveryPoints: "R|||3;1;|||;",
  /** Grants permission to get a description of the specified Amazon Resource Name (ARN) of virtual tapes. Access level: Read. Resources: gateway*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_DescribeTapes.html */
  DescribeTapes: "R|||3;1;|||;",
  /** Grants permission to get information about the upload buffer of a gateway. Access level: Read. Resources: gateway*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_DescribeUploadBuffer.html */
  DescribeUploadBuffer: "R|||3;1;|||;",
  /** Grants permission to get a description of virtual tape library (VTL) devices for the specified gateway. Access level: Read. Resources: gateway*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_DescribeVTLDevices.html */
  DescribeVTLDevices: "R|||3;1;|||;",
  /** Grants permission to get information about the working storage of a gateway. Access level: Read. Resources: gateway*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_DescribeWorkingStorage.html */
  DescribeWorkingStorage: "R|||3;1;|||;",
  /** Grants permission to disconnect a volume from an iSCSI connection and then detaches the volume from the specified gateway. Access level: Write. Resources: volume*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_DetachVolume.html */
  DetachVolume: "W|||8;1;|||;",
  /** Grants permission to disable a gateway when the gateway is no longer functioning. Access level: Write. Resources: gateway*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_DisableGateway.html */
  DisableGateway: "W|||3;1;|||;",
  /** Grants permission to disassociate an Amazon FSx file system from an Amazon FSx file gateway. Access level: Write. Resources: fs-association*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_DisassociateFileSystem.html */
  DisassociateFileSystem: "W|||2;1;|||;",
  /** Grants permission to clean a share's cache of file entries that are failing upload to Amazon S3. Access level: Write. Resources: share*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_EvictFilesFailingUpload.html */
  EvictFilesFailingUpload: "W|||4;1;|||;",
  /** Grants permission to enable you to join an Active Directory Domain. Access level: Write. Resources: gateway*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_JoinDomain.html */
  JoinDomain: "W|||3;1;|||;",
  /** Grants permission to list the automatic tape creation policies configured on the specified gateway-VTL or all gateway-VTLs owned by your AWS account. Access level: List. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_ListAutomaticTapeCreationPolicies.html */
  ListAutomaticTapeCreationPolicies: "L||||||;",
  /** Grants permission to get a list of the cache reports owned by your AWS account. Access level: List. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_ListCacheReports.html */
  ListCacheReports: "L||||||;",
  /** Grants permission to get a list of the file shares for a specific file gateway, or the list of file shares owned by your AWS account. Access level: List. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_ListFileShares.html */
  ListFileShares: "L||||||;",
  /** Grants permission to get a list of the file system associations for the specified gateway. Access level: List. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_ListFileSystemAssociations.html */
  ListFileSystemAssociations: "L||||||;",
  /** Grants permission to list gateways owned by an AWS account in a region specified in the request. The returned list is ordered by gateway Amazon Resource Name (ARN). Access level: List. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_ListGateways.html */
  ListGateways: "L||||||;",
  /** Grants permission to get a list of the gateway's local disks. Access level: List. Resources: gateway*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_ListLocalDisks.html */
  ListLocalDisks: "L|||3;1;|||;",
  /** Grants permission to get the tags that have been added to the specified resource. Access level: List. Resources: gateway, share, tape, volume. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "L|||3;0;,4;0;,5;0;,8;0;|||;",
  /** Grants permission to list tape pools owned by your AWS account. Access level: List. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_ListTapePools.html */
  ListTapePools: "L||||||;",
  /** Grants permission to list virtual tapes in your virtual tape library (VTL) and your virtual tape shelf (VTS). Access level: List. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_ListTapes.html */
  ListTapes: "L||||||;",
  /** Grants permission to list iSCSI initiators that are connected to a volume. Access level: List. Resources: volume*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_ListVolumeInitiators.html */
  ListVolumeInitiators: "L|||8;1;|||;",
  /** Grants permission to list the recovery points for a specified gateway. Access level: List. Resources: gateway*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_ListVolumeRecoveryPoints.html */
  ListVolumeRecoveryPoints: "L|||3;1;|||;",
  /** Grants permission to list the iSCSI stored volumes of a gateway. Access level: List. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_ListVolumes.html */
  ListVolumes: "L||||||;",
  /** Grants permission to send you a notification through CloudWatch Events when all files written to your NFS file share have been uploaded to Amazon S3. Access level: Write. Resources: share*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_NotifyWhenUploaded.html */
  NotifyWhenUploaded: "W|||4;1;|||;",
  /** Grants permission to refresh the cache for the specified file share. Access level: Write. Resources: share*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_RefreshCache.html */
  RefreshCache: "W|||4;1;|||;",
  /** Grants permission to remove one or more tags from the specified resource. Access level: Tagging. Resources: cache-report, fs-association, gateway, share, tape, tapepool, volume. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_RemoveTagsFromResource.html */
  RemoveTagsFromResource: "T|||0;0;,2;0;,3;0;,4;0;,5;0;,6;0;,8;0;|2||;",
  /** Grants permission to reset all cache disks that have encountered a error and makes the disks available for reconfiguration as cache storage. Access level: Write. Resources: gateway*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_ResetCache.html */
  ResetCache: "W|||3;1;|||;",
  /** Grants permission to retrieve an archived virtual tape from the virtual tape shelf (VTS) to a gateway-VTL. Access level: Write. Resources: gateway*, tape*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_RetrieveTapeArchive.html */
  RetrieveTapeArchive: "W|||3;1;,5;1;|||;",
  /** Grants permission to retrieve the recovery point for the specified virtual tape. Access level: Write. Resources: gateway*, tape*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_RetrieveTapeRecoveryPoint.html */
  RetrieveTapeRecoveryPoint: "W|||3;1;,5;1;|||;",
  /** Grants permission to set the password for your VM local console. Access level: Write. Resources: gateway*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_SetLocalConsolePassword.html */
  SetLocalConsolePassword: "W|||3;1;|||;",
  /** Grants permission to set the password for SMB Guest user. Access level: Write. Resources: gateway*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_SetSMBGuestPassword.html */
  SetSMBGuestPassword: "W|||3;1;|||;",
  /** Grants permission to shut down a gateway. Access level: Write. Resources: gateway*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_ShutdownGateway.html */
  ShutdownGateway: "W|||3;1;|||;",
  /** Grants permission to start a test that verifies that the specified gateway is configured for High Availability monitoring in your host environment. Access level: Write. Resources: gateway*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_StartAvailabilityMonitorTest.html */
  StartAvailabilityMonitorTest: "W|||3;1;|||;",
  /** Grants permission to start a cache report for an existing file share. Access level: Write. Resources: share*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_StartCacheReport.html */
  StartCacheReport: "W|||4;1;|0,2|0,5|;",
  /** Grants permission to start a gateway that you previously shut down. Access level: Write. Resources: gateway*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_StartGateway.html */
  StartGateway: "W|||3;1;|||;",
  /** Grants permission to update the automatic tape creation policy configured on a gateway-VTL. Access level: Write. Resources: gateway*, tapepool*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_UpdateAutomaticTapeCreationPolicy.html */
  UpdateAutomaticTapeCreationPolicy: "W|||3;1;,6;1;|||;",
  /** Grants permission to update the bandwidth rate limits of a gateway. Access level: Write. Resources: gateway*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_UpdateBandwidthRateLimit.html */
  UpdateBandwidthRateLimit: "W|||3;1;|||;",
  /** Grants permission to update the bandwidth rate limit schedule of a gateway. Access level: Write. Resources: gateway*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_UpdateBandwidthRateLimitSchedule.html */
  UpdateBandwidthRateLimitSchedule: "W|||3;1;|||;",
  /** Grants permission to update the Challenge-Handshake Authentication Protocol (CHAP) credentials for a specified iSCSI target. Access level: Write. Resources: target*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_UpdateChapCredentials.html */
  UpdateChapCredentials: "W|||7;1;|||;",
  /** Grants permission to update a file system association. Access level: Write. Resources: fs-association*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_UpdateFileSystemAssociation.html */
  UpdateFileSystemAssociation: "W|||2;1;||1,logs:DeleteLogDelivery,2,3,4|;",
  /** Grants permission to update a gateway's metadata, which includes the gateway's name and time zone. Access level: Write. Resources: gateway*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_UpdateGatewayInformation.html */
  UpdateGatewayInformation: "W|||3;1;|||;",
  /** Grants permission to update the gateway virtual machine (VM) software. Access level: Write. Resources: gateway*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_UpdateGatewaySoftwareNow.html */
  UpdateGatewaySoftwareNow: "W|||3;1;|||;",
  /** Grants permission to update a gateway's weekly maintenance start time information, including day and time of the week. The maintenance time is the time in your gateway's time zone. Access level: Write. Resources: gateway*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_UpdateMaintenanceStartTime.html */
  UpdateMaintenanceStartTime: "W|||3;1;|||;",
  /** Grants permission to update a NFS file share. Access level: Write. Resources: share*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_UpdateNFSFileShare.html */
  UpdateNFSFileShare: "W|||4;1;|||;",
  /** Grants permission to update a SMB file share. Access level: Write. Resources: share*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_UpdateSMBFileShare.html */
  UpdateSMBFileShare: "W|||4;1;|||;",
  /** Grants permission to update whether the shares on a gateway are visible in a net view or browse list. Access level: Write. Resources: gateway*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_UpdateSMBFileShareVisibility.html */
  UpdateSMBFileShareVisibility: "W|||3;1;|||;",
  /** Grants permission to update the list of Active Directory users and groups that have special permissions for SMB file shares on the gateway. Access level: Write. Resources: gateway*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_UpdateSMBLocalGroups.html */
  UpdateSMBLocalGroups: "W|||3;1;|||;",
  /** Grants permission to update the SMB security strategy on a file gateway. Access level: Write. Resources: gateway*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_UpdateSMBSecurityStrategy.html */
  UpdateSMBSecurityStrategy: "W|||3;1;|||;",
  /** Grants permission to update a snapshot schedule configured for a gateway volume. Access level: Write. Resources: volume*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_UpdateSnapshotSchedule.html */
  UpdateSnapshotSchedule: "W|||8;1;|0,2||;",
  /** Grants permission to update the type of medium changer in a gateway-VTL. Access level: Write. Resources: device*. https://docs.aws.amazon.com/storagegateway/latest/APIReference/API_UpdateVTLDeviceType.html */
  UpdateVTLDeviceType: "W|||1;1;|||;",
} as const;
const actionDetails = {
  ActivateGateway: "|,;~~~|Grants permission to activate the gateway you previously deployed on your host",
  AddCache:
    "|,;~~~|Grants permission to configure one or more gateway local disks as cache for a cached-volume gateway",
  AddTagsToResource:
    "|,;~~~,~~,~~,~~create_cached_iscsi_volume,~~,~~,~~create_stored_iscsi_volume,~~,~~,~~,~~|Grants permission to add one or more tags to the specified resource",
  AddUploadBuffer:
    "|,;~~~|Grants permission to configure one or more gateway local disks as upload buffer for a specified gateway",
  AddWorkingStorage:
    "|,;~~~|Grants permission to configure one or more gateway local disks as working storage for a gateway",
  AssignTapePool: "|,;~~~|Grants permission to move a tape to the target pool specified",
  AssociateFileSystem:
    "|,;~~~|Grants permission to associate an Amazon FSx file system with the Amazon FSx file gateway",
  AttachVolume:
    "|,;~~~|Grants permission to connect a volume to an iSCSI connection and then attaches the volume to the specified gateway",
  BypassGovernanceRetention:
    "|,;~~~,~~|Grants permission to allow the governance retention lock on a pool to be bypassed",
  CancelArchival:
    "|,;~~~|Grants permission to cancel archiving of a virtual tape to the virtual tape shelf (VTS) after the archiving process is initiated",
  CancelCacheReport: "|,;~~~|Grants permission to cancel a cache report",
  CancelRetrieval:
    "|,;~~~|Grants permission to cancel retrieval of a virtual tape from the virtual tape shelf (VTS) to a gateway after the retrieval process is initiated",
  CreateCachediSCSIVolume:
    "|,;~~~create_cached_iscsi_volume|Grants permission to create a cached volume on a specified cached gateway. This operation is supported only for the gateway-cached volume architecture",
  CreateNFSFileShare: "|,;~~~|Grants permission to create a NFS file share on an existing file gateway",
  CreateSMBFileShare: "|,;~~~|Grants permission to create a SMB file share on an existing file gateway",
  CreateSnapshot: "|,;~~~|Grants permission to initiate a snapshot of a volume",
  CreateSnapshotFromVolumeRecoveryPoint:
    "|,;~~~|Grants permission to initiate a snapshot of a gateway from a volume recovery point",
  CreateStorediSCSIVolume:
    "|,;~~~create_stored_iscsi_volume|Grants permission to create a volume on a specified gateway",
  CreateTapePool: "|,;~~~|Grants permission to create a tape pool",
  CreateTapeWithBarcode: "|,;~~~|Grants permission to create a virtual tape by using your own barcode",
  CreateTapes:
    "|,;~~~|Grants permission to create one or more virtual tapes. You write data to the virtual tapes and then archive the tapes",
  DeleteAutomaticTapeCreationPolicy:
    "|,;~~~|Grants permission to delete the automatic tape creation policy configured on a gateway-VTL",
  DeleteBandwidthRateLimit: "|,;~~~|Grants permission to delete the bandwidth rate limits of a gateway",
  DeleteCacheReport: "|,;~~~|Grants permission to delete the metadata associated with a cache report",
  DeleteChapCredentials:
    "|,;~~~|Grants permission to delete Challenge-Handshake Authentication Protocol (CHAP) credentials for a specified iSCSI target and initiator pair",
  DeleteFileShare: "|,;~~~|Grants permission to delete a file share from a file gateway",
  DeleteGateway: "|,;~~~|Grants permission to delete a gateway",
  DeleteSnapshotSchedule: "|,;~~~|Grants permission to delete a snapshot of a volume",
  DeleteTape: "|,;~~~|Grants permission to delete the specified virtual tape",
  DeleteTapeArchive: "|,;~~~|Grants permission to delete the specified virtual tape from the virtual tape shelf (VTS)",
  DeleteTapePool: "|,;~~~|Grants permission to delete the specified tape pool",
  DeleteVolume:
    "|,;~~~|Grants permission to delete the specified gateway volume that you previously created using the CreateCachediSCSIVolume or CreateStorediSCSIVolume API",
  DescribeAvailabilityMonitorTest:
    "|,;~~~|Grants permission to get the information about the most recent high availability monitoring test that was performed on the gateway",
  DescribeBandwidthRateLimit: "|,;~~~|Grants permission to get the bandwidth rate limits of a gateway",
  DescribeBandwidthRateLimitSchedule: "|,;~~~|Grants permission to get the bandwidth rate limit schedule of a gateway",
  DescribeCache:
    "|,;~~~|Grants permission to get information about the cache of a gateway. This operation is supported only for the gateway-cached volume architecture",
  DescribeCacheReport: "|,;~~~|Grants permission to get a description of a cache report",
  DescribeCachediSCSIVolumes:
    "|,;~~~describe_cached_iscsi_volumes|Grants permission to get a description of the gateway volumes specified in the request. This operation is supported only for the gateway-cached volume architecture",
  DescribeChapCredentials:
    "|,;~~~|Grants permission to get an array of Challenge-Handshake Authentication Protocol (CHAP) credentials information for a specified iSCSI target, one for each target-initiator pair",
  DescribeFileSystemAssociations:
    "|,;~~~|Grants permission to get a description for one or more file system associations",
  DescribeGatewayInformation:
    "|,;~~~|Grants permission to get metadata about a gateway such as its name, network interfaces, configured time zone, and the state (whether the gateway is running or not)",
  DescribeMaintenanceStartTime:
    "|,;~~~|Grants permission to get your gateway's weekly maintenance start time including the day and time of the week",
  DescribeNFSFileShares:
    "|,;~~~|Grants permission to get a description for one or more file shares from a file gateway",
  DescribeSMBFileShares:
    "|,;~~~|Grants permission to get a description for one or more file shares from a file gateway",
  DescribeSMBSettings:
    "|,;~~~|Grants permission to get a description of a Server Message Block (SMB) file share settings from a file gateway",
  DescribeSnapshotSchedule:
    "|,;~~~|Grants permission to describe the snapshot schedule for the specified gateway volume",
  DescribeStorediSCSIVolumes:
    "|,;~~~describe_stored_iscsi_volumes|Grants permission to get the description of the gateway volumes specified in the request",
  DescribeTapeArchives:
    "|,;~~~|Grants permission to get a description of specified virtual tapes in the virtual tape shelf (VTS)",
  DescribeTapeRecoveryPoints:
    "|,;~~~|Grants permission to get a list of virtual tape recovery points that are available for the specified gateway-VTL",
  DescribeTapes:
    "|,;~~~|Grants permission to get a description of the specified Amazon Resource Name (ARN) of virtual tapes",
  DescribeUploadBuffer: "|,;~~~|Grants permission to get information about the upload buffer of a gateway",
  DescribeVTLDevices:
    "|,;~~~|Grants permission to get a description of virtual tape library (VTL) devices for the specified gateway",
  DescribeWorkingStorage: "|,;~~~|Grants permission to get information about the working storage of a gateway",
  DetachVolume:
    "|,;~~~|Grants permission to disconnect a volume from an iSCSI connection and then detaches the volume from the specified gateway",
  DisableGateway: "|,;~~~|Grants permission to disable a gateway when the gateway is no longer functioning",
  DisassociateFileSystem:
    "|,;~~~|Grants permission to disassociate an Amazon FSx file system from an Amazon FSx file gateway",
  EvictFilesFailingUpload:
    "|,;~~~|Grants permission to clean a share's cache of file entries that are failing upload to Amazon S3",
  JoinDomain: "|,;~~~|Grants permission to enable you to join an Active Directory Domain",
  ListAutomaticTapeCreationPolicies:
    "|,;~~~|Grants permission to list the automatic tape creation policies configured on the specified gateway-VTL or all gateway-VTLs owned by your AWS account",
  ListCacheReports: "|,;~~~|Grants permission to get a list of the cache reports owned by your AWS account",
  ListFileShares:
    "|,;~~~|Grants permission to get a list of the file shares for a specific file gateway, or the list of file shares owned by your AWS account",
  ListFileSystemAssociations:
    "|,;~~~|Grants permission to get a list of the file system associations for the specified gateway",
  ListGateways:
    "|,;~~~|Grants permission to list gateways owned by an AWS account in a region specified in the request. The returned list is ordered by gateway Amazon Resource Name (ARN)",
  ListLocalDisks: "|,;~~~|Grants permission to get a list of the gateway's local disks",
  ListTagsForResource: "|,;~~~|Grants permission to get the tags that have been added to the specified resource",
  ListTapePools: "|,;~~~|Grants permission to list tape pools owned by your AWS account",
  ListTapes:
    "|,;~~~|Grants permission to list virtual tapes in your virtual tape library (VTL) and your virtual tape shelf (VTS)",
  ListVolumeInitiators: "|,;~~~|Grants permission to list iSCSI initiators that are connected to a volume",
  ListVolumeRecoveryPoints: "|,;~~~|Grants permission to list the recovery points for a specified gateway",
  ListVolumes: "|,;~~~|Grants permission to list the iSCSI stored volumes of a gateway",
  NotifyWhenUploaded:
    "|,;~~~|Grants permission to send you a notification through CloudWatch Events when all files written to your NFS file share have been uploaded to Amazon S3",
  RefreshCache: "|,;~~~|Grants permission to refresh the cache for the specified file share",
  RemoveTagsFromResource: "|,;~~~|Grants permission to remove one or more tags from the specified resource",
  ResetCache:
    "|,;~~~|Grants permission to reset all cache disks that have encountered a error and makes the disks available for reconfiguration as cache storage",
  RetrieveTapeArchive:
    "|,;~~~|Grants permission to retrieve an archived virtual tape from the virtual tape shelf (VTS) to a gateway-VTL",
  RetrieveTapeRecoveryPoint: "|,;~~~|Grants permission to retrieve the recovery point for the specified virtual tape",
  SetLocalConsolePassword: "|,;~~~|Grants permission to set the password for your VM local console",
  SetSMBGuestPassword: "|,;~~~|Grants permission to set the password for SMB Guest user",
  ShutdownGateway: "|,;~~~|Grants permission to shut down a gateway",
  StartAvailabilityMonitorTest:
    "|,;~~~|Grants permission to start a test that verifies that the specified gateway is configured for High Availability monitoring in your host environment",
  StartCacheReport: "|,;~~~|Grants permission to start a cache report for an existing file share",
  StartGateway: "|,;~~~|Grants permission to start a gateway that you previously shut down",
  UpdateAutomaticTapeCreationPolicy:
    "|,;~~~|Grants permission to update the automatic tape creation policy configured on a gateway-VTL",
  UpdateBandwidthRateLimit: "|,;~~~|Grants permission to update the bandwidth rate limits of a gateway",
  UpdateBandwidthRateLimitSchedule: "|,;~~~|Grants permission to update the bandwidth rate limit schedule of a gateway",
  UpdateChapCredentials:
    "|,;~~~|Grants permission to update the Challenge-Handshake Authentication Protocol (CHAP) credentials for a specified iSCSI target",
  UpdateFileSystemAssociation: "|,;~~~|Grants permission to update a file system association",
  UpdateGatewayInformation:
    "|,;~~~|Grants permission to update a gateway's metadata, which includes the gateway's name and time zone",
  UpdateGatewaySoftwareNow: "|,;~~~|Grants permission to update the gateway virtual machine (VM) software",
  UpdateMaintenanceStartTime:
    "|,;~~~|Grants permission to update a gateway's weekly maintenance start time information, including day and time of the week. The maintenance time is the time in your gateway's time zone",
  UpdateNFSFileShare: "|,;~~~|Grants permission to update a NFS file share",
  UpdateSMBFileShare: "|,;~~~|Grants permission to update a SMB file share",
  UpdateSMBFileShareVisibility:
    "|,;~~~|Grants permission to update whether the shares on a gateway are visible in a net view or browse list",
  UpdateSMBLocalGroups:
    "|,;~~~|Grants permission to update the list of Active Directory users and groups that have special permissions for SMB file shares on the gateway",
  UpdateSMBSecurityStrategy: "|,;~~~|Grants permission to update the SMB security strategy on a file gateway",
  UpdateSnapshotSchedule: "|,;~~~|Grants permission to update a snapshot schedule configured for a gateway volume",
  UpdateVTLDeviceType: "|,;~~~|Grants permission to update the type of medium changer in a gateway-VTL",
};
const resourceTypeFacts = {
  /** The cache-report resource type: arn:${Partition}:storagegateway:${Region}:${Account}:share/${ShareId}/cache-report/${CacheReportId} */
  "cache-report": "|,cacheReport|1",
  /** The device resource type: arn:${Partition}:storagegateway:${Region}:${Account}:gateway/${GatewayId}/device/${Vtldevice} */
  device: "|,|",
  /** The fs-association resource type: arn:${Partition}:storagegateway:${Region}:${Account}:fs-association/${FsaId} */
  "fs-association": "|,fsAssociation|1",
  /** The gateway resource type: arn:${Partition}:storagegateway:${Region}:${Account}:gateway/${GatewayId} */
  gateway: "|,|1",
  /** The share resource type: arn:${Partition}:storagegateway:${Region}:${Account}:share/${ShareId} */
  share: "|,|1",
  /** The tape resource type: arn:${Partition}:storagegateway:${Region}:${Account}:tape/${TapeBarcode} */
  tape: "|,|1",
  /** The tapepool resource type: arn:${Partition}:storagegateway:${Region}:${Account}:tapepool/${PoolId} */
  tapepool: "|,|1",
  /** The target resource type: arn:${Partition}:storagegateway:${Region}:${Account}:gateway/${GatewayId}/target/${IscsiTarget} */
  target: "|,|",
  /** The volume resource type: arn:${Partition}:storagegateway:${Region}:${Account}:gateway/${GatewayId}/volume/${VolumeId} */
  volume: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a cache-report resource: arn:${Partition}:storagegateway:${Region}:${Account}:share/${ShareId}/cache-report/${CacheReportId}. */
  cacheReport:
    "|,cache-report|arn:|Partition|:storagegateway:|Region|:|Account|:share/|ShareId|/cache-report/|CacheReportId|",
  /** ARN of a device resource: arn:${Partition}:storagegateway:${Region}:${Account}:gateway/${GatewayId}/device/${Vtldevice}. */
  device: "|,device|arn:|Partition|:storagegateway:|Region|:|Account|:gateway/|GatewayId|/device/|Vtldevice|",
  /** ARN of a fs-association resource: arn:${Partition}:storagegateway:${Region}:${Account}:fs-association/${FsaId}. */
  fsAssociation: "|,fs-association|arn:|Partition|:storagegateway:|Region|:|Account|:fs-association/|FsaId|",
  /** ARN of a gateway resource: arn:${Partition}:storagegateway:${Region}:${Account}:gateway/${GatewayId}. */
  gateway: "|,gateway|arn:|Partition|:storagegateway:|Region|:|Account|:gateway/|GatewayId|",
  /** ARN of a share resource: arn:${Partition}:storagegateway:${Region}:${Account}:share/${ShareId}. */
  share: "|,share|arn:|Partition|:storagegateway:|Region|:|Account|:share/|ShareId|",
  /** ARN of a tape resource: arn:${Partition}:storagegateway:${Region}:${Account}:tape/${TapeBarcode}. */
  tape: "|,tape|arn:|Partition|:storagegateway:|Region|:|Account|:tape/|TapeBarcode|",
  /** ARN of a tapepool resource: arn:${Partition}:storagegateway:${Region}:${Account}:tapepool/${PoolId}. */
  tapepool: "|,tapepool|arn:|Partition|:storagegateway:|Region|:|Account|:tapepool/|PoolId|",
  /** ARN of a target resource: arn:${Partition}:storagegateway:${Region}:${Account}:gateway/${GatewayId}/target/${IscsiTarget}. */
  target: "|,target|arn:|Partition|:storagegateway:|Region|:|Account|:gateway/|GatewayId|/target/|IscsiTarget|",
  /** ARN of a volume resource: arn:${Partition}:storagegateway:${Region}:${Account}:gateway/${GatewayId}/volume/${VolumeId}. */
  volume: "|,volume|arn:|Partition|:storagegateway:|Region|:|Account|:gateway/|GatewayId|/volume/|VolumeId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "cache-report",
  "device",
  "fs-association",
  "gateway",
  "share",
  "tape",
  "tapepool",
  "target",
  "volume",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "storagegateway">;
/** Any storagegateway action. */
export type Action = ActionOf<typeof actionFacts, "storagegateway">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "storagegateway">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "storagegateway" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every storagegateway action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the allowed set of values for each of the tags. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by tag-value associated with the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the presence of mandatory tags in the request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by the allowed set of values for each of the tags",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by tag-value associated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the presence of mandatory tags in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "storagegateway",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
