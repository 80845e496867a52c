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
export const prefix: "datapipeline" = "datapipeline";
/** The service's name in the reference. */
export const serviceName: "AWS Data Pipeline" = "AWS Data Pipeline";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Data Pipeline",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsdatapipeline.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "datapipeline:PipelineCreator",
  "datapipeline:Tag/${TagKey}",
  "datapipeline:workerGroup",
] as const;
const dependentActionList = ["iam:PassRole"] as const;
const actionFacts = {
  /** Grants permission to validate the specified pipeline and starts processing pipeline tasks. If the pipeline does not pass validation, activation fails. Access level: Write. Resources: pipeline*. https://docs.aws.amazon.com/datapipeline/latest/APIReference/API_ActivatePipeline.html */
  ActivatePipeline: "W|||0;1;|3,4,5|0|;",
  /** Grants permission to add or modify tags for the specified pipeline. Access level: Tagging. Resources: pipeline*. https://docs.aws.amazon.com/datapipeline/latest/APIReference/API_AddTags.html */
  AddTags: "T|||0;1;|0,2,3,4||;,CreatePipeline",
  /** Grants permission to create a new, empty pipeline. Access level: Write. https://docs.aws.amazon.com/datapipeline/latest/APIReference/API_CreatePipeline.html */
  CreatePipeline: "W||||0,2,4|datapipeline:AddTags|;",
  /** Grants permission to Deactivate the specified running pipeline. Access level: Write. Resources: pipeline*. https://docs.aws.amazon.com/datapipeline/latest/APIReference/API_DeactivatePipeline.html */
  DeactivatePipeline: "W|||0;1;|3,4,5||;",
  /** Grants permission to delete a pipeline, its pipeline definition, and its run history. Access level: Write. Resources: pipeline*. https://docs.aws.amazon.com/datapipeline/latest/APIReference/API_DeletePipeline.html */
  DeletePipeline: "W|||0;1;|3,4||;",
  /** Grants permission to get the object definitions for a set of objects associated with the pipeline. Access level: Read. Resources: pipeline*. https://docs.aws.amazon.com/datapipeline/latest/APIReference/API_DescribeObjects.html */
  DescribeObjects: "R|||0;1;|3,4||;",
  /** Grants permission to retrieves metadata about one or more pipelines. Access level: Read. Resources: pipeline*. https://docs.aws.amazon.com/datapipeline/latest/APIReference/API_DescribePipelines.html */
  DescribePipelines: "R|||0;1;|3,4||;",
  /** Grants permission to task runners to call EvaluateExpression, to evaluate a string in the context of the specified object. Access level: Read. Resources: pipeline*. https://docs.aws.amazon.com/datapipeline/latest/APIReference/API_EvaluateExpression.html */
  EvaluateExpression: "R|||0;1;|3,4||;",
  /** Grants permission to call GetAccountLimits. Access level: List. Permission only. https://docs.aws.amazon.com/datapipeline/latest/APIReference/API_GetAccountLimits.html */
  GetAccountLimits: "L||1||||",
  /** Grants permission to gets the definition of the specified pipeline. Access level: Read. Resources: pipeline*. https://docs.aws.amazon.com/datapipeline/latest/APIReference/API_GetPipelineDefinition.html */
  GetPipelineDefinition: "R|||0;1;|3,4,5||;",
  /** Grants permission to list the pipeline identifiers for all active pipelines that you have permission to access. Access level: List. https://docs.aws.amazon.com/datapipeline/latest/APIReference/API_ListPipelines.html */
  ListPipelines: "L||||||;",
  /** Grants permission to task runners to call PollForTask, to receive a task to perform from AWS Data Pipeline. Access level: Write. https://docs.aws.amazon.com/datapipeline/latest/APIReference/API_PollForTask.html */
  PollForTask: "W||||5||;",
  /** Grants permission to call PutAccountLimits. Access level: Write. Permission only. https://docs.aws.amazon.com/datapipeline/latest/APIReference/API_PutAccountLimits.html */
  PutAccountLimits: "W||1||||",
  /** Grants permission to add tasks, schedules, and preconditions to the specified pipeline. Access level: Write. Resources: pipeline*. https://docs.aws.amazon.com/datapipeline/latest/APIReference/API_PutPipelineDefinition.html */
  PutPipelineDefinition: "W|||0;1;|3,4,5|0|;",
  /** Grants permission to query the specified pipeline for the names of objects that match the specified set of conditions. Access level: Read. Resources: pipeline*. https://docs.aws.amazon.com/datapipeline/latest/APIReference/API_QueryObjects.html */
  QueryObjects: "R|||0;1;|3,4||;",
  /** Grants permission to remove existing tags from the specified pipeline. Access level: Tagging. Resources: pipeline*. https://docs.aws.amazon.com/datapipeline/latest/APIReference/API_RemoveTags.html */
  RemoveTags: "T|||0;1;|0,2,3,4||;",
  /** Grants permission to task runners to call ReportTaskProgress, when they are assigned a task to acknowledge that it has the task. Access level: Write. Resources: pipeline*. https://docs.aws.amazon.com/datapipeline/latest/APIReference/API_ReportTaskProgress.html */
  ReportTaskProgress: "W|||0;1;|||;",
  /** Grants permission to task runners to call ReportTaskRunnerHeartbeat every 15 minutes to indicate that they are operational. Access level: Write. https://docs.aws.amazon.com/datapipeline/latest/APIReference/API_ReportTaskRunnerHeartbeat.html */
  ReportTaskRunnerHeartbeat: "W||||||;",
  /** Grants permission to requests that the status of the specified physical or logical pipeline objects be updated in the specified pipeline. Access level: Write. Resources: pipeline*. https://docs.aws.amazon.com/datapipeline/latest/APIReference/API_SetStatus.html */
  SetStatus: "W|||0;1;|3,4||;",
  /** Grants permission to task runners to call SetTaskStatus to notify AWS Data Pipeline that a task is completed and provide information about the final status. Access level: Write. Resources: pipeline*. https://docs.aws.amazon.com/datapipeline/latest/APIReference/API_SetTaskStatus.html */
  SetTaskStatus: "W|||0;1;|||;",
  /** Grants permission to validate the specified pipeline definition to ensure that it is well formed and can be run without error. Access level: Read. Resources: pipeline*. https://docs.aws.amazon.com/datapipeline/latest/APIReference/API_ValidatePipelineDefinition.html */
  ValidatePipelineDefinition: "R|||0;1;|3,4,5|0|;",
} as const;
const actionDetails = {
  ActivatePipeline:
    "|,;~~~|Grants permission to validate the specified pipeline and starts processing pipeline tasks. If the pipeline does not pass validation, activation fails",
  AddTags: "|,;~~~,~~|Grants permission to add or modify tags for the specified pipeline",
  CreatePipeline: "|,;~~~|Grants permission to create a new, empty pipeline",
  DeactivatePipeline: "|,;~~~|Grants permission to Deactivate the specified running pipeline",
  DeletePipeline: "|,;~~~|Grants permission to delete a pipeline, its pipeline definition, and its run history",
  DescribeObjects:
    "|,;~~~|Grants permission to get the object definitions for a set of objects associated with the pipeline",
  DescribePipelines: "|,;~~~|Grants permission to retrieves metadata about one or more pipelines",
  EvaluateExpression:
    "|,;~~~|Grants permission to task runners to call EvaluateExpression, to evaluate a string in the context of the specified object",
  GetAccountLimits: "|,;~|Grants permission to call GetAccountLimits",
  GetPipelineDefinition: "|,;~~~|Grants permission to gets the definition of the specified pipeline",
  ListPipelines:
    "|,;~~~|Grants permission to list the pipeline identifiers for all active pipelines that you have permission to access",
  PollForTask:
    "|,;~~~|Grants permission to task runners to call PollForTask, to receive a task to perform from AWS Data Pipeline",
  PutAccountLimits: "|,;~|Grants permission to call PutAccountLimits",
  PutPipelineDefinition:
    "|,;~~~|Grants permission to add tasks, schedules, and preconditions to the specified pipeline",
  QueryObjects:
    "|,;~~~|Grants permission to query the specified pipeline for the names of objects that match the specified set of conditions",
  RemoveTags: "|,;~~~|Grants permission to remove existing tags from the specified pipeline",
  ReportTaskProgress:
    "|,;~~~|Grants permission to task runners to call ReportTaskProgress, when they are assigned a task to acknowledge that it has the task",
  ReportTaskRunnerHeartbeat:
    "|,;~~~|Grants permission to task runners to call ReportTaskRunnerHeartbeat every 15 minutes to indicate that they are operational",
  SetStatus:
    "|,;~~~|Grants permission to requests that the status of the specified physical or logical pipeline objects be updated in the specified pipeline",
  SetTaskStatus:
    "|,;~~~|Grants permission to task runners to call SetTaskStatus to notify AWS Data Pipeline that a task is completed and provide information about the final status",
  ValidatePipelineDefinition:
    "|,;~~~|Grants permission to validate the specified pipeline definition to ensure that it is well formed and can be run without error",
};
const resourceTypeFacts = {
  /** The pipeline resource type: arn:${Partition}:datapipeline:${Region}:${Account}:pipeline/${PipelineId} */
  pipeline: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a pipeline resource: arn:${Partition}:datapipeline:${Region}:${Account}:pipeline/${PipelineId}. */
  pipeline: "|,pipeline|arn:|Partition|:datapipeline:|Region|:|Account|:pipeline/|PipelineId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["pipeline"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "datapipeline">;
/** Any datapipeline action. */
export type Action = ActionOf<typeof actionFacts, "datapipeline">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "datapipeline">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "datapipeline" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every datapipeline action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the presence of tag key-value pairs in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by tag key-value pairs attached to the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by customer-specified key/value pair that can be attached to a resource. */
  [key: `datapipeline:Tag/${string}`]: "String";
  /** Filters access by the presence of tag keys in the request. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access by the IAM user that created the pipeline. */
  "datapipeline:PipelineCreator": "ArrayOfString";
  /** Filters access by the name of a worker group for which a Task Runner retrieves work. */
  "datapipeline:workerGroup": "ArrayOfString";
}

