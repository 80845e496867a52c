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
export const prefix: "ssm" = "ssm";
/** The service's name in the reference. */
export const serviceName: "AWS Systems Manager" = "AWS Systems Manager";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Systems Manager",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssystemsmanager.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "ec2:SourceInstanceARN",
  "ssm:AccessRequestId",
  "ssm:AutoApprove",
  "ssm:DocumentCategories",
  "ssm:DocumentType",
  "ssm:DocumentVersion",
  "ssm:InventoryTypeName",
  "ssm:Overwrite",
  "ssm:Policies",
  "ssm:Recursive",
  "ssm:SessionDocumentAccessCheck",
  "ssm:SourceInstanceARN",
  "ssm:SyncType",
  "ssm:resourceTag/${TagKey}",
  "ssm:resourceTag/aws:ssmmessages:session-id",
  "ssm:resourceTag/aws:ssmmessages:target-id",
  "ssm:resourceTag/tag-key",
] as const;
const dependentActionList = ["iam:PassRole", "ssm:AddTagsToResource"] as const;
const actionFacts = {
  /** Grants permission to add or overwrite one or more tags for a specified AWS resource. Access level: Tagging. Resources: association, automation-execution, document, instance, maintenancewindow, managed-instance, opsitem, opsmetadata, parameter, patchbaseline, task. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_AddTagsToResource.html */
  AddTagsToResource:
    "T|||0;0;,2;0;,4;0;,6;0;,7;0;,8;0;,10;0;,12;0;,13;0;,14;0;,18;0;|0,1,2||;,CreateActivation,CreateAssociation,CreateDocument,CreateMaintenanceWindow,CreateOpsItem,CreateOpsMetadata,CreatePatchBaseline,PutParameter,StartAccessRequest,StartAutomationExecution",
  /** Grants permission to associate RelatedItem to an OpsItem. Access level: Write. Resources: opsitem*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_AssociateOpsItemRelatedItem.html */
  AssociateOpsItemRelatedItem: "W|||10;1;|||;",
  /** Grants permission to cancel a specified Run Command command. Access level: Write. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_CancelCommand.html */
  CancelCommand: "W||||||;",
  /** Grants permission to cancel an in-progress maintenance window execution. Access level: Write. Resources: maintenancewindow*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_CancelMaintenanceWindowExecution.html */
  CancelMaintenanceWindowExecution: "W|||7;1;|||;",
  /** Grants permission to create an activation that is used to register on-premises servers and virtual machines (VMs) with Systems Manager. Access level: Write. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_CreateActivation.html */
  CreateActivation: "W||||0,2|0,1|;",
  /** Grants permission to associate a specified Systems Manager document with specified instances or other targets. Access level: Write. Resources: association*, document*, instance, managed-instance. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_CreateAssociation.html */
  CreateAssociation: "W|||0;1;,4;1;,6;0;,8;0;|0,1,2|0,1|;,CreateAssociationBatch",
  /** Grants permission to combine entries for multiple CreateAssociation operations in a single command. Access level: Write. Resources: document*, instance, managed-instance. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_CreateAssociationBatch.html */
  CreateAssociationBatch: "W|||4;1;,6;0;,8;0;|0,1,2|0,ssm:CreateAssociation|;",
  /** Grants permission to create a Systems Manager SSM document. Access level: Write. Resources: document*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_CreateDocument.html */
  CreateDocument: "W|||4;1;|0,2,7|0,1,ssm:GetDocument|;",
  /** Grants permission to create a maintenance window. Access level: Write. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_CreateMaintenanceWindow.html */
  CreateMaintenanceWindow: "W||||0,2|1|;",
  /** Grants permission to create an OpsItem in OpsCenter. Access level: Write. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_CreateOpsItem.html */
  CreateOpsItem: "W||||0,2|1|;",
  /** Grants permission to create an OpsMetadata object for an AWS resource. Access level: Write. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_CreateOpsMetadata.html */
  CreateOpsMetadata: "W||||0,2|1|;",
  /** Grants permission to create a patch baseline. Access level: Write. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_CreatePatchBaseline.html */
  CreatePatchBaseline: "W||||0,2|1|;",
  /** Grants permission to create a resource data sync configuration, which regularly collects inventory data from managed instances and updates the data in an Amazon S3 bucket. Access level: Write. Resources: resourcedatasync*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_CreateResourceDataSync.html */
  CreateResourceDataSync: "W|||15;1;|15||;",
  /** Grants permission to delete a specified activation for managed instances. Access level: Write. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_DeleteActivation.html */
  DeleteActivation: "W||||||;",
  /** Grants permission to disassociate a specified SSM document from a specified instance. Access level: Write. Resources: association, document, instance, managed-instance. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_DeleteAssociation.html */
  DeleteAssociation: "W|||0;0;,4;0;,6;0;,8;0;|1||;",
  /** Grants permission to delete a specified SSM document and its instance associations. Access level: Write. Resources: document*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_DeleteDocument.html */
  DeleteDocument: "W|||4;1;|7||;",
  /** Grants permission to delete a specified custom inventory type, or the data associated with a custom inventory type. Access level: Write. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_DeleteInventory.html */
  DeleteInventory: "W||||||;",
  /** Grants permission to delete a specified maintenance window. Access level: Write. Resources: maintenancewindow*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_DeleteMaintenanceWindow.html */
  DeleteMaintenanceWindow: "W|||7;1;|||;",
  /** Grants permission to delete an OpsItem. Access level: Write. Resources: opsitem*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_DeleteOpsItem.html */
  DeleteOpsItem: "W|||10;1;|||;",
  /** Grants permission to delete an OpsMetadata object. Access level: Write. Resources: opsmetadata*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_DeleteOpsMetadata.html */
  DeleteOpsMetadata: "W|||12;1;|||;",
  /** Grants permission to delete a specified SSM parameter. Access level: Write. Resources: parameter*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_DeleteParameter.html */
  DeleteParameter: "W|||13;1;|1||;",
  /** Grants permission to delete multiple specified SSM parameters. Access level: Write. Resources: parameter*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_DeleteParameters.html */
  DeleteParameters: "W|||13;1;|1||;",
  /** Grants permission to delete a specified patch baseline. Access level: Write. Resources: patchbaseline*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_DeletePatchBaseline.html */
  DeletePatchBaseline: "W|||14;1;|||;",
  /** Grants permission to delete a specified resource data sync. Access level: Write. Resources: resourcedatasync*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_DeleteResourceDataSync.html */
  DeleteResourceDataSync: "W|||15;1;|15||;",
  /** Grants permission to delete a Systems Manager resource policy. Access level: Permissions management. Resources: document, opsitemgroup, parameter. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_DeleteResourcePolicy.html */
  DeleteResourcePolicy: "P|||4;0;,11;0;,13;0;|||;",
  /** Grants permission to deregister a specified on-premises server or virtual machine (VM) from Systems Manager. Access level: Write. Resources: managed-instance*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_DeregisterManagedInstance.html */
  DeregisterManagedInstance: "W|||8;1;|19||;",
  /** Grants permission to deregister a specified patch baseline from being the default patch baseline for a specified patch group. Access level: Write. Resources: patchbaseline*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_DeregisterPatchBaselineForPatchGroup.html */
  DeregisterPatchBaselineForPatchGroup: "W|||14;1;|||;",
  /** Grants permission to deregister a specified target from a maintenance window. Access level: Write. Resources: maintenancewindow*, windowtarget*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_DeregisterTargetFromMaintenanceWindow.html */
  DeregisterTargetFromMaintenanceWindow: "W|||7;1;,19;1;|||;",
  /** Grants permission to deregister a specified task from a maintenance window. Access level: Write. Resources: maintenancewindow*, windowtask*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_DeregisterTaskFromMaintenanceWindow.html */
  DeregisterTaskFromMaintenanceWindow: "W|||7;1;,20;1;|||;",
  /** Grants permission to view details about a specified managed instance activation, such as when it was created and the number of instances registered using the activation. Access level: Read. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_DescribeActivations.html */
  DescribeActivations: "R||||||;",
  /** Grants permission to view details about the specified association for a specified instance or target. Access level: Read. Resources: association, document, instance, managed-instance. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_DescribeAssociation.html */
  DescribeAssociation: "R|||0;0;,4;0;,6;0;,8;0;|1||;",
  /** Grants permission to view information about a specified association execution. Access level: Read. Resources: association*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_DescribeAssociationExecutionTargets.html */
  DescribeAssociationExecutionTargets: "R|||0;1;|1||;",
  /** Grants permission to view all executions for a specified association. Access level: Read. Resources: association*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_DescribeAssociationExecutions.html */
  DescribeAssociationExecutions: "R|||0;1;|1||;",
  /** Grants permission to view details about all active and terminated Automation executions. Access level: Read. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_DescribeAutomationExecutions.html */
  DescribeAutomationExecutions: "R||||||;",
  /** Grants permission to view information about all active and terminated step executions in an Automation workflow. Access level: Read. Resources: automation-execution*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_DescribeAutomationStepExecutions.html */
  DescribeAutomationStepExecutions: "R|||2;1;||0|;",
  /** Grants permission to view all patches eligible to include in a patch baseline. Access level: Read. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_DescribeAvailablePatches.html */
  DescribeAvailablePatches: "R||||||;",
  /** Grants permission to view details about a specified SSM document. Access level: Read. Resources: document*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_DescribeDocument.html */
  DescribeDocument: "R|||4;1;|7||;",
  /** Grants permission to display information about SSM document parameters in the Systems Manager console (internal Systems Manager action). Access level: Read. Resources: document*. https://docs.aws.amazon.com/systems-manager/latest/userguide/systems-manager-setting-up-messageAPIs.html */
  DescribeDocumentParameters: "R|||4;1;|||",
  /** Grants permission to view the permissions for a specified SSM document. Access level: Read. Resources: document*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_DescribeDocumentPermission.html */
  DescribeDocumentPermission: "R|||4;1;|7||;",
  /** Grants permission to view all current associations for a specified instance. Access level: Read. Resources: instance*, managed-instance*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_DescribeEffectiveInstanceAssociations.html */
  DescribeEffectiveInstanceAssociations: "R|||6;1;,8;1;|1||;",
  /** Grants permission to view details about the patches currently associated with the specified patch baseline (Windows only). Access level: Read. Resources: patchbaseline*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_DescribeEffectivePatchesForPatchBaseline.html */
  DescribeEffectivePatchesForPatchBaseline: "R|||14;1;|||;",
  /** Grants permission to view the status of the associations for a specified instance. Access level: Read. Resources: instance*, managed-instance*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_DescribeInstanceAssociationsStatus.html */
  DescribeInstanceAssociationsStatus: "R|||6;1;,8;1;|1||;",
  /** Grants permission to view details about a specified instance. Access level: Read. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_DescribeInstanceInformation.html */
  DescribeInstanceInformation: "R||||||;",
  /** Grants permission to view status details about patches on a specified instance. Access level: Read. Resources: instance*, managed-instance*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_DescribeInstancePatchStates.html */
  DescribeInstancePatchStates: "R|||6;1;,8;1;|1,16||;",
  /** Grants permission to describe the high-level patch state for the instances in the specified patch group. Access level: Read. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_DescribeInstancePatchStatesForPatchGroup.html */
  DescribeInstancePatchStatesForPatchGroup: "R||||||;",
  /** Grants permission to view general details about the patches on a specified instance. Access level: Read. Resources: instance*, managed-instance*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_DescribeInstancePatches.html */
  DescribeInstancePatches: "R|||6;1;,8;1;|1,16||;",
  /** Grants permission to user's Amazon EC2 console to render managed instances' nodes. Access level: Read. https://docs.aws.amazon.com/systems-manager/latest/userguide/systems-manager-setting-up-messageAPIs.html */
  DescribeInstanceProperties: "R||||||;",
  /** Grants permission to view details about a specified inventory deletion. Access level: Read. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_DescribeInventoryDeletions.html */
  DescribeInventoryDeletions: "R||||||;",
  /** Grants permission to view details of a specified task execution for a maintenance window. Access level: List. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_DescribeMaintenanceWindowExecutionTaskInvocations.html */
  DescribeMaintenanceWindowExecutionTaskInvocations: "L||||||;",
  /** Grants permission to view details about the tasks that ran during a specified maintenance window execution. Access level: List. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_DescribeMaintenanceWindowExecutionTasks.html */
  DescribeMaintenanceWindowExecutionTasks: "L||||||;",
  /** Grants permission to view the executions of a specified maintenance window. Access level: List. Resources: maintenancewindow*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_DescribeMaintenanceWindowExecutions.html */
  DescribeMaintenanceWindowExecutions: "L|||7;1;|||;",
  /** Grants permission to view details about upcoming executions of a specified maintenance window. Access level: List. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_DescribeMaintenanceWindowSchedule.html */
  DescribeMaintenanceWindowSchedule: "L||||||;",
  /** Grants permission to view a list of the targets associated with a specified maintenance window. Access level: List. Resources: maintenancewindow*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_DescribeMaintenanceWindowTargets.html */
  DescribeMaintenanceWindowTargets: "L|||7;1;|||;",
  /** Grants permission to view a list of the tasks associated with a specified maintenance window. Access level: List. Resources: maintenancewindow*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_DescribeMaintenanceWindowTasks.html */
  DescribeMaintenanceWindowTasks: "L|||7;1;|||;",
  /** Grants permission to view information about all or specified maintenance windows. Access level: List. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_DescribeMaintenanceWindows.html */
  DescribeMaintenanceWindows: "L||||||;",
  /** Grants permission to view information about the maintenance window targets and tasks associated with a specified instance. Access level: List. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_DescribeMaintenanceWindowsForTarget.html */
  DescribeMaintenanceWindowsForTarget: "L||||||;",
  /** Grants permission to view details about specified OpsItems. Access level: Read. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_DescribeOpsItems.html */
  DescribeOpsItems: "R||||||;",
  /** Grants permission to view details about a specified SSM parameter. Access level: List. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_DescribeParameters.html */
  DescribeParameters: "L||||||;",
  /** Grants permission to view information about patch baselines that meet the specified criteria. Access level: List. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_DescribePatchBaselines.html */
  DescribePatchBaselines: "L||||||;",
  /** Grants permission to view aggregated status details for patches for a specified patch group. Access level: List. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_DescribePatchGroupState.html */
  DescribePatchGroupState: "L||||||;",
  /** Grants permission to view information about the patch baseline for a specified patch group. Access level: List. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_DescribePatchGroups.html */
  DescribePatchGroups: "L||||||;",
  /** Grants permission to view details of available patches for a specified operating system and patch property. Access level: List. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_DescribePatchProperties.html */
  DescribePatchProperties: "L||||||;",
  /** Grants permission to view a list of recent Session Manager sessions that meet the specified search criteria. Access level: List. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_DescribeSessions.html */
  DescribeSessions: "L||||||;",
  /** Grants permission to disassociate RelatedItem from an OpsItem. Access level: Write. Resources: opsitem*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_DisassociateOpsItemRelatedItem.html */
  DisassociateOpsItemRelatedItem: "W|||10;1;|||;",
  /** Grants permission to a Systems Manager delegated administrator to view related resource details about OpsItems across multiple AWS accounts in the AWS Management Console. Access level: Read. https://docs.aws.amazon.com/systems-manager/latest/userguide/systems-manager-setting-up-messageAPIs.html#systems-manager-namespace-other-API-operations */
  ExecuteAPI: "R||||||",
  /** Grants permission to return a credentials set to be used with just-in-time node access. Access level: Read. Resources: opsitem*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_GetAccessToken.html */
  GetAccessToken: "R|||10;1;|||;",
  /** Grants permission to view details of a specified Automation execution. Access level: Read. Resources: automation-execution*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_AutomationExecution.html */
  GetAutomationExecution: "R|||2;1;|1|0|;",
  /** Grants permission to view details of a specific calendar. Access level: Read. Resources: document*. Permission only. https://docs.aws.amazon.com/systems-manager/latest/userguide/systems-manager-change-calendar-prereqs.html */
  GetCalendar: "R||1|4;1;|||",
  /** Grants permission to view the calendar state for a change calendar or a list of change calendars. Access level: Read. Resources: document*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_GetCalendarState.html */
  GetCalendarState: "R|||4;1;|||;",
  /** Grants permission to view details about the command execution of a specified invocation or plugin. Access level: Read. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_GetCommandInvocation.html */
  GetCommandInvocation: "R||||||;",
  /** Grants permission to view the Session Manager connection status for a specified managed instance. Access level: Read. Resources: instance, managed-instance, task. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_GetConnectionStatus.html */
  GetConnectionStatus: "R|||6;0;,8;0;,18;0;|1,16||;",
  /** Grants permission to view the current default patch baseline for a specified operating system type. Access level: Read. Resources: patchbaseline*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_GetDefaultPatchBaseline.html */
  GetDefaultPatchBaseline: "R|||14;1;|||;",
  /** Grants permission to retrieve the current patch baseline snapshot for a specified instance. Access level: Read. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_GetDeployablePatchSnapshotForInstance.html */
  GetDeployablePatchSnapshotForInstance: "R||||||;",
  /** Grants permission to view the contents of a specified SSM document. Access level: Read. Resources: document*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_GetDocument.html */
  GetDocument: "R|||4;1;|6,7||CreateDocument,;",
  /** Grants permission to retrieve an existing preview that shows the effects that running a specified Automation runbook would have on the targeted resources. Access level: Read. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_GetExecutionPreview.html */
  GetExecutionPreview: "R||||||;",
  /** Grants permission to view instance inventory details per the specified criteria. Access level: Read. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_GetInventory.html */
  GetInventory: "R||||||;",
  /** Grants permission to view a list of inventory types or attribute names for a specified inventory item type. Access level: Read. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_GetInventorySchema.html */
  GetInventorySchema: "R||||||;",
  /** Grants permission to view details about a specified maintenance window. Access level: Read. Resources: maintenancewindow*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_GetMaintenanceWindow.html */
  GetMaintenanceWindow: "R|||7;1;|||;",
  /** Grants permission to view details about a specified maintenance window execution. Access level: Read. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_GetMaintenanceWindowExecution.html */
  GetMaintenanceWindowExecution: "R||||||;",
  /** Grants permission to view details about a specified maintenance window execution task. Access level: Read. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_GetMaintenanceWindowExecutionTask.html */
  GetMaintenanceWindowExecutionTask: "R||||||;",
  /** Grants permission to view details about a specific maintenance window task running on a specific target. Access level: Read. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_GetMaintenanceWindowExecutionTaskInvocation.html */
  GetMaintenanceWindowExecutionTaskInvocation: "R||||||;",
  /** Grants permission to view details about tasks registered with a specified maintenance window. Access level: Read. Resources: maintenancewindow*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_GetMaintenanceWindowTask.html */
  GetMaintenanceWindowTask: "R|||7;1;|||;",
  /** Grants permission to Systems Manager and SSM Agent to determine package installation requirements for an instance (internal Systems Manager call). Access level: Read. Permission only. https://docs.aws.amazon.com/systems-manager/latest/userguide/systems-manager-setting-up-messageAPIs.html */
  GetManifest: "R||1||||",
  /** Grants permission to view information about a specified OpsItem. Access level: Read. Resources: opsitem*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_GetOpsItem.html */
  GetOpsItem: "R|||10;1;|||;",
  /** Grants permission to retrieve an OpsMetadata object. Access level: Read. Resources: opsmetadata*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_GetOpsMetadata.html */
  GetOpsMetadata: "R|||12;1;|||;",
  /** Grants permission to view summary information about OpsItems based on specified filters and aggregators. Access level: Read. Resources: resourcedatasync*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_GetOpsSummary.html */
  GetOpsSummary: "R|||15;1;|||;",
  /** Grants permission to view information about a specified parameter. Access level: Read. Resources: parameter*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_GetParameter.html */
  GetParameter: "R|||13;1;|1||;",
  /** Grants permission to view details and changes for a specified parameter. Access level: Read. Resources: parameter*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_GetParameterHistory.html */
  GetParameterHistory: "R|||13;1;|1||;",
  /** Grants permission to view information about multiple specified parameters. Access level: Read. Resources: parameter*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_GetParameters.html */
  GetParameters: "R|||13;1;|1||;",
  /** Grants permission to view information about parameters in a specified hierarchy. Access level: Read. Resources: parameter*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_GetParametersByPath.html */
  GetParametersByPath: "R|||13;1;|12||;",
  /** Grants permission to view information about a specified patch baseline. Access level: Read. Resources: patchbaseline*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_GetPatchBaseline.html */
  GetPatchBaseline: "R|||14;1;|||;",
  /** Grants permission to view the ID of the current patch baseline for a specified patch group. Access level: Read. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_GetPatchBaselineForPatchGroup.html */
  GetPatchBaselineForPatchGroup: "R||||||;",
  /** Grants permission to retrieve lists of Systems Manager resource policies. Access level: List. Resources: document, opsitemgroup, parameter. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_GetResourcePolicies.html */
  GetResourcePolicies: "L|||4;0;,11;0;,13;0;|||;",
  /** Grants permission to view the account-level setting for an AWS service. Access level: Read. Resources: servicesetting*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_GetServiceSetting.html */
  GetServiceSetting: "R|||16;1;|||;",
  /** Grants permission to apply an identifying label to a specified version of a parameter. Access level: Write. Resources: parameter*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_LabelParameterVersion.html */
  LabelParameterVersion: "W|||13;1;|1||;",
  /** Grants permission to list versions of the specified association. Access level: List. Resources: association*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_ListAssociationVersions.html */
  ListAssociationVersions: "L|||0;1;|1||;",
  /** Grants permission to list the associations for a specified SSM document or managed instance. Access level: List. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_ListAssociations.html */
  ListAssociations: "L||||||;",
  /** Grants permission to list information about command invocations sent to a specified instance. Access level: List. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_ListCommandInvocations.html */
  ListCommandInvocations: "L||||||;",
  /** Grants permission to list the commands sent to a specified instance. Access level: List. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_ListCommands.html */
  ListCommands: "L||||||;",
  /** Grants permission to list compliance status for specified resource types on a specified resource. Access level: List. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_ListComplianceItems.html */
  ListComplianceItems: "L||||||;",
  /** Grants permission to list a summary count of compliant and noncompliant resources for a specified compliance type. Access level: List. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_ListComplianceSummaries.html */
  ListComplianceSummaries: "L||||||;",
  /** Grants permission to view metadata history about a specified SSM document. Access level: List. Resources: document*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_ListDocumentMetadataHistory.html */
  ListDocumentMetadataHistory: "L|||4;1;|7||;",
  /** Grants permission to list all versions of a specified document. Access level: List. Resources: document*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_ListDocumentVersions.html */
  ListDocumentVersions: "L|||4;1;|7||;",
  /** Grants permission to view information about a specified SSM document. Access level: List. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_ListDocuments.html */
  ListDocuments: "L||||||;",
  /** Grants permission to SSM Agent to check for new State Manager associations (internal Systems Manager call). Access level: List. Resources: instance, managed-instance. https://docs.aws.amazon.com/systems-manager/latest/userguide/systems-manager-setting-up-messageAPIs.html */
  ListInstanceAssociations: "L|||6;0;,8;0;|1||",
  /** Grants permission to view a list of specified inventory types for a specified instance. Access level: List. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_ListInventoryEntries.html */
  ListInventoryEntries: "L||||||;",
  /** Grants permission to view details about managed nodes based on specified filters. Access level: List. Resources: resourcedatasync*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_ListNodes.html */
  ListNodes: "L|||15;1;|||;",
  /** Grants permission to view summary information about managed nodes based on specified filters and aggregators. Access level: List. Resources: resourcedatasync*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_ListNodesSummary.html */
  ListNodesSummary: "L|||15;1;|||;",
  /** Grants permission to view details about OpsItemEvents. Access level: List. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_ListOpsItemEvents.html */
  ListOpsItemEvents: "L||||||;",
  /** Grants permission to view details about OpsItem RelatedItems. Access level: List. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_ListOpsItemRelatedItems.html */
  ListOpsItemRelatedItems: "L||||||;",
  /** Grants permission to view a list of OpsMetadata objects. Access level: List. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_ListOpsMetadata.html */
  ListOpsMetadata: "L||||||;",
  /** Grants permission to list resource-level summary count. Access level: List. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_ListResourceComplianceSummaries.html */
  ListResourceComplianceSummaries: "L||||||;",
  /** Grants permission to list information about resource data sync configurations in an account. Access level: List. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_ListResourceDataSync.html */
  ListResourceDataSync: "L||||15||;",
  /** Grants permission to view a list of resource tags for a specified resource. Access level: List. Resources: association, automation-execution, document, maintenancewindow, managed-instance, opsitem, opsmetadata, parameter, patchbaseline. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "L|||0;0;,2;0;,4;0;,7;0;,8;0;,10;0;,12;0;,13;0;,14;0;|1||;",
  /** Grants permission to share a custom SSM document publicly or privately with specified AWS accounts. Access level: Permissions management. Resources: document*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_ModifyDocumentPermission.html */
  ModifyDocumentPermission: "P|||4;1;|7||;",
  /** Grants permission to create/edit a specific calendar. Access level: Write. Resources: document*. Permission only. https://docs.aws.amazon.com/systems-manager/latest/userguide/systems-manager-change-calendar-prereqs.html */
  PutCalendar: "W||1|4;1;|||",
  /** Grants permission to register a compliance type and other compliance details on a specified resource. Access level: Write. Resources: instance, managed-instance. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_PutComplianceItems.html */
  PutComplianceItems: "W|||6;0;,8;0;|3,14||;",
  /** Grants permission to SSM Agent to generate a report of the results of specific agent requests (internal Systems Manager call). Access level: Read. Permission only. https://docs.aws.amazon.com/systems-manager/latest/userguide/systems-manager-setting-up-messageAPIs.html */
  PutConfigurePackageResult: "R||1||||",
  /** Grants permission to add or update inventory items on multiple specified managed instances. Access level: Write. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_PutInventory.html */
  PutInventory: "W||||9||;",
  /** Grants permission to create an SSM parameter. Access level: Write. Resources: parameter*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_PutParameter.html */
  PutParameter: "W|||13;1;|0,2,10,11|1|;",
  /** Grants permission to create or update a Systems Manager resource policy. Access level: Permissions management. Resources: document, opsitemgroup, parameter. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_PutResourcePolicy.html */
  PutResourcePolicy: "P|||4;0;,11;0;,13;0;|||;",
  /** Grants permission to specify the default patch baseline for an operating system type. Access level: Write. Resources: patchbaseline*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_RegisterDefaultPatchBaseline.html */
  RegisterDefaultPatchBaseline: "W|||14;1;|||;",
  /** Grants permission to register a Systems Manager Agent. Access level: Write. https://docs.aws.amazon.com/systems-manager/latest/userguide/systems-manager-setting-up-messageAPIs.html */
  RegisterManagedInstance: "W||||0,2||",
  /** Grants permission to specify the default patch baseline for a specified patch group. Access level: Write. Resources: patchbaseline*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_RegisterPatchBaselineForPatchGroup.html */
  RegisterPatchBaselineForPatchGroup: "W|||14;1;|||;",
  /** Grants permission to register a target with a specified maintenance window. Access level: Write. Resources: maintenancewindow*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_RegisterTargetWithMaintenanceWindow.html */
  RegisterTargetWithMaintenanceWindow: "W|||7;1;|||;",
  /** Grants permission to register a task with a specified maintenance window. Access level: Write. Resources: maintenancewindow*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_RegisterTaskWithMaintenanceWindow.html */
  RegisterTaskWithMaintenanceWindow: "W|||7;1;||0|;",
  /** Grants permission to remove a specified tag key from a specified resource. Access level: Tagging. Resources: association, automation-execution, document, instance, maintenancewindow, managed-instance, opsitem, opsmetadata, parameter, patchbaseline, task. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_RemoveTagsFromResource.html */
  RemoveTagsFromResource: "T|||0;0;,2;0;,4;0;,6;0;,7;0;,8;0;,10;0;,12;0;,13;0;,14;0;,18;0;|1,2||;",
  /** Grants permission to reset the service setting for an AWS account to the default value. Access level: Write. Resources: servicesetting*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_ResetServiceSetting.html */
  ResetServiceSetting: "W|||16;1;|||;",
  /** Grants permission to reconnect a Session Manager session to a managed instance. Access level: Write. Resources: session*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_ResumeSession.html */
  ResumeSession: "W|||17;1;|17,18||;",
  /** Grants permission to send a signal to change the current behavior or status of a specified Automation execution. Access level: Write. Resources: automation-execution*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_SendAutomationSignal.html */
  SendAutomationSignal: "W|||2;1;|1||;",
  /** Grants permission to run commands on one or more specified managed instances. Access level: Write. Resources: bucket, document*, instance, managed-instance. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_SendCommand.html */
  SendCommand: "W|||3;0;,4;1;,6;0;,8;0;|1,16|0|;",
  /** Grants permission to start the workflow for just-in-time node access sessions. Access level: Write. Resources: instance, managed-instance. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_StartAccessRequest.html */
  StartAccessRequest: "W|||6;0;,8;0;|0,2|1|;",
  /** Grants permission to run a specified association manually. Access level: Write. Resources: association*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_StartAssociationsOnce.html */
  StartAssociationsOnce: "W|||0;1;|1||;",
  /** Grants permission to initiate the execution of an Automation document. Access level: Write. Resources: automation-definition, automation-execution*, document*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_StartAutomationExecution.html */
  StartAutomationExecution: "W|||1;0;,2;1;,4;1;|0,1,2,8|0,1|;",
  /** Grants permission to initiate the execution of an Automation Change Template document. Access level: Write. Resources: automation-definition, automation-execution*, document*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_StartChangeRequestExecution.html */
  StartChangeRequestExecution: "W|||1;0;,2;1;,4;1;|0,1,2,5,8|0|;",
  /** Grants permission to create a preview showing the effects that running a specified Automation runbook would have on the targeted resources. Access level: Read. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_StartExecutionPreview.html */
  StartExecutionPreview: "R||||||;",
  /** Grants permission to initiate a connection to a specified target for a Session Manager session. Access level: Write. Resources: document, instance, managed-instance, task. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_StartSession.html */
  StartSession: "W|||4;0;,6;0;,8;0;,18;0;|1,4,13,16||;",
  /** Grants permission to stop a specified Automation execution that is already in progress. Access level: Write. Resources: automation-execution*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_StopAutomationExecution.html */
  StopAutomationExecution: "W|||2;1;|1||;",
  /** Grants permission to permanently end a Session Manager connection to an instance. Access level: Write. Resources: session*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_TerminateSession.html */
  TerminateSession: "W|||17;1;|17,18||;",
  /** Grants permission to remove an identifying label from a specified version of a parameter. Access level: Write. Resources: parameter*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_UnlabelParameterVersion.html */
  UnlabelParameterVersion: "W|||13;1;|1||;",
  /** Grants permission to update an association and immediately run the association on the specified targets. Access level: Write. Resources: association*, document, instance, managed-instance. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_UpdateAssociation.html */
  UpdateAssociation: "W|||0;1;,4;0;,6;0;,8;0;|1|0|;",
  /** Grants permission to update the status of the SSM document associated with a specified instance. Access level: Write. Resources: document*, instance, managed-instance. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_UpdateAssociationStatus.html */
  UpdateAssociationStatus: "W|||4;1;,6;0;,8;0;|1,3,14||;",
  /** Grants permission to update one or more values for an SSM document. Access level: Write. Resources: document*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_UpdateDocument.html */
  UpdateDocument: "W|||4;1;|7|0|;",
  /** Grants permission to change the default version of an SSM document. Access level: Write. Resources: document*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_UpdateDocumentDefaultVersion.html */
  UpdateDocumentDefaultVersion: "W|||4;1;|7||;",
  /** Grants permission to update the metadata of an SSM document. Access level: Write. Resources: document*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_UpdateDocumentMetadata.html */
  UpdateDocumentMetadata: "W|||4;1;|7||;",
  /** Grants permission to SSM Agent to update the status of the association that it is currently running (internal Systems Manager call). Access level: Write. Resources: association*, instance, managed-instance. Permission only. https://docs.aws.amazon.com/systems-manager/latest/userguide/systems-manager-setting-up-messageAPIs.html */
  UpdateInstanceAssociationStatus: "W||1|0;1;,6;0;,8;0;|1,3,14||",
  /** Grants permission to SSM Agent to send a heartbeat signal to the Systems Manager service in the cloud. Access level: Write. Resources: instance, managed-instance. https://docs.aws.amazon.com/systems-manager/latest/userguide/systems-manager-setting-up-messageAPIs.html */
  UpdateInstanceInformation: "W|||6;0;,8;0;|3,14||",
  /** Grants permission to update a specified maintenance window. Access level: Write. Resources: maintenancewindow*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_UpdateMaintenanceWindow.html */
  UpdateMaintenanceWindow: "W|||7;1;|||;",
  /** Grants permission to update a specified maintenance window target. Access level: Write. Resources: maintenancewindow*, windowtarget*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_UpdateMaintenanceWindowTarget.html */
  UpdateMaintenanceWindowTarget: "W|||7;1;,19;1;|||;",
  /** Grants permission to update a specified maintenance window task. Access level: Write. Resources: maintenancewindow*, windowtask*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_UpdateMaintenanceWindowTask.html */
  UpdateMaintenanceWindowTask: "W|||7;1;,20;1;||0|;",
  /** Grants permission to assign or change the IAM role assigned to a specified managed instance. Access level: Write. Resources: iam-role*, managed-instance*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_UpdateManagedInstanceRole.html */
  UpdateManagedInstanceRole: "W|||5;1;,8;1;|19|0|;",
  /** Grants permission to edit or change an OpsItem. Access level: Write. Resources: opsitem*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_UpdateOpsItem.html */
  UpdateOpsItem: "W|||10;1;|||;",
  /** Grants permission to update an OpsMetadata object. Access level: Write. Resources: opsmetadata*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_UpdateOpsMetadata.html */
  UpdateOpsMetadata: "W|||12;1;|||;",
  /** Grants permission to update a specified patch baseline. Access level: Write. Resources: patchbaseline*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_UpdatePatchBaseline.html */
  UpdatePatchBaseline: "W|||14;1;|||;",
  /** Grants permission to update a resource data sync. Access level: Write. Resources: resourcedatasync*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_UpdateResourceDataSync.html */
  UpdateResourceDataSync: "W|||15;1;|15||;",
  /** Grants permission to update the service setting for an AWS account. Access level: Write. Resources: servicesetting*. https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_UpdateServiceSetting.html */
  UpdateServiceSetting: "W|||16;1;||0|;",
} as const;
const actionDetails = {
  AddTagsToResource:
    "|,;~~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~|Grants permission to add or overwrite one or more tags for a specified AWS resource",
  AssociateOpsItemRelatedItem: "|,;~~~|Grants permission to associate RelatedItem to an OpsItem",
  CancelCommand: "|,;~~~|Grants permission to cancel a specified Run Command command",
  CancelMaintenanceWindowExecution: "|,;~~~|Grants permission to cancel an in-progress maintenance window execution",
  CreateActivation:
    "|,;~~~|Grants permission to create an activation that is used to register on-premises servers and virtual machines (VMs) with Systems Manager",
  CreateAssociation:
    "|,;~~~,~~|Grants permission to associate a specified Systems Manager document with specified instances or other targets",
  CreateAssociationBatch:
    "|,;~~~|Grants permission to combine entries for multiple CreateAssociation operations in a single command",
  CreateDocument: "|,;~~~|Grants permission to create a Systems Manager SSM document",
  CreateMaintenanceWindow: "|,;~~~|Grants permission to create a maintenance window",
  CreateOpsItem: "|,;~~~|Grants permission to create an OpsItem in OpsCenter",
  CreateOpsMetadata: "|,;~~~|Grants permission to create an OpsMetadata object for an AWS resource",
  CreatePatchBaseline: "|,;~~~|Grants permission to create a patch baseline",
  CreateResourceDataSync:
    "|,;~~~|Grants permission to create a resource data sync configuration, which regularly collects inventory data from managed instances and updates the data in an Amazon S3 bucket",
  DeleteActivation: "|,;~~~|Grants permission to delete a specified activation for managed instances",
  DeleteAssociation: "|,;~~~|Grants permission to disassociate a specified SSM document from a specified instance",
  DeleteDocument: "|,;~~~|Grants permission to delete a specified SSM document and its instance associations",
  DeleteInventory:
    "|,;~~~|Grants permission to delete a specified custom inventory type, or the data associated with a custom inventory type",
  DeleteMaintenanceWindow: "|,;~~~|Grants permission to delete a specified maintenance window",
  DeleteOpsItem: "|,;~~~|Grants permission to delete an OpsItem",
  DeleteOpsMetadata: "|,;~~~|Grants permission to delete an OpsMetadata object",
  DeleteParameter: "|,;~~~|Grants permission to delete a specified SSM parameter",
  DeleteParameters: "|,;~~~|Grants permission to delete multiple specified SSM parameters",
  DeletePatchBaseline: "|,;~~~|Grants permission to delete a specified patch baseline",
  DeleteResourceDataSync: "|,;~~~|Grants permission to delete a specified resource data sync",
  DeleteResourcePolicy: "|,;~~~|Grants permission to delete a Systems Manager resource policy",
  DeregisterManagedInstance:
    "|,;~~~|Grants permission to deregister a specified on-premises server or virtual machine (VM) from Systems Manager",
  DeregisterPatchBaselineForPatchGroup:
    "|,;~~~|Grants permission to deregister a specified patch baseline from being the default patch baseline for a specified patch group",
  DeregisterTargetFromMaintenanceWindow:
    "|,;~~~|Grants permission to deregister a specified target from a maintenance window",
  DeregisterTaskFromMaintenanceWindow:
    "|,;~~~|Grants permission to deregister a specified task from a maintenance window",
  DescribeActivations:
    "|,;~~~|Grants permission to view details about a specified managed instance activation, such as when it was created and the number of instances registered using the activation",
  DescribeAssociation:
    "|,;~~~|Grants permission to view details about the specified association for a specified instance or target",
  DescribeAssociationExecutionTargets:
    "|,;~~~|Grants permission to view information about a specified association execution",
  DescribeAssociationExecutions: "|,;~~~|Grants permission to view all executions for a specified association",
  DescribeAutomationExecutions:
    "|,;~~~|Grants permission to view details about all active and terminated Automation executions",
  DescribeAutomationStepExecutions:
    "|,;~~~|Grants permission to view information about all active and terminated step executions in an Automation workflow",
  DescribeAvailablePatches: "|,;~~~|Grants permission to view all patches eligible to include in a patch baseline",
  DescribeDocument: "|,;~~~|Grants permission to view details about a specified SSM document",
  DescribeDocumentParameters:
    "|,;~|Grants permission to display information about SSM document parameters in the Systems Manager console (internal Systems Manager action)",
  DescribeDocumentPermission: "|,;~~~|Grants permission to view the permissions for a specified SSM document",
  DescribeEffectiveInstanceAssociations:
    "|,;~~~|Grants permission to view all current associations for a specified instance",
  DescribeEffectivePatchesForPatchBaseline:
    "|,;~~~|Grants permission to view details about the patches currently associated with the specified patch baseline (Windows only)",
  DescribeInstanceAssociationsStatus:
    "|,;~~~|Grants permission to view the status of the associations for a specified instance",
  DescribeInstanceInformation: "|,;~~~|Grants permission to view details about a specified instance",
  DescribeInstancePatchStates: "|,;~~~|Grants permission to view status details about patches on a specified instance",
  DescribeInstancePatchStatesForPatchGroup:
    "|,;~~~|Grants permission to describe the high-level patch state for the instances in the specified patch group",
  DescribeInstancePatches: "|,;~~~|Grants permission to view general details about the patches on a specified instance",
  DescribeInstanceProperties:
    "|,;~~~|Grants permission to user's Amazon EC2 console to render managed instances' nodes",
  DescribeInventoryDeletions: "|,;~~~|Grants permission to view details about a specified inventory deletion",
  DescribeMaintenanceWindowExecutionTaskInvocations:
    "|,;~~~|Grants permission to view details of a specified task execution for a maintenance window",
  DescribeMaintenanceWindowExecutionTasks:
    "|,;~~~|Grants permission to view details about the tasks that ran during a specified maintenance window execution",
  DescribeMaintenanceWindowExecutions:
    "|,;~~~|Grants permission to view the executions of a specified maintenance window",
  DescribeMaintenanceWindowSchedule:
    "|,;~~~|Grants permission to view details about upcoming executions of a specified maintenance window",
  DescribeMaintenanceWindowTargets:
    "|,;~~~|Grants permission to view a list of the targets associated with a specified maintenance window",
  DescribeMaintenanceWindowTasks:
    "|,;~~~|Grants permission to view a list of the tasks associated with a specified maintenance window",
  DescribeMaintenanceWindows: "|,;~~~|Grants permission to view information about all or specified maintenance windows",
  DescribeMaintenanceWindowsForTarget:
    "|,;~~~|Grants permission to view information about the maintenance window targets and tasks associated with a specified instance",
  DescribeOpsItems: "|,;~~~|Grants permission to view details about specified OpsItems",
  DescribeParameters: "|,;~~~|Grants permission to view details about a specified SSM parameter",
  DescribePatchBaselines:
    "|,;~~~|Grants permission to view information about patch baselines that meet the specified criteria",
  DescribePatchGroupState:
    "|,;~~~|Grants permission to view aggregated status details for patches for a specified patch group",
  DescribePatchGroups:
    "|,;~~~|Grants permission to view information about the patch baseline for a specified patch group",
  DescribePatchProperties:
    "|,;~~~|Grants permission to view details of available patches for a specified operating system and patch property",
  DescribeSessions:
    "|,;~~~|Grants permission to view a list of recent Session Manager sessions that meet the specified search criteria",
  DisassociateOpsItemRelatedItem: "|,;~~~|Grants permission to disassociate RelatedItem from an OpsItem",
  ExecuteAPI:
    "|,;~|Grants permission to a Systems Manager delegated administrator to view related resource details about OpsItems across multiple AWS accounts in the AWS Management Console",
  GetAccessToken: "|,;~~~|Grants permission to return a credentials set to be used with just-in-time node access",
  GetAutomationExecution: "|,;~~~|Grants permission to view details of a specified Automation execution",
  GetCalendar: "|,;~|Grants permission to view details of a specific calendar",
  GetCalendarState:
    "|,;~~~|Grants permission to view the calendar state for a change calendar or a list of change calendars",
  GetCommandInvocation:
    "|,;~~~|Grants permission to view details about the command execution of a specified invocation or plugin",
  GetConnectionStatus:
    "|,;~~~|Grants permission to view the Session Manager connection status for a specified managed instance",
  GetDefaultPatchBaseline:
    "|,;~~~|Grants permission to view the current default patch baseline for a specified operating system type",
  GetDeployablePatchSnapshotForInstance:
    "|,;~~~|Grants permission to retrieve the current patch baseline snapshot for a specified instance",
  GetDocument: "|,;~~~,~~|Grants permission to view the contents of a specified SSM document",
  GetExecutionPreview:
    "|,;~~~|Grants permission to retrieve an existing preview that shows the effects that running a specified Automation runbook would have on the targeted resources",
  GetInventory: "|,;~~~|Grants permission to view instance inventory details per the specified criteria",
  GetInventorySchema:
    "|,;~~~|Grants permission to view a list of inventory types or attribute names for a specified inventory item type",
  GetMaintenanceWindow: "|,;~~~|Grants permission to view details about a specified maintenance window",
  GetMaintenanceWindowExecution:
    "|,;~~~|Grants permission to view details about a specified maintenance window execution",
  GetMaintenanceWindowExecutionTask:
    "|,;~~~|Grants permission to view details about a specified maintenance window execution task",
  GetMaintenanceWindowExecutionTaskInvocation:
    "|,;~~~|Grants permission to view details about a specific maintenance window task running on a specific target",
  GetMaintenanceWindowTask:
    "|,;~~~|Grants permission to view details about tasks registered with a specified maintenance window",
  GetManifest:
    "|,;~|Grants permission to Systems Manager and SSM Agent to determine package installation requirements for an instance (internal Systems Manager call)",
  GetOpsItem: "|,;~~~|Grants permission to view information about a specified OpsItem",
  GetOpsMetadata: "|,;~~~|Grants permission to retrieve an OpsMetadata object",
  GetOpsSummary:
    "|,;~~~|Grants permission to view summary information about OpsItems based on specified filters and aggregators",
  GetParameter: "|,;~~~|Grants permission to view information about a specified parameter",
  GetParameterHistory: "|,;~~~|Grants permission to view details and changes for a specified parameter",
  GetParameters: "|,;~~~|Grants permission to view information about multiple specified parameters",
  GetParametersByPath: "|,;~~~|Grants permission to view information about parameters in a specified hierarchy",
  GetPatchBaseline: "|,;~~~|Grants permission to view information about a specified patch baseline",
  GetPatchBaselineForPatchGroup:
    "|,;~~~|Grants permission to view the ID of the current patch baseline for a specified patch group",
  GetResourcePolicies: "|,;~~~|Grants permission to retrieve lists of Systems Manager resource policies",
  GetServiceSetting: "|,;~~~|Grants permission to view the account-level setting for an AWS service",
  LabelParameterVersion: "|,;~~~|Grants permission to apply an identifying label to a specified version of a parameter",
  ListAssociationVersions: "|,;~~~|Grants permission to list versions of the specified association",
  ListAssociations:
    "|,;~~~|Grants permission to list the associations for a specified SSM document or managed instance",
  ListCommandInvocations:
    "|,;~~~|Grants permission to list information about command invocations sent to a specified instance",
  ListCommands: "|,;~~~|Grants permission to list the commands sent to a specified instance",
  ListComplianceItems:
    "|,;~~~|Grants permission to list compliance status for specified resource types on a specified resource",
  ListComplianceSummaries:
    "|,;~~~|Grants permission to list a summary count of compliant and noncompliant resources for a specified compliance type",
  ListDocumentMetadataHistory: "|,;~~~|Grants permission to view metadata history about a specified SSM document",
  ListDocumentVersions: "|,;~~~|Grants permission to list all versions of a specified document",
  ListDocuments: "|,;~~~|Grants permission to view information about a specified SSM document",
  ListInstanceAssociations:
    "|,;~|Grants permission to SSM Agent to check for new State Manager associations (internal Systems Manager call)",
  ListInventoryEntries: "|,;~~~|Grants permission to view a list of specified inventory types for a specified instance",
  ListNodes: "|,;~~~|Grants permission to view details about managed nodes based on specified filters",
  ListNodesSummary:
    "|,;~~~|Grants permission to view summary information about managed nodes based on specified filters and aggregators",
  ListOpsItemEvents: "|,;~~~|Grants permission to view details about OpsItemEvents",
  ListOpsItemRelatedItems: "|,;~~~|Grants permission to view details about OpsItem RelatedItems",
  ListOpsMetadata: "|,;~~~|Grants permission to view a list of OpsMetadata objects",
  ListResourceComplianceSummaries: "|,;~~~|Grants permission to list resource-level summary count",
  ListResourceDataSync:
    "|,;~~~|Grants permission to list information about resource data sync configurations in an account",
  ListTagsForResource: "|,;~~~|Grants permission to view a list of resource tags for a specified resource",
  ModifyDocumentPermission:
    "|,;~~~|Grants permission to share a custom SSM document publicly or privately with specified AWS accounts",
  PutCalendar: "|,;~|Grants permission to create/edit a specific calendar",
  PutComplianceItems:
    "|,;~~~|Grants permission to register a compliance type and other compliance details on a specified resource",
  PutConfigurePackageResult:
    "|,;~|Grants permission to SSM Agent to generate a report of the results of specific agent requests (internal Systems Manager call)",
  PutInventory: "|,;~~~|Grants permission to add or update inventory items on multiple specified managed instances",
  PutParameter: "|,;~~~|Grants permission to create an SSM parameter",
  PutResourcePolicy: "|,;~~~|Grants permission to create or update a Systems Manager resource policy",
  RegisterDefaultPatchBaseline:
    "|,;~~~|Grants permission to specify the default patch baseline for an operating system type",
  RegisterManagedInstance: "|,;~|Grants permission to register a Systems Manager Agent",
  RegisterPatchBaselineForPatchGroup:
    "|,;~~~|Grants permission to specify the default patch baseline for a specified patch group",
  RegisterTargetWithMaintenanceWindow:
    "|,;~~~|Grants permission to register a target with a specified maintenance window",
  RegisterTaskWithMaintenanceWindow: "|,;~~~|Grants permission to register a task with a specified maintenance window",
  RemoveTagsFromResource: "|,;~~~|Grants permission to remove a specified tag key from a specified resource",
  ResetServiceSetting: "|,;~~~|Grants permission to reset the service setting for an AWS account to the default value",
  ResumeSession: "|,;~~~|Grants permission to reconnect a Session Manager session to a managed instance",
  SendAutomationSignal:
    "|,;~~~|Grants permission to send a signal to change the current behavior or status of a specified Automation execution",
  SendCommand: "|,;~~~|Grants permission to run commands on one or more specified managed instances",
  StartAccessRequest: "|,;~~~|Grants permission to start the workflow for just-in-time node access sessions",
  StartAssociationsOnce: "|,;~~~|Grants permission to run a specified association manually",
  StartAutomationExecution: "|,;~~~|Grants permission to initiate the execution of an Automation document",
  StartChangeRequestExecution:
    "|,;~~~|Grants permission to initiate the execution of an Automation Change Template document",
  StartExecutionPreview:
    "|,;~~~|Grants permission to create a preview showing the effects that running a specified Automation runbook would have on the targeted resources",
  StartSession: "|,;~~~|Grants permission to initiate a connection to a specified target for a Session Manager session",
  StopAutomationExecution:
    "|,;~~~|Grants permission to stop a specified Automation execution that is already in progress",
  TerminateSession: "|,;~~~|Grants permission to permanently end a Session Manager connection to an instance",
  UnlabelParameterVersion:
    "|,;~~~|Grants permission to remove an identifying label from a specified version of a parameter",
  UpdateAssociation:
    "|,;~~~|Grants permission to update an association and immediately run the association on the specified targets",
  UpdateAssociationStatus:
    "|,;~~~|Grants permission to update the status of the SSM document associated with a specified instance",
  UpdateDocument: "|,;~~~|Grants permission to update one or more values for an SSM document",
  UpdateDocumentDefaultVersion: "|,;~~~|Grants permission to change the default version of an SSM document",
  UpdateDocumentMetadata: "|,;~~~|Grants permission to update the metadata of an SSM document",
  UpdateInstanceAssociationStatus:
    "|,;~|Grants permission to SSM Agent to update the status of the association that it is currently running (internal Systems Manager call)",
  UpdateInstanceInformation:
    "|,;~|Grants permission to SSM Agent to send a heartbeat signal to the Systems Manager service in the cloud",
  UpdateMaintenanceWindow: "|,;~~~|Grants permission to update a specified maintenance window",
  UpdateMaintenanceWindowTarget: "|,;~~~|Grants permission to update a specified maintenance window target",
  UpdateMaintenanceWindowTask: "|,;~~~|Grants permission to update a specified maintenance window task",
  UpdateManagedInstanceRole:
    "|,;~~~|Grants permission to assign or change the IAM role assigned to a specified managed instance",
  UpdateOpsItem: "|,;~~~|Grants permission to edit or change an OpsItem",
  UpdateOpsMetadata: "|,;~~~|Grants permission to update an OpsMetadata object",
  UpdatePatchBaseline: "|,;~~~|Grants permission to update a specified patch baseline",
  UpdateResourceDataSync: "|,;~~~|Grants permission to update a resource data sync",
  UpdateServiceSetting: "|,;~~~|Grants permission to update the service setting for an AWS account",
};
const resourceTypeFacts = {
  /** The association resource type: arn:${Partition}:ssm:${Region}:${Account}:association/${AssociationId} */
  association: "|,|1",
  /** The automation-definition resource type: arn:${Partition}:ssm:${Region}:${Account}:automation-definition/${AutomationDefinitionName}:${VersionId} */
  "automation-definition": "|,automationDefinition|7",
  /** The automation-execution resource type: arn:${Partition}:ssm:${Region}:${Account}:automation-execution/${AutomationExecutionId} */
  "automation-execution": "|,automationExecution|1,19",
  /** The bucket resource type: arn:${Partition}:s3:::${BucketName} */
  bucket: "|,|",
  /** The document resource type: arn:${Partition}:ssm:${Region}:${Account}:document/${DocumentName} */
  document: "|,|1,6,7,16",
  /** The iam-role resource type: arn:${Partition}:iam::${Account}:role/${RoleName} */
  "iam-role": "|,iamRole|",
  /** The instance resource type: arn:${Partition}:ec2:${Region}:${Account}:instance/${InstanceId} */
  instance: "|,|1,16",
  /** The maintenancewindow resource type: arn:${Partition}:ssm:${Region}:${Account}:maintenancewindow/${ResourceId} */
  maintenancewindow: "|,|1,19",
  /** The managed-instance resource type: arn:${Partition}:ssm:${Region}:${Account}:managed-instance/${InstanceId} */
  "managed-instance": "|,managedInstance|1,19",
  /** The managed-instance-inventory resource type: arn:${Partition}:ssm:${Region}:${Account}:managed-instance-inventory/${InstanceId} */
  "managed-instance-inventory": "|,managedInstanceInventory|",
  /** The opsitem resource type: arn:${Partition}:ssm:${Region}:${Account}:opsitem/${ResourceId} */
  opsitem: "|,|1",
  /** The opsitemgroup resource type: arn:${Partition}:ssm:${Region}:${Account}:opsitemgroup/default */
  opsitemgroup: "|,|",
  /** The opsmetadata resource type: arn:${Partition}:ssm:${Region}:${Account}:opsmetadata/${ResourceId} */
  opsmetadata: "|,|1,16",
  /** The parameter resource type: arn:${Partition}:ssm:${Region}:${Account}:parameter/${ParameterNameWithoutLeadingSlash} */
  parameter: "|,|1,19",
  /** The patchbaseline resource type: arn:${Partition}:ssm:${Region}:${Account}:patchbaseline/${PatchBaselineIdResourceId} */
  patchbaseline: "|,|1,19",
  /** The resourcedatasync resource type: arn:${Partition}:ssm:${Region}:${Account}:resource-data-sync/${SyncName} */
  resourcedatasync: "|,|",
  /** The servicesetting resource type: arn:${Partition}:ssm:${Region}:${Account}:servicesetting/${ResourceId} */
  servicesetting: "|,|",
  /** The session resource type: arn:${Partition}:ssm:${Region}:${Account}:session/${SessionId} */
  session: "|,|17,18",
  /** The task resource type: arn:${Partition}:ecs:${Region}:${Account}:task/${TaskId} */
  task: "|,|1",
  /** The windowtarget resource type: arn:${Partition}:ssm:${Region}:${Account}:windowtarget/${WindowTargetId} */
  windowtarget: "|,|1,19",
  /** The windowtask resource type: arn:${Partition}:ssm:${Region}:${Account}:windowtask/${WindowTaskId} */
  windowtask: "|,|1,19",
} as const;
const arnFormats = {
  /** ARN of a association resource: arn:${Partition}:ssm:${Region}:${Account}:association/${AssociationId}. */
  association: "|,association|arn:|Partition|:ssm:|Region|:|Account|:association/|AssociationId|",
  /** ARN of a automation-definition resource: arn:${Partition}:ssm:${Region}:${Account}:automation-definition/${AutomationDefinitionName}:${VersionId}. */
  automationDefinition:
    "|,automation-definition|arn:|Partition|:ssm:|Region|:|Account|:automation-definition/|AutomationDefinitionName|:|VersionId|",
  /** ARN of a automation-execution resource: arn:${Partition}:ssm:${Region}:${Account}:automation-execution/${AutomationExecutionId}. */
  automationExecution:
    "|,automation-execution|arn:|Partition|:ssm:|Region|:|Account|:automation-execution/|AutomationExecutionId|",
  /** ARN of a bucket resource: arn:${Partition}:s3:::${BucketName}. */
  bucket: "|,bucket|arn:|Partition|:s3:::|BucketName|",
  /** ARN of a document resource: arn:${Partition}:ssm:${Region}:${Account}:document/${DocumentName}. */
  document: "|,document|arn:|Partition|:ssm:|Region|:|Account|:document/|DocumentName|",
  /** ARN of a iam-role resource: arn:${Partition}:iam::${Account}:role/${RoleName}. */
  iamRole: "|,iam-role|arn:|Partition|:iam::|Account|:role/|RoleName|",
  /** ARN of a instance resource: arn:${Partition}:ec2:${Region}:${Account}:instance/${InstanceId}. */
  instance: "|,instance|arn:|Partition|:ec2:|Region|:|Account|:instance/|InstanceId|",
  /** ARN of a maintenancewindow resource: arn:${Partition}:ssm:${Region}:${Account}:maintenancewindow/${ResourceId}. */
  maintenancewindow: "|,maintenancewindow|arn:|Partition|:ssm:|Region|:|Account|:maintenancewindow/|ResourceId|",
  /** ARN of a managed-instance resource: arn:${Partition}:ssm:${Region}:${Account}:managed-instance/${InstanceId}. */
  managedInstance: "|,managed-instance|arn:|Partition|:ssm:|Region|:|Account|:managed-instance/|InstanceId|",
  /** ARN of a managed-instance-inventory resource: arn:${Partition}:ssm:${Region}:${Account}:managed-instance-inventory/${InstanceId}. */
  managedInstanceInventory:
    "|,managed-instance-inventory|arn:|Partition|:ssm:|Region|:|Account|:managed-instance-inventory/|InstanceId|",
  /** ARN of a opsitem resource: arn:${Partition}:ssm:${Region}:${Account}:opsitem/${ResourceId}. */
  opsitem: "|,opsitem|arn:|Partition|:ssm:|Region|:|Account|:opsitem/|ResourceId|",
  /** ARN of a opsitemgroup resource: arn:${Partition}:ssm:${Region}:${Account}:opsitemgroup/default. */
  opsitemgroup: "|,opsitemgroup|arn:|Partition|:ssm:|Region|:|Account|:opsitemgroup/default",
  /** ARN of a opsmetadata resource: arn:${Partition}:ssm:${Region}:${Account}:opsmetadata/${ResourceId}. */
  opsmetadata: "|,opsmetadata|arn:|Partition|:ssm:|Region|:|Account|:opsmetadata/|ResourceId|",
  /** ARN of a parameter resource: arn:${Partition}:ssm:${Region}:${Account}:parameter/${ParameterNameWithoutLeadingSlash}. */
  parameter: "|,parameter|arn:|Partition|:ssm:|Region|:|Account|:parameter/|ParameterNameWithoutLeadingSlash|",
  /** ARN of a patchbaseline resource: arn:${Partition}:ssm:${Region}:${Account}:patchbaseline/${PatchBaselineIdResourceId}. */
  patchbaseline: "|,patchbaseline|arn:|Partition|:ssm:|Region|:|Account|:patchbaseline/|PatchBaselineIdResourceId|",
  /** ARN of a resourcedatasync resource: arn:${Partition}:ssm:${Region}:${Account}:resource-data-sync/${SyncName}. */
  resourcedatasync: "|,resourcedatasync|arn:|Partition|:ssm:|Region|:|Account|:resource-data-sync/|SyncName|",
  /** ARN of a servicesetting resource: arn:${Partition}:ssm:${Region}:${Account}:servicesetting/${ResourceId}. */
  servicesetting: "|,servicesetting|arn:|Partition|:ssm:|Region|:|Account|:servicesetting/|ResourceId|",
  /** ARN of a session resource: arn:${Partition}:ssm:${Region}:${Account}:session/${SessionId}. */
  session: "|,session|arn:|Partition|:ssm:|Region|:|Account|:session/|SessionId|",
  /** ARN of a task resource: arn:${Partition}:ecs:${Region}:${Account}:task/${TaskId}. */
  task: "|,task|arn:|Partition|:ecs:|Region|:|Account|:task/|TaskId|",
  /** ARN of a windowtarget resource: arn:${Partition}:ssm:${Region}:${Account}:windowtarget/${WindowTargetId}. */
  windowtarget: "|,windowtarget|arn:|Partition|:ssm:|Region|:|Account|:windowtarget/|WindowTargetId|",
  /** ARN of a windowtask resource: arn:${Partition}:ssm:${Region}:${Account}:windowtask/${WindowTaskId}. */
  windowtask: "|,windowtask|arn:|Partition|:ssm:|Region|:|Account|:windowtask/|WindowTaskId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "association",
  "automation-definition",
  "automation-execution",
  "bucket",
  "document",
  "iam-role",
  "instance",
  "maintenancewindow",
  "managed-instance",
  "managed-instance-inventory",
  "opsitem",
  "opsitemgroup",
  "opsmetadata",
  "parameter",
  "patchbaseline",
  "resourcedatasync",
  "servicesetting",
  "session",
  "task",
  "windowtarget",
  "windowtask",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "ssm">;
/** Any ssm action. */
export type Action = ActionOf<typeof actionFacts, "ssm">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "ssm">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "ssm" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every ssm action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by 'Create' requests based on the allowed set of values for a specified tags. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by based on a tag key-value pair assigned to the AWS resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by a tag key-value pair assigned to the Systems Manager resource. */
  [key: `ssm:resourceTag/${string}`]: "String";
  /** Filters access by 'Create' requests based on whether mandatory tags are included in the request. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access by the ARN of the instance from which the request originated. */
  "ec2:SourceInstanceARN": "ARN";
  /** Filters access by verifying that a user has access to the access request ID specified in the request. */
  "ssm:AccessRequestId": "String";
  /** Filters access by verifying that a user has permission to start Change Manager workflows without a review step (with the exception of change freeze events). */
  "ssm:AutoApprove": "Bool";
  /** Filters access by verifying that a user has permission to access a document belonging to a specific category enum. */
  "ssm:DocumentCategories": "ArrayOfString";
  /** Filters access by verifying that a user has permission to access a document belonging to a specific document type. Only available in "aws", "aws-cn", and "aws-us-gov" partitions. */
  "ssm:DocumentType": "String";
  /** Filters access by verifying that a user has permission to access a specific version of a document. */
  "ssm:DocumentVersion": "ArrayOfString";
  /** Filters access by verifying that a user also has access to the InventoryType specified in the request. */
  "ssm:InventoryTypeName": "ArrayOfString";
  /** Filters access by controling whether Systems Manager parameters can be overwritten. */
  "ssm:Overwrite": "String";
  /** Filters access by controlling whether an IAM Entity (user or role) can create or update a parameter that includes a parameter policy. */
  "ssm:Policies": "String";
  /** Filters access by Systems Manager parameters created in a hierarchical structure. */
  "ssm:Recursive": "String";
  /** Filters access by verifying that a user has permission to access either the default Session Manager configuration document or the custom configuration document specified in a request. */
  "ssm:SessionDocumentAccessCheck": "Bool";
  /** Filters access by verifying the Amazon Resource Name (ARN) of the AWS Systems Manager's managed instance from which the request is made. This key is not present when the request comes from the managed instance authenticated with an IAM role associated with EC2 instance profile. */
  "ssm:SourceInstanceARN": "ARN";
  /** Filters access by verifying that a user also has access to the ResourceDataSync SyncType specified in the request. */
  "ssm:SyncType": "String";
  /** Filters access by based on a tag key-value pair assigned to the Systems Manager session resource. */
  "ssm:resourceTag/aws:ssmmessages:session-id": "String";
  /** Filters access by based on a tag key-value pair assigned to the Systems Manager session resource. */
  "ssm:resourceTag/aws:ssmmessages:target-id": "String";
  /** Filters access by based on a tag key-value pair assigned to the Systems Manager resource. */
  "ssm:resourceTag/tag-key": "String";
}

