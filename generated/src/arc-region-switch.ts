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
export const prefix: "arc-region-switch" = "arc-region-switch";
/** The service's name in the reference. */
export const serviceName: "Amazon ARC Region switch" = "Amazon ARC Region switch";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon ARC Region switch",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonarcregionswitch.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["arc-region-switch:GetPlan", "iam:PassRole"] as const;
const actionFacts = {
  /** Grants permission to approve a plan execution step. Access level: Write. Resources: plan*. https://docs.aws.amazon.com/arc-region-switch/latest/api/API_ApprovePlanExecutionStep.html */
  ApprovePlanExecutionStep: "W|||0;1;|||;",
  /** Grants permission to cancel a plan execution. Access level: Write. Resources: plan*. https://docs.aws.amazon.com/arc-region-switch/latest/api/API_CancelPlanExecution.html */
  CancelPlanExecution: "W|||0;1;|||;",
  /** Grants permission to create a plan. Access level: Write. Resources: plan*. https://docs.aws.amazon.com/arc-region-switch/latest/api/API_CreatePlan.html */
  CreatePlan: "W|||0;1;|0,2|0,arc-region-switch:TagResource,1|;",
  /** Grants permission to delete a plan. Access level: Write. Resources: plan*. https://docs.aws.amazon.com/arc-region-switch/latest/api/API_DeletePlan.html */
  DeletePlan: "W|||0;1;|||;",
  /** Grants permission to delete the RAM access control policy for a plan. Access level: Permissions management. Permission only. https://docs.aws.amazon.com/r53recovery/latest/dg/arc-region-switch.region-switch-different-accounts.html */
  DeleteResourcePolicy: "P||1||||",
  /** Grants permission to get information about plans in all AWS Regions using a control plane. Access level: Read. Resources: plan*. https://docs.aws.amazon.com/arc-region-switch/latest/api/API_GetPlan.html */
  GetPlan: "R|||0;1;|||CreatePlan,;,UpdatePlan",
  /** Grants permission to get a plan's evaluation status. Access level: Read. Resources: plan*. https://docs.aws.amazon.com/arc-region-switch/latest/api/API_GetPlanEvaluationStatus.html */
  GetPlanEvaluationStatus: "R|||0;1;|||;",
  /** Grants permission to get plan execution details and setup information. Access level: Read. Resources: plan*. https://docs.aws.amazon.com/arc-region-switch/latest/api/API_GetPlanExecution.html */
  GetPlanExecution: "R|||0;1;|||;",
  /** Grants permission to get information about a plan in a specific AWS Region using the Region switch Regional data plane. Access level: Read. Resources: plan*. https://docs.aws.amazon.com/arc-region-switch/latest/api/API_GetPlanInRegion.html */
  GetPlanInRegion: "R|||0;1;|||;",
  /** Grants permission to get the resource policy of a plan. Access level: Permissions management. Resources: plan*. Permission only. https://docs.aws.amazon.com/r53recovery/latest/dg/arc-region-switch.region-switch-different-accounts.html */
  GetResourcePolicy: "P||1|0;1;|||",
  /** Grants permission to list plan execution events. Access level: List. Resources: plan*. https://docs.aws.amazon.com/arc-region-switch/latest/api/API_ListPlanExecutionEvents.html */
  ListPlanExecutionEvents: "L|||0;1;|||;",
  /** Grants permission to list plan executions. Access level: List. Resources: plan*. https://docs.aws.amazon.com/arc-region-switch/latest/api/API_ListPlanExecutions.html */
  ListPlanExecutions: "L|||0;1;|||;",
  /** Grants permission to list plans in all AWS Regions using a control plane. Access level: List. https://docs.aws.amazon.com/arc-region-switch/latest/api/API_ListPlans.html */
  ListPlans: "L||||||;",
  /** Grants permission to list plans in a specific AWS Region using the Region switch Regional data plane. Access level: List. https://docs.aws.amazon.com/arc-region-switch/latest/api/API_ListPlansInRegion.html */
  ListPlansInRegion: "L||||||;",
  /** Grants permission to list Route 53 health checks. Access level: List. Resources: plan*. https://docs.aws.amazon.com/arc-region-switch/latest/api/API_ListRoute53HealthChecks.html */
  ListRoute53HealthChecks: "L|||0;1;|||;",
  /** Grants permission to list Route 53 health checks in a specific AWS Region using the Region switch Regional data plane. Access level: List. Resources: plan*. https://docs.aws.amazon.com/arc-region-switch/latest/api/API_ListRoute53HealthChecksInRegion.html */
  ListRoute53HealthChecksInRegion: "L|||0;1;|||;",
  /** Grants permission to list tags for a resource. Access level: Read. Resources: plan*. https://docs.aws.amazon.com/arc-region-switch/latest/api/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;1;|1||;",
  /** Grants permission to define the RAM access control policy for a plan. Access level: Permissions management. Permission only. https://docs.aws.amazon.com/r53recovery/latest/dg/arc-region-switch.region-switch-different-accounts.html */
  PutResourcePolicy: "P||1||||",
  /** Grants permission to start a plan execution. Access level: Write. Resources: plan*. https://docs.aws.amazon.com/arc-region-switch/latest/api/API_StartPlanExecution.html */
  StartPlanExecution: "W|||0;1;|||;",
  /** Grants permission to tag a resource. Access level: Tagging. Resources: plan*. https://docs.aws.amazon.com/arc-region-switch/latest/api/API_TagResource.html */
  TagResource: "T|||0;1;|0,1,2||CreatePlan,;",
  /** Grants permission to remove tags from a resource. Access level: Tagging. Resources: plan*. https://docs.aws.amazon.com/arc-region-switch/latest/api/API_UntagResource.html */
  UntagResource: "T|||0;1;|1,2||;",
  /** Grants permission to update a plan. Access level: Write. Resources: plan*. https://docs.aws.amazon.com/arc-region-switch/latest/api/API_UpdatePlan.html */
  UpdatePlan: "W|||0;1;||0,1|;",
  /** Grants permission to update a plan execution. Access level: Write. Resources: plan*. https://docs.aws.amazon.com/arc-region-switch/latest/api/API_UpdatePlanExecution.html */
  UpdatePlanExecution: "W|||0;1;|||;",
  /** Grants permission to update a plan execution step. Access level: Write. Resources: plan*. https://docs.aws.amazon.com/arc-region-switch/latest/api/API_UpdatePlanExecutionStep.html */
  UpdatePlanExecutionStep: "W|||0;1;|||;",
} as const;
const actionDetails = {
  ApprovePlanExecutionStep: "|,;~~~|Grants permission to approve a plan execution step",
  CancelPlanExecution: "|,;~~~|Grants permission to cancel a plan execution",
  CreatePlan: "|,;~~~|Grants permission to create a plan",
  DeletePlan: "|,;~~~|Grants permission to delete a plan",
  DeleteResourcePolicy: "|,;~|Grants permission to delete the RAM access control policy for a plan",
  GetPlan: "|,;~~~,~~,~~|Grants permission to get information about plans in all AWS Regions using a control plane",
  GetPlanEvaluationStatus: "|,;~~~|Grants permission to get a plan's evaluation status",
  GetPlanExecution: "|,;~~~|Grants permission to get plan execution details and setup information",
  GetPlanInRegion:
    "|,;~~~|Grants permission to get information about a plan in a specific AWS Region using the Region switch Regional data plane",
  GetResourcePolicy: "|,;~|Grants permission to get the resource policy of a plan",
  ListPlanExecutionEvents: "|,;~~~|Grants permission to list plan execution events",
  ListPlanExecutions: "|,;~~~|Grants permission to list plan executions",
  ListPlans: "|,;~~~|Grants permission to list plans in all AWS Regions using a control plane",
  ListPlansInRegion:
    "|,;~~~|Grants permission to list plans in a specific AWS Region using the Region switch Regional data plane",
  ListRoute53HealthChecks: "|,;~~~|Grants permission to list Route 53 health checks",
  ListRoute53HealthChecksInRegion:
    "|,;~~~|Grants permission to list Route 53 health checks in a specific AWS Region using the Region switch Regional data plane",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for a resource",
  PutResourcePolicy: "|,;~|Grants permission to define the RAM access control policy for a plan",
  StartPlanExecution: "|,;~~~|Grants permission to start a plan execution",
  TagResource: "|,;~~~,~~|Grants permission to tag a resource",
  UntagResource: "|,;~~~|Grants permission to remove tags from a resource",
  UpdatePlan: "|,;~~~|Grants permission to update a plan",
  UpdatePlanExecution: "|,;~~~|Grants permission to update a plan execution",
  UpdatePlanExecutionStep: "|,;~~~|Grants permission to update a plan execution step",
};
const resourceTypeFacts = {
  /** The plan resource type: arn:${Partition}:arc-region-switch::${Account}:plan/${ResourceId} */
  plan: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a plan resource: arn:${Partition}:arc-region-switch::${Account}:plan/${ResourceId}. */
  plan: "|,plan|arn:|Partition|:arc-region-switch::|Account|:plan/|ResourceId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["plan"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "arc-region-switch">;
/** Any arc-region-switch action. */
export type Action = ActionOf<typeof actionFacts, "arc-region-switch">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "arc-region-switch">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "arc-region-switch" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every arc-region-switch action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by tag key-value pairs attached to the resource. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by a tag's key and value in a request. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the presence of tag keys in the request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by tag key-value pairs attached to the resource",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by a tag's key and value in a request",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the presence of tag keys in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "arc-region-switch",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
