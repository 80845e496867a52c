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
export const prefix: "cloudwatch" = "cloudwatch";
/** The service's name in the reference. */
export const serviceName: "Amazon CloudWatch" = "Amazon CloudWatch";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon CloudWatch",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoncloudwatch.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "cloudwatch:AlarmActions",
  "cloudwatch:namespace",
  "cloudwatch:requestInsightRuleLogGroups",
  "cloudwatch:requestManagedResourceARNs",
] as const;
const dependentActionList = ["cloudwatch:TagResource"] as const;
const actionFacts = {
  /** Grants permission to batch get service level indicator report. Access level: Read. https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-Application-Monitoring-Sections.html#ApplicationSignals-PreviewSDK */
  BatchGetServiceLevelIndicatorReport: "R||||||",
  /** Grants permission to batch retrieve a service level objective budget report. Access level: Read. Resources: slo*. https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-Application-Monitoring-Sections.html#ApplicationSignals-PreviewSDK */
  BatchGetServiceLevelObjectiveBudgetReport: "R|||6;1;|||",
  /** Grants permission to make API calls to CloudWatch using bearer token authentication. Access level: Write. Permission only. https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/permissions-reference-cw.html */
  CallWithBearerToken: "W||1||||",
  /** Grants permission to create a service level objective. Access level: Write. https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-Application-Monitoring-Sections.html#ApplicationSignals-PreviewSDK */
  CreateServiceLevelObjective: "W||||0,2||",
  /** Grants permission to delete an alarm mute rule. Access level: Write. Resources: alarm-mute-rule*. https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_DeleteAlarmMuteRule.html */
  DeleteAlarmMuteRule: "W|||1;1;|||;",
  /** Grants permission to delete a collection of alarms. Access level: Write. Resources: alarm*. https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_DeleteAlarms.html */
  DeleteAlarms: "W|||0;1;|||;",
  /** Grants permission to delete the specified anomaly detection model from your account. Access level: Write. https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_DeleteAnomalyDetector.html */
  DeleteAnomalyDetector: "W||||||;",
  /** Grants permission to delete all CloudWatch dashboards that you specify. Access level: Write. Resources: dashboard*. https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_DeleteDashboards.html */
  DeleteDashboards: "W|||2;1;|||;",
  /** Grants permission to delete a collection of insight rules. Access level: Write. Resources: insight-rule*. https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_DeleteInsightRules.html */
  DeleteInsightRules: "W|||3;1;|||;",
  /** Grants permission to delete the CloudWatch metric stream that you specify. Access level: Write. Resources: metric-stream*. https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_DeleteMetricStream.html */
  DeleteMetricStream: "W|||4;1;|||;",
  /** Grants permission to delete a service level objective. Access level: Write. Resources: slo*. https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-Application-Monitoring-Sections.html#ApplicationSignals-PreviewSDK */
  DeleteServiceLevelObjective: "W|||6;1;|||",
  /** Grants permission to retrieve the history for the specified alarm. Access level: Read. Resources: alarm*. https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_DescribeAlarmHistory.html */
  DescribeAlarmHistory: "R|||0;1;|||;",
  /** Grants permission to describe all alarms, currently owned by the user's account. Access level: Read. Resources: alarm*. https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_DescribeAlarms.html */
  DescribeAlarms: "R|||0;1;|||;",
  /** Grants permission to describe all alarms configured on the specified metric, currently owned by the user's account. Access level: Read. https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_DescribeAlarmsForMetric.html */
  DescribeAlarmsForMetric: "R||||||;",
  /** Grants permission to list the anomaly detection models that you have created in your account. Access level: Read. https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_DescribeAnomalyDetectors.html */
  DescribeAnomalyDetectors: "R||||||;",
  /** Grants permission to describe all insight rules, currently owned by the user's account. Access level: Read. https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_DescribeInsightRules.html */
  DescribeInsightRules: "R||||||;",
  /** Grants permission to disable actions for a collection of alarms. Access level: Write. Resources: alarm*. https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_DisableAlarmActions.html */
  DisableAlarmActions: "W|||0;1;|||;",
  /** Grants permission to disable a collection of insight rules. Access level: Write. Resources: insight-rule*. https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_DisableInsightRules.html */
  DisableInsightRules: "W|||3;1;|||;",
  /** Grants permission to enable actions for a collection of alarms. Access level: Write. Resources: alarm*. https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_EnableAlarmActions.html */
  EnableAlarmActions: "W|||0;1;|||;",
  /** Grants permission to enable a collection of insight rules. Access level: Write. Resources: insight-rule*. https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_EnableInsightRules.html */
  EnableInsightRules: "W|||3;1;|||;",
  /** Grants permission to enable a CloudWatch topology discovery. Access level: Write. https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-Application-Monitoring-Sections.html#ApplicationSignals-PreviewSDK */
  EnableTopologyDiscovery: "W||||||",
  /** Grants permission to generate a Metrics Insights or Logs Insights query string from a natural language prompt. Access level: Read. https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch-metrics-insights-query-assist.html */
  GenerateQuery: "R||||||",
  /** Grants permission to generate a summary of CloudWatch LogInsights query results in natural language using generative AI. Access level: Read. https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatchLogs-Insights-Query-Results-Summary.html */
  GenerateQueryResultsSummary: "R||||||",
  /** Grants permission to get an alarm mute rule. Access level: Read. Resources: alarm-mute-rule*. https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_GetAlarmMuteRule.html */
  GetAlarmMuteRule: "R|||1;1;|||;",
  /** Grants permission to display the details of the CloudWatch dashboard you specify. Access level: Read. Resources: dashboard*. https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_GetDashboard.html */
  GetDashboard: "R|||2;1;|||;",
  /** Grants permission to return the top-N report of unique contributors over a time range for a given insight rule. Access level: Read. Resources: insight-rule*. https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_GetInsightRuleReport.html */
  GetInsightRuleReport: "R|||3;1;|||;",
  /** Grants permission to retrieve batch amounts of CloudWatch metric data and perform metric math on retrieved data. Access level: Read. https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_GetMetricData.html */
  GetMetricData: "R||||||;",
  /** Grants permission to retrieve statistics for the specified metric. Access level: Read. https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_GetMetricStatistics.html */
  GetMetricStatistics: "R||||||;",
  /** Grants permission to return the details of a CloudWatch metric stream. Access level: Read. Resources: metric-stream*. https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_GetMetricStream.html */
  GetMetricStream: "R|||4;1;|||;",
  /** Grants permission to retrieve snapshots of metric widgets. Access level: Read. https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_GetMetricWidgetImage.html */
  GetMetricWidgetImage: "R||||||;",
  /** Grants permission to retrieve the status of OTel Enrichment of vended metrics for PromQL querying. Access level: Read. Permission only. https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/permissions-reference-cw.html */
  GetOTelEnrichment: "R||1||||;",
  /** Grants permission to retrieve information about a service. Access level: Read. Resources: service*. https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-Application-Monitoring-Sections.html#ApplicationSignals-PreviewSDK */
  GetService: "R|||5;1;|||",
  /** Grants permission to retrieve service data. Access level: Read. Resources: service*. Permission only. https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/permissions-reference-cw.html */
  GetServiceData: "R||1|5;1;|||",
  /** Grants permission to retrieve information about service level objective. Access level: Read. Resources: slo*. https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-Application-Monitoring-Sections.html#ApplicationSignals-PreviewSDK */
  GetServiceLevelObjective: "R|||6;1;|||",
  /** Grants permission to retrieve a CloudWatch topology discovery status. Access level: Read. Permission only. https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/permissions-reference-cw.html */
  GetTopologyDiscoveryStatus: "R||1||||",
  /** Grants permission to retrieve a CloudWatch topology map. Access level: Read. https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-Application-Monitoring-Sections.html#ApplicationSignals-PreviewSDK */
  GetTopologyMap: "R||||||",
  /** Grants permission to share CloudWatch resources with a monitoring account. Access level: Write. Permission only. https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-Unified-Cross-Account-Setup.html#CloudWatch-Unified-Cross-Account-Setup-permissions */
  Link: "W||1||||",
  /** Grants permission to retrieve a list of alarm mute rules owned by the user's account. Access level: List. Resources: alarm-mute-rule*. https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_ListAlarmMuteRules.html */
  ListAlarmMuteRules: "L|||1;1;|||;",
  /** Grants permission to return a list of all CloudWatch dashboards in your account. Access level: List. https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_ListDashboards.html */
  ListDashboards: "L||||||;",
  /** Grants permission to retrieve all the entities that are emitting a given metric. Access level: List. Permission only. https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/permissions-reference-cw.html */
  ListEntitiesForMetric: "L||1||||",
  /** Grants permission to list available managed Insight Rules for a given Resource ARN. Access level: Read. https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_ListManagedInsightRules.html */
  ListManagedInsightRules: "R||||0,2,6||;",
  /** Grants permission to return a list of all CloudWatch metric streams in your account. Access level: List. https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_ListMetricStreams.html */
  ListMetricStreams: "L||||||;",
  /** Grants permission to retrieve a list of valid metrics stored for the AWS account owner. Access level: List. https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_ListMetrics.html */
  ListMetrics: "L||||||;",
  /** Grants permission to list service level objectives. Access level: List. https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-Application-Monitoring-Sections.html#ApplicationSignals-PreviewSDK */
  ListServiceLevelObjectives: "L||||||",
  /** Grants permission to list services. Access level: List. https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-Application-Monitoring-Sections.html#ApplicationSignals-PreviewSDK */
  ListServices: "L||||||",
  /** Grants permission to list tags for an Amazon CloudWatch resource. Access level: List. Resources: alarm, alarm-mute-rule, dashboard, insight-rule, slo. https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "L|||0;0;,1;0;,2;0;,3;0;,6;0;|||;",
  /** Grants permission to create or update an alarm mute rule. Access level: Write. Resources: alarm, alarm-mute-rule*. https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutAlarmMuteRule.html */
  PutAlarmMuteRule: "W|||0;0;,1;1;|0,2|0|;",
  /** Grants permission to create or update an anomaly detection model for a CloudWatch metric. Access level: Write. https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutAnomalyDetector.html */
  PutAnomalyDetector: "W||||||;",
  /** Grants permission to create or update a composite alarm. Access level: Write. Resources: alarm*. https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutCompositeAlarm.html */
  PutCompositeAlarm: "W|||0;1;|0,2,3|0|;",
  /** Grants permission to create a CloudWatch dashboard, or update an existing dashboard if it already exists. Access level: Write. Resources: dashboard*. https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutDashboard.html */
  PutDashboard: "W|||2;1;|0,2|0|;",
  /** Grants permission to create a new insight rule or replace an existing insight rule. Access level: Write. Resources: insight-rule*. https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutInsightRule.html */
  PutInsightRule: "W|||3;1;|0,2,5|0|;",
  /** Grants permission to create managed Insight Rules. Access level: Write. https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutManagedInsightRules.html */
  PutManagedInsightRules: "W||||0,2,6||;",
  /** Grants permission to create or update an alarm and associates it with the specified Amazon CloudWatch metric. Access level: Write. Resources: alarm*. https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricAlarm.html */
  PutMetricAlarm: "W|||0;1;|0,2,3|0|;",
  /** Grants permission to publish metric data points to Amazon CloudWatch. Access level: Write. https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricData.html */
  PutMetricData: "W||||4||;",
  /** Grants permission to create a CloudWatch metric stream, or update an existing metric stream if it already exists. Access level: Write. Resources: metric-stream*. https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricStream.html */
  PutMetricStream: "W|||4;1;|0,2|0,iam:PassRole|;",
  /** Grants permission to temporarily set the state of an alarm for testing purposes. Access level: Write. Resources: alarm*. https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_SetAlarmState.html */
  SetAlarmState: "W|||0;1;|||;",
  /** Grants permission to start all CloudWatch metric streams that you specify. Access level: Write. Resources: metric-stream*. https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_StartMetricStreams.html */
  StartMetricStreams: "W|||4;1;|||;",
  /** Grants permission to enable OTel Enrichment of vended metrics for PromQL querying. Access level: Write. Permission only. https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/permissions-reference-cw.html */
  StartOTelEnrichment: "W||1||||;",
  /** Grants permission to stop all CloudWatch metric streams that you specify. Access level: Write. Resources: metric-stream*. https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_StopMetricStreams.html */
  StopMetricStreams: "W|||4;1;|||;",
  /** Grants permission to disable OTel Enrichment of vended metrics for PromQL querying. Access level: Write. Permission only. https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/permissions-reference-cw.html */
  StopOTelEnrichment: "W||1||||;",
  /** Grants permission to add tags to an Amazon CloudWatch resource. Access level: Tagging. Resources: alarm, alarm-mute-rule, dashboard, insight-rule, slo. https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_TagResource.html */
  TagResource:
    "T|||0;0;,1;0;,2;0;,3;0;,6;0;|0,2||PutAlarmMuteRule,PutCompositeAlarm,PutDashboard,PutInsightRule,PutMetricAlarm,PutMetricStream,;",
  /** Grants permission to remove a tag from an Amazon CloudWatch resource. Access level: Tagging. Resources: alarm, alarm-mute-rule, dashboard, insight-rule, slo. https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,3;0;,6;0;|2||;",
  /** Grants permission to update a service level objective. Access level: Write. Resources: slo*. https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-Application-Monitoring-Sections.html#ApplicationSignals-PreviewSDK */
  UpdateServiceLevelObjective: "W|||6;1;|||",
} as const;
const actionDetails = {
  BatchGetServiceLevelIndicatorReport: "|,;~|Grants permission to batch get service level indicator report",
  BatchGetServiceLevelObjectiveBudgetReport:
    "|,;~|Grants permission to batch retrieve a service level objective budget report",
  CallWithBearerToken: "|,;~|Grants permission to make API calls to CloudWatch using bearer token authentication",
  CreateServiceLevelObjective: "|,;~|Grants permission to create a service level objective",
  DeleteAlarmMuteRule: "|,;~~~|Grants permission to delete an alarm mute rule",
  DeleteAlarms: "|,;~~~|Grants permission to delete a collection of alarms",
  DeleteAnomalyDetector: "|,;~~~|Grants permission to delete the specified anomaly detection model from your account",
  DeleteDashboards: "|,;~~~|Grants permission to delete all CloudWatch dashboards that you specify",
  DeleteInsightRules: "|,;~~~|Grants permission to delete a collection of insight rules",
  DeleteMetricStream: "|,;~~~|Grants permission to delete the CloudWatch metric stream that you specify",
  DeleteServiceLevelObjective: "|,;~|Grants permission to delete a service level objective",
  DescribeAlarmHistory: "|,;~~~|Grants permission to retrieve the history for the specified alarm",
  DescribeAlarms: "|,;~~~|Grants permission to describe all alarms, currently owned by the user's account",
  DescribeAlarmsForMetric:
    "|,;~~~|Grants permission to describe all alarms configured on the specified metric, currently owned by the user's account",
  DescribeAnomalyDetectors:
    "|,;~~~|Grants permission to list the anomaly detection models that you have created in your account",
  DescribeInsightRules: "|,;~~~|Grants permission to describe all insight rules, currently owned by the user's account",
  DisableAlarmActions: "|,;~~~|Grants permission to disable actions for a collection of alarms",
  DisableInsightRules: "|,;~~~|Grants permission to disable a collection of insight rules",
  EnableAlarmActions: "|,;~~~|Grants permission to enable actions for a collection of alarms",
  EnableInsightRules: "|,;~~~|Grants permission to enable a collection of insight rules",
  EnableTopologyDiscovery: "|,;~|Grants permission to enable a CloudWatch topology discovery",
  GenerateQuery:
    "|,;~|Grants permission to generate a Metrics Insights or Logs Insights query string from a natural language prompt",
  GenerateQueryResultsSummary:
    "|,;~|Grants permission to generate a summary of CloudWatch LogInsights query results in natural language using generative AI",
  GetAlarmMuteRule: "|,;~~~|Grants permission to get an alarm mute rule",
  GetDashboard: "|,;~~~|Grants permission to display the details of the CloudWatch dashboard you specify",
  GetInsightRuleReport:
    "|,;~~~|Grants permission to return the top-N report of unique contributors over a time range for a given insight rule",
  GetMetricData:
    "|,;~~~|Grants permission to retrieve batch amounts of CloudWatch metric data and perform metric math on retrieved data",
  GetMetricStatistics: "|,;~~~|Grants permission to retrieve statistics for the specified metric",
  GetMetricStream: "|,;~~~|Grants permission to return the details of a CloudWatch metric stream",
  GetMetricWidgetImage: "|,;~~~|Grants permission to retrieve snapshots of metric widgets",
  GetOTelEnrichment:
    "|,;~~~get_otel_enrichment|Grants permission to retrieve the status of OTel Enrichment of vended metrics for PromQL querying",
  GetService: "|,;~|Grants permission to retrieve information about a service",
  GetServiceData: "|,;~|Grants permission to retrieve service data",
  GetServiceLevelObjective: "|,;~|Grants permission to retrieve information about service level objective",
  GetTopologyDiscoveryStatus: "|,;~|Grants permission to retrieve a CloudWatch topology discovery status",
  GetTopologyMap: "|,;~|Grants permission to retrieve a CloudWatch topology map",
  Link: "|,;~|Grants permission to share CloudWatch resources with a monitoring account",
  ListAlarmMuteRules: "|,;~~~|Grants permission to retrieve a list of alarm mute rules owned by the user's account",
  ListDashboards: "|,;~~~|Grants permission to return a list of all CloudWatch dashboards in your account",
  ListEntitiesForMetric: "|,;~|Grants permission to retrieve all the entities that are emitting a given metric",
  ListManagedInsightRules: "|,;~~~|Grants permission to list available managed Insight Rules for a given Resource ARN",
  ListMetricStreams: "|,;~~~|Grants permission to return a list of all CloudWatch metric streams in your account",
  ListMetrics: "|,;~~~|Grants permission to retrieve a list of valid metrics stored for the AWS account owner",
  ListServiceLevelObjectives: "|,;~|Grants permission to list service level objectives",
  ListServices: "|,;~|Grants permission to list services",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for an Amazon CloudWatch resource",
  PutAlarmMuteRule: "|,;~~~|Grants permission to create or update an alarm mute rule",
  PutAnomalyDetector: "|,;~~~|Grants permission to create or update an anomaly detection model for a CloudWatch metric",
  PutCompositeAlarm: "|,;~~~|Grants permission to create or update a composite alarm",
  PutDashboard:
    "|,;~~~|Grants permission to create a CloudWatch dashboard, or update an existing dashboard if it already exists",
  PutInsightRule: "|,;~~~|Grants permission to create a new insight rule or replace an existing insight rule",
  PutManagedInsightRules: "|,;~~~|Grants permission to create managed Insight Rules",
  PutMetricAlarm:
    "|,;~~~|Grants permission to create or update an alarm and associates it with the specified Amazon CloudWatch metric",
  PutMetricData: "|,;~~~|Grants permission to publish metric data points to Amazon CloudWatch",
  PutMetricStream:
    "|,;~~~|Grants permission to create a CloudWatch metric stream, or update an existing metric stream if it already exists",
  SetAlarmState: "|,;~~~|Grants permission to temporarily set the state of an alarm for testing purposes",
  StartMetricStreams: "|,;~~~|Grants permission to start all CloudWatch metric streams that you specify",
  StartOTelEnrichment:
    "|,;~~~start_otel_enrichment|Grants permission to enable OTel Enrichment of vended metrics for PromQL querying",
  StopMetricStreams: "|,;~~~|Grants permission to stop all CloudWatch metric streams that you specify",
  StopOTelEnrichment:
    "|,;~~~stop_otel_enrichment|Grants permission to disable OTel Enrichment of vended metrics for PromQL querying",
  TagResource: "|,;~~~,~~,~~,~~,~~,~~,~~|Grants permission to add tags to an Amazon CloudWatch resource",
  UntagResource: "|,;~~~|Grants permission to remove a tag from an Amazon CloudWatch resource",
  UpdateServiceLevelObjective: "|,;~|Grants permission to update a service level objective",
};
const resourceTypeFacts = {
  /** The alarm resource type: arn:${Partition}:cloudwatch:${Region}:${Account}:alarm:${AlarmName} */
  alarm: "|,|1",
  /** The alarm-mute-rule resource type: arn:${Partition}:cloudwatch:${Region}:${Account}:alarm-mute-rule:${AlarmMuteRuleName} */
  "alarm-mute-rule": "|,alarmMuteRule|1",
  /** The dashboard resource type: arn:${Partition}:cloudwatch::${Account}:dashboard/${DashboardName} */
  dashboard: "|,|1",
  /** The insight-rule resource type: arn:${Partition}:cloudwatch:${Region}:${Account}:insight-rule/${InsightRuleName} */
  "insight-rule": "|,insightRule|1",
  /** The metric-stream resource type: arn:${Partition}:cloudwatch:${Region}:${Account}:metric-stream/${MetricStreamName} */
  "metric-stream": "|,metricStream|1",
  /** The service resource type: arn:${Partition}:cloudwatch:${Region}:${Account}:service/${ServiceName}-${UniqueAttributesHex} */
  service: "|,|1",
  /** The slo resource type: arn:${Partition}:cloudwatch:${Region}:${Account}:slo/${SloName} */
  slo: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a alarm resource: arn:${Partition}:cloudwatch:${Region}:${Account}:alarm:${AlarmName}. */
  alarm: "|,alarm|arn:|Partition|:cloudwatch:|Region|:|Account|:alarm:|AlarmName|",
  /** ARN of a alarm-mute-rule resource: arn:${Partition}:cloudwatch:${Region}:${Account}:alarm-mute-rule:${AlarmMuteRuleName}. */
  alarmMuteRule: "|,alarm-mute-rule|arn:|Partition|:cloudwatch:|Region|:|Account|:alarm-mute-rule:|AlarmMuteRuleName|",
  /** ARN of a dashboard resource: arn:${Partition}:cloudwatch::${Account}:dashboard/${DashboardName}. */
  dashboard: "|,dashboard|arn:|Partition|:cloudwatch::|Account|:dashboard/|DashboardName|",
  /** ARN of a insight-rule resource: arn:${Partition}:cloudwatch:${Region}:${Account}:insight-rule/${InsightRuleName}. */
  insightRule: "|,insight-rule|arn:|Partition|:cloudwatch:|Region|:|Account|:insight-rule/|InsightRuleName|",
  /** ARN of a metric-stream resource: arn:${Partition}:cloudwatch:${Region}:${Account}:metric-stream/${MetricStreamName}. */
  metricStream: "|,metric-stream|arn:|Partition|:cloudwatch:|Region|:|Account|:metric-stream/|MetricStreamName|",
  /** ARN of a service resource: arn:${Partition}:cloudwatch:${Region}:${Account}:service/${ServiceName}-${UniqueAttributesHex}. */
  service: "|,service|arn:|Partition|:cloudwatch:|Region|:|Account|:service/|ServiceName|-|UniqueAttributesHex|",
  /** ARN of a slo resource: arn:${Partition}:cloudwatch:${Region}:${Account}:slo/${SloName}. */
  slo: "|,slo|arn:|Partition|:cloudwatch:|Region|:|Account|:slo/|SloName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "alarm",
  "alarm-mute-rule",
  "dashboard",
  "insight-rule",
  "metric-stream",
  "service",
  "slo",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "cloudwatch">;
/** Any cloudwatch action. */
export type Action = ActionOf<typeof actionFacts, "cloudwatch">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "cloudwatch">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "cloudwatch" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every cloudwatch action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters actions based on the allowed set of values for each of the tags. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters actions based on tag-value associated with the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters actions based on the presence of mandatory tags in the request. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters actions based on defined alarm actions. */
  "cloudwatch:AlarmActions": "ArrayOfString";
  /** Filters actions based on the presence of optional namespace values. */
  "cloudwatch:namespace": "String";
  /** Filters actions based on the Log Groups specified in an Insight Rule. */
  "cloudwatch:requestInsightRuleLogGroups": "ArrayOfString";
  /** Filters access by the Resource ARNs specified in a managed Insight Rule. */
  "cloudwatch:requestManagedResourceARNs": "ArrayOfARN";
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters actions based on the allowed set of values for each of the tags",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters actions based on tag-value associated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters actions based on the presence of mandatory tags in the request",
  "cloudwatch:AlarmActions": "|,ArrayOfString|0||Filters actions based on defined alarm actions",
  "cloudwatch:namespace": "|,String|0||Filters actions based on the presence of optional namespace values",
  "cloudwatch:requestInsightRuleLogGroups":
    "|,ArrayOfString|0||Filters actions based on the Log Groups specified in an Insight Rule",
  "cloudwatch:requestManagedResourceARNs":
    "|,ArrayOfARN|0||Filters access by the Resource ARNs specified in a managed Insight Rule",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "cloudwatch",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
