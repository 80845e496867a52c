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
export const prefix: "sns" = "sns";
/** The service's name in the reference. */
export const serviceName: "Amazon SNS" = "Amazon SNS";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  { name: "Amazon SNS", url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonsns.html" },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "sns:Endpoint",
  "sns:Protocol",
] as const;
const dependentActionList = ["iam:PassRole"] as const;
const actionFacts = {
  /** Grants permission to add a statement to a topic's access control policy, granting access for the specified AWS accounts to the specified actions. Access level: Permissions management. Resources: topic*. https://docs.aws.amazon.com/sns/latest/api/API_AddPermission.html */
  AddPermission: "P|||0;1;|||;",
  /** Grants permission to accept a phone number and indicate whether the phone holder has opted out of receiving SMS messages from your account. Access level: Read. https://docs.aws.amazon.com/sns/latest/api/API_CheckIfPhoneNumberIsOptedOut.html */
  CheckIfPhoneNumberIsOptedOut: "R||||||;",
  /** Grants permission to verify an endpoint owner's intent to receive messages by validating the token sent to the endpoint by an earlier Subscribe action. Access level: Write. Resources: topic*. https://docs.aws.amazon.com/sns/latest/api/API_ConfirmSubscription.html */
  ConfirmSubscription: "W|||0;1;|||;",
  /** Grants permission to create a platform application object for one of the supported push notification services, such as APNS and GCM, to which devices and mobile apps may register. Access level: Write. https://docs.aws.amazon.com/sns/latest/api/API_CreatePlatformApplication.html */
  CreatePlatformApplication: "W|||||0|;",
  /** Grants permission to create an endpoint for a device and mobile app on one of the supported push notification services, such as GCM and APNS. Access level: Write. https://docs.aws.amazon.com/sns/latest/api/API_CreatePlatformEndpoint.html */
  CreatePlatformEndpoint: "W||||||;",
  /** Grants permission to add a destination phone number and send a one-time password (OTP) to that phone number for an AWS account. Access level: Write. https://docs.aws.amazon.com/sns/latest/api/API_CreateSMSSandboxPhoneNumber.html */
  CreateSMSSandboxPhoneNumber: "W||||||;",
  /** Grants permission to create a topic to which notifications can be published. Access level: Write. Resources: topic*. https://docs.aws.amazon.com/sns/latest/api/API_CreateTopic.html */
  CreateTopic: "W|||0;1;|0,2|0,sns:TagResource|;",
  /** Grants permission to delete the endpoint for a device and mobile app from Amazon SNS. Access level: Write. https://docs.aws.amazon.com/sns/latest/api/API_DeleteEndpoint.html */
  DeleteEndpoint: "W||||||;",
  /** Grants permission to delete a platform application object for one of the supported push notification services, such as APNS and GCM. Access level: Write. https://docs.aws.amazon.com/sns/latest/api/API_DeletePlatformApplication.html */
  DeletePlatformApplication: "W||||||;",
  /** Grants permission to delete an AWS account's verified or pending phone number. Access level: Write. https://docs.aws.amazon.com/sns/latest/api/API_DeleteSMSSandboxPhoneNumber.html */
  DeleteSMSSandboxPhoneNumber: "W||||||;",
  /** Grants permission to delete a topic and all its subscriptions. Access level: Write. Resources: topic*. https://docs.aws.amazon.com/sns/latest/api/API_DeleteTopic.html */
  DeleteTopic: "W|||0;1;|||;",
  /** Grants permission to return the data protection policy of the topic. Access level: Read. Resources: topic*. https://docs.aws.amazon.com/sns/latest/api/API_GetDataProtectionPolicy.html */
  GetDataProtectionPolicy: "R|||0;1;|||;",
  /** Grants permission to retrieve the endpoint attributes for a device on one of the supported push notification services, such as GCM and APNS. Access level: Read. https://docs.aws.amazon.com/sns/latest/api/API_GetEndpointAttributes.html */
  GetEndpointAttributes: "R||||||;",
  /** Grants permission to retrieve the attributes of the platform application object for the supported push notification services, such as APNS and GCM. Access level: Read. https://docs.aws.amazon.com/sns/latest/api/API_GetPlatformApplicationAttributes.html */
  GetPlatformApplicationAttributes: "R||||||;",
  /** Grants permission to return the settings for sending SMS messages from your account. Access level: Read. https://docs.aws.amazon.com/sns/latest/api/API_GetSMSAttributes.html */
  GetSMSAttributes: "R||||||;",
  /** Grants permission to retrieve the sandbox status for the calling account in the target region. Access level: Read. https://docs.aws.amazon.com/sns/latest/api/API_GetSMSSandboxAccountStatus.html */
  GetSMSSandboxAccountStatus: "R||||||;",
  /** Grants permission to return all of the properties of a subscription. Access level: Read. Resources: topic. https://docs.aws.amazon.com/sns/latest/api/API_GetSubscriptionAttributes.html */
  GetSubscriptionAttributes: "R|||0;0;|||;",
  /** Grants permission to return all of the properties of a topic. Access level: Read. Resources: topic*. https://docs.aws.amazon.com/sns/latest/api/API_GetTopicAttributes.html */
  GetTopicAttributes: "R|||0;1;|||;",
  /** Grants permission to list the endpoints and endpoint attributes for devices in a supported push notification service, such as GCM and APNS. Access level: List. https://docs.aws.amazon.com/sns/latest/api/API_ListEndpointsByPlatformApplication.html */
  ListEndpointsByPlatformApplication: "L||||||;",
  /** Grants permission to list all origination numbers, and their metadata. Access level: List. https://docs.aws.amazon.com/sns/latest/api/API_ListOriginationNumbers.html */
  ListOriginationNumbers: "L||||||;",
  /** Grants permission to return a list of phone numbers that are opted out, meaning you cannot send SMS messages to them. Access level: Read. https://docs.aws.amazon.com/sns/latest/api/API_ListPhoneNumbersOptedOut.html */
  ListPhoneNumbersOptedOut: "R||||||;",
  /** Grants permission to list the platform application objects for the supported push notification services, such as APNS and GCM. Access level: List. https://docs.aws.amazon.com/sns/latest/api/API_ListPlatformApplications.html */
  ListPlatformApplications: "L||||||;",
  /** Grants permission to list the calling account's current pending and verified destination phone numbers. Access level: List. https://docs.aws.amazon.com/sns/latest/api/API_ListSMSSandboxPhoneNumbers.html */
  ListSMSSandboxPhoneNumbers: "L||||||;",
  /** Grants permission to return a list of the requester's subscriptions. Access level: List. https://docs.aws.amazon.com/sns/latest/api/API_ListSubscriptions.html */
  ListSubscriptions: "L||||||;",
  /** Grants permission to return a list of the subscriptions to a specific topic. Access level: List. Resources: topic*. https://docs.aws.amazon.com/sns/latest/api/API_ListSubscriptionsByTopic.html */
  ListSubscriptionsByTopic: "L|||0;1;|||;",
  /** Grants permission to list all tags added to the specified Amazon SNS topic. Access level: Read. Resources: topic. https://docs.aws.amazon.com/sns/latest/api/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;|||;",
  /** Grants permission to return a list of the requester's topics. Access level: List. https://docs.aws.amazon.com/sns/latest/api/API_ListTopics.html */
  ListTopics: "L||||||;",
  /** Grants permission to opt in a phone number that is currently opted out, which enables you to resume sending SMS messages to the number. Access level: Write. https://docs.aws.amazon.com/sns/latest/api/API_OptInPhoneNumber.html */
  OptInPhoneNumber: "W||||||;",
  /** Grants permission to send a message to all of a topic's subscribed endpoints. Access level: Write. Resources: topic*. https://docs.aws.amazon.com/sns/latest/api/API_Publish.html */
  Publish: "W|||0;1;|||;,PublishBatch",
  /** Grants permission to allow a topic owner to set the data protection policy. Access level: Write. Resources: topic*. https://docs.aws.amazon.com/sns/latest/api/API_PutDataProtectionPolicy.html */
  PutDataProtectionPolicy: "W|||0;1;|||;",
  /** Grants permission to remove a statement from a topic's access control policy. Access level: Permissions management. Resources: topic*. https://docs.aws.amazon.com/sns/latest/api/API_RemovePermission.html */
  RemovePermission: "P|||0;1;|||;",
  /** Grants permission to set the attributes for an endpoint for a device on one of the supported push notification services, such as GCM and APNS. Access level: Write. https://docs.aws.amazon.com/sns/latest/api/API_SetEndpointAttributes.html */
  SetEndpointAttributes: "W||||||;",
  /** Grants permission to set the attributes of the platform application object for the supported push notification services, such as APNS and GCM. Access level: Write. https://docs.aws.amazon.com/sns/latest/api/API_SetPlatformApplicationAttributes.html */
  SetPlatformApplicationAttributes: "W|||||0|;",
  /** Grants permission to set the default settings for sending SMS messages and receiving daily SMS usage reports. Access level: Write. https://docs.aws.amazon.com/sns/latest/api/API_SetSMSAttributes.html */
  SetSMSAttributes: "W|||||0|;",
  /** Grants permission to allow a subscription owner to set an attribute of the topic to a new value. Access level: Write. Resources: topic. https://docs.aws.amazon.com/sns/latest/api/API_SetSubscriptionAttributes.html */
  SetSubscriptionAttributes: "W|||0;0;||0|;",
  /** Grants permission to allow a topic owner to set an attribute of the topic to a new value. Access level: Permissions management. Resources: topic*. https://docs.aws.amazon.com/sns/latest/api/API_SetTopicAttributes.html */
  SetTopicAttributes: "P|||0;1;||0|;",
  /** Grants permission to prepare to subscribe an endpoint by sending the endpoint a confirmation message. Access level: Write. Resources: topic*. https://docs.aws.amazon.com/sns/latest/api/API_Subscribe.html */
  Subscribe: "W|||0;1;|3,4|0|;",
  /** Grants permission to add tags to the specified Amazon SNS topic. Access level: Tagging. Resources: topic. https://docs.aws.amazon.com/sns/latest/api/API_TagResource.html */
  TagResource: "T|||0;0;|0,2||CreateTopic,;",
  /** Grants permission to delete a subscription. Access level: Write. Resources: topic. https://docs.aws.amazon.com/sns/latest/api/API_Unsubscribe.html */
  Unsubscribe: "W|||0;0;|||;",
  /** Grants permission to remove tags from the specified Amazon SNS topic. Access level: Tagging. Resources: topic. https://docs.aws.amazon.com/sns/latest/api/API_UntagResource.html */
  UntagResource: "T|||0;0;|2||;",
  /** Grants permission to verify a destination phone number with a one-time password (OTP) for an AWS account. Access level: Write. https://docs.aws.amazon.com/sns/latest/api/API_VerifySMSSandboxPhoneNumber.html */
  VerifySMSSandboxPhoneNumber: "W||||||;",
} as const;
const actionDetails = {
  AddPermission:
    "|,;~~~|Grants permission to add a statement to a topic's access control policy, granting access for the specified AWS accounts to the specified actions",
  CheckIfPhoneNumberIsOptedOut:
    "|,;~~~|Grants permission to accept a phone number and indicate whether the phone holder has opted out of receiving SMS messages from your account",
  ConfirmSubscription:
    "|,;~~~|Grants permission to verify an endpoint owner's intent to receive messages by validating the token sent to the endpoint by an earlier Subscribe action",
  CreatePlatformApplication:
    "|,;~~~|Grants permission to create a platform application object for one of the supported push notification services, such as APNS and GCM, to which devices and mobile apps may register",
  CreatePlatformEndpoint:
    "|,;~~~|Grants permission to create an endpoint for a device and mobile app on one of the supported push notification services, such as GCM and APNS",
  CreateSMSSandboxPhoneNumber:
    "|,;~~~|Grants permission to add a destination phone number and send a one-time password (OTP) to that phone number for an AWS account",
  CreateTopic: "|,;~~~|Grants permission to create a topic to which notifications can be published",
  DeleteEndpoint: "|,;~~~|Grants permission to delete the endpoint for a device and mobile app from Amazon SNS",
  DeletePlatformApplication:
    "|,;~~~|Grants permission to delete a platform application object for one of the supported push notification services, such as APNS and GCM",
  DeleteSMSSandboxPhoneNumber: "|,;~~~|Grants permission to delete an AWS account's verified or pending phone number",
  DeleteTopic: "|,;~~~|Grants permission to delete a topic and all its subscriptions",
  GetDataProtectionPolicy: "|,;~~~|Grants permission to return the data protection policy of the topic",
  GetEndpointAttributes:
    "|,;~~~|Grants permission to retrieve the endpoint attributes for a device on one of the supported push notification services, such as GCM and APNS",
  GetPlatformApplicationAttributes:
    "|,;~~~|Grants permission to retrieve the attributes of the platform application object for the supported push notification services, such as APNS and GCM",
  GetSMSAttributes: "|,;~~~|Grants permission to return the settings for sending SMS messages from your account",
  GetSMSSandboxAccountStatus:
    "|,;~~~|Grants permission to retrieve the sandbox status for the calling account in the target region",
  GetSubscriptionAttributes: "|,;~~~|Grants permission to return all of the properties of a subscription",
  GetTopicAttributes: "|,;~~~|Grants permission to return all of the properties of a topic",
  ListEndpointsByPlatformApplication:
    "|,;~~~|Grants permission to list the endpoints and endpoint attributes for devices in a supported push notification service, such as GCM and APNS",
  ListOriginationNumbers: "|,;~~~|Grants permission to list all origination numbers, and their metadata",
  ListPhoneNumbersOptedOut:
    "|,;~~~|Grants permission to return a list of phone numbers that are opted out, meaning you cannot send SMS messages to them",
  ListPlatformApplications:
    "|,;~~~|Grants permission to list the platform application objects for the supported push notification services, such as APNS and GCM",
  ListSMSSandboxPhoneNumbers:
    "|,;~~~|Grants permission to list the calling account's current pending and verified destination phone numbers",
  ListSubscriptions: "|,;~~~|Grants permission to return a list of the requester's subscriptions",
  ListSubscriptionsByTopic: "|,;~~~|Grants permission to return a list of the subscriptions to a specific topic",
  ListTagsForResource: "|,;~~~|Grants permission to list all tags added to the specified Amazon SNS topic",
  ListTopics: "|,;~~~|Grants permission to return a list of the requester's topics",
  OptInPhoneNumber:
    "|,;~~~|Grants permission to opt in a phone number that is currently opted out, which enables you to resume sending SMS messages to the number",
  Publish: "|,;~~~,~~|Grants permission to send a message to all of a topic's subscribed endpoints",
  PutDataProtectionPolicy: "|,;~~~|Grants permission to allow a topic owner to set the data protection policy",
  RemovePermission: "|,;~~~|Grants permission to remove a statement from a topic's access control policy",
  SetEndpointAttributes:
    "|,;~~~|Grants permission to set the attributes for an endpoint for a device on one of the supported push notification services, such as GCM and APNS",
  SetPlatformApplicationAttributes:
    "|,;~~~|Grants permission to set the attributes of the platform application object for the supported push notification services, such as APNS and GCM",
  SetSMSAttributes:
    "|,;~~~|Grants permission to set the default settings for sending SMS messages and receiving daily SMS usage reports",
  SetSubscriptionAttributes:
    "|,;~~~|Grants permission to allow a subscription owner to set an attribute of the topic to a new value",
  SetTopicAttributes: "|,;~~~|Grants permission to allow a topic owner to set an attribute of the topic to a new value",
  Subscribe:
    "|,;~~~|Grants permission to prepare to subscribe an endpoint by sending the endpoint a confirmation message",
  TagResource: "|,;~~~,~~|Grants permission to add tags to the specified Amazon SNS topic",
  Unsubscribe: "|,;~~~|Grants permission to delete a subscription",
  UntagResource: "|,;~~~|Grants permission to remove tags from the specified Amazon SNS topic",
  VerifySMSSandboxPhoneNumber:
    "|,;~~~|Grants permission to verify a destination phone number with a one-time password (OTP) for an AWS account",
};
const resourceTypeFacts = {
  /** The topic resource type: arn:${Partition}:sns:${Region}:${Account}:${TopicName} */
  topic: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a topic resource: arn:${Partition}:sns:${Region}:${Account}:${TopicName}. */
  topic: "|,topic|arn:|Partition|:sns:|Region|:|Account|:|TopicName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["topic"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "sns">;
/** Any sns action. */
export type Action = ActionOf<typeof actionFacts, "sns">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "sns">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "sns" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every sns action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by tags from request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by tags associated with the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by tag keys from request. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access by the URL, email address, or ARN from a Subscribe request or a previously confirmed subscription. */
  "sns:Endpoint": "String";
  /** Filters access by the protocol value from a Subscribe request or a previously confirmed subscription. */
  "sns:Protocol": "String";
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by tags from request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by tags associated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by tag keys from request",
  "sns:Endpoint":
    "|,String|0||Filters access by the URL, email address, or ARN from a Subscribe request or a previously confirmed subscription",
  "sns:Protocol":
    "|,String|0||Filters access by the protocol value from a Subscribe request or a previously confirmed subscription",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "sns",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
