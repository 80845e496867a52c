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
export const prefix: "sqlworkbench" = "sqlworkbench";
/** The service's name in the reference. */
export const serviceName: "AWS SQL Workbench" = "AWS SQL Workbench";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS SQL Workbench",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssqlworkbench.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to associate connection to a chart. Access level: Write. Resources: chart*, connection*. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  AssociateConnectionWithChart: "W||1|0;1;,1;1;|||",
  /** Grants permission to associate connection to a tab. Access level: Write. Resources: connection*. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  AssociateConnectionWithTab: "W||1|1;1;|||",
  /** Grants permission to associate notebook to a tab. Access level: Write. Resources: notebook*. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  AssociateNotebookWithTab: "W||1|2;1;|||",
  /** Grants permission to associate query to a tab. Access level: Write. Resources: query*. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  AssociateQueryWithTab: "W||1|3;1;|||",
  /** Grants permission to delete folders on your account. Access level: Write. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  BatchDeleteFolder: "W||1||||",
  /** Grants permission to get notebook cells content on your account. Access level: Read. Resources: notebook*. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  BatchGetNotebookCell: "R||1|2;1;|||",
  /** Grants permission to create SQLWorkbench account. Access level: Write. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  CreateAccount: "W||1||||",
  /** Grants permission to create new saved chart on your account. Access level: Write. Resources: chart*. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  CreateChart: "W||1|0;1;|0,2||",
  /** Grants permission to create a new connection on your account. Access level: Write. Resources: connection*. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  CreateConnection: "W||1|1;1;|0,2||",
  /** Grants permission to create folder on your account. Access level: Write. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  CreateFolder: "W||1||||",
  /** Grants permission to create a new notebook on your account. Access level: Write. Resources: notebook*. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  CreateNotebook: "W||1|2;1;|0,2||",
  /** Grants permission to create a notebook cell on your account. Access level: Write. Resources: notebook*. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  CreateNotebookCell: "W||1|2;1;|0,2||",
  /** Grants permission to create a new notebook from a notebook version on your account. Access level: Write. Resources: notebook*. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  CreateNotebookFromVersion: "W||1|2;1;|0,2||",
  /** Grants permission to create a notebook version on your account. Access level: Write. Resources: notebook*. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  CreateNotebookVersion: "W||1|2;1;|0,2||",
  /** Grants permission to create a new saved query on your account. Access level: Write. Resources: query*. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  CreateSavedQuery: "W||1|3;1;|0,2||",
  /** Grants permission to remove charts on your account. Access level: Write. Resources: chart*. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  DeleteChart: "W||1|0;1;|||",
  /** Grants permission to remove connections on your account. Access level: Write. Resources: connection*. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  DeleteConnection: "W||1|1;1;|||",
  /** Grants permission to remove notebooks on your account. Access level: Write. Resources: notebook*. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  DeleteNotebook: "W||1|2;1;|||",
  /** Grants permission to remove notebooks cells on your account. Access level: Write. Resources: notebook*. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  DeleteNotebookCell: "W||1|2;1;|||",
  /** Grants permission to remove notebooks cells on your account. Access level: Write. Resources: notebook*. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  DeleteNotebookVersion: "W||1|2;1;|||",
  /** Grants permission to delete account-wide custom context. Access level: Write. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  DeleteQCustomContext: "W||1||||",
  /** Grants permission to remove saved queries on your account. Access level: Write. Resources: query*. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  DeleteSavedQuery: "W||1|3;1;|||",
  /** Grants permission to delete sql generation context. Access level: Write. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  DeleteSqlGenerationContext: "W||1||||",
  /** Grants permission to remove a tab on your account. Access level: Write. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  DeleteTab: "W||1||||",
  /** Grants permission to execute a query in your redshift cluster. Access level: Write. Resources: connection*. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  DriverExecute: "W||1|1;1;|||",
  /** Grants permission to create a new notebook by duplicating an existing one on your account. Access level: Write. Resources: notebook*. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  DuplicateNotebook: "W||1|2;1;|0,2||",
  /** Grants permission to export a notebook on your account. Access level: Read. Resources: notebook*. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  ExportNotebook: "R||1|2;1;|||",
  /** Grants permission to generate a new session on your account. Access level: Write. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  GenerateSession: "W||1||||",
  /** Grants permission to get account info. Access level: Read. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  GetAccountInfo: "R||1||||",
  /** Grants permission to get account settings. Access level: Read. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  GetAccountSettings: "R||1||||",
  /** Grants permission to get database structure metadata for auto-completion. Access level: Read. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  GetAutocompletionMetadata: "R||1||||",
  /** Grants permission to get database structure information for auto-completion. Access level: Read. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  GetAutocompletionResource: "R||1||||",
  /** Grants permission to get charts on your account. Access level: Read. Resources: chart*. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  GetChart: "R||1|0;1;|||",
  /** Grants permission to get connections on your account. Access level: Read. Resources: connection*. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  GetConnection: "R||1|1;1;|||",
  /** Grants permission to get notebook metadata on your account. Access level: Read. Resources: notebook*. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  GetNotebook: "R||1|2;1;|||",
  /** Grants permission to get the content of a notebook version on your account. Access level: Read. Resources: notebook*. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  GetNotebookVersion: "R||1|2;1;|||",
  /** Grants permission to get account-wide custom context. Access level: Read. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  GetQCustomContext: "R||1||||",
  /** Grants permission to get Q generative SQL maximum prompt quotas. Access level: Read. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  GetQSqlPromptQuotas: "R||1||||",
  /** Grants permission to get text to SQL recommendations. Access level: Read. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  GetQSqlRecommendations: "R||1||||",
  /** Grants permission to get the query execution history on your account. Access level: Read. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  GetQueryExecutionHistory: "R||1||||",
  /** Grants permission to get saved query on your account. Access level: Read. Resources: query*. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  GetSavedQuery: "R||1|3;1;|||",
  /** Grants permission to get the columns and data types inferred from a file. Access level: Read. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  GetSchemaInference: "R||1||||",
  /** Grants permission to get sql generation context. Access level: Read. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  GetSqlGenerationContext: "R||1||||",
  /** Grants permission to get text to SQL recommendations. Access level: Read. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  GetSqlRecommendations: "R||1||||",
  /** Grants permission to get user info. Access level: Read. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  GetUserInfo: "R||1||||",
  /** Grants permission to get workspace settings on your account. Access level: Read. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  GetUserWorkspaceSettings: "R||1||||",
  /** Grants permission to import a notebook on your account. Access level: Write. Resources: notebook*. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  ImportNotebook: "W||1|2;1;|0,2||",
  /** Grants permission to list the connections on your account. Access level: List. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  ListConnections: "L||1||||",
  /** Grants permission to list databases of your redshift cluster. Access level: List. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  ListDatabases: "L||1||||",
  /** Grants permission to list files and folders. Access level: List. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  ListFiles: "L||1||||",
  /** Grants permission to get notebook versions metadata on your account. Access level: List. Resources: notebook*. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  ListNotebookVersions: "L||1|2;1;|||",
  /** Grants permission to list the notebooks on your account. Access level: List. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  ListNotebooks: "L||1||||",
  /** Grants permission to list the query execution history on your account. Access level: List. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  ListQueryExecutionHistory: "L||1||||",
  /** Grants permission to list redshift clusters on your account. Access level: List. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  ListRedshiftClusters: "L||1||||",
  /** Grants permission to list sample databases. Access level: Read. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  ListSampleDatabases: "R||1||||",
  /** Grants permission to list versions of saved query on your account. Access level: List. Resources: query*. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  ListSavedQueryVersions: "L||1|3;1;|||",
  /** Grants permission to list tabs on your account. Access level: List. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  ListTabs: "L||1||||",
  /** Grants permission to list tagged resources. Access level: Read. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  ListTaggedResources: "R||1||||",
  /** Grants permission to list the tags of an sqlworkbench resource. Access level: Read. Resources: chart, connection, notebook, query. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  ListTagsForResource: "R||1|0;0;,1;0;,2;0;,3;0;|||",
  /** Grants permission to provide account settings with the request. Access level: Write. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  PassAccountSettings: "W||1||||",
  /** Grants permission to update account-wide custom context. Access level: Write. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  PutQCustomContext: "W||1||||",
  /** Grants permission to update sql generation context. Access level: Write. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  PutSqlGenerationContext: "W||1||||",
  /** Grants permission to create or update a tab on your account. Access level: Write. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  PutTab: "W||1||||",
  /** Grants permission to update workspace settings on your account. Access level: Write. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  PutUserWorkspaceSettings: "W||1||||",
  /** Grants permission to restore a notebook on your account to a version. Access level: Write. Resources: notebook*. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  RestoreNotebookVersion: "W||1|2;1;|0,2||",
  /** Grants permission to tag an sqlworkbench resource. Access level: Tagging. Resources: chart, connection, notebook, query. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  TagResource: "T||1|0;0;,1;0;,2;0;,3;0;|0,2||",
  /** Grants permission to untag an sqlworkbench resource. Access level: Tagging. Resources: chart, connection, notebook, query. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  UntagResource: "T||1|0;0;,1;0;,2;0;,3;0;|2||",
  /** Grants permission to update account-wide connection settings. Access level: Write. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  UpdateAccountConnectionSettings: "W||1||||",
  /** Grants permission to update account-wide export settings. Access level: Write. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  UpdateAccountExportSettings: "W||1||||",
  /** Grants permission to update account-wide general settings. Access level: Write. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  UpdateAccountGeneralSettings: "W||1||||",
  /** Grants permission to update account-wide text to SQL settings. Access level: Write. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  UpdateAccountQSqlSettings: "W||1||||",
  /** Grants permission to update a chart on your account. Access level: Write. Resources: chart*. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  UpdateChart: "W||1|0;1;|0,2||",
  /** Grants permission to update a connection on your account. Access level: Write. Resources: connection*. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  UpdateConnection: "W||1|1;1;|0,2||",
  /** Grants permission to move files on your account. Access level: Write. Resources: chart, query. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  UpdateFileFolder: "W||1|0;0;,3;0;|||",
  /** Grants permission to update a folder's name and details on your account. Access level: Write. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  UpdateFolder: "W||1||||",
  /** Grants permission to update a notebook metadata on your account. Access level: Write. Resources: notebook*. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  UpdateNotebook: "W||1|2;1;|0,2||",
  /** Grants permission to update a notebook cell content on your account. Access level: Write. Resources: notebook*. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  UpdateNotebookCellContent: "W||1|2;1;|0,2||",
  /** Grants permission to update a notebook cell layout on your account. Access level: Write. Resources: notebook*. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  UpdateNotebookCellLayout: "W||1|2;1;|0,2||",
  /** Grants permission to update a saved query on your account. Access level: Write. Resources: query*. Permission only. https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-policy-resources.resource-permissions.html */
  UpdateSavedQuery: "W||1|3;1;|0,2||",
} as const;
const actionDetails = {
  AssociateConnectionWithChart: "|,;~|Grants permission to associate connection to a chart",
  AssociateConnectionWithTab: "|,;~|Grants permission to associate connection to a tab",
  AssociateNotebookWithTab: "|,;~|Grants permission to associate notebook to a tab",
  AssociateQueryWithTab: "|,;~|Grants permission to associate query to a tab",
  BatchDeleteFolder: "|,;~|Grants permission to delete folders on your account",
  BatchGetNotebookCell: "|,;~|Grants permission to get notebook cells content on your account",
  CreateAccount: "|,;~|Grants permission to create SQLWorkbench account",
  CreateChart: "|,;~|Grants permission to create new saved chart on your account",
  CreateConnection: "|,;~|Grants permission to create a new connection on your account",
  CreateFolder: "|,;~|Grants permission to create folder on your account",
  CreateNotebook: "|,;~|Grants permission to create a new notebook on your account",
  CreateNotebookCell: "|,;~|Grants permission to create a notebook cell on your account",
  CreateNotebookFromVersion: "|,;~|Grants permission to create a new notebook from a notebook version on your account",
  CreateNotebookVersion: "|,;~|Grants permission to create a notebook version on your account",
  CreateSavedQuery: "|,;~|Grants permission to create a new saved query on your account",
  DeleteChart: "|,;~|Grants permission to remove charts on your account",
  DeleteConnection: "|,;~|Grants permission to remove connections on your account",
  DeleteNotebook: "|,;~|Grants permission to remove notebooks on your account",
  DeleteNotebookCell: "|,;~|Grants permission to remove notebooks cells on your account",
  DeleteNotebookVersion: "|,;~|Grants permission to remove notebooks cells on your account",
  DeleteQCustomContext: "|,;~|Grants permission to delete account-wide custom context",
  DeleteSavedQuery: "|,;~|Grants permission to remove saved queries on your account",
  DeleteSqlGenerationContext: "|,;~|Grants permission to delete sql generation context",
  DeleteTab: "|,;~|Grants permission to remove a tab on your account",
  DriverExecute: "|,;~|Grants permission to execute a query in your redshift cluster",
  DuplicateNotebook: "|,;~|Grants permission to create a new notebook by duplicating an existing one on your account",
  ExportNotebook: "|,;~|Grants permission to export a notebook on your account",
  GenerateSession: "|,;~|Grants permission to generate a new session on your account",
  GetAccountInfo: "|,;~|Grants permission to get account info",
  GetAccountSettings: "|,;~|Grants permission to get account settings",
  GetAutocompletionMetadata: "|,;~|Grants permission to get database structure metadata for auto-completion",
  GetAutocompletionResource: "|,;~|Grants permission to get database structure information for auto-completion",
  GetChart: "|,;~|Grants permission to get charts on your account",
  GetConnection: "|,;~|Grants permission to get connections on your account",
  GetNotebook: "|,;~|Grants permission to get notebook metadata on your account",
  GetNotebookVersion: "|,;~|Grants permission to get the content of a notebook version on your account",
  GetQCustomContext: "|,;~|Grants permission to get account-wide custom context",
  GetQSqlPromptQuotas: "|,;~|Grants permission to get Q generative SQL maximum prompt quotas",
  GetQSqlRecommendations: "|,;~|Grants permission to get text to SQL recommendations",
  GetQueryExecutionHistory: "|,;~|Grants permission to get the query execution history on your account",
  GetSavedQuery: "|,;~|Grants permission to get saved query on your account",
  GetSchemaInference: "|,;~|Grants permission to get the columns and data types inferred from a file",
  GetSqlGenerationContext: "|,;~|Grants permission to get sql generation context",
  GetSqlRecommendations: "|,;~|Grants permission to get text to SQL recommendations",
  GetUserInfo: "|,;~|Grants permission to get user info",
  GetUserWorkspaceSettings: "|,;~|Grants permission to get workspace settings on your account",
  ImportNotebook: "|,;~|Grants permission to import a notebook on your account",
  ListConnections: "|,;~|Grants permission to list the connections on your account",
  ListDatabases: "|,;~|Grants permission to list databases of your redshift cluster",
  ListFiles: "|,;~|Grants permission to list files and folders",
  ListNotebookVersions: "|,;~|Grants permission to get notebook versions metadata on your account",
  ListNotebooks: "|,;~|Grants permission to list the notebooks on your account",
  ListQueryExecutionHistory: "|,;~|Grants permission to list the query execution history on your account",
  ListRedshiftClusters: "|,;~|Grants permission to list redshift clusters on your account",
  ListSampleDatabases: "|,;~|Grants permission to list sample databases",
  ListSavedQueryVersions: "|,;~|Grants permission to list versions of saved query on your account",
  ListTabs: "|,;~|Grants permission to list tabs on your account",
  ListTaggedResources: "|,;~|Grants permission to list tagged resources",
  ListTagsForResource: "|,;~|Grants permission to list the tags of an sqlworkbench resource",
  PassAccountSettings: "|,;~|Grants permission to provide account settings with the request",
  PutQCustomContext: "|,;~|Grants permission to update account-wide custom context",
  PutSqlGenerationContext: "|,;~|Grants permission to update sql generation context",
  PutTab: "|,;~|Grants permission to create or update a tab on your account",
  PutUserWorkspaceSettings: "|,;~|Grants permission to update workspace settings on your account",
  RestoreNotebookVersion: "|,;~|Grants permission to restore a notebook on your account to a version",
  TagResource: "|,;~|Grants permission to tag an sqlworkbench resource",
  UntagResource: "|,;~|Grants permission to untag an sqlworkbench resource",
  UpdateAccountConnectionSettings: "|,;~|Grants permission to update account-wide connection settings",
  UpdateAccountExportSettings: "|,;~|Grants permission to update account-wide export settings",
  UpdateAccountGeneralSettings: "|,;~|Grants permission to update account-wide general settings",
  UpdateAccountQSqlSettings: "|,;~|Grants permission to update account-wide text to SQL settings",
  UpdateChart: "|,;~|Grants permission to update a chart on your account",
  UpdateConnection: "|,;~|Grants permission to update a connection on your account",
  UpdateFileFolder: "|,;~|Grants permission to move files on your account",
  UpdateFolder: "|,;~|Grants permission to update a folder's name and details on your account",
  UpdateNotebook: "|,;~|Grants permission to update a notebook metadata on your account",
  UpdateNotebookCellContent: "|,;~|Grants permission to update a notebook cell content on your account",
  UpdateNotebookCellLayout: "|,;~|Grants permission to update a notebook cell layout on your account",
  UpdateSavedQuery: "|,;~|Grants permission to update a saved query on your account",
};
const resourceTypeFacts = {
  /** The chart resource type: arn:${Partition}:sqlworkbench:${Region}:${Account}:chart/${ResourceId} */
  chart: "|,|1",
  /** The connection resource type: arn:${Partition}:sqlworkbench:${Region}:${Account}:connection/${ResourceId} */
  connection: "|,|1",
  /** The notebook resource type: arn:${Partition}:sqlworkbench:${Region}:${Account}:notebook/${ResourceId} */
  notebook: "|,|1",
  /** The query resource type: arn:${Partition}:sqlworkbench:${Region}:${Account}:query/${ResourceId} */
  query: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a chart resource: arn:${Partition}:sqlworkbench:${Region}:${Account}:chart/${ResourceId}. */
  chart: "|,chart|arn:|Partition|:sqlworkbench:|Region|:|Account|:chart/|ResourceId|",
  /** ARN of a connection resource: arn:${Partition}:sqlworkbench:${Region}:${Account}:connection/${ResourceId}. */
  connection: "|,connection|arn:|Partition|:sqlworkbench:|Region|:|Account|:connection/|ResourceId|",
  /** ARN of a notebook resource: arn:${Partition}:sqlworkbench:${Region}:${Account}:notebook/${ResourceId}. */
  notebook: "|,notebook|arn:|Partition|:sqlworkbench:|Region|:|Account|:notebook/|ResourceId|",
  /** ARN of a query resource: arn:${Partition}:sqlworkbench:${Region}:${Account}:query/${ResourceId}. */
  query: "|,query|arn:|Partition|:sqlworkbench:|Region|:|Account|:query/|ResourceId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["chart", "connection", "notebook", "query"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "sqlworkbench">;
/** Any sqlworkbench action. */
export type Action = ActionOf<typeof actionFacts, "sqlworkbench">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "sqlworkbench">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "", client: "" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every sqlworkbench action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the tags that are associated with the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the tag keys that are passed in the request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by the tags that are passed in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by the tags that are associated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the tag keys that are passed in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "sqlworkbench",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
