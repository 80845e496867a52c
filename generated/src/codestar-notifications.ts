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
export const prefix: "codestar-notifications" = "codestar-notifications";
/** The service's name in the reference. */
export const serviceName: "AWS CodeStar Notifications" = "AWS CodeStar Notifications";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS CodeStar Notifications",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awscodestarnotifications.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "codestar-notifications:NotificationsForResource",
] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to create a notification rule for a resource. Access level: Write. Resources: notificationrule*. https://docs.aws.amazon.com/codestar-notifications/latest/APIReference/API_CreateNotificationRule.html */
  CreateNotificationRule: "W|||0;1;|0,1,2,3||;",
  /** Grants permission to delete a notification rule for a resource. Access level: Write. Resources: notificationrule*. https://docs.aws.amazon.com/codestar-notifications/latest/APIReference/API_DeleteNotificationRule.html */
  DeleteNotificationRule: "W|||0;1;|0,1,2,3||;",
  /** Grants permission to delete a target for a notification rule. Access level: Write. https://docs.aws.amazon.com/codestar-notifications/latest/APIReference/API_DeleteTarget.html */
  DeleteTarget: "W||||0,2||;",
  /** Grants permission to get information about a notification rule. Access level: Read. Resources: notificationrule*. https://docs.aws.amazon.com/codestar-notifications/latest/APIReference/API_DescribeNotificationRule.html */
  DescribeNotificationRule: "R|||0;1;|0,1,2,3||;",
  /** Grants permission to list notifications event types. Access level: List. https://docs.aws.amazon.com/codestar-notifications/latest/APIReference/API_ListEventTypes.html */
  ListEventTypes: "L||||||;",
  /** Grants permission to list notification rules in an AWS account. Access level: List. https://docs.aws.amazon.com/codestar-notifications/latest/APIReference/API_ListNotificationRules.html */
  ListNotificationRules: "L||||||;",
  /** Grants permission to list the tags attached to a notification rule resource ARN. Access level: List. Resources: notificationrule*. https://docs.aws.amazon.com/codestar-notifications/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "L|||0;1;|0,2||;",
  /** Grants permission to list the notification rule targets for an AWS account. Access level: List. https://docs.aws.amazon.com/codestar-notifications/latest/APIReference/API_ListTargets.html */
  ListTargets: "L||||0,2||;",
  /** Grants permission to create an association between a notification rule and an Amazon SNS topic. Access level: Write. Resources: notificationrule*. https://docs.aws.amazon.com/codestar-notifications/latest/APIReference/API_Subscribe.html */
  Subscribe: "W|||0;1;|0,1,2,3||;",
  /** Grants permission to attach resource tags to a notification rule resource ARN. Access level: Tagging. Resources: notificationrule*. https://docs.aws.amazon.com/codestar-notifications/latest/APIReference/API_TagResource.html */
  TagResource: "T|||0;1;|0,1,2||;",
  /** Grants permission to remove an association between a notification rule and an Amazon SNS topic. Access level: Write. Resources: notificationrule*. https://docs.aws.amazon.com/codestar-notifications/latest/APIReference/API_Unsubscribe.html */
  Unsubscribe: "W|||0;1;|0,1,2,3||;",
  /** Grants permission to disassociate resource tags from a notification rule resource ARN. Access level: Tagging. Resources: notificationrule*. https://docs.aws.amazon.com/codestar-notifications/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;1;|1,2||;",
  /** Grants permission to change a notification rule for a resource. Access level: Write. Resources: notificationrule*. https://docs.aws.amazon.com/codestar-notifications/latest/APIReference/API_UpdateNotificationRule.html */
  UpdateNotificationRule: "W|||0;1;|0,1,2,3||;",
} as const;
const actionDetails = {
  CreateNotificationRule: "|,;~~~|Grants permission to create a notification rule for a resource",
  DeleteNotificationRule: "|,;~~~|Grants permission to delete a notification rule for a resource",
  DeleteTarget: "|,;~~~|Grants permission to delete a target for a notification rule",
  DescribeNotificationRule: "|,;~~~|Grants permission to get information about a notification rule",
  ListEventTypes: "|,;~~~|Grants permission to list notifications event types",
  ListNotificationRules: "|,;~~~|Grants permission to list notification rules in an AWS account",
  ListTagsForResource: "|,;~~~|Grants permission to list the tags attached to a notification rule resource ARN",
  ListTargets: "|,;~~~|Grants permission to list the notification rule targets for an AWS account",
  Subscribe: "|,;~~~|Grants permission to create an association between a notification rule and an Amazon SNS topic",
  TagResource: "|,;~~~|Grants permission to attach resource tags to a notification rule resource ARN",
  Unsubscribe: "|,;~~~|Grants permission to remove an association between a notification rule and an Amazon SNS topic",
  UntagResource: "|,;~~~|Grants permission to disassociate resource tags from a notification rule resource ARN",
  UpdateNotificationRule: "|,;~~~|Grants permission to change a notification rule for a resource",
};
const resourceTypeFacts = {
  /** The notificationrule resource type: arn:${Partition}:codestar-notifications:${Region}:${Account}:notificationrule/${NotificationRuleId} */
  notificationrule: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a notificationrule resource: arn:${Partition}:codestar-notifications:${Region}:${Account}:notificationrule/${NotificationRuleId}. */
  notificationrule:
    "|,notificationrule|arn:|Partition|:codestar-notifications:|Region|:|Account|:notificationrule/|NotificationRuleId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["notificationrule"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "codestar-notifications">;
/** Any codestar-notifications action. */
export type Action = ActionOf<typeof actionFacts, "codestar-notifications">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "codestar-notifications">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "codestar-notifications" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every codestar-notifications action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access based on the ARN of the resource for which notifications are configured. */
  "codestar-notifications:NotificationsForResource": "ARN";
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
  "codestar-notifications:NotificationsForResource":
    "|,ARN|0||Filters access based on the ARN of the resource for which notifications are configured",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "codestar-notifications",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
