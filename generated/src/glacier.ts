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
export const prefix: "glacier" = "glacier";
/** The service's name in the reference. */
export const serviceName: "Amazon S3 Glacier" = "Amazon S3 Glacier";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon S3 Glacier",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazons3glacier.html",
  },
];
const conditionKeyList = ["glacier:ArchiveAgeInDays", "glacier:ResourceTag/"] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to abort a multipart upload identified by the upload ID. Access level: Write. Resources: vault*. https://docs.aws.amazon.com/amazonglacier/latest/dev/api-multipart-abort-upload.html */
  AbortMultipartUpload: "W|||0;1;|||;",
  /** Grants permission to abort the vault locking process if the vault lock is not in the Locked state. Access level: Permissions management. Resources: vault*. https://docs.aws.amazon.com/amazonglacier/latest/dev/api-AbortVaultLock.html */
  AbortVaultLock: "P|||0;1;|||;",
  /** Grants permission to add the specified tags to a vault. Access level: Tagging. Resources: vault*. https://docs.aws.amazon.com/amazonglacier/latest/dev/api-AddTagsToVault.html */
  AddTagsToVault: "T|||0;1;|||;",
  /** Grants permission to complete a multipart upload process. Access level: Write. Resources: vault*. https://docs.aws.amazon.com/amazonglacier/latest/dev/api-multipart-complete-upload.html */
  CompleteMultipartUpload: "W|||0;1;|||;",
  /** Grants permission to complete the vault locking process. Access level: Permissions management. Resources: vault*. https://docs.aws.amazon.com/amazonglacier/latest/dev/api-CompleteVaultLock.html */
  CompleteVaultLock: "P|||0;1;|||;",
  /** Grants permission to create a new vault with the specified name. Access level: Write. Resources: vault*. https://docs.aws.amazon.com/amazonglacier/latest/dev/api-vault-put.html */
  CreateVault: "W|||0;1;|||;",
  /** Grants permission to delete an archive from a vault. Access level: Write. Resources: vault*. https://docs.aws.amazon.com/amazonglacier/latest/dev/api-archive-delete.html */
  DeleteArchive: "W|||0;1;|0||;",
  /** Grants permission to delete a vault. Access level: Write. Resources: vault*. https://docs.aws.amazon.com/amazonglacier/latest/dev/api-vault-delete.html */
  DeleteVault: "W|||0;1;|||;",
  /** Grants permission to delete the access policy associated with the specified vault. Access level: Permissions management. Resources: vault*. https://docs.aws.amazon.com/amazonglacier/latest/dev/api-DeleteVaultAccessPolicy.html */
  DeleteVaultAccessPolicy: "P|||0;1;|||;",
  /** Grants permission to delete the notification configuration set for a vault. Access level: Write. Resources: vault*. https://docs.aws.amazon.com/amazonglacier/latest/dev/api-vault-notifications-delete.html */
  DeleteVaultNotifications: "W|||0;1;|||;",
  /** Grants permission to get information about a job previously initiated. Access level: Read. Resources: vault*. https://docs.aws.amazon.com/amazonglacier/latest/dev/api-describe-job-get.html */
  DescribeJob: "R|||0;1;|||;",
  /** Grants permission to get information about a vault. Access level: Read. Resources: vault*. https://docs.aws.amazon.com/amazonglacier/latest/dev/api-vault-get.html */
  DescribeVault: "R|||0;1;|||;",
  /** Grants permission to get the data retrieval policy. Access level: Read. https://docs.aws.amazon.com/amazonglacier/latest/dev/api-GetDataRetrievalPolicy.html */
  GetDataRetrievalPolicy: "R||||||;",
  /** Grants permission to download the output of the job specified. Access level: Read. Resources: vault*. https://docs.aws.amazon.com/amazonglacier/latest/dev/api-job-output-get.html */
  GetJobOutput: "R|||0;1;|||;,InitiateJob",
  /** Grants permission to retrieve the access-policy subresource set on the vault. Access level: Read. Resources: vault*. https://docs.aws.amazon.com/amazonglacier/latest/dev/api-GetVaultAccessPolicy.html */
  GetVaultAccessPolicy: "R|||0;1;|||;",
  /** Grants permission to retrieve attributes from the lock-policy subresource set on the specified vault. Access level: Read. Resources: vault*. https://docs.aws.amazon.com/amazonglacier/latest/dev/api-GetVaultLock.html */
  GetVaultLock: "R|||0;1;|||;",
  /** Grants permission to retrieve the notification-configuration subresource set on the vault. Access level: Read. Resources: vault*. https://docs.aws.amazon.com/amazonglacier/latest/dev/api-vault-notifications-get.html */
  GetVaultNotifications: "R|||0;1;|||;",
  /** Grants permission to initiate a job of the specified type. Access level: Write. Resources: vault*. https://docs.aws.amazon.com/amazonglacier/latest/dev/api-initiate-job-post.html */
  InitiateJob: "W|||0;1;|0|glacier:GetJobOutput|;",
  /** Grants permission to initiate a multipart upload. Access level: Write. Resources: vault*. https://docs.aws.amazon.com/amazonglacier/latest/dev/api-multipart-initiate-upload.html */
  InitiateMultipartUpload: "W|||0;1;|||;",
  /** Grants permission to initiate the vault locking process. Access level: Permissions management. Resources: vault*. https://docs.aws.amazon.com/amazonglacier/latest/dev/api-InitiateVaultLock.html */
  InitiateVaultLock: "P|||0;1;|||;",
  /** Grants permission to list jobs for a vault that are in-progress and jobs that have recently finished. Access level: List. Resources: vault*. https://docs.aws.amazon.com/amazonglacier/latest/dev/api-jobs-get.html */
  ListJobs: "L|||0;1;|||;",
  /** Grants permission to list in-progress multipart uploads for the specified vault. Access level: List. Resources: vault*. https://docs.aws.amazon.com/amazonglacier/latest/dev/api-multipart-list-uploads.html */
  ListMultipartUploads: "L|||0;1;|||;",
  /** Grants permission to list the parts of an archive that have been uploaded in a specific multipart upload. Access level: List. Resources: vault*. https://docs.aws.amazon.com/amazonglacier/latest/dev/api-multipart-list-parts.html */
  ListParts: "L|||0;1;|||;",
  /** Grants permission to list the provisioned capacity for the specified AWS account. Access level: List. https://docs.aws.amazon.com/amazonglacier/latest/dev/api-ListProvisionedCapacity.html */
  ListProvisionedCapacity: "L||||||;",
  /** Grants permission to list all the tags attached to a vault. Access level: List. Resources: vault*. https://docs.aws.amazon.com/amazonglacier/latest/dev/api-ListTagsForVault.html */
  ListTagsForVault: "L|||0;1;|||;",
  /** Grants permission to list all vaults. Access level: List. https://docs.aws.amazon.com/amazonglacier/latest/dev/api-vaults-get.html */
  ListVaults: "L||||||;",
  /** Grants permission to purchases a provisioned capacity unit for an AWS account. Access level: Write. https://docs.aws.amazon.com/amazonglacier/latest/dev/api-PurchaseProvisionedCapacity.html */
  PurchaseProvisionedCapacity: "W||||||;",
  /** Grants permission to remove one or more tags from the set of tags attached to a vault. Access level: Tagging. Resources: vault*. https://docs.aws.amazon.com/amazonglacier/latest/dev/api-RemoveTagsFromVault.html */
  RemoveTagsFromVault: "T|||0;1;|||;",
  /** Grants permission to set and then enacts a data retrieval policy in the region specified in the PUT request. Access level: Permissions management. https://docs.aws.amazon.com/amazonglacier/latest/dev/api-SetDataRetrievalPolicy.html */
  SetDataRetrievalPolicy: "P||||||;",
  /** Grants permission to configure an access policy for a vault; will overwrite an existing policy. Access level: Permissions management. Resources: vault*. https://docs.aws.amazon.com/amazonglacier/latest/dev/api-SetVaultAccessPolicy.html */
  SetVaultAccessPolicy: "P|||0;1;|||;",
  /** Grants permission to configure vault notifications. Access level: Write. Resources: vault*. https://docs.aws.amazon.com/amazonglacier/latest/dev/api-vault-notifications-put.html */
  SetVaultNotifications: "W|||0;1;|||;",
  /** Grants permission to upload an archive to a vault. Access level: Write. Resources: vault*. https://docs.aws.amazon.com/amazonglacier/latest/dev/api-archive-post.html */
  UploadArchive: "W|||0;1;|||;",
  /** Grants permission to upload a part of an archive. Access level: Write. Resources: vault*. https://docs.aws.amazon.com/amazonglacier/latest/dev/api-upload-part.html */
  UploadMultipartPart: "W|||0;1;|||;",
} as const;
const actionDetails = {
  AbortMultipartUpload: "|,;~~~|Grants permission to abort a multipart upload identified by the upload ID",
  AbortVaultLock:
    "|,;~~~|Grants permission to abort the vault locking process if the vault lock is not in the Locked state",
  AddTagsToVault: "|,;~~~|Grants permission to add the specified tags to a vault",
  CompleteMultipartUpload: "|,;~~~|Grants permission to complete a multipart upload process",
  CompleteVaultLock: "|,;~~~|Grants permission to complete the vault locking process",
  CreateVault: "|,;~~~|Grants permission to create a new vault with the specified name",
  DeleteArchive: "|,;~~~|Grants permission to delete an archive from a vault",
  DeleteVault: "|,;~~~|Grants permission to delete a vault",
  DeleteVaultAccessPolicy: "|,;~~~|Grants permission to delete the access policy associated with the specified vault",
  DeleteVaultNotifications: "|,;~~~|Grants permission to delete the notification configuration set for a vault",
  DescribeJob: "|,;~~~|Grants permission to get information about a job previously initiated",
  DescribeVault: "|,;~~~|Grants permission to get information about a vault",
  GetDataRetrievalPolicy: "|,;~~~|Grants permission to get the data retrieval policy",
  GetJobOutput: "|,;~~~,~~|Grants permission to download the output of the job specified",
  GetVaultAccessPolicy: "|,;~~~|Grants permission to retrieve the access-policy subresource set on the vault",
  GetVaultLock:
    "|,;~~~|Grants permission to retrieve attributes from the lock-policy subresource set on the specified vault",
  GetVaultNotifications:
    "|,;~~~|Grants permission to retrieve the notification-configuration subresource set on the vault",
  InitiateJob: "|,;~~~|Grants permission to initiate a job of the specified type",
  InitiateMultipartUpload: "|,;~~~|Grants permission to initiate a multipart upload",
  InitiateVaultLock: "|,;~~~|Grants permission to initiate the vault locking process",
  ListJobs:
    "|,;~~~|Grants permission to list jobs for a vault that are in-progress and jobs that have recently finished",
  ListMultipartUploads: "|,;~~~|Grants permission to list in-progress multipart uploads for the specified vault",
  ListParts:
    "|,;~~~|Grants permission to list the parts of an archive that have been uploaded in a specific multipart upload",
  ListProvisionedCapacity: "|,;~~~|Grants permission to list the provisioned capacity for the specified AWS account",
  ListTagsForVault: "|,;~~~|Grants permission to list all the tags attached to a vault",
  ListVaults: "|,;~~~|Grants permission to list all vaults",
  PurchaseProvisionedCapacity: "|,;~~~|Grants permission to purchases a provisioned capacity unit for an AWS account",
  RemoveTagsFromVault: "|,;~~~|Grants permission to remove one or more tags from the set of tags attached to a vault",
  SetDataRetrievalPolicy:
    "|,;~~~|Grants permission to set and then enacts a data retrieval policy in the region specified in the PUT request",
  SetVaultAccessPolicy:
    "|,;~~~|Grants permission to configure an access policy for a vault; will overwrite an existing policy",
  SetVaultNotifications: "|,;~~~|Grants permission to configure vault notifications",
  UploadArchive: "|,;~~~|Grants permission to upload an archive to a vault",
  UploadMultipartPart: "|,;~~~|Grants permission to upload a part of an archive",
};
const resourceTypeFacts = {
  /** The vault resource type: arn:${Partition}:glacier:${Region}:${Account}:vaults/${VaultName} */
  vault: "|,|",
} as const;
const arnFormats = {
  /** ARN of a vault resource: arn:${Partition}:glacier:${Region}:${Account}:vaults/${VaultName}. */
  vault: "|,vault|arn:|Partition|:glacier:|Region|:|Account|:vaults/|VaultName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["vault"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "glacier">;
/** Any glacier action. */
export type Action = ActionOf<typeof actionFacts, "glacier">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "glacier">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "glacier" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every glacier action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by how long an archive has been stored in the vault, in days. */
  "glacier:ArchiveAgeInDays": "String";
  /** Filters access by a customer-defined tag. */
  "glacier:ResourceTag/": "String";
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
  "glacier:ArchiveAgeInDays": "|,String|0||Filters access by how long an archive has been stored in the vault, in days",
  "glacier:ResourceTag/": "|,String|0||Filters access by a customer-defined tag",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "glacier",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
