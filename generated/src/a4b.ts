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
export const prefix: "a4b" = "a4b";
/** The service's name in the reference. */
export const serviceName: "Alexa for Business" = "Alexa for Business";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Alexa for Business",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_alexaforbusiness.html",
  },
];
const conditionKeyList = [
  "a4b:amazonId",
  "a4b:filters_deviceType",
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to associate a skill with the organization under the customer's AWS account. Access level: Write. https://docs.aws.amazon.com/a4b/latest/APIReference/API_ApproveSkill.html */
  ApproveSkill: "W||||||",
  /** Grants permission to associate a contact with a given address book. Access level: Write. Resources: addressbook*, contact*. https://docs.aws.amazon.com/a4b/latest/APIReference/API_AssociateContactWithAddressBook.html */
  AssociateContactWithAddressBook: "W|||0;1;,2;1;|||",
  /** Grants permission to associate a device with the specified network profile. Access level: Write. Resources: device*, networkprofile*. https://docs.aws.amazon.com/a4b/latest/APIReference/API_AssociateDeviceWithNetworkProfile.html */
  AssociateDeviceWithNetworkProfile: "W|||3;1;,6;1;|||",
  /** Grants permission to associate device with given room. Access level: Write. Resources: device*, room*. https://docs.aws.amazon.com/a4b/latest/APIReference/API_AssociateDeviceWithRoom.html */
  AssociateDeviceWithRoom: "W|||3;1;,8;1;|||",
  /** Grants permission to associate the skill group with given room. Access level: Write. Resources: room*, skillgroup*. https://docs.aws.amazon.com/a4b/latest/APIReference/API_AssociateSkillGroupWithRoom.html */
  AssociateSkillGroupWithRoom: "W|||8;1;,10;1;|||",
  /** Grants permission to associate a skill with a skill group. Access level: Write. Resources: skillgroup*. https://docs.aws.amazon.com/a4b/latest/APIReference/API_AssociateSkillWithSkillGroup.html */
  AssociateSkillWithSkillGroup: "W|||10;1;|||",
  /** Grants permission to make a private skill available for enrolled users to enable on their devices. Access level: Write. https://docs.aws.amazon.com/a4b/latest/APIReference/API_AssociateSkillWithUsers.html */
  AssociateSkillWithUsers: "W||||||",
  /** Grants permission to complete the operation of registering an Alexa device. Access level: Write. Permission only. https://docs.aws.amazon.com/a4b/latest/ag/manage-devices.html */
  CompleteRegistration: "W||1||||",
  /** Grants permission to create an address book with the specified details. Access level: Write. https://docs.aws.amazon.com/a4b/latest/APIReference/API_CreateAddressBook.html */
  CreateAddressBook: "W||||2,4||",
  /** Grants permission to create a recurring schedule for usage reports to deliver to the specified S3 location with a specified daily or weekly interval. Access level: Write. https://docs.aws.amazon.com/a4b/latest/APIReference/API_CreateBusinessReportSchedule.html */
  CreateBusinessReportSchedule: "W||||2,4||",
  /** Grants permission to add a new conference provider under the user's AWS account. Access level: Write. https://docs.aws.amazon.com/a4b/latest/APIReference/API_CreateConferenceProvider.html */
  CreateConferenceProvider: "W||||2,4||",
  /** Grants permission to create a contact with the specified details. Access level: Write. https://docs.aws.amazon.com/a4b/latest/APIReference/API_CreateContact.html */
  CreateContact: "W||||2,4||",
  /** Grants permission to create a gateway group with the specified details. Access level: Write. https://docs.aws.amazon.com/a4b/latest/APIReference/API_CreateGatewayGroup.html */
  CreateGatewayGroup: "W||||2,4||",
  /** Grants permission to create a network profile with the specified details. Access level: Write. https://docs.aws.amazon.com/a4b/latest/APIReference/API_CreateNetworkProfile.html */
  CreateNetworkProfile: "W||||2,4||",
  /** Grants permission to create a new profile. Access level: Write. https://docs.aws.amazon.com/a4b/latest/APIReference/API_CreateProfile.html */
  CreateProfile: "W||||2,4||",
  /** Grants permission to create room with the specified details. Access level: Write. Resources: profile*. https://docs.aws.amazon.com/a4b/latest/APIReference/API_CreateRoom.html */
  CreateRoom: "W|||7;1;|2,4||",
  /** Grants permission to create a skill group with given name and description. Access level: Write. https://docs.aws.amazon.com/a4b/latest/APIReference/API_CreateSkillGroup.html */
  CreateSkillGroup: "W||||2,4||",
  /** Grants permission to create a user. Access level: Write. Resources: user*. https://docs.aws.amazon.com/a4b/latest/APIReference/API_CreateUser.html */
  CreateUser: "W|||11;1;|2,4||",
  /** Grants permission to delete an address book by the address book ARN. Access level: Write. Resources: addressbook*. https://docs.aws.amazon.com/a4b/latest/APIReference/API_DeleteAddressBook.html */
  DeleteAddressBook: "W|||0;1;|||",
  /** Grants permission to delete the recurring report delivery schedule with the specified schedule ARN. Access level: Write. Resources: schedule*. https://docs.aws.amazon.com/a4b/latest/APIReference/API_DeleteBusinessReportSchedule.html */
  DeleteBusinessReportSchedule: "W|||9;1;|||",
  /** Grants permission to delete a conference provider. Access level: Write. Resources: conferenceprovider*. https://docs.aws.amazon.com/a4b/latest/APIReference/API_DeleteConferenceProvider.html */
  DeleteConferenceProvider: "W|||1;1;|||",
  /** Grants permission to delete a contact by the contact ARN. Access level: Write. Resources: contact*. https://docs.aws.amazon.com/a4b/latest/APIReference/API_DeleteContact.html */
  DeleteContact: "W|||2;1;|||",
  /** Grants permission to remove a device from Alexa For Business. Access level: Write. Resources: device*. https://docs.aws.amazon.com/a4b/latest/APIReference/API_DeleteDevice.html */
  DeleteDevice: "W|||3;1;|||",
  /** Grants permission to delete the device's entire previous history of voice input data and associated response data. Access level: Write. Resources: device*. https://docs.aws.amazon.com/a4b/latest/APIReference/API_DeleteDeviceUsageData.html */
  DeleteDeviceUsageData: "W|||3;1;|||",
  /** Grants permission to delete a gateway group. Access level: Write. Resources: gatewaygroup*. https://docs.aws.amazon.com/a4b/latest/APIReference/API_DeleteGatewayGroup.html */
  DeleteGatewayGroup: "W|||5;1;|||",
  /** Grants permission to delete a network profile by the network profile ARN. Access level: Write. Resources: networkprofile*. https://docs.aws.amazon.com/a4b/latest/APIReference/API_DeleteNetworkProfile.html */
  DeleteNetworkProfile: "W|||6;1;|||",
  /** Grants permission to delete profile by profile ARN. Access level: Write. Resources: profile*. https://docs.aws.amazon.com/a4b/latest/APIReference/API_DeleteProfile.html */
  DeleteProfile: "W|||7;1;|||",
  /** Grants permission to delete room. Access level: Write. Resources: room*. https://docs.aws.amazon.com/a4b/latest/APIReference/API_DeleteRoom.html */
  DeleteRoom: "W|||8;1;|||",
  /** Grants permission to delete a parameter from a skill and room. Access level: Write. Resources: room*. https://docs.aws.amazon.com/a4b/latest/APIReference/API_DeleteRoomSkillParameter.html */
  DeleteRoomSkillParameter: "W|||8;1;|||",
  /** Grants permission to unlink a third-party account from a skill. Access level: Write. Resources: room*. https://docs.aws.amazon.com/a4b/latest/APIReference/API_DeleteSkillAuthorization.html */
  DeleteSkillAuthorization: "W|||8;1;|||",
  /** Grants permission to delete skill group with skill group ARN. Access level: Write. Resources: skillgroup*. https://docs.aws.amazon.com/a4b/latest/APIReference/API_DeleteSkillGroup.html */
  DeleteSkillGroup: "W|||10;1;|||",
  /** Grants permission to delete a user. Access level: Write. Resources: user*. https://docs.aws.amazon.com/a4b/latest/APIReference/API_DeleteUser.html */
  DeleteUser: "W|||11;1;|||",
  /** Grants permission to disassociate a contact from a given address book. Access level: Write. Resources: addressbook*, contact*. https://docs.aws.amazon.com/a4b/latest/APIReference/API_DisassociateContactFromAddressBook.html */
  DisassociateContactFromAddressBook: "W|||0;1;,2;1;|||",
  /** Grants permission to disassociate device from its current room. Access level: Write. Resources: device*. https://docs.aws.amazon.com/a4b/latest/APIReference/API_DisassociateDeviceFromRoom.html */
  DisassociateDeviceFromRoom: "W|||3;1;|||",
  /** Grants permission to disassociate a skill from a skill group. Access level: Write. Resources: skillgroup*. https://docs.aws.amazon.com/a4b/latest/APIReference/API_DisassociateSkillFromSkillGroup.html */
  DisassociateSkillFromSkillGroup: "W|||10;1;|||",
  /** Grants permission to make a private skill unavailable for enrolled users and prevent them from enabling it on their devices. Access level: Write. Resources: user*. https://docs.aws.amazon.com/a4b/latest/APIReference/API_DisassociateSkillFromUsers.html */
  DisassociateSkillFromUsers: "W|||11;1;|||",
  /** Grants permission to disassociate the skill group from given room. Access level: Write. Resources: room*, skillgroup*. https://docs.aws.amazon.com/a4b/latest/APIReference/API_DisassociateSkillGroupFromRoom.html */
  DisassociateSkillGroupFromRoom: "W|||8;1;,10;1;|||",
  /** Grants permission to forget smart home appliances associated to a room. Access level: Write. Resources: room*. https://docs.aws.amazon.com/a4b/latest/APIReference/API_ForgetSmartHomeAppliances.html */
  ForgetSmartHomeAppliances: "W|||8;1;|||",
  /** Grants permission to get the address book details by the address book ARN. Access level: Read. Resources: addressbook*. https://docs.aws.amazon.com/a4b/latest/APIReference/API_GetAddressBook.html */
  GetAddressBook: "R|||0;1;|||",
  /** Grants permission to retrieve the existing conference preferences. Access level: Read. https://docs.aws.amazon.com/a4b/latest/APIReference/API_GetConferencePreference.html */
  GetConferencePreference: "R||||||",
  /** Grants permission to get details about a specific conference provider. Access level: Read. Resources: conferenceprovider*. https://docs.aws.amazon.com/a4b/latest/APIReference/API_GetConferenceProvider.html */
  GetConferenceProvider: "R|||1;1;|||",
  /** Grants permission to get the contact details by the contact ARN. Access level: Read. Resources: contact*. https://docs.aws.amazon.com/a4b/latest/APIReference/API_GetContact.html */
  GetContact: "R|||2;1;|||",
  /** Grants permission to get device details. Access level: Read. Resources: device*. https://docs.aws.amazon.com/a4b/latest/APIReference/API_GetDevice.html */
  GetDevice: "R|||3;1;|||",
  /** Grants permission to retrieve the details of a gateway. Access level: Read. Resources: gateway*. https://docs.aws.amazon.com/a4b/latest/APIReference/API_GetGateway.html */
  GetGateway: "R|||4;1;|||",
  /** Grants permission to retrieve the details of a gateway group. Access level: Read. Resources: gatewaygroup*. https://docs.aws.amazon.com/a4b/latest/APIReference/API_GetGatewayGroup.html */
  GetGatewayGroup: "R|||5;1;|||",
  /** Grants permission to retrieve the configured values for the user enrollment invitation email template. Access level: Read. https://docs.aws.amazon.com/a4b/latest/APIReference/API_GetInvitationConfiguration.html */
  GetInvitationConfiguration: "R||||||",
  /** Grants permission to get the network profile details by the network profile ARN. Access level: Read. Resources: networkprofile*. https://docs.aws.amazon.com/a4b/latest/APIReference/API_GetNetworkProfile.html */
  GetNetworkProfile: "R|||6;1;|||",
  /** Grants permission to get profile when provided with Profile ARN. Access level: Read. Resources: profile*. https://docs.aws.amazon.com/a4b/latest/APIReference/API_GetProfile.html */
  GetProfile: "R|||7;1;|||",
  /** Grants permission to get room details. Access level: Read. Resources: room*. https://docs.aws.amazon.com/a4b/latest/APIReference/API_GetRoom.html */
  GetRoom: "R|||8;1;|||",
  /** Grants permission to get an existing parameter that has been set for a skill and room. Access level: Read. Resources: room*. https://docs.aws.amazon.com/a4b/latest/APIReference/API_GetRoomSkillParameter.html */
  GetRoomSkillParameter: "R|||8;1;|||",
  /** Grants permission to get skill group details with skill group ARN. Access level: Read. Resources: skillgroup*. https://docs.aws.amazon.com/a4b/latest/APIReference/API_GetSkillGroup.html */
  GetSkillGroup: "R|||10;1;|||",
  /** Grants permission to list the details of the schedules that a user configured. Access level: List. https://docs.aws.amazon.com/a4b/latest/APIReference/API_ListBusinessReportSchedules.html */
  ListBusinessReportSchedules: "L||||||",
  /** Grants permission to list conference providers under a specific AWS account. Access level: List. https://docs.aws.amazon.com/a4b/latest/APIReference/API_ListConferenceProviders.html */
  ListConferenceProviders: "L||||||",
  /** Grants permission to list the device event history, including device connection status, for up to 30 days. Access level: List. Resources: device*. https://docs.aws.amazon.com/a4b/latest/APIReference/API_ListDeviceEvents.html */
  ListDeviceEvents: "L|||3;1;|||",
  /** Grants permission to list gateway group summaries. Access level: List. https://docs.aws.amazon.com/a4b/latest/APIReference/API_ListGatewayGroups.html */
  ListGatewayGroups: "L||||||",
  /** Grants permission to list gateway summaries. Access level: List. Resources: gatewaygroup*. https://docs.aws.amazon.com/a4b/latest/APIReference/API_ListGateways.html */
  ListGateways: "L|||5;1;|||",
  /** Grants permission to list skills. Access level: List. https://docs.aws.amazon.com/a4b/latest/APIReference/API_ListSkills.html */
  ListSkills: "L||||||",
  /** Grants permission to list all categories in the Alexa skill store. Access level: List. https://docs.aws.amazon.com/a4b/latest/APIReference/API_ListSkillsStoreCategories.html */
  ListSkillsStoreCategories: "L||||||",
  /** Grants permission to list all skills in the Alexa skill store by category. Access level: List. https://docs.aws.amazon.com/a4b/latest/APIReference/API_ListSkillsStoreSkillsByCategory.html */
  ListSkillsStoreSkillsByCategory: "L||||||",
  /** Grants permission to list all of the smart home appliances associated with a room. Access level: List. Resources: room*. https://docs.aws.amazon.com/a4b/latest/APIReference/API_ListSmartHomeAppliances.html */
  ListSmartHomeAppliances: "L|||8;1;|||",
  /** Grants permission to list all tags on a resource. Access level: Read. Resources: device, room, user. https://docs.aws.amazon.com/a4b/latest/APIReference/API_ListTags.html */
  ListTags: "R|||3;0;,8;0;,11;0;|||",
  /** Grants permission to set the conference preferences on a specific conference provider at the account level. Access level: Write. https://docs.aws.amazon.com/a4b/latest/APIReference/API_PutConferencePreference.html */
  PutConferencePreference: "W||||||",
  /** Grants permission to publish Alexa device setup events. Access level: Write. Permission only. https://docs.aws.amazon.com/a4b/latest/ag/manage-devices.html */
  PutDeviceSetupEvents: "W||1||||",
  /** Grants permission to configure the email template for the user enrollment invitation with the specified attributes. Access level: Write. https://docs.aws.amazon.com/a4b/latest/APIReference/API_PutInvitationConfiguration.html */
  PutInvitationConfiguration: "W||||||",
  /** Grants permission to put a room specific parameter for a skill. Access level: Write. Resources: room*. https://docs.aws.amazon.com/a4b/latest/APIReference/API_PutRoomSkillParameter.html */
  PutRoomSkillParameter: "W|||8;1;|||",
  /** Grants permission to link a user's account to a third-party skill provider. Access level: Write. Resources: room*. https://docs.aws.amazon.com/a4b/latest/APIReference/API_PutSkillAuthorization.html */
  PutSkillAuthorization: "W|||8;1;|||",
  /** Grants permission to register an Alexa-enabled device built by an Original Equipment Manufacturer (OEM) using Alexa Voice Service (AVS). Access level: Write. https://docs.aws.amazon.com/a4b/latest/APIReference/API_RegisterAVSDevice.html */
  RegisterAVSDevice: "W||||2,4||",
  /** Grants permission to register an Alexa device. Access level: Write. Permission only. https://docs.aws.amazon.com/a4b/latest/ag/manage-devices.html */
  RegisterDevice: "W||1||||",
  /** Grants permission to disassociate a skill from the organization under a user's AWS account. Access level: Write. https://docs.aws.amazon.com/a4b/latest/APIReference/API_RejectSkill.html */
  RejectSkill: "W||||||",
  /** Grants permission to resolve room information. Access level: Read. https://docs.aws.amazon.com/a4b/latest/APIReference/API_ResolveRoom.html */
  ResolveRoom: "R||||||",
  /** Grants permission to revoke an invitation. Access level: Write. Resources: user*. https://docs.aws.amazon.com/a4b/latest/APIReference/API_RevokeInvitation.html */
  RevokeInvitation: "W|||11;1;|||",
  /** Grants permission to search address books and list the ones that meet a set of filter and sort criteria. Access level: List. https://docs.aws.amazon.com/a4b/latest/APIReference/API_SearchAddressBooks.html */
  SearchAddressBooks: "L||||||",
  /** Grants permission to search contacts and list the ones that meet a set of filter and sort criteria. Access level: List. https://docs.aws.amazon.com/a4b/latest/APIReference/API_SearchContacts.html */
  SearchContacts: "L||||||",
  /** Grants permission to search for devices. Access level: List. https://docs.aws.amazon.com/a4b/latest/APIReference/API_SearchDevices.html */
  SearchDevices: "L||||||",
  /** Grants permission to search network profiles and list the ones that meet a set of filter and sort criteria. Access level: List. https://docs.aws.amazon.com/a4b/latest/APIReference/API_SearchNetworkProfiles.html */
  SearchNetworkProfiles: "L||||||",
  /** Grants permission to search for profiles. Access level: List. https://docs.aws.amazon.com/a4b/latest/APIReference/API_SearchProfiles.html */
  SearchProfiles: "L||||||",
  /** Grants permission to search for rooms. Access level: List. https://docs.aws.amazon.com/a4b/latest/APIReference/API_SearchRooms.html */
  SearchRooms: "L||||||",
  /** Grants permission to search for skill groups. Access level: List. https://docs.aws.amazon.com/a4b/latest/APIReference/API_SearchSkillGroups.html */
  SearchSkillGroups: "L||||||",
  /** Grants permission to search for users. Access level: List. https://docs.aws.amazon.com/a4b/latest/APIReference/API_SearchUsers.html */
  SearchUsers: "L||||||",
  /** Grants permission to trigger an asynchronous flow to send text, SSML, or audio announcements to rooms that are identified by a search or filter. Access level: Write. https://docs.aws.amazon.com/a4b/latest/APIReference/API_SendAnnouncement.html */
  SendAnnouncement: "W||||||",
  /** Grants permission to send an invitation to a user. Access level: Write. Resources: user*. https://docs.aws.amazon.com/a4b/latest/APIReference/API_SendInvitation.html */
  SendInvitation: "W|||11;1;|||",
  /** Grants permission to restore the device and its account to its known, default settings by clearing all information and settings set by its previous users. Access level: Write. https://docs.aws.amazon.com/a4b/latest/APIReference/API_StartDeviceSync.html */
  StartDeviceSync: "W||||||",
  /** Grants permission to initiate the discovery of any smart home appliances associated with the room. Access level: Read. Resources: room*. https://docs.aws.amazon.com/a4b/latest/APIReference/API_StartSmartHomeApplianceDiscovery.html */
  StartSmartHomeApplianceDiscovery: "R|||8;1;|||",
  /** Grants permission to add metadata tags to a resource. Access level: Tagging. Resources: device, room, user. https://docs.aws.amazon.com/a4b/latest/APIReference/API_TagResource.html */
  TagResource: "T|||3;0;,8;0;,11;0;|2,4||",
  /** Grants permission to remove metadata tags from a resource. Access level: Tagging. Resources: device, room, user. https://docs.aws.amazon.com/a4b/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||3;0;,8;0;,11;0;|||",
  /** Grants permission to update address book details by the address book ARN. Access level: Write. Resources: addressbook*. https://docs.aws.amazon.com/a4b/latest/APIReference/API_UpdateAddressBook.html */
  UpdateAddressBook: "W|||0;1;|||",
  /** Grants permission to update the configuration of the report delivery schedule with the specified schedule ARN. Access level: Write. Resources: schedule*. https://docs.aws.amazon.com/a4b/latest/APIReference/API_UpdateBusinessReportSchedule.html */
  UpdateBusinessReportSchedule: "W|||9;1;|||",
  /** Grants permission to update an existing conference provider's settings. Access level: Write. Resources: conferenceprovider*. https://docs.aws.amazon.com/a4b/latest/APIReference/API_UpdateConferenceProvider.html */
  UpdateConferenceProvider: "W|||1;1;|||",
  /** Grants permission to update the contact details by the contact ARN. Access level: Write. Resources: contact*. https://docs.aws.amazon.com/a4b/latest/APIReference/API_UpdateContact.html */
  UpdateContact: "W|||2;1;|||",
  /** Grants permission to update device name. Access level: Write. Resources: device*. https://docs.aws.amazon.com/a4b/latest/APIReference/API_UpdateDevice.html */
  UpdateDevice: "W|||3;1;|||",
  /** Grants permission to update the details of a gateway. Access level: Write. Resources: gateway*. https://docs.aws.amazon.com/a4b/latest/APIReference/API_UpdateGateway.html */
  UpdateGateway: "W|||4;1;|||",
  /** Grants permission to update the details of a gateway group. Access level: Write. Resources: gatewaygroup*. https://docs.aws.amazon.com/a4b/latest/APIReference/API_UpdateGatewayGroup.html */
  UpdateGatewayGroup: "W|||5;1;|||",
  /** Grants permission to update a network profile by the network profile ARN. Access level: Write. Resources: networkprofile*. https://docs.aws.amazon.com/a4b/latest/APIReference/API_UpdateNetworkProfile.html */
  UpdateNetworkProfile: "W|||6;1;|||",
  /** Grants permission to update an existing profile. Access level: Write. Resources: profile*. https://docs.aws.amazon.com/a4b/latest/APIReference/API_UpdateProfile.html */
  UpdateProfile: "W|||7;1;|||",
  /** Grants permission to update room details. Access level: Write. Resources: room*. https://docs.aws.amazon.com/a4b/latest/APIReference/API_UpdateRoom.html */
  UpdateRoom: "W|||8;1;|||",
  /** Grants permission to update skill group details with skill group ARN. Access level: Write. Resources: skillgroup*. https://docs.aws.amazon.com/a4b/latest/APIReference/API_UpdateSkillGroup.html */
  UpdateSkillGroup: "W|||10;1;|||",
} as const;
const actionDetails = {
  ApproveSkill: "|,;~|Grants permission to associate a skill with the organization under the customer's AWS account",
  AssociateContactWithAddressBook: "|,;~|Grants permission to associate a contact with a given address book",
  AssociateDeviceWithNetworkProfile: "|,;~|Grants permission to associate a device with the specified network profile",
  AssociateDeviceWithRoom: "|,;~|Grants permission to associate device with given room",
  AssociateSkillGroupWithRoom: "|,;~|Grants permission to associate the skill group with given room",
  AssociateSkillWithSkillGroup: "|,;~|Grants permission to associate a skill with a skill group",
  AssociateSkillWithUsers:
    "|,;~|Grants permission to make a private skill available for enrolled users to enable on their devices",
  CompleteRegistration: "|,;~|Grants permission to complete the operation of registering an Alexa device",
  CreateAddressBook: "|,;~|Grants permission to create an address book with the specified details",
  CreateBusinessReportSchedule:
    "|,;~|Grants permission to create a recurring schedule for usage reports to deliver to the specified S3 location with a specified daily or weekly interval",
  CreateConferenceProvider: "|,;~|Grants permission to add a new conference provider under the user's AWS account",
  CreateContact: "|,;~|Grants permission to create a contact with the specified details",
  CreateGatewayGroup: "|,;~|Grants permission to create a gateway group with the specified details",
  CreateNetworkProfile: "|,;~|Grants permission to create a network profile with the specified details",
  CreateProfile: "|,;~|Grants permission to create a new profile",
  CreateRoom: "|,;~|Grants permission to create room with the specified details",
  CreateSkillGroup: "|,;~|Grants permission to create a skill group with given name and description",
  CreateUser: "|,;~|Grants permission to create a user",
  DeleteAddressBook: "|,;~|Grants permission to delete an address book by the address book ARN",
  DeleteBusinessReportSchedule:
    "|,;~|Grants permission to delete the recurring report delivery schedule with the specified schedule ARN",
  DeleteConferenceProvider: "|,;~|Grants permission to delete a conference provider",
  DeleteContact: "|,;~|Grants permission to delete a contact by the contact ARN",
  DeleteDevice: "|,;~|Grants permission to remove a device from Alexa For Business",
  DeleteDeviceUsageData:
    "|,;~|Grants permission to delete the device's entire previous history of voice input data and associated response data",
  DeleteGatewayGroup: "|,;~|Grants permission to delete a gateway group",
  DeleteNetworkProfile: "|,;~|Grants permission to delete a network profile by the network profile ARN",
  DeleteProfile: "|,;~|Grants permission to delete profile by profile ARN",
  DeleteRoom: "|,;~|Grants permission to delete room",
  DeleteRoomSkillParameter: "|,;~|Grants permission to delete a parameter from a skill and room",
  DeleteSkillAuthorization: "|,;~|Grants permission to unlink a third-party account from a skill",
  DeleteSkillGroup: "|,;~|Grants permission to delete skill group with skill group ARN",
  DeleteUser: "|,;~|Grants permission to delete a user",
  DisassociateContactFromAddressBook: "|,;~|Grants permission to disassociate a contact from a given address book",
  DisassociateDeviceFromRoom: "|,;~|Grants permission to disassociate device from its current room",
  DisassociateSkillFromSkillGroup: "|,;~|Grants permission to disassociate a skill from a skill group",
  DisassociateSkillFromUsers:
    "|,;~|Grants permission to make a private skill unavailable for enrolled users and prevent them from enabling it on their devices",
  DisassociateSkillGroupFromRoom: "|,;~|Grants permission to disassociate the skill group from given room",
  ForgetSmartHomeAppliances: "|,;~|Grants permission to forget smart home appliances associated to a room",
  GetAddressBook: "|,;~|Grants permission to get the address book details by the address book ARN",
  GetConferencePreference: "|,;~|Grants permission to retrieve the existing conference preferences",
  GetConferenceProvider: "|,;~|Grants permission to get details about a specific conference provider",
  GetContact: "|,;~|Grants permission to get the contact details by the contact ARN",
  GetDevice: "|,;~|Grants permission to get device details",
  GetGateway: "|,;~|Grants permission to retrieve the details of a gateway",
  GetGatewayGroup: "|,;~|Grants permission to retrieve the details of a gateway group",
  GetInvitationConfiguration:
    "|,;~|Grants permission to retrieve the configured values for the user enrollment invitation email template",
  GetNetworkProfile: "|,;~|Grants permission to get the network profile details by the network profile ARN",
  GetProfile: "|,;~|Grants permission to get profile when provided with Profile ARN",
  GetRoom: "|,;~|Grants permission to get room details",
  GetRoomSkillParameter: "|,;~|Grants permission to get an existing parameter that has been set for a skill and room",
  GetSkillGroup: "|,;~|Grants permission to get skill group details with skill group ARN",
  ListBusinessReportSchedules: "|,;~|Grants permission to list the details of the schedules that a user configured",
  ListConferenceProviders: "|,;~|Grants permission to list conference providers under a specific AWS account",
  ListDeviceEvents:
    "|,;~|Grants permission to list the device event history, including device connection status, for up to 30 days",
  ListGatewayGroups: "|,;~|Grants permission to list gateway group summaries",
  ListGateways: "|,;~|Grants permission to list gateway summaries",
  ListSkills: "|,;~|Grants permission to list skills",
  ListSkillsStoreCategories: "|,;~|Grants permission to list all categories in the Alexa skill store",
  ListSkillsStoreSkillsByCategory: "|,;~|Grants permission to list all skills in the Alexa skill store by category",
  ListSmartHomeAppliances: "|,;~|Grants permission to list all of the smart home appliances associated with a room",
  ListTags: "|,;~|Grants permission to list all tags on a resource",
  PutConferencePreference:
    "|,;~|Grants permission to set the conference preferences on a specific conference provider at the account level",
  PutDeviceSetupEvents: "|,;~|Grants permission to publish Alexa device setup events",
  PutInvitationConfiguration:
    "|,;~|Grants permission to configure the email template for the user enrollment invitation with the specified attributes",
  PutRoomSkillParameter: "|,;~|Grants permission to put a room specific parameter for a skill",
  PutSkillAuthorization: "|,;~|Grants permission to link a user's account to a third-party skill provider",
  RegisterAVSDevice:
    "|,;~|Grants permission to register an Alexa-enabled device built by an Original Equipment Manufacturer (OEM) using Alexa Voice Service (AVS)",
  RegisterDevice: "|,;~|Grants permission to register an Alexa device",
  RejectSkill: "|,;~|Grants permission to disassociate a skill from the organization under a user's AWS account",
  ResolveRoom: "|,;~|Grants permission to resolve room information",
  RevokeInvitation: "|,;~|Grants permission to revoke an invitation",
  SearchAddressBooks:
    "|,;~|Grants permission to search address books and list the ones that meet a set of filter and sort criteria",
  SearchContacts:
    "|,;~|Grants permission to search contacts and list the ones that meet a set of filter and sort criteria",
  SearchDevices: "|,;~|Grants permission to search for devices",
  SearchNetworkProfiles:
    "|,;~|Grants permission to search network profiles and list the ones that meet a set of filter and sort criteria",
  SearchProfiles: "|,;~|Grants permission to search for profiles",
  SearchRooms: "|,;~|Grants permission to search for rooms",
  SearchSkillGroups: "|,;~|Grants permission to search for skill groups",
  SearchUsers: "|,;~|Grants permission to search for users",
  SendAnnouncement:
    "|,;~|Grants permission to trigger an asynchronous flow to send text, SSML, or audio announcements to rooms that are identified by a search or filter",
  SendInvitation: "|,;~|Grants permission to send an invitation to a user",
  StartDeviceSync:
    "|,;~|Grants permission to restore the device and its account to its known, default settings by clearing all information and settings set by its previous users",
  StartSmartHomeApplianceDiscovery:
    "|,;~|Grants permission to initiate the discovery of any smart home appliances associated with the room",
  TagResource: "|,;~|Grants permission to add metadata tags to a resource",
  UntagResource: "|,;~|Grants permission to remove metadata tags from a resource",
  UpdateAddressBook: "|,;~|Grants permission to update address book details by the address book ARN",
  UpdateBusinessReportSchedule:
    "|,;~|Grants permission to update the configuration of the report delivery schedule with the specified schedule ARN",
  UpdateConferenceProvider: "|,;~|Grants permission to update an existing conference provider's settings",
  UpdateContact: "|,;~|Grants permission to update the contact details by the contact ARN",
  UpdateDevice: "|,;~|Grants permission to update device name",
  UpdateGateway: "|,;~|Grants permission to update the details of a gateway",
  UpdateGatewayGroup: "|,;~|Grants permission to update the details of a gateway group",
  UpdateNetworkProfile: "|,;~|Grants permission to update a network profile by the network profile ARN",
  UpdateProfile: "|,;~|Grants permission to update an existing profile",
  UpdateRoom: "|,;~|Grants permission to update room details",
  UpdateSkillGroup: "|,;~|Grants permission to update skill group details with skill group ARN",
};
const resourceTypeFacts = {
  /** The addressbook resource type: arn:${Partition}:a4b:${Region}:${Account}:address-book/${ResourceId} */
  addressbook: "|,|",
  /** The conferenceprovider resource type: arn:${Partition}:a4b:${Region}:${Account}:conference-provider/${ResourceId} */
  conferenceprovider: "|,|",
  /** The contact resource type: arn:${Partition}:a4b:${Region}:${Account}:contact/${ResourceId} */
  contact: "|,|",
  /** The device resource type: arn:${Partition}:a4b:${Region}:${Account}:device/${ResourceId} */
  device: "|,|3",
  /** The gateway resource type: arn:${Partition}:a4b:${Region}:${Account}:gateway/${ResourceId} */
  gateway: "|,|",
  /** The gatewaygroup resource type: arn:${Partition}:a4b:${Region}:${Account}:gateway-group/${ResourceId} */
  gatewaygroup: "|,|",
  /** The networkprofile resource type: arn:${Partition}:a4b:${Region}:${Account}:network-profile/${ResourceId} */
  networkprofile: "|,|",
  /** The profile resource type: arn:${Partition}:a4b:${Region}:${Account}:profile/${ResourceId} */
  profile: "|,|",
  /** The room resource type: arn:${Partition}:a4b:${Region}:${Account}:room/${ResourceId} */
  room: "|,|3",
  /** The schedule resource type: arn:${Partition}:a4b:${Region}:${Account}:schedule/${ResourceId} */
  schedule: "|,|",
  /** The skillgroup resource type: arn:${Partition}:a4b:${Region}:${Account}:skill-group/${ResourceId} */
  skillgroup: "|,|",
  /** The user resource type: arn:${Partition}:a4b:${Region}:${Account}:user/${ResourceId} */
  user: "|,|3",
} as const;
const arnFormats = {
  /** ARN of a addressbook resource: arn:${Partition}:a4b:${Region}:${Account}:address-book/${ResourceId}. */
  addressbook: "|,addressbook|arn:|Partition|:a4b:|Region|:|Account|:address-book/|ResourceId|",
  /** ARN of a conferenceprovider resource: arn:${Partition}:a4b:${Region}:${Account}:conference-provider/${ResourceId}. */
  conferenceprovider: "|,conferenceprovider|arn:|Partition|:a4b:|Region|:|Account|:conference-provider/|ResourceId|",
  /** ARN of a contact resource: arn:${Partition}:a4b:${Region}:${Account}:contact/${ResourceId}. */
  contact: "|,contact|arn:|Partition|:a4b:|Region|:|Account|:contact/|ResourceId|",
  /** ARN of a device resource: arn:${Partition}:a4b:${Region}:${Account}:device/${ResourceId}. */
  device: "|,device|arn:|Partition|:a4b:|Region|:|Account|:device/|ResourceId|",
  /** ARN of a gateway resource: arn:${Partition}:a4b:${Region}:${Account}:gateway/${ResourceId}. */
  gateway: "|,gateway|arn:|Partition|:a4b:|Region|:|Account|:gateway/|ResourceId|",
  /** ARN of a gatewaygroup resource: arn:${Partition}:a4b:${Region}:${Account}:gateway-group/${ResourceId}. */
  gatewaygroup: "|,gatewaygroup|arn:|Partition|:a4b:|Region|:|Account|:gateway-group/|ResourceId|",
  /** ARN of a networkprofile resource: arn:${Partition}:a4b:${Region}:${Account}:network-profile/${ResourceId}. */
  networkprofile: "|,networkprofile|arn:|Partition|:a4b:|Region|:|Account|:network-profile/|ResourceId|",
  /** ARN of a profile resource: arn:${Partition}:a4b:${Region}:${Account}:profile/${ResourceId}. */
  profile: "|,profile|arn:|Partition|:a4b:|Region|:|Account|:profile/|ResourceId|",
  /** ARN of a room resource: arn:${Partition}:a4b:${Region}:${Account}:room/${ResourceId}. */
  room: "|,room|arn:|Partition|:a4b:|Region|:|Account|:room/|ResourceId|",
  /** ARN of a schedule resource: arn:${Partition}:a4b:${Region}:${Account}:schedule/${ResourceId}. */
  schedule: "|,schedule|arn:|Partition|:a4b:|Region|:|Account|:schedule/|ResourceId|",
  /** ARN of a skillgroup resource: arn:${Partition}:a4b:${Region}:${Account}:skill-group/${ResourceId}. */
  skillgroup: "|,skillgroup|arn:|Partition|:a4b:|Region|:|Account|:skill-group/|ResourceId|",
  /** ARN of a user resource: arn:${Partition}:a4b:${Region}:${Account}:user/${ResourceId}. */
  user: "|,user|arn:|Partition|:a4b:|Region|:|Account|:user/|ResourceId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "addressbook",
  "conferenceprovider",
  "contact",
  "device",
  "gateway",
  "gatewaygroup",
  "networkprofile",
  "profile",
  "room",
  "schedule",
  "skillgroup",
  "user",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "a4b">;
/** Any a4b action. */
export type Action = ActionOf<typeof actionFacts, "a4b">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "a4b">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "", client: "" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every a4b action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters actions based on tag-value assoicated with the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters actions based on the Amazon Id in the request. */
  "a4b:amazonId": "String";
  /** Filters actions based on the device type in the request. */
  "a4b:filters_deviceType": "ArrayOfString";
  /** Filters actions based on the presence of mandatory tags in the request. */
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
  "a4b:amazonId": "|,String|0||Filters actions based on the Amazon Id in the request",
  "a4b:filters_deviceType": "|,ArrayOfString|0||Filters actions based on the device type in the request",
  "aws:RequestTag/${TagKey}": "|,String|0||Filters actions based on the allowed set of values for each of the tags",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters actions based on tag-value assoicated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters actions based on the presence of mandatory tags in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "a4b",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
