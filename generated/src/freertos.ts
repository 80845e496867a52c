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
export const prefix: "freertos" = "freertos";
/** The service's name in the reference. */
export const serviceName: "Amazon FreeRTOS" = "Amazon FreeRTOS";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon FreeRTOS",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonfreertos.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to create a software configuration. Access level: Write. Resources: configuration*. https://docs.aws.amazon.com/freertos/latest/userguide/freertos-ocw.html */
  CreateSoftwareConfiguration: "W|||0;1;|0,2||",
  /** Grants permission to create a subscription for FreeRTOS extended maintenance plan (EMP). Access level: Write. https://docs.aws.amazon.com/freertos/latest/userguide/freertos-getting-started-emp.html */
  CreateSubscription: "W||||0,2||",
  /** Grants permission to delete the software configuration. Access level: Write. Resources: configuration*. https://docs.aws.amazon.com/freertos/latest/userguide/freertos-ocw.html */
  DeleteSoftwareConfiguration: "W|||0;1;|||",
  /** Grants permission to describe the hardware platform. Access level: Read. https://docs.aws.amazon.com/freertos/latest/userguide/freertos-ocw.html */
  DescribeHardwarePlatform: "R||||||",
  /** Grants permission to describe the software configuration. Access level: Read. Resources: configuration*. https://docs.aws.amazon.com/freertos/latest/userguide/freertos-ocw.html */
  DescribeSoftwareConfiguration: "R|||0;1;|||",
  /** Grants permission to describes the subscription for FreeRTOS extended maintenance plan (EMP). Access level: Read. Resources: subscription*. https://docs.aws.amazon.com/freertos/latest/userguide/freertos-getting-started-emp.html */
  DescribeSubscription: "R|||1;1;|||",
  /** Grants permission to get URL for sotware patch-release, patch-diff and release notes under FreeRTOS extended maintenance plan (EMP). Access level: Read. https://docs.aws.amazon.com/freertos/latest/userguide/freertos-getting-started-emp.html */
  GetEmpPatchUrl: "R||||||",
  /** Grants permission to get the URL for Amazon FreeRTOS software download. Access level: Read. https://docs.aws.amazon.com/freertos/latest/userguide/freertos-ocw.html */
  GetSoftwareURL: "R||||||",
  /** Grants permission to get the URL for Amazon FreeRTOS software download based on the configuration. Access level: Read. https://docs.aws.amazon.com/freertos/latest/userguide/freertos-ocw.html */
  GetSoftwareURLForConfiguration: "R||||||",
  /** Grants permission to fetch the subscription billing amount for FreeRTOS extended maintenance plan (EMP). Access level: Read. https://docs.aws.amazon.com/freertos/latest/userguide/freertos-getting-started-emp.html */
  GetSubscriptionBillingAmount: "R||||||",
  /** Grants permission to lists versions of AmazonFreeRTOS. Access level: List. https://docs.aws.amazon.com/freertos/latest/userguide/freertos-ocw.html */
  ListFreeRTOSVersions: "L||||||",
  /** Grants permission to list the hardware platforms. Access level: List. https://docs.aws.amazon.com/freertos/latest/userguide/freertos-ocw.html */
  ListHardwarePlatforms: "L||||||",
  /** Grants permission to list the hardware vendors. Access level: List. https://docs.aws.amazon.com/freertos/latest/userguide/freertos-ocw.html */
  ListHardwareVendors: "L||||||",
  /** Grants permission to lists the software configurations. Access level: List. https://docs.aws.amazon.com/freertos/latest/userguide/freertos-ocw.html */
  ListSoftwareConfigurations: "L||||||",
  /** Grants permission to list software patches of subscription for FreeRTOS extended maintenance plan (EMP). Access level: List. https://docs.aws.amazon.com/freertos/latest/userguide/freertos-getting-started-emp.html */
  ListSoftwarePatches: "L||||||",
  /** Grants permission to list the subscription emails for FreeRTOS extended maintenance plan (EMP). Access level: List. https://docs.aws.amazon.com/freertos/latest/userguide/freertos-getting-started-emp.html */
  ListSubscriptionEmails: "L||||||",
  /** Grants permission to list the subscriptions for FreeRTOS extended maintenance plan (EMP). Access level: List. https://docs.aws.amazon.com/freertos/latest/userguide/freertos-getting-started-emp.html */
  ListSubscriptions: "L||||||",
  /** Grants permission to update list of subscription email address for FreeRTOS extended maintenance plan (EMP). Access level: Write. https://docs.aws.amazon.com/freertos/latest/userguide/freertos-getting-started-emp.html */
  UpdateEmailRecipients: "W||||||",
  /** Grants permission to update the software configuration. Access level: Write. Resources: configuration*. https://docs.aws.amazon.com/freertos/latest/userguide/freertos-ocw.html */
  UpdateSoftwareConfiguration: "W|||0;1;|||",
  /** Grants permission to verify the email for FreeRTOS extended maintenance plan (EMP). Access level: Write. https://docs.aws.amazon.com/freertos/latest/userguide/freertos-getting-started-emp.html */
  VerifyEmail: "W||||||",
} as const;
const actionDetails = {
  CreateSoftwareConfiguration: "|,;~|Grants permission to create a software configuration",
  CreateSubscription: "|,;~|Grants permission to create a subscription for FreeRTOS extended maintenance plan (EMP)",
  DeleteSoftwareConfiguration: "|,;~|Grants permission to delete the software configuration",
  DescribeHardwarePlatform: "|,;~|Grants permission to describe the hardware platform",
  DescribeSoftwareConfiguration: "|,;~|Grants permission to describe the software configuration",
  DescribeSubscription:
    "|,;~|Grants permission to describes the subscription for FreeRTOS extended maintenance plan (EMP)",
  GetEmpPatchUrl:
    "|,;~|Grants permission to get URL for sotware patch-release, patch-diff and release notes under FreeRTOS extended maintenance plan (EMP)",
  GetSoftwareURL: "|,;~|Grants permission to get the URL for Amazon FreeRTOS software download",
  GetSoftwareURLForConfiguration:
    "|,;~|Grants permission to get the URL for Amazon FreeRTOS software download based on the configuration",
  GetSubscriptionBillingAmount:
    "|,;~|Grants permission to fetch the subscription billing amount for FreeRTOS extended maintenance plan (EMP)",
  ListFreeRTOSVersions: "|,;~|Grants permission to lists versions of AmazonFreeRTOS",
  ListHardwarePlatforms: "|,;~|Grants permission to list the hardware platforms",
  ListHardwareVendors: "|,;~|Grants permission to list the hardware vendors",
  ListSoftwareConfigurations: "|,;~|Grants permission to lists the software configurations",
  ListSoftwarePatches:
    "|,;~|Grants permission to list software patches of subscription for FreeRTOS extended maintenance plan (EMP)",
  ListSubscriptionEmails:
    "|,;~|Grants permission to list the subscription emails for FreeRTOS extended maintenance plan (EMP)",
  ListSubscriptions: "|,;~|Grants permission to list the subscriptions for FreeRTOS extended maintenance plan (EMP)",
  UpdateEmailRecipients:
    "|,;~|Grants permission to update list of subscription email address for FreeRTOS extended maintenance plan (EMP)",
  UpdateSoftwareConfiguration: "|,;~|Grants permission to update the software configuration",
  VerifyEmail: "|,;~|Grants permission to verify the email for FreeRTOS extended maintenance plan (EMP)",
};
const resourceTypeFacts = {
  /** The configuration resource type: arn:${Partition}:freertos:${Region}:${Account}:configuration/${ConfigurationName} */
  configuration: "|,|1",
  /** The subscription resource type: arn:${Partition}:freertos:${Region}:${Account}:subscription/${SubscriptionID} */
  subscription: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a configuration resource: arn:${Partition}:freertos:${Region}:${Account}:configuration/${ConfigurationName}. */
  configuration: "|,configuration|arn:|Partition|:freertos:|Region|:|Account|:configuration/|ConfigurationName|",
  /** ARN of a subscription resource: arn:${Partition}:freertos:${Region}:${Account}:subscription/${SubscriptionID}. */
  subscription:
    "|,subscription|arn:|Partition|:freertos:|Region|:|Account|:subscription/|SubscriptionID,subscriptionId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["configuration", "subscription"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "freertos">;
/** Any freertos action. */
export type Action = ActionOf<typeof actionFacts, "freertos">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "freertos">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "", client: "" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every freertos action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by tag key present in the request that the user makes to Amazon FreeRTOS. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by tag key component attached to an Amazon FreeRTOS resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the list of all the tag key names associated with the resource in the request. */
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
  "aws:RequestTag/${TagKey}":
    "|,String|0||Filters access by tag key present in the request that the user makes to Amazon FreeRTOS",
  "aws:ResourceTag/${TagKey}":
    "|,String|0||Filters access by tag key component attached to an Amazon FreeRTOS resource",
  "aws:TagKeys":
    "|,ArrayOfString|0||Filters access by the list of all the tag key names associated with the resource in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "freertos",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
