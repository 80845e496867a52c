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
export const prefix: "iotmanagedintegrations" = "iotmanagedintegrations";
/** The service's name in the reference. */
export const serviceName: "AWS IoT Managed Integrations" = "AWS IoT Managed Integrations";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS IoT Managed Integrations",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsiotmanagedintegrations.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "iotmanagedintegrations:cloudConnectorId",
  "iotmanagedintegrations:connectorDestinationId",
] as const;
const dependentActionList = ["iotmanagedintegrations:TagResource"] as const;
const actionFacts = {
  /** Grants permission to create a new account association. Access level: Write. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_CreateAccountAssociation.html */
  CreateAccountAssociation: "W||||0,2,4|0|;",
  /** Grants permission to create a new cloud connector. Access level: Write. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_CreateCloudConnector.html */
  CreateCloudConnector: "W||||||;",
  /** Grants permission to create a new connector destination. Access level: Write. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_CreateConnectorDestination.html */
  CreateConnectorDestination: "W||||3||;",
  /** Grants permission to create a product credential locker. Access level: Write. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_CreateCredentialLocker.html */
  CreateCredentialLocker: "W||||0,2|0|;",
  /** Grants permission to create a new destination. Access level: Write. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_CreateDestination.html */
  CreateDestination: "W|||||iam:PassRole|;",
  /** Grants permission to create a new event configuration. Access level: Write. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_CreateEventLogConfiguration.html */
  CreateEventLogConfiguration: "W||||||;",
  /** Grants permission to create a new managed thing. Access level: Write. Resources: credential-locker. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_CreateManagedThing.html */
  CreateManagedThing: "W|||1;0;|0,2|0|;",
  /** Grants permission to create a new notification configuration. Access level: Write. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_CreateNotificationConfiguration.html */
  CreateNotificationConfiguration: "W||||||;",
  /** Grants permission to create a new ota task. Access level: Write. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_CreateOtaTask.html */
  CreateOtaTask: "W||||0,2|0|;",
  /** Grants permission to create a new ota task configuration. Access level: Write. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_CreateOtaTaskConfiguration.html */
  CreateOtaTaskConfiguration: "W||||||;",
  /** Grants permission to create a new provisioning profile. Access level: Write. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_CreateProvisioningProfile.html */
  CreateProvisioningProfile: "W||||0,2|0|;",
  /** Grants permission to delete an account association. Access level: Write. Resources: account-association*. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_DeleteAccountAssociation.html */
  DeleteAccountAssociation: "W|||0;1;|||;",
  /** Grants permission to delete a cloud connector. Access level: Write. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_DeleteCloudConnector.html */
  DeleteCloudConnector: "W||||3||;",
  /** Grants permission to delete a connector destination. Access level: Write. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_DeleteConnectorDestination.html */
  DeleteConnectorDestination: "W||||||;",
  /** Grants permission to delete a credential locker. Access level: Write. Resources: credential-locker*. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_DeleteCredentialLocker.html */
  DeleteCredentialLocker: "W|||1;1;|||;",
  /** Grants permission to delete destination. Access level: Write. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_DeleteDestination.html */
  DeleteDestination: "W||||||;",
  /** Grants permission to delete event log configuration. Access level: Write. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_DeleteEventLogConfiguration.html */
  DeleteEventLogConfiguration: "W||||||;",
  /** Grants permission to delete managed thing. Access level: Write. Resources: managed-thing*. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_DeleteManagedThing.html */
  DeleteManagedThing: "W|||2;1;|||;",
  /** Grants permission to delete notification configuration. Access level: Write. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_DeleteNotificationConfiguration.html */
  DeleteNotificationConfiguration: "W||||||;",
  /** Grants permission to delete ota task. Access level: Write. Resources: ota-task*. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_DeleteOtaTask.html */
  DeleteOtaTask: "W|||3;1;|||;",
  /** Grants permission to delete ota task configuration. Access level: Write. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_DeleteOtaTaskConfiguration.html */
  DeleteOtaTaskConfiguration: "W||||||;",
  /** Grants permission to delete provisioning profile. Access level: Write. Resources: provisioning-profile*. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_DeleteProvisioningProfile.html */
  DeleteProvisioningProfile: "W|||4;1;|||;",
  /** Grants permission to deregister account association. Access level: Write. Resources: account-association*, managed-thing*. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_DeregisterAccountAssociation.html */
  DeregisterAccountAssociation: "W|||0;1;,2;1;|||;",
  /** Grants permission to get information about an account association. Access level: Read. Resources: account-association*. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_GetAccountAssociation.html */
  GetAccountAssociation: "R|||0;1;|||;",
  /** Grants permission to get information about a cloud connector. Access level: Read. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_GetCloudConnector.html */
  GetCloudConnector: "R||||||;",
  /** Grants permission to get information about a cloud destination. Access level: Read. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_GetConnectorDestination.html */
  GetConnectorDestination: "R||||||;",
  /** Grants permission to get information about a credential locker. Access level: Read. Resources: credential-locker*. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_GetCredentialLocker.html */
  GetCredentialLocker: "R|||1;1;|||;",
  /** Grants permission to get information about a custom endpoint. Access level: Read. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_GetCustomEndpoint.html */
  GetCustomEndpoint: "R||||||;",
  /** Grants permission to get information about a default encryption configuration. Access level: Read. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_GetDefaultEncryptionConfiguration.html */
  GetDefaultEncryptionConfiguration: "R||||||;",
  /** Grants permission to get information about a destination. Access level: Read. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_GetDestination.html */
  GetDestination: "R||||||;",
  /** Grants permission to get information about a device discovery. Access level: Read. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_GetDeviceDiscovery.html */
  GetDeviceDiscovery: "R||||||;",
  /** Grants permission to get information about an event log configuration. Access level: Read. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_GetEventLogConfiguration.html */
  GetEventLogConfiguration: "R||||||;",
  /** Grants permission to get information about a hub configuration. Access level: Read. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_GetHubConfiguration.html */
  GetHubConfiguration: "R||||||;",
  /** Grants permission to get information about a managed thing. Access level: Read. Resources: managed-thing*. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_GetManagedThing.html */
  GetManagedThing: "R|||2;1;|||;",
  /** Grants permission to get the capability report for a managed thing. Access level: Read. Resources: managed-thing*. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_GetManagedThingCapabilities.html */
  GetManagedThingCapabilities: "R|||2;1;|||;",
  /** Grants permission to get the certificate pem for a managed thing. Access level: Read. Resources: managed-thing*. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_GetManagedThingCertificate.html */
  GetManagedThingCertificate: "R|||2;1;|||",
  /** Grants permission to get the connectivity data for a managed thing. Access level: Read. Resources: managed-thing*. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_GetManagedThingConnectivityData.html */
  GetManagedThingConnectivityData: "R|||2;1;|||;",
  /** Grants permission to get the meta data information for a managed thing. Access level: Read. Resources: managed-thing*. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_GetManagedThingMetaData.html */
  GetManagedThingMetaData: "R|||2;1;|||;",
  /** Grants permission to get the device state information for a managed thing. Access level: Read. Resources: managed-thing*. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_GetManagedThingState.html */
  GetManagedThingState: "R|||2;1;|||;",
  /** Grants permission to get information for a notification configuration. Access level: Read. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_GetNotificationConfiguration.html */
  GetNotificationConfiguration: "R||||||;",
  /** Grants permission to get information for an ota task. Access level: Read. Resources: ota-task*. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_GetOtaTask.html */
  GetOtaTask: "R|||3;1;|||;",
  /** Grants permission to get information for an ota task configuration. Access level: Read. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_GetOtaTaskConfiguration.html */
  GetOtaTaskConfiguration: "R||||||;",
  /** Grants permission to get information for a provisioning profile. Access level: Read. Resources: provisioning-profile*. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_GetProvisioningProfile.html */
  GetProvisioningProfile: "R|||4;1;|||;",
  /** Grants permission to get information for a runtime log configuration. Access level: Read. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_GetRuntimeLogConfiguration.html */
  GetRuntimeLogConfiguration: "R||||||;",
  /** Grants permission to get information for a version of a schema. Access level: Read. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_GetSchemaVersion.html */
  GetSchemaVersion: "R||||||;",
  /** Grants permission to list information for account associations. Access level: List. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_ListAccountAssociations.html */
  ListAccountAssociations: "L||||||;",
  /** Grants permission to list information for cloud connectors. Access level: List. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_ListCloudConnectors.html */
  ListCloudConnectors: "L||||||;",
  /** Grants permission to list information for connector destinations. Access level: List. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_ListConnectorDestinations.html */
  ListConnectorDestinations: "L||||||;",
  /** Grants permission to list information for credential lockers. Access level: List. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_ListCredentialLockers.html */
  ListCredentialLockers: "L||||||;",
  /** Grants permission to list information for destinations. Access level: List. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_ListDestinations.html */
  ListDestinations: "L||||||;",
  /** Grants permission to list information for device discoveries. Access level: List. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_ListDeviceDiscoveries.html */
  ListDeviceDiscoveries: "L||||||;",
  /** Grants permission to list information for device discovered in a device discoveries. Access level: Read. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_ListDiscoveredDevices.html */
  ListDiscoveredDevices: "R||||||;",
  /** Grants permission to list information for event log configurations. Access level: Read. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_ListEventLogConfigurations.html */
  ListEventLogConfigurations: "R||||||;",
  /** Grants permission to list information for associations between managed thing and account associations. Access level: List. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_ListManagedThingAccountAssociations.html */
  ListManagedThingAccountAssociations: "L||||||;",
  /** Grants permission to list schemas associated with a managed thing. Access level: Read. Resources: managed-thing*. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_ListManagedThingSchemas.html */
  ListManagedThingSchemas: "R|||2;1;|||;",
  /** Grants permission to list information for managed things. Access level: List. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_ListManagedThings.html */
  ListManagedThings: "L||||||;",
  /** Grants permission to list information for notification configurations. Access level: Read. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_ListNotificationConfigurations.html */
  ListNotificationConfigurations: "R||||||;",
  /** Grants permission to list information for ota task configurations. Access level: Read. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_ListOtaTaskConfigurations.html */
  ListOtaTaskConfigurations: "R||||||;",
  /** Grants permission to list information for ota task executions. Access level: Read. Resources: ota-task*. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_ListOtaTaskExecutions.html */
  ListOtaTaskExecutions: "R|||3;1;|||;",
  /** Grants permission to list information for ota tasks. Access level: List. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_ListOtaTasks.html */
  ListOtaTasks: "L||||||;",
  /** Grants permission to list information for provisioning profiles. Access level: List. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_ListProvisioningProfiles.html */
  ListProvisioningProfiles: "L||||||;",
  /** Grants permission to list information for schemas. Access level: List. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_ListSchemaVersions.html */
  ListSchemaVersions: "L||||||;",
  /** Grants permission to list tags for the specified resource. Access level: Read. Resources: account-association, credential-locker, managed-thing, ota-task, provisioning-profile. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,1;0;,2;0;,3;0;,4;0;|1||;",
  /** Grants permission to update the default settings for an encryption configuration. Access level: Write. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_PutDefaultEncryptionConfiguration.html */
  PutDefaultEncryptionConfiguration: "W||||||;",
  /** Grants permission to update a hub configuration. Access level: Write. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_PutHubConfiguration.html */
  PutHubConfiguration: "W||||||;",
  /** Grants permission to update a runtime log configuration. Access level: Write. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_PutRuntimeLogConfiguration.html */
  PutRuntimeLogConfiguration: "W||||||;",
  /** Grants permission to register an account association to a managed thing. Access level: Write. Resources: account-association*, managed-thing*. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_RegisterAccountAssociation.html */
  RegisterAccountAssociation: "W|||0;1;,2;1;|||;",
  /** Grants permission to register a custom endpoint. Access level: Write. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_RegisterCustomEndpoint.html */
  RegisterCustomEndpoint: "W||||||;",
  /** Grants permission to reset a runtime log configuration. Access level: Write. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_ResetRuntimeLogConfiguration.html */
  ResetRuntimeLogConfiguration: "W||||||;",
  /** Grants permission to send a connector event. Access level: Write. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_SendConnectorEvent.html */
  SendConnectorEvent: "W||||||;",
  /** Grants permission to send a command to a managed thing. Access level: Write. Resources: account-association, managed-thing*. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_SendManagedThingCommand.html */
  SendManagedThingCommand: "W|||0;0;,2;1;|||;",
  /** Grants permission to start a refresh of access tokens associated with an account association. Access level: Write. Resources: account-association*. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_StartAccountAssociationRefresh.html */
  StartAccountAssociationRefresh: "W|||0;1;|||;",
  /** Grants permission to start a device discovery. Access level: Write. Resources: account-association, managed-thing. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_StartDeviceDiscovery.html */
  StartDeviceDiscovery: "W|||0;0;,2;0;|||;",
  /** Grants permission to add tags for the specified resource. Access level: Tagging. Resources: account-association, credential-locker, managed-thing, ota-task, provisioning-profile. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_TagResource.html */
  TagResource:
    "T|||0;0;,1;0;,2;0;,3;0;,4;0;|0,1,2||CreateAccountAssociation,CreateCredentialLocker,CreateManagedThing,CreateOtaTask,CreateProvisioningProfile,;",
  /** Grants permission to remove tags for the specified resource. Access level: Tagging. Resources: account-association, credential-locker, managed-thing, ota-task, provisioning-profile. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,3;0;,4;0;|1,2||;",
  /** Grants permission to update an account association. Access level: Write. Resources: account-association*. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_UpdateAccountAssociation.html */
  UpdateAccountAssociation: "W|||0;1;|||;",
  /** Grants permission to update a cloud connector. Access level: Write. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_UpdateCloudConnector.html */
  UpdateCloudConnector: "W||||3||;",
  /** Grants permission to update a connector destination. Access level: Write. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_UpdateConnectorDestination.html */
  UpdateConnectorDestination: "W||||||;",
  /** Grants permission to update a destination. Access level: Write. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_UpdateDestination.html */
  UpdateDestination: "W||||||;",
  /** Grants permission to update an event log configuration. Access level: Write. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_UpdateEventLogConfiguration.html */
  UpdateEventLogConfiguration: "W||||||;",
  /** Grants permission to update a managed thing. Access level: Write. Resources: credential-locker, managed-thing*. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_UpdateManagedThing.html */
  UpdateManagedThing: "W|||1;0;,2;1;|||;",
  /** Grants permission to update a notification configuration. Access level: Write. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_UpdateNotificationConfiguration.html */
  UpdateNotificationConfiguration: "W||||||;",
  /** Grants permission to update an ota task. Access level: Write. Resources: ota-task*. https://docs.aws.amazon.com/iotmanagedintegrations/latest/APIReference/API_UpdateOtaTask.html */
  UpdateOtaTask: "W|||3;1;|||;",
} as const;
const actionDetails = {
  CreateAccountAssociation: "|,;~~~|Grants permission to create a new account association",
  CreateCloudConnector: "|,;~~~|Grants permission to create a new cloud connector",
  CreateConnectorDestination: "|,;~~~|Grants permission to create a new connector destination",
  CreateCredentialLocker: "|,;~~~|Grants permission to create a product credential locker",
  CreateDestination: "|,;~~~|Grants permission to create a new destination",
  CreateEventLogConfiguration: "|,;~~~|Grants permission to create a new event configuration",
  CreateManagedThing: "|,;~~~|Grants permission to create a new managed thing",
  CreateNotificationConfiguration: "|,;~~~|Grants permission to create a new notification configuration",
  CreateOtaTask: "|,;~~~|Grants permission to create a new ota task",
  CreateOtaTaskConfiguration: "|,;~~~|Grants permission to create a new ota task configuration",
  CreateProvisioningProfile: "|,;~~~|Grants permission to create a new provisioning profile",
  DeleteAccountAssociation: "|,;~~~|Grants permission to delete an account association",
  DeleteCloudConnector: "|,;~~~|Grants permission to delete a cloud connector",
  DeleteConnectorDestination: "|,;~~~|Grants permission to delete a connector destination",
  DeleteCredentialLocker: "|,;~~~|Grants permission to delete a credential locker",
  DeleteDestination: "|,;~~~|Grants permission to delete destination",
  DeleteEventLogConfiguration: "|,;~~~|Grants permission to delete event log configuration",
  DeleteManagedThing: "|,;~~~|Grants permission to delete managed thing",
  DeleteNotificationConfiguration: "|,;~~~|Grants permission to delete notification configuration",
  DeleteOtaTask: "|,;~~~|Grants permission to delete ota task",
  DeleteOtaTaskConfiguration: "|,;~~~|Grants permission to delete ota task configuration",
  DeleteProvisioningProfile: "|,;~~~|Grants permission to delete provisioning profile",
  DeregisterAccountAssociation: "|,;~~~|Grants permission to deregister account association",
  GetAccountAssociation: "|,;~~~|Grants permission to get information about an account association",
  GetCloudConnector: "|,;~~~|Grants permission to get information about a cloud connector",
  GetConnectorDestination: "|,;~~~|Grants permission to get information about a cloud destination",
  GetCredentialLocker: "|,;~~~|Grants permission to get information about a credential locker",
  GetCustomEndpoint: "|,;~~~|Grants permission to get information about a custom endpoint",
  GetDefaultEncryptionConfiguration:
    "|,;~~~|Grants permission to get information about a default encryption configuration",
  GetDestination: "|,;~~~|Grants permission to get information about a destination",
  GetDeviceDiscovery: "|,;~~~|Grants permission to get information about a device discovery",
  GetEventLogConfiguration: "|,;~~~|Grants permission to get information about an event log configuration",
  GetHubConfiguration: "|,;~~~|Grants permission to get information about a hub configuration",
  GetManagedThing: "|,;~~~|Grants permission to get information about a managed thing",
  GetManagedThingCapabilities: "|,;~~~|Grants permission to get the capability report for a managed thing",
  GetManagedThingCertificate: "|,;~|Grants permission to get the certificate pem for a managed thing",
  GetManagedThingConnectivityData: "|,;~~~|Grants permission to get the connectivity data for a managed thing",
  GetManagedThingMetaData: "|,;~~~|Grants permission to get the meta data information for a managed thing",
  GetManagedThingState: "|,;~~~|Grants permission to get the device state information for a managed thing",
  GetNotificationConfiguration: "|,;~~~|Grants permission to get information for a notification configuration",
  GetOtaTask: "|,;~~~|Grants permission to get information for an ota task",
  GetOtaTaskConfiguration: "|,;~~~|Grants permission to get information for an ota task configuration",
  GetProvisioningProfile: "|,;~~~|Grants permission to get information for a provisioning profile",
  GetRuntimeLogConfiguration: "|,;~~~|Grants permission to get information for a runtime log configuration",
  GetSchemaVersion: "|,;~~~|Grants permission to get information for a version of a schema",
  ListAccountAssociations: "|,;~~~|Grants permission to list information for account associations",
  ListCloudConnectors: "|,;~~~|Grants permission to list information for cloud connectors",
  ListConnectorDestinations: "|,;~~~|Grants permission to list information for connector destinations",
  ListCredentialLockers: "|,;~~~|Grants permission to list information for credential lockers",
  ListDestinations: "|,;~~~|Grants permission to list information for destinations",
  ListDeviceDiscoveries: "|,;~~~|Grants permission to list information for device discoveries",
  ListDiscoveredDevices: "|,;~~~|Grants permission to list information for device discovered in a device discoveries",
  ListEventLogConfigurations: "|,;~~~|Grants permission to list information for event log configurations",
  ListManagedThingAccountAssociations:
    "|,;~~~|Grants permission to list information for associations between managed thing and account associations",
  ListManagedThingSchemas: "|,;~~~|Grants permission to list schemas associated with a managed thing",
  ListManagedThings: "|,;~~~|Grants permission to list information for managed things",
  ListNotificationConfigurations: "|,;~~~|Grants permission to list information for notification configurations",
  ListOtaTaskConfigurations: "|,;~~~|Grants permission to list information for ota task configurations",
  ListOtaTaskExecutions: "|,;~~~|Grants permission to list information for ota task executions",
  ListOtaTasks: "|,;~~~|Grants permission to list information for ota tasks",
  ListProvisioningProfiles: "|,;~~~|Grants permission to list information for provisioning profiles",
  ListSchemaVersions: "|,;~~~|Grants permission to list information for schemas",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for the specified resource",
  PutDefaultEncryptionConfiguration:
    "|,;~~~|Grants permission to update the default settings for an encryption configuration",
  PutHubConfiguration: "|,;~~~|Grants permission to update a hub configuration",
  PutRuntimeLogConfiguration: "|,;~~~|Grants permission to update a runtime log configuration",
  RegisterAccountAssociation: "|,;~~~|Grants permission to register an account association to a managed thing",
  RegisterCustomEndpoint: "|,;~~~|Grants permission to register a custom endpoint",
  ResetRuntimeLogConfiguration: "|,;~~~|Grants permission to reset a runtime log configuration",
  SendConnectorEvent: "|,;~~~|Grants permission to send a connector event",
  SendManagedThingCommand: "|,;~~~|Grants permission to send a command to a managed thing",
  StartAccountAssociationRefresh:
    "|,;~~~|Grants permission to start a refresh of access tokens associated with an account association",
  StartDeviceDiscovery: "|,;~~~|Grants permission to start a device discovery",
  TagResource: "|,;~~~,~~,~~,~~,~~,~~|Grants permission to add tags for the specified resource",
  UntagResource: "|,;~~~|Grants permission to remove tags for the specified resource",
  UpdateAccountAssociation: "|,;~~~|Grants permission to update an account association",
  UpdateCloudConnector: "|,;~~~|Grants permission to update a cloud connector",
  UpdateConnectorDestination: "|,;~~~|Grants permission to update a connector destination",
  UpdateDestination: "|,;~~~|Grants permission to update a destination",
  UpdateEventLogConfiguration: "|,;~~~|Grants permission to update an event log configuration",
  UpdateManagedThing: "|,;~~~|Grants permission to update a managed thing",
  UpdateNotificationConfiguration: "|,;~~~|Grants permission to update a notification configuration",
  UpdateOtaTask: "|,;~~~|Grants permission to update an ota task",
};
const resourceTypeFacts = {
  /** The account-association resource type: arn:${Partition}:iotmanagedintegrations:${Region}:${Account}:account-association/${AccountAssociationId} */
  "account-association": "|,accountAssociation|1",
  /** The credential-locker resource type: arn:${Partition}:iotmanagedintegrations:${Region}:${Account}:credential-locker/${Identifier} */
  "credential-locker": "|,credentialLocker|1",
  /** The managed-thing resource type: arn:${Partition}:iotmanagedintegrations:${Region}:${Account}:managed-thing/${Identifier} */
  "managed-thing": "|,managedThing|1",
  /** The ota-task resource type: arn:${Partition}:iotmanagedintegrations:${Region}:${Account}:ota-task/${Identifier} */
  "ota-task": "|,otaTask|1",
  /** The provisioning-profile resource type: arn:${Partition}:iotmanagedintegrations:${Region}:${Account}:provisioning-profile/${Identifier} */
  "provisioning-profile": "|,provisioningProfile|1",
} as const;
const arnFormats = {
  /** ARN of a account-association resource: arn:${Partition}:iotmanagedintegrations:${Region}:${Account}:account-association/${AccountAssociationId}. */
  accountAssociation:
    "|,account-association|arn:|Partition|:iotmanagedintegrations:|Region|:|Account|:account-association/|AccountAssociationId|",
  /** ARN of a credential-locker resource: arn:${Partition}:iotmanagedintegrations:${Region}:${Account}:credential-locker/${Identifier}. */
  credentialLocker:
    "|,credential-locker|arn:|Partition|:iotmanagedintegrations:|Region|:|Account|:credential-locker/|Identifier|",
  /** ARN of a managed-thing resource: arn:${Partition}:iotmanagedintegrations:${Region}:${Account}:managed-thing/${Identifier}. */
  managedThing: "|,managed-thing|arn:|Partition|:iotmanagedintegrations:|Region|:|Account|:managed-thing/|Identifier|",
  /** ARN of a ota-task resource: arn:${Partition}:iotmanagedintegrations:${Region}:${Account}:ota-task/${Identifier}. */
  otaTask: "|,ota-task|arn:|Partition|:iotmanagedintegrations:|Region|:|Account|:ota-task/|Identifier|",
  /** ARN of a provisioning-profile resource: arn:${Partition}:iotmanagedintegrations:${Region}:${Account}:provisioning-profile/${Identifier}. */
  provisioningProfile:
    "|,provisioning-profile|arn:|Partition|:iotmanagedintegrations:|Region|:|Account|:provisioning-profile/|Identifier|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "account-association",
  "credential-locker",
  "managed-thing",
  "ota-task",
  "provisioning-profile",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "iotmanagedintegrations">;
/** Any iotmanagedintegrations action. */
export type Action = ActionOf<typeof actionFacts, "iotmanagedintegrations">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "iotmanagedintegrations">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "iot-managed-integrations" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every iotmanagedintegrations action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by a tag key and value pair that is allowed in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by a tag key and value pair of a resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by tag keys that are passed in the request. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access by the CloudConnectorId. */
  "iotmanagedintegrations:cloudConnectorId": "String";
  /** Filters access by the ConnectorDestinationId. */
  "iotmanagedintegrations:connectorDestinationId": "String";
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by a tag key and value pair that is allowed in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by a tag key and value pair of a resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by tag keys that are passed in the request",
  "iotmanagedintegrations:cloudConnectorId": "|,String|0||Filters access by the CloudConnectorId",
  "iotmanagedintegrations:connectorDestinationId": "|,String|0||Filters access by the ConnectorDestinationId",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "iotmanagedintegrations",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
