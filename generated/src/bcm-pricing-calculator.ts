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
export const prefix: "bcm-pricing-calculator" = "bcm-pricing-calculator";
/** The service's name in the reference. */
export const serviceName: "AWS Billing And Cost Management Pricing Calculator" =
  "AWS Billing And Cost Management Pricing Calculator";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Billing And Cost Management Pricing Calculator",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsbillingandcostmanagementpricingcalculator.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["bcm-pricing-calculator:TagResource"] as const;
const actionFacts = {
  /** Grants permission to create a new bill estimate. Charge is incurred for successful bill estimates. Access level: Write. Resources: bill-scenario. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_AWSBCMPricingCalculator_CreateBillEstimate.html */
  CreateBillEstimate: "W|||1;0;||0|;",
  /** Grants permission to create a new bill scenario. Access level: Write. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_AWSBCMPricingCalculator_CreateBillScenario.html */
  CreateBillScenario: "W||||0,2|0|;",
  /** Grants permission to create new commitments or remove existing commitment from a specified bill scenario. Access level: Write. Resources: bill-scenario*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_AWSBCMPricingCalculator_BatchCreateBillScenarioCommitmentModification.html */
  CreateBillScenarioCommitmentModification: "W|||1;1;|||BatchCreateBillScenarioCommitmentModification",
  /** Grants permission to create usage in the specified bill scenario. Access level: Write. Resources: bill-scenario*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_AWSBCMPricingCalculator_BatchCreateBillScenarioUsageModification.html */
  CreateBillScenarioUsageModification: "W|||1;1;|||BatchCreateBillScenarioUsageModification",
  /** Grants permission to create a new Workload estimate. Access level: Write. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_AWSBCMPricingCalculator_CreateWorkloadEstimate.html */
  CreateWorkloadEstimate: "W||||0,2|0|;",
  /** Grants permission to create usage in the specified workload estimate. Access level: Write. Resources: workload-estimate*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_AWSBCMPricingCalculator_BatchCreateWorkloadEstimateUsage.html */
  CreateWorkloadEstimateUsage: "W|||2;1;|||BatchCreateWorkloadEstimateUsage",
  /** Grants permission to delete bill estimate. Access level: Write. Resources: bill-estimate*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_AWSBCMPricingCalculator_DeleteBillEstimate.html */
  DeleteBillEstimate: "W|||0;1;|||;",
  /** Grants permission to delete a bill scenario. Access level: Write. Resources: bill-scenario*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_AWSBCMPricingCalculator_DeleteBillScenario.html */
  DeleteBillScenario: "W|||1;1;|||;",
  /** Grants permission to delete newly added commitments from the specified bill scenario. Access level: Write. Resources: bill-scenario*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_AWSBCMPricingCalculator_BatchDeleteBillScenarioCommitmentModification.html */
  DeleteBillScenarioCommitmentModification: "W|||1;1;|||BatchDeleteBillScenarioCommitmentModification",
  /** Grants permission to delete newly added usage from the specified bill scenario. Access level: Write. Resources: bill-scenario*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_AWSBCMPricingCalculator_BatchDeleteBillScenarioUsageModification.html */
  DeleteBillScenarioUsageModification: "W|||1;1;|||BatchDeleteBillScenarioUsageModification",
  /** Grants permission to delete the specified workload estimate. Access level: Write. Resources: workload-estimate*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_AWSBCMPricingCalculator_DeleteWorkloadEstimate.html */
  DeleteWorkloadEstimate: "W|||2;1;|||;",
  /** Grants permission to delete newly added usage from the specified workload estimate. Access level: Write. Resources: workload-estimate*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_AWSBCMPricingCalculator_BatchDeleteWorkloadEstimateUsage.html */
  DeleteWorkloadEstimateUsage: "W|||2;1;|||BatchDeleteWorkloadEstimateUsage",
  /** Grants permission to retrieve details of a bill estimate including estimated cost. Access level: Read. Resources: bill-estimate*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_AWSBCMPricingCalculator_GetBillEstimate.html */
  GetBillEstimate: "R|||0;1;|||;",
  /** Grants permission to retrieve information associated with a bill scenario. Access level: Read. Resources: bill-scenario*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_AWSBCMPricingCalculator_GetBillScenario.html */
  GetBillScenario: "R|||1;1;|||;",
  /** Grants permission to retrieve applicable rate type preferences for the account. Access level: Read. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_AWSBCMPricingCalculator_GetPreferences.html */
  GetPreferences: "R||||||;",
  /** Grants permission to retrieve information associated with a workload estimate. Access level: Read. Resources: workload-estimate*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_AWSBCMPricingCalculator_GetWorkloadEstimate.html */
  GetWorkloadEstimate: "R|||2;1;|||;",
  /** Grants permission to list commitments associated with the specified bill estimate. Access level: List. Resources: bill-estimate*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_AWSBCMPricingCalculator_ListBillEstimateCommitments.html */
  ListBillEstimateCommitments: "L|||0;1;|||;",
  /** Grants permission to list added or removed commitments for a specified bill estimate. Access level: List. Resources: bill-estimate*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_AWSBCMPricingCalculator_ListBillEstimateInputCommitmentModifications.html */
  ListBillEstimateInputCommitmentModifications: "L|||0;1;|||;",
  /** Grants permission to list added or modified usage for a specified bill estimate. Access level: List. Resources: bill-estimate*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_AWSBCMPricingCalculator_ListBillEstimateInputUsageModifications.html */
  ListBillEstimateInputUsageModifications: "L|||0;1;|||;",
  /** Grants permission to list result line items for a specified bill estimate. Access level: List. Resources: bill-estimate*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_AWSBCMPricingCalculator_ListBillEstimateLineItems.html */
  ListBillEstimateLineItems: "L|||0;1;|||;",
  /** Grants permission to list bill estimates. Access level: List. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_AWSBCMPricingCalculator_ListBillEstimates.html */
  ListBillEstimates: "L||||||;",
  /** Grants permission to list commitments included in a bill scenario. Access level: List. Resources: bill-scenario*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_AWSBCMPricingCalculator_ListBillScenarioCommitmentModifications.html */
  ListBillScenarioCommitmentModifications: "L|||1;1;|||;",
  /** Grants permission to list usage lines of a specified bill scenario. Access level: List. Resources: bill-scenario*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_AWSBCMPricingCalculator_ListBillScenarioUsageModifications.html */
  ListBillScenarioUsageModifications: "L|||1;1;|||;",
  /** Grants permission to list bill scenarios. Access level: List. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_AWSBCMPricingCalculator_ListBillScenarios.html */
  ListBillScenarios: "L||||||;",
  /** Grants permission to return a list of tags for a resource. Access level: Tagging. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_AWSBCMPricingCalculator_ListTagsForResource.html */
  ListTagsForResource: "T||||||;",
  /** Grants permission to list usage lines for the specified workload estimate. Access level: List. Resources: workload-estimate*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_AWSBCMPricingCalculator_ListWorkloadEstimateUsage.html */
  ListWorkloadEstimateUsage: "L|||2;1;|||;",
  /** Grants permission to list workload estimates. Access level: List. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_AWSBCMPricingCalculator_ListWorkloadEstimates.html */
  ListWorkloadEstimates: "L||||||;",
  /** Grants permission to add a tag to a resource. Access level: Tagging. Resources: bill-scenario, workload-estimate. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_AWSBCMPricingCalculator_TagResource.html */
  TagResource: "T|||1;0;1,2;0;1|0,2||CreateBillEstimate,CreateBillScenario,CreateWorkloadEstimate,;",
  /** Grants permission to remove a tag from a resource. Access level: Tagging. Resources: bill-scenario, workload-estimate. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_AWSBCMPricingCalculator_UntagResource.html */
  UntagResource: "T|||1;0;1,2;0;1|2||;",
  /** Grants permission to update bill estimate name and expiration date time. Access level: Write. Resources: bill-estimate*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_AWSBCMPricingCalculator_UpdateBillEstimate.html */
  UpdateBillEstimate: "W|||0;1;|||;",
  /** Grants permission to update name and expiration date time of the specified bill scenario. Access level: Write. Resources: bill-scenario*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_AWSBCMPricingCalculator_UpdateBillScenario.html */
  UpdateBillScenario: "W|||1;1;|||;",
  /** Grants permission to update commitment group of commitments in the specified bill scenario. Access level: Write. Resources: bill-scenario*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_AWSBCMPricingCalculator_BatchUpdateBillScenarioCommitmentModification.html */
  UpdateBillScenarioCommitmentModification: "W|||1;1;|||BatchUpdateBillScenarioCommitmentModification",
  /** Grants permission to update usage amount, usage hour, and usage group in the specified bill scenario. Access level: Write. Resources: bill-scenario*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_AWSBCMPricingCalculator_BatchUpdateBillScenarioUsageModification.html */
  UpdateBillScenarioUsageModification: "W|||1;1;|||BatchUpdateBillScenarioUsageModification",
  /** Grants permission to update rate type preferences for the account. Access level: Write. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_AWSBCMPricingCalculator_UpdatePreferences.html */
  UpdatePreferences: "W||||||;",
  /** Grants permission to update name and expiration date time of the specified workload estimate. Access level: Write. Resources: workload-estimate*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_AWSBCMPricingCalculator_UpdateWorkloadEstimate.html */
  UpdateWorkloadEstimate: "W|||2;1;|||;",
  /** Grants permission to update usage amount and usage group in the specified workload estimate based on the usage id. Access level: Write. Resources: workload-estimate*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_AWSBCMPricingCalculator_BatchUpdateWorkloadEstimateUsage.html */
  UpdateWorkloadEstimateUsage: "W|||2;1;|||BatchUpdateWorkloadEstimateUsage",
} as const;
const actionDetails = {
  CreateBillEstimate:
    "|,;~~~|Grants permission to create a new bill estimate. Charge is incurred for successful bill estimates",
  CreateBillScenario: "|,;~~~|Grants permission to create a new bill scenario",
  CreateBillScenarioCommitmentModification:
    "|,;~~~|Grants permission to create new commitments or remove existing commitment from a specified bill scenario",
  CreateBillScenarioUsageModification: "|,;~~~|Grants permission to create usage in the specified bill scenario",
  CreateWorkloadEstimate: "|,;~~~|Grants permission to create a new Workload estimate",
  CreateWorkloadEstimateUsage: "|,;~~~|Grants permission to create usage in the specified workload estimate",
  DeleteBillEstimate: "|,;~~~|Grants permission to delete bill estimate",
  DeleteBillScenario: "|,;~~~|Grants permission to delete a bill scenario",
  DeleteBillScenarioCommitmentModification:
    "|,;~~~|Grants permission to delete newly added commitments from the specified bill scenario",
  DeleteBillScenarioUsageModification:
    "|,;~~~|Grants permission to delete newly added usage from the specified bill scenario",
  DeleteWorkloadEstimate: "|,;~~~|Grants permission to delete the specified workload estimate",
  DeleteWorkloadEstimateUsage:
    "|,;~~~|Grants permission to delete newly added usage from the specified workload estimate",
  GetBillEstimate: "|,;~~~|Grants permission to retrieve details of a bill estimate including estimated cost",
  GetBillScenario: "|,;~~~|Grants permission to retrieve information associated with a bill scenario",
  GetPreferences: "|,;~~~|Grants permission to retrieve applicable rate type preferences for the account",
  GetWorkloadEstimate: "|,;~~~|Grants permission to retrieve information associated with a workload estimate",
  ListBillEstimateCommitments:
    "|,;~~~|Grants permission to list commitments associated with the specified bill estimate",
  ListBillEstimateInputCommitmentModifications:
    "|,;~~~|Grants permission to list added or removed commitments for a specified bill estimate",
  ListBillEstimateInputUsageModifications:
    "|,;~~~|Grants permission to list added or modified usage for a specified bill estimate",
  ListBillEstimateLineItems: "|,;~~~|Grants permission to list result line items for a specified bill estimate",
  ListBillEstimates: "|,;~~~|Grants permission to list bill estimates",
  ListBillScenarioCommitmentModifications: "|,;~~~|Grants permission to list commitments included in a bill scenario",
  ListBillScenarioUsageModifications: "|,;~~~|Grants permission to list usage lines of a specified bill scenario",
  ListBillScenarios: "|,;~~~|Grants permission to list bill scenarios",
  ListTagsForResource: "|,;~~~|Grants permission to return a list of tags for a resource",
  ListWorkloadEstimateUsage: "|,;~~~|Grants permission to list usage lines for the specified workload estimate",
  ListWorkloadEstimates: "|,;~~~|Grants permission to list workload estimates",
  TagResource: "|,;~~~,~~,~~,~~|Grants permission to add a tag to a resource",
  UntagResource: "|,;~~~|Grants permission to remove a tag from a resource",
  UpdateBillEstimate: "|,;~~~|Grants permission to update bill estimate name and expiration date time",
  UpdateBillScenario: "|,;~~~|Grants permission to update name and expiration date time of the specified bill scenario",
  UpdateBillScenarioCommitmentModification:
    "|,;~~~|Grants permission to update commitment group of commitments in the specified bill scenario",
  UpdateBillScenarioUsageModification:
    "|,;~~~|Grants permission to update usage amount, usage hour, and usage group in the specified bill scenario",
  UpdatePreferences: "|,;~~~|Grants permission to update rate type preferences for the account",
  UpdateWorkloadEstimate:
    "|,;~~~|Grants permission to update name and expiration date time of the specified workload estimate",
  UpdateWorkloadEstimateUsage:
    "|,;~~~|Grants permission to update usage amount and usage group in the specified workload estimate based on the usage id",
};
const resourceTypeFacts = {
  /** The bill-estimate resource type: arn:${Partition}:bcm-pricing-calculator::${Account}:bill-estimate/${BillEstimateId} */
  "bill-estimate": "|,billEstimate|",
  /** The bill-scenario resource type: arn:${Partition}:bcm-pricing-calculator::${Account}:bill-scenario/${BillScenarioId} */
  "bill-scenario": "|,billScenario|1",
  /** The workload-estimate resource type: arn:${Partition}:bcm-pricing-calculator::${Account}:workload-estimate/${WorkloadEstimateId} */
  "workload-estimate": "|,workloadEstimate|1",
} as const;
const arnFormats = {
  /** ARN of a bill-estimate resource: arn:${Partition}:bcm-pricing-calculator::${Account}:bill-estimate/${BillEstimateId}. */
  billEstimate: "|,bill-estimate|arn:|Partition|:bcm-pricing-calculator::|Account|:bill-estimate/|BillEstimateId|",
  /** ARN of a bill-scenario resource: arn:${Partition}:bcm-pricing-calculator::${Account}:bill-scenario/${BillScenarioId}. */
  billScenario: "|,bill-scenario|arn:|Partition|:bcm-pricing-calculator::|Account|:bill-scenario/|BillScenarioId|",
  /** ARN of a workload-estimate resource: arn:${Partition}:bcm-pricing-calculator::${Account}:workload-estimate/${WorkloadEstimateId}. */
  workloadEstimate:
    "|,workload-estimate|arn:|Partition|:bcm-pricing-calculator::|Account|:workload-estimate/|WorkloadEstimateId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["bill-estimate", "bill-scenario", "workload-estimate"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "bcm-pricing-calculator">;
/** Any bcm-pricing-calculator action. */
export type Action = ActionOf<typeof actionFacts, "bcm-pricing-calculator">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "bcm-pricing-calculator">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "bcm-pricing-calculator" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every bcm-pricing-calculator action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "bcm-pricing-calculator",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
