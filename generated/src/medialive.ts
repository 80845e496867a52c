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
export const prefix: "medialive" = "medialive";
/** The service's name in the reference. */
export const serviceName: "AWS Elemental MediaLive" = "AWS Elemental MediaLive";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Elemental MediaLive",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awselementalmedialive.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["iam:PassRole", "medialive:CreateTags"] as const;
const actionFacts = {
  /** Grants permission to accept an input device transfer. Access level: Write. Resources: input-device*. https://docs.aws.amazon.com/medialive/latest/ug/eml-devices.html */
  AcceptInputDeviceTransfer: "W|||8;1;|||;",
  /** Grants permission to delete channels, inputs, input security groups, and multiplexes. Access level: Write. https://docs.aws.amazon.com/medialive/latest/ug/editing-deleting-channel.html */
  BatchDelete: "W||||||;",
  /** Grants permission to start channels and multiplexes. Access level: Write. https://docs.aws.amazon.com/medialive/latest/ug/starting-stopping-deleting-a-channel.html */
  BatchStart: "W||||||;",
  /** Grants permission to stop channels and multiplexes. Access level: Write. https://docs.aws.amazon.com/medialive/latest/ug/starting-stopping-deleting-a-channel.html */
  BatchStop: "W||||||;",
  /** Grants permission to add and remove actions from a channel's schedule. Access level: Write. Resources: channel*. https://docs.aws.amazon.com/medialive/latest/ug/submitting-batch-command.html */
  BatchUpdateSchedule: "W|||0;1;|||;",
  /** Grants permission to cancel an input device transfer. Access level: Write. Resources: input-device*. https://docs.aws.amazon.com/medialive/latest/ug/eml-devices.html */
  CancelInputDeviceTransfer: "W|||8;1;|||;",
  /** Grants permission to claim an input device. Access level: Write. Resources: input-device*. https://docs.aws.amazon.com/medialive/latest/ug/eml-devices.html */
  ClaimDevice: "W|||8;1;|||;",
  /** Grants permission to create a channel. Access level: Write. Resources: channel*, input*. https://docs.aws.amazon.com/medialive/latest/ug/creating-channel-scratch.html */
  CreateChannel: "W|||0;1;,7;1;|0,2|0,1|;",
  /** Grants permission to create a cluster. Access level: Write. Resources: channel-placement-group*, cluster*. https://docs.aws.amazon.com/medialive/latest/ug/setup-emla.html */
  CreateChannelPlacementGroup: "W|||1;1;,4;1;|0,2|1|;",
  /** Grants permission to create a cloudwatch alarm template. Access level: Write. Resources: cloudwatch-alarm-template*, cloudwatch-alarm-template-group*. https://docs.aws.amazon.com/medialive/latest/ug/monitor-with-workflow-monitor-configure-alarms-templates-create.html */
  CreateCloudWatchAlarmTemplate: "W|||2;1;,3;1;|0,2|1|;",
  /** Grants permission to create a cloudwatch alarm template group. Access level: Write. Resources: cloudwatch-alarm-template-group*. https://docs.aws.amazon.com/medialive/latest/ug/monitor-with-workflow-monitor-configure-alarms-templates-create.html */
  CreateCloudWatchAlarmTemplateGroup: "W|||3;1;|0,2|1|;",
  /** Grants permission to create a cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/medialive/latest/ug/setup-emla.html */
  CreateCluster: "W|||4;1;|0,2|0|;",
  /** Grants permission to create a eventbridge rule template. Access level: Write. Resources: eventbridge-rule-template*, eventbridge-rule-template-group*. https://docs.aws.amazon.com/medialive/latest/ug/monitor-with-workflow-monitor-configure-notifications-template-create.html */
  CreateEventBridgeRuleTemplate: "W|||5;1;,6;1;|0,2|1|;",
  /** Grants permission to create a eventbridge rule template group. Access level: Write. Resources: eventbridge-rule-template-group*. https://docs.aws.amazon.com/medialive/latest/ug/monitor-with-workflow-monitor-configure-notifications-template-create.html */
  CreateEventBridgeRuleTemplateGroup: "W|||6;1;|0,2|1|;",
  /** Grants permission to create an input. Access level: Write. Resources: input*, input-security-group*. https://docs.aws.amazon.com/medialive/latest/ug/creating-input.html */
  CreateInput: "W|||7;1;,9;1;|0,2|0,1|;",
  /** Grants permission to create an input security group. Access level: Write. Resources: input-security-group*. https://docs.aws.amazon.com/medialive/latest/ug/working-with-input-security-groups.html */
  CreateInputSecurityGroup: "W|||9;1;|0,2|1|;",
  /** Grants permission to create a multiplex. Access level: Write. Resources: multiplex*. https://docs.aws.amazon.com/medialive/latest/ug/multiplex-create.html */
  CreateMultiplex: "W|||10;1;|0,2|1|;",
  /** Grants permission to create a multiplex program. Access level: Write. Resources: multiplex*. https://docs.aws.amazon.com/medialive/latest/ug/multiplex-create.html */
  CreateMultiplexProgram: "W|||10;1;|||;",
  /** Grants permission to create a network. Access level: Write. Resources: network*. https://docs.aws.amazon.com/medialive/latest/ug/setup-emla.html */
  CreateNetwork: "W|||11;1;|0,2||;",
  /** Grants permission to create a node. Access level: Write. Resources: cluster*, node*. https://docs.aws.amazon.com/medialive/latest/ug/setup-emla.html */
  CreateNode: "W|||4;1;,12;1;|0,2|1|;",
  /** Grants permission to create a node registration script. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/medialive/latest/ug/setup-emla.html */
  CreateNodeRegistrationScript: "W|||4;1;|||;",
  /** Grants permission to create a partner input. Access level: Write. Resources: input*. https://docs.aws.amazon.com/medialive/latest/ug/input-create-cdi-partners.html */
  CreatePartnerInput: "W|||7;1;|0,2|1|;",
  /** Grants permission to create a SDI source. Access level: Write. Resources: sdi-source*. https://docs.aws.amazon.com/medialive/latest/ug/setup-emla.html */
  CreateSdiSource: "W|||15;1;|0,2|1|;",
  /** Grants permission to create a signal map. Access level: Write. Resources: signal-map*. https://docs.aws.amazon.com/medialive/latest/ug/monitor-with-workflow-monitor-configure-signal-maps-create.html */
  CreateSignalMap: "W|||16;1;|0,2|1|;",
  /** Grants permission to create tags for channels, inputs, input security groups, multiplexes, reservations, nodes, networks, clusters, channel placement groups, signal maps, SDI sources, template groups, and templates. Access level: Tagging. Resources: channel, channel-placement-group, cloudwatch-alarm-template, cloudwatch-alarm-template-group, cluster, eventbridge-rule-template, eventbridge-rule-template-group, input, input-security-group, multiplex, network, node, reservation, sdi-source, signal-map. https://docs.aws.amazon.com/medialive/latest/ug/tagging.html */
  CreateTags:
    "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,9;0;,10;0;,11;0;,12;0;,14;0;,15;0;,16;0;|0,2||CreateChannel,CreateChannelPlacementGroup,CreateCloudWatchAlarmTemplate,CreateCloudWatchAlarmTemplateGroup,CreateEventBridgeRuleTemplate,CreateEventBridgeRuleTemplateGroup,CreateInput,CreateInputSecurityGroup,CreateMultiplex,CreateNode,CreatePartnerInput,CreateSdiSource,CreateSignalMap,;,PurchaseOffering,UpdateChannel,UpdateInputSecurityGroup",
  /** Grants permission to delete a channel. Access level: Write. Resources: channel*. https://docs.aws.amazon.com/medialive/latest/ug/editing-deleting-channel.html */
  DeleteChannel: "W|||0;1;|||;",
  /** Grants permission to delete a cluster. Access level: Write. Resources: channel-placement-group*. https://docs.aws.amazon.com/medialive/latest/ug/setup-emla.html */
  DeleteChannelPlacementGroup: "W|||1;1;|||;",
  /** Grants permission to delete a cloudwatch alarm template. Access level: Write. Resources: cloudwatch-alarm-template*. https://docs.aws.amazon.com/medialive/latest/ug/monitor-with-workflow-monitor-configure-alarms.html */
  DeleteCloudWatchAlarmTemplate: "W|||2;1;|||;",
  /** Grants permission to delete a cloudwatch alarm template group. Access level: Write. Resources: cloudwatch-alarm-template-group*. https://docs.aws.amazon.com/medialive/latest/ug/monitor-with-workflow-monitor-configure-alarms.html */
  DeleteCloudWatchAlarmTemplateGroup: "W|||3;1;|||;",
  /** Grants permission to delete a cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/medialive/latest/ug/setup-emla.html */
  DeleteCluster: "W|||4;1;|||;",
  /** Grants permission to delete a eventbridge rule template. Access level: Write. Resources: eventbridge-rule-template*. https://docs.aws.amazon.com/medialive/latest/ug/monitor-with-workflow-monitor-configure-notifications.html */
  DeleteEventBridgeRuleTemplate: "W|||5;1;|||;",
  /** Grants permission to delete a eventbridge rule template group. Access level: Write. Resources: eventbridge-rule-template-group*. https://docs.aws.amazon.com/medialive/latest/ug/monitor-with-workflow-monitor-configure-notifications.html */
  DeleteEventBridgeRuleTemplateGroup: "W|||6;1;|||;",
  /** Grants permission to delete an input. Access level: Write. Resources: input*. https://docs.aws.amazon.com/medialive/latest/ug/delete-input.html */
  DeleteInput: "W|||7;1;|||;",
  /** Grants permission to delete an input security group. Access level: Write. Resources: input-security-group*. https://docs.aws.amazon.com/medialive/latest/ug/delete-input-security-group.html */
  DeleteInputSecurityGroup: "W|||9;1;|||;",
  /** Grants permission to delete a multiplex. Access level: Write. Resources: multiplex*. https://docs.aws.amazon.com/medialive/latest/ug/delete-multiplex-program.html */
  DeleteMultiplex: "W|||10;1;|||;",
  /** Grants permission to delete a multiplex program. Access level: Write. Resources: multiplex*. https://docs.aws.amazon.com/medialive/latest/ug/delete-multiplex-program.html */
  DeleteMultiplexProgram: "W|||10;1;|||;",
  /** Grants permission to delete a network. Access level: Write. Resources: network*. https://docs.aws.amazon.com/medialive/latest/ug/setup-emla.html */
  DeleteNetwork: "W|||11;1;|||;",
  /** Grants permission to delete a node. Access level: Write. Resources: node*. https://docs.aws.amazon.com/medialive/latest/ug/setup-emla.html */
  DeleteNode: "W|||12;1;|||;",
  /** Grants permission to delete an expired reservation. Access level: Write. Resources: reservation*. https://docs.aws.amazon.com/medialive/latest/ug/deleting-reservations.html */
  DeleteReservation: "W|||14;1;|||;",
  /** Grants permission to delete all schedule actions for a channel. Access level: Write. Resources: channel*. https://docs.aws.amazon.com/medialive/latest/ug/schedule-using-console-delete.html */
  DeleteSchedule: "W|||0;1;|||;",
  /** Grants permission to delete a SDI source. Access level: Write. Resources: sdi-source*. https://docs.aws.amazon.com/medialive/latest/ug/setup-emla.html */
  DeleteSdiSource: "W|||15;1;|||;",
  /** Grants permission to delete a signal map. Access level: Write. Resources: signal-map*. https://docs.aws.amazon.com/medialive/latest/ug/monitor-with-workflow-monitor-configure-signal-maps-delete.html */
  DeleteSignalMap: "W|||16;1;|||;",
  /** Grants permission to delete tags from channels, inputs, input security groups, multiplexes, reservations, nodes, clusters, networks, channel placement groups, SDI source, signal maps, template groups, and templates. Access level: Tagging. Resources: channel, channel-placement-group, cloudwatch-alarm-template, cloudwatch-alarm-template-group, cluster, eventbridge-rule-template, eventbridge-rule-template-group, input, input-security-group, multiplex, network, node, reservation, sdi-source, signal-map. https://docs.aws.amazon.com/medialive/latest/ug/tagging.html */
  DeleteTags: "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,9;0;,10;0;,11;0;,12;0;,14;0;,15;0;,16;0;|2||;",
  /** Grants permission to view the account configuration of the customer. Access level: Read. https://docs.aws.amazon.com/medialive/latest/ug/starting-stopping-deleting-a-channel.html */
  DescribeAccountConfiguration: "R||||||;",
  /** Grants permission to get details about a channel. Access level: Read. Resources: channel*. https://docs.aws.amazon.com/medialive/latest/ug/viewing-channel-configuration.html */
  DescribeChannel: "R|||0;1;|||;",
  /** Grants permission to describe a channel placement group. Access level: Read. Resources: channel-placement-group*. https://docs.aws.amazon.com/medialive/latest/ug/emla-setup-cl-create.html */
  DescribeChannelPlacementGroup: "R|||1;1;|||;",
  /** Grants permission to describe a cluster. Access level: Read. Resources: cluster*. https://docs.aws.amazon.com/medialive/latest/ug/emla-setup-cl-create.html */
  DescribeCluster: "R|||4;1;|||;",
  /** Grants permission to describe an input. Access level: Read. Resources: input*. https://docs.aws.amazon.com/medialive/latest/ug/edit-input.html */
  DescribeInput: "R|||7;1;|||;",
  /** Grants permission to describe an input device. Access level: Read. Resources: input-device*. https://docs.aws.amazon.com/medialive/latest/ug/device-edit.html */
  DescribeInputDevice: "R|||8;1;|||;",
  /** Grants permission to describe an input device thumbnail. Access level: Read. Resources: input-device*. https://docs.aws.amazon.com/medialive/latest/ug/device-edit.html */
  DescribeInputDeviceThumbnail: "R|||8;1;|||;",
  /** Grants permission to describe an input security group. Access level: Read. Resources: input-security-group*. https://docs.aws.amazon.com/medialive/latest/ug/edit-input-security-group.html */
  DescribeInputSecurityGroup: "R|||9;1;|||;",
  /** Grants permission to describe a multiplex. Access level: Read. Resources: multiplex*. https://docs.aws.amazon.com/medialive/latest/ug/edit-multiplex-program-channel.html */
  DescribeMultiplex: "R|||10;1;|||;",
  /** Grants permission to describe a multiplex program. Access level: Read. Resources: multiplex*. https://docs.aws.amazon.com/medialive/latest/ug/monitoring-multiplex-console.html */
  DescribeMultiplexProgram: "R|||10;1;|||;",
  /** Grants permission to describe a network. Access level: Read. Resources: network*. https://docs.aws.amazon.com/medialive/latest/ug/emla-setup-cl-networks.html */
  DescribeNetwork: "R|||11;1;|||;",
  /** Grants permission to describe a node. Access level: Read. Resources: node*. https://docs.aws.amazon.com/medialive/latest/ug/emla-setup-cl-nodes-create.html */
  DescribeNode: "R|||12;1;|||;",
  /** Grants permission to get details about a reservation offering. Access level: Read. Resources: offering*. https://docs.aws.amazon.com/medialive/latest/ug/purchasing-reservations.html */
  DescribeOffering: "R|||13;1;|||;",
  /** Grants permission to get details about a reservation. Access level: Read. Resources: reservation*. https://docs.aws.amazon.com/medialive/latest/ug/view-reservations.html */
  DescribeReservation: "R|||14;1;|||;",
  /** Grants permission to view a list of actions scheduled on a channel. Access level: Read. Resources: channel*. https://docs.aws.amazon.com/medialive/latest/ug/schedule-using-console-view.html */
  DescribeSchedule: "R|||0;1;|||;",
  /** Grants permission to describe a SDI source. Access level: Read. Resources: sdi-source*. https://docs.aws.amazon.com/medialive/latest/ug/emla-setup-cl-create.html */
  DescribeSdiSource: "R|||15;1;|||;",
  /** Grants permission to view the thumbnails for a channel. Access level: Read. Resources: channel*. https://docs.aws.amazon.com/medialive/latest/ug/starting-stopping-deleting-a-channel.html */
  DescribeThumbnails: "R|||0;1;|||;",
  /** Grants permission to get a cloudwatch alarm template. Access level: Read. Resources: cloudwatch-alarm-template*. https://docs.aws.amazon.com/medialive/latest/ug/monitor-with-workflow-monitor-configure-alarms.html */
  GetCloudWatchAlarmTemplate: "R|||2;1;|||;",
  /** Grants permission to get a cloudwatch alarm template group. Access level: Read. Resources: cloudwatch-alarm-template-group*. https://docs.aws.amazon.com/medialive/latest/ug/monitor-with-workflow-monitor-configure-alarms.html */
  GetCloudWatchAlarmTemplateGroup: "R|||3;1;|||;",
  /** Grants permission to get a eventbridge rule template. Access level: Read. Resources: eventbridge-rule-template*. https://docs.aws.amazon.com/medialive/latest/ug/monitor-with-workflow-monitor-configure-notifications.html */
  GetEventBridgeRuleTemplate: "R|||5;1;|||;",
  /** Grants permission to get a eventbridge rule template group. Access level: Read. Resources: eventbridge-rule-template-group*. https://docs.aws.amazon.com/medialive/latest/ug/monitor-with-workflow-monitor-configure-notifications.html */
  GetEventBridgeRuleTemplateGroup: "R|||6;1;|||;",
  /** Grants permission to get a signal map. Access level: Read. Resources: signal-map*. https://docs.aws.amazon.com/medialive/latest/ug/monitor-with-workflow-monitor-configure-signal-maps-view.html */
  GetSignalMap: "R|||16;1;|||;",
  /** Grants permission to list channel alerts. Access level: List. https://docs.aws.amazon.com/medialive/latest/ug/monitor-activity-types-alerts-channels.html */
  ListAlerts: "L||||||;",
  /** Grants permission to list channel placement groups. Access level: List. https://docs.aws.amazon.com/medialive/latest/ug/setup-emla.html */
  ListChannelPlacementGroups: "L||||||;",
  /** Grants permission to list channels. Access level: List. https://docs.aws.amazon.com/medialive/latest/ug/viewing-channel-configuration.html */
  ListChannels: "L||||||;",
  /** Grants permission to list cloudwatch alarm template groups. Access level: List. https://docs.aws.amazon.com/medialive/latest/ug/monitor-with-workflow-monitor-configure-alarms.html */
  ListCloudWatchAlarmTemplateGroups: "L||||||;",
  /** Grants permission to list cloudwatch alarm templates. Access level: List. https://docs.aws.amazon.com/medialive/latest/ug/monitor-with-workflow-monitor-configure-alarms.html */
  ListCloudWatchAlarmTemplates: "L||||||;",
  /** Grants permission to list cluster alerts. Access level: List. https://docs.aws.amazon.com/medialive/latest/ug/monitor-activity-types-alerts-cluster.html */
  ListClusterAlerts: "L||||||;",
  /** Grants permission to list clusters. Access level: List. https://docs.aws.amazon.com/medialive/latest/ug/setup-emla.html */
  ListClusters: "L||||||;",
  /** Grants permission to list eventbridge rule template groups. Access level: List. https://docs.aws.amazon.com/medialive/latest/ug/monitor-with-workflow-monitor-configure-notifications.html */
  ListEventBridgeRuleTemplateGroups: "L||||||;",
  /** Grants permission to list eventbridge rule templates. Access level: List. https://docs.aws.amazon.com/medialive/latest/ug/monitor-with-workflow-monitor-configure-notifications.html */
  ListEventBridgeRuleTemplates: "L||||||;",
  /** Grants permission to list input device transfers. Access level: List. https://docs.aws.amazon.com/medialive/latest/ug/eml-devices.html */
  ListInputDeviceTransfers: "L||||||;",
  /** Grants permission to list input devices. Access level: List. https://docs.aws.amazon.com/medialive/latest/ug/device-edit.html */
  ListInputDevices: "L||||||;",
  /** Grants permission to list input security groups. Access level: List. https://docs.aws.amazon.com/medialive/latest/ug/edit-input-security-group.html */
  ListInputSecurityGroups: "L||||||;",
  /** Grants permission to list inputs. Access level: List. https://docs.aws.amazon.com/medialive/latest/ug/edit-input.html */
  ListInputs: "L||||||;",
  /** Grants permission to list multiplex alerts. Access level: List. https://docs.aws.amazon.com/medialive/latest/ug/monitor-activity-types-alerts-channels.html */
  ListMultiplexAlerts: "L||||||;",
  /** Grants permission to list multiplex programs. Access level: List. https://docs.aws.amazon.com/medialive/latest/ug/monitoring-multiplex-console.html */
  ListMultiplexPrograms: "L||||||;",
  /** Grants permission to list multiplexes. Access level: List. https://docs.aws.amazon.com/medialive/latest/ug/edit-multiplex-program-channel.html */
  ListMultiplexes: "L||||||;",
  /** Grants permission to list networks. Access level: List. https://docs.aws.amazon.com/medialive/latest/ug/setup-emla.html */
  ListNetworks: "L||||||;",
  /** Grants permission to list nodes. Access level: List. https://docs.aws.amazon.com/medialive/latest/ug/setup-emla.html */
  ListNodes: "L||||||;",
  /** Grants permission to list reservation offerings. Access level: List. https://docs.aws.amazon.com/medialive/latest/ug/purchasing-reservations.html */
  ListOfferings: "L||||||;",
  /** Grants permission to list reservations. Access level: List. https://docs.aws.amazon.com/medialive/latest/ug/view-reservations.html */
  ListReservations: "L||||||;",
  /** Grants permission to list SDI sources. Access level: List. https://docs.aws.amazon.com/medialive/latest/ug/setup-emla.html */
  ListSdiSources: "L||||||;",
  /** Grants permission to list signal maps. Access level: List. https://docs.aws.amazon.com/medialive/latest/ug/monitor-with-workflow-monitor-configure-signal-maps-view.html */
  ListSignalMaps: "L||||||;",
  /** Grants permission to list tags for channels, inputs, input security groups, multiplexes, reservations, nodes, clusters, networks, channel placement groups, SDI sources, signal maps, template groups, and templates. Access level: List. Resources: channel, channel-placement-group, cloudwatch-alarm-template, cloudwatch-alarm-template-group, cluster, eventbridge-rule-template, eventbridge-rule-template-group, input, input-security-group, multiplex, network, node, reservation, sdi-source, signal-map. https://docs.aws.amazon.com/medialive/latest/ug/tagging.html */
  ListTagsForResource: "L|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,9;0;,10;0;,11;0;,12;0;,14;0;,15;0;,16;0;|||;",
  /** Grants permission to list available versions of MediaLive. Access level: List. https://docs.aws.amazon.com/medialive/latest/ug/medialive-versions.html */
  ListVersions: "L||||||;",
  /** Grants permission to the node to poll the cluster. Access level: Write. https://docs.aws.amazon.com/medialive/latest/ug/about-emla.html */
  PollAnywhere: "W||||||",
  /** Grants permission to purchase a reservation offering. Access level: Write. Resources: offering*, reservation*. https://docs.aws.amazon.com/medialive/latest/ug/purchasing-reservations.html */
  PurchaseOffering: "W|||13;1;,14;1;|0,2|1|;",
  /** Grants permission to reboot an input device. Access level: Write. Resources: input-device*. https://docs.aws.amazon.com/medialive/latest/ug/eml-devices.html */
  RebootInputDevice: "W|||8;1;|||;",
  /** Grants permission to reject an input device transfer. Access level: Write. Resources: input-device*. https://docs.aws.amazon.com/medialive/latest/ug/eml-devices.html */
  RejectInputDeviceTransfer: "W|||8;1;|||;",
  /** Grants permission to restart pipelines on a running channel. Access level: Write. Resources: channel*. https://docs.aws.amazon.com/medialive/latest/ug/maintenance-user-initiated.html */
  RestartChannelPipelines: "W|||0;1;|||;",
  /** Grants permission to start a channel. Access level: Write. Resources: channel*. https://docs.aws.amazon.com/medialive/latest/ug/starting-stopping-deleting-a-channel.html */
  StartChannel: "W|||0;1;|||;",
  /** Grants permission to start deletion of a signal map's monitor. Access level: Write. Resources: signal-map*. https://docs.aws.amazon.com/medialive/latest/ug/monitor-with-workflow-monitor-configure-signal-maps-delete.html */
  StartDeleteMonitorDeployment: "W|||16;1;|||;",
  /** Grants permission to start an input device attached to a MediaConnect flow. Access level: Write. Resources: input-device*. https://docs.aws.amazon.com/medialive/latest/ug/eml-devices.html */
  StartInputDevice: "W|||8;1;|||;",
  /** Grants permission to start a maintenance window for an input device. Access level: Write. Resources: input-device*. https://docs.aws.amazon.com/medialive/latest/ug/eml-devices.html */
  StartInputDeviceMaintenanceWindow: "W|||8;1;|||",
  /** Grants permission to start a signal map monitor deployment. Access level: Write. Resources: signal-map*. https://docs.aws.amazon.com/medialive/latest/ug/monitor-with-workflow-monitor-configure-deploy.html */
  StartMonitorDeployment: "W|||16;1;|||;",
  /** Grants permission to start a multiplex. Access level: Write. Resources: multiplex*. https://docs.aws.amazon.com/medialive/latest/ug/start-multiplex.html */
  StartMultiplex: "W|||10;1;|||;",
  /** Grants permission to start a signal map update. Access level: Write. Resources: signal-map*. https://docs.aws.amazon.com/medialive/latest/ug/monitor-with-workflow-monitor-configure-signal-maps-update.html */
  StartUpdateSignalMap: "W|||16;1;|||;",
  /** Grants permission to stop a channel. Access level: Write. Resources: channel*. https://docs.aws.amazon.com/medialive/latest/ug/starting-stopping-deleting-a-channel.html */
  StopChannel: "W|||0;1;|||;",
  /** Grants permission to stop an input device attached to a MediaConnect flow. Access level: Write. Resources: input-device*. https://docs.aws.amazon.com/medialive/latest/ug/eml-devices.html */
  StopInputDevice: "W|||8;1;|||;",
  /** Grants permission to stop a multiplex. Access level: Write. Resources: multiplex*. https://docs.aws.amazon.com/medialive/latest/ug/stop-multiplex.title.html */
  StopMultiplex: "W|||10;1;|||;",
  /** Grants permission to the node to submit state changes to the cluster. Access level: Write. https://docs.aws.amazon.com/medialive/latest/ug/about-emla.html */
  SubmitAnywhereStateChange: "W||||||",
  /** Grants permission to transfer an input device. Access level: Write. Resources: input-device*. https://docs.aws.amazon.com/medialive/latest/ug/eml-devices.html */
  TransferInputDevice: "W|||8;1;|||;",
  /** Grants permission to update a customer's account configuration. Access level: Write. https://docs.aws.amazon.com/medialive/latest/ug/starting-stopping-deleting-a-channel.html */
  UpdateAccountConfiguration: "W||||||;",
  /** Grants permission to update a channel. Access level: Write. Resources: channel*. https://docs.aws.amazon.com/medialive/latest/ug/editing-deleting-channel.html */
  UpdateChannel: "W|||0;1;||0,1|;",
  /** Grants permission to update the class of a channel. Access level: Write. Resources: channel*. https://docs.aws.amazon.com/medialive/latest/ug/editing-deleting-channel.html */
  UpdateChannelClass: "W|||0;1;|||;",
  /** Grants permission to update a node. Access level: Write. Resources: channel-placement-group*. https://docs.aws.amazon.com/medialive/latest/ug/setup-emla.html */
  UpdateChannelPlacementGroup: "W|||1;1;|0,2||;",
  /** Grants permission to update a cloudwatch alarm template. Access level: Write. Resources: cloudwatch-alarm-template*, cloudwatch-alarm-template-group*. https://docs.aws.amazon.com/medialive/latest/ug/monitor-with-workflow-monitor-configure-alarms-templates-create.html */
  UpdateCloudWatchAlarmTemplate: "W|||2;1;,3;1;|||;",
  /** Grants permission to update a cloudwatch alarm template group. Access level: Write. Resources: cloudwatch-alarm-template-group*. https://docs.aws.amazon.com/medialive/latest/ug/monitor-with-workflow-monitor-configure-alarms-templates-create.html */
  UpdateCloudWatchAlarmTemplateGroup: "W|||3;1;|||;",
  /** Grants permission to update a cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/medialive/latest/ug/emla-setup-cl-create.html */
  UpdateCluster: "W|||4;1;|0,2||;",
  /** Grants permission to update a eventbridge rule template. Access level: Write. Resources: eventbridge-rule-template*, eventbridge-rule-template-group*. https://docs.aws.amazon.com/medialive/latest/ug/monitor-with-workflow-monitor-configure-notifications-template-create.html */
  UpdateEventBridgeRuleTemplate: "W|||5;1;,6;1;|||;",
  /** Grants permission to update a eventbridge rule template group. Access level: Write. Resources: eventbridge-rule-template-group*. https://docs.aws.amazon.com/medialive/latest/ug/monitor-with-workflow-monitor-configure-notifications-template-create.html */
  UpdateEventBridgeRuleTemplateGroup: "W|||6;1;|||;",
  /** Grants permission to update an input. Access level: Write. Resources: input*. https://docs.aws.amazon.com/medialive/latest/ug/edit-input.html */
  UpdateInput: "W|||7;1;||0|;",
  /** Grants permission to update an input device. Access level: Write. Resources: input-device*. https://docs.aws.amazon.com/medialive/latest/ug/device-edit.html */
  UpdateInputDevice: "W|||8;1;||0|;",
  /** Grants permission to update an input security group. Access level: Write. Resources: input-security-group*. https://docs.aws.amazon.com/medialive/latest/ug/edit-input-security-group.html */
  UpdateInputSecurityGroup: "W|||9;1;|0,2|1|;",
  /** Grants permission to update a multiplex. Access level: Write. Resources: multiplex*. https://docs.aws.amazon.com/medialive/latest/ug/edit-multiplex-program-channel.html */
  UpdateMultiplex: "W|||10;1;|||;",
  /** Grants permission to update a multiplex program. Access level: Write. Resources: multiplex*. https://docs.aws.amazon.com/medialive/latest/ug/edit-multiplex-program-channel.html */
  UpdateMultiplexProgram: "W|||10;1;|||;",
  /** Grants permission to update the state of a node. Access level: Write. Resources: network*. https://docs.aws.amazon.com/medialive/latest/ug/emla-deploy-identify-network-requirements.html */
  UpdateNetwork: "W|||11;1;|0,2||;",
  /** Grants permission to update a node. Access level: Write. Resources: node*. https://docs.aws.amazon.com/medialive/latest/ug/emla-setup-cl-nodes-create.html */
  UpdateNode: "W|||12;1;|0,2||;",
  /** Grants permission to update the state of a node. Access level: Write. Resources: node*. https://docs.aws.amazon.com/medialive/latest/ug/setup-emla.html */
  UpdateNodeState: "W|||12;1;|0,2||;",
  /** Grants permission to update a reservation. Access level: Write. Resources: reservation*. https://docs.aws.amazon.com/medialive/latest/ug/reservations.html */
  UpdateReservation: "W|||14;1;|||;",
  /** Grants permission to update the state of a sdi source. Access level: Write. Resources: sdi-source*. https://docs.aws.amazon.com/medialive/latest/ug/setup-emla.html */
  UpdateSdiSource: "W|||15;1;|0,2||;",
} as const;
const actionDetails = {
  AcceptInputDeviceTransfer: "|,;~~~|Grants permission to accept an input device transfer",
  BatchDelete: "|,;~~~|Grants permission to delete channels, inputs, input security groups, and multiplexes",
  BatchStart: "|,;~~~|Grants permission to start channels and multiplexes",
  BatchStop: "|,;~~~|Grants permission to stop channels and multiplexes",
  BatchUpdateSchedule: "|,;~~~|Grants permission to add and remove actions from a channel's schedule",
  CancelInputDeviceTransfer: "|,;~~~|Grants permission to cancel an input device transfer",
  ClaimDevice: "|,;~~~|Grants permission to claim an input device",
  CreateChannel: "|,;~~~|Grants permission to create a channel",
  CreateChannelPlacementGroup: "|,;~~~|Grants permission to create a cluster",
  CreateCloudWatchAlarmTemplate: "|,;~~~|Grants permission to create a cloudwatch alarm template",
  CreateCloudWatchAlarmTemplateGroup: "|,;~~~|Grants permission to create a cloudwatch alarm template group",
  CreateCluster: "|,;~~~|Grants permission to create a cluster",
  CreateEventBridgeRuleTemplate: "|,;~~~|Grants permission to create a eventbridge rule template",
  CreateEventBridgeRuleTemplateGroup: "|,;~~~|Grants permission to create a eventbridge rule template group",
  CreateInput: "|,;~~~|Grants permission to create an input",
  CreateInputSecurityGroup: "|,;~~~|Grants permission to create an input security group",
  CreateMultiplex: "|,;~~~|Grants permission to create a multiplex",
  CreateMultiplexProgram: "|,;~~~|Grants permission to create a multiplex program",
  CreateNetwork: "|,;~~~|Grants permission to create a network",
  CreateNode: "|,;~~~|Grants permission to create a node",
  CreateNodeRegistrationScript: "|,;~~~|Grants permission to create a node registration script",
  CreatePartnerInput: "|,;~~~|Grants permission to create a partner input",
  CreateSdiSource: "|,;~~~|Grants permission to create a SDI source",
  CreateSignalMap: "|,;~~~|Grants permission to create a signal map",
  CreateTags:
    "|,;~~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~|Grants permission to create tags for channels, inputs, input security groups, multiplexes, reservations, nodes, networks, clusters, channel placement groups, signal maps, SDI sources, template groups, and templates",
  DeleteChannel: "|,;~~~|Grants permission to delete a channel",
  DeleteChannelPlacementGroup: "|,;~~~|Grants permission to delete a cluster",
  DeleteCloudWatchAlarmTemplate: "|,;~~~|Grants permission to delete a cloudwatch alarm template",
  DeleteCloudWatchAlarmTemplateGroup: "|,;~~~|Grants permission to delete a cloudwatch alarm template group",
  DeleteCluster: "|,;~~~|Grants permission to delete a cluster",
  DeleteEventBridgeRuleTemplate: "|,;~~~|Grants permission to delete a eventbridge rule template",
  DeleteEventBridgeRuleTemplateGroup: "|,;~~~|Grants permission to delete a eventbridge rule template group",
  DeleteInput: "|,;~~~|Grants permission to delete an input",
  DeleteInputSecurityGroup: "|,;~~~|Grants permission to delete an input security group",
  DeleteMultiplex: "|,;~~~|Grants permission to delete a multiplex",
  DeleteMultiplexProgram: "|,;~~~|Grants permission to delete a multiplex program",
  DeleteNetwork: "|,;~~~|Grants permission to delete a network",
  DeleteNode: "|,;~~~|Grants permission to delete a node",
  DeleteReservation: "|,;~~~|Grants permission to delete an expired reservation",
  DeleteSchedule: "|,;~~~|Grants permission to delete all schedule actions for a channel",
  DeleteSdiSource: "|,;~~~|Grants permission to delete a SDI source",
  DeleteSignalMap: "|,;~~~|Grants permission to delete a signal map",
  DeleteTags:
    "|,;~~~|Grants permission to delete tags from channels, inputs, input security groups, multiplexes, reservations, nodes, clusters, networks, channel placement groups, SDI source, signal maps, template groups, and templates",
  DescribeAccountConfiguration: "|,;~~~|Grants permission to view the account configuration of the customer",
  DescribeChannel: "|,;~~~|Grants permission to get details about a channel",
  DescribeChannelPlacementGroup: "|,;~~~|Grants permission to describe a channel placement group",
  DescribeCluster: "|,;~~~|Grants permission to describe a cluster",
  DescribeInput: "|,;~~~|Grants permission to describe an input",
  DescribeInputDevice: "|,;~~~|Grants permission to describe an input device",
  DescribeInputDeviceThumbnail: "|,;~~~|Grants permission to describe an input device thumbnail",
  DescribeInputSecurityGroup: "|,;~~~|Grants permission to describe an input security group",
  DescribeMultiplex: "|,;~~~|Grants permission to describe a multiplex",
  DescribeMultiplexProgram: "|,;~~~|Grants permission to describe a multiplex program",
  DescribeNetwork: "|,;~~~|Grants permission to describe a network",
  DescribeNode: "|,;~~~|Grants permission to describe a node",
  DescribeOffering: "|,;~~~|Grants permission to get details about a reservation offering",
  DescribeReservation: "|,;~~~|Grants permission to get details about a reservation",
  DescribeSchedule: "|,;~~~|Grants permission to view a list of actions scheduled on a channel",
  DescribeSdiSource: "|,;~~~|Grants permission to describe a SDI source",
  DescribeThumbnails: "|,;~~~|Grants permission to view the thumbnails for a channel",
  GetCloudWatchAlarmTemplate: "|,;~~~|Grants permission to get a cloudwatch alarm template",
  GetCloudWatchAlarmTemplateGroup: "|,;~~~|Grants permission to get a cloudwatch alarm template group",
  GetEventBridgeRuleTemplate: "|,;~~~|Grants permission to get a eventbridge rule template",
  GetEventBridgeRuleTemplateGroup: "|,;~~~|Grants permission to get a eventbridge rule template group",
  GetSignalMap: "|,;~~~|Grants permission to get a signal map",
  ListAlerts: "|,;~~~|Grants permission to list channel alerts",
  ListChannelPlacementGroups: "|,;~~~|Grants permission to list channel placement groups",
  ListChannels: "|,;~~~|Grants permission to list channels",
  ListCloudWatchAlarmTemplateGroups: "|,;~~~|Grants permission to list cloudwatch alarm template groups",
  ListCloudWatchAlarmTemplates: "|,;~~~|Grants permission to list cloudwatch alarm templates",
  ListClusterAlerts: "|,;~~~|Grants permission to list cluster alerts",
  ListClusters: "|,;~~~|Grants permission to list clusters",
  ListEventBridgeRuleTemplateGroups: "|,;~~~|Grants permission to list eventbridge rule template groups",
  ListEventBridgeRuleTemplates: "|,;~~~|Grants permission to list eventbridge rule templates",
  ListInputDeviceTransfers: "|,;~~~|Grants permission to list input device transfers",
  ListInputDevices: "|,;~~~|Grants permission to list input devices",
  ListInputSecurityGroups: "|,;~~~|Grants permission to list input security groups",
  ListInputs: "|,;~~~|Grants permission to list inputs",
  ListMultiplexAlerts: "|,;~~~|Grants permission to list multiplex alerts",
  ListMultiplexPrograms: "|,;~~~|Grants permission to list multiplex programs",
  ListMultiplexes: "|,;~~~|Grants permission to list multiplexes",
  ListNetworks: "|,;~~~|Grants permission to list networks",
  ListNodes: "|,;~~~|Grants permission to list nodes",
  ListOfferings: "|,;~~~|Grants permission to list reservation offerings",
  ListReservations: "|,;~~~|Grants permission to list reservations",
  ListSdiSources: "|,;~~~|Grants permission to list SDI sources",
  ListSignalMaps: "|,;~~~|Grants permission to list signal maps",
  ListTagsForResource:
    "|,;~~~|Grants permission to list tags for channels, inputs, input security groups, multiplexes, reservations, nodes, clusters, networks, channel placement groups, SDI sources, signal maps, template groups, and templates",
  ListVersions: "|,;~~~|Grants permission to list available versions of MediaLive",
  PollAnywhere: "|,;~|Grants permission to the node to poll the cluster",
  PurchaseOffering: "|,;~~~|Grants permission to purchase a reservation offering",
  RebootInputDevice: "|,;~~~|Grants permission to reboot an input device",
  RejectInputDeviceTransfer: "|,;~~~|Grants permission to reject an input device transfer",
  RestartChannelPipelines: "|,;~~~|Grants permission to restart pipelines on a running channel",
  StartChannel: "|,;~~~|Grants permission to start a channel",
  StartDeleteMonitorDeployment: "|,;~~~|Grants permission to start deletion of a signal map's monitor",
  StartInputDevice: "|,;~~~|Grants permission to start an input device attached to a MediaConnect flow",
  StartInputDeviceMaintenanceWindow: "|,;~|Grants permission to start a maintenance window for an input device",
  StartMonitorDeployment: "|,;~~~|Grants permission to start a signal map monitor deployment",
  StartMultiplex: "|,;~~~|Grants permission to start a multiplex",
  StartUpdateSignalMap: "|,;~~~|Grants permission to start a signal map update",
  StopChannel: "|,;~~~|Grants permission to stop a channel",
  StopInputDevice: "|,;~~~|Grants permission to stop an input device attached to a MediaConnect flow",
  StopMultiplex: "|,;~~~|Grants permission to stop a multiplex",
  SubmitAnywhereStateChange: "|,;~|Grants permission to the node to submit state changes to the cluster",
  TransferInputDevice: "|,;~~~|Grants permission to transfer an input device",
  UpdateAccountConfiguration: "|,;~~~|Grants permission to update a customer's account configuration",
  UpdateChannel: "|,;~~~|Grants permission to update a channel",
  UpdateChannelClass: "|,;~~~|Grants permission to update the class of a channel",
  UpdateChannelPlacementGroup: "|,;~~~|Grants permission to update a node",
  UpdateCloudWatchAlarmTemplate: "|,;~~~|Grants permission to update a cloudwatch alarm template",
  UpdateCloudWatchAlarmTemplateGroup: "|,;~~~|Grants permission to update a cloudwatch alarm template group",
  UpdateCluster: "|,;~~~|Grants permission to update a cluster",
  UpdateEventBridgeRuleTemplate: "|,;~~~|Grants permission to update a eventbridge rule template",
  UpdateEventBridgeRuleTemplateGroup: "|,;~~~|Grants permission to update a eventbridge rule template group",
  UpdateInput: "|,;~~~|Grants permission to update an input",
  UpdateInputDevice: "|,;~~~|Grants permission to update an input device",
  UpdateInputSecurityGroup: "|,;~~~|Grants permission to update an input security group",
  UpdateMultiplex: "|,;~~~|Grants permission to update a multiplex",
  UpdateMultiplexProgram: "|,;~~~|Grants permission to update a multiplex program",
  UpdateNetwork: "|,;~~~|Grants permission to update the state of a node",
  UpdateNode: "|,;~~~|Grants permission to update a node",
  UpdateNodeState: "|,;~~~|Grants permission to update the state of a node",
  UpdateReservation: "|,;~~~|Grants permission to update a reservation",
  UpdateSdiSource: "|,;~~~|Grants permission to update the state of a sdi source",
};
const resourceTypeFacts = {
  /** The channel resource type: arn:${Partition}:medialive:${Region}:${Account}:channel:${ChannelId} */
  channel: "|,|1",
  /** The channel-placement-group resource type: arn:${Partition}:medialive:${Region}:${Account}:channelPlacementGroup:${ClusterId}/${ChannelPlacementGroupId} */
  "channel-placement-group": "|,channelPlacementGroup|1",
  /** The cloudwatch-alarm-template resource type: arn:${Partition}:medialive:${Region}:${Account}:cloudwatch-alarm-template:${CloudWatchAlarmTemplateId} */
  "cloudwatch-alarm-template": "|,cloudwatchAlarmTemplate|1",
  /** The cloudwatch-alarm-template-group resource type: arn:${Partition}:medialive:${Region}:${Account}:cloudwatch-alarm-template-group:${CloudWatchAlarmTemplateGroupId} */
  "cloudwatch-alarm-template-group": "|,cloudwatchAlarmTemplateGroup|1",
  /** The cluster resource type: arn:${Partition}:medialive:${Region}:${Account}:cluster:${ClusterId} */
  cluster: "|,|1",
  /** The eventbridge-rule-template resource type: arn:${Partition}:medialive:${Region}:${Account}:eventbridge-rule-template:${EventBridgeRuleTemplateId} */
  "eventbridge-rule-template": "|,eventbridgeRuleTemplate|1",
  /** The eventbridge-rule-template-group resource type: arn:${Partition}:medialive:${Region}:${Account}:eventbridge-rule-template-group:${EventBridgeRuleTemplateGroupId} */
  "eventbridge-rule-template-group": "|,eventbridgeRuleTemplateGroup|1",
  /** The input resource type: arn:${Partition}:medialive:${Region}:${Account}:input:${InputId} */
  input: "|,|1",
  /** The input-device resource type: arn:${Partition}:medialive:${Region}:${Account}:inputDevice:${DeviceId} */
  "input-device": "|,inputDevice|",
  /** The input-security-group resource type: arn:${Partition}:medialive:${Region}:${Account}:inputSecurityGroup:${InputSecurityGroupId} */
  "input-security-group": "|,inputSecurityGroup|1",
  /** The multiplex resource type: arn:${Partition}:medialive:${Region}:${Account}:multiplex:${MultiplexId} */
  multiplex: "|,|1",
  /** The network resource type: arn:${Partition}:medialive:${Region}:${Account}:network:${NetworkId} */
  network: "|,|1",
  /** The node resource type: arn:${Partition}:medialive:${Region}:${Account}:node:${ClusterId}/${NodeId} */
  node: "|,|1",
  /** The offering resource type: arn:${Partition}:medialive:${Region}:${Account}:offering:${OfferingId} */
  offering: "|,|",
  /** The reservation resource type: arn:${Partition}:medialive:${Region}:${Account}:reservation:${ReservationId} */
  reservation: "|,|1",
  /** The sdi-source resource type: arn:${Partition}:medialive:${Region}:${Account}:sdiSource:${SdiSourceId} */
  "sdi-source": "|,sdiSource|1",
  /** The signal-map resource type: arn:${Partition}:medialive:${Region}:${Account}:signal-map:${SignalMapId} */
  "signal-map": "|,signalMap|1",
} as const;
const arnFormats = {
  /** ARN of a channel resource: arn:${Partition}:medialive:${Region}:${Account}:channel:${ChannelId}. */
  channel: "|,channel|arn:|Partition|:medialive:|Region|:|Account|:channel:|ChannelId|",
  /** ARN of a channel-placement-group resource: arn:${Partition}:medialive:${Region}:${Account}:channelPlacementGroup:${ClusterId}/${ChannelPlacementGroupId}. */
  channelPlacementGroup:
    "|,channel-placement-group|arn:|Partition|:medialive:|Region|:|Account|:channelPlacementGroup:|ClusterId|/|ChannelPlacementGroupId|",
  /** ARN of a cloudwatch-alarm-template resource: arn:${Partition}:medialive:${Region}:${Account}:cloudwatch-alarm-template:${CloudWatchAlarmTemplateId}. */
  cloudwatchAlarmTemplate:
    "|,cloudwatch-alarm-template|arn:|Partition|:medialive:|Region|:|Account|:cloudwatch-alarm-template:|CloudWatchAlarmTemplateId|",
  /** ARN of a cloudwatch-alarm-template-group resource: arn:${Partition}:medialive:${Region}:${Account}:cloudwatch-alarm-template-group:${CloudWatchAlarmTemplateGroupId}. */
  cloudwatchAlarmTemplateGroup:
    "|,cloudwatch-alarm-template-group|arn:|Partition|:medialive:|Region|:|Account|:cloudwatch-alarm-template-group:|CloudWatchAlarmTemplateGroupId|",
  /** ARN of a cluster resource: arn:${Partition}:medialive:${Region}:${Account}:cluster:${ClusterId}. */
  cluster: "|,cluster|arn:|Partition|:medialive:|Region|:|Account|:cluster:|ClusterId|",
  /** ARN of a eventbridge-rule-template resource: arn:${Partition}:medialive:${Region}:${Account}:eventbridge-rule-template:${EventBridgeRuleTemplateId}. */
  eventbridgeRuleTemplate:
    "|,eventbridge-rule-template|arn:|Partition|:medialive:|Region|:|Account|:eventbridge-rule-template:|EventBridgeRuleTemplateId|",
  /** ARN of a eventbridge-rule-template-group resource: arn:${Partition}:medialive:${Region}:${Account}:eventbridge-rule-template-group:${EventBridgeRuleTemplateGroupId}. */
  eventbridgeRuleTemplateGroup:
    "|,eventbridge-rule-template-group|arn:|Partition|:medialive:|Region|:|Account|:eventbridge-rule-template-group:|EventBridgeRuleTemplateGroupId|",
  /** ARN of a input resource: arn:${Partition}:medialive:${Region}:${Account}:input:${InputId}. */
  input: "|,input|arn:|Partition|:medialive:|Region|:|Account|:input:|InputId|",
  /** ARN of a input-device resource: arn:${Partition}:medialive:${Region}:${Account}:inputDevice:${DeviceId}. */
  inputDevice: "|,input-device|arn:|Partition|:medialive:|Region|:|Account|:inputDevice:|DeviceId|",
  /** ARN of a input-security-group resource: arn:${Partition}:medialive:${Region}:${Account}:inputSecurityGroup:${InputSecurityGroupId}. */
  inputSecurityGroup:
    "|,input-security-group|arn:|Partition|:medialive:|Region|:|Account|:inputSecurityGroup:|InputSecurityGroupId|",
  /** ARN of a multiplex resource: arn:${Partition}:medialive:${Region}:${Account}:multiplex:${MultiplexId}. */
  multiplex: "|,multiplex|arn:|Partition|:medialive:|Region|:|Account|:multiplex:|MultiplexId|",
  /** ARN of a network resource: arn:${Partition}:medialive:${Region}:${Account}:network:${NetworkId}. */
  network: "|,network|arn:|Partition|:medialive:|Region|:|Account|:network:|NetworkId|",
  /** ARN of a node resource: arn:${Partition}:medialive:${Region}:${Account}:node:${ClusterId}/${NodeId}. */
  node: "|,node|arn:|Partition|:medialive:|Region|:|Account|:node:|ClusterId|/|NodeId|",
  /** ARN of a offering resource: arn:${Partition}:medialive:${Region}:${Account}:offering:${OfferingId}. */
  offering: "|,offering|arn:|Partition|:medialive:|Region|:|Account|:offering:|OfferingId|",
  /** ARN of a reservation resource: arn:${Partition}:medialive:${Region}:${Account}:reservation:${ReservationId}. */
  reservation: "|,reservation|arn:|Partition|:medialive:|Region|:|Account|:reservation:|ReservationId|",
  /** ARN of a sdi-source resource: arn:${Partition}:medialive:${Region}:${Account}:sdiSource:${SdiSourceId}. */
  sdiSource: "|,sdi-source|arn:|Partition|:medialive:|Region|:|Account|:sdiSource:|SdiSourceId|",
  /** ARN of a signal-map resource: arn:${Partition}:medialive:${Region}:${Account}:signal-map:${SignalMapId}. */
  signalMap: "|,signal-map|arn:|Partition|:medialive:|Region|:|Account|:signal-map:|SignalMapId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "channel",
  "channel-placement-group",
  "cloudwatch-alarm-template",
  "cloudwatch-alarm-template-group",
  "cluster",
  "eventbridge-rule-template",
  "eventbridge-rule-template-group",
  "input",
  "input-device",
  "input-security-group",
  "multiplex",
  "network",
  "node",
  "offering",
  "reservation",
  "sdi-source",
  "signal-map",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "medialive">;
/** Any medialive action. */
export type Action = ActionOf<typeof actionFacts, "medialive">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "medialive">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "medialive" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every medialive action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "medialive",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
