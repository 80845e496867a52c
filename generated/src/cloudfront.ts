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
export const prefix: "cloudfront" = "cloudfront";
/** The service's name in the reference. */
export const serviceName: "Amazon CloudFront" = "Amazon CloudFront";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon CloudFront",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoncloudfront.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [
  "cloudfront:GetDistribution",
  "cloudfront:GetVpcOrigin",
  "cloudfront:TagResource",
  "cloudfront:UpdateDistribution",
  "iam:PassRole",
] as const;
const actionFacts = {
  /** Grants permission to configure vended log delivery for a distribution. Access level: Permissions management. Resources: distribution. Permission only. https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/AWS-logs-and-resource-policy.html#AWS-logs-infrastructure-V2-service-specific */
  AllowVendedLogDeliveryForResource: "P||1|5;0;|||",
  /** Grants permission to associate an alias to a CloudFront distribution. Access level: Write. Resources: distribution*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_AssociateAlias.html */
  AssociateAlias: "W|||5;1;||3|;",
  /** Grants permission to associate a distribution tenant with an AWS WAF web ACL. Access level: Write. Resources: distribution-tenant*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_AssociateDistributionTenantWebACL.html */
  AssociateDistributionTenantWebACL: "W|||6;1;|||;",
  /** Grants permission to associate a distribution with an AWS WAF web ACL. Access level: Write. Resources: distribution*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_AssociateDistributionWebACL.html */
  AssociateDistributionWebACL: "W|||5;1;||1|;",
  /** Grants permission to copy an existing distribution and create a new web distribution. Access level: Write. Resources: distribution*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_CopyDistribution.html */
  CopyDistribution: "W|||5;1;||cloudfront:CopyDistribution,cloudfront:CreateDistribution,0,1|;",
  /** Grants permission to create an Anycast static IP list. Access level: Write. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_CreateAnycastIpList.html */
  CreateAnycastIpList: "W||||0,2|2|;",
  /** Grants permission to add a new cache policy to CloudFront. Access level: Write. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_CreateCachePolicy.html */
  CreateCachePolicy: "W||||||;",
  /** Grants permission to create a new CloudFront origin access identity. Access level: Write. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_CreateCloudFrontOriginAccessIdentity.html */
  CreateCloudFrontOriginAccessIdentity: "W||||||;",
  /** Grants permission to create a connection function. Access level: Write. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_CreateConnectionFunction.html */
  CreateConnectionFunction: "W||||0,2|2|;",
  /** Grants permission to create a connection group. Access level: Write. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_CreateConnectionGroup.html */
  CreateConnectionGroup: "W||||0,2|2|;,CreateDistribution,CreateDistributionWithTags",
  /** Grants permission to add a new continuous-deployment policy to CloudFront. Access level: Write. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_CreateContinuousDeploymentPolicy.html */
  CreateContinuousDeploymentPolicy: "W||||||;",
  /** Grants permission to create a new web distribution. Access level: Write. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_CreateDistribution.html */
  CreateDistribution: "W||||0,2|cloudfront:CreateConnectionGroup,1|CopyDistribution,;,CreateDistributionWithTags",
  /** Grants permission to create a distribution tenant. Access level: Write. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_CreateDistributionTenant.html */
  CreateDistributionTenant: "W||||0,2|1,2|;",
  /** Grants permission to create a new field-level encryption configuration. Access level: Write. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_CreateFieldLevelEncryptionConfig.html */
  CreateFieldLevelEncryptionConfig: "W||||||;",
  /** Grants permission to create a field-level encryption profile. Access level: Write. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_CreateFieldLevelEncryptionProfile.html */
  CreateFieldLevelEncryptionProfile: "W||||||;",
  /** Grants permission to create a CloudFront function. Access level: Write. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_CreateFunction.html */
  CreateFunction: "W||||0,2|2|;",
  /** Grants permission to create a new invalidation batch request. Access level: Write. Resources: distribution*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_CreateInvalidation.html */
  CreateInvalidation: "W|||5;1;|||;",
  /** Grants permission to create an invalidation for a distribution tenant. Access level: Write. Resources: distribution-tenant*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_CreateInvalidationForDistributionTenant.html */
  CreateInvalidationForDistributionTenant: "W|||6;1;|||;",
  /** Grants permission to add a new key group to CloudFront. Access level: Write. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_CreateKeyGroup.html */
  CreateKeyGroup: "W||||||;",
  /** Grants permission to create a CloudFront KeyValueStore. Access level: Write. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_CreateKeyValueStore.html */
  CreateKeyValueStore: "W||||0,2|2|;",
  /** Grants permission to enable additional CloudWatch metrics for the specified CloudFront distribution. The additional metrics incur an additional cost. Access level: Write. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_CreateMonitoringSubscription.html */
  CreateMonitoringSubscription: "W||||||;",
  /** Grants permission to create a new origin access control. Access level: Write. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_CreateOriginAccessControl.html */
  CreateOriginAccessControl: "W||||||;",
  /** Grants permission to add a new origin request policy to CloudFront. Access level: Write. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_CreateOriginRequestPolicy.html */
  CreateOriginRequestPolicy: "W||||||;",
  /** Grants permission to add a new public key to CloudFront. Access level: Write. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_CreatePublicKey.html */
  CreatePublicKey: "W||||||;",
  /** Grants permission to create a real-time log configuration. Access level: Write. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_CreateRealtimeLogConfig.html */
  CreateRealtimeLogConfig: "W|||||4|;",
  /** Grants permission to add a new response headers policy to CloudFront. Access level: Write. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_CreateResponseHeadersPolicy.html */
  CreateResponseHeadersPolicy: "W||||||;",
  /** Grants permission to create a new savings plan. Access level: Write. Permission only. https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cf-api-permissions-ref.html */
  CreateSavingsPlan: "W||1||||",
  /** Grants permission to create a new RTMP distribution. Access level: Write. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_CreateStreamingDistribution.html */
  CreateStreamingDistribution: "W||||||",
  /** Grants permission to create a new RTMP distribution with tags. Access level: Write. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_CreateStreamingDistributionWithTags.html */
  CreateStreamingDistributionWithTags: "W||||0,2||",
  /** Grants permission to create a trust store. Access level: Write. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_CreateTrustStore.html */
  CreateTrustStore: "W||||0,2|2|;",
  /** Grants permission to create a VPC origin. Access level: Write. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_CreateVpcOrigin.html */
  CreateVpcOrigin: "W||||0,2|2|;",
  /** Grants permission to delete an Anycast static IP list. Access level: Write. Resources: anycast-ip-list*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_DeleteAnycastIpList.html */
  DeleteAnycastIpList: "W|||0;1;|||;",
  /** Grants permission to delete a cache policy. Access level: Write. Resources: cache-policy*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_DeleteCachePolicy.html */
  DeleteCachePolicy: "W|||1;1;|||;",
  /** Grants permission to delete a CloudFront origin access identity. Access level: Write. Resources: origin-access-identity*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_DeleteCloudFrontOriginAccessIdentity.html */
  DeleteCloudFrontOriginAccessIdentity: "W|||12;1;|||;",
  /** Grants permission to delete a connection function. Access level: Write. Resources: connection-function*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_DeleteConnectionFunction.html */
  DeleteConnectionFunction: "W|||2;1;|||;",
  /** Grants permission to delete a connection group. Access level: Write. Resources: connection-group*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_DeleteConnectionGroup.html */
  DeleteConnectionGroup: "W|||3;1;|||;",
  /** Grants permission to delete a continuous-deployment policy. Access level: Write. Resources: continuous-deployment-policy*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_DeleteContinuousDeploymentPolicy.html */
  DeleteContinuousDeploymentPolicy: "W|||4;1;|||;",
  /** Grants permission to delete a web distribution. Access level: Write. Resources: distribution*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_DeleteDistribution.html */
  DeleteDistribution: "W|||5;1;|||;",
  /** Grants permission to delete a distribution tenant. Access level: Write. Resources: distribution-tenant*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_DeleteDistributionTenant.html */
  DeleteDistributionTenant: "W|||6;1;|||;",
  /** Grants permission to delete a field-level encryption configuration. Access level: Write. Resources: field-level-encryption-config*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_DeleteFieldLevelEncryptionConfig.html */
  DeleteFieldLevelEncryptionConfig: "W|||7;1;|||;",
  /** Grants permission to delete a field-level encryption profile. Access level: Write. Resources: field-level-encryption-profile*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_DeleteFieldLevelEncryptionProfile.html */
  DeleteFieldLevelEncryptionProfile: "W|||8;1;|||;",
  /** Grants permission to delete a CloudFront function. Access level: Write. Resources: function*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_DeleteFunction.html */
  DeleteFunction: "W|||9;1;|||;",
  /** Grants permission to delete a key group. Access level: Write. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_DeleteKeyGroup.html */
  DeleteKeyGroup: "W||||||;",
  /** Grants permission to delete a CloudFront KeyValueStore. Access level: Write. Resources: key-value-store*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_DeleteKeyValueStore.html */
  DeleteKeyValueStore: "W|||10;1;|||;",
  /** Grants permission to disable additional CloudWatch metrics for the specified CloudFront distribution. Access level: Write. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_DeleteMonitoringSubscription.html */
  DeleteMonitoringSubscription: "W||||||;",
  /** Grants permission to delete an origin access control. Access level: Write. Resources: origin-access-control*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_DeleteOriginAccessControl.html */
  DeleteOriginAccessControl: "W|||11;1;|||;",
  /** Grants permission to delete an origin request policy. Access level: Write. Resources: origin-request-policy*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_DeleteOriginRequestPolicy.html */
  DeleteOriginRequestPolicy: "W|||13;1;|||;",
  /** Grants permission to delete a public key from CloudFront. Access level: Write. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_DeletePublicKey.html */
  DeletePublicKey: "W||||||;",
  /** Grants permission to delete a real-time log configuration. Access level: Write. Resources: realtime-log-config*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_DeleteRealtimeLogConfig.html */
  DeleteRealtimeLogConfig: "W|||14;1;|||;",
  /** Grants permission to delete a resource's policy document. Access level: Write. Resources: vpcorigin. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_DeleteResourcePolicy.html */
  DeleteResourcePolicy: "W|||18;0;|||;",
  /** Grants permission to delete a response headers policy. Access level: Write. Resources: response-headers-policy*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_DeleteResponseHeadersPolicy.html */
  DeleteResponseHeadersPolicy: "W|||15;1;|||;",
  /** Grants permission to delete an RTMP distribution. Access level: Write. Resources: streaming-distribution*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_DeleteStreamingDistribution.html */
  DeleteStreamingDistribution: "W|||16;1;|||;",
  /** Grants permission to delete a trust store. Access level: Write. Resources: trust-store*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_DeleteTrustStore.html */
  DeleteTrustStore: "W|||17;1;|||;",
  /** Grants permission to delete a VPC origin. Access level: Write. Resources: vpcorigin*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_DeleteVpcOrigin.html */
  DeleteVpcOrigin: "W|||18;1;|||;",
  /** Grants permission to get a connection function summary. Access level: Read. Resources: connection-function*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_DescribeConnectionFunction.html */
  DescribeConnectionFunction: "R|||2;1;|||;",
  /** Grants permission to get a CloudFront function summary. Access level: Read. Resources: function*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_DescribeFunction.html */
  DescribeFunction: "R|||9;1;|||;",
  /** Grants permission to get a CloudFront KeyValueStore summary. Access level: Read. Resources: key-value-store*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_DescribeKeyValueStore.html */
  DescribeKeyValueStore: "R|||10;1;|||;",
  /** Grants permission to disassociate a distribution tenant from an AWS WAF web ACL. Access level: Write. Resources: distribution-tenant*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_DisassociateDistributionTenantWebACL.html */
  DisassociateDistributionTenantWebACL: "W|||6;1;|||;",
  /** Grants permission to disassociate a distribution from an AWS WAF web ACL. Access level: Write. Resources: distribution*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_DisassociateDistributionWebACL.html */
  DisassociateDistributionWebACL: "W|||5;1;|||;",
  /** Grants permission to get an Anycast static IP list. Access level: Read. Resources: anycast-ip-list*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_GetAnycastIpList.html */
  GetAnycastIpList: "R|||0;1;|||;",
  /** Grants permission to get the cache policy. Access level: Read. Resources: cache-policy*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_GetCachePolicy.html */
  GetCachePolicy: "R|||1;1;|||;",
  /** Grants permission to get the cache policy configuration. Access level: Read. Resources: cache-policy*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_GetCachePolicyConfig.html */
  GetCachePolicyConfig: "R|||1;1;|||;",
  /** Grants permission to get the information about a CloudFront origin access identity. Access level: Read. Resources: origin-access-identity*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_GetCloudFrontOriginAccessIdentity.html */
  GetCloudFrontOriginAccessIdentity: "R|||12;1;|||;",
  /** Grants permission to get the configuration information about a Cloudfront origin access identity. Access level: Read. Resources: origin-access-identity*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_GetCloudFrontOriginAccessIdentityConfig.html */
  GetCloudFrontOriginAccessIdentityConfig: "R|||12;1;|||;",
  /** Grants permission to get a connection function's code. Access level: Read. Resources: connection-function*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_GetConnectionFunction.html */
  GetConnectionFunction: "R|||2;1;|||;",
  /** Grants permission to get information about a connection group. Access level: Read. Resources: connection-group*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_GetConnectionGroup.html */
  GetConnectionGroup: "R|||3;1;|||;",
  /** Grants permission to get information about a connection group by the specified routing endpoint. Access level: Read. Resources: connection-group*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_GetConnectionGroupByRoutingEndpoint.html */
  GetConnectionGroupByRoutingEndpoint: "R|||3;1;|||;",
  /** Grants permission to get the continuous-deployment policy. Access level: Read. Resources: continuous-deployment-policy*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_GetContinuousDeploymentPolicy.html */
  GetContinuousDeploymentPolicy: "R|||4;1;|||;",
  /** Grants permission to get the continuous-deployment policy configuration. Access level: Read. Resources: continuous-deployment-policy*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_GetContinuousDeploymentPolicyConfig.html */
  GetContinuousDeploymentPolicyConfig: "R|||4;1;|||;",
  /** Grants permission to get the information about a web distribution. Access level: Read. Resources: distribution*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_GetDistribution.html */
  GetDistribution:
    "R|||5;1;|||CopyDistribution,;,ListConflictingAliases,ListDomainConflicts,UpdateDistributionWithStagingConfig",
  /** Grants permission to get the configuration information about a distribution. Access level: Read. Resources: distribution*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_GetDistributionConfig.html */
  GetDistributionConfig: "R|||5;1;|||;",
  /** Grants permission to get information about a distribution tenant. Access level: Read. Resources: distribution-tenant*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_GetDistributionTenant.html */
  GetDistributionTenant: "R|||6;1;|||;,ListDomainConflicts",
  /** Grants permission to get information about a distribution tenant by the associated domain. Access level: Read. Resources: distribution-tenant*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_GetDistributionTenantByDomain.html */
  GetDistributionTenantByDomain: "R|||6;1;|||;",
  /** Grants permission to get the field-level encryption configuration information. Access level: Read. Resources: field-level-encryption-config*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_GetFieldLevelEncryption.html */
  GetFieldLevelEncryption: "R|||7;1;|||;",
  /** Grants permission to get the field-level encryption configuration information. Access level: Read. Resources: field-level-encryption-config*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_GetFieldLevelEncryptionConfig.html */
  GetFieldLevelEncryptionConfig: "R|||7;1;|||;",
  /** Grants permission to get the field-level encryption configuration information. Access level: Read. Resources: field-level-encryption-profile*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_GetFieldLevelEncryptionProfile.html */
  GetFieldLevelEncryptionProfile: "R|||8;1;|||;",
  /** Grants permission to get the field-level encryption profile configuration information. Access level: Read. Resources: field-level-encryption-profile*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_GetFieldLevelEncryptionProfileConfig.html */
  GetFieldLevelEncryptionProfileConfig: "R|||8;1;|||;",
  /** Grants permission to get a CloudFront function's code. Access level: Read. Resources: function*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_GetFunction.html */
  GetFunction: "R|||9;1;|||;",
  /** Grants permission to get the information about an invalidation. Access level: Read. Resources: distribution*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_GetInvalidation.html */
  GetInvalidation: "R|||5;1;|||;",
  /** Grants permission to get information about an invalidation for a distribution tenant. Access level: Read. Resources: distribution-tenant*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_GetInvalidationForDistributionTenant.html */
  GetInvalidationForDistributionTenant: "R|||6;1;|||;",
  /** Grants permission to get a key group. Access level: Read. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_GetKeyGroup.html */
  GetKeyGroup: "R||||||;",
  /** Grants permission to get a key group configuration. Access level: Read. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_GetKeyGroupConfig.html */
  GetKeyGroupConfig: "R||||||;",
  /** Grants permission to get details about a CloudFront managed certificate. Access level: Read. Resources: distribution-tenant*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_GetManagedCertificateDetails.html */
  GetManagedCertificateDetails: "R|||6;1;|||;",
  /** Grants permission to get information about whether additional CloudWatch metrics are enabled for the specified CloudFront distribution. Access level: Read. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_GetMonitoringSubscription.html */
  GetMonitoringSubscription: "R||||||;",
  /** Grants permission to get the origin access control. Access level: Read. Resources: origin-access-control*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_GetOriginAccessControl.html */
  GetOriginAccessControl: "R|||11;1;|||;",
  /** Grants permission to get the origin access control configuration. Access level: Read. Resources: origin-access-control*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_GetOriginAccessControlConfig.html */
  GetOriginAccessControlConfig: "R|||11;1;|||;",
  /** Grants permission to get the origin request policy. Access level: Read. Resources: origin-request-policy*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_GetOriginRequestPolicy.html */
  GetOriginRequestPolicy: "R|||13;1;|||;",
  /** Grants permission to get the origin request policy configuration. Access level: Read. Resources: origin-request-policy*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_GetOriginRequestPolicyConfig.html */
  GetOriginRequestPolicyConfig: "R|||13;1;|||;",
  /** Grants permission to get the public key information. Access level: Read. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_GetPublicKey.html */
  GetPublicKey: "R||||||;",
  /** Grants permission to get the public key configuration information. Access level: Read. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_GetPublicKeyConfig.html */
  GetPublicKeyConfig: "R||||||;",
  /** Grants permission to get a real-time log configuration. Access level: Read. Resources: realtime-log-config*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_GetRealtimeLogConfig.html */
  GetRealtimeLogConfig: "R|||14;1;|||;",
  /** Grants permission to get the information about a resource's policy document. Access level: Read. Resources: vpcorigin. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_GetResourcePolicy.html */
  GetResourcePolicy: "R|||18;0;|||;",
  /** Grants permission to get the response headers policy. Access level: Read. Resources: response-headers-policy*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_GetResponseHeadersPolicy.html */
  GetResponseHeadersPolicy: "R|||15;1;|||;",
  /** Grants permission to get the response headers policy configuration. Access level: Read. Resources: response-headers-policy*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_GetResponseHeadersPolicyConfig.html */
  GetResponseHeadersPolicyConfig: "R|||15;1;|||;",
  /** Grants permission to get a savings plan. Access level: Read. Permission only. https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cf-api-permissions-ref.html */
  GetSavingsPlan: "R||1||||",
  /** Grants permission to get the information about an RTMP distribution. Access level: Read. Resources: streaming-distribution*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_GetStreamingDistribution.html */
  GetStreamingDistribution: "R|||16;1;|||;",
  /** Grants permission to get the configuration information about a streaming distribution. Access level: Read. Resources: streaming-distribution*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_GetStreamingDistributionConfig.html */
  GetStreamingDistributionConfig: "R|||16;1;|||;",
  /** Grants permission to get information about a trust store. Access level: Read. Resources: trust-store*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_GetTrustStore.html */
  GetTrustStore: "R|||17;1;|||;",
  /** Grants permission to get the information about a VPC origin. Access level: Read. Resources: vpcorigin*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_GetVpcOrigin.html */
  GetVpcOrigin:
    "R|||18;1;|||AssociateDistributionWebACL,CopyDistribution,CreateDistribution,CreateDistributionTenant,CreateDistributionWithTags,;,UpdateDistribution,UpdateDistributionTenant,UpdateDistributionWithStagingConfig",
  /** Grants permission to list your Anycast static IP lists. Access level: List. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_ListAnycastIpLists.html */
  ListAnycastIpLists: "L||||||;",
  /** Grants permission to list all cache policies that have been created in CloudFront for this account. Access level: List. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_ListCachePolicies.html */
  ListCachePolicies: "L||||||;",
  /** Grants permission to list your CloudFront origin access identities. Access level: List. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_ListCloudFrontOriginAccessIdentities.html */
  ListCloudFrontOriginAccessIdentities: "L||||||;",
  /** Grants permission to list all aliases that conflict with the given alias in CloudFront. Access level: List. Resources: distribution*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_ListConflictingAliases.html */
  ListConflictingAliases: "L|||5;1;||0|;",
  /** Grants permission to list the connection functions in your AWS account. Access level: List. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_ListConnectionFunctions.html */
  ListConnectionFunctions: "L||||||;",
  /** Grants permission to list the connection groups in your AWS account. Access level: List. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_ListConnectionGroups.html */
  ListConnectionGroups: "L||||||;",
  /** Grants permission to list all continuous-deployment policies in the account. Access level: List. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_ListContinuousDeploymentPolicies.html */
  ListContinuousDeploymentPolicies: "L||||||;",
  /** Grants permission to list the distribution tenants in your AWS account. Access level: List. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_ListDistributionTenants.html */
  ListDistributionTenants: "L||||||;",
  /** Grants permission to list the distribution tenants by the customization that you specify. Access level: List. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_ListDistributionTenantsByCustomization.html */
  ListDistributionTenantsByCustomization: "L||||||;",
  /** Grants permission to list the distributions associated with your AWS account. Access level: List. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_ListDistributions.html */
  ListDistributions: "L||||||;",
  /** Grants permission to list the distributions in your account that are associated with the specified AnycastIpListId. Access level: List. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_ListDistributionsByAnycastIpListId.html */
  ListDistributionsByAnycastIpListId: "L||||||;",
  /** Grants permission to list distribution IDs for distributions that have a cache behavior that's associated with the specified cache policy. Access level: List. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_ListDistributionsByCachePolicyId.html */
  ListDistributionsByCachePolicyId: "L||||||;",
  /** Grants permission to list summaries for distributions associated with the specified connection function. Access level: List. Resources: connection-function*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_ListDistributionsByConnectionFunction.html */
  ListDistributionsByConnectionFunction: "L|||2;1;|||;",
  /** Grants permission to list the distributions by the specified connection mode. Access level: List. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_ListDistributionsByConnectionMode.html */
  ListDistributionsByConnectionMode: "L||||||;",
  /** Grants permission to list distribution IDs for distributions that have a cache behavior that's associated with the specified key group. Access level: List. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_ListDistributionsByKeyGroup.html */
  ListDistributionsByKeyGroup: "L||||||;",
  /** Grants permission to list the distributions associated a Lambda function. Access level: List. Permission only. https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cf-api-permissions-ref.html */
  ListDistributionsByLambdaFunction: "L||1||||",
  /** Grants permission to list distribution IDs for distributions that have a cache behavior that's associated with the specified origin request policy. Access level: List. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_ListDistributionsByOriginRequestPolicyId.html */
  ListDistributionsByOriginRequestPolicyId: "L||||||;",
  /** Grants permission to get a list of distributions that have a cache behavior that's associated with the specified real-time log configuration. Access level: List. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_ListDistributionsByRealtimeLogConfig.html */
  ListDistributionsByRealtimeLogConfig: "L||||||;",
  /** Grants permission to list distribution IDs for distributions that have a cache behavior that's associated with the specified response headers policy. Access level: List. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_ListDistributionsByResponseHeadersPolicyId.html */
  ListDistributionsByResponseHeadersPolicyId: "L||||||;",
  /** Grants permission to list summaries for distributions associated with the specified trust store. Access level: List. Resources: trust-store*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_ListDistributionsByTrustStore.html */
  ListDistributionsByTrustStore: "L|||17;1;|||;",
  /** Grants permission to list IDs for distributions associated with the specified VPC origin. Access level: List. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_ListDistributionsByVpcOriginId.html */
  ListDistributionsByVpcOriginId: "L||||||;",
  /** Grants permission to list the distributions associated with your AWS account with given AWS WAF web ACL. Access level: List. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_ListDistributionsByWebACLId.html */
  ListDistributionsByWebACLId: "L||||||;",
  /** Grants permission to list domain conflicts for a specified domain. Access level: List. Resources: distribution, distribution-tenant. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_ListDomainConflicts.html */
  ListDomainConflicts: "L|||5;0;,6;0;||0,cloudfront:GetDistributionTenant|;",
  /** Grants permission to list all field-level encryption configurations that have been created in CloudFront for this account. Access level: List. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_ListFieldLevelEncryptionConfigs.html */
  ListFieldLevelEncryptionConfigs: "L||||||;",
  /** Grants permission to list all field-level encryption profiles that have been created in CloudFront for this account. Access level: List. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_ListFieldLevelEncryptionProfiles.html */
  ListFieldLevelEncryptionProfiles: "L||||||;",
  /** Grants permission to get a list of CloudFront functions. Access level: List. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_ListFunctions.html */
  ListFunctions: "L||||||;",
  /** Grants permission to list your invalidation batches. Access level: List. Resources: distribution*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_ListInvalidations.html */
  ListInvalidations: "L|||5;1;|||;",
  /** Grants permission to list the invalidations for a distribution tenant. Access level: List. Resources: distribution-tenant*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_ListInvalidationsForDistributionTenant.html */
  ListInvalidationsForDistributionTenant: "L|||6;1;|||;",
  /** Grants permission to list all key groups that have been created in CloudFront for this account. Access level: List. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_ListKeyGroups.html */
  ListKeyGroups: "L||||||;",
  /** Grants permission to get a list of CloudFront KeyValueStores. Access level: List. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_ListKeyValueStores.html */
  ListKeyValueStores: "L||||||;",
  /** Grants permission to list all origin access controls in the account. Access level: List. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_ListOriginAccessControls.html */
  ListOriginAccessControls: "L||||||;",
  /** Grants permission to list all origin request policies that have been created in CloudFront for this account. Access level: List. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_ListOriginRequestPolicies.html */
  ListOriginRequestPolicies: "L||||||;",
  /** Grants permission to list all public keys that have been added to CloudFront for this account. Access level: List. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_ListPublicKeys.html */
  ListPublicKeys: "L||||||;",
  /** Grants permission to list CloudFront rate cards for the account. Access level: List. Permission only. https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cf-api-permissions-ref.html */
  ListRateCards: "L||1||||",
  /** Grants permission to get a list of real-time log configurations. Access level: List. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_ListRealtimeLogConfigs.html */
  ListRealtimeLogConfigs: "L||||||;",
  /** Grants permission to list all response headers policies that have been created in CloudFront for this account. Access level: List. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_ListResponseHeadersPolicies.html */
  ListResponseHeadersPolicies: "L||||||;",
  /** Grants permission to list savings plans in the account. Access level: List. Permission only. https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cf-api-permissions-ref.html */
  ListSavingsPlans: "L||1||||",
  /** Grants permission to list your RTMP distributions. Access level: List. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_ListStreamingDistributions.html */
  ListStreamingDistributions: "L||||||;",
  /** Grants permission to list tags for a CloudFront resource. Access level: Read. Resources: anycast-ip-list, connection-function, connection-group, distribution, distribution-tenant, function, key-value-store, trust-store, vpcorigin. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,2;0;,3;0;,5;0;,6;0;,9;0;,10;0;,17;0;,18;0;|||;",
  /** Grants permission to list the trust stores in your AWS account. Access level: List. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_ListTrustStores.html */
  ListTrustStores: "L||||||;",
  /** Grants permission to list CloudFront usage. Access level: List. Permission only. https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cf-api-permissions-ref.html */
  ListUsages: "L||1||||",
  /** Grants permission to list VPC origins. Access level: List. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_ListVpcOrigins.html */
  ListVpcOrigins: "L||||||;",
  /** Grants permission to publish a connection function. Access level: Write. Resources: connection-function*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_PublishConnectionFunction.html */
  PublishConnectionFunction: "W|||2;1;|||;",
  /** Grants permission to publish a CloudFront function. Access level: Write. Resources: function*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_PublishFunction.html */
  PublishFunction: "W|||9;1;|||;",
  /** Grants permission to update or create a resource's policy document. Access level: Write. Resources: vpcorigin. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_PutResourcePolicy.html */
  PutResourcePolicy: "W|||18;0;|||;",
  /** Grants permission to add tags to a CloudFront resource. Access level: Tagging. Resources: anycast-ip-list, connection-function, connection-group, distribution, distribution-tenant, function, key-value-store, streaming-distribution, trust-store, vpcorigin. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_TagResource.html */
  TagResource:
    "T|||0;0;,2;0;,3;0;,5;0;,6;0;,9;0;,10;0;,16;0;,17;0;,18;0;|0,2||CreateAnycastIpList,CreateConnectionFunction,CreateConnectionGroup,CreateDistributionTenant,CreateDistributionWithTags,CreateFunction,CreateKeyValueStore,CreateTrustStore,CreateVpcOrigin,;",
  /** Grants permission to test a connection function. Access level: Write. Resources: connection-function*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_TestConnectionFunction.html */
  TestConnectionFunction: "W|||2;1;|||;",
  /** Grants permission to test a CloudFront function. Access level: Write. Resources: function*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_TestFunction.html */
  TestFunction: "W|||9;1;|||;",
  /** Grants permission to remove tags from a CloudFront resource. Access level: Tagging. Resources: anycast-ip-list, connection-function, connection-group, distribution, distribution-tenant, function, key-value-store, streaming-distribution, trust-store, vpcorigin. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,2;0;,3;0;,5;0;,6;0;,9;0;,10;0;,16;0;,17;0;,18;0;|2||;",
  /** Grants permission to update an Anycast static IP list. Access level: Write. Resources: anycast-ip-list*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_UpdateAnycastIpList.html */
  UpdateAnycastIpList: "W|||0;1;|||;",
  /** Grants permission to update a cache policy. Access level: Write. Resources: cache-policy*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_UpdateCachePolicy.html */
  UpdateCachePolicy: "W|||1;1;|||;",
  /** Grants permission to set the configuration for a CloudFront origin access identity. Access level: Write. Resources: origin-access-identity*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_UpdateCloudFrontOriginAccessIdentity.html */
  UpdateCloudFrontOriginAccessIdentity: "W|||12;1;|||;",
  /** Grants permission to update a connection function. Access level: Write. Resources: connection-function*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_UpdateConnectionFunction.html */
  UpdateConnectionFunction: "W|||2;1;|||;",
  /** Grants permission to update a connection group. Access level: Write. Resources: connection-group*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_UpdateConnectionGroup.html */
  UpdateConnectionGroup: "W|||3;1;|||;",
  /** Grants permission to update a continuous-deployment policy. Access level: Write. Resources: continuous-deployment-policy*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_UpdateContinuousDeploymentPolicy.html */
  UpdateContinuousDeploymentPolicy: "W|||4;1;|||;",
  /** Grants permission to update the configuration for a web distribution. Access level: Write. Resources: distribution*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_UpdateDistribution.html */
  UpdateDistribution: "W|||5;1;||1|AssociateAlias,;,UpdateDistributionWithStagingConfig,UpdateDomainAssociation",
  /** Grants permission to update a distribution tenant. Access level: Write. Resources: distribution-tenant*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_UpdateDistributionTenant.html */
  UpdateDistributionTenant: "W|||6;1;||1|;,UpdateDomainAssociation",
  /** Grants permission to copy the configuration from a staging web distribution to its corresponding primary web distribution. Access level: Write. Resources: distribution*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_UpdateDistributionWithStagingConfig.html */
  UpdateDistributionWithStagingConfig: "W|||5;1;|||",
  /** Grants permission to update a domain association. Access level: Write. Resources: distribution, distribution-tenant. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_UpdateDomainAssociation.html */
  UpdateDomainAssociation: "W|||5;0;,6;0;||3,cloudfront:UpdateDistributionTenant|;",
  /** Grants permission to update a field-level encryption configuration. Access level: Write. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_UpdateFieldLevelEncryptionConfig.html */
  UpdateFieldLevelEncryptionConfig: "W||||||;",
  /** Grants permission to update a field-level encryption profile. Access level: Write. Resources: field-level-encryption-profile*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_UpdateFieldLevelEncryptionProfile.html */
  UpdateFieldLevelEncryptionProfile: "W|||8;1;|||;",
  /** Grants permission to update a CloudFront function. Access level: Write. Resources: function*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_UpdateFunction.html */
  UpdateFunction: "W|||9;1;|||;",
  /** Grants permission to update a key group. Access level: Write. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_UpdateKeyGroup.html */
  UpdateKeyGroup: "W||||||;",
  /** Grants permission to update a CloudFront KeyValueStore. Access level: Write. Resources: key-value-store*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_UpdateKeyValueStore.html */
  UpdateKeyValueStore: "W|||10;1;|||;",
  /** Grants permission to update an origin access control. Access level: Write. Resources: origin-access-control*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_UpdateOriginAccessControl.html */
  UpdateOriginAccessControl: "W|||11;1;|||;",
  /** Grants permission to update an origin request policy. Access level: Write. Resources: origin-request-policy*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_UpdateOriginRequestPolicy.html */
  UpdateOriginRequestPolicy: "W|||13;1;|||;",
  /** Grants permission to update public key information. Access level: Write. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_UpdatePublicKey.html */
  UpdatePublicKey: "W||||||;",
  /** Grants permission to update a real-time log configuration. Access level: Write. Resources: realtime-log-config*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_UpdateRealtimeLogConfig.html */
  UpdateRealtimeLogConfig: "W|||14;1;||4|;",
  /** Grants permission to update a response headers policy. Access level: Write. Resources: response-headers-policy*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_UpdateResponseHeadersPolicy.html */
  UpdateResponseHeadersPolicy: "W|||15;1;|||;",
  /** Grants permission to update a savings plan. Access level: Write. Permission only. https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cf-api-permissions-ref.html */
  UpdateSavingsPlan: "W||1||||",
  /** Grants permission to update the configuration for an RTMP distribution. Access level: Write. Resources: streaming-distribution*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_UpdateStreamingDistribution.html */
  UpdateStreamingDistribution: "W|||16;1;|||",
  /** Grants permission to update a trust store. Access level: Write. Resources: trust-store*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_UpdateTrustStore.html */
  UpdateTrustStore: "W|||17;1;|||;",
  /** Grants permission to update a VPC origin. Access level: Write. Resources: vpcorigin*. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_UpdateVpcOrigin.html */
  UpdateVpcOrigin: "W|||18;1;|||;",
  /** Grants permission to verify the DNS configuration for a specified domain. Access level: Read. Resources: distribution-tenant. https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_VerifyDnsConfiguration.html */
  VerifyDnsConfiguration: "R|||6;0;|||;",
} as const;
const actionDetails = {
  AllowVendedLogDeliveryForResource: "|,;~|Grants permission to configure vended log delivery for a distribution",
  AssociateAlias: "|,;~~~|Grants permission to associate an alias to a CloudFront distribution",
  AssociateDistributionTenantWebACL:
    "|,;~~~|Grants permission to associate a distribution tenant with an AWS WAF web ACL",
  AssociateDistributionWebACL: "|,;~~~|Grants permission to associate a distribution with an AWS WAF web ACL",
  CopyDistribution: "|,;~~~|Grants permission to copy an existing distribution and create a new web distribution",
  CreateAnycastIpList: "|,;~~~|Grants permission to create an Anycast static IP list",
  CreateCachePolicy: "|,;~~~|Grants permission to add a new cache policy to CloudFront",
  CreateCloudFrontOriginAccessIdentity: "|,;~~~|Grants permission to create a new CloudFront origin access identity",
  CreateConnectionFunction: "|,;~~~|Grants permission to create a connection function",
  CreateConnectionGroup: "|,;~~~,~~,~~|Grants permission to create a connection group",
  CreateContinuousDeploymentPolicy: "|,;~~~|Grants permission to add a new continuous-deployment policy to CloudFront",
  CreateDistribution: "|,;~~~,~~,~~|Grants permission to create a new web distribution",
  CreateDistributionTenant: "|,;~~~|Grants permission to create a distribution tenant",
  CreateFieldLevelEncryptionConfig: "|,;~~~|Grants permission to create a new field-level encryption configuration",
  CreateFieldLevelEncryptionProfile: "|,;~~~|Grants permission to create a field-level encryption profile",
  CreateFunction: "|,;~~~|Grants permission to create a CloudFront function",
  CreateInvalidation: "|,;~~~|Grants permission to create a new invalidation batch request",
  CreateInvalidationForDistributionTenant:
    "|,;~~~|Grants permission to create an invalidation for a distribution tenant",
  CreateKeyGroup: "|,;~~~|Grants permission to add a new key group to CloudFront",
  CreateKeyValueStore: "|,;~~~|Grants permission to create a CloudFront KeyValueStore",
  CreateMonitoringSubscription:
    "|,;~~~|Grants permission to enable additional CloudWatch metrics for the specified CloudFront distribution. The additional metrics incur an additional cost",
  CreateOriginAccessControl: "|,;~~~|Grants permission to create a new origin access control",
  CreateOriginRequestPolicy: "|,;~~~|Grants permission to add a new origin request policy to CloudFront",
  CreatePublicKey: "|,;~~~|Grants permission to add a new public key to CloudFront",
  CreateRealtimeLogConfig: "|,;~~~|Grants permission to create a real-time log configuration",
  CreateResponseHeadersPolicy: "|,;~~~|Grants permission to add a new response headers policy to CloudFront",
  CreateSavingsPlan: "|,;~|Grants permission to create a new savings plan",
  CreateStreamingDistribution: "|,;~|Grants permission to create a new RTMP distribution",
  CreateStreamingDistributionWithTags: "|,;~|Grants permission to create a new RTMP distribution with tags",
  CreateTrustStore: "|,;~~~|Grants permission to create a trust store",
  CreateVpcOrigin: "|,;~~~|Grants permission to create a VPC origin",
  DeleteAnycastIpList: "|,;~~~|Grants permission to delete an Anycast static IP list",
  DeleteCachePolicy: "|,;~~~|Grants permission to delete a cache policy",
  DeleteCloudFrontOriginAccessIdentity: "|,;~~~|Grants permission to delete a CloudFront origin access identity",
  DeleteConnectionFunction: "|,;~~~|Grants permission to delete a connection function",
  DeleteConnectionGroup: "|,;~~~|Grants permission to delete a connection group",
  DeleteContinuousDeploymentPolicy: "|,;~~~|Grants permission to delete a continuous-deployment policy",
  DeleteDistribution: "|,;~~~|Grants permission to delete a web distribution",
  DeleteDistributionTenant: "|,;~~~|Grants permission to delete a distribution tenant",
  DeleteFieldLevelEncryptionConfig: "|,;~~~|Grants permission to delete a field-level encryption configuration",
  DeleteFieldLevelEncryptionProfile: "|,;~~~|Grants permission to delete a field-level encryption profile",
  DeleteFunction: "|,;~~~|Grants permission to delete a CloudFront function",
  DeleteKeyGroup: "|,;~~~|Grants permission to delete a key group",
  DeleteKeyValueStore: "|,;~~~|Grants permission to delete a CloudFront KeyValueStore",
  DeleteMonitoringSubscription:
    "|,;~~~|Grants permission to disable additional CloudWatch metrics for the specified CloudFront distribution",
  DeleteOriginAccessControl: "|,;~~~|Grants permission to delete an origin access control",
  DeleteOriginRequestPolicy: "|,;~~~|Grants permission to delete an origin request policy",
  DeletePublicKey: "|,;~~~|Grants permission to delete a public key from CloudFront",
  DeleteRealtimeLogConfig: "|,;~~~|Grants permission to delete a real-time log configuration",
  DeleteResourcePolicy: "|,;~~~|Grants permission to delete a resource's policy document",
  DeleteResponseHeadersPolicy: "|,;~~~|Grants permission to delete a response headers policy",
  DeleteStreamingDistribution: "|,;~~~|Grants permission to delete an RTMP distribution",
  DeleteTrustStore: "|,;~~~|Grants permission to delete a trust store",
  DeleteVpcOrigin: "|,;~~~|Grants permission to delete a VPC origin",
  DescribeConnectionFunction: "|,;~~~|Grants permission to get a connection function summary",
  DescribeFunction: "|,;~~~|Grants permission to get a CloudFront function summary",
  DescribeKeyValueStore: "|,;~~~|Grants permission to get a CloudFront KeyValueStore summary",
  DisassociateDistributionTenantWebACL:
    "|,;~~~|Grants permission to disassociate a distribution tenant from an AWS WAF web ACL",
  DisassociateDistributionWebACL: "|,;~~~|Grants permission to disassociate a distribution from an AWS WAF web ACL",
  GetAnycastIpList: "|,;~~~|Grants permission to get an Anycast static IP list",
  GetCachePolicy: "|,;~~~|Grants permission to get the cache policy",
  GetCachePolicyConfig: "|,;~~~|Grants permission to get the cache policy configuration",
  GetCloudFrontOriginAccessIdentity:
    "|,;~~~|Grants permission to get the information about a CloudFront origin access identity",
  GetCloudFrontOriginAccessIdentityConfig:
    "|,;~~~|Grants permission to get the configuration information about a Cloudfront origin access identity",
  GetConnectionFunction: "|,;~~~|Grants permission to get a connection function's code",
  GetConnectionGroup: "|,;~~~|Grants permission to get information about a connection group",
  GetConnectionGroupByRoutingEndpoint:
    "|,;~~~|Grants permission to get information about a connection group by the specified routing endpoint",
  GetContinuousDeploymentPolicy: "|,;~~~|Grants permission to get the continuous-deployment policy",
  GetContinuousDeploymentPolicyConfig: "|,;~~~|Grants permission to get the continuous-deployment policy configuration",
  GetDistribution: "|,;~~~,~~,~~,~~,~~|Grants permission to get the information about a web distribution",
  GetDistributionConfig: "|,;~~~|Grants permission to get the configuration information about a distribution",
  GetDistributionTenant: "|,;~~~,~~|Grants permission to get information about a distribution tenant",
  GetDistributionTenantByDomain:
    "|,;~~~|Grants permission to get information about a distribution tenant by the associated domain",
  GetFieldLevelEncryption: "|,;~~~|Grants permission to get the field-level encryption configuration information",
  GetFieldLevelEncryptionConfig: "|,;~~~|Grants permission to get the field-level encryption configuration information",
  GetFieldLevelEncryptionProfile:
    "|,;~~~|Grants permission to get the field-level encryption configuration information",
  GetFieldLevelEncryptionProfileConfig:
    "|,;~~~|Grants permission to get the field-level encryption profile configuration information",
  GetFunction: "|,;~~~|Grants permission to get a CloudFront function's code",
  GetInvalidation: "|,;~~~|Grants permission to get the information about an invalidation",
  GetInvalidationForDistributionTenant:
    "|,;~~~|Grants permission to get information about an invalidation for a distribution tenant",
  GetKeyGroup: "|,;~~~|Grants permission to get a key group",
  GetKeyGroupConfig: "|,;~~~|Grants permission to get a key group configuration",
  GetManagedCertificateDetails: "|,;~~~|Grants permission to get details about a CloudFront managed certificate",
  GetMonitoringSubscription:
    "|,;~~~|Grants permission to get information about whether additional CloudWatch metrics are enabled for the specified CloudFront distribution",
  GetOriginAccessControl: "|,;~~~|Grants permission to get the origin access control",
  GetOriginAccessControlConfig: "|,;~~~|Grants permission to get the origin access control configuration",
  GetOriginRequestPolicy: "|,;~~~|Grants permission to get the origin request policy",
  GetOriginRequestPolicyConfig: "|,;~~~|Grants permission to get the origin request policy configuration",
  GetPublicKey: "|,;~~~|Grants permission to get the public key information",
  GetPublicKeyConfig: "|,;~~~|Grants permission to get the public key configuration information",
  GetRealtimeLogConfig: "|,;~~~|Grants permission to get a real-time log configuration",
  GetResourcePolicy: "|,;~~~|Grants permission to get the information about a resource's policy document",
  GetResponseHeadersPolicy: "|,;~~~|Grants permission to get the response headers policy",
  GetResponseHeadersPolicyConfig: "|,;~~~|Grants permission to get the response headers policy configuration",
  GetSavingsPlan: "|,;~|Grants permission to get a savings plan",
  GetStreamingDistribution: "|,;~~~|Grants permission to get the information about an RTMP distribution",
  GetStreamingDistributionConfig:
    "|,;~~~|Grants permission to get the configuration information about a streaming distribution",
  GetTrustStore: "|,;~~~|Grants permission to get information about a trust store",
  GetVpcOrigin: "|,;~~~,~~,~~,~~,~~,~~,~~,~~,~~|Grants permission to get the information about a VPC origin",
  ListAnycastIpLists: "|,;~~~|Grants permission to list your Anycast static IP lists",
  ListCachePolicies:
    "|,;~~~|Grants permission to list all cache policies that have been created in CloudFront for this account",
  ListCloudFrontOriginAccessIdentities: "|,;~~~|Grants permission to list your CloudFront origin access identities",
  ListConflictingAliases:
    "|,;~~~|Grants permission to list all aliases that conflict with the given alias in CloudFront",
  ListConnectionFunctions: "|,;~~~|Grants permission to list the connection functions in your AWS account",
  ListConnectionGroups: "|,;~~~|Grants permission to list the connection groups in your AWS account",
  ListContinuousDeploymentPolicies:
    "|,;~~~|Grants permission to list all continuous-deployment policies in the account",
  ListDistributionTenants: "|,;~~~|Grants permission to list the distribution tenants in your AWS account",
  ListDistributionTenantsByCustomization:
    "|,;~~~|Grants permission to list the distribution tenants by the customization that you specify",
  ListDistributions: "|,;~~~|Grants permission to list the distributions associated with your AWS account",
  ListDistributionsByAnycastIpListId:
    "|,;~~~|Grants permission to list the distributions in your account that are associated with the specified AnycastIpListId",
  ListDistributionsByCachePolicyId:
    "|,;~~~|Grants permission to list distribution IDs for distributions that have a cache behavior that's associated with the specified cache policy",
  ListDistributionsByConnectionFunction:
    "|,;~~~|Grants permission to list summaries for distributions associated with the specified connection function",
  ListDistributionsByConnectionMode:
    "|,;~~~|Grants permission to list the distributions by the specified connection mode",
  ListDistributionsByKeyGroup:
    "|,;~~~|Grants permission to list distribution IDs for distributions that have a cache behavior that's associated with the specified key group",
  ListDistributionsByLambdaFunction: "|,;~|Grants permission to list the distributions associated a Lambda function",
  ListDistributionsByOriginRequestPolicyId:
    "|,;~~~|Grants permission to list distribution IDs for distributions that have a cache behavior that's associated with the specified origin request policy",
  ListDistributionsByRealtimeLogConfig:
    "|,;~~~|Grants permission to get a list of distributions that have a cache behavior that's associated with the specified real-time log configuration",
  ListDistributionsByResponseHeadersPolicyId:
    "|,;~~~|Grants permission to list distribution IDs for distributions that have a cache behavior that's associated with the specified response headers policy",
  ListDistributionsByTrustStore:
    "|,;~~~|Grants permission to list summaries for distributions associated with the specified trust store",
  ListDistributionsByVpcOriginId:
    "|,;~~~|Grants permission to list IDs for distributions associated with the specified VPC origin",
  ListDistributionsByWebACLId:
    "|,;~~~|Grants permission to list the distributions associated with your AWS account with given AWS WAF web ACL",
  ListDomainConflicts: "|,;~~~|Grants permission to list domain conflicts for a specified domain",
  ListFieldLevelEncryptionConfigs:
    "|,;~~~|Grants permission to list all field-level encryption configurations that have been created in CloudFront for this account",
  ListFieldLevelEncryptionProfiles:
    "|,;~~~|Grants permission to list all field-level encryption profiles that have been created in CloudFront for this account",
  ListFunctions: "|,;~~~|Grants permission to get a list of CloudFront functions",
  ListInvalidations: "|,;~~~|Grants permission to list your invalidation batches",
  ListInvalidationsForDistributionTenant:
    "|,;~~~|Grants permission to list the invalidations for a distribution tenant",
  ListKeyGroups:
    "|,;~~~|Grants permission to list all key groups that have been created in CloudFront for this account",
  ListKeyValueStores: "|,;~~~|Grants permission to get a list of CloudFront KeyValueStores",
  ListOriginAccessControls: "|,;~~~|Grants permission to list all origin access controls in the account",
  ListOriginRequestPolicies:
    "|,;~~~|Grants permission to list all origin request policies that have been created in CloudFront for this account",
  ListPublicKeys:
    "|,;~~~|Grants permission to list all public keys that have been added to CloudFront for this account",
  ListRateCards: "|,;~|Grants permission to list CloudFront rate cards for the account",
  ListRealtimeLogConfigs: "|,;~~~|Grants permission to get a list of real-time log configurations",
  ListResponseHeadersPolicies:
    "|,;~~~|Grants permission to list all response headers policies that have been created in CloudFront for this account",
  ListSavingsPlans: "|,;~|Grants permission to list savings plans in the account",
  ListStreamingDistributions: "|,;~~~|Grants permission to list your RTMP distributions",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for a CloudFront resource",
  ListTrustStores: "|,;~~~|Grants permission to list the trust stores in your AWS account",
  ListUsages: "|,;~|Grants permission to list CloudFront usage",
  ListVpcOrigins: "|,;~~~|Grants permission to list VPC origins",
  PublishConnectionFunction: "|,;~~~|Grants permission to publish a connection function",
  PublishFunction: "|,;~~~|Grants permission to publish a CloudFront function",
  PutResourcePolicy: "|,;~~~|Grants permission to update or create a resource's policy document",
  TagResource: "|,;~~~,~~,~~,~~,~~,~~,~~,~~,~~,~~|Grants permission to add tags to a CloudFront resource",
  TestConnectionFunction: "|,;~~~|Grants permission to test a connection function",
  TestFunction: "|,;~~~|Grants permission to test a CloudFront function",
  UntagResource: "|,;~~~|Grants permission to remove tags from a CloudFront resource",
  UpdateAnycastIpList: "|,;~~~|Grants permission to update an Anycast static IP list",
  UpdateCachePolicy: "|,;~~~|Grants permission to update a cache policy",
  UpdateCloudFrontOriginAccessIdentity:
    "|,;~~~|Grants permission to set the configuration for a CloudFront origin access identity",
  UpdateConnectionFunction: "|,;~~~|Grants permission to update a connection function",
  UpdateConnectionGroup: "|,;~~~|Grants permission to update a connection group",
  UpdateContinuousDeploymentPolicy: "|,;~~~|Grants permission to update a continuous-deployment policy",
  UpdateDistribution: "|,;~~~,~~,~~,~~|Grants permission to update the configuration for a web distribution",
  UpdateDistributionTenant: "|,;~~~,~~|Grants permission to update a distribution tenant",
  UpdateDistributionWithStagingConfig:
    "|,;~|Grants permission to copy the configuration from a staging web distribution to its corresponding primary web distribution",
  UpdateDomainAssociation: "|,;~~~|Grants permission to update a domain association",
  UpdateFieldLevelEncryptionConfig: "|,;~~~|Grants permission to update a field-level encryption configuration",
  UpdateFieldLevelEncryptionProfile: "|,;~~~|Grants permission to update a field-level encryption profile",
  UpdateFunction: "|,;~~~|Grants permission to update a CloudFront function",
  UpdateKeyGroup: "|,;~~~|Grants permission to update a key group",
  UpdateKeyValueStore: "|,;~~~|Grants permission to update a CloudFront KeyValueStore",
  UpdateOriginAccessControl: "|,;~~~|Grants permission to update an origin access control",
  UpdateOriginRequestPolicy: "|,;~~~|Grants permission to update an origin request policy",
  UpdatePublicKey: "|,;~~~|Grants permission to update public key information",
  UpdateRealtimeLogConfig: "|,;~~~|Grants permission to update a real-time log configuration",
  UpdateResponseHeadersPolicy: "|,;~~~|Grants permission to update a response headers policy",
  UpdateSavingsPlan: "|,;~|Grants permission to update a savings plan",
  UpdateStreamingDistribution: "|,;~|Grants permission to update the configuration for an RTMP distribution",
  UpdateTrustStore: "|,;~~~|Grants permission to update a trust store",
  UpdateVpcOrigin: "|,;~~~|Grants permission to update a VPC origin",
  VerifyDnsConfiguration: "|,;~~~|Grants permission to verify the DNS configuration for a specified domain",
};
const resourceTypeFacts = {
  /** The anycast-ip-list resource type: arn:${Partition}:cloudfront::${Account}:anycast-ip-list/${Id} */
  "anycast-ip-list": "|,anycastIpList|1",
  /** The cache-policy resource type: arn:${Partition}:cloudfront::${Account}:cache-policy/${Id} */
  "cache-policy": "|,cachePolicy|",
  /** The connection-function resource type: arn:${Partition}:cloudfront::${Account}:connection-function/${Id} */
  "connection-function": "|,connectionFunction|1",
  /** The connection-group resource type: arn:${Partition}:cloudfront::${Account}:connection-group/${Id} */
  "connection-group": "|,connectionGroup|1",
  /** The continuous-deployment-policy resource type: arn:${Partition}:cloudfront::${Account}:continuous-deployment-policy/${Id} */
  "continuous-deployment-policy": "|,continuousDeploymentPolicy|",
  /** The distribution resource type: arn:${Partition}:cloudfront::${Account}:distribution/${DistributionId} */
  distribution: "|,|1",
  /** The distribution-tenant resource type: arn:${Partition}:cloudfront::${Account}:distribution-tenant/${Id} */
  "distribution-tenant": "|,distributionTenant|1",
  /** The field-level-encryption-config resource type: arn:${Partition}:cloudfront::${Account}:field-level-encryption-config/${Id} */
  "field-level-encryption-config": "|,fieldLevelEncryptionConfig|",
  /** The field-level-encryption-profile resource type: arn:${Partition}:cloudfront::${Account}:field-level-encryption-profile/${Id} */
  "field-level-encryption-profile": "|,fieldLevelEncryptionProfile|",
  /** The function resource type: arn:${Partition}:cloudfront::${Account}:function/${Name} */
  function: "|,function_|1",
  /** The key-value-store resource type: arn:${Partition}:cloudfront::${Account}:key-value-store/${Name} */
  "key-value-store": "|,keyValueStore|1",
  /** The origin-access-control resource type: arn:${Partition}:cloudfront::${Account}:origin-access-control/${Id} */
  "origin-access-control": "|,originAccessControl|",
  /** The origin-access-identity resource type: arn:${Partition}:cloudfront::${Account}:origin-access-identity/${Id} */
  "origin-access-identity": "|,originAccessIdentity|",
  /** The origin-request-policy resource type: arn:${Partition}:cloudfront::${Account}:origin-request-policy/${Id} */
  "origin-request-policy": "|,originRequestPolicy|",
  /** The realtime-log-config resource type: arn:${Partition}:cloudfront::${Account}:realtime-log-config/${Name} */
  "realtime-log-config": "|,realtimeLogConfig|",
  /** The response-headers-policy resource type: arn:${Partition}:cloudfront::${Account}:response-headers-policy/${Id} */
  "response-headers-policy": "|,responseHeadersPolicy|",
  /** The streaming-distribution resource type: arn:${Partition}:cloudfront::${Account}:streaming-distribution/${DistributionId} */
  "streaming-distribution": "|,streamingDistribution|1",
  /** The trust-store resource type: arn:${Partition}:cloudfront::${Account}:trust-store/${Id} */
  "trust-store": "|,trustStore|1",
  /** The vpcorigin resource type: arn:${Partition}:cloudfront::${Account}:vpcorigin/${Id} */
  vpcorigin: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a anycast-ip-list resource: arn:${Partition}:cloudfront::${Account}:anycast-ip-list/${Id}. */
  anycastIpList: "|,anycast-ip-list|arn:|Partition|:cloudfront::|Account|:anycast-ip-list/|Id|",
  /** ARN of a cache-policy resource: arn:${Partition}:cloudfront::${Account}:cache-policy/${Id}. */
  cachePolicy: "|,cache-policy|arn:|Partition|:cloudfront::|Account|:cache-policy/|Id|",
  /** ARN of a connection-function resource: arn:${Partition}:cloudfront::${Account}:connection-function/${Id}. */
  connectionFunction: "|,connection-function|arn:|Partition|:cloudfront::|Account|:connection-function/|Id|",
  /** ARN of a connection-group resource: arn:${Partition}:cloudfront::${Account}:connection-group/${Id}. */
  connectionGroup: "|,connection-group|arn:|Partition|:cloudfront::|Account|:connection-group/|Id|",
  /** ARN of a continuous-deployment-policy resource: arn:${Partition}:cloudfront::${Account}:continuous-deployment-policy/${Id}. */
  continuousDeploymentPolicy:
    "|,continuous-deployment-policy|arn:|Partition|:cloudfront::|Account|:continuous-deployment-policy/|Id|",
  /** ARN of a distribution resource: arn:${Partition}:cloudfront::${Account}:distribution/${DistributionId}. */
  distribution: "|,distribution|arn:|Partition|:cloudfront::|Account|:distribution/|DistributionId|",
  /** ARN of a distribution-tenant resource: arn:${Partition}:cloudfront::${Account}:distribution-tenant/${Id}. */
  distributionTenant: "|,distribution-tenant|arn:|Partition|:cloudfront::|Account|:distribution-tenant/|Id|",
  /** ARN of a field-level-encryption-config resource: arn:${Partition}:cloudfront::${Account}:field-level-encryption-config/${Id}. */
  fieldLevelEncryptionConfig:
    "|,field-level-encryption-config|arn:|Partition|:cloudfront::|Account|:field-level-encryption-config/|Id|",
  /** ARN of a field-level-encryption-profile resource: arn:${Partition}:cloudfront::${Account}:field-level-encryption-profile/${Id}. */
  fieldLevelEncryptionProfile:
    "|,field-level-encryption-profile|arn:|Partition|:cloudfront::|Account|:field-level-encryption-profile/|Id|",
  /** ARN of a function resource: arn:${Partition}:cloudfront::${Account}:function/${Name}. */
  function_: "|,function|arn:|Partition|:cloudfront::|Account|:function/|Name|",
  /** ARN of a key-value-store resource: arn:${Partition}:cloudfront::${Account}:key-value-store/${Name}. */
  keyValueStore: "|,key-value-store|arn:|Partition|:cloudfront::|Account|:key-value-store/|Name|",
  /** ARN of a origin-access-control resource: arn:${Partition}:cloudfront::${Account}:origin-access-control/${Id}. */
  originAccessControl: "|,origin-access-control|arn:|Partition|:cloudfront::|Account|:origin-access-control/|Id|",
  /** ARN of a origin-access-identity resource: arn:${Partition}:cloudfront::${Account}:origin-access-identity/${Id}. */
  originAccessIdentity: "|,origin-access-identity|arn:|Partition|:cloudfront::|Account|:origin-access-identity/|Id|",
  /** ARN of a origin-request-policy resource: arn:${Partition}:cloudfront::${Account}:origin-request-policy/${Id}. */
  originRequestPolicy: "|,origin-request-policy|arn:|Partition|:cloudfront::|Account|:origin-request-policy/|Id|",
  /** ARN of a realtime-log-config resource: arn:${Partition}:cloudfront::${Account}:realtime-log-config/${Name}. */
  realtimeLogConfig: "|,realtime-log-config|arn:|Partition|:cloudfront::|Account|:realtime-log-config/|Name|",
  /** ARN of a response-headers-policy resource: arn:${Partition}:cloudfront::${Account}:response-headers-policy/${Id}. */
  responseHeadersPolicy: "|,response-headers-policy|arn:|Partition|:cloudfront::|Account|:response-headers-policy/|Id|",
  /** ARN of a streaming-distribution resource: arn:${Partition}:cloudfront::${Account}:streaming-distribution/${DistributionId}. */
  streamingDistribution:
    "|,streaming-distribution|arn:|Partition|:cloudfront::|Account|:streaming-distribution/|DistributionId|",
  /** ARN of a trust-store resource: arn:${Partition}:cloudfront::${Account}:trust-store/${Id}. */
  trustStore: "|,trust-store|arn:|Partition|:cloudfront::|Account|:trust-store/|Id|",
  /** ARN of a vpcorigin resource: arn:${Partition}:cloudfront::${Account}:vpcorigin/${Id}. */
  vpcorigin: "|,vpcorigin|arn:|Partition|:cloudfront::|Account|:vpcorigin/|Id|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "anycast-ip-list",
  "cache-policy",
  "connection-function",
  "connection-group",
  "continuous-deployment-policy",
  "distribution",
  "distribution-tenant",
  "field-level-encryption-config",
  "field-level-encryption-profile",
  "function",
  "key-value-store",
  "origin-access-control",
  "origin-access-identity",
  "origin-request-policy",
  "realtime-log-config",
  "response-headers-policy",
  "streaming-distribution",
  "trust-store",
  "vpcorigin",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "cloudfront">;
/** Any cloudfront action. */
export type Action = ActionOf<typeof actionFacts, "cloudfront">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "cloudfront">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "cloudfront" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every cloudfront action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "cloudfront",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
