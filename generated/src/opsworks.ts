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
export const prefix: "opsworks" = "opsworks";
/** The service's name in the reference. */
export const serviceName: "AWS OpsWorks" = "AWS OpsWorks";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS OpsWorks",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsopsworks.html",
  },
];
const conditionKeyList = [] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to assign a registered instance to a layer. Access level: Write. Resources: stack. https://docs.aws.amazon.com/opsworks/latest/APIReference/API_AssignInstance.html */
  AssignInstance: "W|||0;0;|||",
  /** Grants permission to assign one of the stack's registered Amazon EBS volumes to a specified instance. Access level: Write. Resources: stack. https://docs.aws.amazon.com/opsworks/latest/APIReference/API_AssignVolume.html */
  AssignVolume: "W|||0;0;|||",
  /** Grants permission to associate one of the stack's registered Elastic IP addresses with a specified instance. Access level: Write. Resources: stack. https://docs.aws.amazon.com/opsworks/latest/APIReference/API_AssociateElasticIp.html */
  AssociateElasticIp: "W|||0;0;|||",
  /** Grants permission to attach an Elastic Load Balancing load balancer to a specified layer. Access level: Write. Resources: stack. https://docs.aws.amazon.com/opsworks/latest/APIReference/API_AttachElasticLoadBalancer.html */
  AttachElasticLoadBalancer: "W|||0;0;|||",
  /** Grants permission to create a clone of a specified stack. Access level: Write. Resources: stack. https://docs.aws.amazon.com/opsworks/latest/APIReference/API_CloneStack.html */
  CloneStack: "W|||0;0;|||",
  /** Grants permission to create an app for a specified stack. Access level: Write. Resources: stack. https://docs.aws.amazon.com/opsworks/latest/APIReference/API_CreateApp.html */
  CreateApp: "W|||0;0;|||",
  /** Grants permission to run deployment or stack commands. Access level: Write. Resources: stack. https://docs.aws.amazon.com/opsworks/latest/APIReference/API_CreateDeployment.html */
  CreateDeployment: "W|||0;0;|||",
  /** Grants permission to create an instance in a specified stack. Access level: Write. Resources: stack. https://docs.aws.amazon.com/opsworks/latest/APIReference/API_CreateInstance.html */
  CreateInstance: "W|||0;0;|||",
  /** Grants permission to create a layer. Access level: Write. Resources: stack. https://docs.aws.amazon.com/opsworks/latest/APIReference/API_CreateLayer.html */
  CreateLayer: "W|||0;0;|||",
  /** Grants permission to create a new stack. Access level: Write. https://docs.aws.amazon.com/opsworks/latest/APIReference/API_CreateStack.html */
  CreateStack: "W||||||",
  /** Grants permission to create a new user profile. Access level: Write. https://docs.aws.amazon.com/opsworks/latest/APIReference/API_CreateUserProfile.html */
  CreateUserProfile: "W||||||",
  /** Grants permission to delete a specified app. Access level: Write. Resources: stack. https://docs.aws.amazon.com/opsworks/latest/APIReference/API_DeleteApp.html */
  DeleteApp: "W|||0;0;|||",
  /** Grants permission to delete a specified instance, which terminates the associated Amazon EC2 instance. Access level: Write. Resources: stack. https://docs.aws.amazon.com/opsworks/latest/APIReference/API_DeleteInstance.html */
  DeleteInstance: "W|||0;0;|||",
  /** Grants permission to delete a specified layer. Access level: Write. Resources: stack. https://docs.aws.amazon.com/opsworks/latest/APIReference/API_DeleteLayer.html */
  DeleteLayer: "W|||0;0;|||",
  /** Grants permission to delete a specified stack. Access level: Write. Resources: stack. https://docs.aws.amazon.com/opsworks/latest/APIReference/API_DeleteStack.html */
  DeleteStack: "W|||0;0;|||",
  /** Grants permission to delete a user profile. Access level: Write. https://docs.aws.amazon.com/opsworks/latest/APIReference/API_DeleteUserProfile.html */
  DeleteUserProfile: "W||||||",
  /** Grants permission to delete a user profile. Access level: Write. Resources: stack. https://docs.aws.amazon.com/opsworks/latest/APIReference/API_DeregisterEcsCluster.html */
  DeregisterEcsCluster: "W|||0;0;|||",
  /** Grants permission to deregister a specified Elastic IP address. Access level: Write. Resources: stack. https://docs.aws.amazon.com/opsworks/latest/APIReference/API_DeregisterElasticIp.html */
  DeregisterElasticIp: "W|||0;0;|||",
  /** Grants permission to deregister a registered Amazon EC2 or on-premises instance. Access level: Write. Resources: stack. https://docs.aws.amazon.com/opsworks/latest/APIReference/API_DeregisterInstance.html */
  DeregisterInstance: "W|||0;0;|||",
  /** Grants permission to deregister an Amazon RDS instance. Access level: Write. Resources: stack. https://docs.aws.amazon.com/opsworks/latest/APIReference/API_DeregisterRdsDbInstance.html */
  DeregisterRdsDbInstance: "W|||0;0;|||",
  /** Grants permission to deregister an Amazon EBS volume. Access level: Write. Resources: stack. https://docs.aws.amazon.com/opsworks/latest/APIReference/API_DeregisterVolume.html */
  DeregisterVolume: "W|||0;0;|||",
  /** Grants permission to describe the available AWS OpsWorks agent versions. Access level: List. Resources: stack. https://docs.aws.amazon.com/opsworks/latest/APIReference/API_DescribeAgentVersions.html */
  DescribeAgentVersions: "L|||0;0;|||",
  /** Grants permission to request a description of a specified set of apps. Access level: List. Resources: stack. https://docs.aws.amazon.com/opsworks/latest/APIReference/API_DescribeApps.html */
  DescribeApps: "L|||0;0;|||",
  /** Grants permission to describe the results of specified commands. Access level: List. Resources: stack. https://docs.aws.amazon.com/opsworks/latest/APIReference/API_DescribeCommands.html */
  DescribeCommands: "L|||0;0;|||",
  /** Grants permission to request a description of a specified set of deployments. Access level: List. Resources: stack. https://docs.aws.amazon.com/opsworks/latest/APIReference/API_DescribeDeployments.html */
  DescribeDeployments: "L|||0;0;|||",
  /** Grants permission to describe Amazon ECS clusters that are registered with a stack. Access level: List. Resources: stack. https://docs.aws.amazon.com/opsworks/latest/APIReference/API_DescribeEcsClusters.html */
  DescribeEcsClusters: "L|||0;0;|||",
  /** Grants permission to describe Elastic IP addresses. Access level: List. Resources: stack. https://docs.aws.amazon.com/opsworks/latest/APIReference/API_DescribeElasticIps.html */
  DescribeElasticIps: "L|||0;0;|||",
  /** Grants permission to describe a stack's Elastic Load Balancing instances. Access level: List. Resources: stack. https://docs.aws.amazon.com/opsworks/latest/APIReference/API_DescribeElasticLoadBalancers.html */
  DescribeElasticLoadBalancers: "L|||0;0;|||",
  /** Grants permission to request a description of a set of instances. Access level: List. Resources: stack. https://docs.aws.amazon.com/opsworks/latest/APIReference/API_DescribeInstances.html */
  DescribeInstances: "L|||0;0;|||",
  /** Grants permission to request a description of one or more layers in a specified stack. Access level: List. Resources: stack. https://docs.aws.amazon.com/opsworks/latest/APIReference/API_DescribeLayers.html */
  DescribeLayers: "L|||0;0;|||",
  /** Grants permission to describe load-based auto scaling configurations for specified layers. Access level: List. Resources: stack. https://docs.aws.amazon.com/opsworks/latest/APIReference/API_DescribeLoadBasedAutoScaling.html */
  DescribeLoadBasedAutoScaling: "L|||0;0;|||",
  /** Grants permission to describe a user's SSH information. Access level: List. https://docs.aws.amazon.com/opsworks/latest/APIReference/API_DescribeMyUserProfile.html */
  DescribeMyUserProfile: "L||||||",
  /** Grants permission to describe the operating systems that are supported by AWS OpsWorks Stacks. Access level: List. https://docs.aws.amazon.com/opsworks/latest/APIReference/API_DescribeOperatingSystems.html */
  DescribeOperatingSystems: "L||||||",
  /** Grants permission to describe the permissions for a specified stack. Access level: List. Resources: stack. https://docs.aws.amazon.com/opsworks/latest/APIReference/API_DescribePermissions.html */
  DescribePermissions: "L|||0;0;|||",
  /** Grants permission to describe an instance's RAID arrays. Access level: List. Resources: stack. https://docs.aws.amazon.com/opsworks/latest/APIReference/API_DescribeRaidArrays.html */
  DescribeRaidArrays: "L|||0;0;|||",
  /** Grants permission to describe Amazon RDS instances. Access level: List. Resources: stack. https://docs.aws.amazon.com/opsworks/latest/APIReference/API_DescribeRdsDbInstances.html */
  DescribeRdsDbInstances: "L|||0;0;|||",
  /** Grants permission to describe AWS OpsWorks service errors. Access level: List. Resources: stack. https://docs.aws.amazon.com/opsworks/latest/APIReference/API_DescribeServiceErrors.html */
  DescribeServiceErrors: "L|||0;0;|||",
  /** Grants permission to request a description of a stack's provisioning parameters. Access level: List. Resources: stack. https://docs.aws.amazon.com/opsworks/latest/APIReference/API_DescribeStackProvisioningParameters.html */
  DescribeStackProvisioningParameters: "L|||0;0;|||",
  /** Grants permission to describe the number of layers and apps in a specified stack, and the number of instances in each state, such as running_setup or online. Access level: List. Resources: stack. https://docs.aws.amazon.com/opsworks/latest/APIReference/API_DescribeStackSummary.html */
  DescribeStackSummary: "L|||0;0;|||",
  /** Grants permission to request a description of one or more stacks. Access level: List. Resources: stack. https://docs.aws.amazon.com/opsworks/latest/APIReference/API_DescribeStacks.html */
  DescribeStacks: "L|||0;0;|||",
  /** Grants permission to describe time-based auto scaling configurations for specified instances. Access level: List. Resources: stack. https://docs.aws.amazon.com/opsworks/latest/APIReference/API_DescribeTimeBasedAutoScaling.html */
  DescribeTimeBasedAutoScaling: "L|||0;0;|||",
  /** Grants permission to describe specified users. Access level: List. https://docs.aws.amazon.com/opsworks/latest/APIReference/API_DescribeUserProfiles.html */
  DescribeUserProfiles: "L||||||",
  /** Grants permission to describe an instance's Amazon EBS volumes. Access level: List. Resources: stack. https://docs.aws.amazon.com/opsworks/latest/APIReference/API_DescribeVolumes.html */
  DescribeVolumes: "L|||0;0;|||",
  /** Grants permission to detache a specified Elastic Load Balancing instance from its layer. Access level: Write. Resources: stack. https://docs.aws.amazon.com/opsworks/latest/APIReference/API_DetachElasticLoadBalancer.html */
  DetachElasticLoadBalancer: "W|||0;0;|||",
  /** Grants permission to disassociate an Elastic IP address from its instance. Access level: Write. Resources: stack. https://docs.aws.amazon.com/opsworks/latest/APIReference/API_DisassociateElasticIp.html */
  DisassociateElasticIp: "W|||0;0;|||",
  /** Grants permission to get a generated host name for the specified layer, based on the current host name theme. Access level: Read. Resources: stack. https://docs.aws.amazon.com/opsworks/latest/APIReference/API_GetHostnameSuggestion.html */
  GetHostnameSuggestion: "R|||0;0;|||",
  /** Grants permission to grant RDP access to a Windows instance for a specified time period. Access level: Write. Resources: stack. https://docs.aws.amazon.com/opsworks/latest/APIReference/API_RebootInstance.html */
  GrantAccess: "W|||0;0;|||",
  /** Grants permission to return a list of tags that are applied to the specified stack or layer. Access level: List. Resources: stack. https://docs.aws.amazon.com/opsworks/latest/APIReference/API_ListTags.html */
  ListTags: "L|||0;0;|||",
  /** Grants permission to reboot a specified instance. Access level: Write. Resources: stack. https://docs.aws.amazon.com/opsworks/latest/APIReference/API_RebootInstance.html */
  RebootInstance: "W|||0;0;|||",
  /** Grants permission to register a specified Amazon ECS cluster with a stack. Access level: Write. Resources: stack. https://docs.aws.amazon.com/opsworks/latest/APIReference/API_RegisterEcsCluster.html */
  RegisterEcsCluster: "W|||0;0;|||",
  /** Grants permission to register an Elastic IP address with a specified stack. Access level: Write. Resources: stack. https://docs.aws.amazon.com/opsworks/latest/APIReference/API_RegisterElasticIp.html */
  RegisterElasticIp: "W|||0;0;|||",
  /** Grants permission to register instances with a specified stack that were created outside of AWS OpsWorks. Access level: Write. Resources: stack. https://docs.aws.amazon.com/opsworks/latest/APIReference/API_RegisterInstance.html */
  RegisterInstance: "W|||0;0;|||",
  /** Grants permission to register an Amazon RDS instance with a stack. Access level: Write. Resources: stack. https://docs.aws.amazon.com/opsworks/latest/APIReference/API_RegisterRdsDbInstance.html */
  RegisterRdsDbInstance: "W|||0;0;|||",
  /** Grants permission to register an Amazon EBS volume with a specified stack. Access level: Write. Resources: stack. https://docs.aws.amazon.com/opsworks/latest/APIReference/API_RegisterVolume.html */
  RegisterVolume: "W|||0;0;|||",
  /** Grants permission to specify the load-based auto scaling configuration for a specified layer. Access level: Write. Resources: stack. https://docs.aws.amazon.com/opsworks/latest/APIReference/API_SetLoadBasedAutoScaling.html */
  SetLoadBasedAutoScaling: "W|||0;0;|||",
  /** Grants permission to specify a user's permissions. Access level: Permissions management. Resources: stack. https://docs.aws.amazon.com/opsworks/latest/APIReference/API_SetPermission.html */
  SetPermission: "P|||0;0;|||",
  /** Grants permission to specify the time-based auto scaling configuration for a specified instance. Access level: Write. Resources: stack. https://docs.aws.amazon.com/opsworks/latest/APIReference/API_SetTimeBasedAutoScaling.html */
  SetTimeBasedAutoScaling: "W|||0;0;|||",
  /** Grants permission to start a specified instance. Access level: Write. Resources: stack. https://docs.aws.amazon.com/opsworks/latest/APIReference/API_StartInstance.html */
  StartInstance: "W|||0;0;|||",
  /** Grants permission to start a stack's instances. Access level: Write. Resources: stack. https://docs.aws.amazon.com/opsworks/latest/APIReference/API_StartStack.html */
  StartStack: "W|||0;0;|||",
  /** Grants permission to stop a specified instance. Access level: Write. Resources: stack. https://docs.aws.amazon.com/opsworks/latest/APIReference/API_StopInstance.html */
  StopInstance: "W|||0;0;|||",
  /** Grants permission to stop a specified stack. Access level: Write. Resources: stack. https://docs.aws.amazon.com/opsworks/latest/APIReference/API_StopStack.html */
  StopStack: "W|||0;0;|||",
  /** Grants permission to apply tags to a specified stack or layer. Access level: Tagging. Resources: stack. https://docs.aws.amazon.com/opsworks/latest/APIReference/API_TagResource.html */
  TagResource: "T|||0;0;|||",
  /** Grants permission to unassign a registered instance from all of it's layers. Access level: Write. Resources: stack. https://docs.aws.amazon.com/opsworks/latest/APIReference/API_UnassignInstance.html */
  UnassignInstance: "W|||0;0;|||",
  /** Grants permission to unassign an assigned Amazon EBS volume. Access level: Write. Resources: stack. https://docs.aws.amazon.com/opsworks/latest/APIReference/API_UnassignVolume.html */
  UnassignVolume: "W|||0;0;|||",
  /** Grants permission to remove tags from a specified stack or layer. Access level: Tagging. Resources: stack. https://docs.aws.amazon.com/opsworks/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;|||",
  /** Grants permission to update a specified app. Access level: Write. Resources: stack. https://docs.aws.amazon.com/opsworks/latest/APIReference/API_UpdateApp.html */
  UpdateApp: "W|||0;0;|||",
  /** Grants permission to update a registered Elastic IP address's name. Access level: Write. Resources: stack. https://docs.aws.amazon.com/opsworks/latest/APIReference/API_UpdateElasticIp.html */
  UpdateElasticIp: "W|||0;0;|||",
  /** Grants permission to update a specified instance. Access level: Write. Resources: stack. https://docs.aws.amazon.com/opsworks/latest/APIReference/API_UpdateInstance.html */
  UpdateInstance: "W|||0;0;|||",
  /** Grants permission to update a specified layer. Access level: Write. Resources: stack. https://docs.aws.amazon.com/opsworks/latest/APIReference/API_UpdateLayer.html */
  UpdateLayer: "W|||0;0;|||",
  /** Grants permission to update a user's SSH public key. Access level: Write. https://docs.aws.amazon.com/opsworks/latest/APIReference/API_UpdateMyUserProfile.html */
  UpdateMyUserProfile: "W||||||",
  /** Grants permission to update an Amazon RDS instance. Access level: Write. Resources: stack. https://docs.aws.amazon.com/opsworks/latest/APIReference/API_UpdateRdsDbInstance.html */
  UpdateRdsDbInstance: "W|||0;0;|||",
  /** Grants permission to update a specified stack. Access level: Write. Resources: stack. https://docs.aws.amazon.com/opsworks/latest/APIReference/API_UpdateStack.html */
  UpdateStack: "W|||0;0;|||",
  /** Grants permission to update a specified user profile. Access level: Permissions management. https://docs.aws.amazon.com/opsworks/latest/APIReference/API_UpdateUserProfile.html */
  UpdateUserProfile: "P||||||",
  /** Grants permission to update an Amazon EBS volume's name or mount point. Access level: Write. Resources: stack. https://docs.aws.amazon.com/opsworks/latest/APIReference/API_UpdateVolume.html */
  UpdateVolume: "W|||0;0;|||",
} as const;
const actionDetails = {
  AssignInstance: "|,;~|Grants permission to assign a registered instance to a layer",
  AssignVolume:
    "|,;~|Grants permission to assign one of the stack's registered Amazon EBS volumes to a specified instance",
  AssociateElasticIp:
    "|,;~|Grants permission to associate one of the stack's registered Elastic IP addresses with a specified instance",
  AttachElasticLoadBalancer:
    "|,;~|Grants permission to attach an Elastic Load Balancing load balancer to a specified layer",
  CloneStack: "|,;~|Grants permission to create a clone of a specified stack",
  CreateApp: "|,;~|Grants permission to create an app for a specified stack",
  CreateDeployment: "|,;~|Grants permission to run deployment or stack commands",
  CreateInstance: "|,;~|Grants permission to create an instance in a specified stack",
  CreateLayer: "|,;~|Grants permission to create a layer",
  CreateStack: "|,;~|Grants permission to create a new stack",
  CreateUserProfile: "|,;~|Grants permission to create a new user profile",
  DeleteApp: "|,;~|Grants permission to delete a specified app",
  DeleteInstance:
    "|,;~|Grants permission to delete a specified instance, which terminates the associated Amazon EC2 instance",
  DeleteLayer: "|,;~|Grants permission to delete a specified layer",
  DeleteStack: "|,;~|Grants permission to delete a specified stack",
  DeleteUserProfile: "|,;~|Grants permission to delete a user profile",
  DeregisterEcsCluster: "|,;~|Grants permission to delete a user profile",
  DeregisterElasticIp: "|,;~|Grants permission to deregister a specified Elastic IP address",
  DeregisterInstance: "|,;~|Grants permission to deregister a registered Amazon EC2 or on-premises instance",
  DeregisterRdsDbInstance: "|,;~|Grants permission to deregister an Amazon RDS instance",
  DeregisterVolume: "|,;~|Grants permission to deregister an Amazon EBS volume",
  DescribeAgentVersions: "|,;~|Grants permission to describe the available AWS OpsWorks agent versions",
  DescribeApps: "|,;~|Grants permission to request a description of a specified set of apps",
  DescribeCommands: "|,;~|Grants permission to describe the results of specified commands",
  DescribeDeployments: "|,;~|Grants permission to request a description of a specified set of deployments",
  DescribeEcsClusters: "|,;~|Grants permission to describe Amazon ECS clusters that are registered with a stack",
  DescribeElasticIps: "|,;~|Grants permission to describe Elastic IP addresses",
  DescribeElasticLoadBalancers: "|,;~|Grants permission to describe a stack's Elastic Load Balancing instances",
  DescribeInstances: "|,;~|Grants permission to request a description of a set of instances",
  DescribeLayers: "|,;~|Grants permission to request a description of one or more layers in a specified stack",
  DescribeLoadBasedAutoScaling:
    "|,;~|Grants permission to describe load-based auto scaling configurations for specified layers",
  DescribeMyUserProfile: "|,;~|Grants permission to describe a user's SSH information",
  DescribeOperatingSystems:
    "|,;~|Grants permission to describe the operating systems that are supported by AWS OpsWorks Stacks",
  DescribePermissions: "|,;~|Grants permission to describe the permissions for a specified stack",
  DescribeRaidArrays: "|,;~|Grants permission to describe an instance's RAID arrays",
  DescribeRdsDbInstances: "|,;~|Grants permission to describe Amazon RDS instances",
  DescribeServiceErrors: "|,;~|Grants permission to describe AWS OpsWorks service errors",
  DescribeStackProvisioningParameters:
    "|,;~|Grants permission to request a description of a stack's provisioning parameters",
  DescribeStackSummary:
    "|,;~|Grants permission to describe the number of layers and apps in a specified stack, and the number of instances in each state, such as running_setup or online",
  DescribeStacks: "|,;~|Grants permission to request a description of one or more stacks",
  DescribeTimeBasedAutoScaling:
    "|,;~|Grants permission to describe time-based auto scaling configurations for specified instances",
  DescribeUserProfiles: "|,;~|Grants permission to describe specified users",
  DescribeVolumes: "|,;~|Grants permission to describe an instance's Amazon EBS volumes",
  DetachElasticLoadBalancer:
    "|,;~|Grants permission to detache a specified Elastic Load Balancing instance from its layer",
  DisassociateElasticIp: "|,;~|Grants permission to disassociate an Elastic IP address from its instance",
  GetHostnameSuggestion:
    "|,;~|Grants permission to get a generated host name for the specified layer, based on the current host name theme",
  GrantAccess: "|,;~|Grants permission to grant RDP access to a Windows instance for a specified time period",
  ListTags: "|,;~|Grants permission to return a list of tags that are applied to the specified stack or layer",
  RebootInstance: "|,;~|Grants permission to reboot a specified instance",
  RegisterEcsCluster: "|,;~|Grants permission to register a specified Amazon ECS cluster with a stack",
  RegisterElasticIp: "|,;~|Grants permission to register an Elastic IP address with a specified stack",
  RegisterInstance:
    "|,;~|Grants permission to register instances with a specified stack that were created outside of AWS OpsWorks",
  RegisterRdsDbInstance: "|,;~|Grants permission to register an Amazon RDS instance with a stack",
  RegisterVolume: "|,;~|Grants permission to register an Amazon EBS volume with a specified stack",
  SetLoadBasedAutoScaling:
    "|,;~|Grants permission to specify the load-based auto scaling configuration for a specified layer",
  SetPermission: "|,;~|Grants permission to specify a user's permissions",
  SetTimeBasedAutoScaling:
    "|,;~|Grants permission to specify the time-based auto scaling configuration for a specified instance",
  StartInstance: "|,;~|Grants permission to start a specified instance",
  StartStack: "|,;~|Grants permission to start a stack's instances",
  StopInstance: "|,;~|Grants permission to stop a specified instance",
  StopStack: "|,;~|Grants permission to stop a specified stack",
  TagResource: "|,;~|Grants permission to apply tags to a specified stack or layer",
  UnassignInstance: "|,;~|Grants permission to unassign a registered instance from all of it's layers",
  UnassignVolume: "|,;~|Grants permission to unassign an assigned Amazon EBS volume",
  UntagResource: "|,;~|Grants permission to remove tags from a specified stack or layer",
  UpdateApp: "|,;~|Grants permission to update a specified app",
  UpdateElasticIp: "|,;~|Grants permission to update a registered Elastic IP address's name",
  UpdateInstance: "|,;~|Grants permission to update a specified instance",
  UpdateLayer: "|,;~|Grants permission to update a specified layer",
  UpdateMyUserProfile: "|,;~|Grants permission to update a user's SSH public key",
  UpdateRdsDbInstance: "|,;~|Grants permission to update an Amazon RDS instance",
  UpdateStack: "|,;~|Grants permission to update a specified stack",
  UpdateUserProfile: "|,;~|Grants permission to update a specified user profile",
  UpdateVolume: "|,;~|Grants permission to update an Amazon EBS volume's name or mount point",
};
const resourceTypeFacts = {
  /** The stack resource type: arn:${Partition}:opsworks:${Region}:${Account}:stack/${StackId}/ */
  stack: "|,|",
} as const;
const arnFormats = {
  /** ARN of a stack resource: arn:${Partition}:opsworks:${Region}:${Account}:stack/${StackId}/. */
  stack: "|,stack|arn:|Partition|:opsworks:|Region|:|Account|:stack/|StackId|/",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["stack"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "opsworks">;
/** Any opsworks action. */
export type Action = ActionOf<typeof actionFacts, "opsworks">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "opsworks">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "", client: "" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every opsworks action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
export interface ConditionKeyTypes {}

/** Condition key -> value type. */
export type ConditionKeys = ConditionKeysOf<ConditionKeyTypes>;

/** Condition key with a placeholder, as the reference writes it -> its template-literal key. */
export interface ConditionKeyPatterns {}

/** A condition key as the reference writes it. */
export type ConditionKeyName = (typeof conditionKeyList)[number];
/** Condition key -> description, types, deprecation. */
export type ConditionKeyInfos = { readonly [K in ConditionKeyName]: ConditionKeyInfo };
const conditionKeyRows: { readonly [K in ConditionKeyName]: string } = {};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "opsworks",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
