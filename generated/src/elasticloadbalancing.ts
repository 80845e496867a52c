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
export const prefix: "elasticloadbalancing" = "elasticloadbalancing";
/** The service's name in the reference. */
export const serviceName: "AWS Elastic Load Balancing" = "AWS Elastic Load Balancing";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Elastic Load Balancing",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awselasticloadbalancing.html",
  },
  {
    name: "AWS Elastic Load Balancing V2",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awselasticloadbalancingv2.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "elasticloadbalancing:CreateAction",
  "elasticloadbalancing:ListenerProtocol",
  "elasticloadbalancing:ResourceTag/",
  "elasticloadbalancing:ResourceTag/${TagKey}",
  "elasticloadbalancing:Scheme",
  "elasticloadbalancing:SecurityGroup",
  "elasticloadbalancing:SecurityPolicy",
  "elasticloadbalancing:Subnet",
] as const;
const dependentActionList = ["elasticloadbalancing:AddTags"] as const;
const actionFacts = {
  /** Grants permission to add the specified certificates to the specified secure listener. Access level: Write. Resources: listener/app*, listener/net*. https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_AddListenerCertificates.html */
  AddListenerCertificates: "W|||2;1;,4;1;|1,6||;",
  /** Grants permission to add the specified tags to the specified load balancer. Each load balancer can have a maximum of 10 tags. Access level: Tagging. Resources: listener-rule/app, listener-rule/net, listener/app, listener/gwy, listener/net, loadbalancer*, loadbalancer/app/, loadbalancer/gwy/, loadbalancer/net/, targetgroup, truststore. https://docs.aws.amazon.com/elasticloadbalancing/2012-06-01/APIReference/API_AddTags.html */
  AddTags:
    "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;1;,6;0;,7;0;,8;0;,9;0;,10;0;|0,1,2,3,6||;,CreateListener,CreateLoadBalancer,CreateRule,CreateTargetGroup,CreateTrustStore",
  /** Grants permission to add revocations to a trust store. Access level: Write. Resources: truststore*. https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_AddTrustStoreRevocations.html */
  AddTrustStoreRevocations: "W|||10;1;|1,6||;",
  /** Grants permission to configure vended log delivery for load balancers. Access level: Permissions management. Permission only. https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_AllowVendedLogDeliveryForResource.html */
  AllowVendedLogDeliveryForResource: "P||1||||",
  /** Grants permission to associate one or more security groups with your load balancer in a virtual private cloud (VPC). Access level: Write. Resources: loadbalancer*. https://docs.aws.amazon.com/elasticloadbalancing/2012-06-01/APIReference/API_ApplySecurityGroupsToLoadBalancer.html */
  ApplySecurityGroupsToLoadBalancer: "W|||5;1;|1,6,8||;",
  /** Grants permission to add one or more subnets to the set of configured subnets for the specified load balancer. Access level: Write. Resources: loadbalancer*. https://docs.aws.amazon.com/elasticloadbalancing/2012-06-01/APIReference/API_AttachLoadBalancerToSubnets.html */
  AttachLoadBalancerToSubnets: "W|||5;1;|1,6,10||;",
  /** Grants permission to specify the health check settings to use when evaluating the health state of your back-end instances. Access level: Write. Resources: loadbalancer*. https://docs.aws.amazon.com/elasticloadbalancing/2012-06-01/APIReference/API_ConfigureHealthCheck.html */
  ConfigureHealthCheck: "W|||5;1;|1,6||;",
  /** Grants permission to generate a stickiness policy with sticky session lifetimes that follow that of an application-generated cookie. Access level: Write. Resources: loadbalancer*. https://docs.aws.amazon.com/elasticloadbalancing/2012-06-01/APIReference/API_CreateAppCookieStickinessPolicy.html */
  CreateAppCookieStickinessPolicy: "W|||5;1;|1,6||;",
  /** Grants permission to generate a stickiness policy with sticky session lifetimes controlled by the lifetime of the browser (user-agent) or a specified expiration period. Access level: Write. Resources: loadbalancer*. https://docs.aws.amazon.com/elasticloadbalancing/2012-06-01/APIReference/API_CreateLBCookieStickinessPolicy.html */
  CreateLBCookieStickinessPolicy: "W|||5;1;|1,6||;",
  /** Grants permission to create a listener for the specified Application Load Balancer. Access level: Write. Resources: loadbalancer/app/, loadbalancer/gwy/, loadbalancer/net/. https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateListener.html */
  CreateListener: "W|||6;0;,7;0;,8;0;|0,1,2,4,6,9|0|;",
  /** Grants permission to create a load balancer. Access level: Write. Resources: loadbalancer, loadbalancer/app/, loadbalancer/gwy/, loadbalancer/net/. https://docs.aws.amazon.com/elasticloadbalancing/2012-06-01/APIReference/API_CreateLoadBalancer.html */
  CreateLoadBalancer: "W|||5;0;,6;0;,7;0;,8;0;|0,1,2,4,6,7,8,10|0|;",
  /** Grants permission to create one or more listeners for the specified load balancer. Access level: Write. Resources: loadbalancer*. https://docs.aws.amazon.com/elasticloadbalancing/2012-06-01/APIReference/API_CreateLoadBalancerListeners.html */
  CreateLoadBalancerListeners: "W|||5;1;|1,4,6||;",
  /** Grants permission to create a policy with the specified attributes for the specified load balancer. Access level: Write. Resources: loadbalancer*. https://docs.aws.amazon.com/elasticloadbalancing/2012-06-01/APIReference/API_CreateLoadBalancerPolicy.html */
  CreateLoadBalancerPolicy: "W|||5;1;|1,6,9||;",
  /** Grants permission to create a rule for the specified listener. Access level: Write. Resources: listener/app*, listener/net*. https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateRule.html */
  CreateRule: "W|||2;1;,4;1;|0,1,2,6|0|;",
  /** Grants permission to create a target group. Access level: Write. Resources: targetgroup*. https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateTargetGroup.html */
  CreateTargetGroup: "W|||9;1;|0,1,2,6|0|;",
  /** Grants permission to create a trust store. Access level: Write. Resources: truststore. https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateTrustStore.html */
  CreateTrustStore: "W|||10;0;|0,1,2,6|0|;",
  /** Grants permission to associate WAF WebACL to the specified load balancer. Access level: Write. Resources: loadbalancer/app/*. Permission only. https://docs.aws.amazon.com/waf/latest/developerguide/security_iam_service-with-iam.html#security_iam_action-AssociateWebACL */
  CreateWebACLAssociation: "W||1|6;1;|1,6||",
  /** Grants permission to delete the specified listener. Access level: Write. Resources: listener/app*, listener/gwy*, listener/net*. https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_DeleteListener.html */
  DeleteListener: "W|||2;1;,3;1;,4;1;|1,6||;",
  /** Grants permission to delete the specified load balancer. Access level: Write. Resources: loadbalancer*, loadbalancer/app/, loadbalancer/gwy/, loadbalancer/net/. https://docs.aws.amazon.com/elasticloadbalancing/2012-06-01/APIReference/API_DeleteLoadBalancer.html */
  DeleteLoadBalancer: "W|||5;1;,6;0;,7;0;,8;0;|1,6||;",
  /** Grants permission to delete the specified listeners from the specified load balancer. Access level: Write. Resources: loadbalancer*. https://docs.aws.amazon.com/elasticloadbalancing/2012-06-01/APIReference/API_DeleteLoadBalancerListeners.html */
  DeleteLoadBalancerListeners: "W|||5;1;|1,6||;",
  /** Grants permission to delete the specified policy from the specified load balancer. This policy must not be enabled for any listeners. Access level: Write. Resources: loadbalancer*. https://docs.aws.amazon.com/elasticloadbalancing/2012-06-01/APIReference/API_DeleteLoadBalancerPolicy.html */
  DeleteLoadBalancerPolicy: "W|||5;1;|1,6||;",
  /** Grants permission to delete the specified rule. Access level: Write. Resources: listener-rule/app*, listener-rule/net*. https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_DeleteRule.html */
  DeleteRule: "W|||0;1;,1;1;|1,6||;",
  /** Grants permission to delete the specified shared trust store association. Access level: Write. Resources: truststore*. https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_DeleteSharedTrustStoreAssociation.html */
  DeleteSharedTrustStoreAssociation: "W|||10;1;|1,6||;",
  /** Grants permission to delete the specified target group. Access level: Write. Resources: targetgroup*. https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_DeleteTargetGroup.html */
  DeleteTargetGroup: "W|||9;1;|1,6||;",
  /** Grants permission to delete the specified trust store. Access level: Write. Resources: truststore*. https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_DeleteTrustStore.html */
  DeleteTrustStore: "W|||10;1;|1,6||;",
  /** Grants permission to disassociate WAF WebACL from the specified load balancer. Access level: Write. Resources: loadbalancer/app/*. Permission only. https://docs.aws.amazon.com/waf/latest/developerguide/security_iam_service-with-iam.html#security_iam_action-AssociateWebACL */
  DeleteWebACLAssociation: "W||1|6;1;|1,6||",
  /** Grants permission to deregister the specified instances from the specified load balancer. Access level: Write. Resources: loadbalancer*. https://docs.aws.amazon.com/elasticloadbalancing/2012-06-01/APIReference/API_DeregisterInstancesFromLoadBalancer.html */
  DeregisterInstancesFromLoadBalancer: "W|||5;1;|1,6||;",
  /** Grants permission to deregister the specified targets from the specified target group. Access level: Write. Resources: targetgroup*. https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_DeregisterTargets.html */
  DeregisterTargets: "W|||9;1;|1,6||;",
  /** Grants permission to describe the Elastic Load Balancing resource limits for the AWS account. Access level: Read. https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_DescribeAccountLimits.html */
  DescribeAccountLimits: "R||||||;",
  /** Grants permission to describe the capacity reservation for a load balancer. Access level: Read. https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_DescribeCapacityReservation.html */
  DescribeCapacityReservation: "R||||||;",
  /** Grants permission to describe the state of the specified instances with respect to the specified load balancer. Access level: Read. https://docs.aws.amazon.com/elasticloadbalancing/2012-06-01/APIReference/API_DescribeInstanceHealth.html */
  DescribeInstanceHealth: "R||||||;",
  /** Grants permission to describe the attributes for the specified listener. Access level: Read. https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_DescribeListenerAttributes.html */
  DescribeListenerAttributes: "R||||||;",
  /** Grants permission to describe the certificates for the specified secure listener. Access level: Read. https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_DescribeListenerCertificates.html */
  DescribeListenerCertificates: "R||||||;",
  /** Grants permission to describe the specified listeners or the listeners for the specified Application Load Balancer. Access level: Read. https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_DescribeListeners.html */
  DescribeListeners: "R||||||;",
  /** Grants permission to describe the attributes for the specified load balancer. Access level: Read. https://docs.aws.amazon.com/elasticloadbalancing/2012-06-01/APIReference/API_DescribeLoadBalancerAttributes.html */
  DescribeLoadBalancerAttributes: "R||||||;",
  /** Grants permission to describe the specified policies. Access level: Read. https://docs.aws.amazon.com/elasticloadbalancing/2012-06-01/APIReference/API_DescribeLoadBalancerPolicies.html */
  DescribeLoadBalancerPolicies: "R||||||;",
  /** Grants permission to describe the specified load balancer policy types. Access level: Read. https://docs.aws.amazon.com/elasticloadbalancing/2012-06-01/APIReference/API_DescribeLoadBalancerPolicyTypes.html */
  DescribeLoadBalancerPolicyTypes: "R||||||;",
  /** Grants permission to describe the specified the load balancers. If no load balancers are specified, the call describes all of your load balancers. Access level: List. https://docs.aws.amazon.com/elasticloadbalancing/2012-06-01/APIReference/API_DescribeLoadBalancers.html */
  DescribeLoadBalancers: "L||||||;",
  /** Grants permission to describe the specified rules or the rules for the specified listener. Access level: Read. https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_DescribeRules.html */
  DescribeRules: "R||||||;",
  /** Grants permission to describe the specified policies or all policies used for SSL negotiation. Access level: Read. https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_DescribeSSLPolicies.html */
  DescribeSSLPolicies: "R||||||;",
  /** Grants permission to describe the tags associated with the specified load balancers. Access level: Read. https://docs.aws.amazon.com/elasticloadbalancing/2012-06-01/APIReference/API_DescribeTags.html */
  DescribeTags: "R||||||;",
  /** Grants permission to describe the attributes for the specified target group. Access level: Read. https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_DescribeTargetGroupAttributes.html */
  DescribeTargetGroupAttributes: "R||||||;",
  /** Grants permission to describe the specified target groups or all of your target groups. Access level: Read. https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_DescribeTargetGroups.html */
  DescribeTargetGroups: "R||||||;",
  /** Grants permission to describe the health of the specified targets or all of your targets. Access level: Read. https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_DescribeTargetHealth.html */
  DescribeTargetHealth: "R||||||;",
  /** Grants permission to describe the associations with a trust store. Access level: Read. https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_DescribeTrustStoreAssociations.html */
  DescribeTrustStoreAssociations: "R||||||;",
  /** Grants permission to describe the specified trust stores revocations or all of your revocations related to a trust store. Access level: Read. https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_DescribeTrustStoreRevocations.html */
  DescribeTrustStoreRevocations: "R||||||;",
  /** Grants permission to describe the specified trust stores or all of your trust stores. Access level: Read. https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_DescribeTrustStores.html */
  DescribeTrustStores: "R||||||;",
  /** Grants permission to describe all load balancers associated to a WAF WebACL in your account. Access level: List. Permission only. https://docs.aws.amazon.com/waf/latest/developerguide/security_iam_service-with-iam.html#security_iam_action-AssociateWebACL */
  DescribeWebACLAssociation: "L||1||||",
  /** Grants permission to remove the specified subnets from the set of configured subnets for the load balancer. Access level: Write. Resources: loadbalancer*. https://docs.aws.amazon.com/elasticloadbalancing/2012-06-01/APIReference/API_DetachLoadBalancerFromSubnets.html */
  DetachLoadBalancerFromSubnets: "W|||5;1;|1,6||;",
  /** Grants permission to remove the specified Availability Zones from the set of Availability Zones for the specified load balancer. Access level: Write. Resources: loadbalancer*. https://docs.aws.amazon.com/elasticloadbalancing/2012-06-01/APIReference/API_DisableAvailabilityZonesForLoadBalancer.html */
  DisableAvailabilityZonesForLoadBalancer: "W|||5;1;|1,6||;",
  /** Grants permission to add the specified Availability Zones to the set of Availability Zones for the specified load balancer. Access level: Write. Resources: loadbalancer*. https://docs.aws.amazon.com/elasticloadbalancing/2012-06-01/APIReference/API_EnableAvailabilityZonesForLoadBalancer.html */
  EnableAvailabilityZonesForLoadBalancer: "W|||5;1;|1,6||;",
  /** Grants permission to retrieve the WAF WebACL associated to the specified load balancer. Access level: Read. Resources: loadbalancer/app/*. Permission only. https://docs.aws.amazon.com/waf/latest/developerguide/security_iam_service-with-iam.html#security_iam_action-AssociateWebACL */
  GetLoadBalancerWebACL: "R||1|6;1;|1,6||",
  /** Grants permission to retrieve the resource policy associated with the resource. Access level: Read. Resources: truststore. https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_GetResourcePolicy.html */
  GetResourcePolicy: "R|||10;0;|1,6||;",
  /** Grants permission to retrieve a trust store CA certificates bundle. Access level: Read. Resources: truststore*. https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_GetTrustStoreCaCertificatesBundle.html */
  GetTrustStoreCaCertificatesBundle: "R|||10;1;|1,6||;",
  /** Grants permission to retrieve a trust store revocation content. Access level: Read. Resources: truststore*. https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_GetTrustStoreRevocationContent.html */
  GetTrustStoreRevocationContent: "R|||10;1;|1,6||;",
  /** Grants permission to modify the capacity reservation for a load balancer. Access level: Write. Resources: loadbalancer/app/, loadbalancer/gwy/, loadbalancer/net/. https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_ModifyCapacityReservation.html */
  ModifyCapacityReservation: "W|||6;0;,7;0;,8;0;|1,6||;",
  /** Grants permission to modify the ip pools for a load balancer. Access level: Write. Resources: loadbalancer/app/. https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_ModifyIpPools.html */
  ModifyIpPools: "W|||6;0;|1,6||;",
  /** Grants permission to modify the specified properties of the specified listener. Access level: Write. Resources: listener/app*, listener/gwy*, listener/net*. https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_ModifyListener.html */
  ModifyListener: "W|||2;1;,3;1;,4;1;|1,4,6,9||;",
  /** Grants permission to modify the attributes of the specified listener. Access level: Write. Resources: listener/app*, listener/gwy*, listener/net*. https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_ModifyListenerAttributes.html */
  ModifyListenerAttributes: "W|||2;1;,3;1;,4;1;|1,6||;",
  /** Grants permission to modify the attributes of the specified load balancer. Access level: Write. Resources: loadbalancer*, loadbalancer/app/, loadbalancer/gwy/, loadbalancer/net/. https://docs.aws.amazon.com/elasticloadbalancing/2012-06-01/APIReference/API_ModifyLoadBalancerAttributes.html */
  ModifyLoadBalancerAttributes: "W|||5;1;,6;0;,7;0;,8;0;|1,6||;",
  /** Grants permission to modify the specified rule. Access level: Write. Resources: listener-rule/app*, listener-rule/net*. https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_ModifyRule.html */
  ModifyRule: "W|||0;1;,1;1;|1,6||;",
  /** Grants permission to modify the health checks used when evaluating the health state of the targets in the specified target group. Access level: Write. Resources: targetgroup*. https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_ModifyTargetGroup.html */
  ModifyTargetGroup: "W|||9;1;|1,6||;",
  /** Grants permission to modify the specified attributes of the specified target group. Access level: Write. Resources: targetgroup*. https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_ModifyTargetGroupAttributes.html */
  ModifyTargetGroupAttributes: "W|||9;1;|1,6||;",
  /** Grants permission to modify the specified trust store. Access level: Write. Resources: truststore*. https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_ModifyTrustStore.html */
  ModifyTrustStore: "W|||10;1;|1,6||;",
  /** Grants permission to add the specified instances to the specified load balancer. Access level: Write. Resources: loadbalancer*. https://docs.aws.amazon.com/elasticloadbalancing/2012-06-01/APIReference/API_RegisterInstancesWithLoadBalancer.html */
  RegisterInstancesWithLoadBalancer: "W|||5;1;|1,6||;",
  /** Grants permission to register the specified targets with the specified target group. Access level: Write. Resources: targetgroup*. https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_RegisterTargets.html */
  RegisterTargets: "W|||9;1;|1,6||;",
  /** Grants permission to remove the specified certificates of the specified secure listener. Access level: Write. Resources: listener/app*, listener/net*. https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_RemoveListenerCertificates.html */
  RemoveListenerCertificates: "W|||2;1;,4;1;|1,6||;",
  /** Grants permission to remove one or more tags from the specified load balancer. Access level: Tagging. Resources: listener-rule/app, listener-rule/net, listener/app, listener/gwy, listener/net, loadbalancer*, loadbalancer/app/, loadbalancer/gwy/, loadbalancer/net/, targetgroup, truststore. https://docs.aws.amazon.com/elasticloadbalancing/2012-06-01/APIReference/API_RemoveTags.html */
  RemoveTags: "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;1;,6;0;,7;0;,8;0;,9;0;,10;0;|0,1,2,6||;",
  /** Grants permission to remove revocations from a trust store. Access level: Write. Resources: truststore*. https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_RemoveTrustStoreRevocations.html */
  RemoveTrustStoreRevocations: "W|||10;1;|1,6||;",
  /** Grants permission to set the type of IP addresses used by the subnets of the specified load balancer. Access level: Write. Resources: loadbalancer/app/, loadbalancer/gwy/, loadbalancer/net/. https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_SetIpAddressType.html */
  SetIpAddressType: "W|||6;0;,7;0;,8;0;|1,6||;",
  /** Grants permission to set the certificate that terminates the specified listener's SSL connections. Access level: Write. Resources: loadbalancer*. https://docs.aws.amazon.com/elasticloadbalancing/2012-06-01/APIReference/API_SetLoadBalancerListenerSSLCertificate.html */
  SetLoadBalancerListenerSSLCertificate: "W|||5;1;|1,6||;",
  /** Grants permission to replace the set of policies associated with the specified port on which the back-end server is listening with a new set of policies. Access level: Write. Resources: loadbalancer*. https://docs.aws.amazon.com/elasticloadbalancing/2012-06-01/APIReference/API_SetLoadBalancerPoliciesForBackendServer.html */
  SetLoadBalancerPoliciesForBackendServer: "W|||5;1;|1,6||;",
  /** Grants permission to replace the current set of policies for the specified load balancer port with the specified set of policies. Access level: Write. Resources: loadbalancer*. https://docs.aws.amazon.com/elasticloadbalancing/2012-06-01/APIReference/API_SetLoadBalancerPoliciesOfListener.html */
  SetLoadBalancerPoliciesOfListener: "W|||5;1;|1,6,9||;",
  /** Grants permission to set the priorities of the specified rules. Access level: Write. Resources: listener-rule/app*, listener-rule/net*. https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_SetRulePriorities.html */
  SetRulePriorities: "W|||0;1;,1;1;|||;",
  /** Grants permission to associate the specified security groups with the specified load balancer. Access level: Write. Resources: loadbalancer/app/, loadbalancer/net/. https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_SetSecurityGroups.html */
  SetSecurityGroups: "W|||6;0;,8;0;|1,6,8||;",
  /** Grants permission to enable the Availability Zone for the specified subnets for the specified load balancer. Access level: Write. Resources: loadbalancer/app/, loadbalancer/gwy/, loadbalancer/net/. https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_SetSubnets.html */
  SetSubnets: "W|||6;0;,7;0;,8;0;|1,6,10||;",
  /** Grants permission to give WebAcl permission to WAF. Access level: Write. Permission only. https://docs.aws.amazon.com/waf/latest/developerguide/security_iam_service-with-iam.html#security_iam_action-AssociateWebACL */
  SetWebAcl: "W||1||||",
} as const;
const actionDetails = {
  AddListenerCertificates:
    "|,;~~~|Grants permission to add the specified certificates to the specified secure listener",
  AddTags:
    "|,;~~elb~;~~,~~,~elb~;~~,~~,~~,~~|Grants permission to add the specified tags to the specified load balancer. Each load balancer can have a maximum of 10 tags",
  AddTrustStoreRevocations: "|,;~~~|Grants permission to add revocations to a trust store",
  AllowVendedLogDeliveryForResource: "|,;~|Grants permission to configure vended log delivery for load balancers",
  ApplySecurityGroupsToLoadBalancer:
    "|,;~~elb~|Grants permission to associate one or more security groups with your load balancer in a virtual private cloud (VPC)",
  AttachLoadBalancerToSubnets:
    "|,;~~elb~|Grants permission to add one or more subnets to the set of configured subnets for the specified load balancer",
  ConfigureHealthCheck:
    "|,;~~elb~|Grants permission to specify the health check settings to use when evaluating the health state of your back-end instances",
  CreateAppCookieStickinessPolicy:
    "|,;~~elb~|Grants permission to generate a stickiness policy with sticky session lifetimes that follow that of an application-generated cookie",
  CreateLBCookieStickinessPolicy:
    "|,;~~elb~|Grants permission to generate a stickiness policy with sticky session lifetimes controlled by the lifetime of the browser (user-agent) or a specified expiration period",
  CreateListener: "|,;~~~|Grants permission to create a listener for the specified Application Load Balancer",
  CreateLoadBalancer: "|,;~~elb~;~~|Grants permission to create a load balancer",
  CreateLoadBalancerListeners:
    "|,;~~elb~|Grants permission to create one or more listeners for the specified load balancer",
  CreateLoadBalancerPolicy:
    "|,;~~elb~|Grants permission to create a policy with the specified attributes for the specified load balancer",
  CreateRule: "|,;~~~|Grants permission to create a rule for the specified listener",
  CreateTargetGroup: "|,;~~~|Grants permission to create a target group",
  CreateTrustStore: "|,;~~~|Grants permission to create a trust store",
  CreateWebACLAssociation: "|,;~|Grants permission to associate WAF WebACL to the specified load balancer",
  DeleteListener: "|,;~~~|Grants permission to delete the specified listener",
  DeleteLoadBalancer: "|,;~~elb~;~~|Grants permission to delete the specified load balancer",
  DeleteLoadBalancerListeners:
    "|,;~~elb~|Grants permission to delete the specified listeners from the specified load balancer",
  DeleteLoadBalancerPolicy:
    "|,;~~elb~|Grants permission to delete the specified policy from the specified load balancer. This policy must not be enabled for any listeners",
  DeleteRule: "|,;~~~|Grants permission to delete the specified rule",
  DeleteSharedTrustStoreAssociation: "|,;~~~|Grants permission to delete the specified shared trust store association",
  DeleteTargetGroup: "|,;~~~|Grants permission to delete the specified target group",
  DeleteTrustStore: "|,;~~~|Grants permission to delete the specified trust store",
  DeleteWebACLAssociation: "|,;~|Grants permission to disassociate WAF WebACL from the specified load balancer",
  DeregisterInstancesFromLoadBalancer:
    "|,;~~elb~|Grants permission to deregister the specified instances from the specified load balancer",
  DeregisterTargets: "|,;~~~|Grants permission to deregister the specified targets from the specified target group",
  DescribeAccountLimits:
    "|,;~~elb~;~~|Grants permission to describe the Elastic Load Balancing resource limits for the AWS account",
  DescribeCapacityReservation: "|,;~~~|Grants permission to describe the capacity reservation for a load balancer",
  DescribeInstanceHealth:
    "|,;~~elb~|Grants permission to describe the state of the specified instances with respect to the specified load balancer",
  DescribeListenerAttributes: "|,;~~~|Grants permission to describe the attributes for the specified listener",
  DescribeListenerCertificates:
    "|,;~~~|Grants permission to describe the certificates for the specified secure listener",
  DescribeListeners:
    "|,;~~~|Grants permission to describe the specified listeners or the listeners for the specified Application Load Balancer",
  DescribeLoadBalancerAttributes:
    "|,;~~elb~;~~|Grants permission to describe the attributes for the specified load balancer",
  DescribeLoadBalancerPolicies: "|,;~~elb~|Grants permission to describe the specified policies",
  DescribeLoadBalancerPolicyTypes: "|,;~~elb~|Grants permission to describe the specified load balancer policy types",
  DescribeLoadBalancers:
    "|,;~~elb~;~~|Grants permission to describe the specified the load balancers. If no load balancers are specified, the call describes all of your load balancers",
  DescribeRules: "|,;~~~|Grants permission to describe the specified rules or the rules for the specified listener",
  DescribeSSLPolicies:
    "|,;~~~|Grants permission to describe the specified policies or all policies used for SSL negotiation",
  DescribeTags: "|,;~~elb~;~~|Grants permission to describe the tags associated with the specified load balancers",
  DescribeTargetGroupAttributes: "|,;~~~|Grants permission to describe the attributes for the specified target group",
  DescribeTargetGroups: "|,;~~~|Grants permission to describe the specified target groups or all of your target groups",
  DescribeTargetHealth:
    "|,;~~~|Grants permission to describe the health of the specified targets or all of your targets",
  DescribeTrustStoreAssociations: "|,;~~~|Grants permission to describe the associations with a trust store",
  DescribeTrustStoreRevocations:
    "|,;~~~|Grants permission to describe the specified trust stores revocations or all of your revocations related to a trust store",
  DescribeTrustStores: "|,;~~~|Grants permission to describe the specified trust stores or all of your trust stores",
  DescribeWebACLAssociation:
    "|,;~|Grants permission to describe all load balancers associated to a WAF WebACL in your account",
  DetachLoadBalancerFromSubnets:
    "|,;~~elb~|Grants permission to remove the specified subnets from the set of configured subnets for the load balancer",
  DisableAvailabilityZonesForLoadBalancer:
    "|,;~~elb~|Grants permission to remove the specified Availability Zones from the set of Availability Zones for the specified load balancer",
  EnableAvailabilityZonesForLoadBalancer:
    "|,;~~elb~|Grants permission to add the specified Availability Zones to the set of Availability Zones for the specified load balancer",
  GetLoadBalancerWebACL: "|,;~|Grants permission to retrieve the WAF WebACL associated to the specified load balancer",
  GetResourcePolicy: "|,;~~~|Grants permission to retrieve the resource policy associated with the resource",
  GetTrustStoreCaCertificatesBundle: "|,;~~~|Grants permission to retrieve a trust store CA certificates bundle",
  GetTrustStoreRevocationContent: "|,;~~~|Grants permission to retrieve a trust store revocation content",
  ModifyCapacityReservation: "|,;~~~|Grants permission to modify the capacity reservation for a load balancer",
  ModifyIpPools: "|,;~~~|Grants permission to modify the ip pools for a load balancer",
  ModifyListener: "|,;~~~|Grants permission to modify the specified properties of the specified listener",
  ModifyListenerAttributes: "|,;~~~|Grants permission to modify the attributes of the specified listener",
  ModifyLoadBalancerAttributes:
    "|,;~~elb~;~~|Grants permission to modify the attributes of the specified load balancer",
  ModifyRule: "|,;~~~|Grants permission to modify the specified rule",
  ModifyTargetGroup:
    "|,;~~~|Grants permission to modify the health checks used when evaluating the health state of the targets in the specified target group",
  ModifyTargetGroupAttributes:
    "|,;~~~|Grants permission to modify the specified attributes of the specified target group",
  ModifyTrustStore: "|,;~~~|Grants permission to modify the specified trust store",
  RegisterInstancesWithLoadBalancer:
    "|,;~~elb~|Grants permission to add the specified instances to the specified load balancer",
  RegisterTargets: "|,;~~~|Grants permission to register the specified targets with the specified target group",
  RemoveListenerCertificates:
    "|,;~~~|Grants permission to remove the specified certificates of the specified secure listener",
  RemoveTags: "|,;~~elb~;~~|Grants permission to remove one or more tags from the specified load balancer",
  RemoveTrustStoreRevocations: "|,;~~~|Grants permission to remove revocations from a trust store",
  SetIpAddressType:
    "|,;~~~|Grants permission to set the type of IP addresses used by the subnets of the specified load balancer",
  SetLoadBalancerListenerSSLCertificate:
    "|,;~~elb~|Grants permission to set the certificate that terminates the specified listener's SSL connections",
  SetLoadBalancerPoliciesForBackendServer:
    "|,;~~elb~|Grants permission to replace the set of policies associated with the specified port on which the back-end server is listening with a new set of policies",
  SetLoadBalancerPoliciesOfListener:
    "|,;~~elb~|Grants permission to replace the current set of policies for the specified load balancer port with the specified set of policies",
  SetRulePriorities: "|,;~~~|Grants permission to set the priorities of the specified rules",
  SetSecurityGroups:
    "|,;~~~|Grants permission to associate the specified security groups with the specified load balancer",
  SetSubnets:
    "|,;~~~|Grants permission to enable the Availability Zone for the specified subnets for the specified load balancer",
  SetWebAcl: "|,;~|Grants permission to give WebAcl permission to WAF",
};
const resourceTypeFacts = {
  /** The listener-rule/app resource type: arn:${Partition}:elasticloadbalancing:${Region}:${Account}:listener-rule/app/${LoadBalancerName}/${LoadBalancerId}/${ListenerId}/${ListenerRuleId} */
  "listener-rule/app": "|,listenerRuleApp|1,6",
  /** The listener-rule/net resource type: arn:${Partition}:elasticloadbalancing:${Region}:${Account}:listener-rule/net/${LoadBalancerName}/${LoadBalancerId}/${ListenerId}/${ListenerRuleId} */
  "listener-rule/net": "|,listenerRuleNet|1,6",
  /** The listener/app resource type: arn:${Partition}:elasticloadbalancing:${Region}:${Account}:listener/app/${LoadBalancerName}/${LoadBalancerId}/${ListenerId} */
  "listener/app": "|,listenerApp|1,6",
  /** The listener/gwy resource type: arn:${Partition}:elasticloadbalancing:${Region}:${Account}:listener/gwy/${LoadBalancerName}/${LoadBalancerId}/${ListenerId} */
  "listener/gwy": "|,listenerGwy|1,6",
  /** The listener/net resource type: arn:${Partition}:elasticloadbalancing:${Region}:${Account}:listener/net/${LoadBalancerName}/${LoadBalancerId}/${ListenerId} */
  "listener/net": "|,listenerNet|1,6",
  /** The loadbalancer resource type: arn:${Partition}:elasticloadbalancing:${Region}:${Account}:loadbalancer/${LoadBalancerName} */
  loadbalancer: "|,|1,6",
  /** The loadbalancer/app/ resource type: arn:${Partition}:elasticloadbalancing:${Region}:${Account}:loadbalancer/app/${LoadBalancerName}/${LoadBalancerId} */
  "loadbalancer/app/": "|,loadbalancerApp|1,6",
  /** The loadbalancer/gwy/ resource type: arn:${Partition}:elasticloadbalancing:${Region}:${Account}:loadbalancer/gwy/${LoadBalancerName}/${LoadBalancerId} */
  "loadbalancer/gwy/": "|,loadbalancerGwy|1,6",
  /** The loadbalancer/net/ resource type: arn:${Partition}:elasticloadbalancing:${Region}:${Account}:loadbalancer/net/${LoadBalancerName}/${LoadBalancerId} */
  "loadbalancer/net/": "|,loadbalancerNet|1,6",
  /** The targetgroup resource type: arn:${Partition}:elasticloadbalancing:${Region}:${Account}:targetgroup/${TargetGroupName}/${TargetGroupId} */
  targetgroup: "|,|1,6",
  /** The truststore resource type: arn:${Partition}:elasticloadbalancing:${Region}:${Account}:truststore/${TrustStoreName}/${TrustStoreId} */
  truststore: "|,|1,6",
} as const;
const arnFormats = {
  /** ARN of a listener/app resource: arn:${Partition}:elasticloadbalancing:${Region}:${Account}:listener/app/${LoadBalancerName}/${LoadBalancerId}/${ListenerId}. */
  listenerApp:
    "|,listener/app|arn:|Partition|:elasticloadbalancing:|Region|:|Account|:listener/app/|LoadBalancerName|/|LoadBalancerId|/|ListenerId|",
  /** ARN of a listener/gwy resource: arn:${Partition}:elasticloadbalancing:${Region}:${Account}:listener/gwy/${LoadBalancerName}/${LoadBalancerId}/${ListenerId}. */
  listenerGwy:
    "|,listener/gwy|arn:|Partition|:elasticloadbalancing:|Region|:|Account|:listener/gwy/|LoadBalancerName|/|LoadBalancerId|/|ListenerId|",
  /** ARN of a listener/net resource: arn:${Partition}:elasticloadbalancing:${Region}:${Account}:listener/net/${LoadBalancerName}/${LoadBalancerId}/${ListenerId}. */
  listenerNet:
    "|,listener/net|arn:|Partition|:elasticloadbalancing:|Region|:|Account|:listener/net/|LoadBalancerName|/|LoadBalancerId|/|ListenerId|",
  /** ARN of a listener-rule/app resource: arn:${Partition}:elasticloadbalancing:${Region}:${Account}:listener-rule/app/${LoadBalancerName}/${LoadBalancerId}/${ListenerId}/${ListenerRuleId}. */
  listenerRuleApp:
    "|,listener-rule/app|arn:|Partition|:elasticloadbalancing:|Region|:|Account|:listener-rule/app/|LoadBalancerName|/|LoadBalancerId|/|ListenerId|/|ListenerRuleId|",
  /** ARN of a listener-rule/net resource: arn:${Partition}:elasticloadbalancing:${Region}:${Account}:listener-rule/net/${LoadBalancerName}/${LoadBalancerId}/${ListenerId}/${ListenerRuleId}. */
  listenerRuleNet:
    "|,listener-rule/net|arn:|Partition|:elasticloadbalancing:|Region|:|Account|:listener-rule/net/|LoadBalancerName|/|LoadBalancerId|/|ListenerId|/|ListenerRuleId|",
  /** ARN of a loadbalancer resource: arn:${Partition}:elasticloadbalancing:${Region}:${Account}:loadbalancer/${LoadBalancerName}. */
  loadbalancer:
    "|,loadbalancer|arn:|Partition|:elasticloadbalancing:|Region|:|Account|:loadbalancer/|LoadBalancerName|",
  /** ARN of a loadbalancer/app/ resource: arn:${Partition}:elasticloadbalancing:${Region}:${Account}:loadbalancer/app/${LoadBalancerName}/${LoadBalancerId}. */
  loadbalancerApp:
    "|,loadbalancer/app/|arn:|Partition|:elasticloadbalancing:|Region|:|Account|:loadbalancer/app/|LoadBalancerName|/|LoadBalancerId|",
  /** ARN of a loadbalancer/gwy/ resource: arn:${Partition}:elasticloadbalancing:${Region}:${Account}:loadbalancer/gwy/${LoadBalancerName}/${LoadBalancerId}. */
  loadbalancerGwy:
    "|,loadbalancer/gwy/|arn:|Partition|:elasticloadbalancing:|Region|:|Account|:loadbalancer/gwy/|LoadBalancerName|/|LoadBalancerId|",
  /** ARN of a loadbalancer/net/ resource: arn:${Partition}:elasticloadbalancing:${Region}:${Account}:loadbalancer/net/${LoadBalancerName}/${LoadBalancerId}. */
  loadbalancerNet:
    "|,loadbalancer/net/|arn:|Partition|:elasticloadbalancing:|Region|:|Account|:loadbalancer/net/|LoadBalancerName|/|LoadBalancerId|",
  /** ARN of a targetgroup resource: arn:${Partition}:elasticloadbalancing:${Region}:${Account}:targetgroup/${TargetGroupName}/${TargetGroupId}. */
  targetgroup:
    "|,targetgroup|arn:|Partition|:elasticloadbalancing:|Region|:|Account|:targetgroup/|TargetGroupName|/|TargetGroupId|",
  /** ARN of a truststore resource: arn:${Partition}:elasticloadbalancing:${Region}:${Account}:truststore/${TrustStoreName}/${TrustStoreId}. */
  truststore:
    "|,truststore|arn:|Partition|:elasticloadbalancing:|Region|:|Account|:truststore/|TrustStoreName|/|TrustStoreId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "listener-rule/app",
  "listener-rule/net",
  "listener/app",
  "listener/gwy",
  "listener/net",
  "loadbalancer",
  "loadbalancer/app/",
  "loadbalancer/gwy/",
  "loadbalancer/net/",
  "targetgroup",
  "truststore",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "elasticloadbalancing">;
/** Any elasticloadbalancing action. */
export type Action = ActionOf<typeof actionFacts, "elasticloadbalancing">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "elasticloadbalancing">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "elbv2" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every elasticloadbalancing action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the preface string for a tag key and value pair that are attached to a resource. */
  [key: `elasticloadbalancing:ResourceTag/${string}`]: "String";
  /** Filters access by a list of tag keys that are allowed in the request. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access by the name of a resource-creating API action. */
  "elasticloadbalancing:CreateAction": "String";
  /** Filters access by the listener protocols that are allowed in the request. */
  "elasticloadbalancing:ListenerProtocol": "ArrayOfString" | "String";
  /** Filters access by the preface string for a tag key and value pair that are attached to a resource. */
  "elasticloadbalancing:ResourceTag/": "String";
  /** Filters access by the load balancer scheme that are allowed in the request. */
  "elasticloadbalancing:Scheme": "String";
  /** Filters access by the security-group IDs that are allowed in the request. */
  "elasticloadbalancing:SecurityGroup": "ArrayOfString";
  /** Filters access by the SSL Security Policies that are allowed in the request. */
  "elasticloadbalancing:SecurityPolicy": "ArrayOfString";
  /** Filters access by the subnet IDs that are allowed in the request. */
  "elasticloadbalancing:Subnet": "ArrayOfString";
}

