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
export const prefix: "voiceid" = "voiceid";
/** The service's name in the reference. */
export const serviceName: "Amazon Connect Voice ID" = "Amazon Connect Voice ID";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Connect Voice ID",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonconnectvoiceid.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["iam:PassRole"] as const;
const actionFacts = {
  /** Grants permission to associate a fraudster with a watchlist. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/voiceid/latest/APIReference/API_AssociateFraudster.html */
  AssociateFraudster: "W|||0;1;|||;",
  /** Grants permission to create a domain. Access level: Write. https://docs.aws.amazon.com/voiceid/latest/APIReference/API_CreateDomain.html */
  CreateDomain: "W||||0,2|voiceid:TagResource|;",
  /** Grants permission to create a watchlist. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/voiceid/latest/APIReference/API_CreateWatchlist.html */
  CreateWatchlist: "W|||0;1;|||;",
  /** Grants permission to delete a domain. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/voiceid/latest/APIReference/API_DeleteDomain.html */
  DeleteDomain: "W|||0;1;|||;",
  /** Grants permission to delete a fraudster. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/voiceid/latest/APIReference/API_DeleteFraudster.html */
  DeleteFraudster: "W|||0;1;|||;",
  /** Grants permission to delete a speaker. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/voiceid/latest/APIReference/API_DeleteSpeaker.html */
  DeleteSpeaker: "W|||0;1;|||;",
  /** Grants permission to delete a watchlist. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/voiceid/latest/APIReference/API_DeleteWatchlist.html */
  DeleteWatchlist: "W|||0;1;|||;",
  /** Grants permission to describe compliance consent. Access level: Read. Permission only. https://docs.aws.amazon.com/connect/latest/adminguide/enable-voiceid.html#enable-voiceid-step1 */
  DescribeComplianceConsent: "R||1||||",
  /** Grants permission to describe a domain. Access level: Read. Resources: domain*. https://docs.aws.amazon.com/voiceid/latest/APIReference/API_DescribeDomain.html */
  DescribeDomain: "R|||0;1;|||;",
  /** Grants permission to describe a fraudster. Access level: Read. Resources: domain*. https://docs.aws.amazon.com/voiceid/latest/APIReference/API_DescribeFraudster.html */
  DescribeFraudster: "R|||0;1;|||;",
  /** Grants permission to describe a fraudster registration job. Access level: Read. Resources: domain*. https://docs.aws.amazon.com/voiceid/latest/APIReference/API_DescribeFraudsterRegistrationJob.html */
  DescribeFraudsterRegistrationJob: "R|||0;1;|||;",
  /** Grants permission to describe a speaker. Access level: Read. Resources: domain*. https://docs.aws.amazon.com/voiceid/latest/APIReference/API_DescribeSpeaker.html */
  DescribeSpeaker: "R|||0;1;|||;",
  /** Grants permission to describe a speaker enrollment job. Access level: Read. Resources: domain*. https://docs.aws.amazon.com/voiceid/latest/APIReference/API_DescribeSpeakerEnrollmentJob.html */
  DescribeSpeakerEnrollmentJob: "R|||0;1;|||;",
  /** Grants permission to describe a watchlist. Access level: Read. Resources: domain*. https://docs.aws.amazon.com/voiceid/latest/APIReference/API_DescribeWatchlist.html */
  DescribeWatchlist: "R|||0;1;|||;",
  /** Grants permission to disassociate a fraudster from a watchlist. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/voiceid/latest/APIReference/API_DisassociateFraudster.html */
  DisassociateFraudster: "W|||0;1;|||;",
  /** Grants permission to evaluate a session. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/voiceid/latest/APIReference/API_EvaluateSession.html */
  EvaluateSession: "W|||0;1;|||;",
  /** Grants permission to list domains for an account. Access level: List. https://docs.aws.amazon.com/voiceid/latest/APIReference/API_ListDomains.html */
  ListDomains: "L||||||;",
  /** Grants permission to list fraudster registration jobs for a domain. Access level: List. Resources: domain*. https://docs.aws.amazon.com/voiceid/latest/APIReference/API_ListFraudsterRegistrationJobs.html */
  ListFraudsterRegistrationJobs: "L|||0;1;|||;",
  /** Grants permission to list fraudsters for a domain or watchlist. Access level: List. Resources: domain*. https://docs.aws.amazon.com/voiceid/latest/APIReference/API_ListFraudsters.html */
  ListFraudsters: "L|||0;1;|||;",
  /** Grants permission to list speaker enrollment jobs for a domain. Access level: List. Resources: domain*. https://docs.aws.amazon.com/voiceid/latest/APIReference/API_ListSpeakerEnrollmentJobs.html */
  ListSpeakerEnrollmentJobs: "L|||0;1;|||;",
  /** Grants permission to list speakers for a domain. Access level: List. Resources: domain*. https://docs.aws.amazon.com/voiceid/latest/APIReference/API_ListSpeakers.html */
  ListSpeakers: "L|||0;1;|||;",
  /** Grants permission to list tags for a Voice ID resource. Access level: Read. Resources: domain. https://docs.aws.amazon.com/voiceid/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;|||;",
  /** Grants permission to list watchlists for a domain. Access level: List. Resources: domain*. https://docs.aws.amazon.com/voiceid/latest/APIReference/API_ListWatchlists.html */
  ListWatchlists: "L|||0;1;|||;",
  /** Grants permission to opt out a speaker. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/voiceid/latest/APIReference/API_OptOutSpeaker.html */
  OptOutSpeaker: "W|||0;1;|||;",
  /** Grants permission to register compliance consent. Access level: Write. Permission only. https://docs.aws.amazon.com/connect/latest/adminguide/enable-voiceid.html#enable-voiceid-step1 */
  RegisterComplianceConsent: "W||1||||",
  /** Grants permission to start a fraudster registration job. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/voiceid/latest/APIReference/API_StartFraudsterRegistrationJob.html */
  StartFraudsterRegistrationJob: "W|||0;1;||0|;",
  /** Grants permission to start a speaker enrollment job. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/voiceid/latest/APIReference/API_StartSpeakerEnrollmentJob.html */
  StartSpeakerEnrollmentJob: "W|||0;1;||0|;",
  /** Grants permission to tag a Voice ID resource. Access level: Tagging. Resources: domain. https://docs.aws.amazon.com/voiceid/latest/APIReference/API_TagResource.html */
  TagResource: "T|||0;0;|0,2||CreateDomain,;",
  /** Grants permission to remove a tag from a Voice ID resource. Access level: Tagging. Resources: domain. https://docs.aws.amazon.com/voiceid/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;|2||;",
  /** Grants permission to update a domain. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/voiceid/latest/APIReference/API_UpdateDomain.html */
  UpdateDomain: "W|||0;1;|||;",
  /** Grants permission to update a watchlist. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/voiceid/latest/APIReference/API_UpdateWatchlist.html */
  UpdateWatchlist: "W|||0;1;|||;",
} as const;
const actionDetails = {
  AssociateFraudster: "|,;~~~|Grants permission to associate a fraudster with a watchlist",
  CreateDomain: "|,;~~~|Grants permission to create a domain",
  CreateWatchlist: "|,;~~~|Grants permission to create a watchlist",
  DeleteDomain: "|,;~~~|Grants permission to delete a domain",
  DeleteFraudster: "|,;~~~|Grants permission to delete a fraudster",
  DeleteSpeaker: "|,;~~~|Grants permission to delete a speaker",
  DeleteWatchlist: "|,;~~~|Grants permission to delete a watchlist",
  DescribeComplianceConsent: "|,;~|Grants permission to describe compliance consent",
  DescribeDomain: "|,;~~~|Grants permission to describe a domain",
  DescribeFraudster: "|,;~~~|Grants permission to describe a fraudster",
  DescribeFraudsterRegistrationJob: "|,;~~~|Grants permission to describe a fraudster registration job",
  DescribeSpeaker: "|,;~~~|Grants permission to describe a speaker",
  DescribeSpeakerEnrollmentJob: "|,;~~~|Grants permission to describe a speaker enrollment job",
  DescribeWatchlist: "|,;~~~|Grants permission to describe a watchlist",
  DisassociateFraudster: "|,;~~~|Grants permission to disassociate a fraudster from a watchlist",
  EvaluateSession: "|,;~~~|Grants permission to evaluate a session",
  ListDomains: "|,;~~~|Grants permission to list domains for an account",
  ListFraudsterRegistrationJobs: "|,;~~~|Grants permission to list fraudster registration jobs for a domain",
  ListFraudsters: "|,;~~~|Grants permission to list fraudsters for a domain or watchlist",
  ListSpeakerEnrollmentJobs: "|,;~~~|Grants permission to list speaker enrollment jobs for a domain",
  ListSpeakers: "|,;~~~|Grants permission to list speakers for a domain",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for a Voice ID resource",
  ListWatchlists: "|,;~~~|Grants permission to list watchlists for a domain",
  OptOutSpeaker: "|,;~~~|Grants permission to opt out a speaker",
  RegisterComplianceConsent: "|,;~|Grants permission to register compliance consent",
  StartFraudsterRegistrationJob: "|,;~~~|Grants permission to start a fraudster registration job",
  StartSpeakerEnrollmentJob: "|,;~~~|Grants permission to start a speaker enrollment job",
  TagResource: "|,;~~~,~~|Grants permission to tag a Voice ID resource",
  UntagResource: "|,;~~~|Grants permission to remove a tag from a Voice ID resource",
  UpdateDomain: "|,;~~~|Grants permission to update a domain",
  UpdateWatchlist: "|,;~~~|Grants permission to update a watchlist",
};
const resourceTypeFacts = {
  /** The domain resource type: arn:${Partition}:voiceid:${Region}:${Account}:domain/${DomainId} */
  domain: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a domain resource: arn:${Partition}:voiceid:${Region}:${Account}:domain/${DomainId}. */
  domain: "|,domain|arn:|Partition|:voiceid:|Region|:|Account|:domain/|DomainId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["domain"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "voiceid">;
/** Any voiceid action. */
export type Action = ActionOf<typeof actionFacts, "voiceid">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "voiceid">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "voice-id" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every voiceid action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by tags that are passed in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by tags associated with the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by tag keys that are passed in the request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by tags that are passed in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by tags associated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by tag keys that are passed in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "voiceid",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
