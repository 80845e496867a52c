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
export const prefix: "pi" = "pi";
/** The service's name in the reference. */
export const serviceName: "AWS Performance Insights" = "AWS Performance Insights";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Performance Insights",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsperformanceinsights.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "pi:Dimensions",
] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to call CreatePerformanceAnalysisReport API to create a Performance Analysis Report for a specified DB instance. Access level: Write. Resources: perf-reports-resource*. https://docs.aws.amazon.com/performance-insights/latest/APIReference/API_CreatePerformanceAnalysisReport.html */
  CreatePerformanceAnalysisReport: "W|||1;1;|0,2|pi:TagResource|;",
  /** Grants permission to call DeletePerformanceAnalysisReport API to delete a Performance Analysis Report for a specified DB instance. Access level: Write. Resources: perf-reports-resource*. https://docs.aws.amazon.com/performance-insights/latest/APIReference/API_DeletePerformanceAnalysisReport.html */
  DeletePerformanceAnalysisReport: "W|||1;1;|||;",
  /** Grants permission to call DescribeDimensionKeys API to retrieve the top N dimension keys for a metric for a specific time period. Access level: Read. Resources: metric-resource*. https://docs.aws.amazon.com/performance-insights/latest/APIReference/API_DescribeDimensionKeys.html */
  DescribeDimensionKeys: "R|||0;1;|3||;,ListAvailableResourceDimensions",
  /** Grants permission to call GetDimensionKeyDetails API to retrieve the attributes of the specified dimension group. Access level: Read. Resources: metric-resource*. https://docs.aws.amazon.com/performance-insights/latest/APIReference/API_GetDimensionKeyDetails.html */
  GetDimensionKeyDetails: "R|||0;1;|3||;,ListAvailableResourceDimensions",
  /** Grants permission to call GetPerformanceAnalysisReport API to retrieve a Performance Analysis Report for a specified DB instance. Access level: Read. Resources: perf-reports-resource*. https://docs.aws.amazon.com/performance-insights/latest/APIReference/API_GetPerformanceAnalysisReport.html */
  GetPerformanceAnalysisReport: "R|||1;1;|||;",
  /** Grants permission to call GetResourceMetadata API to retrieve the metadata for different features. Access level: Read. Resources: metric-resource*. https://docs.aws.amazon.com/performance-insights/latest/APIReference/API_GetResourceMetadata.html */
  GetResourceMetadata: "R|||0;1;|||;",
  /** Grants permission to call GetResourceMetrics API to retrieve PI metrics for a set of data sources, over a time period. Access level: Read. Resources: metric-resource*. https://docs.aws.amazon.com/performance-insights/latest/APIReference/API_GetResourceMetrics.html */
  GetResourceMetrics: "R|||0;1;|3||;,ListAvailableResourceDimensions",
  /** Grants permission to call ListAvailableResourceDimensions API to retrieve the dimensions that can be queried for each specified metric type on a specified DB instance. Access level: Read. Resources: metric-resource*. https://docs.aws.amazon.com/performance-insights/latest/APIReference/API_ListAvailableResourceDimensions.html */
  ListAvailableResourceDimensions:
    "R|||0;1;||pi:DescribeDimensionKeys,pi:GetDimensionKeyDetails,pi:GetResourceMetrics|;",
  /** Grants permission to call ListAvailableResourceMetrics API to retrieve metrics of the specified types that can be queried for a specified DB instance. Access level: Read. Resources: metric-resource*. https://docs.aws.amazon.com/performance-insights/latest/APIReference/API_ListAvailableResourceMetrics.html */
  ListAvailableResourceMetrics: "R|||0;1;|||;",
  /** Grants permission to call ListPerformanceAnalysisReportRecommendations API to retrieve a Performance Analysis Report Recommendations for a specified DB instance. Access level: List. Resources: perf-reports-resource*. https://docs.aws.amazon.com/performance-insights/latest/APIReference/API_ListPerformanceAnalysisReportRecommendations.html */
  ListPerformanceAnalysisReportRecommendations: "L|||1;1;|||;",
  /** Grants permission to call ListPerformanceAnalysisReports API to list Performance Analysis Reports for a specified DB instance. Access level: List. Resources: perf-reports-resource*. https://docs.aws.amazon.com/performance-insights/latest/APIReference/API_ListPerformanceAnalysisReports.html */
  ListPerformanceAnalysisReports: "L|||1;1;||pi:ListTagsForResource|;",
  /** Grants permission to call ListTagsForResource API to list tags for a resource. Access level: List. Resources: metric-resource*, perf-reports-resource*. https://docs.aws.amazon.com/performance-insights/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "L|||0;1;,1;1;|||ListPerformanceAnalysisReports,;",
  /** Grants permission to call TagResource API to tag a resource. Access level: Tagging. Resources: perf-reports-resource*. https://docs.aws.amazon.com/performance-insights/latest/APIReference/API_TagResource.html */
  TagResource: "T|||1;1;|0,2||CreatePerformanceAnalysisReport,;",
  /** Grants permission to call UntagResource API to untag a resource. Access level: Tagging. Resources: perf-reports-resource*. https://docs.aws.amazon.com/performance-insights/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||1;1;|2||;",
} as const;
const actionDetails = {
  CreatePerformanceAnalysisReport:
    "|,;~~~|Grants permission to call CreatePerformanceAnalysisReport API to create a Performance Analysis Report for a specified DB instance",
  DeletePerformanceAnalysisReport:
    "|,;~~~|Grants permission to call DeletePerformanceAnalysisReport API to delete a Performance Analysis Report for a specified DB instance",
  DescribeDimensionKeys:
    "|,;~~~,~~|Grants permission to call DescribeDimensionKeys API to retrieve the top N dimension keys for a metric for a specific time period",
  GetDimensionKeyDetails:
    "|,;~~~,~~|Grants permission to call GetDimensionKeyDetails API to retrieve the attributes of the specified dimension group",
  GetPerformanceAnalysisReport:
    "|,;~~~|Grants permission to call GetPerformanceAnalysisReport API to retrieve a Performance Analysis Report for a specified DB instance",
  GetResourceMetadata:
    "|,;~~~|Grants permission to call GetResourceMetadata API to retrieve the metadata for different features",
  GetResourceMetrics:
    "|,;~~~,~~|Grants permission to call GetResourceMetrics API to retrieve PI metrics for a set of data sources, over a time period",
  ListAvailableResourceDimensions:
    "|,;~~~|Grants permission to call ListAvailableResourceDimensions API to retrieve the dimensions that can be queried for each specified metric type on a specified DB instance",
  ListAvailableResourceMetrics:
    "|,;~~~|Grants permission to call ListAvailableResourceMetrics API to retrieve metrics of the specified types that can be queried for a specified DB instance",
  ListPerformanceAnalysisReportRecommendations:
    "|,;~~~|Grants permission to call ListPerformanceAnalysisReportRecommendations API to retrieve a Performance Analysis Report Recommendations for a specified DB instance",
  ListPerformanceAnalysisReports:
    "|,;~~~|Grants permission to call ListPerformanceAnalysisReports API to list Performance Analysis Reports for a specified DB instance",
  ListTagsForResource: "|,;~~~,~~|Grants permission to call ListTagsForResource API to list tags for a resource",
  TagResource: "|,;~~~,~~|Grants permission to call TagResource API to tag a resource",
  UntagResource: "|,;~~~|Grants permission to call UntagResource API to untag a resource",
};
const resourceTypeFacts = {
  /** The metric-resource resource type: arn:${Partition}:pi:${Region}:${Account}:metrics/${ServiceType}/${Identifier} */
  "metric-resource": "|,metricResource|1",
  /** The perf-reports-resource resource type: arn:${Partition}:pi:${Region}:${Account}:perf-reports/${ServiceType}/${Identifier}/${ReportId} */
  "perf-reports-resource": "|,perfReportsResource|1",
} as const;
const arnFormats = {
  /** ARN of a metric-resource resource: arn:${Partition}:pi:${Region}:${Account}:metrics/${ServiceType}/${Identifier}. */
  metricResource: "|,metric-resource|arn:|Partition|:pi:|Region|:|Account|:metrics/|ServiceType|/|Identifier|",
  /** ARN of a perf-reports-resource resource: arn:${Partition}:pi:${Region}:${Account}:perf-reports/${ServiceType}/${Identifier}/${ReportId}. */
  perfReportsResource:
    "|,perf-reports-resource|arn:|Partition|:pi:|Region|:|Account|:perf-reports/|ServiceType|/|Identifier|/|ReportId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["metric-resource", "perf-reports-resource"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "pi">;
/** Any pi action. */
export type Action = ActionOf<typeof actionFacts, "pi">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "pi">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "pi" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every pi action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the requested dimensions. */
  "pi:Dimensions": "ArrayOfString";
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
  "pi:Dimensions": "|,ArrayOfString|0||Filters access by the requested dimensions",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "pi",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
