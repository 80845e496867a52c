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
export const prefix: "savingsplans" = "savingsplans";
/** The service's name in the reference. */
export const serviceName: "AWS Savings Plans" = "AWS Savings Plans";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Savings Plans",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssavingsplans.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to create a savings plan. Access level: Write. https://docs.aws.amazon.com/savingsplans/latest/APIReference/API_CreateSavingsPlan.html */
  CreateSavingsPlan: "W||||0,2|savingsplans:TagResource|;",
  /** Grants permission to delete the queued savings plan associated with customers account. Access level: Write. Resources: savingsplan*. https://docs.aws.amazon.com/savingsplans/latest/APIReference/API_DeleteQueuedSavingsPlan.html */
  DeleteQueuedSavingsPlan: "W|||0;1;|1||;",
  /** Grants permission to describe the rates associated with customers savings plan. Access level: Read. Resources: savingsplan*. https://docs.aws.amazon.com/savingsplans/latest/APIReference/API_DescribeSavingsPlanRates.html */
  DescribeSavingsPlanRates: "R|||0;1;|1||;",
  /** Grants permission to describe the savings plans associated with customers account. Access level: Read. Resources: savingsplan*. https://docs.aws.amazon.com/savingsplans/latest/APIReference/API_DescribeSavingsPlans.html */
  DescribeSavingsPlans: "R|||0;1;|1||;",
  /** Grants permission to describe the rates assciated with savings plans offerings. Access level: Read. https://docs.aws.amazon.com/savingsplans/latest/APIReference/API_DescribeSavingsPlansOfferingRates.html */
  DescribeSavingsPlansOfferingRates: "R||||||;",
  /** Grants permission to describe the savings plans offerings that customer is eligible to purchase. Access level: Read. https://docs.aws.amazon.com/savingsplans/latest/APIReference/API_DescribeSavingsPlansOfferings.html */
  DescribeSavingsPlansOfferings: "R||||||;",
  /** Grants permission to list tags for a savings plan. Access level: List. Resources: savingsplan*. https://docs.aws.amazon.com/savingsplans/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "L|||0;1;|||;",
  /** Grants permission to return a savings plan. Access level: Write. Resources: savingsplan*. https://docs.aws.amazon.com/savingsplans/latest/APIReference/API_ReturnSavingsPlan.html */
  ReturnSavingsPlan: "W|||0;1;|1||;",
  /** Grants permission to tag a savings plan. Access level: Tagging. Resources: savingsplan*. https://docs.aws.amazon.com/savingsplans/latest/APIReference/API_TagResource.html */
  TagResource: "T|||0;1;|0,2||CreateSavingsPlan,;",
  /** Grants permission to untag a savings plan. Access level: Tagging. Resources: savingsplan*. https://docs.aws.amazon.com/savingsplans/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;1;|2||;",
} as const;
const actionDetails = {
  CreateSavingsPlan: "|,;~~~|Grants permission to create a savings plan",
  DeleteQueuedSavingsPlan:
    "|,;~~~|Grants permission to delete the queued savings plan associated with customers account",
  DescribeSavingsPlanRates: "|,;~~~|Grants permission to describe the rates associated with customers savings plan",
  DescribeSavingsPlans: "|,;~~~|Grants permission to describe the savings plans associated with customers account",
  DescribeSavingsPlansOfferingRates:
    "|,;~~~|Grants permission to describe the rates assciated with savings plans offerings",
  DescribeSavingsPlansOfferings:
    "|,;~~~|Grants permission to describe the savings plans offerings that customer is eligible to purchase",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for a savings plan",
  ReturnSavingsPlan: "|,;~~~|Grants permission to return a savings plan",
  TagResource: "|,;~~~,~~|Grants permission to tag a savings plan",
  UntagResource: "|,;~~~|Grants permission to untag a savings plan",
};
const resourceTypeFacts = {
  /** The savingsplan resource type: arn:${Partition}:savingsplans::${Account}:savingsplan/${ResourceId} */
  savingsplan: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a savingsplan resource: arn:${Partition}:savingsplans::${Account}:savingsplan/${ResourceId}. */
  savingsplan: "|,savingsplan|arn:|Partition|:savingsplans::|Account|:savingsplan/|ResourceId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["savingsplan"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "savingsplans">;
/** Any savingsplans action. */
export type Action = ActionOf<typeof actionFacts, "savingsplans">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "savingsplans">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "savingsplans" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every savingsplans action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the allowed set of values for each of the tags. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by tag-value associated with the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the presence of mandatory tags in the request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by the allowed set of values for each of the tags",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by tag-value associated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the presence of mandatory tags in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "savingsplans",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
