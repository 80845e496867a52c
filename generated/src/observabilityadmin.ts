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
export const prefix: "observabilityadmin" = "observabilityadmin";
/** The service's name in the reference. */
export const serviceName: "Amazon CloudWatch Observability Admin Service" =
  "Amazon CloudWatch Observability Admin Service";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon CloudWatch Observability Admin Service",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoncloudwatchobservabilityadminservice.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "observabilityadmin:CentralizationBackupRegion",
  "observabilityadmin:CentralizationDestinationAccount",
  "observabilityadmin:CentralizationDestinationRegion",
  "observabilityadmin:CentralizationRuleName",
  "observabilityadmin:CentralizationSourceId",
  "observabilityadmin:CentralizationSourceRegions",
  "observabilityadmin:SourceType",
  "observabilityadmin:TargetRegions",
] as const;
const dependentActionList = ["iam:PassRole", "observabilityadmin:TagResource"] as const;
const actionFacts = {
  /** Grants permission to create a new organization centralization rule with the specified name for the organization. Access level: Write. Resources: organization-centralization-rule*. https://docs.aws.amazon.com/cloudwatch/latest/observabilityadmin/API_CreateCentralizationRuleForOrganization.html */
  CreateCentralizationRuleForOrganization: "W|||0;1;|0,2,3,4,5,6,7,8|1|;",
  /** Grants permission to create a new s3 table integration with the specified configuration. Access level: Write. Resources: s3tableintegration*. https://docs.aws.amazon.com/cloudwatch/latest/observabilityadmin/API_CreateS3TableIntegration.html */
  CreateS3TableIntegration: "W|||2;1;|0,2|0,1|;",
  /** Grants permission to create a new telemetry pipeline with the specified name and configuration. Access level: Write. Resources: telemetry-pipeline*. https://docs.aws.amazon.com/cloudwatch/latest/observabilityadmin/API_CreateTelemetryPipeline.html */
  CreateTelemetryPipeline: "W|||3;1;|0,2,9|0,1|;",
  /** Grants permission to create a new telemetry rule with the specified name for the account. Access level: Write. Resources: telemetry-rule*. https://docs.aws.amazon.com/cloudwatch/latest/observabilityadmin/API_CreateTelemetryRule.html */
  CreateTelemetryRule: "W|||4;1;|0,2,10|1|;",
  /** Grants permission to create a new organization telemetry rule with the specified name for the organization. Access level: Write. Resources: organization-telemetry-rule*. https://docs.aws.amazon.com/cloudwatch/latest/observabilityadmin/API_CreateTelemetryRuleForOrganization.html */
  CreateTelemetryRuleForOrganization: "W|||1;1;|0,2,10|1|;",
  /** Grants permission to delete an organization centralization rule with the specified name for the organization. Access level: Write. Resources: organization-centralization-rule*. https://docs.aws.amazon.com/cloudwatch/latest/observabilityadmin/API_DeleteCentralizationRuleForOrganization.html */
  DeleteCentralizationRuleForOrganization: "W|||0;1;|6||;",
  /** Grants permission to delete the s3 table integration with the specified arn. Access level: Write. Resources: s3tableintegration*. https://docs.aws.amazon.com/cloudwatch/latest/observabilityadmin/API_DeleteS3TableIntegration.html */
  DeleteS3TableIntegration: "W|||2;1;|||;",
  /** Grants permission to delete the telemetry pipeline with the specified arn. Access level: Write. Resources: telemetry-pipeline*. https://docs.aws.amazon.com/cloudwatch/latest/observabilityadmin/API_DeleteTelemetryPipeline.html */
  DeleteTelemetryPipeline: "W|||3;1;|||;",
  /** Grants permission to delete a telemetry rule with the specified name for the account. Access level: Write. Resources: telemetry-rule*. https://docs.aws.amazon.com/cloudwatch/latest/observabilityadmin/API_DeleteTelemetryRule.html */
  DeleteTelemetryRule: "W|||4;1;|||;",
  /** Grants permission to delete an organization telemetry rule with the specified name for the organization. Access level: Write. Resources: organization-telemetry-rule*. https://docs.aws.amazon.com/cloudwatch/latest/observabilityadmin/API_DeleteTelemetryRuleForOrganization.html */
  DeleteTelemetryRuleForOrganization: "W|||1;1;|||;",
  /** Grants permission to retrieve the specified organization centralization rule for the organization. Access level: Read. Resources: organization-centralization-rule*. https://docs.aws.amazon.com/cloudwatch/latest/observabilityadmin/API_GetCentralizationRuleForOrganization.html */
  GetCentralizationRuleForOrganization: "R|||0;1;|6||;",
  /** Grants permission to retrieve the specified s3 table integration for the account. Access level: Read. Resources: s3tableintegration*. https://docs.aws.amazon.com/cloudwatch/latest/observabilityadmin/API_GetS3TableIntegration.html */
  GetS3TableIntegration: "R|||2;1;|||;",
  /** Grants permission to retrieve the status of the Resource tags for telemetry feature for the account. Access level: Read. https://docs.aws.amazon.com/cloudwatch/latest/observabilityadmin/API_GetTelemetryEnrichmentStatus.html */
  GetTelemetryEnrichmentStatus: "R||||||;",
  /** Grants permission to retrieve the Telemetry Config feature status for the account. Access level: Read. https://docs.aws.amazon.com/cloudwatch/latest/observabilityadmin/API_GetTelemetryEvaluationStatus.html */
  GetTelemetryEvaluationStatus: "R||||||;",
  /** Grants permission to retrieve the Telemetry Config feature status for the organization. Access level: Read. https://docs.aws.amazon.com/cloudwatch/latest/observabilityadmin/API_GetTelemetryEvaluationStatusForOrganization.html */
  GetTelemetryEvaluationStatusForOrganization: "R||||||;",
  /** Grants permission to Get the telemetry pipeline with the specified name or arn. Access level: Read. Resources: telemetry-pipeline*. https://docs.aws.amazon.com/cloudwatch/latest/observabilityadmin/API_GetTelemetryPipeline.html */
  GetTelemetryPipeline: "R|||3;1;|||;",
  /** Grants permission to retrieve the specified telemetry rule for the account. Access level: Read. Resources: telemetry-rule*. https://docs.aws.amazon.com/cloudwatch/latest/observabilityadmin/API_GetTelemetryRule.html */
  GetTelemetryRule: "R|||4;1;|||;",
  /** Grants permission to retrieve the specified organization telemetry rule for the organization. Access level: Read. Resources: organization-telemetry-rule*. https://docs.aws.amazon.com/cloudwatch/latest/observabilityadmin/API_GetTelemetryRuleForOrganization.html */
  GetTelemetryRuleForOrganization: "R|||1;1;|||;",
  /** Grants permission to list the centralization rules for the organization. Access level: List. https://docs.aws.amazon.com/cloudwatch/latest/observabilityadmin/API_ListCentralizationRulesForOrganization.html */
  ListCentralizationRulesForOrganization: "L||||||;",
  /** Grants permission to retrieve telemetry configurations for resources associated with the account. Access level: Read. https://docs.aws.amazon.com/cloudwatch/latest/observabilityadmin/API_ListResourceTelemetry.html */
  ListResourceTelemetry: "R||||10||;",
  /** Grants permission to retrieve telemetry configurations for resources associated with accounts in the organization. Access level: Read. https://docs.aws.amazon.com/cloudwatch/latest/observabilityadmin/API_ListResourceTelemetryForOrganization.html */
  ListResourceTelemetryForOrganization: "R||||10||;",
  /** Grants permission to list s3 table integrations for the account. Access level: List. https://docs.aws.amazon.com/cloudwatch/latest/observabilityadmin/API_ListS3TableIntegrations.html */
  ListS3TableIntegrations: "L||||||;",
  /** Grants permission to list the tags for the specified resource. Access level: List. Resources: organization-centralization-rule, organization-telemetry-rule, s3tableintegration, telemetry-pipeline, telemetry-rule. https://docs.aws.amazon.com/cloudwatch/latest/observabilityadmin/API_ListTagsForResource.html */
  ListTagsForResource: "L|||0;0;,1;0;,2;0;,3;0;,4;0;|||;",
  /** Grants permission to List telemetry pipelines for the account. Access level: List. https://docs.aws.amazon.com/cloudwatch/latest/observabilityadmin/API_ListTelemetryPipelines.html */
  ListTelemetryPipelines: "L||||||;",
  /** Grants permission to list the telemetry rules for the account. Access level: List. https://docs.aws.amazon.com/cloudwatch/latest/observabilityadmin/API_ListTelemetryRules.html */
  ListTelemetryRules: "L||||||;",
  /** Grants permission to list the telemetry rules for the organization. Access level: List. https://docs.aws.amazon.com/cloudwatch/latest/observabilityadmin/API_ListTelemetryRulesForOrganization.html */
  ListTelemetryRulesForOrganization: "L||||||;",
  /** Grants permission to enable the Resource tags for telemetry feature for the account. Access level: Write. https://docs.aws.amazon.com/cloudwatch/latest/observabilityadmin/API_StartTelemetryEnrichment.html */
  StartTelemetryEnrichment: "W||||||;",
  /** Grants permission to start the Telemetry Config feature for the account. Access level: Write. https://docs.aws.amazon.com/cloudwatch/latest/observabilityadmin/API_StartTelemetryEvaluation.html */
  StartTelemetryEvaluation: "W||||10||;",
  /** Grants permission to start the Telemetry Config feature for the organization. Access level: Write. https://docs.aws.amazon.com/cloudwatch/latest/observabilityadmin/API_StartTelemetryEvaluationForOrganization.html */
  StartTelemetryEvaluationForOrganization: "W||||10||;",
  /** Grants permission to disable the Resource tags for telemetry feature for the account. Access level: Write. https://docs.aws.amazon.com/cloudwatch/latest/observabilityadmin/API_StopTelemetryEnrichment.html */
  StopTelemetryEnrichment: "W||||||;",
  /** Grants permission to stop the Telemetry Config feature for the account. Access level: Write. https://docs.aws.amazon.com/cloudwatch/latest/observabilityadmin/API_StopTelemetryEvaluation.html */
  StopTelemetryEvaluation: "W||||||;",
  /** Grants permission to stop the Telemetry Config feature for the organization. Access level: Write. https://docs.aws.amazon.com/cloudwatch/latest/observabilityadmin/API_StopTelemetryEvaluationForOrganization.html */
  StopTelemetryEvaluationForOrganization: "W||||||;",
  /** Grants permission to add or update the specified tags for the specified resource. Access level: Tagging. Resources: organization-centralization-rule, organization-telemetry-rule, s3tableintegration, telemetry-pipeline, telemetry-rule. https://docs.aws.amazon.com/cloudwatch/latest/observabilityadmin/API_TagResource.html */
  TagResource:
    "T|||0;0;,1;0;,2;0;,3;0;,4;0;|0,2||CreateCentralizationRuleForOrganization,CreateS3TableIntegration,CreateTelemetryPipeline,CreateTelemetryRule,CreateTelemetryRuleForOrganization,;",
  /** Grants permission to Test a telemetry pipeline configuration with sample data. Access level: Read. https://docs.aws.amazon.com/cloudwatch/latest/observabilityadmin/API_TestTelemetryPipeline.html */
  TestTelemetryPipeline: "R||||||;",
  /** Grants permission to remove the specified tags from the specified resource. Access level: Tagging. Resources: organization-centralization-rule, organization-telemetry-rule, s3tableintegration, telemetry-pipeline, telemetry-rule. https://docs.aws.amazon.com/cloudwatch/latest/observabilityadmin/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,3;0;,4;0;|2||;",
  /** Grants permission to update the specified centralization rule for the organization. Access level: Write. Resources: organization-centralization-rule*. https://docs.aws.amazon.com/cloudwatch/latest/observabilityadmin/API_UpdateCentralizationRuleForOrganization.html */
  UpdateCentralizationRuleForOrganization: "W|||0;1;|3,4,5,6,7,8||;",
  /** Grants permission to Update the telemetry pipeline with the specified arn. Access level: Write. Resources: telemetry-pipeline*. https://docs.aws.amazon.com/cloudwatch/latest/observabilityadmin/API_UpdateTelemetryPipeline.html */
  UpdateTelemetryPipeline: "W|||3;1;||0|;",
  /** Grants permission to update the specified telemetry rule for the account. Access level: Write. Resources: telemetry-rule*. https://docs.aws.amazon.com/cloudwatch/latest/observabilityadmin/API_UpdateTelemetryRule.html */
  UpdateTelemetryRule: "W|||4;1;|10||;",
  /** Grants permission to update the specified telemetry rule for the organization. Access level: Write. Resources: organization-telemetry-rule*. https://docs.aws.amazon.com/cloudwatch/latest/observabilityadmin/API_UpdateTelemetryRuleForOrganization.html */
  UpdateTelemetryRuleForOrganization: "W|||1;1;|10||;",
  /** Grants permission to Validate a telemetry pipeline configuration. Access level: Read. https://docs.aws.amazon.com/cloudwatch/latest/observabilityadmin/API_ValidateTelemetryPipelineConfiguration.html */
  ValidateTelemetryPipelineConfiguration: "R||||||;",
} as const;
const actionDetails = {
  CreateCentralizationRuleForOrganization:
    "|,;~~~|Grants permission to create a new organization centralization rule with the specified name for the organization",
  CreateS3TableIntegration:
    "|,;~~~|Grants permission to create a new s3 table integration with the specified configuration",
  CreateTelemetryPipeline:
    "|,;~~~|Grants permission to create a new telemetry pipeline with the specified name and configuration",
  CreateTelemetryRule:
    "|,;~~~|Grants permission to create a new telemetry rule with the specified name for the account",
  CreateTelemetryRuleForOrganization:
    "|,;~~~|Grants permission to create a new organization telemetry rule with the specified name for the organization",
  DeleteCentralizationRuleForOrganization:
    "|,;~~~|Grants permission to delete an organization centralization rule with the specified name for the organization",
  DeleteS3TableIntegration: "|,;~~~|Grants permission to delete the s3 table integration with the specified arn",
  DeleteTelemetryPipeline: "|,;~~~|Grants permission to delete the telemetry pipeline with the specified arn",
  DeleteTelemetryRule: "|,;~~~|Grants permission to delete a telemetry rule with the specified name for the account",
  DeleteTelemetryRuleForOrganization:
    "|,;~~~|Grants permission to delete an organization telemetry rule with the specified name for the organization",
  GetCentralizationRuleForOrganization:
    "|,;~~~|Grants permission to retrieve the specified organization centralization rule for the organization",
  GetS3TableIntegration: "|,;~~~|Grants permission to retrieve the specified s3 table integration for the account",
  GetTelemetryEnrichmentStatus:
    "|,;~~~|Grants permission to retrieve the status of the Resource tags for telemetry feature for the account",
  GetTelemetryEvaluationStatus:
    "|,;~~~|Grants permission to retrieve the Telemetry Config feature status for the account",
  GetTelemetryEvaluationStatusForOrganization:
    "|,;~~~|Grants permission to retrieve the Telemetry Config feature status for the organization",
  GetTelemetryPipeline: "|,;~~~|Grants permission to Get the telemetry pipeline with the specified name or arn",
  GetTelemetryRule: "|,;~~~|Grants permission to retrieve the specified telemetry rule for the account",
  GetTelemetryRuleForOrganization:
    "|,;~~~|Grants permission to retrieve the specified organization telemetry rule for the organization",
  ListCentralizationRulesForOrganization:
    "|,;~~~|Grants permission to list the centralization rules for the organization",
  ListResourceTelemetry:
    "|,;~~~|Grants permission to retrieve telemetry configurations for resources associated with the account",
  ListResourceTelemetryForOrganization:
    "|,;~~~|Grants permission to retrieve telemetry configurations for resources associated with accounts in the organization",
  ListS3TableIntegrations: "|,;~~~|Grants permission to list s3 table integrations for the account",
  ListTagsForResource: "|,;~~~|Grants permission to list the tags for the specified resource",
  ListTelemetryPipelines: "|,;~~~|Grants permission to List telemetry pipelines for the account",
  ListTelemetryRules: "|,;~~~|Grants permission to list the telemetry rules for the account",
  ListTelemetryRulesForOrganization: "|,;~~~|Grants permission to list the telemetry rules for the organization",
  StartTelemetryEnrichment:
    "|,;~~~|Grants permission to enable the Resource tags for telemetry feature for the account",
  StartTelemetryEvaluation: "|,;~~~|Grants permission to start the Telemetry Config feature for the account",
  StartTelemetryEvaluationForOrganization:
    "|,;~~~|Grants permission to start the Telemetry Config feature for the organization",
  StopTelemetryEnrichment:
    "|,;~~~|Grants permission to disable the Resource tags for telemetry feature for the account",
  StopTelemetryEvaluation: "|,;~~~|Grants permission to stop the Telemetry Config feature for the account",
  StopTelemetryEvaluationForOrganization:
    "|,;~~~|Grants permission to stop the Telemetry Config feature for the organization",
  TagResource: "|,;~~~,~~,~~,~~,~~,~~|Grants permission to add or update the specified tags for the specified resource",
  TestTelemetryPipeline: "|,;~~~|Grants permission to Test a telemetry pipeline configuration with sample data",
  UntagResource: "|,;~~~|Grants permission to remove the specified tags from the specified resource",
  UpdateCentralizationRuleForOrganization:
    "|,;~~~|Grants permission to update the specified centralization rule for the organization",
  UpdateTelemetryPipeline: "|,;~~~|Grants permission to Update the telemetry pipeline with the specified arn",
  UpdateTelemetryRule: "|,;~~~|Grants permission to update the specified telemetry rule for the account",
  UpdateTelemetryRuleForOrganization:
    "|,;~~~|Grants permission to update the specified telemetry rule for the organization",
  ValidateTelemetryPipelineConfiguration: "|,;~~~|Grants permission to Validate a telemetry pipeline configuration",
};
const resourceTypeFacts = {
  /** The organization-centralization-rule resource type: arn:${Partition}:observabilityadmin:${Region}:${Account}:organization-centralization-rule/${CentralizationRuleName} */
  "organization-centralization-rule": "|,organizationCentralizationRule|1",
  /** The organization-telemetry-rule resource type: arn:${Partition}:observabilityadmin:${Region}:${Account}:organization-telemetry-rule/${TelemetryRuleName} */
  "organization-telemetry-rule": "|,organizationTelemetryRule|1",
  /** The s3tableintegration resource type: arn:${Partition}:observabilityadmin:${Region}:${Account}:s3tableintegration/${S3TableIntegrationIdentifier} */
  s3tableintegration: "|,|1",
  /** The telemetry-pipeline resource type: arn:${Partition}:observabilityadmin:${Region}:${Account}:telemetry-pipeline/${TelemetryPipelineIdentifier} */
  "telemetry-pipeline": "|,telemetryPipeline|1",
  /** The telemetry-rule resource type: arn:${Partition}:observabilityadmin:${Region}:${Account}:telemetry-rule/${TelemetryRuleName} */
  "telemetry-rule": "|,telemetryRule|1",
} as const;
const arnFormats = {
  /** ARN of a organization-centralization-rule resource: arn:${Partition}:observabilityadmin:${Region}:${Account}:organization-centralization-rule/${CentralizationRuleName}. */
  organizationCentralizationRule:
    "|,organization-centralization-rule|arn:|Partition|:observabilityadmin:|Region|:|Account|:organization-centralization-rule/|CentralizationRuleName|",
  /** ARN of a organization-telemetry-rule resource: arn:${Partition}:observabilityadmin:${Region}:${Account}:organization-telemetry-rule/${TelemetryRuleName}. */
  organizationTelemetryRule:
    "|,organization-telemetry-rule|arn:|Partition|:observabilityadmin:|Region|:|Account|:organization-telemetry-rule/|TelemetryRuleName|",
  /** ARN of a s3tableintegration resource: arn:${Partition}:observabilityadmin:${Region}:${Account}:s3tableintegration/${S3TableIntegrationIdentifier}. */
  s3tableintegration:
    "|,s3tableintegration|arn:|Partition|:observabilityadmin:|Region|:|Account|:s3tableintegration/|S3TableIntegrationIdentifier|",
  /** ARN of a telemetry-pipeline resource: arn:${Partition}:observabilityadmin:${Region}:${Account}:telemetry-pipeline/${TelemetryPipelineIdentifier}. */
  telemetryPipeline:
    "|,telemetry-pipeline|arn:|Partition|:observabilityadmin:|Region|:|Account|:telemetry-pipeline/|TelemetryPipelineIdentifier|",
  /** ARN of a telemetry-rule resource: arn:${Partition}:observabilityadmin:${Region}:${Account}:telemetry-rule/${TelemetryRuleName}. */
  telemetryRule:
    "|,telemetry-rule|arn:|Partition|:observabilityadmin:|Region|:|Account|:telemetry-rule/|TelemetryRuleName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "organization-centralization-rule",
  "organization-telemetry-rule",
  "s3tableintegration",
  "telemetry-pipeline",
  "telemetry-rule",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "observabilityadmin">;
/** Any observabilityadmin action. */
export type Action = ActionOf<typeof actionFacts, "observabilityadmin">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "observabilityadmin">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "observabilityadmin" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every observabilityadmin action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the backup region that is passed in the request. */
  "observabilityadmin:CentralizationBackupRegion": "String";
  /** Filters access by the destination account that is passed in the request. */
  "observabilityadmin:CentralizationDestinationAccount": "String";
  /** Filters access by the destination region that is passed in the request. */
  "observabilityadmin:CentralizationDestinationRegion": "String";
  /** Filters access by the name of the centralization rule that is passed in the request. */
  "observabilityadmin:CentralizationRuleName": "String";
  /** Filters access by the source account, organizational unit, or organization IDs that is passed in the request. */
  "observabilityadmin:CentralizationSourceId": "ArrayOfString";
  /** Filters access by the source regions that are passed in the request. */
  "observabilityadmin:CentralizationSourceRegions": "ArrayOfString";
  /** Filters access by the source type that is passed in the request. */
  "observabilityadmin:SourceType": "String";
  /** Filters access by the regions that are targetted by the request. */
  "observabilityadmin:TargetRegions": "String";
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
  "observabilityadmin:CentralizationBackupRegion":
    "|,String|0||Filters access by the backup region that is passed in the request",
  "observabilityadmin:CentralizationDestinationAccount":
    "|,String|0||Filters access by the destination account that is passed in the request",
  "observabilityadmin:CentralizationDestinationRegion":
    "|,String|0||Filters access by the destination region that is passed in the request",
  "observabilityadmin:CentralizationRuleName":
    "|,String|0||Filters access by the name of the centralization rule that is passed in the request",
  "observabilityadmin:CentralizationSourceId":
    "|,ArrayOfString|0||Filters access by the source account, organizational unit, or organization IDs that is passed in the request",
  "observabilityadmin:CentralizationSourceRegions":
    "|,ArrayOfString|0||Filters access by the source regions that are passed in the request",
  "observabilityadmin:SourceType": "|,String|0||Filters access by the source type that is passed in the request",
  "observabilityadmin:TargetRegions": "|,String|0||Filters access by the regions that are targetted by the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "observabilityadmin",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
