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
export const prefix: "qbusiness" = "qbusiness";
/** The service's name in the reference. */
export const serviceName: "Amazon Q Business" = "Amazon Q Business";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Q Business",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonqbusiness.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "identitystore:GroupId",
  "identitystore:UserId",
] as const;
const dependentActionList = ["iam:PassRole", "qbusiness:PutResourcePolicy", "qbusiness:TagResource"] as const;
const actionFacts = {
  /** Grants permission to configure vended log delivery for Amazon Q Business application resource. Access level: Permissions management. Resources: application*. Permission only. ${UserGuideDocPage}monitoring-overview.html */
  AllowVendedLogDeliveryForResource: "P||1|0;1;|1||",
  /** Grants permission to associate resource based policy statement to the application. Access level: Write. Resources: application*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_AssociatePermission.html */
  AssociatePermission: "W|||0;1;||1|;",
  /** Grants permission to batch delete document. Access level: Write. Resources: application*, index*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_BatchDeleteDocument.html */
  BatchDeleteDocument: "W|||0;1;,4;1;|||;",
  /** Grants permission to batch put document. Access level: Write. Resources: application*, index*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_BatchPutDocument.html */
  BatchPutDocument: "W|||0;1;,4;1;||0|;",
  /** Grants permission to cancel a subscription. Access level: Write. Resources: application*, subscription*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_CancelSubscription.html */
  CancelSubscription: "W|||0;1;,8;1;|||;",
  /** Grants permission to chat using an application. Access level: Read. Resources: application*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_Chat.html */
  Chat: "R|||0;1;|||;",
  /** Grants permission to chat synchronously using an application. Access level: Read. Resources: application*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_ChatSync.html */
  ChatSync: "R|||0;1;|||;",
  /** Grants permission to check if a user has access to a document. Access level: Read. Resources: application*, index*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_CheckDocumentAccess.html */
  CheckDocumentAccess: "R|||0;1;,4;1;|||;",
  /** Grants permission to create a unique URL for anonymous Amazon Q Business web experience. Access level: Write. Resources: application*, web-experience*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_CreateAnonymousWebExperienceUrl.html */
  CreateAnonymousWebExperienceUrl: "W|||0;1;,9;1;|||;",
  /** Grants permission to create an application. Access level: Write. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_CreateApplication.html */
  CreateApplication: "W||||0,2|0,2|;",
  /** Grants permission to create a chat response configuration to the application. Access level: Write. Resources: application*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_CreateChatResponseConfiguration.html */
  CreateChatResponseConfiguration: "W|||0;1;|0,2|2|;",
  /** Grants permission to create DataAccessor to the application. Access level: Write. Resources: application*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_CreateDataAccessor.html */
  CreateDataAccessor: "W|||0;1;|0,2|qbusiness:CreateDataAccessorWithTti,2|;",
  /** Grants permission to create AWS IAM Identity center Trusted Token Issuer based DataAccessor to the application. Access level: Write. Resources: application*. Permission only. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_CreateDataAccessor.html */
  CreateDataAccessorWithTti: "W||1|0;1;|||CreateDataAccessor",
  /** Grants permission to create a data source for a given application and index. Access level: Write. Resources: application*, index*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_CreateDataSource.html */
  CreateDataSource: "W|||0;1;,4;1;|0,2|0,qbusiness:DisableAclOnDataSource,2|;",
  /** Grants permission to create an index for a given application. Access level: Write. Resources: application*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_CreateIndex.html */
  CreateIndex: "W|||0;1;|0,2|2|;",
  /** Grants permission to create a new integration for a Q Business application. Access level: Write. Resources: application*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_CreateIntegration.html */
  CreateIntegration: "W|||0;1;|0,2||",
  /** Grants permission to create a plugin for a given application. Access level: Write. Resources: application*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_CreatePlugin.html */
  CreatePlugin: "W|||0;1;|0,2|0,2|;",
  /** Grants permission to create a retriever for a given application. Access level: Write. Resources: application*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_CreateRetriever.html */
  CreateRetriever: "W|||0;1;|0,2|0,2|;",
  /** Grants permission to create a subscription. Access level: Write. Resources: application*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_CreateSubscription.html */
  CreateSubscription: "W|||0;1;|3,4||;",
  /** Grants permission to create a user. Access level: Write. Resources: application*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_CreateUser.html */
  CreateUser: "W|||0;1;|||;",
  /** Grants permission to create a web experience for a given application. Access level: Write. Resources: application*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_CreateWebExperience.html */
  CreateWebExperience: "W|||0;1;|0,2|0,2|;",
  /** Grants permission to delete an application. Access level: Write. Resources: application*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_DeleteApplication.html */
  DeleteApplication: "W|||0;1;|||;",
  /** Grants permission to delete an attachment in the current chat context. Access level: Write. Resources: application*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_DeleteAttachment.html */
  DeleteAttachment: "W|||0;1;|||;",
  /** Grants permission to delete chat controls configuration for an application. Access level: Write. Resources: application*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_DeleteChatControlsConfiguration.html */
  DeleteChatControlsConfiguration: "W|||0;1;|||;",
  /** Grants permission to delete a chat response configuration. Access level: Write. Resources: application*, chat-response-configuration*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_DeleteChatResponseConfiguration.html */
  DeleteChatResponseConfiguration: "W|||0;1;,1;1;|||;",
  /** Grants permission to delete a conversation. Access level: Write. Resources: application*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_DeleteConversation.html */
  DeleteConversation: "W|||0;1;|||;",
  /** Grants permission to delete DataAccessor. Access level: Write. Resources: application*, data-accessor*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_DeleteDataAccessor.html */
  DeleteDataAccessor: "W|||0;1;,2;1;|||;",
  /** Grants permission to delete a DataSource. Access level: Write. Resources: application*, data-source*, index*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_DeleteDataSource.html */
  DeleteDataSource: "W|||0;1;,3;1;,4;1;|||;",
  /** Grants permission to delete a group. Access level: Write. Resources: application*, index*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_DeleteGroup.html */
  DeleteGroup: "W|||0;1;,4;1;|||;",
  /** Grants permission to delete an index. Access level: Write. Resources: application*, index*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_DeleteIndex.html */
  DeleteIndex: "W|||0;1;,4;1;|||;",
  /** Grants permission to delete an integration for a Q Business application. Access level: Write. Resources: application*, integration*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_DeleteIntegration.html */
  DeleteIntegration: "W|||0;1;,5;1;|||",
  /** Grants permission to delete a plugin. Access level: Write. Resources: application*, plugin*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_DeletePlugin.html */
  DeletePlugin: "W|||0;1;,6;1;|||;",
  /** Grants permission to delete a retriever. Access level: Write. Resources: application*, retriever*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_DeleteRetriever.html */
  DeleteRetriever: "W|||0;1;,7;1;|||;",
  /** Grants permission to delete a user. Access level: Write. Resources: application*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_DeleteUser.html */
  DeleteUser: "W|||0;1;|||;",
  /** Grants permission to delete a web-experience. Access level: Write. Resources: application*, web-experience*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_DeleteWebExperience.html */
  DeleteWebExperience: "W|||0;1;,9;1;|||;",
  /** Grants permission to disable the ACL crawl while creating the Amazon Q Business data source resource. Access level: Write. Resources: application*. Permission only. ${UserGuideDocPage}setting-up.html#DisableAclOnDataSource */
  DisableAclOnDataSource: "W||1|0;1;|||CreateDataSource",
  /** Grants permission to disassociate resource based policy statement to the application. Access level: Write. Resources: application*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_DisassociatePermission.html */
  DisassociatePermission: "W|||0;1;||1|;",
  /** Grants permission to get an application. Access level: Read. Resources: application*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_GetApplication.html */
  GetApplication: "R|||0;1;|||;",
  /** Grants permission to get chat controls configuration for an application. Access level: List. Resources: application*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_GetChatControlsConfiguration.html */
  GetChatControlsConfiguration: "L|||0;1;|||;",
  /** Grants permission to get a chat response configuration. Access level: Read. Resources: application*, chat-response-configuration*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_GetChatResponseConfiguration.html */
  GetChatResponseConfiguration: "R|||0;1;,1;1;|||;",
  /** Grants permission to get DataAccessor. Access level: Read. Resources: application*, data-accessor*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_GetDataAccessor.html */
  GetDataAccessor: "R|||0;1;,2;1;|||;",
  /** Grants permission to get a data source. Access level: Read. Resources: application*, data-source*, index*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_GetDataSource.html */
  GetDataSource: "R|||0;1;,3;1;,4;1;|||;",
  /** Grants permission to get a document content. Access level: Read. Resources: application*, index*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_GetDocumentContent.html */
  GetDocumentContent: "R|||0;1;,4;1;|||;",
  /** Grants permission to get a group. Access level: Read. Resources: application*, index*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_GetGroup.html */
  GetGroup: "R|||0;1;,4;1;|||;",
  /** Grants permission to get an index. Access level: Read. Resources: application*, index*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_GetIndex.html */
  GetIndex: "R|||0;1;,4;1;|||;",
  /** Grants permission to get an integration for a Q Business application. Access level: Read. Resources: application*, integration*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_GetIntegration.html */
  GetIntegration: "R|||0;1;,5;1;|||",
  /** Grants permission to get the media associated to a system message. Access level: Read. Resources: application*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_GetMedia.html */
  GetMedia: "R|||0;1;|||;",
  /** Grants permission to get a plugin. Access level: Read. Resources: application*, plugin*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_GetPlugin.html */
  GetPlugin: "R|||0;1;,6;1;|||;",
  /** Grants permission to get resource based policy of the application. Access level: Read. Resources: application*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_GetPolicy.html */
  GetPolicy: "R|||0;1;|||;",
  /** Grants permission to get a retriever. Access level: Read. Resources: application*, retriever*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_GetRetriever.html */
  GetRetriever: "R|||0;1;,7;1;|||;",
  /** Grants permission to get a user. Access level: Read. Resources: application*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_GetUser.html */
  GetUser: "R|||0;1;|||;",
  /** Grants permission to get a web-experience. Access level: Read. Resources: application*, web-experience*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_GetWebExperience.html */
  GetWebExperience: "R|||0;1;,9;1;|||;",
  /** Grants permission to list the applications. Access level: List. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_ListApplications.html */
  ListApplications: "L||||||;",
  /** Grants permission to list attachments in the current chat context. Access level: List. Resources: application*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_ListAttachments.html */
  ListAttachments: "L|||0;1;|||;",
  /** Grants permission to list chat response configurations for an application. Access level: List. Resources: application*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_ListChatResponseConfigurations.html */
  ListChatResponseConfigurations: "L|||0;1;|||;",
  /** Grants permission to list all conversations for an application. Access level: List. Resources: application*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_ListConversations.html */
  ListConversations: "L|||0;1;|||;",
  /** Grants permission to list DataAccessors for the application. Access level: List. Resources: application*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_ListDataAccessors.html */
  ListDataAccessors: "L|||0;1;|||;",
  /** Grants permission to get Data Source sync job history. Access level: List. Resources: application*, data-source*, index*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_ListDataSourceSyncJobs.html */
  ListDataSourceSyncJobs: "L|||0;1;,3;1;,4;1;|||;",
  /** Grants permission to list the data sources of an application and an index. Access level: List. Resources: application*, index*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_ListDataSources.html */
  ListDataSources: "L|||0;1;,4;1;|||;",
  /** Grants permission to list all documents. Access level: List. Resources: application*, index*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_ListDocuments.html */
  ListDocuments: "L|||0;1;,4;1;|||;",
  /** Grants permission to list groups. Access level: List. Resources: application*, index*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_ListGroups.html */
  ListGroups: "L|||0;1;,4;1;|||;",
  /** Grants permission to list the indices of an application. Access level: List. Resources: application*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_ListIndices.html */
  ListIndices: "L|||0;1;|||;",
  /** Grants permission to list all integrations for a Q Business application. Access level: List. Resources: application*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_ListIntegrations.html */
  ListIntegrations: "L|||0;1;|||",
  /** Grants permission to list all messages. Access level: List. Resources: application*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_ListMessages.html */
  ListMessages: "L|||0;1;|||;",
  /** Grants permission to list the plugins actions of a plugin within application. Access level: Read. Resources: application*, plugin*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_ListPluginActions.html */
  ListPluginActions: "R|||0;1;,6;1;|||;",
  /** Grants permission to list all the actions for a plugin type. Access level: Read. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_ListPluginTypeActions.html */
  ListPluginTypeActions: "R||||||;",
  /** Grants permission to list all the plugin type metadata. Access level: Read. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_ListPluginTypeMetadata.html */
  ListPluginTypeMetadata: "R||||||;",
  /** Grants permission to list the plugins of an application. Access level: List. Resources: application*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_ListPlugins.html */
  ListPlugins: "L|||0;1;|||;",
  /** Grants permission to list the retrievers of an application. Access level: List. Resources: application*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_ListRetrievers.html */
  ListRetrievers: "L|||0;1;|||;",
  /** Grants permission to list subscriptions. Access level: List. Resources: application*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_ListSubscriptions.html */
  ListSubscriptions: "L|||0;1;|||;",
  /** Grants permission to list tags for a resource. Access level: Read. Resources: application, chat-response-configuration, data-accessor, data-source, index, integration, plugin, retriever, web-experience. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,9;0;|||;",
  /** Grants permission to list the web experiences of an application. Access level: List. Resources: application*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_ListWebExperiences.html */
  ListWebExperiences: "L|||0;1;|||;",
  /** Grants permission to put feedback about a conversation message. Access level: Write. Resources: application*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_PutFeedback.html */
  PutFeedback: "W|||0;1;|||;",
  /** Grants permission to put a group of users. Access level: Write. Resources: application*, index*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_PutGroup.html */
  PutGroup: "W|||0;1;,4;1;||0|;",
  /** Grants permission to put resource based policy statement to the application. Access level: Write. Resources: application*. Permission only. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_AssociatePermission.html */
  PutResourcePolicy: "W||1|0;1;|||AssociatePermission,DisassociatePermission",
  /** Grants permission to search relevant content from the Amazon Q Business Application. Access level: Read. Resources: application*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_SearchRelevantContent.html */
  SearchRelevantContent: "R|||0;1;|||;",
  /** Grants permission to start Data Source sync job. Access level: Write. Resources: application*, data-source*, index*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_StartDataSourceSyncJob.html */
  StartDataSourceSyncJob: "W|||0;1;,3;1;,4;1;|||;",
  /** Grants permission to start deployment for an integration. Access level: Write. Resources: application*, integration*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_StartDeployment.html */
  StartDeployment: "W|||0;1;,5;1;|||",
  /** Grants permission to stop Data Source sync job. Access level: Write. Resources: application*, data-source*, index*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_StopDataSourceSyncJob.html */
  StopDataSourceSyncJob: "W|||0;1;,3;1;,4;1;|||;",
  /** Grants permission to tag a resource with given key value pairs. Access level: Tagging. Resources: application, chat-response-configuration, data-accessor, data-source, index, integration, plugin, retriever, web-experience. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_TagResource.html */
  TagResource:
    "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,9;0;|0,2||CreateApplication,CreateChatResponseConfiguration,CreateDataAccessor,CreateDataSource,CreateIndex,CreatePlugin,CreateRetriever,CreateWebExperience,;",
  /** Grants permission to remove the tag with the given key from a resource. Access level: Tagging. Resources: application, chat-response-configuration, data-accessor, data-source, index, integration, plugin, retriever, web-experience. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,9;0;|2||;",
  /** Grants permission to update an Application. Access level: Write. Resources: application*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_UpdateApplication.html */
  UpdateApplication: "W|||0;1;||0|;",
  /** Grants permission to update chat controls configuration for an application. Access level: Write. Resources: application*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_UpdateChatControlsConfiguration.html */
  UpdateChatControlsConfiguration: "W|||0;1;|||;",
  /** Grants permission to update a chat response configuration. Access level: Write. Resources: application*, chat-response-configuration*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_UpdateChatResponseConfiguration.html */
  UpdateChatResponseConfiguration: "W|||0;1;,1;1;|||;",
  /** Grants permission to update DataAccessor. Access level: Write. Resources: application*, data-accessor*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_UpdateDataAccessor.html */
  UpdateDataAccessor: "W|||0;1;,2;1;|||;",
  /** Grants permission to update a DataSource. Access level: Write. Resources: application*, data-source*, index*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_UpdateDataSource.html */
  UpdateDataSource: "W|||0;1;,3;1;,4;1;||0|;",
  /** Grants permission to update an index. Access level: Write. Resources: application*, index*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_UpdateIndex.html */
  UpdateIndex: "W|||0;1;,4;1;|||;",
  /** Grants permission to update an integration for a Q Business application. Access level: Write. Resources: application*, integration*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_UpdateIntegration.html */
  UpdateIntegration: "W|||0;1;,5;1;|||",
  /** Grants permission to update a plugin. Access level: Write. Resources: application*, plugin*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_UpdatePlugin.html */
  UpdatePlugin: "W|||0;1;,6;1;||0|;",
  /** Grants permission to update a Retriever. Access level: Write. Resources: application*, retriever*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_UpdateRetriever.html */
  UpdateRetriever: "W|||0;1;,7;1;||0|;",
  /** Grants permission to update a subscription. Access level: Write. Resources: application*, subscription*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_UpdateSubscription.html */
  UpdateSubscription: "W|||0;1;,8;1;|||;",
  /** Grants permission to update a user. Access level: Write. Resources: application*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_UpdateUser.html */
  UpdateUser: "W|||0;1;|||;",
  /** Grants permission to update a WebExperience. Access level: Write. Resources: application*, web-experience*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_UpdateWebExperience.html */
  UpdateWebExperience: "W|||0;1;,9;1;||0|;",
} as const;
const actionDetails = {
  AllowVendedLogDeliveryForResource:
    "|,;~|Grants permission to configure vended log delivery for Amazon Q Business application resource",
  AssociatePermission: "|,;~~~|Grants permission to associate resource based policy statement to the application",
  BatchDeleteDocument: "|,;~~~|Grants permission to batch delete document",
  BatchPutDocument: "|,;~~~|Grants permission to batch put document",
  CancelSubscription: "|,;~~~|Grants permission to cancel a subscription",
  Chat: "|,;~~~|Grants permission to chat using an application",
  ChatSync: "|,;~~~|Grants permission to chat synchronously using an application",
  CheckDocumentAccess: "|,;~~~|Grants permission to check if a user has access to a document",
  CreateAnonymousWebExperienceUrl:
    "|,;~~~|Grants permission to create a unique URL for anonymous Amazon Q Business web experience",
  CreateApplication: "|,;~~~|Grants permission to create an application",
  CreateChatResponseConfiguration:
    "|,;~~~|Grants permission to create a chat response configuration to the application",
  CreateDataAccessor: "|,;~~~|Grants permission to create DataAccessor to the application",
  CreateDataAccessorWithTti:
    "|,;~~~|Grants permission to create AWS IAM Identity center Trusted Token Issuer based DataAccessor to the application",
  CreateDataSource: "|,;~~~|Grants permission to create a data source for a given application and index",
  CreateIndex: "|,;~~~|Grants permission to create an index for a given application",
  CreateIntegration: "|,;~|Grants permission to create a new integration for a Q Business application",
  CreatePlugin: "|,;~~~|Grants permission to create a plugin for a given application",
  CreateRetriever: "|,;~~~|Grants permission to create a retriever for a given application",
  CreateSubscription: "|,;~~~|Grants permission to create a subscription",
  CreateUser: "|,;~~~|Grants permission to create a user",
  CreateWebExperience: "|,;~~~|Grants permission to create a web experience for a given application",
  DeleteApplication: "|,;~~~|Grants permission to delete an application",
  DeleteAttachment: "|,;~~~|Grants permission to delete an attachment in the current chat context",
  DeleteChatControlsConfiguration: "|,;~~~|Grants permission to delete chat controls configuration for an application",
  DeleteChatResponseConfiguration: "|,;~~~|Grants permission to delete a chat response configuration",
  DeleteConversation: "|,;~~~|Grants permission to delete a conversation",
  DeleteDataAccessor: "|,;~~~|Grants permission to delete DataAccessor",
  DeleteDataSource: "|,;~~~|Grants permission to delete a DataSource",
  DeleteGroup: "|,;~~~|Grants permission to delete a group",
  DeleteIndex: "|,;~~~|Grants permission to delete an index",
  DeleteIntegration: "|,;~|Grants permission to delete an integration for a Q Business application",
  DeletePlugin: "|,;~~~|Grants permission to delete a plugin",
  DeleteRetriever: "|,;~~~|Grants permission to delete a retriever",
  DeleteUser: "|,;~~~|Grants permission to delete a user",
  DeleteWebExperience: "|,;~~~|Grants permission to delete a web-experience",
  DisableAclOnDataSource:
    "|,;~~~|Grants permission to disable the ACL crawl while creating the Amazon Q Business data source resource",
  DisassociatePermission: "|,;~~~|Grants permission to disassociate resource based policy statement to the application",
  GetApplication: "|,;~~~|Grants permission to get an application",
  GetChatControlsConfiguration: "|,;~~~|Grants permission to get chat controls configuration for an application",
  GetChatResponseConfiguration: "|,;~~~|Grants permission to get a chat response configuration",
  GetDataAccessor: "|,;~~~|Grants permission to get DataAccessor",
  GetDataSource: "|,;~~~|Grants permission to get a data source",
  GetDocumentContent: "|,;~~~|Grants permission to get a document content",
  GetGroup: "|,;~~~|Grants permission to get a group",
  GetIndex: "|,;~~~|Grants permission to get an index",
  GetIntegration: "|,;~|Grants permission to get an integration for a Q Business application",
  GetMedia: "|,;~~~|Grants permission to get the media associated to a system message",
  GetPlugin: "|,;~~~|Grants permission to get a plugin",
  GetPolicy: "|,;~~~|Grants permission to get resource based policy of the application",
  GetRetriever: "|,;~~~|Grants permission to get a retriever",
  GetUser: "|,;~~~|Grants permission to get a user",
  GetWebExperience: "|,;~~~|Grants permission to get a web-experience",
  ListApplications: "|,;~~~|Grants permission to list the applications",
  ListAttachments: "|,;~~~|Grants permission to list attachments in the current chat context",
  ListChatResponseConfigurations: "|,;~~~|Grants permission to list chat response configurations for an application",
  ListConversations: "|,;~~~|Grants permission to list all conversations for an application",
  ListDataAccessors: "|,;~~~|Grants permission to list DataAccessors for the application",
  ListDataSourceSyncJobs: "|,;~~~|Grants permission to get Data Source sync job history",
  ListDataSources: "|,;~~~|Grants permission to list the data sources of an application and an index",
  ListDocuments: "|,;~~~|Grants permission to list all documents",
  ListGroups: "|,;~~~|Grants permission to list groups",
  ListIndices: "|,;~~~|Grants permission to list the indices of an application",
  ListIntegrations: "|,;~|Grants permission to list all integrations for a Q Business application",
  ListMessages: "|,;~~~|Grants permission to list all messages",
  ListPluginActions: "|,;~~~|Grants permission to list the plugins actions of a plugin within application",
  ListPluginTypeActions: "|,;~~~|Grants permission to list all the actions for a plugin type",
  ListPluginTypeMetadata: "|,;~~~|Grants permission to list all the plugin type metadata",
  ListPlugins: "|,;~~~|Grants permission to list the plugins of an application",
  ListRetrievers: "|,;~~~|Grants permission to list the retrievers of an application",
  ListSubscriptions: "|,;~~~|Grants permission to list subscriptions",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for a resource",
  ListWebExperiences: "|,;~~~|Grants permission to list the web experiences of an application",
  PutFeedback: "|,;~~~|Grants permission to put feedback about a conversation message",
  PutGroup: "|,;~~~|Grants permission to put a group of users",
  PutResourcePolicy: "|,;~~~,~~|Grants permission to put resource based policy statement to the application",
  SearchRelevantContent: "|,;~~~|Grants permission to search relevant content from the Amazon Q Business Application",
  StartDataSourceSyncJob: "|,;~~~|Grants permission to start Data Source sync job",
  StartDeployment: "|,;~|Grants permission to start deployment for an integration",
  StopDataSourceSyncJob: "|,;~~~|Grants permission to stop Data Source sync job",
  TagResource: "|,;~~~,~~,~~,~~,~~,~~,~~,~~,~~|Grants permission to tag a resource with given key value pairs",
  UntagResource: "|,;~~~|Grants permission to remove the tag with the given key from a resource",
  UpdateApplication: "|,;~~~|Grants permission to update an Application",
  UpdateChatControlsConfiguration: "|,;~~~|Grants permission to update chat controls configuration for an application",
  UpdateChatResponseConfiguration: "|,;~~~|Grants permission to update a chat response configuration",
  UpdateDataAccessor: "|,;~~~|Grants permission to update DataAccessor",
  UpdateDataSource: "|,;~~~|Grants permission to update a DataSource",
  UpdateIndex: "|,;~~~|Grants permission to update an index",
  UpdateIntegration: "|,;~|Grants permission to update an integration for a Q Business application",
  UpdatePlugin: "|,;~~~|Grants permission to update a plugin",
  UpdateRetriever: "|,;~~~|Grants permission to update a Retriever",
  UpdateSubscription: "|,;~~~|Grants permission to update a subscription",
  UpdateUser: "|,;~~~|Grants permission to update a user",
  UpdateWebExperience: "|,;~~~|Grants permission to update a WebExperience",
};
const resourceTypeFacts = {
  /** The application resource type: arn:${Partition}:qbusiness:${Region}:${Account}:application/${ApplicationId} */
  application: "|,|1",
  /** The chat-response-configuration resource type: arn:${Partition}:qbusiness:${Region}:${Account}:application/${ApplicationId}/chat-response-configuration/${ChatResponseConfigurationId} */
  "chat-response-configuration": "|,chatResponseConfiguration|1",
  /** The data-accessor resource type: arn:${Partition}:qbusiness:${Region}:${Account}:application/${ApplicationId}/data-accessor/${DataAccessorId} */
  "data-accessor": "|,dataAccessor|1",
  /** The data-source resource type: arn:${Partition}:qbusiness:${Region}:${Account}:application/${ApplicationId}/index/${IndexId}/data-source/${DataSourceId} */
  "data-source": "|,dataSource|1",
  /** The index resource type: arn:${Partition}:qbusiness:${Region}:${Account}:application/${ApplicationId}/index/${IndexId} */
  index: "|,|1",
  /** The integration resource type: arn:${Partition}:qbusiness:${Region}:${Account}:application/${ApplicationId}/integration/${IntegrationId} */
  integration: "|,|1",
  /** The plugin resource type: arn:${Partition}:qbusiness:${Region}:${Account}:application/${ApplicationId}/plugin/${PluginId} */
  plugin: "|,|1",
  /** The retriever resource type: arn:${Partition}:qbusiness:${Region}:${Account}:application/${ApplicationId}/retriever/${RetrieverId} */
  retriever: "|,|1",
  /** The subscription resource type: arn:${Partition}:qbusiness:${Region}:${Account}:application/${ApplicationId}/subscription/${SubscriptionId} */
  subscription: "|,|",
  /** The web-experience resource type: arn:${Partition}:qbusiness:${Region}:${Account}:application/${ApplicationId}/web-experience/${WebExperienceId} */
  "web-experience": "|,webExperience|1",
} as const;
const arnFormats = {
  /** ARN of a application resource: arn:${Partition}:qbusiness:${Region}:${Account}:application/${ApplicationId}. */
  application: "|,application|arn:|Partition|:qbusiness:|Region|:|Account|:application/|ApplicationId|",
  /** ARN of a chat-response-configuration resource: arn:${Partition}:qbusiness:${Region}:${Account}:application/${ApplicationId}/chat-response-configuration/${ChatResponseConfigurationId}. */
  chatResponseConfiguration:
    "|,chat-response-configuration|arn:|Partition|:qbusiness:|Region|:|Account|:application/|ApplicationId|/chat-response-configuration/|ChatResponseConfigurationId|",
  /** ARN of a data-accessor resource: arn:${Partition}:qbusiness:${Region}:${Account}:application/${ApplicationId}/data-accessor/${DataAccessorId}. */
  dataAccessor:
    "|,data-accessor|arn:|Partition|:qbusiness:|Region|:|Account|:application/|ApplicationId|/data-accessor/|DataAccessorId|",
  /** ARN of a data-source resource: arn:${Partition}:qbusiness:${Region}:${Account}:application/${ApplicationId}/index/${IndexId}/data-source/${DataSourceId}. */
  dataSource:
    "|,data-source|arn:|Partition|:qbusiness:|Region|:|Account|:application/|ApplicationId|/index/|IndexId|/data-source/|DataSourceId|",
  /** ARN of a index resource: arn:${Partition}:qbusiness:${Region}:${Account}:application/${ApplicationId}/index/${IndexId}. */
  index: "|,index|arn:|Partition|:qbusiness:|Region|:|Account|:application/|ApplicationId|/index/|IndexId|",
  /** ARN of a integration resource: arn:${Partition}:qbusiness:${Region}:${Account}:application/${ApplicationId}/integration/${IntegrationId}. */
  integration:
    "|,integration|arn:|Partition|:qbusiness:|Region|:|Account|:application/|ApplicationId|/integration/|IntegrationId|",
  /** ARN of a plugin resource: arn:${Partition}:qbusiness:${Region}:${Account}:application/${ApplicationId}/plugin/${PluginId}. */
  plugin: "|,plugin|arn:|Partition|:qbusiness:|Region|:|Account|:application/|ApplicationId|/plugin/|PluginId|",
  /** ARN of a retriever resource: arn:${Partition}:qbusiness:${Region}:${Account}:application/${ApplicationId}/retriever/${RetrieverId}. */
  retriever:
    "|,retriever|arn:|Partition|:qbusiness:|Region|:|Account|:application/|ApplicationId|/retriever/|RetrieverId|",
  /** ARN of a subscription resource: arn:${Partition}:qbusiness:${Region}:${Account}:application/${ApplicationId}/subscription/${SubscriptionId}. */
  subscription:
    "|,subscription|arn:|Partition|:qbusiness:|Region|:|Account|:application/|ApplicationId|/subscription/|SubscriptionId|",
  /** ARN of a web-experience resource: arn:${Partition}:qbusiness:${Region}:${Account}:application/${ApplicationId}/web-experience/${WebExperienceId}. */
  webExperience:
    "|,web-experience|arn:|Partition|:qbusiness:|Region|:|Account|:application/|ApplicationId|/web-experience/|WebExperienceId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "application",
  "chat-response-configuration",
  "data-accessor",
  "data-source",
  "index",
  "integration",
  "plugin",
  "retriever",
  "subscription",
  "web-experience",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "qbusiness">;
/** Any qbusiness action. */
export type Action = ActionOf<typeof actionFacts, "qbusiness">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "qbusiness">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "qbusiness" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every qbusiness action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by IAM Identity Center Group ID. */
  "identitystore:GroupId": "ArrayOfString";
  /** Filters access by IAM Identity Center User ID. */
  "identitystore:UserId": "ArrayOfString";
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
  "identitystore:GroupId": "|,ArrayOfString|0||Filters access by IAM Identity Center Group ID",
  "identitystore:UserId": "|,ArrayOfString|0||Filters access by IAM Identity Center User ID",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "qbusiness",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
