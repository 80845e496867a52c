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
export const prefix: "workdocs" = "workdocs";
/** The service's name in the reference. */
export const serviceName: "Amazon WorkDocs" = "Amazon WorkDocs";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon WorkDocs",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonworkdocs.html",
  },
];
const conditionKeyList = [] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to abort the upload of the specified document version that was previously initiated by InitiateDocumentVersionUpload. Access level: Write. https://docs.aws.amazon.com/workdocs/latest/APIReference/API_AbortDocumentVersionUpload.html */
  AbortDocumentVersionUpload: "W||||||;",
  /** Grants permission to activate the specified user. Only active users can access Amazon WorkDocs. Access level: Write. https://docs.aws.amazon.com/workdocs/latest/APIReference/API_ActivateUser.html */
  ActivateUser: "W||||||;",
  /** Grants permission to add principals that are allowed to call notification subscription APIs for a given WorkDocs site. Access level: Write. Permission only. https://docs.aws.amazon.com/workdocs/latest/adminguide/manage-notifications.html */
  AddNotificationPermissions: "W||1||||",
  /** Grants permission to create a set of permissions for the specified folder or document. Access level: Write. https://docs.aws.amazon.com/workdocs/latest/APIReference/API_AddResourcePermissions.html */
  AddResourcePermissions: "W||||||;",
  /** Grants permission to add a user to a group. Access level: Write. Permission only. https://docs.aws.amazon.com/workdocs/latest/adminguide/manage_set_admin.html */
  AddUserToGroup: "W||1||||",
  /** Grants permission to check an alias. Access level: Read. Permission only. https://docs.aws.amazon.com/workdocs/latest/adminguide/cloud_quick_start.html */
  CheckAlias: "R||1||||",
  /** Grants permission to add a new comment to the specified document version. Access level: Write. https://docs.aws.amazon.com/workdocs/latest/APIReference/API_CreateComment.html */
  CreateComment: "W||||||;",
  /** Grants permission to add one or more custom properties to the specified resource. Access level: Write. https://docs.aws.amazon.com/workdocs/latest/APIReference/API_CreateCustomMetadata.html */
  CreateCustomMetadata: "W||||||;",
  /** Grants permission to create a folder with the specified name and parent folder. Access level: Write. https://docs.aws.amazon.com/workdocs/latest/APIReference/API_CreateFolder.html */
  CreateFolder: "W||||||;,UpdateFolder",
  /** Grants permission to create an instance. Access level: Write. Permission only. https://docs.aws.amazon.com/workdocs/latest/adminguide/getting_started.html */
  CreateInstance: "W||1||||",
  /** Grants permission to add labels to the given resource. Access level: Write. https://docs.aws.amazon.com/workdocs/latest/APIReference/API_CreateLabels.html */
  CreateLabels: "W||||||;",
  /** Grants permission to configure WorkDocs to use Amazon SNS notifications. Access level: Write. https://docs.aws.amazon.com/workdocs/latest/APIReference/API_CreateNotificationSubscription.html */
  CreateNotificationSubscription: "W||||||;",
  /** Grants permission to create a user in a Simple AD or Microsoft AD directory. Access level: Write. https://docs.aws.amazon.com/workdocs/latest/APIReference/API_CreateUser.html */
  CreateUser: "W||||||;",
  /** Grants permission to deactivate the specified user, which revokes the user's access to Amazon WorkDocs. Access level: Write. https://docs.aws.amazon.com/workdocs/latest/APIReference/API_DeactivateUser.html */
  DeactivateUser: "W||||||;",
  /** Grants permission to delete the specified comment from the document version. Access level: Write. https://docs.aws.amazon.com/workdocs/latest/APIReference/API_DeleteComment.html */
  DeleteComment: "W||||||",
  /** Grants permission to delete custom metadata from the specified resource. Access level: Write. https://docs.aws.amazon.com/workdocs/latest/APIReference/API_DeleteCustomMetadata.html */
  DeleteCustomMetadata: "W||||||;",
  /** Grants permission to permanently delete the specified document and its associated metadata. Access level: Write. https://docs.aws.amazon.com/workdocs/latest/APIReference/API_DeleteDocument.html */
  DeleteDocument: "W||||||;,UpdateDocument",
  /** Grants permission to delete versions of a specified document. Access level: Write. https://docs.aws.amazon.com/workdocs/latest/APIReference/API_DeleteDocumentVersion.html */
  DeleteDocumentVersion: "W||||||;",
  /** Grants permission to permanently delete the specified folder and its contents. Access level: Write. https://docs.aws.amazon.com/workdocs/latest/APIReference/API_DeleteFolder.html */
  DeleteFolder: "W||||||;",
  /** Grants permission to delete the contents of the specified folder. Access level: Write. https://docs.aws.amazon.com/workdocs/latest/APIReference/API_DeleteFolderContents.html */
  DeleteFolderContents: "W||||||;",
  /** Grants permission to delete an instance. Access level: Write. Permission only. https://docs.aws.amazon.com/workdocs/latest/adminguide/manage-sites.html#delete_site */
  DeleteInstance: "W||1||||",
  /** Grants permission to delete one or more labels from a resource. Access level: Write. https://docs.aws.amazon.com/workdocs/latest/APIReference/API_DeleteLabels.html */
  DeleteLabels: "W||||||;",
  /** Grants permission to delete principals that are allowed to call notification subscription APIs for a given WorkDocs site. Access level: Write. Permission only. https://docs.aws.amazon.com/workdocs/latest/adminguide/manage-notifications.html */
  DeleteNotificationPermissions: "W||1||||",
  /** Grants permission to delete the specified subscription from the specified organization. Access level: Write. https://docs.aws.amazon.com/workdocs/latest/APIReference/API_DeleteNotificationSubscription.html */
  DeleteNotificationSubscription: "W||||||;",
  /** Grants permission to delete the specified user from a Simple AD or Microsoft AD directory. Access level: Write. https://docs.aws.amazon.com/workdocs/latest/APIReference/API_DeleteUser.html */
  DeleteUser: "W||||||;",
  /** Grants permission to deregister a directory. Access level: Write. Permission only. https://docs.aws.amazon.com/workdocs/latest/adminguide/manage-sites.html#delete_site */
  DeregisterDirectory: "W||1||||",
  /** Grants permission to fetch user activities in a specified time period. Access level: List. https://docs.aws.amazon.com/workdocs/latest/APIReference/API_DescribeActivities.html */
  DescribeActivities: "L||||||;",
  /** Grants permission to describe available directories. Access level: List. Permission only. https://docs.aws.amazon.com/workdocs/latest/adminguide/getting_started.html */
  DescribeAvailableDirectories: "L||1||||",
  /** Grants permission to list all the comments for the specified document version. Access level: List. https://docs.aws.amazon.com/workdocs/latest/APIReference/API_DescribeComments.html */
  DescribeComments: "L||||||;",
  /** Grants permission to retrieve the document versions for the specified document. Access level: List. https://docs.aws.amazon.com/workdocs/latest/APIReference/API_DescribeDocumentVersions.html */
  DescribeDocumentVersions: "L||||||;",
  /** Grants permission to describe the contents of the specified folder, including its documents and sub-folders. Access level: List. https://docs.aws.amazon.com/workdocs/latest/APIReference/API_DescribeFolderContents.html */
  DescribeFolderContents: "L||||||;",
  /** Grants permission to describe the user groups. Access level: List. https://docs.aws.amazon.com/workdocs/latest/APIReference/API_DescribeGroups.html */
  DescribeGroups: "L||||||;",
  /** Grants permission to describe the export history for an instance. Access level: List. Permission only. https://docs.aws.amazon.com/workdocs/latest/adminguide/migration-tool.html */
  DescribeInstanceExports: "L||1||||",
  /** Grants permission to describe instances. Access level: List. Permission only. https://docs.aws.amazon.com/workdocs/latest/adminguide/getting_started.html */
  DescribeInstances: "L||1||||",
  /** Grants permission to describe principals that are allowed to call notification subscription APIs for a given WorkDocs site. Access level: List. Permission only. https://docs.aws.amazon.com/workdocs/latest/adminguide/manage-notifications.html */
  DescribeNotificationPermissions: "L||1||||",
  /** Grants permission to list the specified notification subscriptions. Access level: List. https://docs.aws.amazon.com/workdocs/latest/APIReference/API_DescribeNotificationSubscriptions.html */
  DescribeNotificationSubscriptions: "L||||||;",
  /** Grants permission to view a description of a specified resource's permissions. Access level: List. https://docs.aws.amazon.com/workdocs/latest/APIReference/API_DescribeResourcePermissions.html */
  DescribeResourcePermissions: "L||||||;",
  /** Grants permission to describe the root folders. Access level: List. https://docs.aws.amazon.com/workdocs/latest/APIReference/API_DescribeRootFolders.html */
  DescribeRootFolders: "L||||||",
  /** Grants permission to view a description of the specified users. You can describe all users or filter the results (for example, by status or organization). Access level: List. https://docs.aws.amazon.com/workdocs/latest/APIReference/API_DescribeUsers.html */
  DescribeUsers: "L||||||;",
  /** Grants permission to download a specified document version. Access level: Read. Permission only. https://docs.aws.amazon.com/workdocs/latest/APIReference/API_GetDocumentVersion.html */
  DownloadDocumentVersion: "R||1||||GetDocumentVersion",
  /** Grants permission to retrieve the details of the current user. Access level: Read. https://docs.aws.amazon.com/workdocs/latest/APIReference/API_GetCurrentUser.html */
  GetCurrentUser: "R||||||",
  /** Grants permission to retrieve the specified document object. Access level: Read. https://docs.aws.amazon.com/workdocs/latest/APIReference/API_GetDocument.html */
  GetDocument: "R||||||;",
  /** Grants permission to retrieve the path information (the hierarchy from the root folder) for the requested document. Access level: Read. https://docs.aws.amazon.com/workdocs/latest/APIReference/API_GetDocumentPath.html */
  GetDocumentPath: "R||||||;",
  /** Grants permission to retrieve version metadata for the specified document. Access level: Read. https://docs.aws.amazon.com/workdocs/latest/APIReference/API_GetDocumentVersion.html */
  GetDocumentVersion: "R|||||workdocs:DownloadDocumentVersion|;",
  /** Grants permission to retrieve the metadata of the specified folder. Access level: Read. https://docs.aws.amazon.com/workdocs/latest/APIReference/API_GetFolder.html */
  GetFolder: "R||||||;",
  /** Grants permission to retrieve the path information (the hierarchy from the root folder) for the specified folder. Access level: Read. https://docs.aws.amazon.com/workdocs/latest/APIReference/API_GetFolderPath.html */
  GetFolderPath: "R||||||;",
  /** Grants permission to retrieve details for the specified group. Access level: Read. Permission only. https://docs.aws.amazon.com/workdocs/latest/APIReference/API_Operations.html */
  GetGroup: "R||1||||",
  /** Grants permission to get a collection of resources. Access level: Read. https://docs.aws.amazon.com/workdocs/latest/APIReference/API_GetResources.html */
  GetResources: "R||||||;",
  /** Grants permission to create a new document object and version object. Access level: Write. https://docs.aws.amazon.com/workdocs/latest/APIReference/API_InitiateDocumentVersionUpload.html */
  InitiateDocumentVersionUpload: "W||||||;,UpdateDocument",
  /** Grants permission to register a directory. Access level: Write. Permission only. https://docs.aws.amazon.com/workdocs/latest/adminguide/existing-dir-setup.html */
  RegisterDirectory: "W||1||||",
  /** Grants permission to remove all the permissions from the specified resource. Access level: Write. https://docs.aws.amazon.com/workdocs/latest/APIReference/API_RemoveAllResourcePermissions.html */
  RemoveAllResourcePermissions: "W||||||;",
  /** Grants permission to remove the permission for the specified principal from the specified resource. Access level: Write. https://docs.aws.amazon.com/workdocs/latest/APIReference/API_RemoveResourcePermission.html */
  RemoveResourcePermission: "W||||||;",
  /** Grants permission to restore versions of a specified document. Access level: Write. https://docs.aws.amazon.com/workdocs/latest/APIReference/API_RestoreDocumentVersions.html */
  RestoreDocumentVersions: "W||||||;",
  /** Grants permission to search metadata and the content of resources. Access level: List. https://docs.aws.amazon.com/workdocs/latest/APIReference/API_SearchResources.html */
  SearchResources: "L||||||;",
  /** Grants permission to start an export for an instance. Access level: Write. Resources: organization*. Permission only. https://docs.aws.amazon.com/workdocs/latest/adminguide/migration-tool.html */
  StartInstanceExport: "W||1|0;1;|||",
  /** Grants permission to update the specified attributes of the specified document. Access level: Write. https://docs.aws.amazon.com/workdocs/latest/APIReference/API_UpdateDocument.html */
  UpdateDocument: "W|||||workdocs:DeleteDocument,workdocs:InitiateDocumentVersionUpload|;",
  /** Grants permission to change the status of the document version to ACTIVE. Access level: Write. https://docs.aws.amazon.com/workdocs/latest/APIReference/API_UpdateDocumentVersion.html */
  UpdateDocumentVersion: "W||||||;",
  /** Grants permission to update the specified attributes of the specified folder. Access level: Write. https://docs.aws.amazon.com/workdocs/latest/APIReference/API_UpdateFolder.html */
  UpdateFolder: "W|||||workdocs:CreateFolder|;",
  /** Grants permission to update an instance alias. Access level: Write. Permission only. https://docs.aws.amazon.com/workdocs/latest/adminguide/getting_started.html */
  UpdateInstanceAlias: "W||1||||",
  /** Grants permission to update the specified attributes of the specified user, and grants or revokes administrative privileges to the Amazon WorkDocs site. Access level: Write. https://docs.aws.amazon.com/workdocs/latest/APIReference/API_UpdateUser.html */
  UpdateUser: "W|||||workdocs:UpdateUserAdministrativeSettings|;",
  /** Grants permission to update the administrative settings for a user. Access level: Write. Permission only. https://docs.aws.amazon.com/workdocs/latest/adminguide/migration.html */
  UpdateUserAdministrativeSettings: "W||1||||UpdateUser",
} as const;
const actionDetails = {
  AbortDocumentVersionUpload:
    "|,;~~~|Grants permission to abort the upload of the specified document version that was previously initiated by InitiateDocumentVersionUpload",
  ActivateUser: "|,;~~~|Grants permission to activate the specified user. Only active users can access Amazon WorkDocs",
  AddNotificationPermissions:
    "|,;~|Grants permission to add principals that are allowed to call notification subscription APIs for a given WorkDocs site",
  AddResourcePermissions:
    "|,;~~~|Grants permission to create a set of permissions for the specified folder or document",
  AddUserToGroup: "|,;~|Grants permission to add a user to a group",
  CheckAlias: "|,;~|Grants permission to check an alias",
  CreateComment: "|,;~~~|Grants permission to add a new comment to the specified document version",
  CreateCustomMetadata: "|,;~~~|Grants permission to add one or more custom properties to the specified resource",
  CreateFolder: "|,;~~~,~~|Grants permission to create a folder with the specified name and parent folder",
  CreateInstance: "|,;~|Grants permission to create an instance",
  CreateLabels: "|,;~~~|Grants permission to add labels to the given resource",
  CreateNotificationSubscription: "|,;~~~|Grants permission to configure WorkDocs to use Amazon SNS notifications",
  CreateUser: "|,;~~~|Grants permission to create a user in a Simple AD or Microsoft AD directory",
  DeactivateUser:
    "|,;~~~|Grants permission to deactivate the specified user, which revokes the user's access to Amazon WorkDocs",
  DeleteComment: "|,;~|Grants permission to delete the specified comment from the document version",
  DeleteCustomMetadata: "|,;~~~|Grants permission to delete custom metadata from the specified resource",
  DeleteDocument:
    "|,;~~~,~~|Grants permission to permanently delete the specified document and its associated metadata",
  DeleteDocumentVersion: "|,;~~~|Grants permission to delete versions of a specified document",
  DeleteFolder: "|,;~~~|Grants permission to permanently delete the specified folder and its contents",
  DeleteFolderContents: "|,;~~~|Grants permission to delete the contents of the specified folder",
  DeleteInstance: "|,;~|Grants permission to delete an instance",
  DeleteLabels: "|,;~~~|Grants permission to delete one or more labels from a resource",
  DeleteNotificationPermissions:
    "|,;~|Grants permission to delete principals that are allowed to call notification subscription APIs for a given WorkDocs site",
  DeleteNotificationSubscription:
    "|,;~~~|Grants permission to delete the specified subscription from the specified organization",
  DeleteUser: "|,;~~~|Grants permission to delete the specified user from a Simple AD or Microsoft AD directory",
  DeregisterDirectory: "|,;~|Grants permission to deregister a directory",
  DescribeActivities: "|,;~~~|Grants permission to fetch user activities in a specified time period",
  DescribeAvailableDirectories: "|,;~|Grants permission to describe available directories",
  DescribeComments: "|,;~~~|Grants permission to list all the comments for the specified document version",
  DescribeDocumentVersions: "|,;~~~|Grants permission to retrieve the document versions for the specified document",
  DescribeFolderContents:
    "|,;~~~|Grants permission to describe the contents of the specified folder, including its documents and sub-folders",
  DescribeGroups: "|,;~~~|Grants permission to describe the user groups",
  DescribeInstanceExports: "|,;~|Grants permission to describe the export history for an instance",
  DescribeInstances: "|,;~|Grants permission to describe instances",
  DescribeNotificationPermissions:
    "|,;~|Grants permission to describe principals that are allowed to call notification subscription APIs for a given WorkDocs site",
  DescribeNotificationSubscriptions: "|,;~~~|Grants permission to list the specified notification subscriptions",
  DescribeResourcePermissions: "|,;~~~|Grants permission to view a description of a specified resource's permissions",
  DescribeRootFolders: "|,;~|Grants permission to describe the root folders",
  DescribeUsers:
    "|,;~~~|Grants permission to view a description of the specified users. You can describe all users or filter the results (for example, by status or organization)",
  DownloadDocumentVersion: "|,;~~~|Grants permission to download a specified document version",
  GetCurrentUser: "|,;~|Grants permission to retrieve the details of the current user",
  GetDocument: "|,;~~~|Grants permission to retrieve the specified document object",
  GetDocumentPath:
    "|,;~~~|Grants permission to retrieve the path information (the hierarchy from the root folder) for the requested document",
  GetDocumentVersion: "|,;~~~|Grants permission to retrieve version metadata for the specified document",
  GetFolder: "|,;~~~|Grants permission to retrieve the metadata of the specified folder",
  GetFolderPath:
    "|,;~~~|Grants permission to retrieve the path information (the hierarchy from the root folder) for the specified folder",
  GetGroup: "|,;~|Grants permission to retrieve details for the specified group",
  GetResources: "|,;~~~|Grants permission to get a collection of resources",
  InitiateDocumentVersionUpload: "|,;~~~,~~|Grants permission to create a new document object and version object",
  RegisterDirectory: "|,;~|Grants permission to register a directory",
  RemoveAllResourcePermissions: "|,;~~~|Grants permission to remove all the permissions from the specified resource",
  RemoveResourcePermission:
    "|,;~~~|Grants permission to remove the permission for the specified principal from the specified resource",
  RestoreDocumentVersions: "|,;~~~|Grants permission to restore versions of a specified document",
  SearchResources: "|,;~~~|Grants permission to search metadata and the content of resources",
  StartInstanceExport: "|,;~|Grants permission to start an export for an instance",
  UpdateDocument: "|,;~~~|Grants permission to update the specified attributes of the specified document",
  UpdateDocumentVersion: "|,;~~~|Grants permission to change the status of the document version to ACTIVE",
  UpdateFolder: "|,;~~~|Grants permission to update the specified attributes of the specified folder",
  UpdateInstanceAlias: "|,;~|Grants permission to update an instance alias",
  UpdateUser:
    "|,;~~~|Grants permission to update the specified attributes of the specified user, and grants or revokes administrative privileges to the Amazon WorkDocs site",
  UpdateUserAdministrativeSettings: "|,;~~~|Grants permission to update the administrative settings for a user",
};
const resourceTypeFacts = {
  /** The organization resource type: arn:${Partition}:workdocs:${Region}:${Account}:organization/${ResourceId} */
  organization: "|,|",
} as const;
const arnFormats = {
  /** ARN of a organization resource: arn:${Partition}:workdocs:${Region}:${Account}:organization/${ResourceId}. */
  organization: "|,organization|arn:|Partition|:workdocs:|Region|:|Account|:organization/|ResourceId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["organization"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "workdocs">;
/** Any workdocs action. */
export type Action = ActionOf<typeof actionFacts, "workdocs">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "workdocs">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "workdocs" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every workdocs action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
export interface ConditionKeyTypes {}

/** Condition key -> value type. */
export type ConditionKeys = ConditionKeysOf<ConditionKeyTypes>;

/** Condition key with a placeholder, as the reference writes it -> its template-literal key. */
export interface ConditionKeyPatterns {}

/** A condition key as the reference writes it. */
export type ConditionKeyName = (typeof conditionKeyList)[number];
/** Condition key -> description, types, deprecation. */
export type ConditionKeyInfos = { readonly [K in ConditionKeyName]: ConditionKeyInfo };
const conditionKeyRows: { readonly [K in ConditionKeyName]: string } = {};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "workdocs",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
