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
export const prefix: "logs" = "logs";
/** The service's name in the reference. */
export const serviceName: "Amazon CloudWatch Logs" = "Amazon CloudWatch Logs";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon CloudWatch Logs",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoncloudwatchlogs.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "logs:DeliveryDestinationResourceArn",
  "logs:LogGeneratingResourceArns",
  "logs:data_source_name",
  "logs:data_source_type",
] as const;
const dependentActionList = [
  "iam:PassRole",
  "logs:DescribeLogGroups",
  "logs:FilterLogEvents",
  "logs:TagResource",
  "logs:Unmask",
] as const;
const actionFacts = {
  /** Grants permission to associate the specified AWS Key Management Service (AWS KMS) customer master key (CMK) with the specified log group. Access level: Write. Resources: log-group*. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_AssociateKmsKey.html */
  AssociateKmsKey: "W|||5;1;|||;",
  /** Grants permission to associate a log source to an S3 Tables integration. Access level: Write. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_AssociateSourceToS3TableIntegration.html */
  AssociateSourceToS3TableIntegration: "W||||||;",
  /** Grants permission to authenticate requests using bearer token. Access level: Write. Permission only. https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/WhatIsCloudWatchLogs.html */
  CallWithBearerToken: "W||1||||",
  /** Grants permission to cancel an export task if it is in PENDING or RUNNING state. Access level: Write. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_CancelExportTask.html */
  CancelExportTask: "W||||||;",
  /** Grants permission to cancel an import from CloudTrail Lake to CloudWatch. Access level: Write. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_CancelImportTask.html */
  CancelImportTask: "W||||||;",
  /** Grants permission to create a delivery connecting a delivery source to a delivery destination. Access level: Write. Resources: delivery*, delivery-destination*, delivery-source*. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_CreateDelivery.html */
  CreateDelivery: "W|||1;1;,2;1;,3;1;|0,2|3|;",
  /** Grants permission to create an ExportTask which allows you to efficiently export data from a Log Group to your Amazon S3 bucket. Access level: Write. Resources: log-group*. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_CreateExportTask.html */
  CreateExportTask: "W|||5;1;|||;",
  /** Grants permission to start an asynchronous process to import data from a CloudTrail Lake event data store into a managed log group in CloudWatch. Access level: Write. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_CreateImportTask.html */
  CreateImportTask: "W|||||0|;",
  /** Grants permission to create a log anomaly detector. Access level: Write. Resources: log-group*. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_CreateLogAnomalyDetector.html */
  CreateLogAnomalyDetector: "W|||5;1;|0,2|3|;",
  /** Grants permission to create the log delivery. Access level: Write. Permission only. https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/AWS-logs-and-resource-policy.html */
  CreateLogDelivery: "W||1||||",
  /** Grants permission to create a new log group with the specified name. Access level: Write. Resources: log-group*. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_CreateLogGroup.html */
  CreateLogGroup: "W|||5;1;|0,2|logs:TagLogGroup,3|;",
  /** Grants permission to create a new log stream with the specified name. Access level: Write. Resources: log-stream*. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_CreateLogStream.html */
  CreateLogStream: "W|||6;1;|||;",
  /** Grants permission to create a lookup table. Access level: Write. Resources: lookup-table*. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_CreateLookupTable.html */
  CreateLookupTable: "W|||7;1;|0,2|3|;",
  /** Grants permission to create a scheduled query. Access level: Write. Resources: scheduled-query*. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_CreateScheduledQuery.html */
  CreateScheduledQuery: "W|||8;1;|0,2|0,3|;",
  /** Grants permission to delete an account policy. Access level: Write. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DeleteAccountPolicy.html */
  DeleteAccountPolicy:
    "W|||||logs:DeleteDataProtectionPolicy,logs:DeleteIndexPolicy,logs:DeleteRetentionPolicy,logs:DeleteSubscriptionFilter,logs:DeleteTransformer|;",
  /** Grants permission to delete a data protection policy attached to a log group. Access level: Write. Resources: log-group*. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DeleteDataProtectionPolicy.html */
  DeleteDataProtectionPolicy: "W|||5;1;|||DeleteAccountPolicy,;",
  /** Grants permission to delete a delivery. Access level: Write. Resources: delivery*. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DeleteDelivery.html */
  DeleteDelivery: "W|||1;1;|||;",
  /** Grants permission to delete a delivery destination after all associated deliveries are deleted. Access level: Write. Resources: delivery-destination*. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DeleteDeliveryDestination.html */
  DeleteDeliveryDestination: "W|||2;1;|||;",
  /** Grants permission to delete a delivery destination policy associated with a delivery destination. Access level: Write. Resources: delivery-destination*. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DeleteDeliveryDestinationPolicy.html */
  DeleteDeliveryDestinationPolicy: "W|||2;1;|||;",
  /** Grants permission to delete a delivery source after all associated deliveries are deleted. Access level: Write. Resources: delivery-destination*. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DeleteDeliverySource.html */
  DeleteDeliverySource: "W|||2;1;|||;",
  /** Grants permission to delete the destination with the specified name. Access level: Write. Resources: destination*. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DeleteDestination.html */
  DeleteDestination: "W|||4;1;|||;",
  /** Grants permission to delete an index policy attached to a log group. Access level: Write. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DeleteIndexPolicy.html */
  DeleteIndexPolicy: "W||||||DeleteAccountPolicy,;",
  /** Grants permission to delete the integration. Access level: Write. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DeleteIntegration.html */
  DeleteIntegration: "W||||||;",
  /** Grants permission to delete a log anomaly detector. Access level: Write. Resources: anomaly-detector*. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DeleteLogAnomalyDetector.html */
  DeleteLogAnomalyDetector: "W|||0;1;|||;",
  /** Grants permission to delete the log delivery information for specified log delivery. Access level: Write. Permission only. https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/AWS-logs-and-resource-policy.html */
  DeleteLogDelivery: "W||1||||",
  /** Grants permission to delete the log group with the specified name. Access level: Write. Resources: log-group*. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DeleteLogGroup.html */
  DeleteLogGroup: "W|||5;1;|||;",
  /** Grants permission to delete a log stream. Access level: Write. Resources: log-stream*. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DeleteLogStream.html */
  DeleteLogStream: "W|||6;1;|||;",
  /** Grants permission to delete a lookup table. Access level: Write. Resources: lookup-table*. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DeleteLookupTable.html */
  DeleteLookupTable: "W|||7;1;|||;",
  /** Grants permission to delete a metric filter associated with the specified log group. Access level: Write. Resources: log-group*. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DeleteMetricFilter.html */
  DeleteMetricFilter: "W|||5;1;|||;",
  /** Grants permission to delete telemetry pipeline. Access level: Write. Permission only. https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/permissions-reference-cwl.html */
  DeletePipelineRule: "W||1||||",
  /** Grants permission to delete a saved CloudWatch Logs Insights query definition. Access level: Write. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DeleteQueryDefinition.html */
  DeleteQueryDefinition: "W||||||;",
  /** Grants permission to delete a resource policy from this account. Access level: Permissions management. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DeleteResourcePolicy.html */
  DeleteResourcePolicy: "P||||||;",
  /** Grants permission to delete the retention policy of the specified log group. Access level: Write. Resources: log-group*. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DeleteRetentionPolicy.html */
  DeleteRetentionPolicy: "W|||5;1;|||DeleteAccountPolicy,;",
  /** Grants permission to delete a scheduled query. Access level: Write. Resources: scheduled-query*. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DeleteScheduledQuery.html */
  DeleteScheduledQuery: "W|||8;1;|||;",
  /** Grants permission to delete a subscription filter associated with the specified log group. Access level: Write. Resources: log-group*. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DeleteSubscriptionFilter.html */
  DeleteSubscriptionFilter: "W|||5;1;|||DeleteAccountPolicy,;",
  /** Grants permission to delete a transformer associated with the specified log group. Access level: Write. Resources: log-group*. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DeleteTransformer.html */
  DeleteTransformer: "W|||5;1;|||DeleteAccountPolicy,;",
  /** Grants permission to retrieve account policies. Access level: List. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DescribeAccountPolicies.html */
  DescribeAccountPolicies: "L||||||;",
  /** Grants permission to retrieve a list of configuration templates of available log types. Access level: List. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DescribeConfigurationTemplates.html */
  DescribeConfigurationTemplates: "L||||||;",
  /** Grants permission to retrieve a list of deliveries an account. Access level: List. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DescribeDeliveries.html */
  DescribeDeliveries: "L||||||;",
  /** Grants permission to retrieve a list of delivery destinations an account. Access level: List. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DescribeDeliveryDestinations.html */
  DescribeDeliveryDestinations: "L||||||;",
  /** Grants permission to retrieve a list of delivery sources in an account. Access level: List. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DescribeDeliverySources.html */
  DescribeDeliverySources: "L||||||;",
  /** Grants permission to return all the destinations that are associated with the AWS account making the request. Access level: List. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DescribeDestinations.html */
  DescribeDestinations: "L||||||;",
  /** Grants permission to return all the export tasks that are associated with the AWS account making the request. Access level: List. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DescribeExportTasks.html */
  DescribeExportTasks: "L||||||;",
  /** Grants permission to return all the indexing attributes that are attached with the log groups. Access level: List. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DescribeFieldIndexes.html */
  DescribeFieldIndexes: "L||||||;",
  /** Grants permission to return detailed information about the individual batches within an import task, including status and any error. Access level: List. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DescribeImportTaskBatches.html */
  DescribeImportTaskBatches: "L||||||;",
  /** Grants permission to return all the import tasks associated with the AWS account making the request. Access level: List. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DescribeImportTasks.html */
  DescribeImportTasks: "L||||||;",
  /** Grants permission to return all the index policies that are attached with the log groups. Access level: List. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DescribeIndexPolicies.html */
  DescribeIndexPolicies: "L||||||;",
  /** Grants permission to return all the log groups that are associated with the AWS account making the request. Access level: List. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DescribeLogGroups.html */
  DescribeLogGroups: "L||||||;,ListLogGroups,StartQuery",
  /** Grants permission to return all the log streams that are associated with the specified log group. Access level: List. Resources: log-group*. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DescribeLogStreams.html */
  DescribeLogStreams: "L|||5;1;|||;",
  /** Grants permission to return all lookup tables. Access level: List. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DescribeLookupTables.html */
  DescribeLookupTables: "L||||||;",
  /** Grants permission to return all the metrics filters associated with the specified log group. Access level: List. Resources: log-group*. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DescribeMetricFilters.html */
  DescribeMetricFilters: "L|||5;1;|||;",
  /** Grants permission to return a list of CloudWatch Logs Insights queries that are scheduled, executing, or have been executed recently in this account. Access level: List. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DescribeQueries.html */
  DescribeQueries: "L|||||2|;",
  /** Grants permission to return a paginated list of your saved CloudWatch Logs Insights query definitions. Access level: List. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DescribeQueryDefinitions.html */
  DescribeQueryDefinitions: "L||||||;,StartQuery",
  /** Grants permission to return all the resource policies in this account. Access level: List. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DescribeResourcePolicies.html */
  DescribeResourcePolicies: "L||||||;",
  /** Grants permission to return all the subscription filters associated with the specified log group. Access level: List. Resources: log-group*. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DescribeSubscriptionFilters.html */
  DescribeSubscriptionFilters: "L|||5;1;|||;",
  /** Grants permission to disassociate the associated AWS Key Management Service (AWS KMS) customer master key (CMK) from the specified log group. Access level: Write. Resources: log-group*. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DisassociateKmsKey.html */
  DisassociateKmsKey: "W|||5;1;|||;",
  /** Grants permission to disassociate a log source from an S3 Tables integration. Access level: Write. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DisassociateSourceFromS3TableIntegration.html */
  DisassociateSourceFromS3TableIntegration: "W||||||;",
  /** Grants permission to retrieve log events, optionally filtered by a filter pattern from the specified log group. Access level: Read. Resources: log-group*. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_FilterLogEvents.html */
  FilterLogEvents: "R|||5;1;||4|DescribeQueries,;,GetLogGroupFields,GetLogRecord,GetQueryResults,StartQuery,StopQuery",
  /** Grants permission to retrieve a data protection policy attached to a log group. Access level: Read. Resources: log-group*. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_GetDataProtectionPolicy.html */
  GetDataProtectionPolicy: "R|||5;1;|||;",
  /** Grants permission to retrieve a single delivery. Access level: Read. Resources: delivery*. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_GetDelivery.html */
  GetDelivery: "R|||1;1;|||;",
  /** Grants permission to retrieve a single delivery destination. Access level: Read. Resources: delivery-destination*. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_GetDeliveryDestination.html */
  GetDeliveryDestination: "R|||2;1;|||;",
  /** Grants permission to retrieve a delivery destination policy attached to a delivery destination. Access level: Read. Resources: delivery-destination*. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_GetDeliveryDestinationPolicy.html */
  GetDeliveryDestinationPolicy: "R|||2;1;|||;",
  /** Grants permission to retrieve a single delivery source. Access level: Read. Resources: delivery-source*. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_GetDeliverySource.html */
  GetDeliverySource: "R|||3;1;|||;",
  /** Grants permission to retrieve a single integration. Access level: Read. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_GetIntegration.html */
  GetIntegration: "R||||||;",
  /** Grants permission to get a log anomaly detector. Access level: Read. Resources: anomaly-detector*. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_GetLogAnomalyDetector.html */
  GetLogAnomalyDetector: "R|||0;1;|||;",
  /** Grants permission to get the log delivery information for specified log delivery. Access level: Read. Permission only. https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/AWS-logs-and-resource-policy.html */
  GetLogDelivery: "R||1||||",
  /** Grants permission to retrieve log events from the specified log stream. Access level: Read. Resources: log-stream*. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_GetLogEvents.html */
  GetLogEvents: "R|||6;1;||4|;",
  /** Grants permission to retrieve a list of log fields for a data source. Access level: Read. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_GetLogFields.html */
  GetLogFields: "R||||||;",
  /** Grants permission to return a list of the fields that are included in log events in the specified log group, along with the percentage of log events that contain each field. Access level: Read. Resources: log-group*. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_GetLogGroupFields.html */
  GetLogGroupFields: "R|||5;1;||2|;",
  /** Grants permission to retrieve all the fields and values of a single log event. Access level: Read. Resources: log-group*. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_GetLogRecord.html */
  GetLogRecord: "R|||5;1;||2,4|;",
  /** Grants permission to retrieve a lookup table. Access level: Read. Resources: lookup-table*. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_GetLookupTable.html */
  GetLookupTable: "R|||7;1;|||;",
  /** Grants permission to return the results from the specified query. Access level: Read. Resources: log-group*. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_GetQueryResults.html */
  GetQueryResults: "R|||5;1;||2,4|;",
  /** Grants permission to retrieve information about a specified scheduled query. Access level: Read. Resources: scheduled-query*. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_GetScheduledQuery.html */
  GetScheduledQuery: "R|||8;1;|||;",
  /** Grants permission to return the execution history for a specified scheduled query. Access level: Read. Resources: scheduled-query*. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_GetScheduledQueryHistory.html */
  GetScheduledQueryHistory: "R|||8;1;|||;",
  /** Grants permission to return transformer associated with the specified log group. Access level: Read. Resources: log-group*. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_GetTransformer.html */
  GetTransformer: "R|||5;1;|||;",
  /** Grants permission to deliver log events to S3 Tables. Access level: Write. Resources: log-group*. Permission only. https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/permissions-reference-cwl.html */
  IntegrateWithS3Table: "W||1|5;1;|5,6||",
  /** Grants permission to share CloudWatch resources with a monitoring account. Access level: Write. Permission only. https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-Unified-Cross-Account-Setup.html#CloudWatch-Unified-Cross-Account-Setup-permissions */
  Link: "W||1||||",
  /** Grants permission to return an aggregate summary of all log groups in the region grouped by specified data-source characteristics. Access level: List. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_ListAggregateLogGroupSummaries.html */
  ListAggregateLogGroupSummaries: "L||||||;",
  /** Grants permission to list all anomalies detected in the AWS account making the request. Access level: List. Resources: anomaly-detector. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_ListAnomalies.html */
  ListAnomalies: "L|||0;0;|||;",
  /** Grants permission to retrieve all the entities that are associated with log group. Access level: List. Permission only. https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/permissions-reference-cwl.html */
  ListEntitiesForLogGroup: "L||1||||",
  /** Grants permission to list all integrations associated with the AWS account making the request. Access level: List. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_ListIntegrations.html */
  ListIntegrations: "L||||||;",
  /** Grants permission to return all the anomaly detectors that are associated with the AWS account making the request. Access level: List. Resources: anomaly-detector. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_ListLogAnomalyDetectors.html */
  ListLogAnomalyDetectors: "L|||0;0;|||;",
  /** Grants permission to list all the log deliveries for specified account and/or log source. Access level: List. Permission only. https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/AWS-logs-and-resource-policy.html */
  ListLogDeliveries: "L||1||||",
  /** Grants permission to return all the log groups that are associated with the AWS account making the request. Access level: List. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_ListLogGroups.html */
  ListLogGroups: "L|||||1|;",
  /** Grants permission to retrieve all the log groups that are associated with entity. Access level: List. Permission only. https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/permissions-reference-cwl.html */
  ListLogGroupsForEntity: "L||1||||",
  /** Grants permission to return all the log groups that are associated with the specified query. Access level: List. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_ListLogGroupsForQuery.html */
  ListLogGroupsForQuery: "L||||||;",
  /** Grants permission to return all scheduled queries that are associated with the AWS account making the request. Access level: List. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_ListScheduledQueries.html */
  ListScheduledQueries: "L||||||;",
  /** Grants permission to return all log sources associated with an S3 Tables integration. Access level: List. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_ListSourcesForS3TableIntegration.html */
  ListSourcesForS3TableIntegration: "L||||||;",
  /** Grants permission to list the tags for the specified resource. Access level: List. Resources: anomaly-detector, delivery, delivery-destination, delivery-source, destination, log-group, lookup-table. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "L|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,7;0;|||;",
  /** Grants permission to list the tags for the specified log group. Access level: List. Resources: log-group*. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_ListTagsLogGroup.html */
  ListTagsLogGroup: "L|||5;1;|||;",
  /** Grants permission to process and transform log events through pipeline transformers before storage. Access level: Write. Resources: log-group*. Permission only. https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/permissions-reference-cwl.html */
  ProcessWithPipeline: "W||1|5;1;|5,6||",
  /** Grants permission to attach an account policy. Access level: Write. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutAccountPolicy.html */
  PutAccountPolicy:
    "W|||||0,logs:PutDataProtectionPolicy,logs:PutIndexPolicy,logs:PutRetentionPolicy,logs:PutSubscriptionFilter,logs:PutTransformer|;",
  /** Grants permission to enable or disable bearer token based authentication for the specified log group. Access level: Write. Resources: log-group*. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutBearerTokenAuthentication.html */
  PutBearerTokenAuthentication: "W|||5;1;|||;",
  /** Grants permission to attach a data protection policy to detect and redact sensitive information from log events. Access level: Write. Resources: log-group*. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutDataProtectionPolicy.html */
  PutDataProtectionPolicy: "W|||5;1;|||PutAccountPolicy,;",
  /** Grants permission to create/update a delivery destination. Access level: Write. Resources: delivery-destination*. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutDeliveryDestination.html */
  PutDeliveryDestination: "W|||2;1;|0,2,3|3|;",
  /** Grants permission to attach a delivery destination policy to a delivery destination. Access level: Write. Resources: delivery-destination*. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutDeliveryDestinationPolicy.html */
  PutDeliveryDestinationPolicy: "W|||2;1;|||;",
  /** Grants permission to create/update a delivery source. Access level: Write. Resources: delivery-source*. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutDeliverySource.html */
  PutDeliverySource: "W|||3;1;|0,2,4|3|;",
  /** Grants permission to create or update a Destination. Access level: Write. Resources: destination*. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutDestination.html */
  PutDestination: "W|||4;1;|0,2|0,3|;",
  /** Grants permission to create or update an access policy associated with an existing Destination. Access level: Write. Resources: destination*. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutDestinationPolicy.html */
  PutDestinationPolicy: "W|||4;1;|||;",
  /** Grants permission to attach an index policy at log group level to optimize search and query. Access level: Write. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutIndexPolicy.html */
  PutIndexPolicy: "W||||||PutAccountPolicy,;",
  /** Grants permission to create integration between cloudwatch logs and opensearch. Access level: Write. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutIntegration.html */
  PutIntegration: "W||||||;",
  /** Grants permission to upload a batch of log events to the specified log stream. Access level: Write. Resources: log-stream*. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutLogEvents.html */
  PutLogEvents: "W|||6;1;|||;",
  /** Grants permission to enable or disable deletion protection for the specified log group. Access level: Write. Resources: log-group*. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutLogGroupDeletionProtection.html */
  PutLogGroupDeletionProtection: "W|||5;1;|||;",
  /** Grants permission to create or update a metric filter and associates it with the specified log group. Access level: Write. Resources: log-group*. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutMetricFilter.html */
  PutMetricFilter: "W|||5;1;|||;",
  /** Grants permission to create telemetry pipeline. Access level: Write. Permission only. https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/permissions-reference-cwl.html */
  PutPipelineRule: "W||1||||",
  /** Grants permission to create or update a query definition. Access level: Write. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutQueryDefinition.html */
  PutQueryDefinition: "W||||||;",
  /** Grants permission to create or update a resource policy allowing other AWS services to put log events to this account. Access level: Permissions management. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutResourcePolicy.html */
  PutResourcePolicy: "P||||||;",
  /** Grants permission to set the retention of the specified log group. Access level: Write. Resources: log-group*. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutRetentionPolicy.html */
  PutRetentionPolicy: "W|||5;1;|||PutAccountPolicy,;",
  /** Grants permission to create or update a subscription filter and associates it with the specified log group. Access level: Write. Resources: destination, log-group*. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutSubscriptionFilter.html */
  PutSubscriptionFilter: "W|||4;0;,5;1;||0|PutAccountPolicy,;",
  /** Grants permission to create or update a transformer and associates it with the specified log group. Access level: Write. Resources: log-group*. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutTransformer.html */
  PutTransformer: "W|||5;1;|||PutAccountPolicy,;",
  /** Grants permission to start a Live Tail session in CloudWatch Logs. Access level: Read. Resources: log-group*. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_StartLiveTail.html */
  StartLiveTail: "R|||5;1;|||",
  /** Grants permission to schedule a query of a log group using CloudWatch Logs Insights. Access level: Read. Resources: log-group*. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_StartQuery.html */
  StartQuery: "R|||5;1;||1,logs:DescribeQueryDefinitions,2,4|;",
  /** Grants permission to stop a Live Tail session that is in progress. Access level: Read. Permission only. https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatchLogs_LiveTail.html */
  StopLiveTail: "R||1||||",
  /** Grants permission to stop a CloudWatch Logs Insights query that is in progress. Access level: Read. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_StopQuery.html */
  StopQuery: "R|||||2|;",
  /** Grants permission to add or update the specified tags for the specified log group. Access level: Tagging. Resources: log-group*. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_TagLogGroup.html */
  TagLogGroup: "T|||5;1;|0,2||CreateLogGroup,;",
  /** Grants permission to add or update the specified tags for the specified resource. Access level: Tagging. Resources: anomaly-detector, delivery, delivery-destination, delivery-source, destination, log-group, lookup-table, scheduled-query. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_TagResource.html */
  TagResource:
    "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,7;0;,8;0;|0,2||CreateDelivery,CreateLogAnomalyDetector,CreateLogGroup,CreateLookupTable,CreateScheduledQuery,PutDeliveryDestination,PutDeliverySource,PutDestination,;",
  /** Grants permission to test the filter pattern of a metric filter against a sample of log event messages. Access level: Read. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_TestMetricFilter.html */
  TestMetricFilter: "R||||||;",
  /** Grants permission to test the transformer against a sample of log event messages. Access level: Read. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_TestTransformer.html */
  TestTransformer: "R||||||;",
  /** Grants permission to fetch unmasked log events that have been redacted with a data protection policy. Access level: Read. Resources: log-group*. Permission only. https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/mask-sensitive-log-data.html */
  Unmask: "R||1|5;1;|||FilterLogEvents,GetLogEvents,GetLogRecord,GetQueryResults,StartQuery",
  /** Grants permission to remove the specified tags from the specified log group. Access level: Tagging. Resources: log-group*. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_UntagLogGroup.html */
  UntagLogGroup: "T|||5;1;|2||;",
  /** Grants permission to remove the specified tags from the specified resource. Access level: Tagging. Resources: anomaly-detector, delivery, delivery-destination, delivery-source, destination, log-group, lookup-table, scheduled-query. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,7;0;,8;0;|2||;",
  /** Grants permission to update an anomaly reported by a log anomaly detector. Access level: Write. Resources: anomaly-detector*. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_UpdateAnomaly.html */
  UpdateAnomaly: "W|||0;1;|||;",
  /** Grants permission to update configuration related to a delivery. Access level: Write. Resources: delivery*, delivery-destination*, delivery-source*. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_UpdateDeliveryConfiguration.html */
  UpdateDeliveryConfiguration: "W|||1;1;,2;1;,3;1;|0,2||;",
  /** Grants permission to update a log anomaly detector. Access level: Write. Resources: anomaly-detector*. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_UpdateLogAnomalyDetector.html */
  UpdateLogAnomalyDetector: "W|||0;1;|||;",
  /** Grants permission to update the log delivery information for specified log delivery. Access level: Write. Permission only. https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/AWS-logs-and-resource-policy.html */
  UpdateLogDelivery: "W||1||||",
  /** Grants permission to update a lookup table. Access level: Write. Resources: lookup-table*. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_UpdateLookupTable.html */
  UpdateLookupTable: "W|||7;1;|||;",
  /** Grants permission to update a scheduled query. Access level: Write. Resources: scheduled-query*. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_UpdateScheduledQuery.html */
  UpdateScheduledQuery: "W|||8;1;||0|;",
} as const;
const actionDetails = {
  AssociateKmsKey:
    "|,;~~~|Grants permission to associate the specified AWS Key Management Service (AWS KMS) customer master key (CMK) with the specified log group",
  AssociateSourceToS3TableIntegration: "|,;~~~|Grants permission to associate a log source to an S3 Tables integration",
  CallWithBearerToken: "|,;~|Grants permission to authenticate requests using bearer token",
  CancelExportTask: "|,;~~~|Grants permission to cancel an export task if it is in PENDING or RUNNING state",
  CancelImportTask: "|,;~~~|Grants permission to cancel an import from CloudTrail Lake to CloudWatch",
  CreateDelivery:
    "|,;~~~|Grants permission to create a delivery connecting a delivery source to a delivery destination",
  CreateExportTask:
    "|,;~~~|Grants permission to create an ExportTask which allows you to efficiently export data from a Log Group to your Amazon S3 bucket",
  CreateImportTask:
    "|,;~~~|Grants permission to start an asynchronous process to import data from a CloudTrail Lake event data store into a managed log group in CloudWatch",
  CreateLogAnomalyDetector: "|,;~~~|Grants permission to create a log anomaly detector",
  CreateLogDelivery: "|,;~|Grants permission to create the log delivery",
  CreateLogGroup: "|,;~~~|Grants permission to create a new log group with the specified name",
  CreateLogStream: "|,;~~~|Grants permission to create a new log stream with the specified name",
  CreateLookupTable: "|,;~~~|Grants permission to create a lookup table",
  CreateScheduledQuery: "|,;~~~|Grants permission to create a scheduled query",
  DeleteAccountPolicy: "|,;~~~|Grants permission to delete an account policy",
  DeleteDataProtectionPolicy: "|,;~~~,~~|Grants permission to delete a data protection policy attached to a log group",
  DeleteDelivery: "|,;~~~|Grants permission to delete a delivery",
  DeleteDeliveryDestination:
    "|,;~~~|Grants permission to delete a delivery destination after all associated deliveries are deleted",
  DeleteDeliveryDestinationPolicy:
    "|,;~~~|Grants permission to delete a delivery destination policy associated with a delivery destination",
  DeleteDeliverySource:
    "|,;~~~|Grants permission to delete a delivery source after all associated deliveries are deleted",
  DeleteDestination: "|,;~~~|Grants permission to delete the destination with the specified name",
  DeleteIndexPolicy: "|,;~~~,~~|Grants permission to delete an index policy attached to a log group",
  DeleteIntegration: "|,;~~~|Grants permission to delete the integration",
  DeleteLogAnomalyDetector: "|,;~~~|Grants permission to delete a log anomaly detector",
  DeleteLogDelivery: "|,;~|Grants permission to delete the log delivery information for specified log delivery",
  DeleteLogGroup: "|,;~~~|Grants permission to delete the log group with the specified name",
  DeleteLogStream: "|,;~~~|Grants permission to delete a log stream",
  DeleteLookupTable: "|,;~~~|Grants permission to delete a lookup table",
  DeleteMetricFilter: "|,;~~~|Grants permission to delete a metric filter associated with the specified log group",
  DeletePipelineRule: "|,;~|Grants permission to delete telemetry pipeline",
  DeleteQueryDefinition: "|,;~~~|Grants permission to delete a saved CloudWatch Logs Insights query definition",
  DeleteResourcePolicy: "|,;~~~|Grants permission to delete a resource policy from this account",
  DeleteRetentionPolicy: "|,;~~~,~~|Grants permission to delete the retention policy of the specified log group",
  DeleteScheduledQuery: "|,;~~~|Grants permission to delete a scheduled query",
  DeleteSubscriptionFilter:
    "|,;~~~,~~|Grants permission to delete a subscription filter associated with the specified log group",
  DeleteTransformer: "|,;~~~,~~|Grants permission to delete a transformer associated with the specified log group",
  DescribeAccountPolicies: "|,;~~~|Grants permission to retrieve account policies",
  DescribeConfigurationTemplates:
    "|,;~~~|Grants permission to retrieve a list of configuration templates of available log types",
  DescribeDeliveries: "|,;~~~|Grants permission to retrieve a list of deliveries an account",
  DescribeDeliveryDestinations: "|,;~~~|Grants permission to retrieve a list of delivery destinations an account",
  DescribeDeliverySources: "|,;~~~|Grants permission to retrieve a list of delivery sources in an account",
  DescribeDestinations:
    "|,;~~~|Grants permission to return all the destinations that are associated with the AWS account making the request",
  DescribeExportTasks:
    "|,;~~~|Grants permission to return all the export tasks that are associated with the AWS account making the request",
  DescribeFieldIndexes:
    "|,;~~~|Grants permission to return all the indexing attributes that are attached with the log groups",
  DescribeImportTaskBatches:
    "|,;~~~|Grants permission to return detailed information about the individual batches within an import task, including status and any error",
  DescribeImportTasks:
    "|,;~~~|Grants permission to return all the import tasks associated with the AWS account making the request",
  DescribeIndexPolicies:
    "|,;~~~|Grants permission to return all the index policies that are attached with the log groups",
  DescribeLogGroups:
    "|,;~~~,~~,~~|Grants permission to return all the log groups that are associated with the AWS account making the request",
  DescribeLogStreams:
    "|,;~~~|Grants permission to return all the log streams that are associated with the specified log group",
  DescribeLookupTables: "|,;~~~|Grants permission to return all lookup tables",
  DescribeMetricFilters:
    "|,;~~~|Grants permission to return all the metrics filters associated with the specified log group",
  DescribeQueries:
    "|,;~~~|Grants permission to return a list of CloudWatch Logs Insights queries that are scheduled, executing, or have been executed recently in this account",
  DescribeQueryDefinitions:
    "|,;~~~,~~|Grants permission to return a paginated list of your saved CloudWatch Logs Insights query definitions",
  DescribeResourcePolicies: "|,;~~~|Grants permission to return all the resource policies in this account",
  DescribeSubscriptionFilters:
    "|,;~~~|Grants permission to return all the subscription filters associated with the specified log group",
  DisassociateKmsKey:
    "|,;~~~|Grants permission to disassociate the associated AWS Key Management Service (AWS KMS) customer master key (CMK) from the specified log group",
  DisassociateSourceFromS3TableIntegration:
    "|,;~~~|Grants permission to disassociate a log source from an S3 Tables integration",
  FilterLogEvents:
    "|,;~~~,~~,~~,~~,~~,~~,~~|Grants permission to retrieve log events, optionally filtered by a filter pattern from the specified log group",
  GetDataProtectionPolicy: "|,;~~~|Grants permission to retrieve a data protection policy attached to a log group",
  GetDelivery: "|,;~~~|Grants permission to retrieve a single delivery",
  GetDeliveryDestination: "|,;~~~|Grants permission to retrieve a single delivery destination",
  GetDeliveryDestinationPolicy:
    "|,;~~~|Grants permission to retrieve a delivery destination policy attached to a delivery destination",
  GetDeliverySource: "|,;~~~|Grants permission to retrieve a single delivery source",
  GetIntegration: "|,;~~~|Grants permission to retrieve a single integration",
  GetLogAnomalyDetector: "|,;~~~|Grants permission to get a log anomaly detector",
  GetLogDelivery: "|,;~|Grants permission to get the log delivery information for specified log delivery",
  GetLogEvents: "|,;~~~|Grants permission to retrieve log events from the specified log stream",
  GetLogFields: "|,;~~~|Grants permission to retrieve a list of log fields for a data source",
  GetLogGroupFields:
    "|,;~~~|Grants permission to return a list of the fields that are included in log events in the specified log group, along with the percentage of log events that contain each field",
  GetLogRecord: "|,;~~~|Grants permission to retrieve all the fields and values of a single log event",
  GetLookupTable: "|,;~~~|Grants permission to retrieve a lookup table",
  GetQueryResults: "|,;~~~|Grants permission to return the results from the specified query",
  GetScheduledQuery: "|,;~~~|Grants permission to retrieve information about a specified scheduled query",
  GetScheduledQueryHistory: "|,;~~~|Grants permission to return the execution history for a specified scheduled query",
  GetTransformer: "|,;~~~|Grants permission to return transformer associated with the specified log group",
  IntegrateWithS3Table: "|,;~|Grants permission to deliver log events to S3 Tables",
  Link: "|,;~|Grants permission to share CloudWatch resources with a monitoring account",
  ListAggregateLogGroupSummaries:
    "|,;~~~|Grants permission to return an aggregate summary of all log groups in the region grouped by specified data-source characteristics",
  ListAnomalies: "|,;~~~|Grants permission to list all anomalies detected in the AWS account making the request",
  ListEntitiesForLogGroup: "|,;~|Grants permission to retrieve all the entities that are associated with log group",
  ListIntegrations:
    "|,;~~~|Grants permission to list all integrations associated with the AWS account making the request",
  ListLogAnomalyDetectors:
    "|,;~~~|Grants permission to return all the anomaly detectors that are associated with the AWS account making the request",
  ListLogDeliveries: "|,;~|Grants permission to list all the log deliveries for specified account and/or log source",
  ListLogGroups:
    "|,;~~~|Grants permission to return all the log groups that are associated with the AWS account making the request",
  ListLogGroupsForEntity: "|,;~|Grants permission to retrieve all the log groups that are associated with entity",
  ListLogGroupsForQuery:
    "|,;~~~|Grants permission to return all the log groups that are associated with the specified query",
  ListScheduledQueries:
    "|,;~~~|Grants permission to return all scheduled queries that are associated with the AWS account making the request",
  ListSourcesForS3TableIntegration:
    "|,;~~~|Grants permission to return all log sources associated with an S3 Tables integration",
  ListTagsForResource: "|,;~~~|Grants permission to list the tags for the specified resource",
  ListTagsLogGroup: "|,;~~~|Grants permission to list the tags for the specified log group",
  ProcessWithPipeline:
    "|,;~|Grants permission to process and transform log events through pipeline transformers before storage",
  PutAccountPolicy: "|,;~~~|Grants permission to attach an account policy",
  PutBearerTokenAuthentication:
    "|,;~~~|Grants permission to enable or disable bearer token based authentication for the specified log group",
  PutDataProtectionPolicy:
    "|,;~~~,~~|Grants permission to attach a data protection policy to detect and redact sensitive information from log events",
  PutDeliveryDestination: "|,;~~~|Grants permission to create/update a delivery destination",
  PutDeliveryDestinationPolicy:
    "|,;~~~|Grants permission to attach a delivery destination policy to a delivery destination",
  PutDeliverySource: "|,;~~~|Grants permission to create/update a delivery source",
  PutDestination: "|,;~~~|Grants permission to create or update a Destination",
  PutDestinationPolicy:
    "|,;~~~|Grants permission to create or update an access policy associated with an existing Destination",
  PutIndexPolicy:
    "|,;~~~,~~|Grants permission to attach an index policy at log group level to optimize search and query",
  PutIntegration: "|,;~~~|Grants permission to create integration between cloudwatch logs and opensearch",
  PutLogEvents: "|,;~~~|Grants permission to upload a batch of log events to the specified log stream",
  PutLogGroupDeletionProtection:
    "|,;~~~|Grants permission to enable or disable deletion protection for the specified log group",
  PutMetricFilter:
    "|,;~~~|Grants permission to create or update a metric filter and associates it with the specified log group",
  PutPipelineRule: "|,;~|Grants permission to create telemetry pipeline",
  PutQueryDefinition: "|,;~~~|Grants permission to create or update a query definition",
  PutResourcePolicy:
    "|,;~~~|Grants permission to create or update a resource policy allowing other AWS services to put log events to this account",
  PutRetentionPolicy: "|,;~~~,~~|Grants permission to set the retention of the specified log group",
  PutSubscriptionFilter:
    "|,;~~~,~~|Grants permission to create or update a subscription filter and associates it with the specified log group",
  PutTransformer:
    "|,;~~~,~~|Grants permission to create or update a transformer and associates it with the specified log group",
  StartLiveTail: "|,;~|Grants permission to start a Live Tail session in CloudWatch Logs",
  StartQuery: "|,;~~~|Grants permission to schedule a query of a log group using CloudWatch Logs Insights",
  StopLiveTail: "|,;~|Grants permission to stop a Live Tail session that is in progress",
  StopQuery: "|,;~~~|Grants permission to stop a CloudWatch Logs Insights query that is in progress",
  TagLogGroup: "|,;~~~,~~|Grants permission to add or update the specified tags for the specified log group",
  TagResource:
    "|,;~~~,~~,~~,~~,~~,~~,~~,~~,~~|Grants permission to add or update the specified tags for the specified resource",
  TestMetricFilter:
    "|,;~~~|Grants permission to test the filter pattern of a metric filter against a sample of log event messages",
  TestTransformer: "|,;~~~|Grants permission to test the transformer against a sample of log event messages",
  Unmask:
    "|,;~~~,~~,~~,~~,~~|Grants permission to fetch unmasked log events that have been redacted with a data protection policy",
  UntagLogGroup: "|,;~~~|Grants permission to remove the specified tags from the specified log group",
  UntagResource: "|,;~~~|Grants permission to remove the specified tags from the specified resource",
  UpdateAnomaly: "|,;~~~|Grants permission to update an anomaly reported by a log anomaly detector",
  UpdateDeliveryConfiguration: "|,;~~~|Grants permission to update configuration related to a delivery",
  UpdateLogAnomalyDetector: "|,;~~~|Grants permission to update a log anomaly detector",
  UpdateLogDelivery: "|,;~|Grants permission to update the log delivery information for specified log delivery",
  UpdateLookupTable: "|,;~~~|Grants permission to update a lookup table",
  UpdateScheduledQuery: "|,;~~~|Grants permission to update a scheduled query",
};
const resourceTypeFacts = {
  /** The anomaly-detector resource type: arn:${Partition}:logs:${Region}:${Account}:anomaly-detector:${DetectorId} */
  "anomaly-detector": "|,anomalyDetector|1",
  /** The delivery resource type: arn:${Partition}:logs:${Region}:${Account}:delivery:${DeliveryName} */
  delivery: "|,|1",
  /** The delivery-destination resource type: arn:${Partition}:logs:${Region}:${Account}:delivery-destination:${DeliveryDestinationName} */
  "delivery-destination": "|,deliveryDestination|1",
  /** The delivery-source resource type: arn:${Partition}:logs:${Region}:${Account}:delivery-source:${DeliverySourceName} */
  "delivery-source": "|,deliverySource|1",
  /** The destination resource type: arn:${Partition}:logs:${Region}:${Account}:destination:${DestinationName} */
  destination: "|,|1",
  /** The log-group resource type: arn:${Partition}:logs:${Region}:${Account}:log-group:${LogGroupName} */
  "log-group": "|,logGroup|1",
  /** The log-stream resource type: arn:${Partition}:logs:${Region}:${Account}:log-group:${LogGroupName}:log-stream:${LogStreamName} */
  "log-stream": "|,logStream|1",
  /** The lookup-table resource type: arn:${Partition}:logs:${Region}:${Account}:lookup-table:${LookupTableName} */
  "lookup-table": "|,lookupTable|1",
  /** The scheduled-query resource type: arn:${Partition}:logs:${Region}:${Account}:scheduled-query:${ScheduledQueryId} */
  "scheduled-query": "|,scheduledQuery|1",
} as const;
const arnFormats = {
  /** ARN of a anomaly-detector resource: arn:${Partition}:logs:${Region}:${Account}:anomaly-detector:${DetectorId}. */
  anomalyDetector: "|,anomaly-detector|arn:|Partition|:logs:|Region|:|Account|:anomaly-detector:|DetectorId|",
  /** ARN of a delivery resource: arn:${Partition}:logs:${Region}:${Account}:delivery:${DeliveryName}. */
  delivery: "|,delivery|arn:|Partition|:logs:|Region|:|Account|:delivery:|DeliveryName|",
  /** ARN of a delivery-destination resource: arn:${Partition}:logs:${Region}:${Account}:delivery-destination:${DeliveryDestinationName}. */
  deliveryDestination:
    "|,delivery-destination|arn:|Partition|:logs:|Region|:|Account|:delivery-destination:|DeliveryDestinationName|",
  /** ARN of a delivery-source resource: arn:${Partition}:logs:${Region}:${Account}:delivery-source:${DeliverySourceName}. */
  deliverySource: "|,delivery-source|arn:|Partition|:logs:|Region|:|Account|:delivery-source:|DeliverySourceName|",
  /** ARN of a destination resource: arn:${Partition}:logs:${Region}:${Account}:destination:${DestinationName}. */
  destination: "|,destination|arn:|Partition|:logs:|Region|:|Account|:destination:|DestinationName|",
  /** ARN of a log-group resource: arn:${Partition}:logs:${Region}:${Account}:log-group:${LogGroupName}. */
  logGroup: "|,log-group|arn:|Partition|:logs:|Region|:|Account|:log-group:|LogGroupName|",
  /** ARN of a log-stream resource: arn:${Partition}:logs:${Region}:${Account}:log-group:${LogGroupName}:log-stream:${LogStreamName}. */
  logStream: "|,log-stream|arn:|Partition|:logs:|Region|:|Account|:log-group:|LogGroupName|:log-stream:|LogStreamName|",
  /** ARN of a lookup-table resource: arn:${Partition}:logs:${Region}:${Account}:lookup-table:${LookupTableName}. */
  lookupTable: "|,lookup-table|arn:|Partition|:logs:|Region|:|Account|:lookup-table:|LookupTableName|",
  /** ARN of a scheduled-query resource: arn:${Partition}:logs:${Region}:${Account}:scheduled-query:${ScheduledQueryId}. */
  scheduledQuery: "|,scheduled-query|arn:|Partition|:logs:|Region|:|Account|:scheduled-query:|ScheduledQueryId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "anomaly-detector",
  "delivery",
  "delivery-destination",
  "delivery-source",
  "destination",
  "log-group",
  "log-stream",
  "lookup-table",
  "scheduled-query",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "logs">;
/** Any logs action. */
export type Action = ActionOf<typeof actionFacts, "logs">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "logs">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "logs" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every logs action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the Log Destination ARN passed in the request. */
  "logs:DeliveryDestinationResourceArn": "ARN";
  /** Filters access by the Log Generating Resource ARNs passed in the request. */
  "logs:LogGeneratingResourceArns": "ArrayOfARN";
  /** Filters access by the data source name passed in the request. */
  "logs:data_source_name": "String";
  /** Filters access by the data source type passed in the request. */
  "logs:data_source_type": "String";
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
  "logs:DeliveryDestinationResourceArn": "|,ARN|0||Filters access by the Log Destination ARN passed in the request",
  "logs:LogGeneratingResourceArns":
    "|,ArrayOfARN|0||Filters access by the Log Generating Resource ARNs passed in the request",
  "logs:data_source_name": "|,String|0||Filters access by the data source name passed in the request",
  "logs:data_source_type": "|,String|0||Filters access by the data source type passed in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "logs",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
