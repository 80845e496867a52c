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
export const prefix: "notifications" = "notifications";
/** The service's name in the reference. */
export const serviceName: "AWS User Notifications" = "AWS User Notifications";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS User Notifications",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsusernotifications.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to associate a new Channel with a particular NotificationConfiguration. Access level: Write. Resources: NotificationConfiguration*. https://docs.aws.amazon.com/notifications/latest/APIReference/API_AssociateChannel.html */
  AssociateChannel: "W|||4;1;|||;",
  /** Grants permission to associate an Account contact to a particular Managed Notification Configuration. Access level: Write. Resources: ManagedNotificationConfiguration*. https://docs.aws.amazon.com/notifications/latest/APIReference/API_AssociateManagedNotificationAccountContact.html */
  AssociateManagedNotificationAccountContact: "W|||2;1;|||;",
  /** Grants permission to associate a Channel to a particular Managed Notification Configuration. Access level: Write. Resources: ManagedNotificationConfiguration*. https://docs.aws.amazon.com/notifications/latest/APIReference/API_AssociateManagedNotificationAdditionalChannel.html */
  AssociateManagedNotificationAdditionalChannel: "W|||2;1;|||;",
  /** Grants permission to associate an Organizational Unit to a particular Notification Configuration. Access level: Write. Resources: NotificationConfiguration*. https://docs.aws.amazon.com/notifications/latest/APIReference/API_AssociateOrganizationalUnit.html */
  AssociateOrganizationalUnit: "W|||4;1;|||;",
  /** Grants permission to create a new EventRule, associating it with a NotificationConfiguration. Access level: Write. https://docs.aws.amazon.com/notifications/latest/APIReference/API_CreateEventRule.html */
  CreateEventRule: "W||||||;",
  /** Grants permission to create a NotificationConfiguration. Access level: Write. https://docs.aws.amazon.com/notifications/latest/APIReference/API_CreateNotificationConfiguration.html */
  CreateNotificationConfiguration: "W||||0,2|notifications:TagResource|;",
  /** Grants permission to delete an EventRule. Access level: Write. Resources: EventRule*. https://docs.aws.amazon.com/notifications/latest/APIReference/API_DeleteEventRule.html */
  DeleteEventRule: "W|||0;1;|||;",
  /** Grants permission to delete a NotificationConfiguration. Access level: Write. Resources: NotificationConfiguration*. https://docs.aws.amazon.com/notifications/latest/APIReference/API_DeleteNotificationConfiguration.html */
  DeleteNotificationConfiguration: "W|||4;1;|||;",
  /** Grants permission to deregister a NotificationHub. Access level: Write. https://docs.aws.amazon.com/notifications/latest/APIReference/API_DeregisterNotificationHub.html */
  DeregisterNotificationHub: "W||||||;",
  /** Grants permission to disable Service Trust for AWS User Notifications. Access level: Permissions management. https://docs.aws.amazon.com/notifications/latest/APIReference/API_DisableNotificationsAccessForOrganization.html */
  DisableNotificationsAccessForOrganization: "P|||||organizations:DisableAWSServiceAccess|;",
  /** Grants permission to remove a Channel from a NotificationConfiguration. Access level: Write. Resources: NotificationConfiguration*. https://docs.aws.amazon.com/notifications/latest/APIReference/API_DisassociateChannel.html */
  DisassociateChannel: "W|||4;1;|||;",
  /** Grants permission to remove an Account contact from a Managed Notification Configuration. Access level: Write. Resources: ManagedNotificationConfiguration*. https://docs.aws.amazon.com/notifications/latest/APIReference/API_DisassociateManagedNotificationAccountContact.html */
  DisassociateManagedNotificationAccountContact: "W|||2;1;|||;",
  /** Grants permission to remove a Channel from a Managed Notification Configuration. Access level: Write. Resources: ManagedNotificationConfiguration*. https://docs.aws.amazon.com/notifications/latest/APIReference/API_DisassociateManagedNotificationAdditionalChannel.html */
  DisassociateManagedNotificationAdditionalChannel: "W|||2;1;|||;",
  /** Grants permission to disassociate an Organizational Unit to a particular Notification Configuration. Access level: Write. Resources: NotificationConfiguration*. https://docs.aws.amazon.com/notifications/latest/APIReference/API_DisassociateOrganizationalUnit.html */
  DisassociateOrganizationalUnit: "W|||4;1;|||;",
  /** Grants permission to enable Service Trust for AWS User Notifications. Access level: Permissions management. https://docs.aws.amazon.com/notifications/latest/APIReference/API_EnableNotificationsAccessForOrganization.html */
  EnableNotificationsAccessForOrganization: "P|||||iam:CreateServiceLinkedRole,organizations:EnableAWSServiceAccess|;",
  /** Grants permission to get an EventRule. Access level: Read. Resources: EventRule*. https://docs.aws.amazon.com/notifications/latest/APIReference/API_GetEventRule.html */
  GetEventRule: "R|||0;1;|||;",
  /** Grants permission to read the opt-in status of an AWS User Notification Service feature. Access level: Read. Permission only. https://docs.aws.amazon.com/notifications/latest/userguide/managing-notification-features.html */
  GetFeatureOptInStatus: "R||1||||",
  /** Grants permission to get a Managed Notification Child Event. Access level: Read. Resources: ManagedNotificationChildEvent*. https://docs.aws.amazon.com/notifications/latest/APIReference/API_GetManagedNotificationChildEvent.html */
  GetManagedNotificationChildEvent: "R|||1;1;|||;",
  /** Grants permission to get a Managed Notification Configuration. Access level: Read. Resources: ManagedNotificationConfiguration*. https://docs.aws.amazon.com/notifications/latest/APIReference/API_GetManagedNotificationConfiguration.html */
  GetManagedNotificationConfiguration: "R|||2;1;|||;",
  /** Grants permission to get a Managed NotificationEvent. Access level: Read. Resources: ManagedNotificationEvent*. https://docs.aws.amazon.com/notifications/latest/APIReference/API_GetManagedNotificationEvent.html */
  GetManagedNotificationEvent: "R|||3;1;|||;",
  /** Grants permission to get a NotificationConfiguration. Access level: Read. Resources: NotificationConfiguration*. https://docs.aws.amazon.com/notifications/latest/APIReference/API_GetNotificationConfiguration.html */
  GetNotificationConfiguration: "R|||4;1;|||;",
  /** Grants permission to get a NotificationEvent. Access level: Read. Resources: NotificationEvent*. https://docs.aws.amazon.com/notifications/latest/APIReference/API_GetNotificationEvent.html */
  GetNotificationEvent: "R|||5;1;|||;",
  /** Grants permission to read Service Trust for AWS User Notifications. Access level: Read. https://docs.aws.amazon.com/notifications/latest/APIReference/API_GetNotificationsAccessForOrganization.html */
  GetNotificationsAccessForOrganization: "R||||||;",
  /** Grants permission to list Channels by NotificationConfiguration. Access level: List. Resources: NotificationConfiguration*. https://docs.aws.amazon.com/notifications/latest/APIReference/API_ListChannels.html */
  ListChannels: "L|||4;1;|||;",
  /** Grants permission to list EventRules. Access level: List. https://docs.aws.amazon.com/notifications/latest/APIReference/API_ListEventRules.html */
  ListEventRules: "L||||||;",
  /** Grants permission to list Account contacts and Channels associated with a Managed Notification Configuration. Access level: List. Resources: ManagedNotificationConfiguration*. https://docs.aws.amazon.com/notifications/latest/APIReference/API_ListManagedNotificationChannelAssociations.html */
  ListManagedNotificationChannelAssociations: "L|||2;1;|||;",
  /** Grants permission to list Managed Notification Child Events. Access level: List. https://docs.aws.amazon.com/notifications/latest/APIReference/API_ListManagedNotificationChildEvents.html */
  ListManagedNotificationChildEvents: "L||||||;",
  /** Grants permission to list Managed Notification Configurations. Access level: List. https://docs.aws.amazon.com/notifications/latest/APIReference/API_ListManagedNotificationConfigurations.html */
  ListManagedNotificationConfigurations: "L||||||;",
  /** Grants permission to list Managed Notification Events. Access level: List. https://docs.aws.amazon.com/notifications/latest/APIReference/API_ListManagedNotificationEvents.html */
  ListManagedNotificationEvents: "L||||||;",
  /** Grants permission to list Member Accounts for a Notification Configuration. Access level: List. Resources: NotificationConfiguration*. https://docs.aws.amazon.com/notifications/latest/APIReference/API_ListMemberAccounts.html */
  ListMemberAccounts: "L|||4;1;|||;",
  /** Grants permission to list NotificationConfigurations. Access level: List. https://docs.aws.amazon.com/notifications/latest/APIReference/API_ListNotificationConfigurations.html */
  ListNotificationConfigurations: "L||||||;",
  /** Grants permission to list NotificationEvents. Access level: List. https://docs.aws.amazon.com/notifications/latest/APIReference/API_ListNotificationEvents.html */
  ListNotificationEvents: "L||||||;",
  /** Grants permission to list NotificationHubs. Access level: List. https://docs.aws.amazon.com/notifications/latest/APIReference/API_ListNotificationHubs.html */
  ListNotificationHubs: "L||||||;",
  /** Grants permission to list Organizational Units for a Notification Configuration. Access level: List. Resources: NotificationConfiguration*. https://docs.aws.amazon.com/notifications/latest/APIReference/API_ListOrganizationalUnits.html */
  ListOrganizationalUnits: "L|||4;1;|||;",
  /** Grants permission to get tags for a resource. Access level: List. https://docs.aws.amazon.com/notifications/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "L||||||;",
  /** Grants permission to update the opt-in status of an AWS User Notification Service feature. Access level: Write. Permission only. https://docs.aws.amazon.com/notifications/latest/userguide/managing-notification-features.html */
  PutFeatureOptInStatus: "W||1||||",
  /** Grants permission to register a NotificationHub. Access level: Write. https://docs.aws.amazon.com/notifications/latest/APIReference/API_RegisterNotificationHub.html */
  RegisterNotificationHub: "W||||||;",
  /** Grants permission to tag a resource. Access level: Tagging. Resources: NotificationConfiguration*. https://docs.aws.amazon.com/notifications/latest/APIReference/API_TagResource.html */
  TagResource: "T|||4;1;|0,2||CreateNotificationConfiguration,;",
  /** Grants permission to remove tags from a resource. Access level: Tagging. Resources: NotificationConfiguration*. https://docs.aws.amazon.com/notifications/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||4;1;|2||;",
  /** Grants permission to update an EventRule. Access level: Write. Resources: EventRule*. https://docs.aws.amazon.com/notifications/latest/APIReference/API_UpdateEventRule.html */
  UpdateEventRule: "W|||0;1;|||;",
  /** Grants permission to update a NotificationConfiguration. Access level: Write. Resources: NotificationConfiguration*. https://docs.aws.amazon.com/notifications/latest/APIReference/API_UpdateNotificationConfiguration.html */
  UpdateNotificationConfiguration: "W|||4;1;|||;",
} as const;
const actionDetails = {
  AssociateChannel: "|,;~~~|Grants permission to associate a new Channel with a particular NotificationConfiguration",
  AssociateManagedNotificationAccountContact:
    "|,;~~~|Grants permission to associate an Account contact to a particular Managed Notification Configuration",
  AssociateManagedNotificationAdditionalChannel:
    "|,;~~~|Grants permission to associate a Channel to a particular Managed Notification Configuration",
  AssociateOrganizationalUnit:
    "|,;~~~|Grants permission to associate an Organizational Unit to a particular Notification Configuration",
  CreateEventRule:
    "|,;~~~|Grants permission to create a new EventRule, associating it with a NotificationConfiguration",
  CreateNotificationConfiguration: "|,;~~~|Grants permission to create a NotificationConfiguration",
  DeleteEventRule: "|,;~~~|Grants permission to delete an EventRule",
  DeleteNotificationConfiguration: "|,;~~~|Grants permission to delete a NotificationConfiguration",
  DeregisterNotificationHub: "|,;~~~|Grants permission to deregister a NotificationHub",
  DisableNotificationsAccessForOrganization:
    "|,;~~~|Grants permission to disable Service Trust for AWS User Notifications",
  DisassociateChannel: "|,;~~~|Grants permission to remove a Channel from a NotificationConfiguration",
  DisassociateManagedNotificationAccountContact:
    "|,;~~~|Grants permission to remove an Account contact from a Managed Notification Configuration",
  DisassociateManagedNotificationAdditionalChannel:
    "|,;~~~|Grants permission to remove a Channel from a Managed Notification Configuration",
  DisassociateOrganizationalUnit:
    "|,;~~~|Grants permission to disassociate an Organizational Unit to a particular Notification Configuration",
  EnableNotificationsAccessForOrganization:
    "|,;~~~|Grants permission to enable Service Trust for AWS User Notifications",
  GetEventRule: "|,;~~~|Grants permission to get an EventRule",
  GetFeatureOptInStatus: "|,;~|Grants permission to read the opt-in status of an AWS User Notification Service feature",
  GetManagedNotificationChildEvent: "|,;~~~|Grants permission to get a Managed Notification Child Event",
  GetManagedNotificationConfiguration: "|,;~~~|Grants permission to get a Managed Notification Configuration",
  GetManagedNotificationEvent: "|,;~~~|Grants permission to get a Managed NotificationEvent",
  GetNotificationConfiguration: "|,;~~~|Grants permission to get a NotificationConfiguration",
  GetNotificationEvent: "|,;~~~|Grants permission to get a NotificationEvent",
  GetNotificationsAccessForOrganization: "|,;~~~|Grants permission to read Service Trust for AWS User Notifications",
  ListChannels: "|,;~~~|Grants permission to list Channels by NotificationConfiguration",
  ListEventRules: "|,;~~~|Grants permission to list EventRules",
  ListManagedNotificationChannelAssociations:
    "|,;~~~|Grants permission to list Account contacts and Channels associated with a Managed Notification Configuration",
  ListManagedNotificationChildEvents: "|,;~~~|Grants permission to list Managed Notification Child Events",
  ListManagedNotificationConfigurations: "|,;~~~|Grants permission to list Managed Notification Configurations",
  ListManagedNotificationEvents: "|,;~~~|Grants permission to list Managed Notification Events",
  ListMemberAccounts: "|,;~~~|Grants permission to list Member Accounts for a Notification Configuration",
  ListNotificationConfigurations: "|,;~~~|Grants permission to list NotificationConfigurations",
  ListNotificationEvents: "|,;~~~|Grants permission to list NotificationEvents",
  ListNotificationHubs: "|,;~~~|Grants permission to list NotificationHubs",
  ListOrganizationalUnits: "|,;~~~|Grants permission to list Organizational Units for a Notification Configuration",
  ListTagsForResource: "|,;~~~|Grants permission to get tags for a resource",
  PutFeatureOptInStatus:
    "|,;~|Grants permission to update the opt-in status of an AWS User Notification Service feature",
  RegisterNotificationHub: "|,;~~~|Grants permission to register a NotificationHub",
  TagResource: "|,;~~~,~~|Grants permission to tag a resource",
  UntagResource: "|,;~~~|Grants permission to remove tags from a resource",
  UpdateEventRule: "|,;~~~|Grants permission to update an EventRule",
  UpdateNotificationConfiguration: "|,;~~~|Grants permission to update a NotificationConfiguration",
};
const resourceTypeFacts = {
  /** The EventRule resource type: arn:${Partition}:notifications::${Account}:configuration/${NotificationConfigurationId}/rule/${EventRuleId} */
  EventRule: "|,eventRule|",
  /** The ManagedNotificationChildEvent resource type: arn:${Partition}:notifications::${Account}:managed-notification-configuration/category/${Category}/sub-category/${Subcategory}/event/${NotificationEventId}/child-event/${NotificationChildEventId} */
  ManagedNotificationChildEvent: "|,managedNotificationChildEvent|",
  /** The ManagedNotificationConfiguration resource type: arn:${Partition}:notifications::${Account}:managed-notification-configuration/category/${Category}/sub-category/${Subcategory} */
  ManagedNotificationConfiguration: "|,managedNotificationConfiguration|",
  /** The ManagedNotificationEvent resource type: arn:${Partition}:notifications::${Account}:managed-notification-configuration/category/${Category}/sub-category/${Subcategory}/event/${NotificationEventId} */
  ManagedNotificationEvent: "|,managedNotificationEvent|",
  /** The NotificationConfiguration resource type: arn:${Partition}:notifications::${Account}:configuration/${NotificationConfigurationId} */
  NotificationConfiguration: "|,notificationConfiguration|1",
  /** The NotificationEvent resource type: arn:${Partition}:notifications:${Region}:${Account}:configuration/${NotificationConfigurationId}/event/${NotificationEventId} */
  NotificationEvent: "|,notificationEvent|",
} as const;
const arnFormats = {
  /** ARN of a EventRule resource: arn:${Partition}:notifications::${Account}:configuration/${NotificationConfigurationId}/rule/${EventRuleId}. */
  eventRule:
    "|,EventRule|arn:|Partition|:notifications::|Account|:configuration/|NotificationConfigurationId|/rule/|EventRuleId|",
  /** ARN of a ManagedNotificationChildEvent resource: arn:${Partition}:notifications::${Account}:managed-notification-configuration/category/${Category}/sub-category/${Subcategory}/event/${NotificationEventId}/child-event/${NotificationChildEventId}. */
  managedNotificationChildEvent:
    "|,ManagedNotificationChildEvent|arn:|Partition|:notifications::|Account|:managed-notification-configuration/category/|Category|/sub-category/|Subcategory|/event/|NotificationEventId|/child-event/|NotificationChildEventId|",
  /** ARN of a ManagedNotificationConfiguration resource: arn:${Partition}:notifications::${Account}:managed-notification-configuration/category/${Category}/sub-category/${Subcategory}. */
  managedNotificationConfiguration:
    "|,ManagedNotificationConfiguration|arn:|Partition|:notifications::|Account|:managed-notification-configuration/category/|Category|/sub-category/|Subcategory|",
  /** ARN of a ManagedNotificationEvent resource: arn:${Partition}:notifications::${Account}:managed-notification-configuration/category/${Category}/sub-category/${Subcategory}/event/${NotificationEventId}. */
  managedNotificationEvent:
    "|,ManagedNotificationEvent|arn:|Partition|:notifications::|Account|:managed-notification-configuration/category/|Category|/sub-category/|Subcategory|/event/|NotificationEventId|",
  /** ARN of a NotificationConfiguration resource: arn:${Partition}:notifications::${Account}:configuration/${NotificationConfigurationId}. */
  notificationConfiguration:
    "|,NotificationConfiguration|arn:|Partition|:notifications::|Account|:configuration/|NotificationConfigurationId|",
  /** ARN of a NotificationEvent resource: arn:${Partition}:notifications:${Region}:${Account}:configuration/${NotificationConfigurationId}/event/${NotificationEventId}. */
  notificationEvent:
    "|,NotificationEvent|arn:|Partition|:notifications:|Region|:|Account|:configuration/|NotificationConfigurationId|/event/|NotificationEventId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "EventRule",
  "ManagedNotificationChildEvent",
  "ManagedNotificationConfiguration",
  "ManagedNotificationEvent",
  "NotificationConfiguration",
  "NotificationEvent",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "notifications">;
/** Any notifications action. */
export type Action = ActionOf<typeof actionFacts, "notifications">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "notifications">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "notifications" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every notifications action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "notifications",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
