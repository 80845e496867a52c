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
export const prefix: "s3vectors" = "s3vectors";
/** The service's name in the reference. */
export const serviceName: "Amazon S3 Vectors" = "Amazon S3 Vectors";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon S3 Vectors",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazons3vectors.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "s3vectors:VectorBucketTag/${TagKey}",
  "s3vectors:kmsKeyArn",
  "s3vectors:sseType",
] as const;
const dependentActionList = ["s3vectors:GetVectors"] as const;
const actionFacts = {
  /** Grants permission to create a new vector index within a specified vector bucket. Access level: Write. Resources: Index*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_S3VectorBuckets_CreateIndex.html */
  CreateIndex: "W|||0;1;|0,1,2,3,4,5||",
  /** Grants permission to create a new vector bucket. Access level: Write. Resources: VectorBucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_S3VectorBuckets_CreateVectorBucket.html */
  CreateVectorBucket: "W|||1;1;|0,1,2,3,4,5||",
  /** Grants permission to delete a specified vector index. Access level: Write. Resources: Index*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_S3VectorBuckets_DeleteIndex.html */
  DeleteIndex: "W|||0;1;|1,3||",
  /** Grants permission to delete a specified vector bucket. Access level: Write. Resources: VectorBucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_S3VectorBuckets_DeleteVectorBucket.html */
  DeleteVectorBucket: "W|||1;1;|1,3||",
  /** Grants permission to delete the IAM resource policy from a specified vector bucket. Access level: Permissions management. Resources: VectorBucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_S3VectorBuckets_DeleteVectorBucketPolicy.html */
  DeleteVectorBucketPolicy: "P|||1;1;|1,3||",
  /** Grants permission to delete a batch of vectors from a specified vector index. Access level: Write. Resources: Index*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_S3VectorBuckets_DeleteVectors.html */
  DeleteVectors: "W|||0;1;|1,3||",
  /** Grants permission to get the attributes of a specified vector index. Access level: Read. Resources: Index*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_S3VectorBuckets_GetIndex.html */
  GetIndex: "R|||0;1;|1,3||",
  /** Grants permission to get the attributes of a specified vector bucket. Access level: Read. Resources: VectorBucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_S3VectorBuckets_GetVectorBucket.html */
  GetVectorBucket: "R|||1;1;|1,3||",
  /** Grants permission to get the IAM resource policy for a specific vector bucket. Access level: Read. Resources: VectorBucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_S3VectorBuckets_GetVectorBucketPolicy.html */
  GetVectorBucketPolicy: "R|||1;1;|1,3||",
  /** Grants permission to get a batch of vectors by their vector keys. Access level: Read. Resources: Index*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_S3VectorBuckets_GetVectors.html */
  GetVectors: "R|||0;1;|1,3||",
  /** Grants permission to get a paginated list of all indexes in a specified vector bucket. Access level: List. Resources: VectorBucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_S3VectorBuckets_ListIndexes.html */
  ListIndexes: "L|||1;1;|1,3||",
  /** Grants permission to list tags for specified S3Vector resource. Access level: List. Resources: Index, VectorBucket. https://docs.aws.amazon.com/AmazonS3/latest/API/API_S3VectorBuckets_ListTagsForResource.html */
  ListTagsForResource: "L|||0;0;,1;0;|1,3||",
  /** Grants permission to get a paginated list of all vector buckets in the account. Access level: List. https://docs.aws.amazon.com/AmazonS3/latest/API/API_S3VectorBuckets_ListVectorBuckets.html */
  ListVectorBuckets: "L||||||",
  /** Grants permission to get a paginated list of all vectors in a specified vector index. Access level: List. Resources: Index*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_S3VectorBuckets_ListVectors.html */
  ListVectors: "L|||0;1;|1,3|0|",
  /** Grants permission to add an IAM resource policy to a specified vector bucket. Access level: Permissions management. Resources: VectorBucket*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_S3VectorBuckets_PutVectorBucketPolicy.html */
  PutVectorBucketPolicy: "P|||1;1;|1,3||",
  /** Grants permission to add a batch of vectors to a specified vector index. Access level: Write. Resources: Index*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_S3VectorBuckets_PutVectors.html */
  PutVectors: "W|||0;1;|1,3||",
  /** Grants permission to find approximate nearest neighbors within a specified search vector index for a given query vector. Access level: Read. Resources: Index*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_S3VectorBuckets_QueryVectors.html */
  QueryVectors: "R|||0;1;|1,3|0|",
  /** Grants permission to tag a S3Vector resource. Access level: Tagging. Resources: Index, VectorBucket. https://docs.aws.amazon.com/AmazonS3/latest/API/API_S3VectorBuckets_TagResource.html */
  TagResource: "T|||0;0;,1;0;|0,1,2,3||",
  /** Grants permission to untag a S3Vector resource. Access level: Tagging. Resources: Index, VectorBucket. https://docs.aws.amazon.com/AmazonS3/latest/API/API_S3VectorBuckets_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;|1,2,3||",
} as const;
const actionDetails = {
  CreateIndex: "|,;~|Grants permission to create a new vector index within a specified vector bucket",
  CreateVectorBucket: "|,;~|Grants permission to create a new vector bucket",
  DeleteIndex: "|,;~|Grants permission to delete a specified vector index",
  DeleteVectorBucket: "|,;~|Grants permission to delete a specified vector bucket",
  DeleteVectorBucketPolicy: "|,;~|Grants permission to delete the IAM resource policy from a specified vector bucket",
  DeleteVectors: "|,;~|Grants permission to delete a batch of vectors from a specified vector index",
  GetIndex: "|,;~|Grants permission to get the attributes of a specified vector index",
  GetVectorBucket: "|,;~|Grants permission to get the attributes of a specified vector bucket",
  GetVectorBucketPolicy: "|,;~|Grants permission to get the IAM resource policy for a specific vector bucket",
  GetVectors: "|,;~|Grants permission to get a batch of vectors by their vector keys",
  ListIndexes: "|,;~|Grants permission to get a paginated list of all indexes in a specified vector bucket",
  ListTagsForResource: "|,;~|Grants permission to list tags for specified S3Vector resource",
  ListVectorBuckets: "|,;~|Grants permission to get a paginated list of all vector buckets in the account",
  ListVectors: "|,;~|Grants permission to get a paginated list of all vectors in a specified vector index",
  PutVectorBucketPolicy: "|,;~|Grants permission to add an IAM resource policy to a specified vector bucket",
  PutVectors: "|,;~|Grants permission to add a batch of vectors to a specified vector index",
  QueryVectors:
    "|,;~|Grants permission to find approximate nearest neighbors within a specified search vector index for a given query vector",
  TagResource: "|,;~|Grants permission to tag a S3Vector resource",
  UntagResource: "|,;~|Grants permission to untag a S3Vector resource",
};
const resourceTypeFacts = {
  /** The Index resource type: arn:${Partition}:s3vectors:${Region}:${Account}:bucket/${BucketName}/index/${IndexName} */
  Index: "|,index|1,3",
  /** The VectorBucket resource type: arn:${Partition}:s3vectors:${Region}:${Account}:bucket/${BucketName} */
  VectorBucket: "|,vectorBucket|1,3",
} as const;
const arnFormats = {
  /** ARN of a Index resource: arn:${Partition}:s3vectors:${Region}:${Account}:bucket/${BucketName}/index/${IndexName}. */
  index: "|,Index|arn:|Partition|:s3vectors:|Region|:|Account|:bucket/|BucketName|/index/|IndexName|",
  /** ARN of a VectorBucket resource: arn:${Partition}:s3vectors:${Region}:${Account}:bucket/${BucketName}. */
  vectorBucket: "|,VectorBucket|arn:|Partition|:s3vectors:|Region|:|Account|:bucket/|BucketName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["Index", "VectorBucket"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "s3vectors">;
/** Any s3vectors action. */
export type Action = ActionOf<typeof actionFacts, "s3vectors">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "s3vectors">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "", client: "" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every s3vectors action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the tags associated with the vector bucket. */
  [key: `s3vectors:VectorBucketTag/${string}`]: "String";
  /** Filters access by the tag keys that are passed in the request. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access by the AWS KMS key ARN for the key used to encrypt a vector bucket. */
  "s3vectors:kmsKeyArn": "ARN";
  /** Filters access by server-side encryption type. */
  "s3vectors:sseType": "String";
}

