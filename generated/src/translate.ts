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
export const prefix: "translate" = "translate";
/** The service's name in the reference. */
export const serviceName: "Amazon Translate" = "Amazon Translate";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Translate",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazontranslate.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["translate:TagResource"] as const;
const actionFacts = {
  /** Grants permission to create a Parallel Data. Access level: Write. Resources: parallel-data. https://docs.aws.amazon.com/translate/latest/APIReference/API_CreateParallelData.html */
  CreateParallelData: "W|||0;0;|0,2|0|;",
  /** Grants permission to delete a Parallel Data. Access level: Write. Resources: parallel-data. https://docs.aws.amazon.com/translate/latest/APIReference/API_DeleteParallelData.html */
  DeleteParallelData: "W|||0;0;|||;",
  /** Grants permission to delete a terminology. Access level: Write. Resources: terminology. https://docs.aws.amazon.com/translate/latest/APIReference/API_DeleteTerminology.html */
  DeleteTerminology: "W|||1;0;|||;",
  /** Grants permission to get the properties associated with an asynchronous batch translation job. Access level: Read. https://docs.aws.amazon.com/translate/latest/APIReference/API_DescribeTextTranslationJob.html */
  DescribeTextTranslationJob: "R||||||;",
  /** Grants permission to get a Parallel Data. Access level: Read. Resources: parallel-data. https://docs.aws.amazon.com/translate/latest/APIReference/API_GetParallelData.html */
  GetParallelData: "R|||0;0;|||;",
  /** Grants permission to retrieve a terminology. Access level: Read. Resources: terminology. https://docs.aws.amazon.com/translate/latest/APIReference/API_GetTerminology.html */
  GetTerminology: "R|||1;0;|||;",
  /** Grants permission to create or update a terminology, depending on whether or not one already exists for the given terminology name. Access level: Write. Resources: terminology. https://docs.aws.amazon.com/translate/latest/APIReference/API_ImportTerminology.html */
  ImportTerminology: "W|||1;0;|0,2|0|;",
  /** Grants permission to list supported languages. Access level: List. https://docs.aws.amazon.com/translate/latest/APIReference/API_ListLanguages.html */
  ListLanguages: "L||||||;",
  /** Grants permission to list Parallel Data associated with your account. Access level: List. https://docs.aws.amazon.com/translate/latest/APIReference/API_ListParallelData.html */
  ListParallelData: "L||||||;",
  /** Grants permission to list tags for a resource. Access level: Read. Resources: parallel-data, terminology. https://docs.aws.amazon.com/translate/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,1;0;|||;",
  /** Grants permission to list terminologies associated with your account. Access level: List. https://docs.aws.amazon.com/translate/latest/APIReference/API_ListTerminologies.html */
  ListTerminologies: "L||||||;",
  /** Grants permission to list batch translation jobs that you have submitted. Access level: List. https://docs.aws.amazon.com/translate/latest/APIReference/API_ListTextTranslationJobs.html */
  ListTextTranslationJobs: "L||||||;",
  /** Grants permission to start an asynchronous batch translation job. Batch translation jobs can be used to translate large volumes of text across multiple documents at once. Access level: Write. Resources: parallel-data, terminology. https://docs.aws.amazon.com/translate/latest/APIReference/API_StartTextTranslationJob.html */
  StartTextTranslationJob: "W|||0;0;,1;0;||iam:PassRole|;",
  /** Grants permission to stop an asynchronous batch translation job that is in progress. Access level: Write. https://docs.aws.amazon.com/translate/latest/APIReference/API_StopTextTranslationJob.html */
  StopTextTranslationJob: "W||||||;",
  /** Grants permission to tag a resource with given key value pairs. Access level: Tagging. Resources: parallel-data, terminology. https://docs.aws.amazon.com/translate/latest/APIReference/API_TagResource.html */
  TagResource: "T|||0;0;,1;0;|0,2||CreateParallelData,ImportTerminology,;",
  /** Grants permission to translate a document from a source language to a target language. Access level: Read. Resources: terminology. https://docs.aws.amazon.com/translate/latest/APIReference/API_TranslateDocument.html */
  TranslateDocument: "R|||1;0;|||;",
  /** Grants permission to translate text from a source language to a target language. Access level: Read. Resources: parallel-data, terminology. https://docs.aws.amazon.com/translate/latest/APIReference/API_TranslateText.html */
  TranslateText: "R|||0;0;,1;0;|||;",
  /** Grants permission to untag a resource with given key. Access level: Tagging. Resources: parallel-data, terminology. https://docs.aws.amazon.com/translate/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;|2||;",
  /** Grants permission to update an existing Parallel Data. Access level: Write. Resources: parallel-data. https://docs.aws.amazon.com/translate/latest/APIReference/API_UpdateParallelData.html */
  UpdateParallelData: "W|||0;0;|||;",
} as const;
const actionDetails = {
  CreateParallelData: "|,;~~~|Grants permission to create a Parallel Data",
  DeleteParallelData: "|,;~~~|Grants permission to delete a Parallel Data",
  DeleteTerminology: "|,;~~~|Grants permission to delete a terminology",
  DescribeTextTranslationJob:
    "|,;~~~|Grants permission to get the properties associated with an asynchronous batch translation job",
  GetParallelData: "|,;~~~|Grants permission to get a Parallel Data",
  GetTerminology: "|,;~~~|Grants permission to retrieve a terminology",
  ImportTerminology:
    "|,;~~~|Grants permission to create or update a terminology, depending on whether or not one already exists for the given terminology name",
  ListLanguages: "|,;~~~|Grants permission to list supported languages",
  ListParallelData: "|,;~~~|Grants permission to list Parallel Data associated with your account",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for a resource",
  ListTerminologies: "|,;~~~|Grants permission to list terminologies associated with your account",
  ListTextTranslationJobs: "|,;~~~|Grants permission to list batch translation jobs that you have submitted",
  StartTextTranslationJob:
    "|,;~~~|Grants permission to start an asynchronous batch translation job. Batch translation jobs can be used to translate large volumes of text across multiple documents at once",
  StopTextTranslationJob: "|,;~~~|Grants permission to stop an asynchronous batch translation job that is in progress",
  TagResource: "|,;~~~,~~,~~|Grants permission to tag a resource with given key value pairs",
  TranslateDocument: "|,;~~~|Grants permission to translate a document from a source language to a target language",
  TranslateText: "|,;~~~|Grants permission to translate text from a source language to a target language",
  UntagResource: "|,;~~~|Grants permission to untag a resource with given key",
  UpdateParallelData: "|,;~~~|Grants permission to update an existing Parallel Data",
};
const resourceTypeFacts = {
  /** The parallel-data resource type: arn:${Partition}:translate:${Region}:${Account}:parallel-data/${ResourceName} */
  "parallel-data": "|,parallelData|1",
  /** The terminology resource type: arn:${Partition}:translate:${Region}:${Account}:terminology/${ResourceName} */
  terminology: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a parallel-data resource: arn:${Partition}:translate:${Region}:${Account}:parallel-data/${ResourceName}. */
  parallelData: "|,parallel-data|arn:|Partition|:translate:|Region|:|Account|:parallel-data/|ResourceName|",
  /** ARN of a terminology resource: arn:${Partition}:translate:${Region}:${Account}:terminology/${ResourceName}. */
  terminology: "|,terminology|arn:|Partition|:translate:|Region|:|Account|:terminology/|ResourceName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["parallel-data", "terminology"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "translate">;
/** Any translate action. */
export type Action = ActionOf<typeof actionFacts, "translate">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "translate">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "translate" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every translate action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by requiring tag values present in a resource creation request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by requiring tag value associated with the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by requiring the presence of mandatory tags in the request. */
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
    "|,String|0||Filters access by requiring tag values present in a resource creation request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by requiring tag value associated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by requiring the presence of mandatory tags in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "translate",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
