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
export const prefix: "quicksight" = "quicksight";
/** The service's name in the reference. */
export const serviceName: "Amazon QuickSight" = "Amazon QuickSight";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon QuickSight",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonquicksight.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "quicksight:AllowedEmbeddingDomains",
  "quicksight:DirectoryType",
  "quicksight:Edition",
  "quicksight:Group",
  "quicksight:IamArn",
  "quicksight:KmsKeyArns",
  "quicksight:SessionName",
  "quicksight:UserName",
] as const;
const dependentActionList = [
  "iam:PassRole",
  "quicksight:CreateFolderMembership",
  "quicksight:DescribeAnalysis",
  "quicksight:DescribeTemplate",
  "quicksight:DescribeTheme",
  "quicksight:GetAuthCode",
  "quicksight:PassDataSet",
  "quicksight:PassDataSource",
  "quicksight:SetGroupMapping",
  "quicksight:TagResource",
  "quicksight:UpdateAnalysisPermissions",
  "quicksight:UpdateDashboardPermissions",
  "quicksight:UpdateDataSetPermissions",
  "quicksight:UpdateDataSourcePermissions",
  "quicksight:UpdateTopicPermissions",
  "quicksight:UpdateUser",
] as const;
const actionFacts = {
  /** Grants permission to enable setting default access to AWS resources. Access level: Write. Permission only. https://docs.aws.amazon.com/quicksight/latest/user/accessing-data-sources.html */
  AccountConfigurations: "W||1||||",
  /** Grants permission to configure log delivery for QuickSuite instance. Access level: Permissions management. Permission only. https://docs.aws.amazon.com/quicksight/latest/user/iam-actions.html */
  AllowVendedLogDeliveryForResource: "P||1||||",
  /** Grants permission to create reviewed answers for a topic. Access level: Write. Resources: topic*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_BatchCreateTopicReviewedAnswer.html */
  BatchCreateTopicReviewedAnswer: "W|||27;1;|0,2||;",
  /** Grants permission to delete reviewed answers for a topic. Access level: Write. Resources: topic*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_BatchDeleteTopicReviewedAnswer.html */
  BatchDeleteTopicReviewedAnswer: "W|||27;1;|0,2||;",
  /** Grants permission to get user preferences. Access level: Read. Permission only. https://docs.aws.amazon.com/quicksight/latest/user/iam-actions.html */
  BatchGetPreferences: "R||1||||",
  /** Grants permission to update user preferences. Access level: Write. Permission only. https://docs.aws.amazon.com/quicksight/latest/user/iam-actions.html */
  BatchUpdatePreferences: "W||1||||",
  /** Grants permission to cancel a SPICE ingestions on a dataset. Access level: Write. Resources: ingestion*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_CancelIngestion.html */
  CancelIngestion: "W|||22;1;|0,2||;",
  /** Grants permission to create an account customization for QuickSight account or namespace. Access level: Write. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_CreateAccountCustomization.html */
  CreateAccountCustomization: "W||||0,2|9|;",
  /** Grants permission to subscribe to QuickSight. Access level: Write. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_CreateAccountSubscription.html */
  CreateAccountSubscription: "W||||4,5|quicksight:Subscribe|;",
  /** Grants permission to create an action connector. Access level: Write. Resources: actionconnector*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_CreateActionConnector.html */
  CreateActionConnector: "W|||1;1;|0,2|0,9|;",
  /** Grants permission to provision Amazon QuickSight administrators, authors, and readers. Access level: Write. Resources: user*. Permission only. https://docs.aws.amazon.com/quicksight/latest/user/iam-actions.html */
  CreateAdmin: "W||1|28;1;|||",
  /** Grants permission to create an analysis from a template. Access level: Write. Resources: analysis*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_CreateAnalysis.html */
  CreateAnalysis: "W|||3;1;|0,2|1,3,4,6,9|;",
  /** Grants permission to create an Amazon QuickSight brand. Access level: Write. Resources: brand*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_CreateBrand.html */
  CreateBrand: "W|||10;1;|0,2|9|;",
  /** Grants permission to create a QuickSight custom permissions resource. Access level: Write. Resources: custompermissions*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_CreateCustomPermissions.html */
  CreateCustomPermissions: "W|||12;1;|0,2|9|;",
  /** Grants permission to create a QuickSight Dashboard. Access level: Write. Resources: dashboard*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_CreateDashboard.html */
  CreateDashboard: "W|||13;1;|0,2|1,3,4,6,9|;",
  /** Grants permission to create a dataset. Access level: Write. Resources: datasource*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_CreateDataSet.html */
  CreateDataSet: "W|||16;1;|0,2|1,6,7,9|;",
  /** Grants permission to create a data source. Access level: Write. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_CreateDataSource.html */
  CreateDataSource: "W||||0,2|0,1,9|;,CreateOAuthClientApplication",
  /** Grants permission to create a QuickSight email customization template. Access level: Write. Resources: emailCustomizationTemplate*. Permission only. https://docs.aws.amazon.com/quicksight/latest/user/customizing-quicksight-email-templates.html */
  CreateEmailCustomizationTemplate: "W||1|17;1;|0,2||",
  /** Grants permission to create an extension access. Access level: Write. Resources: extensionaccess*. Permission only. https://docs.aws.amazon.com/quicksight/latest/user/iam-actions.html */
  CreateExtensionAccess: "W||1|18;1;|||",
  /** Grants permission to create a QuickSight folder. Access level: Write. Resources: folder*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_CreateFolder.html */
  CreateFolder: "W|||20;1;|0,2|9|;",
  /** Grants permission to add a QuickSight Dashboard, Analysis or Dataset to a QuickSight Folder. Access level: Write. Resources: analysis, dashboard, dataset, folder*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_CreateFolderMembership.html */
  CreateFolderMembership:
    "W|||3;0;,13;0;,15;0;,20;1;||10,11,12,13,14|CreateAnalysis,CreateDashboard,CreateDataSet,CreateDataSource,;,RestoreAnalysis",
  /** Grants permission to create a QuickSight group. Access level: Write. Resources: group*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_CreateGroup.html */
  CreateGroup: "W|||21;1;|||;",
  /** Grants permission to add a QuickSight user to a QuickSight group. Access level: Write. Resources: group*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_CreateGroupMembership.html */
  CreateGroupMembership: "W|||21;1;10|0,2||;",
  /** Grants permission to create an assignment with one specified IAM Policy ARN that will be assigned to specified groups or users of QuickSight. Access level: Write. Resources: assignment*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_CreateIAMPolicyAssignment.html */
  CreateIAMPolicyAssignment: "W|||6;1;|||;",
  /** Grants permission to start a SPICE ingestion on a dataset. Access level: Write. Resources: ingestion*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_CreateIngestion.html */
  CreateIngestion: "W|||22;1;|0,2||;",
  /** Grants permission to create an QuickSight namespace. Access level: Write. Resources: namespace*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_CreateNamespace.html */
  CreateNamespace: "W|||23;1;||ds:CreateIdentityPoolDirectory,9|;",
  /** Grants permission to provision Amazon QuickSight readers. Access level: Write. Resources: user*. Permission only. https://docs.aws.amazon.com/quicksight/latest/user/iam-actions.html */
  CreateReader: "W||1|28;1;|||",
  /** Grants permission to create a refresh schedule for a dataset. Access level: Write. Resources: refreshschedule*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_CreateRefreshSchedule.html */
  CreateRefreshSchedule: "W|||24;1;|||;",
  /** Grants permission to add a group member to a role. Access level: Write. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_CreateRoleMembership.html */
  CreateRoleMembership: "W||||6|8|;",
  /** Grants permission to create a template. Access level: Write. Resources: template*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_CreateTemplate.html */
  CreateTemplate: "W|||25;1;|0,2|2,3,9|;",
  /** Grants permission to create a template alias. Access level: Write. Resources: template*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_CreateTemplateAlias.html */
  CreateTemplateAlias: "W|||25;1;|0,2||;",
  /** Grants permission to create a theme. Access level: Write. Resources: theme*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_CreateTheme.html */
  CreateTheme: "W|||26;1;|0,2|9|;",
  /** Grants permission to create an alias for a theme version. Access level: Write. Resources: theme*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_CreateThemeAlias.html */
  CreateThemeAlias: "W|||26;1;|0,2||;",
  /** Grants permission to create a topic. Access level: Write. Resources: dataset*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_CreateTopic.html */
  CreateTopic: "W|||15;1;|0,2|6,9|;",
  /** Grants permission to create a refresh schedule for a topic. Access level: Write. Resources: topic*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_CreateTopicRefreshSchedule.html */
  CreateTopicRefreshSchedule: "W|||27;1;|||;",
  /** Grants permission to provision Amazon QuickSight authors and readers. Access level: Write. Resources: user*. Permission only. https://docs.aws.amazon.com/quicksight/latest/user/iam-actions.html */
  CreateUser: "W||1|28;1;|||",
  /** Grants permission to create a vpc connection. Access level: Write. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_CreateVPCConnection.html */
  CreateVPCConnection: "W||||0,2|0,9|;",
  /** Grants permission to remove the custom permission associated with an account. Access level: Write. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DeleteAccountCustomPermission.html */
  DeleteAccountCustomPermission: "W||||||;",
  /** Grants permission to delete an account customization for QuickSight account or namespace. Access level: Write. Resources: customization*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DeleteAccountCustomization.html */
  DeleteAccountCustomization: "W|||11;1;|||;",
  /** Grants permission to delete a QuickSight account. Access level: Write. Resources: account*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DeleteAccountSubscription.html */
  DeleteAccountSubscription: "W|||0;1;||quicksight:Unsubscribe|;",
  /** Grants permission to delete an action connector. Access level: Write. Resources: actionconnector*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DeleteActionConnector.html */
  DeleteActionConnector: "W|||1;1;|||;",
  /** Grants permission to delete an analysis. Access level: Write. Resources: analysis*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DeleteAnalysis.html */
  DeleteAnalysis: "W|||3;1;|||;",
  /** Grants permission to delete an Amazon QuickSight brand. Access level: Write. Resources: brand*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DeleteBrand.html */
  DeleteBrand: "W|||10;1;|||;",
  /** Grants permission to delete a brand assignment. Access level: Write. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DeleteBrandAssignment.html */
  DeleteBrandAssignment: "W||||||;",
  /** Grants permission to delete a QuickSight custom permissions resource. Access level: Write. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DeleteCustomPermissions.html */
  DeleteCustomPermissions: "W||||||;",
  /** Grants permission to delete a QuickSight Dashboard. Access level: Write. Resources: dashboard*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DeleteDashboard.html */
  DeleteDashboard: "W|||13;1;|||;",
  /** Grants permission to delete a dataset. Access level: Write. Resources: dataset*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DeleteDataSet.html */
  DeleteDataSet: "W|||15;1;|0,2||;",
  /** Grants permission to delete dataset refresh properties for a dataset. Access level: Write. Resources: dataset*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DeleteDataSetRefreshProperties.html */
  DeleteDataSetRefreshProperties: "W|||15;1;|||;",
  /** Grants permission to delete a data source. Access level: Write. Resources: datasource*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DeleteDataSource.html */
  DeleteDataSource: "W|||16;1;|0,2||;,DeleteOAuthClientApplication",
  /** Grants permission to delete linked QBusiness application for QuickSight account. Access level: Write. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DeleteDefaultQBusinessApplication.html */
  DeleteDefaultQBusinessApplication: "W||||||;",
  /** Grants permission to delete a QuickSight email customization template. Access level: Write. Resources: emailCustomizationTemplate*. Permission only. https://docs.aws.amazon.com/quicksight/latest/user/customizing-quicksight-email-templates.html */
  DeleteEmailCustomizationTemplate: "W||1|17;1;|||",
  /** Grants permission to delete an extension access. Access level: Write. Resources: extensionaccess*. Permission only. https://docs.aws.amazon.com/quicksight/latest/user/iam-actions.html */
  DeleteExtensionAccess: "W||1|18;1;|||",
  /** Grants permission to delete a QuickSight Folder. Access level: Write. Resources: folder*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DeleteFolder.html */
  DeleteFolder: "W|||20;1;|||;",
  /** Grants permission to remove a QuickSight Dashboard, Analysis or Dataset from a QuickSight Folder. Access level: Write. Resources: analysis, dashboard, dataset, folder*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DeleteFolderMembership.html */
  DeleteFolderMembership: "W|||3;0;,13;0;,15;0;,20;1;||10,11,12,13,14|;",
  /** Grants permission to remove a user group from QuickSight. Access level: Write. Resources: group*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DeleteGroup.html */
  DeleteGroup: "W|||21;1;|||;",
  /** Grants permission to remove a user from a group so that he/she is no longer a member of the group. Access level: Write. Resources: group*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DeleteGroupMembership.html */
  DeleteGroupMembership: "W|||21;1;10|||;",
  /** Grants permission to update an existing assignment. Access level: Write. Resources: assignment*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DeleteIAMPolicyAssignment.html */
  DeleteIAMPolicyAssignment: "W|||6;1;|||;",
  /** Grants permission to remove AWS services for trusted identity propagation in QuickSight. Access level: Write. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DeleteIdentityPropagationConfig.html */
  DeleteIdentityPropagationConfig: "W||||||;",
  /** Grants permission to delete a QuickSight namespace. Access level: Write. Resources: namespace*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DeleteNamespace.html */
  DeleteNamespace: "W|||23;1;||ds:DeleteDirectory|;",
  /** Grants permission to delete a refresh schedule for a dataset. Access level: Write. Resources: refreshschedule*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DeleteRefreshSchedule.html */
  DeleteRefreshSchedule: "W|||24;1;|||;",
  /** Grants permission to remove the custom permission associated with a role. Access level: Write. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DeleteRoleCustomPermission.html */
  DeleteRoleCustomPermission: "W||||||;",
  /** Grants permission to remove a group member from a role. Access level: Write. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DeleteRoleMembership.html */
  DeleteRoleMembership: "W||||6|8|;",
  /** Grants permission to delete a template. Access level: Write. Resources: template*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DeleteTemplate.html */
  DeleteTemplate: "W|||25;1;|||;",
  /** Grants permission to delete a template alias. Access level: Write. Resources: template*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DeleteTemplateAlias.html */
  DeleteTemplateAlias: "W|||25;1;|||;",
  /** Grants permission to delete a theme. Access level: Write. Resources: theme*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DeleteTheme.html */
  DeleteTheme: "W|||26;1;|||;",
  /** Grants permission to delete the alias of a theme. Access level: Write. Resources: theme*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DeleteThemeAlias.html */
  DeleteThemeAlias: "W|||26;1;|||;",
  /** Grants permission to delete a topic. Access level: Write. Resources: topic*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DeleteTopic.html */
  DeleteTopic: "W|||27;1;|0,2||;",
  /** Grants permission to delete a refresh schedule for a topic. Access level: Write. Resources: topic*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DeleteTopicRefreshSchedule.html */
  DeleteTopicRefreshSchedule: "W|||27;1;|||;",
  /** Grants permission to delete a QuickSight user, given the user name. Access level: Write. Resources: user*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DeleteUser.html */
  DeleteUser: "W|||28;1;|||;",
  /** Grants permission to delete a user identified by its principal ID. Access level: Write. Resources: user*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DeleteUserByPrincipalId.html */
  DeleteUserByPrincipalId: "W|||28;1;|||;",
  /** Grants permission to remove the custom permission associated with a user. Access level: Write. Resources: user*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DeleteUserCustomPermission.html */
  DeleteUserCustomPermission: "W|||28;1;||15|;",
  /** Grants permission to delete a vpc connection. Access level: Write. Resources: vpcconnection*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DeleteVPCConnection.html */
  DeleteVPCConnection: "W|||29;1;|0,2|0|;",
  /** Grants permission to describe the custom permission associated with an account. Access level: Read. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DescribeAccountCustomPermission.html */
  DescribeAccountCustomPermission: "R||||||;",
  /** Grants permission to describe an account customization for QuickSight account or namespace. Access level: Read. Resources: customization*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DescribeAccountCustomization.html */
  DescribeAccountCustomization: "R|||11;1;|||;",
  /** Grants permission to describe the administrative account settings for QuickSight account. Access level: Read. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DescribeAccountSettings.html */
  DescribeAccountSettings: "R||||||;",
  /** Grants permission to describe a QuickSight account. Access level: Read. Resources: account*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DescribeAccountSubscription.html */
  DescribeAccountSubscription: "R|||0;1;|||;",
  /** Grants permission to describe an action connector. Access level: Read. Resources: actionconnector*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DescribeActionConnector.html */
  DescribeActionConnector: "R|||1;1;|||;",
  /** Grants permission to describe permissions for an action connector. Access level: Read. Resources: actionconnector*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DescribeActionConnectorPermissions.html */
  DescribeActionConnectorPermissions: "R|||1;1;|||;",
  /** Grants permission to describe an agent. Access level: Read. Resources: agent*. Permission only. https://docs.aws.amazon.com/quicksight/latest/user/iam-actions.html */
  DescribeAgent: "R||1|2;1;|||",
  /** Grants permission to describe agent's permissions. Access level: Read. Resources: agent*. Permission only. https://docs.aws.amazon.com/quicksight/latest/user/iam-actions.html */
  DescribeAgentPermissions: "R||1|2;1;|||",
  /** Grants permission to describe an analysis. Access level: Read. Resources: analysis*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DescribeAnalysis.html */
  DescribeAnalysis: "R|||3;1;|||CreateTemplate,;,DescribeAnalysisDefinition,UpdateTemplate",
  /** Grants permission to describe permissions for an analysis. Access level: Read. Resources: analysis*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DescribeAnalysisPermissions.html */
  DescribeAnalysisPermissions: "R|||3;1;|||;",
  /** Grants permission to describe an asset bundle export job. Access level: Read. Resources: assetBundleExportJob*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DescribeAssetBundleExportJob.html */
  DescribeAssetBundleExportJob: "R|||4;1;|||;",
  /** Grants permission to describe an asset bundle import job. Access level: Read. Resources: assetBundleImportJob*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DescribeAssetBundleImportJob.html */
  DescribeAssetBundleImportJob: "R|||5;1;|||;",
  /** Grants permission to describe an automation job. Access level: Read. Resources: automationJob*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DescribeAutomationJob.html */
  DescribeAutomationJob: "R|||9;1;|||;",
  /** Grants permission to describe a brand. Access level: Read. Resources: brand*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DescribeBrand.html */
  DescribeBrand: "R|||10;1;|||;",
  /** Grants permission to describe a brand assignment. Access level: Read. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DescribeBrandAssignment.html */
  DescribeBrandAssignment: "R||||||;",
  /** Grants permission to describes the published version of the brand. Access level: Read. Resources: brand*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DescribeBrandPublishedVersion.html */
  DescribeBrandPublishedVersion: "R|||10;1;|||;",
  /** Grants permission to describe chat configuration. Access level: Read. Permission only. https://docs.aws.amazon.com/quicksight/latest/user/iam-actions.html */
  DescribeChatConfiguration: "R||1||||",
  /** Grants permission to describe a custom permissions resource in a QuickSight account. Access level: Read. Resources: custompermissions*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DescribeCustomPermissions.html */
  DescribeCustomPermissions: "R|||12;1;|||;",
  /** Grants permission to describe a QuickSight Dashboard. Access level: Read. Resources: dashboard*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DescribeDashboard.html */
  DescribeDashboard: "R|||13;1;|||;,DescribeDashboardDefinition",
  /** Grants permission to describe permissions for a QuickSight Dashboard. Access level: Read. Resources: dashboard*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DescribeDashboardPermissions.html */
  DescribeDashboardPermissions: "R|||13;1;|||;",
  /** Grants permission to describe a dashboard snapshot job. Access level: Read. Resources: dashboardSnapshotJob*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DescribeDashboardSnapshotJob.html */
  DescribeDashboardSnapshotJob: "R|||14;1;|||;",
  /** Grants permission to describe result of a dashboard snapshot job. Access level: Read. Resources: dashboardSnapshotJob*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DescribeDashboardSnapshotJobResult.html */
  DescribeDashboardSnapshotJobResult: "R|||14;1;|||;",
  /** Grants permission to describe dashboards qa configuration. Access level: Read. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DescribeDashboardsQAConfiguration.html */
  DescribeDashboardsQAConfiguration: "R||||||;",
  /** Grants permission to describe a dataset. Access level: Read. Resources: dataset*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DescribeDataSet.html */
  DescribeDataSet: "R|||15;1;|0,2||;",
  /** Grants permission to describe the resource policy of a dataset. Access level: Permissions management. Resources: dataset*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DescribeDataSetPermissions.html */
  DescribeDataSetPermissions: "P|||15;1;|0,2||;",
  /** Grants permission to describe refresh properties for a dataset. Access level: Read. Resources: dataset*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DescribeDataSetRefreshProperties.html */
  DescribeDataSetRefreshProperties: "R|||15;1;|||;",
  /** Grants permission to describe a data source. Access level: Read. Resources: datasource*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DescribeDataSource.html */
  DescribeDataSource: "R|||16;1;|0,2||;,DescribeOAuthClientApplication",
  /** Grants permission to describe the resource policy of a data source. Access level: Permissions management. Resources: datasource*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DescribeDataSourcePermissions.html */
  DescribeDataSourcePermissions: "P|||16;1;|0,2||;",
  /** Grants permission to describe linked QBusiness application Id for QuickSight account. Access level: Read. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DescribeDefaultQBusinessApplication.html */
  DescribeDefaultQBusinessApplication: "R||||||;",
  /** Grants permission to describe a QuickSight email customization template. Access level: Read. Resources: emailCustomizationTemplate*. Permission only. https://docs.aws.amazon.com/quicksight/latest/user/customizing-quicksight-email-templates.html */
  DescribeEmailCustomizationTemplate: "R||1|17;1;|||",
  /** Grants permission to describe an extension access. Access level: Read. Resources: extensionaccess*. Permission only. https://docs.aws.amazon.com/quicksight/latest/user/iam-actions.html */
  DescribeExtensionAccess: "R||1|18;1;|||",
  /** Grants permission to describe a QuickSight Folder. Access level: Read. Resources: folder*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DescribeFolder.html */
  DescribeFolder: "R|||20;1;|||;",
  /** Grants permission to describe permissions for a QuickSight Folder. Access level: Read. Resources: folder*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DescribeFolderPermissions.html */
  DescribeFolderPermissions: "R|||20;1;|||;",
  /** Grants permission to describe resolved permissions for a QuickSight Folder. Access level: Read. Resources: folder*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DescribeFolderResolvedPermissions.html */
  DescribeFolderResolvedPermissions: "R|||20;1;|||;",
  /** Grants permission to describe a QuickSight group. Access level: Read. Resources: group*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DescribeGroup.html */
  DescribeGroup: "R|||21;1;|||;",
  /** Grants permission to describe a QuickSight group member. Access level: Read. Resources: group*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DescribeGroupMembership.html */
  DescribeGroupMembership: "R|||21;1;10|||;",
  /** Grants permission to describe an existing assignment. Access level: Read. Resources: assignment*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DescribeIAMPolicyAssignment.html */
  DescribeIAMPolicyAssignment: "R|||6;1;|||;",
  /** Grants permission to describe a SPICE ingestion on a dataset. Access level: Read. Resources: ingestion*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DescribeIngestion.html */
  DescribeIngestion: "R|||22;1;|0,2||;",
  /** Grants permission to describe the IP restrictions for QuickSight account. Access level: Read. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DescribeIpRestriction.html */
  DescribeIpRestriction: "R||||||;",
  /** Grants permission to describe QuickSight key registration. Access level: Read. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DescribeKeyRegistration.html */
  DescribeKeyRegistration: "R|||||quicksight:ListCustomerManagedKeys|;",
  /** Grants permission to describe a QuickSight namespace. Access level: Read. Resources: namespace*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DescribeNamespace.html */
  DescribeNamespace: "R|||23;1;|||;",
  /** Grants permission to describe a personalization configuration. Access level: Read. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DescribeQPersonalizationConfiguration.html */
  DescribeQPersonalizationConfiguration: "R||||||;",
  /** Grants permission to describe index capacity. Access level: Read. Permission only. https://docs.aws.amazon.com/quicksight/latest/user/iam-actions.html */
  DescribeQuickIndexCapacity: "R||1||||",
  /** Grants permission to describe QuickSight Q Search configuration. Access level: Read. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DescribeQuickSightQSearchConfiguration.html */
  DescribeQuickSightQSearchConfiguration: "R||||||;",
  /** Grants permission to describe a refresh schedule for a dataset. Access level: Read. Resources: refreshschedule*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DescribeRefreshSchedule.html */
  DescribeRefreshSchedule: "R|||24;1;|||;",
  /** Grants permission to describe the custom permission associated with a role. Access level: Read. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DescribeRoleCustomPermission.html */
  DescribeRoleCustomPermission: "R||||||;",
  /** Grants permission to describe the administrative self upgrade configuration associated with an account. Access level: Read. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DescribeSelfUpgradeConfiguration.html */
  DescribeSelfUpgradeConfiguration: "R||||||;",
  /** Grants permission to describe a template. Access level: Read. Resources: template*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DescribeTemplate.html */
  DescribeTemplate:
    "R|||25;1;|||CreateAnalysis,CreateDashboard,CreateTemplate,;,DescribeTemplateDefinition,UpdateAnalysis,UpdateDashboard,UpdateTemplate",
  /** Grants permission to describe a template alias. Access level: Read. Resources: template*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DescribeTemplateAlias.html */
  DescribeTemplateAlias: "R|||25;1;|||;",
  /** Grants permission to describe permissions for a template. Access level: Read. Resources: template*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DescribeTemplatePermissions.html */
  DescribeTemplatePermissions: "R|||25;1;|||;",
  /** Grants permission to describe a theme. Access level: Read. Resources: theme*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DescribeTheme.html */
  DescribeTheme: "R|||26;1;|||CreateAnalysis,CreateDashboard,;,UpdateAnalysis,UpdateDashboard",
  /** Grants permission to describe a theme alias. Access level: Read. Resources: theme*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DescribeThemeAlias.html */
  DescribeThemeAlias: "R|||26;1;|||;",
  /** Grants permission to describe permissions for a theme. Access level: Read. Resources: theme*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DescribeThemePermissions.html */
  DescribeThemePermissions: "R|||26;1;|||;",
  /** Grants permission to describe a topic. Access level: Read. Resources: topic*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DescribeTopic.html */
  DescribeTopic: "R|||27;1;|0,2||;",
  /** Grants permission to describe the resource policy of a topic. Access level: Permissions management. Resources: topic*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DescribeTopicPermissions.html */
  DescribeTopicPermissions: "P|||27;1;|0,2||;",
  /** Grants permission to describe the refresh status of a topic. Access level: Read. Resources: topic*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DescribeTopicRefresh.html */
  DescribeTopicRefresh: "R|||27;1;|0,2||;",
  /** Grants permission to describe a refresh schedule for a topic. Access level: Read. Resources: topic*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DescribeTopicRefreshSchedule.html */
  DescribeTopicRefreshSchedule: "R|||27;1;|||;",
  /** Grants permission to describe a QuickSight user given the user name. Access level: Read. Resources: user*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DescribeUser.html */
  DescribeUser: "R|||28;1;|||;",
  /** Grants permission to describe a vpc connection. Access level: Read. Resources: vpcconnection*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DescribeVPCConnection.html */
  DescribeVPCConnection: "R|||29;1;|0,2||;",
  /** Grants permission to generate a URL used to embed a QuickSight Dashboard or Q Topic for a user not registered with QuickSight. Access level: Write. Resources: dashboard, namespace*, theme, topic. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_GenerateEmbedUrlForAnonymousUser.html */
  GenerateEmbedUrlForAnonymousUser: "W|||13;0;,23;1;,26;0;,27;0;|3||;",
  /** Grants permission to generate a URL used to embed a QuickSight Dashboard for a user registered with QuickSight. Access level: Write. Resources: user*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_GenerateEmbedUrlForRegisteredUser.html */
  GenerateEmbedUrlForRegisteredUser: "W|||28;1;|3||;",
  /** Grants permission to generate a URL used to embed a QuickSight Experience for a user registered with QuickSight using Identity-enhanced role session. Access level: Write. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_GenerateEmbedUrlForRegisteredUserWithIdentity.html */
  GenerateEmbedUrlForRegisteredUserWithIdentity: "W||||3||;",
  /** Grants permission to get a URL used to embed a QuickSight Dashboard for a user not registered with QuickSight. Access level: Read. Permission only. https://docs.aws.amazon.com/quicksight/latest/user/iam-actions.html */
  GetAnonymousUserEmbedUrl: "R||1||||GetDashboardEmbedUrl",
  /** Grants permission to get an auth code representing a QuickSight user. Access level: Read. Resources: user*. Permission only. https://docs.aws.amazon.com/quicksight/latest/user/iam-actions.html */
  GetAuthCode: "R||1|28;1;|||GetDashboardEmbedUrl,GetSessionEmbedUrl",
  /** Grants permission to get information about the custom permissions in an account. Access level: Read. Permission only. https://docs.aws.amazon.com/quicksight/latest/user/iam-actions.html */
  GetCustomPermissionsSummary: "R||1||||",
  /** Grants permission to get a URL used to embed a QuickSight Dashboard. Access level: Read. Resources: dashboard*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_GetDashboardEmbedUrl.html */
  GetDashboardEmbedUrl: "R|||13;1;||quicksight:GetAnonymousUserEmbedUrl,5|;",
  /** Grants permission to get metadata for a flow. Access level: Read. Resources: flow*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_GetFlowMetadata.html */
  GetFlowMetadata: "R|||19;1;|||;",
  /** Grants permission to get permissions for a flow. Access level: Read. Resources: flow*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_GetFlowPermissions.html */
  GetFlowPermissions: "R|||19;1;|||;",
  /** Grants permission to use Amazon QuickSight, in Enterprise edition, to identify and display the Microsoft Active Directory (Microsoft Active Directory) directory groups that are mapped to roles in Amazon QuickSight. Access level: Read. Permission only. https://docs.aws.amazon.com/quicksight/latest/user/iam-actions.html */
  GetGroupMapping: "R||1||||ListRoleMemberships",
  /** Grants permission to get identity context for a user. Access level: Read. Resources: user*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_GetIdentityContext.html */
  GetIdentityContext: "R|||28;1;|||;",
  /** Grants permission to get a URL to embed QuickSight console experience. Access level: Read. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_GetSessionEmbedUrl.html */
  GetSessionEmbedUrl: "R|||||5|;",
  /** Grants permission to list action connectors. Access level: List. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_ListActionConnectors.html */
  ListActionConnectors: "L||||||;",
  /** Grants permission to list agents. Access level: List. Resources: agent*. Permission only. https://docs.aws.amazon.com/quicksight/latest/user/iam-actions.html */
  ListAgents: "L||1|2;1;|||",
  /** Grants permission to list all analyses in an account. Access level: List. Resources: analysis*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_ListAnalyses.html */
  ListAnalyses: "L|||3;1;|||;",
  /** Grants permission to list all asset bundle export jobs. Access level: List. Resources: assetBundleExportJob*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_ListAssetBundleExportJobs.html */
  ListAssetBundleExportJobs: "L|||4;1;|||;",
  /** Grants permission to list all asset bundle import jobs. Access level: List. Resources: assetBundleImportJob*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_ListAssetBundleImportJobs.html */
  ListAssetBundleImportJobs: "L|||5;1;|||;",
  /** Grants permission to lists all brands in an Amazon QuickSight account. Access level: List. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_ListBrands.html */
  ListBrands: "L||||||;",
  /** Grants permission to list custom permissions resources in QuickSight account. Access level: List. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_ListCustomPermissions.html */
  ListCustomPermissions: "L||||||;",
  /** Grants permission to list all registered customer managed keys. Access level: List. Permission only. https://docs.aws.amazon.com/quicksight/latest/user/key-management.html */
  ListCustomerManagedKeys: "L||1||||DescribeKeyRegistration",
  /** Grants permission to list all versions of a QuickSight Dashboard. Access level: List. Resources: dashboard*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_ListDashboardVersions.html */
  ListDashboardVersions: "L|||13;1;|||;",
  /** Grants permission to list all Dashboards in a QuickSight Account. Access level: List. Resources: dashboard*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_ListDashboards.html */
  ListDashboards: "L|||13;1;|||;",
  /** Grants permission to list all datasets. Access level: List. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_ListDataSets.html */
  ListDataSets: "L||||0,2||;",
  /** Grants permission to list all data sources. Access level: List. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_ListDataSources.html */
  ListDataSources: "L||||0,2||;,ListOAuthClientApplications",
  /** Grants permission to list extension accesses. Access level: List. Permission only. https://docs.aws.amazon.com/quicksight/latest/user/iam-actions.html */
  ListExtensionAccesses: "L||1||||",
  /** Grants permission to list all flows in an Amazon QuickSight account. Access level: List. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_ListFlows.html */
  ListFlows: "L||||||;",
  /** Grants permission to list all members in a folder. Access level: Read. Resources: folder*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_ListFolderMembers.html */
  ListFolderMembers: "R|||20;1;|||;",
  /** Grants permission to list all Folders in a QuickSight Account. Access level: List. Resources: folder*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_ListFolders.html */
  ListFolders: "L|||20;1;|||;",
  /** Grants permission to list all Folders in which a QuickSight resource is a member. Access level: List. Resources: analysis, dashboard, dataset, datasource, topic. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_ListFoldersForResource.html */
  ListFoldersForResource: "L|||3;0;,13;0;,15;0;,16;0;,27;0;|||;,RestoreAnalysis",
  /** Grants permission to list member users in a group. Access level: List. Resources: group*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_ListGroupMemberships.html */
  ListGroupMemberships: "L|||21;1;|||;",
  /** Grants permission to list all user groups in QuickSight. Access level: List. Resources: group*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_ListGroups.html */
  ListGroups: "L|||21;1;|||;",
  /** Grants permission to list all assignments in the current Amazon QuickSight account. Access level: List. Resources: assignment*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_ListIAMPolicyAssignments.html */
  ListIAMPolicyAssignments: "L|||6;1;|||;",
  /** Grants permission to list all assignments assigned to a user and the groups it belongs. Access level: List. Resources: assignment*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_ListIAMPolicyAssignmentsForUser.html */
  ListIAMPolicyAssignmentsForUser: "L|||6;1;|||;",
  /** Grants permission to list AWS services enabled for trusted identity propagation in QuickSight. Access level: List. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_ListIdentityPropagationConfigs.html */
  ListIdentityPropagationConfigs: "L||||||;",
  /** Grants permission to list all SPICE ingestions on a dataset. Access level: List. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_ListIngestions.html */
  ListIngestions: "L||||0,2||;",
  /** Grants permission to list a user's KMS keys. Access level: List. Permission only. https://docs.aws.amazon.com/quicksight/latest/user/key-management.html */
  ListKMSKeysForUser: "L||1||||",
  /** Grants permission to lists all namespaces in a QuickSight account. Access level: List. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_ListNamespaces.html */
  ListNamespaces: "L||||||;",
  /** Grants permission to list all refresh schedules on a dataset. Access level: List. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_ListRefreshSchedules.html */
  ListRefreshSchedules: "L||||||;",
  /** Grants permission to list the members of a role. Access level: List. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_ListRoleMemberships.html */
  ListRoleMemberships: "L|||||quicksight:GetGroupMapping|;",
  /** Grants permission to list all of the pending self upgrade requests associated with an account. Access level: List. Resources: user*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_ListSelfUpgrades.html */
  ListSelfUpgrades: "L|||28;1;|||;",
  /** Grants permission to list tags of a QuickSight resource. Access level: Read. Resources: actionconnector, analysis, brand, customization, custompermissions, dashboard, dataset, datasource, emailCustomizationTemplate, flow, folder, template, theme, topic, vpcconnection. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource:
    "R|||1;0;,3;0;,10;0;,11;0;,12;0;,13;0;,15;0;,16;0;,17;0;,19;0;,20;0;,25;0;,26;0;,27;0;,29;0;|||;",
  /** Grants permission to list all aliases for a template. Access level: List. Resources: template*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_ListTemplateAliases.html */
  ListTemplateAliases: "L|||25;1;|||;",
  /** Grants permission to list all versions of a template. Access level: List. Resources: template*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_ListTemplateVersions.html */
  ListTemplateVersions: "L|||25;1;|||;",
  /** Grants permission to list all templates in a QuickSight account. Access level: List. Resources: template*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_ListTemplates.html */
  ListTemplates: "L|||25;1;|||;",
  /** Grants permission to list all aliases of a theme. Access level: List. Resources: theme*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_ListThemeAliases.html */
  ListThemeAliases: "L|||26;1;|||;",
  /** Grants permission to list all versions of a theme. Access level: List. Resources: theme*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_ListThemeVersions.html */
  ListThemeVersions: "L|||26;1;|||;",
  /** Grants permission to list all themes in an account. Access level: List. Resources: theme*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_ListThemes.html */
  ListThemes: "L|||26;1;|||;",
  /** Grants permission to list all refresh schedules on a topic. Access level: List. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_ListTopicRefreshSchedules.html */
  ListTopicRefreshSchedules: "L||||||;",
  /** Grants permission to list all reviewed answers for topic. Access level: List. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_ListTopicReviewedAnswers.html */
  ListTopicReviewedAnswers: "L||||0,2||;",
  /** Grants permission to list all topics. Access level: List. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_ListTopics.html */
  ListTopics: "L||||0,2||;",
  /** Grants permission to list groups that a given user is a member of. Access level: List. Resources: user*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_ListUserGroups.html */
  ListUserGroups: "L|||28;1;|||;",
  /** Grants permission to list all of the QuickSight users belonging to this account. Access level: List. Resources: user*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_ListUsers.html */
  ListUsers: "L|||28;1;|||;",
  /** Grants permission to list all vpc connections. Access level: List. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_ListVPCConnections.html */
  ListVPCConnections: "L||||0,2||;",
  /** Grants permission to use a dataset for a template. Access level: Read. Resources: dataset*. Permission only. https://docs.aws.amazon.com/quicksight/latest/APIReference/qs-api-overview.html */
  PassDataSet:
    "R||1|15;1;|0,2||CreateAnalysis,CreateDashboard,CreateDataSet,CreateTopic,UpdateAnalysis,UpdateDashboard,UpdateDataSet,UpdateTopic",
  /** Grants permission to use a data source for a data set. Access level: Read. Resources: datasource*. Permission only. https://docs.aws.amazon.com/quicksight/latest/APIReference/qs-api-overview.html */
  PassDataSource: "R||1|16;1;|0,2||CreateDataSet,UpdateDataSet",
  /** Grants permission to predict QA results. Access level: Read. Resources: dashboard, topic. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_PredictQAResults.html */
  PredictQAResults: "R|||13;0;,27;0;|||;",
  /** Grants permission to put dataset refresh properties for a dataset. Access level: Write. Resources: dataset*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_PutDataSetRefreshProperties.html */
  PutDataSetRefreshProperties: "W|||15;1;|||;",
  /** Grants permission to get QuickSuite usage metrics. Access level: Read. Permission only. https://docs.aws.amazon.com/quicksight/latest/user/iam-actions.html */
  QuickSuiteUsageMetrics: "R||1||||",
  /** Grants permission to register a customer managed key. Access level: Write. Permission only. https://docs.aws.amazon.com/quicksight/latest/user/key-management.html */
  RegisterCustomerManagedKey: "W||1||||UpdateKeyRegistration",
  /** Grants permission to create a QuickSight user, whose identity is associated with the IAM identity/role specified in the request. Access level: Write. Resources: user*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_RegisterUser.html */
  RegisterUser: "W|||28;1;7~9||9|;",
  /** Grants permission to remove a customer managed key. Access level: Write. Permission only. https://docs.aws.amazon.com/quicksight/latest/user/key-management.html */
  RemoveCustomerManagedKey: "W||1||||UpdateKeyRegistration",
  /** Grants permission to restore a deleted analysis. Access level: Write. Resources: analysis*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_RestoreAnalysis.html */
  RestoreAnalysis: "W|||3;1;||1,quicksight:ListFoldersForResource|;",
  /** Grants permission to manage scoping policies for permissions to AWS resources. Access level: Write. Permission only. https://docs.aws.amazon.com/quicksight/latest/user/accessing-data-sources.html */
  ScopeDownPolicy: "W||1||||",
  /** Grants permission to search action connectors. Access level: List. Resources: actionconnector*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_SearchActionConnectors.html */
  SearchActionConnectors: "L|||1;1;|||;",
  /** Grants permission to search agents. Access level: List. Resources: agent*. Permission only. https://docs.aws.amazon.com/quicksight/latest/user/iam-actions.html */
  SearchAgents: "L||1|2;1;|||",
  /** Grants permission to search for a sub-set of analyses. Access level: List. Resources: analysis*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_SearchAnalyses.html */
  SearchAnalyses: "L|||3;1;|||;",
  /** Grants permission to search for a sub-set of QuickSight Dashboards. Access level: List. Resources: dashboard*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_SearchDashboards.html */
  SearchDashboards: "L|||13;1;|||;",
  /** Grants permission to search for a sub-set of QuickSight DatSets. Access level: List. Resources: dataset*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_SearchDataSets.html */
  SearchDataSets: "L|||15;1;|||;",
  /** Grants permission to search for a sub-set of QuickSight Data Sources. Access level: List. Resources: datasource*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_SearchDataSources.html */
  SearchDataSources: "L|||16;1;|||;",
  /** Grants permission to use Amazon QuickSight, in Enterprise edition, to display your Microsoft Active Directory directory groups so that you can choose which ones to map to roles in Amazon QuickSight. Access level: List. Permission only. https://docs.aws.amazon.com/quicksight/latest/user/iam-actions.html */
  SearchDirectoryGroups: "L||1||||",
  /** Grants permission to search flows in an Amazon QuickSight account. Access level: List. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_SearchFlows.html */
  SearchFlows: "L||||||;",
  /** Grants permission to search for a sub-set of QuickSight Folders. Access level: Read. Resources: folder*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_SearchFolders.html */
  SearchFolders: "R|||20;1;|||;",
  /** Grants permission to search for a sub-set of QuickSight groups. Access level: List. Resources: group*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_SearchGroups.html */
  SearchGroups: "L|||21;1;|||;",
  /** Grants permission to search for a sub-set of topics. Access level: List. Resources: topic*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_SearchTopics.html */
  SearchTopics: "L|||27;1;|||;",
  /** Grants permission to search the QuickSight users belonging to this account. Access level: List. Resources: user*. Permission only. https://docs.aws.amazon.com/quicksight/latest/user/iam-actions.html */
  SearchUsers: "L||1|28;1;|||",
  /** Grants permission to use Amazon QuickSight, in Enterprise edition, to display your Microsoft Active Directory directory groups so that you can choose which ones to map to roles in Amazon QuickSight. Access level: Write. Permission only. https://docs.aws.amazon.com/quicksight/latest/user/iam-actions.html */
  SetGroupMapping: "W||1||||CreateRoleMembership,DeleteRoleMembership",
  /** Grants permission to start an asset bundle export job. Access level: Write. Resources: assetBundleExportJob*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_StartAssetBundleExportJob.html */
  StartAssetBundleExportJob: "W|||4;1;|||;",
  /** Grants permission to start an asset bundle import job. Access level: Write. Resources: assetBundleImportJob*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_StartAssetBundleImportJob.html */
  StartAssetBundleImportJob: "W|||5;1;|||;",
  /** Grants permission to start an automation job. Access level: Write. Resources: automation*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_StartAutomationJob.html */
  StartAutomationJob: "W|||7;1;|||;",
  /** Grants permission to start a dashboard snapshot job. Access level: Write. Resources: dashboardSnapshotJob*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_StartDashboardSnapshotJob.html */
  StartDashboardSnapshotJob: "W|||14;1;|||;",
  /** Grants permission to start a dashboard snapshot job schedule. Access level: Write. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_StartDashboardSnapshotJobSchedule.html */
  StartDashboardSnapshotJobSchedule: "W||||||;",
  /** Grants permission to subscribe to Amazon QuickSight, and also to allow the user to upgrade the subscription to Enterprise edition. Access level: Write. Permission only. https://docs.aws.amazon.com/quicksight/latest/user/iam-actions.html */
  Subscribe: "W||1||4,5||CreateAccountSubscription",
  /** Grants permission to add tags to a QuickSight resource. Access level: Tagging. Resources: actionconnector, analysis, brand, customization, custompermissions, dashboard, dataset, datasource, emailCustomizationTemplate, flow, folder, ingestion, template, theme, topic, vpcconnection. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_TagResource.html */
  TagResource:
    "T|||1;0;,3;0;,10;0;,11;0;,12;0;,13;0;,15;0;,16;0;,17;0;,19;0;,20;0;,22;0;,25;0;,26;0;,27;0;,29;0;|0,2||CreateAccountCustomization,CreateActionConnector,CreateAnalysis,CreateBrand,CreateCustomPermissions,CreateDashboard,CreateDataSet,CreateDataSource,CreateFolder,CreateNamespace,CreateOAuthClientApplication,CreateTemplate,CreateTheme,CreateTopic,CreateVPCConnection,RegisterUser,;",
  /** Grants permission to unpublish a flow. Access level: Write. Resources: flow*. Permission only. https://docs.aws.amazon.com/quicksight/latest/user/iam-actions.html */
  UnpublishFlow: "W||1|19;1;|||",
  /** Grants permission to unsubscribe from Amazon QuickSight, which permanently deletes all users and their resources from Amazon QuickSight. Access level: Write. Permission only. https://docs.aws.amazon.com/quicksight/latest/user/iam-actions.html */
  Unsubscribe: "W||1||||DeleteAccountSubscription",
  /** Grants permission to remove tags from a QuickSight resource. Access level: Tagging. Resources: actionconnector, analysis, brand, customization, custompermissions, dashboard, dataset, datasource, emailCustomizationTemplate, flow, folder, ingestion, template, theme, topic, vpcconnection. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_UntagResource.html */
  UntagResource:
    "T|||1;0;,3;0;,10;0;,11;0;,12;0;,13;0;,15;0;,16;0;,17;0;,19;0;,20;0;,22;0;,25;0;,26;0;,27;0;,29;0;|2||;",
  /** Grants permission to update the custom permission associated with an account. Access level: Write. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_UpdateAccountCustomPermission.html */
  UpdateAccountCustomPermission: "W||||||;",
  /** Grants permission to update an account customization for QuickSight account or namespace. Access level: Write. Resources: customization*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_UpdateAccountCustomization.html */
  UpdateAccountCustomization: "W|||11;1;|||;",
  /** Grants permission to update the administrative account settings for QuickSight account. Access level: Write. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_UpdateAccountSettings.html */
  UpdateAccountSettings: "W||||||;",
  /** Grants permission to update an action connector. Access level: Write. Resources: actionconnector*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_UpdateActionConnector.html */
  UpdateActionConnector: "W|||1;1;|||;",
  /** Grants permission to update permissions for an action connector. Access level: Permissions management. Resources: actionconnector*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_UpdateActionConnectorPermissions.html */
  UpdateActionConnectorPermissions: "P|||1;1;|||;",
  /** Grants permission to update agent permissions. Access level: Permissions management. Resources: agent*. Permission only. https://docs.aws.amazon.com/quicksight/latest/user/iam-actions.html */
  UpdateAgentPermissions: "P||1|2;1;|||",
  /** Grants permission to update an analysis. Access level: Write. Resources: analysis*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_UpdateAnalysis.html */
  UpdateAnalysis: "W|||3;1;||3,4,6|;",
  /** Grants permission to update permissions for an analysis. Access level: Permissions management. Resources: analysis*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_UpdateAnalysisPermissions.html */
  UpdateAnalysisPermissions: "P|||3;1;|||CreateFolderMembership,DeleteFolderMembership,;",
  /** Grants permission to update QuickSight IAM Identity Center application with Token Exchange grant. Access level: Write. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_UpdateApplicationWithTokenExchangeGrant.html */
  UpdateApplicationWithTokenExchangeGrant: "W||||||;",
  /** Grants permission to update a brand. Access level: Write. Resources: brand*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_UpdateBrand.html */
  UpdateBrand: "W|||10;1;|||;",
  /** Grants permission to update a brand assignment. Access level: Write. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_UpdateBrandAssignment.html */
  UpdateBrandAssignment: "W||||||;",
  /** Grants permission to update the published version of a brand. Access level: Write. Resources: brand*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_UpdateBrandPublishedVersion.html */
  UpdateBrandPublishedVersion: "W|||10;1;|||;",
  /** Grants permission to update chat configuration. Access level: Write. Permission only. https://docs.aws.amazon.com/quicksight/latest/user/iam-actions.html */
  UpdateChatConfiguration: "W||1||||",
  /** Grants permission to update a QuickSight custom permissions resource. Access level: Write. Resources: custompermissions*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_UpdateCustomPermissions.html */
  UpdateCustomPermissions: "W|||12;1;|||;",
  /** Grants permission to update a QuickSight Dashboard. Access level: Write. Resources: dashboard*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_UpdateDashboard.html */
  UpdateDashboard: "W|||13;1;||3,4,6|;",
  /** Grants permission to update a QuickSight Dashboard's links. Access level: Write. Resources: dashboard*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_UpdateDashboardLinks.html */
  UpdateDashboardLinks: "W|||13;1;|||;",
  /** Grants permission to update permissions for a QuickSight Dashboard. Access level: Permissions management. Resources: dashboard*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_UpdateDashboardPermissions.html */
  UpdateDashboardPermissions: "P|||13;1;|||CreateFolderMembership,DeleteFolderMembership,;",
  /** Grants permission to update a QuickSight Dashboard's Published Version. Access level: Write. Resources: dashboard*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_UpdateDashboardPublishedVersion.html */
  UpdateDashboardPublishedVersion: "W|||13;1;|||;",
  /** Grants permission to update dashboards qa configuration. Access level: Write. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_UpdateDashboardsQAConfiguration.html */
  UpdateDashboardsQAConfiguration: "W||||||;",
  /** Grants permission to update a dataset. Access level: Write. Resources: dataset*, datasource. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_UpdateDataSet.html */
  UpdateDataSet: "W|||15;1;,16;0;|0,2|6,7|;",
  /** Grants permission to update the resource policy of a dataset. Access level: Permissions management. Resources: dataset*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_UpdateDataSetPermissions.html */
  UpdateDataSetPermissions: "P|||15;1;|0,2||CreateFolderMembership,DeleteFolderMembership,;",
  /** Grants permission to update a data source. Access level: Write. Resources: datasource*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_UpdateDataSource.html */
  UpdateDataSource: "W|||16;1;|0,2|0|;,UpdateOAuthClientApplication",
  /** Grants permission to update the resource policy of a data source. Access level: Permissions management. Resources: datasource*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_UpdateDataSourcePermissions.html */
  UpdateDataSourcePermissions: "P|||16;1;|0,2||CreateFolderMembership,DeleteFolderMembership,;",
  /** Grants permission to update linked QBusiness application Id for QuickSight account. Access level: Write. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_UpdateDefaultQBusinessApplication.html */
  UpdateDefaultQBusinessApplication: "W||||||;",
  /** Grants permission to update a QuickSight email customization template. Access level: Write. Resources: emailCustomizationTemplate*. Permission only. https://docs.aws.amazon.com/quicksight/latest/user/customizing-quicksight-email-templates.html */
  UpdateEmailCustomizationTemplate: "W||1|17;1;|||",
  /** Grants permission to update an extension access. Access level: Write. Resources: extensionaccess*. Permission only. https://docs.aws.amazon.com/quicksight/latest/user/iam-actions.html */
  UpdateExtensionAccess: "W||1|18;1;|||",
  /** Grants permission to update permissions for a flow. Access level: Permissions management. Resources: flow*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_UpdateFlowPermissions.html */
  UpdateFlowPermissions: "P|||19;1;|||;",
  /** Grants permission to update a QuickSight Folder. Access level: Write. Resources: folder*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_UpdateFolder.html */
  UpdateFolder: "W|||20;1;|||;",
  /** Grants permission to update permissions for a QuickSight Folder. Access level: Permissions management. Resources: folder*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_UpdateFolderPermissions.html */
  UpdateFolderPermissions: "P|||20;1;|||;",
  /** Grants permission to change group description. Access level: Write. Resources: group*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_UpdateGroup.html */
  UpdateGroup: "W|||21;1;|||;",
  /** Grants permission to update an existing assignment. Access level: Write. Resources: assignment*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_UpdateIAMPolicyAssignment.html */
  UpdateIAMPolicyAssignment: "W|||6;1;|||;",
  /** Grants permission to add and update AWS services for trusted identity propagation in QuickSight. Access level: Write. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_UpdateIdentityPropagationConfig.html */
  UpdateIdentityPropagationConfig: "W||||||;",
  /** Grants permission to update the IP restrictions for QuickSight account. Access level: Write. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_UpdateIpRestriction.html */
  UpdateIpRestriction: "W||||||;",
  /** Grants permission to update QuickSight key registration. Access level: Write. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_UpdateKeyRegistration.html */
  UpdateKeyRegistration: "W|||||quicksight:RegisterCustomerManagedKey,quicksight:RemoveCustomerManagedKey|;",
  /** Grants permission to enable or disable public sharing on an account. Access level: Write. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_UpdatePublicSharingSettings.html */
  UpdatePublicSharingSettings: "W||||||;",
  /** Grants permission to update a personalization configuration. Access level: Write. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_UpdateQPersonalizationConfiguration.html */
  UpdateQPersonalizationConfiguration: "W||||||;",
  /** Grants permission to update index capacity. Access level: Write. Permission only. https://docs.aws.amazon.com/quicksight/latest/user/iam-actions.html */
  UpdateQuickIndexCapacity: "W||1||||",
  /** Grants permission to update QuickSight Q Search configuration. Access level: Write. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_UpdateQuickSightQSearchConfiguration.html */
  UpdateQuickSightQSearchConfiguration: "W||||||;",
  /** Grants permission to update a refresh schedule for a dataset. Access level: Write. Resources: refreshschedule*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_UpdateRefreshSchedule.html */
  UpdateRefreshSchedule: "W|||24;1;|||;",
  /** Grants permission to update resource-level permissions in QuickSight. Access level: Write. Permission only. https://docs.aws.amazon.com/quicksight/latest/user/security_iam_service-with-iam.html */
  UpdateResourcePermissions: "W||1||||",
  /** Grants permission to update the custom permission associated with a role. Access level: Write. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_UpdateRoleCustomPermission.html */
  UpdateRoleCustomPermission: "W||||||;",
  /** Grants permission to update QuickSight SPICE capacity configuration. Access level: Write. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_UpdateSPICECapacityConfiguration.html */
  UpdateSPICECapacityConfiguration: "W||||||;",
  /** Grants permission to take action on pending self upgrade requests associated with an account. Access level: Write. Resources: user*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_UpdateSelfUpgrade.html */
  UpdateSelfUpgrade: "W|||28;1;|||;",
  /** Grants permission to update the administrative self upgrade configuration associated with an account. Access level: Write. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_UpdateSelfUpgradeConfiguration.html */
  UpdateSelfUpgradeConfiguration: "W||||||;",
  /** Grants permission to update a template. Access level: Write. Resources: template*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_UpdateTemplate.html */
  UpdateTemplate: "W|||25;1;||2,3|;",
  /** Grants permission to update a template alias. Access level: Write. Resources: template*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_UpdateTemplateAlias.html */
  UpdateTemplateAlias: "W|||25;1;|||;",
  /** Grants permission to update permissions for a template. Access level: Permissions management. Resources: template*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_UpdateTemplatePermissions.html */
  UpdateTemplatePermissions: "P|||25;1;|||;",
  /** Grants permission to update a theme. Access level: Write. Resources: theme*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_UpdateTheme.html */
  UpdateTheme: "W|||26;1;|||;",
  /** Grants permission to update the alias of a theme. Access level: Write. Resources: theme*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_UpdateThemeAlias.html */
  UpdateThemeAlias: "W|||26;1;|||;",
  /** Grants permission to update permissions for a theme. Access level: Permissions management. Resources: theme*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_UpdateThemePermissions.html */
  UpdateThemePermissions: "P|||26;1;|||;",
  /** Grants permission to update a topic. Access level: Write. Resources: dataset, topic*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_UpdateTopic.html */
  UpdateTopic: "W|||15;0;,27;1;|0,2|6|;",
  /** Grants permission to update the resource policy of a topic. Access level: Permissions management. Resources: topic*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_UpdateTopicPermissions.html */
  UpdateTopicPermissions: "P|||27;1;|0,2||CreateFolderMembership,DeleteFolderMembership,;",
  /** Grants permission to update a refresh schedule for a topic. Access level: Write. Resources: topic*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_UpdateTopicRefreshSchedule.html */
  UpdateTopicRefreshSchedule: "W|||27;1;|||;",
  /** Grants permission to update an Amazon QuickSight user. Access level: Write. Resources: user*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_UpdateUser.html */
  UpdateUser: "W|||28;1;|||DeleteUserCustomPermission,;,UpdateUserCustomPermission",
  /** Grants permission to update the custom permission associated with a user. Access level: Write. Resources: user*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_UpdateUserCustomPermission.html */
  UpdateUserCustomPermission: "W|||28;1;||15|;",
  /** Grants permission to update a vpc connection. Access level: Write. Resources: vpcconnection*. https://docs.aws.amazon.com/quicksight/latest/APIReference/API_UpdateVPCConnection.html */
  UpdateVPCConnection: "W|||29;1;|0,2|0|;",
} as const;
const actionDetails = {
  AccountConfigurations: "|,;~|Grants permission to enable setting default access to AWS resources",
  AllowVendedLogDeliveryForResource: "|,;~|Grants permission to configure log delivery for QuickSuite instance",
  BatchCreateTopicReviewedAnswer: "|,;~~~|Grants permission to create reviewed answers for a topic",
  BatchDeleteTopicReviewedAnswer: "|,;~~~|Grants permission to delete reviewed answers for a topic",
  BatchGetPreferences: "|,;~|Grants permission to get user preferences",
  BatchUpdatePreferences: "|,;~|Grants permission to update user preferences",
  CancelIngestion: "|,;~~~|Grants permission to cancel a SPICE ingestions on a dataset",
  CreateAccountCustomization:
    "|,;~~~|Grants permission to create an account customization for QuickSight account or namespace",
  CreateAccountSubscription: "|,;~~~|Grants permission to subscribe to QuickSight",
  CreateActionConnector: "|,;~~~|Grants permission to create an action connector",
  CreateAdmin: "|,;~|Grants permission to provision Amazon QuickSight administrators, authors, and readers",
  CreateAnalysis: "|,;~~~|Grants permission to create an analysis from a template",
  CreateBrand: "|,;~~~|Grants permission to create an Amazon QuickSight brand",
  CreateCustomPermissions: "|,;~~~|Grants permission to create a QuickSight custom permissions resource",
  CreateDashboard: "|,;~~~|Grants permission to create a QuickSight Dashboard",
  CreateDataSet: "|,;~~~|Grants permission to create a dataset",
  CreateDataSource: "|,;~~~,~~|Grants permission to create a data source",
  CreateEmailCustomizationTemplate: "|,;~|Grants permission to create a QuickSight email customization template",
  CreateExtensionAccess: "|,;~|Grants permission to create an extension access",
  CreateFolder: "|,;~~~|Grants permission to create a QuickSight folder",
  CreateFolderMembership:
    "|,;~~~,~~,~~,~~,~~,~~|Grants permission to add a QuickSight Dashboard, Analysis or Dataset to a QuickSight Folder",
  CreateGroup: "|,;~~~|Grants permission to create a QuickSight group",
  CreateGroupMembership: "|,;~~~|Grants permission to add a QuickSight user to a QuickSight group",
  CreateIAMPolicyAssignment:
    "|,;~~~|Grants permission to create an assignment with one specified IAM Policy ARN that will be assigned to specified groups or users of QuickSight",
  CreateIngestion: "|,;~~~|Grants permission to start a SPICE ingestion on a dataset",
  CreateNamespace: "|,;~~~|Grants permission to create an QuickSight namespace",
  CreateReader: "|,;~|Grants permission to provision Amazon QuickSight readers",
  CreateRefreshSchedule: "|,;~~~|Grants permission to create a refresh schedule for a dataset",
  CreateRoleMembership: "|,;~~~|Grants permission to add a group member to a role",
  CreateTemplate: "|,;~~~|Grants permission to create a template",
  CreateTemplateAlias: "|,;~~~|Grants permission to create a template alias",
  CreateTheme: "|,;~~~|Grants permission to create a theme",
  CreateThemeAlias: "|,;~~~|Grants permission to create an alias for a theme version",
  CreateTopic: "|,;~~~|Grants permission to create a topic",
  CreateTopicRefreshSchedule: "|,;~~~|Grants permission to create a refresh schedule for a topic",
  CreateUser: "|,;~|Grants permission to provision Amazon QuickSight authors and readers",
  CreateVPCConnection: "|,;~~~|Grants permission to create a vpc connection",
  DeleteAccountCustomPermission: "|,;~~~|Grants permission to remove the custom permission associated with an account",
  DeleteAccountCustomization:
    "|,;~~~|Grants permission to delete an account customization for QuickSight account or namespace",
  DeleteAccountSubscription: "|,;~~~|Grants permission to delete a QuickSight account",
  DeleteActionConnector: "|,;~~~|Grants permission to delete an action connector",
  DeleteAnalysis: "|,;~~~|Grants permission to delete an analysis",
  DeleteBrand: "|,;~~~|Grants permission to delete an Amazon QuickSight brand",
  DeleteBrandAssignment: "|,;~~~|Grants permission to delete a brand assignment",
  DeleteCustomPermissions: "|,;~~~|Grants permission to delete a QuickSight custom permissions resource",
  DeleteDashboard: "|,;~~~|Grants permission to delete a QuickSight Dashboard",
  DeleteDataSet: "|,;~~~|Grants permission to delete a dataset",
  DeleteDataSetRefreshProperties: "|,;~~~|Grants permission to delete dataset refresh properties for a dataset",
  DeleteDataSource: "|,;~~~,~~|Grants permission to delete a data source",
  DeleteDefaultQBusinessApplication:
    "|,;~~~|Grants permission to delete linked QBusiness application for QuickSight account",
  DeleteEmailCustomizationTemplate: "|,;~|Grants permission to delete a QuickSight email customization template",
  DeleteExtensionAccess: "|,;~|Grants permission to delete an extension access",
  DeleteFolder: "|,;~~~|Grants permission to delete a QuickSight Folder",
  DeleteFolderMembership:
    "|,;~~~|Grants permission to remove a QuickSight Dashboard, Analysis or Dataset from a QuickSight Folder",
  DeleteGroup: "|,;~~~|Grants permission to remove a user group from QuickSight",
  DeleteGroupMembership:
    "|,;~~~|Grants permission to remove a user from a group so that he/she is no longer a member of the group",
  DeleteIAMPolicyAssignment: "|,;~~~|Grants permission to update an existing assignment",
  DeleteIdentityPropagationConfig:
    "|,;~~~|Grants permission to remove AWS services for trusted identity propagation in QuickSight",
  DeleteNamespace: "|,;~~~|Grants permission to delete a QuickSight namespace",
  DeleteRefreshSchedule: "|,;~~~|Grants permission to delete a refresh schedule for a dataset",
  DeleteRoleCustomPermission: "|,;~~~|Grants permission to remove the custom permission associated with a role",
  DeleteRoleMembership: "|,;~~~|Grants permission to remove a group member from a role",
  DeleteTemplate: "|,;~~~|Grants permission to delete a template",
  DeleteTemplateAlias: "|,;~~~|Grants permission to delete a template alias",
  DeleteTheme: "|,;~~~|Grants permission to delete a theme",
  DeleteThemeAlias: "|,;~~~|Grants permission to delete the alias of a theme",
  DeleteTopic: "|,;~~~|Grants permission to delete a topic",
  DeleteTopicRefreshSchedule: "|,;~~~|Grants permission to delete a refresh schedule for a topic",
  DeleteUser: "|,;~~~|Grants permission to delete a QuickSight user, given the user name",
  DeleteUserByPrincipalId: "|,;~~~|Grants permission to delete a user identified by its principal ID",
  DeleteUserCustomPermission: "|,;~~~|Grants permission to remove the custom permission associated with a user",
  DeleteVPCConnection: "|,;~~~|Grants permission to delete a vpc connection",
  DescribeAccountCustomPermission:
    "|,;~~~|Grants permission to describe the custom permission associated with an account",
  DescribeAccountCustomization:
    "|,;~~~|Grants permission to describe an account customization for QuickSight account or namespace",
  DescribeAccountSettings:
    "|,;~~~|Grants permission to describe the administrative account settings for QuickSight account",
  DescribeAccountSubscription: "|,;~~~|Grants permission to describe a QuickSight account",
  DescribeActionConnector: "|,;~~~|Grants permission to describe an action connector",
  DescribeActionConnectorPermissions: "|,;~~~|Grants permission to describe permissions for an action connector",
  DescribeAgent: "|,;~|Grants permission to describe an agent",
  DescribeAgentPermissions: "|,;~|Grants permission to describe agent's permissions",
  DescribeAnalysis: "|,;~~~,~~,~~,~~|Grants permission to describe an analysis",
  DescribeAnalysisPermissions: "|,;~~~|Grants permission to describe permissions for an analysis",
  DescribeAssetBundleExportJob: "|,;~~~|Grants permission to describe an asset bundle export job",
  DescribeAssetBundleImportJob: "|,;~~~|Grants permission to describe an asset bundle import job",
  DescribeAutomationJob: "|,;~~~|Grants permission to describe an automation job",
  DescribeBrand: "|,;~~~|Grants permission to describe a brand",
  DescribeBrandAssignment: "|,;~~~|Grants permission to describe a brand assignment",
  DescribeBrandPublishedVersion: "|,;~~~|Grants permission to describes the published version of the brand",
  DescribeChatConfiguration: "|,;~|Grants permission to describe chat configuration",
  DescribeCustomPermissions:
    "|,;~~~|Grants permission to describe a custom permissions resource in a QuickSight account",
  DescribeDashboard: "|,;~~~,~~|Grants permission to describe a QuickSight Dashboard",
  DescribeDashboardPermissions: "|,;~~~|Grants permission to describe permissions for a QuickSight Dashboard",
  DescribeDashboardSnapshotJob: "|,;~~~|Grants permission to describe a dashboard snapshot job",
  DescribeDashboardSnapshotJobResult: "|,;~~~|Grants permission to describe result of a dashboard snapshot job",
  DescribeDashboardsQAConfiguration: "|,;~~~|Grants permission to describe dashboards qa configuration",
  DescribeDataSet: "|,;~~~|Grants permission to describe a dataset",
  DescribeDataSetPermissions: "|,;~~~|Grants permission to describe the resource policy of a dataset",
  DescribeDataSetRefreshProperties: "|,;~~~|Grants permission to describe refresh properties for a dataset",
  DescribeDataSource: "|,;~~~,~~|Grants permission to describe a data source",
  DescribeDataSourcePermissions: "|,;~~~|Grants permission to describe the resource policy of a data source",
  DescribeDefaultQBusinessApplication:
    "|,;~~~|Grants permission to describe linked QBusiness application Id for QuickSight account",
  DescribeEmailCustomizationTemplate: "|,;~|Grants permission to describe a QuickSight email customization template",
  DescribeExtensionAccess: "|,;~|Grants permission to describe an extension access",
  DescribeFolder: "|,;~~~|Grants permission to describe a QuickSight Folder",
  DescribeFolderPermissions: "|,;~~~|Grants permission to describe permissions for a QuickSight Folder",
  DescribeFolderResolvedPermissions:
    "|,;~~~|Grants permission to describe resolved permissions for a QuickSight Folder",
  DescribeGroup: "|,;~~~|Grants permission to describe a QuickSight group",
  DescribeGroupMembership: "|,;~~~|Grants permission to describe a QuickSight group member",
  DescribeIAMPolicyAssignment: "|,;~~~|Grants permission to describe an existing assignment",
  DescribeIngestion: "|,;~~~|Grants permission to describe a SPICE ingestion on a dataset",
  DescribeIpRestriction: "|,;~~~|Grants permission to describe the IP restrictions for QuickSight account",
  DescribeKeyRegistration: "|,;~~~|Grants permission to describe QuickSight key registration",
  DescribeNamespace: "|,;~~~|Grants permission to describe a QuickSight namespace",
  DescribeQPersonalizationConfiguration: "|,;~~~|Grants permission to describe a personalization configuration",
  DescribeQuickIndexCapacity: "|,;~|Grants permission to describe index capacity",
  DescribeQuickSightQSearchConfiguration: "|,;~~~|Grants permission to describe QuickSight Q Search configuration",
  DescribeRefreshSchedule: "|,;~~~|Grants permission to describe a refresh schedule for a dataset",
  DescribeRoleCustomPermission: "|,;~~~|Grants permission to describe the custom permission associated with a role",
  DescribeSelfUpgradeConfiguration:
    "|,;~~~|Grants permission to describe the administrative self upgrade configuration associated with an account",
  DescribeTemplate: "|,;~~~,~~,~~,~~,~~,~~,~~,~~|Grants permission to describe a template",
  DescribeTemplateAlias: "|,;~~~|Grants permission to describe a template alias",
  DescribeTemplatePermissions: "|,;~~~|Grants permission to describe permissions for a template",
  DescribeTheme: "|,;~~~,~~,~~,~~,~~|Grants permission to describe a theme",
  DescribeThemeAlias: "|,;~~~|Grants permission to describe a theme alias",
  DescribeThemePermissions: "|,;~~~|Grants permission to describe permissions for a theme",
  DescribeTopic: "|,;~~~|Grants permission to describe a topic",
  DescribeTopicPermissions: "|,;~~~|Grants permission to describe the resource policy of a topic",
  DescribeTopicRefresh: "|,;~~~|Grants permission to describe the refresh status of a topic",
  DescribeTopicRefreshSchedule: "|,;~~~|Grants permission to describe a refresh schedule for a topic",
  DescribeUser: "|,;~~~|Grants permission to describe a QuickSight user given the user name",
  DescribeVPCConnection: "|,;~~~|Grants permission to describe a vpc connection",
  GenerateEmbedUrlForAnonymousUser:
    "|,;~~~|Grants permission to generate a URL used to embed a QuickSight Dashboard or Q Topic for a user not registered with QuickSight",
  GenerateEmbedUrlForRegisteredUser:
    "|,;~~~|Grants permission to generate a URL used to embed a QuickSight Dashboard for a user registered with QuickSight",
  GenerateEmbedUrlForRegisteredUserWithIdentity:
    "|,;~~~|Grants permission to generate a URL used to embed a QuickSight Experience for a user registered with QuickSight using Identity-enhanced role session",
  GetAnonymousUserEmbedUrl:
    "|,;~~~|Grants permission to get a URL used to embed a QuickSight Dashboard for a user not registered with QuickSight",
  GetAuthCode: "|,;~~~,~~|Grants permission to get an auth code representing a QuickSight user",
  GetCustomPermissionsSummary: "|,;~|Grants permission to get information about the custom permissions in an account",
  GetDashboardEmbedUrl: "|,;~~~|Grants permission to get a URL used to embed a QuickSight Dashboard",
  GetFlowMetadata: "|,;~~~|Grants permission to get metadata for a flow",
  GetFlowPermissions: "|,;~~~|Grants permission to get permissions for a flow",
  GetGroupMapping:
    "|,;~~~|Grants permission to use Amazon QuickSight, in Enterprise edition, to identify and display the Microsoft Active Directory (Microsoft Active Directory) directory groups that are mapped to roles in Amazon QuickSight",
  GetIdentityContext: "|,;~~~|Grants permission to get identity context for a user",
  GetSessionEmbedUrl: "|,;~~~|Grants permission to get a URL to embed QuickSight console experience",
  ListActionConnectors: "|,;~~~|Grants permission to list action connectors",
  ListAgents: "|,;~|Grants permission to list agents",
  ListAnalyses: "|,;~~~|Grants permission to list all analyses in an account",
  ListAssetBundleExportJobs: "|,;~~~|Grants permission to list all asset bundle export jobs",
  ListAssetBundleImportJobs: "|,;~~~|Grants permission to list all asset bundle import jobs",
  ListBrands: "|,;~~~|Grants permission to lists all brands in an Amazon QuickSight account",
  ListCustomPermissions: "|,;~~~|Grants permission to list custom permissions resources in QuickSight account",
  ListCustomerManagedKeys: "|,;~~~|Grants permission to list all registered customer managed keys",
  ListDashboardVersions: "|,;~~~|Grants permission to list all versions of a QuickSight Dashboard",
  ListDashboards: "|,;~~~|Grants permission to list all Dashboards in a QuickSight Account",
  ListDataSets: "|,;~~~|Grants permission to list all datasets",
  ListDataSources: "|,;~~~,~~|Grants permission to list all data sources",
  ListExtensionAccesses: "|,;~|Grants permission to list extension accesses",
  ListFlows: "|,;~~~|Grants permission to list all flows in an Amazon QuickSight account",
  ListFolderMembers: "|,;~~~|Grants permission to list all members in a folder",
  ListFolders: "|,;~~~|Grants permission to list all Folders in a QuickSight Account",
  ListFoldersForResource: "|,;~~~,~~|Grants permission to list all Folders in which a QuickSight resource is a member",
  ListGroupMemberships: "|,;~~~|Grants permission to list member users in a group",
  ListGroups: "|,;~~~|Grants permission to list all user groups in QuickSight",
  ListIAMPolicyAssignments: "|,;~~~|Grants permission to list all assignments in the current Amazon QuickSight account",
  ListIAMPolicyAssignmentsForUser:
    "|,;~~~|Grants permission to list all assignments assigned to a user and the groups it belongs",
  ListIdentityPropagationConfigs:
    "|,;~~~|Grants permission to list AWS services enabled for trusted identity propagation in QuickSight",
  ListIngestions: "|,;~~~|Grants permission to list all SPICE ingestions on a dataset",
  ListKMSKeysForUser: "|,;~|Grants permission to list a user's KMS keys",
  ListNamespaces: "|,;~~~|Grants permission to lists all namespaces in a QuickSight account",
  ListRefreshSchedules: "|,;~~~|Grants permission to list all refresh schedules on a dataset",
  ListRoleMemberships: "|,;~~~|Grants permission to list the members of a role",
  ListSelfUpgrades:
    "|,;~~~|Grants permission to list all of the pending self upgrade requests associated with an account",
  ListTagsForResource: "|,;~~~|Grants permission to list tags of a QuickSight resource",
  ListTemplateAliases: "|,;~~~|Grants permission to list all aliases for a template",
  ListTemplateVersions: "|,;~~~|Grants permission to list all versions of a template",
  ListTemplates: "|,;~~~|Grants permission to list all templates in a QuickSight account",
  ListThemeAliases: "|,;~~~|Grants permission to list all aliases of a theme",
  ListThemeVersions: "|,;~~~|Grants permission to list all versions of a theme",
  ListThemes: "|,;~~~|Grants permission to list all themes in an account",
  ListTopicRefreshSchedules: "|,;~~~|Grants permission to list all refresh schedules on a topic",
  ListTopicReviewedAnswers: "|,;~~~|Grants permission to list all reviewed answers for topic",
  ListTopics: "|,;~~~|Grants permission to list all topics",
  ListUserGroups: "|,;~~~|Grants permission to list groups that a given user is a member of",
  ListUsers: "|,;~~~|Grants permission to list all of the QuickSight users belonging to this account",
  ListVPCConnections: "|,;~~~|Grants permission to list all vpc connections",
  PassDataSet: "|,;~~~,~~,~~,~~,~~,~~,~~,~~|Grants permission to use a dataset for a template",
  PassDataSource: "|,;~~~,~~|Grants permission to use a data source for a data set",
  PredictQAResults: "|,;~~~|Grants permission to predict QA results",
  PutDataSetRefreshProperties: "|,;~~~|Grants permission to put dataset refresh properties for a dataset",
  QuickSuiteUsageMetrics: "|,;~|Grants permission to get QuickSuite usage metrics",
  RegisterCustomerManagedKey: "|,;~~~|Grants permission to register a customer managed key",
  RegisterUser:
    "|,;~~~|Grants permission to create a QuickSight user, whose identity is associated with the IAM identity/role specified in the request",
  RemoveCustomerManagedKey: "|,;~~~|Grants permission to remove a customer managed key",
  RestoreAnalysis: "|,;~~~|Grants permission to restore a deleted analysis",
  ScopeDownPolicy: "|,;~|Grants permission to manage scoping policies for permissions to AWS resources",
  SearchActionConnectors: "|,;~~~|Grants permission to search action connectors",
  SearchAgents: "|,;~|Grants permission to search agents",
  SearchAnalyses: "|,;~~~|Grants permission to search for a sub-set of analyses",
  SearchDashboards: "|,;~~~|Grants permission to search for a sub-set of QuickSight Dashboards",
  SearchDataSets: "|,;~~~|Grants permission to search for a sub-set of QuickSight DatSets",
  SearchDataSources: "|,;~~~|Grants permission to search for a sub-set of QuickSight Data Sources",
  SearchDirectoryGroups:
    "|,;~|Grants permission to use Amazon QuickSight, in Enterprise edition, to display your Microsoft Active Directory directory groups so that you can choose which ones to map to roles in Amazon QuickSight",
  SearchFlows: "|,;~~~|Grants permission to search flows in an Amazon QuickSight account",
  SearchFolders: "|,;~~~|Grants permission to search for a sub-set of QuickSight Folders",
  SearchGroups: "|,;~~~|Grants permission to search for a sub-set of QuickSight groups",
  SearchTopics: "|,;~~~|Grants permission to search for a sub-set of topics",
  SearchUsers: "|,;~|Grants permission to search the QuickSight users belonging to this account",
  SetGroupMapping:
    "|,;~~~,~~|Grants permission to use Amazon QuickSight, in Enterprise edition, to display your Microsoft Active Directory directory groups so that you can choose which ones to map to roles in Amazon QuickSight",
  StartAssetBundleExportJob: "|,;~~~|Grants permission to start an asset bundle export job",
  StartAssetBundleImportJob: "|,;~~~|Grants permission to start an asset bundle import job",
  StartAutomationJob: "|,;~~~|Grants permission to start an automation job",
  StartDashboardSnapshotJob: "|,;~~~|Grants permission to start a dashboard snapshot job",
  StartDashboardSnapshotJobSchedule: "|,;~~~|Grants permission to start a dashboard snapshot job schedule",
  Subscribe:
    "|,;~~~|Grants permission to subscribe to Amazon QuickSight, and also to allow the user to upgrade the subscription to Enterprise edition",
  TagResource:
    "|,;~~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~|Grants permission to add tags to a QuickSight resource",
  UnpublishFlow: "|,;~|Grants permission to unpublish a flow",
  Unsubscribe:
    "|,;~~~|Grants permission to unsubscribe from Amazon QuickSight, which permanently deletes all users and their resources from Amazon QuickSight",
  UntagResource: "|,;~~~|Grants permission to remove tags from a QuickSight resource",
  UpdateAccountCustomPermission: "|,;~~~|Grants permission to update the custom permission associated with an account",
  UpdateAccountCustomization:
    "|,;~~~|Grants permission to update an account customization for QuickSight account or namespace",
  UpdateAccountSettings:
    "|,;~~~|Grants permission to update the administrative account settings for QuickSight account",
  UpdateActionConnector: "|,;~~~|Grants permission to update an action connector",
  UpdateActionConnectorPermissions: "|,;~~~|Grants permission to update permissions for an action connector",
  UpdateAgentPermissions: "|,;~|Grants permission to update agent permissions",
  UpdateAnalysis: "|,;~~~|Grants permission to update an analysis",
  UpdateAnalysisPermissions: "|,;~~~,~~,~~|Grants permission to update permissions for an analysis",
  UpdateApplicationWithTokenExchangeGrant:
    "|,;~~~|Grants permission to update QuickSight IAM Identity Center application with Token Exchange grant",
  UpdateBrand: "|,;~~~|Grants permission to update a brand",
  UpdateBrandAssignment: "|,;~~~|Grants permission to update a brand assignment",
  UpdateBrandPublishedVersion: "|,;~~~|Grants permission to update the published version of a brand",
  UpdateChatConfiguration: "|,;~|Grants permission to update chat configuration",
  UpdateCustomPermissions: "|,;~~~|Grants permission to update a QuickSight custom permissions resource",
  UpdateDashboard: "|,;~~~|Grants permission to update a QuickSight Dashboard",
  UpdateDashboardLinks: "|,;~~~|Grants permission to update a QuickSight Dashboard's links",
  UpdateDashboardPermissions: "|,;~~~,~~,~~|Grants permission to update permissions for a QuickSight Dashboard",
  UpdateDashboardPublishedVersion: "|,;~~~|Grants permission to update a QuickSight Dashboard's Published Version",
  UpdateDashboardsQAConfiguration: "|,;~~~|Grants permission to update dashboards qa configuration",
  UpdateDataSet: "|,;~~~|Grants permission to update a dataset",
  UpdateDataSetPermissions: "|,;~~~,~~,~~|Grants permission to update the resource policy of a dataset",
  UpdateDataSource: "|,;~~~,~~|Grants permission to update a data source",
  UpdateDataSourcePermissions: "|,;~~~,~~,~~|Grants permission to update the resource policy of a data source",
  UpdateDefaultQBusinessApplication:
    "|,;~~~|Grants permission to update linked QBusiness application Id for QuickSight account",
  UpdateEmailCustomizationTemplate: "|,;~|Grants permission to update a QuickSight email customization template",
  UpdateExtensionAccess: "|,;~|Grants permission to update an extension access",
  UpdateFlowPermissions: "|,;~~~|Grants permission to update permissions for a flow",
  UpdateFolder: "|,;~~~|Grants permission to update a QuickSight Folder",
  UpdateFolderPermissions: "|,;~~~|Grants permission to update permissions for a QuickSight Folder",
  UpdateGroup: "|,;~~~|Grants permission to change group description",
  UpdateIAMPolicyAssignment: "|,;~~~|Grants permission to update an existing assignment",
  UpdateIdentityPropagationConfig:
    "|,;~~~|Grants permission to add and update AWS services for trusted identity propagation in QuickSight",
  UpdateIpRestriction: "|,;~~~|Grants permission to update the IP restrictions for QuickSight account",
  UpdateKeyRegistration: "|,;~~~|Grants permission to update QuickSight key registration",
  UpdatePublicSharingSettings: "|,;~~~|Grants permission to enable or disable public sharing on an account",
  UpdateQPersonalizationConfiguration: "|,;~~~|Grants permission to update a personalization configuration",
  UpdateQuickIndexCapacity: "|,;~|Grants permission to update index capacity",
  UpdateQuickSightQSearchConfiguration: "|,;~~~|Grants permission to update QuickSight Q Search configuration",
  UpdateRefreshSchedule: "|,;~~~|Grants permission to update a refresh schedule for a dataset",
  UpdateResourcePermissions: "|,;~|Grants permission to update resource-level permissions in QuickSight",
  UpdateRoleCustomPermission: "|,;~~~|Grants permission to update the custom permission associated with a role",
  UpdateSPICECapacityConfiguration: "|,;~~~|Grants permission to update QuickSight SPICE capacity configuration",
  UpdateSelfUpgrade:
    "|,;~~~|Grants permission to take action on pending self upgrade requests associated with an account",
  UpdateSelfUpgradeConfiguration:
    "|,;~~~|Grants permission to update the administrative self upgrade configuration associated with an account",
  UpdateTemplate: "|,;~~~|Grants permission to update a template",
  UpdateTemplateAlias: "|,;~~~|Grants permission to update a template alias",
  UpdateTemplatePermissions: "|,;~~~|Grants permission to update permissions for a template",
  UpdateTheme: "|,;~~~|Grants permission to update a theme",
  UpdateThemeAlias: "|,;~~~|Grants permission to update the alias of a theme",
  UpdateThemePermissions: "|,;~~~|Grants permission to update permissions for a theme",
  UpdateTopic: "|,;~~~|Grants permission to update a topic",
  UpdateTopicPermissions: "|,;~~~,~~,~~|Grants permission to update the resource policy of a topic",
  UpdateTopicRefreshSchedule: "|,;~~~|Grants permission to update a refresh schedule for a topic",
  UpdateUser: "|,;~~~,~~,~~|Grants permission to update an Amazon QuickSight user",
  UpdateUserCustomPermission: "|,;~~~|Grants permission to update the custom permission associated with a user",
  UpdateVPCConnection: "|,;~~~|Grants permission to update a vpc connection",
};
const resourceTypeFacts = {
  /** The account resource type: arn:${Partition}:quicksight:${Region}:${Account}:account/${ResourceId} */
  account: "|,|",
  /** The actionconnector resource type: arn:${Partition}:quicksight:${Region}:${Account}:action-connector/${ResourceId} */
  actionconnector: "|,|1",
  /** The agent resource type: arn:${Partition}:quicksight:${Region}:${Account}:agent/${ResourceId} */
  agent: "|,|",
  /** The analysis resource type: arn:${Partition}:quicksight:${Region}:${Account}:analysis/${ResourceId} */
  analysis: "|,|1",
  /** The assetBundleExportJob resource type: arn:${Partition}:quicksight:${Region}:${Account}:asset-bundle-export-job/${ResourceId} */
  assetBundleExportJob: "|,|",
  /** The assetBundleImportJob resource type: arn:${Partition}:quicksight:${Region}:${Account}:asset-bundle-import-job/${ResourceId} */
  assetBundleImportJob: "|,|",
  /** The assignment resource type: arn:${Partition}:quicksight::${Account}:assignment/${ResourceId} */
  assignment: "|,|",
  /** The automation resource type: arn:${Partition}:quicksight:${Region}:${Account}:automation-group/${AutomationGroupId}/automation/${ResourceId} */
  automation: "|,|",
  /** The automationGroup resource type: arn:${Partition}:quicksight:${Region}:${Account}:automation-group/${ResourceId} */
  automationGroup: "|,|",
  /** The automationJob resource type: arn:${Partition}:quicksight:${Region}:${Account}:automation-group/${AutomationGroupId}/automation/${AutomationId}/job/${ResourceId} */
  automationJob: "|,|",
  /** The brand resource type: arn:${Partition}:quicksight:${Region}:${Account}:brand/${ResourceId} */
  brand: "|,|1",
  /** The customization resource type: arn:${Partition}:quicksight:${Region}:${Account}:customization/${ResourceId} */
  customization: "|,|1",
  /** The custompermissions resource type: arn:${Partition}:quicksight:${Region}:${Account}:custompermissions/${ResourceId} */
  custompermissions: "|,|1",
  /** The dashboard resource type: arn:${Partition}:quicksight:${Region}:${Account}:dashboard/${ResourceId} */
  dashboard: "|,|1",
  /** The dashboardSnapshotJob resource type: arn:${Partition}:quicksight:${Region}:${Account}:dashboard/${DashboardId}/snapshot-job/${ResourceId} */
  dashboardSnapshotJob: "|,|1",
  /** The dataset resource type: arn:${Partition}:quicksight:${Region}:${Account}:dataset/${ResourceId} */
  dataset: "|,|1",
  /** The datasource resource type: arn:${Partition}:quicksight:${Region}:${Account}:datasource/${ResourceId} */
  datasource: "|,|1",
  /** The emailCustomizationTemplate resource type: arn:${Partition}:quicksight:${Region}:${Account}:email-customization-template/${ResourceId} */
  emailCustomizationTemplate: "|,|1",
  /** The extensionaccess resource type: arn:${Partition}:quicksight:${Region}:${Account}:extension-access/${ResourceId} */
  extensionaccess: "|,|",
  /** The flow resource type: arn:${Partition}:quicksight:${Region}:${Account}:flow/${ResourceId} */
  flow: "|,|1",
  /** The folder resource type: arn:${Partition}:quicksight:${Region}:${Account}:folder/${ResourceId} */
  folder: "|,|1",
  /** The group resource type: arn:${Partition}:quicksight:${Region}:${Account}:group/${ResourceId} */
  group: "|,|",
  /** The ingestion resource type: arn:${Partition}:quicksight:${Region}:${Account}:dataset/${DatasetId}/ingestion/${ResourceId} */
  ingestion: "|,|1",
  /** The namespace resource type: arn:${Partition}:quicksight:${Region}:${Account}:namespace/${ResourceId} */
  namespace: "|,|",
  /** The refreshschedule resource type: arn:${Partition}:quicksight:${Region}:${Account}:dataset/${DatasetId}/refresh-schedule/${ResourceId} */
  refreshschedule: "|,|",
  /** The template resource type: arn:${Partition}:quicksight:${Region}:${Account}:template/${ResourceId} */
  template: "|,|1",
  /** The theme resource type: arn:${Partition}:quicksight:${Region}:${Account}:theme/${ResourceId} */
  theme: "|,|1",
  /** The topic resource type: arn:${Partition}:quicksight:${Region}:${Account}:topic/${ResourceId} */
  topic: "|,|1",
  /** The user resource type: arn:${Partition}:quicksight:${Region}:${Account}:user/${ResourceId} */
  user: "|,|",
  /** The vpcconnection resource type: arn:${Partition}:quicksight:${Region}:${Account}:vpcConnection/${ResourceId} */
  vpcconnection: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a account resource: arn:${Partition}:quicksight:${Region}:${Account}:account/${ResourceId}. */
  account: "|,account|arn:|Partition|:quicksight:|Region|:|Account|:account/|ResourceId|",
  /** ARN of a actionconnector resource: arn:${Partition}:quicksight:${Region}:${Account}:action-connector/${ResourceId}. */
  actionconnector: "|,actionconnector|arn:|Partition|:quicksight:|Region|:|Account|:action-connector/|ResourceId|",
  /** ARN of a agent resource: arn:${Partition}:quicksight:${Region}:${Account}:agent/${ResourceId}. */
  agent: "|,agent|arn:|Partition|:quicksight:|Region|:|Account|:agent/|ResourceId|",
  /** ARN of a analysis resource: arn:${Partition}:quicksight:${Region}:${Account}:analysis/${ResourceId}. */
  analysis: "|,analysis|arn:|Partition|:quicksight:|Region|:|Account|:analysis/|ResourceId|",
  /** ARN of a assetBundleExportJob resource: arn:${Partition}:quicksight:${Region}:${Account}:asset-bundle-export-job/${ResourceId}. */
  assetBundleExportJob:
    "|,assetBundleExportJob|arn:|Partition|:quicksight:|Region|:|Account|:asset-bundle-export-job/|ResourceId|",
  /** ARN of a assetBundleImportJob resource: arn:${Partition}:quicksight:${Region}:${Account}:asset-bundle-import-job/${ResourceId}. */
  assetBundleImportJob:
    "|,assetBundleImportJob|arn:|Partition|:quicksight:|Region|:|Account|:asset-bundle-import-job/|ResourceId|",
  /** ARN of a assignment resource: arn:${Partition}:quicksight::${Account}:assignment/${ResourceId}. */
  assignment: "|,assignment|arn:|Partition|:quicksight::|Account|:assignment/|ResourceId|",
  /** ARN of a automation resource: arn:${Partition}:quicksight:${Region}:${Account}:automation-group/${AutomationGroupId}/automation/${ResourceId}. */
  automation:
    "|,automation|arn:|Partition|:quicksight:|Region|:|Account|:automation-group/|AutomationGroupId|/automation/|ResourceId|",
  /** ARN of a automationGroup resource: arn:${Partition}:quicksight:${Region}:${Account}:automation-group/${ResourceId}. */
  automationGroup: "|,automationGroup|arn:|Partition|:quicksight:|Region|:|Account|:automation-group/|ResourceId|",
  /** ARN of a automationJob resource: arn:${Partition}:quicksight:${Region}:${Account}:automation-group/${AutomationGroupId}/automation/${AutomationId}/job/${ResourceId}. */
  automationJob:
    "|,automationJob|arn:|Partition|:quicksight:|Region|:|Account|:automation-group/|AutomationGroupId|/automation/|AutomationId|/job/|ResourceId|",
  /** ARN of a brand resource: arn:${Partition}:quicksight:${Region}:${Account}:brand/${ResourceId}. */
  brand: "|,brand|arn:|Partition|:quicksight:|Region|:|Account|:brand/|ResourceId|",
  /** ARN of a customization resource: arn:${Partition}:quicksight:${Region}:${Account}:customization/${ResourceId}. */
  customization: "|,customization|arn:|Partition|:quicksight:|Region|:|Account|:customization/|ResourceId|",
  /** ARN of a custompermissions resource: arn:${Partition}:quicksight:${Region}:${Account}:custompermissions/${ResourceId}. */
  custompermissions: "|,custompermissions|arn:|Partition|:quicksight:|Region|:|Account|:custompermissions/|ResourceId|",
  /** ARN of a dashboard resource: arn:${Partition}:quicksight:${Region}:${Account}:dashboard/${ResourceId}. */
  dashboard: "|,dashboard|arn:|Partition|:quicksight:|Region|:|Account|:dashboard/|ResourceId|",
  /** ARN of a dashboardSnapshotJob resource: arn:${Partition}:quicksight:${Region}:${Account}:dashboard/${DashboardId}/snapshot-job/${ResourceId}. */
  dashboardSnapshotJob:
    "|,dashboardSnapshotJob|arn:|Partition|:quicksight:|Region|:|Account|:dashboard/|DashboardId|/snapshot-job/|ResourceId|",
  /** ARN of a dataset resource: arn:${Partition}:quicksight:${Region}:${Account}:dataset/${ResourceId}. */
  dataset: "|,dataset|arn:|Partition|:quicksight:|Region|:|Account|:dataset/|ResourceId|",
  /** ARN of a datasource resource: arn:${Partition}:quicksight:${Region}:${Account}:datasource/${ResourceId}. */
  datasource: "|,datasource|arn:|Partition|:quicksight:|Region|:|Account|:datasource/|ResourceId|",
  /** ARN of a emailCustomizationTemplate resource: arn:${Partition}:quicksight:${Region}:${Account}:email-customization-template/${ResourceId}. */
  emailCustomizationTemplate:
    "|,emailCustomizationTemplate|arn:|Partition|:quicksight:|Region|:|Account|:email-customization-template/|ResourceId|",
  /** ARN of a extensionaccess resource: arn:${Partition}:quicksight:${Region}:${Account}:extension-access/${ResourceId}. */
  extensionaccess: "|,extensionaccess|arn:|Partition|:quicksight:|Region|:|Account|:extension-access/|ResourceId|",
  /** ARN of a flow resource: arn:${Partition}:quicksight:${Region}:${Account}:flow/${ResourceId}. */
  flow: "|,flow|arn:|Partition|:quicksight:|Region|:|Account|:flow/|ResourceId|",
  /** ARN of a folder resource: arn:${Partition}:quicksight:${Region}:${Account}:folder/${ResourceId}. */
  folder: "|,folder|arn:|Partition|:quicksight:|Region|:|Account|:folder/|ResourceId|",
  /** ARN of a group resource: arn:${Partition}:quicksight:${Region}:${Account}:group/${ResourceId}. */
  group: "|,group|arn:|Partition|:quicksight:|Region|:|Account|:group/|ResourceId|",
  /** ARN of a ingestion resource: arn:${Partition}:quicksight:${Region}:${Account}:dataset/${DatasetId}/ingestion/${ResourceId}. */
  ingestion: "|,ingestion|arn:|Partition|:quicksight:|Region|:|Account|:dataset/|DatasetId|/ingestion/|ResourceId|",
  /** ARN of a namespace resource: arn:${Partition}:quicksight:${Region}:${Account}:namespace/${ResourceId}. */
  namespace: "|,namespace|arn:|Partition|:quicksight:|Region|:|Account|:namespace/|ResourceId|",
  /** ARN of a refreshschedule resource: arn:${Partition}:quicksight:${Region}:${Account}:dataset/${DatasetId}/refresh-schedule/${ResourceId}. */
  refreshschedule:
    "|,refreshschedule|arn:|Partition|:quicksight:|Region|:|Account|:dataset/|DatasetId|/refresh-schedule/|ResourceId|",
  /** ARN of a template resource: arn:${Partition}:quicksight:${Region}:${Account}:template/${ResourceId}. */
  template: "|,template|arn:|Partition|:quicksight:|Region|:|Account|:template/|ResourceId|",
  /** ARN of a theme resource: arn:${Partition}:quicksight:${Region}:${Account}:theme/${ResourceId}. */
  theme: "|,theme|arn:|Partition|:quicksight:|Region|:|Account|:theme/|ResourceId|",
  /** ARN of a topic resource: arn:${Partition}:quicksight:${Region}:${Account}:topic/${ResourceId}. */
  topic: "|,topic|arn:|Partition|:quicksight:|Region|:|Account|:topic/|ResourceId|",
  /** ARN of a user resource: arn:${Partition}:quicksight:${Region}:${Account}:user/${ResourceId}. */
  user: "|,user|arn:|Partition|:quicksight:|Region|:|Account|:user/|ResourceId|",
  /** ARN of a vpcconnection resource: arn:${Partition}:quicksight:${Region}:${Account}:vpcConnection/${ResourceId}. */
  vpcconnection: "|,vpcconnection|arn:|Partition|:quicksight:|Region|:|Account|:vpcConnection/|ResourceId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "account",
  "actionconnector",
  "agent",
  "analysis",
  "assetBundleExportJob",
  "assetBundleImportJob",
  "assignment",
  "automation",
  "automationGroup",
  "automationJob",
  "brand",
  "customization",
  "custompermissions",
  "dashboard",
  "dashboardSnapshotJob",
  "dataset",
  "datasource",
  "emailCustomizationTemplate",
  "extensionaccess",
  "flow",
  "folder",
  "group",
  "ingestion",
  "namespace",
  "refreshschedule",
  "template",
  "theme",
  "topic",
  "user",
  "vpcconnection",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "quicksight">;
/** Any quicksight action. */
export type Action = ActionOf<typeof actionFacts, "quicksight">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "quicksight">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "quicksight" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every quicksight action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by tag key-value pairs in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by tag key-value pairs attached to the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by tag keys. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access by the allowed embedding domains. */
  "quicksight:AllowedEmbeddingDomains": "ArrayOfString";
  /** Filters access by the user management options. */
  "quicksight:DirectoryType": "String";
  /** Filters access by the edition of QuickSight. */
  "quicksight:Edition": "String";
  /** Filters access by QuickSight group ARN. */
  "quicksight:Group": "ARN";
  /** Filters access by IAM user or role ARN. */
  "quicksight:IamArn": "ARN";
  /** Filters access by KMS key ARNs. */
  "quicksight:KmsKeyArns": "ArrayOfARN";
  /** Filters access by session name. */
  "quicksight:SessionName": "String";
  /** Filters access by user name. */
  "quicksight:UserName": "String";
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by tag key-value pairs in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by tag key-value pairs attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by tag keys",
  "quicksight:AllowedEmbeddingDomains": "|,ArrayOfString|0||Filters access by the allowed embedding domains",
  "quicksight:DirectoryType": "|,String|0||Filters access by the user management options",
  "quicksight:Edition": "|,String|0||Filters access by the edition of QuickSight",
  "quicksight:Group": "|,ARN|0||Filters access by QuickSight group ARN",
  "quicksight:IamArn": "|,ARN|0||Filters access by IAM user or role ARN",
  "quicksight:KmsKeyArns": "|,ArrayOfARN|0||Filters access by KMS key ARNs",
  "quicksight:SessionName": "|,String|0||Filters access by session name",
  "quicksight:UserName": "|,String|0||Filters access by user name",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "quicksight",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
