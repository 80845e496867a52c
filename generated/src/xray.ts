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
export const prefix: "xray" = "xray";
/** The service's name in the reference. */
export const serviceName: "AWS X-Ray" = "AWS X-Ray";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  { name: "AWS X-Ray", url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsx-ray.html" },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "logs:LogGeneratingResourceArns",
  "xray:ResourcePolicyName",
  "xray:TraceSegmentDestination",
] as const;
const dependentActionList = ["xray:TagResource"] as const;
const actionFacts = {
  /** Grants permission to retrieve metadata for a list of traces specified by ID. Access level: Read. Permission only. https://docs.aws.amazon.com/xray/latest/devguide/security_iam_id-based-policy-examples.html#security_iam_id-based-policy-examples-console */
  BatchGetTraceSummaryById: "R||1||||",
  /** Grants permission to retrieve a list of traces specified by ID. Each trace is a collection of segment documents that originates from a single request. Use GetTraceSummaries to get a list of trace IDs. Access level: List. https://docs.aws.amazon.com/xray/latest/api/API_BatchGetTraces.html */
  BatchGetTraces: "L||||||;",
  /** Grants permission to cancel an ongoing trace retrieval job initiated by StartTraceRetrieval using the provided RetrievalToken. A successful cancellation will return an HTTP 200 response. Access level: Read. API_CancelTraceRetrieval.html */
  CancelTraceRetrieval: "R||||||;",
  /** Grants permission to create a group resource with a name and a filter expression. Access level: Write. Resources: group*. https://docs.aws.amazon.com/xray/latest/api/API_CreateGroup.html */
  CreateGroup: "W|||0;1;|0,2|0|;",
  /** Grants permission to create a rule to control sampling behavior for instrumented applications. Access level: Write. Resources: sampling-rule*. https://docs.aws.amazon.com/xray/latest/api/API_CreateSamplingRule.html */
  CreateSamplingRule: "W|||1;1;|0,2|0|;",
  /** Grants permission to delete a group resource. Access level: Write. Resources: group*. https://docs.aws.amazon.com/xray/latest/api/API_DeleteGroup.html */
  DeleteGroup: "W|||0;1;|1||;",
  /** Grants permission to delete resource policies. Access level: Write. https://docs.aws.amazon.com/xray/latest/api/API_DeleteResourcePolicy.html */
  DeleteResourcePolicy: "W||||4||;",
  /** Grants permission to delete a sampling rule. Access level: Write. Resources: sampling-rule*. https://docs.aws.amazon.com/xray/latest/api/API_DeleteSamplingRule.html */
  DeleteSamplingRule: "W|||1;1;|1||;",
  /** Grants permission to retrieve distinct service graphs for one or more specific trace IDs. Access level: Read. Permission only. https://docs.aws.amazon.com/xray/latest/devguide/security_iam_id-based-policy-examples.html#security_iam_id-based-policy-examples-console */
  GetDistinctTraceGraphs: "R||1||||",
  /** Grants permission to retrieve the current encryption configuration for X-Ray data. Access level: Read. https://docs.aws.amazon.com/xray/latest/api/API_GetEncryptionConfig.html */
  GetEncryptionConfig: "R||||||;",
  /** Grants permission to retrieve group resource details. Access level: Read. Resources: group*. https://docs.aws.amazon.com/xray/latest/api/API_GetGroup.html */
  GetGroup: "R|||0;1;|1||;",
  /** Grants permission to retrieve all active group details. Access level: Read. https://docs.aws.amazon.com/xray/latest/api/API_GetGroups.html */
  GetGroups: "R||||||;",
  /** Grants permission to retrieve all indexing rules. Indexing rules are used to determine the server-side sampling rate for spans ingested through the CloudWatchLogs destination and indexed by X-Ray. Access level: Read. https://docs.aws.amazon.com/xray/latest/api/API_GetIndexingRules.html */
  GetIndexingRules: "R||||||;",
  /** Grants permission to retrieve the details of a specific insight. Access level: Read. https://docs.aws.amazon.com/xray/latest/api/API_GetInsight.html */
  GetInsight: "R||||||;",
  /** Grants permission to retrieve the events of a specific insight. Access level: Read. https://docs.aws.amazon.com/xray/latest/api/API_GetInsightEvents.html */
  GetInsightEvents: "R||||||;",
  /** Grants permission to retrieve the part of the service graph which is impacted for a specific insight. Access level: Read. https://docs.aws.amazon.com/xray/latest/api/API_GetInsightImpactGraph.html */
  GetInsightImpactGraph: "R||||||;",
  /** Grants permission to retrieve the summary of all insights for a group and time range with optional filters. Access level: Read. https://docs.aws.amazon.com/xray/latest/api/API_GetInsightSummaries.html */
  GetInsightSummaries: "R||||||;",
  /** Grants permission to retrieve a service graph for traces based on the specified RetrievalToken from the Transaction Search CloudWatch log group. Access level: Read. API_GetRetrievedTracesGraph.html */
  GetRetrievedTracesGraph: "R||||||;",
  /** Grants permission to retrieve all sampling rules. Access level: Read. https://docs.aws.amazon.com/xray/latest/api/API_GetSamplingRules.html */
  GetSamplingRules: "R||||||;",
  /** Grants permission to retrieve information about recent sampling results for all sampling rules. Access level: Read. https://docs.aws.amazon.com/xray/latest/api/API_GetSamplingStatisticSummaries.html */
  GetSamplingStatisticSummaries: "R||||||;",
  /** Grants permission to request a sampling quota for rules that the service is using to sample requests. Access level: Read. https://docs.aws.amazon.com/xray/latest/api/API_GetSamplingTargets.html */
  GetSamplingTargets: "R||||||;",
  /** Grants permission to retrieve a document that describes services that process incoming requests, and downstream services that they call as a result. Access level: Read. https://docs.aws.amazon.com/xray/latest/api/API_GetServiceGraph.html */
  GetServiceGraph: "R||||||;",
  /** Grants permission to retrieve an aggregation of service statistics defined by a specific time range bucketed into time intervals. Access level: Read. https://docs.aws.amazon.com/xray/latest/api/API_GetTimeSeriesServiceStatistics.html */
  GetTimeSeriesServiceStatistics: "R||||||;",
  /** Grants permission to retrieve a service graph for one or more specific trace IDs. Access level: Read. https://docs.aws.amazon.com/xray/latest/api/API_GetTraceGraph.html */
  GetTraceGraph: "R||||||;",
  /** Grants permission to retrieve the current destination of data sent to PutTraceSegments and OpenTelemetry API. Access level: Read. https://docs.aws.amazon.com/xray/latest/api/API_GetTraceSegmentDestination.html */
  GetTraceSegmentDestination: "R||||||;",
  /** Grants permission to retrieve IDs and metadata for traces available for a specified time frame using an optional filter. To get the full traces, pass the trace IDs to BatchGetTraces. Access level: Read. https://docs.aws.amazon.com/xray/latest/api/API_GetTraceSummaries.html */
  GetTraceSummaries: "R||||||;",
  /** Grants permission to share X-Ray resources with a monitoring account. Access level: Write. Permission only. https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-Unified-Cross-Account-Setup.html#CloudWatch-Unified-Cross-Account-Setup-permissions */
  Link: "W||1||||",
  /** Grants permission to list resource policies. Access level: List. https://docs.aws.amazon.com/xray/latest/api/API_ListResourcePolicies.html */
  ListResourcePolicies: "L||||||;",
  /** Grants permission to retrieve a list of traces for a given RetrievalToken from the Transaction Search CloudWatch log group. Access level: List. API_ListRetrievedTraces.html */
  ListRetrievedTraces: "L||||||;",
  /** Grants permission to list tags for an X-Ray resource. Access level: List. Resources: group, sampling-rule. https://docs.aws.amazon.com/xray/latest/api/API_ListTagsForResource.html */
  ListTagsForResource: "L|||0;0;,1;0;|||;",
  /** Grants permission to update the encryption configuration for X-Ray data. Access level: Permissions management. https://docs.aws.amazon.com/xray/latest/api/API_PutEncryptionConfig.html */
  PutEncryptionConfig: "P||||||;",
  /** Grants permission to create or update resource policies. Access level: Write. https://docs.aws.amazon.com/xray/latest/api/API_PutResourcePolicy.html */
  PutResourcePolicy: "W||||4||;",
  /** Grants permission to upload OpenTelemetry spans to AWS X-Ray. Access level: Write. https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-OTLPEndpoint.html */
  PutSpans: "W||||3||",
  /** Grants permission to upload spans to AWS X-Ray to be indexed. Access level: Write. Permission only. https://docs.aws.amazon.com/xray/latest/devguide/security_iam_id-based-policy-examples.html#security_iam_id-based-policy-examples-console */
  PutSpansForIndexing: "W||1||||",
  /** Grants permission to send AWS X-Ray daemon telemetry to the service. Access level: Write. https://docs.aws.amazon.com/xray/latest/api/API_PutTelemetryRecords.html */
  PutTelemetryRecords: "W||||||;",
  /** Grants permission to upload segment documents to AWS X-Ray. The X-Ray SDK generates segment documents and sends them to the X-Ray daemon, which uploads them in batches. Access level: Write. https://docs.aws.amazon.com/xray/latest/api/API_PutTraceSegments.html */
  PutTraceSegments: "W||||3||;",
  /** Grants permission to initiate a trace retrieval process using the specified time range and for the given trace IDs on the Transaction Search CloudWatch log group. Access level: Read. API_StartTraceRetrieval */
  StartTraceRetrieval: "R||||||;",
  /** Grants permission to add tags to an X-Ray resource. Access level: Tagging. Resources: group, sampling-rule. https://docs.aws.amazon.com/xray/latest/api/API_TagResource.html */
  TagResource: "T|||0;0;,1;0;|0,2||CreateGroup,CreateSamplingRule,;",
  /** Grants permission to remove tags from an X-Ray resource. Access level: Tagging. Resources: group, sampling-rule. https://docs.aws.amazon.com/xray/latest/api/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;|2||;",
  /** Grants permission to update a group resource. Access level: Write. Resources: group*. https://docs.aws.amazon.com/xray/latest/api/API_UpdateGroup.html */
  UpdateGroup: "W|||0;1;|1||;",
  /** Grants permission to modify an indexing rule's configuration. Access level: Write. https://docs.aws.amazon.com/xray/latest/api/API_UpdateIndexingRule.html */
  UpdateIndexingRule: "W||||||;",
  /** Grants permission to modify a sampling rule's configuration. Access level: Write. Resources: sampling-rule*. https://docs.aws.amazon.com/xray/latest/api/API_UpdateSamplingRule.html */
  UpdateSamplingRule: "W|||1;1;|1||;",
  /** Grants permission to modify the destination of data sent to PutTraceSegments and OpenTelemetry API. Access level: Write. https://docs.aws.amazon.com/xray/latest/api/API_UpdateTraceSegmentDestination.html */
  UpdateTraceSegmentDestination: "W||||5||;",
} as const;
const actionDetails = {
  BatchGetTraceSummaryById: "|,;~|Grants permission to retrieve metadata for a list of traces specified by ID",
  BatchGetTraces:
    "|,;~~~|Grants permission to retrieve a list of traces specified by ID. Each trace is a collection of segment documents that originates from a single request. Use GetTraceSummaries to get a list of trace IDs",
  CancelTraceRetrieval:
    "|,;~~~|Grants permission to cancel an ongoing trace retrieval job initiated by StartTraceRetrieval using the provided RetrievalToken. A successful cancellation will return an HTTP 200 response",
  CreateGroup: "|,;~~~|Grants permission to create a group resource with a name and a filter expression",
  CreateSamplingRule:
    "|,;~~~|Grants permission to create a rule to control sampling behavior for instrumented applications",
  DeleteGroup: "|,;~~~|Grants permission to delete a group resource",
  DeleteResourcePolicy: "|,;~~~|Grants permission to delete resource policies",
  DeleteSamplingRule: "|,;~~~|Grants permission to delete a sampling rule",
  GetDistinctTraceGraphs:
    "|,;~|Grants permission to retrieve distinct service graphs for one or more specific trace IDs",
  GetEncryptionConfig: "|,;~~~|Grants permission to retrieve the current encryption configuration for X-Ray data",
  GetGroup: "|,;~~~|Grants permission to retrieve group resource details",
  GetGroups: "|,;~~~|Grants permission to retrieve all active group details",
  GetIndexingRules:
    "|,;~~~|Grants permission to retrieve all indexing rules. Indexing rules are used to determine the server-side sampling rate for spans ingested through the CloudWatchLogs destination and indexed by X-Ray",
  GetInsight: "|,;~~~|Grants permission to retrieve the details of a specific insight",
  GetInsightEvents: "|,;~~~|Grants permission to retrieve the events of a specific insight",
  GetInsightImpactGraph:
    "|,;~~~|Grants permission to retrieve the part of the service graph which is impacted for a specific insight",
  GetInsightSummaries:
    "|,;~~~|Grants permission to retrieve the summary of all insights for a group and time range with optional filters",
  GetRetrievedTracesGraph:
    "|,;~~~|Grants permission to retrieve a service graph for traces based on the specified RetrievalToken from the Transaction Search CloudWatch log group",
  GetSamplingRules: "|,;~~~|Grants permission to retrieve all sampling rules",
  GetSamplingStatisticSummaries:
    "|,;~~~|Grants permission to retrieve information about recent sampling results for all sampling rules",
  GetSamplingTargets:
    "|,;~~~|Grants permission to request a sampling quota for rules that the service is using to sample requests",
  GetServiceGraph:
    "|,;~~~|Grants permission to retrieve a document that describes services that process incoming requests, and downstream services that they call as a result",
  GetTimeSeriesServiceStatistics:
    "|,;~~~|Grants permission to retrieve an aggregation of service statistics defined by a specific time range bucketed into time intervals",
  GetTraceGraph: "|,;~~~|Grants permission to retrieve a service graph for one or more specific trace IDs",
  GetTraceSegmentDestination:
    "|,;~~~|Grants permission to retrieve the current destination of data sent to PutTraceSegments and OpenTelemetry API",
  GetTraceSummaries:
    "|,;~~~|Grants permission to retrieve IDs and metadata for traces available for a specified time frame using an optional filter. To get the full traces, pass the trace IDs to BatchGetTraces",
  Link: "|,;~|Grants permission to share X-Ray resources with a monitoring account",
  ListResourcePolicies: "|,;~~~|Grants permission to list resource policies",
  ListRetrievedTraces:
    "|,;~~~|Grants permission to retrieve a list of traces for a given RetrievalToken from the Transaction Search CloudWatch log group",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for an X-Ray resource",
  PutEncryptionConfig: "|,;~~~|Grants permission to update the encryption configuration for X-Ray data",
  PutResourcePolicy: "|,;~~~|Grants permission to create or update resource policies",
  PutSpans: "|,;~|Grants permission to upload OpenTelemetry spans to AWS X-Ray",
  PutSpansForIndexing: "|,;~|Grants permission to upload spans to AWS X-Ray to be indexed",
  PutTelemetryRecords: "|,;~~~|Grants permission to send AWS X-Ray daemon telemetry to the service",
  PutTraceSegments:
    "|,;~~~|Grants permission to upload segment documents to AWS X-Ray. The X-Ray SDK generates segment documents and sends them to the X-Ray daemon, which uploads them in batches",
  StartTraceRetrieval:
    "|,;~~~|Grants permission to initiate a trace retrieval process using the specified time range and for the given trace IDs on the Transaction Search CloudWatch log group",
  TagResource: "|,;~~~,~~,~~|Grants permission to add tags to an X-Ray resource",
  UntagResource: "|,;~~~|Grants permission to remove tags from an X-Ray resource",
  UpdateGroup: "|,;~~~|Grants permission to update a group resource",
  UpdateIndexingRule: "|,;~~~|Grants permission to modify an indexing rule's configuration",
  UpdateSamplingRule: "|,;~~~|Grants permission to modify a sampling rule's configuration",
  UpdateTraceSegmentDestination:
    "|,;~~~|Grants permission to modify the destination of data sent to PutTraceSegments and OpenTelemetry API",
};
const resourceTypeFacts = {
  /** The group resource type: arn:${Partition}:xray:${Region}:${Account}:group/${GroupName}/${Id} */
  group: "|,|1",
  /** The sampling-rule resource type: arn:${Partition}:xray:${Region}:${Account}:sampling-rule/${SamplingRuleName} */
  "sampling-rule": "|,samplingRule|1",
} as const;
const arnFormats = {
  /** ARN of a group resource: arn:${Partition}:xray:${Region}:${Account}:group/${GroupName}/${Id}. */
  group: "|,group|arn:|Partition|:xray:|Region|:|Account|:group/|GroupName|/|Id|",
  /** ARN of a sampling-rule resource: arn:${Partition}:xray:${Region}:${Account}:sampling-rule/${SamplingRuleName}. */
  samplingRule: "|,sampling-rule|arn:|Partition|:xray:|Region|:|Account|:sampling-rule/|SamplingRuleName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["group", "sampling-rule"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "xray">;
/** Any xray action. */
export type Action = ActionOf<typeof actionFacts, "xray">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "xray">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "xray" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every xray action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by LogGeneratingResourceArn in the request. */
  "logs:LogGeneratingResourceArns": "ArrayOfARN";
  /** Filters access by PolicyName in the request. */
  "xray:ResourcePolicyName": "String";
  /** Filters access by TraceSegmentDestination type in the request. */
  "xray:TraceSegmentDestination": "String";
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
  "logs:LogGeneratingResourceArns": "|,ArrayOfARN|0||Filters access by LogGeneratingResourceArn in the request",
  "xray:ResourcePolicyName": "|,String|0||Filters access by PolicyName in the request",
  "xray:TraceSegmentDestination": "|,String|0||Filters access by TraceSegmentDestination type in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "xray",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
