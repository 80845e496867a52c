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
export const prefix: "sagemaker-mlflow" = "sagemaker-mlflow";
/** The service's name in the reference. */
export const serviceName: "Amazon SageMaker with MLflow" = "Amazon SageMaker with MLflow";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon SageMaker with MLflow",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonsagemakerwithmlflow.html",
  },
];
const conditionKeyList = ["aws:ResourceTag/${TagKey}"] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to access the MLflow UI. Access level: Read. ${APIReferenceDocPage} */
  AccessUI: "R||||||",
  /** Grants permission to create an MLflow experiment. Access level: Write. Resources: mlflow-tracking-server*. ${APIReferenceDocPage} */
  CreateExperiment: "W|||0;1;0|||",
  /** Grants permission to create a new model version. Access level: Write. Resources: mlflow-tracking-server*. ${APIReferenceDocPage} */
  CreateModelVersion: "W|||0;1;0|||",
  /** Grants permission to create a registered model. Access level: Write. Resources: mlflow-tracking-server*. ${APIReferenceDocPage} */
  CreateRegisteredModel: "W|||0;1;0|||",
  /** Grants permission to create a new run within an experiment. Access level: Write. Resources: mlflow-tracking-server*. ${APIReferenceDocPage} */
  CreateRun: "W|||0;1;0|||",
  /** Grants permission to mark an MLflow experiment for deletion. Access level: Write. Resources: mlflow-tracking-server*. ${APIReferenceDocPage} */
  DeleteExperiment: "W|||0;1;0|||",
  /** Grants permission to delete a logged model in MLflow. Access level: Write. Resources: mlflow-tracking-server*. ${APIReferenceDocPage} */
  DeleteLoggedModel: "W|||0;1;0|||",
  /** Grants permission to delete a tag for a logged model in MLflow. Access level: Write. Resources: mlflow-tracking-server*. ${APIReferenceDocPage} */
  DeleteLoggedModelTag: "W|||0;1;0|||",
  /** Grants permission to delete a model version. Access level: Write. Resources: mlflow-tracking-server*. ${APIReferenceDocPage} */
  DeleteModelVersion: "W|||0;1;0|||",
  /** Grants permission to delete a model version tag. Access level: Write. Resources: mlflow-tracking-server*. ${APIReferenceDocPage} */
  DeleteModelVersionTag: "W|||0;1;0|||",
  /** Grants permission to delete a registered model. Access level: Write. Resources: mlflow-tracking-server*. ${APIReferenceDocPage} */
  DeleteRegisteredModel: "W|||0;1;0|||",
  /** Grants permission to delete a registered model alias. Access level: Write. Resources: mlflow-tracking-server*. ${APIReferenceDocPage} */
  DeleteRegisteredModelAlias: "W|||0;1;0|||",
  /** Grants permission to delete a registered model tag. Access level: Write. Resources: mlflow-tracking-server*. ${APIReferenceDocPage} */
  DeleteRegisteredModelTag: "W|||0;1;0|||",
  /** Grants permission to mark a run for deletion. Access level: Write. Resources: mlflow-tracking-server*. ${APIReferenceDocPage} */
  DeleteRun: "W|||0;1;0|||",
  /** Grants permission to delete a tag on a run. Access level: Write. Resources: mlflow-tracking-server*. ${APIReferenceDocPage} */
  DeleteTag: "W|||0;1;0|||",
  /** Grants permission to delete a trace tag in MLflow. Access level: Write. Resources: mlflow-tracking-server*. ${APIReferenceDocPage} */
  DeleteTraceTag: "W|||0;1;0|||",
  /** Grants permission to delete traces in MLflow. Access level: Write. Resources: mlflow-tracking-server*. ${APIReferenceDocPage} */
  DeleteTraces: "W|||0;1;0|||",
  /** Grants permission to end a trace in MLflow. Access level: Write. Resources: mlflow-tracking-server*. ${APIReferenceDocPage} */
  EndTrace: "W|||0;1;0|||",
  /** Grants permission to set status for a logged model in MLflow. Access level: Write. Resources: mlflow-tracking-server*. ${APIReferenceDocPage} */
  FinalizeLoggedModel: "W|||0;1;0|||",
  /** Grants permission to get a URI to download model artifacts for a specific model version. Access level: Read. Resources: mlflow-tracking-server*. ${APIReferenceDocPage} */
  GetDownloadURIForModelVersionArtifacts: "R|||0;1;0|||",
  /** Grants permission to get metadata for an MLflow experiment. Access level: Read. Resources: mlflow-tracking-server*. ${APIReferenceDocPage} */
  GetExperiment: "R|||0;1;0|||",
  /** Grants permission to get metadata for an MLflow experiment by name. Access level: Read. Resources: mlflow-tracking-server*. ${APIReferenceDocPage} */
  GetExperimentByName: "R|||0;1;0|||",
  /** Grants permission to get the latest model versions. Access level: List. Resources: mlflow-tracking-server*. ${APIReferenceDocPage} */
  GetLatestModelVersions: "L|||0;1;0|||",
  /** Grants permission to get a logged model in MLflow. Access level: Read. Resources: mlflow-tracking-server*. ${APIReferenceDocPage} */
  GetLoggedModel: "R|||0;1;0|||",
  /** Grants permission to get a list of all values for the specified metric for a given run. Access level: Read. Resources: mlflow-tracking-server*. ${APIReferenceDocPage} */
  GetMetricHistory: "R|||0;1;0|||",
  /** Grants permission to get a model version by model name and version. Access level: Read. Resources: mlflow-tracking-server*. ${APIReferenceDocPage} */
  GetModelVersion: "R|||0;1;0|||",
  /** Grants permission to get model version by alias in MLflow. Access level: Read. Resources: mlflow-tracking-server*. ${APIReferenceDocPage} */
  GetModelVersionByAlias: "R|||0;1;0|||",
  /** Grants permission to get a registered model. Access level: Read. Resources: mlflow-tracking-server*. ${APIReferenceDocPage} */
  GetRegisteredModel: "R|||0;1;0|||",
  /** Grants permission to get metadata, metrics, parameters, and tags for a run. Access level: Read. Resources: mlflow-tracking-server*. ${APIReferenceDocPage} */
  GetRun: "R|||0;1;0|||",
  /** Grants permission to get information about a trace in MLflow. Access level: Read. Resources: mlflow-tracking-server*. ${APIReferenceDocPage} */
  GetTraceInfo: "R|||0;1;0|||",
  /** Grants permission to list artifacts for a run. Access level: List. Resources: mlflow-tracking-server*. ${APIReferenceDocPage} */
  ListArtifacts: "L|||0;1;0|||",
  /** Grants permission to list artifacts for a logged model in MLflow. Access level: List. Resources: mlflow-tracking-server*. ${APIReferenceDocPage} */
  ListLoggedModelArtifacts: "L|||0;1;0|||",
  /** Grants permission to log a batch of metrics, parameters, and tags for a run. Access level: Write. Resources: mlflow-tracking-server*. ${APIReferenceDocPage} */
  LogBatch: "W|||0;1;0|||",
  /** Grants permission to log inputs for a run. Access level: Write. Resources: mlflow-tracking-server*. ${APIReferenceDocPage} */
  LogInputs: "W|||0;1;0|||",
  /** Grants permission to log params for a logged model in MLflow. Access level: Write. Resources: mlflow-tracking-server*. ${APIReferenceDocPage} */
  LogLoggedModelParams: "W|||0;1;0|||",
  /** Grants permission to log a metric for a run. Access level: Write. Resources: mlflow-tracking-server*. ${APIReferenceDocPage} */
  LogMetric: "W|||0;1;0|||",
  /** Grants permission to log the model associated with a run. Access level: Write. Resources: mlflow-tracking-server*. ${APIReferenceDocPage} */
  LogModel: "W|||0;1;0|||",
  /** Grants permission to log outputs, such as models, for a run in MLflow. Access level: Write. Resources: mlflow-tracking-server*. ${APIReferenceDocPage} */
  LogOutputs: "W|||0;1;0|||",
  /** Grants permission to log a parameter tracked during a run. Access level: Write. Resources: mlflow-tracking-server*. ${APIReferenceDocPage} */
  LogParam: "W|||0;1;0|||",
  /** Grants permission to rename a registered model. Access level: Write. Resources: mlflow-tracking-server*. ${APIReferenceDocPage} */
  RenameRegisteredModel: "W|||0;1;0|||",
  /** Grants permission to restore an experiment marked for deletion. Access level: Write. Resources: mlflow-tracking-server*. ${APIReferenceDocPage} */
  RestoreExperiment: "W|||0;1;0|||",
  /** Grants permission to restore a deleted run. Access level: Write. Resources: mlflow-tracking-server*. ${APIReferenceDocPage} */
  RestoreRun: "W|||0;1;0|||",
  /** Grants permission to search for MLflow experiments. Access level: Read. Resources: mlflow-tracking-server*. ${APIReferenceDocPage} */
  SearchExperiments: "R|||0;1;0|||",
  /** Grants permission to search for logged models in MLflow. Access level: Read. Resources: mlflow-tracking-server*. ${APIReferenceDocPage} */
  SearchLoggedModels: "R|||0;1;0|||",
  /** Grants permission to search for a model version. Access level: Read. Resources: mlflow-tracking-server*. ${APIReferenceDocPage} */
  SearchModelVersions: "R|||0;1;0|||",
  /** Grants permission to search for registered models in MLflow. Access level: Read. Resources: mlflow-tracking-server*. ${APIReferenceDocPage} */
  SearchRegisteredModels: "R|||0;1;0|||",
  /** Grants permission to search for runs that satisfy expressions. Access level: Read. Resources: mlflow-tracking-server*. ${APIReferenceDocPage} */
  SearchRuns: "R|||0;1;0|||",
  /** Grants permission to search for traces in MLflow. Access level: Read. Resources: mlflow-tracking-server*. ${APIReferenceDocPage} */
  SearchTraces: "R|||0;1;0|||",
  /** Grants permission to set a tag on an experiment. Access level: Write. Resources: mlflow-tracking-server*. ${APIReferenceDocPage} */
  SetExperimentTag: "W|||0;1;0|||",
  /** Grants permission to set tags for a logged model in MLflow. Access level: Write. Resources: mlflow-tracking-server*. ${APIReferenceDocPage} */
  SetLoggedModelTags: "W|||0;1;0|||",
  /** Grants permission to set a tag for the model version. Access level: Write. Resources: mlflow-tracking-server*. ${APIReferenceDocPage} */
  SetModelVersionTag: "W|||0;1;0|||",
  /** Grants permission to set a registered model alias. Access level: Write. Resources: mlflow-tracking-server*. ${APIReferenceDocPage} */
  SetRegisteredModelAlias: "W|||0;1;0|||",
  /** Grants permission to set a tag for a registered model. Access level: Write. Resources: mlflow-tracking-server*. ${APIReferenceDocPage} */
  SetRegisteredModelTag: "W|||0;1;0|||",
  /** Grants permission to set a tag on a run. Access level: Write. Resources: mlflow-tracking-server*. ${APIReferenceDocPage} */
  SetTag: "W|||0;1;0|||",
  /** Grants permission to set a trace tag in MLflow. Access level: Write. Resources: mlflow-tracking-server*. ${APIReferenceDocPage} */
  SetTraceTag: "W|||0;1;0|||",
  /** Grants permission to start a trace in MLflow. Access level: Write. Resources: mlflow-tracking-server*. ${APIReferenceDocPage} */
  StartTrace: "W|||0;1;0|||",
  /** Grants permission to transition a model version to a particular stage. Access level: Write. Resources: mlflow-tracking-server*. ${APIReferenceDocPage} */
  TransitionModelVersionStage: "W|||0;1;0|||",
  /** Grants permission to update the metadata for an MLflow experiment. Access level: Write. Resources: mlflow-tracking-server*. ${APIReferenceDocPage} */
  UpdateExperiment: "W|||0;1;0|||",
  /** Grants permission to update the model version. Access level: Write. Resources: mlflow-tracking-server*. ${APIReferenceDocPage} */
  UpdateModelVersion: "W|||0;1;0|||",
  /** Grants permission to update a registered model. Access level: Write. Resources: mlflow-tracking-server*. ${APIReferenceDocPage} */
  UpdateRegisteredModel: "W|||0;1;0|||",
  /** Grants permission to update run metadata. Access level: Write. Resources: mlflow-tracking-server*. ${APIReferenceDocPage} */
  UpdateRun: "W|||0;1;0|||",
} as const;
const actionDetails = {
  AccessUI: "|,;~|Grants permission to access the MLflow UI",
  CreateExperiment: "|,;~|Grants permission to create an MLflow experiment",
  CreateModelVersion: "|,;~|Grants permission to create a new model version",
  CreateRegisteredModel: "|,;~|Grants permission to create a registered model",
  CreateRun: "|,;~|Grants permission to create a new run within an experiment",
  DeleteExperiment: "|,;~|Grants permission to mark an MLflow experiment for deletion",
  DeleteLoggedModel: "|,;~|Grants permission to delete a logged model in MLflow",
  DeleteLoggedModelTag: "|,;~|Grants permission to delete a tag for a logged model in MLflow",
  DeleteModelVersion: "|,;~|Grants permission to delete a model version",
  DeleteModelVersionTag: "|,;~|Grants permission to delete a model version tag",
  DeleteRegisteredModel: "|,;~|Grants permission to delete a registered model",
  DeleteRegisteredModelAlias: "|,;~|Grants permission to delete a registered model alias",
  DeleteRegisteredModelTag: "|,;~|Grants permission to delete a registered model tag",
  DeleteRun: "|,;~|Grants permission to mark a run for deletion",
  DeleteTag: "|,;~|Grants permission to delete a tag on a run",
  DeleteTraceTag: "|,;~|Grants permission to delete a trace tag in MLflow",
  DeleteTraces: "|,;~|Grants permission to delete traces in MLflow",
  EndTrace: "|,;~|Grants permission to end a trace in MLflow",
  FinalizeLoggedModel: "|,;~|Grants permission to set status for a logged model in MLflow",
  GetDownloadURIForModelVersionArtifacts:
    "|,;~|Grants permission to get a URI to download model artifacts for a specific model version",
  GetExperiment: "|,;~|Grants permission to get metadata for an MLflow experiment",
  GetExperimentByName: "|,;~|Grants permission to get metadata for an MLflow experiment by name",
  GetLatestModelVersions: "|,;~|Grants permission to get the latest model versions",
  GetLoggedModel: "|,;~|Grants permission to get a logged model in MLflow",
  GetMetricHistory: "|,;~|Grants permission to get a list of all values for the specified metric for a given run",
  GetModelVersion: "|,;~|Grants permission to get a model version by model name and version",
  GetModelVersionByAlias: "|,;~|Grants permission to get model version by alias in MLflow",
  GetRegisteredModel: "|,;~|Grants permission to get a registered model",
  GetRun: "|,;~|Grants permission to get metadata, metrics, parameters, and tags for a run",
  GetTraceInfo: "|,;~|Grants permission to get information about a trace in MLflow",
  ListArtifacts: "|,;~|Grants permission to list artifacts for a run",
  ListLoggedModelArtifacts: "|,;~|Grants permission to list artifacts for a logged model in MLflow",
  LogBatch: "|,;~|Grants permission to log a batch of metrics, parameters, and tags for a run",
  LogInputs: "|,;~|Grants permission to log inputs for a run",
  LogLoggedModelParams: "|,;~|Grants permission to log params for a logged model in MLflow",
  LogMetric: "|,;~|Grants permission to log a metric for a run",
  LogModel: "|,;~|Grants permission to log the model associated with a run",
  LogOutputs: "|,;~|Grants permission to log outputs, such as models, for a run in MLflow",
  LogParam: "|,;~|Grants permission to log a parameter tracked during a run",
  RenameRegisteredModel: "|,;~|Grants permission to rename a registered model",
  RestoreExperiment: "|,;~|Grants permission to restore an experiment marked for deletion",
  RestoreRun: "|,;~|Grants permission to restore a deleted run",
  SearchExperiments: "|,;~|Grants permission to search for MLflow experiments",
  SearchLoggedModels: "|,;~|Grants permission to search for logged models in MLflow",
  SearchModelVersions: "|,;~|Grants permission to search for a model version",
  SearchRegisteredModels: "|,;~|Grants permission to search for registered models in MLflow",
  SearchRuns: "|,;~|Grants permission to search for runs that satisfy expressions",
  SearchTraces: "|,;~|Grants permission to search for traces in MLflow",
  SetExperimentTag: "|,;~|Grants permission to set a tag on an experiment",
  SetLoggedModelTags: "|,;~|Grants permission to set tags for a logged model in MLflow",
  SetModelVersionTag: "|,;~|Grants permission to set a tag for the model version",
  SetRegisteredModelAlias: "|,;~|Grants permission to set a registered model alias",
  SetRegisteredModelTag: "|,;~|Grants permission to set a tag for a registered model",
  SetTag: "|,;~|Grants permission to set a tag on a run",
  SetTraceTag: "|,;~|Grants permission to set a trace tag in MLflow",
  StartTrace: "|,;~|Grants permission to start a trace in MLflow",
  TransitionModelVersionStage: "|,;~|Grants permission to transition a model version to a particular stage",
  UpdateExperiment: "|,;~|Grants permission to update the metadata for an MLflow experiment",
  UpdateModelVersion: "|,;~|Grants permission to update the model version",
  UpdateRegisteredModel: "|,;~|Grants permission to update a registered model",
  UpdateRun: "|,;~|Grants permission to update run metadata",
};
const resourceTypeFacts = {
  /** The mlflow-tracking-server resource type: arn:${Partition}:sagemaker:${Region}:${Account}:mlflow-tracking-server/${MlflowTrackingServerName} */
  "mlflow-tracking-server": "|,mlflowTrackingServer|",
} as const;
const arnFormats = {
  /** ARN of a mlflow-tracking-server resource: arn:${Partition}:sagemaker:${Region}:${Account}:mlflow-tracking-server/${MlflowTrackingServerName}. */
  mlflowTrackingServer:
    "|,mlflow-tracking-server|arn:|Partition|:sagemaker:|Region|:|Account|:mlflow-tracking-server/|MlflowTrackingServerName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["mlflow-tracking-server"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "sagemaker-mlflow">;
/** Any sagemaker-mlflow action. */
export type Action = ActionOf<typeof actionFacts, "sagemaker-mlflow">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "sagemaker-mlflow">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "", client: "" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every sagemaker-mlflow action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by a tag key and value pair. */
  [key: `aws:ResourceTag/${string}`]: "String";
}

/** Condition key -> value type. */
export type ConditionKeys = ConditionKeysOf<ConditionKeyTypes>;

/** Condition key with a placeholder, as the reference writes it -> its template-literal key. */
export interface ConditionKeyPatterns {
  /** aws:ResourceTag/${TagKey} */
  "aws:ResourceTag/${TagKey}": `aws:ResourceTag/${string}`;
}

/** A condition key as the reference writes it. */
export type ConditionKeyName = (typeof conditionKeyList)[number];
/** Condition key -> description, types, deprecation. */
export type ConditionKeyInfos = { readonly [K in ConditionKeyName]: ConditionKeyInfo };
const conditionKeyRows: { readonly [K in ConditionKeyName]: string } = {
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by a tag key and value pair",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "sagemaker-mlflow",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
