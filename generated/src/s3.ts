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
export const prefix: "s3" = "s3";
/** The service's name in the reference. */
export const serviceName: "Amazon S3" = "Amazon S3";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  { name: "Amazon S3", url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazons3.html" },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "s3:AccessGrantScope",
  "s3:AccessGrantsInstanceArn",
  "s3:AccessGrantsLocationScope",
  "s3:AccessPointNetworkOrigin",
  "s3:AccessPointTag/${TagKey}",
  "s3:BucketTag/${TagKey}",
  "s3:DataAccessPointAccount",
  "s3:DataAccessPointArn",
  "s3:ExistingJobOperation",
  "s3:ExistingJobPriority",
  "s3:ExistingObjectTag/<key>",
  "s3:InventoryAccessibleOptionalFields",
  "s3:JobSuspendedCause",
  "s3:ObjectCreationOperation",
  "s3:RequestJobOperation",
  "s3:RequestJobPriority",
  "s3:RequestObjectTag/<key>",
  "s3:RequestObjectTagKeys",
  "s3:ResourceAccount",
  "s3:TlsVersion",
  "s3:authType",
  "s3:delimiter",
  "s3:destinationRegion",
  "s3:if-match",
  "s3:if-none-match",
  "s3:isReplicationPauseRequest",
  "s3:locationconstraint",
  "s3:max-keys",
  "s3:object-lock-legal-hold",
  "s3:object-lock-mode",
  "s3:object-lock-remaining-retention-days",
  "s3:object-lock-retain-until-date",
  "s3:prefix",
  "s3:signatureAge",
  "s3:signatureversion",
  "s3:versionid",
  "s3:x-amz-acl",
  "s3:x-amz-bucket-namespace",
  "s3:x-amz-content-sha256",
  "s3:x-amz-copy-source",
  "s3:x-amz-grant-full-control",
  "s3:x-amz-grant-read",
  "s3:x-amz-grant-read-acp",
  "s3:x-amz-grant-write",
  "s3:x-amz-grant-write-acp",
  "s3:x-amz-metadata-directive",
  "s3:x-amz-object-ownership",
  "s3:x-amz-server-side-encryption",
  "s3:x-amz-server-side-encryption-aws-kms-key-id",
  "s3:x-amz-server-side-encryption-customer-algorithm",
  "s3:x-amz-storage-class",
  "s3:x-amz-website-redirect-location",
] as const;
const dependentActionList = [
  "iam:PassRole",
  "kms:DescribeKey",
  "s3:BypassGovernanceRetention",
  "s3tables:CreateNamespace",
  "s3tables:CreateTable",
  "s3tables:CreateTableBucket",
  "s3tables:GetTable",
  "s3tables:PutTableEncryption",
  "s3tables:PutTablePolicy",
  "sso:CreateApplication",
  "sso:DescribeInstance",
  "sso:PutApplicationAuthenticationMethod",
  "sso:PutApplicationGrant",
] as const;
const actionFacts = {
  /** Grants permission to abort a multipart upload. Access level: Write. Resources: accesspointobject, object. https://docs.aws.amazon.com/AmazonS3/latest/API/API_AbortMultipartUpload.html */
  AbortMultipartUpload: "W|||4;0;,9;0;|4,21,22,23,36,37,41|s3-object-lambda:AbortMultipartUpload|;",
  /** Grants permission to associate Access Grants identity center. Access level: Permissions management. Resources: accessgrantsinstance*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_AssociateAccessGrantsIdentityCenter.html */
  AssociateAccessGrantsIdentityCenter: "P|||1;1;|1,21,22,23,36,37,41|9,11,12|;",
  /** Grants permission to allow circumvention of governance-mode object retention settings. Access level: Permissions management. Resources: accesspointobject, object. https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock-managing.html#object-lock-managing-bypass */
  BypassGovernanceRetention:
    "P|||4;0;,9;0;|19,20,21,22,23,36,37,39,41,42,43,44,45,46,47,48,50,51,52,53,54||DeleteObject,DeleteObjects,PutObjectRetention",
  /** Grants permission to create Access Grant. Access level: Permissions management. Resources: accessgrantslocation*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_CreateAccessGrant.html */
  CreateAccessGrant: "P|||2;1;|0,1,2,3,21,22,23,36,37,41|identitystore:DescribeUser,sso:DescribeApplication,10|;",
  /** Grants permission to Create Access Grants Instance. Access level: Permissions management. Resources: accessgrantsinstance*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_CreateAccessGrantsInstance.html */
  CreateAccessGrantsInstance: "P|||1;1;|0,1,2,21,22,23,36,37,41|9,10,11,12|;",
  /** Grants permission to create Access Grants location. Access level: Permissions management. Resources: accessgrantsinstance*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_CreateAccessGrantsLocation.html */
  CreateAccessGrantsLocation: "P|||1;1;|0,1,2,5,21,22,23,36,37,41|0|;",
  /** Grants permission to create a new access point. Access level: Write. Resources: accesspoint*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_CreateAccessPoint.html */
  CreateAccessPoint: "W|||3;1;|0,1,2,6,7,9,10,21,22,23,29,36,37,39,41||;",
  /** Grants permission to create an object lambda enabled accesspoint. Access level: Write. Resources: objectlambdaaccesspoint*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_CreateAccessPointForObjectLambda.html */
  CreateAccessPointForObjectLambda: "W|||10;1;|6,9,10,21,22,23,36,37,41||;",
  /** Grants permission to create a new bucket. Access level: Write. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_CreateBucket.html */
  CreateBucket:
    "W|||5;1;|0,2,21,22,23,29,36,37,39,40,41,43,44,45,46,47,49|s3:PutBucketAcl,s3:PutBucketObjectLockConfiguration,s3:PutBucketOwnershipControls,s3:PutBucketVersioning|;",
  /** Grants permission to create a new S3 Metadata configuration for a specified general purpose bucket. Access level: Write. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_CreateBucketMetadataConfiguration.html */
  CreateBucketMetadataTableConfiguration:
    "W|||5;1;|21,22,23,36,37,41|1,3,4,5,6,s3tables:PutTableBucketPolicy,7,8|CreateBucketMetadataConfiguration,;",
  /** Grants permission to create a new Amazon S3 Batch Operations job. Access level: Write. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_CreateJob.html */
  CreateJob: "W||||0,2,17,18,21,22,23,36,37,41|0|;",
  /** Grants permission to create a new Multi-Region Access Point. Access level: Write. Resources: multiregionaccesspoint*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_CreateMultiRegionAccessPoint.html */
  CreateMultiRegionAccessPoint: "W|||7;1;|6,9,10,21,22,23,36,37||;",
  /** Grants permission to create an Amazon S3 Storage Lens group. Access level: Write. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_CreateStorageLensGroup.html */
  CreateStorageLensGroup: "W||||0,2,21,22,23,36,37,41|s3:TagResource|;",
  /** Grants permission to delete Access Grant. Access level: Permissions management. Resources: accessgrant*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_DeleteAccessGrant.html */
  DeleteAccessGrant: "P|||0;1;|1,3,21,22,23,36,37,41||;",
  /** Grants permission to Delete Access Grants Instance. Access level: Permissions management. Resources: accessgrantsinstance*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_DeleteAccessGrantsInstance.html */
  DeleteAccessGrantsInstance: "P|||1;1;|1,21,22,23,36,37,41||;",
  /** Grants permission to read Access grants instance resource policy. Access level: Permissions management. Resources: accessgrantsinstance*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_DeleteAccessGrantsInstanceResourcePolicy.html */
  DeleteAccessGrantsInstanceResourcePolicy: "P|||1;1;|1,21,22,23,36,37,41||;",
  /** Grants permission to delete Access Grants location. Access level: Permissions management. Resources: accessgrantslocation*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_DeleteAccessGrantsLocation.html */
  DeleteAccessGrantsLocation: "P|||2;1;|1,5,21,22,23,36,37,41||;",
  /** Grants permission to delete the access point named in the URI. Access level: Write. Resources: accesspoint*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_DeleteAccessPoint.html */
  DeleteAccessPoint: "W|||3;1;|1,6,7,9,10,21,22,23,36,37,41||;",
  /** Grants permission to delete the object lambda enabled access point named in the URI. Access level: Write. Resources: objectlambdaaccesspoint*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_DeleteAccessPointForObjectLambda.html */
  DeleteAccessPointForObjectLambda: "W|||10;1;|6,9,10,21,22,23,36,37,41||;",
  /** Grants permission to delete the policy on a specified access point. Access level: Permissions management. Resources: accesspoint*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_DeleteAccessPointPolicy.html */
  DeleteAccessPointPolicy: "P|||3;1;|1,6,7,9,10,21,22,23,36,37,41||;",
  /** Grants permission to delete the policy on a specified object lambda enabled access point. Access level: Permissions management. Resources: objectlambdaaccesspoint*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_DeleteAccessPointPolicyForObjectLambda.html */
  DeleteAccessPointPolicyForObjectLambda: "P|||10;1;|6,9,10,21,22,23,36,37,41||;",
  /** Grants permission to delete the bucket named in the URI. Access level: Write. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_DeleteBucket.html */
  DeleteBucket: "W|||5;1;|21,22,23,36,37,41||;",
  /** Grants permission to delete the S3 Metadata configuration for a specified general purpose bucket. Access level: Write. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_DeleteBucketMetadataConfiguration.html */
  DeleteBucketMetadataTableConfiguration: "W|||5;1;|21,22,23,36,37,41||DeleteBucketMetadataConfiguration,;",
  /** Grants permission to delete the policy on a specified bucket. Access level: Permissions management. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_DeleteBucketPolicy.html */
  DeleteBucketPolicy: "P|||5;1;|21,22,23,36,37,41||;",
  /** Grants permission to remove the website configuration for a bucket. Access level: Write. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_DeleteBucketWebsite.html */
  DeleteBucketWebsite: "W|||5;1;|21,22,23,36,37,41||;",
  /** Grants permission to remove tags from an existing Amazon S3 Batch Operations job. Access level: Tagging. Resources: job*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_DeleteJobTagging.html */
  DeleteJobTagging: "T|||6;1;|11,12,21,22,23,36,37,41||;",
  /** Grants permission to delete the Multi-Region Access Point named in the URI. Access level: Write. Resources: multiregionaccesspoint*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_DeleteMultiRegionAccessPoint.html */
  DeleteMultiRegionAccessPoint: "W|||7;1;|6,9,10,21,22,23,36,37||;",
  /** Grants permission to remove the null version of an object and insert a delete marker, which becomes the current version of the object. Access level: Write. Resources: accesspointobject, object. https://docs.aws.amazon.com/AmazonS3/latest/API/API_DeleteObject.html */
  DeleteObject:
    "W|||4;0;,9;0;|4,21,22,23,26,36,37,41|s3-object-lambda:DeleteObject,2,s3:DeleteObjectVersion|;,DeleteObjects",
  /** Grants permission to use the tagging subresource to remove the entire tag set from the specified object. Access level: Tagging. Resources: accesspointobject, object. https://docs.aws.amazon.com/AmazonS3/latest/API/API_DeleteObjectTagging.html */
  DeleteObjectTagging:
    "T|||4;0;,9;0;|13,21,22,23,36,37,41|s3-object-lambda:DeleteObjectTagging,s3:DeleteObjectVersionTagging|;",
  /** Grants permission to remove a specific version of an object. Access level: Write. Resources: accesspointobject, object. https://docs.aws.amazon.com/AmazonS3/latest/API/API_DeleteObject.html */
  DeleteObjectVersion: "W|||4;0;,9;0;|4,21,22,23,36,37,38,41||DeleteObject,DeleteObjects",
  /** Grants permission to remove the entire tag set for a specific version of the object. Access level: Tagging. Resources: accesspointobject, object. https://docs.aws.amazon.com/AmazonS3/latest/API/API_DeleteObjectTagging.html */
  DeleteObjectVersionTagging: "T|||4;0;,9;0;|13,21,22,23,36,37,38,41||DeleteObjectTagging",
  /** Grants permission to delete an existing Amazon S3 Storage Lens configuration. Access level: Write. Resources: storagelensconfiguration*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_DeleteStorageLensConfiguration.html */
  DeleteStorageLensConfiguration: "W|||11;1;|21,22,23,36,37,41||;",
  /** Grants permission to remove tags from an existing Amazon S3 Storage Lens configuration. Access level: Tagging. Resources: storagelensconfiguration*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_DeleteStorageLensConfigurationTagging.html */
  DeleteStorageLensConfigurationTagging: "T|||11;1;|21,22,23,36,37,41||;",
  /** Grants permission to delete an existing S3 Storage Lens group. Access level: Write. Resources: storagelensgroup*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_DeleteStorageLensGroup.html */
  DeleteStorageLensGroup: "W|||12;1;|21,22,23,36,37,41||;",
  /** Grants permission to retrieve the configuration parameters and status for a batch operations job. Access level: Read. Resources: job*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_DescribeJob.html */
  DescribeJob: "R|||6;1;|21,22,23,36,37,41||;",
  /** Grants permission to retrieve the configurations for a Multi-Region Access Point. Access level: Read. Resources: multiregionaccesspointrequestarn*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_DescribeMultiRegionAccessPointOperation.html */
  DescribeMultiRegionAccessPointOperation: "R|||8;1;|21,22,23,36,37||;",
  /** Grants permission to disassociate Access Grants identity center. Access level: Permissions management. Resources: accessgrantsinstance*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_DissociateAccessGrantsIdentityCenter.html */
  DissociateAccessGrantsIdentityCenter: "P|||1;1;|1,21,22,23,36,37,41|sso:DeleteApplication|;",
  /** Grants permission to uses the accelerate subresource to return the Transfer Acceleration state of a bucket, which is either Enabled or Suspended. Access level: Read. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketAccelerateConfiguration.html */
  GetAccelerateConfiguration: "R|||5;1;|21,22,23,36,37,41||GetBucketAccelerateConfiguration",
  /** Grants permission to read Access Grant. Access level: Read. Resources: accessgrant*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_GetAccessGrant.html */
  GetAccessGrant: "R|||0;1;|1,3,21,22,23,36,37,41||;",
  /** Grants permission to Read Access Grants Instance. Access level: Read. Resources: accessgrantsinstance*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_GetAccessGrantsInstance.html */
  GetAccessGrantsInstance: "R|||1;1;|1,21,22,23,36,37,41||;",
  /** Grants permission to Read Access Grants Instance by prefix. Access level: Read. Resources: accessgrantsinstance*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_GetAccessGrantsInstanceForPrefix.html */
  GetAccessGrantsInstanceForPrefix: "R|||1;1;|1,21,22,23,36,37,41||;",
  /** Grants permission to read Access grants instance resource policy. Access level: Read. Resources: accessgrantsinstance*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_GetAccessGrantsInstanceResourcePolicy.html */
  GetAccessGrantsInstanceResourcePolicy: "R|||1;1;|1,21,22,23,36,37,41||;",
  /** Grants permission to read Access Grants location. Access level: Read. Resources: accessgrantslocation*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_GetAccessGrantsLocation.html */
  GetAccessGrantsLocation: "R|||2;1;|1,5,21,22,23,36,37,41||;",
  /** Grants permission to return configuration information about the specified access point. Access level: Read. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_GetAccessPoint.html */
  GetAccessPoint: "R||||1,6,7,9,10,21,22,23,36,37,41||;",
  /** Grants permission to retrieve the configuration of the object lambda enabled access point. Access level: Read. Resources: objectlambdaaccesspoint*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_GetAccessPointConfigurationForObjectLambda.html */
  GetAccessPointConfigurationForObjectLambda: "R|||10;1;|6,9,10,21,22,23,36,37,41||;",
  /** Grants permission to create an object lambda enabled accesspoint. Access level: Read. Resources: objectlambdaaccesspoint*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_GetAccessPointForObjectLambda.html */
  GetAccessPointForObjectLambda: "R|||10;1;|6,9,10,21,22,23,36,37,41||;",
  /** Grants permission to return the access point policy associated with the specified access point. Access level: Read. Resources: accesspoint*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_GetAccessPointPolicy.html */
  GetAccessPointPolicy: "R|||3;1;|1,6,7,9,10,21,22,23,36,37,41||;",
  /** Grants permission to return the access point policy associated with the specified object lambda enabled access point. Access level: Read. Resources: objectlambdaaccesspoint*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_GetAccessPointPolicyForObjectLambda.html */
  GetAccessPointPolicyForObjectLambda: "R|||10;1;|6,9,10,21,22,23,36,37,41||;",
  /** Grants permission to return the policy status for a specific access point policy. Access level: Read. Resources: accesspoint*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_GetAccessPointPolicyStatus.html */
  GetAccessPointPolicyStatus: "R|||3;1;|1,6,7,9,10,21,22,23,36,37,41||;",
  /** Grants permission to return the policy status for a specific object lambda access point policy. Access level: Read. Resources: objectlambdaaccesspoint*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_GetAccessPointPolicyStatusForObjectLambda.html */
  GetAccessPointPolicyStatusForObjectLambda: "R|||10;1;|6,9,10,21,22,23,36,37,41||;",
  /** Grants permission to retrieve the PublicAccessBlock configuration for an AWS account. Access level: Read. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_GetPublicAccessBlock.html */
  GetAccountPublicAccessBlock: "R||||21,22,23,36,37,41||",
  /** Grants permission to get an analytics configuration from an Amazon S3 bucket, identified by the analytics configuration ID. Access level: Read. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketAnalyticsConfiguration.html */
  GetAnalyticsConfiguration:
    "R|||5;1;|21,22,23,36,37,41||GetBucketAnalyticsConfiguration,ListBucketAnalyticsConfigurations",
  /** Grants permission to retrieve ABAC configuration for a general purpose bucket. Access level: Read. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketAbac.html */
  GetBucketAbac: "R|||5;1;|21,22,23,36,37,41||",
  /** Grants permission to use the acl subresource to return the access control list (ACL) of an Amazon S3 bucket. Access level: Read. Resources: accesspoint, bucket. https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketAcl.html */
  GetBucketAcl: "R|||3;0;,5;0;|21,22,23,36,37,41||;",
  /** Grants permission to return the CORS configuration information set for an Amazon S3 bucket. Access level: Read. Resources: accesspoint, bucket. https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketCors.html */
  GetBucketCORS: "R|||3;0;,5;0;|21,22,23,36,37,41||GetBucketCors",
  /** Grants permission to return the Region that an Amazon S3 bucket resides in. Access level: Read. Resources: accesspoint, bucket. https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketLocation.html */
  GetBucketLocation: "R|||3;0;,5;0;|21,22,23,36,37,41||;",
  /** Grants permission to return the logging status of an Amazon S3 bucket and the permissions users have to view or modify that status. Access level: Read. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketLogging.html */
  GetBucketLogging: "R|||5;1;|21,22,23,36,37,41||;",
  /** Grants permission to return the S3 Metadata configuration for a specified general purpose bucket. Access level: Read. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketMetadataConfiguration.html */
  GetBucketMetadataTableConfiguration: "R|||5;1;|21,22,23,36,37,41||GetBucketMetadataConfiguration,;",
  /** Grants permission to get the notification configuration of an Amazon S3 bucket. Access level: Read. Resources: accesspoint, bucket. https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketNotification.html */
  GetBucketNotification: "R|||3;0;,5;0;|21,22,23,36,37,41||;,GetBucketNotificationConfiguration",
  /** Grants permission to get the Object Lock configuration of an Amazon S3 bucket. Access level: Read. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObjectLockConfiguration.html */
  GetBucketObjectLockConfiguration: "R|||5;1;|21,22,23,36,37||GetObjectLockConfiguration",
  /** Grants permission to retrieve ownership controls on a bucket. Access level: Read. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketOwnershipControls.html */
  GetBucketOwnershipControls: "R|||5;1;|21,22,23,36,37,41||;",
  /** Grants permission to return the policy of the specified bucket. Access level: Read. Resources: accesspoint, bucket. https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketPolicy.html */
  GetBucketPolicy: "R|||3;0;,5;0;|21,22,23,36,37,41||;",
  /** Grants permission to retrieve the policy status for a specific Amazon S3 bucket, which indicates whether the bucket is public. Access level: Read. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketPolicyStatus.html */
  GetBucketPolicyStatus: "R|||5;1;|21,22,23,36,37,41||;",
  /** Grants permission to retrieve the PublicAccessBlock configuration for an Amazon S3 bucket. Access level: Read. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetPublicAccessBlock.html */
  GetBucketPublicAccessBlock: "R|||5;1;|21,22,23,36,37,41||GetPublicAccessBlock",
  /** Grants permission to return the request payment configuration for an Amazon S3 bucket. Access level: Read. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketRequestPayment.html */
  GetBucketRequestPayment: "R|||5;1;|21,22,23,36,37,41||;",
  /** Grants permission to return the tag set associated with an Amazon S3 bucket. Access level: Read. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketTagging.html */
  GetBucketTagging: "R|||5;1;|21,22,23,36,37,41||;",
  /** Grants permission to return the versioning state of an Amazon S3 bucket. Access level: Read. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketVersioning.html */
  GetBucketVersioning: "R|||5;1;|21,22,23,36,37,41||;",
  /** Grants permission to return the website configuration for an Amazon S3 bucket. Access level: Read. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketWebsite.html */
  GetBucketWebsite: "R|||5;1;|21,22,23,36,37,41||;",
  /** Grants permission to get Access. Access level: Read. Resources: accessgrantsinstance*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_GetDataAccess.html */
  GetDataAccess: "R|||1;1;|1,21,22,23,36,37,41||;",
  /** Grants permission to return the default encryption configuration an Amazon S3 bucket. Access level: Read. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketEncryption.html */
  GetEncryptionConfiguration: "R|||5;1;|21,22,23,36,37,41||GetBucketEncryption",
  /** Grants permission to get an or list all Amazon S3 Intelligent Tiering configuration in a S3 Bucket. Access level: Read. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketIntelligentTieringConfiguration.html */
  GetIntelligentTieringConfiguration:
    "R|||5;1;|21,22,23,36,37,41||GetBucketIntelligentTieringConfiguration,ListBucketIntelligentTieringConfigurations",
  /** Grants permission to return an inventory configuration from an Amazon S3 bucket, identified by the inventory configuration ID. Access level: Read. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketInventoryConfiguration.html */
  GetInventoryConfiguration:
    "R|||5;1;|21,22,23,36,37,41||GetBucketInventoryConfiguration,ListBucketInventoryConfigurations",
  /** Grants permission to return the tag set of an existing Amazon S3 Batch Operations job. Access level: Read. Resources: job*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_GetJobTagging.html */
  GetJobTagging: "R|||6;1;|21,22,23,36,37,41||;",
  /** Grants permission to return the lifecycle configuration information set on an Amazon S3 bucket. Access level: Read. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketLifecycleConfiguration.html */
  GetLifecycleConfiguration: "R|||5;1;|21,22,23,36,37,41||GetBucketLifecycle",
  /** Grants permission to get a metrics configuration from an Amazon S3 bucket. Access level: Read. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketMetricsConfiguration.html */
  GetMetricsConfiguration: "R|||5;1;|21,22,23,36,37,41||GetBucketMetricsConfiguration,ListBucketMetricsConfigurations",
  /** Grants permission to return configuration information about the specified Multi-Region Access Point. Access level: Read. Resources: multiregionaccesspoint*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_GetMultiRegionAccessPoint.html */
  GetMultiRegionAccessPoint: "R|||7;1;|6,9,10,21,22,23,36,37||;",
  /** Grants permission to return the access point policy associated with the specified Multi-Region Access Point. Access level: Read. Resources: multiregionaccesspoint*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_GetMultiRegionAccessPointPolicy.html */
  GetMultiRegionAccessPointPolicy: "R|||7;1;|6,9,10,21,22,23,36,37||;",
  /** Grants permission to return the policy status for a specific Multi-Region Access Point policy. Access level: Read. Resources: multiregionaccesspoint*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_GetMultiRegionAccessPointPolicyStatus.html */
  GetMultiRegionAccessPointPolicyStatus: "R|||7;1;|6,9,10,21,22,23,36,37||;",
  /** Grants permission to return the route configuration for a Multi-Region Access Point. Access level: Read. Resources: multiregionaccesspoint*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_GetMultiRegionAccessPointRoutes.html */
  GetMultiRegionAccessPointRoutes: "R|||7;1;|6,9,10,21,22,23,36,37||;",
  /** Grants permission to retrieve objects from Amazon S3. Access level: Read. Resources: accesspointobject, object. https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObject.html */
  GetObject:
    "R|||4;0;,9;0;|4,13,21,22,23,36,37,41|s3-object-lambda:GetObject,s3:GetObjectLegalHold,s3:GetObjectRetention,s3:GetObjectTagging,s3:GetObjectVersion|CopyObject,;,GetObjectAttributes,GetObjectTorrent,HeadObject,SelectObjectContent,UploadPartCopy",
  /** Grants permission to return the access control list (ACL) of an object. Access level: Read. Resources: accesspointobject, object. https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObjectAcl.html */
  GetObjectAcl:
    "R|||4;0;,9;0;|4,13,21,22,23,36,37,41|s3-object-lambda:GetObjectAcl,s3:GetObjectVersionAcl|;,ListObjects,ListObjectsV2",
  /** Grants permission to retrieve attributes related to a specific object. Access level: Read. Resources: accesspointobject, object. https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObjectAttributes.html */
  GetObjectAttributes: "R|||4;0;,9;0;|13,21,22,23,36,37,41||",
  /** Grants permission to get an object's current Legal Hold status. Access level: Read. Resources: accesspointobject, object. https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObjectLegalHold.html */
  GetObjectLegalHold: "R|||4;0;,9;0;|21,22,23,36,37,41|s3-object-lambda:GetObjectLegalHold|GetObject,;,HeadObject",
  /** Grants permission to retrieve the retention settings for an object. Access level: Read. Resources: accesspointobject, object. https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObjectRetention.html */
  GetObjectRetention: "R|||4;0;,9;0;|21,22,23,36,37,41|s3-object-lambda:GetObjectRetention|GetObject,;,HeadObject",
  /** Grants permission to return the tag set of an object. Access level: Read. Resources: accesspointobject, object. https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObjectTagging.html */
  GetObjectTagging:
    "R|||4;0;,9;0;|13,21,22,23,36,37,41|s3-object-lambda:GetObjectTagging,s3:GetObjectVersionTagging|GetObject,;",
  /** Grants permission to return torrent files from an Amazon S3 bucket. Access level: Read. Resources: object*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObjectTorrent.html */
  GetObjectTorrent: "R|||9;1;|21,22,23,36,37,41||",
  /** Grants permission to retrieve a specific version of an object. Access level: Read. Resources: accesspointobject, object. https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObject.html */
  GetObjectVersion: "R|||4;0;,9;0;|4,13,21,22,23,36,37,38,41||CopyObject,GetObject,GetObjectAttributes,UploadPartCopy",
  /** Grants permission to return the access control list (ACL) of a specific object version. Access level: Read. Resources: accesspointobject, object. https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObjectAcl.html */
  GetObjectVersionAcl: "R|||4;0;,9;0;|4,13,21,22,23,36,37,38,41||GetObjectAcl",
  /** Grants permission to retrieve attributes related to a specific version of an object. Access level: Read. Resources: accesspointobject, object. https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObjectAttributes.html */
  GetObjectVersionAttributes: "R|||4;0;,9;0;|13,21,22,23,36,37,38,41||",
  /** Grants permission to replicate both unencrypted objects and objects encrypted with SSE-S3 or SSE-KMS. Access level: Read. Resources: object*. https://docs.aws.amazon.com/AmazonS3/latest/userguide/replication-config-for-kms-objects.html */
  GetObjectVersionForReplication: "R|||9;1;|21,22,23,36,37,41||",
  /** Grants permission to return the tag set for a specific version of the object. Access level: Read. Resources: accesspointobject, object. https://docs.aws.amazon.com/AmazonS3/latest/userguide/setting-repl-config-perm-overview.html */
  GetObjectVersionTagging: "R|||4;0;,9;0;|13,21,22,23,36,37,38,41||GetObjectTagging",
  /** Grants permission to get Torrent files about a different version using the versionId subresource. Access level: Read. Resources: object*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObjectTorrent.html */
  GetObjectVersionTorrent: "R|||9;1;|21,22,23,36,37,38,41||",
  /** Grants permission to get the replication configuration information set on an Amazon S3 bucket. Access level: Read. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketReplication.html */
  GetReplicationConfiguration: "R|||5;1;|21,22,23,36,37,41||GetBucketReplication",
  /** Grants permission to get an Amazon S3 Storage Lens configuration. Access level: Read. Resources: storagelensconfiguration*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_GetStorageLensConfiguration.html */
  GetStorageLensConfiguration: "R|||11;1;|21,22,23,36,37,41||;",
  /** Grants permission to get the tag set of an existing Amazon S3 Storage Lens configuration. Access level: Read. Resources: storagelensconfiguration*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_GetStorageLensConfigurationTagging.html */
  GetStorageLensConfigurationTagging: "R|||11;1;|21,22,23,36,37,41||;",
  /** Grants permission to get an Amazon S3 Storage Lens dashboard. Access level: Read. Resources: storagelensconfiguration*. https://docs.aws.amazon.com/AmazonS3/latest/userguide/storage_lens_dashboard.html */
  GetStorageLensDashboard: "R|||11;1;|21,22,23,36,37,41||",
  /** Grants permission to get an Amazon S3 Storage Lens group. Access level: Read. Resources: storagelensgroup*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_GetStorageLensGroup.html */
  GetStorageLensGroup: "R|||12;1;|21,22,23,36,37,41||;",
  /** Grants permission to initiate the replication process by setting replication status of an object to pending. Access level: Write. Resources: object*. Permission only. https://docs.aws.amazon.com/AmazonS3/latest/userguide/setting-repl-config-perm-overview.html */
  InitiateReplication: "W||1|9;1;|21||",
  /** Grants permission to list Access Grant. Access level: List. Resources: accessgrantsinstance*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_ListAccessGrants.html */
  ListAccessGrants: "L|||1;1;|1,21,22,23,36,37,41||;",
  /** Grants permission to List Access Grants Instances. Access level: List. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_ListAccessGrantsInstances.html */
  ListAccessGrantsInstances: "L||||21,22,23,36,37,41||;",
  /** Grants permission to list Access Grants locations. Access level: List. Resources: accessgrantsinstance*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_ListAccessGrantsLocations.html */
  ListAccessGrantsLocations: "L|||1;1;|1,21,22,23,36,37,41||;",
  /** Grants permission to list access points. Access level: List. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_ListAccessPoints.html */
  ListAccessPoints: "L||||21,22,23,36,37,41||;",
  /** Grants permission to list object lambda enabled accesspoints. Access level: List. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_ListAccessPointsForObjectLambda.html */
  ListAccessPointsForObjectLambda: "L||||21,22,23,36,37,41||;",
  /** Grants permission to list all buckets owned by the authenticated sender of the request. Access level: List. https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListBuckets.html */
  ListAllMyBuckets: "L||||21,22,23,36,37,41||ListBuckets",
  /** Grants permission to list some or all of the objects in an Amazon S3 bucket (up to 1000). Access level: List. Resources: accesspoint, bucket. https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListObjectsV2.html */
  ListBucket: "L|||3;0;,5;0;|4,21,22,23,24,30,35,36,37,41||HeadBucket,ListObjects,ListObjectsV2",
  /** Grants permission to list in-progress multipart uploads. Access level: List. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListMultipartUploads.html */
  ListBucketMultipartUploads: "L|||5;1;|1,4,6,7,9,10,21,22,23,36,37,41||ListMultipartUploads",
  /** Grants permission to list metadata about all the versions of objects in an Amazon S3 bucket. Access level: List. Resources: accesspoint, bucket. https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListObjectVersions.html */
  ListBucketVersions: "L|||3;0;,5;0;|4,21,22,23,24,30,35,36,37,41||ListObjectVersions",
  /** Grants permission to list caller's Access Grant. Access level: List. Resources: accessgrantsinstance*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_ListCallerAccessGrants.html */
  ListCallerAccessGrants: "L|||1;1;|1,21,22,23,36,37,41||;",
  /** Grants permission to list current jobs and jobs that have ended recently. Access level: List. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_ListJobs.html */
  ListJobs: "L||||21,22,23,36,37,41||;",
  /** Grants permission to list Multi-Region Access Points. Access level: List. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_ListMultiRegionAccessPoints.html */
  ListMultiRegionAccessPoints: "L||||21,22,23,36,37||;",
  /** Grants permission to list the parts that have been uploaded for a specific multipart upload. Access level: List. Resources: accesspointobject, object. https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListParts.html */
  ListMultipartUploadParts: "L|||4;0;,9;0;|4,21,22,23,36,37,41||ListParts",
  /** Grants permission to list Amazon S3 Storage Lens configurations. Access level: List. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_ListStorageLensConfigurations.html */
  ListStorageLensConfigurations: "L||||21,22,23,36,37,41||;",
  /** Grants permission to list S3 Storage Lens groups. Access level: List. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_ListStorageLensGroups.html */
  ListStorageLensGroups: "L||||21,22,23,36,37,41||;",
  /** Grants permission to list the tags attached to the specified resource. Access level: List. Resources: accessgrant, accessgrantsinstance, accessgrantslocation, accesspoint, bucket, storagelensgroup. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_ListTagsForResource.html */
  ListTagsForResource: "L|||0;0;,1;0;,2;0;,3;0;,5;0;,12;0;|21,22,23,36,37,41||;",
  /** Grants permission to change replica ownership. Access level: Permissions management. Resources: object*. https://docs.aws.amazon.com/AmazonS3/latest/userguide/replication-change-owner.html#repl-ownership-add-role-permission */
  ObjectOwnerOverrideToBucketOwner: "P|||9;1;|21,22,23,36,37,41||",
  /** Grants permission to pause S3 Replication from target source buckets to destination buckets. Access level: Write. Resources: bucket*. Permission only. https://docs.aws.amazon.com/fis/latest/userguide/fis-actions-reference.html#bucket-pause-replication */
  PauseReplication: "W||1|5;1;|21,22,23,25,36,37,41|s3:GetReplicationConfiguration,s3:PutReplicationConfiguration|",
  /** Grants permission to use the accelerate subresource to set the Transfer Acceleration state of an existing S3 bucket. Access level: Write. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketAccelerateConfiguration.html */
  PutAccelerateConfiguration: "W|||5;1;|21,22,23,36,37,41||PutBucketAccelerateConfiguration",
  /** Grants permission to put Access grants instance resource policy. Access level: Permissions management. Resources: accessgrantsinstance*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_PutAccessGrantsInstanceResourcePolicy.html */
  PutAccessGrantsInstanceResourcePolicy: "P|||1;1;|1,21,22,23,36,37,41||;",
  /** Grants permission to set the configuration of the object lambda enabled access point. Access level: Write. Resources: objectlambdaaccesspoint*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_PutAccessPointConfigurationForObjectLambda.html */
  PutAccessPointConfigurationForObjectLambda: "W|||10;1;|6,9,10,21,22,23,36,37,41||;",
  /** Grants permission to associate an access policy with a specified access point. Access level: Permissions management. Resources: accesspoint*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_PutAccessPointPolicy.html */
  PutAccessPointPolicy: "P|||3;1;|21,22,23,36,37,41||;",
  /** Grants permission to associate an access policy with a specified object lambda enabled access point. Access level: Permissions management. Resources: objectlambdaaccesspoint*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_PutAccessPointPolicyForObjectLambda.html */
  PutAccessPointPolicyForObjectLambda: "P|||10;1;|6,9,10,21,22,23,36,37,41||;",
  /** Grants permission to associate public access block configurations with a specified access point, while creating a access point. Access level: Permissions management. https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-examples-access-point */
  PutAccessPointPublicAccessBlock: "P||||||",
  /** Grants permission to create or modify the PublicAccessBlock configuration for an AWS account. Access level: Permissions management. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_PutPublicAccessBlock.html */
  PutAccountPublicAccessBlock: "P||||21,22,23,36,37,41||",
  /** Grants permission to set an analytics configuration for the bucket, specified by the analytics configuration ID. Access level: Write. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketAnalyticsConfiguration.html */
  PutAnalyticsConfiguration:
    "W|||5;1;|21,22,23,36,37,41||DeleteBucketAnalyticsConfiguration,PutBucketAnalyticsConfiguration",
  /** Grants permission to set ABAC configuration for a general purpose bucket. Access level: Write. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketAbac.html */
  PutBucketAbac: "W|||5;1;|21,22,23,36,37,41||",
  /** Grants permission to set the permissions on an existing bucket using access control lists (ACLs). Access level: Permissions management. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketAcl.html */
  PutBucketAcl: "P|||5;1;|21,22,23,36,37,39,41,43,44,45,46,47||CreateBucket,;",
  /** Grants permission to set the CORS configuration for an Amazon S3 bucket. Access level: Write. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketCors.html */
  PutBucketCORS: "W|||5;1;|21,22,23,36,37,41||DeleteBucketCors,PutBucketCors",
  /** Grants permission to set the logging parameters for an Amazon S3 bucket. Access level: Write. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketLogging.html */
  PutBucketLogging: "W|||5;1;|21,22,23,36,37,41||;",
  /** Grants permission to receive notifications when certain events happen in an Amazon S3 bucket. Access level: Write. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketNotification.html */
  PutBucketNotification: "W|||5;1;|21,22,23,36,37,41||PutBucketNotificationConfiguration",
  /** Grants permission to put Object Lock configuration on a specific bucket. Access level: Write. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObjectLockConfiguration.html */
  PutBucketObjectLockConfiguration: "W|||5;1;|21,22,23,36,37||CreateBucket,PutObjectLockConfiguration",
  /** Grants permission to add, replace or delete ownership controls on a bucket. Access level: Permissions management. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketOwnershipControls.html */
  PutBucketOwnershipControls: "P|||5;1;|21,22,23,36,37,41||CreateBucket,DeleteBucketOwnershipControls,;",
  /** Grants permission to add or replace a bucket policy on a bucket. Access level: Permissions management. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketPolicy.html */
  PutBucketPolicy: "P|||5;1;|21,22,23,36,37,41||;",
  /** Grants permission to create or modify the PublicAccessBlock configuration for a specific Amazon S3 bucket. Access level: Permissions management. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutPublicAccessBlock.html */
  PutBucketPublicAccessBlock: "P|||5;1;|21,22,23,36,37,41||DeletePublicAccessBlock,PutPublicAccessBlock",
  /** Grants permission to set the request payment configuration of a bucket. Access level: Write. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketRequestPayment.html */
  PutBucketRequestPayment: "W|||5;1;|21,22,23,36,37,41||;",
  /** Grants permission to add a set of tags to an existing Amazon S3 bucket. Access level: Tagging. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketTagging.html */
  PutBucketTagging: "T|||5;1;|21,22,23,36,37,41||DeleteBucketTagging,;",
  /** Grants permission to set the versioning state of an existing Amazon S3 bucket. Access level: Write. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketVersioning.html */
  PutBucketVersioning: "W|||5;1;|21,22,23,36,37,41||CreateBucket,;",
  /** Grants permission to set the configuration of the website that is specified in the website subresource. Access level: Write. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketWebsite.html */
  PutBucketWebsite: "W|||5;1;|21,22,23,36,37,41||;",
  /** Grants permission to set the encryption configuration for an Amazon S3 bucket. Access level: Write. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketEncryption.html */
  PutEncryptionConfiguration: "W|||5;1;|21,22,23,36,37,41||DeleteBucketEncryption,PutBucketEncryption",
  /** Grants permission to create new or update or delete an existing Amazon S3 Intelligent Tiering configuration. Access level: Write. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketIntelligentTieringConfiguration.html */
  PutIntelligentTieringConfiguration:
    "W|||5;1;|21,22,23,36,37,41||DeleteBucketIntelligentTieringConfiguration,PutBucketIntelligentTieringConfiguration",
  /** Grants permission to add an inventory configuration to the bucket, identified by the inventory ID. Access level: Write. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketInventoryConfiguration.html */
  PutInventoryConfiguration:
    "W|||5;1;|14,21,22,23,36,37,41||DeleteBucketInventoryConfiguration,PutBucketInventoryConfiguration",
  /** Grants permission to replace tags on an existing Amazon S3 Batch Operations job. Access level: Tagging. Resources: job*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_PutJobTagging.html */
  PutJobTagging: "T|||6;1;|0,2,11,12,21,22,23,36,37,41||;",
  /** Grants permission to create a new lifecycle configuration for the bucket or replace an existing lifecycle configuration. Access level: Write. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketLifecycleConfiguration.html */
  PutLifecycleConfiguration: "W|||5;1;|21,22,23,36,37,41||DeleteBucketLifecycle,PutBucketLifecycle",
  /** Grants permission to set or update a metrics configuration for the CloudWatch request metrics from an Amazon S3 bucket. Access level: Write. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketMetricsConfiguration.html */
  PutMetricsConfiguration: "W|||5;1;|21,22,23,36,37,41||DeleteBucketMetricsConfiguration,PutBucketMetricsConfiguration",
  /** Grants permission to associate an access policy with a specified Multi-Region Access Point. Access level: Permissions management. Resources: multiregionaccesspoint*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_PutMultiRegionAccessPointPolicy.html */
  PutMultiRegionAccessPointPolicy: "P|||7;1;|6,9,10,21,22,23,36,37||;",
  /** Grants permission to add an object to a bucket. Access level: Write. Resources: accesspointobject, object. https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObject.html */
  PutObject:
    "W|||4;0;,9;0;|4,16,19,20,21,22,23,26,27,31,32,33,34,36,37,39,41,42,43,44,45,46,47,48,50,51,52,53,54|s3-object-lambda:PutObject,s3:PutObjectAcl,s3:PutObjectLegalHold,s3:PutObjectRetention,s3:PutObjectTagging|CompleteMultipartUpload,CopyObject,CreateMultipartUpload,;,UploadPart,UploadPartCopy",
  /** Grants permission to set the access control list (ACL) permissions for new or existing objects in an S3 bucket. Access level: Permissions management. Resources: accesspointobject, object. https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObjectAcl.html */
  PutObjectAcl:
    "P|||4;0;,9;0;|4,13,21,22,23,36,37,39,41,43,44,45,46,47,53|s3-object-lambda:PutObjectAcl,s3:PutObjectVersionAcl|CopyObject,CreateMultipartUpload,PutObject,;",
  /** Grants permission to apply a Legal Hold configuration to the specified object. Access level: Write. Resources: accesspointobject, object. https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObjectLegalHold.html */
  PutObjectLegalHold:
    "W|||4;0;,9;0;|21,22,23,31,36,37,41|s3-object-lambda:PutObjectLegalHold|CopyObject,CreateMultipartUpload,PutObject,;",
  /** Grants permission to place an Object Retention configuration on an object. Access level: Write. Resources: accesspointobject, object. https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObjectRetention.html */
  PutObjectRetention:
    "W|||4;0;,9;0;|21,22,23,32,33,34,36,37,41|s3-object-lambda:PutObjectRetention,2|CopyObject,CreateMultipartUpload,PutObject,;",
  /** Grants permission to set the supplied tag-set to an object that already exists in a bucket. Access level: Tagging. Resources: accesspointobject, object. https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObjectTagging.html */
  PutObjectTagging:
    "T|||4;0;,9;0;|13,19,20,21,22,23,36,37,41|s3-object-lambda:PutObjectTagging,s3:PutObjectVersionTagging|CopyObject,CreateMultipartUpload,PutObject,;",
  /** Grants permission to use the acl subresource to set the access control list (ACL) permissions for an object that already exists in a bucket. Access level: Permissions management. Resources: accesspointobject, object. https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObjectAcl.html */
  PutObjectVersionAcl: "P|||4;0;,9;0;|4,13,21,22,23,36,37,38,39,41,43,44,45,46,47,53||PutObjectAcl",
  /** Grants permission to set the supplied tag-set for a specific version of an object. Access level: Tagging. Resources: accesspointobject, object. https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObjectTagging.html */
  PutObjectVersionTagging: "T|||4;0;,9;0;|13,19,20,21,22,23,36,37,38,41||PutObjectTagging",
  /** Grants permission to create a new replication configuration or replace an existing one. Access level: Write. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketReplication.html */
  PutReplicationConfiguration: "W|||5;1;|21,22,23,28,36,37,41|0|DeleteBucketReplication,PutBucketReplication",
  /** Grants permission to create or update an Amazon S3 Storage Lens configuration. Access level: Write. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_PutStorageLensConfiguration.html */
  PutStorageLensConfiguration: "W||||0,2,21,22,23,36,37,41||;",
  /** Grants permission to put or replace tags on an existing Amazon S3 Storage Lens configuration. Access level: Tagging. Resources: storagelensconfiguration*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_PutStorageLensConfigurationTagging.html */
  PutStorageLensConfigurationTagging: "T|||11;1;|0,2,21,22,23,36,37,41||;",
  /** Grants permission to replicate delete markers to the destination bucket. Access level: Write. Resources: object*. https://docs.aws.amazon.com/AmazonS3/latest/userguide/setting-repl-config-perm-overview.html */
  ReplicateDelete: "W|||9;1;|21,22,23,36,37,41||",
  /** Grants permission to replicate objects and object tags to the destination bucket. Access level: Write. Resources: object*. https://docs.aws.amazon.com/AmazonS3/latest/userguide/setting-repl-config-perm-overview.html */
  ReplicateObject: "W|||9;1;|21,22,23,36,37,41,50,51,52||",
  /** Grants permission to replicate object tags to the destination bucket. Access level: Tagging. Resources: object*. https://docs.aws.amazon.com/AmazonS3/latest/userguide/setting-repl-config-perm-overview.html */
  ReplicateTags: "T|||9;1;|21,22,23,36,37,41||",
  /** Grants permission to restore an archived copy of an object back into Amazon S3. Access level: Write. Resources: accesspointobject, object. https://docs.aws.amazon.com/AmazonS3/latest/API/API_RestoreObject.html */
  RestoreObject: "W|||4;0;,9;0;|21,22,23,36,37,41|s3-object-lambda:RestoreObject|;",
  /** Grants permission to submit a route configuration update for a Multi-Region Access Point. Access level: Write. Resources: multiregionaccesspoint*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_SubmitMultiRegionAccessPointRoutes.html */
  SubmitMultiRegionAccessPointRoutes: "W|||7;1;|6,9,10,21,22,23,36,37||;",
  /** Grants permission to add tags to the specified resource. Access level: Tagging. Resources: accessgrant, accessgrantsinstance, accessgrantslocation, accesspoint, bucket, storagelensgroup. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_TagResource.html */
  TagResource: "T|||0;0;,1;0;,2;0;,3;0;,5;0;,12;0;|0,2,21,22,23,36,37,41||CreateStorageLensGroup,;",
  /** Grants permission to remove tags from the specified resource. Access level: Tagging. Resources: accessgrant, accessgrantsinstance, accessgrantslocation, accesspoint, bucket, storagelensgroup. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,3;0;,5;0;,12;0;|2,21,22,23,36,37,41||;",
  /** Grants permission to update Access Grants location. Access level: Permissions management. Resources: accessgrantslocation*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_UpdateAccessGrantsLocation.html */
  UpdateAccessGrantsLocation: "P|||2;1;|1,5,21,22,23,36,37,41||;",
  /** Grants permission to update the inventory table configuration on an existing S3 Metadata configuration for a specified general purpose bucket. Access level: Write. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_UpdateBucketMetadataInventoryTableConfiguration.html */
  UpdateBucketMetadataInventoryTableConfiguration: "W|||5;1;|21,22,23,36,37,41|1,3,4,5,6,7,8|;",
  /** Grants permission to update the journal table configuration on an existing S3 Metadata configuration for a specified general purpose bucket. Access level: Write. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_UpdateBucketMetadataJournalTableConfiguration.html */
  UpdateBucketMetadataJournalTableConfiguration: "W|||5;1;|21,22,23,36,37,41||;",
  /** Grants permission to update the priority of an existing job. Access level: Write. Resources: job*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_UpdateJobPriority.html */
  UpdateJobPriority: "W|||6;1;|11,12,18,21,22,23,36,37,41||;",
  /** Grants permission to update the status for the specified job. Access level: Write. Resources: job*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_UpdateJobStatus.html */
  UpdateJobStatus: "W|||6;1;|11,12,15,21,22,23,36,37,41||;",
  /** Grants permission to update the server-side encryption type of an existing object in a general purpose bucket. Access level: Write. Resources: accesspointobject, object. https://docs.aws.amazon.com/AmazonS3/latest/API/API_UpdateObjectEncryption.html */
  UpdateObjectEncryption: "W|||4;0;,9;0;|13,21,22,23,36,37,41,50,51||",
  /** Grants permission to update an existing S3 Storage Lens group. Access level: Write. Resources: storagelensgroup*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_UpdateStorageLensGroup.html */
  UpdateStorageLensGroup: "W|||12;1;|21,22,23,36,37,41||;",
} as const;
const actionDetails = {
  AbortMultipartUpload: "|,;~~~|Grants permission to abort a multipart upload",
  AssociateAccessGrantsIdentityCenter: "|,;~~s3control~|Grants permission to associate Access Grants identity center",
  BypassGovernanceRetention:
    "|,;~~~,~~,~~|Grants permission to allow circumvention of governance-mode object retention settings",
  CreateAccessGrant: "|,;~~s3control~|Grants permission to create Access Grant",
  CreateAccessGrantsInstance: "|,;~~s3control~|Grants permission to Create Access Grants Instance",
  CreateAccessGrantsLocation: "|,;~~s3control~|Grants permission to create Access Grants location",
  CreateAccessPoint: "|,;~~s3control~|Grants permission to create a new access point",
  CreateAccessPointForObjectLambda: "|,;~~s3control~|Grants permission to create an object lambda enabled accesspoint",
  CreateBucket: "|,;~~~;~s3control~|Grants permission to create a new bucket",
  CreateBucketMetadataTableConfiguration:
    "|,;~~~,~~|Grants permission to create a new S3 Metadata configuration for a specified general purpose bucket",
  CreateJob: "|,;~~s3control~|Grants permission to create a new Amazon S3 Batch Operations job",
  CreateMultiRegionAccessPoint: "|,;~~s3control~|Grants permission to create a new Multi-Region Access Point",
  CreateStorageLensGroup: "|,;~~s3control~|Grants permission to create an Amazon S3 Storage Lens group",
  DeleteAccessGrant: "|,;~~s3control~|Grants permission to delete Access Grant",
  DeleteAccessGrantsInstance: "|,;~~s3control~|Grants permission to Delete Access Grants Instance",
  DeleteAccessGrantsInstanceResourcePolicy:
    "|,;~~s3control~|Grants permission to read Access grants instance resource policy",
  DeleteAccessGrantsLocation: "|,;~~s3control~|Grants permission to delete Access Grants location",
  DeleteAccessPoint: "|,;~~s3control~|Grants permission to delete the access point named in the URI",
  DeleteAccessPointForObjectLambda:
    "|,;~~s3control~|Grants permission to delete the object lambda enabled access point named in the URI",
  DeleteAccessPointPolicy: "|,;~~s3control~|Grants permission to delete the policy on a specified access point",
  DeleteAccessPointPolicyForObjectLambda:
    "|,;~~s3control~|Grants permission to delete the policy on a specified object lambda enabled access point",
  DeleteBucket: "|,;~~~;~s3control~|Grants permission to delete the bucket named in the URI",
  DeleteBucketMetadataTableConfiguration:
    "|,;~~~,~~|Grants permission to delete the S3 Metadata configuration for a specified general purpose bucket",
  DeleteBucketPolicy: "|,;~~~;~s3control~|Grants permission to delete the policy on a specified bucket",
  DeleteBucketWebsite: "|,;~~~|Grants permission to remove the website configuration for a bucket",
  DeleteJobTagging: "|,;~~s3control~|Grants permission to remove tags from an existing Amazon S3 Batch Operations job",
  DeleteMultiRegionAccessPoint:
    "|,;~~s3control~|Grants permission to delete the Multi-Region Access Point named in the URI",
  DeleteObject:
    "|,;~~~,~~|Grants permission to remove the null version of an object and insert a delete marker, which becomes the current version of the object",
  DeleteObjectTagging:
    "|,;~~~|Grants permission to use the tagging subresource to remove the entire tag set from the specified object",
  DeleteObjectVersion: "|,;~~~,~~|Grants permission to remove a specific version of an object",
  DeleteObjectVersionTagging:
    "|,;~~~|Grants permission to remove the entire tag set for a specific version of the object",
  DeleteStorageLensConfiguration:
    "|,;~~s3control~|Grants permission to delete an existing Amazon S3 Storage Lens configuration",
  DeleteStorageLensConfigurationTagging:
    "|,;~~s3control~|Grants permission to remove tags from an existing Amazon S3 Storage Lens configuration",
  DeleteStorageLensGroup: "|,;~~s3control~|Grants permission to delete an existing S3 Storage Lens group",
  DescribeJob:
    "|,;~~s3control~|Grants permission to retrieve the configuration parameters and status for a batch operations job",
  DescribeMultiRegionAccessPointOperation:
    "|,;~~s3control~|Grants permission to retrieve the configurations for a Multi-Region Access Point",
  DissociateAccessGrantsIdentityCenter:
    "|,;~~s3control~|Grants permission to disassociate Access Grants identity center",
  GetAccelerateConfiguration:
    "|,;~~~|Grants permission to uses the accelerate subresource to return the Transfer Acceleration state of a bucket, which is either Enabled or Suspended",
  GetAccessGrant: "|,;~~s3control~|Grants permission to read Access Grant",
  GetAccessGrantsInstance: "|,;~~s3control~|Grants permission to Read Access Grants Instance",
  GetAccessGrantsInstanceForPrefix: "|,;~~s3control~|Grants permission to Read Access Grants Instance by prefix",
  GetAccessGrantsInstanceResourcePolicy:
    "|,;~~s3control~|Grants permission to read Access grants instance resource policy",
  GetAccessGrantsLocation: "|,;~~s3control~|Grants permission to read Access Grants location",
  GetAccessPoint:
    "|,;~~s3control~|Grants permission to return configuration information about the specified access point",
  GetAccessPointConfigurationForObjectLambda:
    "|,;~~s3control~|Grants permission to retrieve the configuration of the object lambda enabled access point",
  GetAccessPointForObjectLambda: "|,;~~s3control~|Grants permission to create an object lambda enabled accesspoint",
  GetAccessPointPolicy:
    "|,;~~s3control~|Grants permission to return the access point policy associated with the specified access point",
  GetAccessPointPolicyForObjectLambda:
    "|,;~~s3control~|Grants permission to return the access point policy associated with the specified object lambda enabled access point",
  GetAccessPointPolicyStatus:
    "|,;~~s3control~|Grants permission to return the policy status for a specific access point policy",
  GetAccessPointPolicyStatusForObjectLambda:
    "|,;~~s3control~|Grants permission to return the policy status for a specific object lambda access point policy",
  GetAccountPublicAccessBlock:
    "|,;~|Grants permission to retrieve the PublicAccessBlock configuration for an AWS account",
  GetAnalyticsConfiguration:
    "|,;~~~,~~|Grants permission to get an analytics configuration from an Amazon S3 bucket, identified by the analytics configuration ID",
  GetBucketAbac: "|,;~|Grants permission to retrieve ABAC configuration for a general purpose bucket",
  GetBucketAcl:
    "|,;~~~|Grants permission to use the acl subresource to return the access control list (ACL) of an Amazon S3 bucket",
  GetBucketCORS: "|,;~~~|Grants permission to return the CORS configuration information set for an Amazon S3 bucket",
  GetBucketLocation: "|,;~~~|Grants permission to return the Region that an Amazon S3 bucket resides in",
  GetBucketLogging:
    "|,;~~~|Grants permission to return the logging status of an Amazon S3 bucket and the permissions users have to view or modify that status",
  GetBucketMetadataTableConfiguration:
    "|,;~~~,~~|Grants permission to return the S3 Metadata configuration for a specified general purpose bucket",
  GetBucketNotification: "|,;~~~,~~|Grants permission to get the notification configuration of an Amazon S3 bucket",
  GetBucketObjectLockConfiguration:
    "|,;~~~|Grants permission to get the Object Lock configuration of an Amazon S3 bucket",
  GetBucketOwnershipControls: "|,;~~~|Grants permission to retrieve ownership controls on a bucket",
  GetBucketPolicy: "|,;~~~;~s3control~|Grants permission to return the policy of the specified bucket",
  GetBucketPolicyStatus:
    "|,;~~~|Grants permission to retrieve the policy status for a specific Amazon S3 bucket, which indicates whether the bucket is public",
  GetBucketPublicAccessBlock:
    "|,;~~~;~s3control~|Grants permission to retrieve the PublicAccessBlock configuration for an Amazon S3 bucket",
  GetBucketRequestPayment:
    "|,;~~~|Grants permission to return the request payment configuration for an Amazon S3 bucket",
  GetBucketTagging: "|,;~~~;~s3control~|Grants permission to return the tag set associated with an Amazon S3 bucket",
  GetBucketVersioning: "|,;~~~;~s3control~|Grants permission to return the versioning state of an Amazon S3 bucket",
  GetBucketWebsite: "|,;~~~|Grants permission to return the website configuration for an Amazon S3 bucket",
  GetDataAccess: "|,;~~s3control~|Grants permission to get Access",
  GetEncryptionConfiguration:
    "|,;~~~|Grants permission to return the default encryption configuration an Amazon S3 bucket",
  GetIntelligentTieringConfiguration:
    "|,;~~~,~~|Grants permission to get an or list all Amazon S3 Intelligent Tiering configuration in a S3 Bucket",
  GetInventoryConfiguration:
    "|,;~~~,~~|Grants permission to return an inventory configuration from an Amazon S3 bucket, identified by the inventory configuration ID",
  GetJobTagging:
    "|,;~~s3control~|Grants permission to return the tag set of an existing Amazon S3 Batch Operations job",
  GetLifecycleConfiguration:
    "|,;~~~|Grants permission to return the lifecycle configuration information set on an Amazon S3 bucket",
  GetMetricsConfiguration: "|,;~~~,~~|Grants permission to get a metrics configuration from an Amazon S3 bucket",
  GetMultiRegionAccessPoint:
    "|,;~~s3control~|Grants permission to return configuration information about the specified Multi-Region Access Point",
  GetMultiRegionAccessPointPolicy:
    "|,;~~s3control~|Grants permission to return the access point policy associated with the specified Multi-Region Access Point",
  GetMultiRegionAccessPointPolicyStatus:
    "|,;~~s3control~|Grants permission to return the policy status for a specific Multi-Region Access Point policy",
  GetMultiRegionAccessPointRoutes:
    "|,;~~s3control~|Grants permission to return the route configuration for a Multi-Region Access Point",
  GetObject: "|,;~~~,~~,~~,~~,~~,~~,~~|Grants permission to retrieve objects from Amazon S3",
  GetObjectAcl: "|,;~~~,~~,~~|Grants permission to return the access control list (ACL) of an object",
  GetObjectAttributes: "|,;~|Grants permission to retrieve attributes related to a specific object",
  GetObjectLegalHold: "|,;~~~,~~,~~|Grants permission to get an object's current Legal Hold status",
  GetObjectRetention: "|,;~~~,~~,~~|Grants permission to retrieve the retention settings for an object",
  GetObjectTagging: "|,;~~~,~~|Grants permission to return the tag set of an object",
  GetObjectTorrent: "|,;~|Grants permission to return torrent files from an Amazon S3 bucket",
  GetObjectVersion: "|,;~~~,~~,~~,~~|Grants permission to retrieve a specific version of an object",
  GetObjectVersionAcl: "|,;~~~|Grants permission to return the access control list (ACL) of a specific object version",
  GetObjectVersionAttributes:
    "|,;~|Grants permission to retrieve attributes related to a specific version of an object",
  GetObjectVersionForReplication:
    "|,;~|Grants permission to replicate both unencrypted objects and objects encrypted with SSE-S3 or SSE-KMS",
  GetObjectVersionTagging: "|,;~~~|Grants permission to return the tag set for a specific version of the object",
  GetObjectVersionTorrent:
    "|,;~|Grants permission to get Torrent files about a different version using the versionId subresource",
  GetReplicationConfiguration:
    "|,;~~~;~s3control~|Grants permission to get the replication configuration information set on an Amazon S3 bucket",
  GetStorageLensConfiguration: "|,;~~s3control~|Grants permission to get an Amazon S3 Storage Lens configuration",
  GetStorageLensConfigurationTagging:
    "|,;~~s3control~|Grants permission to get the tag set of an existing Amazon S3 Storage Lens configuration",
  GetStorageLensDashboard: "|,;~|Grants permission to get an Amazon S3 Storage Lens dashboard",
  GetStorageLensGroup: "|,;~~s3control~|Grants permission to get an Amazon S3 Storage Lens group",
  InitiateReplication:
    "|,;~|Grants permission to initiate the replication process by setting replication status of an object to pending",
  ListAccessGrants: "|,;~~s3control~|Grants permission to list Access Grant",
  ListAccessGrantsInstances: "|,;~~s3control~|Grants permission to List Access Grants Instances",
  ListAccessGrantsLocations: "|,;~~s3control~|Grants permission to list Access Grants locations",
  ListAccessPoints: "|,;~~s3control~|Grants permission to list access points",
  ListAccessPointsForObjectLambda: "|,;~~s3control~|Grants permission to list object lambda enabled accesspoints",
  ListAllMyBuckets: "|,;~~~|Grants permission to list all buckets owned by the authenticated sender of the request",
  ListBucket: "|,;~~~,~~,~~|Grants permission to list some or all of the objects in an Amazon S3 bucket (up to 1000)",
  ListBucketMultipartUploads: "|,;~~~|Grants permission to list in-progress multipart uploads",
  ListBucketVersions:
    "|,;~~~|Grants permission to list metadata about all the versions of objects in an Amazon S3 bucket",
  ListCallerAccessGrants: "|,;~~s3control~|Grants permission to list caller's Access Grant",
  ListJobs: "|,;~~s3control~|Grants permission to list current jobs and jobs that have ended recently",
  ListMultiRegionAccessPoints: "|,;~~s3control~|Grants permission to list Multi-Region Access Points",
  ListMultipartUploadParts:
    "|,;~~~|Grants permission to list the parts that have been uploaded for a specific multipart upload",
  ListStorageLensConfigurations: "|,;~~s3control~|Grants permission to list Amazon S3 Storage Lens configurations",
  ListStorageLensGroups: "|,;~~s3control~|Grants permission to list S3 Storage Lens groups",
  ListTagsForResource: "|,;~~s3control~|Grants permission to list the tags attached to the specified resource",
  ObjectOwnerOverrideToBucketOwner: "|,;~|Grants permission to change replica ownership",
  PauseReplication: "|,;~|Grants permission to pause S3 Replication from target source buckets to destination buckets",
  PutAccelerateConfiguration:
    "|,;~~~|Grants permission to use the accelerate subresource to set the Transfer Acceleration state of an existing S3 bucket",
  PutAccessGrantsInstanceResourcePolicy:
    "|,;~~s3control~|Grants permission to put Access grants instance resource policy",
  PutAccessPointConfigurationForObjectLambda:
    "|,;~~s3control~|Grants permission to set the configuration of the object lambda enabled access point",
  PutAccessPointPolicy: "|,;~~s3control~|Grants permission to associate an access policy with a specified access point",
  PutAccessPointPolicyForObjectLambda:
    "|,;~~s3control~|Grants permission to associate an access policy with a specified object lambda enabled access point",
  PutAccessPointPublicAccessBlock:
    "|,;~|Grants permission to associate public access block configurations with a specified access point, while creating a access point",
  PutAccountPublicAccessBlock:
    "|,;~|Grants permission to create or modify the PublicAccessBlock configuration for an AWS account",
  PutAnalyticsConfiguration:
    "|,;~~~,~~|Grants permission to set an analytics configuration for the bucket, specified by the analytics configuration ID",
  PutBucketAbac: "|,;~|Grants permission to set ABAC configuration for a general purpose bucket",
  PutBucketAcl:
    "|,;~~~;~s3control~,~~|Grants permission to set the permissions on an existing bucket using access control lists (ACLs)",
  PutBucketCORS: "|,;~~~,~~|Grants permission to set the CORS configuration for an Amazon S3 bucket",
  PutBucketLogging: "|,;~~~|Grants permission to set the logging parameters for an Amazon S3 bucket",
  PutBucketNotification:
    "|,;~~~|Grants permission to receive notifications when certain events happen in an Amazon S3 bucket",
  PutBucketObjectLockConfiguration:
    "|,;~~~;~s3control~,~~|Grants permission to put Object Lock configuration on a specific bucket",
  PutBucketOwnershipControls:
    "|,;~~~;~s3control~,~~,~~|Grants permission to add, replace or delete ownership controls on a bucket",
  PutBucketPolicy: "|,;~~~;~s3control~|Grants permission to add or replace a bucket policy on a bucket",
  PutBucketPublicAccessBlock:
    "|,;~~~;~s3control~,~~;~s3control~|Grants permission to create or modify the PublicAccessBlock configuration for a specific Amazon S3 bucket",
  PutBucketRequestPayment: "|,;~~~|Grants permission to set the request payment configuration of a bucket",
  PutBucketTagging:
    "|,;~~~;~s3control~,~~;~s3control~|Grants permission to add a set of tags to an existing Amazon S3 bucket",
  PutBucketVersioning:
    "|,;~~~;~s3control~,~~;~s3control~|Grants permission to set the versioning state of an existing Amazon S3 bucket",
  PutBucketWebsite:
    "|,;~~~|Grants permission to set the configuration of the website that is specified in the website subresource",
  PutEncryptionConfiguration: "|,;~~~,~~|Grants permission to set the encryption configuration for an Amazon S3 bucket",
  PutIntelligentTieringConfiguration:
    "|,;~~~,~~|Grants permission to create new or update or delete an existing Amazon S3 Intelligent Tiering configuration",
  PutInventoryConfiguration:
    "|,;~~~,~~|Grants permission to add an inventory configuration to the bucket, identified by the inventory ID",
  PutJobTagging: "|,;~~s3control~|Grants permission to replace tags on an existing Amazon S3 Batch Operations job",
  PutLifecycleConfiguration:
    "|,;~~~,~~|Grants permission to create a new lifecycle configuration for the bucket or replace an existing lifecycle configuration",
  PutMetricsConfiguration:
    "|,;~~~,~~|Grants permission to set or update a metrics configuration for the CloudWatch request metrics from an Amazon S3 bucket",
  PutMultiRegionAccessPointPolicy:
    "|,;~~s3control~|Grants permission to associate an access policy with a specified Multi-Region Access Point",
  PutObject: "|,;~~~,~~,~~,~~,~~,~~|Grants permission to add an object to a bucket",
  PutObjectAcl:
    "|,;~~~,~~,~~,~~|Grants permission to set the access control list (ACL) permissions for new or existing objects in an S3 bucket",
  PutObjectLegalHold: "|,;~~~,~~,~~,~~|Grants permission to apply a Legal Hold configuration to the specified object",
  PutObjectRetention: "|,;~~~,~~,~~,~~|Grants permission to place an Object Retention configuration on an object",
  PutObjectTagging:
    "|,;~~~,~~,~~,~~|Grants permission to set the supplied tag-set to an object that already exists in a bucket",
  PutObjectVersionAcl:
    "|,;~~~|Grants permission to use the acl subresource to set the access control list (ACL) permissions for an object that already exists in a bucket",
  PutObjectVersionTagging: "|,;~~~|Grants permission to set the supplied tag-set for a specific version of an object",
  PutReplicationConfiguration:
    "|,;~~~;~s3control~,~~;~s3control~|Grants permission to create a new replication configuration or replace an existing one",
  PutStorageLensConfiguration:
    "|,;~~s3control~|Grants permission to create or update an Amazon S3 Storage Lens configuration",
  PutStorageLensConfigurationTagging:
    "|,;~~s3control~|Grants permission to put or replace tags on an existing Amazon S3 Storage Lens configuration",
  ReplicateDelete: "|,;~|Grants permission to replicate delete markers to the destination bucket",
  ReplicateObject: "|,;~|Grants permission to replicate objects and object tags to the destination bucket",
  ReplicateTags: "|,;~|Grants permission to replicate object tags to the destination bucket",
  RestoreObject: "|,;~~~|Grants permission to restore an archived copy of an object back into Amazon S3",
  SubmitMultiRegionAccessPointRoutes:
    "|,;~~s3control~|Grants permission to submit a route configuration update for a Multi-Region Access Point",
  TagResource: "|,;~~s3control~,~s3control~|Grants permission to add tags to the specified resource",
  UntagResource: "|,;~~s3control~|Grants permission to remove tags from the specified resource",
  UpdateAccessGrantsLocation: "|,;~~s3control~|Grants permission to update Access Grants location",
  UpdateBucketMetadataInventoryTableConfiguration:
    "|,;~~~|Grants permission to update the inventory table configuration on an existing S3 Metadata configuration for a specified general purpose bucket",
  UpdateBucketMetadataJournalTableConfiguration:
    "|,;~~~|Grants permission to update the journal table configuration on an existing S3 Metadata configuration for a specified general purpose bucket",
  UpdateJobPriority: "|,;~~s3control~|Grants permission to update the priority of an existing job",
  UpdateJobStatus: "|,;~~s3control~|Grants permission to update the status for the specified job",
  UpdateObjectEncryption:
    "|,;~|Grants permission to update the server-side encryption type of an existing object in a general purpose bucket",
  UpdateStorageLensGroup: "|,;~~s3control~|Grants permission to update an existing S3 Storage Lens group",
};
const resourceTypeFacts = {
  /** The accessgrant resource type: arn:${Partition}:s3:${Region}:${Account}:access-grants/default/grant/${Token} */
  accessgrant: "|,|0,1,2",
  /** The accessgrantsinstance resource type: arn:${Partition}:s3:${Region}:${Account}:access-grants/default */
  accessgrantsinstance: "|,|0,1,2",
  /** The accessgrantslocation resource type: arn:${Partition}:s3:${Region}:${Account}:access-grants/default/location/${Token} */
  accessgrantslocation: "|,|0,1,2",
  /** The accesspoint resource type: arn:${Partition}:s3:${Region}:${Account}:accesspoint/${AccessPointName} */
  accesspoint: "|,|1,6,7,9,10",
  /** The accesspointobject resource type: arn:${Partition}:s3:${Region}:${Account}:accesspoint/${AccessPointName}/object/${ObjectName} */
  accesspointobject: "|,|1,6,7,8,9,10",
  /** The bucket resource type: arn:${Partition}:s3:::${BucketName} */
  bucket: "|,|1,8",
  /** The job resource type: arn:${Partition}:s3:${Region}:${Account}:job/${JobId} */
  job: "|,|0,1,2",
  /** The multiregionaccesspoint resource type: arn:${Partition}:s3::${Account}:accesspoint/${AccessPointAlias} */
  multiregionaccesspoint: "|,|",
  /** The multiregionaccesspointrequestarn resource type: arn:${Partition}:s3:us-west-2:${Account}:async-request/mrap/${Operation}/${Token} */
  multiregionaccesspointrequestarn: "|,|",
  /** The object resource type: arn:${Partition}:s3:::${BucketName}/${ObjectName} */
  object: "|,|1,8",
  /** The objectlambdaaccesspoint resource type: arn:${Partition}:s3-object-lambda:${Region}:${Account}:accesspoint/${AccessPointName} */
  objectlambdaaccesspoint: "|,|",
  /** The storagelensconfiguration resource type: arn:${Partition}:s3:${Region}:${Account}:storage-lens/${ConfigId} */
  storagelensconfiguration: "|,|0,1,2",
  /** The storagelensgroup resource type: arn:${Partition}:s3:${Region}:${Account}:storage-lens-group/${Name} */
  storagelensgroup: "|,|0,1,2",
} as const;
const arnFormats = {
  /** ARN of a accessgrant resource: arn:${Partition}:s3:${Region}:${Account}:access-grants/default/grant/${Token}. */
  accessgrant: "|,accessgrant|arn:|Partition|:s3:|Region|:|Account|:access-grants/default/grant/|Token|",
  /** ARN of a accessgrantsinstance resource: arn:${Partition}:s3:${Region}:${Account}:access-grants/default. */
  accessgrantsinstance: "|,accessgrantsinstance|arn:|Partition|:s3:|Region|:|Account|:access-grants/default",
  /** ARN of a accessgrantslocation resource: arn:${Partition}:s3:${Region}:${Account}:access-grants/default/location/${Token}. */
  accessgrantslocation:
    "|,accessgrantslocation|arn:|Partition|:s3:|Region|:|Account|:access-grants/default/location/|Token|",
  /** ARN of a accesspoint resource: arn:${Partition}:s3:${Region}:${Account}:accesspoint/${AccessPointName}. */
  accesspoint: "|,accesspoint|arn:|Partition|:s3:|Region|:|Account|:accesspoint/|AccessPointName|",
  /** ARN of a accesspointobject resource: arn:${Partition}:s3:${Region}:${Account}:accesspoint/${AccessPointName}/object/${ObjectName}. */
  accesspointobject:
    "|,accesspointobject|arn:|Partition|:s3:|Region|:|Account|:accesspoint/|AccessPointName|/object/|ObjectName|",
  /** ARN of a bucket resource: arn:${Partition}:s3:::${BucketName}. */
  bucket: "|,bucket|arn:|Partition|:s3:::|BucketName|",
  /** ARN of a job resource: arn:${Partition}:s3:${Region}:${Account}:job/${JobId}. */
  job: "|,job|arn:|Partition|:s3:|Region|:|Account|:job/|JobId|",
  /** ARN of a multiregionaccesspoint resource: arn:${Partition}:s3::${Account}:accesspoint/${AccessPointAlias}. */
  multiregionaccesspoint: "|,multiregionaccesspoint|arn:|Partition|:s3::|Account|:accesspoint/|AccessPointAlias|",
  /** ARN of a multiregionaccesspointrequestarn resource: arn:${Partition}:s3:us-west-2:${Account}:async-request/mrap/${Operation}/${Token}. */
  multiregionaccesspointrequestarn:
    "|,multiregionaccesspointrequestarn|arn:|Partition|:s3:us-west-2:|Account|:async-request/mrap/|Operation|/|Token|",
  /** ARN of a object resource: arn:${Partition}:s3:::${BucketName}/${ObjectName}. */
  object: "|,object|arn:|Partition|:s3:::|BucketName|/|ObjectName|",
  /** ARN of a objectlambdaaccesspoint resource: arn:${Partition}:s3-object-lambda:${Region}:${Account}:accesspoint/${AccessPointName}. */
  objectlambdaaccesspoint:
    "|,objectlambdaaccesspoint|arn:|Partition|:s3-object-lambda:|Region|:|Account|:accesspoint/|AccessPointName|",
  /** ARN of a storagelensconfiguration resource: arn:${Partition}:s3:${Region}:${Account}:storage-lens/${ConfigId}. */
  storagelensconfiguration: "|,storagelensconfiguration|arn:|Partition|:s3:|Region|:|Account|:storage-lens/|ConfigId|",
  /** ARN of a storagelensgroup resource: arn:${Partition}:s3:${Region}:${Account}:storage-lens-group/${Name}. */
  storagelensgroup: "|,storagelensgroup|arn:|Partition|:s3:|Region|:|Account|:storage-lens-group/|Name|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "accessgrant",
  "accessgrantsinstance",
  "accessgrantslocation",
  "accesspoint",
  "accesspointobject",
  "bucket",
  "job",
  "multiregionaccesspoint",
  "multiregionaccesspointrequestarn",
  "object",
  "objectlambdaaccesspoint",
  "storagelensconfiguration",
  "storagelensgroup",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "s3">;
/** Any s3 action. */
export type Action = ActionOf<typeof actionFacts, "s3">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "s3">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "s3" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every s3 action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by existing access point tag key and value. */
  [key: `s3:AccessPointTag/${string}`]: "String";
  /** Filters access by the tags associated with the bucket. */
  [key: `s3:BucketTag/${string}`]: "String";
  /** Filters access by existing object tag key and value. */
  [key: `s3:ExistingObjectTag/${string}`]: "String";
  /** Filters access by the tag keys and values to be added to objects. */
  [key: `s3:RequestObjectTag/${string}`]: "String";
  /** Filters access by the tag keys that are passed in the request. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access by the grant scope of access grants grant. */
  "s3:AccessGrantScope": "String";
  /** Filters access by access grants instance ARN. */
  "s3:AccessGrantsInstanceArn": "ARN";
  /** Filters access by the location scope of access grants location. */
  "s3:AccessGrantsLocationScope": "String";
  /** Filters access by the network origin (Internet or VPC). */
  "s3:AccessPointNetworkOrigin": "String";
  /** Filters access by the AWS Account ID that owns the access point. */
  "s3:DataAccessPointAccount": "String";
  /** Filters access by an access point Amazon Resource Name (ARN). */
  "s3:DataAccessPointArn": "ARN";
  /** Filters access by operation to updating the job priority. */
  "s3:ExistingJobOperation": "String";
  /** Filters access by priority range to cancelling existing jobs. */
  "s3:ExistingJobPriority": "Numeric";
  /** Filters access by restricting which optional metadata fields a user can add when configuring S3 Inventory reports. */
  "s3:InventoryAccessibleOptionalFields": "ArrayOfString";
  /** Filters access by a specific job suspended cause (for example, AWAITING_CONFIRMATION) to cancelling suspended jobs. */
  "s3:JobSuspendedCause": "String";
  /** Filters access by whether or not the operation creates an object. */
  "s3:ObjectCreationOperation": "Bool";
  /** Filters access by operation to creating jobs. */
  "s3:RequestJobOperation": "String";
  /** Filters access by priority range to creating new jobs. */
  "s3:RequestJobPriority": "Numeric";
  /** Filters access by the tag keys to be added to objects. */
  "s3:RequestObjectTagKeys": "ArrayOfString";
  /** Filters access by the resource owner AWS account ID. */
  "s3:ResourceAccount": "String";
  /** Filters access by the TLS version used by the client. */
  "s3:TlsVersion": "Numeric";
  /** Filters access by authentication method. */
  "s3:authType": "String";
  /** Filters access by delimiter parameter. */
  "s3:delimiter": "String";
  /** Filters access by a specific replication destination region for targeted buckets of the AWS FIS action aws:s3:bucket-pause-replication. */
  "s3:destinationRegion": "String";
  /** Filters access by the request's 'If-Match' conditional header. */
  "s3:if-match": "String";
  /** Filters access by the request's 'If-None-Match' conditional header. */
  "s3:if-none-match": "String";
  /** Filters access by request made via AWS FIS action aws:s3:bucket-pause-replication. */
  "s3:isReplicationPauseRequest": "Bool";
  /** Filters access by a specific Region. */
  "s3:locationconstraint": "String";
  /** Filters access by maximum number of keys returned in a ListBucket request. */
  "s3:max-keys": "Numeric";
  /** Filters access by object legal hold status. */
  "s3:object-lock-legal-hold": "String";
  /** Filters access by object retention mode (COMPLIANCE or GOVERNANCE). */
  "s3:object-lock-mode": "String";
  /** Filters access by remaining object retention days. */
  "s3:object-lock-remaining-retention-days": "Numeric";
  /** Filters access by object retain-until date. */
  "s3:object-lock-retain-until-date": "Date";
  /** Filters access by key name prefix. */
  "s3:prefix": "String";
  /** Filters access by the age in milliseconds of the request signature. */
  "s3:signatureAge": "Numeric";
  /** Filters access by the version of AWS Signature used on the request. */
  "s3:signatureversion": "String";
  /** Filters access by a specific object version. */
  "s3:versionid": "String";
  /** Filters access by canned ACL in the request's x-amz-acl header. */
  "s3:x-amz-acl": "String";
  /** Filters access by general purpose bucket namespace type. */
  "s3:x-amz-bucket-namespace": "String";
  /** Filters access by unsigned content in your bucket. */
  "s3:x-amz-content-sha256": "String";
  /** Filters access by copy source bucket, prefix, or object in the copy object requests. */
  "s3:x-amz-copy-source": "String";
  /** Filters access by x-amz-grant-full-control (full control) header. */
  "s3:x-amz-grant-full-control": "String";
  /** Filters access by x-amz-grant-read (read access) header. */
  "s3:x-amz-grant-read": "String";
  /** Filters access by the x-amz-grant-read-acp (read permissions for the ACL) header. */
  "s3:x-amz-grant-read-acp": "String";
  /** Filters access by the x-amz-grant-write (write access) header. */
  "s3:x-amz-grant-write": "String";
  /** Filters access by the x-amz-grant-write-acp (write permissions for the ACL) header. */
  "s3:x-amz-grant-write-acp": "String";
  /** Filters access by object metadata behavior (COPY or REPLACE) when objects are copied. */
  "s3:x-amz-metadata-directive": "String";
  /** Filters access by Object Ownership. */
  "s3:x-amz-object-ownership": "String";
  /** Filters access by server-side encryption. */
  "s3:x-amz-server-side-encryption": "String";
  /** Filters access by AWS KMS customer managed CMK for server-side encryption. */
  "s3:x-amz-server-side-encryption-aws-kms-key-id": "ARN";
  /** Filters access by customer specified algorithm for server-side encryption. */
  "s3:x-amz-server-side-encryption-customer-algorithm": "String";
  /** Filters access by storage class. */
  "s3:x-amz-storage-class": "String";
  /** Filters access by a specific website redirect location for buckets that are configured as static websites. */
  "s3:x-amz-website-redirect-location": "String";
}

