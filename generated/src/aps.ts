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
export const prefix: "aps" = "aps";
/** The service's name in the reference. */
export const serviceName: "Amazon Managed Service for Prometheus" = "Amazon Managed Service for Prometheus";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Managed Service for Prometheus",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonmanagedserviceforprometheus.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["aps:TagResource", "iam:PassRole"] as const;
const actionFacts = {
  /** Grants permission to create alerts. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/prometheus/latest/userguide/AMP-APIReference-CreateAlertManagerAlerts.html */
  CreateAlertManagerAlerts: "W|||4;1;|1||",
  /** Grants permission to create an alert manager definition. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/prometheus/latest/APIReference/API_CreateAlertManagerDefinition.html */
  CreateAlertManagerDefinition: "W|||4;1;|1||;",
  /** Grants permission to create an anomaly detector. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/prometheus/latest/APIReference/API_CreateAnomalyDetector.html */
  CreateAnomalyDetector: "W|||4;1;|0,2|0|;",
  /** Grants permission to create a logging configuration. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/prometheus/latest/APIReference/API_CreateLoggingConfiguration.html */
  CreateLoggingConfiguration: "W|||4;1;|1||;",
  /** Grants permission to create a query logging configuration. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/prometheus/latest/APIReference/API_CreateQueryLoggingConfiguration.html */
  CreateQueryLoggingConfiguration: "W|||4;1;|1||;",
  /** Grants permission to create a rule groups namespace. Access level: Write. Resources: rulegroupsnamespace*. https://docs.aws.amazon.com/prometheus/latest/APIReference/API_CreateRuleGroupsNamespace.html */
  CreateRuleGroupsNamespace: "W|||2;1;|0,2|0|;",
  /** Grants permission to create a scraper. Access level: Write. Resources: cluster*, workspace*. https://docs.aws.amazon.com/prometheus/latest/APIReference/API_CreateScraper.html */
  CreateScraper:
    "W|||1;1;,4;1;|0,1,2|0,ec2:DescribeSecurityGroups,ec2:DescribeSubnets,eks:DescribeCluster,iam:CreateServiceLinkedRole,1|;",
  /** Grants permission to create a workspace. Access level: Write. https://docs.aws.amazon.com/prometheus/latest/APIReference/API_CreateWorkspace.html */
  CreateWorkspace: "W||||0,2|0|;",
  /** Grants permission to delete an alert manager definition. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/prometheus/latest/APIReference/API_DeleteAlertManagerDefinition.html */
  DeleteAlertManagerDefinition: "W|||4;1;|1||;",
  /** Grants permission to delete a silence. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/prometheus/latest/userguide/AMP-APIReference-DeleteAlertManagerSilence.html */
  DeleteAlertManagerSilence: "W|||4;1;|1||",
  /** Grants permission to delete an anomaly detector. Access level: Write. Resources: anomalydetector*, workspace*. https://docs.aws.amazon.com/prometheus/latest/APIReference/API_DeleteAnomalyDetector.html */
  DeleteAnomalyDetector: "W|||0;1;,4;1;|1||;",
  /** Grants permission to delete a logging configuration. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/prometheus/latest/APIReference/API_DeleteLoggingConfiguration.html */
  DeleteLoggingConfiguration: "W|||4;1;|1||;",
  /** Grants permission to delete a query logging configuration. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/prometheus/latest/APIReference/API_DeleteQueryLoggingConfiguration.html */
  DeleteQueryLoggingConfiguration: "W|||4;1;|1||;",
  /** Grants permission to delete workspace resource policy. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/prometheus/latest/APIReference/API_DeleteResourcePolicy.html */
  DeleteResourcePolicy: "W|||4;1;|1||;",
  /** Grants permission to delete a rule groups namespace. Access level: Write. Resources: rulegroupsnamespace*. https://docs.aws.amazon.com/prometheus/latest/APIReference/API_DeleteRuleGroupsNamespace.html */
  DeleteRuleGroupsNamespace: "W|||2;1;|1||;",
  /** Grants permission to delete a scraper. Access level: Write. Resources: scraper*. https://docs.aws.amazon.com/prometheus/latest/APIReference/API_DeleteScraper.html */
  DeleteScraper: "W|||3;1;|1||;",
  /** Grants permission to delete a scraper logging configuration. Access level: Write. Resources: scraper*. https://docs.aws.amazon.com/prometheus/latest/APIReference/API_DeleteScraperLoggingConfiguration.html */
  DeleteScraperLoggingConfiguration: "W|||3;1;|1||;",
  /** Grants permission to delete a workspace. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/prometheus/latest/APIReference/API_DeleteWorkspace.html */
  DeleteWorkspace: "W|||4;1;|1||;",
  /** Grants permission to describe an alert manager definition. Access level: Read. Resources: workspace*. https://docs.aws.amazon.com/prometheus/latest/APIReference/API_DescribeAlertManagerDefinition.html */
  DescribeAlertManagerDefinition: "R|||4;1;|1||;",
  /** Grants permission to describe an anomaly detector. Access level: Read. Resources: anomalydetector*, workspace*. https://docs.aws.amazon.com/prometheus/latest/APIReference/API_DescribeAnomalyDetector.html */
  DescribeAnomalyDetector: "R|||0;1;,4;1;|1||;",
  /** Grants permission to describe a logging configuration. Access level: Read. Resources: workspace*. https://docs.aws.amazon.com/prometheus/latest/APIReference/API_DescribeLoggingConfiguration.html */
  DescribeLoggingConfiguration: "R|||4;1;|1||;",
  /** Grants permission to describe a query logging configuration. Access level: Read. Resources: workspace*. https://docs.aws.amazon.com/prometheus/latest/APIReference/API_DescribeQueryLoggingConfiguration.html */
  DescribeQueryLoggingConfiguration: "R|||4;1;|1||;",
  /** Grants permission to describe workspace resource policy. Access level: Read. Resources: workspace*. https://docs.aws.amazon.com/prometheus/latest/APIReference/API_DescribeResourcePolicy.html */
  DescribeResourcePolicy: "R|||4;1;|1||;",
  /** Grants permission to describe a rule groups namespace. Access level: Read. Resources: rulegroupsnamespace*. https://docs.aws.amazon.com/prometheus/latest/APIReference/API_DescribeRuleGroupsNamespace.html */
  DescribeRuleGroupsNamespace: "R|||2;1;|1||;",
  /** Grants permission to describe a scraper. Access level: Read. Resources: scraper*. https://docs.aws.amazon.com/prometheus/latest/APIReference/API_DescribeScraper.html */
  DescribeScraper: "R|||3;1;|1||;",
  /** Grants permission to describe a scraper logging configuration. Access level: Read. Resources: scraper*. https://docs.aws.amazon.com/prometheus/latest/APIReference/API_DescribeScraperLoggingConfiguration.html */
  DescribeScraperLoggingConfiguration: "R|||3;1;|1||;",
  /** Grants permission to describe a workspace. Access level: Read. Resources: workspace*. https://docs.aws.amazon.com/prometheus/latest/APIReference/API_DescribeWorkspace.html */
  DescribeWorkspace: "R|||4;1;|1||;",
  /** Grants permission to describe workspace configuration. Access level: Read. Resources: workspace*. https://docs.aws.amazon.com/prometheus/latest/APIReference/API_DescribeWorkspaceConfiguration.html */
  DescribeWorkspaceConfiguration: "R|||4;1;|1||;",
  /** Grants permission to get a silence. Access level: Read. Resources: workspace*. https://docs.aws.amazon.com/prometheus/latest/userguide/AMP-APIReference-GetAlertManagerSilence.html */
  GetAlertManagerSilence: "R|||4;1;|1||",
  /** Grants permission to get current status of an alertmanager. Access level: Read. Resources: workspace*. https://docs.aws.amazon.com/prometheus/latest/userguide/AMP-APIReference-GetAlertManagerStatus.html */
  GetAlertManagerStatus: "R|||4;1;|1||",
  /** Grants permission to get default scraper configuration. Access level: Read. https://docs.aws.amazon.com/prometheus/latest/APIReference/API_GetDefaultScraperConfiguration.html */
  GetDefaultScraperConfiguration: "R||||||;",
  /** Grants permission to retrieve AMP workspace labels. Access level: Read. Resources: workspace*. https://docs.aws.amazon.com/prometheus/latest/userguide/AMP-APIReference-GetLabels.html */
  GetLabels: "R|||4;1;|1||",
  /** Grants permission to retrieve the metadata for AMP workspace metrics. Access level: Read. Resources: workspace*. https://docs.aws.amazon.com/prometheus/latest/userguide/AMP-APIReference-GetMetricMetadata.html */
  GetMetricMetadata: "R|||4;1;|1||",
  /** Grants permission to retrieve AMP workspace time series data. Access level: Read. Resources: workspace*. https://docs.aws.amazon.com/prometheus/latest/userguide/AMP-APIReference-GetSeries.html */
  GetSeries: "R|||4;1;|1||",
  /** Grants permission to list groups. Access level: Read. Resources: workspace*. https://docs.aws.amazon.com/prometheus/latest/userguide/AMP-APIReference-ListAlertManagerAlertGroups.html */
  ListAlertManagerAlertGroups: "R|||4;1;|1||",
  /** Grants permission to list alerts. Access level: Read. Resources: workspace*. https://docs.aws.amazon.com/prometheus/latest/userguide/AMP-APIReference-ListAlertManagerAlerts.html */
  ListAlertManagerAlerts: "R|||4;1;|1||",
  /** Grants permission to list receivers. Access level: Read. Resources: workspace*. https://docs.aws.amazon.com/prometheus/latest/userguide/AMP-APIReference-ListAlertManagerReceivers.html */
  ListAlertManagerReceivers: "R|||4;1;|1||",
  /** Grants permission to list silences. Access level: Read. Resources: workspace*. https://docs.aws.amazon.com/prometheus/latest/userguide/AMP-APIReference-ListAlertManagerSilences.html */
  ListAlertManagerSilences: "R|||4;1;|1||",
  /** Grants permission to list active alerts. Access level: Read. Resources: workspace*. https://docs.aws.amazon.com/prometheus/latest/userguide/AMP-APIReference-ListAlerts.html */
  ListAlerts: "R|||4;1;|1||",
  /** Grants permission to list anomaly detectors. Access level: List. Resources: workspace*. https://docs.aws.amazon.com/prometheus/latest/APIReference/API_ListAnomalyDetectors.html */
  ListAnomalyDetectors: "L|||4;1;|1||;",
  /** Grants permission to list rule groups namespaces. Access level: List. Resources: workspace*. https://docs.aws.amazon.com/prometheus/latest/APIReference/API_ListRuleGroupsNamespaces.html */
  ListRuleGroupsNamespaces: "L|||4;1;|1||;",
  /** Grants permission to list alerting and recording rules. Access level: Read. Resources: workspace*. https://docs.aws.amazon.com/prometheus/latest/userguide/AMP-APIReference-ListRules.html */
  ListRules: "R|||4;1;|1||",
  /** Grants permission to list scrapers. Access level: List. https://docs.aws.amazon.com/prometheus/latest/APIReference/API_ListScrapers.html */
  ListScrapers: "L||||||;",
  /** Grants permission to list tags on an AMP resource. Access level: Read. Resources: anomalydetector, rulegroupsnamespace, scraper, workspace. https://docs.aws.amazon.com/prometheus/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,2;0;,3;0;,4;0;|0,2||;",
  /** Grants permission to list workspaces. Access level: List. https://docs.aws.amazon.com/prometheus/latest/APIReference/API_ListWorkspaces.html */
  ListWorkspaces: "L||||||;",
  /** Grants permission to preview anomaly detection on AMP workspace metrics. Access level: Read. Resources: workspace*. https://docs.aws.amazon.com/prometheus/latest/userguide/AMP-APIReference-PreviewAnomalyDetector.html */
  PreviewAnomalyDetector: "R|||4;1;|1||",
  /** Grants permission to update an alert manager definition. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/prometheus/latest/APIReference/API_PutAlertManagerDefinition.html */
  PutAlertManagerDefinition: "W|||4;1;|1||;",
  /** Grants permission to create or update a silence. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/prometheus/latest/userguide/AMP-APIReference-PutAlertManagerSilences.html */
  PutAlertManagerSilences: "W|||4;1;|1||",
  /** Grants permission to update an anomaly detector. Access level: Write. Resources: anomalydetector*, workspace*. https://docs.aws.amazon.com/prometheus/latest/APIReference/API_PutAnomalyDetector.html */
  PutAnomalyDetector: "W|||0;1;,4;1;|1||;",
  /** Grants permission to create and update workspace resource policy. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/prometheus/latest/APIReference/API_PutResourcePolicy.html */
  PutResourcePolicy: "W|||4;1;|1||;",
  /** Grants permission to update a rule groups namespace. Access level: Write. Resources: rulegroupsnamespace*. https://docs.aws.amazon.com/prometheus/latest/APIReference/API_PutRuleGroupsNamespace.html */
  PutRuleGroupsNamespace: "W|||2;1;|1||;",
  /** Grants permission to run a query on AMP workspace metrics. Access level: Read. Resources: workspace*. https://docs.aws.amazon.com/prometheus/latest/userguide/AMP-APIReference-QueryMetrics.html */
  QueryMetrics: "R|||4;1;|1||",
  /** Grants permission to perform a remote write operation to initiate the streaming of metrics to AMP workspace. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/prometheus/latest/userguide/AMP-APIReference-RemoteWrite.html */
  RemoteWrite: "W|||4;1;|1||",
  /** Grants permission to tag an AMP resource. Access level: Tagging. Resources: anomalydetector, rulegroupsnamespace, scraper, workspace. https://docs.aws.amazon.com/prometheus/latest/APIReference/API_TagResource.html */
  TagResource:
    "T|||0;0;,2;0;,3;0;,4;0;|0,2||CreateAnomalyDetector,CreateRuleGroupsNamespace,CreateScraper,CreateWorkspace,;",
  /** Grants permission to untag an AMP resource. Access level: Tagging. Resources: anomalydetector, rulegroupsnamespace, scraper, workspace. https://docs.aws.amazon.com/prometheus/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,2;0;,3;0;,4;0;|2||;",
  /** Grants permission to update a logging configuration. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/prometheus/latest/APIReference/API_UpdateLoggingConfiguration.html */
  UpdateLoggingConfiguration: "W|||4;1;|1||;",
  /** Grants permission to update a query logging configuration. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/prometheus/latest/APIReference/API_UpdateQueryLoggingConfiguration.html */
  UpdateQueryLoggingConfiguration: "W|||4;1;|1||;",
  /** Grants permission to update a scraper. Access level: Write. Resources: scraper*, workspace. https://docs.aws.amazon.com/prometheus/latest/APIReference/API_UpdateScraper.html */
  UpdateScraper: "W|||3;1;,4;0;|1|aps:CreateScraper,0,1|;",
  /** Grants permission to put a scraper logging configuration. Access level: Write. Resources: scraper*. https://docs.aws.amazon.com/prometheus/latest/APIReference/API_UpdateScraperLoggingConfiguration.html */
  UpdateScraperLoggingConfiguration: "W|||3;1;|1||;",
  /** Grants permission to modify the alias of existing AMP workspace. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/prometheus/latest/APIReference/API_UpdateWorkspaceAlias.html */
  UpdateWorkspaceAlias: "W|||4;1;|1||;",
  /** Grants permission to update workspace configuration. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/prometheus/latest/APIReference/API_UpdateWorkspaceConfiguration.html */
  UpdateWorkspaceConfiguration: "W|||4;1;|1||;",
} as const;
const actionDetails = {
  CreateAlertManagerAlerts: "|,;~|Grants permission to create alerts",
  CreateAlertManagerDefinition: "|,;~~~|Grants permission to create an alert manager definition",
  CreateAnomalyDetector: "|,;~~~|Grants permission to create an anomaly detector",
  CreateLoggingConfiguration: "|,;~~~|Grants permission to create a logging configuration",
  CreateQueryLoggingConfiguration: "|,;~~~|Grants permission to create a query logging configuration",
  CreateRuleGroupsNamespace: "|,;~~~|Grants permission to create a rule groups namespace",
  CreateScraper: "|,;~~~|Grants permission to create a scraper",
  CreateWorkspace: "|,;~~~|Grants permission to create a workspace",
  DeleteAlertManagerDefinition: "|,;~~~|Grants permission to delete an alert manager definition",
  DeleteAlertManagerSilence: "|,;~|Grants permission to delete a silence",
  DeleteAnomalyDetector: "|,;~~~|Grants permission to delete an anomaly detector",
  DeleteLoggingConfiguration: "|,;~~~|Grants permission to delete a logging configuration",
  DeleteQueryLoggingConfiguration: "|,;~~~|Grants permission to delete a query logging configuration",
  DeleteResourcePolicy: "|,;~~~|Grants permission to delete workspace resource policy",
  DeleteRuleGroupsNamespace: "|,;~~~|Grants permission to delete a rule groups namespace",
  DeleteScraper: "|,;~~~|Grants permission to delete a scraper",
  DeleteScraperLoggingConfiguration: "|,;~~~|Grants permission to delete a scraper logging configuration",
  DeleteWorkspace: "|,;~~~|Grants permission to delete a workspace",
  DescribeAlertManagerDefinition: "|,;~~~|Grants permission to describe an alert manager definition",
  DescribeAnomalyDetector: "|,;~~~|Grants permission to describe an anomaly detector",
  DescribeLoggingConfiguration: "|,;~~~|Grants permission to describe a logging configuration",
  DescribeQueryLoggingConfiguration: "|,;~~~|Grants permission to describe a query logging configuration",
  DescribeResourcePolicy: "|,;~~~|Grants permission to describe workspace resource policy",
  DescribeRuleGroupsNamespace: "|,;~~~|Grants permission to describe a rule groups namespace",
  DescribeScraper: "|,;~~~|Grants permission to describe a scraper",
  DescribeScraperLoggingConfiguration: "|,;~~~|Grants permission to describe a scraper logging configuration",
  DescribeWorkspace: "|,;~~~|Grants permission to describe a workspace",
  DescribeWorkspaceConfiguration: "|,;~~~|Grants permission to describe workspace configuration",
  GetAlertManagerSilence: "|,;~|Grants permission to get a silence",
  GetAlertManagerStatus: "|,;~|Grants permission to get current status of an alertmanager",
  GetDefaultScraperConfiguration: "|,;~~~|Grants permission to get default scraper configuration",
  GetLabels: "|,;~|Grants permission to retrieve AMP workspace labels",
  GetMetricMetadata: "|,;~|Grants permission to retrieve the metadata for AMP workspace metrics",
  GetSeries: "|,;~|Grants permission to retrieve AMP workspace time series data",
  ListAlertManagerAlertGroups: "|,;~|Grants permission to list groups",
  ListAlertManagerAlerts: "|,;~|Grants permission to list alerts",
  ListAlertManagerReceivers: "|,;~|Grants permission to list receivers",
  ListAlertManagerSilences: "|,;~|Grants permission to list silences",
  ListAlerts: "|,;~|Grants permission to list active alerts",
  ListAnomalyDetectors: "|,;~~~|Grants permission to list anomaly detectors",
  ListRuleGroupsNamespaces: "|,;~~~|Grants permission to list rule groups namespaces",
  ListRules: "|,;~|Grants permission to list alerting and recording rules",
  ListScrapers: "|,;~~~|Grants permission to list scrapers",
  ListTagsForResource: "|,;~~~|Grants permission to list tags on an AMP resource",
  ListWorkspaces: "|,;~~~|Grants permission to list workspaces",
  PreviewAnomalyDetector: "|,;~|Grants permission to preview anomaly detection on AMP workspace metrics",
  PutAlertManagerDefinition: "|,;~~~|Grants permission to update an alert manager definition",
  PutAlertManagerSilences: "|,;~|Grants permission to create or update a silence",
  PutAnomalyDetector: "|,;~~~|Grants permission to update an anomaly detector",
  PutResourcePolicy: "|,;~~~|Grants permission to create and update workspace resource policy",
  PutRuleGroupsNamespace: "|,;~~~|Grants permission to update a rule groups namespace",
  QueryMetrics: "|,;~|Grants permission to run a query on AMP workspace metrics",
  RemoteWrite:
    "|,;~|Grants permission to perform a remote write operation to initiate the streaming of metrics to AMP workspace",
  TagResource: "|,;~~~,~~,~~,~~,~~|Grants permission to tag an AMP resource",
  UntagResource: "|,;~~~|Grants permission to untag an AMP resource",
  UpdateLoggingConfiguration: "|,;~~~|Grants permission to update a logging configuration",
  UpdateQueryLoggingConfiguration: "|,;~~~|Grants permission to update a query logging configuration",
  UpdateScraper: "|,;~~~|Grants permission to update a scraper",
  UpdateScraperLoggingConfiguration: "|,;~~~|Grants permission to put a scraper logging configuration",
  UpdateWorkspaceAlias: "|,;~~~|Grants permission to modify the alias of existing AMP workspace",
  UpdateWorkspaceConfiguration: "|,;~~~|Grants permission to update workspace configuration",
};
const resourceTypeFacts = {
  /** The anomalydetector resource type: arn:${Partition}:aps:${Region}:${Account}:anomalydetector/${WorkspaceId}/${AnomalyDetectorId} */
  anomalydetector: "|,|0,1,2",
  /** The cluster resource type: arn:${Partition}:eks:${Region}:${Account}:cluster/${ClusterName} */
  cluster: "|,|1",
  /** The rulegroupsnamespace resource type: arn:${Partition}:aps:${Region}:${Account}:rulegroupsnamespace/${WorkspaceId}/${Namespace} */
  rulegroupsnamespace: "|,|0,1,2",
  /** The scraper resource type: arn:${Partition}:aps:${Region}:${Account}:scraper/${ScraperId} */
  scraper: "|,|0,1,2",
  /** The workspace resource type: arn:${Partition}:aps:${Region}:${Account}:workspace/${WorkspaceId} */
  workspace: "|,|0,1,2",
} as const;
const arnFormats = {
  /** ARN of a anomalydetector resource: arn:${Partition}:aps:${Region}:${Account}:anomalydetector/${WorkspaceId}/${AnomalyDetectorId}. */
  anomalydetector:
    "|,anomalydetector|arn:|Partition|:aps:|Region|:|Account|:anomalydetector/|WorkspaceId|/|AnomalyDetectorId|",
  /** ARN of a cluster resource: arn:${Partition}:eks:${Region}:${Account}:cluster/${ClusterName}. */
  cluster: "|,cluster|arn:|Partition|:eks:|Region|:|Account|:cluster/|ClusterName|",
  /** ARN of a rulegroupsnamespace resource: arn:${Partition}:aps:${Region}:${Account}:rulegroupsnamespace/${WorkspaceId}/${Namespace}. */
  rulegroupsnamespace:
    "|,rulegroupsnamespace|arn:|Partition|:aps:|Region|:|Account|:rulegroupsnamespace/|WorkspaceId|/|Namespace|",
  /** ARN of a scraper resource: arn:${Partition}:aps:${Region}:${Account}:scraper/${ScraperId}. */
  scraper: "|,scraper|arn:|Partition|:aps:|Region|:|Account|:scraper/|ScraperId|",
  /** ARN of a workspace resource: arn:${Partition}:aps:${Region}:${Account}:workspace/${WorkspaceId}. */
  workspace: "|,workspace|arn:|Partition|:aps:|Region|:|Account|:workspace/|WorkspaceId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["anomalydetector", "cluster", "rulegroupsnamespace", "scraper", "workspace"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "aps">;
/** Any aps action. */
export type Action = ActionOf<typeof actionFacts, "aps">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "aps">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "amp" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every aps action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access based on the tags that are passed in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access based on the tags associated with the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access based on the tag keys that are passed in the request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access based on the tags that are passed in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access based on the tags associated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access based on the tag keys that are passed in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "aps",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