/** Condition key -> value type. */
export type ConditionKeys = ConditionKeysOf<ConditionKeyTypes>;

/** Condition key with a placeholder, as the reference writes it -> its template-literal key. */
export interface ConditionKeyPatterns {
  /** aws:RequestTag/${TagKey} */
  "aws:RequestTag/${TagKey}": `aws:RequestTag/${string}`;
  /** aws:ResourceTag/${TagKey} */
  "aws:ResourceTag/${TagKey}": `aws:ResourceTag/${string}`;
  /** datapipeline:Tag/${TagKey} */
  "datapipeline:Tag/${TagKey}": `datapipeline:Tag/${string}`;
}

/** A condition key as the reference writes it. */
export type ConditionKeyName = (typeof conditionKeyList)[number];
/** Condition key -> description, types, deprecation. */
export type ConditionKeyInfos = { readonly [K in ConditionKeyName]: ConditionKeyInfo };
const conditionKeyRows: { readonly [K in ConditionKeyName]: string } = {
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by the presence of tag key-value pairs in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by tag key-value pairs attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the presence of tag keys in the request",
  "datapipeline:PipelineCreator": "|,ArrayOfString|0||Filters access by the IAM user that created the pipeline",
  "datapipeline:Tag/${TagKey}":
    "|,String|0||Filters access by customer-specified key/value pair that can be attached to a resource",
  "datapipeline:workerGroup":
    "|,ArrayOfString|0||Filters access by the name of a worker group for which a Task Runner retrieves work",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "datapipeline",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
