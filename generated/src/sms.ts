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
export const prefix: "sms" = "sms";
/** The service's name in the reference. */
export const serviceName: "AWS Server Migration Service" = "AWS Server Migration Service";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Server Migration Service",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsservermigrationservice.html",
  },
];
const conditionKeyList = [] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to create an application configuration to migrate on-premise application onto AWS. Access level: Write. https://docs.aws.amazon.com/server-migration-service/latest/APIReference/API_CreateApp.html */
  CreateApp: "W||||||",
  /** Grants permission to create a job to migrate on-premise server onto AWS. Access level: Write. https://docs.aws.amazon.com/server-migration-service/latest/APIReference/API_CreateReplicationJob.html */
  CreateReplicationJob: "W||||||",
  /** Grants permission to delete an existing application configuration. Access level: Write. https://docs.aws.amazon.com/server-migration-service/latest/APIReference/API_DeleteApp.html */
  DeleteApp: "W||||||",
  /** Grants permission to delete launch configuration for an existing application. Access level: Write. https://docs.aws.amazon.com/server-migration-service/latest/APIReference/API_DeleteAppLaunchConfiguration.html */
  DeleteAppLaunchConfiguration: "W||||||",
  /** Grants permission to delete replication configuration for an existing application. Access level: Write. https://docs.aws.amazon.com/server-migration-service/latest/APIReference/API_DeleteAppReplicationConfiguration.html */
  DeleteAppReplicationConfiguration: "W||||||",
  /** Grants permission to delete validation configuration for an existing application. Access level: Write. https://docs.aws.amazon.com/server-migration-service/latest/APIReference/API_DeleteAppValidationConfiguration.html */
  DeleteAppValidationConfiguration: "W||||||",
  /** Grants permission to delete an existing job to migrate on-premise server onto AWS. Access level: Write. https://docs.aws.amazon.com/server-migration-service/latest/APIReference/API_DeleteReplicationJob.html */
  DeleteReplicationJob: "W||||||",
  /** Grants permission to delete the complete list of on-premise servers gathered into AWS. Access level: Write. https://docs.aws.amazon.com/server-migration-service/latest/APIReference/API_DeleteServerCatalog.html */
  DeleteServerCatalog: "W||||||",
  /** Grants permission to disassociate a connector that has been associated. Access level: Write. https://docs.aws.amazon.com/server-migration-service/latest/APIReference/API_DisassociateConnector.html */
  DisassociateConnector: "W||||||",
  /** Grants permission to generate a changeSet for the CloudFormation stack of an application. Access level: Write. https://docs.aws.amazon.com/server-migration-service/latest/APIReference/API_GenerateChangeSet.html */
  GenerateChangeSet: "W||||||",
  /** Grants permission to generate a CloudFormation template for an existing application. Access level: Write. https://docs.aws.amazon.com/server-migration-service/latest/APIReference/API_GenerateTemplate.html */
  GenerateTemplate: "W||||||",
  /** Grants permission to get the configuration and statuses for an existing application. Access level: Read. https://docs.aws.amazon.com/server-migration-service/latest/APIReference/API_GetApp.html */
  GetApp: "R||||||",
  /** Grants permission to get launch configuration for an existing application. Access level: Read. https://docs.aws.amazon.com/server-migration-service/latest/APIReference/API_GetAppLaunchConfiguration.html */
  GetAppLaunchConfiguration: "R||||||",
  /** Grants permission to get replication configuration for an existing application. Access level: Read. https://docs.aws.amazon.com/server-migration-service/latest/APIReference/API_GetAppReplicationConfiguration.html */
  GetAppReplicationConfiguration: "R||||||",
  /** Grants permission to get validation configuration for an existing application. Access level: Read. https://docs.aws.amazon.com/server-migration-service/latest/APIReference/API_GetAppValidationConfiguration.html */
  GetAppValidationConfiguration: "R||||||",
  /** Grants permission to get notification sent from application validation script. Access level: Read. https://docs.aws.amazon.com/server-migration-service/latest/APIReference/API_GetAppValidationOutput.html */
  GetAppValidationOutput: "R||||||",
  /** Grants permission to get all connectors that have been associated. Access level: Read. https://docs.aws.amazon.com/server-migration-service/latest/APIReference/API_GetConnectors.html */
  GetConnectors: "R||||||",
  /** Grants permission to gets messages from AWS Server Migration Service to Server Migration Connector. Access level: Read. Permission only. https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsservermigrationservice.html */
  GetMessages: "R||1||||",
  /** Grants permission to get all existing jobs to migrate on-premise servers onto AWS. Access level: Read. https://docs.aws.amazon.com/server-migration-service/latest/APIReference/API_GetReplicationJobs.html */
  GetReplicationJobs: "R||||||",
  /** Grants permission to get all runs for an existing job. Access level: Read. https://docs.aws.amazon.com/server-migration-service/latest/APIReference/API_GetReplicationRuns.html */
  GetReplicationRuns: "R||||||",
  /** Grants permission to get all servers that have been imported. Access level: Read. https://docs.aws.amazon.com/server-migration-service/latest/APIReference/API_GetServers.html */
  GetServers: "R||||||",
  /** Grants permission to import application catalog from AWS Application Discovery Service. Access level: Write. https://docs.aws.amazon.com/server-migration-service/latest/APIReference/API_ImportAppCatalog.html */
  ImportAppCatalog: "W||||||",
  /** Grants permission to gather a complete list of on-premise servers. Access level: Write. https://docs.aws.amazon.com/server-migration-service/latest/APIReference/API_ImportServerCatalog.html */
  ImportServerCatalog: "W||||||",
  /** Grants permission to create and launch a CloudFormation stack for an existing application. Access level: Write. https://docs.aws.amazon.com/server-migration-service/latest/APIReference/API_LaunchApp.html */
  LaunchApp: "W||||||",
  /** Grants permission to get a list of summaries for existing applications. Access level: List. https://docs.aws.amazon.com/server-migration-service/latest/APIReference/API_ListAppss.html */
  ListApps: "L||||||",
  /** Grants permission to send notification for application validation script. Access level: Write. https://docs.aws.amazon.com/server-migration-service/latest/APIReference/API_NotifyAppValidationOutput.html */
  NotifyAppValidationOutput: "W||||||",
  /** Grants permission to create or update launch configuration for an existing application. Access level: Write. https://docs.aws.amazon.com/server-migration-service/latest/APIReference/API_PutAppLaunchConfiguration.html */
  PutAppLaunchConfiguration: "W||||||",
  /** Grants permission to create or update replication configuration for an existing application. Access level: Write. https://docs.aws.amazon.com/server-migration-service/latest/APIReference/API_PutAppReplicationConfiguration.html */
  PutAppReplicationConfiguration: "W||||||",
  /** Grants permission to put validation configuration for an existing application. Access level: Write. https://docs.aws.amazon.com/server-migration-service/latest/APIReference/API_PutAppValidationConfiguration.html */
  PutAppValidationConfiguration: "W||||||",
  /** Grants permission to send message from Server Migration Connector to AWS Server Migration Service. Access level: Write. Permission only. https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsservermigrationservice.html */
  SendMessage: "W||1||||",
  /** Grants permission to create and start replication jobs for an existing application. Access level: Write. https://docs.aws.amazon.com/server-migration-service/latest/APIReference/API_StartAppReplication.html */
  StartAppReplication: "W||||||",
  /** Grants permission to start a replication run for an existing application. Access level: Write. https://docs.aws.amazon.com/server-migration-service/latest/APIReference/API_StartOnDemandAppReplication.html */
  StartOnDemandAppReplication: "W||||||",
  /** Grants permission to start a replication run for an existing replication job. Access level: Write. https://docs.aws.amazon.com/server-migration-service/latest/APIReference/API_StartOnDemandReplicationRun.html */
  StartOnDemandReplicationRun: "W||||||",
  /** Grants permission to stop and delete replication jobs for an existing application. Access level: Write. https://docs.aws.amazon.com/server-migration-service/latest/APIReference/API_StopAppReplication.html */
  StopAppReplication: "W||||||",
  /** Grants permission to terminate the CloudFormation stack for an existing application. Access level: Write. https://docs.aws.amazon.com/server-migration-service/latest/APIReference/API_TerminateApp.html */
  TerminateApp: "W||||||",
  /** Grants permission to update an existing application configuration. Access level: Write. https://docs.aws.amazon.com/server-migration-service/latest/APIReference/API_UpdateApp.html */
  UpdateApp: "W||||||",
  /** Grants permission to update an existing job to migrate on-premise server onto AWS. Access level: Write. https://docs.aws.amazon.com/server-migration-service/latest/APIReference/API_UpdateReplicationJob.html */
  UpdateReplicationJob: "W||||||",
} as const;
const actionDetails = {
  CreateApp: "|,;~|Grants permission to create an application configuration to migrate on-premise application onto AWS",
  CreateReplicationJob: "|,;~|Grants permission to create a job to migrate on-premise server onto AWS",
  DeleteApp: "|,;~|Grants permission to delete an existing application configuration",
  DeleteAppLaunchConfiguration: "|,;~|Grants permission to delete launch configuration for an existing application",
  DeleteAppReplicationConfiguration:
    "|,;~|Grants permission to delete replication configuration for an existing application",
  DeleteAppValidationConfiguration:
    "|,;~|Grants permission to delete validation configuration for an existing application",
  DeleteReplicationJob: "|,;~|Grants permission to delete an existing job to migrate on-premise server onto AWS",
  DeleteServerCatalog: "|,;~|Grants permission to delete the complete list of on-premise servers gathered into AWS",
  DisassociateConnector: "|,;~|Grants permission to disassociate a connector that has been associated",
  GenerateChangeSet: "|,;~|Grants permission to generate a changeSet for the CloudFormation stack of an application",
  GenerateTemplate: "|,;~|Grants permission to generate a CloudFormation template for an existing application",
  GetApp: "|,;~|Grants permission to get the configuration and statuses for an existing application",
  GetAppLaunchConfiguration: "|,;~|Grants permission to get launch configuration for an existing application",
  GetAppReplicationConfiguration: "|,;~|Grants permission to get replication configuration for an existing application",
  GetAppValidationConfiguration: "|,;~|Grants permission to get validation configuration for an existing application",
  GetAppValidationOutput: "|,;~|Grants permission to get notification sent from application validation script.",
  GetConnectors: "|,;~|Grants permission to get all connectors that have been associated",
  GetMessages:
    "|,;~|Grants permission to gets messages from AWS Server Migration Service to Server Migration Connector",
  GetReplicationJobs: "|,;~|Grants permission to get all existing jobs to migrate on-premise servers onto AWS",
  GetReplicationRuns: "|,;~|Grants permission to get all runs for an existing job",
  GetServers: "|,;~|Grants permission to get all servers that have been imported",
  ImportAppCatalog: "|,;~|Grants permission to import application catalog from AWS Application Discovery Service",
  ImportServerCatalog: "|,;~|Grants permission to gather a complete list of on-premise servers",
  LaunchApp: "|,;~|Grants permission to create and launch a CloudFormation stack for an existing application",
  ListApps: "|,;~|Grants permission to get a list of summaries for existing applications",
  NotifyAppValidationOutput: "|,;~|Grants permission to send notification for application validation script",
  PutAppLaunchConfiguration:
    "|,;~|Grants permission to create or update launch configuration for an existing application",
  PutAppReplicationConfiguration:
    "|,;~|Grants permission to create or update replication configuration for an existing application",
  PutAppValidationConfiguration: "|,;~|Grants permission to put validation configuration for an existing application",
  SendMessage: "|,;~|Grants permission to send message from Server Migration Connector to AWS Server Migration Service",
  StartAppReplication: "|,;~|Grants permission to create and start replication jobs for an existing application",
  StartOnDemandAppReplication: "|,;~|Grants permission to start a replication run for an existing application",
  StartOnDemandReplicationRun: "|,;~|Grants permission to start a replication run for an existing replication job",
  StopAppReplication: "|,;~|Grants permission to stop and delete replication jobs for an existing application",
  TerminateApp: "|,;~|Grants permission to terminate the CloudFormation stack for an existing application",
  UpdateApp: "|,;~|Grants permission to update an existing application configuration",
  UpdateReplicationJob: "|,;~|Grants permission to update an existing job to migrate on-premise server onto AWS",
};
const resourceTypeFacts = {} as const;
const arnFormats = {} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "sms">;
/** Any sms action. */
export type Action = ActionOf<typeof actionFacts, "sms">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "sms">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "", client: "" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every sms action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "sms",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
