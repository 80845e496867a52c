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
export const prefix: "iotwireless" = "iotwireless";
/** The service's name in the reference. */
export const serviceName: "AWS IoT Wireless" = "AWS IoT Wireless";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS IoT Wireless",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsiotwireless.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "iotwireless:DestinationName",
  "iotwireless:DeviceProfileId",
  "iotwireless:ServiceProfileId",
] as const;
const dependentActionList = ["iam:PassRole", "iot:DescribeThing", "iotwireless:TagResource"] as const;
const actionFacts = {
  /** Grants permission to link partner accounts with AWS account. Access level: Write. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_AssociateAwsAccountWithPartnerAccount.html */
  AssociateAwsAccountWithPartnerAccount: "W||||0,2|2|;",
  /** Grants permission to associate the MulticastGroup with FuotaTask. Access level: Write. Resources: FuotaTask*, MulticastGroup*. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_AssociateMulticastGroupWithFuotaTask.html */
  AssociateMulticastGroupWithFuotaTask: "W|||2;1;,4;1;|||;",
  /** Grants permission to associate the wireless device with FuotaTask. Access level: Write. Resources: FuotaTask*, WirelessDevice*. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_AssociateWirelessDeviceWithFuotaTask.html */
  AssociateWirelessDeviceWithFuotaTask: "W|||2;1;,8;1;|||;",
  /** Grants permission to associate the WirelessDevice with MulticastGroup. Access level: Write. Resources: MulticastGroup*, WirelessDevice*. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_AssociateWirelessDeviceWithMulticastGroup.html */
  AssociateWirelessDeviceWithMulticastGroup: "W|||4;1;,8;1;|||;",
  /** Grants permission to associate the wireless device with AWS IoT thing for a given wirelessDeviceId. Access level: Write. Resources: WirelessDevice*, thing*. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_AssociateWirelessDeviceWithThing.html */
  AssociateWirelessDeviceWithThing: "W|||8;1;,12;1;||1|;",
  /** Grants permission to associate a WirelessGateway with the IoT Core Identity certificate. Access level: Write. Resources: WirelessGateway*, cert*. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_AssociateWirelessGatewayWithCertificate.html */
  AssociateWirelessGatewayWithCertificate: "W|||9;1;,11;1;|||;",
  /** Grants permission to associate the wireless gateway with AWS IoT thing for a given wirelessGatewayId. Access level: Write. Resources: WirelessGateway*, thing*. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_AssociateWirelessGatewayWithThing.html */
  AssociateWirelessGatewayWithThing: "W|||9;1;,12;1;||1|;",
  /** Grants permission to cancel the MulticastGroup session. Access level: Write. Resources: MulticastGroup*. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_CancelMulticastGroupSession.html */
  CancelMulticastGroupSession: "W|||4;1;|||;",
  /** Grants permission to create a Destination resource. Access level: Write. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_CreateDestination.html */
  CreateDestination: "W||||0,2|0,2|;",
  /** Grants permission to create a DeviceProfile resource. Access level: Write. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_CreateDeviceProfile.html */
  CreateDeviceProfile: "W||||0,2|2|;",
  /** Grants permission to create a FuotaTask resource. Access level: Write. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_CreateFuotaTask.html */
  CreateFuotaTask: "W||||0,2|0,2|;",
  /** Grants permission to create a MulticastGroup resource. Access level: Write. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_CreateMulticastGroup.html */
  CreateMulticastGroup: "W||||0,2|2|;",
  /** Grants permission to create a NetworkAnalyzerConfiguration resource. Access level: Write. Resources: MulticastGroup*, WirelessDevice*, WirelessGateway*. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_CreateNetworkAnalyzerConfiguration.html */
  CreateNetworkAnalyzerConfiguration: "W|||4;1;,8;1;,9;1;|0,2|2|;",
  /** Grants permission to create a ServiceProfile resource. Access level: Write. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_CreateServiceProfile.html */
  CreateServiceProfile: "W||||0,2|2|;",
  /** Grants permission to create a WirelessDevice resource with given Destination. Access level: Write. Resources: Destination, DeviceProfile, ServiceProfile. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_CreateWirelessDevice.html */
  CreateWirelessDevice: "W|||0;0;,1;0;,6;0;|0,2|2|;",
  /** Grants permission to create a WirelessGateway resource. Access level: Write. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_CreateWirelessGateway.html */
  CreateWirelessGateway: "W||||0,2|2|;",
  /** Grants permission to create a task for a given WirelessGateway. Access level: Write. Resources: WirelessGateway*. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_CreateWirelessGatewayTask.html */
  CreateWirelessGatewayTask: "W|||9;1;|||;",
  /** Grants permission to create a WirelessGateway task definition. Access level: Write. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_CreateWirelessGatewayTaskDefinition.html */
  CreateWirelessGatewayTaskDefinition: "W||||0,2|0,2|;",
  /** Grants permission to delete a Destination. Access level: Write. Resources: Destination*. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_DeleteDestination.html */
  DeleteDestination: "W|||0;1;|||;",
  /** Grants permission to delete a DeviceProfile. Access level: Write. Resources: DeviceProfile*. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_DeleteDeviceProfile.html */
  DeleteDeviceProfile: "W|||1;1;|||;",
  /** Grants permission to delete the FuotaTask. Access level: Write. Resources: FuotaTask*. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_DeleteFuotaTask.html */
  DeleteFuotaTask: "W|||2;1;|||;",
  /** Grants permission to delete the MulticastGroup. Access level: Write. Resources: MulticastGroup*. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_DeleteMulticastGroup.html */
  DeleteMulticastGroup: "W|||4;1;|||;",
  /** Grants permission to delete the NetworkAnalyzerConfiguration. Access level: Write. Resources: NetworkAnalyzerConfiguration*. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_DeleteNetworkAnalyzerConfiguration.html */
  DeleteNetworkAnalyzerConfiguration: "W|||5;1;|||;",
  /** Grants permission to delete QueuedMessages. Access level: Write. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_DeleteQueuedMessages.html */
  DeleteQueuedMessages: "W||||||;",
  /** Grants permission to delete a ServiceProfile. Access level: Write. Resources: ServiceProfile*. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_DeleteServiceProfile.html */
  DeleteServiceProfile: "W|||6;1;|||;",
  /** Grants permission to delete a WirelessDevice. Access level: Write. Resources: WirelessDevice*. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_DeleteWirelessDevice.html */
  DeleteWirelessDevice: "W|||8;1;|||;",
  /** Grants permission to delete the wireless device import task. Access level: Write. Resources: ImportTask*. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_DeleteWirelessDeviceImportTask.html */
  DeleteWirelessDeviceImportTask: "W|||3;1;|||;",
  /** Grants permission to delete a WirelessGateway. Access level: Write. Resources: WirelessGateway*. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_DeleteWirelessGateway.html */
  DeleteWirelessGateway: "W|||9;1;|||;",
  /** Grants permission to delete task for a given WirelessGateway. Access level: Write. Resources: WirelessGateway*. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_DeleteWirelessGatewayTask.html */
  DeleteWirelessGatewayTask: "W|||9;1;|||;",
  /** Grants permission to delete a WirelessGateway task definition. Access level: Write. Resources: WirelessGatewayTaskDefinition*. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_DeleteWirelessGatewayTaskDefinition.html */
  DeleteWirelessGatewayTaskDefinition: "W|||10;1;|||;",
  /** Grants permission to deregister wireless device. Access level: Write. Resources: WirelessDevice*. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_DeregisterWirelessDevice.html */
  DeregisterWirelessDevice: "W|||8;1;|||;",
  /** Grants permission to disassociate an AWS account from a partner account. Access level: Write. Resources: SidewalkAccount*. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_DisassociateAwsAccountFromPartnerAccount.html */
  DisassociateAwsAccountFromPartnerAccount: "W|||7;1;|||;",
  /** Grants permission to disassociate the MulticastGroup from FuotaTask. Access level: Write. Resources: FuotaTask*, MulticastGroup*. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_DisassociateMulticastGroupFromFuotaTask.html */
  DisassociateMulticastGroupFromFuotaTask: "W|||2;1;,4;1;|||;",
  /** Grants permission to disassociate the wireless device from FuotaTask. Access level: Write. Resources: FuotaTask*, WirelessDevice*. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_DisassociateWirelessDeviceFromFuotaTask.html */
  DisassociateWirelessDeviceFromFuotaTask: "W|||2;1;,8;1;|||;",
  /** Grants permission to disassociate the wireless device from MulticastGroup. Access level: Write. Resources: MulticastGroup*, WirelessDevice*. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_DisassociateWirelessDeviceFromMulticastGroup.html */
  DisassociateWirelessDeviceFromMulticastGroup: "W|||4;1;,8;1;|||;",
  /** Grants permission to disassociate a wireless device from a AWS IoT thing. Access level: Write. Resources: WirelessDevice*, thing*. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_DisassociateWirelessDeviceFromThing.html */
  DisassociateWirelessDeviceFromThing: "W|||8;1;,12;1;||1|;",
  /** Grants permission to disassociate a WirelessGateway from a IoT Core Identity certificate. Access level: Write. Resources: WirelessGateway*, cert*. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_DisassociateWirelessGatewayFromCertificate.html */
  DisassociateWirelessGatewayFromCertificate: "W|||9;1;,11;1;|||;",
  /** Grants permission to disassociate a WirelessGateway from a IoT Core thing. Access level: Write. Resources: WirelessGateway*, thing*. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_DisassociateWirelessGatewayFromThing.html */
  DisassociateWirelessGatewayFromThing: "W|||9;1;,12;1;||1|;",
  /** Grants permission to get the Destination. Access level: Read. Resources: Destination*. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_GetDestination.html */
  GetDestination: "R|||0;1;|||;",
  /** Grants permission to get the DeviceProfile. Access level: Read. Resources: DeviceProfile*. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_GetDeviceProfile.html */
  GetDeviceProfile: "R|||1;1;|||;",
  /** Grants permission to get event configuration by resource types. Access level: Read. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_GetEventConfigurationByResourceTypes.html */
  GetEventConfigurationByResourceTypes: "R||||||;",
  /** Grants permission to get the FuotaTask. Access level: Read. Resources: FuotaTask*. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_GetFuotaTask.html */
  GetFuotaTask: "R|||2;1;|||;",
  /** Grants permission to get log levels by resource types. Access level: Read. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_GetLogLevelsByResourceTypes.html */
  GetLogLevelsByResourceTypes: "R||||||;",
  /** Grants permission to get metric configuration. Access level: Read. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_GetMetricConfiguration.html */
  GetMetricConfiguration: "R||||||;",
  /** Grants permission to get metrics. Access level: Read. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_GetMetrics.html */
  GetMetrics: "R||||||;",
  /** Grants permission to get the MulticastGroup. Access level: Read. Resources: MulticastGroup*. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_GetMulticastGroup.html */
  GetMulticastGroup: "R|||4;1;|||;",
  /** Grants permission to get the MulticastGroup session. Access level: Read. Resources: MulticastGroup*. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_GetMulticastGroupSession.html */
  GetMulticastGroupSession: "R|||4;1;|||;",
  /** Grants permission to get the NetworkAnalyzerConfiguration. Access level: Read. Resources: NetworkAnalyzerConfiguration*. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_GetNetworkAnalyzerConfiguration.html */
  GetNetworkAnalyzerConfiguration: "R|||5;1;|||;",
  /** Grants permission to get the associated PartnerAccount. Access level: Read. Resources: SidewalkAccount*. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_GetPartnerAccount.html */
  GetPartnerAccount: "R|||7;1;|||;",
  /** Grants permission to get position for a given resource. Access level: Read. Resources: WirelessDevice, WirelessGateway. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_GetPosition.html */
  GetPosition: "R|||8;0;,9;0;|||;",
  /** Grants permission to get position configuration for a given resource. Access level: Read. Resources: WirelessDevice, WirelessGateway. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_GetPositionConfiguration.html */
  GetPositionConfiguration: "R|||8;0;,9;0;|||;",
  /** Grants permission to get position estimate. Access level: Read. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_GetPositionEstimate.html */
  GetPositionEstimate: "R||||||;",
  /** Grants permission to get an event configuration for an identifier. Access level: Read. Resources: SidewalkAccount, WirelessDevice, WirelessGateway. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_GetResourceEventConfiguration.html */
  GetResourceEventConfiguration: "R|||7;0;,8;0;,9;0;|||;",
  /** Grants permission to get resource log level. Access level: Read. Resources: WirelessDevice, WirelessGateway. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_GetResourceLogLevel.html */
  GetResourceLogLevel: "R|||8;0;,9;0;|||;",
  /** Grants permission to get position for a given resource. Access level: Read. Resources: WirelessDevice, WirelessGateway. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_GetResourcePosition.html */
  GetResourcePosition: "R|||8;0;,9;0;|||;",
  /** Grants permission to retrieve the customer account specific endpoint for CUPS protocol connection or LoRaWAN Network Server (LNS) protocol connection, and optionally server trust certificate in PEM format. Access level: Read. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_GetServiceEndpoint.html */
  GetServiceEndpoint: "R||||||;",
  /** Grants permission to get the ServiceProfile. Access level: Read. Resources: ServiceProfile*. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_GetServiceProfile.html */
  GetServiceProfile: "R|||6;1;|||;",
  /** Grants permission to get the WirelessDevice. Access level: Read. Resources: WirelessDevice*. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_GetWirelessDevice.html */
  GetWirelessDevice: "R|||8;1;|||;",
  /** Grants permission to get the wireless device import task. Access level: Read. Resources: ImportTask*. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_GetWirelessDeviceImportTask.html */
  GetWirelessDeviceImportTask: "R|||3;1;|||;",
  /** Grants permission to get statistics info for a given WirelessDevice. Access level: Read. Resources: WirelessDevice*. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_GetWirelessDeviceStatistics.html */
  GetWirelessDeviceStatistics: "R|||8;1;|||;",
  /** Grants permission to get the WirelessGateway. Access level: Read. Resources: WirelessGateway*. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_GetWirelessGateway.html */
  GetWirelessGateway: "R|||9;1;|||;",
  /** Grants permission to get the IoT Core Identity certificate id associated with the WirelessGateway. Access level: Read. Resources: WirelessGateway*. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_GetWirelessGatewayCertificate.html */
  GetWirelessGatewayCertificate: "R|||9;1;|||;",
  /** Grants permission to get Current firmware version and other information for the WirelessGateway. Access level: Read. Resources: WirelessGateway*. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_GetWirelessGatewayFirmwareInformation.html */
  GetWirelessGatewayFirmwareInformation: "R|||9;1;|||;",
  /** Grants permission to get statistics info for a given WirelessGateway. Access level: Read. Resources: WirelessGateway*. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_GetWirelessGatewayStatistics.html */
  GetWirelessGatewayStatistics: "R|||9;1;|||;",
  /** Grants permission to get the task for a given WirelessGateway. Access level: Read. Resources: WirelessGateway*. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_GetWirelessGatewayTask.html */
  GetWirelessGatewayTask: "R|||9;1;|||;",
  /** Grants permission to get the given WirelessGateway task definition. Access level: Read. Resources: WirelessGatewayTaskDefinition*. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_GetWirelessGatewayTaskDefinition.html */
  GetWirelessGatewayTaskDefinition: "R|||10;1;|||;",
  /** Grants permission to list information of available Destinations based on the AWS account. Access level: Read. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_ListDestinations.html */
  ListDestinations: "R||||||;",
  /** Grants permission to list information of available DeviceProfiles based on the AWS account. Access level: Read. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_ListDeviceProfiles.html */
  ListDeviceProfiles: "R||||||;",
  /** Grants permission to list information of devices by wireless device import task based on the AWS account. Access level: Read. Resources: ImportTask*. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_ListDevicesForWirelessDeviceImportTask.html */
  ListDevicesForWirelessDeviceImportTask: "R|||3;1;|||;",
  /** Grants permission to list information of available event configurations based on the AWS account. Access level: Read. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_ListEventConfigurations.html */
  ListEventConfigurations: "R||||||;",
  /** Grants permission to list information of available FuotaTasks based on the AWS account. Access level: Read. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_ListFuotaTasks.html */
  ListFuotaTasks: "R||||||;",
  /** Grants permission to list information of available MulticastGroups based on the AWS account. Access level: Read. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_ListMulticastGroups.html */
  ListMulticastGroups: "R||||||;",
  /** Grants permission to list information of available MulticastGroups by FuotaTask based on the AWS account. Access level: Read. Resources: FuotaTask*. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_ListMulticastGroupsByFuotaTask.html */
  ListMulticastGroupsByFuotaTask: "R|||2;1;|||;",
  /** Grants permission to list information of available NetworkAnalyzerConfigurations based on the AWS account. Access level: Read. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_ListNetworkAnalyzerConfigurations.html */
  ListNetworkAnalyzerConfigurations: "R||||||;",
  /** Grants permission to list the available partner accounts. Access level: Read. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_ListPartnerAccounts.html */
  ListPartnerAccounts: "R||||||;",
  /** Grants permission to list information of available position configurations based on the AWS account. Access level: Read. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_ListPositionConfigurations.html */
  ListPositionConfigurations: "R||||||;",
  /** Grants permission to list the Queued Messages. Access level: Read. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_ListQueuedMessages.html */
  ListQueuedMessages: "R||||||;",
  /** Grants permission to list information of available ServiceProfiles based on the AWS account. Access level: Read. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_ListServiceProfiles.html */
  ListServiceProfiles: "R||||||;",
  /** Grants permission to list all tags for a given resource. Access level: Read. Resources: Destination, DeviceProfile, FuotaTask, ImportTask, MulticastGroup, NetworkAnalyzerConfiguration, ServiceProfile, SidewalkAccount, WirelessDevice, WirelessGateway, WirelessGatewayTaskDefinition. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,8;0;,9;0;,10;0;|||;",
  /** Grants permission to list wireless device import tasks information of based on the AWS account. Access level: Read. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_ListWirelessDeviceImportTasks.html */
  ListWirelessDeviceImportTasks: "R||||||;",
  /** Grants permission to list information of available WirelessDevices based on the AWS account. Access level: Read. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_ListWirelessDevices.html */
  ListWirelessDevices: "R||||||;",
  /** Grants permission to list information of available WirelessGateway task definitions based on the AWS account. Access level: Read. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_ListWirelessGatewayTaskDefinitions.html */
  ListWirelessGatewayTaskDefinitions: "R||||||;",
  /** Grants permission to list information of available WirelessGateways based on the AWS account. Access level: Read. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_ListWirelessGateways.html */
  ListWirelessGateways: "R||||||;",
  /** Grants permission to put position configuration for a given resource. Access level: Write. Resources: WirelessDevice, WirelessGateway. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_PutPositionConfiguration.html */
  PutPositionConfiguration: "W|||8;0;,9;0;|||;",
  /** Grants permission to put resource log level. Access level: Write. Resources: WirelessDevice, WirelessGateway. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_PutResourceLogLevel.html */
  PutResourceLogLevel: "W|||8;0;,9;0;|||;",
  /** Grants permission to reset all resource log levels. Access level: Write. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_ResetAllResourceLogLevels.html */
  ResetAllResourceLogLevels: "W||||||;",
  /** Grants permission to reset resource log level. Access level: Write. Resources: WirelessDevice, WirelessGateway. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_ResetResourceLogLevel.html */
  ResetResourceLogLevel: "W|||8;0;,9;0;|||;",
  /** Grants permission to send data to the MulticastGroup. Access level: Write. Resources: MulticastGroup*. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_SendDataToMulticastGroup.html */
  SendDataToMulticastGroup: "W|||4;1;|||;",
  /** Grants permission to send the decrypted application data frame to the target device. Access level: Write. Resources: WirelessDevice*. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_SendDataToWirelessDevice.html */
  SendDataToWirelessDevice: "W|||8;1;|||;",
  /** Grants permission to associate the WirelessDevices with MulticastGroup. Access level: Write. Resources: MulticastGroup*. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_StartBulkAssociateWirelessDeviceWithMulticastGroup.html */
  StartBulkAssociateWirelessDeviceWithMulticastGroup: "W|||4;1;|||;",
  /** Grants permission to bulk disassociate the WirelessDevices from MulticastGroup. Access level: Write. Resources: MulticastGroup*. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_StartBulkDisassociateWirelessDeviceFromMulticastGroup.html */
  StartBulkDisassociateWirelessDeviceFromMulticastGroup: "W|||4;1;|||;",
  /** Grants permission to start the FuotaTask. Access level: Write. Resources: FuotaTask*. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_StartFuotaTask.html */
  StartFuotaTask: "W|||2;1;|||;",
  /** Grants permission to start the MulticastGroup session. Access level: Write. Resources: MulticastGroup*. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_StartMulticastGroupSession.html */
  StartMulticastGroupSession: "W|||4;1;|||;",
  /** Grants permission to start NetworkAnalyzer stream. Access level: Write. Resources: NetworkAnalyzerConfiguration*. https://docs.aws.amazon.com/iot/latest/developerguide/connect-iot-lorawan-network-analyzer-api.html */
  StartNetworkAnalyzerStream: "W|||5;1;|||",
  /** Grants permission to start the single wireless device import task. Access level: Write. Resources: Destination. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_StartSingleWirelessDeviceImportTask.html */
  StartSingleWirelessDeviceImportTask: "W|||0;0;|0,2|2|;",
  /** Grants permission to start the wireless device import task. Access level: Write. Resources: Destination, ImportTask*. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_StartWirelessDeviceImportTask.html */
  StartWirelessDeviceImportTask: "W|||0;0;,3;1;|0,2|0,2|;",
  /** Grants permission to tag a given resource. Access level: Tagging. Resources: Destination, DeviceProfile, FuotaTask, ImportTask, MulticastGroup, NetworkAnalyzerConfiguration, ServiceProfile, SidewalkAccount, WirelessDevice, WirelessGateway, WirelessGatewayTaskDefinition. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_TagResource.html */
  TagResource:
    "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,8;0;,9;0;,10;0;|0,2||AssociateAwsAccountWithPartnerAccount,CreateDestination,CreateDeviceProfile,CreateFuotaTask,CreateMulticastGroup,CreateNetworkAnalyzerConfiguration,CreateServiceProfile,CreateWirelessDevice,CreateWirelessGateway,CreateWirelessGatewayTaskDefinition,StartSingleWirelessDeviceImportTask,StartWirelessDeviceImportTask,;",
  /** Grants permission to simulate a provisioned device to send an uplink data with payload of 'Hello'. Access level: Write. Resources: WirelessDevice*. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_TestWirelessDevice.html */
  TestWirelessDevice: "W|||8;1;|||;",
  /** Grants permission to remove the given tags from the resource. Access level: Tagging. Resources: Destination, DeviceProfile, FuotaTask, ImportTask, MulticastGroup, NetworkAnalyzerConfiguration, ServiceProfile, SidewalkAccount, WirelessDevice, WirelessGateway, WirelessGatewayTaskDefinition. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,8;0;,9;0;,10;0;|2||;",
  /** Grants permission to update a Destination resource. Access level: Write. Resources: Destination*. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_UpdateDestination.html */
  UpdateDestination: "W|||0;1;||0|;",
  /** Grants permission to update event configuration by resource types. Access level: Write. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_UpdateEventConfigurationByResourceTypes.html */
  UpdateEventConfigurationByResourceTypes: "W||||||;",
  /** Grants permission to update the FuotaTask. Access level: Write. Resources: FuotaTask*. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_UpdateFuotaTask.html */
  UpdateFuotaTask: "W|||2;1;||0|;",
  /** Grants permission to update log levels by resource types. Access level: Write. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_UpdateLogLevelsByResourceTypes.html */
  UpdateLogLevelsByResourceTypes: "W||||||;",
  /** Grants permission to update metric configuration. Access level: Write. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_UpdateMetricConfiguration.html */
  UpdateMetricConfiguration: "W||||||;",
  /** Grants permission to update the MulticastGroup. Access level: Write. Resources: MulticastGroup*. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_UpdateMulticastGroup.html */
  UpdateMulticastGroup: "W|||4;1;|||;",
  /** Grants permission to update the NetworkAnalyzerConfiguration. Access level: Write. Resources: MulticastGroup*, NetworkAnalyzerConfiguration*, WirelessDevice*, WirelessGateway*. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_UpdateNetworkAnalyzerConfiguration.html */
  UpdateNetworkAnalyzerConfiguration: "W|||4;1;,5;1;,8;1;,9;1;|||;",
  /** Grants permission to update a partner account. Access level: Write. Resources: SidewalkAccount*. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_UpdatePartnerAccount.html */
  UpdatePartnerAccount: "W|||7;1;|||;",
  /** Grants permission to update position for a given resource. Access level: Write. Resources: WirelessDevice, WirelessGateway. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_UpdatePosition.html */
  UpdatePosition: "W|||8;0;,9;0;|||;",
  /** Grants permission to update an event configuration for an identifier. Access level: Write. Resources: SidewalkAccount, WirelessDevice, WirelessGateway. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_UpdateResourceEventConfiguration.html */
  UpdateResourceEventConfiguration: "W|||7;0;,8;0;,9;0;|||;",
  /** Grants permission to update position for a given resource. Access level: Write. Resources: WirelessDevice, WirelessGateway. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_UpdateResourcePosition.html */
  UpdateResourcePosition: "W|||8;0;,9;0;|||;",
  /** Grants permission to update a WirelessDevice resource. Access level: Write. Resources: Destination, DeviceProfile, ServiceProfile, WirelessDevice*. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_UpdateWirelessDevice.html */
  UpdateWirelessDevice: "W|||0;0;,1;0;,6;0;,8;1;|||;",
  /** Grants permission to update a wireless device import task. Access level: Write. Resources: ImportTask*. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_UpdateWirelessDeviceImportTask.html */
  UpdateWirelessDeviceImportTask: "W|||3;1;|||;",
  /** Grants permission to update a WirelessGateway resource. Access level: Write. Resources: WirelessGateway*. https://docs.aws.amazon.com/iot-wireless/latest/apireference/API_UpdateWirelessGateway.html */
  UpdateWirelessGateway: "W|||9;1;|||;",
} as const;
const actionDetails = {
  AssociateAwsAccountWithPartnerAccount: "|,;~~~|Grants permission to link partner accounts with AWS account",
  AssociateMulticastGroupWithFuotaTask: "|,;~~~|Grants permission to associate the MulticastGroup with FuotaTask",
  AssociateWirelessDeviceWithFuotaTask: "|,;~~~|Grants permission to associate the wireless device with FuotaTask",
  AssociateWirelessDeviceWithMulticastGroup:
    "|,;~~~|Grants permission to associate the WirelessDevice with MulticastGroup",
  AssociateWirelessDeviceWithThing:
    "|,;~~~|Grants permission to associate the wireless device with AWS IoT thing for a given wirelessDeviceId",
  AssociateWirelessGatewayWithCertificate:
    "|,;~~~|Grants permission to associate a WirelessGateway with the IoT Core Identity certificate",
  AssociateWirelessGatewayWithThing:
    "|,;~~~|Grants permission to associate the wireless gateway with AWS IoT thing for a given wirelessGatewayId",
  CancelMulticastGroupSession: "|,;~~~|Grants permission to cancel the MulticastGroup session",
  CreateDestination: "|,;~~~|Grants permission to create a Destination resource",
  CreateDeviceProfile: "|,;~~~|Grants permission to create a DeviceProfile resource",
  CreateFuotaTask: "|,;~~~|Grants permission to create a FuotaTask resource",
  CreateMulticastGroup: "|,;~~~|Grants permission to create a MulticastGroup resource",
  CreateNetworkAnalyzerConfiguration: "|,;~~~|Grants permission to create a NetworkAnalyzerConfiguration resource",
  CreateServiceProfile: "|,;~~~|Grants permission to create a ServiceProfile resource",
  CreateWirelessDevice: "|,;~~~|Grants permission to create a WirelessDevice resource with given Destination",
  CreateWirelessGateway: "|,;~~~|Grants permission to create a WirelessGateway resource",
  CreateWirelessGatewayTask: "|,;~~~|Grants permission to create a task for a given WirelessGateway",
  CreateWirelessGatewayTaskDefinition: "|,;~~~|Grants permission to create a WirelessGateway task definition",
  DeleteDestination: "|,;~~~|Grants permission to delete a Destination",
  DeleteDeviceProfile: "|,;~~~|Grants permission to delete a DeviceProfile",
  DeleteFuotaTask: "|,;~~~|Grants permission to delete the FuotaTask",
  DeleteMulticastGroup: "|,;~~~|Grants permission to delete the MulticastGroup",
  DeleteNetworkAnalyzerConfiguration: "|,;~~~|Grants permission to delete the NetworkAnalyzerConfiguration",
  DeleteQueuedMessages: "|,;~~~|Grants permission to delete QueuedMessages",
  DeleteServiceProfile: "|,;~~~|Grants permission to delete a ServiceProfile",
  DeleteWirelessDevice: "|,;~~~|Grants permission to delete a WirelessDevice",
  DeleteWirelessDeviceImportTask: "|,;~~~|Grants permission to delete the wireless device import task",
  DeleteWirelessGateway: "|,;~~~|Grants permission to delete a WirelessGateway",
  DeleteWirelessGatewayTask: "|,;~~~|Grants permission to delete task for a given WirelessGateway",
  DeleteWirelessGatewayTaskDefinition: "|,;~~~|Grants permission to delete a WirelessGateway task definition",
  DeregisterWirelessDevice: "|,;~~~|Grants permission to deregister wireless device",
  DisassociateAwsAccountFromPartnerAccount:
    "|,;~~~|Grants permission to disassociate an AWS account from a partner account",
  DisassociateMulticastGroupFromFuotaTask: "|,;~~~|Grants permission to disassociate the MulticastGroup from FuotaTask",
  DisassociateWirelessDeviceFromFuotaTask:
    "|,;~~~|Grants permission to disassociate the wireless device from FuotaTask",
  DisassociateWirelessDeviceFromMulticastGroup:
    "|,;~~~|Grants permission to disassociate the wireless device from MulticastGroup",
  DisassociateWirelessDeviceFromThing:
    "|,;~~~|Grants permission to disassociate a wireless device from a AWS IoT thing",
  DisassociateWirelessGatewayFromCertificate:
    "|,;~~~|Grants permission to disassociate a WirelessGateway from a IoT Core Identity certificate",
  DisassociateWirelessGatewayFromThing:
    "|,;~~~|Grants permission to disassociate a WirelessGateway from a IoT Core thing",
  GetDestination: "|,;~~~|Grants permission to get the Destination",
  GetDeviceProfile: "|,;~~~|Grants permission to get the DeviceProfile",
  GetEventConfigurationByResourceTypes: "|,;~~~|Grants permission to get event configuration by resource types",
  GetFuotaTask: "|,;~~~|Grants permission to get the FuotaTask",
  GetLogLevelsByResourceTypes: "|,;~~~|Grants permission to get log levels by resource types",
  GetMetricConfiguration: "|,;~~~|Grants permission to get metric configuration",
  GetMetrics: "|,;~~~|Grants permission to get metrics",
  GetMulticastGroup: "|,;~~~|Grants permission to get the MulticastGroup",
  GetMulticastGroupSession: "|,;~~~|Grants permission to get the MulticastGroup session",
  GetNetworkAnalyzerConfiguration: "|,;~~~|Grants permission to get the NetworkAnalyzerConfiguration",
  GetPartnerAccount: "|,;~~~|Grants permission to get the associated PartnerAccount",
  GetPosition: "|,;~~~|Grants permission to get position for a given resource",
  GetPositionConfiguration: "|,;~~~|Grants permission to get position configuration for a given resource",
  GetPositionEstimate: "|,;~~~|Grants permission to get position estimate",
  GetResourceEventConfiguration: "|,;~~~|Grants permission to get an event configuration for an identifier",
  GetResourceLogLevel: "|,;~~~|Grants permission to get resource log level",
  GetResourcePosition: "|,;~~~|Grants permission to get position for a given resource",
  GetServiceEndpoint:
    "|,;~~~|Grants permission to retrieve the customer account specific endpoint for CUPS protocol connection or LoRaWAN Network Server (LNS) protocol connection, and optionally server trust certificate in PEM format",
  GetServiceProfile: "|,;~~~|Grants permission to get the ServiceProfile",
  GetWirelessDevice: "|,;~~~|Grants permission to get the WirelessDevice",
  GetWirelessDeviceImportTask: "|,;~~~|Grants permission to get the wireless device import task",
  GetWirelessDeviceStatistics: "|,;~~~|Grants permission to get statistics info for a given WirelessDevice",
  GetWirelessGateway: "|,;~~~|Grants permission to get the WirelessGateway",
  GetWirelessGatewayCertificate:
    "|,;~~~|Grants permission to get the IoT Core Identity certificate id associated with the WirelessGateway",
  GetWirelessGatewayFirmwareInformation:
    "|,;~~~|Grants permission to get Current firmware version and other information for the WirelessGateway",
  GetWirelessGatewayStatistics: "|,;~~~|Grants permission to get statistics info for a given WirelessGateway",
  GetWirelessGatewayTask: "|,;~~~|Grants permission to get the task for a given WirelessGateway",
  GetWirelessGatewayTaskDefinition: "|,;~~~|Grants permission to get the given WirelessGateway task definition",
  ListDestinations: "|,;~~~|Grants permission to list information of available Destinations based on the AWS account",
  ListDeviceProfiles:
    "|,;~~~|Grants permission to list information of available DeviceProfiles based on the AWS account",
  ListDevicesForWirelessDeviceImportTask:
    "|,;~~~|Grants permission to list information of devices by wireless device import task based on the AWS account",
  ListEventConfigurations:
    "|,;~~~|Grants permission to list information of available event configurations based on the AWS account",
  ListFuotaTasks: "|,;~~~|Grants permission to list information of available FuotaTasks based on the AWS account",
  ListMulticastGroups:
    "|,;~~~|Grants permission to list information of available MulticastGroups based on the AWS account",
  ListMulticastGroupsByFuotaTask:
    "|,;~~~|Grants permission to list information of available MulticastGroups by FuotaTask based on the AWS account",
  ListNetworkAnalyzerConfigurations:
    "|,;~~~|Grants permission to list information of available NetworkAnalyzerConfigurations based on the AWS account",
  ListPartnerAccounts: "|,;~~~|Grants permission to list the available partner accounts",
  ListPositionConfigurations:
    "|,;~~~|Grants permission to list information of available position configurations based on the AWS account",
  ListQueuedMessages: "|,;~~~|Grants permission to list the Queued Messages",
  ListServiceProfiles:
    "|,;~~~|Grants permission to list information of available ServiceProfiles based on the AWS account",
  ListTagsForResource: "|,;~~~|Grants permission to list all tags for a given resource",
  ListWirelessDeviceImportTasks:
    "|,;~~~|Grants permission to list wireless device import tasks information of based on the AWS account",
  ListWirelessDevices:
    "|,;~~~|Grants permission to list information of available WirelessDevices based on the AWS account",
  ListWirelessGatewayTaskDefinitions:
    "|,;~~~|Grants permission to list information of available WirelessGateway task definitions based on the AWS account",
  ListWirelessGateways:
    "|,;~~~|Grants permission to list information of available WirelessGateways based on the AWS account",
  PutPositionConfiguration: "|,;~~~|Grants permission to put position configuration for a given resource",
  PutResourceLogLevel: "|,;~~~|Grants permission to put resource log level",
  ResetAllResourceLogLevels: "|,;~~~|Grants permission to reset all resource log levels",
  ResetResourceLogLevel: "|,;~~~|Grants permission to reset resource log level",
  SendDataToMulticastGroup: "|,;~~~|Grants permission to send data to the MulticastGroup",
  SendDataToWirelessDevice:
    "|,;~~~|Grants permission to send the decrypted application data frame to the target device",
  StartBulkAssociateWirelessDeviceWithMulticastGroup:
    "|,;~~~|Grants permission to associate the WirelessDevices with MulticastGroup",
  StartBulkDisassociateWirelessDeviceFromMulticastGroup:
    "|,;~~~|Grants permission to bulk disassociate the WirelessDevices from MulticastGroup",
  StartFuotaTask: "|,;~~~|Grants permission to start the FuotaTask",
  StartMulticastGroupSession: "|,;~~~|Grants permission to start the MulticastGroup session",
  StartNetworkAnalyzerStream: "|,;~|Grants permission to start NetworkAnalyzer stream",
  StartSingleWirelessDeviceImportTask: "|,;~~~|Grants permission to start the single wireless device import task",
  StartWirelessDeviceImportTask: "|,;~~~|Grants permission to start the wireless device import task",
  TagResource: "|,;~~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~|Grants permission to tag a given resource",
  TestWirelessDevice:
    "|,;~~~|Grants permission to simulate a provisioned device to send an uplink data with payload of 'Hello'",
  UntagResource: "|,;~~~|Grants permission to remove the given tags from the resource",
  UpdateDestination: "|,;~~~|Grants permission to update a Destination resource",
  UpdateEventConfigurationByResourceTypes: "|,;~~~|Grants permission to update event configuration by resource types",
  UpdateFuotaTask: "|,;~~~|Grants permission to update the FuotaTask",
  UpdateLogLevelsByResourceTypes: "|,;~~~|Grants permission to update log levels by resource types",
  UpdateMetricConfiguration: "|,;~~~|Grants permission to update metric configuration",
  UpdateMulticastGroup: "|,;~~~|Grants permission to update the MulticastGroup",
  UpdateNetworkAnalyzerConfiguration: "|,;~~~|Grants permission to update the NetworkAnalyzerConfiguration",
  UpdatePartnerAccount: "|,;~~~|Grants permission to update a partner account",
  UpdatePosition: "|,;~~~|Grants permission to update position for a given resource",
  UpdateResourceEventConfiguration: "|,;~~~|Grants permission to update an event configuration for an identifier",
  UpdateResourcePosition: "|,;~~~|Grants permission to update position for a given resource",
  UpdateWirelessDevice: "|,;~~~|Grants permission to update a WirelessDevice resource",
  UpdateWirelessDeviceImportTask: "|,;~~~|Grants permission to update a wireless device import task",
  UpdateWirelessGateway: "|,;~~~|Grants permission to update a WirelessGateway resource",
};
const resourceTypeFacts = {
  /** The Destination resource type: arn:${Partition}:iotwireless:${Region}:${Account}:Destination/${DestinationName} */
  Destination: "|,destination|1",
  /** The DeviceProfile resource type: arn:${Partition}:iotwireless:${Region}:${Account}:DeviceProfile/${DeviceProfileId} */
  DeviceProfile: "|,deviceProfile|1",
  /** The FuotaTask resource type: arn:${Partition}:iotwireless:${Region}:${Account}:FuotaTask/${FuotaTaskId} */
  FuotaTask: "|,fuotaTask|1",
  /** The ImportTask resource type: arn:${Partition}:iotwireless:${Region}:${Account}:ImportTask/${ImportTaskId} */
  ImportTask: "|,importTask|1",
  /** The MulticastGroup resource type: arn:${Partition}:iotwireless:${Region}:${Account}:MulticastGroup/${MulticastGroupId} */
  MulticastGroup: "|,multicastGroup|1",
  /** The NetworkAnalyzerConfiguration resource type: arn:${Partition}:iotwireless:${Region}:${Account}:NetworkAnalyzerConfiguration/${NetworkAnalyzerConfigurationName} */
  NetworkAnalyzerConfiguration: "|,networkAnalyzerConfiguration|1",
  /** The ServiceProfile resource type: arn:${Partition}:iotwireless:${Region}:${Account}:ServiceProfile/${ServiceProfileId} */
  ServiceProfile: "|,serviceProfile|1",
  /** The SidewalkAccount resource type: arn:${Partition}:iotwireless:${Region}:${Account}:SidewalkAccount/${SidewalkAccountId} */
  SidewalkAccount: "|,sidewalkAccount|1",
  /** The WirelessDevice resource type: arn:${Partition}:iotwireless:${Region}:${Account}:WirelessDevice/${WirelessDeviceId} */
  WirelessDevice: "|,wirelessDevice|1",
  /** The WirelessGateway resource type: arn:${Partition}:iotwireless:${Region}:${Account}:WirelessGateway/${WirelessGatewayId} */
  WirelessGateway: "|,wirelessGateway|1",
  /** The WirelessGatewayTaskDefinition resource type: arn:${Partition}:iotwireless:${Region}:${Account}:WirelessGatewayTaskDefinition/${WirelessGatewayTaskDefinitionId} */
  WirelessGatewayTaskDefinition: "|,wirelessGatewayTaskDefinition|1",
  /** The cert resource type: arn:${Partition}:iot:${Region}:${Account}:cert/${Certificate} */
  cert: "|,|",
  /** The thing resource type: arn:${Partition}:iot:${Region}:${Account}:thing/${ThingName} */
  thing: "|,|",
} as const;
const arnFormats = {
  /** ARN of a cert resource: arn:${Partition}:iot:${Region}:${Account}:cert/${Certificate}. */
  cert: "|,cert|arn:|Partition|:iot:|Region|:|Account|:cert/|Certificate|",
  /** ARN of a Destination resource: arn:${Partition}:iotwireless:${Region}:${Account}:Destination/${DestinationName}. */
  destination: "|,Destination|arn:|Partition|:iotwireless:|Region|:|Account|:Destination/|DestinationName|",
  /** ARN of a DeviceProfile resource: arn:${Partition}:iotwireless:${Region}:${Account}:DeviceProfile/${DeviceProfileId}. */
  deviceProfile: "|,DeviceProfile|arn:|Partition|:iotwireless:|Region|:|Account|:DeviceProfile/|DeviceProfileId|",
  /** ARN of a FuotaTask resource: arn:${Partition}:iotwireless:${Region}:${Account}:FuotaTask/${FuotaTaskId}. */
  fuotaTask: "|,FuotaTask|arn:|Partition|:iotwireless:|Region|:|Account|:FuotaTask/|FuotaTaskId|",
  /** ARN of a ImportTask resource: arn:${Partition}:iotwireless:${Region}:${Account}:ImportTask/${ImportTaskId}. */
  importTask: "|,ImportTask|arn:|Partition|:iotwireless:|Region|:|Account|:ImportTask/|ImportTaskId|",
  /** ARN of a MulticastGroup resource: arn:${Partition}:iotwireless:${Region}:${Account}:MulticastGroup/${MulticastGroupId}. */
  multicastGroup: "|,MulticastGroup|arn:|Partition|:iotwireless:|Region|:|Account|:MulticastGroup/|MulticastGroupId|",
  /** ARN of a NetworkAnalyzerConfiguration resource: arn:${Partition}:iotwireless:${Region}:${Account}:NetworkAnalyzerConfiguration/${NetworkAnalyzerConfigurationName}. */
  networkAnalyzerConfiguration:
    "|,NetworkAnalyzerConfiguration|arn:|Partition|:iotwireless:|Region|:|Account|:NetworkAnalyzerConfiguration/|NetworkAnalyzerConfigurationName|",
  /** ARN of a ServiceProfile resource: arn:${Partition}:iotwireless:${Region}:${Account}:ServiceProfile/${ServiceProfileId}. */
  serviceProfile: "|,ServiceProfile|arn:|Partition|:iotwireless:|Region|:|Account|:ServiceProfile/|ServiceProfileId|",
  /** ARN of a SidewalkAccount resource: arn:${Partition}:iotwireless:${Region}:${Account}:SidewalkAccount/${SidewalkAccountId}. */
  sidewalkAccount:
    "|,SidewalkAccount|arn:|Partition|:iotwireless:|Region|:|Account|:SidewalkAccount/|SidewalkAccountId|",
  /** ARN of a thing resource: arn:${Partition}:iot:${Region}:${Account}:thing/${ThingName}. */
  thing: "|,thing|arn:|Partition|:iot:|Region|:|Account|:thing/|ThingName|",
  /** ARN of a WirelessDevice resource: arn:${Partition}:iotwireless:${Region}:${Account}:WirelessDevice/${WirelessDeviceId}. */
  wirelessDevice: "|,WirelessDevice|arn:|Partition|:iotwireless:|Region|:|Account|:WirelessDevice/|WirelessDeviceId|",
  /** ARN of a WirelessGateway resource: arn:${Partition}:iotwireless:${Region}:${Account}:WirelessGateway/${WirelessGatewayId}. */
  wirelessGateway:
    "|,WirelessGateway|arn:|Partition|:iotwireless:|Region|:|Account|:WirelessGateway/|WirelessGatewayId|",
  /** ARN of a WirelessGatewayTaskDefinition resource: arn:${Partition}:iotwireless:${Region}:${Account}:WirelessGatewayTaskDefinition/${WirelessGatewayTaskDefinitionId}. */
  wirelessGatewayTaskDefinition:
    "|,WirelessGatewayTaskDefinition|arn:|Partition|:iotwireless:|Region|:|Account|:WirelessGatewayTaskDefinition/|WirelessGatewayTaskDefinitionId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "Destination",
  "DeviceProfile",
  "FuotaTask",
  "ImportTask",
  "MulticastGroup",
  "NetworkAnalyzerConfiguration",
  "ServiceProfile",
  "SidewalkAccount",
  "WirelessDevice",
  "WirelessGateway",
  "WirelessGatewayTaskDefinition",
  "cert",
  "thing",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "iotwireless">;
/** Any iotwireless action. */
export type Action = ActionOf<typeof actionFacts, "iotwireless">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "iotwireless">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "iotwireless" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every iotwireless action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by a tag key that is present in the request that the user makes to IoT Wireless. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by tag key component of a tag attached to an IoT Wireless resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the list of all the tag key names associated with the resource in the request. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access by destination name associated with the IoT Wireless resource. */
  "iotwireless:DestinationName": "String";
  /** Filters access by device profile id associated with the IoT Wireless resource. */
  "iotwireless:DeviceProfileId": "String";
  /** Filters access by service profile id associated with the IoT Wireless resource. */
  "iotwireless:ServiceProfileId": "String";
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
    "|,String|0||Filters access by a tag key that is present in the request that the user makes to IoT Wireless",
  "aws:ResourceTag/${TagKey}":
    "|,String|0||Filters access by tag key component of a tag attached to an IoT Wireless resource",
  "aws:TagKeys":
    "|,ArrayOfString|0||Filters access by the list of all the tag key names associated with the resource in the request",
  "iotwireless:DestinationName":
    "|,String|0||Filters access by destination name associated with the IoT Wireless resource",
  "iotwireless:DeviceProfileId":
    "|,String|0||Filters access by device profile id associated with the IoT Wireless resource",
  "iotwireless:ServiceProfileId":
    "|,String|0||Filters access by service profile id associated with the IoT Wireless resource",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "iotwireless",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
