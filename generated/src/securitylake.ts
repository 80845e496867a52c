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
export const prefix: "securitylake" = "securitylake";
/** The service's name in the reference. */
export const serviceName: "Amazon Security Lake" = "Amazon Security Lake";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Security Lake",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonsecuritylake.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [
  "events:CreateApiDestination",
  "events:CreateConnection",
  "events:DeleteApiDestination",
  "events:DeleteConnection",
  "events:DeleteRule",
  "events:DescribeRule",
  "events:ListApiDestinations",
  "events:ListConnections",
  "events:ListTargetsByRule",
  "events:PutRule",
  "events:PutTargets",
  "events:RemoveTargets",
  "glue:CreateDatabase",
  "glue:CreateTable",
  "iam:CreateServiceLinkedRole",
  "iam:DeleteRole",
  "iam:DeleteRolePolicy",
  "iam:GetRole",
  "iam:ListAttachedRolePolicies",
  "iam:ListRolePolicies",
  "iam:PassRole",
  "iam:PutRolePolicy",
  "kms:CreateGrant",
  "kms:DescribeKey",
  "lakeformation:GetDataLakeSettings",
  "lakeformation:GrantPermissions",
  "lakeformation:ListPermissions",
  "lakeformation:PutDataLakeSettings",
  "lakeformation:RegisterResource",
  "lakeformation:RevokePermissions",
  "lambda:AddPermission",
  "lambda:CreateEventSourceMapping",
  "lambda:CreateFunction",
  "organizations:DescribeOrganization",
  "organizations:ListDelegatedAdministrators",
  "organizations:ListDelegatedServicesForAccount",
  "s3:CreateBucket",
  "s3:GetBucketNotification",
  "s3:GetObject",
  "s3:GetObjectVersion",
  "s3:ListBucket",
  "s3:PutBucketNotification",
  "s3:PutBucketPolicy",
  "s3:PutBucketPublicAccessBlock",
  "s3:PutBucketVersioning",
  "s3:PutObject",
  "securitylake:TagResource",
  "sqs:CreateQueue",
  "sqs:DeleteQueue",
  "sqs:GetQueueAttributes",
  "sqs:GetQueueUrl",
  "sqs:SetQueueAttributes",
] as const;
const actionFacts = {
  /** Grants permission to enable any source type in any region for accounts that are either part of a trusted organization or standalone account. Access level: Write. Resources: data-lake*. https://docs.aws.amazon.com/security-lake/latest/APIReference/API_CreateAwsLogSource.html */
  CreateAwsLogSource: "W|||0;1;||12,13,glue:GetDatabase,glue:GetTable,14,22,23|;",
  /** Grants permission to add a custom source. Access level: Write. Resources: data-lake*. https://docs.aws.amazon.com/security-lake/latest/APIReference/API_CreateCustomLogSource.html */
  CreateCustomLogSource:
    "W|||0;1;||glue:CreateCrawler,12,13,glue:StartCrawlerSchedule,16,17,20,21,22,23,kms:GenerateDataKey,25,28,40,45|;",
  /** Grants permission to create a new security data lake. Access level: Write. Resources: data-lake*. https://docs.aws.amazon.com/security-lake/latest/APIReference/API_CreateDataLake.html */
  CreateDataLake:
    "W|||0;1;|0,1,2|9,10,14,16,17,18,20,21,22,23,24,27,30,31,32,33,organizations:ListAccounts,35,36,38,39,40,42,43,44,46,47,49,51|;",
  /** Grants permission to get instant notifications about exceptions. Subscribes to the SNS topics for exception notifications. Access level: Write. https://docs.aws.amazon.com/security-lake/latest/APIReference/API_CreateDataLakeExceptionSubscription.html */
  CreateDataLakeExceptionSubscription: "W||||||;",
  /** Grants permission to automatically enable Amazon Security Lake for new member accounts in your organization. Access level: Write. Resources: data-lake*. https://docs.aws.amazon.com/security-lake/latest/APIReference/API_CreateDataLakeOrganizationConfiguration.html */
  CreateDataLakeOrganizationConfiguration: "W|||0;1;|||;",
  /** Grants permission to create a subscriber. Access level: Write. https://docs.aws.amazon.com/security-lake/latest/APIReference/API_CreateSubscriber.html */
  CreateSubscriber:
    "W||||0,1,2|iam:CreateRole,16,17,21,25,26,28,29,ram:GetResourceShareAssociations,ram:GetResourceShares,ram:UpdateResourceShare,45,46|;",
  /** Grants permission to create a webhook invocation to notify a client when there is new data in the data lake. Access level: Write. Resources: subscriber*. https://docs.aws.amazon.com/security-lake/latest/APIReference/API_CreateSubscriberNotification.html */
  CreateSubscriberNotification: "W|||1;1;||0,1,5,6,7,9,10,16,17,20,37,41,47,48,49,50,51|;",
  /** Grants permission to disable any source type in any region for accounts that are part of a trusted organization or standalone accounts. Access level: Write. Resources: data-lake*. https://docs.aws.amazon.com/security-lake/latest/APIReference/API_DeleteAwsLogSource.html */
  DeleteAwsLogSource: "W|||0;1;|||;",
  /** Grants permission to remove a custom source. Access level: Write. Resources: data-lake*. https://docs.aws.amazon.com/security-lake/latest/APIReference/API_DeleteCustomLogSource.html */
  DeleteCustomLogSource: "W|||0;1;||glue:StopCrawlerSchedule|;",
  /** Grants permission to delete security data lake. Access level: Write. Resources: data-lake*. https://docs.aws.amazon.com/security-lake/latest/APIReference/API_DeleteDataLake.html */
  DeleteDataLake: "W|||0;1;||33,34,35|;",
  /** Grants permission to unsubscribe from SNS topics for exception notifications. Removes exception notifications for the SNS topic. Access level: Write. https://docs.aws.amazon.com/security-lake/latest/APIReference/API_DeleteDataLakeExceptionSubscription.html */
  DeleteDataLakeExceptionSubscription: "W||||||;",
  /** Grants permission to remove the automatic enablement of Amazon Security Lake access for new organization accounts. Access level: Write. Resources: data-lake*. https://docs.aws.amazon.com/security-lake/latest/APIReference/API_DeleteDataLakeOrganizationConfiguration.html */
  DeleteDataLakeOrganizationConfiguration: "W|||0;1;|||;",
  /** Grants permission to delete the specified subscriber. Access level: Write. Resources: subscriber*. https://docs.aws.amazon.com/security-lake/latest/APIReference/API_DeleteSubscriber.html */
  DeleteSubscriber: "W|||1;1;||2,3,4,5,6,8,11,15,16,17,19,26,29,48,50|;",
  /** Grants permission to remove a webhook invocation to notify a client when there is new data in the data lake. Access level: Write. Resources: subscriber*. https://docs.aws.amazon.com/security-lake/latest/APIReference/API_DeleteSubscriberNotification.html */
  DeleteSubscriberNotification: "W|||1;1;||2,3,4,5,6,8,11,15,16,17,19,29,48,50|;",
  /** Grants permission to remove the Delegated Administrator account and disable Amazon Security Lake as a service for this organization. Access level: Write. https://docs.aws.amazon.com/security-lake/latest/APIReference/API_DeregisterDataLakeDelegatedAdministrator.html */
  DeregisterDataLakeDelegatedAdministrator: "W|||||organizations:DeregisterDelegatedAdministrator,33,35|;",
  /** Grants permission to query the protocol and endpoint that were provided when subscribing to SNS topics for exception notifications. Access level: Read. https://docs.aws.amazon.com/security-lake/latest/APIReference/API_GetDataLakeExceptionSubscription.html */
  GetDataLakeExceptionSubscription: "R||||||;",
  /** Grants permission to get an organization's configuration setting for automatically enabling Amazon Security Lake access for new organization accounts. Access level: Read. Resources: data-lake*. https://docs.aws.amazon.com/security-lake/latest/APIReference/API_GetDataLakeOrganizationConfiguration.html */
  GetDataLakeOrganizationConfiguration: "R|||0;1;||33|;",
  /** Grants permission to get a static snapshot of the security data lake in the current region. The snapshot includes enabled accounts and log sources. Access level: Read. Resources: data-lake*. https://docs.aws.amazon.com/security-lake/latest/APIReference/API_GetDataLakeSources.html */
  GetDataLakeSources: "R|||0;1;|||;",
  /** Grants permission to get information about subscriber that is already created. Access level: Read. Resources: subscriber*. https://docs.aws.amazon.com/security-lake/latest/APIReference/API_GetSubscriber.html */
  GetSubscriber: "R|||1;1;|||;",
  /** Grants permission to get the list of all non-retryable failures. Access level: List. https://docs.aws.amazon.com/security-lake/latest/APIReference/API_ListDataLakeExceptions.html */
  ListDataLakeExceptions: "L||||||;",
  /** Grants permission to list information about the security data lakes. Access level: List. https://docs.aws.amazon.com/security-lake/latest/APIReference/API_ListDataLakes.html */
  ListDataLakes: "L||||||;",
  /** Grants permission to view the enabled accounts. You can view the enabled sources in the enabled regions. Access level: List. https://docs.aws.amazon.com/security-lake/latest/APIReference/API_ListLogSources.html */
  ListLogSources: "L||||||;",
  /** Grants permission to list all subscribers. Access level: List. https://docs.aws.amazon.com/security-lake/latest/APIReference/API_ListSubscribers.html */
  ListSubscribers: "L||||||;",
  /** Grants permission to list all tags for the resource. Access level: List. Resources: data-lake, subscriber. https://docs.aws.amazon.com/security-lake/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "L|||0;0;,1;0;|||;",
  /** Grants permission to designate an account as the Amazon Security Lake administrator account for the organization. Access level: Write. https://docs.aws.amazon.com/security-lake/latest/APIReference/API_RegisterDataLakeDelegatedAdministrator.html */
  RegisterDataLakeDelegatedAdministrator:
    "W|||||14,33,organizations:EnableAWSServiceAccess,34,35,organizations:RegisterDelegatedAdministrator|;",
  /** Grants permission to add tags to the resource. Access level: Tagging. Resources: data-lake, subscriber. https://docs.aws.amazon.com/security-lake/latest/APIReference/API_TagResource.html */
  TagResource: "T|||0;0;,1;0;|0,2||CreateDataLake,CreateSubscriber,;",
  /** Grants permission to remove tags from the resource. Access level: Tagging. Resources: data-lake, subscriber. https://docs.aws.amazon.com/security-lake/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;|2||;",
  /** Grants permission to update a security data lake. Access level: Write. Resources: data-lake*. https://docs.aws.amazon.com/security-lake/latest/APIReference/API_UpdateDataLake.html */
  UpdateDataLake: "W|||0;1;||9,10,14,16,17,18,20,21,22,23,24,27,30,31,32,33,35,36,38,39,40,42,43,44,47,49,51|;",
  /** Grants permission to update subscriptions to the SNS topics for exception notifications. Access level: Write. https://docs.aws.amazon.com/security-lake/latest/APIReference/API_UpdateDataLakeExceptionSubscription.html */
  UpdateDataLakeExceptionSubscription: "W||||||;",
  /** Grants permission to update subscriber. Access level: Write. Resources: subscriber*. https://docs.aws.amazon.com/security-lake/latest/APIReference/API_UpdateSubscriber.html */
  UpdateSubscriber: "W|||1;1;||0,1,5,6,7,9,10,16,17,21|;",
  /** Grants permission to update a webhook invocation to notify a client when there is new data in the data lake. Access level: Write. Resources: subscriber*. https://docs.aws.amazon.com/security-lake/latest/APIReference/API_UpdateSubscriberNotification.html */
  UpdateSubscriberNotification:
    "W|||1;1;||0,1,5,6,7,9,10,14,16,17,20,21,36,37,40,41,42,43,44,s3:PutLifecycleConfiguration,47,48,49,50,51|;",
} as const;
const actionDetails = {
  CreateAwsLogSource:
    "|,;~~~|Grants permission to enable any source type in any region for accounts that are either part of a trusted organization or standalone account",
  CreateCustomLogSource: "|,;~~~|Grants permission to add a custom source",
  CreateDataLake: "|,;~~~|Grants permission to create a new security data lake",
  CreateDataLakeExceptionSubscription:
    "|,;~~~|Grants permission to get instant notifications about exceptions. Subscribes to the SNS topics for exception notifications",
  CreateDataLakeOrganizationConfiguration:
    "|,;~~~|Grants permission to automatically enable Amazon Security Lake for new member accounts in your organization",
  CreateSubscriber: "|,;~~~|Grants permission to create a subscriber",
  CreateSubscriberNotification:
    "|,;~~~|Grants permission to create a webhook invocation to notify a client when there is new data in the data lake",
  DeleteAwsLogSource:
    "|,;~~~|Grants permission to disable any source type in any region for accounts that are part of a trusted organization or standalone accounts",
  DeleteCustomLogSource: "|,;~~~|Grants permission to remove a custom source",
  DeleteDataLake: "|,;~~~|Grants permission to delete security data lake",
  DeleteDataLakeExceptionSubscription:
    "|,;~~~|Grants permission to unsubscribe from SNS topics for exception notifications. Removes exception notifications for the SNS topic",
  DeleteDataLakeOrganizationConfiguration:
    "|,;~~~|Grants permission to remove the automatic enablement of Amazon Security Lake access for new organization accounts",
  DeleteSubscriber: "|,;~~~|Grants permission to delete the specified subscriber",
  DeleteSubscriberNotification:
    "|,;~~~|Grants permission to remove a webhook invocation to notify a client when there is new data in the data lake",
  DeregisterDataLakeDelegatedAdministrator:
    "|,;~~~|Grants permission to remove the Delegated Administrator account and disable Amazon Security Lake as a service for this organization",
  GetDataLakeExceptionSubscription:
    "|,;~~~|Grants permission to query the protocol and endpoint that were provided when subscribing to SNS topics for exception notifications",
  GetDataLakeOrganizationConfiguration:
    "|,;~~~|Grants permission to get an organization's configuration setting for automatically enabling Amazon Security Lake access for new organization accounts",
  GetDataLakeSources:
    "|,;~~~|Grants permission to get a static snapshot of the security data lake in the current region. The snapshot includes enabled accounts and log sources",
  GetSubscriber: "|,;~~~|Grants permission to get information about subscriber that is already created",
  ListDataLakeExceptions: "|,;~~~|Grants permission to get the list of all non-retryable failures",
  ListDataLakes: "|,;~~~|Grants permission to list information about the security data lakes",
  ListLogSources:
    "|,;~~~|Grants permission to view the enabled accounts. You can view the enabled sources in the enabled regions",
  ListSubscribers: "|,;~~~|Grants permission to list all subscribers",
  ListTagsForResource: "|,;~~~|Grants permission to list all tags for the resource",
  RegisterDataLakeDelegatedAdministrator:
    "|,;~~~|Grants permission to designate an account as the Amazon Security Lake administrator account for the organization",
  TagResource: "|,;~~~,~~,~~|Grants permission to add tags to the resource",
  UntagResource: "|,;~~~|Grants permission to remove tags from the resource",
  UpdateDataLake: "|,;~~~|Grants permission to update a security data lake",
  UpdateDataLakeExceptionSubscription:
    "|,;~~~|Grants permission to update subscriptions to the SNS topics for exception notifications",
  UpdateSubscriber: "|,;~~~|Grants permission to update subscriber",
  UpdateSubscriberNotification:
    "|,;~~~|Grants permission to update a webhook invocation to notify a client when there is new data in the data lake",
};
const resourceTypeFacts = {
  /** The data-lake resource type: arn:${Partition}:securitylake:${Region}:${Account}:data-lake/default */
  "data-lake": "|,dataLake|0,1",
  /** The subscriber resource type: arn:${Partition}:securitylake:${Region}:${Account}:subscriber/${SubscriberId} */
  subscriber: "|,|0,1",
} as const;
const arnFormats = {
  /** ARN of a data-lake resource: arn:${Partition}:securitylake:${Region}:${Account}:data-lake/default. */
  dataLake: "|,data-lake|arn:|Partition|:securitylake:|Region|:|Account|:data-lake/default",
  /** ARN of a subscriber resource: arn:${Partition}:securitylake:${Region}:${Account}:subscriber/${SubscriberId}. */
  subscriber: "|,subscriber|arn:|Partition|:securitylake:|Region|:|Account|:subscriber/|SubscriberId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["data-lake", "subscriber"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "securitylake">;
/** Any securitylake action. */
export type Action = ActionOf<typeof actionFacts, "securitylake">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "securitylake">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "securitylake" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every securitylake action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by tags that are passed in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by a tag key and value pair of a resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by tag keys that are passed in the request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by tags that are passed in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by a tag key and value pair of a resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by tag keys that are passed in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "securitylake",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
