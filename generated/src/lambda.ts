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
export const prefix: "lambda" = "lambda";
/** The service's name in the reference. */
export const serviceName: "AWS Lambda" = "AWS Lambda";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  { name: "AWS Lambda", url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awslambda.html" },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "lambda:CodeSigningConfigArn",
  "lambda:EventSourceToken",
  "lambda:FunctionArn",
  "lambda:FunctionUrlAuthType",
  "lambda:InvokedViaFunctionUrl",
  "lambda:Layer",
  "lambda:Principal",
  "lambda:SecurityGroupIds",
  "lambda:SourceFunctionArn",
  "lambda:SubnetIds",
  "lambda:VpcIds",
] as const;
const dependentActionList = [
  "iam:PassRole",
  "lambda:GetLayerVersion",
  "lambda:PassCapacityProvider",
  "lambda:TagResource",
] as const;
const actionFacts = {
  /** Grants permission to add permissions to the resource-based policy of a version of an AWS Lambda layer. Access level: Permissions management. Resources: layerVersion*. https://docs.aws.amazon.com/lambda/latest/dg/API_AddLayerVersionPermission.html */
  AddLayerVersionPermission: "P|||8;1;|||;",
  /** Grants permission to give an AWS service or another account permission to use an AWS Lambda function. Access level: Permissions management. Resources: function*. https://docs.aws.amazon.com/lambda/latest/dg/API_AddPermission.html */
  AddPermission: "P|||4;1;|6,9||;",
  /** Grants permission to save the progress of an AWS Lambda durable execution. Access level: Write. Resources: durable execution*. https://docs.aws.amazon.com/lambda/latest/dg/API_CheckpointDurableExecution.html */
  CheckpointDurableExecution: "W|||2;1;|||;",
  /** Grants permission to create an alias for a Lambda function version. Access level: Write. Resources: function*. https://docs.aws.amazon.com/lambda/latest/dg/API_CreateAlias.html */
  CreateAlias: "W|||4;1;|||;",
  /** Grants permission to create an AWS Lambda capacity provider. Access level: Write. Resources: capacityProvider*. https://docs.aws.amazon.com/lambda/latest/dg/API_CreateCapacityProvider.html */
  CreateCapacityProvider: "W|||0;1;|0,2,10,12|iam:CreateServiceLinkedRole,0,kms:DescribeKey,3|;",
  /** Grants permission to create an AWS Lambda code signing config. Access level: Write. https://docs.aws.amazon.com/lambda/latest/dg/API_CreateCodeSigningConfig.html */
  CreateCodeSigningConfig: "W||||0,2|3|;",
  /** Grants permission to create a mapping between an event source and an AWS Lambda function. Access level: Write. https://docs.aws.amazon.com/lambda/latest/dg/API_CreateEventSourceMapping.html */
  CreateEventSourceMapping: "W||||0,2,5|3|;",
  /** Grants permission to create an AWS Lambda function. Access level: Write. Resources: function*. https://docs.aws.amazon.com/lambda/latest/dg/API_CreateFunction.html */
  CreateFunction: "W|||4;1;|0,2,3,8,10,12,13|0,1,2,3|;",
  /** Grants permission to create a function url configuration for a Lambda function. Access level: Write. Resources: function*. https://docs.aws.amazon.com/lambda/latest/dg/API_CreateFunctionUrlConfig.html */
  CreateFunctionUrlConfig: "W|||4;1;|5,6||;",
  /** Grants permission to delete an AWS Lambda function alias. Access level: Write. Resources: function*. https://docs.aws.amazon.com/lambda/latest/dg/API_DeleteAlias.html */
  DeleteAlias: "W|||4;1;|||;",
  /** Grants permission to delete an AWS Lambda capacity provider. Access level: Write. Resources: capacityProvider*. https://docs.aws.amazon.com/lambda/latest/dg/API_DeleteCapacityProvider.html */
  DeleteCapacityProvider: "W|||0;1;|||;",
  /** Grants permission to delete an AWS Lambda code signing config. Access level: Write. Resources: code signing config*. https://docs.aws.amazon.com/lambda/latest/dg/API_DeleteCodeSigningConfig.html */
  DeleteCodeSigningConfig: "W|||1;1;|||;",
  /** Grants permission to delete an AWS Lambda event source mapping. Access level: Write. Resources: eventSourceMapping*. https://docs.aws.amazon.com/lambda/latest/dg/API_DeleteEventSourceMapping.html */
  DeleteEventSourceMapping: "W|||3;1;|5||;",
  /** Grants permission to delete an AWS Lambda function. Access level: Write. Resources: function*. https://docs.aws.amazon.com/lambda/latest/dg/API_DeleteFunction.html */
  DeleteFunction: "W|||4;1;|||;",
  /** Grants permission to detach a code signing config from an AWS Lambda function. Access level: Write. Resources: function*. https://docs.aws.amazon.com/lambda/latest/dg/API_DeleteFunctionCodeSigningConfig.html */
  DeleteFunctionCodeSigningConfig: "W|||4;1;|||;",
  /** Grants permission to remove a concurrent execution limit from an AWS Lambda function. Access level: Write. Resources: function*. https://docs.aws.amazon.com/lambda/latest/dg/API_DeleteFunctionConcurrency.html */
  DeleteFunctionConcurrency: "W|||4;1;|||;",
  /** Grants permission to delete the configuration for asynchronous invocation for an AWS Lambda function, version, or alias. Access level: Write. Resources: function*. https://docs.aws.amazon.com/lambda/latest/dg/API_DeleteFunctionEventInvokeConfig.html */
  DeleteFunctionEventInvokeConfig: "W|||4;1;|||;",
  /** Grants permission to delete function url configuration for a Lambda function. Access level: Write. Resources: function*. https://docs.aws.amazon.com/lambda/latest/dg/API_DeleteFunctionUrlConfig.html */
  DeleteFunctionUrlConfig: "W|||4;1;|5,6||;",
  /** Grants permission to delete a version of an AWS Lambda layer. Access level: Write. Resources: layerVersion*. https://docs.aws.amazon.com/lambda/latest/dg/API_DeleteLayerVersion.html */
  DeleteLayerVersion: "W|||8;1;|||;",
  /** Grants permission to delete the provisioned concurrency configuration for an AWS Lambda function. Access level: Write. Resources: function alias, function version. https://docs.aws.amazon.com/lambda/latest/dg/API_DeleteProvisionedConcurrencyConfig.html */
  DeleteProvisionedConcurrencyConfig: "W|||5;0;,6;0;|||;",
  /** Grants permission to disable replication for a Lambda@Edge function. Access level: Permissions management. Resources: function*. Permission only. https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-edge-permissions.html */
  DisableReplication: "P||1|4;1;|||",
  /** Grants permission to enable replication for a Lambda@Edge function. Access level: Permissions management. Resources: function*. Permission only. https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-edge-permissions.html */
  EnableReplication: "P||1|4;1;|||",
  /** Grants permission to view details about an account's limits and usage in an AWS Region. Access level: Read. https://docs.aws.amazon.com/lambda/latest/dg/API_GetAccountSettings.html */
  GetAccountSettings: "R||||||;",
  /** Grants permission to view details about an AWS Lambda function alias. Access level: Read. Resources: function*. https://docs.aws.amazon.com/lambda/latest/dg/API_GetAlias.html */
  GetAlias: "R|||4;1;|||;",
  /** Grants permission to view details about an AWS Lambda capacity provider. Access level: Read. Resources: capacityProvider*. https://docs.aws.amazon.com/lambda/latest/dg/API_GetCapacityProvider.html */
  GetCapacityProvider: "R|||0;1;|||;",
  /** Grants permission to view details about an AWS Lambda code signing config. Access level: Read. Resources: code signing config*. https://docs.aws.amazon.com/lambda/latest/dg/API_GetCodeSigningConfig.html */
  GetCodeSigningConfig: "R|||1;1;|||;",
  /** Grants permission to view details of an AWS Lambda durable execution. Access level: Read. Resources: durable execution*. https://docs.aws.amazon.com/lambda/latest/dg/API_GetDurableExecution.html */
  GetDurableExecution: "R|||2;1;|||;",
  /** Grants permission to view execution history of an AWS Lambda durable execution. Access level: Read. Resources: durable execution*. https://docs.aws.amazon.com/lambda/latest/dg/API_GetDurableExecutionHistory.html */
  GetDurableExecutionHistory: "R|||2;1;|||;",
  /** Grants permission to view current state of an AWS Lambda durable execution. Access level: Read. Resources: durable execution*. https://docs.aws.amazon.com/lambda/latest/dg/API_GetDurableExecutionState.html */
  GetDurableExecutionState: "R|||2;1;|||;",
  /** Grants permission to view details about an AWS Lambda event source mapping. Access level: Read. Resources: eventSourceMapping*. https://docs.aws.amazon.com/lambda/latest/dg/API_GetEventSourceMapping.html */
  GetEventSourceMapping: "R|||3;1;|5||;",
  /** Grants permission to view details about an AWS Lambda function. Access level: Read. Resources: function*. https://docs.aws.amazon.com/lambda/latest/dg/API_GetFunction.html */
  GetFunction: "R|||4;1;||lambda:ListTags|;",
  /** Grants permission to view the code signing config arn attached to an AWS Lambda function. Access level: Read. Resources: function*. https://docs.aws.amazon.com/lambda/latest/dg/API_GetFunctionCodeSigningConfig.html */
  GetFunctionCodeSigningConfig: "R|||4;1;|||;",
  /** Grants permission to view details about the reserved concurrency configuration for a function. Access level: Read. Resources: function*. https://docs.aws.amazon.com/lambda/latest/dg/API_GetFunctionConcurrency.html */
  GetFunctionConcurrency: "R|||4;1;|||;",
  /** Grants permission to view details about the version-specific settings of an AWS Lambda function or version. Access level: Read. Resources: function*. https://docs.aws.amazon.com/lambda/latest/dg/API_GetFunctionConfiguration.html */
  GetFunctionConfiguration: "R|||4;1;|||;",
  /** Grants permission to view the configuration for asynchronous invocation for a function, version, or alias. Access level: Read. Resources: function*. https://docs.aws.amazon.com/lambda/latest/dg/API_GetFunctionEventInvokeConfig.html */
  GetFunctionEventInvokeConfig: "R|||4;1;|||;",
  /** Grants permission to view the recursion configuration of an AWS Lambda function. Access level: Read. Resources: function*. https://docs.aws.amazon.com/lambda/latest/dg/API_GetFunctionRecursionConfig.html */
  GetFunctionRecursionConfig: "R|||4;1;|||;",
  /** Grants permission to view the scaling configuration of an AWS Lambda function running on a capacity provider. Access level: Read. Resources: function*. https://docs.aws.amazon.com/lambda/latest/dg/API_GetFunctionScalingConfig.html */
  GetFunctionScalingConfig: "R|||4;1;|||;",
  /** Grants permission to read function url configuration for a Lambda function. Access level: Read. Resources: function*. https://docs.aws.amazon.com/lambda/latest/dg/API_GetFunctionUrlConfig.html */
  GetFunctionUrlConfig: "R|||4;1;|5,6||;",
  /** Grants permission to view details about a version of an AWS Lambda layer. Note this action also supports GetLayerVersionByArn API. Access level: Read. Resources: layerVersion*. https://docs.aws.amazon.com/lambda/latest/dg/API_GetLayerVersion.html */
  GetLayerVersion: "R|||8;1;|||CreateFunction,;,GetLayerVersionByArn,UpdateFunctionConfiguration",
  /** Grants permission to view the resource-based policy for a version of an AWS Lambda layer. Access level: Read. Resources: layerVersion*. https://docs.aws.amazon.com/lambda/latest/dg/API_GetLayerVersionPolicy.html */
  GetLayerVersionPolicy: "R|||8;1;|||;",
  /** Grants permission to view the resource-based policy for an AWS Lambda function, version, or alias. Access level: Read. Resources: function*. https://docs.aws.amazon.com/lambda/latest/dg/API_GetPolicy.html */
  GetPolicy: "R|||4;1;|||;",
  /** Grants permission to view the provisioned concurrency configuration for an AWS Lambda function's alias or version. Access level: Read. Resources: function alias, function version. https://docs.aws.amazon.com/lambda/latest/dg/API_GetProvisionedConcurrencyConfig.html */
  GetProvisionedConcurrencyConfig: "R|||5;0;,6;0;|||;",
  /** Grants permission to view the runtime management configuration of an AWS Lambda function. Access level: Read. Resources: function*. https://docs.aws.amazon.com/lambda/latest/dg/API_GetRuntimeManagementConfig.html */
  GetRuntimeManagementConfig: "R|||4;1;|||;",
  /** Grants permission to invoke a function asynchronously (Deprecated). Access level: Write. Resources: function*. https://docs.aws.amazon.com/lambda/latest/dg/API_InvokeAsync.html */
  InvokeAsync: "W|||4;1;|||;",
  /** Grants permission to invoke an AWS Lambda function. Access level: Write. Resources: function*. https://docs.aws.amazon.com/lambda/latest/dg/API_Invoke.html */
  InvokeFunction: "W|||4;1;|4,7||Invoke,InvokeWithResponseStream",
  /** Grants permission to invoke an AWS Lambda function through url. Access level: Write. Resources: function*. Permission only. https://docs.aws.amazon.com/lambda/latest/dg/API_InvokeFunctionUrl.html */
  InvokeFunctionUrl: "W||1|4;1;|4,5,6||",
  /** Grants permission to retrieve a list of aliases for an AWS Lambda function. Access level: List. Resources: function*. https://docs.aws.amazon.com/lambda/latest/dg/API_ListAliases.html */
  ListAliases: "L|||4;1;|||;",
  /** Grants permission to retrieve a list of AWS Lambda capacity providers. Access level: List. https://docs.aws.amazon.com/lambda/latest/dg/API_ListCapacityProviders.html */
  ListCapacityProviders: "L||||||;",
  /** Grants permission to retrieve a list of AWS Lambda code signing configs. Access level: List. https://docs.aws.amazon.com/lambda/latest/dg/API_ListCodeSigningConfigs.html */
  ListCodeSigningConfigs: "L||||||;",
  /** Grants permission to retrieve a list of AWS Lambda durable executions of an AWS Lambda function. Access level: List. Resources: function*. https://docs.aws.amazon.com/lambda/latest/dg/API_ListDurableExecutionsByFunction.html */
  ListDurableExecutionsByFunction: "L|||4;1;|||;",
  /** Grants permission to retrieve a list of AWS Lambda event source mappings. Access level: List. https://docs.aws.amazon.com/lambda/latest/dg/API_ListEventSourceMappings.html */
  ListEventSourceMappings: "L||||||;",
  /** Grants permission to retrieve a list of configurations for asynchronous invocation for a function. Access level: List. Resources: function*. https://docs.aws.amazon.com/lambda/latest/dg/API_ListFunctionEventInvokeConfigs.html */
  ListFunctionEventInvokeConfigs: "L|||4;1;|||;",
  /** Grants permission to read function url configurations for a function. Access level: List. Resources: function*. https://docs.aws.amazon.com/lambda/latest/dg/API_ListFunctionUrlConfigs.html */
  ListFunctionUrlConfigs: "L|||4;1;|6||;",
  /** Grants permission to retrieve a list of AWS Lambda function versions by the capacity provider assigned. Access level: List. Resources: capacityProvider*. https://docs.aws.amazon.com/lambda/latest/dg/API_ListFunctionVersionsByCapacityProvider.html */
  ListFunctionVersionsByCapacityProvider: "L|||0;1;|||;",
  /** Grants permission to retrieve a list of AWS Lambda functions, with the version-specific configuration of each function. Access level: List. https://docs.aws.amazon.com/lambda/latest/dg/API_ListFunctions.html */
  ListFunctions: "L||||||;",
  /** Grants permission to retrieve a list of AWS Lambda functions by the code signing config assigned. Access level: List. Resources: code signing config*. https://docs.aws.amazon.com/lambda/latest/dg/API_ListFunctionsByCodeSigningConfig.html */
  ListFunctionsByCodeSigningConfig: "L|||1;1;|||;",
  /** Grants permission to retrieve a list of versions of an AWS Lambda layer. Access level: List. https://docs.aws.amazon.com/lambda/latest/dg/API_ListLayerVersions.html */
  ListLayerVersions: "L||||||;",
  /** Grants permission to retrieve a list of AWS Lambda layers, with details about the latest version of each layer. Access level: List. https://docs.aws.amazon.com/lambda/latest/dg/API_ListLayers.html */
  ListLayers: "L||||||;",
  /** Grants permission to retrieve a list of provisioned concurrency configurations for an AWS Lambda function. Access level: List. Resources: function*. https://docs.aws.amazon.com/lambda/latest/dg/API_ListProvisionedConcurrencyConfigs.html */
  ListProvisionedConcurrencyConfigs: "L|||4;1;|||;",
  /** Grants permission to retrieve a list of tags for an AWS Lambda function, event source mapping, capacity provider, or code signing configuration resource. Access level: Read. Resources: capacityProvider, code signing config, eventSourceMapping, function. https://docs.aws.amazon.com/lambda/latest/dg/API_ListTags.html */
  ListTags: "R|||0;0;,1;0;,3;0;,4;0;|||GetFunction,;",
  /** Grants permission to retrieve a list of versions for an AWS Lambda function. Access level: List. Resources: function*. https://docs.aws.amazon.com/lambda/latest/dg/API_ListVersionsByFunction.html */
  ListVersionsByFunction: "L|||4;1;|||;",
  /** Grants permission to pass an AWS Lambda capacity provider to a service. Access level: Write. Resources: capacityProvider*. Permission only. https://docs.aws.amazon.com/lambda/latest/dg/lambda-permissions.html */
  PassCapacityProvider: "W||1|0;1;|||CreateFunction,UpdateFunctionConfiguration",
  /** Grants permission to create an AWS Lambda layer. Access level: Write. Resources: layer*. https://docs.aws.amazon.com/lambda/latest/dg/API_PublishLayerVersion.html */
  PublishLayerVersion: "W|||7;1;|||;",
  /** Grants permission to create an AWS Lambda function version. Access level: Write. Resources: function*. https://docs.aws.amazon.com/lambda/latest/dg/API_PublishVersion.html */
  PublishVersion: "W|||4;1;|||;",
  /** Grants permission to attach a code signing config to an AWS Lambda function. Access level: Write. Resources: code signing config*, function*. https://docs.aws.amazon.com/lambda/latest/dg/API_PutFunctionCodeSigningConfig.html */
  PutFunctionCodeSigningConfig: "W|||1;1;,4;1;|3||;",
  /** Grants permission to configure reserved concurrency for an AWS Lambda function. Access level: Write. Resources: function*. https://docs.aws.amazon.com/lambda/latest/dg/API_PutFunctionConcurrency.html */
  PutFunctionConcurrency: "W|||4;1;|||;",
  /** Grants permission to configures options for asynchronous invocation on an AWS Lambda function, version, or alias. Access level: Write. Resources: function*. https://docs.aws.amazon.com/lambda/latest/dg/API_PutFunctionEventInvokeConfig.html */
  PutFunctionEventInvokeConfig: "W|||4;1;|||;",
  /** Grants permission to update the recursion configuration of an AWS Lambda function. Access level: Write. Resources: function*. https://docs.aws.amazon.com/lambda/latest/dg/API_PutFunctionRecursionConfig.html */
  PutFunctionRecursionConfig: "W|||4;1;|||;",
  /** Grants permission to update the scaling configuration of an AWS Lambda function running on a capacity provider. Access level: Write. Resources: function*. https://docs.aws.amazon.com/lambda/latest/dg/API_PutFunctionScalingConfig.html */
  PutFunctionScalingConfig: "W|||4;1;|||;",
  /** Grants permission to configure provisioned concurrency for an AWS Lambda function's alias or version. Access level: Write. Resources: function alias, function version. https://docs.aws.amazon.com/lambda/latest/dg/API_PutProvisionedConcurrencyConfig.html */
  PutProvisionedConcurrencyConfig: "W|||5;0;,6;0;|||;",
  /** Grants permission to update the runtime management configuration of an AWS Lambda function. Access level: Write. Resources: function*. https://docs.aws.amazon.com/lambda/latest/dg/API_PutRuntimeManagementConfig.html */
  PutRuntimeManagementConfig: "W|||4;1;|||;",
  /** Grants permission to remove a statement from the permissions policy for a version of an AWS Lambda layer. Access level: Permissions management. Resources: layerVersion*. https://docs.aws.amazon.com/lambda/latest/dg/API_RemoveLayerVersionPermission.html */
  RemoveLayerVersionPermission: "P|||8;1;|||;",
  /** Grants permission to revoke function-use permission from an AWS service or another account. Access level: Permissions management. Resources: function*. https://docs.aws.amazon.com/lambda/latest/dg/API_RemovePermission.html */
  RemovePermission: "P|||4;1;|6,9||;",
  /** Grants permission to send a failure response for a callback operation in an AWS Lambda durable execution. Access level: Write. Resources: durable execution*. https://docs.aws.amazon.com/lambda/latest/dg/API_SendDurableExecutionCallbackFailure.html */
  SendDurableExecutionCallbackFailure: "W|||2;1;|||;",
  /** Grants permission to send a heartbeat for a callback operation in an AWS Lambda durable execution. Access level: Write. Resources: durable execution*. https://docs.aws.amazon.com/lambda/latest/dg/API_SendDurableExecutionCallbackHeartbeat.html */
  SendDurableExecutionCallbackHeartbeat: "W|||2;1;|||;",
  /** Grants permission to send a successful response for a callback operation in an AWS Lambda durable execution. Access level: Write. Resources: durable execution*. https://docs.aws.amazon.com/lambda/latest/dg/API_SendDurableExecutionCallbackSuccess.html */
  SendDurableExecutionCallbackSuccess: "W|||2;1;|||;",
  /** Grants permission to stop an AWS Lambda durable execution. Access level: Write. Resources: durable execution*. https://docs.aws.amazon.com/lambda/latest/dg/API_StopDurableExecution.html */
  StopDurableExecution: "W|||2;1;|||;",
  /** Grants permission to add tags to an AWS Lambda function, event source mapping, capacity provider, or code signing configuration resource. Access level: Tagging. Resources: capacityProvider, code signing config, eventSourceMapping, function. https://docs.aws.amazon.com/lambda/latest/dg/API_TagResources.html */
  TagResource:
    "T|||0;0;,1;0;,3;0;,4;0;|0,2||CreateCapacityProvider,CreateCodeSigningConfig,CreateEventSourceMapping,CreateFunction,;",
  /** Grants permission to remove tags from an AWS Lambda function, event source mapping, capacity provider, or code signing configuration resource. Access level: Tagging. Resources: capacityProvider, code signing config, eventSourceMapping, function. https://docs.aws.amazon.com/lambda/latest/dg/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,3;0;,4;0;|2||;",
  /** Grants permission to update the configuration of an AWS Lambda function's alias. Access level: Write. Resources: function*. https://docs.aws.amazon.com/lambda/latest/dg/API_UpdateAlias.html */
  UpdateAlias: "W|||4;1;|||;",
  /** Grants permission to update an AWS Lambda capacity provider. Access level: Write. Resources: capacityProvider*. https://docs.aws.amazon.com/lambda/latest/dg/API_UpdateCapacityProvider.html */
  UpdateCapacityProvider: "W|||0;1;|||;",
  /** Grants permission to update an AWS Lambda code signing config. Access level: Write. Resources: code signing config*. https://docs.aws.amazon.com/lambda/latest/dg/API_UpdateCodeSigningConfig.html */
  UpdateCodeSigningConfig: "W|||1;1;|||;",
  /** Grants permission to update the configuration of an AWS Lambda event source mapping. Access level: Write. Resources: eventSourceMapping*. https://docs.aws.amazon.com/lambda/latest/dg/API_UpdateEventSourceMapping.html */
  UpdateEventSourceMapping: "W|||3;1;|5||;",
  /** Grants permission to update the code of an AWS Lambda function. Access level: Write. Resources: function*. https://docs.aws.amazon.com/lambda/latest/dg/API_UpdateFunctionCode.html */
  UpdateFunctionCode: "W|||4;1;|||;",
  /** Grants permission to update the code signing config of an AWS Lambda function. Access level: Write. Resources: code signing config*, function*. https://docs.aws.amazon.com/lambda/latest/dg/API_UpdateFunctionCodeSigningConfig.html */
  UpdateFunctionCodeSigningConfig: "W|||1;1;,4;1;|||",
  /** Grants permission to modify the version-specific settings of an AWS Lambda function. Access level: Write. Resources: function*. https://docs.aws.amazon.com/lambda/latest/dg/API_UpdateFunctionConfiguration.html */
  UpdateFunctionConfiguration: "W|||4;1;|8,10,12,13|0,1,2|;",
  /** Grants permission to modify the configuration for asynchronous invocation for an AWS Lambda function, version, or alias. Access level: Write. Resources: function*. https://docs.aws.amazon.com/lambda/latest/dg/API_UpdateFunctionEventInvokeConfig.html */
  UpdateFunctionEventInvokeConfig: "W|||4;1;|||;",
  /** Grants permission to update a function url configuration for a Lambda function. Access level: Write. Resources: function*. https://docs.aws.amazon.com/lambda/latest/dg/API_UpdateFunctionUrlConfig.html */
  UpdateFunctionUrlConfig: "W|||4;1;|5,6||;",
} as const;
const actionDetails = {
  AddLayerVersionPermission:
    "|,;~~~|Grants permission to add permissions to the resource-based policy of a version of an AWS Lambda layer",
  AddPermission:
    "|,;~~~|Grants permission to give an AWS service or another account permission to use an AWS Lambda function",
  CheckpointDurableExecution: "|,;~~~|Grants permission to save the progress of an AWS Lambda durable execution",
  CreateAlias: "|,;~~~|Grants permission to create an alias for a Lambda function version",
  CreateCapacityProvider: "|,;~~~|Grants permission to create an AWS Lambda capacity provider",
  CreateCodeSigningConfig: "|,;~~~|Grants permission to create an AWS Lambda code signing config",
  CreateEventSourceMapping:
    "|,;~~~|Grants permission to create a mapping between an event source and an AWS Lambda function",
  CreateFunction: "|,;~~~|Grants permission to create an AWS Lambda function",
  CreateFunctionUrlConfig: "|,;~~~|Grants permission to create a function url configuration for a Lambda function",
  DeleteAlias: "|,;~~~|Grants permission to delete an AWS Lambda function alias",
  DeleteCapacityProvider: "|,;~~~|Grants permission to delete an AWS Lambda capacity provider",
  DeleteCodeSigningConfig: "|,;~~~|Grants permission to delete an AWS Lambda code signing config",
  DeleteEventSourceMapping: "|,;~~~|Grants permission to delete an AWS Lambda event source mapping",
  DeleteFunction: "|,;~~~|Grants permission to delete an AWS Lambda function",
  DeleteFunctionCodeSigningConfig:
    "|,;~~~|Grants permission to detach a code signing config from an AWS Lambda function",
  DeleteFunctionConcurrency:
    "|,;~~~|Grants permission to remove a concurrent execution limit from an AWS Lambda function",
  DeleteFunctionEventInvokeConfig:
    "|,;~~~|Grants permission to delete the configuration for asynchronous invocation for an AWS Lambda function, version, or alias",
  DeleteFunctionUrlConfig: "|,;~~~|Grants permission to delete function url configuration for a Lambda function",
  DeleteLayerVersion: "|,;~~~|Grants permission to delete a version of an AWS Lambda layer",
  DeleteProvisionedConcurrencyConfig:
    "|,;~~~|Grants permission to delete the provisioned concurrency configuration for an AWS Lambda function",
  DisableReplication: "|,;~|Grants permission to disable replication for a Lambda@Edge function",
  EnableReplication: "|,;~|Grants permission to enable replication for a Lambda@Edge function",
  GetAccountSettings: "|,;~~~|Grants permission to view details about an account's limits and usage in an AWS Region",
  GetAlias: "|,;~~~|Grants permission to view details about an AWS Lambda function alias",
  GetCapacityProvider: "|,;~~~|Grants permission to view details about an AWS Lambda capacity provider",
  GetCodeSigningConfig: "|,;~~~|Grants permission to view details about an AWS Lambda code signing config",
  GetDurableExecution: "|,;~~~|Grants permission to view details of an AWS Lambda durable execution",
  GetDurableExecutionHistory: "|,;~~~|Grants permission to view execution history of an AWS Lambda durable execution",
  GetDurableExecutionState: "|,;~~~|Grants permission to view current state of an AWS Lambda durable execution",
  GetEventSourceMapping: "|,;~~~|Grants permission to view details about an AWS Lambda event source mapping",
  GetFunction: "|,;~~~|Grants permission to view details about an AWS Lambda function",
  GetFunctionCodeSigningConfig:
    "|,;~~~|Grants permission to view the code signing config arn attached to an AWS Lambda function",
  GetFunctionConcurrency:
    "|,;~~~|Grants permission to view details about the reserved concurrency configuration for a function",
  GetFunctionConfiguration:
    "|,;~~~|Grants permission to view details about the version-specific settings of an AWS Lambda function or version",
  GetFunctionEventInvokeConfig:
    "|,;~~~|Grants permission to view the configuration for asynchronous invocation for a function, version, or alias",
  GetFunctionRecursionConfig: "|,;~~~|Grants permission to view the recursion configuration of an AWS Lambda function",
  GetFunctionScalingConfig:
    "|,;~~~|Grants permission to view the scaling configuration of an AWS Lambda function running on a capacity provider",
  GetFunctionUrlConfig: "|,;~~~|Grants permission to read function url configuration for a Lambda function",
  GetLayerVersion:
    "|,;~~~,~~,~~,~~|Grants permission to view details about a version of an AWS Lambda layer. Note this action also supports GetLayerVersionByArn API",
  GetLayerVersionPolicy:
    "|,;~~~|Grants permission to view the resource-based policy for a version of an AWS Lambda layer",
  GetPolicy: "|,;~~~|Grants permission to view the resource-based policy for an AWS Lambda function, version, or alias",
  GetProvisionedConcurrencyConfig:
    "|,;~~~|Grants permission to view the provisioned concurrency configuration for an AWS Lambda function's alias or version",
  GetRuntimeManagementConfig:
    "|,;~~~|Grants permission to view the runtime management configuration of an AWS Lambda function",
  InvokeAsync: "|,;~~~|Grants permission to invoke a function asynchronously (Deprecated)",
  InvokeFunction: "|,;~~~,~~|Grants permission to invoke an AWS Lambda function",
  InvokeFunctionUrl: "|,;~|Grants permission to invoke an AWS Lambda function through url",
  ListAliases: "|,;~~~|Grants permission to retrieve a list of aliases for an AWS Lambda function",
  ListCapacityProviders: "|,;~~~|Grants permission to retrieve a list of AWS Lambda capacity providers",
  ListCodeSigningConfigs: "|,;~~~|Grants permission to retrieve a list of AWS Lambda code signing configs",
  ListDurableExecutionsByFunction:
    "|,;~~~|Grants permission to retrieve a list of AWS Lambda durable executions of an AWS Lambda function",
  ListEventSourceMappings: "|,;~~~|Grants permission to retrieve a list of AWS Lambda event source mappings",
  ListFunctionEventInvokeConfigs:
    "|,;~~~|Grants permission to retrieve a list of configurations for asynchronous invocation for a function",
  ListFunctionUrlConfigs: "|,;~~~|Grants permission to read function url configurations for a function",
  ListFunctionVersionsByCapacityProvider:
    "|,;~~~|Grants permission to retrieve a list of AWS Lambda function versions by the capacity provider assigned",
  ListFunctions:
    "|,;~~~|Grants permission to retrieve a list of AWS Lambda functions, with the version-specific configuration of each function",
  ListFunctionsByCodeSigningConfig:
    "|,;~~~|Grants permission to retrieve a list of AWS Lambda functions by the code signing config assigned",
  ListLayerVersions: "|,;~~~|Grants permission to retrieve a list of versions of an AWS Lambda layer",
  ListLayers:
    "|,;~~~|Grants permission to retrieve a list of AWS Lambda layers, with details about the latest version of each layer",
  ListProvisionedConcurrencyConfigs:
    "|,;~~~|Grants permission to retrieve a list of provisioned concurrency configurations for an AWS Lambda function",
  ListTags:
    "|,;~~~,~~|Grants permission to retrieve a list of tags for an AWS Lambda function, event source mapping, capacity provider, or code signing configuration resource",
  ListVersionsByFunction: "|,;~~~|Grants permission to retrieve a list of versions for an AWS Lambda function",
  PassCapacityProvider: "|,;~~~,~~|Grants permission to pass an AWS Lambda capacity provider to a service",
  PublishLayerVersion: "|,;~~~|Grants permission to create an AWS Lambda layer",
  PublishVersion: "|,;~~~|Grants permission to create an AWS Lambda function version",
  PutFunctionCodeSigningConfig: "|,;~~~|Grants permission to attach a code signing config to an AWS Lambda function",
  PutFunctionConcurrency: "|,;~~~|Grants permission to configure reserved concurrency for an AWS Lambda function",
  PutFunctionEventInvokeConfig:
    "|,;~~~|Grants permission to configures options for asynchronous invocation on an AWS Lambda function, version, or alias",
  PutFunctionRecursionConfig:
    "|,;~~~|Grants permission to update the recursion configuration of an AWS Lambda function",
  PutFunctionScalingConfig:
    "|,;~~~|Grants permission to update the scaling configuration of an AWS Lambda function running on a capacity provider",
  PutProvisionedConcurrencyConfig:
    "|,;~~~|Grants permission to configure provisioned concurrency for an AWS Lambda function's alias or version",
  PutRuntimeManagementConfig:
    "|,;~~~|Grants permission to update the runtime management configuration of an AWS Lambda function",
  RemoveLayerVersionPermission:
    "|,;~~~|Grants permission to remove a statement from the permissions policy for a version of an AWS Lambda layer",
  RemovePermission: "|,;~~~|Grants permission to revoke function-use permission from an AWS service or another account",
  SendDurableExecutionCallbackFailure:
    "|,;~~~|Grants permission to send a failure response for a callback operation in an AWS Lambda durable execution",
  SendDurableExecutionCallbackHeartbeat:
    "|,;~~~|Grants permission to send a heartbeat for a callback operation in an AWS Lambda durable execution",
  SendDurableExecutionCallbackSuccess:
    "|,;~~~|Grants permission to send a successful response for a callback operation in an AWS Lambda durable execution",
  StopDurableExecution: "|,;~~~|Grants permission to stop an AWS Lambda durable execution",
  TagResource:
    "|,;~~~,~~,~~,~~,~~|Grants permission to add tags to an AWS Lambda function, event source mapping, capacity provider, or code signing configuration resource",
  UntagResource:
    "|,;~~~|Grants permission to remove tags from an AWS Lambda function, event source mapping, capacity provider, or code signing configuration resource",
  UpdateAlias: "|,;~~~|Grants permission to update the configuration of an AWS Lambda function's alias",
  UpdateCapacityProvider: "|,;~~~|Grants permission to update an AWS Lambda capacity provider",
  UpdateCodeSigningConfig: "|,;~~~|Grants permission to update an AWS Lambda code signing config",
  UpdateEventSourceMapping:
    "|,;~~~|Grants permission to update the configuration of an AWS Lambda event source mapping",
  UpdateFunctionCode: "|,;~~~|Grants permission to update the code of an AWS Lambda function",
  UpdateFunctionCodeSigningConfig: "|,;~|Grants permission to update the code signing config of an AWS Lambda function",
  UpdateFunctionConfiguration:
    "|,;~~~|Grants permission to modify the version-specific settings of an AWS Lambda function",
  UpdateFunctionEventInvokeConfig:
    "|,;~~~|Grants permission to modify the configuration for asynchronous invocation for an AWS Lambda function, version, or alias",
  UpdateFunctionUrlConfig: "|,;~~~|Grants permission to update a function url configuration for a Lambda function",
};
const resourceTypeFacts = {
  /** The capacityProvider resource type: arn:${Partition}:lambda:${Region}:${Account}:capacity-provider:${CapacityProviderName} */
  capacityProvider: "|,|1",
  /** The code signing config resource type: arn:${Partition}:lambda:${Region}:${Account}:code-signing-config:${CodeSigningConfigId} */
  "code signing config": "|,codeSigningConfig|1",
  /** The durable execution resource type: arn:${Partition}:lambda:${Region}:${Account}:function:${FunctionName}:${Version}/durable-execution/${ExecutionName}/${ExecutionId} */
  "durable execution": "|,durableExecution|",
  /** The eventSourceMapping resource type: arn:${Partition}:lambda:${Region}:${Account}:event-source-mapping:${UUID} */
  eventSourceMapping: "|,|1",
  /** The function resource type: arn:${Partition}:lambda:${Region}:${Account}:function:${FunctionName} */
  function: "|,function_|1",
  /** The function alias resource type: arn:${Partition}:lambda:${Region}:${Account}:function:${FunctionName}:${Alias} */
  "function alias": "|,functionAlias|1",
  /** The function version resource type: arn:${Partition}:lambda:${Region}:${Account}:function:${FunctionName}:${Version} */
  "function version": "|,functionVersion|1",
  /** The layer resource type: arn:${Partition}:lambda:${Region}:${Account}:layer:${LayerName} */
  layer: "|,|",
  /** The layerVersion resource type: arn:${Partition}:lambda:${Region}:${Account}:layer:${LayerName}:${LayerVersion} */
  layerVersion: "|,|",
} as const;
const arnFormats = {
  /** ARN of a capacityProvider resource: arn:${Partition}:lambda:${Region}:${Account}:capacity-provider:${CapacityProviderName}. */
  capacityProvider:
    "|,capacityProvider|arn:|Partition|:lambda:|Region|:|Account|:capacity-provider:|CapacityProviderName|",
  /** ARN of a code signing config resource: arn:${Partition}:lambda:${Region}:${Account}:code-signing-config:${CodeSigningConfigId}. */
  codeSigningConfig:
    "|,code signing config|arn:|Partition|:lambda:|Region|:|Account|:code-signing-config:|CodeSigningConfigId|",
  /** ARN of a durable execution resource: arn:${Partition}:lambda:${Region}:${Account}:function:${FunctionName}:${Version}/durable-execution/${ExecutionName}/${ExecutionId}. */
  durableExecution:
    "|,durable execution|arn:|Partition|:lambda:|Region|:|Account|:function:|FunctionName|:|Version|/durable-execution/|ExecutionName|/|ExecutionId|",
  /** ARN of a eventSourceMapping resource: arn:${Partition}:lambda:${Region}:${Account}:event-source-mapping:${UUID}. */
  eventSourceMapping: "|,eventSourceMapping|arn:|Partition|:lambda:|Region|:|Account|:event-source-mapping:|UUID,uuid|",
  /** ARN of a function alias resource: arn:${Partition}:lambda:${Region}:${Account}:function:${FunctionName}:${Alias}. */
  functionAlias: "|,function alias|arn:|Partition|:lambda:|Region|:|Account|:function:|FunctionName|:|Alias|",
  /** ARN of a function version resource: arn:${Partition}:lambda:${Region}:${Account}:function:${FunctionName}:${Version}. */
  functionVersion: "|,function version|arn:|Partition|:lambda:|Region|:|Account|:function:|FunctionName|:|Version|",
  /** ARN of a function resource: arn:${Partition}:lambda:${Region}:${Account}:function:${FunctionName}. */
  function_: "|,function|arn:|Partition|:lambda:|Region|:|Account|:function:|FunctionName|",
  /** ARN of a layer resource: arn:${Partition}:lambda:${Region}:${Account}:layer:${LayerName}. */
  layer: "|,layer|arn:|Partition|:lambda:|Region|:|Account|:layer:|LayerName|",
  /** ARN of a layerVersion resource: arn:${Partition}:lambda:${Region}:${Account}:layer:${LayerName}:${LayerVersion}. */
  layerVersion: "|,layerVersion|arn:|Partition|:lambda:|Region|:|Account|:layer:|LayerName|:|LayerVersion|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "capacityProvider",
  "code signing config",
  "durable execution",
  "eventSourceMapping",
  "function",
  "function alias",
  "function version",
  "layer",
  "layerVersion",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "lambda">;
/** Any lambda action. */
export type Action = ActionOf<typeof actionFacts, "lambda">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "lambda">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "lambda" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every lambda action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the ARN of an AWS Lambda code signing config. */
  "lambda:CodeSigningConfigArn": "ARN";
  /** Filters access by the ID from a non-AWS event source configured for the AWS Lambda function. */
  "lambda:EventSourceToken": "String";
  /** Filters access by the ARN of an AWS Lambda function. */
  "lambda:FunctionArn": "ARN";
  /** Filters access by authorization type specified in request. Available during CreateFunctionUrlConfig, UpdateFunctionUrlConfig, DeleteFunctionUrlConfig, GetFunctionUrlConfig, ListFunctionUrlConfig, AddPermission and RemovePermission operations. */
  "lambda:FunctionUrlAuthType": "String";
  /** Limits the scope of lambda:InvokeFunction action to Function URLs only. Available during AddPermission operation. */
  "lambda:InvokedViaFunctionUrl": "Bool";
  /** Filters access by the ARN of a version of an AWS Lambda layer. */
  "lambda:Layer": "ArrayOfString";
  /** Filters access by restricting the AWS service or account that can invoke a function. */
  "lambda:Principal": "String";
  /** Filters access by the ID of security groups configured for the AWS Lambda function. */
  "lambda:SecurityGroupIds": "ArrayOfString";
  /** Filters access by the ARN of the AWS Lambda function from which the request originated. */
  "lambda:SourceFunctionArn": "ARN";
  /** Filters access by the ID of subnets configured for the AWS Lambda function. */
  "lambda:SubnetIds": "ArrayOfString";
  /** Filters access by the ID of the VPC configured for the AWS Lambda function. */
  "lambda:VpcIds": "String";
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
  "lambda:CodeSigningConfigArn": "|,ARN|0||Filters access by the ARN of an AWS Lambda code signing config",
  "lambda:EventSourceToken":
    "|,String|0||Filters access by the ID from a non-AWS event source configured for the AWS Lambda function",
  "lambda:FunctionArn": "|,ARN|0||Filters access by the ARN of an AWS Lambda function",
  "lambda:FunctionUrlAuthType":
    "|,String|0||Filters access by authorization type specified in request. Available during CreateFunctionUrlConfig, UpdateFunctionUrlConfig, DeleteFunctionUrlConfig, GetFunctionUrlConfig, ListFunctionUrlConfig, AddPermission and RemovePermission operations",
  "lambda:InvokedViaFunctionUrl":
    "|,Bool|0||Limits the scope of lambda:InvokeFunction action to Function URLs only. Available during AddPermission operation",
  "lambda:Layer": "|,ArrayOfString|0||Filters access by the ARN of a version of an AWS Lambda layer",
  "lambda:Principal": "|,String|0||Filters access by restricting the AWS service or account that can invoke a function",
  "lambda:SecurityGroupIds":
    "|,ArrayOfString|0||Filters access by the ID of security groups configured for the AWS Lambda function",
  "lambda:SourceFunctionArn":
    "|,ARN|0||Filters access by the ARN of the AWS Lambda function from which the request originated",
  "lambda:SubnetIds": "|,ArrayOfString|0||Filters access by the ID of subnets configured for the AWS Lambda function",
  "lambda:VpcIds": "|,String|0||Filters access by the ID of the VPC configured for the AWS Lambda function",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "lambda",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
