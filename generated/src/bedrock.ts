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
export const prefix: "bedrock" = "bedrock";
/** The service's name in the reference. */
export const serviceName: "Amazon Bedrock" = "Amazon Bedrock";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Bedrock",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonbedrock.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "bedrock:BearerTokenType",
  "bedrock:GuardrailIdentifier",
  "bedrock:InferenceProfileArn",
  "bedrock:InlineAgentName",
  "bedrock:PromptRouterArn",
  "bedrock:ServiceTier",
  "bedrock:ThirdPartyKnowledgeBaseCredentialsSecretArn",
] as const;
const dependentActionList = [
  "bedrock:ApplyGuardrail",
  "bedrock:AssociateThirdPartyKnowledgeBase",
  "bedrock:CallWithBearerToken",
  "bedrock:InvokeAutomatedReasoningPolicy",
  "bedrock:StartIngestionJob",
  "bedrock:TagResource",
  "iam:PassRole",
] as const;
const actionFacts = {
  /** Grants permission to configure vended log delivery for a knowledge base. Access level: Permissions management. Resources: knowledge-base. Permission only. https://docs.aws.amazon.com/bedrock/latest/APIReference/welcome.html */
  AllowVendedLogDeliveryForResource: "P||1|26;0;|||",
  /** Grants permission to apply a guardrail. Access level: Read. Resources: guardrail*, guardrail-profile. https://docs.aws.amazon.com/bedrock/latest/APIReference/welcome.html */
  ApplyGuardrail: "R|||22;1;,23;0;||2,3|;,Converse,ConverseStream,InvokeModel,InvokeModelWithResponseStream",
  /** Grants permission to associate another existing agent as a collaborator to an existing agent. Access level: Write. Resources: agent*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_AssociateAgentCollaborator.html */
  AssociateAgentCollaborator: "W|||0;1;|||;",
  /** Grants permission to associate a knowledge base with an agent. Access level: Write. Resources: agent*, knowledge-base*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_AssociateAgentKnowledgeBase.html */
  AssociateAgentKnowledgeBase: "W|||0;1;,26;1;|||;",
  /** Grants permission to use 3rd party platform to store knowledge data. Access level: Write. Permission only. https://docs.aws.amazon.com/bedrock/latest/APIReference/welcome.html */
  AssociateThirdPartyKnowledgeBase:
    "W||1||9||CreateKnowledgeBase,DeleteKnowledgeBaseDocuments,IngestKnowledgeBaseDocuments,StartIngestionJob,UpdateKnowledgeBase",
  /** Grants permission to batch delete list of bedrock evaluation jobs. Access level: Write. Resources: evaluation-job*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_BatchDeleteEvaluationJob.html */
  BatchDeleteEvaluationJob: "W|||17;1;|||;",
  /** Grants permission to use bearer token. Access level: Read. https://docs.aws.amazon.com/bedrock/latest/APIReference/welcome.html */
  CallWithBearerToken:
    "R||||3||ApplyGuardrail,Converse,ConverseStream,CountTokens,CreateAdvancedPromptOptimizationJob,CreateAutomatedReasoningPolicy,CreateAutomatedReasoningPolicyVersion,CreateCustomModel,CreateCustomModelDeployment,CreateFoundationModelAgreement,CreateGuardrail,CreateGuardrailVersion,CreateInferenceProfile,CreateMarketplaceModelEndpoint,CreateModelCopyJob,CreateModelCustomizationJob,CreateModelImportJob,CreateModelInvocationJob,CreatePromptRouter,CreateProvisionedModelThroughput,DeleteAutomatedReasoningPolicy,DeleteCustomModel,DeleteCustomModelDeployment,DeleteGuardrail,DeleteImportedModel,DeleteInferenceProfile,DeleteMarketplaceModelEndpoint,DeletePromptRouter,DeleteProvisionedModelThroughput,ExportAutomatedReasoningPolicyVersion,GetAsyncInvoke,GetAutomatedReasoningPolicy,GetCustomModel,GetCustomModelDeployment,GetEvaluationJob,GetFoundationModel,GetFoundationModelAvailability,GetGuardrail,GetImportedModel,GetInferenceProfile,GetMarketplaceModelEndpoint,GetModelCopyJob,GetModelCustomizationJob,GetModelImportJob,GetModelInvocationJob,GetModelInvocationLoggingConfiguration,GetPromptRouter,GetProvisionedModelThroughput,InvokeModel,InvokeModelWithResponseStream,ListAsyncInvokes,ListAutomatedReasoningPolicies,ListCustomModelDeployments,ListCustomModels,ListFoundationModelAgreementOffers,ListFoundationModels,ListGuardrails,ListInferenceProfiles,ListMarketplaceModelEndpoints,ListModelCopyJobs,ListModelCustomizationJobs,ListModelInvocationJobs,ListPromptRouters,ListProvisionedModelThroughputs,ListTagsForResource,PutUseCaseForModelAccess,StartAsyncInvoke,StopModelCustomizationJob,StopModelInvocationJob,TagResource,UntagResource,UpdateAutomatedReasoningPolicy,UpdateCustomModelDeployment,UpdateGuardrail,UpdateMarketplaceModelEndpoint,UpdateProvisionedModelThroughput",
  /** Grants permission to cancel a build workflow for an automated reasoning policy. Access level: Write. Resources: automated-reasoning-policy*. https://docs.aws.amazon.com/bedrock/latest/APIReference/welcome.html */
  CancelAutomatedReasoningPolicyBuildWorkflow: "W|||4;1;|||;",
  /** Grants permission to copy a blueprint from one stage to another. Access level: Write. Resources: blueprint*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_Operations_Data_Automation_for_Amazon_Bedrock.html */
  CopyBlueprintStage: "W|||7;1;|||;",
  /** Grants permission to count the number of tokens in an input prompt. Access level: Read. Resources: foundation-model*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_CountTokens.html */
  CountTokens: "R|||21;1;||2|;",
  /** Grants permission to create a new agent and a test agent alias pointing to the DRAFT agent version. Access level: Write. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_CreateAgent.html */
  CreateAgent: "W||||0,2|5,6|;",
  /** Grants permission to create a new action group in an existing agent. Access level: Write. Resources: agent*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_CreateAgentActionGroup.html */
  CreateAgentActionGroup: "W|||0;1;|0,2||;",
  /** Grants permission to create a new alias for an agent. Access level: Write. Resources: agent*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_CreateAgentAlias.html */
  CreateAgentAlias: "W|||0;1;|0,2|5|;",
  /** Grants permission to create a new automated reasoning policy. Access level: Write. https://docs.aws.amazon.com/bedrock/latest/APIReference/welcome.html */
  CreateAutomatedReasoningPolicy: "W||||0,2|2,5|;",
  /** Grants permission to create a test case for an automated reasoning policy. Access level: Write. Resources: automated-reasoning-policy*. https://docs.aws.amazon.com/bedrock/latest/APIReference/welcome.html */
  CreateAutomatedReasoningPolicyTestCase: "W|||4;1;|||;",
  /** Grants permission to create a new automated reasoning policy version. Access level: Write. Resources: automated-reasoning-policy*. https://docs.aws.amazon.com/bedrock/latest/APIReference/welcome.html */
  CreateAutomatedReasoningPolicyVersion: "W|||4;1;|0,2|2,5|;",
  /** Grants permission to create a blueprint for custom output from data automation. Access level: Write. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_data-automation_CreateBlueprint.html */
  CreateBlueprint: "W||||0,2|5|;",
  /** Grants permission to create a new version for an existing blueprint. Access level: Write. Resources: blueprint*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_data-automation_CreateBlueprintVersion.html */
  CreateBlueprintVersion: "W|||7;1;|||;",
  /** Grants permission to create a custom model into Bedrock. Access level: Write. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_CreateCustomModel.html */
  CreateCustomModel: "W||||0,2|2,5,6|;",
  /** Grants permission to create a custom model deployment for custom model. Access level: Write. Resources: custom-model*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_CreateCustomModelDeployment.html */
  CreateCustomModelDeployment: "W|||9;1;|0,2|2,5|;",
  /** Grants permission to create a Data Automation Library. Access level: Write. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_data-automation_CreateDataAutomationLibrary.html */
  CreateDataAutomationLibrary: "W||||0,2|5|;",
  /** Grants permission to create a data automation project. Access level: Write. Resources: blueprint, data-automation-library. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_data-automation_CreateDataAutomationProject.html */
  CreateDataAutomationProject: "W|||7;0;,12;0;|0,2|5|;",
  /** Grants permission to create a data source. Access level: Write. Resources: knowledge-base*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_CreateDataSource.html */
  CreateDataSource: "W|||26;1;|||;",
  /** Grants permission to create a job for evaluation foundation models or custom models. Access level: Write. Resources: custom-model*, default-prompt-router*, foundation-model*, prompt-router*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_CreateEvaluationJob.html */
  CreateEvaluationJob: "W|||9;1;,16;1;,21;1;,33;1;|0,2|5,6|;",
  /** Grants permission to create a prompt flow. Access level: Write. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_CreateFlow.html */
  CreateFlow: "W||||0,2|5,6|;",
  /** Grants permission to create an alias of a prompt flow. Access level: Write. Resources: flow*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_CreateFlowAlias.html */
  CreateFlowAlias: "W|||18;1;|0,2|5|;",
  /** Grants permission to create an immutable version of a prompt flow. Access level: Write. Resources: flow*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_CreateFlowVersion.html */
  CreateFlowVersion: "W|||18;1;|||;",
  /** Grants permission to create a new foundation model agreement. Access level: Write. https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonbedrock.html */
  CreateFoundationModelAgreement: "W|||||2|;",
  /** Grants permission to create a new guardrail. Access level: Write. Resources: automated-reasoning-policy, automated-reasoning-policy-version, guardrail-profile. https://docs.aws.amazon.com/bedrock/latest/APIReference/welcome.html */
  CreateGuardrail: "W|||4;0;,5;0;,23;0;|0,2|2,5|;",
  /** Grants permission to create a new guardrail version. Access level: Write. Resources: guardrail*. https://docs.aws.amazon.com/bedrock/latest/APIReference/welcome.html */
  CreateGuardrailVersion: "W|||22;1;||2|;",
  /** Grants permission to create inference profiles. Access level: Write. Resources: application-inference-profile*, foundation-model*, inference-profile*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_CreateInferenceProfile.html */
  CreateInferenceProfile: "W|||2;1;,21;1;,25;1;|0,2|2,5|;",
  /** Grants permission to create a new invocation in an existing session. Access level: Write. Resources: session*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent-runtime_CreateInvocation.html */
  CreateInvocation: "W|||36;1;|||;",
  /** Grants permission to create a knowledge base. Access level: Write. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_CreateKnowledgeBase.html */
  CreateKnowledgeBase: "W||||0,2|1,5,6|;",
  /** Grants permission to create a marketplace model endpoint. Access level: Write. API_CreateMarketplaceModelEndpoint */
  CreateMarketplaceModelEndpoint: "W|||||2,6|;",
  /** Grants permission to create a job for copying a custom model across region or across account. Access level: Write. Resources: custom-model*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_CreateModelCopyJob.html */
  CreateModelCopyJob: "W|||9;1;|0,2|2,5|;",
  /** Grants permission to create a job for customizing the model with your custom training data. Access level: Write. Resources: custom-model*, foundation-model*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_CreateModelCustomizationJob.html */
  CreateModelCustomizationJob: "W|||9;1;,21;1;|0,2|2,5,6|;",
  /** Grants permission to create a job for evaluation foundation models or custom models. Access level: Write. Resources: custom-model*, foundation-model*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_CreateModelEvaluationJob.html */
  CreateModelEvaluationJob: "W|||9;1;,21;1;|0,2||",
  /** Grants permission to create a job for importing model into Bedrock. Access level: Write. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_CreateModelImportJob.html */
  CreateModelImportJob: "W||||0,2|2,5,6|;",
  /** Grants permission to create a new model invocation job. Access level: Write. Resources: custom-model*, foundation-model*, model-invocation-job*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_CreateModelInvocationJob.html */
  CreateModelInvocationJob: "W|||9;1;,21;1;,31;1;|0,2|2,5,6|;",
  /** Grants permission to create a prompt. Access level: Write. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_CreatePrompt.html */
  CreatePrompt: "W||||0,2|5|;",
  /** Grants permission to create a custom prompt router. Access level: Write. Resources: application-inference-profile*, foundation-model*, inference-profile*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_CreatePromptRouter.html */
  CreatePromptRouter: "W|||2;1;,21;1;,25;1;|0,2|2,5|;",
  /** Grants permission to create a version of a prompt. Access level: Write. Resources: prompt*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_CreatePromptVersion.html */
  CreatePromptVersion: "W|||32;1;|0,2|5|;",
  /** Grants permission to create a new provisioned model throughput. Access level: Write. Resources: custom-model*, foundation-model*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_CreateProvisionedModelThroughput.html */
  CreateProvisionedModelThroughput: "W|||9;1;,21;1;|0,2|2,5|;",
  /** Grants permission to create a new session. Access level: Write. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent-runtime_CreateSession.html */
  CreateSession: "W||||0,2|5|;",
  /** Grants permission to delete an Agent that you created earlier. Access level: Write. Resources: agent*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_DeleteAgent.html */
  DeleteAgent: "W|||0;1;|||;",
  /** Grants permission to delete an actionGroup that you created earlier. Access level: Write. Resources: agent*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_DeleteAgentActionGroup.html */
  DeleteAgentActionGroup: "W|||0;1;|||;",
  /** Grants permission to delete an AgentAlias that you created earlier. Access level: Write. Resources: agent-alias*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_DeleteAgentAlias.html */
  DeleteAgentAlias: "W|||1;1;|||;",
  /** Grants permission to delete existing memory for an alias. Access level: Write. Resources: agent-alias*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent-runtime_DeleteAgentMemory.html */
  DeleteAgentMemory: "W|||1;1;|||;",
  /** Grants permission to delete an Agent Version that you created earlier. Access level: Write. Resources: agent*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_DeleteAgentVersion.html */
  DeleteAgentVersion: "W|||0;1;|||;",
  /** Grants permission to delete an automated reasoning policy or its version. Access level: Write. Resources: automated-reasoning-policy*, automated-reasoning-policy-version*. https://docs.aws.amazon.com/bedrock/latest/APIReference/welcome.html */
  DeleteAutomatedReasoningPolicy: "W|||4;1;,5;1;||2|;",
  /** Grants permission to delete a build workflow for an automated reasoning policy. Access level: Write. Resources: automated-reasoning-policy*. https://docs.aws.amazon.com/bedrock/latest/APIReference/welcome.html */
  DeleteAutomatedReasoningPolicyBuildWorkflow: "W|||4;1;|||;",
  /** Grants permission to delete a test case for an automated reasoning policy. Access level: Write. Resources: automated-reasoning-policy*. https://docs.aws.amazon.com/bedrock/latest/APIReference/welcome.html */
  DeleteAutomatedReasoningPolicyTestCase: "W|||4;1;|||;",
  /** Grants permission to delete a blueprint for data automation. Access level: Write. Resources: blueprint*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_data-automation_DeleteBlueprint.html */
  DeleteBlueprint: "W|||7;1;|||;",
  /** Grants permission to delete a custom model that you created earlier. Access level: Write. Resources: custom-model*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_DeleteCustomModel.html */
  DeleteCustomModel: "W|||9;1;||2|;",
  /** Grants permission to delete a custom model deployment that you created earlier. Access level: Write. Resources: custom-model-deployment*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_DeleteCustomModelDeployment.html */
  DeleteCustomModelDeployment: "W|||10;1;||2|;",
  /** Grants permission to delete a Data Automation Library. Access level: Write. Resources: data-automation-library*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_data-automation_DeleteDataAutomationLibrary.html */
  DeleteDataAutomationLibrary: "W|||12;1;|||;",
  /** Grants permission to delete a data automation project. Access level: Write. Resources: data-automation-project*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_data-automation_DeleteDataAutomationProject.html */
  DeleteDataAutomationProject: "W|||15;1;|||;",
  /** Grants permission to delete a data source. Access level: Write. Resources: knowledge-base*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_DeleteDataSource.html */
  DeleteDataSource: "W|||26;1;|||;",
  /** Grants permission to delete account-level enforced guardrail configuration. Access level: Write. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_DeleteEnforcedGuardrailConfiguration.html */
  DeleteEnforcedGuardrailConfiguration: "W||||||;",
  /** Grants permission to delete a prompt flow. Access level: Write. Resources: flow*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_DeleteFlow.html */
  DeleteFlow: "W|||18;1;|||;",
  /** Grants permission to delete an alias of a prompt flow. Access level: Write. Resources: flow-alias*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_DeleteFlowAlias.html */
  DeleteFlowAlias: "W|||19;1;|||;",
  /** Grants permission to delete a version of a prompt flow. Access level: Write. Resources: flow*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_DeleteFlowVersion.html */
  DeleteFlowVersion: "W|||18;1;|||;",
  /** Grants permission to delete a foundation model agreement that you created earlier. Access level: Write. https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonbedrock.html */
  DeleteFoundationModelAgreement: "W||||||;",
  /** Grants permission to delete a guardrail or its version. Access level: Write. Resources: guardrail*. https://docs.aws.amazon.com/bedrock/latest/APIReference/welcome.html */
  DeleteGuardrail: "W|||22;1;||2|;",
  /** Grants permission to delete previously created Bedrock imported model. Access level: Write. Resources: imported-model*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_DeleteImportedModel.html */
  DeleteImportedModel: "W|||24;1;||2|;",
  /** Grants permission to delete inference profiles. Access level: Write. Resources: application-inference-profile*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_DeleteInferenceProfile.html */
  DeleteInferenceProfile: "W|||2;1;||2|;",
  /** Grants permission to delete a knowledge base. Access level: Write. Resources: knowledge-base*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_DeleteKnowledgeBase.html */
  DeleteKnowledgeBase: "W|||26;1;|||;",
  /** Grants permission to delete documents from a knowledge base. Access level: Write. Resources: knowledge-base*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_DeleteKnowledgeBaseDocuments.html */
  DeleteKnowledgeBaseDocuments: "W|||26;1;||1,4|;",
  /** Grants permission to unsubscribe from a bedrock marketplace enabled AWS marketplace model. Access level: Write. https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonbedrock.html */
  DeleteMarketplaceModelAgreement: "W||||||",
  /** Grants permission to delete a marketplace model endpoint. Access level: Write. Resources: bedrock-marketplace-model-endpoint*. API_DeleteMarketplaceModelEndpoint */
  DeleteMarketplaceModelEndpoint: "W|||6;1;||2|;",
  /** Grants permission to delete an existing Invocation logging configuration. Access level: Write. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_DeleteModelInvocationLoggingConfiguration.html */
  DeleteModelInvocationLoggingConfiguration: "W||||||;",
  /** Grants permission to delete a prompt or its version. Access level: Write. Resources: prompt*, prompt-version*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_DeletePrompt.html */
  DeletePrompt: "W|||32;1;,34;1;|||;",
  /** Grants permission to delete a custom prompt router. Access level: Write. Resources: prompt-router*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_DeletePromptRouter.html */
  DeletePromptRouter: "W|||33;1;||2|;",
  /** Grants permission to delete a provisioned model throughput that you created earlier. Access level: Write. Resources: provisioned-model*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_DeleteProvisionedModelThroughput.html */
  DeleteProvisionedModelThroughput: "W|||35;1;||2|;",
  /** Deletes a previously created Bedrock resource policy. Access level: Write. Resources: custom-model, guardrail, guardrail-profile. Permission only. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_DeleteResourcePolicy.html */
  DeleteResourcePolicy: "W||1|9;0;,22;0;,23;0;|||;",
  /** Grants permission to delete a Session that you created earlier. Access level: Write. Resources: session*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent-runtime_DeleteSession.html */
  DeleteSession: "W|||36;1;|||;",
  /** Grants permission to deregister a marketplace model endpoint to make it unusable in Bedrock Marketplace. Access level: Write. Resources: bedrock-marketplace-model-endpoint*. API_DeregisterMarketplaceModelEndpoint */
  DeregisterMarketplaceModelEndpoint: "W|||6;1;|||;",
  /** Grants permission to detect if the provided content is generated using Amazon Bedrock. Access level: Read. Resources: foundation-model*. https://docs.aws.amazon.com/bedrock/latest/APIReference/welcome.html */
  DetectGeneratedContent: "R|||21;1;|||",
  /** Grants permission to diassociate a collaborator that you associated earlier. Access level: Write. Resources: agent*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_DisassociateAgentCollaborator.html */
  DisassociateAgentCollaborator: "W|||0;1;|||;",
  /** Grants permission to disassociate a knowledge base from the agent. Access level: Write. Resources: agent*, knowledge-base*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_DisassociateAgentKnowledgeBase.html */
  DisassociateAgentKnowledgeBase: "W|||0;1;,26;1;|||;",
  /** Grants permission to end a Session that you created earlier. Access level: Write. Resources: session*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent-runtime_EndSession.html */
  EndSession: "W|||36;1;|||;",
  /** Grants permission to retrieve an automated reasoning policy version artifact. Access level: Read. Resources: automated-reasoning-policy*, automated-reasoning-policy-version*. https://docs.aws.amazon.com/bedrock/latest/APIReference/welcome.html */
  ExportAutomatedReasoningPolicyVersion: "R|||4;1;,5;1;||2|;",
  /** Grants permission to generate queries associated with user input. Access level: Read. https://docs.aws.amazon.com/bedrock/latest/APIReference/welcome.html */
  GenerateQuery: "R|||||bedrock:GetKnowledgeBase|;",
  /** Grants permission to retrieve an existing agent. Access level: Read. Resources: agent*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_GetAgent.html */
  GetAgent: "R|||0;1;|||;",
  /** Grants permission to retrieve an existing action group. Access level: Read. Resources: agent*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_GetAgentActionGroup.html */
  GetAgentActionGroup: "R|||0;1;|||;",
  /** Grants permission to retrieve an existing alias. Access level: Read. Resources: agent-alias*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_GetAgentAlias.html */
  GetAgentAlias: "R|||1;1;|||;",
  /** Grants permission to retrieve an existing collaborator. Access level: Read. Resources: agent*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_GetAgentCollaborator.html */
  GetAgentCollaborator: "R|||0;1;|||;",
  /** Grants permission to describe a knowledge base associated with an agent. Access level: Read. Resources: agent*, knowledge-base*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_GetAgentKnowledgeBase.html */
  GetAgentKnowledgeBase: "R|||0;1;,26;1;|||;",
  /** Grants permission to retrieve existing memory for an alias. Access level: Read. Resources: agent-alias*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent-runtime_GetAgentMemory.html */
  GetAgentMemory: "R|||1;1;|||;",
  /** Grants permission to retrieve an existing version of an agent. Access level: Read. Resources: agent*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_GetAgentVersion.html */
  GetAgentVersion: "R|||0;1;|||;",
  /** Grants permission to get the properties associated with an asynchronous invocation that you have submitted. Access level: Read. Resources: async-invoke*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_GetAsyncInvoke.html */
  GetAsyncInvoke: "R|||3;1;||2|;",
  /** Grants permission to retrieve an automated reasoning policy or its version. Access level: Read. Resources: automated-reasoning-policy*, automated-reasoning-policy-version*. https://docs.aws.amazon.com/bedrock/latest/APIReference/welcome.html */
  GetAutomatedReasoningPolicy: "R|||4;1;,5;1;||2|;",
  /** Grants permission to retrieve annotations for a build workflow for an automated reasoning policy. Access level: Read. Resources: automated-reasoning-policy*. https://docs.aws.amazon.com/bedrock/latest/APIReference/welcome.html */
  GetAutomatedReasoningPolicyAnnotations: "R|||4;1;|||;",
  /** Grants permission to retrieve a build workflow for an automated reasoning policy. Access level: Read. Resources: automated-reasoning-policy*. https://docs.aws.amazon.com/bedrock/latest/APIReference/welcome.html */
  GetAutomatedReasoningPolicyBuildWorkflow: "R|||4;1;|||;",
  /** Grants permission to retrieve assets for a build workflow for an automated reasoning policy. Access level: Read. Resources: automated-reasoning-policy*. https://docs.aws.amazon.com/bedrock/latest/APIReference/welcome.html */
  GetAutomatedReasoningPolicyBuildWorkflowResultAssets: "R|||4;1;|||;",
  /** Grants permission to retrieve the next unreviewed generated scenario for a build workflow for an automated reasoning policy. Access level: Read. Resources: automated-reasoning-policy*. https://docs.aws.amazon.com/bedrock/latest/APIReference/welcome.html */
  GetAutomatedReasoningPolicyNextScenario: "R|||4;1;|||;",
  /** Grants permission to retrieve a test case for an automated reasoning policy. Access level: Read. Resources: automated-reasoning-policy*. https://docs.aws.amazon.com/bedrock/latest/APIReference/welcome.html */
  GetAutomatedReasoningPolicyTestCase: "R|||4;1;|||;",
  /** Grants permission to retrieve result for a test case for an automated reasoning policy. Access level: Read. Resources: automated-reasoning-policy*. https://docs.aws.amazon.com/bedrock/latest/APIReference/welcome.html */
  GetAutomatedReasoningPolicyTestResult: "R|||4;1;|||;",
  /** Grants permission to retrieve an existing blueprint for data automation. Access level: Read. Resources: blueprint*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_data-automation_GetBlueprint.html */
  GetBlueprint: "R|||7;1;|||;",
  /** Grants permission to get the status of a blueprint optimization job. Access level: Read. Resources: blueprint-optimization-invocation*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_Operations_Data_Automation_for_Amazon_Bedrock.html */
  GetBlueprintOptimizationStatus: "R|||8;1;|||;",
  /** Grants permission to retrieve blueprint recommendation. Access level: Read. Permission only. https://docs.aws.amazon.com/bedrock/latest/APIReference/welcome.html */
  GetBlueprintRecommendation: "R||1||||",
  /** Grants permission to get the properties associated with a Bedrock custom model that you have created. Access level: Read. Resources: custom-model*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_GetCustomModel.html */
  GetCustomModel: "R|||9;1;||2|;",
  /** Grants permission to get the properties associated with a custom model deployment. Use this operation to get the status of a custom model deployment. Access level: Read. Resources: custom-model-deployment*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_GetCustomModelDeployment.html */
  GetCustomModelDeployment: "R|||10;1;||2|;",
  /** Grants permission to retrieve an existing Data Automation Library. Access level: Read. Resources: data-automation-library*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_data-automation_GetDataAutomationLibrary.html */
  GetDataAutomationLibrary: "R|||12;1;|||;",
  /** Grants permission to get a Data Automation Library entity. Access level: Read. Resources: data-automation-library*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_data-automation_GetDataAutomationLibraryEntity.html */
  GetDataAutomationLibraryEntity: "R|||12;1;|||;",
  /** Grants permission to get details about a Data Automation Library ingestion job. Access level: Read. Resources: data-automation-library*, data-automation-library-ingestion-job*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_data-automation_GetDataAutomationLibraryIngestionJob.html */
  GetDataAutomationLibraryIngestionJob: "R|||12;1;,13;1;|||;",
  /** Grants permission to retrieve an existing data automation project. Access level: Read. Resources: data-automation-project*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_data-automation_GetDataAutomationProject.html */
  GetDataAutomationProject: "R|||15;1;|||;",
  /** Grants permission to retrieve the status of a data automation invocation job. Access level: Read. Resources: data-automation-invocation-job*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_data-automation-runtime_GetDataAutomationStatus.html */
  GetDataAutomationStatus: "R|||11;1;|||;",
  /** Grants permission to retrieve an existing data source. Access level: Read. Resources: knowledge-base*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_GetDataSource.html */
  GetDataSource: "R|||26;1;|||;",
  /** Grants permission to get the properties associated with a evaluation job. Use this operation to get the status of a evaluation job. Access level: Read. Resources: evaluation-job*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_GetEvaluationJob.html */
  GetEvaluationJob: "R|||17;1;||2|;",
  /** Grants permission to retrieve the flow definition for a flow execution. Access level: Read. Resources: flow*, flow-alias*, flow-execution*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent-runtime_GetExecutionFlowSnapshot.html */
  GetExecutionFlowSnapshot: "R|||18;1;,19;1;,20;1;|||;",
  /** Grants permission to retrieve an existing prompt flow. Access level: Read. Resources: flow*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_GetFlow.html */
  GetFlow: "R|||18;1;|||;",
  /** Grants permission to retrieve an existing alias of a prompt flow. Access level: Read. Resources: flow-alias*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_GetFlowAlias.html */
  GetFlowAlias: "R|||19;1;|||;",
  /** Grants permission to retrieve an existing execution of a flow alias. Access level: Read. Resources: flow*, flow-alias*, flow-execution*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent-runtime_GetFlowExecution.html */
  GetFlowExecution: "R|||18;1;,19;1;,20;1;|||;",
  /** Grants permission to retrieve an existing version of a prompt flow. Access level: Read. Resources: flow*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_GetFlowVersion.html */
  GetFlowVersion: "R|||18;1;|||;",
  /** Grants permission to get the properties associated with a Bedrock foundation model. Access level: Read. Resources: foundation-model*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_GetFoundationModel.html */
  GetFoundationModel: "R|||21;1;||2|;",
  /** Grants permission to get the availability of a foundation model. Access level: Read. https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonbedrock.html */
  GetFoundationModelAvailability: "R|||||2|;",
  /** Grants permission to retrieve a guardrail or its version. Access level: Read. Resources: guardrail*. https://docs.aws.amazon.com/bedrock/latest/APIReference/welcome.html */
  GetGuardrail: "R|||22;1;||2|;",
  /** Grants permission to get the properties associated with Bedrock imported model. Access level: Read. Resources: imported-model*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_GetImportedModel.html */
  GetImportedModel: "R|||24;1;||2|;",
  /** Grants permission to get the properties associated with an inference profile. Access level: Read. Resources: application-inference-profile*, inference-profile*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_GetInferenceProfile.html */
  GetInferenceProfile: "R|||2;1;,25;1;||2|;",
  /** Grants permission to retrieve an existing ingestion job. Access level: Read. Resources: knowledge-base*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_GetIngestionJob.html */
  GetIngestionJob: "R|||26;1;|||;",
  /** Grants permission to get an invocation step from a session. Access level: Read. Resources: session*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent-runtime_GetInvocationStep.html */
  GetInvocationStep: "R|||36;1;|||;",
  /** Grants permission to retrieve an existing knowledge base. Access level: Read. Resources: knowledge-base*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_GetKnowledgeBase.html */
  GetKnowledgeBase: "R|||26;1;|||GenerateQuery,;",
  /** Grants permission to get details for documents in a knowledge base. Access level: Read. Resources: knowledge-base*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_GetKnowledgeBaseDocuments.html */
  GetKnowledgeBaseDocuments: "R|||26;1;|||;",
  /** Grants permission to get the properties of a marketplace model endpoint. Access level: Read. Resources: bedrock-marketplace-model-endpoint*. API_GetMarketplaceModelEndpoint */
  GetMarketplaceModelEndpoint: "R|||6;1;||2|;",
  /** Grants permission to get the properties associated with a model-copy job. Use this operation to get the status of a model-copy job. Access level: Read. Resources: model-copy-job*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_GetModelCopyJob.html */
  GetModelCopyJob: "R|||27;1;||2|;",
  /** Grants permission to get the properties associated with a model-customization job. Use this operation to get the status of a model-customization job. Access level: Read. Resources: model-customization-job*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_GetModelCustomizationJob.html */
  GetModelCustomizationJob: "R|||28;1;||2|;",
  /** Grants permission to get the properties associated with a model-evaluation job. Use this operation to get the status of a model-evaluation job. Access level: Read. Resources: model-evaluation-job*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_GetModelEvaluationJob.html */
  GetModelEvaluationJob: "R|||29;1;|||",
  /** Grants permission to get the properties associated with a model import job and is used to get the status of a model import job. Access level: Read. Resources: model-import-job*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_GetModelImportJob.html */
  GetModelImportJob: "R|||30;1;||2|;",
  /** Grants permission to retrieve a model invocation job. Access level: Read. Resources: model-invocation-job*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_GetModelInvocationJob.html */
  GetModelInvocationJob: "R|||31;1;||2|;",
  /** Grants permission to retrieve an existing Invocation logging configuration. Access level: Read. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_GetModelInvocationLoggingConfiguration.html */
  GetModelInvocationLoggingConfiguration: "R|||||2|;",
  /** Grants permission to retrieve an existing prompt or its version. Access level: Read. Resources: prompt*, prompt-version*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_GetPrompt.html */
  GetPrompt: "R|||32;1;,34;1;|||;",
  /** Grants permission to get the properties associated with a prompt router. Access level: Read. Resources: default-prompt-router*, prompt-router*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_GetPromptRouter.html */
  GetPromptRouter: "R|||16;1;,33;1;||2|;",
  /** Grants permission to retrieve a provisioned model throughput. Access level: Read. Resources: provisioned-model*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_GetProvisionedModelThroughput.html */
  GetProvisionedModelThroughput: "R|||35;1;||2|;",
  /** Gets the resource policy document for a Bedrock resource. Access level: Read. Resources: custom-model, guardrail, guardrail-profile. Permission only. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_GetResourePolicy.html */
  GetResourcePolicy: "R||1|9;0;,22;0;,23;0;|||;",
  /** Grants permission to retrieve an existing session. Access level: Read. Resources: session*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent-runtime_GetSession.html */
  GetSession: "R|||36;1;|||;",
  /** Grants permission to retrieve a use case for model access. Access level: Read. https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonbedrock.html */
  GetUseCaseForModelAccess: "R||||||;",
  /** Grants permission to directly ingest documents into a knowledge base. Access level: Write. Resources: knowledge-base*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_IngestKnowledgeBaseDocuments.html */
  IngestKnowledgeBaseDocuments: "W|||26;1;||1,4|;",
  /** Grants permission to send user input (text-only) to the alias of an agent for Bedrock. Access level: Read. Resources: agent-alias*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent-runtime_InvokeAgent.html */
  InvokeAgent: "R|||1;1;|||;",
  /** Grants permission to invoke an Automated Reasoning policy. Access level: Read. Resources: automated-reasoning-policy*, automated-reasoning-policy-version*. Permission only. https://docs.aws.amazon.com/bedrock/latest/APIReference/welcome.html */
  InvokeAutomatedReasoningPolicy: "R||1|4;1;,5;1;|||ApplyGuardrail,StartAutomatedReasoningPolicyTestWorkflow",
  /** Grants permission to invoke an async job to perform blueprint optimization. Access level: Write. Resources: blueprint*, data-automation-profile*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_Operations_Data_Automation_for_Amazon_Bedrock.html */
  InvokeBlueprintOptimizationAsync: "W|||7;1;,14;1;|0,2|5|;",
  /** Grants permission to invoke blueprint recommendations asynchronously. Access level: Write. Resources: data-automation-profile*. Permission only. https://docs.aws.amazon.com/bedrock/latest/APIReference/welcome.html */
  InvokeBlueprintRecommendationAsync: "W||1|14;1;|||",
  /** Grants permission to use the conversational builder which aids in building supported bedrock resources. Access level: Write. Permission only. https://docs.aws.amazon.com/bedrock/latest/userguide/agents-create-cb.html */
  InvokeBuilder: "W||1||||",
  /** Grants permission to invoke a call to Sync API of Bedrock data automation. Access level: Write. Resources: blueprint*, data-automation-profile*, data-automation-project*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_data-automation-runtime_InvokeDataAutomation.html */
  InvokeDataAutomation: "W|||7;1;,14;1;,15;1;|||;",
  /** Grants permission to invoke a Bedrock data automation job. Access level: Write. Resources: blueprint*, data-automation-profile*, data-automation-project*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_data-automation-runtime_InvokeDataAutomationAsync.html */
  InvokeDataAutomationAsync: "W|||7;1;,14;1;,15;1;|0,2|5|;",
  /** Grants permission to invoke a Data Automation Library ingestion job. Access level: Write. Resources: data-automation-library*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_data-automation_InvokeDataAutomationLibraryIngestionJob.html */
  InvokeDataAutomationLibraryIngestionJob: "W|||12;1;|0,2|5|;",
  /** Grants permission to invoke a prompt flow with user input. Access level: Read. Resources: flow-alias*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent-runtime_InvokeFlow.html */
  InvokeFlow: "R|||19;1;|||;",
  /** Grants permission to send user input (text-only) to the inline agent for Bedrock. Access level: Read. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent-runtime_InvokeInlineAgent.html */
  InvokeInlineAgent: "R||||6||;",
  /** Grants permission to invoke the specified Bedrock model to run inference using the input provided in the request body. Access level: Read. Resources: application-inference-profile*, async-invoke*, bedrock-marketplace-model-endpoint*, custom-model-deployment*, default-prompt-router*, foundation-model*, imported-model*, inference-profile*, prompt-router*, provisioned-model*, system-tool*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_InvokeModel.html */
  InvokeModel:
    "R|||2;1;,3;1;,6;1;,10;1;,16;1;,21;1;,24;1;,25;1;,33;1;,35;1;,37;1;|0,2,4,5,7,8|0,2|Converse,;,InvokeModelWithBidirectionalStream,InvokeModelWithResponseStream,StartAsyncInvoke",
  /** Grants permission to invoke the specified Bedrock model to run inference using the input provided in the request body with streaming response. Access level: Read. Resources: application-inference-profile*, bedrock-marketplace-model-endpoint*, custom-model-deployment*, default-prompt-router*, foundation-model*, imported-model*, inference-profile*, prompt-router*, provisioned-model*, system-tool*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_InvokeModelWithResponseStream.html */
  InvokeModelWithResponseStream:
    "R|||2;1;,6;1;,10;1;,16;1;,21;1;,24;1;,25;1;,33;1;,35;1;,37;1;|4,5,7,8|0,2,bedrock:InvokeModel|ConverseStream,;",
  /** Grants permission to invoke the specified Bedrock tool to run inference. Access level: Read. Resources: system-tool*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_InvokeTool.html */
  InvokeTool: "R|||37;1;|||Converse,ConverseStream",
  /** Grants permission to list action groups in an agent. Access level: List. Resources: agent*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_ListAgentActionGroups.html */
  ListAgentActionGroups: "L|||0;1;|||;",
  /** Grants permission to list aliases for an agent. Access level: List. Resources: agent*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_ListAgentAliases.html */
  ListAgentAliases: "L|||0;1;|||;",
  /** Grants permission to list collaborators for an agent. Access level: List. Resources: agent*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_ListAgentCollaborators.html */
  ListAgentCollaborators: "L|||0;1;|||;",
  /** Grants permission to list knowledge bases associated with an agent. Access level: List. Resources: agent*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_ListAgentKnowledgeBases.html */
  ListAgentKnowledgeBases: "L|||0;1;|||;",
  /** Grants permission to list existing versions of an agent. Access level: List. Resources: agent*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_ListAgentVersions.html */
  ListAgentVersions: "L|||0;1;|||;",
  /** Grants permission to list existing agents. Access level: List. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_ListAgents.html */
  ListAgents: "L||||||;",
  /** Grants permission to get a list of asynchronous invocations that you have submitted. Access level: List. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_ListAsyncInvokes.html */
  ListAsyncInvokes: "L|||||2|;",
  /** Grants permission to list automated reasoning policies or its versions. Access level: List. Resources: automated-reasoning-policy. https://docs.aws.amazon.com/bedrock/latest/APIReference/welcome.html */
  ListAutomatedReasoningPolicies: "L|||4;0;||2|;",
  /** Grants permission to list build workflows for an automated reasoning policy. Access level: List. Resources: automated-reasoning-policy*. https://docs.aws.amazon.com/bedrock/latest/APIReference/welcome.html */
  ListAutomatedReasoningPolicyBuildWorkflows: "L|||4;1;|||;",
  /** Grants permission to list test cases for an automated reasoning policy. Access level: List. Resources: automated-reasoning-policy*. https://docs.aws.amazon.com/bedrock/latest/APIReference/welcome.html */
  ListAutomatedReasoningPolicyTestCases: "L|||4;1;|||;",
  /** Grants permission to list test result for an automated reasoning policy. Access level: List. Resources: automated-reasoning-policy*. https://docs.aws.amazon.com/bedrock/latest/APIReference/welcome.html */
  ListAutomatedReasoningPolicyTestResults: "L|||4;1;|||;",
  /** Grants permission to list existing blueprints for data automation. Access level: List. Resources: data-automation-project. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_data-automation_ListBlueprints.html */
  ListBlueprints: "L|||15;0;|||;",
  /** Grants permission to get the list of custom model deployments that you have submitted. Access level: List. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_ListCustomModelDeployments.html */
  ListCustomModelDeployments: "L|||||2|;",
  /** Grants permission to get a list of Bedrock custom models that you have created. Access level: List. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_ListCustomModels.html */
  ListCustomModels: "L|||||2|;",
  /** Grants permission to list Data Automation Libraries. Access level: List. Resources: data-automation-project. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_data-automation_ListDataAutomationLibraries.html */
  ListDataAutomationLibraries: "L|||15;0;|||;",
  /** Grants permission to list Data Automation Library entities. Access level: List. Resources: data-automation-library*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_data-automation_ListDataAutomationLibraryEntities.html */
  ListDataAutomationLibraryEntities: "L|||12;1;|||;",
  /** Grants permission to list Data Automation Library ingestion jobs. Access level: List. Resources: data-automation-library*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_data-automation_ListDataAutomationLibraryIngestionJobs.html */
  ListDataAutomationLibraryIngestionJobs: "L|||12;1;|||;",
  /** Grants permission to list existing data automation projects. Access level: List. Resources: blueprint, data-automation-project. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_data-automation_ListDataAutomationProjects.html */
  ListDataAutomationProjects: "L|||7;0;,15;0;|||;",
  /** Grants permission to list existing data sources in an knowledge base. Access level: List. Resources: knowledge-base*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_ListDataSources.html */
  ListDataSources: "L|||26;1;|||;",
  /** Grants permission to list account-level enforced guardrail configurations. Access level: List. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_ListEnforcedGuardrailsConfiguration.html */
  ListEnforcedGuardrailsConfiguration: "L||||||;",
  /** Grants permission to get the list of evaluation jobs that you have submitted. Access level: List. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_ListEvaluationJobs.html */
  ListEvaluationJobs: "L||||||;",
  /** Grants permission to list existing aliases of a prompt flow. Access level: List. Resources: flow*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_ListFlowAliases.html */
  ListFlowAliases: "L|||18;1;|||;",
  /** Grants permission to retrieve events for a flow execution. Access level: List. Resources: flow*, flow-alias*, flow-execution*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent-runtime_ListFlowExecutionEvents.html */
  ListFlowExecutionEvents: "L|||18;1;,19;1;,20;1;|||;",
  /** Grants permission to list executions of a flow or a flow alias. Access level: List. Resources: flow*, flow-alias. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent-runtime_ListFlowExecutions.html */
  ListFlowExecutions: "L|||18;1;,19;0;|||;",
  /** Grants permission to list existing versions of a prompt flow. Access level: List. Resources: flow*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_ListFlowVersions.html */
  ListFlowVersions: "L|||18;1;|||;",
  /** Grants permission to list existing prompt flows. Access level: List. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_ListFlows.html */
  ListFlows: "L||||||;",
  /** Grants permission to get a list of foundation model agreement offers. Access level: List. https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonbedrock.html */
  ListFoundationModelAgreementOffers: "L|||||2|;",
  /** Grants permission to list Bedrock foundation models that you can use. Access level: List. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_ListFoundationModels.html */
  ListFoundationModels: "L|||||2|;",
  /** Grants permission to list guardrails or its versions. Access level: List. Resources: guardrail. https://docs.aws.amazon.com/bedrock/latest/APIReference/welcome.html */
  ListGuardrails: "L|||22;0;||2|;",
  /** Grants permission to get list of Bedrock imported models. Access level: List. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_ListImportedModels.html */
  ListImportedModels: "L||||||;",
  /** Grants permission to list inference profiles that you can use. Access level: List. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_ListInferenceProfiles.html */
  ListInferenceProfiles: "L|||||2|;",
  /** Grants permission to list ingestion jobs in a data source. Access level: List. Resources: knowledge-base*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_ListIngestionJobs.html */
  ListIngestionJobs: "L|||26;1;|||;",
  /** Grants permission to get list of invocation step from a session. Access level: List. Resources: session*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent-runtime_ListInvocationSteps.html */
  ListInvocationSteps: "L|||36;1;||bedrock:ListInvocations|;",
  /** Grants permission to list invocations in a session. Access level: List. Resources: session*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent-runtime_ListInvocations.html */
  ListInvocations: "L|||36;1;|||ListInvocationSteps,;",
  /** Grants permission to list documents in a knowledge base. Access level: List. Resources: knowledge-base*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_ListKnowledgeBaseDocuments.html */
  ListKnowledgeBaseDocuments: "L|||26;1;|||;",
  /** Grants permission to list existing knowledge bases. Access level: List. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_ListKnowledgeBases.html */
  ListKnowledgeBases: "L||||||;",
  /** Grants permission to list marketplace model endpoints that you can use. Access level: Read. API_ListMarketplaceModelEndpoints */
  ListMarketplaceModelEndpoints: "R|||||2|;",
  /** Grants permission to get the list of model copy jobs that you have submitted. Access level: List. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_ListModelCopyJobs.html */
  ListModelCopyJobs: "L|||||2|;",
  /** Grants permission to get the list of model customization jobs that you have submitted. Access level: List. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_ListModelCustomizationJobs.html */
  ListModelCustomizationJobs: "L|||||2|;",
  /** Grants permission to get the list of model evaluation jobs that you have submitted. Access level: List. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_ListModelEvaluationJobs.html */
  ListModelEvaluationJobs: "L||||||",
  /** Grants permission to get list of model import jobs. Access level: List. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_ListModelImportJobs.html */
  ListModelImportJobs: "L||||||;",
  /** Grants permission to list model invocation jobs that you created earlier. Access level: List. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_ListModelInvocationJobs.html */
  ListModelInvocationJobs: "L|||||2|;",
  /** Grants permission to list prompt routers that you can use. Access level: List. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_ListPromptRouters.html */
  ListPromptRouters: "L|||||2|;",
  /** Grants permission to list existing prompts. Access level: List. Resources: prompt. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_ListPrompts.html */
  ListPrompts: "L|||32;0;|||;",
  /** Grants permission to list provisioned model throughputs that you created earlier. Access level: List. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_ListProvisionedModelThroughputs.html */
  ListProvisionedModelThroughputs: "L|||||2|;",
  /** Grants permission to list existing sessions. Access level: List. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent-runtime_ListSessions.html */
  ListSessions: "L||||||;",
  /** Grants permission to list tags for a Bedrock resource. Access level: Read. Resources: agent*, agent-alias*, application-inference-profile*, async-invoke*, automated-reasoning-policy*, automated-reasoning-policy-version*, blueprint*, blueprint-optimization-invocation*, custom-model*, custom-model-deployment*, data-automation-invocation-job*, data-automation-library*, data-automation-library-ingestion-job*, data-automation-project*, evaluation-job*, flow*, flow-alias*, guardrail*, imported-model*, knowledge-base*, model-copy-job*, model-customization-job*, model-evaluation-job*, model-import-job*, model-invocation-job*, prompt*, prompt-router*, prompt-version*, provisioned-model*, session*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource:
    "R|||0;1;,1;1;,2;1;,3;1;,4;1;,5;1;,7;1;,8;1;,9;1;,10;1;,11;1;,12;1;,13;1;,15;1;,17;1;,18;1;,19;1;,22;1;,24;1;,26;1;,27;1;,28;1;,29;1;,30;1;,31;1;,32;1;,33;1;,34;1;,35;1;,36;1;||2|;",
  /** Grants permission to optimize a prompt with user input. Access level: Read. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent-runtime_OptimizePrompt.html */
  OptimizePrompt: "R||||||;",
  /** Grants permission to prepare an existing agent to receive runtime requests. Access level: Write. Resources: agent*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_PrepareAgent.html */
  PrepareAgent: "W|||0;1;|||;",
  /** Grants permission to apply the latest changes made to a prompt flow, so that they are reflected at runtime. Access level: Write. Resources: flow*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_PrepareFlow.html */
  PrepareFlow: "W|||18;1;|||;",
  /** Grants permission to set account-level enforced guardrail configuration. Access level: Write. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_PutEnforcedGuardrailConfiguration.html */
  PutEnforcedGuardrailConfiguration: "W||||||;",
  /** Grants permission to put entitlement to access a serverless foundation model. Do not use to restrict model access. Access level: Write. https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonbedrock.html */
  PutFoundationModelEntitlement: "W||||||",
  /** Grants permission to put an invocation step into an invocation in session. Access level: Write. Resources: session*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent-runtime_PutInvocationStep.html */
  PutInvocationStep: "W|||36;1;|||;",
  /** Grants permission to create an existing Invocation logging configuration. Access level: Write. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_PutModelInvocationLoggingConfiguration.html */
  PutModelInvocationLoggingConfiguration: "W|||||6|;",
  /** Adds a resource policy for a Bedrock resource. Access level: Write. Resources: custom-model, guardrail, guardrail-profile. Permission only. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_PutResourcePolicy.html */
  PutResourcePolicy: "W||1|9;0;,22;0;,23;0;|0,2||;",
  /** Grants permission to put a use case for model access. Access level: Write. https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonbedrock.html */
  PutUseCaseForModelAccess: "W|||||2|;",
  /** Grants permission to register a sagemaker endpoint as a marketplace model endpoint. Access level: Write. Resources: bedrock-marketplace-model-endpoint*. API_RegisterMarketplaceModelEndpoint */
  RegisterMarketplaceModelEndpoint: "W|||6;1;|||;",
  /** Grants permission to render an existing prompt or its version. Access level: Read. Resources: prompt*, prompt-version*. Permission only. https://docs.aws.amazon.com/bedrock/latest/APIReference/welcome.html */
  RenderPrompt: "R||1|32;1;,34;1;|||",
  /** Grants permission to rank documents based on user input. Access level: Write. https://docs.aws.amazon.com/bedrock/latest/APIReference/welcome.html */
  Rerank: "W||||||;",
  /** Grants permission to retrieve ingested data from a knowledge base. Access level: Read. Resources: knowledge-base*. https://docs.aws.amazon.com/bedrock/latest/APIReference/welcome.html */
  Retrieve: "R|||26;1;|||;",
  /** Grants permission to send user input to perform retrieval and generation. Access level: Write. https://docs.aws.amazon.com/bedrock/latest/APIReference/welcome.html */
  RetrieveAndGenerate: "W||||||;,RetrieveAndGenerateStream",
  /** Grants permission to start a build workflow for an automated reasoning policy. Access level: Write. Resources: automated-reasoning-policy*. https://docs.aws.amazon.com/bedrock/latest/APIReference/welcome.html */
  StartAutomatedReasoningPolicyBuildWorkflow: "W|||4;1;|||;",
  /** Grants permission to start a test workflow for an automated reasoning policy. Access level: Write. Resources: automated-reasoning-policy*. https://docs.aws.amazon.com/bedrock/latest/APIReference/welcome.html */
  StartAutomatedReasoningPolicyTestWorkflow: "W|||4;1;||3|;",
  /** Grants permission to start an execution of a flow alias. Access level: Write. Resources: flow*, flow-alias*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent-runtime_StartFlowExecution.html */
  StartFlowExecution: "W|||18;1;,19;1;|||;",
  /** Grants permission to start an ingestion job. Access level: Write. Resources: knowledge-base*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_StartIngestionJob.html */
  StartIngestionJob: "W|||26;1;||1|DeleteKnowledgeBaseDocuments,IngestKnowledgeBaseDocuments,;",
  /** Grants permission to stop a evaluation job while in progress. Access level: Write. Resources: evaluation-job*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_StopEvaluationJob.html */
  StopEvaluationJob: "W|||17;1;|||;",
  /** Grants permission to stop an execution of a flow alias. Access level: Write. Resources: flow*, flow-alias*, flow-execution*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent-runtime_StopFlowExecution.html */
  StopFlowExecution: "W|||18;1;,19;1;,20;1;|||;",
  /** Grants permission to stop an ingestion job. Access level: Write. Resources: knowledge-base*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_StopIngestionJob.html */
  StopIngestionJob: "W|||26;1;|||;",
  /** Grants permission to stop a Bedrock model customization job while in progress. Access level: Write. Resources: model-customization-job*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_StopModelCustomizationJob.html */
  StopModelCustomizationJob: "W|||28;1;||2|;",
  /** Grants permission to stop a model invocation job that you started earlier. Access level: Write. Resources: model-invocation-job*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_StopModelInvocationJob.html */
  StopModelInvocationJob: "W|||31;1;||2|;",
  /** Grants permission to Tag a Bedrock resource. Access level: Tagging. Resources: agent, agent-alias, application-inference-profile, async-invoke, automated-reasoning-policy, automated-reasoning-policy-version, blueprint, blueprint-optimization-invocation, custom-model, custom-model-deployment, data-automation-invocation-job, data-automation-library, data-automation-library-ingestion-job, data-automation-project, evaluation-job, flow, flow-alias, guardrail, imported-model, knowledge-base, model-copy-job, model-customization-job, model-evaluation-job, model-import-job, model-invocation-job, prompt, prompt-router, prompt-version, provisioned-model, session. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_TagResource.html */
  TagResource:
    "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,7;0;,8;0;,9;0;,10;0;,11;0;,12;0;,13;0;,15;0;,17;0;,18;0;,19;0;,22;0;,24;0;,26;0;,27;0;,28;0;,29;0;,30;0;,31;0;,32;0;,33;0;,34;0;,35;0;,36;0;|0,2|2|CreateAdvancedPromptOptimizationJob,CreateAgent,CreateAgentAlias,CreateAutomatedReasoningPolicy,CreateAutomatedReasoningPolicyVersion,CreateBlueprint,CreateCustomModel,CreateCustomModelDeployment,CreateDataAutomationLibrary,CreateDataAutomationProject,CreateEvaluationJob,CreateFlow,CreateFlowAlias,CreateGuardrail,CreateInferenceProfile,CreateKnowledgeBase,CreateModelCopyJob,CreateModelCustomizationJob,CreateModelImportJob,CreateModelInvocationJob,CreatePrompt,CreatePromptRouter,CreatePromptVersion,CreateProvisionedModelThroughput,CreateSession,InvokeBlueprintOptimizationAsync,InvokeDataAutomationAsync,InvokeDataAutomationLibraryIngestionJob,StartAsyncInvoke,;",
  /** Grants permission to Untag a Bedrock resource. Access level: Tagging. Resources: agent, agent-alias, application-inference-profile, async-invoke, automated-reasoning-policy, automated-reasoning-policy-version, blueprint, blueprint-optimization-invocation, custom-model, custom-model-deployment, data-automation-invocation-job, data-automation-library, data-automation-library-ingestion-job, data-automation-project, evaluation-job, flow, flow-alias, guardrail, imported-model, knowledge-base, model-copy-job, model-customization-job, model-evaluation-job, model-import-job, model-invocation-job, prompt, prompt-router, prompt-version, provisioned-model, session. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_UntagResource.html */
  UntagResource:
    "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,7;0;,8;0;,9;0;,10;0;,11;0;,12;0;,13;0;,15;0;,17;0;,18;0;,19;0;,22;0;,24;0;,26;0;,27;0;,28;0;,29;0;,30;0;,31;0;,32;0;,33;0;,34;0;,35;0;,36;0;|2|2|;",
  /** Grants permission to update an existing agent. Access level: Write. Resources: agent*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_UpdateAgent.html */
  UpdateAgent: "W|||0;1;||6|;",
  /** Grants permission to update an existing action group. Access level: Write. Resources: agent*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_UpdateAgentActionGroup.html */
  UpdateAgentActionGroup: "W|||0;1;|||;",
  /** Grants permission to update an existing alias. Access level: Write. Resources: agent-alias*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_UpdateAgentAlias.html */
  UpdateAgentAlias: "W|||1;1;|||;",
  /** Grants permission to update an existing collaborator. Access level: Write. Resources: agent*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_UpdateAgentCollaborator.html */
  UpdateAgentCollaborator: "W|||0;1;|||;",
  /** Grants permission to update a knowledge base associated with an agent. Access level: Write. Resources: agent*, knowledge-base*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_UpdateAgentKnowledgeBase.html */
  UpdateAgentKnowledgeBase: "W|||0;1;,26;1;|||;",
  /** Grants permission to update an automated reasoning policy. Access level: Write. Resources: automated-reasoning-policy*. https://docs.aws.amazon.com/bedrock/latest/APIReference/welcome.html */
  UpdateAutomatedReasoningPolicy: "W|||4;1;||2|;",
  /** Grants permission to update annotations for a build workflow for an automated reasoning policy. Access level: Write. Resources: automated-reasoning-policy*. https://docs.aws.amazon.com/bedrock/latest/APIReference/welcome.html */
  UpdateAutomatedReasoningPolicyAnnotations: "W|||4;1;|||;",
  /** Grants permission to update a test case for automated reasoning policy. Access level: Write. Resources: automated-reasoning-policy*. https://docs.aws.amazon.com/bedrock/latest/APIReference/welcome.html */
  UpdateAutomatedReasoningPolicyTestCase: "W|||4;1;|||;",
  /** Grants permission to update a blueprint for data automation. Access level: Write. Resources: blueprint*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_data-automation_UpdateBlueprint.html */
  UpdateBlueprint: "W|||7;1;|||;",
  /** Grants permission to update an existing custom model deployment with a new custom model. Access level: Write. Resources: custom-model*, custom-model-deployment*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_UpdateCustomModelDeployment.html */
  UpdateCustomModelDeployment: "W|||9;1;,10;1;||2|;",
  /** Grants permission to update a Data Automation Library. Access level: Write. Resources: data-automation-library*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_data-automation_UpdateDataAutomationLibrary.html */
  UpdateDataAutomationLibrary: "W|||12;1;|||;",
  /** Grants permission to update a data automation project. Access level: Write. Resources: blueprint, data-automation-project*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_data-automation_UpdateDataAutomationProject.html */
  UpdateDataAutomationProject: "W|||7;0;,15;1;|||;",
  /** Grants permission to update a data source. Access level: Write. Resources: knowledge-base*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_UpdateDataSource.html */
  UpdateDataSource: "W|||26;1;|||;",
  /** Grants permission to update a prompt flow. Access level: Write. Resources: flow*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_UpdateFlow.html */
  UpdateFlow: "W|||18;1;||6|;",
  /** Grants permission to update the configuration of an alias of a prompt flow. Access level: Write. Resources: flow-alias*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_UpdateFlowAlias.html */
  UpdateFlowAlias: "W|||19;1;|||;",
  /** Grants permission to update a guardrail. Access level: Write. Resources: automated-reasoning-policy, automated-reasoning-policy-version, guardrail*, guardrail-profile. https://docs.aws.amazon.com/bedrock/latest/APIReference/welcome.html */
  UpdateGuardrail: "W|||4;0;,5;0;,22;1;,23;0;||2|;",
  /** Grants permission to update a knowledge base. Access level: Write. Resources: knowledge-base*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_UpdateKnowledgeBase.html */
  UpdateKnowledgeBase: "W|||26;1;||1,6|;",
  /** Grants permission to update a marketplace model endpoint. Access level: Write. Resources: bedrock-marketplace-model-endpoint*. API_UpdateMarketplaceModelEndpoint */
  UpdateMarketplaceModelEndpoint: "W|||6;1;||2,6|;",
  /** Grants permission to update a prompt. Access level: Write. Resources: prompt*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_UpdatePrompt.html */
  UpdatePrompt: "W|||32;1;|||;",
  /** Grants permission to update a provisioned model throughput that you created earlier. Access level: Write. Resources: custom-model*, foundation-model*, provisioned-model*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_UpdateProvisionedModelThroughput.html */
  UpdateProvisionedModelThroughput: "W|||9;1;,21;1;,35;1;||2|;",
  /** Grants permission to update an existing session. Access level: Write. Resources: session*. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent-runtime_UpdateSession.html */
  UpdateSession: "W|||36;1;|||;",
  /** Grants permission to validate prompt flow definitions. Access level: Read. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_ValidateFlowDefinition.html */
  ValidateFlowDefinition: "R||||||;",
} as const;
const actionDetails = {
  AllowVendedLogDeliveryForResource: "|,;~|Grants permission to configure vended log delivery for a knowledge base",
  ApplyGuardrail:
    "|,;~~bedrock-runtime~,~bedrock-runtime~,~bedrock-runtime~,~bedrock-runtime~,~bedrock-runtime~|Grants permission to apply a guardrail",
  AssociateAgentCollaborator:
    "|,;~~bedrock-agent~|Grants permission to associate another existing agent as a collaborator to an existing agent",
  AssociateAgentKnowledgeBase: "|,;~~bedrock-agent~|Grants permission to associate a knowledge base with an agent",
  AssociateThirdPartyKnowledgeBase:
    "|,;~~bedrock-agent~,~bedrock-agent~,~bedrock-agent~,~bedrock-agent~,~bedrock-agent~|Grants permission to use 3rd party platform to store knowledge data",
  BatchDeleteEvaluationJob: "|,;~~~|Grants permission to batch delete list of bedrock evaluation jobs",
  CallWithBearerToken:
    "|,;~~bedrock-runtime~,~bedrock-runtime~,~bedrock-runtime~,~bedrock-runtime~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~bedrock-runtime~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~bedrock-runtime~,~bedrock-runtime~,~bedrock-runtime~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~;~bedrock-agent~;~bedrock-agent-runtime~;~bedrock-data-automation~;~bedrock-data-automation-runtime~,~~,~bedrock-runtime~,~~,~~,~~;~bedrock-agent~;~bedrock-agent-runtime~;~bedrock-data-automation~;~bedrock-data-automation-runtime~,~~;~bedrock-agent~;~bedrock-agent-runtime~;~bedrock-data-automation~;~bedrock-data-automation-runtime~,~~,~~,~~,~~,~~|Grants permission to use bearer token",
  CancelAutomatedReasoningPolicyBuildWorkflow:
    "|,;~~~|Grants permission to cancel a build workflow for an automated reasoning policy",
  CopyBlueprintStage: "|,;~~bedrock-data-automation~|Grants permission to copy a blueprint from one stage to another",
  CountTokens: "|,;~~bedrock-runtime~|Grants permission to count the number of tokens in an input prompt",
  CreateAgent:
    "|,;~~bedrock-agent~|Grants permission to create a new agent and a test agent alias pointing to the DRAFT agent version",
  CreateAgentActionGroup: "|,;~~bedrock-agent~|Grants permission to create a new action group in an existing agent",
  CreateAgentAlias: "|,;~~bedrock-agent~|Grants permission to create a new alias for an agent",
  CreateAutomatedReasoningPolicy: "|,;~~~|Grants permission to create a new automated reasoning policy",
  CreateAutomatedReasoningPolicyTestCase:
    "|,;~~~|Grants permission to create a test case for an automated reasoning policy",
  CreateAutomatedReasoningPolicyVersion: "|,;~~~|Grants permission to create a new automated reasoning policy version",
  CreateBlueprint:
    "|,;~~bedrock-data-automation~|Grants permission to create a blueprint for custom output from data automation",
  CreateBlueprintVersion:
    "|,;~~bedrock-data-automation~|Grants permission to create a new version for an existing blueprint",
  CreateCustomModel: "|,;~~~|Grants permission to create a custom model into Bedrock",
  CreateCustomModelDeployment: "|,;~~~|Grants permission to create a custom model deployment for custom model",
  CreateDataAutomationLibrary: "|,;~~bedrock-data-automation~|Grants permission to create a Data Automation Library",
  CreateDataAutomationProject: "|,;~~bedrock-data-automation~|Grants permission to create a data automation project",
  CreateDataSource: "|,;~~bedrock-agent~|Grants permission to create a data source",
  CreateEvaluationJob: "|,;~~~|Grants permission to create a job for evaluation foundation models or custom models",
  CreateFlow: "|,;~~bedrock-agent~|Grants permission to create a prompt flow",
  CreateFlowAlias: "|,;~~bedrock-agent~|Grants permission to create an alias of a prompt flow",
  CreateFlowVersion: "|,;~~bedrock-agent~|Grants permission to create an immutable version of a prompt flow",
  CreateFoundationModelAgreement: "|,;~~~|Grants permission to create a new foundation model agreement",
  CreateGuardrail: "|,;~~~|Grants permission to create a new guardrail",
  CreateGuardrailVersion: "|,;~~~|Grants permission to create a new guardrail version",
  CreateInferenceProfile: "|,;~~~|Grants permission to create inference profiles",
  CreateInvocation: "|,;~~bedrock-agent-runtime~|Grants permission to create a new invocation in an existing session",
  CreateKnowledgeBase: "|,;~~bedrock-agent~|Grants permission to create a knowledge base",
  CreateMarketplaceModelEndpoint: "|,;~~~|Grants permission to create a marketplace model endpoint",
  CreateModelCopyJob:
    "|,;~~~|Grants permission to create a job for copying a custom model across region or across account",
  CreateModelCustomizationJob:
    "|,;~~~|Grants permission to create a job for customizing the model with your custom training data",
  CreateModelEvaluationJob: "|,;~|Grants permission to create a job for evaluation foundation models or custom models",
  CreateModelImportJob: "|,;~~~|Grants permission to create a job for importing model into Bedrock",
  CreateModelInvocationJob: "|,;~~~|Grants permission to create a new model invocation job",
  CreatePrompt: "|,;~~bedrock-agent~|Grants permission to create a prompt",
  CreatePromptRouter: "|,;~~~|Grants permission to create a custom prompt router",
  CreatePromptVersion: "|,;~~bedrock-agent~|Grants permission to create a version of a prompt",
  CreateProvisionedModelThroughput: "|,;~~~|Grants permission to create a new provisioned model throughput",
  CreateSession: "|,;~~bedrock-agent-runtime~|Grants permission to create a new session",
  DeleteAgent: "|,;~~bedrock-agent~|Grants permission to delete an Agent that you created earlier",
  DeleteAgentActionGroup: "|,;~~bedrock-agent~|Grants permission to delete an actionGroup that you created earlier",
  DeleteAgentAlias: "|,;~~bedrock-agent~|Grants permission to delete an AgentAlias that you created earlier",
  DeleteAgentMemory: "|,;~~bedrock-agent-runtime~|Grants permission to delete existing memory for an alias",
  DeleteAgentVersion: "|,;~~bedrock-agent~|Grants permission to delete an Agent Version that you created earlier",
  DeleteAutomatedReasoningPolicy: "|,;~~~|Grants permission to delete an automated reasoning policy or its version",
  DeleteAutomatedReasoningPolicyBuildWorkflow:
    "|,;~~~|Grants permission to delete a build workflow for an automated reasoning policy",
  DeleteAutomatedReasoningPolicyTestCase:
    "|,;~~~|Grants permission to delete a test case for an automated reasoning policy",
  DeleteBlueprint: "|,;~~bedrock-data-automation~|Grants permission to delete a blueprint for data automation",
  DeleteCustomModel: "|,;~~~|Grants permission to delete a custom model that you created earlier",
  DeleteCustomModelDeployment: "|,;~~~|Grants permission to delete a custom model deployment that you created earlier",
  DeleteDataAutomationLibrary: "|,;~~bedrock-data-automation~|Grants permission to delete a Data Automation Library",
  DeleteDataAutomationProject: "|,;~~bedrock-data-automation~|Grants permission to delete a data automation project",
  DeleteDataSource: "|,;~~bedrock-agent~|Grants permission to delete a data source",
  DeleteEnforcedGuardrailConfiguration:
    "|,;~~~|Grants permission to delete account-level enforced guardrail configuration",
  DeleteFlow: "|,;~~bedrock-agent~|Grants permission to delete a prompt flow",
  DeleteFlowAlias: "|,;~~bedrock-agent~|Grants permission to delete an alias of a prompt flow",
  DeleteFlowVersion: "|,;~~bedrock-agent~|Grants permission to delete a version of a prompt flow",
  DeleteFoundationModelAgreement:
    "|,;~~~|Grants permission to delete a foundation model agreement that you created earlier",
  DeleteGuardrail: "|,;~~~|Grants permission to delete a guardrail or its version",
  DeleteImportedModel: "|,;~~~|Grants permission to delete previously created Bedrock imported model",
  DeleteInferenceProfile: "|,;~~~|Grants permission to delete inference profiles",
  DeleteKnowledgeBase: "|,;~~bedrock-agent~|Grants permission to delete a knowledge base",
  DeleteKnowledgeBaseDocuments: "|,;~~bedrock-agent~|Grants permission to delete documents from a knowledge base",
  DeleteMarketplaceModelAgreement:
    "|,;~|Grants permission to unsubscribe from a bedrock marketplace enabled AWS marketplace model",
  DeleteMarketplaceModelEndpoint: "|,;~~~|Grants permission to delete a marketplace model endpoint",
  DeleteModelInvocationLoggingConfiguration:
    "|,;~~~|Grants permission to delete an existing Invocation logging configuration",
  DeletePrompt: "|,;~~bedrock-agent~|Grants permission to delete a prompt or its version",
  DeletePromptRouter: "|,;~~~|Grants permission to delete a custom prompt router",
  DeleteProvisionedModelThroughput:
    "|,;~~~|Grants permission to delete a provisioned model throughput that you created earlier",
  DeleteResourcePolicy: "|,;~~~|Deletes a previously created Bedrock resource policy",
  DeleteSession: "|,;~~bedrock-agent-runtime~|Grants permission to delete a Session that you created earlier",
  DeregisterMarketplaceModelEndpoint:
    "|,;~~~|Grants permission to deregister a marketplace model endpoint to make it unusable in Bedrock Marketplace",
  DetectGeneratedContent: "|,;~|Grants permission to detect if the provided content is generated using Amazon Bedrock",
  DisassociateAgentCollaborator:
    "|,;~~bedrock-agent~|Grants permission to diassociate a collaborator that you associated earlier",
  DisassociateAgentKnowledgeBase:
    "|,;~~bedrock-agent~|Grants permission to disassociate a knowledge base from the agent",
  EndSession: "|,;~~bedrock-agent-runtime~|Grants permission to end a Session that you created earlier",
  ExportAutomatedReasoningPolicyVersion:
    "|,;~~~|Grants permission to retrieve an automated reasoning policy version artifact",
  GenerateQuery: "|,;~~bedrock-agent-runtime~|Grants permission to generate queries associated with user input",
  GetAgent: "|,;~~bedrock-agent~|Grants permission to retrieve an existing agent",
  GetAgentActionGroup: "|,;~~bedrock-agent~|Grants permission to retrieve an existing action group",
  GetAgentAlias: "|,;~~bedrock-agent~|Grants permission to retrieve an existing alias",
  GetAgentCollaborator: "|,;~~bedrock-agent~|Grants permission to retrieve an existing collaborator",
  GetAgentKnowledgeBase: "|,;~~bedrock-agent~|Grants permission to describe a knowledge base associated with an agent",
  GetAgentMemory: "|,;~~bedrock-agent-runtime~|Grants permission to retrieve existing memory for an alias",
  GetAgentVersion: "|,;~~bedrock-agent~|Grants permission to retrieve an existing version of an agent",
  GetAsyncInvoke:
    "|,;~~bedrock-runtime~|Grants permission to get the properties associated with an asynchronous invocation that you have submitted",
  GetAutomatedReasoningPolicy: "|,;~~~|Grants permission to retrieve an automated reasoning policy or its version",
  GetAutomatedReasoningPolicyAnnotations:
    "|,;~~~|Grants permission to retrieve annotations for a build workflow for an automated reasoning policy",
  GetAutomatedReasoningPolicyBuildWorkflow:
    "|,;~~~|Grants permission to retrieve a build workflow for an automated reasoning policy",
  GetAutomatedReasoningPolicyBuildWorkflowResultAssets:
    "|,;~~~|Grants permission to retrieve assets for a build workflow for an automated reasoning policy",
  GetAutomatedReasoningPolicyNextScenario:
    "|,;~~~|Grants permission to retrieve the next unreviewed generated scenario for a build workflow for an automated reasoning policy",
  GetAutomatedReasoningPolicyTestCase:
    "|,;~~~|Grants permission to retrieve a test case for an automated reasoning policy",
  GetAutomatedReasoningPolicyTestResult:
    "|,;~~~|Grants permission to retrieve result for a test case for an automated reasoning policy",
  GetBlueprint: "|,;~~bedrock-data-automation~|Grants permission to retrieve an existing blueprint for data automation",
  GetBlueprintOptimizationStatus:
    "|,;~~bedrock-data-automation~|Grants permission to get the status of a blueprint optimization job",
  GetBlueprintRecommendation: "|,;~|Grants permission to retrieve blueprint recommendation",
  GetCustomModel:
    "|,;~~~|Grants permission to get the properties associated with a Bedrock custom model that you have created",
  GetCustomModelDeployment:
    "|,;~~~|Grants permission to get the properties associated with a custom model deployment. Use this operation to get the status of a custom model deployment",
  GetDataAutomationLibrary:
    "|,;~~bedrock-data-automation~|Grants permission to retrieve an existing Data Automation Library",
  GetDataAutomationLibraryEntity:
    "|,;~~bedrock-data-automation~|Grants permission to get a Data Automation Library entity",
  GetDataAutomationLibraryIngestionJob:
    "|,;~~bedrock-data-automation~|Grants permission to get details about a Data Automation Library ingestion job",
  GetDataAutomationProject:
    "|,;~~bedrock-data-automation~|Grants permission to retrieve an existing data automation project",
  GetDataAutomationStatus:
    "|,;~~bedrock-data-automation-runtime~|Grants permission to retrieve the status of a data automation invocation job",
  GetDataSource: "|,;~~bedrock-agent~|Grants permission to retrieve an existing data source",
  GetEvaluationJob:
    "|,;~~~|Grants permission to get the properties associated with a evaluation job. Use this operation to get the status of a evaluation job",
  GetExecutionFlowSnapshot:
    "|,;~~bedrock-agent-runtime~|Grants permission to retrieve the flow definition for a flow execution",
  GetFlow: "|,;~~bedrock-agent~|Grants permission to retrieve an existing prompt flow",
  GetFlowAlias: "|,;~~bedrock-agent~|Grants permission to retrieve an existing alias of a prompt flow",
  GetFlowExecution: "|,;~~bedrock-agent-runtime~|Grants permission to retrieve an existing execution of a flow alias",
  GetFlowVersion: "|,;~~bedrock-agent~|Grants permission to retrieve an existing version of a prompt flow",
  GetFoundationModel: "|,;~~~|Grants permission to get the properties associated with a Bedrock foundation model",
  GetFoundationModelAvailability: "|,;~~~|Grants permission to get the availability of a foundation model",
  GetGuardrail: "|,;~~~|Grants permission to retrieve a guardrail or its version",
  GetImportedModel: "|,;~~~|Grants permission to get the properties associated with Bedrock imported model",
  GetInferenceProfile: "|,;~~~|Grants permission to get the properties associated with an inference profile",
  GetIngestionJob: "|,;~~bedrock-agent~|Grants permission to retrieve an existing ingestion job",
  GetInvocationStep: "|,;~~bedrock-agent-runtime~|Grants permission to get an invocation step from a session",
  GetKnowledgeBase:
    "|,;~~bedrock-agent-runtime~,~bedrock-agent~|Grants permission to retrieve an existing knowledge base",
  GetKnowledgeBaseDocuments: "|,;~~bedrock-agent~|Grants permission to get details for documents in a knowledge base",
  GetMarketplaceModelEndpoint: "|,;~~~|Grants permission to get the properties of a marketplace model endpoint",
  GetModelCopyJob:
    "|,;~~~|Grants permission to get the properties associated with a model-copy job. Use this operation to get the status of a model-copy job",
  GetModelCustomizationJob:
    "|,;~~~|Grants permission to get the properties associated with a model-customization job. Use this operation to get the status of a model-customization job",
  GetModelEvaluationJob:
    "|,;~|Grants permission to get the properties associated with a model-evaluation job. Use this operation to get the status of a model-evaluation job",
  GetModelImportJob:
    "|,;~~~|Grants permission to get the properties associated with a model import job and is used to get the status of a model import job",
  GetModelInvocationJob: "|,;~~~|Grants permission to retrieve a model invocation job",
  GetModelInvocationLoggingConfiguration:
    "|,;~~~|Grants permission to retrieve an existing Invocation logging configuration",
  GetPrompt: "|,;~~bedrock-agent~|Grants permission to retrieve an existing prompt or its version",
  GetPromptRouter: "|,;~~~|Grants permission to get the properties associated with a prompt router",
  GetProvisionedModelThroughput: "|,;~~~|Grants permission to retrieve a provisioned model throughput",
  GetResourcePolicy: "|,;~~~|Gets the resource policy document for a Bedrock resource",
  GetSession: "|,;~~bedrock-agent-runtime~|Grants permission to retrieve an existing session",
  GetUseCaseForModelAccess: "|,;~~~|Grants permission to retrieve a use case for model access",
  IngestKnowledgeBaseDocuments:
    "|,;~~bedrock-agent~|Grants permission to directly ingest documents into a knowledge base",
  InvokeAgent:
    "|,;~~bedrock-agent-runtime~|Grants permission to send user input (text-only) to the alias of an agent for Bedrock",
  InvokeAutomatedReasoningPolicy: "|,;~~bedrock-runtime~,~~|Grants permission to invoke an Automated Reasoning policy",
  InvokeBlueprintOptimizationAsync:
    "|,;~~bedrock-data-automation~|Grants permission to invoke an async job to perform blueprint optimization",
  InvokeBlueprintRecommendationAsync: "|,;~|Grants permission to invoke blueprint recommendations asynchronously",
  InvokeBuilder:
    "|,;~|Grants permission to use the conversational builder which aids in building supported bedrock resources",
  InvokeDataAutomation:
    "|,;~~bedrock-data-automation-runtime~|Grants permission to invoke a call to Sync API of Bedrock data automation",
  InvokeDataAutomationAsync:
    "|,;~~bedrock-data-automation-runtime~|Grants permission to invoke a Bedrock data automation job",
  InvokeDataAutomationLibraryIngestionJob:
    "|,;~~bedrock-data-automation~|Grants permission to invoke a Data Automation Library ingestion job",
  InvokeFlow: "|,;~~bedrock-agent-runtime~|Grants permission to invoke a prompt flow with user input",
  InvokeInlineAgent:
    "|,;~~bedrock-agent-runtime~|Grants permission to send user input (text-only) to the inline agent for Bedrock",
  InvokeModel:
    "|,;~~bedrock-runtime~,~bedrock-runtime~,~bedrock-runtime~,~bedrock-runtime~,~bedrock-runtime~|Grants permission to invoke the specified Bedrock model to run inference using the input provided in the request body",
  InvokeModelWithResponseStream:
    "|,;~~bedrock-runtime~,~bedrock-runtime~|Grants permission to invoke the specified Bedrock model to run inference using the input provided in the request body with streaming response",
  InvokeTool:
    "|,;~~bedrock-runtime~,~bedrock-runtime~|Grants permission to invoke the specified Bedrock tool to run inference",
  ListAgentActionGroups: "|,;~~bedrock-agent~|Grants permission to list action groups in an agent",
  ListAgentAliases: "|,;~~bedrock-agent~|Grants permission to list aliases for an agent",
  ListAgentCollaborators: "|,;~~bedrock-agent~|Grants permission to list collaborators for an agent",
  ListAgentKnowledgeBases: "|,;~~bedrock-agent~|Grants permission to list knowledge bases associated with an agent",
  ListAgentVersions: "|,;~~bedrock-agent~|Grants permission to list existing versions of an agent",
  ListAgents: "|,;~~bedrock-agent~|Grants permission to list existing agents",
  ListAsyncInvokes:
    "|,;~~bedrock-runtime~|Grants permission to get a list of asynchronous invocations that you have submitted",
  ListAutomatedReasoningPolicies: "|,;~~~|Grants permission to list automated reasoning policies or its versions",
  ListAutomatedReasoningPolicyBuildWorkflows:
    "|,;~~~|Grants permission to list build workflows for an automated reasoning policy",
  ListAutomatedReasoningPolicyTestCases:
    "|,;~~~|Grants permission to list test cases for an automated reasoning policy",
  ListAutomatedReasoningPolicyTestResults:
    "|,;~~~|Grants permission to list test result for an automated reasoning policy",
  ListBlueprints: "|,;~~bedrock-data-automation~|Grants permission to list existing blueprints for data automation",
  ListCustomModelDeployments:
    "|,;~~~|Grants permission to get the list of custom model deployments that you have submitted",
  ListCustomModels: "|,;~~~|Grants permission to get a list of Bedrock custom models that you have created",
  ListDataAutomationLibraries: "|,;~~bedrock-data-automation~|Grants permission to list Data Automation Libraries",
  ListDataAutomationLibraryEntities:
    "|,;~~bedrock-data-automation~|Grants permission to list Data Automation Library entities",
  ListDataAutomationLibraryIngestionJobs:
    "|,;~~bedrock-data-automation~|Grants permission to list Data Automation Library ingestion jobs",
  ListDataAutomationProjects:
    "|,;~~bedrock-data-automation~|Grants permission to list existing data automation projects",
  ListDataSources: "|,;~~bedrock-agent~|Grants permission to list existing data sources in an knowledge base",
  ListEnforcedGuardrailsConfiguration:
    "|,;~~~|Grants permission to list account-level enforced guardrail configurations",
  ListEvaluationJobs: "|,;~~~|Grants permission to get the list of evaluation jobs that you have submitted",
  ListFlowAliases: "|,;~~bedrock-agent~|Grants permission to list existing aliases of a prompt flow",
  ListFlowExecutionEvents: "|,;~~bedrock-agent-runtime~|Grants permission to retrieve events for a flow execution",
  ListFlowExecutions: "|,;~~bedrock-agent-runtime~|Grants permission to list executions of a flow or a flow alias",
  ListFlowVersions: "|,;~~bedrock-agent~|Grants permission to list existing versions of a prompt flow",
  ListFlows: "|,;~~bedrock-agent~|Grants permission to list existing prompt flows",
  ListFoundationModelAgreementOffers: "|,;~~~|Grants permission to get a list of foundation model agreement offers",
  ListFoundationModels: "|,;~~~|Grants permission to list Bedrock foundation models that you can use",
  ListGuardrails: "|,;~~~|Grants permission to list guardrails or its versions",
  ListImportedModels: "|,;~~~|Grants permission to get list of Bedrock imported models",
  ListInferenceProfiles: "|,;~~~|Grants permission to list inference profiles that you can use",
  ListIngestionJobs: "|,;~~bedrock-agent~|Grants permission to list ingestion jobs in a data source",
  ListInvocationSteps: "|,;~~bedrock-agent-runtime~|Grants permission to get list of invocation step from a session",
  ListInvocations:
    "|,;~~bedrock-agent-runtime~,~bedrock-agent-runtime~|Grants permission to list invocations in a session",
  ListKnowledgeBaseDocuments: "|,;~~bedrock-agent~|Grants permission to list documents in a knowledge base",
  ListKnowledgeBases: "|,;~~bedrock-agent~|Grants permission to list existing knowledge bases",
  ListMarketplaceModelEndpoints: "|,;~~~|Grants permission to list marketplace model endpoints that you can use",
  ListModelCopyJobs: "|,;~~~|Grants permission to get the list of model copy jobs that you have submitted",
  ListModelCustomizationJobs:
    "|,;~~~|Grants permission to get the list of model customization jobs that you have submitted",
  ListModelEvaluationJobs: "|,;~|Grants permission to get the list of model evaluation jobs that you have submitted",
  ListModelImportJobs: "|,;~~~|Grants permission to get list of model import jobs",
  ListModelInvocationJobs: "|,;~~~|Grants permission to list model invocation jobs that you created earlier",
  ListPromptRouters: "|,;~~~|Grants permission to list prompt routers that you can use",
  ListPrompts: "|,;~~bedrock-agent~|Grants permission to list existing prompts",
  ListProvisionedModelThroughputs:
    "|,;~~~|Grants permission to list provisioned model throughputs that you created earlier",
  ListSessions: "|,;~~bedrock-agent-runtime~|Grants permission to list existing sessions",
  ListTagsForResource:
    "|,;~~~;~bedrock-agent~;~bedrock-agent-runtime~;~bedrock-data-automation~;~bedrock-data-automation-runtime~|Grants permission to list tags for a Bedrock resource",
  OptimizePrompt: "|,;~~bedrock-agent-runtime~|Grants permission to optimize a prompt with user input",
  PrepareAgent: "|,;~~bedrock-agent~|Grants permission to prepare an existing agent to receive runtime requests",
  PrepareFlow:
    "|,;~~bedrock-agent~|Grants permission to apply the latest changes made to a prompt flow, so that they are reflected at runtime",
  PutEnforcedGuardrailConfiguration: "|,;~~~|Grants permission to set account-level enforced guardrail configuration",
  PutFoundationModelEntitlement:
    "|,;~|Grants permission to put entitlement to access a serverless foundation model. Do not use to restrict model access",
  PutInvocationStep:
    "|,;~~bedrock-agent-runtime~|Grants permission to put an invocation step into an invocation in session",
  PutModelInvocationLoggingConfiguration:
    "|,;~~~|Grants permission to create an existing Invocation logging configuration",
  PutResourcePolicy: "|,;~~~|Adds a resource policy for a Bedrock resource",
  PutUseCaseForModelAccess: "|,;~~~|Grants permission to put a use case for model access",
  RegisterMarketplaceModelEndpoint:
    "|,;~~~|Grants permission to register a sagemaker endpoint as a marketplace model endpoint",
  RenderPrompt: "|,;~|Grants permission to render an existing prompt or its version",
  Rerank: "|,;~~bedrock-agent-runtime~|Grants permission to rank documents based on user input",
  Retrieve: "|,;~~bedrock-agent-runtime~|Grants permission to retrieve ingested data from a knowledge base",
  RetrieveAndGenerate:
    "|,;~~bedrock-agent-runtime~,~bedrock-agent-runtime~|Grants permission to send user input to perform retrieval and generation",
  StartAutomatedReasoningPolicyBuildWorkflow:
    "|,;~~~|Grants permission to start a build workflow for an automated reasoning policy",
  StartAutomatedReasoningPolicyTestWorkflow:
    "|,;~~~|Grants permission to start a test workflow for an automated reasoning policy",
  StartFlowExecution: "|,;~~bedrock-agent-runtime~|Grants permission to start an execution of a flow alias",
  StartIngestionJob: "|,;~~bedrock-agent~,~bedrock-agent~,~bedrock-agent~|Grants permission to start an ingestion job",
  StopEvaluationJob: "|,;~~~|Grants permission to stop a evaluation job while in progress",
  StopFlowExecution: "|,;~~bedrock-agent-runtime~|Grants permission to stop an execution of a flow alias",
  StopIngestionJob: "|,;~~bedrock-agent~|Grants permission to stop an ingestion job",
  StopModelCustomizationJob: "|,;~~~|Grants permission to stop a Bedrock model customization job while in progress",
  StopModelInvocationJob: "|,;~~~|Grants permission to stop a model invocation job that you started earlier",
  TagResource:
    "|,;~~~,~bedrock-agent~,~bedrock-agent~,~~,~~,~bedrock-data-automation~,~~,~~,~bedrock-data-automation~,~bedrock-data-automation~,~~,~bedrock-agent~,~bedrock-agent~,~~,~~,~bedrock-agent~,~~,~~,~~,~~,~bedrock-agent~,~~,~bedrock-agent~,~~,~bedrock-agent-runtime~,~bedrock-data-automation~,~bedrock-data-automation-runtime~,~bedrock-data-automation~,~bedrock-runtime~,~~;~bedrock-agent~;~bedrock-agent-runtime~;~bedrock-data-automation~;~bedrock-data-automation-runtime~|Grants permission to Tag a Bedrock resource",
  UntagResource:
    "|,;~~~;~bedrock-agent~;~bedrock-agent-runtime~;~bedrock-data-automation~;~bedrock-data-automation-runtime~|Grants permission to Untag a Bedrock resource",
  UpdateAgent: "|,;~~bedrock-agent~|Grants permission to update an existing agent",
  UpdateAgentActionGroup: "|,;~~bedrock-agent~|Grants permission to update an existing action group",
  UpdateAgentAlias: "|,;~~bedrock-agent~|Grants permission to update an existing alias",
  UpdateAgentCollaborator: "|,;~~bedrock-agent~|Grants permission to update an existing collaborator",
  UpdateAgentKnowledgeBase: "|,;~~bedrock-agent~|Grants permission to update a knowledge base associated with an agent",
  UpdateAutomatedReasoningPolicy: "|,;~~~|Grants permission to update an automated reasoning policy",
  UpdateAutomatedReasoningPolicyAnnotations:
    "|,;~~~|Grants permission to update annotations for a build workflow for an automated reasoning policy",
  UpdateAutomatedReasoningPolicyTestCase:
    "|,;~~~|Grants permission to update a test case for automated reasoning policy",
  UpdateBlueprint: "|,;~~bedrock-data-automation~|Grants permission to update a blueprint for data automation",
  UpdateCustomModelDeployment:
    "|,;~~~|Grants permission to update an existing custom model deployment with a new custom model",
  UpdateDataAutomationLibrary: "|,;~~bedrock-data-automation~|Grants permission to update a Data Automation Library",
  UpdateDataAutomationProject: "|,;~~bedrock-data-automation~|Grants permission to update a data automation project",
  UpdateDataSource: "|,;~~bedrock-agent~|Grants permission to update a data source",
  UpdateFlow: "|,;~~bedrock-agent~|Grants permission to update a prompt flow",
  UpdateFlowAlias: "|,;~~bedrock-agent~|Grants permission to update the configuration of an alias of a prompt flow",
  UpdateGuardrail: "|,;~~~|Grants permission to update a guardrail",
  UpdateKnowledgeBase: "|,;~~bedrock-agent~|Grants permission to update a knowledge base",
  UpdateMarketplaceModelEndpoint: "|,;~~~|Grants permission to update a marketplace model endpoint",
  UpdatePrompt: "|,;~~bedrock-agent~|Grants permission to update a prompt",
  UpdateProvisionedModelThroughput:
    "|,;~~~|Grants permission to update a provisioned model throughput that you created earlier",
  UpdateSession: "|,;~~bedrock-agent-runtime~|Grants permission to update an existing session",
  ValidateFlowDefinition: "|,;~~bedrock-agent~|Grants permission to validate prompt flow definitions",
};
const resourceTypeFacts = {
  /** The agent resource type: arn:${Partition}:bedrock:${Region}:${Account}:agent/${AgentId} */
  agent: "|,|1",
  /** The agent-alias resource type: arn:${Partition}:bedrock:${Region}:${Account}:agent-alias/${AgentId}/${AgentAliasId} */
  "agent-alias": "|,agentAlias|1",
  /** The application-inference-profile resource type: arn:${Partition}:bedrock:${Region}:${Account}:application-inference-profile/${ResourceId} */
  "application-inference-profile": "|,applicationInferenceProfile|1",
  /** The async-invoke resource type: arn:${Partition}:bedrock:${Region}:${Account}:async-invoke/${ResourceId} */
  "async-invoke": "|,asyncInvoke|1",
  /** The automated-reasoning-policy resource type: arn:${Partition}:bedrock:${Region}:${Account}:automated-reasoning-policy/${AutomatedReasoningPolicyId} */
  "automated-reasoning-policy": "|,automatedReasoningPolicy|1",
  /** The automated-reasoning-policy-version resource type: arn:${Partition}:bedrock:${Region}:${Account}:automated-reasoning-policy/${AutomatedReasoningPolicyId}:${AutomatedReasoningPolicyVersion} */
  "automated-reasoning-policy-version": "|,automatedReasoningPolicyVersion|1",
  /** The bedrock-marketplace-model-endpoint resource type: arn:${Partition}:bedrock:${Region}:${Account}:marketplace/model-endpoint/all-access */
  "bedrock-marketplace-model-endpoint": "|,bedrockMarketplaceModelEndpoint|",
  /** The blueprint resource type: arn:${Partition}:bedrock:${Region}:${Account}:blueprint/${BlueprintId} */
  blueprint: "|,|1",
  /** The blueprint-optimization-invocation resource type: arn:${Partition}:bedrock:${Region}:${Account}:blueprint-optimization-invocation/${ResourceId} */
  "blueprint-optimization-invocation": "|,blueprintOptimizationInvocation|1",
  /** The custom-model resource type: arn:${Partition}:bedrock:${Region}:${Account}:custom-model/${ResourceId} */
  "custom-model": "|,customModel|1",
  /** The custom-model-deployment resource type: arn:${Partition}:bedrock:${Region}:${Account}:custom-model-deployment/${ResourceId} */
  "custom-model-deployment": "|,customModelDeployment|1",
  /** The data-automation-invocation-job resource type: arn:${Partition}:bedrock:${Region}:${Account}:data-automation-invocation/${JobId} */
  "data-automation-invocation-job": "|,dataAutomationInvocationJob|1",
  /** The data-automation-library resource type: arn:${Partition}:bedrock:${Region}:${Account}:data-automation-library/${DataAutomationLibraryId} */
  "data-automation-library": "|,dataAutomationLibrary|1",
  /** The data-automation-library-ingestion-job resource type: arn:${Partition}:bedrock:${Region}:${Account}:data-automation-library-ingestion-job/${IngestionJobId} */
  "data-automation-library-ingestion-job": "|,dataAutomationLibraryIngestionJob|1",
  /** The data-automation-profile resource type: arn:${Partition}:bedrock:${Region}:${Account}:data-automation-profile/${ProfileId} */
  "data-automation-profile": "|,dataAutomationProfile|",
  /** The data-automation-project resource type: arn:${Partition}:bedrock:${Region}:${Account}:data-automation-project/${ProjectId} */
  "data-automation-project": "|,dataAutomationProject|1",
  /** The default-prompt-router resource type: arn:${Partition}:bedrock:${Region}:${Account}:default-prompt-router/${ResourceId} */
  "default-prompt-router": "|,defaultPromptRouter|",
  /** The evaluation-job resource type: arn:${Partition}:bedrock:${Region}:${Account}:evaluation-job/${ResourceId} */
  "evaluation-job": "|,evaluationJob|1",
  /** The flow resource type: arn:${Partition}:bedrock:${Region}:${Account}:flow/${FlowId} */
  flow: "|,|1",
  /** The flow-alias resource type: arn:${Partition}:bedrock:${Region}:${Account}:flow/${FlowId}/alias/${FlowAliasId} */
  "flow-alias": "|,flowAlias|1",
  /** The flow-execution resource type: arn:${Partition}:bedrock:${Region}:${Account}:flow/${FlowId}/alias/${FlowAliasId}/execution/${FlowExecutionId} */
  "flow-execution": "|,flowExecution|",
  /** The foundation-model resource type: arn:${Partition}:bedrock:${Region}::foundation-model/${ResourceId} */
  "foundation-model": "|,foundationModel|",
  /** The guardrail resource type: arn:${Partition}:bedrock:${Region}:${Account}:guardrail/${GuardrailId} */
  guardrail: "|,|1",
  /** The guardrail-profile resource type: arn:${Partition}:bedrock:${Region}:${Account}:guardrail-profile/${ResourceId} */
  "guardrail-profile": "|,guardrailProfile|",
  /** The imported-model resource type: arn:${Partition}:bedrock:${Region}:${Account}:imported-model/${ResourceId} */
  "imported-model": "|,importedModel|1",
  /** The inference-profile resource type: arn:${Partition}:bedrock:${Region}:${Account}:inference-profile/${ResourceId} */
  "inference-profile": "|,inferenceProfile|",
  /** The knowledge-base resource type: arn:${Partition}:bedrock:${Region}:${Account}:knowledge-base/${KnowledgeBaseId} */
  "knowledge-base": "|,knowledgeBase|1",
  /** The model-copy-job resource type: arn:${Partition}:bedrock:${Region}:${Account}:model-copy-job/${ResourceId} */
  "model-copy-job": "|,modelCopyJob|1",
  /** The model-customization-job resource type: arn:${Partition}:bedrock:${Region}:${Account}:model-customization-job/${ResourceId} */
  "model-customization-job": "|,modelCustomizationJob|1",
  /** The model-evaluation-job resource type: arn:${Partition}:bedrock:${Region}:${Account}:model-evaluation-job/${ResourceId} */
  "model-evaluation-job": "|,modelEvaluationJob|1",
  /** The model-import-job resource type: arn:${Partition}:bedrock:${Region}:${Account}:model-import-job/${ResourceId} */
  "model-import-job": "|,modelImportJob|1",
  /** The model-invocation-job resource type: arn:${Partition}:bedrock:${Region}:${Account}:model-invocation-job/${JobIdentifier} */
  "model-invocation-job": "|,modelInvocationJob|1",
  /** The prompt resource type: arn:${Partition}:bedrock:${Region}:${Account}:prompt/${PromptId} */
  prompt: "|,|1",
  /** The prompt-router resource type: arn:${Partition}:bedrock:${Region}:${Account}:prompt-router/${ResourceId} */
  "prompt-router": "|,promptRouter|1",
  /** The prompt-version resource type: arn:${Partition}:bedrock:${Region}:${Account}:prompt/${PromptId}:${PromptVersion} */
  "prompt-version": "|,promptVersion|1",
  /** The provisioned-model resource type: arn:${Partition}:bedrock:${Region}:${Account}:provisioned-model/${ResourceId} */
  "provisioned-model": "|,provisionedModel|1",
  /** The session resource type: arn:${Partition}:bedrock:${Region}:${Account}:session/${SessionId} */
  session: "|,|1",
  /** The system-tool resource type: arn:${Partition}:bedrock::${Account}:system-tool/${ResourceId} */
  "system-tool": "|,systemTool|",
} as const;
const arnFormats = {
  /** ARN of a agent resource: arn:${Partition}:bedrock:${Region}:${Account}:agent/${AgentId}. */
  agent: "|,agent|arn:|Partition|:bedrock:|Region|:|Account|:agent/|AgentId|",
  /** ARN of a agent-alias resource: arn:${Partition}:bedrock:${Region}:${Account}:agent-alias/${AgentId}/${AgentAliasId}. */
  agentAlias: "|,agent-alias|arn:|Partition|:bedrock:|Region|:|Account|:agent-alias/|AgentId|/|AgentAliasId|",
  /** ARN of a application-inference-profile resource: arn:${Partition}:bedrock:${Region}:${Account}:application-inference-profile/${ResourceId}. */
  applicationInferenceProfile:
    "|,application-inference-profile|arn:|Partition|:bedrock:|Region|:|Account|:application-inference-profile/|ResourceId|",
  /** ARN of a async-invoke resource: arn:${Partition}:bedrock:${Region}:${Account}:async-invoke/${ResourceId}. */
  asyncInvoke: "|,async-invoke|arn:|Partition|:bedrock:|Region|:|Account|:async-invoke/|ResourceId|",
  /** ARN of a automated-reasoning-policy resource: arn:${Partition}:bedrock:${Region}:${Account}:automated-reasoning-policy/${AutomatedReasoningPolicyId}. */
  automatedReasoningPolicy:
    "|,automated-reasoning-policy|arn:|Partition|:bedrock:|Region|:|Account|:automated-reasoning-policy/|AutomatedReasoningPolicyId|",
  /** ARN of a automated-reasoning-policy-version resource: arn:${Partition}:bedrock:${Region}:${Account}:automated-reasoning-policy/${AutomatedReasoningPolicyId}:${AutomatedReasoningPolicyVersion}. */
  automatedReasoningPolicyVersion:
    "|,automated-reasoning-policy-version|arn:|Partition|:bedrock:|Region|:|Account|:automated-reasoning-policy/|AutomatedReasoningPolicyId|:|AutomatedReasoningPolicyVersion|",
  /** ARN of a bedrock-marketplace-model-endpoint resource: arn:${Partition}:bedrock:${Region}:${Account}:marketplace/model-endpoint/all-access. */
  bedrockMarketplaceModelEndpoint:
    "|,bedrock-marketplace-model-endpoint|arn:|Partition|:bedrock:|Region|:|Account|:marketplace/model-endpoint/all-access",
  /** ARN of a blueprint resource: arn:${Partition}:bedrock:${Region}:${Account}:blueprint/${BlueprintId}. */
  blueprint: "|,blueprint|arn:|Partition|:bedrock:|Region|:|Account|:blueprint/|BlueprintId|",
  /** ARN of a blueprint-optimization-invocation resource: arn:${Partition}:bedrock:${Region}:${Account}:blueprint-optimization-invocation/${ResourceId}. */
  blueprintOptimizationInvocation:
    "|,blueprint-optimization-invocation|arn:|Partition|:bedrock:|Region|:|Account|:blueprint-optimization-invocation/|ResourceId|",
  /** ARN of a custom-model resource: arn:${Partition}:bedrock:${Region}:${Account}:custom-model/${ResourceId}. */
  customModel: "|,custom-model|arn:|Partition|:bedrock:|Region|:|Account|:custom-model/|ResourceId|",
  /** ARN of a custom-model-deployment resource: arn:${Partition}:bedrock:${Region}:${Account}:custom-model-deployment/${ResourceId}. */
  customModelDeployment:
    "|,custom-model-deployment|arn:|Partition|:bedrock:|Region|:|Account|:custom-model-deployment/|ResourceId|",
  /** ARN of a data-automation-invocation-job resource: arn:${Partition}:bedrock:${Region}:${Account}:data-automation-invocation/${JobId}. */
  dataAutomationInvocationJob:
    "|,data-automation-invocation-job|arn:|Partition|:bedrock:|Region|:|Account|:data-automation-invocation/|JobId|",
  /** ARN of a data-automation-library resource: arn:${Partition}:bedrock:${Region}:${Account}:data-automation-library/${DataAutomationLibraryId}. */
  dataAutomationLibrary:
    "|,data-automation-library|arn:|Partition|:bedrock:|Region|:|Account|:data-automation-library/|DataAutomationLibraryId|",
  /** ARN of a data-automation-library-ingestion-job resource: arn:${Partition}:bedrock:${Region}:${Account}:data-automation-library-ingestion-job/${IngestionJobId}. */
  dataAutomationLibraryIngestionJob:
    "|,data-automation-library-ingestion-job|arn:|Partition|:bedrock:|Region|:|Account|:data-automation-library-ingestion-job/|IngestionJobId|",
  /** ARN of a data-automation-profile resource: arn:${Partition}:bedrock:${Region}:${Account}:data-automation-profile/${ProfileId}. */
  dataAutomationProfile:
    "|,data-automation-profile|arn:|Partition|:bedrock:|Region|:|Account|:data-automation-profile/|ProfileId|",
  /** ARN of a data-automation-project resource: arn:${Partition}:bedrock:${Region}:${Account}:data-automation-project/${ProjectId}. */
  dataAutomationProject:
    "|,data-automation-project|arn:|Partition|:bedrock:|Region|:|Account|:data-automation-project/|ProjectId|",
  /** ARN of a default-prompt-router resource: arn:${Partition}:bedrock:${Region}:${Account}:default-prompt-router/${ResourceId}. */
  defaultPromptRouter:
    "|,default-prompt-router|arn:|Partition|:bedrock:|Region|:|Account|:default-prompt-router/|ResourceId|",
  /** ARN of a evaluation-job resource: arn:${Partition}:bedrock:${Region}:${Account}:evaluation-job/${ResourceId}. */
  evaluationJob: "|,evaluation-job|arn:|Partition|:bedrock:|Region|:|Account|:evaluation-job/|ResourceId|",
  /** ARN of a flow resource: arn:${Partition}:bedrock:${Region}:${Account}:flow/${FlowId}. */
  flow: "|,flow|arn:|Partition|:bedrock:|Region|:|Account|:flow/|FlowId|",
  /** ARN of a flow-alias resource: arn:${Partition}:bedrock:${Region}:${Account}:flow/${FlowId}/alias/${FlowAliasId}. */
  flowAlias: "|,flow-alias|arn:|Partition|:bedrock:|Region|:|Account|:flow/|FlowId|/alias/|FlowAliasId|",
  /** ARN of a flow-execution resource: arn:${Partition}:bedrock:${Region}:${Account}:flow/${FlowId}/alias/${FlowAliasId}/execution/${FlowExecutionId}. */
  flowExecution:
    "|,flow-execution|arn:|Partition|:bedrock:|Region|:|Account|:flow/|FlowId|/alias/|FlowAliasId|/execution/|FlowExecutionId|",
  /** ARN of a foundation-model resource: arn:${Partition}:bedrock:${Region}::foundation-model/${ResourceId}. */
  foundationModel: "|,foundation-model|arn:|Partition|:bedrock:|Region|::foundation-model/|ResourceId|",
  /** ARN of a guardrail resource: arn:${Partition}:bedrock:${Region}:${Account}:guardrail/${GuardrailId}. */
  guardrail: "|,guardrail|arn:|Partition|:bedrock:|Region|:|Account|:guardrail/|GuardrailId|",
  /** ARN of a guardrail-profile resource: arn:${Partition}:bedrock:${Region}:${Account}:guardrail-profile/${ResourceId}. */
  guardrailProfile: "|,guardrail-profile|arn:|Partition|:bedrock:|Region|:|Account|:guardrail-profile/|ResourceId|",
  /** ARN of a imported-model resource: arn:${Partition}:bedrock:${Region}:${Account}:imported-model/${ResourceId}. */
  importedModel: "|,imported-model|arn:|Partition|:bedrock:|Region|:|Account|:imported-model/|ResourceId|",
  /** ARN of a inference-profile resource: arn:${Partition}:bedrock:${Region}:${Account}:inference-profile/${ResourceId}. */
  inferenceProfile: "|,inference-profile|arn:|Partition|:bedrock:|Region|:|Account|:inference-profile/|ResourceId|",
  /** ARN of a knowledge-base resource: arn:${Partition}:bedrock:${Region}:${Account}:knowledge-base/${KnowledgeBaseId}. */
  knowledgeBase: "|,knowledge-base|arn:|Partition|:bedrock:|Region|:|Account|:knowledge-base/|KnowledgeBaseId|",
  /** ARN of a model-copy-job resource: arn:${Partition}:bedrock:${Region}:${Account}:model-copy-job/${ResourceId}. */
  modelCopyJob: "|,model-copy-job|arn:|Partition|:bedrock:|Region|:|Account|:model-copy-job/|ResourceId|",
  /** ARN of a model-customization-job resource: arn:${Partition}:bedrock:${Region}:${Account}:model-customization-job/${ResourceId}. */
  modelCustomizationJob:
    "|,model-customization-job|arn:|Partition|:bedrock:|Region|:|Account|:model-customization-job/|ResourceId|",
  /** ARN of a model-evaluation-job resource: arn:${Partition}:bedrock:${Region}:${Account}:model-evaluation-job/${ResourceId}. */
  modelEvaluationJob:
    "|,model-evaluation-job|arn:|Partition|:bedrock:|Region|:|Account|:model-evaluation-job/|ResourceId|",
  /** ARN of a model-import-job resource: arn:${Partition}:bedrock:${Region}:${Account}:model-import-job/${ResourceId}. */
  modelImportJob: "|,model-import-job|arn:|Partition|:bedrock:|Region|:|Account|:model-import-job/|ResourceId|",
  /** ARN of a model-invocation-job resource: arn:${Partition}:bedrock:${Region}:${Account}:model-invocation-job/${JobIdentifier}. */
  modelInvocationJob:
    "|,model-invocation-job|arn:|Partition|:bedrock:|Region|:|Account|:model-invocation-job/|JobIdentifier|",
  /** ARN of a prompt resource: arn:${Partition}:bedrock:${Region}:${Account}:prompt/${PromptId}. */
  prompt: "|,prompt|arn:|Partition|:bedrock:|Region|:|Account|:prompt/|PromptId|",
  /** ARN of a prompt-router resource: arn:${Partition}:bedrock:${Region}:${Account}:prompt-router/${ResourceId}. */
  promptRouter: "|,prompt-router|arn:|Partition|:bedrock:|Region|:|Account|:prompt-router/|ResourceId|",
  /** ARN of a prompt-version resource: arn:${Partition}:bedrock:${Region}:${Account}:prompt/${PromptId}:${PromptVersion}. */
  promptVersion: "|,prompt-version|arn:|Partition|:bedrock:|Region|:|Account|:prompt/|PromptId|:|PromptVersion|",
  /** ARN of a provisioned-model resource: arn:${Partition}:bedrock:${Region}:${Account}:provisioned-model/${ResourceId}. */
  provisionedModel: "|,provisioned-model|arn:|Partition|:bedrock:|Region|:|Account|:provisioned-model/|ResourceId|",
  /** ARN of a session resource: arn:${Partition}:bedrock:${Region}:${Account}:session/${SessionId}. */
  session: "|,session|arn:|Partition|:bedrock:|Region|:|Account|:session/|SessionId|",
  /** ARN of a system-tool resource: arn:${Partition}:bedrock::${Account}:system-tool/${ResourceId}. */
  systemTool: "|,system-tool|arn:|Partition|:bedrock::|Account|:system-tool/|ResourceId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "agent",
  "agent-alias",
  "application-inference-profile",
  "async-invoke",
  "automated-reasoning-policy",
  "automated-reasoning-policy-version",
  "bedrock-marketplace-model-endpoint",
  "blueprint",
  "blueprint-optimization-invocation",
  "custom-model",
  "custom-model-deployment",
  "data-automation-invocation-job",
  "data-automation-library",
  "data-automation-library-ingestion-job",
  "data-automation-profile",
  "data-automation-project",
  "default-prompt-router",
  "evaluation-job",
  "flow",
  "flow-alias",
  "flow-execution",
  "foundation-model",
  "guardrail",
  "guardrail-profile",
  "imported-model",
  "inference-profile",
  "knowledge-base",
  "model-copy-job",
  "model-customization-job",
  "model-evaluation-job",
  "model-import-job",
  "model-invocation-job",
  "prompt",
  "prompt-router",
  "prompt-version",
  "provisioned-model",
  "session",
  "system-tool",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "bedrock">;
/** Any bedrock action. */
export type Action = ActionOf<typeof actionFacts, "bedrock">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "bedrock">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "bedrock" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every bedrock action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by creating requests based on the allowed set of values for each of the mandatory tags. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by having actions based on the tag value associated with the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by creating requests based on the presence of mandatory tags in the request. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access by the Short-term or Long-term bearer tokens. */
  "bedrock:BearerTokenType": "String";
  /** Filters access by the GuardrailIdentifier containing the GuardrailArn or the GuardrailArn:NumericVersion. */
  "bedrock:GuardrailIdentifier": "ARN";
  /** Filters access by the specified inference profile. */
  "bedrock:InferenceProfileArn": "ARN";
  /** Filters access by the Inline Agent Names, this will be used in InvokeInlineAgent API names. */
  "bedrock:InlineAgentName": "String";
  /** Filters access by the specified prompt router. */
  "bedrock:PromptRouterArn": "ARN";
  /** Filters access by the specified ServiceTier. */
  "bedrock:ServiceTier": "String";
  /** Filters access by the secretArn containing the credentials of the third party platform. */
  "bedrock:ThirdPartyKnowledgeBaseCredentialsSecretArn": "ARN";
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
  "aws:RequestTag/${TagKey}":
    "|,String|0||Filters access by creating requests based on the allowed set of values for each of the mandatory tags",
  "aws:ResourceTag/${TagKey}":
    "|,String|0||Filters access by having actions based on the tag value associated with the resource",
  "aws:TagKeys":
    "|,ArrayOfString|0||Filters access by creating requests based on the presence of mandatory tags in the request",
  "bedrock:BearerTokenType": "|,String|0||Filters access by the Short-term or Long-term bearer tokens",
  "bedrock:GuardrailIdentifier":
    "|,ARN|0||Filters access by the GuardrailIdentifier containing the GuardrailArn or the GuardrailArn:NumericVersion",
  "bedrock:InferenceProfileArn": "|,ARN|0||Filters access by the specified inference profile",
  "bedrock:InlineAgentName":
    "|,String|0||Filters access by the Inline Agent Names, this will be used in InvokeInlineAgent API names",
  "bedrock:PromptRouterArn": "|,ARN|0||Filters access by the specified prompt router",
  "bedrock:ServiceTier": "|,String|0||Filters access by the specified ServiceTier",
  "bedrock:ThirdPartyKnowledgeBaseCredentialsSecretArn":
    "|,ARN|0||Filters access by the secretArn containing the credentials of the third party platform",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "bedrock",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
