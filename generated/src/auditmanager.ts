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
export const prefix: "auditmanager" = "auditmanager";
/** The service's name in the reference. */
export const serviceName: "AWS Audit Manager" = "AWS Audit Manager";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Audit Manager",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsauditmanager.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["auditmanager:TagResource"] as const;
const actionFacts = {
  /** Grants permission to associate an evidence folder with an assessment report in AWS Audit Manager. Access level: Write. Resources: assessment*. https://docs.aws.amazon.com/audit-manager/latest/APIReference/API_AssociateAssessmentReportEvidenceFolder.html */
  AssociateAssessmentReportEvidenceFolder: "W|||0;1;|||;",
  /** Grants permission to associate a list of evidence to an assessment report in AWS Audit Manager. Access level: Write. Resources: assessment*. https://docs.aws.amazon.com/audit-manager/latest/APIReference/API_BatchAssociateAssessmentReportEvidence.html */
  BatchAssociateAssessmentReportEvidence: "W|||0;1;|||;",
  /** Grants permission to create delegations for an assessment in AWS Audit Manager. Access level: Write. Resources: assessment*, assessmentControlSet*. https://docs.aws.amazon.com/audit-manager/latest/APIReference/API_BatchCreateDelegationByAssessment.html */
  BatchCreateDelegationByAssessment: "W|||0;1;,1;1;|||;",
  /** Grants permission to delete delegations for an assessment in AWS Audit Manager. Access level: Write. Resources: assessment*, assessmentControlSet*. https://docs.aws.amazon.com/audit-manager/latest/APIReference/API_BatchDeleteDelegationByAssessment.html */
  BatchDeleteDelegationByAssessment: "W|||0;1;,1;1;|||;",
  /** Grants permission to disassociate a list of evidence from an assessment report in AWS Audit Manager. Access level: Write. Resources: assessment*. https://docs.aws.amazon.com/audit-manager/latest/APIReference/API_BatchDisassociateAssessmentReportEvidence.html */
  BatchDisassociateAssessmentReportEvidence: "W|||0;1;|||;",
  /** Grants permission to import a list of evidence to an assessment control in AWS Audit Manager. Access level: Write. Resources: assessmentControlSet*. https://docs.aws.amazon.com/audit-manager/latest/APIReference/API_BatchImportEvidenceToAssessmentControl.html */
  BatchImportEvidenceToAssessmentControl: "W|||1;1;|||;",
  /** Grants permission to create an assessment to be used with AWS Audit Manager. Access level: Write. https://docs.aws.amazon.com/audit-manager/latest/APIReference/API_CreateAssessment.html */
  CreateAssessment: "W||||0,1,2|0|;",
  /** Grants permission to create a framework for use in AWS Audit Manager. Access level: Write. Resources: assessmentFramework*, control*. https://docs.aws.amazon.com/audit-manager/latest/APIReference/API_CreateAssessmentFramework.html */
  CreateAssessmentFramework: "W|||2;1;,3;1;|0,1,2|0|;",
  /** Grants permission to create an assessment report in AWS Audit Manager. Access level: Write. Resources: assessment*. https://docs.aws.amazon.com/audit-manager/latest/APIReference/API_CreateAssessmentReport.html */
  CreateAssessmentReport: "W|||0;1;|||;",
  /** Grants permission to create a control to be used in AWS Audit Manager. Access level: Write. https://docs.aws.amazon.com/audit-manager/latest/APIReference/API_CreateControl.html */
  CreateControl: "W||||0,1,2|0|;",
  /** Grants permission to delete an assessment in AWS Audit Manager. Access level: Write. Resources: assessment*. https://docs.aws.amazon.com/audit-manager/latest/APIReference/API_DeleteAssessment.html */
  DeleteAssessment: "W|||0;1;|0,2||;",
  /** Grants permission to delete an assessment framework in AWS Audit Manager. Access level: Write. Resources: assessmentFramework*. https://docs.aws.amazon.com/audit-manager/latest/APIReference/API_DeleteAssessmentFramework.html */
  DeleteAssessmentFramework: "W|||2;1;|0,2||;",
  /** Grants permission to delete a share request for a custom framework in AWS Audit Manager. Access level: Write. https://docs.aws.amazon.com/audit-manager/latest/APIReference/API_DeleteAssessmentFrameworkShare.html */
  DeleteAssessmentFrameworkShare: "W||||||;",
  /** Grants permission to delete an assessment report in AWS Audit Manager. Access level: Write. Resources: assessment*. https://docs.aws.amazon.com/audit-manager/latest/APIReference/API_DeleteAssessmentReport.html */
  DeleteAssessmentReport: "W|||0;1;|||;",
  /** Grants permission to delete a control in AWS Audit Manager. Access level: Write. Resources: control*. https://docs.aws.amazon.com/audit-manager/latest/APIReference/API_DeleteControl.html */
  DeleteControl: "W|||3;1;|0,2||;",
  /** Grants permission to deregister an account in AWS Audit Manager. Access level: Write. https://docs.aws.amazon.com/audit-manager/latest/APIReference/API_DeregisterAccount.html */
  DeregisterAccount: "W||||||;",
  /** Grants permission to deregister the delegated administrator account for AWS Audit Manager. Access level: Write. https://docs.aws.amazon.com/audit-manager/latest/APIReference/API_DeregisterOrganizationAdminAccount.html */
  DeregisterOrganizationAdminAccount: "W||||||;",
  /** Grants permission to disassociate an evidence folder from an assessment report in AWS Audit Manager. Access level: Write. Resources: assessment*. https://docs.aws.amazon.com/audit-manager/latest/APIReference/API_DisassociateAssessmentReportEvidenceFolder.html */
  DisassociateAssessmentReportEvidenceFolder: "W|||0;1;|||;",
  /** Grants permission to get the status of an account in AWS Audit Manager. Access level: Read. https://docs.aws.amazon.com/audit-manager/latest/APIReference/API_GetAccountStatus.html */
  GetAccountStatus: "R||||||;",
  /** Grants permission to get an assessment created in AWS Audit Manager. Access level: Read. Resources: assessment*. https://docs.aws.amazon.com/audit-manager/latest/APIReference/API_GetAssessment.html */
  GetAssessment: "R|||0;1;|||;",
  /** Grants permission to get an assessment framework in AWS Audit Manager. Access level: Read. Resources: assessmentFramework*. https://docs.aws.amazon.com/audit-manager/latest/APIReference/API_GetAssessmentFramework.html */
  GetAssessmentFramework: "R|||2;1;|||;",
  /** Grants permission to get the URL for an assessment report in AWS Audit Manager. Access level: Read. Resources: assessment*. https://docs.aws.amazon.com/audit-manager/latest/APIReference/API_GetAssessmentReportUrl.html */
  GetAssessmentReportUrl: "R|||0;1;|||;",
  /** Grants permission to get changelogs for an assessment in AWS Audit Manager. Access level: Read. Resources: assessment*. https://docs.aws.amazon.com/audit-manager/latest/APIReference/API_GetChangeLogs.html */
  GetChangeLogs: "R|||0;1;|||;",
  /** Grants permission to get a control in AWS Audit Manager. Access level: Read. Resources: control*. https://docs.aws.amazon.com/audit-manager/latest/APIReference/API_GetControl.html */
  GetControl: "R|||3;1;|||;",
  /** Grants permission to get all delegations in AWS Audit Manager. Access level: List. https://docs.aws.amazon.com/audit-manager/latest/APIReference/API_GetDelegations.html */
  GetDelegations: "L||||||;",
  /** Grants permission to get evidence from AWS Audit Manager. Access level: Read. Resources: assessmentControlSet*. https://docs.aws.amazon.com/audit-manager/latest/APIReference/API_GetEvidence.html */
  GetEvidence: "R|||1;1;|||;",
  /** Grants permission to get all the evidence from an evidence folder in AWS Audit Manager. Access level: Read. Resources: assessmentControlSet*. https://docs.aws.amazon.com/audit-manager/latest/APIReference/API_GetEvidenceByEvidenceFolder.html */
  GetEvidenceByEvidenceFolder: "R|||1;1;|||;",
  /** Grants permission to get a presigned Amazon S3 URL that can be used to upload a file as manual evidence. Access level: Read. https://docs.aws.amazon.com/audit-manager/latest/APIReference/API_GetEvidenceFileUploadUrl.html */
  GetEvidenceFileUploadUrl: "R||||||;",
  /** Grants permission to get the evidence folder from AWS Audit Manager. Access level: Read. Resources: assessmentControlSet*. https://docs.aws.amazon.com/audit-manager/latest/APIReference/API_GetEvidenceFolder.html */
  GetEvidenceFolder: "R|||1;1;|||;",
  /** Grants permission to get the evidence folders from an assessment in AWS Audit Manager. Access level: Read. Resources: assessment*. https://docs.aws.amazon.com/audit-manager/latest/APIReference/API_GetEvidenceFoldersByAssessment.html */
  GetEvidenceFoldersByAssessment: "R|||0;1;|||;",
  /** Grants permission to get the evidence folders from an assessment control in AWS Audit Manager. Access level: Read. Resources: assessmentControlSet*. https://docs.aws.amazon.com/audit-manager/latest/APIReference/API_GetEvidenceFoldersByAssessmentControl.html */
  GetEvidenceFoldersByAssessmentControl: "R|||1;1;|||;",
  /** Grants permission to get analytics data for all active assessments. Access level: Read. https://docs.aws.amazon.com/audit-manager/latest/APIReference/API_GetInsights.html */
  GetInsights: "R||||||;",
  /** Grants permission to get analytics data for a specific active assessment. Access level: Read. https://docs.aws.amazon.com/audit-manager/latest/APIReference/API_GetInsightsByAssessment.html */
  GetInsightsByAssessment: "R||||||;",
  /** Grants permission to get the delegated administrator account in AWS Audit Manager. Access level: Read. https://docs.aws.amazon.com/audit-manager/latest/APIReference/API_GetOrganizationAdminAccount.html */
  GetOrganizationAdminAccount: "R||||||;",
  /** Grants permission to get the services in scope for an assessment in AWS Audit Manager. Access level: Read. https://docs.aws.amazon.com/audit-manager/latest/APIReference/API_GetServicesInScope.html */
  GetServicesInScope: "R||||||;",
  /** Grants permission to get all settings configured in AWS Audit Manager. Access level: Read. https://docs.aws.amazon.com/audit-manager/latest/APIReference/API_GetSettings.html */
  GetSettings: "R||||||;",
  /** Grants permission to list analytics data for controls in a specific control domain and active assessment. Access level: List. https://docs.aws.amazon.com/audit-manager/latest/APIReference/API_ListAssessmentControlInsightsByControlDomain.html */
  ListAssessmentControlInsightsByControlDomain: "L||||||;",
  /** Grants permission to list all sent or received share requests for custom frameworks in AWS Audit Manager. Access level: List. https://docs.aws.amazon.com/audit-manager/latest/APIReference/API_ListAssessmentFrameworkShareRequests.html */
  ListAssessmentFrameworkShareRequests: "L||||||;",
  /** Grants permission to list all assessment frameworks in AWS Audit Manager. Access level: List. https://docs.aws.amazon.com/audit-manager/latest/APIReference/API_ListAssessmentFrameworks.html */
  ListAssessmentFrameworks: "L||||||;",
  /** Grants permission to list all assessment reports in AWS Audit Manager. Access level: List. https://docs.aws.amazon.com/audit-manager/latest/APIReference/API_ListAssessmentReports.html */
  ListAssessmentReports: "L||||||;",
  /** Grants permission to list all assessments in AWS Audit Manager. Access level: List. https://docs.aws.amazon.com/audit-manager/latest/APIReference/API_ListAssessments.html */
  ListAssessments: "L||||||;",
  /** Grants permission to list analytics data for control domains across all active assessments. Access level: List. https://docs.aws.amazon.com/audit-manager/latest/APIReference/API_ListControlDomainInsights.html */
  ListControlDomainInsights: "L||||||;",
  /** Grants permission to list analytics data for control domains in a specific active assessment. Access level: List. https://docs.aws.amazon.com/audit-manager/latest/APIReference/API_ListControlDomainInsightsByAssessment.html */
  ListControlDomainInsightsByAssessment: "L||||||;",
  /** Grants permission to list analytics data for controls in a specific control domain across all active assessments. Access level: List. https://docs.aws.amazon.com/audit-manager/latest/APIReference/API_ListControlInsightsByControlDomain.html */
  ListControlInsightsByControlDomain: "L||||||;",
  /** Grants permission to list all controls in AWS Audit Manager. Access level: List. https://docs.aws.amazon.com/audit-manager/latest/APIReference/API_ListControls.html */
  ListControls: "L||||||;",
  /** Grants permission to list all the data source keywords in AWS Audit Manager. Access level: List. https://docs.aws.amazon.com/audit-manager/latest/APIReference/API_ListKeywordsForDataSource.html */
  ListKeywordsForDataSource: "L||||||;",
  /** Grants permission to list all notifications in AWS Audit Manager. Access level: List. https://docs.aws.amazon.com/audit-manager/latest/APIReference/API_ListNotifications.html */
  ListNotifications: "L||||||;",
  /** Grants permission to list tags for an AWS Audit Manager resource. Access level: Read. Resources: assessment, control. https://docs.aws.amazon.com/audit-manager/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,3;0;|||;",
  /** Grants permission to register an account in AWS Audit Manager. Access level: Write. https://docs.aws.amazon.com/audit-manager/latest/APIReference/API_RegisterAccount.html */
  RegisterAccount: "W||||||;",
  /** Grants permission to register an account within the organization as the delegated administrator for AWS Audit Manager. Access level: Write. https://docs.aws.amazon.com/audit-manager/latest/APIReference/API_RegisterOrganizationAdminAccount.html */
  RegisterOrganizationAdminAccount: "W||||||;",
  /** Grants permission to create a share request for a custom framework in AWS Audit Manager. Access level: Write. Resources: assessmentFramework*. https://docs.aws.amazon.com/audit-manager/latest/APIReference/API_StartAssessmentFrameworkShare.html */
  StartAssessmentFrameworkShare: "W|||2;1;|||;",
  /** Grants permission to tag an AWS Audit Manager resource. Access level: Tagging. Resources: assessment, assessmentFramework, control. https://docs.aws.amazon.com/audit-manager/latest/APIReference/API_TagResource.html */
  TagResource: "T|||0;0;,2;0;,3;0;|0,2||CreateAssessment,CreateAssessmentFramework,CreateControl,;",
  /** Grants permission to untag an AWS Audit Manager resource. Access level: Tagging. Resources: assessment, assessmentFramework, control. https://docs.aws.amazon.com/audit-manager/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;1,2;0;1,3;0;1|2||;",
  /** Grants permission to update an assessment in AWS Audit Manager. Access level: Write. Resources: assessment*. https://docs.aws.amazon.com/audit-manager/latest/APIReference/API_UpdateAssessment.html */
  UpdateAssessment: "W|||0;1;|||;",
  /** Grants permission to update an assessment control in AWS Audit Manager. Access level: Write. Resources: assessmentControlSet*. https://docs.aws.amazon.com/audit-manager/latest/APIReference/API_UpdateAssessmentControl.html */
  UpdateAssessmentControl: "W|||1;1;|||;",
  /** Grants permission to update the status of an assessment control set in AWS Audit Manager. Access level: Write. Resources: assessmentControlSet*. https://docs.aws.amazon.com/audit-manager/latest/APIReference/API_UpdateAssessmentControlSetStatus.html */
  UpdateAssessmentControlSetStatus: "W|||1;1;|||;",
  /** Grants permission to update an assessment framework in AWS Audit Manager. Access level: Write. Resources: assessmentFramework*, control*. https://docs.aws.amazon.com/audit-manager/latest/APIReference/API_UpdateAssessmentFramework.html */
  UpdateAssessmentFramework: "W|||2;1;,3;1;|||;",
  /** Grants permission to update a share request for a custom framework in AWS Audit Manager. Access level: Write. Resources: assessmentFramework*. https://docs.aws.amazon.com/audit-manager/latest/APIReference/API_UpdateAssessmentFrameworkShare.html */
  UpdateAssessmentFrameworkShare: "W|||2;1;|||;",
  /** Grants permission to update the status of an assessment in AWS Audit Manager. Access level: Write. Resources: assessment*. https://docs.aws.amazon.com/audit-manager/latest/APIReference/API_UpdateAssessmentStatus.html */
  UpdateAssessmentStatus: "W|||0;1;|||;",
  /** Grants permission to update a control in AWS Audit Manager. Access level: Write. Resources: control*. https://docs.aws.amazon.com/audit-manager/latest/APIReference/API_UpdateControl.html */
  UpdateControl: "W|||3;1;|||;",
  /** Grants permission to update settings in AWS Audit Manager. Access level: Write. https://docs.aws.amazon.com/audit-manager/latest/APIReference/API_UpdateSettings.html */
  UpdateSettings: "W||||||;",
  /** Grants permission to validate the integrity of an assessment report in AWS Audit Manager. Access level: Read. https://docs.aws.amazon.com/audit-manager/latest/APIReference/API_ValidateAssessmentReportIntegrity.html */
  ValidateAssessmentReportIntegrity: "R||||||;",
} as const;
const actionDetails = {
  AssociateAssessmentReportEvidenceFolder:
    "|,;~~~|Grants permission to associate an evidence folder with an assessment report in AWS Audit Manager",
  BatchAssociateAssessmentReportEvidence:
    "|,;~~~|Grants permission to associate a list of evidence to an assessment report in AWS Audit Manager",
  BatchCreateDelegationByAssessment:
    "|,;~~~|Grants permission to create delegations for an assessment in AWS Audit Manager",
  BatchDeleteDelegationByAssessment:
    "|,;~~~|Grants permission to delete delegations for an assessment in AWS Audit Manager",
  BatchDisassociateAssessmentReportEvidence:
    "|,;~~~|Grants permission to disassociate a list of evidence from an assessment report in AWS Audit Manager",
  BatchImportEvidenceToAssessmentControl:
    "|,;~~~|Grants permission to import a list of evidence to an assessment control in AWS Audit Manager",
  CreateAssessment: "|,;~~~|Grants permission to create an assessment to be used with AWS Audit Manager",
  CreateAssessmentFramework: "|,;~~~|Grants permission to create a framework for use in AWS Audit Manager",
  CreateAssessmentReport: "|,;~~~|Grants permission to create an assessment report in AWS Audit Manager",
  CreateControl: "|,;~~~|Grants permission to create a control to be used in AWS Audit Manager",
  DeleteAssessment: "|,;~~~|Grants permission to delete an assessment in AWS Audit Manager",
  DeleteAssessmentFramework: "|,;~~~|Grants permission to delete an assessment framework in AWS Audit Manager",
  DeleteAssessmentFrameworkShare:
    "|,;~~~|Grants permission to delete a share request for a custom framework in AWS Audit Manager",
  DeleteAssessmentReport: "|,;~~~|Grants permission to delete an assessment report in AWS Audit Manager",
  DeleteControl: "|,;~~~|Grants permission to delete a control in AWS Audit Manager",
  DeregisterAccount: "|,;~~~|Grants permission to deregister an account in AWS Audit Manager",
  DeregisterOrganizationAdminAccount:
    "|,;~~~|Grants permission to deregister the delegated administrator account for AWS Audit Manager",
  DisassociateAssessmentReportEvidenceFolder:
    "|,;~~~|Grants permission to disassociate an evidence folder from an assessment report in AWS Audit Manager",
  GetAccountStatus: "|,;~~~|Grants permission to get the status of an account in AWS Audit Manager",
  GetAssessment: "|,;~~~|Grants permission to get an assessment created in AWS Audit Manager",
  GetAssessmentFramework: "|,;~~~|Grants permission to get an assessment framework in AWS Audit Manager",
  GetAssessmentReportUrl: "|,;~~~|Grants permission to get the URL for an assessment report in AWS Audit Manager",
  GetChangeLogs: "|,;~~~|Grants permission to get changelogs for an assessment in AWS Audit Manager",
  GetControl: "|,;~~~|Grants permission to get a control in AWS Audit Manager",
  GetDelegations: "|,;~~~|Grants permission to get all delegations in AWS Audit Manager",
  GetEvidence: "|,;~~~|Grants permission to get evidence from AWS Audit Manager",
  GetEvidenceByEvidenceFolder:
    "|,;~~~|Grants permission to get all the evidence from an evidence folder in AWS Audit Manager",
  GetEvidenceFileUploadUrl:
    "|,;~~~|Grants permission to get a presigned Amazon S3 URL that can be used to upload a file as manual evidence",
  GetEvidenceFolder: "|,;~~~|Grants permission to get the evidence folder from AWS Audit Manager",
  GetEvidenceFoldersByAssessment:
    "|,;~~~|Grants permission to get the evidence folders from an assessment in AWS Audit Manager",
  GetEvidenceFoldersByAssessmentControl:
    "|,;~~~|Grants permission to get the evidence folders from an assessment control in AWS Audit Manager",
  GetInsights: "|,;~~~|Grants permission to get analytics data for all active assessments",
  GetInsightsByAssessment: "|,;~~~|Grants permission to get analytics data for a specific active assessment",
  GetOrganizationAdminAccount:
    "|,;~~~|Grants permission to get the delegated administrator account in AWS Audit Manager",
  GetServicesInScope: "|,;~~~|Grants permission to get the services in scope for an assessment in AWS Audit Manager",
  GetSettings: "|,;~~~|Grants permission to get all settings configured in AWS Audit Manager",
  ListAssessmentControlInsightsByControlDomain:
    "|,;~~~|Grants permission to list analytics data for controls in a specific control domain and active assessment",
  ListAssessmentFrameworkShareRequests:
    "|,;~~~|Grants permission to list all sent or received share requests for custom frameworks in AWS Audit Manager",
  ListAssessmentFrameworks: "|,;~~~|Grants permission to list all assessment frameworks in AWS Audit Manager",
  ListAssessmentReports: "|,;~~~|Grants permission to list all assessment reports in AWS Audit Manager",
  ListAssessments: "|,;~~~|Grants permission to list all assessments in AWS Audit Manager",
  ListControlDomainInsights:
    "|,;~~~|Grants permission to list analytics data for control domains across all active assessments",
  ListControlDomainInsightsByAssessment:
    "|,;~~~|Grants permission to list analytics data for control domains in a specific active assessment",
  ListControlInsightsByControlDomain:
    "|,;~~~|Grants permission to list analytics data for controls in a specific control domain across all active assessments",
  ListControls: "|,;~~~|Grants permission to list all controls in AWS Audit Manager",
  ListKeywordsForDataSource: "|,;~~~|Grants permission to list all the data source keywords in AWS Audit Manager",
  ListNotifications: "|,;~~~|Grants permission to list all notifications in AWS Audit Manager",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for an AWS Audit Manager resource",
  RegisterAccount: "|,;~~~|Grants permission to register an account in AWS Audit Manager",
  RegisterOrganizationAdminAccount:
    "|,;~~~|Grants permission to register an account within the organization as the delegated administrator for AWS Audit Manager",
  StartAssessmentFrameworkShare:
    "|,;~~~|Grants permission to create a share request for a custom framework in AWS Audit Manager",
  TagResource: "|,;~~~,~~,~~,~~|Grants permission to tag an AWS Audit Manager resource",
  UntagResource: "|,;~~~|Grants permission to untag an AWS Audit Manager resource",
  UpdateAssessment: "|,;~~~|Grants permission to update an assessment in AWS Audit Manager",
  UpdateAssessmentControl: "|,;~~~|Grants permission to update an assessment control in AWS Audit Manager",
  UpdateAssessmentControlSetStatus:
    "|,;~~~|Grants permission to update the status of an assessment control set in AWS Audit Manager",
  UpdateAssessmentFramework: "|,;~~~|Grants permission to update an assessment framework in AWS Audit Manager",
  UpdateAssessmentFrameworkShare:
    "|,;~~~|Grants permission to update a share request for a custom framework in AWS Audit Manager",
  UpdateAssessmentStatus: "|,;~~~|Grants permission to update the status of an assessment in AWS Audit Manager",
  UpdateControl: "|,;~~~|Grants permission to update a control in AWS Audit Manager",
  UpdateSettings: "|,;~~~|Grants permission to update settings in AWS Audit Manager",
  ValidateAssessmentReportIntegrity:
    "|,;~~~|Grants permission to validate the integrity of an assessment report in AWS Audit Manager",
};
const resourceTypeFacts = {
  /** The assessment resource type: arn:${Partition}:auditmanager:${Region}:${Account}:assessment/${AssessmentId} */
  assessment: "|,|1",
  /** The assessmentControlSet resource type: arn:${Partition}:auditmanager:${Region}:${Account}:assessment/${AssessmentId}/controlSet/${ControlSetId} */
  assessmentControlSet: "|,|",
  /** The assessmentFramework resource type: arn:${Partition}:auditmanager:${Region}:${Account}:assessmentFramework/${AssessmentFrameworkId} */
  assessmentFramework: "|,|1",
  /** The control resource type: arn:${Partition}:auditmanager:${Region}:${Account}:control/${ControlId} */
  control: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a assessment resource: arn:${Partition}:auditmanager:${Region}:${Account}:assessment/${AssessmentId}. */
  assessment: "|,assessment|arn:|Partition|:auditmanager:|Region|:|Account|:assessment/|AssessmentId|",
  /** ARN of a assessmentControlSet resource: arn:${Partition}:auditmanager:${Region}:${Account}:assessment/${AssessmentId}/controlSet/${ControlSetId}. */
  assessmentControlSet:
    "|,assessmentControlSet|arn:|Partition|:auditmanager:|Region|:|Account|:assessment/|AssessmentId|/controlSet/|ControlSetId|",
  /** ARN of a assessmentFramework resource: arn:${Partition}:auditmanager:${Region}:${Account}:assessmentFramework/${AssessmentFrameworkId}. */
  assessmentFramework:
    "|,assessmentFramework|arn:|Partition|:auditmanager:|Region|:|Account|:assessmentFramework/|AssessmentFrameworkId|",
  /** ARN of a control resource: arn:${Partition}:auditmanager:${Region}:${Account}:control/${ControlId}. */
  control: "|,control|arn:|Partition|:auditmanager:|Region|:|Account|:control/|ControlId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["assessment", "assessmentControlSet", "assessmentFramework", "control"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "auditmanager">;
/** Any auditmanager action. */
export type Action = ActionOf<typeof actionFacts, "auditmanager">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "auditmanager">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "auditmanager" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every auditmanager action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "auditmanager",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
