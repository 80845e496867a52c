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
export const prefix: "migrationhub-orchestrator" = "migrationhub-orchestrator";
/** The service's name in the reference. */
export const serviceName: "AWS Migration Hub Orchestrator" = "AWS Migration Hub Orchestrator";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Migration Hub Orchestrator",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsmigrationhuborchestrator.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["migrationhub-orchestrator:TagResource"] as const;
const actionFacts = {
  /** Grants permission to create a custom template. Access level: Write. https://docs.aws.amazon.com/migrationhub-orchestrator/latest/APIReference/API_CreateTemplate.html */
  CreateTemplate: "W|||||0|;",
  /** Grants permission to create a workflow based on the selected template. Access level: Write. Resources: template*. https://docs.aws.amazon.com/migrationhub-orchestrator/latest/APIReference/API_CreateWorkflow.html */
  CreateWorkflow: "W|||0;1;|0,2|0|;",
  /** Grants permission to create a step under a workflow and a specific step group. Access level: Write. Resources: workflow*. https://docs.aws.amazon.com/migrationhub-orchestrator/latest/APIReference/API_CreateWorkflowStep.html */
  CreateWorkflowStep: "W|||1;1;|||;",
  /** Grants permission to to create a custom step group for a given workflow. Access level: Write. Resources: workflow*. https://docs.aws.amazon.com/migrationhub-orchestrator/latest/APIReference/API_CreateWorkflowStepGroup.html */
  CreateWorkflowStepGroup: "W|||1;1;|||;",
  /** Grants permission to delete a custom template. Access level: Write. Resources: template*. https://docs.aws.amazon.com/migrationhub-orchestrator/latest/APIReference/API_DeleteTemplate.html */
  DeleteTemplate: "W|||0;1;|||;",
  /** Grants permission to a workflow. Access level: Write. Resources: workflow*. https://docs.aws.amazon.com/migrationhub-orchestrator/latest/APIReference/API_DeleteWorkflow.html */
  DeleteWorkflow: "W|||1;1;|||;",
  /** Grants permission to delete a step from a specific step group under a workflow. Access level: Write. Resources: workflow*. https://docs.aws.amazon.com/migrationhub-orchestrator/latest/APIReference/API_DeleteWorkflowStep.html */
  DeleteWorkflowStep: "W|||1;1;|||;",
  /** Grants permission to delete a step group associated with a workflow. Access level: Write. Resources: workflow*. https://docs.aws.amazon.com/migrationhub-orchestrator/latest/APIReference/API_DeleteWorkflowStepGroup.html */
  DeleteWorkflowStepGroup: "W|||1;1;|||;",
  /** Grants permission to the plugin to receive information from the service. Access level: Read. https://docs.aws.amazon.com/migrationhub-orchestrator/latest/APIReference/API_GetMessage.html */
  GetMessage: "R||||||",
  /** Grants permission to get retrieve metadata for a Template. Access level: Read. Resources: template*. https://docs.aws.amazon.com/migrationhub-orchestrator/latest/APIReference/API_GetTemplate.html */
  GetTemplate: "R|||0;1;|||;",
  /** Grants permission to retrieve details of a step associated with a template and a step group. Access level: Read. Resources: template*. https://docs.aws.amazon.com/migrationhub-orchestrator/latest/APIReference/API_GetTemplateStep.html */
  GetTemplateStep: "R|||0;1;|||;",
  /** Grants permission to retrieve metadata of a step group under a template. Access level: Read. Resources: template*. https://docs.aws.amazon.com/migrationhub-orchestrator/latest/APIReference/API_GetTemplateStepGroup.html */
  GetTemplateStepGroup: "R|||0;1;|||;",
  /** Grants permission to retrieve metadata asscociated with a workflow. Access level: Read. Resources: workflow*. https://docs.aws.amazon.com/migrationhub-orchestrator/latest/APIReference/API_GetWorkflow.html */
  GetWorkflow: "R|||1;1;|||;",
  /** Grants permission to get details of step associated with a workflow and a step group. Access level: Read. Resources: workflow*. https://docs.aws.amazon.com/migrationhub-orchestrator/latest/APIReference/API_GetWorkflowStep.html */
  GetWorkflowStep: "R|||1;1;|||;",
  /** Grants permission to get details of a step group associated with a workflow. Access level: Read. Resources: workflow*. https://docs.aws.amazon.com/migrationhub-orchestrator/latest/APIReference/API_GetWorkflowStepGroup.html */
  GetWorkflowStepGroup: "R|||1;1;|||;",
  /** Grants permission to get a list all registered Plugins. Access level: List. https://docs.aws.amazon.com/migrationhub-orchestrator/latest/APIReference/API_ListPlugins.html */
  ListPlugins: "L||||||;",
  /** Grants permission to get a list of all the tags tied to a resource. Access level: Read. Resources: template*, workflow*. https://docs.aws.amazon.com/migrationhub-orchestrator/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;1;,1;1;|||;",
  /** Grants permission to lists step groups of a template. Access level: List. Resources: template*. https://docs.aws.amazon.com/migrationhub-orchestrator/latest/APIReference/API_ListTemplateStepGroups.html */
  ListTemplateStepGroups: "L|||0;1;|||;",
  /** Grants permission to get a list of steps in a step group. Access level: List. Resources: template*. https://docs.aws.amazon.com/migrationhub-orchestrator/latest/APIReference/API_ListTemplateSteps.html */
  ListTemplateSteps: "L|||0;1;|||;",
  /** Grants permission to get a list of all Templates available to customer. Access level: List. https://docs.aws.amazon.com/migrationhub-orchestrator/latest/APIReference/API_ListTemplates.html */
  ListTemplates: "L||||||;",
  /** Grants permission to get list of step groups associated with a workflow. Access level: List. Resources: workflow*. https://docs.aws.amazon.com/migrationhub-orchestrator/latest/APIReference/API_ListWorkflowStepGroups.html */
  ListWorkflowStepGroups: "L|||1;1;|||;",
  /** Grants permission to get a list of steps within step group associated with a workflow. Access level: List. Resources: workflow*. https://docs.aws.amazon.com/migrationhub-orchestrator/latest/APIReference/API_ListWorkflowSteps.html */
  ListWorkflowSteps: "L|||1;1;|||;",
  /** Grants permission to list all workflows. Access level: List. https://docs.aws.amazon.com/migrationhub-orchestrator/latest/APIReference/API_ListWorkflows.html */
  ListWorkflows: "L||||||;",
  /** Grants permission to register the plugin to receive an ID and to start receiving messages from the service. Access level: Write. https://docs.aws.amazon.com/migrationhub-orchestrator/latest/APIReference/API_RegisterPlugin.html */
  RegisterPlugin: "W||||||",
  /** Grants permission to retry a failed step within a workflow. Access level: Write. Resources: workflow*. https://docs.aws.amazon.com/migrationhub-orchestrator/latest/APIReference/API_RetryWorkflowStep.html */
  RetryWorkflowStep: "W|||1;1;|||;",
  /** Grants permission to the plugin to send information to the service. Access level: Write. https://docs.aws.amazon.com/migrationhub-orchestrator/latest/APIReference/API_SendMessage.html */
  SendMessage: "W||||||",
  /** Grants permission to start a workflow or resume a stopped workflow. Access level: Write. Resources: workflow*. https://docs.aws.amazon.com/migrationhub-orchestrator/latest/APIReference/API_StartWorkflow.html */
  StartWorkflow: "W|||1;1;|||;",
  /** Grants permission to stop a workflow. Access level: Write. Resources: workflow*. https://docs.aws.amazon.com/migrationhub-orchestrator/latest/APIReference/API_StopWorkflow.html */
  StopWorkflow: "W|||1;1;|||;",
  /** Grants permission to add tags to a resource. Access level: Tagging. Resources: template, workflow. https://docs.aws.amazon.com/migrationhub-orchestrator/latest/APIReference/API_TagResource.html */
  TagResource: "T|||0;0;,1;0;|0,2||CreateTemplate,CreateWorkflow,;",
  /** Grants permission to remove tags from a resource. Access level: Tagging. Resources: template, workflow. https://docs.aws.amazon.com/migrationhub-orchestrator/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;|2||;",
  /** Grants permission to update a custom template. Access level: Write. Resources: template*. https://docs.aws.amazon.com/migrationhub-orchestrator/latest/APIReference/API_UpdateTemplate.html */
  UpdateTemplate: "W|||0;1;|||",
  /** Grants permission to update the metadata associated with the workflow. Access level: Write. Resources: workflow*. https://docs.aws.amazon.com/migrationhub-orchestrator/latest/APIReference/API_UpdateWorkflow.html */
  UpdateWorkflow: "W|||1;1;|||;",
  /** Grants permission to update metadata and status of a custom step within a workflow. Access level: Write. Resources: workflow*. https://docs.aws.amazon.com/migrationhub-orchestrator/latest/APIReference/API_UpdateWorkflowStep.html */
  UpdateWorkflowStep: "W|||1;1;|||;",
  /** Grants permission to update metadata associated with a step group in a given workflow. Access level: Write. Resources: workflow*. https://docs.aws.amazon.com/migrationhub-orchestrator/latest/APIReference/API_UpdateWorkflowStepGroup.html */
  UpdateWorkflowStepGroup: "W|||1;1;|||;",
} as const;
const actionDetails = {
  CreateTemplate: "|,;~~~|Grants permission to create a custom template",
  CreateWorkflow: "|,;~~~|Grants permission to create a workflow based on the selected template",
  CreateWorkflowStep: "|,;~~~|Grants permission to create a step under a workflow and a specific step group",
  CreateWorkflowStepGroup: "|,;~~~|Grants permission to to create a custom step group for a given workflow",
  DeleteTemplate: "|,;~~~|Grants permission to delete a custom template",
  DeleteWorkflow: "|,;~~~|Grants permission to a workflow",
  DeleteWorkflowStep: "|,;~~~|Grants permission to delete a step from a specific step group under a workflow",
  DeleteWorkflowStepGroup: "|,;~~~|Grants permission to delete a step group associated with a workflow",
  GetMessage: "|,;~|Grants permission to the plugin to receive information from the service",
  GetTemplate: "|,;~~~|Grants permission to get retrieve metadata for a Template",
  GetTemplateStep: "|,;~~~|Grants permission to retrieve details of a step associated with a template and a step group",
  GetTemplateStepGroup: "|,;~~~|Grants permission to retrieve metadata of a step group under a template",
  GetWorkflow: "|,;~~~|Grants permission to retrieve metadata asscociated with a workflow",
  GetWorkflowStep: "|,;~~~|Grants permission to get details of step associated with a workflow and a step group",
  GetWorkflowStepGroup: "|,;~~~|Grants permission to get details of a step group associated with a workflow",
  ListPlugins: "|,;~~~|Grants permission to get a list all registered Plugins",
  ListTagsForResource: "|,;~~~|Grants permission to get a list of all the tags tied to a resource",
  ListTemplateStepGroups: "|,;~~~|Grants permission to lists step groups of a template",
  ListTemplateSteps: "|,;~~~|Grants permission to get a list of steps in a step group",
  ListTemplates: "|,;~~~|Grants permission to get a list of all Templates available to customer",
  ListWorkflowStepGroups: "|,;~~~|Grants permission to get list of step groups associated with a workflow",
  ListWorkflowSteps: "|,;~~~|Grants permission to get a list of steps within step group associated with a workflow",
  ListWorkflows: "|,;~~~|Grants permission to list all workflows",
  RegisterPlugin:
    "|,;~|Grants permission to register the plugin to receive an ID and to start receiving messages from the service",
  RetryWorkflowStep: "|,;~~~|Grants permission to retry a failed step within a workflow",
  SendMessage: "|,;~|Grants permission to the plugin to send information to the service",
  StartWorkflow: "|,;~~~|Grants permission to start a workflow or resume a stopped workflow",
  StopWorkflow: "|,;~~~|Grants permission to stop a workflow",
  TagResource: "|,;~~~,~~,~~|Grants permission to add tags to a resource",
  UntagResource: "|,;~~~|Grants permission to remove tags from a resource",
  UpdateTemplate: "|,;~|Grants permission to update a custom template",
  UpdateWorkflow: "|,;~~~|Grants permission to update the metadata associated with the workflow",
  UpdateWorkflowStep: "|,;~~~|Grants permission to update metadata and status of a custom step within a workflow",
  UpdateWorkflowStepGroup:
    "|,;~~~|Grants permission to update metadata associated with a step group in a given workflow",
};
const resourceTypeFacts = {
  /** The template resource type: arn:${Partition}:migrationhub-orchestrator:${Region}:${Account}:template/${ResourceId} */
  template: "|,|1",
  /** The workflow resource type: arn:${Partition}:migrationhub-orchestrator:${Region}:${Account}:workflow/${ResourceId} */
  workflow: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a template resource: arn:${Partition}:migrationhub-orchestrator:${Region}:${Account}:template/${ResourceId}. */
  template: "|,template|arn:|Partition|:migrationhub-orchestrator:|Region|:|Account|:template/|ResourceId|",
  /** ARN of a workflow resource: arn:${Partition}:migrationhub-orchestrator:${Region}:${Account}:workflow/${ResourceId}. */
  workflow: "|,workflow|arn:|Partition|:migrationhub-orchestrator:|Region|:|Account|:workflow/|ResourceId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["template", "workflow"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "migrationhub-orchestrator">;
/** Any migrationhub-orchestrator action. */
export type Action = ActionOf<typeof actionFacts, "migrationhub-orchestrator">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "migrationhub-orchestrator">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "migrationhuborchestrator" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every migrationhub-orchestrator action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "migrationhub-orchestrator",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
