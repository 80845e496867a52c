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
export const prefix: "polly" = "polly";
/** The service's name in the reference. */
export const serviceName: "Amazon Polly" = "Amazon Polly";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Polly",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonpolly.html",
  },
];
const conditionKeyList = [] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to delete the specified pronunciation lexicon stored in an AWS Region. Access level: Write. Resources: lexicon*. https://docs.aws.amazon.com/polly/latest/dg/API_DeleteLexicon.html */
  DeleteLexicon: "W|||0;1;|||;",
  /** Grants permission to describe the list of voices that are available for use when requesting speech synthesis. Access level: List. https://docs.aws.amazon.com/polly/latest/dg/API_DescribeVoices.html */
  DescribeVoices: "L||||||;",
  /** Grants permission to retrieve the content of the specified pronunciation lexicon stored in an AWS Region. Access level: Read. Resources: lexicon*. https://docs.aws.amazon.com/polly/latest/dg/API_GetLexicon.html */
  GetLexicon: "R|||0;1;|||;",
  /** Grants permission to get information about specific speech synthesis task. Access level: Read. https://docs.aws.amazon.com/polly/latest/dg/API_GetSpeechSynthesisTask.html */
  GetSpeechSynthesisTask: "R||||||;",
  /** Grants permission to list the pronunciation lexicons stored in an AWS Region. Access level: List. https://docs.aws.amazon.com/polly/latest/dg/API_ListLexicons.html */
  ListLexicons: "L||||||;",
  /** Grants permission to list requested speech synthesis tasks. Access level: List. https://docs.aws.amazon.com/polly/latest/dg/API_ListSpeechSynthesisTasks.html */
  ListSpeechSynthesisTasks: "L||||||;",
  /** Grants permission to store a pronunciation lexicon in an AWS Region. Access level: Write. Resources: lexicon*. https://docs.aws.amazon.com/polly/latest/dg/API_PutLexicon.html */
  PutLexicon: "W|||0;1;|||;",
  /** Grants permission to perform synthesis with bidirectional streaming. Access level: Read. Resources: lexicon. https://docs.aws.amazon.com/polly/latest/dg/API_StartSpeechSynthesisStream.html */
  StartSpeechSynthesisStream: "R|||0;0;|||;",
  /** Grants permission to synthesize long inputs to the provided S3 location. Access level: Write. Resources: lexicon. https://docs.aws.amazon.com/polly/latest/dg/API_StartSpeechSynthesisTask.html */
  StartSpeechSynthesisTask: "W|||0;0;||s3:PutObject|;",
  /** Grants permission to synthesize speech. Access level: Read. Resources: lexicon. https://docs.aws.amazon.com/polly/latest/dg/API_SynthesizeSpeech.html */
  SynthesizeSpeech: "R|||0;0;|||;",
} as const;
const actionDetails = {
  DeleteLexicon: "|,;~~~|Grants permission to delete the specified pronunciation lexicon stored in an AWS Region",
  DescribeVoices:
    "|,;~~~|Grants permission to describe the list of voices that are available for use when requesting speech synthesis",
  GetLexicon:
    "|,;~~~|Grants permission to retrieve the content of the specified pronunciation lexicon stored in an AWS Region",
  GetSpeechSynthesisTask: "|,;~~~|Grants permission to get information about specific speech synthesis task",
  ListLexicons: "|,;~~~|Grants permission to list the pronunciation lexicons stored in an AWS Region",
  ListSpeechSynthesisTasks: "|,;~~~|Grants permission to list requested speech synthesis tasks",
  PutLexicon: "|,;~~~|Grants permission to store a pronunciation lexicon in an AWS Region",
  StartSpeechSynthesisStream: "|,;~~~|Grants permission to perform synthesis with bidirectional streaming",
  StartSpeechSynthesisTask: "|,;~~~|Grants permission to synthesize long inputs to the provided S3 location",
  SynthesizeSpeech: "|,;~~~|Grants permission to synthesize speech",
};
const resourceTypeFacts = {
  /** The lexicon resource type: arn:${Partition}:polly:${Region}:${Account}:lexicon/${LexiconName} */
  lexicon: "|,|",
} as const;
const arnFormats = {
  /** ARN of a lexicon resource: arn:${Partition}:polly:${Region}:${Account}:lexicon/${LexiconName}. */
  lexicon: "|,lexicon|arn:|Partition|:polly:|Region|:|Account|:lexicon/|LexiconName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["lexicon"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "polly">;
/** Any polly action. */
export type Action = ActionOf<typeof actionFacts, "polly">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "polly">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "polly" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every polly action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "polly",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
