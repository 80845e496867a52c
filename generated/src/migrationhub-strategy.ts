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
export const prefix: "migrationhub-strategy" = "migrationhub-strategy";
/** The service's name in the reference. */
export const serviceName: "AWS Migration Hub Strategy Recommendations" = "AWS Migration Hub Strategy Recommendations";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Migration Hub Strategy Recommendations",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsmigrationhubstrategyrecommendations.html",
  },
];
const conditionKeyList = [] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to get details of each anti pattern that collector should look at in a customer's environment. Access level: Read. https://docs.aws.amazon.com/migrationhub-strategy/latest/APIReference/API_GetAntiPattern.html */
  GetAntiPattern: "R||||||",
  /** Grants permission to get details of an application. Access level: Read. https://docs.aws.amazon.com/migrationhub-strategy/latest/APIReference/API_GetApplicationComponentDetails.html */
  GetApplicationComponentDetails: "R||||||;",
  /** Grants permission to get a list of all recommended strategies and tools for an application running in a server. Access level: Read. https://docs.aws.amazon.com/migrationhub-strategy/latest/APIReference/API_GetApplicationComponentStrategies.html */
  GetApplicationComponentStrategies: "R||||||;",
  /** Grants permission to retrieve status of an on-going assessment. Access level: Read. https://docs.aws.amazon.com/migrationhub-strategy/latest/APIReference/API_GetAssessment.html */
  GetAssessment: "R||||||;",
  /** Grants permission to get details of a specific import task. Access level: Read. https://docs.aws.amazon.com/migrationhub-strategy/latest/APIReference/API_GetImportFileTask.html */
  GetImportFileTask: "R||||||;",
  /** Grants permission to retrieve the latest assessment id. Access level: Read. https://docs.aws.amazon.com/migrationhub-strategy/latest/APIReference/API_GetLatestAssessmentId.html */
  GetLatestAssessmentId: "R||||||;",
  /** Grants permission to the collector to receive information from the service. Access level: Read. https://docs.aws.amazon.com/migrationhub-strategy/latest/APIReference/API_GetMessage.html */
  GetMessage: "R||||||",
  /** Grants permission to retrieve customer migration/Modernization preferences. Access level: Read. https://docs.aws.amazon.com/migrationhub-strategy/latest/APIReference/API_GetPortfolioPreferences.html */
  GetPortfolioPreferences: "R||||||;",
  /** Grants permission to retrieve overall summary (number-of servers to rehost etc as well as overall number of anti patterns). Access level: Read. https://docs.aws.amazon.com/migrationhub-strategy/latest/APIReference/API_GetPortfolioSummary.html */
  GetPortfolioSummary: "R||||||;",
  /** Grants permission to retrieve detailed information about a recommendation report. Access level: Read. https://docs.aws.amazon.com/migrationhub-strategy/latest/APIReference/API_GetRecommendationReportDetails.html */
  GetRecommendationReportDetails: "R||||||;",
  /** Grants permission to get info about a specific server. Access level: Read. https://docs.aws.amazon.com/migrationhub-strategy/latest/APIReference/API_GetServerDetails.html */
  GetServerDetails: "R||||||;",
  /** Grants permission to get recommended strategies and tools for a specific server. Access level: Read. https://docs.aws.amazon.com/migrationhub-strategy/latest/APIReference/API_GetServerStrategies.html */
  GetServerStrategies: "R||||||;",
  /** Grants permission to get a list of all analyzable servers in a customer's vcenter environment. Access level: List. https://docs.aws.amazon.com/migrationhub-strategy/latest/APIReference/API_ListAnalyzableServers.html */
  ListAnalyzableServers: "L||||||;",
  /** Grants permission to get a list of all anti patterns that collector should look for in a customer's environment. Access level: List. https://docs.aws.amazon.com/migrationhub-strategy/latest/APIReference/API_ListAntiPatterns.html */
  ListAntiPatterns: "L||||||",
  /** Grants permission to get a list of all applications running on servers on customer's servers. Access level: List. https://docs.aws.amazon.com/migrationhub-strategy/latest/APIReference/API_ListApplicationComponents.html */
  ListApplicationComponents: "L||||||;",
  /** Grants permission to get a list of all collectors installed by the customer. Access level: List. https://docs.aws.amazon.com/migrationhub-strategy/latest/APIReference/API_ListCollectors.html */
  ListCollectors: "L||||||;",
  /** Grants permission to get list of all imports performed by the customer. Access level: List. https://docs.aws.amazon.com/migrationhub-strategy/latest/APIReference/API_ListImportFileTask.html */
  ListImportFileTask: "L||||||;",
  /** Grants permission to get a list of binaries that collector should assess. Access level: List. https://docs.aws.amazon.com/migrationhub-strategy/latest/APIReference/API_ListJarArtifacts.html */
  ListJarArtifacts: "L||||||",
  /** Grants permission to get a list of all servers in a customer's environment. Access level: List. https://docs.aws.amazon.com/migrationhub-strategy/latest/APIReference/API_ListServers.html */
  ListServers: "L||||||;",
  /** Grants permission to the collector to send logs to the service. Access level: Write. https://docs.aws.amazon.com/migrationhub-strategy/latest/APIReference/API_PutLogData.html */
  PutLogData: "W||||||",
  /** Grants permission to the collector to send metrics to the service. Access level: Write. https://docs.aws.amazon.com/migrationhub-strategy/latest/APIReference/API_PutMetricData.html */
  PutMetricData: "W||||||",
  /** Grants permission to save customer's Migration/Modernization preferences. Access level: Write. https://docs.aws.amazon.com/migrationhub-strategy/latest/APIReference/API_PutPortfolioPreferences.html */
  PutPortfolioPreferences: "W||||||;",
  /** Grants permission to register the collector to receive an ID and to start receiving messages from the service. Access level: Write. https://docs.aws.amazon.com/migrationhub-strategy/latest/APIReference/API_RegisterCollector.html */
  RegisterCollector: "W||||||",
  /** Grants permission to the collector to send information to the service. Access level: Write. https://docs.aws.amazon.com/migrationhub-strategy/latest/APIReference/API_SendMessage.html */
  SendMessage: "W||||||",
  /** Grants permission to start assessment in a customer's environment (collect data from all servers and provide recommendations). Access level: Write. https://docs.aws.amazon.com/migrationhub-strategy/latest/APIReference/API_StartAssessment.html */
  StartAssessment: "W||||||;",
  /** Grants permission to start importing data from a file provided by customer. Access level: Write. https://docs.aws.amazon.com/migrationhub-strategy/latest/APIReference/API_StartImportFileTask.html */
  StartImportFileTask: "W||||||;",
  /** Grants permission to start generating a recommendation report. Access level: Write. https://docs.aws.amazon.com/migrationhub-strategy/latest/APIReference/API_StartRecommendationReportGeneration.html */
  StartRecommendationReportGeneration: "W||||||;",
  /** Grants permission to stop an on-going assessment. Access level: Write. https://docs.aws.amazon.com/migrationhub-strategy/latest/APIReference/API_StopAssessment.html */
  StopAssessment: "W||||||;",
  /** Grants permission to update details for an application. Access level: Write. https://docs.aws.amazon.com/migrationhub-strategy/latest/APIReference/API_UpdateApplicationComponentConfig.html */
  UpdateApplicationComponentConfig: "W||||||",
  /** Grants permission to the collector to send configuration information to the service. Access level: Write. https://docs.aws.amazon.com/migrationhub-strategy/latest/APIReference/API_UpdateCollectorConfiguration.html */
  UpdateCollectorConfiguration: "W||||||",
  /** Grants permission to update info on a server along with the recommended strategy. Access level: Write. https://docs.aws.amazon.com/migrationhub-strategy/latest/APIReference/API_UpdateServerConfig.html */
  UpdateServerConfig: "W||||||;",
} as const;
const actionDetails = {
  GetAntiPattern:
    "|,;~|Grants permission to get details of each anti pattern that collector should look at in a customer's environment",
  GetApplicationComponentDetails: "|,;~~~|Grants permission to get details of an application",
  GetApplicationComponentStrategies:
    "|,;~~~|Grants permission to get a list of all recommended strategies and tools for an application running in a server",
  GetAssessment: "|,;~~~|Grants permission to retrieve status of an on-going assessment",
  GetImportFileTask: "|,;~~~|Grants permission to get details of a specific import task",
  GetLatestAssessmentId: "|,;~~~|Grants permission to retrieve the latest assessment id",
  GetMessage: "|,;~|Grants permission to the collector to receive information from the service",
  GetPortfolioPreferences: "|,;~~~|Grants permission to retrieve customer migration/Modernization preferences",
  GetPortfolioSummary:
    "|,;~~~|Grants permission to retrieve overall summary (number-of servers to rehost etc as well as overall number of anti patterns)",
  GetRecommendationReportDetails:
    "|,;~~~|Grants permission to retrieve detailed information about a recommendation report",
  GetServerDetails: "|,;~~~|Grants permission to get info about a specific server",
  GetServerStrategies: "|,;~~~|Grants permission to get recommended strategies and tools for a specific server",
  ListAnalyzableServers:
    "|,;~~~|Grants permission to get a list of all analyzable servers in a customer's vcenter environment",
  ListAntiPatterns:
    "|,;~|Grants permission to get a list of all anti patterns that collector should look for in a customer's environment",
  ListApplicationComponents:
    "|,;~~~|Grants permission to get a list of all applications running on servers on customer's servers",
  ListCollectors: "|,;~~~|Grants permission to get a list of all collectors installed by the customer",
  ListImportFileTask: "|,;~~~|Grants permission to get list of all imports performed by the customer",
  ListJarArtifacts: "|,;~|Grants permission to get a list of binaries that collector should assess",
  ListServers: "|,;~~~|Grants permission to get a list of all servers in a customer's environment",
  PutLogData: "|,;~|Grants permission to the collector to send logs to the service",
  PutMetricData: "|,;~|Grants permission to the collector to send metrics to the service",
  PutPortfolioPreferences: "|,;~~~|Grants permission to save customer's Migration/Modernization preferences",
  RegisterCollector:
    "|,;~|Grants permission to register the collector to receive an ID and to start receiving messages from the service",
  SendMessage: "|,;~|Grants permission to the collector to send information to the service",
  StartAssessment:
    "|,;~~~|Grants permission to start assessment in a customer's environment (collect data from all servers and provide recommendations)",
  StartImportFileTask: "|,;~~~|Grants permission to start importing data from a file provided by customer",
  StartRecommendationReportGeneration: "|,;~~~|Grants permission to start generating a recommendation report",
  StopAssessment: "|,;~~~|Grants permission to stop an on-going assessment",
  UpdateApplicationComponentConfig: "|,;~|Grants permission to update details for an application",
  UpdateCollectorConfiguration:
    "|,;~|Grants permission to the collector to send configuration information to the service",
  UpdateServerConfig: "|,;~~~|Grants permission to update info on a server along with the recommended strategy",
};
const resourceTypeFacts = {} as const;
const arnFormats = {} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "migrationhub-strategy">;
/** Any migrationhub-strategy action. */
export type Action = ActionOf<typeof actionFacts, "migrationhub-strategy">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "migrationhub-strategy">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "migrationhubstrategy" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every migrationhub-strategy action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "migrationhub-strategy",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
