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
export const prefix: "route53" = "route53";
/** The service's name in the reference. */
export const serviceName: "Amazon Route 53" = "Amazon Route 53";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Route 53",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonroute53.html",
  },
];
const conditionKeyList = [
  "route53:ChangeResourceRecordSetsActions",
  "route53:ChangeResourceRecordSetsNormalizedRecordNames",
  "route53:ChangeResourceRecordSetsRecordTypes",
  "route53:VPCs",
] as const;
const dependentActionList = ["ec2:DescribeVpcs"] as const;
const actionFacts = {
  /** Grants permission to activate a key-signing key so that it can be used for signing by DNSSEC. Access level: Write. Resources: hostedzone*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_ActivateKeySigningKey.html */
  ActivateKeySigningKey: "W|||4;1;|||;",
  /** Grants permission to associate an additional Amazon VPC with a private hosted zone. Access level: Write. Resources: hostedzone. https://docs.aws.amazon.com/Route53/latest/APIReference/API_AssociateVPCWithHostedZone.html */
  AssociateVPCWithHostedZone: "W|||4;0;|3|0|;",
  /** Grants permission to create or delete CIDR blocks within a CIDR collection. Access level: Write. Resources: cidrcollection*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_ChangeCidrCollection.html */
  ChangeCidrCollection: "W|||1;1;|||;",
  /** Grants permission to create, update, or delete a record, which contains authoritative DNS information for a specified domain or subdomain name. Access level: Write. Resources: hostedzone*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_ChangeResourceRecordSets.html */
  ChangeResourceRecordSets: "W|||4;1;|0,1,2||;",
  /** Grants permission to add, edit, or delete tags for a health check or a hosted zone. Access level: Tagging. Resources: healthcheck*, hostedzone*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_ChangeTagsForResource.html */
  ChangeTagsForResource: "T|||3;1;,4;1;|||;",
  /** Grants permission to create a new CIDR collection. Access level: Write. https://docs.aws.amazon.com/Route53/latest/APIReference/API_CreateCidrCollection.html */
  CreateCidrCollection: "W||||||;",
  /** Grants permission to create a new health check, which monitors the health and performance of your web applications, web servers, and other resources. Access level: Write. https://docs.aws.amazon.com/Route53/latest/APIReference/API_CreateHealthCheck.html */
  CreateHealthCheck: "W||||||;",
  /** Grants permission to create a public hosted zone, which you use to specify how the Domain Name System (DNS) routes traffic on the Internet for a domain, such as example.com, and its subdomains. Access level: Write. https://docs.aws.amazon.com/Route53/latest/APIReference/API_CreateHostedZone.html */
  CreateHostedZone: "W||||3|0|;",
  /** Grants permission to create a new key-signing key associated with a hosted zone. Access level: Write. Resources: hostedzone*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_CreateKeySigningKey.html */
  CreateKeySigningKey: "W|||4;1;|||;",
  /** Grants permission to create a configuration for DNS query logging. Access level: Write. Resources: hostedzone*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_CreateQueryLoggingConfig.html */
  CreateQueryLoggingConfig: "W|||4;1;|||;",
  /** Grants permission to create a delegation set (a group of four name servers) that can be reused by multiple hosted zones. Access level: Write. https://docs.aws.amazon.com/Route53/latest/APIReference/API_CreateReusableDelegationSet.html */
  CreateReusableDelegationSet: "W||||||;",
  /** Grants permission to create a traffic policy, which you use to create multiple DNS records for one domain name (such as example.com) or one subdomain name (such as www.example.com). Access level: Write. https://docs.aws.amazon.com/Route53/latest/APIReference/API_CreateTrafficPolicy.html */
  CreateTrafficPolicy: "W||||||;",
  /** Grants permission to create records in a specified hosted zone based on the settings in a specified traffic policy version. Access level: Write. Resources: hostedzone*, trafficpolicy*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_CreateTrafficPolicyInstance.html */
  CreateTrafficPolicyInstance: "W|||4;1;,6;1;|||;",
  /** Grants permission to create a new version of an existing traffic policy. Access level: Write. Resources: trafficpolicy*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_CreateTrafficPolicyVersion.html */
  CreateTrafficPolicyVersion: "W|||6;1;|||;",
  /** Grants permission to authorize the AWS account that created a specified VPC to submit an AssociateVPCWithHostedZone request, which associates the VPC with a specified hosted zone that was created by a different account. Access level: Write. Resources: hostedzone*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_CreateVPCAssociationAuthorization.html */
  CreateVPCAssociationAuthorization: "W|||4;1;|3||;",
  /** Grants permission to deactivate a key-signing key so that it will not be used for signing by DNSSEC. Access level: Write. Resources: hostedzone*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_DeactivateKeySigningKey.html */
  DeactivateKeySigningKey: "W|||4;1;|||;",
  /** Grants permission to delete a CIDR collection. Access level: Write. Resources: cidrcollection*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_DeleteCidrCollection.html */
  DeleteCidrCollection: "W|||1;1;|||;",
  /** Grants permission to delete a health check. Access level: Write. Resources: healthcheck*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_DeleteHealthCheck.html */
  DeleteHealthCheck: "W|||3;1;|||;",
  /** Grants permission to delete a hosted zone. Access level: Write. Resources: hostedzone*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_DeleteHostedZone.html */
  DeleteHostedZone: "W|||4;1;|||;",
  /** Grants permission to delete a key-signing key. Access level: Write. Resources: hostedzone*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_DeleteKeySigningKey.html */
  DeleteKeySigningKey: "W|||4;1;|||;",
  /** Grants permission to delete a configuration for DNS query logging. Access level: Write. Resources: queryloggingconfig*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_DeleteQueryLoggingConfig.html */
  DeleteQueryLoggingConfig: "W|||5;1;|||;",
  /** Grants permission to delete a reusable delegation set. Access level: Write. Resources: delegationset*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_DeleteReusableDelegationSet.html */
  DeleteReusableDelegationSet: "W|||2;1;|||;",
  /** Grants permission to delete a traffic policy. Access level: Write. Resources: trafficpolicy*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_DeleteTrafficPolicy.html */
  DeleteTrafficPolicy: "W|||6;1;|||;",
  /** Grants permission to delete a traffic policy instance and all the records that Route 53 created when you created the instance. Access level: Write. Resources: trafficpolicyinstance*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_DeleteTrafficPolicyInstance.html */
  DeleteTrafficPolicyInstance: "W|||7;1;|||;",
  /** Grants permission to remove authorization for associating an Amazon Virtual Private Cloud with a Route 53 private hosted zone. Access level: Write. Resources: hostedzone*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_DeleteVPCAssociationAuthorization.html */
  DeleteVPCAssociationAuthorization: "W|||4;1;|3||;",
  /** Grants permission to disable DNSSEC signing in a specific hosted zone. Access level: Write. Resources: hostedzone*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_DisableHostedZoneDNSSEC.html */
  DisableHostedZoneDNSSEC: "W|||4;1;|||;",
  /** Grants permission to disassociate an Amazon Virtual Private Cloud from a Route 53 private hosted zone. Access level: Write. Resources: hostedzone. https://docs.aws.amazon.com/Route53/latest/APIReference/API_DisassociateVPCFromHostedZone.html */
  DisassociateVPCFromHostedZone: "W|||4;0;|3|0|;",
  /** Grants permission to enable DNSSEC signing in a specific hosted zone. Access level: Write. Resources: hostedzone*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_EnableHostedZoneDNSSEC.html */
  EnableHostedZoneDNSSEC: "W|||4;1;|||;",
  /** Grants permission to get the specified limit for the current account, for example, the maximum number of health checks that you can create using the account. Access level: Read. https://docs.aws.amazon.com/Route53/latest/APIReference/API_GetAccountLimit.html */
  GetAccountLimit: "R||||||;",
  /** Grants permission to get the current status of a request to create, update, or delete one or more records. Access level: List. Resources: change*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_GetChange.html */
  GetChange: "L|||0;1;|||;",
  /** Grants permission to get a list of the IP ranges that are used by Route 53 health checkers to check the health of your resources. Access level: List. https://docs.aws.amazon.com/Route53/latest/APIReference/API_GetCheckerIpRanges.html */
  GetCheckerIpRanges: "L||||||;",
  /** Grants permission to get information about DNSSEC for a specific hosted zone, including the key-signing keys in the hosted zone. Access level: Read. Resources: hostedzone*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_GetDNSSEC.html */
  GetDNSSEC: "R|||4;1;|||;",
  /** Grants permission to get information about whether a specified geographic location is supported for Route 53 geolocation records. Access level: List. https://docs.aws.amazon.com/Route53/latest/APIReference/API_GetGeoLocation.html */
  GetGeoLocation: "L||||||;",
  /** Grants permission to get information about a specified health check. Access level: Read. Resources: healthcheck*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_GetHealthCheck.html */
  GetHealthCheck: "R|||3;1;|||;",
  /** Grants permission to get the number of health checks that are associated with the current AWS account. Access level: List. https://docs.aws.amazon.com/Route53/latest/APIReference/API_GetHealthCheckCount.html */
  GetHealthCheckCount: "L||||||;",
  /** Grants permission to get the reason that a specified health check failed most recently. Access level: List. Resources: healthcheck*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_GetHealthCheckLastFailureReason.html */
  GetHealthCheckLastFailureReason: "L|||3;1;|||;",
  /** Grants permission to get the status of a specified health check. Access level: List. Resources: healthcheck*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_GetHealthCheckStatus.html */
  GetHealthCheckStatus: "L|||3;1;|||;",
  /** Grants permission to get information about a specified hosted zone including the four name servers that Route 53 assigned to the hosted zone. Access level: List. Resources: hostedzone*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_GetHostedZone.html */
  GetHostedZone: "L|||4;1;|||;",
  /** Grants permission to get the number of hosted zones that are associated with the current AWS account. Access level: List. https://docs.aws.amazon.com/Route53/latest/APIReference/API_GetHostedZoneCount.html */
  GetHostedZoneCount: "L||||||;",
  /** Grants permission to get the specified limit for a specified hosted zone. Access level: Read. Resources: hostedzone*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_GetHostedZoneLimit.html */
  GetHostedZoneLimit: "R|||4;1;|||;",
  /** Grants permission to get information about a specified configuration for DNS query logging. Access level: Read. Resources: queryloggingconfig*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_GetQueryLoggingConfig.html */
  GetQueryLoggingConfig: "R|||5;1;|||;",
  /** Grants permission to get information about a specified reusable delegation set, including the four name servers that are assigned to the delegation set. Access level: List. Resources: delegationset*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_GetReusableDelegationSet.html */
  GetReusableDelegationSet: "L|||2;1;|||;",
  /** Grants permission to get the maximum number of hosted zones that you can associate with the specified reusable delegation set. Access level: Read. Resources: delegationset*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_GetReusableDelegationSetLimit.html */
  GetReusableDelegationSetLimit: "R|||2;1;|||;",
  /** Grants permission to get information about a specified traffic policy version. Access level: Read. Resources: trafficpolicy*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_GetTrafficPolicy.html */
  GetTrafficPolicy: "R|||6;1;|||;",
  /** Grants permission to get information about a specified traffic policy instance. Access level: Read. Resources: trafficpolicyinstance*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_GetTrafficPolicyInstance.html */
  GetTrafficPolicyInstance: "R|||7;1;|||;",
  /** Grants permission to get the number of traffic policy instances that are associated with the current AWS account. Access level: Read. https://docs.aws.amazon.com/Route53/latest/APIReference/API_GetTrafficPolicyInstanceCount.html */
  GetTrafficPolicyInstanceCount: "R||||||;",
  /** Grants permission to get a list of the CIDR blocks within a specified CIDR collection. Access level: List. Resources: cidrcollection*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_ListCidrBlocks.html */
  ListCidrBlocks: "L|||1;1;|||;",
  /** Grants permission to get a list of the CIDR collections that are associated with the current AWS account. Access level: List. https://docs.aws.amazon.com/Route53/latest/APIReference/API_ListCidrCollections.html */
  ListCidrCollections: "L||||||;",
  /** Grants permission to get a list of the CIDR locations that belong to a specified CIDR collection. Access level: List. Resources: cidrcollection*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_ListCidrLocations.html */
  ListCidrLocations: "L|||1;1;|||;",
  /** Grants permission to get a list of geographic locations that Route 53 supports for geolocation. Access level: Read. https://docs.aws.amazon.com/Route53/latest/APIReference/API_ListGeoLocations.html */
  ListGeoLocations: "R||||||;",
  /** Grants permission to get a list of the health checks that are associated with the current AWS account. Access level: Read. https://docs.aws.amazon.com/Route53/latest/APIReference/API_ListHealthChecks.html */
  ListHealthChecks: "R||||||;",
  /** Grants permission to get a list of the public and private hosted zones that are associated with the current AWS account. Access level: List. https://docs.aws.amazon.com/Route53/latest/APIReference/API_ListHostedZones.html */
  ListHostedZones: "L||||||;",
  /** Grants permission to get a list of your hosted zones in lexicographic order. Hosted zones are sorted by name with the labels reversed, for example, com.example.www. Access level: List. https://docs.aws.amazon.com/Route53/latest/APIReference/API_ListHostedZonesByName.html */
  ListHostedZonesByName: "L||||||;",
  /** Grants permission to get a list of all the private hosted zones that a specified VPC is associated with. Access level: List. https://docs.aws.amazon.com/Route53/latest/APIReference/API_ListHostedZonesByVPC.html */
  ListHostedZonesByVPC: "L||||3|0|;",
  /** Grants permission to list the configurations for DNS query logging that are associated with the current AWS account or the configuration that is associated with a specified hosted zone. Access level: List. Resources: hostedzone. https://docs.aws.amazon.com/Route53/latest/APIReference/API_ListQueryLoggingConfigs.html */
  ListQueryLoggingConfigs: "L|||4;0;|||;",
  /** Grants permission to list the records in a specified hosted zone. Access level: List. Resources: hostedzone*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_ListResourceRecordSets.html */
  ListResourceRecordSets: "L|||4;1;|||;",
  /** Grants permission to list the reusable delegation sets that are associated with the current AWS account. Access level: Read. https://docs.aws.amazon.com/Route53/latest/APIReference/API_ListReusableDelegationSets.html */
  ListReusableDelegationSets: "R||||||;",
  /** Grants permission to list tags for one health check or hosted zone. Access level: Read. Resources: healthcheck, hostedzone. https://docs.aws.amazon.com/Route53/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||3;0;,4;0;|||;",
  /** Grants permission to list tags for up to 10 health checks or hosted zones. Access level: Read. Resources: healthcheck, hostedzone. https://docs.aws.amazon.com/Route53/latest/APIReference/API_ListTagsForResources.html */
  ListTagsForResources: "R|||3;0;,4;0;|||;",
  /** Grants permission to get information about the latest version for every traffic policy that is associated with the current AWS account. Policies are listed in the order in which they were created. Access level: List. https://docs.aws.amazon.com/Route53/latest/APIReference/API_ListTrafficPolicies.html */
  ListTrafficPolicies: "L||||||;",
  /** Grants permission to get information about the traffic policy instances that you created by using the current AWS account. Access level: Read. https://docs.aws.amazon.com/Route53/latest/APIReference/API_ListTrafficPolicyInstances.html */
  ListTrafficPolicyInstances: "R||||||;",
  /** Grants permission to get information about the traffic policy instances that you created in a specified hosted zone. Access level: List. Resources: hostedzone*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_ListTrafficPolicyInstancesByHostedZone.html */
  ListTrafficPolicyInstancesByHostedZone: "L|||4;1;|||;",
  /** Grants permission to get information about the traffic policy instances that you created using a specified traffic policy version. Access level: List. Resources: trafficpolicy*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_ListTrafficPolicyInstancesByPolicy.html */
  ListTrafficPolicyInstancesByPolicy: "L|||6;1;|||;",
  /** Grants permission to get information about all the versions for a specified traffic policy. Access level: List. Resources: trafficpolicy*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_ListTrafficPolicyVersions.html */
  ListTrafficPolicyVersions: "L|||6;1;|||;",
  /** Grants permission to get a list of the VPCs that were created by other accounts and that can be associated with a specified hosted zone. Access level: List. Resources: hostedzone*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_ListVPCAssociationAuthorizations.html */
  ListVPCAssociationAuthorizations: "L|||4;1;|||;",
  /** Grants permission to get the value that Route 53 returns in response to a DNS query for a specified record name and type. Access level: Read. https://docs.aws.amazon.com/Route53/latest/APIReference/API_TestDNSAnswer.html */
  TestDNSAnswer: "R||||||;",
  /** Grants permission to update an existing health check. Access level: Write. Resources: healthcheck*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_UpdateHealthCheck.html */
  UpdateHealthCheck: "W|||3;1;|||;",
  /** Grants permission to update the comment for a specified hosted zone. Access level: Write. Resources: hostedzone*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_UpdateHostedZoneComment.html */
  UpdateHostedZoneComment: "W|||4;1;|||;",
  /** Grants permission to update features for a specified hosted zone. Access level: Write. Resources: hostedzone*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_UpdateHostedZoneFeatures.html */
  UpdateHostedZoneFeatures: "W|||4;1;|||;",
  /** Grants permission to update the comment for a specified traffic policy version. Access level: Write. Resources: trafficpolicy*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_UpdateTrafficPolicyComment.html */
  UpdateTrafficPolicyComment: "W|||6;1;|||;",
  /** Grants permission to update the records in a specified hosted zone that were created based on the settings in a specified traffic policy version. Access level: Write. Resources: trafficpolicyinstance*. https://docs.aws.amazon.com/Route53/latest/APIReference/API_UpdateTrafficPolicyInstance.html */
  UpdateTrafficPolicyInstance: "W|||7;1;|||;",
} as const;
const actionDetails = {
  ActivateKeySigningKey:
    "|,;~~~|Grants permission to activate a key-signing key so that it can be used for signing by DNSSEC",
  AssociateVPCWithHostedZone:
    "|,;~~~|Grants permission to associate an additional Amazon VPC with a private hosted zone",
  ChangeCidrCollection: "|,;~~~|Grants permission to create or delete CIDR blocks within a CIDR collection",
  ChangeResourceRecordSets:
    "|,;~~~|Grants permission to create, update, or delete a record, which contains authoritative DNS information for a specified domain or subdomain name",
  ChangeTagsForResource: "|,;~~~|Grants permission to add, edit, or delete tags for a health check or a hosted zone",
  CreateCidrCollection: "|,;~~~|Grants permission to create a new CIDR collection",
  CreateHealthCheck:
    "|,;~~~|Grants permission to create a new health check, which monitors the health and performance of your web applications, web servers, and other resources",
  CreateHostedZone:
    "|,;~~~|Grants permission to create a public hosted zone, which you use to specify how the Domain Name System (DNS) routes traffic on the Internet for a domain, such as example.com, and its subdomains",
  CreateKeySigningKey: "|,;~~~|Grants permission to create a new key-signing key associated with a hosted zone",
  CreateQueryLoggingConfig: "|,;~~~|Grants permission to create a configuration for DNS query logging",
  CreateReusableDelegationSet:
    "|,;~~~|Grants permission to create a delegation set (a group of four name servers) that can be reused by multiple hosted zones",
  CreateTrafficPolicy:
    "|,;~~~|Grants permission to create a traffic policy, which you use to create multiple DNS records for one domain name (such as example.com) or one subdomain name (such as www.example.com)",
  CreateTrafficPolicyInstance:
    "|,;~~~|Grants permission to create records in a specified hosted zone based on the settings in a specified traffic policy version",
  CreateTrafficPolicyVersion: "|,;~~~|Grants permission to create a new version of an existing traffic policy",
  CreateVPCAssociationAuthorization:
    "|,;~~~|Grants permission to authorize the AWS account that created a specified VPC to submit an AssociateVPCWithHostedZone request, which associates the VPC with a specified hosted zone that was created by a different account",
  DeactivateKeySigningKey:
    "|,;~~~|Grants permission to deactivate a key-signing key so that it will not be used for signing by DNSSEC",
  DeleteCidrCollection: "|,;~~~|Grants permission to delete a CIDR collection",
  DeleteHealthCheck: "|,;~~~|Grants permission to delete a health check",
  DeleteHostedZone: "|,;~~~|Grants permission to delete a hosted zone",
  DeleteKeySigningKey: "|,;~~~|Grants permission to delete a key-signing key",
  DeleteQueryLoggingConfig: "|,;~~~|Grants permission to delete a configuration for DNS query logging",
  DeleteReusableDelegationSet: "|,;~~~|Grants permission to delete a reusable delegation set",
  DeleteTrafficPolicy: "|,;~~~|Grants permission to delete a traffic policy",
  DeleteTrafficPolicyInstance:
    "|,;~~~|Grants permission to delete a traffic policy instance and all the records that Route 53 created when you created the instance",
  DeleteVPCAssociationAuthorization:
    "|,;~~~|Grants permission to remove authorization for associating an Amazon Virtual Private Cloud with a Route 53 private hosted zone",
  DisableHostedZoneDNSSEC: "|,;~~~|Grants permission to disable DNSSEC signing in a specific hosted zone",
  DisassociateVPCFromHostedZone:
    "|,;~~~|Grants permission to disassociate an Amazon Virtual Private Cloud from a Route 53 private hosted zone",
  EnableHostedZoneDNSSEC: "|,;~~~|Grants permission to enable DNSSEC signing in a specific hosted zone",
  GetAccountLimit:
    "|,;~~~|Grants permission to get the specified limit for the current account, for example, the maximum number of health checks that you can create using the account",
  GetChange:
    "|,;~~~|Grants permission to get the current status of a request to create, update, or delete one or more records",
  GetCheckerIpRanges:
    "|,;~~~|Grants permission to get a list of the IP ranges that are used by Route 53 health checkers to check the health of your resources",
  GetDNSSEC:
    "|,;~~~|Grants permission to get information about DNSSEC for a specific hosted zone, including the key-signing keys in the hosted zone",
  GetGeoLocation:
    "|,;~~~|Grants permission to get information about whether a specified geographic location is supported for Route 53 geolocation records",
  GetHealthCheck: "|,;~~~|Grants permission to get information about a specified health check",
  GetHealthCheckCount:
    "|,;~~~|Grants permission to get the number of health checks that are associated with the current AWS account",
  GetHealthCheckLastFailureReason:
    "|,;~~~|Grants permission to get the reason that a specified health check failed most recently",
  GetHealthCheckStatus: "|,;~~~|Grants permission to get the status of a specified health check",
  GetHostedZone:
    "|,;~~~|Grants permission to get information about a specified hosted zone including the four name servers that Route 53 assigned to the hosted zone",
  GetHostedZoneCount:
    "|,;~~~|Grants permission to get the number of hosted zones that are associated with the current AWS account",
  GetHostedZoneLimit: "|,;~~~|Grants permission to get the specified limit for a specified hosted zone",
  GetQueryLoggingConfig:
    "|,;~~~|Grants permission to get information about a specified configuration for DNS query logging",
  GetReusableDelegationSet:
    "|,;~~~|Grants permission to get information about a specified reusable delegation set, including the four name servers that are assigned to the delegation set",
  GetReusableDelegationSetLimit:
    "|,;~~~|Grants permission to get the maximum number of hosted zones that you can associate with the specified reusable delegation set",
  GetTrafficPolicy: "|,;~~~|Grants permission to get information about a specified traffic policy version",
  GetTrafficPolicyInstance: "|,;~~~|Grants permission to get information about a specified traffic policy instance",
  GetTrafficPolicyInstanceCount:
    "|,;~~~|Grants permission to get the number of traffic policy instances that are associated with the current AWS account",
  ListCidrBlocks: "|,;~~~|Grants permission to get a list of the CIDR blocks within a specified CIDR collection",
  ListCidrCollections:
    "|,;~~~|Grants permission to get a list of the CIDR collections that are associated with the current AWS account",
  ListCidrLocations:
    "|,;~~~|Grants permission to get a list of the CIDR locations that belong to a specified CIDR collection",
  ListGeoLocations:
    "|,;~~~|Grants permission to get a list of geographic locations that Route 53 supports for geolocation",
  ListHealthChecks:
    "|,;~~~|Grants permission to get a list of the health checks that are associated with the current AWS account",
  ListHostedZones:
    "|,;~~~|Grants permission to get a list of the public and private hosted zones that are associated with the current AWS account",
  ListHostedZonesByName:
    "|,;~~~|Grants permission to get a list of your hosted zones in lexicographic order. Hosted zones are sorted by name with the labels reversed, for example, com.example.www",
  ListHostedZonesByVPC:
    "|,;~~~|Grants permission to get a list of all the private hosted zones that a specified VPC is associated with",
  ListQueryLoggingConfigs:
    "|,;~~~|Grants permission to list the configurations for DNS query logging that are associated with the current AWS account or the configuration that is associated with a specified hosted zone",
  ListResourceRecordSets: "|,;~~~|Grants permission to list the records in a specified hosted zone",
  ListReusableDelegationSets:
    "|,;~~~|Grants permission to list the reusable delegation sets that are associated with the current AWS account.",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for one health check or hosted zone",
  ListTagsForResources: "|,;~~~|Grants permission to list tags for up to 10 health checks or hosted zones",
  ListTrafficPolicies:
    "|,;~~~|Grants permission to get information about the latest version for every traffic policy that is associated with the current AWS account. Policies are listed in the order in which they were created",
  ListTrafficPolicyInstances:
    "|,;~~~|Grants permission to get information about the traffic policy instances that you created by using the current AWS account",
  ListTrafficPolicyInstancesByHostedZone:
    "|,;~~~|Grants permission to get information about the traffic policy instances that you created in a specified hosted zone",
  ListTrafficPolicyInstancesByPolicy:
    "|,;~~~|Grants permission to get information about the traffic policy instances that you created using a specified traffic policy version",
  ListTrafficPolicyVersions:
    "|,;~~~|Grants permission to get information about all the versions for a specified traffic policy",
  ListVPCAssociationAuthorizations:
    "|,;~~~|Grants permission to get a list of the VPCs that were created by other accounts and that can be associated with a specified hosted zone",
  TestDNSAnswer:
    "|,;~~~|Grants permission to get the value that Route 53 returns in response to a DNS query for a specified record name and type",
  UpdateHealthCheck: "|,;~~~|Grants permission to update an existing health check",
  UpdateHostedZoneComment: "|,;~~~|Grants permission to update the comment for a specified hosted zone",
  UpdateHostedZoneFeatures: "|,;~~~|Grants permission to update features for a specified hosted zone",
  UpdateTrafficPolicyComment: "|,;~~~|Grants permission to update the comment for a specified traffic policy version",
  UpdateTrafficPolicyInstance:
    "|,;~~~|Grants permission to update the records in a specified hosted zone that were created based on the settings in a specified traffic policy version",
};
const resourceTypeFacts = {
  /** The change resource type: arn:${Partition}:route53:::change/${Id} */
  change: "|,|",
  /** The cidrcollection resource type: arn:${Partition}:route53:::cidrcollection/${Id} */
  cidrcollection: "|,|",
  /** The delegationset resource type: arn:${Partition}:route53:::delegationset/${Id} */
  delegationset: "|,|",
  /** The healthcheck resource type: arn:${Partition}:route53:::healthcheck/${Id} */
  healthcheck: "|,|",
  /** The hostedzone resource type: arn:${Partition}:route53:::hostedzone/${Id} */
  hostedzone: "|,|",
  /** The queryloggingconfig resource type: arn:${Partition}:route53:::queryloggingconfig/${Id} */
  queryloggingconfig: "|,|",
  /** The trafficpolicy resource type: arn:${Partition}:route53:::trafficpolicy/${Id} */
  trafficpolicy: "|,|",
  /** The trafficpolicyinstance resource type: arn:${Partition}:route53:::trafficpolicyinstance/${Id} */
  trafficpolicyinstance: "|,|",
  /** The vpc resource type: arn:${Partition}:ec2:${Region}:${Account}:vpc/${VpcId} */
  vpc: "|,|",
} as const;
const arnFormats = {
  /** ARN of a change resource: arn:${Partition}:route53:::change/${Id}. */
  change: "|,change|arn:|Partition|:route53:::change/|Id|",
  /** ARN of a cidrcollection resource: arn:${Partition}:route53:::cidrcollection/${Id}. */
  cidrcollection: "|,cidrcollection|arn:|Partition|:route53:::cidrcollection/|Id|",
  /** ARN of a delegationset resource: arn:${Partition}:route53:::delegationset/${Id}. */
  delegationset: "|,delegationset|arn:|Partition|:route53:::delegationset/|Id|",
  /** ARN of a healthcheck resource: arn:${Partition}:route53:::healthcheck/${Id}. */
  healthcheck: "|,healthcheck|arn:|Partition|:route53:::healthcheck/|Id|",
  /** ARN of a hostedzone resource: arn:${Partition}:route53:::hostedzone/${Id}. */
  hostedzone: "|,hostedzone|arn:|Partition|:route53:::hostedzone/|Id|",
  /** ARN of a queryloggingconfig resource: arn:${Partition}:route53:::queryloggingconfig/${Id}. */
  queryloggingconfig: "|,queryloggingconfig|arn:|Partition|:route53:::queryloggingconfig/|Id|",
  /** ARN of a trafficpolicy resource: arn:${Partition}:route53:::trafficpolicy/${Id}. */
  trafficpolicy: "|,trafficpolicy|arn:|Partition|:route53:::trafficpolicy/|Id|",
  /** ARN of a trafficpolicyinstance resource: arn:${Partition}:route53:::trafficpolicyinstance/${Id}. */
  trafficpolicyinstance: "|,trafficpolicyinstance|arn:|Partition|:route53:::trafficpolicyinstance/|Id|",
  /** ARN of a vpc resource: arn:${Partition}:ec2:${Region}:${Account}:vpc/${VpcId}. */
  vpc: "|,vpc|arn:|Partition|:ec2:|Region|:|Account|:vpc/|VpcId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "change",
  "cidrcollection",
  "delegationset",
  "healthcheck",
  "hostedzone",
  "queryloggingconfig",
  "trafficpolicy",
  "trafficpolicyinstance",
  "vpc",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "route53">;
/** Any route53 action. */
export type Action = ActionOf<typeof actionFacts, "route53">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "route53">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "route53" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every route53 action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the change actions, CREATE, UPSERT, or DELETE, in a ChangeResourceRecordSets request. */
  "route53:ChangeResourceRecordSetsActions": "ArrayOfString";
  /** Filters access by the normalized DNS record names in a ChangeResourceRecordSets request. */
  "route53:ChangeResourceRecordSetsNormalizedRecordNames": "ArrayOfString";
  /** Filters access by the DNS record types in a ChangeResourceRecordSets request. */
  "route53:ChangeResourceRecordSetsRecordTypes": "ArrayOfString";
  /** Filters access by VPCs in request. */
  "route53:VPCs": "String";
}

/** Condition key -> value type. */
export type ConditionKeys = ConditionKeysOf<ConditionKeyTypes>;

/** Condition key with a placeholder, as the reference writes it -> its template-literal key. */
export interface ConditionKeyPatterns {}

/** A condition key as the reference writes it. */
export type ConditionKeyName = (typeof conditionKeyList)[number];
/** Condition key -> description, types, deprecation. */
export type ConditionKeyInfos = { readonly [K in ConditionKeyName]: ConditionKeyInfo };
const conditionKeyRows: { readonly [K in ConditionKeyName]: string } = {
  "route53:ChangeResourceRecordSetsActions":
    "|,ArrayOfString|0||Filters access by the change actions, CREATE, UPSERT, or DELETE, in a ChangeResourceRecordSets request",
  "route53:ChangeResourceRecordSetsNormalizedRecordNames":
    "|,ArrayOfString|0||Filters access by the normalized DNS record names in a ChangeResourceRecordSets request",
  "route53:ChangeResourceRecordSetsRecordTypes":
    "|,ArrayOfString|0||Filters access by the DNS record types in a ChangeResourceRecordSets request",
  "route53:VPCs": "|,String|0||Filters access by VPCs in request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "route53",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
