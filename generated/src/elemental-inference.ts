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
export const prefix: "elemental-inference" = "elemental-inference";
/** The service's name in the reference. */
export const serviceName: "AWS Elemental Inference" = "AWS Elemental Inference";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Elemental Inference",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awselementalinference.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["elemental-inference:TagResource"] as const;
const actionFacts = {
  /** Grants permission to associate a feed with an AWS resource. Access level: Write. Resources: feed*. https://docs.aws.amazon.com/elemental-inference/latest/APIReference/API_AssociateFeed.html */
  AssociateFeed: "W|||1;1;|||;",
  /** Grants permission to create a new dictionary. Access level: Write. https://docs.aws.amazon.com/elemental-inference/latest/APIReference/API_CreateDictionary.html */
  CreateDictionary: "W||||0,2|0|;",
  /** Grants permission to create a new feed. Access level: Write. https://docs.aws.amazon.com/elemental-inference/latest/APIReference/API_CreateFeed.html */
  CreateFeed: "W||||0,2|0|;",
  /** Grants permission to delete a dictionary. Access level: Write. Resources: dictionary*. https://docs.aws.amazon.com/elemental-inference/latest/APIReference/API_DeleteDictionary.html */
  DeleteDictionary: "W|||0;1;|||;",
  /** Grants permission to delete a feed. Access level: Write. Resources: feed*. https://docs.aws.amazon.com/elemental-inference/latest/APIReference/API_DeleteFeed.html */
  DeleteFeed: "W|||1;1;|||;",
  /** Grants permission to disassociate a feed from an AWS resource. Access level: Write. Resources: feed*. https://docs.aws.amazon.com/elemental-inference/latest/APIReference/API_DisassociateFeed.html */
  DisassociateFeed: "W|||1;1;|||;",
  /** Grants permission to export dictionary entries. Access level: Read. Resources: dictionary*. https://docs.aws.amazon.com/elemental-inference/latest/APIReference/API_ExportDictionaryEntries.html */
  ExportDictionaryEntries: "R|||0;1;|||;",
  /** Grants permission to get dictionary details. Access level: Read. Resources: dictionary*. https://docs.aws.amazon.com/elemental-inference/latest/APIReference/API_GetDictionary.html */
  GetDictionary: "R|||0;1;|||;",
  /** Grants permission to get feed details. Access level: Read. Resources: feed*. https://docs.aws.amazon.com/elemental-inference/latest/APIReference/API_GetFeed.html */
  GetFeed: "R|||1;1;|||;",
  /** Grants permission to retrieve metadata for a specific feed output. Access level: Read. Resources: feed*. https://docs.aws.amazon.com/elemental-inference/latest/APIReference/API_GetMetadata.html */
  GetMetadata: "R|||1;1;|||",
  /** Grants permission to list dictionaries in the account. Access level: List. https://docs.aws.amazon.com/elemental-inference/latest/APIReference/API_ListDictionaries.html */
  ListDictionaries: "L||||||;",
  /** Grants permission to list feeds in the account. Access level: List. https://docs.aws.amazon.com/elemental-inference/latest/APIReference/API_ListFeeds.html */
  ListFeeds: "L||||||;",
  /** Grants permission to list tags on a resource. Access level: Read. https://docs.aws.amazon.com/elemental-inference/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R||||||;",
  /** Grants permission to upload media data for a specified feed. Access level: Write. Resources: feed*. https://docs.aws.amazon.com/elemental-inference/latest/APIReference/API_PutMedia.html */
  PutMedia: "W|||1;1;|||",
  /** Grants permission to add tags to a resource. Access level: Tagging. Resources: dictionary, feed. https://docs.aws.amazon.com/elemental-inference/latest/APIReference/API_TagResource.html */
  TagResource: "T|||0;0;,1;0;|0,2||CreateDictionary,CreateFeed,;",
  /** Grants permission to remove tags from a resource. Access level: Tagging. Resources: dictionary, feed. https://docs.aws.amazon.com/elemental-inference/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;|2||;",
  /** Grants permission to update dictionary configuration. Access level: Write. Resources: dictionary*. https://docs.aws.amazon.com/elemental-inference/latest/APIReference/API_UpdateDictionary.html */
  UpdateDictionary: "W|||0;1;|||;",
  /** Grants permission to update feed configuration. Access level: Write. Resources: feed*. https://docs.aws.amazon.com/elemental-inference/latest/APIReference/API_UpdateFeed.html */
  UpdateFeed: "W|||1;1;|||;",
} as const;
const actionDetails = {
  AssociateFeed: "|,;~~~|Grants permission to associate a feed with an AWS resource",
  CreateDictionary: "|,;~~~|Grants permission to create a new dictionary",
  CreateFeed: "|,;~~~|Grants permission to create a new feed",
  DeleteDictionary: "|,;~~~|Grants permission to delete a dictionary",
  DeleteFeed: "|,;~~~|Grants permission to delete a feed",
  DisassociateFeed: "|,;~~~|Grants permission to disassociate a feed from an AWS resource",
  ExportDictionaryEntries: "|,;~~~|Grants permission to export dictionary entries",
  GetDictionary: "|,;~~~|Grants permission to get dictionary details",
  GetFeed: "|,;~~~|Grants permission to get feed details",
  GetMetadata: "|,;~|Grants permission to retrieve metadata for a specific feed output",
  ListDictionaries: "|,;~~~|Grants permission to list dictionaries in the account",
  ListFeeds: "|,;~~~|Grants permission to list feeds in the account",
  ListTagsForResource: "|,;~~~|Grants permission to list tags on a resource",
  PutMedia: "|,;~|Grants permission to upload media data for a specified feed",
  TagResource: "|,;~~~,~~,~~|Grants permission to add tags to a resource",
  UntagResource: "|,;~~~|Grants permission to remove tags from a resource",
  UpdateDictionary: "|,;~~~|Grants permission to update dictionary configuration",
  UpdateFeed: "|,;~~~|Grants permission to update feed configuration",
};
const resourceTypeFacts = {
  /** The dictionary resource type: arn:${Partition}:elemental-inference:${Region}:${Account}:dictionary/${Id} */
  dictionary: "|,|1",
  /** The feed resource type: arn:${Partition}:elemental-inference:${Region}:${Account}:feed/${Id} */
  feed: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a dictionary resource: arn:${Partition}:elemental-inference:${Region}:${Account}:dictionary/${Id}. */
  dictionary: "|,dictionary|arn:|Partition|:elemental-inference:|Region|:|Account|:dictionary/|Id|",
  /** ARN of a feed resource: arn:${Partition}:elemental-inference:${Region}:${Account}:feed/${Id}. */
  feed: "|,feed|arn:|Partition|:elemental-inference:|Region|:|Account|:feed/|Id|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["dictionary", "feed"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "elemental-inference">;
/** Any elemental-inference action. */
export type Action = ActionOf<typeof actionFacts, "elemental-inference">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "elemental-inference">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "elementalinference" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every elemental-inference action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by tags associated with the resource. */
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
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by tags associated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by tag keys that are passed in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "elemental-inference",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
