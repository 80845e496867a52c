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
export const prefix: "backup" = "backup";
/** The service's name in the reference. */
export const serviceName: "AWS Backup" = "AWS Backup";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  { name: "AWS Backup", url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsbackup.html" },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "backup:ChangeableForDays",
  "backup:CopyTargetOrgPaths",
  "backup:CopyTargets",
  "backup:FrameworkArns",
  "backup:Index",
  "backup:MaxRetentionDays",
  "backup:MinRetentionDays",
  "backup:MpaApprovalTeamArn",
] as const;
const dependentActionList = ["backup:TagResource", "iam:PassRole"] as const;
const actionFacts = {
  /** Grants permission to associate an MPA approval team with a backup vault. Access level: Write. Resources: backupVault*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_AssociateBackupVaultMpaApprovalTeam.html */
  AssociateBackupVaultMpaApprovalTeam: "W|||1;1;|10||;",
  /** Grants permission to cancel a legal hold. Access level: Write. Resources: legalHold*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_CancelLegalHold.html */
  CancelLegalHold: "W|||3;1;|||;",
  /** Grants permission to copy from a backup vault. Access level: Write. Resources: recoveryPoint*. Permission only. https://docs.aws.amazon.com/aws-backup/latest/devguide/vaults.html.html */
  CopyFromBackupVault: "W||1|4;1;|4,5||",
  /** Grants permission to copy into a backup vault. Access level: Write. Resources: backupVault*. Permission only. https://docs.aws.amazon.com/aws-backup/latest/devguide/vaults.html */
  CopyIntoBackupVault: "W||1|1;1;|0||",
  /** Grants permission to create a new access point for backup instant access. Access level: Write. Resources: recoveryPoint*. Permission only. https://docs.aws.amazon.com/aws-backup/latest/devguide/backup-instant-access.html */
  CreateBackupAccessPoint: "W||1|4;1;|||",
  /** Grants permission to create a new backup plan. Access level: Write. Resources: backupPlan*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_CreateBackupPlan.html */
  CreateBackupPlan: "W|||0;1;|0,2|0,1|;",
  /** Grants permission to create a new resource assignment in a backup plan. Access level: Write. Resources: backupPlan*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_CreateBackupSelection.html */
  CreateBackupSelection: "W|||0;1;||1|;",
  /** Grants permission to create a new backup vault. Access level: Write. Resources: backupVault*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_CreateBackupVault.html */
  CreateBackupVault: "W|||1;1;|0,2|0|;",
  /** Grants permission to create a new framework. Access level: Write. Resources: framework*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_CreateFramework.html */
  CreateFramework: "W|||2;1;|0,2|0|;",
  /** Grants permission to create a new legal hold. Access level: Write. Resources: legalHold*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_CreateLegalHold.html */
  CreateLegalHold: "W|||3;1;|0,2|0|;",
  /** Grants permission to create a new logically air-gapped backup vault, a logical container where backups are stored. Access level: Write. Resources: backupVault*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_CreateLogicallyAirGappedBackupVault.html */
  CreateLogicallyAirGappedBackupVault: "W|||1;1;|0,2,8,9|0|;",
  /** Grants permission to create a new report plan. Access level: Write. Resources: reportPlan*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_CreateReportPlan.html */
  CreateReportPlan: "W|||5;1;|0,2,6|0|;",
  /** Grants permission to create a restore access backup vault. Access level: Write. Resources: backupVault*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_CreateRestoreAccessBackupVault.html */
  CreateRestoreAccessBackupVault: "W|||1;1;|0,2|0|;",
  /** Grants permission to create a new restore testing plan. Access level: Write. Resources: restoreTestingPlan*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_CreateRestoreTestingPlan.html */
  CreateRestoreTestingPlan: "W|||6;1;|0,2|0|;",
  /** Grants permission to create a new resource assignment in a restore testing plan. Access level: Write. Resources: restoreTestingPlan*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_CreateRestoreTestingSelection.html */
  CreateRestoreTestingSelection: "W|||6;1;||1|;",
  /** Grants permission to create a new tiering configuration. Access level: Write. Resources: tieringConfiguration*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_CreateTieringConfiguration.html */
  CreateTieringConfiguration: "W|||7;1;|0,2|0|;",
  /** Grants permission to delete the access point. Access level: Write. Permission only. https://docs.aws.amazon.com/aws-backup/latest/devguide/backup-instant-access.html */
  DeleteBackupAccessPoint: "W||1||||",
  /** Grants permission to delete a backup plan. Access level: Write. Resources: backupPlan*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_DeleteBackupPlan.html */
  DeleteBackupPlan: "W|||0;1;|||;",
  /** Grants permission to delete a resource assignment from a backup plan. Access level: Write. Resources: backupPlan*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_DeleteBackupSelection.html */
  DeleteBackupSelection: "W|||0;1;|||;",
  /** Grants permission to delete a backup vault. Access level: Write. Resources: backupVault*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_DeleteBackupVault.html */
  DeleteBackupVault: "W|||1;1;|||;",
  /** Grants permission to delete backup vault access policy. Access level: Permissions management. Resources: backupVault*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_DeleteBackupVaultAccessPolicy.html */
  DeleteBackupVaultAccessPolicy: "P|||1;1;|||;",
  /** Grants permission to remove the lock configuration from a backup vault. Access level: Write. Resources: backupVault*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_DeleteBackupVaultLockConfiguration.html */
  DeleteBackupVaultLockConfiguration: "W|||1;1;|||;",
  /** Grants permission to remove the notifications from a backup vault. Access level: Write. Resources: backupVault*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_DeleteBackupVaultNotifications.html */
  DeleteBackupVaultNotifications: "W|||1;1;|||;",
  /** Grants permission to delete backup vault sharing policy. Access level: Permissions management. Resources: backupVault*. Permission only. https://docs.aws.amazon.com/aws-backup/latest/devguide/logicallyairgappedvault.html */
  DeleteBackupVaultSharingPolicy: "P||1|1;1;|||",
  /** Grants permission to delete a framework. Access level: Write. Resources: framework*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_DeleteFramework.html */
  DeleteFramework: "W|||2;1;|||;",
  /** Grants permission to delete a recovery point from a backup vault. Access level: Write. Resources: recoveryPoint*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_DeleteRecoveryPoint.html */
  DeleteRecoveryPoint: "W|||4;1;|||;",
  /** Grants permission to delete a report plan. Access level: Write. Resources: reportPlan*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_DeleteReportPlan.html */
  DeleteReportPlan: "W|||5;1;|||;",
  /** Grants permission to delete a restore testing plan. Access level: Write. Resources: restoreTestingPlan*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_DeleteRestoreTestingPlan.html */
  DeleteRestoreTestingPlan: "W|||6;1;|||;",
  /** Grants permission to delete a resource assignment from a restore testing plan. Access level: Write. Resources: restoreTestingPlan*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_DeleteRestoreTestingSelection.html */
  DeleteRestoreTestingSelection: "W|||6;1;|||;",
  /** Grants permission to delete a tiering configuration. Access level: Write. Resources: tieringConfiguration*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_DeleteTieringConfiguration.html */
  DeleteTieringConfiguration: "W|||7;1;|||;",
  /** Grants permission to return information about the specified access point. Access level: Read. Permission only. https://docs.aws.amazon.com/aws-backup/latest/devguide/backup-instant-access.html */
  DescribeBackupAccessPoint: "R||1||||",
  /** Grants permission to describe a backup job. Access level: Read. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_DescribeBackupJob.html */
  DescribeBackupJob: "R||||||;",
  /** Grants permission to describe a new backup vault with the specified name. Access level: Read. Resources: backupVault*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_DescribeBackupVault.html */
  DescribeBackupVault: "R|||1;1;|||;",
  /** Grants permission to describe a copy job. Access level: Read. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_DescribeCopyJob.html */
  DescribeCopyJob: "R||||||;",
  /** Grants permission to describe a framework with the specified name. Access level: Read. Resources: framework*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_DescribeFramework.html */
  DescribeFramework: "R|||2;1;|||;",
  /** Grants permission to describe global settings. Access level: Read. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_DescribeGlobalSettings.html */
  DescribeGlobalSettings: "R||||||;",
  /** Grants permission to describe a protected resource. Access level: Read. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_DescribeProtectedResource.html */
  DescribeProtectedResource: "R||||||;",
  /** Grants permission to describe a recovery point. Access level: Read. Resources: recoveryPoint*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_DescribeRecoveryPoint.html */
  DescribeRecoveryPoint: "R|||4;1;|||;",
  /** Grants permission to describe region settings. Access level: Read. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_DescribeRegionSettings.html */
  DescribeRegionSettings: "R||||||;",
  /** Grants permission to describe a report job. Access level: Read. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_DescribeReportJob.html */
  DescribeReportJob: "R||||||;",
  /** Grants permission to describe a report plan with the specified name. Access level: Read. Resources: reportPlan*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_DescribeReportPlan.html */
  DescribeReportPlan: "R|||5;1;|||;",
  /** Grants permission to describe a restore job. Access level: Read. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_DescribeRestoreJob.html */
  DescribeRestoreJob: "R||||||;",
  /** Grants permission to describe a scan job. Access level: Read. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_DescribeScanJob.html */
  DescribeScanJob: "R||||||;",
  /** Grants permission to disassociate an MPA approval team from a backup vault. Access level: Write. Resources: backupVault*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_DisassociateBackupVaultMpaApprovalTeam.html */
  DisassociateBackupVaultMpaApprovalTeam: "W|||1;1;|||;",
  /** Grants permission to disassociate a recovery point from a backup vault. Access level: Write. Resources: recoveryPoint*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_DisassociateRecoveryPoint.html */
  DisassociateRecoveryPoint: "W|||4;1;|||;",
  /** Grants permission to disassociate a recovery point from its parent. Access level: Write. Resources: recoveryPoint*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_DisassociateRecoveryPointFromParent.html */
  DisassociateRecoveryPointFromParent: "W|||4;1;|||;",
  /** Grants permission to export a backup plan as a JSON. Access level: Read. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_ExportBackupPlanTemplate.html */
  ExportBackupPlanTemplate: "R||||||;",
  /** Grants permission to get a backup plan. Access level: Read. Resources: backupPlan*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_GetBackupPlan.html */
  GetBackupPlan: "R|||0;1;|||;",
  /** Grants permission to transform a JSON to a backup plan. Access level: Read. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_GetBackupPlanFromJSON.html */
  GetBackupPlanFromJSON: "R||||||;",
  /** Grants permission to transform a template to a backup plan. Access level: Read. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_GetBackupPlanFromTemplate.html */
  GetBackupPlanFromTemplate: "R||||||;",
  /** Grants permission to get a backup plan resource assignment. Access level: Read. Resources: backupPlan*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_GetBackupSelection.html */
  GetBackupSelection: "R|||0;1;|||;",
  /** Grants permission to get backup vault access policy. Access level: Read. Resources: backupVault*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_GetBackupVaultAccessPolicy.html */
  GetBackupVaultAccessPolicy: "R|||1;1;|||;",
  /** Grants permission to get backup vault notifications. Access level: Read. Resources: backupVault*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_GetBackupVaultNotifications.html */
  GetBackupVaultNotifications: "R|||1;1;|||;",
  /** Grants permission to get backup vault sharing policy. Access level: Read. Resources: backupVault*. Permission only. https://docs.aws.amazon.com/aws-backup/latest/devguide/logicallyairgappedvault.html */
  GetBackupVaultSharingPolicy: "R||1|1;1;|||",
  /** Grants permission to get a legal hold. Access level: Read. Resources: legalHold*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_GetLegalHold.html */
  GetLegalHold: "R|||3;1;|||;",
  /** Grants permission to get point-in-time recovery (PITR) malware scan results. Access level: Read. Resources: recoveryPoint*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_GetPITRMalwareScanResults.html */
  GetPITRMalwareScanResults: "R|||4;1;|||;",
  /** Grants permission to get indexing details for a recovery point. Access level: Read. Resources: recoveryPoint*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_GetRecoveryPointIndexDetails.html */
  GetRecoveryPointIndexDetails: "R|||4;1;|||;",
  /** Grants permission to get recovery point restore metadata. Access level: Read. Resources: recoveryPoint*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_GetRecoveryPointRestoreMetadata.html */
  GetRecoveryPointRestoreMetadata: "R|||4;1;|||;",
  /** Grants permission to get the restore metadata associated with a restore job. Access level: Read. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_GetRestoreJobMetadata.html */
  GetRestoreJobMetadata: "R||||||;",
  /** Grants permission to get inferred metadata generated by restore testing. Access level: Read. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_GetRestoreTestingInferredMetadata.html */
  GetRestoreTestingInferredMetadata: "R||||||;",
  /** Grants permission to get a restore testing plan. Access level: Read. Resources: restoreTestingPlan*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_GetRestoreTestingPlan.html */
  GetRestoreTestingPlan: "R|||6;1;|||;",
  /** Grants permission to get a restore testing plan resource assignment. Access level: Read. Resources: restoreTestingPlan*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_GetRestoreTestingSelection.html */
  GetRestoreTestingSelection: "R|||6;1;|||;",
  /** Grants permission to get supported resource types. Access level: Read. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_GetSupportedResourceTypes.html */
  GetSupportedResourceTypes: "R||||||;",
  /** Grants permission to describe a tiering configuration. Access level: Read. Resources: tieringConfiguration*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_GetTieringConfiguration.html */
  GetTieringConfiguration: "R|||7;1;|||;",
  /** Grants permission to list backup job summaries. Access level: List. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_ListBackupJobSummaries.html */
  ListBackupJobSummaries: "L||||||;",
  /** Grants permission to list backup jobs. Access level: List. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_ListBackupJobs.html */
  ListBackupJobs: "L||||||;",
  /** Grants permission to list backup plan templates provided by AWS Backup. Access level: List. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_ListBackupPlanTemplates.html */
  ListBackupPlanTemplates: "L||||||;",
  /** Grants permission to list backup plan versions. Access level: List. Resources: backupPlan*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_ListBackupPlanVersions.html */
  ListBackupPlanVersions: "L|||0;1;|||;",
  /** Grants permission to list backup plans. Access level: List. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_ListBackupPlans.html */
  ListBackupPlans: "L||||||;",
  /** Grants permission to list resource assignments for a specific backup plan. Access level: List. Resources: backupPlan*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_ListBackupSelections.html */
  ListBackupSelections: "L|||0;1;|||;",
  /** Grants permission to list backup vaults. Access level: List. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_ListBackupVaults.html */
  ListBackupVaults: "L||||||;",
  /** Grants permission to list copy job summaries. Access level: List. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_ListCopyJobSummaries.html */
  ListCopyJobSummaries: "L||||||;",
  /** Grants permission to list copy jobs. Access level: List. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_ListCopyJobs.html */
  ListCopyJobs: "L||||||;",
  /** Grants permission to list frameworks. Access level: List. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_ListFrameworks.html */
  ListFrameworks: "L||||||;",
  /** Grants permission to get list indexed recovery points. Access level: List. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_ListIndexedRecoveryPoints.html */
  ListIndexedRecoveryPoints: "L||||||;",
  /** Grants permission to list indexed recovery points to search. Access level: Permissions management. Permission only. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_ListIndexedRecoveryPointsForSearch.html */
  ListIndexedRecoveryPointsForSearch: "P||1||||",
  /** Grants permission to list legal holds. Access level: List. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_ListLegalHolds.html */
  ListLegalHolds: "L||||||;",
  /** Grants permission to list protected resources by AWS Backup. Access level: List. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_ListProtectedResources.html */
  ListProtectedResources: "L||||||;",
  /** Grants permission to list protected resources inside a backup vault. Access level: List. Resources: backupVault*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_ListProtectedResourcesByBackupVault.html */
  ListProtectedResourcesByBackupVault: "L|||1;1;|||;",
  /** Grants permission to list recovery points inside a backup vault. Access level: List. Resources: backupVault*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_ListRecoveryPointsByBackupVault.html */
  ListRecoveryPointsByBackupVault: "L|||1;1;|||;",
  /** Grants permission to list recovery points by legal hold. Access level: List. Resources: legalHold*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_ListRecoveryPointsByLegalHold.html */
  ListRecoveryPointsByLegalHold: "L|||3;1;|||;",
  /** Grants permission to list recovery points for a resource. Access level: List. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_ListRecoveryPointsByResource.html */
  ListRecoveryPointsByResource: "L||||||;",
  /** Grants permission to list report jobs. Access level: List. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_ListReportJobs.html */
  ListReportJobs: "L||||||;",
  /** Grants permission to list report plans. Access level: List. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_ListReportPlans.html */
  ListReportPlans: "L||||||;",
  /** Grants permission to list a restore access backup vaults associated with a backup vault. Access level: List. Resources: backupVault*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_ListRestoreAccessBackupVaults.html */
  ListRestoreAccessBackupVaults: "L|||1;1;|||;",
  /** Grants permission to list restore job summaries. Access level: List. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_ListRestoreJobSummaries.html */
  ListRestoreJobSummaries: "L||||||;",
  /** Grants permission to list restore jobs. Access level: List. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_ListRestoreJobs.html */
  ListRestoreJobs: "L||||||;",
  /** Grants permission to list restore jobs for a protected resource. Access level: List. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_ListRestoreJobsByProtectedResource.html */
  ListRestoreJobsByProtectedResource: "L||||||;",
  /** Grants permission to list restore testing plans. Access level: List. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_ListRestoreTestingPlans.html */
  ListRestoreTestingPlans: "L||||||;",
  /** Grants permission to list resource assignments for a specific restore testing plan. Access level: List. Resources: restoreTestingPlan*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_ListRestoreTestingSelections.html */
  ListRestoreTestingSelections: "L|||6;1;|||;",
  /** Grants permission to list scan job summaries. Access level: List. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_ListScanJobSummaries.html */
  ListScanJobSummaries: "L||||||;",
  /** Grants permission to list scan jobs. Access level: List. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_ListScanJobs.html */
  ListScanJobs: "L||||||;",
  /** Grants permission to list tags for a resource. Access level: Read. Resources: backupPlan, backupVault, framework, legalHold, recoveryPoint, reportPlan, restoreTestingPlan, tieringConfiguration. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_ListTags.html */
  ListTags: "R|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;|||;",
  /** Grants permission to list tiering configurations. Access level: List. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_ListTieringConfigurations.html */
  ListTieringConfigurations: "L||||||;",
  /** Grants permission to add an access policy to the backup vault. Access level: Permissions management. Resources: backupVault*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_PutBackupVaultAccessPolicy.html */
  PutBackupVaultAccessPolicy: "P|||1;1;|||;",
  /** Grants permission to add a lock configuration to the backup vault. Access level: Write. Resources: backupVault*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_PutBackupVaultLockConfiguration.html */
  PutBackupVaultLockConfiguration: "W|||1;1;|3,8,9||;",
  /** Grants permission to add an SNS topic to the backup vault. Access level: Write. Resources: backupVault*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_PutBackupVaultNotifications.html */
  PutBackupVaultNotifications: "W|||1;1;|||;",
  /** Grants permission to add a sharing policy to the backup vault. Access level: Permissions management. Resources: backupVault*. Permission only. https://docs.aws.amazon.com/aws-backup/latest/devguide/logicallyairgappedvault.html */
  PutBackupVaultSharingPolicy: "P||1|1;1;|||",
  /** Grants permission to put a restore validation result. Access level: Write. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_PutRestoreValidationResult.html */
  PutRestoreValidationResult: "W||||||;",
  /** Grants permission to revoke a restore access backup vault. Access level: Write. Resources: backupVault*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_RevokeRestoreAccessBackupVault.html */
  RevokeRestoreAccessBackupVault: "W|||1;1;|||;",
  /** Grants permission to search a recovery point. Access level: Permissions management. Resources: recoveryPoint*. Permission only. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_SearchRecoveryPoint.html */
  SearchRecoveryPoint: "P||1|4;1;|||",
  /** Grants permission to start a new backup job. Access level: Write. Resources: backupVault*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_StartBackupJob.html */
  StartBackupJob: "W|||1;1;||1|;",
  /** Grants permission to copy a backup from a source backup vault to a destination backup vault. Access level: Write. Resources: recoveryPoint*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_StartCopyJob.html */
  StartCopyJob: "W|||4;1;||1|;",
  /** Grants permission to start a new report job. Access level: Write. Resources: reportPlan*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_StartReportJob.html */
  StartReportJob: "W|||5;1;|||;",
  /** Grants permission to start a new restore job. Access level: Write. Resources: recoveryPoint*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_StartRestoreJob.html */
  StartRestoreJob: "W|||4;1;||1|;",
  /** Grants permission to start a new scan job. Access level: Write. Resources: recoveryPoint*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_StartScanJob.html */
  StartScanJob: "W|||4;1;||1|;",
  /** Grants permission to stop a backup job. Access level: Write. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_StopBackupJob.html */
  StopBackupJob: "W||||||;",
  /** Grants permission to tag a resource. Access level: Tagging. Resources: backupPlan, backupVault, framework, legalHold, recoveryPoint, reportPlan, restoreTestingPlan, tieringConfiguration. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_TagResource.html */
  TagResource:
    "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;|0,2||CreateBackupPlan,CreateBackupVault,CreateFramework,CreateLegalHold,CreateLogicallyAirGappedBackupVault,CreateReportPlan,CreateRestoreAccessBackupVault,CreateRestoreTestingPlan,CreateTieringConfiguration,;",
  /** Grants permission to untag a resource. Access level: Tagging. Resources: backupPlan, backupVault, framework, legalHold, recoveryPoint, reportPlan, restoreTestingPlan, tieringConfiguration. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;|2||;",
  /** Grants permission to update a backup plan. Access level: Write. Resources: backupPlan*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_UpdateBackupPlan.html */
  UpdateBackupPlan: "W|||0;1;||1|;",
  /** Grants permission to update a framework. Access level: Write. Resources: framework*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_UpdateFramework.html */
  UpdateFramework: "W|||2;1;|||;",
  /** Grants permission to update the current global settings for the AWS Account. Access level: Write. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_UpdateGlobalSettings.html */
  UpdateGlobalSettings: "W||||||;",
  /** Grants permission to update recovery point index settings. Access level: Write. Resources: recoveryPoint*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_UpdateRecoveryPointIndexSettings.html */
  UpdateRecoveryPointIndexSettings: "W|||4;1;|7|1|;",
  /** Grants permission to update the lifecycle of the recovery point. Access level: Write. Resources: recoveryPoint*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_UpdateRecoveryPointLifecycle.html */
  UpdateRecoveryPointLifecycle: "W|||4;1;|||;",
  /** Grants permission to update the current service opt-in settings for the Region. Access level: Write. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_UpdateRegionSettings.html */
  UpdateRegionSettings: "W||||||;",
  /** Grants permission to update a report plan. Access level: Write. Resources: reportPlan*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_UpdateReportPlan.html */
  UpdateReportPlan: "W|||5;1;|6||;",
  /** Grants permission to update a restore testing plan. Access level: Write. Resources: restoreTestingPlan*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_UpdateRestoreTestingPlan.html */
  UpdateRestoreTestingPlan: "W|||6;1;|||;",
  /** Grants permission to update a resource assignment in a restore testing plan. Access level: Write. Resources: restoreTestingPlan*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_UpdateRestoreTestingSelection.html */
  UpdateRestoreTestingSelection: "W|||6;1;||1|;",
  /** Grants permission to update a tiering configuration. Access level: Write. Resources: tieringConfiguration*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_UpdateTieringConfiguration.html */
  UpdateTieringConfiguration: "W|||7;1;|||;",
} as const;
const actionDetails = {
  AssociateBackupVaultMpaApprovalTeam: "|,;~~~|Grants permission to associate an MPA approval team with a backup vault",
  CancelLegalHold: "|,;~~~|Grants permission to cancel a legal hold",
  CopyFromBackupVault: "|,;~|Grants permission to copy from a backup vault",
  CopyIntoBackupVault: "|,;~|Grants permission to copy into a backup vault",
  CreateBackupAccessPoint: "|,;~|Grants permission to create a new access point for backup instant access",
  CreateBackupPlan: "|,;~~~|Grants permission to create a new backup plan",
  CreateBackupSelection: "|,;~~~|Grants permission to create a new resource assignment in a backup plan",
  CreateBackupVault: "|,;~~~|Grants permission to create a new backup vault",
  CreateFramework: "|,;~~~|Grants permission to create a new framework",
  CreateLegalHold: "|,;~~~|Grants permission to create a new legal hold",
  CreateLogicallyAirGappedBackupVault:
    "|,;~~~|Grants permission to create a new logically air-gapped backup vault, a logical container where backups are stored",
  CreateReportPlan: "|,;~~~|Grants permission to create a new report plan",
  CreateRestoreAccessBackupVault: "|,;~~~|Grants permission to create a restore access backup vault",
  CreateRestoreTestingPlan: "|,;~~~|Grants permission to create a new restore testing plan",
  CreateRestoreTestingSelection:
    "|,;~~~|Grants permission to create a new resource assignment in a restore testing plan",
  CreateTieringConfiguration: "|,;~~~|Grants permission to create a new tiering configuration",
  DeleteBackupAccessPoint: "|,;~|Grants permission to delete the access point",
  DeleteBackupPlan: "|,;~~~|Grants permission to delete a backup plan",
  DeleteBackupSelection: "|,;~~~|Grants permission to delete a resource assignment from a backup plan",
  DeleteBackupVault: "|,;~~~|Grants permission to delete a backup vault",
  DeleteBackupVaultAccessPolicy: "|,;~~~|Grants permission to delete backup vault access policy",
  DeleteBackupVaultLockConfiguration: "|,;~~~|Grants permission to remove the lock configuration from a backup vault",
  DeleteBackupVaultNotifications: "|,;~~~|Grants permission to remove the notifications from a backup vault",
  DeleteBackupVaultSharingPolicy: "|,;~|Grants permission to delete backup vault sharing policy",
  DeleteFramework: "|,;~~~|Grants permission to delete a framework",
  DeleteRecoveryPoint: "|,;~~~|Grants permission to delete a recovery point from a backup vault",
  DeleteReportPlan: "|,;~~~|Grants permission to delete a report plan",
  DeleteRestoreTestingPlan: "|,;~~~|Grants permission to delete a restore testing plan",
  DeleteRestoreTestingSelection: "|,;~~~|Grants permission to delete a resource assignment from a restore testing plan",
  DeleteTieringConfiguration: "|,;~~~|Grants permission to delete a tiering configuration",
  DescribeBackupAccessPoint: "|,;~|Grants permission to return information about the specified access point",
  DescribeBackupJob: "|,;~~~|Grants permission to describe a backup job",
  DescribeBackupVault: "|,;~~~|Grants permission to describe a new backup vault with the specified name",
  DescribeCopyJob: "|,;~~~|Grants permission to describe a copy job",
  DescribeFramework: "|,;~~~|Grants permission to describe a framework with the specified name",
  DescribeGlobalSettings: "|,;~~~|Grants permission to describe global settings",
  DescribeProtectedResource: "|,;~~~|Grants permission to describe a protected resource",
  DescribeRecoveryPoint: "|,;~~~|Grants permission to describe a recovery point",
  DescribeRegionSettings: "|,;~~~|Grants permission to describe region settings",
  DescribeReportJob: "|,;~~~|Grants permission to describe a report job",
  DescribeReportPlan: "|,;~~~|Grants permission to describe a report plan with the specified name",
  DescribeRestoreJob: "|,;~~~|Grants permission to describe a restore job",
  DescribeScanJob: "|,;~~~|Grants permission to describe a scan job",
  DisassociateBackupVaultMpaApprovalTeam:
    "|,;~~~|Grants permission to disassociate an MPA approval team from a backup vault",
  DisassociateRecoveryPoint: "|,;~~~|Grants permission to disassociate a recovery point from a backup vault",
  DisassociateRecoveryPointFromParent: "|,;~~~|Grants permission to disassociate a recovery point from its parent",
  ExportBackupPlanTemplate: "|,;~~~|Grants permission to export a backup plan as a JSON",
  GetBackupPlan: "|,;~~~|Grants permission to get a backup plan",
  GetBackupPlanFromJSON: "|,;~~~|Grants permission to transform a JSON to a backup plan",
  GetBackupPlanFromTemplate: "|,;~~~|Grants permission to transform a template to a backup plan",
  GetBackupSelection: "|,;~~~|Grants permission to get a backup plan resource assignment",
  GetBackupVaultAccessPolicy: "|,;~~~|Grants permission to get backup vault access policy",
  GetBackupVaultNotifications: "|,;~~~|Grants permission to get backup vault notifications",
  GetBackupVaultSharingPolicy: "|,;~|Grants permission to get backup vault sharing policy",
  GetLegalHold: "|,;~~~|Grants permission to get a legal hold",
  GetPITRMalwareScanResults: "|,;~~~|Grants permission to get point-in-time recovery (PITR) malware scan results",
  GetRecoveryPointIndexDetails: "|,;~~~|Grants permission to get indexing details for a recovery point",
  GetRecoveryPointRestoreMetadata: "|,;~~~|Grants permission to get recovery point restore metadata",
  GetRestoreJobMetadata: "|,;~~~|Grants permission to get the restore metadata associated with a restore job",
  GetRestoreTestingInferredMetadata: "|,;~~~|Grants permission to get inferred metadata generated by restore testing",
  GetRestoreTestingPlan: "|,;~~~|Grants permission to get a restore testing plan",
  GetRestoreTestingSelection: "|,;~~~|Grants permission to get a restore testing plan resource assignment",
  GetSupportedResourceTypes: "|,;~~~|Grants permission to get supported resource types",
  GetTieringConfiguration: "|,;~~~|Grants permission to describe a tiering configuration",
  ListBackupJobSummaries: "|,;~~~|Grants permission to list backup job summaries",
  ListBackupJobs: "|,;~~~|Grants permission to list backup jobs",
  ListBackupPlanTemplates: "|,;~~~|Grants permission to list backup plan templates provided by AWS Backup",
  ListBackupPlanVersions: "|,;~~~|Grants permission to list backup plan versions",
  ListBackupPlans: "|,;~~~|Grants permission to list backup plans",
  ListBackupSelections: "|,;~~~|Grants permission to list resource assignments for a specific backup plan",
  ListBackupVaults: "|,;~~~|Grants permission to list backup vaults",
  ListCopyJobSummaries: "|,;~~~|Grants permission to list copy job summaries",
  ListCopyJobs: "|,;~~~|Grants permission to list copy jobs",
  ListFrameworks: "|,;~~~|Grants permission to list frameworks",
  ListIndexedRecoveryPoints: "|,;~~~|Grants permission to get list indexed recovery points",
  ListIndexedRecoveryPointsForSearch: "|,;~|Grants permission to list indexed recovery points to search",
  ListLegalHolds: "|,;~~~|Grants permission to list legal holds",
  ListProtectedResources: "|,;~~~|Grants permission to list protected resources by AWS Backup",
  ListProtectedResourcesByBackupVault: "|,;~~~|Grants permission to list protected resources inside a backup vault",
  ListRecoveryPointsByBackupVault: "|,;~~~|Grants permission to list recovery points inside a backup vault",
  ListRecoveryPointsByLegalHold: "|,;~~~|Grants permission to list recovery points by legal hold",
  ListRecoveryPointsByResource: "|,;~~~|Grants permission to list recovery points for a resource",
  ListReportJobs: "|,;~~~|Grants permission to list report jobs",
  ListReportPlans: "|,;~~~|Grants permission to list report plans",
  ListRestoreAccessBackupVaults:
    "|,;~~~|Grants permission to list a restore access backup vaults associated with a backup vault",
  ListRestoreJobSummaries: "|,;~~~|Grants permission to list restore job summaries",
  ListRestoreJobs: "|,;~~~|Grants permission to list restore jobs",
  ListRestoreJobsByProtectedResource: "|,;~~~|Grants permission to list restore jobs for a protected resource",
  ListRestoreTestingPlans: "|,;~~~|Grants permission to list restore testing plans",
  ListRestoreTestingSelections:
    "|,;~~~|Grants permission to list resource assignments for a specific restore testing plan",
  ListScanJobSummaries: "|,;~~~|Grants permission to list scan job summaries",
  ListScanJobs: "|,;~~~|Grants permission to list scan jobs",
  ListTags: "|,;~~~|Grants permission to list tags for a resource",
  ListTieringConfigurations: "|,;~~~|Grants permission to list tiering configurations",
  PutBackupVaultAccessPolicy: "|,;~~~|Grants permission to add an access policy to the backup vault",
  PutBackupVaultLockConfiguration: "|,;~~~|Grants permission to add a lock configuration to the backup vault",
  PutBackupVaultNotifications: "|,;~~~|Grants permission to add an SNS topic to the backup vault",
  PutBackupVaultSharingPolicy: "|,;~|Grants permission to add a sharing policy to the backup vault",
  PutRestoreValidationResult: "|,;~~~|Grants permission to put a restore validation result",
  RevokeRestoreAccessBackupVault: "|,;~~~|Grants permission to revoke a restore access backup vault",
  SearchRecoveryPoint: "|,;~|Grants permission to search a recovery point",
  StartBackupJob: "|,;~~~|Grants permission to start a new backup job",
  StartCopyJob: "|,;~~~|Grants permission to copy a backup from a source backup vault to a destination backup vault",
  StartReportJob: "|,;~~~|Grants permission to start a new report job",
  StartRestoreJob: "|,;~~~|Grants permission to start a new restore job",
  StartScanJob: "|,;~~~|Grants permission to start a new scan job",
  StopBackupJob: "|,;~~~|Grants permission to stop a backup job",
  TagResource: "|,;~~~,~~,~~,~~,~~,~~,~~,~~,~~,~~|Grants permission to tag a resource",
  UntagResource: "|,;~~~|Grants permission to untag a resource",
  UpdateBackupPlan: "|,;~~~|Grants permission to update a backup plan",
  UpdateFramework: "|,;~~~|Grants permission to update a framework",
  UpdateGlobalSettings: "|,;~~~|Grants permission to update the current global settings for the AWS Account",
  UpdateRecoveryPointIndexSettings: "|,;~~~|Grants permission to update recovery point index settings",
  UpdateRecoveryPointLifecycle: "|,;~~~|Grants permission to update the lifecycle of the recovery point",
  UpdateRegionSettings: "|,;~~~|Grants permission to update the current service opt-in settings for the Region",
  UpdateReportPlan: "|,;~~~|Grants permission to update a report plan",
  UpdateRestoreTestingPlan: "|,;~~~|Grants permission to update a restore testing plan",
  UpdateRestoreTestingSelection: "|,;~~~|Grants permission to update a resource assignment in a restore testing plan",
  UpdateTieringConfiguration: "|,;~~~|Grants permission to update a tiering configuration",
};
const resourceTypeFacts = {
  /** The backupPlan resource type: arn:${Partition}:backup:${Region}:${Account}:backup-plan:${BackupPlanId} */
  backupPlan: "|,|1",
  /** The backupVault resource type: arn:${Partition}:backup:${Region}:${Account}:backup-vault:${BackupVaultName} */
  backupVault: "|,|1",
  /** The framework resource type: arn:${Partition}:backup:${Region}:${Account}:framework:${FrameworkName}-${FrameworkId} */
  framework: "|,|1",
  /** The legalHold resource type: arn:${Partition}:backup:${Region}:${Account}:legal-hold:${LegalHoldId} */
  legalHold: "|,|1",
  /** The recoveryPoint resource type: arn:${Partition}:${Vendor}:${Region}:*:${ResourceType}:${RecoveryPointId} */
  recoveryPoint: "|,|1",
  /** The reportPlan resource type: arn:${Partition}:backup:${Region}:${Account}:report-plan:${ReportPlanName}-${ReportPlanId} */
  reportPlan: "|,|1",
  /** The restoreTestingPlan resource type: arn:${Partition}:backup:${Region}:${Account}:restore-testing-plan:${RestoreTestingPlanName}-${RestoreTestingPlanId} */
  restoreTestingPlan: "|,|1",
  /** The tieringConfiguration resource type: arn:${Partition}:backup:${Region}:${Account}:tiering-configuration:${TieringConfigurationName}-${TieringConfigurationId} */
  tieringConfiguration: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a backupPlan resource: arn:${Partition}:backup:${Region}:${Account}:backup-plan:${BackupPlanId}. */
  backupPlan: "|,backupPlan|arn:|Partition|:backup:|Region|:|Account|:backup-plan:|BackupPlanId|",
  /** ARN of a backupVault resource: arn:${Partition}:backup:${Region}:${Account}:backup-vault:${BackupVaultName}. */
  backupVault: "|,backupVault|arn:|Partition|:backup:|Region|:|Account|:backup-vault:|BackupVaultName|",
  /** ARN of a framework resource: arn:${Partition}:backup:${Region}:${Account}:framework:${FrameworkName}-${FrameworkId}. */
  framework: "|,framework|arn:|Partition|:backup:|Region|:|Account|:framework:|FrameworkName|-|FrameworkId|",
  /** ARN of a legalHold resource: arn:${Partition}:backup:${Region}:${Account}:legal-hold:${LegalHoldId}. */
  legalHold: "|,legalHold|arn:|Partition|:backup:|Region|:|Account|:legal-hold:|LegalHoldId|",
  /** ARN of a recoveryPoint resource: arn:${Partition}:${Vendor}:${Region}:*:${ResourceType}:${RecoveryPointId}. */
  recoveryPoint: "|,recoveryPoint|arn:|Partition|:|Vendor|:|Region|:*:|ResourceType,resourceType2|:|RecoveryPointId|",
  /** ARN of a reportPlan resource: arn:${Partition}:backup:${Region}:${Account}:report-plan:${ReportPlanName}-${ReportPlanId}. */
  reportPlan: "|,reportPlan|arn:|Partition|:backup:|Region|:|Account|:report-plan:|ReportPlanName|-|ReportPlanId|",
  /** ARN of a restoreTestingPlan resource: arn:${Partition}:backup:${Region}:${Account}:restore-testing-plan:${RestoreTestingPlanName}-${RestoreTestingPlanId}. */
  restoreTestingPlan:
    "|,restoreTestingPlan|arn:|Partition|:backup:|Region|:|Account|:restore-testing-plan:|RestoreTestingPlanName|-|RestoreTestingPlanId|",
  /** ARN of a tieringConfiguration resource: arn:${Partition}:backup:${Region}:${Account}:tiering-configuration:${TieringConfigurationName}-${TieringConfigurationId}. */
  tieringConfiguration:
    "|,tieringConfiguration|arn:|Partition|:backup:|Region|:|Account|:tiering-configuration:|TieringConfigurationName|-|TieringConfigurationId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "backupPlan",
  "backupVault",
  "framework",
  "legalHold",
  "recoveryPoint",
  "reportPlan",
  "restoreTestingPlan",
  "tieringConfiguration",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "backup">;
/** Any backup action. */
export type Action = ActionOf<typeof actionFacts, "backup">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "backup">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "backup" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every backup action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the tags associated with the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the presence of mandatory tags in the request. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access by the value of the ChangeableForDays parameter. */
  "backup:ChangeableForDays": "Numeric";
  /** Filters access by the organization unit. */
  "backup:CopyTargetOrgPaths": "ArrayOfString";
  /** Filters access by the ARN of a backup vault. */
  "backup:CopyTargets": "ArrayOfARN";
  /** Filters access by the Framework ARNs. */
  "backup:FrameworkArns": "ArrayOfARN";
  /** Filters access by the value of Index parameter. */
  "backup:Index": "String";
  /** Filters access by the value of the MaxRetentionDays parameter. */
  "backup:MaxRetentionDays": "Numeric";
  /** Filters access by the value of the MinRetentionDays parameter. */
  "backup:MinRetentionDays": "Numeric";
  /** Filters access by the MPA Approval Team ARN of a backup vault. */
  "backup:MpaApprovalTeamArn": "ARN";
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
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by the tags associated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the presence of mandatory tags in the request",
  "backup:ChangeableForDays": "|,Numeric|0||Filters access by the value of the ChangeableForDays parameter",
  "backup:CopyTargetOrgPaths": "|,ArrayOfString|0||Filters access by the organization unit",
  "backup:CopyTargets": "|,ArrayOfARN|0||Filters access by the ARN of a backup vault",
  "backup:FrameworkArns": "|,ArrayOfARN|0||Filters access by the Framework ARNs",
  "backup:Index": "|,String|0||Filters access by the value of Index parameter",
  "backup:MaxRetentionDays": "|,Numeric|0||Filters access by the value of the MaxRetentionDays parameter",
  "backup:MinRetentionDays": "|,Numeric|0||Filters access by the value of the MinRetentionDays parameter",
  "backup:MpaApprovalTeamArn": "|,ARN|0||Filters access by the MPA Approval Team ARN of a backup vault",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "backup",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
