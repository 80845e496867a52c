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
export const prefix: "support" = "support";
/** The service's name in the reference. */
export const serviceName: "AWS Support" = "AWS Support";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Support",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssupport.html",
  },
];
const conditionKeyList = [] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to add one or more attachments to an AWS Support case. Access level: Write. https://docs.aws.amazon.com/awssupport/latest/APIReference/API_AddAttachmentsToSet.html */
  AddAttachmentsToSet: "W||||||;",
  /** Grants permission to add a customer communication to an AWS Support case. Access level: Write. https://docs.aws.amazon.com/awssupport/latest/APIReference/API_AddCommunicationToCase.html */
  AddCommunicationToCase: "W||||||;",
  /** Grants permission to creates a new AWS Support case. Access level: Write. https://docs.aws.amazon.com/awssupport/latest/APIReference/API_CreateCase.html */
  CreateCase: "W||||||;",
  /** Grants permission to describe attachment detail. Access level: Read. https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeAttachment.html */
  DescribeAttachment: "R||||||;",
  /** Grants permission to allow secondary services to read AWS Support case attributes.This is an internally managed function. Access level: Read. https://docs.aws.amazon.com/awssupport/latest/user/accessing-support.html */
  DescribeCaseAttributes: "R||||||",
  /** Grants permission to describe the available options for a single AWS Support case. This is an internally managed function. Access level: Read. https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeCaseOptions.html */
  DescribeCaseOptions: "R||||||",
  /** Grants permission to list AWS Support cases that matches the given inputs. Access level: Read. https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeCases.html */
  DescribeCases: "R||||||;",
  /** Grants permission to get a single communication and attachments for a single AWS Support case. Access level: Read. https://docs.aws.amazon.com/awssupport/latest/user/accessing-support.html */
  DescribeCommunication: "R||||||",
  /** Grants permission to list the communications and attachments for one or more AWS Support cases. Access level: Read. https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeCommunications.html */
  DescribeCommunications: "R||||||;",
  /** Grants permission to describes the available options for creating a support case. Access level: Read. https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeCreateCaseOptions.html */
  DescribeCreateCaseOptions: "R||||||;",
  /** Grants permission to return issue types for AWS Support cases. Access level: Read. https://docs.aws.amazon.com/awssupport/latest/user/accessing-support.html */
  DescribeIssueTypes: "R||||||",
  /** Grants permission to list AWS services and categories that applies to each service. Access level: Read. https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeServices.html */
  DescribeServices: "R||||||;",
  /** Grants permission to list severity levels that can be assigned to an AWS Support case. Access level: Read. https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeSeverityLevels.html */
  DescribeSeverityLevels: "R||||||;",
  /** Grants permission to return the support level for an AWS Account identifier. Access level: Read. https://docs.aws.amazon.com/awssupport/latest/user/accessing-support.html */
  DescribeSupportLevel: "R||||||",
  /** Grants permission to describes the available support languages for a given category code, service code and issue type. Access level: Read. https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeSupportedLanguages.html */
  DescribeSupportedLanguages: "R||||||;",
  /** Grants permission to get the status of a Trusted Advisor refresh check based on a list of check identifiers. Access level: Read. https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeTrustedAdvisorCheckRefreshStatuses.html */
  DescribeTrustedAdvisorCheckRefreshStatuses: "R||||||;",
  /** Grants permission to get the results of the Trusted Advisor check that has the specified check identifier. Access level: Read. https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeTrustedAdvisorCheckResult.html */
  DescribeTrustedAdvisorCheckResult: "R||||||",
  /** Grants permission to get the summaries of the results of the Trusted Advisor checks that have the specified check identifiers. Access level: Read. https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeTrustedAdvisorCheckSummaries.html */
  DescribeTrustedAdvisorCheckSummaries: "R||||||",
  /** Grants permission to get a list of all available Trusted Advisor checks, including name, identifier, category and description. Access level: Read. https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeTrustedAdvisorChecks.html */
  DescribeTrustedAdvisorChecks: "R||||||",
  /** Grants permission to retrieve personalized troubleshooting assistance for account and technical issues for a specific interaction. Access level: Read. https://docs.aws.amazon.com/awssupport/latest/APIReference/API_GetInteraction.html */
  GetInteraction: "R||||||",
  /** Grants permission to initiate a call on AWS Support Center. This is an internally managed function. Access level: Write. https://docs.aws.amazon.com/awssupport/latest/user/accessing-support.html */
  InitiateCallForCase: "W||||||",
  /** Grants permission to initiate a chat on AWS Support Center.This is an internally managed function. Access level: Write. https://docs.aws.amazon.com/awssupport/latest/user/accessing-support.html */
  InitiateChatForCase: "W||||||",
  /** Grants permission to initiate a live contact on AWS Support Center. This is an internally managed function. Access level: Write. https://docs.aws.amazon.com/awssupport/latest/user/accessing-support.html */
  InitiateLiveContactForCase: "W||||||",
  /** Grants permission to retrieve a list of entries within a specific interaction, including messages, status updates, or other relevant data points. Access level: Read. https://docs.aws.amazon.com/awssupport/latest/user/accessing-support.html */
  ListInteractionEntries: "R||||||",
  /** Grants permission to retrieve a list of interactions, potentially with filters or pagination. Access level: Read. https://docs.aws.amazon.com/awssupport/latest/user/accessing-support.html */
  ListInteractions: "R||||||",
  /** Grants permission to allow secondary services to attach attributes to AWS Support cases. This is an internally managed function. Access level: Write. https://docs.aws.amazon.com/awssupport/latest/user/accessing-support.html */
  PutCaseAttributes: "W||||||",
  /** Grants permission to rate an AWS Support case communication. Access level: Write. https://docs.aws.amazon.com/awssupport/latest/user/accessing-support.html */
  RateCaseCommunication: "W||||||",
  /** Grants permission to requests a refresh of the Trusted Advisor check that has the specified check identifier. Access level: Write. https://docs.aws.amazon.com/awssupport/latest/APIReference/API_RefreshTrustedAdvisorCheck.html */
  RefreshTrustedAdvisorCheck: "W||||||;",
  /** Grants permission to resolve an AWS Support case. Access level: Write. https://docs.aws.amazon.com/awssupport/latest/APIReference/API_ResolveCase.html */
  ResolveCase: "W||||||;",
  /** Grants permission to mark a specific interaction as resolved by its unique identifier, indicating that the issue has been addressed and no further action is needed. Access level: Write. https://docs.aws.amazon.com/awssupport/latest/user/accessing-support.html */
  ResolveInteraction: "W||||||",
  /** Grants permission to return a list of AWS Support cases that matches the given inputs. Access level: Read. https://docs.aws.amazon.com/awssupport/latest/user/accessing-support.html */
  SearchForCases: "R||||||",
  /** Grants permission to start a specific interaction to receive personalized troubleshooting assistance for account and technical issues. Access level: Write. https://docs.aws.amazon.com/awssupport/latest/APIReference/API_StartInteraction.html */
  StartInteraction: "W|||||support:DescribeSupportLevel|",
  /** Grants permission to update the severity for a single AWS Support case. This is an internally managed function. Access level: Write. https://docs.aws.amazon.com/awssupport/latest/APIReference/API_UpdateCaseSeverity.html */
  UpdateCaseSeverity: "W||||||",
  /** Grants permission to update a specific interaction to receive personalized troubleshooting assistance for account and technical issues. Access level: Write. https://docs.aws.amazon.com/awssupport/latest/APIReference/API_UpdateInteraction.html */
  UpdateInteraction: "W||||||",
} as const;
const actionDetails = {
  AddAttachmentsToSet: "|,;~~~|Grants permission to add one or more attachments to an AWS Support case",
  AddCommunicationToCase: "|,;~~~|Grants permission to add a customer communication to an AWS Support case",
  CreateCase: "|,;~~~|Grants permission to creates a new AWS Support case",
  DescribeAttachment: "|,;~~~|Grants permission to describe attachment detail",
  DescribeCaseAttributes:
    "|,;~|Grants permission to allow secondary services to read AWS Support case attributes.This is an internally managed function",
  DescribeCaseOptions:
    "|,;~|Grants permission to describe the available options for a single AWS Support case. This is an internally managed function",
  DescribeCases: "|,;~~~|Grants permission to list AWS Support cases that matches the given inputs",
  DescribeCommunication:
    "|,;~|Grants permission to get a single communication and attachments for a single AWS Support case",
  DescribeCommunications:
    "|,;~~~|Grants permission to list the communications and attachments for one or more AWS Support cases",
  DescribeCreateCaseOptions: "|,;~~~|Grants permission to describes the available options for creating a support case",
  DescribeIssueTypes: "|,;~|Grants permission to return issue types for AWS Support cases",
  DescribeServices: "|,;~~~|Grants permission to list AWS services and categories that applies to each service",
  DescribeSeverityLevels:
    "|,;~~~|Grants permission to list severity levels that can be assigned to an AWS Support case",
  DescribeSupportLevel: "|,;~|Grants permission to return the support level for an AWS Account identifier",
  DescribeSupportedLanguages:
    "|,;~~~|Grants permission to describes the available support languages for a given category code, service code and issue type",
  DescribeTrustedAdvisorCheckRefreshStatuses:
    "|,;~~~|Grants permission to get the status of a Trusted Advisor refresh check based on a list of check identifiers",
  DescribeTrustedAdvisorCheckResult:
    "|,;~|Grants permission to get the results of the Trusted Advisor check that has the specified check identifier",
  DescribeTrustedAdvisorCheckSummaries:
    "|,;~|Grants permission to get the summaries of the results of the Trusted Advisor checks that have the specified check identifiers",
  DescribeTrustedAdvisorChecks:
    "|,;~|Grants permission to get a list of all available Trusted Advisor checks, including name, identifier, category and description",
  GetInteraction:
    "|,;~|Grants permission to retrieve personalized troubleshooting assistance for account and technical issues for a specific interaction",
  InitiateCallForCase:
    "|,;~|Grants permission to initiate a call on AWS Support Center. This is an internally managed function",
  InitiateChatForCase:
    "|,;~|Grants permission to initiate a chat on AWS Support Center.This is an internally managed function",
  InitiateLiveContactForCase:
    "|,;~|Grants permission to initiate a live contact on AWS Support Center. This is an internally managed function",
  ListInteractionEntries:
    "|,;~|Grants permission to retrieve a list of entries within a specific interaction, including messages, status updates, or other relevant data points",
  ListInteractions: "|,;~|Grants permission to retrieve a list of interactions, potentially with filters or pagination",
  PutCaseAttributes:
    "|,;~|Grants permission to allow secondary services to attach attributes to AWS Support cases. This is an internally managed function",
  RateCaseCommunication: "|,;~|Grants permission to rate an AWS Support case communication",
  RefreshTrustedAdvisorCheck:
    "|,;~~~|Grants permission to requests a refresh of the Trusted Advisor check that has the specified check identifier",
  ResolveCase: "|,;~~~|Grants permission to resolve an AWS Support case",
  ResolveInteraction:
    "|,;~|Grants permission to mark a specific interaction as resolved by its unique identifier, indicating that the issue has been addressed and no further action is needed",
  SearchForCases: "|,;~|Grants permission to return a list of AWS Support cases that matches the given inputs",
  StartInteraction:
    "|,;~|Grants permission to start a specific interaction to receive personalized troubleshooting assistance for account and technical issues",
  UpdateCaseSeverity:
    "|,;~|Grants permission to update the severity for a single AWS Support case. This is an internally managed function",
  UpdateInteraction:
    "|,;~|Grants permission to update a specific interaction to receive personalized troubleshooting assistance for account and technical issues",
};
const resourceTypeFacts = {} as const;
const arnFormats = {} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "support">;
/** Any support action. */
export type Action = ActionOf<typeof actionFacts, "support">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "support">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "support" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every support action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "support",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
