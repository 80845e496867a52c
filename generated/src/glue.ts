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
const dependentActionList = [
  "glue:GetTable",
  "glue:GetUsageProfile",
  "glue:PassConnection",
  "glue:TagResource",
  "iam:PassRole",
] as const;
const actionFacts = {
  /** Grants permission to Glue to continuously validate that the target Arn can receive data replicated from the source ARN. Access level: Write. Resources: integration*. Permission only. aws-glue-api-integrations.html */
  AuthorizeInboundIntegration: "W||1|10;1;|||",
  /** Grants permission to create one or more partitions. Access level: Write. Resources: catalog, database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-partitions.html#aws-glue-api-catalog-partitions-BatchCreatePartition */
  BatchCreatePartition: "W|||1;0;,8;1;,15;1;,18;1;|6||",
  /** Grants permission to delete one or more connections. Access level: Write. Resources: connection*, rootcatalog*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-connections.html#aws-glue-api-catalog-connections-BatchDeleteConnection */
  BatchDeleteConnection: "W|||3;1;,15;1;|6|glue:DeleteConnection|;",
  /** Grants permission to delete one or more partitions. Access level: Write. Resources: catalog, database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-partitions.html#aws-glue-api-catalog-partitions-BatchDeletePartition */
  BatchDeletePartition: "W|||1;0;,8;1;,15;1;,18;1;|6||",
  /** Grants permission to delete one or more tables. Access level: Write. Resources: catalog, database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-tables.html#aws-glue-api-catalog-tables-BatchDeleteTable */
  BatchDeleteTable: "W|||1;0;,8;1;,15;1;,18;1;|6||",
  /** Grants permission to delete one or more versions of a table. Access level: Write. Resources: catalog, database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-tables.html#aws-glue-api-catalog-tables-DeleteTableVersion */
  BatchDeleteTableVersion: "W|||1;0;,8;1;,15;1;,18;1;|6|glue:DeleteTableVersion|;",
  /** Grants permission to retrieve one or more blueprints. Access level: Read. Resources: blueprint*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-workflow.html#aws-glue-api-workflow-BatchGetBlueprints */
  BatchGetBlueprints: "R|||0;1;||glue:GetBlueprint|;",
  /** Grants permission to retrieve one or more crawlers. Access level: Read. Resources: crawler*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-crawler-crawling.html#aws-glue-api-crawler-crawling-BatchGetCrawlers */
  BatchGetCrawlers: "R|||5;1;|||;",
  /** Grants permission to retrieve one or more Custom Entity Types. Access level: Read. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-sensitive-data-api.html#aws-glue-api-sensitive-data-api-BatchGetCustomEntityTypes */
  BatchGetCustomEntityTypes: "R|||||glue:GetCustomEntityType|;",
  /** Grants permission to retrieve one or more development endpoints. Access level: Read. Resources: devendpoint*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-dev-endpoint.html#aws-glue-api-dev-endpoint-BatchGetDevEndpoints */
  BatchGetDevEndpoints: "R|||9;1;||glue:GetDevEndpoint|;",
  /** Grants permission to retrieve one or more jobs. Access level: Read. Resources: job*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-job.html#aws-glue-api-jobs-job-BatchGetJobs */
  BatchGetJobs: "R|||12;1;||glue:GetJob|;",
  /** Grants permission to retrieve one or more partitions. Access level: Read. Resources: catalog, database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-partitions.html#aws-glue-api-catalog-partitions-BatchGetPartition */
  BatchGetPartition: "R|||1;0;,8;1;,15;1;,18;1;|6||",
  /** Grants permission to batch get stage files for SparkUI. Access level: Permissions management. https://docs.aws.amazon.com/glue/latest/dg/monitor-spark-ui.html */
  BatchGetStageFiles: "P||||||",
  /** Grants permission to return the configuration for the specified table optimizers. Access level: Read. Resources: database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-table-optimizers.html#aws-glue-api-table-optimizers-BatchGetTableOptimizer */
  BatchGetTableOptimizer: "R|||8;1;,15;1;,18;1;||0|;",
  /** Grants permission to retrieve one or more triggers. Access level: Read. Resources: trigger*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-trigger.html#aws-glue-api-jobs-trigger-BatchGetTriggers */
  BatchGetTriggers: "R|||20;1;||glue:GetTrigger|;",
  /** Grants permission to retrieve one or more workflows. Access level: Read. Resources: workflow*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-workflow.html#aws-glue-api-workflow-BatchGetWorkflows */
  BatchGetWorkflows: "R|||23;1;||glue:GetWorkflow|;",
  /** Grants permission to stop one or more job runs for a job. Access level: Write. Resources: job*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-runs.html#aws-glue-api-jobs-runs-BatchStopStartJobRun */
  BatchStopJobRun: "W|||12;1;|||;",
  /** Grants permission to update one or more partitions. Access level: Write. Resources: catalog, database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-partitions.html#aws-glue-api-catalog-partitions-BatchUpdatePartition */
  BatchUpdatePartition: "W|||1;0;,8;1;,15;1;,18;1;|6||",
  /** Grants permission to stop a running Data Quality rule recommendation run. Access level: Write. Resources: dataQualityRuleset*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-data-quality-api.html#aws-glue-api-data-quality-api-CancelDataQualityRuleRecommendationRun */
  CancelDataQualityRuleRecommendationRun: "W|||7;1;|||;",
  /** Grants permission to stop a running Data Quality ruleset evaluation run. Access level: Write. Resources: dataQualityRuleset*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-data-quality-api.html#aws-glue-api-data-quality-api-CancelDataQualityRulesetEvaluationRun */
  CancelDataQualityRulesetEvaluationRun: "W|||7;1;|||;",
  /** Grants permission to stop a running ML Task Run. Access level: Write. Resources: mlTransform*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-machine-learning-api.html#aws-glue-api-machine-learning-api-CancelMLTaskRun */
  CancelMLTaskRun: "W|||13;1;|||;",
  /** Grants permission to cancel a statement in an interactive session. Access level: Write. Resources: session*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-interactive-sessions.html#aws-glue-interactive-sessions-CancelStatement */
  CancelStatement: "W|||17;1;|||;",
  /** Grants permission to retrieve a check the validity of schema version. Access level: Read. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-schema-registry-api.html#aws-glue-api-schema-registry-api-CheckSchemaVersionValidity */
  CheckSchemaVersionValidity: "R||||||;",
  /** Grants permission to create a blueprint. Access level: Write. Resources: blueprint*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-workflow.html#aws-glue-api-workflow-CreateBlueprint */
  CreateBlueprint: "W|||0;1;|0,2|3|;",
  /** Grants permission to create a catalog. Access level: Write. Resources: catalog*, rootcatalog*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog.html */
  CreateCatalog: "W|||1;1;,15;1;|0,2,5,6|2,3,4|;",
  /** Grants permission to create a classifier. Access level: Write. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-crawler-classifiers.html#aws-glue-api-crawler-classifiers-CreateClassifier */
  CreateClassifier: "W||||||;",
  /** Grants permission to create settings for a column statistics task. Access level: Write. Resources: database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-crawler-column-statistics.html#aws-glue-api-crawler-column-statistics-CreateColumnStatisticsTaskSettings */
  CreateColumnStatisticsTaskSettings: "W|||8;1;,15;1;,18;1;||4|;",
  /** Grants permission to create a connection. Access level: Write. Resources: connectionType, rootcatalog*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-connections.html#aws-glue-api-catalog-connections-CreateConnection */
  CreateConnection: "W|||4;0;,15;1;|0,2,6|glue:DescribeConnectionType,3,4|;",
  /** Grants permission to create a crawler. Access level: Write. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-crawler-crawling.html#aws-glue-api-crawler-crawling-CreateCrawler */
  CreateCrawler: "W||||0,2|3,4|;",
  /** Grants permission to create a Custom Entity Type. Access level: Write. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-sensitive-data-api.html#aws-glue-api-sensitive-data-api-CreateCustomEntityType */
  CreateCustomEntityType: "W||||0,2|3|;",
  /** Grants permission to create a Data Quality ruleset. Access level: Write. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-data-quality-api.html#aws-glue-api-data-quality-api-CreateDataQualityRuleset */
  CreateDataQualityRuleset: "W||||0,2|3|;",
  /** Grants permission to create a database. Access level: Write. Resources: catalog, database*, rootcatalog*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-databases.html#aws-glue-api-catalog-databases-CreateDatabase */
  CreateDatabase: "W|||1;0;,8;1;,15;1;|0,2,5,6|2,3|;",
  /** Grants permission to create a development endpoint. Access level: Write. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-dev-endpoint.html#aws-glue-api-dev-endpoint-CreateDevEndpoint */
  CreateDevEndpoint: "W||||0,2|3,4|;",
  /** Grants permission to connect Glue with Identity Center. Access level: Write. https://docs.aws.amazon.com/glue/latest/dg/security-trusted-identity-propagation-getting-started.html#security-trusted-identity-propagation-connecting */
  CreateGlueIdentityCenterConfiguration: "W||||||;",
  /** Grants permission to the source principal to create an inbound integration for data to be replicated from the source into the target. Access level: Write. Permission only. aws-glue-api-integrations.html */
  CreateInboundIntegration: "W||1||||",
  /** Grants permission to create an integration. Access level: Write. Resources: catalog*, connection*, database*, integration*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-integrations.html#aws-glue-api-integrations-CreateIntegration */
  CreateIntegration: "W|||1;1;,3;1;,8;1;,10;1;|0,2|3,kms:CreateGrant,kms:DescribeKey|;",
  /** Grants permission to create integration resource property. Access level: Write. Resources: catalog*, connection*, database*, integrationResourceProperty*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-integrations.html#aws-glue-api-integrations-CreateIntegrationResourceProperty */
  CreateIntegrationResourceProperty: "W|||1;1;,3;1;,8;1;,11;1;|0,2|3,4|;",
  /** Grants permission to create integration table properties. Access level: Write. Resources: catalog*, connection*, database*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-integrations.html#aws-glue-api-integrations-CreateIntegrationTableProperties */
  CreateIntegrationTableProperties: "W|||1;1;,3;1;,8;1;|||;",
  /** Grants permission to create a job. Access level: Write. Resources: job*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-job.html#aws-glue-api-jobs-job-CreateJob */
  CreateJob: "W|||12;1;|0,2,8,9,10|1,3,4|;",
  /** Grants permission to create an ML Transform. Access level: Write. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-machine-learning-api.html#aws-glue-api-machine-learning-api-CreateMLTransform */
  CreateMLTransform: "W||||0,2|3,4|;",
  /** Grants permission to create a partition. Access level: Write. Resources: catalog, database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-partitions.html#aws-glue-api-catalog-partitions-CreatePartition */
  CreatePartition: "W|||1;0;,8;1;,15;1;,18;1;|6||;",
  /** Grants permission to create a specified partition index in an existing table. Access level: Write. Resources: catalog, database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-tables.html#aws-glue-api-catalog-tables-CreatePartitionIndex */
  CreatePartitionIndex: "W|||1;0;,8;1;,15;1;,18;1;|6||",
  /** Grants permission to create a new schema registry. Access level: Write. Resources: registry*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-schema-registry-api.html#aws-glue-api-schema-registry-api-CreateRegistry */
  CreateRegistry: "W|||14;1;|0,2|3|;",
  /** Grants permission to create a new schema container. Access level: Write. Resources: registry*, schema*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-schema-registry-api.html#aws-glue-api-schema-registry-api-CreateSchema */
  CreateSchema: "W|||14;1;,16;1;|0,2|3|;",
  /** Grants permission to create a script. Access level: Write. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-etl-script-generation.html#aws-glue-api-etl-script-generation-CreateScript */
  CreateScript: "W||||||;",
  /** Grants permission to create a security configuration. Access level: Write. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-security.html#aws-glue-api-jobs-security-CreateSecurityConfiguration */
  CreateSecurityConfiguration: "W||||||;",
  /** Grants permission to create an interactive session. Access level: Write. Resources: session*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-interactive-sessions.html#aws-glue-api-interactive-sessions-CreateSession */
  CreateSession: "W|||17;1;|0,2,8,9,10|1,3,4|;",
  /** Grants permission to create a table. Access level: Write. Resources: catalog, database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-tables.html#aws-glue-api-catalog-tables-CreateTable */
  CreateTable: "W|||1;0;,8;1;,15;1;,18;1;|5,6|2,4|;",
  /** Grants permission to create a new table optimizer for a specific function. Compaction is the only currently supported optimizer type. Access level: Write. Resources: database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-table-optimizers.html#aws-glue-api-table-optimizers-CreateTableOptimizer */
  CreateTableOptimizer: "W|||8;1;,15;1;,18;1;||0,2,4|;",
  /** Grants permission to create a trigger. Access level: Write. Resources: trigger*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-trigger.html#aws-glue-api-jobs-trigger-CreateTrigger */
  CreateTrigger: "W|||20;1;|0,2|3|;",
  /** Grants permission to create a usage profile. Access level: Write. Resources: usageProfile*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-usage-profiles.html#aws-glue-api-usage-profiles-CreateUsageProfile */
  CreateUsageProfile: "W|||21;1;|0,2|3|;",
  /** Grants permission to create a function definition. Access level: Write. Resources: catalog, database*, rootcatalog*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-functions.html#aws-glue-api-catalog-functions-CreateUserDefinedFunction */
  CreateUserDefinedFunction: "W|||1;0;,8;1;,15;1;|6||;",
  /** Grants permission to create a workflow. Access level: Write. Resources: workflow*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-workflow.html#aws-glue-api-workflow-CreateWorkflow */
  CreateWorkflow: "W|||23;1;|0,2|3|;",
  /** Grants permission to delete a blueprint. Access level: Write. Resources: blueprint*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-workflow.html#aws-glue-api-workflow-DeleteBlueprint */
  DeleteBlueprint: "W|||0;1;|||;",
  /** Grants permission to delete a catalog. Access level: Write. Resources: catalog, rootcatalog*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog.html */
  DeleteCatalog: "W|||1;0;,15;1;|5,6||;",
  /** Grants permission to delete a classifier. Access level: Write. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-crawler-classifiers.html#aws-glue-api-crawler-classifiers-DeleteClassifier */
  DeleteClassifier: "W||||||;",
  /** Grants permission to delete the partition column statistics of a column. Access level: Write. Resources: catalog, database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-partitions.html#aws-glue-api-catalog-partitions-DeleteColumnStatisticsForPartition */
  DeleteColumnStatisticsForPartition: "W|||1;0;,8;1;,15;1;,18;1;|6||",
  /** Grants permission to delete the table statistics of columns. Access level: Write. Resources: catalog, database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-tables.html#aws-glue-api-catalog-tables-DeleteColumnStatisticsForTable */
  DeleteColumnStatisticsForTable: "W|||1;0;,8;1;,15;1;,18;1;|6||",
  /** Grants permission to delete settings for a column statistics task. Access level: Write. Resources: database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-crawler-column-statistics.html#aws-glue-api-crawler-column-statistics-DeleteColumnStatisticsTaskSettings */
  DeleteColumnStatisticsTaskSettings: "W|||8;1;,15;1;,18;1;|||;",
  /** Grants permission to delete a connection. Access level: Write. Resources: connection*, rootcatalog*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-connections.html#aws-glue-api-catalog-connections-DeleteConnection */
  DeleteConnection: "W|||3;1;,15;1;|6||BatchDeleteConnection,;",
  /** Grants permission to delete connection type. Access level: Write. Resources: connectionType*. https://docs.aws.amazon.com/glue/latest/dg/glue-connections.html#connection-type-permissions-operations */
  DeleteConnectionType: "W|||4;1;|||;",
  /** Grants permission to delete a crawler. Access level: Write. Resources: crawler*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-crawler-crawling.html#aws-glue-api-crawler-crawling-DeleteCrawler */
  DeleteCrawler: "W|||5;1;|||;",
  /** Grants permission to delete a Custom Entity Type. Access level: Write. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-sensitive-data-api.html#aws-glue-api-sensitive-data-api-DeleteCustomEntityType */
  DeleteCustomEntityType: "W||||||;",
  /** Grants permission to delete a Data Quality ruleset. Access level: Write. Resources: dataQualityRuleset*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-data-quality-api.html#aws-glue-api-data-quality-api-DeleteDataQualityRuleset */
  DeleteDataQualityRuleset: "W|||7;1;|||;",
  /** Grants permission to delete a database. Access level: Write. Resources: catalog, database*, rootcatalog*, table*, userdefinedfunction*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-databases.html#aws-glue-api-catalog-databases-DeleteDatabase */
  DeleteDatabase: "W|||1;0;,8;1;,15;1;,18;1;,22;1;|5,6||;",
  /** Grants permission to delete a development endpoint. Access level: Write. Resources: devendpoint*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-dev-endpoint.html#aws-glue-api-dev-endpoint-DeleteDevEndpoint */
  DeleteDevEndpoint: "W|||9;1;|||;",
  /** Grants permission to disconnect Glue with Identity Center. Access level: Write. https://docs.aws.amazon.com/glue/latest/dg/security-trusted-identity-propagation-getting-started.html#security-trusted-identity-propagation-connecting */
  DeleteGlueIdentityCenterConfiguration: "W||||||;",
  /** Grants permission to delete an integration. Access level: Write. Resources: integration*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-integrations.html#aws-glue-api-integrations-DeleteIntegration */
  DeleteIntegration: "W|||10;1;|1||;",
  /** Grants permission to delete the integration resource property. Access level: Write. Resources: catalog*, connection*, database*, integrationResourceProperty*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-integrations.html#aws-glue-api-integrations-DeleteIntegrationResourceProperty */
  DeleteIntegrationResourceProperty: "W|||1;1;,3;1;,8;1;,11;1;|||;",
  /** Grants permission to delete integration table properties. Access level: Write. Resources: catalog*, connection*, database*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-integrations.html#aws-glue-api-integrations-DeleteIntegrationTableProperties */
  DeleteIntegrationTableProperties: "W|||1;1;,3;1;,8;1;|||;",
  /** Grants permission to delete a job. Access level: Write. Resources: job*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-job.html#aws-glue-api-jobs-job-DeleteJob */
  DeleteJob: "W|||12;1;|||;",
  /** Grants permission to delete an ML Transform. Access level: Write. Resources: mlTransform*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-machine-learning-api.html#aws-glue-api-machine-learning-api-DeleteMLTransform */
  DeleteMLTransform: "W|||13;1;|||;",
  /** Grants permission to delete a partition. Access level: Write. Resources: catalog, database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-partitions.html#aws-glue-api-catalog-partitions-DeletePartition */
  DeletePartition: "W|||1;0;,8;1;,15;1;,18;1;|6||;",
  /** Grants permission to delete a specified partition index from an existing table. Access level: Write. Resources: catalog, database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-tables.html#aws-glue-api-catalog-tables-DeletePartitionIndex */
  DeletePartitionIndex: "W|||1;0;,8;1;,15;1;,18;1;|6||",
  /** Grants permission to delete a schema registry. Access level: Write. Resources: registry*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-schema-registry-api.html#aws-glue-api-schema-registry-api-DeleteRegistry */
  DeleteRegistry: "W|||14;1;|||;",
  /** Grants permission to delete a resource policy. Access level: Permissions management. Resources: rootcatalog*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-security.html#aws-glue-api-jobs-security-DeleteResourcePolicy */
  DeleteResourcePolicy: "P|||15;1;|||",
  /** Grants permission to delete a schema container. Access level: Write. Resources: registry*, schema*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-schema-registry-api.html#aws-glue-api-schema-registry-api-DeleteSchema */
  DeleteSchema: "W|||14;1;,16;1;|||;",
  /** Grants permission to delete a range of schema versions. Access level: Write. Resources: registry*, schema*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-schema-registry-api.html#aws-glue-api-schema-registry-api-DeleteSchemaVersions */
  DeleteSchemaVersions: "W|||14;1;,16;1;|||;",
  /** Grants permission to delete a security configuration. Access level: Write. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-security.html#aws-glue-api-jobs-security-DeleteSecurityConfiguration */
  DeleteSecurityConfiguration: "W||||||;",
  /** Grants permission to delete an interactive session after stopping the session if not already stopped. Access level: Write. Resources: session*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-interactive-sessions.html#aws-glue-interactive-sessions-DeleteSession */
  DeleteSession: "W|||17;1;|||;",
  /** Grants permission to delete a table. Access level: Write. Resources: catalog, database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-tables.html#aws-glue-api-catalog-tables-DeleteTable */
  DeleteTable: "W|||1;0;,8;1;,15;1;,18;1;|5,6||;",
  /** Grants permission to delete an optimizer and all associated metadata for a table. The optimization will no longer be performed on the table. Access level: Write. Resources: database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-table-optimizers.html#aws-glue-api-table-optimizers-DeleteTableOptimizer */
  DeleteTableOptimizer: "W|||8;1;,15;1;,18;1;||0|;",
  /** Grants permission to delete a version of a table. Access level: Write. Resources: catalog, database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-tables.html#aws-glue-api-catalog-tables-DeleteTableVersion */
  DeleteTableVersion: "W|||1;0;,8;1;,15;1;,18;1;|6||BatchDeleteTableVersion,;",
  /** Grants permission to delete a trigger. Access level: Write. Resources: trigger*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-trigger.html#aws-glue-api-jobs-trigger-DeleteTrigger */
  DeleteTrigger: "W|||20;1;|||;",
  /** Grants permission to delete a usage profile. Access level: Write. Resources: usageProfile*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-usage-profiles.html#aws-glue-api-usage-profiles-DeleteUsageProfile */
  DeleteUsageProfile: "W|||21;1;|||;",
  /** Grants permission to delete a function definition. Access level: Write. Resources: catalog, database*, rootcatalog*, userdefinedfunction*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-functions.html#aws-glue-api-catalog-functions-DeleteUserDefinedFunction */
  DeleteUserDefinedFunction: "W|||1;0;,8;1;,15;1;,22;1;|6||;",
  /** Grants permission to delete a workflow. Access level: Write. Resources: workflow*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-workflow.html#aws-glue-api-workflow-DeleteWorkflow */
  DeleteWorkflow: "W|||23;1;|||;",
  /** Grants permission to terminate Glue Studio Notebook session. Access level: Permissions management. https://docs.aws.amazon.com/glue/latest/ug/notebook-getting-started.html#create-notebook-permissions-operations */
  DeregisterDataPreview: "P||||||",
  /** Grants permission to describe connection type in glue. Access level: Permissions management. Resources: connectionType. https://docs.aws.amazon.com/glue/latest/dg/glue-connections.html#connection-type-permissions-operations */
  DescribeConnectionType: "P|||4;0;|||CreateConnection,;",
  /** Grants permission to describe entity in glue studio. Access level: Permissions management. Resources: connection*, connectionType, rootcatalog*. https://docs.aws.amazon.com/glue/latest/dg/glue-connections.html#connection-type-permissions-operations */
  DescribeEntity: "P|||3;1;,4;0;,15;1;|||;",
  /** Grants permission to list the inbound integrations. Access level: List. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-integrations.html#aws-glue-api-integrations-DescribeInboundIntegrations */
  DescribeInboundIntegrations: "L||||||;",
  /** Grants permission to describe zero-ETL integrations. Access level: List. Resources: integration*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-integrations.html#aws-glue-api-integrations-DescribeIntegrations */
  DescribeIntegrations: "L|||10;1;|1||;",
  /** Grants permission to read and write redshift federated resources. Access level: Write. Resources: catalog, rootcatalog*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog.html */
  FederateAuthorization: "W|||1;0;,15;1;|4,5||",
  /** Grants permission to retrieve a blueprint. Access level: Read. Resources: blueprint*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-workflow.html#aws-glue-api-workflow-GetBlueprint */
  GetBlueprint: "R|||0;1;|||BatchGetBlueprints,;",
  /** Grants permission to retrieve a blueprint run. Access level: Read. Resources: blueprint*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-workflow.html#aws-glue-api-workflow-GetBlueprintRun */
  GetBlueprintRun: "R|||0;1;|||;",
  /** Grants permission to retrieve all runs of a blueprint. Access level: Read. Resources: blueprint*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-workflow.html#aws-glue-api-workflow-GetBlueprintRuns */
  GetBlueprintRuns: "R|||0;1;|||;",
  /** Grants permission to retrieve a catalog. Access level: Read. Resources: catalog, rootcatalog*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog.html */
  GetCatalog: "R|||1;0;,15;1;|4,5,6||;",
  /** Grants permission to retrieve the catalog import status. Access level: Read. Resources: rootcatalog*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-migration.html#aws-glue-api-catalog-migration-GetCatalogImportStatus */
  GetCatalogImportStatus: "R|||15;1;|6||;",
  /** Grants permission to retrieve all catalogs. Access level: Read. Resources: catalog, rootcatalog*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog.html */
  GetCatalogs: "R|||1;0;,15;1;|4,5,6|athena:GetCatalogs|;",
  /** Grants permission to retrieve a classifier. Access level: Read. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-crawler-classifiers.html#aws-glue-api-crawler-classifiers-GetClassifier */
  GetClassifier: "R||||||;",
  /** Grants permission to list all classifiers. Access level: Read. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-crawler-classifiers.html#aws-glue-api-crawler-classifiers-GetClassifiers */
  GetClassifiers: "R||||||;",
  /** Grants permission to retrieve partition statistics of columns. Access level: Read. Resources: catalog, database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-partitions.html#aws-glue-api-catalog-partitions-GetColumnStatisticsForPartition */
  GetColumnStatisticsForPartition: "R|||1;0;,8;1;,15;1;,18;1;|6||",
  /** Grants permission to retrieve table statistics of columns. Access level: Read. Resources: catalog, database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-tables.html#aws-glue-api-catalog-tables-GetColumnStatisticsForTable */
  GetColumnStatisticsForTable: "R|||1;0;,8;1;,15;1;,18;1;|6||",
  /** Grants permission to retrieve Column Statistics run information for the table based on run-id. Access level: Read. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-crawler-column-statistics.html#aws-glue-api-crawler-column-statistics-GetColumnStatisticsTaskRun */
  GetColumnStatisticsTaskRun: "R||||||;",
  /** Grants permission to retrieve Column Statistics run information for the table based on run-ids. Access level: Read. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-crawler-column-statistics.html#aws-glue-api-crawler-column-statistics-GetColumnStatisticsTaskRuns */
  GetColumnStatisticsTaskRuns: "R||||||;",
  /** Grants permission to retrieve settings for a column statistics task. Access level: Read. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-crawler-column-statistics.html#aws-glue-api-crawler-column-statistics-GetColumnStatisticsTaskSettings */
  GetColumnStatisticsTaskSettings: "R||||||;",
  /** Grants permission to get generated response for a completion request in Glue from AWS Q. Access level: Read. Resources: completion*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api.html# */
  GetCompletion: "R|||2;1;|||",
  /** Grants permission to retrieve a connection. Access level: Read. Resources: connection*, rootcatalog*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-connections.html#aws-glue-api-catalog-connections-GetConnection */
  GetConnection: "R|||3;1;,15;1;|6||;",
  /** Grants permission to retrieve a list of connections. Access level: Read. Resources: connection*, rootcatalog*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-connections.html#aws-glue-api-catalog-connections-GetConnections */
  GetConnections: "R|||3;1;,15;1;|6||;",
  /** Grants permission to retrieve a crawler. Access level: Read. Resources: crawler*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-crawler-crawling.html#aws-glue-api-crawler-crawling-GetCrawler */
  GetCrawler: "R|||5;1;|||;",
  /** Grants permission to retrieve metrics about crawlers. Access level: Read. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-crawler-crawling.html#aws-glue-api-crawler-crawling-GetCrawlerMetrics */
  GetCrawlerMetrics: "R||||||;",
  /** Grants permission to retrieve all crawlers. Access level: Read. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-crawler-crawling.html#aws-glue-api-crawler-crawling-GetCrawlers */
  GetCrawlers: "R||||||;",
  /** Grants permission to read a Custom Entity Type. Access level: Read. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-sensitive-data-api.html#aws-glue-api-sensitive-data-api-GetCustomEntityType */
  GetCustomEntityType: "R||||||BatchGetCustomEntityTypes,;",
  /** Grants permission to generate presigned url for accessing spark live UI. Access level: Read. Resources: session*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-interactive-sessions.html */
  GetDashboardUrl: "R|||17;1;|||",
  /** Grants permission to retrieve catalog encryption settings. Access level: Read. Resources: rootcatalog*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-security.html#aws-glue-api-jobs-security-GetDataCatalogEncryptionSettings */
  GetDataCatalogEncryptionSettings: "R|||15;1;|||;",
  /** Grants permission to get Data Preview Statement. Access level: Permissions management. https://docs.aws.amazon.com/glue/latest/ug/notebook-getting-started.html#create-notebook-permissions-operations */
  GetDataPreviewStatement: "P||||||",
  /** Grants permission to retrieve the training status of the prediction model for a statistic. Access level: Read. Resources: dataQualityRuleset*, job*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-data-quality-api.html#aws-glue-api-data-quality-api-GetDataQualityModel */
  GetDataQualityModel: "R|||7;1;,12;1;|||;",
  /** Grants permission to retrieve the predictions for a statistic from the latest model. Access level: Read. Resources: dataQualityRuleset*, job*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-data-quality-api.html#aws-glue-api-data-quality-api-GetDataQualityModelResult */
  GetDataQualityModelResult: "R|||7;1;,12;1;|||;",
  /** Grants permission to retrieve a Data Quality result. Access level: Read. Resources: dataQualityRuleset*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-data-quality-api.html#aws-glue-api-data-quality-api-GetDataQualityResult */
  GetDataQualityResult:
    "R|||7;1;|||BatchGetDataQualityResult,;,ListDataQualityStatisticAnnotations,ListDataQualityStatistics",
  /** Grants permission to retrieve a Data Quality rule recommendation run. Access level: Read. Resources: dataQualityRuleset*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-data-quality-api.html#aws-glue-api-data-quality-api-GetDataQualityRuleRecommendationRun */
  GetDataQualityRuleRecommendationRun: "R|||7;1;|||;",
  /** Grants permission to retrieve a Data Quality ruleset. Access level: Read. Resources: dataQualityRuleset*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-data-quality-api.html#aws-glue-api-data-quality-api-GetDataQualityRuleset */
  GetDataQualityRuleset: "R|||7;1;|||;",
  /** Grants permission to retrieve a Data Quality rule recommendation run. Access level: Read. Resources: dataQualityRuleset*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-data-quality-api.html#aws-glue-api-data-quality-api-GetDataQualityRulesetEvaluationRun */
  GetDataQualityRulesetEvaluationRun: "R|||7;1;|||;",
  /** Grants permission to retrieve a database. Access level: Read. Resources: catalog, database*, rootcatalog*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-databases.html#aws-glue-api-catalog-databases-GetDatabase */
  GetDatabase: "R|||1;0;,8;1;,15;1;|5,6||;",
  /** Grants permission to retrieve all databases. Access level: Read. Resources: catalog, database*, rootcatalog*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-databases.html#aws-glue-api-catalog-databases-GetDatabases */
  GetDatabases: "R|||1;0;,8;1;,15;1;|5,6||;",
  /** Grants permission to transform a script into a directed acyclic graph (DAG). Access level: Read. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-etl-script-generation.html#aws-glue-api-etl-script-generation-GetDataflowGraph */
  GetDataflowGraph: "R||||||;",
  /** Grants permission to retrieve a development endpoint. Access level: Read. Resources: devendpoint*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-dev-endpoint.html#aws-glue-api-dev-endpoint-GetDevEndpoint */
  GetDevEndpoint: "R|||9;1;|||BatchGetDevEndpoints,;",
  /** Grants permission to retrieve all development endpoints. Access level: Read. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-dev-endpoint.html#aws-glue-api-dev-endpoint-GetDevEndpoints */
  GetDevEndpoints: "R||||||;",
  /** Grants permission to preview entity records in glue. Access level: Read. Resources: catalog*, connection, connectionType. https://docs.aws.amazon.com/glue/latest/dg/glue-connections.html#connection-type-permissions-operations */
  GetEntityRecords: "R|||1;1;,3;0;,4;0;|||;",
  /** Grants permission to get environment details for SparkUI. Access level: Permissions management. https://docs.aws.amazon.com/glue/latest/dg/monitor-spark-ui.html */
  GetEnvironment: "P||||||",
  /** Grants permission to get executors for SparkUI. Access level: Permissions management. https://docs.aws.amazon.com/glue/latest/dg/monitor-spark-ui.html */
  GetExecutors: "P||||||",
  /** Grants permission to get executor threads for SparkUI. Access level: Permissions management. https://docs.aws.amazon.com/glue/latest/dg/monitor-spark-ui.html */
  GetExecutorsThreads: "P||||||",
  /** Transforms a directed acyclic graph (DAG) into code. Access level: Read. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-etl-script-generation.html#aws-glue-api-etl-script-generation-GetGeneratedCode */
  GetGeneratedCode: "R||||||",
  /** Grants permission to retrieve the managed Idc application. Access level: Read. https://docs.aws.amazon.com/glue/latest/dg/security-trusted-identity-propagation-getting-started.html#security-trusted-identity-propagation-connecting */
  GetGlueIdentityCenterConfiguration: "R||||||;",
  /** Grants permission to retrieve the integration resource property. Access level: Read. Resources: catalog*, connection*, database*, integrationResourceProperty*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-integrations.html#aws-glue-api-integrations-GetIntegrationResourceProperty */
  GetIntegrationResourceProperty: "R|||1;1;,3;1;,8;1;,11;1;|||;",
  /** Grants permission to retrieve the integration table properties. Access level: Read. Resources: catalog*, connection*, database*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-integrations.html#aws-glue-api-integrations-GetIntegrationTableProperties */
  GetIntegrationTableProperties: "R|||1;1;,3;1;,8;1;|||;",
  /** Grants permission to retrieve a job. Access level: Read. Resources: job*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-job.html#aws-glue-api-jobs-job-GetJob */
  GetJob: "R|||12;1;||4|BatchGetJobs,;",
  /** Grants permission to retrieve a job bookmark. Access level: Read. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-runs.html#aws-glue-api-jobs-job-GetJobBookmark */
  GetJobBookmark: "R||||||;",
  /** Grants permission to retrieve a job run. Access level: Read. Resources: job*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-runs.html#aws-glue-api-jobs-runs-GetJobRun */
  GetJobRun: "R|||12;1;|||;",
  /** Grants permission to retrieve all job runs of a job. Access level: Read. Resources: job*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-runs.html#aws-glue-api-jobs-runs-GetJobRuns */
  GetJobRuns: "R|||12;1;|||;",
  /** Grants permission to retrieve an upgrade analysis for a job. Access level: Read. Resources: job*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-upgrade-analysis.html#aws-glue-api-upgrade-analysis-GetJobUpgradeAnalysis */
  GetJobUpgradeAnalysis: "R|||12;1;|||",
  /** Grants permission to retrieve all current jobs. Access level: Read. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-job.html#aws-glue-api-jobs-job-GetJobs */
  GetJobs: "R|||||4|;",
  /** Grants permission to get log parsing status for SparkUI. Access level: Permissions management. https://docs.aws.amazon.com/glue/latest/dg/monitor-spark-ui.html */
  GetLogParsingStatus: "P||||||",
  /** Grants permission to retrieve an ML Task Run. Access level: Read. Resources: mlTransform*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-machine-learning-api.html#aws-glue-api-machine-learning-api-GetMLTaskRun */
  GetMLTaskRun: "R|||13;1;|||;",
  /** Grants permission to retrieve all ML Task Runs. Access level: List. Resources: mlTransform*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-machine-learning-api.html#aws-glue-api-machine-learning-api-GetMLTaskRuns */
  GetMLTaskRuns: "L|||13;1;|||;",
  /** Grants permission to retrieve an ML Transform. Access level: Read. Resources: mlTransform*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-machine-learning-api.html#aws-glue-api-machine-learning-api-GetMLTransform */
  GetMLTransform: "R|||13;1;|||;",
  /** Grants permission to retrieve all ML Transforms. Access level: List. Resources: mlTransform*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-machine-learning-api.html#aws-glue-api-machine-learning-api-GetMLTransforms */
  GetMLTransforms: "L|||13;1;|||;",
  /** Grants permission to create a mapping. Access level: Read. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-etl-script-generation.html#aws-glue-api-etl-script-generation-GetMapping */
  GetMapping: "R||||||;",
  /** Grants permission to retrieve Glue Studio Notebooks session status. Access level: Permissions management. https://docs.aws.amazon.com/glue/latest/ug/notebook-getting-started.html#create-notebook-permissions-operations */
  GetNotebookInstanceStatus: "P||||||",
  /** Grants permission to retrieve a partition. Access level: Read. Resources: catalog, database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-partitions.html#aws-glue-api-catalog-partitions-GetPartition */
  GetPartition: "R|||1;0;,8;1;,15;1;,18;1;|6||GetColumnStatisticsForPartition,;",
  /** Grants permission to retrieve partition indexes for a table. Access level: Read. Resources: catalog, database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-tables.html#aws-glue-api-catalog-tables-GetPartitionIndexes */
  GetPartitionIndexes: "R|||1;0;,8;1;,15;1;,18;1;|6||",
  /** Grants permission to retrieve the partitions of a table. Access level: Read. Resources: catalog, database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-partitions.html#aws-glue-api-catalog-partitions-GetPartitions */
  GetPartitions: "R|||1;0;,8;1;,15;1;,18;1;|6||;",
  /** Grants permission to retrieve a mapping for a script. Access level: Read. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-etl-script-generation.html#aws-glue-api-etl-script-generation-GetPlan */
  GetPlan: "R||||||;",
  /** Grants permission to get queries for SparkUI. Access level: Permissions management. https://docs.aws.amazon.com/glue/latest/dg/monitor-spark-ui.html */
  GetQueries: "P||||||",
  /** Grants permission to get a specific query for SparkUI. Access level: Permissions management. https://docs.aws.amazon.com/glue/latest/dg/monitor-spark-ui.html */
  GetQuery: "P||||||",
  /** Grants permission to get the result of a Data Preparation Recipe statement. Access level: Permissions management. https://docs.aws.amazon.com/glue/latest/ug/setting-up.html#getting-started-min-privs */
  GetRecipeAction: "P||||||",
  /** Grants permission to retrieve a schema registry. Access level: Read. Resources: registry*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-schema-registry-api.html#aws-glue-api-schema-registry-api-GetRegistry */
  GetRegistry: "R|||14;1;|||;",
  /** Grants permission to retrieve resource policies. Access level: Read. Resources: rootcatalog*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-security.html#aws-glue-api-jobs-security-GetResourcePolicies */
  GetResourcePolicies: "R|||15;1;|||",
  /** Grants permission to retrieve a resource policy. Access level: Read. Resources: rootcatalog*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-security.html#aws-glue-api-jobs-security-GetResourcePolicy */
  GetResourcePolicy: "R|||15;1;|||",
  /** Grants permission to retrieve a schema container. Access level: Read. Resources: registry*, schema*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-schema-registry-api.html#aws-glue-api-schema-registry-api-GetSchema */
  GetSchema: "R|||14;1;,16;1;|||;",
  /** Grants permission to retrieve a schema version based on schema definition. Access level: Read. Resources: registry*, schema*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-schema-registry-api.html#aws-glue-api-schema-registry-api-GetSchemaByDefinition */
  GetSchemaByDefinition: "R|||14;1;,16;1;|||;",
  /** Grants permission to retrieve a schema version. Access level: Read. Resources: registry, schema. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-schema-registry-api.html#aws-glue-api-schema-registry-api-GetSchemaVersion */
  GetSchemaVersion: "R|||14;0;,16;0;|||;",
  /** Grants permission to compare two schema versions in schema registry. Access level: Read. Resources: registry*, schema*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-schema-registry-api.html#aws-glue-api-schema-registry-api-GetSchemaVersionsDiff */
  GetSchemaVersionsDiff: "R|||14;1;,16;1;|||;",
  /** Grants permission to retrieve a security configuration. Access level: Read. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-security.html#aws-glue-api-jobs-security-GetSecurityConfiguration */
  GetSecurityConfiguration: "R||||||;",
  /** Grants permission to retrieve one or more security configurations. Access level: Read. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-security.html#aws-glue-api-jobs-security-GetSecurityConfigurations */
  GetSecurityConfigurations: "R||||||;",
  /** Grants permission to retrieve an interactive session. Access level: Read. Resources: session*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-interactive-sessions.html#aws-glue-interactive-sessions-GetSession */
  GetSession: "R|||17;1;|||;",
  /** Grants permission to get a stage for SparkUI. Access level: Permissions management. https://docs.aws.amazon.com/glue/latest/dg/monitor-spark-ui.html */
  GetStage: "P||||||",
  /** Grants permission to get a stage attempt for SparkUI. Access level: Permissions management. https://docs.aws.amazon.com/glue/latest/dg/monitor-spark-ui.html */
  GetStageAttempt: "P||||||",
  /** Grants permission to get the task list for a stage attempt for SparkUI. Access level: Permissions management. https://docs.aws.amazon.com/glue/latest/dg/monitor-spark-ui.html */
  GetStageAttemptTaskList: "P||||||",
  /** Grants permission to get the task summary for a stage attempt for SparkUI. Access level: Permissions management. https://docs.aws.amazon.com/glue/latest/dg/monitor-spark-ui.html */
  GetStageAttemptTaskSummary: "P||||||",
  /** Grants permission to get stage files for SparkUI. Access level: Permissions management. https://docs.aws.amazon.com/glue/latest/dg/monitor-spark-ui.html */
  GetStageFiles: "P||||||",
  /** Grants permission to get stages for SparkUI. Access level: Permissions management. https://docs.aws.amazon.com/glue/latest/dg/monitor-spark-ui.html */
  GetStages: "P||||||",
  /** Grants permission to retrieve result and information about a statement in an interactive session. Access level: Read. Resources: session*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-interactive-sessions.html#aws-glue-interactive-sessions-GetStatement */
  GetStatement: "R|||17;1;|||;",
  /** Grants permission to get storage details for SparkUI. Access level: Permissions management. https://docs.aws.amazon.com/glue/latest/dg/monitor-spark-ui.html */
  GetStorage: "P||||||",
  /** Grants permission to get storage unit details for SparkUI. Access level: Permissions management. https://docs.aws.amazon.com/glue/latest/dg/monitor-spark-ui.html */
  GetStorageUnit: "P||||||",
  /** Grants permission to retrieve a table. Access level: Read. Resources: catalog, database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-tables.html#aws-glue-api-catalog-tables-GetTable */
  GetTable: "R|||1;0;,8;1;,15;1;,18;1;|5,6|athena:GetTable|GetColumnStatisticsForTable,;",
  /** Grants permission to return the configuration of all optimizers associated with a specified table. Access level: Read. Resources: database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-table-optimizers.html#aws-glue-api-table-optimizers-GetTableOptimizer */
  GetTableOptimizer: "R|||8;1;,15;1;,18;1;||0|;",
  /** Grants permission to retrieve a version of a table. Access level: Read. Resources: catalog, database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-tables.html#aws-glue-api-catalog-tables-GetTableVersion */
  GetTableVersion: "R|||1;0;,8;1;,15;1;,18;1;|6||;",
  /** Grants permission to retrieve a list of versions of a table. Access level: Read. Resources: catalog, database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-tables.html#aws-glue-api-catalog-tables-GetTableVersions */
  GetTableVersions: "R|||1;0;,8;1;,15;1;,18;1;|6||;",
  /** Grants permission to retrieve the tables in a database. Access level: Read. Resources: catalog, database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-tables.html#aws-glue-api-catalog-tables-GetTables */
  GetTables: "R|||1;0;,8;1;,15;1;,18;1;|5,6|athena:GetTables|;",
  /** Grants permission to retrieve all tags associated with a resource. Access level: Read. Resources: blueprint, catalog, connection, connectionType, crawler, customEntityType, database, devendpoint, job, trigger, usageProfile, workflow. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-tags.html#aws-glue-api-tags-UntagResource */
  GetTags: "R|||0;0;,1;0;,3;0;,4;0;,5;0;,6;0;,8;0;,9;0;,12;0;,20;0;,21;0;,23;0;|||;",
  /** Grants permission to retrieve a trigger. Access level: Read. Resources: trigger*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-trigger.html#aws-glue-api-jobs-trigger-GetTrigger */
  GetTrigger: "R|||20;1;|||BatchGetTriggers,;",
  /** Grants permission to retrieve the triggers associated with a job. Access level: Read. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-trigger.html#aws-glue-api-jobs-trigger-GetTriggers */
  GetTriggers: "R||||||;",
  /** Grants permission to retrieve a usage profile. Access level: Read. Resources: usageProfile*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-usage-profiles.html#aws-glue-api-usage-profiles-GetUsageProfile */
  GetUsageProfile: "R|||21;1;|||CreateJob,CreateSession,;,StartJobRun,UpdateJob",
  /** Grants permission to retrieve a function definition. Access level: Read. Resources: catalog, database*, rootcatalog*, userdefinedfunction*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-functions.html#aws-glue-api-catalog-functions-GetUserDefinedFunction */
  GetUserDefinedFunction: "R|||1;0;,8;1;,15;1;,22;1;|6||;",
  /** Grants permission to retrieve multiple function definitions. Access level: Read. Resources: catalog, database*, rootcatalog*, userdefinedfunction*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-functions.html#aws-glue-api-catalog-functions-GetUserDefinedFunctions */
  GetUserDefinedFunctions: "R|||1;0;,8;1;,15;1;,22;1;|5,6||;",
  /** Grants permission to retrieve a workflow. Access level: Read. Resources: workflow*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-workflow.html#aws-glue-api-workflow-GetWorkflow */
  GetWorkflow: "R|||23;1;|||BatchGetWorkflows,;",
  /** Grants permission to retrieve a workflow run. Access level: Read. Resources: workflow*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-workflow.html#aws-glue-api-workflow-GetWorkflowRun */
  GetWorkflowRun: "R|||23;1;|||;",
  /** Grants permission to retrieve workflow run properties. Access level: Read. Resources: workflow*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-workflow.html#aws-glue-api-workflow-GetWorkflowRunProperties */
  GetWorkflowRunProperties: "R|||23;1;|||;",
  /** Grants permission to retrieve all runs of a workflow. Access level: Read. Resources: workflow*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-workflow.html#aws-glue-api-workflow-GetWorkflowRuns */
  GetWorkflowRuns: "R|||23;1;|||;",
  /** Grants permission to access Glue Studio Notebooks. Access level: Permissions management. https://docs.aws.amazon.com/glue/latest/ug/notebook-getting-started.html#create-notebook-permissions-operations */
  GlueNotebookAuthorize: "P||||||",
  /** Grants permission to refresh Glue Studio Notebooks credentials. Access level: Permissions management. https://docs.aws.amazon.com/glue/latest/ug/notebook-getting-started.html#create-notebook-permissions-operations */
  GlueNotebookRefreshCredentials: "P||||||",
  /** Grants permission to import an Athena data catalog into AWS Glue. Access level: Write. Resources: rootcatalog*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-migration.html#aws-glue-api-catalog-migration-ImportCatalogToGlue */
  ImportCatalogToGlue: "W|||15;1;|6||;",
  /** Grants permission to retrieve all blueprints. Access level: List. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-workflow.html#aws-glue-api-workflow-ListBlueprints */
  ListBlueprints: "L||||||;",
  /** Grants permission to list all Column Statistics run-ids that have been executed for the account. Access level: Read. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-crawler-column-statistics.html#aws-glue-api-crawler-column-statistics-ListColumnStatisticsTaskRuns */
  ListColumnStatisticsTaskRuns: "R||||||;",
  /** Grants permission to list connection types in glue. Access level: Permissions management. https://docs.aws.amazon.com/glue/latest/dg/glue-connections.html#connection-type-permissions-operations */
  ListConnectionTypes: "P||||||;",
  /** Grants permission to retrieve all crawlers. Access level: List. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-crawler-crawling.html#aws-glue-api-crawler-crawling-ListCrawlers */
  ListCrawlers: "L||||||;",
  /** Grants permission to retrieve crawl run history for a crawler. Access level: List. Resources: crawler*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-crawler-crawling.html#aws-glue-api-crawler-crawling-ListCrawls */
  ListCrawls: "L|||5;1;|||;",
  /** Grants permission to retrieve all Custom Entity Types. Access level: List. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-sensitive-data-api.html#aws-glue-api-sensitive-data-api-ListGetCustomEntityTypes */
  ListCustomEntityTypes: "L||||||;",
  /** Grants permission to retrieve all Data Quality results. Access level: List. Resources: dataQualityRuleset*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-data-quality-api.html#aws-glue-api-data-quality-api-ListDataQualityResults */
  ListDataQualityResults: "L|||7;1;|||;",
  /** Grants permission to retrieve all Data Quality rule recommendation runs. Access level: List. Resources: dataQualityRuleset*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-data-quality-api.html#aws-glue-api-data-quality-api-ListDataQualityRuleRecommendationRuns */
  ListDataQualityRuleRecommendationRuns: "L|||7;1;|||;",
  /** Grants permission to retrieve all Data Quality rule recommendation runs. Access level: List. Resources: dataQualityRuleset*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-data-quality-api.html#aws-glue-api-data-quality-api-ListDataQualityRulesetEvaluationRuns */
  ListDataQualityRulesetEvaluationRuns: "L|||7;1;|||;",
  /** Grants permission to retrieve a list of Data Quality rulesets. Access level: List. Resources: dataQualityRuleset*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-data-quality-api.html#aws-glue-api-data-quality-api-ListDataQualityRulesets */
  ListDataQualityRulesets: "L|||7;1;|||;",
  /** Grants permission to retrieve all development endpoints. Access level: List. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-dev-endpoint.html#aws-glue-api-dev-endpoint-ListDevEndpoints */
  ListDevEndpoints: "L||||||;",
  /** Grants permission to list entities in glue studio. Access level: Permissions management. Resources: connection*, connectionType, rootcatalog*. https://docs.aws.amazon.com/glue/latest/dg/glue-connections.html#connection-type-permissions-operations */
  ListEntities: "P|||3;1;,4;0;,15;1;|||;",
  /** Grants permission to list zero-ETL integration resource properties. Access level: List. Resources: catalog*, connection*, database*, integrationResourceProperty*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-integrations.html#aws-glue-api-integrations-ListIntegrationResourceProperties */
  ListIntegrationResourceProperties: "L|||1;1;,3;1;,8;1;,11;1;|||;",
  /** Grants permission to list upgrade analyses for a job. Access level: List. Resources: job*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-upgrade-analysis.html#aws-glue-api-upgrade-analysis-ListJobUpgradeAnalyses */
  ListJobUpgradeAnalyses: "L|||12;1;|||",
  /** Grants permission to retrieve all current jobs. Access level: List. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-job.html#aws-glue-api-jobs-job-ListJobs */
  ListJobs: "L||||||;",
  /** Grants permission to retrieve all ML Transforms. Access level: List. Resources: mlTransform*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-machine-learning-api.html#aws-glue-api-machine-learning-api-ListMLTransforms */
  ListMLTransforms: "L|||13;1;|||;",
  /** Grants permission to retrieve a list of schema registries. Access level: List. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-schema-registry-api.html#aws-glue-api-schema-registry-api-ListRegistries */
  ListRegistries: "L||||||;",
  /** Grants permission to retrieve a list of schema versions. Access level: List. Resources: registry*, schema*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-schema-registry-api.html#aws-glue-api-schema-registry-api-ListSchemaVersions */
  ListSchemaVersions: "L|||14;1;,16;1;|||;",
  /** Grants permission to retrieve a list of schema containers. Access level: List. Resources: registry. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-schema-registry-api.html#aws-glue-api-schema-registry-api-ListSchemas */
  ListSchemas: "L|||14;0;|||;",
  /** Grants permission to retrieve a list of interactive session. Access level: List. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-interactive-sessions.html#aws-glue-interactive-sessions-ListSessions */
  ListSessions: "L||||||;",
  /** Grants permission to retrieve a list of statements in an interactive session. Access level: List. Resources: session*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-interactive-sessions.html#aws-glue-interactive-sessions-ListStatements */
  ListStatements: "L|||17;1;|||;",
  /** Grants permission to list the history of previous optimizer runs for a specific table. Access level: List. Resources: database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-table-optimizers.html#aws-glue-api-table-optimizers-ListTableOptimizerRuns */
  ListTableOptimizerRuns: "L|||8;1;,15;1;,18;1;||0|;",
  /** Grants permission to retrieve all triggers. Access level: List. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-trigger.html#aws-glue-api-jobs-trigger-ListTriggers */
  ListTriggers: "L||||||;",
  /** Grants permission to retrieve a list of usage profiles. Access level: List. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-usage-profiles.html#aws-glue-api-usage-profiles-ListUsageProfiles */
  ListUsageProfiles: "L||||||;",
  /** Grants permission to retrieve all workflows. Access level: List. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-workflow.html#aws-glue-api-workflow-ListWorkflows */
  ListWorkflows: "L||||||;",
  /** Grants permission to use Glue managed connectors to query data. Access level: Permissions management. https://docs.aws.amazon.com/glue/latest/dg/glue-connections.html#connection-type-permissions-operations */
  ManagedConnector: "P||||||",
  /** Grants permission to modify a zero-ETL integration. Access level: Write. Resources: integration*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-integrations.html#aws-glue-api-integrations-ModifyIntegration */
  ModifyIntegration: "W|||10;1;|1||;",
  /** Grants permission to notify an event to the event-driven workflow. Access level: Write. Resources: workflow*. https://docs.aws.amazon.com/glue/latest/dg/starting-workflow-eventbridge.html */
  NotifyEvent: "W|||23;1;|||",
  /** Grants permission to pass glue connection name in input for APIs that require them. Access level: Write. Resources: connection*. Permission only. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-connections.html#aws-glue-api-catalog-connections-CreateConnection */
  PassConnection:
    "W||1|3;1;|||CreateCatalog,CreateDatabase,CreateTable,CreateTableOptimizer,UpdateTable,UpdateTableOptimizer",
  /** Grants permission to publish Data Quality results. Access level: Write. Resources: dataQualityRuleset*. Permission only. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-data-quality-api.html */
  PublishDataQuality: "W||1|7;1;|||",
  /** Grants permission to update catalog encryption settings. Access level: Write. Resources: rootcatalog*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-security.html#aws-glue-api-jobs-security-PutDataCatalogEncryptionSettings */
  PutDataCatalogEncryptionSettings: "W|||15;1;||4|;",
  /** Grants permission to annotate all datapoints for a profile. Access level: Write. Resources: dataQualityRuleset*, job*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-data-quality-api.html#aws-glue-api-data-quality-api-PutDataQualityProfileAnnotation */
  PutDataQualityProfileAnnotation: "W|||7;1;,12;1;|||;",
  /** Grants permission to annotate datapoints over time for a specific data quality statistic. Access level: Write. Resources: dataQualityRuleset*, job*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-data-quality-api.html#aws-glue-api-data-quality-api-BatchPutDataQualityStatisticAnnotation */
  PutDataQualityStatisticAnnotation: "W|||7;1;,12;1;|||BatchPutDataQualityStatisticAnnotation",
  /** Grants permission to update a resource policy. Access level: Permissions management. Resources: rootcatalog*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-security.html#aws-glue-api-jobs-security-PutResourcePolicy */
  PutResourcePolicy: "P|||15;1;|||",
  /** Grants permission to add metadata to schema version. Access level: Write. Resources: registry, schema. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-schema-registry-api.html#aws-glue-api-schema-registry-api-PutSchemaVersionMetadata */
  PutSchemaVersionMetadata: "W|||14;0;,16;0;|||;",
  /** Grants permission to update workflow run properties. Access level: Write. Resources: workflow*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-workflow.html#aws-glue-api-workflow-PutWorkflowRunProperties */
  PutWorkflowRunProperties: "W|||23;1;|||;",
  /** Grants permission to fetch metadata for a schema version. Access level: List. Resources: registry, schema. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-schema-registry-api.html#aws-glue-api-schema-registry-api-QuerySchemaVersionMetadata */
  QuerySchemaVersionMetadata: "L|||14;0;,16;0;|||;",
  /** Grants permission to refresh the oauth2 tokens for connection during job execution. Access level: Permissions management. Resources: connection*, connectionType, rootcatalog*. https://docs.aws.amazon.com/glue/latest/dg/glue-connections.html#connection-type-permissions-operations */
  RefreshOAuth2Tokens: "P|||3;1;,4;0;,15;1;|||",
  /** Grants permission to register connection type. Access level: Write. Resources: connectionType*. https://docs.aws.amazon.com/glue/latest/dg/glue-connections.html#connection-type-permissions-operations */
  RegisterConnectionType: "W|||4;1;|0,1,2|3|;",
  /** Grants permission to create a new schema version. Access level: Write. Resources: registry*, schema*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-schema-registry-api.html#aws-glue-api-schema-registry-api-RegisterSchemaVersion */
  RegisterSchemaVersion: "W|||14;1;,16;1;|||;",
  /** Grants permission to remove metadata from schema version. Access level: Write. Resources: registry, schema. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-schema-registry-api.html#aws-glue-api-schema-registry-api-RemoveSchemaVersionMetadata */
  RemoveSchemaVersionMetadata: "W|||14;0;,16;0;|||;",
  /** Grants permission to rename a table. Access level: Write. Resources: catalog, database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-tables.html#aws-glue-api-catalog-tables-RenameTable */
  RenameTable: "W|||1;0;,8;1;,15;1;,18;1;|5,6||",
  /** Grants permission to request log parsing for SparkUI. Access level: Permissions management. https://docs.aws.amazon.com/glue/latest/dg/monitor-spark-ui.html */
  RequestLogParsing: "P||||||",
  /** Grants permission to reset a job bookmark. Access level: Write. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-runs.html#aws-glue-api-jobs-runs-ResetJobBookmark */
  ResetJobBookmark: "W||||||;",
  /** Grants permission to resume a workflow run. Access level: Write. Resources: workflow*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-workflow.html#aws-glue-api-workflow-ResumeWorkflowRun */
  ResumeWorkflowRun: "W|||23;1;|||;",
  /** Grants permission to run Data Preview Statement. Access level: Permissions management. https://docs.aws.amazon.com/glue/latest/ug/notebook-getting-started.html#create-notebook-permissions-operations */
  RunDataPreviewStatement: "P||||||",
  /** Grants permission to run a code or statement in an interactive session. Access level: Write. Resources: session*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-interactive-sessions.html#aws-glue-interactive-sessions-RunStatement */
  RunStatement: "W|||17;1;|||;",
  /** Grants permission to retrieve the tables in the catalog. Access level: Read. Resources: catalog, database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-tables.html#aws-glue-api-catalog-tables-SearchTables */
  SearchTables: "R|||1;0;,8;1;,15;1;,18;1;|6||;",
  /** Grants permission to provide feedback about a glue completion experience in AWS Q. Access level: Write. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api.html# */
  SendFeedback: "W||||||",
  /** Grants permission to execute a Data Preparation Recipe statement in data preview. Access level: Permissions management. https://docs.aws.amazon.com/glue/latest/ug/setting-up.html#getting-started-min-privs */
  SendRecipeAction: "P||||||",
  /** Grants permission to start running a blueprint. Access level: Write. Resources: blueprint*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-workflow.html#aws-glue-api-workflow-StartBlueprintRun */
  StartBlueprintRun: "W|||0;1;||4|;",
  /** Grants permission to start a run for generating Column Statistics for the table. Access level: Write. Resources: database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-crawler-column-statistics.html#aws-glue-api-crawler-column-statistics-StartColumnStatisticsTaskRun */
  StartColumnStatisticsTaskRun: "W|||8;1;,15;1;,18;1;||glue:GetSecurityConfiguration,0,4|;",
  /** Grants permission to start a column statistics task run schedule. Access level: Write. Resources: database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-crawler-column-statistics.html#aws-glue-api-crawler-column-statistics-StartColumnStatisticsTaskRunSchedule */
  StartColumnStatisticsTaskRunSchedule: "W|||8;1;,15;1;,18;1;|||;",
  /** Grants permission to create a completion request in Glue for AWS Q experience. Access level: Write. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api.html# */
  StartCompletion: "W||||||",
  /** Grants permission to start a crawler. Access level: Write. Resources: crawler*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-crawler-crawling.html#aws-glue-api-crawler-crawling-StartCrawler */
  StartCrawler: "W|||5;1;|||;",
  /** Grants permission to change the schedule state of a crawler to SCHEDULED. Access level: Write. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-crawler-scheduler.html#aws-glue-api-crawler-scheduler-StartCrawlerSchedule */
  StartCrawlerSchedule: "W||||||;",
  /** Grants permission to start a Data Quality rule recommendation run. Access level: Write. Resources: dataQualityRuleset*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-data-quality-api.html#aws-glue-api-data-quality-api-StartDataQualityRuleRecommendationRun */
  StartDataQualityRuleRecommendationRun: "W|||7;1;||4|;",
  /** Grants permission to start a Data Quality rule recommendation run. Access level: Write. Resources: dataQualityRuleset*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-data-quality-api.html#aws-glue-api-data-quality-api-StartDataQualityRulesetEvaluationRun */
  StartDataQualityRulesetEvaluationRun: "W|||7;1;||4|;",
  /** Grants permission to start an Export Labels ML Task Run. Access level: Write. Resources: mlTransform*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-machine-learning-api.html#aws-glue-api-machine-learning-api-StartExportLabelsTaskRun */
  StartExportLabelsTaskRun: "W|||13;1;|||;",
  /** Grants permission to start an Import Labels ML Task Run. Access level: Write. Resources: mlTransform*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-machine-learning-api.html#aws-glue-api-machine-learning-api-StartImportLabelsTaskRun */
  StartImportLabelsTaskRun: "W|||13;1;|||;",
  /** Grants permission to start running a job. Access level: Write. Resources: job*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-runs.html#aws-glue-api-jobs-runs-StartJobRun */
  StartJobRun: "W|||12;1;||1|;",
  /** Grants permission to start running upgrade analysis for a job. Access level: Write. Resources: job*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-upgrade-analysis.html#aws-glue-api-upgrade-analysis-StartJobUpgradeAnalysis */
  StartJobUpgradeAnalysis: "W|||12;1;|||",
  /** Grants permission to start an Evaluation ML Task Run. Access level: Write. Resources: mlTransform*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-machine-learning-api.html#aws-glue-api-machine-learning-api-StartMLEvaluationTaskRun */
  StartMLEvaluationTaskRun: "W|||13;1;|||;",
  /** Grants permission to start a Labeling Set Generation ML Task Run. Access level: Write. Resources: mlTransform*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-machine-learning-api.html#aws-glue-api-machine-learning-api-StartMLLabelingSetGenerationTaskRun */
  StartMLLabelingSetGenerationTaskRun: "W|||13;1;|||;",
  /** Grants permission to start Glue Studio Notebooks. Access level: Permissions management. https://docs.aws.amazon.com/glue/latest/ug/notebook-getting-started.html#create-notebook-permissions-operations */
  StartNotebook: "P||||||",
  /** Grants permission to start a trigger. Access level: Write. Resources: trigger*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-trigger.html#aws-glue-api-jobs-trigger-StartTrigger */
  StartTrigger: "W|||20;1;|||;",
  /** Grants permission to start running a workflow. Access level: Write. Resources: workflow*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-workflow.html#aws-glue-api-workflow-StartWorkflowRun */
  StartWorkflowRun: "W|||23;1;|||;",
  /** Grants permission to stop execution for Column Statistics run. Access level: Write. Resources: database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-crawler-column-statistics.html#aws-glue-api-crawler-column-statistics-StopColumnStatisticsTaskRun */
  StopColumnStatisticsTaskRun: "W|||8;1;,15;1;,18;1;|||;",
  /** Grants permission to stop a column statistics task run schedule. Access level: Write. Resources: database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-crawler-column-statistics.html#aws-glue-api-crawler-column-statistics-StopColumnStatisticsTaskRunSchedule */
  StopColumnStatisticsTaskRunSchedule: "W|||8;1;,15;1;,18;1;|||;",
  /** Grants permission to stop a running crawler. Access level: Write. Resources: crawler*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-crawler-crawling.html#aws-glue-api-crawler-crawling-StopCrawler */
  StopCrawler: "W|||5;1;|||;",
  /** Grants permission to set the schedule state of a crawler to NOT_SCHEDULED. Access level: Write. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-crawler-scheduler.html#aws-glue-api-crawler-scheduler-StopCrawlerSchedule */
  StopCrawlerSchedule: "W||||||;",
  /** Grants permission to stop an on-going upgrade analysis for a job. Access level: Write. Resources: job*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-upgrade-analysis.html#aws-glue-api-upgrade-analysis-StopJobUpgradeAnalysis */
  StopJobUpgradeAnalysis: "W|||12;1;|||",
  /** Grants permission to stop an interactive session. Access level: Write. Resources: session*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-interactive-sessions.html#aws-glue-interactive-sessions-StopSession */
  StopSession: "W|||17;1;|||;",
  /** Grants permission to stop a trigger. Access level: Write. Resources: trigger*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-trigger.html#aws-glue-api-jobs-trigger-StopTrigger */
  StopTrigger: "W|||20;1;|||;",
  /** Grants permission to stop a workflow run. Access level: Write. Resources: workflow*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-workflow.html#aws-glue-api-workflow-StopWorkflowRun */
  StopWorkflowRun: "W|||23;1;|||;",
  /** Grants permission to add tags to a resource. Access level: Tagging. Resources: blueprint, catalog, connection, connectionType, crawler, customEntityType, dataQualityRuleset, database, devendpoint, integration, integrationResourceProperty, job, mlTransform, registry, schema, session, trigger, usageProfile, workflow. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-tags.html#aws-glue-api-tags-TagResource */
  TagResource:
    "T|||0;0;,1;0;,3;0;,4;0;,5;0;,6;0;,7;0;,8;0;,9;0;,10;0;,11;0;,12;0;,13;0;,14;0;,16;0;,17;0;,20;0;,21;0;,23;0;|0,2,6||CreateBlueprint,CreateCatalog,CreateConnection,CreateCrawler,CreateCustomEntityType,CreateDataQualityRuleset,CreateDatabase,CreateDevEndpoint,CreateIntegration,CreateIntegrationResourceProperty,CreateJob,CreateMLTransform,CreateRegistry,CreateSchema,CreateSession,CreateTrigger,CreateUsageProfile,CreateWorkflow,RegisterConnectionType,;",
  /** Grants permission to terminate Glue Studio Notebooks. Access level: Permissions management. https://docs.aws.amazon.com/glue/latest/ug/notebook-getting-started.html#create-notebook-permissions-operations */
  TerminateNotebook: "P||||||",
  /** Grants permission to test connection in Glue Studio. Access level: Permissions management. Resources: connection, connectionType. https://docs.aws.amazon.com/glue/latest/dg/console-test-connections.html */
  TestConnection: "P|||3;0;,4;0;||4|;",
  /** Grants permission to remove tags associated with a resource. Access level: Tagging. Resources: blueprint, catalog, connection, connectionType, crawler, customEntityType, dataQualityRuleset, database, devendpoint, integration, integrationResourceProperty, job, mlTransform, registry, schema, session, trigger, usageProfile, workflow. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-tags.html#aws-glue-api-tags-UntagResource */
  UntagResource:
    "T|||0;0;,1;0;,3;0;,4;0;,5;0;,6;0;,7;0;,8;0;,9;0;,10;0;,11;0;,12;0;,13;0;,14;0;,16;0;,17;0;,20;0;,21;0;,23;0;|2,6||;",
  /** Grants permission to update a blueprint. Access level: Write. Resources: blueprint*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-workflow.html#aws-glue-api-workflow-UpdateBlueprint */
  UpdateBlueprint: "W|||0;1;|||;",
  /** Grants permission to update a catalog. Access level: Write. Resources: catalog, rootcatalog*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog.html */
  UpdateCatalog: "W|||1;0;,15;1;|5,6|4|;",
  /** Grants permission to update a classifier. Access level: Write. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-crawler-classifiers.html#aws-glue-api-crawler-classifiers-UpdateClassifier */
  UpdateClassifier: "W||||||;",
  /** Grants permission to update partition statistics of columns. Access level: Write. Resources: catalog, database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-partitions.html#aws-glue-api-catalog-partitions-UpdateColumnStatisticsForPartition */
  UpdateColumnStatisticsForPartition: "W|||1;0;,8;1;,15;1;,18;1;|6||",
  /** Grants permission to update table statistics of columns. Access level: Write. Resources: catalog, database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-tables.html#aws-glue-api-catalog-tables-UpdateColumnStatisticsForTable */
  UpdateColumnStatisticsForTable: "W|||1;0;,8;1;,15;1;,18;1;|6||",
  /** Grants permission to update settings for a column statistics task. Access level: Write. Resources: database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-crawler-column-statistics.html#aws-glue-api-crawler-column-statistics-UpdateColumnStatisticsTaskSettings */
  UpdateColumnStatisticsTaskSettings: "W|||8;1;,15;1;,18;1;||4|;",
  /** Grants permission to update a connection. Access level: Write. Resources: connection*, connectionType, rootcatalog*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-connections.html#aws-glue-api-catalog-connections-UpdateConnection */
  UpdateConnection: "W|||3;1;,4;0;,15;1;|6|4|;",
  /** Grants permission to update a crawler. Access level: Write. Resources: crawler*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-crawler-crawling.html#aws-glue-api-crawler-crawling-UpdateCrawler */
  UpdateCrawler: "W|||5;1;||4|;",
  /** Grants permission to update the schedule of a crawler. Access level: Write. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-crawler-scheduler.html#aws-glue-api-crawler-scheduler-UpdateCrawlerSchedule */
  UpdateCrawlerSchedule: "W||||||;",
  /** Grants permission to update a Data Quality ruleset. Access level: Write. Resources: dataQualityRuleset*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-data-quality-api.html#aws-glue-api-data-quality-api-UpdateDataQualityRuleset */
  UpdateDataQualityRuleset: "W|||7;1;|||;",
  /** Grants permission to update a database. Access level: Write. Resources: catalog, database*, rootcatalog*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-databases.html#aws-glue-api-catalog-databases-UpdateDatabase */
  UpdateDatabase: "W|||1;0;,8;1;,15;1;|5,6||;",
  /** Grants permission to update a development endpoint. Access level: Write. Resources: devendpoint*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-dev-endpoint.html#aws-glue-api-dev-endpoint-UpdateDevEndpoint */
  UpdateDevEndpoint: "W|||9;1;|||;",
  /** Grants permission to update the managed Idc application. Access level: Write. https://docs.aws.amazon.com/glue/latest/dg/security-trusted-identity-propagation-getting-started.html#security-trusted-identity-propagation-connecting */
  UpdateGlueIdentityCenterConfiguration: "W||||||;",
  /** Grants permission to update the integration resource property. Access level: Write. Resources: catalog*, connection*, database*, integrationResourceProperty*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-integrations.html#aws-glue-api-integrations-UpdateIntegrationResourceProperty */
  UpdateIntegrationResourceProperty: "W|||1;1;,3;1;,8;1;,11;1;||4|;",
  /** Grants permission to update the integration table properties. Access level: Write. Resources: catalog*, connection*, database*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-integrations.html#aws-glue-api-integrations-UpdateIntegrationTableProperties */
  UpdateIntegrationTableProperties: "W|||1;1;,3;1;,8;1;|||;",
  /** Grants permission to update a job. Access level: Write. Resources: job*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-job.html#aws-glue-api-jobs-job-UpdateJob */
  UpdateJob: "W|||12;1;|8,9,10|1,4|;",
  /** Grants permission to update a job from source control provider. Access level: Write. Resources: job*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-job.html#aws-glue-api-jobs-job-UpdateJobFromSourceControl */
  UpdateJobFromSourceControl: "W|||12;1;|||;",
  /** Grants permission to update an ML Transform. Access level: Write. Resources: mlTransform*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-machine-learning-api.html#aws-glue-api-machine-learning-api-UpdateMLTransform */
  UpdateMLTransform: "W|||13;1;||4|;",
  /** Grants permission to update a partition. Access level: Write. Resources: catalog, database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-partitions.html#aws-glue-api-catalog-partitions-UpdatePartition */
  UpdatePartition:
    "W|||1;0;,8;1;,15;1;,18;1;|6||DeleteColumnStatisticsForPartition,UpdateColumnStatisticsForPartition,;",
  /** Grants permission to update a schema registry. Access level: Write. Resources: registry*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-schema-registry-api.html#aws-glue-api-schema-registry-api-UpdateRegistry */
  UpdateRegistry: "W|||14;1;|||;",
  /** Grants permission to update a schema container. Access level: Write. Resources: registry*, schema*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-schema-registry-api.html#aws-glue-api-schema-registry-api-UpdateSchema */
  UpdateSchema: "W|||14;1;,16;1;|||;",
  /** Grants permission to update source control provider from a job. Access level: Write. Resources: job*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-job.html#aws-glue-api-jobs-job-UpdateSourceControlFromJob */
  UpdateSourceControlFromJob: "W|||12;1;|||;",
  /** Grants permission to update a table. Access level: Write. Resources: catalog, database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-tables.html#aws-glue-api-catalog-tables-UpdateTable */
  UpdateTable:
    "W|||1;0;,8;1;,15;1;,18;1;|5,6|2,4|CreatePartitionIndex,DeleteColumnStatisticsForTable,DeletePartitionIndex,UpdateColumnStatisticsForTable,;",
  /** Grants permission to update the configuration for an existing table optimizer. Access level: Write. Resources: database*, rootcatalog*, table*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-table-optimizers.html#aws-glue-api-table-optimizers-UpdateTableOptimizer */
  UpdateTableOptimizer: "W|||8;1;,15;1;,18;1;||0,2,4|;",
  /** Grants permission to update a trigger. Access level: Write. Resources: trigger*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-trigger.html#aws-glue-api-jobs-trigger-UpdateTrigger */
  UpdateTrigger: "W|||20;1;|||;",
  /** Grants permission to update a usage profile. Access level: Write. Resources: usageProfile*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-usage-profiles.html#aws-glue-api-usage-profiles-UpdateUsageProfile */
  UpdateUsageProfile: "W|||21;1;|||;",
  /** Grants permission to update a function definition. Access level: Write. Resources: catalog, database*, rootcatalog*, userdefinedfunction*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-functions.html#aws-glue-api-catalog-functions-UpdateUserDefinedFunction */
  UpdateUserDefinedFunction: "W|||1;0;,8;1;,15;1;,22;1;|6||;",
  /** Grants permission to update a workflow. Access level: Write. Resources: workflow*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-workflow.html#aws-glue-api-workflow-UpdateWorkflow */
  UpdateWorkflow: "W|||23;1;|||;",
  /** Grants permission to upgrade a job to the latest version. Access level: Write. Resources: job*. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-upgrade-analysis.html#aws-glue-api-upgrade-analysis-UpgradeJob */
  UpgradeJob: "W|||12;1;|||",
  /** Grants permission to use Glue Studio and access its internal APIs. Access level: Permissions management. https://docs.aws.amazon.com/glue/latest/ug/setting-up.html#getting-started-min-privs */
  UseGlueStudio: "P||||||",
  /** Grants permission to use an ML Transform from within a Glue ETL Script. Access level: Write. Resources: mlTransform*. Permission only. https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-machine-learning-api.html */
  UseMLTransforms: "W||1|13;1;|||",
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
const resourceTypeFacts = {
  /** The blueprint resource type: arn:${Partition}:glue:${Region}:${Account}:blueprint/${BlueprintName} */
  blueprint: "|,|1",
  /** The catalog resource type: arn:${Partition}:glue:${Region}:${Account}:catalog/${CatalogName} */
  catalog: "|,|1",
  /** The completion resource type: arn:${Partition}:glue:${Region}:${Account}:completion/${CompletionId} */
  completion: "|,|",
  /** The connection resource type: arn:${Partition}:glue:${Region}:${Account}:connection/${ConnectionName} */
  connection: "|,|1",
  /** The connectionType resource type: arn:${Partition}:glue:${Region}:${Account}:connectionType:${ConnectionTypeName} */
  connectionType: "|,|1",
  /** The crawler resource type: arn:${Partition}:glue:${Region}:${Account}:crawler/${CrawlerName} */
  crawler: "|,|1",
  /** The customEntityType resource type: arn:${Partition}:glue:${Region}:${Account}:customEntityType/${CustomEntityTypeId} */
  customEntityType: "|,|1",
  /** The dataQualityRuleset resource type: arn:${Partition}:glue:${Region}:${Account}:dataQualityRuleset/${RulesetName} */
  dataQualityRuleset: "|,|1",
  /** The database resource type: arn:${Partition}:glue:${Region}:${Account}:database/${DatabaseName} */
  database: "|,|1",
  /** The devendpoint resource type: arn:${Partition}:glue:${Region}:${Account}:devEndpoint/${DevEndpointName} */
  devendpoint: "|,|1",
  /** The integration resource type: arn:${Partition}:glue:${Region}:${Account}:integration:${IntegrationId} */
  integration: "|,|1",
  /** The integrationResourceProperty resource type: arn:${Partition}:glue:${Region}:${Account}:integrationresourceproperty/${ResourceType}/${ResourceName} */
  integrationResourceProperty: "|,|1",
  /** The job resource type: arn:${Partition}:glue:${Region}:${Account}:job/${JobName} */
  job: "|,|1",
  /** The mlTransform resource type: arn:${Partition}:glue:${Region}:${Account}:mlTransform/${TransformId} */
  mlTransform: "|,|1",
  /** The registry resource type: arn:${Partition}:glue:${Region}:${Account}:registry/${RegistryName} */
  registry: "|,|1",
  /** The rootcatalog resource type: arn:${Partition}:glue:${Region}:${Account}:catalog */
  rootcatalog: "|,|",
  /** The schema resource type: arn:${Partition}:glue:${Region}:${Account}:schema/${SchemaName} */
  schema: "|,|1",
  /** The session resource type: arn:${Partition}:glue:${Region}:${Account}:session/${SessionId} */
  session: "|,|1",
  /** The table resource type: arn:${Partition}:glue:${Region}:${Account}:table/${DatabaseName}/${TableName} */
  table: "|,|",
  /** The tableversion resource type: arn:${Partition}:glue:${Region}:${Account}:tableVersion/${DatabaseName}/${TableName}/${TableVersionName} */
  tableversion: "|,|",
  /** The trigger resource type: arn:${Partition}:glue:${Region}:${Account}:trigger/${TriggerName} */
  trigger: "|,|1",
  /** The usageProfile resource type: arn:${Partition}:glue:${Region}:${Account}:usageProfile/${UsageProfileId} */
  usageProfile: "|,|1",
  /** The userdefinedfunction resource type: arn:${Partition}:glue:${Region}:${Account}:userDefinedFunction/${DatabaseName}/${UserDefinedFunctionName} */
  userdefinedfunction: "|,|",
  /** The workflow resource type: arn:${Partition}:glue:${Region}:${Account}:workflow/${WorkflowName} */
  workflow: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a blueprint resource: arn:${Partition}:glue:${Region}:${Account}:blueprint/${BlueprintName}. */
  blueprint: "|,blueprint|arn:|Partition|:glue:|Region|:|Account|:blueprint/|BlueprintName|",
  /** ARN of a catalog resource: arn:${Partition}:glue:${Region}:${Account}:catalog/${CatalogName}. */
  catalog: "|,catalog|arn:|Partition|:glue:|Region|:|Account|:catalog/|CatalogName|",
  /** ARN of a completion resource: arn:${Partition}:glue:${Region}:${Account}:completion/${CompletionId}. */
  completion: "|,completion|arn:|Partition|:glue:|Region|:|Account|:completion/|CompletionId|",
  /** ARN of a connection resource: arn:${Partition}:glue:${Region}:${Account}:connection/${ConnectionName}. */
  connection: "|,connection|arn:|Partition|:glue:|Region|:|Account|:connection/|ConnectionName|",
  /** ARN of a connectionType resource: arn:${Partition}:glue:${Region}:${Account}:connectionType:${ConnectionTypeName}. */
  connectionType: "|,connectionType|arn:|Partition|:glue:|Region|:|Account|:connectionType:|ConnectionTypeName|",
  /** ARN of a crawler resource: arn:${Partition}:glue:${Region}:${Account}:crawler/${CrawlerName}. */
  crawler: "|,crawler|arn:|Partition|:glue:|Region|:|Account|:crawler/|CrawlerName|",
  /** ARN of a customEntityType resource: arn:${Partition}:glue:${Region}:${Account}:customEntityType/${CustomEntityTypeId}. */
  customEntityType: "|,customEntityType|arn:|Partition|:glue:|Region|:|Account|:customEntityType/|CustomEntityTypeId|",
  /** ARN of a dataQualityRuleset resource: arn:${Partition}:glue:${Region}:${Account}:dataQualityRuleset/${RulesetName}. */
  dataQualityRuleset: "|,dataQualityRuleset|arn:|Partition|:glue:|Region|:|Account|:dataQualityRuleset/|RulesetName|",
  /** ARN of a database resource: arn:${Partition}:glue:${Region}:${Account}:database/${DatabaseName}. */
  database: "|,database|arn:|Partition|:glue:|Region|:|Account|:database/|DatabaseName|",
  /** ARN of a devendpoint resource: arn:${Partition}:glue:${Region}:${Account}:devEndpoint/${DevEndpointName}. */
  devendpoint: "|,devendpoint|arn:|Partition|:glue:|Region|:|Account|:devEndpoint/|DevEndpointName|",
  /** ARN of a integration resource: arn:${Partition}:glue:${Region}:${Account}:integration:${IntegrationId}. */
  integration: "|,integration|arn:|Partition|:glue:|Region|:|Account|:integration:|IntegrationId|",
  /** ARN of a integrationResourceProperty resource: arn:${Partition}:glue:${Region}:${Account}:integrationresourceproperty/${ResourceType}/${ResourceName}. */
  integrationResourceProperty:
    "|,integrationResourceProperty|arn:|Partition|:glue:|Region|:|Account|:integrationresourceproperty/|ResourceType,resourceType2|/|ResourceName|",
  /** ARN of a job resource: arn:${Partition}:glue:${Region}:${Account}:job/${JobName}. */
  job: "|,job|arn:|Partition|:glue:|Region|:|Account|:job/|JobName|",
  /** ARN of a mlTransform resource: arn:${Partition}:glue:${Region}:${Account}:mlTransform/${TransformId}. */
  mlTransform: "|,mlTransform|arn:|Partition|:glue:|Region|:|Account|:mlTransform/|TransformId|",
  /** ARN of a registry resource: arn:${Partition}:glue:${Region}:${Account}:registry/${RegistryName}. */
  registry: "|,registry|arn:|Partition|:glue:|Region|:|Account|:registry/|RegistryName|",
  /** ARN of a rootcatalog resource: arn:${Partition}:glue:${Region}:${Account}:catalog. */
  rootcatalog: "|,rootcatalog|arn:|Partition|:glue:|Region|:|Account|:catalog",
  /** ARN of a schema resource: arn:${Partition}:glue:${Region}:${Account}:schema/${SchemaName}. */
  schema: "|,schema|arn:|Partition|:glue:|Region|:|Account|:schema/|SchemaName|",
  /** ARN of a session resource: arn:${Partition}:glue:${Region}:${Account}:session/${SessionId}. */
  session: "|,session|arn:|Partition|:glue:|Region|:|Account|:session/|SessionId|",
  /** ARN of a table resource: arn:${Partition}:glue:${Region}:${Account}:table/${DatabaseName}/${TableName}. */
  table: "|,table|arn:|Partition|:glue:|Region|:|Account|:table/|DatabaseName|/|TableName|",
  /** ARN of a tableversion resource: arn:${Partition}:glue:${Region}:${Account}:tableVersion/${DatabaseName}/${TableName}/${TableVersionName}. */
  tableversion:
    "|,tableversion|arn:|Partition|:glue:|Region|:|Account|:tableVersion/|DatabaseName|/|TableName|/|TableVersionName|",
  /** ARN of a trigger resource: arn:${Partition}:glue:${Region}:${Account}:trigger/${TriggerName}. */
  trigger: "|,trigger|arn:|Partition|:glue:|Region|:|Account|:trigger/|TriggerName|",
  /** ARN of a usageProfile resource: arn:${Partition}:glue:${Region}:${Account}:usageProfile/${UsageProfileId}. */
  usageProfile: "|,usageProfile|arn:|Partition|:glue:|Region|:|Account|:usageProfile/|UsageProfileId|",
  /** ARN of a userdefinedfunction resource: arn:${Partition}:glue:${Region}:${Account}:userDefinedFunction/${DatabaseName}/${UserDefinedFunctionName}. */
  userdefinedfunction:
    "|,userdefinedfunction|arn:|Partition|:glue:|Region|:|Account|:userDefinedFunction/|DatabaseName|/|UserDefinedFunctionName|",
  /** ARN of a workflow resource: arn:${Partition}:glue:${Region}:${Account}:workflow/${WorkflowName}. */
  workflow: "|,workflow|arn:|Partition|:glue:|Region|:|Account|:workflow/|WorkflowName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "blueprint",
  "catalog",
  "completion",
  "connection",
  "connectionType",
  "crawler",
  "customEntityType",
  "dataQualityRuleset",
  "database",
  "devendpoint",
  "integration",
  "integrationResourceProperty",
  "job",
  "mlTransform",
  "registry",
  "rootcatalog",
  "schema",
  "session",
  "table",
  "tableversion",
  "trigger",
  "usageProfile",
  "userdefinedfunction",
  "workflow",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "glue">;
/** Any glue action. */
export type Action = ActionOf<typeof actionFacts, "glue">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "glue">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "glue" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every glue action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