/** Condition key -> value type. */
export type ConditionKeys = ConditionKeysOf<ConditionKeyTypes>;

/** Condition key with a placeholder, as the reference writes it -> its template-literal key. */
export interface ConditionKeyPatterns {
  /** aws:RequestTag/${TagKey} */
  "aws:RequestTag/${TagKey}": `aws:RequestTag/${string}`;
  /** aws:ResourceTag/${TagKey} */
  "aws:ResourceTag/${TagKey}": `aws:ResourceTag/${string}`;
  /** s3:AccessPointTag/${TagKey} */
  "s3:AccessPointTag/${TagKey}": `s3:AccessPointTag/${string}`;
  /** s3:BucketTag/${TagKey} */
  "s3:BucketTag/${TagKey}": `s3:BucketTag/${string}`;
  /** s3:ExistingObjectTag/<key> */
  "s3:ExistingObjectTag/<key>": `s3:ExistingObjectTag/${string}`;
  /** s3:RequestObjectTag/<key> */
  "s3:RequestObjectTag/<key>": `s3:RequestObjectTag/${string}`;
}

/** A condition key as the reference writes it. */
export type ConditionKeyName = (typeof conditionKeyList)[number];
/** Condition key -> description, types, deprecation. */
export type ConditionKeyInfos = { readonly [K in ConditionKeyName]: ConditionKeyInfo };
const conditionKeyRows: { readonly [K in ConditionKeyName]: string } = {
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by the tags that are passed in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by the tags associated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the tag keys that are passed in the request",
  "s3:AccessGrantScope": "|,String|0||Filters access by the grant scope of access grants grant",
  "s3:AccessGrantsInstanceArn": "|,ARN|0||Filters access by access grants instance ARN",
  "s3:AccessGrantsLocationScope": "|,String|0||Filters access by the location scope of access grants location",
  "s3:AccessPointNetworkOrigin": "|,String|0||Filters access by the network origin (Internet or VPC)",
  "s3:AccessPointTag/${TagKey}": "|,String|0||Filters access by existing access point tag key and value",
  "s3:BucketTag/${TagKey}": "|,String|0||Filters access by the tags associated with the bucket",
  "s3:DataAccessPointAccount": "|,String|0||Filters access by the AWS Account ID that owns the access point",
  "s3:DataAccessPointArn": "|,ARN|0||Filters access by an access point Amazon Resource Name (ARN)",
  "s3:ExistingJobOperation": "|,String|0||Filters access by operation to updating the job priority",
  "s3:ExistingJobPriority": "|,Numeric|0||Filters access by priority range to cancelling existing jobs",
  "s3:ExistingObjectTag/<key>": "|,String|0||Filters access by existing object tag key and value",
  "s3:InventoryAccessibleOptionalFields":
    "|,ArrayOfString|0||Filters access by restricting which optional metadata fields a user can add when configuring S3 Inventory reports",
  "s3:JobSuspendedCause":
    "|,String|0||Filters access by a specific job suspended cause (for example, AWAITING_CONFIRMATION) to cancelling suspended jobs",
  "s3:ObjectCreationOperation": "|,Bool|0||Filters access by whether or not the operation creates an object",
  "s3:RequestJobOperation": "|,String|0||Filters access by operation to creating jobs",
  "s3:RequestJobPriority": "|,Numeric|0||Filters access by priority range to creating new jobs",
  "s3:RequestObjectTag/<key>": "|,String|0||Filters access by the tag keys and values to be added to objects",
  "s3:RequestObjectTagKeys": "|,ArrayOfString|0||Filters access by the tag keys to be added to objects",
  "s3:ResourceAccount": "|,String|0||Filters access by the resource owner AWS account ID",
  "s3:TlsVersion": "|,Numeric|0||Filters access by the TLS version used by the client",
  "s3:authType": "|,String|0||Filters access by authentication method",
  "s3:delimiter": "|,String|0||Filters access by delimiter parameter",
  "s3:destinationRegion":
    "|,String|0||Filters access by a specific replication destination region for targeted buckets of the AWS FIS action aws:s3:bucket-pause-replication",
  "s3:if-match": "|,String|0||Filters access by the request's 'If-Match' conditional header",
  "s3:if-none-match": "|,String|0||Filters access by the request's 'If-None-Match' conditional header",
  "s3:isReplicationPauseRequest":
    "|,Bool|0||Filters access by request made via AWS FIS action aws:s3:bucket-pause-replication",
  "s3:locationconstraint": "|,String|0||Filters access by a specific Region",
  "s3:max-keys": "|,Numeric|0||Filters access by maximum number of keys returned in a ListBucket request",
  "s3:object-lock-legal-hold": "|,String|0||Filters access by object legal hold status",
  "s3:object-lock-mode": "|,String|0||Filters access by object retention mode (COMPLIANCE or GOVERNANCE)",
  "s3:object-lock-remaining-retention-days": "|,Numeric|0||Filters access by remaining object retention days",
  "s3:object-lock-retain-until-date": "|,Date|0||Filters access by object retain-until date",
  "s3:prefix": "|,String|0||Filters access by key name prefix",
  "s3:signatureAge": "|,Numeric|0||Filters access by the age in milliseconds of the request signature",
  "s3:signatureversion": "|,String|0||Filters access by the version of AWS Signature used on the request",
  "s3:versionid": "|,String|0||Filters access by a specific object version",
  "s3:x-amz-acl": "|,String|0||Filters access by canned ACL in the request's x-amz-acl header",
  "s3:x-amz-bucket-namespace": "|,String|0||Filters access by general purpose bucket namespace type",
  "s3:x-amz-content-sha256": "|,String|0||Filters access by unsigned content in your bucket",
  "s3:x-amz-copy-source":
    "|,String|0||Filters access by copy source bucket, prefix, or object in the copy object requests",
  "s3:x-amz-grant-full-control": "|,String|0||Filters access by x-amz-grant-full-control (full control) header",
  "s3:x-amz-grant-read": "|,String|0||Filters access by x-amz-grant-read (read access) header",
  "s3:x-amz-grant-read-acp":
    "|,String|0||Filters access by the x-amz-grant-read-acp (read permissions for the ACL) header",
  "s3:x-amz-grant-write": "|,String|0||Filters access by the x-amz-grant-write (write access) header",
  "s3:x-amz-grant-write-acp":
    "|,String|0||Filters access by the x-amz-grant-write-acp (write permissions for the ACL) header",
  "s3:x-amz-metadata-directive":
    "|,String|0||Filters access by object metadata behavior (COPY or REPLACE) when objects are copied",
  "s3:x-amz-object-ownership": "|,String|0||Filters access by Object Ownership",
  "s3:x-amz-server-side-encryption": "|,String|0||Filters access by server-side encryption",
  "s3:x-amz-server-side-encryption-aws-kms-key-id":
    "|,ARN|0||Filters access by AWS KMS customer managed CMK for server-side encryption",
  "s3:x-amz-server-side-encryption-customer-algorithm":
    "|,String|0||Filters access by customer specified algorithm for server-side encryption",
  "s3:x-amz-storage-class": "|,String|0||Filters access by storage class",
  "s3:x-amz-website-redirect-location":
    "|,String|0||Filters access by a specific website redirect location for buckets that are configured as static websites",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "s3",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
