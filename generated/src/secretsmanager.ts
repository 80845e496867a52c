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
export const prefix: "secretsmanager" = "secretsmanager";
/** The service's name in the reference. */
export const serviceName: "AWS Secrets Manager" = "AWS Secrets Manager";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Secrets Manager",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssecretsmanager.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "secretsmanager:AddReplicaRegions",
  "secretsmanager:BlockPublicPolicy",
  "secretsmanager:Description",
  "secretsmanager:ExternalSecretRotationRoleArn",
  "secretsmanager:ForceDeleteWithoutRecovery",
  "secretsmanager:ForceOverwriteReplicaSecret",
  "secretsmanager:KmsKeyArn",
  "secretsmanager:KmsKeyId",
  "secretsmanager:ModifyRotationRules",
  "secretsmanager:Name",
  "secretsmanager:RecoveryWindowInDays",
  "secretsmanager:ResourceTag/tag-key",
  "secretsmanager:RotateImmediately",
  "secretsmanager:RotationLambdaARN",
  "secretsmanager:SecretId",
  "secretsmanager:SecretPrimaryRegion",
  "secretsmanager:Type",
  "secretsmanager:VersionId",
  "secretsmanager:VersionStage",
  "secretsmanager:resource/AllowRotationLambdaArn",
  "secretsmanager:resource/Type",
] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to retrieve and decrypt a list of secrets. Access level: List. https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_BatchGetSecretValue.html */
  BatchGetSecretValue: "L|||||secretsmanager:GetSecretValue,secretsmanager:ListSecrets|;",
  /** Grants permission to cancel an in-progress secret rotation. Access level: Write. Resources: Secret*. https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_CancelRotateSecret.html */
  CancelRotateSecret: "W|||0;1;|1,14,17,18,22,23||;",
  /** Grants permission to create a secret that stores encrypted data that can be queried and rotated. Access level: Write. Resources: Secret*. https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_CreateSecret.html */
  CreateSecret:
    "W|||0;1;|0,1,2,3,5,8,9,10,12,14,19|secretsmanager:ReplicateSecretToRegions,secretsmanager:TagResource|;",
  /** Grants permission to delete the resource policy attached to a secret. Access level: Permissions management. Resources: Secret*. https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_DeleteResourcePolicy.html */
  DeleteResourcePolicy: "P|||0;1;|1,14,17,18,22,23||;",
  /** Grants permission to delete a secret. Access level: Write. Resources: Secret*. https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_DeleteSecret.html */
  DeleteSecret: "W|||0;1;|1,7,13,14,17,18,22,23||;",
  /** Grants permission to retrieve the metadata about a secret, but not the encrypted data. Access level: Read. Resources: Secret*. https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_DescribeSecret.html */
  DescribeSecret: "R|||0;1;|1,14,17,18,22,23||;",
  /** Grants permission to generate a random string for use in password creation. Access level: Read. https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_GetRandomPassword.html */
  GetRandomPassword: "R||||||;",
  /** Grants permission to get the resource policy attached to a secret. Access level: Read. Resources: Secret*. https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_GetResourcePolicy.html */
  GetResourcePolicy: "R|||0;1;|1,14,17,18,22,23||;",
  /** Grants permission to retrieve and decrypt the encrypted data. Access level: Read. Resources: Secret*. https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_GetSecretValue.html */
  GetSecretValue: "R|||0;1;|1,14,17,18,20,21,22,23||BatchGetSecretValue,;",
  /** Grants permission to list the available versions of a secret. Access level: Read. Resources: Secret*. https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_ListSecretVersionIds.html */
  ListSecretVersionIds: "R|||0;1;|1,14,17,18,22,23||;",
  /** Grants permission to list the available secrets. Access level: List. https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_ListSecrets.html */
  ListSecrets: "L||||||BatchGetSecretValue,;",
  /** Grants permission to attach a resource policy to a secret. Access level: Permissions management. Resources: Secret*. https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_PutResourcePolicy.html */
  PutResourcePolicy: "P|||0;1;|1,4,14,17,18,22,23||;,ValidateResourcePolicy",
  /** Grants permission to create a new version of the secret with new encrypted data. Access level: Write. Resources: Secret*. https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_PutSecretValue.html */
  PutSecretValue: "W|||0;1;|1,14,17,18,22,23||;",
  /** Grants permission to remove regions from replication. Access level: Write. Resources: Secret*. https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_RemoveRegionsFromReplication.html */
  RemoveRegionsFromReplication: "W|||0;1;|1,14,17,18,22,23||;",
  /** Grants permission to convert an existing secret to a multi-Region secret and begin replicating the secret to a list of new regions. Access level: Write. Resources: Secret*. https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_ReplicateSecretToRegions.html */
  ReplicateSecretToRegions: "W|||0;1;|1,3,8,14,17,18,22,23||CreateSecret,;",
  /** Grants permission to cancel deletion of a secret. Access level: Write. Resources: Secret*. https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_RestoreSecret.html */
  RestoreSecret: "W|||0;1;|1,14,17,18,22,23||;",
  /** Grants permission to start rotation of a secret. Access level: Write. Resources: Secret*. https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_RotateSecret.html */
  RotateSecret: "W|||0;1;|1,6,11,14,15,16,17,18,22,23|iam:PassRole|;",
  /** Grants permission to remove the secret from replication and promote the secret to a regional secret in the replica Region. Access level: Write. Resources: Secret*. https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_StopReplicationToReplica.html */
  StopReplicationToReplica: "W|||0;1;|1,14,17,18,22,23||;",
  /** Grants permission to add tags to a secret. Access level: Tagging. Resources: Secret*. https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_TagResource.html */
  TagResource: "T|||0;1;|0,1,2,14,17,18,22,23||CreateSecret,;",
  /** Grants permission to remove tags from a secret. Access level: Tagging. Resources: Secret*. https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_UntagResource.html */
  UntagResource: "T|||0;1;|1,2,14,17,18,22,23||;",
  /** Grants permission to update a secret with new metadata or with a new version of the encrypted data. Access level: Write. Resources: Secret*. https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_UpdateSecret.html */
  UpdateSecret: "W|||0;1;|1,5,9,10,14,17,18,19,22,23||;",
  /** Grants permission to move a stage from one secret to another. Access level: Write. Resources: Secret*. https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_UpdateSecretVersionStage.html */
  UpdateSecretVersionStage: "W|||0;1;|1,14,17,18,21,22,23||;",
  /** Grants permission to validate a resource policy before attaching policy. Access level: Permissions management. Resources: Secret*. https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_ValidateResourcePolicy.html */
  ValidateResourcePolicy: "P|||0;1;|1,14,17,18,22,23|secretsmanager:PutResourcePolicy|;",
} as const;
const actionDetails = {
  BatchGetSecretValue: "|,;~~~|Grants permission to retrieve and decrypt a list of secrets",
  CancelRotateSecret: "|,;~~~|Grants permission to cancel an in-progress secret rotation",
  CreateSecret:
    "|,;~~~|Grants permission to create a secret that stores encrypted data that can be queried and rotated",
  DeleteResourcePolicy: "|,;~~~|Grants permission to delete the resource policy attached to a secret",
  DeleteSecret: "|,;~~~|Grants permission to delete a secret",
  DescribeSecret: "|,;~~~|Grants permission to retrieve the metadata about a secret, but not the encrypted data",
  GetRandomPassword: "|,;~~~|Grants permission to generate a random string for use in password creation",
  GetResourcePolicy: "|,;~~~|Grants permission to get the resource policy attached to a secret",
  GetSecretValue: "|,;~~~,~~|Grants permission to retrieve and decrypt the encrypted data",
  ListSecretVersionIds: "|,;~~~|Grants permission to list the available versions of a secret",
  ListSecrets: "|,;~~~,~~|Grants permission to list the available secrets",
  PutResourcePolicy: "|,;~~~,~~|Grants permission to attach a resource policy to a secret",
  PutSecretValue: "|,;~~~|Grants permission to create a new version of the secret with new encrypted data",
  RemoveRegionsFromReplication: "|,;~~~|Grants permission to remove regions from replication",
  ReplicateSecretToRegions:
    "|,;~~~,~~|Grants permission to convert an existing secret to a multi-Region secret and begin replicating the secret to a list of new regions",
  RestoreSecret: "|,;~~~|Grants permission to cancel deletion of a secret",
  RotateSecret: "|,;~~~|Grants permission to start rotation of a secret",
  StopReplicationToReplica:
    "|,;~~~|Grants permission to remove the secret from replication and promote the secret to a regional secret in the replica Region",
  TagResource: "|,;~~~,~~|Grants permission to add tags to a secret",
  UntagResource: "|,;~~~|Grants permission to remove tags from a secret",
  UpdateSecret:
    "|,;~~~|Grants permission to update a secret with new metadata or with a new version of the encrypted data",
  UpdateSecretVersionStage: "|,;~~~|Grants permission to move a stage from one secret to another",
  ValidateResourcePolicy: "|,;~~~|Grants permission to validate a resource policy before attaching policy",
};
const resourceTypeFacts = {
  /** The Secret resource type: arn:${Partition}:secretsmanager:${Region}:${Account}:secret:${SecretId} */
  Secret: "|,secret|0,1,2,14,22,23",
} as const;
const arnFormats = {
  /** ARN of a Secret resource: arn:${Partition}:secretsmanager:${Region}:${Account}:secret:${SecretId}. */
  secret: "|,Secret|arn:|Partition|:secretsmanager:|Region|:|Account|:secret:|SecretId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["Secret"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "secretsmanager">;
/** Any secretsmanager action. */
export type Action = ActionOf<typeof actionFacts, "secretsmanager">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "secretsmanager">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "secretsmanager" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every secretsmanager action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by a key that is present in the request the user makes to the Secrets Manager service. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by the tags associated with the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the list of all the tag key names present in the request the user makes to the Secrets Manager service. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access by the list of Regions in which to replicate the secret. */
  "secretsmanager:AddReplicaRegions": "ArrayOfString";
  /** Filters access by whether the resource policy blocks broad AWS account access. */
  "secretsmanager:BlockPublicPolicy": "Bool";
  /** Filters access by the description text in the request. */
  "secretsmanager:Description": "String";
  /** Filters access by the managed external secret rotation role ARN in the request. */
  "secretsmanager:ExternalSecretRotationRoleArn": "ARN";
  /** Filters access by whether the secret is to be deleted immediately without any recovery window. */
  "secretsmanager:ForceDeleteWithoutRecovery": "Bool";
  /** Filters access by whether to overwrite a secret with the same name in the destination Region. */
  "secretsmanager:ForceOverwriteReplicaSecret": "Bool";
  /** Filters access by the key ARN of the KMS key in the request. */
  "secretsmanager:KmsKeyArn": "ARN";
  /**
   * Filters access by the key identifier of the KMS key in the request. Deprecated: Use secretsmanager:KmsKeyArn.
   * @deprecated Use secretsmanager:KmsKeyArn instead.
   */
  "secretsmanager:KmsKeyId": "String";
  /** Filters access by whether the rotation rules of the secret are to be modified. */
  "secretsmanager:ModifyRotationRules": "Bool";
  /** Filters access by the friendly name of the secret in the request. */
  "secretsmanager:Name": "String";
  /** Filters access by the number of days that Secrets Manager waits before it can delete the secret. */
  "secretsmanager:RecoveryWindowInDays": "Numeric";
  /** Filters access by a tag key and value pair. */
  "secretsmanager:ResourceTag/tag-key": "String";
  /** Filters access by whether the secret is to be rotated immediately. */
  "secretsmanager:RotateImmediately": "Bool";
  /** Filters access by the ARN of the rotation Lambda function in the request. */
  "secretsmanager:RotationLambdaARN": "ARN";
  /** Filters access by the SecretID value in the request. */
  "secretsmanager:SecretId": "ARN";
  /** Filters access by primary region in which the secret is created if the secret is a multi-Region secret. */
  "secretsmanager:SecretPrimaryRegion": "String";
  /** Filters access by the managed external secret type in the request. */
  "secretsmanager:Type": "String";
  /** Filters access by the unique identifier of the version of the secret in the request. */
  "secretsmanager:VersionId": "String";
  /** Filters access by the list of version stages in the request. */
  "secretsmanager:VersionStage": "String";
  /** Filters access by the ARN of the rotation Lambda function associated with the secret. */
  "secretsmanager:resource/AllowRotationLambdaArn": "ARN";
  /** Filters access by the managed external secret type associated with the secret. */
  "secretsmanager:resource/Type": "String";
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
  "aws:RequestTag/${TagKey}":
    "|,String|0||Filters access by a key that is present in the request the user makes to the Secrets Manager service",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by the tags associated with the resource",
  "aws:TagKeys":
    "|,ArrayOfString|0||Filters access by the list of all the tag key names present in the request the user makes to the Secrets Manager service",
  "secretsmanager:AddReplicaRegions":
    "|,ArrayOfString|0||Filters access by the list of Regions in which to replicate the secret",
  "secretsmanager:BlockPublicPolicy":
    "|,Bool|0||Filters access by whether the resource policy blocks broad AWS account access",
  "secretsmanager:Description": "|,String|0||Filters access by the description text in the request",
  "secretsmanager:ExternalSecretRotationRoleArn":
    "|,ARN|0||Filters access by the managed external secret rotation role ARN in the request",
  "secretsmanager:ForceDeleteWithoutRecovery":
    "|,Bool|0||Filters access by whether the secret is to be deleted immediately without any recovery window",
  "secretsmanager:ForceOverwriteReplicaSecret":
    "|,Bool|0||Filters access by whether to overwrite a secret with the same name in the destination Region",
  "secretsmanager:KmsKeyArn": "|,ARN|0||Filters access by the key ARN of the KMS key in the request",
  "secretsmanager:KmsKeyId":
    "|,String|1|secretsmanager:KmsKeyArn|Filters access by the key identifier of the KMS key in the request. Deprecated: Use secretsmanager:KmsKeyArn",
  "secretsmanager:ModifyRotationRules":
    "|,Bool|0||Filters access by whether the rotation rules of the secret are to be modified",
  "secretsmanager:Name": "|,String|0||Filters access by the friendly name of the secret in the request",
  "secretsmanager:RecoveryWindowInDays":
    "|,Numeric|0||Filters access by the number of days that Secrets Manager waits before it can delete the secret",
  "secretsmanager:ResourceTag/tag-key": "|,String|0||Filters access by a tag key and value pair",
  "secretsmanager:RotateImmediately": "|,Bool|0||Filters access by whether the secret is to be rotated immediately",
  "secretsmanager:RotationLambdaARN":
    "|,ARN|0||Filters access by the ARN of the rotation Lambda function in the request",
  "secretsmanager:SecretId": "|,ARN|0||Filters access by the SecretID value in the request",
  "secretsmanager:SecretPrimaryRegion":
    "|,String|0||Filters access by primary region in which the secret is created if the secret is a multi-Region secret",
  "secretsmanager:Type": "|,String|0||Filters access by the managed external secret type in the request",
  "secretsmanager:VersionId":
    "|,String|0||Filters access by the unique identifier of the version of the secret in the request",
  "secretsmanager:VersionStage": "|,String|0||Filters access by the list of version stages in the request",
  "secretsmanager:resource/AllowRotationLambdaArn":
    "|,ARN|0||Filters access by the ARN of the rotation Lambda function associated with the secret",
  "secretsmanager:resource/Type":
    "|,String|0||Filters access by the managed external secret type associated with the secret",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "secretsmanager",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
