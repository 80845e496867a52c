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
export const prefix: "events" = "events";
/** The service's name in the reference. */
export const serviceName: "Amazon EventBridge" = "Amazon EventBridge";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon EventBridge",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoneventbridge.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "events:EventBusArn",
  "events:ManagedBy",
  "events:TargetArn",
  "events:creatorAccount",
  "events:detail-type",
  "events:detail.eventTypeCode",
  "events:detail.service",
  "events:detail.userIdentity.principalId",
  "events:eventBusInvocation",
  "events:source",
] as const;
const dependentActionList = ["events:TagResource", "iam:PassRole"] as const;
const actionFacts = {
  /** Grants permission to activate partner event sources. Access level: Write. Resources: event-source*. https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_ActivateEventSource.html */
  ActivateEventSource: "W|||7;1;|||;",
  /** Grants permission to configure vended log delivery for EventBridge. Access level: Write. Resources: event-bus*. Permission only. https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-event-bus-logs.html */
  AllowVendedLogDeliveryForResource: "W||1|6;1;|||",
  /** Grants permission to cancel a replay. Access level: Write. Resources: replay*. https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_CancelReplay.html */
  CancelReplay: "W|||10;1;|||;",
  /** Grants permission to create a new api destination. Access level: Write. Resources: api-destination*, connection*. https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_CreateApiDestination.html */
  CreateApiDestination: "W|||1;1;,3;1;|||;",
  /** Grants permission to create a new archive. Access level: Write. Resources: alias, archive*, event-bus*, key. https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_CreateArchive.html */
  CreateArchive: "W|||0;0;,2;1;,6;1;,8;0;|||;",
  /** Grants permission to create a new connection. Access level: Write. Resources: connection*. https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_CreateConnection.html */
  CreateConnection: "W|||3;1;|||;",
  /** Grants permission to create an endpoint. Access level: Write. Resources: endpoint*. https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_CreateEndpoint.html */
  CreateEndpoint: "W|||5;1;|3|1|;",
  /** Grants permission to create event buses. Access level: Write. Resources: event-bus*. https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_CreateEventBus.html */
  CreateEventBus: "W|||6;1;|0,2|0|;",
  /** Grants permission to create partner event sources. Access level: Write. Resources: event-source*. https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_CreatePartnerEventSource.html */
  CreatePartnerEventSource: "W|||7;1;|||;",
  /** Grants permission to deactivate event sources. Access level: Write. Resources: event-source*. https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_DeactivateEventSource.html */
  DeactivateEventSource: "W|||7;1;|||;",
  /** Grants permission to deauthorize a connection, deleting its stored authorization secrets. Access level: Write. Resources: connection*. https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_DeauthorizeConnection.html */
  DeauthorizeConnection: "W|||3;1;|||;",
  /** Grants permission to delete an api destination. Access level: Write. Resources: api-destination*. https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_DeleteApiDestination.html */
  DeleteApiDestination: "W|||1;1;|||;",
  /** Grants permission to delete an archive. Access level: Write. Resources: archive*. https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_DeleteArchive.html */
  DeleteArchive: "W|||2;1;|||;",
  /** Grants permission to delete a connection. Access level: Write. Resources: connection*. https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_DeleteConnection.html */
  DeleteConnection: "W|||3;1;|||;",
  /** Grants permission to delete an endpoint. Access level: Write. Resources: endpoint*. https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_DeleteEndpoint.html */
  DeleteEndpoint: "W|||5;1;|||;",
  /** Grants permission to delete event buses. Access level: Write. Resources: event-bus*. https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_DeleteEventBus.html */
  DeleteEventBus: "W|||6;1;|||;",
  /** Grants permission to delete partner event sources. Access level: Write. Resources: event-source*. https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_DeletePartnerEventSource.html */
  DeletePartnerEventSource: "W|||7;1;|||;",
  /** Grants permission to delete rules. Access level: Write. Resources: rule-on-custom-event-bus, rule-on-default-event-bus. https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_DeleteRule.html */
  DeleteRule: "W|||11;0;,12;0;|4,6||;",
  /** Grants permission to retrieve details about an api destination. Access level: Read. Resources: api-destination*, connection*. https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_DescribeApiDestination.html */
  DescribeApiDestination: "R|||1;1;,3;1;|||;",
  /** Grants permission to retrieve details about an archive. Access level: Read. Resources: archive*. https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_DescribeArchive.html */
  DescribeArchive: "R|||2;1;|||;",
  /** Grants permission to retrieve details about a conection. Access level: Read. Resources: connection*. https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_DescribeConnection.html */
  DescribeConnection: "R|||3;1;|||;",
  /** Grants permission to retrieve details about an endpoint. Access level: Read. Resources: endpoint*. https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_DescribeEndpoint.html */
  DescribeEndpoint: "R|||5;1;|||;",
  /** Grants permission to retrieve details about event buses. Access level: Read. Resources: event-bus. https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_DescribeEventBus.html */
  DescribeEventBus: "R|||6;0;|||;",
  /** Grants permission to retrieve details about event sources. Access level: Read. Resources: event-source*. https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_DescribeEventSource.html */
  DescribeEventSource: "R|||7;1;|||;",
  /** Grants permission to retrieve details about partner event sources. Access level: Read. Resources: event-source*. https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_DescribePartnerEventSource.html */
  DescribePartnerEventSource: "R|||7;1;|||;",
  /** Grants permission to retrieve the details of a replay. Access level: Read. Resources: replay*. https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_DescribeReplay.html */
  DescribeReplay: "R|||10;1;|||;",
  /** Grants permission to retrieve details about rules. Access level: Read. Resources: rule-on-custom-event-bus, rule-on-default-event-bus. https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_DescribeRule.html */
  DescribeRule: "R|||11;0;,12;0;|6||;",
  /** Grants permission to disable rules. Access level: Write. Resources: rule-on-custom-event-bus, rule-on-default-event-bus. https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_DisableRule.html */
  DisableRule: "W|||11;0;,12;0;|4,6||;",
  /** Grants permission to enable rules. Access level: Write. Resources: rule-on-custom-event-bus, rule-on-default-event-bus. https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_EnableRule.html */
  EnableRule: "W|||11;0;,12;0;|4,6||;",
  /** Grants permission to invoke an api destination. Access level: Write. Resources: api-destination*. Permission only. https://docs.aws.amazon.com/eventbridge/latest/userguide/iam-identity-based-access-control-eventbridge.html */
  InvokeApiDestination: "W||1|1;1;|||",
  /** Grants permission to retrieve a list of api destinations. Access level: List. https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_ListApiDestinations.html */
  ListApiDestinations: "L||||||;",
  /** Grants permission to retrieve a list of archives. Access level: List. https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_ListArchives.html */
  ListArchives: "L||||||;",
  /** Grants permission to retrieve a list of connections. Access level: List. https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_ListConnections.html */
  ListConnections: "L||||||;",
  /** Grants permission to retrieve a list of endpoints. Access level: List. https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_ListEndpoints.html */
  ListEndpoints: "L||||||;",
  /** Grants permission to retrieve a list of the event buses in your account. Access level: List. https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_ListEventBuses.html */
  ListEventBuses: "L||||||;",
  /** Grants permission to to retrieve a list of event sources shared with this account. Access level: List. https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_ListEventSources.html */
  ListEventSources: "L||||||;",
  /** Grants permission to retrieve a list of AWS account IDs associated with an event source. Access level: List. Resources: event-source*. https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_ListPartnerEventSourceAccounts.html */
  ListPartnerEventSourceAccounts: "L|||7;1;|||;",
  /** Grants permission to retrieve a list partner event sources. Access level: List. https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_ListPartnerEventSources.html */
  ListPartnerEventSources: "L||||||;",
  /** Grants permission to retrieve a list of replays. Access level: List. https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_ListReplays.html */
  ListReplays: "L||||||;",
  /** Grants permission to retrieve a list of the names of the rules associated with a target. Access level: List. https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_ListRuleNamesByTarget.html */
  ListRuleNamesByTarget: "L||||||;",
  /** Grants permission to retrieve a list of the Amazon EventBridge rules in the account. Access level: List. https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_ListRules.html */
  ListRules: "L||||||;",
  /** Grants permission to retrieve a list of tags associated with an Amazon EventBridge resource. Access level: List. Resources: event-bus, rule-on-custom-event-bus, rule-on-default-event-bus. https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "L|||6;0;,11;0;,12;0;|6||;",
  /** Grants permission to retrieve a list of targets defined for a rule. Access level: List. Resources: rule-on-custom-event-bus, rule-on-default-event-bus. https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_ListTargetsByRule.html */
  ListTargetsByRule: "L|||11;0;,12;0;|6||;",
  /** Grants permission to send custom events to Amazon EventBridge. Access level: Write. Resources: event-bus*. https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutEvents.html */
  PutEvents: "W|||6;1;|7,11,12||;",
  /** Grants permission to sends custom events to Amazon EventBridge. Access level: Write. https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutPartnerEvents.html */
  PutPartnerEvents: "W||||||;",
  /** Grants permission to use the PutPermission action to grants permission to another AWS account to put events to your default event bus. Access level: Permissions management. https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutPermission.html */
  PutPermission: "P||||||;",
  /** Grants permission to create or updates rules. Access level: Write. Resources: rule-on-custom-event-bus, rule-on-default-event-bus. https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutRule.html */
  PutRule: "W|||11;0;,12;0;|0,2,4,6,7,8,9,10,12|0,1|;",
  /** Grants permission to add targets to a rule. Access level: Write. Resources: rule-on-custom-event-bus, rule-on-default-event-bus. https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutTargets.html */
  PutTargets: "W|||11;0;,12;0;|4,5,6|1|;",
  /** Grants permission to revoke the permission of another AWS account to put events to your default event bus. Access level: Permissions management. https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_RemovePermission.html */
  RemovePermission: "P||||||;",
  /** Grants permission to removes targets from a rule. Access level: Write. Resources: rule-on-custom-event-bus, rule-on-default-event-bus. https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_RemoveTargets.html */
  RemoveTargets: "W|||11;0;,12;0;|4,6||;",
  /** Grants permission to retrieve credentials from a connection. Access level: Write. Resources: connection*. Permission only. https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-api-destinations.html */
  RetrieveConnectionCredentials: "W||1|3;1;|||",
  /** Grants permission to start a replay of an archive. Access level: Write. Resources: archive*, event-bus*, replay*. https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_StartReplay.html */
  StartReplay: "W|||2;1;,6;1;,10;1;|||;",
  /** Grants permission to add a tag to an Amazon EventBridge resource. Access level: Tagging. Resources: event-bus, rule-on-custom-event-bus, rule-on-default-event-bus. https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_TagResource.html */
  TagResource: "T|||6;0;,11;0;,12;0;|0,2,6||CreateEventBus,PutRule,;",
  /** Grants permission to test whether an event pattern matches the provided event. Access level: Read. https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_TestEventPattern.html */
  TestEventPattern: "R||||||;",
  /** Grants permission to remove a tag from an Amazon EventBridge resource. Access level: Tagging. Resources: event-bus, rule-on-custom-event-bus, rule-on-default-event-bus. https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||6;0;,11;0;,12;0;|2,6||;",
  /** Grants permission to update an api destination. Access level: Write. Resources: api-destination*. https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_UpdateApiDestination.html */
  UpdateApiDestination: "W|||1;1;|||;",
  /** Grants permission to update an archive. Access level: Write. Resources: alias, archive*, key. https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_UpdateArchive.html */
  UpdateArchive: "W|||0;0;,2;1;,8;0;|||;",
  /** Grants permission to update a connection. Access level: Write. Resources: connection*. https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_UpdateConnection.html */
  UpdateConnection: "W|||3;1;|||;",
  /** Grants permission to update an endpoint. Access level: Write. Resources: endpoint*. https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_UpdateEndpoint.html */
  UpdateEndpoint: "W|||5;1;|3|1|;",
  /** Grants permission to update event buses. Access level: Write. Resources: event-bus*. https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_UpdateEventBus.html */
  UpdateEventBus: "W|||6;1;|||;",
} as const;
const actionDetails = {
  ActivateEventSource: "|,;~~~|Grants permission to activate partner event sources",
  AllowVendedLogDeliveryForResource: "|,;~|Grants permission to configure vended log delivery for EventBridge",
  CancelReplay: "|,;~~~|Grants permission to cancel a replay",
  CreateApiDestination: "|,;~~~|Grants permission to create a new api destination",
  CreateArchive: "|,;~~~|Grants permission to create a new archive",
  CreateConnection: "|,;~~~|Grants permission to create a new connection",
  CreateEndpoint: "|,;~~~|Grants permission to create an endpoint",
  CreateEventBus: "|,;~~~|Grants permission to create event buses",
  CreatePartnerEventSource: "|,;~~~|Grants permission to create partner event sources",
  DeactivateEventSource: "|,;~~~|Grants permission to deactivate event sources",
  DeauthorizeConnection:
    "|,;~~~|Grants permission to deauthorize a connection, deleting its stored authorization secrets",
  DeleteApiDestination: "|,;~~~|Grants permission to delete an api destination",
  DeleteArchive: "|,;~~~|Grants permission to delete an archive",
  DeleteConnection: "|,;~~~|Grants permission to delete a connection",
  DeleteEndpoint: "|,;~~~|Grants permission to delete an endpoint",
  DeleteEventBus: "|,;~~~|Grants permission to delete event buses",
  DeletePartnerEventSource: "|,;~~~|Grants permission to delete partner event sources",
  DeleteRule: "|,;~~~|Grants permission to delete rules",
  DescribeApiDestination: "|,;~~~|Grants permission to retrieve details about an api destination",
  DescribeArchive: "|,;~~~|Grants permission to retrieve details about an archive",
  DescribeConnection: "|,;~~~|Grants permission to retrieve details about a conection",
  DescribeEndpoint: "|,;~~~|Grants permission to retrieve details about an endpoint",
  DescribeEventBus: "|,;~~~|Grants permission to retrieve details about event buses",
  DescribeEventSource: "|,;~~~|Grants permission to retrieve details about event sources",
  DescribePartnerEventSource: "|,;~~~|Grants permission to retrieve details about partner event sources",
  DescribeReplay: "|,;~~~|Grants permission to retrieve the details of a replay",
  DescribeRule: "|,;~~~|Grants permission to retrieve details about rules",
  DisableRule: "|,;~~~|Grants permission to disable rules",
  EnableRule: "|,;~~~|Grants permission to enable rules",
  InvokeApiDestination: "|,;~|Grants permission to invoke an api destination",
  ListApiDestinations: "|,;~~~|Grants permission to retrieve a list of api destinations",
  ListArchives: "|,;~~~|Grants permission to retrieve a list of archives",
  ListConnections: "|,;~~~|Grants permission to retrieve a list of connections",
  ListEndpoints: "|,;~~~|Grants permission to retrieve a list of endpoints",
  ListEventBuses: "|,;~~~|Grants permission to retrieve a list of the event buses in your account",
  ListEventSources: "|,;~~~|Grants permission to to retrieve a list of event sources shared with this account",
  ListPartnerEventSourceAccounts:
    "|,;~~~|Grants permission to retrieve a list of AWS account IDs associated with an event source",
  ListPartnerEventSources: "|,;~~~|Grants permission to retrieve a list partner event sources",
  ListReplays: "|,;~~~|Grants permission to retrieve a list of replays",
  ListRuleNamesByTarget:
    "|,;~~~|Grants permission to retrieve a list of the names of the rules associated with a target",
  ListRules: "|,;~~~|Grants permission to retrieve a list of the Amazon EventBridge rules in the account",
  ListTagsForResource:
    "|,;~~~|Grants permission to retrieve a list of tags associated with an Amazon EventBridge resource",
  ListTargetsByRule: "|,;~~~|Grants permission to retrieve a list of targets defined for a rule",
  PutEvents: "|,;~~~|Grants permission to send custom events to Amazon EventBridge",
  PutPartnerEvents: "|,;~~~|Grants permission to sends custom events to Amazon EventBridge",
  PutPermission:
    "|,;~~~|Grants permission to use the PutPermission action to grants permission to another AWS account to put events to your default event bus",
  PutRule: "|,;~~~|Grants permission to create or updates rules",
  PutTargets: "|,;~~~|Grants permission to add targets to a rule",
  RemovePermission:
    "|,;~~~|Grants permission to revoke the permission of another AWS account to put events to your default event bus",
  RemoveTargets: "|,;~~~|Grants permission to removes targets from a rule",
  RetrieveConnectionCredentials: "|,;~|Grants permission to retrieve credentials from a connection",
  StartReplay: "|,;~~~|Grants permission to start a replay of an archive",
  TagResource: "|,;~~~,~~,~~|Grants permission to add a tag to an Amazon EventBridge resource",
  TestEventPattern: "|,;~~~|Grants permission to test whether an event pattern matches the provided event",
  UntagResource: "|,;~~~|Grants permission to remove a tag from an Amazon EventBridge resource",
  UpdateApiDestination: "|,;~~~|Grants permission to update an api destination",
  UpdateArchive: "|,;~~~|Grants permission to update an archive",
  UpdateConnection: "|,;~~~|Grants permission to update a connection",
  UpdateEndpoint: "|,;~~~|Grants permission to update an endpoint",
  UpdateEventBus: "|,;~~~|Grants permission to update event buses",
};
const resourceTypeFacts = {
  /** The alias resource type: arn:${Partition}:kms:${Region}:${Account}:alias/${Alias} */
  alias: "|,|",
  /** The api-destination resource type: arn:${Partition}:events:${Region}:${Account}:api-destination/${ApiDestinationName} */
  "api-destination": "|,apiDestination|",
  /** The archive resource type: arn:${Partition}:events:${Region}:${Account}:archive/${ArchiveName} */
  archive: "|,|",
  /** The connection resource type: arn:${Partition}:events:${Region}:${Account}:connection/${ConnectionName} */
  connection: "|,|",
  /** The create-snapshot resource type: arn:${Partition}:events:${Region}:${Account}:target/create-snapshot */
  "create-snapshot": "|,createSnapshot|",
  /** The endpoint resource type: arn:${Partition}:events:${Region}:${Account}:endpoint/${EndpointName} */
  endpoint: "|,|",
  /** The event-bus resource type: arn:${Partition}:events:${Region}:${Account}:event-bus/${EventBusName} */
  "event-bus": "|,eventBus|1",
  /** The event-source resource type: arn:${Partition}:events:${Region}::event-source/${EventSourceName} */
  "event-source": "|,eventSource|",
  /** The key resource type: arn:${Partition}:kms:${Region}:${Account}:key/${KeyId} */
  key: "|,|",
  /** The reboot-instance resource type: arn:${Partition}:events:${Region}:${Account}:target/reboot-instance */
  "reboot-instance": "|,rebootInstance|",
  /** The replay resource type: arn:${Partition}:events:${Region}:${Account}:replay/${ReplayName} */
  replay: "|,|",
  /** The rule-on-custom-event-bus resource type: arn:${Partition}:events:${Region}:${Account}:rule/${EventBusName}/${RuleName} */
  "rule-on-custom-event-bus": "|,ruleOnCustomEventBus|1",
  /** The rule-on-default-event-bus resource type: arn:${Partition}:events:${Region}:${Account}:rule/${RuleName} */
  "rule-on-default-event-bus": "|,ruleOnDefaultEventBus|1",
  /** The stop-instance resource type: arn:${Partition}:events:${Region}:${Account}:target/stop-instance */
  "stop-instance": "|,stopInstance|",
  /** The terminate-instance resource type: arn:${Partition}:events:${Region}:${Account}:target/terminate-instance */
  "terminate-instance": "|,terminateInstance|",
} as const;
const arnFormats = {
  /** ARN of a alias resource: arn:${Partition}:kms:${Region}:${Account}:alias/${Alias}. */
  alias: "|,alias|arn:|Partition|:kms:|Region|:|Account|:alias/|Alias|",
  /** ARN of a api-destination resource: arn:${Partition}:events:${Region}:${Account}:api-destination/${ApiDestinationName}. */
  apiDestination: "|,api-destination|arn:|Partition|:events:|Region|:|Account|:api-destination/|ApiDestinationName|",
  /** ARN of a archive resource: arn:${Partition}:events:${Region}:${Account}:archive/${ArchiveName}. */
  archive: "|,archive|arn:|Partition|:events:|Region|:|Account|:archive/|ArchiveName|",
  /** ARN of a connection resource: arn:${Partition}:events:${Region}:${Account}:connection/${ConnectionName}. */
  connection: "|,connection|arn:|Partition|:events:|Region|:|Account|:connection/|ConnectionName|",
  /** ARN of a create-snapshot resource: arn:${Partition}:events:${Region}:${Account}:target/create-snapshot. */
  createSnapshot: "|,create-snapshot|arn:|Partition|:events:|Region|:|Account|:target/create-snapshot",
  /** ARN of a endpoint resource: arn:${Partition}:events:${Region}:${Account}:endpoint/${EndpointName}. */
  endpoint: "|,endpoint|arn:|Partition|:events:|Region|:|Account|:endpoint/|EndpointName|",
  /** ARN of a event-bus resource: arn:${Partition}:events:${Region}:${Account}:event-bus/${EventBusName}. */
  eventBus: "|,event-bus|arn:|Partition|:events:|Region|:|Account|:event-bus/|EventBusName|",
  /** ARN of a event-source resource: arn:${Partition}:events:${Region}::event-source/${EventSourceName}. */
  eventSource: "|,event-source|arn:|Partition|:events:|Region|::event-source/|EventSourceName|",
  /** ARN of a key resource: arn:${Partition}:kms:${Region}:${Account}:key/${KeyId}. */
  key: "|,key|arn:|Partition|:kms:|Region|:|Account|:key/|KeyId|",
  /** ARN of a reboot-instance resource: arn:${Partition}:events:${Region}:${Account}:target/reboot-instance. */
  rebootInstance: "|,reboot-instance|arn:|Partition|:events:|Region|:|Account|:target/reboot-instance",
  /** ARN of a replay resource: arn:${Partition}:events:${Region}:${Account}:replay/${ReplayName}. */
  replay: "|,replay|arn:|Partition|:events:|Region|:|Account|:replay/|ReplayName|",
  /** ARN of a rule-on-custom-event-bus resource: arn:${Partition}:events:${Region}:${Account}:rule/${EventBusName}/${RuleName}. */
  ruleOnCustomEventBus:
    "|,rule-on-custom-event-bus|arn:|Partition|:events:|Region|:|Account|:rule/|EventBusName|/|RuleName|",
  /** ARN of a rule-on-default-event-bus resource: arn:${Partition}:events:${Region}:${Account}:rule/${RuleName}. */
  ruleOnDefaultEventBus: "|,rule-on-default-event-bus|arn:|Partition|:events:|Region|:|Account|:rule/|RuleName|",
  /** ARN of a stop-instance resource: arn:${Partition}:events:${Region}:${Account}:target/stop-instance. */
  stopInstance: "|,stop-instance|arn:|Partition|:events:|Region|:|Account|:target/stop-instance",
  /** ARN of a terminate-instance resource: arn:${Partition}:events:${Region}:${Account}:target/terminate-instance. */
  terminateInstance: "|,terminate-instance|arn:|Partition|:events:|Region|:|Account|:target/terminate-instance",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "alias",
  "api-destination",
  "archive",
  "connection",
  "create-snapshot",
  "endpoint",
  "event-bus",
  "event-source",
  "key",
  "reboot-instance",
  "replay",
  "rule-on-custom-event-bus",
  "rule-on-default-event-bus",
  "stop-instance",
  "terminate-instance",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "events">;
/** Any events action. */
export type Action = ActionOf<typeof actionFacts, "events">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "events">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "events" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every events action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the allowed set of values for each of the tags to event bus and rule actions. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by tag-value associated with the resource to event bus and rule actions. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the tags in the request to event bus and rule actions. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access by the ARN of the event buses that can be associated with an endpoint to CreateEndpoint and UpdateEndpoint actions. */
  "events:EventBusArn": "ArrayOfARN";
  /** Filters access by AWS services. If a rule is created by an AWS service on your behalf, the value is the principal name of the service that created the rule. */
  "events:ManagedBy": "String";
  /** Filters access by the ARN of a target that can be put to a rule to PutTargets actions. TargetARN doesn't include DeadLetterConfigArn. */
  "events:TargetArn": "ArrayOfARN";
  /** Filters access by the account the rule was created in to rule actions. */
  "events:creatorAccount": "String";
  /** Filters access by the literal string of the detail-type of the event to PutEvents and PutRule actions. */
  "events:detail-type": "ArrayOfString";
  /** Filters access by the literal string for the detail.eventTypeCode field of the event to PutRule actions. */
  "events:detail.eventTypeCode": "String";
  /** Filters access by the literal string for the detail.service field of the event to PutRule actions. */
  "events:detail.service": "String";
  /** Filters access by the literal string for the detail.useridentity.principalid field of the event to PutRule actions. */
  "events:detail.userIdentity.principalId": "String";
  /** Filters access by whether the event was generated via API or cross-account bus invocation to PutEvents actions. */
  "events:eventBusInvocation": "String";
  /** Filters access by the AWS service or AWS partner event source that generated the event to PutEvents and PutRule actions. Matches the literal string of the source field of the event. */
  "events:source": "ArrayOfString";
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
    "|,String|0||Filters access by the allowed set of values for each of the tags to event bus and rule actions",
  "aws:ResourceTag/${TagKey}":
    "|,String|0||Filters access by tag-value associated with the resource to event bus and rule actions",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the tags in the request to event bus and rule actions",
  "events:EventBusArn":
    "|,ArrayOfARN|0||Filters access by the ARN of the event buses that can be associated with an endpoint to CreateEndpoint and UpdateEndpoint actions",
  "events:ManagedBy":
    "|,String|0||Filters access by AWS services. If a rule is created by an AWS service on your behalf, the value is the principal name of the service that created the rule",
  "events:TargetArn":
    "|,ArrayOfARN|0||Filters access by the ARN of a target that can be put to a rule to PutTargets actions. TargetARN doesn't include DeadLetterConfigArn",
  "events:creatorAccount": "|,String|0||Filters access by the account the rule was created in to rule actions",
  "events:detail-type":
    "|,ArrayOfString|0||Filters access by the literal string of the detail-type of the event to PutEvents and PutRule actions",
  "events:detail.eventTypeCode":
    "|,String|0||Filters access by the literal string for the detail.eventTypeCode field of the event to PutRule actions",
  "events:detail.service":
    "|,String|0||Filters access by the literal string for the detail.service field of the event to PutRule actions",
  "events:detail.userIdentity.principalId":
    "|,String|0||Filters access by the literal string for the detail.useridentity.principalid field of the event to PutRule actions",
  "events:eventBusInvocation":
    "|,String|0||Filters access by whether the event was generated via API or cross-account bus invocation to PutEvents actions",
  "events:source":
    "|,ArrayOfString|0||Filters access by the AWS service or AWS partner event source that generated the event to PutEvents and PutRule actions. Matches the literal string of the source field of the event",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "events",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
