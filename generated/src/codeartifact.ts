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
export const prefix: "codeartifact" = "codeartifact";
/** The service's name in the reference. */
export const serviceName: "AWS CodeArtifact" = "AWS CodeArtifact";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS CodeArtifact",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awscodeartifact.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to add an external connection to a repository. Access level: Write. Resources: repository*. https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_AssociateExternalConnection.html */
  AssociateExternalConnection: "W|||3;1;|||",
  /** Grants permission to associate an existing repository as an upstream repository to another repository. Access level: Write. Resources: repository*. https://docs.aws.amazon.com/codeartifact/latest/ug/repos-upstream.html */
  AssociateWithDownstreamRepository: "W|||3;1;|||",
  /** Grants permission to copy package versions from one repository to another repository in the same domain. Access level: Write. Resources: package*, repository*. https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_CopyPackageVersions.html */
  CopyPackageVersions: "W|||1;1;,3;1;|||",
  /** Grants permission to create a new domain. Access level: Write. https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_CreateDomain.html */
  CreateDomain: "W||||0,2||",
  /** Grants permission to create a package group. Access level: Write. https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_CreatePackageGroup.html */
  CreatePackageGroup: "W||||0,2||",
  /** Grants permission to create a new repository. Access level: Write. https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_CreateRepository.html */
  CreateRepository: "W||||0,2||",
  /** Grants permission to delete a domain. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_DeleteDomain.html */
  DeleteDomain: "W|||0;1;|||",
  /** Grants permission to delete the resource policy set on a domain. Access level: Permissions management. Resources: domain*. https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_DeleteDomainPermissionsPolicy.html */
  DeleteDomainPermissionsPolicy: "P|||0;1;|||",
  /** Grants permission to delete a package. Access level: Write. Resources: package*. https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_DeletePackage.html */
  DeletePackage: "W|||1;1;|||",
  /** Grants permission to delete a package group. Access level: Write. Resources: package-group*. https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_DeletePackageGroup.html */
  DeletePackageGroup: "W|||2;1;|||",
  /** Grants permission to delete package versions. Access level: Write. Resources: package*. https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_DeletePackageVersions.html */
  DeletePackageVersions: "W|||1;1;|||",
  /** Grants permission to delete a repository. Access level: Write. Resources: repository*. https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_DeleteRepository.html */
  DeleteRepository: "W|||3;1;|||",
  /** Grants permission to delete the resource policy set on a repository. Access level: Permissions management. Resources: repository*. https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_DeleteRepositoryPermissionsPolicy.html */
  DeleteRepositoryPermissionsPolicy: "P|||3;1;|||",
  /** Grants permission to return information about a domain. Access level: Read. Resources: domain*. https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_DescribeDomain.html */
  DescribeDomain: "R|||0;1;|||",
  /** Grants permission to retrieve information about a package. Access level: Read. Resources: package*. https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_DescribePackage.html */
  DescribePackage: "R|||1;1;|||",
  /** Grants permission to return detailed information about a package group. Access level: Read. Resources: package-group*. https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_DescribePackageGroup.html */
  DescribePackageGroup: "R|||2;1;|||",
  /** Grants permission to return information about a package version. Access level: Read. Resources: package*. https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_DescribePackageVersion.html */
  DescribePackageVersion: "R|||1;1;|||",
  /** Grants permission to return detailed information about a repository. Access level: Read. Resources: repository*. https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_DescribeRepository.html */
  DescribeRepository: "R|||3;1;|||",
  /** Grants permission to disassociate an external connection from a repository. Access level: Write. Resources: repository*. https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_DisassociateExternalConnection.html */
  DisassociateExternalConnection: "W|||3;1;|||",
  /** Grants permission to set the status of package versions to Disposed and delete their assets. Access level: Write. Resources: package*. https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_DisposePackageVersions.html */
  DisposePackageVersions: "W|||1;1;|||",
  /** Grants permission to return a package's associated package group. Access level: Read. Resources: package-group*. https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_GetAssociatedPackageGroup.html */
  GetAssociatedPackageGroup: "R|||2;1;|||",
  /** Grants permission to generate a temporary authentication token for accessing repositories in a domain. Access level: Read. Resources: domain*. https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_GetAuthorizationToken.html */
  GetAuthorizationToken: "R|||0;1;|||",
  /** Grants permission to return a domain's resource policy. Access level: Read. Resources: domain*. https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_GetDomainPermissionsPolicy.html */
  GetDomainPermissionsPolicy: "R|||0;1;|||",
  /** Grants permission to return an asset (or file) that is part of a package version. Access level: Read. Resources: package*. https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_GetPackageVersionAsset.html */
  GetPackageVersionAsset: "R|||1;1;|||",
  /** Grants permission to return a package version's readme file. Access level: Read. Resources: package*. https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_GetPackageVersionReadme.html */
  GetPackageVersionReadme: "R|||1;1;|||",
  /** Grants permission to return an endpoint for a repository. Access level: Read. Resources: repository*. https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_GetRepositoryEndpoint.html */
  GetRepositoryEndpoint: "R|||3;1;|||",
  /** Grants permission to return a repository's resource policy. Access level: Read. Resources: repository*. https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_GetRepositoryPermissionsPolicy.html */
  GetRepositoryPermissionsPolicy: "R|||3;1;|||",
  /** Grants permission to list the allowed repositories for a package group. Access level: List. Resources: package-group*. https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_ListRepositoriesInDomain.html */
  ListAllowedRepositoriesForGroup: "L|||2;1;|||",
  /** Grants permission to list the packages associated to a package group. Access level: List. Resources: package-group*. https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_ListAssociatedPackages.html */
  ListAssociatedPackages: "L|||2;1;|||",
  /** Grants permission to list the domains in the current user's AWS account. Access level: List. https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_ListDomains.html */
  ListDomains: "L||||||",
  /** Grants permission to list the package groups in a domain. Access level: List. Resources: domain*. https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_ListPackageGroups.html */
  ListPackageGroups: "L|||0;1;|||",
  /** Grants permission to list a package version's assets. Access level: List. Resources: package*. https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_ListPackageVersionAssets.html */
  ListPackageVersionAssets: "L|||1;1;|||",
  /** Grants permission to list the direct dependencies of a package version. Access level: List. Resources: package*. https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_ListPackageVersionDependencies.html */
  ListPackageVersionDependencies: "L|||1;1;|||",
  /** Grants permission to list a package's versions. Access level: List. Resources: package*. https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_ListPackageVersions.html */
  ListPackageVersions: "L|||1;1;|||",
  /** Grants permission to list the packages in a repository. Access level: List. Resources: repository*. https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_ListPackages.html */
  ListPackages: "L|||3;1;|||",
  /** Grants permission to list the repositories administered by the calling account. Access level: List. https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_ListRepositories.html */
  ListRepositories: "L||||||",
  /** Grants permission to list the repositories in a domain. Access level: List. Resources: domain*. https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_ListRepositoriesInDomain.html */
  ListRepositoriesInDomain: "L|||0;1;|||",
  /** Grants permission to list the sub package groups for a parent package group. Access level: List. Resources: package-group*. https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_ListSubPackageGroups.html */
  ListSubPackageGroups: "L|||2;1;|||",
  /** Grants permission to list tags for a CodeArtifact resource. Access level: List. Resources: domain, package-group, repository. https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "L|||0;0;,2;0;,3;0;|||",
  /** Grants permission to publish assets and metadata to a repository endpoint. Access level: Write. Resources: package*. https://docs.aws.amazon.com/codeartifact/latest/ug/repo-policies.html */
  PublishPackageVersion: "W|||1;1;|||",
  /** Grants permission to attach a resource policy to a domain. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_PutDomainPermissionsPolicy.html */
  PutDomainPermissionsPolicy: "W|||0;1;|||",
  /** Grants permission to add, modify or remove package metadata using a repository endpoint. Access level: Write. Resources: package*. https://docs.aws.amazon.com/codeartifact/latest/ug/repo-policies.html */
  PutPackageMetadata: "W|||1;1;|||",
  /** Grants permission to set origin configuration for a package. Access level: Write. Resources: package*. https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_PutPackageOriginConfiguration.html */
  PutPackageOriginConfiguration: "W|||1;1;|||",
  /** Grants permission to attach a resource policy to a repository. Access level: Write. Resources: repository*. https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_PutRepositoryPermissionsPolicy.html */
  PutRepositoryPermissionsPolicy: "W|||3;1;|||",
  /** Grants permission to return package assets and metadata from a repository endpoint. Access level: Read. Resources: repository*. https://docs.aws.amazon.com/codeartifact/latest/ug/repo-policies.html */
  ReadFromRepository: "R|||3;1;|||",
  /** Grants permission to tag a CodeArtifact resource. Access level: Tagging. Resources: domain, package-group, repository. https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_TagResource.html */
  TagResource: "T|||0;0;,2;0;,3;0;|0,2||",
  /** Grants permission to remove a tag from a CodeArtifact resource. Access level: Tagging. Resources: domain, package-group, repository. https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,2;0;,3;0;|2||",
  /** Grants permission to modify the properties of a package group. Access level: Write. Resources: package-group*. https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_UpdatePackageGroup.html */
  UpdatePackageGroup: "W|||2;1;|||",
  /** Grants permission to modify the package origin configuration of a package group. Access level: Write. Resources: package-group*. https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_UpdatePackageGroupOriginConfiguration.html */
  UpdatePackageGroupOriginConfiguration: "W|||2;1;|||",
  /** Grants permission to modify the status of one or more versions of a package. Access level: Write. Resources: package*. https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_UpdatePackageVersionsStatus.html */
  UpdatePackageVersionsStatus: "W|||1;1;|||",
  /** Grants permission to modify the properties of a repository. Access level: Write. Resources: repository*. https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_UpdateRepository.html */
  UpdateRepository: "W|||3;1;|||",
} as const;
const actionDetails = {
  AssociateExternalConnection: "|,;~|Grants permission to add an external connection to a repository",
  AssociateWithDownstreamRepository:
    "|,;~|Grants permission to associate an existing repository as an upstream repository to another repository",
  CopyPackageVersions:
    "|,;~|Grants permission to copy package versions from one repository to another repository in the same domain",
  CreateDomain: "|,;~|Grants permission to create a new domain",
  CreatePackageGroup: "|,;~|Grants permission to create a package group",
  CreateRepository: "|,;~|Grants permission to create a new repository",
  DeleteDomain: "|,;~|Grants permission to delete a domain",
  DeleteDomainPermissionsPolicy: "|,;~|Grants permission to delete the resource policy set on a domain",
  DeletePackage: "|,;~|Grants permission to delete a package",
  DeletePackageGroup: "|,;~|Grants permission to delete a package group",
  DeletePackageVersions: "|,;~|Grants permission to delete package versions",
  DeleteRepository: "|,;~|Grants permission to delete a repository",
  DeleteRepositoryPermissionsPolicy: "|,;~|Grants permission to delete the resource policy set on a repository",
  DescribeDomain: "|,;~|Grants permission to return information about a domain",
  DescribePackage: "|,;~|Grants permission to retrieve information about a package",
  DescribePackageGroup: "|,;~|Grants permission to return detailed information about a package group",
  DescribePackageVersion: "|,;~|Grants permission to return information about a package version",
  DescribeRepository: "|,;~|Grants permission to return detailed information about a repository",
  DisassociateExternalConnection: "|,;~|Grants permission to disassociate an external connection from a repository",
  DisposePackageVersions:
    "|,;~|Grants permission to set the status of package versions to Disposed and delete their assets",
  GetAssociatedPackageGroup: "|,;~|Grants permission to return a package's associated package group",
  GetAuthorizationToken:
    "|,;~|Grants permission to generate a temporary authentication token for accessing repositories in a domain",
  GetDomainPermissionsPolicy: "|,;~|Grants permission to return a domain's resource policy",
  GetPackageVersionAsset: "|,;~|Grants permission to return an asset (or file) that is part of a package version",
  GetPackageVersionReadme: "|,;~|Grants permission to return a package version's readme file",
  GetRepositoryEndpoint: "|,;~|Grants permission to return an endpoint for a repository",
  GetRepositoryPermissionsPolicy: "|,;~|Grants permission to return a repository's resource policy",
  ListAllowedRepositoriesForGroup: "|,;~|Grants permission to list the allowed repositories for a package group",
  ListAssociatedPackages: "|,;~|Grants permission to list the packages associated to a package group",
  ListDomains: "|,;~|Grants permission to list the domains in the current user's AWS account",
  ListPackageGroups: "|,;~|Grants permission to list the package groups in a domain",
  ListPackageVersionAssets: "|,;~|Grants permission to list a package version's assets",
  ListPackageVersionDependencies: "|,;~|Grants permission to list the direct dependencies of a package version",
  ListPackageVersions: "|,;~|Grants permission to list a package's versions",
  ListPackages: "|,;~|Grants permission to list the packages in a repository",
  ListRepositories: "|,;~|Grants permission to list the repositories administered by the calling account",
  ListRepositoriesInDomain: "|,;~|Grants permission to list the repositories in a domain",
  ListSubPackageGroups: "|,;~|Grants permission to list the sub package groups for a parent package group",
  ListTagsForResource: "|,;~|Grants permission to list tags for a CodeArtifact resource",
  PublishPackageVersion: "|,;~|Grants permission to publish assets and metadata to a repository endpoint",
  PutDomainPermissionsPolicy: "|,;~|Grants permission to attach a resource policy to a domain",
  PutPackageMetadata: "|,;~|Grants permission to add, modify or remove package metadata using a repository endpoint",
  PutPackageOriginConfiguration: "|,;~|Grants permission to set origin configuration for a package",
  PutRepositoryPermissionsPolicy: "|,;~|Grants permission to attach a resource policy to a repository",
  ReadFromRepository: "|,;~|Grants permission to return package assets and metadata from a repository endpoint",
  TagResource: "|,;~|Grants permission to tag a CodeArtifact resource",
  UntagResource: "|,;~|Grants permission to remove a tag from a CodeArtifact resource",
  UpdatePackageGroup: "|,;~|Grants permission to modify the properties of a package group",
  UpdatePackageGroupOriginConfiguration:
    "|,;~|Grants permission to modify the package origin configuration of a package group",
  UpdatePackageVersionsStatus: "|,;~|Grants permission to modify the status of one or more versions of a package",
  UpdateRepository: "|,;~|Grants permission to modify the properties of a repository",
};
const resourceTypeFacts = {
  /** The domain resource type: arn:${Partition}:codeartifact:${Region}:${Account}:domain/${DomainName} */
  domain: "|,|1",
  /** The package resource type: arn:${Partition}:codeartifact:${Region}:${Account}:package/${DomainName}/${RepositoryName}/${PackageFormat}/${PackageNamespace}/${PackageName} */
  package: "|,package_|",
  /** The package-group resource type: arn:${Partition}:codeartifact:${Region}:${Account}:package-group/${DomainName}${EncodedPackageGroupPattern} */
  "package-group": "|,packageGroup|1",
  /** The repository resource type: arn:${Partition}:codeartifact:${Region}:${Account}:repository/${DomainName}/${RepositoryName} */
  repository: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a domain resource: arn:${Partition}:codeartifact:${Region}:${Account}:domain/${DomainName}. */
  domain: "|,domain|arn:|Partition|:codeartifact:|Region|:|Account|:domain/|DomainName|",
  /** ARN of a package-group resource: arn:${Partition}:codeartifact:${Region}:${Account}:package-group/${DomainName}${EncodedPackageGroupPattern}. */
  packageGroup:
    "|,package-group|arn:|Partition|:codeartifact:|Region|:|Account|:package-group/|DomainName||EncodedPackageGroupPattern|",
  /** ARN of a package resource: arn:${Partition}:codeartifact:${Region}:${Account}:package/${DomainName}/${RepositoryName}/${PackageFormat}/${PackageNamespace}/${PackageName}. */
  package_:
    "|,package|arn:|Partition|:codeartifact:|Region|:|Account|:package/|DomainName|/|RepositoryName|/|PackageFormat|/|PackageNamespace|/|PackageName|",
  /** ARN of a repository resource: arn:${Partition}:codeartifact:${Region}:${Account}:repository/${DomainName}/${RepositoryName}. */
  repository: "|,repository|arn:|Partition|:codeartifact:|Region|:|Account|:repository/|DomainName|/|RepositoryName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["domain", "package", "package-group", "repository"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "codeartifact">;
/** Any codeartifact action. */
export type Action = ActionOf<typeof actionFacts, "codeartifact">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "codeartifact">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "", client: "" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every codeartifact action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the presence of tag key-value pairs in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by tag key-value pairs attached to the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the presence of tag keys in the request. */
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
}

/** A condition key as the reference writes it. */
export type ConditionKeyName = (typeof conditionKeyList)[number];
/** Condition key -> description, types, deprecation. */
export type ConditionKeyInfos = { readonly [K in ConditionKeyName]: ConditionKeyInfo };
const conditionKeyRows: { readonly [K in ConditionKeyName]: string } = {
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by the presence of tag key-value pairs in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by tag key-value pairs attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the presence of tag keys in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "codeartifact",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
