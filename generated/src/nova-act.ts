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
export const prefix: "nova-act" = "nova-act";
/** The service's name in the reference. */
export const serviceName: "Amazon Nova Act" = "Amazon Nova Act";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Nova Act",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonnovaact.html",
  },
];
const conditionKeyList = [] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to create a new AI task (act) within a session that can interact with tools and perform specific actions. Access level: Write. Resources: workflow-definition*, workflow-run*. https://docs.aws.amazon.com/nova-act/latest/APIReference/API_CreateAct.html */
  CreateAct: "W|||0;1;,1;1;|||;",
  /** Grants permission to create a new session context within a workflow run to manage conversation state and acts. Access level: Write. Resources: workflow-definition*, workflow-run*. https://docs.aws.amazon.com/nova-act/latest/APIReference/API_CreateSession.html */
  CreateSession: "W|||0;1;,1;1;|||;",
  /** Grants permission to create a new workflow definition template that can be used to execute multiple workflow runs. Access level: Write. Resources: workflow-definition*. https://docs.aws.amazon.com/nova-act/latest/APIReference/API_CreateWorkflowDefinition.html */
  CreateWorkflowDefinition: "W|||0;1;|||;",
  /** Grants permission to create a new execution instance of a workflow definition with specified parameters. Access level: Write. Resources: workflow-definition*. https://docs.aws.amazon.com/nova-act/latest/APIReference/API_CreateWorkflowRun.html */
  CreateWorkflowRun: "W|||0;1;|||;",
  /** Grants permission to delete a workflow definition and all associated resources. Access level: Write. Resources: workflow-definition*. https://docs.aws.amazon.com/nova-act/latest/APIReference/API_DeleteWorkflowDefinition.html */
  DeleteWorkflowDefinition: "W|||0;1;|||;",
  /** Grants permission to terminate and clean up a workflow run, stopping all associated acts and sessions. Access level: Write. Resources: workflow-definition*, workflow-run*. https://docs.aws.amazon.com/nova-act/latest/APIReference/API_DeleteWorkflowRun.html */
  DeleteWorkflowRun: "W|||0;1;,1;1;|||;",
  /** Grants permission to retrieve details and configuration of a specific workflow definition. Access level: Read. Resources: workflow-definition*. https://docs.aws.amazon.com/nova-act/latest/APIReference/API_GetWorkflowDefinition.html */
  GetWorkflowDefinition: "R|||0;1;|||;",
  /** Grants permission to retrieve the current state, configuration, and execution details of a workflow run. Access level: Read. Resources: workflow-definition*, workflow-run*. https://docs.aws.amazon.com/nova-act/latest/APIReference/API_GetWorkflowRun.html */
  GetWorkflowRun: "R|||0;1;,1;1;|||;",
  /** Grants permission to execute the next step of an act, processing tool call results and returning new tool calls if needed. Access level: Write. Resources: workflow-definition*, workflow-run*. https://docs.aws.amazon.com/nova-act/latest/APIReference/API_InvokeActStep.html */
  InvokeActStep: "W|||0;1;,1;1;|||;",
  /** Grants permission to list all acts within a specific session with their current status and execution details. Access level: Read. Resources: workflow-definition*. https://docs.aws.amazon.com/nova-act/latest/APIReference/API_ListActs.html */
  ListActs: "R|||0;1;|||;",
  /** Grants permission to list all available AI models that can be used for workflow execution, including their status and compatibility information. Access level: Read. https://docs.aws.amazon.com/nova-act/latest/APIReference/API_ListModels.html */
  ListModels: "R||||||;",
  /** Grants permission to list all sessions within a specific workflow run. Access level: Read. Resources: workflow-definition*, workflow-run*. https://docs.aws.amazon.com/nova-act/latest/APIReference/API_ListSessions.html */
  ListSessions: "R|||0;1;,1;1;|||;",
  /** Grants permission to list all workflow definitions in your account with optional filtering and pagination. Access level: List. https://docs.aws.amazon.com/nova-act/latest/APIReference/API_ListWorkflowDefinitions.html */
  ListWorkflowDefinitions: "L||||||;",
  /** Grants permission to list all workflow runs for a specific workflow definition with optional filtering and pagination. Access level: List. Resources: workflow-definition*. https://docs.aws.amazon.com/nova-act/latest/APIReference/API_ListWorkflowRuns.html */
  ListWorkflowRuns: "L|||0;1;|||;",
  /** Grants permission to update an existing act's configuration, status, or error information. Access level: Write. Resources: workflow-definition*, workflow-run*. https://docs.aws.amazon.com/nova-act/latest/APIReference/API_UpdateAct.html */
  UpdateAct: "W|||0;1;,1;1;|||;",
  /** Grants permission to update the configuration or state of an active workflow run. Access level: Write. Resources: workflow-definition*, workflow-run*. https://docs.aws.amazon.com/nova-act/latest/APIReference/API_UpdateWorkflowRun.html */
  UpdateWorkflowRun: "W|||0;1;,1;1;|||;",
} as const;
const actionDetails = {
  CreateAct:
    "|,;~~~|Grants permission to create a new AI task (act) within a session that can interact with tools and perform specific actions",
  CreateSession:
    "|,;~~~|Grants permission to create a new session context within a workflow run to manage conversation state and acts",
  CreateWorkflowDefinition:
    "|,;~~~|Grants permission to create a new workflow definition template that can be used to execute multiple workflow runs",
  CreateWorkflowRun:
    "|,;~~~|Grants permission to create a new execution instance of a workflow definition with specified parameters",
  DeleteWorkflowDefinition: "|,;~~~|Grants permission to delete a workflow definition and all associated resources",
  DeleteWorkflowRun:
    "|,;~~~|Grants permission to terminate and clean up a workflow run, stopping all associated acts and sessions",
  GetWorkflowDefinition:
    "|,;~~~|Grants permission to retrieve details and configuration of a specific workflow definition",
  GetWorkflowRun:
    "|,;~~~|Grants permission to retrieve the current state, configuration, and execution details of a workflow run",
  InvokeActStep:
    "|,;~~~|Grants permission to execute the next step of an act, processing tool call results and returning new tool calls if needed",
  ListActs:
    "|,;~~~|Grants permission to list all acts within a specific session with their current status and execution details",
  ListModels:
    "|,;~~~|Grants permission to list all available AI models that can be used for workflow execution, including their status and compatibility information",
  ListSessions: "|,;~~~|Grants permission to list all sessions within a specific workflow run",
  ListWorkflowDefinitions:
    "|,;~~~|Grants permission to list all workflow definitions in your account with optional filtering and pagination",
  ListWorkflowRuns:
    "|,;~~~|Grants permission to list all workflow runs for a specific workflow definition with optional filtering and pagination",
  UpdateAct: "|,;~~~|Grants permission to update an existing act's configuration, status, or error information",
  UpdateWorkflowRun: "|,;~~~|Grants permission to update the configuration or state of an active workflow run",
};
const resourceTypeFacts = {
  /** The workflow-definition resource type: arn:${Partition}:nova-act:${Region}:${Account}:workflow-definition/${WorkflowDefinitionName} */
  "workflow-definition": "|,workflowDefinition|",
  /** The workflow-run resource type: arn:${Partition}:nova-act:${Region}:${Account}:workflow-definition/${WorkflowDefinitionName}/workflow-run/${WorkflowRunId} */
  "workflow-run": "|,workflowRun|",
} as const;
const arnFormats = {
  /** ARN of a workflow-definition resource: arn:${Partition}:nova-act:${Region}:${Account}:workflow-definition/${WorkflowDefinitionName}. */
  workflowDefinition:
    "|,workflow-definition|arn:|Partition|:nova-act:|Region|:|Account|:workflow-definition/|WorkflowDefinitionName|",
  /** ARN of a workflow-run resource: arn:${Partition}:nova-act:${Region}:${Account}:workflow-definition/${WorkflowDefinitionName}/workflow-run/${WorkflowRunId}. */
  workflowRun:
    "|,workflow-run|arn:|Partition|:nova-act:|Region|:|Account|:workflow-definition/|WorkflowDefinitionName|/workflow-run/|WorkflowRunId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["workflow-definition", "workflow-run"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "nova-act">;
/** Any nova-act action. */
export type Action = ActionOf<typeof actionFacts, "nova-act">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "nova-act">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "nova-act" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every nova-act action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "nova-act",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
