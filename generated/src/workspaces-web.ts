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
export const prefix: "workspaces-web" = "workspaces-web";
/** The service's name in the reference. */
export const serviceName: "Amazon WorkSpaces Secure Browser" = "Amazon WorkSpaces Secure Browser";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon WorkSpaces Secure Browser",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonworkspacessecurebrowser.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [
  "ec2:CreateNetworkInterface",
  "ec2:CreateNetworkInterfacePermission",
  "ec2:CreateTags",
  "ec2:DeleteNetworkInterface",
  "ec2:DeleteNetworkInterfacePermission",
  "ec2:ModifyNetworkInterfaceAttribute",
  "iam:CreateServiceLinkedRole",
  "kinesis:PutRecord",
  "kinesis:PutRecords",
  "kms:CreateGrant",
  "kms:Decrypt",
  "kms:DescribeKey",
  "kms:GenerateDataKey",
  "workspaces-web:TagResource",
] as const;
const actionFacts = {
  /** Grants permission to associate browser settings to web portals. Access level: Write. Resources: browserSettings*, portal*. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_AssociateBrowserSettings.html */
  AssociateBrowserSettings: "W|||0;1;,5;1;|||;",
  /** Grants permission to associate data protection settings with web portals. Access level: Write. Resources: dataProtectionSettings*, portal*. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_AssociateDataProtectionSettings.html */
  AssociateDataProtectionSettings: "W|||1;1;,5;1;|||;",
  /** Grants permission to associate ip access settings with web portals. Access level: Write. Resources: ipAccessSettings*, portal*. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_AssociateIpAccessSettings.html */
  AssociateIpAccessSettings: "W|||3;1;,5;1;|||;",
  /** Grants permission to associate network settings to web portals. Access level: Write. Resources: networkSettings*, portal*. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_AssociateNetworkSettings.html */
  AssociateNetworkSettings: "W|||4;1;,5;1;||0,1,2,3,4,5|;",
  /** Grants permission to associate session logger with web portals. Access level: Write. Resources: portal*, sessionLogger*. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_AssociateSessionLogger.html */
  AssociateSessionLogger: "W|||5;1;,6;1;|||;",
  /** Grants permission to associate trust stores with web portals. Access level: Write. Resources: portal*, trustStore*. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_AssociateTrustStore.html */
  AssociateTrustStore: "W|||5;1;,7;1;|||;",
  /** Grants permission to associate user access logging settings with web portals. Access level: Write. Resources: portal*, userAccessLoggingSettings*. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_AssociateUserAccessLoggingSettings.html */
  AssociateUserAccessLoggingSettings: "W|||5;1;,8;1;||7,8|;",
  /** Grants permission to associate user settings with web portals. Access level: Write. Resources: portal*, userSettings*. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_AssociateUserSettings.html */
  AssociateUserSettings: "W|||5;1;,9;1;|||;",
  /** Grants permission to create browser settings. Access level: Write. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_CreateBrowserSettings.html */
  CreateBrowserSettings: "W||||0,2|9,10,11,12,13|;",
  /** Grants permission to create data protection settings. Access level: Write. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_CreateDataProtectionSettings.html */
  CreateDataProtectionSettings: "W||||0,2|13|;",
  /** Grants permission to create identity providers. Access level: Write. Resources: identityProvider*, portal*. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_CreateIdentityProvider.html */
  CreateIdentityProvider: "W|||2;1;,5;1;|0,2|13|;",
  /** Grants permission to create ip access settings. Access level: Write. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_CreateIpAccessSettings.html */
  CreateIpAccessSettings: "W||||0,2|13|;",
  /** Grants permission to create network settings. Access level: Write. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_CreateNetworkSettings.html */
  CreateNetworkSettings: "W||||0,2|6,13|;",
  /** Grants permission to create web portals. Access level: Write. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_CreatePortal.html */
  CreatePortal: "W||||0,2|6,9,10,11,12,13|;",
  /** Grants permission to create session logger. Access level: Write. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_CreateSessionLogger.html */
  CreateSessionLogger: "W||||0,2|s3:PutObject,13|;",
  /** Grants permission to create trust stores. Access level: Write. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_CreateTrustStore.html */
  CreateTrustStore: "W||||0,2|13|;",
  /** Grants permission to create user access logging settings. Access level: Write. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_CreateUserAccessLoggingSettings.html */
  CreateUserAccessLoggingSettings: "W||||0,2|13|;",
  /** Grants permission to create user settings. Access level: Write. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_CreateUserSettings.html */
  CreateUserSettings: "W||||0,2|13|;",
  /** Grants permission to delete browser settings. Access level: Write. Resources: browserSettings*. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_DeleteBrowserSettings.html */
  DeleteBrowserSettings: "W|||0;1;|||;",
  /** Grants permission to delete data protection settings. Access level: Write. Resources: dataProtectionSettings*. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_DeleteDataProtectionSettings.html */
  DeleteDataProtectionSettings: "W|||1;1;|||;",
  /** Grants permission to delete identity providers. Access level: Write. Resources: identityProvider*, portal*. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_DeleteIdentityProvider.html */
  DeleteIdentityProvider: "W|||2;1;,5;1;|||;",
  /** Grants permission to delete ip access settings. Access level: Write. Resources: ipAccessSettings*. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_DeleteIpAccessSettings.html */
  DeleteIpAccessSettings: "W|||3;1;|||;",
  /** Grants permission to delete network settings. Access level: Write. Resources: networkSettings*. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_DeleteNetworkSettings.html */
  DeleteNetworkSettings: "W|||4;1;|||;",
  /** Grants permission to delete web portals. Access level: Write. Resources: portal*. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_DeletePortal.html */
  DeletePortal: "W|||5;1;|||;",
  /** Grants permission to delete session logger. Access level: Write. Resources: sessionLogger*. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_DeleteSessionLogger.html */
  DeleteSessionLogger: "W|||6;1;|||;",
  /** Grants permission to delete trust stores. Access level: Write. Resources: trustStore*. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_DeleteTrustStore.html */
  DeleteTrustStore: "W|||7;1;|||;",
  /** Grants permission to delete user access logging settings. Access level: Write. Resources: userAccessLoggingSettings*. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_DeleteUserAccessLoggingSettings.html */
  DeleteUserAccessLoggingSettings: "W|||8;1;|||;",
  /** Grants permission to delete user settings. Access level: Write. Resources: userSettings*. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_DeleteUserSettings.html */
  DeleteUserSettings: "W|||9;1;|||;",
  /** Grants permission to disassociate browser settings from web portals. Access level: Write. Resources: portal*. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_DisassociateBrowserSettings.html */
  DisassociateBrowserSettings: "W|||5;1;|||;",
  /** Grants permission to disassociate data protection logging from web portals. Access level: Write. Resources: portal*. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_DisassociateDataProtectionSettings.html */
  DisassociateDataProtectionSettings: "W|||5;1;|||;",
  /** Grants permission to disassociate ip access logging from web portals. Access level: Write. Resources: portal*. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_DisassociateIpAccessSettings.html */
  DisassociateIpAccessSettings: "W|||5;1;|||;",
  /** Grants permission to disassociate network settings from web portals. Access level: Write. Resources: portal*. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_DisassociateNetworkSettings.html */
  DisassociateNetworkSettings: "W|||5;1;|||;",
  /** Grants permission to disassociate session logger from web portals. Access level: Write. Resources: portal*. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_DisassociateSessionLogger.html */
  DisassociateSessionLogger: "W|||5;1;|||;",
  /** Grants permission to disassociate trust stores from web portals. Access level: Write. Resources: portal*. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_DisassociateTrustStore.html */
  DisassociateTrustStore: "W|||5;1;|||;",
  /** Grants permission to disassociate user access logging settings from web portals. Access level: Write. Resources: portal*. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_DisassociateUserAccessLoggingSettings.html */
  DisassociateUserAccessLoggingSettings: "W|||5;1;|||;",
  /** Grants permission to disassociate user settings from web portals. Access level: Write. Resources: portal*. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_DisassociateUserSettings.html */
  DisassociateUserSettings: "W|||5;1;|||;",
  /** Grants permission to expire a session from a specific portal. Access level: Write. Resources: portal*. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_ExpireSession.html */
  ExpireSession: "W|||5;1;|||;",
  /** Grants permission to get details on browser settings. Access level: Read. Resources: browserSettings*. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_GetBrowserSettings.html */
  GetBrowserSettings: "R|||0;1;|||;",
  /** Grants permission to get details on data protection settings. Access level: Read. Resources: dataProtectionSettings*. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_GetDataProtectionSettings.html */
  GetDataProtectionSettings: "R|||1;1;|||;",
  /** Grants permission to get details on identity providers. Access level: Read. Resources: identityProvider*. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_GetIdentityProvider.html */
  GetIdentityProvider: "R|||2;1;|||;",
  /** Grants permission to get details on ip access settings. Access level: Read. Resources: ipAccessSettings*. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_GetIpAccessSettings.html */
  GetIpAccessSettings: "R|||3;1;|||;",
  /** Grants permission to get details on network settings. Access level: Read. Resources: networkSettings*. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_GetNetworkSettings.html */
  GetNetworkSettings: "R|||4;1;|||;",
  /** Grants permission to get details on web portals. Access level: Read. Resources: portal*. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_GetPortal.html */
  GetPortal: "R|||5;1;|||;",
  /** Grants permission to get service provider metadata information for web portals. Access level: Read. Resources: portal*. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_GetPortalServiceProviderMetadata.html */
  GetPortalServiceProviderMetadata: "R|||5;1;|||;",
  /** Grants permission to get information about a particular session for a portal. Access level: Read. Resources: portal*. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_GetSession.html */
  GetSession: "R|||5;1;|||;",
  /** Grants permission to get details on session logger. Access level: Read. Resources: sessionLogger*. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_GetSessionLogger.html */
  GetSessionLogger: "R|||6;1;|||;",
  /** Grants permission to get details on trust stores. Access level: Read. Resources: trustStore*. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_GetTrustStore.html */
  GetTrustStore: "R|||7;1;|||;",
  /** Grants permission to get certificates from trust stores. Access level: Read. Resources: trustStore*. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_GetTrustStoreCertificate.html */
  GetTrustStoreCertificate: "R|||7;1;|||;",
  /** Grants permission to get details on user access logging settings. Access level: Read. Resources: userAccessLoggingSettings*. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_GetUserAccessLoggingSettings.html */
  GetUserAccessLoggingSettings: "R|||8;1;|||;",
  /** Grants permission to get details on user settings. Access level: Read. Resources: userSettings*. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_GetUserSettings.html */
  GetUserSettings: "R|||9;1;|||;",
  /** Grants permission to list browser settings. Access level: Read. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_ListBrowserSettings.html */
  ListBrowserSettings: "R||||||;",
  /** Grants permission to list data protection settings. Access level: Read. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_ListDataProtectionSettings.html */
  ListDataProtectionSettings: "R||||||;",
  /** Grants permission to list identity providers. Access level: Read. Resources: identityProvider*. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_ListIdentityProviders.html */
  ListIdentityProviders: "R|||2;1;|||;",
  /** Grants permission to list ip access settings. Access level: Read. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_ListIpAccessSettings.html */
  ListIpAccessSettings: "R||||||;",
  /** Grants permission to list network settings. Access level: Read. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_ListNetworkSettings.html */
  ListNetworkSettings: "R||||||;",
  /** Grants permission to list web portals. Access level: Read. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_ListPortals.html */
  ListPortals: "R||||||;",
  /** Grants permission to list session loggers. Access level: Read. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_ListSessionLoggers.html */
  ListSessionLoggers: "R||||||;",
  /** Grants permission to list sessions for a Portal using optional filters. Access level: Read. Resources: portal*. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_ListSessions.html */
  ListSessions: "R|||5;1;|||;",
  /** Grants permission to list tags for a resource. Access level: Read. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R||||||;",
  /** Grants permission to list certificates in a trust store. Access level: Read. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_ListTrustStoreCertificates.html */
  ListTrustStoreCertificates: "R||||||;",
  /** Grants permission to list trust stores. Access level: Read. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_ListTrustStores.html */
  ListTrustStores: "R||||||;",
  /** Grants permission to list user access logging settings. Access level: Read. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_ListUserAccessLoggingSettings.html */
  ListUserAccessLoggingSettings: "R||||||;",
  /** Grants permission to list user settings. Access level: Read. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_ListUserSettings.html */
  ListUserSettings: "R||||||;",
  /** Grants permission to add one or more tags to a resource. Access level: Tagging. Resources: browserSettings, dataProtectionSettings, identityProvider, ipAccessSettings, networkSettings, portal, sessionLogger, trustStore, userAccessLoggingSettings, userSettings. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_TagResource.html */
  TagResource:
    "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,8;0;,9;0;|0,2||CreateBrowserSettings,CreateDataProtectionSettings,CreateIdentityProvider,CreateIpAccessSettings,CreateNetworkSettings,CreatePortal,CreateSessionLogger,CreateTrustStore,CreateUserAccessLoggingSettings,CreateUserSettings,;",
  /** Grants permission to remove one or more tags from a resource. Access level: Tagging. Resources: browserSettings, dataProtectionSettings, identityProvider, ipAccessSettings, networkSettings, portal, sessionLogger, trustStore, userAccessLoggingSettings, userSettings. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,8;0;,9;0;|2||;",
  /** Grants permission to update browser settings. Access level: Write. Resources: browserSettings*. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_UpdateBrowserSettings.html */
  UpdateBrowserSettings: "W|||0;1;|||;",
  /** Grants permission to update data protection settings. Access level: Write. Resources: dataProtectionSettings*. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_UpdateDataProtectionSettings.html */
  UpdateDataProtectionSettings: "W|||1;1;|||;",
  /** Grants permission to update identity provider. Access level: Write. Resources: identityProvider*, portal*. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_UpdateIdentityProvider.html */
  UpdateIdentityProvider: "W|||2;1;,5;1;|||;",
  /** Grants permission to update ip access settings. Access level: Write. Resources: ipAccessSettings*. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_UpdateIpAccessSettings.html */
  UpdateIpAccessSettings: "W|||3;1;|||;",
  /** Grants permission to update network settings. Access level: Write. Resources: networkSettings*. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_UpdateNetworkSettings.html */
  UpdateNetworkSettings: "W|||4;1;||0,1,2,3,4,5|;",
  /** Grants permission to update web portals. Access level: Write. Resources: portal*. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_UpdatePortal.html */
  UpdatePortal: "W|||5;1;|||;",
  /** Grants permission to update session logger. Access level: Write. Resources: sessionLogger*. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_UpdateSessionLogger.html */
  UpdateSessionLogger: "W|||6;1;|||;",
  /** Grants permission to update trust stores. Access level: Write. Resources: trustStore*. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_UpdateTrustStore.html */
  UpdateTrustStore: "W|||7;1;|||;",
  /** Grants permission to update user access logging settings. Access level: Write. Resources: userAccessLoggingSettings*. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_UpdateUserAccessLoggingSettings.html */
  UpdateUserAccessLoggingSettings: "W|||8;1;||7,8|;",
  /** Grants permission to update user settings. Access level: Write. Resources: userSettings*. https://docs.aws.amazon.com/workspaces-web/latest/APIReference/API_UpdateUserSettings.html */
  UpdateUserSettings: "W|||9;1;|||;",
} as const;
const actionDetails = {
  AssociateBrowserSettings: "|,;~~~|Grants permission to associate browser settings to web portals",
  AssociateDataProtectionSettings: "|,;~~~|Grants permission to associate data protection settings with web portals",
  AssociateIpAccessSettings: "|,;~~~|Grants permission to associate ip access settings with web portals",
  AssociateNetworkSettings: "|,;~~~|Grants permission to associate network settings to web portals",
  AssociateSessionLogger: "|,;~~~|Grants permission to associate session logger with web portals",
  AssociateTrustStore: "|,;~~~|Grants permission to associate trust stores with web portals",
  AssociateUserAccessLoggingSettings:
    "|,;~~~|Grants permission to associate user access logging settings with web portals",
  AssociateUserSettings: "|,;~~~|Grants permission to associate user settings with web portals",
  CreateBrowserSettings: "|,;~~~|Grants permission to create browser settings",
  CreateDataProtectionSettings: "|,;~~~|Grants permission to create data protection settings",
  CreateIdentityProvider: "|,;~~~|Grants permission to create identity providers",
  CreateIpAccessSettings: "|,;~~~|Grants permission to create ip access settings",
  CreateNetworkSettings: "|,;~~~|Grants permission to create network settings",
  CreatePortal: "|,;~~~|Grants permission to create web portals",
  CreateSessionLogger: "|,;~~~|Grants permission to create session logger",
  CreateTrustStore: "|,;~~~|Grants permission to create trust stores",
  CreateUserAccessLoggingSettings: "|,;~~~|Grants permission to create user access logging settings",
  CreateUserSettings: "|,;~~~|Grants permission to create user settings",
  DeleteBrowserSettings: "|,;~~~|Grants permission to delete browser settings",
  DeleteDataProtectionSettings: "|,;~~~|Grants permission to delete data protection settings",
  DeleteIdentityProvider: "|,;~~~|Grants permission to delete identity providers",
  DeleteIpAccessSettings: "|,;~~~|Grants permission to delete ip access settings",
  DeleteNetworkSettings: "|,;~~~|Grants permission to delete network settings",
  DeletePortal: "|,;~~~|Grants permission to delete web portals",
  DeleteSessionLogger: "|,;~~~|Grants permission to delete session logger",
  DeleteTrustStore: "|,;~~~|Grants permission to delete trust stores",
  DeleteUserAccessLoggingSettings: "|,;~~~|Grants permission to delete user access logging settings",
  DeleteUserSettings: "|,;~~~|Grants permission to delete user settings",
  DisassociateBrowserSettings: "|,;~~~|Grants permission to disassociate browser settings from web portals",
  DisassociateDataProtectionSettings:
    "|,;~~~|Grants permission to disassociate data protection logging from web portals",
  DisassociateIpAccessSettings: "|,;~~~|Grants permission to disassociate ip access logging from web portals",
  DisassociateNetworkSettings: "|,;~~~|Grants permission to disassociate network settings from web portals",
  DisassociateSessionLogger: "|,;~~~|Grants permission to disassociate session logger from web portals",
  DisassociateTrustStore: "|,;~~~|Grants permission to disassociate trust stores from web portals",
  DisassociateUserAccessLoggingSettings:
    "|,;~~~|Grants permission to disassociate user access logging settings from web portals",
  DisassociateUserSettings: "|,;~~~|Grants permission to disassociate user settings from web portals",
  ExpireSession: "|,;~~~|Grants permission to expire a session from a specific portal",
  GetBrowserSettings: "|,;~~~|Grants permission to get details on browser settings",
  GetDataProtectionSettings: "|,;~~~|Grants permission to get details on data protection settings",
  GetIdentityProvider: "|,;~~~|Grants permission to get details on identity providers",
  GetIpAccessSettings: "|,;~~~|Grants permission to get details on ip access settings",
  GetNetworkSettings: "|,;~~~|Grants permission to get details on network settings",
  GetPortal: "|,;~~~|Grants permission to get details on web portals",
  GetPortalServiceProviderMetadata:
    "|,;~~~|Grants permission to get service provider metadata information for web portals",
  GetSession: "|,;~~~|Grants permission to get information about a particular session for a portal",
  GetSessionLogger: "|,;~~~|Grants permission to get details on session logger",
  GetTrustStore: "|,;~~~|Grants permission to get details on trust stores",
  GetTrustStoreCertificate: "|,;~~~|Grants permission to get certificates from trust stores",
  GetUserAccessLoggingSettings: "|,;~~~|Grants permission to get details on user access logging settings",
  GetUserSettings: "|,;~~~|Grants permission to get details on user settings",
  ListBrowserSettings: "|,;~~~|Grants permission to list browser settings",
  ListDataProtectionSettings: "|,;~~~|Grants permission to list data protection settings",
  ListIdentityProviders: "|,;~~~|Grants permission to list identity providers",
  ListIpAccessSettings: "|,;~~~|Grants permission to list ip access settings",
  ListNetworkSettings: "|,;~~~|Grants permission to list network settings",
  ListPortals: "|,;~~~|Grants permission to list web portals",
  ListSessionLoggers: "|,;~~~|Grants permission to list session loggers",
  ListSessions: "|,;~~~|Grants permission to list sessions for a Portal using optional filters",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for a resource",
  ListTrustStoreCertificates: "|,;~~~|Grants permission to list certificates in a trust store",
  ListTrustStores: "|,;~~~|Grants permission to list trust stores",
  ListUserAccessLoggingSettings: "|,;~~~|Grants permission to list user access logging settings",
  ListUserSettings: "|,;~~~|Grants permission to list user settings",
  TagResource: "|,;~~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~|Grants permission to add one or more tags to a resource",
  UntagResource: "|,;~~~|Grants permission to remove one or more tags from a resource",
  UpdateBrowserSettings: "|,;~~~|Grants permission to update browser settings",
  UpdateDataProtectionSettings: "|,;~~~|Grants permission to update data protection settings",
  UpdateIdentityProvider: "|,;~~~|Grants permission to update identity provider",
  UpdateIpAccessSettings: "|,;~~~|Grants permission to update ip access settings",
  UpdateNetworkSettings: "|,;~~~|Grants permission to update network settings",
  UpdatePortal: "|,;~~~|Grants permission to update web portals",
  UpdateSessionLogger: "|,;~~~|Grants permission to update session logger",
  UpdateTrustStore: "|,;~~~|Grants permission to update trust stores",
  UpdateUserAccessLoggingSettings: "|,;~~~|Grants permission to update user access logging settings",
  UpdateUserSettings: "|,;~~~|Grants permission to update user settings",
};
const resourceTypeFacts = {
  /** The browserSettings resource type: arn:${Partition}:workspaces-web:${Region}:${Account}:browserSettings/${BrowserSettingsId} */
  browserSettings: "|,|1",
  /** The dataProtectionSettings resource type: arn:${Partition}:workspaces-web:${Region}:${Account}:dataProtectionSettings/${DataProtectionSettingsId} */
  dataProtectionSettings: "|,|1",
  /** The identityProvider resource type: arn:${Partition}:workspaces-web:${Region}:${Account}:identityProvider/${PortalId}/${IdentityProviderId} */
  identityProvider: "|,|1",
  /** The ipAccessSettings resource type: arn:${Partition}:workspaces-web:${Region}:${Account}:ipAccessSettings/${IpAccessSettingsId} */
  ipAccessSettings: "|,|1",
  /** The networkSettings resource type: arn:${Partition}:workspaces-web:${Region}:${Account}:networkSettings/${NetworkSettingsId} */
  networkSettings: "|,|1",
  /** The portal resource type: arn:${Partition}:workspaces-web:${Region}:${Account}:portal/${PortalId} */
  portal: "|,|1",
  /** The sessionLogger resource type: arn:${Partition}:workspaces-web:${Region}:${Account}:sessionLogger/${SessionLoggerId} */
  sessionLogger: "|,|1",
  /** The trustStore resource type: arn:${Partition}:workspaces-web:${Region}:${Account}:trustStore/${TrustStoreId} */
  trustStore: "|,|1",
  /** The userAccessLoggingSettings resource type: arn:${Partition}:workspaces-web:${Region}:${Account}:userAccessLoggingSettings/${UserAccessLoggingSettingsId} */
  userAccessLoggingSettings: "|,|1",
  /** The userSettings resource type: arn:${Partition}:workspaces-web:${Region}:${Account}:userSettings/${UserSettingsId} */
  userSettings: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a browserSettings resource: arn:${Partition}:workspaces-web:${Region}:${Account}:browserSettings/${BrowserSettingsId}. */
  browserSettings:
    "|,browserSettings|arn:|Partition|:workspaces-web:|Region|:|Account|:browserSettings/|BrowserSettingsId|",
  /** ARN of a dataProtectionSettings resource: arn:${Partition}:workspaces-web:${Region}:${Account}:dataProtectionSettings/${DataProtectionSettingsId}. */
  dataProtectionSettings:
    "|,dataProtectionSettings|arn:|Partition|:workspaces-web:|Region|:|Account|:dataProtectionSettings/|DataProtectionSettingsId|",
  /** ARN of a identityProvider resource: arn:${Partition}:workspaces-web:${Region}:${Account}:identityProvider/${PortalId}/${IdentityProviderId}. */
  identityProvider:
    "|,identityProvider|arn:|Partition|:workspaces-web:|Region|:|Account|:identityProvider/|PortalId|/|IdentityProviderId|",
  /** ARN of a ipAccessSettings resource: arn:${Partition}:workspaces-web:${Region}:${Account}:ipAccessSettings/${IpAccessSettingsId}. */
  ipAccessSettings:
    "|,ipAccessSettings|arn:|Partition|:workspaces-web:|Region|:|Account|:ipAccessSettings/|IpAccessSettingsId|",
  /** ARN of a networkSettings resource: arn:${Partition}:workspaces-web:${Region}:${Account}:networkSettings/${NetworkSettingsId}. */
  networkSettings:
    "|,networkSettings|arn:|Partition|:workspaces-web:|Region|:|Account|:networkSettings/|NetworkSettingsId|",
  /** ARN of a portal resource: arn:${Partition}:workspaces-web:${Region}:${Account}:portal/${PortalId}. */
  portal: "|,portal|arn:|Partition|:workspaces-web:|Region|:|Account|:portal/|PortalId|",
  /** ARN of a sessionLogger resource: arn:${Partition}:workspaces-web:${Region}:${Account}:sessionLogger/${SessionLoggerId}. */
  sessionLogger: "|,sessionLogger|arn:|Partition|:workspaces-web:|Region|:|Account|:sessionLogger/|SessionLoggerId|",
  /** ARN of a trustStore resource: arn:${Partition}:workspaces-web:${Region}:${Account}:trustStore/${TrustStoreId}. */
  trustStore: "|,trustStore|arn:|Partition|:workspaces-web:|Region|:|Account|:trustStore/|TrustStoreId|",
  /** ARN of a userAccessLoggingSettings resource: arn:${Partition}:workspaces-web:${Region}:${Account}:userAccessLoggingSettings/${UserAccessLoggingSettingsId}. */
  userAccessLoggingSettings:
    "|,userAccessLoggingSettings|arn:|Partition|:workspaces-web:|Region|:|Account|:userAccessLoggingSettings/|UserAccessLoggingSettingsId|",
  /** ARN of a userSettings resource: arn:${Partition}:workspaces-web:${Region}:${Account}:userSettings/${UserSettingsId}. */
  userSettings: "|,userSettings|arn:|Partition|:workspaces-web:|Region|:|Account|:userSettings/|UserSettingsId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "browserSettings",
  "dataProtectionSettings",
  "identityProvider",
  "ipAccessSettings",
  "networkSettings",
  "portal",
  "sessionLogger",
  "trustStore",
  "userAccessLoggingSettings",
  "userSettings",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "workspaces-web">;
/** Any workspaces-web action. */
export type Action = ActionOf<typeof actionFacts, "workspaces-web">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "workspaces-web">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "workspaces-web" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every workspaces-web action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "workspaces-web",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
