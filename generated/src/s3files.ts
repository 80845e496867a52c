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
export const prefix: "s3files" = "s3files";
/** The service's name in the reference. */
export const serviceName: "Amazon S3 Files" = "Amazon S3 Files";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon S3 Files",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazons3files.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "s3files:AccessPointArn",
  "s3files:CreateAction",
] as const;
const dependentActionList = ["s3files:TagResource"] as const;
const actionFacts = {
  /** Grants permission to allow an NFS client read-access to a file system. Access level: Read. Resources: file-system*. Permission only. https://docs.aws.amazon.com/AmazonS3/latest/API/s3files-client-authorization.html */
  ClientMount: "R||1|1;1;|3||",
  /** Grants permission to allow an NFS client root-access to a file system. Access level: Write. Resources: file-system*. Permission only. https://docs.aws.amazon.com/AmazonS3/latest/API/s3files-client-authorization.html */
  ClientRootAccess: "W||1|1;1;|3||",
  /** Grants permission to allow an NFS client write-access to a file system. Access level: Write. Resources: file-system*. Permission only. https://docs.aws.amazon.com/AmazonS3/latest/API/s3files-client-authorization.html */
  ClientWrite: "W||1|1;1;|3||",
  /** Grants permission to create an access point for the specified file system. Access level: Write. Resources: file-system*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_S3Files_CreateAccessPoint.html */
  CreateAccessPoint: "W|||1;1;|0,2|0|;",
  /** Grants permission to create a new file system. Access level: Write. https://docs.aws.amazon.com/AmazonS3/latest/API/API_S3Files_CreateFileSystem.html */
  CreateFileSystem: "W||||0,2|iam:PassRole,0|;",
  /** Grants permission to create a mount target for a file system. Access level: Write. Resources: file-system*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_S3Files_CreateMountTarget.html */
  CreateMountTarget: "W|||1;1;|||;",
  /** Grants permission to delete a specified access point. Access level: Write. Resources: access-point*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_S3Files_DeleteAccessPoint.html */
  DeleteAccessPoint: "W|||0;1;|||;",
  /** Grants permission to delete a specified file system. Access level: Write. Resources: file-system*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_S3Files_DeleteFileSystem.html */
  DeleteFileSystem: "W|||1;1;|||;",
  /** Grants permission to delete the IAM resource policy for a specified file system. Access level: Permissions management. Resources: file-system*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_S3Files_DeleteFileSystemPolicy.html */
  DeleteFileSystemPolicy: "P|||1;1;|||;",
  /** Grants permission to delete a specified mount target. Access level: Write. Resources: file-system*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_S3Files_DeleteMountTarget.html */
  DeleteMountTarget: "W|||1;1;|||;",
  /** Grants permission to get resource information for a specified access point. Access level: Read. Resources: access-point*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_S3Files_GetAccessPoint.html */
  GetAccessPoint: "R|||0;1;|||;",
  /** Grants permission to get resource information for a specified file system. Access level: Read. Resources: file-system. https://docs.aws.amazon.com/AmazonS3/latest/API/API_S3Files_GetFileSystem.html */
  GetFileSystem: "R|||1;0;|||;",
  /** Grants permission to get the IAM resource policy for a specified file system. Access level: Read. Resources: file-system. https://docs.aws.amazon.com/AmazonS3/latest/API/API_S3Files_GetFileSystemPolicy.html */
  GetFileSystemPolicy: "R|||1;0;|||;",
  /** Grants permission to get resource information for a specified mount target. Access level: Read. Resources: file-system*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_S3Files_GetMountTarget.html */
  GetMountTarget: "R|||1;1;|||;",
  /** Grants permission to get a synchronization configuration for a specified file system. Access level: Read. Resources: file-system*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_S3Files_GetSynchronizationConfiguration.html */
  GetSynchronizationConfiguration: "R|||1;1;|||;",
  /** Grants permission to get a paginated list of all access points in the account. Access level: List. Resources: access-point*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_S3Files_ListAccessPoints.html */
  ListAccessPoints: "L|||0;1;|||;",
  /** Grants permission to get a paginated list of all file systems in the account. Access level: List. Resources: file-system. https://docs.aws.amazon.com/AmazonS3/latest/API/API_S3Files_ListFileSystems.html */
  ListFileSystems: "L|||1;0;|||;",
  /** Grants permission to get a paginated list of all mount targets in the account. Access level: List. Resources: file-system*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_S3Files_ListMountTargets.html */
  ListMountTargets: "L|||1;1;|||;",
  /** Grants permission to list tags for a specified S3 Files resource. Access level: Read. Resources: access-point, file-system. https://docs.aws.amazon.com/AmazonS3/latest/API/API_S3Files_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,1;0;|||;",
  /** Grants permission to add an IAM resource policy to a specified file system. Access level: Permissions management. Resources: file-system*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_S3Files_PutFileSystemPolicy.html */
  PutFileSystemPolicy: "P|||1;1;|||;",
  /** Grants permission to add a synchronization configuration to a specified file system. Access level: Write. Resources: file-system*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_S3Files_PutSynchronizationConfiguration.html */
  PutSynchronizationConfiguration: "W|||1;1;|||;",
  /** Grants permission to tag a specified S3 Files resource. Access level: Tagging. Resources: access-point, file-system. https://docs.aws.amazon.com/AmazonS3/latest/API/API_S3Files_TagResource.html */
  TagResource: "T|||0;0;,1;0;|0,2,4||CreateAccessPoint,CreateFileSystem,;",
  /** Grants permission to untag a specified S3 Files resource. Access level: Tagging. Resources: access-point, file-system. https://docs.aws.amazon.com/AmazonS3/latest/API/API_S3Files_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;|2||;",
  /** Grants permission to update resource information for a specified mount target. Access level: Write. Resources: file-system*. https://docs.aws.amazon.com/AmazonS3/latest/API/API_S3Files_UpdateMountTarget.html */
  UpdateMountTarget: "W|||1;1;|||;",
} as const;
const actionDetails = {
  ClientMount: "|,;~|Grants permission to allow an NFS client read-access to a file system",
  ClientRootAccess: "|,;~|Grants permission to allow an NFS client root-access to a file system",
  ClientWrite: "|,;~|Grants permission to allow an NFS client write-access to a file system",
  CreateAccessPoint: "|,;~~~|Grants permission to create an access point for the specified file system",
  CreateFileSystem: "|,;~~~|Grants permission to create a new file system",
  CreateMountTarget: "|,;~~~|Grants permission to create a mount target for a file system",
  DeleteAccessPoint: "|,;~~~|Grants permission to delete a specified access point",
  DeleteFileSystem: "|,;~~~|Grants permission to delete a specified file system",
  DeleteFileSystemPolicy: "|,;~~~|Grants permission to delete the IAM resource policy for a specified file system",
  DeleteMountTarget: "|,;~~~|Grants permission to delete a specified mount target",
  GetAccessPoint: "|,;~~~|Grants permission to get resource information for a specified access point",
  GetFileSystem: "|,;~~~|Grants permission to get resource information for a specified file system",
  GetFileSystemPolicy: "|,;~~~|Grants permission to get the IAM resource policy for a specified file system",
  GetMountTarget: "|,;~~~|Grants permission to get resource information for a specified mount target",
  GetSynchronizationConfiguration:
    "|,;~~~|Grants permission to get a synchronization configuration for a specified file system",
  ListAccessPoints: "|,;~~~|Grants permission to get a paginated list of all access points in the account",
  ListFileSystems: "|,;~~~|Grants permission to get a paginated list of all file systems in the account",
  ListMountTargets: "|,;~~~|Grants permission to get a paginated list of all mount targets in the account",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for a specified S3 Files resource",
  PutFileSystemPolicy: "|,;~~~|Grants permission to add an IAM resource policy to a specified file system",
  PutSynchronizationConfiguration:
    "|,;~~~|Grants permission to add a synchronization configuration to a specified file system",
  TagResource: "|,;~~~,~~,~~|Grants permission to tag a specified S3 Files resource",
  UntagResource: "|,;~~~|Grants permission to untag a specified S3 Files resource",
  UpdateMountTarget: "|,;~~~|Grants permission to update resource information for a specified mount target",
};
const resourceTypeFacts = {
  /** The access-point resource type: arn:${Partition}:s3files:${Region}:${Account}:file-system/${FileSystemId}/access-point/${AccessPointId} */
  "access-point": "|,accessPoint|1",
  /** The file-system resource type: arn:${Partition}:s3files:${Region}:${Account}:file-system/${FileSystemId} */
  "file-system": "|,fileSystem|1",
} as const;
const arnFormats = {
  /** ARN of a access-point resource: arn:${Partition}:s3files:${Region}:${Account}:file-system/${FileSystemId}/access-point/${AccessPointId}. */
  accessPoint:
    "|,access-point|arn:|Partition|:s3files:|Region|:|Account|:file-system/|FileSystemId|/access-point/|AccessPointId|",
  /** ARN of a file-system resource: arn:${Partition}:s3files:${Region}:${Account}:file-system/${FileSystemId}. */
  fileSystem: "|,file-system|arn:|Partition|:s3files:|Region|:|Account|:file-system/|FileSystemId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["access-point", "file-system"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "s3files">;
/** Any s3files action. */
export type Action = ActionOf<typeof actionFacts, "s3files">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "s3files">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "s3files" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every s3files action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the tag keys that are passed in the request. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access by the ARN of the access point used to mount the file system. */
  "s3files:AccessPointArn": "ARN";
  /** Filters access by the name of a resource-creating API action. */
  "s3files:CreateAction": "String";
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by the tags that are passed in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by the tags associated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the tag keys that are passed in the request",
  "s3files:AccessPointArn": "|,ARN|0||Filters access by the ARN of the access point used to mount the file system",
  "s3files:CreateAction": "|,String|0||Filters access by the name of a resource-creating API action",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "s3files",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
