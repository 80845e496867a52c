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
export const prefix: "elastictranscoder" = "elastictranscoder";
/** The service's name in the reference. */
export const serviceName: "Amazon Elastic Transcoder" = "Amazon Elastic Transcoder";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Elastic Transcoder",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonelastictranscoder.html",
  },
];
const conditionKeyList = [] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Cancel a job that Elastic Transcoder has not begun to process. Access level: Write. Resources: job*. https://docs.aws.amazon.com/elastictranscoder/latest/developerguide/cancel-job.html */
  CancelJob: "W|||0;1;|||",
  /** Create a job. Access level: Write. Resources: pipeline*, preset*. https://docs.aws.amazon.com/elastictranscoder/latest/developerguide/create-job.html */
  CreateJob: "W|||1;1;,2;1;|||",
  /** Create a pipeline. Access level: Write. https://docs.aws.amazon.com/elastictranscoder/latest/developerguide/create-pipeline.html */
  CreatePipeline: "W||||||",
  /** Create a preset. Access level: Write. https://docs.aws.amazon.com/elastictranscoder/latest/developerguide/create-preset.html */
  CreatePreset: "W||||||",
  /** Delete a pipeline. Access level: Write. Resources: pipeline*. https://docs.aws.amazon.com/elastictranscoder/latest/developerguide/delete-pipeline.html */
  DeletePipeline: "W|||1;1;|||",
  /** Delete a preset. Access level: Write. Resources: preset*. https://docs.aws.amazon.com/elastictranscoder/latest/developerguide/delete-preset.html */
  DeletePreset: "W|||2;1;|||",
  /** Get a list of the jobs that you assigned to a pipeline. Access level: List. Resources: pipeline*. https://docs.aws.amazon.com/elastictranscoder/latest/developerguide/list-jobs-by-pipeline.html */
  ListJobsByPipeline: "L|||1;1;|||",
  /** Get information about all of the jobs associated with the current AWS account that have a specified status. Access level: List. https://docs.aws.amazon.com/elastictranscoder/latest/developerguide/list-jobs-by-status.html */
  ListJobsByStatus: "L||||||",
  /** Get a list of the pipelines associated with the current AWS account. Access level: List. https://docs.aws.amazon.com/elastictranscoder/latest/developerguide/list-pipelines.html */
  ListPipelines: "L||||||",
  /** Get a list of all presets associated with the current AWS account. Access level: List. https://docs.aws.amazon.com/elastictranscoder/latest/developerguide/list-presets.html */
  ListPresets: "L||||||",
  /** Get detailed information about a job. Access level: Read. Resources: job*. https://docs.aws.amazon.com/elastictranscoder/latest/developerguide/get-job.html */
  ReadJob: "R|||0;1;|||",
  /** Get detailed information about a pipeline. Access level: Read. Resources: pipeline*. https://docs.aws.amazon.com/elastictranscoder/latest/developerguide/get-pipeline.html */
  ReadPipeline: "R|||1;1;|||",
  /** Get detailed information about a preset. Access level: Read. Resources: preset*. https://docs.aws.amazon.com/elastictranscoder/latest/developerguide/get-preset.html */
  ReadPreset: "R|||2;1;|||",
  /** Test the settings for a pipeline to ensure that Elastic Transcoder can create and process jobs. Access level: Write. https://docs.aws.amazon.com/elastictranscoder/latest/developerguide/test-pipeline-role.html */
  TestRole: "W||||||",
  /** Update settings for a pipeline. Access level: Write. Resources: pipeline*. https://docs.aws.amazon.com/elastictranscoder/latest/developerguide/update-pipeline.html */
  UpdatePipeline: "W|||1;1;|||",
  /** Update only Amazon Simple Notification Service (Amazon SNS) notifications for a pipeline. Access level: Write. Resources: pipeline*. https://docs.aws.amazon.com/elastictranscoder/latest/developerguide/update-pipeline-notifications.html */
  UpdatePipelineNotifications: "W|||1;1;|||",
  /** Pause or reactivate a pipeline, so the pipeline stops or restarts processing jobs, update the status for the pipeline. Access level: Write. Resources: pipeline*. https://docs.aws.amazon.com/elastictranscoder/latest/developerguide/update-pipeline-status.html */
  UpdatePipelineStatus: "W|||1;1;|||",
} as const;
const actionDetails = {
  CancelJob: "|,;~|Cancel a job that Elastic Transcoder has not begun to process",
  CreateJob: "|,;~|Create a job",
  CreatePipeline: "|,;~|Create a pipeline",
  CreatePreset: "|,;~|Create a preset",
  DeletePipeline: "|,;~|Delete a pipeline",
  DeletePreset: "|,;~|Delete a preset",
  ListJobsByPipeline: "|,;~|Get a list of the jobs that you assigned to a pipeline",
  ListJobsByStatus:
    "|,;~|Get information about all of the jobs associated with the current AWS account that have a specified status",
  ListPipelines: "|,;~|Get a list of the pipelines associated with the current AWS account",
  ListPresets: "|,;~|Get a list of all presets associated with the current AWS account",
  ReadJob: "|,;~|Get detailed information about a job",
  ReadPipeline: "|,;~|Get detailed information about a pipeline",
  ReadPreset: "|,;~|Get detailed information about a preset",
  TestRole: "|,;~|Test the settings for a pipeline to ensure that Elastic Transcoder can create and process jobs",
  UpdatePipeline: "|,;~|Update settings for a pipeline",
  UpdatePipelineNotifications:
    "|,;~|Update only Amazon Simple Notification Service (Amazon SNS) notifications for a pipeline",
  UpdatePipelineStatus:
    "|,;~|Pause or reactivate a pipeline, so the pipeline stops or restarts processing jobs, update the status for the pipeline",
};
const resourceTypeFacts = {
  /** The job resource type: arn:${Partition}:elastictranscoder:${Region}:${Account}:job/${JobId} */
  job: "|,|",
  /** The pipeline resource type: arn:${Partition}:elastictranscoder:${Region}:${Account}:pipeline/${PipelineId} */
  pipeline: "|,|",
  /** The preset resource type: arn:${Partition}:elastictranscoder:${Region}:${Account}:preset/${PresetId} */
  preset: "|,|",
} as const;
const arnFormats = {
  /** ARN of a job resource: arn:${Partition}:elastictranscoder:${Region}:${Account}:job/${JobId}. */
  job: "|,job|arn:|Partition|:elastictranscoder:|Region|:|Account|:job/|JobId|",
  /** ARN of a pipeline resource: arn:${Partition}:elastictranscoder:${Region}:${Account}:pipeline/${PipelineId}. */
  pipeline: "|,pipeline|arn:|Partition|:elastictranscoder:|Region|:|Account|:pipeline/|PipelineId|",
  /** ARN of a preset resource: arn:${Partition}:elastictranscoder:${Region}:${Account}:preset/${PresetId}. */
  preset: "|,preset|arn:|Partition|:elastictranscoder:|Region|:|Account|:preset/|PresetId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["job", "pipeline", "preset"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "elastictranscoder">;
/** Any elastictranscoder action. */
export type Action = ActionOf<typeof actionFacts, "elastictranscoder">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "elastictranscoder">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "", client: "" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every elastictranscoder action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "elastictranscoder",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
