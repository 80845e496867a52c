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
export const prefix: "emr-serverless" = "emr-serverless";
/** The service's name in the reference. */
export const serviceName: "Amazon EMR Serverless" = "Amazon EMR Serverless";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon EMR Serverless",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonemrserverless.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["emr-serverless:TagResource", "iam:PassRole"] as const;
const actionFacts = {
  /** Grants permission to execute interactive workloads on an application. Access level: Write. Resources: application*. Permission only. https://docs.aws.amazon.com/emr/latest/EMR-Serverless-UserGuide/interactive-workloads.html */
  AccessInteractiveEndpoints: "W||1|0;1;||1|",
  /** Grants permission to execute interactive workloads on Livy Endpoint enabled on an EMR Serverless Application. Access level: Write. Resources: application*. Permission only. https://docs.aws.amazon.com/emr/latest/EMR-Serverless-UserGuide/interactive-workloads-livy-endpoints.html */
  AccessLivyEndpoints: "W||1|0;1;||1|",
  /** Grants permission to access system profile logs. Access level: Write. Resources: jobRun*. Permission only. https://docs.aws.amazon.com/emr/latest/EMR-Serverless-UserGuide/logging-monitoring.html */
  AccessSystemProfileLogs: "W||1|1;1;|||GetDashboardForJobRun",
  /** Grants permission to cancel a job run. Access level: Write. Resources: jobRun*. https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_CancelJobRun.html */
  CancelJobRun: "W|||1;1;|||;",
  /** Grants permission to create an Application. Access level: Write. https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_CreateApplication.html */
  CreateApplication: "W||||0,2|0|;",
  /** Grants permission to delete an application. Access level: Write. Resources: application*. https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_DeleteApplication.html */
  DeleteApplication: "W|||0;1;|||;",
  /** Grants permission to get application. Access level: Read. Resources: application*. https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_GetApplication.html */
  GetApplication: "R|||0;1;|||;",
  /** Grants permission to get job run dashboard. Access level: Read. Resources: jobRun*. https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_GetDashboardForJobRun.html */
  GetDashboardForJobRun: "R|||1;1;||emr-serverless:AccessSystemProfileLogs,glue:GetDatabases,glue:SearchTables|;",
  /** Grants permission to get a job run. Access level: Read. Resources: jobRun*. https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_GetJobRun.html */
  GetJobRun: "R|||1;1;|||;",
  /** Grants permission to get the resource dashboard. Access level: Read. Resources: session*. https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_GetResourceDashboard.html */
  GetResourceDashboard: "R|||2;1;|||;",
  /** Grants permission to get details about a session. Access level: Read. Resources: session*. https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_GetSession.html */
  GetSession: "R|||2;1;|||;",
  /** Grants permission to get the endpoint URL and authentication token for connecting to a session. Access level: Read. Resources: session*. https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_GetSessionEndpoint.html */
  GetSessionEndpoint: "R|||2;1;|||;",
  /** Grants permission to list applications. Access level: List. https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_ListApplications.html */
  ListApplications: "L||||||;",
  /** Grants permission to list job run attempts associated with a job run. Access level: List. Resources: jobRun*. https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_ListJobRunAttempts.html */
  ListJobRunAttempts: "L|||1;1;|||;",
  /** Grants permission to list job runs associated with an application. Access level: List. Resources: application*. https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_ListJobRuns.html */
  ListJobRuns: "L|||0;1;|||;",
  /** Grants permission to list sessions associated with an application. Access level: List. Resources: application*. https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_ListSessions.html */
  ListSessions: "L|||0;1;|||;",
  /** Grants permission to list tags for the specified resource. Access level: Read. Resources: application, jobRun, session. https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,1;0;,2;0;|||;",
  /** Grants permission to Start an application. Access level: Write. Resources: application*. https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_StartApplication.html */
  StartApplication: "W|||0;1;|||;",
  /** Grants permission to start a job run. Access level: Write. Resources: application*. https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_StartJobRun.html */
  StartJobRun: "W|||0;1;|0,2|0,1|;",
  /** Grants permission to start a session in an application. Access level: Write. Resources: application*. https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_StartSession.html */
  StartSession: "W|||0;1;|0,2|0,1|;",
  /** Grants permission to Stop an application. Access level: Write. Resources: application*. https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_StopApplication.html */
  StopApplication: "W|||0;1;|||;",
  /** Grants permission to tag the specified resource. Access level: Tagging. Resources: application, jobRun, session. https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_TagResource.html */
  TagResource: "T|||0;0;,1;0;,2;0;|0,2||CreateApplication,StartJobRun,StartSession,;",
  /** Grants permission to terminate a session. Access level: Write. Resources: session*. https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_TerminateSession.html */
  TerminateSession: "W|||2;1;|||;",
  /** Grants permission to untag the specified resource. Access level: Tagging. Resources: application, jobRun, session. https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;|2||;",
  /** Grants permission to Update an application. Access level: Write. Resources: application*. https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_UpdateApplication.html */
  UpdateApplication: "W|||0;1;|||;",
} as const;
const actionDetails = {
  AccessInteractiveEndpoints: "|,;~|Grants permission to execute interactive workloads on an application",
  AccessLivyEndpoints:
    "|,;~|Grants permission to execute interactive workloads on Livy Endpoint enabled on an EMR Serverless Application",
  AccessSystemProfileLogs: "|,;~~~|Grants permission to access system profile logs",
  CancelJobRun: "|,;~~~|Grants permission to cancel a job run",
  CreateApplication: "|,;~~~|Grants permission to create an Application",
  DeleteApplication: "|,;~~~|Grants permission to delete an application",
  GetApplication: "|,;~~~|Grants permission to get application",
  GetDashboardForJobRun: "|,;~~~|Grants permission to get job run dashboard",
  GetJobRun: "|,;~~~|Grants permission to get a job run",
  GetResourceDashboard: "|,;~~~|Grants permission to get the resource dashboard",
  GetSession: "|,;~~~|Grants permission to get details about a session",
  GetSessionEndpoint:
    "|,;~~~|Grants permission to get the endpoint URL and authentication token for connecting to a session",
  ListApplications: "|,;~~~|Grants permission to list applications",
  ListJobRunAttempts: "|,;~~~|Grants permission to list job run attempts associated with a job run",
  ListJobRuns: "|,;~~~|Grants permission to list job runs associated with an application",
  ListSessions: "|,;~~~|Grants permission to list sessions associated with an application",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for the specified resource",
  StartApplication: "|,;~~~|Grants permission to Start an application",
  StartJobRun: "|,;~~~|Grants permission to start a job run",
  StartSession: "|,;~~~|Grants permission to start a session in an application",
  StopApplication: "|,;~~~|Grants permission to Stop an application",
  TagResource: "|,;~~~,~~,~~,~~|Grants permission to tag the specified resource",
  TerminateSession: "|,;~~~|Grants permission to terminate a session",
  UntagResource: "|,;~~~|Grants permission to untag the specified resource",
  UpdateApplication: "|,;~~~|Grants permission to Update an application",
};
const resourceTypeFacts = {
  /** The application resource type: arn:${Partition}:emr-serverless:${Region}:${Account}:/applications/${ApplicationId} */
  application: "|,|1",
  /** The jobRun resource type: arn:${Partition}:emr-serverless:${Region}:${Account}:/applications/${ApplicationId}/jobruns/${JobRunId} */
  jobRun: "|,|1",
  /** The session resource type: arn:${Partition}:emr-serverless:${Region}:${Account}:/applications/${ApplicationId}/sessions/${SessionId} */
  session: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a application resource: arn:${Partition}:emr-serverless:${Region}:${Account}:/applications/${ApplicationId}. */
  application: "|,application|arn:|Partition|:emr-serverless:|Region|:|Account|:/applications/|ApplicationId|",
  /** ARN of a jobRun resource: arn:${Partition}:emr-serverless:${Region}:${Account}:/applications/${ApplicationId}/jobruns/${JobRunId}. */
  jobRun: "|,jobRun|arn:|Partition|:emr-serverless:|Region|:|Account|:/applications/|ApplicationId|/jobruns/|JobRunId|",
  /** ARN of a session resource: arn:${Partition}:emr-serverless:${Region}:${Account}:/applications/${ApplicationId}/sessions/${SessionId}. */
  session:
    "|,session|arn:|Partition|:emr-serverless:|Region|:|Account|:/applications/|ApplicationId|/sessions/|SessionId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["application", "jobRun", "session"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "emr-serverless">;
/** Any emr-serverless action. */
export type Action = ActionOf<typeof actionFacts, "emr-serverless">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "emr-serverless">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "emr-serverless" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every emr-serverless action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the presence of tag key-value pairs in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by tag key-value pairs attached to the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the presence of tag keys in the request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by the presence of tag key-value pairs in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by tag key-value pairs attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the presence of tag keys in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "emr-serverless",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