/** Condition key -> value type. */
export type ConditionKeys = ConditionKeysOf<ConditionKeyTypes>;

/** Condition key with a placeholder, as the reference writes it -> its template-literal key. */
export interface ConditionKeyPatterns {
  /** aws:RequestTag/${TagKey} */
  "aws:RequestTag/${TagKey}": `aws:RequestTag/${string}`;
  /** aws:ResourceTag/${TagKey} */
  "aws:ResourceTag/${TagKey}": `aws:ResourceTag/${string}`;
  /** ssm:resourceTag/${TagKey} */
  "ssm:resourceTag/${TagKey}": `ssm:resourceTag/${string}`;
}

/** A condition key as the reference writes it. */
export type ConditionKeyName = (typeof conditionKeyList)[number];
/** Condition key -> description, types, deprecation. */
export type ConditionKeyInfos = { readonly [K in ConditionKeyName]: ConditionKeyInfo };
const conditionKeyRows: { readonly [K in ConditionKeyName]: string } = {
  "aws:RequestTag/${TagKey}":
    "|,String|0||Filters access by 'Create' requests based on the allowed set of values for a specified tags",
  "aws:ResourceTag/${TagKey}":
    "|,String|0||Filters access by based on a tag key-value pair assigned to the AWS resource",
  "aws:TagKeys":
    "|,ArrayOfString|0||Filters access by 'Create' requests based on whether mandatory tags are included in the request",
  "ec2:SourceInstanceARN": "|,ARN|0||Filters access by the ARN of the instance from which the request originated",
  "ssm:AccessRequestId":
    "|,String|0||Filters access by verifying that a user has access to the access request ID specified in the request",
  "ssm:AutoApprove":
    "|,Bool|0||Filters access by verifying that a user has permission to start Change Manager workflows without a review step (with the exception of change freeze events)",
  "ssm:DocumentCategories":
    "|,ArrayOfString|0||Filters access by verifying that a user has permission to access a document belonging to a specific category enum",
  "ssm:DocumentType":
    '|,String|0||Filters access by verifying that a user has permission to access a document belonging to a specific document type. Only available in "aws", "aws-cn", and "aws-us-gov" partitions',
  "ssm:DocumentVersion":
    "|,ArrayOfString|0||Filters access by verifying that a user has permission to access a specific version of a document",
  "ssm:InventoryTypeName":
    "|,ArrayOfString|0||Filters access by verifying that a user also has access to the InventoryType specified in the request",
  "ssm:Overwrite": "|,String|0||Filters access by controling whether Systems Manager parameters can be overwritten",
  "ssm:Policies":
    "|,String|0||Filters access by controlling whether an IAM Entity (user or role) can create or update a parameter that includes a parameter policy",
  "ssm:Recursive": "|,String|0||Filters access by Systems Manager parameters created in a hierarchical structure",
  "ssm:SessionDocumentAccessCheck":
    "|,Bool|0||Filters access by verifying that a user has permission to access either the default Session Manager configuration document or the custom configuration document specified in a request",
  "ssm:SourceInstanceARN":
    "|,ARN|0||Filters access by verifying the Amazon Resource Name (ARN) of the AWS Systems Manager's managed instance from which the request is made. This key is not present when the request comes from the managed instance authenticated with an IAM role associated with EC2 instance profile",
  "ssm:SyncType":
    "|,String|0||Filters access by verifying that a user also has access to the ResourceDataSync SyncType specified in the request",
  "ssm:resourceTag/${TagKey}":
    "|,String|0||Filters access by a tag key-value pair assigned to the Systems Manager resource",
  "ssm:resourceTag/aws:ssmmessages:session-id":
    "|,String|0||Filters access by based on a tag key-value pair assigned to the Systems Manager session resource",
  "ssm:resourceTag/aws:ssmmessages:target-id":
    "|,String|0||Filters access by based on a tag key-value pair assigned to the Systems Manager session resource",
  "ssm:resourceTag/tag-key":
    "|,String|0||Filters access by based on a tag key-value pair assigned to the Systems Manager resource",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "ssm",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
