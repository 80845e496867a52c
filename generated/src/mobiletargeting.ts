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
export const prefix: "mobiletargeting" = "mobiletargeting";
/** The service's name in the reference. */
export const serviceName: "Amazon Pinpoint" = "Amazon Pinpoint";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Pinpoint",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonpinpoint.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["iam:PassRole", "mobiletargeting:TagResource"] as const;
const actionFacts = {
  /** Grants permission to create an app. Access level: Write. Resources: apps*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps.html#CreateApp */
  CreateApp: "W|||2;1;|0,1,2|1|;",
  /** Grants permission to create a campaign for an app. Access level: Write. Resources: app*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-campaigns.html#CreateCampaign */
  CreateCampaign: "W|||0;1;|0,1,2|1|;",
  /** Grants permission to create an email template. Access level: Write. Resources: template*. https://docs.aws.amazon.com/pinpoint/latest/apireference/templates-template-name-email.html#CreateEmailTemplate */
  CreateEmailTemplate: "W|||25;1;|0,1,2|1|;",
  /** Grants permission to create an export job that exports endpoint definitions to Amazon S3. Access level: Write. Resources: app*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-jobs-export.html#CreateExportJob */
  CreateExportJob: "W|||0;1;||0|;",
  /** Grants permission to import endpoint definitions from to create a segment. Access level: Write. Resources: app*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-jobs-import.html#CreateImportJob */
  CreateImportJob: "W|||0;1;||0|;",
  /** Grants permission to create an in-app message template. Access level: Write. Resources: template*. https://docs.aws.amazon.com/pinpoint/latest/apireference/templates-template-name-inapp.html#CreateInAppTemplate */
  CreateInAppTemplate: "W|||25;1;|0,1,2|1|;",
  /** Grants permission to create a Journey for an app. Access level: Write. Resources: journeys*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-journeys.html#CreateJourney */
  CreateJourney: "W|||17;1;|0,1,2|0,1|;",
  /** Grants permission to create a push notification template. Access level: Write. Resources: template*. https://docs.aws.amazon.com/pinpoint/latest/apireference/templates-template-name-push.html#CreatePushTemplate */
  CreatePushTemplate: "W|||25;1;|0,1,2|1|;",
  /** Grants permission to create an Amazon Pinpoint configuration for a recommender model. Access level: Write. Resources: recommenders*. https://docs.aws.amazon.com/pinpoint/latest/apireference/recommenders.html#CreateRecommenderConfiguration */
  CreateRecommenderConfiguration: "W|||22;1;||0|;",
  /** Grants permission to create a segment that is based on endpoint data reported to Pinpoint by your app. To allow a user to create a segment by importing endpoint data from outside of Pinpoint, allow the mobiletargeting:CreateImportJob action. Access level: Write. Resources: app*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-segments.html#CreateSegment */
  CreateSegment: "W|||0;1;|0,1,2|1|;",
  /** Grants permission to create an sms message template. Access level: Write. Resources: template*. https://docs.aws.amazon.com/pinpoint/latest/apireference/templates-template-name-sms.html#CreateSmsTemplate */
  CreateSmsTemplate: "W|||25;1;|0,1,2|1|;",
  /** Grants permission to create a voice message template. Access level: Write. Resources: template*. https://docs.aws.amazon.com/pinpoint/latest/apireference/templates-template-name-voice.html#CreateVoiceTemplate */
  CreateVoiceTemplate: "W|||25;1;|0,1,2|1|;",
  /** Grants permission to delete the ADM channel for an app. Access level: Write. Resources: channel*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-channels-adm.html#DeleteAdmChannel */
  DeleteAdmChannel: "W|||6;1;|||;",
  /** Grants permission to delete the APNs channel for an app. Access level: Write. Resources: channel*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-channels-apns.html#DeleteApnsChannel */
  DeleteApnsChannel: "W|||6;1;|||;",
  /** Grants permission to delete the APNs sandbox channel for an app. Access level: Write. Resources: channel*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-channels-apns_sandbox.html#DeleteApnsSandboxChannel */
  DeleteApnsSandboxChannel: "W|||6;1;|||;",
  /** Grants permission to delete the APNs VoIP channel for an app. Access level: Write. Resources: channel*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-channels-apns_voip.html#DeleteApnsVoipChannel */
  DeleteApnsVoipChannel: "W|||6;1;|||;",
  /** Grants permission to delete the APNs VoIP sandbox channel for an app. Access level: Write. Resources: channel*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-channels-apns_voip_sandbox.html#DeleteApnsVoipSandboxChannel */
  DeleteApnsVoipSandboxChannel: "W|||6;1;|||;",
  /** Grants permission to delete a specific campaign. Access level: Write. Resources: app*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id.html#DeleteApp */
  DeleteApp: "W|||0;1;|||;",
  /** Grants permission to delete the Baidu channel for an app. Access level: Write. Resources: channel*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-channels-baidu.html#DeleteBaiduChannel */
  DeleteBaiduChannel: "W|||6;1;|||;",
  /** Grants permission to delete a specific campaign. Access level: Write. Resources: campaign*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-campaigns-campaign-id.html#DeleteCampaign */
  DeleteCampaign: "W|||4;1;|||;",
  /** Grants permission to delete the email channel for an app. Access level: Write. Resources: channel*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-channels-email.html#DeleteEmailChannel */
  DeleteEmailChannel: "W|||6;1;|||;",
  /** Grants permission to delete an email template or an email template version. Access level: Write. Resources: template*. https://docs.aws.amazon.com/pinpoint/latest/apireference/templates-template-name-email.html#DeleteEmailTemplate */
  DeleteEmailTemplate: "W|||25;1;|||;",
  /** Grants permission to delete an endpoint. Access level: Write. Resources: endpoint*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-endpoints-endpoint-id.html#DeleteEndpoint */
  DeleteEndpoint: "W|||8;1;|||;",
  /** Grants permission to delete the event stream for an app. Access level: Write. Resources: event-stream*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-eventstream.html#DeleteEventStream */
  DeleteEventStream: "W|||9;1;|||;",
  /** Grants permission to delete the GCM channel for an app. Access level: Write. Resources: channel*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-channels-gcm.html#DeleteGcmChannel */
  DeleteGcmChannel: "W|||6;1;|||;",
  /** Grants permission to delete an in-app message template or an in-app message template version. Access level: Write. Resources: template*. https://docs.aws.amazon.com/pinpoint/latest/apireference/templates-template-name-inapp.html#DeleteInAppTemplate */
  DeleteInAppTemplate: "W|||25;1;|||;",
  /** Grants permission to delete a specific journey. Access level: Write. Resources: journey*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-journeys-journey-id.html#DeleteJourney */
  DeleteJourney: "W|||13;1;|||;",
  /** Grants permission to delete a push notification template or a push notification template version. Access level: Write. Resources: template*. https://docs.aws.amazon.com/pinpoint/latest/apireference/templates-template-name-push.html#DeletePushTemplate */
  DeletePushTemplate: "W|||25;1;|||;",
  /** Grants permission to delete an Amazon Pinpoint configuration for a recommender model. Access level: Write. Resources: recommender*. https://docs.aws.amazon.com/pinpoint/latest/apireference/recommenders-recommender-id.html#DeleteRecommenderConfiguration */
  DeleteRecommenderConfiguration: "W|||21;1;|||;",
  /** Grants permission to delete a specific segment. Access level: Write. Resources: segment*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-segments-segment-id.html#DeleteSegment */
  DeleteSegment: "W|||24;1;|||;",
  /** Grants permission to delete the SMS channel for an app. Access level: Write. Resources: channel*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-channels-sms.html#DeleteSmsChannel */
  DeleteSmsChannel: "W|||6;1;|||;",
  /** Grants permission to delete an sms message template or an sms message template version. Access level: Write. Resources: template*. https://docs.aws.amazon.com/pinpoint/latest/apireference/templates-template-name-sms.html#DeleteSmsTemplate */
  DeleteSmsTemplate: "W|||25;1;|||;",
  /** Grants permission to delete all of the endpoints that are associated with a user ID. Access level: Write. Resources: user*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-users-user-id.html#DeleteUserEndpoints */
  DeleteUserEndpoints: "W|||27;1;|||;",
  /** Grants permission to delete the Voice channel for an app. Access level: Write. Resources: channel*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-channels-voice.html#DeleteVoiceChannel */
  DeleteVoiceChannel: "W|||6;1;|||;",
  /** Grants permission to delete a voice message template or a voice message template version. Access level: Write. Resources: template*. https://docs.aws.amazon.com/pinpoint/latest/apireference/templates-template-name-voice.html#DeleteVoiceTemplate */
  DeleteVoiceTemplate: "W|||25;1;|||;",
  /** Grants permission to retrieve information about the Amazon Device Messaging (ADM) channel for an app. Access level: Read. Resources: channel*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-channels-adm.html#GetAdmChannel */
  GetAdmChannel: "R|||6;1;|||;",
  /** Grants permission to retrieve information about the APNs channel for an app. Access level: Read. Resources: channel*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-channels-apns.html#GetApnsChannel */
  GetApnsChannel: "R|||6;1;|||;",
  /** Grants permission to retrieve information about the APNs sandbox channel for an app. Access level: Read. Resources: channel*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-channels-apns_sandbox.html#GetApnsSandboxChannel */
  GetApnsSandboxChannel: "R|||6;1;|||;",
  /** Grants permission to retrieve information about the APNs VoIP channel for an app. Access level: Read. Resources: channel*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-channels-apns_voip.html#GetApnsVoipChannel */
  GetApnsVoipChannel: "R|||6;1;|||;",
  /** Grants permission to retrieve information about the APNs VoIP sandbox channel for an app. Access level: Read. Resources: channel*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-channels-apns_voip_sandbox.html#GetApnsVoipSandboxChannel */
  GetApnsVoipSandboxChannel: "R|||6;1;|||;",
  /** Grants permission to retrieve information about a specific app in your Amazon Pinpoint account. Access level: Read. Resources: app*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id.html#GetApp */
  GetApp: "R|||0;1;|||;",
  /** Grants permission to retrieve (queries) pre-aggregated data for a standard metric that applies to an application. Access level: Read. Resources: application-metrics*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-kpis-daterange-kpi-name.html#GetApplicationDateRangeKpi */
  GetApplicationDateRangeKpi: "R|||1;1;|||;",
  /** Grants permission to retrieve the default settings for an app. Access level: List. Resources: app*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-settings.html#GetApplicationSettings */
  GetApplicationSettings: "L|||0;1;|||;",
  /** Grants permission to retrieve a list of apps in your Amazon Pinpoint account. Access level: Read. Resources: apps*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps.html#GetApps */
  GetApps: "R|||2;1;|||;",
  /** Grants permission to retrieve information about the Baidu channel for an app. Access level: Read. Resources: channel*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-channels-baidu.html#GetBaiduChannel */
  GetBaiduChannel: "R|||6;1;|||;",
  /** Grants permission to retrieve information about a specific campaign. Access level: Read. Resources: campaign*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-campaigns-campaign-id.html#GetCampaign */
  GetCampaign: "R|||4;1;|||;",
  /** Grants permission to retrieve information about the activities performed by a campaign. Access level: List. Resources: campaign*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-campaigns-campaign-id-activities.html#GetCampaignActivities */
  GetCampaignActivities: "L|||4;1;|||;",
  /** Grants permission to retrieve (queries) pre-aggregated data for a standard metric that applies to a campaign. Access level: Read. Resources: campaign-metrics*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-campaigns-campaign-id-kpis-daterange-kpi-name.html#GetCampaignDateRangeKpi */
  GetCampaignDateRangeKpi: "R|||5;1;|||;",
  /** Grants permission to retrieve information about a specific campaign version. Access level: Read. Resources: campaign*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-campaigns-campaign-id-versions-version.html#GetCampaignVersion */
  GetCampaignVersion: "R|||4;1;|||;",
  /** Grants permission to retrieve information about the current and prior versions of a campaign. Access level: List. Resources: campaign*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-campaigns-campaign-id-versions.html#GetCampaignVersions */
  GetCampaignVersions: "L|||4;1;|||;",
  /** Grants permission to retrieve information about all campaigns for an app. Access level: List. Resources: app*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-campaigns.html#GetCampaigns */
  GetCampaigns: "L|||0;1;|||;",
  /** Grants permission to get all channels information for your app. Access level: List. Resources: channels*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-channels.html#GetChannels */
  GetChannels: "L|||7;1;|||;",
  /** Grants permission to obtain information about the email channel in an app. Access level: Read. Resources: channel*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-channels-email.html#GetEmailChannel */
  GetEmailChannel: "R|||6;1;|||;",
  /** Grants permission to retrieve information about a specific or the active version of an email template. Access level: Read. Resources: template*. https://docs.aws.amazon.com/pinpoint/latest/apireference/templates-template-name-email.html#GetEmailTemplate */
  GetEmailTemplate: "R|||25;1;|||;",
  /** Grants permission to retrieve information about a specific endpoint. Access level: Read. Resources: endpoint*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-endpoints-endpoint-id.html#GetEndpoint */
  GetEndpoint: "R|||8;1;|||;",
  /** Grants permission to retrieve information about the event stream for an app. Access level: Read. Resources: event-stream*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-eventstream.html#GetEventStream */
  GetEventStream: "R|||9;1;|||;",
  /** Grants permission to obtain information about a specific export job. Access level: Read. Resources: export-job*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-jobs-export-job-id.html#GetExportJob */
  GetExportJob: "R|||11;1;|||;",
  /** Grants permission to retrieve a list of all of the export jobs for an app. Access level: List. Resources: app*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-jobs-export.html#GetExportJobs */
  GetExportJobs: "L|||0;1;|||;",
  /** Grants permission to retrieve information about the GCM channel for an app. Access level: Read. Resources: channel*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-channels-gcm.html#GetGcmChannel */
  GetGcmChannel: "R|||6;1;|||;",
  /** Grants permission to retrieve information about a specific import job. Access level: Read. Resources: import-job*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-jobs-import-job-id.html#GetImportJob */
  GetImportJob: "R|||12;1;|||;",
  /** Grants permission to retrieve information about all import jobs for an app. Access level: List. Resources: app*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-jobs-import.html#GetImportJobs */
  GetImportJobs: "L|||0;1;|||;",
  /** Grants permission to retrive in-app messages for the given endpoint id. Access level: Read. Resources: app*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-endpoints-endpoint-id-inappmessages.html#GetInAppMessages */
  GetInAppMessages: "R|||0;1;|||;",
  /** Grants permission to retrieve information about a specific or the active version of an in-app message template. Access level: Read. Resources: template*. https://docs.aws.amazon.com/pinpoint/latest/apireference/templates-template-name-inapp.html#GetInAppTemplate */
  GetInAppTemplate: "R|||25;1;|||;",
  /** Grants permission to retrieve information about a specific journey. Access level: Read. Resources: journey*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-journeys-journey-id.html#GetJourney */
  GetJourney: "R|||13;1;|||;",
  /** Grants permission to retrieve (queries) pre-aggregated data for a standard engagement metric that applies to a journey. Access level: Read. Resources: journey-metrics*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-journeys-journey-id-kpis-daterange-kpi-name.html#GetJourneyDateRangeKpi */
  GetJourneyDateRangeKpi: "R|||16;1;|||;",
  /** Grants permission to retrieve (queries) pre-aggregated data for a standard execution metric that applies to a journey activity. Access level: Read. Resources: journey-execution-activity-metrics*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-journeys-journey-id-activities-journey-activity-id-execution-metrics.html#GetJourneyExecutionActivityMetrics */
  GetJourneyExecutionActivityMetrics: "R|||14;1;|||;",
  /** Grants permission to retrieve (queries) pre-aggregated data for a standard execution metric that applies to a journey. Access level: Read. Resources: journey-execution-metrics*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-journeys-journey-id-execution-metrics.html#GetJourneyExecutionMetrics */
  GetJourneyExecutionMetrics: "R|||15;1;|||;",
  /** Grants permission to retrieve (queries) pre-aggregated data for a standard execution metric that applies to a journey activity for a single journey run. Access level: Read. Resources: journey*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-journeys-journey-id-runs-run-id-activities-journey-activity-id-execution-metrics.html#GetJourneyRunExecutionActivityMetrics */
  GetJourneyRunExecutionActivityMetrics: "R|||13;1;|||;",
  /** Grants permission to retrieve (queries) pre-aggregated data for a standard execution metric that applies to a journey for a single journey run. Access level: Read. Resources: journey*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-journeys-journey-id-runs-run-id-execution-metrics.html#GetJourneyRunExecutionMetrics */
  GetJourneyRunExecutionMetrics: "R|||13;1;|||;",
  /** Grants permission to retrieve information about all journey runs for a journey. Access level: List. Resources: journey*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-journeys-journey-id-runs.html */
  GetJourneyRuns: "L|||13;1;|||;",
  /** Grants permission to retrieve information about a specific or the active version of an push notification template. Access level: Read. Resources: template*. https://docs.aws.amazon.com/pinpoint/latest/apireference/templates-template-name-push.html#GetPushTemplate */
  GetPushTemplate: "R|||25;1;|||;",
  /** Grants permission to retrieve information about an Amazon Pinpoint configuration for a recommender model. Access level: Read. Resources: recommender*. https://docs.aws.amazon.com/pinpoint/latest/apireference/recommenders-recommender-id.html#GetRecommenderConfiguration */
  GetRecommenderConfiguration: "R|||21;1;|||;",
  /** Grants permission to retrieve information about all the recommender model configurations that are associated with an Amazon Pinpoint account. Access level: List. Resources: recommenders*. https://docs.aws.amazon.com/pinpoint/latest/apireference/recommenders.html#GetRecommenderConfigurations */
  GetRecommenderConfigurations: "L|||22;1;|||;",
  /** Grants permission to mobiletargeting:GetReports. Access level: Read. Resources: reports*. Permission only. ${UserGuideDocPage}/permissions-actions.html */
  GetReports: "R||1|23;1;|||",
  /** Grants permission to retrieve information about a specific segment. Access level: Read. Resources: segment*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-segments-segment-id.html#GetSegment */
  GetSegment: "R|||24;1;|||;",
  /** Grants permission to retrieve information about jobs that export endpoint definitions from segments to Amazon S3. Access level: List. Resources: segment*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-segments-segment-id-jobs-export.html#GetSegmentExportJobs */
  GetSegmentExportJobs: "L|||24;1;|||;",
  /** Grants permission to retrieve information about jobs that create segments by importing endpoint definitions from. Access level: List. Resources: segment*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-segments-segment-id-jobs-import.html#GetSegmentImportJobs */
  GetSegmentImportJobs: "L|||24;1;|||;",
  /** Grants permission to retrieve information about a specific segment version. Access level: Read. Resources: segment*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-segments-segment-id-versions-version.html#GetSegmentVersion */
  GetSegmentVersion: "R|||24;1;|||;",
  /** Grants permission to retrieve information about the current and prior versions of a segment. Access level: List. Resources: segment*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-segments-segment-id-versions.html#GetSegmentVersions */
  GetSegmentVersions: "L|||24;1;|||;",
  /** Grants permission to retrieve information about the segments for an app. Access level: List. Resources: app*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-segments.html#GetSegments */
  GetSegments: "L|||0;1;|||;",
  /** Grants permission to obtain information about the SMS channel in an app. Access level: Read. Resources: channel*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-channels-sms.html#GetSmsChannel */
  GetSmsChannel: "R|||6;1;|||;",
  /** Grants permission to retrieve information about a specific or the active version of an sms message template. Access level: Read. Resources: template*. https://docs.aws.amazon.com/pinpoint/latest/apireference/templates-template-name-sms.html#GetSmsTemplate */
  GetSmsTemplate: "R|||25;1;|||;",
  /** Grants permission to retrieve information about the endpoints that are associated with a user ID. Access level: Read. Resources: user*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-users-user-id.html#GetUserEndpoints */
  GetUserEndpoints: "R|||27;1;|||;",
  /** Grants permission to obtain information about the Voice channel in an app. Access level: Read. Resources: channel*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-channels-voice.html#GetVoiceChannel */
  GetVoiceChannel: "R|||6;1;|||;",
  /** Grants permission to retrieve information about a specific or the active version of a voice message template. Access level: Read. Resources: template*. https://docs.aws.amazon.com/pinpoint/latest/apireference/templates-template-name-voice.html#GetVoiceTemplate */
  GetVoiceTemplate: "R|||25;1;|||;",
  /** Grants permission to retrieve information about all journeys for an app. Access level: List. Resources: app*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-journeys.html#ListJourneys */
  ListJourneys: "L|||0;1;|||;",
  /** Grants permission to list tags for a resource. Access level: Read. Resources: app, campaign, journey, segment, template. https://docs.aws.amazon.com/pinpoint/latest/apireference/tags-resource-arn.html#ListTagsForResource */
  ListTagsForResource: "R|||0;0;,4;0;,13;0;,24;0;,25;0;|||;",
  /** Grants permission to retrieve all versions about a specific template. Access level: List. Resources: template*. https://docs.aws.amazon.com/pinpoint/latest/apireference/templates-template-name-template-type-versions.html#ListTemplateVersions */
  ListTemplateVersions: "L|||25;1;|||;",
  /** Grants permission to retrieve metadata about the queried templates. Access level: List. Resources: templates*. https://docs.aws.amazon.com/pinpoint/latest/apireference/templates.html#ListTemplates */
  ListTemplates: "L|||26;1;|||;",
  /** Grants permission to obtain metadata for a phone number, such as the number type (mobile, landline, or VoIP), location, and provider. Access level: Read. Resources: phone-number-validate*. https://docs.aws.amazon.com/pinpoint/latest/apireference/phone-number-validate.html#PhoneNumberValidate */
  PhoneNumberValidate: "R|||20;1;|||;",
  /** Grants permission to create or update an event stream for an app. Access level: Write. Resources: event-stream*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-eventstream.html#PutEventStream */
  PutEventStream: "W|||9;1;||0|;",
  /** Grants permission to create or update events for an app. Access level: Write. Resources: events*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-events.html#PutEvents */
  PutEvents: "W|||10;1;|||;",
  /** Grants permission to remove the attributes for an app. Access level: Write. Resources: attribute*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-attributes-attribute-type.html#RemoveAttributes */
  RemoveAttributes: "W|||3;1;|||;",
  /** Grants permission to send an SMS message or push notification to specific endpoints. Access level: Write. Resources: messages*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-messages.html#SendMessages */
  SendMessages: "W|||18;1;|||;",
  /** Grants permission to send an OTP code to a user of your application. Access level: Write. Resources: otp*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-otp.html#SendOTPMessage */
  SendOTPMessage: "W|||19;1;|||;",
  /** Grants permission to send an SMS message or push notification to all endpoints that are associated with a specific user ID. Access level: Write. Resources: messages*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-users-messages.html#SendUsersMessages */
  SendUsersMessages: "W|||18;1;|||;",
  /** Grants permission to add tags to a resource. Access level: Tagging. Resources: app, campaign, journey, segment, template. https://docs.aws.amazon.com/pinpoint/latest/apireference/tags-resource-arn.html#TagResource */
  TagResource:
    "T|||0;0;,4;0;,13;0;,24;0;,25;0;|0,2||CreateApp,CreateCampaign,CreateEmailTemplate,CreateInAppTemplate,CreateJourney,CreatePushTemplate,CreateSegment,CreateSmsTemplate,CreateVoiceTemplate,;",
  /** Grants permission to remove tags from a resource. Access level: Tagging. Resources: app, campaign, journey, segment, template. https://docs.aws.amazon.com/pinpoint/latest/apireference/tags-resource-arn.html#UntagResource */
  UntagResource: "T|||0;0;,4;0;,13;0;,24;0;,25;0;|0,2||;",
  /** Grants permission to update the Amazon Device Messaging (ADM) channel for an app. Access level: Write. Resources: channel*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-channels-adm.html#UpdateAdmChannel */
  UpdateAdmChannel: "W|||6;1;|||;",
  /** Grants permission to update the Apple Push Notification service (APNs) channel for an app. Access level: Write. Resources: channel*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-channels-apns.html#UpdateApnsChannel */
  UpdateApnsChannel: "W|||6;1;|||;",
  /** Grants permission to update the Apple Push Notification service (APNs) sandbox channel for an app. Access level: Write. Resources: channel*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-channels-apns_sandbox.html#UpdateApnsSandboxChannel */
  UpdateApnsSandboxChannel: "W|||6;1;|||;",
  /** Grants permission to update the Apple Push Notification service (APNs) VoIP channel for an app. Access level: Write. Resources: channel*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-channels-apns_voip.html#UpdateApnsVoipChannel */
  UpdateApnsVoipChannel: "W|||6;1;|||;",
  /** Grants permission to update the Apple Push Notification service (APNs) VoIP sandbox channel for an app. Access level: Write. Resources: channel*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-channels-apns_voip_sandbox.html#UpdateApnsVoipSandboxChannel */
  UpdateApnsVoipSandboxChannel: "W|||6;1;|||;",
  /** Grants permission to update the default settings for an app. Access level: Write. Resources: app*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-settings.html#UpdateApplicationSettings */
  UpdateApplicationSettings: "W|||0;1;|||;",
  /** Grants permission to update the Baidu channel for an app. Access level: Write. Resources: channel*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-channels-baidu.html#UpdateBaiduChannel */
  UpdateBaiduChannel: "W|||6;1;|||;",
  /** Grants permission to update a specific campaign. Access level: Write. Resources: campaign*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-campaigns-campaign-id.html#UpdateCampaign */
  UpdateCampaign: "W|||4;1;|0,2||;",
  /** Grants permission to update the email channel for an app. Access level: Write. Resources: channel*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-channels-email.html#UpdateEmailChannel */
  UpdateEmailChannel: "W|||6;1;||0|;",
  /** Grants permission to update a specific email template under the same version or generate a new version. Access level: Write. Resources: template*. https://docs.aws.amazon.com/pinpoint/latest/apireference/templates-template-name-email.html#UpdateEmailTemplate */
  UpdateEmailTemplate: "W|||25;1;|0,2||;",
  /** Grants permission to create an endpoint or update the information for an endpoint. Access level: Write. Resources: endpoint*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-endpoints-endpoint-id.html#UpdateEndpoint */
  UpdateEndpoint: "W|||8;1;|||;",
  /** Grants permission to create or update endpoints as a batch operation. Access level: Write. Resources: app*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-endpoints.html#UpdateEndpointsBatch */
  UpdateEndpointsBatch: "W|||0;1;|||;",
  /** Grants permission to update the Firebase Cloud Messaging (FCM) or Google Cloud Messaging (GCM) API key that allows to send push notifications to your Android app. Access level: Write. Resources: channel*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-channels-gcm.html#UpdateGcmChannel */
  UpdateGcmChannel: "W|||6;1;|||;",
  /** Grants permission to update a specific in-app message template under the same version or generate a new version. Access level: Write. Resources: template*. https://docs.aws.amazon.com/pinpoint/latest/apireference/templates-template-name-inapp.html#UpdateInAppTemplate */
  UpdateInAppTemplate: "W|||25;1;|0,2||;",
  /** Grants permission to update a specific journey. Access level: Write. Resources: journey*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-journeys-journey-id.html#UpdateJourney */
  UpdateJourney: "W|||13;1;|0,2|0|;",
  /** Grants permission to update a specific journey state. Access level: Write. Resources: journey*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-journeys-journey-id-state.html#UpdateJourneyState */
  UpdateJourneyState: "W|||13;1;|0,2||;",
  /** Grants permission to update a specific push notification template under the same version or generate a new version. Access level: Write. Resources: template*. https://docs.aws.amazon.com/pinpoint/latest/apireference/templates-template-name-push.html#UpdatePushTemplate */
  UpdatePushTemplate: "W|||25;1;|0,2||;",
  /** Grants permission to update an Amazon Pinpoint configuration for a recommender model. Access level: Write. Resources: recommender*. https://docs.aws.amazon.com/pinpoint/latest/apireference/recommenders-recommender-id.html#UpdateRecommenderConfiguration */
  UpdateRecommenderConfiguration: "W|||21;1;||0|;",
  /** Grants permission to update a specific segment. Access level: Write. Resources: segment*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-segments-segment-id.html#UpdateSegment */
  UpdateSegment: "W|||24;1;|0,2||;",
  /** Grants permission to update the SMS channel for an app. Access level: Write. Resources: channel*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-channels-sms.html#UpdateSmsChannel */
  UpdateSmsChannel: "W|||6;1;|||;",
  /** Grants permission to update a specific sms message template under the same version or generate a new version. Access level: Write. Resources: template*. https://docs.aws.amazon.com/pinpoint/latest/apireference/templates-template-name-sms.html#UpdateSmsTemplate */
  UpdateSmsTemplate: "W|||25;1;|0,2||;",
  /** Grants permission to update the active version parameter of a specific template. Access level: Write. Resources: template*. https://docs.aws.amazon.com/pinpoint/latest/apireference/templates-template-name-template-type-active-version.html#UpdateTemplateActiveVersion */
  UpdateTemplateActiveVersion: "W|||25;1;|||;",
  /** Grants permission to update the Voice channel for an app. Access level: Write. Resources: channel*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-channels-voice.html#UpdateVoiceChannel */
  UpdateVoiceChannel: "W|||6;1;|||;",
  /** Grants permission to update a specific voice message template under the same version or generate a new version. Access level: Write. Resources: template*. https://docs.aws.amazon.com/pinpoint/latest/apireference/templates-template-name-voice.html#UpdateVoiceTemplate */
  UpdateVoiceTemplate: "W|||25;1;|0,2||;",
  /** Grants permission to check the validity of One-Time Passwords (OTPs). Access level: Write. Resources: verify-otp*. https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-verify-otp.html#VerifyOTPMessage */
  VerifyOTPMessage: "W|||28;1;|||;",
} as const;
const actionDetails = {
  CreateApp: "|,;~~~|Grants permission to create an app",
  CreateCampaign: "|,;~~~|Grants permission to create a campaign for an app",
  CreateEmailTemplate: "|,;~~~|Grants permission to create an email template",
  CreateExportJob: "|,;~~~|Grants permission to create an export job that exports endpoint definitions to Amazon S3",
  CreateImportJob: "|,;~~~|Grants permission to import endpoint definitions from to create a segment",
  CreateInAppTemplate: "|,;~~~|Grants permission to create an in-app message template",
  CreateJourney: "|,;~~~|Grants permission to create a Journey for an app",
  CreatePushTemplate: "|,;~~~|Grants permission to create a push notification template",
  CreateRecommenderConfiguration:
    "|,;~~~|Grants permission to create an Amazon Pinpoint configuration for a recommender model",
  CreateSegment:
    "|,;~~~|Grants permission to create a segment that is based on endpoint data reported to Pinpoint by your app. To allow a user to create a segment by importing endpoint data from outside of Pinpoint, allow the mobiletargeting:CreateImportJob action",
  CreateSmsTemplate: "|,;~~~|Grants permission to create an sms message template",
  CreateVoiceTemplate: "|,;~~~|Grants permission to create a voice message template",
  DeleteAdmChannel: "|,;~~~|Grants permission to delete the ADM channel for an app",
  DeleteApnsChannel: "|,;~~~|Grants permission to delete the APNs channel for an app",
  DeleteApnsSandboxChannel: "|,;~~~|Grants permission to delete the APNs sandbox channel for an app",
  DeleteApnsVoipChannel: "|,;~~~|Grants permission to delete the APNs VoIP channel for an app",
  DeleteApnsVoipSandboxChannel: "|,;~~~|Grants permission to delete the APNs VoIP sandbox channel for an app",
  DeleteApp: "|,;~~~|Grants permission to delete a specific campaign",
  DeleteBaiduChannel: "|,;~~~|Grants permission to delete the Baidu channel for an app",
  DeleteCampaign: "|,;~~~|Grants permission to delete a specific campaign",
  DeleteEmailChannel: "|,;~~~|Grants permission to delete the email channel for an app",
  DeleteEmailTemplate: "|,;~~~|Grants permission to delete an email template or an email template version",
  DeleteEndpoint: "|,;~~~|Grants permission to delete an endpoint",
  DeleteEventStream: "|,;~~~|Grants permission to delete the event stream for an app",
  DeleteGcmChannel: "|,;~~~|Grants permission to delete the GCM channel for an app",
  DeleteInAppTemplate:
    "|,;~~~|Grants permission to delete an in-app message template or an in-app message template version",
  DeleteJourney: "|,;~~~|Grants permission to delete a specific journey",
  DeletePushTemplate:
    "|,;~~~|Grants permission to delete a push notification template or a push notification template version",
  DeleteRecommenderConfiguration:
    "|,;~~~|Grants permission to delete an Amazon Pinpoint configuration for a recommender model",
  DeleteSegment: "|,;~~~|Grants permission to delete a specific segment",
  DeleteSmsChannel: "|,;~~~|Grants permission to delete the SMS channel for an app",
  DeleteSmsTemplate: "|,;~~~|Grants permission to delete an sms message template or an sms message template version",
  DeleteUserEndpoints: "|,;~~~|Grants permission to delete all of the endpoints that are associated with a user ID",
  DeleteVoiceChannel: "|,;~~~|Grants permission to delete the Voice channel for an app",
  DeleteVoiceTemplate:
    "|,;~~~|Grants permission to delete a voice message template or a voice message template version",
  GetAdmChannel:
    "|,;~~~|Grants permission to retrieve information about the Amazon Device Messaging (ADM) channel for an app",
  GetApnsChannel: "|,;~~~|Grants permission to retrieve information about the APNs channel for an app",
  GetApnsSandboxChannel: "|,;~~~|Grants permission to retrieve information about the APNs sandbox channel for an app",
  GetApnsVoipChannel: "|,;~~~|Grants permission to retrieve information about the APNs VoIP channel for an app",
  GetApnsVoipSandboxChannel:
    "|,;~~~|Grants permission to retrieve information about the APNs VoIP sandbox channel for an app",
  GetApp: "|,;~~~|Grants permission to retrieve information about a specific app in your Amazon Pinpoint account",
  GetApplicationDateRangeKpi:
    "|,;~~~|Grants permission to retrieve (queries) pre-aggregated data for a standard metric that applies to an application",
  GetApplicationSettings: "|,;~~~|Grants permission to retrieve the default settings for an app",
  GetApps: "|,;~~~|Grants permission to retrieve a list of apps in your Amazon Pinpoint account",
  GetBaiduChannel: "|,;~~~|Grants permission to retrieve information about the Baidu channel for an app",
  GetCampaign: "|,;~~~|Grants permission to retrieve information about a specific campaign",
  GetCampaignActivities:
    "|,;~~~|Grants permission to retrieve information about the activities performed by a campaign",
  GetCampaignDateRangeKpi:
    "|,;~~~|Grants permission to retrieve (queries) pre-aggregated data for a standard metric that applies to a campaign",
  GetCampaignVersion: "|,;~~~|Grants permission to retrieve information about a specific campaign version",
  GetCampaignVersions:
    "|,;~~~|Grants permission to retrieve information about the current and prior versions of a campaign",
  GetCampaigns: "|,;~~~|Grants permission to retrieve information about all campaigns for an app",
  GetChannels: "|,;~~~|Grants permission to get all channels information for your app",
  GetEmailChannel: "|,;~~~|Grants permission to obtain information about the email channel in an app",
  GetEmailTemplate:
    "|,;~~~|Grants permission to retrieve information about a specific or the active version of an email template",
  GetEndpoint: "|,;~~~|Grants permission to retrieve information about a specific endpoint",
  GetEventStream: "|,;~~~|Grants permission to retrieve information about the event stream for an app",
  GetExportJob: "|,;~~~|Grants permission to obtain information about a specific export job",
  GetExportJobs: "|,;~~~|Grants permission to retrieve a list of all of the export jobs for an app",
  GetGcmChannel: "|,;~~~|Grants permission to retrieve information about the GCM channel for an app",
  GetImportJob: "|,;~~~|Grants permission to retrieve information about a specific import job",
  GetImportJobs: "|,;~~~|Grants permission to retrieve information about all import jobs for an app",
  GetInAppMessages: "|,;~~~|Grants permission to retrive in-app messages for the given endpoint id",
  GetInAppTemplate:
    "|,;~~~|Grants permission to retrieve information about a specific or the active version of an in-app message template",
  GetJourney: "|,;~~~|Grants permission to retrieve information about a specific journey",
  GetJourneyDateRangeKpi:
    "|,;~~~|Grants permission to retrieve (queries) pre-aggregated data for a standard engagement metric that applies to a journey",
  GetJourneyExecutionActivityMetrics:
    "|,;~~~|Grants permission to retrieve (queries) pre-aggregated data for a standard execution metric that applies to a journey activity",
  GetJourneyExecutionMetrics:
    "|,;~~~|Grants permission to retrieve (queries) pre-aggregated data for a standard execution metric that applies to a journey",
  GetJourneyRunExecutionActivityMetrics:
    "|,;~~~|Grants permission to retrieve (queries) pre-aggregated data for a standard execution metric that applies to a journey activity for a single journey run",
  GetJourneyRunExecutionMetrics:
    "|,;~~~|Grants permission to retrieve (queries) pre-aggregated data for a standard execution metric that applies to a journey for a single journey run",
  GetJourneyRuns: "|,;~~~|Grants permission to retrieve information about all journey runs for a journey",
  GetPushTemplate:
    "|,;~~~|Grants permission to retrieve information about a specific or the active version of an push notification template",
  GetRecommenderConfiguration:
    "|,;~~~|Grants permission to retrieve information about an Amazon Pinpoint configuration for a recommender model",
  GetRecommenderConfigurations:
    "|,;~~~|Grants permission to retrieve information about all the recommender model configurations that are associated with an Amazon Pinpoint account",
  GetReports: "|,;~|Grants permission to mobiletargeting:GetReports",
  GetSegment: "|,;~~~|Grants permission to retrieve information about a specific segment",
  GetSegmentExportJobs:
    "|,;~~~|Grants permission to retrieve information about jobs that export endpoint definitions from segments to Amazon S3",
  GetSegmentImportJobs:
    "|,;~~~|Grants permission to retrieve information about jobs that create segments by importing endpoint definitions from",
  GetSegmentVersion: "|,;~~~|Grants permission to retrieve information about a specific segment version",
  GetSegmentVersions:
    "|,;~~~|Grants permission to retrieve information about the current and prior versions of a segment",
  GetSegments: "|,;~~~|Grants permission to retrieve information about the segments for an app",
  GetSmsChannel: "|,;~~~|Grants permission to obtain information about the SMS channel in an app",
  GetSmsTemplate:
    "|,;~~~|Grants permission to retrieve information about a specific or the active version of an sms message template",
  GetUserEndpoints:
    "|,;~~~|Grants permission to retrieve information about the endpoints that are associated with a user ID",
  GetVoiceChannel: "|,;~~~|Grants permission to obtain information about the Voice channel in an app",
  GetVoiceTemplate:
    "|,;~~~|Grants permission to retrieve information about a specific or the active version of a voice message template",
  ListJourneys: "|,;~~~|Grants permission to retrieve information about all journeys for an app",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for a resource",
  ListTemplateVersions: "|,;~~~|Grants permission to retrieve all versions about a specific template",
  ListTemplates: "|,;~~~|Grants permission to retrieve metadata about the queried templates",
  PhoneNumberValidate:
    "|,;~~~|Grants permission to obtain metadata for a phone number, such as the number type (mobile, landline, or VoIP), location, and provider",
  PutEventStream: "|,;~~~|Grants permission to create or update an event stream for an app",
  PutEvents: "|,;~~~|Grants permission to create or update events for an app",
  RemoveAttributes: "|,;~~~|Grants permission to remove the attributes for an app",
  SendMessages: "|,;~~~|Grants permission to send an SMS message or push notification to specific endpoints",
  SendOTPMessage: "|,;~~~|Grants permission to send an OTP code to a user of your application",
  SendUsersMessages:
    "|,;~~~|Grants permission to send an SMS message or push notification to all endpoints that are associated with a specific user ID",
  TagResource: "|,;~~~,~~,~~,~~,~~,~~,~~,~~,~~,~~|Grants permission to add tags to a resource",
  UntagResource: "|,;~~~|Grants permission to remove tags from a resource",
  UpdateAdmChannel: "|,;~~~|Grants permission to update the Amazon Device Messaging (ADM) channel for an app",
  UpdateApnsChannel: "|,;~~~|Grants permission to update the Apple Push Notification service (APNs) channel for an app",
  UpdateApnsSandboxChannel:
    "|,;~~~|Grants permission to update the Apple Push Notification service (APNs) sandbox channel for an app",
  UpdateApnsVoipChannel:
    "|,;~~~|Grants permission to update the Apple Push Notification service (APNs) VoIP channel for an app",
  UpdateApnsVoipSandboxChannel:
    "|,;~~~|Grants permission to update the Apple Push Notification service (APNs) VoIP sandbox channel for an app",
  UpdateApplicationSettings: "|,;~~~|Grants permission to update the default settings for an app",
  UpdateBaiduChannel: "|,;~~~|Grants permission to update the Baidu channel for an app",
  UpdateCampaign: "|,;~~~|Grants permission to update a specific campaign",
  UpdateEmailChannel: "|,;~~~|Grants permission to update the email channel for an app",
  UpdateEmailTemplate:
    "|,;~~~|Grants permission to update a specific email template under the same version or generate a new version",
  UpdateEndpoint: "|,;~~~|Grants permission to create an endpoint or update the information for an endpoint",
  UpdateEndpointsBatch: "|,;~~~|Grants permission to create or update endpoints as a batch operation",
  UpdateGcmChannel:
    "|,;~~~|Grants permission to update the Firebase Cloud Messaging (FCM) or Google Cloud Messaging (GCM) API key that allows to send push notifications to your Android app",
  UpdateInAppTemplate:
    "|,;~~~|Grants permission to update a specific in-app message template under the same version or generate a new version",
  UpdateJourney: "|,;~~~|Grants permission to update a specific journey",
  UpdateJourneyState: "|,;~~~|Grants permission to update a specific journey state",
  UpdatePushTemplate:
    "|,;~~~|Grants permission to update a specific push notification template under the same version or generate a new version",
  UpdateRecommenderConfiguration:
    "|,;~~~|Grants permission to update an Amazon Pinpoint configuration for a recommender model",
  UpdateSegment: "|,;~~~|Grants permission to update a specific segment",
  UpdateSmsChannel: "|,;~~~|Grants permission to update the SMS channel for an app",
  UpdateSmsTemplate:
    "|,;~~~|Grants permission to update a specific sms message template under the same version or generate a new version",
  UpdateTemplateActiveVersion: "|,;~~~|Grants permission to update the active version parameter of a specific template",
  UpdateVoiceChannel: "|,;~~~|Grants permission to update the Voice channel for an app",
  UpdateVoiceTemplate:
    "|,;~~~|Grants permission to update a specific voice message template under the same version or generate a new version",
  VerifyOTPMessage: "|,;~~~|Grants permission to check the validity of One-Time Passwords (OTPs)",
};
const resourceTypeFacts = {
  /** The app resource type: arn:${Partition}:mobiletargeting:${Region}:${Account}:apps/${AppId} */
  app: "|,|1",
  /** The application-metrics resource type: arn:${Partition}:mobiletargeting:${Region}:${Account}:apps/${AppId}/kpis/daterange/${KpiName} */
  "application-metrics": "|,applicationMetrics|",
  /** The apps resource type: arn:${Partition}:mobiletargeting:${Region}:${Account}:apps/* */
  apps: "|,|",
  /** The attribute resource type: arn:${Partition}:mobiletargeting:${Region}:${Account}:apps/${AppId}/attributes/${AttributeType} */
  attribute: "|,|",
  /** The campaign resource type: arn:${Partition}:mobiletargeting:${Region}:${Account}:apps/${AppId}/campaigns/${CampaignId} */
  campaign: "|,|1",
  /** The campaign-metrics resource type: arn:${Partition}:mobiletargeting:${Region}:${Account}:apps/${AppId}/campaigns/${CampaignId}/kpis/daterange/${KpiName} */
  "campaign-metrics": "|,campaignMetrics|",
  /** The channel resource type: arn:${Partition}:mobiletargeting:${Region}:${Account}:apps/${AppId}/channels/${ChannelType} */
  channel: "|,|",
  /** The channels resource type: arn:${Partition}:mobiletargeting:${Region}:${Account}:apps/${AppId}/channels */
  channels: "|,|",
  /** The endpoint resource type: arn:${Partition}:mobiletargeting:${Region}:${Account}:apps/${AppId}/endpoints/${EndpointId} */
  endpoint: "|,|",
  /** The event-stream resource type: arn:${Partition}:mobiletargeting:${Region}:${Account}:apps/${AppId}/eventstream */
  "event-stream": "|,eventStream|",
  /** The events resource type: arn:${Partition}:mobiletargeting:${Region}:${Account}:apps/${AppId}/events */
  events: "|,|",
  /** The export-job resource type: arn:${Partition}:mobiletargeting:${Region}:${Account}:apps/${AppId}/jobs/export/${JobId} */
  "export-job": "|,exportJob|",
  /** The import-job resource type: arn:${Partition}:mobiletargeting:${Region}:${Account}:apps/${AppId}/jobs/import/${JobId} */
  "import-job": "|,importJob|",
  /** The journey resource type: arn:${Partition}:mobiletargeting:${Region}:${Account}:apps/${AppId}/journeys/${JourneyId} */
  journey: "|,|1",
  /** The journey-execution-activity-metrics resource type: arn:${Partition}:mobiletargeting:${Region}:${Account}:apps/${AppId}/journeys/${JourneyId}/activities/${JourneyActivityId}/execution-metrics */
  "journey-execution-activity-metrics": "|,journeyExecutionActivityMetrics|",
  /** The journey-execution-metrics resource type: arn:${Partition}:mobiletargeting:${Region}:${Account}:apps/${AppId}/journeys/${JourneyId}/execution-metrics */
  "journey-execution-metrics": "|,journeyExecutionMetrics|",
  /** The journey-metrics resource type: arn:${Partition}:mobiletargeting:${Region}:${Account}:apps/${AppId}/journeys/${JourneyId}/kpis/daterange/${KpiName} */
  "journey-metrics": "|,journeyMetrics|",
  /** The journeys resource type: arn:${Partition}:mobiletargeting:${Region}:${Account}:apps/${AppId}/journeys */
  journeys: "|,|",
  /** The messages resource type: arn:${Partition}:mobiletargeting:${Region}:${Account}:apps/${AppId}/messages */
  messages: "|,|",
  /** The otp resource type: arn:${Partition}:mobiletargeting:${Region}:${Account}:apps/${AppId}/otp */
  otp: "|,|",
  /** The phone-number-validate resource type: arn:${Partition}:mobiletargeting:${Region}:${Account}:phone/number/validate */
  "phone-number-validate": "|,phoneNumberValidate|",
  /** The recommender resource type: arn:${Partition}:mobiletargeting:${Region}:${Account}:recommenders/${RecommenderId} */
  recommender: "|,|",
  /** The recommenders resource type: arn:${Partition}:mobiletargeting:${Region}:${Account}:recommenders/* */
  recommenders: "|,|",
  /** The reports resource type: arn:${Partition}:mobiletargeting:${Region}:${Account}:reports */
  reports: "|,|",
  /** The segment resource type: arn:${Partition}:mobiletargeting:${Region}:${Account}:apps/${AppId}/segments/${SegmentId} */
  segment: "|,|1",
  /** The template resource type: arn:${Partition}:mobiletargeting:${Region}:${Account}:templates/${TemplateName}/${TemplateType} */
  template: "|,|1",
  /** The templates resource type: arn:${Partition}:mobiletargeting:${Region}:${Account}:templates */
  templates: "|,|",
  /** The user resource type: arn:${Partition}:mobiletargeting:${Region}:${Account}:apps/${AppId}/users/${UserId} */
  user: "|,|",
  /** The verify-otp resource type: arn:${Partition}:mobiletargeting:${Region}:${Account}:apps/${AppId}/verify-otp */
  "verify-otp": "|,verifyOtp|",
} as const;
const arnFormats = {
  /** ARN of a app resource: arn:${Partition}:mobiletargeting:${Region}:${Account}:apps/${AppId}. */
  app: "|,app|arn:|Partition|:mobiletargeting:|Region|:|Account|:apps/|AppId|",
  /** ARN of a application-metrics resource: arn:${Partition}:mobiletargeting:${Region}:${Account}:apps/${AppId}/kpis/daterange/${KpiName}. */
  applicationMetrics:
    "|,application-metrics|arn:|Partition|:mobiletargeting:|Region|:|Account|:apps/|AppId|/kpis/daterange/|KpiName|",
  /** ARN of a apps resource: arn:${Partition}:mobiletargeting:${Region}:${Account}:apps/*. */
  apps: "|,apps|arn:|Partition|:mobiletargeting:|Region|:|Account|:apps/*",
  /** ARN of a attribute resource: arn:${Partition}:mobiletargeting:${Region}:${Account}:apps/${AppId}/attributes/${AttributeType}. */
  attribute: "|,attribute|arn:|Partition|:mobiletargeting:|Region|:|Account|:apps/|AppId|/attributes/|AttributeType|",
  /** ARN of a campaign resource: arn:${Partition}:mobiletargeting:${Region}:${Account}:apps/${AppId}/campaigns/${CampaignId}. */
  campaign: "|,campaign|arn:|Partition|:mobiletargeting:|Region|:|Account|:apps/|AppId|/campaigns/|CampaignId|",
  /** ARN of a campaign-metrics resource: arn:${Partition}:mobiletargeting:${Region}:${Account}:apps/${AppId}/campaigns/${CampaignId}/kpis/daterange/${KpiName}. */
  campaignMetrics:
    "|,campaign-metrics|arn:|Partition|:mobiletargeting:|Region|:|Account|:apps/|AppId|/campaigns/|CampaignId|/kpis/daterange/|KpiName|",
  /** ARN of a channel resource: arn:${Partition}:mobiletargeting:${Region}:${Account}:apps/${AppId}/channels/${ChannelType}. */
  channel: "|,channel|arn:|Partition|:mobiletargeting:|Region|:|Account|:apps/|AppId|/channels/|ChannelType|",
  /** ARN of a channels resource: arn:${Partition}:mobiletargeting:${Region}:${Account}:apps/${AppId}/channels. */
  channels: "|,channels|arn:|Partition|:mobiletargeting:|Region|:|Account|:apps/|AppId|/channels",
  /** ARN of a endpoint resource: arn:${Partition}:mobiletargeting:${Region}:${Account}:apps/${AppId}/endpoints/${EndpointId}. */
  endpoint: "|,endpoint|arn:|Partition|:mobiletargeting:|Region|:|Account|:apps/|AppId|/endpoints/|EndpointId|",
  /** ARN of a event-stream resource: arn:${Partition}:mobiletargeting:${Region}:${Account}:apps/${AppId}/eventstream. */
  eventStream: "|,event-stream|arn:|Partition|:mobiletargeting:|Region|:|Account|:apps/|AppId|/eventstream",
  /** ARN of a events resource: arn:${Partition}:mobiletargeting:${Region}:${Account}:apps/${AppId}/events. */
  events: "|,events|arn:|Partition|:mobiletargeting:|Region|:|Account|:apps/|AppId|/events",
  /** ARN of a export-job resource: arn:${Partition}:mobiletargeting:${Region}:${Account}:apps/${AppId}/jobs/export/${JobId}. */
  exportJob: "|,export-job|arn:|Partition|:mobiletargeting:|Region|:|Account|:apps/|AppId|/jobs/export/|JobId|",
  /** ARN of a import-job resource: arn:${Partition}:mobiletargeting:${Region}:${Account}:apps/${AppId}/jobs/import/${JobId}. */
  importJob: "|,import-job|arn:|Partition|:mobiletargeting:|Region|:|Account|:apps/|AppId|/jobs/import/|JobId|",
  /** ARN of a journey resource: arn:${Partition}:mobiletargeting:${Region}:${Account}:apps/${AppId}/journeys/${JourneyId}. */
  journey: "|,journey|arn:|Partition|:mobiletargeting:|Region|:|Account|:apps/|AppId|/journeys/|JourneyId|",
  /** ARN of a journey-execution-activity-metrics resource: arn:${Partition}:mobiletargeting:${Region}:${Account}:apps/${AppId}/journeys/${JourneyId}/activities/${JourneyActivityId}/execution-metrics. */
  journeyExecutionActivityMetrics:
    "|,journey-execution-activity-metrics|arn:|Partition|:mobiletargeting:|Region|:|Account|:apps/|AppId|/journeys/|JourneyId|/activities/|JourneyActivityId|/execution-metrics",
  /** ARN of a journey-execution-metrics resource: arn:${Partition}:mobiletargeting:${Region}:${Account}:apps/${AppId}/journeys/${JourneyId}/execution-metrics. */
  journeyExecutionMetrics:
    "|,journey-execution-metrics|arn:|Partition|:mobiletargeting:|Region|:|Account|:apps/|AppId|/journeys/|JourneyId|/execution-metrics",
  /** ARN of a journey-metrics resource: arn:${Partition}:mobiletargeting:${Region}:${Account}:apps/${AppId}/journeys/${JourneyId}/kpis/daterange/${KpiName}. */
  journeyMetrics:
    "|,journey-metrics|arn:|Partition|:mobiletargeting:|Region|:|Account|:apps/|AppId|/journeys/|JourneyId|/kpis/daterange/|KpiName|",
  /** ARN of a journeys resource: arn:${Partition}:mobiletargeting:${Region}:${Account}:apps/${AppId}/journeys. */
  journeys: "|,journeys|arn:|Partition|:mobiletargeting:|Region|:|Account|:apps/|AppId|/journeys",
  /** ARN of a messages resource: arn:${Partition}:mobiletargeting:${Region}:${Account}:apps/${AppId}/messages. */
  messages: "|,messages|arn:|Partition|:mobiletargeting:|Region|:|Account|:apps/|AppId|/messages",
  /** ARN of a otp resource: arn:${Partition}:mobiletargeting:${Region}:${Account}:apps/${AppId}/otp. */
  otp: "|,otp|arn:|Partition|:mobiletargeting:|Region|:|Account|:apps/|AppId|/otp",
  /** ARN of a phone-number-validate resource: arn:${Partition}:mobiletargeting:${Region}:${Account}:phone/number/validate. */
  phoneNumberValidate:
    "|,phone-number-validate|arn:|Partition|:mobiletargeting:|Region|:|Account|:phone/number/validate",
  /** ARN of a recommender resource: arn:${Partition}:mobiletargeting:${Region}:${Account}:recommenders/${RecommenderId}. */
  recommender: "|,recommender|arn:|Partition|:mobiletargeting:|Region|:|Account|:recommenders/|RecommenderId|",
  /** ARN of a recommenders resource: arn:${Partition}:mobiletargeting:${Region}:${Account}:recommenders/*. */
  recommenders: "|,recommenders|arn:|Partition|:mobiletargeting:|Region|:|Account|:recommenders/*",
  /** ARN of a reports resource: arn:${Partition}:mobiletargeting:${Region}:${Account}:reports. */
  reports: "|,reports|arn:|Partition|:mobiletargeting:|Region|:|Account|:reports",
  /** ARN of a segment resource: arn:${Partition}:mobiletargeting:${Region}:${Account}:apps/${AppId}/segments/${SegmentId}. */
  segment: "|,segment|arn:|Partition|:mobiletargeting:|Region|:|Account|:apps/|AppId|/segments/|SegmentId|",
  /** ARN of a template resource: arn:${Partition}:mobiletargeting:${Region}:${Account}:templates/${TemplateName}/${TemplateType}. */
  template: "|,template|arn:|Partition|:mobiletargeting:|Region|:|Account|:templates/|TemplateName|/|TemplateType|",
  /** ARN of a templates resource: arn:${Partition}:mobiletargeting:${Region}:${Account}:templates. */
  templates: "|,templates|arn:|Partition|:mobiletargeting:|Region|:|Account|:templates",
  /** ARN of a user resource: arn:${Partition}:mobiletargeting:${Region}:${Account}:apps/${AppId}/users/${UserId}. */
  user: "|,user|arn:|Partition|:mobiletargeting:|Region|:|Account|:apps/|AppId|/users/|UserId|",
  /** ARN of a verify-otp resource: arn:${Partition}:mobiletargeting:${Region}:${Account}:apps/${AppId}/verify-otp. */
  verifyOtp: "|,verify-otp|arn:|Partition|:mobiletargeting:|Region|:|Account|:apps/|AppId|/verify-otp",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "app",
  "application-metrics",
  "apps",
  "attribute",
  "campaign",
  "campaign-metrics",
  "channel",
  "channels",
  "endpoint",
  "event-stream",
  "events",
  "export-job",
  "import-job",
  "journey",
  "journey-execution-activity-metrics",
  "journey-execution-metrics",
  "journey-metrics",
  "journeys",
  "messages",
  "otp",
  "phone-number-validate",
  "recommender",
  "recommenders",
  "reports",
  "segment",
  "template",
  "templates",
  "user",
  "verify-otp",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "mobiletargeting">;
/** Any mobiletargeting action. */
export type Action = ActionOf<typeof actionFacts, "mobiletargeting">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "mobiletargeting">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "pinpoint" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every mobiletargeting action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by a key that is present in the request the user makes to the pinpoint service. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by a tag key and value pair. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the list of all the tag key names present in the request the user makes to the pinpoint service. */
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
  "aws:RequestTag/${TagKey}":
    "|,String|0||Filters access by a key that is present in the request the user makes to the pinpoint service",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by a tag key and value pair",
  "aws:TagKeys":
    "|,ArrayOfString|0||Filters access by the list of all the tag key names present in the request the user makes to the pinpoint service",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "mobiletargeting",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
