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
export const prefix: "sms-voice" = "sms-voice";
/** The service's name in the reference. */
export const serviceName: "Amazon Pinpoint SMS and Voice Service" = "Amazon Pinpoint SMS and Voice Service";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Pinpoint SMS and Voice Service",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonpinpointsmsandvoiceservice.html",
  },
  {
    name: "AWS End User Messaging SMS and Voice V2",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsendusermessagingsmsandvoicev2.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["iam:PassRole", "sms-voice:TagResource"] as const;
const actionFacts = {
  /** Grants permission to associate an origination phone number or sender ID to a pool. Access level: Write. Resources: PhoneNumber, Pool*, SenderId. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_AssociateOriginationIdentity.html */
  AssociateOriginationIdentity: "W|||3;0;,4;1;,8;0;|||;,RequestPhoneNumber",
  /** Grants permission to associate a protect configuration to a configuration set. Access level: Write. Resources: ConfigurationSet*, ProtectConfiguration*. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_AssociateProtectConfiguration.html */
  AssociateProtectConfiguration: "W|||0;1;,5;1;|||;",
  /** Create a new configuration set. After you create the configuration set, you can add one or more event destinations to it. Access level: Write. https://docs.aws.amazon.com/pinpoint-sms-voice/latest/APIReference/v1-sms-voice-configuration-sets.html */
  CreateConfigurationSet: "W||||0,2|1|;",
  /** Create a new event destination in a configuration set. Access level: Write. https://docs.aws.amazon.com/pinpoint-sms-voice/latest/APIReference/v1-sms-voice-configuration-sets-configurationsetname-event-destinations.html */
  CreateConfigurationSetEventDestination: "W|||||0|;",
  /** Grants permission to create an event destination within a configuration set. Access level: Write. Resources: ConfigurationSet*. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_CreateEventDestination.html */
  CreateEventDestination: "W|||0;1;||0|;",
  /** Grants permission to create an opt-out list. Access level: Write. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_CreateOptOutList.html */
  CreateOptOutList: "W||||0,2|1|;",
  /** Grants permission to create a pool. Access level: Write. Resources: PhoneNumber, SenderId. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_CreatePool.html */
  CreatePool: "W|||3;0;,8;0;|0,2|1|;",
  /** Grants permission to create a protect configuration. Access level: Write. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_CreateProtectConfiguration.html */
  CreateProtectConfiguration: "W||||0,2|1|;",
  /** Grants permission to create a registration. Access level: Write. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_CreateRegistration.html */
  CreateRegistration: "W||||0,2|1|;",
  /** Grants permission to associate a registration with a phone number or another registration. Access level: Write. Resources: PhoneNumber, Registration*. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_CreateRegistrationAssociation.html */
  CreateRegistrationAssociation: "W|||3;0;,6;1;|||;",
  /** Grants permission to create a registration attachment. Access level: Write. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_CreateRegistrationAttachment.html */
  CreateRegistrationAttachment: "W||||0,2|1|;",
  /** Grants permission to create a registration version. Access level: Write. Resources: Registration*. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_CreateRegistrationVersion.html */
  CreateRegistrationVersion: "W|||6;1;|||;",
  /** Grants permission to create a verified destination number. Access level: Write. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_CreateVerifiedDestinationNumber.html */
  CreateVerifiedDestinationNumber: "W||||0,2|1|;",
  /** Grants permission to delete the account default protect configuration. Access level: Write. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_DeleteAccountDefaultProtectConfiguration.html */
  DeleteAccountDefaultProtectConfiguration: "W||||||;",
  /** Deletes an existing configuration set. Access level: Write. Resources: ConfigurationSet*. https://docs.aws.amazon.com/pinpoint-sms-voice/latest/APIReference/v1-sms-voice-configuration-sets-configurationsetname.html */
  DeleteConfigurationSet: "W|||0;1;|||;",
  /** Deletes an event destination in a configuration set. Access level: Write. https://docs.aws.amazon.com/pinpoint-sms-voice/latest/APIReference/v1-sms-voice-configuration-sets-configurationsetname-event-destinations-eventdestinationname.html */
  DeleteConfigurationSetEventDestination: "W||||||;",
  /** Grants permission to delete the default message type for a configuration set. Access level: Write. Resources: ConfigurationSet*. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_DeleteDefaultMessageType.html */
  DeleteDefaultMessageType: "W|||0;1;|||;",
  /** Grants permission to delete the default sender ID for a configuration set. Access level: Write. Resources: ConfigurationSet*. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_DeleteDefaultSenderId.html */
  DeleteDefaultSenderId: "W|||0;1;|||;",
  /** Grants permission to delete an event destination within a configuration set. Access level: Write. Resources: ConfigurationSet*. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_DeleteEventDestination.html */
  DeleteEventDestination: "W|||0;1;|||;",
  /** Grants permission to delete a keyword for a pool or origination phone number. Access level: Write. Resources: PhoneNumber, Pool. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_DeleteKeyword.html */
  DeleteKeyword: "W|||3;0;,4;0;|||;",
  /** Grants permission to delete an override for your account's media messaging monthly spend limit. Access level: Write. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_DeleteMediaMessageSpendLimitOverride.html */
  DeleteMediaMessageSpendLimitOverride: "W||||||;",
  /** Grants permission to delete an opt-out list. Access level: Write. Resources: OptOutList*. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_DeleteOptOutList.html */
  DeleteOptOutList: "W|||2;1;|||;",
  /** Grants permission to delete a destination phone number from an opt-out list. Access level: Write. Resources: OptOutList*. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_DeleteOptedOutNumber.html */
  DeleteOptedOutNumber: "W|||2;1;|||;",
  /** Grants permission to delete a pool. Access level: Write. Resources: Pool*. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_DeletePool.html */
  DeletePool: "W|||4;1;|||;",
  /** Grants permission to delete a protect configuration. Access level: Write. Resources: ProtectConfiguration*. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_DeleteProtectConfiguration.html */
  DeleteProtectConfiguration: "W|||5;1;|||;",
  /** Grants permission to delete a phone number override for a protect configuration. Access level: Write. Resources: ProtectConfiguration*. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_DeleteProtectConfigurationRuleSetNumberOverride.html */
  DeleteProtectConfigurationRuleSetNumberOverride: "W|||5;1;|||;",
  /** Grants permission to delete a registration. Access level: Write. Resources: Registration*. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_DeleteRegistration.html */
  DeleteRegistration: "W|||6;1;|||;",
  /** Grants permission to delete a registration attachment. Access level: Write. Resources: RegistrationAttachment*. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_DeleteRegistrationAttachment.html */
  DeleteRegistrationAttachment: "W|||7;1;|||;",
  /** Grants permission to delete an optional registration field value. Access level: Write. Resources: Registration*. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_DeleteRegistrationFieldValue.html */
  DeleteRegistrationFieldValue: "W|||6;1;|||;",
  /** Grants permission to delete a resource policy. Access level: Permissions management. Resources: OptOutList, PhoneNumber, Pool, SenderId. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_DeleteResourcePolicy.html */
  DeleteResourcePolicy: "P|||2;0;,3;0;,4;0;,8;0;|||;",
  /** Grants permission to delete an override for your account's text messaging monthly spend limit. Access level: Write. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_DeleteTextMessageSpendLimitOverride.html */
  DeleteTextMessageSpendLimitOverride: "W||||||;",
  /** Grants permission to delete a verified destination number. Access level: Write. Resources: VerifiedDestinationNumber*. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_DeleteVerifiedDestinationNumber.html */
  DeleteVerifiedDestinationNumber: "W|||9;1;|||;",
  /** Grants permission to delete an override for your account's voice messaging monthly spend limit. Access level: Write. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_DeleteVoiceMessageSpendLimitOverride.html */
  DeleteVoiceMessageSpendLimitOverride: "W||||||;",
  /** Grants permission to describe the attributes of your account. Access level: Read. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_DescribeAccountAttributes.html */
  DescribeAccountAttributes: "R||||||;",
  /** Grants permission to describe the service quotas for your account. Access level: Read. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_DescribeAccountLimits.html */
  DescribeAccountLimits: "R||||||;",
  /** Grants permission to describe the configuration sets in your account. Access level: Read. Resources: ConfigurationSet. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_DescribeConfigurationSets.html */
  DescribeConfigurationSets: "R|||0;0;|||;",
  /** Grants permission to describe the keywords for a pool or origination phone number. Access level: Read. Resources: PhoneNumber, Pool. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_DescribeKeywords.html */
  DescribeKeywords: "R|||3;0;,4;0;|||;",
  /** Grants permission to describe the opt-out lists in your account. Access level: Read. Resources: OptOutList. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_DescribeOptOutLists.html */
  DescribeOptOutLists: "R|||2;0;|||;",
  /** Grants permission to describe the destination phone numbers in an opt-out list. Access level: Read. Resources: OptOutList*. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_DescribeOptedOutNumbers.html */
  DescribeOptedOutNumbers: "R|||2;1;|||;",
  /** Grants permission to describe the origination phone numbers in your account. Access level: Read. Resources: PhoneNumber. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_DescribePhoneNumbers.html */
  DescribePhoneNumbers: "R|||3;0;|||;",
  /** Grants permission to describe the pools in your account. Access level: Read. Resources: Pool. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_DescribePools.html */
  DescribePools: "R|||4;0;|||;",
  /** Grants permission to describe the protect configurations in your account. Access level: Read. Resources: ProtectConfiguration. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_DescribeProtectConfigurations.html */
  DescribeProtectConfigurations: "R|||5;0;|||;",
  /** Grants permission to describe the registration attachments in your account. Access level: Read. Resources: RegistrationAttachment. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_DescribePools.html */
  DescribeRegistrationAttachments: "R|||7;0;|||;",
  /** Grants permission to describe the field definitions for a given registration type. Access level: Read. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_DescribeRegistrationFieldDefinitions.html */
  DescribeRegistrationFieldDefinitions: "R||||||;",
  /** Grants permission to describe the field values for a given registration. Access level: Read. Resources: Registration*. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_DescribeRegistrationFieldValues.html */
  DescribeRegistrationFieldValues: "R|||6;1;|||;",
  /** Grants permission to describe the section definitions for a given registration type. Access level: Read. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_DescribeRegistrationSectionDefinitions.html */
  DescribeRegistrationSectionDefinitions: "R||||||;",
  /** Grants permission to describe the registration types supported by the service. Access level: Read. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_DescribeRegistrationTypeDefinitions.html */
  DescribeRegistrationTypeDefinitions: "R||||||;",
  /** Grants permission to describe the versions for a given registration. Access level: Read. Resources: Registration*. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_DescribeRegistrationVersions.html */
  DescribeRegistrationVersions: "R|||6;1;|||;",
  /** Grants permission to describe the registrations in your account. Access level: Read. Resources: Registration. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_DescribeRegistrations.html */
  DescribeRegistrations: "R|||6;0;|||;",
  /** Grants permission to describe the sender IDs in your account. Access level: Read. Resources: SenderId. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_DescribeSenderIds.html */
  DescribeSenderIds: "R|||8;0;|||;",
  /** Grants permission to describe the monthly spend limits for your account. Access level: Read. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_DescribeSpendLimits.html */
  DescribeSpendLimits: "R||||||;",
  /** Grants permission to describe the verified destination numbers in your account. Access level: Read. Resources: VerifiedDestinationNumber. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_DescribeVerifiedDestinationNumbers.html */
  DescribeVerifiedDestinationNumbers: "R|||9;0;|||;",
  /** Grants permission to disassociate an origination phone number or sender ID from a pool. Access level: Write. Resources: PhoneNumber, Pool*, SenderId. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_DisassociateOriginationIdentity.html */
  DisassociateOriginationIdentity: "W|||3;0;,4;1;,8;0;|||;",
  /** Grants permission to disassociate a protect configuration from a configuration set. Access level: Write. Resources: ConfigurationSet*, ProtectConfiguration*. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_DisassociateProtectConfiguration.html */
  DisassociateProtectConfiguration: "W|||0;1;,5;1;|||;",
  /** Grants permission to discard the latest version of a given registration. Access level: Write. Resources: Registration*. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_DiscardRegistrationVersion.html */
  DiscardRegistrationVersion: "W|||6;1;|||;",
  /** Obtain information about an event destination, including the types of events it reports, the Amazon Resource Name (ARN) of the destination, and the name of the event destination. Access level: Read. https://docs.aws.amazon.com/pinpoint-sms-voice/latest/APIReference/v1-sms-voice-configuration-sets-configurationsetname-event-destinations.html */
  GetConfigurationSetEventDestinations: "R||||||;",
  /** Grants permission to get the country rule set for a protect configuration. Access level: Read. Resources: ProtectConfiguration*. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_GetProtectConfigurationCountryRuleSet.html */
  GetProtectConfigurationCountryRuleSet: "R|||5;1;|||;",
  /** Grants permission to get a resource policy. Access level: Read. Resources: OptOutList, PhoneNumber, Pool, SenderId. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_GetResourcePolicy.html */
  GetResourcePolicy: "R|||2;0;,3;0;,4;0;,8;0;|||;",
  /** Return a list of configuration sets. This operation only returns the configuration sets that are associated with your account in the current AWS Region. Access level: Read. https://docs.aws.amazon.com/pinpoint-sms-voice/latest/APIReference/v1-sms-voice-configuration-sets.html */
  ListConfigurationSets: "R||||||;",
  /** Grants permission to list all origination phone numbers and sender IDs associated to a pool. Access level: Read. Resources: Pool*. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_ListPoolOriginationIdentities.html */
  ListPoolOriginationIdentities: "R|||4;1;|||;",
  /** Grants permission to list all phone number overrides for a protect configuration. Access level: Read. Resources: ProtectConfiguration*. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_ListProtectConfigurationRuleSetNumberOverrides.html */
  ListProtectConfigurationRuleSetNumberOverrides: "R|||5;1;|||;",
  /** Grants permission to list all resources associated to a registration. Access level: Read. Resources: Registration*. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_ListRegistrationAssociations.html */
  ListRegistrationAssociations: "R|||6;1;|||;",
  /** Grants permission to list the tags for a resource. Access level: Read. Resources: ConfigurationSet, OptOutList, PhoneNumber, Pool, ProtectConfiguration, Registration, RegistrationAttachment, SenderId, VerifiedDestinationNumber. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,8;0;,9;0;|||;",
  /** Grants permission to create or update a keyword for a pool or origination phone number. Access level: Write. Resources: PhoneNumber, Pool. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_PutKeyword.html */
  PutKeyword: "W|||3;0;,4;0;|||;",
  /** Grants permission to put feedback for a text, voice, or media message. Access level: Write. Resources: Message*. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_PutMessageFeedback.html */
  PutMessageFeedback: "W|||1;1;|||;",
  /** Grants permission to put a destination phone number into an opt-out list. Access level: Write. Resources: OptOutList*. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_PutOptedOutNumber.html */
  PutOptedOutNumber: "W|||2;1;|||;",
  /** Grants permission to put a phone number override for a protect configuration. Access level: Write. Resources: ProtectConfiguration*. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_PutProtectConfigurationRuleSetNumberOverride.html */
  PutProtectConfigurationRuleSetNumberOverride: "W|||5;1;|||;",
  /** Grants permission to put a registration field value. Access level: Write. Resources: Registration*. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_PutRegistrationFieldValue.html */
  PutRegistrationFieldValue: "W|||6;1;|||;",
  /** Grants permission to put a resource policy. Access level: Permissions management. Resources: OptOutList, PhoneNumber, Pool, SenderId. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_PutResourcePolicy.html */
  PutResourcePolicy: "P|||2;0;,3;0;,4;0;,8;0;|||;",
  /** Grants permission to release an origination phone number. Access level: Write. Resources: PhoneNumber*. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_ReleasePhoneNumber.html */
  ReleasePhoneNumber: "W|||3;1;|||;",
  /** Grants permission to release a sender ID. Access level: Write. Resources: SenderId*. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_ReleaseSenderId.html */
  ReleaseSenderId: "W|||8;1;|||;",
  /** Grants permission to request an origination phone number. Access level: Write. Resources: Pool. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_RequestPhoneNumber.html */
  RequestPhoneNumber: "W|||4;0;|0,2|sms-voice:AssociateOriginationIdentity,1|;",
  /** Grants permission to request an unregistered sender ID. Access level: Write. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_RequestSenderId.html */
  RequestSenderId: "W||||0,2|1|;",
  /** Grants permission to send a text or voice message containing a verification code to a destination phone number. Access level: Write. Resources: PhoneNumber, Pool, SenderId. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_SendDestinationNumberVerificationCode.html */
  SendDestinationNumberVerificationCode: "W|||3;0;,4;0;,8;0;||sms-voice:SendTextMessage,sms-voice:SendVoiceMessage|;",
  /** Grants permission to send a media message to a destination phone number. Access level: Write. Resources: PhoneNumber, Pool. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_SendMediaMessage.html */
  SendMediaMessage: "W|||3;0;,4;0;|||;",
  /** Grants permission to send a text message to a destination phone number. Access level: Write. Resources: PhoneNumber, Pool, SenderId. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_SendTextMessage.html */
  SendTextMessage: "W|||3;0;,4;0;,8;0;|||SendDestinationNumberVerificationCode,;",
  /** Create a new voice message and send it to a recipient's phone number. Access level: Write. Resources: PhoneNumber, Pool. https://docs.aws.amazon.com/pinpoint-sms-voice/latest/APIReference/v1-sms-voice-voice-message.html */
  SendVoiceMessage: "W|||3;0;,4;0;|||SendDestinationNumberVerificationCode,;",
  /** Grants permission to set a default protect configuration for the account. Access level: Write. Resources: ProtectConfiguration*. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_SetAccountDefaultProtectConfiguration.html */
  SetAccountDefaultProtectConfiguration: "W|||5;1;|||;",
  /** Grants permission to set the default message feedback for a configuration set. Access level: Write. Resources: ConfigurationSet*. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_SetDefaultMessageFeedbackEnabled.html */
  SetDefaultMessageFeedbackEnabled: "W|||0;1;|||;",
  /** Grants permission to set the default message type for a configuration set. Access level: Write. Resources: ConfigurationSet*. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_SetDefaultMessageType.html */
  SetDefaultMessageType: "W|||0;1;|||;",
  /** Grants permission to set the default sender ID for a configuration set. Access level: Write. Resources: ConfigurationSet*. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_SetDefaultSenderId.html */
  SetDefaultSenderId: "W|||0;1;|||;",
  /** Grants permission to set an override for your account's media messaging monthly spend limit. Access level: Write. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_SetMediaMessageSpendLimitOverride.html */
  SetMediaMessageSpendLimitOverride: "W||||||;",
  /** Grants permission to set an override for your account's text messaging monthly spend limit. Access level: Write. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_SetTextMessageSpendLimitOverride.html */
  SetTextMessageSpendLimitOverride: "W||||||;",
  /** Grants permission to set an override for your account's voice messaging monthly spend limit. Access level: Write. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_SetVoiceMessageSpendLimitOverride.html */
  SetVoiceMessageSpendLimitOverride: "W||||||;",
  /** Grants permission to submit the latest version of a given registration. Access level: Write. Resources: Registration*. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_SubmitRegistrationVersion.html */
  SubmitRegistrationVersion: "W|||6;1;|||;",
  /** Grants permission to add tags to a resource. Access level: Tagging. Resources: ConfigurationSet, OptOutList, PhoneNumber, Pool, ProtectConfiguration, Registration, RegistrationAttachment, SenderId, VerifiedDestinationNumber. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_TagResource.html */
  TagResource:
    "T|||0;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,8;0;,9;0;|0,2||CreateConfigurationSet,CreateNotifyConfiguration,CreateOptOutList,CreatePool,CreateProtectConfiguration,CreateRcsAgent,CreateRegistration,CreateRegistrationAttachment,CreateVerifiedDestinationNumber,RequestPhoneNumber,RequestSenderId,;",
  /** Grants permission to remove tags from a resource. Access level: Tagging. Resources: ConfigurationSet, OptOutList, PhoneNumber, Pool, ProtectConfiguration, Registration, RegistrationAttachment, SenderId, VerifiedDestinationNumber. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_UntagResource.html */
  UntagResource: "T|||0;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,8;0;,9;0;|2||;",
  /** Update an event destination in a configuration set. An event destination is a location that you publish information about your voice calls to. For example, you can log an event to an Amazon CloudWatch destination when a call fails. Access level: Write. https://docs.aws.amazon.com/pinpoint-sms-voice/latest/APIReference/v1-sms-voice-configuration-sets-configurationsetname-event-destinations-eventdestinationname.html */
  UpdateConfigurationSetEventDestination: "W|||||0|",
  /** Grants permission to update an event destination within a configuration set. Access level: Write. Resources: ConfigurationSet*. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_UpdateEventDestination.html */
  UpdateEventDestination: "W|||0;1;||0|;",
  /** Grants permission to update an origination phone number's configuration. Access level: Write. Resources: PhoneNumber*. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_UpdatePhoneNumber.html */
  UpdatePhoneNumber: "W|||3;1;||0|;",
  /** Grants permission to update a pool's configuration. Access level: Write. Resources: Pool*. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_UpdatePool.html */
  UpdatePool: "W|||4;1;||0|;",
  /** Grants permission to update a protect configuration. Access level: Write. Resources: ProtectConfiguration*. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_UpdateProtectConfiguration.html */
  UpdateProtectConfiguration: "W|||5;1;|||;",
  /** Grants permission to update a country rule set for a protect configuration. Access level: Write. Resources: ProtectConfiguration*. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_UpdateProtectConfigurationCountryRuleSet.html */
  UpdateProtectConfigurationCountryRuleSet: "W|||5;1;|||;",
  /** Grants permission to update a sender ID's configuration. Access level: Write. Resources: SenderId*. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_UpdateSenderId.html */
  UpdateSenderId: "W|||8;1;|||;",
  /** Grants permission to verify a destination phone number. Access level: Write. Resources: VerifiedDestinationNumber*. https://docs.aws.amazon.com/pinpoint/latest/apireference_smsvoicev2/API_VerifyDestinationNumber.html */
  VerifyDestinationNumber: "W|||9;1;|||;",
} as const;
const actionDetails = {
  AssociateOriginationIdentity:
    "|,;~~~,~~|Grants permission to associate an origination phone number or sender ID to a pool",
  AssociateProtectConfiguration: "|,;~~~|Grants permission to associate a protect configuration to a configuration set",
  CreateConfigurationSet:
    "|,;~~pinpoint-sms-voice~;~~;~sms-voice~|Create a new configuration set. After you create the configuration set, you can add one or more event destinations to it.",
  CreateConfigurationSetEventDestination:
    "|,;~~pinpoint-sms-voice~;~sms-voice~|Create a new event destination in a configuration set.",
  CreateEventDestination: "|,;~~~|Grants permission to create an event destination within a configuration set",
  CreateOptOutList: "|,;~~~|Grants permission to create an opt-out list",
  CreatePool: "|,;~~~|Grants permission to create a pool",
  CreateProtectConfiguration: "|,;~~~|Grants permission to create a protect configuration",
  CreateRegistration: "|,;~~~|Grants permission to create a registration",
  CreateRegistrationAssociation:
    "|,;~~~|Grants permission to associate a registration with a phone number or another registration",
  CreateRegistrationAttachment: "|,;~~~|Grants permission to create a registration attachment",
  CreateRegistrationVersion: "|,;~~~|Grants permission to create a registration version",
  CreateVerifiedDestinationNumber: "|,;~~~|Grants permission to create a verified destination number",
  DeleteAccountDefaultProtectConfiguration:
    "|,;~~~|Grants permission to delete the account default protect configuration",
  DeleteConfigurationSet: "|,;~~pinpoint-sms-voice~;~~;~sms-voice~|Deletes an existing configuration set.",
  DeleteConfigurationSetEventDestination:
    "|,;~~pinpoint-sms-voice~;~sms-voice~|Deletes an event destination in a configuration set.",
  DeleteDefaultMessageType: "|,;~~~|Grants permission to delete the default message type for a configuration set",
  DeleteDefaultSenderId: "|,;~~~|Grants permission to delete the default sender ID for a configuration set",
  DeleteEventDestination: "|,;~~~|Grants permission to delete an event destination within a configuration set",
  DeleteKeyword: "|,;~~~|Grants permission to delete a keyword for a pool or origination phone number",
  DeleteMediaMessageSpendLimitOverride:
    "|,;~~~|Grants permission to delete an override for your account's media messaging monthly spend limit",
  DeleteOptOutList: "|,;~~~|Grants permission to delete an opt-out list",
  DeleteOptedOutNumber: "|,;~~~|Grants permission to delete a destination phone number from an opt-out list",
  DeletePool: "|,;~~~|Grants permission to delete a pool",
  DeleteProtectConfiguration: "|,;~~~|Grants permission to delete a protect configuration",
  DeleteProtectConfigurationRuleSetNumberOverride:
    "|,;~~~|Grants permission to delete a phone number override for a protect configuration",
  DeleteRegistration: "|,;~~~|Grants permission to delete a registration",
  DeleteRegistrationAttachment: "|,;~~~|Grants permission to delete a registration attachment",
  DeleteRegistrationFieldValue: "|,;~~~|Grants permission to delete an optional registration field value",
  DeleteResourcePolicy: "|,;~~~|Grants permission to delete a resource policy",
  DeleteTextMessageSpendLimitOverride:
    "|,;~~~|Grants permission to delete an override for your account's text messaging monthly spend limit",
  DeleteVerifiedDestinationNumber: "|,;~~~|Grants permission to delete a verified destination number",
  DeleteVoiceMessageSpendLimitOverride:
    "|,;~~~|Grants permission to delete an override for your account's voice messaging monthly spend limit",
  DescribeAccountAttributes: "|,;~~~|Grants permission to describe the attributes of your account",
  DescribeAccountLimits: "|,;~~~|Grants permission to describe the service quotas for your account",
  DescribeConfigurationSets: "|,;~~~|Grants permission to describe the configuration sets in your account",
  DescribeKeywords: "|,;~~~|Grants permission to describe the keywords for a pool or origination phone number",
  DescribeOptOutLists: "|,;~~~|Grants permission to describe the opt-out lists in your account",
  DescribeOptedOutNumbers: "|,;~~~|Grants permission to describe the destination phone numbers in an opt-out list",
  DescribePhoneNumbers: "|,;~~~|Grants permission to describe the origination phone numbers in your account",
  DescribePools: "|,;~~~|Grants permission to describe the pools in your account",
  DescribeProtectConfigurations: "|,;~~~|Grants permission to describe the protect configurations in your account",
  DescribeRegistrationAttachments: "|,;~~~|Grants permission to describe the registration attachments in your account",
  DescribeRegistrationFieldDefinitions:
    "|,;~~~|Grants permission to describe the field definitions for a given registration type",
  DescribeRegistrationFieldValues: "|,;~~~|Grants permission to describe the field values for a given registration",
  DescribeRegistrationSectionDefinitions:
    "|,;~~~|Grants permission to describe the section definitions for a given registration type",
  DescribeRegistrationTypeDefinitions:
    "|,;~~~|Grants permission to describe the registration types supported by the service",
  DescribeRegistrationVersions: "|,;~~~|Grants permission to describe the versions for a given registration",
  DescribeRegistrations: "|,;~~~|Grants permission to describe the registrations in your account",
  DescribeSenderIds: "|,;~~~|Grants permission to describe the sender IDs in your account",
  DescribeSpendLimits: "|,;~~~|Grants permission to describe the monthly spend limits for your account",
  DescribeVerifiedDestinationNumbers:
    "|,;~~~|Grants permission to describe the verified destination numbers in your account",
  DisassociateOriginationIdentity:
    "|,;~~~|Grants permission to disassociate an origination phone number or sender ID from a pool",
  DisassociateProtectConfiguration:
    "|,;~~~|Grants permission to disassociate a protect configuration from a configuration set",
  DiscardRegistrationVersion: "|,;~~~|Grants permission to discard the latest version of a given registration",
  GetConfigurationSetEventDestinations:
    "|,;~~pinpoint-sms-voice~;~sms-voice~|Obtain information about an event destination, including the types of events it reports, the Amazon Resource Name (ARN) of the destination, and the name of the event destination.",
  GetProtectConfigurationCountryRuleSet:
    "|,;~~~|Grants permission to get the country rule set for a protect configuration",
  GetResourcePolicy: "|,;~~~|Grants permission to get a resource policy",
  ListConfigurationSets:
    "|,;~~pinpoint-sms-voice~;~sms-voice~|Return a list of configuration sets. This operation only returns the configuration sets that are associated with your account in the current AWS Region.",
  ListPoolOriginationIdentities:
    "|,;~~~|Grants permission to list all origination phone numbers and sender IDs associated to a pool",
  ListProtectConfigurationRuleSetNumberOverrides:
    "|,;~~~|Grants permission to list all phone number overrides for a protect configuration",
  ListRegistrationAssociations: "|,;~~~|Grants permission to list all resources associated to a registration",
  ListTagsForResource: "|,;~~~|Grants permission to list the tags for a resource",
  PutKeyword: "|,;~~~|Grants permission to create or update a keyword for a pool or origination phone number",
  PutMessageFeedback: "|,;~~~|Grants permission to put feedback for a text, voice, or media message",
  PutOptedOutNumber: "|,;~~~|Grants permission to put a destination phone number into an opt-out list",
  PutProtectConfigurationRuleSetNumberOverride:
    "|,;~~~|Grants permission to put a phone number override for a protect configuration",
  PutRegistrationFieldValue: "|,;~~~|Grants permission to put a registration field value",
  PutResourcePolicy: "|,;~~~|Grants permission to put a resource policy",
  ReleasePhoneNumber: "|,;~~~|Grants permission to release an origination phone number",
  ReleaseSenderId: "|,;~~~|Grants permission to release a sender ID",
  RequestPhoneNumber: "|,;~~~|Grants permission to request an origination phone number",
  RequestSenderId: "|,;~~~|Grants permission to request an unregistered sender ID",
  SendDestinationNumberVerificationCode:
    "|,;~~~|Grants permission to send a text or voice message containing a verification code to a destination phone number",
  SendMediaMessage: "|,;~~~|Grants permission to send a media message to a destination phone number",
  SendTextMessage: "|,;~~~,~~|Grants permission to send a text message to a destination phone number",
  SendVoiceMessage:
    "|,;~~~,~pinpoint-sms-voice~;~~;~sms-voice~|Create a new voice message and send it to a recipient's phone number.",
  SetAccountDefaultProtectConfiguration:
    "|,;~~~|Grants permission to set a default protect configuration for the account",
  SetDefaultMessageFeedbackEnabled:
    "|,;~~~|Grants permission to set the default message feedback for a configuration set",
  SetDefaultMessageType: "|,;~~~|Grants permission to set the default message type for a configuration set",
  SetDefaultSenderId: "|,;~~~|Grants permission to set the default sender ID for a configuration set",
  SetMediaMessageSpendLimitOverride:
    "|,;~~~|Grants permission to set an override for your account's media messaging monthly spend limit",
  SetTextMessageSpendLimitOverride:
    "|,;~~~|Grants permission to set an override for your account's text messaging monthly spend limit",
  SetVoiceMessageSpendLimitOverride:
    "|,;~~~|Grants permission to set an override for your account's voice messaging monthly spend limit",
  SubmitRegistrationVersion: "|,;~~~|Grants permission to submit the latest version of a given registration",
  TagResource:
    "|,;~~pinpoint-sms-voice~;~~;~sms-voice~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~|Grants permission to add tags to a resource",
  UntagResource: "|,;~~~|Grants permission to remove tags from a resource",
  UpdateConfigurationSetEventDestination:
    "|,;~|Update an event destination in a configuration set. An event destination is a location that you publish information about your voice calls to. For example, you can log an event to an Amazon CloudWatch destination when a call fails.",
  UpdateEventDestination: "|,;~~~|Grants permission to update an event destination within a configuration set",
  UpdatePhoneNumber: "|,;~~~|Grants permission to update an origination phone number's configuration",
  UpdatePool: "|,;~~~|Grants permission to update a pool's configuration",
  UpdateProtectConfiguration: "|,;~~~|Grants permission to update a protect configuration",
  UpdateProtectConfigurationCountryRuleSet:
    "|,;~~~|Grants permission to update a country rule set for a protect configuration",
  UpdateSenderId: "|,;~~~|Grants permission to update a sender ID's configuration",
  VerifyDestinationNumber: "|,;~~~|Grants permission to verify a destination phone number",
};
const resourceTypeFacts = {
  /** The ConfigurationSet resource type: arn:${Partition}:sms-voice:${Region}:${Account}:configuration-set/${ConfigurationSetName} */
  ConfigurationSet: "|,configurationSet|1",
  /** The Message resource type: arn:${Partition}:sms-voice:${Region}:${Account}:message/${MessageId} */
  Message: "|,message|",
  /** The OptOutList resource type: arn:${Partition}:sms-voice:${Region}:${Account}:opt-out-list/${OptOutListName} */
  OptOutList: "|,optOutList|1",
  /** The PhoneNumber resource type: arn:${Partition}:sms-voice:${Region}:${Account}:phone-number/${PhoneNumberId} */
  PhoneNumber: "|,phoneNumber|1",
  /** The Pool resource type: arn:${Partition}:sms-voice:${Region}:${Account}:pool/${PoolId} */
  Pool: "|,pool|1",
  /** The ProtectConfiguration resource type: arn:${Partition}:sms-voice:${Region}:${Account}:protect-configuration/${ProtectConfigurationId} */
  ProtectConfiguration: "|,protectConfiguration|1",
  /** The Registration resource type: arn:${Partition}:sms-voice:${Region}:${Account}:registration/${RegistrationId} */
  Registration: "|,registration|1",
  /** The RegistrationAttachment resource type: arn:${Partition}:sms-voice:${Region}:${Account}:registration-attachment/${RegistrationAttachmentId} */
  RegistrationAttachment: "|,registrationAttachment|1",
  /** The SenderId resource type: arn:${Partition}:sms-voice:${Region}:${Account}:sender-id/${SenderId}/${IsoCountryCode} */
  SenderId: "|,senderId|1",
  /** The VerifiedDestinationNumber resource type: arn:${Partition}:sms-voice:${Region}:${Account}:verified-destination-number/${VerifiedDestinationNumberId} */
  VerifiedDestinationNumber: "|,verifiedDestinationNumber|1",
} as const;
const arnFormats = {
  /** ARN of a ConfigurationSet resource: arn:${Partition}:sms-voice:${Region}:${Account}:configuration-set/${ConfigurationSetName}. */
  configurationSet:
    "|,ConfigurationSet|arn:|Partition|:sms-voice:|Region|:|Account|:configuration-set/|ConfigurationSetName|",
  /** ARN of a Message resource: arn:${Partition}:sms-voice:${Region}:${Account}:message/${MessageId}. */
  message: "|,Message|arn:|Partition|:sms-voice:|Region|:|Account|:message/|MessageId|",
  /** ARN of a OptOutList resource: arn:${Partition}:sms-voice:${Region}:${Account}:opt-out-list/${OptOutListName}. */
  optOutList: "|,OptOutList|arn:|Partition|:sms-voice:|Region|:|Account|:opt-out-list/|OptOutListName|",
  /** ARN of a PhoneNumber resource: arn:${Partition}:sms-voice:${Region}:${Account}:phone-number/${PhoneNumberId}. */
  phoneNumber: "|,PhoneNumber|arn:|Partition|:sms-voice:|Region|:|Account|:phone-number/|PhoneNumberId|",
  /** ARN of a Pool resource: arn:${Partition}:sms-voice:${Region}:${Account}:pool/${PoolId}. */
  pool: "|,Pool|arn:|Partition|:sms-voice:|Region|:|Account|:pool/|PoolId|",
  /** ARN of a ProtectConfiguration resource: arn:${Partition}:sms-voice:${Region}:${Account}:protect-configuration/${ProtectConfigurationId}. */
  protectConfiguration:
    "|,ProtectConfiguration|arn:|Partition|:sms-voice:|Region|:|Account|:protect-configuration/|ProtectConfigurationId|",
  /** ARN of a Registration resource: arn:${Partition}:sms-voice:${Region}:${Account}:registration/${RegistrationId}. */
  registration: "|,Registration|arn:|Partition|:sms-voice:|Region|:|Account|:registration/|RegistrationId|",
  /** ARN of a RegistrationAttachment resource: arn:${Partition}:sms-voice:${Region}:${Account}:registration-attachment/${RegistrationAttachmentId}. */
  registrationAttachment:
    "|,RegistrationAttachment|arn:|Partition|:sms-voice:|Region|:|Account|:registration-attachment/|RegistrationAttachmentId|",
  /** ARN of a SenderId resource: arn:${Partition}:sms-voice:${Region}:${Account}:sender-id/${SenderId}/${IsoCountryCode}. */
  senderId: "|,SenderId|arn:|Partition|:sms-voice:|Region|:|Account|:sender-id/|SenderId|/|IsoCountryCode|",
  /** ARN of a VerifiedDestinationNumber resource: arn:${Partition}:sms-voice:${Region}:${Account}:verified-destination-number/${VerifiedDestinationNumberId}. */
  verifiedDestinationNumber:
    "|,VerifiedDestinationNumber|arn:|Partition|:sms-voice:|Region|:|Account|:verified-destination-number/|VerifiedDestinationNumberId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "ConfigurationSet",
  "Message",
  "OptOutList",
  "PhoneNumber",
  "Pool",
  "ProtectConfiguration",
  "Registration",
  "RegistrationAttachment",
  "SenderId",
  "VerifiedDestinationNumber",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "sms-voice">;
/** Any sms-voice action. */
export type Action = ActionOf<typeof actionFacts, "sms-voice">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "sms-voice">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "pinpoint-sms-voice-v2" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every sms-voice action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "sms-voice",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
