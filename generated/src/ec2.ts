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
export const prefix: "ec2" = "ec2";
/** The service's name in the reference. */
export const serviceName: "Amazon EC2" = "Amazon EC2";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  { name: "Amazon EC2", url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonec2.html" },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "ec2:AccepterVpc",
  "ec2:Add/group",
  "ec2:Add/userId",
  "ec2:AllocationId",
  "ec2:AssociatePublicIpAddress",
  "ec2:Attribute",
  "ec2:Attribute/${AttributeName}",
  "ec2:AuthenticationType",
  "ec2:AuthorizedService",
  "ec2:AuthorizedUser",
  "ec2:AutoPlacement",
  "ec2:AvailabilityZone",
  "ec2:AvailabilityZoneId",
  "ec2:CapacityReservationFleet",
  "ec2:ClientRootCertificateChainArn",
  "ec2:CloudwatchLogGroupArn",
  "ec2:CloudwatchLogStreamArn",
  "ec2:CommitmentDuration",
  "ec2:CpuOptionsAmdSevSnp",
  "ec2:CreateAction",
  "ec2:CreateDate",
  "ec2:DPDTimeoutSeconds",
  "ec2:DestinationCapacityReservationId",
  "ec2:DhcpOptionsID",
  "ec2:DirectoryArn",
  "ec2:Domain",
  "ec2:EbsOptimized",
  "ec2:ElasticGpuType",
  "ec2:Encrypted",
  "ec2:EndDate",
  "ec2:EndDateType",
  "ec2:EphemeralStorage",
  "ec2:FisActionId",
  "ec2:FisTargetArns",
  "ec2:GatewayType",
  "ec2:HostRecovery",
  "ec2:IKEVersions",
  "ec2:ImageID",
  "ec2:ImageType",
  "ec2:InsideTunnelCidr",
  "ec2:InsideTunnelIpv6Cidr",
  "ec2:InstanceAutoRecovery",
  "ec2:InstanceBandwidthWeighting",
  "ec2:InstanceCount",
  "ec2:InstanceID",
  "ec2:InstanceMarketType",
  "ec2:InstanceMatchCriteria",
  "ec2:InstanceMetadataTags",
  "ec2:InstancePlatform",
  "ec2:InstanceProfile",
  "ec2:InstanceType",
  "ec2:InternetGatewayID",
  "ec2:InterruptibleCapacityReservationId",
  "ec2:InterruptionType",
  "ec2:IpamPrefixListResolverTargetId",
  "ec2:Ipv4IpamPoolId",
  "ec2:Ipv6IpamPoolId",
  "ec2:IsInterruptible",
  "ec2:IsLaunchTemplateResource",
  "ec2:KeyPairName",
  "ec2:KeyPairType",
  "ec2:KmsKeyId",
  "ec2:LaunchTemplate",
  "ec2:Location",
  "ec2:ManagedResourceOperator",
  "ec2:MetadataHttpEndpoint",
  "ec2:MetadataHttpPutResponseHopLimit",
  "ec2:MetadataHttpTokens",
  "ec2:NetworkAclID",
  "ec2:NetworkInterfaceID",
  "ec2:NewInstanceProfile",
  "ec2:OutpostArn",
  "ec2:Owner",
  "ec2:ParentSnapshot",
  "ec2:ParentVolume",
  "ec2:Permission",
  "ec2:Phase1DHGroup",
  "ec2:Phase1EncryptionAlgorithms",
  "ec2:Phase1IntegrityAlgorithms",
  "ec2:Phase1LifetimeSeconds",
  "ec2:Phase2DHGroup",
  "ec2:Phase2EncryptionAlgorithms",
  "ec2:Phase2IntegrityAlgorithms",
  "ec2:Phase2LifetimeSeconds",
  "ec2:PlacementGroup",
  "ec2:PlacementGroupName",
  "ec2:PlacementGroupStrategy",
  "ec2:ProductCode",
  "ec2:Public",
  "ec2:PublicIpAddress",
  "ec2:Quantity",
  "ec2:Region",
  "ec2:RekeyFuzzPercentage",
  "ec2:RekeyMarginTimeSeconds",
  "ec2:Remove/group",
  "ec2:Remove/userId",
  "ec2:ReplayWindowSizePackets",
  "ec2:RequesterVpc",
  "ec2:ReservedInstancesOfferingType",
  "ec2:ResourceTag/${TagKey}",
  "ec2:RoleDelivery",
  "ec2:RootDeviceType",
  "ec2:RouteTableID",
  "ec2:RoutingType",
  "ec2:SamlProviderArn",
  "ec2:SecurityGroupID",
  "ec2:ServerCertificateArn",
  "ec2:SnapshotCoolOffPeriod",
  "ec2:SnapshotID",
  "ec2:SnapshotLockDuration",
  "ec2:SnapshotTime",
  "ec2:SourceAvailabilityZone",
  "ec2:SourceCapacityReservationId",
  "ec2:SourceInstanceARN",
  "ec2:SourceOutpostArn",
  "ec2:Subnet",
  "ec2:SubnetID",
  "ec2:TargetInstanceCount",
  "ec2:Tenancy",
  "ec2:VolumeID",
  "ec2:VolumeInitializationRate",
  "ec2:VolumeIops",
  "ec2:VolumeSize",
  "ec2:VolumeThroughput",
  "ec2:VolumeType",
  "ec2:Vpc",
  "ec2:VpcID",
  "ec2:VpcPeeringConnectionID",
  "ec2:VpceMultiRegion",
  "ec2:VpcePrivateDnsPreference",
  "ec2:VpcePrivateDnsSpecifiedDomains",
  "ec2:VpceServiceName",
  "ec2:VpceServiceOwner",
  "ec2:VpceServicePrivateDnsName",
  "ec2:VpceServiceRegion",
  "ec2:VpceSupportedRegion",
  "ec2:transitGatewayAttachmentId",
  "ec2:transitGatewayConnectPeerId",
  "ec2:transitGatewayId",
  "ec2:transitGatewayMeteringPolicyId",
  "ec2:transitGatewayMulticastDomainId",
  "ec2:transitGatewayPolicyTableId",
  "ec2:transitGatewayRouteTableAnnouncementId",
  "ec2:transitGatewayRouteTableId",
] as const;
const dependentActionList = [
  "ec2:AuthorizeSecurityGroupIngress",
  "ec2:CreateTags",
  "ec2:DescribeInstances",
  "ec2:DescribeSecurityGroups",
  "ec2:DescribeSubnets",
  "ec2:RevokeSecurityGroupIngress",
  "iam:CreateServiceLinkedRole",
  "iam:PassRole",
  "organizations:EnableAWSServiceAccess",
  "ssm:GetParameters",
] as const;
const actionFacts = {
  /** Grants permission to accept an Elastic IP address transfer. Access level: Write. Resources: elastic-ip*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_AcceptAddressTransfer.html */
  AcceptAddressTransfer: "W|||15;1;0~2~6~28~92|94|1|;",
  /** Grants permission to accept assign billing of the available capacity of a shared Capacity Reservation to the calling account. Access level: Write. Resources: capacity-reservation*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_AcceptCapacityReservationBillingOwnership.html */
  AcceptCapacityReservationBillingOwnership: "W|||2;1;1~14~16~23~25~29~32~33~46~49~51~53~74~87~102~115~121|94||;",
  /** Grants permission to accept a Convertible Reserved Instance exchange quote. Access level: Write. Resources: reserved-instances*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_AcceptReservedInstancesExchangeQuote.html */
  AcceptReservedInstancesExchangeQuote: "W|||62;1;1~14~53~101~102~121|94||;",
  /** Grants permission to accept a request to associate subnets with a transit gateway multicast domain. Access level: Write. Resources: transit-gateway-attachment, transit-gateway-multicast-domain. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_AcceptTransitGatewayMulticastDomainAssociations.html */
  AcceptTransitGatewayMulticastDomainAssociations: "W|||83;0;1~102~139,86;0;1~102~143|94||;",
  /** Grants permission to accept a transit gateway peering attachment request. Access level: Write. Resources: transit-gateway-attachment*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_AcceptTransitGatewayPeeringAttachment.html */
  AcceptTransitGatewayPeeringAttachment: "W|||83;1;1~102~139|94||;",
  /** Grants permission to accept a request to attach a VPC to a transit gateway. Access level: Write. Resources: transit-gateway-attachment*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_AcceptTransitGatewayVpcAttachment.html */
  AcceptTransitGatewayVpcAttachment: "W|||83;1;1~102~139|94||;",
  /** Grants permission to accept one or more interface VPC endpoint connections to your VPC endpoint service. Access level: Write. Resources: vpc-endpoint-service*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_AcceptVpcEndpointConnections.html */
  AcceptVpcEndpointConnections: "W|||102;1;1~102~131~138|94||;",
  /** Grants permission to accept a VPC peering connection request. Access level: Write. Resources: vpc*, vpc-peering-connection*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_AcceptVpcPeeringConnection.html */
  AcceptVpcPeeringConnection: "W|||97;1;1~102~121~129,105;1;1~3~100~102~130|94||;",
  /** Grants permission to advertise an IP address range that is provisioned for use in AWS through bring your own IP addresses (BYOIP). Access level: Write. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_AdvertiseByoipCidr.html */
  AdvertiseByoipCidr: "W||||94||;",
  /** Grants permission to allocate an Elastic IP address (EIP) to your account. Access level: Write. Resources: elastic-ip*, ipam-pool, ipv4pool-ec2. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_AllocateAddress.html */
  AllocateAddress: "W|||15;1;0~2,33;0;1~102,39;0;1~102|94|1|;",
  /** Grants permission to allocate a Dedicated Host to your account. Access level: Write. Resources: dedicated-host*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_AllocateHosts.html */
  AllocateHosts: "W|||10;1;0~2~13~14~38~53~93|94|1|;",
  /** Grants permission to allocate a CIDR from an Amazon VPC IP Address Manager (IPAM) pool. Access level: Write. Resources: ipam-pool*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_AllocateIpamPoolCidr.html */
  AllocateIpamPoolCidr: "W|||33;1;1~102|94|1|;",
  /** Grants permission to apply a security group to the association between a Client VPN endpoint and a target network. Access level: Write. Resources: client-vpn-endpoint*, security-group*, vpc*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ApplySecurityGroupsToClientVpnTargetNetwork.html */
  ApplySecurityGroupsToClientVpnTargetNetwork:
    "W|||6;1;1~17~18~19~27~102~107~109,71;1;1~102~108~128,97;1;1~102~121~129|94||;",
  /** Grants permission to assign one or more IPv6 addresses to a network interface. Access level: Write. Resources: network-interface*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_AssignIpv6Addresses.html */
  AssignIpv6Addresses: "W|||57;1;1~14~67~72~102~118~128|94||;",
  /** Grants permission to assign one or more secondary private IP addresses to a network interface. Access level: Write. Resources: network-interface*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_AssignPrivateIpAddresses.html */
  AssignPrivateIpAddresses: "W|||57;1;1~14~67~72~102~118~128|94||;",
  /** Grants permission to assign one or more secondary private IP addresses to a private NAT gateway. Access level: Write. Resources: natgateway*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_AssignPrivateNatGatewayAddress.html */
  AssignPrivateNatGatewayAddress: "W|||51;1;1~102|94||;",
  /** Grants permission to associate an Elastic IP address (EIP) with an instance or a network interface. Access level: Write. Resources: elastic-ip, instance, network-interface. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_AssociateAddress.html */
  AssociateAddress:
    "W|||15;0;1~6~28~92~102,26;0;1~14~15~21~29~44~45~47~48~50~52~53~67~68~69~70~87~90~102~104~121,57;0;1~14~67~72~102~118~128|94||;",
  /** Grants permission to assign billing of the unused capacity of a shared Capacity Reservation to a consumer account. Access level: Write. Resources: capacity-reservation*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_AssociateCapacityReservationBillingOwner.html */
  AssociateCapacityReservationBillingOwner: "W|||2;1;1~14~16~23~25~29~32~33~46~49~51~53~74~87~102~115~121|94||;",
  /** Grants permission to associate a target network with a Client VPN endpoint. Access level: Write. Resources: client-vpn-endpoint*, subnet*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_AssociateClientVpnTargetNetwork.html */
  AssociateClientVpnTargetNetwork: "W|||6;1;1~17~18~19~27~102~107~109,76;1;1~15~102~119|94||;",
  /** Grants permission to associate or disassociate a set of DHCP options with a VPC. Access level: Write. Resources: dhcp-options*, vpc*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_AssociateDhcpOptions.html */
  AssociateDhcpOptions: "W|||11;1;1~26~102,97;1;1~102~121~129|94||;",
  /** Grants permission to associate an ACM certificate with an IAM role to be used in an EC2 Enclave. Access level: Write. Resources: certificate*, role*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_AssociateEnclaveCertificateIamRole.html */
  AssociateEnclaveCertificateIamRole: "W|||5;1;,63;1;|94||;",
  /** Grants permission to associate an IAM instance profile with a running or stopped instance. Access level: Write. Resources: instance*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_AssociateIamInstanceProfile.html */
  AssociateIamInstanceProfile: "W|||26;1;1~14~15~21~29~44~45~47~48~50~52~53~67~68~69~70~73~87~90~102~104~121|94|7|;",
  /** Grants permission to associate one or more targets with an event window. Access level: Write. Resources: instance-event-window*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_AssociateInstanceEventWindow.html */
  AssociateInstanceEventWindow: "W|||28;1;1~102|94||;",
  /** Grants permission to associate an Autonomous System Number (ASN) with a BYOIP CIDR. Access level: Write. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_AssociateIpamByoasn.html */
  AssociateIpamByoasn: "W||||94||;",
  /** Grants permission to associate an IPAM resource discovery with an Amazon VPC IPAM. Access level: Write. Resources: ipam*, ipam-resource-discovery*, ipam-resource-discovery-association*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_AssociateIpamResourceDiscovery.html */
  AssociateIpamResourceDiscovery: "W|||30;1;1~102,36;1;1~102,37;1;0~2|94|1|;",
  /** Grants permission to associate an Elastic IP address and private IP address with a public Nat gateway. Access level: Write. Resources: elastic-ip*, natgateway*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_AssociateNatGatewayAddress.html */
  AssociateNatGatewayAddress: "W|||15;1;1~6~28~92~102,51;1;1~102|94||;",
  /** Grants permission to associate a route server with a VPC. Access level: Write. Resources: route-server*, vpc*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_AssociateRouteServer.html */
  AssociateRouteServer: "W|||64;1;1~102,97;1;1~58~59~102~121~129|94||;",
  /** Grants permission to associate a subnet or gateway with a route table. Access level: Write. Resources: internet-gateway, ipv4pool-ec2, route-table*, subnet, vpn-gateway. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_AssociateRouteTable.html */
  AssociateRouteTable: "W|||29;0;1~54~102,39;0;1~102,67;1;1~102~105~128,76;0;1~14~15~102~119~128,109;0;1~102|94||;",
  /** Grants permission to associate a security group with another VPC in the same Region. Access level: Write. Resources: security-group*, vpc*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_AssociateSecurityGroupVpc.html */
  AssociateSecurityGroupVpc: "W|||71;1;1~102~108~128,97;1;1~58~59~102~121~129|94||;",
  /** Grants permission to associate a CIDR block with a subnet. Access level: Write. Resources: ipam-pool, subnet*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_AssociateSubnetCidrBlock.html */
  AssociateSubnetCidrBlock: "W|||33;0;1~102,76;1;1~14~15~59~102~119~128|94||;",
  /** Grants permission to associate an attachment and list of subnets with a transit gateway multicast domain. Access level: Write. Resources: subnet*, transit-gateway-attachment*, transit-gateway-multicast-domain*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_AssociateTransitGatewayMulticastDomain.html */
  AssociateTransitGatewayMulticastDomain: "W|||76;1;1~14~15~102~119~128,83;1;1~102~139,86;1;1~102~143|94||;",
  /** Grants permission to associate a policy table with a transit gateway attachment. Access level: Write. Resources: transit-gateway-attachment*, transit-gateway-policy-table*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_AssociateTransitGatewayPolicyTable.html */
  AssociateTransitGatewayPolicyTable: "W|||83;1;1~102~139,87;1;1~102~144|94||;",
  /** Grants permission to associate an attachment with a transit gateway route table. Access level: Write. Resources: transit-gateway-attachment*, transit-gateway-route-table*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_AssociateTransitGatewayRouteTable.html */
  AssociateTransitGatewayRouteTable: "W|||83;1;1~102~139,88;1;1~102~146|94||;",
  /** Grants permission to associate a branch network interface with a trunk network interface. Access level: Write. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_AssociateTrunkInterface.html */
  AssociateTrunkInterface: "W||||94||;",
  /** Grants permission to associate an AWS Web Application Firewall (WAF) web access control list (ACL) with a Verified Access instance. Access level: Write. Resources: verified-access-instance*. Permission only. https://docs.aws.amazon.com/verified-access/latest/ug/waf-integration.html */
  AssociateVerifiedAccessInstanceWebAcl: "W||1|93;1;1~102|94||",
  /** Grants permission to associate a CIDR block with a VPC. Access level: Write. Resources: ipam-pool, ipv6pool-ec2, vpc*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_AssociateVpcCidrBlock.html */
  AssociateVpcCidrBlock: "W|||33;0;1~102,40;0;1~102,97;1;1~58~59~102~121~129|94||;",
  /** Grants permission to attach an appliance with a public/private Natgateway. Access level: Permissions management. Resources: natgateway*. Permission only. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_AttachApplianceToNatGateway.html */
  AttachApplianceToNatGateway: "P||1|51;1;1~102|94||",
  /** Grants permission to link an EC2-Classic instance to a ClassicLink-enabled VPC through one or more of the VPC's security groups. Access level: Write. Resources: instance*, security-group*, vpc*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_AttachClassicLinkVpc.html */
  AttachClassicLinkVpc:
    "W|||26;1;1~14~15~21~29~44~45~47~48~50~52~53~67~68~69~70~87~102~104~121,71;1;1~102~108~128,97;1;1~102~121~129|94||;",
  /** Grants permission to attach an internet gateway to a VPC. Access level: Write. Resources: internet-gateway*, vpc*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_AttachInternetGateway.html */
  AttachInternetGateway: "W|||29;1;1~54~102,97;1;1~102~121~129|94||;",
  /** Grants permission to attach a network interface to an instance. Access level: Write. Resources: instance*, network-interface*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_AttachNetworkInterface.html */
  AttachNetworkInterface:
    "W|||26;1;1~14~15~21~29~44~45~47~48~50~52~53~67~68~69~70~87~90~102~104~121,57;1;1~14~67~72~102~118~128|94||;",
  /** Grants permission to attach resources to a placement group. Access level: Permissions management. Resources: placement-group*. Permission only. https://docs.aws.amazon.com/UserGuide/placement-groups.html */
  AttachResourcesToPlacementGroup: "P||1|59;1;1~88~89~102|94||",
  /** Grants permission to attach a trust provider to a Verified Access instance. Access level: Write. Resources: verified-access-instance*, verified-access-trust-provider*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_AttachVerifiedAccessTrustProvider.html */
  AttachVerifiedAccessTrustProvider: "W|||93;1;1~102,95;1;1~102|94||;",
  /** Grants permission to attach an EBS volume to a running or stopped instance and expose it to the instance with the specified device name. Access level: Write. Resources: instance*, volume*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_AttachVolume.html */
  AttachVolume:
    "W|||26;1;1~14~15~21~29~44~45~47~48~50~52~53~67~68~69~70~87~90~102~104~121,96;1;1~14~15~31~67~76~77~102~122~123~124~125~126~127|94||;",
  /** Grants permission to attach a virtual private gateway to a VPC. Access level: Write. Resources: vpc*, vpn-gateway*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_AttachVpnGateway.html */
  AttachVpnGateway: "W|||97;1;1~102~121~129,109;1;1~102|94||;",
  /** Grants permission to add an inbound authorization rule to a Client VPN endpoint. Access level: Write. Resources: client-vpn-endpoint*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_AuthorizeClientVpnIngress.html */
  AuthorizeClientVpnIngress: "W|||6;1;1~17~18~19~27~102~107~109|94||;",
  /** Grants permission to add one or more outbound rules to a VPC security group. Policies using the security-group-rule resource-level permission are only enforced when the API request includes TagSpecifications. Access level: Write. Resources: security-group*, security-group-rule. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_AuthorizeSecurityGroupEgress.html */
  AuthorizeSecurityGroupEgress: "W|||71;1;1~102~108~128,72;0;0~2|94|1|;",
  /** Grants permission to add one or more inbound rules to a VPC security group. Policies using the security-group-rule resource-level permission are only enforced when the API request includes TagSpecifications. Access level: Write. Resources: security-group*, security-group-rule. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_AuthorizeSecurityGroupIngress.html */
  AuthorizeSecurityGroupIngress: "W|||71;1;1~102~108~128,72;0;0~2|94|1|;",
  /** Grants permission to bundle an instance store-backed Windows instance. Access level: Write. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_BundleInstance.html */
  BundleInstance: "W||||94||;",
  /** Grants permission to cancel a bundling operation. Access level: Write. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CancelBundleTask.html */
  CancelBundleTask: "W||||94||;",
  /** Grants permission to cancel a Capacity Reservation and release the reserved capacity. Access level: Write. Resources: capacity-reservation*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CancelCapacityReservation.html */
  CancelCapacityReservation: "W|||2;1;1~16|94||;",
  /** Grants permission to cancel one or more Capacity Reservation Fleets. Access level: Write. Resources: capacity-reservation-fleet*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CancelCapacityReservationFleets.html */
  CancelCapacityReservationFleets: "W|||3;1;1~102|94|ec2:CancelCapacityReservation|;",
  /** Grants permission to cancel an active conversion task. Access level: Write. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CancelConversionTask.html */
  CancelConversionTask: "W||||94||;",
  /** Grants permission to cancel a declarative policies report. Access level: Write. Resources: declarative-policies-report*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CancelDeclarativePoliciesReport.html */
  CancelDeclarativePoliciesReport: "W|||9;1;1~102|94||;",
  /** Grants permission to cancel an active export task. Access level: Write. Resources: export-image-task, export-instance-task. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CancelExportTask.html */
  CancelExportTask: "W|||16;0;1~102,17;0;1~102|94||;",
  /** Grants permission to remove your AWS account from the launch permissions for the specified AMI. Access level: Permissions management. Resources: image*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CancelImageLaunchPermission.html */
  CancelImageLaunchPermission: "P|||22;1;1~40~41~75~91~102~104|94||;",
  /** Grants permission to cancel an in-process import virtual machine or import snapshot task. Access level: Write. Resources: import-image-task, import-snapshot-task. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CancelImportTask.html */
  CancelImportTask: "W|||24;0;1~102,25;0;1~102|94||;",
  /** Grants permission to cancel a Reserved Instance listing on the Reserved Instance Marketplace. Access level: Write. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CancelReservedInstancesListing.html */
  CancelReservedInstancesListing: "W||||94||;",
  /** Grants permission to cancel one or more Spot Fleet requests. Access level: Write. Resources: spot-fleet-request*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CancelSpotFleetRequests.html */
  CancelSpotFleetRequests: "W|||74;1;1~102|94||;",
  /** Grants permission to cancel one or more Spot Instance requests. Access level: Write. Resources: spot-instances-request*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CancelSpotInstanceRequests.html */
  CancelSpotInstanceRequests: "W|||75;1;1~102|94||;",
  /** Grants permission to determine whether an owned product code is associated with an instance. Access level: Write. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ConfirmProductInstance.html */
  ConfirmProductInstance: "W||||94||;",
  /** Grants permission to copy a source Amazon FPGA image (AFI) to the current Region. Resource-level permissions specified for this action apply to the new AFI only. They do not apply to the source AFI. Access level: Write. Resources: fpga-image*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CopyFpgaImage.html */
  CopyFpgaImage: "W|||19;1;75|94||;",
  /** Grants permission to copy an Amazon Machine Image (AMI) from a source Region to the current Region. Access level: Write. Resources: image*, snapshot*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CopyImage.html */
  CopyImage: "W|||22;1;0~2~40~75,73;1;0~2|94|1|;",
  /** Grants permission to copy a point-in-time snapshot of an EBS volume and store it in Amazon S3. Resource-level permissions specified for this action apply to both the snapshot copy and the source snapshot. Access level: Write. Resources: snapshot*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CopySnapshot.html */
  CopySnapshot: "W|||73;1;0~2~31~74~75~76~77~90~111~113~125|94|1|;",
  /** Grants permission to create a copy of an EBS volume. Resource-level permissions specified for this action apply to the source and copied volume. Condition keys for the copied volume correspond to parameters specified in the CopyVolumes API request. Access level: Write. Resources: volume*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CopyVolumes.html */
  CopyVolumes: "W|||96;1;0~2~14~15~31~67~76~77~123~124~125~126~127|94|1|;",
  /** Grants permission to create a new S3 Data Export for Capacity Manager. Access level: Write. Resources: capacity-manager-data-export*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateCapacityManagerDataExport.html */
  CreateCapacityManagerDataExport: "W|||1;1;0~2|94|1|;",
  /** Grants permission to create a Capacity Reservation. Access level: Write. Resources: capacity-reservation*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateCapacityReservation.html */
  CreateCapacityReservation: "W|||2;1;0~2~14~15~16~29~32~33~34~46~49~51~53~74~87~121|94|1|;",
  /** Grants permission to create a new Capacity Reservation by splitting the available capacity of the source Capacity Reservation. Access level: Write. Resources: capacity-reservation*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateCapacityReservationBySplitting.html */
  CreateCapacityReservationBySplitting: "W|||2;1;1~14~16~23~25~29~32~33~46~49~51~53~74~87~102~115~121|94|1|;",
  /** Grants permission to create a Capacity Reservation Fleet. Access level: Write. Resources: capacity-reservation-fleet*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateCapacityReservationFleet.html */
  CreateCapacityReservationFleet: "W|||3;1;0~2|94|ec2:CreateCapacityReservation,1,ec2:DescribeCapacityReservations,2|;",
  /** Grants permission to create a carrier gateway and provides CSP connectivity to VPC customers. Access level: Write. Resources: carrier-gateway*, vpc*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateCarrierGateway.html */
  CreateCarrierGateway: "W|||4;1;0~2,97;1;1~102~121~129|94|1|;",
  /** Grants permission to create a Client VPN endpoint. Access level: Write. Resources: client-vpn-endpoint*, security-group, vpc. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateClientVpnEndpoint.html */
  CreateClientVpnEndpoint: "W|||6;1;0~2~17~18~19~27~107~109,71;0;1~102~108,97;0;1~102~129|94|1|;",
  /** Grants permission to add a network route to a Client VPN endpoint's route table. Access level: Write. Resources: client-vpn-endpoint*, subnet*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateClientVpnRoute.html */
  CreateClientVpnRoute: "W|||6;1;1~17~18~19~27~102~107~109,76;1;1~15~102~119|94||;",
  /** Grants permission to create a range of customer-owned IP (CoIP) addresses. Access level: Write. Resources: coip-pool*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateCoipCidr.html */
  CreateCoipCidr: "W|||7;1;1~102|94||;",
  /** Grants permission to create a pool of customer-owned IP (CoIP) addresses. Access level: Write. Resources: coip-pool*, local-gateway-route-table*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateCoipPool.html */
  CreateCoipPool: "W|||7;1;0~2,45;1;1~102|94|1|;",
  /** Grants permission to allow a service to access a customer-owned IP (CoIP) pool. Access level: Permissions management. Resources: coip-pool*. Permission only. https://docs.aws.amazon.com/outposts/latest/userguide/identity-access-management.html */
  CreateCoipPoolPermission: "P||1|7;1;1~102|94||",
  /** Grants permission to create a customer gateway, which provides information to AWS about your customer gateway device. Access level: Write. Resources: customer-gateway*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateCustomerGateway.html */
  CreateCustomerGateway: "W|||8;1;0~2|94|1|;",
  /** Grants permission to create a default subnet in a specified Availability Zone in a default VPC. Access level: Write. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateDefaultSubnet.html */
  CreateDefaultSubnet: "W||||94||;",
  /** Grants permission to create a default VPC with a default subnet in each Availability Zone. Access level: Write. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateDefaultVpc.html */
  CreateDefaultVpc: "W||||94||;",
  /** Grants permission to create a volume ownership delegation task for an Apple silicon Mac instance. Access level: Write. Resources: instance*, mac-modification-task*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateDelegateMacVolumeOwnershipTask.html */
  CreateDelegateMacVolumeOwnershipTask: "W|||26;1;1~14~15~29~44~45~48~50~52~53~68~69~70~102~104~121,50;1;0~2|94|1|;",
  /** Grants permission to create a set of DHCP options for a VPC. Access level: Write. Resources: dhcp-options*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateDhcpOptions.html */
  CreateDhcpOptions: "W|||11;1;0~2~26|94|1|;",
  /** Grants permission to create an egress-only internet gateway for a VPC. Access level: Write. Resources: egress-only-internet-gateway*, vpc*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateEgressOnlyInternetGateway.html */
  CreateEgressOnlyInternetGateway: "W|||12;1;0~2,97;1;1~102~121~129|94|1|;",
  /** Grants permission to launch an EC2 Fleet. Resource-level permissions for this action do not include the resources specified in a launch template. To specify resource-level permissions for resources specified in a launch template, you must include the resources in the RunInstances action statement. Access level: Write. Resources: fleet*, image, instance*, launch-template, placement-group, subnet, volume. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateFleet.html */
  CreateFleet:
    "W|||18;1;0~2,22;0;1~40~41~75~91~102~104,26;1;0~2~14~15~21~29~45~47~52~53~87~104~121,42;0;1~102,59;0;1~88~89~102,76;0;1~14~15~102~119~128,96;0;0~2~14~15~31~64~76~122~124~125~126~127|94|1|;",
  /** Grants permission to create one or more flow logs to capture IP traffic for a network interface. Access level: Write. Resources: natgateway, network-interface, subnet, transit-gateway, transit-gateway-attachment, vpc, vpc-flow-log*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateFlowLogs.html */
  CreateFlowLogs:
    "W|||51;0;1~102~128,57;0;1~14~72~102~118~128,76;0;1~14~102~119~128,82;0;1~102~141,83;0;1~102~139,97;0;1~102~121~129,104;1;0~2|94|1,ecs:ListClusters,ecs:ListContainerInstances,ecs:ListServices,ecs:ListTaskDefinitions,ecs:ListTasks,7|;",
  /** Grants permission to create an Amazon FPGA Image (AFI) from a design checkpoint (DCP). Access level: Write. Resources: fpga-image*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateFpgaImage.html */
  CreateFpgaImage: "W|||19;1;0~2~75~91|94|1|;",
  /** Grants permission to create an Amazon EBS-backed AMI from a stopped or running Amazon EBS-backed instance. This action can reboot instances as part of the image creation process, even without RebootInstances permissions. To prevent instance reboots during image creation, use the NoReboot parameter. Access level: Write. Resources: image*, instance*, snapshot*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateImage.html */
  CreateImage:
    "W|||22;1;0~2~40~75,26;1;1~14~15~21~29~44~45~47~48~50~52~53~67~68~69~70~87~90~102~104~121,73;1;0~2~74~77~111~113~117~125|94|1|;",
  /** Grants permission to create an AMI usage report. Access level: Write. Resources: image*, image-usage-report*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateImageUsageReport.html */
  CreateImageUsageReport: "W|||22;1;1~40~41~75~91~102~104,23;1;0~2|94|1|;",
  /** Grants permission to create an EC2 Instance Connect Endpoint that allows you to connect to an instance without a public IPv4 address. Access level: Write. Resources: instance-connect-endpoint*, security-group, subnet*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateInstanceConnectEndpoint.html */
  CreateInstanceConnectEndpoint: "W|||27;1;0~2~119,71;0;1~102~108~128,76;1;1~14~15~102~119~128|94|1|;",
  /** Grants permission to create an event window in which scheduled events for the associated Amazon EC2 instances can run. Access level: Write. Resources: instance-event-window*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateInstanceEventWindow.html */
  CreateInstanceEventWindow: "W|||28;1;0~2|94|1|;",
  /** Grants permission to export a running or stopped instance to an Amazon S3 bucket. Access level: Write. Resources: export-instance-task*, instance*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateInstanceExportTask.html */
  CreateInstanceExportTask: "W|||17;1;0~2,26;1;1~14~15~21~29~44~45~47~48~50~52~53~67~68~69~70~90~102~104~121|94|1|;",
  /** Grants permission to create an internet gateway for a VPC. Access level: Write. Resources: internet-gateway*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateInternetGateway.html */
  CreateInternetGateway: "W|||29;1;0~2~54|94|1|;",
  /** Grants permission to create an interruptible Capacity Reservation by specifying the number of unused instances you want to allocate from your source reservation. Access level: Write. Resources: capacity-reservation*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateInterruptibleCapacityReservationAllocation.html */
  CreateInterruptibleCapacityReservationAllocation:
    "W|||2;1;0~2~14~15~23~29~32~33~46~49~51~53~55~56~60~115~120~121|94|1|;",
  /** Grants permission to create an Amazon VPC IP Address Manager (IPAM). Access level: Write. Resources: ipam*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateIpam.html */
  CreateIpam: "W|||30;1;0~2|94|1,6|;",
  /** Grants permission to create a verification token, which proves ownership of an external resource. Access level: Write. Resources: ipam*, ipam-external-resource-verification-token*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateIpamExternalResourceVerificationToken.html */
  CreateIpamExternalResourceVerificationToken: "W|||30;1;1~102,31;1;0~2|94|1|;",
  /** Grants permission to create a policy in Amazon VPC IP Address Manager (IPAM) that defines rules for allocating public IPv4 addresses from IPAM pools to AWS resources. Access level: Write. Resources: ipam*, ipam-policy*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateIpamPolicy.html */
  CreateIpamPolicy: "W|||30;1;1~102,32;1;0~2|94|1|;",
  /** Grants permission to create an IP address pool for Amazon VPC IP Address Manager (IPAM), which is a collection of contiguous IP address CIDRs. Access level: Write. Resources: ipam-pool*, ipam-scope*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateIpamPool.html */
  CreateIpamPool: "W|||33;1;0~2,38;1;1~102|94|1|;",
  /** Grants permission to create an IPAM prefix list resolver that defines rules for selecting CIDRs to include in prefix lists. Access level: Write. Resources: ipam*, ipam-prefix-list-resolver*, ipam-scope. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateIpamPrefixListResolver.html */
  CreateIpamPrefixListResolver: "W|||30;1;1~102,34;1;0~2,38;0;1~102|94|1|;",
  /** Grants permission to create an IPAM prefix list resolver target that links a resolver to a managed prefix list. Access level: Write. Resources: ipam-prefix-list-resolver*, ipam-prefix-list-resolver-target*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateIpamPrefixListResolverTarget.html */
  CreateIpamPrefixListResolverTarget: "W|||34;1;1~102,35;1;0~2|94|1|;",
  /** Grants permission to create an IPAM resource discovery. Access level: Write. Resources: ipam-resource-discovery*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateIpamResourceDiscovery.html */
  CreateIpamResourceDiscovery: "W|||36;1;0~2|94|1,6|;",
  /** Grants permission to create an Amazon VPC IP Address Manager (IPAM) scope, which is the highest-level container within IPAM. Access level: Write. Resources: ipam*, ipam-scope*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateIpamScope.html */
  CreateIpamScope: "W|||30;1;1~102,38;1;0~2|94|1|;",
  /** Grants permission to create a 2048-bit RSA key pair. Access level: Write. Resources: key-pair*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateKeyPair.html */
  CreateKeyPair: "W|||41;1;0~2~63|94|1|;",
  /** Grants permission to create a launch template. Access level: Write. Resources: launch-template*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateLaunchTemplate.html */
  CreateLaunchTemplate: "W|||42;1;0~2|94|1,7,9|;",
  /** Grants permission to create a new version of a launch template. Access level: Write. Resources: launch-template*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateLaunchTemplateVersion.html */
  CreateLaunchTemplateVersion: "W|||42;1;1~67~102|94|7,9|;",
  /** Grants permission to create a static route for a local gateway route table. Access level: Write. Resources: local-gateway-route-table*, local-gateway-virtual-interface-group, network-interface, prefix-list. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateLocalGatewayRoute.html */
  CreateLocalGatewayRoute: "W|||45;1;1~102,49;0;1~102,57;0;1~14~72~102~118~128,60;0;1~102|94||;",
  /** Grants permission to create a local gateway route table. Access level: Write. Resources: local-gateway*, local-gateway-route-table*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateLocalGatewayRouteTable.html */
  CreateLocalGatewayRouteTable: "W|||44;1;1~102,45;1;0~2|94|1|;",
  /** Grants permission to allow a service to access a local gateway route table. Access level: Permissions management. Resources: local-gateway-route-table*. Permission only. https://docs.aws.amazon.com/outposts/latest/userguide/identity-access-management.html */
  CreateLocalGatewayRouteTablePermission: "P||1|45;1;1~102|94||",
  /** Grants permission to create a local gateway route table virtual interface group association. Access level: Write. Resources: local-gateway-route-table*, local-gateway-route-table-virtual-interface-group-association*, local-gateway-virtual-interface-group*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateLocalGatewayRouteTableVirtualInterfaceGroupAssociation.html */
  CreateLocalGatewayRouteTableVirtualInterfaceGroupAssociation: "W|||45;1;1~102,46;1;0~2,49;1;1~102|94|1|;",
  /** Grants permission to associate a VPC with a local gateway route table. Access level: Write. Resources: local-gateway-route-table*, local-gateway-route-table-vpc-association*, vpc*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateLocalGatewayRouteTableVpcAssociation.html */
  CreateLocalGatewayRouteTableVpcAssociation: "W|||45;1;1~102,47;1;0~2,97;1;1~102~121~129|94|1|;",
  /** Grants permission to create a local gateway virtual interface. Access level: Write. Resources: local-gateway-virtual-interface*, local-gateway-virtual-interface-group*, outpost-lag*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateLocalGatewayVirtualInterface.html */
  CreateLocalGatewayVirtualInterface: "W|||48;1;0~2,49;1;1~102,58;1;1~102|94|1|;",
  /** Grants permission to create a local gateway virtual interface group. Access level: Write. Resources: local-gateway*, local-gateway-virtual-interface-group*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateLocalGatewayVirtualInterfaceGroup.html */
  CreateLocalGatewayVirtualInterfaceGroup: "W|||44;1;1~102,49;1;0~2|94|1|;",
  /** Grants permission to create a System Integrity Protection (SIP) modification task for an Amazon EC2 Mac instance. Access level: Write. Resources: instance*, mac-modification-task*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateMacSystemIntegrityProtectionModificationTask.html */
  CreateMacSystemIntegrityProtectionModificationTask:
    "W|||26;1;1~14~15~29~44~45~48~50~52~53~68~69~70~102~104~121,50;1;0~2|94|1|;",
  /** Grants permission to create a managed prefix list. Access level: Write. Resources: prefix-list*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateManagedPrefixList.html */
  CreateManagedPrefixList: "W|||60;1;0~2|94|1|;",
  /** Grants permission to create a NAT gateway in a subnet. Access level: Write. Resources: elastic-ip, natgateway*, subnet, vpc. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateNatGateway.html */
  CreateNatGateway: "W|||15;0;1~6~28~92~102,51;1;0~2,76;0;1~14~15~102~119~128,97;0;1~58~59~102~121~129|94|1|;",
  /** Grants permission to create a network ACL in a VPC. Access level: Write. Resources: network-acl*, vpc*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateNetworkAcl.html */
  CreateNetworkAcl: "W|||52;1;0~2~71,97;1;1~102~121~129|94|1|;",
  /** Grants permission to create a numbered entry (a rule) in a network ACL. Access level: Write. Resources: network-acl*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateNetworkAclEntry.html */
  CreateNetworkAclEntry: "W|||52;1;1~71~102~128|94||;",
  /** Grants permission to create a Network Access Scope. Access level: Write. Resources: network-insights-access-scope*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateNetworkInsightsAccessScope.html */
  CreateNetworkInsightsAccessScope: "W|||53;1;0~2|94|1|;",
  /** Grants permission to create a path to analyze for reachability. Access level: Write. Resources: instance, internet-gateway, network-insights-path*, network-interface, transit-gateway, vpc-endpoint, vpc-endpoint-service, vpc-peering-connection, vpn-gateway. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateNetworkInsightsPath.html */
  CreateNetworkInsightsPath:
    "W|||26;0;1~14~15~21~29~44~45~47~48~50~52~53~68~69~70~87~90~102~104~121,29;0;1~54~102,56;1;0~2,57;0;1~14~72~102~118~128,82;0;1~102~141,100;0;1~102,102;0;1~102,105;0;1~3~100~102~130,109;0;1~102|94|1|;",
  /** Grants permission to create a network interface in a subnet. Access level: Write. Resources: network-interface*, security-group, subnet*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateNetworkInterface.html */
  CreateNetworkInterface: "W|||57;1;0~2~72,71;0;1~102~108~128,76;1;1~14~15~102~119~128|94|1|;",
  /** Grants permission to create a permission for an AWS-authorized user to perform certain operations on a network interface. Access level: Permissions management. Resources: network-interface*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateNetworkInterfacePermission.html */
  CreateNetworkInterfacePermission: "P|||57;1;1~11~12~14~67~72~78~102~118~128|94||;",
  /** Grants permission to allow Oracle Database@AWS to create a peering connection between an ODB network and a VPC. Access level: Permissions management. Resources: vpc*. Permission only. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateOdbNetworkPeering.html */
  CreateOdbNetworkPeering: "P||1|97;1;1~102~121~129|94||",
  /** Grants permission to create a placement group. Access level: Write. Resources: placement-group*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreatePlacementGroup.html */
  CreatePlacementGroup: "W|||59;1;0~2~88~89|94|1|;",
  /** Grants permission to create a public IPv4 address pool for public IPv4 CIDRs that you own and bring to Amazon to manage with Amazon VPC IP Address Manager (IPAM). Access level: Write. Resources: ipv4pool-ec2*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreatePublicIpv4Pool.html */
  CreatePublicIpv4Pool: "W|||39;1;0~2|94|1|;",
  /** Grants permission to create a root volume replacement task. Access level: Write. Resources: image, instance*, replace-root-volume-task*, snapshot, volume*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateReplaceRootVolumeTask.html */
  CreateReplaceRootVolumeTask:
    "W|||22;0;1~40~41~75~91~102~104,26;1;1~14~15~21~29~44~45~47~48~50~52~53~67~68~69~70~87~90~102~104~121,61;1;0~2,73;0;1~75~77~102~111~113~125,96;1;0~2~122~123|94|1|;",
  /** Grants permission to create a listing for Standard Reserved Instances to be sold in the Reserved Instance Marketplace. Access level: Write. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateReservedInstancesListing.html */
  CreateReservedInstancesListing: "W||||94||;",
  /** Grants permission to start a task that restores an AMI from an S3 object previously created by using CreateStoreImageTask. Access level: Write. Resources: image*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateRestoreImageTask.html */
  CreateRestoreImageTask: "W|||22;1;0~2~40~75|94|1|;",
  /** Grants permission to create a route in a VPC route table. Access level: Write. Resources: instance, route-table*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateRoute.html */
  CreateRoute: "W|||26;0;,67;1;1~102~105~128|94||;",
  /** Grants permission to create a route server. Access level: Write. Resources: route-server*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateRouteServer.html */
  CreateRouteServer: "W|||64;1;0~2|94|1,sns:CreateTopic|;",
  /** Grants permission to create a route server endpoint. Access level: Write. Resources: route-server*, route-server-endpoint*, subnet*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateRouteServerEndpoint.html */
  CreateRouteServerEndpoint:
    "W|||64;1;1~102,65;1;0~2~14,76;1;1~14~15~102~119~128|94|0,ec2:CreateNetworkInterface,ec2:CreateNetworkInterfacePermission,ec2:CreateSecurityGroup,1,3|;",
  /** Grants permission to create a route server peer. Access level: Write. Resources: route-server-endpoint*, route-server-peer*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateRouteServerPeer.html */
  CreateRouteServerPeer: "W|||65;1;1~14~102,66;1;0~2~14|94|0,1|;",
  /** Grants permission to create a route table for a VPC. Access level: Write. Resources: route-table*, vpc*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateRouteTable.html */
  CreateRouteTable: "W|||67;1;0~2~105,97;1;1~102~121~129|94|1|;",
  /** Grants permission to create a secondary network. Access level: Write. Resources: secondary-network*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateSecondaryNetwork.html */
  CreateSecondaryNetwork: "W|||69;1;0~2|94|1|;",
  /** Grants permission to create a secondary subnet. Access level: Write. Resources: secondary-network*, secondary-subnet*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateSecondarySubnet.html */
  CreateSecondarySubnet: "W|||69;1;1~102,70;1;0~2|94|1|;",
  /** Grants permission to create a security group. Access level: Write. Resources: security-group*, vpc. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateSecurityGroup.html */
  CreateSecurityGroup: "W|||71;1;0~2~108,97;0;1~102~121~129|94|1|;",
  /** Grants permission to create a snapshot of an EBS volume and store it in Amazon S3. Access level: Write. Resources: snapshot*, volume*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateSnapshot.html */
  CreateSnapshot: "W|||73;1;0~2~66~74~77~111~114~117~125,96;1;1~15~31~67~77~102~122~123~124~125~126~127|94|1|;",
  /** Grants permission to create crash-consistent snapshots of multiple EBS volumes and store them in Amazon S3. Access level: Write. Resources: instance*, snapshot*, volume*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateSnapshots.html */
  CreateSnapshots:
    "W|||26;1;1~14~21~29~45~47~52~53~87~102~104~121,73;1;0~2~66~74~77~111~114~117~125,96;1;1~31~102~122~123~124~125~126~127|94|1|;",
  /** Grants permission to create a data feed for Spot Instances to view Spot Instance usage logs. Access level: Write. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateSpotDatafeedSubscription.html */
  CreateSpotDatafeedSubscription: "W||||94||;",
  /** Grants permission to store an AMI as a single object in an S3 bucket. Access level: Write. Resources: image*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateStoreImageTask.html */
  CreateStoreImageTask: "W|||22;1;1~40~41~75~91~102~104|94||;",
  /** Grants permission to create a subnet in a VPC. Access level: Write. Resources: ipam-pool, subnet*, vpc*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateSubnet.html */
  CreateSubnet: "W|||33;0;1~102,76;1;0~2~58~59~119,97;1;1~102~121~129|94|1|;",
  /** Grants permission to create a subnet CIDR reservation. Access level: Write. Resources: subnet*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateSubnetCidrReservation.html */
  CreateSubnetCidrReservation: "W|||76;1;1~14~15~102~119~128|94|1|;",
  /** Grants permission to add or overwrite one or more tags for Amazon EC2 resources. Access level: Tagging. Resources: capacity-block, capacity-manager-data-export, capacity-reservation, capacity-reservation-fleet, carrier-gateway, client-vpn-endpoint, coip-pool, customer-gateway, declarative-policies-report, dedicated-host, dhcp-options, egress-only-internet-gateway, elastic-gpu, elastic-ip, export-image-task, export-instance-task, fleet, fpga-image, host-reservation, image, image-usage-report, import-image-task, import-snapshot-task, instance, instance-connect-endpoint, instance-event-window, internet-gateway, ipam, ipam-external-resource-verification-token, ipam-policy, ipam-pool, ipam-prefix-list-resolver, ipam-prefix-list-resolver-target, ipam-resource-discovery, ipam-resource-discovery-association, ipam-scope, ipv4pool-ec2, ipv6pool-ec2, key-pair, launch-template, local-gateway, local-gateway-route-table, local-gateway-route-table-virtual-interface-group-association, local-gateway-route-table-vpc-association, local-gateway-virtual-interface, local-gateway-virtual-interface-group, natgateway, network-acl, network-insights-access-scope, network-insights-access-scope-analysis, network-insights-analysis, network-insights-path, network-interface, placement-group, prefix-list, replace-root-volume-task, reserved-instances, route-server, route-server-endpoint, route-server-peer, route-table, secondary-interface, secondary-network, secondary-subnet, security-group, security-group-rule, snapshot, spot-fleet-request, spot-instances-request, subnet, subnet-cidr-reservation, traffic-mirror-filter, traffic-mirror-filter-rule, traffic-mirror-session, traffic-mirror-target, transit-gateway, transit-gateway-attachment, transit-gateway-connect-peer, transit-gateway-metering-policy, transit-gateway-multicast-domain, transit-gateway-policy-table, transit-gateway-route-table, transit-gateway-route-table-announcement, verified-access-endpoint, verified-access-endpoint-target, verified-access-group, verified-access-instance, verified-access-policy, verified-access-trust-provider, volume, vpc, vpc-block-public-access-exclusion, vpc-encryption-control, vpc-endpoint, vpc-endpoint-connection, vpc-endpoint-service, vpc-endpoint-service-permission, vpc-flow-log, vpc-peering-connection, vpn-concentrator, vpn-connection, vpn-gateway. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateTags.html */
  CreateTags:
    "T|||0;0;0~1~2~102,1;0;0~1~2~102,2;0;0~1~2,3;0;0~1~2~102,4;0;0~1~2~102~121~128,6;0;0~1~2~17~18~19~27~102~107~109,7;0;0~1~2~102,8;0;0~1~2~102,9;0;0~1~2~102,10;0;0~1~2~13~14~38~53~93~102,11;0;0~1~2~26~102,12;0;0~1~2~102,13;0;0~1~2~30~102,15;0;0~1~2~6~28~92~102,16;0;0~1~2~102,17;0;0~1~2~102,18;0;0~1~2~102,19;0;0~1~2~75~91~102,21;0;0~1~2~102,22;0;0~1~2~40~41~75~91~102~104,23;0;0~1~2~102,24;0;0~1~2~102,25;0;0~1~2~102,26;0;0~1~2~14~15~21~29~44~45~47~48~50~52~53~67~68~69~70~87~90~102~104~121,27;0;0~1~2~102~119,28;0;0~1~2~102,29;0;0~1~2~54~102,30;0;0~1~2~102,31;0;0~1~2~102,32;0;0~1~2~102,33;0;0~1~2~102,34;0;0~1~2~102,35;0;0~1~2~102,36;0;0~1~2~102,37;0;0~1~2~102,38;0;0~1~2~102,39;0;0~1~2~102,40;0;0~1~2~102,41;0;0~1~2~62~63~102,42;0;0~1~2~67~102,44;0;0~1~2~102,45;0;0~1~2~102,46;0;0~1~2~102,47;0;0~1~2~102,48;0;0~1~2~102,49;0;0~1~2~102,51;0;0~1~2~102,52;0;0~1~2~71~102~128,53;0;0~1~2~102,54;0;0~1~2~102,55;0;0~1~2~102,56;0;0~1~2~102,57;0;0~1~2~12~14~67~72~78~102~118~128,59;0;0~1~2~88~89~102,60;0;0~1~2~57~102,61;0;0~1~2~102,62;0;0~1~2~14~53~101~102~121,64;0;0~1~2~102,65;0;0~1~2~102,66;0;0~1~2~102,67;0;0~1~2~102~105~128,68;0;0~1~2~14~15~102,69;0;0~1~2~102,70;0;0~1~2~102,71;0;0~1~2~102~108~128,72;0;0~1~2~102,73;0;0~1~2~31~75~77~102~111~113~125,74;0;0~1~2~102,75;0;0~1~2~102,76;0;0~1~2~14~15~102~119~128,77;0;0~1~2~102,78;0;0~1~2~102,79;0;0~1~2~102,80;0;0~1~2~102,81;0;0~1~2~102,82;0;0~1~2~102~141,83;0;0~1~2~102~139,84;0;0~1~2~102~140,85;0;0~1~2~102~142,86;0;0~1~2~102~143,87;0;0~1~2~102~144,88;0;0~1~2~102~146,89;0;0~1~2~102~145,90;0;0~1~2~102,91;0;0~1~2~102,92;0;0~1~2~102,93;0;0~1~2~102,94;0;0~1~2~102,95;0;0~1~2~102,96;0;0~1~2~14~15~31~67~76~77~102~122~123~124~125~126~127,97;0;0~1~2~102~121~129,98;0;0~1~2~102,99;0;0~1~2~102,100;0;0~1~2~102,101;0;0~1~2~102,102;0;0~1~2~102~131~137~138,103;0;0~1~2~102,104;0;0~1~2~102,105;0;0~1~2~3~100~102~130,106;0;0~1~2~102,107;0;0~1~2~10~24~37~39~42~43~79~80~81~82~83~84~85~86~95~96~99~102~106,109;0;0~1~2~102|22,94||AcceptAddressTransfer,AllocateAddress,AllocateHosts,AllocateIpamPoolCidr,AssociateIpamResourceDiscovery,AuthorizeSecurityGroupEgress,AuthorizeSecurityGroupIngress,CopyImage,CopySnapshot,CopyVolumes,CreateCapacityManagerDataExport,CreateCapacityReservation,CreateCapacityReservationBySplitting,CreateCapacityReservationFleet,CreateCarrierGateway,CreateClientVpnEndpoint,CreateCoipPool,CreateCustomerGateway,CreateDelegateMacVolumeOwnershipTask,CreateDhcpOptions,CreateEgressOnlyInternetGateway,CreateFleet,CreateFlowLogs,CreateFpgaImage,CreateImage,CreateImageUsageReport,CreateInstanceConnectEndpoint,CreateInstanceEventWindow,CreateInstanceExportTask,CreateInternetGateway,CreateInterruptibleCapacityReservationAllocation,CreateIpam,CreateIpamExternalResourceVerificationToken,CreateIpamPolicy,CreateIpamPool,CreateIpamPrefixListResolver,CreateIpamPrefixListResolverTarget,CreateIpamResourceDiscovery,CreateIpamScope,CreateKeyPair,CreateLaunchTemplate,CreateLocalGatewayRouteTable,CreateLocalGatewayRouteTableVirtualInterfaceGroupAssociation,CreateLocalGatewayRouteTableVpcAssociation,CreateLocalGatewayVirtualInterface,CreateLocalGatewayVirtualInterfaceGroup,CreateMacSystemIntegrityProtectionModificationTask,CreateManagedPrefixList,CreateNatGateway,CreateNetworkAcl,CreateNetworkInsightsAccessScope,CreateNetworkInsightsPath,CreateNetworkInterface,CreatePlacementGroup,CreatePublicIpv4Pool,CreateReplaceRootVolumeTask,CreateRestoreImageTask,CreateRouteServer,CreateRouteServerEndpoint,CreateRouteServerPeer,CreateRouteTable,CreateSecondaryNetwork,CreateSecondarySubnet,CreateSecurityGroup,CreateSnapshot,CreateSnapshots,CreateSubnet,CreateSubnetCidrReservation,;,CreateTrafficMirrorFilter,CreateTrafficMirrorFilterRule,CreateTrafficMirrorSession,CreateTrafficMirrorTarget,CreateTransitGateway,CreateTransitGatewayConnect,CreateTransitGatewayConnectPeer,CreateTransitGatewayMeteringPolicy,CreateTransitGatewayMulticastDomain,CreateTransitGatewayPeeringAttachment,CreateTransitGatewayPolicyTable,CreateTransitGatewayRouteTable,CreateTransitGatewayVpcAttachment,CreateVerifiedAccessEndpoint,CreateVerifiedAccessGroup,CreateVerifiedAccessInstance,CreateVerifiedAccessTrustProvider,CreateVolume,CreateVpc,CreateVpcBlockPublicAccessExclusion,CreateVpcEncryptionControl,CreateVpcEndpoint,CreateVpcEndpointServiceConfiguration,CreateVpcPeeringConnection,CreateVpnConcentrator,CreateVpnConnection,CreateVpnGateway,ExportImage,ImportImage,ImportKeyPair,ImportSnapshot,PurchaseCapacityBlock,PurchaseHostReservation,RegisterImage,RequestSpotFleet,RequestSpotInstances,RunInstances,StartDeclarativePoliciesReport,StartNetworkInsightsAccessScopeAnalysis,StartNetworkInsightsAnalysis",
  /** Grants permission to create a traffic mirror filter. Access level: Write. Resources: traffic-mirror-filter*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateTrafficMirrorFilter.html */
  CreateTrafficMirrorFilter: "W|||78;1;0~2|94|1|;",
  /** Grants permission to create a traffic mirror filter rule. Access level: Write. Resources: traffic-mirror-filter*, traffic-mirror-filter-rule*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateTrafficMirrorFilterRule.html */
  CreateTrafficMirrorFilterRule: "W|||78;1;1~102,79;1;0~2|94|1|;",
  /** Grants permission to create a traffic mirror session. Access level: Write. Resources: network-interface*, traffic-mirror-filter*, traffic-mirror-session*, traffic-mirror-target*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateTrafficMirrorSession.html */
  CreateTrafficMirrorSession: "W|||57;1;1~14~67~72~102~118~128,78;1;1~102,80;1;0~2,81;1;1~102|94|1|;",
  /** Grants permission to create a traffic mirror target. Access level: Write. Resources: network-interface, traffic-mirror-target*, vpc-endpoint. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateTrafficMirrorTarget.html */
  CreateTrafficMirrorTarget: "W|||57;0;1~72~102,81;1;0~2,100;0;1~102~134~135|94|1|;",
  /** Grants permission to create a transit gateway. Access level: Write. Resources: transit-gateway*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateTransitGateway.html */
  CreateTransitGateway: "W|||82;1;0~2~141|94|1|;",
  /** Grants permission to create a Connect attachment from a specified transit gateway attachment. Access level: Write. Resources: transit-gateway-attachment*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateTransitGatewayConnect.html */
  CreateTransitGatewayConnect: "W|||83;1;0~2~139|94|1|;",
  /** Grants permission to create a Connect peer between a transit gateway and an appliance. Access level: Write. Resources: transit-gateway-attachment*, transit-gateway-connect-peer*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateTransitGatewayConnectPeer.html */
  CreateTransitGatewayConnectPeer: "W|||83;1;1~102~139,84;1;0~2~140|94|1|;",
  /** Grants permission to create a metering policy for a transit gateway. Access level: Write. Resources: transit-gateway*, transit-gateway-attachment, transit-gateway-metering-policy*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateTransitGatewayMeteringPolicy.html */
  CreateTransitGatewayMeteringPolicy: "W|||82;1;1~102~141,83;0;1~102~139,85;1;0~2~142|94|1|;",
  /** Grants permission to create an entry for a transit gateway metering policy. Access level: Write. Resources: transit-gateway-attachment, transit-gateway-metering-policy*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateTransitGatewayMeteringPolicyEntry.html */
  CreateTransitGatewayMeteringPolicyEntry: "W|||83;0;1~102~139,85;1;1~102~142|94||;",
  /** Grants permission to create a multicast domain for a transit gateway. Access level: Write. Resources: transit-gateway*, transit-gateway-multicast-domain*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateTransitGatewayMulticastDomain.html */
  CreateTransitGatewayMulticastDomain: "W|||82;1;1~102~141,86;1;0~2~143|94|1|;",
  /** Grants permission to request a transit gateway peering attachment between a requester and accepter transit gateway. Access level: Write. Resources: transit-gateway*, transit-gateway-attachment*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateTransitGatewayPeeringAttachment.html */
  CreateTransitGatewayPeeringAttachment: "W|||82;1;1~102~141,83;1;0~2~139|94|1|;",
  /** Grants permission to create a transit gateway policy table. Access level: Write. Resources: transit-gateway*, transit-gateway-policy-table*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateTransitGatewayPolicyTable.html */
  CreateTransitGatewayPolicyTable: "W|||82;1;1~102~141,87;1;0~2~144|94|1|;",
  /** Grants permission to create a transit gateway prefix list reference. Access level: Write. Resources: prefix-list*, transit-gateway-attachment, transit-gateway-route-table*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateTransitGatewayPrefixListReference.html */
  CreateTransitGatewayPrefixListReference: "W|||60;1;1~102,83;0;1~102~139,88;1;1~102~146|94||;",
  /** Grants permission to create a static route for a transit gateway route table. Access level: Write. Resources: transit-gateway-attachment, transit-gateway-route-table*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateTransitGatewayRoute.html */
  CreateTransitGatewayRoute: "W|||83;0;1~102~139,88;1;1~102~146|94||;",
  /** Grants permission to create a route table for a transit gateway. Access level: Write. Resources: transit-gateway*, transit-gateway-route-table*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateTransitGatewayRouteTable.html */
  CreateTransitGatewayRouteTable: "W|||82;1;1~102~141,88;1;0~2~146|94|1|;",
  /** Grants permission to create an announcement for a transit gateway route table. Access level: Write. Resources: transit-gateway-attachment*, transit-gateway-route-table*, transit-gateway-route-table-announcement*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateTransitGatewayRouteTableAnnouncement.html */
  CreateTransitGatewayRouteTableAnnouncement: "W|||83;1;1~102~139,88;1;1~102~146,89;1;0~2~145|94|1|;",
  /** Grants permission to attach a VPC to a transit gateway. Access level: Write. Resources: subnet*, transit-gateway*, transit-gateway-attachment*, vpc*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateTransitGatewayVpcAttachment.html */
  CreateTransitGatewayVpcAttachment: "W|||76;1;1~14~102~119~128,82;1;1~102~141,83;1;0~2~139,97;1;1~102~121~129|94|1|;",
  /** Grants permission to create a Verified Access endpoint. Access level: Write. Resources: network-interface, security-group, subnet, verified-access-endpoint*, verified-access-group*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVerifiedAccessEndpoint.html */
  CreateVerifiedAccessEndpoint:
    "W|||57;0;1~12~14~72~78~102~118~128,71;0;1~102~108~128,76;0;1~14~15~102~119~128,90;1;0~2,92;1;1~102|94|1|;",
  /** Grants permission to create a Verified Access group. Access level: Write. Resources: verified-access-group*, verified-access-instance*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVerifiedAccessGroup.html */
  CreateVerifiedAccessGroup: "W|||92;1;0~2,93;1;1~102|94|1|;",
  /** Grants permission to create a Verified Access instance. Access level: Write. Resources: verified-access-instance*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVerifiedAccessInstance.html */
  CreateVerifiedAccessInstance: "W|||93;1;0~2|94|1|;",
  /** Grants permission to create a verified trust provider. Access level: Write. Resources: verified-access-trust-provider*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVerifiedAccessTrustProvider.html */
  CreateVerifiedAccessTrustProvider: "W|||95;1;0~2|94|1|;",
  /** Grants permission to create an EBS volume. Access level: Write. Resources: snapshot, volume*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVolume.html */
  CreateVolume: "W|||73;0;1~31~75~77~102~113~125,96;1;0~2~14~15~31~64~76~122~123~124~125~126~127|94|1|;",
  /** Grants permission to create a VPC with a specified CIDR block. Access level: Write. Resources: ipam-pool, ipv6pool-ec2, vpc*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVpc.html */
  CreateVpc: "W|||33;0;1~102,40;0;1~102,97;1;0~2~58~59~129|94|1|;",
  /** Grants permission to create an exclusion list for blocked public access on a VPC. Access level: Write. Resources: subnet, vpc, vpc-block-public-access-exclusion*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVpcBlockPublicAccessExclusion.html */
  CreateVpcBlockPublicAccessExclusion: "W|||76;0;1~14~15~102~119~128,97;0;1~58~59~102~121~129,98;1;0~2|94|1|;",
  /** Grants permission to create a VPC Encryption Control. Access level: Write. Resources: vpc*, vpc-encryption-control*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVpcEncryptionControl.html */
  CreateVpcEncryptionControl: "W|||97;1;1~102~121~129,99;1;0~2|94|1|;",
  /** Grants permission to create a VPC endpoint for an AWS service. Access level: Write. Resources: route-table, security-group, subnet, vpc*, vpc-endpoint*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVpcEndpoint.html */
  CreateVpcEndpoint:
    "W|||67;0;1~102~105,71;0;1~102~108,76;0;1~102~119,97;1;1~102~129,100;1;0~2~131~132~133~134~135~137|94|1,3,4,ec2:DescribeVpcs,route53:AssociateVPCWithHostedZone|;",
  /** Grants permission to create a connection notification for a VPC endpoint or VPC endpoint service. Access level: Write. Resources: vpc-endpoint, vpc-endpoint-service. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVpcEndpointConnectionNotification.html */
  CreateVpcEndpointConnectionNotification: "W|||100;0;1~102,102;0;1~102~131~137|94||;",
  /** Grants permission to create a VPC endpoint service configuration to which service consumers (AWS accounts, IAM users, and IAM roles) can connect. Access level: Write. Resources: vpc-endpoint-service*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVpcEndpointServiceConfiguration.html */
  CreateVpcEndpointServiceConfiguration: "W|||102;1;0~2~131~136~137|94|1|;",
  /** Grants permission to request a VPC peering connection between two VPCs. Access level: Write. Resources: vpc*, vpc-peering-connection*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVpcPeeringConnection.html */
  CreateVpcPeeringConnection: "W|||97;1;1~102~121~129,105;1;0~2~3~100~130|94|1|;",
  /** Grants permission to create a VPN concentrator that aggregates multiple VPN connections to a transit gateway. Access level: Write. Resources: transit-gateway, vpn-concentrator*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVpnConcentrator.html */
  CreateVpnConcentrator: "W|||82;0;1~102~141,106;1;0~2|94|1|;",
  /** Grants permission to create a VPN connection between a virtual private gateway or transit gateway and a customer gateway. Access level: Write. Resources: customer-gateway*, transit-gateway, transit-gateway-attachment, vpn-concentrator, vpn-connection*, vpn-gateway. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVpnConnection.html */
  CreateVpnConnection:
    "W|||8;1;1~102,82;0;1~102~141,83;0;1~102~139,106;0;1~102,107;1;0~2~10~24~37~39~42~43~79~80~81~82~83~84~85~86~95~96~99~106,109;0;1~102|94|1|;",
  /** Grants permission to create a static route for a VPN connection between a virtual private gateway and a customer gateway. Access level: Write. Resources: vpn-connection*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVpnConnectionRoute.html */
  CreateVpnConnectionRoute: "W|||107;1;1~102|94||;",
  /** Grants permission to create a virtual private gateway. Access level: Write. Resources: vpn-gateway*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVpnGateway.html */
  CreateVpnGateway: "W|||109;1;0~2|94|1|;",
  /** Grants permission to delete an existing Capacity Manager data export configuration. Access level: Write. Resources: capacity-manager-data-export*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteCapacityManagerDataExport.html */
  DeleteCapacityManagerDataExport: "W|||1;1;1~102|94||;",
  /** Grants permission to delete a carrier gateway. Access level: Write. Resources: carrier-gateway*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteCarrierGateway.html */
  DeleteCarrierGateway: "W|||4;1;1~102|94||;",
  /** Grants permission to delete a Client VPN endpoint. Access level: Write. Resources: client-vpn-endpoint*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteClientVpnEndpoint.html */
  DeleteClientVpnEndpoint: "W|||6;1;1~17~18~19~27~102~107~109|94||;",
  /** Grants permission to delete a route from a Client VPN endpoint. Access level: Write. Resources: client-vpn-endpoint*, subnet. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteClientVpnRoute.html */
  DeleteClientVpnRoute: "W|||6;1;1~17~18~19~27~102~107~109,76;0;1~14~15~102~119~128|94||;",
  /** Grants permission to delete a range of customer-owned IP (CoIP) addresses. Access level: Write. Resources: coip-pool*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteCoipCidr.html */
  DeleteCoipCidr: "W|||7;1;1~102|94||;",
  /** Grants permission to delete a pool of customer-owned IP (CoIP) addresses. Access level: Write. Resources: coip-pool*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteCoipPool.html */
  DeleteCoipPool: "W|||7;1;1~102|94||;",
  /** Grants permission to deny a service from accessing a customer-owned IP (CoIP) pool. Access level: Permissions management. Resources: coip-pool*. Permission only. https://docs.aws.amazon.com/outposts/latest/userguide/identity-access-management.html */
  DeleteCoipPoolPermission: "P||1|7;1;1~102|94||",
  /** Grants permission to delete a customer gateway. Access level: Write. Resources: customer-gateway*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteCustomerGateway.html */
  DeleteCustomerGateway: "W|||8;1;1~102|94||;",
  /** Grants permission to delete a set of DHCP options. Access level: Write. Resources: dhcp-options*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteDhcpOptions.html */
  DeleteDhcpOptions: "W|||11;1;1~26~102|94||;",
  /** Grants permission to delete an egress-only internet gateway. Access level: Write. Resources: egress-only-internet-gateway*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteEgressOnlyInternetGateway.html */
  DeleteEgressOnlyInternetGateway: "W|||12;1;1~102|94||;",
  /** Grants permission to delete one or more EC2 Fleets. Access level: Write. Resources: fleet*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteFleets.html */
  DeleteFleets: "W|||18;1;1~102|94||;",
  /** Grants permission to delete one or more flow logs. Access level: Write. Resources: vpc-flow-log*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteFlowLogs.html */
  DeleteFlowLogs: "W|||104;1;1~102|94||;",
  /** Grants permission to delete an Amazon FPGA Image (AFI). Access level: Write. Resources: fpga-image*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteFpgaImage.html */
  DeleteFpgaImage: "W|||19;1;1~75~91~102|94||;",
  /** Grants permission to delete an AMI usage report. Access level: Write. Resources: image-usage-report*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteImageUsageReport.html */
  DeleteImageUsageReport: "W|||23;1;1~102|94||;",
  /** Grants permission to delete an EC2 Instance Connect Endpoint. Access level: Write. Resources: instance-connect-endpoint*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteInstanceConnectEndpoint.html */
  DeleteInstanceConnectEndpoint: "W|||27;1;1~102~119|94||;",
  /** Grants permission to delete the specified event window. Access level: Write. Resources: instance-event-window*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteInstanceEventWindow.html */
  DeleteInstanceEventWindow: "W|||28;1;1~102|94||;",
  /** Grants permission to delete an internet gateway. Access level: Write. Resources: internet-gateway*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteInternetGateway.html */
  DeleteInternetGateway: "W|||29;1;1~54~102|94||;",
  /** Grants permission to delete an Amazon VPC IP Address Manager (IPAM) and remove all monitored data associated with the IPAM including the historical data for CIDRs. Access level: Write. Resources: ipam*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteIpam.html */
  DeleteIpam: "W|||30;1;1~102|94||;",
  /** Grants permission to delete a verification token, which proves ownership of an external resource. Access level: Write. Resources: ipam-external-resource-verification-token*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteIpamExternalResourceVerificationToken.html */
  DeleteIpamExternalResourceVerificationToken: "W|||31;1;1~102|94||;",
  /** Grants permission to delete an Amazon VPC IP Address Manager (IPAM) policy. Access level: Write. Resources: ipam-policy*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteIpamPolicy.html */
  DeleteIpamPolicy: "W|||32;1;1~102|94||;",
  /** Grants permission to delete an Amazon VPC IP Address Manager (IPAM) pool. Access level: Write. Resources: ipam-pool*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteIpamPool.html */
  DeleteIpamPool: "W|||33;1;1~102|94||;",
  /** Grants permission to delete an IPAM prefix list resolver. Access level: Write. Resources: ipam-prefix-list-resolver*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteIpamPrefixListResolver.html */
  DeleteIpamPrefixListResolver: "W|||34;1;1~102|94||;",
  /** Grants permission to delete an IPAM prefix list resolver target. Access level: Write. Resources: ipam-prefix-list-resolver-target*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteIpamPrefixListResolverTarget.html */
  DeleteIpamPrefixListResolverTarget: "W|||35;1;1~102|94||;",
  /** Grants permission to delete an IPAM resource discovery. Access level: Write. Resources: ipam-resource-discovery*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteIpamResourceDiscovery.html */
  DeleteIpamResourceDiscovery: "W|||36;1;1~102|94||;",
  /** Grants permission to delete the scope for an Amazon VPC IP Address Manager (IPAM). Access level: Write. Resources: ipam-scope*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteIpamScope.html */
  DeleteIpamScope: "W|||38;1;1~102|94||;",
  /** Grants permission to delete a key pair by removing the public key from Amazon EC2. Access level: Write. Resources: key-pair. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteKeyPair.html */
  DeleteKeyPair: "W|||41;0;1~62~63~102|94||;",
  /** Grants permission to delete a launch template and its associated versions. Access level: Write. Resources: launch-template*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteLaunchTemplate.html */
  DeleteLaunchTemplate: "W|||42;1;1~67~102|94||;",
  /** Grants permission to delete one or more versions of a launch template. Access level: Write. Resources: launch-template*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteLaunchTemplateVersions.html */
  DeleteLaunchTemplateVersions: "W|||42;1;1~67~102|94||;",
  /** Grants permission to delete a route from a local gateway route table. Access level: Write. Resources: local-gateway-route-table*, prefix-list. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteLocalGatewayRoute.html */
  DeleteLocalGatewayRoute: "W|||45;1;1~102,60;0;1~102|94||;",
  /** Grants permission to delete a local gateway route table. Access level: Write. Resources: local-gateway-route-table*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteLocalGatewayRouteTable.html */
  DeleteLocalGatewayRouteTable: "W|||45;1;1~102|94||;",
  /** Grants permission to deny a service from accessing a local gateway route table. Access level: Permissions management. Resources: local-gateway-route-table*. Permission only. https://docs.aws.amazon.com/outposts/latest/userguide/identity-access-management.html */
  DeleteLocalGatewayRouteTablePermission: "P||1|45;1;1~102|94||",
  /** Grants permission to delete a local gateway route table virtual interface group association. Access level: Write. Resources: local-gateway-route-table-virtual-interface-group-association*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteLocalGatewayRouteTableVirtualInterfaceGroupAssociation.html */
  DeleteLocalGatewayRouteTableVirtualInterfaceGroupAssociation: "W|||46;1;1~102|94||;",
  /** Grants permission to delete an association between a VPC and local gateway route table. Access level: Write. Resources: local-gateway-route-table-vpc-association*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteLocalGatewayRouteTableVpcAssociation.html */
  DeleteLocalGatewayRouteTableVpcAssociation: "W|||47;1;1~102|94||;",
  /** Grants permission to delete a local gateway virtual interface. Access level: Write. Resources: local-gateway-virtual-interface*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteLocalGatewayVirtualInterface.html */
  DeleteLocalGatewayVirtualInterface: "W|||48;1;1~102|94||;",
  /** Grants permission to delete a local gateway virtual interface group. Access level: Write. Resources: local-gateway-virtual-interface-group*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteLocalGatewayVirtualInterfaceGroup.html */
  DeleteLocalGatewayVirtualInterfaceGroup: "W|||49;1;1~102|94||;",
  /** Grants permission to delete a managed prefix list. Access level: Write. Resources: prefix-list*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteManagedPrefixList.html */
  DeleteManagedPrefixList: "W|||60;1;1~57~102|94||;",
  /** Grants permission to delete a NAT gateway. Access level: Write. Resources: natgateway*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteNatGateway.html */
  DeleteNatGateway: "W|||51;1;1~102|94||;",
  /** Grants permission to delete a network ACL. Access level: Write. Resources: network-acl*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteNetworkAcl.html */
  DeleteNetworkAcl: "W|||52;1;1~71~102~128|94||;",
  /** Grants permission to delete an inbound or outbound entry (rule) from a network ACL. Access level: Write. Resources: network-acl*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteNetworkAclEntry.html */
  DeleteNetworkAclEntry: "W|||52;1;1~71~102~128|94||;",
  /** Grants permission to delete a Network Access Scope. Access level: Write. Resources: network-insights-access-scope*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteNetworkInsightsAccessScope.html */
  DeleteNetworkInsightsAccessScope: "W|||53;1;1~102|94||;",
  /** Grants permission to delete a Network Access Scope analysis. Access level: Write. Resources: network-insights-access-scope-analysis*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteNetworkInsightsAccessScopeAnalysis.html */
  DeleteNetworkInsightsAccessScopeAnalysis: "W|||54;1;1~102|94||;",
  /** Grants permission to delete a network insights analysis. Access level: Write. Resources: network-insights-analysis*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteNetworkInsightsAnalysis.html */
  DeleteNetworkInsightsAnalysis: "W|||55;1;1~102|94||;",
  /** Grants permission to delete a network insights path. Access level: Write. Resources: network-insights-path*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteNetworkInsightsPath.html */
  DeleteNetworkInsightsPath: "W|||56;1;1~102|94||;",
  /** Grants permission to delete a detached network interface. Access level: Write. Resources: network-interface*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteNetworkInterface.html */
  DeleteNetworkInterface: "W|||57;1;1~14~67~72~102~118~128|94||;",
  /** Grants permission to delete a permission that is associated with a network interface. Access level: Permissions management. Resources: network-interface. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteNetworkInterfacePermission.html */
  DeleteNetworkInterfacePermission: "P|||57;0;1~14~67~72~102~118~128|94||;",
  /** Grants permission to allow Oracle Database@AWS to delete a peering connection between an ODB network and a VPC. Access level: Permissions management. Resources: vpc*. Permission only. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteOdbNetworkPeering.html */
  DeleteOdbNetworkPeering: "P||1|97;1;1~102~121~129|94||",
  /** Grants permission to delete a placement group. Access level: Write. Resources: placement-group*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeletePlacementGroup.html */
  DeletePlacementGroup: "W|||59;1;1~88~89~102|94||;",
  /** Grants permission to delete a public IPv4 address pool for public IPv4 CIDRs that you own and brought to Amazon to manage with Amazon VPC IP Address Manager (IPAM). Access level: Write. Resources: ipv4pool-ec2*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeletePublicIpv4Pool.html */
  DeletePublicIpv4Pool: "W|||39;1;1~102|94||;",
  /** Grants permission to delete the queued purchases for the specified Reserved Instances. Access level: Write. Resources: reserved-instances*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteQueuedReservedInstances.html */
  DeleteQueuedReservedInstances: "W|||62;1;1~53~101~102~121|94||;",
  /** Grants permission to remove an IAM policy that enables cross-account sharing from a resource. Access level: Permissions management. Resources: ipam-pool, placement-group, verified-access-group. Permission only. https://docs.aws.amazon.com/vpc/latest/ipam/share-pool-ipam.html */
  DeleteResourcePolicy: "P||1|33;0;1~102,59;0;1~88~89~102,92;0;1~102|94||",
  /** Grants permission to delete a route from a route table. Access level: Write. Resources: route-table*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteRoute.html */
  DeleteRoute: "W|||67;1;1~102~105~128|94||;",
  /** Grants permission to delete a route server. Access level: Write. Resources: route-server*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteRouteServer.html */
  DeleteRouteServer: "W|||64;1;1~102|94|sns:DeleteTopic|;",
  /** Grants permission to delete a route server endpoint. Access level: Write. Resources: route-server-endpoint*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteRouteServerEndpoint.html */
  DeleteRouteServerEndpoint: "W|||65;1;1~14~102|94|ec2:DeleteNetworkInterface,ec2:DeleteSecurityGroup,5|;",
  /** Grants permission to delete a route server peer. Access level: Write. Resources: route-server-peer*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteRouteServerPeer.html */
  DeleteRouteServerPeer: "W|||66;1;1~14~102|94|5|;",
  /** Grants permission to delete a route table. Access level: Write. Resources: route-table*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteRouteTable.html */
  DeleteRouteTable: "W|||67;1;1~102~105~128|94||;",
  /** Grants permission to delete a secondary network. Access level: Write. Resources: secondary-network*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteSecondaryNetwork.html */
  DeleteSecondaryNetwork: "W|||69;1;1~102|94||;",
  /** Grants permission to delete a secondary subnet. Access level: Write. Resources: secondary-subnet*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteSecondarySubnet.html */
  DeleteSecondarySubnet: "W|||70;1;1~102|94||;",
  /** Grants permission to delete a security group. Access level: Write. Resources: security-group*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteSecurityGroup.html */
  DeleteSecurityGroup: "W|||71;1;1~102~108~128|94||;",
  /** Grants permission to delete a snapshot of an EBS volume. Access level: Write. Resources: snapshot*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteSnapshot.html */
  DeleteSnapshot: "W|||73;1;1~14~74~75~77~102~111~113~125|94||;",
  /** Grants permission to delete a data feed for Spot Instances. Access level: Write. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteSpotDatafeedSubscription.html */
  DeleteSpotDatafeedSubscription: "W||||94||;",
  /** Grants permission to delete a subnet. Access level: Write. Resources: subnet*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteSubnet.html */
  DeleteSubnet: "W|||76;1;1~14~15~102~119~128|94||;",
  /** Grants permission to delete a subnet CIDR reservation. Access level: Write. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteSubnetCidrReservation.html */
  DeleteSubnetCidrReservation: "W||||94||;",
  /** Grants permission to delete one or more tags from Amazon EC2 resources. Access level: Tagging. Resources: capacity-block, capacity-manager-data-export, capacity-reservation, capacity-reservation-fleet, carrier-gateway, client-vpn-endpoint, coip-pool, customer-gateway, declarative-policies-report, dedicated-host, dhcp-options, egress-only-internet-gateway, elastic-gpu, elastic-ip, export-image-task, export-instance-task, fleet, fpga-image, host-reservation, image, image-usage-report, import-image-task, import-snapshot-task, instance, instance-connect-endpoint, instance-event-window, internet-gateway, ipam, ipam-external-resource-verification-token, ipam-policy, ipam-pool, ipam-prefix-list-resolver, ipam-prefix-list-resolver-target, ipam-resource-discovery, ipam-resource-discovery-association, ipam-scope, ipv4pool-ec2, ipv6pool-ec2, key-pair, launch-template, local-gateway, local-gateway-route-table, local-gateway-route-table-virtual-interface-group-association, local-gateway-route-table-vpc-association, local-gateway-virtual-interface, local-gateway-virtual-interface-group, natgateway, network-acl, network-insights-access-scope, network-insights-access-scope-analysis, network-insights-analysis, network-insights-path, network-interface, placement-group, prefix-list, replace-root-volume-task, reserved-instances, route-server, route-server-endpoint, route-server-peer, route-table, secondary-interface, secondary-network, secondary-subnet, security-group, security-group-rule, snapshot, spot-fleet-request, spot-instances-request, subnet, subnet-cidr-reservation, traffic-mirror-filter, traffic-mirror-filter-rule, traffic-mirror-session, traffic-mirror-target, transit-gateway, transit-gateway-attachment, transit-gateway-connect-peer, transit-gateway-metering-policy, transit-gateway-multicast-domain, transit-gateway-policy-table, transit-gateway-route-table, transit-gateway-route-table-announcement, verified-access-endpoint, verified-access-endpoint-target, verified-access-group, verified-access-instance, verified-access-policy, verified-access-trust-provider, volume, vpc, vpc-block-public-access-exclusion, vpc-encryption-control, vpc-endpoint, vpc-endpoint-connection, vpc-endpoint-service, vpc-endpoint-service-permission, vpc-flow-log, vpc-peering-connection, vpn-concentrator, vpn-connection, vpn-gateway. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteTags.html */
  DeleteTags:
    "T|||0;0;0~1~2~102,1;0;0~1~2~102,2;0;0~1~2~102,3;0;0~1~2~102,4;0;0~1~2~102,6;0;0~1~2~102,7;0;0~1~2~102,8;0;0~1~2~102,9;0;0~1~2~102,10;0;0~1~2~102,11;0;0~1~2~102,12;0;0~1~2~102,13;0;0~1~2~102,15;0;0~1~2~102,16;0;0~1~2~102,17;0;0~1~2~102,18;0;0~1~2~102,19;0;0~1~2~102,21;0;0~1~2~102,22;0;0~1~2~102,23;0;0~1~2~102,24;0;0~1~2~102,25;0;0~1~2~102,26;0;0~1~2~102,27;0;0~1~2~102,28;0;0~1~2~102,29;0;0~1~2~102,30;0;0~1~2~102,31;0;0~1~2~102,32;0;0~1~2~102,33;0;0~1~2~102,34;0;0~1~2~102,35;0;0~1~2~102,36;0;0~1~2~102,37;0;0~1~2~102,38;0;0~1~2~102,39;0;0~1~2~102,40;0;0~1~2~102,41;0;0~1~2~102,42;0;0~1~2~102,44;0;0~1~2~102,45;0;0~1~2~102,46;0;0~1~2~102,47;0;0~1~2~102,48;0;0~1~2~102,49;0;0~1~2~102,51;0;0~1~2~102,52;0;0~1~2~102,53;0;0~1~2~102,54;0;0~1~2~102,55;0;0~1~2~102,56;0;0~1~2~102,57;0;0~1~2~102,59;0;0~1~2~102,60;0;0~1~2~102,61;0;0~1~2~102,62;0;0~1~2~102,64;0;0~1~2~102,65;0;0~1~2~102,66;0;0~1~2~102,67;0;0~1~2~102,68;0;0~1~2~102,69;0;0~1~2~102,70;0;0~1~2~102,71;0;0~1~2~102,72;0;0~1~2~102,73;0;0~1~2~102,74;0;0~1~2~102,75;0;0~1~2~102,76;0;0~1~2~102,77;0;0~1~2~102,78;0;0~1~2~102,79;0;0~1~2~102,80;0;0~1~2~102,81;0;0~1~2~102,82;0;0~1~2~102,83;0;0~1~2~102,84;0;0~1~2~102,85;0;0~1~2~102,86;0;0~1~2~102,87;0;0~1~2~102,88;0;0~1~2~102,89;0;0~1~2~102,90;0;0~1~2~102,91;0;0~1~2~102,92;0;0~1~2~102,93;0;0~1~2~102,94;0;0~1~2~102,95;0;0~1~2~102,96;0;0~1~2~102,97;0;0~1~2~102,98;0;0~1~2~102,99;0;0~1~2~102,100;0;0~1~2~102,101;0;0~1~2~102,102;0;0~1~2~102,103;0;0~1~2~102,104;0;0~1~2~102,105;0;0~1~2~102,106;0;0~1~2~102,107;0;0~1~2~102,109;0;0~1~2~102|2,94||;",
  /** Grants permission to delete a traffic mirror filter. Access level: Write. Resources: traffic-mirror-filter*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteTrafficMirrorFilter.html */
  DeleteTrafficMirrorFilter: "W|||78;1;1~102|94||;",
  /** Grants permission to delete a traffic mirror filter rule. Access level: Write. Resources: traffic-mirror-filter*, traffic-mirror-filter-rule*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteTrafficMirrorFilterRule.html */
  DeleteTrafficMirrorFilterRule: "W|||78;1;1~102,79;1;1~102|94||;",
  /** Grants permission to delete a traffic mirror session. Access level: Write. Resources: traffic-mirror-session*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteTrafficMirrorSession.html */
  DeleteTrafficMirrorSession: "W|||80;1;1~102|94||;",
  /** Grants permission to delete a traffic mirror target. Access level: Write. Resources: traffic-mirror-target*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteTrafficMirrorTarget.html */
  DeleteTrafficMirrorTarget: "W|||81;1;1~102|94||;",
  /** Grants permission to delete a transit gateway. Access level: Write. Resources: transit-gateway*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteTransitGateway.html */
  DeleteTransitGateway: "W|||82;1;1~102~141|94||;",
  /** Grants permission to delete a transit gateway connect attachment. Access level: Write. Resources: transit-gateway-attachment*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteTransitGatewayConnect.html */
  DeleteTransitGatewayConnect: "W|||83;1;1~102~139|94||;",
  /** Grants permission to delete a transit gateway connect peer. Access level: Write. Resources: transit-gateway-connect-peer*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteTransitGatewayConnectPeer.html */
  DeleteTransitGatewayConnectPeer: "W|||84;1;1~102~140|94||;",
  /** Grants permission to delete a transit gateway metering policy. Access level: Write. Resources: transit-gateway-metering-policy*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteTransitGatewayMeteringPolicy.html */
  DeleteTransitGatewayMeteringPolicy: "W|||85;1;1~102~142|94||;",
  /** Grants permission to delete an entry from a transit gateway metering policy. Access level: Write. Resources: transit-gateway-metering-policy*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteTransitGatewayMeteringPolicyEntry.html */
  DeleteTransitGatewayMeteringPolicyEntry: "W|||85;1;1~102~142|94||;",
  /** Grants permission to delete a transit gateway multicast domain. Access level: Write. Resources: transit-gateway-multicast-domain*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteTransitGatewayMulticastDomain.html */
  DeleteTransitGatewayMulticastDomain: "W|||86;1;1~102~143|94||;",
  /** Grants permission to delete a peering attachment from a transit gateway. Access level: Write. Resources: transit-gateway-attachment*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteTransitGatewayPeeringAttachment.html */
  DeleteTransitGatewayPeeringAttachment: "W|||83;1;1~102~139|94||;",
  /** Grants permission to delete a transit gateway policy table. Access level: Write. Resources: transit-gateway-policy-table*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteTransitGatewayPolicyTable.html */
  DeleteTransitGatewayPolicyTable: "W|||87;1;1~102~144|94||;",
  /** Grants permission to delete a transit gateway prefix list reference. Access level: Write. Resources: prefix-list*, transit-gateway-route-table*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteTransitGatewayPrefixListReference.html */
  DeleteTransitGatewayPrefixListReference: "W|||60;1;1~102,88;1;1~102~146|94||;",
  /** Grants permission to delete a route from a transit gateway route table. Access level: Write. Resources: transit-gateway-route-table*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteTransitGatewayRoute.html */
  DeleteTransitGatewayRoute: "W|||88;1;1~102~146|94||;",
  /** Grants permission to delete a transit gateway route table. Access level: Write. Resources: transit-gateway-route-table*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteTransitGatewayRouteTable.html */
  DeleteTransitGatewayRouteTable: "W|||88;1;1~102~146|94||;",
  /** Grants permission to delete a transit gateway route table announcement. Access level: Write. Resources: transit-gateway-route-table-announcement*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteTransitGatewayRouteTableAnnouncement.html */
  DeleteTransitGatewayRouteTableAnnouncement: "W|||89;1;1~102~145|94||;",
  /** Grants permission to delete a VPC attachment from a transit gateway. Access level: Write. Resources: transit-gateway-attachment*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteTransitGatewayVpcAttachment.html */
  DeleteTransitGatewayVpcAttachment: "W|||83;1;1~102~139|94||;",
  /** Grants permission to delete a Verified Access endpoint. Access level: Write. Resources: verified-access-endpoint*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteVerifiedAccessEndpoint.html */
  DeleteVerifiedAccessEndpoint: "W|||90;1;1~102|94||;",
  /** Grants permission to delete a Verified Access group. Access level: Write. Resources: verified-access-group*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteVerifiedAccessGroup.html */
  DeleteVerifiedAccessGroup: "W|||92;1;1~102|94||;",
  /** Grants permission to delete a Verified Access instance. Access level: Write. Resources: verified-access-instance*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteVerifiedAccessInstance.html */
  DeleteVerifiedAccessInstance: "W|||93;1;1~102|94||;",
  /** Grants permission to delete a verified trust provider. Access level: Write. Resources: verified-access-trust-provider*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteVerifiedAccessTrustProvider.html */
  DeleteVerifiedAccessTrustProvider: "W|||95;1;1~102|94||;",
  /** Grants permission to delete an EBS volume. Access level: Write. Resources: volume*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteVolume.html */
  DeleteVolume: "W|||96;1;1~14~15~31~67~76~77~102~122~123~124~125~126~127|94||;",
  /** Grants permission to delete a VPC. Access level: Write. Resources: vpc*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteVpc.html */
  DeleteVpc: "W|||97;1;1~102~121~129|94||;",
  /** Grants permission to delete an exclusion list for blocked public access on a VPC. Access level: Write. Resources: vpc-block-public-access-exclusion*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteVpcBlockPublicAccessExclusion.html */
  DeleteVpcBlockPublicAccessExclusion: "W|||98;1;1~102|94||;",
  /** Grants permission to delete a VPC Encryption Control. Access level: Write. Resources: vpc-encryption-control*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteVpcEncryptionControl.html */
  DeleteVpcEncryptionControl: "W|||99;1;1~102|94||;",
  /** Grants permission to delete one or more VPC endpoint connection notifications. Access level: Write. Resources: vpc-endpoint, vpc-endpoint-service. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteVpcEndpointConnectionNotifications.html */
  DeleteVpcEndpointConnectionNotifications: "W|||100;0;1~102,102;0;1~102~131~138|94||;",
  /** Grants permission to delete one or more VPC endpoint service configurations. Access level: Write. Resources: vpc-endpoint-service*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteVpcEndpointServiceConfigurations.html */
  DeleteVpcEndpointServiceConfigurations: "W|||102;1;1~102~131~138|94||;",
  /** Grants permission to delete one or more VPC endpoints. Access level: Write. Resources: vpc-endpoint*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteVpcEndpoints.html */
  DeleteVpcEndpoints: "W|||100;1;1~102~131~134~137|94||;",
  /** Grants permission to delete a VPC peering connection. Access level: Write. Resources: vpc-peering-connection*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteVpcPeeringConnection.html */
  DeleteVpcPeeringConnection: "W|||105;1;1~3~100~102~130|94||;",
  /** Grants permission to delete a VPN concentrator. Access level: Write. Resources: vpn-concentrator*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteVpnConcentrator.html */
  DeleteVpnConcentrator: "W|||106;1;1~102|94||;",
  /** Grants permission to delete a VPN connection. Access level: Write. Resources: vpn-connection*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteVpnConnection.html */
  DeleteVpnConnection: "W|||107;1;1~102|94||;",
  /** Grants permission to delete a static route for a VPN connection between a virtual private gateway and a customer gateway. Access level: Write. Resources: vpn-connection*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteVpnConnectionRoute.html */
  DeleteVpnConnectionRoute: "W|||107;1;1~102|94||;",
  /** Grants permission to delete a virtual private gateway. Access level: Write. Resources: vpn-gateway*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteVpnGateway.html */
  DeleteVpnGateway: "W|||109;1;1~102|94||;",
  /** Grants permission to release an IP address range that was provisioned through bring your own IP addresses (BYOIP), and to delete the corresponding address pool. Access level: Write. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeprovisionByoipCidr.html */
  DeprovisionByoipCidr: "W||||94||;",
  /** Grants permission to deprovision an Autonomous System Number (ASN) from an Amazon Web Services account. Access level: Write. Resources: ipam*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeprovisionIpamByoasn.html */
  DeprovisionIpamByoasn: "W|||30;1;1~102|94||;",
  /** Grants permission to deprovision a CIDR provisioned from an Amazon VPC IP Address Manager (IPAM) pool. Access level: Write. Resources: ipam-pool*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeprovisionIpamPoolCidr.html */
  DeprovisionIpamPoolCidr: "W|||33;1;1~102|94||;",
  /** Grants permission to deprovision a CIDR from a public IPv4 pool. Access level: Write. Resources: ipv4pool-ec2*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeprovisionPublicIpv4PoolCidr.html */
  DeprovisionPublicIpv4PoolCidr: "W|||39;1;1~102|94||;",
  /** Grants permission to deregister an Amazon Machine Image (AMI). Access level: Write. Resources: image*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeregisterImage.html */
  DeregisterImage: "W|||22;1;1~40~41~75~91~102~104|94||;",
  /** Grants permission to remove tags from the set of tags to include in notifications about scheduled events for your instances. Access level: Write. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeregisterInstanceEventNotificationAttributes.html */
  DeregisterInstanceEventNotificationAttributes: "W||||94||;",
  /** Grants permission to deregister one or more network interface members from a group IP address in a transit gateway multicast domain. Access level: Write. Resources: network-interface, transit-gateway-multicast-domain. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeregisterTransitGatewayMulticastGroupMembers.html */
  DeregisterTransitGatewayMulticastGroupMembers: "W|||57;0;1~14~67~72~102~118~128,86;0;1~102~143|94||;",
  /** Grants permission to deregister one or more network interface sources from a group IP address in a transit gateway multicast domain. Access level: Write. Resources: network-interface, transit-gateway-multicast-domain. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeregisterTransitGatewayMulticastGroupSources.html */
  DeregisterTransitGatewayMulticastGroupSources: "W|||57;0;1~14~67~72~102~118~128,86;0;1~102~143|94||;",
  /** Grants permission to describe the attributes of the AWS account. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeAccountAttributes.html */
  DescribeAccountAttributes: "L||||94||;",
  /** Grants permission to describe an Elastic IP address transfer. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeAddressTransfers.html */
  DescribeAddressTransfers: "L||||94||;",
  /** Grants permission to describe one or more Elastic IP addresses. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeAddresses.html */
  DescribeAddresses: "L||||94||;",
  /** Grants permission to describe the attributes of the specified Elastic IP addresses. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeAddressesAttribute.html */
  DescribeAddressesAttribute: "L||||94||;",
  /** Grants permission to describe the longer ID format settings for all resource types. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeAggregateIdFormat.html */
  DescribeAggregateIdFormat: "L||||94||;",
  /** Grants permission to describe one or more of the Availability Zones that are available to you. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeAvailabilityZones.html */
  DescribeAvailabilityZones: "L||||94||;",
  /** Grants permission to describe the current infrastructure performance metric subscriptions. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeAwsNetworkPerformanceMetricSubscriptions.html */
  DescribeAwsNetworkPerformanceMetricSubscriptions: "L||||94||;",
  /** Grants permission to describe one or more bundling tasks. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeBundleTasks.html */
  DescribeBundleTasks: "L||||94||;",
  /** Grants permission to describe the IP address ranges that were provisioned through bring your own IP addresses (BYOIP). Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeByoipCidrs.html */
  DescribeByoipCidrs: "L||||94||;",
  /** Grants permission to describe Capacity Block extensions history. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeCapacityBlockExtensionHistory.html */
  DescribeCapacityBlockExtensionHistory: "L||||94||;",
  /** Grants permission to describe Capacity Block extensions offerings. Access level: List. Resources: capacity-reservation*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeCapacityBlockExtensionOfferings.html */
  DescribeCapacityBlockExtensionOfferings: "L|||2;1;1~14~16~23~25~29~32~33~46~49~51~53~74~87~102~115~121|94||;",
  /** Grants permission to describe Capacity Block offerings available for purchase. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeCapacityBlockOfferings.html */
  DescribeCapacityBlockOfferings: "L||||94||;",
  /** Grants permission to describe the availability of capacity for the specified Capacity blocks, or all of your Capacity Blocks. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeCapacityBlockStatus.html */
  DescribeCapacityBlockStatus: "L||||94||;",
  /** Grants permission to describe details about Capacity Blocks in the AWS Region that you're currently using. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeCapacityBlocks.html */
  DescribeCapacityBlocks: "L||||94||;",
  /** Grants permission to describe one or more Capacity Manager data export configurations. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeCapacityManagerDataExports.html */
  DescribeCapacityManagerDataExports: "L||||94||;",
  /** Grants permission to describe one or more requests to assign the billing of the unused capacity of a Capacity Reservation. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeCapacityReservationBillingRequests.html */
  DescribeCapacityReservationBillingRequests: "L||||94||;",
  /** Grants permission to describe one or more Capacity Reservation Fleets. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeCapacityReservationFleets.html */
  DescribeCapacityReservationFleets: "L||||94||;",
  /** Grants permission to describe the topology of one or more Capacity Reservations. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeCapacityReservationTopology.html */
  DescribeCapacityReservationTopology: "L||||94||;",
  /** Grants permission to describe one or more Capacity Reservations. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeCapacityReservations.html */
  DescribeCapacityReservations: "L||||94||;",
  /** Grants permission to describe one or more Carrier Gateways. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeCarrierGateways.html */
  DescribeCarrierGateways: "L||||94||;",
  /** Grants permission to describe one or more linked EC2-Classic instances. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeClassicLinkInstances.html */
  DescribeClassicLinkInstances: "L||||94||;",
  /** Grants permission to describe the authorization rules for a Client VPN endpoint. Access level: List. Resources: client-vpn-endpoint*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeClientVpnAuthorizationRules.html */
  DescribeClientVpnAuthorizationRules: "L|||6;1;1~102|94||;",
  /** Grants permission to describe active client connections and connections that have been terminated within the last 60 minutes for a Client VPN endpoint. Access level: List. Resources: client-vpn-endpoint*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeClientVpnConnections.html */
  DescribeClientVpnConnections: "L|||6;1;1~17~18~19~27~102~107~109|94||;",
  /** Grants permission to describe one or more Client VPN endpoints. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeClientVpnEndpoints.html */
  DescribeClientVpnEndpoints: "L||||94||;",
  /** Grants permission to describe the routes for a Client VPN endpoint. Access level: List. Resources: client-vpn-endpoint*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeClientVpnRoutes.html */
  DescribeClientVpnRoutes: "L|||6;1;1~17~18~19~27~102~107~109|94||;",
  /** Grants permission to describe the target networks that are associated with a Client VPN endpoint. Access level: List. Resources: client-vpn-endpoint*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeClientVpnTargetNetworks.html */
  DescribeClientVpnTargetNetworks: "L|||6;1;1~17~18~19~27~102~107~109|94||;",
  /** Grants permission to describe the specified customer-owned address pools or all of your customer-owned address pools. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeCoipPools.html */
  DescribeCoipPools: "L||||94||;",
  /** Grants permission to describe one or more conversion tasks. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeConversionTasks.html */
  DescribeConversionTasks: "L||||94||;",
  /** Grants permission to describe one or more customer gateways. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeCustomerGateways.html */
  DescribeCustomerGateways: "L||||94||;",
  /** Grants permission to describe one or more declarative policies reports. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeDeclarativePoliciesReports.html */
  DescribeDeclarativePoliciesReports: "L||||94||;",
  /** Grants permission to describe one or more DHCP options sets. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeDhcpOptions.html */
  DescribeDhcpOptions: "L||||94||;",
  /** Grants permission to describe one or more egress-only internet gateways. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeEgressOnlyInternetGateways.html */
  DescribeEgressOnlyInternetGateways: "L||||94||;",
  /** Grants permission to describe an Elastic Graphics accelerator that is associated with an instance. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeElasticGpus.html */
  DescribeElasticGpus: "L||||94||",
  /** Grants permission to describe one or more export image tasks. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeExportImageTasks.html */
  DescribeExportImageTasks: "L||||94||;",
  /** Grants permission to describe one or more export instance tasks. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeExportTasks.html */
  DescribeExportTasks: "L||||94||;",
  /** Grants permission to describe fast-launch enabled Windows AMIs. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeFastLaunchImages.html */
  DescribeFastLaunchImages: "L||||94||;",
  /** Grants permission to describe the state of fast snapshot restores for snapshots. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeFastSnapshotRestores.html */
  DescribeFastSnapshotRestores: "L||||94||;",
  /** Grants permission to describe the events for an EC2 Fleet during a specified time. Access level: List. Resources: fleet*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeFleetHistory.html */
  DescribeFleetHistory: "L|||18;1;1~102|94||;",
  /** Grants permission to describe the running instances for an EC2 Fleet. Access level: List. Resources: fleet*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeFleetInstances.html */
  DescribeFleetInstances: "L|||18;1;1~102|94||;",
  /** Grants permission to describe one or more EC2 Fleets. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeFleets.html */
  DescribeFleets: "L||||94||;",
  /** Grants permission to describe one or more flow logs. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeFlowLogs.html */
  DescribeFlowLogs: "L||||94||;",
  /** Grants permission to describe the attributes of an Amazon FPGA Image (AFI). Access level: List. Resources: fpga-image*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeFpgaImageAttribute.html */
  DescribeFpgaImageAttribute: "L|||19;1;1~75~102|94||;",
  /** Grants permission to describe one or more Amazon FPGA Images (AFIs). Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeFpgaImages.html */
  DescribeFpgaImages: "L||||94||;",
  /** Grants permission to describe the Dedicated Host Reservations that are available to purchase. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeHostReservationOfferings.html */
  DescribeHostReservationOfferings: "L||||94||;",
  /** Grants permission to describe the Dedicated Host Reservations that are associated with Dedicated Hosts in the AWS account. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeHostReservations.html */
  DescribeHostReservations: "L||||94||;",
  /** Grants permission to describe one or more Dedicated Hosts. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeHosts.html */
  DescribeHosts: "L||||94||;",
  /** Grants permission to describe the IAM instance profile associations. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeIamInstanceProfileAssociations.html */
  DescribeIamInstanceProfileAssociations: "L||||94||;",
  /** Grants permission to describe the ID format settings for resources. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeIdFormat.html */
  DescribeIdFormat: "L||||94||;",
  /** Grants permission to describe the ID format settings for resources for an IAM user, IAM role, or root user. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeIdentityIdFormat.html */
  DescribeIdentityIdFormat: "L||||94||;",
  /** Grants permission to describe an attribute of an Amazon Machine Image (AMI). Access level: List. Resources: image*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeImageAttribute.html */
  DescribeImageAttribute: "L|||22;1;1~40~41~75~91~102~104|94||;",
  /** Grants permission to describe your AWS resources that are referencing specified images. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeImageReferences.html */
  DescribeImageReferences: "L||||94||;",
  /** Grants permission to describe the entries of an AMI usage report. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeImageUsageReportEntries.html */
  DescribeImageUsageReportEntries: "L||||94||;",
  /** Grants permission to describe the configuration and status of an AMI usage report. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeImageUsageReports.html */
  DescribeImageUsageReports: "L||||94||;",
  /** Grants permission to describe one or more images (AMIs, AKIs, and ARIs). Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeImages.html */
  DescribeImages: "L||||94||;",
  /** Grants permission to describe import virtual machine or import snapshot tasks. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeImportImageTasks.html */
  DescribeImportImageTasks: "L||||94||;",
  /** Grants permission to describe import snapshot tasks. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeImportSnapshotTasks.html */
  DescribeImportSnapshotTasks: "L||||94||;",
  /** Grants permission to describe the attributes of an instance. Access level: List. Resources: instance*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeInstanceAttribute.html */
  DescribeInstanceAttribute: "L|||26;1;1~14~15~21~29~44~45~47~48~50~52~53~67~68~69~70~87~90~102~104~121|94||;",
  /** Grants permission to describe EC2 Instance Connect Endpoints. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeInstanceConnectEndpoints.html */
  DescribeInstanceConnectEndpoints: "L||||94||;",
  /** Grants permission to describe the credit option for CPU usage of one or more burstable performance instances. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeInstanceCreditSpecifications.html */
  DescribeInstanceCreditSpecifications: "L||||94||;",
  /** Grants permission to describe the set of tags to include in notifications about scheduled events for your instances. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeInstanceEventNotificationAttributes.html */
  DescribeInstanceEventNotificationAttributes: "L||||94||;",
  /** Grants permission to describe the specified event windows or all event windows. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeInstanceEventWindows.html */
  DescribeInstanceEventWindows: "L||||94||;",
  /** Grants permission to describe the AMI that was used to launch an instance. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeInstanceImageMetadata.html */
  DescribeInstanceImageMetadata: "L||||94||;",
  /** Grants permission to describe EC2 instance SQL HA history states. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeInstanceSqlHaHistoryStates.html */
  DescribeInstanceSqlHaHistoryStates: "L||||94||;",
  /** Grants permission to describe EC2 instance SQL HA states. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeInstanceSqlHaStates.html */
  DescribeInstanceSqlHaStates: "L||||94||;",
  /** Grants permission to describe the status of one or more instances. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeInstanceStatus.html */
  DescribeInstanceStatus: "L||||94||;",
  /** Grants permission to describe a tree-based hierarchy that represents the physical host placement of EC2 instances. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeInstanceTopology.html */
  DescribeInstanceTopology: "L||||94||;",
  /** Grants permission to describe the set of instance types that are offered in a location. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeInstanceTypeOfferings.html */
  DescribeInstanceTypeOfferings: "L||||94||;",
  /** Grants permission to describe the details of instance types that are offered in a location. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeInstanceTypes.html */
  DescribeInstanceTypes: "L||||94||;",
  /** Grants permission to describe one or more instances. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeInstances.html */
  DescribeInstances: "L||||94||;",
  /** Grants permission to describe one or more internet gateways. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeInternetGateways.html */
  DescribeInternetGateways: "L||||94||;",
  /** Grants permission to describe a bring your own Autonomous System Number (BYOASN) that you've brought to IPAM. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeIpamByoasn.html */
  DescribeIpamByoasn: "L||||94||;",
  /** Grants permission to describe verification tokens, which proves ownership of an external resource. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeIpamExternalResourceVerificationTokens.html */
  DescribeIpamExternalResourceVerificationTokens: "L||||94||;",
  /** Grants permission to describe Amazon VPC IP Address Manager (IPAM) policies. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeIpamPolicies.html */
  DescribeIpamPolicies: "L||||94||;",
  /** Grants permission to describe Amazon VPC IP Address Manager (IPAM) pools. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeIpamPools.html */
  DescribeIpamPools: "L||||94||;",
  /** Grants permission to describe IPAM prefix list resolver targets. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeIpamPrefixListResolverTargets.html */
  DescribeIpamPrefixListResolverTargets: "L||||94||;",
  /** Grants permission to describe IPAM prefix list resolvers. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeIpamPrefixListResolvers.html */
  DescribeIpamPrefixListResolvers: "L||||94||;",
  /** Grants permission to describe IPAM resource discoveries. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeIpamResourceDiscoveries.html */
  DescribeIpamResourceDiscoveries: "L||||94||;",
  /** Grants permission to describe resource discovery associations with an Amazon VPC IPAM. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeIpamResourceDiscoveryAssociations.html */
  DescribeIpamResourceDiscoveryAssociations: "L||||94||;",
  /** Grants permission to describe Amazon VPC IP Address Manager (IPAM) scopes. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeIpamScopes.html */
  DescribeIpamScopes: "L||||94||;",
  /** Grants permission to describe an Amazon VPC IP Address Manager (IPAM). Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeIpams.html */
  DescribeIpams: "L||||94||;",
  /** Grants permission to describe one or more IPv6 address pools. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeIpv6Pools.html */
  DescribeIpv6Pools: "L||||94||;",
  /** Grants permission to describe one or more key pairs. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeKeyPairs.html */
  DescribeKeyPairs: "L||||94||;",
  /** Grants permission to describe one or more launch template versions. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeLaunchTemplateVersions.html */
  DescribeLaunchTemplateVersions: "L||||94|9|;",
  /** Grants permission to describe one or more launch templates. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeLaunchTemplates.html */
  DescribeLaunchTemplates: "L||||94||;",
  /** Grants permission to allow a service to describe local gateway route table permissions. Access level: List. Permission only. https://docs.aws.amazon.com/outposts/latest/userguide/identity-access-management.html */
  DescribeLocalGatewayRouteTablePermissions: "L||1||94||",
  /** Grants permission to describe the associations between virtual interface groups and local gateway route tables. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeLocalGatewayRouteTableVirtualInterfaceGroupAssociations.html */
  DescribeLocalGatewayRouteTableVirtualInterfaceGroupAssociations: "L||||94||;",
  /** Grants permission to describe an association between VPCs and local gateway route tables. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeLocalGatewayRouteTableVpcAssociations.html */
  DescribeLocalGatewayRouteTableVpcAssociations: "L||||94||;",
  /** Grants permission to describe one or more local gateway route tables. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeLocalGatewayRouteTables.html */
  DescribeLocalGatewayRouteTables: "L||||94||;",
  /** Grants permission to describe local gateway virtual interface groups. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeLocalGatewayVirtualInterfaceGroups.html */
  DescribeLocalGatewayVirtualInterfaceGroups: "L||||94||;",
  /** Grants permission to describe local gateway virtual interfaces. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeLocalGatewayVirtualInterfaces.html */
  DescribeLocalGatewayVirtualInterfaces: "L||||94||;",
  /** Grants permission to describe one or more local gateways. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeLocalGateways.html */
  DescribeLocalGateways: "L||||94||;",
  /** Grants permission to describe the lock status for a snapshot. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeLockedSnapshots.html */
  DescribeLockedSnapshots: "L||||94||;",
  /** Grants permission to describe your EC2 Mac Dedicated hosts. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeMacHosts.html */
  DescribeMacHosts: "L||||94||;",
  /** Grants permission to describe a System Integrity Protection (SIP) modification task or volume ownership delegation task for an Amazon EC2 Mac instance. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeMacModificationTasks.html */
  DescribeMacModificationTasks: "L||||94||;",
  /** Grants permission to describe your managed prefix lists and any AWS-managed prefix lists. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeManagedPrefixLists.html */
  DescribeManagedPrefixLists: "L||||94||;",
  /** Grants permission to describe Elastic IP addresses that are being moved to the EC2-VPC platform. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeMovingAddresses.html */
  DescribeMovingAddresses: "L||||94||",
  /** Grants permission to describe one or more NAT gateways. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeNatGateways.html */
  DescribeNatGateways: "L||||94||;",
  /** Grants permission to describe one or more network ACLs. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeNetworkAcls.html */
  DescribeNetworkAcls: "L||||94||;",
  /** Grants permission to describe one or more Network Access Scope analyses. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeNetworkInsightsAccessScopeAnalyses.html */
  DescribeNetworkInsightsAccessScopeAnalyses: "L||||94||;",
  /** Grants permission to describe the Network Access Scopes. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeNetworkInsightsAccessScopes.html */
  DescribeNetworkInsightsAccessScopes: "L||||94||;",
  /** Grants permission to describe one or more network insights analyses. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeNetworkInsightsAnalyses.html */
  DescribeNetworkInsightsAnalyses: "L||||94||;",
  /** Grants permission to describe one or more network insights paths. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeNetworkInsightsPaths.html */
  DescribeNetworkInsightsPaths: "L||||94||;",
  /** Grants permission to describe a network interface attribute. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeNetworkInterfaceAttribute.html */
  DescribeNetworkInterfaceAttribute: "L||||94||;",
  /** Grants permission to describe the permissions that are associated with a network interface. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeNetworkInterfacePermissions.html */
  DescribeNetworkInterfacePermissions: "L||||94||;",
  /** Grants permission to describe one or more network interfaces. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeNetworkInterfaces.html */
  DescribeNetworkInterfaces: "L||||94||;",
  /** Grants permission to describe Outpost LAGs. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeOutpostLags.html */
  DescribeOutpostLags: "L||||94||;",
  /** Grants permission to describe one or more placement groups. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribePlacementGroups.html */
  DescribePlacementGroups: "L||||94||;",
  /** Grants permission to describe available AWS services in a prefix list format. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribePrefixLists.html */
  DescribePrefixLists: "L||||94||;",
  /** Grants permission to describe the ID format settings for the root user and all IAM roles and IAM users that have explicitly specified a longer ID (17-character ID) preference. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribePrincipalIdFormat.html */
  DescribePrincipalIdFormat: "L||||94||;",
  /** Grants permission to describe one or more IPv4 address pools. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribePublicIpv4Pools.html */
  DescribePublicIpv4Pools: "L||||94||;",
  /** Grants permission to describe one or more AWS Regions that are currently available in your account. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeRegions.html */
  DescribeRegions: "L||||94||;",
  /** Grants permission to describe a root volume replacement task. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeReplaceRootVolumeTasks.html */
  DescribeReplaceRootVolumeTasks: "L||||94||;",
  /** Grants permission to describe one or more purchased Reserved Instances in your account. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeReservedInstances.html */
  DescribeReservedInstances: "L||||94||;",
  /** Grants permission to describe your account's Reserved Instance listings in the Reserved Instance Marketplace. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeReservedInstancesListings.html */
  DescribeReservedInstancesListings: "L||||94||;",
  /** Grants permission to describe the modifications made to one or more Reserved Instances. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeReservedInstancesModifications.html */
  DescribeReservedInstancesModifications: "L||||94||;",
  /** Grants permission to describe the Reserved Instance offerings that are available for purchase. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeReservedInstancesOfferings.html */
  DescribeReservedInstancesOfferings: "L||||94||;",
  /** Grants permission to describe one or more route server endpoints. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeRouteServerEndpoints.html */
  DescribeRouteServerEndpoints: "L||||94||;",
  /** Grants permission to describe one or more route server peers. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeRouteServerPeers.html */
  DescribeRouteServerPeers: "L||||94||;",
  /** Grants permission to describe one or more route servers. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeRouteServers.html */
  DescribeRouteServers: "L||||94||;",
  /** Grants permission to describe one or more route tables. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeRouteTables.html */
  DescribeRouteTables: "L||||94||;",
  /** Grants permission to find available schedules for Scheduled Instances. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeScheduledInstanceAvailability.html */
  DescribeScheduledInstanceAvailability: "L||||94||;",
  /** Grants permission to describe one or more Scheduled Instances in your account. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeScheduledInstances.html */
  DescribeScheduledInstances: "L||||94||;",
  /** Grants permission to describe one or more secondary interfaces. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeSecondaryInterfaces.html */
  DescribeSecondaryInterfaces: "L||||94||;",
  /** Grants permission to describe one or more secondary networks. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeSecondaryNetworks.html */
  DescribeSecondaryNetworks: "L||||94||;",
  /** Grants permission to describe one or more secondary subnets. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeSecondarySubnets.html */
  DescribeSecondarySubnets: "L||||94||;",
  /** Grants permission to describe the VPCs on the other side of a VPC peering connection that are referencing specified VPC security groups. Access level: List. Resources: security-group*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeSecurityGroupReferences.html */
  DescribeSecurityGroupReferences: "L|||71;1;1~102~108~128|94||;",
  /** Grants permission to describe one or more of your security group rules. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeSecurityGroupRules.html */
  DescribeSecurityGroupRules: "L||||94||;",
  /** Grants permission to describe security group VPC associations. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeSecurityGroupVpcAssociations.html */
  DescribeSecurityGroupVpcAssociations: "L||||94||;",
  /** Grants permission to describe one or more security groups. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeSecurityGroups.html */
  DescribeSecurityGroups: "L||||94||;",
  /** Grants permission to describe service link virtual interfaces. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeServiceLinkVirtualInterfaces.html */
  DescribeServiceLinkVirtualInterfaces: "L||||94||;",
  /** Grants permission to describe an attribute of a snapshot. Access level: List. Resources: snapshot*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeSnapshotAttribute.html */
  DescribeSnapshotAttribute: "L|||73;1;1~31~74~75~77~102~111~113~117~125|94||;",
  /** Grants permission to describe the storage tier status for Amazon EBS snapshots. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeSnapshotTierStatus.html */
  DescribeSnapshotTierStatus: "L||||94||;",
  /** Grants permission to describe one or more EBS snapshots. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeSnapshots.html */
  DescribeSnapshots: "L||||94||;",
  /** Grants permission to describe the data feed for Spot Instances. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeSpotDatafeedSubscription.html */
  DescribeSpotDatafeedSubscription: "L||||94||;",
  /** Grants permission to describe the running instances for a Spot Fleet. Access level: List. Resources: spot-fleet-request*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeSpotFleetInstances.html */
  DescribeSpotFleetInstances: "L|||74;1;1~102|94||;",
  /** Grants permission to describe the events for a Spot Fleet request during a specified time. Access level: List. Resources: spot-fleet-request*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeSpotFleetRequestHistory.html */
  DescribeSpotFleetRequestHistory: "L|||74;1;1~102|94||;",
  /** Grants permission to describe one or more Spot Fleet requests. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeSpotFleetRequests.html */
  DescribeSpotFleetRequests: "L||||94||;",
  /** Grants permission to describe one or more Spot Instance requests. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeSpotInstanceRequests.html */
  DescribeSpotInstanceRequests: "L||||94||;",
  /** Grants permission to describe the Spot Instance price history. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeSpotPriceHistory.html */
  DescribeSpotPriceHistory: "L||||94||;",
  /** Grants permission to describe the stale security group rules for security groups in a specified VPC. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeStaleSecurityGroups.html */
  DescribeStaleSecurityGroups: "L||||94||;",
  /** Grants permission to describe the progress of the AMI store tasks. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeStoreImageTasks.html */
  DescribeStoreImageTasks: "L||||94||;",
  /** Grants permission to describe one or more subnets. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeSubnets.html */
  DescribeSubnets: "L||||94||;",
  /** Grants permission to describe one or more tags for an Amazon EC2 resource. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeTags.html */
  DescribeTags: "L||||94||;",
  /** Grants permission to describe traffic mirror filters that determine the traffic that is mirrored. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeTrafficMirrorFilterRules.html */
  DescribeTrafficMirrorFilterRules: "L||||94||;",
  /** Grants permission to describe one or more traffic mirror filters. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeTrafficMirrorFilters.html */
  DescribeTrafficMirrorFilters: "L||||94||;",
  /** Grants permission to describe one or more traffic mirror sessions. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeTrafficMirrorSessions.html */
  DescribeTrafficMirrorSessions: "L||||94||;",
  /** Grants permission to describe one or more traffic mirror targets. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeTrafficMirrorTargets.html */
  DescribeTrafficMirrorTargets: "L||||94||;",
  /** Grants permission to describe one or more attachments between resources and transit gateways. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeTransitGatewayAttachments.html */
  DescribeTransitGatewayAttachments: "L||||94||;",
  /** Grants permission to describe one or more transit gateway connect peers. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeTransitGatewayConnectPeers.html */
  DescribeTransitGatewayConnectPeers: "L||||94||;",
  /** Grants permission to describe one or more transit gateway connect attachments. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeTransitGatewayConnects.html */
  DescribeTransitGatewayConnects: "L||||94||;",
  /** Grants permission to describe one or more transit gateway metering policies. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeTransitGatewayMeteringPolicies.html */
  DescribeTransitGatewayMeteringPolicies: "L||||94||;",
  /** Grants permission to describe one or more transit gateway multicast domains. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeTransitGatewayMulticastDomains.html */
  DescribeTransitGatewayMulticastDomains: "L||||94||;",
  /** Grants permission to describe one or more transit gateway peering attachments. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeTransitGatewayPeeringAttachments.html */
  DescribeTransitGatewayPeeringAttachments: "L||||94||;",
  /** Grants permission to describe a transit gateway policy table. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeTransitGatewayPolicyTables.html */
  DescribeTransitGatewayPolicyTables: "L||||94||;",
  /** Grants permission to describe a transit gateway route table announcement. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeTransitGatewayRouteTableAnnouncements.html */
  DescribeTransitGatewayRouteTableAnnouncements: "L||||94||;",
  /** Grants permission to describe one or more transit gateway route tables. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeTransitGatewayRouteTables.html */
  DescribeTransitGatewayRouteTables: "L||||94||;",
  /** Grants permission to describe one or more VPC attachments on a transit gateway. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeTransitGatewayVpcAttachments.html */
  DescribeTransitGatewayVpcAttachments: "L||||94||;",
  /** Grants permission to describe one or more transit gateways. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeTransitGateways.html */
  DescribeTransitGateways: "L||||94||;",
  /** Grants permission to describe one or more network interface trunk associations. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeTrunkInterfaceAssociations.html */
  DescribeTrunkInterfaceAssociations: "L||||94||;",
  /** Grants permission to describe the specified Verified Access endpoints or all Verified Access endpoints. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeVerifiedAccessEndpoints.html */
  DescribeVerifiedAccessEndpoints: "L||||94||;",
  /** Grants permission to describe the specified Verified Access groups or all Verified Access groups. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeVerifiedAccessGroups.html */
  DescribeVerifiedAccessGroups: "L||||94||;",
  /** Grants permission to describe the current logging configuration for the Verified Access instances. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeVerifiedAccessInstanceLoggingConfigurations.html */
  DescribeVerifiedAccessInstanceLoggingConfigurations: "L||||94||;",
  /** Grants permission to describe the AWS Web Application Firewall (WAF) web access control list (ACL) associations for a Verified Access instance. Access level: List. Permission only. https://docs.aws.amazon.com/verified-access/latest/ug/waf-integration.html */
  DescribeVerifiedAccessInstanceWebAclAssociations: "L||1||94||",
  /** Grants permission to describe the specified Verified Access instances or all Verified Access instances. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeVerifiedAccessInstances.html */
  DescribeVerifiedAccessInstances: "L||||94||;",
  /** Grants permission to describe details of existing Verified Access trust providers. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeVerifiedAccessTrustProviders.html */
  DescribeVerifiedAccessTrustProviders: "L||||94||;",
  /** Grants permission to describe an attribute of an EBS volume. Access level: List. Resources: volume*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeVolumeAttribute.html */
  DescribeVolumeAttribute: "L|||96;1;1~14~15~31~67~76~77~102~122~123~124~125~126~127|94||;",
  /** Grants permission to describe the status of one or more EBS volumes. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeVolumeStatus.html */
  DescribeVolumeStatus: "L||||94||;",
  /** Grants permission to describe one or more EBS volumes. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeVolumes.html */
  DescribeVolumes: "L||||94||;",
  /** Grants permission to describe the current modification status of one or more EBS volumes. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeVolumesModifications.html */
  DescribeVolumesModifications: "L||||94||;",
  /** Grants permission to describe an attribute of a VPC. Access level: List. Resources: vpc*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeVpcAttribute.html */
  DescribeVpcAttribute: "L|||97;1;1~102~121~129|94||;",
  /** Grants permission to describe an exclusion list for blocked public access on a VPC. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeVpcBlockPublicAccessExclusions.html */
  DescribeVpcBlockPublicAccessExclusions: "L||||94||;",
  /** Grants permission to describe options for blocked public access on a VPC. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeVpcBlockPublicAccessOptions.html */
  DescribeVpcBlockPublicAccessOptions: "L||||94||;",
  /** Grants permission to describe the ClassicLink status of one or more VPCs. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeVpcClassicLink.html */
  DescribeVpcClassicLink: "L||||94||;",
  /** Grants permission to describe the ClassicLink DNS support status of one or more VPCs. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeVpcClassicLinkDnsSupport.html */
  DescribeVpcClassicLinkDnsSupport: "L||||94||;",
  /** Grants permission to describe one or more VPC Encryption Controls. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeVpcEncryptionControls.html */
  DescribeVpcEncryptionControls: "L||||94||;",
  /** Grants permission to describe the VPC endpoint associations. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeVpcEndpointAssociations.html */
  DescribeVpcEndpointAssociations: "L||||94||;",
  /** Grants permission to describe the connection notifications for VPC endpoints and VPC endpoint services. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeVpcEndpointConnectionNotifications.html */
  DescribeVpcEndpointConnectionNotifications: "L||||94||;",
  /** Grants permission to describe the VPC endpoint connections to your VPC endpoint services. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeVpcEndpointConnections.html */
  DescribeVpcEndpointConnections: "L||||94||;",
  /** Grants permission to describe VPC endpoint service configurations (your services). Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeVpcEndpointServiceConfigurations.html */
  DescribeVpcEndpointServiceConfigurations: "L||||94||;",
  /** Grants permission to describe the principals (service consumers) that are permitted to discover your VPC endpoint service. Access level: List. Resources: vpc-endpoint-service*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeVpcEndpointServicePermissions.html */
  DescribeVpcEndpointServicePermissions: "L|||102;1;1~102~131~138|94||;",
  /** Grants permission to describe all supported AWS services that can be specified when creating a VPC endpoint. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeVpcEndpointServices.html */
  DescribeVpcEndpointServices: "L||||94||;",
  /** Grants permission to describe one or more VPC endpoints. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeVpcEndpoints.html */
  DescribeVpcEndpoints: "L||||94||;",
  /** Grants permission to describe one or more VPC peering connections. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeVpcPeeringConnections.html */
  DescribeVpcPeeringConnections: "L||||94||;",
  /** Grants permission to describe one or more VPCs. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeVpcs.html */
  DescribeVpcs: "L||||94||;",
  /** Grants permission to describe one or more VPN concentrators. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeVpnConcentrators.html */
  DescribeVpnConcentrators: "L||||94||;",
  /** Grants permission to describe one or more VPN connections. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeVpnConnections.html */
  DescribeVpnConnections: "L||||94||;",
  /** Grants permission to describe one or more virtual private gateways. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeVpnGateways.html */
  DescribeVpnGateways: "L||||94||;",
  /** Grants permission to detach an appliance from a public/private Natgateway. Access level: Permissions management. Resources: natgateway*. Permission only. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DetachApplianceFromNatGateway.html */
  DetachApplianceFromNatGateway: "P||1|51;1;1~102|94||",
  /** Grants permission to unlink (detach) a linked EC2-Classic instance from a VPC. Access level: Write. Resources: instance*, vpc*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DetachClassicLinkVpc.html */
  DetachClassicLinkVpc: "W|||26;1;1~14~21~29~45~47~48~52~53~67~68~69~70~87~102~104~121,97;1;1~102~121~129|94||;",
  /** Grants permission to detach an internet gateway from a VPC. Access level: Write. Resources: internet-gateway*, vpc*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DetachInternetGateway.html */
  DetachInternetGateway: "W|||29;1;1~54~102,97;1;1~102~121~129|94||;",
  /** Grants permission to detach a network interface from an instance. Access level: Write. Resources: instance*, network-interface*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DetachNetworkInterface.html */
  DetachNetworkInterface:
    "W|||26;1;1~14~15~21~29~44~45~47~48~50~52~53~67~68~69~70~87~90~102~104~121,57;1;1~14~67~72~102~118~128|94||;",
  /** Grants permission to detach resources from a placement group. Access level: Permissions management. Resources: placement-group*. Permission only. https://docs.aws.amazon.com/UserGuide/placement-groups.html */
  DetachResourcesFromPlacementGroup: "P||1|59;1;1~88~89~102|94||",
  /** Grants permission to detach a trust provider from a Verified Access instance. Access level: Write. Resources: verified-access-instance*, verified-access-trust-provider*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DetachVerifiedAccessTrustProvider.html */
  DetachVerifiedAccessTrustProvider: "W|||93;1;1~102,95;1;1~102|94||;",
  /** Grants permission to detach an EBS volume from an instance. Access level: Write. Resources: instance, volume*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DetachVolume.html */
  DetachVolume:
    "W|||26;0;1~14~15~21~29~44~45~47~48~50~52~53~67~68~69~70~87~90~102~104~121,96;1;1~14~15~31~67~76~77~102~122~123~124~125~126~127|94||;",
  /** Grants permission to detach a virtual private gateway from a VPC. Access level: Write. Resources: vpc*, vpn-gateway*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DetachVpnGateway.html */
  DetachVpnGateway: "W|||97;1;1~102~121~129,109;1;1~102|94||;",
  /** Grants permission to disable Elastic IP address transfer. Access level: Write. Resources: elastic-ip*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DisableAddressTransfer.html */
  DisableAddressTransfer: "W|||15;1;1~6~28~92~102|94||;",
  /** Grants permission to disable allowed images settings. Access level: Write. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DisableAllowedImagesSettings.html */
  DisableAllowedImagesSettings: "W||||94||;",
  /** Grants permission to disable infrastructure performance metric subscriptions. Access level: Write. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DisableAwsNetworkPerformanceMetricSubscription.html */
  DisableAwsNetworkPerformanceMetricSubscription: "W||||94||;",
  /** Grants permission to disable EC2 Capacity Manager for your account. Access level: Write. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DisableCapacityManager.html */
  DisableCapacityManager: "W||||94||;",
  /** Grants permission to disable EBS encryption by default for your account. Access level: Write. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DisableEbsEncryptionByDefault.html */
  DisableEbsEncryptionByDefault: "W||||94||;",
  /** Grants permission to disable faster launching for Windows AMIs. Access level: Write. Resources: image*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DisableFastLaunch.html */
  DisableFastLaunch: "W|||22;1;1~40~41~75~91~102~104|94||;",
  /** Grants permission to disable fast snapshot restores for one or more snapshots in specified Availability Zones. Access level: Write. Resources: snapshot*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DisableFastSnapshotRestores.html */
  DisableFastSnapshotRestores: "W|||73;1;1~14~31~75~77~102~111~113~125|94||;",
  /** Grants permission to disable an AMI. Access level: Write. Resources: image*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DisableImage.html */
  DisableImage: "W|||22;1;1~40~41~75~91~102~104|94||;",
  /** Grants permission to disable block public access for AMIs at the account level in the specified AWS Region. Access level: Permissions management. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DisableImageBlockPublicAccess.html */
  DisableImageBlockPublicAccess: "P||||94||;",
  /** Grants permission to cancel the deprecation of the specified AMI. Access level: Write. Resources: image*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DisableImageDeprecation.html */
  DisableImageDeprecation: "W|||22;1;1~40~41~75~91~102~104|94||;",
  /** Grants permission to disable deregistration protection for an AMI. When deregistration protection is disabled, the AMI can be deregistered. Access level: Write. Resources: image*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DisableImageDeregistrationProtection.html */
  DisableImageDeregistrationProtection: "W|||22;1;1~40~41~75~91~102~104|94||;",
  /** Grants permission to disable EC2 instance SQL HA standby detections. Access level: Write. Resources: instance*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DisableInstanceSqlHaStandbyDetections.html */
  DisableInstanceSqlHaStandbyDetections: "W|||26;1;1~14~15~29~44~45~47~48~50~52~53~68~69~70~102~104~121|94||;",
  /** Grants permission to disable an AWS Organizations member account as an Amazon VPC IP Address Manager (IPAM) admin account. Access level: Write. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DisableIpamOrganizationAdminAccount.html */
  DisableIpamOrganizationAdminAccount: "W||||94|organizations:DeregisterDelegatedAdministrator|;",
  /** Grants permission to disable a policy in Amazon VPC IP Address Manager (IPAM) that controls public IPv4 address allocation. Access level: Write. Resources: ipam-policy*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DisableIpamPolicy.html */
  DisableIpamPolicy: "W|||32;1;1~102|94||;",
  /** Grants permission to disable route server propagation. Access level: Write. Resources: route-server*, route-table*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DisableRouteServerPropagation.html */
  DisableRouteServerPropagation: "W|||64;1;1~102,67;1;1~102~105~128|94||;",
  /** Grants permission to disable access to the EC2 serial console of all instances for your account. Access level: Write. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DisableSerialConsoleAccess.html */
  DisableSerialConsoleAccess: "W||||94||;",
  /** Grants permission to disable the block public access for snapshots setting for a Region. Access level: Permissions management. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DisableSnapshotBlockPublicAccess.html */
  DisableSnapshotBlockPublicAccess: "P||||94||;",
  /** Grants permission to disable a resource attachment from propagating routes to the specified propagation route table. Access level: Write. Resources: transit-gateway-attachment, transit-gateway-route-table*, transit-gateway-route-table-announcement. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DisableTransitGatewayRouteTablePropagation.html */
  DisableTransitGatewayRouteTablePropagation: "W|||83;0;1~102~139,88;1;1~102~146,89;0;1~102~145|94||;",
  /** Grants permission to disable a virtual private gateway from propagating routes to a specified route table of a VPC. Access level: Write. Resources: route-table*, vpn-gateway*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DisableVgwRoutePropagation.html */
  DisableVgwRoutePropagation: "W|||67;1;1~102~105~128,109;1;1~102|94||;",
  /** Grants permission to disable ClassicLink for a VPC. Access level: Write. Resources: vpc*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DisableVpcClassicLink.html */
  DisableVpcClassicLink: "W|||97;1;1~102~121~129|94||;",
  /** Grants permission to disable ClassicLink DNS support for a VPC. Access level: Write. Resources: vpc. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DisableVpcClassicLinkDnsSupport.html */
  DisableVpcClassicLinkDnsSupport: "W|||97;0;1~102~121~129|94||;",
  /** Grants permission to disassociate an Elastic IP address from an instance or network interface. Access level: Write. Resources: elastic-ip, network-interface. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DisassociateAddress.html */
  DisassociateAddress: "W|||15;0;1~6~28~92~102,57;0;1~14~67~72~102~118~128|94||;",
  /** Grants permission to cancel a pending request to assign billing of the unused capacity of a Capacity Reservation to a consumer account. Access level: Write. Resources: capacity-reservation*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DisassociateCapacityReservationBillingOwner.html */
  DisassociateCapacityReservationBillingOwner: "W|||2;1;1~14~16~23~25~29~32~33~46~49~51~53~74~87~102~115~121|94||;",
  /** Grants permission to disassociate a target network from a Client VPN endpoint. Access level: Write. Resources: client-vpn-endpoint*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DisassociateClientVpnTargetNetwork.html */
  DisassociateClientVpnTargetNetwork: "W|||6;1;1~17~18~19~27~102~107~109|94||;",
  /** Grants permission to disassociate an ACM certificate from a IAM role. Access level: Write. Resources: certificate*, role*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DisassociateEnclaveCertificateIamRole.html */
  DisassociateEnclaveCertificateIamRole: "W|||5;1;,63;1;|94||;",
  /** Grants permission to disassociate an IAM instance profile from a running or stopped instance. Access level: Write. Resources: instance*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DisassociateIamInstanceProfile.html */
  DisassociateIamInstanceProfile: "W|||26;1;1~14~15~21~29~44~45~47~48~50~52~53~67~68~69~70~87~90~102~104~121|94||;",
  /** Grants permission to disassociate one or more targets from an event window. Access level: Write. Resources: instance-event-window*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DisassociateInstanceEventWindow.html */
  DisassociateInstanceEventWindow: "W|||28;1;1~102|94||;",
  /** Grants permission to disassociate an Autonomous System Number (ASN) from a BYOIP CIDR. Access level: Write. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DisassociateIpamByoasn.html */
  DisassociateIpamByoasn: "W||||94||;",
  /** Grants permission to disassociate a resource discovery from an Amazon VPC IPAM. Access level: Write. Resources: ipam-resource-discovery-association*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DisassociateIpamResourceDiscovery.html */
  DisassociateIpamResourceDiscovery: "W|||37;1;1~102|94||;",
  /** Grants permission to disassociate a secondary Elastic IP address from a public NAT gateway. Access level: Write. Resources: elastic-ip*, natgateway*, network-interface. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DisassociateNatGatewayAddress.html */
  DisassociateNatGatewayAddress: "W|||15;1;1~6~28~92~102,51;1;1~102,57;0;1~12~14~67~72~78~102~118~128|94||;",
  /** Grants permission to disassociate a route server from a VPC. Access level: Write. Resources: route-server*, vpc*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DisassociateRouteServer.html */
  DisassociateRouteServer: "W|||64;1;1~102,97;1;1~58~59~102~121~129|94||;",
  /** Grants permission to disassociate a subnet from a route table. Access level: Write. Resources: internet-gateway, ipv4pool-ec2, ipv6pool-ec2, route-table, subnet, vpn-gateway. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DisassociateRouteTable.html */
  DisassociateRouteTable:
    "W|||29;0;1~54~102,39;0;1~102,40;0;1~102,67;0;1~102~105~128,76;0;1~14~15~102~119~128,109;0;1~102|94||;",
  /** Grants permission to disassociate a security group from a VPC. Access level: Write. Resources: security-group*, vpc. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DisassociateSecurityGroupVpc.html */
  DisassociateSecurityGroupVpc: "W|||71;1;1~102~108~128,97;0;1~58~59~102~121~129|94||;",
  /** Grants permission to disassociate a CIDR block from a subnet. Access level: Write. Resources: subnet*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DisassociateSubnetCidrBlock.html */
  DisassociateSubnetCidrBlock: "W|||76;1;1~14~15~102~119~128|94||;",
  /** Grants permission to disassociate one or more subnets from a transit gateway multicast domain. Access level: Write. Resources: subnet*, transit-gateway-attachment*, transit-gateway-multicast-domain*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DisassociateTransitGatewayMulticastDomain.html */
  DisassociateTransitGatewayMulticastDomain: "W|||76;1;1~14~15~102~119~128,83;1;1~102~139,86;1;1~102~143|94||;",
  /** Grants permission to disassociate a policy table from a transit gateway. Access level: Write. Resources: transit-gateway-attachment*, transit-gateway-policy-table*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DisassociateTransitGatewayPolicyTable.html */
  DisassociateTransitGatewayPolicyTable: "W|||83;1;1~102~139,87;1;1~102~144|94||;",
  /** Grants permission to disassociate a resource attachment from a transit gateway route table. Access level: Write. Resources: transit-gateway-attachment*, transit-gateway-route-table*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DisassociateTransitGatewayRouteTable.html */
  DisassociateTransitGatewayRouteTable: "W|||83;1;1~102~139,88;1;1~102~146|94||;",
  /** Grants permission to disassociate a branch network interface to a trunk network interface. Access level: Write. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DisassociateTrunkInterface.html */
  DisassociateTrunkInterface: "W||||94||;",
  /** Grants permission to disassociate an AWS Web Application Firewall (WAF) web access control list (ACL) from a Verified Access instance. Access level: Write. Resources: verified-access-instance*. Permission only. https://docs.aws.amazon.com/verified-access/latest/ug/waf-integration.html */
  DisassociateVerifiedAccessInstanceWebAcl: "W||1|93;1;1~102|94||",
  /** Grants permission to disassociate a CIDR block from a VPC. Access level: Write. Resources: vpc. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DisassociateVpcCidrBlock.html */
  DisassociateVpcCidrBlock: "W|||97;0;1~102~121~129|94||;",
  /** Grants permission to enable Elastic IP address transfer. Access level: Write. Resources: elastic-ip*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_EnableAddressTransfer.html */
  EnableAddressTransfer: "W|||15;1;1~6~28~92~102|94||;",
  /** Grants permission to enable allowed images settings. Access level: Write. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_EnableAllowedImagesSettings.html */
  EnableAllowedImagesSettings: "W||||94||;",
  /** Grants permission to enable infrastructure performance subscriptions. Access level: Write. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_EnableAwsNetworkPerformanceMetricSubscription.html */
  EnableAwsNetworkPerformanceMetricSubscription: "W||||94||;",
  /** Grants permission to enable EC2 Capacity Manager for your account. Access level: Write. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_EnableCapacityManager.html */
  EnableCapacityManager: "W||||94||;",
  /** Grants permission to enable EBS encryption by default for your account. Access level: Write. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_EnableEbsEncryptionByDefault.html */
  EnableEbsEncryptionByDefault: "W||||94||;",
  /** Grants permission to enable faster launching for Windows AMIs. Access level: Write. Resources: image*, launch-template. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_EnableFastLaunch.html */
  EnableFastLaunch:
    "W|||22;1;1~40~41~75~91~102~104,42;0;1~67~102|94|ec2:CreateLaunchTemplate,ec2:CreateSnapshot,1,ec2:DeleteSnapshot,ec2:DescribeImages,ec2:DescribeInstanceAttribute,ec2:DescribeInstanceStatus,ec2:DescribeInstanceTypeOfferings,2,ec2:DescribeLaunchTemplateVersions,ec2:DescribeLaunchTemplates,ec2:DescribeSnapshots,4,ec2:RunInstances,ec2:StopInstances,ec2:TerminateInstances,7|;",
  /** Grants permission to enable fast snapshot restores for one or more snapshots in specified Availability Zones. Access level: Write. Resources: snapshot*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_EnableFastSnapshotRestores.html */
  EnableFastSnapshotRestores: "W|||73;1;1~14~31~75~77~102~111~113~125|94||;",
  /** Grants permission to re-enable a disabled AMI. Access level: Write. Resources: image*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_EnableImage.html */
  EnableImage: "W|||22;1;1~40~41~75~91~102~104|94||;",
  /** Grants permission to enable block public access for AMIs at the account level in the specified AWS Region. Access level: Permissions management. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_EnableImageBlockPublicAccess.html */
  EnableImageBlockPublicAccess: "P||||94||;",
  /** Grants permission to enable deprecation of the specified AMI at the specified date and time. Access level: Write. Resources: image*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_EnableImageDeprecation.html */
  EnableImageDeprecation: "W|||22;1;1~40~41~75~91~102~104|94||;",
  /** Grants permission to enable deregistration protection for an AMI. When deregistration protection is enabled, the AMI can't be deregistered. Access level: Write. Resources: image*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_EnableImageDeregistrationProtection.html */
  EnableImageDeregistrationProtection: "W|||22;1;1~40~41~75~91~102~104|94||;",
  /** Grants permission to enable EC2 instance SQL HA standby detections. Access level: Write. Resources: instance*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_EnableInstanceSqlHaStandbyDetections.html */
  EnableInstanceSqlHaStandbyDetections: "W|||26;1;1~14~15~29~44~45~47~48~50~52~53~68~69~70~102~104~121|94||;",
  /** Grants permission to enable an AWS Organizations member account as an Amazon VPC IP Address Manager (IPAM) admin account. Access level: Write. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_EnableIpamOrganizationAdminAccount.html */
  EnableIpamOrganizationAdminAccount: "W||||94|6,8,organizations:RegisterDelegatedAdministrator|;",
  /** Grants permission to enable an Amazon VPC IP Address Manager (IPAM) policy. Access level: Write. Resources: ipam-policy*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_EnableIpamPolicy.html */
  EnableIpamPolicy: "W|||32;1;1~102|94||;",
  /** Grants permission to enable organization sharing of reachability analyzer. Access level: Write. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_EnableReachabilityAnalyzerOrganizationSharing.html */
  EnableReachabilityAnalyzerOrganizationSharing: "W||||94|6,8|;",
  /** Grants permission to enable route server propagation. Access level: Write. Resources: route-server*, route-table*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_EnableRouteServerPropagation.html */
  EnableRouteServerPropagation: "W|||64;1;1~102,67;1;1~102~105~128|94||;",
  /** Grants permission to enable access to the EC2 serial console of all instances for your account. Access level: Write. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_EnableSerialConsoleAccess.html */
  EnableSerialConsoleAccess: "W||||94||;",
  /** Grants permission to enable or modify the block public access for snapshots setting for a Region. Access level: Permissions management. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_EnableSnapshotBlockPublicAccess.html */
  EnableSnapshotBlockPublicAccess: "P||||94||;",
  /** Grants permission to enable an attachment to propagate routes to a propagation route table. Access level: Write. Resources: transit-gateway-attachment, transit-gateway-route-table*, transit-gateway-route-table-announcement. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_EnableTransitGatewayRouteTablePropagation.html */
  EnableTransitGatewayRouteTablePropagation: "W|||83;0;1~102~139,88;1;1~102~146,89;0;1~102~145|94||;",
  /** Grants permission to enable a virtual private gateway to propagate routes to a VPC route table. Access level: Write. Resources: route-table*, vpn-gateway*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_EnableVgwRoutePropagation.html */
  EnableVgwRoutePropagation: "W|||67;1;1~102~105~128,109;1;1~102|94||;",
  /** Grants permission to enable I/O operations for a volume that had I/O operations disabled. Access level: Write. Resources: volume*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_EnableVolumeIO.html */
  EnableVolumeIO: "W|||96;1;1~14~15~31~67~76~102~122~124~125~126~127|94||;",
  /** Grants permission to enable a VPC for ClassicLink. Access level: Write. Resources: vpc*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_EnableVpcClassicLink.html */
  EnableVpcClassicLink: "W|||97;1;1~102~121~129|94||;",
  /** Grants permission to enable a VPC to support DNS hostname resolution for ClassicLink. Access level: Write. Resources: vpc. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_EnableVpcClassicLinkDnsSupport.html */
  EnableVpcClassicLinkDnsSupport: "W|||97;0;1~102~121~129|94||;",
  /** Grants permission to download the client certificate revocation list for a Client VPN endpoint. Access level: Read. Resources: client-vpn-endpoint*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ExportClientVpnClientCertificateRevocationList.html */
  ExportClientVpnClientCertificateRevocationList: "R|||6;1;1~17~18~19~27~102~107~109|94||;",
  /** Grants permission to download the contents of the Client VPN endpoint configuration file for a Client VPN endpoint. Access level: Read. Resources: client-vpn-endpoint*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ExportClientVpnClientConfiguration.html */
  ExportClientVpnClientConfiguration: "R|||6;1;1~17~18~19~27~102~107~109|94||;",
  /** Grants permission to export an Amazon Machine Image (AMI) to a VM file. Access level: Write. Resources: export-image-task*, image*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ExportImage.html */
  ExportImage: "W|||16;1;0~2,22;1;1~40~41~75~91~102~104|94|1|;",
  /** Grants permission to export routes from a transit gateway route table to an Amazon S3 bucket. Access level: Write. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ExportTransitGatewayRoutes.html */
  ExportTransitGatewayRoutes: "W||||94||;",
  /** Grants permission to export a verified access instance client configuration. Access level: Read. Resources: verified-access-instance*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ExportVerifiedAccessInstanceClientConfiguration.html */
  ExportVerifiedAccessInstanceClientConfiguration: "R|||93;1;1~102|94||;",
  /** Grants permission to retrieve the current security parameters for an active VPN tunnel. Access level: Read. Resources: vpn-connection*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetActiveVpnTunnelStatus.html */
  GetActiveVpnTunnelStatus: "R|||107;1;102|94||;",
  /** Grants permission to get the allowed settings for images. Access level: Read. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetAllowedImagesSettings.html */
  GetAllowedImagesSettings: "R||||94||;",
  /** Grants permission to get the list of roles associated with an ACM certificate. Access level: Read. Resources: certificate*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetAssociatedEnclaveCertificateIamRoles.html */
  GetAssociatedEnclaveCertificateIamRoles: "R|||5;1;|94||;",
  /** Grants permission to get information about the IPv6 CIDR block associations for a specified IPv6 address pool. Access level: Read. Resources: ipv6pool-ec2*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetAssociatedIpv6PoolCidrs.html */
  GetAssociatedIpv6PoolCidrs: "R|||40;1;1~102|94||;",
  /** Grants permission to get network performance data. Access level: Read. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetAwsNetworkPerformanceData.html */
  GetAwsNetworkPerformanceData: "R||||94||;",
  /** Grants permission to retrieve the current configuration and status of EC2 Capacity Manager. Access level: Read. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetCapacityManagerAttributes.html */
  GetCapacityManagerAttributes: "R||||94||;",
  /** Grants permission to retrieve capacity usage metrics for your EC2 resources. Access level: Read. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetCapacityManagerMetricData.html */
  GetCapacityManagerMetricData: "R||||94||;",
  /** Grants permission to retrieve the available dimension values for capacity metrics within a specified time range. Access level: Read. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetCapacityManagerMetricDimensions.html */
  GetCapacityManagerMetricDimensions: "R||||94||;",
  /** Grants permission to get usage information about a Capacity Reservation. Access level: Read. Resources: capacity-reservation*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetCapacityReservationUsage.html */
  GetCapacityReservationUsage: "R|||2;1;1~16|94||;",
  /** Grants permission to describe the allocations from the specified customer-owned address pool. Access level: Read. Resources: coip-pool*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetCoipPoolUsage.html */
  GetCoipPoolUsage: "R|||7;1;1~102|94||;",
  /** Grants permission to get the console output for an instance. Access level: Read. Resources: instance*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetConsoleOutput.html */
  GetConsoleOutput: "R|||26;1;1~14~15~21~29~44~45~47~48~50~52~53~67~68~69~70~87~90~102~104~121|94||;",
  /** Grants permission to retrieve a JPG-format screenshot of a running instance. Access level: Read. Resources: instance*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetConsoleScreenshot.html */
  GetConsoleScreenshot: "R|||26;1;1~14~15~21~29~44~45~47~48~50~52~53~67~68~69~70~73~87~90~102~104~121|94||;",
  /** Grants permission to get the report summary of declarative policies. Access level: Read. Resources: declarative-policies-report*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetDeclarativePoliciesReportSummary.html */
  GetDeclarativePoliciesReportSummary: "R|||9;1;1~102|94||;",
  /** Grants permission to get the default credit option for CPU usage of a burstable performance instance family. Access level: Read. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetDefaultCreditSpecification.html */
  GetDefaultCreditSpecification: "R||||94||;",
  /** Grants permission to get the ID of the default customer master key (CMK) for EBS encryption by default. Access level: Read. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetEbsDefaultKmsKeyId.html */
  GetEbsDefaultKmsKeyId: "R||||94||;",
  /** Grants permission to describe whether EBS encryption by default is enabled for your account. Access level: Read. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetEbsEncryptionByDefault.html */
  GetEbsEncryptionByDefault: "R||||94||;",
  /** Grants permission to describe the currently enabled policy in Amazon VPC IP Address Manager (IPAM). Access level: Read. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetEnabledIpamPolicy.html */
  GetEnabledIpamPolicy: "R||||94||;",
  /** Grants permission to generate a CloudFormation template to streamline the integration of VPC flow logs with Amazon Athena. Access level: Read. Resources: vpc-flow-log*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetFlowLogsIntegrationTemplate.html */
  GetFlowLogsIntegrationTemplate: "R|||104;1;1~102|94||;",
  /** Grants permission to list the resource groups to which a Capacity Reservation has been added. Access level: List. Resources: capacity-reservation*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetGroupsForCapacityReservation.html */
  GetGroupsForCapacityReservation: "L|||2;1;1~16|94||;",
  /** Grants permission to preview a reservation purchase with configurations that match those of a Dedicated Host. Access level: Read. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetHostReservationPurchasePreview.html */
  GetHostReservationPurchasePreview: "R||||94||;",
  /** Grants permission to retrieve the ancestry chain of an AMI back to its root AMI. Access level: Read. Resources: image*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetImageAncestry.html */
  GetImageAncestry: "R|||22;1;1~40~41~75~91~102~104|94||;",
  /** Grants permission to get the current state of block public access for AMIs at the account level in the specified AWS Region. Access level: Read. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetImageBlockPublicAccessState.html */
  GetImageBlockPublicAccessState: "R||||94||;",
  /** Grants permission to view the default instance metadata service (IMDS) settings set for your account in the specified Region. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetInstanceMetadataDefaults.html */
  GetInstanceMetadataDefaults: "L||||94||;",
  /** Grants permission to get the public endorsement key associated with the Nitro Trusted Platform Module (NitroTPM) for the specified instance. Access level: Read. Resources: instance*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetInstanceTpmEkPub.html */
  GetInstanceTpmEkPub: "R|||26;1;1~14~15~21~29~44~45~47~48~50~52~53~67~68~69~70~102~104~121|94||;",
  /** Grants permission to view a list of instance types with specified instance attributes. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetInstanceTypesFromInstanceRequirements.html */
  GetInstanceTypesFromInstanceRequirements: "L||||94||;",
  /** Grants permission to retrieve the binary representation of the UEFI variable store. Access level: Read. Resources: instance*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetInstanceUefiData.html */
  GetInstanceUefiData: "R|||26;1;1~14~15~21~29~44~45~47~48~50~52~53~67~68~69~70~73~87~90~102~104~121|94||;",
  /** Grants permission to retrieve historical information about a CIDR within an Amazon VPC IP Address Manager (IPAM) scope. Access level: Read. Resources: ipam-scope*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetIpamAddressHistory.html */
  GetIpamAddressHistory: "R|||38;1;1~102|94||;",
  /** Grants permission to retrieve IPAM discovered accounts. Access level: Read. Resources: ipam-resource-discovery*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetIpamDiscoveredAccounts.html */
  GetIpamDiscoveredAccounts: "R|||36;1;1~102|94||;",
  /** Grants permission to retrieve the public IP addresses that have been discovered by IPAM. Access level: Read. Resources: ipam-resource-discovery*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetIpamDiscoveredPublicAddresses.html */
  GetIpamDiscoveredPublicAddresses: "R|||36;1;1~102|94||;",
  /** Grants permission to retrieve the resource CIDRs that are monitored as part of a resource discovery. Access level: Read. Resources: ipam-resource-discovery*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetIpamDiscoveredResourceCidrs.html */
  GetIpamDiscoveredResourceCidrs: "R|||36;1;1~102|94||;",
  /** Grants permission to describe the rules that define how Amazon VPC IP Address Manager (IPAM) pools allocate IP addresses to AWS resource types within an IPAM policy. Access level: List. Resources: ipam-policy*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetIpamPolicyAllocationRules.html */
  GetIpamPolicyAllocationRules: "L|||32;1;1~102|94||;",
  /** Grants permission to retrieve the AWS Organizations targets associated with an Amazon VPC IP Address Manager (IPAM) policy. Access level: List. Resources: ipam-policy*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetIpamPolicyOrganizationTargets.html */
  GetIpamPolicyOrganizationTargets: "L|||32;1;1~102|94||;",
  /** Grants permission to get a list of all the CIDR allocations in an Amazon VPC IP Address Manager (IPAM) pool. Access level: List. Resources: ipam-pool*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetIpamPoolAllocations.html */
  GetIpamPoolAllocations: "L|||33;1;1~102|94||;",
  /** Grants permission to get the CIDRs provisioned to an Amazon VPC IP Address Manager (IPAM) pool. Access level: Read. Resources: ipam-pool*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetIpamPoolCidrs.html */
  GetIpamPoolCidrs: "R|||33;1;1~102|94||;",
  /** Grants permission to get rules for an IPAM prefix list resolver. Access level: Read. Resources: ipam-prefix-list-resolver*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetIpamPrefixListResolverRules.html */
  GetIpamPrefixListResolverRules: "R|||34;1;1~102|94||;",
  /** Grants permission to get CIDR entries for a specific version of an IPAM prefix list resolver. Access level: Read. Resources: ipam-prefix-list-resolver*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetIpamPrefixListResolverVersionEntries.html */
  GetIpamPrefixListResolverVersionEntries: "R|||34;1;1~102|94||;",
  /** Grants permission to get versions of an IPAM prefix list resolver. Access level: Read. Resources: ipam-prefix-list-resolver*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetIpamPrefixListResolverVersions.html */
  GetIpamPrefixListResolverVersions: "R|||34;1;1~102|94||;",
  /** Grants permission to get information about the resources in an Amazon VPC IP Address Manager (IPAM) scope. Access level: Read. Resources: ipam-pool, ipam-scope*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetIpamResourceCidrs.html */
  GetIpamResourceCidrs: "R|||33;0;1~102,38;1;1~102|94||;",
  /** Grants permission to get the configuration data of the specified instance for use with a new launch template or launch template version. Access level: Read. Resources: instance*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetLaunchTemplateData.html */
  GetLaunchTemplateData: "R|||26;1;1~14~15~21~29~44~45~47~48~50~52~53~67~68~69~70~87~90~102~104~121|94||;",
  /** Grants permission to get information about the resources that are associated with the specified managed prefix list. Access level: Read. Resources: prefix-list*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetManagedPrefixListAssociations.html */
  GetManagedPrefixListAssociations: "R|||60;1;1~57~102|94||;",
  /** Grants permission to get information about the entries for a specified managed prefix list. Access level: Read. Resources: prefix-list*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetManagedPrefixListEntries.html */
  GetManagedPrefixListEntries: "R|||60;1;1~57~102|94||;",
  /** Grants permission to get the findings for one or more Network Access Scope analyses. Access level: Read. Resources: network-insights-access-scope-analysis*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetNetworkInsightsAccessScopeAnalysisFindings.html */
  GetNetworkInsightsAccessScopeAnalysisFindings: "R|||54;1;1~102|94||;",
  /** Grants permission to get the content for a specified Network Access Scope. Access level: Read. Resources: network-insights-access-scope*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetNetworkInsightsAccessScopeContent.html */
  GetNetworkInsightsAccessScopeContent: "R|||53;1;1~102|94||;",
  /** Grants permission to retrieve the encrypted administrator password for a running Windows instance. Access level: Read. Resources: instance*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetPasswordData.html */
  GetPasswordData: "R|||26;1;1~14~15~21~29~44~45~47~48~50~52~53~67~68~69~70~87~90~102~104~121|94||;",
  /** Grants permission to return a quote and exchange information for exchanging one or more Convertible Reserved Instances for a new Convertible Reserved Instance. Access level: Read. Resources: reserved-instances*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetReservedInstancesExchangeQuote.html */
  GetReservedInstancesExchangeQuote: "R|||62;1;1~14~53~101~102~121|94||;",
  /** Grants permission to describe an IAM policy that enables cross-account sharing. Access level: Read. Resources: ipam-pool, placement-group, verified-access-group. Permission only. https://docs.aws.amazon.com/vpc/latest/ipam/share-pool-ipam.html */
  GetResourcePolicy: "R||1|33;0;1~102,59;0;1~88~89~102,92;0;1~102|94||",
  /** Grants permission to get associations for a route server. Access level: Read. Resources: route-server*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetRouteServerAssociations.html */
  GetRouteServerAssociations: "R|||64;1;1~102|94||;",
  /** Grants permission to get propagations for a route server. Access level: Read. Resources: route-server*, route-table. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetRouteServerPropagations.html */
  GetRouteServerPropagations: "R|||64;1;1~102,67;0;1~102~105~128|94||;",
  /** Grants permission to get the routing database for a route server. Access level: Read. Resources: route-server*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetRouteServerRoutingDatabase.html */
  GetRouteServerRoutingDatabase: "R|||64;1;1~102|94||;",
  /** Grants permission to retrieve a list of security groups for a specified VPC. Access level: Read. Resources: vpc*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetSecurityGroupsForVpc.html */
  GetSecurityGroupsForVpc: "R|||97;1;1~102~121~129|94||;",
  /** Grants permission to retrieve the access status of your account to the EC2 serial console of all instances. Access level: Read. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetSerialConsoleAccessStatus.html */
  GetSerialConsoleAccessStatus: "R||||94||;",
  /** Grants permission to retrieve the current state of the block public access for snapshots setting for a Region. Access level: Read. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetSnapshotBlockPublicAccessState.html */
  GetSnapshotBlockPublicAccessState: "R||||94||;",
  /** Grants permission to calculate the Spot placement score for a Region or Availability Zone based on the specified target capacity and compute requirements. Access level: Read. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetSpotPlacementScores.html */
  GetSpotPlacementScores: "R||||94||;",
  /** Grants permission to retrieve information about the subnet CIDR reservations. Access level: Read. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetSubnetCidrReservations.html */
  GetSubnetCidrReservations: "R||||94||;",
  /** Grants permission to list the route tables to which a resource attachment propagates routes. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetTransitGatewayAttachmentPropagations.html */
  GetTransitGatewayAttachmentPropagations: "L||||94||;",
  /** Grants permission to list the entries for a transit gateway metering policy. Access level: List. Resources: transit-gateway-metering-policy*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetTransitGatewayMeteringPolicyEntries.html */
  GetTransitGatewayMeteringPolicyEntries: "L|||85;1;1~102~142|94||;",
  /** Grants permission to get information about the associations for a transit gateway multicast domain. Access level: List. Resources: transit-gateway-multicast-domain*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetTransitGatewayMulticastDomainAssociations.html */
  GetTransitGatewayMulticastDomainAssociations: "L|||86;1;1~102~143|94||;",
  /** Grants permission to get information about associations for a transit gateway policy table. Access level: List. Resources: transit-gateway-policy-table*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetTransitGatewayPolicyTableAssociations.html */
  GetTransitGatewayPolicyTableAssociations: "L|||87;1;1~102~144|94||;",
  /** Grants permission to get information about associations for a transit gateway policy table entry. Access level: List. Resources: transit-gateway-policy-table*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetTransitGatewayPolicyTableEntries.html */
  GetTransitGatewayPolicyTableEntries: "L|||87;1;1~102~144|94||;",
  /** Grants permission to get information about prefix list references for a transit gateway route table. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetTransitGatewayPrefixListReferences.html */
  GetTransitGatewayPrefixListReferences: "L||||94||;",
  /** Grants permission to get information about associations for a transit gateway route table. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetTransitGatewayRouteTableAssociations.html */
  GetTransitGatewayRouteTableAssociations: "L||||94||;",
  /** Grants permission to get information about the route table propagations for a transit gateway route table. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetTransitGatewayRouteTablePropagations.html */
  GetTransitGatewayRouteTablePropagations: "L||||94||;",
  /** Grants permission to show the Verified Access policy associated with the endpoint. Access level: List. Resources: verified-access-endpoint*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetVerifiedAccessEndpointPolicy.html */
  GetVerifiedAccessEndpointPolicy: "L|||90;1;1~102|94||;",
  /** Grants permission to get verified access endpoint targets. Access level: List. Resources: verified-access-endpoint*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetVerifiedAccessEndpointTargets.html */
  GetVerifiedAccessEndpointTargets: "L|||90;1;1~102|94||;",
  /** Grants permission to show the contents of the Verified Access policy associated with the group. Access level: List. Resources: verified-access-group*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetVerifiedAccessGroupPolicy.html */
  GetVerifiedAccessGroupPolicy: "L|||92;1;1~102|94||;",
  /** Grants permission to show the AWS Web Application Firewall (WAF) web access control list (ACL) for a Verified Access instance. Access level: List. Resources: verified-access-instance*. Permission only. https://docs.aws.amazon.com/verified-access/latest/ug/waf-integration.html */
  GetVerifiedAccessInstanceWebAcl: "L||1|93;1;1~102|94||",
  /** Grants permission to describe resources that would block VPC Encryption Control enforcement. Access level: List. Resources: vpc*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetVpcResourcesBlockingEncryptionEnforcement.html */
  GetVpcResourcesBlockingEncryptionEnforcement: "L|||97;1;1~102~121~129|94||;",
  /** Grants permission to download an AWS-provided sample configuration file to be used with the customer gateway device. Access level: List. Resources: vpn-connection*, vpn-connection-device-type*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetVpnConnectionDeviceSampleConfiguration.html */
  GetVpnConnectionDeviceSampleConfiguration: "L|||107;1;1~102,108;1;|94||;",
  /** Grants permission to obtain a list of customer gateway devices for which sample configuration files can be provided. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetVpnConnectionDeviceTypes.html */
  GetVpnConnectionDeviceTypes: "L||||94||;",
  /** Grants permission to view available tunnel endpoint maintenance events. Access level: List. Resources: vpn-connection*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetVpnTunnelReplacementStatus.html */
  GetVpnTunnelReplacementStatus: "L|||107;1;1~102|94||;",
  /** Grants permission to transfer existing BYOIP IPv4 CIDRs to IPAM. Access level: Write. Resources: ipam-pool*. Permission only. https://docs.aws.amazon.com/vpc/latest/ipam/tutorials-byoip-ipam-transfer-ipv4.html */
  ImportByoipCidrToIpam: "W||1|33;1;1~102|94||",
  /** Grants permission to upload a client certificate revocation list to a Client VPN endpoint. Access level: Write. Resources: client-vpn-endpoint*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ImportClientVpnClientCertificateRevocationList.html */
  ImportClientVpnClientCertificateRevocationList: "W|||6;1;1~17~18~19~27~102~107~109|94||;",
  /** Grants permission to import single or multi-volume disk images or EBS snapshots into an Amazon Machine Image (AMI). Access level: Write. Resources: image*, import-image-task*, snapshot. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ImportImage.html */
  ImportImage: "W|||22;1;0~2~40~41~75~91~104,24;1;0~2,73;0;1~75~77~102~111~113~125|94|1|;",
  /** Grants permission to create an import instance task using metadata from a disk image. Access level: Write. Resources: instance*, security-group, subnet, volume*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ImportInstance.html */
  ImportInstance:
    "W|||26;1;1~14~21~45~47~67~102,71;0;1~102~108~128,76;0;1~14~102~119~128,96;1;1~14~31~67~76~102~122~124~125~126~127|94||;",
  /** Grants permission to import a public key from an RSA key pair that was created with a third-party tool. Access level: Write. Resources: key-pair*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ImportKeyPair.html */
  ImportKeyPair: "W|||41;1;0~2|94|1|;",
  /** Grants permission to import a disk into an EBS snapshot. Access level: Write. Resources: import-snapshot-task*, snapshot*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ImportSnapshot.html */
  ImportSnapshot: "W|||25;1;0~2,73;1;0~2~75~77~111~113~125|94|1|;",
  /** Grants permission to create an import volume task using metadata from a disk image. Access level: Write. Resources: volume*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ImportVolume.html */
  ImportVolume: "W|||96;1;1~14~15~31~67~76~102~122~124~125~126~127|94||;",
  /** Grants permission to temporarily inject errors for target API requests. Access level: Write. Permission only. https://docs.aws.amazon.com/fis/latest/userguide/fis-actions-reference.html */
  InjectApiError: "W||1||35,36,94||",
  /** Grants permission to temporarily inject latency to I/O operations for a target Amazon EBS volume. Access level: Write. Resources: volume*. Permission only. https://docs.aws.amazon.com/fis/latest/userguide/fis-actions-reference.html#ebs-actions-reference */
  InjectVolumeIOLatency: "W||1|96;1;1~14~15~31~76~102~122~124~125~126~127|94||",
  /** Grants permission to list Amazon Machine Images (AMIs) that are currently in the Recycle Bin. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ListImagesInRecycleBin.html */
  ListImagesInRecycleBin: "L||||94||;",
  /** Grants permission to list the Amazon EBS snapshots that are currently in the Recycle Bin. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ListSnapshotsInRecycleBin.html */
  ListSnapshotsInRecycleBin: "L||||94||;",
  /** Grants permission to list EBS volumes in Recycle Bin. Access level: List. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ListVolumesInRecycleBin.html */
  ListVolumesInRecycleBin: "L||||94||;",
  /** Grants permission to lock an Amazon EBS snapshot in either governance or compliance mode to protect it against accidental or malicious deletions. Access level: Write. Resources: snapshot*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_LockSnapshot.html */
  LockSnapshot: "W|||73;1;1~31~75~77~102~110~111~112~113~125|94||;",
  /** Grants permission to modify an attribute of the specified Elastic IP address. Access level: Write. Resources: elastic-ip*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyAddressAttribute.html */
  ModifyAddressAttribute: "W|||15;1;1~6~8~9~28~92~102|94||;",
  /** Grants permission to modify the opt-in status of the Local Zone and Wavelength Zone group for your account. Access level: Write. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyAvailabilityZoneGroup.html */
  ModifyAvailabilityZoneGroup: "W||||94||;",
  /** Grants permission to modify a Capacity Reservation's capacity and the conditions under which it is to be released. Access level: Write. Resources: capacity-reservation*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyCapacityReservation.html */
  ModifyCapacityReservation: "W|||2;1;1~8~9~16|94||;",
  /** Grants permission to modify a Capacity Reservation Fleet. Access level: Write. Resources: capacity-reservation-fleet*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyCapacityReservationFleet.html */
  ModifyCapacityReservationFleet: "W|||3;1;1~8~9~102|94|ec2:ModifyCapacityReservation|;",
  /** Grants permission to modify a Client VPN endpoint. Access level: Write. Resources: client-vpn-endpoint*, security-group, vpc. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyClientVpnEndpoint.html */
  ModifyClientVpnEndpoint: "W|||6;1;1~8~9~17~18~19~27~102~107~109,71;0;1~102~108~128,97;0;1~102~121~129|94||;",
  /** Grants permission to change the account level default credit option for CPU usage of burstable performance instances. Access level: Write. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyDefaultCreditSpecification.html */
  ModifyDefaultCreditSpecification: "W||||94||;",
  /** Grants permission to change the default customer master key (CMK) for EBS encryption by default for your account. Access level: Write. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyEbsDefaultKmsKeyId.html */
  ModifyEbsDefaultKmsKeyId: "W||||94||;",
  /** Grants permission to modify an EC2 Fleet. Access level: Write. Resources: fleet*, image, launch-template, subnet. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyFleet.html */
  ModifyFleet: "W|||18;1;1~8~9~102,22;0;1~40~41~75~91~102~104,42;0;1~67~102,76;0;1~14~15~102~119~128|94||;",
  /** Grants permission to modify an attribute of an Amazon FPGA Image (AFI). Access level: Write. Resources: fpga-image*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyFpgaImageAttribute.html */
  ModifyFpgaImageAttribute: "W|||19;1;1~8~9~75~91~102|94||;",
  /** Grants permission to modify a Dedicated Host. Access level: Write. Resources: dedicated-host*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyHosts.html */
  ModifyHosts: "W|||10;1;1~8~9~102|94||;",
  /** Grants permission to modify the ID format for a resource. Access level: Write. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyIdFormat.html */
  ModifyIdFormat: "W||||94||;",
  /** Grants permission to modify the ID format of a resource for a specific principal in your account. Access level: Write. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyIdentityIdFormat.html */
  ModifyIdentityIdFormat: "W||||94||;",
  /** Grants permission to modify an attribute of an Amazon Machine Image (AMI). Access level: Write. Resources: image*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyImageAttribute.html */
  ModifyImageAttribute: "W|||22;1;1~8~9~40~41~75~91~102~104|94||;",
  /** Grants permission to modify an attribute of an instance. Access level: Write. Resources: instance*, security-group, volume. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyInstanceAttribute.html */
  ModifyInstanceAttribute:
    "W|||26;1;1~8~9~14~15~21~29~44~45~47~48~50~52~53~67~68~69~70~87~90~102~104~121,71;0;1~102~108~128,96;0;1~14~15~31~67~76~102~122~123~124~125~126~127|94||;",
  /** Grants permission to modify the Capacity Reservation settings for a stopped instance. Access level: Write. Resources: capacity-reservation, instance*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyInstanceCapacityReservationAttributes.html */
  ModifyInstanceCapacityReservationAttributes:
    "W|||2;0;1,26;1;1~8~9~14~15~21~29~44~45~47~48~50~52~53~67~68~69~70~87~90~102~104~121|94||;",
  /** Grants permission to modify an existing EC2 Instance Connect Endpoint. Access level: Write. Resources: instance-connect-endpoint*, security-group. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyInstanceConnectEndpoint.html */
  ModifyInstanceConnectEndpoint: "W|||27;1;1~8~9~102,71;0;1~102~108~128|94||;",
  /** Grants permission to modify the CPU options on an instance. Access level: Write. Resources: instance*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyInstanceCpuOptions.html */
  ModifyInstanceCpuOptions: "W|||26;1;1~8~9~14~15~21~29~44~45~47~48~50~52~53~67~68~69~70~87~90~102~104~121|94||;",
  /** Grants permission to modify the credit option for CPU usage on an instance. Access level: Write. Resources: instance*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyInstanceCreditSpecification.html */
  ModifyInstanceCreditSpecification:
    "W|||26;1;1~8~9~14~15~21~29~44~45~47~48~50~52~53~67~68~69~70~87~90~102~104~121|94||;",
  /** Grants permission to modify the start time for a scheduled EC2 instance event. Access level: Write. Resources: instance*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyInstanceEventStartTime.html */
  ModifyInstanceEventStartTime: "W|||26;1;1~9~14~15~21~29~44~45~47~48~50~52~53~67~68~69~70~87~90~102~104~121|94||;",
  /** Grants permission to modify the specified event window. Access level: Write. Resources: instance-event-window*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyInstanceEventWindow.html */
  ModifyInstanceEventWindow: "W|||28;1;1~8~9~102|94||;",
  /** Grants permission to modify the recovery behaviour for an instance. Access level: Write. Resources: instance*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyInstanceMaintenanceOptions.html */
  ModifyInstanceMaintenanceOptions:
    "W|||26;1;1~8~9~14~15~21~29~44~45~47~48~50~52~53~67~68~69~70~87~90~102~104~121|94||;",
  /** Grants permission to modify the default instance metadata service (IMDS) settings for your account in the specified Region. Access level: Write. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyInstanceMetadataDefaults.html */
  ModifyInstanceMetadataDefaults: "W||||9,94||;",
  /** Grants permission to modify the metadata options for an instance. Access level: Write. Resources: instance*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyInstanceMetadataOptions.html */
  ModifyInstanceMetadataOptions: "W|||26;1;1~8~9~14~15~21~29~44~45~47~48~50~52~53~67~68~69~70~87~90~102~104~121|94||;",
  /** Grants permission to modify the network performance options for an instance. Access level: Write. Resources: instance*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyInstanceNetworkPerformanceOptions.html */
  ModifyInstanceNetworkPerformanceOptions:
    "W|||26;1;1~8~9~14~15~21~29~44~45~47~48~50~52~53~67~68~69~70~87~90~102~104~121|94||;",
  /** Grants permission to modify the placement attributes for an instance. Access level: Write. Resources: dedicated-host, instance*, placement-group. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyInstancePlacement.html */
  ModifyInstancePlacement:
    "W|||10;0;1~102,26;1;1~8~9~14~15~21~29~44~45~47~48~50~52~53~67~68~69~70~87~90~102~104~121,59;0;1~88~89~102|94||;",
  /** Grants permission to modify the configurations of an Amazon VPC IP Address Manager (IPAM). Access level: Write. Resources: ipam*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyIpam.html */
  ModifyIpam: "W|||30;1;1~8~9~102|94||;",
  /** Grants permission to modify the rules that define how Amazon VPC IP Address Manager (IPAM) pools allocate IP addresses to AWS resource types within an IPAM policy. Access level: Write. Resources: ipam-policy*, ipam-pool. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyIpamPolicyAllocationRules.html */
  ModifyIpamPolicyAllocationRules: "W|||32;1;1~102,33;0;1~102|94||;",
  /** Grants permission to modify the configurations of an Amazon VPC IP Address Manager (IPAM) pool. Access level: Write. Resources: ipam-pool*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyIpamPool.html */
  ModifyIpamPool: "W|||33;1;1~8~9~102|94||;",
  /** Grants permission to modify an IPAM prefix list resolver. Access level: Write. Resources: ipam-prefix-list-resolver*, ipam-scope. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyIpamPrefixListResolver.html */
  ModifyIpamPrefixListResolver: "W|||34;1;1~8~9~102,38;0;1~102|94||;",
  /** Grants permission to modify an IPAM prefix list resolver target. Access level: Write. Resources: ipam-prefix-list-resolver-target*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyIpamPrefixListResolverTarget.html */
  ModifyIpamPrefixListResolverTarget: "W|||35;1;1~102|94||;",
  /** Grants permission to modify the configurations of an Amazon VPC IP Address Manager (IPAM) resource CIDR. Access level: Write. Resources: ipam-scope*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyIpamResourceCidr.html */
  ModifyIpamResourceCidr: "W|||38;1;1~8~9~102|94||;",
  /** Grants permission to modify a resource discovery. Access level: Write. Resources: ipam-resource-discovery*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyIpamResourceDiscovery.html */
  ModifyIpamResourceDiscovery: "W|||36;1;1~8~9~102|94||;",
  /** Grants permission to modify the configurations of an Amazon VPC IP Address Manager (IPAM) scope. Access level: Write. Resources: ipam-scope*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyIpamScope.html */
  ModifyIpamScope: "W|||38;1;1~8~9~102|94||;",
  /** Grants permission to modify a launch template. Access level: Write. Resources: launch-template*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyLaunchTemplate.html */
  ModifyLaunchTemplate: "W|||42;1;1~8~9~67~102|94||;",
  /** Grants permission to modify a local gateway route. Access level: Write. Resources: local-gateway-route-table*, local-gateway-virtual-interface-group, network-interface, prefix-list. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyLocalGatewayRoute.html */
  ModifyLocalGatewayRoute: "W|||45;1;1~9~102,49;0;1~102,57;0;1~12~14~67~72~78~102~118~128,60;0;1~102|94||;",
  /** Grants permission to modify a managed prefix list. Access level: Write. Resources: prefix-list*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyManagedPrefixList.html */
  ModifyManagedPrefixList: "W|||60;1;1~8~9~57~102|94||;",
  /** Grants permission to modify an attribute of a network interface. Access level: Write. Resources: instance, network-interface*, security-group, subnet. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyNetworkInterfaceAttribute.html */
  ModifyNetworkInterfaceAttribute:
    "W|||26;0;1~14~15~21~29~44~45~47~48~50~52~53~67~68~69~70~87~90~102~104~121,57;1;1~8~9~14~67~72~102~118~128,71;0;1~102~108~128,76;0;1~14~15~102~128|94||;",
  /** Grants permission to allow Oracle Database@AWS to modify the settings of a peering connection between an ODB network and a VPC. Access level: Permissions management. Resources: vpc*. Permission only. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyOdbNetworkPeering.html */
  ModifyOdbNetworkPeering: "P||1|97;1;1~9~102~121~129|94||",
  /** Grants permission to modify the options for instance hostnames for the specified instance. Access level: Write. Resources: instance*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyPrivateDnsNameOptions.html */
  ModifyPrivateDnsNameOptions: "W|||26;1;1~8~9~14~15~21~29~44~45~47~48~50~52~53~67~68~69~70~73~87~90~102~104~121|94||;",
  /** Grants permission to modify public hostname options for a network interface. Access level: Write. Resources: network-interface*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyPublicIpDnsNameOptions.html */
  ModifyPublicIpDnsNameOptions: "W|||57;1;1~8~9~14~102~118~128|94||;",
  /** Grants permission to modify attributes of one or more Reserved Instances. Access level: Write. Resources: reserved-instances*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyReservedInstances.html */
  ModifyReservedInstances: "W|||62;1;1~8~9~14~53~101~102~121|94||;",
  /** Grants permission to modify a route server. Access level: Write. Resources: route-server*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyRouteServer.html */
  ModifyRouteServer: "W|||64;1;1~102|94||;",
  /** Grants permission to modify the rules of a security group. Access level: Write. Resources: prefix-list, security-group*, security-group-rule*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifySecurityGroupRules.html */
  ModifySecurityGroupRules: "W|||60;0;1~102,71;1;1~102~108~128,72;1;1~102|94||;",
  /** Grants permission to add or remove permission settings for a snapshot. Access level: Permissions management. Resources: snapshot*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifySnapshotAttribute.html */
  ModifySnapshotAttribute: "P|||73;1;1~4~5~8~9~14~75~77~97~98~102~111~113~125|94||;",
  /** Grants permission to archive Amazon EBS snapshots. Access level: Write. Resources: snapshot*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifySnapshotTier.html */
  ModifySnapshotTier: "W|||73;1;1~8~9~31~75~77~102~111~113~125|94||;",
  /** Grants permission to modify a Spot Fleet request. Access level: Write. Resources: launch-template, spot-fleet-request*, subnet. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifySpotFleetRequest.html */
  ModifySpotFleetRequest: "W|||42;0;1~67~102,74;1;1~8~9~102,76;0;1~14~15~102~119~128|94||;",
  /** Grants permission to modify an attribute of a subnet. Access level: Write. Resources: subnet*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifySubnetAttribute.html */
  ModifySubnetAttribute: "W|||76;1;1~8~9~14~15~102~119~128|94||;",
  /** Grants permission to allow or restrict mirroring network services. Access level: Write. Resources: traffic-mirror-filter*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyTrafficMirrorFilterNetworkServices.html */
  ModifyTrafficMirrorFilterNetworkServices: "W|||78;1;1~8~9~102|94||;",
  /** Grants permission to modify a traffic mirror rule. Access level: Write. Resources: traffic-mirror-filter*, traffic-mirror-filter-rule*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyTrafficMirrorFilterRule.html */
  ModifyTrafficMirrorFilterRule: "W|||78;1;1~8~9~102,79;1;1~8~9~102|94||;",
  /** Grants permission to modify a traffic mirror session. Access level: Write. Resources: traffic-mirror-filter, traffic-mirror-session*, traffic-mirror-target. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyTrafficMirrorSession.html */
  ModifyTrafficMirrorSession: "W|||78;0;1~102,80;1;1~8~9~102,81;0;1~102|94||;",
  /** Grants permission to modify a transit gateway. Access level: Write. Resources: transit-gateway*, transit-gateway-route-table. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyTransitGateway.html */
  ModifyTransitGateway: "W|||82;1;1~8~9~102~141,88;0;1~102~146|94||;",
  /** Grants permission to modify a transit gateway metering policy. Access level: Write. Resources: transit-gateway-attachment, transit-gateway-metering-policy*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyTransitGatewayMeteringPolicy.html */
  ModifyTransitGatewayMeteringPolicy: "W|||83;0;1~102~139,85;1;1~9~102~142|94||;",
  /** Grants permission to modify a transit gateway prefix list reference. Access level: Write. Resources: prefix-list*, transit-gateway-attachment, transit-gateway-route-table*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyTransitGatewayPrefixListReference.html */
  ModifyTransitGatewayPrefixListReference: "W|||60;1;1~8~9~102,83;0;1~102~139,88;1;1~8~9~102~146|94||;",
  /** Grants permission to modify a VPC attachment on a transit gateway. Access level: Write. Resources: subnet, transit-gateway-attachment*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyTransitGatewayVpcAttachment.html */
  ModifyTransitGatewayVpcAttachment: "W|||76;0;1~14~15~102~119~128,83;1;1~8~9~102~139|94||;",
  /** Grants permission to modify the configuration of a Verified Access endpoint. Access level: Write. Resources: subnet, verified-access-endpoint*, verified-access-group. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyVerifiedAccessEndpoint.html */
  ModifyVerifiedAccessEndpoint: "W|||76;0;1~14~15~102~119~128,90;1;1~9~102,92;0;1~102|94||;",
  /** Grants permission to modify the specified Verified Access endpoint policy. Access level: Write. Resources: verified-access-endpoint*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyVerifiedAccessEndpointPolicy.html */
  ModifyVerifiedAccessEndpointPolicy: "W|||90;1;1~9~102|94||;",
  /** Grants permission to modify the specified Verified Access Group configuration. Access level: Write. Resources: verified-access-group*, verified-access-instance. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyVerifiedAccessGroup.html */
  ModifyVerifiedAccessGroup: "W|||92;1;1~8~9~102,93;0;1~102|94||;",
  /** Grants permission to modify the specified Verified Access group policy. Access level: Write. Resources: verified-access-group*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyVerifiedAccessGroupPolicy.html */
  ModifyVerifiedAccessGroupPolicy: "W|||92;1;1~9~102|94||;",
  /** Grants permission to modify the configuration of the specified Verified Access instance. Access level: Write. Resources: verified-access-instance*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyVerifiedAccessInstance.html */
  ModifyVerifiedAccessInstance: "W|||93;1;1~8~9~102|94||;",
  /** Grants permission to modify the logging configuration for the specified Verified Access instance. Access level: Write. Resources: verified-access-instance*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyVerifiedAccessInstanceLoggingConfiguration.html */
  ModifyVerifiedAccessInstanceLoggingConfiguration: "W|||93;1;1~9~102|94||;",
  /** Grants permission to modify the configuration of the specified Verified Access trust provider. Access level: Write. Resources: verified-access-trust-provider*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyVerifiedAccessTrustProvider.html */
  ModifyVerifiedAccessTrustProvider: "W|||95;1;1~8~9~102|94||;",
  /** Grants permission to modify the parameters of an EBS volume. Access level: Write. Resources: volume*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyVolume.html */
  ModifyVolume: "W|||96;1;1~8~9~14~15~31~67~76~77~102~122~123~124~125~126~127|94||;",
  /** Grants permission to modify an attribute of a volume. Access level: Write. Resources: volume*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyVolumeAttribute.html */
  ModifyVolumeAttribute: "W|||96;1;1~8~9~14~15~31~67~76~77~102~122~123~124~125~126~127|94||;",
  /** Grants permission to modify an attribute of a VPC. Access level: Write. Resources: vpc*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyVpcAttribute.html */
  ModifyVpcAttribute: "W|||97;1;1~8~9~102~121~129|94||;",
  /** Grants permission to modify an exclusion list for blocked public access on a VPC. Access level: Write. Resources: vpc-block-public-access-exclusion*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyVpcBlockPublicAccessExclusion.html */
  ModifyVpcBlockPublicAccessExclusion: "W|||98;1;1~8~9~102|94||;",
  /** Grants permission to modify options for blocked public access on a VPC. Access level: Write. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyVpcBlockPublicAccessOptions.html */
  ModifyVpcBlockPublicAccessOptions: "W||||94||;",
  /** Grants permission to modify an existing VPC Encryption Control. Access level: Write. Resources: vpc-encryption-control*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyVpcEncryptionControl.html */
  ModifyVpcEncryptionControl: "W|||99;1;1~9~102|94||;",
  /** Grants permission to modify an attribute of a VPC endpoint. Access level: Write. Resources: route-table, security-group, subnet, vpc-endpoint*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyVpcEndpoint.html */
  ModifyVpcEndpoint: "W|||67;0;1~102~105,71;0;1~102~108~128,76;0;1~14~15~102~119~128,100;1;1~8~9~102~131~137|94||;",
  /** Grants permission to modify a connection notification for a VPC endpoint or VPC endpoint service. Access level: Write. Resources: vpc-endpoint, vpc-endpoint-service. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyVpcEndpointConnectionNotification.html */
  ModifyVpcEndpointConnectionNotification: "W|||100;0;1~102,102;0;1~102~131~138|94||;",
  /** Grants permission to modify the attributes of a VPC endpoint service configuration. Access level: Write. Resources: vpc-endpoint-service*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyVpcEndpointServiceConfiguration.html */
  ModifyVpcEndpointServiceConfiguration: "W|||102;1;1~8~9~102~131~136~138|94||;",
  /** Grants permission to modify the payer responsibility for a VPC endpoint service. Access level: Write. Resources: vpc-endpoint-service*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyVpcEndpointServicePayerResponsibility.html */
  ModifyVpcEndpointServicePayerResponsibility: "W|||102;1;1~8~9~102~131~138|94||;",
  /** Grants permission to modify the permissions for a VPC endpoint service. Access level: Permissions management. Resources: vpc-endpoint-service*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyVpcEndpointServicePermissions.html */
  ModifyVpcEndpointServicePermissions: "P|||102;1;1~8~9~102~131~138|94||;",
  /** Grants permission to modify the VPC peering connection options on one side of a VPC peering connection. Access level: Write. Resources: vpc-peering-connection*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyVpcPeeringConnectionOptions.html */
  ModifyVpcPeeringConnectionOptions: "W|||105;1;1~3~8~9~100~102~130|94||;",
  /** Grants permission to modify the instance tenancy attribute of a VPC. Access level: Write. Resources: vpc*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyVpcTenancy.html */
  ModifyVpcTenancy: "W|||97;1;1~8~9~102~121~129|94||;",
  /** Grants permission to modify the target gateway of a Site-to-Site VPN connection. Access level: Write. Resources: vpn-connection*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyVpnConnection.html */
  ModifyVpnConnection: "W|||107;1;1~8~9~10~24~37~39~42~43~79~80~81~82~83~84~85~86~95~96~99~102~106|94||;",
  /** Grants permission to modify the connection options for your Site-to-Site VPN connection. Access level: Write. Resources: vpn-connection*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyVpnConnectionOptions.html */
  ModifyVpnConnectionOptions: "W|||107;1;1~8~9~102|94||;",
  /** Grants permission to modify the certificate for a Site-to-Site VPN connection. Access level: Write. Resources: vpn-connection*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyVpnTunnelCertificate.html */
  ModifyVpnTunnelCertificate: "W|||107;1;1~8~9~102|94||;",
  /** Grants permission to modify the options for a Site-to-Site VPN connection. Access level: Write. Resources: vpn-connection*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyVpnTunnelOptions.html */
  ModifyVpnTunnelOptions: "W|||107;1;1~8~9~10~24~37~39~42~43~79~80~81~82~83~84~85~86~95~96~99~102~106|94||;",
  /** Grants permission to enable detailed monitoring for a running instance. Access level: Write. Resources: instance*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_MonitorInstances.html */
  MonitorInstances: "W|||26;1;1~14~15~21~29~44~45~47~48~50~52~53~67~68~69~70~87~90~102~104~121|94||;",
  /** Grants permission to move an Elastic IP address from the EC2-Classic platform to the EC2-VPC platform. Access level: Write. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_MoveAddressToVpc.html */
  MoveAddressToVpc: "W||||94||",
  /** Grants permission to move a BYOIP IPv4 CIDR to Amazon VPC IP Address Manager (IPAM) from a public IPv4 pool. Access level: Write. Resources: ipam-pool*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_MoveByoipCidrToIpam.html */
  MoveByoipCidrToIpam: "W|||33;1;1~102|94||;",
  /** Grants permission to move available capacity from a source Capacity Reservation to a destination Capacity Reservation. Access level: Write. Resources: capacity-reservation*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_MoveCapacityReservationInstances.html */
  MoveCapacityReservationInstances: "W|||2;1;1~14~16~23~25~29~32~33~46~49~51~53~74~87~102~115~121|94||;",
  /** Grants permission to temporarily pause I/O operations for a target Amazon EBS volume. Access level: Write. Resources: instance, volume*. Permission only. https://docs.aws.amazon.com/fis/latest/userguide/fis-actions-reference.html#ebs-actions-reference */
  PauseVolumeIO:
    "W||1|26;0;1~14~21~29~44~45~47~48~50~52~53~67~68~69~70~102~104~121,96;1;1~14~15~31~67~76~102~122~124~125~126~127|94||",
  /** Grants permission to provision an address range for use in AWS through bring your own IP addresses (BYOIP), and to create a corresponding address pool. Access level: Write. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ProvisionByoipCidr.html */
  ProvisionByoipCidr: "W||||94||;",
  /** Grants permission to provision an Autonomous System Number (ASN) for use in an Amazon Web Services account. Access level: Write. Resources: ipam*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ProvisionIpamByoasn.html */
  ProvisionIpamByoasn: "W|||30;1;1~102|94||;",
  /** Grants permission to provision a CIDR to an Amazon VPC IP Address Manager (IPAM) pool. Access level: Write. Resources: ipam-external-resource-verification-token, ipam-pool*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ProvisionIpamPoolCidr.html */
  ProvisionIpamPoolCidr: "W|||31;0;1~102,33;1;1~102|94||;",
  /** Grants permission to provision a CIDR to a public IPv4 pool. Access level: Write. Resources: ipam-pool*, ipv4pool-ec2*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ProvisionPublicIpv4PoolCidr.html */
  ProvisionPublicIpv4PoolCidr: "W|||33;1;1~102,39;1;1~102|94||;",
  /** Grants permission to purchase a Capacity Block offering. Access level: Write. Resources: capacity-reservation*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_PurchaseCapacityBlock.html */
  PurchaseCapacityBlock: "W|||2;1;0~2~16|94|1|;",
  /** Grants permission to purchase a Capacity Block extension. Access level: Write. Resources: capacity-reservation*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_PurchaseCapacityBlockExtension.html */
  PurchaseCapacityBlockExtension: "W|||2;1;1~16|94||;",
  /** Grants permission to purchase a reservation with configurations that match those of a Dedicated Host. Access level: Write. Resources: dedicated-host*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_PurchaseHostReservation.html */
  PurchaseHostReservation: "W|||10;1;1~102|94|1|;",
  /** Grants permission to purchase a Reserved Instance offering. Access level: Write. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_PurchaseReservedInstancesOffering.html */
  PurchaseReservedInstancesOffering: "W||||94||;",
  /** Grants permission to purchase one or more Scheduled Instances with a specified schedule. Access level: Write. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_PurchaseScheduledInstances.html */
  PurchaseScheduledInstances: "W||||94||;",
  /** Grants permission to attach an IAM policy that enables cross-account sharing to a resource. Access level: Permissions management. Resources: ipam-pool, placement-group, verified-access-group. Permission only. https://docs.aws.amazon.com/vpc/latest/ipam/share-pool-ipam.html */
  PutResourcePolicy: "P||1|33;0;1~102,59;0;1~88~89~102,92;0;1~102|94||",
  /** Grants permission to request a reboot of one or more instances. Access level: Write. Resources: instance*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_RebootInstances.html */
  RebootInstances: "W|||26;1;1~14~15~21~29~44~45~47~48~50~52~53~67~68~69~70~87~90~102~104~121|94||;",
  /** Grants permission to register an Amazon Machine Image (AMI). Access level: Write. Resources: image*, snapshot. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_RegisterImage.html */
  RegisterImage: "W|||22;1;0~2~40~75,73;0;1~74~75~77~102~111~113~117~125|94|1|;",
  /** Grants permission to add tags to the set of tags to include in notifications about scheduled events for your instances. Access level: Write. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_RegisterInstanceEventNotificationAttributes.html */
  RegisterInstanceEventNotificationAttributes: "W||||94||;",
  /** Grants permission to register one or more network interfaces as a member of a group IP address in a transit gateway multicast domain. Access level: Write. Resources: network-interface*, transit-gateway-multicast-domain*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_RegisterTransitGatewayMulticastGroupMembers.html */
  RegisterTransitGatewayMulticastGroupMembers: "W|||57;1;1~14~67~72~102~118~128,86;1;1~102~143|94||;",
  /** Grants permission to register one or more network interfaces as a source of a group IP address in a transit gateway multicast domain. Access level: Write. Resources: network-interface*, transit-gateway-multicast-domain*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_RegisterTransitGatewayMulticastGroupSources.html */
  RegisterTransitGatewayMulticastGroupSources: "W|||57;1;1~14~67~72~102~118~128,86;1;1~102~143|94||;",
  /** Grants permission to reject a request to assign billing of the available capacity of a shared Capacity Reservation to your account. Access level: Write. Resources: capacity-reservation*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_RejectCapacityReservationBillingOwnership.html */
  RejectCapacityReservationBillingOwnership: "W|||2;1;1~14~16~23~25~29~32~33~46~49~51~53~74~87~102~115~121|94||;",
  /** Grants permission to reject requests to associate cross-account subnets with a transit gateway multicast domain. Access level: Write. Resources: transit-gateway-attachment, transit-gateway-multicast-domain. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_RejectTransitGatewayMulticastDomainAssociations.html */
  RejectTransitGatewayMulticastDomainAssociations: "W|||83;0;1~102~139,86;0;1~102~143|94||;",
  /** Grants permission to reject a transit gateway peering attachment request. Access level: Write. Resources: transit-gateway-attachment*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_RejectTransitGatewayPeeringAttachment.html */
  RejectTransitGatewayPeeringAttachment: "W|||83;1;1~102~139|94||;",
  /** Grants permission to reject a request to attach a VPC to a transit gateway. Access level: Write. Resources: transit-gateway-attachment*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_RejectTransitGatewayVpcAttachment.html */
  RejectTransitGatewayVpcAttachment: "W|||83;1;1~102~139|94||;",
  /** Grants permission to reject one or more VPC endpoint connection requests to a VPC endpoint service. Access level: Write. Resources: vpc-endpoint-service*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_RejectVpcEndpointConnections.html */
  RejectVpcEndpointConnections: "W|||102;1;1~102~131~138|94||;",
  /** Grants permission to reject a VPC peering connection request. Access level: Write. Resources: vpc-peering-connection*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_RejectVpcPeeringConnection.html */
  RejectVpcPeeringConnection: "W|||105;1;1~3~100~102~130|94||;",
  /** Grants permission to release an Elastic IP address. Access level: Write. Resources: elastic-ip. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ReleaseAddress.html */
  ReleaseAddress: "W|||15;0;1~6~28~92~102|94||;",
  /** Grants permission to release one or more On-Demand Dedicated Hosts. Access level: Write. Resources: dedicated-host*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ReleaseHosts.html */
  ReleaseHosts: "W|||10;1;1~102|94||;",
  /** Grants permission to release an allocation within an Amazon VPC IP Address Manager (IPAM) pool. Access level: Write. Resources: ipam-pool*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ReleaseIpamPoolAllocation.html */
  ReleaseIpamPoolAllocation: "W|||33;1;1~102|94||;",
  /** Grants permission to replace an IAM instance profile for an instance. Access level: Write. Resources: instance*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ReplaceIamInstanceProfileAssociation.html */
  ReplaceIamInstanceProfileAssociation:
    "W|||26;1;1~14~15~21~29~44~45~47~48~50~52~53~67~68~69~70~73~87~90~102~104~121|94|7|;",
  /** Grants permission to replace image criteria in allowed images settings. Access level: Write. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ReplaceImageCriteriaInAllowedImagesSettings.html */
  ReplaceImageCriteriaInAllowedImagesSettings: "W||||94||;",
  /** Grants permission to change which network ACL a subnet is associated with. Access level: Write. Resources: network-acl*, subnet*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ReplaceNetworkAclAssociation.html */
  ReplaceNetworkAclAssociation: "W|||52;1;1~71~102~128,76;1;1~14~15~102~119~128|94||;",
  /** Grants permission to replace an entry (rule) in a network ACL. Access level: Write. Resources: network-acl*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ReplaceNetworkAclEntry.html */
  ReplaceNetworkAclEntry: "W|||52;1;1~71~102~128|94||;",
  /** Grants permission to replace a route within a route table in a VPC. Access level: Write. Resources: instance, route-table*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ReplaceRoute.html */
  ReplaceRoute: "W|||26;0;,67;1;1~102~105~128|94||;",
  /** Grants permission to change the route table that is associated with a subnet. Access level: Write. Resources: internet-gateway, ipv4pool-ec2, ipv6pool-ec2, route-table*, subnet, vpn-gateway. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ReplaceRouteTableAssociation.html */
  ReplaceRouteTableAssociation:
    "W|||29;0;1~54~102,39;0;1~102,40;0;1~102,67;1;1~102~105~128,76;0;1~14~15~102~119~128,109;0;1~102|94||;",
  /** Grants permission to replace a route in a transit gateway route table. Access level: Write. Resources: transit-gateway-attachment, transit-gateway-route-table*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ReplaceTransitGatewayRoute.html */
  ReplaceTransitGatewayRoute: "W|||83;0;1~102~139,88;1;1~102~146|94||;",
  /** Grants permission to replace a VPN tunnel. Access level: Write. Resources: vpn-connection*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ReplaceVpnTunnel.html */
  ReplaceVpnTunnel: "W|||107;1;1~102|94||;",
  /** Grants permission to submit feedback about the status of an instance. Access level: Write. Resources: instance*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ReportInstanceStatus.html */
  ReportInstanceStatus: "W|||26;1;15~45~47|94||;",
  /** Grants permission to create a Spot Fleet request. Access level: Write. Resources: image, key-pair, launch-template, placement-group, security-group, snapshot, spot-fleet-request*, subnet. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_RequestSpotFleet.html */
  RequestSpotFleet:
    "W|||22;0;1~40~41~75~91~102~104,41;0;1~62~63~102,42;0;1~67~102,59;0;1~88~89~102,71;0;1~102~108~128,73;0;1~74~75~77~102~111~113~117~125,74;1;0~2,76;0;1~14~15~102~119~128|94|1,7|;",
  /** Grants permission to create a Spot Instance request. Access level: Write. Resources: image, key-pair, network-interface, placement-group, security-group, snapshot, spot-instances-request*, subnet. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_RequestSpotInstances.html */
  RequestSpotInstances:
    "W|||22;0;1~40~41~75~91~102~104,41;0;1~62~63~102,57;0;1~12~14~67~72~78~102~118~128,59;0;1~88~89~102,71;0;1~102~108~128,73;0;1~74~75~77~102~111~113~117~125,75;1;0~2,76;0;1~14~15~102~119~128|94|1,7|;",
  /** Grants permission to reset the attribute of the specified IP address. Access level: Write. Resources: elastic-ip*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ResetAddressAttribute.html */
  ResetAddressAttribute: "W|||15;1;1~6~8~9~28~92~102|94||;",
  /** Grants permission to reset the default customer master key (CMK) for EBS encryption for your account to use the AWS-managed CMK for EBS. Access level: Write. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ResetEbsDefaultKmsKeyId.html */
  ResetEbsDefaultKmsKeyId: "W||||94||;",
  /** Grants permission to reset an attribute of an Amazon FPGA Image (AFI) to its default value. Access level: Write. Resources: fpga-image*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ResetFpgaImageAttribute.html */
  ResetFpgaImageAttribute: "W|||19;1;1~8~9~75~91~102|94||;",
  /** Grants permission to reset an attribute of an Amazon Machine Image (AMI) to its default value. Access level: Write. Resources: image*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ResetImageAttribute.html */
  ResetImageAttribute: "W|||22;1;1~8~9~40~41~75~91~102~104|94||;",
  /** Grants permission to reset an attribute of an instance to its default value. Access level: Write. Resources: instance*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ResetInstanceAttribute.html */
  ResetInstanceAttribute: "W|||26;1;1~14~15~21~29~44~45~47~48~50~52~53~67~68~69~70~90~102~104~121|94||;",
  /** Grants permission to reset an attribute of a network interface. Access level: Write. Resources: network-interface*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ResetNetworkInterfaceAttribute.html */
  ResetNetworkInterfaceAttribute: "W|||57;1;1~14~67~72~102~118~128|94||;",
  /** Grants permission to reset permission settings for a snapshot. Access level: Permissions management. Resources: snapshot*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ResetSnapshotAttribute.html */
  ResetSnapshotAttribute: "P|||73;1;1~8~9~75~77~102~111~113~125|94||;",
  /** Grants permission to restore an Elastic IP address that was previously moved to the EC2-VPC platform back to the EC2-Classic platform. Access level: Write. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_RestoreAddressToClassic.html */
  RestoreAddressToClassic: "W||||94||",
  /** Grants permission to restore an Amazon Machine Image (AMI) from the Recycle Bin. Access level: Write. Resources: image*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_RestoreImageFromRecycleBin.html */
  RestoreImageFromRecycleBin: "W|||22;1;1~40~41~75~91~102~104|94||;",
  /** Grants permission to restore the entries from a previous version of a managed prefix list to a new version of the prefix list. Access level: Write. Resources: prefix-list*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_RestoreManagedPrefixListVersion.html */
  RestoreManagedPrefixListVersion: "W|||60;1;1~102|94||;",
  /** Grants permission to restore an Amazon EBS snapshot from the Recycle Bin. Access level: Write. Resources: snapshot*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_RestoreSnapshotFromRecycleBin.html */
  RestoreSnapshotFromRecycleBin: "W|||73;1;1~31~75~77~102~111~113~125|94||;",
  /** Grants permission to restore an archived Amazon EBS snapshot for use temporarily or permanently, or modify the restore period or restore type for a snapshot that was previously temporarily restored. Access level: Write. Resources: snapshot*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_RestoreSnapshotTier.html */
  RestoreSnapshotTier: "W|||73;1;1~31~75~77~102~111~113~125|94||;",
  /** Grants permission to restore an EBS volume from Recycle Bin. Access level: Write. Resources: volume*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_RestoreVolumeFromRecycleBin.html */
  RestoreVolumeFromRecycleBin: "W|||96;1;1~14~15~31~76~77~102~122~123~124~125~126~127|94||;",
  /** Grants permission to remove an inbound authorization rule from a Client VPN endpoint. Access level: Write. Resources: client-vpn-endpoint*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_RevokeClientVpnIngress.html */
  RevokeClientVpnIngress: "W|||6;1;1~17~18~19~27~102~107~109|94||;",
  /** Grants permission to remove one or more outbound rules from a VPC security group. Access level: Write. Resources: security-group*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_RevokeSecurityGroupEgress.html */
  RevokeSecurityGroupEgress: "W|||71;1;1~102~108~128|94||;",
  /** Grants permission to remove one or more inbound rules from a security group. Access level: Write. Resources: security-group*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_RevokeSecurityGroupIngress.html */
  RevokeSecurityGroupIngress: "W|||71;1;1~102~108~128|94||;",
  /** Grants permission to launch one or more instances. Access level: Write. Resources: capacity-reservation, elastic-gpu, elastic-inference, group, image*, instance*, key-pair, launch-template, license-configuration, network-interface*, placement-group, secondary-subnet, security-group*, snapshot, subnet*, volume. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_RunInstances.html */
  RunInstances:
    "W|||2;0;1~61~65,13;0;1~30~61~65~102,14;0;,20;0;,22;1;1~40~41~61~65~75~91~102~104,26;1;0~2~14~15~21~29~44~45~47~48~50~52~53~61~65~67~68~69~70~87~90~104~121,41;0;1~61~62~63~65~102,42;0;1~61~65~67~102,43;0;,57;1;0~2~7~11~14~61~65~67~72~118~128,59;0;1~61~65~88~89~102,70;0;1~102,71;1;1~61~65~102~108~128,73;0;1~61~65~75~77~102~111~113~125,76;1;1~14~15~61~65~102~119~128,96;0;0~2~14~15~31~61~65~67~76~122~123~124~125~126~127|94|1,7,9|;",
  /** Grants permission to launch one or more Scheduled Instances. Access level: Write. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_RunScheduledInstances.html */
  RunScheduledInstances: "W||||94||;",
  /** Grants permission to search for routes in a local gateway route table. Access level: List. Resources: local-gateway-route-table*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_SearchLocalGatewayRoutes.html */
  SearchLocalGatewayRoutes: "L|||45;1;1~102|94||;",
  /** Grants permission to search for groups, sources, and members in a transit gateway multicast domain. Access level: List. Resources: transit-gateway-multicast-domain*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_SearchTransitGatewayMulticastGroups.html */
  SearchTransitGatewayMulticastGroups: "L|||86;1;1~102~143|94||;",
  /** Grants permission to search for routes in a transit gateway route table. Access level: List. Resources: transit-gateway-route-table*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_SearchTransitGatewayRoutes.html */
  SearchTransitGatewayRoutes: "L|||88;1;1~102~146|94||;",
  /** Grants permission to send a diagnostic interrupt to an Amazon EC2 instance. Access level: Write. Resources: instance*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_SendDiagnosticInterrupt.html */
  SendDiagnosticInterrupt: "W|||26;1;1~14~15~21~29~44~45~47~48~50~52~53~67~68~69~70~102~104~121|94||;",
  /** Grants permission to interrupt a Spot Instance. Access level: Write. Resources: instance*. Permission only. https://docs.aws.amazon.com/fis/latest/userguide/fis-actions-reference.html#send-spot-instance-interruptions */
  SendSpotInstanceInterruptions: "W||1|26;1;1~14~15~21~29~44~45~47~48~50~52~53~67~68~69~70~102~104~121|94||",
  /** Grants permission to start a declarative policies report. Access level: Read. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_StartDeclarativePoliciesReport.html */
  StartDeclarativePoliciesReport: "R||||94|1|;",
  /** Grants permission to start a stopped instance. Access level: Write. Resources: instance*, license-configuration. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_StartInstances.html */
  StartInstances: "W|||26;1;1~14~15~21~29~45~47~48~52~53~67~68~69~70~87~102~104~121,43;0;|94||;",
  /** Grants permission to start a Network Access Scope analysis. Access level: Write. Resources: network-insights-access-scope*, network-insights-access-scope-analysis*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_StartNetworkInsightsAccessScopeAnalysis.html */
  StartNetworkInsightsAccessScopeAnalysis: "W|||53;1;1~102,54;1;0~2|94|1|;",
  /** Grants permission to start analyzing a specified path. Access level: Write. Resources: network-insights-analysis*, network-insights-path*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_StartNetworkInsightsAnalysis.html */
  StartNetworkInsightsAnalysis: "W|||55;1;0~2,56;1;1~102|94|1|;",
  /** Grants permission to start the private DNS verification process for a VPC endpoint service. Access level: Write. Resources: vpc-endpoint-service*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_StartVpcEndpointServicePrivateDnsVerification.html */
  StartVpcEndpointServicePrivateDnsVerification: "W|||102;1;1~102~131~138|94||;",
  /** Grants permission to stop an Amazon EBS-backed instance. Access level: Write. Resources: instance*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_StopInstances.html */
  StopInstances: "W|||26;1;1~14~15~21~29~44~45~47~48~50~52~53~67~68~69~70~87~102~104~121|94||;",
  /** Grants permission to terminate active Client VPN endpoint connections. Access level: Write. Resources: client-vpn-endpoint*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_TerminateClientVpnConnections.html */
  TerminateClientVpnConnections: "W|||6;1;1~17~18~19~27~102~107~109|94||;",
  /** Grants permission to shut down one or more instances. Access level: Write. Resources: instance*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_TerminateInstances.html */
  TerminateInstances: "W|||26;1;1~14~15~21~29~44~45~47~48~50~52~53~67~68~69~70~87~90~102~104~121|94||;",
  /** Grants permission to unassign one or more IPv6 addresses from a network interface. Access level: Write. Resources: network-interface*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_UnassignIpv6Addresses.html */
  UnassignIpv6Addresses: "W|||57;1;1~14~67~72~102~118~128|94||;",
  /** Grants permission to unassign one or more secondary private IP addresses from a network interface. Access level: Write. Resources: network-interface*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_UnassignPrivateIpAddresses.html */
  UnassignPrivateIpAddresses: "W|||57;1;1~14~67~72~102~118~128|94||;",
  /** Grants permission to unassign secondary private IPv4 addresses from a private NAT gateway. Access level: Write. Resources: natgateway*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_UnassignPrivateNatGatewayAddress.html */
  UnassignPrivateNatGatewayAddress: "W|||51;1;1~102|94||;",
  /** Grants permission to unlock a snapshot that is locked in governance mode or in compliance mode while still in the cooling-off period. Access level: Write. Resources: snapshot*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_UnlockSnapshot.html */
  UnlockSnapshot: "W|||73;1;1~31~75~77~102~110~111~112~113~125|94||;",
  /** Grants permission to disable detailed monitoring for a running instance. Access level: Write. Resources: instance*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_UnmonitorInstances.html */
  UnmonitorInstances: "W|||26;1;1~14~15~21~29~44~45~47~48~50~52~53~67~68~69~70~87~90~102~104~121|94||;",
  /** Grants permission to update the Organizations access setting for EC2 Capacity Manager. Access level: Write. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_UpdateCapacityManagerOrganizationsAccess.html */
  UpdateCapacityManagerOrganizationsAccess: "W||||94||;",
  /** Grants permission to update the number of instances allocated to an interruptible reservation, allowing you to add more capacity or reclaim capacity to your source Capacity Reservation. Access level: Write. Resources: capacity-reservation*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_UpdateInterruptibleCapacityReservationAllocation.html */
  UpdateInterruptibleCapacityReservationAllocation:
    "W|||2;1;1~14~15~23~29~32~33~46~49~51~53~55~56~60~102~115~120~121|94||;",
  /** Grants permission to update descriptions for one or more outbound rules in a VPC security group. Access level: Write. Resources: security-group*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_UpdateSecurityGroupRuleDescriptionsEgress.html */
  UpdateSecurityGroupRuleDescriptionsEgress: "W|||71;1;1~102~108~128|94||;",
  /** Grants permission to update descriptions for one or more inbound rules in a security group. Access level: Write. Resources: security-group*. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_UpdateSecurityGroupRuleDescriptionsIngress.html */
  UpdateSecurityGroupRuleDescriptionsIngress: "W|||71;1;1~102~108~128|94||;",
  /** Grants permission to stop advertising an address range that was provisioned for use in AWS through bring your own IP addresses (BYOIP). Access level: Write. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_WithdrawByoipCidr.html */
  WithdrawByoipCidr: "W||||94||;",
} as const;
const actionDetails = {
  AcceptAddressTransfer: "|,;~~~|Grants permission to accept an Elastic IP address transfer",
  AcceptCapacityReservationBillingOwnership:
    "|,;~~~|Grants permission to accept assign billing of the available capacity of a shared Capacity Reservation to the calling account",
  AcceptReservedInstancesExchangeQuote:
    "|,;~~~|Grants permission to accept a Convertible Reserved Instance exchange quote",
  AcceptTransitGatewayMulticastDomainAssociations:
    "|,;~~~|Grants permission to accept a request to associate subnets with a transit gateway multicast domain",
  AcceptTransitGatewayPeeringAttachment:
    "|,;~~~|Grants permission to accept a transit gateway peering attachment request",
  AcceptTransitGatewayVpcAttachment:
    "|,;~~~|Grants permission to accept a request to attach a VPC to a transit gateway",
  AcceptVpcEndpointConnections:
    "|,;~~~|Grants permission to accept one or more interface VPC endpoint connections to your VPC endpoint service",
  AcceptVpcPeeringConnection: "|,;~~~|Grants permission to accept a VPC peering connection request",
  AdvertiseByoipCidr:
    "|,;~~~|Grants permission to advertise an IP address range that is provisioned for use in AWS through bring your own IP addresses (BYOIP)",
  AllocateAddress: "|,;~~~|Grants permission to allocate an Elastic IP address (EIP) to your account",
  AllocateHosts: "|,;~~~|Grants permission to allocate a Dedicated Host to your account",
  AllocateIpamPoolCidr: "|,;~~~|Grants permission to allocate a CIDR from an Amazon VPC IP Address Manager (IPAM) pool",
  ApplySecurityGroupsToClientVpnTargetNetwork:
    "|,;~~~|Grants permission to apply a security group to the association between a Client VPN endpoint and a target network",
  AssignIpv6Addresses: "|,;~~~|Grants permission to assign one or more IPv6 addresses to a network interface",
  AssignPrivateIpAddresses:
    "|,;~~~|Grants permission to assign one or more secondary private IP addresses to a network interface",
  AssignPrivateNatGatewayAddress:
    "|,;~~~|Grants permission to assign one or more secondary private IP addresses to a private NAT gateway",
  AssociateAddress:
    "|,;~~~|Grants permission to associate an Elastic IP address (EIP) with an instance or a network interface",
  AssociateCapacityReservationBillingOwner:
    "|,;~~~|Grants permission to assign billing of the unused capacity of a shared Capacity Reservation to a consumer account",
  AssociateClientVpnTargetNetwork: "|,;~~~|Grants permission to associate a target network with a Client VPN endpoint",
  AssociateDhcpOptions: "|,;~~~|Grants permission to associate or disassociate a set of DHCP options with a VPC",
  AssociateEnclaveCertificateIamRole:
    "|,;~~~|Grants permission to associate an ACM certificate with an IAM role to be used in an EC2 Enclave",
  AssociateIamInstanceProfile:
    "|,;~~~|Grants permission to associate an IAM instance profile with a running or stopped instance",
  AssociateInstanceEventWindow: "|,;~~~|Grants permission to associate one or more targets with an event window",
  AssociateIpamByoasn: "|,;~~~|Grants permission to associate an Autonomous System Number (ASN) with a BYOIP CIDR",
  AssociateIpamResourceDiscovery:
    "|,;~~~|Grants permission to associate an IPAM resource discovery with an Amazon VPC IPAM",
  AssociateNatGatewayAddress:
    "|,;~~~|Grants permission to associate an Elastic IP address and private IP address with a public Nat gateway",
  AssociateRouteServer: "|,;~~~|Grants permission to associate a route server with a VPC",
  AssociateRouteTable: "|,;~~~|Grants permission to associate a subnet or gateway with a route table",
  AssociateSecurityGroupVpc:
    "|,;~~~|Grants permission to associate a security group with another VPC in the same Region",
  AssociateSubnetCidrBlock: "|,;~~~|Grants permission to associate a CIDR block with a subnet",
  AssociateTransitGatewayMulticastDomain:
    "|,;~~~|Grants permission to associate an attachment and list of subnets with a transit gateway multicast domain",
  AssociateTransitGatewayPolicyTable:
    "|,;~~~|Grants permission to associate a policy table with a transit gateway attachment",
  AssociateTransitGatewayRouteTable:
    "|,;~~~|Grants permission to associate an attachment with a transit gateway route table",
  AssociateTrunkInterface:
    "|,;~~~|Grants permission to associate a branch network interface with a trunk network interface",
  AssociateVerifiedAccessInstanceWebAcl:
    "|,;~|Grants permission to associate an AWS Web Application Firewall (WAF) web access control list (ACL) with a Verified Access instance",
  AssociateVpcCidrBlock: "|,;~~~|Grants permission to associate a CIDR block with a VPC",
  AttachApplianceToNatGateway: "|,;~|Grants permission to attach an appliance with a public/private Natgateway",
  AttachClassicLinkVpc:
    "|,;~~~|Grants permission to link an EC2-Classic instance to a ClassicLink-enabled VPC through one or more of the VPC's security groups",
  AttachInternetGateway: "|,;~~~|Grants permission to attach an internet gateway to a VPC",
  AttachNetworkInterface: "|,;~~~|Grants permission to attach a network interface to an instance",
  AttachResourcesToPlacementGroup: "|,;~|Grants permission to attach resources to a placement group",
  AttachVerifiedAccessTrustProvider:
    "|,;~~~|Grants permission to attach a trust provider to a Verified Access instance",
  AttachVolume:
    "|,;~~~|Grants permission to attach an EBS volume to a running or stopped instance and expose it to the instance with the specified device name",
  AttachVpnGateway: "|,;~~~|Grants permission to attach a virtual private gateway to a VPC",
  AuthorizeClientVpnIngress: "|,;~~~|Grants permission to add an inbound authorization rule to a Client VPN endpoint",
  AuthorizeSecurityGroupEgress:
    "|,;~~~|Grants permission to add one or more outbound rules to a VPC security group. Policies using the security-group-rule resource-level permission are only enforced when the API request includes TagSpecifications",
  AuthorizeSecurityGroupIngress:
    "|,;~~~|Grants permission to add one or more inbound rules to a VPC security group. Policies using the security-group-rule resource-level permission are only enforced when the API request includes TagSpecifications",
  BundleInstance: "|,;~~~|Grants permission to bundle an instance store-backed Windows instance",
  CancelBundleTask: "|,;~~~|Grants permission to cancel a bundling operation",
  CancelCapacityReservation:
    "|,;~~~|Grants permission to cancel a Capacity Reservation and release the reserved capacity",
  CancelCapacityReservationFleets: "|,;~~~|Grants permission to cancel one or more Capacity Reservation Fleets",
  CancelConversionTask: "|,;~~~|Grants permission to cancel an active conversion task",
  CancelDeclarativePoliciesReport: "|,;~~~|Grants permission to cancel a declarative policies report",
  CancelExportTask: "|,;~~~|Grants permission to cancel an active export task",
  CancelImageLaunchPermission:
    "|,;~~~|Grants permission to remove your AWS account from the launch permissions for the specified AMI",
  CancelImportTask: "|,;~~~|Grants permission to cancel an in-process import virtual machine or import snapshot task",
  CancelReservedInstancesListing:
    "|,;~~~|Grants permission to cancel a Reserved Instance listing on the Reserved Instance Marketplace",
  CancelSpotFleetRequests: "|,;~~~|Grants permission to cancel one or more Spot Fleet requests",
  CancelSpotInstanceRequests: "|,;~~~|Grants permission to cancel one or more Spot Instance requests",
  ConfirmProductInstance:
    "|,;~~~|Grants permission to determine whether an owned product code is associated with an instance",
  CopyFpgaImage:
    "|,;~~~|Grants permission to copy a source Amazon FPGA image (AFI) to the current Region. Resource-level permissions specified for this action apply to the new AFI only. They do not apply to the source AFI",
  CopyImage:
    "|,;~~~|Grants permission to copy an Amazon Machine Image (AMI) from a source Region to the current Region",
  CopySnapshot:
    "|,;~~~|Grants permission to copy a point-in-time snapshot of an EBS volume and store it in Amazon S3. Resource-level permissions specified for this action apply to both the snapshot copy and the source snapshot",
  CopyVolumes:
    "|,;~~~|Grants permission to create a copy of an EBS volume. Resource-level permissions specified for this action apply to the source and copied volume. Condition keys for the copied volume correspond to parameters specified in the CopyVolumes API request",
  CreateCapacityManagerDataExport: "|,;~~~|Grants permission to create a new S3 Data Export for Capacity Manager",
  CreateCapacityReservation: "|,;~~~|Grants permission to create a Capacity Reservation",
  CreateCapacityReservationBySplitting:
    "|,;~~~|Grants permission to create a new Capacity Reservation by splitting the available capacity of the source Capacity Reservation",
  CreateCapacityReservationFleet: "|,;~~~|Grants permission to create a Capacity Reservation Fleet",
  CreateCarrierGateway:
    "|,;~~~|Grants permission to create a carrier gateway and provides CSP connectivity to VPC customers",
  CreateClientVpnEndpoint: "|,;~~~|Grants permission to create a Client VPN endpoint",
  CreateClientVpnRoute: "|,;~~~|Grants permission to add a network route to a Client VPN endpoint's route table",
  CreateCoipCidr: "|,;~~~|Grants permission to create a range of customer-owned IP (CoIP) addresses",
  CreateCoipPool: "|,;~~~|Grants permission to create a pool of customer-owned IP (CoIP) addresses",
  CreateCoipPoolPermission: "|,;~|Grants permission to allow a service to access a customer-owned IP (CoIP) pool",
  CreateCustomerGateway:
    "|,;~~~|Grants permission to create a customer gateway, which provides information to AWS about your customer gateway device",
  CreateDefaultSubnet:
    "|,;~~~|Grants permission to create a default subnet in a specified Availability Zone in a default VPC",
  CreateDefaultVpc: "|,;~~~|Grants permission to create a default VPC with a default subnet in each Availability Zone",
  CreateDelegateMacVolumeOwnershipTask:
    "|,;~~~|Grants permission to create a volume ownership delegation task for an Apple silicon Mac instance",
  CreateDhcpOptions: "|,;~~~|Grants permission to create a set of DHCP options for a VPC",
  CreateEgressOnlyInternetGateway: "|,;~~~|Grants permission to create an egress-only internet gateway for a VPC",
  CreateFleet:
    "|,;~~~|Grants permission to launch an EC2 Fleet. Resource-level permissions for this action do not include the resources specified in a launch template. To specify resource-level permissions for resources specified in a launch template, you must include the resources in the RunInstances action statement",
  CreateFlowLogs:
    "|,;~~~|Grants permission to create one or more flow logs to capture IP traffic for a network interface",
  CreateFpgaImage: "|,;~~~|Grants permission to create an Amazon FPGA Image (AFI) from a design checkpoint (DCP)",
  CreateImage:
    "|,;~~~|Grants permission to create an Amazon EBS-backed AMI from a stopped or running Amazon EBS-backed instance. This action can reboot instances as part of the image creation process, even without RebootInstances permissions. To prevent instance reboots during image creation, use the NoReboot parameter",
  CreateImageUsageReport: "|,;~~~|Grants permission to create an AMI usage report",
  CreateInstanceConnectEndpoint:
    "|,;~~~|Grants permission to create an EC2 Instance Connect Endpoint that allows you to connect to an instance without a public IPv4 address",
  CreateInstanceEventWindow:
    "|,;~~~|Grants permission to create an event window in which scheduled events for the associated Amazon EC2 instances can run",
  CreateInstanceExportTask: "|,;~~~|Grants permission to export a running or stopped instance to an Amazon S3 bucket",
  CreateInternetGateway: "|,;~~~|Grants permission to create an internet gateway for a VPC",
  CreateInterruptibleCapacityReservationAllocation:
    "|,;~~~|Grants permission to create an interruptible Capacity Reservation by specifying the number of unused instances you want to allocate from your source reservation",
  CreateIpam: "|,;~~~|Grants permission to create an Amazon VPC IP Address Manager (IPAM)",
  CreateIpamExternalResourceVerificationToken:
    "|,;~~~|Grants permission to create a verification token, which proves ownership of an external resource",
  CreateIpamPolicy:
    "|,;~~~|Grants permission to create a policy in Amazon VPC IP Address Manager (IPAM) that defines rules for allocating public IPv4 addresses from IPAM pools to AWS resources",
  CreateIpamPool:
    "|,;~~~|Grants permission to create an IP address pool for Amazon VPC IP Address Manager (IPAM), which is a collection of contiguous IP address CIDRs",
  CreateIpamPrefixListResolver:
    "|,;~~~|Grants permission to create an IPAM prefix list resolver that defines rules for selecting CIDRs to include in prefix lists",
  CreateIpamPrefixListResolverTarget:
    "|,;~~~|Grants permission to create an IPAM prefix list resolver target that links a resolver to a managed prefix list",
  CreateIpamResourceDiscovery: "|,;~~~|Grants permission to create an IPAM resource discovery",
  CreateIpamScope:
    "|,;~~~|Grants permission to create an Amazon VPC IP Address Manager (IPAM) scope, which is the highest-level container within IPAM",
  CreateKeyPair: "|,;~~~|Grants permission to create a 2048-bit RSA key pair",
  CreateLaunchTemplate: "|,;~~~|Grants permission to create a launch template",
  CreateLaunchTemplateVersion: "|,;~~~|Grants permission to create a new version of a launch template",
  CreateLocalGatewayRoute: "|,;~~~|Grants permission to create a static route for a local gateway route table",
  CreateLocalGatewayRouteTable: "|,;~~~|Grants permission to create a local gateway route table",
  CreateLocalGatewayRouteTablePermission:
    "|,;~|Grants permission to allow a service to access a local gateway route table",
  CreateLocalGatewayRouteTableVirtualInterfaceGroupAssociation:
    "|,;~~~|Grants permission to create a local gateway route table virtual interface group association",
  CreateLocalGatewayRouteTableVpcAssociation:
    "|,;~~~|Grants permission to associate a VPC with a local gateway route table",
  CreateLocalGatewayVirtualInterface: "|,;~~~|Grants permission to create a local gateway virtual interface",
  CreateLocalGatewayVirtualInterfaceGroup: "|,;~~~|Grants permission to create a local gateway virtual interface group",
  CreateMacSystemIntegrityProtectionModificationTask:
    "|,;~~~|Grants permission to create a System Integrity Protection (SIP) modification task for an Amazon EC2 Mac instance",
  CreateManagedPrefixList: "|,;~~~|Grants permission to create a managed prefix list",
  CreateNatGateway: "|,;~~~|Grants permission to create a NAT gateway in a subnet",
  CreateNetworkAcl: "|,;~~~|Grants permission to create a network ACL in a VPC",
  CreateNetworkAclEntry: "|,;~~~|Grants permission to create a numbered entry (a rule) in a network ACL",
  CreateNetworkInsightsAccessScope: "|,;~~~|Grants permission to create a Network Access Scope",
  CreateNetworkInsightsPath: "|,;~~~|Grants permission to create a path to analyze for reachability",
  CreateNetworkInterface: "|,;~~~|Grants permission to create a network interface in a subnet",
  CreateNetworkInterfacePermission:
    "|,;~~~|Grants permission to create a permission for an AWS-authorized user to perform certain operations on a network interface",
  CreateOdbNetworkPeering:
    "|,;~|Grants permission to allow Oracle Database@AWS to create a peering connection between an ODB network and a VPC",
  CreatePlacementGroup: "|,;~~~|Grants permission to create a placement group",
  CreatePublicIpv4Pool:
    "|,;~~~|Grants permission to create a public IPv4 address pool for public IPv4 CIDRs that you own and bring to Amazon to manage with Amazon VPC IP Address Manager (IPAM)",
  CreateReplaceRootVolumeTask: "|,;~~~|Grants permission to create a root volume replacement task",
  CreateReservedInstancesListing:
    "|,;~~~|Grants permission to create a listing for Standard Reserved Instances to be sold in the Reserved Instance Marketplace",
  CreateRestoreImageTask:
    "|,;~~~|Grants permission to start a task that restores an AMI from an S3 object previously created by using CreateStoreImageTask",
  CreateRoute: "|,;~~~|Grants permission to create a route in a VPC route table",
  CreateRouteServer: "|,;~~~|Grants permission to create a route server",
  CreateRouteServerEndpoint: "|,;~~~|Grants permission to create a route server endpoint",
  CreateRouteServerPeer: "|,;~~~|Grants permission to create a route server peer",
  CreateRouteTable: "|,;~~~|Grants permission to create a route table for a VPC",
  CreateSecondaryNetwork: "|,;~~~|Grants permission to create a secondary network",
  CreateSecondarySubnet: "|,;~~~|Grants permission to create a secondary subnet",
  CreateSecurityGroup: "|,;~~~|Grants permission to create a security group",
  CreateSnapshot: "|,;~~~|Grants permission to create a snapshot of an EBS volume and store it in Amazon S3",
  CreateSnapshots:
    "|,;~~~|Grants permission to create crash-consistent snapshots of multiple EBS volumes and store them in Amazon S3",
  CreateSpotDatafeedSubscription:
    "|,;~~~|Grants permission to create a data feed for Spot Instances to view Spot Instance usage logs",
  CreateStoreImageTask: "|,;~~~|Grants permission to store an AMI as a single object in an S3 bucket",
  CreateSubnet: "|,;~~~|Grants permission to create a subnet in a VPC",
  CreateSubnetCidrReservation: "|,;~~~|Grants permission to create a subnet CIDR reservation",
  CreateTags:
    "|,;~~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~|Grants permission to add or overwrite one or more tags for Amazon EC2 resources",
  CreateTrafficMirrorFilter: "|,;~~~|Grants permission to create a traffic mirror filter",
  CreateTrafficMirrorFilterRule: "|,;~~~|Grants permission to create a traffic mirror filter rule",
  CreateTrafficMirrorSession: "|,;~~~|Grants permission to create a traffic mirror session",
  CreateTrafficMirrorTarget: "|,;~~~|Grants permission to create a traffic mirror target",
  CreateTransitGateway: "|,;~~~|Grants permission to create a transit gateway",
  CreateTransitGatewayConnect:
    "|,;~~~|Grants permission to create a Connect attachment from a specified transit gateway attachment",
  CreateTransitGatewayConnectPeer:
    "|,;~~~|Grants permission to create a Connect peer between a transit gateway and an appliance",
  CreateTransitGatewayMeteringPolicy: "|,;~~~|Grants permission to create a metering policy for a transit gateway",
  CreateTransitGatewayMeteringPolicyEntry:
    "|,;~~~|Grants permission to create an entry for a transit gateway metering policy",
  CreateTransitGatewayMulticastDomain: "|,;~~~|Grants permission to create a multicast domain for a transit gateway",
  CreateTransitGatewayPeeringAttachment:
    "|,;~~~|Grants permission to request a transit gateway peering attachment between a requester and accepter transit gateway",
  CreateTransitGatewayPolicyTable: "|,;~~~|Grants permission to create a transit gateway policy table",
  CreateTransitGatewayPrefixListReference: "|,;~~~|Grants permission to create a transit gateway prefix list reference",
  CreateTransitGatewayRoute: "|,;~~~|Grants permission to create a static route for a transit gateway route table",
  CreateTransitGatewayRouteTable: "|,;~~~|Grants permission to create a route table for a transit gateway",
  CreateTransitGatewayRouteTableAnnouncement:
    "|,;~~~|Grants permission to create an announcement for a transit gateway route table",
  CreateTransitGatewayVpcAttachment: "|,;~~~|Grants permission to attach a VPC to a transit gateway",
  CreateVerifiedAccessEndpoint: "|,;~~~|Grants permission to create a Verified Access endpoint",
  CreateVerifiedAccessGroup: "|,;~~~|Grants permission to create a Verified Access group",
  CreateVerifiedAccessInstance: "|,;~~~|Grants permission to create a Verified Access instance",
  CreateVerifiedAccessTrustProvider: "|,;~~~|Grants permission to create a verified trust provider",
  CreateVolume: "|,;~~~|Grants permission to create an EBS volume",
  CreateVpc: "|,;~~~|Grants permission to create a VPC with a specified CIDR block",
  CreateVpcBlockPublicAccessExclusion:
    "|,;~~~|Grants permission to create an exclusion list for blocked public access on a VPC",
  CreateVpcEncryptionControl: "|,;~~~|Grants permission to create a VPC Encryption Control",
  CreateVpcEndpoint: "|,;~~~|Grants permission to create a VPC endpoint for an AWS service",
  CreateVpcEndpointConnectionNotification:
    "|,;~~~|Grants permission to create a connection notification for a VPC endpoint or VPC endpoint service",
  CreateVpcEndpointServiceConfiguration:
    "|,;~~~|Grants permission to create a VPC endpoint service configuration to which service consumers (AWS accounts, IAM users, and IAM roles) can connect",
  CreateVpcPeeringConnection: "|,;~~~|Grants permission to request a VPC peering connection between two VPCs",
  CreateVpnConcentrator:
    "|,;~~~|Grants permission to create a VPN concentrator that aggregates multiple VPN connections to a transit gateway",
  CreateVpnConnection:
    "|,;~~~|Grants permission to create a VPN connection between a virtual private gateway or transit gateway and a customer gateway",
  CreateVpnConnectionRoute:
    "|,;~~~|Grants permission to create a static route for a VPN connection between a virtual private gateway and a customer gateway",
  CreateVpnGateway: "|,;~~~|Grants permission to create a virtual private gateway",
  DeleteCapacityManagerDataExport:
    "|,;~~~|Grants permission to delete an existing Capacity Manager data export configuration",
  DeleteCarrierGateway: "|,;~~~|Grants permission to delete a carrier gateway",
  DeleteClientVpnEndpoint: "|,;~~~|Grants permission to delete a Client VPN endpoint",
  DeleteClientVpnRoute: "|,;~~~|Grants permission to delete a route from a Client VPN endpoint",
  DeleteCoipCidr: "|,;~~~|Grants permission to delete a range of customer-owned IP (CoIP) addresses",
  DeleteCoipPool: "|,;~~~|Grants permission to delete a pool of customer-owned IP (CoIP) addresses",
  DeleteCoipPoolPermission: "|,;~|Grants permission to deny a service from accessing a customer-owned IP (CoIP) pool",
  DeleteCustomerGateway: "|,;~~~|Grants permission to delete a customer gateway",
  DeleteDhcpOptions: "|,;~~~|Grants permission to delete a set of DHCP options",
  DeleteEgressOnlyInternetGateway: "|,;~~~|Grants permission to delete an egress-only internet gateway",
  DeleteFleets: "|,;~~~|Grants permission to delete one or more EC2 Fleets",
  DeleteFlowLogs: "|,;~~~|Grants permission to delete one or more flow logs",
  DeleteFpgaImage: "|,;~~~|Grants permission to delete an Amazon FPGA Image (AFI)",
  DeleteImageUsageReport: "|,;~~~|Grants permission to delete an AMI usage report",
  DeleteInstanceConnectEndpoint: "|,;~~~|Grants permission to delete an EC2 Instance Connect Endpoint",
  DeleteInstanceEventWindow: "|,;~~~|Grants permission to delete the specified event window",
  DeleteInternetGateway: "|,;~~~|Grants permission to delete an internet gateway",
  DeleteIpam:
    "|,;~~~|Grants permission to delete an Amazon VPC IP Address Manager (IPAM) and remove all monitored data associated with the IPAM including the historical data for CIDRs",
  DeleteIpamExternalResourceVerificationToken:
    "|,;~~~|Grants permission to delete a verification token, which proves ownership of an external resource",
  DeleteIpamPolicy: "|,;~~~|Grants permission to delete an Amazon VPC IP Address Manager (IPAM) policy",
  DeleteIpamPool: "|,;~~~|Grants permission to delete an Amazon VPC IP Address Manager (IPAM) pool",
  DeleteIpamPrefixListResolver: "|,;~~~|Grants permission to delete an IPAM prefix list resolver",
  DeleteIpamPrefixListResolverTarget: "|,;~~~|Grants permission to delete an IPAM prefix list resolver target",
  DeleteIpamResourceDiscovery: "|,;~~~|Grants permission to delete an IPAM resource discovery",
  DeleteIpamScope: "|,;~~~|Grants permission to delete the scope for an Amazon VPC IP Address Manager (IPAM)",
  DeleteKeyPair: "|,;~~~|Grants permission to delete a key pair by removing the public key from Amazon EC2",
  DeleteLaunchTemplate: "|,;~~~|Grants permission to delete a launch template and its associated versions",
  DeleteLaunchTemplateVersions: "|,;~~~|Grants permission to delete one or more versions of a launch template",
  DeleteLocalGatewayRoute: "|,;~~~|Grants permission to delete a route from a local gateway route table",
  DeleteLocalGatewayRouteTable: "|,;~~~|Grants permission to delete a local gateway route table",
  DeleteLocalGatewayRouteTablePermission:
    "|,;~|Grants permission to deny a service from accessing a local gateway route table",
  DeleteLocalGatewayRouteTableVirtualInterfaceGroupAssociation:
    "|,;~~~|Grants permission to delete a local gateway route table virtual interface group association",
  DeleteLocalGatewayRouteTableVpcAssociation:
    "|,;~~~|Grants permission to delete an association between a VPC and local gateway route table",
  DeleteLocalGatewayVirtualInterface: "|,;~~~|Grants permission to delete a local gateway virtual interface",
  DeleteLocalGatewayVirtualInterfaceGroup: "|,;~~~|Grants permission to delete a local gateway virtual interface group",
  DeleteManagedPrefixList: "|,;~~~|Grants permission to delete a managed prefix list",
  DeleteNatGateway: "|,;~~~|Grants permission to delete a NAT gateway",
  DeleteNetworkAcl: "|,;~~~|Grants permission to delete a network ACL",
  DeleteNetworkAclEntry: "|,;~~~|Grants permission to delete an inbound or outbound entry (rule) from a network ACL",
  DeleteNetworkInsightsAccessScope: "|,;~~~|Grants permission to delete a Network Access Scope",
  DeleteNetworkInsightsAccessScopeAnalysis: "|,;~~~|Grants permission to delete a Network Access Scope analysis",
  DeleteNetworkInsightsAnalysis: "|,;~~~|Grants permission to delete a network insights analysis",
  DeleteNetworkInsightsPath: "|,;~~~|Grants permission to delete a network insights path",
  DeleteNetworkInterface: "|,;~~~|Grants permission to delete a detached network interface",
  DeleteNetworkInterfacePermission:
    "|,;~~~|Grants permission to delete a permission that is associated with a network interface",
  DeleteOdbNetworkPeering:
    "|,;~|Grants permission to allow Oracle Database@AWS to delete a peering connection between an ODB network and a VPC",
  DeletePlacementGroup: "|,;~~~|Grants permission to delete a placement group",
  DeletePublicIpv4Pool:
    "|,;~~~|Grants permission to delete a public IPv4 address pool for public IPv4 CIDRs that you own and brought to Amazon to manage with Amazon VPC IP Address Manager (IPAM)",
  DeleteQueuedReservedInstances:
    "|,;~~~|Grants permission to delete the queued purchases for the specified Reserved Instances",
  DeleteResourcePolicy:
    "|,;~|Grants permission to remove an IAM policy that enables cross-account sharing from a resource",
  DeleteRoute: "|,;~~~|Grants permission to delete a route from a route table",
  DeleteRouteServer: "|,;~~~|Grants permission to delete a route server",
  DeleteRouteServerEndpoint: "|,;~~~|Grants permission to delete a route server endpoint",
  DeleteRouteServerPeer: "|,;~~~|Grants permission to delete a route server peer",
  DeleteRouteTable: "|,;~~~|Grants permission to delete a route table",
  DeleteSecondaryNetwork: "|,;~~~|Grants permission to delete a secondary network",
  DeleteSecondarySubnet: "|,;~~~|Grants permission to delete a secondary subnet",
  DeleteSecurityGroup: "|,;~~~|Grants permission to delete a security group",
  DeleteSnapshot: "|,;~~~|Grants permission to delete a snapshot of an EBS volume",
  DeleteSpotDatafeedSubscription: "|,;~~~|Grants permission to delete a data feed for Spot Instances",
  DeleteSubnet: "|,;~~~|Grants permission to delete a subnet",
  DeleteSubnetCidrReservation: "|,;~~~|Grants permission to delete a subnet CIDR reservation",
  DeleteTags: "|,;~~~|Grants permission to delete one or more tags from Amazon EC2 resources",
  DeleteTrafficMirrorFilter: "|,;~~~|Grants permission to delete a traffic mirror filter",
  DeleteTrafficMirrorFilterRule: "|,;~~~|Grants permission to delete a traffic mirror filter rule",
  DeleteTrafficMirrorSession: "|,;~~~|Grants permission to delete a traffic mirror session",
  DeleteTrafficMirrorTarget: "|,;~~~|Grants permission to delete a traffic mirror target",
  DeleteTransitGateway: "|,;~~~|Grants permission to delete a transit gateway",
  DeleteTransitGatewayConnect: "|,;~~~|Grants permission to delete a transit gateway connect attachment",
  DeleteTransitGatewayConnectPeer: "|,;~~~|Grants permission to delete a transit gateway connect peer",
  DeleteTransitGatewayMeteringPolicy: "|,;~~~|Grants permission to delete a transit gateway metering policy",
  DeleteTransitGatewayMeteringPolicyEntry:
    "|,;~~~|Grants permission to delete an entry from a transit gateway metering policy",
  DeleteTransitGatewayMulticastDomain: "|,;~~~|Grants permission to delete a transit gateway multicast domain",
  DeleteTransitGatewayPeeringAttachment:
    "|,;~~~|Grants permission to delete a peering attachment from a transit gateway",
  DeleteTransitGatewayPolicyTable: "|,;~~~|Grants permission to delete a transit gateway policy table",
  DeleteTransitGatewayPrefixListReference: "|,;~~~|Grants permission to delete a transit gateway prefix list reference",
  DeleteTransitGatewayRoute: "|,;~~~|Grants permission to delete a route from a transit gateway route table",
  DeleteTransitGatewayRouteTable: "|,;~~~|Grants permission to delete a transit gateway route table",
  DeleteTransitGatewayRouteTableAnnouncement:
    "|,;~~~|Grants permission to delete a transit gateway route table announcement",
  DeleteTransitGatewayVpcAttachment: "|,;~~~|Grants permission to delete a VPC attachment from a transit gateway",
  DeleteVerifiedAccessEndpoint: "|,;~~~|Grants permission to delete a Verified Access endpoint",
  DeleteVerifiedAccessGroup: "|,;~~~|Grants permission to delete a Verified Access group",
  DeleteVerifiedAccessInstance: "|,;~~~|Grants permission to delete a Verified Access instance",
  DeleteVerifiedAccessTrustProvider: "|,;~~~|Grants permission to delete a verified trust provider",
  DeleteVolume: "|,;~~~|Grants permission to delete an EBS volume",
  DeleteVpc: "|,;~~~|Grants permission to delete a VPC",
  DeleteVpcBlockPublicAccessExclusion:
    "|,;~~~|Grants permission to delete an exclusion list for blocked public access on a VPC",
  DeleteVpcEncryptionControl: "|,;~~~|Grants permission to delete a VPC Encryption Control",
  DeleteVpcEndpointConnectionNotifications:
    "|,;~~~|Grants permission to delete one or more VPC endpoint connection notifications",
  DeleteVpcEndpointServiceConfigurations:
    "|,;~~~|Grants permission to delete one or more VPC endpoint service configurations",
  DeleteVpcEndpoints: "|,;~~~|Grants permission to delete one or more VPC endpoints",
  DeleteVpcPeeringConnection: "|,;~~~|Grants permission to delete a VPC peering connection",
  DeleteVpnConcentrator: "|,;~~~|Grants permission to delete a VPN concentrator",
  DeleteVpnConnection: "|,;~~~|Grants permission to delete a VPN connection",
  DeleteVpnConnectionRoute:
    "|,;~~~|Grants permission to delete a static route for a VPN connection between a virtual private gateway and a customer gateway",
  DeleteVpnGateway: "|,;~~~|Grants permission to delete a virtual private gateway",
  DeprovisionByoipCidr:
    "|,;~~~|Grants permission to release an IP address range that was provisioned through bring your own IP addresses (BYOIP), and to delete the corresponding address pool",
  DeprovisionIpamByoasn:
    "|,;~~~|Grants permission to deprovision an Autonomous System Number (ASN) from an Amazon Web Services account",
  DeprovisionIpamPoolCidr:
    "|,;~~~|Grants permission to deprovision a CIDR provisioned from an Amazon VPC IP Address Manager (IPAM) pool",
  DeprovisionPublicIpv4PoolCidr: "|,;~~~|Grants permission to deprovision a CIDR from a public IPv4 pool",
  DeregisterImage: "|,;~~~|Grants permission to deregister an Amazon Machine Image (AMI)",
  DeregisterInstanceEventNotificationAttributes:
    "|,;~~~|Grants permission to remove tags from the set of tags to include in notifications about scheduled events for your instances",
  DeregisterTransitGatewayMulticastGroupMembers:
    "|,;~~~|Grants permission to deregister one or more network interface members from a group IP address in a transit gateway multicast domain",
  DeregisterTransitGatewayMulticastGroupSources:
    "|,;~~~|Grants permission to deregister one or more network interface sources from a group IP address in a transit gateway multicast domain",
  DescribeAccountAttributes: "|,;~~~|Grants permission to describe the attributes of the AWS account",
  DescribeAddressTransfers: "|,;~~~|Grants permission to describe an Elastic IP address transfer",
  DescribeAddresses: "|,;~~~|Grants permission to describe one or more Elastic IP addresses",
  DescribeAddressesAttribute:
    "|,;~~~|Grants permission to describe the attributes of the specified Elastic IP addresses",
  DescribeAggregateIdFormat:
    "|,;~~~|Grants permission to describe the longer ID format settings for all resource types",
  DescribeAvailabilityZones:
    "|,;~~~|Grants permission to describe one or more of the Availability Zones that are available to you",
  DescribeAwsNetworkPerformanceMetricSubscriptions:
    "|,;~~~|Grants permission to describe the current infrastructure performance metric subscriptions",
  DescribeBundleTasks: "|,;~~~|Grants permission to describe one or more bundling tasks",
  DescribeByoipCidrs:
    "|,;~~~|Grants permission to describe the IP address ranges that were provisioned through bring your own IP addresses (BYOIP)",
  DescribeCapacityBlockExtensionHistory: "|,;~~~|Grants permission to describe Capacity Block extensions history",
  DescribeCapacityBlockExtensionOfferings: "|,;~~~|Grants permission to describe Capacity Block extensions offerings",
  DescribeCapacityBlockOfferings:
    "|,;~~~|Grants permission to describe Capacity Block offerings available for purchase",
  DescribeCapacityBlockStatus:
    "|,;~~~|Grants permission to describe the availability of capacity for the specified Capacity blocks, or all of your Capacity Blocks",
  DescribeCapacityBlocks:
    "|,;~~~|Grants permission to describe details about Capacity Blocks in the AWS Region that you're currently using",
  DescribeCapacityManagerDataExports:
    "|,;~~~|Grants permission to describe one or more Capacity Manager data export configurations",
  DescribeCapacityReservationBillingRequests:
    "|,;~~~|Grants permission to describe one or more requests to assign the billing of the unused capacity of a Capacity Reservation",
  DescribeCapacityReservationFleets: "|,;~~~|Grants permission to describe one or more Capacity Reservation Fleets",
  DescribeCapacityReservationTopology:
    "|,;~~~|Grants permission to describe the topology of one or more Capacity Reservations",
  DescribeCapacityReservations: "|,;~~~|Grants permission to describe one or more Capacity Reservations",
  DescribeCarrierGateways: "|,;~~~|Grants permission to describe one or more Carrier Gateways",
  DescribeClassicLinkInstances: "|,;~~~|Grants permission to describe one or more linked EC2-Classic instances",
  DescribeClientVpnAuthorizationRules:
    "|,;~~~|Grants permission to describe the authorization rules for a Client VPN endpoint",
  DescribeClientVpnConnections:
    "|,;~~~|Grants permission to describe active client connections and connections that have been terminated within the last 60 minutes for a Client VPN endpoint",
  DescribeClientVpnEndpoints: "|,;~~~|Grants permission to describe one or more Client VPN endpoints",
  DescribeClientVpnRoutes: "|,;~~~|Grants permission to describe the routes for a Client VPN endpoint",
  DescribeClientVpnTargetNetworks:
    "|,;~~~|Grants permission to describe the target networks that are associated with a Client VPN endpoint",
  DescribeCoipPools:
    "|,;~~~|Grants permission to describe the specified customer-owned address pools or all of your customer-owned address pools",
  DescribeConversionTasks: "|,;~~~|Grants permission to describe one or more conversion tasks",
  DescribeCustomerGateways: "|,;~~~|Grants permission to describe one or more customer gateways",
  DescribeDeclarativePoliciesReports: "|,;~~~|Grants permission to describe one or more declarative policies reports",
  DescribeDhcpOptions: "|,;~~~|Grants permission to describe one or more DHCP options sets",
  DescribeEgressOnlyInternetGateways: "|,;~~~|Grants permission to describe one or more egress-only internet gateways",
  DescribeElasticGpus:
    "|,;~|Grants permission to describe an Elastic Graphics accelerator that is associated with an instance",
  DescribeExportImageTasks: "|,;~~~|Grants permission to describe one or more export image tasks",
  DescribeExportTasks: "|,;~~~|Grants permission to describe one or more export instance tasks",
  DescribeFastLaunchImages: "|,;~~~|Grants permission to describe fast-launch enabled Windows AMIs",
  DescribeFastSnapshotRestores:
    "|,;~~~|Grants permission to describe the state of fast snapshot restores for snapshots",
  DescribeFleetHistory: "|,;~~~|Grants permission to describe the events for an EC2 Fleet during a specified time",
  DescribeFleetInstances: "|,;~~~|Grants permission to describe the running instances for an EC2 Fleet",
  DescribeFleets: "|,;~~~|Grants permission to describe one or more EC2 Fleets",
  DescribeFlowLogs: "|,;~~~|Grants permission to describe one or more flow logs",
  DescribeFpgaImageAttribute: "|,;~~~|Grants permission to describe the attributes of an Amazon FPGA Image (AFI)",
  DescribeFpgaImages: "|,;~~~|Grants permission to describe one or more Amazon FPGA Images (AFIs)",
  DescribeHostReservationOfferings:
    "|,;~~~|Grants permission to describe the Dedicated Host Reservations that are available to purchase",
  DescribeHostReservations:
    "|,;~~~|Grants permission to describe the Dedicated Host Reservations that are associated with Dedicated Hosts in the AWS account",
  DescribeHosts: "|,;~~~|Grants permission to describe one or more Dedicated Hosts",
  DescribeIamInstanceProfileAssociations: "|,;~~~|Grants permission to describe the IAM instance profile associations",
  DescribeIdFormat: "|,;~~~|Grants permission to describe the ID format settings for resources",
  DescribeIdentityIdFormat:
    "|,;~~~|Grants permission to describe the ID format settings for resources for an IAM user, IAM role, or root user",
  DescribeImageAttribute: "|,;~~~|Grants permission to describe an attribute of an Amazon Machine Image (AMI)",
  DescribeImageReferences:
    "|,;~~~|Grants permission to describe your AWS resources that are referencing specified images",
  DescribeImageUsageReportEntries: "|,;~~~|Grants permission to describe the entries of an AMI usage report",
  DescribeImageUsageReports: "|,;~~~|Grants permission to describe the configuration and status of an AMI usage report",
  DescribeImages: "|,;~~~|Grants permission to describe one or more images (AMIs, AKIs, and ARIs)",
  DescribeImportImageTasks: "|,;~~~|Grants permission to describe import virtual machine or import snapshot tasks",
  DescribeImportSnapshotTasks: "|,;~~~|Grants permission to describe import snapshot tasks",
  DescribeInstanceAttribute: "|,;~~~|Grants permission to describe the attributes of an instance",
  DescribeInstanceConnectEndpoints: "|,;~~~|Grants permission to describe EC2 Instance Connect Endpoints",
  DescribeInstanceCreditSpecifications:
    "|,;~~~|Grants permission to describe the credit option for CPU usage of one or more burstable performance instances",
  DescribeInstanceEventNotificationAttributes:
    "|,;~~~|Grants permission to describe the set of tags to include in notifications about scheduled events for your instances",
  DescribeInstanceEventWindows: "|,;~~~|Grants permission to describe the specified event windows or all event windows",
  DescribeInstanceImageMetadata: "|,;~~~|Grants permission to describe the AMI that was used to launch an instance",
  DescribeInstanceSqlHaHistoryStates: "|,;~~~|Grants permission to describe EC2 instance SQL HA history states",
  DescribeInstanceSqlHaStates: "|,;~~~|Grants permission to describe EC2 instance SQL HA states",
  DescribeInstanceStatus: "|,;~~~|Grants permission to describe the status of one or more instances",
  DescribeInstanceTopology:
    "|,;~~~|Grants permission to describe a tree-based hierarchy that represents the physical host placement of EC2 instances",
  DescribeInstanceTypeOfferings:
    "|,;~~~|Grants permission to describe the set of instance types that are offered in a location",
  DescribeInstanceTypes:
    "|,;~~~|Grants permission to describe the details of instance types that are offered in a location",
  DescribeInstances: "|,;~~~|Grants permission to describe one or more instances",
  DescribeInternetGateways: "|,;~~~|Grants permission to describe one or more internet gateways",
  DescribeIpamByoasn:
    "|,;~~~|Grants permission to describe a bring your own Autonomous System Number (BYOASN) that you've brought to IPAM",
  DescribeIpamExternalResourceVerificationTokens:
    "|,;~~~|Grants permission to describe verification tokens, which proves ownership of an external resource",
  DescribeIpamPolicies: "|,;~~~|Grants permission to describe Amazon VPC IP Address Manager (IPAM) policies",
  DescribeIpamPools: "|,;~~~|Grants permission to describe Amazon VPC IP Address Manager (IPAM) pools",
  DescribeIpamPrefixListResolverTargets: "|,;~~~|Grants permission to describe IPAM prefix list resolver targets",
  DescribeIpamPrefixListResolvers: "|,;~~~|Grants permission to describe IPAM prefix list resolvers",
  DescribeIpamResourceDiscoveries: "|,;~~~|Grants permission to describe IPAM resource discoveries",
  DescribeIpamResourceDiscoveryAssociations:
    "|,;~~~|Grants permission to describe resource discovery associations with an Amazon VPC IPAM",
  DescribeIpamScopes: "|,;~~~|Grants permission to describe Amazon VPC IP Address Manager (IPAM) scopes",
  DescribeIpams: "|,;~~~|Grants permission to describe an Amazon VPC IP Address Manager (IPAM)",
  DescribeIpv6Pools: "|,;~~~|Grants permission to describe one or more IPv6 address pools",
  DescribeKeyPairs: "|,;~~~|Grants permission to describe one or more key pairs",
  DescribeLaunchTemplateVersions: "|,;~~~|Grants permission to describe one or more launch template versions",
  DescribeLaunchTemplates: "|,;~~~|Grants permission to describe one or more launch templates",
  DescribeLocalGatewayRouteTablePermissions:
    "|,;~|Grants permission to allow a service to describe local gateway route table permissions",
  DescribeLocalGatewayRouteTableVirtualInterfaceGroupAssociations:
    "|,;~~~|Grants permission to describe the associations between virtual interface groups and local gateway route tables",
  DescribeLocalGatewayRouteTableVpcAssociations:
    "|,;~~~|Grants permission to describe an association between VPCs and local gateway route tables",
  DescribeLocalGatewayRouteTables: "|,;~~~|Grants permission to describe one or more local gateway route tables",
  DescribeLocalGatewayVirtualInterfaceGroups:
    "|,;~~~|Grants permission to describe local gateway virtual interface groups",
  DescribeLocalGatewayVirtualInterfaces: "|,;~~~|Grants permission to describe local gateway virtual interfaces",
  DescribeLocalGateways: "|,;~~~|Grants permission to describe one or more local gateways",
  DescribeLockedSnapshots: "|,;~~~|Grants permission to describe the lock status for a snapshot",
  DescribeMacHosts: "|,;~~~|Grants permission to describe your EC2 Mac Dedicated hosts",
  DescribeMacModificationTasks:
    "|,;~~~|Grants permission to describe a System Integrity Protection (SIP) modification task or volume ownership delegation task for an Amazon EC2 Mac instance",
  DescribeManagedPrefixLists:
    "|,;~~~|Grants permission to describe your managed prefix lists and any AWS-managed prefix lists",
  DescribeMovingAddresses:
    "|,;~|Grants permission to describe Elastic IP addresses that are being moved to the EC2-VPC platform",
  DescribeNatGateways: "|,;~~~|Grants permission to describe one or more NAT gateways",
  DescribeNetworkAcls: "|,;~~~|Grants permission to describe one or more network ACLs",
  DescribeNetworkInsightsAccessScopeAnalyses:
    "|,;~~~|Grants permission to describe one or more Network Access Scope analyses",
  DescribeNetworkInsightsAccessScopes: "|,;~~~|Grants permission to describe the Network Access Scopes",
  DescribeNetworkInsightsAnalyses: "|,;~~~|Grants permission to describe one or more network insights analyses",
  DescribeNetworkInsightsPaths: "|,;~~~|Grants permission to describe one or more network insights paths",
  DescribeNetworkInterfaceAttribute: "|,;~~~|Grants permission to describe a network interface attribute",
  DescribeNetworkInterfacePermissions:
    "|,;~~~|Grants permission to describe the permissions that are associated with a network interface",
  DescribeNetworkInterfaces: "|,;~~~|Grants permission to describe one or more network interfaces",
  DescribeOutpostLags: "|,;~~~|Grants permission to describe Outpost LAGs",
  DescribePlacementGroups: "|,;~~~|Grants permission to describe one or more placement groups",
  DescribePrefixLists: "|,;~~~|Grants permission to describe available AWS services in a prefix list format",
  DescribePrincipalIdFormat:
    "|,;~~~|Grants permission to describe the ID format settings for the root user and all IAM roles and IAM users that have explicitly specified a longer ID (17-character ID) preference",
  DescribePublicIpv4Pools: "|,;~~~|Grants permission to describe one or more IPv4 address pools",
  DescribeRegions:
    "|,;~~~|Grants permission to describe one or more AWS Regions that are currently available in your account",
  DescribeReplaceRootVolumeTasks: "|,;~~~|Grants permission to describe a root volume replacement task",
  DescribeReservedInstances:
    "|,;~~~|Grants permission to describe one or more purchased Reserved Instances in your account",
  DescribeReservedInstancesListings:
    "|,;~~~|Grants permission to describe your account's Reserved Instance listings in the Reserved Instance Marketplace",
  DescribeReservedInstancesModifications:
    "|,;~~~|Grants permission to describe the modifications made to one or more Reserved Instances",
  DescribeReservedInstancesOfferings:
    "|,;~~~|Grants permission to describe the Reserved Instance offerings that are available for purchase",
  DescribeRouteServerEndpoints: "|,;~~~|Grants permission to describe one or more route server endpoints",
  DescribeRouteServerPeers: "|,;~~~|Grants permission to describe one or more route server peers",
  DescribeRouteServers: "|,;~~~|Grants permission to describe one or more route servers",
  DescribeRouteTables: "|,;~~~|Grants permission to describe one or more route tables",
  DescribeScheduledInstanceAvailability: "|,;~~~|Grants permission to find available schedules for Scheduled Instances",
  DescribeScheduledInstances: "|,;~~~|Grants permission to describe one or more Scheduled Instances in your account",
  DescribeSecondaryInterfaces: "|,;~~~|Grants permission to describe one or more secondary interfaces",
  DescribeSecondaryNetworks: "|,;~~~|Grants permission to describe one or more secondary networks",
  DescribeSecondarySubnets: "|,;~~~|Grants permission to describe one or more secondary subnets",
  DescribeSecurityGroupReferences:
    "|,;~~~|Grants permission to describe the VPCs on the other side of a VPC peering connection that are referencing specified VPC security groups",
  DescribeSecurityGroupRules: "|,;~~~|Grants permission to describe one or more of your security group rules",
  DescribeSecurityGroupVpcAssociations: "|,;~~~|Grants permission to describe security group VPC associations",
  DescribeSecurityGroups: "|,;~~~|Grants permission to describe one or more security groups",
  DescribeServiceLinkVirtualInterfaces: "|,;~~~|Grants permission to describe service link virtual interfaces",
  DescribeSnapshotAttribute: "|,;~~~|Grants permission to describe an attribute of a snapshot",
  DescribeSnapshotTierStatus: "|,;~~~|Grants permission to describe the storage tier status for Amazon EBS snapshots",
  DescribeSnapshots: "|,;~~~|Grants permission to describe one or more EBS snapshots",
  DescribeSpotDatafeedSubscription: "|,;~~~|Grants permission to describe the data feed for Spot Instances",
  DescribeSpotFleetInstances: "|,;~~~|Grants permission to describe the running instances for a Spot Fleet",
  DescribeSpotFleetRequestHistory:
    "|,;~~~|Grants permission to describe the events for a Spot Fleet request during a specified time",
  DescribeSpotFleetRequests: "|,;~~~|Grants permission to describe one or more Spot Fleet requests",
  DescribeSpotInstanceRequests: "|,;~~~|Grants permission to describe one or more Spot Instance requests",
  DescribeSpotPriceHistory: "|,;~~~|Grants permission to describe the Spot Instance price history",
  DescribeStaleSecurityGroups:
    "|,;~~~|Grants permission to describe the stale security group rules for security groups in a specified VPC",
  DescribeStoreImageTasks: "|,;~~~|Grants permission to describe the progress of the AMI store tasks",
  DescribeSubnets: "|,;~~~|Grants permission to describe one or more subnets",
  DescribeTags: "|,;~~~|Grants permission to describe one or more tags for an Amazon EC2 resource",
  DescribeTrafficMirrorFilterRules:
    "|,;~~~|Grants permission to describe traffic mirror filters that determine the traffic that is mirrored",
  DescribeTrafficMirrorFilters: "|,;~~~|Grants permission to describe one or more traffic mirror filters",
  DescribeTrafficMirrorSessions: "|,;~~~|Grants permission to describe one or more traffic mirror sessions",
  DescribeTrafficMirrorTargets: "|,;~~~|Grants permission to describe one or more traffic mirror targets",
  DescribeTransitGatewayAttachments:
    "|,;~~~|Grants permission to describe one or more attachments between resources and transit gateways",
  DescribeTransitGatewayConnectPeers: "|,;~~~|Grants permission to describe one or more transit gateway connect peers",
  DescribeTransitGatewayConnects:
    "|,;~~~|Grants permission to describe one or more transit gateway connect attachments",
  DescribeTransitGatewayMeteringPolicies:
    "|,;~~~|Grants permission to describe one or more transit gateway metering policies",
  DescribeTransitGatewayMulticastDomains:
    "|,;~~~|Grants permission to describe one or more transit gateway multicast domains",
  DescribeTransitGatewayPeeringAttachments:
    "|,;~~~|Grants permission to describe one or more transit gateway peering attachments",
  DescribeTransitGatewayPolicyTables: "|,;~~~|Grants permission to describe a transit gateway policy table",
  DescribeTransitGatewayRouteTableAnnouncements:
    "|,;~~~|Grants permission to describe a transit gateway route table announcement",
  DescribeTransitGatewayRouteTables: "|,;~~~|Grants permission to describe one or more transit gateway route tables",
  DescribeTransitGatewayVpcAttachments:
    "|,;~~~|Grants permission to describe one or more VPC attachments on a transit gateway",
  DescribeTransitGateways: "|,;~~~|Grants permission to describe one or more transit gateways",
  DescribeTrunkInterfaceAssociations:
    "|,;~~~|Grants permission to describe one or more network interface trunk associations",
  DescribeVerifiedAccessEndpoints:
    "|,;~~~|Grants permission to describe the specified Verified Access endpoints or all Verified Access endpoints",
  DescribeVerifiedAccessGroups:
    "|,;~~~|Grants permission to describe the specified Verified Access groups or all Verified Access groups",
  DescribeVerifiedAccessInstanceLoggingConfigurations:
    "|,;~~~|Grants permission to describe the current logging configuration for the Verified Access instances",
  DescribeVerifiedAccessInstanceWebAclAssociations:
    "|,;~|Grants permission to describe the AWS Web Application Firewall (WAF) web access control list (ACL) associations for a Verified Access instance",
  DescribeVerifiedAccessInstances:
    "|,;~~~|Grants permission to describe the specified Verified Access instances or all Verified Access instances",
  DescribeVerifiedAccessTrustProviders:
    "|,;~~~|Grants permission to describe details of existing Verified Access trust providers",
  DescribeVolumeAttribute: "|,;~~~|Grants permission to describe an attribute of an EBS volume",
  DescribeVolumeStatus: "|,;~~~|Grants permission to describe the status of one or more EBS volumes",
  DescribeVolumes: "|,;~~~|Grants permission to describe one or more EBS volumes",
  DescribeVolumesModifications:
    "|,;~~~|Grants permission to describe the current modification status of one or more EBS volumes",
  DescribeVpcAttribute: "|,;~~~|Grants permission to describe an attribute of a VPC",
  DescribeVpcBlockPublicAccessExclusions:
    "|,;~~~|Grants permission to describe an exclusion list for blocked public access on a VPC",
  DescribeVpcBlockPublicAccessOptions:
    "|,;~~~|Grants permission to describe options for blocked public access on a VPC",
  DescribeVpcClassicLink: "|,;~~~|Grants permission to describe the ClassicLink status of one or more VPCs",
  DescribeVpcClassicLinkDnsSupport:
    "|,;~~~|Grants permission to describe the ClassicLink DNS support status of one or more VPCs",
  DescribeVpcEncryptionControls: "|,;~~~|Grants permission to describe one or more VPC Encryption Controls",
  DescribeVpcEndpointAssociations: "|,;~~~|Grants permission to describe the VPC endpoint associations",
  DescribeVpcEndpointConnectionNotifications:
    "|,;~~~|Grants permission to describe the connection notifications for VPC endpoints and VPC endpoint services",
  DescribeVpcEndpointConnections:
    "|,;~~~|Grants permission to describe the VPC endpoint connections to your VPC endpoint services",
  DescribeVpcEndpointServiceConfigurations:
    "|,;~~~|Grants permission to describe VPC endpoint service configurations (your services)",
  DescribeVpcEndpointServicePermissions:
    "|,;~~~|Grants permission to describe the principals (service consumers) that are permitted to discover your VPC endpoint service",
  DescribeVpcEndpointServices:
    "|,;~~~|Grants permission to describe all supported AWS services that can be specified when creating a VPC endpoint",
  DescribeVpcEndpoints: "|,;~~~|Grants permission to describe one or more VPC endpoints",
  DescribeVpcPeeringConnections: "|,;~~~|Grants permission to describe one or more VPC peering connections",
  DescribeVpcs: "|,;~~~|Grants permission to describe one or more VPCs",
  DescribeVpnConcentrators: "|,;~~~|Grants permission to describe one or more VPN concentrators",
  DescribeVpnConnections: "|,;~~~|Grants permission to describe one or more VPN connections",
  DescribeVpnGateways: "|,;~~~|Grants permission to describe one or more virtual private gateways",
  DetachApplianceFromNatGateway: "|,;~|Grants permission to detach an appliance from a public/private Natgateway",
  DetachClassicLinkVpc: "|,;~~~|Grants permission to unlink (detach) a linked EC2-Classic instance from a VPC",
  DetachInternetGateway: "|,;~~~|Grants permission to detach an internet gateway from a VPC",
  DetachNetworkInterface: "|,;~~~|Grants permission to detach a network interface from an instance",
  DetachResourcesFromPlacementGroup: "|,;~|Grants permission to detach resources from a placement group",
  DetachVerifiedAccessTrustProvider:
    "|,;~~~|Grants permission to detach a trust provider from a Verified Access instance",
  DetachVolume: "|,;~~~|Grants permission to detach an EBS volume from an instance",
  DetachVpnGateway: "|,;~~~|Grants permission to detach a virtual private gateway from a VPC",
  DisableAddressTransfer: "|,;~~~|Grants permission to disable Elastic IP address transfer",
  DisableAllowedImagesSettings: "|,;~~~|Grants permission to disable allowed images settings",
  DisableAwsNetworkPerformanceMetricSubscription:
    "|,;~~~|Grants permission to disable infrastructure performance metric subscriptions",
  DisableCapacityManager: "|,;~~~|Grants permission to disable EC2 Capacity Manager for your account",
  DisableEbsEncryptionByDefault: "|,;~~~|Grants permission to disable EBS encryption by default for your account",
  DisableFastLaunch: "|,;~~~|Grants permission to disable faster launching for Windows AMIs",
  DisableFastSnapshotRestores:
    "|,;~~~|Grants permission to disable fast snapshot restores for one or more snapshots in specified Availability Zones",
  DisableImage: "|,;~~~|Grants permission to disable an AMI",
  DisableImageBlockPublicAccess:
    "|,;~~~|Grants permission to disable block public access for AMIs at the account level in the specified AWS Region",
  DisableImageDeprecation: "|,;~~~|Grants permission to cancel the deprecation of the specified AMI",
  DisableImageDeregistrationProtection:
    "|,;~~~|Grants permission to disable deregistration protection for an AMI. When deregistration protection is disabled, the AMI can be deregistered",
  DisableInstanceSqlHaStandbyDetections: "|,;~~~|Grants permission to disable EC2 instance SQL HA standby detections",
  DisableIpamOrganizationAdminAccount:
    "|,;~~~|Grants permission to disable an AWS Organizations member account as an Amazon VPC IP Address Manager (IPAM) admin account",
  DisableIpamPolicy:
    "|,;~~~|Grants permission to disable a policy in Amazon VPC IP Address Manager (IPAM) that controls public IPv4 address allocation",
  DisableRouteServerPropagation: "|,;~~~|Grants permission to disable route server propagation",
  DisableSerialConsoleAccess:
    "|,;~~~|Grants permission to disable access to the EC2 serial console of all instances for your account",
  DisableSnapshotBlockPublicAccess:
    "|,;~~~|Grants permission to disable the block public access for snapshots setting for a Region",
  DisableTransitGatewayRouteTablePropagation:
    "|,;~~~|Grants permission to disable a resource attachment from propagating routes to the specified propagation route table",
  DisableVgwRoutePropagation:
    "|,;~~~|Grants permission to disable a virtual private gateway from propagating routes to a specified route table of a VPC",
  DisableVpcClassicLink: "|,;~~~|Grants permission to disable ClassicLink for a VPC",
  DisableVpcClassicLinkDnsSupport: "|,;~~~|Grants permission to disable ClassicLink DNS support for a VPC",
  DisassociateAddress:
    "|,;~~~|Grants permission to disassociate an Elastic IP address from an instance or network interface",
  DisassociateCapacityReservationBillingOwner:
    "|,;~~~|Grants permission to cancel a pending request to assign billing of the unused capacity of a Capacity Reservation to a consumer account",
  DisassociateClientVpnTargetNetwork:
    "|,;~~~|Grants permission to disassociate a target network from a Client VPN endpoint",
  DisassociateEnclaveCertificateIamRole: "|,;~~~|Grants permission to disassociate an ACM certificate from a IAM role",
  DisassociateIamInstanceProfile:
    "|,;~~~|Grants permission to disassociate an IAM instance profile from a running or stopped instance",
  DisassociateInstanceEventWindow: "|,;~~~|Grants permission to disassociate one or more targets from an event window",
  DisassociateIpamByoasn:
    "|,;~~~|Grants permission to disassociate an Autonomous System Number (ASN) from a BYOIP CIDR",
  DisassociateIpamResourceDiscovery:
    "|,;~~~|Grants permission to disassociate a resource discovery from an Amazon VPC IPAM",
  DisassociateNatGatewayAddress:
    "|,;~~~|Grants permission to disassociate a secondary Elastic IP address from a public NAT gateway",
  DisassociateRouteServer: "|,;~~~|Grants permission to disassociate a route server from a VPC",
  DisassociateRouteTable: "|,;~~~|Grants permission to disassociate a subnet from a route table",
  DisassociateSecurityGroupVpc: "|,;~~~|Grants permission to disassociate a security group from a VPC",
  DisassociateSubnetCidrBlock: "|,;~~~|Grants permission to disassociate a CIDR block from a subnet",
  DisassociateTransitGatewayMulticastDomain:
    "|,;~~~|Grants permission to disassociate one or more subnets from a transit gateway multicast domain",
  DisassociateTransitGatewayPolicyTable:
    "|,;~~~|Grants permission to disassociate a policy table from a transit gateway",
  DisassociateTransitGatewayRouteTable:
    "|,;~~~|Grants permission to disassociate a resource attachment from a transit gateway route table",
  DisassociateTrunkInterface:
    "|,;~~~|Grants permission to disassociate a branch network interface to a trunk network interface",
  DisassociateVerifiedAccessInstanceWebAcl:
    "|,;~|Grants permission to disassociate an AWS Web Application Firewall (WAF) web access control list (ACL) from a Verified Access instance",
  DisassociateVpcCidrBlock: "|,;~~~|Grants permission to disassociate a CIDR block from a VPC",
  EnableAddressTransfer: "|,;~~~|Grants permission to enable Elastic IP address transfer",
  EnableAllowedImagesSettings: "|,;~~~|Grants permission to enable allowed images settings",
  EnableAwsNetworkPerformanceMetricSubscription:
    "|,;~~~|Grants permission to enable infrastructure performance subscriptions",
  EnableCapacityManager: "|,;~~~|Grants permission to enable EC2 Capacity Manager for your account",
  EnableEbsEncryptionByDefault: "|,;~~~|Grants permission to enable EBS encryption by default for your account",
  EnableFastLaunch: "|,;~~~|Grants permission to enable faster launching for Windows AMIs",
  EnableFastSnapshotRestores:
    "|,;~~~|Grants permission to enable fast snapshot restores for one or more snapshots in specified Availability Zones",
  EnableImage: "|,;~~~|Grants permission to re-enable a disabled AMI",
  EnableImageBlockPublicAccess:
    "|,;~~~|Grants permission to enable block public access for AMIs at the account level in the specified AWS Region",
  EnableImageDeprecation:
    "|,;~~~|Grants permission to enable deprecation of the specified AMI at the specified date and time",
  EnableImageDeregistrationProtection:
    "|,;~~~|Grants permission to enable deregistration protection for an AMI. When deregistration protection is enabled, the AMI can't be deregistered",
  EnableInstanceSqlHaStandbyDetections: "|,;~~~|Grants permission to enable EC2 instance SQL HA standby detections",
  EnableIpamOrganizationAdminAccount:
    "|,;~~~|Grants permission to enable an AWS Organizations member account as an Amazon VPC IP Address Manager (IPAM) admin account",
  EnableIpamPolicy: "|,;~~~|Grants permission to enable an Amazon VPC IP Address Manager (IPAM) policy",
  EnableReachabilityAnalyzerOrganizationSharing:
    "|,;~~~|Grants permission to enable organization sharing of reachability analyzer",
  EnableRouteServerPropagation: "|,;~~~|Grants permission to enable route server propagation",
  EnableSerialConsoleAccess:
    "|,;~~~|Grants permission to enable access to the EC2 serial console of all instances for your account",
  EnableSnapshotBlockPublicAccess:
    "|,;~~~|Grants permission to enable or modify the block public access for snapshots setting for a Region",
  EnableTransitGatewayRouteTablePropagation:
    "|,;~~~|Grants permission to enable an attachment to propagate routes to a propagation route table",
  EnableVgwRoutePropagation:
    "|,;~~~|Grants permission to enable a virtual private gateway to propagate routes to a VPC route table",
  EnableVolumeIO: "|,;~~~|Grants permission to enable I/O operations for a volume that had I/O operations disabled",
  EnableVpcClassicLink: "|,;~~~|Grants permission to enable a VPC for ClassicLink",
  EnableVpcClassicLinkDnsSupport:
    "|,;~~~|Grants permission to enable a VPC to support DNS hostname resolution for ClassicLink",
  ExportClientVpnClientCertificateRevocationList:
    "|,;~~~|Grants permission to download the client certificate revocation list for a Client VPN endpoint",
  ExportClientVpnClientConfiguration:
    "|,;~~~|Grants permission to download the contents of the Client VPN endpoint configuration file for a Client VPN endpoint",
  ExportImage: "|,;~~~|Grants permission to export an Amazon Machine Image (AMI) to a VM file",
  ExportTransitGatewayRoutes:
    "|,;~~~|Grants permission to export routes from a transit gateway route table to an Amazon S3 bucket",
  ExportVerifiedAccessInstanceClientConfiguration:
    "|,;~~~|Grants permission to export a verified access instance client configuration",
  GetActiveVpnTunnelStatus:
    "|,;~~~|Grants permission to retrieve the current security parameters for an active VPN tunnel",
  GetAllowedImagesSettings: "|,;~~~|Grants permission to get the allowed settings for images",
  GetAssociatedEnclaveCertificateIamRoles:
    "|,;~~~|Grants permission to get the list of roles associated with an ACM certificate",
  GetAssociatedIpv6PoolCidrs:
    "|,;~~~|Grants permission to get information about the IPv6 CIDR block associations for a specified IPv6 address pool",
  GetAwsNetworkPerformanceData: "|,;~~~|Grants permission to get network performance data",
  GetCapacityManagerAttributes:
    "|,;~~~|Grants permission to retrieve the current configuration and status of EC2 Capacity Manager",
  GetCapacityManagerMetricData: "|,;~~~|Grants permission to retrieve capacity usage metrics for your EC2 resources",
  GetCapacityManagerMetricDimensions:
    "|,;~~~|Grants permission to retrieve the available dimension values for capacity metrics within a specified time range",
  GetCapacityReservationUsage: "|,;~~~|Grants permission to get usage information about a Capacity Reservation",
  GetCoipPoolUsage:
    "|,;~~~|Grants permission to describe the allocations from the specified customer-owned address pool",
  GetConsoleOutput: "|,;~~~|Grants permission to get the console output for an instance",
  GetConsoleScreenshot: "|,;~~~|Grants permission to retrieve a JPG-format screenshot of a running instance",
  GetDeclarativePoliciesReportSummary: "|,;~~~|Grants permission to get the report summary of declarative policies",
  GetDefaultCreditSpecification:
    "|,;~~~|Grants permission to get the default credit option for CPU usage of a burstable performance instance family",
  GetEbsDefaultKmsKeyId:
    "|,;~~~|Grants permission to get the ID of the default customer master key (CMK) for EBS encryption by default",
  GetEbsEncryptionByDefault:
    "|,;~~~|Grants permission to describe whether EBS encryption by default is enabled for your account",
  GetEnabledIpamPolicy:
    "|,;~~~|Grants permission to describe the currently enabled policy in Amazon VPC IP Address Manager (IPAM)",
  GetFlowLogsIntegrationTemplate:
    "|,;~~~|Grants permission to generate a CloudFormation template to streamline the integration of VPC flow logs with Amazon Athena",
  GetGroupsForCapacityReservation:
    "|,;~~~|Grants permission to list the resource groups to which a Capacity Reservation has been added",
  GetHostReservationPurchasePreview:
    "|,;~~~|Grants permission to preview a reservation purchase with configurations that match those of a Dedicated Host",
  GetImageAncestry: "|,;~~~|Grants permission to retrieve the ancestry chain of an AMI back to its root AMI",
  GetImageBlockPublicAccessState:
    "|,;~~~|Grants permission to get the current state of block public access for AMIs at the account level in the specified AWS Region",
  GetInstanceMetadataDefaults:
    "|,;~~~|Grants permission to view the default instance metadata service (IMDS) settings set for your account in the specified Region",
  GetInstanceTpmEkPub:
    "|,;~~~|Grants permission to get the public endorsement key associated with the Nitro Trusted Platform Module (NitroTPM) for the specified instance",
  GetInstanceTypesFromInstanceRequirements:
    "|,;~~~|Grants permission to view a list of instance types with specified instance attributes",
  GetInstanceUefiData: "|,;~~~|Grants permission to retrieve the binary representation of the UEFI variable store",
  GetIpamAddressHistory:
    "|,;~~~|Grants permission to retrieve historical information about a CIDR within an Amazon VPC IP Address Manager (IPAM) scope",
  GetIpamDiscoveredAccounts: "|,;~~~|Grants permission to retrieve IPAM discovered accounts",
  GetIpamDiscoveredPublicAddresses:
    "|,;~~~|Grants permission to retrieve the public IP addresses that have been discovered by IPAM",
  GetIpamDiscoveredResourceCidrs:
    "|,;~~~|Grants permission to retrieve the resource CIDRs that are monitored as part of a resource discovery",
  GetIpamPolicyAllocationRules:
    "|,;~~~|Grants permission to describe the rules that define how Amazon VPC IP Address Manager (IPAM) pools allocate IP addresses to AWS resource types within an IPAM policy",
  GetIpamPolicyOrganizationTargets:
    "|,;~~~|Grants permission to retrieve the AWS Organizations targets associated with an Amazon VPC IP Address Manager (IPAM) policy",
  GetIpamPoolAllocations:
    "|,;~~~|Grants permission to get a list of all the CIDR allocations in an Amazon VPC IP Address Manager (IPAM) pool",
  GetIpamPoolCidrs:
    "|,;~~~|Grants permission to get the CIDRs provisioned to an Amazon VPC IP Address Manager (IPAM) pool",
  GetIpamPrefixListResolverRules: "|,;~~~|Grants permission to get rules for an IPAM prefix list resolver",
  GetIpamPrefixListResolverVersionEntries:
    "|,;~~~|Grants permission to get CIDR entries for a specific version of an IPAM prefix list resolver",
  GetIpamPrefixListResolverVersions: "|,;~~~|Grants permission to get versions of an IPAM prefix list resolver",
  GetIpamResourceCidrs:
    "|,;~~~|Grants permission to get information about the resources in an Amazon VPC IP Address Manager (IPAM) scope",
  GetLaunchTemplateData:
    "|,;~~~|Grants permission to get the configuration data of the specified instance for use with a new launch template or launch template version",
  GetManagedPrefixListAssociations:
    "|,;~~~|Grants permission to get information about the resources that are associated with the specified managed prefix list",
  GetManagedPrefixListEntries:
    "|,;~~~|Grants permission to get information about the entries for a specified managed prefix list",
  GetNetworkInsightsAccessScopeAnalysisFindings:
    "|,;~~~|Grants permission to get the findings for one or more Network Access Scope analyses",
  GetNetworkInsightsAccessScopeContent:
    "|,;~~~|Grants permission to get the content for a specified Network Access Scope",
  GetPasswordData:
    "|,;~~~|Grants permission to retrieve the encrypted administrator password for a running Windows instance",
  GetReservedInstancesExchangeQuote:
    "|,;~~~|Grants permission to return a quote and exchange information for exchanging one or more Convertible Reserved Instances for a new Convertible Reserved Instance",
  GetResourcePolicy: "|,;~|Grants permission to describe an IAM policy that enables cross-account sharing",
  GetRouteServerAssociations: "|,;~~~|Grants permission to get associations for a route server",
  GetRouteServerPropagations: "|,;~~~|Grants permission to get propagations for a route server",
  GetRouteServerRoutingDatabase: "|,;~~~|Grants permission to get the routing database for a route server",
  GetSecurityGroupsForVpc: "|,;~~~|Grants permission to retrieve a list of security groups for a specified VPC",
  GetSerialConsoleAccessStatus:
    "|,;~~~|Grants permission to retrieve the access status of your account to the EC2 serial console of all instances",
  GetSnapshotBlockPublicAccessState:
    "|,;~~~|Grants permission to retrieve the current state of the block public access for snapshots setting for a Region",
  GetSpotPlacementScores:
    "|,;~~~|Grants permission to calculate the Spot placement score for a Region or Availability Zone based on the specified target capacity and compute requirements",
  GetSubnetCidrReservations: "|,;~~~|Grants permission to retrieve information about the subnet CIDR reservations",
  GetTransitGatewayAttachmentPropagations:
    "|,;~~~|Grants permission to list the route tables to which a resource attachment propagates routes",
  GetTransitGatewayMeteringPolicyEntries:
    "|,;~~~|Grants permission to list the entries for a transit gateway metering policy",
  GetTransitGatewayMulticastDomainAssociations:
    "|,;~~~|Grants permission to get information about the associations for a transit gateway multicast domain",
  GetTransitGatewayPolicyTableAssociations:
    "|,;~~~|Grants permission to get information about associations for a transit gateway policy table",
  GetTransitGatewayPolicyTableEntries:
    "|,;~~~|Grants permission to get information about associations for a transit gateway policy table entry",
  GetTransitGatewayPrefixListReferences:
    "|,;~~~|Grants permission to get information about prefix list references for a transit gateway route table",
  GetTransitGatewayRouteTableAssociations:
    "|,;~~~|Grants permission to get information about associations for a transit gateway route table",
  GetTransitGatewayRouteTablePropagations:
    "|,;~~~|Grants permission to get information about the route table propagations for a transit gateway route table",
  GetVerifiedAccessEndpointPolicy:
    "|,;~~~|Grants permission to show the Verified Access policy associated with the endpoint",
  GetVerifiedAccessEndpointTargets: "|,;~~~|Grants permission to get verified access endpoint targets",
  GetVerifiedAccessGroupPolicy:
    "|,;~~~|Grants permission to show the contents of the Verified Access policy associated with the group",
  GetVerifiedAccessInstanceWebAcl:
    "|,;~|Grants permission to show the AWS Web Application Firewall (WAF) web access control list (ACL) for a Verified Access instance",
  GetVpcResourcesBlockingEncryptionEnforcement:
    "|,;~~~|Grants permission to describe resources that would block VPC Encryption Control enforcement",
  GetVpnConnectionDeviceSampleConfiguration:
    "|,;~~~|Grants permission to download an AWS-provided sample configuration file to be used with the customer gateway device",
  GetVpnConnectionDeviceTypes:
    "|,;~~~|Grants permission to obtain a list of customer gateway devices for which sample configuration files can be provided",
  GetVpnTunnelReplacementStatus: "|,;~~~|Grants permission to view available tunnel endpoint maintenance events",
  ImportByoipCidrToIpam: "|,;~|Grants permission to transfer existing BYOIP IPv4 CIDRs to IPAM",
  ImportClientVpnClientCertificateRevocationList:
    "|,;~~~|Grants permission to upload a client certificate revocation list to a Client VPN endpoint",
  ImportImage:
    "|,;~~~|Grants permission to import single or multi-volume disk images or EBS snapshots into an Amazon Machine Image (AMI)",
  ImportInstance: "|,;~~~|Grants permission to create an import instance task using metadata from a disk image",
  ImportKeyPair:
    "|,;~~~|Grants permission to import a public key from an RSA key pair that was created with a third-party tool",
  ImportSnapshot: "|,;~~~|Grants permission to import a disk into an EBS snapshot",
  ImportVolume: "|,;~~~|Grants permission to create an import volume task using metadata from a disk image",
  InjectApiError: "|,;~|Grants permission to temporarily inject errors for target API requests",
  InjectVolumeIOLatency:
    "|,;~|Grants permission to temporarily inject latency to I/O operations for a target Amazon EBS volume",
  ListImagesInRecycleBin:
    "|,;~~~|Grants permission to list Amazon Machine Images (AMIs) that are currently in the Recycle Bin",
  ListSnapshotsInRecycleBin:
    "|,;~~~|Grants permission to list the Amazon EBS snapshots that are currently in the Recycle Bin",
  ListVolumesInRecycleBin: "|,;~~~|Grants permission to list EBS volumes in Recycle Bin",
  LockSnapshot:
    "|,;~~~|Grants permission to lock an Amazon EBS snapshot in either governance or compliance mode to protect it against accidental or malicious deletions",
  ModifyAddressAttribute: "|,;~~~|Grants permission to modify an attribute of the specified Elastic IP address",
  ModifyAvailabilityZoneGroup:
    "|,;~~~|Grants permission to modify the opt-in status of the Local Zone and Wavelength Zone group for your account",
  ModifyCapacityReservation:
    "|,;~~~|Grants permission to modify a Capacity Reservation's capacity and the conditions under which it is to be released",
  ModifyCapacityReservationFleet: "|,;~~~|Grants permission to modify a Capacity Reservation Fleet",
  ModifyClientVpnEndpoint: "|,;~~~|Grants permission to modify a Client VPN endpoint",
  ModifyDefaultCreditSpecification:
    "|,;~~~|Grants permission to change the account level default credit option for CPU usage of burstable performance instances",
  ModifyEbsDefaultKmsKeyId:
    "|,;~~~|Grants permission to change the default customer master key (CMK) for EBS encryption by default for your account",
  ModifyFleet: "|,;~~~|Grants permission to modify an EC2 Fleet",
  ModifyFpgaImageAttribute: "|,;~~~|Grants permission to modify an attribute of an Amazon FPGA Image (AFI)",
  ModifyHosts: "|,;~~~|Grants permission to modify a Dedicated Host",
  ModifyIdFormat: "|,;~~~|Grants permission to modify the ID format for a resource",
  ModifyIdentityIdFormat:
    "|,;~~~|Grants permission to modify the ID format of a resource for a specific principal in your account",
  ModifyImageAttribute: "|,;~~~|Grants permission to modify an attribute of an Amazon Machine Image (AMI)",
  ModifyInstanceAttribute: "|,;~~~|Grants permission to modify an attribute of an instance",
  ModifyInstanceCapacityReservationAttributes:
    "|,;~~~|Grants permission to modify the Capacity Reservation settings for a stopped instance",
  ModifyInstanceConnectEndpoint: "|,;~~~|Grants permission to modify an existing EC2 Instance Connect Endpoint",
  ModifyInstanceCpuOptions: "|,;~~~|Grants permission to modify the CPU options on an instance",
  ModifyInstanceCreditSpecification:
    "|,;~~~|Grants permission to modify the credit option for CPU usage on an instance",
  ModifyInstanceEventStartTime: "|,;~~~|Grants permission to modify the start time for a scheduled EC2 instance event",
  ModifyInstanceEventWindow: "|,;~~~|Grants permission to modify the specified event window",
  ModifyInstanceMaintenanceOptions: "|,;~~~|Grants permission to modify the recovery behaviour for an instance",
  ModifyInstanceMetadataDefaults:
    "|,;~~~|Grants permission to modify the default instance metadata service (IMDS) settings for your account in the specified Region",
  ModifyInstanceMetadataOptions: "|,;~~~|Grants permission to modify the metadata options for an instance",
  ModifyInstanceNetworkPerformanceOptions:
    "|,;~~~|Grants permission to modify the network performance options for an instance",
  ModifyInstancePlacement: "|,;~~~|Grants permission to modify the placement attributes for an instance",
  ModifyIpam: "|,;~~~|Grants permission to modify the configurations of an Amazon VPC IP Address Manager (IPAM)",
  ModifyIpamPolicyAllocationRules:
    "|,;~~~|Grants permission to modify the rules that define how Amazon VPC IP Address Manager (IPAM) pools allocate IP addresses to AWS resource types within an IPAM policy",
  ModifyIpamPool:
    "|,;~~~|Grants permission to modify the configurations of an Amazon VPC IP Address Manager (IPAM) pool",
  ModifyIpamPrefixListResolver: "|,;~~~|Grants permission to modify an IPAM prefix list resolver",
  ModifyIpamPrefixListResolverTarget: "|,;~~~|Grants permission to modify an IPAM prefix list resolver target",
  ModifyIpamResourceCidr:
    "|,;~~~|Grants permission to modify the configurations of an Amazon VPC IP Address Manager (IPAM) resource CIDR",
  ModifyIpamResourceDiscovery: "|,;~~~|Grants permission to modify a resource discovery",
  ModifyIpamScope:
    "|,;~~~|Grants permission to modify the configurations of an Amazon VPC IP Address Manager (IPAM) scope",
  ModifyLaunchTemplate: "|,;~~~|Grants permission to modify a launch template",
  ModifyLocalGatewayRoute: "|,;~~~|Grants permission to modify a local gateway route",
  ModifyManagedPrefixList: "|,;~~~|Grants permission to modify a managed prefix list",
  ModifyNetworkInterfaceAttribute: "|,;~~~|Grants permission to modify an attribute of a network interface",
  ModifyOdbNetworkPeering:
    "|,;~|Grants permission to allow Oracle Database@AWS to modify the settings of a peering connection between an ODB network and a VPC",
  ModifyPrivateDnsNameOptions:
    "|,;~~~|Grants permission to modify the options for instance hostnames for the specified instance",
  ModifyPublicIpDnsNameOptions: "|,;~~~|Grants permission to modify public hostname options for a network interface",
  ModifyReservedInstances: "|,;~~~|Grants permission to modify attributes of one or more Reserved Instances",
  ModifyRouteServer: "|,;~~~|Grants permission to modify a route server",
  ModifySecurityGroupRules: "|,;~~~|Grants permission to modify the rules of a security group",
  ModifySnapshotAttribute: "|,;~~~|Grants permission to add or remove permission settings for a snapshot",
  ModifySnapshotTier: "|,;~~~|Grants permission to archive Amazon EBS snapshots",
  ModifySpotFleetRequest: "|,;~~~|Grants permission to modify a Spot Fleet request",
  ModifySubnetAttribute: "|,;~~~|Grants permission to modify an attribute of a subnet",
  ModifyTrafficMirrorFilterNetworkServices: "|,;~~~|Grants permission to allow or restrict mirroring network services",
  ModifyTrafficMirrorFilterRule: "|,;~~~|Grants permission to modify a traffic mirror rule",
  ModifyTrafficMirrorSession: "|,;~~~|Grants permission to modify a traffic mirror session",
  ModifyTransitGateway: "|,;~~~|Grants permission to modify a transit gateway",
  ModifyTransitGatewayMeteringPolicy: "|,;~~~|Grants permission to modify a transit gateway metering policy",
  ModifyTransitGatewayPrefixListReference: "|,;~~~|Grants permission to modify a transit gateway prefix list reference",
  ModifyTransitGatewayVpcAttachment: "|,;~~~|Grants permission to modify a VPC attachment on a transit gateway",
  ModifyVerifiedAccessEndpoint: "|,;~~~|Grants permission to modify the configuration of a Verified Access endpoint",
  ModifyVerifiedAccessEndpointPolicy:
    "|,;~~~|Grants permission to modify the specified Verified Access endpoint policy",
  ModifyVerifiedAccessGroup: "|,;~~~|Grants permission to modify the specified Verified Access Group configuration",
  ModifyVerifiedAccessGroupPolicy: "|,;~~~|Grants permission to modify the specified Verified Access group policy",
  ModifyVerifiedAccessInstance:
    "|,;~~~|Grants permission to modify the configuration of the specified Verified Access instance",
  ModifyVerifiedAccessInstanceLoggingConfiguration:
    "|,;~~~|Grants permission to modify the logging configuration for the specified Verified Access instance",
  ModifyVerifiedAccessTrustProvider:
    "|,;~~~|Grants permission to modify the configuration of the specified Verified Access trust provider",
  ModifyVolume: "|,;~~~|Grants permission to modify the parameters of an EBS volume",
  ModifyVolumeAttribute: "|,;~~~|Grants permission to modify an attribute of a volume",
  ModifyVpcAttribute: "|,;~~~|Grants permission to modify an attribute of a VPC",
  ModifyVpcBlockPublicAccessExclusion:
    "|,;~~~|Grants permission to modify an exclusion list for blocked public access on a VPC",
  ModifyVpcBlockPublicAccessOptions: "|,;~~~|Grants permission to modify options for blocked public access on a VPC",
  ModifyVpcEncryptionControl: "|,;~~~|Grants permission to modify an existing VPC Encryption Control",
  ModifyVpcEndpoint: "|,;~~~|Grants permission to modify an attribute of a VPC endpoint",
  ModifyVpcEndpointConnectionNotification:
    "|,;~~~|Grants permission to modify a connection notification for a VPC endpoint or VPC endpoint service",
  ModifyVpcEndpointServiceConfiguration:
    "|,;~~~|Grants permission to modify the attributes of a VPC endpoint service configuration",
  ModifyVpcEndpointServicePayerResponsibility:
    "|,;~~~|Grants permission to modify the payer responsibility for a VPC endpoint service",
  ModifyVpcEndpointServicePermissions: "|,;~~~|Grants permission to modify the permissions for a VPC endpoint service",
  ModifyVpcPeeringConnectionOptions:
    "|,;~~~|Grants permission to modify the VPC peering connection options on one side of a VPC peering connection",
  ModifyVpcTenancy: "|,;~~~|Grants permission to modify the instance tenancy attribute of a VPC",
  ModifyVpnConnection: "|,;~~~|Grants permission to modify the target gateway of a Site-to-Site VPN connection",
  ModifyVpnConnectionOptions:
    "|,;~~~|Grants permission to modify the connection options for your Site-to-Site VPN connection",
  ModifyVpnTunnelCertificate: "|,;~~~|Grants permission to modify the certificate for a Site-to-Site VPN connection",
  ModifyVpnTunnelOptions: "|,;~~~|Grants permission to modify the options for a Site-to-Site VPN connection",
  MonitorInstances: "|,;~~~|Grants permission to enable detailed monitoring for a running instance",
  MoveAddressToVpc:
    "|,;~|Grants permission to move an Elastic IP address from the EC2-Classic platform to the EC2-VPC platform",
  MoveByoipCidrToIpam:
    "|,;~~~|Grants permission to move a BYOIP IPv4 CIDR to Amazon VPC IP Address Manager (IPAM) from a public IPv4 pool",
  MoveCapacityReservationInstances:
    "|,;~~~|Grants permission to move available capacity from a source Capacity Reservation to a destination Capacity Reservation",
  PauseVolumeIO: "|,;~|Grants permission to temporarily pause I/O operations for a target Amazon EBS volume",
  ProvisionByoipCidr:
    "|,;~~~|Grants permission to provision an address range for use in AWS through bring your own IP addresses (BYOIP), and to create a corresponding address pool",
  ProvisionIpamByoasn:
    "|,;~~~|Grants permission to provision an Autonomous System Number (ASN) for use in an Amazon Web Services account",
  ProvisionIpamPoolCidr: "|,;~~~|Grants permission to provision a CIDR to an Amazon VPC IP Address Manager (IPAM) pool",
  ProvisionPublicIpv4PoolCidr: "|,;~~~|Grants permission to provision a CIDR to a public IPv4 pool",
  PurchaseCapacityBlock: "|,;~~~|Grants permission to purchase a Capacity Block offering",
  PurchaseCapacityBlockExtension: "|,;~~~|Grants permission to purchase a Capacity Block extension",
  PurchaseHostReservation:
    "|,;~~~|Grants permission to purchase a reservation with configurations that match those of a Dedicated Host",
  PurchaseReservedInstancesOffering: "|,;~~~|Grants permission to purchase a Reserved Instance offering",
  PurchaseScheduledInstances:
    "|,;~~~|Grants permission to purchase one or more Scheduled Instances with a specified schedule",
  PutResourcePolicy: "|,;~|Grants permission to attach an IAM policy that enables cross-account sharing to a resource",
  RebootInstances: "|,;~~~|Grants permission to request a reboot of one or more instances",
  RegisterImage: "|,;~~~|Grants permission to register an Amazon Machine Image (AMI)",
  RegisterInstanceEventNotificationAttributes:
    "|,;~~~|Grants permission to add tags to the set of tags to include in notifications about scheduled events for your instances",
  RegisterTransitGatewayMulticastGroupMembers:
    "|,;~~~|Grants permission to register one or more network interfaces as a member of a group IP address in a transit gateway multicast domain",
  RegisterTransitGatewayMulticastGroupSources:
    "|,;~~~|Grants permission to register one or more network interfaces as a source of a group IP address in a transit gateway multicast domain",
  RejectCapacityReservationBillingOwnership:
    "|,;~~~|Grants permission to reject a request to assign billing of the available capacity of a shared Capacity Reservation to your account",
  RejectTransitGatewayMulticastDomainAssociations:
    "|,;~~~|Grants permission to reject requests to associate cross-account subnets with a transit gateway multicast domain",
  RejectTransitGatewayPeeringAttachment:
    "|,;~~~|Grants permission to reject a transit gateway peering attachment request",
  RejectTransitGatewayVpcAttachment:
    "|,;~~~|Grants permission to reject a request to attach a VPC to a transit gateway",
  RejectVpcEndpointConnections:
    "|,;~~~|Grants permission to reject one or more VPC endpoint connection requests to a VPC endpoint service",
  RejectVpcPeeringConnection: "|,;~~~|Grants permission to reject a VPC peering connection request",
  ReleaseAddress: "|,;~~~|Grants permission to release an Elastic IP address",
  ReleaseHosts: "|,;~~~|Grants permission to release one or more On-Demand Dedicated Hosts",
  ReleaseIpamPoolAllocation:
    "|,;~~~|Grants permission to release an allocation within an Amazon VPC IP Address Manager (IPAM) pool",
  ReplaceIamInstanceProfileAssociation: "|,;~~~|Grants permission to replace an IAM instance profile for an instance",
  ReplaceImageCriteriaInAllowedImagesSettings:
    "|,;~~~|Grants permission to replace image criteria in allowed images settings",
  ReplaceNetworkAclAssociation: "|,;~~~|Grants permission to change which network ACL a subnet is associated with",
  ReplaceNetworkAclEntry: "|,;~~~|Grants permission to replace an entry (rule) in a network ACL",
  ReplaceRoute: "|,;~~~|Grants permission to replace a route within a route table in a VPC",
  ReplaceRouteTableAssociation: "|,;~~~|Grants permission to change the route table that is associated with a subnet",
  ReplaceTransitGatewayRoute: "|,;~~~|Grants permission to replace a route in a transit gateway route table",
  ReplaceVpnTunnel: "|,;~~~|Grants permission to replace a VPN tunnel",
  ReportInstanceStatus: "|,;~~~|Grants permission to submit feedback about the status of an instance",
  RequestSpotFleet: "|,;~~~|Grants permission to create a Spot Fleet request",
  RequestSpotInstances: "|,;~~~|Grants permission to create a Spot Instance request",
  ResetAddressAttribute: "|,;~~~|Grants permission to reset the attribute of the specified IP address",
  ResetEbsDefaultKmsKeyId:
    "|,;~~~|Grants permission to reset the default customer master key (CMK) for EBS encryption for your account to use the AWS-managed CMK for EBS",
  ResetFpgaImageAttribute:
    "|,;~~~|Grants permission to reset an attribute of an Amazon FPGA Image (AFI) to its default value",
  ResetImageAttribute:
    "|,;~~~|Grants permission to reset an attribute of an Amazon Machine Image (AMI) to its default value",
  ResetInstanceAttribute: "|,;~~~|Grants permission to reset an attribute of an instance to its default value",
  ResetNetworkInterfaceAttribute: "|,;~~~|Grants permission to reset an attribute of a network interface",
  ResetSnapshotAttribute: "|,;~~~|Grants permission to reset permission settings for a snapshot",
  RestoreAddressToClassic:
    "|,;~|Grants permission to restore an Elastic IP address that was previously moved to the EC2-VPC platform back to the EC2-Classic platform",
  RestoreImageFromRecycleBin: "|,;~~~|Grants permission to restore an Amazon Machine Image (AMI) from the Recycle Bin",
  RestoreManagedPrefixListVersion:
    "|,;~~~|Grants permission to restore the entries from a previous version of a managed prefix list to a new version of the prefix list",
  RestoreSnapshotFromRecycleBin: "|,;~~~|Grants permission to restore an Amazon EBS snapshot from the Recycle Bin",
  RestoreSnapshotTier:
    "|,;~~~|Grants permission to restore an archived Amazon EBS snapshot for use temporarily or permanently, or modify the restore period or restore type for a snapshot that was previously temporarily restored",
  RestoreVolumeFromRecycleBin: "|,;~~~|Grants permission to restore an EBS volume from Recycle Bin",
  RevokeClientVpnIngress: "|,;~~~|Grants permission to remove an inbound authorization rule from a Client VPN endpoint",
  RevokeSecurityGroupEgress: "|,;~~~|Grants permission to remove one or more outbound rules from a VPC security group",
  RevokeSecurityGroupIngress: "|,;~~~|Grants permission to remove one or more inbound rules from a security group",
  RunInstances: "|,;~~~|Grants permission to launch one or more instances",
  RunScheduledInstances: "|,;~~~|Grants permission to launch one or more Scheduled Instances",
  SearchLocalGatewayRoutes: "|,;~~~|Grants permission to search for routes in a local gateway route table",
  SearchTransitGatewayMulticastGroups:
    "|,;~~~|Grants permission to search for groups, sources, and members in a transit gateway multicast domain",
  SearchTransitGatewayRoutes: "|,;~~~|Grants permission to search for routes in a transit gateway route table",
  SendDiagnosticInterrupt: "|,;~~~|Grants permission to send a diagnostic interrupt to an Amazon EC2 instance",
  SendSpotInstanceInterruptions: "|,;~|Grants permission to interrupt a Spot Instance",
  StartDeclarativePoliciesReport: "|,;~~~|Grants permission to start a declarative policies report",
  StartInstances: "|,;~~~|Grants permission to start a stopped instance",
  StartNetworkInsightsAccessScopeAnalysis: "|,;~~~|Grants permission to start a Network Access Scope analysis",
  StartNetworkInsightsAnalysis: "|,;~~~|Grants permission to start analyzing a specified path",
  StartVpcEndpointServicePrivateDnsVerification:
    "|,;~~~|Grants permission to start the private DNS verification process for a VPC endpoint service",
  StopInstances: "|,;~~~|Grants permission to stop an Amazon EBS-backed instance",
  TerminateClientVpnConnections: "|,;~~~|Grants permission to terminate active Client VPN endpoint connections",
  TerminateInstances: "|,;~~~|Grants permission to shut down one or more instances",
  UnassignIpv6Addresses: "|,;~~~|Grants permission to unassign one or more IPv6 addresses from a network interface",
  UnassignPrivateIpAddresses:
    "|,;~~~|Grants permission to unassign one or more secondary private IP addresses from a network interface",
  UnassignPrivateNatGatewayAddress:
    "|,;~~~|Grants permission to unassign secondary private IPv4 addresses from a private NAT gateway",
  UnlockSnapshot:
    "|,;~~~|Grants permission to unlock a snapshot that is locked in governance mode or in compliance mode while still in the cooling-off period",
  UnmonitorInstances: "|,;~~~|Grants permission to disable detailed monitoring for a running instance",
  UpdateCapacityManagerOrganizationsAccess:
    "|,;~~~|Grants permission to update the Organizations access setting for EC2 Capacity Manager",
  UpdateInterruptibleCapacityReservationAllocation:
    "|,;~~~|Grants permission to update the number of instances allocated to an interruptible reservation, allowing you to add more capacity or reclaim capacity to your source Capacity Reservation",
  UpdateSecurityGroupRuleDescriptionsEgress:
    "|,;~~~|Grants permission to update descriptions for one or more outbound rules in a VPC security group",
  UpdateSecurityGroupRuleDescriptionsIngress:
    "|,;~~~|Grants permission to update descriptions for one or more inbound rules in a security group",
  WithdrawByoipCidr:
    "|,;~~~|Grants permission to stop advertising an address range that was provisioned for use in AWS through bring your own IP addresses (BYOIP)",
};
const resourceTypeFacts = {
  /** The capacity-block resource type: arn:${Partition}:ec2:${Region}:${Account}:capacity-block/${CapacityBlockId} */
  "capacity-block": "|,capacityBlock|0,1,2,8,9,94,102",
  /** The capacity-manager-data-export resource type: arn:${Partition}:ec2:${Region}:${Account}:capacity-manager-data-export/${CapacityManagerDataExportId} */
  "capacity-manager-data-export": "|,capacityManagerDataExport|0,1,2,8,9,94,102",
  /** The capacity-reservation resource type: arn:${Partition}:ec2:${Region}:${Account}:capacity-reservation/${CapacityReservationId} */
  "capacity-reservation":
    "|,capacityReservation|0,1,2,8,9,14,15,16,20,23,25,29,32,33,34,46,49,51,53,55,56,60,61,65,74,87,94,102,115,120,121",
  /** The capacity-reservation-fleet resource type: arn:${Partition}:ec2:${Region}:${Account}:capacity-reservation-fleet/${CapacityReservationFleetId} */
  "capacity-reservation-fleet": "|,capacityReservationFleet|0,1,2,8,9,94,102",
  /** The carrier-gateway resource type: arn:${Partition}:ec2:${Region}:${Account}:carrier-gateway/${CarrierGatewayId} */
  "carrier-gateway": "|,carrierGateway|0,1,2,94,102,121,128",
  /** The certificate resource type: arn:${Partition}:acm:${Region}:${Account}:certificate/${CertificateId} */
  certificate: "|,|",
  /** The client-vpn-endpoint resource type: arn:${Partition}:ec2:${Region}:${Account}:client-vpn-endpoint/${ClientVpnEndpointId} */
  "client-vpn-endpoint": "|,clientVpnEndpoint|0,1,2,8,9,17,18,19,27,94,102,107,109",
  /** The coip-pool resource type: arn:${Partition}:ec2:${Region}:${Account}:coip-pool/${Ipv4PoolCoipId} */
  "coip-pool": "|,coipPool|0,1,2,94,102",
  /** The customer-gateway resource type: arn:${Partition}:ec2:${Region}:${Account}:customer-gateway/${CustomerGatewayId} */
  "customer-gateway": "|,customerGateway|0,1,2,94,102",
  /** The declarative-policies-report resource type: arn:${Partition}:ec2:${Region}:${Account}:declarative-policies-report/${DeclarativePoliciesReportId} */
  "declarative-policies-report": "|,declarativePoliciesReport|0,1,2,94,102",
  /** The dedicated-host resource type: arn:${Partition}:ec2:${Region}:${Account}:dedicated-host/${DedicatedHostId} */
  "dedicated-host": "|,dedicatedHost|0,1,2,8,9,13,14,38,53,61,65,93,94,102",
  /** The dhcp-options resource type: arn:${Partition}:ec2:${Region}:${Account}:dhcp-options/${DhcpOptionsId} */
  "dhcp-options": "|,dhcpOptions|0,1,2,26,94,102",
  /** The egress-only-internet-gateway resource type: arn:${Partition}:ec2:${Region}:${Account}:egress-only-internet-gateway/${EgressOnlyInternetGatewayId} */
  "egress-only-internet-gateway": "|,egressOnlyInternetGateway|0,1,2,94,102",
  /** The elastic-gpu resource type: arn:${Partition}:ec2:${Region}:${Account}:elastic-gpu/${ElasticGpuId} */
  "elastic-gpu": "|,elasticGpu|0,1,2,30,61,65,94,102",
  /** The elastic-inference resource type: arn:${Partition}:elastic-inference:${Region}:${Account}:elastic-inference-accelerator/${AcceleratorId} */
  "elastic-inference": "|,elasticInference|",
  /** The elastic-ip resource type: arn:${Partition}:ec2:${Region}:${Account}:elastic-ip/${AllocationId} */
  "elastic-ip": "|,elasticIp|0,1,2,6,8,9,28,92,94,102",
  /** The export-image-task resource type: arn:${Partition}:ec2:${Region}:${Account}:export-image-task/${ExportImageTaskId} */
  "export-image-task": "|,exportImageTask|0,1,2,94,102",
  /** The export-instance-task resource type: arn:${Partition}:ec2:${Region}:${Account}:export-instance-task/${ExportTaskId} */
  "export-instance-task": "|,exportInstanceTask|0,1,2,94,102",
  /** The fleet resource type: arn:${Partition}:ec2:${Region}:${Account}:fleet/${FleetId} */
  fleet: "|,|0,1,2,8,9,94,102",
  /** The fpga-image resource type: arn:${Partition}:ec2:${Region}:${Account}:fpga-image/${FpgaImageId} */
  "fpga-image": "|,fpgaImage|0,1,2,8,9,75,91,94,102",
  /** The group resource type: arn:${Partition}:resource-groups:${Region}:${Account}:group/${GroupName} */
  group: "|,|",
  /** The host-reservation resource type: arn:${Partition}:ec2:${Region}:${Account}:host-reservation/${HostReservationId} */
  "host-reservation": "|,hostReservation|0,1,2,94,102",
  /** The image resource type: arn:${Partition}:ec2:${Region}::image/${ImageId} */
  image: "|,|0,1,2,8,9,40,41,61,65,75,91,94,102,104",
  /** The image-usage-report resource type: arn:${Partition}:ec2:${Region}:${Account}:image-usage-report/${ImageUsageReportId} */
  "image-usage-report": "|,imageUsageReport|0,1,2,94,102",
  /** The import-image-task resource type: arn:${Partition}:ec2:${Region}:${Account}:import-image-task/${ImportImageTaskId} */
  "import-image-task": "|,importImageTask|0,1,2,94,102",
  /** The import-snapshot-task resource type: arn:${Partition}:ec2:${Region}:${Account}:import-snapshot-task/${ImportSnapshotTaskId} */
  "import-snapshot-task": "|,importSnapshotTask|0,1,2,94,102",
  /** The instance resource type: arn:${Partition}:ec2:${Region}:${Account}:instance/${InstanceId} */
  instance: "|,|0,1,2,8,9,14,15,21,29,44,45,47,48,50,52,53,61,65,67,68,69,70,73,87,90,94,102,104,121",
  /** The instance-connect-endpoint resource type: arn:${Partition}:ec2:${Region}:${Account}:instance-connect-endpoint/${InstanceConnectEndpointId} */
  "instance-connect-endpoint": "|,instanceConnectEndpoint|0,1,2,8,9,94,102,119",
  /** The instance-event-window resource type: arn:${Partition}:ec2:${Region}:${Account}:instance-event-window/${InstanceEventWindowId} */
  "instance-event-window": "|,instanceEventWindow|0,1,2,8,9,94,102",
  /** The internet-gateway resource type: arn:${Partition}:ec2:${Region}:${Account}:internet-gateway/${InternetGatewayId} */
  "internet-gateway": "|,internetGateway|0,1,2,54,94,102",
  /** The ipam resource type: arn:${Partition}:ec2::${Account}:ipam/${IpamId} */
  ipam: "|,|0,1,2,8,9,94,102",
  /** The ipam-external-resource-verification-token resource type: arn:${Partition}:ec2::${Account}:ipam-external-resource-verification-token/${IpamExternalResourceVerificationTokenId} */
  "ipam-external-resource-verification-token": "|,ipamExternalResourceVerificationToken|0,1,2,8,9,94,102",
  /** The ipam-policy resource type: arn:${Partition}:ec2::${Account}:ipam-policy/${IpamPolicyId} */
  "ipam-policy": "|,ipamPolicy|0,1,2,8,9,94,102",
  /** The ipam-pool resource type: arn:${Partition}:ec2::${Account}:ipam-pool/${IpamPoolId} */
  "ipam-pool": "|,ipamPool|0,1,2,8,9,94,102",
  /** The ipam-prefix-list-resolver resource type: arn:${Partition}:ec2::${Account}:ipam-prefix-list-resolver/${IpamPrefixListResolverId} */
  "ipam-prefix-list-resolver": "|,ipamPrefixListResolver|0,1,2,8,9,94,102",
  /** The ipam-prefix-list-resolver-target resource type: arn:${Partition}:ec2::${Account}:ipam-prefix-list-resolver-target/${IpamPrefixListResolverTargetId} */
  "ipam-prefix-list-resolver-target": "|,ipamPrefixListResolverTarget|0,1,2,8,9,94,102",
  /** The ipam-resource-discovery resource type: arn:${Partition}:ec2::${Account}:ipam-resource-discovery/${IpamResourceDiscoveryId} */
  "ipam-resource-discovery": "|,ipamResourceDiscovery|0,1,2,8,9,94,102",
  /** The ipam-resource-discovery-association resource type: arn:${Partition}:ec2::${Account}:ipam-resource-discovery-association/${IpamResourceDiscoveryAssociationId} */
  "ipam-resource-discovery-association": "|,ipamResourceDiscoveryAssociation|0,1,2,94,102",
  /** The ipam-scope resource type: arn:${Partition}:ec2::${Account}:ipam-scope/${IpamScopeId} */
  "ipam-scope": "|,ipamScope|0,1,2,8,9,94,102",
  /** The ipv4pool-ec2 resource type: arn:${Partition}:ec2:${Region}:${Account}:ipv4pool-ec2/${Ipv4PoolEc2Id} */
  "ipv4pool-ec2": "|,ipv4poolEc2|0,1,2,94,102",
  /** The ipv6pool-ec2 resource type: arn:${Partition}:ec2:${Region}:${Account}:ipv6pool-ec2/${Ipv6PoolEc2Id} */
  "ipv6pool-ec2": "|,ipv6poolEc2|0,1,2,94,102",
  /** The key-pair resource type: arn:${Partition}:ec2:${Region}:${Account}:key-pair/${KeyPairName} */
  "key-pair": "|,keyPair|0,1,2,61,62,63,65,94,102",
  /** The launch-template resource type: arn:${Partition}:ec2:${Region}:${Account}:launch-template/${LaunchTemplateId} */
  "launch-template": "|,launchTemplate|0,1,2,8,9,61,65,67,94,102",
  /** The license-configuration resource type: arn:${Partition}:license-manager:${Region}:${Account}:license-configuration:${LicenseConfigurationId} */
  "license-configuration": "|,licenseConfiguration|",
  /** The local-gateway resource type: arn:${Partition}:ec2:${Region}:${Account}:local-gateway/${LocalGatewayId} */
  "local-gateway": "|,localGateway|0,1,2,94,102",
  /** The local-gateway-route-table resource type: arn:${Partition}:ec2:${Region}:${Account}:local-gateway-route-table/${LocalGatewayRoutetableId} */
  "local-gateway-route-table": "|,localGatewayRouteTable|0,1,2,9,94,102",
  /** The local-gateway-route-table-virtual-interface-group-association resource type: arn:${Partition}:ec2:${Region}:${Account}:local-gateway-route-table-virtual-interface-group-association/${LocalGatewayRouteTableVirtualInterfaceGroupAssociationId} */
  "local-gateway-route-table-virtual-interface-group-association":
    "|,localGatewayRouteTableVirtualInterfaceGroupAssociation|0,1,2,94,102",
  /** The local-gateway-route-table-vpc-association resource type: arn:${Partition}:ec2:${Region}:${Account}:local-gateway-route-table-vpc-association/${LocalGatewayRouteTableVpcAssociationId} */
  "local-gateway-route-table-vpc-association": "|,localGatewayRouteTableVpcAssociation|0,1,2,94,102",
  /** The local-gateway-virtual-interface resource type: arn:${Partition}:ec2:${Region}:${Account}:local-gateway-virtual-interface/${LocalGatewayVirtualInterfaceId} */
  "local-gateway-virtual-interface": "|,localGatewayVirtualInterface|0,1,2,94,102",
  /** The local-gateway-virtual-interface-group resource type: arn:${Partition}:ec2:${Region}:${Account}:local-gateway-virtual-interface-group/${LocalGatewayVirtualInterfaceGroupId} */
  "local-gateway-virtual-interface-group": "|,localGatewayVirtualInterfaceGroup|0,1,2,94,102",
  /** The mac-modification-task resource type: arn:${Partition}:ec2:${Region}:${Account}:mac-modification-task/${MacModificationTaskId} */
  "mac-modification-task": "|,macModificationTask|0,1,2,94,102",
  /** The natgateway resource type: arn:${Partition}:ec2:${Region}:${Account}:natgateway/${NatGatewayId} */
  natgateway: "|,|0,1,2,94,102,128",
  /** The network-acl resource type: arn:${Partition}:ec2:${Region}:${Account}:network-acl/${NaclId} */
  "network-acl": "|,networkAcl|0,1,2,71,94,102,128",
  /** The network-insights-access-scope resource type: arn:${Partition}:ec2:${Region}:${Account}:network-insights-access-scope/${NetworkInsightsAccessScopeId} */
  "network-insights-access-scope": "|,networkInsightsAccessScope|0,1,2,94,102",
  /** The network-insights-access-scope-analysis resource type: arn:${Partition}:ec2:${Region}:${Account}:network-insights-access-scope-analysis/${NetworkInsightsAccessScopeAnalysisId} */
  "network-insights-access-scope-analysis": "|,networkInsightsAccessScopeAnalysis|0,1,2,94,102",
  /** The network-insights-analysis resource type: arn:${Partition}:ec2:${Region}:${Account}:network-insights-analysis/${NetworkInsightsAnalysisId} */
  "network-insights-analysis": "|,networkInsightsAnalysis|0,1,2,94,102",
  /** The network-insights-path resource type: arn:${Partition}:ec2:${Region}:${Account}:network-insights-path/${NetworkInsightsPathId} */
  "network-insights-path": "|,networkInsightsPath|0,1,2,94,102",
  /** The network-interface resource type: arn:${Partition}:ec2:${Region}:${Account}:network-interface/${NetworkInterfaceId} */
  "network-interface": "|,networkInterface|0,1,2,7,8,9,11,12,14,61,65,67,72,78,94,102,118,128",
  /** The outpost-lag resource type: arn:${Partition}:ec2:${Region}:${Account}:outpost-lag/${OutpostLagId} */
  "outpost-lag": "|,outpostLag|0,1,2,94,102",
  /** The placement-group resource type: arn:${Partition}:ec2:${Region}:${Account}:placement-group/${PlacementGroupName} */
  "placement-group": "|,placementGroup|0,1,2,61,65,88,89,94,102",
  /** The prefix-list resource type: arn:${Partition}:ec2:${Region}:${Account}:prefix-list/${PrefixListId} */
  "prefix-list": "|,prefixList|0,1,2,8,9,57,94,102",
  /** The replace-root-volume-task resource type: arn:${Partition}:ec2:${Region}:${Account}:replace-root-volume-task/${ReplaceRootVolumeTaskId} */
  "replace-root-volume-task": "|,replaceRootVolumeTask|0,1,2,94,102",
  /** The reserved-instances resource type: arn:${Partition}:ec2:${Region}:${Account}:reserved-instances/${ReservationId} */
  "reserved-instances": "|,reservedInstances|0,1,2,8,9,14,53,94,101,102,121",
  /** The role resource type: arn:${Partition}:iam::${Account}:role/${RoleNameWithPath} */
  role: "|,|",
  /** The route-server resource type: arn:${Partition}:ec2:${Region}:${Account}:route-server/${RouteServerId} */
  "route-server": "|,routeServer|0,1,2,94,102",
  /** The route-server-endpoint resource type: arn:${Partition}:ec2:${Region}:${Account}:route-server-endpoint/${RouteServerEndpointId} */
  "route-server-endpoint": "|,routeServerEndpoint|0,1,2,14,94,102",
  /** The route-server-peer resource type: arn:${Partition}:ec2:${Region}:${Account}:route-server-peer/${RouteServerPeerId} */
  "route-server-peer": "|,routeServerPeer|0,1,2,14,94,102",
  /** The route-table resource type: arn:${Partition}:ec2:${Region}:${Account}:route-table/${RouteTableId} */
  "route-table": "|,routeTable|0,1,2,94,102,105,128",
  /** The secondary-interface resource type: arn:${Partition}:ec2:${Region}:${Account}:secondary-interface/${SecondaryInterfaceId} */
  "secondary-interface": "|,secondaryInterface|0,1,2,14,15,61,65,94,102",
  /** The secondary-network resource type: arn:${Partition}:ec2:${Region}:${Account}:secondary-network/${SecondaryNetworkId} */
  "secondary-network": "|,secondaryNetwork|0,1,2,94,102",
  /** The secondary-subnet resource type: arn:${Partition}:ec2:${Region}:${Account}:secondary-subnet/${SecondarySubnetId} */
  "secondary-subnet": "|,secondarySubnet|0,1,2,94,102",
  /** The security-group resource type: arn:${Partition}:ec2:${Region}:${Account}:security-group/${SecurityGroupId} */
  "security-group": "|,securityGroup|0,1,2,61,65,94,102,108,128",
  /** The security-group-rule resource type: arn:${Partition}:ec2:${Region}:${Account}:security-group-rule/${SecurityGroupRuleId} */
  "security-group-rule": "|,securityGroupRule|0,1,2,94,102",
  /** The snapshot resource type: arn:${Partition}:ec2:${Region}::snapshot/${SnapshotId} */
  snapshot: "|,|0,1,2,4,5,8,9,14,31,61,65,66,74,75,76,77,90,94,97,98,102,110,111,112,113,114,117,125",
  /** The spot-fleet-request resource type: arn:${Partition}:ec2:${Region}:${Account}:spot-fleet-request/${SpotFleetRequestId} */
  "spot-fleet-request": "|,spotFleetRequest|0,1,2,8,9,94,102",
  /** The spot-instances-request resource type: arn:${Partition}:ec2:${Region}:${Account}:spot-instances-request/${SpotInstanceRequestId} */
  "spot-instances-request": "|,spotInstancesRequest|0,1,2,94,102",
  /** The subnet resource type: arn:${Partition}:ec2:${Region}:${Account}:subnet/${SubnetId} */
  subnet: "|,|0,1,2,8,9,14,15,58,59,61,65,94,102,119,128",
  /** The subnet-cidr-reservation resource type: arn:${Partition}:ec2:${Region}:${Account}:subnet-cidr-reservation/${SubnetCidrReservationId} */
  "subnet-cidr-reservation": "|,subnetCidrReservation|0,1,2,94,102",
  /** The traffic-mirror-filter resource type: arn:${Partition}:ec2:${Region}:${Account}:traffic-mirror-filter/${TrafficMirrorFilterId} */
  "traffic-mirror-filter": "|,trafficMirrorFilter|0,1,2,8,9,94,102",
  /** The traffic-mirror-filter-rule resource type: arn:${Partition}:ec2:${Region}:${Account}:traffic-mirror-filter-rule/${TrafficMirrorFilterRuleId} */
  "traffic-mirror-filter-rule": "|,trafficMirrorFilterRule|0,1,2,8,9,94,102",
  /** The traffic-mirror-session resource type: arn:${Partition}:ec2:${Region}:${Account}:traffic-mirror-session/${TrafficMirrorSessionId} */
  "traffic-mirror-session": "|,trafficMirrorSession|0,1,2,8,9,94,102",
  /** The traffic-mirror-target resource type: arn:${Partition}:ec2:${Region}:${Account}:traffic-mirror-target/${TrafficMirrorTargetId} */
  "traffic-mirror-target": "|,trafficMirrorTarget|0,1,2,94,102",
  /** The transit-gateway resource type: arn:${Partition}:ec2:${Region}:${Account}:transit-gateway/${TransitGatewayId} */
  "transit-gateway": "|,transitGateway|0,1,2,8,9,94,102,141",
  /** The transit-gateway-attachment resource type: arn:${Partition}:ec2:${Region}:${Account}:transit-gateway-attachment/${TransitGatewayAttachmentId} */
  "transit-gateway-attachment": "|,transitGatewayAttachment|0,1,2,8,9,94,102,139",
  /** The transit-gateway-connect-peer resource type: arn:${Partition}:ec2:${Region}:${Account}:transit-gateway-connect-peer/${TransitGatewayConnectPeerId} */
  "transit-gateway-connect-peer": "|,transitGatewayConnectPeer|0,1,2,94,102,140",
  /** The transit-gateway-metering-policy resource type: arn:${Partition}:ec2:${Region}:${Account}:transit-gateway-metering-policy/${TransitGatewayMeteringPolicyId} */
  "transit-gateway-metering-policy": "|,transitGatewayMeteringPolicy|0,1,2,9,94,102,142",
  /** The transit-gateway-multicast-domain resource type: arn:${Partition}:ec2:${Region}:${Account}:transit-gateway-multicast-domain/${TransitGatewayMulticastDomainId} */
  "transit-gateway-multicast-domain": "|,transitGatewayMulticastDomain|0,1,2,94,102,143",
  /** The transit-gateway-policy-table resource type: arn:${Partition}:ec2:${Region}:${Account}:transit-gateway-policy-table/${TransitGatewayPolicyTableId} */
  "transit-gateway-policy-table": "|,transitGatewayPolicyTable|0,1,2,94,102,144",
  /** The transit-gateway-route-table resource type: arn:${Partition}:ec2:${Region}:${Account}:transit-gateway-route-table/${TransitGatewayRouteTableId} */
  "transit-gateway-route-table": "|,transitGatewayRouteTable|0,1,2,8,9,94,102,146",
  /** The transit-gateway-route-table-announcement resource type: arn:${Partition}:ec2:${Region}:${Account}:transit-gateway-route-table-announcement/${TransitGatewayRouteTableAnnouncementId} */
  "transit-gateway-route-table-announcement": "|,transitGatewayRouteTableAnnouncement|0,1,2,94,102,145",
  /** The verified-access-endpoint resource type: arn:${Partition}:ec2:${Region}:${Account}:verified-access-endpoint/${VerifiedAccessEndpointId} */
  "verified-access-endpoint": "|,verifiedAccessEndpoint|0,1,2,9,94,102",
  /** The verified-access-endpoint-target resource type: arn:${Partition}:ec2:${Region}:${Account}:verified-access-endpoint-target/${VerifiedAccessEndpointTargetId} */
  "verified-access-endpoint-target": "|,verifiedAccessEndpointTarget|0,1,2,94,102",
  /** The verified-access-group resource type: arn:${Partition}:ec2:${Region}:${Account}:verified-access-group/${VerifiedAccessGroupId} */
  "verified-access-group": "|,verifiedAccessGroup|0,1,2,8,9,94,102",
  /** The verified-access-instance resource type: arn:${Partition}:ec2:${Region}:${Account}:verified-access-instance/${VerifiedAccessInstanceId} */
  "verified-access-instance": "|,verifiedAccessInstance|0,1,2,8,9,94,102",
  /** The verified-access-policy resource type: arn:${Partition}:ec2:${Region}:${Account}:verified-access-policy/${VerifiedAccessPolicyId} */
  "verified-access-policy": "|,verifiedAccessPolicy|0,1,2,94,102",
  /** The verified-access-trust-provider resource type: arn:${Partition}:ec2:${Region}:${Account}:verified-access-trust-provider/${VerifiedAccessTrustProviderId} */
  "verified-access-trust-provider": "|,verifiedAccessTrustProvider|0,1,2,8,9,94,102",
  /** The volume resource type: arn:${Partition}:ec2:${Region}:${Account}:volume/${VolumeId} */
  volume: "|,|0,1,2,8,9,14,15,31,61,64,65,67,76,77,94,102,122,123,124,125,126,127",
  /** The vpc resource type: arn:${Partition}:ec2:${Region}:${Account}:vpc/${VpcId} */
  vpc: "|,|0,1,2,8,9,58,59,94,102,121,129",
  /** The vpc-block-public-access-exclusion resource type: arn:${Partition}:ec2:${Region}:${Account}:vpc-block-public-access-exclusion/${VpcBlockPublicAccessExclusionId} */
  "vpc-block-public-access-exclusion": "|,vpcBlockPublicAccessExclusion|0,1,2,8,9,94,102",
  /** The vpc-encryption-control resource type: arn:${Partition}:ec2:${Region}:${Account}:vpc-encryption-control/${VpcEncryptionControlId} */
  "vpc-encryption-control": "|,vpcEncryptionControl|0,1,2,9,94,102",
  /** The vpc-endpoint resource type: arn:${Partition}:ec2:${Region}:${Account}:vpc-endpoint/${VpcEndpointId} */
  "vpc-endpoint": "|,vpcEndpoint|0,1,2,8,9,94,102,131,132,133,134,135,137",
  /** The vpc-endpoint-connection resource type: arn:${Partition}:ec2:${Region}:${Account}:vpc-endpoint-connection/${VpcEndpointConnectionId} */
  "vpc-endpoint-connection": "|,vpcEndpointConnection|0,1,2,94,102",
  /** The vpc-endpoint-service resource type: arn:${Partition}:ec2:${Region}:${Account}:vpc-endpoint-service/${VpcEndpointServiceId} */
  "vpc-endpoint-service": "|,vpcEndpointService|0,1,2,8,9,94,102,131,136,137,138",
  /** The vpc-endpoint-service-permission resource type: arn:${Partition}:ec2:${Region}:${Account}:vpc-endpoint-service-permission/${VpcEndpointServicePermissionId} */
  "vpc-endpoint-service-permission": "|,vpcEndpointServicePermission|0,1,2,94,102",
  /** The vpc-flow-log resource type: arn:${Partition}:ec2:${Region}:${Account}:vpc-flow-log/${VpcFlowLogId} */
  "vpc-flow-log": "|,vpcFlowLog|0,1,2,94,102",
  /** The vpc-peering-connection resource type: arn:${Partition}:ec2:${Region}:${Account}:vpc-peering-connection/${VpcPeeringConnectionId} */
  "vpc-peering-connection": "|,vpcPeeringConnection|0,1,2,3,8,9,94,100,102,130",
  /** The vpn-concentrator resource type: arn:${Partition}:ec2:${Region}:${Account}:vpn-concentrator/${VpnConcentratorId} */
  "vpn-concentrator": "|,vpnConcentrator|0,1,2,94,102",
  /** The vpn-connection resource type: arn:${Partition}:ec2:${Region}:${Account}:vpn-connection/${VpnConnectionId} */
  "vpn-connection": "|,vpnConnection|0,1,2,8,9,10,24,37,39,42,43,79,80,81,82,83,84,85,86,94,95,96,99,102,106",
  /** The vpn-connection-device-type resource type: arn:${Partition}:ec2:${Region}:${Account}:vpn-connection-device-type/${VpnConnectionDeviceTypeId} */
  "vpn-connection-device-type": "|,vpnConnectionDeviceType|94",
  /** The vpn-gateway resource type: arn:${Partition}:ec2:${Region}:${Account}:vpn-gateway/${VpnGatewayId} */
  "vpn-gateway": "|,vpnGateway|0,1,2,94,102",
} as const;
const arnFormats = {
  /** ARN of a capacity-block resource: arn:${Partition}:ec2:${Region}:${Account}:capacity-block/${CapacityBlockId}. */
  capacityBlock: "|,capacity-block|arn:|Partition|:ec2:|Region|:|Account|:capacity-block/|CapacityBlockId|",
  /** ARN of a capacity-manager-data-export resource: arn:${Partition}:ec2:${Region}:${Account}:capacity-manager-data-export/${CapacityManagerDataExportId}. */
  capacityManagerDataExport:
    "|,capacity-manager-data-export|arn:|Partition|:ec2:|Region|:|Account|:capacity-manager-data-export/|CapacityManagerDataExportId|",
  /** ARN of a capacity-reservation resource: arn:${Partition}:ec2:${Region}:${Account}:capacity-reservation/${CapacityReservationId}. */
  capacityReservation:
    "|,capacity-reservation|arn:|Partition|:ec2:|Region|:|Account|:capacity-reservation/|CapacityReservationId|",
  /** ARN of a capacity-reservation-fleet resource: arn:${Partition}:ec2:${Region}:${Account}:capacity-reservation-fleet/${CapacityReservationFleetId}. */
  capacityReservationFleet:
    "|,capacity-reservation-fleet|arn:|Partition|:ec2:|Region|:|Account|:capacity-reservation-fleet/|CapacityReservationFleetId|",
  /** ARN of a carrier-gateway resource: arn:${Partition}:ec2:${Region}:${Account}:carrier-gateway/${CarrierGatewayId}. */
  carrierGateway: "|,carrier-gateway|arn:|Partition|:ec2:|Region|:|Account|:carrier-gateway/|CarrierGatewayId|",
  /** ARN of a certificate resource: arn:${Partition}:acm:${Region}:${Account}:certificate/${CertificateId}. */
  certificate: "|,certificate|arn:|Partition|:acm:|Region|:|Account|:certificate/|CertificateId|",
  /** ARN of a client-vpn-endpoint resource: arn:${Partition}:ec2:${Region}:${Account}:client-vpn-endpoint/${ClientVpnEndpointId}. */
  clientVpnEndpoint:
    "|,client-vpn-endpoint|arn:|Partition|:ec2:|Region|:|Account|:client-vpn-endpoint/|ClientVpnEndpointId|",
  /** ARN of a coip-pool resource: arn:${Partition}:ec2:${Region}:${Account}:coip-pool/${Ipv4PoolCoipId}. */
  coipPool: "|,coip-pool|arn:|Partition|:ec2:|Region|:|Account|:coip-pool/|Ipv4PoolCoipId|",
  /** ARN of a customer-gateway resource: arn:${Partition}:ec2:${Region}:${Account}:customer-gateway/${CustomerGatewayId}. */
  customerGateway: "|,customer-gateway|arn:|Partition|:ec2:|Region|:|Account|:customer-gateway/|CustomerGatewayId|",
  /** ARN of a declarative-policies-report resource: arn:${Partition}:ec2:${Region}:${Account}:declarative-policies-report/${DeclarativePoliciesReportId}. */
  declarativePoliciesReport:
    "|,declarative-policies-report|arn:|Partition|:ec2:|Region|:|Account|:declarative-policies-report/|DeclarativePoliciesReportId|",
  /** ARN of a dedicated-host resource: arn:${Partition}:ec2:${Region}:${Account}:dedicated-host/${DedicatedHostId}. */
  dedicatedHost: "|,dedicated-host|arn:|Partition|:ec2:|Region|:|Account|:dedicated-host/|DedicatedHostId|",
  /** ARN of a dhcp-options resource: arn:${Partition}:ec2:${Region}:${Account}:dhcp-options/${DhcpOptionsId}. */
  dhcpOptions: "|,dhcp-options|arn:|Partition|:ec2:|Region|:|Account|:dhcp-options/|DhcpOptionsId|",
  /** ARN of a egress-only-internet-gateway resource: arn:${Partition}:ec2:${Region}:${Account}:egress-only-internet-gateway/${EgressOnlyInternetGatewayId}. */
  egressOnlyInternetGateway:
    "|,egress-only-internet-gateway|arn:|Partition|:ec2:|Region|:|Account|:egress-only-internet-gateway/|EgressOnlyInternetGatewayId|",
  /** ARN of a elastic-gpu resource: arn:${Partition}:ec2:${Region}:${Account}:elastic-gpu/${ElasticGpuId}. */
  elasticGpu: "|,elastic-gpu|arn:|Partition|:ec2:|Region|:|Account|:elastic-gpu/|ElasticGpuId|",
  /** ARN of a elastic-inference resource: arn:${Partition}:elastic-inference:${Region}:${Account}:elastic-inference-accelerator/${AcceleratorId}. */
  elasticInference:
    "|,elastic-inference|arn:|Partition|:elastic-inference:|Region|:|Account|:elastic-inference-accelerator/|AcceleratorId|",
  /** ARN of a elastic-ip resource: arn:${Partition}:ec2:${Region}:${Account}:elastic-ip/${AllocationId}. */
  elasticIp: "|,elastic-ip|arn:|Partition|:ec2:|Region|:|Account|:elastic-ip/|AllocationId|",
  /** ARN of a export-image-task resource: arn:${Partition}:ec2:${Region}:${Account}:export-image-task/${ExportImageTaskId}. */
  exportImageTask: "|,export-image-task|arn:|Partition|:ec2:|Region|:|Account|:export-image-task/|ExportImageTaskId|",
  /** ARN of a export-instance-task resource: arn:${Partition}:ec2:${Region}:${Account}:export-instance-task/${ExportTaskId}. */
  exportInstanceTask:
    "|,export-instance-task|arn:|Partition|:ec2:|Region|:|Account|:export-instance-task/|ExportTaskId|",
  /** ARN of a fleet resource: arn:${Partition}:ec2:${Region}:${Account}:fleet/${FleetId}. */
  fleet: "|,fleet|arn:|Partition|:ec2:|Region|:|Account|:fleet/|FleetId|",
  /** ARN of a fpga-image resource: arn:${Partition}:ec2:${Region}:${Account}:fpga-image/${FpgaImageId}. */
  fpgaImage: "|,fpga-image|arn:|Partition|:ec2:|Region|:|Account|:fpga-image/|FpgaImageId|",
  /** ARN of a group resource: arn:${Partition}:resource-groups:${Region}:${Account}:group/${GroupName}. */
  group: "|,group|arn:|Partition|:resource-groups:|Region|:|Account|:group/|GroupName|",
  /** ARN of a host-reservation resource: arn:${Partition}:ec2:${Region}:${Account}:host-reservation/${HostReservationId}. */
  hostReservation: "|,host-reservation|arn:|Partition|:ec2:|Region|:|Account|:host-reservation/|HostReservationId|",
  /** ARN of a image resource: arn:${Partition}:ec2:${Region}::image/${ImageId}. */
  image: "|,image|arn:|Partition|:ec2:|Region|::image/|ImageId|",
  /** ARN of a image-usage-report resource: arn:${Partition}:ec2:${Region}:${Account}:image-usage-report/${ImageUsageReportId}. */
  imageUsageReport:
    "|,image-usage-report|arn:|Partition|:ec2:|Region|:|Account|:image-usage-report/|ImageUsageReportId|",
  /** ARN of a import-image-task resource: arn:${Partition}:ec2:${Region}:${Account}:import-image-task/${ImportImageTaskId}. */
  importImageTask: "|,import-image-task|arn:|Partition|:ec2:|Region|:|Account|:import-image-task/|ImportImageTaskId|",
  /** ARN of a import-snapshot-task resource: arn:${Partition}:ec2:${Region}:${Account}:import-snapshot-task/${ImportSnapshotTaskId}. */
  importSnapshotTask:
    "|,import-snapshot-task|arn:|Partition|:ec2:|Region|:|Account|:import-snapshot-task/|ImportSnapshotTaskId|",
  /** ARN of a instance resource: arn:${Partition}:ec2:${Region}:${Account}:instance/${InstanceId}. */
  instance: "|,instance|arn:|Partition|:ec2:|Region|:|Account|:instance/|InstanceId|",
  /** ARN of a instance-connect-endpoint resource: arn:${Partition}:ec2:${Region}:${Account}:instance-connect-endpoint/${InstanceConnectEndpointId}. */
  instanceConnectEndpoint:
    "|,instance-connect-endpoint|arn:|Partition|:ec2:|Region|:|Account|:instance-connect-endpoint/|InstanceConnectEndpointId|",
  /** ARN of a instance-event-window resource: arn:${Partition}:ec2:${Region}:${Account}:instance-event-window/${InstanceEventWindowId}. */
  instanceEventWindow:
    "|,instance-event-window|arn:|Partition|:ec2:|Region|:|Account|:instance-event-window/|InstanceEventWindowId|",
  /** ARN of a internet-gateway resource: arn:${Partition}:ec2:${Region}:${Account}:internet-gateway/${InternetGatewayId}. */
  internetGateway: "|,internet-gateway|arn:|Partition|:ec2:|Region|:|Account|:internet-gateway/|InternetGatewayId|",
  /** ARN of a ipam resource: arn:${Partition}:ec2::${Account}:ipam/${IpamId}. */
  ipam: "|,ipam|arn:|Partition|:ec2::|Account|:ipam/|IpamId|",
  /** ARN of a ipam-external-resource-verification-token resource: arn:${Partition}:ec2::${Account}:ipam-external-resource-verification-token/${IpamExternalResourceVerificationTokenId}. */
  ipamExternalResourceVerificationToken:
    "|,ipam-external-resource-verification-token|arn:|Partition|:ec2::|Account|:ipam-external-resource-verification-token/|IpamExternalResourceVerificationTokenId|",
  /** ARN of a ipam-policy resource: arn:${Partition}:ec2::${Account}:ipam-policy/${IpamPolicyId}. */
  ipamPolicy: "|,ipam-policy|arn:|Partition|:ec2::|Account|:ipam-policy/|IpamPolicyId|",
  /** ARN of a ipam-pool resource: arn:${Partition}:ec2::${Account}:ipam-pool/${IpamPoolId}. */
  ipamPool: "|,ipam-pool|arn:|Partition|:ec2::|Account|:ipam-pool/|IpamPoolId|",
  /** ARN of a ipam-prefix-list-resolver resource: arn:${Partition}:ec2::${Account}:ipam-prefix-list-resolver/${IpamPrefixListResolverId}. */
  ipamPrefixListResolver:
    "|,ipam-prefix-list-resolver|arn:|Partition|:ec2::|Account|:ipam-prefix-list-resolver/|IpamPrefixListResolverId|",
  /** ARN of a ipam-prefix-list-resolver-target resource: arn:${Partition}:ec2::${Account}:ipam-prefix-list-resolver-target/${IpamPrefixListResolverTargetId}. */
  ipamPrefixListResolverTarget:
    "|,ipam-prefix-list-resolver-target|arn:|Partition|:ec2::|Account|:ipam-prefix-list-resolver-target/|IpamPrefixListResolverTargetId|",
  /** ARN of a ipam-resource-discovery resource: arn:${Partition}:ec2::${Account}:ipam-resource-discovery/${IpamResourceDiscoveryId}. */
  ipamResourceDiscovery:
    "|,ipam-resource-discovery|arn:|Partition|:ec2::|Account|:ipam-resource-discovery/|IpamResourceDiscoveryId|",
  /** ARN of a ipam-resource-discovery-association resource: arn:${Partition}:ec2::${Account}:ipam-resource-discovery-association/${IpamResourceDiscoveryAssociationId}. */
  ipamResourceDiscoveryAssociation:
    "|,ipam-resource-discovery-association|arn:|Partition|:ec2::|Account|:ipam-resource-discovery-association/|IpamResourceDiscoveryAssociationId|",
  /** ARN of a ipam-scope resource: arn:${Partition}:ec2::${Account}:ipam-scope/${IpamScopeId}. */
  ipamScope: "|,ipam-scope|arn:|Partition|:ec2::|Account|:ipam-scope/|IpamScopeId|",
  /** ARN of a ipv4pool-ec2 resource: arn:${Partition}:ec2:${Region}:${Account}:ipv4pool-ec2/${Ipv4PoolEc2Id}. */
  ipv4poolEc2: "|,ipv4pool-ec2|arn:|Partition|:ec2:|Region|:|Account|:ipv4pool-ec2/|Ipv4PoolEc2Id|",
  /** ARN of a ipv6pool-ec2 resource: arn:${Partition}:ec2:${Region}:${Account}:ipv6pool-ec2/${Ipv6PoolEc2Id}. */
  ipv6poolEc2: "|,ipv6pool-ec2|arn:|Partition|:ec2:|Region|:|Account|:ipv6pool-ec2/|Ipv6PoolEc2Id|",
  /** ARN of a key-pair resource: arn:${Partition}:ec2:${Region}:${Account}:key-pair/${KeyPairName}. */
  keyPair: "|,key-pair|arn:|Partition|:ec2:|Region|:|Account|:key-pair/|KeyPairName|",
  /** ARN of a launch-template resource: arn:${Partition}:ec2:${Region}:${Account}:launch-template/${LaunchTemplateId}. */
  launchTemplate: "|,launch-template|arn:|Partition|:ec2:|Region|:|Account|:launch-template/|LaunchTemplateId|",
  /** ARN of a license-configuration resource: arn:${Partition}:license-manager:${Region}:${Account}:license-configuration:${LicenseConfigurationId}. */
  licenseConfiguration:
    "|,license-configuration|arn:|Partition|:license-manager:|Region|:|Account|:license-configuration:|LicenseConfigurationId|",
  /** ARN of a local-gateway resource: arn:${Partition}:ec2:${Region}:${Account}:local-gateway/${LocalGatewayId}. */
  localGateway: "|,local-gateway|arn:|Partition|:ec2:|Region|:|Account|:local-gateway/|LocalGatewayId|",
  /** ARN of a local-gateway-route-table resource: arn:${Partition}:ec2:${Region}:${Account}:local-gateway-route-table/${LocalGatewayRoutetableId}. */
  localGatewayRouteTable:
    "|,local-gateway-route-table|arn:|Partition|:ec2:|Region|:|Account|:local-gateway-route-table/|LocalGatewayRoutetableId|",
  /** ARN of a local-gateway-route-table-virtual-interface-group-association resource: arn:${Partition}:ec2:${Region}:${Account}:local-gateway-route-table-virtual-interface-group-association/${LocalGatewayRouteTableVirtualInterfaceGroupAssociationId}. */
  localGatewayRouteTableVirtualInterfaceGroupAssociation:
    "|,local-gateway-route-table-virtual-interface-group-association|arn:|Partition|:ec2:|Region|:|Account|:local-gateway-route-table-virtual-interface-group-association/|LocalGatewayRouteTableVirtualInterfaceGroupAssociationId|",
  /** ARN of a local-gateway-route-table-vpc-association resource: arn:${Partition}:ec2:${Region}:${Account}:local-gateway-route-table-vpc-association/${LocalGatewayRouteTableVpcAssociationId}. */
  localGatewayRouteTableVpcAssociation:
    "|,local-gateway-route-table-vpc-association|arn:|Partition|:ec2:|Region|:|Account|:local-gateway-route-table-vpc-association/|LocalGatewayRouteTableVpcAssociationId|",
  /** ARN of a local-gateway-virtual-interface resource: arn:${Partition}:ec2:${Region}:${Account}:local-gateway-virtual-interface/${LocalGatewayVirtualInterfaceId}. */
  localGatewayVirtualInterface:
    "|,local-gateway-virtual-interface|arn:|Partition|:ec2:|Region|:|Account|:local-gateway-virtual-interface/|LocalGatewayVirtualInterfaceId|",
  /** ARN of a local-gateway-virtual-interface-group resource: arn:${Partition}:ec2:${Region}:${Account}:local-gateway-virtual-interface-group/${LocalGatewayVirtualInterfaceGroupId}. */
  localGatewayVirtualInterfaceGroup:
    "|,local-gateway-virtual-interface-group|arn:|Partition|:ec2:|Region|:|Account|:local-gateway-virtual-interface-group/|LocalGatewayVirtualInterfaceGroupId|",
  /** ARN of a mac-modification-task resource: arn:${Partition}:ec2:${Region}:${Account}:mac-modification-task/${MacModificationTaskId}. */
  macModificationTask:
    "|,mac-modification-task|arn:|Partition|:ec2:|Region|:|Account|:mac-modification-task/|MacModificationTaskId|",
  /** ARN of a natgateway resource: arn:${Partition}:ec2:${Region}:${Account}:natgateway/${NatGatewayId}. */
  natgateway: "|,natgateway|arn:|Partition|:ec2:|Region|:|Account|:natgateway/|NatGatewayId|",
  /** ARN of a network-acl resource: arn:${Partition}:ec2:${Region}:${Account}:network-acl/${NaclId}. */
  networkAcl: "|,network-acl|arn:|Partition|:ec2:|Region|:|Account|:network-acl/|NaclId|",
  /** ARN of a network-insights-access-scope resource: arn:${Partition}:ec2:${Region}:${Account}:network-insights-access-scope/${NetworkInsightsAccessScopeId}. */
  networkInsightsAccessScope:
    "|,network-insights-access-scope|arn:|Partition|:ec2:|Region|:|Account|:network-insights-access-scope/|NetworkInsightsAccessScopeId|",
  /** ARN of a network-insights-access-scope-analysis resource: arn:${Partition}:ec2:${Region}:${Account}:network-insights-access-scope-analysis/${NetworkInsightsAccessScopeAnalysisId}. */
  networkInsightsAccessScopeAnalysis:
    "|,network-insights-access-scope-analysis|arn:|Partition|:ec2:|Region|:|Account|:network-insights-access-scope-analysis/|NetworkInsightsAccessScopeAnalysisId|",
  /** ARN of a network-insights-analysis resource: arn:${Partition}:ec2:${Region}:${Account}:network-insights-analysis/${NetworkInsightsAnalysisId}. */
  networkInsightsAnalysis:
    "|,network-insights-analysis|arn:|Partition|:ec2:|Region|:|Account|:network-insights-analysis/|NetworkInsightsAnalysisId|",
  /** ARN of a network-insights-path resource: arn:${Partition}:ec2:${Region}:${Account}:network-insights-path/${NetworkInsightsPathId}. */
  networkInsightsPath:
    "|,network-insights-path|arn:|Partition|:ec2:|Region|:|Account|:network-insights-path/|NetworkInsightsPathId|",
  /** ARN of a network-interface resource: arn:${Partition}:ec2:${Region}:${Account}:network-interface/${NetworkInterfaceId}. */
  networkInterface: "|,network-interface|arn:|Partition|:ec2:|Region|:|Account|:network-interface/|NetworkInterfaceId|",
  /** ARN of a outpost-lag resource: arn:${Partition}:ec2:${Region}:${Account}:outpost-lag/${OutpostLagId}. */
  outpostLag: "|,outpost-lag|arn:|Partition|:ec2:|Region|:|Account|:outpost-lag/|OutpostLagId|",
  /** ARN of a placement-group resource: arn:${Partition}:ec2:${Region}:${Account}:placement-group/${PlacementGroupName}. */
  placementGroup: "|,placement-group|arn:|Partition|:ec2:|Region|:|Account|:placement-group/|PlacementGroupName|",
  /** ARN of a prefix-list resource: arn:${Partition}:ec2:${Region}:${Account}:prefix-list/${PrefixListId}. */
  prefixList: "|,prefix-list|arn:|Partition|:ec2:|Region|:|Account|:prefix-list/|PrefixListId|",
  /** ARN of a replace-root-volume-task resource: arn:${Partition}:ec2:${Region}:${Account}:replace-root-volume-task/${ReplaceRootVolumeTaskId}. */
  replaceRootVolumeTask:
    "|,replace-root-volume-task|arn:|Partition|:ec2:|Region|:|Account|:replace-root-volume-task/|ReplaceRootVolumeTaskId|",
  /** ARN of a reserved-instances resource: arn:${Partition}:ec2:${Region}:${Account}:reserved-instances/${ReservationId}. */
  reservedInstances: "|,reserved-instances|arn:|Partition|:ec2:|Region|:|Account|:reserved-instances/|ReservationId|",
  /** ARN of a role resource: arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}. */
  role: "|,role|arn:|Partition|:iam::|Account|:role/|RoleNameWithPath|",
  /** ARN of a route-server resource: arn:${Partition}:ec2:${Region}:${Account}:route-server/${RouteServerId}. */
  routeServer: "|,route-server|arn:|Partition|:ec2:|Region|:|Account|:route-server/|RouteServerId|",
  /** ARN of a route-server-endpoint resource: arn:${Partition}:ec2:${Region}:${Account}:route-server-endpoint/${RouteServerEndpointId}. */
  routeServerEndpoint:
    "|,route-server-endpoint|arn:|Partition|:ec2:|Region|:|Account|:route-server-endpoint/|RouteServerEndpointId|",
  /** ARN of a route-server-peer resource: arn:${Partition}:ec2:${Region}:${Account}:route-server-peer/${RouteServerPeerId}. */
  routeServerPeer: "|,route-server-peer|arn:|Partition|:ec2:|Region|:|Account|:route-server-peer/|RouteServerPeerId|",
  /** ARN of a route-table resource: arn:${Partition}:ec2:${Region}:${Account}:route-table/${RouteTableId}. */
  routeTable: "|,route-table|arn:|Partition|:ec2:|Region|:|Account|:route-table/|RouteTableId|",
  /** ARN of a secondary-interface resource: arn:${Partition}:ec2:${Region}:${Account}:secondary-interface/${SecondaryInterfaceId}. */
  secondaryInterface:
    "|,secondary-interface|arn:|Partition|:ec2:|Region|:|Account|:secondary-interface/|SecondaryInterfaceId|",
  /** ARN of a secondary-network resource: arn:${Partition}:ec2:${Region}:${Account}:secondary-network/${SecondaryNetworkId}. */
  secondaryNetwork: "|,secondary-network|arn:|Partition|:ec2:|Region|:|Account|:secondary-network/|SecondaryNetworkId|",
  /** ARN of a secondary-subnet resource: arn:${Partition}:ec2:${Region}:${Account}:secondary-subnet/${SecondarySubnetId}. */
  secondarySubnet: "|,secondary-subnet|arn:|Partition|:ec2:|Region|:|Account|:secondary-subnet/|SecondarySubnetId|",
  /** ARN of a security-group resource: arn:${Partition}:ec2:${Region}:${Account}:security-group/${SecurityGroupId}. */
  securityGroup: "|,security-group|arn:|Partition|:ec2:|Region|:|Account|:security-group/|SecurityGroupId|",
  /** ARN of a security-group-rule resource: arn:${Partition}:ec2:${Region}:${Account}:security-group-rule/${SecurityGroupRuleId}. */
  securityGroupRule:
    "|,security-group-rule|arn:|Partition|:ec2:|Region|:|Account|:security-group-rule/|SecurityGroupRuleId|",
  /** ARN of a snapshot resource: arn:${Partition}:ec2:${Region}::snapshot/${SnapshotId}. */
  snapshot: "|,snapshot|arn:|Partition|:ec2:|Region|::snapshot/|SnapshotId|",
  /** ARN of a spot-fleet-request resource: arn:${Partition}:ec2:${Region}:${Account}:spot-fleet-request/${SpotFleetRequestId}. */
  spotFleetRequest:
    "|,spot-fleet-request|arn:|Partition|:ec2:|Region|:|Account|:spot-fleet-request/|SpotFleetRequestId|",
  /** ARN of a spot-instances-request resource: arn:${Partition}:ec2:${Region}:${Account}:spot-instances-request/${SpotInstanceRequestId}. */
  spotInstancesRequest:
    "|,spot-instances-request|arn:|Partition|:ec2:|Region|:|Account|:spot-instances-request/|SpotInstanceRequestId|",
  /** ARN of a subnet resource: arn:${Partition}:ec2:${Region}:${Account}:subnet/${SubnetId}. */
  subnet: "|,subnet|arn:|Partition|:ec2:|Region|:|Account|:subnet/|SubnetId|",
  /** ARN of a subnet-cidr-reservation resource: arn:${Partition}:ec2:${Region}:${Account}:subnet-cidr-reservation/${SubnetCidrReservationId}. */
  subnetCidrReservation:
    "|,subnet-cidr-reservation|arn:|Partition|:ec2:|Region|:|Account|:subnet-cidr-reservation/|SubnetCidrReservationId|",
  /** ARN of a traffic-mirror-filter resource: arn:${Partition}:ec2:${Region}:${Account}:traffic-mirror-filter/${TrafficMirrorFilterId}. */
  trafficMirrorFilter:
    "|,traffic-mirror-filter|arn:|Partition|:ec2:|Region|:|Account|:traffic-mirror-filter/|TrafficMirrorFilterId|",
  /** ARN of a traffic-mirror-filter-rule resource: arn:${Partition}:ec2:${Region}:${Account}:traffic-mirror-filter-rule/${TrafficMirrorFilterRuleId}. */
  trafficMirrorFilterRule:
    "|,traffic-mirror-filter-rule|arn:|Partition|:ec2:|Region|:|Account|:traffic-mirror-filter-rule/|TrafficMirrorFilterRuleId|",
  /** ARN of a traffic-mirror-session resource: arn:${Partition}:ec2:${Region}:${Account}:traffic-mirror-session/${TrafficMirrorSessionId}. */
  trafficMirrorSession:
    "|,traffic-mirror-session|arn:|Partition|:ec2:|Region|:|Account|:traffic-mirror-session/|TrafficMirrorSessionId|",
  /** ARN of a traffic-mirror-target resource: arn:${Partition}:ec2:${Region}:${Account}:traffic-mirror-target/${TrafficMirrorTargetId}. */
  trafficMirrorTarget:
    "|,traffic-mirror-target|arn:|Partition|:ec2:|Region|:|Account|:traffic-mirror-target/|TrafficMirrorTargetId|",
  /** ARN of a transit-gateway resource: arn:${Partition}:ec2:${Region}:${Account}:transit-gateway/${TransitGatewayId}. */
  transitGateway: "|,transit-gateway|arn:|Partition|:ec2:|Region|:|Account|:transit-gateway/|TransitGatewayId|",
  /** ARN of a transit-gateway-attachment resource: arn:${Partition}:ec2:${Region}:${Account}:transit-gateway-attachment/${TransitGatewayAttachmentId}. */
  transitGatewayAttachment:
    "|,transit-gateway-attachment|arn:|Partition|:ec2:|Region|:|Account|:transit-gateway-attachment/|TransitGatewayAttachmentId|",
  /** ARN of a transit-gateway-connect-peer resource: arn:${Partition}:ec2:${Region}:${Account}:transit-gateway-connect-peer/${TransitGatewayConnectPeerId}. */
  transitGatewayConnectPeer:
    "|,transit-gateway-connect-peer|arn:|Partition|:ec2:|Region|:|Account|:transit-gateway-connect-peer/|TransitGatewayConnectPeerId|",
  /** ARN of a transit-gateway-metering-policy resource: arn:${Partition}:ec2:${Region}:${Account}:transit-gateway-metering-policy/${TransitGatewayMeteringPolicyId}. */
  transitGatewayMeteringPolicy:
    "|,transit-gateway-metering-policy|arn:|Partition|:ec2:|Region|:|Account|:transit-gateway-metering-policy/|TransitGatewayMeteringPolicyId|",
  /** ARN of a transit-gateway-multicast-domain resource: arn:${Partition}:ec2:${Region}:${Account}:transit-gateway-multicast-domain/${TransitGatewayMulticastDomainId}. */
  transitGatewayMulticastDomain:
    "|,transit-gateway-multicast-domain|arn:|Partition|:ec2:|Region|:|Account|:transit-gateway-multicast-domain/|TransitGatewayMulticastDomainId|",
  /** ARN of a transit-gateway-policy-table resource: arn:${Partition}:ec2:${Region}:${Account}:transit-gateway-policy-table/${TransitGatewayPolicyTableId}. */
  transitGatewayPolicyTable:
    "|,transit-gateway-policy-table|arn:|Partition|:ec2:|Region|:|Account|:transit-gateway-policy-table/|TransitGatewayPolicyTableId|",
  /** ARN of a transit-gateway-route-table resource: arn:${Partition}:ec2:${Region}:${Account}:transit-gateway-route-table/${TransitGatewayRouteTableId}. */
  transitGatewayRouteTable:
    "|,transit-gateway-route-table|arn:|Partition|:ec2:|Region|:|Account|:transit-gateway-route-table/|TransitGatewayRouteTableId|",
  /** ARN of a transit-gateway-route-table-announcement resource: arn:${Partition}:ec2:${Region}:${Account}:transit-gateway-route-table-announcement/${TransitGatewayRouteTableAnnouncementId}. */
  transitGatewayRouteTableAnnouncement:
    "|,transit-gateway-route-table-announcement|arn:|Partition|:ec2:|Region|:|Account|:transit-gateway-route-table-announcement/|TransitGatewayRouteTableAnnouncementId|",
  /** ARN of a verified-access-endpoint resource: arn:${Partition}:ec2:${Region}:${Account}:verified-access-endpoint/${VerifiedAccessEndpointId}. */
  verifiedAccessEndpoint:
    "|,verified-access-endpoint|arn:|Partition|:ec2:|Region|:|Account|:verified-access-endpoint/|VerifiedAccessEndpointId|",
  /** ARN of a verified-access-endpoint-target resource: arn:${Partition}:ec2:${Region}:${Account}:verified-access-endpoint-target/${VerifiedAccessEndpointTargetId}. */
  verifiedAccessEndpointTarget:
    "|,verified-access-endpoint-target|arn:|Partition|:ec2:|Region|:|Account|:verified-access-endpoint-target/|VerifiedAccessEndpointTargetId|",
  /** ARN of a verified-access-group resource: arn:${Partition}:ec2:${Region}:${Account}:verified-access-group/${VerifiedAccessGroupId}. */
  verifiedAccessGroup:
    "|,verified-access-group|arn:|Partition|:ec2:|Region|:|Account|:verified-access-group/|VerifiedAccessGroupId|",
  /** ARN of a verified-access-instance resource: arn:${Partition}:ec2:${Region}:${Account}:verified-access-instance/${VerifiedAccessInstanceId}. */
  verifiedAccessInstance:
    "|,verified-access-instance|arn:|Partition|:ec2:|Region|:|Account|:verified-access-instance/|VerifiedAccessInstanceId|",
  /** ARN of a verified-access-policy resource: arn:${Partition}:ec2:${Region}:${Account}:verified-access-policy/${VerifiedAccessPolicyId}. */
  verifiedAccessPolicy:
    "|,verified-access-policy|arn:|Partition|:ec2:|Region|:|Account|:verified-access-policy/|VerifiedAccessPolicyId|",
  /** ARN of a verified-access-trust-provider resource: arn:${Partition}:ec2:${Region}:${Account}:verified-access-trust-provider/${VerifiedAccessTrustProviderId}. */
  verifiedAccessTrustProvider:
    "|,verified-access-trust-provider|arn:|Partition|:ec2:|Region|:|Account|:verified-access-trust-provider/|VerifiedAccessTrustProviderId|",
  /** ARN of a volume resource: arn:${Partition}:ec2:${Region}:${Account}:volume/${VolumeId}. */
  volume: "|,volume|arn:|Partition|:ec2:|Region|:|Account|:volume/|VolumeId|",
  /** ARN of a vpc resource: arn:${Partition}:ec2:${Region}:${Account}:vpc/${VpcId}. */
  vpc: "|,vpc|arn:|Partition|:ec2:|Region|:|Account|:vpc/|VpcId|",
  /** ARN of a vpc-block-public-access-exclusion resource: arn:${Partition}:ec2:${Region}:${Account}:vpc-block-public-access-exclusion/${VpcBlockPublicAccessExclusionId}. */
  vpcBlockPublicAccessExclusion:
    "|,vpc-block-public-access-exclusion|arn:|Partition|:ec2:|Region|:|Account|:vpc-block-public-access-exclusion/|VpcBlockPublicAccessExclusionId|",
  /** ARN of a vpc-encryption-control resource: arn:${Partition}:ec2:${Region}:${Account}:vpc-encryption-control/${VpcEncryptionControlId}. */
  vpcEncryptionControl:
    "|,vpc-encryption-control|arn:|Partition|:ec2:|Region|:|Account|:vpc-encryption-control/|VpcEncryptionControlId|",
  /** ARN of a vpc-endpoint resource: arn:${Partition}:ec2:${Region}:${Account}:vpc-endpoint/${VpcEndpointId}. */
  vpcEndpoint: "|,vpc-endpoint|arn:|Partition|:ec2:|Region|:|Account|:vpc-endpoint/|VpcEndpointId|",
  /** ARN of a vpc-endpoint-connection resource: arn:${Partition}:ec2:${Region}:${Account}:vpc-endpoint-connection/${VpcEndpointConnectionId}. */
  vpcEndpointConnection:
    "|,vpc-endpoint-connection|arn:|Partition|:ec2:|Region|:|Account|:vpc-endpoint-connection/|VpcEndpointConnectionId|",
  /** ARN of a vpc-endpoint-service resource: arn:${Partition}:ec2:${Region}:${Account}:vpc-endpoint-service/${VpcEndpointServiceId}. */
  vpcEndpointService:
    "|,vpc-endpoint-service|arn:|Partition|:ec2:|Region|:|Account|:vpc-endpoint-service/|VpcEndpointServiceId|",
  /** ARN of a vpc-endpoint-service-permission resource: arn:${Partition}:ec2:${Region}:${Account}:vpc-endpoint-service-permission/${VpcEndpointServicePermissionId}. */
  vpcEndpointServicePermission:
    "|,vpc-endpoint-service-permission|arn:|Partition|:ec2:|Region|:|Account|:vpc-endpoint-service-permission/|VpcEndpointServicePermissionId|",
  /** ARN of a vpc-flow-log resource: arn:${Partition}:ec2:${Region}:${Account}:vpc-flow-log/${VpcFlowLogId}. */
  vpcFlowLog: "|,vpc-flow-log|arn:|Partition|:ec2:|Region|:|Account|:vpc-flow-log/|VpcFlowLogId|",
  /** ARN of a vpc-peering-connection resource: arn:${Partition}:ec2:${Region}:${Account}:vpc-peering-connection/${VpcPeeringConnectionId}. */
  vpcPeeringConnection:
    "|,vpc-peering-connection|arn:|Partition|:ec2:|Region|:|Account|:vpc-peering-connection/|VpcPeeringConnectionId|",
  /** ARN of a vpn-concentrator resource: arn:${Partition}:ec2:${Region}:${Account}:vpn-concentrator/${VpnConcentratorId}. */
  vpnConcentrator: "|,vpn-concentrator|arn:|Partition|:ec2:|Region|:|Account|:vpn-concentrator/|VpnConcentratorId|",
  /** ARN of a vpn-connection resource: arn:${Partition}:ec2:${Region}:${Account}:vpn-connection/${VpnConnectionId}. */
  vpnConnection: "|,vpn-connection|arn:|Partition|:ec2:|Region|:|Account|:vpn-connection/|VpnConnectionId|",
  /** ARN of a vpn-connection-device-type resource: arn:${Partition}:ec2:${Region}:${Account}:vpn-connection-device-type/${VpnConnectionDeviceTypeId}. */
  vpnConnectionDeviceType:
    "|,vpn-connection-device-type|arn:|Partition|:ec2:|Region|:|Account|:vpn-connection-device-type/|VpnConnectionDeviceTypeId|",
  /** ARN of a vpn-gateway resource: arn:${Partition}:ec2:${Region}:${Account}:vpn-gateway/${VpnGatewayId}. */
  vpnGateway: "|,vpn-gateway|arn:|Partition|:ec2:|Region|:|Account|:vpn-gateway/|VpnGatewayId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "capacity-block",
  "capacity-manager-data-export",
  "capacity-reservation",
  "capacity-reservation-fleet",
  "carrier-gateway",
  "certificate",
  "client-vpn-endpoint",
  "coip-pool",
  "customer-gateway",
  "declarative-policies-report",
  "dedicated-host",
  "dhcp-options",
  "egress-only-internet-gateway",
  "elastic-gpu",
  "elastic-inference",
  "elastic-ip",
  "export-image-task",
  "export-instance-task",
  "fleet",
  "fpga-image",
  "group",
  "host-reservation",
  "image",
  "image-usage-report",
  "import-image-task",
  "import-snapshot-task",
  "instance",
  "instance-connect-endpoint",
  "instance-event-window",
  "internet-gateway",
  "ipam",
  "ipam-external-resource-verification-token",
  "ipam-policy",
  "ipam-pool",
  "ipam-prefix-list-resolver",
  "ipam-prefix-list-resolver-target",
  "ipam-resource-discovery",
  "ipam-resource-discovery-association",
  "ipam-scope",
  "ipv4pool-ec2",
  "ipv6pool-ec2",
  "key-pair",
  "launch-template",
  "license-configuration",
  "local-gateway",
  "local-gateway-route-table",
  "local-gateway-route-table-virtual-interface-group-association",
  "local-gateway-route-table-vpc-association",
  "local-gateway-virtual-interface",
  "local-gateway-virtual-interface-group",
  "mac-modification-task",
  "natgateway",
  "network-acl",
  "network-insights-access-scope",
  "network-insights-access-scope-analysis",
  "network-insights-analysis",
  "network-insights-path",
  "network-interface",
  "outpost-lag",
  "placement-group",
  "prefix-list",
  "replace-root-volume-task",
  "reserved-instances",
  "role",
  "route-server",
  "route-server-endpoint",
  "route-server-peer",
  "route-table",
  "secondary-interface",
  "secondary-network",
  "secondary-subnet",
  "security-group",
  "security-group-rule",
  "snapshot",
  "spot-fleet-request",
  "spot-instances-request",
  "subnet",
  "subnet-cidr-reservation",
  "traffic-mirror-filter",
  "traffic-mirror-filter-rule",
  "traffic-mirror-session",
  "traffic-mirror-target",
  "transit-gateway",
  "transit-gateway-attachment",
  "transit-gateway-connect-peer",
  "transit-gateway-metering-policy",
  "transit-gateway-multicast-domain",
  "transit-gateway-policy-table",
  "transit-gateway-route-table",
  "transit-gateway-route-table-announcement",
  "verified-access-endpoint",
  "verified-access-endpoint-target",
  "verified-access-group",
  "verified-access-instance",
  "verified-access-policy",
  "verified-access-trust-provider",
  "volume",
  "vpc",
  "vpc-block-public-access-exclusion",
  "vpc-encryption-control",
  "vpc-endpoint",
  "vpc-endpoint-connection",
  "vpc-endpoint-service",
  "vpc-endpoint-service-permission",
  "vpc-flow-log",
  "vpc-peering-connection",
  "vpn-concentrator",
  "vpn-connection",
  "vpn-connection-device-type",
  "vpn-gateway",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "ec2">;
/** Any ec2 action. */
export type Action = ActionOf<typeof actionFacts, "ec2">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "ec2">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "ec2" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every ec2 action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by an attribute being set on a resource. */
  [key: `ec2:Attribute/${string}`]: "String";
  /** Filters access by a tag key and value pair of a resource. */
  [key: `ec2:ResourceTag/${string}`]: "String";
  /** Filters access by a list of tag keys that are allowed in the request. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access by the ARN of an accepter VPC in a VPC peering connection. */
  "ec2:AccepterVpc": "ARN";
  /** Filters access by the group being added to a snapshot. */
  "ec2:Add/group": "String";
  /** Filters access by the account id being added to a snapshot. */
  "ec2:Add/userId": "String";
  /** Filters access by the allocation ID of the Elastic IP address. */
  "ec2:AllocationId": "String";
  /** Filters access by whether the user wants to associate a public IP address with the instance. */
  "ec2:AssociatePublicIpAddress": "Bool";
  /** Filters access by an attribute of a resource. */
  "ec2:Attribute": "String";
  /** Filters access by the authentication type for the VPN tunnel endpoints. */
  "ec2:AuthenticationType": "String";
  /** Filters access by the AWS service that has permission to use a resource. */
  "ec2:AuthorizedService": "String";
  /** Filters access by an IAM principal that has permission to use a resource. */
  "ec2:AuthorizedUser": "String";
  /** Filters access by the Auto Placement properties of a Dedicated Host. */
  "ec2:AutoPlacement": "String";
  /** Filters access by the name of an Availability Zone in an AWS Region. */
  "ec2:AvailabilityZone": "String";
  /** Filters access by the ID of an Availability Zone in an AWS Region. */
  "ec2:AvailabilityZoneId": "String";
  /** Filters access by the ARN of the Capacity Reservation Fleet. */
  "ec2:CapacityReservationFleet": "ARN";
  /** Filters access by the ARN of the client root certificate chain. */
  "ec2:ClientRootCertificateChainArn": "ARN";
  /** Filters access by the ARN of the CloudWatch Logs log group. */
  "ec2:CloudwatchLogGroupArn": "ARN";
  /** Filters access by the ARN of the CloudWatch Logs log stream. */
  "ec2:CloudwatchLogStreamArn": "ARN";
  /** Filters access by commitment duration of the Capacity Reservation. */
  "ec2:CommitmentDuration": "Numeric";
  /** Filters access by the state of AMD SEV-SNP CPU Options. Currently, only US East (Ohio) and Europe (Ireland) are supported. */
  "ec2:CpuOptionsAmdSevSnp": "String";
  /** Filters access by the name of a resource-creating API action. */
  "ec2:CreateAction": "String";
  /** Filters access by the date and time at which the Capacity Reservation was created. */
  "ec2:CreateDate": "Date";
  /** Filters access by the duration after which DPD timeout occurs on a VPN tunnel. */
  "ec2:DPDTimeoutSeconds": "Numeric";
  /** Filters access by the ID of the Capacity Reservation that you want to move capacity into. */
  "ec2:DestinationCapacityReservationId": "ARN";
  /** Filters access by the ID of a dynamic host configuration protocol (DHCP) options set. */
  "ec2:DhcpOptionsID": "String";
  /** Filters access by the ARN of the directory. */
  "ec2:DirectoryArn": "ARN";
  /** Filters access by the domain of the Elastic IP address. */
  "ec2:Domain": "String";
  /** Filters access by whether the instance is enabled for EBS optimization. */
  "ec2:EbsOptimized": "Bool";
  /** Filters access by the type of Elastic Graphics accelerator. */
  "ec2:ElasticGpuType": "String";
  /** Filters access by whether the EBS volume is encrypted. */
  "ec2:Encrypted": "Bool";
  /** Filters access by the date and time at which the Capacity Reservation ends. */
  "ec2:EndDate": "Date";
  /** Filters access by the way in which the Capacity Reservation ends. */
  "ec2:EndDateType": "String";
  /** Filters access by whether the instance is enabled for ephemeral storage. */
  "ec2:EphemeralStorage": "Bool";
  /** Filters access by the ID of an AWS FIS action. */
  "ec2:FisActionId": "String";
  /** Filters access by the ARN of an AWS FIS target. */
  "ec2:FisTargetArns": "ArrayOfARN";
  /** Filters access by the gateway type for a VPN endpoint on the AWS side of a VPN connection. */
  "ec2:GatewayType": "String";
  /** Filters access by whether host recovery is enabled for a Dedicated Host. */
  "ec2:HostRecovery": "String";
  /** Filters access by the internet key exchange (IKE) versions that are permitted for a VPN tunnel. */
  "ec2:IKEVersions": "ArrayOfString";
  /** Filters access by the ID of an image. */
  "ec2:ImageID": "String";
  /** Filters access by the type of image (machine, aki, or ari). */
  "ec2:ImageType": "String";
  /** Filters access by the range of inside IP addresses for a VPN tunnel. */
  "ec2:InsideTunnelCidr": "String";
  /** Filters access by a range of inside IPv6 addresses for a VPN tunnel. */
  "ec2:InsideTunnelIpv6Cidr": "String";
  /** Filters access by whether the instance type supports auto recovery. */
  "ec2:InstanceAutoRecovery": "String";
  /** Filters access by the bandwidth weighting of an instance. */
  "ec2:InstanceBandwidthWeighting": "String";
  /** Filters access by the number of instances. */
  "ec2:InstanceCount": "Numeric";
  /** Filters access by the ID of an instance. */
  "ec2:InstanceID": "String";
  /** Filters access by the market or purchasing option of an instance (capacity-block, on-demand, or spot). */
  "ec2:InstanceMarketType": "String";
  /** Filters access by the type of instance launches that the Capacity Reservation accepts. */
  "ec2:InstanceMatchCriteria": "String";
  /** Filters access by whether the instance allows access to instance tags from the instance metadata. */
  "ec2:InstanceMetadataTags": "String";
  /** Filters access by the type of operating system for which the Capacity Reservation reserves capacity. */
  "ec2:InstancePlatform": "ARN";
  /** Filters access by the ARN of an instance profile. */
  "ec2:InstanceProfile": "ARN";
  /** Filters access by the type of instance. */
  "ec2:InstanceType": "String";
  /** Filters access by the ID of an internet gateway. */
  "ec2:InternetGatewayID": "String";
  /** Filters access by the ID of an interruptible Capacity Reservation. */
  "ec2:InterruptibleCapacityReservationId": "String";
  /** Filters access by the type of interruption. */
  "ec2:InterruptionType": "String";
  /** Filters access by the IPAM prefix list resolver target ID that is syncing CIDRs to a managed prefix list. */
  "ec2:IpamPrefixListResolverTargetId": "String";
  /** Filters access by the ID of an IPAM pool provided for IPv4 CIDR block allocation. */
  "ec2:Ipv4IpamPoolId": "String";
  /** Filters access by the ID of an IPAM pool provided for IPv6 CIDR block allocation. */
  "ec2:Ipv6IpamPoolId": "String";
  /** Filters access by whether Capacity Reservations are interruptible. */
  "ec2:IsInterruptible": "Bool";
  /** Filters access by whether users are able to override resources that are specified in the launch template. */
  "ec2:IsLaunchTemplateResource": "Bool";
  /** Filters access by the name of a key pair. */
  "ec2:KeyPairName": "String";
  /** Filters access by the type of a key pair. */
  "ec2:KeyPairType": "String";
  /** Filters access by the ID of an AWS KMS key provided in the request. */
  "ec2:KmsKeyId": "String";
  /** Filters access by the ARN of a launch template. */
  "ec2:LaunchTemplate": "ARN";
  /** Filters access by the destination for the snapshot copy. */
  "ec2:Location": "String";
  /** Filters access by the presence of an EC2 operator provisioning a managed resource. */
  "ec2:ManagedResourceOperator": "String";
  /** Filters access by whether the HTTP endpoint is enabled for the instance metadata service. */
  "ec2:MetadataHttpEndpoint": "String";
  /** Filters access by the allowed number of hops when calling the instance metadata service. */
  "ec2:MetadataHttpPutResponseHopLimit": "Numeric";
  /** Filters access by whether tokens are required when calling the instance metadata service (optional or required). */
  "ec2:MetadataHttpTokens": "String";
  /** Filters access by the ID of a network access control list (ACL). */
  "ec2:NetworkAclID": "String";
  /** Filters access by the ID of an elastic network interface. */
  "ec2:NetworkInterfaceID": "String";
  /** Filters access by the ARN of the instance profile being attached. */
  "ec2:NewInstanceProfile": "ARN";
  /** Filters access by the ARN of the Outpost. */
  "ec2:OutpostArn": "ARN";
  /** Filters access by the owner of the resource (amazon, aws-marketplace, or an AWS account ID). */
  "ec2:Owner": "String";
  /** Filters access by the ARN of the parent snapshot. */
  "ec2:ParentSnapshot": "ARN";
  /** Filters access by the ARN of the parent volume from which the snapshot was created. */
  "ec2:ParentVolume": "ARN";
  /** Filters access by the type of permission for a resource (INSTANCE-ATTACH or EIP-ASSOCIATE). */
  "ec2:Permission": "String";
  /** Filters access by the Diffie-Hellman group numbers that are permitted for a VPN tunnel for the phase 1 IKE negotiations. */
  "ec2:Phase1DHGroup": "ArrayOfString";
  /** Filters access by the encryption algorithms that are permitted for a VPN tunnel for the phase 1 IKE negotiations. */
  "ec2:Phase1EncryptionAlgorithms": "ArrayOfString";
  /** Filters access by the integrity algorithms that are permitted for a VPN tunnel for the phase 1 IKE negotiations. */
  "ec2:Phase1IntegrityAlgorithms": "ArrayOfString";
  /** Filters access by the lifetime in seconds for phase 1 of the IKE negotiations for a VPN tunnel. */
  "ec2:Phase1LifetimeSeconds": "Numeric";
  /** Filters access by the Diffie-Hellman group numbers that are permitted for a VPN tunnel for the phase 2 IKE negotiations. */
  "ec2:Phase2DHGroup": "ArrayOfString";
  /** Filters access by the encryption algorithms that are permitted for a VPN tunnel for the phase 2 IKE negotiations. */
  "ec2:Phase2EncryptionAlgorithms": "ArrayOfString";
  /** Filters access by the integrity algorithms that are permitted for a VPN tunnel for the phase 2 IKE negotiations. */
  "ec2:Phase2IntegrityAlgorithms": "ArrayOfString";
  /** Filters access by the lifetime in seconds for phase 2 of the IKE negotiations for a VPN tunnel. */
  "ec2:Phase2LifetimeSeconds": "Numeric";
  /** Filters access by the ARN of the placement group. */
  "ec2:PlacementGroup": "ARN";
  /** Filters access by the name of a placement group. */
  "ec2:PlacementGroupName": "String";
  /** Filters access by the instance placement strategy used by the placement group (cluster, spread, or partition). */
  "ec2:PlacementGroupStrategy": "String";
  /** Filters access by the product code that is associated with the AMI. */
  "ec2:ProductCode": "String";
  /** Filters access by whether the image has public launch permissions. */
  "ec2:Public": "Bool";
  /** Filters access by a public IP address. */
  "ec2:PublicIpAddress": "String";
  /** Filters access by the number of Dedicated Hosts in a request. */
  "ec2:Quantity": "Numeric";
  /** Filters access by the name of the AWS Region. */
  "ec2:Region": "String";
  /** Filters access by the percentage of increase of the rekey window (determined by the rekey margin time) within which the rekey time is randomly selected for a VPN tunnel. */
  "ec2:RekeyFuzzPercentage": "Numeric";
  /** Filters access by the margin time before the phase 2 lifetime expires for a VPN tunnel. */
  "ec2:RekeyMarginTimeSeconds": "Numeric";
  /** Filters access by the group being removed from a snapshot. */
  "ec2:Remove/group": "String";
  /** Filters access by the account id being removed from a snapshot. */
  "ec2:Remove/userId": "String";
  /** Filters access by the number of packets in an IKE replay window. */
  "ec2:ReplayWindowSizePackets": "String";
  /** Filters access by the ARN of a requester VPC in a VPC peering connection. */
  "ec2:RequesterVpc": "ARN";
  /** Filters access by the payment option of the Reserved Instance offering (No Upfront, Partial Upfront, or All Upfront). */
  "ec2:ReservedInstancesOfferingType": "String";
  /** Filters access by the version of the instance metadata service for retrieving IAM role credentials for EC2. */
  "ec2:RoleDelivery": "Numeric";
  /** Filters access by the root device type of the instance (ebs or instance-store). */
  "ec2:RootDeviceType": "String";
  /** Filters access by the ID of a route table. */
  "ec2:RouteTableID": "String";
  /** Filters access by the routing type for the VPN connection. */
  "ec2:RoutingType": "String";
  /** Filters access by the ARN of the IAM SAML identity provider. */
  "ec2:SamlProviderArn": "ARN";
  /** Filters access by the ID of a security group. */
  "ec2:SecurityGroupID": "String";
  /** Filters access by the ARN of the server certificate. */
  "ec2:ServerCertificateArn": "ARN";
  /** Filters access by the compliance mode cooling-off period. */
  "ec2:SnapshotCoolOffPeriod": "Numeric";
  /** Filters access by the ID of a snapshot. */
  "ec2:SnapshotID": "String";
  /** Filters access by the snapshot lock duration. */
  "ec2:SnapshotLockDuration": "Numeric";
  /** Filters access by the initiation time of a snapshot. */
  "ec2:SnapshotTime": "String";
  /** Filters access by the name of the Availability Zone from which the request originated. */
  "ec2:SourceAvailabilityZone": "String";
  /** Filters access by the ID of the Capacity Reservation from which you want to move capacity. */
  "ec2:SourceCapacityReservationId": "ARN";
  /** Filters access by the ARN of the instance from which the request originated. */
  "ec2:SourceInstanceARN": "ARN";
  /** Filters access by the ARN of the Outpost from which the request originated. */
  "ec2:SourceOutpostArn": "ARN";
  /** Filters access by the ARN of the subnet. */
  "ec2:Subnet": "ARN";
  /** Filters access by the ID of a subnet. */
  "ec2:SubnetID": "String";
  /** Filters access by the number of instances the interruptible Capacity Reservation is assigned. */
  "ec2:TargetInstanceCount": "Numeric";
  /** Filters access by the tenancy of the VPC or instance (default, dedicated, or host). */
  "ec2:Tenancy": "String";
  /** Filters access by the ID of a volume. */
  "ec2:VolumeID": "String";
  /** Filters access by the initialization rate of the volume, in MiBps. */
  "ec2:VolumeInitializationRate": "Numeric";
  /** Filters access by the the number of input/output operations per second (IOPS) provisioned for the volume. */
  "ec2:VolumeIops": "Numeric";
  /** Filters access by the size of the volume, in GiB. */
  "ec2:VolumeSize": "Numeric";
  /** Filters access by the throughput of the volume, in MiBps. */
  "ec2:VolumeThroughput": "Numeric";
  /** Filters access by the type of volume (gp2, gp3, io1, io2, st1, sc1, or standard). */
  "ec2:VolumeType": "String";
  /** Filters access by the ARN of the VPC. */
  "ec2:Vpc": "ARN";
  /** Filters access by the ID of a virtual private cloud (VPC). */
  "ec2:VpcID": "String";
  /** Filters access by the ID of a VPC peering connection. */
  "ec2:VpcPeeringConnectionID": "String";
  /** Filters access by multi region of the VPC endpoint service. */
  "ec2:VpceMultiRegion": "String";
  /** Filters access by the private DNS preference. */
  "ec2:VpcePrivateDnsPreference": "String";
  /** Filters access by the private DNS domains. */
  "ec2:VpcePrivateDnsSpecifiedDomains": "ArrayOfString";
  /** Filters access by the name of the VPC endpoint service. */
  "ec2:VpceServiceName": "String";
  /** Filters access by the service owner of the VPC endpoint service (amazon, aws-marketplace, or an AWS account ID). */
  "ec2:VpceServiceOwner": "String";
  /** Filters access by the private DNS name of the VPC endpoint service. */
  "ec2:VpceServicePrivateDnsName": "String";
  /** Filters access by the region of the VPC endpoint service. */
  "ec2:VpceServiceRegion": "String";
  /** Filters access by the supported region of the VPC endpoint service. */
  "ec2:VpceSupportedRegion": "String";
  /** Filters access by the ID of a transit gateway attachment. */
  "ec2:transitGatewayAttachmentId": "String";
  /** Filters access by the ID of a transit gateway connect peer. */
  "ec2:transitGatewayConnectPeerId": "String";
  /** Filters access by the ID of a transit gateway. */
  "ec2:transitGatewayId": "String";
  /** Filters access by the ID of a metering policy id. */
  "ec2:transitGatewayMeteringPolicyId": "String";
  /** Filters access by the ID of a transit gateway multicast domain. */
  "ec2:transitGatewayMulticastDomainId": "String";
  /** Filters access by the ID of a transit gateway policy table. */
  "ec2:transitGatewayPolicyTableId": "String";
  /** Filters access by the ID of a transit gateway route table announcement. */
  "ec2:transitGatewayRouteTableAnnouncementId": "String";
  /** Filters access by the ID of a transit gateway route table. */
  "ec2:transitGatewayRouteTableId": "String";
}

/** Condition key -> value type. */
export type ConditionKeys = ConditionKeysOf<ConditionKeyTypes>;

/** Condition key with a placeholder, as the reference writes it -> its template-literal key. */
export interface ConditionKeyPatterns {
  /** aws:RequestTag/${TagKey} */
  "aws:RequestTag/${TagKey}": `aws:RequestTag/${string}`;
  /** aws:ResourceTag/${TagKey} */
  "aws:ResourceTag/${TagKey}": `aws:ResourceTag/${string}`;
  /** ec2:Attribute/${AttributeName} */
  "ec2:Attribute/${AttributeName}": `ec2:Attribute/${string}`;
  /** ec2:ResourceTag/${TagKey} */
  "ec2:ResourceTag/${TagKey}": `ec2:ResourceTag/${string}`;
}

/** A condition key as the reference writes it. */
export type ConditionKeyName = (typeof conditionKeyList)[number];
/** Condition key -> description, types, deprecation. */
export type ConditionKeyInfos = { readonly [K in ConditionKeyName]: ConditionKeyInfo };
const conditionKeyRows: { readonly [K in ConditionKeyName]: string } = {
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by a tag key and value pair that is allowed in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by a tag key and value pair of a resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by a list of tag keys that are allowed in the request",
  "ec2:AccepterVpc": "|,ARN|0||Filters access by the ARN of an accepter VPC in a VPC peering connection",
  "ec2:Add/group": "|,String|0||Filters access by the group being added to a snapshot",
  "ec2:Add/userId": "|,String|0||Filters access by the account id being added to a snapshot",
  "ec2:AllocationId": "|,String|0||Filters access by the allocation ID of the Elastic IP address",
  "ec2:AssociatePublicIpAddress":
    "|,Bool|0||Filters access by whether the user wants to associate a public IP address with the instance",
  "ec2:Attribute": "|,String|0||Filters access by an attribute of a resource",
  "ec2:Attribute/${AttributeName}": "|,String|0||Filters access by an attribute being set on a resource",
  "ec2:AuthenticationType": "|,String|0||Filters access by the authentication type for the VPN tunnel endpoints",
  "ec2:AuthorizedService": "|,String|0||Filters access by the AWS service that has permission to use a resource",
  "ec2:AuthorizedUser": "|,String|0||Filters access by an IAM principal that has permission to use a resource",
  "ec2:AutoPlacement": "|,String|0||Filters access by the Auto Placement properties of a Dedicated Host",
  "ec2:AvailabilityZone": "|,String|0||Filters access by the name of an Availability Zone in an AWS Region",
  "ec2:AvailabilityZoneId": "|,String|0||Filters access by the ID of an Availability Zone in an AWS Region",
  "ec2:CapacityReservationFleet": "|,ARN|0||Filters access by the ARN of the Capacity Reservation Fleet",
  "ec2:ClientRootCertificateChainArn": "|,ARN|0||Filters access by the ARN of the client root certificate chain",
  "ec2:CloudwatchLogGroupArn": "|,ARN|0||Filters access by the ARN of the CloudWatch Logs log group",
  "ec2:CloudwatchLogStreamArn": "|,ARN|0||Filters access by the ARN of the CloudWatch Logs log stream",
  "ec2:CommitmentDuration": "|,Numeric|0||Filters access by commitment duration of the Capacity Reservation",
  "ec2:CpuOptionsAmdSevSnp":
    "|,String|0||Filters access by the state of AMD SEV-SNP CPU Options. Currently, only US East (Ohio) and Europe (Ireland) are supported",
  "ec2:CreateAction": "|,String|0||Filters access by the name of a resource-creating API action",
  "ec2:CreateDate": "|,Date|0||Filters access by the date and time at which the Capacity Reservation was created",
  "ec2:DPDTimeoutSeconds": "|,Numeric|0||Filters access by the duration after which DPD timeout occurs on a VPN tunnel",
  "ec2:DestinationCapacityReservationId":
    "|,ARN|0||Filters access by the ID of the Capacity Reservation that you want to move capacity into",
  "ec2:DhcpOptionsID":
    "|,String|0||Filters access by the ID of a dynamic host configuration protocol (DHCP) options set",
  "ec2:DirectoryArn": "|,ARN|0||Filters access by the ARN of the directory",
  "ec2:Domain": "|,String|0||Filters access by the domain of the Elastic IP address",
  "ec2:EbsOptimized": "|,Bool|0||Filters access by whether the instance is enabled for EBS optimization",
  "ec2:ElasticGpuType": "|,String|0||Filters access by the type of Elastic Graphics accelerator",
  "ec2:Encrypted": "|,Bool|0||Filters access by whether the EBS volume is encrypted",
  "ec2:EndDate": "|,Date|0||Filters access by the date and time at which the Capacity Reservation ends",
  "ec2:EndDateType": "|,String|0||Filters access by the way in which the Capacity Reservation ends",
  "ec2:EphemeralStorage": "|,Bool|0||Filters access by whether the instance is enabled for ephemeral storage",
  "ec2:FisActionId": "|,String|0||Filters access by the ID of an AWS FIS action",
  "ec2:FisTargetArns": "|,ArrayOfARN|0||Filters access by the ARN of an AWS FIS target",
  "ec2:GatewayType":
    "|,String|0||Filters access by the gateway type for a VPN endpoint on the AWS side of a VPN connection",
  "ec2:HostRecovery": "|,String|0||Filters access by whether host recovery is enabled for a Dedicated Host",
  "ec2:IKEVersions":
    "|,ArrayOfString|0||Filters access by the internet key exchange (IKE) versions that are permitted for a VPN tunnel",
  "ec2:ImageID": "|,String|0||Filters access by the ID of an image",
  "ec2:ImageType": "|,String|0||Filters access by the type of image (machine, aki, or ari)",
  "ec2:InsideTunnelCidr": "|,String|0||Filters access by the range of inside IP addresses for a VPN tunnel",
  "ec2:InsideTunnelIpv6Cidr": "|,String|0||Filters access by a range of inside IPv6 addresses for a VPN tunnel",
  "ec2:InstanceAutoRecovery": "|,String|0||Filters access by whether the instance type supports auto recovery",
  "ec2:InstanceBandwidthWeighting": "|,String|0||Filters access by the bandwidth weighting of an instance",
  "ec2:InstanceCount": "|,Numeric|0||Filters access by the number of instances",
  "ec2:InstanceID": "|,String|0||Filters access by the ID of an instance",
  "ec2:InstanceMarketType":
    "|,String|0||Filters access by the market or purchasing option of an instance (capacity-block, on-demand, or spot)",
  "ec2:InstanceMatchCriteria":
    "|,String|0||Filters access by the type of instance launches that the Capacity Reservation accepts",
  "ec2:InstanceMetadataTags":
    "|,String|0||Filters access by whether the instance allows access to instance tags from the instance metadata",
  "ec2:InstancePlatform":
    "|,ARN|0||Filters access by the type of operating system for which the Capacity Reservation reserves capacity",
  "ec2:InstanceProfile": "|,ARN|0||Filters access by the ARN of an instance profile",
  "ec2:InstanceType": "|,String|0||Filters access by the type of instance",
  "ec2:InternetGatewayID": "|,String|0||Filters access by the ID of an internet gateway",
  "ec2:InterruptibleCapacityReservationId":
    "|,String|0||Filters access by the ID of an interruptible Capacity Reservation",
  "ec2:InterruptionType": "|,String|0||Filters access by the type of interruption",
  "ec2:IpamPrefixListResolverTargetId":
    "|,String|0||Filters access by the IPAM prefix list resolver target ID that is syncing CIDRs to a managed prefix list",
  "ec2:Ipv4IpamPoolId": "|,String|0||Filters access by the ID of an IPAM pool provided for IPv4 CIDR block allocation",
  "ec2:Ipv6IpamPoolId": "|,String|0||Filters access by the ID of an IPAM pool provided for IPv6 CIDR block allocation",
  "ec2:IsInterruptible": "|,Bool|0||Filters access by whether Capacity Reservations are interruptible",
  "ec2:IsLaunchTemplateResource":
    "|,Bool|0||Filters access by whether users are able to override resources that are specified in the launch template",
  "ec2:KeyPairName": "|,String|0||Filters access by the name of a key pair",
  "ec2:KeyPairType": "|,String|0||Filters access by the type of a key pair",
  "ec2:KmsKeyId": "|,String|0||Filters access by the ID of an AWS KMS key provided in the request",
  "ec2:LaunchTemplate": "|,ARN|0||Filters access by the ARN of a launch template",
  "ec2:Location": "|,String|0||Filters access by the destination for the snapshot copy",
  "ec2:ManagedResourceOperator":
    "|,String|0||Filters access by the presence of an EC2 operator provisioning a managed resource",
  "ec2:MetadataHttpEndpoint":
    "|,String|0||Filters access by whether the HTTP endpoint is enabled for the instance metadata service",
  "ec2:MetadataHttpPutResponseHopLimit":
    "|,Numeric|0||Filters access by the allowed number of hops when calling the instance metadata service",
  "ec2:MetadataHttpTokens":
    "|,String|0||Filters access by whether tokens are required when calling the instance metadata service (optional or required)",
  "ec2:NetworkAclID": "|,String|0||Filters access by the ID of a network access control list (ACL)",
  "ec2:NetworkInterfaceID": "|,String|0||Filters access by the ID of an elastic network interface",
  "ec2:NewInstanceProfile": "|,ARN|0||Filters access by the ARN of the instance profile being attached",
  "ec2:OutpostArn": "|,ARN|0||Filters access by the ARN of the Outpost",
  "ec2:Owner":
    "|,String|0||Filters access by the owner of the resource (amazon, aws-marketplace, or an AWS account ID)",
  "ec2:ParentSnapshot": "|,ARN|0||Filters access by the ARN of the parent snapshot",
  "ec2:ParentVolume": "|,ARN|0||Filters access by the ARN of the parent volume from which the snapshot was created",
  "ec2:Permission":
    "|,String|0||Filters access by the type of permission for a resource (INSTANCE-ATTACH or EIP-ASSOCIATE)",
  "ec2:Phase1DHGroup":
    "|,ArrayOfString|0||Filters access by the Diffie-Hellman group numbers that are permitted for a VPN tunnel for the phase 1 IKE negotiations",
  "ec2:Phase1EncryptionAlgorithms":
    "|,ArrayOfString|0||Filters access by the encryption algorithms that are permitted for a VPN tunnel for the phase 1 IKE negotiations",
  "ec2:Phase1IntegrityAlgorithms":
    "|,ArrayOfString|0||Filters access by the integrity algorithms that are permitted for a VPN tunnel for the phase 1 IKE negotiations",
  "ec2:Phase1LifetimeSeconds":
    "|,Numeric|0||Filters access by the lifetime in seconds for phase 1 of the IKE negotiations for a VPN tunnel",
  "ec2:Phase2DHGroup":
    "|,ArrayOfString|0||Filters access by the Diffie-Hellman group numbers that are permitted for a VPN tunnel for the phase 2 IKE negotiations",
  "ec2:Phase2EncryptionAlgorithms":
    "|,ArrayOfString|0||Filters access by the encryption algorithms that are permitted for a VPN tunnel for the phase 2 IKE negotiations",
  "ec2:Phase2IntegrityAlgorithms":
    "|,ArrayOfString|0||Filters access by the integrity algorithms that are permitted for a VPN tunnel for the phase 2 IKE negotiations",
  "ec2:Phase2LifetimeSeconds":
    "|,Numeric|0||Filters access by the lifetime in seconds for phase 2 of the IKE negotiations for a VPN tunnel",
  "ec2:PlacementGroup": "|,ARN|0||Filters access by the ARN of the placement group",
  "ec2:PlacementGroupName": "|,String|0||Filters access by the name of a placement group",
  "ec2:PlacementGroupStrategy":
    "|,String|0||Filters access by the instance placement strategy used by the placement group (cluster, spread, or partition)",
  "ec2:ProductCode": "|,String|0||Filters access by the product code that is associated with the AMI",
  "ec2:Public": "|,Bool|0||Filters access by whether the image has public launch permissions",
  "ec2:PublicIpAddress": "|,String|0||Filters access by a public IP address",
  "ec2:Quantity": "|,Numeric|0||Filters access by the number of Dedicated Hosts in a request",
  "ec2:Region": "|,String|0||Filters access by the name of the AWS Region",
  "ec2:RekeyFuzzPercentage":
    "|,Numeric|0||Filters access by the percentage of increase of the rekey window (determined by the rekey margin time) within which the rekey time is randomly selected for a VPN tunnel",
  "ec2:RekeyMarginTimeSeconds":
    "|,Numeric|0||Filters access by the margin time before the phase 2 lifetime expires for a VPN tunnel",
  "ec2:Remove/group": "|,String|0||Filters access by the group being removed from a snapshot",
  "ec2:Remove/userId": "|,String|0||Filters access by the account id being removed from a snapshot",
  "ec2:ReplayWindowSizePackets": "|,String|0||Filters access by the number of packets in an IKE replay window",
  "ec2:RequesterVpc": "|,ARN|0||Filters access by the ARN of a requester VPC in a VPC peering connection",
  "ec2:ReservedInstancesOfferingType":
    "|,String|0||Filters access by the payment option of the Reserved Instance offering (No Upfront, Partial Upfront, or All Upfront)",
  "ec2:ResourceTag/${TagKey}": "|,String|0||Filters access by a tag key and value pair of a resource",
  "ec2:RoleDelivery":
    "|,Numeric|0||Filters access by the version of the instance metadata service for retrieving IAM role credentials for EC2",
  "ec2:RootDeviceType": "|,String|0||Filters access by the root device type of the instance (ebs or instance-store)",
  "ec2:RouteTableID": "|,String|0||Filters access by the ID of a route table",
  "ec2:RoutingType": "|,String|0||Filters access by the routing type for the VPN connection",
  "ec2:SamlProviderArn": "|,ARN|0||Filters access by the ARN of the IAM SAML identity provider",
  "ec2:SecurityGroupID": "|,String|0||Filters access by the ID of a security group",
  "ec2:ServerCertificateArn": "|,ARN|0||Filters access by the ARN of the server certificate",
  "ec2:SnapshotCoolOffPeriod": "|,Numeric|0||Filters access by the compliance mode cooling-off period",
  "ec2:SnapshotID": "|,String|0||Filters access by the ID of a snapshot",
  "ec2:SnapshotLockDuration": "|,Numeric|0||Filters access by the snapshot lock duration",
  "ec2:SnapshotTime": "|,String|0||Filters access by the initiation time of a snapshot",
  "ec2:SourceAvailabilityZone":
    "|,String|0||Filters access by the name of the Availability Zone from which the request originated",
  "ec2:SourceCapacityReservationId":
    "|,ARN|0||Filters access by the ID of the Capacity Reservation from which you want to move capacity",
  "ec2:SourceInstanceARN": "|,ARN|0||Filters access by the ARN of the instance from which the request originated",
  "ec2:SourceOutpostArn": "|,ARN|0||Filters access by the ARN of the Outpost from which the request originated",
  "ec2:Subnet": "|,ARN|0||Filters access by the ARN of the subnet",
  "ec2:SubnetID": "|,String|0||Filters access by the ID of a subnet",
  "ec2:TargetInstanceCount":
    "|,Numeric|0||Filters access by the number of instances the interruptible Capacity Reservation is assigned",
  "ec2:Tenancy": "|,String|0||Filters access by the tenancy of the VPC or instance (default, dedicated, or host)",
  "ec2:VolumeID": "|,String|0||Filters access by the ID of a volume",
  "ec2:VolumeInitializationRate": "|,Numeric|0||Filters access by the initialization rate of the volume, in MiBps",
  "ec2:VolumeIops":
    "|,Numeric|0||Filters access by the the number of input/output operations per second (IOPS) provisioned for the volume",
  "ec2:VolumeSize": "|,Numeric|0||Filters access by the size of the volume, in GiB",
  "ec2:VolumeThroughput": "|,Numeric|0||Filters access by the throughput of the volume, in MiBps",
  "ec2:VolumeType": "|,String|0||Filters access by the type of volume (gp2, gp3, io1, io2, st1, sc1, or standard)",
  "ec2:Vpc": "|,ARN|0||Filters access by the ARN of the VPC",
  "ec2:VpcID": "|,String|0||Filters access by the ID of a virtual private cloud (VPC)",
  "ec2:VpcPeeringConnectionID": "|,String|0||Filters access by the ID of a VPC peering connection",
  "ec2:VpceMultiRegion": "|,String|0||Filters access by multi region of the VPC endpoint service",
  "ec2:VpcePrivateDnsPreference": "|,String|0||Filters access by the private DNS preference",
  "ec2:VpcePrivateDnsSpecifiedDomains": "|,ArrayOfString|0||Filters access by the private DNS domains",
  "ec2:VpceServiceName": "|,String|0||Filters access by the name of the VPC endpoint service",
  "ec2:VpceServiceOwner":
    "|,String|0||Filters access by the service owner of the VPC endpoint service (amazon, aws-marketplace, or an AWS account ID)",
  "ec2:VpceServicePrivateDnsName": "|,String|0||Filters access by the private DNS name of the VPC endpoint service",
  "ec2:VpceServiceRegion": "|,String|0||Filters access by the region of the VPC endpoint service",
  "ec2:VpceSupportedRegion": "|,String|0||Filters access by the supported region of the VPC endpoint service",
  "ec2:transitGatewayAttachmentId": "|,String|0||Filters access by the ID of a transit gateway attachment",
  "ec2:transitGatewayConnectPeerId": "|,String|0||Filters access by the ID of a transit gateway connect peer",
  "ec2:transitGatewayId": "|,String|0||Filters access by the ID of a transit gateway",
  "ec2:transitGatewayMeteringPolicyId": "|,String|0||Filters access by the ID of a metering policy id",
  "ec2:transitGatewayMulticastDomainId": "|,String|0||Filters access by the ID of a transit gateway multicast domain",
  "ec2:transitGatewayPolicyTableId": "|,String|0||Filters access by the ID of a transit gateway policy table",
  "ec2:transitGatewayRouteTableAnnouncementId":
    "|,String|0||Filters access by the ID of a transit gateway route table announcement",
  "ec2:transitGatewayRouteTableId": "|,String|0||Filters access by the ID of a transit gateway route table",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "ec2",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
