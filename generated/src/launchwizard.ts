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
export const prefix: "launchwizard" = "launchwizard";
/** The service's name in the reference. */
export const serviceName: "AWS Launch Wizard" = "AWS Launch Wizard";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Launch Wizard",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awslaunchwizard.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to create an additional node. Access level: Write. Permission only. https://docs.aws.amazon.com/launchwizard/ */
  CreateAdditionalNode: "W||1||||",
  /** Grants permission to create a deployment. Access level: Write. Resources: deployment*. https://docs.aws.amazon.com/launchwizard/latest/APIReference/API_CreateDeployment.html */
  CreateDeployment: "W|||0;1;0~2||launchwizard:TagResource|;",
  /** Grants permission to create an application settings set. Access level: Write. Permission only. https://docs.aws.amazon.com/launchwizard/ */
  CreateSettingsSet: "W||1||||",
  /** Grants permission to delete an additional node. Access level: Write. Permission only. https://docs.aws.amazon.com/launchwizard/ */
  DeleteAdditionalNode: "W||1||||",
  /** Grants permission to delete an application. Access level: Write. Permission only. https://docs.aws.amazon.com/launchwizard/ */
  DeleteApp: "W||1||||",
  /** Grants permission to delete a deployment. Access level: Write. Resources: deployment*. https://docs.aws.amazon.com/launchwizard/latest/APIReference/API_DeleteDeployment.html */
  DeleteDeployment: "W|||0;1;1|||;",
  /** Grants permission to delete a settings set. Access level: Write. Permission only. https://docs.aws.amazon.com/launchwizard/ */
  DeleteSettingsSet: "W||1||||",
  /** Grants permission to describe an additional node. Access level: Read. Permission only. https://docs.aws.amazon.com/launchwizard/ */
  DescribeAdditionalNode: "R||1||||",
  /** Grants permission to describe provisioning applications. Access level: Read. Permission only. https://docs.aws.amazon.com/launchwizard/ */
  DescribeProvisionedApp: "R||1||||",
  /** Grants permission to describe provisioning events. Access level: Read. Permission only. https://docs.aws.amazon.com/launchwizard/ */
  DescribeProvisioningEvents: "R||1||||",
  /** Grants permission to describe an application settings set. Access level: Read. Permission only. https://docs.aws.amazon.com/launchwizard/ */
  DescribeSettingsSet: "R||1||||",
  /** Grants permission to get a deployment. Access level: Read. Resources: deployment*. https://docs.aws.amazon.com/launchwizard/latest/APIReference/API_GetDeployment.html */
  GetDeployment: "R|||0;1;1|||;",
  /** Grants permission to get a version of a deployment pattern. Access level: Read. https://docs.aws.amazon.com/launchwizard/latest/APIReference/API_GetDeploymentPatternVersion.html */
  GetDeploymentPatternVersion: "R||||||;",
  /** Grants permission to get infrastructure suggestion. Access level: Read. Permission only. https://docs.aws.amazon.com/launchwizard/ */
  GetInfrastructureSuggestion: "R||1||||",
  /** Grants permission to get customer's ip address. Access level: Read. Permission only. https://docs.aws.amazon.com/launchwizard/ */
  GetIpAddress: "R||1||||",
  /** Grants permission to get resource cost estimate. Access level: Read. Permission only. https://docs.aws.amazon.com/launchwizard/ */
  GetResourceCostEstimate: "R||1||||",
  /** Grants permission to get recommendation for a resource. Access level: Read. Permission only. https://docs.aws.amazon.com/launchwizard/ */
  GetResourceRecommendation: "R||1||||",
  /** Grants permission to get a settings set. Access level: Read. Permission only. https://docs.aws.amazon.com/launchwizard/ */
  GetSettingsSet: "R||1||||",
  /** Grants permission to get a workload. Access level: Read. https://docs.aws.amazon.com/launchwizard/latest/APIReference/API_GetWorkload.html */
  GetWorkload: "R||||||;",
  /** Grants permission to get a workload's asset. Access level: Read. Permission only. https://docs.aws.amazon.com/launchwizard/ */
  GetWorkloadAsset: "R||1||||",
  /** Grants permission to get workload assets. Access level: Read. Permission only. https://docs.aws.amazon.com/launchwizard/ */
  GetWorkloadAssets: "R||1||||",
  /** Grants permission to get a deployment pattern. Access level: Read. https://docs.aws.amazon.com/launchwizard/latest/APIReference/API_GetWorkloadDeploymentPattern.html */
  GetWorkloadDeploymentPattern: "R||||||;",
  /** Grants permission to list additional nodes. Access level: List. Permission only. https://docs.aws.amazon.com/launchwizard/ */
  ListAdditionalNodes: "L||1||||",
  /** Grants permission to list the allowed resources. Access level: List. Permission only. https://docs.aws.amazon.com/launchwizard/ */
  ListAllowedResources: "L||1||||",
  /** Grants permission to list the events that occured during a deployment. Access level: List. https://docs.aws.amazon.com/launchwizard/latest/APIReference/API_ListDeploymentEvents.html */
  ListDeploymentEvents: "L||||||;",
  /** Grants permission to list the versions of a deployment pattern. Access level: List. https://docs.aws.amazon.com/launchwizard/latest/APIReference/API_ListDeploymentPatternVersions.html */
  ListDeploymentPatternVersions: "L||||||;",
  /** Grants permission to list deployments. Access level: List. https://docs.aws.amazon.com/launchwizard/latest/APIReference/API_ListDeployments.html */
  ListDeployments: "L||||||;",
  /** Grants permission to list provisioning applications. Access level: List. Permission only. https://docs.aws.amazon.com/launchwizard/ */
  ListProvisionedApps: "L||1||||",
  /** Grants permission to list the cost estimates of resources. Access level: List. Permission only. https://docs.aws.amazon.com/launchwizard/ */
  ListResourceCostEstimates: "L||1||||",
  /** Grants permission to list settings sets. Access level: List. Permission only. https://docs.aws.amazon.com/launchwizard/ */
  ListSettingsSets: "L||1||||",
  /** Grants permission to list tags for a LaunchWizard resource. Access level: Read. Resources: deployment. https://docs.aws.amazon.com/launchwizard/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;1|||;",
  /** Grants permission to list deployment options of a given workload. Access level: List. Permission only. https://docs.aws.amazon.com/launchwizard/ */
  ListWorkloadDeploymentOptions: "L||1||||",
  /** Grants permission to list the deployment patterns of a workload. Access level: List. https://docs.aws.amazon.com/launchwizard/latest/APIReference/API_ListWorkloadDeploymentPatterns.html */
  ListWorkloadDeploymentPatterns: "L||||||;",
  /** Grants permission to list workloads. Access level: List. https://docs.aws.amazon.com/launchwizard/latest/APIReference/API_ListWorkloads.html */
  ListWorkloads: "L||||||;",
  /** Grants permission to create a settings set. Access level: Write. Permission only. https://docs.aws.amazon.com/launchwizard/ */
  PutSettingsSet: "W||1||||",
  /** Grants permission to start a provisioning. Access level: Write. Permission only. https://docs.aws.amazon.com/launchwizard/ */
  StartProvisioning: "W||1||||",
  /** Grants permission to tag a LaunchWizard resource. Access level: Tagging. Resources: deployment. https://docs.aws.amazon.com/launchwizard/latest/APIReference/API_TagResource.html */
  TagResource: "T|||0;0;0~1~2|||CreateDeployment,;",
  /** Grants permission to untag a LaunchWizard resource. Access level: Tagging. Resources: deployment. https://docs.aws.amazon.com/launchwizard/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;2|||;",
  /** Grants permission to update a deployment. Access level: Write. Resources: deployment*. https://docs.aws.amazon.com/launchwizard/latest/APIReference/API_UpdateDeployment.html */
  UpdateDeployment: "W|||0;1;1|||;",
  /** Grants permission to update an application settings set. Access level: Write. Permission only. https://docs.aws.amazon.com/launchwizard/ */
  UpdateSettingsSet: "W||1||||",
} as const;
const actionDetails = {
  CreateAdditionalNode: "|,;~|Grants permission to create an additional node",
  CreateDeployment: "|,;~~~|Grants permission to create a deployment",
  CreateSettingsSet: "|,;~|Grants permission to create an application settings set",
  DeleteAdditionalNode: "|,;~|Grants permission to delete an additional node",
  DeleteApp: "|,;~|Grants permission to delete an application",
  DeleteDeployment: "|,;~~~|Grants permission to delete a deployment",
  DeleteSettingsSet: "|,;~|Grants permission to delete a settings set",
  DescribeAdditionalNode: "|,;~|Grants permission to describe an additional node",
  DescribeProvisionedApp: "|,;~|Grants permission to describe provisioning applications",
  DescribeProvisioningEvents: "|,;~|Grants permission to describe provisioning events",
  DescribeSettingsSet: "|,;~|Grants permission to describe an application settings set",
  GetDeployment: "|,;~~~|Grants permission to get a deployment",
  GetDeploymentPatternVersion: "|,;~~~|Grants permission to get a version of a deployment pattern",
  GetInfrastructureSuggestion: "|,;~|Grants permission to get infrastructure suggestion",
  GetIpAddress: "|,;~|Grants permission to get customer's ip address",
  GetResourceCostEstimate: "|,;~|Grants permission to get resource cost estimate",
  GetResourceRecommendation: "|,;~|Grants permission to get recommendation for a resource",
  GetSettingsSet: "|,;~|Grants permission to get a settings set",
  GetWorkload: "|,;~~~|Grants permission to get a workload",
  GetWorkloadAsset: "|,;~|Grants permission to get a workload's asset",
  GetWorkloadAssets: "|,;~|Grants permission to get workload assets",
  GetWorkloadDeploymentPattern: "|,;~~~|Grants permission to get a deployment pattern",
  ListAdditionalNodes: "|,;~|Grants permission to list additional nodes",
  ListAllowedResources: "|,;~|Grants permission to list the allowed resources",
  ListDeploymentEvents: "|,;~~~|Grants permission to list the events that occured during a deployment",
  ListDeploymentPatternVersions: "|,;~~~|Grants permission to list the versions of a deployment pattern",
  ListDeployments: "|,;~~~|Grants permission to list deployments",
  ListProvisionedApps: "|,;~|Grants permission to list provisioning applications",
  ListResourceCostEstimates: "|,;~|Grants permission to list the cost estimates of resources",
  ListSettingsSets: "|,;~|Grants permission to list settings sets",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for a LaunchWizard resource",
  ListWorkloadDeploymentOptions: "|,;~|Grants permission to list deployment options of a given workload",
  ListWorkloadDeploymentPatterns: "|,;~~~|Grants permission to list the deployment patterns of a workload",
  ListWorkloads: "|,;~~~|Grants permission to list workloads",
  PutSettingsSet: "|,;~|Grants permission to create a settings set",
  StartProvisioning: "|,;~|Grants permission to start a provisioning",
  TagResource: "|,;~~~,~~|Grants permission to tag a LaunchWizard resource",
  UntagResource: "|,;~~~|Grants permission to untag a LaunchWizard resource",
  UpdateDeployment: "|,;~~~|Grants permission to update a deployment",
  UpdateSettingsSet: "|,;~|Grants permission to update an application settings set",
};
const resourceTypeFacts = {
  /** The deployment resource type: arn:${Partition}:launchwizard:${Region}:${Account}:deployment/${DeploymentId} */
  deployment: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a deployment resource: arn:${Partition}:launchwizard:${Region}:${Account}:deployment/${DeploymentId}. */
  deployment: "|,deployment|arn:|Partition|:launchwizard:|Region|:|Account|:deployment/|DeploymentId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["deployment"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "launchwizard">;
/** Any launchwizard action. */
export type Action = ActionOf<typeof actionFacts, "launchwizard">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "launchwizard">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "launch-wizard" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every launchwizard action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the presence of tag key-value pairs in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by tag key-value pairs attached to the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the presence of tag keys in the request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by the presence of tag key-value pairs in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by tag key-value pairs attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the presence of tag keys in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "launchwizard",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
