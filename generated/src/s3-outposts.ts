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
export const prefix: "s3-outposts" = "s3-outposts";
/** The service's name in the reference. */
export const serviceName: "Amazon S3 on Outposts" = "Amazon S3 on Outposts";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon S3 on Outposts",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazons3onoutposts.html",
  },
];
const conditionKeyList = [
  "s3-outposts:AccessPointNetworkOrigin",
  "s3-outposts:DataAccessPointAccount",
  "s3-outposts:DataAccessPointArn",
  "s3-outposts:ExistingObjectTag/<key>",
  "s3-outposts:RequestObjectTag/<key>",
  "s3-outposts:RequestObjectTagKeys",
  "s3-outposts:authType",
  "s3-outposts:delimiter",
  "s3-outposts:max-keys",
  "s3-outposts:prefix",
  "s3-outposts:signatureAge",
  "s3-outposts:signatureversion",
  "s3-outposts:versionid",
  "s3-outposts:x-amz-acl",
  "s3-outposts:x-amz-content-sha256",
  "s3-outposts:x-amz-copy-source",
  "s3-outposts:x-amz-metadata-directive",
  "s3-outposts:x-amz-server-side-encryption",
  "s3-outposts:x-amz-storage-class",
] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to abort a multipart upload. Access level: Write. Resources: object*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_AbortMultipartUpload.html */
  AbortMultipartUpload: "W|||3;1;|0,1,2,6,10,11,14||",
  /** Grants permission to create a new access point. Access level: Write. Resources: accesspoint*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_CreateAccessPoint.html */
  CreateAccessPoint: "W|||0;1;|0,1,2,6,10,11,14||",
  /** Grants permission to create a new bucket. Access level: Write. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_CreateBucket.html */
  CreateBucket: "W|||1;1;|6,10,11,14||",
  /** Grants permission to create a new endpoint. Access level: Write. Resources: endpoint*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_s3outposts_CreateEndpoint.html */
  CreateEndpoint: "W|||2;1;|||;",
  /** Grants permission to delete the access point named in the URI. Access level: Write. Resources: accesspoint*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_DeleteAccessPoint.html */
  DeleteAccessPoint: "W|||0;1;|0,1,2,6,10,11,14||",
  /** Grants permission to delete the policy on a specified access point. Access level: Permissions management. Resources: accesspoint*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_DeleteAccessPointPolicy.html */
  DeleteAccessPointPolicy: "P|||0;1;|0,1,2,6,10,11,14||",
  /** Grants permission to delete the bucket named in the URI. Access level: Write. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_DeleteBucket.html */
  DeleteBucket: "W|||1;1;|6,10,11,14||",
  /** Grants permission to delete the policy on a specified bucket. Access level: Permissions management. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_DeleteBucketPolicy.html */
  DeleteBucketPolicy: "P|||1;1;|6,10,11,14||",
  /** Grants permission to delete the endpoint named in the URI. Access level: Write. Resources: endpoint*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_s3outposts_DeleteEndpoint.html */
  DeleteEndpoint: "W|||2;1;|||;",
  /** Grants permission to remove the null version of an object and insert a delete marker, which becomes the current version of the object. Access level: Write. Resources: object*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_DeleteObject.html */
  DeleteObject: "W|||3;1;|0,1,2,6,10,11,14||",
  /** Grants permission to use the tagging subresource to remove the entire tag set from the specified object. Access level: Tagging. Resources: object*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_DeleteObjectTagging.html */
  DeleteObjectTagging: "T|||3;1;|0,1,2,3,6,10,11,14||",
  /** Grants permission to remove a specific version of an object. Access level: Write. Resources: object*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_DeleteObject.html */
  DeleteObjectVersion: "W|||3;1;|0,1,2,6,10,11,12,14||",
  /** Grants permission to remove the entire tag set for a specific version of the object. Access level: Tagging. Resources: object*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_DeleteObjectTagging.html */
  DeleteObjectVersionTagging: "T|||3;1;|0,1,2,3,6,10,11,12,14||",
  /** Grants permission to return configuration information about the specified access point. Access level: Read. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_GetAccessPoint.html */
  GetAccessPoint: "R||||0,1,2,6,10,11,14||",
  /** Grants permission to returns the access point policy associated with the specified access point. Access level: Read. Resources: accesspoint*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_GetAccessPointPolicy.html */
  GetAccessPointPolicy: "R|||0;1;|0,1,2,6,10,11,14||",
  /** Grants permission to return the bucket configuration associated with an Amazon S3 bucket. Access level: Read. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_GetBucket.html */
  GetBucket: "R|||1;1;|6,10,11,14||",
  /** Grants permission to return the policy of the specified bucket. Access level: Read. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_GetBucketPolicy.html */
  GetBucketPolicy: "R|||1;1;|6,10,11,14||",
  /** Grants permission to return the tag set associated with an Amazon S3 bucket. Access level: Read. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_GetBucketTagging.html */
  GetBucketTagging: "R|||1;1;|6,10,11,14||",
  /** Grants permission to return the versioning state of an Amazon S3 bucket. Access level: Read. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketVersioning.html */
  GetBucketVersioning: "R|||1;1;|6,10,11,14||",
  /** Grants permission to return the lifecycle configuration information set on an Amazon S3 bucket. Access level: Read. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_GetBucketLifecycleConfiguration.html */
  GetLifecycleConfiguration: "R|||1;1;|6,10,11,14||",
  /** Grants permission to retrieve objects from Amazon S3. Access level: Read. Resources: object*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObject.html */
  GetObject: "R|||3;1;|0,1,2,3,6,10,11,14||",
  /** Grants permission to return the tag set of an object. Access level: Read. Resources: object*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObjectTagging.html */
  GetObjectTagging: "R|||3;1;|0,1,2,3,6,10,11,14||",
  /** Grants permission to retrieve a specific version of an object. Access level: Read. Resources: object*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObject.html */
  GetObjectVersion: "R|||3;1;|0,1,2,3,6,10,11,12,14||",
  /** Grants permission to replicate both unencrypted objects and objects encrypted with SSE-KMS. Access level: Read. Resources: object*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObject.html */
  GetObjectVersionForReplication: "R|||3;1;|6,10,11,14||",
  /** Grants permission to return the tag set for a specific version of the object. Access level: Read. Resources: object*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObject.html */
  GetObjectVersionTagging: "R|||3;1;|0,1,2,3,6,10,11,12,14||",
  /** Grants permission to get the replication configuration information set on an Amazon S3 bucket. Access level: Read. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_GetBucketReplication.html */
  GetReplicationConfiguration: "R|||1;1;|6,10,11,14||",
  /** Grants permission to list access points. Access level: List. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_ListAccessPoints.html */
  ListAccessPoints: "L||||6,10,11,14||",
  /** Grants permission to list some or all of the objects in an Amazon S3 bucket (up to 1000). Access level: List. Resources: accesspoint*, bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListObjectsV2.html */
  ListBucket: "L|||0;1;,1;1;|0,1,2,6,7,8,9,10,11,14||",
  /** Grants permission to list in-progress multipart uploads. Access level: List. Resources: accesspoint*, bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListMultipartUploads.html */
  ListBucketMultipartUploads: "L|||0;1;,1;1;|0,1,2,6,10,11,14||",
  /** Grants permission to list metadata about all the versions of objects in an Amazon S3 bucket. Access level: List. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListObjectVersions.html */
  ListBucketVersions: "L|||1;1;|0,1,2,6,7,8,9,10,11,14||",
  /** Grants permission to list endpoints. Access level: List. https://docs.aws.amazon.com/AmazonS3/latest/API/API_s3outposts_ListEndpoints.html */
  ListEndpoints: "L||||||;",
  /** Grants permission to list the parts that have been uploaded for a specific multipart upload. Access level: List. Resources: object*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListParts.html */
  ListMultipartUploadParts: "L|||3;1;|0,1,2,6,10,11,14||",
  /** Grants permission to list outposts with S3 capacity. Access level: List. https://docs.aws.amazon.com/AmazonS3/latest/API/API_s3outposts_ListOutpostsWithS3.html */
  ListOutpostsWithS3: "L||||||;",
  /** Grants permission to list all buckets owned by the authenticated sender of the request. Access level: List. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_ListRegionalBuckets.html */
  ListRegionalBuckets: "L||||6,10,11,14||",
  /** Grants permission to list shared endpoints. Access level: List. https://docs.aws.amazon.com/AmazonS3/latest/API/API_s3outposts_ListSharedEndpoints.html */
  ListSharedEndpoints: "L||||||;",
  /** Grants permission to associate an access policy with a specified access point. Access level: Permissions management. Resources: accesspoint*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_PutAccessPointPolicy.html */
  PutAccessPointPolicy: "P|||0;1;|0,1,2,6,10,11,14||",
  /** Grants permission to add or replace a bucket policy on a bucket. Access level: Permissions management. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_PutBucketPolicy.html */
  PutBucketPolicy: "P|||1;1;|6,10,11,14||",
  /** Grants permission to add a set of tags to an existing Amazon S3 bucket. Access level: Tagging. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_PutBucketTagging.html */
  PutBucketTagging: "T|||1;1;|6,10,11,14||",
  /** Grants permission to set the versioning state of an existing Amazon S3 bucket. Access level: Write. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketVersioning.html */
  PutBucketVersioning: "W|||1;1;|6,10,11,14||",
  /** Grants permission to create a new lifecycle configuration for the bucket or replace an existing lifecycle configuration. Access level: Write. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_PutBucketLifecycleConfiguration.html */
  PutLifecycleConfiguration: "W|||1;1;|6,10,11,14||",
  /** Grants permission to add an object to a bucket. Access level: Write. Resources: object*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObject.html */
  PutObject: "W|||3;1;|0,1,2,4,5,6,10,11,13,14,15,16,17,18||",
  /** Grants permission to set the access control list (ACL) permissions for an object that already exists in a bucket. Access level: Permissions management. Resources: object*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObjectAcl.html */
  PutObjectAcl: "P|||3;1;|0,1,2,3,6,10,11,13,14,18||",
  /** Grants permission to set the supplied tag-set to an object that already exists in a bucket. Access level: Tagging. Resources: object*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObjectTagging.html */
  PutObjectTagging: "T|||3;1;|0,1,2,3,4,5,6,10,11,14||",
  /** Grants permission to set the supplied tag-set for a specific version of an object. Access level: Tagging. Resources: object*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObjectTagging.html */
  PutObjectVersionTagging: "T|||3;1;|0,1,2,3,4,5,6,10,11,12,14||",
  /** Grants permission to create a new replication configuration or replace an existing one. Access level: Write. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_PutBucketReplication.html */
  PutReplicationConfiguration: "W|||1;1;|6,10,11,14|iam:PassRole|",
  /** Grants permission to replicate delete markers to the destination bucket. Access level: Write. Resources: object*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_DeleteObject.html */
  ReplicateDelete: "W|||3;1;|6,10,11,14||",
  /** Grants permission to replicate objects and object tags to the destination bucket. Access level: Write. Resources: object*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObject.html */
  ReplicateObject: "W|||3;1;|6,10,11,14,17||",
  /** Grants permission to replicate object tags to the destination bucket. Access level: Tagging. Resources: object*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObjectTagging.html */
  ReplicateTags: "T|||3;1;|6,10,11,14||",
} as const;
const actionDetails = {
  AbortMultipartUpload: "|,;~|Grants permission to abort a multipart upload",
  CreateAccessPoint: "|,;~|Grants permission to create a new access point",
  CreateBucket: "|,;~|Grants permission to create a new bucket",
  CreateEndpoint: "|,;~~~|Grants permission to create a new endpoint",
  DeleteAccessPoint: "|,;~|Grants permission to delete the access point named in the URI",
  DeleteAccessPointPolicy: "|,;~|Grants permission to delete the policy on a specified access point",
  DeleteBucket: "|,;~|Grants permission to delete the bucket named in the URI",
  DeleteBucketPolicy: "|,;~|Grants permission to delete the policy on a specified bucket",
  DeleteEndpoint: "|,;~~~|Grants permission to delete the endpoint named in the URI",
  DeleteObject:
    "|,;~|Grants permission to remove the null version of an object and insert a delete marker, which becomes the current version of the object",
  DeleteObjectTagging:
    "|,;~|Grants permission to use the tagging subresource to remove the entire tag set from the specified object",
  DeleteObjectVersion: "|,;~|Grants permission to remove a specific version of an object",
  DeleteObjectVersionTagging:
    "|,;~|Grants permission to remove the entire tag set for a specific version of the object",
  GetAccessPoint: "|,;~|Grants permission to return configuration information about the specified access point",
  GetAccessPointPolicy:
    "|,;~|Grants permission to returns the access point policy associated with the specified access point",
  GetBucket: "|,;~|Grants permission to return the bucket configuration associated with an Amazon S3 bucket",
  GetBucketPolicy: "|,;~|Grants permission to return the policy of the specified bucket",
  GetBucketTagging: "|,;~|Grants permission to return the tag set associated with an Amazon S3 bucket",
  GetBucketVersioning: "|,;~|Grants permission to return the versioning state of an Amazon S3 bucket",
  GetLifecycleConfiguration:
    "|,;~|Grants permission to return the lifecycle configuration information set on an Amazon S3 bucket",
  GetObject: "|,;~|Grants permission to retrieve objects from Amazon S3",
  GetObjectTagging: "|,;~|Grants permission to return the tag set of an object",
  GetObjectVersion: "|,;~|Grants permission to retrieve a specific version of an object",
  GetObjectVersionForReplication:
    "|,;~|Grants permission to replicate both unencrypted objects and objects encrypted with SSE-KMS",
  GetObjectVersionTagging: "|,;~|Grants permission to return the tag set for a specific version of the object",
  GetReplicationConfiguration:
    "|,;~|Grants permission to get the replication configuration information set on an Amazon S3 bucket",
  ListAccessPoints: "|,;~|Grants permission to list access points",
  ListBucket: "|,;~|Grants permission to list some or all of the objects in an Amazon S3 bucket (up to 1000)",
  ListBucketMultipartUploads: "|,;~|Grants permission to list in-progress multipart uploads",
  ListBucketVersions:
    "|,;~|Grants permission to list metadata about all the versions of objects in an Amazon S3 bucket",
  ListEndpoints: "|,;~~~|Grants permission to list endpoints",
  ListMultipartUploadParts:
    "|,;~|Grants permission to list the parts that have been uploaded for a specific multipart upload",
  ListOutpostsWithS3: "|,;~~~|Grants permission to list outposts with S3 capacity",
  ListRegionalBuckets: "|,;~|Grants permission to list all buckets owned by the authenticated sender of the request",
  ListSharedEndpoints: "|,;~~~|Grants permission to list shared endpoints",
  PutAccessPointPolicy: "|,;~|Grants permission to associate an access policy with a specified access point",
  PutBucketPolicy: "|,;~|Grants permission to add or replace a bucket policy on a bucket",
  PutBucketTagging: "|,;~|Grants permission to add a set of tags to an existing Amazon S3 bucket",
  PutBucketVersioning: "|,;~|Grants permission to set the versioning state of an existing Amazon S3 bucket",
  PutLifecycleConfiguration:
    "|,;~|Grants permission to create a new lifecycle configuration for the bucket or replace an existing lifecycle configuration",
  PutObject: "|,;~|Grants permission to add an object to a bucket",
  PutObjectAcl:
    "|,;~|Grants permission to set the access control list (ACL) permissions for an object that already exists in a bucket",
  PutObjectTagging: "|,;~|Grants permission to set the supplied tag-set to an object that already exists in a bucket",
  PutObjectVersionTagging: "|,;~|Grants permission to set the supplied tag-set for a specific version of an object",
  PutReplicationConfiguration:
    "|,;~|Grants permission to create a new replication configuration or replace an existing one",
  ReplicateDelete: "|,;~|Grants permission to replicate delete markers to the destination bucket",
  ReplicateObject: "|,;~|Grants permission to replicate objects and object tags to the destination bucket",
  ReplicateTags: "|,;~|Grants permission to replicate object tags to the destination bucket",
};
const resourceTypeFacts = {
  /** The accesspoint resource type: arn:${Partition}:s3-outposts:${Region}:${Account}:outpost/${OutpostId}/accesspoint/${AccessPointName} */
  accesspoint: "|,|",
  /** The bucket resource type: arn:${Partition}:s3-outposts:${Region}:${Account}:outpost/${OutpostId}/bucket/${BucketName} */
  bucket: "|,|",
  /** The endpoint resource type: arn:${Partition}:s3-outposts:${Region}:${Account}:outpost/${OutpostId}/endpoint/${EndpointId} */
  endpoint: "|,|",
  /** The object resource type: arn:${Partition}:s3-outposts:${Region}:${Account}:outpost/${OutpostId}/bucket/${BucketName}/object/${ObjectName} */
  object: "|,|",
} as const;
const arnFormats = {
  /** ARN of a accesspoint resource: arn:${Partition}:s3-outposts:${Region}:${Account}:outpost/${OutpostId}/accesspoint/${AccessPointName}. */
  accesspoint:
    "|,accesspoint|arn:|Partition|:s3-outposts:|Region|:|Account|:outpost/|OutpostId|/accesspoint/|AccessPointName|",
  /** ARN of a bucket resource: arn:${Partition}:s3-outposts:${Region}:${Account}:outpost/${OutpostId}/bucket/${BucketName}. */
  bucket: "|,bucket|arn:|Partition|:s3-outposts:|Region|:|Account|:outpost/|OutpostId|/bucket/|BucketName|",
  /** ARN of a endpoint resource: arn:${Partition}:s3-outposts:${Region}:${Account}:outpost/${OutpostId}/endpoint/${EndpointId}. */
  endpoint: "|,endpoint|arn:|Partition|:s3-outposts:|Region|:|Account|:outpost/|OutpostId|/endpoint/|EndpointId|",
  /** ARN of a object resource: arn:${Partition}:s3-outposts:${Region}:${Account}:outpost/${OutpostId}/bucket/${BucketName}/object/${ObjectName}. */
  object:
    "|,object|arn:|Partition|:s3-outposts:|Region|:|Account|:outpost/|OutpostId|/bucket/|BucketName|/object/|ObjectName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["accesspoint", "bucket", "endpoint", "object"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "s3-outposts">;
/** Any s3-outposts action. */
export type Action = ActionOf<typeof actionFacts, "s3-outposts">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "s3-outposts">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "s3outposts" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every s3-outposts action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by requiring that an existing object tag has a specific tag key and value. */
  [key: `s3-outposts:ExistingObjectTag/${string}`]: "String";
  /** Filters access by restricting the tag keys and values allowed on objects. */
  [key: `s3-outposts:RequestObjectTag/${string}`]: "String";
  /** Filters access by the network origin (Internet or VPC). */
  "s3-outposts:AccessPointNetworkOrigin": "String";
  /** Filters access by the AWS Account ID that owns the access point. */
  "s3-outposts:DataAccessPointAccount": "String";
  /** Filters access by an access point Amazon Resource Name (ARN). */
  "s3-outposts:DataAccessPointArn": "ARN";
  /** Filters access by restricting the tag keys allowed on objects. */
  "s3-outposts:RequestObjectTagKeys": "String";
  /** Filters access by restricting incoming requests to a specific authentication method. */
  "s3-outposts:authType": "String";
  /** Filters access by requiring the delimiter parameter. */
  "s3-outposts:delimiter": "String";
  /** Filters access by limiting the maximum number of keys returned in a ListBucket request. */
  "s3-outposts:max-keys": "Numeric";
  /** Filters access by key name prefix. */
  "s3-outposts:prefix": "String";
  /** Filters access by identifying the length of time, in milliseconds, that a signature is valid in an authenticated request. */
  "s3-outposts:signatureAge": "Numeric";
  /** Filters access by identifying the version of AWS Signature that is supported for authenticated requests. */
  "s3-outposts:signatureversion": "String";
  /** Filters access by a specific object version. */
  "s3-outposts:versionid": "String";
  /** Filters access by requiring the x-amz-acl header with a specific canned ACL in a request. */
  "s3-outposts:x-amz-acl": "String";
  /** Filters access by disallowing unsigned content in your bucket. */
  "s3-outposts:x-amz-content-sha256": "String";
  /** Filters access by restricting the copy source to a specific bucket, prefix, or object. */
  "s3-outposts:x-amz-copy-source": "String";
  /** Filters access by enabling enforcement of object metadata behavior (COPY or REPLACE) when objects are copied. */
  "s3-outposts:x-amz-metadata-directive": "String";
  /** Filters access by requiring server-side encryption. */
  "s3-outposts:x-amz-server-side-encryption": "String";
  /** Filters access by storage class. */
  "s3-outposts:x-amz-storage-class": "String";
}

