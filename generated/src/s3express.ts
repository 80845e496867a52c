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
export const prefix: "s3express" = "s3express";
/** The service's name in the reference. */
export const serviceName: "Amazon S3 Express" = "Amazon S3 Express";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon S3 Express",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazons3express.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "s3express:AccessPointNetworkOrigin",
  "s3express:AccessPointTag/${TagKey}",
  "s3express:AllAccessRestrictedToLocalZoneGroup",
  "s3express:BucketTag/${TagKey}",
  "s3express:DataAccessPointAccount",
  "s3express:DataAccessPointArn",
  "s3express:InventoryAccessibleOptionalFields",
  "s3express:LocationName",
  "s3express:Permissions",
  "s3express:ResourceAccount",
  "s3express:SessionMode",
  "s3express:TlsVersion",
  "s3express:authType",
  "s3express:signatureAge",
  "s3express:signatureversion",
  "s3express:x-amz-content-sha256",
  "s3express:x-amz-server-side-encryption",
  "s3express:x-amz-server-side-encryption-aws-kms-key-id",
] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to create a new access point. Access level: Write. Resources: accesspoint*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_CreateAccessPoint.html */
  CreateAccessPoint: "W|||0;1;|0,2,3,7,8,10,12,14,15,17,18||",
  /** Grants permission to create a new bucket. Access level: Write. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_CreateBucket.html */
  CreateBucket: "W|||1;1;|0,2,10,12,14,15,17,18||",
  /** Grants permission to Create Session token which is used for object APIs such as PutObject, GetObject, etc. Access level: Write. Resources: accesspoint, bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_CreateSession.html */
  CreateSession: "W|||0;0;11,1;1;|5,11,12,13,14,15,16,17,18,19,20||",
  /** Grants permission to delete the access point named in the URI. Access level: Write. Resources: accesspoint*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_DeleteAccessPoint.html */
  DeleteAccessPoint: "W|||0;1;|3,7,8,12,14,15,17,18||",
  /** Grants permission to delete the policy on a specified access point. Access level: Permissions management. Resources: accesspoint*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_DeleteAccessPointPolicy.html */
  DeleteAccessPointPolicy: "P|||0;1;|3,7,8,12,14,15,17,18||",
  /** Grants permission to delete the scope configuration on a specified access point. Access level: Permissions management. Resources: accesspoint*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_DeleteAccessPointScope.html */
  DeleteAccessPointScope: "P|||0;1;|3,7,8,12,14,15,17,18||",
  /** Grants permission to delete the bucket named in the URI. Access level: Write. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_DeleteBucket.html */
  DeleteBucket: "W|||1;1;|12,14,15,17,18||",
  /** Grants permission to delete the policy on a specified bucket. Access level: Permissions management. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_DeleteBucketPolicy.html */
  DeleteBucketPolicy: "P|||1;1;|12,14,15,17,18||",
  /** Grants permission to return configuration information about the specified access point. Access level: Read. Resources: accesspoint*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_GetAccessPoint.html */
  GetAccessPoint: "R|||0;1;|3,7,8,12,14,15,17,18||",
  /** Grants permission to return the access point policy associated with the specified access point. Access level: Read. Resources: accesspoint*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_GetAccessPointPolicy.html */
  GetAccessPointPolicy: "R|||0;1;|3,7,8,12,14,15,17,18||",
  /** Grants permission to return the scope configuration associated with the specified access point. Access level: Read. Resources: accesspoint*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_GetAccessPointScope.html */
  GetAccessPointScope: "R|||0;1;|3,7,8,12,14,15,17,18||",
  /** Grants permission to return the policy of the specified bucket. Access level: Read. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketPolicy.html */
  GetBucketPolicy: "R|||1;1;|12,14,15,17,18||",
  /** Grants permission to return the default encryption configuration for a directory bucket. Access level: Read. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketEncryption.html */
  GetEncryptionConfiguration: "R|||1;1;|12,14,15,17,18||",
  /** Grants permission to return an inventory configuration identified by the inventory configuration ID for a S3 directory bucket. Access level: Read. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketInventoryConfiguration.html */
  GetInventoryConfiguration: "R|||1;1;|12,14,15,17,18||",
  /** Grants permission to return the lifecycle configuration information set on a directory bucket. Access level: Read. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketLifecycleConfiguration.html */
  GetLifecycleConfiguration: "R|||1;1;|12,14,15,17,18||",
  /** Grants permission to get a metrics configuration of a directory bucket. Access level: Read. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketMetricsConfiguration.html */
  GetMetricsConfiguration: "R|||1;1;|12,14,15,17,18||",
  /** Grants permission to list access points. Access level: List. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_ListAccessPointsForDirectoryBuckets.html */
  ListAccessPointsForDirectoryBuckets: "L||||12,14,15,17,18||",
  /** Grants permission to list all directory buckets owned by the authenticated sender of the request. Access level: List. https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListDirectoryBuckets.html */
  ListAllMyDirectoryBuckets: "L||||12,14,15,17,18||",
  /** Grants permission to lists all of the tags for a specified resource. Access level: List. Resources: accesspoint, bucket. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_ListTagsForResource.html */
  ListTagsForResource: "L|||0;0;,1;0;|12,14,15,17,18||",
  /** Grants permission to associate an access policy with a specified access point. Access level: Permissions management. Resources: accesspoint*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_PutAccessPointPolicy.html */
  PutAccessPointPolicy: "P|||0;1;|3,7,8,12,14,15,17,18||",
  /** Grants permission to associate an access point with a specified access point scope configuration. Access level: Permissions management. Resources: accesspoint*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_PutAccessPointScope.html */
  PutAccessPointScope: "P|||0;1;|3,7,8,12,14,15,17,18||",
  /** Grants permission to add or replace a bucket policy on a bucket. Access level: Permissions management. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketPolicy.html */
  PutBucketPolicy: "P|||1;1;|12,14,15,17,18||",
  /** Grants permission to set the encryption configuration for a directory bucket. Access level: Write. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketEncryption.html */
  PutEncryptionConfiguration: "W|||1;1;|12,14,15,17,18||",
  /** Grants permission to add an inventory configuration to the bucket, identified by the inventory ID. Access level: Write. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketInventoryConfiguration.html */
  PutInventoryConfiguration: "W|||1;1;|9,12,14,15,17,18||",
  /** Grants permission to create a new lifecycle configuration for the directory bucket or replace an existing lifecycle configuration. Access level: Write. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketLifecycleConfiguration.html */
  PutLifecycleConfiguration: "W|||1;1;|12,14,15,17,18||",
  /** Grants permission to set or update a metrics configuration for the CloudWatch request metrics of a directory bucket. Access level: Write. Resources: bucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketMetricsConfiguration.html */
  PutMetricsConfiguration: "W|||1;1;|12,14,15,17,18||",
  /** Grants permission to create a new user-defined tag or update an existing tag. Access level: Tagging. Resources: accesspoint, bucket. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_TagResource.html */
  TagResource: "T|||0;0;,1;0;|0,2,12,14,15,17,18||",
  /** Grants permission to remove the specified user-defined tags from an S3 resource. Access level: Tagging. Resources: accesspoint, bucket. https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;|2,12,14,15,17,18||",
} as const;
const actionDetails = {
  CreateAccessPoint: "|,;~|Grants permission to create a new access point",
  CreateBucket: "|,;~|Grants permission to create a new bucket",
  CreateSession:
    "|,;~|Grants permission to Create Session token which is used for object APIs such as PutObject, GetObject, etc",
  DeleteAccessPoint: "|,;~|Grants permission to delete the access point named in the URI",
  DeleteAccessPointPolicy: "|,;~|Grants permission to delete the policy on a specified access point",
  DeleteAccessPointScope: "|,;~|Grants permission to delete the scope configuration on a specified access point",
  DeleteBucket: "|,;~|Grants permission to delete the bucket named in the URI",
  DeleteBucketPolicy: "|,;~|Grants permission to delete the policy on a specified bucket",
  GetAccessPoint: "|,;~|Grants permission to return configuration information about the specified access point",
  GetAccessPointPolicy:
    "|,;~|Grants permission to return the access point policy associated with the specified access point",
  GetAccessPointScope:
    "|,;~|Grants permission to return the scope configuration associated with the specified access point",
  GetBucketPolicy: "|,;~|Grants permission to return the policy of the specified bucket",
  GetEncryptionConfiguration:
    "|,;~|Grants permission to return the default encryption configuration for a directory bucket",
  GetInventoryConfiguration:
    "|,;~|Grants permission to return an inventory configuration identified by the inventory configuration ID for a S3 directory bucket",
  GetLifecycleConfiguration:
    "|,;~|Grants permission to return the lifecycle configuration information set on a directory bucket",
  GetMetricsConfiguration: "|,;~|Grants permission to get a metrics configuration of a directory bucket",
  ListAccessPointsForDirectoryBuckets: "|,;~|Grants permission to list access points",
  ListAllMyDirectoryBuckets:
    "|,;~|Grants permission to list all directory buckets owned by the authenticated sender of the request",
  ListTagsForResource: "|,;~|Grants permission to lists all of the tags for a specified resource",
  PutAccessPointPolicy: "|,;~|Grants permission to associate an access policy with a specified access point",
  PutAccessPointScope:
    "|,;~|Grants permission to associate an access point with a specified access point scope configuration",
  PutBucketPolicy: "|,;~|Grants permission to add or replace a bucket policy on a bucket",
  PutEncryptionConfiguration: "|,;~|Grants permission to set the encryption configuration for a directory bucket",
  PutInventoryConfiguration:
    "|,;~|Grants permission to add an inventory configuration to the bucket, identified by the inventory ID",
  PutLifecycleConfiguration:
    "|,;~|Grants permission to create a new lifecycle configuration for the directory bucket or replace an existing lifecycle configuration",
  PutMetricsConfiguration:
    "|,;~|Grants permission to set or update a metrics configuration for the CloudWatch request metrics of a directory bucket",
  TagResource: "|,;~|Grants permission to create a new user-defined tag or update an existing tag",
  UntagResource: "|,;~|Grants permission to remove the specified user-defined tags from an S3 resource",
};
const resourceTypeFacts = {
  /** The accesspoint resource type: arn:${Partition}:s3express:${Region}:${Account}:accesspoint/${AccessPointName} */
  accesspoint: "|,|1,4",
  /** The bucket resource type: arn:${Partition}:s3express:${Region}:${Account}:bucket/${BucketName} */
  bucket: "|,|1,6",
} as const;
const arnFormats = {
  /** ARN of a accesspoint resource: arn:${Partition}:s3express:${Region}:${Account}:accesspoint/${AccessPointName}. */
  accesspoint: "|,accesspoint|arn:|Partition|:s3express:|Region|:|Account|:accesspoint/|AccessPointName|",
  /** ARN of a bucket resource: arn:${Partition}:s3express:${Region}:${Account}:bucket/${BucketName}. */
  bucket: "|,bucket|arn:|Partition|:s3express:|Region|:|Account|:bucket/|BucketName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["accesspoint", "bucket"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "s3express">;
/** Any s3express action. */
export type Action = ActionOf<typeof actionFacts, "s3express">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "s3express">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "", client: "" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every s3express action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by tag key-value pairs attached to the access point. */
  [key: `s3express:AccessPointTag/${string}`]: "String";
  /** Filters access by tag key-value pairs attached to the bucket. */
  [key: `s3express:BucketTag/${string}`]: "String";
  /** Filters access by the tag keys that are passed in the request. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access by the network origin (Internet or VPC). */
  "s3express:AccessPointNetworkOrigin": "String";
  /** Filters access by AWS Local Zone network border group(s) provided in this condition key. */
  "s3express:AllAccessRestrictedToLocalZoneGroup": "String";
  /** Filters access by the AWS Account ID that owns the access point. */
  "s3express:DataAccessPointAccount": "String";
  /** Filters access by an access point Amazon Resource Name (ARN). */
  "s3express:DataAccessPointArn": "ARN";
  /** Filters access by restricting which optional metadata fields a user can add when configuring S3 Inventory reports. */
  "s3express:InventoryAccessibleOptionalFields": "ArrayOfString";
  /** Filters access by a specific Availability Zone or Local Zone ID. */
  "s3express:LocationName": "String";
  /** Filters access by the permission requested by Access Point Scope configuration, such as GetObject, PutObject. */
  "s3express:Permissions": "ArrayOfString";
  /** Filters access by the resource owner AWS account ID. */
  "s3express:ResourceAccount": "String";
  /** Filters access by the permission requested by CreateSession API, such as ReadOnly and ReadWrite. */
  "s3express:SessionMode": "String";
  /** Filters access by the TLS version used by the client. */
  "s3express:TlsVersion": "Numeric";
  /** Filters access by authentication method. */
  "s3express:authType": "String";
  /** Filters access by the age in milliseconds of the request signature. */
  "s3express:signatureAge": "Numeric";
  /** Filters access by the AWS Signature Version used on the request. */
  "s3express:signatureversion": "String";
  /** Filters access by unsigned content in your bucket. */
  "s3express:x-amz-content-sha256": "String";
  /** Filters access by server-side encryption. */
  "s3express:x-amz-server-side-encryption": "String";
  /** Filters access by AWS KMS customer managed key for server-side encryption. */
  "s3express:x-amz-server-side-encryption-aws-kms-key-id": "ARN";
}

