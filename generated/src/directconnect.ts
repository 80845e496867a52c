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
export const prefix: "directconnect" = "directconnect";
/** The service's name in the reference. */
export const serviceName: "AWS Direct Connect" = "AWS Direct Connect";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Direct Connect",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsdirectconnect.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["directconnect:TagResource"] as const;
const actionFacts = {
  /** Grants permission to accept a proposal request to attach a virtual private gateway to a Direct Connect gateway. Access level: Write. Resources: dx-gateway*. https://docs.aws.amazon.com/directconnect/latest/APIReference/API_AcceptDirectConnectGatewayAssociationProposal.html */
  AcceptDirectConnectGatewayAssociationProposal: "W|||0;1;|||;",
  /** Grants permission to create a hosted connection on an interconnect. Access level: Write. Resources: dxcon*. https://docs.aws.amazon.com/directconnect/latest/APIReference/API_AllocateConnectionOnInterconnect.html */
  AllocateConnectionOnInterconnect: "W|||1;1;|||;",
  /** Grants permission to create a new hosted connection between a AWS Direct Connect partner's network and a specific AWS Direct Connect location. Access level: Write. Resources: dxcon, dxlag. https://docs.aws.amazon.com/directconnect/latest/APIReference/API_AllocateHostedConnection.html */
  AllocateHostedConnection: "W|||1;0;,2;0;|0,2|0|;",
  /** Grants permission to provision a private virtual interface to be owned by a different customer. Access level: Write. Resources: dxcon, dxlag. https://docs.aws.amazon.com/directconnect/latest/APIReference/API_AllocatePrivateVirtualInterface.html */
  AllocatePrivateVirtualInterface: "W|||1;0;,2;0;|0,2|0|;",
  /** Grants permission to provision a public virtual interface to be owned by a different customer. Access level: Write. Resources: dxcon, dxlag. https://docs.aws.amazon.com/directconnect/latest/APIReference/API_AllocatePublicVirtualInterface.html */
  AllocatePublicVirtualInterface: "W|||1;0;,2;0;|0,2|0|;",
  /** Grants permission to provision a transit virtual interface to be owned by a different customer. Access level: Write. Resources: dxcon, dxlag. https://docs.aws.amazon.com/directconnect/latest/APIReference/API_AllocateTransitVirtualInterface.html */
  AllocateTransitVirtualInterface: "W|||1;0;,2;0;|0,2|0|;",
  /** Grants permission to associate a connection with a LAG. Access level: Write. Resources: dxcon*, dxlag*. https://docs.aws.amazon.com/directconnect/latest/APIReference/API_AssociateConnectionWithLag.html */
  AssociateConnectionWithLag: "W|||1;1;,2;1;|||;",
  /** Grants permission to associate a hosted connection and its virtual interfaces with a link aggregation group (LAG) or interconnect. Access level: Write. Resources: dxcon*, dxlag. https://docs.aws.amazon.com/directconnect/latest/APIReference/API_AssociateHostedConnection.html */
  AssociateHostedConnection: "W|||1;1;,2;0;|||;",
  /** Grants permission to associate a MAC Security (MACsec) Connection Key Name (CKN)/ Connectivity Association Key (CAK) pair with an AWS Direct Connect dedicated connection. Access level: Write. Resources: dxcon, dxlag. https://docs.aws.amazon.com/directconnect/latest/APIReference/API_AssociateMacSecKey.html */
  AssociateMacSecKey: "W|||1;0;,2;0;|||;",
  /** Grants permission to associate a virtual interface with a specified link aggregation group (LAG) or connection. Access level: Write. Resources: dxcon, dxlag, dxvif*. https://docs.aws.amazon.com/directconnect/latest/APIReference/API_AssociateVirtualInterface.html */
  AssociateVirtualInterface: "W|||1;0;,2;0;,3;1;|||;",
  /** Grants permission to confirm the creation of a hosted connection on an interconnect. Access level: Write. Resources: dxcon*. https://docs.aws.amazon.com/directconnect/latest/APIReference/API_ConfirmConnection.html */
  ConfirmConnection: "W|||1;1;|||;",
  /** Grants permission to confirm the the terms of agreement when creating the connection or link aggregation group (LAG). Access level: Write. https://docs.aws.amazon.com/directconnect/latest/APIReference/API_ConfirmCustomerAgreement.html */
  ConfirmCustomerAgreement: "W||||||;",
  /** Grants permission to accept ownership of a private virtual interface created by another customer. Access level: Write. Resources: dxvif*. https://docs.aws.amazon.com/directconnect/latest/APIReference/API_ConfirmPrivateVirtualInterface.html */
  ConfirmPrivateVirtualInterface: "W|||3;1;|||;",
  /** Grants permission to accept ownership of a public virtual interface created by another customer. Access level: Write. Resources: dxvif*. https://docs.aws.amazon.com/directconnect/latest/APIReference/API_ConfirmPublicVirtualInterface.html */
  ConfirmPublicVirtualInterface: "W|||3;1;|||;",
  /** Grants permission to accept ownership of a transit virtual interface created by another customer. Access level: Write. Resources: dxvif*. https://docs.aws.amazon.com/directconnect/latest/APIReference/API_ConfirmTransitVirtualInterface.html */
  ConfirmTransitVirtualInterface: "W|||3;1;|||;",
  /** Grants permission to create a BGP peer on the specified virtual interface. Access level: Write. Resources: dxvif*. https://docs.aws.amazon.com/directconnect/latest/APIReference/API_CreateBGPPeer.html */
  CreateBGPPeer: "W|||3;1;|||;",
  /** Grants permission to create a new connection between the customer network and a specific AWS Direct Connect location. Access level: Write. Resources: dxlag. https://docs.aws.amazon.com/directconnect/latest/APIReference/API_CreateConnection.html */
  CreateConnection: "W|||2;0;|0,2|0|;",
  /** Grants permission to create a Direct Connect gateway, which is an intermediate object that enables you to connect a set of virtual interfaces and virtual private gateways. Access level: Write. https://docs.aws.amazon.com/directconnect/latest/APIReference/API_CreateDirectConnectGateway.html */
  CreateDirectConnectGateway: "W||||0,2|0|;",
  /** Grants permission to create an association between a Direct Connect gateway and a virtual private gateway. Access level: Write. Resources: dx-gateway*. https://docs.aws.amazon.com/directconnect/latest/APIReference/API_CreateDirectConnectGatewayAssociation.html */
  CreateDirectConnectGatewayAssociation: "W|||0;1;|||;",
  /** Grants permission to create a proposal to associate the specified virtual private gateway with the specified Direct Connect gateway. Access level: Write. Resources: dx-gateway*. https://docs.aws.amazon.com/directconnect/latest/APIReference/API_CreateDirectConnectGatewayAssociationProposal.html */
  CreateDirectConnectGatewayAssociationProposal: "W|||0;1;|||;",
  /** Grants permission to create a new interconnect between a AWS Direct Connect partner's network and a specific AWS Direct Connect location. Access level: Write. Resources: dxlag. https://docs.aws.amazon.com/directconnect/latest/APIReference/API_CreateInterconnect.html */
  CreateInterconnect: "W|||2;0;|0,2|0|;",
  /** Grants permission to create a link aggregation group (LAG) with the specified number of bundled physical connections between the customer network and a specific AWS Direct Connect location. Access level: Write. Resources: dxcon. https://docs.aws.amazon.com/directconnect/latest/APIReference/API_CreateLag.html */
  CreateLag: "W|||1;0;|0,2|0|;",
  /** Grants permission to create a new private virtual interface. Access level: Write. Resources: dxcon, dxlag. https://docs.aws.amazon.com/directconnect/latest/APIReference/API_CreatePrivateVirtualInterface.html */
  CreatePrivateVirtualInterface: "W|||1;0;,2;0;|0,2|0|;",
  /** Grants permission to create a new public virtual interface. Access level: Write. Resources: dxcon, dxlag. https://docs.aws.amazon.com/directconnect/latest/APIReference/API_CreatePublicVirtualInterface.html */
  CreatePublicVirtualInterface: "W|||1;0;,2;0;|0,2|0|;",
  /** Grants permission to create a new transit virtual interface. Access level: Write. Resources: dxcon, dxlag. https://docs.aws.amazon.com/directconnect/latest/APIReference/API_CreateTransitVirtualInterface.html */
  CreateTransitVirtualInterface: "W|||1;0;,2;0;|0,2|0|;",
  /** Grants permission to delete the specified BGP peer on the specified virtual interface with the specified customer address and ASN. Access level: Write. Resources: dxvif*. https://docs.aws.amazon.com/directconnect/latest/APIReference/API_DeleteBGPPeer.html */
  DeleteBGPPeer: "W|||3;1;|||;",
  /** Grants permission to delete the connection. Access level: Write. Resources: dxcon*. https://docs.aws.amazon.com/directconnect/latest/APIReference/API_DeleteConnection.html */
  DeleteConnection: "W|||1;1;|||;",
  /** Grants permission to delete the specified Direct Connect gateway. Access level: Write. Resources: dx-gateway*. https://docs.aws.amazon.com/directconnect/latest/APIReference/API_DeleteDirectConnectGateway.html */
  DeleteDirectConnectGateway: "W|||0;1;|||;",
  /** Grants permission to delete the association between the specified Direct Connect gateway and virtual private gateway. Access level: Write. Resources: dx-gateway*. https://docs.aws.amazon.com/directconnect/latest/APIReference/API_DeleteDirectConnectGatewayAssociation.html */
  DeleteDirectConnectGatewayAssociation: "W|||0;1;|||;",
  /** Grants permission to delete the association proposal request between the specified Direct Connect gateway and virtual private gateway. Access level: Write. https://docs.aws.amazon.com/directconnect/latest/APIReference/API_DeleteDirectConnectGatewayAssociationProposal.html */
  DeleteDirectConnectGatewayAssociationProposal: "W||||||;",
  /** Grants permission to delete the specified interconnect. Access level: Write. Resources: dxcon*. https://docs.aws.amazon.com/directconnect/latest/APIReference/API_DeleteInterconnect.html */
  DeleteInterconnect: "W|||1;1;|||;",
  /** Grants permission to delete the specified link aggregation group (LAG). Access level: Write. Resources: dxlag*. https://docs.aws.amazon.com/directconnect/latest/APIReference/API_DeleteLag.html */
  DeleteLag: "W|||2;1;|||;",
  /** Grants permission to delete a virtual interface. Access level: Write. Resources: dxvif*. https://docs.aws.amazon.com/directconnect/latest/APIReference/API_DeleteVirtualInterface.html */
  DeleteVirtualInterface: "W|||3;1;|||;",
  /** Grants permission to describe the LOA-CFA for a Connection. Access level: Read. Resources: dxcon*. https://docs.aws.amazon.com/directconnect/latest/APIReference/API_DescribeConnectionLoa.html */
  DescribeConnectionLoa: "R|||1;1;|||;",
  /** Grants permission to describe all connections in this region. Access level: Read. Resources: dxcon. https://docs.aws.amazon.com/directconnect/latest/APIReference/API_DescribeConnections.html */
  DescribeConnections: "R|||1;0;|||;",
  /** Grants permission to describe a list of connections that have been provisioned on the given interconnect. Access level: Read. Resources: dxcon*. https://docs.aws.amazon.com/directconnect/latest/APIReference/API_DescribeConnectionsOnInterconnect.html */
  DescribeConnectionsOnInterconnect: "R|||1;1;|||;",
  /** Grants permission to view a list of customer agreements, along with their signed status and whether the customer is an NNIPartner, NNIPartnerV2, or a nonPartner. Access level: Read. https://docs.aws.amazon.com/directconnect/latest/APIReference/API_DescribeCustomerMetadata.html */
  DescribeCustomerMetadata: "R||||||;",
  /** Grants permission to describe one or more association proposals for connection between a virtual private gateway and a Direct Connect gateway. Access level: Read. Resources: dx-gateway. https://docs.aws.amazon.com/directconnect/latest/APIReference/API_DescribeDirectConnectGatewayAssociationProposals.html */
  DescribeDirectConnectGatewayAssociationProposals: "R|||0;0;|||;",
  /** Grants permission to describe the associations between your Direct Connect gateways and virtual private gateways. Access level: Read. Resources: dx-gateway. https://docs.aws.amazon.com/directconnect/latest/APIReference/API_DescribeDirectConnectGatewayAssociations.html */
  DescribeDirectConnectGatewayAssociations: "R|||0;0;|||;",
  /** Grants permission to describe the attachments between your Direct Connect gateways and virtual interfaces. Access level: Read. Resources: dx-gateway. https://docs.aws.amazon.com/directconnect/latest/APIReference/API_DescribeDirectConnectGatewayAttachments.html */
  DescribeDirectConnectGatewayAttachments: "R|||0;0;|||;",
  /** Grants permission to describe all your Direct Connect gateways or only the specified Direct Connect gateway. Access level: Read. Resources: dx-gateway. https://docs.aws.amazon.com/directconnect/latest/APIReference/API_DescribeDirectConnectGateways.html */
  DescribeDirectConnectGateways: "R|||0;0;|||;",
  /** Grants permission to describe the hosted connections that have been provisioned on the specified interconnect or link aggregation group (LAG). Access level: Read. Resources: dxcon, dxlag. https://docs.aws.amazon.com/directconnect/latest/APIReference/API_DescribeHostedConnections.html */
  DescribeHostedConnections: "R|||1;0;,2;0;|||;",
  /** Grants permission to describe the LOA-CFA for an Interconnect. Access level: Read. Resources: dxcon*. https://docs.aws.amazon.com/directconnect/latest/APIReference/API_DescribeInterconnectLoa.html */
  DescribeInterconnectLoa: "R|||1;1;|||;",
  /** Grants permission to describe a list of interconnects owned by the AWS account. Access level: Read. Resources: dxcon. https://docs.aws.amazon.com/directconnect/latest/APIReference/API_DescribeInterconnects.html */
  DescribeInterconnects: "R|||1;0;|||;",
  /** Grants permission to describe all your link aggregation groups (LAG) or the specified LAG. Access level: Read. Resources: dxlag. https://docs.aws.amazon.com/directconnect/latest/APIReference/API_DescribeLags.html */
  DescribeLags: "R|||2;0;|||;",
  /** Grants permission to describe the LOA-CFA for a connection, interconnect, or link aggregation group (LAG). Access level: Read. Resources: dxcon, dxlag. https://docs.aws.amazon.com/directconnect/latest/APIReference/API_DescribeLoa.html */
  DescribeLoa: "R|||1;0;,2;0;|||;",
  /** Grants permission to describe the list of AWS Direct Connect locations in the current AWS region. Access level: Read. https://docs.aws.amazon.com/directconnect/latest/APIReference/API_DescribeLocations.html */
  DescribeLocations: "R||||||;",
  /** Grants permission to describe Details about the router for a virtual interface. Access level: Read. Resources: dxvif*. https://docs.aws.amazon.com/directconnect/latest/APIReference/API_DescribeRouterConfiguration.html */
  DescribeRouterConfiguration: "R|||3;1;|||;",
  /** Grants permission to describe the tags associated with the specified AWS Direct Connect resources. Access level: Read. Resources: dx-gateway, dxcon, dxlag, dxvif. https://docs.aws.amazon.com/directconnect/latest/APIReference/API_DescribeTags.html */
  DescribeTags: "R|||0;0;,1;0;,2;0;,3;0;|||;",
  /** Grants permission to describe a list of virtual private gateways owned by the AWS account. Access level: Read. https://docs.aws.amazon.com/directconnect/latest/APIReference/API_DescribeVirtualGateways.html */
  DescribeVirtualGateways: "R||||||;",
  /** Grants permission to describe all virtual interfaces for an AWS account. Access level: Read. Resources: dxcon, dxlag, dxvif. https://docs.aws.amazon.com/directconnect/latest/APIReference/API_DescribeVirtualInterfaces.html */
  DescribeVirtualInterfaces: "R|||1;0;,2;0;,3;0;|||;",
  /** Grants permission to disassociate a connection from a link aggregation group (LAG). Access level: Write. Resources: dxcon*, dxlag*. https://docs.aws.amazon.com/directconnect/latest/APIReference/API_DisassociateConnectionFromLag.html */
  DisassociateConnectionFromLag: "W|||1;1;,2;1;|||;",
  /** Grants permission to remove the association between a MAC Security (MACsec) security key and an AWS Direct Connect dedicated connection. Access level: Write. Resources: dxcon, dxlag. https://docs.aws.amazon.com/directconnect/latest/APIReference/API_DisassociateMacSecKey.html */
  DisassociateMacSecKey: "W|||1;0;,2;0;|||;",
  /** Grants permission to list the virtual interface failover test history. Access level: List. Resources: dxvif*. https://docs.aws.amazon.com/directconnect/latest/APIReference/API_ListVirtualInterfaceTestHistory.html */
  ListVirtualInterfaceTestHistory: "L|||3;1;|||;",
  /** Grants permission to start the virtual interface failover test that verifies your configuration meets your resiliency requirements by placing the BGP peering session in the DOWN state. You can then send traffic to verify that there are no outages. Access level: Write. Resources: dxvif*. https://docs.aws.amazon.com/directconnect/latest/APIReference/API_StartBgpFailoverTest.html */
  StartBgpFailoverTest: "W|||3;1;|||;",
  /** Grants permission to stop the virtual interface failover test. Access level: Write. Resources: dxvif*. https://docs.aws.amazon.com/directconnect/latest/APIReference/API_StopBgpFailoverTest.html */
  StopBgpFailoverTest: "W|||3;1;|||;",
  /** Grants permission to add the specified tags to the specified AWS Direct Connect resource. Each resource can have a maximum of 50 tags. Access level: Tagging. Resources: dx-gateway, dxcon, dxlag, dxvif. https://docs.aws.amazon.com/directconnect/latest/APIReference/API_TagResource.html */
  TagResource:
    "T|||0;0;,1;0;,2;0;,3;0;|0,2||AllocateHostedConnection,AllocatePrivateVirtualInterface,AllocatePublicVirtualInterface,AllocateTransitVirtualInterface,CreateConnection,CreateDirectConnectGateway,CreateInterconnect,CreateLag,CreatePrivateVirtualInterface,CreatePublicVirtualInterface,CreateTransitVirtualInterface,;",
  /** Grants permission to remove one or more tags from the specified AWS Direct Connect resource. Access level: Tagging. Resources: dx-gateway, dxcon, dxlag, dxvif. https://docs.aws.amazon.com/directconnect/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,3;0;|2||;",
  /** Grants permission to update the AWS Direct Connect dedicated connection configuration. You can update the following parameters for a connection: The connection name or The connection's MAC Security (MACsec) encryption mode. Access level: Write. Resources: dxcon*. https://docs.aws.amazon.com/directconnect/latest/APIReference/API_UpdateConnection.html */
  UpdateConnection: "W|||1;1;|||;",
  /** Grants permission to update the name of a Direct Connect gateway. Access level: Write. Resources: dx-gateway*. https://docs.aws.amazon.com/directconnect/latest/APIReference/API_UpdateDirectConnectGateway.html */
  UpdateDirectConnectGateway: "W|||0;1;|||;",
  /** Grants permission to update the specified attributes of the Direct Connect gateway association. Access level: Write. https://docs.aws.amazon.com/directconnect/latest/APIReference/API_UpdateDirectConnectGatewayAssociation.html */
  UpdateDirectConnectGatewayAssociation: "W||||||;",
  /** Grants permission to update the attributes of the specified link aggregation group (LAG). Access level: Write. Resources: dxlag*. https://docs.aws.amazon.com/directconnect/latest/APIReference/API_UpdateLag.html */
  UpdateLag: "W|||2;1;|||;",
  /** Grants permission to update the specified attributes of the specified virtual private interface. Access level: Write. Resources: dxvif*. https://docs.aws.amazon.com/directconnect/latest/APIReference/API_UpdateVirtualInterfaceAttributes.html */
  UpdateVirtualInterfaceAttributes: "W|||3;1;|||;",
} as const;
const actionDetails = {
  AcceptDirectConnectGatewayAssociationProposal:
    "|,;~~~|Grants permission to accept a proposal request to attach a virtual private gateway to a Direct Connect gateway",
  AllocateConnectionOnInterconnect: "|,;~~~|Grants permission to create a hosted connection on an interconnect",
  AllocateHostedConnection:
    "|,;~~~|Grants permission to create a new hosted connection between a AWS Direct Connect partner's network and a specific AWS Direct Connect location",
  AllocatePrivateVirtualInterface:
    "|,;~~~|Grants permission to provision a private virtual interface to be owned by a different customer",
  AllocatePublicVirtualInterface:
    "|,;~~~|Grants permission to provision a public virtual interface to be owned by a different customer",
  AllocateTransitVirtualInterface:
    "|,;~~~|Grants permission to provision a transit virtual interface to be owned by a different customer",
  AssociateConnectionWithLag: "|,;~~~|Grants permission to associate a connection with a LAG",
  AssociateHostedConnection:
    "|,;~~~|Grants permission to associate a hosted connection and its virtual interfaces with a link aggregation group (LAG) or interconnect",
  AssociateMacSecKey:
    "|,;~~~|Grants permission to associate a MAC Security (MACsec) Connection Key Name (CKN)/ Connectivity Association Key (CAK) pair with an AWS Direct Connect dedicated connection",
  AssociateVirtualInterface:
    "|,;~~~|Grants permission to associate a virtual interface with a specified link aggregation group (LAG) or connection",
  ConfirmConnection: "|,;~~~|Grants permission to confirm the creation of a hosted connection on an interconnect",
  ConfirmCustomerAgreement:
    "|,;~~~|Grants permission to confirm the the terms of agreement when creating the connection or link aggregation group (LAG)",
  ConfirmPrivateVirtualInterface:
    "|,;~~~|Grants permission to accept ownership of a private virtual interface created by another customer",
  ConfirmPublicVirtualInterface:
    "|,;~~~|Grants permission to accept ownership of a public virtual interface created by another customer",
  ConfirmTransitVirtualInterface:
    "|,;~~~|Grants permission to accept ownership of a transit virtual interface created by another customer",
  CreateBGPPeer: "|,;~~~|Grants permission to create a BGP peer on the specified virtual interface",
  CreateConnection:
    "|,;~~~|Grants permission to create a new connection between the customer network and a specific AWS Direct Connect location",
  CreateDirectConnectGateway:
    "|,;~~~|Grants permission to create a Direct Connect gateway, which is an intermediate object that enables you to connect a set of virtual interfaces and virtual private gateways",
  CreateDirectConnectGatewayAssociation:
    "|,;~~~|Grants permission to create an association between a Direct Connect gateway and a virtual private gateway",
  CreateDirectConnectGatewayAssociationProposal:
    "|,;~~~|Grants permission to create a proposal to associate the specified virtual private gateway with the specified Direct Connect gateway",
  CreateInterconnect:
    "|,;~~~|Grants permission to create a new interconnect between a AWS Direct Connect partner's network and a specific AWS Direct Connect location",
  CreateLag:
    "|,;~~~|Grants permission to create a link aggregation group (LAG) with the specified number of bundled physical connections between the customer network and a specific AWS Direct Connect location",
  CreatePrivateVirtualInterface: "|,;~~~|Grants permission to create a new private virtual interface",
  CreatePublicVirtualInterface: "|,;~~~|Grants permission to create a new public virtual interface",
  CreateTransitVirtualInterface: "|,;~~~|Grants permission to create a new transit virtual interface",
  DeleteBGPPeer:
    "|,;~~~|Grants permission to delete the specified BGP peer on the specified virtual interface with the specified customer address and ASN",
  DeleteConnection: "|,;~~~|Grants permission to delete the connection",
  DeleteDirectConnectGateway: "|,;~~~|Grants permission to delete the specified Direct Connect gateway",
  DeleteDirectConnectGatewayAssociation:
    "|,;~~~|Grants permission to delete the association between the specified Direct Connect gateway and virtual private gateway",
  DeleteDirectConnectGatewayAssociationProposal:
    "|,;~~~|Grants permission to delete the association proposal request between the specified Direct Connect gateway and virtual private gateway",
  DeleteInterconnect: "|,;~~~|Grants permission to delete the specified interconnect",
  DeleteLag: "|,;~~~|Grants permission to delete the specified link aggregation group (LAG)",
  DeleteVirtualInterface: "|,;~~~|Grants permission to delete a virtual interface",
  DescribeConnectionLoa: "|,;~~~|Grants permission to describe the LOA-CFA for a Connection",
  DescribeConnections: "|,;~~~|Grants permission to describe all connections in this region",
  DescribeConnectionsOnInterconnect:
    "|,;~~~|Grants permission to describe a list of connections that have been provisioned on the given interconnect",
  DescribeCustomerMetadata:
    "|,;~~~|Grants permission to view a list of customer agreements, along with their signed status and whether the customer is an NNIPartner, NNIPartnerV2, or a nonPartner",
  DescribeDirectConnectGatewayAssociationProposals:
    "|,;~~~|Grants permission to describe one or more association proposals for connection between a virtual private gateway and a Direct Connect gateway",
  DescribeDirectConnectGatewayAssociations:
    "|,;~~~|Grants permission to describe the associations between your Direct Connect gateways and virtual private gateways",
  DescribeDirectConnectGatewayAttachments:
    "|,;~~~|Grants permission to describe the attachments between your Direct Connect gateways and virtual interfaces",
  DescribeDirectConnectGateways:
    "|,;~~~|Grants permission to describe all your Direct Connect gateways or only the specified Direct Connect gateway",
  DescribeHostedConnections:
    "|,;~~~|Grants permission to describe the hosted connections that have been provisioned on the specified interconnect or link aggregation group (LAG)",
  DescribeInterconnectLoa: "|,;~~~|Grants permission to describe the LOA-CFA for an Interconnect",
  DescribeInterconnects: "|,;~~~|Grants permission to describe a list of interconnects owned by the AWS account",
  DescribeLags: "|,;~~~|Grants permission to describe all your link aggregation groups (LAG) or the specified LAG",
  DescribeLoa:
    "|,;~~~|Grants permission to describe the LOA-CFA for a connection, interconnect, or link aggregation group (LAG)",
  DescribeLocations:
    "|,;~~~|Grants permission to describe the list of AWS Direct Connect locations in the current AWS region",
  DescribeRouterConfiguration: "|,;~~~|Grants permission to describe Details about the router for a virtual interface",
  DescribeTags:
    "|,;~~~|Grants permission to describe the tags associated with the specified AWS Direct Connect resources",
  DescribeVirtualGateways:
    "|,;~~~|Grants permission to describe a list of virtual private gateways owned by the AWS account",
  DescribeVirtualInterfaces: "|,;~~~|Grants permission to describe all virtual interfaces for an AWS account",
  DisassociateConnectionFromLag:
    "|,;~~~|Grants permission to disassociate a connection from a link aggregation group (LAG)",
  DisassociateMacSecKey:
    "|,;~~~|Grants permission to remove the association between a MAC Security (MACsec) security key and an AWS Direct Connect dedicated connection",
  ListVirtualInterfaceTestHistory: "|,;~~~|Grants permission to list the virtual interface failover test history",
  StartBgpFailoverTest:
    "|,;~~~|Grants permission to start the virtual interface failover test that verifies your configuration meets your resiliency requirements by placing the BGP peering session in the DOWN state. You can then send traffic to verify that there are no outages",
  StopBgpFailoverTest: "|,;~~~|Grants permission to stop the virtual interface failover test",
  TagResource:
    "|,;~~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~|Grants permission to add the specified tags to the specified AWS Direct Connect resource. Each resource can have a maximum of 50 tags",
  UntagResource: "|,;~~~|Grants permission to remove one or more tags from the specified AWS Direct Connect resource",
  UpdateConnection:
    "|,;~~~|Grants permission to update the AWS Direct Connect dedicated connection configuration. You can update the following parameters for a connection: The connection name or The connection's MAC Security (MACsec) encryption mode",
  UpdateDirectConnectGateway: "|,;~~~|Grants permission to update the name of a Direct Connect gateway",
  UpdateDirectConnectGatewayAssociation:
    "|,;~~~|Grants permission to update the specified attributes of the Direct Connect gateway association",
  UpdateLag: "|,;~~~|Grants permission to update the attributes of the specified link aggregation group (LAG)",
  UpdateVirtualInterfaceAttributes:
    "|,;~~~|Grants permission to update the specified attributes of the specified virtual private interface",
};
const resourceTypeFacts = {
  /** The dx-gateway resource type: arn:${Partition}:directconnect::${Account}:dx-gateway/${DirectConnectGatewayId} */
  "dx-gateway": "|,dxGateway|1",
  /** The dxcon resource type: arn:${Partition}:directconnect:${Region}:${Account}:dxcon/${ConnectionId} */
  dxcon: "|,|1",
  /** The dxlag resource type: arn:${Partition}:directconnect:${Region}:${Account}:dxlag/${LagId} */
  dxlag: "|,|1",
  /** The dxvif resource type: arn:${Partition}:directconnect:${Region}:${Account}:dxvif/${VirtualInterfaceId} */
  dxvif: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a dx-gateway resource: arn:${Partition}:directconnect::${Account}:dx-gateway/${DirectConnectGatewayId}. */
  dxGateway: "|,dx-gateway|arn:|Partition|:directconnect::|Account|:dx-gateway/|DirectConnectGatewayId|",
  /** ARN of a dxcon resource: arn:${Partition}:directconnect:${Region}:${Account}:dxcon/${ConnectionId}. */
  dxcon: "|,dxcon|arn:|Partition|:directconnect:|Region|:|Account|:dxcon/|ConnectionId|",
  /** ARN of a dxlag resource: arn:${Partition}:directconnect:${Region}:${Account}:dxlag/${LagId}. */
  dxlag: "|,dxlag|arn:|Partition|:directconnect:|Region|:|Account|:dxlag/|LagId|",
  /** ARN of a dxvif resource: arn:${Partition}:directconnect:${Region}:${Account}:dxvif/${VirtualInterfaceId}. */
  dxvif: "|,dxvif|arn:|Partition|:directconnect:|Region|:|Account|:dxvif/|VirtualInterfaceId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["dx-gateway", "dxcon", "dxlag", "dxvif"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "directconnect">;
/** Any directconnect action. */
export type Action = ActionOf<typeof actionFacts, "directconnect">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "directconnect">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "directconnect" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every directconnect action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by actions based on the presence of tag key-value pairs in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by actions based on tag key-value pairs attached to the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by actions based on the presence of tag keys in the request. */
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
    "|,String|0||Filters access by actions based on the presence of tag key-value pairs in the request",
  "aws:ResourceTag/${TagKey}":
    "|,String|0||Filters access by actions based on tag key-value pairs attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by actions based on the presence of tag keys in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "directconnect",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