/** Condition key -> value type. */
export type ConditionKeys = ConditionKeysOf<ConditionKeyTypes>;

/** Condition key with a placeholder, as the reference writes it -> its template-literal key. */
export interface ConditionKeyPatterns {
  /** aws:RequestTag/${TagKey} */
  "aws:RequestTag/${TagKey}": `aws:RequestTag/${string}`;
  /** aws:ResourceTag/${TagKey} */
  "aws:ResourceTag/${TagKey}": `aws:ResourceTag/${string}`;
  /** s3vectors:VectorBucketTag/${TagKey} */
  "s3vectors:VectorBucketTag/${TagKey}": `s3vectors:VectorBucketTag/${string}`;
}

/** A condition key as the reference writes it. */
export type ConditionKeyName = (typeof conditionKeyList)[number];
/** Condition key -> description, types, deprecation. */
export type ConditionKeyInfos = { readonly [K in ConditionKeyName]: ConditionKeyInfo };
const conditionKeyRows: { readonly [K in ConditionKeyName]: string } = {
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by the tags that are passed in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by the tags associated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the tag keys that are passed in the request",
  "s3vectors:VectorBucketTag/${TagKey}": "|,String|0||Filters access by the tags associated with the vector bucket",
  "s3vectors:kmsKeyArn": "|,ARN|0||Filters access by the AWS KMS key ARN for the key used to encrypt a vector bucket",
  "s3vectors:sseType": "|,String|0||Filters access by server-side encryption type",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "s3vectors",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
