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
export const prefix: "lookoutmetrics" = "lookoutmetrics";
/** The service's name in the reference. */
export const serviceName: "Amazon Lookout for Metrics" = "Amazon Lookout for Metrics";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Lookout for Metrics",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonlookoutformetrics.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to activate an anomaly detector. Access level: Write. Resources: AnomalyDetector*. https://docs.aws.amazon.com/lookoutmetrics/latest/api/API_ActivateAnomalyDetector.html */
  ActivateAnomalyDetector: "W|||1;1;|||",
  /** Grants permission to run a backtest with an anomaly detector. Access level: Write. Resources: AnomalyDetector*. https://docs.aws.amazon.com/lookoutmetrics/latest/api/API_BackTestAnomalyDetector.html */
  BackTestAnomalyDetector: "W|||1;1;|||",
  /** Grants permission to create an alert for an anomaly detector. Access level: Write. Resources: Alert*, AnomalyDetector*. https://docs.aws.amazon.com/lookoutmetrics/latest/api/API_CreateAlert.html */
  CreateAlert: "W|||0;1;,1;1;|0,2||",
  /** Grants permission to create an anomaly detector. Access level: Write. Resources: AnomalyDetector*. https://docs.aws.amazon.com/lookoutmetrics/latest/api/API_CreateAnomalyDetector.html */
  CreateAnomalyDetector: "W|||1;1;|0,2||",
  /** Grants permission to create a dataset. Access level: Write. Resources: AnomalyDetector*, MetricSet*. https://docs.aws.amazon.com/lookoutmetrics/latest/api/API_CreateMetricSet.html */
  CreateMetricSet: "W|||1;1;,2;1;|0,2||",
  /** Grants permission to deactivate an anomaly detector. Access level: Write. Resources: AnomalyDetector*. https://docs.aws.amazon.com/lookoutmetrics/latest/api/API_DeactivateAnomalyDetector.html */
  DeactivateAnomalyDetector: "W|||1;1;|||",
  /** Grants permission to delete an alert. Access level: Write. Resources: Alert*. https://docs.aws.amazon.com/lookoutmetrics/latest/api/API_DeleteAlert.html */
  DeleteAlert: "W|||0;1;|||",
  /** Grants permission to delete an anomaly detector. Access level: Write. Resources: AnomalyDetector*. https://docs.aws.amazon.com/lookoutmetrics/latest/api/API_DeleteAnomalyDetector.html */
  DeleteAnomalyDetector: "W|||1;1;|||",
  /** Grants permission to get details about an alert. Access level: Read. Resources: Alert*. https://docs.aws.amazon.com/lookoutmetrics/latest/api/API_DescribeAlert.html */
  DescribeAlert: "R|||0;1;|||",
  /** Grants permission to get information about an anomaly detection job. Access level: Read. Resources: AnomalyDetector*. https://docs.aws.amazon.com/lookoutmetrics/latest/api/API_DescribeAnomalyDetectionExecutions.html */
  DescribeAnomalyDetectionExecutions: "R|||1;1;|||",
  /** Grants permission to get details about an anomaly detector. Access level: Read. Resources: AnomalyDetector*. https://docs.aws.amazon.com/lookoutmetrics/latest/api/API_DescribeAnomalyDetector.html */
  DescribeAnomalyDetector: "R|||1;1;|||",
  /** Grants permission to get details about a dataset. Access level: Read. Resources: MetricSet*. https://docs.aws.amazon.com/lookoutmetrics/latest/api/API_DescribeMetricSet.html */
  DescribeMetricSet: "R|||2;1;|||",
  /** Grants permission to detect metric set config from data source. Access level: Write. Resources: AnomalyDetector*. https://docs.aws.amazon.com/lookoutmetrics/latest/api/API_DetectMetricSetConfig.html */
  DetectMetricSetConfig: "W|||1;1;|||",
  /** Grants permission to get details about a group of affected metrics. Access level: Read. Resources: AnomalyDetector*. https://docs.aws.amazon.com/lookoutmetrics/latest/api/API_GetAnomalyGroup.html */
  GetAnomalyGroup: "R|||1;1;|||",
  /** Grants permission to get data quality metrics for an anomaly detector. Access level: Read. Resources: AnomalyDetector*. https://docs.aws.amazon.com/lookoutmetrics/latest/api/API_GetDataQualityMetrics.html */
  GetDataQualityMetrics: "R|||1;1;|||",
  /** Grants permission to get feedback on affected metrics for an anomaly group. Access level: Read. Resources: AnomalyDetector*. https://docs.aws.amazon.com/lookoutmetrics/latest/api/API_GetFeedback.html */
  GetFeedback: "R|||1;1;|||",
  /** Grants permission to get a selection of sample records from an Amazon S3 datasource. Access level: Read. https://docs.aws.amazon.com/lookoutmetrics/latest/api/API_GetSampleData.html */
  GetSampleData: "R||||||",
  /** Grants permission to get a list of alerts for a detector. Access level: List. Resources: AnomalyDetector. https://docs.aws.amazon.com/lookoutmetrics/latest/api/API_ListAlerts.html */
  ListAlerts: "L|||1;0;|||",
  /** Grants permission to get a list of anomaly detectors. Access level: List. https://docs.aws.amazon.com/lookoutmetrics/latest/api/API_ListAnomalyDetectors.html */
  ListAnomalyDetectors: "L||||||",
  /** Grants permission to get a list of related measures in an anomaly group. Access level: List. Resources: AnomalyDetector*. https://docs.aws.amazon.com/lookoutmetrics/latest/api/API_ListAnomalyGroupRelatedMetrics.html */
  ListAnomalyGroupRelatedMetrics: "L|||1;1;|||",
  /** Grants permission to get a list of anomaly groups. Access level: List. Resources: AnomalyDetector*. https://docs.aws.amazon.com/lookoutmetrics/latest/api/API_ListAnomalyGroupSummaries.html */
  ListAnomalyGroupSummaries: "L|||1;1;|||",
  /** Grants permission to get a list of affected metrics for a measure in an anomaly group. Access level: List. Resources: AnomalyDetector*. https://docs.aws.amazon.com/lookoutmetrics/latest/api/API_ListAnomalyGroupTimeSeries.html */
  ListAnomalyGroupTimeSeries: "L|||1;1;|||",
  /** Grants permission to get a list of datasets. Access level: List. Resources: AnomalyDetector. https://docs.aws.amazon.com/lookoutmetrics/latest/api/API_ListMetricSets.html */
  ListMetricSets: "L|||1;0;|||",
  /** Grants permission to get a list of tags for a detector, dataset, or alert. Access level: Read. Resources: Alert, AnomalyDetector, MetricSet. https://docs.aws.amazon.com/lookoutmetrics/latest/api/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,1;0;,2;0;|||",
  /** Grants permission to add feedback for an affected metric in an anomaly group. Access level: Write. Resources: AnomalyDetector*. https://docs.aws.amazon.com/lookoutmetrics/latest/api/API_PutFeedback.html */
  PutFeedback: "W|||1;1;|||",
  /** Grants permission to add tags to a detector, dataset, or alert. Access level: Tagging. Resources: Alert, AnomalyDetector, MetricSet. https://docs.aws.amazon.com/lookoutmetrics/latest/api/API_TagResource.html */
  TagResource: "T|||0;0;,1;0;,2;0;|0,1,2||",
  /** Grants permission to remove tags from a detector, dataset, or alert. Access level: Tagging. Resources: Alert, AnomalyDetector, MetricSet. https://docs.aws.amazon.com/lookoutmetrics/latest/api/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;|2||",
  /** Grants permission to update an alert for an anomaly detector. Access level: Write. Resources: Alert*. https://docs.aws.amazon.com/lookoutmetrics/latest/api/API_UpdateAlert.html */
  UpdateAlert: "W|||0;1;|||",
  /** Grants permission to update an anomaly detector. Access level: Write. Resources: AnomalyDetector*. https://docs.aws.amazon.com/lookoutmetrics/latest/api/API_UpdateAnomalyDetector.html */
  UpdateAnomalyDetector: "W|||1;1;|||",
  /** Grants permission to update a dataset. Access level: Write. Resources: MetricSet*. https://docs.aws.amazon.com/lookoutmetrics/latest/api/API_UpdateMetricSet.html */
  UpdateMetricSet: "W|||2;1;|||",
} as const;
const actionDetails = {
  ActivateAnomalyDetector: "|,;~|Grants permission to activate an anomaly detector",
  BackTestAnomalyDetector: "|,;~|Grants permission to run a backtest with an anomaly detector",
  CreateAlert: "|,;~|Grants permission to create an alert for an anomaly detector",
  CreateAnomalyDetector: "|,;~|Grants permission to create an anomaly detector",
  CreateMetricSet: "|,;~|Grants permission to create a dataset",
  DeactivateAnomalyDetector: "|,;~|Grants permission to deactivate an anomaly detector",
  DeleteAlert: "|,;~|Grants permission to delete an alert",
  DeleteAnomalyDetector: "|,;~|Grants permission to delete an anomaly detector",
  DescribeAlert: "|,;~|Grants permission to get details about an alert",
  DescribeAnomalyDetectionExecutions: "|,;~|Grants permission to get information about an anomaly detection job",
  DescribeAnomalyDetector: "|,;~|Grants permission to get details about an anomaly detector",
  DescribeMetricSet: "|,;~|Grants permission to get details about a dataset",
  DetectMetricSetConfig: "|,;~|Grants permission to detect metric set config from data source",
  GetAnomalyGroup: "|,;~|Grants permission to get details about a group of affected metrics",
  GetDataQualityMetrics: "|,;~|Grants permission to get data quality metrics for an anomaly detector",
  GetFeedback: "|,;~|Grants permission to get feedback on affected metrics for an anomaly group",
  GetSampleData: "|,;~|Grants permission to get a selection of sample records from an Amazon S3 datasource",
  ListAlerts: "|,;~|Grants permission to get a list of alerts for a detector",
  ListAnomalyDetectors: "|,;~|Grants permission to get a list of anomaly detectors",
  ListAnomalyGroupRelatedMetrics: "|,;~|Grants permission to get a list of related measures in an anomaly group",
  ListAnomalyGroupSummaries: "|,;~|Grants permission to get a list of anomaly groups",
  ListAnomalyGroupTimeSeries:
    "|,;~|Grants permission to get a list of affected metrics for a measure in an anomaly group",
  ListMetricSets: "|,;~|Grants permission to get a list of datasets",
  ListTagsForResource: "|,;~|Grants permission to get a list of tags for a detector, dataset, or alert",
  PutFeedback: "|,;~|Grants permission to add feedback for an affected metric in an anomaly group",
  TagResource: "|,;~|Grants permission to add tags to a detector, dataset, or alert",
  UntagResource: "|,;~|Grants permission to remove tags from a detector, dataset, or alert",
  UpdateAlert: "|,;~|Grants permission to update an alert for an anomaly detector",
  UpdateAnomalyDetector: "|,;~|Grants permission to update an anomaly detector",
  UpdateMetricSet: "|,;~|Grants permission to update a dataset",
};
const resourceTypeFacts = {
  /** The Alert resource type: arn:${Partition}:lookoutmetrics:${Region}:${Account}:Alert:${AlertName} */
  Alert: "|,alert|1",
  /** The AnomalyDetector resource type: arn:${Partition}:lookoutmetrics:${Region}:${Account}:AnomalyDetector:${AnomalyDetectorName} */
  AnomalyDetector: "|,anomalyDetector|1",
  /** The MetricSet resource type: arn:${Partition}:lookoutmetrics:${Region}:${Account}:MetricSet/${AnomalyDetectorName}/${MetricSetName} */
  MetricSet: "|,metricSet|1",
} as const;
const arnFormats = {
  /** ARN of a Alert resource: arn:${Partition}:lookoutmetrics:${Region}:${Account}:Alert:${AlertName}. */
  alert: "|,Alert|arn:|Partition|:lookoutmetrics:|Region|:|Account|:Alert:|AlertName|",
  /** ARN of a AnomalyDetector resource: arn:${Partition}:lookoutmetrics:${Region}:${Account}:AnomalyDetector:${AnomalyDetectorName}. */
  anomalyDetector:
    "|,AnomalyDetector|arn:|Partition|:lookoutmetrics:|Region|:|Account|:AnomalyDetector:|AnomalyDetectorName|",
  /** ARN of a MetricSet resource: arn:${Partition}:lookoutmetrics:${Region}:${Account}:MetricSet/${AnomalyDetectorName}/${MetricSetName}. */
  metricSet:
    "|,MetricSet|arn:|Partition|:lookoutmetrics:|Region|:|Account|:MetricSet/|AnomalyDetectorName|/|MetricSetName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["Alert", "AnomalyDetector", "MetricSet"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "lookoutmetrics">;
/** Any lookoutmetrics action. */
export type Action = ActionOf<typeof actionFacts, "lookoutmetrics">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "lookoutmetrics">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "", client: "" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every lookoutmetrics action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "lookoutmetrics",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
