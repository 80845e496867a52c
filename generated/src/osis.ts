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
export const prefix: "osis" = "osis";
/** The service's name in the reference. */
export const serviceName: "Amazon OpenSearch Ingestion" = "Amazon OpenSearch Ingestion";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon OpenSearch Ingestion",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonopensearchingestion.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [
  "iam:CreateServiceLinkedRole",
  "iam:PassRole",
  "kms:DescribeKey",
  "kms:GenerateDataKeyWithoutPlaintext",
  "logs:GetLogDelivery",
  "logs:ListLogDeliveries",
] as const;
const actionFacts = {
  /** Grants permission to create an OpenSearch Ingestion pipeline. Access level: Write. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_osis_CreatePipeline.html */
  CreatePipeline: "W||||0,2|0,1,2,3,logs:CreateLogDelivery,osis:TagResource|;",
  /** Grants permission to create an OpenSearch Ingestion pipeline endpoint. Access level: Write. Resources: pipeline*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_osis_CreatePipelineEndpoint.html */
  CreatePipelineEndpoint: "W|||0;1;|0,2|0|;",
  /** Grants permission to delete an OpenSearch Ingestion pipeline. Access level: Write. Resources: pipeline*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_osis_DeletePipeline.html */
  DeletePipeline: "W|||0;1;||logs:DeleteLogDelivery,4,5|;",
  /** Grants permission to delete an OpenSearch Ingestion pipeline endpoint in the current account. Access level: Write. Resources: pipeline-endpoint*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_osis_DeletePipelineEndpoint.html */
  DeletePipelineEndpoint: "W|||2;1;|||;",
  /** Grants permission to delete a resource policy for an OpenSearch Ingestion resource. Access level: Write. Resources: pipeline*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_osis_DeleteResourcePolicy.html */
  DeleteResourcePolicy: "W|||0;1;|||;",
  /** Grants permission to retrieve configuration information for an OpenSearch Ingestion pipeline. Access level: Read. Resources: pipeline*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_osis_GetPipeline.html */
  GetPipeline: "R|||0;1;|||;",
  /** Grants permission to get the contents of an OpenSearch Ingestion pipeline blueprint. Access level: Read. Resources: pipeline-blueprint*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_osis_GetPipelineBlueprint.html */
  GetPipelineBlueprint: "R|||1;1;|||;",
  /** Grants permission to get granular information about the status of an OpenSearch Ingestion pipeline. Access level: Read. Resources: pipeline*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_osis_GetPipelineChangeProgress.html */
  GetPipelineChangeProgress: "R|||0;1;|||;",
  /** Grants permission to get a resource policy for an OpenSearch Ingestion resource. Access level: Read. Resources: pipeline*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_osis_GetResourcePolicy.html */
  GetResourcePolicy: "R|||0;1;|||;",
  /** Grants permission to ingest data through an OpenSearch Ingestion pipeline. Access level: Write. Resources: pipeline*. https://docs.aws.amazon.com/opensearch-service/latest/developerguide/configure-client.html */
  Ingest: "W|||0;1;|||",
  /** Grants permission to list the names of available blueprints for an OpenSearch Ingestion pipeline configuration. Access level: List. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_osis_ListPipelineBlueprints.html */
  ListPipelineBlueprints: "L||||||;",
  /** Grants permission to list OpenSearch Ingestion pipeline endpoint connections to pipelines in the current account. Access level: List. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_osis_ListPipelineEndpointConnections.html */
  ListPipelineEndpointConnections: "L||||||;",
  /** Grants permission to list OpenSearch Ingestion pipeline endpoints in the current account. Access level: List. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_osis_ListPipelineEndpoints.html */
  ListPipelineEndpoints: "L||||||;",
  /** Grants permission to list basic configuration for each OpenSearch Ingestion pipeline in the current account and Region. Access level: List. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_osis_ListPipelines.html */
  ListPipelines: "L||||||;",
  /** Grants permission to list all resource tags associated with an OpenSearch Ingestion pipeline. Access level: Read. Resources: pipeline*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_osis_ListTagsForResource.html */
  ListTagsForResource: "R|||0;1;|||;",
  /** Grants permission to put a resource policy for an OpenSearch Ingestion resource. Access level: Write. Resources: pipeline*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_osis_PutResourcePolicy.html */
  PutResourcePolicy: "W|||0;1;|||;",
  /** Grants permission to revoke an OpenSearch Ingestion pipeline endpoint connection from a pipeline in the current account. Access level: Write. Resources: pipeline*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_osis_RevokePipelineEndpointConnections.html */
  RevokePipelineEndpointConnections: "W|||0;1;|||",
  /** Grants permission to start an OpenSearch Ingestion pipeline. Access level: Write. Resources: pipeline*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_osis_StartPipeline.html */
  StartPipeline: "W|||0;1;|||;",
  /** Grants permission to stop an OpenSearch Ingestion pipeline. Access level: Write. Resources: pipeline*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_osis_StopPipeline.html */
  StopPipeline: "W|||0;1;|||;",
  /** Grants permission to attach resource tags to an OpenSearch Ingestion pipeline. Access level: Tagging. Resources: pipeline*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_osis_TagResource.html */
  TagResource: "T|||0;1;|0,2||CreatePipeline,;",
  /** Grants permission to remove resource tags from an OpenSearch Ingestion Service pipeline. Access level: Tagging. Resources: pipeline*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_osis_UntagResource.html */
  UntagResource: "T|||0;1;|2||;",
  /** Grants permission to modify the configuration of an OpenSearch Ingestion pipeline. Access level: Write. Resources: pipeline*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_osis_UpdatePipeline.html */
  UpdatePipeline: "W|||0;1;||1,2,3,4,5,logs:UpdateLogDelivery|;",
  /** Grants permission to validate the configuration of an OpenSearch Ingestion pipeline. Access level: Read. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_osis_ValidatePipeline.html */
  ValidatePipeline: "R|||||1|;",
} as const;
const actionDetails = {
  CreatePipeline: "|,;~~~|Grants permission to create an OpenSearch Ingestion pipeline",
  CreatePipelineEndpoint: "|,;~~~|Grants permission to create an OpenSearch Ingestion pipeline endpoint",
  DeletePipeline: "|,;~~~|Grants permission to delete an OpenSearch Ingestion pipeline",
  DeletePipelineEndpoint:
    "|,;~~~|Grants permission to delete an OpenSearch Ingestion pipeline endpoint in the current account",
  DeleteResourcePolicy: "|,;~~~|Grants permission to delete a resource policy for an OpenSearch Ingestion resource",
  GetPipeline: "|,;~~~|Grants permission to retrieve configuration information for an OpenSearch Ingestion pipeline",
  GetPipelineBlueprint: "|,;~~~|Grants permission to get the contents of an OpenSearch Ingestion pipeline blueprint",
  GetPipelineChangeProgress:
    "|,;~~~|Grants permission to get granular information about the status of an OpenSearch Ingestion pipeline",
  GetResourcePolicy: "|,;~~~|Grants permission to get a resource policy for an OpenSearch Ingestion resource",
  Ingest: "|,;~|Grants permission to ingest data through an OpenSearch Ingestion pipeline",
  ListPipelineBlueprints:
    "|,;~~~|Grants permission to list the names of available blueprints for an OpenSearch Ingestion pipeline configuration",
  ListPipelineEndpointConnections:
    "|,;~~~|Grants permission to list OpenSearch Ingestion pipeline endpoint connections to pipelines in the current account",
  ListPipelineEndpoints:
    "|,;~~~|Grants permission to list OpenSearch Ingestion pipeline endpoints in the current account",
  ListPipelines:
    "|,;~~~|Grants permission to list basic configuration for each OpenSearch Ingestion pipeline in the current account and Region",
  ListTagsForResource:
    "|,;~~~|Grants permission to list all resource tags associated with an OpenSearch Ingestion pipeline",
  PutResourcePolicy: "|,;~~~|Grants permission to put a resource policy for an OpenSearch Ingestion resource",
  RevokePipelineEndpointConnections:
    "|,;~|Grants permission to revoke an OpenSearch Ingestion pipeline endpoint connection from a pipeline in the current account",
  StartPipeline: "|,;~~~|Grants permission to start an OpenSearch Ingestion pipeline",
  StopPipeline: "|,;~~~|Grants permission to stop an OpenSearch Ingestion pipeline",
  TagResource: "|,;~~~,~~|Grants permission to attach resource tags to an OpenSearch Ingestion pipeline",
  UntagResource: "|,;~~~|Grants permission to remove resource tags from an OpenSearch Ingestion Service pipeline",
  UpdatePipeline: "|,;~~~|Grants permission to modify the configuration of an OpenSearch Ingestion pipeline",
  ValidatePipeline: "|,;~~~|Grants permission to validate the configuration of an OpenSearch Ingestion pipeline",
};
const resourceTypeFacts = {
  /** The pipeline resource type: arn:${Partition}:osis:${Region}:${Account}:pipeline/${PipelineName} */
  pipeline: "|,|1",
  /** The pipeline-blueprint resource type: arn:${Partition}:osis:${Region}:${Account}:blueprint/${BlueprintName} */
  "pipeline-blueprint": "|,pipelineBlueprint|",
  /** The pipeline-endpoint resource type: arn:${Partition}:osis:${Region}:${Account}:endpoint/${EndpointId} */
  "pipeline-endpoint": "|,pipelineEndpoint|1",
} as const;
const arnFormats = {
  /** ARN of a pipeline resource: arn:${Partition}:osis:${Region}:${Account}:pipeline/${PipelineName}. */
  pipeline: "|,pipeline|arn:|Partition|:osis:|Region|:|Account|:pipeline/|PipelineName|",
  /** ARN of a pipeline-blueprint resource: arn:${Partition}:osis:${Region}:${Account}:blueprint/${BlueprintName}. */
  pipelineBlueprint: "|,pipeline-blueprint|arn:|Partition|:osis:|Region|:|Account|:blueprint/|BlueprintName|",
  /** ARN of a pipeline-endpoint resource: arn:${Partition}:osis:${Region}:${Account}:endpoint/${EndpointId}. */
  pipelineEndpoint: "|,pipeline-endpoint|arn:|Partition|:osis:|Region|:|Account|:endpoint/|EndpointId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["pipeline", "pipeline-blueprint", "pipeline-endpoint"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "osis">;
/** Any osis action. */
export type Action = ActionOf<typeof actionFacts, "osis">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "osis">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "osis" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every osis action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "osis",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
