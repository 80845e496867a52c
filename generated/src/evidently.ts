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
export const prefix: "evidently" = "evidently";
/** The service's name in the reference. */
export const serviceName: "Amazon CloudWatch Evidently" = "Amazon CloudWatch Evidently";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon CloudWatch Evidently",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoncloudwatchevidently.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["iam:CreateServiceLinkedRole", "iam:GetRole"] as const;
const actionFacts = {
  /** Grants permission to send a batched evaluate feature request. Access level: Write. Resources: Feature*. https://docs.aws.amazon.com/cloudwatchevidently/latest/APIReference/API_BatchEvaluateFeature.html */
  BatchEvaluateFeature: "W|||1;1;|||",
  /** Grants permission to create an experiment. Access level: Write. https://docs.aws.amazon.com/cloudwatchevidently/latest/APIReference/API_CreateExperiment.html */
  CreateExperiment: "W||||0,2||",
  /** Grants permission to create a feature. Access level: Write. https://docs.aws.amazon.com/cloudwatchevidently/latest/APIReference/API_CreateFeature.html */
  CreateFeature: "W||||0,2||",
  /** Grants permission to create a launch. Access level: Write. https://docs.aws.amazon.com/cloudwatchevidently/latest/APIReference/API_CreateLaunch.html */
  CreateLaunch: "W||||0,2||",
  /** Grants permission to create a project. Access level: Write. https://docs.aws.amazon.com/cloudwatchevidently/latest/APIReference/API_CreateProject.html */
  CreateProject: "W||||0,2|0,1|",
  /** Grants permission to create a segment. Access level: Write. https://docs.aws.amazon.com/cloudwatchevidently/latest/APIReference/API_CreateSegment.html */
  CreateSegment: "W||||0,2||",
  /** Grants permission to delete an experiment. Access level: Write. Resources: Experiment*. https://docs.aws.amazon.com/cloudwatchevidently/latest/APIReference/API_DeleteExperiment.html */
  DeleteExperiment: "W|||0;1;|||",
  /** Grants permission to delete a feature. Access level: Write. Resources: Feature*. https://docs.aws.amazon.com/cloudwatchevidently/latest/APIReference/API_DeleteFeature.html */
  DeleteFeature: "W|||1;1;|||",
  /** Grants permission to delete a launch. Access level: Write. Resources: Launch*. https://docs.aws.amazon.com/cloudwatchevidently/latest/APIReference/API_DeleteLaunch.html */
  DeleteLaunch: "W|||2;1;|||",
  /** Grants permission to delete a project. Access level: Write. Resources: Project*. https://docs.aws.amazon.com/cloudwatchevidently/latest/APIReference/API_DeleteProject.html */
  DeleteProject: "W|||3;1;|||",
  /** Grants permission to delete a segment. Access level: Write. Resources: Segment*. https://docs.aws.amazon.com/cloudwatchevidently/latest/APIReference/API_DeleteSegment.html */
  DeleteSegment: "W|||4;1;|||",
  /** Grants permission to send an evaluate feature request. Access level: Write. Resources: Feature*. https://docs.aws.amazon.com/cloudwatchevidently/latest/APIReference/API_EvaluateFeature.html */
  EvaluateFeature: "W|||1;1;|||",
  /** Grants permission to get experiment details. Access level: Read. Resources: Experiment*. https://docs.aws.amazon.com/cloudwatchevidently/latest/APIReference/API_GetExperiment.html */
  GetExperiment: "R|||0;1;|||",
  /** Grants permission to get experiment result. Access level: Read. Resources: Experiment*. https://docs.aws.amazon.com/cloudwatchevidently/latest/APIReference/API_GetExperimentResults.html */
  GetExperimentResults: "R|||0;1;|||",
  /** Grants permission to get feature details. Access level: Read. Resources: Feature*. https://docs.aws.amazon.com/cloudwatchevidently/latest/APIReference/API_GetFeature.html */
  GetFeature: "R|||1;1;|||",
  /** Grants permission to get launch details. Access level: Read. Resources: Launch*. https://docs.aws.amazon.com/cloudwatchevidently/latest/APIReference/API_GetLaunch.html */
  GetLaunch: "R|||2;1;|||",
  /** Grants permission to get project details. Access level: Read. Resources: Project*. https://docs.aws.amazon.com/cloudwatchevidently/latest/APIReference/API_GetProject.html */
  GetProject: "R|||3;1;|||",
  /** Grants permission to get segment details. Access level: Read. Resources: Segment*. https://docs.aws.amazon.com/cloudwatchevidently/latest/APIReference/API_GetSegment.html */
  GetSegment: "R|||4;1;|||",
  /** Grants permission to list experiments. Access level: Read. https://docs.aws.amazon.com/cloudwatchevidently/latest/APIReference/API_ListExperiments.html */
  ListExperiments: "R||||||",
  /** Grants permission to list features. Access level: Read. https://docs.aws.amazon.com/cloudwatchevidently/latest/APIReference/API_ListFeatures.html */
  ListFeatures: "R||||||",
  /** Grants permission to list launches. Access level: Read. https://docs.aws.amazon.com/cloudwatchevidently/latest/APIReference/API_ListLaunches.html */
  ListLaunches: "R||||||",
  /** Grants permission to list projects. Access level: Read. https://docs.aws.amazon.com/cloudwatchevidently/latest/APIReference/API_ListProjects.html */
  ListProjects: "R||||||",
  /** Grants permission to list resources referencing a segment. Access level: Read. https://docs.aws.amazon.com/cloudwatchevidently/latest/APIReference/API_ListSegmentReferences.html */
  ListSegmentReferences: "R||||||",
  /** Grants permission to list segments. Access level: Read. https://docs.aws.amazon.com/cloudwatchevidently/latest/APIReference/API_ListSegments.html */
  ListSegments: "R||||||",
  /** Grants permission to list tags for resources. Access level: Read. https://docs.aws.amazon.com/cloudwatchevidently/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R||||||",
  /** Grants permission to send performance events. Access level: Write. Resources: Project*. https://docs.aws.amazon.com/cloudwatchevidently/latest/APIReference/API_PutProjectEvents.html */
  PutProjectEvents: "W|||3;1;|||",
  /** Grants permission to start an experiment. Access level: Write. Resources: Experiment*. https://docs.aws.amazon.com/cloudwatchevidently/latest/APIReference/API_StartExperiment.html */
  StartExperiment: "W|||0;1;|||",
  /** Grants permission to start a launch. Access level: Write. Resources: Launch*. https://docs.aws.amazon.com/cloudwatchevidently/latest/APIReference/API_StartLaunch.html */
  StartLaunch: "W|||2;1;|||",
  /** Grants permission to stop an experiment. Access level: Write. Resources: Experiment*. https://docs.aws.amazon.com/cloudwatchevidently/latest/APIReference/API_StopExperiment.html */
  StopExperiment: "W|||0;1;|||",
  /** Grants permission to stop a launch. Access level: Write. Resources: Launch*. https://docs.aws.amazon.com/cloudwatchevidently/latest/APIReference/API_StopLaunch.html */
  StopLaunch: "W|||2;1;|||",
  /** Grants permission to tag resources. Access level: Tagging. Resources: Experiment, Feature, Launch, Project, Segment. https://docs.aws.amazon.com/cloudwatchevidently/latest/APIReference/API_TagResource.html */
  TagResource: "T|||0;0;,1;0;,2;0;,3;0;,4;0;|0,2||",
  /** Grants permission to test a segment pattern. Access level: Read. https://docs.aws.amazon.com/cloudwatchevidently/latest/APIReference/API_TestSegmentPattern.html */
  TestSegmentPattern: "R||||||",
  /** Grants permission to untag resources. Access level: Tagging. Resources: Experiment, Feature, Launch, Project, Segment. https://docs.aws.amazon.com/cloudwatchevidently/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,3;0;,4;0;|2||",
  /** Grants permission to update experiment. Access level: Write. Resources: Experiment*. https://docs.aws.amazon.com/cloudwatchevidently/latest/APIReference/API_UpdateExperiment.html */
  UpdateExperiment: "W|||0;1;|||",
  /** Grants permission to update feature. Access level: Write. Resources: Feature*. https://docs.aws.amazon.com/cloudwatchevidently/latest/APIReference/API_UpdateFeature.html */
  UpdateFeature: "W|||1;1;|||",
  /** Grants permission to update a launch. Access level: Write. Resources: Launch*. https://docs.aws.amazon.com/cloudwatchevidently/latest/APIReference/API_UpdateLaunch.html */
  UpdateLaunch: "W|||2;1;|||",
  /** Grants permission to update project. Access level: Write. Resources: Project*. https://docs.aws.amazon.com/cloudwatchevidently/latest/APIReference/API_UpdateProject.html */
  UpdateProject: "W|||3;1;||0,1|",
  /** Grants permission to update project data delivery. Access level: Write. Resources: Project*. https://docs.aws.amazon.com/cloudwatchevidently/latest/APIReference/API_UpdateProjectDataDelivery.html */
  UpdateProjectDataDelivery: "W|||3;1;|||",
} as const;
const actionDetails = {
  BatchEvaluateFeature: "|,;~|Grants permission to send a batched evaluate feature request",
  CreateExperiment: "|,;~|Grants permission to create an experiment",
  CreateFeature: "|,;~|Grants permission to create a feature",
  CreateLaunch: "|,;~|Grants permission to create a launch",
  CreateProject: "|,;~|Grants permission to create a project",
  CreateSegment: "|,;~|Grants permission to create a segment",
  DeleteExperiment: "|,;~|Grants permission to delete an experiment",
  DeleteFeature: "|,;~|Grants permission to delete a feature",
  DeleteLaunch: "|,;~|Grants permission to delete a launch",
  DeleteProject: "|,;~|Grants permission to delete a project",
  DeleteSegment: "|,;~|Grants permission to delete a segment",
  EvaluateFeature: "|,;~|Grants permission to send an evaluate feature request",
  GetExperiment: "|,;~|Grants permission to get experiment details",
  GetExperimentResults: "|,;~|Grants permission to get experiment result",
  GetFeature: "|,;~|Grants permission to get feature details",
  GetLaunch: "|,;~|Grants permission to get launch details",
  GetProject: "|,;~|Grants permission to get project details",
  GetSegment: "|,;~|Grants permission to get segment details",
  ListExperiments: "|,;~|Grants permission to list experiments",
  ListFeatures: "|,;~|Grants permission to list features",
  ListLaunches: "|,;~|Grants permission to list launches",
  ListProjects: "|,;~|Grants permission to list projects",
  ListSegmentReferences: "|,;~|Grants permission to list resources referencing a segment",
  ListSegments: "|,;~|Grants permission to list segments",
  ListTagsForResource: "|,;~|Grants permission to list tags for resources",
  PutProjectEvents: "|,;~|Grants permission to send performance events",
  StartExperiment: "|,;~|Grants permission to start an experiment",
  StartLaunch: "|,;~|Grants permission to start a launch",
  StopExperiment: "|,;~|Grants permission to stop an experiment",
  StopLaunch: "|,;~|Grants permission to stop a launch",
  TagResource: "|,;~|Grants permission to tag resources",
  TestSegmentPattern: "|,;~|Grants permission to test a segment pattern",
  UntagResource: "|,;~|Grants permission to untag resources",
  UpdateExperiment: "|,;~|Grants permission to update experiment",
  UpdateFeature: "|,;~|Grants permission to update feature",
  UpdateLaunch: "|,;~|Grants permission to update a launch",
  UpdateProject: "|,;~|Grants permission to update project",
  UpdateProjectDataDelivery: "|,;~|Grants permission to update project data delivery",
};
const resourceTypeFacts = {
  /** The Experiment resource type: arn:${Partition}:evidently:${Region}:${Account}:project/${ProjectName}/experiment/${ExperimentName} */
  Experiment: "|,experiment|1",
  /** The Feature resource type: arn:${Partition}:evidently:${Region}:${Account}:project/${ProjectName}/feature/${FeatureName} */
  Feature: "|,feature|1",
  /** The Launch resource type: arn:${Partition}:evidently:${Region}:${Account}:project/${ProjectName}/launch/${LaunchName} */
  Launch: "|,launch|1",
  /** The Project resource type: arn:${Partition}:evidently:${Region}:${Account}:project/${ProjectName} */
  Project: "|,project|1",
  /** The Segment resource type: arn:${Partition}:evidently:${Region}:${Account}:segment/${SegmentName} */
  Segment: "|,segment|1",
} as const;
const arnFormats = {
  /** ARN of a Experiment resource: arn:${Partition}:evidently:${Region}:${Account}:project/${ProjectName}/experiment/${ExperimentName}. */
  experiment:
    "|,Experiment|arn:|Partition|:evidently:|Region|:|Account|:project/|ProjectName|/experiment/|ExperimentName|",
  /** ARN of a Feature resource: arn:${Partition}:evidently:${Region}:${Account}:project/${ProjectName}/feature/${FeatureName}. */
  feature: "|,Feature|arn:|Partition|:evidently:|Region|:|Account|:project/|ProjectName|/feature/|FeatureName|",
  /** ARN of a Launch resource: arn:${Partition}:evidently:${Region}:${Account}:project/${ProjectName}/launch/${LaunchName}. */
  launch: "|,Launch|arn:|Partition|:evidently:|Region|:|Account|:project/|ProjectName|/launch/|LaunchName|",
  /** ARN of a Project resource: arn:${Partition}:evidently:${Region}:${Account}:project/${ProjectName}. */
  project: "|,Project|arn:|Partition|:evidently:|Region|:|Account|:project/|ProjectName|",
  /** ARN of a Segment resource: arn:${Partition}:evidently:${Region}:${Account}:segment/${SegmentName}. */
  segment: "|,Segment|arn:|Partition|:evidently:|Region|:|Account|:segment/|SegmentName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["Experiment", "Feature", "Launch", "Project", "Segment"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "evidently">;
/** Any evidently action. */
export type Action = ActionOf<typeof actionFacts, "evidently">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "evidently">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "", client: "" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every evidently action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the tags that are passed the request on behalf of the IAM principal. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by the tags associated with the resource that make the request on behalf of the IAM principal. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the tag keys that are passed in the request on behalf of the IAM principal. */
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
  "aws:RequestTag/${TagKey}":
    "|,String|0||Filters access by the tags that are passed the request on behalf of the IAM principal",
  "aws:ResourceTag/${TagKey}":
    "|,String|0||Filters access by the tags associated with the resource that make the request on behalf of the IAM principal",
  "aws:TagKeys":
    "|,ArrayOfString|0||Filters access by the tag keys that are passed in the request on behalf of the IAM principal",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "evidently",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
