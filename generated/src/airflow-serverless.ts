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
export const prefix: "airflow-serverless" = "airflow-serverless";
/** The service's name in the reference. */
export const serviceName: "AWS MWAA Serverless" = "AWS MWAA Serverless";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS MWAA Serverless",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsmwaaserverless.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["iam:PassRole"] as const;
const actionFacts = {
  /** Grants permission to create a new workflow. Access level: Write. https://docs.aws.amazon.com/mwaa-serverless/latest/APIReference/API_CreateWorkflow.html */
  CreateWorkflow: "W||||0,2|airflow-serverless:TagResource,0|;",
  /** Grants permission to delete a workflow. Access level: Write. Resources: Workflow*. https://docs.aws.amazon.com/mwaa-serverless/latest/APIReference/API_DeleteWorkflow.html */
  DeleteWorkflow: "W|||0;1;|||;",
  /** Grants permission to retrieve the task details for a workflow run. Access level: Read. Resources: Workflow*. https://docs.aws.amazon.com/mwaa-serverless/latest/APIReference/API_GetTaskInstance.html */
  GetTaskInstance: "R|||0;1;|||;",
  /** Grants permission to retrieve details about a workflow. Access level: Read. Resources: Workflow*. https://docs.aws.amazon.com/mwaa-serverless/latest/APIReference/API_GetWorkflow.html */
  GetWorkflow: "R|||0;1;|||;",
  /** Grants permission to retrieve details about a workflow run. Access level: Read. Resources: Workflow*. https://docs.aws.amazon.com/mwaa-serverless/latest/APIReference/API_GetWorkflowRun.html */
  GetWorkflowRun: "R|||0;1;|||;",
  /** Grants permission to list the tags for the specified resource. Access level: Read. Resources: Workflow*. https://docs.aws.amazon.com/mwaa-serverless/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;1;|1||;",
  /** Grants permission to list the tasks for a workflow run. Access level: List. Resources: Workflow*. https://docs.aws.amazon.com/mwaa-serverless/latest/APIReference/API_ListTaskInstances.html */
  ListTaskInstances: "L|||0;1;|||;",
  /** Grants permission to list the workflow runs of a workflow. Access level: List. Resources: Workflow*. https://docs.aws.amazon.com/mwaa-serverless/latest/APIReference/API_ListWorkflowRuns.html */
  ListWorkflowRuns: "L|||0;1;|||;",
  /** Grants permission to list the workflow versions. Access level: List. Resources: Workflow*. https://docs.aws.amazon.com/mwaa-serverless/latest/APIReference/API_ListWorkflowVersions.html */
  ListWorkflowVersions: "L|||0;1;|||;",
  /** Grants permission to list the workflows. Access level: List. https://docs.aws.amazon.com/mwaa-serverless/latest/APIReference/API_ListWorkflows.html */
  ListWorkflows: "L||||||;",
  /** Grants permission to start an on-demand workflow run for the workflow. Access level: Write. Resources: Workflow*. https://docs.aws.amazon.com/mwaa-serverless/latest/APIReference/API_StartWorkflowRun.html */
  StartWorkflowRun: "W|||0;1;|||;",
  /** Grants permission to stop a workflow run. Access level: Write. Resources: Workflow*. https://docs.aws.amazon.com/mwaa-serverless/latest/APIReference/API_StopWorkflowRun.html */
  StopWorkflowRun: "W|||0;1;|||;",
  /** Grants permission to tag the specified resource. Access level: Tagging. Resources: Workflow*. https://docs.aws.amazon.com/mwaa-serverless/latest/APIReference/API_TagResource.html */
  TagResource: "T|||0;1;|0,1,2||CreateWorkflow,;",
  /** Grants permission to untag the specified resource. Access level: Tagging. Resources: Workflow*. https://docs.aws.amazon.com/mwaa-serverless/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;1;|1,2||;",
  /** Grants permission to update an existing workflow. Access level: Write. Resources: Workflow*. https://docs.aws.amazon.com/mwaa-serverless/latest/APIReference/API_UpdateWorkflow.html */
  UpdateWorkflow: "W|||0;1;||0|;",
} as const;
const actionDetails = {
  CreateWorkflow: "|,;~~~|Grants permission to create a new workflow",
  DeleteWorkflow: "|,;~~~|Grants permission to delete a workflow",
  GetTaskInstance: "|,;~~~|Grants permission to retrieve the task details for a workflow run",
  GetWorkflow: "|,;~~~|Grants permission to retrieve details about a workflow",
  GetWorkflowRun: "|,;~~~|Grants permission to retrieve details about a workflow run",
  ListTagsForResource: "|,;~~~|Grants permission to list the tags for the specified resource",
  ListTaskInstances: "|,;~~~|Grants permission to list the tasks for a workflow run",
  ListWorkflowRuns: "|,;~~~|Grants permission to list the workflow runs of a workflow",
  ListWorkflowVersions: "|,;~~~|Grants permission to list the workflow versions",
  ListWorkflows: "|,;~~~|Grants permission to list the workflows",
  StartWorkflowRun: "|,;~~~|Grants permission to start an on-demand workflow run for the workflow",
  StopWorkflowRun: "|,;~~~|Grants permission to stop a workflow run",
  TagResource: "|,;~~~,~~|Grants permission to tag the specified resource",
  UntagResource: "|,;~~~|Grants permission to untag the specified resource",
  UpdateWorkflow: "|,;~~~|Grants permission to update an existing workflow",
};
const resourceTypeFacts = {
  /** The Workflow resource type: arn:${Partition}:airflow-serverless:${Region}:${Account}:workflow/${WorkflowId} */
  Workflow: "|,workflow|1",
} as const;
const arnFormats = {
  /** ARN of a Workflow resource: arn:${Partition}:airflow-serverless:${Region}:${Account}:workflow/${WorkflowId}. */
  workflow: "|,Workflow|arn:|Partition|:airflow-serverless:|Region|:|Account|:workflow/|WorkflowId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["Workflow"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "airflow-serverless">;
/** Any airflow-serverless action. */
export type Action = ActionOf<typeof actionFacts, "airflow-serverless">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "airflow-serverless">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "mwaa-serverless" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every airflow-serverless action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by tag key-value pairs that are attached to the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by tag keys in the request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by the presence of tag key-value pairs in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by tag key-value pairs that are attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by tag keys in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "airflow-serverless",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
