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
export const prefix: "connect" = "connect";
/** The service's name in the reference. */
export const serviceName: "Amazon Connect" = "Amazon Connect";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Connect",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonconnect.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "connect:AssignmentType",
  "connect:AttributeType",
  "connect:Channel",
  "connect:ContactAssociationId",
  "connect:ContactInitiationMethod",
  "connect:ExpressionValue",
  "connect:FlowType",
  "connect:InstanceId",
  "connect:ListRealtimeContactAnalysisSegmentsByOutputType",
  "connect:ListRealtimeContactAnalysisSegmentsBySegmentType",
  "connect:MonitorCapabilities",
  "connect:PreferredUserArn",
  "connect:PrimaryAttribute/${PrimaryAttribute}",
  "connect:SearchContactsByContactAnalysis",
  "connect:SearchTag/${TagKey}",
  "connect:StorageResourceType",
  "connect:Subtype",
  "connect:UserArn",
] as const;
const dependentActionList = [
  "connect:DescribeHoursOfOperation",
  "connect:DescribeInstance",
  "connect:DescribeUser",
  "connect:DescribeView",
  "connect:TagResource",
  "ds:AuthorizeApplication",
  "ds:CheckAlias",
  "ds:CreateAlias",
  "ds:CreateDirectory",
  "ds:CreateIdentityPoolDirectory",
  "ds:DeleteDirectory",
  "ds:DescribeDirectories",
  "ds:UnauthorizeApplication",
  "firehose:DescribeDeliveryStream",
  "iam:AttachRolePolicy",
  "iam:CreateServiceLinkedRole",
  "iam:PutRolePolicy",
  "kinesis:DescribeStream",
  "kms:CreateGrant",
  "kms:Decrypt",
  "kms:DescribeKey",
  "lex:GetBot",
  "lex:UpdateResourcePolicy",
  "s3:GetBucketAcl",
  "s3:GetBucketLocation",
  "s3:GetObject",
  "s3:GetObjectAcl",
  "wisdom:GetMessageTemplate",
  "wisdom:RenderMessageTemplate",
] as const;
const actionFacts = {
  /** Grants permission to activate an evaluation form in the specified Amazon Connect instance. After the evaluation form is activated, it is available to start new evaluations based on the form. Access level: Write. Resources: evaluation-form*. https://docs.aws.amazon.com/connect/latest/APIReference/API_ActivateEvaluationForm.html */
  ActivateEvaluationForm: "W|||13;1;|10||;",
  /** Grants permission to federate into an Amazon Connect instance (Log in for emergency access functionality in the Amazon Connect console). Access level: Write. Resources: instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_GetFederationToken.html */
  AdminGetEmergencyAccessToken: "W|||16;1;||1,connect:ListInstances,11|",
  /** Grants permission to grant access and to associate a dataset with the specified AWS account. Access level: Write. Resources: instance*. API_AssociateAnalyticsDataSet.html */
  AssociateAnalyticsDataSet: "W|||16;1;|10||;",
  /** Grants permission to associate approved origin for an existing Amazon Connect instance. Access level: Write. Resources: instance*. https://docs.aws.amazon.com/console/connect/amazon-connect-console/grant-instance-permissions */
  AssociateApprovedOrigin: "W|||16;1;|10||;",
  /** Grants permission to associate a Lex bot for an existing Amazon Connect instance. Access level: Write. Resources: instance*. https://docs.aws.amazon.com/console/connect/amazon-connect-console/grant-instance-permissions */
  AssociateBot: "W|||16;1;|10|14,15,16,lex:CreateResourcePolicy,lex:DescribeBotAlias,21,22|;",
  /** Grants permission to associate a contact with a user using the Amazon Connect API. Access level: Write. Resources: contact*, instance*, user*. https://docs.aws.amazon.com/connect/latest/APIReference/API_AssociateContactWithUser.html */
  AssociateContactWithUser: "W|||5;1;,16;1;,32;1;|1,10,14||;",
  /** Grants permission to associate a Customer Profiles domain for an existing Amazon Connect instance. Access level: Write. Resources: instance*. Permission only. https://docs.aws.amazon.com/console/connect/amazon-connect-console/grant-instance-permissions */
  AssociateCustomerProfilesDomain: "W||1|16;1;||14,15,16,profile:GetDomain|",
  /** Grants permission to default vocabulary for an existing Amazon Connect instance. Access level: Write. Resources: instance*. API_AssociateDefaultVocabulary.html */
  AssociateDefaultVocabulary: "W|||16;1;|10||;",
  /** Grants permission to associate an alias with an email address resource in an Amazon Connect instance. Access level: Write. Resources: email-address*. https://docs.aws.amazon.com/connect/latest/APIReference/API_AssociateEmailAddressAlias.html */
  AssociateEmailAddressAlias: "W|||12;1;|1,10||;",
  /** Grants permission to associate a resource with a flow in an Amazon Connect instance. Access level: Write. Resources: contact-flow*, wildcard-phone-number*. https://docs.aws.amazon.com/connect/latest/APIReference/API_AssociateFlow.html */
  AssociateFlow: "W|||7;1;,37;1;|1,10||;",
  /** Grants permission to associate instance storage for an existing Amazon Connect instance. Access level: Write. Resources: instance*. https://docs.aws.amazon.com/console/connect/amazon-connect-console/grant-instance-permissions */
  AssociateInstanceStorageConfig: "W|||16;1;|10,18|11,13,14,15,16,17,18,20,23,24|;",
  /** Grants permission to associate a Lambda function for an existing Amazon Connect instance. Access level: Write. Resources: instance*. https://docs.aws.amazon.com/console/connect/amazon-connect-console/grant-instance-permissions */
  AssociateLambdaFunction: "W|||16;1;|10|lambda:AddPermission|;",
  /** Grants permission to associate a Lex bot for an existing Amazon Connect instance. Access level: Write. Resources: instance*. https://docs.aws.amazon.com/console/connect/amazon-connect-console/grant-instance-permissions */
  AssociateLexBot: "W|||16;1;|10|14,15,16,21|;",
  /** Grants permission to associate contact flow resources to phone number resources in an Amazon Connect instance. Access level: Write. Resources: contact-flow*, phone-number*. https://docs.aws.amazon.com/connect/latest/APIReference/API_AssociatePhoneNumberContactFlow.html */
  AssociatePhoneNumberContactFlow: "W|||7;1;,20;1;|1,10||;",
  /** Grants permission to associate a set of email addresses with a queue. Access level: Write. Resources: queue*. https://docs.aws.amazon.com/connect/latest/APIReference/API_AssociateQueueEmailAddresses.html */
  AssociateQueueEmailAddresses: "W|||24;1;|1,10||;",
  /** Grants permission to associate quick connects with a queue in an Amazon Connect instance. Access level: Write. Resources: queue*, quick-connect*. https://docs.aws.amazon.com/connect/latest/APIReference/API_AssociateQueueQuickConnects.html */
  AssociateQueueQuickConnects: "W|||24;1;,25;1;|1,10||;",
  /** Grants permission to associate queues with a routing profile in an Amazon Connect instance. Access level: Write. Resources: queue*, routing-profile*. https://docs.aws.amazon.com/connect/latest/APIReference/API_AssociateRoutingProfileQueues.html */
  AssociateRoutingProfileQueues: "W|||24;1;,26;1;|1,10||;",
  /** Grants permission to associate a security key for an existing Amazon Connect instance. Access level: Write. Resources: instance*. https://docs.aws.amazon.com/console/connect/amazon-connect-console/grant-instance-permissions */
  AssociateSecurityKey: "W|||16;1;|10||;",
  /** Grants permission to associate security profiles with an AI agent in an Amazon Connect instance. Access level: Write. Resources: ai-agent, instance*, security-profile*. https://docs.aws.amazon.com/connect/latest/APIReference/API_AssociateSecurityProfiles.html */
  AssociateSecurityProfiles: "W|||1;0;,16;1;,28;1;|1,10||;",
  /** Grants permission to associate a user to a traffic distribution group in the specified Amazon Connect instance. Access level: Write. Resources: instance*, traffic-distribution-group*, user*. https://docs.aws.amazon.com/connect/latest/APIReference/API_AssociateTrafficDistributionGroupUser.html */
  AssociateTrafficDistributionGroupUser: "W|||16;1;,30;1;,32;1;|1,10,17|2,connect:SearchUsers|;",
  /** Grants permission to associate user proficiencies to a user in an Amazon Connect instance. Access level: Write. Resources: instance*, user*. https://docs.aws.amazon.com/connect/latest/APIReference/API_AssociateUserProficiencies.html */
  AssociateUserProficiencies: "W|||16;1;,32;1;|10||;",
  /** Grants permission to associate a workspace with a user or routing profile in an Amazon Connect instance. Access level: Write. Resources: routing-profile, user, workspace*. https://docs.aws.amazon.com/connect/latest/APIReference/API_AssociateWorkspace.html */
  AssociateWorkspace: "W|||26;0;,32;0;,40;1;|1,10||;",
  /** Grants permission to grant access and to associate the datasets with the specified AWS account. Access level: Write. Resources: instance*. API_BatchAssociateAnalyticsDataSet.html */
  BatchAssociateAnalyticsDataSet: "W|||16;1;|10||;",
  /** Grants permission to batch create values in a data table in an Amazon Connect instance. Access level: Write. Resources: data-table*. https://docs.aws.amazon.com/connect/latest/APIReference/API_BatchCreateDataTableValue.html */
  BatchCreateDataTableValue: "W|||11;1;|1,8,10,15||;",
  /** Grants permission to batch delete values in a data table in an Amazon Connect instance. Access level: Write. Resources: data-table*. https://docs.aws.amazon.com/connect/latest/APIReference/API_BatchDeleteDataTableValue.html */
  BatchDeleteDataTableValue: "W|||11;1;|1,10,15||;",
  /** Grants permission to batch describe values in a data table in an Amazon Connect instance. Access level: Read. Resources: data-table*. https://docs.aws.amazon.com/connect/latest/APIReference/API_BatchDescribeDataTableValue.html */
  BatchDescribeDataTableValue: "R|||11;1;|1,10,15||;",
  /** Grants permission to revoke access and to disassociate the datasets with the specified AWS account. Access level: Write. Resources: instance*. API_BatchDisassociateAnalyticsDataSet.html */
  BatchDisassociateAnalyticsDataSet: "W|||16;1;|10||;",
  /** Grants permission to get metadata for multiple attached files from an Amazon Connect instance. Access level: Read. Resources: attached-file*. https://docs.aws.amazon.com/connect/latest/APIReference/API_BatchGetAttachedFileMetadata.html */
  BatchGetAttachedFileMetadata: "R|||2;1;|0,1,2,10||;",
  /** Grants permission to get summary information about the flow associations for the specified Amazon Connect instance. Access level: List. Resources: wildcard-phone-number*. https://docs.aws.amazon.com/connect/latest/APIReference/API_BatchGetFlowAssociation.html */
  BatchGetFlowAssociation: "L|||37;1;|1,10||;",
  /** Grants permission to put contacts in an Amazon Connect instance. Access level: Write. Resources: instance*, queue. https://docs.aws.amazon.com/connect/latest/APIReference/API_BatchPutContact.html */
  BatchPutContact: "W|||16;1;,24;0;|10||;",
  /** Grants permission to batch update values in a data table in an Amazon Connect instance. Access level: Write. Resources: data-table*. https://docs.aws.amazon.com/connect/latest/APIReference/API_BatchUpdateDataTableValue.html */
  BatchUpdateDataTableValue: "W|||11;1;|1,8,10,15||;",
  /** Grants permission to claim phone number resources in an Amazon Connect instance or traffic distribution group. Access level: Write. Resources: instance*, traffic-distribution-group*, wildcard-phone-number*. https://docs.aws.amazon.com/connect/latest/APIReference/API_ClaimPhoneNumber.html */
  ClaimPhoneNumber: "W|||16;1;,30;1;,37;1;|0,2,10|4|;",
  /** Grants permission to complete an attached file upload in an Amazon Connect instance. Access level: Write. Resources: attached-file*. https://docs.aws.amazon.com/connect/latest/APIReference/API_CompleteAttachedFileUpload.html */
  CompleteAttachedFileUpload: "W|||2;1;|0,1,2,10||;",
  /** Grants permission to create agent status in an Amazon Connect instance. Access level: Write. Resources: agent-status*. https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateAgentStatus.html */
  CreateAgentStatus: "W|||0;1;|0,2,10|4|;",
  /** Grants permission to create authentication profile resources in an Amazon Connect instance. Access level: Write. Resources: authentication-profile*. https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateAuthenticationProfile.html */
  CreateAuthenticationProfile: "W|||3;1;|10||",
  /** Grants permission to create a new contact using the Amazon Connect API. Access level: Write. Resources: contact, instance*, user. https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateContact.html */
  CreateContact: "W|||5;0;,16;1;,32;0;|1,7,10||;",
  /** Grants permission to create a contact flow in an Amazon Connect instance. Access level: Write. Resources: contact-flow*. https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateContactFlow.html */
  CreateContactFlow: "W|||7;1;|0,2,9,10|4|;",
  /** Grants permission to create a contact flow module in an Amazon Connect instance. Access level: Write. Resources: contact-flow-module*. https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateContactFlowModule.html */
  CreateContactFlowModule: "W|||8;1;|0,2,10|4|;",
  /** Grants permission to create an alias of a flow module version in an Amazon Connect instance. Access level: Write. Resources: contact-flow-module*. https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateContactFlowModuleAlias.html */
  CreateContactFlowModuleAlias: "W|||8;1;|1,10||;",
  /** Grants permission to create a version of a flow module in an Amazon Connect instance. Access level: Write. Resources: contact-flow-module*. https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateContactFlowModuleVersion.html */
  CreateContactFlowModuleVersion: "W|||8;1;|1,10||;",
  /** Grants permission to create a version a flow in an Amazon Connect instance. Access level: Write. Resources: contact-flow*. https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateContactFlowVersion.html */
  CreateContactFlowVersion: "W|||7;1;|1,9,10||;",
  /** Grants permission to create a dataTable in an Amazon Connect instance. Access level: Write. Resources: data-table*. https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateDataTable.html */
  CreateDataTable: "W|||11;1;|1,10|4|;",
  /** Grants permission to create an attribute for a data table in an Amazon Connect instance. Access level: Write. Resources: data-table*. https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateDataTableAttribute.html */
  CreateDataTableAttribute: "W|||11;1;|1,10||;",
  /** Grants permission to create an email address resource in an Amazon Connect instance. Access level: Write. Resources: instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateEmailAddress.html */
  CreateEmailAddress: "W|||16;1;|0,2,10|4|;",
  /** Grants permission to create an evaluation form in the specified Amazon Connect instance. The form can be used to define questions related to agent performance, and create sections to organize such questions. Question and section identifiers cannot be duplicated within the same evaluation form. Access level: Write. Resources: evaluation-form*. https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateEvaluationForm.html */
  CreateEvaluationForm: "W|||13;1;|10|4|;",
  /** Grants permission to create hours of operation in an Amazon Connect instance. Access level: Write. Resources: hours-of-operation*. https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateHoursOfOperation.html */
  CreateHoursOfOperation: "W|||15;1;|0,2,10|4|;",
  /** Grants permission to create an hours of operation override in an Amazon Connect instance. Access level: Write. Resources: hours-of-operation*, instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateHoursOfOperationOverride.html */
  CreateHoursOfOperationOverride: "W|||15;1;,16;1;|10||;",
  /** Grants permission to create a new Amazon Connect instance. Access level: Write. https://docs.aws.amazon.com/console/connect/amazon-connect-console/grant-instance-permissions */
  CreateInstance: "W||||0,2|4,5,6,7,8,9,10,11,12,14,15,16|;",
  /** Grants permission to create an integration association with an Amazon Connect instance. Access level: Write. Resources: instance*, integration-association*. https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateIntegrationAssociation.html */
  CreateIntegrationAssociation:
    "W|||16;1;,17;1;|0,2,10|app-integrations:CreateApplicationAssociation,app-integrations:CreateEventIntegrationAssociation,app-integrations:GetApplication,app-integrations:GetDataIntegration,app-integrations:ListDataIntegrationAssociations,app-integrations:TagResource,cases:GetDomain,chime:AssociateVoiceConnectorConnect,chime:DisassociateVoiceConnectorConnect,chime:TagResource,chime:UntagResource,1,4,11,events:PutRule,events:PutTargets,14,15,16,mobiletargeting:GetApp,voiceid:DescribeDomain,wisdom:GetAssistant,wisdom:GetKnowledgeBase,wisdom:TagResource|;",
  /** Grants permission to create a notification in an Amazon Connect instance. Access level: Write. Resources: instance*, user. https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateNotification.html */
  CreateNotification: "W|||16;1;,32;0;|0,2,10|4|;",
  /** Grants permission to add a participant to an ongoing contact. Access level: Write. Resources: contact*, instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateParticipant.html */
  CreateParticipant: "W|||5;1;,16;1;|1,10||;",
  /** Grants permission to create persistent contact associations for a contact. Access level: Write. Resources: contact*, instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_CreatePersistentContactAssociation.html */
  CreatePersistentContactAssociation: "W|||5;1;,16;1;|1,10||;",
  /** Grants permission to create a predefined attribute in an Amazon Connect instance. Access level: Write. Resources: instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_CreatePredefinedAttribute.html */
  CreatePredefinedAttribute: "W|||16;1;|10||;",
  /** Grants permission to create a prompt in an Amazon Connect instance. Access level: Write. Resources: prompt*. https://docs.aws.amazon.com/connect/latest/APIReference/API_CreatePrompt.html */
  CreatePrompt: "W|||21;1;|0,2,10|4,19,25,26|;",
  /** Grants permission to create a push notification registration for an Amazon Connect instance. Access level: Write. Resources: instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_CreatePushNotificationRegistration.html */
  CreatePushNotificationRegistration: "W|||16;1;|10||;",
  /** Grants permission to create a queue in an Amazon Connect instance. Access level: Write. Resources: contact-flow, hours-of-operation*, phone-number, queue*, quick-connect. https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateQueue.html */
  CreateQueue: "W|||7;0;,15;1;,20;0;,24;1;,25;0;|0,2,10|4|;",
  /** Grants permission to create a quick connect in an Amazon Connect instance. Access level: Write. Resources: contact-flow, queue, quick-connect*, user. https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateQuickConnect.html */
  CreateQuickConnect: "W|||7;0;,24;0;,25;1;,32;0;|0,2,10|4|;",
  /** Grants permission to create a routing profile in an Amazon Connect instance. Access level: Write. Resources: queue*, routing-profile*. https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateRoutingProfile.html */
  CreateRoutingProfile: "W|||24;1;,26;1;|0,2,10|4|;",
  /** Grants permission to create a rule in an Amazon Connect instance. Access level: Write. Resources: rule*. https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateRule.html */
  CreateRule: "W|||27;1;|10||;",
  /** Grants permission to create a security profile for the specified Amazon Connect instance. Access level: Write. Resources: security-profile*. https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateSecurityProfile.html */
  CreateSecurityProfile: "W|||28;1;|0,2,10|4|;",
  /** Grants permission to create a task template in an Amazon Connect instance. Access level: Write. Resources: task-template*. https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateTaskTemplate.html */
  CreateTaskTemplate: "W|||29;1;|||;",
  /** Grants permission to create a traffic distribution group. Access level: Write. Resources: instance*, traffic-distribution-group*. https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateTrafficDistributionGroup.html */
  CreateTrafficDistributionGroup: "W|||16;1;,30;1;|0,2,10|4|;",
  /** Grants permission to create a use case for an integration association. Access level: Write. Resources: instance*, integration-association*, use-case*. https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateUseCase.html */
  CreateUseCase: "W|||16;1;,17;1;,31;1;|0,2,10|1,4,11|;",
  /** Grants permission to create a user for the specified Amazon Connect instance. Access level: Write. Resources: hierarchy-group, routing-profile*, security-profile*, user*. https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateUser.html */
  CreateUser: "W|||14;0;,26;1;,28;1;,32;1;|0,2,10|4|;",
  /** Grants permission to create a user hierarchy group in an Amazon Connect instance. Access level: Write. Resources: hierarchy-group. https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateUserHierarchyGroup.html */
  CreateUserHierarchyGroup: "W|||14;0;|0,2,10|4|;",
  /** Grants permission to create a view in an Amazon Connect instance. Access level: Write. Resources: customer-managed-view*. https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateView.html */
  CreateView: "W|||9;1;|0,2,10|4|;",
  /** Grants permission to create a view version in an Amazon Connect instance. Access level: Write. Resources: customer-managed-view*. https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateViewVersion.html */
  CreateViewVersion: "W|||9;1;|1,10||;",
  /** Grants permission to create a vocabulary in an Amazon Connect instance. Access level: Write. Resources: vocabulary*. https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateVocabulary.html */
  CreateVocabulary: "W|||33;1;|0,2,10|4|;",
  /** Grants permission to create a workspace in an Amazon Connect instance. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateWorkspace.html */
  CreateWorkspace: "W|||40;1;|0,2,10|4|;",
  /** Grants permission to create a workspace page in an Amazon Connect instance. Access level: Write. Resources: aws-managed-view, customer-managed-view, workspace*. https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateWorkspacePage.html */
  CreateWorkspacePage: "W|||4;0;,9;0;,40;1;|1,10||;",
  /** Grants permission to deactivate an evaluation form in the specified Amazon Connect instance. After a form is deactivated, it is no longer available for users to start new evaluations based on the form. Access level: Write. Resources: evaluation-form*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DeactivateEvaluationForm.html */
  DeactivateEvaluationForm: "W|||13;1;|10||;",
  /** Grants permission to delete an attached file from an Amazon Connect instance. Access level: Write. Resources: attached-file*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DeleteAttachedFile.html */
  DeleteAttachedFile: "W|||2;1;|0,1,2,10|cases:DeleteRelatedItem|;",
  /** Grants permission to delete a contact evaluation in the specified Amazon Connect instance. Access level: Write. Resources: contact-evaluation*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DeleteContactEvaluation.html */
  DeleteContactEvaluation: "W|||6;1;|1,10||;",
  /** Grants permission to delete a contact flow in an Amazon Connect instance. Access level: Write. Resources: contact-flow*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DeleteContactFlow.html */
  DeleteContactFlow: "W|||7;1;|1,9,10||;",
  /** Grants permission to delete a contact flow module in an Amazon Connect instance. Access level: Write. Resources: contact-flow-module*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DeleteContactFlowModule.html */
  DeleteContactFlowModule: "W|||8;1;|1,10||;",
  /** Grants permission to delete an alias of a flow module version in an Amazon Connect instance. Access level: Write. Resources: contact-flow-module*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DeleteContactFlowModuleAlias.html */
  DeleteContactFlowModuleAlias: "W|||8;1;|1,10||;",
  /** Grants permission to delete a version of a flow module in an Amazon Connect instance. Access level: Write. Resources: contact-flow-module*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DeleteContactFlowModuleVersion.html */
  DeleteContactFlowModuleVersion: "W|||8;1;|1,10||;",
  /** Grants permission to delete a version of a flow in an Amazon Connect instance. Access level: Write. Resources: contact-flow*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DeleteContactFlowVersion.html */
  DeleteContactFlowVersion: "W|||7;1;|1,9,10||;",
  /** Grants permission to delete a data table in an Amazon Connect instance. Access level: Write. Resources: data-table*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DeleteDataTable.html */
  DeleteDataTable: "W|||11;1;|1,10||;",
  /** Grants permission to delete an attribute of a data table in an Amazon Connect instance. Access level: Write. Resources: data-table*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DeleteDataTableAttribute.html */
  DeleteDataTableAttribute: "W|||11;1;|1,10||;",
  /** Grants permission to delete an email address resource in an Amazon Connect instance. Access level: Write. Resources: email-address*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DeleteEmailAddress.html */
  DeleteEmailAddress: "W|||12;1;|1,10||;",
  /** Grants permission to delete an evaluation form in the specified Amazon Connect instance. If the version property is provided, only the specified version of the evaluation form is deleted. Access level: Write. Resources: evaluation-form*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DeleteEvaluationForm.html */
  DeleteEvaluationForm: "W|||13;1;|1,10||;",
  /** Grants permission to delete hours of operation in an Amazon Connect instance. Access level: Write. Resources: hours-of-operation*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DeleteHoursOfOperation.html */
  DeleteHoursOfOperation: "W|||15;1;|1,10||;",
  /** Grants permission to delete an hours of operation override in an Amazon Connect instance. Access level: Write. Resources: hours-of-operation*, instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DeleteHoursOfOperationOverride.html */
  DeleteHoursOfOperationOverride: "W|||15;1;,16;1;|10||;",
  /** Grants permission to delete an Amazon Connect instance. When you remove an instance, the link to an existing AWS directory is also removed. Access level: Write. Resources: instance*. https://docs.aws.amazon.com/console/connect/amazon-connect-console/grant-instance-permissions */
  DeleteInstance: "W|||16;1;|1,10|10,11,12|;",
  /** Grants permission to delete an integration association from an Amazon Connect instance. The association must not have any use cases associated with it. Access level: Write. Resources: instance*, integration-association*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DeleteIntegrationAssociation.html */
  DeleteIntegrationAssociation:
    "W|||16;1;,17;1;|10|app-integrations:DeleteApplicationAssociation,app-integrations:DeleteEventIntegrationAssociation,app-integrations:UntagResource,1,11,events:DeleteRule,events:ListTargetsByRule,events:RemoveTargets|;",
  /** Grants permission to delete a notification in an Amazon Connect instance. Access level: Write. Resources: notification*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DeleteNotification.html */
  DeleteNotification: "W|||19;1;|1,10||;",
  /** Grants permission to delete a predefined attribute in an Amazon Connect instance. Access level: Write. Resources: instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DeletePredefinedAttribute.html */
  DeletePredefinedAttribute: "W|||16;1;|10||;",
  /** Grants permission to delete a prompt in an Amazon Connect instance. Access level: Write. Resources: prompt*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DeletePrompt.html */
  DeletePrompt: "W|||21;1;|1,10||;",
  /** Grants permission to delete a push notification registration for an Amazon Connect instance. Access level: Write. Resources: instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DeletePushNotificationRegistration.html */
  DeletePushNotificationRegistration: "W|||16;1;|10||;",
  /** Grants permission to delete a queue in an Amazon Connect instance. Access level: Write. Resources: queue*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DeleteQueue.html */
  DeleteQueue: "W|||24;1;|1,10||;",
  /** Grants permission to delete a quick connect in an Amazon Connect instance. Access level: Write. Resources: quick-connect*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DeleteQuickConnect.html */
  DeleteQuickConnect: "W|||25;1;|1,10||;",
  /** Grants permission to delete routing profiles in an Amazon Connect instance. Access level: Write. Resources: routing-profile*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DeleteRoutingProfile.html */
  DeleteRoutingProfile: "W|||26;1;|1,10||;",
  /** Grants permission to delete a rule in an Amazon Connect instance. Access level: Write. Resources: rule*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DeleteRule.html */
  DeleteRule: "W|||27;1;|1,10||;",
  /** Grants permission to delete a security profile in an Amazon Connect instance. Access level: Write. Resources: security-profile*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DeleteSecurityProfile.html */
  DeleteSecurityProfile: "W|||28;1;|1,10||;",
  /** Grants permission to delete a task template in an Amazon Connect instance. Access level: Write. Resources: task-template*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DeleteTaskTemplate.html */
  DeleteTaskTemplate: "W|||29;1;|1,10||;",
  /** Grants permission to delete a traffic distribution group. Access level: Write. Resources: traffic-distribution-group*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DeleteTrafficDistributionGroup.html */
  DeleteTrafficDistributionGroup: "W|||30;1;|1||;",
  /** Grants permission to delete a use case from an integration association. Access level: Write. Resources: instance*, use-case*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DeleteUseCase.html */
  DeleteUseCase: "W|||16;1;,31;1;|10|1,11|;",
  /** Grants permission to delete a user in an Amazon Connect instance. Access level: Write. Resources: user*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DeleteUser.html */
  DeleteUser: "W|||32;1;|1,10||;",
  /** Grants permission to delete a user hierarchy group in an Amazon Connect instance. Access level: Write. Resources: hierarchy-group*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DeleteUserHierarchyGroup.html */
  DeleteUserHierarchyGroup: "W|||14;1;|10||;",
  /** Grants permission to delete a view in an Amazon Connect instance. Access level: Write. Resources: customer-managed-view*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DeleteView.html */
  DeleteView: "W|||9;1;|1,10||;",
  /** Grants permission to delete a view version in an Amazon Connect instance. Access level: Write. Resources: customer-managed-view-version*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DeleteViewVersion.html */
  DeleteViewVersion: "W|||10;1;|1,10||;",
  /** Grants permission to delete a vocabulary in an Amazon Connect instance. Access level: Write. Resources: vocabulary*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DeleteVocabulary.html */
  DeleteVocabulary: "W|||33;1;|1,10||;",
  /** Grants permission to delete a workspace in an Amazon Connect instance. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DeleteWorkspace.html */
  DeleteWorkspace: "W|||40;1;|1,10||;",
  /** Grants permission to delete workspace media in an Amazon Connect instance. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DeleteWorkspaceMedia.html */
  DeleteWorkspaceMedia: "W|||40;1;|1,10||;",
  /** Grants permission to delete a workspace page in an Amazon Connect instance. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DeleteWorkspacePage.html */
  DeleteWorkspacePage: "W|||40;1;|1,10||;",
  /** Grants permission to describe agent status in an Amazon Connect instance. Access level: Read. Resources: agent-status*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DescribeAgentStatus.html */
  DescribeAgentStatus: "R|||0;1;|1,10||;,SearchAgentStatuses",
  /** Grants permission to describe authentication profile resources in an Amazon Connect instance. Access level: Read. Resources: authentication-profile*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DescribeAuthenticationProfile.html */
  DescribeAuthenticationProfile: "R|||3;1;|10||;",
  /** Grants permission to describe a contact in an Amazon Connect instance. Access level: Read. Resources: contact*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DescribeContact.html */
  DescribeContact: "R|||5;1;|1,5,6,10,20||;,SearchContacts",
  /** Grants permission to describe a contact evaluation in the specified Amazon Connect instance. Access level: Read. Resources: contact-evaluation*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DescribeContactEvaluation.html */
  DescribeContactEvaluation: "R|||6;1;|1,10||;,SearchContactEvaluations",
  /** Grants permission to describe a contact flow in an Amazon Connect instance. Access level: Read. Resources: contact-flow*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DescribeContactFlow.html */
  DescribeContactFlow: "R|||7;1;|1,9,10||;,SearchContactFlows",
  /** Grants permission to describe a contact flow module in an Amazon Connect instance. Access level: Read. Resources: contact-flow-module*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DescribeContactFlowModule.html */
  DescribeContactFlowModule: "R|||8;1;|1,10||;,SearchContactFlowModules",
  /** Grants permission to describe an alias of a flow module version in an Amazon Connect instance. Access level: Read. Resources: contact-flow-module*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DescribeContactFlowModuleAlias.html */
  DescribeContactFlowModuleAlias: "R|||8;1;|1,10||;",
  /** Grants permission to describe a data table in an Amazon Connect instance. Access level: Read. Resources: data-table*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DescribeDataTable.html */
  DescribeDataTable: "R|||11;1;|1,10||;,SearchDataTables",
  /** Grants permission to describe an attribute of a data table in an Amazon Connect instance. Access level: Read. Resources: data-table*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DescribeDataTableAttribute.html */
  DescribeDataTableAttribute: "R|||11;1;|1,10||;",
  /** Grants permission to describe an email address resource in an Amazon Connect instance. Access level: Read. Resources: email-address*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DescribeEmailAddress.html */
  DescribeEmailAddress: "R|||12;1;|1,10||;,SearchEmailAddresses",
  /** Grants permission to describe an evaluation form in the specified Amazon Connect instance. If the version property is not provided, the latest version of the evaluation form is described. Access level: Read. Resources: evaluation-form*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DescribeEvaluationForm.html */
  DescribeEvaluationForm: "R|||13;1;|1,10||;,SearchEvaluationForms",
  /** Grants permission to describe the status of forecasting, planning, and scheduling integration on an Amazon Connect instance. Access level: Read. Resources: instance*. Permission only. https://docs.aws.amazon.com/connect/latest/adminguide/optimization-apis.html */
  DescribeForecastingPlanningSchedulingIntegration: "R||1|16;1;|10||",
  /** Grants permission to describe hours of operation in an Amazon Connect instance. Access level: Read. Resources: hours-of-operation*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DescribeHoursOfOperation.html */
  DescribeHoursOfOperation: "R|||15;1;|1,10||;,SearchHoursOfOperations",
  /** Grants permission to describe an hours of operation override in an Amazon Connect instance. Access level: Read. Resources: hours-of-operation*, instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DescribeHoursOfOperationOverride.html */
  DescribeHoursOfOperationOverride: "R|||15;1;,16;1;|10||;,SearchHoursOfOperationOverrides",
  /** Grants permission to view details of an Amazon Connect instance and is also required to create an instance. Access level: Read. Resources: instance*. https://docs.aws.amazon.com/console/connect/amazon-connect-console/grant-instance-permissions */
  DescribeInstance: "R|||16;1;|1,10|11|;",
  /** Grants permission to view the attribute details of an existing Amazon Connect instance. Access level: Read. Resources: instance*. https://docs.aws.amazon.com/console/connect/amazon-connect-console/grant-instance-permissions */
  DescribeInstanceAttribute: "R|||16;1;|4,10||;",
  /** Grants permission to view the instance storage configuration for an existing Amazon Connect instance. Access level: Read. Resources: instance*. https://docs.aws.amazon.com/console/connect/amazon-connect-console/grant-instance-permissions */
  DescribeInstanceStorageConfig: "R|||16;1;|10,18||;",
  /** Grants permission to describe a notification in an Amazon Connect instance. Access level: Read. Resources: notification*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DescribeNotification.html */
  DescribeNotification: "R|||19;1;|1,10||;,SearchNotifications",
  /** Grants permission to describe phone number resources in an Amazon Connect instance or traffic distribution group. Access level: Read. Resources: phone-number*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DescribePhoneNumber.html */
  DescribePhoneNumber: "R|||20;1;|1||;",
  /** Grants permission to describe a predefined attribute in an Amazon Connect instance. Access level: Read. Resources: instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DescribePredefinedAttribute.html */
  DescribePredefinedAttribute: "R|||16;1;|10||;,SearchPredefinedAttributes",
  /** Grants permission to describe a prompt in an Amazon Connect instance. Access level: Read. Resources: prompt*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DescribePrompt.html */
  DescribePrompt: "R|||21;1;|1,10||;,SearchPrompts",
  /** Grants permission to describe a queue in an Amazon Connect instance. Access level: Read. Resources: queue*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DescribeQueue.html */
  DescribeQueue: "R|||24;1;|1,10||;,SearchQueues",
  /** Grants permission to describe a quick connect in an Amazon Connect instance. Access level: Read. Resources: quick-connect*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DescribeQuickConnect.html */
  DescribeQuickConnect: "R|||25;1;|1,10||;,SearchQuickConnects",
  /** Grants permission to describe a routing profile in an Amazon Connect instance. Access level: Read. Resources: routing-profile*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DescribeRoutingProfile.html */
  DescribeRoutingProfile: "R|||26;1;|1,10||;,SearchRoutingProfiles",
  /** Grants permission to describe a rule in an Amazon Connect instance. Access level: Read. Resources: rule*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DescribeRule.html */
  DescribeRule: "R|||27;1;|1,10||;",
  /** Grants permission to describe a security profile in an Amazon Connect instance. Access level: Read. Resources: security-profile*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DescribeSecurityProfile.html */
  DescribeSecurityProfile: "R|||28;1;|1,10||;,SearchSecurityProfiles",
  /** Grants permission to describe a traffic distribution group. Access level: Read. Resources: traffic-distribution-group*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DescribeTrafficDistributionGroup.html */
  DescribeTrafficDistributionGroup: "R|||30;1;|1||;",
  /** Grants permission to describe a user in an Amazon Connect instance. Access level: Read. Resources: user*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DescribeUser.html */
  DescribeUser: "R|||32;1;|1,10||;,SearchUsers",
  /** Grants permission to describe a hierarchy group for an Amazon Connect instance. Access level: Read. Resources: hierarchy-group*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DescribeUserHierarchyGroup.html */
  DescribeUserHierarchyGroup: "R|||14;1;|10||;,SearchUserHierarchyGroups",
  /** Grants permission to describe the hierarchy structure for an Amazon Connect instance. Access level: Read. Resources: instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DescribeUserHierarchyStructure.html */
  DescribeUserHierarchyStructure: "R|||16;1;|10||;",
  /** Grants permission to describe a view in an Amazon Connect instance. Access level: Read. Resources: aws-managed-view*, customer-managed-view*, qualified-aws-managed-view*, qualified-customer-managed-view*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DescribeView.html */
  DescribeView: "R|||4;1;,9;1;,22;1;,23;1;|1,10||;,SearchViews",
  /** Grants permission to describe a vocabulary in an Amazon Connect instance. Access level: Read. Resources: vocabulary*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DescribeVocabulary.html */
  DescribeVocabulary: "R|||33;1;|1,10||;",
  /** Grants permission to describe a workspace in an Amazon Connect instance. Access level: Read. Resources: workspace*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DescribeWorkspace.html */
  DescribeWorkspace: "R|||40;1;|1,10||;,SearchWorkspaces",
  /** Grants permission to revoke access and to disassociate a dataset with the specified AWS account. Access level: Write. Resources: instance*. API_DisassociateAnalyticsDataSet.html */
  DisassociateAnalyticsDataSet: "W|||16;1;|10||;",
  /** Grants permission to disassociate approved origin for an existing Amazon Connect instance. Access level: Write. Resources: instance*. https://docs.aws.amazon.com/console/connect/amazon-connect-console/grant-instance-permissions */
  DisassociateApprovedOrigin: "W|||16;1;|10||;",
  /** Grants permission to disassociate a Lex bot for an existing Amazon Connect instance. Access level: Write. Resources: instance*. https://docs.aws.amazon.com/console/connect/amazon-connect-console/grant-instance-permissions */
  DisassociateBot: "W|||16;1;|10|14,15,16,lex:DeleteResourcePolicy,22|;",
  /** Grants permission to disassociate a Customer Profiles domain for an existing Amazon Connect instance. Access level: Write. Resources: instance*. Permission only. https://docs.aws.amazon.com/console/connect/amazon-connect-console/grant-instance-permissions */
  DisassociateCustomerProfilesDomain:
    "W||1|16;1;||14,iam:DeleteRolePolicy,iam:DetachRolePolicy,iam:GetPolicy,iam:GetPolicyVersion,iam:GetRolePolicy|",
  /** Grants permission to disassociate an alias from an email address resource in an Amazon Connect instance. Access level: Write. Resources: email-address*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DisassociateEmailAddressAlias.html */
  DisassociateEmailAddressAlias: "W|||12;1;|1,10||;",
  /** Grants permission to disassociate a resource from a flow in an Amazon Connect instance. Access level: Write. Resources: wildcard-phone-number*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DisassociateFlow.html */
  DisassociateFlow: "W|||37;1;|1,10||;",
  /** Grants permission to disassociate instance storage for an existing Amazon Connect instance. Access level: Write. Resources: instance*. https://docs.aws.amazon.com/console/connect/amazon-connect-console/grant-instance-permissions */
  DisassociateInstanceStorageConfig: "W|||16;1;|10,18||;",
  /** Grants permission to disassociate a Lambda function for an existing Amazon Connect instance. Access level: Write. Resources: instance*. https://docs.aws.amazon.com/console/connect/amazon-connect-console/grant-instance-permissions */
  DisassociateLambdaFunction: "W|||16;1;|10|lambda:RemovePermission|;",
  /** Grants permission to disassociate a Lex bot for an existing Amazon Connect instance. Access level: Write. Resources: instance*. https://docs.aws.amazon.com/console/connect/amazon-connect-console/grant-instance-permissions */
  DisassociateLexBot: "W|||16;1;|10|14,15,16|;",
  /** Grants permission to disassociate contact flow resources from phone number resources in an Amazon Connect instance. Access level: Write. Resources: phone-number*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DisassociatePhoneNumberContactFlow.html */
  DisassociatePhoneNumberContactFlow: "W|||20;1;|1,10||;",
  /** Grants permission to disassociate a set of email addresses from a queue. Access level: Write. Resources: queue*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DisassociateQueueEmailAddresses.html */
  DisassociateQueueEmailAddresses: "W|||24;1;|1,10||;",
  /** Grants permission to disassociate quick connects from a queue in an Amazon Connect instance. Access level: Write. Resources: queue*, quick-connect*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DisassociateQueueQuickConnects.html */
  DisassociateQueueQuickConnects: "W|||24;1;,25;1;|1,10||;",
  /** Grants permission to disassociate queues from a routing profile in an Amazon Connect instance. Access level: Write. Resources: routing-profile*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DisassociateRoutingProfileQueues.html */
  DisassociateRoutingProfileQueues: "W|||26;1;|1,10||;",
  /** Grants permission to disassociate the security key for an existing Amazon Connect instance. Access level: Write. Resources: instance*. https://docs.aws.amazon.com/console/connect/amazon-connect-console/grant-instance-permissions */
  DisassociateSecurityKey: "W|||16;1;|10||;",
  /** Grants permission to disassociate security profiles with an AI agent in an Amazon Connect instance. Access level: Write. Resources: ai-agent, instance*, security-profile*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DisassociateSecurityProfiles.html */
  DisassociateSecurityProfiles: "W|||1;0;,16;1;,28;1;|1,10||;",
  /** Grants permission to disassociate a user from a traffic distribution group in the specified Amazon Connect instance. Access level: Write. Resources: instance*, traffic-distribution-group*, user*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DisassociateTrafficDistributionGroupUser.html */
  DisassociateTrafficDistributionGroupUser: "W|||16;1;,30;1;,32;1;|1,10||;",
  /** Grants permission to disassociate user proficiencies from a user in an Amazon Connect instance. Access level: Write. Resources: instance*, user*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DisassociateUserProficiencies.html */
  DisassociateUserProficiencies: "W|||16;1;,32;1;|10||;",
  /** Grants permission to disassociate a workspace from a user or routing profile in an Amazon Connect instance. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DisassociateWorkspace.html */
  DisassociateWorkspace: "W|||40;1;|1,10||;",
  /** Grants permission to dismiss terminated Contact from Agent CCP. Access level: Write. Resources: user*. https://docs.aws.amazon.com/connect/latest/APIReference/API_DismissUserContact.html */
  DismissUserContact: "W|||32;1;|1,10||;",
  /** Grants permission to evaluate values in a data table in an Amazon Connect instance. Access level: Read. Resources: data-table*. https://docs.aws.amazon.com/connect/latest/APIReference/API_EvaluateDataTableValues.html */
  EvaluateDataTableValues: "R|||11;1;|1,10,15||;",
  /** Grants permission to get an attached file from an Amazon Connect instance. Access level: Read. Resources: attached-file*. https://docs.aws.amazon.com/connect/latest/APIReference/API_GetAttachedFile.html */
  GetAttachedFile: "R|||2;1;|0,1,2,10||;",
  /** Grants permission to retrieve the contact attributes for the specified contact. Access level: Read. Resources: contact*. https://docs.aws.amazon.com/connect/latest/APIReference/API_GetContactAttributes.html */
  GetContactAttributes: "R|||5;1;|1,5,6,10,20||;,SearchContacts",
  /** Grants permission to get contact metrics in an Amazon Connect instance. Access level: Read. Resources: contact*, instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_GetContactMetrics.html */
  GetContactMetrics: "R|||5;1;,16;1;|10||;",
  /** Grants permission to retrieve current metric data for queues and routing profiles in an Amazon Connect instance. Access level: Read. Resources: queue*, routing-profile*. https://docs.aws.amazon.com/connect/latest/APIReference/API_GetCurrentMetricData.html */
  GetCurrentMetricData: "R|||24;1;,26;1;|1,10||;",
  /** Grants permission to retrieve current user data in an Amazon Connect instance. Access level: Read. Resources: hierarchy-group*, queue*, routing-profile*, user*. https://docs.aws.amazon.com/connect/latest/APIReference/API_GetCurrentUserData.html */
  GetCurrentUserData: "R|||14;1;,24;1;,26;1;,32;1;|1,10||;",
  /** Grants permission to get effective hours of operation resources in an Amazon Connect instance. Access level: Read. Resources: hours-of-operation*, instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_GetEffectiveHoursOfOperations.html */
  GetEffectiveHoursOfOperations: "R|||15;1;,16;1;|10||;",
  /** Grants permission to federate into an Amazon Connect instance when using SAML-based authentication for identity management. Access level: Read. Resources: instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_GetFederationToken.html */
  GetFederationToken: "R|||16;1;|10||;",
  /** Grants permission to get information about the flow associations for the specified Amazon Connect instance. Access level: Read. Resources: wildcard-phone-number*. https://docs.aws.amazon.com/connect/latest/APIReference/API_GetFlowAssociation.html */
  GetFlowAssociation: "R|||37;1;|1,10||;",
  /** Grants permission to retrieve historical metric data for queues in an Amazon Connect instance. Access level: Read. Resources: queue*. https://docs.aws.amazon.com/connect/latest/APIReference/API_GetMetricData.html */
  GetMetricData: "R|||24;1;|1,10||;",
  /** Grants permission to retrieve metric data in an Amazon Connect instance. Access level: Read. Resources: hierarchy-group*, queue*, routing-profile*, user*. https://docs.aws.amazon.com/connect/latest/APIReference/API_GetMetricDataV2.html */
  GetMetricDataV2: "R|||14;1;,24;1;,26;1;,32;1;|1,10||;",
  /** Grants permission to get details about a prompt's presigned Amazon S3 URL in an Amazon Connect instance. Access level: Read. Resources: prompt*. https://docs.aws.amazon.com/connect/latest/APIReference/API_GetPromptFile.html */
  GetPromptFile: "R|||21;1;|1,10||;",
  /** Grants permission to get details about specified task template in an Amazon Connect instance. Access level: Read. Resources: task-template*. https://docs.aws.amazon.com/connect/latest/APIReference/API_GetTaskTemplate.html */
  GetTaskTemplate: "R|||29;1;|1,10||;",
  /** Grants permission to read traffic distribution for a traffic distribution group. Access level: List. Resources: traffic-distribution-group*. https://docs.aws.amazon.com/connect/latest/APIReference/API_GetTrafficDistribution.html */
  GetTrafficDistribution: "L|||30;1;|1||;",
  /** Grants permission to import phone number resources to an Amazon Connect instance. Access level: Write. Resources: instance*, wildcard-phone-number*. https://docs.aws.amazon.com/connect/latest/APIReference/API_ImportPhoneNumber.html */
  ImportPhoneNumber:
    "W|||16;1;,37;1;|0,2|4,sms-voice:DescribePhoneNumbers,social-messaging:GetLinkedWhatsAppBusinessAccountPhoneNumber,social-messaging:TagResource|;",
  /** Grants permission to import workspace media in an Amazon Connect instance. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/connect/latest/APIReference/API_ImportWorkspaceMedia.html */
  ImportWorkspaceMedia: "W|||40;1;|1,10||;",
  /** Grants permission to list agent statuses in an Amazon Connect instance. Access level: List. Resources: wildcard-agent-status*. https://docs.aws.amazon.com/connect/latest/APIReference/API_ListAgentStatuses.html */
  ListAgentStatuses: "L|||34;1;|||;",
  /** Grants permission to list the association status of a dataset for a given Amazon Connect instance. Access level: List. Resources: instance*. API_ListAnalyticsDataAssociations.html */
  ListAnalyticsDataAssociations: "L|||16;1;|10||;",
  /** Grants permission to list data lake datasets available to associate with for a given Amazon Connect instance. Access level: List. Resources: instance*. API_ListAnalyticsDataLakeDataSets.html */
  ListAnalyticsDataLakeDataSets: "L|||16;1;|10||;",
  /** Grants permission to view approved origins of an existing Amazon Connect instance. Access level: List. Resources: instance*. https://docs.aws.amazon.com/console/connect/amazon-connect-console/grant-instance-permissions */
  ListApprovedOrigins: "L|||16;1;|10||;",
  /** Grants permission to list the contacts associated with an email address in an Amazon Connect instance. Access level: List. Resources: contact*. https://docs.aws.amazon.com/connect/latest/APIReference/API_ListAssociatedContacts.html */
  ListAssociatedContacts: "L|||5;1;|1,10||;",
  /** Grants permission to list authentication profile resources in an Amazon Connect instance. Access level: List. Resources: instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_ListAuthenticationProfiles.html */
  ListAuthenticationProfiles: "L|||16;1;|10||;",
  /** Grants permission to view the Lex bots of an existing Amazon Connect instance. Access level: List. Resources: instance*. https://docs.aws.amazon.com/console/connect/amazon-connect-console/grant-instance-permissions */
  ListBots: "L|||16;1;|10||;",
  /** Grants permission to list contact evaluations in the specified Amazon Connect instance. Access level: List. Resources: instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_ListContactEvaluations.html */
  ListContactEvaluations: "L|||16;1;|1,10||;",
  /** Grants permission to list the aliases of a flow module in an Amazon Connect instance. Access level: List. Resources: contact-flow-module*. https://docs.aws.amazon.com/connect/latest/APIReference/API_ListContactFlowModuleAliases.html */
  ListContactFlowModuleAliases: "L|||8;1;|1,10||;",
  /** Grants permission to list all the versions of a flow module in an Amazon Connect instance. Access level: List. Resources: contact-flow-module*. https://docs.aws.amazon.com/connect/latest/APIReference/API_ListContactFlowModuleVersions.html */
  ListContactFlowModuleVersions: "L|||8;1;|1,10||;",
  /** Grants permission to list contact flow module resources in an Amazon Connect instance. Access level: List. Resources: instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_ListContactFlowModules.html */
  ListContactFlowModules: "L|||16;1;|||;",
  /** Grants permission to list all the versions a flow in an Amazon Connect instance. Access level: List. Resources: contact-flow*. https://docs.aws.amazon.com/connect/latest/APIReference/API_ListContactFlowVersions.html */
  ListContactFlowVersions: "L|||7;1;|1,9,10||;",
  /** Grants permission to list contact flow resources in an Amazon Connect instance. Access level: List. Resources: wildcard-contact-flow*. https://docs.aws.amazon.com/connect/latest/APIReference/API_ListContactFlows.html */
  ListContactFlows: "L|||35;1;|10||;",
  /** Grants permission to list references associated with a contact in an Amazon Connect instance. Access level: List. Resources: contact*. https://docs.aws.amazon.com/connect/latest/APIReference/API_ListContactReferences.html */
  ListContactReferences: "L|||5;1;|1,5,6,10,20||;",
  /** Grants permission to list attributes of a data table in an Amazon Connect instance. Access level: List. Resources: data-table*. https://docs.aws.amazon.com/connect/latest/APIReference/API_ListDataTableAttributes.html */
  ListDataTableAttributes: "L|||11;1;|1,10||;",
  /** Grants permission to list primary values in a data table in an Amazon Connect instance. Access level: List. Resources: data-table*. https://docs.aws.amazon.com/connect/latest/APIReference/API_ListDataTablePrimaryValues.html */
  ListDataTablePrimaryValues: "L|||11;1;|1,10,15||;",
  /** Grants permission to list values in a data table in an Amazon Connect instance. Access level: List. Resources: data-table*. https://docs.aws.amazon.com/connect/latest/APIReference/API_ListDataTableValues.html */
  ListDataTableValues: "L|||11;1;|1,10,15||;",
  /** Grants permission to list data tables in an Amazon Connect instance. Access level: List. Resources: instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_ListDataTables.html */
  ListDataTables: "L|||16;1;|10||;",
  /** Grants permission to list default vocabularies associated with a Amazon Connect instance. Access level: List. Resources: instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_ListDefaultVocabularies.html */
  ListDefaultVocabularies: "L|||16;1;|10||;",
  /** Grants permission to list security profiles associated with an entity in an Amazon Connect instance. Access level: List. Resources: ai-agent, instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_ListEntitySecurityProfiles.html */
  ListEntitySecurityProfiles: "L|||1;0;,16;1;|1,10||;",
  /** Grants permission to list versions of an evaluation form in the specified Amazon Connect instance. Access level: List. Resources: evaluation-form*. https://docs.aws.amazon.com/connect/latest/APIReference/API_ListEvaluationFormVersions.html */
  ListEvaluationFormVersions: "L|||13;1;|10||;",
  /** Grants permission to list evaluation forms in the specified Amazon Connect instance. Access level: List. Resources: instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_ListEvaluationForms.html */
  ListEvaluationForms: "L|||16;1;|10||;",
  /** Grants permission to list summary information about the flow associations for the specified Amazon Connect instance. Access level: List. Resources: instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_ListFlowAssociations.html */
  ListFlowAssociations: "L|||16;1;|10||;",
  /** Grants permission to list hours of operation override resources in an Amazon Connect instance. Access level: List. Resources: hours-of-operation*, instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_ListHoursOfOperationOverrides.html */
  ListHoursOfOperationOverrides: "L|||15;1;,16;1;|10||;",
  /** Grants permission to list hours of operation resources in an Amazon Connect instance. Access level: List. Resources: instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_ListHoursOfOperations.html */
  ListHoursOfOperations: "L|||16;1;|10||;",
  /** Grants permission to view the attributes of an existing Amazon Connect instance. Access level: List. Resources: instance*. https://docs.aws.amazon.com/console/connect/amazon-connect-console/grant-instance-permissions */
  ListInstanceAttributes: "L|||16;1;|10||;",
  /** Grants permission to view storage configurations of an existing Amazon Connect instance. Access level: List. Resources: instance*. https://docs.aws.amazon.com/console/connect/amazon-connect-console/grant-instance-permissions */
  ListInstanceStorageConfigs: "L|||16;1;|10||;",
  /** Grants permission to view the Amazon Connect instances associated with an AWS account. Access level: List. https://docs.aws.amazon.com/console/connect/amazon-connect-console/grant-instance-permissions */
  ListInstances: "L|||||11|;",
  /** Grants permission to list summary information about the integration associations for the specified Amazon Connect instance. Access level: List. Resources: instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_ListIntegrationAssociations.html */
  ListIntegrationAssociations: "L|||16;1;|10|1,11|;",
  /** Grants permission to view the Lambda functions of an existing Amazon Connect instance. Access level: List. Resources: instance*. https://docs.aws.amazon.com/console/connect/amazon-connect-console/grant-instance-permissions */
  ListLambdaFunctions: "L|||16;1;|10||;",
  /** Grants permission to view the Lex bots of an existing Amazon Connect instance. Access level: List. Resources: instance*. https://docs.aws.amazon.com/console/connect/amazon-connect-console/grant-instance-permissions */
  ListLexBots: "L|||16;1;|10||;",
  /** Grants permission to list notifications in an Amazon Connect instance. Access level: Read. Resources: instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_ListNotifications.html */
  ListNotifications: "R|||16;1;|10||;",
  /** Grants permission to list phone number resources in an Amazon Connect instance. Access level: List. Resources: wildcard-legacy-phone-number*. https://docs.aws.amazon.com/connect/latest/APIReference/API_ListPhoneNumbers.html */
  ListPhoneNumbers: "L|||36;1;|||;",
  /** Grants permission to list phone number resources in an Amazon Connect instance. Access level: List. Resources: wildcard-phone-number*. https://docs.aws.amazon.com/connect/latest/APIReference/API_ListPhoneNumbersV2.html */
  ListPhoneNumbersV2: "L|||37;1;|||;",
  /** Grants permission to list predefined attributes in an Amazon Connect instance. Access level: List. Resources: instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_ListPredefinedAttributes.html */
  ListPredefinedAttributes: "L|||16;1;|10||;",
  /** Grants permission to list prompt resources in an Amazon Connect instance. Access level: List. Resources: instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_ListPrompts.html */
  ListPrompts: "L|||16;1;|10||;",
  /** Grants permission to list the email address metadata associated with a queue. Access level: List. Resources: queue*. https://docs.aws.amazon.com/connect/latest/APIReference/API_ListQueueEmailAddresses.html */
  ListQueueEmailAddresses: "L|||24;1;|1,10||;",
  /** Grants permission to list quick connect resources in a queue in an Amazon Connect instance. Access level: List. Resources: queue*. https://docs.aws.amazon.com/connect/latest/APIReference/API_ListQueueQuickConnects.html */
  ListQueueQuickConnects: "L|||24;1;|1,10||;",
  /** Grants permission to list queue resources in an Amazon Connect instance. Access level: List. Resources: wildcard-queue*. https://docs.aws.amazon.com/connect/latest/APIReference/API_ListQueues.html */
  ListQueues: "L|||38;1;|||;",
  /** Grants permission to list quick connect resources in an Amazon Connect instance. Access level: List. Resources: wildcard-quick-connect*. https://docs.aws.amazon.com/connect/latest/APIReference/API_ListQuickConnects.html */
  ListQuickConnects: "L|||39;1;|||;",
  /** Grants permission to list the analysis segments for a real-time analysis session. Access level: Read. Resources: contact*. https://docs.aws.amazon.com/contact-lens/latest/APIReference/API_ListRealtimeContactAnalysisSegments.html */
  ListRealtimeContactAnalysisSegments: "R|||5;1;|1||;",
  /** Grants permission to list the analysis segments for a real-time chat analytics session. Access level: List. Resources: contact*. https://docs.aws.amazon.com/connect/latest/APIReference/API_ListRealtimeContactAnalysisSegmentsV2.html */
  ListRealtimeContactAnalysisSegmentsV2: "L|||5;1;|1,11,12||;",
  /** Grants permission to list manual assignment queue resources in a routing profile in an Amazon Connect instance. Access level: List. Resources: routing-profile*. https://docs.aws.amazon.com/connect/latest/APIReference/API_ListRoutingProfileManualAssignmentQueues.html */
  ListRoutingProfileManualAssignmentQueues: "L|||26;1;|1,10||;",
  /** Grants permission to list queue resources in a routing profile in an Amazon Connect instance. Access level: List. Resources: routing-profile*. https://docs.aws.amazon.com/connect/latest/APIReference/API_ListRoutingProfileQueues.html */
  ListRoutingProfileQueues: "L|||26;1;|1,10||;",
  /** Grants permission to list routing profile resources in an Amazon Connect instance. Access level: List. Resources: instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_ListRoutingProfiles.html */
  ListRoutingProfiles: "L|||16;1;|10||;",
  /** Grants permission to list rules associated with a Amazon Connect instance. Access level: List. Resources: instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_ListRules.html */
  ListRules: "L|||16;1;|10||;",
  /** Grants permission to view the security keys of an existing Amazon Connect instance. Access level: List. Resources: instance*. https://docs.aws.amazon.com/console/connect/amazon-connect-console/grant-instance-permissions */
  ListSecurityKeys: "L|||16;1;|10||;",
  /** Grants permission to list applications associated with a specific security profile in an Amazon Connect instance. Access level: List. Resources: security-profile*. https://docs.aws.amazon.com/connect/latest/APIReference/API_ListSecurityProfileApplications.html */
  ListSecurityProfileApplications: "L|||28;1;|1,10||;",
  /** Grants permission to list flow modules associated with a security profile in an Amazon Connect instance. Access level: List. Resources: instance*, security-profile*. https://docs.aws.amazon.com/connect/latest/APIReference/API_ListSecurityProfileFlowModules.html */
  ListSecurityProfileFlowModules: "L|||16;1;,28;1;|1,10||;",
  /** Grants permission to list permissions associated with security profile in an Amazon Connect instance. Access level: List. Resources: security-profile*. https://docs.aws.amazon.com/connect/latest/APIReference/API_ListSecurityProfilePermissions.html */
  ListSecurityProfilePermissions: "L|||28;1;|1,10||;",
  /** Grants permission to list security profile resources in an Amazon Connect instance. Access level: List. Resources: instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_ListSecurityProfiles.html */
  ListSecurityProfiles: "L|||16;1;|10||;",
  /** Grants permission to list tags for an Amazon Connect resource. Access level: Read. Resources: agent-status, contact-evaluation, contact-flow, contact-flow-module, evaluation-form, hierarchy-group, hours-of-operation, integration-association, phone-number, prompt, queue, quick-connect, routing-profile, rule, security-profile, traffic-distribution-group, use-case, user, wildcard-phone-number. https://docs.aws.amazon.com/connect/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource:
    "R|||0;0;,6;0;,7;0;,8;0;,13;0;,14;0;,15;0;,17;0;,20;0;,21;0;,24;0;,25;0;,26;0;,27;0;,28;0;,30;0;,31;0;,32;0;,37;0;|1||;",
  /** Grants permission to list task template resources in an Amazon Connect instance. Access level: List. Resources: instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_ListTaskTemplates.html */
  ListTaskTemplates: "L|||16;1;|||;",
  /** Grants permission to list the active user associations for a traffic distribution group. Access level: List. Resources: traffic-distribution-group*. https://docs.aws.amazon.com/connect/latest/APIReference/API_ListTrafficDistributionGroupUsers.html */
  ListTrafficDistributionGroupUsers: "L|||30;1;|1||;",
  /** Grants permission to list traffic distribution groups. Access level: List. Resources: traffic-distribution-group*. https://docs.aws.amazon.com/connect/latest/APIReference/API_ListTrafficDistributionGroups.html */
  ListTrafficDistributionGroups: "L|||30;1;|||;",
  /** Grants permission to list the use cases of an integration association. Access level: List. Resources: instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_ListUseCases.html */
  ListUseCases: "L|||16;1;|10|1,11|;",
  /** Grants permission to list the hierarchy group resources in an Amazon Connect instance. Access level: List. Resources: instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_ListUserHierarchyGroups.html */
  ListUserHierarchyGroups: "L|||16;1;|10||;",
  /** Grants permission to list notifications for a user in an Amazon Connect instance. Access level: Read. Resources: user*. https://docs.aws.amazon.com/connect/latest/APIReference/API_ListUserNotifications.html */
  ListUserNotifications: "R|||32;1;|1,10||;",
  /** Grants permission to list user proficiencies from a user in an Amazon Connect instance. Access level: List. Resources: instance*, user*. https://docs.aws.amazon.com/connect/latest/APIReference/API_ListUserProficiencies.html */
  ListUserProficiencies: "L|||16;1;,32;1;|10||;,SearchUsers",
  /** Grants permission to list user resources in an Amazon Connect instance. Access level: List. Resources: instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_ListUsers.html */
  ListUsers: "L|||16;1;|10||;",
  /** Grants permission to list the view versions in an Amazon Connect instance. Access level: List. Resources: aws-managed-view*, customer-managed-view*. https://docs.aws.amazon.com/connect/latest/APIReference/API_ListViewVersions.html */
  ListViewVersions: "L|||4;1;,9;1;|1,10||;",
  /** Grants permission to list the views in an Amazon Connect instance. Access level: List. Resources: instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_ListViews.html */
  ListViews: "L|||16;1;|10||;",
  /** Grants permission to list workspace media in an Amazon Connect instance. Access level: List. Resources: workspace*. https://docs.aws.amazon.com/connect/latest/APIReference/API_ListWorkspaceMedia.html */
  ListWorkspaceMedia: "L|||40;1;|1,10||;",
  /** Grants permission to list workspace pages in an Amazon Connect instance. Access level: List. Resources: workspace*. https://docs.aws.amazon.com/connect/latest/APIReference/API_ListWorkspacePages.html */
  ListWorkspacePages: "L|||40;1;|1,10||;",
  /** Grants permission to list workspaces in an Amazon Connect instance. Access level: List. Resources: instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_ListWorkspaces.html */
  ListWorkspaces: "L|||16;1;|10||;",
  /** Grants permission to monitor an ongoing contact. Access level: Write. Resources: contact*, instance*, user*. https://docs.aws.amazon.com/connect/latest/APIReference/API_MonitorContact.html */
  MonitorContact: "W|||5;1;,16;1;,32;1;|1,10,13||;",
  /** Grants permission to pause an ongoing contact. Access level: Write. Resources: contact*, contact-flow, instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_PauseContact.html */
  PauseContact: "W|||5;1;,7;0;,16;1;|1,10||;",
  /** Grants permission to switch User Status in an Amazon Connect instance. Access level: Write. Resources: agent-status*, instance*, user*. https://docs.aws.amazon.com/connect/latest/APIReference/API_PutUserStatus.html */
  PutUserStatus: "W|||0;1;,16;1;,32;1;|1,10||;",
  /** Grants permission to release phone number resources in an Amazon Connect instance. Access level: Write. Resources: phone-number*. https://docs.aws.amazon.com/connect/latest/APIReference/API_ReleasePhoneNumber.html */
  ReleasePhoneNumber: "W|||20;1;|1||;",
  /** Grants permission to create a replica of an Amazon Connect instance. Access level: Write. Resources: instance*. https://docs.aws.amazon.com/console/connect/amazon-connect-console/grant-instance-permissions */
  ReplicateInstance: "W|||16;1;|0,2,10|5,6,7,8,9,10,11,12,14,15,16|;",
  /** Grants permission to resume a paused contact. Access level: Write. Resources: contact*, contact-flow, instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_ResumeContact.html */
  ResumeContact: "W|||5;1;,7;0;,16;1;|1,10||;",
  /** Grants permission to resume recording for the specified contact. Access level: Write. Resources: contact*. https://docs.aws.amazon.com/connect/latest/APIReference/API_ResumeContactRecording.html */
  ResumeContactRecording: "W|||5;1;|1,5,6,20||;",
  /** Grants permission to search agent status resources in an Amazon Connect instance. Access level: Read. Resources: instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_SearchAgentStatuses.html */
  SearchAgentStatuses: "R|||16;1;|10,17|connect:DescribeAgentStatus|;",
  /** Grants permission to search phone number resources in an Amazon Connect instance or traffic distribution group. Access level: List. Resources: wildcard-phone-number*. https://docs.aws.amazon.com/connect/latest/APIReference/API_SearchAvailablePhoneNumbers.html */
  SearchAvailablePhoneNumbers: "L|||37;1;|||;",
  /** Grants permission to search evaluation resources in an Amazon Connect instance. Access level: Read. Resources: instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_SearchContactEvaluations.html */
  SearchContactEvaluations: "R|||16;1;|10,17|connect:DescribeContactEvaluation|;",
  /** Grants permission to search contact flow module resources in an Amazon Connect instance. Access level: Read. Resources: instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_SearchContactFlowModules.html */
  SearchContactFlowModules: "R|||16;1;|10,17|connect:DescribeContactFlowModule|;",
  /** Grants permission to search contact flow resources in an Amazon Connect instance. Access level: Read. Resources: instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_SearchContactFlows.html */
  SearchContactFlows: "R|||16;1;|9,10,17|connect:DescribeContactFlow|;",
  /** Grants permission to search contacts in an Amazon Connect instance. Access level: Read. Resources: instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_SearchContacts.html */
  SearchContacts: "R|||16;1;|5,10,14,16,17|connect:DescribeContact,connect:GetContactAttributes|;",
  /** Grants permission to search data tables in an Amazon Connect instance. Access level: Read. Resources: instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_SearchDataTables.html */
  SearchDataTables: "R|||16;1;|10,17|connect:DescribeDataTable|;",
  /** Grants permission to search email address resources in an Amazon Connect instance. Access level: Read. Resources: instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_SearchEmailAddresses.html */
  SearchEmailAddresses: "R|||16;1;|10,17|connect:DescribeEmailAddress|;",
  /** Grants permission to search evaluation forms resources in an Amazon Connect instance. Access level: Read. Resources: instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_SearchEvaluationForms.html */
  SearchEvaluationForms: "R|||16;1;|10,17|connect:DescribeEvaluationForm|;",
  /** Grants permission to search hours of operation override resources in an Amazon Connect instance. Access level: Read. Resources: hours-of-operation*, instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_SearchHoursOfOperationOverrides.html */
  SearchHoursOfOperationOverrides:
    "R|||15;1;,16;1;|10,17|0,connect:DescribeHoursOfOperationOverride,connect:ListHoursOfOperationOverrides|;",
  /** Grants permission to search hours of operation resources in an Amazon Connect instance. Access level: Read. Resources: instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_SearchHoursOfOperations.html */
  SearchHoursOfOperations: "R|||16;1;|10,17|0|;",
  /** Grants permission to search notifications in an Amazon Connect instance. Access level: Read. Resources: instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_SearchNotifications.html */
  SearchNotifications: "R|||16;1;|10,17|connect:DescribeNotification|;",
  /** Grants permission to search predefined attributes in an Amazon Connect instance. Access level: Read. Resources: instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_SearchPredefinedAttributes.html */
  SearchPredefinedAttributes: "R|||16;1;|10|connect:DescribePredefinedAttribute|;",
  /** Grants permission to search prompt resources in an Amazon Connect instance. Access level: Read. Resources: instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_SearchPrompts.html */
  SearchPrompts: "R|||16;1;|10,17|connect:DescribePrompt|;",
  /** Grants permission to search queue resources in an Amazon Connect instance. Access level: Read. Resources: instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_SearchQueues.html */
  SearchQueues: "R|||16;1;|10,17|connect:DescribeQueue|;",
  /** Grants permission to search quick connect resources in an Amazon Connect instance. Access level: Read. Resources: instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_SearchQuickConnects.html */
  SearchQuickConnects: "R|||16;1;|10,17|connect:DescribeQuickConnect|;",
  /** Grants permission to search tags that are used in an Amazon Connect instance. Access level: List. Resources: instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_SearchResourceTags.html */
  SearchResourceTags: "L|||16;1;|1,10||;",
  /** Grants permission to search routing profile resources in an Amazon Connect instance. Access level: Read. Resources: instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_SearchRoutingProfiles.html */
  SearchRoutingProfiles: "R|||16;1;|10,17|connect:DescribeRoutingProfile|;",
  /** Grants permission to search security profile resources in an Amazon Connect instance. Access level: Read. Resources: instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_SearchSecurityProfiles.html */
  SearchSecurityProfiles: "R|||16;1;|10,17|connect:DescribeSecurityProfile|;",
  /** Grants permission to search user hierarchy group resources in an Amazon Connect instance. Access level: Read. Resources: instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_SearchUserHierarchyGroups.html */
  SearchUserHierarchyGroups: "R|||16;1;|10,17|connect:DescribeUserHierarchyGroup|;",
  /** Grants permission to search user resources in an Amazon Connect instance. Access level: Read. Resources: instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_SearchUsers.html */
  SearchUsers: "R|||16;1;|10,17|2,connect:ListUserProficiencies|;",
  /** Grants permission to search views in an Amazon Connect instance. Access level: Read. Resources: instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_SearchViews.html */
  SearchViews: "R|||16;1;|10,17|3|;",
  /** Grants permission to search vocabularies in a Amazon Connect instance. Access level: List. Resources: vocabulary*. https://docs.aws.amazon.com/connect/latest/APIReference/API_SearchVocabularies.html */
  SearchVocabularies: "L|||33;1;|10||;",
  /** Grants permission to search workspace associations in an Amazon Connect instance. Access level: Read. Resources: workspace*. https://docs.aws.amazon.com/connect/latest/APIReference/API_SearchWorkspaceAssociations.html */
  SearchWorkspaceAssociations: "R|||40;1;|1,10||;",
  /** Grants permission to search workspaces in an Amazon Connect instance. Access level: Read. Resources: instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_SearchWorkspaces.html */
  SearchWorkspaces: "R|||16;1;|10,17|connect:DescribeWorkspace|;",
  /** Grants permission to send chat integration events using the Amazon Connect API. Access level: Write. https://docs.aws.amazon.com/connect/latest/APIReference/API_SendChatIntegrationEvent.html */
  SendChatIntegrationEvent: "W||||||;",
  /** Grants permission to send integration events using the Amazon Connect API. Access level: Write. Permission only. https://docs.aws.amazon.com/connect/latest/adminguide/whatsapp-integration.html */
  SendIntegrationEvent: "W||1||||",
  /** Grants permission to send outbound chat messages using the Amazon Connect API. Access level: Write. Resources: instance*, phone-number*. Permission only. https://docs.aws.amazon.com/connect/latest/adminguide/enable-outbound-campaigns.html */
  SendOutboundChatMessage: "W||1|16;1;,20;1;|10,19|social-messaging:SendWhatsAppMessage,27,28|",
  /** Grants permission to send outbound email using the Amazon Connect API. Access level: Write. Resources: instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_SendOutboundEmail.html */
  SendOutboundEmail: "W|||16;1;|10||;",
  /** Grants permission to send outbound web notifications using the Amazon Connect API. Access level: Write. Resources: instance*. Permission only. https://docs.aws.amazon.com/connect/latest/APIReference/API_SendOutboundWebNotification.html */
  SendOutboundWebNotification:
    "W||1|16;1;|10|3,19,profile:BatchGetProfile,profile:GetProfileRecommendations,profile:SearchProfiles|",
  /** Grants permission to start an attached file upload in an Amazon Connect instance. Access level: Write. Resources: attached-file*. https://docs.aws.amazon.com/connect/latest/APIReference/API_StartAttachedFileUpload.html */
  StartAttachedFileUpload: "W|||2;1;|0,1,2,10,20|cases:CreateRelatedItem,4|;",
  /** Grants permission to initiate a chat using the Amazon Connect API. Access level: Write. Resources: contact, contact-flow*. https://docs.aws.amazon.com/connect/latest/APIReference/API_StartChatContact.html */
  StartChatContact: "W|||5;0;,7;1;|10||;",
  /** Grants permission to start an empty evaluation in the specified Amazon Connect instance, using the given evaluation form for the particular contact. The evaluation form version used for the contact evaluation corresponds to the currently activated version. If no version is activated for the evaluation form, the contact evaluation cannot be started. Access level: Write. Resources: contact*, contact-evaluation*, evaluation-form*. https://docs.aws.amazon.com/connect/latest/APIReference/API_StartContactEvaluation.html */
  StartContactEvaluation: "W|||5;1;,6;1;,13;1;|1,10|4|;",
  /** Grants permission to start message processing on an ongoing contact. Access level: Write. Resources: contact*, instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_StartContactMediaProcessing.html */
  StartContactMediaProcessing: "W|||5;1;,16;1;|10||;",
  /** Grants permission to start recording for the specified contact. Access level: Write. Resources: contact*. https://docs.aws.amazon.com/connect/latest/APIReference/API_StartContactRecording.html */
  StartContactRecording: "W|||5;1;|1,5,6,20||;",
  /** Grants permission to start chat streaming using the Amazon Connect API. Access level: Write. Resources: instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_StartContactStreaming.html */
  StartContactStreaming: "W|||16;1;|1||;",
  /** Grants permission to initiate an inbound email using the Amazon Connect API. Access level: Write. Resources: contact-flow. https://docs.aws.amazon.com/connect/latest/APIReference/API_StartEmailContact.html */
  StartEmailContact: "W|||7;0;|1,10||;",
  /** Grants permission to enable forecasting, planning, and scheduling integration on an Amazon Connect instance. Access level: Write. Resources: instance*. Permission only. https://docs.aws.amazon.com/connect/latest/adminguide/optimization-apis.html */
  StartForecastingPlanningSchedulingIntegration: "W||1|16;1;|10||",
  /** Grants permission to initiate an outbound chat using the Amazon Connect API. Access level: Write. Resources: contact, contact-flow*, instance*, phone-number. https://docs.aws.amazon.com/connect/latest/APIReference/API_StartOutboundChatContact.html */
  StartOutboundChatContact: "W|||5;0;,7;1;,16;1;,20;0;|10,19|27,28|;",
  /** Grants permission to initiate an outbound email using the Amazon Connect API. Access level: Write. Resources: contact-flow. https://docs.aws.amazon.com/connect/latest/APIReference/API_StartOutboundEmailContact.html */
  StartOutboundEmailContact: "W|||7;0;|1,10||;",
  /** Grants permission to initiate outbound calls using the Amazon Connect API. Access level: Write. Resources: contact*. https://docs.aws.amazon.com/connect/latest/APIReference/API_StartOutboundVoiceContact.html */
  StartOutboundVoiceContact: "W|||5;1;|||;",
  /** Grants permission to start screen sharing for contact. Access level: Write. Resources: contact*, instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_StartScreenSharing.html */
  StartScreenSharing: "W|||5;1;,16;1;|1,5,6,10,20||;",
  /** Grants permission to initiate a task using the Amazon Connect API. Access level: Write. Resources: contact, contact-flow*, quick-connect, task-template. https://docs.aws.amazon.com/connect/latest/APIReference/API_StartTaskContact.html */
  StartTaskContact: "W|||5;0;,7;1;,25;0;,29;0;|1,3,10||;",
  /** Grants permission to initiate a WebRTC contact using the Amazon Connect API. Access level: Write. Resources: contact-flow*. https://docs.aws.amazon.com/connect/latest/APIReference/API_StartWebRTCContact.html */
  StartWebRTCContact: "W|||7;1;|10||;",
  /** Grants permission to stop contacts that were initiated using the Amazon Connect API. If you use this operation on an active contact the contact ends, even if the agent is active on a call with a customer. Access level: Write. Resources: contact*. https://docs.aws.amazon.com/connect/latest/APIReference/API_StopContact.html */
  StopContact: "W|||5;1;|5,6,10,20||;",
  /** Grants permission to stop message processing on an ongoing contact. Access level: Write. Resources: contact*, instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_StopContactMediaProcessing.html */
  StopContactMediaProcessing: "W|||5;1;,16;1;|10||;",
  /** Grants permission to stop recording for the specified contact. Access level: Write. Resources: contact*. https://docs.aws.amazon.com/connect/latest/APIReference/API_StopContactRecording.html */
  StopContactRecording: "W|||5;1;|1,5,6,20||;",
  /** Grants permission to stop chat streaming using the Amazon Connect API. Access level: Write. Resources: instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_StopContactStreaming.html */
  StopContactStreaming: "W|||16;1;|1||;",
  /** Grants permission to disable forecasting, planning, and scheduling integration on an Amazon Connect instance. Access level: Write. Resources: instance*. Permission only. https://docs.aws.amazon.com/connect/latest/adminguide/optimization-apis.html */
  StopForecastingPlanningSchedulingIntegration: "W||1|16;1;|10||",
  /** Grants permission to submit a contact evaluation in the specified Amazon Connect instance. Answers included in the request are merged with existing answers for the given evaluation. If no answers or notes are passed, the evaluation is submitted with the existing answers and notes. You can delete an answer or note by passing an empty object ({}) to the question identifier. Access level: Write. Resources: contact-evaluation*. https://docs.aws.amazon.com/connect/latest/APIReference/API_SubmitContactEvaluation.html */
  SubmitContactEvaluation: "W|||6;1;|10||;",
  /** Grants permission to suspend recording for the specified contact. Access level: Write. Resources: contact*. https://docs.aws.amazon.com/connect/latest/APIReference/API_SuspendContactRecording.html */
  SuspendContactRecording: "W|||5;1;|1,5,6,20||;",
  /** Grants permission to tag a contact in an Amazon Connect instance. Access level: Write. Resources: contact*. https://docs.aws.amazon.com/connect/latest/APIReference/API_TagContact.html */
  TagContact: "W|||5;1;|0,2,5,6,10,20||;",
  /** Grants permission to tag an Amazon Connect resource. Access level: Tagging. Resources: agent-status, contact-evaluation, contact-flow, contact-flow-module, customer-managed-view, email-address, evaluation-form, hierarchy-group, hours-of-operation, instance, integration-association, phone-number, prompt, queue, quick-connect, routing-profile, rule, security-profile, task-template, traffic-distribution-group, use-case, user, vocabulary, wildcard-phone-number. https://docs.aws.amazon.com/connect/latest/APIReference/API_TagResource.html */
  TagResource:
    "T|||0;0;,6;0;,7;0;,8;0;,9;0;,12;0;,13;0;,14;0;,15;0;,16;0;,17;0;,20;0;,21;0;,24;0;,25;0;,26;0;,27;0;,28;0;,29;0;,30;0;,31;0;,32;0;,33;0;,37;0;|0,2||ClaimPhoneNumber,CreateAgentStatus,CreateContactFlow,CreateContactFlowModule,CreateDataTable,CreateEmailAddress,CreateEvaluationForm,CreateHoursOfOperation,CreateInstance,CreateIntegrationAssociation,CreateNotification,CreatePrompt,CreateQueue,CreateQuickConnect,CreateRoutingProfile,CreateSecurityProfile,CreateTestCase,CreateTrafficDistributionGroup,CreateUseCase,CreateUser,CreateUserHierarchyGroup,CreateView,CreateVocabulary,CreateWorkspace,ImportPhoneNumber,StartAttachedFileUpload,StartContactEvaluation,;",
  /** Grants permission to transfer the contact to another queue or agent. Access level: Write. Resources: contact*, contact-flow*, instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_TransferContact.html */
  TransferContact: "W|||5;1;,7;1;,16;1;|1,5,6,10,20||;",
  /** Grants permission to untag a contact in an Amazon Connect instance. Access level: Write. Resources: contact*. https://docs.aws.amazon.com/connect/latest/APIReference/API_UntagContact.html */
  UntagContact: "W|||5;1;|2,5,6,10,20||;",
  /** Grants permission to untag an Amazon Connect resource. Access level: Tagging. Resources: agent-status, contact-evaluation, contact-flow, contact-flow-module, customer-managed-view, email-address, evaluation-form, hierarchy-group, hours-of-operation, instance, integration-association, phone-number, prompt, queue, quick-connect, routing-profile, rule, security-profile, task-template, traffic-distribution-group, use-case, user, vocabulary, wildcard-phone-number. https://docs.aws.amazon.com/connect/latest/APIReference/API_UntagResource.html */
  UntagResource:
    "T|||0;0;,6;0;,7;0;,8;0;,9;0;,12;0;,13;0;,14;0;,15;0;,16;0;,17;0;,20;0;,21;0;,24;0;,25;0;,26;0;,27;0;,28;0;,29;0;,30;0;,31;0;,32;0;,33;0;,37;0;|2||;",
  /** Grants permission to update agent status in an Amazon Connect instance. Access level: Write. Resources: agent-status*. https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateAgentStatus.html */
  UpdateAgentStatus: "W|||0;1;|1,10||;",
  /** Grants permission to update authentication profile resources in an Amazon Connect instance. Access level: Write. Resources: authentication-profile*. https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateAuthenticationProfile.html */
  UpdateAuthenticationProfile: "W|||3;1;|10||;",
  /** Grants permission to update a contact in an Amazon Connect instance. Access level: Write. Resources: contact*. https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateContact.html */
  UpdateContact: "W|||5;1;|1,5,6,10,20||;",
  /** Grants permission to create or update the contact attributes associated with the specified contact. Access level: Write. Resources: contact*. https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateContactAttributes.html */
  UpdateContactAttributes: "W|||5;1;|1,5,6,10,20||;",
  /** Grants permission to update details about a contact evaluation in the specified Amazon Connect instance. A contact evaluation must be in the draft state. Answers included in the request are merged with existing answers for the given evaluation. An answer or note can be deleted by passing an empty object ({}) to the question identifier. Access level: Write. Resources: contact-evaluation*. https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateContactEvaluation.html */
  UpdateContactEvaluation: "W|||6;1;|10||;",
  /** Grants permission to update contact flow content in an Amazon Connect instance. Access level: Write. Resources: contact-flow*. https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateContactFlowContent.html */
  UpdateContactFlowContent: "W|||7;1;|1,9,10||;",
  /** Grants permission to update the metadata of a contact flow in an Amazon Connect instance. Access level: Write. Resources: contact-flow*. https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateContactFlowMetadata.html */
  UpdateContactFlowMetadata: "W|||7;1;|1,9,10||;",
  /** Grants permission to update an alias of a flow module version in an Amazon Connect instance. Access level: Write. Resources: contact-flow-module*. https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateContactFlowModuleAlias.html */
  UpdateContactFlowModuleAlias: "W|||8;1;|1,10||;",
  /** Grants permission to update contact flow module content in an Amazon Connect instance. Access level: Write. Resources: contact-flow-module*. https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateContactFlowModuleContent.html */
  UpdateContactFlowModuleContent: "W|||8;1;|1,10||;",
  /** Grants permission to update the metadata of a contact flow module in an Amazon Connect instance. Access level: Write. Resources: contact-flow-module*. https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateContactFlowModuleMetadata.html */
  UpdateContactFlowModuleMetadata: "W|||8;1;|1,10||;",
  /** Grants permission to update the name and description of a contact flow in an Amazon Connect instance. Access level: Write. Resources: contact-flow*. https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateContactFlowName.html */
  UpdateContactFlowName: "W|||7;1;|1,9,10||;",
  /** Grants permission to update routing properties on a contact in an Amazon Connect instance. Access level: Write. Resources: contact*. https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateContactRoutingData.html */
  UpdateContactRoutingData: "W|||5;1;|1,5,6,10,20||;",
  /** Grants permission to update the schedule of a contact that is already scheduled in an Amazon Connect instance. Access level: Write. Resources: contact*. https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateContactSchedule.html */
  UpdateContactSchedule: "W|||5;1;|1,5,6,10,20||;",
  /** Grants permission to update an attribute of a data table in an Amazon Connect instance. Access level: Write. Resources: data-table*. https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateDataTableAttribute.html */
  UpdateDataTableAttribute: "W|||11;1;|1,10||;",
  /** Grants permission to update metadata of a data table in an Amazon Connect instance. Access level: Write. Resources: data-table*. https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateDataTableMetadata.html */
  UpdateDataTableMetadata: "W|||11;1;|1,10||;",
  /** Grants permission to update primary values in a data table in an Amazon Connect instance. Access level: Write. Resources: data-table*. https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateDataTablePrimaryValues.html */
  UpdateDataTablePrimaryValues: "W|||11;1;|1,10,15||;",
  /** Grants permission to update the metadata of an email address resource in an Amazon Connect instance. Access level: Write. Resources: email-address*. https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateEmailAddressMetadata.html */
  UpdateEmailAddressMetadata: "W|||12;1;|1,10||;",
  /** Grants permission to update details about a specific evaluation form version in the specified Amazon Connect instance. Question and section identifiers cannot be duplicated within the same evaluation form. Access level: Write. Resources: evaluation-form*. https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateEvaluationForm.html */
  UpdateEvaluationForm: "W|||13;1;|10||;",
  /** Grants permission to update hours of operation in an Amazon Connect instance. Access level: Write. Resources: hours-of-operation*. https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateHoursOfOperation.html */
  UpdateHoursOfOperation: "W|||15;1;|1,10||;",
  /** Grants permission to update an hours of operation override in an Amazon Connect instance. Access level: Write. Resources: hours-of-operation*, instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateHoursOfOperationOverride.html */
  UpdateHoursOfOperationOverride: "W|||15;1;,16;1;|10||;",
  /** Grants permission to update the attribute for an existing Amazon Connect instance. Access level: Write. Resources: instance*. https://docs.aws.amazon.com/console/connect/amazon-connect-console/grant-instance-permissions */
  UpdateInstanceAttribute: "W|||16;1;|4,10|11,14,15,16,logs:CreateLogGroup|;",
  /** Grants permission to update the storage configuration for an existing Amazon Connect instance. Access level: Write. Resources: instance*. https://docs.aws.amazon.com/console/connect/amazon-connect-console/grant-instance-permissions */
  UpdateInstanceStorageConfig: "W|||16;1;|10,18|11,13,14,15,16,17,18,20,23,24|;",
  /** Grants permission to update the content of a notification in an Amazon Connect instance. Access level: Write. Resources: notification*. https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateNotificationContent.html */
  UpdateNotificationContent: "W|||19;1;|1,10||;",
  /** Grants permission to update and continue authentication for a specific contact. Access level: Write. Resources: instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateParticipantAuthentication.html */
  UpdateParticipantAuthentication: "W|||16;1;|10||;",
  /** Grants permission to update participant role configurations associated with a contact. Access level: Write. Resources: contact*, instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateParticipantRoleConfig.html */
  UpdateParticipantRoleConfig: "W|||5;1;,16;1;|1,10||;",
  /** Grants permission to update phone number resources in an Amazon Connect instance or traffic distribution group. Access level: Write. Resources: instance*, phone-number*, traffic-distribution-group*. https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdatePhoneNumber.html */
  UpdatePhoneNumber: "W|||16;1;,20;1;,30;1;|1,10||;",
  /** Grants permission to update the metadata of a phone number resource in an Amazon Connect instance or traffic distribution group. Access level: Write. Resources: phone-number*. https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdatePhoneNumberMetadata.html */
  UpdatePhoneNumberMetadata: "W|||20;1;|1||;",
  /** Grants permission to update a predefined attribute in an Amazon Connect instance. Access level: Write. Resources: instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdatePredefinedAttribute.html */
  UpdatePredefinedAttribute: "W|||16;1;|10||;",
  /** Grants permission to update a prompt's name, description, and Amazon S3 URI in an Amazon Connect instance. Access level: Write. Resources: prompt*. https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdatePrompt.html */
  UpdatePrompt: "W|||21;1;|1,10|19,25,26|;",
  /** Grants permission to update queue hours of operation in an Amazon Connect instance. Access level: Write. Resources: hours-of-operation*, queue*. https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateQueueHoursOfOperation.html */
  UpdateQueueHoursOfOperation: "W|||15;1;,24;1;|1,10||;",
  /** Grants permission to update queue capacity in an Amazon Connect instance. Access level: Write. Resources: queue*. https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateQueueMaxContacts.html */
  UpdateQueueMaxContacts: "W|||24;1;|1,10||;",
  /** Grants permission to update a queue name and description in an Amazon Connect instance. Access level: Write. Resources: queue*. https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateQueueName.html */
  UpdateQueueName: "W|||24;1;|1,10||;",
  /** Grants permission to update queue outbound caller config in an Amazon Connect instance. Access level: Write. Resources: contact-flow, phone-number, queue*. https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateQueueOutboundCallerConfig.html */
  UpdateQueueOutboundCallerConfig: "W|||7;0;,20;0;,24;1;|1,10||;",
  /** Grants permission to update the outbound email configuration for a queue in an Amazon Connect instance. Access level: Write. Resources: queue*. https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateQueueOutboundEmailConfig.html */
  UpdateQueueOutboundEmailConfig: "W|||24;1;|1,10||;",
  /** Grants permission to update queue status in an Amazon Connect instance. Access level: Write. Resources: queue*. https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateQueueStatus.html */
  UpdateQueueStatus: "W|||24;1;|1,10||;",
  /** Grants permission to update the configuration of a quick connect in an Amazon Connect instance. Access level: Write. Resources: contact-flow, queue, quick-connect*, user. https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateQuickConnectConfig.html */
  UpdateQuickConnectConfig: "W|||7;0;,24;0;,25;1;,32;0;|1,10||;",
  /** Grants permission to update a quick connect name and description in an Amazon Connect instance. Access level: Write. Resources: quick-connect*. https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateQuickConnectName.html */
  UpdateQuickConnectName: "W|||25;1;|1,10||;",
  /** Grants permission to update a routing profile agent availability timer in an Amazon Connect instance. Access level: Write. Resources: routing-profile*. https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateRoutingProfileAgentAvailabilityTimer.html */
  UpdateRoutingProfileAgentAvailabilityTimer: "W|||26;1;|1,10||;",
  /** Grants permission to update the concurrency in a routing profile in an Amazon Connect instance. Access level: Write. Resources: routing-profile*. https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateRoutingProfileConcurrency.html */
  UpdateRoutingProfileConcurrency: "W|||26;1;|1,10||;",
  /** Grants permission to update the outbound queue in a routing profile in an Amazon Connect instance. Access level: Write. Resources: queue*, routing-profile*. https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateRoutingProfileDefaultOutboundQueue.html */
  UpdateRoutingProfileDefaultOutboundQueue: "W|||24;1;,26;1;|1,10||;",
  /** Grants permission to update a routing profile name and description in an Amazon Connect instance. Access level: Write. Resources: routing-profile*. https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateRoutingProfileName.html */
  UpdateRoutingProfileName: "W|||26;1;|1,10||;",
  /** Grants permission to update the queues in routing profile in an Amazon Connect instance. Access level: Write. Resources: routing-profile*. https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateRoutingProfileQueues.html */
  UpdateRoutingProfileQueues: "W|||26;1;|1,10||;",
  /** Grants permission to update a rule for an existing Amazon Connect instance. Access level: Write. Resources: rule*. https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateRule.html */
  UpdateRule: "W|||27;1;|10||;",
  /** Grants permission to update a security profile group for a user in an Amazon Connect instance. Access level: Write. Resources: security-profile*. https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateSecurityProfile.html */
  UpdateSecurityProfile: "W|||28;1;|1,10||;",
  /** Grants permission to update task template belonging to a Amazon Connect instance. Access level: Write. Resources: task-template*. https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateTaskTemplate.html */
  UpdateTaskTemplate: "W|||29;1;|1,10||;",
  /** Grants permission to update traffic distribution for a traffic distribution group. Access level: Write. Resources: traffic-distribution-group*. https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateTrafficDistribution.html */
  UpdateTrafficDistribution: "W|||30;1;|1||;",
  /** Grants permission to update a hierarchy group for a user in an Amazon Connect instance. Access level: Write. Resources: hierarchy-group, user*. https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateUserHierarchy.html */
  UpdateUserHierarchy: "W|||14;0;,32;1;|1,10||;",
  /** Grants permission to update a user hierarchy group name in an Amazon Connect instance. Access level: Write. Resources: hierarchy-group*. https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateUserHierarchyGroupName.html */
  UpdateUserHierarchyGroupName: "W|||14;1;|10||;",
  /** Grants permission to update user hierarchy structure in an Amazon Connect instance. Access level: Write. Resources: instance*. https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateUserHierarchyStructure.html */
  UpdateUserHierarchyStructure: "W|||16;1;|10||;",
  /** Grants permission to update identity information for a user in an Amazon Connect instance. Access level: Write. Resources: user*. https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateUserIdentityInfo.html */
  UpdateUserIdentityInfo: "W|||32;1;|1,10||;",
  /** Grants permission to update the status of a user notification in an Amazon Connect instance. Access level: Write. Resources: user*. https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateUserNotificationStatus.html */
  UpdateUserNotificationStatus: "W|||32;1;|1,10||;",
  /** Grants permission to update phone configuration settings for a user in an Amazon Connect instance. Access level: Write. Resources: user*. https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateUserPhoneConfig.html */
  UpdateUserPhoneConfig: "W|||32;1;|1,10||UpdateUserConfig,;",
  /** Grants permission to update user proficiencies from a user in an Amazon Connect instance. Access level: Write. Resources: instance*, user*. https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateUserProficiencies.html */
  UpdateUserProficiencies: "W|||16;1;,32;1;|10||;",
  /** Grants permission to update a routing profile for a user in an Amazon Connect instance. Access level: Write. Resources: routing-profile*, user*. https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateUserRoutingProfile.html */
  UpdateUserRoutingProfile: "W|||26;1;,32;1;|1,10||;",
  /** Grants permission to update security profiles for a user in an Amazon Connect instance. Access level: Write. Resources: security-profile*, user*. https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateUserSecurityProfiles.html */
  UpdateUserSecurityProfiles: "W|||28;1;,32;1;|1,10||;",
  /** Grants permission to update a view's content in an Amazon Connect instance. Access level: Write. Resources: customer-managed-view*. https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateViewContent.html */
  UpdateViewContent: "W|||9;1;|1,10||;",
  /** Grants permission to update a view's metadata in an Amazon Connect instance. Access level: Write. Resources: customer-managed-view*. https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateViewMetadata.html */
  UpdateViewMetadata: "W|||9;1;|1,10||;",
  /** Grants permission to update workspace metadata in an Amazon Connect instance. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateWorkspaceMetadata.html */
  UpdateWorkspaceMetadata: "W|||40;1;|1,10||;",
  /** Grants permission to update a workspace page in an Amazon Connect instance. Access level: Write. Resources: aws-managed-view, customer-managed-view, workspace*. https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateWorkspacePage.html */
  UpdateWorkspacePage: "W|||4;0;,9;0;,40;1;|1,10||;",
  /** Grants permission to update workspace theme in an Amazon Connect instance. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateWorkspaceTheme.html */
  UpdateWorkspaceTheme: "W|||40;1;|1,10||;",
  /** Grants permission to update workspace visibility in an Amazon Connect instance. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateWorkspaceVisibility.html */
  UpdateWorkspaceVisibility: "W|||40;1;|1,10||;",
} as const;
const actionDetails = {
  ActivateEvaluationForm:
    "|,;~~~|Grants permission to activate an evaluation form in the specified Amazon Connect instance. After the evaluation form is activated, it is available to start new evaluations based on the form",
  AdminGetEmergencyAccessToken:
    "|,;~|Grants permission to federate into an Amazon Connect instance (Log in for emergency access functionality in the Amazon Connect console)",
  AssociateAnalyticsDataSet:
    "|,;~~~|Grants permission to grant access and to associate a dataset with the specified AWS account",
  AssociateApprovedOrigin:
    "|,;~~~|Grants permission to associate approved origin for an existing Amazon Connect instance",
  AssociateBot: "|,;~~~|Grants permission to associate a Lex bot for an existing Amazon Connect instance",
  AssociateContactWithUser: "|,;~~~|Grants permission to associate a contact with a user using the Amazon Connect API",
  AssociateCustomerProfilesDomain:
    "|,;~|Grants permission to associate a Customer Profiles domain for an existing Amazon Connect instance",
  AssociateDefaultVocabulary: "|,;~~~|Grants permission to default vocabulary for an existing Amazon Connect instance",
  AssociateEmailAddressAlias:
    "|,;~~~|Grants permission to associate an alias with an email address resource in an Amazon Connect instance",
  AssociateFlow: "|,;~~~|Grants permission to associate a resource with a flow in an Amazon Connect instance",
  AssociateInstanceStorageConfig:
    "|,;~~~|Grants permission to associate instance storage for an existing Amazon Connect instance",
  AssociateLambdaFunction:
    "|,;~~~|Grants permission to associate a Lambda function for an existing Amazon Connect instance",
  AssociateLexBot: "|,;~~~|Grants permission to associate a Lex bot for an existing Amazon Connect instance",
  AssociatePhoneNumberContactFlow:
    "|,;~~~|Grants permission to associate contact flow resources to phone number resources in an Amazon Connect instance",
  AssociateQueueEmailAddresses: "|,;~~~|Grants permission to associate a set of email addresses with a queue",
  AssociateQueueQuickConnects:
    "|,;~~~|Grants permission to associate quick connects with a queue in an Amazon Connect instance",
  AssociateRoutingProfileQueues:
    "|,;~~~|Grants permission to associate queues with a routing profile in an Amazon Connect instance",
  AssociateSecurityKey: "|,;~~~|Grants permission to associate a security key for an existing Amazon Connect instance",
  AssociateSecurityProfiles:
    "|,;~~~|Grants permission to associate security profiles with an AI agent in an Amazon Connect instance",
  AssociateTrafficDistributionGroupUser:
    "|,;~~~|Grants permission to associate a user to a traffic distribution group in the specified Amazon Connect instance",
  AssociateUserProficiencies:
    "|,;~~~|Grants permission to associate user proficiencies to a user in an Amazon Connect instance",
  AssociateWorkspace:
    "|,;~~~|Grants permission to associate a workspace with a user or routing profile in an Amazon Connect instance",
  BatchAssociateAnalyticsDataSet:
    "|,;~~~|Grants permission to grant access and to associate the datasets with the specified AWS account",
  BatchCreateDataTableValue:
    "|,;~~~|Grants permission to batch create values in a data table in an Amazon Connect instance",
  BatchDeleteDataTableValue:
    "|,;~~~|Grants permission to batch delete values in a data table in an Amazon Connect instance",
  BatchDescribeDataTableValue:
    "|,;~~~|Grants permission to batch describe values in a data table in an Amazon Connect instance",
  BatchDisassociateAnalyticsDataSet:
    "|,;~~~|Grants permission to revoke access and to disassociate the datasets with the specified AWS account",
  BatchGetAttachedFileMetadata:
    "|,;~~~|Grants permission to get metadata for multiple attached files from an Amazon Connect instance",
  BatchGetFlowAssociation:
    "|,;~~~|Grants permission to get summary information about the flow associations for the specified Amazon Connect instance",
  BatchPutContact: "|,;~~~|Grants permission to put contacts in an Amazon Connect instance",
  BatchUpdateDataTableValue:
    "|,;~~~|Grants permission to batch update values in a data table in an Amazon Connect instance",
  ClaimPhoneNumber:
    "|,;~~~|Grants permission to claim phone number resources in an Amazon Connect instance or traffic distribution group",
  CompleteAttachedFileUpload:
    "|,;~~~|Grants permission to complete an attached file upload in an Amazon Connect instance",
  CreateAgentStatus: "|,;~~~|Grants permission to create agent status in an Amazon Connect instance",
  CreateAuthenticationProfile:
    "|,;~|Grants permission to create authentication profile resources in an Amazon Connect instance",
  CreateContact: "|,;~~~|Grants permission to create a new contact using the Amazon Connect API",
  CreateContactFlow: "|,;~~~|Grants permission to create a contact flow in an Amazon Connect instance",
  CreateContactFlowModule: "|,;~~~|Grants permission to create a contact flow module in an Amazon Connect instance",
  CreateContactFlowModuleAlias:
    "|,;~~~|Grants permission to create an alias of a flow module version in an Amazon Connect instance",
  CreateContactFlowModuleVersion:
    "|,;~~~|Grants permission to create a version of a flow module in an Amazon Connect instance",
  CreateContactFlowVersion: "|,;~~~|Grants permission to create a version a flow in an Amazon Connect instance",
  CreateDataTable: "|,;~~~|Grants permission to create a dataTable in an Amazon Connect instance",
  CreateDataTableAttribute:
    "|,;~~~|Grants permission to create an attribute for a data table in an Amazon Connect instance",
  CreateEmailAddress: "|,;~~~|Grants permission to create an email address resource in an Amazon Connect instance",
  CreateEvaluationForm:
    "|,;~~~|Grants permission to create an evaluation form in the specified Amazon Connect instance. The form can be used to define questions related to agent performance, and create sections to organize such questions. Question and section identifiers cannot be duplicated within the same evaluation form",
  CreateHoursOfOperation: "|,;~~~|Grants permission to create hours of operation in an Amazon Connect instance",
  CreateHoursOfOperationOverride:
    "|,;~~~|Grants permission to create an hours of operation override in an Amazon Connect instance",
  CreateInstance: "|,;~~~|Grants permission to create a new Amazon Connect instance",
  CreateIntegrationAssociation:
    "|,;~~~|Grants permission to create an integration association with an Amazon Connect instance",
  CreateNotification: "|,;~~~|Grants permission to create a notification in an Amazon Connect instance",
  CreateParticipant: "|,;~~~|Grants permission to add a participant to an ongoing contact",
  CreatePersistentContactAssociation:
    "|,;~~~|Grants permission to create persistent contact associations for a contact",
  CreatePredefinedAttribute: "|,;~~~|Grants permission to create a predefined attribute in an Amazon Connect instance",
  CreatePrompt: "|,;~~~|Grants permission to create a prompt in an Amazon Connect instance",
  CreatePushNotificationRegistration:
    "|,;~~~|Grants permission to create a push notification registration for an Amazon Connect instance",
  CreateQueue: "|,;~~~|Grants permission to create a queue in an Amazon Connect instance",
  CreateQuickConnect: "|,;~~~|Grants permission to create a quick connect in an Amazon Connect instance",
  CreateRoutingProfile: "|,;~~~|Grants permission to create a routing profile in an Amazon Connect instance",
  CreateRule: "|,;~~~|Grants permission to create a rule in an Amazon Connect instance",
  CreateSecurityProfile:
    "|,;~~~|Grants permission to create a security profile for the specified Amazon Connect instance",
  CreateTaskTemplate: "|,;~~~|Grants permission to create a task template in an Amazon Connect instance",
  CreateTrafficDistributionGroup: "|,;~~~|Grants permission to create a traffic distribution group",
  CreateUseCase: "|,;~~~|Grants permission to create a use case for an integration association",
  CreateUser: "|,;~~~|Grants permission to create a user for the specified Amazon Connect instance",
  CreateUserHierarchyGroup: "|,;~~~|Grants permission to create a user hierarchy group in an Amazon Connect instance",
  CreateView: "|,;~~~|Grants permission to create a view in an Amazon Connect instance",
  CreateViewVersion: "|,;~~~|Grants permission to create a view version in an Amazon Connect instance",
  CreateVocabulary: "|,;~~~|Grants permission to create a vocabulary in an Amazon Connect instance",
  CreateWorkspace: "|,;~~~|Grants permission to create a workspace in an Amazon Connect instance",
  CreateWorkspacePage: "|,;~~~|Grants permission to create a workspace page in an Amazon Connect instance",
  DeactivateEvaluationForm:
    "|,;~~~|Grants permission to deactivate an evaluation form in the specified Amazon Connect instance. After a form is deactivated, it is no longer available for users to start new evaluations based on the form",
  DeleteAttachedFile: "|,;~~~|Grants permission to delete an attached file from an Amazon Connect instance",
  DeleteContactEvaluation:
    "|,;~~~|Grants permission to delete a contact evaluation in the specified Amazon Connect instance",
  DeleteContactFlow: "|,;~~~|Grants permission to delete a contact flow in an Amazon Connect instance",
  DeleteContactFlowModule: "|,;~~~|Grants permission to delete a contact flow module in an Amazon Connect instance",
  DeleteContactFlowModuleAlias:
    "|,;~~~|Grants permission to delete an alias of a flow module version in an Amazon Connect instance",
  DeleteContactFlowModuleVersion:
    "|,;~~~|Grants permission to delete a version of a flow module in an Amazon Connect instance",
  DeleteContactFlowVersion: "|,;~~~|Grants permission to delete a version of a flow in an Amazon Connect instance",
  DeleteDataTable: "|,;~~~|Grants permission to delete a data table in an Amazon Connect instance",
  DeleteDataTableAttribute:
    "|,;~~~|Grants permission to delete an attribute of a data table in an Amazon Connect instance",
  DeleteEmailAddress: "|,;~~~|Grants permission to delete an email address resource in an Amazon Connect instance",
  DeleteEvaluationForm:
    "|,;~~~|Grants permission to delete an evaluation form in the specified Amazon Connect instance. If the version property is provided, only the specified version of the evaluation form is deleted",
  DeleteHoursOfOperation: "|,;~~~|Grants permission to delete hours of operation in an Amazon Connect instance",
  DeleteHoursOfOperationOverride:
    "|,;~~~|Grants permission to delete an hours of operation override in an Amazon Connect instance",
  DeleteInstance:
    "|,;~~~|Grants permission to delete an Amazon Connect instance. When you remove an instance, the link to an existing AWS directory is also removed",
  DeleteIntegrationAssociation:
    "|,;~~~|Grants permission to delete an integration association from an Amazon Connect instance. The association must not have any use cases associated with it",
  DeleteNotification: "|,;~~~|Grants permission to delete a notification in an Amazon Connect instance",
  DeletePredefinedAttribute: "|,;~~~|Grants permission to delete a predefined attribute in an Amazon Connect instance",
  DeletePrompt: "|,;~~~|Grants permission to delete a prompt in an Amazon Connect instance",
  DeletePushNotificationRegistration:
    "|,;~~~|Grants permission to delete a push notification registration for an Amazon Connect instance",
  DeleteQueue: "|,;~~~|Grants permission to delete a queue in an Amazon Connect instance",
  DeleteQuickConnect: "|,;~~~|Grants permission to delete a quick connect in an Amazon Connect instance",
  DeleteRoutingProfile: "|,;~~~|Grants permission to delete routing profiles in an Amazon Connect instance",
  DeleteRule: "|,;~~~|Grants permission to delete a rule in an Amazon Connect instance",
  DeleteSecurityProfile: "|,;~~~|Grants permission to delete a security profile in an Amazon Connect instance",
  DeleteTaskTemplate: "|,;~~~|Grants permission to delete a task template in an Amazon Connect instance",
  DeleteTrafficDistributionGroup: "|,;~~~|Grants permission to delete a traffic distribution group",
  DeleteUseCase: "|,;~~~|Grants permission to delete a use case from an integration association",
  DeleteUser: "|,;~~~|Grants permission to delete a user in an Amazon Connect instance",
  DeleteUserHierarchyGroup: "|,;~~~|Grants permission to delete a user hierarchy group in an Amazon Connect instance",
  DeleteView: "|,;~~~|Grants permission to delete a view in an Amazon Connect instance",
  DeleteViewVersion: "|,;~~~|Grants permission to delete a view version in an Amazon Connect instance",
  DeleteVocabulary: "|,;~~~|Grants permission to delete a vocabulary in an Amazon Connect instance",
  DeleteWorkspace: "|,;~~~|Grants permission to delete a workspace in an Amazon Connect instance",
  DeleteWorkspaceMedia: "|,;~~~|Grants permission to delete workspace media in an Amazon Connect instance",
  DeleteWorkspacePage: "|,;~~~|Grants permission to delete a workspace page in an Amazon Connect instance",
  DescribeAgentStatus: "|,;~~~,~~|Grants permission to describe agent status in an Amazon Connect instance",
  DescribeAuthenticationProfile:
    "|,;~~~|Grants permission to describe authentication profile resources in an Amazon Connect instance",
  DescribeContact: "|,;~~~,~~|Grants permission to describe a contact in an Amazon Connect instance",
  DescribeContactEvaluation:
    "|,;~~~,~~|Grants permission to describe a contact evaluation in the specified Amazon Connect instance",
  DescribeContactFlow: "|,;~~~,~~|Grants permission to describe a contact flow in an Amazon Connect instance",
  DescribeContactFlowModule:
    "|,;~~~,~~|Grants permission to describe a contact flow module in an Amazon Connect instance",
  DescribeContactFlowModuleAlias:
    "|,;~~~|Grants permission to describe an alias of a flow module version in an Amazon Connect instance",
  DescribeDataTable: "|,;~~~,~~|Grants permission to describe a data table in an Amazon Connect instance",
  DescribeDataTableAttribute:
    "|,;~~~|Grants permission to describe an attribute of a data table in an Amazon Connect instance",
  DescribeEmailAddress:
    "|,;~~~,~~|Grants permission to describe an email address resource in an Amazon Connect instance",
  DescribeEvaluationForm:
    "|,;~~~,~~|Grants permission to describe an evaluation form in the specified Amazon Connect instance. If the version property is not provided, the latest version of the evaluation form is described",
  DescribeForecastingPlanningSchedulingIntegration:
    "|,;~|Grants permission to describe the status of forecasting, planning, and scheduling integration on an Amazon Connect instance",
  DescribeHoursOfOperation: "|,;~~~,~~|Grants permission to describe hours of operation in an Amazon Connect instance",
  DescribeHoursOfOperationOverride:
    "|,;~~~,~~|Grants permission to describe an hours of operation override in an Amazon Connect instance",
  DescribeInstance:
    "|,;~~~|Grants permission to view details of an Amazon Connect instance and is also required to create an instance",
  DescribeInstanceAttribute:
    "|,;~~~|Grants permission to view the attribute details of an existing Amazon Connect instance",
  DescribeInstanceStorageConfig:
    "|,;~~~|Grants permission to view the instance storage configuration for an existing Amazon Connect instance",
  DescribeNotification: "|,;~~~,~~|Grants permission to describe a notification in an Amazon Connect instance",
  DescribePhoneNumber:
    "|,;~~~|Grants permission to describe phone number resources in an Amazon Connect instance or traffic distribution group",
  DescribePredefinedAttribute:
    "|,;~~~,~~|Grants permission to describe a predefined attribute in an Amazon Connect instance",
  DescribePrompt: "|,;~~~,~~|Grants permission to describe a prompt in an Amazon Connect instance",
  DescribeQueue: "|,;~~~,~~|Grants permission to describe a queue in an Amazon Connect instance",
  DescribeQuickConnect: "|,;~~~,~~|Grants permission to describe a quick connect in an Amazon Connect instance",
  DescribeRoutingProfile: "|,;~~~,~~|Grants permission to describe a routing profile in an Amazon Connect instance",
  DescribeRule: "|,;~~~|Grants permission to describe a rule in an Amazon Connect instance",
  DescribeSecurityProfile: "|,;~~~,~~|Grants permission to describe a security profile in an Amazon Connect instance",
  DescribeTrafficDistributionGroup: "|,;~~~|Grants permission to describe a traffic distribution group",
  DescribeUser: "|,;~~~,~~|Grants permission to describe a user in an Amazon Connect instance",
  DescribeUserHierarchyGroup:
    "|,;~~~,~~|Grants permission to describe a hierarchy group for an Amazon Connect instance",
  DescribeUserHierarchyStructure:
    "|,;~~~|Grants permission to describe the hierarchy structure for an Amazon Connect instance",
  DescribeView: "|,;~~~;~connectparticipant~,~~|Grants permission to describe a view in an Amazon Connect instance",
  DescribeVocabulary: "|,;~~~|Grants permission to describe a vocabulary in an Amazon Connect instance",
  DescribeWorkspace: "|,;~~~,~~|Grants permission to describe a workspace in an Amazon Connect instance",
  DisassociateAnalyticsDataSet:
    "|,;~~~|Grants permission to revoke access and to disassociate a dataset with the specified AWS account",
  DisassociateApprovedOrigin:
    "|,;~~~|Grants permission to disassociate approved origin for an existing Amazon Connect instance",
  DisassociateBot: "|,;~~~|Grants permission to disassociate a Lex bot for an existing Amazon Connect instance",
  DisassociateCustomerProfilesDomain:
    "|,;~|Grants permission to disassociate a Customer Profiles domain for an existing Amazon Connect instance",
  DisassociateEmailAddressAlias:
    "|,;~~~|Grants permission to disassociate an alias from an email address resource in an Amazon Connect instance",
  DisassociateFlow: "|,;~~~|Grants permission to disassociate a resource from a flow in an Amazon Connect instance",
  DisassociateInstanceStorageConfig:
    "|,;~~~|Grants permission to disassociate instance storage for an existing Amazon Connect instance",
  DisassociateLambdaFunction:
    "|,;~~~|Grants permission to disassociate a Lambda function for an existing Amazon Connect instance",
  DisassociateLexBot: "|,;~~~|Grants permission to disassociate a Lex bot for an existing Amazon Connect instance",
  DisassociatePhoneNumberContactFlow:
    "|,;~~~|Grants permission to disassociate contact flow resources from phone number resources in an Amazon Connect instance",
  DisassociateQueueEmailAddresses: "|,;~~~|Grants permission to disassociate a set of email addresses from a queue",
  DisassociateQueueQuickConnects:
    "|,;~~~|Grants permission to disassociate quick connects from a queue in an Amazon Connect instance",
  DisassociateRoutingProfileQueues:
    "|,;~~~|Grants permission to disassociate queues from a routing profile in an Amazon Connect instance",
  DisassociateSecurityKey:
    "|,;~~~|Grants permission to disassociate the security key for an existing Amazon Connect instance",
  DisassociateSecurityProfiles:
    "|,;~~~|Grants permission to disassociate security profiles with an AI agent in an Amazon Connect instance",
  DisassociateTrafficDistributionGroupUser:
    "|,;~~~|Grants permission to disassociate a user from a traffic distribution group in the specified Amazon Connect instance",
  DisassociateUserProficiencies:
    "|,;~~~|Grants permission to disassociate user proficiencies from a user in an Amazon Connect instance",
  DisassociateWorkspace:
    "|,;~~~|Grants permission to disassociate a workspace from a user or routing profile in an Amazon Connect instance",
  DismissUserContact: "|,;~~~|Grants permission to dismiss terminated Contact from Agent CCP",
  EvaluateDataTableValues: "|,;~~~|Grants permission to evaluate values in a data table in an Amazon Connect instance",
  GetAttachedFile: "|,;~~~|Grants permission to get an attached file from an Amazon Connect instance",
  GetContactAttributes: "|,;~~~,~~|Grants permission to retrieve the contact attributes for the specified contact",
  GetContactMetrics: "|,;~~~|Grants permission to get contact metrics in an Amazon Connect instance",
  GetCurrentMetricData:
    "|,;~~~|Grants permission to retrieve current metric data for queues and routing profiles in an Amazon Connect instance",
  GetCurrentUserData: "|,;~~~|Grants permission to retrieve current user data in an Amazon Connect instance",
  GetEffectiveHoursOfOperations:
    "|,;~~~|Grants permission to get effective hours of operation resources in an Amazon Connect instance",
  GetFederationToken:
    "|,;~~~|Grants permission to federate into an Amazon Connect instance when using SAML-based authentication for identity management",
  GetFlowAssociation:
    "|,;~~~|Grants permission to get information about the flow associations for the specified Amazon Connect instance",
  GetMetricData: "|,;~~~|Grants permission to retrieve historical metric data for queues in an Amazon Connect instance",
  GetMetricDataV2: "|,;~~~|Grants permission to retrieve metric data in an Amazon Connect instance",
  GetPromptFile:
    "|,;~~~|Grants permission to get details about a prompt's presigned Amazon S3 URL in an Amazon Connect instance",
  GetTaskTemplate:
    "|,;~~~|Grants permission to get details about specified task template in an Amazon Connect instance",
  GetTrafficDistribution: "|,;~~~|Grants permission to read traffic distribution for a traffic distribution group",
  ImportPhoneNumber: "|,;~~~|Grants permission to import phone number resources to an Amazon Connect instance",
  ImportWorkspaceMedia: "|,;~~~|Grants permission to import workspace media in an Amazon Connect instance",
  ListAgentStatuses: "|,;~~~|Grants permission to list agent statuses in an Amazon Connect instance",
  ListAnalyticsDataAssociations:
    "|,;~~~|Grants permission to list the association status of a dataset for a given Amazon Connect instance",
  ListAnalyticsDataLakeDataSets:
    "|,;~~~|Grants permission to list data lake datasets available to associate with for a given Amazon Connect instance",
  ListApprovedOrigins: "|,;~~~|Grants permission to view approved origins of an existing Amazon Connect instance",
  ListAssociatedContacts:
    "|,;~~~|Grants permission to list the contacts associated with an email address in an Amazon Connect instance",
  ListAuthenticationProfiles:
    "|,;~~~|Grants permission to list authentication profile resources in an Amazon Connect instance",
  ListBots: "|,;~~~|Grants permission to view the Lex bots of an existing Amazon Connect instance",
  ListContactEvaluations:
    "|,;~~~|Grants permission to list contact evaluations in the specified Amazon Connect instance",
  ListContactFlowModuleAliases:
    "|,;~~~|Grants permission to list the aliases of a flow module in an Amazon Connect instance",
  ListContactFlowModuleVersions:
    "|,;~~~|Grants permission to list all the versions of a flow module in an Amazon Connect instance",
  ListContactFlowModules:
    "|,;~~~|Grants permission to list contact flow module resources in an Amazon Connect instance",
  ListContactFlowVersions: "|,;~~~|Grants permission to list all the versions a flow in an Amazon Connect instance",
  ListContactFlows: "|,;~~~|Grants permission to list contact flow resources in an Amazon Connect instance",
  ListContactReferences:
    "|,;~~~|Grants permission to list references associated with a contact in an Amazon Connect instance",
  ListDataTableAttributes: "|,;~~~|Grants permission to list attributes of a data table in an Amazon Connect instance",
  ListDataTablePrimaryValues:
    "|,;~~~|Grants permission to list primary values in a data table in an Amazon Connect instance",
  ListDataTableValues: "|,;~~~|Grants permission to list values in a data table in an Amazon Connect instance",
  ListDataTables: "|,;~~~|Grants permission to list data tables in an Amazon Connect instance",
  ListDefaultVocabularies:
    "|,;~~~|Grants permission to list default vocabularies associated with a Amazon Connect instance",
  ListEntitySecurityProfiles:
    "|,;~~~|Grants permission to list security profiles associated with an entity in an Amazon Connect instance",
  ListEvaluationFormVersions:
    "|,;~~~|Grants permission to list versions of an evaluation form in the specified Amazon Connect instance",
  ListEvaluationForms: "|,;~~~|Grants permission to list evaluation forms in the specified Amazon Connect instance",
  ListFlowAssociations:
    "|,;~~~|Grants permission to list summary information about the flow associations for the specified Amazon Connect instance",
  ListHoursOfOperationOverrides:
    "|,;~~~|Grants permission to list hours of operation override resources in an Amazon Connect instance",
  ListHoursOfOperations: "|,;~~~|Grants permission to list hours of operation resources in an Amazon Connect instance",
  ListInstanceAttributes: "|,;~~~|Grants permission to view the attributes of an existing Amazon Connect instance",
  ListInstanceStorageConfigs:
    "|,;~~~|Grants permission to view storage configurations of an existing Amazon Connect instance",
  ListInstances: "|,;~~~|Grants permission to view the Amazon Connect instances associated with an AWS account",
  ListIntegrationAssociations:
    "|,;~~~|Grants permission to list summary information about the integration associations for the specified Amazon Connect instance",
  ListLambdaFunctions: "|,;~~~|Grants permission to view the Lambda functions of an existing Amazon Connect instance",
  ListLexBots: "|,;~~~|Grants permission to view the Lex bots of an existing Amazon Connect instance",
  ListNotifications: "|,;~~~|Grants permission to list notifications in an Amazon Connect instance",
  ListPhoneNumbers: "|,;~~~|Grants permission to list phone number resources in an Amazon Connect instance",
  ListPhoneNumbersV2: "|,;~~~|Grants permission to list phone number resources in an Amazon Connect instance",
  ListPredefinedAttributes: "|,;~~~|Grants permission to list predefined attributes in an Amazon Connect instance",
  ListPrompts: "|,;~~~|Grants permission to list prompt resources in an Amazon Connect instance",
  ListQueueEmailAddresses: "|,;~~~|Grants permission to list the email address metadata associated with a queue",
  ListQueueQuickConnects:
    "|,;~~~|Grants permission to list quick connect resources in a queue in an Amazon Connect instance",
  ListQueues: "|,;~~~|Grants permission to list queue resources in an Amazon Connect instance",
  ListQuickConnects: "|,;~~~|Grants permission to list quick connect resources in an Amazon Connect instance",
  ListRealtimeContactAnalysisSegments:
    "|,;~~connect-contact-lens~|Grants permission to list the analysis segments for a real-time analysis session",
  ListRealtimeContactAnalysisSegmentsV2:
    "|,;~~~|Grants permission to list the analysis segments for a real-time chat analytics session",
  ListRoutingProfileManualAssignmentQueues:
    "|,;~~~|Grants permission to list manual assignment queue resources in a routing profile in an Amazon Connect instance",
  ListRoutingProfileQueues:
    "|,;~~~|Grants permission to list queue resources in a routing profile in an Amazon Connect instance",
  ListRoutingProfiles: "|,;~~~|Grants permission to list routing profile resources in an Amazon Connect instance",
  ListRules: "|,;~~~|Grants permission to list rules associated with a Amazon Connect instance",
  ListSecurityKeys: "|,;~~~|Grants permission to view the security keys of an existing Amazon Connect instance",
  ListSecurityProfileApplications:
    "|,;~~~|Grants permission to list applications associated with a specific security profile in an Amazon Connect instance",
  ListSecurityProfileFlowModules:
    "|,;~~~|Grants permission to list flow modules associated with a security profile in an Amazon Connect instance",
  ListSecurityProfilePermissions:
    "|,;~~~|Grants permission to list permissions associated with security profile in an Amazon Connect instance",
  ListSecurityProfiles: "|,;~~~|Grants permission to list security profile resources in an Amazon Connect instance",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for an Amazon Connect resource",
  ListTaskTemplates: "|,;~~~|Grants permission to list task template resources in an Amazon Connect instance",
  ListTrafficDistributionGroupUsers:
    "|,;~~~|Grants permission to list the active user associations for a traffic distribution group",
  ListTrafficDistributionGroups: "|,;~~~|Grants permission to list traffic distribution groups",
  ListUseCases: "|,;~~~|Grants permission to list the use cases of an integration association",
  ListUserHierarchyGroups:
    "|,;~~~|Grants permission to list the hierarchy group resources in an Amazon Connect instance",
  ListUserNotifications: "|,;~~~|Grants permission to list notifications for a user in an Amazon Connect instance",
  ListUserProficiencies:
    "|,;~~~,~~|Grants permission to list user proficiencies from a user in an Amazon Connect instance",
  ListUsers: "|,;~~~|Grants permission to list user resources in an Amazon Connect instance",
  ListViewVersions: "|,;~~~|Grants permission to list the view versions in an Amazon Connect instance",
  ListViews: "|,;~~~|Grants permission to list the views in an Amazon Connect instance",
  ListWorkspaceMedia: "|,;~~~|Grants permission to list workspace media in an Amazon Connect instance",
  ListWorkspacePages: "|,;~~~|Grants permission to list workspace pages in an Amazon Connect instance",
  ListWorkspaces: "|,;~~~|Grants permission to list workspaces in an Amazon Connect instance",
  MonitorContact: "|,;~~~|Grants permission to monitor an ongoing contact",
  PauseContact: "|,;~~~|Grants permission to pause an ongoing contact",
  PutUserStatus: "|,;~~~|Grants permission to switch User Status in an Amazon Connect instance",
  ReleasePhoneNumber: "|,;~~~|Grants permission to release phone number resources in an Amazon Connect instance",
  ReplicateInstance: "|,;~~~|Grants permission to create a replica of an Amazon Connect instance",
  ResumeContact: "|,;~~~|Grants permission to resume a paused contact",
  ResumeContactRecording: "|,;~~~|Grants permission to resume recording for the specified contact",
  SearchAgentStatuses: "|,;~~~|Grants permission to search agent status resources in an Amazon Connect instance",
  SearchAvailablePhoneNumbers:
    "|,;~~~|Grants permission to search phone number resources in an Amazon Connect instance or traffic distribution group",
  SearchContactEvaluations: "|,;~~~|Grants permission to search evaluation resources in an Amazon Connect instance",
  SearchContactFlowModules:
    "|,;~~~|Grants permission to search contact flow module resources in an Amazon Connect instance",
  SearchContactFlows: "|,;~~~|Grants permission to search contact flow resources in an Amazon Connect instance",
  SearchContacts: "|,;~~~|Grants permission to search contacts in an Amazon Connect instance",
  SearchDataTables: "|,;~~~|Grants permission to search data tables in an Amazon Connect instance",
  SearchEmailAddresses: "|,;~~~|Grants permission to search email address resources in an Amazon Connect instance",
  SearchEvaluationForms: "|,;~~~|Grants permission to search evaluation forms resources in an Amazon Connect instance",
  SearchHoursOfOperationOverrides:
    "|,;~~~|Grants permission to search hours of operation override resources in an Amazon Connect instance",
  SearchHoursOfOperations:
    "|,;~~~|Grants permission to search hours of operation resources in an Amazon Connect instance",
  SearchNotifications: "|,;~~~|Grants permission to search notifications in an Amazon Connect instance",
  SearchPredefinedAttributes: "|,;~~~|Grants permission to search predefined attributes in an Amazon Connect instance",
  SearchPrompts: "|,;~~~|Grants permission to search prompt resources in an Amazon Connect instance",
  SearchQueues: "|,;~~~|Grants permission to search queue resources in an Amazon Connect instance",
  SearchQuickConnects: "|,;~~~|Grants permission to search quick connect resources in an Amazon Connect instance",
  SearchResourceTags: "|,;~~~|Grants permission to search tags that are used in an Amazon Connect instance",
  SearchRoutingProfiles: "|,;~~~|Grants permission to search routing profile resources in an Amazon Connect instance",
  SearchSecurityProfiles: "|,;~~~|Grants permission to search security profile resources in an Amazon Connect instance",
  SearchUserHierarchyGroups:
    "|,;~~~|Grants permission to search user hierarchy group resources in an Amazon Connect instance",
  SearchUsers: "|,;~~~|Grants permission to search user resources in an Amazon Connect instance",
  SearchViews: "|,;~~~|Grants permission to search views in an Amazon Connect instance",
  SearchVocabularies: "|,;~~~|Grants permission to search vocabularies in a Amazon Connect instance",
  SearchWorkspaceAssociations:
    "|,;~~~|Grants permission to search workspace associations in an Amazon Connect instance",
  SearchWorkspaces: "|,;~~~|Grants permission to search workspaces in an Amazon Connect instance",
  SendChatIntegrationEvent: "|,;~~~|Grants permission to send chat integration events using the Amazon Connect API",
  SendIntegrationEvent: "|,;~|Grants permission to send integration events using the Amazon Connect API",
  SendOutboundChatMessage: "|,;~|Grants permission to send outbound chat messages using the Amazon Connect API",
  SendOutboundEmail: "|,;~~~|Grants permission to send outbound email using the Amazon Connect API",
  SendOutboundWebNotification: "|,;~|Grants permission to send outbound web notifications using the Amazon Connect API",
  StartAttachedFileUpload: "|,;~~~|Grants permission to start an attached file upload in an Amazon Connect instance",
  StartChatContact: "|,;~~~|Grants permission to initiate a chat using the Amazon Connect API",
  StartContactEvaluation:
    "|,;~~~|Grants permission to start an empty evaluation in the specified Amazon Connect instance, using the given evaluation form for the particular contact. The evaluation form version used for the contact evaluation corresponds to the currently activated version. If no version is activated for the evaluation form, the contact evaluation cannot be started",
  StartContactMediaProcessing: "|,;~~~|Grants permission to start message processing on an ongoing contact",
  StartContactRecording: "|,;~~~|Grants permission to start recording for the specified contact",
  StartContactStreaming: "|,;~~~|Grants permission to start chat streaming using the Amazon Connect API",
  StartEmailContact: "|,;~~~|Grants permission to initiate an inbound email using the Amazon Connect API",
  StartForecastingPlanningSchedulingIntegration:
    "|,;~|Grants permission to enable forecasting, planning, and scheduling integration on an Amazon Connect instance",
  StartOutboundChatContact: "|,;~~~|Grants permission to initiate an outbound chat using the Amazon Connect API",
  StartOutboundEmailContact: "|,;~~~|Grants permission to initiate an outbound email using the Amazon Connect API",
  StartOutboundVoiceContact: "|,;~~~|Grants permission to initiate outbound calls using the Amazon Connect API",
  StartScreenSharing: "|,;~~~|Grants permission to start screen sharing for contact",
  StartTaskContact: "|,;~~~|Grants permission to initiate a task using the Amazon Connect API",
  StartWebRTCContact: "|,;~~~|Grants permission to initiate a WebRTC contact using the Amazon Connect API",
  StopContact:
    "|,;~~~|Grants permission to stop contacts that were initiated using the Amazon Connect API. If you use this operation on an active contact the contact ends, even if the agent is active on a call with a customer",
  StopContactMediaProcessing: "|,;~~~|Grants permission to stop message processing on an ongoing contact",
  StopContactRecording: "|,;~~~|Grants permission to stop recording for the specified contact",
  StopContactStreaming: "|,;~~~|Grants permission to stop chat streaming using the Amazon Connect API",
  StopForecastingPlanningSchedulingIntegration:
    "|,;~|Grants permission to disable forecasting, planning, and scheduling integration on an Amazon Connect instance",
  SubmitContactEvaluation:
    "|,;~~~|Grants permission to submit a contact evaluation in the specified Amazon Connect instance. Answers included in the request are merged with existing answers for the given evaluation. If no answers or notes are passed, the evaluation is submitted with the existing answers and notes. You can delete an answer or note by passing an empty object ({}) to the question identifier",
  SuspendContactRecording: "|,;~~~|Grants permission to suspend recording for the specified contact",
  TagContact: "|,;~~~|Grants permission to tag a contact in an Amazon Connect instance",
  TagResource:
    "|,;~~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~|Grants permission to tag an Amazon Connect resource",
  TransferContact: "|,;~~~|Grants permission to transfer the contact to another queue or agent",
  UntagContact: "|,;~~~|Grants permission to untag a contact in an Amazon Connect instance",
  UntagResource: "|,;~~~|Grants permission to untag an Amazon Connect resource",
  UpdateAgentStatus: "|,;~~~|Grants permission to update agent status in an Amazon Connect instance",
  UpdateAuthenticationProfile:
    "|,;~~~|Grants permission to update authentication profile resources in an Amazon Connect instance",
  UpdateContact: "|,;~~~|Grants permission to update a contact in an Amazon Connect instance",
  UpdateContactAttributes:
    "|,;~~~|Grants permission to create or update the contact attributes associated with the specified contact",
  UpdateContactEvaluation:
    "|,;~~~|Grants permission to update details about a contact evaluation in the specified Amazon Connect instance. A contact evaluation must be in the draft state. Answers included in the request are merged with existing answers for the given evaluation. An answer or note can be deleted by passing an empty object ({}) to the question identifier",
  UpdateContactFlowContent: "|,;~~~|Grants permission to update contact flow content in an Amazon Connect instance",
  UpdateContactFlowMetadata:
    "|,;~~~|Grants permission to update the metadata of a contact flow in an Amazon Connect instance",
  UpdateContactFlowModuleAlias:
    "|,;~~~|Grants permission to update an alias of a flow module version in an Amazon Connect instance",
  UpdateContactFlowModuleContent:
    "|,;~~~|Grants permission to update contact flow module content in an Amazon Connect instance",
  UpdateContactFlowModuleMetadata:
    "|,;~~~|Grants permission to update the metadata of a contact flow module in an Amazon Connect instance",
  UpdateContactFlowName:
    "|,;~~~|Grants permission to update the name and description of a contact flow in an Amazon Connect instance",
  UpdateContactRoutingData:
    "|,;~~~|Grants permission to update routing properties on a contact in an Amazon Connect instance",
  UpdateContactSchedule:
    "|,;~~~|Grants permission to update the schedule of a contact that is already scheduled in an Amazon Connect instance",
  UpdateDataTableAttribute:
    "|,;~~~|Grants permission to update an attribute of a data table in an Amazon Connect instance",
  UpdateDataTableMetadata: "|,;~~~|Grants permission to update metadata of a data table in an Amazon Connect instance",
  UpdateDataTablePrimaryValues:
    "|,;~~~|Grants permission to update primary values in a data table in an Amazon Connect instance",
  UpdateEmailAddressMetadata:
    "|,;~~~|Grants permission to update the metadata of an email address resource in an Amazon Connect instance",
  UpdateEvaluationForm:
    "|,;~~~|Grants permission to update details about a specific evaluation form version in the specified Amazon Connect instance. Question and section identifiers cannot be duplicated within the same evaluation form",
  UpdateHoursOfOperation: "|,;~~~|Grants permission to update hours of operation in an Amazon Connect instance",
  UpdateHoursOfOperationOverride:
    "|,;~~~|Grants permission to update an hours of operation override in an Amazon Connect instance",
  UpdateInstanceAttribute: "|,;~~~|Grants permission to update the attribute for an existing Amazon Connect instance",
  UpdateInstanceStorageConfig:
    "|,;~~~|Grants permission to update the storage configuration for an existing Amazon Connect instance",
  UpdateNotificationContent:
    "|,;~~~|Grants permission to update the content of a notification in an Amazon Connect instance",
  UpdateParticipantAuthentication:
    "|,;~~~|Grants permission to update and continue authentication for a specific contact",
  UpdateParticipantRoleConfig:
    "|,;~~~|Grants permission to update participant role configurations associated with a contact",
  UpdatePhoneNumber:
    "|,;~~~|Grants permission to update phone number resources in an Amazon Connect instance or traffic distribution group",
  UpdatePhoneNumberMetadata:
    "|,;~~~|Grants permission to update the metadata of a phone number resource in an Amazon Connect instance or traffic distribution group",
  UpdatePredefinedAttribute: "|,;~~~|Grants permission to update a predefined attribute in an Amazon Connect instance",
  UpdatePrompt:
    "|,;~~~|Grants permission to update a prompt's name, description, and Amazon S3 URI in an Amazon Connect instance",
  UpdateQueueHoursOfOperation:
    "|,;~~~|Grants permission to update queue hours of operation in an Amazon Connect instance",
  UpdateQueueMaxContacts: "|,;~~~|Grants permission to update queue capacity in an Amazon Connect instance",
  UpdateQueueName: "|,;~~~|Grants permission to update a queue name and description in an Amazon Connect instance",
  UpdateQueueOutboundCallerConfig:
    "|,;~~~|Grants permission to update queue outbound caller config in an Amazon Connect instance",
  UpdateQueueOutboundEmailConfig:
    "|,;~~~|Grants permission to update the outbound email configuration for a queue in an Amazon Connect instance",
  UpdateQueueStatus: "|,;~~~|Grants permission to update queue status in an Amazon Connect instance",
  UpdateQuickConnectConfig:
    "|,;~~~|Grants permission to update the configuration of a quick connect in an Amazon Connect instance",
  UpdateQuickConnectName:
    "|,;~~~|Grants permission to update a quick connect name and description in an Amazon Connect instance",
  UpdateRoutingProfileAgentAvailabilityTimer:
    "|,;~~~|Grants permission to update a routing profile agent availability timer in an Amazon Connect instance",
  UpdateRoutingProfileConcurrency:
    "|,;~~~|Grants permission to update the concurrency in a routing profile in an Amazon Connect instance",
  UpdateRoutingProfileDefaultOutboundQueue:
    "|,;~~~|Grants permission to update the outbound queue in a routing profile in an Amazon Connect instance",
  UpdateRoutingProfileName:
    "|,;~~~|Grants permission to update a routing profile name and description in an Amazon Connect instance",
  UpdateRoutingProfileQueues:
    "|,;~~~|Grants permission to update the queues in routing profile in an Amazon Connect instance",
  UpdateRule: "|,;~~~|Grants permission to update a rule for an existing Amazon Connect instance",
  UpdateSecurityProfile:
    "|,;~~~|Grants permission to update a security profile group for a user in an Amazon Connect instance",
  UpdateTaskTemplate: "|,;~~~|Grants permission to update task template belonging to a Amazon Connect instance",
  UpdateTrafficDistribution: "|,;~~~|Grants permission to update traffic distribution for a traffic distribution group",
  UpdateUserHierarchy: "|,;~~~|Grants permission to update a hierarchy group for a user in an Amazon Connect instance",
  UpdateUserHierarchyGroupName:
    "|,;~~~|Grants permission to update a user hierarchy group name in an Amazon Connect instance",
  UpdateUserHierarchyStructure:
    "|,;~~~|Grants permission to update user hierarchy structure in an Amazon Connect instance",
  UpdateUserIdentityInfo:
    "|,;~~~|Grants permission to update identity information for a user in an Amazon Connect instance",
  UpdateUserNotificationStatus:
    "|,;~~~|Grants permission to update the status of a user notification in an Amazon Connect instance",
  UpdateUserPhoneConfig:
    "|,;~~~,~~|Grants permission to update phone configuration settings for a user in an Amazon Connect instance",
  UpdateUserProficiencies:
    "|,;~~~|Grants permission to update user proficiencies from a user in an Amazon Connect instance",
  UpdateUserRoutingProfile:
    "|,;~~~|Grants permission to update a routing profile for a user in an Amazon Connect instance",
  UpdateUserSecurityProfiles:
    "|,;~~~|Grants permission to update security profiles for a user in an Amazon Connect instance",
  UpdateViewContent: "|,;~~~|Grants permission to update a view's content in an Amazon Connect instance",
  UpdateViewMetadata: "|,;~~~|Grants permission to update a view's metadata in an Amazon Connect instance",
  UpdateWorkspaceMetadata: "|,;~~~|Grants permission to update workspace metadata in an Amazon Connect instance",
  UpdateWorkspacePage: "|,;~~~|Grants permission to update a workspace page in an Amazon Connect instance",
  UpdateWorkspaceTheme: "|,;~~~|Grants permission to update workspace theme in an Amazon Connect instance",
  UpdateWorkspaceVisibility: "|,;~~~|Grants permission to update workspace visibility in an Amazon Connect instance",
};
const resourceTypeFacts = {
  /** The agent-status resource type: arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/agent-state/${AgentStatusId} */
  "agent-status": "|,agentStatus|1",
  /** The ai-agent resource type: arn:${Partition}:wisdom:${Region}:${Account}:ai-agent/${AssistantId}/${AIAgentId}:${Version} */
  "ai-agent": "|,aiAgent|",
  /** The attached-file resource type: arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/file/${FileId} */
  "attached-file": "|,attachedFile|1",
  /** The authentication-profile resource type: arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/authentication-profile/${AuthenticationProfileId} */
  "authentication-profile": "|,authenticationProfile|",
  /** The aws-managed-view resource type: arn:${Partition}:connect:${Region}:aws:view/${ViewId} */
  "aws-managed-view": "|,awsManagedView|",
  /** The contact resource type: arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/contact/${ContactId} */
  contact: "|,|",
  /** The contact-evaluation resource type: arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/contact-evaluation/${EvaluationId} */
  "contact-evaluation": "|,contactEvaluation|1",
  /** The contact-flow resource type: arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/contact-flow/${ContactFlowId} */
  "contact-flow": "|,contactFlow|1",
  /** The contact-flow-module resource type: arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/flow-module/${ContactFlowModuleId} */
  "contact-flow-module": "|,contactFlowModule|1",
  /** The customer-managed-view resource type: arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/view/${ViewId} */
  "customer-managed-view": "|,customerManagedView|1",
  /** The customer-managed-view-version resource type: arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/view/${ViewId}:${ViewVersion} */
  "customer-managed-view-version": "|,customerManagedViewVersion|1",
  /** The data-table resource type: arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/data-table/${DataTableId} */
  "data-table": "|,dataTable|1",
  /** The email-address resource type: arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/email-address/${EmailAddressId} */
  "email-address": "|,emailAddress|1",
  /** The evaluation-form resource type: arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/evaluation-form/${FormId} */
  "evaluation-form": "|,evaluationForm|1",
  /** The hierarchy-group resource type: arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/agent-group/${HierarchyGroupId} */
  "hierarchy-group": "|,hierarchyGroup|1",
  /** The hours-of-operation resource type: arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/operating-hours/${HoursOfOperationId} */
  "hours-of-operation": "|,hoursOfOperation|1",
  /** The instance resource type: arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId} */
  instance: "|,|1",
  /** The integration-association resource type: arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/integration-association/${IntegrationAssociationId} */
  "integration-association": "|,integrationAssociation|1",
  /** The legacy-phone-number resource type: arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/phone-number/${PhoneNumberId} */
  "legacy-phone-number": "|,legacyPhoneNumber|",
  /** The notification resource type: arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/notification/${NotificationId} */
  notification: "|,|1",
  /** The phone-number resource type: arn:${Partition}:connect:${Region}:${Account}:phone-number/${PhoneNumberId} */
  "phone-number": "|,phoneNumber|1",
  /** The prompt resource type: arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/prompt/${PromptId} */
  prompt: "|,|1",
  /** The qualified-aws-managed-view resource type: arn:${Partition}:connect:${Region}:aws:view/${ViewId}:${ViewQualifier} */
  "qualified-aws-managed-view": "|,qualifiedAwsManagedView|",
  /** The qualified-customer-managed-view resource type: arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/view/${ViewId}:${ViewQualifier} */
  "qualified-customer-managed-view": "|,qualifiedCustomerManagedView|1",
  /** The queue resource type: arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/queue/${QueueId} */
  queue: "|,|1",
  /** The quick-connect resource type: arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/transfer-destination/${QuickConnectId} */
  "quick-connect": "|,quickConnect|1",
  /** The routing-profile resource type: arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/routing-profile/${RoutingProfileId} */
  "routing-profile": "|,routingProfile|1",
  /** The rule resource type: arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/rule/${RuleId} */
  rule: "|,|1",
  /** The security-profile resource type: arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/security-profile/${SecurityProfileId} */
  "security-profile": "|,securityProfile|1",
  /** The task-template resource type: arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/task-template/${TaskTemplateId} */
  "task-template": "|,taskTemplate|1",
  /** The traffic-distribution-group resource type: arn:${Partition}:connect:${Region}:${Account}:traffic-distribution-group/${TrafficDistributionGroupId} */
  "traffic-distribution-group": "|,trafficDistributionGroup|1",
  /** The use-case resource type: arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/use-case/${UseCaseId} */
  "use-case": "|,useCase|1",
  /** The user resource type: arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/agent/${UserId} */
  user: "|,|1",
  /** The vocabulary resource type: arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/vocabulary/${VocabularyId} */
  vocabulary: "|,|1",
  /** The wildcard-agent-status resource type: arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/agent-state/* */
  "wildcard-agent-status": "|,wildcardAgentStatus|",
  /** The wildcard-contact-flow resource type: arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/contact-flow/* */
  "wildcard-contact-flow": "|,wildcardContactFlow|",
  /** The wildcard-legacy-phone-number resource type: arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/phone-number/* */
  "wildcard-legacy-phone-number": "|,wildcardLegacyPhoneNumber|",
  /** The wildcard-phone-number resource type: arn:${Partition}:connect:${Region}:${Account}:phone-number/* */
  "wildcard-phone-number": "|,wildcardPhoneNumber|1",
  /** The wildcard-queue resource type: arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/queue/* */
  "wildcard-queue": "|,wildcardQueue|",
  /** The wildcard-quick-connect resource type: arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/transfer-destination/* */
  "wildcard-quick-connect": "|,wildcardQuickConnect|",
  /** The workspace resource type: arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/workspace/${WorkspaceId} */
  workspace: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a agent-status resource: arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/agent-state/${AgentStatusId}. */
  agentStatus:
    "|,agent-status|arn:|Partition|:connect:|Region|:|Account|:instance/|InstanceId|/agent-state/|AgentStatusId|",
  /** ARN of a ai-agent resource: arn:${Partition}:wisdom:${Region}:${Account}:ai-agent/${AssistantId}/${AIAgentId}:${Version}. */
  aiAgent:
    "|,ai-agent|arn:|Partition|:wisdom:|Region|:|Account|:ai-agent/|AssistantId|/|AIAgentId,aiAgentId|:|Version|",
  /** ARN of a attached-file resource: arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/file/${FileId}. */
  attachedFile: "|,attached-file|arn:|Partition|:connect:|Region|:|Account|:instance/|InstanceId|/file/|FileId|",
  /** ARN of a authentication-profile resource: arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/authentication-profile/${AuthenticationProfileId}. */
  authenticationProfile:
    "|,authentication-profile|arn:|Partition|:connect:|Region|:|Account|:instance/|InstanceId|/authentication-profile/|AuthenticationProfileId|",
  /** ARN of a aws-managed-view resource: arn:${Partition}:connect:${Region}:aws:view/${ViewId}. */
  awsManagedView: "|,aws-managed-view|arn:|Partition|:connect:|Region|:aws:view/|ViewId|",
  /** ARN of a contact resource: arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/contact/${ContactId}. */
  contact: "|,contact|arn:|Partition|:connect:|Region|:|Account|:instance/|InstanceId|/contact/|ContactId|",
  /** ARN of a contact-evaluation resource: arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/contact-evaluation/${EvaluationId}. */
  contactEvaluation:
    "|,contact-evaluation|arn:|Partition|:connect:|Region|:|Account|:instance/|InstanceId|/contact-evaluation/|EvaluationId|",
  /** ARN of a contact-flow resource: arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/contact-flow/${ContactFlowId}. */
  contactFlow:
    "|,contact-flow|arn:|Partition|:connect:|Region|:|Account|:instance/|InstanceId|/contact-flow/|ContactFlowId|",
  /** ARN of a contact-flow-module resource: arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/flow-module/${ContactFlowModuleId}. */
  contactFlowModule:
    "|,contact-flow-module|arn:|Partition|:connect:|Region|:|Account|:instance/|InstanceId|/flow-module/|ContactFlowModuleId|",
  /** ARN of a customer-managed-view resource: arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/view/${ViewId}. */
  customerManagedView:
    "|,customer-managed-view|arn:|Partition|:connect:|Region|:|Account|:instance/|InstanceId|/view/|ViewId|",
  /** ARN of a customer-managed-view-version resource: arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/view/${ViewId}:${ViewVersion}. */
  customerManagedViewVersion:
    "|,customer-managed-view-version|arn:|Partition|:connect:|Region|:|Account|:instance/|InstanceId|/view/|ViewId|:|ViewVersion|",
  /** ARN of a data-table resource: arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/data-table/${DataTableId}. */
  dataTable: "|,data-table|arn:|Partition|:connect:|Region|:|Account|:instance/|InstanceId|/data-table/|DataTableId|",
  /** ARN of a email-address resource: arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/email-address/${EmailAddressId}. */
  emailAddress:
    "|,email-address|arn:|Partition|:connect:|Region|:|Account|:instance/|InstanceId|/email-address/|EmailAddressId|",
  /** ARN of a evaluation-form resource: arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/evaluation-form/${FormId}. */
  evaluationForm:
    "|,evaluation-form|arn:|Partition|:connect:|Region|:|Account|:instance/|InstanceId|/evaluation-form/|FormId|",
  /** ARN of a hierarchy-group resource: arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/agent-group/${HierarchyGroupId}. */
  hierarchyGroup:
    "|,hierarchy-group|arn:|Partition|:connect:|Region|:|Account|:instance/|InstanceId|/agent-group/|HierarchyGroupId|",
  /** ARN of a hours-of-operation resource: arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/operating-hours/${HoursOfOperationId}. */
  hoursOfOperation:
    "|,hours-of-operation|arn:|Partition|:connect:|Region|:|Account|:instance/|InstanceId|/operating-hours/|HoursOfOperationId|",
  /** ARN of a instance resource: arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}. */
  instance: "|,instance|arn:|Partition|:connect:|Region|:|Account|:instance/|InstanceId|",
  /** ARN of a integration-association resource: arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/integration-association/${IntegrationAssociationId}. */
  integrationAssociation:
    "|,integration-association|arn:|Partition|:connect:|Region|:|Account|:instance/|InstanceId|/integration-association/|IntegrationAssociationId|",
  /** ARN of a legacy-phone-number resource: arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/phone-number/${PhoneNumberId}. */
  legacyPhoneNumber:
    "|,legacy-phone-number|arn:|Partition|:connect:|Region|:|Account|:instance/|InstanceId|/phone-number/|PhoneNumberId|",
  /** ARN of a notification resource: arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/notification/${NotificationId}. */
  notification:
    "|,notification|arn:|Partition|:connect:|Region|:|Account|:instance/|InstanceId|/notification/|NotificationId|",
  /** ARN of a phone-number resource: arn:${Partition}:connect:${Region}:${Account}:phone-number/${PhoneNumberId}. */
  phoneNumber: "|,phone-number|arn:|Partition|:connect:|Region|:|Account|:phone-number/|PhoneNumberId|",
  /** ARN of a prompt resource: arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/prompt/${PromptId}. */
  prompt: "|,prompt|arn:|Partition|:connect:|Region|:|Account|:instance/|InstanceId|/prompt/|PromptId|",
  /** ARN of a qualified-aws-managed-view resource: arn:${Partition}:connect:${Region}:aws:view/${ViewId}:${ViewQualifier}. */
  qualifiedAwsManagedView:
    "|,qualified-aws-managed-view|arn:|Partition|:connect:|Region|:aws:view/|ViewId|:|ViewQualifier|",
  /** ARN of a qualified-customer-managed-view resource: arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/view/${ViewId}:${ViewQualifier}. */
  qualifiedCustomerManagedView:
    "|,qualified-customer-managed-view|arn:|Partition|:connect:|Region|:|Account|:instance/|InstanceId|/view/|ViewId|:|ViewQualifier|",
  /** ARN of a queue resource: arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/queue/${QueueId}. */
  queue: "|,queue|arn:|Partition|:connect:|Region|:|Account|:instance/|InstanceId|/queue/|QueueId|",
  /** ARN of a quick-connect resource: arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/transfer-destination/${QuickConnectId}. */
  quickConnect:
    "|,quick-connect|arn:|Partition|:connect:|Region|:|Account|:instance/|InstanceId|/transfer-destination/|QuickConnectId|",
  /** ARN of a routing-profile resource: arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/routing-profile/${RoutingProfileId}. */
  routingProfile:
    "|,routing-profile|arn:|Partition|:connect:|Region|:|Account|:instance/|InstanceId|/routing-profile/|RoutingProfileId|",
  /** ARN of a rule resource: arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/rule/${RuleId}. */
  rule: "|,rule|arn:|Partition|:connect:|Region|:|Account|:instance/|InstanceId|/rule/|RuleId|",
  /** ARN of a security-profile resource: arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/security-profile/${SecurityProfileId}. */
  securityProfile:
    "|,security-profile|arn:|Partition|:connect:|Region|:|Account|:instance/|InstanceId|/security-profile/|SecurityProfileId|",
  /** ARN of a task-template resource: arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/task-template/${TaskTemplateId}. */
  taskTemplate:
    "|,task-template|arn:|Partition|:connect:|Region|:|Account|:instance/|InstanceId|/task-template/|TaskTemplateId|",
  /** ARN of a traffic-distribution-group resource: arn:${Partition}:connect:${Region}:${Account}:traffic-distribution-group/${TrafficDistributionGroupId}. */
  trafficDistributionGroup:
    "|,traffic-distribution-group|arn:|Partition|:connect:|Region|:|Account|:traffic-distribution-group/|TrafficDistributionGroupId|",
  /** ARN of a use-case resource: arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/use-case/${UseCaseId}. */
  useCase: "|,use-case|arn:|Partition|:connect:|Region|:|Account|:instance/|InstanceId|/use-case/|UseCaseId|",
  /** ARN of a user resource: arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/agent/${UserId}. */
  user: "|,user|arn:|Partition|:connect:|Region|:|Account|:instance/|InstanceId|/agent/|UserId|",
  /** ARN of a vocabulary resource: arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/vocabulary/${VocabularyId}. */
  vocabulary: "|,vocabulary|arn:|Partition|:connect:|Region|:|Account|:instance/|InstanceId|/vocabulary/|VocabularyId|",
  /** ARN of a wildcard-agent-status resource: arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/agent-state/*. */
  wildcardAgentStatus:
    "|,wildcard-agent-status|arn:|Partition|:connect:|Region|:|Account|:instance/|InstanceId|/agent-state/*",
  /** ARN of a wildcard-contact-flow resource: arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/contact-flow/*. */
  wildcardContactFlow:
    "|,wildcard-contact-flow|arn:|Partition|:connect:|Region|:|Account|:instance/|InstanceId|/contact-flow/*",
  /** ARN of a wildcard-legacy-phone-number resource: arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/phone-number/*. */
  wildcardLegacyPhoneNumber:
    "|,wildcard-legacy-phone-number|arn:|Partition|:connect:|Region|:|Account|:instance/|InstanceId|/phone-number/*",
  /** ARN of a wildcard-phone-number resource: arn:${Partition}:connect:${Region}:${Account}:phone-number/*. */
  wildcardPhoneNumber: "|,wildcard-phone-number|arn:|Partition|:connect:|Region|:|Account|:phone-number/*",
  /** ARN of a wildcard-queue resource: arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/queue/*. */
  wildcardQueue: "|,wildcard-queue|arn:|Partition|:connect:|Region|:|Account|:instance/|InstanceId|/queue/*",
  /** ARN of a wildcard-quick-connect resource: arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/transfer-destination/*. */
  wildcardQuickConnect:
    "|,wildcard-quick-connect|arn:|Partition|:connect:|Region|:|Account|:instance/|InstanceId|/transfer-destination/*",
  /** ARN of a workspace resource: arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/workspace/${WorkspaceId}. */
  workspace: "|,workspace|arn:|Partition|:connect:|Region|:|Account|:instance/|InstanceId|/workspace/|WorkspaceId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "agent-status",
  "ai-agent",
  "attached-file",
  "authentication-profile",
  "aws-managed-view",
  "contact",
  "contact-evaluation",
  "contact-flow",
  "contact-flow-module",
  "customer-managed-view",
  "customer-managed-view-version",
  "data-table",
  "email-address",
  "evaluation-form",
  "hierarchy-group",
  "hours-of-operation",
  "instance",
  "integration-association",
  "legacy-phone-number",
  "notification",
  "phone-number",
  "prompt",
  "qualified-aws-managed-view",
  "qualified-customer-managed-view",
  "queue",
  "quick-connect",
  "routing-profile",
  "rule",
  "security-profile",
  "task-template",
  "traffic-distribution-group",
  "use-case",
  "user",
  "vocabulary",
  "wildcard-agent-status",
  "wildcard-contact-flow",
  "wildcard-legacy-phone-number",
  "wildcard-phone-number",
  "wildcard-queue",
  "wildcard-quick-connect",
  "workspace",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "connect">;
/** Any connect action. */
export type Action = ActionOf<typeof actionFacts, "connect">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "connect">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "connect" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every connect action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by using tag key-value pairs in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by using tag key-value pairs attached to the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by restricting which primary attributes the user can manage. */
  [key: `connect:PrimaryAttribute/${string}`]: "String";
  /** Filters access by TagFilter condition passed in the search request. */
  [key: `connect:SearchTag/${string}`]: "String";
  /** Filters access by using tag keys in the request. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access by restricting access to create contacts based on Assignment Type. */
  "connect:AssignmentType": "String";
  /** Filters access by the attribute type of the Amazon Connect instance. */
  "connect:AttributeType": "String";
  /** Filters access by Channel. */
  "connect:Channel": "String";
  /** Filters access by ContactAssociationId. */
  "connect:ContactAssociationId": "String";
  /** Filters access by restricting access to create contacts based on the initiation method of the contact. */
  "connect:ContactInitiationMethod": "String";
  /** Filters access by restricting data table operations based on expression type. */
  "connect:ExpressionValue": "String";
  /** Filters access by Flow type. */
  "connect:FlowType": "ArrayOfString";
  /** Filters access by restricting federation into specified Amazon Connect instances. */
  "connect:InstanceId": "String";
  /** Filters access by restricting the listed segments using the output type of the Amazon Connect Contact Lens real-time segment. */
  "connect:ListRealtimeContactAnalysisSegmentsByOutputType": "String";
  /** Filters access by restricting the listed segments using the segment types of the Amazon Connect Contact Lens real-time segment. */
  "connect:ListRealtimeContactAnalysisSegmentsBySegmentType": "ArrayOfString";
  /** Filters access by restricting the monitor capabilities of the user in the request. */
  "connect:MonitorCapabilities": "ArrayOfString";
  /** Filters access by PreferredUserArn. */
  "connect:PreferredUserArn": "ARN";
  /** Filters access by restricting searches using analysis outputs from Amazon Connect Contact Lens. */
  "connect:SearchContactsByContactAnalysis": "ArrayOfString";
  /** Filters access by restricting the storage resource type of the Amazon Connect instance storage configuration. */
  "connect:StorageResourceType": "String";
  /** Filters access by restricting creation of a contact for specific subtypes. */
  "connect:Subtype": "String";
  /** Filters access by UserArn. */
  "connect:UserArn": "ARN";
}