/** Condition key -> value type. */
export type ConditionKeys = ConditionKeysOf<ConditionKeyTypes>;

/** Condition key with a placeholder, as the reference writes it -> its template-literal key. */
export interface ConditionKeyPatterns {
  /** aws:RequestTag/${TagKey} */
  "aws:RequestTag/${TagKey}": `aws:RequestTag/${string}`;
  /** aws:ResourceTag/${TagKey} */
  "aws:ResourceTag/${TagKey}": `aws:ResourceTag/${string}`;
  /** elasticloadbalancing:ResourceTag/${TagKey} */
  "elasticloadbalancing:ResourceTag/${TagKey}": `elasticloadbalancing:ResourceTag/${string}`;
}

/** A condition key as the reference writes it. */
export type ConditionKeyName = (typeof conditionKeyList)[number];
/** Condition key -> description, types, deprecation. */
export type ConditionKeyInfos = { readonly [K in ConditionKeyName]: ConditionKeyInfo };
const conditionKeyRows: { readonly [K in ConditionKeyName]: string } = {
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by a tag key and value pair that is allowed in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by a tag key and value pair of a resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by a list of tag keys that are allowed in the request",
  "elasticloadbalancing:CreateAction": "|,String|0||Filters access by the name of a resource-creating API action",
  "elasticloadbalancing:ListenerProtocol":
    "|,ArrayOfString,String|0||Filters access by the listener protocols that are allowed in the request",
  "elasticloadbalancing:ResourceTag/":
    "|,String|0||Filters access by the preface string for a tag key and value pair that are attached to a resource",
  "elasticloadbalancing:ResourceTag/${TagKey}":
    "|,String|0||Filters access by the preface string for a tag key and value pair that are attached to a resource",
  "elasticloadbalancing:Scheme":
    "|,String|0||Filters access by the load balancer scheme that are allowed in the request",
  "elasticloadbalancing:SecurityGroup":
    "|,ArrayOfString|0||Filters access by the security-group IDs that are allowed in the request",
  "elasticloadbalancing:SecurityPolicy":
    "|,ArrayOfString|0||Filters access by the SSL Security Policies that are allowed in the request",
  "elasticloadbalancing:Subnet": "|,ArrayOfString|0||Filters access by the subnet IDs that are allowed in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "elasticloadbalancing",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
