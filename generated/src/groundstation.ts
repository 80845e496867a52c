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
export const prefix: "groundstation" = "groundstation";
/** The service's name in the reference. */
export const serviceName: "AWS Ground Station" = "AWS Ground Station";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Ground Station",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsgroundstation.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "groundstation:AgentId",
  "groundstation:ConfigId",
  "groundstation:ConfigType",
  "groundstation:ContactId",
  "groundstation:DataflowEndpointGroupId",
  "groundstation:EphemerisId",
  "groundstation:GroundStationId",
  "groundstation:MissionProfileId",
  "groundstation:SatelliteId",
] as const;
const dependentActionList = ["groundstation:TagResource", "iam:PassRole"] as const;
const actionFacts = {
  /** Grants permission to cancel a contact. Access level: Write. Resources: Contact*. https://docs.aws.amazon.com/ground-station/latest/APIReference/API_CancelContact.html */
  CancelContact: "W|||2;1;|||;",
  /** Grants permission to create a configuration. Access level: Write. https://docs.aws.amazon.com/ground-station/latest/APIReference/API_CreateConfig.html */
  CreateConfig: "W||||0,2|0,1|;",
  /** Grants permission to create a data flow endpoint group. Access level: Write. https://docs.aws.amazon.com/ground-station/latest/APIReference/API_CreateDataflowEndpointGroup.html */
  CreateDataflowEndpointGroup: "W||||0,2|0,1|;",
  /** Grants permission to create a data flow endpoint group using the V2 operation. Access level: Write. https://docs.aws.amazon.com/ground-station/latest/APIReference/API_CreateDataflowEndpointGroupV2.html */
  CreateDataflowEndpointGroupV2: "W||||0,2|0|;",
  /** Grants permission to create an ephemeris item. Access level: Write. https://docs.aws.amazon.com/ground-station/latest/APIReference/API_CreateEphemeris.html */
  CreateEphemeris: "W||||0,2|0|;",
  /** Grants permission to create a mission profile. Access level: Write. https://docs.aws.amazon.com/ground-station/latest/APIReference/API_CreateMissionProfile.html */
  CreateMissionProfile: "W||||0,2|0,1|;",
  /** Grants permission to delete a config. Access level: Write. Resources: Config*. https://docs.aws.amazon.com/ground-station/latest/APIReference/API_DeleteConfig.html */
  DeleteConfig: "W|||1;1;|||;",
  /** Grants permission to delete a data flow endpoint group. Access level: Write. Resources: DataflowEndpointGroup*. https://docs.aws.amazon.com/ground-station/latest/APIReference/API_DeleteDataflowEndpointGroup.html */
  DeleteDataflowEndpointGroup: "W|||3;1;|||;",
  /** Grants permission to delete an ephemeris item. Access level: Write. Resources: EphemerisItem*. https://docs.aws.amazon.com/ground-station/latest/APIReference/API_DeleteEphemeris.html */
  DeleteEphemeris: "W|||4;1;|||;",
  /** Grants permission to delete a mission profile. Access level: Write. Resources: MissionProfile*. https://docs.aws.amazon.com/ground-station/latest/APIReference/API_DeleteMissionProfile.html */
  DeleteMissionProfile: "W|||6;1;|||;",
  /** Grants permission to describe a contact. Access level: Read. Resources: Contact*. https://docs.aws.amazon.com/ground-station/latest/APIReference/API_DescribeContact.html */
  DescribeContact: "R|||2;1;|||;",
  /** Grants permission to describe a specific version of a contact. Access level: Read. Resources: Contact*. https://docs.aws.amazon.com/ground-station/latest/APIReference/API_DescribeContactVersion.html */
  DescribeContactVersion: "R|||2;1;|||;",
  /** Grants permission to describe an ephemeris item. Access level: Read. Resources: EphemerisItem*. https://docs.aws.amazon.com/ground-station/latest/APIReference/API_DescribeEphemeris.html */
  DescribeEphemeris: "R|||4;1;|||;",
  /** Grants permission to get the configuration of an agent. Access level: Read. Resources: Agent*. https://docs.aws.amazon.com/ground-station/latest/APIReference/API_GetAgentConfiguration.html */
  GetAgentConfiguration: "R|||0;1;|||;",
  /** Grants permission to retrieve presigned S3 logging URLs. Access level: Read. Resources: Agent*. https://docs.aws.amazon.com/ground-station/latest/APIReference/API_GetAgentTaskResponseUrl.html */
  GetAgentTaskResponseUrl: "R|||0;1;|||;",
  /** Grants permission to return a configuration. Access level: Read. Resources: Config*. https://docs.aws.amazon.com/ground-station/latest/APIReference/API_GetConfig.html */
  GetConfig: "R|||1;1;|||;",
  /** Grants permission to return a data flow endpoint group. Access level: Read. Resources: DataflowEndpointGroup*. https://docs.aws.amazon.com/ground-station/latest/APIReference/API_GetDataflowEndpointGroup.html */
  GetDataflowEndpointGroup: "R|||3;1;|||;",
  /** Grants permission to return minutes usage. Access level: Read. https://docs.aws.amazon.com/ground-station/latest/APIReference/API_GetMinuteUsage.html */
  GetMinuteUsage: "R||||||;",
  /** Grants permission to retrieve a mission profile. Access level: Read. Resources: MissionProfile*. https://docs.aws.amazon.com/ground-station/latest/APIReference/API_GetMissionProfile.html */
  GetMissionProfile: "R|||6;1;|||;",
  /** Grants permission to return information about a satellite. Access level: Read. Resources: Satellite*. https://docs.aws.amazon.com/ground-station/latest/APIReference/API_GetSatellite.html */
  GetSatellite: "R|||7;1;|||;",
  /** Grants permission to list antennas for a ground station. Access level: List. Resources: GroundStationResource*. https://docs.aws.amazon.com/ground-station/latest/APIReference/API_ListAntennas.html */
  ListAntennas: "L|||5;1;|||;",
  /** Grants permission to return a list of past configurations. Access level: List. https://docs.aws.amazon.com/ground-station/latest/APIReference/API_ListConfigs.html */
  ListConfigs: "L||||||;",
  /** Grants permission to list versions of a contact. Access level: List. Resources: Contact*. https://docs.aws.amazon.com/ground-station/latest/APIReference/API_ListContactVersions.html */
  ListContactVersions: "L|||2;1;|||;",
  /** Grants permission to return a list of contacts. Access level: List. https://docs.aws.amazon.com/ground-station/latest/APIReference/API_ListContacts.html */
  ListContacts: "L||||||;",
  /** Grants permission to list data flow endpoint groups. Access level: List. https://docs.aws.amazon.com/ground-station/latest/APIReference/API_ListDataflowEndpointGroups.html */
  ListDataflowEndpointGroups: "L||||||;",
  /** Grants permission to list ephemerides. Access level: List. https://docs.aws.amazon.com/ground-station/latest/APIReference/API_ListEphemerides.html */
  ListEphemerides: "L||||||;",
  /** Grants permission to list reservations for a ground station. Access level: List. Resources: GroundStationResource*. https://docs.aws.amazon.com/ground-station/latest/APIReference/API_ListGroundStationReservations.html */
  ListGroundStationReservations: "L|||5;1;|||;",
  /** Grants permission to list ground stations. Access level: List. https://docs.aws.amazon.com/ground-station/latest/APIReference/API_ListGroundStations.html */
  ListGroundStations: "L||||||;",
  /** Grants permission to return a list of mission profiles. Access level: List. https://docs.aws.amazon.com/ground-station/latest/APIReference/API_ListMissionProfiles.html */
  ListMissionProfiles: "L||||||;",
  /** Grants permission to list satellites. Access level: List. https://docs.aws.amazon.com/ground-station/latest/APIReference/API_ListSatellites.html */
  ListSatellites: "L||||||;",
  /** Grants permission to list tags for a resource. Access level: Read. Resources: Config, Contact, DataflowEndpointGroup, MissionProfile. https://docs.aws.amazon.com/ground-station/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||1;0;,2;0;,3;0;,6;0;|||;",
  /** Grants permission to register an agent. Access level: Write. https://docs.aws.amazon.com/ground-station/latest/APIReference/API_RegisterAgent.html */
  RegisterAgent: "W||||||;",
  /** Grants permission to reserve a contact. Access level: Write. https://docs.aws.amazon.com/ground-station/latest/APIReference/API_ReserveContact.html */
  ReserveContact: "W||||0,2|0|;",
  /** Grants permission to assign a resource tag. Access level: Tagging. Resources: Config, Contact, DataflowEndpointGroup, EphemerisItem, MissionProfile. https://docs.aws.amazon.com/ground-station/latest/APIReference/API_TagResource.html */
  TagResource:
    "T|||1;0;,2;0;,3;0;,4;0;,6;0;|0,2||CreateConfig,CreateDataflowEndpointGroup,CreateDataflowEndpointGroupV2,CreateEphemeris,CreateMissionProfile,ReserveContact,;",
  /** Grants permission to unassign a resource tag. Access level: Tagging. Resources: Config, Contact, DataflowEndpointGroup, EphemerisItem, MissionProfile. https://docs.aws.amazon.com/ground-station/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||1;0;,2;0;,3;0;,4;0;,6;0;|2||;",
  /** Grants permission to update the status of an agent. Access level: Write. Resources: Agent*. https://docs.aws.amazon.com/ground-station/latest/APIReference/API_UpdateAgentStatus.html */
  UpdateAgentStatus: "W|||0;1;|||;",
  /** Grants permission to update a configuration. Access level: Write. Resources: Config*. https://docs.aws.amazon.com/ground-station/latest/APIReference/API_UpdateConfig.html */
  UpdateConfig: "W|||1;1;||1|;",
  /** Grants permission to update a contact. Access level: Write. Resources: Contact*. https://docs.aws.amazon.com/ground-station/latest/APIReference/API_UpdateContact.html */
  UpdateContact: "W|||2;1;|||;",
  /** Grants permission to update an ephemeris item. Access level: Write. Resources: EphemerisItem*. https://docs.aws.amazon.com/ground-station/latest/APIReference/API_UpdateEphemeris.html */
  UpdateEphemeris: "W|||4;1;|||;",
  /** Grants permission to update a mission profile. Access level: Write. Resources: MissionProfile*. https://docs.aws.amazon.com/ground-station/latest/APIReference/API_UpdateMissionProfile.html */
  UpdateMissionProfile: "W|||6;1;||1|;",
} as const;
const actionDetails = {
  CancelContact: "|,;~~~|Grants permission to cancel a contact",
  CreateConfig: "|,;~~~|Grants permission to create a configuration",
  CreateDataflowEndpointGroup: "|,;~~~|Grants permission to create a data flow endpoint group",
  CreateDataflowEndpointGroupV2: "|,;~~~|Grants permission to create a data flow endpoint group using the V2 operation",
  CreateEphemeris: "|,;~~~|Grants permission to create an ephemeris item",
  CreateMissionProfile: "|,;~~~|Grants permission to create a mission profile",
  DeleteConfig: "|,;~~~|Grants permission to delete a config",
  DeleteDataflowEndpointGroup: "|,;~~~|Grants permission to delete a data flow endpoint group",
  DeleteEphemeris: "|,;~~~|Grants permission to delete an ephemeris item",
  DeleteMissionProfile: "|,;~~~|Grants permission to delete a mission profile",
  DescribeContact: "|,;~~~|Grants permission to describe a contact",
  DescribeContactVersion: "|,;~~~|Grants permission to describe a specific version of a contact",
  DescribeEphemeris: "|,;~~~|Grants permission to describe an ephemeris item",
  GetAgentConfiguration: "|,;~~~|Grants permission to get the configuration of an agent",
  GetAgentTaskResponseUrl: "|,;~~~|Grants permission to retrieve presigned S3 logging URLs",
  GetConfig: "|,;~~~|Grants permission to return a configuration",
  GetDataflowEndpointGroup: "|,;~~~|Grants permission to return a data flow endpoint group",
  GetMinuteUsage: "|,;~~~|Grants permission to return minutes usage",
  GetMissionProfile: "|,;~~~|Grants permission to retrieve a mission profile",
  GetSatellite: "|,;~~~|Grants permission to return information about a satellite",
  ListAntennas: "|,;~~~|Grants permission to list antennas for a ground station",
  ListConfigs: "|,;~~~|Grants permission to return a list of past configurations",
  ListContactVersions: "|,;~~~|Grants permission to list versions of a contact",
  ListContacts: "|,;~~~|Grants permission to return a list of contacts",
  ListDataflowEndpointGroups: "|,;~~~|Grants permission to list data flow endpoint groups",
  ListEphemerides: "|,;~~~|Grants permission to list ephemerides",
  ListGroundStationReservations: "|,;~~~|Grants permission to list reservations for a ground station",
  ListGroundStations: "|,;~~~|Grants permission to list ground stations",
  ListMissionProfiles: "|,;~~~|Grants permission to return a list of mission profiles",
  ListSatellites: "|,;~~~|Grants permission to list satellites",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for a resource",
  RegisterAgent: "|,;~~~|Grants permission to register an agent",
  ReserveContact: "|,;~~~|Grants permission to reserve a contact",
  TagResource: "|,;~~~,~~,~~,~~,~~,~~,~~|Grants permission to assign a resource tag",
  UntagResource: "|,;~~~|Grants permission to unassign a resource tag",
  UpdateAgentStatus: "|,;~~~|Grants permission to update the status of an agent",
  UpdateConfig: "|,;~~~|Grants permission to update a configuration",
  UpdateContact: "|,;~~~|Grants permission to update a contact",
  UpdateEphemeris: "|,;~~~|Grants permission to update an ephemeris item",
  UpdateMissionProfile: "|,;~~~|Grants permission to update a mission profile",
};
const resourceTypeFacts = {
  /** The Agent resource type: arn:${Partition}:groundstation:${Region}:${Account}:agent/${AgentId} */
  Agent: "|,agent|3",
  /** The Config resource type: arn:${Partition}:groundstation:${Region}:${Account}:config/${ConfigType}/${ConfigId} */
  Config: "|,config|1,4,5",
  /** The Contact resource type: arn:${Partition}:groundstation:${Region}:${Account}:contact/${ContactId} */
  Contact: "|,contact|1,6",
  /** The DataflowEndpointGroup resource type: arn:${Partition}:groundstation:${Region}:${Account}:dataflow-endpoint-group/${DataflowEndpointGroupId} */
  DataflowEndpointGroup: "|,dataflowEndpointGroup|1,7",
  /** The EphemerisItem resource type: arn:${Partition}:groundstation:${Region}:${Account}:ephemeris/${EphemerisId} */
  EphemerisItem: "|,ephemerisItem|1,8",
  /** The GroundStationResource resource type: arn:${Partition}:groundstation:${Region}:${Account}:groundstation:${GroundStationId} */
  GroundStationResource: "|,groundStationResource|9",
  /** The MissionProfile resource type: arn:${Partition}:groundstation:${Region}:${Account}:mission-profile/${MissionProfileId} */
  MissionProfile: "|,missionProfile|1,10",
  /** The Satellite resource type: arn:${Partition}:groundstation:${Region}:${Account}:satellite/${SatelliteId} */
  Satellite: "|,satellite|11",
} as const;
const arnFormats = {
  /** ARN of a Agent resource: arn:${Partition}:groundstation:${Region}:${Account}:agent/${AgentId}. */
  agent: "|,Agent|arn:|Partition|:groundstation:|Region|:|Account|:agent/|AgentId|",
  /** ARN of a Config resource: arn:${Partition}:groundstation:${Region}:${Account}:config/${ConfigType}/${ConfigId}. */
  config: "|,Config|arn:|Partition|:groundstation:|Region|:|Account|:config/|ConfigType|/|ConfigId|",
  /** ARN of a Contact resource: arn:${Partition}:groundstation:${Region}:${Account}:contact/${ContactId}. */
  contact: "|,Contact|arn:|Partition|:groundstation:|Region|:|Account|:contact/|ContactId|",
  /** ARN of a DataflowEndpointGroup resource: arn:${Partition}:groundstation:${Region}:${Account}:dataflow-endpoint-group/${DataflowEndpointGroupId}. */
  dataflowEndpointGroup:
    "|,DataflowEndpointGroup|arn:|Partition|:groundstation:|Region|:|Account|:dataflow-endpoint-group/|DataflowEndpointGroupId|",
  /** ARN of a EphemerisItem resource: arn:${Partition}:groundstation:${Region}:${Account}:ephemeris/${EphemerisId}. */
  ephemerisItem: "|,EphemerisItem|arn:|Partition|:groundstation:|Region|:|Account|:ephemeris/|EphemerisId|",
  /** ARN of a GroundStationResource resource: arn:${Partition}:groundstation:${Region}:${Account}:groundstation:${GroundStationId}. */
  groundStationResource:
    "|,GroundStationResource|arn:|Partition|:groundstation:|Region|:|Account|:groundstation:|GroundStationId|",
  /** ARN of a MissionProfile resource: arn:${Partition}:groundstation:${Region}:${Account}:mission-profile/${MissionProfileId}. */
  missionProfile:
    "|,MissionProfile|arn:|Partition|:groundstation:|Region|:|Account|:mission-profile/|MissionProfileId|",
  /** ARN of a Satellite resource: arn:${Partition}:groundstation:${Region}:${Account}:satellite/${SatelliteId}. */
  satellite: "|,Satellite|arn:|Partition|:groundstation:|Region|:|Account|:satellite/|SatelliteId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "Agent",
  "Config",
  "Contact",
  "DataflowEndpointGroup",
  "EphemerisItem",
  "GroundStationResource",
  "MissionProfile",
  "Satellite",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "groundstation">;
/** Any groundstation action. */
export type Action = ActionOf<typeof actionFacts, "groundstation">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "groundstation">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "groundstation" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every groundstation action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the ID of an agent. */
  "groundstation:AgentId": "String";
  /** Filters access by the ID of a config. */
  "groundstation:ConfigId": "String";
  /** Filters access by the type of a config. */
  "groundstation:ConfigType": "String";
  /** Filters access by the ID of a contact. */
  "groundstation:ContactId": "String";
  /** Filters access by the ID of a dataflow endpoint group. */
  "groundstation:DataflowEndpointGroupId": "String";
  /** Filters access by the ID of an ephemeris. */
  "groundstation:EphemerisId": "String";
  /** Filters access by the ID of a ground station. */
  "groundstation:GroundStationId": "String";
  /** Filters access by the ID of a mission profile. */
  "groundstation:MissionProfileId": "String";
  /** Filters access by the ID of a satellite. */
  "groundstation:SatelliteId": "String";
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
  "groundstation:AgentId": "|,String|0||Filters access by the ID of an agent",
  "groundstation:ConfigId": "|,String|0||Filters access by the ID of a config",
  "groundstation:ConfigType": "|,String|0||Filters access by the type of a config",
  "groundstation:ContactId": "|,String|0||Filters access by the ID of a contact",
  "groundstation:DataflowEndpointGroupId": "|,String|0||Filters access by the ID of a dataflow endpoint group",
  "groundstation:EphemerisId": "|,String|0||Filters access by the ID of an ephemeris",
  "groundstation:GroundStationId": "|,String|0||Filters access by the ID of a ground station",
  "groundstation:MissionProfileId": "|,String|0||Filters access by the ID of a mission profile",
  "groundstation:SatelliteId": "|,String|0||Filters access by the ID of a satellite",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "groundstation",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
