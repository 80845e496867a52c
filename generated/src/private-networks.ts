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
export const prefix: "private-networks" = "private-networks";
/** The service's name in the reference. */
export const serviceName: "AWS service providing managed private networks" =
  "AWS service providing managed private networks";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS service providing managed private networks",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsserviceprovidingmanagedprivatenetworks.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to acknowledge that an order has been received. Access level: Write. Resources: order*. https://docs.aws.amazon.com/private-networks/latest/APIReference/API_AcknowledgeOrderReceipt.html */
  AcknowledgeOrderReceipt: "W|||4;1;|||",
  /** Grants permission to activate a device identifier. Access level: Write. Resources: device-identifier*. https://docs.aws.amazon.com/private-networks/latest/APIReference/API_ActivateDeviceIdentifier.html */
  ActivateDeviceIdentifier: "W|||0;1;|1||",
  /** Grants permission to activate a network site. Access level: Write. Resources: network-site*, order*. https://docs.aws.amazon.com/private-networks/latest/APIReference/API_ActivateNetworkSite.html */
  ActivateNetworkSite: "W|||3;1;,4;1;|0,2||",
  /** Grants permission to configure an access point. Access level: Write. Resources: network-resource*. https://docs.aws.amazon.com/private-networks/latest/APIReference/API_ConfigureAccessPoint.html */
  ConfigureAccessPoint: "W|||2;1;|||",
  /** Grants permission to create a network. Access level: Write. Resources: network*. https://docs.aws.amazon.com/private-networks/latest/APIReference/API_CreateNetwork.html */
  CreateNetwork: "W|||1;1;|0,2||",
  /** Grants permission to create a network site. Access level: Write. Resources: network*. https://docs.aws.amazon.com/private-networks/latest/APIReference/API_CreateNetworkSite.html */
  CreateNetworkSite: "W|||1;1;|0,2||",
  /** Grants permission to deactivate a device identifier. Access level: Write. Resources: device-identifier*. https://docs.aws.amazon.com/private-networks/latest/APIReference/API_DeactivateDeviceIdentifier.html */
  DeactivateDeviceIdentifier: "W|||0;1;|||",
  /** Grants permission to delete a network. Access level: Write. Resources: network*. https://docs.aws.amazon.com/private-networks/latest/APIReference/API_DeleteNetwork.html */
  DeleteNetwork: "W|||1;1;|||",
  /** Grants permission to delete a network site. Access level: Write. Resources: network-site*. https://docs.aws.amazon.com/private-networks/latest/APIReference/API_DeleteNetworkSite.html */
  DeleteNetworkSite: "W|||3;1;|||",
  /** Grants permission to get a device identifier. Access level: Read. Resources: device-identifier*. https://docs.aws.amazon.com/private-networks/latest/APIReference/API_GetDeviceIdentifier.html */
  GetDeviceIdentifier: "R|||0;1;|1||",
  /** Grants permission to get a network. Access level: Read. Resources: network*. https://docs.aws.amazon.com/private-networks/latest/APIReference/API_GetNetwork.html */
  GetNetwork: "R|||1;1;|1||",
  /** Grants permission to get a network resource. Access level: Read. Resources: network-resource*. https://docs.aws.amazon.com/private-networks/latest/APIReference/API_GetNetworkResource.html */
  GetNetworkResource: "R|||2;1;|1||",
  /** Grants permission to get a network site. Access level: Read. Resources: network-site*. https://docs.aws.amazon.com/private-networks/latest/APIReference/API_GetNetworkSite.html */
  GetNetworkSite: "R|||3;1;|1||",
  /** Grants permission to get a network order. Access level: Read. Resources: order*. https://docs.aws.amazon.com/private-networks/latest/APIReference/API_GetOrder.html */
  GetOrder: "R|||4;1;|1||",
  /** Grants permission to list device identifiers. Access level: List. Resources: network*. https://docs.aws.amazon.com/private-networks/latest/APIReference/API_ListDeviceIdentifiers.html */
  ListDeviceIdentifiers: "L|||1;1;|||",
  /** Grants permission to list network resources. Access level: List. Resources: network*. https://docs.aws.amazon.com/private-networks/latest/APIReference/API_ListNetworkResources.html */
  ListNetworkResources: "L|||1;1;|||",
  /** Grants permission to list network sites. Access level: List. Resources: network*. https://docs.aws.amazon.com/private-networks/latest/APIReference/API_ListNetworkSites.html */
  ListNetworkSites: "L|||1;1;|||",
  /** Grants permission to list networks. Access level: List. https://docs.aws.amazon.com/private-networks/latest/APIReference/API_ListNetworks.html */
  ListNetworks: "L||||||",
  /** Grants permission to list network orders. Access level: List. Resources: network*. https://docs.aws.amazon.com/private-networks/latest/APIReference/API_ListOrders.html */
  ListOrders: "L|||1;1;|||",
  /** Grants permission to return a list of tags for a resource. Access level: List. https://docs.aws.amazon.com/private-networks/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "L||||||",
  /** Grants permission to check the health of the service. Access level: Read. https://docs.aws.amazon.com/private-networks/latest/APIReference/API_Ping.html */
  Ping: "R||||||",
  /** Grants permission to start an update on the specified network resource. Access level: Write. Resources: network-resource*. https://docs.aws.amazon.com/private-networks/latest/APIReference/API_StartNetworkResourceUpdate.html */
  StartNetworkResourceUpdate: "W|||2;1;|0,2||",
  /** Grants permission to adds tags to the specified resource. Access level: Tagging. Resources: device-identifier, network, network-resource, network-site, order. https://docs.aws.amazon.com/private-networks/latest/APIReference/API_TagResource.html */
  TagResource: "T|||0;0;,1;0;,2;0;,3;0;,4;0;|0,2||",
  /** Grants permission to removes tags from the specified resource. Access level: Tagging. Resources: device-identifier, network, network-resource, network-site, order. https://docs.aws.amazon.com/private-networks/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,3;0;,4;0;|2||",
  /** Grants permission to update a network site. Access level: Write. Resources: network-site*. https://docs.aws.amazon.com/private-networks/latest/APIReference/API_UpdateNetworkSite.html */
  UpdateNetworkSite: "W|||3;1;|||",
  /** Grants permission to update a plan at a network site. Access level: Write. Resources: network-site*. https://docs.aws.amazon.com/private-networks/latest/APIReference/API_UpdateNetworkSitePlan.html */
  UpdateNetworkSitePlan: "W|||3;1;|||",
} as const;
const actionDetails = {
  AcknowledgeOrderReceipt: "|,;~|Grants permission to acknowledge that an order has been received",
  ActivateDeviceIdentifier: "|,;~|Grants permission to activate a device identifier",
  ActivateNetworkSite: "|,;~|Grants permission to activate a network site",
  ConfigureAccessPoint: "|,;~|Grants permission to configure an access point",
  CreateNetwork: "|,;~|Grants permission to create a network",
  CreateNetworkSite: "|,;~|Grants permission to create a network site",
  DeactivateDeviceIdentifier: "|,;~|Grants permission to deactivate a device identifier",
  DeleteNetwork: "|,;~|Grants permission to delete a network",
  DeleteNetworkSite: "|,;~|Grants permission to delete a network site",
  GetDeviceIdentifier: "|,;~|Grants permission to get a device identifier",
  GetNetwork: "|,;~|Grants permission to get a network",
  GetNetworkResource: "|,;~|Grants permission to get a network resource",
  GetNetworkSite: "|,;~|Grants permission to get a network site",
  GetOrder: "|,;~|Grants permission to get a network order",
  ListDeviceIdentifiers: "|,;~|Grants permission to list device identifiers",
  ListNetworkResources: "|,;~|Grants permission to list network resources",
  ListNetworkSites: "|,;~|Grants permission to list network sites",
  ListNetworks: "|,;~|Grants permission to list networks",
  ListOrders: "|,;~|Grants permission to list network orders",
  ListTagsForResource: "|,;~|Grants permission to return a list of tags for a resource",
  Ping: "|,;~|Grants permission to check the health of the service",
  StartNetworkResourceUpdate: "|,;~|Grants permission to start an update on the specified network resource",
  TagResource: "|,;~|Grants permission to adds tags to the specified resource",
  UntagResource: "|,;~|Grants permission to removes tags from the specified resource",
  UpdateNetworkSite: "|,;~|Grants permission to update a network site",
  UpdateNetworkSitePlan: "|,;~|Grants permission to update a plan at a network site",
};
const resourceTypeFacts = {
  /** The device-identifier resource type: arn:${Partition}:private-networks:${Region}:${Account}:device-identifier/${NetworkName}/${DeviceId} */
  "device-identifier": "|,deviceIdentifier|1",
  /** The network resource type: arn:${Partition}:private-networks:${Region}:${Account}:network/${NetworkName} */
  network: "|,|1",
  /** The network-resource resource type: arn:${Partition}:private-networks:${Region}:${Account}:network-resource/${NetworkName}/${ResourceId} */
  "network-resource": "|,networkResource|1",
  /** The network-site resource type: arn:${Partition}:private-networks:${Region}:${Account}:network-site/${NetworkName}/${NetworkSiteName} */
  "network-site": "|,networkSite|1",
  /** The order resource type: arn:${Partition}:private-networks:${Region}:${Account}:order/${NetworkName}/${OrderId} */
  order: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a device-identifier resource: arn:${Partition}:private-networks:${Region}:${Account}:device-identifier/${NetworkName}/${DeviceId}. */
  deviceIdentifier:
    "|,device-identifier|arn:|Partition|:private-networks:|Region|:|Account|:device-identifier/|NetworkName|/|DeviceId|",
  /** ARN of a network resource: arn:${Partition}:private-networks:${Region}:${Account}:network/${NetworkName}. */
  network: "|,network|arn:|Partition|:private-networks:|Region|:|Account|:network/|NetworkName|",
  /** ARN of a network-resource resource: arn:${Partition}:private-networks:${Region}:${Account}:network-resource/${NetworkName}/${ResourceId}. */
  networkResource:
    "|,network-resource|arn:|Partition|:private-networks:|Region|:|Account|:network-resource/|NetworkName|/|ResourceId|",
  /** ARN of a network-site resource: arn:${Partition}:private-networks:${Region}:${Account}:network-site/${NetworkName}/${NetworkSiteName}. */
  networkSite:
    "|,network-site|arn:|Partition|:private-networks:|Region|:|Account|:network-site/|NetworkName|/|NetworkSiteName|",
  /** ARN of a order resource: arn:${Partition}:private-networks:${Region}:${Account}:order/${NetworkName}/${OrderId}. */
  order: "|,order|arn:|Partition|:private-networks:|Region|:|Account|:order/|NetworkName|/|OrderId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["device-identifier", "network", "network-resource", "network-site", "order"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "private-networks">;
/** Any private-networks action. */
export type Action = ActionOf<typeof actionFacts, "private-networks">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "private-networks">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "", client: "" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every private-networks action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by checking the presence of tag key-value pairs in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by checking tag key-value pairs attached to the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by presence of tag keys in the request. */
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
    "|,String|0||Filters access by checking the presence of tag key-value pairs in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by checking tag key-value pairs attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by presence of tag keys in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "private-networks",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
