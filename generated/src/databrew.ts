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
export const prefix: "databrew" = "databrew";
/** The service's name in the reference. */
export const serviceName: "AWS Glue DataBrew" = "AWS Glue DataBrew";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Glue DataBrew",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsgluedatabrew.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["databrew:TagResource", "iam:PassRole"] as const;
const actionFacts = {
  /** Grants permission to delete one or more recipe versions. Access level: Write. Resources: Recipe*. https://docs.aws.amazon.com/databrew/latest/dg/API_BatchDeleteRecipeVersion.html */
  BatchDeleteRecipeVersion: "W|||3;1;|||;",
  /** Grants permission to create a dataset. Access level: Write. https://docs.aws.amazon.com/databrew/latest/dg/API_CreateDataset.html */
  CreateDataset: "W||||0,1,2|0|;",
  /** Grants permission to create a profile job. Access level: Write. https://docs.aws.amazon.com/databrew/latest/dg/API_CreateProfileJob.html */
  CreateProfileJob: "W||||0,1,2|0,1|;",
  /** Grants permission to create a project. Access level: Write. https://docs.aws.amazon.com/databrew/latest/dg/API_CreateProject.html */
  CreateProject: "W||||0,1,2|0,1|;",
  /** Grants permission to create a recipe. Access level: Write. https://docs.aws.amazon.com/databrew/latest/dg/API_CreateRecipe.html */
  CreateRecipe: "W||||0,1,2|0|;",
  /** Grants permission to create a recipe job. Access level: Write. https://docs.aws.amazon.com/databrew/latest/dg/API_CreateRecipeJob.html */
  CreateRecipeJob: "W||||0,1,2|0,1|;",
  /** Grants permission to create a ruleset. Access level: Write. https://docs.aws.amazon.com/databrew/latest/dg/API_CreateRuleset.html */
  CreateRuleset: "W||||0,1,2|0|;",
  /** Grants permission to create a schedule. Access level: Write. https://docs.aws.amazon.com/databrew/latest/dg/API_CreateSchedule.html */
  CreateSchedule: "W||||0,1,2|0|;",
  /** Grants permission to delete a dataset. Access level: Write. Resources: Dataset*. https://docs.aws.amazon.com/databrew/latest/dg/API_DeleteDataset.html */
  DeleteDataset: "W|||0;1;|||;",
  /** Grants permission to delete a job. Access level: Write. Resources: Job*. https://docs.aws.amazon.com/databrew/latest/dg/API_DeleteJob.html */
  DeleteJob: "W|||1;1;|||;",
  /** Grants permission to delete a project. Access level: Write. Resources: Project*. https://docs.aws.amazon.com/databrew/latest/dg/API_DeleteProject.html */
  DeleteProject: "W|||2;1;|||;",
  /** Grants permission to delete a recipe version. Access level: Write. Resources: Recipe*. https://docs.aws.amazon.com/databrew/latest/dg/API_DeleteRecipeVersion.html */
  DeleteRecipeVersion: "W|||3;1;|||;",
  /** Grants permission to delete a ruleset. Access level: Write. Resources: Ruleset*. https://docs.aws.amazon.com/databrew/latest/dg/API_DeleteRuleset.html */
  DeleteRuleset: "W|||4;1;|||;",
  /** Grants permission to delete a schedule. Access level: Write. Resources: Schedule*. https://docs.aws.amazon.com/databrew/latest/dg/API_DeleteSchedule.html */
  DeleteSchedule: "W|||5;1;|||;",
  /** Grants permission to view details about a dataset. Access level: Read. Resources: Dataset*. https://docs.aws.amazon.com/databrew/latest/dg/API_DescribeDataset.html */
  DescribeDataset: "R|||0;1;|||;",
  /** Grants permission to view details about a job. Access level: Read. Resources: Job*. https://docs.aws.amazon.com/databrew/latest/dg/API_DescribeJob.html */
  DescribeJob: "R|||1;1;|||;",
  /** Grants permission to view details about job run for a given job. Access level: Read. Resources: Job*. https://docs.aws.amazon.com/databrew/latest/dg/API_DescribeJobRun.html */
  DescribeJobRun: "R|||1;1;|||;",
  /** Grants permission to view details about a project. Access level: Read. Resources: Project*. https://docs.aws.amazon.com/databrew/latest/dg/API_DescribeProject.html */
  DescribeProject: "R|||2;1;|||;",
  /** Grants permission to view details about a recipe. Access level: Read. Resources: Recipe*. https://docs.aws.amazon.com/databrew/latest/dg/API_DescribeRecipe.html */
  DescribeRecipe: "R|||3;1;|||;",
  /** Grants permission to view details about a ruleset. Access level: Read. Resources: Ruleset*. https://docs.aws.amazon.com/databrew/latest/dg/API_DescribeRuleset.html */
  DescribeRuleset: "R|||4;1;|||;",
  /** Grants permission to view details about a schedule. Access level: Read. Resources: Schedule*. https://docs.aws.amazon.com/databrew/latest/dg/API_DescribeSchedule.html */
  DescribeSchedule: "R|||5;1;|||;",
  /** Grants permission to list datasets in your account. Access level: Read. https://docs.aws.amazon.com/databrew/latest/dg/API_ListDatasets.html */
  ListDatasets: "R||||||;",
  /** Grants permission to list job runs for a given job. Access level: Read. Resources: Job*. https://docs.aws.amazon.com/databrew/latest/dg/API_ListJobRuns.html */
  ListJobRuns: "R|||1;1;|||;",
  /** Grants permission to list jobs in your account. Access level: Read. https://docs.aws.amazon.com/databrew/latest/dg/API_ListJobs.html */
  ListJobs: "R||||||;",
  /** Grants permission to list projects in your account. Access level: Read. https://docs.aws.amazon.com/databrew/latest/dg/API_ListProjects.html */
  ListProjects: "R||||||;",
  /** Grants permission to list versions in your recipe. Access level: Read. Resources: Recipe*. https://docs.aws.amazon.com/databrew/latest/dg/API_ListRecipeVersions.html */
  ListRecipeVersions: "R|||3;1;|||;",
  /** Grants permission to list recipes in your account. Access level: Read. https://docs.aws.amazon.com/databrew/latest/dg/API_ListRecipes.html */
  ListRecipes: "R||||||;",
  /** Grants permission to list rulesets in your account. Access level: Read. https://docs.aws.amazon.com/databrew/latest/dg/API_ListRulesets.html */
  ListRulesets: "R||||||;",
  /** Grants permission to list schedules in your account. Access level: Read. https://docs.aws.amazon.com/databrew/latest/dg/API_ListSchedules.html */
  ListSchedules: "R||||||;",
  /** Grants permission to retrieve tags associated with a resource. Access level: Read. Resources: Dataset, Job, Project, Recipe, Ruleset, Schedule. https://docs.aws.amazon.com/databrew/latest/dg/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;|||;",
  /** Grants permission to publish a major verison of a recipe. Access level: Write. Resources: Recipe*. https://docs.aws.amazon.com/databrew/latest/dg/API_PublishRecipe.html */
  PublishRecipe: "W|||3;1;|||;",
  /** Grants permission to submit an action to the interactive session for a project. Access level: Write. Resources: Project*. https://docs.aws.amazon.com/databrew/latest/dg/API_SendProjectSessionAction.html */
  SendProjectSessionAction: "W|||2;1;|||;",
  /** Grants permission to start running a job. Access level: Write. Resources: Job*. https://docs.aws.amazon.com/databrew/latest/dg/API_StartJobRun.html */
  StartJobRun: "W|||1;1;|||;",
  /** Grants permission to start an interactive session for a project. Access level: Write. Resources: Project*. https://docs.aws.amazon.com/databrew/latest/dg/API_StartProjectSession.html */
  StartProjectSession: "W|||2;1;|||;",
  /** Grants permission to stop a job run for a job. Access level: Write. Resources: Job*. https://docs.aws.amazon.com/databrew/latest/dg/API_StopJobRun.html */
  StopJobRun: "W|||1;1;|||;",
  /** Grants permission to add tags to a resource. Access level: Tagging. Resources: Dataset, Job, Project, Recipe, Ruleset, Schedule. https://docs.aws.amazon.com/databrew/latest/dg/API_TagResource.html */
  TagResource:
    "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;|0,2||CreateDataset,CreateProfileJob,CreateProject,CreateRecipe,CreateRecipeJob,CreateRuleset,CreateSchedule,;",
  /** Grants permission to remove tags associated with a resource. Access level: Tagging. Resources: Dataset, Job, Project, Recipe, Ruleset, Schedule. https://docs.aws.amazon.com/databrew/latest/dg/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;|2||;",
  /** Grants permission to modify a dataset. Access level: Write. Resources: Dataset*. https://docs.aws.amazon.com/databrew/latest/dg/API_UpdateDataset.html */
  UpdateDataset: "W|||0;1;|||;",
  /** Grants permission to modify a profile job. Access level: Write. Resources: Job*. https://docs.aws.amazon.com/databrew/latest/dg/API_UpdateProfileJob.html */
  UpdateProfileJob: "W|||1;1;||1|;",
  /** Grants permission to modify a project. Access level: Write. Resources: Project*. https://docs.aws.amazon.com/databrew/latest/dg/API_UpdateProject.html */
  UpdateProject: "W|||2;1;||1|;",
  /** Grants permission to modify a recipe. Access level: Write. Resources: Recipe*. https://docs.aws.amazon.com/databrew/latest/dg/API_UpdateRecipe.html */
  UpdateRecipe: "W|||3;1;|||;",
  /** Grants permission to modify a recipe job. Access level: Write. Resources: Job*. https://docs.aws.amazon.com/databrew/latest/dg/API_UpdateRecipeJob.html */
  UpdateRecipeJob: "W|||1;1;||1|;",
  /** Grants permission to modify a ruleset. Access level: Write. Resources: Ruleset*. https://docs.aws.amazon.com/databrew/latest/dg/API_UpdateRuleset.html */
  UpdateRuleset: "W|||4;1;|||;",
  /** Grants permission to modify a schedule. Access level: Write. Resources: Schedule*. https://docs.aws.amazon.com/databrew/latest/dg/API_UpdateSchedule.html */
  UpdateSchedule: "W|||5;1;|||;",
} as const;
const actionDetails = {
  BatchDeleteRecipeVersion: "|,;~~~|Grants permission to delete one or more recipe versions",
  CreateDataset: "|,;~~~|Grants permission to create a dataset",
  CreateProfileJob: "|,;~~~|Grants permission to create a profile job",
  CreateProject: "|,;~~~|Grants permission to create a project",
  CreateRecipe: "|,;~~~|Grants permission to create a recipe",
  CreateRecipeJob: "|,;~~~|Grants permission to create a recipe job",
  CreateRuleset: "|,;~~~|Grants permission to create a ruleset",
  CreateSchedule: "|,;~~~|Grants permission to create a schedule",
  DeleteDataset: "|,;~~~|Grants permission to delete a dataset",
  DeleteJob: "|,;~~~|Grants permission to delete a job",
  DeleteProject: "|,;~~~|Grants permission to delete a project",
  DeleteRecipeVersion: "|,;~~~|Grants permission to delete a recipe version",
  DeleteRuleset: "|,;~~~|Grants permission to delete a ruleset",
  DeleteSchedule: "|,;~~~|Grants permission to delete a schedule",
  DescribeDataset: "|,;~~~|Grants permission to view details about a dataset",
  DescribeJob: "|,;~~~|Grants permission to view details about a job",
  DescribeJobRun: "|,;~~~|Grants permission to view details about job run for a given job",
  DescribeProject: "|,;~~~|Grants permission to view details about a project",
  DescribeRecipe: "|,;~~~|Grants permission to view details about a recipe",
  DescribeRuleset: "|,;~~~|Grants permission to view details about a ruleset",
  DescribeSchedule: "|,;~~~|Grants permission to view details about a schedule",
  ListDatasets: "|,;~~~|Grants permission to list datasets in your account",
  ListJobRuns: "|,;~~~|Grants permission to list job runs for a given job",
  ListJobs: "|,;~~~|Grants permission to list jobs in your account",
  ListProjects: "|,;~~~|Grants permission to list projects in your account",
  ListRecipeVersions: "|,;~~~|Grants permission to list versions in your recipe",
  ListRecipes: "|,;~~~|Grants permission to list recipes in your account",
  ListRulesets: "|,;~~~|Grants permission to list rulesets in your account",
  ListSchedules: "|,;~~~|Grants permission to list schedules in your account",
  ListTagsForResource: "|,;~~~|Grants permission to retrieve tags associated with a resource",
  PublishRecipe: "|,;~~~|Grants permission to publish a major verison of a recipe",
  SendProjectSessionAction: "|,;~~~|Grants permission to submit an action to the interactive session for a project",
  StartJobRun: "|,;~~~|Grants permission to start running a job",
  StartProjectSession: "|,;~~~|Grants permission to start an interactive session for a project",
  StopJobRun: "|,;~~~|Grants permission to stop a job run for a job",
  TagResource: "|,;~~~,~~,~~,~~,~~,~~,~~,~~|Grants permission to add tags to a resource",
  UntagResource: "|,;~~~|Grants permission to remove tags associated with a resource",
  UpdateDataset: "|,;~~~|Grants permission to modify a dataset",
  UpdateProfileJob: "|,;~~~|Grants permission to modify a profile job",
  UpdateProject: "|,;~~~|Grants permission to modify a project",
  UpdateRecipe: "|,;~~~|Grants permission to modify a recipe",
  UpdateRecipeJob: "|,;~~~|Grants permission to modify a recipe job",
  UpdateRuleset: "|,;~~~|Grants permission to modify a ruleset",
  UpdateSchedule: "|,;~~~|Grants permission to modify a schedule",
};
const resourceTypeFacts = {
  /** The Dataset resource type: arn:${Partition}:databrew:${Region}:${Account}:dataset/${ResourceId} */
  Dataset: "|,dataset|1",
  /** The Job resource type: arn:${Partition}:databrew:${Region}:${Account}:job/${ResourceId} */
  Job: "|,job|1",
  /** The Project resource type: arn:${Partition}:databrew:${Region}:${Account}:project/${ResourceId} */
  Project: "|,project|1",
  /** The Recipe resource type: arn:${Partition}:databrew:${Region}:${Account}:recipe/${ResourceId} */
  Recipe: "|,recipe|1",
  /** The Ruleset resource type: arn:${Partition}:databrew:${Region}:${Account}:ruleset/${ResourceId} */
  Ruleset: "|,ruleset|1",
  /** The Schedule resource type: arn:${Partition}:databrew:${Region}:${Account}:schedule/${ResourceId} */
  Schedule: "|,schedule|1",
} as const;
const arnFormats = {
  /** ARN of a Dataset resource: arn:${Partition}:databrew:${Region}:${Account}:dataset/${ResourceId}. */
  dataset: "|,Dataset|arn:|Partition|:databrew:|Region|:|Account|:dataset/|ResourceId|",
  /** ARN of a Job resource: arn:${Partition}:databrew:${Region}:${Account}:job/${ResourceId}. */
  job: "|,Job|arn:|Partition|:databrew:|Region|:|Account|:job/|ResourceId|",
  /** ARN of a Project resource: arn:${Partition}:databrew:${Region}:${Account}:project/${ResourceId}. */
  project: "|,Project|arn:|Partition|:databrew:|Region|:|Account|:project/|ResourceId|",
  /** ARN of a Recipe resource: arn:${Partition}:databrew:${Region}:${Account}:recipe/${ResourceId}. */
  recipe: "|,Recipe|arn:|Partition|:databrew:|Region|:|Account|:recipe/|ResourceId|",
  /** ARN of a Ruleset resource: arn:${Partition}:databrew:${Region}:${Account}:ruleset/${ResourceId}. */
  ruleset: "|,Ruleset|arn:|Partition|:databrew:|Region|:|Account|:ruleset/|ResourceId|",
  /** ARN of a Schedule resource: arn:${Partition}:databrew:${Region}:${Account}:schedule/${ResourceId}. */
  schedule: "|,Schedule|arn:|Partition|:databrew:|Region|:|Account|:schedule/|ResourceId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["Dataset", "Job", "Project", "Recipe", "Ruleset", "Schedule"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "databrew">;
/** Any databrew action. */
export type Action = ActionOf<typeof actionFacts, "databrew">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "databrew">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "databrew" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every databrew action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "databrew",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
