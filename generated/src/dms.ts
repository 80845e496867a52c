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
export const prefix: "dms" = "dms";
/** The service's name in the reference. */
export const serviceName: "AWS Database Migration Service" = "AWS Database Migration Service";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Database Migration Service",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsdatabasemigrationservice.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "dms:assessment-run-tag/${TagKey}",
  "dms:cert-tag/${TagKey}",
  "dms:data-migration-tag/${TagKey}",
  "dms:data-provider-tag/${TagKey}",
  "dms:endpoint-tag/${TagKey}",
  "dms:es-tag/${TagKey}",
  "dms:individual-assessment-tag/${TagKey}",
  "dms:instance-profile-tag/${TagKey}",
  "dms:migration-project-tag/${TagKey}",
  "dms:rep-tag/${TagKey}",
  "dms:replication-config-tag/${TagKey}",
  "dms:req-tag/${TagKey}",
  "dms:subgrp-tag/${TagKey}",
  "dms:task-tag/${TagKey}",
] as const;
const dependentActionList = ["dms:AddTagsToResource", "iam:PassRole"] as const;
const actionFacts = {
  /** Grants permission to add metadata tags to DMS resources, including replication instances, endpoints, security groups, and migration tasks. Access level: Tagging. Resources: Certificate, DataMigration, DataProvider, Endpoint, EventSubscription, InstanceProfile, MigrationProject, ReplicationConfig, ReplicationInstance, ReplicationSubnetGroup, ReplicationTask, ReplicationTaskAssessmentRun, ReplicationTaskIndividualAssessment. https://docs.aws.amazon.com/dms/latest/APIReference/API_AddTagsToResource.html */
  AddTagsToResource:
    "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,8;0;,9;0;,10;0;,11;0;,12;0;|0,1,2,14||;,CreateDataMigration,CreateDataProvider,CreateEndpoint,CreateEventSubscription,CreateInstanceProfile,CreateMigrationProject,CreateReplicationConfig,CreateReplicationInstance,CreateReplicationSubnetGroup,CreateReplicationTask,ImportCertificate,StartReplicationTaskAssessmentRun",
  /** Grants permission to apply a pending maintenance action to a resource (for example, to a replication instance). Access level: Write. Resources: ReplicationInstance*. https://docs.aws.amazon.com/dms/latest/APIReference/API_ApplyPendingMaintenanceAction.html */
  ApplyPendingMaintenanceAction: "W|||8;1;|||;",
  /** Grants permission to associate a extension pack. Access level: Write. Resources: MigrationProject*. https://docs.aws.amazon.com/dms/latest/APIReference/API_StartExtensionPackAssociation.html */
  AssociateExtensionPack: "W|||6;1;|||StartExtensionPackAssociation",
  /** Grants permission to start the analysis of up to 20 source databases to recommend target engines for each source database. Access level: Write. https://docs.aws.amazon.com/dms/latest/APIReference/API_BatchStartRecommendations.html */
  BatchStartRecommendations: "W||||||;",
  /** Grants permission to cancel a single metadata model conversion operation that was started with StartMetadataModelConversion. Access level: Write. Resources: MigrationProject*. https://docs.aws.amazon.com/dms/latest/APIReference/API_CancelMetadataModelConversion.html */
  CancelMetadataModelConversion: "W|||6;1;|||;",
  /** Grants permission to cancel a single metadata model creation operation that was started with StartMetadataModelCreation. Access level: Write. Resources: MigrationProject*. https://docs.aws.amazon.com/dms/latest/APIReference/API_CancelMetadataModelCreation.html */
  CancelMetadataModelCreation: "W|||6;1;|||;",
  /** Grants permission to cancel a single premigration assessment run. Access level: Write. Resources: ReplicationTaskAssessmentRun*. https://docs.aws.amazon.com/dms/latest/APIReference/API_CancelReplicationTaskAssessmentRun.html */
  CancelReplicationTaskAssessmentRun: "W|||11;1;|||;",
  /** Grants permission to create a database migration using the provided settings. Access level: Write. Resources: MigrationProject*. https://docs.aws.amazon.com/dms/latest/APIReference/Welcome.html */
  CreateDataMigration: "W|||6;1;|0,1,2,14|0,1|;",
  /** Grants permission to create an data provider using the provided settings. Access level: Write. https://docs.aws.amazon.com/dms/latest/APIReference/API_CreateDataProvider.html */
  CreateDataProvider: "W||||0,1,2,14|0,1|;",
  /** Grants permission to create an endpoint using the provided settings. Access level: Write. https://docs.aws.amazon.com/dms/latest/APIReference/API_CreateEndpoint.html */
  CreateEndpoint: "W||||0,1,2,14|0,1|;",
  /** Grants permission to create an AWS DMS event notification subscription. Access level: Write. https://docs.aws.amazon.com/dms/latest/APIReference/API_CreateEventSubscription.html */
  CreateEventSubscription: "W||||0,1,2,14|0|;",
  /** Grants permission to create a Fleet Advisor collector using the specified parameters. Access level: Write. https://docs.aws.amazon.com/dms/latest/APIReference/API_CreateFleetAdvisorCollector.html */
  CreateFleetAdvisorCollector: "W|||||1|;",
  /** Grants permission to create an instance profile using the provided settings. Access level: Write. https://docs.aws.amazon.com/dms/latest/APIReference/API_CreateInstanceProfile.html */
  CreateInstanceProfile: "W||||0,1,2,14|0,1|;",
  /** Grants permission to create an migration project using the provided settings. Access level: Write. Resources: DataProvider*, InstanceProfile*. https://docs.aws.amazon.com/dms/latest/APIReference/API_CreateMigrationProject.html */
  CreateMigrationProject: "W|||2;1;,5;1;|0,1,2,14|0,1|;",
  /** Grants permission to DMS to create resources for zero-ETL integrations with self managed databases. Access level: Write. Permission only. https://docs.aws.amazon.com/dms/latest/APIReference/Welcome.html */
  CreateOutboundIntegration: "W||1||0,1,2,14|1|",
  /** Grants permission to create a replication config using the provided settings. Access level: Write. Resources: Endpoint*. https://docs.aws.amazon.com/dms/latest/APIReference/Welcome.html */
  CreateReplicationConfig: "W|||3;1;|0,1,2,14|0|;",
  /** Grants permission to create a replication instance using the specified parameters. Access level: Write. https://docs.aws.amazon.com/dms/latest/APIReference/API_CreateReplicationInstance.html */
  CreateReplicationInstance: "W||||0,1,2,14|0,1|;",
  /** Grants permission to create a replication subnet group given a list of the subnet IDs in a VPC. Access level: Write. https://docs.aws.amazon.com/dms/latest/APIReference/API_CreateReplicationSubnetGroup.html */
  CreateReplicationSubnetGroup: "W||||0,1,2,14|0|;",
  /** Grants permission to create a replication task using the specified parameters. Access level: Write. Resources: Endpoint*, ReplicationInstance*. https://docs.aws.amazon.com/dms/latest/APIReference/API_CreateReplicationTask.html */
  CreateReplicationTask: "W|||3;1;,8;1;|0,1,2,14|0|;",
  /** Grants permission to delete the specified certificate. Access level: Write. Resources: Certificate*. https://docs.aws.amazon.com/dms/latest/APIReference/API_DeleteCertificate.html */
  DeleteCertificate: "W|||0;1;|||;",
  /** Grants permission to delete the specified connection between a replication instance and an endpoint. Access level: Write. Resources: Endpoint*, ReplicationInstance*. https://docs.aws.amazon.com/dms/latest/APIReference/API_DeleteConnection.html */
  DeleteConnection: "W|||3;1;,8;1;|||;",
  /** Grants permission to delete the specified database migration. Access level: Write. Resources: DataMigration*. https://docs.aws.amazon.com/dms/latest/APIReference/Welcome.html */
  DeleteDataMigration: "W|||1;1;|||;",
  /** Grants permission to delete the specified data provider. Access level: Write. Resources: DataProvider*. https://docs.aws.amazon.com/dms/latest/APIReference/API_DeleteDataProvider.html */
  DeleteDataProvider: "W|||2;1;|||;",
  /** Grants permission to delete the specified endpoint. Access level: Write. Resources: Endpoint*. https://docs.aws.amazon.com/dms/latest/APIReference/API_DeleteEndpoint.html */
  DeleteEndpoint: "W|||3;1;|||;",
  /** Grants permission to delete an AWS DMS event subscription. Access level: Write. Resources: EventSubscription*. https://docs.aws.amazon.com/dms/latest/APIReference/API_DeleteEventSubscription.html */
  DeleteEventSubscription: "W|||4;1;|||;",
  /** Grants permission to delete the specified Fleet Advisor collector. Access level: Write. https://docs.aws.amazon.com/dms/latest/APIReference/API_DeleteFleetAdvisorCollector.html */
  DeleteFleetAdvisorCollector: "W||||||;",
  /** Grants permission to delete the specified Fleet Advisor databases. Access level: Write. https://docs.aws.amazon.com/dms/latest/APIReference/API_DeleteFleetAdvisorDatabases.html */
  DeleteFleetAdvisorDatabases: "W||||||;",
  /** Grants permission to delete the specified instance profile. Access level: Write. Resources: InstanceProfile*. https://docs.aws.amazon.com/dms/latest/APIReference/API_DeleteInstanceProfile.html */
  DeleteInstanceProfile: "W|||5;1;|||;",
  /** Grants permission to delete the specified migration project. Access level: Write. Resources: MigrationProject*. https://docs.aws.amazon.com/dms/latest/APIReference/API_DeleteMigrationProject.html */
  DeleteMigrationProject: "W|||6;1;|||;",
  /** Grants permission to delete the specified replication config. Access level: Write. Resources: ReplicationConfig*. https://docs.aws.amazon.com/dms/latest/APIReference/Welcome.html */
  DeleteReplicationConfig: "W|||7;1;|||;",
  /** Grants permission to delete the specified replication instance. Access level: Write. Resources: ReplicationInstance*. https://docs.aws.amazon.com/dms/latest/APIReference/API_DeleteReplicationInstance.html */
  DeleteReplicationInstance: "W|||8;1;|||;",
  /** Grants permission to deletes a subnet group. Access level: Write. Resources: ReplicationSubnetGroup*. https://docs.aws.amazon.com/dms/latest/APIReference/API_DeleteReplicationSubnetGroup.html */
  DeleteReplicationSubnetGroup: "W|||9;1;|||;",
  /** Grants permission to delete the specified replication task. Access level: Write. Resources: ReplicationTask*. https://docs.aws.amazon.com/dms/latest/APIReference/API_DeleteReplicationTask.html */
  DeleteReplicationTask: "W|||10;1;|||;",
  /** Grants permission to delete the record of a single premigration assessment run. Access level: Write. Resources: ReplicationTaskAssessmentRun*. https://docs.aws.amazon.com/dms/latest/APIReference/API_DeleteReplicationTaskAssessmentRun.html */
  DeleteReplicationTaskAssessmentRun: "W|||11;1;|||;",
  /** Grants permission to list all of the AWS DMS attributes for a customer account. Access level: Read. https://docs.aws.amazon.com/dms/latest/APIReference/API_DescribeAccountAttributes.html */
  DescribeAccountAttributes: "R||||||;",
  /** Grants permission to list individual assessments that you can specify for a new premigration assessment run. Access level: Read. Resources: ReplicationInstance, ReplicationTask. https://docs.aws.amazon.com/dms/latest/APIReference/API_DescribeApplicableIndividualAssessments.html */
  DescribeApplicableIndividualAssessments: "R|||8;0;,10;0;|||;",
  /** Grants permission to provide a description of the certificate. Access level: Read. https://docs.aws.amazon.com/dms/latest/APIReference/API_DescribeCertificates.html */
  DescribeCertificates: "R||||||;",
  /** Grants permission to describe the status of the connections that have been made between the replication instance and an endpoint. Access level: Read. https://docs.aws.amazon.com/dms/latest/APIReference/API_DescribeConnections.html */
  DescribeConnections: "R||||||;",
  /** Grants permission to return information about DMS Schema Conversion project configuration. Access level: Read. Resources: MigrationProject*. https://docs.aws.amazon.com/dms/latest/APIReference/API_DescribeConversionConfiguration.html */
  DescribeConversionConfiguration: "R|||6;1;|||;",
  /** Grants permission to return information about database migrations for your account in the specified region. Access level: Read. https://docs.aws.amazon.com/dms/latest/APIReference/Welcome.html */
  DescribeDataMigrations: "R||||||;",
  /** Grants permission to return the possible endpoint settings available when you create an endpoint for a specific database engine. Access level: Read. https://docs.aws.amazon.com/dms/latest/APIReference/API_DescribeEndpointSettings.html */
  DescribeEndpointSettings: "R||||||;",
  /** Grants permission to return information about the type of endpoints available. Access level: Read. https://docs.aws.amazon.com/dms/latest/APIReference/API_DescribeEndpointTypes.html */
  DescribeEndpointTypes: "R||||||;",
  /** Grants permission to return information about the endpoints for your account in the current region. Access level: Read. https://docs.aws.amazon.com/dms/latest/APIReference/API_DescribeEndpoints.html */
  DescribeEndpoints: "R||||||;",
  /** Grants permission to return information about the available versions for DMS replication instances. Access level: Read. https://docs.aws.amazon.com/dms/latest/APIReference/API_DescribeEngineVersions.html */
  DescribeEngineVersions: "R||||||;",
  /** Grants permission to list categories for all event source types, or, if specified, for a specified source type. Access level: Read. https://docs.aws.amazon.com/dms/latest/APIReference/API_DescribeEventCategories.html */
  DescribeEventCategories: "R||||||;",
  /** Grants permission to list all the event subscriptions for a customer account. Access level: Read. https://docs.aws.amazon.com/dms/latest/APIReference/API_DescribeEventSubscriptions.html */
  DescribeEventSubscriptions: "R||||||;",
  /** Grants permission to list events for a given source identifier and source type. Access level: Read. https://docs.aws.amazon.com/dms/latest/APIReference/API_DescribeEvents.html */
  DescribeEvents: "R||||||;",
  /** Grants permission to return a paginated list of Fleet Advisor collectors in your account based on filter settings. Access level: Read. https://docs.aws.amazon.com/dms/latest/APIReference/API_DescribeFleetAdvisorCollectors.html */
  DescribeFleetAdvisorCollectors: "R||||||;",
  /** Grants permission to return a paginated list of Fleet Advisor databases in your account based on filter settings. Access level: Read. https://docs.aws.amazon.com/dms/latest/APIReference/API_DescribeFleetAdvisorDatabases.html */
  DescribeFleetAdvisorDatabases: "R||||||;",
  /** Grants permission to return a paginated list of descriptions of large-scale assessment (LSA) analyses produced by your Fleet Advisor collectors. Access level: Read. https://docs.aws.amazon.com/dms/latest/APIReference/API_DescribeFleetAdvisorLsaAnalysis.html */
  DescribeFleetAdvisorLsaAnalysis: "R||||||;",
  /** Grants permission to return a paginated list of descriptions of schemas discovered by your Fleet Advisor collectors based on filter settings. Access level: Read. https://docs.aws.amazon.com/dms/latest/APIReference/API_DescribeFleetAdvisorSchemaObjectSummary.html */
  DescribeFleetAdvisorSchemaObjectSummary: "R||||||;",
  /** Grants permission to return a paginated list of schemas discovered by your Fleet Advisor collectors based on filter settings. Access level: Read. https://docs.aws.amazon.com/dms/latest/APIReference/API_DescribeFleetAdvisorSchemas.html */
  DescribeFleetAdvisorSchemas: "R||||||;",
  /** Grants permission to get detailed information about the specified metadata model, including its definition and corresponding converted objects in the target database if applicable. Access level: Read. Resources: MigrationProject*. https://docs.aws.amazon.com/dms/latest/APIReference/API_DescribeMetadataModel.html */
  DescribeMetadataModel: "R|||6;1;|||;",
  /** Grants permission to get a list of child metadata models for the specified metadata model in the database hierarchy. Access level: Read. Resources: MigrationProject*. https://docs.aws.amazon.com/dms/latest/APIReference/API_DescribeMetadataModelChildren.html */
  DescribeMetadataModelChildren: "R|||6;1;|||;",
  /** Grants permission to return a paginated list of metadata model creation requests for a migration project. Access level: Read. Resources: MigrationProject*. https://docs.aws.amazon.com/dms/latest/APIReference/API_DescribeMetadataModelCreations.html */
  DescribeMetadataModelCreations: "R|||6;1;|||;",
  /** Grants permission to return information about start metadata model import operations for a migration project. Access level: Read. Resources: MigrationProject*. https://docs.aws.amazon.com/dms/latest/APIReference/API_DescribeMetadataModelImports.html */
  DescribeMetadataModelImports: "R|||6;1;|||;",
  /** Grants permission to return information about the replication instance types that can be created in the specified region. Access level: Read. https://docs.aws.amazon.com/dms/latest/APIReference/API_DescribeOrderableReplicationInstances.html */
  DescribeOrderableReplicationInstances: "R||||||;",
  /** Grants permission to return information about pending maintenance actions. Access level: Read. https://docs.aws.amazon.com/dms/latest/APIReference/API_DescribePendingMaintenanceActions.html */
  DescribePendingMaintenanceActions: "R||||||;",
  /** Grants permission to return a paginated list of descriptions of limitations for recommendations of target AWS engines. Access level: Read. https://docs.aws.amazon.com/dms/latest/APIReference/API_DescribeFleetAdvisorLsaAnalysis.html */
  DescribeRecommendationLimitations: "R||||||;",
  /** Grants permission to return a paginated list of descriptions of target engine recommendations for your source databases. Access level: Read. https://docs.aws.amazon.com/dms/latest/APIReference/API_DescribeRecommendations.html */
  DescribeRecommendations: "R||||||;",
  /** Grants permission to returns the status of the RefreshSchemas operation. Access level: Read. Resources: Endpoint*. https://docs.aws.amazon.com/dms/latest/APIReference/API_DescribeRefreshSchemasStatus.html */
  DescribeRefreshSchemasStatus: "R|||3;1;|||;",
  /** Grants permission to describe replication configs. Access level: Read. https://docs.aws.amazon.com/dms/latest/APIReference/Welcome.html */
  DescribeReplicationConfigs: "R||||||;",
  /** Grants permission to return information about the task logs for the specified task. Access level: Read. Resources: ReplicationInstance*. https://docs.aws.amazon.com/dms/latest/APIReference/API_DescribeReplicationInstanceTaskLogs.html */
  DescribeReplicationInstanceTaskLogs: "R|||8;1;|1,2||;",
  /** Grants permission to return information about replication instances for your account in the current region. Access level: Read. https://docs.aws.amazon.com/dms/latest/APIReference/API_DescribeReplicationInstances.html */
  DescribeReplicationInstances: "R||||||;",
  /** Grants permission to return information about the replication subnet groups. Access level: Read. https://docs.aws.amazon.com/dms/latest/APIReference/API_DescribeReplicationSubnetGroups.html */
  DescribeReplicationSubnetGroups: "R||||||;",
  /** Grants permission to describe replication table statistics. Access level: Read. Resources: ReplicationConfig*. https://docs.aws.amazon.com/dms/latest/APIReference/Welcome.html */
  DescribeReplicationTableStatistics: "R|||7;1;|||;",
  /** Grants permission to return the latest task assessment results from Amazon S3. Access level: Read. Resources: ReplicationTask. https://docs.aws.amazon.com/dms/latest/APIReference/API_DescribeReplicationTaskAssessmentResults.html */
  DescribeReplicationTaskAssessmentResults: "R|||10;0;|||;",
  /** Grants permission to return a paginated list of premigration assessment runs based on filter settings. Access level: Read. Resources: ReplicationInstance, ReplicationTask, ReplicationTaskAssessmentRun. https://docs.aws.amazon.com/dms/latest/APIReference/API_DescribeReplicationTaskAssessmentRuns.html */
  DescribeReplicationTaskAssessmentRuns: "R|||8;0;,10;0;,11;0;|||;",
  /** Grants permission to return a paginated list of individual assessments based on filter settings. Access level: Read. Resources: ReplicationTask, ReplicationTaskAssessmentRun. https://docs.aws.amazon.com/dms/latest/APIReference/API_DescribeReplicationTaskIndividualAssessments.html */
  DescribeReplicationTaskIndividualAssessments: "R|||10;0;,11;0;|||;",
  /** Grants permission to return information about replication tasks for your account in the current region. Access level: Read. https://docs.aws.amazon.com/dms/latest/APIReference/API_DescribeReplicationTasks.html */
  DescribeReplicationTasks: "R||||||;",
  /** Grants permission to describe replications. Access level: Read. https://docs.aws.amazon.com/dms/latest/APIReference/Welcome.html */
  DescribeReplications: "R||||||;",
  /** Grants permission to return information about the schema for the specified endpoint. Access level: Read. Resources: Endpoint*. https://docs.aws.amazon.com/dms/latest/APIReference/API_DescribeSchemas.html */
  DescribeSchemas: "R|||3;1;|||;",
  /** Grants permission to return table statistics on the database migration task, including table name, rows inserted, rows updated, and rows deleted. Access level: Read. Resources: ReplicationTask*. https://docs.aws.amazon.com/dms/latest/APIReference/API_DescribeTableStatistics.html */
  DescribeTableStatistics: "R|||10;1;|||;",
  /** Grants permission to export the specified metadata model assessment. Access level: Write. Resources: MigrationProject. https://docs.aws.amazon.com/dms/latest/APIReference/API_ExportMetadataModelAssessment.html */
  ExportMetadataModelAssessment: "W|||6;0;|||;",
  /** Grants permission to convert source selection rules into their target counterparts for schema conversion operations. Access level: Read. Resources: MigrationProject*. https://docs.aws.amazon.com/dms/latest/APIReference/API_GetTargetSelectionRules.html */
  GetTargetSelectionRules: "R|||6;1;|||;",
  /** Grants permission to upload the specified certificate. Access level: Write. https://docs.aws.amazon.com/dms/latest/APIReference/API_ImportCertificate.html */
  ImportCertificate: "W||||0,1,2|0|;",
  /** Grants permission to list the AWS DMS attributes for a data providers. Access level: Read. https://docs.aws.amazon.com/dms/latest/APIReference/API_DescribeDataProviders.html */
  ListDataProviders: "R||||||DescribeDataProviders",
  /** Grants permission to list the AWS DMS attributes for a extension packs. Access level: Read. Resources: MigrationProject. https://docs.aws.amazon.com/dms/latest/APIReference/API_DescribeExtensionPackAssociations.html */
  ListExtensionPacks: "R|||6;0;|||DescribeExtensionPackAssociations",
  /** Grants permission to list the AWS DMS attributes for a instance profiles. Access level: Read. Resources: InstanceProfile. https://docs.aws.amazon.com/dms/latest/APIReference/API_DescribeInstanceProfiles.html */
  ListInstanceProfiles: "R|||5;0;|||DescribeInstanceProfiles",
  /** Grants permission to list the AWS DMS attributes for a metadata model assessment action items. Note. Despite this action requires StartMetadataModelImport, the latter does not currently authorize the described Schema Conversion operation. Access level: Read. Resources: MigrationProject. Permission only. https://docs.aws.amazon.com/dms/latest/APIReference/Welcome.html */
  ListMetadataModelAssessmentActionItems: "R||1|6;0;||dms:StartMetadataModelImport|",
  /** Grants permission to list the AWS DMS attributes for a metadata model assessments. Access level: Read. Resources: MigrationProject. https://docs.aws.amazon.com/dms/latest/APIReference/API_ListMetadataModelExports.html */
  ListMetadataModelAssessments: "R|||6;0;|||DescribeMetadataModelAssessments",
  /** Grants permission to list the AWS DMS attributes for a metadata model conversions. Access level: Read. Resources: MigrationProject. https://docs.aws.amazon.com/dms/latest/APIReference/API_DescribeMetadataModelConversions.html */
  ListMetadataModelConversions: "R|||6;0;|||DescribeMetadataModelConversions",
  /** Grants permission to list the AWS DMS attributes for a metadata model exports. Access level: Read. Resources: MigrationProject. https://docs.aws.amazon.com/dms/latest/APIReference/Welcome.html */
  ListMetadataModelExports: "R|||6;0;|||DescribeMetadataModelExportsAsScript,DescribeMetadataModelExportsToTarget",
  /** Grants permission to list the AWS DMS attributes for a migration projects. Note. Despite this action requires DescribeMigrationProjects and DescribeConversionConfiguration, both required actions do not currently authorize the described Schema Conversion operation. Access level: Read. Resources: DataProvider, InstanceProfile, MigrationProject. https://docs.aws.amazon.com/dms/latest/APIReference/Welcome.html */
  ListMigrationProjects: "R|||2;0;,5;0;,6;0;||dms:DescribeConversionConfiguration|DescribeMigrationProjects",
  /** Grants permission to list all tags for an AWS DMS resource. Access level: Read. Resources: Certificate, DataMigration, DataProvider, Endpoint, EventSubscription, InstanceProfile, MigrationProject, ReplicationConfig, ReplicationInstance, ReplicationSubnetGroup, ReplicationTask, ReplicationTaskAssessmentRun, ReplicationTaskIndividualAssessment. https://docs.aws.amazon.com/dms/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,8;0;,9;0;,10;0;,11;0;,12;0;|||;",
  /** Grants permission to modify the specified database migration. Access level: Write. Resources: DataMigration*. https://docs.aws.amazon.com/dms/latest/APIReference/Welcome.html */
  ModifyDataMigration: "W|||1;1;||1|;",
  /** Grants permission to modify the specified endpoint. Access level: Write. Resources: Certificate, Endpoint*. https://docs.aws.amazon.com/dms/latest/APIReference/API_ModifyEndpoint.html */
  ModifyEndpoint: "W|||0;0;,3;1;||1|;",
  /** Grants permission to modify an existing AWS DMS event notification subscription. Access level: Write. https://docs.aws.amazon.com/dms/latest/APIReference/API_ModifyEventSubscription.html */
  ModifyEventSubscription: "W||||||;",
  /** Grants permission to modify the name and description of the specified Fleet Advisor collector. Access level: Write. Permission only. https://docs.aws.amazon.com/dms/latest/APIReference/Welcome.html */
  ModifyFleetAdvisorCollector: "W||1||||",
  /** Grants permission to modify the status of the specified Fleet Advisor collector. Access level: Write. Permission only. https://docs.aws.amazon.com/dms/latest/APIReference/Welcome.html */
  ModifyFleetAdvisorCollectorStatuses: "W||1||||",
  /** Grants permission to DMS to modify resources for zero-ETL integrations with self managed databases. Access level: Write. Permission only. https://docs.aws.amazon.com/dms/latest/APIReference/Welcome.html */
  ModifyOutboundIntegration: "W||1|||1|",
  /** Grants permission to modify the specified replication config. Access level: Write. Resources: ReplicationConfig*. https://docs.aws.amazon.com/dms/latest/APIReference/Welcome.html */
  ModifyReplicationConfig: "W|||7;1;|||;",
  /** Grants permission to modify the replication instance to apply new settings. Access level: Write. Resources: ReplicationInstance*. https://docs.aws.amazon.com/dms/latest/APIReference/API_ModifyReplicationInstance.html */
  ModifyReplicationInstance: "W|||8;1;|||;",
  /** Grants permission to modify the settings for the specified replication subnet group. Access level: Write. https://docs.aws.amazon.com/dms/latest/APIReference/API_ModifyReplicationSubnetGroup.html */
  ModifyReplicationSubnetGroup: "W||||||;",
  /** Grants permission to modify the specified replication task. Access level: Write. Resources: ReplicationTask*. https://docs.aws.amazon.com/dms/latest/APIReference/API_ModifyReplicationTask.html */
  ModifyReplicationTask: "W|||10;1;|||;",
  /** Grants permission to move the specified replication task to a different replication instance. Access level: Write. Resources: ReplicationInstance*, ReplicationTask*. https://docs.aws.amazon.com/dms/latest/APIReference/API_MoveReplicationTask.html */
  MoveReplicationTask: "W|||8;1;,10;1;|||;",
  /** Grants permission to reboot a replication instance. Rebooting results in a momentary outage, until the replication instance becomes available again. Access level: Write. Resources: ReplicationInstance*. https://docs.aws.amazon.com/dms/latest/APIReference/API_RebootReplicationInstance.html */
  RebootReplicationInstance: "W|||8;1;|||;",
  /** Grants permission to populate the schema for the specified endpoint. Access level: Write. Resources: Endpoint*, ReplicationInstance*. https://docs.aws.amazon.com/dms/latest/APIReference/API_RefreshSchemas.html */
  RefreshSchemas: "W|||3;1;,8;1;|||;",
  /** Grants permission to reload the target database table with the source for a replication. Access level: Write. Resources: ReplicationConfig*. https://docs.aws.amazon.com/dms/latest/APIReference/Welcome.html */
  ReloadReplicationTables: "W|||7;1;|||;",
  /** Grants permission to reload the target database table with the source data. Access level: Write. Resources: ReplicationTask*. https://docs.aws.amazon.com/dms/latest/APIReference/API_ReloadTables.html */
  ReloadTables: "W|||10;1;|||;",
  /** Grants permission to remove metadata tags from a DMS resource. Access level: Tagging. Resources: Certificate, DataMigration, DataProvider, Endpoint, EventSubscription, InstanceProfile, MigrationProject, ReplicationConfig, ReplicationInstance, ReplicationSubnetGroup, ReplicationTask, ReplicationTaskAssessmentRun, ReplicationTaskIndividualAssessment. https://docs.aws.amazon.com/dms/latest/APIReference/API_RemoveTagsFromResource.html */
  RemoveTagsFromResource: "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,8;0;,9;0;,10;0;,11;0;,12;0;|0,1,2||;",
  /** Grants permission to run a large-scale assessment (LSA) analysis on every Fleet Advisor collector in your account. Access level: Write. https://docs.aws.amazon.com/dms/latest/APIReference/API_RunFleetAdvisorLsaAnalysis.html */
  RunFleetAdvisorLsaAnalysis: "W||||||;",
  /** Grants permission to start the database migration. Access level: Write. Resources: DataMigration*. https://docs.aws.amazon.com/dms/latest/APIReference/Welcome.html */
  StartDataMigration: "W|||1;1;|||;",
  /** Grants permission to start a new assessment of metadata model. Access level: Write. Resources: MigrationProject*. https://docs.aws.amazon.com/dms/latest/APIReference/API_StartMetadataModelAssessment.html */
  StartMetadataModelAssessment: "W|||6;1;|||;",
  /** Grants permission to start a new conversion of metadata model. Access level: Write. Resources: MigrationProject*. https://docs.aws.amazon.com/dms/latest/APIReference/API_StartMetadataModelConversion.html */
  StartMetadataModelConversion: "W|||6;1;|||;",
  /** Grants permission to create source metadata model of the given type with the specified properties for schema conversion operations. Access level: Write. Resources: MigrationProject*. https://docs.aws.amazon.com/dms/latest/APIReference/API_StartMetadataModelCreation.html */
  StartMetadataModelCreation: "W|||6;1;|||;",
  /** Grants permission to start a new export of metadata model as script. Access level: Write. Resources: MigrationProject*. https://docs.aws.amazon.com/dms/latest/APIReference/API_StartMetadataModelExportAsScript.html */
  StartMetadataModelExportAsScripts: "W|||6;1;|||StartMetadataModelExportAsScript",
  /** Grants permission to start a new export of metadata model to target. Access level: Write. Resources: MigrationProject*. https://docs.aws.amazon.com/dms/latest/APIReference/API_StartMetadataModelExportToTarget.html */
  StartMetadataModelExportToTarget: "W|||6;1;|||;",
  /** Grants permission to start a new import of metadata model. Access level: Write. Resources: MigrationProject*. https://docs.aws.amazon.com/dms/latest/APIReference/API_StartMetadataModelImport.html */
  StartMetadataModelImport: "W|||6;1;|||;",
  /** Grants permission to start the analysis of your source database to provide recommendations of target engines. Access level: Write. https://docs.aws.amazon.com/dms/latest/APIReference/API_StartRecommendations.html */
  StartRecommendations: "W||||||;",
  /** Grants permission to start a replication. Access level: Write. Resources: ReplicationConfig*. https://docs.aws.amazon.com/dms/latest/APIReference/Welcome.html */
  StartReplication: "W|||7;1;|||;",
  /** Grants permission to start the replication task. Access level: Write. Resources: ReplicationTask*. https://docs.aws.amazon.com/dms/latest/APIReference/API_StartReplicationTask.html */
  StartReplicationTask: "W|||10;1;|||;",
  /** Grants permission to start the replication task assessment for unsupported data types in the source database. Access level: Write. Resources: ReplicationTask*. https://docs.aws.amazon.com/dms/latest/APIReference/API_StartReplicationTaskAssessment.html */
  StartReplicationTaskAssessment: "W|||10;1;|||;",
  /** Grants permission to start a new premigration assessment run for one or more individual assessments of a migration task. Access level: Write. Resources: ReplicationTask*. https://docs.aws.amazon.com/dms/latest/APIReference/API_StartReplicationTaskAssessmentRun.html */
  StartReplicationTaskAssessmentRun: "W|||10;1;||0,1|;",
  /** Grants permission to stop the database migration. Access level: Write. Resources: DataMigration*. https://docs.aws.amazon.com/dms/latest/APIReference/Welcome.html */
  StopDataMigration: "W|||1;1;|||;",
  /** Grants permission to stop a replication. Access level: Write. Resources: ReplicationConfig*. https://docs.aws.amazon.com/dms/latest/APIReference/Welcome.html */
  StopReplication: "W|||7;1;|||;",
  /** Grants permission to stop the replication task. Access level: Write. Resources: ReplicationTask*. https://docs.aws.amazon.com/dms/latest/APIReference/API_StopReplicationTask.html */
  StopReplicationTask: "W|||10;1;|||;",
  /** Grants permission to test the connection between the replication instance and the endpoint. Access level: Read. Resources: Endpoint*, ReplicationInstance*. https://docs.aws.amazon.com/dms/latest/APIReference/API_TestConnection.html */
  TestConnection: "R|||3;1;,8;1;|||;",
  /** Grants permission to update a conversion configuration. Access level: Write. Resources: MigrationProject*. https://docs.aws.amazon.com/dms/latest/APIReference/API_ModifyConversionConfiguration.html */
  UpdateConversionConfiguration: "W|||6;1;|||ModifyConversionConfiguration",
  /** Grants permission to update the specified data provider. Access level: Write. Resources: DataProvider*. https://docs.aws.amazon.com/dms/latest/APIReference/API_ModifyDataProvider.html */
  UpdateDataProvider: "W|||2;1;|||ModifyDataProvider",
  /** Grants permission to update the specified instance profile. Access level: Write. Resources: InstanceProfile*. https://docs.aws.amazon.com/dms/latest/APIReference/API_ModifyInstanceProfile.html */
  UpdateInstanceProfile: "W|||5;1;|||ModifyInstanceProfile",
  /** Grants permission to update the specified migration project. Access level: Write. Resources: MigrationProject*. https://docs.aws.amazon.com/dms/latest/APIReference/API_ModifyMigrationProject.html */
  UpdateMigrationProject: "W|||6;1;|||ModifyMigrationProject",
  /** Grants permission to migrate DMS subcriptions to Eventbridge. Access level: Write. https://docs.aws.amazon.com/dms/latest/APIReference/API_UpdateSubscriptionsToEventBridge.html */
  UpdateSubscriptionsToEventBridge: "W||||||;",
  /** Grants permission to upload files to your Amazon S3 bucket. Access level: Write. Permission only. https://docs.aws.amazon.com/dms/latest/APIReference/Welcome.html */
  UploadFileMetadataList: "W||1||||",
} as const;
const actionDetails = {
  AddTagsToResource:
    "|,;~~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~|Grants permission to add metadata tags to DMS resources, including replication instances, endpoints, security groups, and migration tasks",
  ApplyPendingMaintenanceAction:
    "|,;~~~|Grants permission to apply a pending maintenance action to a resource (for example, to a replication instance)",
  AssociateExtensionPack: "|,;~~~|Grants permission to associate a extension pack",
  BatchStartRecommendations:
    "|,;~~~|Grants permission to start the analysis of up to 20 source databases to recommend target engines for each source database",
  CancelMetadataModelConversion:
    "|,;~~~|Grants permission to cancel a single metadata model conversion operation that was started with StartMetadataModelConversion",
  CancelMetadataModelCreation:
    "|,;~~~|Grants permission to cancel a single metadata model creation operation that was started with StartMetadataModelCreation",
  CancelReplicationTaskAssessmentRun: "|,;~~~|Grants permission to cancel a single premigration assessment run",
  CreateDataMigration: "|,;~~~|Grants permission to create a database migration using the provided settings",
  CreateDataProvider: "|,;~~~|Grants permission to create an data provider using the provided settings",
  CreateEndpoint: "|,;~~~|Grants permission to create an endpoint using the provided settings",
  CreateEventSubscription: "|,;~~~|Grants permission to create an AWS DMS event notification subscription",
  CreateFleetAdvisorCollector:
    "|,;~~~|Grants permission to create a Fleet Advisor collector using the specified parameters",
  CreateInstanceProfile: "|,;~~~|Grants permission to create an instance profile using the provided settings",
  CreateMigrationProject: "|,;~~~|Grants permission to create an migration project using the provided settings",
  CreateOutboundIntegration:
    "|,;~|Grants permission to DMS to create resources for zero-ETL integrations with self managed databases",
  CreateReplicationConfig: "|,;~~~|Grants permission to create a replication config using the provided settings",
  CreateReplicationInstance: "|,;~~~|Grants permission to create a replication instance using the specified parameters",
  CreateReplicationSubnetGroup:
    "|,;~~~|Grants permission to create a replication subnet group given a list of the subnet IDs in a VPC",
  CreateReplicationTask: "|,;~~~|Grants permission to create a replication task using the specified parameters",
  DeleteCertificate: "|,;~~~|Grants permission to delete the specified certificate",
  DeleteConnection:
    "|,;~~~|Grants permission to delete the specified connection between a replication instance and an endpoint",
  DeleteDataMigration: "|,;~~~|Grants permission to delete the specified database migration",
  DeleteDataProvider: "|,;~~~|Grants permission to delete the specified data provider",
  DeleteEndpoint: "|,;~~~|Grants permission to delete the specified endpoint",
  DeleteEventSubscription: "|,;~~~|Grants permission to delete an AWS DMS event subscription",
  DeleteFleetAdvisorCollector: "|,;~~~|Grants permission to delete the specified Fleet Advisor collector",
  DeleteFleetAdvisorDatabases: "|,;~~~|Grants permission to delete the specified Fleet Advisor databases",
  DeleteInstanceProfile: "|,;~~~|Grants permission to delete the specified instance profile",
  DeleteMigrationProject: "|,;~~~|Grants permission to delete the specified migration project",
  DeleteReplicationConfig: "|,;~~~|Grants permission to delete the specified replication config",
  DeleteReplicationInstance: "|,;~~~|Grants permission to delete the specified replication instance",
  DeleteReplicationSubnetGroup: "|,;~~~|Grants permission to deletes a subnet group",
  DeleteReplicationTask: "|,;~~~|Grants permission to delete the specified replication task",
  DeleteReplicationTaskAssessmentRun:
    "|,;~~~|Grants permission to delete the record of a single premigration assessment run",
  DescribeAccountAttributes: "|,;~~~|Grants permission to list all of the AWS DMS attributes for a customer account",
  DescribeApplicableIndividualAssessments:
    "|,;~~~|Grants permission to list individual assessments that you can specify for a new premigration assessment run",
  DescribeCertificates: "|,;~~~|Grants permission to provide a description of the certificate",
  DescribeConnections:
    "|,;~~~|Grants permission to describe the status of the connections that have been made between the replication instance and an endpoint",
  DescribeConversionConfiguration:
    "|,;~~~|Grants permission to return information about DMS Schema Conversion project configuration",
  DescribeDataMigrations:
    "|,;~~~|Grants permission to return information about database migrations for your account in the specified region",
  DescribeEndpointSettings:
    "|,;~~~|Grants permission to return the possible endpoint settings available when you create an endpoint for a specific database engine",
  DescribeEndpointTypes: "|,;~~~|Grants permission to return information about the type of endpoints available",
  DescribeEndpoints:
    "|,;~~~|Grants permission to return information about the endpoints for your account in the current region",
  DescribeEngineVersions:
    "|,;~~~|Grants permission to return information about the available versions for DMS replication instances",
  DescribeEventCategories:
    "|,;~~~|Grants permission to list categories for all event source types, or, if specified, for a specified source type",
  DescribeEventSubscriptions: "|,;~~~|Grants permission to list all the event subscriptions for a customer account",
  DescribeEvents: "|,;~~~|Grants permission to list events for a given source identifier and source type",
  DescribeFleetAdvisorCollectors:
    "|,;~~~|Grants permission to return a paginated list of Fleet Advisor collectors in your account based on filter settings",
  DescribeFleetAdvisorDatabases:
    "|,;~~~|Grants permission to return a paginated list of Fleet Advisor databases in your account based on filter settings",
  DescribeFleetAdvisorLsaAnalysis:
    "|,;~~~|Grants permission to return a paginated list of descriptions of large-scale assessment (LSA) analyses produced by your Fleet Advisor collectors",
  DescribeFleetAdvisorSchemaObjectSummary:
    "|,;~~~|Grants permission to return a paginated list of descriptions of schemas discovered by your Fleet Advisor collectors based on filter settings",
  DescribeFleetAdvisorSchemas:
    "|,;~~~|Grants permission to return a paginated list of schemas discovered by your Fleet Advisor collectors based on filter settings",
  DescribeMetadataModel:
    "|,;~~~|Grants permission to get detailed information about the specified metadata model, including its definition and corresponding converted objects in the target database if applicable",
  DescribeMetadataModelChildren:
    "|,;~~~|Grants permission to get a list of child metadata models for the specified metadata model in the database hierarchy",
  DescribeMetadataModelCreations:
    "|,;~~~|Grants permission to return a paginated list of metadata model creation requests for a migration project",
  DescribeMetadataModelImports:
    "|,;~~~|Grants permission to return information about start metadata model import operations for a migration project",
  DescribeOrderableReplicationInstances:
    "|,;~~~|Grants permission to return information about the replication instance types that can be created in the specified region",
  DescribePendingMaintenanceActions: "|,;~~~|Grants permission to return information about pending maintenance actions",
  DescribeRecommendationLimitations:
    "|,;~~~|Grants permission to return a paginated list of descriptions of limitations for recommendations of target AWS engines",
  DescribeRecommendations:
    "|,;~~~|Grants permission to return a paginated list of descriptions of target engine recommendations for your source databases",
  DescribeRefreshSchemasStatus: "|,;~~~|Grants permission to returns the status of the RefreshSchemas operation",
  DescribeReplicationConfigs: "|,;~~~|Grants permission to describe replication configs",
  DescribeReplicationInstanceTaskLogs:
    "|,;~~~|Grants permission to return information about the task logs for the specified task",
  DescribeReplicationInstances:
    "|,;~~~|Grants permission to return information about replication instances for your account in the current region",
  DescribeReplicationSubnetGroups: "|,;~~~|Grants permission to return information about the replication subnet groups",
  DescribeReplicationTableStatistics: "|,;~~~|Grants permission to describe replication table statistics",
  DescribeReplicationTaskAssessmentResults:
    "|,;~~~|Grants permission to return the latest task assessment results from Amazon S3",
  DescribeReplicationTaskAssessmentRuns:
    "|,;~~~|Grants permission to return a paginated list of premigration assessment runs based on filter settings",
  DescribeReplicationTaskIndividualAssessments:
    "|,;~~~|Grants permission to return a paginated list of individual assessments based on filter settings",
  DescribeReplicationTasks:
    "|,;~~~|Grants permission to return information about replication tasks for your account in the current region",
  DescribeReplications: "|,;~~~|Grants permission to describe replications",
  DescribeSchemas: "|,;~~~|Grants permission to return information about the schema for the specified endpoint",
  DescribeTableStatistics:
    "|,;~~~|Grants permission to return table statistics on the database migration task, including table name, rows inserted, rows updated, and rows deleted",
  ExportMetadataModelAssessment: "|,;~~~|Grants permission to export the specified metadata model assessment",
  GetTargetSelectionRules:
    "|,;~~~|Grants permission to convert source selection rules into their target counterparts for schema conversion operations",
  ImportCertificate: "|,;~~~|Grants permission to upload the specified certificate",
  ListDataProviders: "|,;~~~|Grants permission to list the AWS DMS attributes for a data providers",
  ListExtensionPacks: "|,;~~~|Grants permission to list the AWS DMS attributes for a extension packs",
  ListInstanceProfiles: "|,;~~~|Grants permission to list the AWS DMS attributes for a instance profiles",
  ListMetadataModelAssessmentActionItems:
    "|,;~|Grants permission to list the AWS DMS attributes for a metadata model assessment action items. Note. Despite this action requires StartMetadataModelImport, the latter does not currently authorize the described Schema Conversion operation",
  ListMetadataModelAssessments:
    "|,;~~~|Grants permission to list the AWS DMS attributes for a metadata model assessments",
  ListMetadataModelConversions:
    "|,;~~~|Grants permission to list the AWS DMS attributes for a metadata model conversions",
  ListMetadataModelExports: "|,;~~~,~~|Grants permission to list the AWS DMS attributes for a metadata model exports",
  ListMigrationProjects:
    "|,;~~~|Grants permission to list the AWS DMS attributes for a migration projects. Note. Despite this action requires DescribeMigrationProjects and DescribeConversionConfiguration, both required actions do not currently authorize the described Schema Conversion operation",
  ListTagsForResource: "|,;~~~|Grants permission to list all tags for an AWS DMS resource",
  ModifyDataMigration: "|,;~~~|Grants permission to modify the specified database migration",
  ModifyEndpoint: "|,;~~~|Grants permission to modify the specified endpoint",
  ModifyEventSubscription: "|,;~~~|Grants permission to modify an existing AWS DMS event notification subscription",
  ModifyFleetAdvisorCollector:
    "|,;~|Grants permission to modify the name and description of the specified Fleet Advisor collector",
  ModifyFleetAdvisorCollectorStatuses:
    "|,;~|Grants permission to modify the status of the specified Fleet Advisor collector",
  ModifyOutboundIntegration:
    "|,;~|Grants permission to DMS to modify resources for zero-ETL integrations with self managed databases",
  ModifyReplicationConfig: "|,;~~~|Grants permission to modify the specified replication config",
  ModifyReplicationInstance: "|,;~~~|Grants permission to modify the replication instance to apply new settings",
  ModifyReplicationSubnetGroup:
    "|,;~~~|Grants permission to modify the settings for the specified replication subnet group",
  ModifyReplicationTask: "|,;~~~|Grants permission to modify the specified replication task",
  MoveReplicationTask:
    "|,;~~~|Grants permission to move the specified replication task to a different replication instance",
  RebootReplicationInstance:
    "|,;~~~|Grants permission to reboot a replication instance. Rebooting results in a momentary outage, until the replication instance becomes available again",
  RefreshSchemas: "|,;~~~|Grants permission to populate the schema for the specified endpoint",
  ReloadReplicationTables:
    "|,;~~~|Grants permission to reload the target database table with the source for a replication",
  ReloadTables: "|,;~~~|Grants permission to reload the target database table with the source data",
  RemoveTagsFromResource: "|,;~~~|Grants permission to remove metadata tags from a DMS resource",
  RunFleetAdvisorLsaAnalysis:
    "|,;~~~|Grants permission to run a large-scale assessment (LSA) analysis on every Fleet Advisor collector in your account",
  StartDataMigration: "|,;~~~|Grants permission to start the database migration",
  StartMetadataModelAssessment: "|,;~~~|Grants permission to start a new assessment of metadata model",
  StartMetadataModelConversion: "|,;~~~|Grants permission to start a new conversion of metadata model",
  StartMetadataModelCreation:
    "|,;~~~|Grants permission to create source metadata model of the given type with the specified properties for schema conversion operations",
  StartMetadataModelExportAsScripts: "|,;~~~|Grants permission to start a new export of metadata model as script",
  StartMetadataModelExportToTarget: "|,;~~~|Grants permission to start a new export of metadata model to target",
  StartMetadataModelImport: "|,;~~~|Grants permission to start a new import of metadata model",
  StartRecommendations:
    "|,;~~~|Grants permission to start the analysis of your source database to provide recommendations of target engines",
  StartReplication: "|,;~~~|Grants permission to start a replication",
  StartReplicationTask: "|,;~~~|Grants permission to start the replication task",
  StartReplicationTaskAssessment:
    "|,;~~~|Grants permission to start the replication task assessment for unsupported data types in the source database",
  StartReplicationTaskAssessmentRun:
    "|,;~~~|Grants permission to start a new premigration assessment run for one or more individual assessments of a migration task",
  StopDataMigration: "|,;~~~|Grants permission to stop the database migration",
  StopReplication: "|,;~~~|Grants permission to stop a replication",
  StopReplicationTask: "|,;~~~|Grants permission to stop the replication task",
  TestConnection: "|,;~~~|Grants permission to test the connection between the replication instance and the endpoint",
  UpdateConversionConfiguration: "|,;~~~|Grants permission to update a conversion configuration",
  UpdateDataProvider: "|,;~~~|Grants permission to update the specified data provider",
  UpdateInstanceProfile: "|,;~~~|Grants permission to update the specified instance profile",
  UpdateMigrationProject: "|,;~~~|Grants permission to update the specified migration project",
  UpdateSubscriptionsToEventBridge: "|,;~~~|Grants permission to migrate DMS subcriptions to Eventbridge",
  UploadFileMetadataList: "|,;~|Grants permission to upload files to your Amazon S3 bucket",
};
const resourceTypeFacts = {
  /** The Certificate resource type: arn:${Partition}:dms:${Region}:${Account}:cert:* */
  Certificate: "|,certificate|1,4",
  /** The DataMigration resource type: arn:${Partition}:dms:${Region}:${Account}:data-migration:* */
  DataMigration: "|,dataMigration|1,5",
  /** The DataProvider resource type: arn:${Partition}:dms:${Region}:${Account}:data-provider:* */
  DataProvider: "|,dataProvider|1,6",
  /** The Endpoint resource type: arn:${Partition}:dms:${Region}:${Account}:endpoint:* */
  Endpoint: "|,endpoint|1,7",
  /** The EventSubscription resource type: arn:${Partition}:dms:${Region}:${Account}:es:* */
  EventSubscription: "|,eventSubscription|1,8",
  /** The InstanceProfile resource type: arn:${Partition}:dms:${Region}:${Account}:instance-profile:* */
  InstanceProfile: "|,instanceProfile|1,10",
  /** The MigrationProject resource type: arn:${Partition}:dms:${Region}:${Account}:migration-project:* */
  MigrationProject: "|,migrationProject|1,11",
  /** The ReplicationConfig resource type: arn:${Partition}:dms:${Region}:${Account}:replication-config:* */
  ReplicationConfig: "|,replicationConfig|1,13",
  /** The ReplicationInstance resource type: arn:${Partition}:dms:${Region}:${Account}:rep:* */
  ReplicationInstance: "|,replicationInstance|1,12",
  /** The ReplicationSubnetGroup resource type: arn:${Partition}:dms:${Region}:${Account}:subgrp:* */
  ReplicationSubnetGroup: "|,replicationSubnetGroup|1,15",
  /** The ReplicationTask resource type: arn:${Partition}:dms:${Region}:${Account}:task:* */
  ReplicationTask: "|,replicationTask|1,16",
  /** The ReplicationTaskAssessmentRun resource type: arn:${Partition}:dms:${Region}:${Account}:assessment-run:* */
  ReplicationTaskAssessmentRun: "|,replicationTaskAssessmentRun|1,3",
  /** The ReplicationTaskIndividualAssessment resource type: arn:${Partition}:dms:${Region}:${Account}:individual-assessment:* */
  ReplicationTaskIndividualAssessment: "|,replicationTaskIndividualAssessment|1,9",
} as const;
const arnFormats = {
  /** ARN of a Certificate resource: arn:${Partition}:dms:${Region}:${Account}:cert:*. */
  certificate: "|,Certificate|arn:|Partition|:dms:|Region|:|Account|:cert:*",
  /** ARN of a DataMigration resource: arn:${Partition}:dms:${Region}:${Account}:data-migration:*. */
  dataMigration: "|,DataMigration|arn:|Partition|:dms:|Region|:|Account|:data-migration:*",
  /** ARN of a DataProvider resource: arn:${Partition}:dms:${Region}:${Account}:data-provider:*. */
  dataProvider: "|,DataProvider|arn:|Partition|:dms:|Region|:|Account|:data-provider:*",
  /** ARN of a Endpoint resource: arn:${Partition}:dms:${Region}:${Account}:endpoint:*. */
  endpoint: "|,Endpoint|arn:|Partition|:dms:|Region|:|Account|:endpoint:*",
  /** ARN of a EventSubscription resource: arn:${Partition}:dms:${Region}:${Account}:es:*. */
  eventSubscription: "|,EventSubscription|arn:|Partition|:dms:|Region|:|Account|:es:*",
  /** ARN of a InstanceProfile resource: arn:${Partition}:dms:${Region}:${Account}:instance-profile:*. */
  instanceProfile: "|,InstanceProfile|arn:|Partition|:dms:|Region|:|Account|:instance-profile:*",
  /** ARN of a MigrationProject resource: arn:${Partition}:dms:${Region}:${Account}:migration-project:*. */
  migrationProject: "|,MigrationProject|arn:|Partition|:dms:|Region|:|Account|:migration-project:*",
  /** ARN of a ReplicationConfig resource: arn:${Partition}:dms:${Region}:${Account}:replication-config:*. */
  replicationConfig: "|,ReplicationConfig|arn:|Partition|:dms:|Region|:|Account|:replication-config:*",
  /** ARN of a ReplicationInstance resource: arn:${Partition}:dms:${Region}:${Account}:rep:*. */
  replicationInstance: "|,ReplicationInstance|arn:|Partition|:dms:|Region|:|Account|:rep:*",
  /** ARN of a ReplicationSubnetGroup resource: arn:${Partition}:dms:${Region}:${Account}:subgrp:*. */
  replicationSubnetGroup: "|,ReplicationSubnetGroup|arn:|Partition|:dms:|Region|:|Account|:subgrp:*",
  /** ARN of a ReplicationTask resource: arn:${Partition}:dms:${Region}:${Account}:task:*. */
  replicationTask: "|,ReplicationTask|arn:|Partition|:dms:|Region|:|Account|:task:*",
  /** ARN of a ReplicationTaskAssessmentRun resource: arn:${Partition}:dms:${Region}:${Account}:assessment-run:*. */
  replicationTaskAssessmentRun:
    "|,ReplicationTaskAssessmentRun|arn:|Partition|:dms:|Region|:|Account|:assessment-run:*",
  /** ARN of a ReplicationTaskIndividualAssessment resource: arn:${Partition}:dms:${Region}:${Account}:individual-assessment:*. */
  replicationTaskIndividualAssessment:
    "|,ReplicationTaskIndividualAssessment|arn:|Partition|:dms:|Region|:|Account|:individual-assessment:*",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "Certificate",
  "DataMigration",
  "DataProvider",
  "Endpoint",
  "EventSubscription",
  "InstanceProfile",
  "MigrationProject",
  "ReplicationConfig",
  "ReplicationInstance",
  "ReplicationSubnetGroup",
  "ReplicationTask",
  "ReplicationTaskAssessmentRun",
  "ReplicationTaskIndividualAssessment",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "dms">;
/** Any dms action. */
export type Action = ActionOf<typeof actionFacts, "dms">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "dms">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "dms" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every dms action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the presence of tag key-value pairs attached to the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the presence of tag key-value pairs in the request for AssessmentRun. */
  [key: `dms:assessment-run-tag/${string}`]: "String";
  /** Filters access by the presence of tag key-value pairs in the request for Certificate. */
  [key: `dms:cert-tag/${string}`]: "String";
  /** Filters access by the presence of tag key-value pairs in the request for DataMigration. */
  [key: `dms:data-migration-tag/${string}`]: "String";
  /** Filters access by the presence of tag key-value pairs in the request for DataProvider. */
  [key: `dms:data-provider-tag/${string}`]: "String";
  /** Filters access by the presence of tag key-value pairs in the request for Endpoint. */
  [key: `dms:endpoint-tag/${string}`]: "String";
  /** Filters access by the presence of tag key-value pairs in the request for EventSubscription. */
  [key: `dms:es-tag/${string}`]: "String";
  /** Filters access by the presence of tag key-value pairs in the request for IndividualAssessment. */
  [key: `dms:individual-assessment-tag/${string}`]: "String";
  /** Filters access by the presence of tag key-value pairs in the request for InstanceProfile. */
  [key: `dms:instance-profile-tag/${string}`]: "String";
  /** Filters access by the presence of tag key-value pairs in the request for MigrationProject. */
  [key: `dms:migration-project-tag/${string}`]: "String";
  /** Filters access by the presence of tag key-value pairs in the request for ReplicationInstance. */
  [key: `dms:rep-tag/${string}`]: "String";
  /** Filters access by the presence of tag key-value pairs in the request for ReplicationConfig. */
  [key: `dms:replication-config-tag/${string}`]: "String";
  /** Filters access by the presence of tag key-value pairs in the given request. */
  [key: `dms:req-tag/${string}`]: "String";
  /** Filters access by the presence of tag key-value pairs in the request for ReplicationSubnetGroup. */
  [key: `dms:subgrp-tag/${string}`]: "String";
  /** Filters access by the presence of tag key-value pairs in the request for ReplicationTask. */
  [key: `dms:task-tag/${string}`]: "String";
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
  /** dms:assessment-run-tag/${TagKey} */
  "dms:assessment-run-tag/${TagKey}": `dms:assessment-run-tag/${string}`;
  /** dms:cert-tag/${TagKey} */
  "dms:cert-tag/${TagKey}": `dms:cert-tag/${string}`;
  /** dms:data-migration-tag/${TagKey} */
  "dms:data-migration-tag/${TagKey}": `dms:data-migration-tag/${string}`;
  /** dms:data-provider-tag/${TagKey} */
  "dms:data-provider-tag/${TagKey}": `dms:data-provider-tag/${string}`;
  /** dms:endpoint-tag/${TagKey} */
  "dms:endpoint-tag/${TagKey}": `dms:endpoint-tag/${string}`;
  /** dms:es-tag/${TagKey} */
  "dms:es-tag/${TagKey}": `dms:es-tag/${string}`;
  /** dms:individual-assessment-tag/${TagKey} */
  "dms:individual-assessment-tag/${TagKey}": `dms:individual-assessment-tag/${string}`;
  /** dms:instance-profile-tag/${TagKey} */
  "dms:instance-profile-tag/${TagKey}": `dms:instance-profile-tag/${string}`;
  /** dms:migration-project-tag/${TagKey} */
  "dms:migration-project-tag/${TagKey}": `dms:migration-project-tag/${string}`;
  /** dms:rep-tag/${TagKey} */
  "dms:rep-tag/${TagKey}": `dms:rep-tag/${string}`;
  /** dms:replication-config-tag/${TagKey} */
  "dms:replication-config-tag/${TagKey}": `dms:replication-config-tag/${string}`;
  /** dms:req-tag/${TagKey} */
  "dms:req-tag/${TagKey}": `dms:req-tag/${string}`;
  /** dms:subgrp-tag/${TagKey} */
  "dms:subgrp-tag/${TagKey}": `dms:subgrp-tag/${string}`;
  /** dms:task-tag/${TagKey} */
  "dms:task-tag/${TagKey}": `dms:task-tag/${string}`;
}

