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
export const prefix: "vpc-lattice" = "vpc-lattice";
/** The service's name in the reference. */
export const serviceName: "Amazon VPC Lattice" = "Amazon VPC Lattice";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon VPC Lattice",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonvpclattice.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "vpc-lattice:AuthType",
  "vpc-lattice:CreateAction",
  "vpc-lattice:DomainName",
  "vpc-lattice:PrivateDnsPreference",
  "vpc-lattice:PrivateDnsSpecifiedDomains",
  "vpc-lattice:Protocol",
  "vpc-lattice:ResourceConfigurationArn",
  "vpc-lattice:SecurityGroupIds",
  "vpc-lattice:ServiceArn",
  "vpc-lattice:ServiceNetworkArn",
  "vpc-lattice:TargetGroupArns",
  "vpc-lattice:VpcEndpointId",
  "vpc-lattice:VpcId",
] as const;
const dependentActionList = [
  "ec2:DescribeSecurityGroups",
  "ec2:DescribeVpcs",
  "iam:CreateServiceLinkedRole",
  "logs:GetLogDelivery",
  "vpc-lattice:TagResource",
] as const;
const actionFacts = {
  /** Grants permission to associate a resource configuration through any AWS service managed networks. Access level: Permissions management. Permission only. service-network-associations.html#service-network-resource-configuration */
  AssociateViaAWSService: "P||1||||CreateServiceNetworkResourceAssociation",
  /** Grants permission to associate a resource configuration through Amazon EventBridge and AWS Step Functions service networks. Access level: Permissions management. Permission only. service-network-associations.html#service-network-resource-configuration */
  "AssociateViaAWSService-EventsAndStates": "P||1||||CreateServiceNetworkResourceAssociation",
  /** Grants permission to create an access log subscription. Access level: Write. Resources: AccessLogSubscription*, ResourceConfiguration, Service, ServiceNetwork. https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_CreateAccessLogSubscription.html */
  CreateAccessLogSubscription: "W|||0;1;,3;0;,7;0;,8;0;|0,2,4|logs:CreateLogDelivery,3,4|;",
  /** Grants permission to create a listener. Access level: Write. Resources: Listener*. https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_CreateListener.html */
  CreateListener: "W|||2;1;|0,2,4,8,13|4|;",
  /** Grants permission to create a resource configuration. Access level: Write. Resources: DomainVerification, ResourceConfiguration, ResourceGateway. https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_CreateResourceConfiguration.html */
  CreateResourceConfiguration: "W|||1;0;,3;0;,5;0;|0,2,4|4|;",
  /** Grants permission to create a resource gateway. Access level: Write. Resources: ResourceGateway*. https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_CreateResourceGateway.html */
  CreateResourceGateway: "W|||5;1;|0,2,4,15|0,ec2:DescribeSubnets,1,4|;",
  /** Grants permission to create a rule. Access level: Write. Resources: Rule*. https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_CreateRule.html */
  CreateRule: "W|||6;1;|0,2,4,13|4|;",
  /** Grants permission to create a service. Access level: Write. Resources: Service*. https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_CreateService.html */
  CreateService: "W|||7;1;|0,2,3,4|2,4|;",
  /** Grants permission to create a service network. Access level: Write. Resources: ServiceNetwork*. https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_CreateServiceNetwork.html */
  CreateServiceNetwork: "W|||8;1;|0,2,3,4|2,4|;",
  /** Grants permission to create an association between a service network and a resource. Access level: Write. Resources: ResourceConfiguration*, ServiceNetwork*, ServiceNetworkResourceAssociation*. https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_CreateServiceNetworkResourceAssociation.html */
  CreateServiceNetworkResourceAssociation:
    "W|||3;1;,8;1;,9;1;|0,2,4,9,12|vpc-lattice:AssociateViaAWSService,vpc-lattice:AssociateViaAWSService-EventsAndStates,4|;",
  /** Grants permission to create a service network and service association. Access level: Write. Resources: Service*, ServiceNetwork*, ServiceNetworkServiceAssociation*. https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_CreateServiceNetworkServiceAssociation.html */
  CreateServiceNetworkServiceAssociation: "W|||7;1;,8;1;,10;1;|0,2,4,11,12|4|;",
  /** Grants permission to create a service network and VPC association. Access level: Write. Resources: ServiceNetwork*, ServiceNetworkVpcAssociation*. https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_CreateServiceNetworkVpcAssociation.html */
  CreateServiceNetworkVpcAssociation: "W|||8;1;,11;1;|0,2,4,6,7,10,12,15|1,4|;",
  /** Grants permission to create an association between a service network and VPC endpoint. Access level: Permissions management. Permission only. service-network-associations.html#service-network-vpc-endpoint */
  CreateServiceNetworkVpcEndpointAssociation: "P||1||||",
  /** Grants permission to create a target group. Access level: Write. Resources: TargetGroup*. https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_CreateTargetGroup.html */
  CreateTargetGroup: "W|||12;1;|0,2,4,15|2,4|;",
  /** Grants permission to delete an access log subscription. Access level: Write. Resources: AccessLogSubscription*. https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_DeleteAccessLogSubscription.html */
  DeleteAccessLogSubscription: "W|||0;1;|1|logs:DeleteLogDelivery,3|;",
  /** Grants permission to delete an auth policy. Access level: Permissions management. Resources: Service, ServiceNetwork. https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_DeleteAuthPolicy.html */
  DeleteAuthPolicy: "P|||7;0;,8;0;|||;",
  /** Grants permission to delete a domain verification. Access level: Write. Resources: DomainVerification*. https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_DeleteDomainVerification.html */
  DeleteDomainVerification: "W|||1;1;|1||;",
  /** Grants permission to delete a listener. Access level: Write. Resources: Listener*. https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_DeleteListener.html */
  DeleteListener: "W|||2;1;|1||;",
  /** Grants permission to delete a resource configuration. Access level: Write. Resources: ResourceConfiguration*. https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_DeleteResourceConfiguration.html */
  DeleteResourceConfiguration: "W|||3;1;|1||;",
  /** Grants permission to delete a resource endpoint association. Access level: Write. Resources: ResourceEndpointAssociation*. https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_DeleteResourceEndpointAssociation.html */
  DeleteResourceEndpointAssociation: "W|||4;1;|1||;",
  /** Grants permission to delete a resource gateway. Access level: Write. Resources: ResourceGateway*. https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_DeleteResourceGateway.html */
  DeleteResourceGateway: "W|||5;1;|1||;",
  /** Grants permission to delete a resource policy. Access level: Write. Resources: ResourceConfiguration, Service, ServiceNetwork. https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_DeleteResourcePolicy.html */
  DeleteResourcePolicy: "W|||3;0;,7;0;,8;0;|||;",
  /** Grants permission to delete a rule. Access level: Write. Resources: Rule*. https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_DeleteRule.html */
  DeleteRule: "W|||6;1;|1||;",
  /** Grants permission to delete a service. Access level: Write. Resources: Service*. https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_DeleteService.html */
  DeleteService: "W|||7;1;|1||;",
  /** Grants permission to delete a service network. Access level: Write. Resources: ServiceNetwork*. https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_DeleteServiceNetwork.html */
  DeleteServiceNetwork: "W|||8;1;|1||;",
  /** Grants permission to delete the association between a service network and resource. Access level: Write. Resources: ServiceNetworkResourceAssociation*. https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_DeleteServiceNetworkResourceAssociation.html */
  DeleteServiceNetworkResourceAssociation: "W|||9;1;|1||;",
  /** Grants permission to delete a service network service association. Access level: Write. Resources: ServiceNetworkServiceAssociation*. https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_DeleteServiceNetworkServiceAssociation.html */
  DeleteServiceNetworkServiceAssociation: "W|||10;1;|1,11,12||;",
  /** Grants permission to delete a service network and VPC association. Access level: Write. Resources: ServiceNetworkVpcAssociation*. https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_DeleteServiceNetworkVpcAssociation.html */
  DeleteServiceNetworkVpcAssociation: "W|||11;1;|1,12,15||;",
  /** Grants permission to delete a target group. Access level: Write. Resources: TargetGroup*. https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_DeleteTargetGroup.html */
  DeleteTargetGroup: "W|||12;1;|1||;",
  /** Grants permission to deregister targets from a target group. Access level: Write. Resources: TargetGroup*. https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_DeregisterTargets.html */
  DeregisterTargets: "W|||12;1;|||;",
  /** Grants permission to get information about an access log subscription. Access level: Read. Resources: AccessLogSubscription*. https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_GetAccessLogSubscription.html */
  GetAccessLogSubscription: "R|||0;1;|1|3|;",
  /** Grants permission to get information about an auth policy. Access level: Read. Resources: Service, ServiceNetwork. https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_GetAuthPolicy.html */
  GetAuthPolicy: "R|||7;0;,8;0;|||;",
  /** Grants permission to get information about a domain verification. Access level: Read. Resources: DomainVerification*. https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_GetDomainVerification.html */
  GetDomainVerification: "R|||1;1;|1||;",
  /** Grants permission to get information about a listener. Access level: Read. Resources: Listener*. https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_GetListener.html */
  GetListener: "R|||2;1;|1||;",
  /** Grants permission to get information about a resource configuration. Access level: Read. Resources: ResourceConfiguration*. https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_GetResourceConfiguration.html */
  GetResourceConfiguration: "R|||3;1;|1||;",
  /** Grants permission to get information about a resource gateway. Access level: Read. Resources: ResourceGateway*. https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_GetResourceGateway.html */
  GetResourceGateway: "R|||5;1;|1||;",
  /** Grants permission to get information about a resource policy. Access level: Read. Resources: ResourceConfiguration, Service, ServiceNetwork. https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_GetResourcePolicy.html */
  GetResourcePolicy: "R|||3;0;,7;0;,8;0;|||;",
  /** Grants permission to get information about a rule. Access level: Read. Resources: Rule*. https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_GetRule.html */
  GetRule: "R|||6;1;|1||;",
  /** Grants permission to get information about a service. Access level: Read. Resources: Service*. https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_GetService.html */
  GetService: "R|||7;1;|1||;",
  /** Grants permission to get information about a service network. Access level: Read. Resources: ServiceNetwork*. https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_GetServiceNetwork.html */
  GetServiceNetwork: "R|||8;1;|1||;",
  /** Grants permission to get information about an association between a service network and resource configuration. Access level: Read. Resources: ServiceNetworkResourceAssociation*. https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_GetServiceNetworkResourceAssociation.html */
  GetServiceNetworkResourceAssociation: "R|||9;1;|1||;",
  /** Grants permission to get information about a service network and service association. Access level: Read. Resources: ServiceNetworkServiceAssociation*. https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_GetServiceNetworkServiceAssociation.html */
  GetServiceNetworkServiceAssociation: "R|||10;1;|1,11,12||;",
  /** Grants permission to get information about a service network and VPC association. Access level: Read. Resources: ServiceNetworkVpcAssociation*. https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_GetServiceNetworkVpcAssociation.html */
  GetServiceNetworkVpcAssociation: "R|||11;1;|1,12,15||;",
  /** Grants permission to get information about a target group. Access level: Read. Resources: TargetGroup*. https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_GetTargetGroup.html */
  GetTargetGroup: "R|||12;1;|1||;",
  /** Grants permission to list some or all access log subscriptions about a service network or a service. Access level: List. https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_ListAccessLogSubscriptions.html */
  ListAccessLogSubscriptions: "L||||||;",
  /** Grants permission to list some or all domain verifications. Access level: List. https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_ListDomainVerifications.html */
  ListDomainVerifications: "L||||||;",
  /** Grants permission to list some or all listeners. Access level: List. https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_ListListeners.html */
  ListListeners: "L||||||;",
  /** Grants permission to list some or all resource configurations. Access level: List. https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_ListResourceConfigurations.html */
  ListResourceConfigurations: "L||||||;",
  /** Grants permission to list some or all associations between a resource configuration and VPC endpoint. Access level: List. https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_ListResourceEndpointAssociations.html */
  ListResourceEndpointAssociations: "L||||9,14||;",
  /** Grants permission to list some or all resource gateways. Access level: List. https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_ListResourceGateways.html */
  ListResourceGateways: "L||||||;",
  /** Grants permission to list some or all rules. Access level: List. https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_ListRules.html */
  ListRules: "L||||||;",
  /** Grants permission to list some or all associations between a service network and resource configuration. Access level: List. https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_ListServiceNetworkResourceAssociations.html */
  ListServiceNetworkResourceAssociations: "L||||||;",
  /** Grants permission to list some or all service network and service associations. Access level: List. https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_ListServiceNetworkServiceAssociations.html */
  ListServiceNetworkServiceAssociations: "L||||11,12||;",
  /** Grants permission to list some or all service network and VPC associations. Access level: List. https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_ListServiceNetworkVpcAssociations.html */
  ListServiceNetworkVpcAssociations: "L||||12,15||;",
  /** Grants permission to list some or all associations between a service network and VPC endpoint. Access level: List. https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_ListServiceNetworkVpcEndpointAssociations.html */
  ListServiceNetworkVpcEndpointAssociations: "L||||||;",
  /** Grants permission to list the service networks owned by a caller account or shared with the caller account. Access level: List. https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_ListServiceNetworks.html */
  ListServiceNetworks: "L||||||;",
  /** Grants permission to list the services owned by a caller account or shared with the caller account. Access level: List. https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_ListServices.html */
  ListServices: "L||||||;",
  /** Grants permission to list tags for a vpc-lattice resource. Access level: Read. https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R||||||;",
  /** Grants permission to list some or all target groups. Access level: List. https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_ListTargetGroups.html */
  ListTargetGroups: "L||||||;",
  /** Grants permission to list some or all targets in a target group. Access level: List. Resources: TargetGroup*. https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_ListTargets.html */
  ListTargets: "L|||12;1;|||;",
  /** Grants permission to create or update the auth policy for a service network or a service. Access level: Permissions management. Resources: Service, ServiceNetwork. https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_PutAuthPolicy.html */
  PutAuthPolicy: "P|||7;0;,8;0;|||;",
  /** Grants permission to create a resource policy for a resource configuration, service, or service network. Access level: Write. Resources: ResourceConfiguration, Service, ServiceNetwork. https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_PutResourcePolicy.html */
  PutResourcePolicy: "W|||3;0;,7;0;,8;0;|||;",
  /** Grants permission to register targets to a target group. Access level: Write. Resources: TargetGroup*. https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_RegisterTargets.html */
  RegisterTargets: "W|||12;1;|||;",
  /** Grants permission to start a domain verification. Access level: Write. Resources: DomainVerification*. https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_StartDomainVerification.html */
  StartDomainVerification: "W|||1;1;|0,2,4,5|4|;",
  /** Grants permission to tag a vpc-lattice resource. Access level: Tagging. Resources: AccessLogSubscription, DomainVerification, Listener, ResourceConfiguration, ResourceEndpointAssociation, ResourceGateway, Rule, Service, ServiceNetwork, ServiceNetworkResourceAssociation, ServiceNetworkServiceAssociation, ServiceNetworkVpcAssociation, TargetGroup. https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_TagResource.html */
  TagResource:
    "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,8;0;,9;0;,10;0;,11;0;,12;0;|0,1,2||CreateAccessLogSubscription,CreateListener,CreateResourceConfiguration,CreateResourceGateway,CreateRule,CreateService,CreateServiceNetwork,CreateServiceNetworkResourceAssociation,CreateServiceNetworkServiceAssociation,CreateServiceNetworkVpcAssociation,CreateTargetGroup,StartDomainVerification,;",
  /** Grants permission to untag a vpc-lattice resource. Access level: Tagging. Resources: AccessLogSubscription, DomainVerification, Listener, ResourceConfiguration, ResourceEndpointAssociation, ResourceGateway, Rule, Service, ServiceNetwork, ServiceNetworkResourceAssociation, ServiceNetworkServiceAssociation, ServiceNetworkVpcAssociation, TargetGroup. https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,8;0;,9;0;,10;0;,11;0;,12;0;|2||;",
  /** Grants permission to update an access log subscription. Access level: Write. Resources: AccessLogSubscription*. https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_UpdateAccessLogSubscription.html */
  UpdateAccessLogSubscription: "W|||0;1;|1|3,logs:UpdateLogDelivery|;",
  /** Grants permission to update a listener. Access level: Write. Resources: Listener*. https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_UpdateListener.html */
  UpdateListener: "W|||2;1;|1,13||;",
  /** Grants permission to update a resource configuration. Access level: Write. Resources: ResourceConfiguration*. https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_UpdateResourceConfiguration.html */
  UpdateResourceConfiguration: "W|||3;1;|1||;",
  /** Grants permission to update a resource gateway. Access level: Write. Resources: ResourceGateway*. https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_UpdateResourceGateway.html */
  UpdateResourceGateway: "W|||5;1;|1,10||;",
  /** Grants permission to update a rule. Access level: Write. Resources: Rule*. https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_UpdateRule.html */
  UpdateRule: "W|||6;1;|1,13||BatchUpdateRule,;",
  /** Grants permission to update a service. Access level: Write. Resources: Service*. https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_UpdateService.html */
  UpdateService: "W|||7;1;|1,3||;",
  /** Grants permission to update a service network. Access level: Write. Resources: ServiceNetwork*. https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_UpdateServiceNetwork.html */
  UpdateServiceNetwork: "W|||8;1;|1,3||;",
  /** Grants permission to update a service network and VPC association. Access level: Write. Resources: ServiceNetworkVpcAssociation*. https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_UpdateServiceNetworkVpcAssociation.html */
  UpdateServiceNetworkVpcAssociation: "W|||11;1;|1,2,10,12,15|0,1|;",
  /** Grants permission to update a target group. Access level: Write. Resources: TargetGroup*. https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_UpdateTargetGroup.html */
  UpdateTargetGroup: "W|||12;1;|1||;",
} as const;
const actionDetails = {
  AssociateViaAWSService:
    "|,;~~~|Grants permission to associate a resource configuration through any AWS service managed networks",
  "AssociateViaAWSService-EventsAndStates":
    "|,;~~~|Grants permission to associate a resource configuration through Amazon EventBridge and AWS Step Functions service networks",
  CreateAccessLogSubscription: "|,;~~~|Grants permission to create an access log subscription",
  CreateListener: "|,;~~~|Grants permission to create a listener",
  CreateResourceConfiguration: "|,;~~~|Grants permission to create a resource configuration",
  CreateResourceGateway: "|,;~~~|Grants permission to create a resource gateway",
  CreateRule: "|,;~~~|Grants permission to create a rule",
  CreateService: "|,;~~~|Grants permission to create a service",
  CreateServiceNetwork: "|,;~~~|Grants permission to create a service network",
  CreateServiceNetworkResourceAssociation:
    "|,;~~~|Grants permission to create an association between a service network and a resource",
  CreateServiceNetworkServiceAssociation:
    "|,;~~~|Grants permission to create a service network and service association",
  CreateServiceNetworkVpcAssociation: "|,;~~~|Grants permission to create a service network and VPC association",
  CreateServiceNetworkVpcEndpointAssociation:
    "|,;~|Grants permission to create an association between a service network and VPC endpoint",
  CreateTargetGroup: "|,;~~~|Grants permission to create a target group",
  DeleteAccessLogSubscription: "|,;~~~|Grants permission to delete an access log subscription",
  DeleteAuthPolicy: "|,;~~~|Grants permission to delete an auth policy",
  DeleteDomainVerification: "|,;~~~|Grants permission to delete a domain verification",
  DeleteListener: "|,;~~~|Grants permission to delete a listener",
  DeleteResourceConfiguration: "|,;~~~|Grants permission to delete a resource configuration",
  DeleteResourceEndpointAssociation: "|,;~~~|Grants permission to delete a resource endpoint association",
  DeleteResourceGateway: "|,;~~~|Grants permission to delete a resource gateway",
  DeleteResourcePolicy: "|,;~~~|Grants permission to delete a resource policy",
  DeleteRule: "|,;~~~|Grants permission to delete a rule",
  DeleteService: "|,;~~~|Grants permission to delete a service",
  DeleteServiceNetwork: "|,;~~~|Grants permission to delete a service network",
  DeleteServiceNetworkResourceAssociation:
    "|,;~~~|Grants permission to delete the association between a service network and resource",
  DeleteServiceNetworkServiceAssociation: "|,;~~~|Grants permission to delete a service network service association",
  DeleteServiceNetworkVpcAssociation: "|,;~~~|Grants permission to delete a service network and VPC association",
  DeleteTargetGroup: "|,;~~~|Grants permission to delete a target group",
  DeregisterTargets: "|,;~~~|Grants permission to deregister targets from a target group",
  GetAccessLogSubscription: "|,;~~~|Grants permission to get information about an access log subscription",
  GetAuthPolicy: "|,;~~~|Grants permission to get information about an auth policy",
  GetDomainVerification: "|,;~~~|Grants permission to get information about a domain verification",
  GetListener: "|,;~~~|Grants permission to get information about a listener",
  GetResourceConfiguration: "|,;~~~|Grants permission to get information about a resource configuration",
  GetResourceGateway: "|,;~~~|Grants permission to get information about a resource gateway",
  GetResourcePolicy: "|,;~~~|Grants permission to get information about a resource policy",
  GetRule: "|,;~~~|Grants permission to get information about a rule",
  GetService: "|,;~~~|Grants permission to get information about a service",
  GetServiceNetwork: "|,;~~~|Grants permission to get information about a service network",
  GetServiceNetworkResourceAssociation:
    "|,;~~~|Grants permission to get information about an association between a service network and resource configuration",
  GetServiceNetworkServiceAssociation:
    "|,;~~~|Grants permission to get information about a service network and service association",
  GetServiceNetworkVpcAssociation:
    "|,;~~~|Grants permission to get information about a service network and VPC association",
  GetTargetGroup: "|,;~~~|Grants permission to get information about a target group",
  ListAccessLogSubscriptions:
    "|,;~~~|Grants permission to list some or all access log subscriptions about a service network or a service",
  ListDomainVerifications: "|,;~~~|Grants permission to list some or all domain verifications",
  ListListeners: "|,;~~~|Grants permission to list some or all listeners",
  ListResourceConfigurations: "|,;~~~|Grants permission to list some or all resource configurations",
  ListResourceEndpointAssociations:
    "|,;~~~|Grants permission to list some or all associations between a resource configuration and VPC endpoint",
  ListResourceGateways: "|,;~~~|Grants permission to list some or all resource gateways",
  ListRules: "|,;~~~|Grants permission to list some or all rules",
  ListServiceNetworkResourceAssociations:
    "|,;~~~|Grants permission to list some or all associations between a service network and resource configuration",
  ListServiceNetworkServiceAssociations:
    "|,;~~~|Grants permission to list some or all service network and service associations",
  ListServiceNetworkVpcAssociations:
    "|,;~~~|Grants permission to list some or all service network and VPC associations",
  ListServiceNetworkVpcEndpointAssociations:
    "|,;~~~|Grants permission to list some or all associations between a service network and VPC endpoint",
  ListServiceNetworks:
    "|,;~~~|Grants permission to list the service networks owned by a caller account or shared with the caller account",
  ListServices:
    "|,;~~~|Grants permission to list the services owned by a caller account or shared with the caller account",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for a vpc-lattice resource",
  ListTargetGroups: "|,;~~~|Grants permission to list some or all target groups",
  ListTargets: "|,;~~~|Grants permission to list some or all targets in a target group",
  PutAuthPolicy: "|,;~~~|Grants permission to create or update the auth policy for a service network or a service",
  PutResourcePolicy:
    "|,;~~~|Grants permission to create a resource policy for a resource configuration, service, or service network",
  RegisterTargets: "|,;~~~|Grants permission to register targets to a target group",
  StartDomainVerification: "|,;~~~|Grants permission to start a domain verification",
  TagResource: "|,;~~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~|Grants permission to tag a vpc-lattice resource",
  UntagResource: "|,;~~~|Grants permission to untag a vpc-lattice resource",
  UpdateAccessLogSubscription: "|,;~~~|Grants permission to update an access log subscription",
  UpdateListener: "|,;~~~|Grants permission to update a listener",
  UpdateResourceConfiguration: "|,;~~~|Grants permission to update a resource configuration",
  UpdateResourceGateway: "|,;~~~|Grants permission to update a resource gateway",
  UpdateRule: "|,;~~~,~~|Grants permission to update a rule",
  UpdateService: "|,;~~~|Grants permission to update a service",
  UpdateServiceNetwork: "|,;~~~|Grants permission to update a service network",
  UpdateServiceNetworkVpcAssociation: "|,;~~~|Grants permission to update a service network and VPC association",
  UpdateTargetGroup: "|,;~~~|Grants permission to update a target group",
};
const resourceTypeFacts = {
  /** The AccessLogSubscription resource type: arn:${Partition}:vpc-lattice:${Region}:${Account}:accesslogsubscription/${AccessLogSubscriptionId} */
  AccessLogSubscription: "|,accessLogSubscription|0,1,2,4",
  /** The DomainVerification resource type: arn:${Partition}:vpc-lattice:${Region}:${Account}:domainverification/${DomainVerificationId} */
  DomainVerification: "|,domainVerification|0,1,2,4,5",
  /** The Listener resource type: arn:${Partition}:vpc-lattice:${Region}:${Account}:service/${ServiceId}/listener/${ListenerId} */
  Listener: "|,listener|0,1,2,4,8,13",
  /** The ResourceConfiguration resource type: arn:${Partition}:vpc-lattice:${Region}:${Account}:resourceconfiguration/${ResourceConfigurationId} */
  ResourceConfiguration: "|,resourceConfiguration|0,1,2,4",
  /** The ResourceEndpointAssociation resource type: arn:${Partition}:vpc-lattice:${Region}:${Account}:resourceendpointassociation/${ResourceEndpointAssociationId} */
  ResourceEndpointAssociation: "|,resourceEndpointAssociation|0,1,2,9,14",
  /** The ResourceGateway resource type: arn:${Partition}:vpc-lattice:${Region}:${Account}:resourcegateway/${ResourceGatewayId} */
  ResourceGateway: "|,resourceGateway|0,1,2,4,15",
  /** The Rule resource type: arn:${Partition}:vpc-lattice:${Region}:${Account}:service/${ServiceId}/listener/${ListenerId}/rule/${RuleId} */
  Rule: "|,rule|0,1,2,4,13",
  /** The Service resource type: arn:${Partition}:vpc-lattice:${Region}:${Account}:service/${ServiceId} */
  Service: "|,service|0,1,2,3,4",
  /** The ServiceNetwork resource type: arn:${Partition}:vpc-lattice:${Region}:${Account}:servicenetwork/${ServiceNetworkId} */
  ServiceNetwork: "|,serviceNetwork|0,1,2,3,4",
  /** The ServiceNetworkResourceAssociation resource type: arn:${Partition}:vpc-lattice:${Region}:${Account}:servicenetworkresourceassociation/${ServiceNetworkResourceAssociationId} */
  ServiceNetworkResourceAssociation: "|,serviceNetworkResourceAssociation|0,1,2,4,9,12",
  /** The ServiceNetworkServiceAssociation resource type: arn:${Partition}:vpc-lattice:${Region}:${Account}:servicenetworkserviceassociation/${ServiceNetworkServiceAssociationId} */
  ServiceNetworkServiceAssociation: "|,serviceNetworkServiceAssociation|0,1,2,4,11,12",
  /** The ServiceNetworkVpcAssociation resource type: arn:${Partition}:vpc-lattice:${Region}:${Account}:servicenetworkvpcassociation/${ServiceNetworkVpcAssociationId} */
  ServiceNetworkVpcAssociation: "|,serviceNetworkVpcAssociation|0,1,2,4,6,7,10,12,15",
  /** The TargetGroup resource type: arn:${Partition}:vpc-lattice:${Region}:${Account}:targetgroup/${TargetGroupId} */
  TargetGroup: "|,targetGroup|0,1,2,4,15",
} as const;
const arnFormats = {
  /** ARN of a AccessLogSubscription resource: arn:${Partition}:vpc-lattice:${Region}:${Account}:accesslogsubscription/${AccessLogSubscriptionId}. */
  accessLogSubscription:
    "|,AccessLogSubscription|arn:|Partition|:vpc-lattice:|Region|:|Account|:accesslogsubscription/|AccessLogSubscriptionId|",
  /** ARN of a DomainVerification resource: arn:${Partition}:vpc-lattice:${Region}:${Account}:domainverification/${DomainVerificationId}. */
  domainVerification:
    "|,DomainVerification|arn:|Partition|:vpc-lattice:|Region|:|Account|:domainverification/|DomainVerificationId|",
  /** ARN of a Listener resource: arn:${Partition}:vpc-lattice:${Region}:${Account}:service/${ServiceId}/listener/${ListenerId}. */
  listener: "|,Listener|arn:|Partition|:vpc-lattice:|Region|:|Account|:service/|ServiceId|/listener/|ListenerId|",
  /** ARN of a ResourceConfiguration resource: arn:${Partition}:vpc-lattice:${Region}:${Account}:resourceconfiguration/${ResourceConfigurationId}. */
  resourceConfiguration:
    "|,ResourceConfiguration|arn:|Partition|:vpc-lattice:|Region|:|Account|:resourceconfiguration/|ResourceConfigurationId|",
  /** ARN of a ResourceEndpointAssociation resource: arn:${Partition}:vpc-lattice:${Region}:${Account}:resourceendpointassociation/${ResourceEndpointAssociationId}. */
  resourceEndpointAssociation:
    "|,ResourceEndpointAssociation|arn:|Partition|:vpc-lattice:|Region|:|Account|:resourceendpointassociation/|ResourceEndpointAssociationId|",
  /** ARN of a ResourceGateway resource: arn:${Partition}:vpc-lattice:${Region}:${Account}:resourcegateway/${ResourceGatewayId}. */
  resourceGateway:
    "|,ResourceGateway|arn:|Partition|:vpc-lattice:|Region|:|Account|:resourcegateway/|ResourceGatewayId|",
  /** ARN of a Rule resource: arn:${Partition}:vpc-lattice:${Region}:${Account}:service/${ServiceId}/listener/${ListenerId}/rule/${RuleId}. */
  rule: "|,Rule|arn:|Partition|:vpc-lattice:|Region|:|Account|:service/|ServiceId|/listener/|ListenerId|/rule/|RuleId|",
  /** ARN of a Service resource: arn:${Partition}:vpc-lattice:${Region}:${Account}:service/${ServiceId}. */
  service: "|,Service|arn:|Partition|:vpc-lattice:|Region|:|Account|:service/|ServiceId|",
  /** ARN of a ServiceNetwork resource: arn:${Partition}:vpc-lattice:${Region}:${Account}:servicenetwork/${ServiceNetworkId}. */
  serviceNetwork: "|,ServiceNetwork|arn:|Partition|:vpc-lattice:|Region|:|Account|:servicenetwork/|ServiceNetworkId|",
  /** ARN of a ServiceNetworkResourceAssociation resource: arn:${Partition}:vpc-lattice:${Region}:${Account}:servicenetworkresourceassociation/${ServiceNetworkResourceAssociationId}. */
  serviceNetworkResourceAssociation:
    "|,ServiceNetworkResourceAssociation|arn:|Partition|:vpc-lattice:|Region|:|Account|:servicenetworkresourceassociation/|ServiceNetworkResourceAssociationId|",
  /** ARN of a ServiceNetworkServiceAssociation resource: arn:${Partition}:vpc-lattice:${Region}:${Account}:servicenetworkserviceassociation/${ServiceNetworkServiceAssociationId}. */
  serviceNetworkServiceAssociation:
    "|,ServiceNetworkServiceAssociation|arn:|Partition|:vpc-lattice:|Region|:|Account|:servicenetworkserviceassociation/|ServiceNetworkServiceAssociationId|",
  /** ARN of a ServiceNetworkVpcAssociation resource: arn:${Partition}:vpc-lattice:${Region}:${Account}:servicenetworkvpcassociation/${ServiceNetworkVpcAssociationId}. */
  serviceNetworkVpcAssociation:
    "|,ServiceNetworkVpcAssociation|arn:|Partition|:vpc-lattice:|Region|:|Account|:servicenetworkvpcassociation/|ServiceNetworkVpcAssociationId|",
  /** ARN of a TargetGroup resource: arn:${Partition}:vpc-lattice:${Region}:${Account}:targetgroup/${TargetGroupId}. */
  targetGroup: "|,TargetGroup|arn:|Partition|:vpc-lattice:|Region|:|Account|:targetgroup/|TargetGroupId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "AccessLogSubscription",
  "DomainVerification",
  "Listener",
  "ResourceConfiguration",
  "ResourceEndpointAssociation",
  "ResourceGateway",
  "Rule",
  "Service",
  "ServiceNetwork",
  "ServiceNetworkResourceAssociation",
  "ServiceNetworkServiceAssociation",
  "ServiceNetworkVpcAssociation",
  "TargetGroup",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "vpc-lattice">;
/** Any vpc-lattice action. */
export type Action = ActionOf<typeof actionFacts, "vpc-lattice">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "vpc-lattice">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "vpc-lattice" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every vpc-lattice action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the auth type specified in the request. */
  "vpc-lattice:AuthType": "String";
  /** Filters access by the name of a resource-creating API action. */
  "vpc-lattice:CreateAction": "String";
  /** Filters access by the domain name. */
  "vpc-lattice:DomainName": "String";
  /** Filters access by the private dns preference. */
  "vpc-lattice:PrivateDnsPreference": "String";
  /** Filters access by the private dns domains. */
  "vpc-lattice:PrivateDnsSpecifiedDomains": "ArrayOfString";
  /** Filters access by the protocol specified in the request. */
  "vpc-lattice:Protocol": "String";
  /** Filters access by the ARN of a resource configuration. */
  "vpc-lattice:ResourceConfigurationArn": "ARN";
  /** Filters access by the IDs of security groups. */
  "vpc-lattice:SecurityGroupIds": "ArrayOfString";
  /** Filters access by the ARN of a service. */
  "vpc-lattice:ServiceArn": "ARN";
  /** Filters access by the ARN of a service network. */
  "vpc-lattice:ServiceNetworkArn": "ARN";
  /** Filters access by the ARNs of target groups. */
  "vpc-lattice:TargetGroupArns": "ArrayOfARN";
  /** Filters access by the ID of a VPC endpoint. */
  "vpc-lattice:VpcEndpointId": "String";
  /** Filters access by the ID of a virtual private cloud (VPC). */
  "vpc-lattice:VpcId": "String";
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
  "vpc-lattice:AuthType": "|,String|0||Filters access by the auth type specified in the request",
  "vpc-lattice:CreateAction": "|,String|0||Filters access by the name of a resource-creating API action",
  "vpc-lattice:DomainName": "|,String|0||Filters access by the domain name",
  "vpc-lattice:PrivateDnsPreference": "|,String|0||Filters access by the private dns preference",
  "vpc-lattice:PrivateDnsSpecifiedDomains": "|,ArrayOfString|0||Filters access by the private dns domains",
  "vpc-lattice:Protocol": "|,String|0||Filters access by the protocol specified in the request",
  "vpc-lattice:ResourceConfigurationArn": "|,ARN|0||Filters access by the ARN of a resource configuration",
  "vpc-lattice:SecurityGroupIds": "|,ArrayOfString|0||Filters access by the IDs of security groups",
  "vpc-lattice:ServiceArn": "|,ARN|0||Filters access by the ARN of a service",
  "vpc-lattice:ServiceNetworkArn": "|,ARN|0||Filters access by the ARN of a service network",
  "vpc-lattice:TargetGroupArns": "|,ArrayOfARN|0||Filters access by the ARNs of target groups",
  "vpc-lattice:VpcEndpointId": "|,String|0||Filters access by the ID of a VPC endpoint",
  "vpc-lattice:VpcId": "|,String|0||Filters access by the ID of a virtual private cloud (VPC)",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "vpc-lattice",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
