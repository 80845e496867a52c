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
export const prefix: "ecr-public" = "ecr-public";
/** The service's name in the reference. */
export const serviceName: "Amazon Elastic Container Registry Public" = "Amazon Elastic Container Registry Public";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Elastic Container Registry Public",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonelasticcontainerregistrypublic.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "ecr-public:ResourceTag/${TagKey}",
] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to check the availability of multiple image layers in a specified registry and repository. Access level: Read. Resources: repository*. https://docs.aws.amazon.com/AmazonECRPublic/latest/APIReference/API_BatchCheckLayerAvailability.html */
  BatchCheckLayerAvailability: "R|||1;1;|||;",
  /** Grants permission to delete a list of specified images within a specified repository. Access level: Write. Resources: repository*. https://docs.aws.amazon.com/AmazonECRPublic/latest/APIReference/API_BatchDeleteImage.html */
  BatchDeleteImage: "W|||1;1;|||;",
  /** Grants permission to inform Amazon ECR that the image layer upload for a specified registry, repository name, and upload ID, has completed. Access level: Write. Resources: repository*. https://docs.aws.amazon.com/AmazonECRPublic/latest/APIReference/API_CompleteLayerUpload.html */
  CompleteLayerUpload: "W|||1;1;|||;",
  /** Grants permission to create an image repository. Access level: Write. Resources: repository*. https://docs.aws.amazon.com/AmazonECRPublic/latest/APIReference/API_CreateRepository.html */
  CreateRepository: "W|||1;1;|0,2|ecr-public:TagResource|;",
  /** Grants permission to delete an existing image repository. Access level: Write. Resources: repository*. https://docs.aws.amazon.com/AmazonECRPublic/latest/APIReference/API_DeleteRepository.html */
  DeleteRepository: "W|||1;1;|||;",
  /** Grants permission to delete the repository policy from a specified repository. Access level: Write. Resources: repository*. https://docs.aws.amazon.com/AmazonECRPublic/latest/APIReference/API_DeleteRepositoryPolicy.html */
  DeleteRepositoryPolicy: "W|||1;1;|||;",
  /** Grants permission to describe all the image tags for a given repository. Access level: List. Resources: repository*. https://docs.aws.amazon.com/AmazonECRPublic/latest/APIReference/API_DescribeImageTags.html */
  DescribeImageTags: "L|||1;1;|||;",
  /** Grants permission to get metadata about the images in a repository, including image size, image tags, and creation date. Access level: Read. Resources: repository*. https://docs.aws.amazon.com/AmazonECRPublic/latest/APIReference/API_DescribeImages.html */
  DescribeImages: "R|||1;1;|||;",
  /** Grants permission to retrieve the catalog data associated with a registry. Access level: List. Resources: registry*. https://docs.aws.amazon.com/AmazonECRPublic/latest/APIReference/API_DescribeRegistries.html */
  DescribeRegistries: "L|||0;1;|||;",
  /** Grants permission to describe image repositories in a registry. Access level: List. Resources: repository. https://docs.aws.amazon.com/AmazonECRPublic/latest/APIReference/API_DescribeRepositories.html */
  DescribeRepositories: "L|||1;0;|||;",
  /** Grants permission to retrieve a token that is valid for a specified registry for 12 hours. Access level: Read. https://docs.aws.amazon.com/AmazonECRPublic/latest/APIReference/API_GetAuthorizationToken.html */
  GetAuthorizationToken: "R|||||sts:GetServiceBearerToken|;",
  /** Grants permission to retrieve the catalog data associated with a registry. Access level: Read. Resources: registry*. https://docs.aws.amazon.com/AmazonECRPublic/latest/APIReference/API_GetRegistryCatalogData.html */
  GetRegistryCatalogData: "R|||0;1;|||;",
  /** Grants permission to retrieve the catalog data associated with a repository. Access level: Read. Resources: repository*. https://docs.aws.amazon.com/AmazonECRPublic/latest/APIReference/API_GetRepositoryCatalogData.html */
  GetRepositoryCatalogData: "R|||1;1;|||;",
  /** Grants permission to retrieve the repository policy for a specified repository. Access level: Read. Resources: repository*. https://docs.aws.amazon.com/AmazonECRPublic/latest/APIReference/API_GetRepositoryPolicy.html */
  GetRepositoryPolicy: "R|||1;1;|||;",
  /** Grants permission to notify Amazon ECR that you intend to upload an image layer. Access level: Write. Resources: repository*. https://docs.aws.amazon.com/AmazonECRPublic/latest/APIReference/API_InitiateLayerUpload.html */
  InitiateLayerUpload: "W|||1;1;|||;",
  /** Grants permission to list the tags for an Amazon ECR resource. Access level: Read. Resources: repository*. https://docs.aws.amazon.com/AmazonECRPublic/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||1;1;|||;",
  /** Grants permission to create or update the image manifest associated with an image. Access level: Write. Resources: repository*. https://docs.aws.amazon.com/AmazonECRPublic/latest/APIReference/API_PutImage.html */
  PutImage: "W|||1;1;|||;",
  /** Grants permission to create and update the catalog data associated with a registry. Access level: Write. Resources: registry*. https://docs.aws.amazon.com/AmazonECRPublic/latest/APIReference/API_PutRegistryCatalogData.html */
  PutRegistryCatalogData: "W|||0;1;|||;",
  /** Grants permission to update the catalog data associated with a repository. Access level: Write. Resources: repository*. https://docs.aws.amazon.com/AmazonECRPublic/latest/APIReference/API_PutRepositoryCatalogData.html */
  PutRepositoryCatalogData: "W|||1;1;|||;",
  /** Grants permission to apply a repository policy on a specified repository to control access permissions. Access level: Permissions management. Resources: repository*. https://docs.aws.amazon.com/AmazonECRPublic/latest/APIReference/API_SetRepositoryPolicy.html */
  SetRepositoryPolicy: "P|||1;1;|||;",
  /** Grants permission to tag an Amazon ECR resource. Access level: Tagging. Resources: repository*. https://docs.aws.amazon.com/AmazonECRPublic/latest/APIReference/API_TagResource.html */
  TagResource: "T|||1;1;|0,2||CreateRepository,;",
  /** Grants permission to untag an Amazon ECR resource. Access level: Tagging. Resources: repository*. https://docs.aws.amazon.com/AmazonECRPublic/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||1;1;|2||;",
  /** Grants permission to upload an image layer part to Amazon ECR Public. Access level: Write. Resources: repository*. https://docs.aws.amazon.com/AmazonECRPublic/latest/APIReference/API_UploadLayerPart.html */
  UploadLayerPart: "W|||1;1;|||;",
} as const;
const actionDetails = {
  BatchCheckLayerAvailability:
    "|,;~~~|Grants permission to check the availability of multiple image layers in a specified registry and repository",
  BatchDeleteImage: "|,;~~~|Grants permission to delete a list of specified images within a specified repository",
  CompleteLayerUpload:
    "|,;~~~|Grants permission to inform Amazon ECR that the image layer upload for a specified registry, repository name, and upload ID, has completed",
  CreateRepository: "|,;~~~|Grants permission to create an image repository",
  DeleteRepository: "|,;~~~|Grants permission to delete an existing image repository",
  DeleteRepositoryPolicy: "|,;~~~|Grants permission to delete the repository policy from a specified repository",
  DescribeImageTags: "|,;~~~|Grants permission to describe all the image tags for a given repository",
  DescribeImages:
    "|,;~~~|Grants permission to get metadata about the images in a repository, including image size, image tags, and creation date",
  DescribeRegistries: "|,;~~~|Grants permission to retrieve the catalog data associated with a registry",
  DescribeRepositories: "|,;~~~|Grants permission to describe image repositories in a registry",
  GetAuthorizationToken:
    "|,;~~~|Grants permission to retrieve a token that is valid for a specified registry for 12 hours",
  GetRegistryCatalogData: "|,;~~~|Grants permission to retrieve the catalog data associated with a registry",
  GetRepositoryCatalogData: "|,;~~~|Grants permission to retrieve the catalog data associated with a repository",
  GetRepositoryPolicy: "|,;~~~|Grants permission to retrieve the repository policy for a specified repository",
  InitiateLayerUpload: "|,;~~~|Grants permission to notify Amazon ECR that you intend to upload an image layer",
  ListTagsForResource: "|,;~~~|Grants permission to list the tags for an Amazon ECR resource",
  PutImage: "|,;~~~|Grants permission to create or update the image manifest associated with an image",
  PutRegistryCatalogData: "|,;~~~|Grants permission to create and update the catalog data associated with a registry",
  PutRepositoryCatalogData: "|,;~~~|Grants permission to update the catalog data associated with a repository",
  SetRepositoryPolicy:
    "|,;~~~|Grants permission to apply a repository policy on a specified repository to control access permissions",
  TagResource: "|,;~~~,~~|Grants permission to tag an Amazon ECR resource",
  UntagResource: "|,;~~~|Grants permission to untag an Amazon ECR resource",
  UploadLayerPart: "|,;~~~|Grants permission to upload an image layer part to Amazon ECR Public",
};
const resourceTypeFacts = {
  /** The registry resource type: arn:${Partition}:ecr-public::${Account}:registry/${RegistryId} */
  registry: "|,|",
  /** The repository resource type: arn:${Partition}:ecr-public::${Account}:repository/${RepositoryName} */
  repository: "|,|1,3",
} as const;
const arnFormats = {
  /** ARN of a registry resource: arn:${Partition}:ecr-public::${Account}:registry/${RegistryId}. */
  registry: "|,registry|arn:|Partition|:ecr-public::|Account|:registry/|RegistryId|",
  /** ARN of a repository resource: arn:${Partition}:ecr-public::${Account}:repository/${RepositoryName}. */
  repository: "|,repository|arn:|Partition|:ecr-public::|Account|:repository/|RepositoryName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["registry", "repository"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "ecr-public">;
/** Any ecr-public action. */
export type Action = ActionOf<typeof actionFacts, "ecr-public">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "ecr-public">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "ecr-public" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every ecr-public action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters create requests based on the allowed set of values for each of the tags. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters actions based on tag-value associated with the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters actions based on tag-value associated with the resource. */
  [key: `ecr-public:ResourceTag/${string}`]: "String";
  /** Filters create requests based on the presence of mandatory tags in the request. */
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
  /** ecr-public:ResourceTag/${TagKey} */
  "ecr-public:ResourceTag/${TagKey}": `ecr-public:ResourceTag/${string}`;
}

/** A condition key as the reference writes it. */
export type ConditionKeyName = (typeof conditionKeyList)[number];
/** Condition key -> description, types, deprecation. */
export type ConditionKeyInfos = { readonly [K in ConditionKeyName]: ConditionKeyInfo };
const conditionKeyRows: { readonly [K in ConditionKeyName]: string } = {
  "aws:RequestTag/${TagKey}":
    "|,String|0||Filters create requests based on the allowed set of values for each of the tags",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters actions based on tag-value associated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters create requests based on the presence of mandatory tags in the request",
  "ecr-public:ResourceTag/${TagKey}": "|,String|0||Filters actions based on tag-value associated with the resource",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "ecr-public",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