/** Condition key -> value type. */
export type ConditionKeys = ConditionKeysOf<ConditionKeyTypes>;

/** Condition key with a placeholder, as the reference writes it -> its template-literal key. */
export interface ConditionKeyPatterns {
  /** aws:RequestTag/${TagKey} */
  "aws:RequestTag/${TagKey}": `aws:RequestTag/${string}`;
  /** aws:ResourceTag/${TagKey} */
  "aws:ResourceTag/${TagKey}": `aws:ResourceTag/${string}`;
  /** s3express:AccessPointTag/${TagKey} */
  "s3express:AccessPointTag/${TagKey}": `s3express:AccessPointTag/${string}`;
  /** s3express:BucketTag/${TagKey} */
  "s3express:BucketTag/${TagKey}": `s3express:BucketTag/${string}`;
}

/** A condition key as the reference writes it. */
export type ConditionKeyName = (typeof conditionKeyList)[number];
/** Condition key -> description, types, deprecation. */
export type ConditionKeyInfos = { readonly [K in ConditionKeyName]: ConditionKeyInfo };
const conditionKeyRows: { readonly [K in ConditionKeyName]: string } = {
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by the tags that are passed in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by the tags associated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the tag keys that are passed in the request",
  "s3express:AccessPointNetworkOrigin": "|,String|0||Filters access by the network origin (Internet or VPC)",
  "s3express:AccessPointTag/${TagKey}":
    "|,String|0||Filters access by tag key-value pairs attached to the access point",
  "s3express:AllAccessRestrictedToLocalZoneGroup":
    "|,String|0||Filters access by AWS Local Zone network border group(s) provided in this condition key",
  "s3express:BucketTag/${TagKey}": "|,String|0||Filters access by tag key-value pairs attached to the bucket",
  "s3express:DataAccessPointAccount": "|,String|0||Filters access by the AWS Account ID that owns the access point",
  "s3express:DataAccessPointArn": "|,ARN|0||Filters access by an access point Amazon Resource Name (ARN)",
  "s3express:InventoryAccessibleOptionalFields":
    "|,ArrayOfString|0||Filters access by restricting which optional metadata fields a user can add when configuring S3 Inventory reports",
  "s3express:LocationName": "|,String|0||Filters access by a specific Availability Zone or Local Zone ID",
  "s3express:Permissions":
    "|,ArrayOfString|0||Filters access by the permission requested by Access Point Scope configuration, such as GetObject, PutObject",
  "s3express:ResourceAccount": "|,String|0||Filters access by the resource owner AWS account ID",
  "s3express:SessionMode":
    "|,String|0||Filters access by the permission requested by CreateSession API, such as ReadOnly and ReadWrite",
  "s3express:TlsVersion": "|,Numeric|0||Filters access by the TLS version used by the client",
  "s3express:authType": "|,String|0||Filters access by authentication method",
  "s3express:signatureAge": "|,Numeric|0||Filters access by the age in milliseconds of the request signature",
  "s3express:signatureversion": "|,String|0||Filters access by the AWS Signature Version used on the request",
  "s3express:x-amz-content-sha256": "|,String|0||Filters access by unsigned content in your bucket",
  "s3express:x-amz-server-side-encryption": "|,String|0||Filters access by server-side encryption",
  "s3express:x-amz-server-side-encryption-aws-kms-key-id":
    "|,ARN|0||Filters access by AWS KMS customer managed key for server-side encryption",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "s3express",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