/** A condition key as the reference writes it. */
export type ConditionKeyName = (typeof conditionKeyList)[number];
/** Condition key -> description, types, deprecation. */
export type ConditionKeyInfos = { readonly [K in ConditionKeyName]: ConditionKeyInfo };
const conditionKeyRows: { readonly [K in ConditionKeyName]: string } = {
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by the presence of tag key-value pairs in the request",
  "aws:ResourceTag/${TagKey}":
    "|,String|0||Filters access by the presence of tag key-value pairs attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the presence of tag keys in the request",
  "dms:assessment-run-tag/${TagKey}":
    "|,String|0||Filters access by the presence of tag key-value pairs in the request for AssessmentRun",
  "dms:cert-tag/${TagKey}":
    "|,String|0||Filters access by the presence of tag key-value pairs in the request for Certificate",
  "dms:data-migration-tag/${TagKey}":
    "|,String|0||Filters access by the presence of tag key-value pairs in the request for DataMigration",
  "dms:data-provider-tag/${TagKey}":
    "|,String|0||Filters access by the presence of tag key-value pairs in the request for DataProvider",
  "dms:endpoint-tag/${TagKey}":
    "|,String|0||Filters access by the presence of tag key-value pairs in the request for Endpoint",
  "dms:es-tag/${TagKey}":
    "|,String|0||Filters access by the presence of tag key-value pairs in the request for EventSubscription",
  "dms:individual-assessment-tag/${TagKey}":
    "|,String|0||Filters access by the presence of tag key-value pairs in the request for IndividualAssessment",
  "dms:instance-profile-tag/${TagKey}":
    "|,String|0||Filters access by the presence of tag key-value pairs in the request for InstanceProfile",
  "dms:migration-project-tag/${TagKey}":
    "|,String|0||Filters access by the presence of tag key-value pairs in the request for MigrationProject",
  "dms:rep-tag/${TagKey}":
    "|,String|0||Filters access by the presence of tag key-value pairs in the request for ReplicationInstance",
  "dms:replication-config-tag/${TagKey}":
    "|,String|0||Filters access by the presence of tag key-value pairs in the request for ReplicationConfig",
  "dms:req-tag/${TagKey}": "|,String|0||Filters access by the presence of tag key-value pairs in the given request",
  "dms:subgrp-tag/${TagKey}":
    "|,String|0||Filters access by the presence of tag key-value pairs in the request for ReplicationSubnetGroup",
  "dms:task-tag/${TagKey}":
    "|,String|0||Filters access by the presence of tag key-value pairs in the request for ReplicationTask",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "dms",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
