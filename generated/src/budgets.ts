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
export const prefix: "budgets" = "budgets";
/** The service's name in the reference. */
export const serviceName: "AWS Budget Service" = "AWS Budget Service";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Budget Service",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsbudgetservice.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["aws-portal:ModifyBilling", "aws-portal:ViewBilling", "iam:PassRole"] as const;
const actionFacts = {
  /** Grants permission to configure a response that executes once your budget exceeds a specific budget threshold. Creating a budget action with tags also requires the 'budgets:TagResource' permission. Access level: Write. Resources: budgetAction*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_budgets_CreateBudgetAction.html */
  CreateBudgetAction: "W|||1;1;|0,1,2|0,budgets:TagResource,2|;",
  /** Grants permission to delete an action that is associated with a specific budget. Access level: Write. Resources: budgetAction*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_budgets_DeleteBudgetAction.html */
  DeleteBudgetAction: "W|||1;1;||0|;",
  /** Grants permission to retrieve the details of a specific budget action associated with a budget. Access level: Read. Resources: budgetAction*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_budgets_DescribeBudgetAction.html */
  DescribeBudgetAction: "R|||1;1;|||;",
  /** Grants permission to retrieve a historical view of the budget actions statuses associated with a particular budget action. These status include statues such as 'Standby', 'Pending' and 'Executed'. Access level: Read. Resources: budgetAction*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_budgets_DescribeBudgetActionHistories.html */
  DescribeBudgetActionHistories: "R|||1;1;||1|;",
  /** Grants permission to retrieve the details of all of the budget actions associated with your account. Access level: Read. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_budgets_DescribeBudgetActionsForAccount.html */
  DescribeBudgetActionsForAccount: "R|||||1|;",
  /** Grants permission to retrieve the details of all of the budget actions associated with a budget. Access level: Read. Resources: budget*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_budgets_DescribeBudgetActionsForBudget.html */
  DescribeBudgetActionsForBudget: "R|||0;1;||1|;",
  /** Grants permission to initiate a pending budget action as well as reverse a previously executed budget action. Access level: Write. Resources: budgetAction*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_budgets_ExecuteBudgetAction.html */
  ExecuteBudgetAction: "W|||1;1;||0|;",
  /** Grants permission to view resource tags for a budget or budget action. Access level: Read. Resources: budget, budgetAction. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_budgets_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,1;0;||1|;",
  /** Grants permission to create and modify budgets, and edit budget details. Creating a budget with tags also requires the 'budgets:TagResource' permission. Access level: Write. Resources: budget*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_Operations_AWS_Budgets.html */
  ModifyBudget:
    "W|||0;1;||iam:CreateServiceLinkedRole|CreateBudget,CreateNotification,CreateSubscriber,DeleteBudget,DeleteNotification,DeleteSubscriber,UpdateBudget,UpdateNotification,UpdateSubscriber",
  /** Grants permission to apply resource tags to a budget or budget action. Also needed to create a budget or budget action with tags. Access level: Tagging. Resources: budget, budgetAction. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_budgets_TagResource.html */
  TagResource: "T|||0;0;,1;0;|0,2|0|CreateBudget,CreateBudgetAction,;",
  /** Grants permission to remove resource tags from a budget or budget action. Access level: Tagging. Resources: budget, budgetAction. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_budgets_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;|2|0|;",
  /** Grants permission to update the details of a specific budget action associated with a budget. Access level: Write. Resources: budgetAction*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_budgets_UpdateBudgetAction.html */
  UpdateBudgetAction: "W|||1;1;||0,2|;",
  /** Grants permission to view budgets and budget details. Access level: Read. Resources: budget*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_Operations_AWS_Budgets.html */
  ViewBudget:
    "R|||0;1;||billing:GetBillingViewData|DescribeBudget,DescribeBudgetNotificationsForAccount,DescribeBudgetPerformanceHistory,DescribeBudgets,DescribeNotificationsForBudget,DescribeSubscribersForNotification",
} as const;
const actionDetails = {
  CreateBudgetAction:
    "|,;~~~|Grants permission to configure a response that executes once your budget exceeds a specific budget threshold. Creating a budget action with tags also requires the 'budgets:TagResource' permission",
  DeleteBudgetAction: "|,;~~~|Grants permission to delete an action that is associated with a specific budget",
  DescribeBudgetAction:
    "|,;~~~|Grants permission to retrieve the details of a specific budget action associated with a budget",
  DescribeBudgetActionHistories:
    "|,;~~~|Grants permission to retrieve a historical view of the budget actions statuses associated with a particular budget action. These status include statues such as 'Standby', 'Pending' and 'Executed'",
  DescribeBudgetActionsForAccount:
    "|,;~~~|Grants permission to retrieve the details of all of the budget actions associated with your account",
  DescribeBudgetActionsForBudget:
    "|,;~~~|Grants permission to retrieve the details of all of the budget actions associated with a budget",
  ExecuteBudgetAction:
    "|,;~~~|Grants permission to initiate a pending budget action as well as reverse a previously executed budget action",
  ListTagsForResource: "|,;~~~|Grants permission to view resource tags for a budget or budget action",
  ModifyBudget:
    "|,;~~~,~~,~~,~~,~~,~~,~~,~~,~~|Grants permission to create and modify budgets, and edit budget details. Creating a budget with tags also requires the 'budgets:TagResource' permission",
  TagResource:
    "|,;~~~,~~,~~|Grants permission to apply resource tags to a budget or budget action. Also needed to create a budget or budget action with tags",
  UntagResource: "|,;~~~|Grants permission to remove resource tags from a budget or budget action",
  UpdateBudgetAction:
    "|,;~~~|Grants permission to update the details of a specific budget action associated with a budget",
  ViewBudget: "|,;~~~,~~,~~,~~,~~,~~|Grants permission to view budgets and budget details",
};
const resourceTypeFacts = {
  /** The budget resource type: arn:${Partition}:budgets::${Account}:budget/${BudgetName} */
  budget: "|,|0,1,2",
  /** The budgetAction resource type: arn:${Partition}:budgets::${Account}:budget/${BudgetName}/action/${ActionId} */
  budgetAction: "|,|0,1,2",
} as const;
const arnFormats = {
  /** ARN of a budget resource: arn:${Partition}:budgets::${Account}:budget/${BudgetName}. */
  budget: "|,budget|arn:|Partition|:budgets::|Account|:budget/|BudgetName|",
  /** ARN of a budgetAction resource: arn:${Partition}:budgets::${Account}:budget/${BudgetName}/action/${ActionId}. */
  budgetAction: "|,budgetAction|arn:|Partition|:budgets::|Account|:budget/|BudgetName|/action/|ActionId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["budget", "budgetAction"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "budgets">;
/** Any budgets action. */
export type Action = ActionOf<typeof actionFacts, "budgets">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "budgets">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "budgets" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every budgets action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access based on the tags that are passed in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access based on the tags associated with the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access based on the tag keys that are passed in the request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access based on the tags that are passed in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access based on the tags associated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access based on the tag keys that are passed in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "budgets",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
