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
export const prefix: "deepracer" = "deepracer";
/** The service's name in the reference. */
export const serviceName: "deepracer" = "deepracer";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "deepracer:MultiUser",
  "deepracer:UserToken",
] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** deepracer:AddLeaderboardAccessPermission. Access level: Write. Resources: leaderboard. */
  AddLeaderboardAccessPermission: "W|||2;0;|3,4||",
  /** deepracer:AdminDescribeAccountKey. Access level: Read. */
  AdminDescribeAccountKey: "R||||3,4||",
  /** deepracer:AdminGetAccountConfig. Access level: Read. */
  AdminGetAccountConfig: "R||||||",
  /** deepracer:AdminListAssociatedResources. Access level: Read. */
  AdminListAssociatedResources: "R||||||",
  /** deepracer:AdminListAssociatedUsers. Access level: Read. */
  AdminListAssociatedUsers: "R||||||",
  /** deepracer:AdminManageUser. Access level: Write. */
  AdminManageUser: "W||||||",
  /** deepracer:AdminSetAccountConfig. Access level: Write. */
  AdminSetAccountConfig: "W||||||",
  /** deepracer:AdminUpdateAccountKey. Access level: Write. */
  AdminUpdateAccountKey: "W||||3,4||",
  /** deepracer:CloneReinforcementLearningModel. Access level: Write. Resources: reinforcement_learning_model, track. */
  CloneReinforcementLearningModel: "W|||4;0;,5;0;|0,2,3,4||",
  /** deepracer:CreateCar. Access level: Write. */
  CreateCar: "W||||0,2,3,4||",
  /** deepracer:CreateLeaderboard. Access level: Write. */
  CreateLeaderboard: "W||||0,2,3,4||",
  /** deepracer:CreateLeaderboardAccessToken. Access level: Write. Resources: leaderboard. */
  CreateLeaderboardAccessToken: "W|||2;0;|3,4||",
  /** deepracer:CreateLeaderboardSubmission. Access level: Write. Resources: leaderboard, reinforcement_learning_model. */
  CreateLeaderboardSubmission: "W|||2;0;,4;0;|0,2,3,4||",
  /** deepracer:CreateReinforcementLearningModel. Access level: Write. Resources: track. */
  CreateReinforcementLearningModel: "W|||5;0;|0,2,3,4||",
  /** deepracer:DeleteLeaderboard. Access level: Write. Resources: leaderboard. */
  DeleteLeaderboard: "W|||2;0;|3,4||",
  /** deepracer:DeleteModel. Access level: Write. Resources: reinforcement_learning_model. */
  DeleteModel: "W|||4;0;|3,4||",
  /** deepracer:EditLeaderboard. Access level: Write. Resources: leaderboard. */
  EditLeaderboard: "W|||2;0;|3,4||",
  /** deepracer:GetAccountConfig. Access level: Read. */
  GetAccountConfig: "R||||3,4||",
  /** deepracer:GetAlias. Access level: Read. */
  GetAlias: "R||||3,4||",
  /** deepracer:GetAssetUrl. Access level: Read. Resources: reinforcement_learning_model. */
  GetAssetUrl: "R|||4;0;|3,4||",
  /** deepracer:GetCar. Access level: Read. Resources: car. */
  GetCar: "R|||0;0;|3,4||",
  /** deepracer:GetCars. Access level: Read. */
  GetCars: "R||||3,4||",
  /** deepracer:GetEvaluation. Access level: Read. Resources: evaluation_job. */
  GetEvaluation: "R|||1;0;|3,4||",
  /** deepracer:GetLatestUserSubmission. Access level: Read. Resources: leaderboard. */
  GetLatestUserSubmission: "R|||2;0;|3,4||",
  /** deepracer:GetLeaderboard. Access level: Read. Resources: leaderboard. */
  GetLeaderboard: "R|||2;0;|3,4||",
  /** deepracer:GetModel. Access level: Read. Resources: reinforcement_learning_model. */
  GetModel: "R|||4;0;|3,4||",
  /** deepracer:GetPrivateLeaderboard. Access level: Read. Resources: leaderboard. */
  GetPrivateLeaderboard: "R|||2;0;|3,4||",
  /** deepracer:GetRankedUserSubmission. Access level: Read. Resources: leaderboard. */
  GetRankedUserSubmission: "R|||2;0;|3,4||",
  /** deepracer:GetTrack. Access level: Read. Resources: track. */
  GetTrack: "R|||5;0;|||",
  /** deepracer:GetTrainingJob. Access level: Read. Resources: training_job. */
  GetTrainingJob: "R|||6;0;|3,4||",
  /** deepracer:ImportModel. Access level: Write. */
  ImportModel: "W||||3,4||",
  /** deepracer:ListEvaluations. Access level: Read. Resources: reinforcement_learning_model. */
  ListEvaluations: "R|||4;0;|3,4||",
  /** deepracer:ListLeaderboardEvaluations. Access level: Read. Resources: leaderboard. */
  ListLeaderboardEvaluations: "R|||2;0;|3,4||",
  /** deepracer:ListLeaderboardSubmissions. Access level: Read. Resources: leaderboard. */
  ListLeaderboardSubmissions: "R|||2;0;|3,4||",
  /** deepracer:ListLeaderboards. Access level: Read. */
  ListLeaderboards: "R||||3,4||",
  /** deepracer:ListModels. Access level: Read. */
  ListModels: "R||||3,4||",
  /** deepracer:ListPrivateLeaderboardParticipants. Access level: Read. Resources: leaderboard. */
  ListPrivateLeaderboardParticipants: "R|||2;0;|3,4||",
  /** deepracer:ListPrivateLeaderboards. Access level: Read. */
  ListPrivateLeaderboards: "R||||3,4||",
  /** deepracer:ListSubscribedPrivateLeaderboards. Access level: Read. */
  ListSubscribedPrivateLeaderboards: "R||||3,4||",
  /** deepracer:ListTagsForResource. Access level: Read. Resources: car, evaluation_job, leaderboard, leaderboard_evaluation_job, reinforcement_learning_model, training_job. */
  ListTagsForResource: "R|||0;0;,1;0;,2;0;,3;0;,4;0;,6;0;|1,3,4||",
  /** deepracer:ListTracks. Access level: Read. */
  ListTracks: "R||||||",
  /** deepracer:ListTrainingJobs. Access level: Read. Resources: reinforcement_learning_model. */
  ListTrainingJobs: "R|||4;0;|3,4||",
  /** deepracer:MigrateModels. Access level: Write. */
  MigrateModels: "W||||||",
  /** deepracer:PerformLeaderboardOperation. Access level: Write. Resources: leaderboard. */
  PerformLeaderboardOperation: "W|||2;0;|3,4||",
  /** deepracer:RemoveLeaderboardAccessPermission. Access level: Write. Resources: leaderboard. */
  RemoveLeaderboardAccessPermission: "W|||2;0;|3,4||",
  /** deepracer:SetAlias. Access level: Write. */
  SetAlias: "W||||3,4||",
  /** deepracer:StartEvaluation. Access level: Write. Resources: reinforcement_learning_model, track. */
  StartEvaluation: "W|||4;0;,5;0;|0,2,3,4||",
  /** deepracer:StopEvaluation. Access level: Write. Resources: evaluation_job. */
  StopEvaluation: "W|||1;0;|3,4||",
  /** deepracer:StopTrainingReinforcementLearningModel. Access level: Write. Resources: reinforcement_learning_model. */
  StopTrainingReinforcementLearningModel: "W|||4;0;|3,4||",
  /** deepracer:TagResource. Access level: Tagging, Write. Resources: car, evaluation_job, leaderboard, leaderboard_evaluation_job, reinforcement_learning_model, training_job. */
  TagResource: "T|T,W||0;0;,1;0;,2;0;,3;0;,4;0;,6;0;|0,1,2,3,4||",
  /** deepracer:TestRewardFunction. Access level: Write. */
  TestRewardFunction: "W||||||",
  /** deepracer:UntagResource. Access level: Tagging, Write. Resources: car, evaluation_job, leaderboard, leaderboard_evaluation_job, reinforcement_learning_model, training_job. */
  UntagResource: "T|T,W||0;0;,1;0;,2;0;,3;0;,4;0;,6;0;|2,3,4||",
  /** deepracer:UpdateCar. Access level: Write. Resources: car. */
  UpdateCar: "W|||0;0;|3,4||",
} as const;
const actionDetails = {
  AddLeaderboardAccessPermission: "|,;~|",
  AdminDescribeAccountKey: "|,;~|",
  AdminGetAccountConfig: "|,;~|",
  AdminListAssociatedResources: "|,;~|",
  AdminListAssociatedUsers: "|,;~|",
  AdminManageUser: "|,;~|",
  AdminSetAccountConfig: "|,;~|",
  AdminUpdateAccountKey: "|,;~|",
  CloneReinforcementLearningModel: "|,;~|",
  CreateCar: "|,;~|",
  CreateLeaderboard: "|,;~|",
  CreateLeaderboardAccessToken: "|,;~|",
  CreateLeaderboardSubmission: "|,;~|",
  CreateReinforcementLearningModel: "|,;~|",
  DeleteLeaderboard: "|,;~|",
  DeleteModel: "|,;~|",
  EditLeaderboard: "|,;~|",
  GetAccountConfig: "|,;~|",
  GetAlias: "|,;~|",
  GetAssetUrl: "|,;~|",
  GetCar: "|,;~|",
  GetCars: "|,;~|",
  GetEvaluation: "|,;~|",
  GetLatestUserSubmission: "|,;~|",
  GetLeaderboard: "|,;~|",
  GetModel: "|,;~|",
  GetPrivateLeaderboard: "|,;~|",
  GetRankedUserSubmission: "|,;~|",
  GetTrack: "|,;~|",
  GetTrainingJob: "|,;~|",
  ImportModel: "|,;~|",
  ListEvaluations: "|,;~|",
  ListLeaderboardEvaluations: "|,;~|",
  ListLeaderboardSubmissions: "|,;~|",
  ListLeaderboards: "|,;~|",
  ListModels: "|,;~|",
  ListPrivateLeaderboardParticipants: "|,;~|",
  ListPrivateLeaderboards: "|,;~|",
  ListSubscribedPrivateLeaderboards: "|,;~|",
  ListTagsForResource: "|,;~|",
  ListTracks: "|,;~|",
  ListTrainingJobs: "|,;~|",
  MigrateModels: "|,;~|",
  PerformLeaderboardOperation: "|,;~|",
  RemoveLeaderboardAccessPermission: "|,;~|",
  SetAlias: "|,;~|",
  StartEvaluation: "|,;~|",
  StopEvaluation: "|,;~|",
  StopTrainingReinforcementLearningModel: "|,;~|",
  TagResource: "|,;~|",
  TestRewardFunction: "|,;~|",
  UntagResource: "|,;~|",
  UpdateCar: "|,;~|",
};
const resourceTypeFacts = {
  /** The car resource type: arn:${Partition}:deepracer:${Region}:${Account}:car/${ResourceId} */
  car: "|,|1",
  /** The evaluation_job resource type: arn:${Partition}:deepracer:${Region}:${Account}:evaluation_job/${ResourceId} */
  evaluation_job: "|,evaluationJob|1",
  /** The leaderboard resource type: arn:${Partition}:deepracer:${Region}::leaderboard/${ResourceId} */
  leaderboard: "|,|1",
  /** The leaderboard_evaluation_job resource type: arn:${Partition}:deepracer:${Region}:${Account}:leaderboard_evaluation_job/${ResourceId} */
  leaderboard_evaluation_job: "|,leaderboardEvaluationJob|1",
  /** The reinforcement_learning_model resource type: arn:${Partition}:deepracer:${Region}:${Account}:model/reinforcement_learning/${ResourceId} */
  reinforcement_learning_model: "|,reinforcementLearningModel|1",
  /** The track resource type: arn:${Partition}:deepracer:${Region}::track/${ResourceId} */
  track: "|,|",
  /** The training_job resource type: arn:${Partition}:deepracer:${Region}:${Account}:training_job/${ResourceId} */
  training_job: "|,trainingJob|1",
} as const;
const arnFormats = {
  /** ARN of a car resource: arn:${Partition}:deepracer:${Region}:${Account}:car/${ResourceId}. */
  car: "|,car|arn:|Partition|:deepracer:|Region|:|Account|:car/|ResourceId|",
  /** ARN of a evaluation_job resource: arn:${Partition}:deepracer:${Region}:${Account}:evaluation_job/${ResourceId}. */
  evaluationJob: "|,evaluation_job|arn:|Partition|:deepracer:|Region|:|Account|:evaluation_job/|ResourceId|",
  /** ARN of a leaderboard resource: arn:${Partition}:deepracer:${Region}::leaderboard/${ResourceId}. */
  leaderboard: "|,leaderboard|arn:|Partition|:deepracer:|Region|::leaderboard/|ResourceId|",
  /** ARN of a leaderboard_evaluation_job resource: arn:${Partition}:deepracer:${Region}:${Account}:leaderboard_evaluation_job/${ResourceId}. */
  leaderboardEvaluationJob:
    "|,leaderboard_evaluation_job|arn:|Partition|:deepracer:|Region|:|Account|:leaderboard_evaluation_job/|ResourceId|",
  /** ARN of a reinforcement_learning_model resource: arn:${Partition}:deepracer:${Region}:${Account}:model/reinforcement_learning/${ResourceId}. */
  reinforcementLearningModel:
    "|,reinforcement_learning_model|arn:|Partition|:deepracer:|Region|:|Account|:model/reinforcement_learning/|ResourceId|",
  /** ARN of a track resource: arn:${Partition}:deepracer:${Region}::track/${ResourceId}. */
  track: "|,track|arn:|Partition|:deepracer:|Region|::track/|ResourceId|",
  /** ARN of a training_job resource: arn:${Partition}:deepracer:${Region}:${Account}:training_job/${ResourceId}. */
  trainingJob: "|,training_job|arn:|Partition|:deepracer:|Region|:|Account|:training_job/|ResourceId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "car",
  "evaluation_job",
  "leaderboard",
  "leaderboard_evaluation_job",
  "reinforcement_learning_model",
  "track",
  "training_job",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "deepracer">;
/** Any deepracer action. */
export type Action = ActionOf<typeof actionFacts, "deepracer">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "deepracer">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "", client: "" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every deepracer action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** aws:RequestTag/${TagKey}. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** aws:ResourceTag/${TagKey}. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** aws:TagKeys. */
  "aws:TagKeys": "ArrayOfString";
  /** deepracer:MultiUser. */
  "deepracer:MultiUser": "Bool";
  /** deepracer:UserToken. */
  "deepracer:UserToken": "String";
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
  "aws:RequestTag/${TagKey}": "|,String|0||",
  "aws:ResourceTag/${TagKey}": "|,String|0||",
  "aws:TagKeys": "|,ArrayOfString|0||",
  "deepracer:MultiUser": "|,Bool|0||",
  "deepracer:UserToken": "|,String|0||",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "deepracer",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
