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
export const prefix: "iotfleetwise" = "iotfleetwise";
/** The service's name in the reference. */
export const serviceName: "AWS IoT FleetWise" = "AWS IoT FleetWise";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS IoT FleetWise",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsiotfleetwise.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "iotfleetwise:DestinationArn",
  "iotfleetwise:Signals",
  "iotfleetwise:UpdateToDecoderManifestArn",
  "iotfleetwise:UpdateToModelManifestArn",
] as const;
const dependentActionList = ["iam:PassRole", "iotfleetwise:TagResource"] as const;
const actionFacts = {
  /** Grants permission to associate the given vehicle to a fleet. Access level: Write. Resources: fleet*, vehicle*. https://docs.aws.amazon.com/iot-fleetwise/latest/APIReference/API_AssociateVehicleFleet.html */
  AssociateVehicleFleet: "W|||2;1;,6;1;|||;",
  /** Grants permission to create a campaign. Access level: Write. Resources: campaign*, fleet*, signalcatalog*, vehicle*. https://docs.aws.amazon.com/iot-fleetwise/latest/APIReference/API_CreateCampaign.html */
  CreateCampaign: "W|||0;1;,2;1;,4;1;,6;1;|0,2,3|0,1|;",
  /** Grants permission to create a decoder manifest for an existing model. Access level: Write. Resources: decodermanifest*, modelmanifest*. https://docs.aws.amazon.com/iot-fleetwise/latest/APIReference/API_CreateDecoderManifest.html */
  CreateDecoderManifest: "W|||1;1;,3;1;|0,2|1|;",
  /** Grants permission to create a fleet. Access level: Write. Resources: fleet*, signalcatalog*. https://docs.aws.amazon.com/iot-fleetwise/latest/APIReference/API_CreateFleet.html */
  CreateFleet: "W|||2;1;,4;1;|0,2|1|;",
  /** Grants permission to create a model manifest definition. Access level: Write. Resources: modelmanifest*, signalcatalog*. https://docs.aws.amazon.com/iot-fleetwise/latest/APIReference/API_CreateModelManifest.html */
  CreateModelManifest: "W|||3;1;,4;1;|0,2|1|;",
  /** Grants permission to create a signal catalog. Access level: Write. Resources: signalcatalog*. https://docs.aws.amazon.com/iot-fleetwise/latest/APIReference/API_CreateSignalCatalog.html */
  CreateSignalCatalog: "W|||4;1;|0,2|1|;",
  /** Grants permission to create a state template. Access level: Write. Resources: signalcatalog*, statetemplate*. https://docs.aws.amazon.com/iot-fleetwise/latest/APIReference/API_CreateStateTemplate.html */
  CreateStateTemplate: "W|||4;1;,5;1;|0,2|1|;",
  /** Grants permission to create a vehicle. Access level: Write. Resources: decodermanifest*, modelmanifest*, vehicle*. https://docs.aws.amazon.com/iot-fleetwise/latest/APIReference/API_CreateVehicle.html */
  CreateVehicle: "W|||1;1;,3;1;,6;1;|0,2|iot:CreateThing,iot:DescribeThing,1|BatchCreateVehicle,;",
  /** Grants permission to delete a campaign. Access level: Write. Resources: campaign*. https://docs.aws.amazon.com/iot-fleetwise/latest/APIReference/API_DeleteCampaign.html */
  DeleteCampaign: "W|||0;1;|||;",
  /** Grants permission to delete the given decoder manifest. Access level: Write. Resources: decodermanifest*. https://docs.aws.amazon.com/iot-fleetwise/latest/APIReference/API_DeleteDecoderManifest.html */
  DeleteDecoderManifest: "W|||1;1;|||;",
  /** Grants permission to delete a fleet. Access level: Write. Resources: fleet*. https://docs.aws.amazon.com/iot-fleetwise/latest/APIReference/API_DeleteFleet.html */
  DeleteFleet: "W|||2;1;|||;",
  /** Grants permission to delete the given model manifest. Access level: Write. Resources: modelmanifest*. https://docs.aws.amazon.com/iot-fleetwise/latest/APIReference/API_DeleteModelManifest.html */
  DeleteModelManifest: "W|||3;1;|||;",
  /** Grants permission to delete a specific signal catalog. Access level: Write. Resources: signalcatalog*. https://docs.aws.amazon.com/iot-fleetwise/latest/APIReference/API_DeleteSignalCatalog.html */
  DeleteSignalCatalog: "W|||4;1;|||;",
  /** Grants permission to delete a state template. Access level: Write. Resources: statetemplate*. https://docs.aws.amazon.com/iot-fleetwise/latest/APIReference/API_DeleteStateTemplate.html */
  DeleteStateTemplate: "W|||5;1;|||;",
  /** Grants permission to delete a vehicle. Access level: Write. Resources: vehicle*. https://docs.aws.amazon.com/iot-fleetwise/latest/APIReference/API_DeleteVehicle.html */
  DeleteVehicle: "W|||6;1;|||;",
  /** Grants permission to disassociate a vehicle from an existing fleet. Access level: Write. Resources: fleet*, vehicle*. https://docs.aws.amazon.com/iot-fleetwise/latest/APIReference/API_DisassociateVehicleFleet.html */
  DisassociateVehicleFleet: "W|||2;1;,6;1;|||;",
  /** Grants permission to generate the payload for running a command on a vehicle. Access level: Permissions management. Resources: statetemplate, vehicle*. Permission only. https://docs.aws.amazon.com/iot-fleetwise/latest/developerguide/controlling-access.html#generate-command-payload */
  GenerateCommandPayload: "P||1|5;0;,6;1;|4||",
  /** Grants permission to get summary information for a given campaign. Access level: Read. Resources: campaign*. https://docs.aws.amazon.com/iot-fleetwise/latest/APIReference/API_GetCampaign.html */
  GetCampaign: "R|||0;1;|||;",
  /** Grants permission to get summary information for a given decoder manifest definition. Access level: Read. Resources: decodermanifest*. https://docs.aws.amazon.com/iot-fleetwise/latest/APIReference/API_GetDecoderManifest.html */
  GetDecoderManifest: "R|||1;1;|||;",
  /** Grants permission to get KMS-based encryption status for the AWS account. Access level: Read. https://docs.aws.amazon.com/iot-fleetwise/latest/APIReference/API_GetEncryptionConfiguration.html */
  GetEncryptionConfiguration: "R||||||;",
  /** Grants permission to get summary information for a fleet. Access level: Read. Resources: fleet*. https://docs.aws.amazon.com/iot-fleetwise/latest/APIReference/API_GetFleet.html */
  GetFleet: "R|||2;1;|||;",
  /** Grants permission to get the logging options for the AWS account. Access level: Read. https://docs.aws.amazon.com/iot-fleetwise/latest/APIReference/API_GetLoggingOptions.html */
  GetLoggingOptions: "R||||||;",
  /** Grants permission to get summary information for a given model manifest definition. Access level: Read. Resources: modelmanifest*. https://docs.aws.amazon.com/iot-fleetwise/latest/APIReference/API_GetModelManifest.html */
  GetModelManifest: "R|||3;1;|||;",
  /** Grants permission to get the account registration status with IoT FleetWise. Access level: Read. https://docs.aws.amazon.com/iot-fleetwise/latest/APIReference/API_GetRegisterAccountStatus.html */
  GetRegisterAccountStatus: "R||||||;",
  /** Grants permission to get summary information for a specific signal catalog. Access level: Read. Resources: signalcatalog*. https://docs.aws.amazon.com/iot-fleetwise/latest/APIReference/API_GetSignalCatalog.html */
  GetSignalCatalog: "R|||4;1;|||;",
  /** Grants permission to get summary information for a given state template. Access level: Read. Resources: statetemplate*. https://docs.aws.amazon.com/iot-fleetwise/latest/APIReference/API_GetStateTemplate.html */
  GetStateTemplate: "R|||5;1;|||;",
  /** Grants permission to get summary information for a vehicle. Access level: Read. Resources: vehicle*. https://docs.aws.amazon.com/iot-fleetwise/latest/APIReference/API_GetVehicle.html */
  GetVehicle: "R|||6;1;|||;",
  /** Grants permission to get the status of the campaigns running on a specific vehicle. Access level: Read. Resources: vehicle*. https://docs.aws.amazon.com/iot-fleetwise/latest/APIReference/API_GetVehicleStatus.html */
  GetVehicleStatus: "R|||6;1;|||;",
  /** Grants permission to import an existing decoder manifest. Access level: Write. Resources: decodermanifest*. https://docs.aws.amazon.com/iot-fleetwise/latest/APIReference/API_ImportDecoderManifest.html */
  ImportDecoderManifest: "W|||1;1;|||;",
  /** Grants permission to create a signal catalog by importing existing definitions. Access level: Write. Resources: signalcatalog*. https://docs.aws.amazon.com/iot-fleetwise/latest/APIReference/API_ImportSignalCatalog.html */
  ImportSignalCatalog: "W|||4;1;|0,2|1|;",
  /** Grants permission to list campaigns. Access level: Read. https://docs.aws.amazon.com/iot-fleetwise/latest/APIReference/API_ListCampaigns.html */
  ListCampaigns: "R||||||;",
  /** Grants permission to list network interfaces associated to the existing decoder manifest. Access level: List. Resources: decodermanifest*. https://docs.aws.amazon.com/iot-fleetwise/latest/APIReference/API_ListDecoderManifestNetworkInterfaces.html */
  ListDecoderManifestNetworkInterfaces: "L|||1;1;|||;",
  /** Grants permission to list decoder manifest signals. Access level: List. Resources: decodermanifest*. https://docs.aws.amazon.com/iot-fleetwise/latest/APIReference/API_ListDecoderManifestSignals.html */
  ListDecoderManifestSignals: "L|||1;1;|||;",
  /** Grants permission to list all decoder manifests, with an optional filter on model manifest. Access level: Read. https://docs.aws.amazon.com/iot-fleetwise/latest/APIReference/API_ListDecoderManifests.html */
  ListDecoderManifests: "R||||||;",
  /** Grants permission to list all fleets. Access level: Read. https://docs.aws.amazon.com/iot-fleetwise/latest/APIReference/API_ListFleets.html */
  ListFleets: "R||||||;",
  /** Grants permission to list all the fleets that the given vehicle is associated with. Access level: Read. Resources: vehicle*. https://docs.aws.amazon.com/iot-fleetwise/latest/APIReference/API_ListFleetsForVehicle.html */
  ListFleetsForVehicle: "R|||6;1;|||;",
  /** Grants permission to list all nodes for the given model manifest. Access level: List. Resources: modelmanifest*. https://docs.aws.amazon.com/iot-fleetwise/latest/APIReference/API_ListModelManifestNodes.html */
  ListModelManifestNodes: "L|||3;1;|||;",
  /** Grants permission to list all model manifests, with an optional filter on signal catalog. Access level: Read. https://docs.aws.amazon.com/iot-fleetwise/latest/APIReference/API_ListModelManifests.html */
  ListModelManifests: "R||||||;",
  /** Grants permission to list all nodes for a given signal catalog. Access level: Read. Resources: signalcatalog*. https://docs.aws.amazon.com/iot-fleetwise/latest/APIReference/API_ListSignalCatalogNodes.html */
  ListSignalCatalogNodes: "R|||4;1;|||;",
  /** Grants permission to list all signal catalogs. Access level: Read. https://docs.aws.amazon.com/iot-fleetwise/latest/APIReference/API_ListSignalCatalogs.html */
  ListSignalCatalogs: "R||||||;",
  /** Grants permission to list state templates. Access level: Read. https://docs.aws.amazon.com/iot-fleetwise/latest/APIReference/API_ListStateTemplates.html */
  ListStateTemplates: "R||||||;",
  /** Grants permission to list tags for a resource. Access level: Read. Resources: campaign, decodermanifest, fleet, modelmanifest, signalcatalog, statetemplate, vehicle. https://docs.aws.amazon.com/iot-fleetwise/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;|||;",
  /** Grants permission to list all vehicles, with an optional filter on model manifest. Access level: Read. https://docs.aws.amazon.com/iot-fleetwise/latest/APIReference/API_ListVehicles.html */
  ListVehicles: "R||||||;",
  /** Grants permission to list vehicles in the given fleet. Access level: Read. Resources: fleet*. https://docs.aws.amazon.com/iot-fleetwise/latest/APIReference/API_ListVehiclesInFleet.html */
  ListVehiclesInFleet: "R|||2;1;|||;",
  /** Grants permission to enable or disable KMS-based encryption for the AWS account. Access level: Write. https://docs.aws.amazon.com/iot-fleetwise/latest/APIReference/API_PutEncryptionConfiguration.html */
  PutEncryptionConfiguration: "W||||||;",
  /** Grants permission to put the logging options for the AWS account. Access level: Write. https://docs.aws.amazon.com/iot-fleetwise/latest/APIReference/API_PutLoggingOptions.html */
  PutLoggingOptions: "W||||||;",
  /** Grants permission to register an AWS account to IoT FleetWise. Access level: Write. https://docs.aws.amazon.com/iot-fleetwise/latest/APIReference/API_RegisterAccount.html */
  RegisterAccount: "W|||||0|;",
  /** Grants permission to add tags to a resource. Access level: Tagging. Resources: campaign, decodermanifest, fleet, modelmanifest, signalcatalog, statetemplate, vehicle. https://docs.aws.amazon.com/iot-fleetwise/latest/APIReference/API_TagResource.html */
  TagResource:
    "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;|0,2||BatchCreateVehicle,CreateCampaign,CreateDecoderManifest,CreateFleet,CreateModelManifest,CreateSignalCatalog,CreateStateTemplate,CreateVehicle,ImportSignalCatalog,;",
  /** Grants permission to remove tags from a resource. Access level: Tagging. Resources: campaign, decodermanifest, fleet, modelmanifest, signalcatalog, statetemplate, vehicle. https://docs.aws.amazon.com/iot-fleetwise/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;|2||;",
  /** Grants permission to update the given campaign. Access level: Write. Resources: campaign*. https://docs.aws.amazon.com/iot-fleetwise/latest/APIReference/API_UpdateCampaign.html */
  UpdateCampaign: "W|||0;1;|||;",
  /** Grants permission to update a decoder manifest defnition. Access level: Write. Resources: decodermanifest*. https://docs.aws.amazon.com/iot-fleetwise/latest/APIReference/API_UpdateDecoderManifest.html */
  UpdateDecoderManifest: "W|||1;1;|||;",
  /** Grants permission to update the fleet. Access level: Write. Resources: fleet*. https://docs.aws.amazon.com/iot-fleetwise/latest/APIReference/API_UpdateFleet.html */
  UpdateFleet: "W|||2;1;|||;",
  /** Grants permission to update the given model manifest definition. Access level: Write. Resources: modelmanifest*. https://docs.aws.amazon.com/iot-fleetwise/latest/APIReference/API_UpdateModelManifest.html */
  UpdateModelManifest: "W|||3;1;|||;",
  /** Grants permission to update a specific signal catalog definition. Access level: Write. Resources: signalcatalog*. https://docs.aws.amazon.com/iot-fleetwise/latest/APIReference/API_UpdateSignalCatalog.html */
  UpdateSignalCatalog: "W|||4;1;|||;",
  /** Grants permission to update the given state template. Access level: Write. Resources: statetemplate*. https://docs.aws.amazon.com/iot-fleetwise/latest/APIReference/API_UpdateStateTemplate.html */
  UpdateStateTemplate: "W|||5;1;|||;",
  /** Grants permission to update the vehicle. Access level: Write. Resources: decodermanifest, modelmanifest, vehicle*. https://docs.aws.amazon.com/iot-fleetwise/latest/APIReference/API_UpdateVehicle.html */
  UpdateVehicle: "W|||1;0;,3;0;,6;1;|5,6||;",
} as const;
const actionDetails = {
  AssociateVehicleFleet: "|,;~~~|Grants permission to associate the given vehicle to a fleet",
  CreateCampaign: "|,;~~~|Grants permission to create a campaign",
  CreateDecoderManifest: "|,;~~~|Grants permission to create a decoder manifest for an existing model",
  CreateFleet: "|,;~~~|Grants permission to create a fleet",
  CreateModelManifest: "|,;~~~|Grants permission to create a model manifest definition",
  CreateSignalCatalog: "|,;~~~|Grants permission to create a signal catalog",
  CreateStateTemplate: "|,;~~~|Grants permission to create a state template",
  CreateVehicle: "|,;~~~,~~|Grants permission to create a vehicle",
  DeleteCampaign: "|,;~~~|Grants permission to delete a campaign",
  DeleteDecoderManifest: "|,;~~~|Grants permission to delete the given decoder manifest",
  DeleteFleet: "|,;~~~|Grants permission to delete a fleet",
  DeleteModelManifest: "|,;~~~|Grants permission to delete the given model manifest",
  DeleteSignalCatalog: "|,;~~~|Grants permission to delete a specific signal catalog",
  DeleteStateTemplate: "|,;~~~|Grants permission to delete a state template",
  DeleteVehicle: "|,;~~~|Grants permission to delete a vehicle",
  DisassociateVehicleFleet: "|,;~~~|Grants permission to disassociate a vehicle from an existing fleet",
  GenerateCommandPayload: "|,;~|Grants permission to generate the payload for running a command on a vehicle",
  GetCampaign: "|,;~~~|Grants permission to get summary information for a given campaign",
  GetDecoderManifest: "|,;~~~|Grants permission to get summary information for a given decoder manifest definition",
  GetEncryptionConfiguration: "|,;~~~|Grants permission to get KMS-based encryption status for the AWS account",
  GetFleet: "|,;~~~|Grants permission to get summary information for a fleet",
  GetLoggingOptions: "|,;~~~|Grants permission to get the logging options for the AWS account",
  GetModelManifest: "|,;~~~|Grants permission to get summary information for a given model manifest definition",
  GetRegisterAccountStatus: "|,;~~~|Grants permission to get the account registration status with IoT FleetWise",
  GetSignalCatalog: "|,;~~~|Grants permission to get summary information for a specific signal catalog",
  GetStateTemplate: "|,;~~~|Grants permission to get summary information for a given state template",
  GetVehicle: "|,;~~~|Grants permission to get summary information for a vehicle",
  GetVehicleStatus: "|,;~~~|Grants permission to get the status of the campaigns running on a specific vehicle",
  ImportDecoderManifest: "|,;~~~|Grants permission to import an existing decoder manifest",
  ImportSignalCatalog: "|,;~~~|Grants permission to create a signal catalog by importing existing definitions",
  ListCampaigns: "|,;~~~|Grants permission to list campaigns",
  ListDecoderManifestNetworkInterfaces:
    "|,;~~~|Grants permission to list network interfaces associated to the existing decoder manifest",
  ListDecoderManifestSignals: "|,;~~~|Grants permission to list decoder manifest signals",
  ListDecoderManifests:
    "|,;~~~|Grants permission to list all decoder manifests, with an optional filter on model manifest",
  ListFleets: "|,;~~~|Grants permission to list all fleets",
  ListFleetsForVehicle: "|,;~~~|Grants permission to list all the fleets that the given vehicle is associated with",
  ListModelManifestNodes: "|,;~~~|Grants permission to list all nodes for the given model manifest",
  ListModelManifests: "|,;~~~|Grants permission to list all model manifests, with an optional filter on signal catalog",
  ListSignalCatalogNodes: "|,;~~~|Grants permission to list all nodes for a given signal catalog",
  ListSignalCatalogs: "|,;~~~|Grants permission to list all signal catalogs",
  ListStateTemplates: "|,;~~~|Grants permission to list state templates",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for a resource",
  ListVehicles: "|,;~~~|Grants permission to list all vehicles, with an optional filter on model manifest",
  ListVehiclesInFleet: "|,;~~~|Grants permission to list vehicles in the given fleet",
  PutEncryptionConfiguration: "|,;~~~|Grants permission to enable or disable KMS-based encryption for the AWS account",
  PutLoggingOptions: "|,;~~~|Grants permission to put the logging options for the AWS account",
  RegisterAccount: "|,;~~~|Grants permission to register an AWS account to IoT FleetWise",
  TagResource: "|,;~~~,~~,~~,~~,~~,~~,~~,~~,~~,~~|Grants permission to add tags to a resource",
  UntagResource: "|,;~~~|Grants permission to remove tags from a resource",
  UpdateCampaign: "|,;~~~|Grants permission to update the given campaign",
  UpdateDecoderManifest: "|,;~~~|Grants permission to update a decoder manifest defnition",
  UpdateFleet: "|,;~~~|Grants permission to update the fleet",
  UpdateModelManifest: "|,;~~~|Grants permission to update the given model manifest definition",
  UpdateSignalCatalog: "|,;~~~|Grants permission to update a specific signal catalog definition",
  UpdateStateTemplate: "|,;~~~|Grants permission to update the given state template",
  UpdateVehicle: "|,;~~~|Grants permission to update the vehicle",
};
const resourceTypeFacts = {
  /** The campaign resource type: arn:${Partition}:iotfleetwise:${Region}:${Account}:campaign/${CampaignName} */
  campaign: "|,|1",
  /** The decodermanifest resource type: arn:${Partition}:iotfleetwise:${Region}:${Account}:decoder-manifest/${Name} */
  decodermanifest: "|,|1",
  /** The fleet resource type: arn:${Partition}:iotfleetwise:${Region}:${Account}:fleet/${FleetId} */
  fleet: "|,|1",
  /** The modelmanifest resource type: arn:${Partition}:iotfleetwise:${Region}:${Account}:model-manifest/${Name} */
  modelmanifest: "|,|1",
  /** The signalcatalog resource type: arn:${Partition}:iotfleetwise:${Region}:${Account}:signal-catalog/${Name} */
  signalcatalog: "|,|1",
  /** The statetemplate resource type: arn:${Partition}:iotfleetwise:${Region}:${Account}:state-template/${StateTemplateId} */
  statetemplate: "|,|1",
  /** The vehicle resource type: arn:${Partition}:iotfleetwise:${Region}:${Account}:vehicle/${VehicleId} */
  vehicle: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a campaign resource: arn:${Partition}:iotfleetwise:${Region}:${Account}:campaign/${CampaignName}. */
  campaign: "|,campaign|arn:|Partition|:iotfleetwise:|Region|:|Account|:campaign/|CampaignName|",
  /** ARN of a decodermanifest resource: arn:${Partition}:iotfleetwise:${Region}:${Account}:decoder-manifest/${Name}. */
  decodermanifest: "|,decodermanifest|arn:|Partition|:iotfleetwise:|Region|:|Account|:decoder-manifest/|Name|",
  /** ARN of a fleet resource: arn:${Partition}:iotfleetwise:${Region}:${Account}:fleet/${FleetId}. */
  fleet: "|,fleet|arn:|Partition|:iotfleetwise:|Region|:|Account|:fleet/|FleetId|",
  /** ARN of a modelmanifest resource: arn:${Partition}:iotfleetwise:${Region}:${Account}:model-manifest/${Name}. */
  modelmanifest: "|,modelmanifest|arn:|Partition|:iotfleetwise:|Region|:|Account|:model-manifest/|Name|",
  /** ARN of a signalcatalog resource: arn:${Partition}:iotfleetwise:${Region}:${Account}:signal-catalog/${Name}. */
  signalcatalog: "|,signalcatalog|arn:|Partition|:iotfleetwise:|Region|:|Account|:signal-catalog/|Name|",
  /** ARN of a statetemplate resource: arn:${Partition}:iotfleetwise:${Region}:${Account}:state-template/${StateTemplateId}. */
  statetemplate: "|,statetemplate|arn:|Partition|:iotfleetwise:|Region|:|Account|:state-template/|StateTemplateId|",
  /** ARN of a vehicle resource: arn:${Partition}:iotfleetwise:${Region}:${Account}:vehicle/${VehicleId}. */
  vehicle: "|,vehicle|arn:|Partition|:iotfleetwise:|Region|:|Account|:vehicle/|VehicleId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "campaign",
  "decodermanifest",
  "fleet",
  "modelmanifest",
  "signalcatalog",
  "statetemplate",
  "vehicle",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "iotfleetwise">;
/** Any iotfleetwise action. */
export type Action = ActionOf<typeof actionFacts, "iotfleetwise">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "iotfleetwise">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "iotfleetwise" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every iotfleetwise action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the presence of tag key-value pairs in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by tag key-value pairs attached to the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the presence of tag keys in the request. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access by campaign destination ARN, eg. an S3 bucket ARN or a Timestream ARN. */
  "iotfleetwise:DestinationArn": "ARN";
  /** Filters access by fully qualified signal names. */
  "iotfleetwise:Signals": "ArrayOfString";
  /** Filters access by a list of IoT FleetWise Decoder Manifest ARNs. */
  "iotfleetwise:UpdateToDecoderManifestArn": "ARN";
  /** Filters access by a list of IoT FleetWise Model Manifest ARNs. */
  "iotfleetwise:UpdateToModelManifestArn": "ARN";
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by the presence of tag key-value pairs in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by tag key-value pairs attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the presence of tag keys in the request",
  "iotfleetwise:DestinationArn":
    "|,ARN|0||Filters access by campaign destination ARN, eg. an S3 bucket ARN or a Timestream ARN",
  "iotfleetwise:Signals": "|,ArrayOfString|0||Filters access by fully qualified signal names",
  "iotfleetwise:UpdateToDecoderManifestArn": "|,ARN|0||Filters access by a list of IoT FleetWise Decoder Manifest ARNs",
  "iotfleetwise:UpdateToModelManifestArn": "|,ARN|0||Filters access by a list of IoT FleetWise Model Manifest ARNs",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "iotfleetwise",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