/** Condition key -> value type. */
export type ConditionKeys = ConditionKeysOf<ConditionKeyTypes>;

/** Condition key with a placeholder, as the reference writes it -> its template-literal key. */
export interface ConditionKeyPatterns {
  /** s3-outposts:ExistingObjectTag/<key> */
  "s3-outposts:ExistingObjectTag/<key>": `s3-outposts:ExistingObjectTag/${string}`;
  /** s3-outposts:RequestObjectTag/<key> */
  "s3-outposts:RequestObjectTag/<key>": `s3-outposts:RequestObjectTag/${string}`;
}

/** A condition key as the reference writes it. */
export type ConditionKeyName = (typeof conditionKeyList)[number];
/** Condition key -> description, types, deprecation. */
export type ConditionKeyInfos = { readonly [K in ConditionKeyName]: ConditionKeyInfo };
const conditionKeyRows: { readonly [K in ConditionKeyName]: string } = {
  "s3-outposts:AccessPointNetworkOrigin": "|,String|0||Filters access by the network origin (Internet or VPC)",
  "s3-outposts:DataAccessPointAccount": "|,String|0||Filters access by the AWS Account ID that owns the access point",
  "s3-outposts:DataAccessPointArn": "|,ARN|0||Filters access by an access point Amazon Resource Name (ARN)",
  "s3-outposts:ExistingObjectTag/<key>":
    "|,String|0||Filters access by requiring that an existing object tag has a specific tag key and value",
  "s3-outposts:RequestObjectTag/<key>":
    "|,String|0||Filters access by restricting the tag keys and values allowed on objects",
  "s3-outposts:RequestObjectTagKeys": "|,String|0||Filters access by restricting the tag keys allowed on objects",
  "s3-outposts:authType":
    "|,String|0||Filters access by restricting incoming requests to a specific authentication method",
  "s3-outposts:delimiter": "|,String|0||Filters access by requiring the delimiter parameter",
  "s3-outposts:max-keys":
    "|,Numeric|0||Filters access by limiting the maximum number of keys returned in a ListBucket request",
  "s3-outposts:prefix": "|,String|0||Filters access by key name prefix",
  "s3-outposts:signatureAge":
    "|,Numeric|0||Filters access by identifying the length of time, in milliseconds, that a signature is valid in an authenticated request",
  "s3-outposts:signatureversion":
    "|,String|0||Filters access by identifying the version of AWS Signature that is supported for authenticated requests",
  "s3-outposts:versionid": "|,String|0||Filters access by a specific object version",
  "s3-outposts:x-amz-acl":
    "|,String|0||Filters access by requiring the x-amz-acl header with a specific canned ACL in a request",
  "s3-outposts:x-amz-content-sha256": "|,String|0||Filters access by disallowing unsigned content in your bucket",
  "s3-outposts:x-amz-copy-source":
    "|,String|0||Filters access by restricting the copy source to a specific bucket, prefix, or object",
  "s3-outposts:x-amz-metadata-directive":
    "|,String|0||Filters access by enabling enforcement of object metadata behavior (COPY or REPLACE) when objects are copied",
  "s3-outposts:x-amz-server-side-encryption": "|,String|0||Filters access by requiring server-side encryption",
  "s3-outposts:x-amz-storage-class": "|,String|0||Filters access by storage class",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "s3-outposts",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