/** Condition key -> value type. */
export type ConditionKeys = ConditionKeysOf<ConditionKeyTypes>;

/** Condition key with a placeholder, as the reference writes it -> its template-literal key. */
export interface ConditionKeyPatterns {
  /** aws:RequestTag/${TagKey} */
  "aws:RequestTag/${TagKey}": `aws:RequestTag/${string}`;
  /** aws:ResourceTag/${TagKey} */
  "aws:ResourceTag/${TagKey}": `aws:ResourceTag/${string}`;
  /** connect:PrimaryAttribute/${PrimaryAttribute} */
  "connect:PrimaryAttribute/${PrimaryAttribute}": `connect:PrimaryAttribute/${string}`;
  /** connect:SearchTag/${TagKey} */
  "connect:SearchTag/${TagKey}": `connect:SearchTag/${string}`;
}

/** A condition key as the reference writes it. */
export type ConditionKeyName = (typeof conditionKeyList)[number];
/** Condition key -> description, types, deprecation. */
export type ConditionKeyInfos = { readonly [K in ConditionKeyName]: ConditionKeyInfo };
const conditionKeyRows: { readonly [K in ConditionKeyName]: string } = {
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by using tag key-value pairs in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by using tag key-value pairs attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by using tag keys in the request",
  "connect:AssignmentType":
    "|,String|0||Filters access by restricting access to create contacts based on Assignment Type",
  "connect:AttributeType": "|,String|0||Filters access by the attribute type of the Amazon Connect instance",
  "connect:Channel": "|,String|0||Filters access by Channel",
  "connect:ContactAssociationId": "|,String|0||Filters access by ContactAssociationId",
  "connect:ContactInitiationMethod":
    "|,String|0||Filters access by restricting access to create contacts based on the initiation method of the contact",
  "connect:ExpressionValue": "|,String|0||Filters access by restricting data table operations based on expression type",
  "connect:FlowType": "|,ArrayOfString|0||Filters access by Flow type",
  "connect:InstanceId": "|,String|0||Filters access by restricting federation into specified Amazon Connect instances",
  "connect:ListRealtimeContactAnalysisSegmentsByOutputType":
    "|,String|0||Filters access by restricting the listed segments using the output type of the Amazon Connect Contact Lens real-time segment",
  "connect:ListRealtimeContactAnalysisSegmentsBySegmentType":
    "|,ArrayOfString|0||Filters access by restricting the listed segments using the segment types of the Amazon Connect Contact Lens real-time segment",
  "connect:MonitorCapabilities":
    "|,ArrayOfString|0||Filters access by restricting the monitor capabilities of the user in the request",
  "connect:PreferredUserArn": "|,ARN|0||Filters access by PreferredUserArn",
  "connect:PrimaryAttribute/${PrimaryAttribute}":
    "|,String|0||Filters access by restricting which primary attributes the user can manage",
  "connect:SearchContactsByContactAnalysis":
    "|,ArrayOfString|0||Filters access by restricting searches using analysis outputs from Amazon Connect Contact Lens",
  "connect:SearchTag/${TagKey}": "|,String|0||Filters access by TagFilter condition passed in the search request",
  "connect:StorageResourceType":
    "|,String|0||Filters access by restricting the storage resource type of the Amazon Connect instance storage configuration",
  "connect:Subtype": "|,String|0||Filters access by restricting creation of a contact for specific subtypes",
  "connect:UserArn": "|,ARN|0||Filters access by UserArn",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "connect",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
