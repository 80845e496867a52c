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
export const prefix: "compute-optimizer" = "compute-optimizer";
/** The service's name in the reference. */
export const serviceName: "AWS Compute Optimizer" = "AWS Compute Optimizer";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Compute Optimizer",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awscomputeoptimizer.html",
  },
];
const conditionKeyList = ["compute-optimizer:ResourceType"] as const;
const dependentActionList = [
  "autoscaling:DescribeAutoScalingGroups",
  "autoscaling:DescribeAutoScalingInstances",
  "ec2:DescribeInstances",
  "ec2:DescribeVolumes",
  "ecs:ListClusters",
  "ecs:ListServices",
  "lambda:ListFunctions",
  "lambda:ListProvisionedConcurrencyConfigs",
  "rds:DescribeDBClusters",
  "rds:DescribeDBInstances",
] as const;
const actionFacts = {
  /** Grants permission to delete recommendation preferences. Access level: Write. https://docs.aws.amazon.com/compute-optimizer/latest/APIReference/API_DeleteRecommendationPreferences.html */
  DeleteRecommendationPreferences: "W||||0|0,2,8,9|;",
  /** Grants permission to view the status of recommendation export jobs. Access level: List. https://docs.aws.amazon.com/compute-optimizer/latest/APIReference/API_DescribeRecommendationExportJobs.html */
  DescribeRecommendationExportJobs: "L||||||;",
  /** Grants permission to export AutoScaling group recommendations to S3 for the provided accounts. Access level: Write. https://docs.aws.amazon.com/compute-optimizer/latest/APIReference/API_ExportAutoScalingGroupRecommendations.html */
  ExportAutoScalingGroupRecommendations: "W|||||0,compute-optimizer:GetAutoScalingGroupRecommendations|;",
  /** Grants permission to export EBS volume recommendations to S3 for the provided accounts. Access level: Write. https://docs.aws.amazon.com/compute-optimizer/latest/APIReference/API_ExportEBSVolumeRecommendations.html */
  ExportEBSVolumeRecommendations: "W|||||compute-optimizer:GetEBSVolumeRecommendations,3|;",
  /** Grants permission to export EC2 instance recommendations to S3 for the provided accounts. Access level: Write. https://docs.aws.amazon.com/compute-optimizer/latest/APIReference/API_ExportEC2InstanceRecommendations.html */
  ExportEC2InstanceRecommendations: "W|||||compute-optimizer:GetEC2InstanceRecommendations,2|;",
  /** Grants permission to export ECS service recommendations to S3 for the provided accounts. Access level: Write. https://docs.aws.amazon.com/compute-optimizer/latest/APIReference/API_ExportECSServiceRecommendations.html */
  ExportECSServiceRecommendations: "W|||||compute-optimizer:GetECSServiceRecommendations,4,5|;",
  /** Grants permission to export idle recommendations to S3 for the provided accounts. Access level: Write. https://docs.aws.amazon.com/compute-optimizer/latest/APIReference/API_ExportIdleRecommendations.html */
  ExportIdleRecommendations: "W|||||compute-optimizer:GetIdleRecommendations|;",
  /** Grants permission to export Lambda function recommendations to S3 for the provided accounts. Access level: Write. https://docs.aws.amazon.com/compute-optimizer/latest/APIReference/API_ExportLambdaFunctionRecommendations.html */
  ExportLambdaFunctionRecommendations: "W|||||compute-optimizer:GetLambdaFunctionRecommendations,6,7|;",
  /** Grants permission to export license recommendations to S3 for the provided account(s). Access level: Write. https://docs.aws.amazon.com/compute-optimizer/latest/APIReference/API_ExportLicenseRecommendations.html */
  ExportLicenseRecommendations: "W|||||compute-optimizer:GetLicenseRecommendations,2|;",
  /** Grants permission to export rds recommendations to S3 for the provided accounts. Access level: Write. https://docs.aws.amazon.com/compute-optimizer/latest/APIReference/API_ExportRDSDatabaseRecommendations.html */
  ExportRDSDatabaseRecommendations: "W|||||compute-optimizer:GetRDSDatabaseRecommendations,8,9|;",
  /** Grants permission to get recommendations for the provided AutoScaling groups. Access level: List. https://docs.aws.amazon.com/compute-optimizer/latest/APIReference/API_GetAutoScalingGroupRecommendations.html */
  GetAutoScalingGroupRecommendations: "L|||||0|ExportAutoScalingGroupRecommendations,;",
  /** Grants permission to get recommendations for the provided EBS volumes. Access level: List. https://docs.aws.amazon.com/compute-optimizer/latest/APIReference/API_GetEBSVolumeRecommendations.html */
  GetEBSVolumeRecommendations: "L|||||3|ExportEBSVolumeRecommendations,;",
  /** Grants permission to get recommendations for the provided EC2 instances. Access level: List. https://docs.aws.amazon.com/compute-optimizer/latest/APIReference/API_GetEC2InstanceRecommendations.html */
  GetEC2InstanceRecommendations: "L|||||2|ExportEC2InstanceRecommendations,;",
  /** Grants permission to get the recommendation projected metrics of the specified instance. Access level: List. https://docs.aws.amazon.com/compute-optimizer/latest/APIReference/API_GetEC2RecommendationProjectedMetrics.html */
  GetEC2RecommendationProjectedMetrics: "L|||||2|;",
  /** Grants permission to get the recommendation projected metrics of the specified ECS service. Access level: List. https://docs.aws.amazon.com/compute-optimizer/latest/APIReference/API_GetECSServiceRecommendationProjectedMetrics.html */
  GetECSServiceRecommendationProjectedMetrics: "L||||||;",
  /** Grants permission to get recommendations for the provided ECS services. Access level: List. https://docs.aws.amazon.com/compute-optimizer/latest/APIReference/API_GetECSServiceRecommendations.html */
  GetECSServiceRecommendations: "L|||||4,5|ExportECSServiceRecommendations,;",
  /** Grants permission to get recommendation preferences that are in effect. Access level: Read. https://docs.aws.amazon.com/compute-optimizer/latest/APIReference/API_GetEffectiveRecommendationPreferences.html */
  GetEffectiveRecommendationPreferences: "R||||0|0,1,2,8,9|;",
  /** Grants permission to get the enrollment status for the specified account. Access level: List. https://docs.aws.amazon.com/compute-optimizer/latest/APIReference/API_GetEnrollmentStatus.html */
  GetEnrollmentStatus: "L||||||;",
  /** Grants permission to get the enrollment statuses for member accounts of the organization. Access level: List. https://docs.aws.amazon.com/compute-optimizer/latest/APIReference/API_GetEnrollmentStatusesForOrganization.html */
  GetEnrollmentStatusesForOrganization: "L|||||organizations:ListAccounts|;",
  /** Grants permission to get idle recommendations for the specified account(s). Access level: List. https://docs.aws.amazon.com/compute-optimizer/latest/APIReference/API_GetIdleRecommendations.html */
  GetIdleRecommendations: "L||||||ExportIdleRecommendations,;",
  /** Grants permission to get recommendations for the provided Lambda functions. Access level: List. https://docs.aws.amazon.com/compute-optimizer/latest/APIReference/API_GetLambdaFunctionRecommendations.html */
  GetLambdaFunctionRecommendations: "L|||||6,7|ExportLambdaFunctionRecommendations,;",
  /** Grants permission to get license recommendations for the specified account(s). Access level: List. https://docs.aws.amazon.com/compute-optimizer/latest/APIReference/API_GetLicenseRecommendations.html */
  GetLicenseRecommendations: "L|||||2|ExportLicenseRecommendations,;",
  /** Grants permission to get the recommendation projected metrics of the specified instance. Access level: List. https://docs.aws.amazon.com/compute-optimizer/latest/APIReference/API_GetRDSDatabaseRecommendationProjectedMetrics.html */
  GetRDSDatabaseRecommendationProjectedMetrics: "L|||||8,9|;",
  /** Grants permission to get rds recommendations for the specified account(s). Access level: List. https://docs.aws.amazon.com/compute-optimizer/latest/APIReference/API_GetRDSDatabaseRecommendations.html */
  GetRDSDatabaseRecommendations: "L|||||8,9|ExportRDSDatabaseRecommendations,;",
  /** Grants permission to get recommendation preferences. Access level: Read. https://docs.aws.amazon.com/compute-optimizer/latest/APIReference/API_GetRecommendationPreferences.html */
  GetRecommendationPreferences: "R||||0||;",
  /** Grants permission to get the recommendation summaries for the specified account(s). Access level: List. https://docs.aws.amazon.com/compute-optimizer/latest/APIReference/API_GetRecommendationSummaries.html */
  GetRecommendationSummaries: "L||||||;",
  /** Grants permission to put recommendation preferences. Access level: Write. https://docs.aws.amazon.com/compute-optimizer/latest/APIReference/API_PutRecommendationPreferences.html */
  PutRecommendationPreferences: "W||||0|0,1,2,8,9|;",
  /** Grants permission to update the enrollment status. Access level: Write. https://docs.aws.amazon.com/compute-optimizer/latest/APIReference/API_UpdateEnrollmentStatus.html */
  UpdateEnrollmentStatus: "W||||||;",
} as const;
const actionDetails = {
  DeleteRecommendationPreferences: "|,;~~~|Grants permission to delete recommendation preferences",
  DescribeRecommendationExportJobs: "|,;~~~|Grants permission to view the status of recommendation export jobs",
  ExportAutoScalingGroupRecommendations:
    "|,;~~~|Grants permission to export AutoScaling group recommendations to S3 for the provided accounts",
  ExportEBSVolumeRecommendations:
    "|,;~~~|Grants permission to export EBS volume recommendations to S3 for the provided accounts",
  ExportEC2InstanceRecommendations:
    "|,;~~~|Grants permission to export EC2 instance recommendations to S3 for the provided accounts",
  ExportECSServiceRecommendations:
    "|,;~~~|Grants permission to export ECS service recommendations to S3 for the provided accounts",
  ExportIdleRecommendations: "|,;~~~|Grants permission to export idle recommendations to S3 for the provided accounts",
  ExportLambdaFunctionRecommendations:
    "|,;~~~|Grants permission to export Lambda function recommendations to S3 for the provided accounts",
  ExportLicenseRecommendations:
    "|,;~~~|Grants permission to export license recommendations to S3 for the provided account(s)",
  ExportRDSDatabaseRecommendations:
    "|,;~~~|Grants permission to export rds recommendations to S3 for the provided accounts",
  GetAutoScalingGroupRecommendations:
    "|,;~~~,~~|Grants permission to get recommendations for the provided AutoScaling groups",
  GetEBSVolumeRecommendations: "|,;~~~,~~|Grants permission to get recommendations for the provided EBS volumes",
  GetEC2InstanceRecommendations: "|,;~~~,~~|Grants permission to get recommendations for the provided EC2 instances",
  GetEC2RecommendationProjectedMetrics:
    "|,;~~~|Grants permission to get the recommendation projected metrics of the specified instance",
  GetECSServiceRecommendationProjectedMetrics:
    "|,;~~~|Grants permission to get the recommendation projected metrics of the specified ECS service",
  GetECSServiceRecommendations: "|,;~~~,~~|Grants permission to get recommendations for the provided ECS services",
  GetEffectiveRecommendationPreferences:
    "|,;~~~|Grants permission to get recommendation preferences that are in effect",
  GetEnrollmentStatus: "|,;~~~|Grants permission to get the enrollment status for the specified account",
  GetEnrollmentStatusesForOrganization:
    "|,;~~~|Grants permission to get the enrollment statuses for member accounts of the organization",
  GetIdleRecommendations: "|,;~~~,~~|Grants permission to get idle recommendations for the specified account(s)",
  GetLambdaFunctionRecommendations:
    "|,;~~~,~~|Grants permission to get recommendations for the provided Lambda functions",
  GetLicenseRecommendations: "|,;~~~,~~|Grants permission to get license recommendations for the specified account(s)",
  GetRDSDatabaseRecommendationProjectedMetrics:
    "|,;~~~|Grants permission to get the recommendation projected metrics of the specified instance",
  GetRDSDatabaseRecommendations: "|,;~~~,~~|Grants permission to get rds recommendations for the specified account(s)",
  GetRecommendationPreferences: "|,;~~~|Grants permission to get recommendation preferences",
  GetRecommendationSummaries:
    "|,;~~~|Grants permission to get the recommendation summaries for the specified account(s)",
  PutRecommendationPreferences: "|,;~~~|Grants permission to put recommendation preferences",
  UpdateEnrollmentStatus: "|,;~~~|Grants permission to update the enrollment status",
};
const resourceTypeFacts = {} as const;
const arnFormats = {} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "compute-optimizer">;
/** Any compute-optimizer action. */
export type Action = ActionOf<typeof actionFacts, "compute-optimizer">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "compute-optimizer">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "compute-optimizer" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every compute-optimizer action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the resource type. */
  "compute-optimizer:ResourceType": "String";
}

/** Condition key -> value type. */
export type ConditionKeys = ConditionKeysOf<ConditionKeyTypes>;

/** Condition key with a placeholder, as the reference writes it -> its template-literal key. */
export interface ConditionKeyPatterns {}

/** A condition key as the reference writes it. */
export type ConditionKeyName = (typeof conditionKeyList)[number];
/** Condition key -> description, types, deprecation. */
export type ConditionKeyInfos = { readonly [K in ConditionKeyName]: ConditionKeyInfo };
const conditionKeyRows: { readonly [K in ConditionKeyName]: string } = {
  "compute-optimizer:ResourceType": "|,String|0||Filters access by the resource type",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "compute-optimizer",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
