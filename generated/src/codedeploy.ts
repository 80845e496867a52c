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
export const prefix: "codedeploy" = "codedeploy";
/** The service's name in the reference. */
export const serviceName: "AWS CodeDeploy" = "AWS CodeDeploy";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS CodeDeploy",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awscodedeploy.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [
  "codedeploy:CreateCloudFormationDeployment",
  "codedeploy:TagResource",
  "iam:PassRole",
] as const;
const actionFacts = {
  /** Grants permission to add tags to one or more on-premises instances. Access level: Tagging. Resources: instance*. https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_AddTagsToOnPremisesInstances.html */
  AddTagsToOnPremisesInstances: "T|||3;1;|||;",
  /** Grants permission to get information about one or more application revisions. Access level: Read. Resources: application*. https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_BatchGetApplicationRevisions.html */
  BatchGetApplicationRevisions: "R|||0;1;|||;",
  /** Grants permission to get information about multiple applications associated with the IAM user. Access level: Read. Resources: application*. https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_BatchGetApplications.html */
  BatchGetApplications: "R|||0;1;|||;",
  /** Grants permission to get information about one or more deployment groups. Access level: Read. Resources: deploymentgroup*. https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_BatchGetDeploymentGroups.html */
  BatchGetDeploymentGroups: "R|||2;1;|||;",
  /** Grants permission to get information about one or more instance that are part of a deployment group. Access level: Read. Resources: deploymentgroup*. https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_BatchGetDeploymentInstances.html */
  BatchGetDeploymentInstances: "R|||2;1;|||;",
  /** Grants permission to return an array of one or more targets associated with a deployment. This method works with all compute types and should be used instead of the deprecated BatchGetDeploymentInstances. The maximum number of targets that can be returned is 25. Access level: Read. https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_BatchGetDeploymentTargets.html */
  BatchGetDeploymentTargets: "R||||||;",
  /** Grants permission to get information about multiple deployments associated with the IAM user. Access level: Read. Resources: deploymentgroup*. https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_BatchGetDeployments.html */
  BatchGetDeployments: "R|||2;1;|||;",
  /** Grants permission to get information about one or more on-premises instances. Access level: Read. Resources: instance*. https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_BatchGetOnPremisesInstances.html */
  BatchGetOnPremisesInstances: "R|||3;1;|||;",
  /** Grants permission to start the process of rerouting traffic from instances in the original environment to instances in thereplacement environment without waiting for a specified wait time to elapse. Access level: Write. https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_ContinueDeployment.html */
  ContinueDeployment: "W||||||;",
  /** Grants permission to create an application associated with the IAM user. Access level: Write. Resources: application*. https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_CreateApplication.html */
  CreateApplication: "W|||0;1;|0,2|1|;",
  /** Grants permission to create CloudFormation deployment to cooperate ochestration for a CloudFormation stack update. Access level: Write. Permission only. https://docs.aws.amazon.com/codedeploy/latest/APIReference/codedeploy/latest/userguide/deployments-create-ecs-cfn.html */
  CreateCloudFormationDeployment: "W||1||||PutLifecycleEventHookExecutionStatus,StopDeployment",
  /** Grants permission to create a deployment for an application associated with the IAM user. Access level: Write. Resources: deploymentgroup*. https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_CreateDeployment.html */
  CreateDeployment:
    "W|||2;1;||codedeploy:GetApplicationRevision,codedeploy:GetDeploymentConfig,codedeploy:RegisterApplicationRevision,codedeploy:UpdateDeploymentGroup|;",
  /** Grants permission to create a custom deployment configuration associated with the IAM user. Access level: Write. Resources: deploymentconfig*. https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_CreateDeploymentConfig.html */
  CreateDeploymentConfig: "W|||1;1;|||;",
  /** Grants permission to create a deployment group for an application associated with the IAM user. Access level: Write. Resources: deploymentgroup*. https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_CreateDeploymentGroup.html */
  CreateDeploymentGroup: "W|||2;1;|0,2|1,2|;",
  /** Grants permission to delete an application associated with the IAM user. Access level: Write. Resources: application*. https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_DeleteApplication.html */
  DeleteApplication: "W|||0;1;|||;",
  /** Grants permission to delete a custom deployment configuration associated with the IAM user. Access level: Write. Resources: deploymentconfig*. https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_DeleteDeploymentConfig.html */
  DeleteDeploymentConfig: "W|||1;1;|||;",
  /** Grants permission to delete a deployment group for an application associated with the IAM user. Access level: Write. Resources: deploymentgroup*. https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_DeleteDeploymentGroup.html */
  DeleteDeploymentGroup: "W|||2;1;|||;",
  /** Grants permission to delete a GitHub account connection. Access level: Write. https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_DeleteGitHubAccountToken.html */
  DeleteGitHubAccountToken: "W||||||;",
  /** Grants permission to delete resources associated with the given external Id. Access level: Write. https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_DeleteResourcesByExternalId.html */
  DeleteResourcesByExternalId: "W||||||;",
  /** Grants permission to deregister an on-premises instance. Access level: Write. Resources: instance*. https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_DeregisterOnPremisesInstance.html */
  DeregisterOnPremisesInstance: "W|||3;1;|||;",
  /** Grants permission to get information about a single application associated with the IAM user. Access level: List. Resources: application*. https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_GetApplication.html */
  GetApplication: "L|||0;1;|||;",
  /** Grants permission to get information about a single application revision for an application associated with the IAM user. Access level: List. Resources: application*. https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_GetApplicationRevision.html */
  GetApplicationRevision: "L|||0;1;|||CreateDeployment,;",
  /** Grants permission to get information about a single deployment to a deployment group for an application associated with the IAM user. Access level: List. Resources: deploymentgroup*. https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_GetDeployment.html */
  GetDeployment: "L|||2;1;|||;",
  /** Grants permission to get information about a single deployment configuration associated with the IAM user. Access level: List. Resources: deploymentconfig*. https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_GetDeploymentConfig.html */
  GetDeploymentConfig: "L|||1;1;|||CreateDeployment,;",
  /** Grants permission to get information about a single deployment group for an application associated with the IAM user. Access level: List. Resources: deploymentgroup*. https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_GetDeploymentGroup.html */
  GetDeploymentGroup: "L|||2;1;|||;",
  /** Grants permission to get information about a single instance in a deployment associated with the IAM user. Access level: List. Resources: deploymentgroup*. https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_GetDeploymentInstance.html */
  GetDeploymentInstance: "L|||2;1;|||;",
  /** Grants permission to return information about a deployment target. Access level: Read. https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_GetDeploymentTarget.html */
  GetDeploymentTarget: "R||||||;",
  /** Grants permission to get information about a single on-premises instance. Access level: List. Resources: instance*. https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_GetOnPremisesInstance.html */
  GetOnPremisesInstance: "L|||3;1;|||;",
  /** Grants permission to get information about all application revisions for an application associated with the IAM user. Access level: List. Resources: application*. https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_ListApplicationRevisions.html */
  ListApplicationRevisions: "L|||0;1;|||;",
  /** Grants permission to get information about all applications associated with the IAM user. Access level: List. https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_ListApplications.html */
  ListApplications: "L||||||;",
  /** Grants permission to get information about all deployment configurations associated with the IAM user. Access level: List. https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_ListDeploymentConfigs.html */
  ListDeploymentConfigs: "L||||||;",
  /** Grants permission to get information about all deployment groups for an application associated with the IAM user. Access level: List. Resources: application*. https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_ListDeploymentGroups.html */
  ListDeploymentGroups: "L|||0;1;|||;",
  /** Grants permission to get information about all instances in a deployment associated with the IAM user. Access level: List. Resources: deploymentgroup*. https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_ListDeploymentInstances.html */
  ListDeploymentInstances: "L|||2;1;|||;",
  /** Grants permission to return an array of target IDs that are associated a deployment. Access level: List. https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_ListDeploymentTargets.html */
  ListDeploymentTargets: "L||||||;",
  /** Grants permission to get information about all deployments to a deployment group associated with the IAM user, or to get all deployments associated with the IAM user. Access level: List. Resources: deploymentgroup*. https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_ListDeployments.html */
  ListDeployments: "L|||2;1;|||;",
  /** Grants permission to list the names of stored connections to GitHub accounts. Access level: List. https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_ListGitHubAccountTokenNames.html */
  ListGitHubAccountTokenNames: "L||||||;",
  /** Grants permission to get a list of one or more on-premises instance names. Access level: List. https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_ListOnPremisesInstances.html */
  ListOnPremisesInstances: "L||||||;",
  /** Grants permission to return a list of tags for the resource identified by a specified ARN. Tags are used to organize and categorize your CodeDeploy resources. Access level: List. Resources: application, deploymentgroup. https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "L|||0;0;,2;0;|||;",
  /** Grants permission to notify a lifecycle event hook execution status for associated deployment with the IAM user. Access level: Write. https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_PutLifecycleEventHookExecutionStatus.html */
  PutLifecycleEventHookExecutionStatus: "W|||||0|;",
  /** Grants permission to register information about an application revision for an application associated with the IAM user. Access level: Write. Resources: application*. https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_RegisterApplicationRevision.html */
  RegisterApplicationRevision: "W|||0;1;|||CreateDeployment,;",
  /** Grants permission to register an on-premises instance. Access level: Write. Resources: instance*. https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_RegisterOnPremisesInstance.html */
  RegisterOnPremisesInstance: "W|||3;1;|||;",
  /** Grants permission to remove tags from one or more on-premises instances. Access level: Tagging. Resources: instance*. https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_RemoveTagsFromOnPremisesInstances.html */
  RemoveTagsFromOnPremisesInstances: "T|||3;1;|||;",
  /** Grants permission to override any specified wait time and starts terminating instances immediately after the traffic routing is complete. This action applies to blue-green deployments only. Access level: Write. https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_SkipWaitTimeForInstanceTermination.html */
  SkipWaitTimeForInstanceTermination: "W||||||;",
  /** Grants permission to stop a deployment. Access level: Write. https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_StopDeployment.html */
  StopDeployment: "W|||||0|;",
  /** Grants permission to associate the list of tags in the input Tags parameter with the resource identified by the ResourceArn input parameter. Access level: Tagging. Resources: application, deploymentgroup. https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_TagResource.html */
  TagResource: "T|||0;0;,2;0;|0,2||CreateApplication,CreateDeploymentGroup,;",
  /** Grants permission to disassociate a resource from a list of tags. The resource is identified by the ResourceArn input parameter. The tags are identfied by the list of keys in the TagKeys input parameter. Access level: Tagging. Resources: application, deploymentgroup. https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,2;0;|2||;",
  /** Grants permission to update an application. Access level: Write. Resources: application*. https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_UpdateApplication.html */
  UpdateApplication: "W|||0;1;|||;",
  /** Grants permission to change information about a single deployment group for an application associated with the IAM user. Access level: Write. Resources: deploymentgroup*. https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_UpdateDeploymentGroup.html */
  UpdateDeploymentGroup: "W|||2;1;||2|CreateDeployment,;",
} as const;
const actionDetails = {
  AddTagsToOnPremisesInstances: "|,;~~~|Grants permission to add tags to one or more on-premises instances",
  BatchGetApplicationRevisions: "|,;~~~|Grants permission to get information about one or more application revisions",
  BatchGetApplications:
    "|,;~~~|Grants permission to get information about multiple applications associated with the IAM user",
  BatchGetDeploymentGroups: "|,;~~~|Grants permission to get information about one or more deployment groups",
  BatchGetDeploymentInstances:
    "|,;~~~|Grants permission to get information about one or more instance that are part of a deployment group",
  BatchGetDeploymentTargets:
    "|,;~~~|Grants permission to return an array of one or more targets associated with a deployment. This method works with all compute types and should be used instead of the deprecated BatchGetDeploymentInstances. The maximum number of targets that can be returned is 25",
  BatchGetDeployments:
    "|,;~~~|Grants permission to get information about multiple deployments associated with the IAM user",
  BatchGetOnPremisesInstances: "|,;~~~|Grants permission to get information about one or more on-premises instances",
  ContinueDeployment:
    "|,;~~~|Grants permission to start the process of rerouting traffic from instances in the original environment to instances in thereplacement environment without waiting for a specified wait time to elapse",
  CreateApplication: "|,;~~~|Grants permission to create an application associated with the IAM user",
  CreateCloudFormationDeployment:
    "|,;~~~,~~|Grants permission to create CloudFormation deployment to cooperate ochestration for a CloudFormation stack update",
  CreateDeployment: "|,;~~~|Grants permission to create a deployment for an application associated with the IAM user",
  CreateDeploymentConfig:
    "|,;~~~|Grants permission to create a custom deployment configuration associated with the IAM user",
  CreateDeploymentGroup:
    "|,;~~~|Grants permission to create a deployment group for an application associated with the IAM user",
  DeleteApplication: "|,;~~~|Grants permission to delete an application associated with the IAM user",
  DeleteDeploymentConfig:
    "|,;~~~|Grants permission to delete a custom deployment configuration associated with the IAM user",
  DeleteDeploymentGroup:
    "|,;~~~|Grants permission to delete a deployment group for an application associated with the IAM user",
  DeleteGitHubAccountToken: "|,;~~~|Grants permission to delete a GitHub account connection",
  DeleteResourcesByExternalId: "|,;~~~|Grants permission to delete resources associated with the given external Id",
  DeregisterOnPremisesInstance: "|,;~~~|Grants permission to deregister an on-premises instance",
  GetApplication: "|,;~~~|Grants permission to get information about a single application associated with the IAM user",
  GetApplicationRevision:
    "|,;~~~,~~|Grants permission to get information about a single application revision for an application associated with the IAM user",
  GetDeployment:
    "|,;~~~|Grants permission to get information about a single deployment to a deployment group for an application associated with the IAM user",
  GetDeploymentConfig:
    "|,;~~~,~~|Grants permission to get information about a single deployment configuration associated with the IAM user",
  GetDeploymentGroup:
    "|,;~~~|Grants permission to get information about a single deployment group for an application associated with the IAM user",
  GetDeploymentInstance:
    "|,;~~~|Grants permission to get information about a single instance in a deployment associated with the IAM user",
  GetDeploymentTarget: "|,;~~~|Grants permission to return information about a deployment target",
  GetOnPremisesInstance: "|,;~~~|Grants permission to get information about a single on-premises instance",
  ListApplicationRevisions:
    "|,;~~~|Grants permission to get information about all application revisions for an application associated with the IAM user",
  ListApplications: "|,;~~~|Grants permission to get information about all applications associated with the IAM user",
  ListDeploymentConfigs:
    "|,;~~~|Grants permission to get information about all deployment configurations associated with the IAM user",
  ListDeploymentGroups:
    "|,;~~~|Grants permission to get information about all deployment groups for an application associated with the IAM user",
  ListDeploymentInstances:
    "|,;~~~|Grants permission to get information about all instances in a deployment associated with the IAM user",
  ListDeploymentTargets: "|,;~~~|Grants permission to return an array of target IDs that are associated a deployment",
  ListDeployments:
    "|,;~~~|Grants permission to get information about all deployments to a deployment group associated with the IAM user, or to get all deployments associated with the IAM user",
  ListGitHubAccountTokenNames: "|,;~~~|Grants permission to list the names of stored connections to GitHub accounts",
  ListOnPremisesInstances: "|,;~~~|Grants permission to get a list of one or more on-premises instance names",
  ListTagsForResource:
    "|,;~~~|Grants permission to return a list of tags for the resource identified by a specified ARN. Tags are used to organize and categorize your CodeDeploy resources",
  PutLifecycleEventHookExecutionStatus:
    "|,;~~~|Grants permission to notify a lifecycle event hook execution status for associated deployment with the IAM user",
  RegisterApplicationRevision:
    "|,;~~~,~~|Grants permission to register information about an application revision for an application associated with the IAM user",
  RegisterOnPremisesInstance: "|,;~~~|Grants permission to register an on-premises instance",
  RemoveTagsFromOnPremisesInstances: "|,;~~~|Grants permission to remove tags from one or more on-premises instances",
  SkipWaitTimeForInstanceTermination:
    "|,;~~~|Grants permission to override any specified wait time and starts terminating instances immediately after the traffic routing is complete. This action applies to blue-green deployments only",
  StopDeployment: "|,;~~~|Grants permission to stop a deployment",
  TagResource:
    "|,;~~~,~~,~~|Grants permission to associate the list of tags in the input Tags parameter with the resource identified by the ResourceArn input parameter",
  UntagResource:
    "|,;~~~|Grants permission to disassociate a resource from a list of tags. The resource is identified by the ResourceArn input parameter. The tags are identfied by the list of keys in the TagKeys input parameter",
  UpdateApplication: "|,;~~~|Grants permission to update an application",
  UpdateDeploymentGroup:
    "|,;~~~,~~|Grants permission to change information about a single deployment group for an application associated with the IAM user",
};
const resourceTypeFacts = {
  /** The application resource type: arn:${Partition}:codedeploy:${Region}:${Account}:application:${ApplicationName} */
  application: "|,|1",
  /** The deploymentconfig resource type: arn:${Partition}:codedeploy:${Region}:${Account}:deploymentconfig:${DeploymentConfigurationName} */
  deploymentconfig: "|,|",
  /** The deploymentgroup resource type: arn:${Partition}:codedeploy:${Region}:${Account}:deploymentgroup:${ApplicationName}/${DeploymentGroupName} */
  deploymentgroup: "|,|1",
  /** The instance resource type: arn:${Partition}:codedeploy:${Region}:${Account}:instance:${InstanceName} */
  instance: "|,|",
} as const;
const arnFormats = {
  /** ARN of a application resource: arn:${Partition}:codedeploy:${Region}:${Account}:application:${ApplicationName}. */
  application: "|,application|arn:|Partition|:codedeploy:|Region|:|Account|:application:|ApplicationName|",
  /** ARN of a deploymentconfig resource: arn:${Partition}:codedeploy:${Region}:${Account}:deploymentconfig:${DeploymentConfigurationName}. */
  deploymentconfig:
    "|,deploymentconfig|arn:|Partition|:codedeploy:|Region|:|Account|:deploymentconfig:|DeploymentConfigurationName|",
  /** ARN of a deploymentgroup resource: arn:${Partition}:codedeploy:${Region}:${Account}:deploymentgroup:${ApplicationName}/${DeploymentGroupName}. */
  deploymentgroup:
    "|,deploymentgroup|arn:|Partition|:codedeploy:|Region|:|Account|:deploymentgroup:|ApplicationName|/|DeploymentGroupName|",
  /** ARN of a instance resource: arn:${Partition}:codedeploy:${Region}:${Account}:instance:${InstanceName}. */
  instance: "|,instance|arn:|Partition|:codedeploy:|Region|:|Account|:instance:|InstanceName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["application", "deploymentconfig", "deploymentgroup", "instance"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "codedeploy">;
/** Any codedeploy action. */
export type Action = ActionOf<typeof actionFacts, "codedeploy">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "codedeploy">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "codedeploy" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every codedeploy action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters actions based on the presence of tag key-value pairs in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters actions based on tag key-value pairs attached to the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters actions based on the presence of tag keys in the request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters actions based on the presence of tag key-value pairs in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters actions based on tag key-value pairs attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters actions based on the presence of tag keys in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "codedeploy",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
