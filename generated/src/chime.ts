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
export const prefix: "chime" = "chime";
/** The service's name in the reference. */
export const serviceName: "Amazon Chime" = "Amazon Chime";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Chime",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonchime.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [
  "chime:CreateVoiceConnector",
  "chime:ListVoiceConnectors",
  "chime:TagResource",
  "iam:PassRole",
  "kinesis:DescribeStream",
  "kinesisvideo:DescribeStream",
  "kinesisvideo:GetDataEndpoint",
  "logs:CreateLogDelivery",
  "logs:DeleteLogDelivery",
  "logs:GetLogDelivery",
  "logs:ListLogDeliveries",
  "s3:CreateBucket",
  "s3:DeleteBucket",
  "s3:GetBucketPolicy",
  "s3:ListAllMyBuckets",
  "s3:ListBucket",
] as const;
const actionFacts = {
  /** Grants permission to accept the delegate invitation to share management of an Amazon Chime account with another AWS Account. Access level: Write. https://docs.aws.amazon.com/chime/latest/ag/control-access.html */
  AcceptDelegate: "W||||||",
  /** Grants permission to activate users in an Amazon Chime Enterprise account. Access level: Write. https://docs.aws.amazon.com/chime/latest/ag/manage-access.html */
  ActivateUsers: "W||||||",
  /** Grants permission to add a domain to your Amazon Chime account. Access level: Write. https://docs.aws.amazon.com/chime/latest/ag/claim-domain.html */
  AddDomain: "W||||||",
  /** Grants permission to add new or update existing Active Directory or Okta user groups associated with your Amazon Chime Enterprise account. Access level: Write. https://docs.aws.amazon.com/chime/latest/ag/manage-chime-account.html */
  AddOrUpdateGroups: "W||||||",
  /** Grants permission to associate a flow with a channel. Access level: Write. Resources: app-instance-bot*, app-instance-user*, channel*, channel-flow*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_messaging-chime_AssociateChannelFlow.html */
  AssociateChannelFlow: "W|||1;1;,2;1;,3;1;,4;1;|||;",
  /** Grants permission to associate a phone number with an Amazon Chime user. Access level: Write. https://docs.aws.amazon.com/chime/latest/APIReference/API_AssociatePhoneNumberWithUser.html */
  AssociatePhoneNumberWithUser: "W||||||",
  /** Grants permission to associate multiple phone numbers with an Amazon Chime Voice Connector. Access level: Write. Resources: voice-connector*. https://docs.aws.amazon.com/chime/latest/APIReference/API_AssociatePhoneNumbersWithVoiceConnector.html */
  AssociatePhoneNumbersWithVoiceConnector: "W|||10;1;|||;",
  /** Grants permission to associate multiple phone numbers with an Amazon Chime Voice Connector Group. Access level: Write. https://docs.aws.amazon.com/chime/latest/APIReference/API_AssociatePhoneNumbersWithVoiceConnectorGroup.html */
  AssociatePhoneNumbersWithVoiceConnectorGroup: "W||||||;",
  /** Grants permission to associate the specified sign-in delegate groups with the specified Amazon Chime account. Access level: Write. https://docs.aws.amazon.com/chime/latest/APIReference/API_AssociateSigninDelegateGroupsWithAccount.html */
  AssociateSigninDelegateGroupsWithAccount: "W||||||",
  /** Grants permission to associate the specified Amazon Connect instance with an Amazon Chime Voice Connector. Access level: Write. Permission only. https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonconnect.html#amazonconnect-actions-as-permissions */
  AssociateVoiceConnectorConnect: "W||1||||",
  /** Grants permission to authorize an Active Directory for your Amazon Chime Enterprise account. Access level: Write. https://docs.aws.amazon.com/chime/latest/ag/control-access.html */
  AuthorizeDirectory: "W||||||",
  /** Grants permission to create new attendees for an active Amazon Chime SDK meeting. Access level: Write. Resources: meeting*. https://docs.aws.amazon.com/chime/latest/APIReference/API_BatchCreateAttendee.html */
  BatchCreateAttendee: "W|||8;1;|||;",
  /** Grants permission to add multiple users and bots to a channel. Access level: Write. Resources: app-instance-bot*, app-instance-user*, channel*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_messaging-chime_BatchCreateChannelMembership.html */
  BatchCreateChannelMembership: "W|||1;1;,2;1;,3;1;|||;",
  /** Grants permission to batch add room members. Access level: Write. https://docs.aws.amazon.com/chime/latest/APIReference/API_BatchCreateRoomMembership.html */
  BatchCreateRoomMembership: "W||||||;",
  /** Grants permission to move up to 50 phone numbers to the deletion queue. Access level: Write. https://docs.aws.amazon.com/chime/latest/APIReference/API_BatchDeletePhoneNumber.html */
  BatchDeletePhoneNumber: "W||||||;",
  /** Grants permission to suspend up to 50 users from a Team or EnterpriseLWA Amazon Chime account. Access level: Write. https://docs.aws.amazon.com/chime/latest/APIReference/API_BatchSuspendUser.html */
  BatchSuspendUser: "W||||||",
  /** Grants permission to remove the suspension from up to 50 previously suspended users for the specified Amazon Chime EnterpriseLWA account. Access level: Write. https://docs.aws.amazon.com/chime/latest/APIReference/API_BatchUnsuspendUser.html */
  BatchUnsuspendUser: "W||||||",
  /** Grants permission to update AttendeeCapabilities except the capabilities listed in an ExcludedAttendeeIds table. Access level: Write. Resources: meeting*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_meeting-chime_BatchUpdateAttendeeCapabilitiesExcept.html */
  BatchUpdateAttendeeCapabilitiesExcept: "W|||8;1;|||;",
  /** Grants permission to update phone number details within the UpdatePhoneNumberRequestItem object for up to 50 phone numbers. Access level: Write. https://docs.aws.amazon.com/chime/latest/APIReference/API_BatchUpdatePhoneNumber.html */
  BatchUpdatePhoneNumber: "W||||||;",
  /** Grants permission to update user details within the UpdateUserRequestItem object for up to 20 users for the specified Amazon Chime account. Access level: Write. https://docs.aws.amazon.com/chime/latest/APIReference/API_BatchUpdateUser.html */
  BatchUpdateUser: "W||||||",
  /** Grants permission to callback for a message on a channel. Access level: Write. Resources: channel*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_messaging-chime_ChannelFlowCallback.html */
  ChannelFlowCallback: "W|||3;1;|||;",
  /** Grants permission to establish a web socket connection for app instance user to the messaging session endpoint. Access level: Write. Resources: app-instance-user*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_messaging-chime_Connect.html */
  Connect: "W|||2;1;|||",
  /** Grants permission to connect an Active Directory to your Amazon Chime Enterprise account. Access level: Write. https://docs.aws.amazon.com/chime/latest/ag/active_directory.html */
  ConnectDirectory: "W|||||ds:ConnectDirectory|",
  /** Grants permission to create an Amazon Chime account under the administrator's AWS account. Access level: Write. https://docs.aws.amazon.com/chime/latest/APIReference/API_CreateAccount.html */
  CreateAccount: "W||||||;",
  /** Grants permission to create a new SCIM access key for your Amazon Chime account and Okta configuration. Access level: Write. https://docs.aws.amazon.com/chime/latest/ag/okta_sso.html */
  CreateApiKey: "W||||||",
  /** Grants permission to create an app instance in the AWS account (tag-based access controls are only supported on identity-chime.<region>.amazonaws.com endpoints). Access level: Write. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_identity-chime_CreateAppInstance.html */
  CreateAppInstance: "W||||0,2|2|;",
  /** Grants permission to promote a user or bot to an AppInstanceAdmin. Access level: Write. Resources: app-instance*, app-instance-bot*, app-instance-user*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_identity-chime_CreateAppInstanceAdmin.html */
  CreateAppInstanceAdmin: "W|||0;1;,1;1;,2;1;|||;",
  /** Grants permission to create a bot within an AppInstance (tag-based access controls are only supported on identity-chime.<region>.amazonaws.com endpoints). Access level: Write. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_identity-chime_CreateAppInstanceBot.html */
  CreateAppInstanceBot: "W||||0,2|2|;",
  /** Grants permission to create a user within an AppInstance (tag-based access controls are only supported on identity-chime.<region>.amazonaws.com endpoints). Access level: Write. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_identity-chime_CreateAppInstanceUser.html */
  CreateAppInstanceUser: "W||||0,2|chime:PutAppInstanceUserExpirationSettings,2|;",
  /** Grants permission to create a new attendee for an active Amazon Chime SDK meeting. Access level: Write. Resources: meeting*. https://docs.aws.amazon.com/chime/latest/APIReference/API_CreateAttendee.html */
  CreateAttendee: "W|||8;1;||chime:TagAttendee|;",
  /** Grants permission to create a bot for an Amazon Chime Enterprise account. Access level: Write. https://docs.aws.amazon.com/chime/latest/APIReference/API_CreateBot.html */
  CreateBot: "W||||||;",
  /** Grants permission to create a new Call Detail Record S3 bucket. Access level: Write. https://docs.aws.amazon.com/chime/latest/ag/manage-access.html */
  CreateCDRBucket: "W|||||11,14|",
  /** Grants permission to create a channel for an app instance in the AWS account (tag-based access controls are only supported on messaging-chime.<region>.amazonaws.com endpoints). Access level: Write. Resources: app-instance-bot*, app-instance-user*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_messaging-chime_CreateChannel.html */
  CreateChannel:
    "W|||1;1;,2;1;|0,2|chime:CreateChannelMembership,chime:CreateChannelModerator,chime:PutChannelExpirationSettings,2|;",
  /** Grants permission to ban a user or bot from a channel. Access level: Write. Resources: app-instance-bot*, app-instance-user*, channel*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_messaging-chime_CreateChannelBan.html */
  CreateChannelBan: "W|||1;1;,2;1;,3;1;|||;",
  /** Grants permission to create a channel flow for an app instance in the AWS account (tag-based access controls are only supported on messaging-chime.<region>.amazonaws.com endpoints). Access level: Write. Resources: app-instance*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_messaging-chime_CreateChannelFlow.html */
  CreateChannelFlow: "W|||0;1;|0,2|2|;",
  /** Grants permission to add a user or bot to a channel. Access level: Write. Resources: app-instance-bot*, app-instance-user*, channel*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_messaging-chime_CreateChannelMembership.html */
  CreateChannelMembership: "W|||1;1;,2;1;,3;1;|||CreateChannel,;",
  /** Grants permission to create a channel moderator. Access level: Write. Resources: app-instance-bot*, app-instance-user*, channel*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_messaging-chime_CreateChannelModerator.html */
  CreateChannelModerator: "W|||1;1;,2;1;,3;1;|||CreateChannel,;",
  /** Grants permission to create an Amazon Connect Analytics Connector in the AWS account (tag-based access controls are only supported on voice-chime.<region>.amazonaws.com endpoints). Access level: Write. Permission only. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_voice-chime_CreateVoiceConnector.html */
  CreateConnectAnalyticsConnector: "W||1||0,2|0|CreateVoiceConnector",
  /** Grants permission to create an Amazon Connect Call Transfer Connector in the AWS account (tag-based access controls are only supported on voice-chime.<region>.amazonaws.com endpoints). Access level: Write. Permission only. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_voice-chime_CreateVoiceConnector.html */
  CreateConnectCallTransferConnector: "W||1||0,2|0|CreateVoiceConnector",
  /** Grants permission to create a media capture pipeline (tag-based access controls are only supported on media-pipelines-chime.<region>.amazonaws.com endpoints). Access level: Write. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_media-pipelines-chime_CreateMediaCapturePipeline.html */
  CreateMediaCapturePipeline: "W||||0,2|2,3,13|;",
  /** Grants permission to create a media concatenation pipeline (tag-based access controls are only supported on media-pipelines-chime.<region>.amazonaws.com endpoints). Access level: Write. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_media-pipelines-chime_CreateMediaConcatenationPipeline.html */
  CreateMediaConcatenationPipeline: "W||||0,2|2,13|;",
  /** Grants permission to create a media insights pipeline (tag-based access controls are only supported on media-pipelines-chime.<region>.amazonaws.com endpoints). Access level: Write. Resources: media-insights-pipeline-configuration*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_media-pipelines-chime_CreateMediaInsightsPipeline.html */
  CreateMediaInsightsPipeline: "W|||5;1;|0,2|2,5|;",
  /** Grants permission to create a media insights pipeline configuration (tag-based access controls are only supported on media-pipelines-chime.<region>.amazonaws.com endpoints). Access level: Write. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_media-pipelines-chime_CreateMediaInsightsPipelineConfiguration.html */
  CreateMediaInsightsPipelineConfiguration: "W||||0,2|2,3,4,15|;",
  /** Grants permission to create a media live connector pipeline (tag-based access controls are only supported on media-pipelines-chime.<region>.amazonaws.com endpoints). Access level: Write. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_media-pipelines-chime_CreateMediaLiveConnectorPipeline.html */
  CreateMediaLiveConnectorPipeline: "W||||0,2|2|;",
  /** Grants permission to create kinesis video stream pool (tag-based access controls are only supported on media-pipelines-chime.<region>.amazonaws.com endpoints). Access level: Write. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_media-pipelines-chime_CreateMediaPipelineKinesisVideoStreamPool.html */
  CreateMediaPipelineKinesisVideoStreamPool: "W||||0,2|2,4,kinesisvideo:CreateStream,6,kinesisvideo:ListStreams|;",
  /** Grants permission to create a media stream pipeline (tag-based access controls are only supported on media-pipelines-chime.<region>.amazonaws.com endpoints). Access level: Write. Resources: media-pipeline-kinesis-video-stream-pool*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_media-pipelines-chime_CreateMediaStreamPipeline.html */
  CreateMediaStreamPipeline: "W|||7;1;|0,2|2,5,6,kinesisvideo:PutMedia|;",
  /** Grants permission to create a new meeting in the specified media Region, with no initial attendees (tag-based access controls are only supported on meetings-chime.<region>.amazonaws.com endpoints). Access level: Write. https://docs.aws.amazon.com/chime/latest/APIReference/API_CreateMeeting.html */
  CreateMeeting: "W||||0,2|chime:TagMeeting,2|;",
  /** Grants permission to call a phone number to join the specified Amazon Chime SDK meeting. Access level: Write. Resources: meeting*. https://docs.aws.amazon.com/chime/latest/APIReference/API_CreateMeetingDialOut.html */
  CreateMeetingDialOut: "W|||8;1;|||;",
  /** Grants permission to create a new meeting in the specified media Region, with a set of attendees (tag-based access controls are only supported on meetings-chime.<region>.amazonaws.com endpoints). Access level: Write. https://docs.aws.amazon.com/chime/latest/APIReference/API_CreateMeetingWithAttendees.html */
  CreateMeetingWithAttendees: "W||||0,2|2|;",
  /** Grants permission to create a phone number order with the Carriers. Access level: Write. https://docs.aws.amazon.com/chime/latest/APIReference/API_CreatePhoneNumberOrder.html */
  CreatePhoneNumberOrder: "W||||||;",
  /** Grants permission to create a proxy session for the specified Amazon Chime Voice Connector. Access level: Write. Resources: voice-connector*. https://docs.aws.amazon.com/chime/latest/APIReference/API_CreateProxySession.html */
  CreateProxySession: "W|||10;1;|||;",
  /** Grants permission to create a room. Access level: Write. https://docs.aws.amazon.com/chime/latest/APIReference/API_CreateRoom.html */
  CreateRoom: "W||||||;",
  /** Grants permission to add a room member. Access level: Write. https://docs.aws.amazon.com/chime/latest/APIReference/API_CreateRoomMembership.html */
  CreateRoomMembership: "W||||||;",
  /** Grants permission to create an Amazon Chime SIP media application in the AWS account (tag-based access controls are only supported on voice-chime.<region>.amazonaws.com endpoints). Access level: Write. https://docs.aws.amazon.com/chime/latest/APIReference/API_CreateSipMediaApplication.html */
  CreateSipMediaApplication: "W||||0,2|2|;",
  /** Grants permission to create outbound call for Amazon Chime SIP media application under the administrator's AWS account. Access level: Write. Resources: sip-media-application*. https://docs.aws.amazon.com/chime/latest/APIReference/API_CreateSipMediaApplicationCall.html */
  CreateSipMediaApplicationCall: "W|||9;1;|||;",
  /** Grants permission to create an Amazon Chime SIP rule under the administrator's AWS account. Access level: Write. Resources: sip-media-application. https://docs.aws.amazon.com/chime/latest/APIReference/API_CreateSipRule.html */
  CreateSipRule: "W|||9;0;|||;",
  /** Grants permission to create a user under the specified Amazon Chime account. Access level: Write. https://docs.aws.amazon.com/chime/latest/APIReference/API_CreateUser.html */
  CreateUser: "W||||||",
  /** Grants permission to create a Voice Connector in the AWS account (tag-based access controls are only supported on voice-chime.<region>.amazonaws.com endpoints). Access level: Write. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_voice-chime_CreateVoiceConnector.html */
  CreateVoiceConnector: "W||||0,2|chime:CreateConnectAnalyticsConnector,chime:CreateConnectCallTransferConnector,2|;",
  /** Grants permission to create a Amazon Chime Voice Connector Group under the administrator's AWS account. Access level: Write. Resources: voice-connector. https://docs.aws.amazon.com/chime/latest/APIReference/API_CreateVoiceConnectorGroup.html */
  CreateVoiceConnectorGroup: "W|||10;0;|||;",
  /** Grants permission to create a voice profile. Access level: Write. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_voice-chime_CreateVoiceProfile.html */
  CreateVoiceProfile: "W||||||;",
  /** Grants permission to create a voice profile domain (tag-based access controls are only supported on voice-chime.<region>.amazonaws.com endpoints). Access level: Write. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_voice-chime_CreateVoiceProfileDomain.html */
  CreateVoiceProfileDomain: "W||||0,2|2,kms:CreateGrant,kms:DescribeKey|;",
  /** Grants permission to delete the specified Amazon Chime account. Access level: Write. https://docs.aws.amazon.com/chime/latest/APIReference/API_DeleteAccount.html */
  DeleteAccount: "W||||||;",
  /** Grants permission to delete the OpenIdConfig attributes from your Amazon Chime account. Access level: Write. https://docs.aws.amazon.com/chime/latest/ag/okta_sso.html */
  DeleteAccountOpenIdConfig: "W||||||",
  /** Grants permission to delete the specified SCIM access key associated with your Amazon Chime account and Okta configuration. Access level: Write. https://docs.aws.amazon.com/chime/latest/ag/okta_sso.html */
  DeleteApiKey: "W||||||",
  /** Grants permission to delete an AppInstance. Access level: Write. Resources: app-instance*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_identity-chime_DeleteAppInstance.html */
  DeleteAppInstance: "W|||0;1;|||;",
  /** Grants permission to demote an AppInstanceAdmin to a user or bot. Access level: Write. Resources: app-instance*, app-instance-bot*, app-instance-user*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_identity-chime_DeleteAppInstanceAdmin.html */
  DeleteAppInstanceAdmin: "W|||0;1;,1;1;,2;1;|||;",
  /** Grants permission to delete an AppInstanceBot. Access level: Write. Resources: app-instance-bot*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_identity-chime_DeleteAppInstanceBot.html */
  DeleteAppInstanceBot: "W|||1;1;|||;",
  /** Grants permission to disable data streaming for the app instance. Access level: Write. Resources: app-instance*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_DeleteAppInstanceStreamingConfigurations.html */
  DeleteAppInstanceStreamingConfigurations: "W|||0;1;|||",
  /** Grants permission to delete an AppInstanceUser. Access level: Write. Resources: app-instance-user*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_identity-chime_DeleteAppInstanceUser.html */
  DeleteAppInstanceUser: "W|||2;1;|||;",
  /** Grants permission to delete the specified attendee from an Amazon Chime SDK meeting. Access level: Write. Resources: meeting*. https://docs.aws.amazon.com/chime/latest/APIReference/API_DeleteAttendee.html */
  DeleteAttendee: "W|||8;1;|||;",
  /** Grants permission to delete a Call Detail Record S3 bucket from your Amazon Chime account. Access level: Write. https://docs.aws.amazon.com/chime/latest/ag/control-access.html */
  DeleteCDRBucket: "W|||||12|",
  /** Grants permission to delete a channel. Access level: Write. Resources: app-instance-bot*, app-instance-user*, channel*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_messaging-chime_DeleteChannel.html */
  DeleteChannel: "W|||1;1;,2;1;,3;1;|||;",
  /** Grants permission to remove a user or bot from a channel's ban list. Access level: Write. Resources: app-instance-bot*, app-instance-user*, channel*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_messaging-chime_DeleteChannelBan.html */
  DeleteChannelBan: "W|||1;1;,2;1;,3;1;|||;",
  /** Grants permission to delete a channel flow. Access level: Write. Resources: channel*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_messaging-chime_DeleteChannelFlow.html */
  DeleteChannelFlow: "W|||3;1;|||;",
  /** Grants permission to remove a member from a channel. Access level: Write. Resources: app-instance-bot*, app-instance-user*, channel*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_messaging-chime_DeleteChannelMembership.html */
  DeleteChannelMembership: "W|||1;1;,2;1;,3;1;|||;",
  /** Grants permission to delete a channel message. Access level: Write. Resources: app-instance-bot*, app-instance-user*, channel*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_messaging-chime_DeleteChannelMessage.html */
  DeleteChannelMessage: "W|||1;1;,2;1;,3;1;|||;",
  /** Grants permission to delete a channel moderator. Access level: Write. Resources: app-instance-bot*, app-instance-user*, channel*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_messaging-chime_DeleteChannelModerator.html */
  DeleteChannelModerator: "W|||1;1;,2;1;,3;1;|||;",
  /** Grants permission to delete delegated AWS account management from your Amazon Chime account. Access level: Write. https://docs.aws.amazon.com/chime/latest/ag/control-access.html */
  DeleteDelegate: "W||||||",
  /** Grants permission to delete a domain from your Amazon Chime account. Access level: Write. https://docs.aws.amazon.com/chime/latest/ag/claim-domain.html */
  DeleteDomain: "W||||||",
  /** Grants permission to delete an events configuration for a bot to receive outgoing events. Access level: Write. https://docs.aws.amazon.com/chime/latest/APIReference/API_DeleteEventsConfiguration.html */
  DeleteEventsConfiguration: "W||||||;",
  /** Grants permission to delete Active Directory or Okta user groups from your Amazon Chime Enterprise account. Access level: Write. https://docs.aws.amazon.com/chime/latest/ag/control-access.html */
  DeleteGroups: "W||||||",
  /** Grants permission to delete a media capture pipeline. Access level: Write. Resources: media-pipeline*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_media-pipelines-chime_DeleteMediaCapturePipeline.html */
  DeleteMediaCapturePipeline: "W|||6;1;|||;",
  /** Grants permission to delete a media insights pipeline configuration. Access level: Write. Resources: media-insights-pipeline-configuration*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_media-pipelines-chime_DeleteMediaInsightsPipelineConfiguration.html */
  DeleteMediaInsightsPipelineConfiguration: "W|||5;1;||1|;",
  /** Grants permission to delete a media pipeline. Access level: Write. Resources: media-pipeline*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_media-pipelines-chime_DeleteMediaPipeline.html */
  DeleteMediaPipeline: "W|||6;1;|||;",
  /** Grants permission to delete kinesis video stream pool. Access level: Write. Resources: media-pipeline-kinesis-video-stream-pool*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_media-pipelines-chime_DeleteMediaPipelineKinesisVideoStreamPool.html */
  DeleteMediaPipelineKinesisVideoStreamPool: "W|||7;1;|||;",
  /** Grants permission to delete the specified Amazon Chime SDK meeting. Access level: Write. Resources: meeting*. https://docs.aws.amazon.com/chime/latest/APIReference/API_DeleteMeeting.html */
  DeleteMeeting: "W|||8;1;|||;",
  /** Grants permission to delete the data streaming configurations of an AppInstance. Access level: Write. Resources: app-instance*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_messaging-chime_DeleteMessagingStreamingConfigurations.html */
  DeleteMessagingStreamingConfigurations: "W|||0;1;|||;",
  /** Grants permission to move a phone number to the deletion queue. Access level: Write. https://docs.aws.amazon.com/chime/latest/APIReference/API_DeletePhoneNumber.html */
  DeletePhoneNumber: "W||||||;",
  /** Grants permission to delete a proxy session for the specified Amazon Chime Voice Connector. Access level: Write. Resources: voice-connector*. https://docs.aws.amazon.com/chime/latest/APIReference/API_DeleteProxySession.html */
  DeleteProxySession: "W|||10;1;|||;",
  /** Grants permission to delete a room. Access level: Write. https://docs.aws.amazon.com/chime/latest/APIReference/API_DeleteRoom.html */
  DeleteRoom: "W||||||;",
  /** Grants permission to remove a room member. Access level: Write. https://docs.aws.amazon.com/chime/latest/APIReference/API_DeleteRoomMembership.html */
  DeleteRoomMembership: "W||||||;",
  /** Grants permission to delete Amazon Chime SIP media application under the administrator's AWS account. Access level: Write. Resources: sip-media-application*. https://docs.aws.amazon.com/chime/latest/APIReference/API_DeleteSipMediaApplication.html */
  DeleteSipMediaApplication: "W|||9;1;|||;",
  /** Grants permission to delete Amazon Chime SIP rule under the administrator's AWS account. Access level: Write. https://docs.aws.amazon.com/chime/latest/APIReference/API_DeleteSipRule.html */
  DeleteSipRule: "W||||||;",
  /** Grants permission to delete the specified Amazon Chime Voice Connector. Access level: Write. Resources: voice-connector*. https://docs.aws.amazon.com/chime/latest/APIReference/API_DeleteVoiceConnector.html */
  DeleteVoiceConnector: "W|||10;1;||7,8,9,10|;",
  /** Grants permission to delete emergency calling configuration for the specified Amazon Chime Voice Connector. Access level: Write. Resources: voice-connector*. https://docs.aws.amazon.com/chime/latest/APIReference/API_DeleteVoiceConnectorEmergencyCallingConfiguration.html */
  DeleteVoiceConnectorEmergencyCallingConfiguration: "W|||10;1;|||;",
  /** Grants permission to delete the configuration of the external system that is connected with the specified Amazon Chime Voice Connector. Access level: Write. Resources: voice-connector*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_voice-chime_DeleteVoiceConnectorExternalSystemsConfiguration.html */
  DeleteVoiceConnectorExternalSystemsConfiguration: "W|||10;1;|||;",
  /** Grants permission to delete the specified Amazon Chime Voice Connector Group. Access level: Write. https://docs.aws.amazon.com/chime/latest/APIReference/API_DeleteVoiceConnectorGroup.html */
  DeleteVoiceConnectorGroup: "W||||||;",
  /** Grants permission to delete the origination settings for the specified Amazon Chime Voice Connector. Access level: Write. Resources: voice-connector*. https://docs.aws.amazon.com/chime/latest/APIReference/API_DeleteVoiceConnectorOrigination.html */
  DeleteVoiceConnectorOrigination: "W|||10;1;|||;",
  /** Grants permission to delete proxy configuration for the specified Amazon Chime Voice Connector. Access level: Write. Resources: voice-connector*. https://docs.aws.amazon.com/chime/latest/APIReference/API_DeleteVoiceConnectorProxy.html */
  DeleteVoiceConnectorProxy: "W|||10;1;|||;",
  /** Grants permission to delete streaming configuration for the specified Amazon Chime Voice Connector. Access level: Write. Resources: voice-connector*. https://docs.aws.amazon.com/chime/latest/APIReference/API_DeleteVoiceConnectorStreamingConfiguration.html */
  DeleteVoiceConnectorStreamingConfiguration: "W|||10;1;|||;",
  /** Grants permission to delete the termination settings for the specified Amazon Chime Voice Connector. Access level: Write. Resources: voice-connector*. https://docs.aws.amazon.com/chime/latest/APIReference/API_DeleteVoiceConnectorTermination.html */
  DeleteVoiceConnectorTermination: "W|||10;1;|||;",
  /** Grants permission to delete SIP termination credentials for the specified Amazon Chime Voice Connector. Access level: Write. Resources: voice-connector*. https://docs.aws.amazon.com/chime/latest/APIReference/API_DeleteVoiceConnectorTerminationCredentials.html */
  DeleteVoiceConnectorTerminationCredentials: "W|||10;1;|||;",
  /** Grants permission to delete a voice profile. Access level: Write. Resources: voice-profile*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_voice-chime_DeleteVoiceProfile.html */
  DeleteVoiceProfile: "W|||11;1;|||;",
  /** Grants permission to delete a voice profile domain. Access level: Write. Resources: voice-profile-domain*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_voice-chime_DeleteVoiceProfileDomain.html */
  DeleteVoiceProfileDomain: "W|||12;1;|||;",
  /** Grants permission to deregister an endpoint for an app instance user. Access level: Write. Resources: app-instance-user*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_identity-chime_DeregisterAppInstanceUserEndpoint.html */
  DeregisterAppInstanceUserEndpoint: "W|||2;1;|||;",
  /** Grants permission to get the full details of an AppInstance. Access level: Read. Resources: app-instance*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_identity-chime_DescribeAppInstance.html */
  DescribeAppInstance: "R|||0;1;|||;",
  /** Grants permission to get the full details of an AppInstanceAdmin. Access level: Read. Resources: app-instance*, app-instance-bot*, app-instance-user*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_identity-chime_DescribeAppInstanceAdmin.html */
  DescribeAppInstanceAdmin: "R|||0;1;,1;1;,2;1;|||;",
  /** Grants permission to get the full details of an AppInstanceBot. Access level: Read. Resources: app-instance-bot*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_identity-chime_DescribeAppInstanceBot.html */
  DescribeAppInstanceBot: "R|||1;1;|||;",
  /** Grants permission to get the full details of an AppInstanceUser. Access level: Read. Resources: app-instance-user*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_identity-chime_DescribeAppInstanceUser.html */
  DescribeAppInstanceUser: "R|||2;1;|||;",
  /** Grants permission to describe an endpoint registered for an app instance user. Access level: Read. Resources: app-instance-user*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_identity-chime_DescribeAppInstanceUserEndpoint.html */
  DescribeAppInstanceUserEndpoint: "R|||2;1;|||;",
  /** Grants permission to get the full details of a channel. Access level: Read. Resources: app-instance-bot*, app-instance-user*, channel*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_messaging-chime_DescribeChannel.html */
  DescribeChannel: "R|||1;1;,2;1;,3;1;|||;",
  /** Grants permission to get the full details of a channel ban. Access level: Read. Resources: app-instance-bot*, app-instance-user*, channel*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_messaging-chime_DescribeChannelBan.html */
  DescribeChannelBan: "R|||1;1;,2;1;,3;1;|||;",
  /** Grants permission to get the full details of a channel flow. Access level: Read. Resources: channel-flow*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_messaging-chime_DescribeChannelFlow.html */
  DescribeChannelFlow: "R|||4;1;|||;",
  /** Grants permission to get the full details of a channel membership. Access level: Read. Resources: app-instance-bot*, app-instance-user*, channel*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_messaging-chime_DescribeChannelMembership.html */
  DescribeChannelMembership: "R|||1;1;,2;1;,3;1;|||;",
  /** Grants permission to get the details of a channel based on the membership of the specified user or bot. Access level: Read. Resources: app-instance-bot*, app-instance-user*, channel*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_messaging-chime_DescribeChannelMembershipForAppInstanceUser.html */
  DescribeChannelMembershipForAppInstanceUser: "R|||1;1;,2;1;,3;1;|||;",
  /** Grants permission to get the full details of a channel moderated by the specified user or bot. Access level: Read. Resources: app-instance-bot*, app-instance-user*, channel*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_messaging-chime_DescribeChannelModeratedByAppInstanceUser.html */
  DescribeChannelModeratedByAppInstanceUser: "R|||1;1;,2;1;,3;1;|||;",
  /** Grants permission to get the full details of a single ChannelModerator. Access level: Read. Resources: app-instance-bot*, app-instance-user*, channel*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_messaging-chime_DescribeChannelModerator.html */
  DescribeChannelModerator: "R|||1;1;,2;1;,3;1;|||;",
  /** Grants permission to disassociate a flow from a channel. Access level: Write. Resources: app-instance-bot*, app-instance-user*, channel*, channel-flow*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_messaging-chime_DisassociateChannelFlow.html */
  DisassociateChannelFlow: "W|||1;1;,2;1;,3;1;,4;1;|||;",
  /** Grants permission to disassociate the primary provisioned number from the specified Amazon Chime user. Access level: Write. https://docs.aws.amazon.com/chime/latest/APIReference/API_DisassociatePhoneNumberFromUser.html */
  DisassociatePhoneNumberFromUser: "W||||||",
  /** Grants permission to disassociate multiple phone numbers from the specified Amazon Chime Voice Connector. Access level: Write. Resources: voice-connector*. https://docs.aws.amazon.com/chime/latest/APIReference/API_DisassociatePhoneNumbersFromVoiceConnector.html */
  DisassociatePhoneNumbersFromVoiceConnector: "W|||10;1;|||;",
  /** Grants permission to disassociate multiple phone numbers from the specified Amazon Chime Voice Connector Group. Access level: Write. https://docs.aws.amazon.com/chime/latest/APIReference/API_DisassociatePhoneNumbersFromVoiceConnectorGroup.html */
  DisassociatePhoneNumbersFromVoiceConnectorGroup: "W||||||;",
  /** Grants permission to disassociate the specified sign-in delegate groups from the specified Amazon Chime account. Access level: Write. https://docs.aws.amazon.com/chime/latest/APIReference/API_DisassociateSigninDelegateGroupsFromAccount.html */
  DisassociateSigninDelegateGroupsFromAccount: "W||||||",
  /** Grants permission to disassociate the Amazon Connect instance from the specified Amazon Chime Voice Connector. Access level: Write. Permission only. https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonconnect.html#amazonconnect-actions-as-permissions */
  DisassociateVoiceConnectorConnect: "W||1||||",
  /** Grants permission to disconnect the Active Directory from your Amazon Chime Enterprise account. Access level: Write. https://docs.aws.amazon.com/chime/latest/ag/control-access.html */
  DisconnectDirectory: "W||||||",
  /** Grants permission to get details for the specified Amazon Chime account. Access level: Read. https://docs.aws.amazon.com/chime/latest/APIReference/API_GetAccount.html */
  GetAccount: "R||||||;",
  /** Grants permission to get details for the account resource associated with your Amazon Chime account. Access level: Read. https://docs.aws.amazon.com/chime/latest/ag/control-access.html */
  GetAccountResource: "R||||||",
  /** Grants permission to get account settings for the specified Amazon Chime account ID. Access level: Read. https://docs.aws.amazon.com/chime/latest/APIReference/API_GetAccountSettings.html */
  GetAccountSettings: "R||||||;",
  /** Grants permission to get the account details and OpenIdConfig attributes for your Amazon Chime account. Access level: Read. https://docs.aws.amazon.com/chime/latest/ag/okta_sso.html */
  GetAccountWithOpenIdConfig: "R||||||",
  /** Grants permission to get retention settings for an app instance. Access level: Read. Resources: app-instance*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_identity-chime_GetAppInstanceRetentionSettings.html */
  GetAppInstanceRetentionSettings: "R|||0;1;|||;",
  /** Grants permission to get the streaming configurations for an app instance. Access level: Read. Resources: app-instance*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_GetAppInstanceStreamingConfigurations.html */
  GetAppInstanceStreamingConfigurations: "R|||0;1;|||",
  /** Grants permission to get attendee details for a specified meeting ID and attendee ID. Access level: Read. Resources: meeting*. https://docs.aws.amazon.com/chime/latest/APIReference/API_GetAttendee.html */
  GetAttendee: "R|||8;1;|||;",
  /** Grants permission to retrieve details for the specified bot. Access level: Read. https://docs.aws.amazon.com/chime/latest/APIReference/API_GetBot.html */
  GetBot: "R||||||;",
  /** Grants permission to get details of a Call Detail Record S3 bucket associated with your Amazon Chime account. Access level: Read. https://docs.aws.amazon.com/chime/latest/ag/control-access.html */
  GetCDRBucket:
    "R|||||s3:GetBucketAcl,s3:GetBucketLocation,s3:GetBucketLogging,s3:GetBucketVersioning,s3:GetBucketWebsite|",
  /** Grants permission to get the preferences for a channel membership. Access level: Read. Resources: app-instance-bot*, app-instance-user*, channel*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_messaging-chime_GetChannelMembershipPreferences.html */
  GetChannelMembershipPreferences: "R|||1;1;,2;1;,3;1;|||;",
  /** Grants permission to get the full details of a channel message. Access level: Read. Resources: app-instance-bot*, app-instance-user*, channel*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_messaging-chime_GetChannelMessage.html */
  GetChannelMessage: "R|||1;1;,2;1;,3;1;|||;",
  /** Grants permission to get the status of a channel message. Access level: Read. Resources: app-instance-bot*, app-instance-user*, channel*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_messaging-chime_GetChannelMessageStatus.html */
  GetChannelMessageStatus: "R|||1;1;,2;1;,3;1;|||;",
  /** Grants permission to get domain details for a domain associated with your Amazon Chime account. Access level: Read. https://docs.aws.amazon.com/chime/latest/ag/claim-domain.html */
  GetDomain: "R||||||",
  /** Grants permission to retrieve details for an events configuration for a bot to receive outgoing events. Access level: Read. https://docs.aws.amazon.com/chime/latest/APIReference/API_GetEventsConfiguration.html */
  GetEventsConfiguration: "R||||||;",
  /** Grants permission to get global settings related to Amazon Chime for the AWS account. Access level: Read. https://docs.aws.amazon.com/chime/latest/APIReference/API_GetGlobalSettings.html */
  GetGlobalSettings: "R||||||;",
  /** Grants permission to get an existing media capture pipeline. Access level: Read. Resources: media-pipeline*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_media-pipelines-chime_GetMediaCapturePipeline.html */
  GetMediaCapturePipeline: "R|||6;1;|||;",
  /** Grants permission to get a media insights pipeline configuration. Access level: Read. Resources: media-insights-pipeline-configuration*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_media-pipelines-chime_GetMediaInsightsPipelineConfiguration.html */
  GetMediaInsightsPipelineConfiguration: "R|||5;1;|||;",
  /** Grants permission to get an existing media pipeline. Access level: Read. Resources: media-pipeline*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_media-pipelines-chime_GetMediaPipeline.html */
  GetMediaPipeline: "R|||6;1;|||;",
  /** Grants permission to get an existing media pipeline. Access level: Read. Resources: media-pipeline-kinesis-video-stream-pool*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_media-pipelines-chime_GetMediaPipelineKinesisVideoStreamPool.html */
  GetMediaPipelineKinesisVideoStreamPool: "R|||7;1;|||;",
  /** Grants permission to get the meeting record for a specified meeting ID. Access level: Read. Resources: meeting*. https://docs.aws.amazon.com/chime/latest/APIReference/API_GetMeeting.html */
  GetMeeting: "R|||8;1;|||;",
  /** Grants permission to get attendee, connection, and other details for a meeting. Access level: Read. https://docs.aws.amazon.com/chime/latest/ag/control-access.html */
  GetMeetingDetail: "R||||||",
  /** Grants permission to get the endpoint for the messaging session. Access level: Read. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_messaging-chime_GetMessagingSessionEndpoint.html */
  GetMessagingSessionEndpoint: "R||||||;",
  /** Grants permission to get the data streaming configurations of an AppInstance. Access level: Read. Resources: app-instance*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_messaging-chime_GetMessagingStreamingConfigurations.html */
  GetMessagingStreamingConfigurations: "R|||0;1;|||;",
  /** Grants permission to get details for the specified phone number. Access level: Read. https://docs.aws.amazon.com/chime/latest/APIReference/API_GetPhoneNumber.html */
  GetPhoneNumber: "R||||||;",
  /** Grants permission to get details for the specified phone number order. Access level: Read. https://docs.aws.amazon.com/chime/latest/APIReference/API_GetPhoneNumberOrder.html */
  GetPhoneNumberOrder: "R||||||;",
  /** Grants permission to get phone number settings related to Amazon Chime for the AWS account. Access level: Read. https://docs.aws.amazon.com/chime/latest/APIReference/API_GetPhoneNumberSettings.html */
  GetPhoneNumberSettings: "R||||||;",
  /** Grants permission to get details of the specified proxy session for the specified Amazon Chime Voice Connector. Access level: Read. Resources: voice-connector*. https://docs.aws.amazon.com/chime/latest/APIReference/API_GetProxySession.html */
  GetProxySession: "R|||10;1;|||;",
  /** Grants permission to retrieve the retention settings for the specified Amazon Chime account. Access level: Read. https://docs.aws.amazon.com/chime/latest/APIReference/API_GetRetentionSettings.html */
  GetRetentionSettings: "R||||||;",
  /** Grants permission to retrieve a room. Access level: Read. https://docs.aws.amazon.com/chime/latest/APIReference/API_GetRoom.html */
  GetRoom: "R||||||;",
  /** Grants permission to get details of Amazon Chime SIP media application under the administrator's AWS account. Access level: Read. Resources: sip-media-application*. https://docs.aws.amazon.com/chime/latest/APIReference/API_GetSipMediaApplication.html */
  GetSipMediaApplication: "R|||9;1;|||;",
  /** Grants permission to get Alexa Skill configuration settings for Amazon Chime SIP media application under the administrator's AWS account. Access level: Read. Resources: sip-media-application*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_voice-chime_GetSipMediaApplicationAlexaSkillConfiguration.html */
  GetSipMediaApplicationAlexaSkillConfiguration: "R|||9;1;|||;",
  /** Grants permission to get logging configuration settings for Amazon Chime SIP media application under the administrator's AWS account. Access level: Read. Resources: sip-media-application*. https://docs.aws.amazon.com/chime/latest/APIReference/API_GetSipMediaApplicationLoggingConfiguration.html */
  GetSipMediaApplicationLoggingConfiguration: "R|||9;1;|||;",
  /** Grants permission to get details of Amazon Chime SIP rule under the administrator's AWS account. Access level: Read. https://docs.aws.amazon.com/chime/latest/APIReference/API_GetSipRule.html */
  GetSipRule: "R||||||;",
  /** Grants permission to get a speaker search task on the specified Amazon Chime resource. Access level: Read. Resources: media-pipeline, voice-connector. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_media-pipelines-chime_GetSpeakerSearchTask.html */
  GetSpeakerSearchTask: "R|||6;0;,10;0;|||;",
  /** Grants permission to get telephony limits for the AWS account. Access level: Read. https://docs.aws.amazon.com/chime/latest/ag/phone-numbers.html */
  GetTelephonyLimits: "R||||||",
  /** Grants permission to get details for the specified user ID. Access level: Read. https://docs.aws.amazon.com/chime/latest/APIReference/API_GetUser.html */
  GetUser: "R||||||;",
  /** Grants permission to get a summary of user activity on the user details page. Access level: Read. https://docs.aws.amazon.com/chime/latest/ag/user-details.html */
  GetUserActivityReportData: "R||||||",
  /** Grants permission to get user details for an Amazon Chime user based on the email address in an Amazon Chime Enterprise or Team account. Access level: Read. https://docs.aws.amazon.com/chime/latest/ag/user-details.html */
  GetUserByEmail: "R||||||",
  /** Grants permission to get user settings related to the specified Amazon Chime user. Access level: Read. https://docs.aws.amazon.com/chime/latest/APIReference/API_GetUserSettings.html */
  GetUserSettings: "R||||||;",
  /** Grants permission to get details for the specified Amazon Chime Voice Connector. Access level: Read. Resources: voice-connector*. https://docs.aws.amazon.com/chime/latest/APIReference/API_GetVoiceConnector.html */
  GetVoiceConnector: "R|||10;1;|||;",
  /** Grants permission to get details of the emergency calling configuration for the specified Amazon Chime Voice Connector. Access level: Read. Resources: voice-connector*. https://docs.aws.amazon.com/chime/latest/APIReference/API_GetVoiceConnectorEmergencyCallingConfiguration.html */
  GetVoiceConnectorEmergencyCallingConfiguration: "R|||10;1;|||;",
  /** Grants permission to get the configuration of the external system that is connected with the specified Amazon Chime Voice Connector. Access level: Read. Resources: voice-connector*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_voice-chime_GetVoiceConnectorExternalSystemsConfiguration.html */
  GetVoiceConnectorExternalSystemsConfiguration: "R|||10;1;|||;",
  /** Grants permission to get details for the specified Amazon Chime Voice Connector Group. Access level: Read. https://docs.aws.amazon.com/chime/latest/APIReference/API_GetVoiceConnectorGroup.html */
  GetVoiceConnectorGroup: "R||||||;",
  /** Grants permission to get details of the logging configuration for the specified Amazon Chime Voice Connector. Access level: Read. Resources: voice-connector*. https://docs.aws.amazon.com/chime/latest/APIReference/API_GetVoiceConnectorLoggingConfiguration.html */
  GetVoiceConnectorLoggingConfiguration: "R|||10;1;|||;",
  /** Grants permission to get details of the origination settings for the specified Amazon Chime Voice Connector. Access level: Read. Resources: voice-connector*. https://docs.aws.amazon.com/chime/latest/APIReference/API_GetVoiceConnectorOrigination.html */
  GetVoiceConnectorOrigination: "R|||10;1;|||;",
  /** Grants permission to get details of the proxy configuration for the specified Amazon Chime Voice Connector. Access level: Read. Resources: voice-connector*. https://docs.aws.amazon.com/chime/latest/APIReference/API_GetVoiceConnectorProxy.html */
  GetVoiceConnectorProxy: "R|||10;1;|||;",
  /** Grants permission to get details of the streaming configuration for the specified Amazon Chime Voice Connector. Access level: Read. Resources: voice-connector*. https://docs.aws.amazon.com/chime/latest/APIReference/API_GetVoiceConnectorStreamingConfiguration.html */
  GetVoiceConnectorStreamingConfiguration: "R|||10;1;|||;",
  /** Grants permission to get details of the termination settings for the specified Amazon Chime Voice Connector. Access level: Read. Resources: voice-connector*. https://docs.aws.amazon.com/chime/latest/APIReference/API_GetVoiceConnectorTermination.html */
  GetVoiceConnectorTermination: "R|||10;1;|||;",
  /** Grants permission to get details of the termination health for the specified Amazon Chime Voice Connector. Access level: Read. Resources: voice-connector*. https://docs.aws.amazon.com/chime/latest/APIReference/API_GetVoiceConnectorTerminationHealth.html */
  GetVoiceConnectorTerminationHealth: "R|||10;1;|||;",
  /** Grants permission to get a voice profile. Access level: Read. Resources: voice-profile*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_voice-chime_GetVoiceProfile.html */
  GetVoiceProfile: "R|||11;1;|||;",
  /** Grants permission to get a voice profile domain. Access level: Read. Resources: voice-profile-domain*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_voice-chime_GetVoiceProfileDomain.html */
  GetVoiceProfileDomain: "R|||12;1;|||;",
  /** Grants permission to get a voice tone analysis task on the specified Amazon Chime resource. Access level: Read. Resources: media-pipeline, voice-connector. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_media-pipelines-chime_GetVoiceToneAnalysisTask.html */
  GetVoiceToneAnalysisTask: "R|||6;0;,10;0;|||;",
  /** Grants permission to send an invitation to accept a request for AWS account delegation for an Amazon Chime account. Access level: Write. https://docs.aws.amazon.com/chime/latest/ag/control-access.html */
  InviteDelegate: "W||||||",
  /** Grants permission to invite as many as 50 users to the specified Amazon Chime account. Access level: Write. https://docs.aws.amazon.com/chime/latest/APIReference/API_InviteUsers.html */
  InviteUsers: "W||||||;",
  /** Grants permission to invite users from a third party provider to your Amazon Chime account. Access level: Write. https://docs.aws.amazon.com/chime/latest/ag/control-access.html */
  InviteUsersFromProvider: "W||||||",
  /** Grants permission to list Amazon Chime account usage reporting data. Access level: List. https://docs.aws.amazon.com/chime/latest/ag/view-reports.html */
  ListAccountUsageReportData: "L||||||",
  /** Grants permission to list the Amazon Chime accounts under the administrator's AWS account. Access level: List. https://docs.aws.amazon.com/chime/latest/APIReference/API_ListAccounts.html */
  ListAccounts: "L||||||;",
  /** Grants permission to list the SCIM access keys defined for your Amazon Chime account and Okta configuration. Access level: List. https://docs.aws.amazon.com/chime/latest/ag/okta_sso.html */
  ListApiKeys: "L||||||",
  /** Grants permission to list administrators in the app instance. Access level: List. Resources: app-instance*, app-instance-bot*, app-instance-user*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_identity-chime_ListAppInstanceAdmins.html */
  ListAppInstanceAdmins: "L|||0;1;,1;1;,2;1;|||;",
  /** Grants permission to list all AppInstanceBots created under a single app instance. Access level: List. Resources: app-instance-bot*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_identity-chime_ListAppInstanceBots.html */
  ListAppInstanceBots: "L|||1;1;|||;",
  /** Grants permission to list the endpoints registered for an app instance user. Access level: List. Resources: app-instance-user*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_identity-chime_ListAppInstanceUserEndpoints.html */
  ListAppInstanceUserEndpoints: "L|||2;1;|||;",
  /** Grants permission to list all AppInstanceUsers created under a single app instance. Access level: List. Resources: app-instance-user*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_identity-chime_ListAppInstanceUsers.html */
  ListAppInstanceUsers: "L|||2;1;|||;",
  /** Grants permission to list all Amazon Chime app instances created under a single AWS account. Access level: List. Resources: app-instance*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_identity-chime_ListAppInstances.html */
  ListAppInstances: "L|||0;1;|||;",
  /** Grants permission to list the tags applied to an Amazon Chime SDK attendee resource. Access level: List. Resources: meeting*. https://docs.aws.amazon.com/chime/latest/APIReference/API_ListAttendeeTags.html */
  ListAttendeeTags: "L|||8;1;|||",
  /** Grants permission to list up to 100 attendees for a specified Amazon Chime SDK meeting. Access level: List. Resources: meeting*. https://docs.aws.amazon.com/chime/latest/APIReference/API_ListAttendees.html */
  ListAttendees: "L|||8;1;|||;",
  /** Grants permission to list the available AWS Regions in which you can create an Amazon Chime SDK Voice Connector. Access level: List. API_ListAvailableVoiceConnectorRegions.html */
  ListAvailableVoiceConnectorRegions: "L||||||;",
  /** Grants permission to list the bots associated with the administrator's Amazon Chime Enterprise account. Access level: List. https://docs.aws.amazon.com/chime/latest/APIReference/API_ListBots.html */
  ListBots: "L||||||;",
  /** Grants permission to list Call Detail Record S3 buckets. Access level: List. https://docs.aws.amazon.com/chime/latest/ag/control-access.html */
  ListCDRBucket: "L|||||14,15|",
  /** Grants permission to list the calling regions available for the administrator's AWS account. Access level: List. https://docs.aws.amazon.com/chime/latest/ag/phone-numbers.html */
  ListCallingRegions: "L||||||",
  /** Grants permission to list all the users and bots banned from a particular channel. Access level: List. Resources: app-instance-bot*, app-instance-user*, channel*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_messaging-chime_ListChannelBans.html */
  ListChannelBans: "L|||1;1;,2;1;,3;1;|||;",
  /** Grants permission to list all the Channel Flows created under a single Chime AppInstance. Access level: List. Resources: channel-flow*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_messaging-chime_ListChannelFlows.html */
  ListChannelFlows: "L|||4;1;|||;",
  /** Grants permission to list all channel memberships in a channel. Access level: List. Resources: app-instance-bot*, app-instance-user*, channel*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_messaging-chime_ListChannelMemberships.html */
  ListChannelMemberships: "L|||1;1;,2;1;,3;1;|||;",
  /** Grants permission to list all channels that a particular user or bot is a part of. Access level: List. Resources: app-instance-bot*, app-instance-user*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_messaging-chime_ListChannelMembershipsForAppInstanceUser.html */
  ListChannelMembershipsForAppInstanceUser: "L|||1;1;,2;1;|||;",
  /** Grants permission to list all the messages in a channel. Access level: Read. Resources: app-instance-bot*, app-instance-user*, channel*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_messaging-chime_ListChannelMessages.html */
  ListChannelMessages: "R|||1;1;,2;1;,3;1;|||;",
  /** Grants permission to list all the moderators for a channel. Access level: List. Resources: app-instance-bot*, app-instance-user*, channel*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_messaging-chime_ListChannelModerators.html */
  ListChannelModerators: "L|||1;1;,2;1;,3;1;|||;",
  /** Grants permission to list all the Channels created under a single Chime AppInstance. Access level: List. Resources: app-instance-bot*, app-instance-user*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_messaging-chime_ListChannels.html */
  ListChannels: "L|||1;1;,2;1;|||;",
  /** Grants permission to list all the Channels associated with a single Chime Channel Flow. Access level: List. Resources: channel-flow*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_messaging-chime_ListChannelsAssociatedWithChannelFlow.html */
  ListChannelsAssociatedWithChannelFlow: "L|||4;1;|||;",
  /** Grants permission to list all channels moderated by a user or bot. Access level: List. Resources: app-instance-bot*, app-instance-user*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_messaging-chime_ListChannelsModeratedByAppInstanceUser.html */
  ListChannelsModeratedByAppInstanceUser: "L|||1;1;,2;1;|||;",
  /** Grants permission to list account delegate information associated with your Amazon Chime account. Access level: List. https://docs.aws.amazon.com/chime/latest/ag/control-access.html */
  ListDelegates: "L||||||",
  /** Grants permission to list active Active Directories hosted in the Directory Service of your AWS account. Access level: List. https://docs.aws.amazon.com/chime/latest/ag/control-access.html */
  ListDirectories: "L||||||",
  /** Grants permission to list domains associated with your Amazon Chime account. Access level: List. https://docs.aws.amazon.com/chime/latest/ag/claim-domain.html */
  ListDomains: "L||||||",
  /** Grants permission to list Active Directory or Okta user groups associated with your Amazon Chime Enterprise account. Access level: List. https://docs.aws.amazon.com/chime/latest/ag/control-access.html */
  ListGroups: "L||||||",
  /** Grants permission to list media capture pipelines. Access level: List. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_media-pipelines-chime_ListMediaCapturePipelines.html */
  ListMediaCapturePipelines: "L||||||;",
  /** Grants permission to list all media insights pipeline configurations. Access level: List. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_media-pipelines-chime_ListMediaInsightsPipelineConfigurations.html */
  ListMediaInsightsPipelineConfigurations: "L||||||;",
  /** Grants permission to list media pipelines. Access level: List. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_media-pipelines-chime_ListMediaPipelineKinesisVideoStreamPools.html */
  ListMediaPipelineKinesisVideoStreamPools: "L||||||;",
  /** Grants permission to list media pipelines. Access level: List. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_media-pipelines-chime_ListMediaPipelines.html */
  ListMediaPipelines: "L||||||;",
  /** Grants permission to list all events that occurred for a specified meeting. Access level: List. https://docs.aws.amazon.com/chime/latest/ag/view-reports.html */
  ListMeetingEvents: "L||||||",
  /** Grants permission to list the tags applied to an Amazon Chime SDK meeting resource. Access level: List. Resources: meeting*. https://docs.aws.amazon.com/chime/latest/APIReference/API_ListMeetingTags.html */
  ListMeetingTags: "L|||8;1;|||",
  /** Grants permission to list up to 100 active Amazon Chime SDK meetings. Access level: List. https://docs.aws.amazon.com/chime/latest/APIReference/API_ListMeetings.html */
  ListMeetings: "L||||||",
  /** Grants permission to list meetings ended during the specified date range. Access level: List. https://docs.aws.amazon.com/chime/latest/ag/view-reports.html */
  ListMeetingsReportData: "L||||||",
  /** Grants permission to list the phone number orders under the administrator's AWS account. Access level: List. https://docs.aws.amazon.com/chime/latest/APIReference/API_ListPhoneNumberOrders.html */
  ListPhoneNumberOrders: "L||||||;",
  /** Grants permission to list the phone numbers under the administrator's AWS account. Access level: List. https://docs.aws.amazon.com/chime/latest/APIReference/API_ListPhoneNumbers.html */
  ListPhoneNumbers: "L||||||;",
  /** Grants permission to list proxy sessions for the specified Amazon Chime Voice Connector. Access level: List. Resources: voice-connector*. https://docs.aws.amazon.com/chime/latest/APIReference/API_ListProxySessions.html */
  ListProxySessions: "L|||10;1;|||;",
  /** Grants permission to list all room members. Access level: List. https://docs.aws.amazon.com/chime/latest/APIReference/API_ListRoomMemberships.html */
  ListRoomMemberships: "L||||||;",
  /** Grants permission to list rooms. Access level: List. https://docs.aws.amazon.com/chime/latest/APIReference/API_ListRooms.html */
  ListRooms: "L||||||;",
  /** Grants permission to list all Amazon Chime SIP media applications under the administrator's AWS account. Access level: List. https://docs.aws.amazon.com/chime/latest/APIReference/API_ListSipMediaApplications.html */
  ListSipMediaApplications: "L||||||;",
  /** Grants permission to list all Amazon Chime SIP rules under the administrator's AWS account. Access level: List. Resources: sip-media-application. https://docs.aws.amazon.com/chime/latest/APIReference/API_ListSipRules.html */
  ListSipRules: "L|||9;0;|||;",
  /** Grants permission to list all the SubChannels under a single Channel. Access level: List. Resources: app-instance-bot*, app-instance-user*, channel*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_messaging-chime_ListSubChannels.html */
  ListSubChannels: "L|||1;1;,2;1;,3;1;|||;",
  /** Grants permission to list the phone number countries supported by the AWS account. Access level: List. API_ListSupportedPhoneNumberCountries.html */
  ListSupportedPhoneNumberCountries: "L||||||;",
  /** Grants permission to list the tags applied to an Amazon Chime resource. Access level: Read. Resources: app-instance, app-instance-bot, app-instance-user, channel, channel-flow, media-insights-pipeline-configuration, media-pipeline, media-pipeline-kinesis-video-stream-pool, meeting, sip-media-application, voice-connector, voice-profile-domain. https://docs.aws.amazon.com/chime/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,8;0;,9;0;,10;0;,12;0;|||;",
  /** Grants permission to list the users that belong to the specified Amazon Chime account. Access level: List. https://docs.aws.amazon.com/chime/latest/APIReference/API_ListUsers.html */
  ListUsers: "L||||||;",
  /** Grants permission to list the Amazon Chime Voice Connector Groups under the administrator's AWS account. Access level: List. https://docs.aws.amazon.com/chime/latest/APIReference/API_ListVoiceConnectorGroups.html */
  ListVoiceConnectorGroups: "L||||||;",
  /** Grants permission to list the SIP termination credentials for the specified Amazon Chime Voice Connector. Access level: List. Resources: voice-connector*. https://docs.aws.amazon.com/chime/latest/APIReference/API_ListVoiceConnectorTerminationCredentials.html */
  ListVoiceConnectorTerminationCredentials: "L|||10;1;|||;",
  /** Grants permission to list the Amazon Chime Voice Connectors under the administrator's AWS account. Access level: List. https://docs.aws.amazon.com/chime/latest/APIReference/API_ListVoiceConnectors.html */
  ListVoiceConnectors: "L||||||;",
  /** Grants permission to list voice profile domains. Access level: List. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_voice-chime_ListVoiceProfileDomains.html */
  ListVoiceProfileDomains: "L||||||;",
  /** Grants permission to list voice profiles. Access level: List. Resources: voice-profile-domain*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_voice-chime_ListVoiceProfiles.html */
  ListVoiceProfiles: "L|||12;1;|||;",
  /** Grants permission to log out the specified user from all of the devices they are currently logged into. Access level: Write. https://docs.aws.amazon.com/chime/latest/APIReference/API_LogoutUser.html */
  LogoutUser: "W||||||;",
  /** Grants permission to enable data retention for the app instance. Access level: Write. Resources: app-instance*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_identity-chime_PutAppInstanceRetentionSettings.html */
  PutAppInstanceRetentionSettings: "W|||0;1;|||;",
  /** Grants permission to configure data streaming for the app instance. Access level: Write. Resources: app-instance*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_PutAppInstanceStreamingConfigurations.html */
  PutAppInstanceStreamingConfigurations: "W|||0;1;|||",
  /** Grants permission to put expiration settings for an AppInstanceUser. Access level: Write. Resources: app-instance-user*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_identity-chime_PutAppInstanceUserExpirationSettings.html */
  PutAppInstanceUserExpirationSettings: "W|||2;1;|||CreateAppInstanceUser,;",
  /** Grants permission to put expiration settings for a channel. Access level: Write. Resources: app-instance-user*, channel*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_messaging-chime_PutChannelExpirationSettings.html */
  PutChannelExpirationSettings: "W|||2;1;,3;1;|||CreateChannel,;",
  /** Grants permission to put the preferences for a channel membership. Access level: Write. Resources: app-instance-bot*, app-instance-user*, channel*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_messaging-chime_PutChannelMembershipPreferences.html */
  PutChannelMembershipPreferences: "W|||1;1;,2;1;,3;1;|||;",
  /** Grants permission to update details for an events configuration for a bot to receive outgoing events. Access level: Write. https://docs.aws.amazon.com/chime/latest/APIReference/API_PutEventsConfiguration.html */
  PutEventsConfiguration: "W||||||;",
  /** Grants permission to put the data streaming configurations of an AppInstance. Access level: Write. Resources: app-instance*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_messaging-chime_PutMessagingStreamingConfigurations.html */
  PutMessagingStreamingConfigurations: "W|||0;1;|||;",
  /** Grants permission to create or update retention settings for the specified Amazon Chime account. Access level: Write. https://docs.aws.amazon.com/chime/latest/APIReference/API_PutRetentionSettings.html */
  PutRetentionSettings: "W||||||;",
  /** Grants permission to update Alexa Skill configuration settings for Amazon Chime SIP media application under the administrator's AWS account. Access level: Write. Resources: sip-media-application*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_voice-chime_PutSipMediaApplicationAlexaSkillConfiguration.html */
  PutSipMediaApplicationAlexaSkillConfiguration: "W|||9;1;|||;",
  /** Grants permission to update logging configuration settings for Amazon Chime SIP media application under the administrator's AWS account. Access level: Write. Resources: sip-media-application*. https://docs.aws.amazon.com/chime/latest/APIReference/API_PutSipMediaApplicationLoggingConfiguration.html */
  PutSipMediaApplicationLoggingConfiguration: "W|||9;1;|||;",
  /** Grants permission to add emergency calling configuration for the specified Amazon Chime Voice Connector. Access level: Write. Resources: voice-connector*. https://docs.aws.amazon.com/chime/latest/APIReference/API_PutVoiceConnectorEmergencyCallingConfiguration.html */
  PutVoiceConnectorEmergencyCallingConfiguration: "W|||10;1;|||;",
  /** Grants permission to update the configuration of the external system that is connected with the specified Amazon Chime Voice Connector. Access level: Write. Resources: voice-connector*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_voice-chime_PutVoiceConnectorExternalSystemsConfiguration.html */
  PutVoiceConnectorExternalSystemsConfiguration: "W|||10;1;|||;",
  /** Grants permission to add logging configuration for the specified Amazon Chime Voice Connector. Access level: Write. Resources: voice-connector*. https://docs.aws.amazon.com/chime/latest/APIReference/API_PutVoiceConnectorLoggingConfiguration.html */
  PutVoiceConnectorLoggingConfiguration: "W|||10;1;||7,logs:CreateLogGroup,8,logs:DescribeLogGroups,9,10|;",
  /** Grants permission to update the origination settings for the specified Amazon Chime Voice Connector. Access level: Write. Resources: voice-connector*. https://docs.aws.amazon.com/chime/latest/APIReference/API_PutVoiceConnectorOrigination.html */
  PutVoiceConnectorOrigination: "W|||10;1;|||;",
  /** Grants permission to add proxy configuration for the specified Amazon Chime Voice Connector. Access level: Write. Resources: voice-connector*. https://docs.aws.amazon.com/chime/latest/APIReference/API_PutVoiceConnectorProxy.html */
  PutVoiceConnectorProxy: "W|||10;1;|||;",
  /** Grants permission to add streaming configuration for the specified Amazon Chime Voice Connector. Access level: Write. Resources: media-insights-pipeline-configuration, voice-connector*. https://docs.aws.amazon.com/chime/latest/APIReference/API_PutVoiceConnectorStreamingConfiguration.html */
  PutVoiceConnectorStreamingConfiguration: "W|||5;0;,10;1;||chime:GetMediaInsightsPipelineConfiguration|;",
  /** Grants permission to update the termination settings for the specified Amazon Chime Voice Connector. Access level: Write. Resources: voice-connector*. https://docs.aws.amazon.com/chime/latest/APIReference/API_PutVoiceConnectorTermination.html */
  PutVoiceConnectorTermination: "W|||10;1;|||;",
  /** Grants permission to add SIP termination credentials for the specified Amazon Chime Voice Connector. Access level: Write. Resources: voice-connector*. https://docs.aws.amazon.com/chime/latest/APIReference/API_PutVoiceConnectorTerminationCredentials.html */
  PutVoiceConnectorTerminationCredentials: "W|||10;1;|||;",
  /** Grants permission to redact message content. Access level: Write. Resources: app-instance-bot*, app-instance-user*, channel*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_messaging-chime_RedactChannelMessage.html */
  RedactChannelMessage: "W|||1;1;,2;1;,3;1;|||;",
  /** Grants permission to redact the specified Chime conversation Message. Access level: Write. https://docs.aws.amazon.com/chime/latest/APIReference/API_RedactConversationMessage.html */
  RedactConversationMessage: "W||||||;",
  /** Grants permission to redacts the specified Chime room Message. Access level: Write. https://docs.aws.amazon.com/chime/latest/APIReference/API_RedactRoomMessage.html */
  RedactRoomMessage: "W||||||;",
  /** Grants permission to regenerate the security token for the specified bot. Access level: Write. https://docs.aws.amazon.com/chime/latest/APIReference/API_RegenerateSecurityToken.html */
  RegenerateSecurityToken: "W||||||;",
  /** Grants permission to register an endpoint for an app instance user. Access level: Write. Resources: app-instance-user*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_identity-chime_RegisterAppInstanceUserEndpoint.html */
  RegisterAppInstanceUserEndpoint: "W|||2;1;||mobiletargeting:GetApp|;",
  /** Grants permission to modify the account name for your Amazon Chime Enterprise or Team account. Access level: Write. https://docs.aws.amazon.com/chime/latest/ag/rename-account.html */
  RenameAccount: "W||||||",
  /** Grants permission to renew the delegation request associated with an Amazon Chime account. Access level: Write. https://docs.aws.amazon.com/chime/latest/ag/control-access.html */
  RenewDelegate: "W||||||",
  /** Grants permission to reset the account resource in your Amazon Chime account. Access level: Write. https://docs.aws.amazon.com/chime/latest/ag/control-access.html */
  ResetAccountResource: "W||||||",
  /** Grants permission to reset the personal meeting PIN for the specified user on an Amazon Chime account. Access level: Write. https://docs.aws.amazon.com/chime/latest/APIReference/API_ResetPersonalPIN.html */
  ResetPersonalPIN: "W||||||",
  /** Grants permission to restore the specified phone number from the deltion queue back to the phone number inventory. Access level: Write. https://docs.aws.amazon.com/chime/latest/APIReference/API_RestorePhoneNumber.html */
  RestorePhoneNumber: "W||||||;",
  /** Grants permission to download the file containing links to all user attachments returned as part of the "Request attachments" action. Access level: Read. https://docs.aws.amazon.com/chime/latest/ag/request-attachments.html */
  RetrieveDataExports: "R||||||",
  /** Grants permission to search phone numbers that can be ordered from the carrier. Access level: Read. https://docs.aws.amazon.com/chime/latest/APIReference/API_SearchAvailablePhoneNumbers.html */
  SearchAvailablePhoneNumbers: "R||||||;",
  /** Grants permission to search channels that an AppInstanceUser belongs to, or search channels across the AppInstance for an AppInstaceAdmin. Access level: List. Resources: app-instance-bot*, app-instance-user*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_messaging-chime_SearchChannels.html */
  SearchChannels: "L|||1;1;,2;1;|||;",
  /** Grants permission to send a message to a particular channel that the member is a part of. Access level: Write. Resources: app-instance-bot*, app-instance-user*, channel*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_messaging-chime_SendChannelMessage.html */
  SendChannelMessage: "W|||1;1;,2;1;,3;1;|||;",
  /** Grants permission to submit the "Request attachments" request. Access level: Write. https://docs.aws.amazon.com/chime/latest/ag/request-attachments.html */
  StartDataExport: "W||||||",
  /** Grants permission to start transcription for a meeting. Access level: Write. https://docs.aws.amazon.com/chime/latest/APIReference/API_StartMeetingTranscription.html */
  StartMeetingTranscription: "W||||||;",
  /** Grants permission to start a speaker search task on the specified Amazon Chime resource. Access level: Write. Resources: media-pipeline, voice-connector. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_media-pipelines-chime_StartSpeakerSearchTask.html */
  StartSpeakerSearchTask: "W|||6;0;,10;0;|||;",
  /** Grants permission to start a voice tone analysis task on the specified Amazon Chime resource. Access level: Write. Resources: media-pipeline, voice-connector. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_media-pipelines-chime_StartVoiceToneAnalysisTask.html */
  StartVoiceToneAnalysisTask: "W|||6;0;,10;0;|||;",
  /** Grants permission to stop transcription for a meeting. Access level: Write. https://docs.aws.amazon.com/chime/latest/APIReference/API_StopMeetingTranscription.html */
  StopMeetingTranscription: "W||||||;",
  /** Grants permission to stop a speaker search task on the specified Amazon Chime resource. Access level: Write. Resources: media-pipeline, voice-connector. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_media-pipelines-chime_StopSpeakerSearchTask.html */
  StopSpeakerSearchTask: "W|||6;0;,10;0;|||;",
  /** Grants permission to stop a voice tone analysis task on the specified Amazon Chime resource. Access level: Write. Resources: media-pipeline, voice-connector. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_media-pipelines-chime_StopVoiceToneAnalysisTask.html */
  StopVoiceToneAnalysisTask: "W|||6;0;,10;0;|||;",
  /** Grants permission to submit a customer service support request. Access level: Write. https://docs.aws.amazon.com/chime/latest/ag/chime-getting-admin-support.html */
  SubmitSupportRequest: "W||||||",
  /** Grants permission to suspend users from an Amazon Chime Enterprise account. Access level: Write. https://docs.aws.amazon.com/chime/latest/ag/manage-access.html */
  SuspendUsers: "W||||||",
  /** Grants permission to apply the specified tags to the specified Amazon Chime SDK attendee. Access level: Tagging. Resources: meeting*. https://docs.aws.amazon.com/chime/latest/APIReference/API_TagAttendee.html */
  TagAttendee: "T|||8;1;|||CreateAttendee",
  /** Grants permission to apply the specified tags to the specified Amazon Chime SDK meeting. Access level: Tagging. Resources: meeting*. https://docs.aws.amazon.com/chime/latest/APIReference/API_TagMeeting.html */
  TagMeeting: "T|||8;1;|0,1,2||CreateMeeting",
  /** Grants permission to apply the specified tags to the specified resource (tag-based access controls are only supported on *-chime.<region>.amazonaws.com endpoints). Access level: Tagging. Resources: app-instance, app-instance-bot, app-instance-user, channel, channel-flow, media-insights-pipeline-configuration, media-pipeline, media-pipeline-kinesis-video-stream-pool, meeting, sip-media-application, voice-connector, voice-profile-domain. https://docs.aws.amazon.com/chime/latest/APIReference/API_TagResource.html */
  TagResource:
    "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,8;0;,9;0;,10;0;,12;0;|0,1,2||CreateAppInstance,CreateAppInstanceBot,CreateAppInstanceUser,CreateChannel,CreateChannelFlow,CreateMediaCapturePipeline,CreateMediaConcatenationPipeline,CreateMediaInsightsPipelineConfiguration,CreateMediaLiveConnectorPipeline,CreateMediaPipelineKinesisVideoStreamPool,CreateMediaStreamPipeline,CreateMeeting,CreateMeetingWithAttendees,CreateSipMediaApplication,CreateVoiceConnector,CreateVoiceProfileDomain,;",
  /** Grants permission to unauthorize an Active Directory from your Amazon Chime Enterprise account. Access level: Write. https://docs.aws.amazon.com/chime/latest/ag/control-access.html */
  UnauthorizeDirectory: "W||||||",
  /** Grants permission to untag the specified tags from the specified Amazon Chime SDK attendee. Access level: Tagging. Resources: meeting*. https://docs.aws.amazon.com/chime/latest/APIReference/API_UntagAttendee.html */
  UntagAttendee: "T|||8;1;|||",
  /** Grants permission to untag the specified tags from the specified Amazon Chime SDK meeting. Access level: Tagging. Resources: meeting*. https://docs.aws.amazon.com/chime/latest/APIReference/API_UntagMeeting.html */
  UntagMeeting: "T|||8;1;|||",
  /** Grants permission to untag the specified tags from the specified resource (tag-based access controls are only supported on *-chime.<region>.amazonaws.com endpoints). Access level: Tagging. Resources: app-instance, app-instance-bot, app-instance-user, channel, channel-flow, media-insights-pipeline-configuration, media-pipeline, media-pipeline-kinesis-video-stream-pool, meeting, sip-media-application, voice-connector, voice-profile-domain. https://docs.aws.amazon.com/chime/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,8;0;,9;0;,10;0;,12;0;|2||;",
  /** Grants permission to update account details for the specified Amazon Chime account. Access level: Write. https://docs.aws.amazon.com/chime/latest/APIReference/API_UpdateAccount.html */
  UpdateAccount: "W||||||",
  /** Grants permission to update the OpenIdConfig attributes for your Amazon Chime account. Access level: Write. https://docs.aws.amazon.com/chime/latest/ag/okta_sso.html */
  UpdateAccountOpenIdConfig: "W||||||",
  /** Grants permission to update the account resource in your Amazon Chime account. Access level: Write. https://docs.aws.amazon.com/chime/latest/ag/control-access.html */
  UpdateAccountResource: "W||||||",
  /** Grants permission to update the settings for the specified Amazon Chime account. Access level: Write. https://docs.aws.amazon.com/chime/latest/APIReference/API_UpdateAccountSettings.html */
  UpdateAccountSettings: "W||||||",
  /** Grants permission to update AppInstance metadata. Access level: Write. Resources: app-instance*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_identity-chime_UpdateAppInstance.html */
  UpdateAppInstance: "W|||0;1;|||;",
  /** Grants permission to update the details for an AppInstanceBot. Access level: Write. Resources: app-instance-bot*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_identity-chime_UpdateAppInstanceBot.html */
  UpdateAppInstanceBot: "W|||1;1;|||;",
  /** Grants permission to update the details for an AppInstanceUser. Access level: Write. Resources: app-instance-user*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_identity-chime_UpdateAppInstanceUser.html */
  UpdateAppInstanceUser: "W|||2;1;|||;",
  /** Grants permission to update an endpoint registered for an app instance user. Access level: Write. Resources: app-instance-user*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_identity-chime_UpdateAppInstanceUserEndpoint.html */
  UpdateAppInstanceUserEndpoint: "W|||2;1;|||;",
  /** Grants permission to the capabilties that you want to update. Access level: Write. Resources: meeting*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_meeting-chime_UpdateAttendeeCapabilities.html */
  UpdateAttendeeCapabilities: "W|||8;1;|||;",
  /** Grants permission to update the status of the specified bot. Access level: Write. https://docs.aws.amazon.com/chime/latest/APIReference/API_UpdateBot.html */
  UpdateBot: "W||||||;",
  /** Grants permission to update your Call Detail Record S3 bucket. Access level: Write. https://docs.aws.amazon.com/chime/latest/ag/control-access.html */
  UpdateCDRSettings: "W|||||11,12,14|",
  /** Grants permission to update a channel's attributes. Access level: Write. Resources: app-instance-bot*, app-instance-user*, channel*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_messaging-chime_UpdateChannel.html */
  UpdateChannel: "W|||1;1;,2;1;,3;1;|||;",
  /** Grants permission to update a channel flow. Access level: Write. Resources: channel-flow*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_messaging-chime_UpdateChannelFlow.html */
  UpdateChannelFlow: "W|||4;1;|||;",
  /** Grants permission to update the content of a message. Access level: Write. Resources: app-instance-bot*, app-instance-user*, channel*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_messaging-chime_UpdateChannelMessage.html */
  UpdateChannelMessage: "W|||1;1;,2;1;,3;1;|||;",
  /** Grants permission to set the timestamp to the point when a user last read messages in a channel. Access level: Write. Resources: app-instance-bot*, app-instance-user*, channel*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_messaging-chime_UpdateChannelReadMarker.html */
  UpdateChannelReadMarker: "W|||1;1;,2;1;,3;1;|||;",
  /** Grants permission to update the global settings related to Amazon Chime for the AWS account. Access level: Write. https://docs.aws.amazon.com/chime/latest/APIReference/API_UpdateGlobalSettings.html */
  UpdateGlobalSettings: "W||||||;",
  /** Grants permission to update the status of a media insights pipeline configuration. Access level: Write. Resources: media-insights-pipeline-configuration*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_media-pipelines-chime_UpdateMediaInsightsPipelineConfiguration.html */
  UpdateMediaInsightsPipelineConfiguration: "W|||5;1;||1,3,4,15|;",
  /** Grants permission to update the status of a media insights pipeline. Access level: Write. Resources: media-pipeline*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_media-pipelines-chime_UpdateMediaInsightsPipelineStatus.html */
  UpdateMediaInsightsPipelineStatus: "W|||6;1;|||;",
  /** Grants permission to update kinesis video stream pool. Access level: Write. Resources: media-pipeline-kinesis-video-stream-pool*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_media-pipelines-chime_UpdateMediaPipelineKinesisVideoStreamPool.html */
  UpdateMediaPipelineKinesisVideoStreamPool: "W|||7;1;|||;",
  /** Grants permission to update phone number details for the specified phone number. Access level: Write. https://docs.aws.amazon.com/chime/latest/APIReference/API_UpdatePhoneNumber.html */
  UpdatePhoneNumber: "W||||||;",
  /** Grants permission to update phone number settings related to Amazon Chime for the AWS account. Access level: Write. https://docs.aws.amazon.com/chime/latest/APIReference/API_UpdatePhoneNumberSettings.html */
  UpdatePhoneNumberSettings: "W||||||;",
  /** Grants permission to update a proxy session for the specified Amazon Chime Voice Connector. Access level: Write. Resources: voice-connector*. https://docs.aws.amazon.com/chime/latest/APIReference/API_UpdateProxySession.html */
  UpdateProxySession: "W|||10;1;|||;",
  /** Grants permission to update a room. Access level: Write. https://docs.aws.amazon.com/chime/latest/APIReference/API_UpdateRoom.html */
  UpdateRoom: "W||||||;",
  /** Grants permission to update room membership role. Access level: Write. https://docs.aws.amazon.com/chime/latest/APIReference/API_UpdateRoomMembership.html */
  UpdateRoomMembership: "W||||||;",
  /** Grants permission to update properties of Amazon Chime SIP media application under the administrator's AWS account. Access level: Write. Resources: sip-media-application*. https://docs.aws.amazon.com/chime/latest/APIReference/API_UpdateSipMediaApplication.html */
  UpdateSipMediaApplication: "W|||9;1;|||;",
  /** Grants permission to update an Amazon Chime SIP media application call under the administrator's AWS account. Access level: Write. Resources: sip-media-application*. https://docs.aws.amazon.com/chime/latest/APIReference/API_UpdateSipMediaApplicationCall.html */
  UpdateSipMediaApplicationCall: "W|||9;1;|||;",
  /** Grants permission to update properties of Amazon Chime SIP rule under the administrator's AWS account. Access level: Write. Resources: sip-media-application. https://docs.aws.amazon.com/chime/latest/APIReference/API_UpdateSipRule.html */
  UpdateSipRule: "W|||9;0;|||;",
  /** Grants permission to update the supported license tiers available for users in your Amazon Chime account. Access level: Write. https://docs.aws.amazon.com/chime/latest/ag/manage-access.html */
  UpdateSupportedLicenses: "W||||||",
  /** Grants permission to update user details for a specified user ID. Access level: Write. https://docs.aws.amazon.com/chime/latest/APIReference/API_UpdateUser.html */
  UpdateUser: "W||||||",
  /** Grants permission to update the licenses for your Amazon Chime users. Access level: Write. https://docs.aws.amazon.com/chime/latest/ag/manage-access.html */
  UpdateUserLicenses: "W||||||",
  /** Grants permission to update user settings related to the specified Amazon Chime user. Access level: Write. https://docs.aws.amazon.com/chime/latest/APIReference/API_UpdateUserSettings.html */
  UpdateUserSettings: "W||||||",
  /** Grants permission to update Amazon Chime Voice Connector details for the specified Amazon Chime Voice Connector. Access level: Write. Resources: voice-connector*. https://docs.aws.amazon.com/chime/latest/APIReference/API_UpdateVoiceConnector.html */
  UpdateVoiceConnector: "W|||10;1;|||;",
  /** Grants permission to update Amazon Chime Voice Connector Group details for the specified Amazon Chime Voice Connector Group. Access level: Write. Resources: voice-connector. https://docs.aws.amazon.com/chime/latest/APIReference/API_UpdateVoiceConnectorGroup.html */
  UpdateVoiceConnectorGroup: "W|||10;0;|||;",
  /** Grants permission to update a voice profile. Access level: Write. Resources: voice-profile*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_voice-chime_UpdateVoiceProfile.html */
  UpdateVoiceProfile: "W|||11;1;|||;",
  /** Grants permission to update a voice profile domain. Access level: Write. Resources: voice-profile-domain*. https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_voice-chime_UpdateVoiceProfileDomain.html */
  UpdateVoiceProfileDomain: "W|||12;1;|||;",
  /** Grants permission to validate the account resource in your Amazon Chime account. Access level: Read. https://docs.aws.amazon.com/chime/latest/ag/control-access.html */
  ValidateAccountResource: "R||||||",
  /** Grants permission to validate an address to be used for 911 calls made with Amazon Chime Voice Connectors. Access level: Read. https://docs.aws.amazon.com/chime/latest/APIReference/API_ValidateE911Address.html */
  ValidateE911Address: "R||||||;",
} as const;
const actionDetails = {
  AcceptDelegate:
    "|,;~|Grants permission to accept the delegate invitation to share management of an Amazon Chime account with another AWS Account",
  ActivateUsers: "|,;~|Grants permission to activate users in an Amazon Chime Enterprise account",
  AddDomain: "|,;~|Grants permission to add a domain to your Amazon Chime account",
  AddOrUpdateGroups:
    "|,;~|Grants permission to add new or update existing Active Directory or Okta user groups associated with your Amazon Chime Enterprise account",
  AssociateChannelFlow: "|,;~~chime-sdk-messaging~|Grants permission to associate a flow with a channel",
  AssociatePhoneNumberWithUser: "|,;~|Grants permission to associate a phone number with an Amazon Chime user",
  AssociatePhoneNumbersWithVoiceConnector:
    "|,;~~~|Grants permission to associate multiple phone numbers with an Amazon Chime Voice Connector",
  AssociatePhoneNumbersWithVoiceConnectorGroup:
    "|,;~~~|Grants permission to associate multiple phone numbers with an Amazon Chime Voice Connector Group",
  AssociateSigninDelegateGroupsWithAccount:
    "|,;~|Grants permission to associate the specified sign-in delegate groups with the specified Amazon Chime account",
  AssociateVoiceConnectorConnect:
    "|,;~|Grants permission to associate the specified Amazon Connect instance with an Amazon Chime Voice Connector",
  AuthorizeDirectory:
    "|,;~|Grants permission to authorize an Active Directory for your Amazon Chime Enterprise account",
  BatchCreateAttendee:
    "|,;~~chime-sdk-meetings~|Grants permission to create new attendees for an active Amazon Chime SDK meeting",
  BatchCreateChannelMembership:
    "|,;~~chime-sdk-messaging~|Grants permission to add multiple users and bots to a channel",
  BatchCreateRoomMembership: "|,;~~chime~|Grants permission to batch add room members",
  BatchDeletePhoneNumber: "|,;~~chime~;~~|Grants permission to move up to 50 phone numbers to the deletion queue",
  BatchSuspendUser:
    "|,;~|Grants permission to suspend up to 50 users from a Team or EnterpriseLWA Amazon Chime account",
  BatchUnsuspendUser:
    "|,;~|Grants permission to remove the suspension from up to 50 previously suspended users for the specified Amazon Chime EnterpriseLWA account",
  BatchUpdateAttendeeCapabilitiesExcept:
    "|,;~~chime-sdk-meetings~|Grants permission to update AttendeeCapabilities except the capabilities listed in an ExcludedAttendeeIds table",
  BatchUpdatePhoneNumber:
    "|,;~~chime~;~~|Grants permission to update phone number details within the UpdatePhoneNumberRequestItem object for up to 50 phone numbers",
  BatchUpdateUser:
    "|,;~|Grants permission to update user details within the UpdateUserRequestItem object for up to 20 users for the specified Amazon Chime account",
  ChannelFlowCallback: "|,;~~chime-sdk-messaging~|Grants permission to callback for a message on a channel",
  Connect:
    "|,;~|Grants permission to establish a web socket connection for app instance user to the messaging session endpoint",
  ConnectDirectory: "|,;~|Grants permission to connect an Active Directory to your Amazon Chime Enterprise account",
  CreateAccount:
    "|,;~~chime~|Grants permission to create an Amazon Chime account under the administrator's AWS account",
  CreateApiKey:
    "|,;~|Grants permission to create a new SCIM access key for your Amazon Chime account and Okta configuration",
  CreateAppInstance:
    "|,;~~chime-sdk-identity~|Grants permission to create an app instance in the AWS account (tag-based access controls are only supported on identity-chime.<region>.amazonaws.com endpoints)",
  CreateAppInstanceAdmin: "|,;~~chime-sdk-identity~|Grants permission to promote a user or bot to an AppInstanceAdmin",
  CreateAppInstanceBot:
    "|,;~~chime-sdk-identity~|Grants permission to create a bot within an AppInstance (tag-based access controls are only supported on identity-chime.<region>.amazonaws.com endpoints)",
  CreateAppInstanceUser:
    "|,;~~chime-sdk-identity~|Grants permission to create a user within an AppInstance (tag-based access controls are only supported on identity-chime.<region>.amazonaws.com endpoints)",
  CreateAttendee:
    "|,;~~chime-sdk-meetings~|Grants permission to create a new attendee for an active Amazon Chime SDK meeting",
  CreateBot: "|,;~~chime~|Grants permission to create a bot for an Amazon Chime Enterprise account",
  CreateCDRBucket: "|,;~|Grants permission to create a new Call Detail Record S3 bucket",
  CreateChannel:
    "|,;~~chime-sdk-messaging~|Grants permission to create a channel for an app instance in the AWS account (tag-based access controls are only supported on messaging-chime.<region>.amazonaws.com endpoints)",
  CreateChannelBan: "|,;~~chime-sdk-messaging~|Grants permission to ban a user or bot from a channel",
  CreateChannelFlow:
    "|,;~~chime-sdk-messaging~|Grants permission to create a channel flow for an app instance in the AWS account (tag-based access controls are only supported on messaging-chime.<region>.amazonaws.com endpoints)",
  CreateChannelMembership:
    "|,;~~chime-sdk-messaging~,~chime-sdk-messaging~|Grants permission to add a user or bot to a channel",
  CreateChannelModerator:
    "|,;~~chime-sdk-messaging~,~chime-sdk-messaging~|Grants permission to create a channel moderator",
  CreateConnectAnalyticsConnector:
    "|,;~~~|Grants permission to create an Amazon Connect Analytics Connector in the AWS account (tag-based access controls are only supported on voice-chime.<region>.amazonaws.com endpoints)",
  CreateConnectCallTransferConnector:
    "|,;~~~|Grants permission to create an Amazon Connect Call Transfer Connector in the AWS account (tag-based access controls are only supported on voice-chime.<region>.amazonaws.com endpoints)",
  CreateMediaCapturePipeline:
    "|,;~~chime-sdk-media-pipelines~|Grants permission to create a media capture pipeline (tag-based access controls are only supported on media-pipelines-chime.<region>.amazonaws.com endpoints)",
  CreateMediaConcatenationPipeline:
    "|,;~~chime-sdk-media-pipelines~|Grants permission to create a media concatenation pipeline (tag-based access controls are only supported on media-pipelines-chime.<region>.amazonaws.com endpoints)",
  CreateMediaInsightsPipeline:
    "|,;~~chime-sdk-media-pipelines~|Grants permission to create a media insights pipeline (tag-based access controls are only supported on media-pipelines-chime.<region>.amazonaws.com endpoints)",
  CreateMediaInsightsPipelineConfiguration:
    "|,;~~chime-sdk-media-pipelines~|Grants permission to create a media insights pipeline configuration (tag-based access controls are only supported on media-pipelines-chime.<region>.amazonaws.com endpoints)",
  CreateMediaLiveConnectorPipeline:
    "|,;~~chime-sdk-media-pipelines~|Grants permission to create a media live connector pipeline (tag-based access controls are only supported on media-pipelines-chime.<region>.amazonaws.com endpoints)",
  CreateMediaPipelineKinesisVideoStreamPool:
    "|,;~~chime-sdk-media-pipelines~|Grants permission to create kinesis video stream pool (tag-based access controls are only supported on media-pipelines-chime.<region>.amazonaws.com endpoints)",
  CreateMediaStreamPipeline:
    "|,;~~chime-sdk-media-pipelines~|Grants permission to create a media stream pipeline (tag-based access controls are only supported on media-pipelines-chime.<region>.amazonaws.com endpoints)",
  CreateMeeting:
    "|,;~~chime-sdk-meetings~|Grants permission to create a new meeting in the specified media Region, with no initial attendees (tag-based access controls are only supported on meetings-chime.<region>.amazonaws.com endpoints)",
  CreateMeetingDialOut:
    "|,;~~chime~|Grants permission to call a phone number to join the specified Amazon Chime SDK meeting",
  CreateMeetingWithAttendees:
    "|,;~~chime-sdk-meetings~|Grants permission to create a new meeting in the specified media Region, with a set of attendees (tag-based access controls are only supported on meetings-chime.<region>.amazonaws.com endpoints)",
  CreatePhoneNumberOrder: "|,;~~chime~;~~|Grants permission to create a phone number order with the Carriers",
  CreateProxySession:
    "|,;~~~|Grants permission to create a proxy session for the specified Amazon Chime Voice Connector",
  CreateRoom: "|,;~~chime~|Grants permission to create a room",
  CreateRoomMembership: "|,;~~chime~|Grants permission to add a room member",
  CreateSipMediaApplication:
    "|,;~~~|Grants permission to create an Amazon Chime SIP media application in the AWS account (tag-based access controls are only supported on voice-chime.<region>.amazonaws.com endpoints)",
  CreateSipMediaApplicationCall:
    "|,;~~~|Grants permission to create outbound call for Amazon Chime SIP media application under the administrator's AWS account",
  CreateSipRule: "|,;~~~|Grants permission to create an Amazon Chime SIP rule under the administrator's AWS account",
  CreateUser: "|,;~|Grants permission to create a user under the specified Amazon Chime account",
  CreateVoiceConnector:
    "|,;~~~|Grants permission to create a Voice Connector in the AWS account (tag-based access controls are only supported on voice-chime.<region>.amazonaws.com endpoints)",
  CreateVoiceConnectorGroup:
    "|,;~~~|Grants permission to create a Amazon Chime Voice Connector Group under the administrator's AWS account",
  CreateVoiceProfile: "|,;~~~|Grants permission to create a voice profile",
  CreateVoiceProfileDomain:
    "|,;~~~|Grants permission to create a voice profile domain (tag-based access controls are only supported on voice-chime.<region>.amazonaws.com endpoints)",
  DeleteAccount: "|,;~~chime~|Grants permission to delete the specified Amazon Chime account",
  DeleteAccountOpenIdConfig:
    "|,;~|Grants permission to delete the OpenIdConfig attributes from your Amazon Chime account",
  DeleteApiKey:
    "|,;~|Grants permission to delete the specified SCIM access key associated with your Amazon Chime account and Okta configuration",
  DeleteAppInstance: "|,;~~chime-sdk-identity~|Grants permission to delete an AppInstance",
  DeleteAppInstanceAdmin: "|,;~~chime-sdk-identity~|Grants permission to demote an AppInstanceAdmin to a user or bot",
  DeleteAppInstanceBot: "|,;~~chime-sdk-identity~|Grants permission to delete an AppInstanceBot",
  DeleteAppInstanceStreamingConfigurations: "|,;~|Grants permission to disable data streaming for the app instance",
  DeleteAppInstanceUser: "|,;~~chime-sdk-identity~|Grants permission to delete an AppInstanceUser",
  DeleteAttendee:
    "|,;~~chime-sdk-meetings~|Grants permission to delete the specified attendee from an Amazon Chime SDK meeting",
  DeleteCDRBucket: "|,;~|Grants permission to delete a Call Detail Record S3 bucket from your Amazon Chime account",
  DeleteChannel: "|,;~~chime-sdk-messaging~|Grants permission to delete a channel",
  DeleteChannelBan: "|,;~~chime-sdk-messaging~|Grants permission to remove a user or bot from a channel's ban list",
  DeleteChannelFlow: "|,;~~chime-sdk-messaging~|Grants permission to delete a channel flow",
  DeleteChannelMembership: "|,;~~chime-sdk-messaging~|Grants permission to remove a member from a channel",
  DeleteChannelMessage: "|,;~~chime-sdk-messaging~|Grants permission to delete a channel message",
  DeleteChannelModerator: "|,;~~chime-sdk-messaging~|Grants permission to delete a channel moderator",
  DeleteDelegate: "|,;~|Grants permission to delete delegated AWS account management from your Amazon Chime account",
  DeleteDomain: "|,;~|Grants permission to delete a domain from your Amazon Chime account",
  DeleteEventsConfiguration:
    "|,;~~chime~|Grants permission to delete an events configuration for a bot to receive outgoing events",
  DeleteGroups:
    "|,;~|Grants permission to delete Active Directory or Okta user groups from your Amazon Chime Enterprise account",
  DeleteMediaCapturePipeline: "|,;~~chime-sdk-media-pipelines~|Grants permission to delete a media capture pipeline",
  DeleteMediaInsightsPipelineConfiguration:
    "|,;~~chime-sdk-media-pipelines~|Grants permission to delete a media insights pipeline configuration",
  DeleteMediaPipeline: "|,;~~chime-sdk-media-pipelines~|Grants permission to delete a media pipeline",
  DeleteMediaPipelineKinesisVideoStreamPool:
    "|,;~~chime-sdk-media-pipelines~|Grants permission to delete kinesis video stream pool",
  DeleteMeeting: "|,;~~chime-sdk-meetings~|Grants permission to delete the specified Amazon Chime SDK meeting",
  DeleteMessagingStreamingConfigurations:
    "|,;~~chime-sdk-messaging~|Grants permission to delete the data streaming configurations of an AppInstance",
  DeletePhoneNumber: "|,;~~chime~;~~|Grants permission to move a phone number to the deletion queue",
  DeleteProxySession:
    "|,;~~~|Grants permission to delete a proxy session for the specified Amazon Chime Voice Connector",
  DeleteRoom: "|,;~~chime~|Grants permission to delete a room",
  DeleteRoomMembership: "|,;~~chime~|Grants permission to remove a room member",
  DeleteSipMediaApplication:
    "|,;~~~|Grants permission to delete Amazon Chime SIP media application under the administrator's AWS account",
  DeleteSipRule: "|,;~~~|Grants permission to delete Amazon Chime SIP rule under the administrator's AWS account",
  DeleteVoiceConnector: "|,;~~~|Grants permission to delete the specified Amazon Chime Voice Connector",
  DeleteVoiceConnectorEmergencyCallingConfiguration:
    "|,;~~~|Grants permission to delete emergency calling configuration for the specified Amazon Chime Voice Connector",
  DeleteVoiceConnectorExternalSystemsConfiguration:
    "|,;~~~|Grants permission to delete the configuration of the external system that is connected with the specified Amazon Chime Voice Connector",
  DeleteVoiceConnectorGroup: "|,;~~~|Grants permission to delete the specified Amazon Chime Voice Connector Group",
  DeleteVoiceConnectorOrigination:
    "|,;~~~|Grants permission to delete the origination settings for the specified Amazon Chime Voice Connector",
  DeleteVoiceConnectorProxy:
    "|,;~~~|Grants permission to delete proxy configuration for the specified Amazon Chime Voice Connector",
  DeleteVoiceConnectorStreamingConfiguration:
    "|,;~~~|Grants permission to delete streaming configuration for the specified Amazon Chime Voice Connector",
  DeleteVoiceConnectorTermination:
    "|,;~~~|Grants permission to delete the termination settings for the specified Amazon Chime Voice Connector",
  DeleteVoiceConnectorTerminationCredentials:
    "|,;~~~|Grants permission to delete SIP termination credentials for the specified Amazon Chime Voice Connector",
  DeleteVoiceProfile: "|,;~~~|Grants permission to delete a voice profile",
  DeleteVoiceProfileDomain: "|,;~~~|Grants permission to delete a voice profile domain",
  DeregisterAppInstanceUserEndpoint:
    "|,;~~chime-sdk-identity~|Grants permission to deregister an endpoint for an app instance user",
  DescribeAppInstance: "|,;~~chime-sdk-identity~|Grants permission to get the full details of an AppInstance",
  DescribeAppInstanceAdmin: "|,;~~chime-sdk-identity~|Grants permission to get the full details of an AppInstanceAdmin",
  DescribeAppInstanceBot: "|,;~~chime-sdk-identity~|Grants permission to get the full details of an AppInstanceBot",
  DescribeAppInstanceUser: "|,;~~chime-sdk-identity~|Grants permission to get the full details of an AppInstanceUser",
  DescribeAppInstanceUserEndpoint:
    "|,;~~chime-sdk-identity~|Grants permission to describe an endpoint registered for an app instance user",
  DescribeChannel: "|,;~~chime-sdk-messaging~|Grants permission to get the full details of a channel",
  DescribeChannelBan: "|,;~~chime-sdk-messaging~|Grants permission to get the full details of a channel ban",
  DescribeChannelFlow: "|,;~~chime-sdk-messaging~|Grants permission to get the full details of a channel flow",
  DescribeChannelMembership:
    "|,;~~chime-sdk-messaging~|Grants permission to get the full details of a channel membership",
  DescribeChannelMembershipForAppInstanceUser:
    "|,;~~chime-sdk-messaging~|Grants permission to get the details of a channel based on the membership of the specified user or bot",
  DescribeChannelModeratedByAppInstanceUser:
    "|,;~~chime-sdk-messaging~|Grants permission to get the full details of a channel moderated by the specified user or bot",
  DescribeChannelModerator:
    "|,;~~chime-sdk-messaging~|Grants permission to get the full details of a single ChannelModerator",
  DisassociateChannelFlow: "|,;~~chime-sdk-messaging~|Grants permission to disassociate a flow from a channel",
  DisassociatePhoneNumberFromUser:
    "|,;~|Grants permission to disassociate the primary provisioned number from the specified Amazon Chime user",
  DisassociatePhoneNumbersFromVoiceConnector:
    "|,;~~~|Grants permission to disassociate multiple phone numbers from the specified Amazon Chime Voice Connector",
  DisassociatePhoneNumbersFromVoiceConnectorGroup:
    "|,;~~~|Grants permission to disassociate multiple phone numbers from the specified Amazon Chime Voice Connector Group",
  DisassociateSigninDelegateGroupsFromAccount:
    "|,;~|Grants permission to disassociate the specified sign-in delegate groups from the specified Amazon Chime account",
  DisassociateVoiceConnectorConnect:
    "|,;~|Grants permission to disassociate the Amazon Connect instance from the specified Amazon Chime Voice Connector",
  DisconnectDirectory:
    "|,;~|Grants permission to disconnect the Active Directory from your Amazon Chime Enterprise account",
  GetAccount: "|,;~~chime~|Grants permission to get details for the specified Amazon Chime account",
  GetAccountResource:
    "|,;~|Grants permission to get details for the account resource associated with your Amazon Chime account",
  GetAccountSettings: "|,;~~chime~|Grants permission to get account settings for the specified Amazon Chime account ID",
  GetAccountWithOpenIdConfig:
    "|,;~|Grants permission to get the account details and OpenIdConfig attributes for your Amazon Chime account",
  GetAppInstanceRetentionSettings:
    "|,;~~chime-sdk-identity~|Grants permission to get retention settings for an app instance",
  GetAppInstanceStreamingConfigurations:
    "|,;~|Grants permission to get the streaming configurations for an app instance",
  GetAttendee:
    "|,;~~chime-sdk-meetings~|Grants permission to get attendee details for a specified meeting ID and attendee ID",
  GetBot: "|,;~~chime~|Grants permission to retrieve details for the specified bot",
  GetCDRBucket:
    "|,;~|Grants permission to get details of a Call Detail Record S3 bucket associated with your Amazon Chime account",
  GetChannelMembershipPreferences:
    "|,;~~chime-sdk-messaging~|Grants permission to get the preferences for a channel membership",
  GetChannelMessage: "|,;~~chime-sdk-messaging~|Grants permission to get the full details of a channel message",
  GetChannelMessageStatus: "|,;~~chime-sdk-messaging~|Grants permission to get the status of a channel message",
  GetDomain: "|,;~|Grants permission to get domain details for a domain associated with your Amazon Chime account",
  GetEventsConfiguration:
    "|,;~~chime~|Grants permission to retrieve details for an events configuration for a bot to receive outgoing events",
  GetGlobalSettings:
    "|,;~~chime~;~~|Grants permission to get global settings related to Amazon Chime for the AWS account",
  GetMediaCapturePipeline:
    "|,;~~chime-sdk-media-pipelines~|Grants permission to get an existing media capture pipeline",
  GetMediaInsightsPipelineConfiguration:
    "|,;~~chime-sdk-media-pipelines~|Grants permission to get a media insights pipeline configuration",
  GetMediaPipeline: "|,;~~chime-sdk-media-pipelines~|Grants permission to get an existing media pipeline",
  GetMediaPipelineKinesisVideoStreamPool:
    "|,;~~chime-sdk-media-pipelines~|Grants permission to get an existing media pipeline",
  GetMeeting: "|,;~~chime-sdk-meetings~|Grants permission to get the meeting record for a specified meeting ID",
  GetMeetingDetail: "|,;~|Grants permission to get attendee, connection, and other details for a meeting",
  GetMessagingSessionEndpoint:
    "|,;~~chime-sdk-messaging~|Grants permission to get the endpoint for the messaging session",
  GetMessagingStreamingConfigurations:
    "|,;~~chime-sdk-messaging~|Grants permission to get the data streaming configurations of an AppInstance",
  GetPhoneNumber: "|,;~~chime~;~~|Grants permission to get details for the specified phone number",
  GetPhoneNumberOrder: "|,;~~chime~;~~|Grants permission to get details for the specified phone number order",
  GetPhoneNumberSettings:
    "|,;~~chime~;~~|Grants permission to get phone number settings related to Amazon Chime for the AWS account",
  GetProxySession:
    "|,;~~~|Grants permission to get details of the specified proxy session for the specified Amazon Chime Voice Connector",
  GetRetentionSettings:
    "|,;~~chime~|Grants permission to retrieve the retention settings for the specified Amazon Chime account",
  GetRoom: "|,;~~chime~|Grants permission to retrieve a room",
  GetSipMediaApplication:
    "|,;~~~|Grants permission to get details of Amazon Chime SIP media application under the administrator's AWS account",
  GetSipMediaApplicationAlexaSkillConfiguration:
    "|,;~~~|Grants permission to get Alexa Skill configuration settings for Amazon Chime SIP media application under the administrator's AWS account",
  GetSipMediaApplicationLoggingConfiguration:
    "|,;~~~|Grants permission to get logging configuration settings for Amazon Chime SIP media application under the administrator's AWS account",
  GetSipRule: "|,;~~~|Grants permission to get details of Amazon Chime SIP rule under the administrator's AWS account",
  GetSpeakerSearchTask:
    "|,;~~chime-sdk-media-pipelines~;~~|Grants permission to get a speaker search task on the specified Amazon Chime resource",
  GetTelephonyLimits: "|,;~|Grants permission to get telephony limits for the AWS account",
  GetUser: "|,;~~chime~|Grants permission to get details for the specified user ID",
  GetUserActivityReportData: "|,;~|Grants permission to get a summary of user activity on the user details page",
  GetUserByEmail:
    "|,;~|Grants permission to get user details for an Amazon Chime user based on the email address in an Amazon Chime Enterprise or Team account",
  GetUserSettings: "|,;~~chime~|Grants permission to get user settings related to the specified Amazon Chime user",
  GetVoiceConnector: "|,;~~~|Grants permission to get details for the specified Amazon Chime Voice Connector",
  GetVoiceConnectorEmergencyCallingConfiguration:
    "|,;~~~|Grants permission to get details of the emergency calling configuration for the specified Amazon Chime Voice Connector",
  GetVoiceConnectorExternalSystemsConfiguration:
    "|,;~~~|Grants permission to get the configuration of the external system that is connected with the specified Amazon Chime Voice Connector",
  GetVoiceConnectorGroup:
    "|,;~~~|Grants permission to get details for the specified Amazon Chime Voice Connector Group",
  GetVoiceConnectorLoggingConfiguration:
    "|,;~~~|Grants permission to get details of the logging configuration for the specified Amazon Chime Voice Connector",
  GetVoiceConnectorOrigination:
    "|,;~~~|Grants permission to get details of the origination settings for the specified Amazon Chime Voice Connector",
  GetVoiceConnectorProxy:
    "|,;~~~|Grants permission to get details of the proxy configuration for the specified Amazon Chime Voice Connector",
  GetVoiceConnectorStreamingConfiguration:
    "|,;~~~|Grants permission to get details of the streaming configuration for the specified Amazon Chime Voice Connector",
  GetVoiceConnectorTermination:
    "|,;~~~|Grants permission to get details of the termination settings for the specified Amazon Chime Voice Connector",
  GetVoiceConnectorTerminationHealth:
    "|,;~~~|Grants permission to get details of the termination health for the specified Amazon Chime Voice Connector",
  GetVoiceProfile: "|,;~~~|Grants permission to get a voice profile",
  GetVoiceProfileDomain: "|,;~~~|Grants permission to get a voice profile domain",
  GetVoiceToneAnalysisTask:
    "|,;~~chime-sdk-media-pipelines~;~~|Grants permission to get a voice tone analysis task on the specified Amazon Chime resource",
  InviteDelegate:
    "|,;~|Grants permission to send an invitation to accept a request for AWS account delegation for an Amazon Chime account",
  InviteUsers: "|,;~~chime~|Grants permission to invite as many as 50 users to the specified Amazon Chime account",
  InviteUsersFromProvider:
    "|,;~|Grants permission to invite users from a third party provider to your Amazon Chime account",
  ListAccountUsageReportData: "|,;~|Grants permission to list Amazon Chime account usage reporting data",
  ListAccounts: "|,;~~chime~|Grants permission to list the Amazon Chime accounts under the administrator's AWS account",
  ListApiKeys:
    "|,;~|Grants permission to list the SCIM access keys defined for your Amazon Chime account and Okta configuration",
  ListAppInstanceAdmins: "|,;~~chime-sdk-identity~|Grants permission to list administrators in the app instance",
  ListAppInstanceBots:
    "|,;~~chime-sdk-identity~|Grants permission to list all AppInstanceBots created under a single app instance",
  ListAppInstanceUserEndpoints:
    "|,;~~chime-sdk-identity~|Grants permission to list the endpoints registered for an app instance user",
  ListAppInstanceUsers:
    "|,;~~chime-sdk-identity~|Grants permission to list all AppInstanceUsers created under a single app instance",
  ListAppInstances:
    "|,;~~chime-sdk-identity~|Grants permission to list all Amazon Chime app instances created under a single AWS account",
  ListAttendeeTags: "|,;~|Grants permission to list the tags applied to an Amazon Chime SDK attendee resource",
  ListAttendees:
    "|,;~~chime-sdk-meetings~|Grants permission to list up to 100 attendees for a specified Amazon Chime SDK meeting",
  ListAvailableVoiceConnectorRegions:
    "|,;~~~|Grants permission to list the available AWS Regions in which you can create an Amazon Chime SDK Voice Connector",
  ListBots:
    "|,;~~chime~|Grants permission to list the bots associated with the administrator's Amazon Chime Enterprise account",
  ListCDRBucket: "|,;~|Grants permission to list Call Detail Record S3 buckets",
  ListCallingRegions:
    "|,;~|Grants permission to list the calling regions available for the administrator's AWS account",
  ListChannelBans:
    "|,;~~chime-sdk-messaging~|Grants permission to list all the users and bots banned from a particular channel",
  ListChannelFlows:
    "|,;~~chime-sdk-messaging~|Grants permission to list all the Channel Flows created under a single Chime AppInstance",
  ListChannelMemberships: "|,;~~chime-sdk-messaging~|Grants permission to list all channel memberships in a channel",
  ListChannelMembershipsForAppInstanceUser:
    "|,;~~chime-sdk-messaging~|Grants permission to list all channels that a particular user or bot is a part of",
  ListChannelMessages: "|,;~~chime-sdk-messaging~|Grants permission to list all the messages in a channel",
  ListChannelModerators: "|,;~~chime-sdk-messaging~|Grants permission to list all the moderators for a channel",
  ListChannels:
    "|,;~~chime-sdk-messaging~|Grants permission to list all the Channels created under a single Chime AppInstance",
  ListChannelsAssociatedWithChannelFlow:
    "|,;~~chime-sdk-messaging~|Grants permission to list all the Channels associated with a single Chime Channel Flow",
  ListChannelsModeratedByAppInstanceUser:
    "|,;~~chime-sdk-messaging~|Grants permission to list all channels moderated by a user or bot",
  ListDelegates:
    "|,;~|Grants permission to list account delegate information associated with your Amazon Chime account",
  ListDirectories:
    "|,;~|Grants permission to list active Active Directories hosted in the Directory Service of your AWS account",
  ListDomains: "|,;~|Grants permission to list domains associated with your Amazon Chime account",
  ListGroups:
    "|,;~|Grants permission to list Active Directory or Okta user groups associated with your Amazon Chime Enterprise account",
  ListMediaCapturePipelines: "|,;~~chime-sdk-media-pipelines~|Grants permission to list media capture pipelines",
  ListMediaInsightsPipelineConfigurations:
    "|,;~~chime-sdk-media-pipelines~|Grants permission to list all media insights pipeline configurations",
  ListMediaPipelineKinesisVideoStreamPools: "|,;~~chime-sdk-media-pipelines~|Grants permission to list media pipelines",
  ListMediaPipelines: "|,;~~chime-sdk-media-pipelines~|Grants permission to list media pipelines",
  ListMeetingEvents: "|,;~|Grants permission to list all events that occurred for a specified meeting",
  ListMeetingTags: "|,;~|Grants permission to list the tags applied to an Amazon Chime SDK meeting resource",
  ListMeetings: "|,;~|Grants permission to list up to 100 active Amazon Chime SDK meetings",
  ListMeetingsReportData: "|,;~|Grants permission to list meetings ended during the specified date range",
  ListPhoneNumberOrders:
    "|,;~~chime~;~~|Grants permission to list the phone number orders under the administrator's AWS account",
  ListPhoneNumbers: "|,;~~chime~;~~|Grants permission to list the phone numbers under the administrator's AWS account",
  ListProxySessions: "|,;~~~|Grants permission to list proxy sessions for the specified Amazon Chime Voice Connector",
  ListRoomMemberships: "|,;~~chime~|Grants permission to list all room members",
  ListRooms: "|,;~~chime~|Grants permission to list rooms",
  ListSipMediaApplications:
    "|,;~~~|Grants permission to list all Amazon Chime SIP media applications under the administrator's AWS account",
  ListSipRules: "|,;~~~|Grants permission to list all Amazon Chime SIP rules under the administrator's AWS account",
  ListSubChannels: "|,;~~chime-sdk-messaging~|Grants permission to list all the SubChannels under a single Channel",
  ListSupportedPhoneNumberCountries:
    "|,;~~chime~;~~|Grants permission to list the phone number countries supported by the AWS account",
  ListTagsForResource:
    "|,;~~chime-sdk-identity~;~chime-sdk-media-pipelines~;~chime-sdk-meetings~;~chime-sdk-messaging~;~~|Grants permission to list the tags applied to an Amazon Chime resource",
  ListUsers: "|,;~~chime~|Grants permission to list the users that belong to the specified Amazon Chime account",
  ListVoiceConnectorGroups:
    "|,;~~~|Grants permission to list the Amazon Chime Voice Connector Groups under the administrator's AWS account",
  ListVoiceConnectorTerminationCredentials:
    "|,;~~~|Grants permission to list the SIP termination credentials for the specified Amazon Chime Voice Connector",
  ListVoiceConnectors:
    "|,;~~~|Grants permission to list the Amazon Chime Voice Connectors under the administrator's AWS account",
  ListVoiceProfileDomains: "|,;~~~|Grants permission to list voice profile domains",
  ListVoiceProfiles: "|,;~~~|Grants permission to list voice profiles",
  LogoutUser:
    "|,;~~chime~|Grants permission to log out the specified user from all of the devices they are currently logged into",
  PutAppInstanceRetentionSettings:
    "|,;~~chime-sdk-identity~|Grants permission to enable data retention for the app instance",
  PutAppInstanceStreamingConfigurations: "|,;~|Grants permission to configure data streaming for the app instance",
  PutAppInstanceUserExpirationSettings:
    "|,;~~chime-sdk-identity~,~chime-sdk-identity~|Grants permission to put expiration settings for an AppInstanceUser",
  PutChannelExpirationSettings:
    "|,;~~chime-sdk-messaging~,~chime-sdk-messaging~|Grants permission to put expiration settings for a channel",
  PutChannelMembershipPreferences:
    "|,;~~chime-sdk-messaging~|Grants permission to put the preferences for a channel membership",
  PutEventsConfiguration:
    "|,;~~chime~|Grants permission to update details for an events configuration for a bot to receive outgoing events",
  PutMessagingStreamingConfigurations:
    "|,;~~chime-sdk-messaging~|Grants permission to put the data streaming configurations of an AppInstance",
  PutRetentionSettings:
    "|,;~~chime~|Grants permission to create or update retention settings for the specified Amazon Chime account",
  PutSipMediaApplicationAlexaSkillConfiguration:
    "|,;~~~|Grants permission to update Alexa Skill configuration settings for Amazon Chime SIP media application under the administrator's AWS account",
  PutSipMediaApplicationLoggingConfiguration:
    "|,;~~~|Grants permission to update logging configuration settings for Amazon Chime SIP media application under the administrator's AWS account",
  PutVoiceConnectorEmergencyCallingConfiguration:
    "|,;~~~|Grants permission to add emergency calling configuration for the specified Amazon Chime Voice Connector",
  PutVoiceConnectorExternalSystemsConfiguration:
    "|,;~~~|Grants permission to update the configuration of the external system that is connected with the specified Amazon Chime Voice Connector",
  PutVoiceConnectorLoggingConfiguration:
    "|,;~~~|Grants permission to add logging configuration for the specified Amazon Chime Voice Connector",
  PutVoiceConnectorOrigination:
    "|,;~~~|Grants permission to update the origination settings for the specified Amazon Chime Voice Connector",
  PutVoiceConnectorProxy:
    "|,;~~~|Grants permission to add proxy configuration for the specified Amazon Chime Voice Connector",
  PutVoiceConnectorStreamingConfiguration:
    "|,;~~~|Grants permission to add streaming configuration for the specified Amazon Chime Voice Connector",
  PutVoiceConnectorTermination:
    "|,;~~~|Grants permission to update the termination settings for the specified Amazon Chime Voice Connector",
  PutVoiceConnectorTerminationCredentials:
    "|,;~~~|Grants permission to add SIP termination credentials for the specified Amazon Chime Voice Connector",
  RedactChannelMessage: "|,;~~chime-sdk-messaging~|Grants permission to redact message content",
  RedactConversationMessage: "|,;~~chime~|Grants permission to redact the specified Chime conversation Message",
  RedactRoomMessage: "|,;~~chime~|Grants permission to redacts the specified Chime room Message",
  RegenerateSecurityToken: "|,;~~chime~|Grants permission to regenerate the security token for the specified bot",
  RegisterAppInstanceUserEndpoint:
    "|,;~~chime-sdk-identity~|Grants permission to register an endpoint for an app instance user",
  RenameAccount: "|,;~|Grants permission to modify the account name for your Amazon Chime Enterprise or Team account",
  RenewDelegate: "|,;~|Grants permission to renew the delegation request associated with an Amazon Chime account",
  ResetAccountResource: "|,;~|Grants permission to reset the account resource in your Amazon Chime account",
  ResetPersonalPIN:
    "|,;~|Grants permission to reset the personal meeting PIN for the specified user on an Amazon Chime account",
  RestorePhoneNumber:
    "|,;~~chime~;~~|Grants permission to restore the specified phone number from the deltion queue back to the phone number inventory",
  RetrieveDataExports:
    '|,;~|Grants permission to download the file containing links to all user attachments returned as part of the "Request attachments" action',
  SearchAvailablePhoneNumbers:
    "|,;~~chime~;~~|Grants permission to search phone numbers that can be ordered from the carrier",
  SearchChannels:
    "|,;~~chime-sdk-messaging~|Grants permission to search channels that an AppInstanceUser belongs to, or search channels across the AppInstance for an AppInstaceAdmin",
  SendChannelMessage:
    "|,;~~chime-sdk-messaging~|Grants permission to send a message to a particular channel that the member is a part of",
  StartDataExport: '|,;~|Grants permission to submit the "Request attachments" request',
  StartMeetingTranscription: "|,;~~chime-sdk-meetings~|Grants permission to start transcription for a meeting",
  StartSpeakerSearchTask:
    "|,;~~chime-sdk-media-pipelines~;~~|Grants permission to start a speaker search task on the specified Amazon Chime resource",
  StartVoiceToneAnalysisTask:
    "|,;~~chime-sdk-media-pipelines~;~~|Grants permission to start a voice tone analysis task on the specified Amazon Chime resource",
  StopMeetingTranscription: "|,;~~chime-sdk-meetings~|Grants permission to stop transcription for a meeting",
  StopSpeakerSearchTask:
    "|,;~~chime-sdk-media-pipelines~;~~|Grants permission to stop a speaker search task on the specified Amazon Chime resource",
  StopVoiceToneAnalysisTask:
    "|,;~~chime-sdk-media-pipelines~;~~|Grants permission to stop a voice tone analysis task on the specified Amazon Chime resource",
  SubmitSupportRequest: "|,;~|Grants permission to submit a customer service support request",
  SuspendUsers: "|,;~|Grants permission to suspend users from an Amazon Chime Enterprise account",
  TagAttendee:
    "|,;~~chime-sdk-meetings~|Grants permission to apply the specified tags to the specified Amazon Chime SDK attendee",
  TagMeeting:
    "|,;~~chime-sdk-meetings~|Grants permission to apply the specified tags to the specified Amazon Chime SDK meeting",
  TagResource:
    "|,;~~chime-sdk-identity~,~chime-sdk-identity~,~chime-sdk-identity~,~chime-sdk-messaging~,~chime-sdk-messaging~,~chime-sdk-media-pipelines~,~chime-sdk-media-pipelines~,~chime-sdk-media-pipelines~,~chime-sdk-media-pipelines~,~chime-sdk-media-pipelines~,~chime-sdk-media-pipelines~,~chime-sdk-meetings~,~chime-sdk-meetings~,~~,~~,~~,~chime-sdk-identity~;~chime-sdk-media-pipelines~;~chime-sdk-meetings~;~chime-sdk-messaging~;~~|Grants permission to apply the specified tags to the specified resource (tag-based access controls are only supported on *-chime.<region>.amazonaws.com endpoints)",
  UnauthorizeDirectory:
    "|,;~|Grants permission to unauthorize an Active Directory from your Amazon Chime Enterprise account",
  UntagAttendee: "|,;~|Grants permission to untag the specified tags from the specified Amazon Chime SDK attendee",
  UntagMeeting: "|,;~|Grants permission to untag the specified tags from the specified Amazon Chime SDK meeting",
  UntagResource:
    "|,;~~chime-sdk-identity~;~chime-sdk-media-pipelines~;~chime-sdk-meetings~;~chime-sdk-messaging~;~~|Grants permission to untag the specified tags from the specified resource (tag-based access controls are only supported on *-chime.<region>.amazonaws.com endpoints)",
  UpdateAccount: "|,;~|Grants permission to update account details for the specified Amazon Chime account",
  UpdateAccountOpenIdConfig:
    "|,;~|Grants permission to update the OpenIdConfig attributes for your Amazon Chime account",
  UpdateAccountResource: "|,;~|Grants permission to update the account resource in your Amazon Chime account",
  UpdateAccountSettings: "|,;~|Grants permission to update the settings for the specified Amazon Chime account",
  UpdateAppInstance: "|,;~~chime-sdk-identity~|Grants permission to update AppInstance metadata",
  UpdateAppInstanceBot: "|,;~~chime-sdk-identity~|Grants permission to update the details for an AppInstanceBot",
  UpdateAppInstanceUser: "|,;~~chime-sdk-identity~|Grants permission to update the details for an AppInstanceUser",
  UpdateAppInstanceUserEndpoint:
    "|,;~~chime-sdk-identity~|Grants permission to update an endpoint registered for an app instance user",
  UpdateAttendeeCapabilities: "|,;~~chime-sdk-meetings~|Grants permission to the capabilties that you want to update",
  UpdateBot: "|,;~~chime~|Grants permission to update the status of the specified bot",
  UpdateCDRSettings: "|,;~|Grants permission to update your Call Detail Record S3 bucket",
  UpdateChannel: "|,;~~chime-sdk-messaging~|Grants permission to update a channel's attributes",
  UpdateChannelFlow: "|,;~~chime-sdk-messaging~|Grants permission to update a channel flow",
  UpdateChannelMessage: "|,;~~chime-sdk-messaging~|Grants permission to update the content of a message",
  UpdateChannelReadMarker:
    "|,;~~chime-sdk-messaging~|Grants permission to set the timestamp to the point when a user last read messages in a channel",
  UpdateGlobalSettings:
    "|,;~~chime~;~~|Grants permission to update the global settings related to Amazon Chime for the AWS account",
  UpdateMediaInsightsPipelineConfiguration:
    "|,;~~chime-sdk-media-pipelines~|Grants permission to update the status of a media insights pipeline configuration",
  UpdateMediaInsightsPipelineStatus:
    "|,;~~chime-sdk-media-pipelines~|Grants permission to update the status of a media insights pipeline",
  UpdateMediaPipelineKinesisVideoStreamPool:
    "|,;~~chime-sdk-media-pipelines~|Grants permission to update kinesis video stream pool",
  UpdatePhoneNumber: "|,;~~chime~;~~|Grants permission to update phone number details for the specified phone number",
  UpdatePhoneNumberSettings:
    "|,;~~chime~;~~|Grants permission to update phone number settings related to Amazon Chime for the AWS account",
  UpdateProxySession:
    "|,;~~~|Grants permission to update a proxy session for the specified Amazon Chime Voice Connector",
  UpdateRoom: "|,;~~chime~|Grants permission to update a room",
  UpdateRoomMembership: "|,;~~chime~|Grants permission to update room membership role",
  UpdateSipMediaApplication:
    "|,;~~~|Grants permission to update properties of Amazon Chime SIP media application under the administrator's AWS account",
  UpdateSipMediaApplicationCall:
    "|,;~~~|Grants permission to update an Amazon Chime SIP media application call under the administrator's AWS account",
  UpdateSipRule:
    "|,;~~~|Grants permission to update properties of Amazon Chime SIP rule under the administrator's AWS account",
  UpdateSupportedLicenses:
    "|,;~|Grants permission to update the supported license tiers available for users in your Amazon Chime account",
  UpdateUser: "|,;~|Grants permission to update user details for a specified user ID",
  UpdateUserLicenses: "|,;~|Grants permission to update the licenses for your Amazon Chime users",
  UpdateUserSettings: "|,;~|Grants permission to update user settings related to the specified Amazon Chime user",
  UpdateVoiceConnector:
    "|,;~~~|Grants permission to update Amazon Chime Voice Connector details for the specified Amazon Chime Voice Connector",
  UpdateVoiceConnectorGroup:
    "|,;~~~|Grants permission to update Amazon Chime Voice Connector Group details for the specified Amazon Chime Voice Connector Group",
  UpdateVoiceProfile: "|,;~~~|Grants permission to update a voice profile",
  UpdateVoiceProfileDomain: "|,;~~~|Grants permission to update a voice profile domain",
  ValidateAccountResource: "|,;~|Grants permission to validate the account resource in your Amazon Chime account",
  ValidateE911Address:
    "|,;~~~|Grants permission to validate an address to be used for 911 calls made with Amazon Chime Voice Connectors",
};
const resourceTypeFacts = {
  /** The app-instance resource type: arn:${Partition}:chime:${Region}:${AccountId}:app-instance/${AppInstanceId} */
  "app-instance": "|,appInstance|1",
  /** The app-instance-bot resource type: arn:${Partition}:chime:${Region}:${AccountId}:app-instance/${AppInstanceId}/bot/${AppInstanceBotId} */
  "app-instance-bot": "|,appInstanceBot|1",
  /** The app-instance-user resource type: arn:${Partition}:chime:${Region}:${AccountId}:app-instance/${AppInstanceId}/user/${AppInstanceUserId} */
  "app-instance-user": "|,appInstanceUser|1",
  /** The channel resource type: arn:${Partition}:chime:${Region}:${AccountId}:app-instance/${AppInstanceId}/channel/${ChannelId} */
  channel: "|,|1",
  /** The channel-flow resource type: arn:${Partition}:chime:${Region}:${AccountId}:app-instance/${AppInstanceId}/channel-flow/${ChannelFlowId} */
  "channel-flow": "|,channelFlow|1",
  /** The media-insights-pipeline-configuration resource type: arn:${Partition}:chime:${Region}:${AccountId}:media-insights-pipeline-configuration/${ConfigurationName} */
  "media-insights-pipeline-configuration": "|,mediaInsightsPipelineConfiguration|1",
  /** The media-pipeline resource type: arn:${Partition}:chime:${Region}:${AccountId}:media-pipeline/${MediaPipelineId} */
  "media-pipeline": "|,mediaPipeline|1",
  /** The media-pipeline-kinesis-video-stream-pool resource type: arn:${Partition}:chime:${Region}:${AccountId}:media-pipeline-kinesis-video-stream-pool/${PoolName} */
  "media-pipeline-kinesis-video-stream-pool": "|,mediaPipelineKinesisVideoStreamPool|1",
  /** The meeting resource type: arn:${Partition}:chime:${Region}:${AccountId}:meeting/${MeetingId} */
  meeting: "|,|1",
  /** The sip-media-application resource type: arn:${Partition}:chime:${Region}:${AccountId}:sma/${SipMediaApplicationId} */
  "sip-media-application": "|,sipMediaApplication|1",
  /** The voice-connector resource type: arn:${Partition}:chime:${Region}:${AccountId}:vc/${VoiceConnectorId} */
  "voice-connector": "|,voiceConnector|1",
  /** The voice-profile resource type: arn:${Partition}:chime:${Region}:${AccountId}:voice-profile/${VoiceProfileId} */
  "voice-profile": "|,voiceProfile|",
  /** The voice-profile-domain resource type: arn:${Partition}:chime:${Region}:${AccountId}:voice-profile-domain/${VoiceProfileDomainId} */
  "voice-profile-domain": "|,voiceProfileDomain|1",
} as const;
const arnFormats = {
  /** ARN of a app-instance resource: arn:${Partition}:chime:${Region}:${AccountId}:app-instance/${AppInstanceId}. */
  appInstance: "|,app-instance|arn:|Partition|:chime:|Region|:|AccountId|:app-instance/|AppInstanceId|",
  /** ARN of a app-instance-bot resource: arn:${Partition}:chime:${Region}:${AccountId}:app-instance/${AppInstanceId}/bot/${AppInstanceBotId}. */
  appInstanceBot:
    "|,app-instance-bot|arn:|Partition|:chime:|Region|:|AccountId|:app-instance/|AppInstanceId|/bot/|AppInstanceBotId|",
  /** ARN of a app-instance-user resource: arn:${Partition}:chime:${Region}:${AccountId}:app-instance/${AppInstanceId}/user/${AppInstanceUserId}. */
  appInstanceUser:
    "|,app-instance-user|arn:|Partition|:chime:|Region|:|AccountId|:app-instance/|AppInstanceId|/user/|AppInstanceUserId|",
  /** ARN of a channel resource: arn:${Partition}:chime:${Region}:${AccountId}:app-instance/${AppInstanceId}/channel/${ChannelId}. */
  channel: "|,channel|arn:|Partition|:chime:|Region|:|AccountId|:app-instance/|AppInstanceId|/channel/|ChannelId|",
  /** ARN of a channel-flow resource: arn:${Partition}:chime:${Region}:${AccountId}:app-instance/${AppInstanceId}/channel-flow/${ChannelFlowId}. */
  channelFlow:
    "|,channel-flow|arn:|Partition|:chime:|Region|:|AccountId|:app-instance/|AppInstanceId|/channel-flow/|ChannelFlowId|",
  /** ARN of a media-insights-pipeline-configuration resource: arn:${Partition}:chime:${Region}:${AccountId}:media-insights-pipeline-configuration/${ConfigurationName}. */
  mediaInsightsPipelineConfiguration:
    "|,media-insights-pipeline-configuration|arn:|Partition|:chime:|Region|:|AccountId|:media-insights-pipeline-configuration/|ConfigurationName|",
  /** ARN of a media-pipeline resource: arn:${Partition}:chime:${Region}:${AccountId}:media-pipeline/${MediaPipelineId}. */
  mediaPipeline: "|,media-pipeline|arn:|Partition|:chime:|Region|:|AccountId|:media-pipeline/|MediaPipelineId|",
  /** ARN of a media-pipeline-kinesis-video-stream-pool resource: arn:${Partition}:chime:${Region}:${AccountId}:media-pipeline-kinesis-video-stream-pool/${PoolName}. */
  mediaPipelineKinesisVideoStreamPool:
    "|,media-pipeline-kinesis-video-stream-pool|arn:|Partition|:chime:|Region|:|AccountId|:media-pipeline-kinesis-video-stream-pool/|PoolName|",
  /** ARN of a meeting resource: arn:${Partition}:chime:${Region}:${AccountId}:meeting/${MeetingId}. */
  meeting: "|,meeting|arn:|Partition|:chime:|Region|:|AccountId|:meeting/|MeetingId|",
  /** ARN of a sip-media-application resource: arn:${Partition}:chime:${Region}:${AccountId}:sma/${SipMediaApplicationId}. */
  sipMediaApplication: "|,sip-media-application|arn:|Partition|:chime:|Region|:|AccountId|:sma/|SipMediaApplicationId|",
  /** ARN of a voice-connector resource: arn:${Partition}:chime:${Region}:${AccountId}:vc/${VoiceConnectorId}. */
  voiceConnector: "|,voice-connector|arn:|Partition|:chime:|Region|:|AccountId|:vc/|VoiceConnectorId|",
  /** ARN of a voice-profile resource: arn:${Partition}:chime:${Region}:${AccountId}:voice-profile/${VoiceProfileId}. */
  voiceProfile: "|,voice-profile|arn:|Partition|:chime:|Region|:|AccountId|:voice-profile/|VoiceProfileId|",
  /** ARN of a voice-profile-domain resource: arn:${Partition}:chime:${Region}:${AccountId}:voice-profile-domain/${VoiceProfileDomainId}. */
  voiceProfileDomain:
    "|,voice-profile-domain|arn:|Partition|:chime:|Region|:|AccountId|:voice-profile-domain/|VoiceProfileDomainId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "app-instance",
  "app-instance-bot",
  "app-instance-user",
  "channel",
  "channel-flow",
  "media-insights-pipeline-configuration",
  "media-pipeline",
  "media-pipeline-kinesis-video-stream-pool",
  "meeting",
  "sip-media-application",
  "voice-connector",
  "voice-profile",
  "voice-profile-domain",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "chime">;
/** Any chime action. */
export type Action = ActionOf<typeof actionFacts, "chime">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "chime">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "chime-sdk-voice" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every chime action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by a tag's key and value in a request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by the tag key-value pairs attached to the resource. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by a tag's key and value in a request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by the tag key-value pairs attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the tag keys in a request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "chime",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
