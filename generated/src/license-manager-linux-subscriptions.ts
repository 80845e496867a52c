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
export const prefix: "license-manager-linux-subscriptions" = "license-manager-linux-subscriptions";
/** The service's name in the reference. */
export const serviceName: "AWS License Manager Linux Subscriptions Manager" =
  "AWS License Manager Linux Subscriptions Manager";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS License Manager Linux Subscriptions Manager",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awslicensemanagerlinuxsubscriptionsmanager.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to permanently delete a subscription provider in AWS License Manager. Access level: Write. Resources: subscription-provider*. https://docs.aws.amazon.com/license-manager-linux-subscriptions/latest/APIReference/API_DeregisterSubscriptionProvider.html */
  DeregisterSubscriptionProvider: "W|||0;1;|||;",
  /** Grants permission to get a subscription provider in AWS License Manager. Access level: Read. Resources: subscription-provider*. https://docs.aws.amazon.com/license-manager-linux-subscriptions/latest/APIReference/API_GetRegisteredSubscriptionProvider.html */
  GetRegisteredSubscriptionProvider: "R|||0;1;|||;",
  /** Grants permission to get the service settings for Linux subscriptions in AWS License Manager. Access level: Read. https://docs.aws.amazon.com/license-manager-linux-subscriptions/latest/APIReference/API_GetServiceSettings.html */
  GetServiceSettings: "R||||||;",
  /** Grants permission to list all instances with Linux subscriptions in AWS License Manager. Access level: Read. https://docs.aws.amazon.com/license-manager-linux-subscriptions/latest/APIReference/API_ListLinuxSubscriptionInstances.html */
  ListLinuxSubscriptionInstances: "R||||||;",
  /** Grants permission to list all Linux subscriptions in AWS License Manager. Access level: Read. https://docs.aws.amazon.com/license-manager-linux-subscriptions/latest/APIReference/API_ListLinuxSubscriptions.html */
  ListLinuxSubscriptions: "R||||||;",
  /** Grants permission to list subscription providers in AWS License Manager. Access level: Read. https://docs.aws.amazon.com/license-manager-linux-subscriptions/latest/APIReference/API_ListRegisteredSubscriptionProviders.html */
  ListRegisteredSubscriptionProviders: "R||||||;",
  /** Grants permission to list tags for a selected resource. Access level: Read. Resources: subscription-provider*. https://docs.aws.amazon.com/license-manager-linux-subscriptions/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;1;|||;",
  /** Grants permission to create a new subscription provider in AWS License Manager. Access level: Write. https://docs.aws.amazon.com/license-manager-linux-subscriptions/latest/APIReference/API_RegisterSubscriptionProvider.html */
  RegisterSubscriptionProvider: "W||||0,2||",
  /** Grants permission to tag a selected resource. Access level: Tagging. Resources: subscription-provider*. https://docs.aws.amazon.com/license-manager-linux-subscriptions/latest/APIReference/API_TagResource.html */
  TagResource: "T|||0;1;|0,2||",
  /** Grants permission to untag a selected resource. Access level: Tagging. Resources: subscription-provider*. https://docs.aws.amazon.com/license-manager-linux-subscriptions/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;1;|2||;",
  /** Grants permission to update the service settings for Linux subscriptions in AWS License Manager. Access level: Write. https://docs.aws.amazon.com/license-manager-linux-subscriptions/latest/APIReference/API_UpdateServiceSettings.html */
  UpdateServiceSettings: "W||||||;",
} as const;
const actionDetails = {
  DeregisterSubscriptionProvider:
    "|,;~~~|Grants permission to permanently delete a subscription provider in AWS License Manager",
  GetRegisteredSubscriptionProvider: "|,;~~~|Grants permission to get a subscription provider in AWS License Manager",
  GetServiceSettings:
    "|,;~~~|Grants permission to get the service settings for Linux subscriptions in AWS License Manager",
  ListLinuxSubscriptionInstances:
    "|,;~~~|Grants permission to list all instances with Linux subscriptions in AWS License Manager",
  ListLinuxSubscriptions: "|,;~~~|Grants permission to list all Linux subscriptions in AWS License Manager",
  ListRegisteredSubscriptionProviders: "|,;~~~|Grants permission to list subscription providers in AWS License Manager",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for a selected resource",
  RegisterSubscriptionProvider: "|,;~|Grants permission to create a new subscription provider in AWS License Manager",
  TagResource: "|,;~|Grants permission to tag a selected resource",
  UntagResource: "|,;~~~|Grants permission to untag a selected resource",
  UpdateServiceSettings:
    "|,;~~~|Grants permission to update the service settings for Linux subscriptions in AWS License Manager",
};
const resourceTypeFacts = {
  /** The subscription-provider resource type: arn:${Partition}:license-manager-linux-subscriptions:${Region}:${Account}:subscription-provider/${SubscriptionProviderId} */
  "subscription-provider": "|,subscriptionProvider|1",
} as const;
const arnFormats = {
  /** ARN of a subscription-provider resource: arn:${Partition}:license-manager-linux-subscriptions:${Region}:${Account}:subscription-provider/${SubscriptionProviderId}. */
  subscriptionProvider:
    "|,subscription-provider|arn:|Partition|:license-manager-linux-subscriptions:|Region|:|Account|:subscription-provider/|SubscriptionProviderId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["subscription-provider"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "license-manager-linux-subscriptions">;
/** Any license-manager-linux-subscriptions action. */
export type Action = ActionOf<typeof actionFacts, "license-manager-linux-subscriptions">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "license-manager-linux-subscriptions">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "license-manager-linux-subscriptions" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every license-manager-linux-subscriptions action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by tag key-value pairs attached to the resource. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by the tags that are passed in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by tag key-value pairs attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by tag keys that are passed in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "license-manager-linux-subscriptions",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
