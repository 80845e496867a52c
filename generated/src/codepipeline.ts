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
export const prefix: "codepipeline" = "codepipeline";
/** The service's name in the reference. */
export const serviceName: "AWS CodePipeline" = "AWS CodePipeline";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS CodePipeline",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awscodepipeline.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [
  "codepipeline:TagResource",
  "codestar-connections:PassConnection",
  "iam:PassRole",
] as const;
const actionFacts = {
  /** Grants permission to view information about a specified job and whether that job has been received by the job worker. Access level: Write. https://docs.aws.amazon.com/codepipeline/latest/APIReference/API_AcknowledgeJob.html */
  AcknowledgeJob: "W||||||;",
  /** Grants permission to confirm that a job worker has received the specified job (partner actions only). Access level: Write. https://docs.aws.amazon.com/codepipeline/latest/APIReference/API_AcknowledgeThirdPartyJob.html */
  AcknowledgeThirdPartyJob: "W||||||;",
  /** Grants permission to create a custom action that you can use in the pipelines associated with your AWS account. Access level: Write. Resources: actiontype*. https://docs.aws.amazon.com/codepipeline/latest/APIReference/API_CreateCustomActionType.html */
  CreateCustomActionType: "W|||1;1;|0,2|0|;",
  /** Grants permission to create a uniquely named pipeline. Access level: Write. Resources: pipeline*. https://docs.aws.amazon.com/codepipeline/latest/APIReference/API_CreatePipeline.html */
  CreatePipeline: "W|||2;1;|0,2|0,1,2|;",
  /** Grants permission to delete a custom action. Access level: Write. Resources: actiontype*. https://docs.aws.amazon.com/codepipeline/latest/APIReference/API_DeleteCustomActionType.html */
  DeleteCustomActionType: "W|||1;1;|||;",
  /** Grants permission to delete a specified pipeline. Access level: Write. Resources: pipeline*. https://docs.aws.amazon.com/codepipeline/latest/APIReference/API_DeletePipeline.html */
  DeletePipeline: "W|||2;1;|||;",
  /** Grants permission to delete a specified webhook. Access level: Write. Resources: webhook*. https://docs.aws.amazon.com/codepipeline/latest/APIReference/API_DeleteWebhook.html */
  DeleteWebhook: "W|||4;1;|||;",
  /** Grants permission to remove the registration of a webhook with the third party specified in its configuration. Access level: Write. Resources: webhook*. https://docs.aws.amazon.com/codepipeline/latest/APIReference/API_DeregisterWebhookWithThirdParty.html */
  DeregisterWebhookWithThirdParty: "W|||4;1;|||;",
  /** Grants permission to prevent revisions from transitioning to the next stage in a pipeline. Access level: Write. Resources: stage*. https://docs.aws.amazon.com/codepipeline/latest/APIReference/API_DisableStageTransition.html */
  DisableStageTransition: "W|||3;1;|||;",
  /** Grants permission to allow revisions to transition to the next stage in a pipeline. Access level: Write. Resources: stage*. https://docs.aws.amazon.com/codepipeline/latest/APIReference/API_EnableStageTransition.html */
  EnableStageTransition: "W|||3;1;|||;",
  /** Grants permission to view information about an action type. Access level: Read. https://docs.aws.amazon.com/codepipeline/latest/APIReference/API_GetActionType.html */
  GetActionType: "R||||||;",
  /** Grants permission to view information about a job (custom actions only). Access level: Read. https://docs.aws.amazon.com/codepipeline/latest/APIReference/API_GetJobDetails.html */
  GetJobDetails: "R||||||;",
  /** Grants permission to retrieve information about a pipeline structure. Access level: Read. Resources: pipeline*. https://docs.aws.amazon.com/codepipeline/latest/APIReference/API_GetPipeline.html */
  GetPipeline: "R|||2;1;|||;",
  /** Grants permission to view information about an execution of a pipeline, including details about artifacts, the pipeline execution ID, and the name, version, and status of the pipeline. Access level: Read. Resources: pipeline*. https://docs.aws.amazon.com/codepipeline/latest/APIReference/API_GetPipelineExecution.html */
  GetPipelineExecution: "R|||2;1;|||;",
  /** Grants permission to view information about the current state of the stages and actions of a pipeline. Access level: Read. Resources: pipeline*. https://docs.aws.amazon.com/codepipeline/latest/APIReference/API_GetPipelineState.html */
  GetPipelineState: "R|||2;1;|||;",
  /** Grants permission to view the details of a job for a third-party action (partner actions only). Access level: Read. https://docs.aws.amazon.com/codepipeline/latest/APIReference/API_GetThirdPartyJobDetails.html */
  GetThirdPartyJobDetails: "R||||||;",
  /** Grants permission to list the action executions that have occurred in a pipeline. Access level: Read. Resources: pipeline*. https://docs.aws.amazon.com/codepipeline/latest/APIReference/API_ListActionExecutions.html */
  ListActionExecutions: "R|||2;1;|||;",
  /** Grants permission to list a summary of all the action types available for pipelines in your account. Access level: Read. https://docs.aws.amazon.com/codepipeline/latest/APIReference/API_ListActionTypes.html */
  ListActionTypes: "R||||||;",
  /** Grants permission to list the deployment details for deploy action executions that have occurred in a pipeline. Access level: Read. Resources: pipeline*. https://docs.aws.amazon.com/codepipeline/latest/APIReference/API_ListDeployActionExecutionTargets.html */
  ListDeployActionExecutionTargets: "R|||2;1;|||;",
  /** Grants permission to list a summary of the most recent executions for a pipeline. Access level: List. Resources: pipeline*. https://docs.aws.amazon.com/codepipeline/latest/APIReference/API_ListPipelineExecutions.html */
  ListPipelineExecutions: "L|||2;1;|||;",
  /** Grants permission to list a summary of all the pipelines associated with your AWS account. Access level: List. https://docs.aws.amazon.com/codepipeline/latest/APIReference/API_ListPipelines.html */
  ListPipelines: "L||||||;",
  /** Grants permission to list the rule executions that have occurred in a pipeline. Access level: Read. Resources: pipeline*. https://docs.aws.amazon.com/codepipeline/latest/APIReference/API_ListRuleExecutions.html */
  ListRuleExecutions: "R|||2;1;|||;",
  /** Grants permission to list a summary of all the rule types available for pipelines in your account. Access level: Read. https://docs.aws.amazon.com/codepipeline/latest/APIReference/API_ListRuleTypes.html */
  ListRuleTypes: "R||||||;",
  /** Grants permission to list tags for a CodePipeline resource. Access level: Read. Resources: actiontype, pipeline, webhook. https://docs.aws.amazon.com/codepipeline/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||1;0;,2;0;,4;0;|||;",
  /** Grants permission to list all of the webhooks associated with your AWS account. Access level: List. Resources: webhook*. https://docs.aws.amazon.com/codepipeline/latest/APIReference/API_ListWebhooks.html */
  ListWebhooks: "L|||4;1;|||;",
  /** Grants permission to resume the pipeline execution by overriding a condition in a stage. Access level: Write. Resources: stage*. https://docs.aws.amazon.com/codepipeline/latest/APIReference/API_OverrideStageCondition.html */
  OverrideStageCondition: "W|||3;1;|||;",
  /** Grants permission to view information about any jobs for CodePipeline to act on. Access level: Write. Resources: actiontype*. https://docs.aws.amazon.com/codepipeline/latest/APIReference/API_PollForJobs.html */
  PollForJobs: "W|||1;1;|||;",
  /** Grants permission to determine whether there are any third-party jobs for a job worker to act on (partner actions only). Access level: Write. https://docs.aws.amazon.com/codepipeline/latest/APIReference/API_PollForThirdPartyJobs.html */
  PollForThirdPartyJobs: "W||||||;",
  /** Grants permission to edit actions in a pipeline. Access level: Write. Resources: action*. https://docs.aws.amazon.com/codepipeline/latest/APIReference/API_PutActionRevision.html */
  PutActionRevision: "W|||0;1;|||;",
  /** Grants permission to provide a response (Approved or Rejected) to a manual approval request in CodePipeline. Access level: Write. Resources: action*. https://docs.aws.amazon.com/codepipeline/latest/APIReference/API_PutApprovalResult.html */
  PutApprovalResult: "W|||0;1;|||;",
  /** Grants permission to represent the failure of a job as returned to the pipeline by a job worker (custom actions only). Access level: Write. https://docs.aws.amazon.com/codepipeline/latest/APIReference/API_PutJobFailureResult.html */
  PutJobFailureResult: "W||||||;",
  /** Grants permission to represent the success of a job as returned to the pipeline by a job worker (custom actions only). Access level: Write. https://docs.aws.amazon.com/codepipeline/latest/APIReference/API_PutJobSuccessResult.html */
  PutJobSuccessResult: "W||||||;",
  /** Grants permission to represent the failure of a third-party job as returned to the pipeline by a job worker (partner actions only). Access level: Write. https://docs.aws.amazon.com/codepipeline/latest/APIReference/API_PutThirdPartyJobFailureResult.html */
  PutThirdPartyJobFailureResult: "W||||||;",
  /** Grants permission to represent the success of a third-party job as returned to the pipeline by a job worker (partner actions only). Access level: Write. https://docs.aws.amazon.com/codepipeline/latest/APIReference/API_PutThirdPartyJobSuccessResult.html */
  PutThirdPartyJobSuccessResult: "W||||||;",
  /** Grants permission to create or update a webhook. Access level: Write. Resources: pipeline*, webhook*. https://docs.aws.amazon.com/codepipeline/latest/APIReference/API_PutWebhook.html */
  PutWebhook: "W|||2;1;,4;1;|0,2|0,codepipeline:UntagResource|;",
  /** Grants permission to register a webhook with the third party specified in its configuration. Access level: Write. Resources: webhook*. https://docs.aws.amazon.com/codepipeline/latest/APIReference/API_RegisterWebhookWithThirdParty.html */
  RegisterWebhookWithThirdParty: "W|||4;1;|||;",
  /** Grants permission to resume the pipeline execution by retrying the last failed actions in a stage. Access level: Write. Resources: stage*. https://docs.aws.amazon.com/codepipeline/latest/APIReference/API_RetryStageExecution.html */
  RetryStageExecution: "W|||3;1;|||;",
  /** Grants permission to rollback the stage to a previous successful execution. Access level: Write. Resources: stage*. https://docs.aws.amazon.com/codepipeline/latest/APIReference/API_RollbackStage.html */
  RollbackStage: "W|||3;1;|||;",
  /** Grants permission to run the most recent revision through the pipeline. Access level: Write. Resources: pipeline*. https://docs.aws.amazon.com/codepipeline/latest/APIReference/API_StartPipelineExecution.html */
  StartPipelineExecution: "W|||2;1;|||;",
  /** Grants permission to stop an in-progress pipeline execution. Access level: Write. Resources: pipeline*. https://docs.aws.amazon.com/codepipeline/latest/APIReference/API_StopPipelineExecution.html */
  StopPipelineExecution: "W|||2;1;|||;",
  /** Grants permission to tag a CodePipeline resource. Access level: Tagging. Resources: actiontype, pipeline, webhook. https://docs.aws.amazon.com/codepipeline/latest/APIReference/API_TagResource.html */
  TagResource: "T|||1;0;,2;0;,4;0;|0,2||CreateCustomActionType,CreatePipeline,PutWebhook,;",
  /** Grants permission to remove a tag from a CodePipeline resource. Access level: Tagging. Resources: actiontype, pipeline, webhook. https://docs.aws.amazon.com/codepipeline/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||1;0;,2;0;,4;0;|2||PutWebhook,;",
  /** Grants permission to update an action type. Access level: Write. Resources: actiontype*. https://docs.aws.amazon.com/codepipeline/latest/APIReference/API_UpdateActionType.html */
  UpdateActionType: "W|||1;1;|||;",
  /** Grants permission to update a pipeline with changes to the structure of the pipeline. Access level: Write. Resources: pipeline*. https://docs.aws.amazon.com/codepipeline/latest/APIReference/API_UpdatePipeline.html */
  UpdatePipeline: "W|||2;1;||1,2|;",
} as const;
const actionDetails = {
  AcknowledgeJob:
    "|,;~~~|Grants permission to view information about a specified job and whether that job has been received by the job worker",
  AcknowledgeThirdPartyJob:
    "|,;~~~|Grants permission to confirm that a job worker has received the specified job (partner actions only)",
  CreateCustomActionType:
    "|,;~~~|Grants permission to create a custom action that you can use in the pipelines associated with your AWS account",
  CreatePipeline: "|,;~~~|Grants permission to create a uniquely named pipeline",
  DeleteCustomActionType: "|,;~~~|Grants permission to delete a custom action",
  DeletePipeline: "|,;~~~|Grants permission to delete a specified pipeline",
  DeleteWebhook: "|,;~~~|Grants permission to delete a specified webhook",
  DeregisterWebhookWithThirdParty:
    "|,;~~~|Grants permission to remove the registration of a webhook with the third party specified in its configuration",
  DisableStageTransition:
    "|,;~~~|Grants permission to prevent revisions from transitioning to the next stage in a pipeline",
  EnableStageTransition: "|,;~~~|Grants permission to allow revisions to transition to the next stage in a pipeline",
  GetActionType: "|,;~~~|Grants permission to view information about an action type",
  GetJobDetails: "|,;~~~|Grants permission to view information about a job (custom actions only)",
  GetPipeline: "|,;~~~|Grants permission to retrieve information about a pipeline structure",
  GetPipelineExecution:
    "|,;~~~|Grants permission to view information about an execution of a pipeline, including details about artifacts, the pipeline execution ID, and the name, version, and status of the pipeline",
  GetPipelineState:
    "|,;~~~|Grants permission to view information about the current state of the stages and actions of a pipeline",
  GetThirdPartyJobDetails:
    "|,;~~~|Grants permission to view the details of a job for a third-party action (partner actions only)",
  ListActionExecutions: "|,;~~~|Grants permission to list the action executions that have occurred in a pipeline",
  ListActionTypes:
    "|,;~~~|Grants permission to list a summary of all the action types available for pipelines in your account",
  ListDeployActionExecutionTargets:
    "|,;~~~|Grants permission to list the deployment details for deploy action executions that have occurred in a pipeline",
  ListPipelineExecutions: "|,;~~~|Grants permission to list a summary of the most recent executions for a pipeline",
  ListPipelines: "|,;~~~|Grants permission to list a summary of all the pipelines associated with your AWS account",
  ListRuleExecutions: "|,;~~~|Grants permission to list the rule executions that have occurred in a pipeline",
  ListRuleTypes:
    "|,;~~~|Grants permission to list a summary of all the rule types available for pipelines in your account",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for a CodePipeline resource",
  ListWebhooks: "|,;~~~|Grants permission to list all of the webhooks associated with your AWS account",
  OverrideStageCondition:
    "|,;~~~|Grants permission to resume the pipeline execution by overriding a condition in a stage",
  PollForJobs: "|,;~~~|Grants permission to view information about any jobs for CodePipeline to act on",
  PollForThirdPartyJobs:
    "|,;~~~|Grants permission to determine whether there are any third-party jobs for a job worker to act on (partner actions only)",
  PutActionRevision: "|,;~~~|Grants permission to edit actions in a pipeline",
  PutApprovalResult:
    "|,;~~~|Grants permission to provide a response (Approved or Rejected) to a manual approval request in CodePipeline",
  PutJobFailureResult:
    "|,;~~~|Grants permission to represent the failure of a job as returned to the pipeline by a job worker (custom actions only)",
  PutJobSuccessResult:
    "|,;~~~|Grants permission to represent the success of a job as returned to the pipeline by a job worker (custom actions only)",
  PutThirdPartyJobFailureResult:
    "|,;~~~|Grants permission to represent the failure of a third-party job as returned to the pipeline by a job worker (partner actions only)",
  PutThirdPartyJobSuccessResult:
    "|,;~~~|Grants permission to represent the success of a third-party job as returned to the pipeline by a job worker (partner actions only)",
  PutWebhook: "|,;~~~|Grants permission to create or update a webhook",
  RegisterWebhookWithThirdParty:
    "|,;~~~|Grants permission to register a webhook with the third party specified in its configuration",
  RetryStageExecution:
    "|,;~~~|Grants permission to resume the pipeline execution by retrying the last failed actions in a stage",
  RollbackStage: "|,;~~~|Grants permission to rollback the stage to a previous successful execution",
  StartPipelineExecution: "|,;~~~|Grants permission to run the most recent revision through the pipeline",
  StopPipelineExecution: "|,;~~~|Grants permission to stop an in-progress pipeline execution",
  TagResource: "|,;~~~,~~,~~,~~|Grants permission to tag a CodePipeline resource",
  UntagResource: "|,;~~~,~~|Grants permission to remove a tag from a CodePipeline resource",
  UpdateActionType: "|,;~~~|Grants permission to update an action type",
  UpdatePipeline: "|,;~~~|Grants permission to update a pipeline with changes to the structure of the pipeline",
};
const resourceTypeFacts = {
  /** The action resource type: arn:${Partition}:codepipeline:${Region}:${Account}:${PipelineName}/${StageName}/${ActionName} */
  action: "|,|1",
  /** The actiontype resource type: arn:${Partition}:codepipeline:${Region}:${Account}:actiontype:${Owner}/${Category}/${Provider}/${Version} */
  actiontype: "|,|1",
  /** The pipeline resource type: arn:${Partition}:codepipeline:${Region}:${Account}:${PipelineName} */
  pipeline: "|,|1",
  /** The stage resource type: arn:${Partition}:codepipeline:${Region}:${Account}:${PipelineName}/${StageName} */
  stage: "|,|1",
  /** The webhook resource type: arn:${Partition}:codepipeline:${Region}:${Account}:webhook:${WebhookName} */
  webhook: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a action resource: arn:${Partition}:codepipeline:${Region}:${Account}:${PipelineName}/${StageName}/${ActionName}. */
  action: "|,action|arn:|Partition|:codepipeline:|Region|:|Account|:|PipelineName|/|StageName|/|ActionName|",
  /** ARN of a actiontype resource: arn:${Partition}:codepipeline:${Region}:${Account}:actiontype:${Owner}/${Category}/${Provider}/${Version}. */
  actiontype:
    "|,actiontype|arn:|Partition|:codepipeline:|Region|:|Account|:actiontype:|Owner|/|Category|/|Provider|/|Version|",
  /** ARN of a pipeline resource: arn:${Partition}:codepipeline:${Region}:${Account}:${PipelineName}. */
  pipeline: "|,pipeline|arn:|Partition|:codepipeline:|Region|:|Account|:|PipelineName|",
  /** ARN of a stage resource: arn:${Partition}:codepipeline:${Region}:${Account}:${PipelineName}/${StageName}. */
  stage: "|,stage|arn:|Partition|:codepipeline:|Region|:|Account|:|PipelineName|/|StageName|",
  /** ARN of a webhook resource: arn:${Partition}:codepipeline:${Region}:${Account}:webhook:${WebhookName}. */
  webhook: "|,webhook|arn:|Partition|:codepipeline:|Region|:|Account|:webhook:|WebhookName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["action", "actiontype", "pipeline", "stage", "webhook"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "codepipeline">;
/** Any codepipeline action. */
export type Action = ActionOf<typeof actionFacts, "codepipeline">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "codepipeline">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "codepipeline" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every codepipeline action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters actions based on the presence of tag key-value pairs in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters actions based on tag key-value pairs attached to the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters actions based on the presence of tag keys in the request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters actions based on the presence of tag key-value pairs in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters actions based on tag key-value pairs attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters actions based on the presence of tag keys in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "codepipeline",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
