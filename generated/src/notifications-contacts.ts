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
export const prefix: "notifications-contacts" = "notifications-contacts";
/** The service's name in the reference. */
export const serviceName: "AWS User Notifications Contacts" = "AWS User Notifications Contacts";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS User Notifications Contacts",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsusernotificationscontacts.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to activate the email contact associated with the given ARN if the provided code is valid. Access level: Write. Resources: EmailContactResource*. https://docs.aws.amazon.com/notifications/latest/userguide/resource-level-permissions.html */
  ActivateEmailContact: "W|||0;1;|||;",
  /** Grants permission to create an email contact. Access level: Write. https://docs.aws.amazon.com/notifications/latest/userguide/resource-level-permissions.html */
  CreateEmailContact: "W||||0,1,2|notifications-contacts:TagResource|;",
  /** Grants permission to delete an email contact associated with the given ARN. Access level: Write. Resources: EmailContactResource*. https://docs.aws.amazon.com/notifications/latest/userguide/resource-level-permissions.html */
  DeleteEmailContact: "W|||0;1;|||;",
  /** Grants permission to get an email contact associated with the given ARN. Access level: Read. Resources: EmailContactResource*. https://docs.aws.amazon.com/notifications/latest/userguide/resource-level-permissions.html */
  GetEmailContact: "R|||0;1;|||;",
  /** Grants permission to list email contacts. Access level: List. https://docs.aws.amazon.com/notifications/latest/userguide/resource-level-permissions.html */
  ListEmailContacts: "L||||||;",
  /** Grants permission to get tags for a resource. Access level: Read. https://docs.aws.amazon.com/notifications/latest/userguide/resource-level-permissions.html */
  ListTagsForResource: "R||||||;",
  /** Grants permission to send an activation link to the email associated with the given ARN. Access level: Write. Resources: EmailContactResource*. https://docs.aws.amazon.com/notifications/latest/userguide/resource-level-permissions.html */
  SendActivationCode: "W|||0;1;|||;",
  /** Grants permission to tag a resource. Access level: Tagging. Resources: EmailContactResource*. https://docs.aws.amazon.com/notifications/latest/userguide/resource-level-permissions.html */
  TagResource: "T|||0;1;|0,2||CreateEmailContact,;",
  /** Grants permission to remove tags from a resource. Access level: Tagging. Resources: EmailContactResource*. https://docs.aws.amazon.com/notifications/latest/userguide/resource-level-permissions.html */
  UntagResource: "T|||0;1;|2||;",
} as const;
const actionDetails = {
  ActivateEmailContact:
    "|,;~~~|Grants permission to activate the email contact associated with the given ARN if the provided code is valid",
  CreateEmailContact: "|,;~~~|Grants permission to create an email contact",
  DeleteEmailContact: "|,;~~~|Grants permission to delete an email contact associated with the given ARN",
  GetEmailContact: "|,;~~~|Grants permission to get an email contact associated with the given ARN",
  ListEmailContacts: "|,;~~~|Grants permission to list email contacts",
  ListTagsForResource: "|,;~~~|Grants permission to get tags for a resource",
  SendActivationCode: "|,;~~~|Grants permission to send an activation link to the email associated with the given ARN",
  TagResource: "|,;~~~,~~|Grants permission to tag a resource",
  UntagResource: "|,;~~~|Grants permission to remove tags from a resource",
};
const resourceTypeFacts = {
  /** The EmailContactResource resource type: arn:${Partition}:notifications-contacts::${Account}:emailcontact/${EmailContactId} */
  EmailContactResource: "|,emailContactResource|1",
} as const;
const arnFormats = {
  /** ARN of a EmailContactResource resource: arn:${Partition}:notifications-contacts::${Account}:emailcontact/${EmailContactId}. */
  emailContactResource:
    "|,EmailContactResource|arn:|Partition|:notifications-contacts::|Account|:emailcontact/|EmailContactId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["EmailContactResource"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "notifications-contacts">;
/** Any notifications-contacts action. */
export type Action = ActionOf<typeof actionFacts, "notifications-contacts">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "notifications-contacts">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "notificationscontacts" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every notifications-contacts action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "notifications-contacts",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
