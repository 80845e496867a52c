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
export const prefix: "backup-search" = "backup-search";
/** The service's name in the reference. */
export const serviceName: "AWS Backup Search" = "AWS Backup Search";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Backup Search",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsbackupsearch.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to get details of a search job. Access level: Read. Resources: searchJob*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_BKS_GetSearchJob.html */
  GetSearchJob: "R|||1;1;|||;",
  /** Grants permission to get details of a search result export job. Access level: Read. Resources: searchExportJob*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_BKS_GetSearchResultExportJob.html */
  GetSearchResultExportJob: "R|||0;1;|||;",
  /** Grants permission to list backups in scope of a search job. Access level: Read. Resources: searchJob*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_BKS_ListSearchJobBackups.html */
  ListSearchJobBackups: "R|||1;1;|||;",
  /** Grants permission to list results of a search job. Access level: Read. Resources: searchJob*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_BKS_ListSearchJobResults.html */
  ListSearchJobResults: "R|||1;1;|||;",
  /** Grants permission to list search jobs. Access level: List. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_BKS_ListSearchJobs.html */
  ListSearchJobs: "L||||||;",
  /** Grants permission to list search result export jobs. Access level: List. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_BKS_ListSearchResultExportJobs.html */
  ListSearchResultExportJobs: "L||||||;",
  /** Grants permission to list tags for a resource. Access level: Read. Resources: searchExportJob, searchJob. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_BKS_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,1;0;|||;",
  /** Grants permission to create a search job. Access level: Write. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_BKS_StartSearchJob.html */
  StartSearchJob: "W||||0,1,2|backup-search:TagResource|;",
  /** Grants permission to start an export job for an existing search job. Access level: Write. Resources: searchJob*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_BKS_StartSearchResultExportJob.html */
  StartSearchResultExportJob: "W|||1;1;|0,2|iam:PassRole|",
  /** Grants permission to stop an in-progress search job. Access level: Write. Resources: searchJob*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_BKS_StopSearchJob.html */
  StopSearchJob: "W|||1;1;|||;",
  /** Grants permission to tag a resource. Access level: Tagging. Resources: searchExportJob, searchJob. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_BKS_TagResource.html */
  TagResource: "T|||0;0;,1;0;|0,2||StartSearchJob,;",
  /** Grants permission to untag a resource. Access level: Tagging. Resources: searchExportJob, searchJob. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_BKS_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;|2||",
} as const;
const actionDetails = {
  GetSearchJob: "|,;~~~|Grants permission to get details of a search job",
  GetSearchResultExportJob: "|,;~~~|Grants permission to get details of a search result export job",
  ListSearchJobBackups: "|,;~~~|Grants permission to list backups in scope of a search job",
  ListSearchJobResults: "|,;~~~|Grants permission to list results of a search job",
  ListSearchJobs: "|,;~~~|Grants permission to list search jobs",
  ListSearchResultExportJobs: "|,;~~~|Grants permission to list search result export jobs",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for a resource",
  StartSearchJob: "|,;~~~|Grants permission to create a search job",
  StartSearchResultExportJob: "|,;~|Grants permission to start an export job for an existing search job",
  StopSearchJob: "|,;~~~|Grants permission to stop an in-progress search job",
  TagResource: "|,;~~~,~~|Grants permission to tag a resource",
  UntagResource: "|,;~|Grants permission to untag a resource",
};
const resourceTypeFacts = {
  /** The searchExportJob resource type: arn:${Partition}:backup-search:${Region}:${Account}:search-export-job/${ResourceId} */
  searchExportJob: "|,|1",
  /** The searchJob resource type: arn:${Partition}:backup-search:${Region}:${Account}:search-job/${ResourceId} */
  searchJob: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a searchExportJob resource: arn:${Partition}:backup-search:${Region}:${Account}:search-export-job/${ResourceId}. */
  searchExportJob: "|,searchExportJob|arn:|Partition|:backup-search:|Region|:|Account|:search-export-job/|ResourceId|",
  /** ARN of a searchJob resource: arn:${Partition}:backup-search:${Region}:${Account}:search-job/${ResourceId}. */
  searchJob: "|,searchJob|arn:|Partition|:backup-search:|Region|:|Account|:search-job/|ResourceId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["searchExportJob", "searchJob"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "backup-search">;
/** Any backup-search action. */
export type Action = ActionOf<typeof actionFacts, "backup-search">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "backup-search">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "backupsearch" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every backup-search action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the allowed set of values for each of the tags. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by the tags associated with the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the presence of mandatory tags in the request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by the allowed set of values for each of the tags",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by the tags associated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the presence of mandatory tags in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "backup-search",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
