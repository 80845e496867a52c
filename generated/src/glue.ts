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
export const prefix: "glue" = "glue";
/** The service's name in the reference. */
export const serviceName: "AWS Glue" = "AWS Glue";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  { name: "AWS Glue", url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsglue.html" },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "glue:CredentialIssuingService",
  "glue:EnabledForRedshiftAutoDiscovery",
  "glue:FederatedAuthorizationSource",
  "glue:LakeFormationPermissions",
  "glue:RoleAssumedBy",
  "glue:SecurityGroupIds",
  "glue:SubnetIds",
  "glue:VpcIds",
] as const;
const actionFacts = {
  /** Grants permission to Glue to continuously validate that the target Arn can receive data replicated from the source ARN. Access level: Write. Resources: integration*. Permission only. aws-glue-api-integrations.html */
  AuthorizeInboundIntegration: "|,;~Write||1|integration;1;|||",
  /** Grants permission to create one or more partitions. Access level: Write. Resources: catalog, database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-partitions.html#aws-glue-api-catalog-partitions-BatchCreatePartition */
  BatchCreatePartition: "|,;~Write||0|catalog;0;,database;1;,rootcatalog;1;,table;1;|6||",
  /** Grants permission to delete one or more connections. Access level: Write. Resources: connection*, rootcatalog*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-connections.html#aws-glue-api-catalog-connections-BatchDeleteConnection */
  BatchDeleteConnection: "|,;~Write||0|connection;1;,rootcatalog;1;|6|glue:DeleteConnection|;",
  /** Grants permission to delete one or more partitions. Access level: Write. Resources: catalog, database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-partitions.html#aws-glue-api-catalog-partitions-BatchDeletePartition */
  BatchDeletePartition: "|,;~Write||0|catalog;0;,database;1;,rootcatalog;1;,table;1;|6||",
  /** Grants permission to delete one or more tables. Access level: Write. Resources: catalog, database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-tables.html#aws-glue-api-catalog-tables-BatchDeleteTable */
  BatchDeleteTable: "|,;~Write||0|catalog;0;,database;1;,rootcatalog;1;,table;1;|6||",
  /** Grants permission to delete one or more versions of a table. Access level: Write. Resources: catalog, database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-tables.html#aws-glue-api-catalog-tables-DeleteTableVersion */
  BatchDeleteTableVersion: "|,;~Write||0|catalog;0;,database;1;,rootcatalog;1;,table;1;|6|glue:DeleteTableVersion|;",
  /** Grants permission to retrieve one or more blueprints. Access level: Read. Resources: blueprint*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-workflow.html#aws-glue-api-workflow-BatchGetBlueprints */
  BatchGetBlueprints: "|,;~Read||0|blueprint;1;||glue:GetBlueprint|;",
  /** Grants permission to retrieve one or more crawlers. Access level: Read. Resources: crawler*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-crawler-crawling.html#aws-glue-api-crawler-crawling-BatchGetCrawlers */
  BatchGetCrawlers: "|,;~Read||0|crawler;1;|||;",
  /** Grants permission to retrieve one or more Custom Entity Types. Access level: Read. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-sensitive-data-api.html#aws-glue-api-sensitive-data-api-BatchGetCustomEntityTypes */
  BatchGetCustomEntityTypes: "|,;~Read||0|||glue:GetCustomEntityType|;",
  /** Grants permission to retrieve one or more development endpoints. Access level: Read. Resources: devendpoint*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-dev-endpoint.html#aws-glue-api-dev-endpoint-BatchGetDevEndpoints */
  BatchGetDevEndpoints: "|,;~Read||0|devendpoint;1;||glue:GetDevEndpoint|;",
  /** Grants permission to retrieve one or more jobs. Access level: Read. Resources: job*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-job.html#aws-glue-api-jobs-job-BatchGetJobs */
  BatchGetJobs: "|,;~Read||0|job;1;||glue:GetJob|;",
  /** Grants permission to retrieve one or more partitions. Access level: Read. Resources: catalog, database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-partitions.html#aws-glue-api-catalog-partitions-BatchGetPartition */
  BatchGetPartition: "|,;~Read||0|catalog;0;,database;1;,rootcatalog;1;,table;1;|6||",
  /** Grants permission to batch get stage files for SparkUI. Access level: Permissions management. https://docs.aws.amazon.com/glue/latest/dg/monitor-spark-ui.html */
  BatchGetStageFiles: "|,;~Permissions management||0||||",
  /** Grants permission to return the configuration for the specified table optimizers. Access level: Read. Resources: database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-table-optimizers.html#aws-glue-api-table-optimizers-BatchGetTableOptimizer */
  BatchGetTableOptimizer: "|,;~Read||0|database;1;,rootcatalog;1;,table;1;||glue:GetTable|;",
  /** Grants permission to retrieve one or more triggers. Access level: Read. Resources: trigger*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-trigger.html#aws-glue-api-jobs-trigger-BatchGetTriggers */
  BatchGetTriggers: "|,;~Read||0|trigger;1;||glue:GetTrigger|;",
  /** Grants permission to retrieve one or more workflows. Access level: Read. Resources: workflow*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-workflow.html#aws-glue-api-workflow-BatchGetWorkflows */
  BatchGetWorkflows: "|,;~Read||0|workflow;1;||glue:GetWorkflow|;",
  /** Grants permission to stop one or more job runs for a job. Access level: Write. Resources: job*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-runs.html#aws-glue-api-jobs-runs-BatchStopStartJobRun */
  BatchStopJobRun: "|,;~Write||0|job;1;|||;",
  /** Grants permission to update one or more partitions. Access level: Write. Resources: catalog, database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-partitions.html#aws-glue-api-catalog-partitions-BatchUpdatePartition */
  BatchUpdatePartition: "|,;~Write||0|catalog;0;,database;1;,rootcatalog;1;,table;1;|6||",
  /** Grants permission to stop a running Data Quality rule recommendation run. Access level: Write. Resources: dataQualityRuleset*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-data-quality-api.html#aws-glue-api-data-quality-api-CancelDataQualityRuleRecommendationRun */
  CancelDataQualityRuleRecommendationRun: "|,;~Write||0|dataQualityRuleset;1;|||;",
  /** Grants permission to stop a running Data Quality ruleset evaluation run. Access level: Write. Resources: dataQualityRuleset*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-data-quality-api.html#aws-glue-api-data-quality-api-CancelDataQualityRulesetEvaluationRun */
  CancelDataQualityRulesetEvaluationRun: "|,;~Write||0|dataQualityRuleset;1;|||;",
  /** Grants permission to stop a running ML Task Run. Access level: Write. Resources: mlTransform*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-machine-learning-api.html#aws-glue-api-machine-learning-api-CancelMLTaskRun */
  CancelMLTaskRun: "|,;~Write||0|mlTransform;1;|||;",
  /** Grants permission to cancel a statement in an interactive session. Access level: Write. Resources: session*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-interactive-sessions.html#aws-glue-interactive-sessions-CancelStatement */
  CancelStatement: "|,;~Write||0|session;1;|||;",
  /** Grants permission to retrieve a check the validity of schema version. Access level: Read. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-schema-registry-api.html#aws-glue-api-schema-registry-api-CheckSchemaVersionValidity */
  CheckSchemaVersionValidity: "|,;~Read||0||||;",
  /** Grants permission to create a blueprint. Access level: Write. Resources: blueprint*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-workflow.html#aws-glue-api-workflow-CreateBlueprint */
  CreateBlueprint: "|,;~Write||0|blueprint;1;|0,2|glue:TagResource|;",
  /** Grants permission to create a catalog. Access level: Write. Resources: catalog*, rootcatalog*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog.html */
  CreateCatalog: "|,;~Write||0|catalog;1;,rootcatalog;1;|0,2,5,6|glue:PassConnection,glue:TagResource,iam:PassRole|;",
  /** Grants permission to create a classifier. Access level: Write. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-crawler-classifiers.html#aws-glue-api-crawler-classifiers-CreateClassifier */
  CreateClassifier: "|,;~Write||0||||;",
  /** Grants permission to create settings for a column statistics task. Access level: Write. Resources: database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-crawler-column-statistics.html#aws-glue-api-crawler-column-statistics-CreateColumnStatisticsTaskSettings */
  CreateColumnStatisticsTaskSettings: "|,;~Write||0|database;1;,rootcatalog;1;,table;1;||iam:PassRole|;",
  /** Grants permission to create a connection. Access level: Write. Resources: connectionType, rootcatalog*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-connections.html#aws-glue-api-catalog-connections-CreateConnection */
  CreateConnection:
    "|,;~Write||0|connectionType;0;,rootcatalog;1;|0,2,6|glue:DescribeConnectionType,glue:TagResource,iam:PassRole|;",
  /** Grants permission to create a crawler. Access level: Write. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-crawler-crawling.html#aws-glue-api-crawler-crawling-CreateCrawler */
  CreateCrawler: "|,;~Write||0||0,2|glue:TagResource,iam:PassRole|;",
  /** Grants permission to create a Custom Entity Type. Access level: Write. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-sensitive-data-api.html#aws-glue-api-sensitive-data-api-CreateCustomEntityType */
  CreateCustomEntityType: "|,;~Write||0||0,2|glue:TagResource|;",
  /** Grants permission to create a Data Quality ruleset. Access level: Write. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-data-quality-api.html#aws-glue-api-data-quality-api-CreateDataQualityRuleset */
  CreateDataQualityRuleset: "|,;~Write||0||0,2|glue:TagResource|;",
  /** Grants permission to create a database. Access level: Write. Resources: catalog, database*, rootcatalog*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-databases.html#aws-glue-api-catalog-databases-CreateDatabase */
  CreateDatabase: "|,;~Write||0|catalog;0;,database;1;,rootcatalog;1;|0,2,5,6|glue:PassConnection,glue:TagResource|;",
  /** Grants permission to create a development endpoint. Access level: Write. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-dev-endpoint.html#aws-glue-api-dev-endpoint-CreateDevEndpoint */
  CreateDevEndpoint: "|,;~Write||0||0,2|glue:TagResource,iam:PassRole|;",
  /** Grants permission to connect Glue with Identity Center. Access level: Write. https://docs.aws.amazon.com/glue/latest/dg/security-trusted-identity-propagation-getting-started.html#security-trusted-identity-propagation-connecting */
  CreateGlueIdentityCenterConfiguration: "|,;~Write||0||||;",
  /** Grants permission to the source principal to create an inbound integration for data to be replicated from the source into the target. Access level: Write. Permission only. aws-glue-api-integrations.html */
  CreateInboundIntegration: "|,;~Write||1||||",
  /** Grants permission to create an integration. Access level: Write. Resources: catalog*, connection*, database*, integration*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-integrations.html#aws-glue-api-integrations-CreateIntegration */
  CreateIntegration:
    "|,;~Write||0|catalog;1;,connection;1;,database;1;,integration;1;|0,2|glue:TagResource,kms:CreateGrant,kms:DescribeKey|;",
  /** Grants permission to create integration resource property. Access level: Write. Resources: catalog*, connection*, database*, integrationResourceProperty*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-integrations.html#aws-glue-api-integrations-CreateIntegrationResourceProperty */
  CreateIntegrationResourceProperty:
    "|,;~Write||0|catalog;1;,connection;1;,database;1;,integrationResourceProperty;1;|0,2|glue:TagResource,iam:PassRole|;",
  /** Grants permission to create integration table properties. Access level: Write. Resources: catalog*, connection*, database*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-integrations.html#aws-glue-api-integrations-CreateIntegrationTableProperties */
  CreateIntegrationTableProperties: "|,;~Write||0|catalog;1;,connection;1;,database;1;|||;",
  /** Grants permission to create a job. Access level: Write. Resources: job*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-job.html#aws-glue-api-jobs-job-CreateJob */
  CreateJob: "|,;~Write||0|job;1;|0,2,8,9,10|glue:GetUsageProfile,glue:TagResource,iam:PassRole|;",
  /** Grants permission to create an ML Transform. Access level: Write. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-machine-learning-api.html#aws-glue-api-machine-learning-api-CreateMLTransform */
  CreateMLTransform: "|,;~Write||0||0,2|glue:TagResource,iam:PassRole|;",
  /** Grants permission to create a partition. Access level: Write. Resources: catalog, database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-partitions.html#aws-glue-api-catalog-partitions-CreatePartition */
  CreatePartition: "|,;~Write||0|catalog;0;,database;1;,rootcatalog;1;,table;1;|6||;",
  /** Grants permission to create a specified partition index in an existing table. Access level: Write. Resources: catalog, database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-tables.html#aws-glue-api-catalog-tables-CreatePartitionIndex */
  CreatePartitionIndex: "|,;~Write||0|catalog;0;,database;1;,rootcatalog;1;,table;1;|6||",
  /** Grants permission to create a new schema registry. Access level: Write. Resources: registry*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-schema-registry-api.html#aws-glue-api-schema-registry-api-CreateRegistry */
  CreateRegistry: "|,;~Write||0|registry;1;|0,2|glue:TagResource|;",
  /** Grants permission to create a new schema container. Access level: Write. Resources: registry*, schema*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-schema-registry-api.html#aws-glue-api-schema-registry-api-CreateSchema */
  CreateSchema: "|,;~Write||0|registry;1;,schema;1;|0,2|glue:TagResource|;",
  /** Grants permission to create a script. Access level: Write. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-etl-script-generation.html#aws-glue-api-etl-script-generation-CreateScript */
  CreateScript: "|,;~Write||0||||;",
  /** Grants permission to create a security configuration. Access level: Write. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-security.html#aws-glue-api-jobs-security-CreateSecurityConfiguration */
  CreateSecurityConfiguration: "|,;~Write||0||||;",
  /** Grants permission to create an interactive session. Access level: Write. Resources: session*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-interactive-sessions.html#aws-glue-api-interactive-sessions-CreateSession */
  CreateSession: "|,;~Write||0|session;1;|0,2,8,9,10|glue:GetUsageProfile,glue:TagResource,iam:PassRole|;",
  /** Grants permission to create a table. Access level: Write. Resources: catalog, database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-tables.html#aws-glue-api-catalog-tables-CreateTable */
  CreateTable: "|,;~Write||0|catalog;0;,database;1;,rootcatalog;1;,table;1;|5,6|glue:PassConnection,iam:PassRole|;",
  /** Grants permission to create a new table optimizer for a specific function. Compaction is the only currently supported optimizer type. Access level: Write. Resources: database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-table-optimizers.html#aws-glue-api-table-optimizers-CreateTableOptimizer */
  CreateTableOptimizer:
    "|,;~Write||0|database;1;,rootcatalog;1;,table;1;||glue:GetTable,glue:PassConnection,iam:PassRole|;",
  /** Grants permission to create a trigger. Access level: Write. Resources: trigger*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-trigger.html#aws-glue-api-jobs-trigger-CreateTrigger */
  CreateTrigger: "|,;~Write||0|trigger;1;|0,2|glue:TagResource|;",
  /** Grants permission to create a usage profile. Access level: Write. Resources: usageProfile*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-usage-profiles.html#aws-glue-api-usage-profiles-CreateUsageProfile */
  CreateUsageProfile: "|,;~Write||0|usageProfile;1;|0,2|glue:TagResource|;",
  /** Grants permission to create a function definition. Access level: Write. Resources: catalog, database*, rootcatalog*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-functions.html#aws-glue-api-catalog-functions-CreateUserDefinedFunction */
  CreateUserDefinedFunction: "|,;~Write||0|catalog;0;,database;1;,rootcatalog;1;|6||;",
  /** Grants permission to create a workflow. Access level: Write. Resources: workflow*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-workflow.html#aws-glue-api-workflow-CreateWorkflow */
  CreateWorkflow: "|,;~Write||0|workflow;1;|0,2|glue:TagResource|;",
  /** Grants permission to delete a blueprint. Access level: Write. Resources: blueprint*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-workflow.html#aws-glue-api-workflow-DeleteBlueprint */
  DeleteBlueprint: "|,;~Write||0|blueprint;1;|||;",
  /** Grants permission to delete a catalog. Access level: Write. Resources: catalog, rootcatalog*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog.html */
  DeleteCatalog: "|,;~Write||0|catalog;0;,rootcatalog;1;|5,6||;",
  /** Grants permission to delete a classifier. Access level: Write. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-crawler-classifiers.html#aws-glue-api-crawler-classifiers-DeleteClassifier */
  DeleteClassifier: "|,;~Write||0||||;",
  /** Grants permission to delete the partition column statistics of a column. Access level: Write. Resources: catalog, database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-partitions.html#aws-glue-api-catalog-partitions-DeleteColumnStatisticsForPartition */
  DeleteColumnStatisticsForPartition: "|,;~Write||0|catalog;0;,database;1;,rootcatalog;1;,table;1;|6||",
  /** Grants permission to delete the table statistics of columns. Access level: Write. Resources: catalog, database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-tables.html#aws-glue-api-catalog-tables-DeleteColumnStatisticsForTable */
  DeleteColumnStatisticsForTable: "|,;~Write||0|catalog;0;,database;1;,rootcatalog;1;,table;1;|6||",
  /** Grants permission to delete settings for a column statistics task. Access level: Write. Resources: database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-crawler-column-statistics.html#aws-glue-api-crawler-column-statistics-DeleteColumnStatisticsTaskSettings */
  DeleteColumnStatisticsTaskSettings: "|,;~Write||0|database;1;,rootcatalog;1;,table;1;|||;",
  /** Grants permission to delete a connection. Access level: Write. Resources: connection*, rootcatalog*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-connections.html#aws-glue-api-catalog-connections-DeleteConnection */
  DeleteConnection: "|,;~Write||0|connection;1;,rootcatalog;1;|6||BatchDeleteConnection,;",
  /** Grants permission to delete connection type. Access level: Write. Resources: connectionType*. https://docs.aws.amazon.com/glue/latest/dg/glue-connections.html#connection-type-permissions-operations */
  DeleteConnectionType: "|,;~Write||0|connectionType;1;|||;",
  /** Grants permission to delete a crawler. Access level: Write. Resources: crawler*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-crawler-crawling.html#aws-glue-api-crawler-crawling-DeleteCrawler */
  DeleteCrawler: "|,;~Write||0|crawler;1;|||;",
  /** Grants permission to delete a Custom Entity Type. Access level: Write. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-sensitive-data-api.html#aws-glue-api-sensitive-data-api-DeleteCustomEntityType */
  DeleteCustomEntityType: "|,;~Write||0||||;",
  /** Grants permission to delete a Data Quality ruleset. Access level: Write. Resources: dataQualityRuleset*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-data-quality-api.html#aws-glue-api-data-quality-api-DeleteDataQualityRuleset */
  DeleteDataQualityRuleset: "|,;~Write||0|dataQualityRuleset;1;|||;",
  /** Grants permission to delete a database. Access level: Write. Resources: catalog, database*, rootcatalog*, table*, userdefinedfunction*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-databases.html#aws-glue-api-catalog-databases-DeleteDatabase */
  DeleteDatabase: "|,;~Write||0|catalog;0;,database;1;,rootcatalog;1;,table;1;,userdefinedfunction;1;|5,6||;",
  /** Grants permission to delete a development endpoint. Access level: Write. Resources: devendpoint*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-dev-endpoint.html#aws-glue-api-dev-endpoint-DeleteDevEndpoint */
  DeleteDevEndpoint: "|,;~Write||0|devendpoint;1;|||;",
  /** Grants permission to disconnect Glue with Identity Center. Access level: Write. https://docs.aws.amazon.com/glue/latest/dg/security-trusted-identity-propagation-getting-started.html#security-trusted-identity-propagation-connecting */
  DeleteGlueIdentityCenterConfiguration: "|,;~Write||0||||;",
  /** Grants permission to delete an integration. Access level: Write. Resources: integration*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-integrations.html#aws-glue-api-integrations-DeleteIntegration */
  DeleteIntegration: "|,;~Write||0|integration;1;|1||;",
  /** Grants permission to delete the integration resource property. Access level: Write. Resources: catalog*, connection*, database*, integrationResourceProperty*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-integrations.html#aws-glue-api-integrations-DeleteIntegrationResourceProperty */
  DeleteIntegrationResourceProperty:
    "|,;~Write||0|catalog;1;,connection;1;,database;1;,integrationResourceProperty;1;|||;",
  /** Grants permission to delete integration table properties. Access level: Write. Resources: catalog*, connection*, database*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-integrations.html#aws-glue-api-integrations-DeleteIntegrationTableProperties */
  DeleteIntegrationTableProperties: "|,;~Write||0|catalog;1;,connection;1;,database;1;|||;",
  /** Grants permission to delete a job. Access level: Write. Resources: job*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-job.html#aws-glue-api-jobs-job-DeleteJob */
  DeleteJob: "|,;~Write||0|job;1;|||;",
  /** Grants permission to delete an ML Transform. Access level: Write. Resources: mlTransform*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-machine-learning-api.html#aws-glue-api-machine-learning-api-DeleteMLTransform */
  DeleteMLTransform: "|,;~Write||0|mlTransform;1;|||;",
  /** Grants permission to delete a partition. Access level: Write. Resources: catalog, database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-partitions.html#aws-glue-api-catalog-partitions-DeletePartition */
  DeletePartition: "|,;~Write||0|catalog;0;,database;1;,rootcatalog;1;,table;1;|6||;",
  /** Grants permission to delete a specified partition index from an existing table. Access level: Write. Resources: catalog, database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-tables.html#aws-glue-api-catalog-tables-DeletePartitionIndex */
  DeletePartitionIndex: "|,;~Write||0|catalog;0;,database;1;,rootcatalog;1;,table;1;|6||",
  /** Grants permission to delete a schema registry. Access level: Write. Resources: registry*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-schema-registry-api.html#aws-glue-api-schema-registry-api-DeleteRegistry */
  DeleteRegistry: "|,;~Write||0|registry;1;|||;",
  /** Grants permission to delete a resource policy. Access level: Permissions management. Resources: rootcatalog*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-security.html#aws-glue-api-jobs-security-DeleteResourcePolicy */
  DeleteResourcePolicy: "|,;~Permissions management||0|rootcatalog;1;|||",
  /** Grants permission to delete a schema container. Access level: Write. Resources: registry*, schema*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-schema-registry-api.html#aws-glue-api-schema-registry-api-DeleteSchema */
  DeleteSchema: "|,;~Write||0|registry;1;,schema;1;|||;",
  /** Grants permission to delete a range of schema versions. Access level: Write. Resources: registry*, schema*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-schema-registry-api.html#aws-glue-api-schema-registry-api-DeleteSchemaVersions */
  DeleteSchemaVersions: "|,;~Write||0|registry;1;,schema;1;|||;",
  /** Grants permission to delete a security configuration. Access level: Write. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-security.html#aws-glue-api-jobs-security-DeleteSecurityConfiguration */
  DeleteSecurityConfiguration: "|,;~Write||0||||;",
  /** Grants permission to delete an interactive session after stopping the session if not already stopped. Access level: Write. Resources: session*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-interactive-sessions.html#aws-glue-interactive-sessions-DeleteSession */
  DeleteSession: "|,;~Write||0|session;1;|||;",
  /** Grants permission to delete a table. Access level: Write. Resources: catalog, database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-tables.html#aws-glue-api-catalog-tables-DeleteTable */
  DeleteTable: "|,;~Write||0|catalog;0;,database;1;,rootcatalog;1;,table;1;|5,6||;",
  /** Grants permission to delete an optimizer and all associated metadata for a table. The optimization will no longer be performed on the table. Access level: Write. Resources: database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-table-optimizers.html#aws-glue-api-table-optimizers-DeleteTableOptimizer */
  DeleteTableOptimizer: "|,;~Write||0|database;1;,rootcatalog;1;,table;1;||glue:GetTable|;",
  /** Grants permission to delete a version of a table. Access level: Write. Resources: catalog, database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-tables.html#aws-glue-api-catalog-tables-DeleteTableVersion */
  DeleteTableVersion: "|,;~Write||0|catalog;0;,database;1;,rootcatalog;1;,table;1;|6||BatchDeleteTableVersion,;",
  /** Grants permission to delete a trigger. Access level: Write. Resources: trigger*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-trigger.html#aws-glue-api-jobs-trigger-DeleteTrigger */
  DeleteTrigger: "|,;~Write||0|trigger;1;|||;",
  /** Grants permission to delete a usage profile. Access level: Write. Resources: usageProfile*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-usage-profiles.html#aws-glue-api-usage-profiles-DeleteUsageProfile */
  DeleteUsageProfile: "|,;~Write||0|usageProfile;1;|||;",
  /** Grants permission to delete a function definition. Access level: Write. Resources: catalog, database*, rootcatalog*, userdefinedfunction*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-functions.html#aws-glue-api-catalog-functions-DeleteUserDefinedFunction */
  DeleteUserDefinedFunction: "|,;~Write||0|catalog;0;,database;1;,rootcatalog;1;,userdefinedfunction;1;|6||;",
  /** Grants permission to delete a workflow. Access level: Write. Resources: workflow*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-workflow.html#aws-glue-api-workflow-DeleteWorkflow */
  DeleteWorkflow: "|,;~Write||0|workflow;1;|||;",
  /** Grants permission to terminate Glue Studio Notebook session. Access level: Permissions management. https://docs.aws.amazon.com/glue/latest/ug/notebook-getting-started.html#create-notebook-permissions-operations */
  DeregisterDataPreview: "|,;~Permissions management||0||||",
  /** Grants permission to describe connection type in glue. Access level: Permissions management. Resources: connectionType. https://docs.aws.amazon.com/glue/latest/dg/glue-connections.html#connection-type-permissions-operations */
  DescribeConnectionType: "|,;~Permissions management||0|connectionType;0;|||CreateConnection,;",
  /** Grants permission to describe entity in glue studio. Access level: Permissions management. Resources: connection*, connectionType, rootcatalog*. https://docs.aws.amazon.com/glue/latest/dg/glue-connections.html#connection-type-permissions-operations */
  DescribeEntity: "|,;~Permissions management||0|connection;1;,connectionType;0;,rootcatalog;1;|||;",
  /** Grants permission to list the inbound integrations. Access level: List. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-integrations.html#aws-glue-api-integrations-DescribeInboundIntegrations */
  DescribeInboundIntegrations: "|,;~List||0||||;",
  /** Grants permission to describe zero-ETL integrations. Access level: List. Resources: integration*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-integrations.html#aws-glue-api-integrations-DescribeIntegrations */
  DescribeIntegrations: "|,;~List||0|integration;1;|1||;",
  /** Grants permission to read and write redshift federated resources. Access level: Write. Resources: catalog, rootcatalog*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog.html */
  FederateAuthorization: "|,;~Write||0|catalog;0;,rootcatalog;1;|4,5||",
  /** Grants permission to retrieve a blueprint. Access level: Read. Resources: blueprint*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-workflow.html#aws-glue-api-workflow-GetBlueprint */
  GetBlueprint: "|,;~Read||0|blueprint;1;|||BatchGetBlueprints,;",
  /** Grants permission to retrieve a blueprint run. Access level: Read. Resources: blueprint*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-workflow.html#aws-glue-api-workflow-GetBlueprintRun */
  GetBlueprintRun: "|,;~Read||0|blueprint;1;|||;",
  /** Grants permission to retrieve all runs of a blueprint. Access level: Read. Resources: blueprint*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-workflow.html#aws-glue-api-workflow-GetBlueprintRuns */
  GetBlueprintRuns: "|,;~Read||0|blueprint;1;|||;",
  /** Grants permission to retrieve a catalog. Access level: Read. Resources: catalog, rootcatalog*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog.html */
  GetCatalog: "|,;~Read||0|catalog;0;,rootcatalog;1;|4,5,6||;",
  /** Grants permission to retrieve the catalog import status. Access level: Read. Resources: rootcatalog*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-migration.html#aws-glue-api-catalog-migration-GetCatalogImportStatus */
  GetCatalogImportStatus: "|,;~Read||0|rootcatalog;1;|6||;",
  /** Grants permission to retrieve all catalogs. Access level: Read. Resources: catalog, rootcatalog*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog.html */
  GetCatalogs: "|,;~Read||0|catalog;0;,rootcatalog;1;|4,5,6|athena:GetCatalogs|;",
  /** Grants permission to retrieve a classifier. Access level: Read. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-crawler-classifiers.html#aws-glue-api-crawler-classifiers-GetClassifier */
  GetClassifier: "|,;~Read||0||||;",
  /** Grants permission to list all classifiers. Access level: Read. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-crawler-classifiers.html#aws-glue-api-crawler-classifiers-GetClassifiers */
  GetClassifiers: "|,;~Read||0||||;",
  /** Grants permission to retrieve partition statistics of columns. Access level: Read. Resources: catalog, database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-partitions.html#aws-glue-api-catalog-partitions-GetColumnStatisticsForPartition */
  GetColumnStatisticsForPartition: "|,;~Read||0|catalog;0;,database;1;,rootcatalog;1;,table;1;|6||",
  /** Grants permission to retrieve table statistics of columns. Access level: Read. Resources: catalog, database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-tables.html#aws-glue-api-catalog-tables-GetColumnStatisticsForTable */
  GetColumnStatisticsForTable: "|,;~Read||0|catalog;0;,database;1;,rootcatalog;1;,table;1;|6||",
  /** Grants permission to retrieve Column Statistics run information for the table based on run-id. Access level: Read. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-crawler-column-statistics.html#aws-glue-api-crawler-column-statistics-GetColumnStatisticsTaskRun */
  GetColumnStatisticsTaskRun: "|,;~Read||0||||;",
  /** Grants permission to retrieve Column Statistics run information for the table based on run-ids. Access level: Read. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-crawler-column-statistics.html#aws-glue-api-crawler-column-statistics-GetColumnStatisticsTaskRuns */
  GetColumnStatisticsTaskRuns: "|,;~Read||0||||;",
  /** Grants permission to retrieve settings for a column statistics task. Access level: Read. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-crawler-column-statistics.html#aws-glue-api-crawler-column-statistics-GetColumnStatisticsTaskSettings */
  GetColumnStatisticsTaskSettings: "|,;~Read||0||||;",
  /** Grants permission to get generated response for a completion request in Glue from AWS Q. Access level: Read. Resources: completion*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api.html# */
  GetCompletion: "|,;~Read||0|completion;1;|||",
  /** Grants permission to retrieve a connection. Access level: Read. Resources: connection*, rootcatalog*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-connections.html#aws-glue-api-catalog-connections-GetConnection */
  GetConnection: "|,;~Read||0|connection;1;,rootcatalog;1;|6||;",
  /** Grants permission to retrieve a list of connections. Access level: Read. Resources: connection*, rootcatalog*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-connections.html#aws-glue-api-catalog-connections-GetConnections */
  GetConnections: "|,;~Read||0|connection;1;,rootcatalog;1;|6||;",
  /** Grants permission to retrieve a crawler. Access level: Read. Resources: crawler*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-crawler-crawling.html#aws-glue-api-crawler-crawling-GetCrawler */
  GetCrawler: "|,;~Read||0|crawler;1;|||;",
  /** Grants permission to retrieve metrics about crawlers. Access level: Read. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-crawler-crawling.html#aws-glue-api-crawler-crawling-GetCrawlerMetrics */
  GetCrawlerMetrics: "|,;~Read||0||||;",
  /** Grants permission to retrieve all crawlers. Access level: Read. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-crawler-crawling.html#aws-glue-api-crawler-crawling-GetCrawlers */
  GetCrawlers: "|,;~Read||0||||;",
  /** Grants permission to read a Custom Entity Type. Access level: Read. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-sensitive-data-api.html#aws-glue-api-sensitive-data-api-GetCustomEntityType */
  GetCustomEntityType: "|,;~Read||0||||BatchGetCustomEntityTypes,;",
  /** Grants permission to generate presigned url for accessing spark live UI. Access level: Read. Resources: session*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-interactive-sessions.html */
  GetDashboardUrl: "|,;~Read||0|session;1;|||",
  /** Grants permission to retrieve catalog encryption settings. Access level: Read. Resources: rootcatalog*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-security.html#aws-glue-api-jobs-security-GetDataCatalogEncryptionSettings */
  GetDataCatalogEncryptionSettings: "|,;~Read||0|rootcatalog;1;|||;",
  /** Grants permission to get Data Preview Statement. Access level: Permissions management. https://docs.aws.amazon.com/glue/latest/ug/notebook-getting-started.html#create-notebook-permissions-operations */
  GetDataPreviewStatement: "|,;~Permissions management||0||||",
  /** Grants permission to retrieve the training status of the prediction model for a statistic. Access level: Read. Resources: dataQualityRuleset*, job*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-data-quality-api.html#aws-glue-api-data-quality-api-GetDataQualityModel */
  GetDataQualityModel: "|,;~Read||0|dataQualityRuleset;1;,job;1;|||;",
  /** Grants permission to retrieve the predictions for a statistic from the latest model. Access level: Read. Resources: dataQualityRuleset*, job*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-data-quality-api.html#aws-glue-api-data-quality-api-GetDataQualityModelResult */
  GetDataQualityModelResult: "|,;~Read||0|dataQualityRuleset;1;,job;1;|||;",
  /** Grants permission to retrieve a Data Quality result. Access level: Read. Resources: dataQualityRuleset*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-data-quality-api.html#aws-glue-api-data-quality-api-GetDataQualityResult */
  GetDataQualityResult:
    "|,;~Read||0|dataQualityRuleset;1;|||BatchGetDataQualityResult,;,ListDataQualityStatisticAnnotations,ListDataQualityStatistics",
  /** Grants permission to retrieve a Data Quality rule recommendation run. Access level: Read. Resources: dataQualityRuleset*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-data-quality-api.html#aws-glue-api-data-quality-api-GetDataQualityRuleRecommendationRun */
  GetDataQualityRuleRecommendationRun: "|,;~Read||0|dataQualityRuleset;1;|||;",
  /** Grants permission to retrieve a Data Quality ruleset. Access level: Read. Resources: dataQualityRuleset*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-data-quality-api.html#aws-glue-api-data-quality-api-GetDataQualityRuleset */
  GetDataQualityRuleset: "|,;~Read||0|dataQualityRuleset;1;|||;",
  /** Grants permission to retrieve a Data Quality rule recommendation run. Access level: Read. Resources: dataQualityRuleset*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-data-quality-api.html#aws-glue-api-data-quality-api-GetDataQualityRulesetEvaluationRun */
  GetDataQualityRulesetEvaluationRun: "|,;~Read||0|dataQualityRuleset;1;|||;",
  /** Grants permission to retrieve a database. Access level: Read. Resources: catalog, database*, rootcatalog*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-databases.html#aws-glue-api-catalog-databases-GetDatabase */
  GetDatabase: "|,;~Read||0|catalog;0;,database;1;,rootcatalog;1;|5,6||;",
  /** Grants permission to retrieve all databases. Access level: Read. Resources: catalog, database*, rootcatalog*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-databases.html#aws-glue-api-catalog-databases-GetDatabases */
  GetDatabases: "|,;~Read||0|catalog;0;,database;1;,rootcatalog;1;|5,6||;",
  /** Grants permission to transform a script into a directed acyclic graph (DAG). Access level: Read. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-etl-script-generation.html#aws-glue-api-etl-script-generation-GetDataflowGraph */
  GetDataflowGraph: "|,;~Read||0||||;",
  /** Grants permission to retrieve a development endpoint. Access level: Read. Resources: devendpoint*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-dev-endpoint.html#aws-glue-api-dev-endpoint-GetDevEndpoint */
  GetDevEndpoint: "|,;~Read||0|devendpoint;1;|||BatchGetDevEndpoints,;",
  /** Grants permission to retrieve all development endpoints. Access level: Read. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-dev-endpoint.html#aws-glue-api-dev-endpoint-GetDevEndpoints */
  GetDevEndpoints: "|,;~Read||0||||;",
  /** Grants permission to preview entity records in glue. Access level: Read. Resources: catalog*, connection, connectionType. https://docs.aws.amazon.com/glue/latest/dg/glue-connections.html#connection-type-permissions-operations */
  GetEntityRecords: "|,;~Read||0|catalog;1;,connection;0;,connectionType;0;|||;",
  /** Grants permission to get environment details for SparkUI. Access level: Permissions management. https://docs.aws.amazon.com/glue/latest/dg/monitor-spark-ui.html */
  GetEnvironment: "|,;~Permissions management||0||||",
  /** Grants permission to get executors for SparkUI. Access level: Permissions management. https://docs.aws.amazon.com/glue/latest/dg/monitor-spark-ui.html */
  GetExecutors: "|,;~Permissions management||0||||",
  /** Grants permission to get executor threads for SparkUI. Access level: Permissions management. https://docs.aws.amazon.com/glue/latest/dg/monitor-spark-ui.html */
  GetExecutorsThreads: "|,;~Permissions management||0||||",
  /** Transforms a directed acyclic graph (DAG) into code. Access level: Read. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-etl-script-generation.html#aws-glue-api-etl-script-generation-GetGeneratedCode */
  GetGeneratedCode: "|,;~Read||0||||",
  /** Grants permission to retrieve the managed Idc application. Access level: Read. https://docs.aws.amazon.com/glue/latest/dg/security-trusted-identity-propagation-getting-started.html#security-trusted-identity-propagation-connecting */
  GetGlueIdentityCenterConfiguration: "|,;~Read||0||||;",
  /** Grants permission to retrieve the integration resource property. Access level: Read. Resources: catalog*, connection*, database*, integrationResourceProperty*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-integrations.html#aws-glue-api-integrations-GetIntegrationResourceProperty */
  GetIntegrationResourceProperty: "|,;~Read||0|catalog;1;,connection;1;,database;1;,integrationResourceProperty;1;|||;",
  /** Grants permission to retrieve the integration table properties. Access level: Read. Resources: catalog*, connection*, database*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-integrations.html#aws-glue-api-integrations-GetIntegrationTableProperties */
  GetIntegrationTableProperties: "|,;~Read||0|catalog;1;,connection;1;,database;1;|||;",
  /** Grants permission to retrieve a job. Access level: Read. Resources: job*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-job.html#aws-glue-api-jobs-job-GetJob */
  GetJob: "|,;~Read||0|job;1;||iam:PassRole|BatchGetJobs,;",
  /** Grants permission to retrieve a job bookmark. Access level: Read. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-runs.html#aws-glue-api-jobs-job-GetJobBookmark */
  GetJobBookmark: "|,;~Read||0||||;",
  /** Grants permission to retrieve a job run. Access level: Read. Resources: job*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-runs.html#aws-glue-api-jobs-runs-GetJobRun */
  GetJobRun: "|,;~Read||0|job;1;|||;",
  /** Grants permission to retrieve all job runs of a job. Access level: Read. Resources: job*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-runs.html#aws-glue-api-jobs-runs-GetJobRuns */
  GetJobRuns: "|,;~Read||0|job;1;|||;",
  /** Grants permission to retrieve an upgrade analysis for a job. Access level: Read. Resources: job*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-upgrade-analysis.html#aws-glue-api-upgrade-analysis-GetJobUpgradeAnalysis */
  GetJobUpgradeAnalysis: "|,;~Read||0|job;1;|||",
  /** Grants permission to retrieve all current jobs. Access level: Read. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-job.html#aws-glue-api-jobs-job-GetJobs */
  GetJobs: "|,;~Read||0|||iam:PassRole|;",
  /** Grants permission to get log parsing status for SparkUI. Access level: Permissions management. https://docs.aws.amazon.com/glue/latest/dg/monitor-spark-ui.html */
  GetLogParsingStatus: "|,;~Permissions management||0||||",
  /** Grants permission to retrieve an ML Task Run. Access level: Read. Resources: mlTransform*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-machine-learning-api.html#aws-glue-api-machine-learning-api-GetMLTaskRun */
  GetMLTaskRun: "|,;~Read||0|mlTransform;1;|||;",
  /** Grants permission to retrieve all ML Task Runs. Access level: List. Resources: mlTransform*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-machine-learning-api.html#aws-glue-api-machine-learning-api-GetMLTaskRuns */
  GetMLTaskRuns: "|,;~List||0|mlTransform;1;|||;",
  /** Grants permission to retrieve an ML Transform. Access level: Read. Resources: mlTransform*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-machine-learning-api.html#aws-glue-api-machine-learning-api-GetMLTransform */
  GetMLTransform: "|,;~Read||0|mlTransform;1;|||;",
  /** Grants permission to retrieve all ML Transforms. Access level: List. Resources: mlTransform*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-machine-learning-api.html#aws-glue-api-machine-learning-api-GetMLTransforms */
  GetMLTransforms: "|,;~List||0|mlTransform;1;|||;",
  /** Grants permission to create a mapping. Access level: Read. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-etl-script-generation.html#aws-glue-api-etl-script-generation-GetMapping */
  GetMapping: "|,;~Read||0||||;",
  /** Grants permission to retrieve Glue Studio Notebooks session status. Access level: Permissions management. https://docs.aws.amazon.com/glue/latest/ug/notebook-getting-started.html#create-notebook-permissions-operations */
  GetNotebookInstanceStatus: "|,;~Permissions management||0||||",
  /** Grants permission to retrieve a partition. Access level: Read. Resources: catalog, database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-partitions.html#aws-glue-api-catalog-partitions-GetPartition */
  GetPartition: "|,;~Read||0|catalog;0;,database;1;,rootcatalog;1;,table;1;|6||GetColumnStatisticsForPartition,;",
  /** Grants permission to retrieve partition indexes for a table. Access level: Read. Resources: catalog, database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-tables.html#aws-glue-api-catalog-tables-GetPartitionIndexes */
  GetPartitionIndexes: "|,;~Read||0|catalog;0;,database;1;,rootcatalog;1;,table;1;|6||",
  /** Grants permission to retrieve the partitions of a table. Access level: Read. Resources: catalog, database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-partitions.html#aws-glue-api-catalog-partitions-GetPartitions */
  GetPartitions: "|,;~Read||0|catalog;0;,database;1;,rootcatalog;1;,table;1;|6||;",
  /** Grants permission to retrieve a mapping for a script. Access level: Read. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-etl-script-generation.html#aws-glue-api-etl-script-generation-GetPlan */
  GetPlan: "|,;~Read||0||||;",
  /** Grants permission to get queries for SparkUI. Access level: Permissions management. https://docs.aws.amazon.com/glue/latest/dg/monitor-spark-ui.html */
  GetQueries: "|,;~Permissions management||0||||",
  /** Grants permission to get a specific query for SparkUI. Access level: Permissions management. https://docs.aws.amazon.com/glue/latest/dg/monitor-spark-ui.html */
  GetQuery: "|,;~Permissions management||0||||",
  /** Grants permission to get the result of a Data Preparation Recipe statement. Access level: Permissions management. https://docs.aws.amazon.com/glue/latest/ug/setting-up.html#getting-started-min-privs */
  GetRecipeAction: "|,;~Permissions management||0||||",
  /** Grants permission to retrieve a schema registry. Access level: Read. Resources: registry*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-schema-registry-api.html#aws-glue-api-schema-registry-api-GetRegistry */
  GetRegistry: "|,;~Read||0|registry;1;|||;",
  /** Grants permission to retrieve resource policies. Access level: Read. Resources: rootcatalog*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-security.html#aws-glue-api-jobs-security-GetResourcePolicies */
  GetResourcePolicies: "|,;~Read||0|rootcatalog;1;|||",
  /** Grants permission to retrieve a resource policy. Access level: Read. Resources: rootcatalog*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-security.html#aws-glue-api-jobs-security-GetResourcePolicy */
  GetResourcePolicy: "|,;~Read||0|rootcatalog;1;|||",
  /** Grants permission to retrieve a schema container. Access level: Read. Resources: registry*, schema*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-schema-registry-api.html#aws-glue-api-schema-registry-api-GetSchema */
  GetSchema: "|,;~Read||0|registry;1;,schema;1;|||;",
  /** Grants permission to retrieve a schema version based on schema definition. Access level: Read. Resources: registry*, schema*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-schema-registry-api.html#aws-glue-api-schema-registry-api-GetSchemaByDefinition */
  GetSchemaByDefinition: "|,;~Read||0|registry;1;,schema;1;|||;",
  /** Grants permission to retrieve a schema version. Access level: Read. Resources: registry, schema. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-schema-registry-api.html#aws-glue-api-schema-registry-api-GetSchemaVersion */
  GetSchemaVersion: "|,;~Read||0|registry;0;,schema;0;|||;",
  /** Grants permission to compare two schema versions in schema registry. Access level: Read. Resources: registry*, schema*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-schema-registry-api.html#aws-glue-api-schema-registry-api-GetSchemaVersionsDiff */
  GetSchemaVersionsDiff: "|,;~Read||0|registry;1;,schema;1;|||;",
  /** Grants permission to retrieve a security configuration. Access level: Read. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-security.html#aws-glue-api-jobs-security-GetSecurityConfiguration */
  GetSecurityConfiguration: "|,;~Read||0||||;",
  /** Grants permission to retrieve one or more security configurations. Access level: Read. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-security.html#aws-glue-api-jobs-security-GetSecurityConfigurations */
  GetSecurityConfigurations: "|,;~Read||0||||;",
  /** Grants permission to retrieve an interactive session. Access level: Read. Resources: session*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-interactive-sessions.html#aws-glue-interactive-sessions-GetSession */
  GetSession: "|,;~Read||0|session;1;|||;",
  /** Grants permission to get a stage for SparkUI. Access level: Permissions management. https://docs.aws.amazon.com/glue/latest/dg/monitor-spark-ui.html */
  GetStage: "|,;~Permissions management||0||||",
  /** Grants permission to get a stage attempt for SparkUI. Access level: Permissions management. https://docs.aws.amazon.com/glue/latest/dg/monitor-spark-ui.html */
  GetStageAttempt: "|,;~Permissions management||0||||",
  /** Grants permission to get the task list for a stage attempt for SparkUI. Access level: Permissions management. https://docs.aws.amazon.com/glue/latest/dg/monitor-spark-ui.html */
  GetStageAttemptTaskList: "|,;~Permissions management||0||||",
  /** Grants permission to get the task summary for a stage attempt for SparkUI. Access level: Permissions management. https://docs.aws.amazon.com/glue/latest/dg/monitor-spark-ui.html */
  GetStageAttemptTaskSummary: "|,;~Permissions management||0||||",
  /** Grants permission to get stage files for SparkUI. Access level: Permissions management. https://docs.aws.amazon.com/glue/latest/dg/monitor-spark-ui.html */
  GetStageFiles: "|,;~Permissions management||0||||",
  /** Grants permission to get stages for SparkUI. Access level: Permissions management. https://docs.aws.amazon.com/glue/latest/dg/monitor-spark-ui.html */
  GetStages: "|,;~Permissions management||0||||",
  /** Grants permission to retrieve result and information about a statement in an interactive session. Access level: Read. Resources: session*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-interactive-sessions.html#aws-glue-interactive-sessions-GetStatement */
  GetStatement: "|,;~Read||0|session;1;|||;",
  /** Grants permission to get storage details for SparkUI. Access level: Permissions management. https://docs.aws.amazon.com/glue/latest/dg/monitor-spark-ui.html */
  GetStorage: "|,;~Permissions management||0||||",
  /** Grants permission to get storage unit details for SparkUI. Access level: Permissions management. https://docs.aws.amazon.com/glue/latest/dg/monitor-spark-ui.html */
  GetStorageUnit: "|,;~Permissions management||0||||",
  /** Grants permission to retrieve a table. Access level: Read. Resources: catalog, database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-tables.html#aws-glue-api-catalog-tables-GetTable */
  GetTable:
    "|,;~Read||0|catalog;0;,database;1;,rootcatalog;1;,table;1;|5,6|athena:GetTable|GetColumnStatisticsForTable,;",
  /** Grants permission to return the configuration of all optimizers associated with a specified table. Access level: Read. Resources: database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-table-optimizers.html#aws-glue-api-table-optimizers-GetTableOptimizer */
  GetTableOptimizer: "|,;~Read||0|database;1;,rootcatalog;1;,table;1;||glue:GetTable|;",
  /** Grants permission to retrieve a version of a table. Access level: Read. Resources: catalog, database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-tables.html#aws-glue-api-catalog-tables-GetTableVersion */
  GetTableVersion: "|,;~Read||0|catalog;0;,database;1;,rootcatalog;1;,table;1;|6||;",
  /** Grants permission to retrieve a list of versions of a table. Access level: Read. Resources: catalog, database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-tables.html#aws-glue-api-catalog-tables-GetTableVersions */
  GetTableVersions: "|,;~Read||0|catalog;0;,database;1;,rootcatalog;1;,table;1;|6||;",
  /** Grants permission to retrieve the tables in a database. Access level: Read. Resources: catalog, database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-tables.html#aws-glue-api-catalog-tables-GetTables */
  GetTables: "|,;~Read||0|catalog;0;,database;1;,rootcatalog;1;,table;1;|5,6|athena:GetTables|;",
  /** Grants permission to retrieve all tags associated with a resource. Access level: Read. Resources: blueprint, catalog, connection, connectionType, crawler, customEntityType, database, devendpoint, job, trigger, usageProfile, workflow. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-tags.html#aws-glue-api-tags-UntagResource */
  GetTags:
    "|,;~Read||0|blueprint;0;,catalog;0;,connection;0;,connectionType;0;,crawler;0;,customEntityType;0;,database;0;,devendpoint;0;,job;0;,trigger;0;,usageProfile;0;,workflow;0;|||;",
  /** Grants permission to retrieve a trigger. Access level: Read. Resources: trigger*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-trigger.html#aws-glue-api-jobs-trigger-GetTrigger */
  GetTrigger: "|,;~Read||0|trigger;1;|||BatchGetTriggers,;",
  /** Grants permission to retrieve the triggers associated with a job. Access level: Read. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-trigger.html#aws-glue-api-jobs-trigger-GetTriggers */
  GetTriggers: "|,;~Read||0||||;",
  /** Grants permission to retrieve a usage profile. Access level: Read. Resources: usageProfile*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-usage-profiles.html#aws-glue-api-usage-profiles-GetUsageProfile */
  GetUsageProfile: "|,;~Read||0|usageProfile;1;|||CreateJob,CreateSession,;,StartJobRun,UpdateJob",
  /** Grants permission to retrieve a function definition. Access level: Read. Resources: catalog, database*, rootcatalog*, userdefinedfunction*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-functions.html#aws-glue-api-catalog-functions-GetUserDefinedFunction */
  GetUserDefinedFunction: "|,;~Read||0|catalog;0;,database;1;,rootcatalog;1;,userdefinedfunction;1;|6||;",
  /** Grants permission to retrieve multiple function definitions. Access level: Read. Resources: catalog, database*, rootcatalog*, userdefinedfunction*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-functions.html#aws-glue-api-catalog-functions-GetUserDefinedFunctions */
  GetUserDefinedFunctions: "|,;~Read||0|catalog;0;,database;1;,rootcatalog;1;,userdefinedfunction;1;|5,6||;",
  /** Grants permission to retrieve a workflow. Access level: Read. Resources: workflow*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-workflow.html#aws-glue-api-workflow-GetWorkflow */
  GetWorkflow: "|,;~Read||0|workflow;1;|||BatchGetWorkflows,;",
  /** Grants permission to retrieve a workflow run. Access level: Read. Resources: workflow*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-workflow.html#aws-glue-api-workflow-GetWorkflowRun */
  GetWorkflowRun: "|,;~Read||0|workflow;1;|||;",
  /** Grants permission to retrieve workflow run properties. Access level: Read. Resources: workflow*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-workflow.html#aws-glue-api-workflow-GetWorkflowRunProperties */
  GetWorkflowRunProperties: "|,;~Read||0|workflow;1;|||;",
  /** Grants permission to retrieve all runs of a workflow. Access level: Read. Resources: workflow*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-workflow.html#aws-glue-api-workflow-GetWorkflowRuns */
  GetWorkflowRuns: "|,;~Read||0|workflow;1;|||;",
  /** Grants permission to access Glue Studio Notebooks. Access level: Permissions management. https://docs.aws.amazon.com/glue/latest/ug/notebook-getting-started.html#create-notebook-permissions-operations */
  GlueNotebookAuthorize: "|,;~Permissions management||0||||",
  /** Grants permission to refresh Glue Studio Notebooks credentials. Access level: Permissions management. https://docs.aws.amazon.com/glue/latest/ug/notebook-getting-started.html#create-notebook-permissions-operations */
  GlueNotebookRefreshCredentials: "|,;~Permissions management||0||||",
  /** Grants permission to import an Athena data catalog into AWS Glue. Access level: Write. Resources: rootcatalog*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-migration.html#aws-glue-api-catalog-migration-ImportCatalogToGlue */
  ImportCatalogToGlue: "|,;~Write||0|rootcatalog;1;|6||;",
  /** Grants permission to retrieve all blueprints. Access level: List. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-workflow.html#aws-glue-api-workflow-ListBlueprints */
  ListBlueprints: "|,;~List||0||||;",
  /** Grants permission to list all Column Statistics run-ids that have been executed for the account. Access level: Read. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-crawler-column-statistics.html#aws-glue-api-crawler-column-statistics-ListColumnStatisticsTaskRuns */
  ListColumnStatisticsTaskRuns: "|,;~Read||0||||;",
  /** Grants permission to list connection types in glue. Access level: Permissions management. https://docs.aws.amazon.com/glue/latest/dg/glue-connections.html#connection-type-permissions-operations */
  ListConnectionTypes: "|,;~Permissions management||0||||;",
  /** Grants permission to retrieve all crawlers. Access level: List. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-crawler-crawling.html#aws-glue-api-crawler-crawling-ListCrawlers */
  ListCrawlers: "|,;~List||0||||;",
  /** Grants permission to retrieve crawl run history for a crawler. Access level: List. Resources: crawler*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-crawler-crawling.html#aws-glue-api-crawler-crawling-ListCrawls */
  ListCrawls: "|,;~List||0|crawler;1;|||;",
  /** Grants permission to retrieve all Custom Entity Types. Access level: List. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-sensitive-data-api.html#aws-glue-api-sensitive-data-api-ListGetCustomEntityTypes */
  ListCustomEntityTypes: "|,;~List||0||||;",
  /** Grants permission to retrieve all Data Quality results. Access level: List. Resources: dataQualityRuleset*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-data-quality-api.html#aws-glue-api-data-quality-api-ListDataQualityResults */
  ListDataQualityResults: "|,;~List||0|dataQualityRuleset;1;|||;",
  /** Grants permission to retrieve all Data Quality rule recommendation runs. Access level: List. Resources: dataQualityRuleset*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-data-quality-api.html#aws-glue-api-data-quality-api-ListDataQualityRuleRecommendationRuns */
  ListDataQualityRuleRecommendationRuns: "|,;~List||0|dataQualityRuleset;1;|||;",
  /** Grants permission to retrieve all Data Quality rule recommendation runs. Access level: List. Resources: dataQualityRuleset*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-data-quality-api.html#aws-glue-api-data-quality-api-ListDataQualityRulesetEvaluationRuns */
  ListDataQualityRulesetEvaluationRuns: "|,;~List||0|dataQualityRuleset;1;|||;",
  /** Grants permission to retrieve a list of Data Quality rulesets. Access level: List. Resources: dataQualityRuleset*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-data-quality-api.html#aws-glue-api-data-quality-api-ListDataQualityRulesets */
  ListDataQualityRulesets: "|,;~List||0|dataQualityRuleset;1;|||;",
  /** Grants permission to retrieve all development endpoints. Access level: List. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-dev-endpoint.html#aws-glue-api-dev-endpoint-ListDevEndpoints */
  ListDevEndpoints: "|,;~List||0||||;",
  /** Grants permission to list entities in glue studio. Access level: Permissions management. Resources: connection*, connectionType, rootcatalog*. https://docs.aws.amazon.com/glue/latest/dg/glue-connections.html#connection-type-permissions-operations */
  ListEntities: "|,;~Permissions management||0|connection;1;,connectionType;0;,rootcatalog;1;|||;",
  /** Grants permission to list zero-ETL integration resource properties. Access level: List. Resources: catalog*, connection*, database*, integrationResourceProperty*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-integrations.html#aws-glue-api-integrations-ListIntegrationResourceProperties */
  ListIntegrationResourceProperties:
    "|,;~List||0|catalog;1;,connection;1;,database;1;,integrationResourceProperty;1;|||;",
  /** Grants permission to list upgrade analyses for a job. Access level: List. Resources: job*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-upgrade-analysis.html#aws-glue-api-upgrade-analysis-ListJobUpgradeAnalyses */
  ListJobUpgradeAnalyses: "|,;~List||0|job;1;|||",
  /** Grants permission to retrieve all current jobs. Access level: List. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-job.html#aws-glue-api-jobs-job-ListJobs */
  ListJobs: "|,;~List||0||||;",
  /** Grants permission to retrieve all ML Transforms. Access level: List. Resources: mlTransform*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-machine-learning-api.html#aws-glue-api-machine-learning-api-ListMLTransforms */
  ListMLTransforms: "|,;~List||0|mlTransform;1;|||;",
  /** Grants permission to retrieve a list of schema registries. Access level: List. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-schema-registry-api.html#aws-glue-api-schema-registry-api-ListRegistries */
  ListRegistries: "|,;~List||0||||;",
  /** Grants permission to retrieve a list of schema versions. Access level: List. Resources: registry*, schema*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-schema-registry-api.html#aws-glue-api-schema-registry-api-ListSchemaVersions */
  ListSchemaVersions: "|,;~List||0|registry;1;,schema;1;|||;",
  /** Grants permission to retrieve a list of schema containers. Access level: List. Resources: registry. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-schema-registry-api.html#aws-glue-api-schema-registry-api-ListSchemas */
  ListSchemas: "|,;~List||0|registry;0;|||;",
  /** Grants permission to retrieve a list of interactive session. Access level: List. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-interactive-sessions.html#aws-glue-interactive-sessions-ListSessions */
  ListSessions: "|,;~List||0||||;",
  /** Grants permission to retrieve a list of statements in an interactive session. Access level: List. Resources: session*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-interactive-sessions.html#aws-glue-interactive-sessions-ListStatements */
  ListStatements: "|,;~List||0|session;1;|||;",
  /** Grants permission to list the history of previous optimizer runs for a specific table. Access level: List. Resources: database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-table-optimizers.html#aws-glue-api-table-optimizers-ListTableOptimizerRuns */
  ListTableOptimizerRuns: "|,;~List||0|database;1;,rootcatalog;1;,table;1;||glue:GetTable|;",
  /** Grants permission to retrieve all triggers. Access level: List. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-trigger.html#aws-glue-api-jobs-trigger-ListTriggers */
  ListTriggers: "|,;~List||0||||;",
  /** Grants permission to retrieve a list of usage profiles. Access level: List. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-usage-profiles.html#aws-glue-api-usage-profiles-ListUsageProfiles */
  ListUsageProfiles: "|,;~List||0||||;",
  /** Grants permission to retrieve all workflows. Access level: List. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-workflow.html#aws-glue-api-workflow-ListWorkflows */
  ListWorkflows: "|,;~List||0||||;",
  /** Grants permission to use Glue managed connectors to query data. Access level: Permissions management. https://docs.aws.amazon.com/glue/latest/dg/glue-connections.html#connection-type-permissions-operations */
  ManagedConnector: "|,;~Permissions management||0||||",
  /** Grants permission to modify a zero-ETL integration. Access level: Write. Resources: integration*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-integrations.html#aws-glue-api-integrations-ModifyIntegration */
  ModifyIntegration: "|,;~Write||0|integration;1;|1||;",
  /** Grants permission to notify an event to the event-driven workflow. Access level: Write. Resources: workflow*. https://docs.aws.amazon.com/glue/latest/dg/starting-workflow-eventbridge.html */
  NotifyEvent: "|,;~Write||0|workflow;1;|||",
  /** Grants permission to pass glue connection name in input for APIs that require them. Access level: Write. Resources: connection*. Permission only. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-connections.html#aws-glue-api-catalog-connections-CreateConnection */
  PassConnection:
    "|,;~Write||1|connection;1;|||CreateCatalog,CreateDatabase,CreateTable,CreateTableOptimizer,UpdateTable,UpdateTableOptimizer",
  /** Grants permission to publish Data Quality results. Access level: Write. Resources: dataQualityRuleset*. Permission only. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-data-quality-api.html */
  PublishDataQuality: "|,;~Write||1|dataQualityRuleset;1;|||",
  /** Grants permission to update catalog encryption settings. Access level: Write. Resources: rootcatalog*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-security.html#aws-glue-api-jobs-security-PutDataCatalogEncryptionSettings */
  PutDataCatalogEncryptionSettings: "|,;~Write||0|rootcatalog;1;||iam:PassRole|;",
  /** Grants permission to annotate all datapoints for a profile. Access level: Write. Resources: dataQualityRuleset*, job*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-data-quality-api.html#aws-glue-api-data-quality-api-PutDataQualityProfileAnnotation */
  PutDataQualityProfileAnnotation: "|,;~Write||0|dataQualityRuleset;1;,job;1;|||;",
  /** Grants permission to annotate datapoints over time for a specific data quality statistic. Access level: Write. Resources: dataQualityRuleset*, job*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-data-quality-api.html#aws-glue-api-data-quality-api-BatchPutDataQualityStatisticAnnotation */
  PutDataQualityStatisticAnnotation:
    "|,;~Write||0|dataQualityRuleset;1;,job;1;|||BatchPutDataQualityStatisticAnnotation",
  /** Grants permission to update a resource policy. Access level: Permissions management. Resources: rootcatalog*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-security.html#aws-glue-api-jobs-security-PutResourcePolicy */
  PutResourcePolicy: "|,;~Permissions management||0|rootcatalog;1;|||",
  /** Grants permission to add metadata to schema version. Access level: Write. Resources: registry, schema. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-schema-registry-api.html#aws-glue-api-schema-registry-api-PutSchemaVersionMetadata */
  PutSchemaVersionMetadata: "|,;~Write||0|registry;0;,schema;0;|||;",
  /** Grants permission to update workflow run properties. Access level: Write. Resources: workflow*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-workflow.html#aws-glue-api-workflow-PutWorkflowRunProperties */
  PutWorkflowRunProperties: "|,;~Write||0|workflow;1;|||;",
  /** Grants permission to fetch metadata for a schema version. Access level: List. Resources: registry, schema. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-schema-registry-api.html#aws-glue-api-schema-registry-api-QuerySchemaVersionMetadata */
  QuerySchemaVersionMetadata: "|,;~List||0|registry;0;,schema;0;|||;",
  /** Grants permission to refresh the oauth2 tokens for connection during job execution. Access level: Permissions management. Resources: connection*, connectionType, rootcatalog*. https://docs.aws.amazon.com/glue/latest/dg/glue-connections.html#connection-type-permissions-operations */
  RefreshOAuth2Tokens: "|,;~Permissions management||0|connection;1;,connectionType;0;,rootcatalog;1;|||",
  /** Grants permission to register connection type. Access level: Write. Resources: connectionType*. https://docs.aws.amazon.com/glue/latest/dg/glue-connections.html#connection-type-permissions-operations */
  RegisterConnectionType: "|,;~Write||0|connectionType;1;|0,1,2|glue:TagResource|;",
  /** Grants permission to create a new schema version. Access level: Write. Resources: registry*, schema*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-schema-registry-api.html#aws-glue-api-schema-registry-api-RegisterSchemaVersion */
  RegisterSchemaVersion: "|,;~Write||0|registry;1;,schema;1;|||;",
  /** Grants permission to remove metadata from schema version. Access level: Write. Resources: registry, schema. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-schema-registry-api.html#aws-glue-api-schema-registry-api-RemoveSchemaVersionMetadata */
  RemoveSchemaVersionMetadata: "|,;~Write||0|registry;0;,schema;0;|||;",
  /** Grants permission to rename a table. Access level: Write. Resources: catalog, database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-tables.html#aws-glue-api-catalog-tables-RenameTable */
  RenameTable: "|,;~Write||0|catalog;0;,database;1;,rootcatalog;1;,table;1;|5,6||",
  /** Grants permission to request log parsing for SparkUI. Access level: Permissions management. https://docs.aws.amazon.com/glue/latest/dg/monitor-spark-ui.html */
  RequestLogParsing: "|,;~Permissions management||0||||",
  /** Grants permission to reset a job bookmark. Access level: Write. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-runs.html#aws-glue-api-jobs-runs-ResetJobBookmark */
  ResetJobBookmark: "|,;~Write||0||||;",
  /** Grants permission to resume a workflow run. Access level: Write. Resources: workflow*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-workflow.html#aws-glue-api-workflow-ResumeWorkflowRun */
  ResumeWorkflowRun: "|,;~Write||0|workflow;1;|||;",
  /** Grants permission to run Data Preview Statement. Access level: Permissions management. https://docs.aws.amazon.com/glue/latest/ug/notebook-getting-started.html#create-notebook-permissions-operations */
  RunDataPreviewStatement: "|,;~Permissions management||0||||",
  /** Grants permission to run a code or statement in an interactive session. Access level: Write. Resources: session*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-interactive-sessions.html#aws-glue-interactive-sessions-RunStatement */
  RunStatement: "|,;~Write||0|session;1;|||;",
  /** Grants permission to retrieve the tables in the catalog. Access level: Read. Resources: catalog, database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-tables.html#aws-glue-api-catalog-tables-SearchTables */
  SearchTables: "|,;~Read||0|catalog;0;,database;1;,rootcatalog;1;,table;1;|6||;",
  /** Grants permission to provide feedback about a glue completion experience in AWS Q. Access level: Write. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api.html# */
  SendFeedback: "|,;~Write||0||||",
  /** Grants permission to execute a Data Preparation Recipe statement in data preview. Access level: Permissions management. https://docs.aws.amazon.com/glue/latest/ug/setting-up.html#getting-started-min-privs */
  SendRecipeAction: "|,;~Permissions management||0||||",
  /** Grants permission to start running a blueprint. Access level: Write. Resources: blueprint*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-workflow.html#aws-glue-api-workflow-StartBlueprintRun */
  StartBlueprintRun: "|,;~Write||0|blueprint;1;||iam:PassRole|;",
  /** Grants permission to start a run for generating Column Statistics for the table. Access level: Write. Resources: database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-crawler-column-statistics.html#aws-glue-api-crawler-column-statistics-StartColumnStatisticsTaskRun */
  StartColumnStatisticsTaskRun:
    "|,;~Write||0|database;1;,rootcatalog;1;,table;1;||glue:GetSecurityConfiguration,glue:GetTable,iam:PassRole|;",
  /** Grants permission to start a column statistics task run schedule. Access level: Write. Resources: database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-crawler-column-statistics.html#aws-glue-api-crawler-column-statistics-StartColumnStatisticsTaskRunSchedule */
  StartColumnStatisticsTaskRunSchedule: "|,;~Write||0|database;1;,rootcatalog;1;,table;1;|||;",
  /** Grants permission to create a completion request in Glue for AWS Q experience. Access level: Write. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api.html# */
  StartCompletion: "|,;~Write||0||||",
  /** Grants permission to start a crawler. Access level: Write. Resources: crawler*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-crawler-crawling.html#aws-glue-api-crawler-crawling-StartCrawler */
  StartCrawler: "|,;~Write||0|crawler;1;|||;",
  /** Grants permission to change the schedule state of a crawler to SCHEDULED. Access level: Write. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-crawler-scheduler.html#aws-glue-api-crawler-scheduler-StartCrawlerSchedule */
  StartCrawlerSchedule: "|,;~Write||0||||;",
  /** Grants permission to start a Data Quality rule recommendation run. Access level: Write. Resources: dataQualityRuleset*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-data-quality-api.html#aws-glue-api-data-quality-api-StartDataQualityRuleRecommendationRun */
  StartDataQualityRuleRecommendationRun: "|,;~Write||0|dataQualityRuleset;1;||iam:PassRole|;",
  /** Grants permission to start a Data Quality rule recommendation run. Access level: Write. Resources: dataQualityRuleset*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-data-quality-api.html#aws-glue-api-data-quality-api-StartDataQualityRulesetEvaluationRun */
  StartDataQualityRulesetEvaluationRun: "|,;~Write||0|dataQualityRuleset;1;||iam:PassRole|;",
  /** Grants permission to start an Export Labels ML Task Run. Access level: Write. Resources: mlTransform*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-machine-learning-api.html#aws-glue-api-machine-learning-api-StartExportLabelsTaskRun */
  StartExportLabelsTaskRun: "|,;~Write||0|mlTransform;1;|||;",
  /** Grants permission to start an Import Labels ML Task Run. Access level: Write. Resources: mlTransform*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-machine-learning-api.html#aws-glue-api-machine-learning-api-StartImportLabelsTaskRun */
  StartImportLabelsTaskRun: "|,;~Write||0|mlTransform;1;|||;",
  /** Grants permission to start running a job. Access level: Write. Resources: job*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-runs.html#aws-glue-api-jobs-runs-StartJobRun */
  StartJobRun: "|,;~Write||0|job;1;||glue:GetUsageProfile|;",
  /** Grants permission to start running upgrade analysis for a job. Access level: Write. Resources: job*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-upgrade-analysis.html#aws-glue-api-upgrade-analysis-StartJobUpgradeAnalysis */
  StartJobUpgradeAnalysis: "|,;~Write||0|job;1;|||",
  /** Grants permission to start an Evaluation ML Task Run. Access level: Write. Resources: mlTransform*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-machine-learning-api.html#aws-glue-api-machine-learning-api-StartMLEvaluationTaskRun */
  StartMLEvaluationTaskRun: "|,;~Write||0|mlTransform;1;|||;",
  /** Grants permission to start a Labeling Set Generation ML Task Run. Access level: Write. Resources: mlTransform*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-machine-learning-api.html#aws-glue-api-machine-learning-api-StartMLLabelingSetGenerationTaskRun */
  StartMLLabelingSetGenerationTaskRun: "|,;~Write||0|mlTransform;1;|||;",
  /** Grants permission to start Glue Studio Notebooks. Access level: Permissions management. https://docs.aws.amazon.com/glue/latest/ug/notebook-getting-started.html#create-notebook-permissions-operations */
  StartNotebook: "|,;~Permissions management||0||||",
  /** Grants permission to start a trigger. Access level: Write. Resources: trigger*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-trigger.html#aws-glue-api-jobs-trigger-StartTrigger */
  StartTrigger: "|,;~Write||0|trigger;1;|||;",
  /** Grants permission to start running a workflow. Access level: Write. Resources: workflow*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-workflow.html#aws-glue-api-workflow-StartWorkflowRun */
  StartWorkflowRun: "|,;~Write||0|workflow;1;|||;",
  /** Grants permission to stop execution for Column Statistics run. Access level: Write. Resources: database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-crawler-column-statistics.html#aws-glue-api-crawler-column-statistics-StopColumnStatisticsTaskRun */
  StopColumnStatisticsTaskRun: "|,;~Write||0|database;1;,rootcatalog;1;,table;1;|||;",
  /** Grants permission to stop a column statistics task run schedule. Access level: Write. Resources: database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-crawler-column-statistics.html#aws-glue-api-crawler-column-statistics-StopColumnStatisticsTaskRunSchedule */
  StopColumnStatisticsTaskRunSchedule: "|,;~Write||0|database;1;,rootcatalog;1;,table;1;|||;",
  /** Grants permission to stop a running crawler. Access level: Write. Resources: crawler*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-crawler-crawling.html#aws-glue-api-crawler-crawling-StopCrawler */
  StopCrawler: "|,;~Write||0|crawler;1;|||;",
  /** Grants permission to set the schedule state of a crawler to NOT_SCHEDULED. Access level: Write. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-crawler-scheduler.html#aws-glue-api-crawler-scheduler-StopCrawlerSchedule */
  StopCrawlerSchedule: "|,;~Write||0||||;",
  /** Grants permission to stop an on-going upgrade analysis for a job. Access level: Write. Resources: job*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-upgrade-analysis.html#aws-glue-api-upgrade-analysis-StopJobUpgradeAnalysis */
  StopJobUpgradeAnalysis: "|,;~Write||0|job;1;|||",
  /** Grants permission to stop an interactive session. Access level: Write. Resources: session*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-interactive-sessions.html#aws-glue-interactive-sessions-StopSession */
  StopSession: "|,;~Write||0|session;1;|||;",
  /** Grants permission to stop a trigger. Access level: Write. Resources: trigger*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-trigger.html#aws-glue-api-jobs-trigger-StopTrigger */
  StopTrigger: "|,;~Write||0|trigger;1;|||;",
  /** Grants permission to stop a workflow run. Access level: Write. Resources: workflow*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-workflow.html#aws-glue-api-workflow-StopWorkflowRun */
  StopWorkflowRun: "|,;~Write||0|workflow;1;|||;",
  /** Grants permission to add tags to a resource. Access level: Tagging. Resources: blueprint, catalog, connection, connectionType, crawler, customEntityType, dataQualityRuleset, database, devendpoint, integration, integrationResourceProperty, job, mlTransform, registry, schema, session, trigger, usageProfile, workflow. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-tags.html#aws-glue-api-tags-TagResource */
  TagResource:
    "|,;~Tagging||0|blueprint;0;,catalog;0;,connection;0;,connectionType;0;,crawler;0;,customEntityType;0;,dataQualityRuleset;0;,database;0;,devendpoint;0;,integration;0;,integrationResourceProperty;0;,job;0;,mlTransform;0;,registry;0;,schema;0;,session;0;,trigger;0;,usageProfile;0;,workflow;0;|0,2,6||CreateBlueprint,CreateCatalog,CreateConnection,CreateCrawler,CreateCustomEntityType,CreateDataQualityRuleset,CreateDatabase,CreateDevEndpoint,CreateIntegration,CreateIntegrationResourceProperty,CreateJob,CreateMLTransform,CreateRegistry,CreateSchema,CreateSession,CreateTrigger,CreateUsageProfile,CreateWorkflow,RegisterConnectionType,;",
  /** Grants permission to terminate Glue Studio Notebooks. Access level: Permissions management. https://docs.aws.amazon.com/glue/latest/ug/notebook-getting-started.html#create-notebook-permissions-operations */
  TerminateNotebook: "|,;~Permissions management||0||||",
  /** Grants permission to test connection in Glue Studio. Access level: Permissions management. Resources: connection, connectionType. https://docs.aws.amazon.com/glue/latest/dg/console-test-connections.html */
  TestConnection: "|,;~Permissions management||0|connection;0;,connectionType;0;||iam:PassRole|;",
  /** Grants permission to remove tags associated with a resource. Access level: Tagging. Resources: blueprint, catalog, connection, connectionType, crawler, customEntityType, dataQualityRuleset, database, devendpoint, integration, integrationResourceProperty, job, mlTransform, registry, schema, session, trigger, usageProfile, workflow. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-tags.html#aws-glue-api-tags-UntagResource */
  UntagResource:
    "|,;~Tagging||0|blueprint;0;,catalog;0;,connection;0;,connectionType;0;,crawler;0;,customEntityType;0;,dataQualityRuleset;0;,database;0;,devendpoint;0;,integration;0;,integrationResourceProperty;0;,job;0;,mlTransform;0;,registry;0;,schema;0;,session;0;,trigger;0;,usageProfile;0;,workflow;0;|2,6||;",
  /** Grants permission to update a blueprint. Access level: Write. Resources: blueprint*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-workflow.html#aws-glue-api-workflow-UpdateBlueprint */
  UpdateBlueprint: "|,;~Write||0|blueprint;1;|||;",
  /** Grants permission to update a catalog. Access level: Write. Resources: catalog, rootcatalog*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog.html */
  UpdateCatalog: "|,;~Write||0|catalog;0;,rootcatalog;1;|5,6|iam:PassRole|;",
  /** Grants permission to update a classifier. Access level: Write. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-crawler-classifiers.html#aws-glue-api-crawler-classifiers-UpdateClassifier */
  UpdateClassifier: "|,;~Write||0||||;",
  /** Grants permission to update partition statistics of columns. Access level: Write. Resources: catalog, database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-partitions.html#aws-glue-api-catalog-partitions-UpdateColumnStatisticsForPartition */
  UpdateColumnStatisticsForPartition: "|,;~Write||0|catalog;0;,database;1;,rootcatalog;1;,table;1;|6||",
  /** Grants permission to update table statistics of columns. Access level: Write. Resources: catalog, database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-tables.html#aws-glue-api-catalog-tables-UpdateColumnStatisticsForTable */
  UpdateColumnStatisticsForTable: "|,;~Write||0|catalog;0;,database;1;,rootcatalog;1;,table;1;|6||",
  /** Grants permission to update settings for a column statistics task. Access level: Write. Resources: database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-crawler-column-statistics.html#aws-glue-api-crawler-column-statistics-UpdateColumnStatisticsTaskSettings */
  UpdateColumnStatisticsTaskSettings: "|,;~Write||0|database;1;,rootcatalog;1;,table;1;||iam:PassRole|;",
  /** Grants permission to update a connection. Access level: Write. Resources: connection*, connectionType, rootcatalog*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-connections.html#aws-glue-api-catalog-connections-UpdateConnection */
  UpdateConnection: "|,;~Write||0|connection;1;,connectionType;0;,rootcatalog;1;|6|iam:PassRole|;",
  /** Grants permission to update a crawler. Access level: Write. Resources: crawler*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-crawler-crawling.html#aws-glue-api-crawler-crawling-UpdateCrawler */
  UpdateCrawler: "|,;~Write||0|crawler;1;||iam:PassRole|;",
  /** Grants permission to update the schedule of a crawler. Access level: Write. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-crawler-scheduler.html#aws-glue-api-crawler-scheduler-UpdateCrawlerSchedule */
  UpdateCrawlerSchedule: "|,;~Write||0||||;",
  /** Grants permission to update a Data Quality ruleset. Access level: Write. Resources: dataQualityRuleset*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-data-quality-api.html#aws-glue-api-data-quality-api-UpdateDataQualityRuleset */
  UpdateDataQualityRuleset: "|,;~Write||0|dataQualityRuleset;1;|||;",
  /** Grants permission to update a database. Access level: Write. Resources: catalog, database*, rootcatalog*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-databases.html#aws-glue-api-catalog-databases-UpdateDatabase */
  UpdateDatabase: "|,;~Write||0|catalog;0;,database;1;,rootcatalog;1;|5,6||;",
  /** Grants permission to update a development endpoint. Access level: Write. Resources: devendpoint*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-dev-endpoint.html#aws-glue-api-dev-endpoint-UpdateDevEndpoint */
  UpdateDevEndpoint: "|,;~Write||0|devendpoint;1;|||;",
  /** Grants permission to update the managed Idc application. Access level: Write. https://docs.aws.amazon.com/glue/latest/dg/security-trusted-identity-propagation-getting-started.html#security-trusted-identity-propagation-connecting */
  UpdateGlueIdentityCenterConfiguration: "|,;~Write||0||||;",
  /** Grants permission to update the integration resource property. Access level: Write. Resources: catalog*, connection*, database*, integrationResourceProperty*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-integrations.html#aws-glue-api-integrations-UpdateIntegrationResourceProperty */
  UpdateIntegrationResourceProperty:
    "|,;~Write||0|catalog;1;,connection;1;,database;1;,integrationResourceProperty;1;||iam:PassRole|;",
  /** Grants permission to update the integration table properties. Access level: Write. Resources: catalog*, connection*, database*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-integrations.html#aws-glue-api-integrations-UpdateIntegrationTableProperties */
  UpdateIntegrationTableProperties: "|,;~Write||0|catalog;1;,connection;1;,database;1;|||;",
  /** Grants permission to update a job. Access level: Write. Resources: job*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-job.html#aws-glue-api-jobs-job-UpdateJob */
  UpdateJob: "|,;~Write||0|job;1;|8,9,10|glue:GetUsageProfile,iam:PassRole|;",
  /** Grants permission to update a job from source control provider. Access level: Write. Resources: job*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-job.html#aws-glue-api-jobs-job-UpdateJobFromSourceControl */
  UpdateJobFromSourceControl: "|,;~Write||0|job;1;|||;",
  /** Grants permission to update an ML Transform. Access level: Write. Resources: mlTransform*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-machine-learning-api.html#aws-glue-api-machine-learning-api-UpdateMLTransform */
  UpdateMLTransform: "|,;~Write||0|mlTransform;1;||iam:PassRole|;",
  /** Grants permission to update a partition. Access level: Write. Resources: catalog, database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-partitions.html#aws-glue-api-catalog-partitions-UpdatePartition */
  UpdatePartition:
    "|,;~Write||0|catalog;0;,database;1;,rootcatalog;1;,table;1;|6||DeleteColumnStatisticsForPartition,UpdateColumnStatisticsForPartition,;",
  /** Grants permission to update a schema registry. Access level: Write. Resources: registry*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-schema-registry-api.html#aws-glue-api-schema-registry-api-UpdateRegistry */
  UpdateRegistry: "|,;~Write||0|registry;1;|||;",
  /** Grants permission to update a schema container. Access level: Write. Resources: registry*, schema*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-schema-registry-api.html#aws-glue-api-schema-registry-api-UpdateSchema */
  UpdateSchema: "|,;~Write||0|registry;1;,schema;1;|||;",
  /** Grants permission to update source control provider from a job. Access level: Write. Resources: job*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-job.html#aws-glue-api-jobs-job-UpdateSourceControlFromJob */
  UpdateSourceControlFromJob: "|,;~Write||0|job;1;|||;",
  /** Grants permission to update a table. Access level: Write. Resources: catalog, database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-tables.html#aws-glue-api-catalog-tables-UpdateTable */
  UpdateTable:
    "|,;~Write||0|catalog;0;,database;1;,rootcatalog;1;,table;1;|5,6|glue:PassConnection,iam:PassRole|CreatePartitionIndex,DeleteColumnStatisticsForTable,DeletePartitionIndex,UpdateColumnStatisticsForTable,;",
  /** Grants permission to update the configuration for an existing table optimizer. Access level: Write. Resources: database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-table-optimizers.html#aws-glue-api-table-optimizers-UpdateTableOptimizer */
  UpdateTableOptimizer:
    "|,;~Write||0|database;1;,rootcatalog;1;,table;1;||glue:GetTable,glue:PassConnection,iam:PassRole|;",
  /** Grants permission to update a trigger. Access level: Write. Resources: trigger*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-trigger.html#aws-glue-api-jobs-trigger-UpdateTrigger */
  UpdateTrigger: "|,;~Write||0|trigger;1;|||;",
  /** Grants permission to update a usage profile. Access level: Write. Resources: usageProfile*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-usage-profiles.html#aws-glue-api-usage-profiles-UpdateUsageProfile */
  UpdateUsageProfile: "|,;~Write||0|usageProfile;1;|||;",
  /** Grants permission to update a function definition. Access level: Write. Resources: catalog, database*, rootcatalog*, userdefinedfunction*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-functions.html#aws-glue-api-catalog-functions-UpdateUserDefinedFunction */
  UpdateUserDefinedFunction: "|,;~Write||0|catalog;0;,database;1;,rootcatalog;1;,userdefinedfunction;1;|6||;",
  /** Grants permission to update a workflow. Access level: Write. Resources: workflow*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-workflow.html#aws-glue-api-workflow-UpdateWorkflow */
  UpdateWorkflow: "|,;~Write||0|workflow;1;|||;",
  /** Grants permission to upgrade a job to the latest version. Access level: Write. Resources: job*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-upgrade-analysis.html#aws-glue-api-upgrade-analysis-UpgradeJob */
  UpgradeJob: "|,;~Write||0|job;1;|||",
  /** Grants permission to use Glue Studio and access its internal APIs. Access level: Permissions management. https://docs.aws.amazon.com/glue/latest/ug/setting-up.html#getting-started-min-privs */
  UseGlueStudio: "|,;~Permissions management||0||||",
  /** Grants permission to use an ML Transform from within a Glue ETL Script. Access level: Write. Resources: mlTransform*. Permission only. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-machine-learning-api.html */
  UseMLTransforms: "|,;~Write||1|mlTransform;1;|||",
} as const;
const actionDetails = {
  AuthorizeInboundIntegration:
    "|,;~|Grants permission to Glue to continuously validate that the target Arn can receive data replicated from the source ARN",
  BatchCreatePartition: "|,;~|Grants permission to create one or more partitions",
  BatchDeleteConnection: "|,;~~~|Grants permission to delete one or more connections",
  BatchDeletePartition: "|,;~|Grants permission to delete one or more partitions",
  BatchDeleteTable: "|,;~|Grants permission to delete one or more tables",
  BatchDeleteTableVersion: "|,;~~~|Grants permission to delete one or more versions of a table",
  BatchGetBlueprints: "|,;~~~|Grants permission to retrieve one or more blueprints",
  BatchGetCrawlers: "|,;~~~|Grants permission to retrieve one or more crawlers",
  BatchGetCustomEntityTypes: "|,;~~~|Grants permission to retrieve one or more Custom Entity Types",
  BatchGetDevEndpoints: "|,;~~~|Grants permission to retrieve one or more development endpoints",
  BatchGetJobs: "|,;~~~|Grants permission to retrieve one or more jobs",
  BatchGetPartition: "|,;~|Grants permission to retrieve one or more partitions",
  BatchGetStageFiles: "|,;~|Grants permission to batch get stage files for SparkUI",
  BatchGetTableOptimizer: "|,;~~~|Grants permission to return the configuration for the specified table optimizers",
  BatchGetTriggers: "|,;~~~|Grants permission to retrieve one or more triggers",
  BatchGetWorkflows: "|,;~~~|Grants permission to retrieve one or more workflows",
  BatchStopJobRun: "|,;~~~|Grants permission to stop one or more job runs for a job",
  BatchUpdatePartition: "|,;~|Grants permission to update one or more partitions",
  CancelDataQualityRuleRecommendationRun:
    "|,;~~~|Grants permission to stop a running Data Quality rule recommendation run",
  CancelDataQualityRulesetEvaluationRun:
    "|,;~~~|Grants permission to stop a running Data Quality ruleset evaluation run",
  CancelMLTaskRun: "|,;~~~|Grants permission to stop a running ML Task Run",
  CancelStatement: "|,;~~~|Grants permission to cancel a statement in an interactive session",
  CheckSchemaVersionValidity: "|,;~~~|Grants permission to retrieve a check the validity of schema version",
  CreateBlueprint: "|,;~~~|Grants permission to create a blueprint",
  CreateCatalog: "|,;~~~|Grants permission to create a catalog",
  CreateClassifier: "|,;~~~|Grants permission to create a classifier",
  CreateColumnStatisticsTaskSettings: "|,;~~~|Grants permission to create settings for a column statistics task",
  CreateConnection: "|,;~~~|Grants permission to create a connection",
  CreateCrawler: "|,;~~~|Grants permission to create a crawler",
  CreateCustomEntityType: "|,;~~~|Grants permission to create a Custom Entity Type",
  CreateDataQualityRuleset: "|,;~~~|Grants permission to create a Data Quality ruleset",
  CreateDatabase: "|,;~~~|Grants permission to create a database",
  CreateDevEndpoint: "|,;~~~|Grants permission to create a development endpoint",
  CreateGlueIdentityCenterConfiguration: "|,;~~~|Grants permission to connect Glue with Identity Center",
  CreateInboundIntegration:
    "|,;~|Grants permission to the source principal to create an inbound integration for data to be replicated from the source into the target",
  CreateIntegration: "|,;~~~|Grants permission to create an integration",
  CreateIntegrationResourceProperty: "|,;~~~|Grants permission to create integration resource property",
  CreateIntegrationTableProperties: "|,;~~~|Grants permission to create integration table properties",
  CreateJob: "|,;~~~|Grants permission to create a job",
  CreateMLTransform: "|,;~~~|Grants permission to create an ML Transform",
  CreatePartition: "|,;~~~|Grants permission to create a partition",
  CreatePartitionIndex: "|,;~|Grants permission to create a specified partition index in an existing table",
  CreateRegistry: "|,;~~~|Grants permission to create a new schema registry",
  CreateSchema: "|,;~~~|Grants permission to create a new schema container",
  CreateScript: "|,;~~~|Grants permission to create a script",
  CreateSecurityConfiguration: "|,;~~~|Grants permission to create a security configuration",
  CreateSession: "|,;~~~|Grants permission to create an interactive session",
  CreateTable: "|,;~~~|Grants permission to create a table",
  CreateTableOptimizer:
    "|,;~~~|Grants permission to create a new table optimizer for a specific function. Compaction is the only currently supported optimizer type",
  CreateTrigger: "|,;~~~|Grants permission to create a trigger",
  CreateUsageProfile: "|,;~~~|Grants permission to create a usage profile",
  CreateUserDefinedFunction: "|,;~~~|Grants permission to create a function definition",
  CreateWorkflow: "|,;~~~|Grants permission to create a workflow",
  DeleteBlueprint: "|,;~~~|Grants permission to delete a blueprint",
  DeleteCatalog: "|,;~~~|Grants permission to delete a catalog",
  DeleteClassifier: "|,;~~~|Grants permission to delete a classifier",
  DeleteColumnStatisticsForPartition: "|,;~|Grants permission to delete the partition column statistics of a column",
  DeleteColumnStatisticsForTable: "|,;~|Grants permission to delete the table statistics of columns",
  DeleteColumnStatisticsTaskSettings: "|,;~~~|Grants permission to delete settings for a column statistics task",
  DeleteConnection: "|,;~~~,~~|Grants permission to delete a connection",
  DeleteConnectionType: "|,;~~~|Grants permission to delete connection type",
  DeleteCrawler: "|,;~~~|Grants permission to delete a crawler",
  DeleteCustomEntityType: "|,;~~~|Grants permission to delete a Custom Entity Type",
  DeleteDataQualityRuleset: "|,;~~~|Grants permission to delete a Data Quality ruleset",
  DeleteDatabase: "|,;~~~|Grants permission to delete a database",
  DeleteDevEndpoint: "|,;~~~|Grants permission to delete a development endpoint",
  DeleteGlueIdentityCenterConfiguration: "|,;~~~|Grants permission to disconnect Glue with Identity Center",
  DeleteIntegration: "|,;~~~|Grants permission to delete an integration",
  DeleteIntegrationResourceProperty: "|,;~~~|Grants permission to delete the integration resource property",
  DeleteIntegrationTableProperties: "|,;~~~|Grants permission to delete integration table properties",
  DeleteJob: "|,;~~~|Grants permission to delete a job",
  DeleteMLTransform: "|,;~~~|Grants permission to delete an ML Transform",
  DeletePartition: "|,;~~~|Grants permission to delete a partition",
  DeletePartitionIndex: "|,;~|Grants permission to delete a specified partition index from an existing table",
  DeleteRegistry: "|,;~~~|Grants permission to delete a schema registry",
  DeleteResourcePolicy: "|,;~|Grants permission to delete a resource policy",
  DeleteSchema: "|,;~~~|Grants permission to delete a schema container",
  DeleteSchemaVersions: "|,;~~~|Grants permission to delete a range of schema versions",
  DeleteSecurityConfiguration: "|,;~~~|Grants permission to delete a security configuration",
  DeleteSession:
    "|,;~~~|Grants permission to delete an interactive session after stopping the session if not already stopped",
  DeleteTable: "|,;~~~|Grants permission to delete a table",
  DeleteTableOptimizer:
    "|,;~~~|Grants permission to delete an optimizer and all associated metadata for a table. The optimization will no longer be performed on the table",
  DeleteTableVersion: "|,;~~~,~~|Grants permission to delete a version of a table",
  DeleteTrigger: "|,;~~~|Grants permission to delete a trigger",
  DeleteUsageProfile: "|,;~~~|Grants permission to delete a usage profile",
  DeleteUserDefinedFunction: "|,;~~~|Grants permission to delete a function definition",
  DeleteWorkflow: "|,;~~~|Grants permission to delete a workflow",
  DeregisterDataPreview: "|,;~|Grants permission to terminate Glue Studio Notebook session",
  DescribeConnectionType: "|,;~~~,~~|Grants permission to describe connection type in glue",
  DescribeEntity: "|,;~~~|Grants permission to describe entity in glue studio",
  DescribeInboundIntegrations: "|,;~~~|Grants permission to list the inbound integrations",
  DescribeIntegrations: "|,;~~~|Grants permission to describe zero-ETL integrations",
  FederateAuthorization: "|,;~|Grants permission to read and write redshift federated resources",
  GetBlueprint: "|,;~~~,~~|Grants permission to retrieve a blueprint",
  GetBlueprintRun: "|,;~~~|Grants permission to retrieve a blueprint run",
  GetBlueprintRuns: "|,;~~~|Grants permission to retrieve all runs of a blueprint",
  GetCatalog: "|,;~~~|Grants permission to retrieve a catalog",
  GetCatalogImportStatus: "|,;~~~|Grants permission to retrieve the catalog import status",
  GetCatalogs: "|,;~~~|Grants permission to retrieve all catalogs",
  GetClassifier: "|,;~~~|Grants permission to retrieve a classifier",
  GetClassifiers: "|,;~~~|Grants permission to list all classifiers",
  GetColumnStatisticsForPartition: "|,;~|Grants permission to retrieve partition statistics of columns",
  GetColumnStatisticsForTable: "|,;~|Grants permission to retrieve table statistics of columns",
  GetColumnStatisticsTaskRun:
    "|,;~~~|Grants permission to retrieve Column Statistics run information for the table based on run-id",
  GetColumnStatisticsTaskRuns:
    "|,;~~~|Grants permission to retrieve Column Statistics run information for the table based on run-ids",
  GetColumnStatisticsTaskSettings: "|,;~~~|Grants permission to retrieve settings for a column statistics task",
  GetCompletion: "|,;~|Grants permission to get generated response for a completion request in Glue from AWS Q",
  GetConnection: "|,;~~~|Grants permission to retrieve a connection",
  GetConnections: "|,;~~~|Grants permission to retrieve a list of connections",
  GetCrawler: "|,;~~~|Grants permission to retrieve a crawler",
  GetCrawlerMetrics: "|,;~~~|Grants permission to retrieve metrics about crawlers",
  GetCrawlers: "|,;~~~|Grants permission to retrieve all crawlers",
  GetCustomEntityType: "|,;~~~,~~|Grants permission to read a Custom Entity Type",
  GetDashboardUrl: "|,;~|Grants permission to generate presigned url for accessing spark live UI",
  GetDataCatalogEncryptionSettings: "|,;~~~|Grants permission to retrieve catalog encryption settings",
  GetDataPreviewStatement: "|,;~|Grants permission to get Data Preview Statement",
  GetDataQualityModel:
    "|,;~~~|Grants permission to retrieve the training status of the prediction model for a statistic",
  GetDataQualityModelResult:
    "|,;~~~|Grants permission to retrieve the predictions for a statistic from the latest model",
  GetDataQualityResult: "|,;~~~,~~,~~,~~|Grants permission to retrieve a Data Quality result",
  GetDataQualityRuleRecommendationRun: "|,;~~~|Grants permission to retrieve a Data Quality rule recommendation run",
  GetDataQualityRuleset: "|,;~~~|Grants permission to retrieve a Data Quality ruleset",
  GetDataQualityRulesetEvaluationRun: "|,;~~~|Grants permission to retrieve a Data Quality rule recommendation run",
  GetDatabase: "|,;~~~|Grants permission to retrieve a database",
  GetDatabases: "|,;~~~|Grants permission to retrieve all databases",
  GetDataflowGraph: "|,;~~~|Grants permission to transform a script into a directed acyclic graph (DAG)",
  GetDevEndpoint: "|,;~~~,~~|Grants permission to retrieve a development endpoint",
  GetDevEndpoints: "|,;~~~|Grants permission to retrieve all development endpoints",
  GetEntityRecords: "|,;~~~|Grants permission to preview entity records in glue",
  GetEnvironment: "|,;~|Grants permission to get environment details for SparkUI",
  GetExecutors: "|,;~|Grants permission to get executors for SparkUI",
  GetExecutorsThreads: "|,;~|Grants permission to get executor threads for SparkUI",
  GetGeneratedCode: "|,;~|Transforms a directed acyclic graph (DAG) into code",
  GetGlueIdentityCenterConfiguration: "|,;~~~|Grants permission to retrieve the managed Idc application",
  GetIntegrationResourceProperty: "|,;~~~|Grants permission to retrieve the integration resource property",
  GetIntegrationTableProperties: "|,;~~~|Grants permission to retrieve the integration table properties",
  GetJob: "|,;~~~,~~|Grants permission to retrieve a job",
  GetJobBookmark: "|,;~~~|Grants permission to retrieve a job bookmark",
  GetJobRun: "|,;~~~|Grants permission to retrieve a job run",
  GetJobRuns: "|,;~~~|Grants permission to retrieve all job runs of a job",
  GetJobUpgradeAnalysis: "|,;~|Grants permission to retrieve an upgrade analysis for a job",
  GetJobs: "|,;~~~|Grants permission to retrieve all current jobs",
  GetLogParsingStatus: "|,;~|Grants permission to get log parsing status for SparkUI",
  GetMLTaskRun: "|,;~~~|Grants permission to retrieve an ML Task Run",
  GetMLTaskRuns: "|,;~~~|Grants permission to retrieve all ML Task Runs",
  GetMLTransform: "|,;~~~|Grants permission to retrieve an ML Transform",
  GetMLTransforms: "|,;~~~|Grants permission to retrieve all ML Transforms",
  GetMapping: "|,;~~~|Grants permission to create a mapping",
  GetNotebookInstanceStatus: "|,;~|Grants permission to retrieve Glue Studio Notebooks session status",
  GetPartition: "|,;~~~,~~|Grants permission to retrieve a partition",
  GetPartitionIndexes: "|,;~|Grants permission to retrieve partition indexes for a table",
  GetPartitions: "|,;~~~|Grants permission to retrieve the partitions of a table",
  GetPlan: "|,;~~~|Grants permission to retrieve a mapping for a script",
  GetQueries: "|,;~|Grants permission to get queries for SparkUI",
  GetQuery: "|,;~|Grants permission to get a specific query for SparkUI",
  GetRecipeAction: "|,;~|Grants permission to get the result of a Data Preparation Recipe statement",
  GetRegistry: "|,;~~~|Grants permission to retrieve a schema registry",
  GetResourcePolicies: "|,;~|Grants permission to retrieve resource policies",
  GetResourcePolicy: "|,;~|Grants permission to retrieve a resource policy",
  GetSchema: "|,;~~~|Grants permission to retrieve a schema container",
  GetSchemaByDefinition: "|,;~~~|Grants permission to retrieve a schema version based on schema definition",
  GetSchemaVersion: "|,;~~~|Grants permission to retrieve a schema version",
  GetSchemaVersionsDiff: "|,;~~~|Grants permission to compare two schema versions in schema registry",
  GetSecurityConfiguration: "|,;~~~|Grants permission to retrieve a security configuration",
  GetSecurityConfigurations: "|,;~~~|Grants permission to retrieve one or more security configurations",
  GetSession: "|,;~~~|Grants permission to retrieve an interactive session",
  GetStage: "|,;~|Grants permission to get a stage for SparkUI",
  GetStageAttempt: "|,;~|Grants permission to get a stage attempt for SparkUI",
  GetStageAttemptTaskList: "|,;~|Grants permission to get the task list for a stage attempt for SparkUI",
  GetStageAttemptTaskSummary: "|,;~|Grants permission to get the task summary for a stage attempt for SparkUI",
  GetStageFiles: "|,;~|Grants permission to get stage files for SparkUI",
  GetStages: "|,;~|Grants permission to get stages for SparkUI",
  GetStatement:
    "|,;~~~|Grants permission to retrieve result and information about a statement in an interactive session",
  GetStorage: "|,;~|Grants permission to get storage details for SparkUI",
  GetStorageUnit: "|,;~|Grants permission to get storage unit details for SparkUI",
  GetTable: "|,;~~~,~~|Grants permission to retrieve a table",
  GetTableOptimizer:
    "|,;~~~|Grants permission to return the configuration of all optimizers associated with a specified table",
  GetTableVersion: "|,;~~~|Grants permission to retrieve a version of a table",
  GetTableVersions: "|,;~~~|Grants permission to retrieve a list of versions of a table",
  GetTables: "|,;~~~|Grants permission to retrieve the tables in a database",
  GetTags: "|,;~~~|Grants permission to retrieve all tags associated with a resource",
  GetTrigger: "|,;~~~,~~|Grants permission to retrieve a trigger",
  GetTriggers: "|,;~~~|Grants permission to retrieve the triggers associated with a job",
  GetUsageProfile: "|,;~~~,~~,~~,~~,~~|Grants permission to retrieve a usage profile",
  GetUserDefinedFunction: "|,;~~~|Grants permission to retrieve a function definition",
  GetUserDefinedFunctions: "|,;~~~|Grants permission to retrieve multiple function definitions",
  GetWorkflow: "|,;~~~,~~|Grants permission to retrieve a workflow",
  GetWorkflowRun: "|,;~~~|Grants permission to retrieve a workflow run",
  GetWorkflowRunProperties: "|,;~~~|Grants permission to retrieve workflow run properties",
  GetWorkflowRuns: "|,;~~~|Grants permission to retrieve all runs of a workflow",
  GlueNotebookAuthorize: "|,;~|Grants permission to access Glue Studio Notebooks",
  GlueNotebookRefreshCredentials: "|,;~|Grants permission to refresh Glue Studio Notebooks credentials",
  ImportCatalogToGlue: "|,;~~~|Grants permission to import an Athena data catalog into AWS Glue",
  ListBlueprints: "|,;~~~|Grants permission to retrieve all blueprints",
  ListColumnStatisticsTaskRuns:
    "|,;~~~|Grants permission to list all Column Statistics run-ids that have been executed for the account",
  ListConnectionTypes: "|,;~~~|Grants permission to list connection types in glue",
  ListCrawlers: "|,;~~~|Grants permission to retrieve all crawlers",
  ListCrawls: "|,;~~~|Grants permission to retrieve crawl run history for a crawler",
  ListCustomEntityTypes: "|,;~~~|Grants permission to retrieve all Custom Entity Types",
  ListDataQualityResults: "|,;~~~|Grants permission to retrieve all Data Quality results",
  ListDataQualityRuleRecommendationRuns:
    "|,;~~~|Grants permission to retrieve all Data Quality rule recommendation runs",
  ListDataQualityRulesetEvaluationRuns:
    "|,;~~~|Grants permission to retrieve all Data Quality rule recommendation runs",
  ListDataQualityRulesets: "|,;~~~|Grants permission to retrieve a list of Data Quality rulesets",
  ListDevEndpoints: "|,;~~~|Grants permission to retrieve all development endpoints",
  ListEntities: "|,;~~~|Grants permission to list entities in glue studio",
  ListIntegrationResourceProperties: "|,;~~~|Grants permission to list zero-ETL integration resource properties",
  ListJobUpgradeAnalyses: "|,;~|Grants permission to list upgrade analyses for a job",
  ListJobs: "|,;~~~|Grants permission to retrieve all current jobs",
  ListMLTransforms: "|,;~~~|Grants permission to retrieve all ML Transforms",
  ListRegistries: "|,;~~~|Grants permission to retrieve a list of schema registries",
  ListSchemaVersions: "|,;~~~|Grants permission to retrieve a list of schema versions",
  ListSchemas: "|,;~~~|Grants permission to retrieve a list of schema containers",
  ListSessions: "|,;~~~|Grants permission to retrieve a list of interactive session",
  ListStatements: "|,;~~~|Grants permission to retrieve a list of statements in an interactive session",
  ListTableOptimizerRuns:
    "|,;~~~|Grants permission to list the history of previous optimizer runs for a specific table",
  ListTriggers: "|,;~~~|Grants permission to retrieve all triggers",
  ListUsageProfiles: "|,;~~~|Grants permission to retrieve a list of usage profiles",
  ListWorkflows: "|,;~~~|Grants permission to retrieve all workflows",
  ManagedConnector: "|,;~|Grants permission to use Glue managed connectors to query data",
  ModifyIntegration: "|,;~~~|Grants permission to modify a zero-ETL integration",
  NotifyEvent: "|,;~|Grants permission to notify an event to the event-driven workflow",
  PassConnection:
    "|,;~~~,~~,~~,~~,~~,~~|Grants permission to pass glue connection name in input for APIs that require them",
  PublishDataQuality: "|,;~|Grants permission to publish Data Quality results",
  PutDataCatalogEncryptionSettings: "|,;~~~|Grants permission to update catalog encryption settings",
  PutDataQualityProfileAnnotation: "|,;~~~|Grants permission to annotate all datapoints for a profile",
  PutDataQualityStatisticAnnotation:
    "|,;~~~|Grants permission to annotate datapoints over time for a specific data quality statistic",
  PutResourcePolicy: "|,;~|Grants permission to update a resource policy",
  PutSchemaVersionMetadata: "|,;~~~|Grants permission to add metadata to schema version",
  PutWorkflowRunProperties: "|,;~~~|Grants permission to update workflow run properties",
  QuerySchemaVersionMetadata: "|,;~~~|Grants permission to fetch metadata for a schema version",
  RefreshOAuth2Tokens: "|,;~|Grants permission to refresh the oauth2 tokens for connection during job execution",
  RegisterConnectionType: "|,;~~~|Grants permission to register connection type",
  RegisterSchemaVersion: "|,;~~~|Grants permission to create a new schema version",
  RemoveSchemaVersionMetadata: "|,;~~~|Grants permission to remove metadata from schema version",
  RenameTable: "|,;~|Grants permission to rename a table",
  RequestLogParsing: "|,;~|Grants permission to request log parsing for SparkUI",
  ResetJobBookmark: "|,;~~~|Grants permission to reset a job bookmark",
  ResumeWorkflowRun: "|,;~~~|Grants permission to resume a workflow run",
  RunDataPreviewStatement: "|,;~|Grants permission to run Data Preview Statement",
  RunStatement: "|,;~~~|Grants permission to run a code or statement in an interactive session",
  SearchTables: "|,;~~~|Grants permission to retrieve the tables in the catalog",
  SendFeedback: "|,;~|Grants permission to provide feedback about a glue completion experience in AWS Q",
  SendRecipeAction: "|,;~|Grants permission to execute a Data Preparation Recipe statement in data preview",
  StartBlueprintRun: "|,;~~~|Grants permission to start running a blueprint",
  StartColumnStatisticsTaskRun:
    "|,;~~~|Grants permission to start a run for generating Column Statistics for the table",
  StartColumnStatisticsTaskRunSchedule: "|,;~~~|Grants permission to start a column statistics task run schedule",
  StartCompletion: "|,;~|Grants permission to create a completion request in Glue for AWS Q experience",
  StartCrawler: "|,;~~~|Grants permission to start a crawler",
  StartCrawlerSchedule: "|,;~~~|Grants permission to change the schedule state of a crawler to SCHEDULED",
  StartDataQualityRuleRecommendationRun: "|,;~~~|Grants permission to start a Data Quality rule recommendation run",
  StartDataQualityRulesetEvaluationRun: "|,;~~~|Grants permission to start a Data Quality rule recommendation run",
  StartExportLabelsTaskRun: "|,;~~~|Grants permission to start an Export Labels ML Task Run",
  StartImportLabelsTaskRun: "|,;~~~|Grants permission to start an Import Labels ML Task Run",
  StartJobRun: "|,;~~~|Grants permission to start running a job",
  StartJobUpgradeAnalysis: "|,;~|Grants permission to start running upgrade analysis for a job",
  StartMLEvaluationTaskRun: "|,;~~~|Grants permission to start an Evaluation ML Task Run",
  StartMLLabelingSetGenerationTaskRun: "|,;~~~|Grants permission to start a Labeling Set Generation ML Task Run",
  StartNotebook: "|,;~|Grants permission to start Glue Studio Notebooks",
  StartTrigger: "|,;~~~|Grants permission to start a trigger",
  StartWorkflowRun: "|,;~~~|Grants permission to start running a workflow",
  StopColumnStatisticsTaskRun: "|,;~~~|Grants permission to stop execution for Column Statistics run",
  StopColumnStatisticsTaskRunSchedule: "|,;~~~|Grants permission to stop a column statistics task run schedule",
  StopCrawler: "|,;~~~|Grants permission to stop a running crawler",
  StopCrawlerSchedule: "|,;~~~|Grants permission to set the schedule state of a crawler to NOT_SCHEDULED",
  StopJobUpgradeAnalysis: "|,;~|Grants permission to stop an on-going upgrade analysis for a job",
  StopSession: "|,;~~~|Grants permission to stop an interactive session",
  StopTrigger: "|,;~~~|Grants permission to stop a trigger",
  StopWorkflowRun: "|,;~~~|Grants permission to stop a workflow run",
  TagResource:
    "|,;~~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~|Grants permission to add tags to a resource",
  TerminateNotebook: "|,;~|Grants permission to terminate Glue Studio Notebooks",
  TestConnection: "|,;~~~|Grants permission to test connection in Glue Studio",
  UntagResource: "|,;~~~|Grants permission to remove tags associated with a resource",
  UpdateBlueprint: "|,;~~~|Grants permission to update a blueprint",
  UpdateCatalog: "|,;~~~|Grants permission to update a catalog",
  UpdateClassifier: "|,;~~~|Grants permission to update a classifier",
  UpdateColumnStatisticsForPartition: "|,;~|Grants permission to update partition statistics of columns",
  UpdateColumnStatisticsForTable: "|,;~|Grants permission to update table statistics of columns",
  UpdateColumnStatisticsTaskSettings: "|,;~~~|Grants permission to update settings for a column statistics task",
  UpdateConnection: "|,;~~~|Grants permission to update a connection",
  UpdateCrawler: "|,;~~~|Grants permission to update a crawler",
  UpdateCrawlerSchedule: "|,;~~~|Grants permission to update the schedule of a crawler",
  UpdateDataQualityRuleset: "|,;~~~|Grants permission to update a Data Quality ruleset",
  UpdateDatabase: "|,;~~~|Grants permission to update a database",
  UpdateDevEndpoint: "|,;~~~|Grants permission to update a development endpoint",
  UpdateGlueIdentityCenterConfiguration: "|,;~~~|Grants permission to update the managed Idc application",
  UpdateIntegrationResourceProperty: "|,;~~~|Grants permission to update the integration resource property",
  UpdateIntegrationTableProperties: "|,;~~~|Grants permission to update the integration table properties",
  UpdateJob: "|,;~~~|Grants permission to update a job",
  UpdateJobFromSourceControl: "|,;~~~|Grants permission to update a job from source control provider",
  UpdateMLTransform: "|,;~~~|Grants permission to update an ML Transform",
  UpdatePartition: "|,;~~~,~~,~~|Grants permission to update a partition",
  UpdateRegistry: "|,;~~~|Grants permission to update a schema registry",
  UpdateSchema: "|,;~~~|Grants permission to update a schema container",
  UpdateSourceControlFromJob: "|,;~~~|Grants permission to update source control provider from a job",
  UpdateTable: "|,;~~~,~~,~~,~~,~~|Grants permission to update a table",
  UpdateTableOptimizer: "|,;~~~|Grants permission to update the configuration for an existing table optimizer",
  UpdateTrigger: "|,;~~~|Grants permission to update a trigger",
  UpdateUsageProfile: "|,;~~~|Grants permission to update a usage profile",
  UpdateUserDefinedFunction: "|,;~~~|Grants permission to update a function definition",
  UpdateWorkflow: "|,;~~~|Grants permission to update a workflow",
  UpgradeJob: "|,;~|Grants permission to upgrade a job to the latest version",
  UseGlueStudio: "|,;~|Grants permission to use Glue Studio and access its internal APIs",
  UseMLTransforms: "|,;~|Grants permission to use an ML Transform from within a Glue ETL Script",
};
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "glue">;
/** Any glue action. */
export type Action = ActionOf<typeof actionFacts, "glue">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<typeof actionFacts, typeof conditionKeyList>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "glue">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "glue" },
  conditionKeyList,
);
/** Every glue action: action name -> full action name (in each JSDoc, * marks a required resource type). */
export const actions: Actions = actionTables.actions;
/** Action name -> access level(s), resource types (required flags, condition keys), condition keys, dependent actions, operations (SDK methods), description. */
export const actionInfo: ActionInfo = actionTables.actionInfo;
/** Access level -> its actions (an action with several levels is under each). */
export const actionsByAccessLevel: ActionsByAccessLevel = actionTables.actionsByAccessLevel;
const resourceTypeFacts = {
  /** The blueprint resource type: arn:${Partition}:glue:${Region}:${Account}:blueprint/${BlueprintName} */
  blueprint: "|,arn:${Partition}:glue:${Region}:${Account}:blueprint/${BlueprintName}|1",
  /** The catalog resource type: arn:${Partition}:glue:${Region}:${Account}:catalog/${CatalogName} */
  catalog: "|,arn:${Partition}:glue:${Region}:${Account}:catalog/${CatalogName}|1",
  /** The completion resource type: arn:${Partition}:glue:${Region}:${Account}:completion/${CompletionId} */
  completion: "|,arn:${Partition}:glue:${Region}:${Account}:completion/${CompletionId}|",
  /** The connection resource type: arn:${Partition}:glue:${Region}:${Account}:connection/${ConnectionName} */
  connection: "|,arn:${Partition}:glue:${Region}:${Account}:connection/${ConnectionName}|1",
  /** The connectionType resource type: arn:${Partition}:glue:${Region}:${Account}:connectionType:${ConnectionTypeName} */
  connectionType: "|,arn:${Partition}:glue:${Region}:${Account}:connectionType:${ConnectionTypeName}|1",
  /** The crawler resource type: arn:${Partition}:glue:${Region}:${Account}:crawler/${CrawlerName} */
  crawler: "|,arn:${Partition}:glue:${Region}:${Account}:crawler/${CrawlerName}|1",
  /** The customEntityType resource type: arn:${Partition}:glue:${Region}:${Account}:customEntityType/${CustomEntityTypeId} */
  customEntityType: "|,arn:${Partition}:glue:${Region}:${Account}:customEntityType/${CustomEntityTypeId}|1",
  /** The dataQualityRuleset resource type: arn:${Partition}:glue:${Region}:${Account}:dataQualityRuleset/${RulesetName} */
  dataQualityRuleset: "|,arn:${Partition}:glue:${Region}:${Account}:dataQualityRuleset/${RulesetName}|1",
  /** The database resource type: arn:${Partition}:glue:${Region}:${Account}:database/${DatabaseName} */
  database: "|,arn:${Partition}:glue:${Region}:${Account}:database/${DatabaseName}|1",
  /** The devendpoint resource type: arn:${Partition}:glue:${Region}:${Account}:devEndpoint/${DevEndpointName} */
  devendpoint: "|,arn:${Partition}:glue:${Region}:${Account}:devEndpoint/${DevEndpointName}|1",
  /** The integration resource type: arn:${Partition}:glue:${Region}:${Account}:integration:${IntegrationId} */
  integration: "|,arn:${Partition}:glue:${Region}:${Account}:integration:${IntegrationId}|1",
  /** The integrationResourceProperty resource type: arn:${Partition}:glue:${Region}:${Account}:integrationresourceproperty/${ResourceType}/${ResourceName} */
  integrationResourceProperty:
    "|,arn:${Partition}:glue:${Region}:${Account}:integrationresourceproperty/${ResourceType}/${ResourceName}|1",
  /** The job resource type: arn:${Partition}:glue:${Region}:${Account}:job/${JobName} */
  job: "|,arn:${Partition}:glue:${Region}:${Account}:job/${JobName}|1",
  /** The mlTransform resource type: arn:${Partition}:glue:${Region}:${Account}:mlTransform/${TransformId} */
  mlTransform: "|,arn:${Partition}:glue:${Region}:${Account}:mlTransform/${TransformId}|1",
  /** The registry resource type: arn:${Partition}:glue:${Region}:${Account}:registry/${RegistryName} */
  registry: "|,arn:${Partition}:glue:${Region}:${Account}:registry/${RegistryName}|1",
  /** The rootcatalog resource type: arn:${Partition}:glue:${Region}:${Account}:catalog */
  rootcatalog: "|,arn:${Partition}:glue:${Region}:${Account}:catalog|",
  /** The schema resource type: arn:${Partition}:glue:${Region}:${Account}:schema/${SchemaName} */
  schema: "|,arn:${Partition}:glue:${Region}:${Account}:schema/${SchemaName}|1",
  /** The session resource type: arn:${Partition}:glue:${Region}:${Account}:session/${SessionId} */
  session: "|,arn:${Partition}:glue:${Region}:${Account}:session/${SessionId}|1",
  /** The table resource type: arn:${Partition}:glue:${Region}:${Account}:table/${DatabaseName}/${TableName} */
  table: "|,arn:${Partition}:glue:${Region}:${Account}:table/${DatabaseName}/${TableName}|",
  /** The tableversion resource type: arn:${Partition}:glue:${Region}:${Account}:tableVersion/${DatabaseName}/${TableName}/${TableVersionName} */
  tableversion:
    "|,arn:${Partition}:glue:${Region}:${Account}:tableVersion/${DatabaseName}/${TableName}/${TableVersionName}|",
  /** The trigger resource type: arn:${Partition}:glue:${Region}:${Account}:trigger/${TriggerName} */
  trigger: "|,arn:${Partition}:glue:${Region}:${Account}:trigger/${TriggerName}|1",
  /** The usageProfile resource type: arn:${Partition}:glue:${Region}:${Account}:usageProfile/${UsageProfileId} */
  usageProfile: "|,arn:${Partition}:glue:${Region}:${Account}:usageProfile/${UsageProfileId}|1",
  /** The userdefinedfunction resource type: arn:${Partition}:glue:${Region}:${Account}:userDefinedFunction/${DatabaseName}/${UserDefinedFunctionName} */
  userdefinedfunction:
    "|,arn:${Partition}:glue:${Region}:${Account}:userDefinedFunction/${DatabaseName}/${UserDefinedFunctionName}|",
  /** The workflow resource type: arn:${Partition}:glue:${Region}:${Account}:workflow/${WorkflowName} */
  workflow: "|,arn:${Partition}:glue:${Region}:${Account}:workflow/${WorkflowName}|1",
} as const;
/** Resource type -> its ARN formats and condition keys. */
export type ResourceTypeInfo = ResourceTypeInfoOf<typeof resourceTypeFacts, typeof conditionKeyList>;
/** Resource type -> its ARN formats and condition keys. */
export const resourceTypeInfo: ResourceTypeInfo = decodeResourceTypes<ResourceTypeInfo>(
  resourceTypeFacts,
  conditionKeyList,
);
const arnFormats = {
  /** ARN of a blueprint resource: arn:${Partition}:glue:${Region}:${Account}:blueprint/${BlueprintName}. */
  blueprint: "|blueprint|arn:|partition?|:glue:|region|:|account|:blueprint/|blueprintName|",
  /** ARN of a catalog resource: arn:${Partition}:glue:${Region}:${Account}:catalog/${CatalogName}. */
  catalog: "|catalog|arn:|partition?|:glue:|region|:|account|:catalog/|catalogName|",
  /** ARN of a completion resource: arn:${Partition}:glue:${Region}:${Account}:completion/${CompletionId}. */
  completion: "|completion|arn:|partition?|:glue:|region|:|account|:completion/|completionId|",
  /** ARN of a connection resource: arn:${Partition}:glue:${Region}:${Account}:connection/${ConnectionName}. */
  connection: "|connection|arn:|partition?|:glue:|region|:|account|:connection/|connectionName|",
  /** ARN of a connectionType resource: arn:${Partition}:glue:${Region}:${Account}:connectionType:${ConnectionTypeName}. */
  connectionType: "|connectionType|arn:|partition?|:glue:|region|:|account|:connectionType:|connectionTypeName|",
  /** ARN of a crawler resource: arn:${Partition}:glue:${Region}:${Account}:crawler/${CrawlerName}. */
  crawler: "|crawler|arn:|partition?|:glue:|region|:|account|:crawler/|crawlerName|",
  /** ARN of a customEntityType resource: arn:${Partition}:glue:${Region}:${Account}:customEntityType/${CustomEntityTypeId}. */
  customEntityType: "|customEntityType|arn:|partition?|:glue:|region|:|account|:customEntityType/|customEntityTypeId|",
  /** ARN of a dataQualityRuleset resource: arn:${Partition}:glue:${Region}:${Account}:dataQualityRuleset/${RulesetName}. */
  dataQualityRuleset: "|dataQualityRuleset|arn:|partition?|:glue:|region|:|account|:dataQualityRuleset/|rulesetName|",
  /** ARN of a database resource: arn:${Partition}:glue:${Region}:${Account}:database/${DatabaseName}. */
  database: "|database|arn:|partition?|:glue:|region|:|account|:database/|databaseName|",
  /** ARN of a devendpoint resource: arn:${Partition}:glue:${Region}:${Account}:devEndpoint/${DevEndpointName}. */
  devendpoint: "|devendpoint|arn:|partition?|:glue:|region|:|account|:devEndpoint/|devEndpointName|",
  /** ARN of a integration resource: arn:${Partition}:glue:${Region}:${Account}:integration:${IntegrationId}. */
  integration: "|integration|arn:|partition?|:glue:|region|:|account|:integration:|integrationId|",
  /** ARN of a integrationResourceProperty resource: arn:${Partition}:glue:${Region}:${Account}:integrationresourceproperty/${ResourceType}/${ResourceName}. */
  integrationResourceProperty:
    "|integrationResourceProperty|arn:|partition?|:glue:|region|:|account|:integrationresourceproperty/|resourceType2|/|resourceName|",
  /** ARN of a job resource: arn:${Partition}:glue:${Region}:${Account}:job/${JobName}. */
  job: "|job|arn:|partition?|:glue:|region|:|account|:job/|jobName|",
  /** ARN of a mlTransform resource: arn:${Partition}:glue:${Region}:${Account}:mlTransform/${TransformId}. */
  mlTransform: "|mlTransform|arn:|partition?|:glue:|region|:|account|:mlTransform/|transformId|",
  /** ARN of a registry resource: arn:${Partition}:glue:${Region}:${Account}:registry/${RegistryName}. */
  registry: "|registry|arn:|partition?|:glue:|region|:|account|:registry/|registryName|",
  /** ARN of a rootcatalog resource: arn:${Partition}:glue:${Region}:${Account}:catalog. */
  rootcatalog: "|rootcatalog|arn:|partition?|:glue:|region|:|account|:catalog",
  /** ARN of a schema resource: arn:${Partition}:glue:${Region}:${Account}:schema/${SchemaName}. */
  schema: "|schema|arn:|partition?|:glue:|region|:|account|:schema/|schemaName|",
  /** ARN of a session resource: arn:${Partition}:glue:${Region}:${Account}:session/${SessionId}. */
  session: "|session|arn:|partition?|:glue:|region|:|account|:session/|sessionId|",
  /** ARN of a table resource: arn:${Partition}:glue:${Region}:${Account}:table/${DatabaseName}/${TableName}. */
  table: "|table|arn:|partition?|:glue:|region|:|account|:table/|databaseName|/|tableName|",
  /** ARN of a tableversion resource: arn:${Partition}:glue:${Region}:${Account}:tableVersion/${DatabaseName}/${TableName}/${TableVersionName}. */
  tableversion:
    "|tableversion|arn:|partition?|:glue:|region|:|account|:tableVersion/|databaseName|/|tableName|/|tableVersionName|",
  /** ARN of a trigger resource: arn:${Partition}:glue:${Region}:${Account}:trigger/${TriggerName}. */
  trigger: "|trigger|arn:|partition?|:glue:|region|:|account|:trigger/|triggerName|",
  /** ARN of a usageProfile resource: arn:${Partition}:glue:${Region}:${Account}:usageProfile/${UsageProfileId}. */
  usageProfile: "|usageProfile|arn:|partition?|:glue:|region|:|account|:usageProfile/|usageProfileId|",
  /** ARN of a userdefinedfunction resource: arn:${Partition}:glue:${Region}:${Account}:userDefinedFunction/${DatabaseName}/${UserDefinedFunctionName}. */
  userdefinedfunction:
    "|userdefinedfunction|arn:|partition?|:glue:|region|:|account|:userDefinedFunction/|databaseName|/|userDefinedFunctionName|",
  /** ARN of a workflow resource: arn:${Partition}:glue:${Region}:${Account}:workflow/${WorkflowName}. */
  workflow: "|workflow|arn:|partition?|:glue:|region|:|account|:workflow/|workflowName|",
} as const;
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
  /** Filters access by the service from which the credentials of the request is issued. */
  "glue:CredentialIssuingService": "String";
  /** Filters access by the presence of the key configured for role's identity-based policy. */
  "glue:EnabledForRedshiftAutoDiscovery": "Bool";
  /** Filters access by whether the resource belongs to federated authorization. */
  "glue:FederatedAuthorizationSource": "String";
  /** Filters access by whether Lake Formation permission checks will be performed for a given caller and the Glue resource. */
  "glue:LakeFormationPermissions": "String";
  /** Filters access by the service from which the credentials of the request is obtained by assuming the customer role. */
  "glue:RoleAssumedBy": "String";
  /** Filters access by the ID of security groups configured for the Glue job. */
  "glue:SecurityGroupIds": "ArrayOfString";
  /** Filters access by the ID of subnets configured for the Glue job. */
  "glue:SubnetIds": "ArrayOfString";
  /** Filters access by the ID of the VPC configured for the Glue job. */
  "glue:VpcIds": "ArrayOfString";
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
  "glue:CredentialIssuingService":
    "|,String|0||Filters access by the service from which the credentials of the request is issued",
  "glue:EnabledForRedshiftAutoDiscovery":
    "|,Bool|0||Filters access by the presence of the key configured for role's identity-based policy",
  "glue:FederatedAuthorizationSource":
    "|,String|0||Filters access by whether the resource belongs to federated authorization",
  "glue:LakeFormationPermissions":
    "|,String|0||Filters access by whether Lake Formation permission checks will be performed for a given caller and the Glue resource",
  "glue:RoleAssumedBy":
    "|,String|0||Filters access by the service from which the credentials of the request is obtained by assuming the customer role",
  "glue:SecurityGroupIds": "|,ArrayOfString|0||Filters access by the ID of security groups configured for the Glue job",
  "glue:SubnetIds": "|,ArrayOfString|0||Filters access by the ID of subnets configured for the Glue job",
  "glue:VpcIds": "|,ArrayOfString|0||Filters access by the ID of the VPC configured for the Glue job",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "glue",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
