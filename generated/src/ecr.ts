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
export const prefix: "ecr" = "ecr";
/** The service's name in the reference. */
export const serviceName: "Amazon Elastic Container Registry" = "Amazon Elastic Container Registry";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Elastic Container Registry",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonelasticcontainerregistry.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "ecr:AccountSetting",
  "ecr:ResourceTag/${TagKey}",
] as const;
const dependentActionList = [
  "ecr:BatchImportUpstreamImage",
  "ecr:CreateRepository",
  "ecr:PutLifecyclePolicy",
  "ecr:SetRepositoryPolicy",
  "ecr:TagResource",
  "iam:CreateServiceLinkedRole",
  "iam:PassRole",
] as const;
const actionFacts = {
  /** Grants permission to check the availability of multiple image layers in a specified registry and repository. Access level: Read. Resources: repository*. https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_BatchCheckLayerAvailability.html */
  BatchCheckLayerAvailability: "R|||0;1;|||;",
  /** Grants permission to delete a list of specified images within a specified repository. Access level: Write. Resources: repository*. https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_BatchDeleteImage.html */
  BatchDeleteImage: "W|||0;1;|||;",
  /** Grants permission to get detailed information for specified images within a specified repository. Access level: Read. Resources: repository*. https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_BatchGetImage.html */
  BatchGetImage: "R|||0;1;||0,1,4|;,ListImageReferrers",
  /** Grants permission to retrieve repository scanning configuration for a list of repositories. Access level: Read. Resources: repository*. https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_BatchGetRepositoryScanningConfiguration.html */
  BatchGetRepositoryScanningConfiguration: "R|||0;1;|||;",
  /** Grants permission to retrieve the image from the upstream registry and import it to your private registry. Access level: Write. Resources: repository*. Permission only. https://docs.aws.amazon.com/AmazonECR/latest/userguide/pull-through-cache.html */
  BatchImportUpstreamImage: "W||1|0;1;|||BatchGetImage,GetDownloadUrlForLayer,ListImageReferrers",
  /** Grants permission to inform Amazon ECR that the image layer upload for a specified registry, repository name, and upload ID, has completed. Access level: Write. Resources: repository*. https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_CompleteLayerUpload.html */
  CompleteLayerUpload: "W|||0;1;|||;",
  /** Grants permission to create new pull-through cache rule. Access level: Write. https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_CreatePullThroughCacheRule.html */
  CreatePullThroughCacheRule: "W|||||5,6|;",
  /** Grants permission to create an image repository. Access level: Write. Resources: repository*. https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_CreateRepository.html */
  CreateRepository:
    "W|||0;1;|0,2|4|BatchGetImage,;,CreateRepositoryCreationTemplate,ListImageReferrers,UpdateRepositoryCreationTemplate",
  /** Grants permission to create the repository creation template. Access level: Write. https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_CreateRepositoryCreationTemplate.html */
  CreateRepositoryCreationTemplate: "W|||||1,2,3,5,6|;",
  /** Grants permission to delete the specified lifecycle policy. Access level: Write. Resources: repository*. https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_DeleteLifecyclePolicy.html */
  DeleteLifecyclePolicy: "W|||0;1;|||;",
  /** Grants permission to delete the pull-through cache rule. Access level: Write. https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_DeletePullThroughCacheRule.html */
  DeletePullThroughCacheRule: "W||||||;",
  /** Grants permission to delete the registry policy. Access level: Permissions management. https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_DeleteRegistryPolicy.html */
  DeleteRegistryPolicy: "P||||||;",
  /** Grants permission to delete an existing image repository. Access level: Write. Resources: repository*. https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_DeleteRepository.html */
  DeleteRepository: "W|||0;1;|||;",
  /** Grants permission to delete the repository creation template. Access level: Write. https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_DeleteRepositoryCreationTemplate.html */
  DeleteRepositoryCreationTemplate: "W||||||;",
  /** Grants permission to delete the repository policy from a specified repository. Access level: Permissions management. Resources: repository*. https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_DeleteRepositoryPolicy.html */
  DeleteRepositoryPolicy: "P|||0;1;|||;",
  /** Grants permission to delete the signing configuration for the registry. Access level: Write. https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_DeleteSigningConfiguration */
  DeleteSigningConfiguration: "W||||||;",
  /** Grants permission to deregister a pull time update exclusion. Access level: Write. https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_DeregisterPullTimeUpdateExclusion */
  DeregisterPullTimeUpdateExclusion: "W||||||;",
  /** Grants permission to retrieve replication status about an image in a registry, including failure reason if replication fails. Access level: Read. Resources: repository*. https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_DescribeImageReplicationStatus.html */
  DescribeImageReplicationStatus: "R|||0;1;|||;",
  /** Grants permission to describe the image scan findings for the specified image. Access level: Read. Resources: repository*. https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_DescribeImageScanFindings.html */
  DescribeImageScanFindings: "R|||0;1;|||;",
  /** Grants permission to retrieve signing status about an image in a specified registry. Access level: Read. Resources: repository*. https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_DescribeImageSigningStatus */
  DescribeImageSigningStatus: "R|||0;1;|||;",
  /** Grants permission to get metadata about the images in a repository, including image size, image tags, and creation date. Access level: List. Resources: repository*. https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_DescribeImages.html */
  DescribeImages: "L|||0;1;|||;",
  /** Grants permission to describe the pull-through cache rules. Access level: List. https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_DescribePullThroughCacheRules.html */
  DescribePullThroughCacheRules: "L||||||;",
  /** Grants permission to describe the registry settings. Access level: Read. https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_DescribeRegistry.html */
  DescribeRegistry: "R||||||;",
  /** Grants permission to describe image repositories in a registry. Access level: Read. Resources: repository*. https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_DescribeRepositories.html */
  DescribeRepositories: "R|||0;1;|||;",
  /** Grants permission to describe the repository creation template. Access level: Read. https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_DescribeRepositoryCreationTemplates.html */
  DescribeRepositoryCreationTemplates: "R||||||;",
  /** Grants permission to retrieve account settings. Access level: Read. https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_GetAccountSetting.html */
  GetAccountSetting: "R||||3||;",
  /** Grants permission to retrieve a token that is valid for a specified registry for 12 hours. Access level: Read. https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_GetAuthorizationToken.html */
  GetAuthorizationToken: "R||||||;",
  /** Grants permission to retrieve the download URL corresponding to an image layer. Access level: Read. Resources: repository*. https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_GetDownloadUrlForLayer.html */
  GetDownloadUrlForLayer: "R|||0;1;||0|;",
  /** Grants permission to retrieve the status about an image copy. Access level: Read. Resources: repository*. Permission only. https://docs.aws.amazon.com/AmazonECR/latest/userguide/pull-through-cache.html */
  GetImageCopyStatus: "R||1|0;1;|||",
  /** Grants permission to retrieve the specified lifecycle policy. Access level: Read. Resources: repository*. https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_GetLifecyclePolicy.html */
  GetLifecyclePolicy: "R|||0;1;|||;",
  /** Grants permission to retrieve the results of the specified lifecycle policy preview request. Access level: Read. Resources: repository*. https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_GetLifecyclePolicyPreview.html */
  GetLifecyclePolicyPreview: "R|||0;1;|||;",
  /** Grants permission to retrieve the registry policy. Access level: Read. https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_GetRegistryPolicy.html */
  GetRegistryPolicy: "R||||||;",
  /** Grants permission to retrieve registry scanning configuration. Access level: Read. https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_GetRegistryScanningConfiguration.html */
  GetRegistryScanningConfiguration: "R||||||;",
  /** Grants permission to retrieve the repository policy for a specified repository. Access level: Read. Resources: repository*. https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_GetRepositoryPolicy.html */
  GetRepositoryPolicy: "R|||0;1;|||;",
  /** Grants permission to retrieve the signing configuration for the registry. Access level: Read. https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_GetSigningConfiguration */
  GetSigningConfiguration: "R||||||;",
  /** Grants permission to notify Amazon ECR that you intend to upload an image layer. Access level: Write. Resources: repository*. https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_InitiateLayerUpload.html */
  InitiateLayerUpload: "W|||0;1;|||;",
  /** Grants permission to list all the image IDs for a given repository. Access level: List. Resources: repository*. https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_ListImages.html */
  ListImages: "L|||0;1;|||;",
  /** Grants permission to list pull time update exclusions for the registry. Access level: List. https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_ListPullTimeUpdateExclusions */
  ListPullTimeUpdateExclusions: "L||||||;",
  /** Grants permission to list the tags for an Amazon ECR resource. Access level: Read. Resources: repository*. https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;1;|0,2||;",
  /** Grants permission to update account settings. Access level: Write. https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_PutAccountSetting.html */
  PutAccountSetting: "W||||3||;",
  /** Grants permission to create or update the image manifest associated with an image. Access level: Write. Resources: repository*. https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_PutImage.html */
  PutImage: "W|||0;1;|||;",
  /** Grants permission to update the image scanning configuration for a repository. Access level: Write. Resources: repository*. https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_PutImageScanningConfiguration.html */
  PutImageScanningConfiguration: "W|||0;1;|||;",
  /** Grants permission to update the image tag mutability settings for a repository. Access level: Write. Resources: repository*. https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_PutImageTagMutability.html */
  PutImageTagMutability: "W|||0;1;|||;",
  /** Grants permission to create or update a lifecycle policy. Access level: Write. Resources: repository*. https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_PutLifecyclePolicy.html */
  PutLifecyclePolicy: "W|||0;1;|||CreateRepositoryCreationTemplate,;,UpdateRepositoryCreationTemplate",
  /** Grants permission to update the registry policy. Access level: Permissions management. https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_PutRegistryPolicy.html */
  PutRegistryPolicy: "P||||||;",
  /** Grants permission to update registry scanning configuration. Access level: Write. https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_PutRegistryScanningConfiguration.html */
  PutRegistryScanningConfiguration: "W||||||;",
  /** Grants permission to update the replication configuration for the registry. Access level: Write. https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_PutReplicationConfiguration.html */
  PutReplicationConfiguration: "W|||||5|;",
  /** Grants permission to update the signing configuration for the registry. Access level: Write. https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_PutSigningConfiguration */
  PutSigningConfiguration: "W||||||;",
  /** Grants permission to register a pull time update exclusion. Access level: Write. https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_RegisterPullTimeUpdateExclusion */
  RegisterPullTimeUpdateExclusion: "W||||||;",
  /** Grants permission to replicate images to the destination registry. Access level: Write. Resources: repository*. Permission only. https://docs.aws.amazon.com/AmazonECR/latest/userguide/registry-permissions.html */
  ReplicateImage: "W||1|0;1;|||",
  /** Grants permission to apply a repository policy on a specified repository to control access permissions. Access level: Permissions management. Resources: repository*. https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_SetRepositoryPolicy.html */
  SetRepositoryPolicy: "P|||0;1;|||CreateRepositoryCreationTemplate,;,UpdateRepositoryCreationTemplate",
  /** Grants permission to start an image scan. Access level: Write. Resources: repository*. https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_StartImageScan.html */
  StartImageScan: "W|||0;1;|||;",
  /** Grants permission to start a preview of the specified lifecycle policy. Access level: Write. Resources: repository*. https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_StartLifecyclePolicyPreview.html */
  StartLifecyclePolicyPreview: "W|||0;1;|||;",
  /** Grants permission to tag an Amazon ECR resource. Access level: Tagging. Resources: repository*. https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_TagResource.html */
  TagResource: "T|||0;1;|0,2||BatchGetImage,CreateRepository,;",
  /** Grants permission to untag an Amazon ECR resource. Access level: Tagging. Resources: repository*. https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;1;|2||;",
  /** Grants permission to get update the storage class of a specified image within a specified repository. Access level: Write. Resources: repository*. https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_UpdateImageStorageClass */
  UpdateImageStorageClass: "W|||0;1;|||;",
  /** Grants permission to update the pull-through cache rule. Access level: Write. https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_UpdatePullThroughCacheRule.html */
  UpdatePullThroughCacheRule: "W|||||6|;",
  /** Grants permission to update the repository creation template. Access level: Write. https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_UpdateRepositoryCreationTemplate.html */
  UpdateRepositoryCreationTemplate: "W|||||1,2,3,5,6|;",
  /** Grants permission to upload an image layer part to Amazon ECR. Access level: Write. Resources: repository*. https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_UploadLayerPart.html */
  UploadLayerPart: "W|||0;1;|||;",
  /** Grants permission to validate the pull-through cache rule. Access level: Read. https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_ValidatePullThroughCacheRule.html */
  ValidatePullThroughCacheRule: "R||||||;",
} as const;
const actionDetails = {
  BatchCheckLayerAvailability:
    "|,;~~~|Grants permission to check the availability of multiple image layers in a specified registry and repository",
  BatchDeleteImage: "|,;~~~|Grants permission to delete a list of specified images within a specified repository",
  BatchGetImage:
    "|,;~~~,~~|Grants permission to get detailed information for specified images within a specified repository",
  BatchGetRepositoryScanningConfiguration:
    "|,;~~~|Grants permission to retrieve repository scanning configuration for a list of repositories",
  BatchImportUpstreamImage:
    "|,;~~~,~~,~~|Grants permission to retrieve the image from the upstream registry and import it to your private registry",
  CompleteLayerUpload:
    "|,;~~~|Grants permission to inform Amazon ECR that the image layer upload for a specified registry, repository name, and upload ID, has completed",
  CreatePullThroughCacheRule: "|,;~~~|Grants permission to create new pull-through cache rule",
  CreateRepository: "|,;~~~,~~,~~,~~,~~|Grants permission to create an image repository",
  CreateRepositoryCreationTemplate: "|,;~~~|Grants permission to create the repository creation template",
  DeleteLifecyclePolicy: "|,;~~~|Grants permission to delete the specified lifecycle policy",
  DeletePullThroughCacheRule: "|,;~~~|Grants permission to delete the pull-through cache rule",
  DeleteRegistryPolicy: "|,;~~~|Grants permission to delete the registry policy",
  DeleteRepository: "|,;~~~|Grants permission to delete an existing image repository",
  DeleteRepositoryCreationTemplate: "|,;~~~|Grants permission to delete the repository creation template",
  DeleteRepositoryPolicy: "|,;~~~|Grants permission to delete the repository policy from a specified repository",
  DeleteSigningConfiguration: "|,;~~~|Grants permission to delete the signing configuration for the registry",
  DeregisterPullTimeUpdateExclusion: "|,;~~~|Grants permission to deregister a pull time update exclusion",
  DescribeImageReplicationStatus:
    "|,;~~~|Grants permission to retrieve replication status about an image in a registry, including failure reason if replication fails",
  DescribeImageScanFindings: "|,;~~~|Grants permission to describe the image scan findings for the specified image",
  DescribeImageSigningStatus:
    "|,;~~~|Grants permission to retrieve signing status about an image in a specified registry",
  DescribeImages:
    "|,;~~~|Grants permission to get metadata about the images in a repository, including image size, image tags, and creation date",
  DescribePullThroughCacheRules: "|,;~~~|Grants permission to describe the pull-through cache rules",
  DescribeRegistry: "|,;~~~|Grants permission to describe the registry settings",
  DescribeRepositories: "|,;~~~|Grants permission to describe image repositories in a registry",
  DescribeRepositoryCreationTemplates: "|,;~~~|Grants permission to describe the repository creation template",
  GetAccountSetting: "|,;~~~|Grants permission to retrieve account settings",
  GetAuthorizationToken:
    "|,;~~~|Grants permission to retrieve a token that is valid for a specified registry for 12 hours",
  GetDownloadUrlForLayer: "|,;~~~|Grants permission to retrieve the download URL corresponding to an image layer",
  GetImageCopyStatus: "|,;~|Grants permission to retrieve the status about an image copy",
  GetLifecyclePolicy: "|,;~~~|Grants permission to retrieve the specified lifecycle policy",
  GetLifecyclePolicyPreview:
    "|,;~~~|Grants permission to retrieve the results of the specified lifecycle policy preview request",
  GetRegistryPolicy: "|,;~~~|Grants permission to retrieve the registry policy",
  GetRegistryScanningConfiguration: "|,;~~~|Grants permission to retrieve registry scanning configuration",
  GetRepositoryPolicy: "|,;~~~|Grants permission to retrieve the repository policy for a specified repository",
  GetSigningConfiguration: "|,;~~~|Grants permission to retrieve the signing configuration for the registry",
  InitiateLayerUpload: "|,;~~~|Grants permission to notify Amazon ECR that you intend to upload an image layer",
  ListImages: "|,;~~~|Grants permission to list all the image IDs for a given repository",
  ListPullTimeUpdateExclusions: "|,;~~~|Grants permission to list pull time update exclusions for the registry",
  ListTagsForResource: "|,;~~~|Grants permission to list the tags for an Amazon ECR resource",
  PutAccountSetting: "|,;~~~|Grants permission to update account settings",
  PutImage: "|,;~~~|Grants permission to create or update the image manifest associated with an image",
  PutImageScanningConfiguration: "|,;~~~|Grants permission to update the image scanning configuration for a repository",
  PutImageTagMutability: "|,;~~~|Grants permission to update the image tag mutability settings for a repository",
  PutLifecyclePolicy: "|,;~~~,~~,~~|Grants permission to create or update a lifecycle policy",
  PutRegistryPolicy: "|,;~~~|Grants permission to update the registry policy",
  PutRegistryScanningConfiguration: "|,;~~~|Grants permission to update registry scanning configuration",
  PutReplicationConfiguration: "|,;~~~|Grants permission to update the replication configuration for the registry",
  PutSigningConfiguration: "|,;~~~|Grants permission to update the signing configuration for the registry",
  RegisterPullTimeUpdateExclusion: "|,;~~~|Grants permission to register a pull time update exclusion",
  ReplicateImage: "|,;~|Grants permission to replicate images to the destination registry",
  SetRepositoryPolicy:
    "|,;~~~,~~,~~|Grants permission to apply a repository policy on a specified repository to control access permissions",
  StartImageScan: "|,;~~~|Grants permission to start an image scan",
  StartLifecyclePolicyPreview: "|,;~~~|Grants permission to start a preview of the specified lifecycle policy",
  TagResource: "|,;~~~,~~,~~|Grants permission to tag an Amazon ECR resource",
  UntagResource: "|,;~~~|Grants permission to untag an Amazon ECR resource",
  UpdateImageStorageClass:
    "|,;~~~|Grants permission to get update the storage class of a specified image within a specified repository",
  UpdatePullThroughCacheRule: "|,;~~~|Grants permission to update the pull-through cache rule",
  UpdateRepositoryCreationTemplate: "|,;~~~|Grants permission to update the repository creation template",
  UploadLayerPart: "|,;~~~|Grants permission to upload an image layer part to Amazon ECR",
  ValidatePullThroughCacheRule: "|,;~~~|Grants permission to validate the pull-through cache rule",
};
const resourceTypeFacts = {
  /** The repository resource type: arn:${Partition}:ecr:${Region}:${Account}:repository/${RepositoryName} */
  repository: "|,|1,4",
} as const;
const arnFormats = {
  /** ARN of a repository resource: arn:${Partition}:ecr:${Region}:${Account}:repository/${RepositoryName}. */
  repository: "|,repository|arn:|Partition|:ecr:|Region|:|Account|:repository/|RepositoryName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["repository"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "ecr">;
/** Any ecr action. */
export type Action = ActionOf<typeof actionFacts, "ecr">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "ecr">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "ecr" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every ecr action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the allowed set of values for each of the tags. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by tag-value associated with the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by tag-value associated with the resource. */
  [key: `ecr:ResourceTag/${string}`]: "String";
  /** Filters access by the presence of mandatory tags in the request. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access by the ECR account setting name. */
  "ecr:AccountSetting": "String";
}

