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
export const prefix: "machinelearning" = "machinelearning";
/** The service's name in the reference. */
export const serviceName: "Amazon Machine Learning" = "Amazon Machine Learning";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Machine Learning",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonmachinelearning.html",
  },
];
const conditionKeyList = [] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Adds one or more tags to an object, up to a limit of 10. Each tag consists of a key and an optional value. Access level: Tagging. Resources: batchprediction, datasource, evaluation, mlmodel. https://docs.aws.amazon.com/machine-learning/latest/APIReference/API_AddTags.html */
  AddTags: "T|||0;0;,1;0;,2;0;,3;0;|||",
  /** Generates predictions for a group of observations. Access level: Write. Resources: batchprediction*, datasource*, mlmodel*. https://docs.aws.amazon.com/machine-learning/latest/APIReference/API_CreateBatchPrediction.html */
  CreateBatchPrediction: "W|||0;1;,1;1;,3;1;|||;",
  /** Creates a DataSource object from an Amazon RDS. Access level: Write. Resources: datasource*. https://docs.aws.amazon.com/machine-learning/latest/APIReference/API_CreateDataSourceFromRDS.html */
  CreateDataSourceFromRDS: "W|||1;1;|||",
  /** Creates a DataSource from a database hosted on an Amazon Redshift cluster. Access level: Write. Resources: datasource*. https://docs.aws.amazon.com/machine-learning/latest/APIReference/API_CreateDataSourceFromRedshift.html */
  CreateDataSourceFromRedshift: "W|||1;1;|||",
  /** Creates a DataSource object from S3. Access level: Write. Resources: datasource*. https://docs.aws.amazon.com/machine-learning/latest/APIReference/API_CreateDataSourceFromS3.html */
  CreateDataSourceFromS3: "W|||1;1;|||;",
  /** Creates a new Evaluation of an MLModel. Access level: Write. Resources: datasource*, evaluation*, mlmodel*. https://docs.aws.amazon.com/machine-learning/latest/APIReference/API_CreateEvaluation.html */
  CreateEvaluation: "W|||1;1;,2;1;,3;1;|||;",
  /** Creates a new MLModel. Access level: Write. Resources: datasource*, mlmodel*. https://docs.aws.amazon.com/machine-learning/latest/APIReference/API_CreateMLModel.html */
  CreateMLModel: "W|||1;1;,3;1;|||;",
  /** Creates a real-time endpoint for the MLModel. Access level: Write. Resources: mlmodel*. https://docs.aws.amazon.com/machine-learning/latest/APIReference/API_CreateRealtimeEndpoint.html */
  CreateRealtimeEndpoint: "W|||3;1;|||;",
  /** Assigns the DELETED status to a BatchPrediction, rendering it unusable. Access level: Write. Resources: batchprediction*. https://docs.aws.amazon.com/machine-learning/latest/APIReference/API_DeleteBatchPrediction.html */
  DeleteBatchPrediction: "W|||0;1;|||;",
  /** Assigns the DELETED status to a DataSource, rendering it unusable. Access level: Write. Resources: datasource*. https://docs.aws.amazon.com/machine-learning/latest/APIReference/API_DeleteDataSource.html */
  DeleteDataSource: "W|||1;1;|||;",
  /** Assigns the DELETED status to an Evaluation, rendering it unusable. Access level: Write. Resources: evaluation*. https://docs.aws.amazon.com/machine-learning/latest/APIReference/API_DeleteEvaluation.html */
  DeleteEvaluation: "W|||2;1;|||;",
  /** Assigns the DELETED status to an MLModel, rendering it unusable. Access level: Write. Resources: mlmodel*. https://docs.aws.amazon.com/machine-learning/latest/APIReference/API_DeleteMLModel.html */
  DeleteMLModel: "W|||3;1;|||;",
  /** Deletes a real time endpoint of an MLModel. Access level: Write. Resources: mlmodel*. https://docs.aws.amazon.com/machine-learning/latest/APIReference/API_DeleteRealtimeEndpoint.html */
  DeleteRealtimeEndpoint: "W|||3;1;|||;",
  /** Deletes the specified tags associated with an ML object. After this operation is complete, you can't recover deleted tags. Access level: Tagging. Resources: batchprediction, datasource, evaluation, mlmodel. https://docs.aws.amazon.com/machine-learning/latest/APIReference/API_DeleteTags.html */
  DeleteTags: "T|||0;0;,1;0;,2;0;,3;0;|||",
  /** Returns a list of BatchPrediction operations that match the search criteria in the request. Access level: List. https://docs.aws.amazon.com/machine-learning/latest/APIReference/API_DescribeBatchPredictions.html */
  DescribeBatchPredictions: "L||||||;",
  /** Returns a list of DataSource that match the search criteria in the request. Access level: List. https://docs.aws.amazon.com/machine-learning/latest/APIReference/API_DescribeDataSources.html */
  DescribeDataSources: "L||||||;",
  /** Returns a list of DescribeEvaluations that match the search criteria in the request. Access level: List. https://docs.aws.amazon.com/machine-learning/latest/APIReference/API_DescribeEvaluations.html */
  DescribeEvaluations: "L||||||;",
  /** Returns a list of MLModel that match the search criteria in the request. Access level: List. https://docs.aws.amazon.com/machine-learning/latest/APIReference/API_DescribeMLModels.html */
  DescribeMLModels: "L||||||;",
  /** Describes one or more of the tags for your Amazon ML object. Access level: List. Resources: batchprediction, datasource, evaluation, mlmodel. https://docs.aws.amazon.com/machine-learning/latest/APIReference/API_DescribeTags.html */
  DescribeTags: "L|||0;0;,1;0;,2;0;,3;0;|||;",
  /** Returns a BatchPrediction that includes detailed metadata, status, and data file information. Access level: Read. Resources: batchprediction*. https://docs.aws.amazon.com/machine-learning/latest/APIReference/API_GetBatchPrediction.html */
  GetBatchPrediction: "R|||0;1;|||;",
  /** Returns a DataSource that includes metadata and data file information, as well as the current status of the DataSource. Access level: Read. Resources: datasource*. https://docs.aws.amazon.com/machine-learning/latest/APIReference/API_GetDataSource.html */
  GetDataSource: "R|||1;1;|||;",
  /** Returns an Evaluation that includes metadata as well as the current status of the Evaluation. Access level: Read. Resources: datasource*. https://docs.aws.amazon.com/machine-learning/latest/APIReference/API_GetEvaluation.html */
  GetEvaluation: "R|||1;1;|||;",
  /** Returns an MLModel that includes detailed metadata, and data source information as well as the current status of the MLModel. Access level: Read. Resources: mlmodel*. https://docs.aws.amazon.com/machine-learning/latest/APIReference/API_GetMLModel.html */
  GetMLModel: "R|||3;1;|||;",
  /** Generates a prediction for the observation using the specified ML Model. Access level: Write. Resources: mlmodel*. https://docs.aws.amazon.com/machine-learning/latest/APIReference/API_Predict.html */
  Predict: "W|||3;1;|||;",
  /** Updates the BatchPredictionName of a BatchPrediction. Access level: Write. Resources: batchprediction*. https://docs.aws.amazon.com/machine-learning/latest/APIReference/API_UpdateBatchPrediction.html */
  UpdateBatchPrediction: "W|||0;1;|||",
  /** Updates the DataSourceName of a DataSource. Access level: Write. Resources: datasource*. https://docs.aws.amazon.com/machine-learning/latest/APIReference/API_UpdateDataSource.html */
  UpdateDataSource: "W|||1;1;|||",
  /** Updates the EvaluationName of an Evaluation. Access level: Write. Resources: evaluation*. https://docs.aws.amazon.com/machine-learning/latest/APIReference/API_UpdateEvaluation.html */
  UpdateEvaluation: "W|||2;1;|||",
  /** Updates the MLModelName and the ScoreThreshold of an MLModel. Access level: Write. Resources: mlmodel*. https://docs.aws.amazon.com/machine-learning/latest/APIReference/API_UpdateMLModel.html */
  UpdateMLModel: "W|||3;1;|||",
} as const;
const actionDetails = {
  AddTags:
    "|,;~|Adds one or more tags to an object, up to a limit of 10. Each tag consists of a key and an optional value",
  CreateBatchPrediction: "|,;~~~|Generates predictions for a group of observations",
  CreateDataSourceFromRDS: "|,;~|Creates a DataSource object from an Amazon RDS",
  CreateDataSourceFromRedshift: "|,;~|Creates a DataSource from a database hosted on an Amazon Redshift cluster",
  CreateDataSourceFromS3: "|,;~~~|Creates a DataSource object from S3",
  CreateEvaluation: "|,;~~~|Creates a new Evaluation of an MLModel",
  CreateMLModel: "|,;~~~|Creates a new MLModel",
  CreateRealtimeEndpoint: "|,;~~~|Creates a real-time endpoint for the MLModel",
  DeleteBatchPrediction: "|,;~~~|Assigns the DELETED status to a BatchPrediction, rendering it unusable",
  DeleteDataSource: "|,;~~~|Assigns the DELETED status to a DataSource, rendering it unusable",
  DeleteEvaluation: "|,;~~~|Assigns the DELETED status to an Evaluation, rendering it unusable",
  DeleteMLModel: "|,;~~~|Assigns the DELETED status to an MLModel, rendering it unusable",
  DeleteRealtimeEndpoint: "|,;~~~|Deletes a real time endpoint of an MLModel",
  DeleteTags:
    "|,;~|Deletes the specified tags associated with an ML object. After this operation is complete, you can't recover deleted tags",
  DescribeBatchPredictions:
    "|,;~~~|Returns a list of BatchPrediction operations that match the search criteria in the request",
  DescribeDataSources: "|,;~~~|Returns a list of DataSource that match the search criteria in the request",
  DescribeEvaluations: "|,;~~~|Returns a list of DescribeEvaluations that match the search criteria in the request",
  DescribeMLModels: "|,;~~~|Returns a list of MLModel that match the search criteria in the request",
  DescribeTags: "|,;~~~|Describes one or more of the tags for your Amazon ML object",
  GetBatchPrediction:
    "|,;~~~|Returns a BatchPrediction that includes detailed metadata, status, and data file information",
  GetDataSource:
    "|,;~~~|Returns a DataSource that includes metadata and data file information, as well as the current status of the DataSource",
  GetEvaluation: "|,;~~~|Returns an Evaluation that includes metadata as well as the current status of the Evaluation",
  GetMLModel:
    "|,;~~~|Returns an MLModel that includes detailed metadata, and data source information as well as the current status of the MLModel",
  Predict: "|,;~~~|Generates a prediction for the observation using the specified ML Model",
  UpdateBatchPrediction: "|,;~|Updates the BatchPredictionName of a BatchPrediction",
  UpdateDataSource: "|,;~|Updates the DataSourceName of a DataSource",
  UpdateEvaluation: "|,;~|Updates the EvaluationName of an Evaluation",
  UpdateMLModel: "|,;~|Updates the MLModelName and the ScoreThreshold of an MLModel",
};
const resourceTypeFacts = {
  /** The batchprediction resource type: arn:${Partition}:machinelearning:${Region}:${Account}:batchprediction/${BatchPredictionId} */
  batchprediction: "|,|",
  /** The datasource resource type: arn:${Partition}:machinelearning:${Region}:${Account}:datasource/${DatasourceId} */
  datasource: "|,|",
  /** The evaluation resource type: arn:${Partition}:machinelearning:${Region}:${Account}:evaluation/${EvaluationId} */
  evaluation: "|,|",
  /** The mlmodel resource type: arn:${Partition}:machinelearning:${Region}:${Account}:mlmodel/${MlModelId} */
  mlmodel: "|,|",
} as const;
const arnFormats = {
  /** ARN of a batchprediction resource: arn:${Partition}:machinelearning:${Region}:${Account}:batchprediction/${BatchPredictionId}. */
  batchprediction:
    "|,batchprediction|arn:|Partition|:machinelearning:|Region|:|Account|:batchprediction/|BatchPredictionId|",
  /** ARN of a datasource resource: arn:${Partition}:machinelearning:${Region}:${Account}:datasource/${DatasourceId}. */
  datasource: "|,datasource|arn:|Partition|:machinelearning:|Region|:|Account|:datasource/|DatasourceId|",
  /** ARN of a evaluation resource: arn:${Partition}:machinelearning:${Region}:${Account}:evaluation/${EvaluationId}. */
  evaluation: "|,evaluation|arn:|Partition|:machinelearning:|Region|:|Account|:evaluation/|EvaluationId|",
  /** ARN of a mlmodel resource: arn:${Partition}:machinelearning:${Region}:${Account}:mlmodel/${MlModelId}. */
  mlmodel: "|,mlmodel|arn:|Partition|:machinelearning:|Region|:|Account|:mlmodel/|MlModelId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["batchprediction", "datasource", "evaluation", "mlmodel"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "machinelearning">;
/** Any machinelearning action. */
export type Action = ActionOf<typeof actionFacts, "machinelearning">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "machinelearning">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "machinelearning" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every machinelearning action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "machinelearning",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
