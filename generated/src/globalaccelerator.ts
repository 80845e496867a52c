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
export const prefix: "globalaccelerator" = "globalaccelerator";
/** The service's name in the reference. */
export const serviceName: "AWS Global Accelerator" = "AWS Global Accelerator";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Global Accelerator",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsglobalaccelerator.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["globalaccelerator:TagResource", "globalaccelerator:UpdateEndpointGroup"] as const;
const actionFacts = {
  /** Grants permission to add a virtual private cloud (VPC) subnet endpoint to a custom routing accelerator endpoint group. Access level: Write. Resources: endpointgroup*. https://docs.aws.amazon.com/global-accelerator/latest/api/API_AddCustomRoutingEndpoints.html */
  AddCustomRoutingEndpoints: "W|||2;1;|||;",
  /** Grants permission to add an endpoint to a standard accelerator endpoint group. Access level: Write. Resources: endpointgroup*. https://docs.aws.amazon.com/global-accelerator/latest/api/API_AddEndpoints.html */
  AddEndpoints: "W|||2;1;||1|;",
  /** Grants permission to advertises an IPv4 address range that is provisioned for use with your accelerator through bring your own IP addresses (BYOIP). Access level: Write. https://docs.aws.amazon.com/global-accelerator/latest/api/API_AdvertiseByoipCidr.html */
  AdvertiseByoipCidr: "W||||||;",
  /** Grants permission to allows custom routing of user traffic to a private destination IP:PORT in a specific VPC subnet. Access level: Write. Resources: endpointgroup*. https://docs.aws.amazon.com/global-accelerator/latest/api/API_AllowCustomRoutingTraffic.html */
  AllowCustomRoutingTraffic: "W|||2;1;|||;",
  /** Grants permission to create a standard accelerator. Access level: Write. https://docs.aws.amazon.com/global-accelerator/latest/api/API_CreateAccelerator.html */
  CreateAccelerator: "W||||0,2|0|;",
  /** Grants permission to create a CrossAccountAttachment. Access level: Write. https://docs.aws.amazon.com/global-accelerator/latest/api/API_CreateCrossAccountAttachment.html */
  CreateCrossAccountAttachment: "W||||0,2|0|;",
  /** Grants permission to create a Custom Routing accelerator. Access level: Write. https://docs.aws.amazon.com/global-accelerator/latest/api/API_CreateCustomRoutingAccelerator.html */
  CreateCustomRoutingAccelerator: "W||||0,2|0|;",
  /** Grants permission to create an endpoint group for the specified listener for a custom routing accelerator. Access level: Write. Resources: listener*. https://docs.aws.amazon.com/global-accelerator/latest/api/API_CreateCustomRoutingEndpointGroup.html */
  CreateCustomRoutingEndpointGroup: "W|||3;1;|||;",
  /** Grants permission to create a listener to process inbound connections from clients to a custom routing accelerator. Access level: Write. Resources: accelerator*. https://docs.aws.amazon.com/global-accelerator/latest/api/API_CreateCustomRoutingListener.html */
  CreateCustomRoutingListener: "W|||0;1;|||;",
  /** Grants permission to add an endpoint group to a standard accelerator listener. Access level: Write. Resources: listener*. https://docs.aws.amazon.com/global-accelerator/latest/api/API_CreateEndpointGroup.html */
  CreateEndpointGroup: "W|||3;1;|||;",
  /** Grants permission to add a listener to a standard accelerator. Access level: Write. Resources: accelerator*. https://docs.aws.amazon.com/global-accelerator/latest/api/API_CreateListener.html */
  CreateListener: "W|||0;1;|||;",
  /** Grants permission to delete a standard accelerator. Access level: Write. Resources: accelerator*. https://docs.aws.amazon.com/global-accelerator/latest/api/API_DeleteAccelerator.html */
  DeleteAccelerator: "W|||0;1;|||;",
  /** Grants permission to delete a CrossAccountAttachment. Access level: Write. Resources: attachment*. https://docs.aws.amazon.com/global-accelerator/latest/api/API_DeleteCrossAccountAttachment.html */
  DeleteCrossAccountAttachment: "W|||1;1;|||;",
  /** Grants permission to delete a custom routing accelerator. Access level: Write. Resources: accelerator*. https://docs.aws.amazon.com/global-accelerator/latest/api/API_DeleteCustomRoutingAccelerator.html */
  DeleteCustomRoutingAccelerator: "W|||0;1;|||;",
  /** Grants permission to delete an endpoint group from a listener for a custom routing accelerator. Access level: Write. Resources: endpointgroup*. https://docs.aws.amazon.com/global-accelerator/latest/api/API_DeleteCustomRoutingEndpointGroup.html */
  DeleteCustomRoutingEndpointGroup: "W|||2;1;|||;",
  /** Grants permission to delete a listener for a custom routing accelerator. Access level: Write. Resources: listener*. https://docs.aws.amazon.com/global-accelerator/latest/api/API_DeleteCustomRoutingListener.html */
  DeleteCustomRoutingListener: "W|||3;1;|||;",
  /** Grants permission to delete an endpoint group associated with a standard accelerator listener. Access level: Write. Resources: endpointgroup*. https://docs.aws.amazon.com/global-accelerator/latest/api/API_DeleteEndpointGroup.html */
  DeleteEndpointGroup: "W|||2;1;|||;",
  /** Grants permission to delete a listener from a standard accelerator. Access level: Write. Resources: listener*. https://docs.aws.amazon.com/global-accelerator/latest/api/API_DeleteListener.html */
  DeleteListener: "W|||3;1;|||;",
  /** Grants permission to disallows custom routing of user traffic to a private destination IP:PORT in a specific VPC subnet. Access level: Write. Resources: endpointgroup*. https://docs.aws.amazon.com/global-accelerator/latest/api/API_DenyCustomRoutingTraffic.html */
  DenyCustomRoutingTraffic: "W|||2;1;|||;",
  /** Grants permission to releases the specified address range that you provisioned for use with your accelerator through bring your own IP addresses (BYOIP). Access level: Write. https://docs.aws.amazon.com/global-accelerator/latest/api/API_DeprovisionByoipCidr.html */
  DeprovisionByoipCidr: "W||||||;",
  /** Grants permissions to describe a standard accelerator. Access level: Read. Resources: accelerator*. https://docs.aws.amazon.com/global-accelerator/latest/api/API_DescribeAccelerator.html */
  DescribeAccelerator: "R|||0;1;|||;",
  /** Grants permission to describe a standard accelerator attributes. Access level: Read. Resources: accelerator*. https://docs.aws.amazon.com/global-accelerator/latest/api/API_DescribeAcceleratorAttributes.html */
  DescribeAcceleratorAttributes: "R|||0;1;|||;",
  /** Grants permissions to describe a CrossAccountAttachment. Access level: Read. Resources: attachment*. https://docs.aws.amazon.com/global-accelerator/latest/api/API_DescribeCrossAccountAttachment.html */
  DescribeCrossAccountAttachment: "R|||1;1;|||;",
  /** Grants permission to describe a custom routing accelerator. Access level: Read. Resources: accelerator*. https://docs.aws.amazon.com/global-accelerator/latest/api/API_DescribeCustomRoutingAccelerator.html */
  DescribeCustomRoutingAccelerator: "R|||0;1;|||;",
  /** Grants permission to describe the attributes of a custom routing accelerator. Access level: Read. Resources: accelerator*. https://docs.aws.amazon.com/global-accelerator/latest/api/API_DescribeCustomRoutingAcceleratorAttributes.html */
  DescribeCustomRoutingAcceleratorAttributes: "R|||0;1;|||;",
  /** Grants permission to describe an endpoint group for a custom routing accelerator. Access level: Read. Resources: endpointgroup*. https://docs.aws.amazon.com/global-accelerator/latest/api/API_DescribeCustomRoutingEndpointGroup.html */
  DescribeCustomRoutingEndpointGroup: "R|||2;1;|||;",
  /** Grants permission to describe a listener for a custom routing accelerator. Access level: Read. Resources: listener*. https://docs.aws.amazon.com/global-accelerator/latest/api/API_DescribeCustomRoutingListener.html */
  DescribeCustomRoutingListener: "R|||3;1;|||;",
  /** Grants permission to describe a standard accelerator endpoint group. Access level: Read. Resources: endpointgroup*. https://docs.aws.amazon.com/global-accelerator/latest/api/API_DescribeEndpointGroup.html */
  DescribeEndpointGroup: "R|||2;1;|||;",
  /** Grants permission to describe a standard accelerator listener. Access level: Read. Resources: listener*. https://docs.aws.amazon.com/global-accelerator/latest/api/API_DescribeListener.html */
  DescribeListener: "R|||3;1;|||;",
  /** Grants permission to list all standard accelerators. Access level: List. https://docs.aws.amazon.com/global-accelerator/latest/api/API_ListAccelerators.html */
  ListAccelerators: "L||||||;",
  /** Grants permission to list the BYOIP cidrs. Access level: List. https://docs.aws.amazon.com/global-accelerator/latest/api/API_ListByoipCidrs.html */
  ListByoipCidrs: "L||||||;",
  /** Grants permission to list all CrossAccountAttachments. Access level: List. https://docs.aws.amazon.com/global-accelerator/latest/api/API_ListCrossAccountAttachments.html */
  ListCrossAccountAttachments: "L||||||;",
  /** Grants permission to list accounts with CrossAccountAttachments listing caller as a principal. Access level: List. https://docs.aws.amazon.com/global-accelerator/latest/api/API_ListCrossAccountResourceAccounts.html */
  ListCrossAccountResourceAccounts: "L||||||;",
  /** Grants permission to list all CrossAccountAttachment resources usable by caller. Access level: List. https://docs.aws.amazon.com/global-accelerator/latest/api/API_ListCrossAccountResources.html */
  ListCrossAccountResources: "L||||||;",
  /** Grants permission to list the custom routing accelerators for an AWS account. Access level: List. https://docs.aws.amazon.com/global-accelerator/latest/api/API_ListCustomRoutingAccelerators.html */
  ListCustomRoutingAccelerators: "L||||||;",
  /** Grants permission to list the endpoint groups that are associated with a listener for a custom routing accelerator. Access level: List. Resources: listener*. https://docs.aws.amazon.com/global-accelerator/latest/api/API_ListCustomRoutingEndpointGroups.html */
  ListCustomRoutingEndpointGroups: "L|||3;1;|||;",
  /** Grants permission to list the listeners for a custom routing accelerator. Access level: List. Resources: accelerator*. https://docs.aws.amazon.com/global-accelerator/latest/api/API_ListCustomRoutingListeners.html */
  ListCustomRoutingListeners: "L|||0;1;|||;",
  /** Grants permission to list the port mappings for a custom routing accelerator. Access level: List. Resources: accelerator*. https://docs.aws.amazon.com/global-accelerator/latest/api/API_ListCustomRoutingPortMappings.html */
  ListCustomRoutingPortMappings: "L|||0;1;|||;",
  /** Grants permission to list the port mappings for a specific endpoint IP address (a destination address) in a subnet. Access level: List. https://docs.aws.amazon.com/global-accelerator/latest/api/API_ListCustomRoutingPortMappingsByDestination.html */
  ListCustomRoutingPortMappingsByDestination: "L||||||;",
  /** Grants permission to list all endpoint groups associated with a standard accelerator listener. Access level: List. Resources: listener*. https://docs.aws.amazon.com/global-accelerator/latest/api/API_ListEndpointGroups.html */
  ListEndpointGroups: "L|||3;1;|||;",
  /** Grants permission to list all listeners associated with a standard accelerator. Access level: List. Resources: accelerator*. https://docs.aws.amazon.com/global-accelerator/latest/api/API_ListListeners.html */
  ListListeners: "L|||0;1;|||;",
  /** Grants permission to list tags for a globalaccelerator resource. Access level: Read. Resources: accelerator, attachment. https://docs.aws.amazon.com/global-accelerator/latest/api/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,1;0;|||;",
  /** Grants permission to provisions an address range for use with your accelerator through bring your own IP addresses (BYOIP). Access level: Write. https://docs.aws.amazon.com/global-accelerator/latest/api/API_ProvisionByoipCidr.html */
  ProvisionByoipCidr: "W||||||;",
  /** Grants permission to remove virtual private cloud (VPC) subnet endpoints from a custom routing accelerator endpoint group. Access level: Write. Resources: endpointgroup*. https://docs.aws.amazon.com/global-accelerator/latest/api/API_RemoveCustomRoutingEndpoints.html */
  RemoveCustomRoutingEndpoints: "W|||2;1;|||;",
  /** Grants permission to remove an endpoint from a standard accelerator endpoint group. Access level: Write. Resources: endpointgroup*. https://docs.aws.amazon.com/global-accelerator/latest/api/API_RemoveEndpoints.html */
  RemoveEndpoints: "W|||2;1;||1|;",
  /** Grants permission to add tags to a globalaccelerator resource. Access level: Tagging. Resources: accelerator, attachment. https://docs.aws.amazon.com/global-accelerator/latest/api/API_TagResource.html */
  TagResource: "T|||0;0;,1;0;|0,2||CreateAccelerator,CreateCrossAccountAttachment,CreateCustomRoutingAccelerator,;",
  /** Grants permission to remove tags from a globalaccelerator resource. Access level: Tagging. Resources: accelerator, attachment. https://docs.aws.amazon.com/global-accelerator/latest/api/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;|2||;",
  /** Grants permission to update a standard accelerator. Access level: Write. Resources: accelerator*. https://docs.aws.amazon.com/global-accelerator/latest/api/API_UpdateAccelerator.html */
  UpdateAccelerator: "W|||0;1;|||;",
  /** Grants permission to update a standard accelerator attributes. Access level: Write. Resources: accelerator*. https://docs.aws.amazon.com/global-accelerator/latest/api/API_UpdateAcceleratorAttributes.html */
  UpdateAcceleratorAttributes: "W|||0;1;|||;",
  /** Grants permission to update a CrossAccountAttachment. Access level: Write. Resources: attachment*. https://docs.aws.amazon.com/global-accelerator/latest/api/API_UpdateCrossAccountAttachment.html */
  UpdateCrossAccountAttachment: "W|||1;1;|||;",
  /** Grants permission to update a custom routing accelerator. Access level: Write. Resources: accelerator*. https://docs.aws.amazon.com/global-accelerator/latest/api/API_UpdateCustomRoutingAccelerator.html */
  UpdateCustomRoutingAccelerator: "W|||0;1;|||;",
  /** Grants permission to update the attributes for a custom routing accelerator. Access level: Write. Resources: accelerator*. https://docs.aws.amazon.com/global-accelerator/latest/api/API_UpdateCustomRoutingAcceleratorAttributes.html */
  UpdateCustomRoutingAcceleratorAttributes: "W|||0;1;|||;",
  /** Grants permission to update a listener for a custom routing accelerator. Access level: Write. Resources: listener*. https://docs.aws.amazon.com/global-accelerator/latest/api/API_UpdateCustomRoutingListener.html */
  UpdateCustomRoutingListener: "W|||3;1;|||;",
  /** Grants permission to update an endpoint group on a standard accelerator listener. Access level: Write. Resources: endpointgroup*. https://docs.aws.amazon.com/global-accelerator/latest/api/API_UpdateEndpointGroup.html */
  UpdateEndpointGroup: "W|||2;1;|||AddEndpoints,RemoveEndpoints,;",
  /** Grants permission to update a listener on a standard accelerator. Access level: Write. Resources: listener*. https://docs.aws.amazon.com/global-accelerator/latest/api/API_UpdateListener.html */
  UpdateListener: "W|||3;1;|||;",
  /** Grants permission to stops advertising a BYOIP IPv4 address. Access level: Write. https://docs.aws.amazon.com/global-accelerator/latest/api/API_WithdrawByoipCidr.html */
  WithdrawByoipCidr: "W||||||;",
} as const;
const actionDetails = {
  AddCustomRoutingEndpoints:
    "|,;~~~|Grants permission to add a virtual private cloud (VPC) subnet endpoint to a custom routing accelerator endpoint group",
  AddEndpoints: "|,;~~~|Grants permission to add an endpoint to a standard accelerator endpoint group",
  AdvertiseByoipCidr:
    "|,;~~~|Grants permission to advertises an IPv4 address range that is provisioned for use with your accelerator through bring your own IP addresses (BYOIP)",
  AllowCustomRoutingTraffic:
    "|,;~~~|Grants permission to allows custom routing of user traffic to a private destination IP:PORT in a specific VPC subnet",
  CreateAccelerator: "|,;~~~|Grants permission to create a standard accelerator",
  CreateCrossAccountAttachment: "|,;~~~|Grants permission to create a CrossAccountAttachment",
  CreateCustomRoutingAccelerator: "|,;~~~|Grants permission to create a Custom Routing accelerator",
  CreateCustomRoutingEndpointGroup:
    "|,;~~~|Grants permission to create an endpoint group for the specified listener for a custom routing accelerator",
  CreateCustomRoutingListener:
    "|,;~~~|Grants permission to create a listener to process inbound connections from clients to a custom routing accelerator",
  CreateEndpointGroup: "|,;~~~|Grants permission to add an endpoint group to a standard accelerator listener",
  CreateListener: "|,;~~~|Grants permission to add a listener to a standard accelerator",
  DeleteAccelerator: "|,;~~~|Grants permission to delete a standard accelerator",
  DeleteCrossAccountAttachment: "|,;~~~|Grants permission to delete a CrossAccountAttachment",
  DeleteCustomRoutingAccelerator: "|,;~~~|Grants permission to delete a custom routing accelerator",
  DeleteCustomRoutingEndpointGroup:
    "|,;~~~|Grants permission to delete an endpoint group from a listener for a custom routing accelerator",
  DeleteCustomRoutingListener: "|,;~~~|Grants permission to delete a listener for a custom routing accelerator",
  DeleteEndpointGroup:
    "|,;~~~|Grants permission to delete an endpoint group associated with a standard accelerator listener",
  DeleteListener: "|,;~~~|Grants permission to delete a listener from a standard accelerator",
  DenyCustomRoutingTraffic:
    "|,;~~~|Grants permission to disallows custom routing of user traffic to a private destination IP:PORT in a specific VPC subnet",
  DeprovisionByoipCidr:
    "|,;~~~|Grants permission to releases the specified address range that you provisioned for use with your accelerator through bring your own IP addresses (BYOIP)",
  DescribeAccelerator: "|,;~~~|Grants permissions to describe a standard accelerator",
  DescribeAcceleratorAttributes: "|,;~~~|Grants permission to describe a standard accelerator attributes",
  DescribeCrossAccountAttachment: "|,;~~~|Grants permissions to describe a CrossAccountAttachment",
  DescribeCustomRoutingAccelerator: "|,;~~~|Grants permission to describe a custom routing accelerator",
  DescribeCustomRoutingAcceleratorAttributes:
    "|,;~~~|Grants permission to describe the attributes of a custom routing accelerator",
  DescribeCustomRoutingEndpointGroup:
    "|,;~~~|Grants permission to describe an endpoint group for a custom routing accelerator",
  DescribeCustomRoutingListener: "|,;~~~|Grants permission to describe a listener for a custom routing accelerator",
  DescribeEndpointGroup: "|,;~~~|Grants permission to describe a standard accelerator endpoint group",
  DescribeListener: "|,;~~~|Grants permission to describe a standard accelerator listener",
  ListAccelerators: "|,;~~~|Grants permission to list all standard accelerators",
  ListByoipCidrs: "|,;~~~|Grants permission to list the BYOIP cidrs",
  ListCrossAccountAttachments: "|,;~~~|Grants permission to list all CrossAccountAttachments",
  ListCrossAccountResourceAccounts:
    "|,;~~~|Grants permission to list accounts with CrossAccountAttachments listing caller as a principal",
  ListCrossAccountResources: "|,;~~~|Grants permission to list all CrossAccountAttachment resources usable by caller",
  ListCustomRoutingAccelerators: "|,;~~~|Grants permission to list the custom routing accelerators for an AWS account",
  ListCustomRoutingEndpointGroups:
    "|,;~~~|Grants permission to list the endpoint groups that are associated with a listener for a custom routing accelerator",
  ListCustomRoutingListeners: "|,;~~~|Grants permission to list the listeners for a custom routing accelerator",
  ListCustomRoutingPortMappings: "|,;~~~|Grants permission to list the port mappings for a custom routing accelerator",
  ListCustomRoutingPortMappingsByDestination:
    "|,;~~~|Grants permission to list the port mappings for a specific endpoint IP address (a destination address) in a subnet",
  ListEndpointGroups:
    "|,;~~~|Grants permission to list all endpoint groups associated with a standard accelerator listener",
  ListListeners: "|,;~~~|Grants permission to list all listeners associated with a standard accelerator",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for a globalaccelerator resource",
  ProvisionByoipCidr:
    "|,;~~~|Grants permission to provisions an address range for use with your accelerator through bring your own IP addresses (BYOIP)",
  RemoveCustomRoutingEndpoints:
    "|,;~~~|Grants permission to remove virtual private cloud (VPC) subnet endpoints from a custom routing accelerator endpoint group",
  RemoveEndpoints: "|,;~~~|Grants permission to remove an endpoint from a standard accelerator endpoint group",
  TagResource: "|,;~~~,~~,~~,~~|Grants permission to add tags to a globalaccelerator resource",
  UntagResource: "|,;~~~|Grants permission to remove tags from a globalaccelerator resource",
  UpdateAccelerator: "|,;~~~|Grants permission to update a standard accelerator",
  UpdateAcceleratorAttributes: "|,;~~~|Grants permission to update a standard accelerator attributes",
  UpdateCrossAccountAttachment: "|,;~~~|Grants permission to update a CrossAccountAttachment",
  UpdateCustomRoutingAccelerator: "|,;~~~|Grants permission to update a custom routing accelerator",
  UpdateCustomRoutingAcceleratorAttributes:
    "|,;~~~|Grants permission to update the attributes for a custom routing accelerator",
  UpdateCustomRoutingListener: "|,;~~~|Grants permission to update a listener for a custom routing accelerator",
  UpdateEndpointGroup: "|,;~~~,~~,~~|Grants permission to update an endpoint group on a standard accelerator listener",
  UpdateListener: "|,;~~~|Grants permission to update a listener on a standard accelerator",
  WithdrawByoipCidr: "|,;~~~|Grants permission to stops advertising a BYOIP IPv4 address",
};
const resourceTypeFacts = {
  /** The accelerator resource type: arn:${Partition}:globalaccelerator::${Account}:accelerator/${ResourceId} */
  accelerator: "|,|1",
  /** The attachment resource type: arn:${Partition}:globalaccelerator::${Account}:attachment/${ResourceId} */
  attachment: "|,|1",
  /** The endpointgroup resource type: arn:${Partition}:globalaccelerator::${Account}:accelerator/${ResourceId}/listener/${ListenerId}/endpoint-group/${EndpointGroupId} */
  endpointgroup: "|,|1",
  /** The listener resource type: arn:${Partition}:globalaccelerator::${Account}:accelerator/${ResourceId}/listener/${ListenerId} */
  listener: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a accelerator resource: arn:${Partition}:globalaccelerator::${Account}:accelerator/${ResourceId}. */
  accelerator: "|,accelerator|arn:|Partition|:globalaccelerator::|Account|:accelerator/|ResourceId|",
  /** ARN of a attachment resource: arn:${Partition}:globalaccelerator::${Account}:attachment/${ResourceId}. */
  attachment: "|,attachment|arn:|Partition|:globalaccelerator::|Account|:attachment/|ResourceId|",
  /** ARN of a endpointgroup resource: arn:${Partition}:globalaccelerator::${Account}:accelerator/${ResourceId}/listener/${ListenerId}/endpoint-group/${EndpointGroupId}. */
  endpointgroup:
    "|,endpointgroup|arn:|Partition|:globalaccelerator::|Account|:accelerator/|ResourceId|/listener/|ListenerId|/endpoint-group/|EndpointGroupId|",
  /** ARN of a listener resource: arn:${Partition}:globalaccelerator::${Account}:accelerator/${ResourceId}/listener/${ListenerId}. */
  listener: "|,listener|arn:|Partition|:globalaccelerator::|Account|:accelerator/|ResourceId|/listener/|ListenerId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["accelerator", "attachment", "endpointgroup", "listener"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "globalaccelerator">;
/** Any globalaccelerator action. */
export type Action = ActionOf<typeof actionFacts, "globalaccelerator">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "globalaccelerator">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "globalaccelerator" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every globalaccelerator action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "globalaccelerator",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
