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
export const prefix: "codestar-connections" = "codestar-connections";
/** The service's name in the reference. */
export const serviceName: "AWS CodeStar Connections" = "AWS CodeStar Connections";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS CodeStar Connections",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awscodestarconnections.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "codestar-connections:Branch",
  "codestar-connections:BranchName",
  "codestar-connections:FullRepositoryId",
  "codestar-connections:HostArn",
  "codestar-connections:InstallationId",
  "codestar-connections:OwnerId",
  "codestar-connections:PassedToService",
  "codestar-connections:ProviderAction",
  "codestar-connections:ProviderPermissionsRequired",
  "codestar-connections:ProviderType",
  "codestar-connections:ProviderTypeFilter",
  "codestar-connections:RepositoryName",
  "codestar-connections:VpcId",
] as const;
const dependentActionList = [
  "codeconnections:PassConnection",
  "codeconnections:PassRepository",
  "codeconnections:TagResource",
  "codeconnections:UseConnection",
  "codestar-connections:GetIndividualAccessToken",
  "codestar-connections:PassConnection",
  "codestar-connections:PassRepository",
  "codestar-connections:StartOAuthHandshake",
  "codestar-connections:TagResource",
  "codestar-connections:UseConnection",
  "iam:PassRole",
] as const;
const actionFacts = {
  /** Grants permission to create a Connection resource. Access level: Write. https://docs.aws.amazon.com/codestar-connections/latest/APIReference/API_CreateConnection.html */
  CreateConnection: "W||||0,2,12|codeconnections:CreateConnection,2,8|;",
  /** Grants permission to create a host resource. Access level: Write. https://docs.aws.amazon.com/codestar-connections/latest/APIReference/API_CreateHost.html */
  CreateHost: "W||||0,2,12,15|codeconnections:CreateHost,2,8|;",
  /** Grants permission to create a repository link. Access level: Write. Resources: Connection*. https://docs.aws.amazon.com/codestar-connections/latest/APIReference/API_CreateRepositoryLink.html */
  CreateRepositoryLink: "W|||0;1;|0,2|codeconnections:CreateRepositoryLink,0,2,3,5,8,9|;",
  /** Grants permission to create a template sync config. Access level: Write. Resources: RepositoryLink*. https://docs.aws.amazon.com/codestar-connections/latest/APIReference/API_CreateSyncConfiguration.html */
  CreateSyncConfiguration: "W|||2;1;|3|codeconnections:CreateSyncConfiguration,1,6,10|;",
  /** Grants permission to delete a Connection resource. Access level: Write. Resources: Connection*. https://docs.aws.amazon.com/codestar-connections/latest/APIReference/API_DeleteConnection.html */
  DeleteConnection: "W|||0;1;||codeconnections:DeleteConnection|;",
  /** Grants permission to delete a host resource. Access level: Write. Resources: Host*. https://docs.aws.amazon.com/codestar-connections/latest/APIReference/API_DeleteHost.html */
  DeleteHost: "W|||1;1;||codeconnections:DeleteHost|;",
  /** Grants permission to delete a repository link. Access level: Write. Resources: RepositoryLink*. https://docs.aws.amazon.com/codestar-connections/latest/APIReference/API_DeleteRepositoryLink.html */
  DeleteRepositoryLink: "W|||2;1;||codeconnections:DeleteRepositoryLink|;",
  /** Grants permission to delete a sync configuration. Access level: Write. https://docs.aws.amazon.com/codestar-connections/latest/APIReference/API_DeleteSyncConfiguration.html */
  DeleteSyncConfiguration: "W|||||codeconnections:DeleteSyncConfiguration|;",
  /** Grants permission to get details about a Connection resource. Access level: Read. Resources: Connection*. https://docs.aws.amazon.com/codestar-connections/latest/APIReference/API_GetConnection.html */
  GetConnection: "R|||0;1;||codeconnections:GetConnection|;",
  /** Grants permission to get a Connection token to call provider actions. Access level: Read. Resources: Connection*. Permission only. https://docs.aws.amazon.com/dtconsole/latest/userguide/security-iam.html#permissions-reference-connections-getconnectiontoken */
  GetConnectionToken: "R||1|0;1;|||",
  /** Grants permission to get details about a host resource. Access level: Read. Resources: Host*. https://docs.aws.amazon.com/codestar-connections/latest/APIReference/API_GetHost.html */
  GetHost: "R|||1;1;||codeconnections:GetHost|;",
  /** Grants permission to associate a third party, such as a Bitbucket App installation, with a Connection. Access level: Read. Permission only. https://docs.aws.amazon.com/dtconsole/latest/userguide/security-iam.html#permissions-reference-connections-handshake */
  GetIndividualAccessToken: "R||1||12|7|",
  /** Grants permission to associate a third party, such as a Bitbucket App installation, with a Connection. Access level: Read. Permission only. https://docs.aws.amazon.com/dtconsole/latest/userguide/security-iam.html#permissions-reference-connections-handshake */
  GetInstallationUrl: "R||1||12||",
  /** Grants permission to describe a repository link. Access level: Read. Resources: RepositoryLink*. https://docs.aws.amazon.com/codestar-connections/latest/APIReference/API_GetRepositoryLink.html */
  GetRepositoryLink: "R|||2;1;||codeconnections:GetRepositoryLink|;",
  /** Grants permission to get the latest sync status for a repository. Access level: Read. Resources: RepositoryLink*. https://docs.aws.amazon.com/codestar-connections/latest/APIReference/API_GetRepositorySyncStatus.html */
  GetRepositorySyncStatus: "R|||2;1;|3|codeconnections:GetRepositorySyncStatus|;",
  /** Grants permission to get the latest sync status for a resource (cfn stack or other resources). Access level: Read. https://docs.aws.amazon.com/codestar-connections/latest/APIReference/API_GetResourceSyncStatus.html */
  GetResourceSyncStatus: "R|||||codeconnections:GetResourceSyncStatus|;",
  /** Grants permission to describe service sync blockers on a resource (cfn stack or other resources). Access level: Read. https://docs.aws.amazon.com/codestar-connections/latest/APIReference/API_GetSyncBlockerSummary.html */
  GetSyncBlockerSummary: "R|||||codeconnections:GetSyncBlockerSummary|;",
  /** Grants permission to describe a sync configuration. Access level: Read. https://docs.aws.amazon.com/codestar-connections/latest/APIReference/API_GetSyncConfiguration.html */
  GetSyncConfiguration: "R|||||codeconnections:GetSyncConfiguration|;",
  /** Grants permission to list Connection resources. Access level: List. Resources: Connection*. https://docs.aws.amazon.com/codestar-connections/latest/APIReference/API_ListConnections.html */
  ListConnections: "L|||0;1;|13|codeconnections:ListConnections|;",
  /** Grants permission to list host resources. Access level: List. https://docs.aws.amazon.com/codestar-connections/latest/APIReference/API_ListHosts.html */
  ListHosts: "L||||13|codeconnections:ListHosts|;",
  /** Grants permission to associate a third party, such as a Bitbucket App installation, with a Connection. Access level: List. Permission only. https://docs.aws.amazon.com/dtconsole/latest/userguide/security-iam.html#permissions-reference-connections-handshake */
  ListInstallationTargets: "L||1|||4,7|",
  /** Grants permission to list repository links. Access level: List. https://docs.aws.amazon.com/codestar-connections/latest/APIReference/API_ListRepositoryLinks.html */
  ListRepositoryLinks: "L|||||codeconnections:ListRepositoryLinks|;",
  /** Grants permission to list repository sync definitions. Access level: List. https://docs.aws.amazon.com/codestar-connections/latest/APIReference/API_ListRepositorySyncDefinitions.html */
  ListRepositorySyncDefinitions: "L|||||codeconnections:ListRepositorySyncDefinitions|;",
  /** Grants permission to list sync configurations for a repository link. Access level: List. https://docs.aws.amazon.com/codestar-connections/latest/APIReference/API_ListSyncConfigurations.html */
  ListSyncConfigurations: "L|||||codeconnections:ListSyncConfigurations|;",
  /** Grants permission to the set of key-value pairs that are used to manage the resource. Access level: List. Resources: Connection, Host, RepositoryLink. https://docs.aws.amazon.com/codestar-connections/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "L|||0;0;,1;0;,2;0;||codeconnections:ListTagsForResource|;",
  /** Grants permission to pass a Connection resource to an AWS service that accepts a Connection ARN as input, such as codepipeline:CreatePipeline. Access level: Read. Resources: Connection*. Permission only. https://docs.aws.amazon.com/dtconsole/latest/userguide/security-iam.html#permissions-reference-connections-passconnection */
  PassConnection: "R||1|0;1;|9||CreateRepositoryLink,UpdateRepositoryLink",
  /** Grants permission to pass a repository link resource to an AWS service that accepts a RepositoryLinkId as input, such as codestar-connections:CreateSyncConfiguration. Access level: Read. Resources: RepositoryLink*. Permission only. https://docs.aws.amazon.com/dtconsole/latest/userguide/security-iam.html#permissions-reference-connections-passrepository */
  PassRepository: "R||1|2;1;|9||CreateSyncConfiguration,UpdateSyncConfiguration",
  /** Grants permission to associate a third party server, such as a GitHub Enterprise Server instance, with a Host. Access level: Read. Permission only. https://docs.aws.amazon.com/dtconsole/latest/userguide/security-iam.html#connections-permissions-actions-host-registration */
  RegisterAppCode: "R||1||6||",
  /** Grants permission to associate a third party server, such as a GitHub Enterprise Server instance, with a Host. Access level: Read. Permission only. https://docs.aws.amazon.com/dtconsole/latest/userguide/security-iam.html#connections-permissions-actions-host-registration */
  StartAppRegistrationHandshake: "R||1||6||",
  /** Grants permission to associate a third party, such as a Bitbucket App installation, with a Connection. Access level: Read. Permission only. https://docs.aws.amazon.com/dtconsole/latest/userguide/security-iam.html#permissions-reference-connections-handshake */
  StartOAuthHandshake: "R||1||12||",
  /** Grants permission to add or modify the tags of the given resource. Access level: Tagging. Resources: Connection, Host, RepositoryLink. https://docs.aws.amazon.com/codestar-connections/latest/APIReference/API_TagResource.html */
  TagResource: "T|||0;0;,1;0;,2;0;|0,2|2|CreateConnection,CreateHost,CreateRepositoryLink,;",
  /** Grants permission to remove tags from an AWS resource. Access level: Tagging. Resources: Connection, Host, RepositoryLink. https://docs.aws.amazon.com/codestar-connections/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;|2|codeconnections:UntagResource|;",
  /** Grants permission to update a Connection resource with an installation of the CodeStar Connections App. Access level: Write. Resources: Connection*. https://docs.aws.amazon.com/dtconsole/latest/userguide/security-iam.html#permissions-reference-connections-handshake */
  UpdateConnectionInstallation:
    "W|||0;1;|7|4,codestar-connections:GetInstallationUrl,codestar-connections:ListInstallationTargets,7|",
  /** Grants permission to update a host resource. Access level: Write. Resources: Host*. https://docs.aws.amazon.com/codestar-connections/latest/APIReference/API_UpdateHost.html */
  UpdateHost: "W|||1;1;|15|codeconnections:UpdateHost|;",
  /** Grants permission to update a repository link. Access level: Write. Resources: RepositoryLink*. https://docs.aws.amazon.com/codestar-connections/latest/APIReference/API_UpdateRepositoryLink.html */
  UpdateRepositoryLink: "W|||2;1;||0,codeconnections:UpdateRepositoryLink,3,5,9|;",
  /** Grants permission to update a sync blocker for a resource (cfn stack or other resources). Access level: Write. https://docs.aws.amazon.com/codestar-connections/latest/APIReference/API_UpdateSyncBlocker.html */
  UpdateSyncBlocker: "W|||||codeconnections:UpdateSyncBlocker|;",
  /** Grants permission to update a sync configuration. Access level: Write. https://docs.aws.amazon.com/codestar-connections/latest/APIReference/API_UpdateSyncConfiguration.html */
  UpdateSyncConfiguration: "W||||3|1,codeconnections:UpdateSyncConfiguration,6,10|;",
  /** Grants permission to use a Connection resource to call provider actions. Access level: Read. Resources: Connection*. Permission only. https://docs.aws.amazon.com/dtconsole/latest/userguide/security-iam.html#permissions-reference-connections-use */
  UseConnection: "R||1|0;1;|4,5,8,10,11,14||CreateRepositoryLink,UpdateRepositoryLink",
} as const;
const actionDetails = {
  CreateConnection: "|,;~~~|Grants permission to create a Connection resource",
  CreateHost: "|,;~~~|Grants permission to create a host resource",
  CreateRepositoryLink: "|,;~~~|Grants permission to create a repository link",
  CreateSyncConfiguration: "|,;~~~|Grants permission to create a template sync config",
  DeleteConnection: "|,;~~~|Grants permission to delete a Connection resource",
  DeleteHost: "|,;~~~|Grants permission to delete a host resource",
  DeleteRepositoryLink: "|,;~~~|Grants permission to delete a repository link",
  DeleteSyncConfiguration: "|,;~~~|Grants permission to delete a sync configuration",
  GetConnection: "|,;~~~|Grants permission to get details about a Connection resource",
  GetConnectionToken: "|,;~|Grants permission to get a Connection token to call provider actions",
  GetHost: "|,;~~~|Grants permission to get details about a host resource",
  GetIndividualAccessToken:
    "|,;~|Grants permission to associate a third party, such as a Bitbucket App installation, with a Connection",
  GetInstallationUrl:
    "|,;~|Grants permission to associate a third party, such as a Bitbucket App installation, with a Connection",
  GetRepositoryLink: "|,;~~~|Grants permission to describe a repository link",
  GetRepositorySyncStatus: "|,;~~~|Grants permission to get the latest sync status for a repository",
  GetResourceSyncStatus:
    "|,;~~~|Grants permission to get the latest sync status for a resource (cfn stack or other resources)",
  GetSyncBlockerSummary:
    "|,;~~~|Grants permission to describe service sync blockers on a resource (cfn stack or other resources)",
  GetSyncConfiguration: "|,;~~~|Grants permission to describe a sync configuration",
  ListConnections: "|,;~~~|Grants permission to list Connection resources",
  ListHosts: "|,;~~~|Grants permission to list host resources",
  ListInstallationTargets:
    "|,;~|Grants permission to associate a third party, such as a Bitbucket App installation, with a Connection",
  ListRepositoryLinks: "|,;~~~|Grants permission to list repository links",
  ListRepositorySyncDefinitions: "|,;~~~|Grants permission to list repository sync definitions",
  ListSyncConfigurations: "|,;~~~|Grants permission to list sync configurations for a repository link",
  ListTagsForResource: "|,;~~~|Grants permission to the set of key-value pairs that are used to manage the resource",
  PassConnection:
    "|,;~~~,~~|Grants permission to pass a Connection resource to an AWS service that accepts a Connection ARN as input, such as codepipeline:CreatePipeline",
  PassRepository:
    "|,;~~~,~~|Grants permission to pass a repository link resource to an AWS service that accepts a RepositoryLinkId as input, such as codestar-connections:CreateSyncConfiguration",
  RegisterAppCode:
    "|,;~|Grants permission to associate a third party server, such as a GitHub Enterprise Server instance, with a Host",
  StartAppRegistrationHandshake:
    "|,;~|Grants permission to associate a third party server, such as a GitHub Enterprise Server instance, with a Host",
  StartOAuthHandshake:
    "|,;~|Grants permission to associate a third party, such as a Bitbucket App installation, with a Connection",
  TagResource: "|,;~~~,~~,~~,~~|Grants permission to add or modify the tags of the given resource",
  UntagResource: "|,;~~~|Grants permission to remove tags from an AWS resource",
  UpdateConnectionInstallation:
    "|,;~|Grants permission to update a Connection resource with an installation of the CodeStar Connections App",
  UpdateHost: "|,;~~~|Grants permission to update a host resource",
  UpdateRepositoryLink: "|,;~~~|Grants permission to update a repository link",
  UpdateSyncBlocker: "|,;~~~|Grants permission to update a sync blocker for a resource (cfn stack or other resources)",
  UpdateSyncConfiguration: "|,;~~~|Grants permission to update a sync configuration",
  UseConnection: "|,;~~~,~~|Grants permission to use a Connection resource to call provider actions",
};
const resourceTypeFacts = {
  /** The Connection resource type: arn:${Partition}:codestar-connections:${Region}:${Account}:connection/${ConnectionId} */
  Connection: "|,connection|1",
  /** The Host resource type: arn:${Partition}:codestar-connections:${Region}:${Account}:host/${HostId} */
  Host: "|,host|1",
  /** The RepositoryLink resource type: arn:${Partition}:codestar-connections:${Region}:${Account}:repository-link/${RepositoryLinkId} */
  RepositoryLink: "|,repositoryLink|1",
} as const;
const arnFormats = {
  /** ARN of a Connection resource: arn:${Partition}:codestar-connections:${Region}:${Account}:connection/${ConnectionId}. */
  connection: "|,Connection|arn:|Partition|:codestar-connections:|Region|:|Account|:connection/|ConnectionId|",
  /** ARN of a Host resource: arn:${Partition}:codestar-connections:${Region}:${Account}:host/${HostId}. */
  host: "|,Host|arn:|Partition|:codestar-connections:|Region|:|Account|:host/|HostId|",
  /** ARN of a RepositoryLink resource: arn:${Partition}:codestar-connections:${Region}:${Account}:repository-link/${RepositoryLinkId}. */
  repositoryLink:
    "|,RepositoryLink|arn:|Partition|:codestar-connections:|Region|:|Account|:repository-link/|RepositoryLinkId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["Connection", "Host", "RepositoryLink"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "codestar-connections">;
/** Any codestar-connections action. */
export type Action = ActionOf<typeof actionFacts, "codestar-connections">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "codestar-connections">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "codestar-connections" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every codestar-connections action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the branch name that is passed in the request. */
  "codestar-connections:Branch": "String";
  /** Filters access by the branch name that is passed in the request. Applies only to UseConnection requests for access to a specific repository branch. */
  "codestar-connections:BranchName": "String";
  /** Filters access by the repository that is passed in the request. Applies only to UseConnection requests for access to a specific repository. */
  "codestar-connections:FullRepositoryId": "String";
  /** Filters access by the host resource associated with the connection used in the request. */
  "codestar-connections:HostArn": "ARN";
  /** Filters access by the third-party ID (such as the Bitbucket App installation ID for CodeStar Connections) that is used to update a Connection. Allows you to restrict which third-party App installations can be used to make a Connection. */
  "codestar-connections:InstallationId": "String";
  /** Filters access by the owner of the third-party repository. Applies only to UseConnection requests for access to repositories owned by a specific user. */
  "codestar-connections:OwnerId": "String";
  /** Filters access by the service to which the principal is allowed to pass a Connection or RepositoryLink. */
  "codestar-connections:PassedToService": "String";
  /** Filters access by the provider action in a UseConnection request such as ListRepositories. See documentation for all valid values. */
  "codestar-connections:ProviderAction": "String";
  /** Filters access by the write permissions of a provider action in a UseConnection request. Valid types include read_only and read_write. */
  "codestar-connections:ProviderPermissionsRequired": "String";
  /** Filters access by the type of third-party provider passed in the request. */
  "codestar-connections:ProviderType": "String";
  /** Filters access by the type of third-party provider used to filter results. */
  "codestar-connections:ProviderTypeFilter": "String";
  /** Filters access by the repository name that is passed in the request. Applies only to UseConnection requests for access to repositories owned by a specific user. */
  "codestar-connections:RepositoryName": "String";
  /** Filters access by the VpcId passed in the request. */
  "codestar-connections:VpcId": "String";
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
  "codestar-connections:Branch": "|,String|0||Filters access by the branch name that is passed in the request",
  "codestar-connections:BranchName":
    "|,String|0||Filters access by the branch name that is passed in the request. Applies only to UseConnection requests for access to a specific repository branch",
  "codestar-connections:FullRepositoryId":
    "|,String|0||Filters access by the repository that is passed in the request. Applies only to UseConnection requests for access to a specific repository",
  "codestar-connections:HostArn":
    "|,ARN|0||Filters access by the host resource associated with the connection used in the request",
  "codestar-connections:InstallationId":
    "|,String|0||Filters access by the third-party ID (such as the Bitbucket App installation ID for CodeStar Connections) that is used to update a Connection. Allows you to restrict which third-party App installations can be used to make a Connection",
  "codestar-connections:OwnerId":
    "|,String|0||Filters access by the owner of the third-party repository. Applies only to UseConnection requests for access to repositories owned by a specific user",
  "codestar-connections:PassedToService":
    "|,String|0||Filters access by the service to which the principal is allowed to pass a Connection or RepositoryLink",
  "codestar-connections:ProviderAction":
    "|,String|0||Filters access by the provider action in a UseConnection request such as ListRepositories. See documentation for all valid values",
  "codestar-connections:ProviderPermissionsRequired":
    "|,String|0||Filters access by the write permissions of a provider action in a UseConnection request. Valid types include read_only and read_write",
  "codestar-connections:ProviderType":
    "|,String|0||Filters access by the type of third-party provider passed in the request",
  "codestar-connections:ProviderTypeFilter":
    "|,String|0||Filters access by the type of third-party provider used to filter results",
  "codestar-connections:RepositoryName":
    "|,String|0||Filters access by the repository name that is passed in the request. Applies only to UseConnection requests for access to repositories owned by a specific user",
  "codestar-connections:VpcId": "|,String|0||Filters access by the VpcId passed in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "codestar-connections",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
