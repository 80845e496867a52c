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
export const prefix: "cloudformation" = "cloudformation";
/** The service's name in the reference. */
export const serviceName: "AWS Cloud Control API" = "AWS Cloud Control API";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Cloud Control API",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awscloudcontrolapi.html",
  },
  {
    name: "AWS CloudFormation",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awscloudformation.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "cloudformation:ChangeSetName",
  "cloudformation:CreateAction",
  "cloudformation:ImportResourceTypes",
  "cloudformation:ResourceTypes",
  "cloudformation:RoleArn",
  "cloudformation:StackPolicyUrl",
  "cloudformation:TargetRegion",
  "cloudformation:TemplateUrl",
  "cloudformation:TypeArn",
] as const;
const dependentActionList = ["cloudformation:TagResource", "cloudformation:UntagResource", "iam:PassRole"] as const;
const actionFacts = {
  /** Grants permission to activate trusted access between StackSets and Organizations. With trusted access between StackSets and Organizations activated, the management account has permissions to create and manage StackSets for your organization. Access level: Write. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_ActivateOrganizationsAccess.html */
  ActivateOrganizationsAccess: "W|||||iam:CreateServiceLinkedRole,iam:GetRole|;",
  /** Grants permission to activate a public third-party extension, making it available for use in stack templates. Access level: Write. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_ActivateType.html */
  ActivateType: "W|||||2|;",
  /** Grants permission to return configuration data for the specified CloudFormation extensions. Access level: Read. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_BatchDescribeTypeConfigurations.html */
  BatchDescribeTypeConfigurations: "R||||||;",
  /** Grants permission to cancel resource requests in your account. Access level: Write. https://docs.aws.amazon.com/cloudcontrolapi/latest/APIReference/API_CancelResourceRequest.html */
  CancelResourceRequest: "W||||||;",
  /** Grants permission to cancel an update on the specified stack. Access level: Write. Resources: stack*. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_CancelUpdateStack.html */
  CancelUpdateStack: "W|||3;1;|||;",
  /** Grants permission to continue rolling back a stack that is in the UPDATE_ROLLBACK_FAILED state to the UPDATE_ROLLBACK_COMPLETE state. Access level: Write. Resources: stack*. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_ContinueUpdateRollback.html */
  ContinueUpdateRollback: "W|||3;1;|7|2|;",
  /** Grants permission to create a list of changes for a stack. Access level: Write. Resources: stack*. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_CreateChangeSet.html */
  CreateChangeSet: "W|||3;1;|0,2,3,5,6,7,8,10|0,1,2|;",
  /** Grants permission to create a template from existing resources that are not already managed with CloudFormation. Access level: Write. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_CreateGeneratedTemplate.html */
  CreateGeneratedTemplate: "W||||||;",
  /** Grants permission to create resources in your account. Access level: Write. https://docs.aws.amazon.com/cloudcontrolapi/latest/APIReference/API_CreateResource.html */
  CreateResource: "W|||||2|;",
  /** Grants permission to create a stack as specified in the template. Access level: Write. Resources: stack*. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_CreateStack.html */
  CreateStack: "W|||3;1;|0,2,6,7,8,10|0,2|;",
  /** Grants permission to create stack instances for the specified accounts, within the specified regions. Access level: Write. Resources: stackset*, stackset-target, type. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_CreateStackInstances.html */
  CreateStackInstances: "W|||4;1;,5;0;,6;0;|2,9||;",
  /** Grants permission to create a stack refactor. Access level: Write. Resources: stack*. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_CreateStackRefactor.html */
  CreateStackRefactor: "W|||3;1;|||;",
  /** Grants permission to create a stackset as specified in the template. Access level: Write. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_CreateStackSet.html */
  CreateStackSet: "W||||0,2,7,10|0,2|;",
  /** Grants permission to upload templates to Amazon S3 buckets. Used only by the AWS CloudFormation console and is not documented in the API reference. Access level: Write. Permission only. https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-iam-template.html */
  CreateUploadBucket: "W||1||||",
  /** Grants permission to deactivate trusted access between StackSets and Organizations. If trusted access is deactivated, the management account does not have permissions to create and manage service-managed StackSets for your organization. Access level: Write. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_DeactivateOrganizationsAccess.html */
  DeactivateOrganizationsAccess: "W||||||;",
  /** Grants permission to deactivate a public extension that was previously activated in this account and region. Access level: Write. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_DeactivateType.html */
  DeactivateType: "W||||||;",
  /** Grants permission to delete the specified change set. Deleting change sets ensures that no one executes the wrong change set. Access level: Write. Resources: stack*. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_DeleteChangeSet.html */
  DeleteChangeSet: "W|||3;1;|3||;",
  /** Grants permission to delete a generated template. Access level: Write. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_DeleteGeneratedTemplate.html */
  DeleteGeneratedTemplate: "W||||||;",
  /** Grants permission to delete resources in your account. Access level: Write. https://docs.aws.amazon.com/cloudcontrolapi/latest/APIReference/API_DeleteResource.html */
  DeleteResource: "W|||||2|;",
  /** Grants permission to delete a specified stack. Access level: Write. Resources: stack*. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_DeleteStack.html */
  DeleteStack: "W|||3;1;|7|2|;",
  /** Grants permission to delete stack instances for the specified accounts, in the specified regions. Access level: Write. Resources: stackset*, stackset-target, type. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_DeleteStackInstances.html */
  DeleteStackInstances: "W|||4;1;,5;0;,6;0;|9||;",
  /** Grants permission to delete a specified stackset. Access level: Write. Resources: stackset*. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_DeleteStackSet.html */
  DeleteStackSet: "W|||4;1;|||;",
  /** Grants permission to deregister an existing CloudFormation type or type version. Access level: Write. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_DeregisterType.html */
  DeregisterType: "W||||||;",
  /** Grants permission to retrieve your account's AWS CloudFormation limits. Access level: Read. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_DescribeAccountLimits.html */
  DescribeAccountLimits: "R||||||;",
  /** Grants permission to return the description for the specified change set. Access level: Read. Resources: stack*. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_DescribeChangeSet.html */
  DescribeChangeSet: "R|||3;1;|3||;",
  /** Grants permission to return the Hook invocation information for the specified change set. Access level: Read. Resources: stack*. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_DescribeChangeSetHooks.html */
  DescribeChangeSetHooks: "R|||3;1;|3||;",
  /** Grants permission to return all related events for a specified operation. Access level: Read. Resources: changeset, stack. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_DescribeEvents.html */
  DescribeEvents: "R|||0;0;,3;0;|||;",
  /** Grants permission to describe a generated template. The output includes details about the progress of the creation of a generated template. Access level: Read. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_DescribeGeneratedTemplate.html */
  DescribeGeneratedTemplate: "R||||||;",
  /** Grants permission to return information about the account's OrganizationAccess status. Access level: Read. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_DescribeOrganizationsAccess.html */
  DescribeOrganizationsAccess: "R||||||;",
  /** Grants permission to return information about a CloudFormation extension publisher. Access level: Read. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_DescribePublisher.html */
  DescribePublisher: "R||||||;",
  /** Grants permission to describe details of a resource scan. Access level: Read. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_DescribeResourceScan.html */
  DescribeResourceScan: "R||||||;",
  /** Grants permission to return information about a stack drift detection operation. Access level: Read. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_DescribeStackDriftDetectionStatus.html */
  DescribeStackDriftDetectionStatus: "R||||||;",
  /** Grants permission to return all stack related events for a specified stack. Access level: Read. Resources: stack*. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_DescribeStackEvents.html */
  DescribeStackEvents: "R|||3;1;|||;",
  /** Grants permission to return the stack instance that's associated with the specified stack set, AWS account, and region. Access level: Read. Resources: stackset*. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_DescribeStackInstance.html */
  DescribeStackInstance: "R|||4;1;|||;",
  /** Grants permission to return the description for the specified stack refactor. Access level: Read. Resources: stack*. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_DescribeStackRefactor.html */
  DescribeStackRefactor: "R|||3;1;|||;",
  /** Grants permission to return a description of the specified resource in the specified stack. Access level: Read. Resources: stack*. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_DescribeStackResource.html */
  DescribeStackResource: "R|||3;1;|||;",
  /** Grants permission to return drift information for the resources that have been checked for drift in the specified stack. Access level: Read. Resources: stack*. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_DescribeStackResourceDrifts.html */
  DescribeStackResourceDrifts: "R|||3;1;|||;",
  /** Grants permission to return AWS resource descriptions for running and deleted stacks. Access level: Read. Resources: stack*. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_DescribeStackResources.html */
  DescribeStackResources: "R|||3;1;|||;",
  /** Grants permission to return the description of the specified stack set. Access level: Read. Resources: stackset*. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_DescribeStackSet.html */
  DescribeStackSet: "R|||4;1;|||;",
  /** Grants permission to return the description of the specified stack set operation. Access level: Read. Resources: stackset*. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_DescribeStackSetOperation.html */
  DescribeStackSetOperation: "R|||4;1;|||;",
  /** Grants permission to return the description for the specified stack, and to all stacks when used in combination with the ListStacks action. Access level: List. Resources: stack. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_DescribeStacks.html */
  DescribeStacks: "L|||3;0;||cloudformation:ListStacks|;",
  /** Grants permission to return information about the CloudFormation type requested. Access level: Read. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_DescribeType.html */
  DescribeType: "R||||||;",
  /** Grants permission to return information about the registration process for a CloudFormation type. Access level: Read. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_DescribeTypeRegistration.html */
  DescribeTypeRegistration: "R||||||;",
  /** Grants permission to detects whether a stack's actual configuration differs, or has drifted, from it's expected configuration, as defined in the stack template and any values specified as template parameters. Access level: Read. Resources: stack*. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_DetectStackDrift.html */
  DetectStackDrift: "R|||3;1;||cloudformation:DetectStackResourceDrift|;",
  /** Grants permission to return information about whether a resource's actual configuration differs, or has drifted, from it's expected configuration, as defined in the stack template and any values specified as template parameters. Access level: Read. Resources: stack*. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_DetectStackResourceDrift.html */
  DetectStackResourceDrift: "R|||3;1;|||DetectStackDrift,;",
  /** Grants permission to enable users to detect drift on a stack set and the stack instances that belong to that stack set. Access level: Read. Resources: stackset*. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_DetectStackSetDrift.html */
  DetectStackSetDrift: "R|||4;1;|||;",
  /** Grants permission to return the estimated monthly cost of a template. Access level: Read. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_EstimateTemplateCost.html */
  EstimateTemplateCost: "R||||10||;",
  /** Grants permission to update a stack using the input information that was provided when the specified change set was created. Access level: Write. Resources: stack*. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_ExecuteChangeSet.html */
  ExecuteChangeSet: "W|||3;1;|3|0,1|;",
  /** Grants permission to execute a stack refactor using the input information that was provided when the specified stack refactor was created. Access level: Write. Resources: stack*. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_ExecuteStackRefactor.html */
  ExecuteStackRefactor: "W|||3;1;|||;",
  /** Grants permission to retrieve a generated template. Access level: Read. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_GetGeneratedTemplate.html */
  GetGeneratedTemplate: "R||||||;",
  /** Grants permission to return detailed information about a specific hook invocation result. Access level: Read. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_GetHookResult.html */
  GetHookResult: "R||||11|kms:Decrypt|;",
  /** Grants permission to get resources in your account. Access level: Read. https://docs.aws.amazon.com/cloudcontrolapi/latest/APIReference/API_GetResource.html */
  GetResource: "R|||||2|;",
  /** Grants permission to get resource requests in your account. Access level: Read. https://docs.aws.amazon.com/cloudcontrolapi/latest/APIReference/API_GetResourceRequestStatus.html */
  GetResourceRequestStatus: "R||||||;",
  /** Grants permission to return the stack policy for a specified stack. Access level: Read. Resources: stack*. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_GetStackPolicy.html */
  GetStackPolicy: "R|||3;1;|||;",
  /** Grants permission to return the template body for a specified stack. Access level: Read. Resources: stack*. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_GetTemplate.html */
  GetTemplate: "R|||3;1;|||;",
  /** Grants permission to return information about a new or existing template. Access level: Read. Resources: stack, stackset. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_GetTemplateSummary.html */
  GetTemplateSummary: "R|||3;0;,4;0;|10||;",
  /** Grants permission to enable users to import existing stacks to a new or existing stackset. Access level: Write. Resources: stackset*. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_ImportStacksToStackSet.html */
  ImportStacksToStackSet: "W|||4;1;|||;",
  /** Grants permission to return Hook invocations result information for a specified Hook, a combination of Hook and status, or all Hooks. Access level: List. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_ListHookResults.html */
  ListAllHookResults: "L||||11||ListHookResults",
  /** Grants permission to return the ID and status of each active change set for a stack. For example, AWS CloudFormation lists change sets that are in the CREATE_IN_PROGRESS or CREATE_PENDING state. Access level: List. Resources: stack*. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_ListChangeSets.html */
  ListChangeSets: "L|||3;1;|||;",
  /** Grants permission to list all exported output values in the account and region in which you call this action. Access level: List. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_ListExports.html */
  ListExports: "L||||||;",
  /** Grants permission to list your generated templates in this Region. Access level: List. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_ListGeneratedTemplates.html */
  ListGeneratedTemplates: "L||||||;",
  /** Grants permission to return Hook invocations result information for the specified target. Access level: List. Resources: stack. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_ListHookResults.html */
  ListHookResults: "L|||3;0;|3|cloudformation:ListAllHookResults|;",
  /** Grants permission to list all stacks that are importing an exported output value. Access level: List. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_ListImports.html */
  ListImports: "L||||||;",
  /** Grants permission to list resource requests in your account. Access level: Read. https://docs.aws.amazon.com/cloudcontrolapi/latest/APIReference/API_ListResourceRequests.html */
  ListResourceRequests: "R||||||;",
  /** Grants permission to list the related resources for a list of resources from a resource scan. The response indicates whether each returned resource is already managed by CloudFormation. Access level: List. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_ListResourceScanRelatedResources.html */
  ListResourceScanRelatedResources: "L||||||;",
  /** Grants permission to list the resources from a resource scan. The results can be filtered by resource identifier, resource type prefix, tag key, and tag value. Access level: List. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_ListResourceScanResources.html */
  ListResourceScanResources: "L||||||;",
  /** Grants permission to list the resource scans from newest to oldest. By default it will return up to 10 resource scans. Access level: List. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_ListResourceScans.html */
  ListResourceScans: "L||||||;",
  /** Grants permission to list resources in your account. Access level: Read. https://docs.aws.amazon.com/cloudcontrolapi/latest/APIReference/API_ListResources.html */
  ListResources: "R|||||2|;",
  /** Grants permission to return drift information for the resources that have been checked for drift in the specified stack instance. Access level: List. Resources: stackset*. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_ListStackInstanceResourceDrifts.html */
  ListStackInstanceResourceDrifts: "L|||4;1;|||;",
  /** Grants permission to return summary information about stack instances that are associated with the specified stack set. Access level: List. Resources: stackset*. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_ListStackSets.html */
  ListStackInstances: "L|||4;1;|||;",
  /** Grants permission to return the list of actions of the specified stack refactor. Access level: List. Resources: stack*. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_ListStackRefactorActions.html */
  ListStackRefactorActions: "L|||3;1;|||;",
  /** Grants permission to return the ID and status of each active stack refactor. Access level: List. Resources: stack*. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_ListStackRefactors.html */
  ListStackRefactors: "L|||3;1;|||;",
  /** Grants permission to return descriptions of all resources of the specified stack. Access level: List. Resources: stack*. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_ListStackResources.html */
  ListStackResources: "L|||3;1;|||;",
  /** Grants permission to return summary information about StackSet Auto Deployment Targets. Access level: List. Resources: stackset*. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_ListStackSetAutoDeploymentTargets.html */
  ListStackSetAutoDeploymentTargets: "L|||4;1;|||;",
  /** Grants permission to return summary information about the results of a stack set operation. Access level: List. Resources: stackset*. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_ListStackSetOperationResults.html */
  ListStackSetOperationResults: "L|||4;1;|||;",
  /** Grants permission to return summary information about operations performed on a stack set. Access level: List. Resources: stackset*. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_ListStackSetOperations.html */
  ListStackSetOperations: "L|||4;1;|||;",
  /** Grants permission to return summary information about stack sets that are associated with the user. Access level: List. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_ListStackSets.html */
  ListStackSets: "L||||||;",
  /** Grants permission to return the summary information for stacks whose status matches the specified StackStatusFilter. In combination with the DescribeStacks action, grants permission to list descriptions for stacks. Access level: List. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_ListStacks.html */
  ListStacks: "L||||||DescribeStacks,;",
  /** Grants permission to list CloudFormation type registration attempts. Access level: List. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_ListTypeRegistrations.html */
  ListTypeRegistrations: "L||||||;",
  /** Grants permission to list versions of a particular CloudFormation type. Access level: List. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_ListTypeVersions.html */
  ListTypeVersions: "L||||||;",
  /** Grants permission to list available CloudFormation types. Access level: List. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_ListTypes.html */
  ListTypes: "L||||||;",
  /** Grants permission to publish the specified extension to the CloudFormation registry as a public extension in this region. Access level: Write. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_PublishType.html */
  PublishType: "W||||||;",
  /** Grants permission to record the handler progress. Access level: Write. Resources: stack*. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_RecordHandlerProgress.html */
  RecordHandlerProgress: "W|||3;1;|||;",
  /** Grants permission to register account as a publisher of public extensions in the CloudFormation registry. Access level: Write. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_RegisterPublisher.html */
  RegisterPublisher: "W||||||;",
  /** Grants permission to register a new CloudFormation type. Access level: Write. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_RegisterType.html */
  RegisterType: "W|||||2|;",
  /** Grants permission to rollback the stack to the last stable state. Access level: Write. Resources: stack*. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_RollbackStack.html */
  RollbackStack: "W|||3;1;|7|2|;",
  /** Grants permission to set a stack policy for a specified stack. Access level: Permissions management. Resources: stack*. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_SetStackPolicy.html */
  SetStackPolicy: "P|||3;1;|8||;,UpdateStack",
  /** Grants permission to set the configuration data for a registered CloudFormation extension, in the given account and region. Access level: Write. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_SetTypeConfiguration.html */
  SetTypeConfiguration: "W||||||;",
  /** Grants permission to set which version of a CloudFormation type applies to CloudFormation operations. Access level: Write. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_SetTypeDefaultVersion.html */
  SetTypeDefaultVersion: "W||||||;",
  /** Grants permission to send a signal to the specified resource with a success or failure status. Access level: Write. Resources: stack*. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_SignalResource.html */
  SignalResource: "W|||3;1;|||;",
  /** Grants permission to start a scan of the resources in this account in this Region. Access level: Write. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_StartResourceScan.html */
  StartResourceScan: "W||||||;",
  /** Grants permission to stop an in-progress operation on a stack set and its associated stack instances. Access level: Write. Resources: stackset*. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_StopStackSetOperation.html */
  StopStackSetOperation: "W|||4;1;|||;",
  /** Grants permission to tag cloudformation resources. Access level: Tagging. Resources: changeset, stack, stackset. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_TagResource.html */
  TagResource:
    "T|||0;0;,3;0;,4;0;|0,2,4||CreateChangeSet,CreateStack,CreateStackSet,ExecuteChangeSet,UpdateStack,UpdateStackSet",
  /** Grants permission to test a registered extension to make sure it meets all necessary requirements for being published in the CloudFormation registry. Access level: Write. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_TestType.html */
  TestType: "W||||||;",
  /** Grants permission to untag cloudformation resources. Access level: Tagging. Resources: changeset, stack, stackset. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,3;0;,4;0;|2,4||CreateChangeSet,ExecuteChangeSet,UpdateStack,UpdateStackSet",
  /** Grants permission to update a generated template. This can be used to change the name, add and remove resources, refresh resources, and change the DeletionPolicy and UpdateReplacePolicy settings. Access level: Write. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_UpdateGeneratedTemplate.html */
  UpdateGeneratedTemplate: "W||||||;",
  /** Grants permission to update resources in your account. Access level: Write. https://docs.aws.amazon.com/cloudcontrolapi/latest/APIReference/API_UpdateResource.html */
  UpdateResource: "W|||||2|;",
  /** Grants permission to update a stack as specified in the template. Access level: Write. Resources: stack*. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_UpdateStack.html */
  UpdateStack: "W|||3;1;|0,2,6,7,8,10|cloudformation:SetStackPolicy,0,1,2|;",
  /** Grants permission to update the parameter values for stack instances for the specified accounts, within the specified regions. Access level: Write. Resources: stackset*, stackset-target, type. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_UpdateStackInstances.html */
  UpdateStackInstances: "W|||4;1;,5;0;,6;0;|9||;",
  /** Grants permission to update a stackset as specified in the template. Access level: Write. Resources: stackset*, stackset-target, type. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_UpdateStackSet.html */
  UpdateStackSet: "W|||4;1;,5;0;,6;0;|0,2,7,9,10|0,1,2|;",
  /** Grants permission to update termination protection for the specified stack. Access level: Write. Resources: stack*. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_UpdateTerminationProtection.html */
  UpdateTerminationProtection: "W|||3;1;|||;",
  /** Grants permission to validate a specified template. Access level: Read. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_ValidateTemplate.html */
  ValidateTemplate: "R||||10||;",
} as const;
const actionDetails = {
  ActivateOrganizationsAccess:
    "|,;~~~|Grants permission to activate trusted access between StackSets and Organizations. With trusted access between StackSets and Organizations activated, the management account has permissions to create and manage StackSets for your organization",
  ActivateType:
    "|,;~~~|Grants permission to activate a public third-party extension, making it available for use in stack templates",
  BatchDescribeTypeConfigurations:
    "|,;~~~|Grants permission to return configuration data for the specified CloudFormation extensions",
  CancelResourceRequest: "|,;~~cloudcontrol~|Grants permission to cancel resource requests in your account",
  CancelUpdateStack: "|,;~~~|Grants permission to cancel an update on the specified stack",
  ContinueUpdateRollback:
    "|,;~~~|Grants permission to continue rolling back a stack that is in the UPDATE_ROLLBACK_FAILED state to the UPDATE_ROLLBACK_COMPLETE state",
  CreateChangeSet: "|,;~~~|Grants permission to create a list of changes for a stack",
  CreateGeneratedTemplate:
    "|,;~~~|Grants permission to create a template from existing resources that are not already managed with CloudFormation",
  CreateResource: "|,;~~cloudcontrol~|Grants permission to create resources in your account",
  CreateStack: "|,;~~~|Grants permission to create a stack as specified in the template",
  CreateStackInstances:
    "|,;~~~|Grants permission to create stack instances for the specified accounts, within the specified regions",
  CreateStackRefactor: "|,;~~~|Grants permission to create a stack refactor",
  CreateStackSet: "|,;~~~|Grants permission to create a stackset as specified in the template",
  CreateUploadBucket:
    "|,;~|Grants permission to upload templates to Amazon S3 buckets. Used only by the AWS CloudFormation console and is not documented in the API reference",
  DeactivateOrganizationsAccess:
    "|,;~~~|Grants permission to deactivate trusted access between StackSets and Organizations. If trusted access is deactivated, the management account does not have permissions to create and manage service-managed StackSets for your organization",
  DeactivateType:
    "|,;~~~|Grants permission to deactivate a public extension that was previously activated in this account and region",
  DeleteChangeSet:
    "|,;~~~|Grants permission to delete the specified change set. Deleting change sets ensures that no one executes the wrong change set",
  DeleteGeneratedTemplate: "|,;~~~|Grants permission to delete a generated template",
  DeleteResource: "|,;~~cloudcontrol~|Grants permission to delete resources in your account",
  DeleteStack: "|,;~~~|Grants permission to delete a specified stack",
  DeleteStackInstances:
    "|,;~~~|Grants permission to delete stack instances for the specified accounts, in the specified regions",
  DeleteStackSet: "|,;~~~|Grants permission to delete a specified stackset",
  DeregisterType: "|,;~~~|Grants permission to deregister an existing CloudFormation type or type version",
  DescribeAccountLimits: "|,;~~~|Grants permission to retrieve your account's AWS CloudFormation limits",
  DescribeChangeSet: "|,;~~~|Grants permission to return the description for the specified change set",
  DescribeChangeSetHooks:
    "|,;~~~|Grants permission to return the Hook invocation information for the specified change set",
  DescribeEvents: "|,;~~~|Grants permission to return all related events for a specified operation",
  DescribeGeneratedTemplate:
    "|,;~~~|Grants permission to describe a generated template. The output includes details about the progress of the creation of a generated template",
  DescribeOrganizationsAccess:
    "|,;~~~|Grants permission to return information about the account's OrganizationAccess status",
  DescribePublisher: "|,;~~~|Grants permission to return information about a CloudFormation extension publisher",
  DescribeResourceScan: "|,;~~~|Grants permission to describe details of a resource scan",
  DescribeStackDriftDetectionStatus:
    "|,;~~~|Grants permission to return information about a stack drift detection operation",
  DescribeStackEvents: "|,;~~~|Grants permission to return all stack related events for a specified stack",
  DescribeStackInstance:
    "|,;~~~|Grants permission to return the stack instance that's associated with the specified stack set, AWS account, and region",
  DescribeStackRefactor: "|,;~~~|Grants permission to return the description for the specified stack refactor",
  DescribeStackResource:
    "|,;~~~|Grants permission to return a description of the specified resource in the specified stack",
  DescribeStackResourceDrifts:
    "|,;~~~|Grants permission to return drift information for the resources that have been checked for drift in the specified stack",
  DescribeStackResources: "|,;~~~|Grants permission to return AWS resource descriptions for running and deleted stacks",
  DescribeStackSet: "|,;~~~|Grants permission to return the description of the specified stack set",
  DescribeStackSetOperation: "|,;~~~|Grants permission to return the description of the specified stack set operation",
  DescribeStacks:
    "|,;~~~|Grants permission to return the description for the specified stack, and to all stacks when used in combination with the ListStacks action",
  DescribeType: "|,;~~~|Grants permission to return information about the CloudFormation type requested",
  DescribeTypeRegistration:
    "|,;~~~|Grants permission to return information about the registration process for a CloudFormation type",
  DetectStackDrift:
    "|,;~~~|Grants permission to detects whether a stack's actual configuration differs, or has drifted, from it's expected configuration, as defined in the stack template and any values specified as template parameters",
  DetectStackResourceDrift:
    "|,;~~~,~~|Grants permission to return information about whether a resource's actual configuration differs, or has drifted, from it's expected configuration, as defined in the stack template and any values specified as template parameters",
  DetectStackSetDrift:
    "|,;~~~|Grants permission to enable users to detect drift on a stack set and the stack instances that belong to that stack set",
  EstimateTemplateCost: "|,;~~~|Grants permission to return the estimated monthly cost of a template",
  ExecuteChangeSet:
    "|,;~~~|Grants permission to update a stack using the input information that was provided when the specified change set was created",
  ExecuteStackRefactor:
    "|,;~~~|Grants permission to execute a stack refactor using the input information that was provided when the specified stack refactor was created",
  GetGeneratedTemplate: "|,;~~~|Grants permission to retrieve a generated template",
  GetHookResult: "|,;~~~|Grants permission to return detailed information about a specific hook invocation result",
  GetResource: "|,;~~cloudcontrol~|Grants permission to get resources in your account",
  GetResourceRequestStatus: "|,;~~cloudcontrol~|Grants permission to get resource requests in your account",
  GetStackPolicy: "|,;~~~|Grants permission to return the stack policy for a specified stack",
  GetTemplate: "|,;~~~|Grants permission to return the template body for a specified stack",
  GetTemplateSummary: "|,;~~~|Grants permission to return information about a new or existing template",
  ImportStacksToStackSet:
    "|,;~~~|Grants permission to enable users to import existing stacks to a new or existing stackset",
  ListAllHookResults:
    "|,;~~~|Grants permission to return Hook invocations result information for a specified Hook, a combination of Hook and status, or all Hooks",
  ListChangeSets:
    "|,;~~~|Grants permission to return the ID and status of each active change set for a stack. For example, AWS CloudFormation lists change sets that are in the CREATE_IN_PROGRESS or CREATE_PENDING state",
  ListExports:
    "|,;~~~|Grants permission to list all exported output values in the account and region in which you call this action",
  ListGeneratedTemplates: "|,;~~~|Grants permission to list your generated templates in this Region",
  ListHookResults: "|,;~~~|Grants permission to return Hook invocations result information for the specified target",
  ListImports: "|,;~~~|Grants permission to list all stacks that are importing an exported output value",
  ListResourceRequests: "|,;~~cloudcontrol~|Grants permission to list resource requests in your account",
  ListResourceScanRelatedResources:
    "|,;~~~|Grants permission to list the related resources for a list of resources from a resource scan. The response indicates whether each returned resource is already managed by CloudFormation",
  ListResourceScanResources:
    "|,;~~~|Grants permission to list the resources from a resource scan. The results can be filtered by resource identifier, resource type prefix, tag key, and tag value",
  ListResourceScans:
    "|,;~~~|Grants permission to list the resource scans from newest to oldest. By default it will return up to 10 resource scans",
  ListResources: "|,;~~cloudcontrol~|Grants permission to list resources in your account",
  ListStackInstanceResourceDrifts:
    "|,;~~~|Grants permission to return drift information for the resources that have been checked for drift in the specified stack instance",
  ListStackInstances:
    "|,;~~~|Grants permission to return summary information about stack instances that are associated with the specified stack set",
  ListStackRefactorActions: "|,;~~~|Grants permission to return the list of actions of the specified stack refactor",
  ListStackRefactors: "|,;~~~|Grants permission to return the ID and status of each active stack refactor",
  ListStackResources: "|,;~~~|Grants permission to return descriptions of all resources of the specified stack",
  ListStackSetAutoDeploymentTargets:
    "|,;~~~|Grants permission to return summary information about StackSet Auto Deployment Targets",
  ListStackSetOperationResults:
    "|,;~~~|Grants permission to return summary information about the results of a stack set operation",
  ListStackSetOperations:
    "|,;~~~|Grants permission to return summary information about operations performed on a stack set",
  ListStackSets:
    "|,;~~~|Grants permission to return summary information about stack sets that are associated with the user",
  ListStacks:
    "|,;~~~,~~|Grants permission to return the summary information for stacks whose status matches the specified StackStatusFilter. In combination with the DescribeStacks action, grants permission to list descriptions for stacks",
  ListTypeRegistrations: "|,;~~~|Grants permission to list CloudFormation type registration attempts",
  ListTypeVersions: "|,;~~~|Grants permission to list versions of a particular CloudFormation type",
  ListTypes: "|,;~~~|Grants permission to list available CloudFormation types",
  PublishType:
    "|,;~~~|Grants permission to publish the specified extension to the CloudFormation registry as a public extension in this region",
  RecordHandlerProgress: "|,;~~~|Grants permission to record the handler progress",
  RegisterPublisher:
    "|,;~~~|Grants permission to register account as a publisher of public extensions in the CloudFormation registry",
  RegisterType: "|,;~~~|Grants permission to register a new CloudFormation type",
  RollbackStack: "|,;~~~|Grants permission to rollback the stack to the last stable state",
  SetStackPolicy: "|,;~~~,~~|Grants permission to set a stack policy for a specified stack",
  SetTypeConfiguration:
    "|,;~~~|Grants permission to set the configuration data for a registered CloudFormation extension, in the given account and region",
  SetTypeDefaultVersion:
    "|,;~~~|Grants permission to set which version of a CloudFormation type applies to CloudFormation operations",
  SignalResource:
    "|,;~~~|Grants permission to send a signal to the specified resource with a success or failure status",
  StartResourceScan: "|,;~~~|Grants permission to start a scan of the resources in this account in this Region",
  StopStackSetOperation:
    "|,;~~~|Grants permission to stop an in-progress operation on a stack set and its associated stack instances",
  TagResource: "|,;~~~,~~,~~,~~,~~,~~|Grants permission to tag cloudformation resources",
  TestType:
    "|,;~~~|Grants permission to test a registered extension to make sure it meets all necessary requirements for being published in the CloudFormation registry",
  UntagResource: "|,;~~~,~~,~~,~~|Grants permission to untag cloudformation resources",
  UpdateGeneratedTemplate:
    "|,;~~~|Grants permission to update a generated template. This can be used to change the name, add and remove resources, refresh resources, and change the DeletionPolicy and UpdateReplacePolicy settings",
  UpdateResource: "|,;~~cloudcontrol~|Grants permission to update resources in your account",
  UpdateStack: "|,;~~~|Grants permission to update a stack as specified in the template",
  UpdateStackInstances:
    "|,;~~~|Grants permission to update the parameter values for stack instances for the specified accounts, within the specified regions",
  UpdateStackSet: "|,;~~~|Grants permission to update a stackset as specified in the template",
  UpdateTerminationProtection: "|,;~~~|Grants permission to update termination protection for the specified stack",
  ValidateTemplate: "|,;~~~|Grants permission to validate a specified template",
};
const resourceTypeFacts = {
  /** The changeset resource type: arn:${Partition}:cloudformation:${Region}:${Account}:changeSet/${ChangeSetName}/${Id} */
  changeset: "|,|1",
  /** The generatedtemplate resource type: arn:${Partition}:cloudformation:${Region}:${Account}:generatedTemplate/${Id} */
  generatedtemplate: "|,|",
  /** The resourcescan resource type: arn:${Partition}:cloudformation:${Region}:${Account}:resourceScan/${Id} */
  resourcescan: "|,|",
  /** The stack resource type: arn:${Partition}:cloudformation:${Region}:${Account}:stack/${StackName}/${Id} */
  stack: "|,|1",
  /** The stackset resource type: arn:${Partition}:cloudformation:${Region}:${Account}:stackset/${StackSetName}:${Id} */
  stackset: "|,|1",
  /** The stackset-target resource type: arn:${Partition}:cloudformation:${Region}:${Account}:stackset-target/${StackSetTarget} */
  "stackset-target": "|,stacksetTarget|",
  /** The type resource type: arn:${Partition}:cloudformation:${Region}:${Account}:type/resource/${Type} */
  type: "|,|",
  /** The typeHook resource type: arn:${Partition}:cloudformation:${Region}:${Account}:type/hook/${Type} */
  typeHook: "|,|",
} as const;
const arnFormats = {
  /** ARN of a changeset resource: arn:${Partition}:cloudformation:${Region}:${Account}:changeSet/${ChangeSetName}/${Id}. */
  changeset: "|,changeset|arn:|Partition|:cloudformation:|Region|:|Account|:changeSet/|ChangeSetName|/|Id|",
  /** ARN of a generatedtemplate resource: arn:${Partition}:cloudformation:${Region}:${Account}:generatedTemplate/${Id}. */
  generatedtemplate: "|,generatedtemplate|arn:|Partition|:cloudformation:|Region|:|Account|:generatedTemplate/|Id|",
  /** ARN of a resourcescan resource: arn:${Partition}:cloudformation:${Region}:${Account}:resourceScan/${Id}. */
  resourcescan: "|,resourcescan|arn:|Partition|:cloudformation:|Region|:|Account|:resourceScan/|Id|",
  /** ARN of a stack resource: arn:${Partition}:cloudformation:${Region}:${Account}:stack/${StackName}/${Id}. */
  stack: "|,stack|arn:|Partition|:cloudformation:|Region|:|Account|:stack/|StackName|/|Id|",
  /** ARN of a stackset resource: arn:${Partition}:cloudformation:${Region}:${Account}:stackset/${StackSetName}:${Id}. */
  stackset: "|,stackset|arn:|Partition|:cloudformation:|Region|:|Account|:stackset/|StackSetName|:|Id|",
  /** ARN of a stackset-target resource: arn:${Partition}:cloudformation:${Region}:${Account}:stackset-target/${StackSetTarget}. */
  stacksetTarget:
    "|,stackset-target|arn:|Partition|:cloudformation:|Region|:|Account|:stackset-target/|StackSetTarget|",
  /** ARN of a type resource: arn:${Partition}:cloudformation:${Region}:${Account}:type/resource/${Type}. */
  type: "|,type|arn:|Partition|:cloudformation:|Region|:|Account|:type/resource/|Type|",
  /** ARN of a typeHook resource: arn:${Partition}:cloudformation:${Region}:${Account}:type/hook/${Type}. */
  typeHook: "|,typeHook|arn:|Partition|:cloudformation:|Region|:|Account|:type/hook/|Type|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "changeset",
  "generatedtemplate",
  "resourcescan",
  "stack",
  "stackset",
  "stackset-target",
  "type",
  "typeHook",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "cloudformation">;
/** Any cloudformation action. */
export type Action = ActionOf<typeof actionFacts, "cloudformation">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "cloudformation">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "cloudformation" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every cloudformation action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by an AWS CloudFormation change set name. Use to control which change sets IAM users can execute or delete. */
  "cloudformation:ChangeSetName": "String";
  /** Filters access by the name of a resource-mutating API action. Use to control which APIs IAM users can use to add or remove tags on a stack or stack set. */
  "cloudformation:CreateAction": "String";
  /** Filters access by the template resource types, such as AWS::EC2::Instance. Use to control which resource types IAM users can work with when they want to import a resource into a stack. */
  "cloudformation:ImportResourceTypes": "String";
  /** Filters access by the template resource types, such as AWS::EC2::Instance. Use to control which resource types IAM users can work with when they create or update a stack. */
  "cloudformation:ResourceTypes": "ArrayOfString";
  /** Filters access by the ARN of an IAM service role. Use to control which service role IAM users can use to work with stacks or change sets. */
  "cloudformation:RoleArn": "ARN";
  /** Filters access by an Amazon S3 stack policy URL. Use to control which stack policies IAM users can associate with a stack during a create or update stack action. */
  "cloudformation:StackPolicyUrl": "String";
  /** Filters access by stack set target region. Use to control which regions IAM users can use when they create or update stack sets. */
  "cloudformation:TargetRegion": "ArrayOfString";
  /** Filters access by an Amazon S3 template URL. Use to control which templates IAM users can use when they create or update stacks. */
  "cloudformation:TemplateUrl": "String";
  /** Filters access by the ARN of a CloudFormation extension. */
  "cloudformation:TypeArn": "ARN";
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
  "cloudformation:ChangeSetName":
    "|,String|0||Filters access by an AWS CloudFormation change set name. Use to control which change sets IAM users can execute or delete",
  "cloudformation:CreateAction":
    "|,String|0||Filters access by the name of a resource-mutating API action. Use to control which APIs IAM users can use to add or remove tags on a stack or stack set",
  "cloudformation:ImportResourceTypes":
    "|,String|0||Filters access by the template resource types, such as AWS::EC2::Instance. Use to control which resource types IAM users can work with when they want to import a resource into a stack",
  "cloudformation:ResourceTypes":
    "|,ArrayOfString|0||Filters access by the template resource types, such as AWS::EC2::Instance. Use to control which resource types IAM users can work with when they create or update a stack",
  "cloudformation:RoleArn":
    "|,ARN|0||Filters access by the ARN of an IAM service role. Use to control which service role IAM users can use to work with stacks or change sets",
  "cloudformation:StackPolicyUrl":
    "|,String|0||Filters access by an Amazon S3 stack policy URL. Use to control which stack policies IAM users can associate with a stack during a create or update stack action",
  "cloudformation:TargetRegion":
    "|,ArrayOfString|0||Filters access by stack set target region. Use to control which regions IAM users can use when they create or update stack sets",
  "cloudformation:TemplateUrl":
    "|,String|0||Filters access by an Amazon S3 template URL. Use to control which templates IAM users can use when they create or update stacks",
  "cloudformation:TypeArn": "|,ARN|0||Filters access by the ARN of a CloudFormation extension",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "cloudformation",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
