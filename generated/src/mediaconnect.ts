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
export const prefix: "mediaconnect" = "mediaconnect";
/** The service's name in the reference. */
export const serviceName: "AWS Elemental MediaConnect" = "AWS Elemental MediaConnect";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Elemental MediaConnect",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awselementalmediaconnect.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [
  "ec2:CreateNetworkInterface",
  "iam:CreateServiceLinkedRole",
  "iam:PassRole",
  "mediaconnect:AssociateRouterNetworkInterface",
  "mediaconnect:TagResource",
  "mediaconnect:UpdateFlowOutput",
  "mediaconnect:UpdateFlowSource",
  "medialive:UpdateInput",
] as const;
const actionFacts = {
  /** Grants permission to add outputs to an existing bridge. Access level: Write. Resources: Bridge*. https://docs.aws.amazon.com/mediaconnect/latest/api/API_AddBridgeOutputs.html */
  AddBridgeOutputs: "W|||0;1;|||;,CreateBridge",
  /** Grants permission to add sources to an existing bridge. Access level: Write. Resources: Bridge*. https://docs.aws.amazon.com/mediaconnect/latest/api/API_AddBridgeSources.html */
  AddBridgeSources: "W|||0;1;|||;,CreateBridge",
  /** Grants permission to add media streams to any flow. Access level: Write. Resources: Flow*, MediaStream*. https://docs.aws.amazon.com/mediaconnect/latest/api/API_AddFlowMediaStreams.html */
  AddFlowMediaStreams: "W|||2;1;,5;1;|0,2|4|;,CreateFlow",
  /** Grants permission to add outputs to any flow. Access level: Write. Resources: Flow*, Output*. https://docs.aws.amazon.com/mediaconnect/latest/api/API_AddFlowOutputs.html */
  AddFlowOutputs: "W|||2;1;,7;1;|0,2|2,4|;,CreateFlow",
  /** Grants permission to add sources to any flow. Access level: Write. Resources: Flow*, Source*. https://docs.aws.amazon.com/mediaconnect/latest/api/API_AddFlowSources.html */
  AddFlowSources: "W|||2;1;,12;1;|0,2|2,4|;,CreateFlow",
  /** Grants permission to add VPC interfaces to any flow. Access level: Write. Resources: Flow*, VpcInterface*. https://docs.aws.amazon.com/mediaconnect/latest/api/API_AddFlowVpcInterfaces.html */
  AddFlowVpcInterfaces: "W|||2;1;,13;1;|0,2|2,4|;,CreateFlow",
  /** Grants permission to associate a router network interface. Access level: Write. https://docs.aws.amazon.com/mediaconnect/latest/api/API_AssociateRouterNetworkInterface.html */
  AssociateRouterNetworkInterface: "W||||||CreateRouterInput,CreateRouterOutput,UpdateRouterInput,UpdateRouterOutput",
  /** Grants permission to create bridges. Access level: Write. Resources: Bridge*. https://docs.aws.amazon.com/mediaconnect/latest/api/API_CreateBridge.html */
  CreateBridge: "W|||0;1;||mediaconnect:AddBridgeOutputs,mediaconnect:AddBridgeSources|;",
  /** Grants permission to create flows. Access level: Write. Resources: Flow*. https://docs.aws.amazon.com/mediaconnect/latest/api/API_CreateFlow.html */
  CreateFlow:
    "W|||2;1;|0,2|2,mediaconnect:AddFlowMediaStreams,mediaconnect:AddFlowOutputs,mediaconnect:AddFlowSources,mediaconnect:AddFlowVpcInterfaces,mediaconnect:GrantFlowEntitlements,4|;",
  /** Grants permission to create gateways. Access level: Write. Resources: Gateway*. https://docs.aws.amazon.com/mediaconnect/latest/api/API_CreateGateway.html */
  CreateGateway: "W|||3;1;|||;",
  /** Grants permission to create a new router input in AWS Elemental MediaConnect. Access level: Write. Resources: RouterInput*. https://docs.aws.amazon.com/mediaconnect/latest/api/API_CreateRouterInput.html */
  CreateRouterInput: "W|||9;1;|0,2|0,2,3,mediaconnect:CreateRouterInput,4,5|;",
  /** Grants permission to create a new router network interface in AWS Elemental MediaConnect. Access level: Write. Resources: RouterNetworkInterface*. https://docs.aws.amazon.com/mediaconnect/latest/api/API_CreateRouterNetworkInterface.html */
  CreateRouterNetworkInterface: "W|||10;1;|0,2|1,mediaconnect:CreateRouterNetworkInterface,4|;",
  /** Grants permission to create a new router output in AWS Elemental MediaConnect. Access level: Write. Resources: RouterOutput*. https://docs.aws.amazon.com/mediaconnect/latest/api/API_CreateRouterOutput.html */
  CreateRouterOutput: "W|||11;1;|0,2|0,2,3,mediaconnect:CreateRouterOutput,4,6,7|;",
  /** Grants permission to delete bridges. Access level: Write. Resources: Bridge*. https://docs.aws.amazon.com/mediaconnect/latest/api/API_DeleteBridge.html */
  DeleteBridge: "W|||0;1;||mediaconnect:RemoveBridgeOutput,mediaconnect:RemoveBridgeSource|;",
  /** Grants permission to delete flows. Access level: Write. Resources: Flow*. https://docs.aws.amazon.com/mediaconnect/latest/api/API_DeleteFlow.html */
  DeleteFlow:
    "W|||2;1;||mediaconnect:RemoveFlowMediaStream,mediaconnect:RemoveFlowOutput,mediaconnect:RemoveFlowSource,mediaconnect:RemoveFlowVpcInterface,mediaconnect:RevokeFlowEntitlement|;",
  /** Grants permission to delete gateways. Access level: Write. Resources: Gateway*. https://docs.aws.amazon.com/mediaconnect/latest/api/API_DeleteGateway.html */
  DeleteGateway: "W|||3;1;|||;",
  /** Grants permission to delete a router input in AWS Elemental MediaConnect. Access level: Write. Resources: RouterInput*. https://docs.aws.amazon.com/mediaconnect/latest/api/API_DeleteRouterInput.html */
  DeleteRouterInput: "W|||9;1;|||;",
  /** Grants permission to delete a router network interface from AWS Elemental MediaConnect. Access level: Write. Resources: RouterNetworkInterface*. https://docs.aws.amazon.com/mediaconnect/latest/api/API_DeleteRouterNetworkInterface.html */
  DeleteRouterNetworkInterface: "W|||10;1;|||;",
  /** Grants permission to delete a router output from AWS Elemental MediaConnect. Access level: Write. Resources: RouterOutput*. https://docs.aws.amazon.com/mediaconnect/latest/api/API_DeleteRouterOutput.html */
  DeleteRouterOutput: "W|||11;1;|||;",
  /** Grants permission to deregister gateway instance. Access level: Write. Resources: GatewayInstance*. https://docs.aws.amazon.com/mediaconnect/latest/api/API_DeregisterGatewayInstance.html */
  DeregisterGatewayInstance: "W|||4;1;|||;",
  /** Grants permission to display the details of a bridge. Access level: Read. Resources: Bridge*. https://docs.aws.amazon.com/mediaconnect/latest/api/API_DescribeBridge.html */
  DescribeBridge: "R|||0;1;|||;",
  /** Grants permission to display the details of a flow including the flow ARN, name, and Availability Zone, as well as details about the source, outputs, and entitlements. Access level: Read. Resources: Flow*. https://docs.aws.amazon.com/mediaconnect/latest/api/API_DescribeFlow.html */
  DescribeFlow: "R|||2;1;|||;",
  /** Grants permission to view information about the flow's source transport stream and programs. Access level: Read. Resources: Flow*. https://docs.aws.amazon.com/mediaconnect/latest/api/API_DescribeFlowSourceMetadata.html */
  DescribeFlowSourceMetadata: "R|||2;1;|||;",
  /** Grants permission to view flow's source thumbnail. Access level: Read. Resources: Flow*. https://docs.aws.amazon.com/mediaconnect/latest/api/API_DescribeFlowSourceThumbnail.html */
  DescribeFlowSourceThumbnail: "R|||2;1;|||;",
  /** Grants permission to display the details of a gateway including the gateway ARN, name, and CIDR blocks, as well as details about the networks. Access level: Read. Resources: Gateway*. https://docs.aws.amazon.com/mediaconnect/latest/api/API_DescribeGateway.html */
  DescribeGateway: "R|||3;1;|||;",
  /** Grants permission to display the details of a gateway instance. Access level: Read. Resources: GatewayInstance*. https://docs.aws.amazon.com/mediaconnect/latest/api/API_DescribeGatewayInstance.html */
  DescribeGatewayInstance: "R|||4;1;|||;",
  /** Grants permission to display the details of an offering. Access level: Read. Resources: Offering*. https://docs.aws.amazon.com/mediaconnect/latest/api/API_DescribeOffering.html */
  DescribeOffering: "R|||6;1;|||;",
  /** Grants permission to display the details of a reservation. Access level: Read. Resources: Reservation*. https://docs.aws.amazon.com/mediaconnect/latest/api/API_DescribeReservation.html */
  DescribeReservation: "R|||8;1;|||;",
  /** Grants permission to discover gateway poll endpoint. Access level: Read. Resources: Gateway*. https://docs.aws.amazon.com/mediaconnect/latest/api/API_DiscoverGatewayPollEndpoint.html */
  DiscoverGatewayPollEndpoint: "R|||3;1;|||",
  /** Grants permission to retrieve information about a specific router input in AWS Elemental MediaConnect. Access level: Read. Resources: RouterInput*. https://docs.aws.amazon.com/mediaconnect/latest/api/API_GetRouterInput.html */
  GetRouterInput: "R|||9;1;|||BatchGetRouterInput,;",
  /** Grants permission to retrieve metadata about a router input source in AWS Elemental MediaConnect. Access level: Read. Resources: RouterInput*. https://docs.aws.amazon.com/mediaconnect/latest/api/API_GetRouterInputSourceMetadata.html */
  GetRouterInputSourceMetadata: "R|||9;1;|||;",
  /** Grants permission to retrieve the thumbnail for a router input in AWS Elemental MediaConnect. Access level: Read. Resources: RouterInput*. https://docs.aws.amazon.com/mediaconnect/latest/api/API_GetRouterInputThumbnail.html */
  GetRouterInputThumbnail: "R|||9;1;|||;",
  /** Grants permission to retrieve information about a specific router network interface in AWS Elemental MediaConnect. Access level: Read. Resources: RouterNetworkInterface*. https://docs.aws.amazon.com/mediaconnect/latest/api/API_GetRouterNetworkInterface.html */
  GetRouterNetworkInterface: "R|||10;1;|||BatchGetRouterNetworkInterface,;",
  /** Grants permission to retrieve information about a specific router output in AWS Elemental MediaConnect. Access level: Read. Resources: RouterOutput*. https://docs.aws.amazon.com/mediaconnect/latest/api/API_GetRouterOutput.html */
  GetRouterOutput: "R|||11;1;|||BatchGetRouterOutput,;",
  /** Grants permission to grant entitlements on any flow. Access level: Write. Resources: Entitlement*, Flow*. https://docs.aws.amazon.com/mediaconnect/latest/api/API_GrantFlowEntitlements.html */
  GrantFlowEntitlements: "W|||1;1;,2;1;|0,2|2,4|CreateFlow,;",
  /** Grants permission to display a list of bridges that are associated with this account and an optionally specified Arn. Access level: List. https://docs.aws.amazon.com/mediaconnect/latest/api/API_ListBridges.html */
  ListBridges: "L||||||;",
  /** Grants permission to display a list of all entitlements that have been granted to the account. Access level: List. https://docs.aws.amazon.com/mediaconnect/latest/api/API_ListEntitlements.html */
  ListEntitlements: "L||||||;",
  /** Grants permission to display a list of flows that are associated with this account. Access level: List. https://docs.aws.amazon.com/mediaconnect/latest/api/API_ListFlows.html */
  ListFlows: "L||||||;",
  /** Grants permission to display a list of instances that are associated with this gateway. Access level: List. https://docs.aws.amazon.com/mediaconnect/latest/api/API_ListGatewayInstances.html */
  ListGatewayInstances: "L||||||;",
  /** Grants permission to display a list of gateways that are associated with this account. Access level: List. https://docs.aws.amazon.com/mediaconnect/latest/api/API_ListGateways.html */
  ListGateways: "L||||||;",
  /** Grants permission to display a list of all offerings that are available to the account in the current AWS Region. Access level: List. https://docs.aws.amazon.com/mediaconnect/latest/api/API_ListOfferings.html */
  ListOfferings: "L||||||;",
  /** Grants permission to display a list of all reservations that have been purchased by the account in the current AWS Region. Access level: List. https://docs.aws.amazon.com/mediaconnect/latest/api/API_ListReservations.html */
  ListReservations: "L||||||;",
  /** Grants permission to retrieve a list of router inputs in AWS Elemental MediaConnect. Access level: List. https://docs.aws.amazon.com/mediaconnect/latest/api/API_ListRouterInputs.html */
  ListRouterInputs: "L||||||;",
  /** Grants permission to retrieve a list of router network interfaces in AWS Elemental MediaConnect. Access level: List. https://docs.aws.amazon.com/mediaconnect/latest/api/API_ListRouterNetworkInterfaces.html */
  ListRouterNetworkInterfaces: "L||||||;",
  /** Grants permission to retrieve a list of router outputs in AWS Elemental MediaConnect. Access level: List. https://docs.aws.amazon.com/mediaconnect/latest/api/API_ListRouterOutputs.html */
  ListRouterOutputs: "L||||||;",
  /** Grants permission to display a list of all tags associated with a resource. Access level: Read. https://docs.aws.amazon.com/mediaconnect/latest/api/API_ListTagsForResource.html */
  ListTagsForResource: "R||||||;",
  /** Grants permission to poll gateway. Access level: Write. https://docs.aws.amazon.com/mediaconnect/latest/api/API_PollGateway.html */
  PollGateway: "W||||||",
  /** Grants permission to purchase an offering. Access level: Write. Resources: Reservation*. https://docs.aws.amazon.com/mediaconnect/latest/api/API_PurchaseOffering.html */
  PurchaseOffering: "W|||8;1;|||;",
  /** Grants permission to remove an output of an existing bridge. Access level: Write. Resources: Bridge*. https://docs.aws.amazon.com/mediaconnect/latest/api/API_RemoveBridgeOutput.html */
  RemoveBridgeOutput: "W|||0;1;|||DeleteBridge,;",
  /** Grants permission to remove a source of an existing bridge. Access level: Write. Resources: Bridge*. https://docs.aws.amazon.com/mediaconnect/latest/api/API_RemoveBridgeSource.html */
  RemoveBridgeSource: "W|||0;1;|||DeleteBridge,;",
  /** Grants permission to remove media streams from any flow. Access level: Write. Resources: Flow*, MediaStream*. https://docs.aws.amazon.com/mediaconnect/latest/api/API_RemoveFlowMediaStream.html */
  RemoveFlowMediaStream: "W|||2;1;,5;1;|||DeleteFlow,;",
  /** Grants permission to remove outputs from any flow. Access level: Write. Resources: Flow*, Output*. https://docs.aws.amazon.com/mediaconnect/latest/api/API_RemoveFlowOutput.html */
  RemoveFlowOutput: "W|||2;1;,7;1;|||DeleteFlow,;",
  /** Grants permission to remove sources from any flow. Access level: Write. Resources: Flow*, Source*. https://docs.aws.amazon.com/mediaconnect/latest/api/API_RemoveFlowSource.html */
  RemoveFlowSource: "W|||2;1;,12;1;|||DeleteFlow,;",
  /** Grants permission to remove VPC interfaces from any flow. Access level: Write. Resources: Flow*, VpcInterface*. https://docs.aws.amazon.com/mediaconnect/latest/api/API_RemoveFlowVpcInterface.html */
  RemoveFlowVpcInterface: "W|||2;1;,13;1;|||DeleteFlow,;",
  /** Grants permission to restart a router input in AWS Elemental MediaConnect. Access level: Write. Resources: RouterInput*. https://docs.aws.amazon.com/mediaconnect/latest/api/API_RestartRouterInput.html */
  RestartRouterInput: "W|||9;1;|||;",
  /** Grants permission to restart a router output in AWS Elemental MediaConnect. Access level: Write. Resources: RouterOutput*. https://docs.aws.amazon.com/mediaconnect/latest/api/API_RestartRouterOutput.html */
  RestartRouterOutput: "W|||11;1;|||;",
  /** Grants permission to revoke entitlements on any flow. Access level: Write. Resources: Entitlement*, Flow*. https://docs.aws.amazon.com/mediaconnect/latest/api/API_RevokeFlowEntitlement.html */
  RevokeFlowEntitlement: "W|||1;1;,2;1;|||DeleteFlow,;",
  /** Grants permission to start flows. Access level: Write. Resources: Flow*. https://docs.aws.amazon.com/mediaconnect/latest/api/API_StartFlow.html */
  StartFlow: "W|||2;1;|||;",
  /** Grants permission to start a router input in AWS Elemental MediaConnect. Access level: Write. Resources: RouterInput*. https://docs.aws.amazon.com/mediaconnect/latest/api/API_StartRouterInput.html */
  StartRouterInput: "W|||9;1;|||;",
  /** Grants permission to start a router output in AWS Elemental MediaConnect. Access level: Write. Resources: RouterOutput*. https://docs.aws.amazon.com/mediaconnect/latest/api/API_StartRouterOutput.html */
  StartRouterOutput: "W|||11;1;|||;",
  /** Grants permission to stop flows. Access level: Write. Resources: Flow*. https://docs.aws.amazon.com/mediaconnect/latest/api/API_StopFlow.html */
  StopFlow: "W|||2;1;|||;",
  /** Grants permission to stop a router input in AWS Elemental MediaConnect. Access level: Write. Resources: RouterInput*. https://docs.aws.amazon.com/mediaconnect/latest/api/API_StopRouterInput.html */
  StopRouterInput: "W|||9;1;|||;",
  /** Grants permission to stops a router output in AWS Elemental MediaConnect. Access level: Write. Resources: RouterOutput*. https://docs.aws.amazon.com/mediaconnect/latest/api/API_StopRouterOutput.html */
  StopRouterOutput: "W|||11;1;|||;",
  /** Grants permission to submit gateway state change. Access level: Write. https://docs.aws.amazon.com/mediaconnect/latest/api/API_SubmitGatewayStateChange.html */
  SubmitGatewayStateChange: "W||||||",
  /** Grants permission to associate tags with resources. Access level: Tagging. Resources: Entitlement, Flow, MediaStream, Output, RouterInput, RouterNetworkInterface, RouterOutput, Source, VpcInterface. https://docs.aws.amazon.com/mediaconnect/latest/api/API_TagResource.html */
  TagResource:
    "T|||1;0;,2;0;,5;0;,7;0;,9;0;,10;0;,11;0;,12;0;,13;0;|0,2||AddFlowMediaStreams,AddFlowOutputs,AddFlowSources,AddFlowVpcInterfaces,CreateFlow,CreateRouterInput,CreateRouterNetworkInterface,CreateRouterOutput,GrantFlowEntitlements,;",
  /** Grants permission to associate a router input with a router output in AWS Elemental MediaConnect. Access level: Write. Resources: RouterOutput*. https://docs.aws.amazon.com/mediaconnect/latest/api/API_TakeRouterInput.html */
  TakeRouterInput: "W|||11;1;|||;",
  /** Grants permission to remove tags from resources. Access level: Tagging. Resources: Entitlement, Flow, MediaStream, Output, RouterInput, RouterNetworkInterface, RouterOutput, Source, VpcInterface. https://docs.aws.amazon.com/mediaconnect/latest/api/API_UntagResource.html */
  UntagResource: "T|||1;0;,2;0;,5;0;,7;0;,9;0;,10;0;,11;0;,12;0;,13;0;|2||;",
  /** Grants permission to update bridges. Access level: Write. Resources: Bridge*. https://docs.aws.amazon.com/mediaconnect/latest/api/API_UpdateBridge.html */
  UpdateBridge: "W|||0;1;|||;",
  /** Grants permission to update an output of an existing bridge. Access level: Write. Resources: Bridge*. https://docs.aws.amazon.com/mediaconnect/latest/api/API_UpdateBridgeOutput.html */
  UpdateBridgeOutput: "W|||0;1;|||;",
  /** Grants permission to update a source of an existing bridge. Access level: Write. Resources: Bridge*. https://docs.aws.amazon.com/mediaconnect/latest/api/API_UpdateBridgeSource.html */
  UpdateBridgeSource: "W|||0;1;|||;",
  /** Grants permission to update the state of an existing bridge. Access level: Write. Resources: Bridge*. https://docs.aws.amazon.com/mediaconnect/latest/api/API_UpdateBridgeState.html */
  UpdateBridgeState: "W|||0;1;|||;",
  /** Grants permission to update flows. Access level: Write. Resources: Flow*. https://docs.aws.amazon.com/mediaconnect/latest/api/API_UpdateFlow.html */
  UpdateFlow: "W|||2;1;|||;",
  /** Grants permission to update entitlements on any flow. Access level: Write. Resources: Flow*. https://docs.aws.amazon.com/mediaconnect/latest/api/API_UpdateFlowEntitlement.html */
  UpdateFlowEntitlement: "W|||2;1;||2|;",
  /** Grants permission to update media streams on any flow. Access level: Write. Resources: Flow*, MediaStream*. https://docs.aws.amazon.com/mediaconnect/latest/api/API_UpdateFlowMediaStream.html */
  UpdateFlowMediaStream: "W|||2;1;,5;1;|||;",
  /** Grants permission to update outputs on any flow. Access level: Write. Resources: Flow*, Output*. https://docs.aws.amazon.com/mediaconnect/latest/api/API_UpdateFlowOutput.html */
  UpdateFlowOutput: "W|||2;1;,7;1;||2|CreateRouterInput,;,UpdateRouterInput",
  /** Grants permission to update the source of any flow. Access level: Write. Resources: Flow*, Source*. https://docs.aws.amazon.com/mediaconnect/latest/api/API_UpdateFlowSource.html */
  UpdateFlowSource: "W|||2;1;,12;1;||2|CreateRouterOutput,;,UpdateRouterOutput",
  /** Grants permission to update the configuration of an existing Gateway Instance. Access level: Write. Resources: GatewayInstance*. https://docs.aws.amazon.com/mediaconnect/latest/api/API_UpdateGatewayInstance.html */
  UpdateGatewayInstance: "W|||4;1;|||;",
  /** Grants permission to update the configuration of a router input in AWS Elemental MediaConnect. Access level: Write. Resources: RouterInput*. https://docs.aws.amazon.com/mediaconnect/latest/api/API_UpdateRouterInput.html */
  UpdateRouterInput: "W|||9;1;||0,2,3,5,mediaconnect:UpdateRouterInput|;",
  /** Grants permission to updated the configuration of a router network interface in AWS Elemental MediaConnect. Access level: Write. Resources: RouterNetworkInterface*. https://docs.aws.amazon.com/mediaconnect/latest/api/API_UpdateRouterNetworkInterface.html */
  UpdateRouterNetworkInterface: "W|||10;1;||1,mediaconnect:UpdateRouterNetworkInterface|;",
  /** Grants permission to update the configuration of a router output in AWS Elemental MediaConnect. Access level: Write. Resources: RouterOutput*. https://docs.aws.amazon.com/mediaconnect/latest/api/API_UpdateRouterOutput.html */
  UpdateRouterOutput: "W|||11;1;||0,2,3,6,mediaconnect:UpdateRouterOutput,7|;",
} as const;
const actionDetails = {
  AddBridgeOutputs: "|,;~~~,~~|Grants permission to add outputs to an existing bridge",
  AddBridgeSources: "|,;~~~,~~|Grants permission to add sources to an existing bridge",
  AddFlowMediaStreams: "|,;~~~,~~|Grants permission to add media streams to any flow",
  AddFlowOutputs: "|,;~~~,~~|Grants permission to add outputs to any flow",
  AddFlowSources: "|,;~~~,~~|Grants permission to add sources to any flow",
  AddFlowVpcInterfaces: "|,;~~~,~~|Grants permission to add VPC interfaces to any flow",
  AssociateRouterNetworkInterface: "|,;~~~,~~,~~,~~|Grants permission to associate a router network interface",
  CreateBridge: "|,;~~~|Grants permission to create bridges",
  CreateFlow: "|,;~~~|Grants permission to create flows",
  CreateGateway: "|,;~~~|Grants permission to create gateways",
  CreateRouterInput: "|,;~~~|Grants permission to create a new router input in AWS Elemental MediaConnect",
  CreateRouterNetworkInterface:
    "|,;~~~|Grants permission to create a new router network interface in AWS Elemental MediaConnect",
  CreateRouterOutput: "|,;~~~|Grants permission to create a new router output in AWS Elemental MediaConnect",
  DeleteBridge: "|,;~~~|Grants permission to delete bridges",
  DeleteFlow: "|,;~~~|Grants permission to delete flows",
  DeleteGateway: "|,;~~~|Grants permission to delete gateways",
  DeleteRouterInput: "|,;~~~|Grants permission to delete a router input in AWS Elemental MediaConnect",
  DeleteRouterNetworkInterface:
    "|,;~~~|Grants permission to delete a router network interface from AWS Elemental MediaConnect",
  DeleteRouterOutput: "|,;~~~|Grants permission to delete a router output from AWS Elemental MediaConnect",
  DeregisterGatewayInstance: "|,;~~~|Grants permission to deregister gateway instance",
  DescribeBridge: "|,;~~~|Grants permission to display the details of a bridge",
  DescribeFlow:
    "|,;~~~|Grants permission to display the details of a flow including the flow ARN, name, and Availability Zone, as well as details about the source, outputs, and entitlements",
  DescribeFlowSourceMetadata:
    "|,;~~~|Grants permission to view information about the flow's source transport stream and programs",
  DescribeFlowSourceThumbnail: "|,;~~~|Grants permission to view flow's source thumbnail",
  DescribeGateway:
    "|,;~~~|Grants permission to display the details of a gateway including the gateway ARN, name, and CIDR blocks, as well as details about the networks",
  DescribeGatewayInstance: "|,;~~~|Grants permission to display the details of a gateway instance",
  DescribeOffering: "|,;~~~|Grants permission to display the details of an offering",
  DescribeReservation: "|,;~~~|Grants permission to display the details of a reservation",
  DiscoverGatewayPollEndpoint: "|,;~|Grants permission to discover gateway poll endpoint",
  GetRouterInput:
    "|,;~~~,~~|Grants permission to retrieve information about a specific router input in AWS Elemental MediaConnect",
  GetRouterInputSourceMetadata:
    "|,;~~~|Grants permission to retrieve metadata about a router input source in AWS Elemental MediaConnect",
  GetRouterInputThumbnail:
    "|,;~~~|Grants permission to retrieve the thumbnail for a router input in AWS Elemental MediaConnect",
  GetRouterNetworkInterface:
    "|,;~~~,~~|Grants permission to retrieve information about a specific router network interface in AWS Elemental MediaConnect",
  GetRouterOutput:
    "|,;~~~,~~|Grants permission to retrieve information about a specific router output in AWS Elemental MediaConnect",
  GrantFlowEntitlements: "|,;~~~,~~|Grants permission to grant entitlements on any flow",
  ListBridges:
    "|,;~~~|Grants permission to display a list of bridges that are associated with this account and an optionally specified Arn",
  ListEntitlements:
    "|,;~~~|Grants permission to display a list of all entitlements that have been granted to the account",
  ListFlows: "|,;~~~|Grants permission to display a list of flows that are associated with this account",
  ListGatewayInstances: "|,;~~~|Grants permission to display a list of instances that are associated with this gateway",
  ListGateways: "|,;~~~|Grants permission to display a list of gateways that are associated with this account",
  ListOfferings:
    "|,;~~~|Grants permission to display a list of all offerings that are available to the account in the current AWS Region",
  ListReservations:
    "|,;~~~|Grants permission to display a list of all reservations that have been purchased by the account in the current AWS Region",
  ListRouterInputs: "|,;~~~|Grants permission to retrieve a list of router inputs in AWS Elemental MediaConnect",
  ListRouterNetworkInterfaces:
    "|,;~~~|Grants permission to retrieve a list of router network interfaces in AWS Elemental MediaConnect",
  ListRouterOutputs: "|,;~~~|Grants permission to retrieve a list of router outputs in AWS Elemental MediaConnect",
  ListTagsForResource: "|,;~~~|Grants permission to display a list of all tags associated with a resource",
  PollGateway: "|,;~|Grants permission to poll gateway",
  PurchaseOffering: "|,;~~~|Grants permission to purchase an offering",
  RemoveBridgeOutput: "|,;~~~,~~|Grants permission to remove an output of an existing bridge",
  RemoveBridgeSource: "|,;~~~,~~|Grants permission to remove a source of an existing bridge",
  RemoveFlowMediaStream: "|,;~~~,~~|Grants permission to remove media streams from any flow",
  RemoveFlowOutput: "|,;~~~,~~|Grants permission to remove outputs from any flow",
  RemoveFlowSource: "|,;~~~,~~|Grants permission to remove sources from any flow",
  RemoveFlowVpcInterface: "|,;~~~,~~|Grants permission to remove VPC interfaces from any flow",
  RestartRouterInput: "|,;~~~|Grants permission to restart a router input in AWS Elemental MediaConnect",
  RestartRouterOutput: "|,;~~~|Grants permission to restart a router output in AWS Elemental MediaConnect",
  RevokeFlowEntitlement: "|,;~~~,~~|Grants permission to revoke entitlements on any flow",
  StartFlow: "|,;~~~|Grants permission to start flows",
  StartRouterInput: "|,;~~~|Grants permission to start a router input in AWS Elemental MediaConnect",
  StartRouterOutput: "|,;~~~|Grants permission to start a router output in AWS Elemental MediaConnect",
  StopFlow: "|,;~~~|Grants permission to stop flows",
  StopRouterInput: "|,;~~~|Grants permission to stop a router input in AWS Elemental MediaConnect",
  StopRouterOutput: "|,;~~~|Grants permission to stops a router output in AWS Elemental MediaConnect",
  SubmitGatewayStateChange: "|,;~|Grants permission to submit gateway state change",
  TagResource: "|,;~~~,~~,~~,~~,~~,~~,~~,~~,~~,~~|Grants permission to associate tags with resources",
  TakeRouterInput:
    "|,;~~~|Grants permission to associate a router input with a router output in AWS Elemental MediaConnect",
  UntagResource: "|,;~~~|Grants permission to remove tags from resources",
  UpdateBridge: "|,;~~~|Grants permission to update bridges",
  UpdateBridgeOutput: "|,;~~~|Grants permission to update an output of an existing bridge",
  UpdateBridgeSource: "|,;~~~|Grants permission to update a source of an existing bridge",
  UpdateBridgeState: "|,;~~~|Grants permission to update the state of an existing bridge",
  UpdateFlow: "|,;~~~|Grants permission to update flows",
  UpdateFlowEntitlement: "|,;~~~|Grants permission to update entitlements on any flow",
  UpdateFlowMediaStream: "|,;~~~|Grants permission to update media streams on any flow",
  UpdateFlowOutput: "|,;~~~,~~,~~|Grants permission to update outputs on any flow",
  UpdateFlowSource: "|,;~~~,~~,~~|Grants permission to update the source of any flow",
  UpdateGatewayInstance: "|,;~~~|Grants permission to update the configuration of an existing Gateway Instance",
  UpdateRouterInput:
    "|,;~~~|Grants permission to update the configuration of a router input in AWS Elemental MediaConnect",
  UpdateRouterNetworkInterface:
    "|,;~~~|Grants permission to updated the configuration of a router network interface in AWS Elemental MediaConnect",
  UpdateRouterOutput:
    "|,;~~~|Grants permission to update the configuration of a router output in AWS Elemental MediaConnect",
};
const resourceTypeFacts = {
  /** The Bridge resource type: arn:${Partition}:mediaconnect:${Region}:${Account}:bridge:${BridgeId}:${BridgeName} */
  Bridge: "|,bridge|",
  /** The Entitlement resource type: arn:${Partition}:mediaconnect:${Region}:${Account}:entitlement:${FlowId}:${EntitlementName} */
  Entitlement: "|,entitlement|1",
  /** The Flow resource type: arn:${Partition}:mediaconnect:${Region}:${Account}:flow:${FlowId}:${FlowName} */
  Flow: "|,flow|1",
  /** The Gateway resource type: arn:${Partition}:mediaconnect:${Region}:${Account}:gateway:${GatewayId}:${GatewayName} */
  Gateway: "|,gateway|",
  /** The GatewayInstance resource type: arn:${Partition}:mediaconnect:${Region}:${Account}:gateway:${GatewayId}:${GatewayName}:instance:${InstanceId} */
  GatewayInstance: "|,gatewayInstance|",
  /** The MediaStream resource type: arn:${Partition}:mediaconnect:${Region}:${Account}:flow:${FlowId}:${FlowName}/mediaStream/${MediaStreamName} */
  MediaStream: "|,mediaStream|1",
  /** The Offering resource type: arn:${Partition}:mediaconnect:${Region}:offering:${OfferingId} */
  Offering: "|,offering|",
  /** The Output resource type: arn:${Partition}:mediaconnect:${Region}:${Account}:output:${OutputId}:${OutputName} */
  Output: "|,output|1",
  /** The Reservation resource type: arn:${Partition}:mediaconnect:${Region}:${Account}:reservation:${ReservationId}:${ReservationName} */
  Reservation: "|,reservation|",
  /** The RouterInput resource type: arn:${Partition}:mediaconnect:${Region}:${Account}:routerInput:${RouterInputId} */
  RouterInput: "|,routerInput|1",
  /** The RouterNetworkInterface resource type: arn:${Partition}:mediaconnect:${Region}:${Account}:routerNetworkInterface:${RouterNetworkInterfaceId} */
  RouterNetworkInterface: "|,routerNetworkInterface|1",
  /** The RouterOutput resource type: arn:${Partition}:mediaconnect:${Region}:${Account}:routerOutput:${RouterOutputId} */
  RouterOutput: "|,routerOutput|1",
  /** The Source resource type: arn:${Partition}:mediaconnect:${Region}:${Account}:source:${SourceId}:${SourceName} */
  Source: "|,source|1",
  /** The VpcInterface resource type: arn:${Partition}:mediaconnect:${Region}:${Account}:flow:${FlowId}:${FlowName}/vpcInterface/${VpcInterfaceName} */
  VpcInterface: "|,vpcInterface|1",
} as const;
const arnFormats = {
  /** ARN of a Bridge resource: arn:${Partition}:mediaconnect:${Region}:${Account}:bridge:${BridgeId}:${BridgeName}. */
  bridge: "|,Bridge|arn:|Partition|:mediaconnect:|Region|:|Account|:bridge:|BridgeId|:|BridgeName|",
  /** ARN of a Entitlement resource: arn:${Partition}:mediaconnect:${Region}:${Account}:entitlement:${FlowId}:${EntitlementName}. */
  entitlement: "|,Entitlement|arn:|Partition|:mediaconnect:|Region|:|Account|:entitlement:|FlowId|:|EntitlementName|",
  /** ARN of a Flow resource: arn:${Partition}:mediaconnect:${Region}:${Account}:flow:${FlowId}:${FlowName}. */
  flow: "|,Flow|arn:|Partition|:mediaconnect:|Region|:|Account|:flow:|FlowId|:|FlowName|",
  /** ARN of a Gateway resource: arn:${Partition}:mediaconnect:${Region}:${Account}:gateway:${GatewayId}:${GatewayName}. */
  gateway: "|,Gateway|arn:|Partition|:mediaconnect:|Region|:|Account|:gateway:|GatewayId|:|GatewayName|",
  /** ARN of a GatewayInstance resource: arn:${Partition}:mediaconnect:${Region}:${Account}:gateway:${GatewayId}:${GatewayName}:instance:${InstanceId}. */
  gatewayInstance:
    "|,GatewayInstance|arn:|Partition|:mediaconnect:|Region|:|Account|:gateway:|GatewayId|:|GatewayName|:instance:|InstanceId|",
  /** ARN of a MediaStream resource: arn:${Partition}:mediaconnect:${Region}:${Account}:flow:${FlowId}:${FlowName}/mediaStream/${MediaStreamName}. */
  mediaStream:
    "|,MediaStream|arn:|Partition|:mediaconnect:|Region|:|Account|:flow:|FlowId|:|FlowName|/mediaStream/|MediaStreamName|",
  /** ARN of a Offering resource: arn:${Partition}:mediaconnect:${Region}:offering:${OfferingId}. */
  offering: "|,Offering|arn:|Partition|:mediaconnect:|Region|:offering:|OfferingId|",
  /** ARN of a Output resource: arn:${Partition}:mediaconnect:${Region}:${Account}:output:${OutputId}:${OutputName}. */
  output: "|,Output|arn:|Partition|:mediaconnect:|Region|:|Account|:output:|OutputId|:|OutputName|",
  /** ARN of a Reservation resource: arn:${Partition}:mediaconnect:${Region}:${Account}:reservation:${ReservationId}:${ReservationName}. */
  reservation:
    "|,Reservation|arn:|Partition|:mediaconnect:|Region|:|Account|:reservation:|ReservationId|:|ReservationName|",
  /** ARN of a RouterInput resource: arn:${Partition}:mediaconnect:${Region}:${Account}:routerInput:${RouterInputId}. */
  routerInput: "|,RouterInput|arn:|Partition|:mediaconnect:|Region|:|Account|:routerInput:|RouterInputId|",
  /** ARN of a RouterNetworkInterface resource: arn:${Partition}:mediaconnect:${Region}:${Account}:routerNetworkInterface:${RouterNetworkInterfaceId}. */
  routerNetworkInterface:
    "|,RouterNetworkInterface|arn:|Partition|:mediaconnect:|Region|:|Account|:routerNetworkInterface:|RouterNetworkInterfaceId|",
  /** ARN of a RouterOutput resource: arn:${Partition}:mediaconnect:${Region}:${Account}:routerOutput:${RouterOutputId}. */
  routerOutput: "|,RouterOutput|arn:|Partition|:mediaconnect:|Region|:|Account|:routerOutput:|RouterOutputId|",
  /** ARN of a Source resource: arn:${Partition}:mediaconnect:${Region}:${Account}:source:${SourceId}:${SourceName}. */
  source: "|,Source|arn:|Partition|:mediaconnect:|Region|:|Account|:source:|SourceId|:|SourceName|",
  /** ARN of a VpcInterface resource: arn:${Partition}:mediaconnect:${Region}:${Account}:flow:${FlowId}:${FlowName}/vpcInterface/${VpcInterfaceName}. */
  vpcInterface:
    "|,VpcInterface|arn:|Partition|:mediaconnect:|Region|:|Account|:flow:|FlowId|:|FlowName|/vpcInterface/|VpcInterfaceName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "Bridge",
  "Entitlement",
  "Flow",
  "Gateway",
  "GatewayInstance",
  "MediaStream",
  "Offering",
  "Output",
  "Reservation",
  "RouterInput",
  "RouterNetworkInterface",
  "RouterOutput",
  "Source",
  "VpcInterface",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "mediaconnect">;
/** Any mediaconnect action. */
export type Action = ActionOf<typeof actionFacts, "mediaconnect">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "mediaconnect">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "mediaconnect" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every mediaconnect action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by tags that are passed in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by tags associated with the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by tag keys that are passed in the request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by tags that are passed in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by tags associated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by tag keys that are passed in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "mediaconnect",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
