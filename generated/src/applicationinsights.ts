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
export const prefix: "applicationinsights" = "applicationinsights";
/** The service's name in the reference. */
export const serviceName: "Amazon CloudWatch Application Insights" = "Amazon CloudWatch Application Insights";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon CloudWatch Application Insights",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoncloudwatchapplicationinsights.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to add a workload. Access level: Write. https://docs.aws.amazon.com/cloudwatch/latest/APIReference/API_AddWorkload.html */
  AddWorkload: "W||||||",
  /** Grants permission to create an application from a resource group. Access level: Write. https://docs.aws.amazon.com/cloudwatch/latest/APIReference/API_CreateApplication.html */
  CreateApplication: "W||||||",
  /** Grants permission to create a component from a group of resources. Access level: Write. https://docs.aws.amazon.com/cloudwatch/latest/APIReference/API_CreateComponent.html */
  CreateComponent: "W||||||",
  /** Grants permission to create log a pattern. Access level: Write. https://docs.aws.amazon.com/cloudwatch/latest/APIReference/API_CreateLogPattern.html */
  CreateLogPattern: "W||||||",
  /** Grants permission to delete an application. Access level: Write. https://docs.aws.amazon.com/cloudwatch/latest/APIReference/API_DeleteApplication.html */
  DeleteApplication: "W||||||",
  /** Grants permission to delete a component. Access level: Write. https://docs.aws.amazon.com/cloudwatch/latest/APIReference/API_DeleteComponent.html */
  DeleteComponent: "W||||||",
  /** Grants permission to delete a log pattern. Access level: Write. https://docs.aws.amazon.com/cloudwatch/latest/APIReference/API_DeleteLogPattern.html */
  DeleteLogPattern: "W||||||",
  /** Grants permission to describe an application. Access level: Read. https://docs.aws.amazon.com/cloudwatch/latest/APIReference/API_DescribeApplication.html */
  DescribeApplication: "R||||||",
  /** Grants permission to describe a component. Access level: Read. https://docs.aws.amazon.com/cloudwatch/latest/APIReference/API_DescribeComponent.html */
  DescribeComponent: "R||||||",
  /** Grants permission to describe a component's configuration. Access level: Read. https://docs.aws.amazon.com/cloudwatch/latest/APIReference/API_DescribeComponentConfiguration.html */
  DescribeComponentConfiguration: "R||||||",
  /** Grants permission to describe the recommended application component configuration. Access level: Read. https://docs.aws.amazon.com/cloudwatch/latest/APIReference/API_DescribeComponentConfigurationRecommendation.html */
  DescribeComponentConfigurationRecommendation: "R||||||",
  /** Grants permission to describe a log pattern. Access level: Read. https://docs.aws.amazon.com/cloudwatch/latest/APIReference/API_DescribeLogPattern.html */
  DescribeLogPattern: "R||||||",
  /** Grants permission to describe an observation. Access level: Read. https://docs.aws.amazon.com/cloudwatch/latest/APIReference/API_DescribeObservation.html */
  DescribeObservation: "R||||||",
  /** Grants permission to describe a problem. Access level: Read. https://docs.aws.amazon.com/cloudwatch/latest/APIReference/API_DescribeProblem.html */
  DescribeProblem: "R||||||",
  /** Grants permission to describe the observation in a problem. Access level: Read. https://docs.aws.amazon.com/cloudwatch/latest/APIReference/API_DescribeProblemObservations.html */
  DescribeProblemObservations: "R||||||",
  /** Grants permission to describe a workload. Access level: Read. https://docs.aws.amazon.com/cloudwatch/latest/APIReference/API_DescribeWorkload.html */
  DescribeWorkload: "R||||||",
  /** Grants permission to share Application Insights resources with a monitoring account. Access level: Write. Permission only. https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-Unified-Cross-Account-Setup.html#CloudWatch-Unified-Cross-Account-Setup-permissions */
  Link: "W||1||||",
  /** Grants permission to list all applications. Access level: List. https://docs.aws.amazon.com/cloudwatch/latest/APIReference/API_ListApplications.html */
  ListApplications: "L||||||",
  /** Grants permission to list an application's components. Access level: List. https://docs.aws.amazon.com/cloudwatch/latest/APIReference/API_ListComponents.html */
  ListComponents: "L||||||",
  /** Grants permission to list configuration history. Access level: List. https://docs.aws.amazon.com/cloudwatch/latest/APIReference/API_ListConfigurationHistory.html */
  ListConfigurationHistory: "L||||||",
  /** Grants permission to list log pattern sets for an application. Access level: List. https://docs.aws.amazon.com/cloudwatch/latest/APIReference/API_ListLogPatternSets.html */
  ListLogPatternSets: "L||||||",
  /** Grants permission to list log patterns. Access level: List. https://docs.aws.amazon.com/cloudwatch/latest/APIReference/API_ListLogPatterns.html */
  ListLogPatterns: "L||||||",
  /** Grants permission to list the problems in an application. Access level: List. https://docs.aws.amazon.com/cloudwatch/latest/APIReference/API_ListProblems.html */
  ListProblems: "L||||||",
  /** Grants permission to list tags for the resource. Access level: Read. https://docs.aws.amazon.com/cloudwatch/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R||||||",
  /** Grants permission to list workloads. Access level: List. https://docs.aws.amazon.com/cloudwatch/latest/APIReference/API_ListWorkloads.html */
  ListWorkloads: "L||||||",
  /** Grants permission to remove a workload. Access level: Write. https://docs.aws.amazon.com/cloudwatch/latest/APIReference/API_RemoveWorkload.html */
  RemoveWorkload: "W||||||",
  /** Grants permission to tag a resource. Access level: Tagging. https://docs.aws.amazon.com/cloudwatch/latest/APIReference/API_TagResource.html */
  TagResource: "T||||0,2||",
  /** Grants permission to untag a resource. Access level: Tagging. https://docs.aws.amazon.com/cloudwatch/latest/APIReference/API_UntagResource.html */
  UntagResource: "T||||2||",
  /** Grants permission to update an application. Access level: Write. https://docs.aws.amazon.com/cloudwatch/latest/APIReference/API_UpdateApplication.html */
  UpdateApplication: "W||||||",
  /** Grants permission to update a component. Access level: Write. https://docs.aws.amazon.com/cloudwatch/latest/APIReference/API_UpdateComponent.html */
  UpdateComponent: "W||||||",
  /** Grants permission to update a component's configuration. Access level: Write. https://docs.aws.amazon.com/cloudwatch/latest/APIReference/API_UpdateComponentConfiguration.html */
  UpdateComponentConfiguration: "W||||||",
  /** Grants permission to update a log pattern. Access level: Write. https://docs.aws.amazon.com/cloudwatch/latest/APIReference/API_UpdateLogPattern.html */
  UpdateLogPattern: "W||||||",
  /** Grants permission to update a problem. Access level: Write. https://docs.aws.amazon.com/cloudwatch/latest/APIReference/API_UpdateProblem.html */
  UpdateProblem: "W||||||",
  /** Grants permission to update a workload. Access level: Write. https://docs.aws.amazon.com/cloudwatch/latest/APIReference/API_UpdateWorkload.html */
  UpdateWorkload: "W||||||",
} as const;
const actionDetails = {
  AddWorkload: "|,;~|Grants permission to add a workload",
  CreateApplication: "|,;~|Grants permission to create an application from a resource group",
  CreateComponent: "|,;~|Grants permission to create a component from a group of resources",
  CreateLogPattern: "|,;~|Grants permission to create log a pattern",
  DeleteApplication: "|,;~|Grants permission to delete an application",
  DeleteComponent: "|,;~|Grants permission to delete a component",
  DeleteLogPattern: "|,;~|Grants permission to delete a log pattern",
  DescribeApplication: "|,;~|Grants permission to describe an application",
  DescribeComponent: "|,;~|Grants permission to describe a component",
  DescribeComponentConfiguration: "|,;~|Grants permission to describe a component's configuration",
  DescribeComponentConfigurationRecommendation:
    "|,;~|Grants permission to describe the recommended application component configuration",
  DescribeLogPattern: "|,;~|Grants permission to describe a log pattern",
  DescribeObservation: "|,;~|Grants permission to describe an observation",
  DescribeProblem: "|,;~|Grants permission to describe a problem",
  DescribeProblemObservations: "|,;~|Grants permission to describe the observation in a problem",
  DescribeWorkload: "|,;~|Grants permission to describe a workload",
  Link: "|,;~|Grants permission to share Application Insights resources with a monitoring account",
  ListApplications: "|,;~|Grants permission to list all applications",
  ListComponents: "|,;~|Grants permission to list an application's components",
  ListConfigurationHistory: "|,;~|Grants permission to list configuration history",
  ListLogPatternSets: "|,;~|Grants permission to list log pattern sets for an application",
  ListLogPatterns: "|,;~|Grants permission to list log patterns",
  ListProblems: "|,;~|Grants permission to list the problems in an application",
  ListTagsForResource: "|,;~|Grants permission to list tags for the resource",
  ListWorkloads: "|,;~|Grants permission to list workloads",
  RemoveWorkload: "|,;~|Grants permission to remove a workload",
  TagResource: "|,;~|Grants permission to tag a resource",
  UntagResource: "|,;~|Grants permission to untag a resource",
  UpdateApplication: "|,;~|Grants permission to update an application",
  UpdateComponent: "|,;~|Grants permission to update a component",
  UpdateComponentConfiguration: "|,;~|Grants permission to update a component's configuration",
  UpdateLogPattern: "|,;~|Grants permission to update a log pattern",
  UpdateProblem: "|,;~|Grants permission to update a problem",
  UpdateWorkload: "|,;~|Grants permission to update a workload",
};
const resourceTypeFacts = {} as const;
const arnFormats = {} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "applicationinsights">;
/** Any applicationinsights action. */
export type Action = ActionOf<typeof actionFacts, "applicationinsights">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "applicationinsights">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "", client: "" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every applicationinsights action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by a tag key and value pair that is allowed in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by a tag key and value pair of a resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by a list of tag keys that are allowed in the request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by a tag key and value pair that is allowed in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by a tag key and value pair of a resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by a list of tag keys that are allowed in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "applicationinsights",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
