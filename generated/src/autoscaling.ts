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
export const prefix: "autoscaling" = "autoscaling";
/** The service's name in the reference. */
export const serviceName: "Amazon EC2 Auto Scaling" = "Amazon EC2 Auto Scaling";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon EC2 Auto Scaling",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonec2autoscaling.html",
  },
];
const conditionKeyList = [
  "autoscaling:CapacityReservationIds",
  "autoscaling:CapacityReservationResourceGroupArns",
  "autoscaling:ForceDelete",
  "autoscaling:ImageId",
  "autoscaling:InstanceType",
  "autoscaling:InstanceTypes",
  "autoscaling:LaunchConfigurationName",
  "autoscaling:LaunchTemplateVersionSpecified",
  "autoscaling:LoadBalancerNames",
  "autoscaling:MaxSize",
  "autoscaling:MetadataHttpEndpoint",
  "autoscaling:MetadataHttpPutResponseHopLimit",
  "autoscaling:MetadataHttpTokens",
  "autoscaling:MinSize",
  "autoscaling:ResourceTag/${TagKey}",
  "autoscaling:SpotPrice",
  "autoscaling:TargetGroupARNs",
  "autoscaling:TrafficSourceIdentifiers",
  "autoscaling:VPCZoneIdentifiers",
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
] as const;
const dependentActionList = ["iam:PassRole"] as const;
const actionFacts = {
  /** Grants permission to attach one or more EC2 instances to the specified Auto Scaling group. Access level: Write. Resources: autoScalingGroup*. https://docs.aws.amazon.com/AutoScaling/latest/APIReference/API_AttachInstances.html */
  AttachInstances: "W|||0;1;14~20|||;",
  /** Grants permission to attach one or more target groups to the specified Auto Scaling group. Access level: Write. Resources: autoScalingGroup*. https://docs.aws.amazon.com/AutoScaling/latest/APIReference/API_AttachLoadBalancerTargetGroups.html */
  AttachLoadBalancerTargetGroups: "W|||0;1;14~20|16||;",
  /** Grants permission to attach one or more load balancers to the specified Auto Scaling group. Access level: Write. Resources: autoScalingGroup*. https://docs.aws.amazon.com/AutoScaling/latest/APIReference/API_AttachLoadBalancers.html */
  AttachLoadBalancers: "W|||0;1;14~20|8||;",
  /** Grants permission to attach one or more traffic sources to an Auto Scaling group. Access level: Write. Resources: autoScalingGroup*. https://docs.aws.amazon.com/AutoScaling/latest/APIReference/API_AttachTrafficSources.html */
  AttachTrafficSources: "W|||0;1;14~20|17||;",
  /** Grants permission to delete the specified scheduled actions. Access level: Write. Resources: autoScalingGroup*. https://docs.aws.amazon.com/AutoScaling/latest/APIReference/API_BatchDeleteScheduledAction.html */
  BatchDeleteScheduledAction: "W|||0;1;14~20|||;",
  /** Grants permission to create or update multiple scheduled scaling actions for an Auto Scaling group. Access level: Write. Resources: autoScalingGroup*. https://docs.aws.amazon.com/AutoScaling/latest/APIReference/API_BatchPutScheduledUpdateGroupAction.html */
  BatchPutScheduledUpdateGroupAction: "W|||0;1;14~20|||;",
  /** Grants permission to cancel an instance refresh operation in progress. Access level: Write. Resources: autoScalingGroup*. https://docs.aws.amazon.com/AutoScaling/latest/APIReference/API_CancelInstanceRefresh.html */
  CancelInstanceRefresh: "W|||0;1;14~20|||;",
  /** Grants permission to complete the lifecycle action for the specified token or instance with the specified result. Access level: Write. Resources: autoScalingGroup*. https://docs.aws.amazon.com/AutoScaling/latest/APIReference/API_CompleteLifecycleAction.html */
  CompleteLifecycleAction: "W|||0;1;14~20|||;",
  /** Grants permission to create an Auto Scaling group with the specified name and attributes. Access level: Write. Resources: autoScalingGroup*. https://docs.aws.amazon.com/AutoScaling/latest/APIReference/API_CreateAutoScalingGroup.html */
  CreateAutoScalingGroup:
    "W|||0;1;14~20|0,1,3,5,6,7,8,9,13,16,17,18,19,21|autoscaling:CreateOrUpdateTags,iam:CreateServiceLinkedRole,0|;",
  /** Grants permission to create a launch configuration. Access level: Write. Resources: launchConfiguration*. https://docs.aws.amazon.com/AutoScaling/latest/APIReference/API_CreateLaunchConfiguration.html */
  CreateLaunchConfiguration: "W|||1;1;|3,4,10,11,12,15|0|;",
  /** Grants permission to create or update tags for the specified Auto Scaling group. Access level: Tagging. Resources: autoScalingGroup*. https://docs.aws.amazon.com/AutoScaling/latest/APIReference/API_CreateOrUpdateTags.html */
  CreateOrUpdateTags: "T|||0;1;14~20|19,21||CreateAutoScalingGroup,;",
  /** Grants permission to delete the specified Auto Scaling group. Access level: Write. Resources: autoScalingGroup*. https://docs.aws.amazon.com/AutoScaling/latest/APIReference/API_DeleteAutoScalingGroup.html */
  DeleteAutoScalingGroup: "W|||0;1;2~14~20|||;",
  /** Grants permission to delete the specified launch configuration. Access level: Write. Resources: launchConfiguration*. https://docs.aws.amazon.com/AutoScaling/latest/APIReference/API_DeleteLaunchConfiguration.html */
  DeleteLaunchConfiguration: "W|||1;1;|||;",
  /** Grants permission to deletes the specified lifecycle hook. Access level: Write. Resources: autoScalingGroup*. https://docs.aws.amazon.com/AutoScaling/latest/APIReference/API_DeleteLifecycleHook.html */
  DeleteLifecycleHook: "W|||0;1;14~20|||;",
  /** Grants permission to delete the specified notification. Access level: Write. Resources: autoScalingGroup*. https://docs.aws.amazon.com/AutoScaling/latest/APIReference/API_DeleteNotificationConfiguration.html */
  DeleteNotificationConfiguration: "W|||0;1;14~20|||;",
  /** Grants permission to delete the specified Auto Scaling policy. Access level: Write. Resources: autoScalingGroup*. https://docs.aws.amazon.com/AutoScaling/latest/APIReference/API_DeletePolicy.html */
  DeletePolicy: "W|||0;1;14~20|||;",
  /** Grants permission to delete the specified scheduled action. Access level: Write. Resources: autoScalingGroup*. https://docs.aws.amazon.com/AutoScaling/latest/APIReference/API_DeleteScheduledAction.html */
  DeleteScheduledAction: "W|||0;1;14~20|||;",
  /** Grants permission to delete the specified tags. Access level: Tagging. Resources: autoScalingGroup*. https://docs.aws.amazon.com/AutoScaling/latest/APIReference/API_DeleteTags.html */
  DeleteTags: "T|||0;1;14~20|19,21||;",
  /** Grants permission to delete the warm pool associated with the Auto Scaling group. Access level: Write. Resources: autoScalingGroup*. https://docs.aws.amazon.com/AutoScaling/latest/APIReference/API_DeleteWarmPool.html */
  DeleteWarmPool: "W|||0;1;14~20|||;",
  /** Grants permission to describe the current Auto Scaling resource limits for your AWS account. Access level: List. https://docs.aws.amazon.com/AutoScaling/latest/APIReference/API_DescribeAccountLimits.html */
  DescribeAccountLimits: "L||||||;",
  /** Grants permission to describe the current Amazon EC2 Auto Scaling account settings for your account. Access level: List. https://docs.aws.amazon.com/AutoScaling/latest/APIReference/API_DescribeAccountSettings.html */
  DescribeAccountSettings: "L||||||",
  /** Grants permission to describe the policy adjustment types for use with PutScalingPolicy. Access level: List. https://docs.aws.amazon.com/AutoScaling/latest/APIReference/API_DescribeAdjustmentTypes.html */
  DescribeAdjustmentTypes: "L||||||;",
  /** Grants permission to describe one or more Auto Scaling groups. If a list of names is not provided, the call describes all Auto Scaling groups. Access level: List. https://docs.aws.amazon.com/AutoScaling/latest/APIReference/API_DescribeAutoScalingGroups.html */
  DescribeAutoScalingGroups: "L||||||;",
  /** Grants permission to describe one or more Auto Scaling instances. If a list is not provided, the call describes all instances. Access level: List. https://docs.aws.amazon.com/AutoScaling/latest/APIReference/API_DescribeAutoScalingInstances.html */
  DescribeAutoScalingInstances: "L||||||;",
  /** Grants permission to describe the notification types that are supported by Auto Scaling. Access level: List. https://docs.aws.amazon.com/AutoScaling/latest/APIReference/API_DescribeAutoScalingNotificationTypes.html */
  DescribeAutoScalingNotificationTypes: "L||||||;",
  /** Grants permission to describe one or more instance refreshes for an Auto Scaling group. Access level: List. https://docs.aws.amazon.com/AutoScaling/latest/APIReference/API_DescribeInstanceRefreshes.html */
  DescribeInstanceRefreshes: "L||||||;",
  /** Grants permission to describe one or more launch configurations. If you omit the list of names, then the call describes all launch configurations. Access level: List. https://docs.aws.amazon.com/AutoScaling/latest/APIReference/API_DescribeLaunchConfigurations.html */
  DescribeLaunchConfigurations: "L||||||;",
  /** Grants permission to describe the available types of lifecycle hooks. Access level: List. https://docs.aws.amazon.com/AutoScaling/latest/APIReference/API_DescribeLifecycleHookTypes.html */
  DescribeLifecycleHookTypes: "L||||||;",
  /** Grants permission to describe the lifecycle hooks for the specified Auto Scaling group. Access level: List. https://docs.aws.amazon.com/AutoScaling/latest/APIReference/API_DescribeLifecycleHooks.html */
  DescribeLifecycleHooks: "L||||||;",
  /** Grants permission to describe the target groups for the specified Auto Scaling group. Access level: List. https://docs.aws.amazon.com/AutoScaling/latest/APIReference/API_DescribeLoadBalancerTargetGroups.html */
  DescribeLoadBalancerTargetGroups: "L||||||;",
  /** Grants permission to describe the load balancers for the specified Auto Scaling group. Access level: List. https://docs.aws.amazon.com/AutoScaling/latest/APIReference/API_DescribeLoadBalancers.html */
  DescribeLoadBalancers: "L||||||;",
  /** Grants permission to describe the available CloudWatch metrics for Auto Scaling. Access level: List. https://docs.aws.amazon.com/AutoScaling/latest/APIReference/API_DescribeMetricCollectionTypes.html */
  DescribeMetricCollectionTypes: "L||||||;",
  /** Grants permission to describe the notification actions associated with the specified Auto Scaling group. Access level: List. https://docs.aws.amazon.com/AutoScaling/latest/APIReference/API_DescribeNotificationConfigurations.html */
  DescribeNotificationConfigurations: "L||||||;",
  /** Grants permission to describe the policies for the specified Auto Scaling group. Access level: List. https://docs.aws.amazon.com/AutoScaling/latest/APIReference/API_DescribePolicies.html */
  DescribePolicies: "L||||||;",
  /** Grants permission to describe one or more scaling activities for the specified Auto Scaling group. Access level: List. https://docs.aws.amazon.com/AutoScaling/latest/APIReference/API_DescribeScalingActivities.html */
  DescribeScalingActivities: "L||||||;",
  /** Grants permission to describe the scaling process types for use with ResumeProcesses and SuspendProcesses. Access level: List. https://docs.aws.amazon.com/AutoScaling/latest/APIReference/API_DescribeScalingProcessTypes.html */
  DescribeScalingProcessTypes: "L||||||;",
  /** Grants permission to describe the actions scheduled for your Auto Scaling group that haven't run. Access level: List. https://docs.aws.amazon.com/AutoScaling/latest/APIReference/API_DescribeScheduledActions.html */
  DescribeScheduledActions: "L||||||;",
  /** Grants permission to describe the specified tags. Access level: Read. https://docs.aws.amazon.com/AutoScaling/latest/APIReference/API_DescribeTags.html */
  DescribeTags: "R||||||;",
  /** Grants permission to describe the termination policies supported by Auto Scaling. Access level: List. https://docs.aws.amazon.com/AutoScaling/latest/APIReference/API_DescribeTerminationPolicyTypes.html */
  DescribeTerminationPolicyTypes: "L||||||;",
  /** Grants permission to describe the target groups for the specified Auto Scaling group. Access level: List. https://docs.aws.amazon.com/AutoScaling/latest/APIReference/API_DescribeTrafficSources.html */
  DescribeTrafficSources: "L||||||;",
  /** Grants permission to describe the warm pool associated with the Auto Scaling group. Access level: List. https://docs.aws.amazon.com/AutoScaling/latest/APIReference/API_DescribeWarmPool.html */
  DescribeWarmPool: "L||||||;",
  /** Grants permission to remove one or more instances from the specified Auto Scaling group. Access level: Write. Resources: autoScalingGroup*. https://docs.aws.amazon.com/AutoScaling/latest/APIReference/API_DetachInstances.html */
  DetachInstances: "W|||0;1;14~20|||;",
  /** Grants permission to detach one or more target groups from the specified Auto Scaling group. Access level: Write. Resources: autoScalingGroup*. https://docs.aws.amazon.com/AutoScaling/latest/APIReference/API_DetachLoadBalancerTargetGroups.html */
  DetachLoadBalancerTargetGroups: "W|||0;1;14~20|16||;",
  /** Grants permission to remove one or more load balancers from the specified Auto Scaling group. Access level: Write. Resources: autoScalingGroup*. https://docs.aws.amazon.com/AutoScaling/latest/APIReference/API_DetachLoadBalancers.html */
  DetachLoadBalancers: "W|||0;1;14~20|8||;",
  /** Grants permission to detach one or more traffic sources from an Auto Scaling group. Access level: Write. Resources: autoScalingGroup*. https://docs.aws.amazon.com/AutoScaling/latest/APIReference/API_DetachTrafficSources.html */
  DetachTrafficSources: "W|||0;1;14~20|17||;",
  /** Grants permission to disable monitoring of the specified metrics for the specified Auto Scaling group. Access level: Write. Resources: autoScalingGroup*. https://docs.aws.amazon.com/AutoScaling/latest/APIReference/API_DisableMetricsCollection.html */
  DisableMetricsCollection: "W|||0;1;14~20|||;",
  /** Grants permission to enable monitoring of the specified metrics for the specified Auto Scaling group. Access level: Write. Resources: autoScalingGroup*. https://docs.aws.amazon.com/AutoScaling/latest/APIReference/API_EnableMetricsCollection.html */
  EnableMetricsCollection: "W|||0;1;14~20|||;",
  /** Grants permission to move the specified instances into Standby mode. Access level: Write. Resources: autoScalingGroup*. https://docs.aws.amazon.com/AutoScaling/latest/APIReference/API_EnterStandby.html */
  EnterStandby: "W|||0;1;14~20|||;",
  /** Grants permission to execute the specified policy. Access level: Write. Resources: autoScalingGroup*. https://docs.aws.amazon.com/AutoScaling/latest/APIReference/API_ExecutePolicy.html */
  ExecutePolicy: "W|||0;1;14~20|||;",
  /** Grants permission to move the specified instances out of Standby mode. Access level: Write. Resources: autoScalingGroup*. https://docs.aws.amazon.com/AutoScaling/latest/APIReference/API_ExitStandby.html */
  ExitStandby: "W|||0;1;14~20|||;",
  /** Grants permission to retrieve the forecast data for a predictive scaling policy. Access level: List. https://docs.aws.amazon.com/AutoScaling/latest/APIReference/API_GetPredictiveScalingForecast.html */
  GetPredictiveScalingForecast: "L||||||;",
  /** Grants permission to launch one or more EC2 instances in the specified Auto Scaling group. Access level: Write. Resources: autoScalingGroup*. https://docs.aws.amazon.com/AutoScaling/latest/APIReference/API_LaunchInstances.html */
  LaunchInstances: "W|||0;1;14~20|||;",
  /** Grants permission to modify an account setting for your account. Access level: Write. https://docs.aws.amazon.com/AutoScaling/latest/APIReference/API_PutAccountSetting.html */
  PutAccountSetting: "W||||||",
  /** Grants permission to create or update a lifecycle hook for the specified Auto Scaling Group. Access level: Write. Resources: autoScalingGroup*. https://docs.aws.amazon.com/AutoScaling/latest/APIReference/API_PutLifecycleHook.html */
  PutLifecycleHook: "W|||0;1;14~20||0|;",
  /** Grants permission to configure an Auto Scaling group to send notifications when specified events take place. Access level: Write. Resources: autoScalingGroup*. https://docs.aws.amazon.com/AutoScaling/latest/APIReference/API_PutNotificationConfiguration.html */
  PutNotificationConfiguration: "W|||0;1;14~20|||;",
  /** Grants permission to create or update a policy for an Auto Scaling group. Access level: Write. Resources: autoScalingGroup*. https://docs.aws.amazon.com/AutoScaling/latest/APIReference/API_PutScalingPolicy.html */
  PutScalingPolicy: "W|||0;1;14~20|||;",
  /** Grants permission to create or update a scheduled scaling action for an Auto Scaling group. Access level: Write. Resources: autoScalingGroup*. https://docs.aws.amazon.com/AutoScaling/latest/APIReference/API_PutScheduledUpdateGroupAction.html */
  PutScheduledUpdateGroupAction: "W|||0;1;14~20|9,13||;",
  /** Grants permission to create or update the warm pool associated with the specified Auto Scaling group. Access level: Write. Resources: autoScalingGroup*. https://docs.aws.amazon.com/AutoScaling/latest/APIReference/API_PutWarmPool.html */
  PutWarmPool: "W|||0;1;14~20|||;",
  /** Grants permission to record a heartbeat for the lifecycle action associated with the specified token or instance. Access level: Write. Resources: autoScalingGroup*. https://docs.aws.amazon.com/AutoScaling/latest/APIReference/API_RecordLifecycleActionHeartbeat.html */
  RecordLifecycleActionHeartbeat: "W|||0;1;14~20|||;",
  /** Grants permission to resume the specified suspended Auto Scaling processes, or all suspended process, for the specified Auto Scaling group. Access level: Write. Resources: autoScalingGroup*. https://docs.aws.amazon.com/AutoScaling/latest/APIReference/API_ResumeProcesses.html */
  ResumeProcesses: "W|||0;1;14~20|||;",
  /** Grants permission to rollback an instance refresh operation in progress. Access level: Write. Resources: autoScalingGroup*. https://docs.aws.amazon.com/AutoScaling/latest/APIReference/API_RollbackInstanceRefresh.html */
  RollbackInstanceRefresh: "W|||0;1;14~20|||;",
  /** Grants permission to set the size of the specified Auto Scaling group. Access level: Write. Resources: autoScalingGroup*. https://docs.aws.amazon.com/AutoScaling/latest/APIReference/API_SetDesiredCapacity.html */
  SetDesiredCapacity: "W|||0;1;14~20|||;",
  /** Grants permission to set the health status of the specified instance. Access level: Write. Resources: autoScalingGroup*. https://docs.aws.amazon.com/AutoScaling/latest/APIReference/API_SetInstanceHealth.html */
  SetInstanceHealth: "W|||0;1;14~20|||;",
  /** Grants permission to update the instance protection settings of the specified instances. Access level: Write. Resources: autoScalingGroup*. https://docs.aws.amazon.com/AutoScaling/latest/APIReference/API_SetInstanceProtection.html */
  SetInstanceProtection: "W|||0;1;14~20|||;",
  /** Grants permission to start a new instance refresh operation. Access level: Write. Resources: autoScalingGroup*. https://docs.aws.amazon.com/AutoScaling/latest/APIReference/API_StartInstanceRefresh.html */
  StartInstanceRefresh: "W|||0;1;14~20|3||;",
  /** Grants permission to suspend the specified Auto Scaling processes, or all processes, for the specified Auto Scaling group. Access level: Write. Resources: autoScalingGroup*. https://docs.aws.amazon.com/AutoScaling/latest/APIReference/API_SuspendProcesses.html */
  SuspendProcesses: "W|||0;1;14~20|||;",
  /** Grants permission to terminate the specified instance and optionally adjust the desired group size. Access level: Write. Resources: autoScalingGroup*. https://docs.aws.amazon.com/AutoScaling/latest/APIReference/API_TerminateInstanceInAutoScalingGroup.html */
  TerminateInstanceInAutoScalingGroup: "W|||0;1;14~20|||;",
  /** Grants permission to update the configuration for the specified Auto Scaling group. Access level: Write. Resources: autoScalingGroup*. https://docs.aws.amazon.com/AutoScaling/latest/APIReference/API_UpdateAutoScalingGroup.html */
  UpdateAutoScalingGroup: "W|||0;1;14~20|0,1,3,5,6,7,9,13,18|0|;",
} as const;
const actionDetails = {
  AttachInstances: "|,;~~~|Grants permission to attach one or more EC2 instances to the specified Auto Scaling group",
  AttachLoadBalancerTargetGroups:
    "|,;~~~|Grants permission to attach one or more target groups to the specified Auto Scaling group",
  AttachLoadBalancers:
    "|,;~~~|Grants permission to attach one or more load balancers to the specified Auto Scaling group",
  AttachTrafficSources: "|,;~~~|Grants permission to attach one or more traffic sources to an Auto Scaling group",
  BatchDeleteScheduledAction: "|,;~~~|Grants permission to delete the specified scheduled actions",
  BatchPutScheduledUpdateGroupAction:
    "|,;~~~|Grants permission to create or update multiple scheduled scaling actions for an Auto Scaling group",
  CancelInstanceRefresh: "|,;~~~|Grants permission to cancel an instance refresh operation in progress",
  CompleteLifecycleAction:
    "|,;~~~|Grants permission to complete the lifecycle action for the specified token or instance with the specified result",
  CreateAutoScalingGroup:
    "|,;~~~|Grants permission to create an Auto Scaling group with the specified name and attributes",
  CreateLaunchConfiguration: "|,;~~~|Grants permission to create a launch configuration",
  CreateOrUpdateTags: "|,;~~~,~~|Grants permission to create or update tags for the specified Auto Scaling group",
  DeleteAutoScalingGroup: "|,;~~~|Grants permission to delete the specified Auto Scaling group",
  DeleteLaunchConfiguration: "|,;~~~|Grants permission to delete the specified launch configuration",
  DeleteLifecycleHook: "|,;~~~|Grants permission to deletes the specified lifecycle hook",
  DeleteNotificationConfiguration: "|,;~~~|Grants permission to delete the specified notification",
  DeletePolicy: "|,;~~~|Grants permission to delete the specified Auto Scaling policy",
  DeleteScheduledAction: "|,;~~~|Grants permission to delete the specified scheduled action",
  DeleteTags: "|,;~~~|Grants permission to delete the specified tags",
  DeleteWarmPool: "|,;~~~|Grants permission to delete the warm pool associated with the Auto Scaling group",
  DescribeAccountLimits:
    "|,;~~~|Grants permission to describe the current Auto Scaling resource limits for your AWS account",
  DescribeAccountSettings:
    "|,;~|Grants permission to describe the current Amazon EC2 Auto Scaling account settings for your account",
  DescribeAdjustmentTypes:
    "|,;~~~|Grants permission to describe the policy adjustment types for use with PutScalingPolicy",
  DescribeAutoScalingGroups:
    "|,;~~~|Grants permission to describe one or more Auto Scaling groups. If a list of names is not provided, the call describes all Auto Scaling groups",
  DescribeAutoScalingInstances:
    "|,;~~~|Grants permission to describe one or more Auto Scaling instances. If a list is not provided, the call describes all instances",
  DescribeAutoScalingNotificationTypes:
    "|,;~~~|Grants permission to describe the notification types that are supported by Auto Scaling",
  DescribeInstanceRefreshes:
    "|,;~~~|Grants permission to describe one or more instance refreshes for an Auto Scaling group",
  DescribeLaunchConfigurations:
    "|,;~~~|Grants permission to describe one or more launch configurations. If you omit the list of names, then the call describes all launch configurations",
  DescribeLifecycleHookTypes: "|,;~~~|Grants permission to describe the available types of lifecycle hooks",
  DescribeLifecycleHooks:
    "|,;~~~|Grants permission to describe the lifecycle hooks for the specified Auto Scaling group",
  DescribeLoadBalancerTargetGroups:
    "|,;~~~|Grants permission to describe the target groups for the specified Auto Scaling group",
  DescribeLoadBalancers: "|,;~~~|Grants permission to describe the load balancers for the specified Auto Scaling group",
  DescribeMetricCollectionTypes:
    "|,;~~~|Grants permission to describe the available CloudWatch metrics for Auto Scaling",
  DescribeNotificationConfigurations:
    "|,;~~~|Grants permission to describe the notification actions associated with the specified Auto Scaling group",
  DescribePolicies: "|,;~~~|Grants permission to describe the policies for the specified Auto Scaling group",
  DescribeScalingActivities:
    "|,;~~~|Grants permission to describe one or more scaling activities for the specified Auto Scaling group",
  DescribeScalingProcessTypes:
    "|,;~~~|Grants permission to describe the scaling process types for use with ResumeProcesses and SuspendProcesses",
  DescribeScheduledActions:
    "|,;~~~|Grants permission to describe the actions scheduled for your Auto Scaling group that haven't run",
  DescribeTags: "|,;~~~|Grants permission to describe the specified tags",
  DescribeTerminationPolicyTypes:
    "|,;~~~|Grants permission to describe the termination policies supported by Auto Scaling",
  DescribeTrafficSources: "|,;~~~|Grants permission to describe the target groups for the specified Auto Scaling group",
  DescribeWarmPool: "|,;~~~|Grants permission to describe the warm pool associated with the Auto Scaling group",
  DetachInstances: "|,;~~~|Grants permission to remove one or more instances from the specified Auto Scaling group",
  DetachLoadBalancerTargetGroups:
    "|,;~~~|Grants permission to detach one or more target groups from the specified Auto Scaling group",
  DetachLoadBalancers:
    "|,;~~~|Grants permission to remove one or more load balancers from the specified Auto Scaling group",
  DetachTrafficSources: "|,;~~~|Grants permission to detach one or more traffic sources from an Auto Scaling group",
  DisableMetricsCollection:
    "|,;~~~|Grants permission to disable monitoring of the specified metrics for the specified Auto Scaling group",
  EnableMetricsCollection:
    "|,;~~~|Grants permission to enable monitoring of the specified metrics for the specified Auto Scaling group",
  EnterStandby: "|,;~~~|Grants permission to move the specified instances into Standby mode",
  ExecutePolicy: "|,;~~~|Grants permission to execute the specified policy",
  ExitStandby: "|,;~~~|Grants permission to move the specified instances out of Standby mode",
  GetPredictiveScalingForecast:
    "|,;~~~|Grants permission to retrieve the forecast data for a predictive scaling policy",
  LaunchInstances: "|,;~~~|Grants permission to launch one or more EC2 instances in the specified Auto Scaling group",
  PutAccountSetting: "|,;~|Grants permission to modify an account setting for your account",
  PutLifecycleHook:
    "|,;~~~|Grants permission to create or update a lifecycle hook for the specified Auto Scaling Group",
  PutNotificationConfiguration:
    "|,;~~~|Grants permission to configure an Auto Scaling group to send notifications when specified events take place",
  PutScalingPolicy: "|,;~~~|Grants permission to create or update a policy for an Auto Scaling group",
  PutScheduledUpdateGroupAction:
    "|,;~~~|Grants permission to create or update a scheduled scaling action for an Auto Scaling group",
  PutWarmPool:
    "|,;~~~|Grants permission to create or update the warm pool associated with the specified Auto Scaling group",
  RecordLifecycleActionHeartbeat:
    "|,;~~~|Grants permission to record a heartbeat for the lifecycle action associated with the specified token or instance",
  ResumeProcesses:
    "|,;~~~|Grants permission to resume the specified suspended Auto Scaling processes, or all suspended process, for the specified Auto Scaling group",
  RollbackInstanceRefresh: "|,;~~~|Grants permission to rollback an instance refresh operation in progress",
  SetDesiredCapacity: "|,;~~~|Grants permission to set the size of the specified Auto Scaling group",
  SetInstanceHealth: "|,;~~~|Grants permission to set the health status of the specified instance",
  SetInstanceProtection:
    "|,;~~~|Grants permission to update the instance protection settings of the specified instances",
  StartInstanceRefresh: "|,;~~~|Grants permission to start a new instance refresh operation",
  SuspendProcesses:
    "|,;~~~|Grants permission to suspend the specified Auto Scaling processes, or all processes, for the specified Auto Scaling group",
  TerminateInstanceInAutoScalingGroup:
    "|,;~~~|Grants permission to terminate the specified instance and optionally adjust the desired group size",
  UpdateAutoScalingGroup: "|,;~~~|Grants permission to update the configuration for the specified Auto Scaling group",
};
const resourceTypeFacts = {
  /** The autoScalingGroup resource type: arn:${Partition}:autoscaling:${Region}:${Account}:autoScalingGroup:${GroupId}:autoScalingGroupName/${GroupFriendlyName} */
  autoScalingGroup: "|,|14,20",
  /** The launchConfiguration resource type: arn:${Partition}:autoscaling:${Region}:${Account}:launchConfiguration:${Id}:launchConfigurationName/${LaunchConfigurationName} */
  launchConfiguration: "|,|",
} as const;
const arnFormats = {
  /** ARN of a autoScalingGroup resource: arn:${Partition}:autoscaling:${Region}:${Account}:autoScalingGroup:${GroupId}:autoScalingGroupName/${GroupFriendlyName}. */
  autoScalingGroup:
    "|,autoScalingGroup|arn:|Partition|:autoscaling:|Region|:|Account|:autoScalingGroup:|GroupId|:autoScalingGroupName/|GroupFriendlyName|",
  /** ARN of a launchConfiguration resource: arn:${Partition}:autoscaling:${Region}:${Account}:launchConfiguration:${Id}:launchConfigurationName/${LaunchConfigurationName}. */
  launchConfiguration:
    "|,launchConfiguration|arn:|Partition|:autoscaling:|Region|:|Account|:launchConfiguration:|Id|:launchConfigurationName/|LaunchConfigurationName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["autoScalingGroup", "launchConfiguration"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "autoscaling">;
/** Any autoscaling action. */
export type Action = ActionOf<typeof actionFacts, "autoscaling">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "autoscaling">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "autoscaling" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every autoscaling action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access based on the tags associated with the resource. */
  [key: `autoscaling:ResourceTag/${string}`]: "String";
  /** Filters access based on the tags that are passed in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access based on the tags associated with the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access based on the Capacity Reservation IDs. */
  "autoscaling:CapacityReservationIds": "ArrayOfString";
  /** Filters access based on the ARN of a Capacity Reservation resource group. */
  "autoscaling:CapacityReservationResourceGroupArns": "ArrayOfString";
  /** Filters access based on whether the force delete option is specified when deleting an Auto Scaling group. */
  "autoscaling:ForceDelete": "Bool";
  /** Filters access based on the AMI ID for the launch configuration. */
  "autoscaling:ImageId": "String";
  /** Filters access based on the instance type for the launch configuration. */
  "autoscaling:InstanceType": "String";
  /** Filters access based on the instance types present as overrides to a launch template for a mixed instances policy. Use it to qualify which instance types can be explicitly defined in the policy. */
  "autoscaling:InstanceTypes": "String";
  /** Filters access based on the name of a launch configuration. */
  "autoscaling:LaunchConfigurationName": "String";
  /** Filters access based on whether users can specify any version of a launch template or only the Latest or Default version. */
  "autoscaling:LaunchTemplateVersionSpecified": "Bool";
  /** Filters access based on the name of the load balancer. */
  "autoscaling:LoadBalancerNames": "ArrayOfString";
  /** Filters access based on the maximum scaling size in the request. */
  "autoscaling:MaxSize": "Numeric";
  /** Filters access based on whether the HTTP endpoint is enabled for the instance metadata service. */
  "autoscaling:MetadataHttpEndpoint": "String";
  /** Filters access based on the allowed number of hops when calling the instance metadata service. */
  "autoscaling:MetadataHttpPutResponseHopLimit": "Numeric";
  /** Filters access based on whether tokens are required when calling the instance metadata service (optional or required). */
  "autoscaling:MetadataHttpTokens": "String";
  /** Filters access based on the minimum scaling size in the request. */
  "autoscaling:MinSize": "Numeric";
  /** Filters access based on the price for Spot Instances for the launch configuration. */
  "autoscaling:SpotPrice": "Numeric";
  /** Filters access based on the ARN of a target group. */
  "autoscaling:TargetGroupARNs": "ArrayOfARN";
  /** Filters access based on the identifiers of the traffic sources. */
  "autoscaling:TrafficSourceIdentifiers": "ArrayOfString";
  /** Filters access based on the identifier of a VPC zone. */
  "autoscaling:VPCZoneIdentifiers": "ArrayOfString";
  /** Filters access based on the tag keys that are passed in the request. */
  "aws:TagKeys": "ArrayOfString";
}

