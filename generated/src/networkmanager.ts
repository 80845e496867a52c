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
export const prefix: "networkmanager" = "networkmanager";
/** The service's name in the reference. */
export const serviceName: "AWS Network Manager" = "AWS Network Manager";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Network Manager",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsnetworkmanager.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "networkmanager:cgwArn",
  "networkmanager:directConnectGatewayArn",
  "networkmanager:edgeLocations",
  "networkmanager:subnetArns",
  "networkmanager:tgwArn",
  "networkmanager:tgwConnectPeerArn",
  "networkmanager:tgwRtbArn",
  "networkmanager:vpcArn",
  "networkmanager:vpnConnectionArn",
] as const;
const dependentActionList = [
  "ec2:DescribeRegions",
  "networkmanager:PutAttachmentRoutingPolicyLabel",
  "networkmanager:TagResource",
] as const;
const actionFacts = {
  /** Grants permission to accept creation of an attachment between a source and destination in a core network. Access level: Write. Resources: attachment*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_AcceptAttachment.html */
  AcceptAttachment: "W|||0;1;||0|;",
  /** Grants permission to associate a Connect Peer. Access level: Write. Resources: device*, global-network*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_AssociateConnectPeer.html */
  AssociateConnectPeer: "W|||4;1;,5;1;|||;",
  /** Grants permission to associate a customer gateway to a device. Access level: Write. Resources: device*, global-network*, link. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_AssociateCustomerGateway.html */
  AssociateCustomerGateway: "W|||4;1;,5;1;,6;0;|3||;",
  /** Grants permission to associate a link to a device. Access level: Write. Resources: device*, global-network*, link*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_AssociateLink.html */
  AssociateLink: "W|||4;1;,5;1;,6;1;|||;",
  /** Grants permission to associate a transit gateway connect peer to a device. Access level: Write. Resources: device*, global-network*, link. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_AssociateTransitGatewayConnectPeer.html */
  AssociateTransitGatewayConnectPeer: "W|||4;1;,5;1;,6;0;|8||;",
  /** Grants permission to create a Connect attachment. Access level: Write. Resources: attachment*, core-network*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_CreateConnectAttachment.html */
  CreateConnectAttachment: "W|||0;1;,3;1;|0,2|0,1,2|;",
  /** Grants permission to create a Connect Peer connection. Access level: Write. Resources: attachment*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_CreateConnectPeer.html */
  CreateConnectPeer: "W|||0;1;|0,2|0,2|;",
  /** Grants permission to create a new connection. Access level: Write. Resources: global-network*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_CreateConnection.html */
  CreateConnection: "W|||5;1;|0,2|2|;",
  /** Grants permission to create a new core network. Access level: Write. Resources: global-network*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_CreateCoreNetwork.html */
  CreateCoreNetwork: "W|||5;1;|0,2|0,2|;",
  /** Grants permission to create a prefix list core network association. Access level: Write. Resources: core-network*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_CreateCoreNetworkPrefixListAssociation.html */
  CreateCoreNetworkPrefixListAssociation: "W|||3;1;|||;",
  /** Grants permission to create a new device. Access level: Write. Resources: global-network*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_CreateDevice.html */
  CreateDevice: "W|||5;1;|0,2|2|;",
  /** Grants permission to create a Direct Connect gateway attachment. Access level: Write. Resources: core-network*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_CreateDirectConnectGatewayAttachment.html */
  CreateDirectConnectGatewayAttachment: "W|||3;1;|0,2,4,5|0,2|;",
  /** Grants permission to create a new global network. Access level: Write. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_CreateGlobalNetwork.html */
  CreateGlobalNetwork: "W||||0,2|iam:CreateServiceLinkedRole,2|;",
  /** Grants permission to create a new link. Access level: Write. Resources: global-network*, site. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_CreateLink.html */
  CreateLink: "W|||5;1;,8;0;|0,2|2|;",
  /** Grants permission to create a new site. Access level: Write. Resources: global-network*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_CreateSite.html */
  CreateSite: "W|||5;1;|0,2|2|;",
  /** Grants permission to create a site-to-site VPN attachment. Access level: Write. Resources: core-network*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_CreateSiteToSiteVpnAttachment.html */
  CreateSiteToSiteVpnAttachment: "W|||3;1;|0,2,11|0,1,2|;",
  /** Grants permission to create a Transit Gateway peering. Access level: Write. Resources: core-network*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_CreateTransitGatewayPeering.html */
  CreateTransitGatewayPeering: "W|||3;1;|0,2,7|0,2|;",
  /** Grants permission to create a TGW RTB attachment. Access level: Write. Resources: peering*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_CreateTransitGatewayRouteTableAttachment.html */
  CreateTransitGatewayRouteTableAttachment: "W|||7;1;|0,2,9|0,1,2|;",
  /** Grants permission to create a VPC attachment. Access level: Write. Resources: core-network*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_CreateVpcAttachment.html */
  CreateVpcAttachment: "W|||3;1;|0,2,6,10|0,1,2|;",
  /** Grants permission to delete an attachment. Access level: Write. Resources: attachment*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_DeleteAttachment.html */
  DeleteAttachment: "W|||0;1;||0|;",
  /** Grants permission to delete a Connect Peer. Access level: Write. Resources: connect-peer*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_DeleteConnectPeer.html */
  DeleteConnectPeer: "W|||1;1;||0|;",
  /** Grants permission to delete a connection. Access level: Write. Resources: connection*, global-network*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_DeleteConnection.html */
  DeleteConnection: "W|||2;1;,5;1;|||;",
  /** Grants permission to delete a core network. Access level: Write. Resources: core-network*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_DeleteCoreNetwork.html */
  DeleteCoreNetwork: "W|||3;1;||0|;",
  /** Grants permission to delete the core network policy version. Access level: Write. Resources: core-network*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_DeleteCoreNetworkPolicyVersion.html */
  DeleteCoreNetworkPolicyVersion: "W|||3;1;|||;",
  /** Grants permission to delete a prefix list core network association. Access level: Write. Resources: core-network*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_DeleteCoreNetworkPrefixListAssociation.html */
  DeleteCoreNetworkPrefixListAssociation: "W|||3;1;|||;",
  /** Grants permission to delete a device. Access level: Write. Resources: device*, global-network*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_DeleteDevice.html */
  DeleteDevice: "W|||4;1;,5;1;|||;",
  /** Grants permission to delete a global network. Access level: Write. Resources: global-network*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_DeleteGlobalNetwork.html */
  DeleteGlobalNetwork: "W|||5;1;|||;",
  /** Grants permission to delete a link. Access level: Write. Resources: global-network*, link*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_DeleteLink.html */
  DeleteLink: "W|||5;1;,6;1;|||;",
  /** Grants permission to delete a peering. Access level: Write. Resources: peering*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_DeletePeering.html */
  DeletePeering: "W|||7;1;||0|;",
  /** Grants permission to delete a resource. Access level: Permissions management. Resources: core-network*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_DeleteResourcePolicy.html */
  DeleteResourcePolicy: "P|||3;1;|||;",
  /** Grants permission to delete a site. Access level: Write. Resources: global-network*, site*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_DeleteSite.html */
  DeleteSite: "W|||5;1;,8;1;|||;",
  /** Grants permission to deregister a transit gateway from a global network. Access level: Write. Resources: global-network*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_DeregisterTransitGateway.html */
  DeregisterTransitGateway: "W|||5;1;|7||;",
  /** Grants permission to describe global networks. Access level: List. Resources: global-network. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_DescribeGlobalNetworks.html */
  DescribeGlobalNetworks: "L|||5;0;|||;",
  /** Grants permission to disassociate a Connect Peer. Access level: Write. Resources: global-network*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_DisassociateConnectPeer.html */
  DisassociateConnectPeer: "W|||5;1;|||;",
  /** Grants permission to disassociate a customer gateway from a device. Access level: Write. Resources: global-network*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_DisassociateCustomerGateway.html */
  DisassociateCustomerGateway: "W|||5;1;|3||;",
  /** Grants permission to disassociate a link from a device. Access level: Write. Resources: device*, global-network*, link*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_DisassociateLink.html */
  DisassociateLink: "W|||4;1;,5;1;,6;1;|||;",
  /** Grants permission to disassociate a transit gateway connect peer from a device. Access level: Write. Resources: global-network*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_DisassociateTransitGatewayConnectPeer.html */
  DisassociateTransitGatewayConnectPeer: "W|||5;1;|8||;",
  /** Grants permission to apply changes to the core network. Access level: Write. Resources: core-network*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_ExecuteCoreNetworkChangeSet.html */
  ExecuteCoreNetworkChangeSet: "W|||3;1;||0|;",
  /** Grants permission to retrieve a Connect attachment. Access level: Read. Resources: attachment*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_GetConnectAttachment.html */
  GetConnectAttachment: "R|||0;1;|||;",
  /** Grants permission to retrieve a Connect Peer. Access level: Read. Resources: connect-peer*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_GetConnectPeer.html */
  GetConnectPeer: "R|||1;1;|||;",
  /** Grants permission to describe Connect Peer associations. Access level: Read. Resources: global-network*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_GetConnectPeerAssociations.html */
  GetConnectPeerAssociations: "R|||5;1;|||;",
  /** Grants permission to describe connections. Access level: List. Resources: connection, global-network*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_GetConnections.html */
  GetConnections: "L|||2;0;,5;1;|||;",
  /** Grants permission to retrieve a core network. Access level: Read. Resources: core-network*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_GetCoreNetwork.html */
  GetCoreNetwork: "R|||3;1;|||;",
  /** Grants permission to retrieve a list of core network change events. Access level: Read. Resources: core-network*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_GetCoreNetworkChangeEvents.html */
  GetCoreNetworkChangeEvents: "R|||3;1;|||;",
  /** Grants permission to retrieve a list of core network change sets. Access level: Read. Resources: core-network*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_GetCoreNetworkChangeSet.html */
  GetCoreNetworkChangeSet: "R|||3;1;|||;",
  /** Grants permission to retrieve core network policy. Access level: Read. Resources: core-network*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_GetCoreNetworkPolicy.html */
  GetCoreNetworkPolicy: "R|||3;1;|||;",
  /** Grants permission to describe customer gateway associations. Access level: List. Resources: global-network*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_GetCustomerGatewayAssociations.html */
  GetCustomerGatewayAssociations: "L|||5;1;|||;",
  /** Grants permission to describe devices. Access level: List. Resources: device, global-network*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_GetDevices.html */
  GetDevices: "L|||4;0;,5;1;|||;",
  /** Grants permission to retrieve a Direct Connect gateway attachment. Access level: Read. Resources: attachment*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_GetDirectConnectGatewayAttachment.html */
  GetDirectConnectGatewayAttachment: "R|||0;1;|||;",
  /** Grants permission to describe link associations. Access level: List. Resources: device, global-network*, link. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_GetLinkAssociations.html */
  GetLinkAssociations: "L|||4;0;,5;1;,6;0;|||;",
  /** Grants permission to describe links. Access level: List. Resources: global-network*, link. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_GetLinks.html */
  GetLinks: "L|||5;1;,6;0;|||;",
  /** Grants permission to return the number of resources for a global network grouped by type. Access level: Read. Resources: global-network*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_GetNetworkResourceCounts.html */
  GetNetworkResourceCounts: "R|||5;1;|||;",
  /** Grants permission to retrieve related resources for a resource within the global network. Access level: Read. Resources: global-network*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_GetNetworkResourceRelationships.html */
  GetNetworkResourceRelationships: "R|||5;1;|||;",
  /** Grants permission to retrieve a global network resource. Access level: Read. Resources: global-network*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_GetNetworkResources.html */
  GetNetworkResources: "R|||5;1;|||;",
  /** Grants permission to retrieve routes for a route table within the global network. Access level: Read. Resources: global-network*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_GetNetworkRoutes.html */
  GetNetworkRoutes: "R|||5;1;|||;",
  /** Grants permission to retrieve network telemetry objects for the global network. Access level: Read. Resources: global-network*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_GetNetworkTelemetry.html */
  GetNetworkTelemetry: "R|||5;1;|||;",
  /** Grants permission to retrieve a resource policy. Access level: Read. Resources: core-network*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_GetResourcePolicy.html */
  GetResourcePolicy: "R|||3;1;|||;",
  /** Grants permission to retrieve a route analysis configuration and result. Access level: Read. Resources: global-network*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_GetRouteAnalysis.html */
  GetRouteAnalysis: "R|||5;1;|||;",
  /** Grants permission to retrieve a site-to-site VPN attachment. Access level: Read. Resources: attachment*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_GetSiteToSiteVpnAttachment.html */
  GetSiteToSiteVpnAttachment: "R|||0;1;|||;",
  /** Grants permission to describe global networks. Access level: List. Resources: global-network*, site. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_GetSites.html */
  GetSites: "L|||5;1;,8;0;|||;",
  /** Grants permission to describe transit gateway connect peer associations. Access level: List. Resources: global-network*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_GetTransitGatewayConnectPeerAssociations.html */
  GetTransitGatewayConnectPeerAssociations: "L|||5;1;|||;",
  /** Grants permission to retrieve a Transit Gateway peering. Access level: Read. Resources: peering*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_GetTransitGatewayPeering.html */
  GetTransitGatewayPeering: "R|||7;1;|||;",
  /** Grants permission to describe transit gateway registrations. Access level: List. Resources: global-network*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_GetTransitGatewayRegistrations.html */
  GetTransitGatewayRegistrations: "L|||5;1;|||;",
  /** Grants permission to retrieve a TGW RTB attachment. Access level: Read. Resources: attachment*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_GetTransitGatewayRouteTableAttachment.html */
  GetTransitGatewayRouteTableAttachment: "R|||0;1;|||;",
  /** Grants permission to retrieve a VPC attachment. Access level: Read. Resources: attachment*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_GetVpcAttachment.html */
  GetVpcAttachment: "R|||0;1;|||;",
  /** Grants permission to list all routing policies associated to core network attachments. Access level: List. Resources: core-network*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_ListAttachmentRoutingPolicyAssociations.html */
  ListAttachmentRoutingPolicyAssociations: "L|||3;1;|||;",
  /** Grants permission to describe attachments. Access level: List. Resources: attachment*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_ListAttachments.html */
  ListAttachments: "L|||0;1;|||;",
  /** Grants permission to describe Connect Peers. Access level: List. Resources: connect-peer*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_ListConnectPeers.html */
  ListConnectPeers: "L|||1;1;|||;",
  /** Grants permission to list core network policy versions. Access level: List. Resources: core-network*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_ListCoreNetworkPolicyVersions.html */
  ListCoreNetworkPolicyVersions: "L|||3;1;|||;",
  /** Grants permission to list core network prefix list associaitons. Access level: List. Resources: core-network*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_ListCoreNetworkPrefixListAssociations.html */
  ListCoreNetworkPrefixListAssociations: "L|||3;1;|||;",
  /** Grants permission to list core network routing information. Access level: List. Resources: core-network*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_ListCoreNetworkRoutingInformation.html */
  ListCoreNetworkRoutingInformation: "L|||3;1;|||;",
  /** Grants permission to list core networks. Access level: List. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_ListCoreNetworks.html */
  ListCoreNetworks: "L||||||;",
  /** Grants permission to list organization service access status. Access level: List. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_ListOrganizationServiceAccessStatus.html */
  ListOrganizationServiceAccessStatus: "L||||||;",
  /** Grants permission to describe peerings. Access level: List. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_ListPeerings.html */
  ListPeerings: "L||||||;",
  /** Grants permission to list tags for a Network Manager resource. Access level: Read. Resources: attachment, connect-peer, connection, core-network, device, global-network, link, peering, site. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,8;0;|1||;",
  /** Grants permission to put an attachment routing policy label. Access level: Write. Resources: attachment*, core-network*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_PutAttachmentRoutingPolicyLabel.html */
  PutAttachmentRoutingPolicyLabel:
    "W|||0;1;,3;1;|||CreateConnectAttachment,CreateSiteToSiteVpnAttachment,CreateTransitGatewayRouteTableAttachment,CreateVpcAttachment,;",
  /** Grants permission to create a core network policy. Access level: Write. Resources: core-network*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_PutCoreNetworkPolicy.html */
  PutCoreNetworkPolicy: "W|||3;1;||0|;",
  /** Grants permission to create or update a resource policy. Access level: Permissions management. Resources: core-network*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_PutResourcePolicy.html */
  PutResourcePolicy: "P|||3;1;|||;",
  /** Grants permission to register a transit gateway to a global network. Access level: Write. Resources: global-network*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_RegisterTransitGateway.html */
  RegisterTransitGateway: "W|||5;1;|7||;",
  /** Grants permission to reject attachment request. Access level: Write. Resources: attachment*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_RejectAttachment.html */
  RejectAttachment: "W|||0;1;|||;",
  /** Grants permission to remove an attachment routing policy label. Access level: Write. Resources: attachment*, core-network*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_RemoveAttachmentRoutingPolicyLabel.html */
  RemoveAttachmentRoutingPolicyLabel: "W|||0;1;,3;1;|||;",
  /** Grants permission to restore the core network policy to a previous version. Access level: Write. Resources: core-network*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_RestoreCoreNetworkPolicyVersion.html */
  RestoreCoreNetworkPolicyVersion: "W|||3;1;||0|;",
  /** Grants permission to start organization service access update. Access level: Permissions management. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_StartOrganizationServiceAccessUpdate.html */
  StartOrganizationServiceAccessUpdate: "P||||||;",
  /** Grants permission to start a route analysis and stores analysis configuration. Access level: Write. Resources: global-network*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_StartRouteAnalysis.html */
  StartRouteAnalysis: "W|||5;1;|||;",
  /** Grants permission to tag a Network Manager resource. Access level: Tagging. Resources: attachment, connect-peer, connection, core-network, device, global-network, link, peering, site. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_TagResource.html */
  TagResource:
    "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,8;0;|0,1,2||CreateConnectAttachment,CreateConnectPeer,CreateConnection,CreateCoreNetwork,CreateDevice,CreateDirectConnectGatewayAttachment,CreateGlobalNetwork,CreateLink,CreateSite,CreateSiteToSiteVpnAttachment,CreateTransitGatewayPeering,CreateTransitGatewayRouteTableAttachment,CreateVpcAttachment,;",
  /** Grants permission to untag a Network Manager resource. Access level: Tagging. Resources: attachment, connect-peer, connection, core-network, device, global-network, link, peering, site. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,8;0;|2||;",
  /** Grants permission to update a connection. Access level: Write. Resources: connection*, global-network*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_UpdateConnection.html */
  UpdateConnection: "W|||2;1;,5;1;|||;",
  /** Grants permission to update a core network. Access level: Write. Resources: core-network*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_UpdateCoreNetwork.html */
  UpdateCoreNetwork: "W|||3;1;|||;",
  /** Grants permission to update a device. Access level: Write. Resources: device*, global-network*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_UpdateDevice.html */
  UpdateDevice: "W|||4;1;,5;1;|||;",
  /** Grants permission to update a Direct Connect gateway attachment. Access level: Write. Resources: attachment*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_UpdateDirectConnectGatewayAttachment.html */
  UpdateDirectConnectGatewayAttachment: "W|||0;1;|0,2,5|0|;",
  /** Grants permission to update a global network. Access level: Write. Resources: global-network*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_UpdateGlobalNetwork.html */
  UpdateGlobalNetwork: "W|||5;1;|||;",
  /** Grants permission to update a link. Access level: Write. Resources: global-network*, link*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_UpdateLink.html */
  UpdateLink: "W|||5;1;,6;1;|||;",
  /** Grants permission to add or update metadata key/value pairs on network resource. Access level: Write. Resources: global-network*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_UpdateNetworkResourceMetadata.html */
  UpdateNetworkResourceMetadata: "W|||5;1;|||;",
  /** Grants permission to update a site. Access level: Write. Resources: global-network*, site*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_UpdateSite.html */
  UpdateSite: "W|||5;1;,8;1;|||;",
  /** Grants permission to update a VPC attachment. Access level: Write. Resources: attachment*. https://docs.aws.amazon.com/networkmanager/latest/APIReference/API_UpdateVpcAttachment.html */
  UpdateVpcAttachment: "W|||0;1;|0,2,6|0|;",
} as const;
const actionDetails = {
  AcceptAttachment:
    "|,;~~~|Grants permission to accept creation of an attachment between a source and destination in a core network",
  AssociateConnectPeer: "|,;~~~|Grants permission to associate a Connect Peer",
  AssociateCustomerGateway: "|,;~~~|Grants permission to associate a customer gateway to a device",
  AssociateLink: "|,;~~~|Grants permission to associate a link to a device",
  AssociateTransitGatewayConnectPeer:
    "|,;~~~|Grants permission to associate a transit gateway connect peer to a device",
  CreateConnectAttachment: "|,;~~~|Grants permission to create a Connect attachment",
  CreateConnectPeer: "|,;~~~|Grants permission to create a Connect Peer connection",
  CreateConnection: "|,;~~~|Grants permission to create a new connection",
  CreateCoreNetwork: "|,;~~~|Grants permission to create a new core network",
  CreateCoreNetworkPrefixListAssociation: "|,;~~~|Grants permission to create a prefix list core network association",
  CreateDevice: "|,;~~~|Grants permission to create a new device",
  CreateDirectConnectGatewayAttachment: "|,;~~~|Grants permission to create a Direct Connect gateway attachment",
  CreateGlobalNetwork: "|,;~~~|Grants permission to create a new global network",
  CreateLink: "|,;~~~|Grants permission to create a new link",
  CreateSite: "|,;~~~|Grants permission to create a new site",
  CreateSiteToSiteVpnAttachment: "|,;~~~|Grants permission to create a site-to-site VPN attachment",
  CreateTransitGatewayPeering: "|,;~~~|Grants permission to create a Transit Gateway peering",
  CreateTransitGatewayRouteTableAttachment: "|,;~~~|Grants permission to create a TGW RTB attachment",
  CreateVpcAttachment: "|,;~~~|Grants permission to create a VPC attachment",
  DeleteAttachment: "|,;~~~|Grants permission to delete an attachment",
  DeleteConnectPeer: "|,;~~~|Grants permission to delete a Connect Peer",
  DeleteConnection: "|,;~~~|Grants permission to delete a connection",
  DeleteCoreNetwork: "|,;~~~|Grants permission to delete a core network",
  DeleteCoreNetworkPolicyVersion: "|,;~~~|Grants permission to delete the core network policy version",
  DeleteCoreNetworkPrefixListAssociation: "|,;~~~|Grants permission to delete a prefix list core network association",
  DeleteDevice: "|,;~~~|Grants permission to delete a device",
  DeleteGlobalNetwork: "|,;~~~|Grants permission to delete a global network",
  DeleteLink: "|,;~~~|Grants permission to delete a link",
  DeletePeering: "|,;~~~|Grants permission to delete a peering",
  DeleteResourcePolicy: "|,;~~~|Grants permission to delete a resource",
  DeleteSite: "|,;~~~|Grants permission to delete a site",
  DeregisterTransitGateway: "|,;~~~|Grants permission to deregister a transit gateway from a global network",
  DescribeGlobalNetworks: "|,;~~~|Grants permission to describe global networks",
  DisassociateConnectPeer: "|,;~~~|Grants permission to disassociate a Connect Peer",
  DisassociateCustomerGateway: "|,;~~~|Grants permission to disassociate a customer gateway from a device",
  DisassociateLink: "|,;~~~|Grants permission to disassociate a link from a device",
  DisassociateTransitGatewayConnectPeer:
    "|,;~~~|Grants permission to disassociate a transit gateway connect peer from a device",
  ExecuteCoreNetworkChangeSet: "|,;~~~|Grants permission to apply changes to the core network",
  GetConnectAttachment: "|,;~~~|Grants permission to retrieve a Connect attachment",
  GetConnectPeer: "|,;~~~|Grants permission to retrieve a Connect Peer",
  GetConnectPeerAssociations: "|,;~~~|Grants permission to describe Connect Peer associations",
  GetConnections: "|,;~~~|Grants permission to describe connections",
  GetCoreNetwork: "|,;~~~|Grants permission to retrieve a core network",
  GetCoreNetworkChangeEvents: "|,;~~~|Grants permission to retrieve a list of core network change events",
  GetCoreNetworkChangeSet: "|,;~~~|Grants permission to retrieve a list of core network change sets",
  GetCoreNetworkPolicy: "|,;~~~|Grants permission to retrieve core network policy",
  GetCustomerGatewayAssociations: "|,;~~~|Grants permission to describe customer gateway associations",
  GetDevices: "|,;~~~|Grants permission to describe devices",
  GetDirectConnectGatewayAttachment: "|,;~~~|Grants permission to retrieve a Direct Connect gateway attachment",
  GetLinkAssociations: "|,;~~~|Grants permission to describe link associations",
  GetLinks: "|,;~~~|Grants permission to describe links",
  GetNetworkResourceCounts:
    "|,;~~~|Grants permission to return the number of resources for a global network grouped by type",
  GetNetworkResourceRelationships:
    "|,;~~~|Grants permission to retrieve related resources for a resource within the global network",
  GetNetworkResources: "|,;~~~|Grants permission to retrieve a global network resource",
  GetNetworkRoutes: "|,;~~~|Grants permission to retrieve routes for a route table within the global network",
  GetNetworkTelemetry: "|,;~~~|Grants permission to retrieve network telemetry objects for the global network",
  GetResourcePolicy: "|,;~~~|Grants permission to retrieve a resource policy",
  GetRouteAnalysis: "|,;~~~|Grants permission to retrieve a route analysis configuration and result",
  GetSiteToSiteVpnAttachment: "|,;~~~|Grants permission to retrieve a site-to-site VPN attachment",
  GetSites: "|,;~~~|Grants permission to describe global networks",
  GetTransitGatewayConnectPeerAssociations:
    "|,;~~~|Grants permission to describe transit gateway connect peer associations",
  GetTransitGatewayPeering: "|,;~~~|Grants permission to retrieve a Transit Gateway peering",
  GetTransitGatewayRegistrations: "|,;~~~|Grants permission to describe transit gateway registrations",
  GetTransitGatewayRouteTableAttachment: "|,;~~~|Grants permission to retrieve a TGW RTB attachment",
  GetVpcAttachment: "|,;~~~|Grants permission to retrieve a VPC attachment",
  ListAttachmentRoutingPolicyAssociations:
    "|,;~~~|Grants permission to list all routing policies associated to core network attachments",
  ListAttachments: "|,;~~~|Grants permission to describe attachments",
  ListConnectPeers: "|,;~~~|Grants permission to describe Connect Peers",
  ListCoreNetworkPolicyVersions: "|,;~~~|Grants permission to list core network policy versions",
  ListCoreNetworkPrefixListAssociations: "|,;~~~|Grants permission to list core network prefix list associaitons",
  ListCoreNetworkRoutingInformation: "|,;~~~|Grants permission to list core network routing information",
  ListCoreNetworks: "|,;~~~|Grants permission to list core networks",
  ListOrganizationServiceAccessStatus: "|,;~~~|Grants permission to list organization service access status",
  ListPeerings: "|,;~~~|Grants permission to describe peerings",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for a Network Manager resource",
  PutAttachmentRoutingPolicyLabel: "|,;~~~,~~,~~,~~,~~|Grants permission to put an attachment routing policy label",
  PutCoreNetworkPolicy: "|,;~~~|Grants permission to create a core network policy",
  PutResourcePolicy: "|,;~~~|Grants permission to create or update a resource policy",
  RegisterTransitGateway: "|,;~~~|Grants permission to register a transit gateway to a global network",
  RejectAttachment: "|,;~~~|Grants permission to reject attachment request",
  RemoveAttachmentRoutingPolicyLabel: "|,;~~~|Grants permission to remove an attachment routing policy label",
  RestoreCoreNetworkPolicyVersion: "|,;~~~|Grants permission to restore the core network policy to a previous version",
  StartOrganizationServiceAccessUpdate: "|,;~~~|Grants permission to start organization service access update",
  StartRouteAnalysis: "|,;~~~|Grants permission to start a route analysis and stores analysis configuration",
  TagResource: "|,;~~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~|Grants permission to tag a Network Manager resource",
  UntagResource: "|,;~~~|Grants permission to untag a Network Manager resource",
  UpdateConnection: "|,;~~~|Grants permission to update a connection",
  UpdateCoreNetwork: "|,;~~~|Grants permission to update a core network",
  UpdateDevice: "|,;~~~|Grants permission to update a device",
  UpdateDirectConnectGatewayAttachment: "|,;~~~|Grants permission to update a Direct Connect gateway attachment",
  UpdateGlobalNetwork: "|,;~~~|Grants permission to update a global network",
  UpdateLink: "|,;~~~|Grants permission to update a link",
  UpdateNetworkResourceMetadata:
    "|,;~~~|Grants permission to add or update metadata key/value pairs on network resource",
  UpdateSite: "|,;~~~|Grants permission to update a site",
  UpdateVpcAttachment: "|,;~~~|Grants permission to update a VPC attachment",
};
const resourceTypeFacts = {
  /** The attachment resource type: arn:${Partition}:networkmanager::${Account}:attachment/${ResourceId} */
  attachment: "|,|1",
  /** The connect-peer resource type: arn:${Partition}:networkmanager::${Account}:connect-peer/${ResourceId} */
  "connect-peer": "|,connectPeer|1",
  /** The connection resource type: arn:${Partition}:networkmanager::${Account}:connection/${GlobalNetworkId}/${ResourceId} */
  connection: "|,|1",
  /** The core-network resource type: arn:${Partition}:networkmanager::${Account}:core-network/${ResourceId} */
  "core-network": "|,coreNetwork|1",
  /** The device resource type: arn:${Partition}:networkmanager::${Account}:device/${GlobalNetworkId}/${ResourceId} */
  device: "|,|1",
  /** The global-network resource type: arn:${Partition}:networkmanager::${Account}:global-network/${ResourceId} */
  "global-network": "|,globalNetwork|1",
  /** The link resource type: arn:${Partition}:networkmanager::${Account}:link/${GlobalNetworkId}/${ResourceId} */
  link: "|,|1",
  /** The peering resource type: arn:${Partition}:networkmanager::${Account}:peering/${ResourceId} */
  peering: "|,|1",
  /** The site resource type: arn:${Partition}:networkmanager::${Account}:site/${GlobalNetworkId}/${ResourceId} */
  site: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a attachment resource: arn:${Partition}:networkmanager::${Account}:attachment/${ResourceId}. */
  attachment: "|,attachment|arn:|Partition|:networkmanager::|Account|:attachment/|ResourceId|",
  /** ARN of a connect-peer resource: arn:${Partition}:networkmanager::${Account}:connect-peer/${ResourceId}. */
  connectPeer: "|,connect-peer|arn:|Partition|:networkmanager::|Account|:connect-peer/|ResourceId|",
  /** ARN of a connection resource: arn:${Partition}:networkmanager::${Account}:connection/${GlobalNetworkId}/${ResourceId}. */
  connection: "|,connection|arn:|Partition|:networkmanager::|Account|:connection/|GlobalNetworkId|/|ResourceId|",
  /** ARN of a core-network resource: arn:${Partition}:networkmanager::${Account}:core-network/${ResourceId}. */
  coreNetwork: "|,core-network|arn:|Partition|:networkmanager::|Account|:core-network/|ResourceId|",
  /** ARN of a device resource: arn:${Partition}:networkmanager::${Account}:device/${GlobalNetworkId}/${ResourceId}. */
  device: "|,device|arn:|Partition|:networkmanager::|Account|:device/|GlobalNetworkId|/|ResourceId|",
  /** ARN of a global-network resource: arn:${Partition}:networkmanager::${Account}:global-network/${ResourceId}. */
  globalNetwork: "|,global-network|arn:|Partition|:networkmanager::|Account|:global-network/|ResourceId|",
  /** ARN of a link resource: arn:${Partition}:networkmanager::${Account}:link/${GlobalNetworkId}/${ResourceId}. */
  link: "|,link|arn:|Partition|:networkmanager::|Account|:link/|GlobalNetworkId|/|ResourceId|",
  /** ARN of a peering resource: arn:${Partition}:networkmanager::${Account}:peering/${ResourceId}. */
  peering: "|,peering|arn:|Partition|:networkmanager::|Account|:peering/|ResourceId|",
  /** ARN of a site resource: arn:${Partition}:networkmanager::${Account}:site/${GlobalNetworkId}/${ResourceId}. */
  site: "|,site|arn:|Partition|:networkmanager::|Account|:site/|GlobalNetworkId|/|ResourceId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "attachment",
  "connect-peer",
  "connection",
  "core-network",
  "device",
  "global-network",
  "link",
  "peering",
  "site",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "networkmanager">;
/** Any networkmanager action. */
export type Action = ActionOf<typeof actionFacts, "networkmanager">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "networkmanager">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "networkmanager" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every networkmanager action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by which customer gateways can be associated or disassociated. */
  "networkmanager:cgwArn": "ARN";
  /** Filters access by which Direct Connect gateway can be used to a create/update attachment. */
  "networkmanager:directConnectGatewayArn": "ARN";
  /** Filters access by which edge locations can be added or removed from a Direct Connect gateway attachment. */
  "networkmanager:edgeLocations": "ArrayOfString";
  /** Filters access by which VPC subnets can be added or removed from a VPC attachment. */
  "networkmanager:subnetArns": "ArrayOfARN";
  /** Filters access by which transit gateways can be registered, deregistered, or peered. */
  "networkmanager:tgwArn": "ARN";
  /** Filters access by which transit gateway connect peers can be associated or disassociated. */
  "networkmanager:tgwConnectPeerArn": "ARN";
  /** Filters access by which Transit Gateway Route Table can be used to create an attachment. */
  "networkmanager:tgwRtbArn": "ARN";
  /** Filters access by which VPC can be used to a create/update attachment. */
  "networkmanager:vpcArn": "ARN";
  /** Filters access by which Site-to-Site VPN can be used to a create/update attachment. */
  "networkmanager:vpnConnectionArn": "ARN";
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
  "networkmanager:cgwArn": "|,ARN|0||Filters access by which customer gateways can be associated or disassociated",
  "networkmanager:directConnectGatewayArn":
    "|,ARN|0||Filters access by which Direct Connect gateway can be used to a create/update attachment",
  "networkmanager:edgeLocations":
    "|,ArrayOfString|0||Filters access by which edge locations can be added or removed from a Direct Connect gateway attachment",
  "networkmanager:subnetArns":
    "|,ArrayOfARN|0||Filters access by which VPC subnets can be added or removed from a VPC attachment",
  "networkmanager:tgwArn":
    "|,ARN|0||Filters access by which transit gateways can be registered, deregistered, or peered",
  "networkmanager:tgwConnectPeerArn":
    "|,ARN|0||Filters access by which transit gateway connect peers can be associated or disassociated",
  "networkmanager:tgwRtbArn":
    "|,ARN|0||Filters access by which Transit Gateway Route Table can be used to create an attachment",
  "networkmanager:vpcArn": "|,ARN|0||Filters access by which VPC can be used to a create/update attachment",
  "networkmanager:vpnConnectionArn":
    "|,ARN|0||Filters access by which Site-to-Site VPN can be used to a create/update attachment",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "networkmanager",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
