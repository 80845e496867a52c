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
export const prefix: "bedrock-agentcore" = "bedrock-agentcore";
/** The service's name in the reference. */
export const serviceName: "Amazon Bedrock Agentcore" = "Amazon Bedrock Agentcore";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Bedrock Agentcore",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonbedrockagentcore.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "bedrock-agentcore:GatewayAuthorizerType",
  "bedrock-agentcore:InboundJwtClaim/aud",
  "bedrock-agentcore:InboundJwtClaim/client_id",
  "bedrock-agentcore:InboundJwtClaim/iss",
  "bedrock-agentcore:InboundJwtClaim/scope",
  "bedrock-agentcore:InboundJwtClaim/sub",
  "bedrock-agentcore:KmsKeyArn",
  "bedrock-agentcore:RuntimeAuthorizerType",
  "bedrock-agentcore:actorId",
  "bedrock-agentcore:namespace",
  "bedrock-agentcore:securityGroups",
  "bedrock-agentcore:sessionId",
  "bedrock-agentcore:strategyId",
  "bedrock-agentcore:subnets",
  "bedrock-agentcore:userid",
] as const;
const dependentActionList = [
  "bedrock-agentcore:GetAgentRuntime",
  "bedrock-agentcore:SynchronizeGatewayTargets",
  "bedrock-agentcore:TagResource",
  "iam:PassRole",
] as const;
const actionFacts = {
  /** Grants permission to configure vended telemetry for a resource. Access level: Permissions management. Resources: memory*, payment-manager. Permission only. https://docs.aws.amazon.com/bedrock-agentcore/latest/APIReference/ */
  AllowVendedLogDeliveryForResource: "P||1|12;1;,15;0;|||",
  /** Grants permission to evaluate Cedar policies for authorization requests. Access level: Permissions management. Resources: gateway*, policy-engine*. Permission only. https://docs.aws.amazon.com/bedrock-agentcore/latest/APIReference/welcome.html */
  AuthorizeAction: "P||1|10;1;,18;1;|||",
  /** Grants permission to create one or more memory records. Access level: Write. Resources: memory*. https://docs.aws.amazon.com/bedrock-agentcore/latest/APIReference/API_BatchCreateMemoryRecords.html */
  BatchCreateMemoryRecords: "W|||12;1;|12||;",
  /** Grants permission to delete one or more memory records. Access level: Write. Resources: memory*. https://docs.aws.amazon.com/bedrock-agentcore/latest/APIReference/API_BatchDeleteMemoryRecords.html */
  BatchDeleteMemoryRecords: "W|||12;1;|||;",
  /** Grants permission to update one or more memory records. Access level: Write. Resources: memory*. https://docs.aws.amazon.com/bedrock-agentcore/latest/APIReference/API_BatchUpdateMemoryRecords.html */
  BatchUpdateMemoryRecords: "W|||12;1;|12||;",
  /** Grants permission to retrieve access token with OAuth2 for 3LO flow to access external resource. Access level: Read. Resources: oauth2credentialprovider*, token-vault*, workload-identity*, workload-identity-directory*. https://docs.aws.amazon.com/bedrock-agentcore/latest/APIReference/API_CompleteResourceTokenAuth.html */
  CompleteResourceTokenAuth: "R|||13;1;,25;1;,26;1;,27;1;|4,5,6,7,8,17||;",
  /** Grants permission to connect to a browser automation stream. Access level: Read. https://docs.aws.amazon.com/bedrock-agentcore/latest/APIReference/API_ConnectBrowserAutomationStream.html */
  ConnectBrowserAutomationStream: "R||||||",
  /** Grants permission to connect to a browser live view stream. Access level: Read. https://docs.aws.amazon.com/bedrock-agentcore/latest/APIReference/API_ConnectBrowserLiveViewStream.html */
  ConnectBrowserLiveViewStream: "R||||||",
  /** Grants permission to create an A/B test. Access level: Write. https://docs.aws.amazon.com/bedrock-agentcore/latest/APIReference/API_CreateABTest.html */
  CreateABTest: "W|||||3|",
  /** Grants permission to create a new agent runtime. Access level: Write. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_CreateAgentRuntime.html */
  CreateAgentRuntime: "W||||0,2,10,13,16|bedrock-agentcore:CreateAgentRuntimeEndpoint,2,3|;",
  /** Grants permission to create a new agent runtime endpoint. Access level: Write. Resources: runtime*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_CreateAgentRuntimeEndpoint.html */
  CreateAgentRuntimeEndpoint: "W|||23;1;|0,2|2|CreateAgentRuntime,;",
  /** Grants permission to create a new API Key Credential Provider. Access level: Write. Resources: apikeycredentialprovider*, token-vault*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_CreateApiKeyCredentialProvider.html */
  CreateApiKeyCredentialProvider: "W|||1;1;,25;1;|0,2|2|;",
  /** Grants permission to create a new custom browser. Access level: Write. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_CreateBrowser.html */
  CreateBrowser: "W||||0,2,13,16|2,3|;",
  /** Grants permission to create a new browser profile. Access level: Write. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_CreateBrowserProfile.html */
  CreateBrowserProfile: "W||||0,2|2|;",
  /** Grants permission to create a new custom code interpreter. Access level: Write. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_CreateCodeInterpreter.html */
  CreateCodeInterpreter: "W||||0,2,13,16|2,3|;",
  /** Grants permission to create a new configuration bundle. Access level: Write. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_CreateConfigurationBundle.html */
  CreateConfigurationBundle: "W||||||;",
  /** Grants permission to create a new evaluator. Access level: Write. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_CreateEvaluator.html */
  CreateEvaluator: "W||||0,1,2|2|;",
  /** Grants permission to create an Event. Access level: Write. Resources: memory*. https://docs.aws.amazon.com/bedrock-agentcore/latest/APIReference/API_CreateEvent.html */
  CreateEvent: "W|||12;1;|11,14||;",
  /** Grants permission to create a new gateway. Access level: Write. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_CreateGateway.html */
  CreateGateway: "W||||0,2|1,2,3|;",
  /** Grants permission to create a new rule in an existing gateway. Access level: Write. Resources: gateway*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_CreateGatewayRule.html */
  CreateGatewayRule: "W|||10;1;|||;",
  /** Grants permission to create a new target in an existing gateway. Access level: Write. Resources: gateway*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_CreateGatewayTarget.html */
  CreateGatewayTarget: "W|||10;1;||1|;",
  /** Grants permission to create a new harness. Access level: Write. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_CreateHarness.html */
  CreateHarness: "W||||0,2|bedrock-agentcore:CreateAgentRuntime,0,2,3|;",
  /** Grants permission to create a Memory resource. Access level: Write. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_CreateMemory.html */
  CreateMemory: "W||||0,2,9|2,3|;",
  /** Grants permission to create a new Credential Provider to access external resources with OAuth2 protocol. Access level: Write. Resources: oauth2credentialprovider*, token-vault*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_CreateOauth2CredentialProvider.html */
  CreateOauth2CredentialProvider: "W|||13;1;,25;1;|0,2|2|;",
  /** Grants permission to create a new online evaluation configuration. Access level: Write. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_CreateOnlineEvaluationConfig.html */
  CreateOnlineEvaluationConfig: "W||||0,1,2|2,3|;",
  /** Grants permission to create a new payment connector under a payment manager. Access level: Write. Resources: payment-manager*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_CreatePaymentConnector.html */
  CreatePaymentConnector: "W|||15;1;|||;",
  /** Grants permission to create a new Payment Credential Provider. Access level: Write. Resources: paymentcredentialprovider*, token-vault*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_CreatePaymentCredentialProvider.html */
  CreatePaymentCredentialProvider: "W|||16;1;,25;1;|0,2|2|;",
  /** Grants permission to create a new payment instrument. Access level: Write. Resources: payment-manager*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_CreatePaymentInstrument.html */
  CreatePaymentInstrument: "W|||15;1;|||;",
  /** Grants permission to create a new payment manager. Access level: Write. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_CreatePaymentManager.html */
  CreatePaymentManager: "W||||0,2|2,3|;",
  /** Grants permission to create a new payment session. Access level: Write. Resources: payment-manager*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_CreatePaymentSession.html */
  CreatePaymentSession: "W|||15;1;|||;",
  /** Grants permission to create a new policy within a policy engine. Access level: Write. Resources: policy-engine*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_CreatePolicy.html */
  CreatePolicy: "W|||18;1;|||;",
  /** Grants permission to create a new policy engine. Access level: Write. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_CreatePolicyEngine.html */
  CreatePolicyEngine: "W||||0,2||;",
  /** Grants permission to create a new registry. Access level: Write. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_CreateRegistry.html */
  CreateRegistry: "W|||||2|;",
  /** Grants permission to create a new registry record. Access level: Write. Resources: registry*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_CreateRegistryRecord.html */
  CreateRegistryRecord: "W|||21;1;||2,3|;",
  /** Grants permission to create a new Workload Identity. Access level: Write. Resources: workload-identity*, workload-identity-directory*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_CreateWorkloadIdentity.html */
  CreateWorkloadIdentity: "W|||26;1;,27;1;|0,2|2|;",
  /** Grants permission to delete an A/B test. Access level: Write. Resources: ab-test*. https://docs.aws.amazon.com/bedrock-agentcore/latest/APIReference/API_DeleteABTest.html */
  DeleteABTest: "W|||0;1;|||;",
  /** Grants permission to delete an agent runtime. Access level: Write. Resources: runtime*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_DeleteAgentRuntime.html */
  DeleteAgentRuntime:
    "W|||23;1;||bedrock-agentcore:DeleteAgentRuntimeEndpoint,bedrock-agentcore:DeleteWorkloadIdentity|;",
  /** Grants permission to delete an agent runtime endpoint. Access level: Write. Resources: runtime*, runtime-endpoint*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_DeleteAgentRuntimeEndpoint.html */
  DeleteAgentRuntimeEndpoint: "W|||23;1;,24;1;|||DeleteAgentRuntime,;",
  /** Grants permission to delete a registered API Key Credential Provider. Access level: Write. Resources: apikeycredentialprovider*, token-vault*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_DeleteApiKeyCredentialProvider.html */
  DeleteApiKeyCredentialProvider: "W|||1;1;,25;1;|||;",
  /** Grants permission to delete a batch evaluation. Access level: Write. Resources: batch-evaluate*. https://docs.aws.amazon.com/bedrock-agentcore/latest/APIReference/API_DeleteBatchEvaluation.html */
  DeleteBatchEvaluation: "W|||2;1;|||;",
  /** Grants permission to delete a custom browser. Access level: Write. Resources: browser-custom*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_DeleteBrowser.html */
  DeleteBrowser: "W|||4;1;|||;",
  /** Grants permission to delete a browser profile. Access level: Write. Resources: browser-profile*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_DeleteBrowserProfile.html */
  DeleteBrowserProfile: "W|||5;1;|||;",
  /** Grants permission to delete a custom code interpreter. Access level: Write. Resources: code-interpreter-custom*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_DeleteCodeInterpreter.html */
  DeleteCodeInterpreter: "W|||7;1;|||;",
  /** Grants permission to delete a configuration bundle. Access level: Write. Resources: configuration-bundle*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_DeleteConfigurationBundle.html */
  DeleteConfigurationBundle: "W|||8;1;|||;",
  /** Grants permission to delete an evaluator. Access level: Write. Resources: evaluator*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_DeleteEvaluator.html */
  DeleteEvaluator: "W|||9;1;|||;",
  /** Grants permission to delete an Event. Access level: Write. Resources: memory*. https://docs.aws.amazon.com/bedrock-agentcore/latest/APIReference/API_DeleteEvent.html */
  DeleteEvent: "W|||12;1;|11,14||;",
  /** Grants permission to delete an existing gateway. Access level: Write. Resources: gateway*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_DeleteGateway.html */
  DeleteGateway: "W|||10;1;|||;",
  /** Grants permission to delete an existing gateway rule. Access level: Write. Resources: gateway*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_DeleteGatewayRule.html */
  DeleteGatewayRule: "W|||10;1;|||;",
  /** Grants permission to delete an existing gateway target. Access level: Write. Resources: gateway*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_DeleteGatewayTarget.html */
  DeleteGatewayTarget: "W|||10;1;|||;",
  /** Grants permission to delete a harness. Access level: Write. Resources: harness*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_DeleteHarness.html */
  DeleteHarness: "W|||11;1;||bedrock-agentcore:DeleteAgentRuntime,0,3|;",
  /** Grants permission to delete a Memory resource. Access level: Write. Resources: memory*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_DeleteMemory.html */
  DeleteMemory: "W|||12;1;|||;",
  /** Grants permission to delete a Memory Record. Access level: Write. Resources: memory*. https://docs.aws.amazon.com/bedrock-agentcore/latest/APIReference/API_DeleteMemoryRecord.html */
  DeleteMemoryRecord: "W|||12;1;|||;",
  /** Grants permission to delete a registered OAuth2 Credential Provider. Access level: Write. Resources: oauth2credentialprovider*, token-vault*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_DeleteOauth2CredentialProvider.html */
  DeleteOauth2CredentialProvider: "W|||13;1;,25;1;|||;",
  /** Grants permission to delete an online evaluation configuration. Access level: Write. Resources: online-evaluation-config*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_DeleteOnlineEvaluationConfig.html */
  DeleteOnlineEvaluationConfig: "W|||14;1;|||;",
  /** Grants permission to delete a payment connector. Access level: Write. Resources: payment-manager*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_DeletePaymentConnector.html */
  DeletePaymentConnector: "W|||15;1;|||;",
  /** Grants permission to delete a registered Payment Credential Provider. Access level: Write. Resources: paymentcredentialprovider*, token-vault*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_DeletePaymentCredentialProvider.html */
  DeletePaymentCredentialProvider: "W|||16;1;,25;1;|||;",
  /** Grants permission to delete a payment instrument. Access level: Write. Resources: payment-manager*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_DeletePaymentInstrument.html */
  DeletePaymentInstrument: "W|||15;1;|||;",
  /** Grants permission to delete a payment manager. Access level: Write. Resources: payment-manager*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_DeletePaymentManager.html */
  DeletePaymentManager: "W|||15;1;|||;",
  /** Grants permission to delete a payment session. Access level: Write. Resources: payment-manager*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_DeletePaymentSession.html */
  DeletePaymentSession: "W|||15;1;|||;",
  /** Grants permission to delete a policy. Access level: Write. Resources: policy*, policy-engine*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_DeletePolicy.html */
  DeletePolicy: "W|||17;1;,18;1;|||;",
  /** Grants permission to delete a policy engine. Access level: Write. Resources: policy-engine*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_DeletePolicyEngine.html */
  DeletePolicyEngine: "W|||18;1;|||;",
  /** Grants permission to delete a recommendation. Access level: Write. Resources: recommendation*. https://docs.aws.amazon.com/bedrock-agentcore/latest/APIReference/API_DeleteRecommendation.html */
  DeleteRecommendation: "W|||20;1;|||;",
  /** Grants permission to delete an existing registry. Access level: Write. Resources: registry*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_DeleteRegistry.html */
  DeleteRegistry: "W|||21;1;|||;",
  /** Grants permission to delete an existing registry record. Access level: Write. Resources: registry-record*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_DeleteRegistryRecord.html */
  DeleteRegistryRecord: "W|||22;1;|||;",
  /** Grants permission to delete the resource-based policy for a Bedrock resource. Access level: Write. Resources: gateway, runtime, runtime-endpoint. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_DeleteResourcePolicy.html */
  DeleteResourcePolicy: "W|||10;0;,23;0;,24;0;|||;",
  /** Grants permission to delete a registered Workload Identity. Access level: Write. Resources: workload-identity*, workload-identity-directory*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_DeleteWorkloadIdentity.html */
  DeleteWorkloadIdentity: "W|||26;1;,27;1;|||DeleteAgentRuntime,;",
  /** Grants permission to run an evaluation using an evaluator. Access level: Write. Resources: evaluator*. https://docs.aws.amazon.com/bedrock-agentcore/latest/APIReference/API_Evaluate.html */
  Evaluate: "W|||9;1;|||;",
  /** Grants permission to get details of an A/B test. Access level: Read. Resources: ab-test*. https://docs.aws.amazon.com/bedrock-agentcore/latest/APIReference/API_GetABTest.html */
  GetABTest: "R|||0;1;|||;",
  /** Grants permission to retrieve an agent card for A2A. Access level: Read. Resources: runtime*, runtime-endpoint*. https://docs.aws.amazon.com/bedrock-agentcore/latest/APIReference/API_GetAgentCard.html */
  GetAgentCard: "R|||23;1;,24;1;|||;",
  /** Grants permission to get details of an agent runtime. Access level: Read. Resources: runtime*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_GetAgentRuntime.html */
  GetAgentRuntime: "R|||23;1;|||;",
  /** Grants permission to get details of an agent runtime endpoint. Access level: Read. Resources: runtime*, runtime-endpoint*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_GetAgentRuntimeEndpoint.html */
  GetAgentRuntimeEndpoint: "R|||23;1;,24;1;|||;",
  /** Grants permission to fetch a registered API Key Credential Provider by its name. Access level: Read. Resources: apikeycredentialprovider*, token-vault*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_GetApiKeyCredentialProvider.html */
  GetApiKeyCredentialProvider: "R|||1;1;,25;1;|||;",
  /** Grants permission to get details of a batch evaluation. Access level: Read. Resources: batch-evaluate*. https://docs.aws.amazon.com/bedrock-agentcore/latest/APIReference/API_GetBatchEvaluation.html */
  GetBatchEvaluation: "R|||2;1;|||;",
  /** Grants permission to get details of a browser. Access level: Read. Resources: browser-custom*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_GetBrowser.html */
  GetBrowser: "R|||4;1;|||;",
  /** Grants permission to get details of a browser profile. Access level: Read. Resources: browser-profile*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_GetBrowserProfile.html */
  GetBrowserProfile: "R|||5;1;|||;",
  /** Grants permission to get details of a browser session. Access level: Read. Resources: browser*, browser-custom*. https://docs.aws.amazon.com/bedrock-agentcore/latest/APIReference/API_GetBrowserSession.html */
  GetBrowserSession: "R|||3;1;,4;1;|||;",
  /** Grants permission to get details of a code interpreter. Access level: Read. Resources: code-interpreter-custom*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_GetCodeInterpreter.html */
  GetCodeInterpreter: "R|||7;1;|||;",
  /** Grants permission to get details of a code interpreter session. Access level: Read. Resources: code-interpreter*, code-interpreter-custom*. https://docs.aws.amazon.com/bedrock-agentcore/latest/APIReference/API_GetCodeInterpreterSession.html */
  GetCodeInterpreterSession: "R|||6;1;,7;1;|||;",
  /** Grants permission to get details of a configuration bundle. Access level: Read. Resources: configuration-bundle*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_GetConfigurationBundle.html */
  GetConfigurationBundle: "R|||8;1;|||;",
  /** Grants permission to get a specific version of a configuration bundle. Access level: Read. Resources: configuration-bundle*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_GetConfigurationBundleVersion.html */
  GetConfigurationBundleVersion: "R|||8;1;|||;",
  /** Grants permission to get details of an evaluator. Access level: Read. Resources: evaluator*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_GetEvaluator.html */
  GetEvaluator: "R|||9;1;|||;",
  /** Grants permission to fetch an Event. Access level: Read. Resources: memory*. https://docs.aws.amazon.com/bedrock-agentcore/latest/APIReference/API_GetEvent.html */
  GetEvent: "R|||12;1;|11,14||;",
  /** Grants permission to retrieve an existing gateway. Access level: Read. Resources: gateway*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_GetGateway.html */
  GetGateway: "R|||10;1;|||;",
  /** Grants permission to retrieve an existing gateway rule. Access level: Read. Resources: gateway*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_GetGatewayRule.html */
  GetGatewayRule: "R|||10;1;|||;",
  /** Grants permission to retrieve an existing gateway target. Access level: Read. Resources: gateway*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_GetGatewayTarget.html */
  GetGatewayTarget: "R|||10;1;|||;",
  /** Grants permission to get details of a harness. Access level: Read. Resources: harness*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_GetHarness.html */
  GetHarness: "R|||11;1;|||;",
  /** Grants permission to fetch details for a Memory resource. Access level: Read. Resources: memory*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_GetMemory.html */
  GetMemory: "R|||12;1;|||;",
  /** Grants permission to fetch a Memory Record. Access level: Read. Resources: memory*. https://docs.aws.amazon.com/bedrock-agentcore/latest/APIReference/API_GetMemoryRecord.html */
  GetMemoryRecord: "R|||12;1;|||;",
  /** Grants permission to fetch a registered OAuth2 Credential Provider by its name. Access level: Read. Resources: oauth2credentialprovider*, token-vault*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_GetOauth2CredentialProvider.html */
  GetOauth2CredentialProvider: "R|||13;1;,25;1;|||;",
  /** Grants permission to get details of an online evaluation configuration. Access level: Read. Resources: online-evaluation-config*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_GetOnlineEvaluationConfig.html */
  GetOnlineEvaluationConfig: "R|||14;1;|||;",
  /** Grants permission to retrieve details of a payment connector. Access level: Read. Resources: payment-manager*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_GetPaymentConnector.html */
  GetPaymentConnector: "R|||15;1;|||;",
  /** Grants permission to fetch a registered Payment Credential Provider by its name. Access level: Read. Resources: paymentcredentialprovider*, token-vault*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_GetPaymentCredentialProvider.html */
  GetPaymentCredentialProvider: "R|||16;1;,25;1;|||;",
  /** Grants permission to retrieve details of a payment instrument. Access level: Read. Resources: payment-manager*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_GetPaymentInstrument.html */
  GetPaymentInstrument: "R|||15;1;|||;",
  /** Grants permission to retrieve the balance of a payment instrument. Access level: Read. Resources: payment-manager*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_GetPaymentInstrumentBalance.html */
  GetPaymentInstrumentBalance: "R|||15;1;|||;",
  /** Grants permission to retrieve details of a payment manager. Access level: Read. Resources: payment-manager*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_GetPaymentManager.html */
  GetPaymentManager: "R|||15;1;|||;",
  /** Grants permission to retrieve details of a payment session. Access level: Read. Resources: payment-manager*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_GetPaymentSession.html */
  GetPaymentSession: "R|||15;1;|||;",
  /** Grants permission to retrieve a policy. Access level: Read. Resources: policy*, policy-engine*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_GetPolicy.html */
  GetPolicy: "R|||17;1;,18;1;|||;",
  /** Grants permission to retrieve a policy engine. Access level: Read. Resources: policy-engine*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_GetPolicyEngine.html */
  GetPolicyEngine: "R|||18;1;|||;",
  /** Grants permission to retrieve a summary of a policy engine. Access level: Read. Resources: policy-engine*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_GetPolicyEngineSummary.html */
  GetPolicyEngineSummary: "R|||18;1;|||;",
  /** Grants permission to retrieve status and results of a policy generation request. Access level: Read. Resources: policy-engine*, policy-generation*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_GetPolicyGeneration.html */
  GetPolicyGeneration: "R|||18;1;,19;1;|||;",
  /** Grants permission to retrieve a summary of a policy generation request. Access level: Read. Resources: policy-engine*, policy-generation*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_GetPolicyGenerationSummary.html */
  GetPolicyGenerationSummary: "R|||18;1;,19;1;|||;",
  /** Grants permission to retrieve a summary of a policy. Access level: Read. Resources: policy*, policy-engine*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_GetPolicySummary.html */
  GetPolicySummary: "R|||17;1;,18;1;|||;",
  /** Grants permission to get details of a recommendation. Access level: Read. Resources: recommendation*. https://docs.aws.amazon.com/bedrock-agentcore/latest/APIReference/API_GetRecommendation.html */
  GetRecommendation: "R|||20;1;|||;",
  /** Grants permission to retrieve an existing registry. Access level: Read. Resources: registry*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_GetRegistry.html */
  GetRegistry: "R|||21;1;|||;",
  /** Grants permission to retrieve an existing registry record. Access level: Read. Resources: registry-record*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_GetRegistryRecord.html */
  GetRegistryRecord: "R|||22;1;|||;",
  /** Grants permission to retrieve an API Key associated with an Api Key Credential Provider. Access level: Read. Resources: apikeycredentialprovider*, token-vault*, workload-identity*, workload-identity-directory*. https://docs.aws.amazon.com/bedrock-agentcore/latest/APIReference/API_GetResourceApiKey.html */
  GetResourceApiKey: "R|||1;1;,25;1;,26;1;,27;1;|||;",
  /** Grants permission to retrieve access token with OAuth2 2LO or 3LO flow to access external resource. Access level: Read. Resources: oauth2credentialprovider*, token-vault*, workload-identity*, workload-identity-directory*. https://docs.aws.amazon.com/bedrock-agentcore/latest/APIReference/API_GetResourceOauth2Token.html */
  GetResourceOauth2Token: "R|||13;1;,25;1;,26;1;,27;1;|||;",
  /** Grants permission to retrieve a payment authentication token associated with a Payment Credential Provider. Access level: Read. Resources: paymentcredentialprovider*, token-vault*, workload-identity*, workload-identity-directory*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_GetResourcePaymentToken.html */
  GetResourcePaymentToken: "R|||16;1;,25;1;,26;1;,27;1;|||;",
  /** Grants permission to retrieve the resource-based policy for a Bedrock resource. Access level: Read. Resources: gateway, runtime, runtime-endpoint. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_GetResourcePolicy.html */
  GetResourcePolicy: "R|||10;0;,23;0;,24;0;|||;",
  /** Grants permission to fetch the current configuration of the TokenVault, including encryption settings. Access level: Read. Resources: token-vault*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_GetTokenVault.html */
  GetTokenVault: "R|||25;1;|||;",
  /** Grants permission to retrieve an Workload access token for agentic workloads not acting on behalf of a user. Access level: Write. Resources: workload-identity*, workload-identity-directory*. https://docs.aws.amazon.com/bedrock-agentcore/latest/APIReference/API_GetWorkloadAccessToken.html */
  GetWorkloadAccessToken: "W|||26;1;,27;1;|||;",
  /** Grants permission to retrieve an Workload access token for agentic workloads acting on behalf of user with JWT token. Access level: Write. Resources: workload-identity*, workload-identity-directory*. https://docs.aws.amazon.com/bedrock-agentcore/latest/APIReference/API_GetWorkloadAccessTokenForJWT.html */
  GetWorkloadAccessTokenForJWT: "W|||26;1;,27;1;|4,5,6,7,8||;",
  /** Grants permission to retrieve an Workload access token for agentic workloads acting on behalf of user with User Id. Access level: Write. Resources: workload-identity*, workload-identity-directory*. https://docs.aws.amazon.com/bedrock-agentcore/latest/APIReference/API_GetWorkloadAccessTokenForUserId.html */
  GetWorkloadAccessTokenForUserId: "W|||26;1;,27;1;|17||;",
  /** Grants permission to fetch details for a specific Workload identity, including its name and allowed OAuth2 return URLs. Access level: Read. Resources: workload-identity*, workload-identity-directory*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_GetWorkloadIdentity.html */
  GetWorkloadIdentity: "R|||26;1;,27;1;|||;",
  /** Grants permission to invoke an agent runtime endpoint. Access level: Write. Resources: runtime*, runtime-endpoint*. https://docs.aws.amazon.com/bedrock-agentcore/latest/APIReference/API_InvokeAgentRuntime.html */
  InvokeAgentRuntime: "W|||23;1;,24;1;||bedrock-agentcore:InvokeAgentRuntimeForUser|;,InvokeHarness",
  /** Grants permission to invoke commands on an agent runtime endpoint. Access level: Write. Resources: runtime*, runtime-endpoint*. https://docs.aws.amazon.com/bedrock-agentcore/latest/APIReference/API_InvokeAgentRuntimeCommand.html */
  InvokeAgentRuntimeCommand: "W|||23;1;,24;1;|||;",
  /** Grants permission to invoke an agent runtime endpoint with X-Amzn-Bedrock-AgentCore-Runtime-User-Id header. Access level: Write. Resources: runtime*, runtime-endpoint*. https://docs.aws.amazon.com/bedrock-agentcore/latest/APIReference/API_InvokeAgentRuntime.html */
  InvokeAgentRuntimeForUser: "W|||23;1;,24;1;|||InvokeAgentRuntime",
  /** Grants permission to invoke an agent runtime endpoint with WebSocket stream. Access level: Write. Resources: runtime*, runtime-endpoint*. https://docs.aws.amazon.com/bedrock-agentcore/latest/APIReference/API_InvokeAgentRuntimeWithWebSocketStream.html */
  InvokeAgentRuntimeWithWebSocketStream: "W|||23;1;,24;1;|||",
  /** Grants permission to invoke an agent runtime endpoint with WebSocket stream and with X-Amzn-Bedrock-AgentCore-Runtime-User-Id header. Access level: Write. Resources: runtime*, runtime-endpoint*. https://docs.aws.amazon.com/bedrock-agentcore/latest/APIReference/API_InvokeAgentRuntimeWithWebSocketStream.html */
  InvokeAgentRuntimeWithWebSocketStreamForUser: "W|||23;1;,24;1;|||",
  /** Grants permission to invoke a code interpreter session. Access level: Write. Resources: code-interpreter*, code-interpreter-custom*. https://docs.aws.amazon.com/bedrock-agentcore/latest/APIReference/API_InvokeCodeInterpreter.html */
  InvokeCodeInterpreter: "W|||6;1;,7;1;||bedrock-agentcore:StartCodeInterpreterSession|;",
  /** Grants permission to invoke a gateway. Access level: Permissions management. Resources: gateway*. Permission only. https://docs.aws.amazon.com/bedrock-agentcore/latest/APIReference/welcome.html */
  InvokeGateway: "P||1|10;1;|||",
  /** Grants permission to invoke a harness. Access level: Write. Resources: harness*. https://docs.aws.amazon.com/bedrock-agentcore/latest/APIReference/API_InvokeHarness.html */
  InvokeHarness: "W|||11;1;||bedrock-agentcore:InvokeAgentRuntime|;",
  /** Grants permission to invoke an MCP operation against an existing registry. Access level: Read. Resources: registry*. https://docs.aws.amazon.com/bedrock-agentcore/latest/APIReference/welcome.html */
  InvokeRegistryMcp: "R|||21;1;|||",
  /** Grants permission to list A/B tests. Access level: List. https://docs.aws.amazon.com/bedrock-agentcore/latest/APIReference/API_ListABTests.html */
  ListABTests: "L||||||;",
  /** Grants permission to list Actors. Access level: List. Resources: memory*. https://docs.aws.amazon.com/bedrock-agentcore/latest/APIReference/API_ListActors.html */
  ListActors: "L|||12;1;|||;",
  /** Grants permission to list agent runtime endpoints. Access level: List. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_ListAgentRuntimeEndpoints.html */
  ListAgentRuntimeEndpoints: "L||||||;",
  /** Grants permission to list agent runtime versions. Access level: List. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_ListAgentRuntimeVersions.html */
  ListAgentRuntimeVersions: "L||||||;",
  /** Grants permission to list agent runtimes. Access level: List. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_ListAgentRuntimes.html */
  ListAgentRuntimes: "L||||||;",
  /** Grants permission to list all API Key Credential Providers in the Token Vault. Access level: Read. Resources: apikeycredentialprovider*, token-vault*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_ListApiKeyCredentialProviders.html */
  ListApiKeyCredentialProviders: "R|||1;1;,25;1;|||;",
  /** Grants permission to list batch evaluations. Access level: List. https://docs.aws.amazon.com/bedrock-agentcore/latest/APIReference/API_ListBatchEvaluations.html */
  ListBatchEvaluations: "L||||||;",
  /** Grants permission to list browser profiles. Access level: List. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_ListBrowserProfiles.html */
  ListBrowserProfiles: "L||||||;",
  /** Grants permission to list browser sessions. Access level: List. https://docs.aws.amazon.com/bedrock-agentcore/latest/APIReference/API_ListBrowserSessions.html */
  ListBrowserSessions: "L||||||;",
  /** Grants permission to list browsers. Access level: List. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_ListBrowsers.html */
  ListBrowsers: "L||||||;",
  /** Grants permission to list code interpreter sessions. Access level: List. Resources: code-interpreter*, code-interpreter-custom*. https://docs.aws.amazon.com/bedrock-agentcore/latest/APIReference/API_ListCodeInterpreterSessions.html */
  ListCodeInterpreterSessions: "L|||6;1;,7;1;|||;",
  /** Grants permission to list code interpreters. Access level: List. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_ListCodeInterpreters.html */
  ListCodeInterpreters: "L||||||;",
  /** Grants permission to list versions of a configuration bundle. Access level: List. Resources: configuration-bundle*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_ListConfigurationBundleVersions.html */
  ListConfigurationBundleVersions: "L|||8;1;|||;",
  /** Grants permission to list configuration bundles. Access level: List. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_ListConfigurationBundles.html */
  ListConfigurationBundles: "L||||||;",
  /** Grants permission to list evaluators. Access level: List. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_ListEvaluators.html */
  ListEvaluators: "L||||||;",
  /** Grants permission to list events. Access level: List. Resources: memory*. https://docs.aws.amazon.com/bedrock-agentcore/latest/APIReference/API_ListEvents.html */
  ListEvents: "L|||12;1;|11,14||;",
  /** Grants permission to list existing gateway rules. Access level: List. Resources: gateway*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_ListGatewayRules.html */
  ListGatewayRules: "L|||10;1;|||;",
  /** Grants permission to list existing gateway targets. Access level: List. Resources: gateway*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_ListGatewayTargets.html */
  ListGatewayTargets: "L|||10;1;|||;",
  /** Grants permission to list existing gateways. Access level: List. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_ListGateways.html */
  ListGateways: "L||||||;",
  /** Grants permission to list harnesses. Access level: List. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_ListHarnesses.html */
  ListHarnesses: "L||||||;",
  /** Grants permission to list memory resources. Access level: List. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_ListMemories.html */
  ListMemories: "L||||||;",
  /** Grants permission to list extraction jobs for this memory. Access level: List. Resources: memory*. https://docs.aws.amazon.com/bedrock-agentcore/latest/APIReference/API_ListMemoryExtractionJobs.html */
  ListMemoryExtractionJobs: "L|||12;1;|||;",
  /** Grants permission to list memory records. Access level: List. Resources: memory*. https://docs.aws.amazon.com/bedrock-agentcore/latest/APIReference/API_ListMemoryRecords.html */
  ListMemoryRecords: "L|||12;1;|12,15||;",
  /** Grants permission to list all OAuth2 Credential Providers in the Token Vault. Access level: Read. Resources: oauth2credentialprovider*, token-vault*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_ListOauth2CredentialProviders.html */
  ListOauth2CredentialProviders: "R|||13;1;,25;1;|||;",
  /** Grants permission to list online evaluation configurations. Access level: List. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_ListOnlineEvaluationConfigs.html */
  ListOnlineEvaluationConfigs: "L||||||;",
  /** Grants permission to list payment connectors under a payment manager. Access level: List. Resources: payment-manager*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_ListPaymentConnectors.html */
  ListPaymentConnectors: "L|||15;1;|||;",
  /** Grants permission to list all Payment Credential Providers in the Token Vault. Access level: List. Resources: paymentcredentialprovider*, token-vault*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_ListPaymentCredentialProviders.html */
  ListPaymentCredentialProviders: "L|||16;1;,25;1;|||;",
  /** Grants permission to list payment instruments. Access level: List. Resources: payment-manager*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_ListPaymentInstruments.html */
  ListPaymentInstruments: "L|||15;1;|||;",
  /** Grants permission to list payment managers. Access level: List. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_ListPaymentManagers.html */
  ListPaymentManagers: "L||||||;",
  /** Grants permission to list payment sessions. Access level: List. Resources: payment-manager*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_ListPaymentSessions.html */
  ListPaymentSessions: "L|||15;1;|||;",
  /** Grants permission to list policies within a policy engine. Access level: List. Resources: policy-engine*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_ListPolicies.html */
  ListPolicies: "L|||18;1;|||;",
  /** Grants permission to list policy engine summaries. Access level: List. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_ListPolicyEngineSummaries.html */
  ListPolicyEngineSummaries: "L||||||;",
  /** Grants permission to list policy engines. Access level: List. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_ListPolicyEngines.html */
  ListPolicyEngines: "L||||||;",
  /** Grants permission to list generated policy assets from a generation request. Access level: List. Resources: policy-engine*, policy-generation*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_ListPolicyGenerationAssets.html */
  ListPolicyGenerationAssets: "L|||18;1;,19;1;|||;",
  /** Grants permission to list policy generation summaries. Access level: List. Resources: policy-engine*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_ListPolicyGenerationSummaries.html */
  ListPolicyGenerationSummaries: "L|||18;1;|||;",
  /** Grants permission to list policy generation requests. Access level: List. Resources: policy-engine*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_ListPolicyGenerations.html */
  ListPolicyGenerations: "L|||18;1;|||;",
  /** Grants permission to list policy summaries within a policy engine. Access level: List. Resources: policy-engine*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_ListPolicySummaries.html */
  ListPolicySummaries: "L|||18;1;|||;",
  /** Grants permission to list recommendations. Access level: List. https://docs.aws.amazon.com/bedrock-agentcore/latest/APIReference/API_ListRecommendations.html */
  ListRecommendations: "L||||||;",
  /** Grants permission to list existing registries. Access level: List. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_ListRegistries.html */
  ListRegistries: "L||||||;",
  /** Grants permission to list existing registry records in a registry. Access level: List. Resources: registry*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_ListRegistryRecords.html */
  ListRegistryRecords: "L|||21;1;|||;",
  /** Grants permission to list sessions. Access level: List. Resources: memory*. https://docs.aws.amazon.com/bedrock-agentcore/latest/APIReference/API_ListSessions.html */
  ListSessions: "L|||12;1;|11||;",
  /** Grants permission to list tags for a Bedrock-AgentCore resource. Access level: List. Resources: apikeycredentialprovider, browser-custom, browser-profile, code-interpreter-custom, evaluator, gateway, harness, memory, oauth2credentialprovider, online-evaluation-config, payment-manager, paymentcredentialprovider, policy-engine, runtime, runtime-endpoint, token-vault, workload-identity, workload-identity-directory. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource:
    "L|||1;0;,4;0;,5;0;,7;0;,9;0;,10;0;,11;0;,12;0;,13;0;,14;0;,15;0;,16;0;,18;0;,23;0;,24;0;,25;0;,26;0;,27;0;|||;",
  /** Grants permission to list all Workload Identities in the caller's AWS account. Access level: Read. Resources: workload-identity*, workload-identity-directory*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_ListWorkloadIdentities.html */
  ListWorkloadIdentities: "R|||26;1;,27;1;|||;",
  /** Grants permission to create or modify wildcard policies that apply to gateway resources. Access level: Permissions management. Permission only. https://docs.aws.amazon.com/bedrock-agentcore/latest/APIReference/welcome.html */
  ManageAdminPolicy: "P||1||||",
  /** Grants permission to create or modify policies that apply to specific gateway resources. Access level: Permissions management. Resources: gateway*. Permission only. https://docs.aws.amazon.com/bedrock-agentcore/latest/APIReference/welcome.html */
  ManageResourceScopedPolicy: "P||1|10;1;|||",
  /** Grants permission to perform partial evaluation of Cedar policies to authorize a caller to list tools they are allowed to call. Access level: Permissions management. Resources: gateway*, policy-engine*. Permission only. https://docs.aws.amazon.com/bedrock-agentcore/latest/APIReference/welcome.html */
  PartiallyAuthorizeActions: "P||1|10;1;,18;1;|||",
  /** Grants permission to process a payment transaction. Access level: Write. Resources: payment-manager*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_ProcessPayment.html */
  ProcessPayment: "W|||15;1;|||;",
  /** Grants permission to create or update the resource-based policy for a Bedrock resource. Access level: Write. Resources: gateway, runtime, runtime-endpoint. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_PutResourcePolicy.html */
  PutResourcePolicy: "W|||10;0;,23;0;,24;0;|||;",
  /** Grants permission to retrieve memory records through sematic query. Access level: List. Resources: memory*. https://docs.aws.amazon.com/bedrock-agentcore/latest/APIReference/API_RetrieveMemoryRecords.html */
  RetrieveMemoryRecords: "L|||12;1;|12,15||;",
  /** Grants permission to save a browser session profile. Access level: Write. Resources: browser*, browser-custom*, browser-profile*. https://docs.aws.amazon.com/bedrock-agentcore/latest/APIReference/API_SaveBrowserSessionProfile.html */
  SaveBrowserSessionProfile: "W|||3;1;,4;1;,5;1;|||;",
  /** Grants permission to search for registry records. Access level: Read. Resources: registry*. https://docs.aws.amazon.com/bedrock-agentcore/latest/APIReference/API_SearchRegistryRecords.html */
  SearchRegistryRecords: "R|||21;1;|||;",
  /** Grants permission to associate a Customer Managed Key (CMK) or a Service Managed Key with a specific TokenVault. Access level: Write. Resources: token-vault*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_SetTokenVaultCMK.html */
  SetTokenVaultCMK: "W|||25;1;|||;",
  /** Grants permission to start a batch evaluation. Access level: Write. https://docs.aws.amazon.com/bedrock-agentcore/latest/APIReference/API_StartBatchEvaluation.html */
  StartBatchEvaluation: "W||||||;",
  /** Grants permission to start a new browser session. Access level: Write. Resources: browser*, browser-custom*, browser-profile. https://docs.aws.amazon.com/bedrock-agentcore/latest/APIReference/API_StartBrowserSession.html */
  StartBrowserSession: "W|||3;1;,4;1;,5;0;|||;",
  /** Grants permission to start a new code interpreter session. Access level: Write. Resources: code-interpreter*, code-interpreter-custom*. https://docs.aws.amazon.com/bedrock-agentcore/latest/APIReference/API_StartCodeInterpreterSession.html */
  StartCodeInterpreterSession: "W|||6;1;,7;1;|||InvokeCodeInterpreter,;",
  /** Grants permission to start memory extraction job. Access level: Write. Resources: memory*. https://docs.aws.amazon.com/bedrock-agentcore/latest/APIReference/API_StartMemoryExtractionJob.html */
  StartMemoryExtractionJob: "W|||12;1;|11,14,15||;",
  /** Grants permission to start an AI-powered policy generation request. Access level: Write. Resources: policy-engine*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_StartPolicyGeneration.html */
  StartPolicyGeneration: "W|||18;1;|||;",
  /** Grants permission to start a recommendation. Access level: Write. https://docs.aws.amazon.com/bedrock-agentcore/latest/APIReference/API_StartRecommendation.html */
  StartRecommendation: "W||||||;",
  /** Grants permission to stop a batch evaluation. Access level: Write. Resources: batch-evaluate*. https://docs.aws.amazon.com/bedrock-agentcore/latest/APIReference/API_StopBatchEvaluation.html */
  StopBatchEvaluation: "W|||2;1;|||;",
  /** Grants permission to stop a browser session. Access level: Write. Resources: browser*, browser-custom*. https://docs.aws.amazon.com/bedrock-agentcore/latest/APIReference/API_StopBrowserSession.html */
  StopBrowserSession: "W|||3;1;,4;1;|||;",
  /** Grants permission to stop a code interpreter session. Access level: Write. Resources: code-interpreter*, code-interpreter-custom*. https://docs.aws.amazon.com/bedrock-agentcore/latest/APIReference/API_StopCodeInterpreterSession.html */
  StopCodeInterpreterSession: "W|||6;1;,7;1;|||;",
  /** Grants permission to stop a runtime session. Access level: Write. Resources: runtime*, runtime-endpoint*. https://docs.aws.amazon.com/bedrock-agentcore/latest/APIReference/API_StopRuntimeSession.html */
  StopRuntimeSession: "W|||23;1;,24;1;|||;",
  /** Grants permission to submit a registry record for approval. Access level: Write. Resources: registry-record*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_SubmitRegistryRecordForApproval.html */
  SubmitRegistryRecordForApproval: "W|||22;1;|||;",
  /** Grants permission to enable search on gateways. Access level: Permissions management. Resources: gateway*. Permission only. https://docs.aws.amazon.com/bedrock-agentcore/latest/APIReference/welcome.html */
  SynchronizeGatewayTargets: "P||1|10;1;|||CreateGateway,CreateGatewayTarget,;,UpdateGatewayTarget",
  /** Grants permission to Tag a Bedrock-AgentCore resource. Access level: Tagging. Resources: apikeycredentialprovider, browser-custom, browser-profile, code-interpreter-custom, evaluator, gateway, harness, memory, oauth2credentialprovider, online-evaluation-config, payment-manager, paymentcredentialprovider, policy-engine, runtime, runtime-endpoint, token-vault, workload-identity, workload-identity-directory. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_TagResource.html */
  TagResource:
    "T|||1;0;,4;0;,5;0;,7;0;,9;0;,10;0;,11;0;,12;0;,13;0;,14;0;,15;0;,16;0;,18;0;,23;0;,24;0;,25;0;,26;0;,27;0;|0,2||CreateAgentRuntime,CreateAgentRuntimeEndpoint,CreateApiKeyCredentialProvider,CreateBrowser,CreateBrowserProfile,CreateCodeInterpreter,CreateDataset,CreateEvaluator,CreateGateway,CreateHarness,CreateMemory,CreateOauth2CredentialProvider,CreateOnlineEvaluationConfig,CreatePaymentCredentialProvider,CreatePaymentManager,CreateRegistry,CreateRegistryRecord,CreateWorkloadIdentity,;",
  /** Grants permission to Untag a Bedrock-AgentCore resource. Access level: Tagging. Resources: apikeycredentialprovider, browser-custom, browser-profile, code-interpreter-custom, evaluator, gateway, harness, memory, oauth2credentialprovider, online-evaluation-config, payment-manager, paymentcredentialprovider, policy-engine, runtime, runtime-endpoint, token-vault, workload-identity, workload-identity-directory. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_UntagResource.html */
  UntagResource:
    "T|||1;0;,4;0;,5;0;,7;0;,9;0;,10;0;,11;0;,12;0;,13;0;,14;0;,15;0;,16;0;,18;0;,23;0;,24;0;,25;0;,26;0;,27;0;|2||;",
  /** Grants permission to update an A/B test. Access level: Write. Resources: ab-test*. https://docs.aws.amazon.com/bedrock-agentcore/latest/APIReference/API_UpdateABTest.html */
  UpdateABTest: "W|||0;1;||3|;",
  /** Grants permission to update an agent runtime. Access level: Write. Resources: runtime*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_UpdateAgentRuntime.html */
  UpdateAgentRuntime: "W|||23;1;|10,13,16|3|;",
  /** Grants permission to update an agent runtime endpoint. Access level: Write. Resources: runtime*, runtime-endpoint*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_UpdateAgentRuntimeEndpoint.html */
  UpdateAgentRuntimeEndpoint: "W|||23;1;,24;1;|||;",
  /** Grants permission to update an existing API Key Credential Provider. Access level: Write. Resources: apikeycredentialprovider*, token-vault*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_UpdateApiKeyCredentialProvider.html */
  UpdateApiKeyCredentialProvider: "W|||1;1;,25;1;|||;",
  /** Grants permission to update the status of browser session stream. Access level: Write. Resources: browser*, browser-custom*. https://docs.aws.amazon.com/bedrock-agentcore/latest/APIReference/API_UpdateBrowserStream.html */
  UpdateBrowserStream: "W|||3;1;,4;1;|||;",
  /** Grants permission to update a configuration bundle. Access level: Write. Resources: configuration-bundle*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_UpdateConfigurationBundle.html */
  UpdateConfigurationBundle: "W|||8;1;|||;",
  /** Grants permission to update an evaluator. Access level: Write. Resources: evaluator*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_UpdateEvaluator.html */
  UpdateEvaluator: "W|||9;1;|||;",
  /** Grants permission to update an existing gateway. Access level: Write. Resources: gateway*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_UpdateGateway.html */
  UpdateGateway: "W|||10;1;||3|;",
  /** Grants permission to update an existing gateway rule. Access level: Write. Resources: gateway*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_UpdateGatewayRule.html */
  UpdateGatewayRule: "W|||10;1;|||;",
  /** Grants permission to update an existing gateway target. Access level: Write. Resources: gateway*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_UpdateGatewayTarget.html */
  UpdateGatewayTarget: "W|||10;1;||1|;",
  /** Grants permission to update a harness. Access level: Write. Resources: harness*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_UpdateHarness.html */
  UpdateHarness: "W|||11;1;||0,bedrock-agentcore:UpdateAgentRuntime,3|;",
  /** Grants permission to update a Memory resource. Access level: Write. Resources: memory*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_UpdateMemory.html */
  UpdateMemory: "W|||12;1;||3|;",
  /** Grants permission to update an existing OAuth2 Credential Provider. Access level: Write. Resources: oauth2credentialprovider*, token-vault*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_UpdateOauth2CredentialProvider.html */
  UpdateOauth2CredentialProvider: "W|||13;1;,25;1;|||;",
  /** Grants permission to update an online evaluation configuration. Access level: Write. Resources: online-evaluation-config*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_UpdateOnlineEvaluationConfig.html */
  UpdateOnlineEvaluationConfig: "W|||14;1;||3|;",
  /** Grants permission to update an existing payment connector. Access level: Write. Resources: payment-manager*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_UpdatePaymentConnector.html */
  UpdatePaymentConnector: "W|||15;1;|||;",
  /** Grants permission to update an existing Payment Credential Provider. Access level: Write. Resources: paymentcredentialprovider*, token-vault*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_UpdatePaymentCredentialProvider.html */
  UpdatePaymentCredentialProvider: "W|||16;1;,25;1;|||;",
  /** Grants permission to update an existing payment manager. Access level: Write. Resources: payment-manager*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_UpdatePaymentManager.html */
  UpdatePaymentManager: "W|||15;1;||3|;",
  /** Grants permission to update an existing policy. Access level: Write. Resources: policy*, policy-engine*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_UpdatePolicy.html */
  UpdatePolicy: "W|||17;1;,18;1;|||;",
  /** Grants permission to update a policy engine. Access level: Write. Resources: policy-engine*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_UpdatePolicyEngine.html */
  UpdatePolicyEngine: "W|||18;1;|||;",
  /** Grants permission to update an existing registry. Access level: Write. Resources: registry*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_UpdateRegistry.html */
  UpdateRegistry: "W|||21;1;|||;",
  /** Grants permission to update an existing registry record. Access level: Write. Resources: registry-record*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_UpdateRegistryRecord.html */
  UpdateRegistryRecord: "W|||22;1;||3|;",
  /** Grants permission to update the status of a registry record. Access level: Write. Resources: registry-record*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_UpdateRegistryRecordStatus.html */
  UpdateRegistryRecordStatus: "W|||22;1;|||;",
  /** Grants permission to update the metadata of an existing Workload Identity. Access level: Write. Resources: workload-identity*, workload-identity-directory*. https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_UpdateWorkloadIdentity.html */
  UpdateWorkloadIdentity: "W|||26;1;,27;1;|||;",
} as const;
const actionDetails = {
  AllowVendedLogDeliveryForResource: "|,;~|Grants permission to configure vended telemetry for a resource",
  AuthorizeAction: "|,;~|Grants permission to evaluate Cedar policies for authorization requests",
  BatchCreateMemoryRecords: "|,;~~bedrock-agentcore~|Grants permission to create one or more memory records",
  BatchDeleteMemoryRecords: "|,;~~bedrock-agentcore~|Grants permission to delete one or more memory records",
  BatchUpdateMemoryRecords: "|,;~~bedrock-agentcore~|Grants permission to update one or more memory records",
  CompleteResourceTokenAuth:
    "|,;~~bedrock-agentcore~|Grants permission to retrieve access token with OAuth2 for 3LO flow to access external resource",
  ConnectBrowserAutomationStream: "|,;~|Grants permission to connect to a browser automation stream",
  ConnectBrowserLiveViewStream: "|,;~|Grants permission to connect to a browser live view stream",
  CreateABTest: "|,;~|Grants permission to create an A/B test",
  CreateAgentRuntime: "|,;~~~|Grants permission to create a new agent runtime",
  CreateAgentRuntimeEndpoint: "|,;~~~,~~|Grants permission to create a new agent runtime endpoint",
  CreateApiKeyCredentialProvider: "|,;~~~|Grants permission to create a new API Key Credential Provider",
  CreateBrowser: "|,;~~~|Grants permission to create a new custom browser",
  CreateBrowserProfile: "|,;~~~|Grants permission to create a new browser profile",
  CreateCodeInterpreter: "|,;~~~|Grants permission to create a new custom code interpreter",
  CreateConfigurationBundle: "|,;~~~|Grants permission to create a new configuration bundle",
  CreateEvaluator: "|,;~~~|Grants permission to create a new evaluator",
  CreateEvent: "|,;~~bedrock-agentcore~|Grants permission to create an Event",
  CreateGateway: "|,;~~~|Grants permission to create a new gateway",
  CreateGatewayRule: "|,;~~~|Grants permission to create a new rule in an existing gateway",
  CreateGatewayTarget: "|,;~~~|Grants permission to create a new target in an existing gateway",
  CreateHarness: "|,;~~~|Grants permission to create a new harness",
  CreateMemory: "|,;~~~|Grants permission to create a Memory resource",
  CreateOauth2CredentialProvider:
    "|,;~~~|Grants permission to create a new Credential Provider to access external resources with OAuth2 protocol",
  CreateOnlineEvaluationConfig: "|,;~~~|Grants permission to create a new online evaluation configuration",
  CreatePaymentConnector: "|,;~~~|Grants permission to create a new payment connector under a payment manager",
  CreatePaymentCredentialProvider: "|,;~~~|Grants permission to create a new Payment Credential Provider",
  CreatePaymentInstrument: "|,;~~bedrock-agentcore~|Grants permission to create a new payment instrument",
  CreatePaymentManager: "|,;~~~|Grants permission to create a new payment manager",
  CreatePaymentSession: "|,;~~bedrock-agentcore~|Grants permission to create a new payment session",
  CreatePolicy: "|,;~~~|Grants permission to create a new policy within a policy engine",
  CreatePolicyEngine: "|,;~~~|Grants permission to create a new policy engine",
  CreateRegistry: "|,;~~~|Grants permission to create a new registry",
  CreateRegistryRecord: "|,;~~~|Grants permission to create a new registry record",
  CreateWorkloadIdentity: "|,;~~~|Grants permission to create a new Workload Identity",
  DeleteABTest: "|,;~~bedrock-agentcore~|Grants permission to delete an A/B test",
  DeleteAgentRuntime: "|,;~~~|Grants permission to delete an agent runtime",
  DeleteAgentRuntimeEndpoint: "|,;~~~,~~|Grants permission to delete an agent runtime endpoint",
  DeleteApiKeyCredentialProvider: "|,;~~~|Grants permission to delete a registered API Key Credential Provider",
  DeleteBatchEvaluation: "|,;~~bedrock-agentcore~|Grants permission to delete a batch evaluation",
  DeleteBrowser: "|,;~~~|Grants permission to delete a custom browser",
  DeleteBrowserProfile: "|,;~~~|Grants permission to delete a browser profile",
  DeleteCodeInterpreter: "|,;~~~|Grants permission to delete a custom code interpreter",
  DeleteConfigurationBundle: "|,;~~~|Grants permission to delete a configuration bundle",
  DeleteEvaluator: "|,;~~~|Grants permission to delete an evaluator",
  DeleteEvent: "|,;~~bedrock-agentcore~|Grants permission to delete an Event",
  DeleteGateway: "|,;~~~|Grants permission to delete an existing gateway",
  DeleteGatewayRule: "|,;~~~|Grants permission to delete an existing gateway rule",
  DeleteGatewayTarget: "|,;~~~|Grants permission to delete an existing gateway target",
  DeleteHarness: "|,;~~~|Grants permission to delete a harness",
  DeleteMemory: "|,;~~~|Grants permission to delete a Memory resource",
  DeleteMemoryRecord: "|,;~~bedrock-agentcore~|Grants permission to delete a Memory Record",
  DeleteOauth2CredentialProvider: "|,;~~~|Grants permission to delete a registered OAuth2 Credential Provider",
  DeleteOnlineEvaluationConfig: "|,;~~~|Grants permission to delete an online evaluation configuration",
  DeletePaymentConnector: "|,;~~~|Grants permission to delete a payment connector",
  DeletePaymentCredentialProvider: "|,;~~~|Grants permission to delete a registered Payment Credential Provider",
  DeletePaymentInstrument: "|,;~~bedrock-agentcore~|Grants permission to delete a payment instrument",
  DeletePaymentManager: "|,;~~~|Grants permission to delete a payment manager",
  DeletePaymentSession: "|,;~~bedrock-agentcore~|Grants permission to delete a payment session",
  DeletePolicy: "|,;~~~|Grants permission to delete a policy",
  DeletePolicyEngine: "|,;~~~|Grants permission to delete a policy engine",
  DeleteRecommendation: "|,;~~bedrock-agentcore~|Grants permission to delete a recommendation",
  DeleteRegistry: "|,;~~~|Grants permission to delete an existing registry",
  DeleteRegistryRecord: "|,;~~~|Grants permission to delete an existing registry record",
  DeleteResourcePolicy: "|,;~~~|Grants permission to delete the resource-based policy for a Bedrock resource",
  DeleteWorkloadIdentity: "|,;~~~,~~|Grants permission to delete a registered Workload Identity",
  Evaluate: "|,;~~bedrock-agentcore~|Grants permission to run an evaluation using an evaluator",
  GetABTest: "|,;~~bedrock-agentcore~|Grants permission to get details of an A/B test",
  GetAgentCard: "|,;~~bedrock-agentcore~|Grants permission to retrieve an agent card for A2A",
  GetAgentRuntime: "|,;~~~|Grants permission to get details of an agent runtime",
  GetAgentRuntimeEndpoint: "|,;~~~|Grants permission to get details of an agent runtime endpoint",
  GetApiKeyCredentialProvider: "|,;~~~|Grants permission to fetch a registered API Key Credential Provider by its name",
  GetBatchEvaluation: "|,;~~bedrock-agentcore~|Grants permission to get details of a batch evaluation",
  GetBrowser: "|,;~~~|Grants permission to get details of a browser",
  GetBrowserProfile: "|,;~~~|Grants permission to get details of a browser profile",
  GetBrowserSession: "|,;~~bedrock-agentcore~|Grants permission to get details of a browser session",
  GetCodeInterpreter: "|,;~~~|Grants permission to get details of a code interpreter",
  GetCodeInterpreterSession: "|,;~~bedrock-agentcore~|Grants permission to get details of a code interpreter session",
  GetConfigurationBundle: "|,;~~~|Grants permission to get details of a configuration bundle",
  GetConfigurationBundleVersion: "|,;~~~|Grants permission to get a specific version of a configuration bundle",
  GetEvaluator: "|,;~~~|Grants permission to get details of an evaluator",
  GetEvent: "|,;~~bedrock-agentcore~|Grants permission to fetch an Event",
  GetGateway: "|,;~~~|Grants permission to retrieve an existing gateway",
  GetGatewayRule: "|,;~~~|Grants permission to retrieve an existing gateway rule",
  GetGatewayTarget: "|,;~~~|Grants permission to retrieve an existing gateway target",
  GetHarness: "|,;~~~|Grants permission to get details of a harness",
  GetMemory: "|,;~~~|Grants permission to fetch details for a Memory resource",
  GetMemoryRecord: "|,;~~bedrock-agentcore~|Grants permission to fetch a Memory Record",
  GetOauth2CredentialProvider: "|,;~~~|Grants permission to fetch a registered OAuth2 Credential Provider by its name",
  GetOnlineEvaluationConfig: "|,;~~~|Grants permission to get details of an online evaluation configuration",
  GetPaymentConnector: "|,;~~~|Grants permission to retrieve details of a payment connector",
  GetPaymentCredentialProvider:
    "|,;~~~|Grants permission to fetch a registered Payment Credential Provider by its name",
  GetPaymentInstrument: "|,;~~bedrock-agentcore~|Grants permission to retrieve details of a payment instrument",
  GetPaymentInstrumentBalance:
    "|,;~~bedrock-agentcore~|Grants permission to retrieve the balance of a payment instrument",
  GetPaymentManager: "|,;~~~|Grants permission to retrieve details of a payment manager",
  GetPaymentSession: "|,;~~bedrock-agentcore~|Grants permission to retrieve details of a payment session",
  GetPolicy: "|,;~~~|Grants permission to retrieve a policy",
  GetPolicyEngine: "|,;~~~|Grants permission to retrieve a policy engine",
  GetPolicyEngineSummary: "|,;~~~|Grants permission to retrieve a summary of a policy engine",
  GetPolicyGeneration: "|,;~~~|Grants permission to retrieve status and results of a policy generation request",
  GetPolicyGenerationSummary: "|,;~~~|Grants permission to retrieve a summary of a policy generation request",
  GetPolicySummary: "|,;~~~|Grants permission to retrieve a summary of a policy",
  GetRecommendation: "|,;~~bedrock-agentcore~|Grants permission to get details of a recommendation",
  GetRegistry: "|,;~~~|Grants permission to retrieve an existing registry",
  GetRegistryRecord: "|,;~~~|Grants permission to retrieve an existing registry record",
  GetResourceApiKey:
    "|,;~~bedrock-agentcore~|Grants permission to retrieve an API Key associated with an Api Key Credential Provider",
  GetResourceOauth2Token:
    "|,;~~bedrock-agentcore~|Grants permission to retrieve access token with OAuth2 2LO or 3LO flow to access external resource",
  GetResourcePaymentToken:
    "|,;~~bedrock-agentcore~|Grants permission to retrieve a payment authentication token associated with a Payment Credential Provider",
  GetResourcePolicy: "|,;~~~|Grants permission to retrieve the resource-based policy for a Bedrock resource",
  GetTokenVault:
    "|,;~~~|Grants permission to fetch the current configuration of the TokenVault, including encryption settings",
  GetWorkloadAccessToken:
    "|,;~~bedrock-agentcore~|Grants permission to retrieve an Workload access token for agentic workloads not acting on behalf of a user",
  GetWorkloadAccessTokenForJWT:
    "|,;~~bedrock-agentcore~|Grants permission to retrieve an Workload access token for agentic workloads acting on behalf of user with JWT token",
  GetWorkloadAccessTokenForUserId:
    "|,;~~bedrock-agentcore~|Grants permission to retrieve an Workload access token for agentic workloads acting on behalf of user with User Id",
  GetWorkloadIdentity:
    "|,;~~~|Grants permission to fetch details for a specific Workload identity, including its name and allowed OAuth2 return URLs",
  InvokeAgentRuntime:
    "|,;~~bedrock-agentcore~,~bedrock-agentcore~|Grants permission to invoke an agent runtime endpoint",
  InvokeAgentRuntimeCommand:
    "|,;~~bedrock-agentcore~|Grants permission to invoke commands on an agent runtime endpoint",
  InvokeAgentRuntimeForUser:
    "|,;~~bedrock-agentcore~|Grants permission to invoke an agent runtime endpoint with X-Amzn-Bedrock-AgentCore-Runtime-User-Id header",
  InvokeAgentRuntimeWithWebSocketStream:
    "|,;~|Grants permission to invoke an agent runtime endpoint with WebSocket stream",
  InvokeAgentRuntimeWithWebSocketStreamForUser:
    "|,;~|Grants permission to invoke an agent runtime endpoint with WebSocket stream and with X-Amzn-Bedrock-AgentCore-Runtime-User-Id header",
  InvokeCodeInterpreter: "|,;~~bedrock-agentcore~|Grants permission to invoke a code interpreter session",
  InvokeGateway: "|,;~|Grants permission to invoke a gateway",
  InvokeHarness: "|,;~~bedrock-agentcore~|Grants permission to invoke a harness",
  InvokeRegistryMcp: "|,;~|Grants permission to invoke an MCP operation against an existing registry",
  ListABTests: "|,;~~bedrock-agentcore~|Grants permission to list A/B tests",
  ListActors: "|,;~~bedrock-agentcore~|Grants permission to list Actors",
  ListAgentRuntimeEndpoints: "|,;~~~|Grants permission to list agent runtime endpoints",
  ListAgentRuntimeVersions: "|,;~~~|Grants permission to list agent runtime versions",
  ListAgentRuntimes: "|,;~~~|Grants permission to list agent runtimes",
  ListApiKeyCredentialProviders: "|,;~~~|Grants permission to list all API Key Credential Providers in the Token Vault",
  ListBatchEvaluations: "|,;~~bedrock-agentcore~|Grants permission to list batch evaluations",
  ListBrowserProfiles: "|,;~~~|Grants permission to list browser profiles",
  ListBrowserSessions: "|,;~~bedrock-agentcore~|Grants permission to list browser sessions",
  ListBrowsers: "|,;~~~|Grants permission to list browsers",
  ListCodeInterpreterSessions: "|,;~~bedrock-agentcore~|Grants permission to list code interpreter sessions",
  ListCodeInterpreters: "|,;~~~|Grants permission to list code interpreters",
  ListConfigurationBundleVersions: "|,;~~~|Grants permission to list versions of a configuration bundle",
  ListConfigurationBundles: "|,;~~~|Grants permission to list configuration bundles",
  ListEvaluators: "|,;~~~|Grants permission to list evaluators",
  ListEvents: "|,;~~bedrock-agentcore~|Grants permission to list events",
  ListGatewayRules: "|,;~~~|Grants permission to list existing gateway rules",
  ListGatewayTargets: "|,;~~~|Grants permission to list existing gateway targets",
  ListGateways: "|,;~~~|Grants permission to list existing gateways",
  ListHarnesses: "|,;~~~|Grants permission to list harnesses",
  ListMemories: "|,;~~~|Grants permission to list memory resources",
  ListMemoryExtractionJobs: "|,;~~bedrock-agentcore~|Grants permission to list extraction jobs for this memory",
  ListMemoryRecords: "|,;~~bedrock-agentcore~|Grants permission to list memory records",
  ListOauth2CredentialProviders: "|,;~~~|Grants permission to list all OAuth2 Credential Providers in the Token Vault",
  ListOnlineEvaluationConfigs: "|,;~~~|Grants permission to list online evaluation configurations",
  ListPaymentConnectors: "|,;~~~|Grants permission to list payment connectors under a payment manager",
  ListPaymentCredentialProviders:
    "|,;~~~|Grants permission to list all Payment Credential Providers in the Token Vault",
  ListPaymentInstruments: "|,;~~bedrock-agentcore~|Grants permission to list payment instruments",
  ListPaymentManagers: "|,;~~~|Grants permission to list payment managers",
  ListPaymentSessions: "|,;~~bedrock-agentcore~|Grants permission to list payment sessions",
  ListPolicies: "|,;~~~|Grants permission to list policies within a policy engine",
  ListPolicyEngineSummaries: "|,;~~~|Grants permission to list policy engine summaries",
  ListPolicyEngines: "|,;~~~|Grants permission to list policy engines",
  ListPolicyGenerationAssets: "|,;~~~|Grants permission to list generated policy assets from a generation request",
  ListPolicyGenerationSummaries: "|,;~~~|Grants permission to list policy generation summaries",
  ListPolicyGenerations: "|,;~~~|Grants permission to list policy generation requests",
  ListPolicySummaries: "|,;~~~|Grants permission to list policy summaries within a policy engine",
  ListRecommendations: "|,;~~bedrock-agentcore~|Grants permission to list recommendations",
  ListRegistries: "|,;~~~|Grants permission to list existing registries",
  ListRegistryRecords: "|,;~~~|Grants permission to list existing registry records in a registry",
  ListSessions: "|,;~~bedrock-agentcore~|Grants permission to list sessions",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for a Bedrock-AgentCore resource",
  ListWorkloadIdentities: "|,;~~~|Grants permission to list all Workload Identities in the caller's AWS account",
  ManageAdminPolicy: "|,;~|Grants permission to create or modify wildcard policies that apply to gateway resources",
  ManageResourceScopedPolicy:
    "|,;~|Grants permission to create or modify policies that apply to specific gateway resources",
  PartiallyAuthorizeActions:
    "|,;~|Grants permission to perform partial evaluation of Cedar policies to authorize a caller to list tools they are allowed to call",
  ProcessPayment: "|,;~~bedrock-agentcore~|Grants permission to process a payment transaction",
  PutResourcePolicy: "|,;~~~|Grants permission to create or update the resource-based policy for a Bedrock resource",
  RetrieveMemoryRecords: "|,;~~bedrock-agentcore~|Grants permission to retrieve memory records through sematic query",
  SaveBrowserSessionProfile: "|,;~~bedrock-agentcore~|Grants permission to save a browser session profile",
  SearchRegistryRecords: "|,;~~bedrock-agentcore~|Grants permission to search for registry records",
  SetTokenVaultCMK:
    "|,;~~~|Grants permission to associate a Customer Managed Key (CMK) or a Service Managed Key with a specific TokenVault",
  StartBatchEvaluation: "|,;~~bedrock-agentcore~|Grants permission to start a batch evaluation",
  StartBrowserSession: "|,;~~bedrock-agentcore~|Grants permission to start a new browser session",
  StartCodeInterpreterSession:
    "|,;~~bedrock-agentcore~,~bedrock-agentcore~|Grants permission to start a new code interpreter session",
  StartMemoryExtractionJob: "|,;~~bedrock-agentcore~|Grants permission to start memory extraction job",
  StartPolicyGeneration: "|,;~~~|Grants permission to start an AI-powered policy generation request",
  StartRecommendation: "|,;~~bedrock-agentcore~|Grants permission to start a recommendation",
  StopBatchEvaluation: "|,;~~bedrock-agentcore~|Grants permission to stop a batch evaluation",
  StopBrowserSession: "|,;~~bedrock-agentcore~|Grants permission to stop a browser session",
  StopCodeInterpreterSession: "|,;~~bedrock-agentcore~|Grants permission to stop a code interpreter session",
  StopRuntimeSession: "|,;~~bedrock-agentcore~|Grants permission to stop a runtime session",
  SubmitRegistryRecordForApproval: "|,;~~~|Grants permission to submit a registry record for approval",
  SynchronizeGatewayTargets: "|,;~~~,~~,~~,~~|Grants permission to enable search on gateways",
  TagResource:
    "|,;~~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~|Grants permission to Tag a Bedrock-AgentCore resource",
  UntagResource: "|,;~~~|Grants permission to Untag a Bedrock-AgentCore resource",
  UpdateABTest: "|,;~~bedrock-agentcore~|Grants permission to update an A/B test",
  UpdateAgentRuntime: "|,;~~~|Grants permission to update an agent runtime",
  UpdateAgentRuntimeEndpoint: "|,;~~~|Grants permission to update an agent runtime endpoint",
  UpdateApiKeyCredentialProvider: "|,;~~~|Grants permission to update an existing API Key Credential Provider",
  UpdateBrowserStream: "|,;~~bedrock-agentcore~|Grants permission to update the status of browser session stream",
  UpdateConfigurationBundle: "|,;~~~|Grants permission to update a configuration bundle",
  UpdateEvaluator: "|,;~~~|Grants permission to update an evaluator",
  UpdateGateway: "|,;~~~|Grants permission to update an existing gateway",
  UpdateGatewayRule: "|,;~~~|Grants permission to update an existing gateway rule",
  UpdateGatewayTarget: "|,;~~~|Grants permission to update an existing gateway target",
  UpdateHarness: "|,;~~~|Grants permission to update a harness",
  UpdateMemory: "|,;~~~|Grants permission to update a Memory resource",
  UpdateOauth2CredentialProvider: "|,;~~~|Grants permission to update an existing OAuth2 Credential Provider",
  UpdateOnlineEvaluationConfig: "|,;~~~|Grants permission to update an online evaluation configuration",
  UpdatePaymentConnector: "|,;~~~|Grants permission to update an existing payment connector",
  UpdatePaymentCredentialProvider: "|,;~~~|Grants permission to update an existing Payment Credential Provider",
  UpdatePaymentManager: "|,;~~~|Grants permission to update an existing payment manager",
  UpdatePolicy: "|,;~~~|Grants permission to update an existing policy",
  UpdatePolicyEngine: "|,;~~~|Grants permission to update a policy engine",
  UpdateRegistry: "|,;~~~|Grants permission to update an existing registry",
  UpdateRegistryRecord: "|,;~~~|Grants permission to update an existing registry record",
  UpdateRegistryRecordStatus: "|,;~~~|Grants permission to update the status of a registry record",
  UpdateWorkloadIdentity: "|,;~~~|Grants permission to update the metadata of an existing Workload Identity",
};
const resourceTypeFacts = {
  /** The ab-test resource type: arn:${Partition}:bedrock-agentcore:${Region}:${Account}:ab-test/${ABTestId} */
  "ab-test": "|,abTest|",
  /** The apikeycredentialprovider resource type: arn:${Partition}:bedrock-agentcore:${Region}:${Account}:token-vault/${TokenVaultId}/apikeycredentialprovider/${Name} */
  apikeycredentialprovider: "|,|1",
  /** The batch-evaluate resource type: arn:${Partition}:bedrock-agentcore:${Region}:${Account}:batch-evaluate/${BatchEvaluationId} */
  "batch-evaluate": "|,batchEvaluate|",
  /** The browser resource type: arn:${Partition}:bedrock-agentcore:${Region}:aws:browser/${BrowserId} */
  browser: "|,|",
  /** The browser-custom resource type: arn:${Partition}:bedrock-agentcore:${Region}:${Account}:browser-custom/${BrowserId} */
  "browser-custom": "|,browserCustom|1",
  /** The browser-profile resource type: arn:${Partition}:bedrock-agentcore:${Region}:${Account}:browser-profile/${BrowserProfileId} */
  "browser-profile": "|,browserProfile|1",
  /** The code-interpreter resource type: arn:${Partition}:bedrock-agentcore:${Region}:aws:code-interpreter/${CodeInterpreterId} */
  "code-interpreter": "|,codeInterpreter|",
  /** The code-interpreter-custom resource type: arn:${Partition}:bedrock-agentcore:${Region}:${Account}:code-interpreter-custom/${CodeInterpreterId} */
  "code-interpreter-custom": "|,codeInterpreterCustom|1",
  /** The configuration-bundle resource type: arn:${Partition}:bedrock-agentcore:${Region}:${Account}:configuration-bundle/${ConfigurationBundleId} */
  "configuration-bundle": "|,configurationBundle|",
  /** The evaluator resource type: arn:${Partition}:bedrock-agentcore:${Region}:${Account}:evaluator/${EvaluatorId} */
  evaluator: "|,|1",
  /** The gateway resource type: arn:${Partition}:bedrock-agentcore:${Region}:${Account}:gateway/${GatewayId} */
  gateway: "|,|1",
  /** The harness resource type: arn:${Partition}:bedrock-agentcore:${Region}:${Account}:harness/${HarnessId} */
  harness: "|,|1",
  /** The memory resource type: arn:${Partition}:bedrock-agentcore:${Region}:${Account}:memory/${MemoryId} */
  memory: "|,|1",
  /** The oauth2credentialprovider resource type: arn:${Partition}:bedrock-agentcore:${Region}:${Account}:token-vault/${TokenVaultId}/oauth2credentialprovider/${Name} */
  oauth2credentialprovider: "|,|1",
  /** The online-evaluation-config resource type: arn:${Partition}:bedrock-agentcore:${Region}:${Account}:online-evaluation-config/${OnlineEvaluationConfigId} */
  "online-evaluation-config": "|,onlineEvaluationConfig|1",
  /** The payment-manager resource type: arn:${Partition}:bedrock-agentcore:${Region}:${Account}:payment-manager/${PaymentManagerId} */
  "payment-manager": "|,paymentManager|1",
  /** The paymentcredentialprovider resource type: arn:${Partition}:bedrock-agentcore:${Region}:${Account}:token-vault/${TokenVaultId}/paymentcredentialprovider/${Name} */
  paymentcredentialprovider: "|,|1",
  /** The policy resource type: arn:${Partition}:bedrock-agentcore:${Region}:${Account}:policy-engine/${PolicyEngineId}/policy/${PolicyId} */
  policy: "|,|",
  /** The policy-engine resource type: arn:${Partition}:bedrock-agentcore:${Region}:${Account}:policy-engine/${PolicyEngineId} */
  "policy-engine": "|,policyEngine|1",
  /** The policy-generation resource type: arn:${Partition}:bedrock-agentcore:${Region}:${Account}:policy-engine/${PolicyEngineId}/policy-generation/${PolicyGenerationId} */
  "policy-generation": "|,policyGeneration|",
  /** The recommendation resource type: arn:${Partition}:bedrock-agentcore:${Region}:${Account}:recommendation/${RecommendationId} */
  recommendation: "|,|",
  /** The registry resource type: arn:${Partition}:bedrock-agentcore:${Region}:${Account}:registry/${RegistryId} */
  registry: "|,|",
  /** The registry-record resource type: arn:${Partition}:bedrock-agentcore:${Region}:${Account}:registry/${RegistryId}/record/${RecordId} */
  "registry-record": "|,registryRecord|",
  /** The runtime resource type: arn:${Partition}:bedrock-agentcore:${Region}:${Account}:runtime/${RuntimeId} */
  runtime: "|,|1",
  /** The runtime-endpoint resource type: arn:${Partition}:bedrock-agentcore:${Region}:${Account}:runtime/${RuntimeId}/runtime-endpoint/${Name} */
  "runtime-endpoint": "|,runtimeEndpoint|1",
  /** The token-vault resource type: arn:${Partition}:bedrock-agentcore:${Region}:${Account}:token-vault/${TokenVaultId} */
  "token-vault": "|,tokenVault|1",
  /** The workload-identity resource type: arn:${Partition}:bedrock-agentcore:${Region}:${Account}:workload-identity-directory/${DirectoryId}/workload-identity/${WorkloadIdentityName} */
  "workload-identity": "|,workloadIdentity|1",
  /** The workload-identity-directory resource type: arn:${Partition}:bedrock-agentcore:${Region}:${Account}:workload-identity-directory/${DirectoryId} */
  "workload-identity-directory": "|,workloadIdentityDirectory|1",
} as const;
const arnFormats = {
  /** ARN of a ab-test resource: arn:${Partition}:bedrock-agentcore:${Region}:${Account}:ab-test/${ABTestId}. */
  abTest: "|,ab-test|arn:|Partition|:bedrock-agentcore:|Region|:|Account|:ab-test/|ABTestId,abTestId|",
  /** ARN of a apikeycredentialprovider resource: arn:${Partition}:bedrock-agentcore:${Region}:${Account}:token-vault/${TokenVaultId}/apikeycredentialprovider/${Name}. */
  apikeycredentialprovider:
    "|,apikeycredentialprovider|arn:|Partition|:bedrock-agentcore:|Region|:|Account|:token-vault/|TokenVaultId|/apikeycredentialprovider/|Name|",
  /** ARN of a batch-evaluate resource: arn:${Partition}:bedrock-agentcore:${Region}:${Account}:batch-evaluate/${BatchEvaluationId}. */
  batchEvaluate:
    "|,batch-evaluate|arn:|Partition|:bedrock-agentcore:|Region|:|Account|:batch-evaluate/|BatchEvaluationId|",
  /** ARN of a browser resource: arn:${Partition}:bedrock-agentcore:${Region}:aws:browser/${BrowserId}. */
  browser: "|,browser|arn:|Partition|:bedrock-agentcore:|Region|:aws:browser/|BrowserId|",
  /** ARN of a browser-custom resource: arn:${Partition}:bedrock-agentcore:${Region}:${Account}:browser-custom/${BrowserId}. */
  browserCustom: "|,browser-custom|arn:|Partition|:bedrock-agentcore:|Region|:|Account|:browser-custom/|BrowserId|",
  /** ARN of a browser-profile resource: arn:${Partition}:bedrock-agentcore:${Region}:${Account}:browser-profile/${BrowserProfileId}. */
  browserProfile:
    "|,browser-profile|arn:|Partition|:bedrock-agentcore:|Region|:|Account|:browser-profile/|BrowserProfileId|",
  /** ARN of a code-interpreter resource: arn:${Partition}:bedrock-agentcore:${Region}:aws:code-interpreter/${CodeInterpreterId}. */
  codeInterpreter:
    "|,code-interpreter|arn:|Partition|:bedrock-agentcore:|Region|:aws:code-interpreter/|CodeInterpreterId|",
  /** ARN of a code-interpreter-custom resource: arn:${Partition}:bedrock-agentcore:${Region}:${Account}:code-interpreter-custom/${CodeInterpreterId}. */
  codeInterpreterCustom:
    "|,code-interpreter-custom|arn:|Partition|:bedrock-agentcore:|Region|:|Account|:code-interpreter-custom/|CodeInterpreterId|",
  /** ARN of a configuration-bundle resource: arn:${Partition}:bedrock-agentcore:${Region}:${Account}:configuration-bundle/${ConfigurationBundleId}. */
  configurationBundle:
    "|,configuration-bundle|arn:|Partition|:bedrock-agentcore:|Region|:|Account|:configuration-bundle/|ConfigurationBundleId|",
  /** ARN of a evaluator resource: arn:${Partition}:bedrock-agentcore:${Region}:${Account}:evaluator/${EvaluatorId}. */
  evaluator: "|,evaluator|arn:|Partition|:bedrock-agentcore:|Region|:|Account|:evaluator/|EvaluatorId|",
  /** ARN of a gateway resource: arn:${Partition}:bedrock-agentcore:${Region}:${Account}:gateway/${GatewayId}. */
  gateway: "|,gateway|arn:|Partition|:bedrock-agentcore:|Region|:|Account|:gateway/|GatewayId|",
  /** ARN of a harness resource: arn:${Partition}:bedrock-agentcore:${Region}:${Account}:harness/${HarnessId}. */
  harness: "|,harness|arn:|Partition|:bedrock-agentcore:|Region|:|Account|:harness/|HarnessId|",
  /** ARN of a memory resource: arn:${Partition}:bedrock-agentcore:${Region}:${Account}:memory/${MemoryId}. */
  memory: "|,memory|arn:|Partition|:bedrock-agentcore:|Region|:|Account|:memory/|MemoryId|",
  /** ARN of a oauth2credentialprovider resource: arn:${Partition}:bedrock-agentcore:${Region}:${Account}:token-vault/${TokenVaultId}/oauth2credentialprovider/${Name}. */
  oauth2credentialprovider:
    "|,oauth2credentialprovider|arn:|Partition|:bedrock-agentcore:|Region|:|Account|:token-vault/|TokenVaultId|/oauth2credentialprovider/|Name|",
  /** ARN of a online-evaluation-config resource: arn:${Partition}:bedrock-agentcore:${Region}:${Account}:online-evaluation-config/${OnlineEvaluationConfigId}. */
  onlineEvaluationConfig:
    "|,online-evaluation-config|arn:|Partition|:bedrock-agentcore:|Region|:|Account|:online-evaluation-config/|OnlineEvaluationConfigId|",
  /** ARN of a payment-manager resource: arn:${Partition}:bedrock-agentcore:${Region}:${Account}:payment-manager/${PaymentManagerId}. */
  paymentManager:
    "|,payment-manager|arn:|Partition|:bedrock-agentcore:|Region|:|Account|:payment-manager/|PaymentManagerId|",
  /** ARN of a paymentcredentialprovider resource: arn:${Partition}:bedrock-agentcore:${Region}:${Account}:token-vault/${TokenVaultId}/paymentcredentialprovider/${Name}. */
  paymentcredentialprovider:
    "|,paymentcredentialprovider|arn:|Partition|:bedrock-agentcore:|Region|:|Account|:token-vault/|TokenVaultId|/paymentcredentialprovider/|Name|",
  /** ARN of a policy resource: arn:${Partition}:bedrock-agentcore:${Region}:${Account}:policy-engine/${PolicyEngineId}/policy/${PolicyId}. */
  policy:
    "|,policy|arn:|Partition|:bedrock-agentcore:|Region|:|Account|:policy-engine/|PolicyEngineId|/policy/|PolicyId|",
  /** ARN of a policy-engine resource: arn:${Partition}:bedrock-agentcore:${Region}:${Account}:policy-engine/${PolicyEngineId}. */
  policyEngine: "|,policy-engine|arn:|Partition|:bedrock-agentcore:|Region|:|Account|:policy-engine/|PolicyEngineId|",
  /** ARN of a policy-generation resource: arn:${Partition}:bedrock-agentcore:${Region}:${Account}:policy-engine/${PolicyEngineId}/policy-generation/${PolicyGenerationId}. */
  policyGeneration:
    "|,policy-generation|arn:|Partition|:bedrock-agentcore:|Region|:|Account|:policy-engine/|PolicyEngineId|/policy-generation/|PolicyGenerationId|",
  /** ARN of a recommendation resource: arn:${Partition}:bedrock-agentcore:${Region}:${Account}:recommendation/${RecommendationId}. */
  recommendation:
    "|,recommendation|arn:|Partition|:bedrock-agentcore:|Region|:|Account|:recommendation/|RecommendationId|",
  /** ARN of a registry resource: arn:${Partition}:bedrock-agentcore:${Region}:${Account}:registry/${RegistryId}. */
  registry: "|,registry|arn:|Partition|:bedrock-agentcore:|Region|:|Account|:registry/|RegistryId|",
  /** ARN of a registry-record resource: arn:${Partition}:bedrock-agentcore:${Region}:${Account}:registry/${RegistryId}/record/${RecordId}. */
  registryRecord:
    "|,registry-record|arn:|Partition|:bedrock-agentcore:|Region|:|Account|:registry/|RegistryId|/record/|RecordId|",
  /** ARN of a runtime resource: arn:${Partition}:bedrock-agentcore:${Region}:${Account}:runtime/${RuntimeId}. */
  runtime: "|,runtime|arn:|Partition|:bedrock-agentcore:|Region|:|Account|:runtime/|RuntimeId|",
  /** ARN of a runtime-endpoint resource: arn:${Partition}:bedrock-agentcore:${Region}:${Account}:runtime/${RuntimeId}/runtime-endpoint/${Name}. */
  runtimeEndpoint:
    "|,runtime-endpoint|arn:|Partition|:bedrock-agentcore:|Region|:|Account|:runtime/|RuntimeId|/runtime-endpoint/|Name|",
  /** ARN of a token-vault resource: arn:${Partition}:bedrock-agentcore:${Region}:${Account}:token-vault/${TokenVaultId}. */
  tokenVault: "|,token-vault|arn:|Partition|:bedrock-agentcore:|Region|:|Account|:token-vault/|TokenVaultId|",
  /** ARN of a workload-identity resource: arn:${Partition}:bedrock-agentcore:${Region}:${Account}:workload-identity-directory/${DirectoryId}/workload-identity/${WorkloadIdentityName}. */
  workloadIdentity:
    "|,workload-identity|arn:|Partition|:bedrock-agentcore:|Region|:|Account|:workload-identity-directory/|DirectoryId|/workload-identity/|WorkloadIdentityName|",
  /** ARN of a workload-identity-directory resource: arn:${Partition}:bedrock-agentcore:${Region}:${Account}:workload-identity-directory/${DirectoryId}. */
  workloadIdentityDirectory:
    "|,workload-identity-directory|arn:|Partition|:bedrock-agentcore:|Region|:|Account|:workload-identity-directory/|DirectoryId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "ab-test",
  "apikeycredentialprovider",
  "batch-evaluate",
  "browser",
  "browser-custom",
  "browser-profile",
  "code-interpreter",
  "code-interpreter-custom",
  "configuration-bundle",
  "evaluator",
  "gateway",
  "harness",
  "memory",
  "oauth2credentialprovider",
  "online-evaluation-config",
  "payment-manager",
  "paymentcredentialprovider",
  "policy",
  "policy-engine",
  "policy-generation",
  "recommendation",
  "registry",
  "registry-record",
  "runtime",
  "runtime-endpoint",
  "token-vault",
  "workload-identity",
  "workload-identity-directory",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "bedrock-agentcore">;
/** Any bedrock-agentcore action. */
export type Action = ActionOf<typeof actionFacts, "bedrock-agentcore">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "bedrock-agentcore">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "bedrock-agentcore-control" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every bedrock-agentcore action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the authorizerType attribute on a Gateway. */
  "bedrock-agentcore:GatewayAuthorizerType": "String";
  /** Filters access by the audience claim (aud) in the JWT passed in the request. */
  "bedrock-agentcore:InboundJwtClaim/aud": "ArrayOfString";
  /** Filters access by the client_id claim in the JWT passed in the request. */
  "bedrock-agentcore:InboundJwtClaim/client_id": "String";
  /** Filters access by the issuer (iss) claim present in the JWT passed in the request. */
  "bedrock-agentcore:InboundJwtClaim/iss": "String";
  /** Filters access by the scope claim in the JWT passed in the request. */
  "bedrock-agentcore:InboundJwtClaim/scope": "ArrayOfString";
  /** Filters access by the subject claim (sub) in the JWT passed in the request. */
  "bedrock-agentcore:InboundJwtClaim/sub": "String";
  /** Filters access by KMS Key arn provided. */
  "bedrock-agentcore:KmsKeyArn": "String";
  /** Filters access by the authorizer type configured for the AgentCore runtime. */
  "bedrock-agentcore:RuntimeAuthorizerType": "String";
  /** Filters access by Actor Id. */
  "bedrock-agentcore:actorId": "String";
  /** Filters access by namespace. */
  "bedrock-agentcore:namespace": "String";
  /** Filters access by the ID of security groups configured for the AgentCore runtime. */
  "bedrock-agentcore:securityGroups": "ArrayOfString";
  /** Filters access by Session Id. */
  "bedrock-agentcore:sessionId": "String";
  /** Filters access by Memory Strategy Id. */
  "bedrock-agentcore:strategyId": "String";
  /** Filters access by the ID of subnets configured for the AgentCore runtime. */
  "bedrock-agentcore:subnets": "ArrayOfString";
  /** Filters access by the static user ID value passed in the request. */
  "bedrock-agentcore:userid": "String";
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
  "bedrock-agentcore:GatewayAuthorizerType": "|,String|0||Filters access by the authorizerType attribute on a Gateway",
  "bedrock-agentcore:InboundJwtClaim/aud":
    "|,ArrayOfString|0||Filters access by the audience claim (aud) in the JWT passed in the request",
  "bedrock-agentcore:InboundJwtClaim/client_id":
    "|,String|0||Filters access by the client_id claim in the JWT passed in the request",
  "bedrock-agentcore:InboundJwtClaim/iss":
    "|,String|0||Filters access by the issuer (iss) claim present in the JWT passed in the request",
  "bedrock-agentcore:InboundJwtClaim/scope":
    "|,ArrayOfString|0||Filters access by the scope claim in the JWT passed in the request",
  "bedrock-agentcore:InboundJwtClaim/sub":
    "|,String|0||Filters access by the subject claim (sub) in the JWT passed in the request",
  "bedrock-agentcore:KmsKeyArn": "|,String|0||Filters access by KMS Key arn provided",
  "bedrock-agentcore:RuntimeAuthorizerType":
    "|,String|0||Filters access by the authorizer type configured for the AgentCore runtime",
  "bedrock-agentcore:actorId": "|,String|0||Filters access by Actor Id",
  "bedrock-agentcore:namespace": "|,String|0||Filters access by namespace",
  "bedrock-agentcore:securityGroups":
    "|,ArrayOfString|0||Filters access by the ID of security groups configured for the AgentCore runtime",
  "bedrock-agentcore:sessionId": "|,String|0||Filters access by Session Id",
  "bedrock-agentcore:strategyId": "|,String|0||Filters access by Memory Strategy Id",
  "bedrock-agentcore:subnets":
    "|,ArrayOfString|0||Filters access by the ID of subnets configured for the AgentCore runtime",
  "bedrock-agentcore:userid": "|,String|0||Filters access by the static user ID value passed in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "bedrock-agentcore",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
