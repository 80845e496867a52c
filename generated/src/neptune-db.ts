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
export const prefix: "neptune-db" = "neptune-db";
/** The service's name in the reference. */
export const serviceName: "Amazon Neptune" = "Amazon Neptune";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Neptune",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonneptune.html",
  },
];
const conditionKeyList = ["neptune-db:QueryLanguage"] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to cancel a loader job. Access level: Write. Resources: database*. https://docs.aws.amazon.com/neptune/latest/userguide/iam-dp-actions.html#cancelloaderjob */
  CancelLoaderJob: "W|||0;1;|||",
  /** Grants permission to cancel an ML data processing job. Access level: Write. Resources: database*. https://docs.aws.amazon.com/neptune/latest/userguide/iam-dp-actions.html#cancelmldataprocessingjob */
  CancelMLDataProcessingJob: "W|||0;1;|||",
  /** Grants permission to cancel an ML model training job. Access level: Write. Resources: database*. https://docs.aws.amazon.com/neptune/latest/userguide/iam-dp-actions.html#cancelmlmodeltrainingjob */
  CancelMLModelTrainingJob: "W|||0;1;|||",
  /** Grants permission to cancel an ML model transform job. Access level: Write. Resources: database*. https://docs.aws.amazon.com/neptune/latest/userguide/iam-dp-actions.html#cancelmlmodeltransformjob */
  CancelMLModelTransformJob: "W|||0;1;|||",
  /** Grants permission to cancel a query. Access level: Write. Resources: database*. https://docs.aws.amazon.com/neptune/latest/userguide/iam-dp-actions.html#cancelquery */
  CancelQuery: "W|||0;1;|||",
  /** Grants permission to create an ML endpoint. Access level: Write. Resources: database*. https://docs.aws.amazon.com/neptune/latest/userguide/iam-dp-actions.html#createmlendpoint */
  CreateMLEndpoint: "W|||0;1;|||",
  /** Grants permission to run delete data via query APIs on database. Access level: Write. Resources: database*. https://docs.aws.amazon.com/neptune/latest/userguide/iam-dp-actions.html#deletedataviaquery */
  DeleteDataViaQuery: "W|||0;1;|0||",
  /** Grants permission to delete an ML endpoint. Access level: Write. Resources: database*. https://docs.aws.amazon.com/neptune/latest/userguide/iam-dp-actions.html#deletemlendpoint */
  DeleteMLEndpoint: "W|||0;1;|||",
  /** Grants permission to delete all the statistics in the database. Access level: Write. Resources: database*. https://docs.aws.amazon.com/neptune/latest/userguide/iam-dp-actions.html#deletestatistics */
  DeleteStatistics: "W|||0;1;|||",
  /** Grants permission to check the status of the Neptune engine. Access level: Read. Resources: database*. https://docs.aws.amazon.com/neptune/latest/userguide/iam-dp-actions.html#getenginestatus */
  GetEngineStatus: "R|||0;1;|||",
  /** Grants permission to get the graph summary from the database. Access level: Read. Resources: database*. https://docs.aws.amazon.com/neptune/latest/userguide/iam-dp-actions.html#getgraphsummary */
  GetGraphSummary: "R|||0;1;|||",
  /** Grants permission to check the status of a loader job. Access level: Read. Resources: database*. https://docs.aws.amazon.com/neptune/latest/userguide/iam-dp-actions.html#getloaderjobstatus */
  GetLoaderJobStatus: "R|||0;1;|||",
  /** Grants permission to check the status of an ML data processing job. Access level: Read. Resources: database*. https://docs.aws.amazon.com/neptune/latest/userguide/iam-dp-actions.html#getmldataprocessingjobstatus */
  GetMLDataProcessingJobStatus: "R|||0;1;|||",
  /** Grants permission to check the status of an ML endpoint. Access level: Read. Resources: database*. https://docs.aws.amazon.com/neptune/latest/userguide/iam-dp-actions.html#getmlendpointstatus */
  GetMLEndpointStatus: "R|||0;1;|||",
  /** Grants permission to check the status of an ML model training job. Access level: Read. Resources: database*. https://docs.aws.amazon.com/neptune/latest/userguide/iam-dp-actions.html#getmlmodeltrainingjobstatus */
  GetMLModelTrainingJobStatus: "R|||0;1;|||",
  /** Grants permission to check the status of an ML model transform job. Access level: Read. Resources: database*. https://docs.aws.amazon.com/neptune/latest/userguide/iam-dp-actions.html#getmlmodeltransformjobstatus */
  GetMLModelTransformJobStatus: "R|||0;1;|||",
  /** Grants permission to check the status of all active queries. Access level: Read. Resources: database*. https://docs.aws.amazon.com/neptune/latest/userguide/iam-dp-actions.html#getquerystatus */
  GetQueryStatus: "R|||0;1;|0||",
  /** Grants permission to check the status of statistics of the database. Access level: Read. Resources: database*. https://docs.aws.amazon.com/neptune/latest/userguide/iam-dp-actions.html#getstatisticsstatus */
  GetStatisticsStatus: "R|||0;1;|||",
  /** Grants permission to fetch stream records from Neptune. Access level: Read. Resources: database*. https://docs.aws.amazon.com/neptune/latest/userguide/iam-dp-actions.html#getstreamrecords */
  GetStreamRecords: "R|||0;1;|0||",
  /** Grants permission to list all the loader jobs. Access level: List. Resources: database*. https://docs.aws.amazon.com/neptune/latest/userguide/iam-dp-actions.html#listloaderjobs */
  ListLoaderJobs: "L|||0;1;|||",
  /** Grants permission to list all the ML data processing jobs. Access level: List. Resources: database*. https://docs.aws.amazon.com/neptune/latest/userguide/iam-dp-actions.html#listmldataprocessingjobs */
  ListMLDataProcessingJobs: "L|||0;1;|||",
  /** Grants permission to list all the ML endpoints. Access level: List. Resources: database*. https://docs.aws.amazon.com/neptune/latest/userguide/iam-dp-actions.html#listmlendpoints */
  ListMLEndpoints: "L|||0;1;|||",
  /** Grants permission to list all the ML model training jobs. Access level: List. Resources: database*. https://docs.aws.amazon.com/neptune/latest/userguide/iam-dp-actions.html#listmlmodeltrainingjobs */
  ListMLModelTrainingJobs: "L|||0;1;|||",
  /** Grants permission to list all the ML model transform jobs. Access level: List. Resources: database*. https://docs.aws.amazon.com/neptune/latest/userguide/iam-dp-actions.html#listmlmodeltransformjobs */
  ListMLModelTransformJobs: "L|||0;1;|||",
  /** Grants permission to manage statistics in the database. Access level: Write. Resources: database*. https://docs.aws.amazon.com/neptune/latest/userguide/iam-dp-actions.html#managestatistics */
  ManageStatistics: "W|||0;1;|||",
  /** Grants permission to run read data via query APIs on database. Access level: Read. Resources: database*. https://docs.aws.amazon.com/neptune/latest/userguide/iam-dp-actions.html#readdataviaquery */
  ReadDataViaQuery: "R|||0;1;|0||",
  /** Grants permission to get the token needed for reset and resets the Neptune database. Access level: Write. Resources: database*. https://docs.aws.amazon.com/neptune/latest/userguide/iam-dp-actions.html#resetdatabase */
  ResetDatabase: "W|||0;1;|||",
  /** Grants permission to start a loader job. Access level: Write. Resources: database*. https://docs.aws.amazon.com/neptune/latest/userguide/iam-dp-actions.html#startloaderjob */
  StartLoaderJob: "W|||0;1;|||",
  /** Grants permission to start an ML data processing job. Access level: Write. Resources: database*. https://docs.aws.amazon.com/neptune/latest/userguide/iam-dp-actions.html#startmldataprocessingjob */
  StartMLDataProcessingJob: "W|||0;1;|||",
  /** Grants permission to start an ML model training job. Access level: Write. Resources: database*. https://docs.aws.amazon.com/neptune/latest/userguide/iam-dp-actions.html#startmlmodeltrainingjob */
  StartMLModelTrainingJob: "W|||0;1;|||",
  /** Grants permission to start an ML model transform job. Access level: Write. Resources: database*. https://docs.aws.amazon.com/neptune/latest/userguide/iam-dp-actions.html#startmlmodeltransformjob */
  StartMLModelTransformJob: "W|||0;1;|||",
  /** Grants permission to run write data via query APIs on database. Access level: Write. Resources: database*. https://docs.aws.amazon.com/neptune/latest/userguide/iam-dp-actions.html#writedataviaquery */
  WriteDataViaQuery: "W|||0;1;|0||",
  /** Grants permission to all data-access actions in engine versions prior to 1.2.0.0. Access level: Write. Resources: database*. https://docs.aws.amazon.com/neptune/latest/userguide/iam-dp-actions.html */
  connect: "W|||0;1;|||",
} as const;
const actionDetails = {
  CancelLoaderJob: "|,;~|Grants permission to cancel a loader job",
  CancelMLDataProcessingJob: "|,;~|Grants permission to cancel an ML data processing job",
  CancelMLModelTrainingJob: "|,;~|Grants permission to cancel an ML model training job",
  CancelMLModelTransformJob: "|,;~|Grants permission to cancel an ML model transform job",
  CancelQuery: "|,;~|Grants permission to cancel a query",
  CreateMLEndpoint: "|,;~|Grants permission to create an ML endpoint",
  DeleteDataViaQuery: "|,;~|Grants permission to run delete data via query APIs on database",
  DeleteMLEndpoint: "|,;~|Grants permission to delete an ML endpoint",
  DeleteStatistics: "|,;~|Grants permission to delete all the statistics in the database",
  GetEngineStatus: "|,;~|Grants permission to check the status of the Neptune engine",
  GetGraphSummary: "|,;~|Grants permission to get the graph summary from the database",
  GetLoaderJobStatus: "|,;~|Grants permission to check the status of a loader job",
  GetMLDataProcessingJobStatus: "|,;~|Grants permission to check the status of an ML data processing job",
  GetMLEndpointStatus: "|,;~|Grants permission to check the status of an ML endpoint",
  GetMLModelTrainingJobStatus: "|,;~|Grants permission to check the status of an ML model training job",
  GetMLModelTransformJobStatus: "|,;~|Grants permission to check the status of an ML model transform job",
  GetQueryStatus: "|,;~|Grants permission to check the status of all active queries",
  GetStatisticsStatus: "|,;~|Grants permission to check the status of statistics of the database",
  GetStreamRecords: "|,;~|Grants permission to fetch stream records from Neptune",
  ListLoaderJobs: "|,;~|Grants permission to list all the loader jobs",
  ListMLDataProcessingJobs: "|,;~|Grants permission to list all the ML data processing jobs",
  ListMLEndpoints: "|,;~|Grants permission to list all the ML endpoints",
  ListMLModelTrainingJobs: "|,;~|Grants permission to list all the ML model training jobs",
  ListMLModelTransformJobs: "|,;~|Grants permission to list all the ML model transform jobs",
  ManageStatistics: "|,;~|Grants permission to manage statistics in the database",
  ReadDataViaQuery: "|,;~|Grants permission to run read data via query APIs on database",
  ResetDatabase: "|,;~|Grants permission to get the token needed for reset and resets the Neptune database",
  StartLoaderJob: "|,;~|Grants permission to start a loader job",
  StartMLDataProcessingJob: "|,;~|Grants permission to start an ML data processing job",
  StartMLModelTrainingJob: "|,;~|Grants permission to start an ML model training job",
  StartMLModelTransformJob: "|,;~|Grants permission to start an ML model transform job",
  WriteDataViaQuery: "|,;~|Grants permission to run write data via query APIs on database",
  connect: "|,;~|Grants permission to all data-access actions in engine versions prior to 1.2.0.0",
};
const resourceTypeFacts = {
  /** The database resource type: arn:${Partition}:neptune-db:${Region}:${Account}:${ClusterResourceId}/* */
  database: "|,|",
} as const;
const arnFormats = {
  /** ARN of a database resource: arn:${Partition}:neptune-db:${Region}:${Account}:${ClusterResourceId}/*. */
  database: "|,database|arn:|Partition|:neptune-db:|Region|:|Account|:|ClusterResourceId|/*",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["database"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "neptune-db">;
/** Any neptune-db action. */
export type Action = ActionOf<typeof actionFacts, "neptune-db">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "neptune-db">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "", client: "" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every neptune-db action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by graph model. */
  "neptune-db:QueryLanguage": "String";
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
  "neptune-db:QueryLanguage": "|,String|0||Filters access by graph model",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "neptune-db",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
