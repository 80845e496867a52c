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
export const prefix: "aco-automation" = "aco-automation";
/** The service's name in the reference. */
export const serviceName: "AWS Compute Optimizer Automation" = "AWS Compute Optimizer Automation";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Compute Optimizer Automation",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awscomputeoptimizerautomation.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["ec2:DescribeVolumes"] as const;
const actionFacts = {
  /** Grants permission to associate member accounts with the management account. Access level: Write. https://docs.aws.amazon.com/compute-optimizer/latest/APIReference/API_automation_AssociateAccounts.html */
  AssociateAccounts: "W||||||;",
  /** Grants permission to create automation rule. Access level: Write. https://docs.aws.amazon.com/compute-optimizer/latest/APIReference/API_automation_CreateAutomationRule.html */
  CreateAutomationRule: "W||||0,2|aco-automation:TagResource|;",
  /** Grants permission to delete automation rule. Access level: Write. Resources: AutomationRule*. https://docs.aws.amazon.com/compute-optimizer/latest/APIReference/API_automation_DeleteAutomationRule.html */
  DeleteAutomationRule: "W|||0;1;1|||;",
  /** Grants permission to disassociate member accounts from the management account. Access level: Write. https://docs.aws.amazon.com/compute-optimizer/latest/APIReference/API_automation_DisassociateAccounts.html */
  DisassociateAccounts: "W||||||;",
  /** Grants permission to get automation event details. Access level: Read. https://docs.aws.amazon.com/compute-optimizer/latest/APIReference/API_automation_GetAutomationEvent.html */
  GetAutomationEvent: "R||||||;",
  /** Grants permission to get automation rule. Access level: Read. Resources: AutomationRule*. https://docs.aws.amazon.com/compute-optimizer/latest/APIReference/API_automation_GetAutomationRule.html */
  GetAutomationRule: "R|||0;1;1|||;",
  /** Grants permission to get enrollment configuration. Access level: Read. https://docs.aws.amazon.com/compute-optimizer/latest/APIReference/API_automation_GetEnrollmentConfiguration.html */
  GetEnrollmentConfiguration: "R||||||;",
  /** Grants permission to list the accounts in your organization that are enrolled in Compute Optimizer and whether they have enabled the Automation feature. Access level: List. https://docs.aws.amazon.com/compute-optimizer/latest/APIReference/API_automation_ListAccounts.html */
  ListAccounts: "L||||||;",
  /** Grants permission to list automation event steps. Access level: List. https://docs.aws.amazon.com/compute-optimizer/latest/APIReference/API_automation_ListAutomationEventSteps.html */
  ListAutomationEventSteps: "L||||||;",
  /** Grants permission to list automation event summaries. Access level: List. https://docs.aws.amazon.com/compute-optimizer/latest/APIReference/API_automation_ListAutomationEventSummaries.html */
  ListAutomationEventSummaries: "L||||||;",
  /** Grants permission to list automation events. Access level: List. https://docs.aws.amazon.com/compute-optimizer/latest/APIReference/API_automation_ListAutomationEvents.html */
  ListAutomationEvents: "L||||||;",
  /** Grants permission to list automation rule preview results. Access level: List. https://docs.aws.amazon.com/compute-optimizer/latest/APIReference/API_automation_ListAutomationRulePreview.html */
  ListAutomationRulePreview: "L|||||0|;",
  /** Grants permission to list automation rule preview summaries. Access level: List. https://docs.aws.amazon.com/compute-optimizer/latest/APIReference/API_automation_ListAutomationRulePreviewSummaries.html */
  ListAutomationRulePreviewSummaries: "L||||||;",
  /** Grants permission to list automation rules. Access level: List. https://docs.aws.amazon.com/compute-optimizer/latest/APIReference/API_automation_ListAutomationRules.html */
  ListAutomationRules: "L||||||;",
  /** Grants permission to list recommended action summaries. Access level: List. https://docs.aws.amazon.com/compute-optimizer/latest/APIReference/API_automation_ListRecommendedActionSummaries.html */
  ListRecommendedActionSummaries: "L||||||;",
  /** Grants permission to list recommended actions. Access level: List. https://docs.aws.amazon.com/compute-optimizer/latest/APIReference/API_automation_ListRecommendedActions.html */
  ListRecommendedActions: "L|||||0|;",
  /** Grants permission to list tags for automation rule. Access level: List. Resources: AutomationRule*. https://docs.aws.amazon.com/compute-optimizer/latest/APIReference/API_automation_ListTagsForResource.html */
  ListTagsForResource: "L|||0;1;1|||;",
  /** Grants permission to initiate a rollback for an automation event. Access level: Write. https://docs.aws.amazon.com/compute-optimizer/latest/APIReference/API_automation_RollbackAutomationEvent.html */
  RollbackAutomationEvent: "W||||||;",
  /** Grants permission to initiate an on-demand automation for a recommended action. Access level: Write. https://docs.aws.amazon.com/compute-optimizer/latest/APIReference/API_automation_StartAutomationEvent.html */
  StartAutomationEvent: "W||||||;",
  /** Grants permission to add tags to automation rule. Access level: Tagging. Resources: AutomationRule*. https://docs.aws.amazon.com/compute-optimizer/latest/APIReference/API_automation_TagResource.html */
  TagResource: "T|||0;1;1|0,2||CreateAutomationRule,;",
  /** Grants permission to remove tags from automation rule. Access level: Tagging. Resources: AutomationRule*. https://docs.aws.amazon.com/compute-optimizer/latest/APIReference/API_automation_UntagResource.html */
  UntagResource: "T|||0;1;1|2||;",
  /** Grants permission to update automation rule. Access level: Write. Resources: AutomationRule*. https://docs.aws.amazon.com/compute-optimizer/latest/APIReference/API_automation_UpdateAutomationRule.html */
  UpdateAutomationRule: "W|||0;1;1|||;",
  /** Grants permission to update enrollment configuration for the Compute Optimizer automation feature. Access level: Write. https://docs.aws.amazon.com/compute-optimizer/latest/APIReference/API_automation_UpdateEnrollmentConfiguration.html */
  UpdateEnrollmentConfiguration: "W||||||;",
} as const;
const actionDetails = {
  AssociateAccounts: "|,;~~~|Grants permission to associate member accounts with the management account",
  CreateAutomationRule: "|,;~~~|Grants permission to create automation rule",
  DeleteAutomationRule: "|,;~~~|Grants permission to delete automation rule",
  DisassociateAccounts: "|,;~~~|Grants permission to disassociate member accounts from the management account",
  GetAutomationEvent: "|,;~~~|Grants permission to get automation event details",
  GetAutomationRule: "|,;~~~|Grants permission to get automation rule",
  GetEnrollmentConfiguration: "|,;~~~|Grants permission to get enrollment configuration",
  ListAccounts:
    "|,;~~~|Grants permission to list the accounts in your organization that are enrolled in Compute Optimizer and whether they have enabled the Automation feature",
  ListAutomationEventSteps: "|,;~~~|Grants permission to list automation event steps",
  ListAutomationEventSummaries: "|,;~~~|Grants permission to list automation event summaries",
  ListAutomationEvents: "|,;~~~|Grants permission to list automation events",
  ListAutomationRulePreview: "|,;~~~|Grants permission to list automation rule preview results",
  ListAutomationRulePreviewSummaries: "|,;~~~|Grants permission to list automation rule preview summaries",
  ListAutomationRules: "|,;~~~|Grants permission to list automation rules",
  ListRecommendedActionSummaries: "|,;~~~|Grants permission to list recommended action summaries",
  ListRecommendedActions: "|,;~~~|Grants permission to list recommended actions",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for automation rule",
  RollbackAutomationEvent: "|,;~~~|Grants permission to initiate a rollback for an automation event",
  StartAutomationEvent: "|,;~~~|Grants permission to initiate an on-demand automation for a recommended action",
  TagResource: "|,;~~~,~~|Grants permission to add tags to automation rule",
  UntagResource: "|,;~~~|Grants permission to remove tags from automation rule",
  UpdateAutomationRule: "|,;~~~|Grants permission to update automation rule",
  UpdateEnrollmentConfiguration:
    "|,;~~~|Grants permission to update enrollment configuration for the Compute Optimizer automation feature",
};
const resourceTypeFacts = {
  /** The AutomationRule resource type: arn:${Partition}:compute-optimizer::${Account}:automation-rule/${RuleId} */
  AutomationRule: "|,automationRule|1",
} as const;
const arnFormats = {
  /** ARN of a AutomationRule resource: arn:${Partition}:compute-optimizer::${Account}:automation-rule/${RuleId}. */
  automationRule: "|,AutomationRule|arn:|Partition|:compute-optimizer::|Account|:automation-rule/|RuleId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["AutomationRule"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "aco-automation">;
/** Any aco-automation action. */
export type Action = ActionOf<typeof actionFacts, "aco-automation">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "aco-automation">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "compute-optimizer-automation" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every aco-automation action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "aco-automation",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
