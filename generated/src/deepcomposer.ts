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
export const prefix: "deepcomposer" = "deepcomposer";
/** The service's name in the reference. */
export const serviceName: "deepcomposer" = "deepcomposer";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** deepcomposer:AssociateCoupon. Access level: Write. */
  AssociateCoupon: "W||||||",
  /** deepcomposer:CreateAudio. Access level: Write. Resources: audio. */
  CreateAudio: "W|||0;0;|||",
  /** deepcomposer:CreateComposition. Access level: Write. Resources: composition. */
  CreateComposition: "W|||1;0;|0,2||",
  /** deepcomposer:CreateModel. Access level: Write. Resources: model. */
  CreateModel: "W|||2;0;|0,2||",
  /** deepcomposer:DeleteComposition. Access level: Write. Resources: composition. */
  DeleteComposition: "W|||1;0;|||",
  /** deepcomposer:DeleteModel. Access level: Write. Resources: model. */
  DeleteModel: "W|||2;0;|||",
  /** deepcomposer:GetComposition. Access level: Read. Resources: composition. */
  GetComposition: "R|||1;0;|1||",
  /** deepcomposer:GetModel. Access level: Read. Resources: model. */
  GetModel: "R|||2;0;|1||",
  /** deepcomposer:GetSampleModel. Access level: Read. Resources: model. */
  GetSampleModel: "R|||2;0;|||",
  /** deepcomposer:ListCompositions. Access level: List. Resources: composition. */
  ListCompositions: "L|||1;0;|||",
  /** deepcomposer:ListModels. Access level: List. Resources: model. */
  ListModels: "L|||2;0;|||",
  /** deepcomposer:ListSampleModels. Access level: List. Resources: model. */
  ListSampleModels: "L|||2;0;|||",
  /** deepcomposer:ListTagsForResource. Access level: List. Resources: composition, model. */
  ListTagsForResource: "L|||1;0;,2;0;|1||",
  /** deepcomposer:ListTrainingTopics. Access level: List. Resources: model. */
  ListTrainingTopics: "L|||2;0;|||",
  /** deepcomposer:TagResource. Access level: Tagging, Write. Resources: composition, model. */
  TagResource: "T|T,W||1;0;,2;0;|0,1,2||",
  /** deepcomposer:UntagResource. Access level: Tagging, Write. Resources: composition, model. */
  UntagResource: "T|T,W||1;0;,2;0;|1,2||",
  /** deepcomposer:UpdateComposition. Access level: Write. Resources: composition. */
  UpdateComposition: "W|||1;0;|||",
  /** deepcomposer:UpdateModel. Access level: Write. Resources: model. */
  UpdateModel: "W|||2;0;|||",
} as const;
const actionDetails = {
  AssociateCoupon: "|,;~|",
  CreateAudio: "|,;~|",
  CreateComposition: "|,;~|",
  CreateModel: "|,;~|",
  DeleteComposition: "|,;~|",
  DeleteModel: "|,;~|",
  GetComposition: "|,;~|",
  GetModel: "|,;~|",
  GetSampleModel: "|,;~|",
  ListCompositions: "|,;~|",
  ListModels: "|,;~|",
  ListSampleModels: "|,;~|",
  ListTagsForResource: "|,;~|",
  ListTrainingTopics: "|,;~|",
  TagResource: "|,;~|",
  UntagResource: "|,;~|",
  UpdateComposition: "|,;~|",
  UpdateModel: "|,;~|",
};
const resourceTypeFacts = {
  /** The audio resource type: arn:${Partition}:deepcomposer:${Region}:${Account}:audio/${AudioId} */
  audio: "|,|",
  /** The composition resource type: arn:${Partition}:deepcomposer:${Region}:${Account}:composition/${CompositionId} */
  composition: "|,|1",
  /** The model resource type: arn:${Partition}:deepcomposer:${Region}:${Account}:model/${ModelId} */
  model: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a audio resource: arn:${Partition}:deepcomposer:${Region}:${Account}:audio/${AudioId}. */
  audio: "|,audio|arn:|Partition|:deepcomposer:|Region|:|Account|:audio/|AudioId|",
  /** ARN of a composition resource: arn:${Partition}:deepcomposer:${Region}:${Account}:composition/${CompositionId}. */
  composition: "|,composition|arn:|Partition|:deepcomposer:|Region|:|Account|:composition/|CompositionId|",
  /** ARN of a model resource: arn:${Partition}:deepcomposer:${Region}:${Account}:model/${ModelId}. */
  model: "|,model|arn:|Partition|:deepcomposer:|Region|:|Account|:model/|ModelId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["audio", "composition", "model"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "deepcomposer">;
/** Any deepcomposer action. */
export type Action = ActionOf<typeof actionFacts, "deepcomposer">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "deepcomposer">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "", client: "" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every deepcomposer action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "deepcomposer",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
