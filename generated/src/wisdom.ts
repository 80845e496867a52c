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
export const prefix: "wisdom" = "wisdom";
/** The service's name in the reference. */
export const serviceName: "Amazon Q in Connect" = "Amazon Q in Connect";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Q in Connect",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonqinconnect.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "wisdom:MessageTemplate/RoutingProfileArn",
  "wisdom:SearchFilter/Qualifier",
  "wisdom:SearchFilter/RoutingProfileArn",
] as const;
const dependentActionList = ["wisdom:TagResource"] as const;
const actionFacts = {
  /** Grants permission to activate a message template. Access level: Write. Resources: KnowledgeBase*, MessageTemplate*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_ActivateMessageTemplate.html */
  ActivateMessageTemplate: "W|||7;1;,8;1;|||;",
  /** Grants permission to configure vended log delivery for an assistant. Access level: Permissions management. Resources: Assistant. Permission only. ${UserGuideDocPage} */
  AllowVendedLogDeliveryForResource: "P||1|3;0;|||",
  /** Grants permission to create an ai agent. Access level: Write. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_CreateAIAgent.html */
  CreateAIAgent: "W||||0,2|0|;",
  /** Grants permission to create an ai agent version. Access level: Write. Resources: AIAgent*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_CreateAIAgentVersion.html */
  CreateAIAgentVersion: "W|||0;1;|0,2||;",
  /** Grants permission to create an ai guardrail. Access level: Write. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_CreateAIGuardrail.html */
  CreateAIGuardrail: "W||||0,2|0|;",
  /** Grants permission to create an ai guardrail version. Access level: Write. Resources: AIGuardrail*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_CreateAIGuardrailVersion.html */
  CreateAIGuardrailVersion: "W|||1;1;|0,2||;",
  /** Grants permission to create an ai prompt. Access level: Write. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_CreateAIPrompt.html */
  CreateAIPrompt: "W||||0,2|0|;",
  /** Grants permission to create an ai prompt version. Access level: Write. Resources: AIPrompt*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_CreateAIPromptVersion.html */
  CreateAIPromptVersion: "W|||2;1;|0,2||;",
  /** Grants permission to create an assistant. Access level: Write. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_CreateAssistant.html */
  CreateAssistant: "W||||0,2|0|;",
  /** Grants permission to create an association between an assistant and another resource. Access level: Write. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_CreateAssistantAssociation.html */
  CreateAssistantAssociation: "W||||0,2|iam:PassRole,0|;",
  /** Grants permission to create content. Access level: Write. Resources: KnowledgeBase*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_CreateContent.html */
  CreateContent: "W|||7;1;|0,2|0|;",
  /** Grants permission to create a content association. Access level: Write. Resources: Content*, KnowledgeBase*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_CreateContentAssociation.html */
  CreateContentAssociation: "W|||5;1;,7;1;|0,2|0|;",
  /** Grants permission to create a knowledge base. Access level: Write. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_CreateKnowledgeBase.html */
  CreateKnowledgeBase: "W||||0,2|0|;",
  /** Grants permission to create a message template. Access level: Write. Resources: KnowledgeBase*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_CreateMessageTemplate.html */
  CreateMessageTemplate: "W|||7;1;|0,2|0|;",
  /** Grants permission to create an attachment to a message template. Access level: Write. Resources: KnowledgeBase*, MessageTemplate*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_CreateMessageTemplateAttachment.html */
  CreateMessageTemplateAttachment: "W|||7;1;,8;1;|||;",
  /** Grants permission to create a version of a message template. Access level: Write. Resources: KnowledgeBase*, MessageTemplate*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_CreateMessageTemplateVersion.html */
  CreateMessageTemplateVersion: "W|||7;1;,8;1;|||;",
  /** Grants permission to create quick response. Access level: Write. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_CreateQuickResponse.html */
  CreateQuickResponse: "W||||0,2|0|;",
  /** Grants permission to create a session. Access level: Write. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_CreateSession.html */
  CreateSession: "W||||0,2|0|;",
  /** Grants permission to deactivate a message template. Access level: Write. Resources: KnowledgeBase*, MessageTemplate*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_DeactivateMessageTemplate.html */
  DeactivateMessageTemplate: "W|||7;1;,8;1;|||;",
  /** Grants permission to delete an ai agent. Access level: Write. Resources: AIAgent*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_DeleteAIAgent.html */
  DeleteAIAgent: "W|||0;1;|||;",
  /** Grants permission to delete an ai agent version. Access level: Write. Resources: AIAgent*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_DeleteAIAgentVersion.html */
  DeleteAIAgentVersion: "W|||0;1;|||;",
  /** Grants permission to delete an ai guardrail. Access level: Write. Resources: AIGuardrail*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_DeleteAIGuardrail.html */
  DeleteAIGuardrail: "W|||1;1;|||;",
  /** Grants permission to delete an ai guardrail version. Access level: Write. Resources: AIGuardrail*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_DeleteAIGuardrailVersion.html */
  DeleteAIGuardrailVersion: "W|||1;1;|||;",
  /** Grants permission to delete an ai prompt. Access level: Write. Resources: AIPrompt*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_DeleteAIPrompt.html */
  DeleteAIPrompt: "W|||2;1;|||;",
  /** Grants permission to delete an ai prompt version. Access level: Write. Resources: AIPrompt*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_DeleteAIPromptVersion.html */
  DeleteAIPromptVersion: "W|||2;1;|||;",
  /** Grants permission to delete an assistant. Access level: Write. Resources: Assistant*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_DeleteAssistant.html */
  DeleteAssistant: "W|||3;1;|||;",
  /** Grants permission to delete an assistant association. Access level: Write. Resources: AssistantAssociation*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_DeleteAssistantAssociation.html */
  DeleteAssistantAssociation: "W|||4;1;|||;",
  /** Grants permission to delete content. Access level: Write. Resources: Content*, KnowledgeBase*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_DeleteContent.html */
  DeleteContent: "W|||5;1;,7;1;|||;",
  /** Grants permission to delete a content association. Access level: Write. Resources: Content*, ContentAssociation*, KnowledgeBase*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_DeleteContentAssociation.html */
  DeleteContentAssociation: "W|||5;1;,6;1;,7;1;|||;",
  /** Grants permission to delete a import job of a knowledge base. Access level: Write. Resources: KnowledgeBase*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_DeleteImportJob.html */
  DeleteImportJob: "W|||7;1;|||;",
  /** Grants permission to delete a knowledge base. Access level: Write. Resources: KnowledgeBase*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_DeleteKnowledgeBase.html */
  DeleteKnowledgeBase: "W|||7;1;|||;",
  /** Grants permission to delete a message template. Access level: Write. Resources: KnowledgeBase*, MessageTemplate*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_DeleteMessageTemplate.html */
  DeleteMessageTemplate: "W|||7;1;,8;1;|||;",
  /** Grants permission to delete an attachment from a message template. Access level: Write. Resources: KnowledgeBase*, MessageTemplate*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_DeleteMessageTemplateAttachment.html */
  DeleteMessageTemplateAttachment: "W|||7;1;,8;1;|||;",
  /** Grants permission to delete quick response. Access level: Write. Resources: KnowledgeBase*, QuickResponse*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_DeleteQuickResponse.html */
  DeleteQuickResponse: "W|||7;1;,9;1;|||;",
  /** Grants permission to retrieve information about an ai agent. Access level: Read. Resources: AIAgent*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_GetAIAgent.html */
  GetAIAgent: "R|||0;1;|||;",
  /** Grants permission to retrieve information about an ai guardrail. Access level: Read. Resources: AIGuardrail*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_GetAIGuardrail.html */
  GetAIGuardrail: "R|||1;1;|||;",
  /** Grants permission to retrieve information about an ai prompt. Access level: Read. Resources: AIPrompt*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_GetAIPrompt.html */
  GetAIPrompt: "R|||2;1;|||;",
  /** Grants permission to retrieve information about an assistant. Access level: Read. Resources: Assistant*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_GetAssistant.html */
  GetAssistant: "R|||3;1;|||;",
  /** Grants permission to retrieve information about an assistant association. Access level: Read. Resources: AssistantAssociation*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_GetAssistantAssociation.html */
  GetAssistantAssociation: "R|||4;1;|||;",
  /** Grants permission to retrieve content, including a pre-signed URL to download the content. Access level: Read. Resources: Content*, KnowledgeBase*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_GetContent.html */
  GetContent: "R|||5;1;,7;1;|||;",
  /** Grants permission to retrieve information about a content association. Access level: Read. Resources: Content*, ContentAssociation*, KnowledgeBase*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_GetContentAssociation.html */
  GetContentAssociation: "R|||5;1;,6;1;,7;1;|||;",
  /** Grants permission to retrieve summary information about the content. Access level: Read. Resources: Content*, KnowledgeBase*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_GetContentSummary.html */
  GetContentSummary: "R|||5;1;,7;1;|||;",
  /** Grants permission to retrieve information about the import job. Access level: Read. Resources: KnowledgeBase*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_GetImportJob.html */
  GetImportJob: "R|||7;1;|||;",
  /** Grants permission to retrieve information about the knowledge base. Access level: Read. Resources: KnowledgeBase*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_GetKnowledgeBase.html */
  GetKnowledgeBase: "R|||7;1;|||;",
  /** Grants permission to retrieve a message template. Access level: Read. Resources: KnowledgeBase*, MessageTemplate*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_GetMessageTemplate.html */
  GetMessageTemplate: "R|||7;1;,8;1;|3||;,RenderMessageTemplate",
  /** Grants permission to retrieve for next message in a session. Access level: Read. Resources: Session*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_GetNextMessage.html */
  GetNextMessage: "R|||10;1;|||;",
  /** Grants permission to retrieve content. Access level: Read. Resources: KnowledgeBase*, QuickResponse*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_GetQuickResponse.html */
  GetQuickResponse: "R|||7;1;,9;1;|||;,SearchQuickResponses",
  /** Grants permission to retrieve recommendations for the specified session. Access level: Read. Resources: Session*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_GetRecommendations.html */
  GetRecommendations: "R|||10;1;|||;",
  /** Grants permission to retrieve information for a specified session. Access level: Read. Resources: Session*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_GetSession.html */
  GetSession: "R|||10;1;|||;",
  /** Grants permission to list information about ai agent versions. Access level: List. Resources: AIAgent*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_ListAIAgentVersions.html */
  ListAIAgentVersions: "L|||0;1;|||;",
  /** Grants permission to list information about ai agents. Access level: List. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_ListAIAgents.html */
  ListAIAgents: "L||||||;",
  /** Grants permission to list information about ai guardrail versions. Access level: List. Resources: AIGuardrail*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_ListAIGuardrailVersions.html */
  ListAIGuardrailVersions: "L|||1;1;|||;",
  /** Grants permission to list information about ai guardrails. Access level: List. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_ListAIGuardrails.html */
  ListAIGuardrails: "L||||||;",
  /** Grants permission to list information about ai prompt versions. Access level: List. Resources: AIPrompt*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_ListAIPromptVersions.html */
  ListAIPromptVersions: "L|||2;1;|||;",
  /** Grants permission to list information about ai prompts. Access level: List. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_ListAIPrompts.html */
  ListAIPrompts: "L||||||;",
  /** Grants permission to list information about assistant associations. Access level: List. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_ListAssistantAssociations.html */
  ListAssistantAssociations: "L||||||;",
  /** Grants permission to list information about assistants. Access level: List. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_ListAssistants.html */
  ListAssistants: "L||||||;",
  /** Grants permission to list information about content associations. Access level: List. Resources: Content*, KnowledgeBase*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_ListContentAssociations.html */
  ListContentAssociations: "L|||5;1;,7;1;|||;",
  /** Grants permission to list the content with a knowledge base. Access level: List. Resources: KnowledgeBase*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_ListContents.html */
  ListContents: "L|||7;1;|||;",
  /** Grants permission to list information about knowledge bases. Access level: List. Resources: KnowledgeBase*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_ListImportJobs.html */
  ListImportJobs: "L|||7;1;|||;",
  /** Grants permission to list information about knowledge bases. Access level: List. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_ListKnowledgeBases.html */
  ListKnowledgeBases: "L||||||;",
  /** Grants permission to list message template versions for the specified message template. Access level: List. Resources: KnowledgeBase*, MessageTemplate*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_ListMessageTemplateVersions.html */
  ListMessageTemplateVersions: "L|||7;1;,8;1;|||;",
  /** Grants permission to list the message templates for a knowledge base. Access level: List. Resources: KnowledgeBase*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_ListMessageTemplates.html */
  ListMessageTemplates: "L|||7;1;|||;",
  /** Grants permission to list messages in a session. Access level: List. Resources: Session*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_ListMessages.html */
  ListMessages: "L|||10;1;|||;",
  /** Grants permission to list models available for an assistant. Access level: List. Resources: Assistant*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_ListModels.html */
  ListModels: "L|||3;1;|||;",
  /** Grants permission to list the quick response with a knowledge base. Access level: List. Resources: KnowledgeBase*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_ListQuickResponses.html */
  ListQuickResponses: "L|||7;1;|||;",
  /** Grants permission to list AI agent traces for a session. Access level: List. Resources: Session*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_ListSpans.html */
  ListSpans: "L|||10;1;|||;",
  /** Grants permission to list the tags for the specified resource. Access level: Read. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R||||||;",
  /** Grants permission to remove the specified recommendations from the specified assistant's queue of newly available recommendations. Access level: Write. Resources: Session*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_NotifyRecommendationsReceived.html */
  NotifyRecommendationsReceived: "W|||10;1;|||;",
  /** Grants permission to submit feedback. Access level: Write. Resources: Assistant*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_PutFeedback.html */
  PutFeedback: "W|||3;1;|||;",
  /** Grants permission to perform a manual search against the specified assistant. Access level: Read. Resources: Assistant*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_QueryAssistant.html */
  QueryAssistant: "R|||3;1;|||;",
  /** Grants permission to remove an ai agent from an assistant. Access level: Write. Resources: Assistant*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_RemoveAssistantAIAgent.html */
  RemoveAssistantAIAgent: "W|||3;1;|||;",
  /** Grants permission to remove a URI template from a knowledge base. Access level: Write. Resources: KnowledgeBase*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_RemoveKnowledgeBaseTemplateUri.html */
  RemoveKnowledgeBaseTemplateUri: "W|||7;1;|||;",
  /** Grants permission to render a message template. Access level: Read. Resources: KnowledgeBase*, MessageTemplate*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_RenderMessageTemplate.html */
  RenderMessageTemplate: "R|||7;1;,8;1;|3|wisdom:GetMessageTemplate|;",
  /** Grants permission to retrieve knowledge content from specified assistant associations. Access level: Read. Resources: Assistant*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_Retrieve.html */
  Retrieve: "R|||3;1;|||;",
  /** Grants permission to search for content referencing a specified knowledge base. Can be used to get a specific content resource by its name. Access level: Read. Resources: KnowledgeBase*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_SearchContent.html */
  SearchContent: "R|||7;1;|||;",
  /** Grants permission to search for message templates referencing a specified knowledge base. Access level: Read. Resources: KnowledgeBase*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_SearchMessageTemplates.html */
  SearchMessageTemplates: "R|||7;1;|4,5||;",
  /** Grants permission to search for quick response referencing a specified knowledge base. Access level: Read. Resources: KnowledgeBase*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_SearchQuickResponses.html */
  SearchQuickResponses: "R|||7;1;|5|wisdom:GetQuickResponse|;",
  /** Grants permission to search for sessions referencing a specified assistant. Can be used to et a specific session resource by its name. Access level: Read. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_SearchSessions.html */
  SearchSessions: "R||||||;",
  /** Grants permission to send a message. Access level: Write. Resources: Session*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_SendMessage.html */
  SendMessage: "W|||10;1;|||;",
  /** Grants permission to get a URL to upload content to a knowledge base. Access level: Write. Resources: KnowledgeBase*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_StartContentUpload.html */
  StartContentUpload: "W|||7;1;|||;",
  /** Grants permission to create multiple quick responses. Access level: Write. Resources: KnowledgeBase*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_StartImportJob.html */
  StartImportJob: "W|||7;1;|0,2||;",
  /** Grants permission to add the specified tags to the specified resource. Access level: Tagging. Resources: Assistant, AssistantAssociation, Content, ContentAssociation, KnowledgeBase, MessageTemplate, QuickResponse, Session. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_TagResource.html */
  TagResource:
    "T|||3;0;,4;0;,5;0;,6;0;,7;0;,8;0;,9;0;,10;0;|0,1,2||CreateAIAgent,CreateAIGuardrail,CreateAIPrompt,CreateAssistant,CreateAssistantAssociation,CreateContent,CreateContentAssociation,CreateKnowledgeBase,CreateMessageTemplate,CreateQuickResponse,CreateSession,;",
  /** Grants permission to remove the specified tags from the specified resource. Access level: Tagging. Resources: Assistant, AssistantAssociation, Content, ContentAssociation, KnowledgeBase, MessageTemplate, QuickResponse, Session. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||3;0;,4;0;,5;0;,6;0;,7;0;,8;0;,9;0;,10;0;|1,2||;",
  /** Grants permission to update information about an ai agent. Access level: Write. Resources: AIAgent*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_UpdateAIAgent.html */
  UpdateAIAgent: "W|||0;1;|||;",
  /** Grants permission to update information about an ai guardrail. Access level: Write. Resources: AIGuardrail*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_UpdateAIGuardrail.html */
  UpdateAIGuardrail: "W|||1;1;|||;",
  /** Grants permission to update information about an ai prompt. Access level: Write. Resources: AIPrompt*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_UpdateAIPrompt.html */
  UpdateAIPrompt: "W|||2;1;|||;",
  /** Grants permission to update assistant information about an ai agent. Access level: Write. Resources: Assistant*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_UpdateAssistantAIAgent.html */
  UpdateAssistantAIAgent: "W|||3;1;|||;",
  /** Grants permission to update information about the content. Access level: Write. Resources: Content*, KnowledgeBase*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_UpdateContent.html */
  UpdateContent: "W|||5;1;,7;1;|||;",
  /** Grants permission to update the template URI of a knowledge base. Access level: Write. Resources: KnowledgeBase*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_UpdateKnowledgeBaseTemplateUri.html */
  UpdateKnowledgeBaseTemplateUri: "W|||7;1;|||;",
  /** Grants permission to update content of the message template. Access level: Write. Resources: KnowledgeBase*, MessageTemplate*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_UpdateMessageTemplate.html */
  UpdateMessageTemplate: "W|||7;1;,8;1;|||;",
  /** Grants permission to update metadata of the message template. Access level: Write. Resources: KnowledgeBase*, MessageTemplate*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_UpdateMessageTemplateMetadata.html */
  UpdateMessageTemplateMetadata: "W|||7;1;,8;1;|||;",
  /** Grants permission to update information or content of the quick response. Access level: Write. Resources: KnowledgeBase*, QuickResponse*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_UpdateQuickResponse.html */
  UpdateQuickResponse: "W|||7;1;,9;1;|||;",
  /** Grants permission to update a session. Access level: Write. Resources: Session*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_UpdateSession.html */
  UpdateSession: "W|||10;1;|||;",
  /** Grants permission to update data stored in a session. Access level: Write. Resources: Session*. https://docs.aws.amazon.com/wisdom/latest/APIReference/API_UpdateSessionData.html */
  UpdateSessionData: "W|||10;1;|||;",
} as const;
const actionDetails = {
  ActivateMessageTemplate: "|,;~~~|Grants permission to activate a message template",
  AllowVendedLogDeliveryForResource: "|,;~|Grants permission to configure vended log delivery for an assistant",
  CreateAIAgent: "|,;~~~|Grants permission to create an ai agent",
  CreateAIAgentVersion: "|,;~~~|Grants permission to create an ai agent version",
  CreateAIGuardrail: "|,;~~~|Grants permission to create an ai guardrail",
  CreateAIGuardrailVersion: "|,;~~~|Grants permission to create an ai guardrail version",
  CreateAIPrompt: "|,;~~~|Grants permission to create an ai prompt",
  CreateAIPromptVersion: "|,;~~~|Grants permission to create an ai prompt version",
  CreateAssistant: "|,;~~~;~wisdom~|Grants permission to create an assistant",
  CreateAssistantAssociation:
    "|,;~~~;~wisdom~|Grants permission to create an association between an assistant and another resource",
  CreateContent: "|,;~~~;~wisdom~|Grants permission to create content",
  CreateContentAssociation: "|,;~~~|Grants permission to create a content association",
  CreateKnowledgeBase: "|,;~~~;~wisdom~|Grants permission to create a knowledge base",
  CreateMessageTemplate: "|,;~~~|Grants permission to create a message template",
  CreateMessageTemplateAttachment: "|,;~~~|Grants permission to create an attachment to a message template",
  CreateMessageTemplateVersion: "|,;~~~|Grants permission to create a version of a message template",
  CreateQuickResponse: "|,;~~~;~wisdom~|Grants permission to create quick response",
  CreateSession: "|,;~~~;~wisdom~|Grants permission to create a session",
  DeactivateMessageTemplate: "|,;~~~|Grants permission to deactivate a message template",
  DeleteAIAgent: "|,;~~~|Grants permission to delete an ai agent",
  DeleteAIAgentVersion: "|,;~~~|Grants permission to delete an ai agent version",
  DeleteAIGuardrail: "|,;~~~|Grants permission to delete an ai guardrail",
  DeleteAIGuardrailVersion: "|,;~~~|Grants permission to delete an ai guardrail version",
  DeleteAIPrompt: "|,;~~~|Grants permission to delete an ai prompt",
  DeleteAIPromptVersion: "|,;~~~|Grants permission to delete an ai prompt version",
  DeleteAssistant: "|,;~~~;~wisdom~|Grants permission to delete an assistant",
  DeleteAssistantAssociation: "|,;~~~;~wisdom~|Grants permission to delete an assistant association",
  DeleteContent: "|,;~~~;~wisdom~|Grants permission to delete content",
  DeleteContentAssociation: "|,;~~~|Grants permission to delete a content association",
  DeleteImportJob: "|,;~~~;~wisdom~|Grants permission to delete a import job of a knowledge base",
  DeleteKnowledgeBase: "|,;~~~;~wisdom~|Grants permission to delete a knowledge base",
  DeleteMessageTemplate: "|,;~~~|Grants permission to delete a message template",
  DeleteMessageTemplateAttachment: "|,;~~~|Grants permission to delete an attachment from a message template",
  DeleteQuickResponse: "|,;~~~;~wisdom~|Grants permission to delete quick response",
  GetAIAgent: "|,;~~~|Grants permission to retrieve information about an ai agent",
  GetAIGuardrail: "|,;~~~|Grants permission to retrieve information about an ai guardrail",
  GetAIPrompt: "|,;~~~|Grants permission to retrieve information about an ai prompt",
  GetAssistant: "|,;~~~;~wisdom~|Grants permission to retrieve information about an assistant",
  GetAssistantAssociation: "|,;~~~;~wisdom~|Grants permission to retrieve information about an assistant association",
  GetContent:
    "|,;~~~;~wisdom~|Grants permission to retrieve content, including a pre-signed URL to download the content",
  GetContentAssociation: "|,;~~~|Grants permission to retrieve information about a content association",
  GetContentSummary: "|,;~~~;~wisdom~|Grants permission to retrieve summary information about the content",
  GetImportJob: "|,;~~~;~wisdom~|Grants permission to retrieve information about the import job",
  GetKnowledgeBase: "|,;~~~;~wisdom~|Grants permission to retrieve information about the knowledge base",
  GetMessageTemplate: "|,;~~~,~~|Grants permission to retrieve a message template",
  GetNextMessage: "|,;~~~|Grants permission to retrieve for next message in a session",
  GetQuickResponse: "|,;~~~;~wisdom~,~~;~wisdom~|Grants permission to retrieve content",
  GetRecommendations: "|,;~~~;~wisdom~|Grants permission to retrieve recommendations for the specified session",
  GetSession: "|,;~~~;~wisdom~|Grants permission to retrieve information for a specified session",
  ListAIAgentVersions: "|,;~~~|Grants permission to list information about ai agent versions",
  ListAIAgents: "|,;~~~|Grants permission to list information about ai agents",
  ListAIGuardrailVersions: "|,;~~~|Grants permission to list information about ai guardrail versions",
  ListAIGuardrails: "|,;~~~|Grants permission to list information about ai guardrails",
  ListAIPromptVersions: "|,;~~~|Grants permission to list information about ai prompt versions",
  ListAIPrompts: "|,;~~~|Grants permission to list information about ai prompts",
  ListAssistantAssociations: "|,;~~~;~wisdom~|Grants permission to list information about assistant associations",
  ListAssistants: "|,;~~~;~wisdom~|Grants permission to list information about assistants",
  ListContentAssociations: "|,;~~~|Grants permission to list information about content associations",
  ListContents: "|,;~~~;~wisdom~|Grants permission to list the content with a knowledge base",
  ListImportJobs: "|,;~~~;~wisdom~|Grants permission to list information about knowledge bases",
  ListKnowledgeBases: "|,;~~~;~wisdom~|Grants permission to list information about knowledge bases",
  ListMessageTemplateVersions:
    "|,;~~~|Grants permission to list message template versions for the specified message template",
  ListMessageTemplates: "|,;~~~|Grants permission to list the message templates for a knowledge base",
  ListMessages: "|,;~~~|Grants permission to list messages in a session",
  ListModels: "|,;~~~|Grants permission to list models available for an assistant",
  ListQuickResponses: "|,;~~~;~wisdom~|Grants permission to list the quick response with a knowledge base",
  ListSpans: "|,;~~~|Grants permission to list AI agent traces for a session",
  ListTagsForResource: "|,;~~~;~wisdom~|Grants permission to list the tags for the specified resource",
  NotifyRecommendationsReceived:
    "|,;~~~;~wisdom~|Grants permission to remove the specified recommendations from the specified assistant's queue of newly available recommendations",
  PutFeedback: "|,;~~~|Grants permission to submit feedback",
  QueryAssistant: "|,;~~~;~wisdom~|Grants permission to perform a manual search against the specified assistant",
  RemoveAssistantAIAgent: "|,;~~~|Grants permission to remove an ai agent from an assistant",
  RemoveKnowledgeBaseTemplateUri: "|,;~~~;~wisdom~|Grants permission to remove a URI template from a knowledge base",
  RenderMessageTemplate: "|,;~~~|Grants permission to render a message template",
  Retrieve: "|,;~~~|Grants permission to retrieve knowledge content from specified assistant associations",
  SearchContent:
    "|,;~~~;~wisdom~|Grants permission to search for content referencing a specified knowledge base. Can be used to get a specific content resource by its name",
  SearchMessageTemplates:
    "|,;~~~|Grants permission to search for message templates referencing a specified knowledge base",
  SearchQuickResponses:
    "|,;~~~;~wisdom~|Grants permission to search for quick response referencing a specified knowledge base",
  SearchSessions:
    "|,;~~~;~wisdom~|Grants permission to search for sessions referencing a specified assistant. Can be used to et a specific session resource by its name",
  SendMessage: "|,;~~~|Grants permission to send a message",
  StartContentUpload: "|,;~~~;~wisdom~|Grants permission to get a URL to upload content to a knowledge base",
  StartImportJob: "|,;~~~;~wisdom~|Grants permission to create multiple quick responses",
  TagResource:
    "|,;~~~,~~,~~,~~;~wisdom~,~~;~wisdom~,~~;~wisdom~,~~,~~;~wisdom~,~~,~~;~wisdom~,~~;~wisdom~,~~;~wisdom~|Grants permission to add the specified tags to the specified resource",
  UntagResource: "|,;~~~;~wisdom~|Grants permission to remove the specified tags from the specified resource",
  UpdateAIAgent: "|,;~~~|Grants permission to update information about an ai agent",
  UpdateAIGuardrail: "|,;~~~|Grants permission to update information about an ai guardrail",
  UpdateAIPrompt: "|,;~~~|Grants permission to update information about an ai prompt",
  UpdateAssistantAIAgent: "|,;~~~|Grants permission to update assistant information about an ai agent",
  UpdateContent: "|,;~~~;~wisdom~|Grants permission to update information about the content",
  UpdateKnowledgeBaseTemplateUri: "|,;~~~;~wisdom~|Grants permission to update the template URI of a knowledge base",
  UpdateMessageTemplate: "|,;~~~|Grants permission to update content of the message template",
  UpdateMessageTemplateMetadata: "|,;~~~|Grants permission to update metadata of the message template",
  UpdateQuickResponse: "|,;~~~;~wisdom~|Grants permission to update information or content of the quick response",
  UpdateSession: "|,;~~~|Grants permission to update a session",
  UpdateSessionData: "|,;~~~|Grants permission to update data stored in a session",
};
const resourceTypeFacts = {
  /** The AIAgent resource type: arn:${Partition}:wisdom:${Region}:${Account}:ai-agent/${AssistantId}/${AIAgentId} */
  AIAgent: "|,aiAgent|1",
  /** The AIGuardrail resource type: arn:${Partition}:wisdom:${Region}:${Account}:ai-guardrail/${AssistantId}/${AIGuardrailId} */
  AIGuardrail: "|,aiGuardrail|1",
  /** The AIPrompt resource type: arn:${Partition}:wisdom:${Region}:${Account}:ai-prompt/${AssistantId}/${AIPromptId} */
  AIPrompt: "|,aiPrompt|1",
  /** The Assistant resource type: arn:${Partition}:wisdom:${Region}:${Account}:assistant/${AssistantId} */
  Assistant: "|,assistant|1",
  /** The AssistantAssociation resource type: arn:${Partition}:wisdom:${Region}:${Account}:association/${AssistantId}/${AssistantAssociationId} */
  AssistantAssociation: "|,assistantAssociation|1",
  /** The Content resource type: arn:${Partition}:wisdom:${Region}:${Account}:content/${KnowledgeBaseId}/${ContentId} */
  Content: "|,content|1",
  /** The ContentAssociation resource type: arn:${Partition}:wisdom:${Region}:${Account}:content-association/${KnowledgeBaseId}/${ContentId}/${ContentAssociationId} */
  ContentAssociation: "|,contentAssociation|1",
  /** The KnowledgeBase resource type: arn:${Partition}:wisdom:${Region}:${Account}:knowledge-base/${KnowledgeBaseId} */
  KnowledgeBase: "|,knowledgeBase|1",
  /** The MessageTemplate resource type: arn:${Partition}:wisdom:${Region}:${Account}:message-template/${KnowledgeBaseId}/${MessageTemplateId} */
  MessageTemplate: "|,messageTemplate|1,3",
  /** The QuickResponse resource type: arn:${Partition}:wisdom:${Region}:${Account}:quick-response/${KnowledgeBaseId}/${QuickResponseId} */
  QuickResponse: "|,quickResponse|1",
  /** The Session resource type: arn:${Partition}:wisdom:${Region}:${Account}:session/${AssistantId}/${SessionId} */
  Session: "|,session|1",
} as const;
const arnFormats = {
  /** ARN of a AIAgent resource: arn:${Partition}:wisdom:${Region}:${Account}:ai-agent/${AssistantId}/${AIAgentId}. */
  aiAgent: "|,AIAgent|arn:|Partition|:wisdom:|Region|:|Account|:ai-agent/|AssistantId|/|AIAgentId,aiAgentId|",
  /** ARN of a AIGuardrail resource: arn:${Partition}:wisdom:${Region}:${Account}:ai-guardrail/${AssistantId}/${AIGuardrailId}. */
  aiGuardrail:
    "|,AIGuardrail|arn:|Partition|:wisdom:|Region|:|Account|:ai-guardrail/|AssistantId|/|AIGuardrailId,aiGuardrailId|",
  /** ARN of a AIPrompt resource: arn:${Partition}:wisdom:${Region}:${Account}:ai-prompt/${AssistantId}/${AIPromptId}. */
  aiPrompt: "|,AIPrompt|arn:|Partition|:wisdom:|Region|:|Account|:ai-prompt/|AssistantId|/|AIPromptId,aiPromptId|",
  /** ARN of a Assistant resource: arn:${Partition}:wisdom:${Region}:${Account}:assistant/${AssistantId}. */
  assistant: "|,Assistant|arn:|Partition|:wisdom:|Region|:|Account|:assistant/|AssistantId|",
  /** ARN of a AssistantAssociation resource: arn:${Partition}:wisdom:${Region}:${Account}:association/${AssistantId}/${AssistantAssociationId}. */
  assistantAssociation:
    "|,AssistantAssociation|arn:|Partition|:wisdom:|Region|:|Account|:association/|AssistantId|/|AssistantAssociationId|",
  /** ARN of a Content resource: arn:${Partition}:wisdom:${Region}:${Account}:content/${KnowledgeBaseId}/${ContentId}. */
  content: "|,Content|arn:|Partition|:wisdom:|Region|:|Account|:content/|KnowledgeBaseId|/|ContentId|",
  /** ARN of a ContentAssociation resource: arn:${Partition}:wisdom:${Region}:${Account}:content-association/${KnowledgeBaseId}/${ContentId}/${ContentAssociationId}. */
  contentAssociation:
    "|,ContentAssociation|arn:|Partition|:wisdom:|Region|:|Account|:content-association/|KnowledgeBaseId|/|ContentId|/|ContentAssociationId|",
  /** ARN of a KnowledgeBase resource: arn:${Partition}:wisdom:${Region}:${Account}:knowledge-base/${KnowledgeBaseId}. */
  knowledgeBase: "|,KnowledgeBase|arn:|Partition|:wisdom:|Region|:|Account|:knowledge-base/|KnowledgeBaseId|",
  /** ARN of a MessageTemplate resource: arn:${Partition}:wisdom:${Region}:${Account}:message-template/${KnowledgeBaseId}/${MessageTemplateId}. */
  messageTemplate:
    "|,MessageTemplate|arn:|Partition|:wisdom:|Region|:|Account|:message-template/|KnowledgeBaseId|/|MessageTemplateId|",
  /** ARN of a QuickResponse resource: arn:${Partition}:wisdom:${Region}:${Account}:quick-response/${KnowledgeBaseId}/${QuickResponseId}. */
  quickResponse:
    "|,QuickResponse|arn:|Partition|:wisdom:|Region|:|Account|:quick-response/|KnowledgeBaseId|/|QuickResponseId|",
  /** ARN of a Session resource: arn:${Partition}:wisdom:${Region}:${Account}:session/${AssistantId}/${SessionId}. */
  session: "|,Session|arn:|Partition|:wisdom:|Region|:|Account|:session/|AssistantId|/|SessionId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "AIAgent",
  "AIGuardrail",
  "AIPrompt",
  "Assistant",
  "AssistantAssociation",
  "Content",
  "ContentAssociation",
  "KnowledgeBase",
  "MessageTemplate",
  "QuickResponse",
  "Session",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "wisdom">;
/** Any wisdom action. */
export type Action = ActionOf<typeof actionFacts, "wisdom">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "wisdom">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "qconnect" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every wisdom action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the connect routing profile arns associated with the resource. */
  "wisdom:MessageTemplate/RoutingProfileArn": "ArrayOfARN";
  /** Filters access by the qualifiers that are passed in the request. */
  "wisdom:SearchFilter/Qualifier": "ArrayOfString";
  /** Filters access by the connect routing profile arn that is passed in the request. */
  "wisdom:SearchFilter/RoutingProfileArn": "ARN";
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
  "wisdom:MessageTemplate/RoutingProfileArn":
    "|,ArrayOfARN|0||Filters access by the connect routing profile arns associated with the resource",
  "wisdom:SearchFilter/Qualifier": "|,ArrayOfString|0||Filters access by the qualifiers that are passed in the request",
  "wisdom:SearchFilter/RoutingProfileArn":
    "|,ARN|0||Filters access by the connect routing profile arn that is passed in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "wisdom",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
