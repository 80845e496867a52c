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
export const prefix: "s3-object-lambda" = "s3-object-lambda";
/** The service's name in the reference. */
export const serviceName: "Amazon S3 Object Lambda" = "Amazon S3 Object Lambda";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon S3 Object Lambda",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazons3objectlambda.html",
  },
];
const conditionKeyList = [
  "s3-object-lambda:TlsVersion",
  "s3-object-lambda:authType",
  "s3-object-lambda:signatureAge",
  "s3-object-lambda:versionid",
] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to abort a multipart upload. Access level: Write. Resources: objectlambdaaccesspoint*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_AbortMultipartUpload.html */
  AbortMultipartUpload: "W|||0;1;|0,1,2||",
  /** Grants permission to remove the null version of an object and insert a delete marker, which becomes the current version of the object. Access level: Write. Resources: objectlambdaaccesspoint*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_DeleteObject.html */
  DeleteObject: "W|||0;1;|0,1,2||",
  /** Grants permission to use the tagging subresource to remove the entire tag set from the specified object. Access level: Tagging. Resources: objectlambdaaccesspoint*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_DeleteObjectTagging.html */
  DeleteObjectTagging: "T|||0;1;|0,1,2||",
  /** Grants permission to remove a specific version of an object. Access level: Write. Resources: objectlambdaaccesspoint*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_DeleteObject.html */
  DeleteObjectVersion: "W|||0;1;|0,1,2,3||",
  /** Grants permission to remove the entire tag set for a specific version of the object. Access level: Tagging. Resources: objectlambdaaccesspoint*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_DeleteObjectTagging.html */
  DeleteObjectVersionTagging: "T|||0;1;|0,1,2,3||",
  /** Grants permission to retrieve objects from Amazon S3. Access level: Read. Resources: objectlambdaaccesspoint*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObject.html */
  GetObject: "R|||0;1;|0,1,2||",
  /** Grants permission to return the access control list (ACL) of an object. Access level: Read. Resources: objectlambdaaccesspoint*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObjectAcl.html */
  GetObjectAcl: "R|||0;1;|0,1,2||",
  /** Grants permission to get an object's current Legal Hold status. Access level: Read. Resources: objectlambdaaccesspoint*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObjectLegalHold.html */
  GetObjectLegalHold: "R|||0;1;|0,1,2||",
  /** Grants permission to retrieve the retention settings for an object. Access level: Read. Resources: objectlambdaaccesspoint*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObjectRetention.html */
  GetObjectRetention: "R|||0;1;|0,1,2||",
  /** Grants permission to return the tag set of an object. Access level: Read. Resources: objectlambdaaccesspoint*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObjectTagging.html */
  GetObjectTagging: "R|||0;1;|0,1,2||",
  /** Grants permission to retrieve a specific version of an object. Access level: Read. Resources: objectlambdaaccesspoint*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObject.html */
  GetObjectVersion: "R|||0;1;|0,1,2,3||",
  /** Grants permission to return the access control list (ACL) of a specific object version. Access level: Read. Resources: objectlambdaaccesspoint*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObjectAcl.html */
  GetObjectVersionAcl: "R|||0;1;|0,1,2,3||",
  /** Grants permission to return the tag set for a specific version of the object. Access level: Read. Resources: objectlambdaaccesspoint*. https://docs.aws.amazon.com/AmazonS3/latest/dev/setting-repl-config-perm-overview.html */
  GetObjectVersionTagging: "R|||0;1;|0,1,2,3||",
  /** Grants permission to list some or all of the objects in an Amazon S3 bucket (up to 1000). Access level: List. Resources: objectlambdaaccesspoint*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListObjectsV2.html */
  ListBucket: "L|||0;1;|0,1,2||",
  /** Grants permission to list in-progress multipart uploads. Access level: List. Resources: objectlambdaaccesspoint*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListMultipartUploads.html */
  ListBucketMultipartUploads: "L|||0;1;|0,1,2||",
  /** Grants permission to list metadata about all the versions of objects in an Amazon S3 bucket. Access level: List. Resources: objectlambdaaccesspoint*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListObjectVersions.html */
  ListBucketVersions: "L|||0;1;|0,1,2||",
  /** Grants permission to list the parts that have been uploaded for a specific multipart upload. Access level: List. Resources: objectlambdaaccesspoint*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListParts.html */
  ListMultipartUploadParts: "L|||0;1;|0,1,2||",
  /** Grants permission to add an object to a bucket. Access level: Write. Resources: objectlambdaaccesspoint*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObject.html */
  PutObject: "W|||0;1;|0,1,2||",
  /** Grants permission to set the access control list (ACL) permissions for new or existing objects in an S3 bucket. Access level: Permissions management. Resources: objectlambdaaccesspoint*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObjectAcl.html */
  PutObjectAcl: "P|||0;1;|0,1,2||",
  /** Grants permission to apply a Legal Hold configuration to the specified object. Access level: Write. Resources: objectlambdaaccesspoint*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObjectLegalHold.html */
  PutObjectLegalHold: "W|||0;1;|0,1,2||",
  /** Grants permission to place an Object Retention configuration on an object. Access level: Write. Resources: objectlambdaaccesspoint*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObjectRetention.html */
  PutObjectRetention: "W|||0;1;|0,1,2||",
  /** Grants permission to set the supplied tag-set to an object that already exists in a bucket. Access level: Tagging. Resources: objectlambdaaccesspoint*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObjectTagging.html */
  PutObjectTagging: "T|||0;1;|0,1,2||",
  /** Grants permission to use the acl subresource to set the access control list (ACL) permissions for an object that already exists in a bucket. Access level: Permissions management. Resources: objectlambdaaccesspoint*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObjectAcl.html */
  PutObjectVersionAcl: "P|||0;1;|0,1,2,3||",
  /** Grants permission to set the supplied tag-set for a specific version of an object. Access level: Tagging. Resources: objectlambdaaccesspoint*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObjectTagging.html */
  PutObjectVersionTagging: "T|||0;1;|0,1,2,3||",
  /** Grants permission to restore an archived copy of an object back into Amazon S3. Access level: Write. Resources: objectlambdaaccesspoint*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_RestoreObject.html */
  RestoreObject: "W|||0;1;|0,1,2||",
  /** Grants permission to provide data for GetObject requests send to S3 Object Lambda. Access level: Write. Resources: objectlambdaaccesspoint*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_WriteGetObjectResponse.html */
  WriteGetObjectResponse: "W|||0;1;|0,1,2||",
} as const;
const actionDetails = {
  AbortMultipartUpload: "|,;~|Grants permission to abort a multipart upload",
  DeleteObject:
    "|,;~|Grants permission to remove the null version of an object and insert a delete marker, which becomes the current version of the object",
  DeleteObjectTagging:
    "|,;~|Grants permission to use the tagging subresource to remove the entire tag set from the specified object",
  DeleteObjectVersion: "|,;~|Grants permission to remove a specific version of an object",
  DeleteObjectVersionTagging:
    "|,;~|Grants permission to remove the entire tag set for a specific version of the object",
  GetObject: "|,;~|Grants permission to retrieve objects from Amazon S3",
  GetObjectAcl: "|,;~|Grants permission to return the access control list (ACL) of an object",
  GetObjectLegalHold: "|,;~|Grants permission to get an object's current Legal Hold status",
  GetObjectRetention: "|,;~|Grants permission to retrieve the retention settings for an object",
  GetObjectTagging: "|,;~|Grants permission to return the tag set of an object",
  GetObjectVersion: "|,;~|Grants permission to retrieve a specific version of an object",
  GetObjectVersionAcl: "|,;~|Grants permission to return the access control list (ACL) of a specific object version",
  GetObjectVersionTagging: "|,;~|Grants permission to return the tag set for a specific version of the object",
  ListBucket: "|,;~|Grants permission to list some or all of the objects in an Amazon S3 bucket (up to 1000)",
  ListBucketMultipartUploads: "|,;~|Grants permission to list in-progress multipart uploads",
  ListBucketVersions:
    "|,;~|Grants permission to list metadata about all the versions of objects in an Amazon S3 bucket",
  ListMultipartUploadParts:
    "|,;~|Grants permission to list the parts that have been uploaded for a specific multipart upload",
  PutObject: "|,;~|Grants permission to add an object to a bucket",
  PutObjectAcl:
    "|,;~|Grants permission to set the access control list (ACL) permissions for new or existing objects in an S3 bucket",
  PutObjectLegalHold: "|,;~|Grants permission to apply a Legal Hold configuration to the specified object",
  PutObjectRetention: "|,;~|Grants permission to place an Object Retention configuration on an object",
  PutObjectTagging: "|,;~|Grants permission to set the supplied tag-set to an object that already exists in a bucket",
  PutObjectVersionAcl:
    "|,;~|Grants permission to use the acl subresource to set the access control list (ACL) permissions for an object that already exists in a bucket",
  PutObjectVersionTagging: "|,;~|Grants permission to set the supplied tag-set for a specific version of an object",
  RestoreObject: "|,;~|Grants permission to restore an archived copy of an object back into Amazon S3",
  WriteGetObjectResponse: "|,;~|Grants permission to provide data for GetObject requests send to S3 Object Lambda",
};
const resourceTypeFacts = {
  /** The objectlambdaaccesspoint resource type: arn:${Partition}:s3-object-lambda:${Region}:${Account}:accesspoint/${AccessPointName} */
  objectlambdaaccesspoint: "|,|",
} as const;
const arnFormats = {
  /** ARN of a objectlambdaaccesspoint resource: arn:${Partition}:s3-object-lambda:${Region}:${Account}:accesspoint/${AccessPointName}. */
  objectlambdaaccesspoint:
    "|,objectlambdaaccesspoint|arn:|Partition|:s3-object-lambda:|Region|:|Account|:accesspoint/|AccessPointName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["objectlambdaaccesspoint"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "s3-object-lambda">;
/** Any s3-object-lambda action. */
export type Action = ActionOf<typeof actionFacts, "s3-object-lambda">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "s3-object-lambda">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "", client: "" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every s3-object-lambda action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the TLS version used by the client. */
  "s3-object-lambda:TlsVersion": "Numeric";
  /** Filters access by authentication method. */
  "s3-object-lambda:authType": "String";
  /** Filters access by the age in milliseconds of the request signature. */
  "s3-object-lambda:signatureAge": "Numeric";
  /** Filters access by a specific object version. */
  "s3-object-lambda:versionid": "String";
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
  "s3-object-lambda:TlsVersion": "|,Numeric|0||Filters access by the TLS version used by the client",
  "s3-object-lambda:authType": "|,String|0||Filters access by authentication method",
  "s3-object-lambda:signatureAge": "|,Numeric|0||Filters access by the age in milliseconds of the request signature",
  "s3-object-lambda:versionid": "|,String|0||Filters access by a specific object version",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "s3-object-lambda",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