/** Condition key -> value type. */
export type ConditionKeys = ConditionKeysOf<ConditionKeyTypes>;

/** Condition key with a placeholder, as the reference writes it -> its template-literal key. */
export interface ConditionKeyPatterns {
  /** aws:RequestTag/${TagKey} */
  "aws:RequestTag/${TagKey}": `aws:RequestTag/${string}`;
  /** aws:ResourceTag/${TagKey} */
  "aws:ResourceTag/${TagKey}": `aws:ResourceTag/${string}`;
  /** ecr:ResourceTag/${TagKey} */
  "ecr:ResourceTag/${TagKey}": `ecr:ResourceTag/${string}`;
}

/** A condition key as the reference writes it. */
export type ConditionKeyName = (typeof conditionKeyList)[number];
/** Condition key -> description, types, deprecation. */
export type ConditionKeyInfos = { readonly [K in ConditionKeyName]: ConditionKeyInfo };
const conditionKeyRows: { readonly [K in ConditionKeyName]: string } = {
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by the allowed set of values for each of the tags",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by tag-value associated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the presence of mandatory tags in the request",
  "ecr:AccountSetting": "|,String|0||Filters access by the ECR account setting name",
  "ecr:ResourceTag/${TagKey}": "|,String|0||Filters access by tag-value associated with the resource",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "ecr",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
