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
export const prefix: "tag" = "tag";
/** The service's name in the reference. */
export const serviceName: "Amazon Resource Group Tagging API" = "Amazon Resource Group Tagging API";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Resource Group Tagging API",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonresourcegrouptaggingapi.html",
  },
];
const conditionKeyList = [] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to describe the status of the StartReportCreation operation. Access level: Read. https://docs.aws.amazon.com/resourcegroupstagging/latest/APIReference/API_DescribeReportCreation.html */
  DescribeReportCreation: "R||||||;",
  /** Grants permission to retrieve a summary of how many resources are noncompliant with their effective tag policies. Access level: Read. https://docs.aws.amazon.com/resourcegroupstagging/latest/APIReference/API_GetComplianceSummary.html */
  GetComplianceSummary: "R||||||;",
  /** Grants permission to return tagged or previously tagged resources in the specified AWS Region for the calling account. Access level: Read. https://docs.aws.amazon.com/resourcegroupstagging/latest/APIReference/API_GetResources.html */
  GetResources: "R||||||;",
  /** Grants permission to returns tag keys currently in use in the specified AWS Region for the calling account. Access level: Read. https://docs.aws.amazon.com/resourcegroupstagging/latest/APIReference/API_GetTagKeys.html */
  GetTagKeys: "R||||||;",
  /** Grants permission to return tag values for the specified key that are used in the specified AWS Region for the calling account. Access level: Read. https://docs.aws.amazon.com/resourcegroupstagging/latest/APIReference/API_GetTagValues.html */
  GetTagValues: "R||||||;",
  /** Grants permission to list required tags for supported resource types in the calling account. Access level: List. https://docs.aws.amazon.com/resourcegroupstagging/latest/APIReference/API_ListRequiredTags.html */
  ListRequiredTags: "L||||||;",
  /** Grants permission to start generating a report listing all tagged resources in accounts across your organization, and whether each resource is compliant with the effective tag policy. Access level: Write. https://docs.aws.amazon.com/resourcegroupstagging/latest/APIReference/API_StartReportCreation.html */
  StartReportCreation: "W||||||;",
  /** Grants permission to apply one or more tags to the specified resources. Access level: Tagging. https://docs.aws.amazon.com/resourcegroupstagging/latest/APIReference/API_TagResources.html */
  TagResources: "T||||||;",
  /** Grants permission to remove the specified tags from the specified resources. Access level: Tagging. https://docs.aws.amazon.com/resourcegroupstagging/latest/APIReference/API_UntagResources.html */
  UntagResources: "T||||||;",
} as const;
const actionDetails = {
  DescribeReportCreation: "|,;~~~|Grants permission to describe the status of the StartReportCreation operation",
  GetComplianceSummary:
    "|,;~~~|Grants permission to retrieve a summary of how many resources are noncompliant with their effective tag policies",
  GetResources:
    "|,;~~~|Grants permission to return tagged or previously tagged resources in the specified AWS Region for the calling account",
  GetTagKeys:
    "|,;~~~|Grants permission to returns tag keys currently in use in the specified AWS Region for the calling account",
  GetTagValues:
    "|,;~~~|Grants permission to return tag values for the specified key that are used in the specified AWS Region for the calling account",
  ListRequiredTags:
    "|,;~~~|Grants permission to list required tags for supported resource types in the calling account",
  StartReportCreation:
    "|,;~~~|Grants permission to start generating a report listing all tagged resources in accounts across your organization, and whether each resource is compliant with the effective tag policy",
  TagResources: "|,;~~~|Grants permission to apply one or more tags to the specified resources",
  UntagResources: "|,;~~~|Grants permission to remove the specified tags from the specified resources",
};
const resourceTypeFacts = {} as const;
const arnFormats = {} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "tag">;
/** Any tag action. */
export type Action = ActionOf<typeof actionFacts, "tag">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "tag">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "resourcegroupstaggingapi" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every tag action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
export interface ConditionKeyTypes {}

/** Condition key -> value type. */
export type ConditionKeys = ConditionKeysOf<ConditionKeyTypes>;

/** Condition key with a placeholder, as the reference writes it -> its template-literal key. */
export interface ConditionKeyPatterns {}

/** A condition key as the reference writes it. */
export type ConditionKeyName = (typeof conditionKeyList)[number];
/** Condition key -> description, types, deprecation. */
export type ConditionKeyInfos = { readonly [K in ConditionKeyName]: ConditionKeyInfo };
const conditionKeyRows: { readonly [K in ConditionKeyName]: string } = {};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "tag",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
