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
export const prefix: "cloudtrail" = "cloudtrail";
/** The service's name in the reference. */
export const serviceName: "AWS CloudTrail" = "AWS CloudTrail";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS CloudTrail",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awscloudtrail.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [
  "cloudtrail:AddTags",
  "cloudtrail:StartDashboardRefresh",
  "cloudtrail:StartQuery",
  "iam:CreateServiceLinkedRole",
  "iam:GetRole",
  "iam:PassRole",
  "kms:Decrypt",
  "kms:GenerateDataKey",
  "lakeformation:DeregisterResource",
  "lakeformation:RegisterResource",
  "organizations:ListAWSServiceAccessForOrganization",
] as const;
const actionFacts = {
  /** Grants permission to add one or more tags to a trail, event data store, channel or dashboard, up to a limit of 50. Access level: Tagging. Resources: channel, dashboard, eventdatastore, trail. https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_AddTags.html */
  AddTags: "T|||0;0;,1;0;,2;0;,3;0;|0,2||;,CreateChannel,CreateDashboard,CreateEventDataStore,CreateTrail",
  /** Grants permission to cancel a running query. Access level: Write. Resources: eventdatastore*. https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_CancelQuery.html */
  CancelQuery: "W|||2;1;|||;",
  /** Grants permission to create a channel. Access level: Write. Resources: channel*, eventdatastore*. https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_CreateChannel.html */
  CreateChannel: "W|||0;1;,2;1;|0,2|0|;",
  /** Grants permission to create a dashboard. Access level: Write. Resources: dashboard*. https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_CreateDashboard.html */
  CreateDashboard: "W|||1;1;|0,2|0,1,2|;",
  /** Grants permission to create an event data store. Access level: Write. Resources: eventdatastore*. https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_CreateEventDataStore.html */
  CreateEventDataStore: "W|||2;1;|0,2|0,3,4,6,7,10|;",
  /** Grants permission to create a service-linked channel that specifies the settings for delivery of log data to an AWS service. Access level: Write. Resources: channel*. Permission only. https://docs.aws.amazon.com/awscloudtrail/latest/userguide/viewing-service-linked-channels.html#slc-service-events */
  CreateServiceLinkedChannel: "W||1|0;1;|||",
  /** Grants permission to create a trail that specifies the settings for delivery of log data to an Amazon S3 bucket. Access level: Write. Resources: trail*. https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_CreateTrail.html */
  CreateTrail: "W|||3;1;|0,2|0,3,4,5,10|;",
  /** Grants permission to delete a channel. Access level: Write. Resources: channel*. https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_DeleteChannel.html */
  DeleteChannel: "W|||0;1;|||;",
  /** Grants permission to delete a dashboard. Access level: Write. Resources: dashboard*. https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_DeleteDashboard.html */
  DeleteDashboard: "W|||1;1;|||;",
  /** Grants permission to delete an event data store. Access level: Write. Resources: eventdatastore*. https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_DeleteEventDataStore.html */
  DeleteEventDataStore: "W|||2;1;|||;",
  /** Grants permission to delete a resource policy from the provided resource. Access level: Write. Resources: channel, dashboard, eventdatastore. https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_DeleteResourcePolicy.html */
  DeleteResourcePolicy: "W|||0;0;,1;0;,2;0;|||;",
  /** Grants permission to delete a service-linked channel. Access level: Write. Resources: channel*. Permission only. https://docs.aws.amazon.com/awscloudtrail/latest/userguide/viewing-service-linked-channels.html#slc-service-events */
  DeleteServiceLinkedChannel: "W||1|0;1;|||",
  /** Grants permission to delete a trail. Access level: Write. Resources: trail*. https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_DeleteTrail.html */
  DeleteTrail: "W|||3;1;|||;",
  /** Grants permission to deregister an AWS Organizations member account as a delegated administrator. Access level: Write. https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_DeregisterOrganizationDelegatedAdmin.html */
  DeregisterOrganizationDelegatedAdmin: "W|||||organizations:DeregisterDelegatedAdministrator,10|;",
  /** Grants permission to list details for the query. Access level: Read. Resources: eventdatastore*. https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_DescribeQuery.html */
  DescribeQuery: "R|||2;1;|||;",
  /** Grants permission to list settings for the trails associated with the current region for your account. Access level: Read. https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_DescribeTrails.html */
  DescribeTrails: "R||||||;",
  /** Grants permission to disable federation of event data store data by using the AWS Glue Data Catalog. Access level: Write. Resources: eventdatastore*. https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_DisableFederation.html */
  DisableFederation: "W|||2;1;||glue:DeleteDatabase,glue:DeleteTable,glue:PassConnection,8,9|;",
  /** Grants permission to enable federation of event data store data by using the AWS Glue Data Catalog. Access level: Write. Resources: eventdatastore*. https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_EnableFederation.html */
  EnableFederation: "W|||2;1;||glue:CreateDatabase,glue:CreateTable,4,5,8,9|;",
  /** Grants permission to generate a query for a specified event data store using the CloudTrail Lake query generator. Access level: Write. Resources: eventdatastore*. https://docs.aws.amazon.com/awscloudtrail/latest/userguide/lake-query-generator.html */
  GenerateQuery: "W|||2;1;|||;",
  /** Grants permission to generate a results summary for specified queries using the CloudTrail natural language generator. Access level: Read. Resources: eventdatastore*. Permission only. https://docs.aws.amazon.com/awscloudtrail/latest/userguide/query-results-summary.html */
  GenerateQueryResultsSummary: "R||1|2;1;||cloudtrail:GetQueryResults,6,7|",
  /** Grants permission to return information about a specific channel. Access level: Read. Resources: channel*. https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_GetChannel.html */
  GetChannel: "R|||0;1;|||;",
  /** Grants permission to list settings for the dashboard. Access level: Read. Resources: dashboard*. https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_GetDashboard.html */
  GetDashboard: "R|||1;1;|||;",
  /** Grants permission to list event configurations that are configured for a trail or an event data store. Access level: Read. Resources: eventdatastore, trail. https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_GetEventConfiguration.html */
  GetEventConfiguration: "R|||2;0;,3;0;|||;",
  /** Grants permission to list settings for the event data store. Access level: Read. Resources: eventdatastore*. https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_GetEventDataStore.html */
  GetEventDataStore: "R|||2;1;|||;",
  /** Grants permission to get data from an event data store by using the AWS Glue Data Catalog. Access level: Read. Resources: eventdatastore*. https://docs.aws.amazon.com/awscloudtrail/latest/userguide/query-federation.html#query-federation-permissions */
  GetEventDataStoreData: "R|||2;1;||6,7|",
  /** Grants permission to list settings for event selectors configured for a trail. Access level: Read. Resources: trail*. https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_GetEventSelectors.html */
  GetEventSelectors: "R|||3;1;|||;",
  /** Grants permission to return information about a specific import. Access level: Read. https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_GetImport.html */
  GetImport: "R||||||;",
  /** Grants permission to list CloudTrail Insights selectors that are configured for a trail or event data store. Access level: Read. Resources: eventdatastore, trail. https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_GetInsightSelectors.html */
  GetInsightSelectors: "R|||2;0;,3;0;|||;",
  /** Grants permission to fetch results of a complete query. Access level: Read. Resources: eventdatastore*. https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_GetQueryResults.html */
  GetQueryResults: "R|||2;1;||6,7|;",
  /** Grants permission to get the resource policy attached to the provided resource. Access level: Read. Resources: channel, dashboard, eventdatastore. https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_GetResourcePolicy.html */
  GetResourcePolicy: "R|||0;0;,1;0;,2;0;|||;",
  /** Grants permission to list settings for the service-linked channel. Access level: Read. Resources: channel*. Permission only. https://docs.aws.amazon.com/awscloudtrail/latest/userguide/viewing-service-linked-channels.html#slc-service-events */
  GetServiceLinkedChannel: "R||1|0;1;|||",
  /** Grants permission to list settings for the trail. Access level: Read. Resources: trail*. https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_GetTrail.html */
  GetTrail: "R|||3;1;|||;",
  /** Grants permission to retrieve a JSON-formatted list of information about the specified trail. Access level: Read. Resources: trail*. https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_GetTrailStatus.html */
  GetTrailStatus: "R|||3;1;|||;",
  /** Grants permission to list the channels in the current account, and their source names. Access level: List. https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_ListChannels.html */
  ListChannels: "L||||||;",
  /** Grants permission to list dashboards associated with the current region for your account. Access level: List. https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_ListDashboards.html */
  ListDashboards: "L||||||;",
  /** Grants permission to list event data stores associated with the current region for your account. Access level: List. https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_ListEventDataStores.html */
  ListEventDataStores: "L||||||;",
  /** Grants permission to return a list of failures for the specified import. Access level: Read. https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_ListImportFailures.html */
  ListImportFailures: "R||||||;",
  /** Grants permission to return information on all imports, or a select set of imports by ImportStatus or Destination. Access level: List. https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_ListImports.html */
  ListImports: "L||||||;",
  /** Grants permission to retrieve data captured by CloudTrail Insights. Access level: List. Resources: trail*. https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_ListInsightsData.html */
  ListInsightsData: "L|||3;1;|||;,ListInsightsMetricData",
  /** Grants permission to list the public keys whose private keys were used to sign trail digest files within a specified time range. Access level: Read. https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_ListPublicKeys.html */
  ListPublicKeys: "R||||||;",
  /** Grants permission to list queries associated with an event data store. Access level: List. Resources: eventdatastore*. https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_ListQueries.html */
  ListQueries: "L|||2;1;|||;",
  /** Grants permission to list service-linked channels associated with the current region for a specified account. Access level: List. Permission only. https://docs.aws.amazon.com/awscloudtrail/latest/userguide/viewing-service-linked-channels.html#slc-service-events */
  ListServiceLinkedChannels: "L||1||||",
  /** Grants permission to list the tags for trails, event data stores, channels or dashboards in the current region. Access level: Read. Resources: channel, dashboard, eventdatastore, trail. https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_ListTags.html */
  ListTags: "R|||0;0;,1;0;,2;0;,3;0;|||;",
  /** Grants permission to list trails associated with the current region for your account. Access level: List. https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_ListTrails.html */
  ListTrails: "L||||||;",
  /** Grants permission to look up and retrieve metric data for API activity events captured by CloudTrail that create, update, or delete resources in your account. Access level: Read. https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_LookupEvents.html */
  LookupEvents: "R||||||ListInsightsMetricData,;",
  /** Grants permission to create and update event configurations for a trail or an event data store. Access level: Write. Resources: eventdatastore, trail. https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_PutEventConfiguration.html */
  PutEventConfiguration: "W|||2;0;,3;0;||3,4|;",
  /** Grants permission to create and update event selectors for a trail. Access level: Write. Resources: trail*. https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_PutEventSelectors.html */
  PutEventSelectors: "W|||3;1;|||;",
  /** Grants permission to create and update CloudTrail Insights selectors for a trail or event data store. Access level: Write. Resources: eventdatastore, trail. https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_PutInsightSelectors.html */
  PutInsightSelectors: "W|||2;0;,3;0;|||;",
  /** Grants permission to attach a resource policy to the provided resource. Access level: Write. Resources: channel, dashboard, eventdatastore. https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_PutResourcePolicy.html */
  PutResourcePolicy: "W|||0;0;,1;0;,2;0;|||;",
  /** Grants permission to register an AWS Organizations member account as a delegated administrator. Access level: Write. https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_RegisterOrganizationDelegatedAdmin.html */
  RegisterOrganizationDelegatedAdmin: "W|||||3,4,10,organizations:RegisterDelegatedAdministrator|;",
  /** Grants permission to remove tags from a trail, event data store, channel or dashboard. Access level: Tagging. Resources: channel, dashboard, eventdatastore, trail. https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_RemoveTags.html */
  RemoveTags: "T|||0;0;,1;0;,2;0;,3;0;|2||;",
  /** Grants permission to restore an event data store. Access level: Write. Resources: eventdatastore*. https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_RestoreEventDataStore.html */
  RestoreEventDataStore: "W|||2;1;|||;",
  /** Grants permission to perform semantic search for CloudTrail Lake sample queries. Access level: Read. https://docs.aws.amazon.com/awscloudtrail/latest/userguide/lake-console-queries.html */
  SearchSampleQueries: "R||||||;",
  /** Grants permission to start a refresh on the specified dashboard. Access level: Write. Resources: dashboard*. https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_StartDashboardRefresh.html */
  StartDashboardRefresh: "W|||1;1;||2|CreateDashboard,;,UpdateDashboard",
  /** Grants permission to start ingestion on an event data store. Access level: Write. Resources: eventdatastore*. https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_StartEventDataStoreIngestion.html */
  StartEventDataStoreIngestion: "W|||2;1;|||;",
  /** Grants permission to start an import of logged trail events from a source S3 bucket to a destination event data store. Access level: Write. https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_StartImport.html */
  StartImport: "W|||||5|;",
  /** Grants permission to start the recording of AWS API calls and log file delivery for a trail. Access level: Write. Resources: trail*. https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_StartLogging.html */
  StartLogging: "W|||3;1;|||;",
  /** Grants permission to start a new query on a specified event data store. Access level: Write. Resources: eventdatastore*. https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_StartQuery.html */
  StartQuery: "W|||2;1;||6,7|CreateDashboard,StartDashboardRefresh,;,UpdateDashboard",
  /** Grants permission to stop ingestion on an event data store. Access level: Write. Resources: eventdatastore*. https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_StopEventDataStoreIngestion.html */
  StopEventDataStoreIngestion: "W|||2;1;|||;",
  /** Grants permission to stop a specified import. Access level: Write. https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_StopImport.html */
  StopImport: "W||||||;",
  /** Grants permission to stop the recording of AWS API calls and log file delivery for a trail. Access level: Write. Resources: trail*. https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_StopLogging.html */
  StopLogging: "W|||3;1;|||;",
  /** Grants permission to update a channel. Access level: Write. Resources: channel*. https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_UpdateChannel.html */
  UpdateChannel: "W|||0;1;|||;",
  /** Grants permission to update a dashboard. Access level: Write. Resources: dashboard*. https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_UpdateDashboard.html */
  UpdateDashboard: "W|||1;1;||1,2|;",
  /** Grants permission to update an event data store. Access level: Write. Resources: eventdatastore*. https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_UpdateEventDataStore.html */
  UpdateEventDataStore: "W|||2;1;||3,4,6,7,10|;",
  /** Grants permission to update the service-linked channel settings for delivery of log data to an AWS service. Access level: Write. Resources: channel*. Permission only. https://docs.aws.amazon.com/awscloudtrail/latest/userguide/viewing-service-linked-channels.html#slc-service-events */
  UpdateServiceLinkedChannel: "W||1|0;1;|||",
  /** Grants permission to update the settings that specify delivery of log files. Access level: Write. Resources: trail*. https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_UpdateTrail.html */
  UpdateTrail: "W|||3;1;||3,4,5,10|;",
} as const;
const actionDetails = {
  AddTags:
    "|,;~~~,~~,~~,~~,~~|Grants permission to add one or more tags to a trail, event data store, channel or dashboard, up to a limit of 50",
  CancelQuery: "|,;~~~|Grants permission to cancel a running query",
  CreateChannel: "|,;~~~|Grants permission to create a channel",
  CreateDashboard: "|,;~~~|Grants permission to create a dashboard",
  CreateEventDataStore: "|,;~~~|Grants permission to create an event data store",
  CreateServiceLinkedChannel:
    "|,;~|Grants permission to create a service-linked channel that specifies the settings for delivery of log data to an AWS service",
  CreateTrail:
    "|,;~~~|Grants permission to create a trail that specifies the settings for delivery of log data to an Amazon S3 bucket",
  DeleteChannel: "|,;~~~|Grants permission to delete a channel",
  DeleteDashboard: "|,;~~~|Grants permission to delete a dashboard",
  DeleteEventDataStore: "|,;~~~|Grants permission to delete an event data store",
  DeleteResourcePolicy: "|,;~~~|Grants permission to delete a resource policy from the provided resource",
  DeleteServiceLinkedChannel: "|,;~|Grants permission to delete a service-linked channel",
  DeleteTrail: "|,;~~~|Grants permission to delete a trail",
  DeregisterOrganizationDelegatedAdmin:
    "|,;~~~|Grants permission to deregister an AWS Organizations member account as a delegated administrator",
  DescribeQuery: "|,;~~~|Grants permission to list details for the query",
  DescribeTrails:
    "|,;~~~|Grants permission to list settings for the trails associated with the current region for your account",
  DisableFederation:
    "|,;~~~|Grants permission to disable federation of event data store data by using the AWS Glue Data Catalog",
  EnableFederation:
    "|,;~~~|Grants permission to enable federation of event data store data by using the AWS Glue Data Catalog",
  GenerateQuery:
    "|,;~~~|Grants permission to generate a query for a specified event data store using the CloudTrail Lake query generator",
  GenerateQueryResultsSummary:
    "|,;~|Grants permission to generate a results summary for specified queries using the CloudTrail natural language generator",
  GetChannel: "|,;~~~|Grants permission to return information about a specific channel",
  GetDashboard: "|,;~~~|Grants permission to list settings for the dashboard",
  GetEventConfiguration:
    "|,;~~~|Grants permission to list event configurations that are configured for a trail or an event data store",
  GetEventDataStore: "|,;~~~|Grants permission to list settings for the event data store",
  GetEventDataStoreData:
    "|,;~|Grants permission to get data from an event data store by using the AWS Glue Data Catalog",
  GetEventSelectors: "|,;~~~|Grants permission to list settings for event selectors configured for a trail",
  GetImport: "|,;~~~|Grants permission to return information about a specific import",
  GetInsightSelectors:
    "|,;~~~|Grants permission to list CloudTrail Insights selectors that are configured for a trail or event data store",
  GetQueryResults: "|,;~~~|Grants permission to fetch results of a complete query",
  GetResourcePolicy: "|,;~~~|Grants permission to get the resource policy attached to the provided resource",
  GetServiceLinkedChannel: "|,;~|Grants permission to list settings for the service-linked channel",
  GetTrail: "|,;~~~|Grants permission to list settings for the trail",
  GetTrailStatus: "|,;~~~|Grants permission to retrieve a JSON-formatted list of information about the specified trail",
  ListChannels: "|,;~~~|Grants permission to list the channels in the current account, and their source names",
  ListDashboards: "|,;~~~|Grants permission to list dashboards associated with the current region for your account",
  ListEventDataStores:
    "|,;~~~|Grants permission to list event data stores associated with the current region for your account",
  ListImportFailures: "|,;~~~|Grants permission to return a list of failures for the specified import",
  ListImports:
    "|,;~~~|Grants permission to return information on all imports, or a select set of imports by ImportStatus or Destination",
  ListInsightsData: "|,;~~~,~~|Grants permission to retrieve data captured by CloudTrail Insights",
  ListPublicKeys:
    "|,;~~~|Grants permission to list the public keys whose private keys were used to sign trail digest files within a specified time range",
  ListQueries: "|,;~~~|Grants permission to list queries associated with an event data store",
  ListServiceLinkedChannels:
    "|,;~|Grants permission to list service-linked channels associated with the current region for a specified account",
  ListTags:
    "|,;~~~|Grants permission to list the tags for trails, event data stores, channels or dashboards in the current region",
  ListTrails: "|,;~~~|Grants permission to list trails associated with the current region for your account",
  LookupEvents:
    "|,;~~~,~~|Grants permission to look up and retrieve metric data for API activity events captured by CloudTrail that create, update, or delete resources in your account",
  PutEventConfiguration:
    "|,;~~~|Grants permission to create and update event configurations for a trail or an event data store",
  PutEventSelectors: "|,;~~~|Grants permission to create and update event selectors for a trail",
  PutInsightSelectors:
    "|,;~~~|Grants permission to create and update CloudTrail Insights selectors for a trail or event data store",
  PutResourcePolicy: "|,;~~~|Grants permission to attach a resource policy to the provided resource",
  RegisterOrganizationDelegatedAdmin:
    "|,;~~~|Grants permission to register an AWS Organizations member account as a delegated administrator",
  RemoveTags: "|,;~~~|Grants permission to remove tags from a trail, event data store, channel or dashboard",
  RestoreEventDataStore: "|,;~~~|Grants permission to restore an event data store",
  SearchSampleQueries: "|,;~~~|Grants permission to perform semantic search for CloudTrail Lake sample queries",
  StartDashboardRefresh: "|,;~~~,~~,~~|Grants permission to start a refresh on the specified dashboard",
  StartEventDataStoreIngestion: "|,;~~~|Grants permission to start ingestion on an event data store",
  StartImport:
    "|,;~~~|Grants permission to start an import of logged trail events from a source S3 bucket to a destination event data store",
  StartLogging: "|,;~~~|Grants permission to start the recording of AWS API calls and log file delivery for a trail",
  StartQuery: "|,;~~~,~~,~~,~~|Grants permission to start a new query on a specified event data store",
  StopEventDataStoreIngestion: "|,;~~~|Grants permission to stop ingestion on an event data store",
  StopImport: "|,;~~~|Grants permission to stop a specified import",
  StopLogging: "|,;~~~|Grants permission to stop the recording of AWS API calls and log file delivery for a trail",
  UpdateChannel: "|,;~~~|Grants permission to update a channel",
  UpdateDashboard: "|,;~~~|Grants permission to update a dashboard",
  UpdateEventDataStore: "|,;~~~|Grants permission to update an event data store",
  UpdateServiceLinkedChannel:
    "|,;~|Grants permission to update the service-linked channel settings for delivery of log data to an AWS service",
  UpdateTrail: "|,;~~~|Grants permission to update the settings that specify delivery of log files",
};
const resourceTypeFacts = {
  /** The channel resource type: arn:${Partition}:cloudtrail:${Region}:${Account}:channel/${ChannelId} */
  channel: "|,|1",
  /** The dashboard resource type: arn:${Partition}:cloudtrail:${Region}:${Account}:dashboard/${DashboardName} */
  dashboard: "|,|1",
  /** The eventdatastore resource type: arn:${Partition}:cloudtrail:${Region}:${Account}:eventdatastore/${EventDataStoreId} */
  eventdatastore: "|,|1",
  /** The trail resource type: arn:${Partition}:cloudtrail:${Region}:${Account}:trail/${TrailName} */
  trail: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a channel resource: arn:${Partition}:cloudtrail:${Region}:${Account}:channel/${ChannelId}. */
  channel: "|,channel|arn:|Partition|:cloudtrail:|Region|:|Account|:channel/|ChannelId|",
  /** ARN of a dashboard resource: arn:${Partition}:cloudtrail:${Region}:${Account}:dashboard/${DashboardName}. */
  dashboard: "|,dashboard|arn:|Partition|:cloudtrail:|Region|:|Account|:dashboard/|DashboardName|",
  /** ARN of a eventdatastore resource: arn:${Partition}:cloudtrail:${Region}:${Account}:eventdatastore/${EventDataStoreId}. */
  eventdatastore: "|,eventdatastore|arn:|Partition|:cloudtrail:|Region|:|Account|:eventdatastore/|EventDataStoreId|",
  /** ARN of a trail resource: arn:${Partition}:cloudtrail:${Region}:${Account}:trail/${TrailName}. */
  trail: "|,trail|arn:|Partition|:cloudtrail:|Region|:|Account|:trail/|TrailName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["channel", "dashboard", "eventdatastore", "trail"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "cloudtrail">;
/** Any cloudtrail action. */
export type Action = ActionOf<typeof actionFacts, "cloudtrail">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "cloudtrail">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "cloudtrail" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every cloudtrail action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the tag key-value pairs in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by the tags attached to the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the tag keys in a request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by the tag key-value pairs in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by the tags attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the tag keys in a request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "cloudtrail",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