/** Condition key -> value type. */
export type ConditionKeys = ConditionKeysOf<ConditionKeyTypes>;

/** Condition key with a placeholder, as the reference writes it -> its template-literal key. */
export interface ConditionKeyPatterns {
  /** autoscaling:ResourceTag/${TagKey} */
  "autoscaling:ResourceTag/${TagKey}": `autoscaling:ResourceTag/${string}`;
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
  "autoscaling:CapacityReservationIds": "|,ArrayOfString|0||Filters access based on the Capacity Reservation IDs",
  "autoscaling:CapacityReservationResourceGroupArns":
    "|,ArrayOfString|0||Filters access based on the ARN of a Capacity Reservation resource group",
  "autoscaling:ForceDelete":
    "|,Bool|0||Filters access based on whether the force delete option is specified when deleting an Auto Scaling group",
  "autoscaling:ImageId": "|,String|0||Filters access based on the AMI ID for the launch configuration",
  "autoscaling:InstanceType": "|,String|0||Filters access based on the instance type for the launch configuration",
  "autoscaling:InstanceTypes":
    "|,String|0||Filters access based on the instance types present as overrides to a launch template for a mixed instances policy. Use it to qualify which instance types can be explicitly defined in the policy",
  "autoscaling:LaunchConfigurationName": "|,String|0||Filters access based on the name of a launch configuration",
  "autoscaling:LaunchTemplateVersionSpecified":
    "|,Bool|0||Filters access based on whether users can specify any version of a launch template or only the Latest or Default version",
  "autoscaling:LoadBalancerNames": "|,ArrayOfString|0||Filters access based on the name of the load balancer",
  "autoscaling:MaxSize": "|,Numeric|0||Filters access based on the maximum scaling size in the request",
  "autoscaling:MetadataHttpEndpoint":
    "|,String|0||Filters access based on whether the HTTP endpoint is enabled for the instance metadata service",
  "autoscaling:MetadataHttpPutResponseHopLimit":
    "|,Numeric|0||Filters access based on the allowed number of hops when calling the instance metadata service",
  "autoscaling:MetadataHttpTokens":
    "|,String|0||Filters access based on whether tokens are required when calling the instance metadata service (optional or required)",
  "autoscaling:MinSize": "|,Numeric|0||Filters access based on the minimum scaling size in the request",
  "autoscaling:ResourceTag/${TagKey}": "|,String|0||Filters access based on the tags associated with the resource",
  "autoscaling:SpotPrice":
    "|,Numeric|0||Filters access based on the price for Spot Instances for the launch configuration",
  "autoscaling:TargetGroupARNs": "|,ArrayOfARN|0||Filters access based on the ARN of a target group",
  "autoscaling:TrafficSourceIdentifiers":
    "|,ArrayOfString|0||Filters access based on the identifiers of the traffic sources",
  "autoscaling:VPCZoneIdentifiers": "|,ArrayOfString|0||Filters access based on the identifier of a VPC zone",
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access based on the tags that are passed in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access based on the tags associated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access based on the tag keys that are passed in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "autoscaling",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
