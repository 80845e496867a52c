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
export const prefix: "athena" = "athena";
/** The service's name in the reference. */
export const serviceName: "Amazon Athena" = "Amazon Athena";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Athena",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonathena.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["athena:TagResource", "iam:PassRole"] as const;
const actionFacts = {
  /** Grants permission to get information about one or more named queries. Access level: Read. Resources: workgroup*. https://docs.aws.amazon.com/athena/latest/APIReference/API_BatchGetNamedQuery.html */
  BatchGetNamedQuery: "R|||3;1;|||;",
  /** Grants permission to get information about one or more prepared statements. Access level: Read. Resources: workgroup*. https://docs.aws.amazon.com/athena/latest/APIReference/API_BatchGetPreparedStatement.html */
  BatchGetPreparedStatement: "R|||3;1;|||;",
  /** Grants permission to get information about one or more query executions. Access level: Read. Resources: workgroup*. https://docs.aws.amazon.com/athena/latest/APIReference/API_BatchGetQueryExecution.html */
  BatchGetQueryExecution: "R|||3;1;|||;",
  /** Grants permission to cancel a capacity reservation. Access level: Write. Resources: capacity-reservation*. https://docs.aws.amazon.com/athena/latest/APIReference/API_CancelCapacityReservation.html */
  CancelCapacityReservation: "W|||0;1;|||;",
  /** Grants permission to cancel query execution. Deprecated. Applies only to AWS services and principals that use Athena JDBC driver earlier than 1.1.0. Use StopQueryExecution otherwise. Access level: Write. Resources: workgroup*. https://docs.aws.amazon.com/athena/latest/APIReference/API_StopQueryExecution.html */
  CancelQueryExecution: "W|||3;1;|||",
  /** Grants permission to create a capacity reservation. Access level: Write. Resources: capacity-reservation*. https://docs.aws.amazon.com/athena/latest/APIReference/API_CreateCapacityReservation.html */
  CreateCapacityReservation: "W|||0;1;|0,2|0|;",
  /** Grants permission to create a datacatalog. Access level: Write. Resources: datacatalog*. https://docs.aws.amazon.com/athena/latest/APIReference/API_CreateDataCatalog.html */
  CreateDataCatalog: "W|||1;1;|0,2|0|;",
  /** Grants permission to create a named query. Access level: Write. Resources: workgroup*. https://docs.aws.amazon.com/athena/latest/APIReference/API_CreateNamedQuery.html */
  CreateNamedQuery: "W|||3;1;|||;",
  /** Grants permission to create a notebook. Access level: Write. Resources: workgroup*. https://docs.aws.amazon.com/athena/latest/APIReference/API_CreateNotebook.html */
  CreateNotebook: "W|||3;1;|||;",
  /** Grants permission to create a prepared statement. Access level: Write. Resources: workgroup*. https://docs.aws.amazon.com/athena/latest/APIReference/API_CreatePreparedStatement.html */
  CreatePreparedStatement: "W|||3;1;|||;",
  /** Grants permission to create a presigned notebook url. Access level: Write. Resources: workgroup*. https://docs.aws.amazon.com/athena/latest/APIReference/API_CreatePresignedNotebookUrl.html */
  CreatePresignedNotebookUrl: "W|||3;1;|||;",
  /** Grants permission to create a workgroup. Access level: Write. Resources: workgroup*. https://docs.aws.amazon.com/athena/latest/APIReference/API_CreateWorkGroup.html */
  CreateWorkGroup: "W|||3;1;|0,2|0,1|;",
  /** Grants permission to delete a capacity reservation. Access level: Write. Resources: capacity-reservation*. https://docs.aws.amazon.com/athena/latest/APIReference/API_DeleteCapacityReservation.html */
  DeleteCapacityReservation: "W|||0;1;|||;",
  /** Grants permission to delete a datacatalog. Access level: Write. Resources: datacatalog*. https://docs.aws.amazon.com/athena/latest/APIReference/API_DeleteDataCatalog.html */
  DeleteDataCatalog: "W|||1;1;|||;",
  /** Grants permission to delete a named query specified. Access level: Write. Resources: workgroup*. https://docs.aws.amazon.com/athena/latest/APIReference/API_DeleteNamedQuery.html */
  DeleteNamedQuery: "W|||3;1;|||;",
  /** Grants permission to delete a notebook. Access level: Write. Resources: workgroup*. https://docs.aws.amazon.com/athena/latest/APIReference/API_DeleteNotebook.html */
  DeleteNotebook: "W|||3;1;|||;",
  /** Grants permission to delete a prepared statement specified. Access level: Write. Resources: workgroup*. https://docs.aws.amazon.com/athena/latest/APIReference/API_DeletePreparedStatement.html */
  DeletePreparedStatement: "W|||3;1;|||;",
  /** Grants permission to delete a workgroup. Access level: Write. Resources: workgroup*. https://docs.aws.amazon.com/athena/latest/APIReference/API_DeleteWorkGroup.html */
  DeleteWorkGroup: "W|||3;1;|||;",
  /** Grants permission to export a notebook. Access level: Write. Resources: workgroup*. https://docs.aws.amazon.com/athena/latest/APIReference/API_ExportNotebook.html */
  ExportNotebook: "W|||3;1;|||;",
  /** Grants permission to get a calculation execution. Access level: Read. Resources: workgroup*. https://docs.aws.amazon.com/athena/latest/APIReference/API_GetCalculationExecution.html */
  GetCalculationExecution: "R|||3;1;|||;",
  /** Grants permission to get a calculation execution code. Access level: Read. Resources: workgroup*. https://docs.aws.amazon.com/athena/latest/APIReference/API_GetCalculationExecutionCode.html */
  GetCalculationExecutionCode: "R|||3;1;|||;",
  /** Grants permission to get a calculation execution status. Access level: Read. Resources: workgroup*. https://docs.aws.amazon.com/athena/latest/APIReference/API_GetCalculationExecutionStatus.html */
  GetCalculationExecutionStatus: "R|||3;1;|||;",
  /** Grants permission to get capacity assignment information for a capacity reservation. Access level: Read. Resources: capacity-reservation*. https://docs.aws.amazon.com/athena/latest/APIReference/API_GetCapacityAssignmentConfiguration.html */
  GetCapacityAssignmentConfiguration: "R|||0;1;|||;",
  /** Grants permission to get a capacity reservation. Access level: Read. Resources: capacity-reservation*. https://docs.aws.amazon.com/athena/latest/APIReference/API_GetCapacityReservation.html */
  GetCapacityReservation: "R|||0;1;|||;",
  /** Grants permission to enable access to databases and tables. Applies only to AWS services managed policy and principals that use an Athena JDBC driver version 1.1.0. Access level: Read. https://docs.aws.amazon.com/athena/latest/ug/connect-with-previous-jdbc.html#jdbc-prev-version-policies */
  GetCatalogs: "R||||||",
  /** Grants permission to get a datacatalog. Access level: Read. Resources: datacatalog*. https://docs.aws.amazon.com/athena/latest/APIReference/API_GetDataCatalog.html */
  GetDataCatalog: "R|||1;1;|||;",
  /** Grants permission to get a database for a given datacatalog. Access level: Read. Resources: datacatalog*. https://docs.aws.amazon.com/athena/latest/APIReference/API_GetDatabase.html */
  GetDatabase: "R|||1;1;|||;",
  /** Grants permission to enable access to the specified database and table. Applies only to AWS services managed policy and principals that use an Athena JDBC driver version 1.1.0. Access level: Read. https://docs.aws.amazon.com/athena/latest/ug/connect-with-previous-jdbc.html#jdbc-prev-version-policies */
  GetExecutionEngine: "R||||||",
  /** Grants permission to enable access to databases and tables. Applies only to AWS services managed policy and principals that use an Athena JDBC driver version 1.1.0. Access level: Read. https://docs.aws.amazon.com/athena/latest/ug/connect-with-previous-jdbc.html#jdbc-prev-version-policies */
  GetExecutionEngines: "R||||||",
  /** Grants permission to get information about the specified named query. Access level: Read. Resources: workgroup*. https://docs.aws.amazon.com/athena/latest/APIReference/API_GetNamedQuery.html */
  GetNamedQuery: "R|||3;1;|||;",
  /** Grants permission to enable access to the specified database and table. Applies only to AWS services managed policy and principals that use an Athena JDBC driver version 1.1.0. Access level: Read. https://docs.aws.amazon.com/athena/latest/ug/connect-with-previous-jdbc.html#jdbc-prev-version-policies */
  GetNamespace: "R||||||",
  /** Grants permission to enable access to databases and tables. Applies only to AWS services managed policy and principals that use an Athena JDBC driver version 1.1.0. Access level: Read. https://docs.aws.amazon.com/athena/latest/ug/connect-with-previous-jdbc.html#jdbc-prev-version-policies */
  GetNamespaces: "R||||||",
  /** Grants permission to get notebook metadata. Access level: Read. Resources: workgroup*. https://docs.aws.amazon.com/athena/latest/APIReference/API_GetNotebookMetadata.html */
  GetNotebookMetadata: "R|||3;1;|||;",
  /** Grants permission to get information about the specified prepared statement. Access level: Read. Resources: workgroup*. https://docs.aws.amazon.com/athena/latest/APIReference/API_GetPreparedStatement.html */
  GetPreparedStatement: "R|||3;1;|||;",
  /** Grants permission to get information about the specified query execution. Access level: Read. Resources: workgroup*. https://docs.aws.amazon.com/athena/latest/APIReference/API_GetQueryExecution.html */
  GetQueryExecution: "R|||3;1;|||;",
  /** Grants permission to get query executions. Deprecated. Applies only to AWS services and principals that use Athena JDBC driver earlier than 1.1.0. Use ListQueryExecutions otherwise. Access level: Read. https://docs.aws.amazon.com/athena/latest/APIReference/API_ListQueryExecutions.html */
  GetQueryExecutions: "R||||||",
  /** Grants permission to get the query results. Access level: Read. Resources: workgroup*. https://docs.aws.amazon.com/athena/latest/APIReference/API_GetQueryResults.html */
  GetQueryResults: "R|||3;1;|||;",
  /** Grants permission to get the query results stream. Access level: Read. Resources: workgroup*. https://docs.aws.amazon.com/athena/latest/ug/jdbc-v3-driver.html#jdbc-v3-driver-download */
  GetQueryResultsStream: "R|||3;1;|||",
  /** Grants permission to get runtime statistics for the specified query execution. Access level: Read. Resources: workgroup*. https://docs.aws.amazon.com/athena/latest/APIReference/API_GetQueryRuntimeStatistics.html */
  GetQueryRuntimeStatistics: "R|||3;1;|||;",
  /** Grants permission to get a Live UI/Persistence UI for a session. Access level: Read. Resources: session, workgroup*. https://docs.aws.amazon.com/athena/latest/APIReference/API_GetResourceDashboard.html */
  GetResourceDashboard: "R|||2;0;,3;1;|||;",
  /** Grants permission to get a session. Access level: Read. Resources: session, workgroup*. https://docs.aws.amazon.com/athena/latest/APIReference/API_GetSession.html */
  GetSession: "R|||2;0;,3;1;|||;",
  /** Grants permission to get a connection endpoint and authentication token for a given session Id. Access level: Write. Resources: session, workgroup*. https://docs.aws.amazon.com/athena/latest/APIReference/API_GetSessionEndpoint.html */
  GetSessionEndpoint: "W|||2;0;,3;1;|||;",
  /** Grants permission to get a session status. Access level: Read. Resources: session, workgroup*. https://docs.aws.amazon.com/athena/latest/APIReference/API_GetSessionStatus.html */
  GetSessionStatus: "R|||2;0;,3;1;|||;",
  /** Grants permission to enable access to the specified table. Applies only to AWS services managed policy and principals that use an Athena JDBC driver version 1.1.0. Access level: Read. https://docs.aws.amazon.com/athena/latest/ug/connect-with-previous-jdbc.html#jdbc-prev-version-policies */
  GetTable: "R||||||",
  /** Grants permission to get a metadata about a table for a given datacatalog. Access level: Read. Resources: datacatalog*. https://docs.aws.amazon.com/athena/latest/APIReference/API_GetTableMetadata.html */
  GetTableMetadata: "R|||1;1;|||;",
  /** Grants permission to enable access to tables. Applies only to AWS services managed policy and principals that use an Athena JDBC driver version 1.1.0. Access level: Read. https://docs.aws.amazon.com/athena/latest/ug/connect-with-previous-jdbc.html#jdbc-prev-version-policies */
  GetTables: "R||||||",
  /** Grants permission to get a workgroup. Access level: Read. Resources: workgroup*. https://docs.aws.amazon.com/athena/latest/APIReference/API_GetWorkGroup.html */
  GetWorkGroup: "R|||3;1;|||;",
  /** Grants permission to import a notebook. Access level: Write. Resources: workgroup*. https://docs.aws.amazon.com/athena/latest/APIReference/API_ImportNotebook.html */
  ImportNotebook: "W|||3;1;|||;",
  /** Grants permission to return a list of ApplicationRuntimeIds. Access level: List. https://docs.aws.amazon.com/athena/latest/APIReference/API_ListApplicationDPUSizes.html */
  ListApplicationDPUSizes: "L||||||;",
  /** Grants permission to return a list of calculation executions. Access level: List. Resources: workgroup*. https://docs.aws.amazon.com/athena/latest/APIReference/API_ListCalculationExecutions.html */
  ListCalculationExecutions: "L|||3;1;|||;",
  /** Grants permission to return a list of capacity reservations for the specified AWS account. Access level: List. https://docs.aws.amazon.com/athena/latest/APIReference/API_ListCapacityReservations.html */
  ListCapacityReservations: "L||||||;",
  /** Grants permission to return a list of datacatalogs for the specified AWS account. Access level: List. https://docs.aws.amazon.com/athena/latest/APIReference/API_ListDataCatalogs.html */
  ListDataCatalogs: "L||||||;",
  /** Grants permission to return a list of databases for a given datacatalog. Access level: List. Resources: datacatalog*. https://docs.aws.amazon.com/athena/latest/APIReference/API_ListDatabases.html */
  ListDatabases: "L|||1;1;|||;",
  /** Grants permission to return a list of athena engine versions for the specified AWS account. Access level: Read. https://docs.aws.amazon.com/athena/latest/APIReference/API_ListEngineVersions.html */
  ListEngineVersions: "R||||||;",
  /** Grants permission to return a list of executors. Access level: List. https://docs.aws.amazon.com/athena/latest/APIReference/API_ListExecutors.html */
  ListExecutors: "L||||||;",
  /** Grants permission to return a list of named queries in Amazon Athena for the specified AWS account. Access level: List. Resources: workgroup*. https://docs.aws.amazon.com/athena/latest/APIReference/API_ListNamedQueries.html */
  ListNamedQueries: "L|||3;1;|||;",
  /** Grants permission to return a list of notebooks for a given workgroup. Access level: List. Resources: workgroup*. https://docs.aws.amazon.com/athena/latest/APIReference/API_ListNotebookMetadata.html */
  ListNotebookMetadata: "L|||3;1;|||;",
  /** Grants permission to return a list of sessions for a given notebook. Access level: List. Resources: workgroup*. https://docs.aws.amazon.com/athena/latest/APIReference/API_ListNotebookSessions.html */
  ListNotebookSessions: "L|||3;1;|||;",
  /** Grants permission to return a list of prepared statements for the specified workgroup. Access level: List. Resources: workgroup*. https://docs.aws.amazon.com/athena/latest/APIReference/API_ListPreparedStatements.html */
  ListPreparedStatements: "L|||3;1;|||;",
  /** Grants permission to return a list of query executions for the specified AWS account. Access level: Read. Resources: workgroup*. https://docs.aws.amazon.com/athena/latest/APIReference/API_ListQueryExecutions.html */
  ListQueryExecutions: "R|||3;1;|||;",
  /** Grants permission to return a list of sessions for a given workgroup. Access level: List. Resources: workgroup*. https://docs.aws.amazon.com/athena/latest/APIReference/API_ListSessions.html */
  ListSessions: "L|||3;1;|||;",
  /** Grants permission to return a list of table metadata in a database for a given datacatalog. Access level: Read. Resources: datacatalog*. https://docs.aws.amazon.com/athena/latest/APIReference/API_ListTableMetadata.html */
  ListTableMetadata: "R|||1;1;|||;",
  /** Grants permission to return a list of tags for a resource. Access level: Read. Resources: capacity-reservation*, datacatalog*, session*, workgroup*. https://docs.aws.amazon.com/athena/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;1;,1;1;,2;1;,3;1;|||;,StartSession",
  /** Grants permission to return a list of workgroups for the specified AWS account. Access level: List. https://docs.aws.amazon.com/athena/latest/APIReference/API_ListWorkGroups.html */
  ListWorkGroups: "L||||||;",
  /** Grants permission to assign capacity from a capacity reservation to queries. Access level: Write. Resources: capacity-reservation*, workgroup*. https://docs.aws.amazon.com/athena/latest/APIReference/API_PutCapacityAssignmentConfiguration.html */
  PutCapacityAssignmentConfiguration: "W|||0;1;,3;1;|||;",
  /** Grants permission to run a query. Deprecated. Applies only to AWS services and principals that use Athena JDBC driver earlier than 1.1.0. Use StartQueryExecution otherwise. Access level: Write. https://docs.aws.amazon.com/athena/latest/APIReference/API_StartQueryExecution.html */
  RunQuery: "W||||||",
  /** Grants permission to start a calculation execution. Access level: Write. Resources: workgroup*. https://docs.aws.amazon.com/athena/latest/APIReference/API_StartCalculationExecution.html */
  StartCalculationExecution: "W|||3;1;|||;",
  /** Grants permission to start a query execution using an SQL query provided as a string. Access level: Write. Resources: workgroup*. https://docs.aws.amazon.com/athena/latest/APIReference/API_StartQueryExecution.html */
  StartQueryExecution: "W|||3;1;|||;",
  /** Grants permission to start a session. Access level: Write. Resources: session, workgroup*. https://docs.aws.amazon.com/athena/latest/APIReference/API_StartSession.html */
  StartSession: "W|||2;0;,3;1;|0,2|athena:ListTagsForResource,0,1|;",
  /** Grants permission to stop a calculation execution. Access level: Write. Resources: workgroup*. https://docs.aws.amazon.com/athena/latest/APIReference/API_StopCalculationExecution.html */
  StopCalculationExecution: "W|||3;1;|||;",
  /** Grants permission to stop the specified query execution. Access level: Write. Resources: workgroup*. https://docs.aws.amazon.com/athena/latest/APIReference/API_StopQueryExecution.html */
  StopQueryExecution: "W|||3;1;|||;",
  /** Grants permission to add a tag to a resource. Access level: Tagging. Resources: capacity-reservation*, datacatalog*, session*, workgroup*. https://docs.aws.amazon.com/athena/latest/APIReference/API_TagResource.html */
  TagResource:
    "T|||0;1;,1;1;,2;1;,3;1;|0,2||CreateCapacityReservation,CreateDataCatalog,CreateWorkGroup,StartSession,;",
  /** Grants permission to terminate a session. Access level: Write. Resources: session, workgroup*. https://docs.aws.amazon.com/athena/latest/APIReference/API_TerminateSession.html */
  TerminateSession: "W|||2;0;,3;1;|||;",
  /** Grants permission to remove a tag from a resource. Access level: Tagging. Resources: capacity-reservation*, datacatalog*, session*, workgroup*. https://docs.aws.amazon.com/athena/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;1;,1;1;,2;1;,3;1;|2||;",
  /** Grants permission to update a capacity reservation. Access level: Write. Resources: capacity-reservation*. https://docs.aws.amazon.com/athena/latest/APIReference/API_UpdateCapacityReservation.html */
  UpdateCapacityReservation: "W|||0;1;|||;",
  /** Grants permission to update a datacatalog. Access level: Write. Resources: datacatalog*. https://docs.aws.amazon.com/athena/latest/APIReference/API_UpdateDataCatalog.html */
  UpdateDataCatalog: "W|||1;1;|||;",
  /** Grants permission to update a named query specified. Access level: Write. Resources: workgroup*. https://docs.aws.amazon.com/athena/latest/APIReference/API_UpdateNamedQuery.html */
  UpdateNamedQuery: "W|||3;1;|||;",
  /** Grants permission to update a notebook. Access level: Write. Resources: workgroup*. https://docs.aws.amazon.com/athena/latest/APIReference/API_UpdateNotebook.html */
  UpdateNotebook: "W|||3;1;|||;",
  /** Grants permission to update notebook metadata. Access level: Write. Resources: workgroup*. https://docs.aws.amazon.com/athena/latest/APIReference/API_UpdateNotebookMetadata.html */
  UpdateNotebookMetadata: "W|||3;1;|||;",
  /** Grants permission to update a prepared statement. Access level: Write. Resources: workgroup*. https://docs.aws.amazon.com/athena/latest/APIReference/API_UpdatePreparedStatement.html */
  UpdatePreparedStatement: "W|||3;1;|||;",
  /** Grants permission to update a workgroup. Access level: Write. Resources: workgroup*. https://docs.aws.amazon.com/athena/latest/APIReference/API_UpdateWorkGroup.html */
  UpdateWorkGroup: "W|||3;1;||1|;",
} as const;
const actionDetails = {
  BatchGetNamedQuery: "|,;~~~|Grants permission to get information about one or more named queries",
  BatchGetPreparedStatement: "|,;~~~|Grants permission to get information about one or more prepared statements",
  BatchGetQueryExecution: "|,;~~~|Grants permission to get information about one or more query executions",
  CancelCapacityReservation: "|,;~~~|Grants permission to cancel a capacity reservation",
  CancelQueryExecution:
    "|,;~|Grants permission to cancel query execution. Deprecated. Applies only to AWS services and principals that use Athena JDBC driver earlier than 1.1.0. Use StopQueryExecution otherwise",
  CreateCapacityReservation: "|,;~~~|Grants permission to create a capacity reservation",
  CreateDataCatalog: "|,;~~~|Grants permission to create a datacatalog",
  CreateNamedQuery: "|,;~~~|Grants permission to create a named query",
  CreateNotebook: "|,;~~~|Grants permission to create a notebook",
  CreatePreparedStatement: "|,;~~~|Grants permission to create a prepared statement",
  CreatePresignedNotebookUrl: "|,;~~~|Grants permission to create a presigned notebook url",
  CreateWorkGroup: "|,;~~~|Grants permission to create a workgroup",
  DeleteCapacityReservation: "|,;~~~|Grants permission to delete a capacity reservation",
  DeleteDataCatalog: "|,;~~~|Grants permission to delete a datacatalog",
  DeleteNamedQuery: "|,;~~~|Grants permission to delete a named query specified",
  DeleteNotebook: "|,;~~~|Grants permission to delete a notebook",
  DeletePreparedStatement: "|,;~~~|Grants permission to delete a prepared statement specified",
  DeleteWorkGroup: "|,;~~~|Grants permission to delete a workgroup",
  ExportNotebook: "|,;~~~|Grants permission to export a notebook",
  GetCalculationExecution: "|,;~~~|Grants permission to get a calculation execution",
  GetCalculationExecutionCode: "|,;~~~|Grants permission to get a calculation execution code",
  GetCalculationExecutionStatus: "|,;~~~|Grants permission to get a calculation execution status",
  GetCapacityAssignmentConfiguration:
    "|,;~~~|Grants permission to get capacity assignment information for a capacity reservation",
  GetCapacityReservation: "|,;~~~|Grants permission to get a capacity reservation",
  GetCatalogs:
    "|,;~|Grants permission to enable access to databases and tables. Applies only to AWS services managed policy and principals that use an Athena JDBC driver version 1.1.0",
  GetDataCatalog: "|,;~~~|Grants permission to get a datacatalog",
  GetDatabase: "|,;~~~|Grants permission to get a database for a given datacatalog",
  GetExecutionEngine:
    "|,;~|Grants permission to enable access to the specified database and table. Applies only to AWS services managed policy and principals that use an Athena JDBC driver version 1.1.0",
  GetExecutionEngines:
    "|,;~|Grants permission to enable access to databases and tables. Applies only to AWS services managed policy and principals that use an Athena JDBC driver version 1.1.0",
  GetNamedQuery: "|,;~~~|Grants permission to get information about the specified named query",
  GetNamespace:
    "|,;~|Grants permission to enable access to the specified database and table. Applies only to AWS services managed policy and principals that use an Athena JDBC driver version 1.1.0",
  GetNamespaces:
    "|,;~|Grants permission to enable access to databases and tables. Applies only to AWS services managed policy and principals that use an Athena JDBC driver version 1.1.0",
  GetNotebookMetadata: "|,;~~~|Grants permission to get notebook metadata",
  GetPreparedStatement: "|,;~~~|Grants permission to get information about the specified prepared statement",
  GetQueryExecution: "|,;~~~|Grants permission to get information about the specified query execution",
  GetQueryExecutions:
    "|,;~|Grants permission to get query executions. Deprecated. Applies only to AWS services and principals that use Athena JDBC driver earlier than 1.1.0. Use ListQueryExecutions otherwise",
  GetQueryResults: "|,;~~~|Grants permission to get the query results",
  GetQueryResultsStream: "|,;~|Grants permission to get the query results stream",
  GetQueryRuntimeStatistics: "|,;~~~|Grants permission to get runtime statistics for the specified query execution",
  GetResourceDashboard: "|,;~~~|Grants permission to get a Live UI/Persistence UI for a session",
  GetSession: "|,;~~~|Grants permission to get a session",
  GetSessionEndpoint:
    "|,;~~~|Grants permission to get a connection endpoint and authentication token for a given session Id",
  GetSessionStatus: "|,;~~~|Grants permission to get a session status",
  GetTable:
    "|,;~|Grants permission to enable access to the specified table. Applies only to AWS services managed policy and principals that use an Athena JDBC driver version 1.1.0",
  GetTableMetadata: "|,;~~~|Grants permission to get a metadata about a table for a given datacatalog",
  GetTables:
    "|,;~|Grants permission to enable access to tables. Applies only to AWS services managed policy and principals that use an Athena JDBC driver version 1.1.0",
  GetWorkGroup: "|,;~~~|Grants permission to get a workgroup",
  ImportNotebook: "|,;~~~|Grants permission to import a notebook",
  ListApplicationDPUSizes: "|,;~~~|Grants permission to return a list of ApplicationRuntimeIds",
  ListCalculationExecutions: "|,;~~~|Grants permission to return a list of calculation executions",
  ListCapacityReservations:
    "|,;~~~|Grants permission to return a list of capacity reservations for the specified AWS account",
  ListDataCatalogs: "|,;~~~|Grants permission to return a list of datacatalogs for the specified AWS account",
  ListDatabases: "|,;~~~|Grants permission to return a list of databases for a given datacatalog",
  ListEngineVersions:
    "|,;~~~|Grants permission to return a list of athena engine versions for the specified AWS account",
  ListExecutors: "|,;~~~|Grants permission to return a list of executors",
  ListNamedQueries:
    "|,;~~~|Grants permission to return a list of named queries in Amazon Athena for the specified AWS account",
  ListNotebookMetadata: "|,;~~~|Grants permission to return a list of notebooks for a given workgroup",
  ListNotebookSessions: "|,;~~~|Grants permission to return a list of sessions for a given notebook",
  ListPreparedStatements:
    "|,;~~~|Grants permission to return a list of prepared statements for the specified workgroup",
  ListQueryExecutions: "|,;~~~|Grants permission to return a list of query executions for the specified AWS account",
  ListSessions: "|,;~~~|Grants permission to return a list of sessions for a given workgroup",
  ListTableMetadata:
    "|,;~~~|Grants permission to return a list of table metadata in a database for a given datacatalog",
  ListTagsForResource: "|,;~~~,~~|Grants permission to return a list of tags for a resource",
  ListWorkGroups: "|,;~~~|Grants permission to return a list of workgroups for the specified AWS account",
  PutCapacityAssignmentConfiguration:
    "|,;~~~|Grants permission to assign capacity from a capacity reservation to queries",
  RunQuery:
    "|,;~|Grants permission to run a query. Deprecated. Applies only to AWS services and principals that use Athena JDBC driver earlier than 1.1.0. Use StartQueryExecution otherwise",
  StartCalculationExecution: "|,;~~~|Grants permission to start a calculation execution",
  StartQueryExecution: "|,;~~~|Grants permission to start a query execution using an SQL query provided as a string",
  StartSession: "|,;~~~|Grants permission to start a session",
  StopCalculationExecution: "|,;~~~|Grants permission to stop a calculation execution",
  StopQueryExecution: "|,;~~~|Grants permission to stop the specified query execution",
  TagResource: "|,;~~~,~~,~~,~~,~~|Grants permission to add a tag to a resource",
  TerminateSession: "|,;~~~|Grants permission to terminate a session",
  UntagResource: "|,;~~~|Grants permission to remove a tag from a resource",
  UpdateCapacityReservation: "|,;~~~|Grants permission to update a capacity reservation",
  UpdateDataCatalog: "|,;~~~|Grants permission to update a datacatalog",
  UpdateNamedQuery: "|,;~~~|Grants permission to update a named query specified",
  UpdateNotebook: "|,;~~~|Grants permission to update a notebook",
  UpdateNotebookMetadata: "|,;~~~|Grants permission to update notebook metadata",
  UpdatePreparedStatement: "|,;~~~|Grants permission to update a prepared statement",
  UpdateWorkGroup: "|,;~~~|Grants permission to update a workgroup",
};
const resourceTypeFacts = {
  /** The capacity-reservation resource type: arn:${Partition}:athena:${Region}:${Account}:capacity-reservation/${CapacityReservationName} */
  "capacity-reservation": "|,capacityReservation|1",
  /** The datacatalog resource type: arn:${Partition}:athena:${Region}:${Account}:datacatalog/${DataCatalogName} */
  datacatalog: "|,|1",
  /** The session resource type: arn:${Partition}:athena:${Region}:${Account}:workgroup/${WorkGroupName}/session/${SessionId} */
  session: "|,|1",
  /** The workgroup resource type: arn:${Partition}:athena:${Region}:${Account}:workgroup/${WorkGroupName} */
  workgroup: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a capacity-reservation resource: arn:${Partition}:athena:${Region}:${Account}:capacity-reservation/${CapacityReservationName}. */
  capacityReservation:
    "|,capacity-reservation|arn:|Partition|:athena:|Region|:|Account|:capacity-reservation/|CapacityReservationName|",
  /** ARN of a datacatalog resource: arn:${Partition}:athena:${Region}:${Account}:datacatalog/${DataCatalogName}. */
  datacatalog: "|,datacatalog|arn:|Partition|:athena:|Region|:|Account|:datacatalog/|DataCatalogName|",
  /** ARN of a session resource: arn:${Partition}:athena:${Region}:${Account}:workgroup/${WorkGroupName}/session/${SessionId}. */
  session: "|,session|arn:|Partition|:athena:|Region|:|Account|:workgroup/|WorkGroupName|/session/|SessionId|",
  /** ARN of a workgroup resource: arn:${Partition}:athena:${Region}:${Account}:workgroup/${WorkGroupName}. */
  workgroup: "|,workgroup|arn:|Partition|:athena:|Region|:|Account|:workgroup/|WorkGroupName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["capacity-reservation", "datacatalog", "session", "workgroup"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "athena">;
/** Any athena action. */
export type Action = ActionOf<typeof actionFacts, "athena">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "athena">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "athena" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every athena action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the tag key-value pairs attached to the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the the presence of tag keys in the request. */
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
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by the tag key-value pairs attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the the presence of tag keys in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "athena",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
