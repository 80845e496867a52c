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
export const prefix: "entityresolution" = "entityresolution";
/** The service's name in the reference. */
export const serviceName: "AWS Entity Resolution" = "AWS Entity Resolution";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Entity Resolution",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsentityresolution.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["entityresolution:TagResource", "iam:PassRole"] as const;
const actionFacts = {
  /** Grants permission to give an AWS service or another account permission to use an AWS Entity Resolution resources. Access level: Permissions management. https://docs.aws.amazon.com/entityresolution/latest/apireference/API_AddPolicyStatement.html */
  AddPolicyStatement: "P||||||;",
  /** Grants permission to batch delete unique Id. Access level: Write. Resources: MatchingWorkflow*. https://docs.aws.amazon.com/entityresolution/latest/apireference/API_BatchDeleteUniqueId.html */
  BatchDeleteUniqueId: "W|||2;1;|||;",
  /** Grants permission to create a idmapping workflow. Access level: Write. https://docs.aws.amazon.com/entityresolution/latest/apireference/API_CreateIdMappingWorkflow.html */
  CreateIdMappingWorkflow: "W||||0,2|0,1|;",
  /** Grants permission to create a IdNamespace. Access level: Write. https://docs.aws.amazon.com/entityresolution/latest/apireference/API_CreateIdNamespace.html */
  CreateIdNamespace: "W||||0,2|0,1|;",
  /** Grants permission to create a matching workflow. Access level: Write. https://docs.aws.amazon.com/entityresolution/latest/apireference/API_CreateMatchingWorkflow.html */
  CreateMatchingWorkflow: "W||||0,2|0,1|;",
  /** Grants permission to create a schema mapping. Access level: Write. https://docs.aws.amazon.com/entityresolution/latest/apireference/API_CreateSchemaMapping.html */
  CreateSchemaMapping: "W||||0,2|0|;",
  /** Grants permission to delete a idmapping workflow. Access level: Write. Resources: IdMappingWorkflow*. https://docs.aws.amazon.com/entityresolution/latest/apireference/API_DeleteIdMappingWorkflow.html */
  DeleteIdMappingWorkflow: "W|||0;1;|||;",
  /** Grants permission to delete a IdNamespace. Access level: Write. Resources: IdNamespace*. https://docs.aws.amazon.com/entityresolution/latest/apireference/API_DeleteIdNamespace.html */
  DeleteIdNamespace: "W|||1;1;|||;",
  /** Grants permission to delete a matching workflow. Access level: Write. Resources: MatchingWorkflow*. https://docs.aws.amazon.com/entityresolution/latest/apireference/API_DeleteMatchingWorkflow.html */
  DeleteMatchingWorkflow: "W|||2;1;|||;",
  /** Grants permission to delete permission given to an AWS service or another account permission to use an AWS Entity Resolution resources. Access level: Permissions management. https://docs.aws.amazon.com/entityresolution/latest/apireference/API_DeletePolicyStatement.html */
  DeletePolicyStatement: "P||||||;",
  /** Grants permission to delete a schema mapping. Access level: Write. Resources: SchemaMapping*. https://docs.aws.amazon.com/entityresolution/latest/apireference/API_DeleteSchemaMapping.html */
  DeleteSchemaMapping: "W|||4;1;|||;",
  /** Grants permission to generate match Id. Access level: Write. Resources: MatchingWorkflow*. https://docs.aws.amazon.com/entityresolution/latest/apireference/API_GenerateMatchId.html */
  GenerateMatchId: "W|||2;1;|||;",
  /** Grants permission to get a idmapping job. Access level: Read. Resources: IdMappingWorkflow*. https://docs.aws.amazon.com/entityresolution/latest/apireference/API_GetIdMappingJob.html */
  GetIdMappingJob: "R|||0;1;|||;",
  /** Grants permission to get a idmapping workflow. Access level: Read. Resources: IdMappingWorkflow*. https://docs.aws.amazon.com/entityresolution/latest/apireference/API_GetIdMappingWorkflow.html */
  GetIdMappingWorkflow: "R|||0;1;|||;",
  /** Grants permission to get a IdNamespace. Access level: Read. Resources: IdNamespace*. https://docs.aws.amazon.com/entityresolution/latest/apireference/API_GetIdNamespace.html */
  GetIdNamespace: "R|||1;1;|||;",
  /** Grants permission to get match Id. Access level: Read. Resources: MatchingWorkflow*. https://docs.aws.amazon.com/entityresolution/latest/apireference/API_GetMatchId.html */
  GetMatchId: "R|||2;1;|||;",
  /** Grants permission to get a matching job. Access level: Read. Resources: MatchingWorkflow*. https://docs.aws.amazon.com/entityresolution/latest/apireference/API_GetMatchingJob.html */
  GetMatchingJob: "R|||2;1;|||;",
  /** Grants permission to get a matching workflow. Access level: Read. Resources: MatchingWorkflow*. https://docs.aws.amazon.com/entityresolution/latest/apireference/API_GetMatchingWorkflow.html */
  GetMatchingWorkflow: "R|||2;1;|||;",
  /** Grants permission to get a resource policy for an AWS Entity Resolution resources. Access level: Read. https://docs.aws.amazon.com/entityresolution/latest/apireference/API_GetPolicy.html */
  GetPolicy: "R||||||;",
  /** Grants permission to get provider service. Access level: Read. Resources: ProviderService*. https://docs.aws.amazon.com/entityresolution/latest/apireference/API_GetProviderService.html */
  GetProviderService: "R|||3;1;|||;",
  /** Grants permission to get a schema mapping. Access level: Read. Resources: SchemaMapping*. https://docs.aws.amazon.com/entityresolution/latest/apireference/API_GetSchemaMapping.html */
  GetSchemaMapping: "R|||4;1;|||;",
  /** Grants permission to list idmapping jobs. Access level: List. Resources: IdMappingWorkflow*. https://docs.aws.amazon.com/entityresolution/latest/apireference/API_ListIdMappingJobs.html */
  ListIdMappingJobs: "L|||0;1;|||;",
  /** Grants permission to list idmapping workflows. Access level: List. https://docs.aws.amazon.com/entityresolution/latest/apireference/API_ListIdMappingWorkflows.html */
  ListIdMappingWorkflows: "L||||||;",
  /** Grants permission to list IdNamespaces. Access level: List. https://docs.aws.amazon.com/entityresolution/latest/apireference/API_ListIdNamespaces.html */
  ListIdNamespaces: "L||||||;",
  /** Grants permission to list matching jobs. Access level: List. Resources: MatchingWorkflow*. https://docs.aws.amazon.com/entityresolution/latest/apireference/API_ListMatchingJobs.html */
  ListMatchingJobs: "L|||2;1;|||;",
  /** Grants permission to list matching workflows. Access level: List. https://docs.aws.amazon.com/entityresolution/latest/apireference/API_ListMatchingWorkflows.html */
  ListMatchingWorkflows: "L||||||;",
  /** Grants permission to list provider service. Access level: List. https://docs.aws.amazon.com/entityresolution/latest/apireference/API_ListProviderServices.html */
  ListProviderServices: "L||||||;",
  /** Grants permission to list schema mappings. Access level: List. https://docs.aws.amazon.com/entityresolution/latest/apireference/API_ListSchemaMappings.html */
  ListSchemaMappings: "L||||||;",
  /** Grants permission to List tags for a resource. Access level: Read. https://docs.aws.amazon.com/entityresolution/latest/apireference/API_ListTagsForResource.html */
  ListTagsForResource: "R||||||;",
  /** Grants permission to put a resource policy for an AWS Entity Resolution resources. Access level: Permissions management. https://docs.aws.amazon.com/entityresolution/latest/apireference/API_PutPolicy.html */
  PutPolicy: "P||||||;",
  /** Grants permission to start a idmapping job. Access level: Write. Resources: IdMappingWorkflow*. https://docs.aws.amazon.com/entityresolution/latest/apireference/API_StartIdMappingJob.html */
  StartIdMappingJob: "W|||0;1;||entityresolution:UseIdNamespace,1|;",
  /** Grants permission to start a matching job. Access level: Write. Resources: MatchingWorkflow*. https://docs.aws.amazon.com/entityresolution/latest/apireference/API_StartMatchingJob.html */
  StartMatchingJob: "W|||2;1;|||;",
  /** Grants permission to adds tags to a resource. Access level: Tagging. Resources: IdMappingWorkflow, IdNamespace, MatchingWorkflow, ProviderService, SchemaMapping. https://docs.aws.amazon.com/entityresolution/latest/apireference/API_TagResource.html */
  TagResource:
    "T|||0;0;,1;0;,2;0;,3;0;,4;0;|0,2||CreateIdMappingWorkflow,CreateIdNamespace,CreateMatchingWorkflow,CreateSchemaMapping,;",
  /** Grants permission to untag a resource. Access level: Tagging. Resources: IdMappingWorkflow, IdNamespace, MatchingWorkflow, ProviderService, SchemaMapping. https://docs.aws.amazon.com/entityresolution/latest/apireference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,3;0;,4;0;|2||;",
  /** Grants permission to update a idmapping workflow. Access level: Write. Resources: IdMappingWorkflow*. https://docs.aws.amazon.com/entityresolution/latest/apireference/API_UpdateIdMappingWorkflow.html */
  UpdateIdMappingWorkflow: "W|||0;1;||1|;",
  /** Grants permission to update a IdNamespace. Access level: Write. Resources: IdNamespace*. https://docs.aws.amazon.com/entityresolution/latest/apireference/API_UpdateIdNamespace.html */
  UpdateIdNamespace: "W|||1;1;||1|;",
  /** Grants permission to update a matching workflow. Access level: Write. Resources: MatchingWorkflow*. https://docs.aws.amazon.com/entityresolution/latest/apireference/API_UpdateMatchingWorkflow.html */
  UpdateMatchingWorkflow: "W|||2;1;||1|;",
  /** Grants permission to update a schema mapping. Access level: Write. Resources: SchemaMapping*. https://docs.aws.amazon.com/entityresolution/latest/apireference/API_UpdateSchemaMapping.html */
  UpdateSchemaMapping: "W|||4;1;|||;",
  /** Grants permission to give an AWS service or another account permission to use IdNamespace within a workflow. Access level: Permissions management. https://docs.aws.amazon.com/entityresolution/latest/apireference/API_UseIdNamespace.html */
  UseIdNamespace: "P||||||StartIdMappingJob",
  /** Grants permission to give an AWS service or another account permission to use workflow within a IdNamespace. Access level: Permissions management. https://docs.aws.amazon.com/entityresolution/latest/apireference/API_UseWorkflow.html */
  UseWorkflow: "P||||||",
} as const;
const actionDetails = {
  AddPolicyStatement:
    "|,;~~~|Grants permission to give an AWS service or another account permission to use an AWS Entity Resolution resources",
  BatchDeleteUniqueId: "|,;~~~|Grants permission to batch delete unique Id",
  CreateIdMappingWorkflow: "|,;~~~|Grants permission to create a idmapping workflow",
  CreateIdNamespace: "|,;~~~|Grants permission to create a IdNamespace",
  CreateMatchingWorkflow: "|,;~~~|Grants permission to create a matching workflow",
  CreateSchemaMapping: "|,;~~~|Grants permission to create a schema mapping",
  DeleteIdMappingWorkflow: "|,;~~~|Grants permission to delete a idmapping workflow",
  DeleteIdNamespace: "|,;~~~|Grants permission to delete a IdNamespace",
  DeleteMatchingWorkflow: "|,;~~~|Grants permission to delete a matching workflow",
  DeletePolicyStatement:
    "|,;~~~|Grants permission to delete permission given to an AWS service or another account permission to use an AWS Entity Resolution resources",
  DeleteSchemaMapping: "|,;~~~|Grants permission to delete a schema mapping",
  GenerateMatchId: "|,;~~~|Grants permission to generate match Id",
  GetIdMappingJob: "|,;~~~|Grants permission to get a idmapping job",
  GetIdMappingWorkflow: "|,;~~~|Grants permission to get a idmapping workflow",
  GetIdNamespace: "|,;~~~|Grants permission to get a IdNamespace",
  GetMatchId: "|,;~~~|Grants permission to get match Id",
  GetMatchingJob: "|,;~~~|Grants permission to get a matching job",
  GetMatchingWorkflow: "|,;~~~|Grants permission to get a matching workflow",
  GetPolicy: "|,;~~~|Grants permission to get a resource policy for an AWS Entity Resolution resources",
  GetProviderService: "|,;~~~|Grants permission to get provider service",
  GetSchemaMapping: "|,;~~~|Grants permission to get a schema mapping",
  ListIdMappingJobs: "|,;~~~|Grants permission to list idmapping jobs",
  ListIdMappingWorkflows: "|,;~~~|Grants permission to list idmapping workflows",
  ListIdNamespaces: "|,;~~~|Grants permission to list IdNamespaces",
  ListMatchingJobs: "|,;~~~|Grants permission to list matching jobs",
  ListMatchingWorkflows: "|,;~~~|Grants permission to list matching workflows",
  ListProviderServices: "|,;~~~|Grants permission to list provider service",
  ListSchemaMappings: "|,;~~~|Grants permission to list schema mappings",
  ListTagsForResource: "|,;~~~|Grants permission to List tags for a resource",
  PutPolicy: "|,;~~~|Grants permission to put a resource policy for an AWS Entity Resolution resources",
  StartIdMappingJob: "|,;~~~|Grants permission to start a idmapping job",
  StartMatchingJob: "|,;~~~|Grants permission to start a matching job",
  TagResource: "|,;~~~,~~,~~,~~,~~|Grants permission to adds tags to a resource",
  UntagResource: "|,;~~~|Grants permission to untag a resource",
  UpdateIdMappingWorkflow: "|,;~~~|Grants permission to update a idmapping workflow",
  UpdateIdNamespace: "|,;~~~|Grants permission to update a IdNamespace",
  UpdateMatchingWorkflow: "|,;~~~|Grants permission to update a matching workflow",
  UpdateSchemaMapping: "|,;~~~|Grants permission to update a schema mapping",
  UseIdNamespace:
    "|,;~~~|Grants permission to give an AWS service or another account permission to use IdNamespace within a workflow",
  UseWorkflow:
    "|,;~|Grants permission to give an AWS service or another account permission to use workflow within a IdNamespace",
};
const resourceTypeFacts = {
  /** The IdMappingWorkflow resource type: arn:${Partition}:entityresolution:${Region}:${Account}:idmappingworkflow/${WorkflowName} */
  IdMappingWorkflow: "|,idMappingWorkflow|1",
  /** The IdNamespace resource type: arn:${Partition}:entityresolution:${Region}:${Account}:idnamespace/${IdNamespaceName} */
  IdNamespace: "|,idNamespace|1",
  /** The MatchingWorkflow resource type: arn:${Partition}:entityresolution:${Region}:${Account}:matchingworkflow/${WorkflowName} */
  MatchingWorkflow: "|,matchingWorkflow|1",
  /** The ProviderService resource type: arn:${Partition}:entityresolution:${Region}:${Account}:providerservice/${ProviderName}/${ProviderServiceName} */
  ProviderService: "|,providerService|1",
  /** The SchemaMapping resource type: arn:${Partition}:entityresolution:${Region}:${Account}:schemamapping/${SchemaName} */
  SchemaMapping: "|,schemaMapping|1",
} as const;
const arnFormats = {
  /** ARN of a IdMappingWorkflow resource: arn:${Partition}:entityresolution:${Region}:${Account}:idmappingworkflow/${WorkflowName}. */
  idMappingWorkflow:
    "|,IdMappingWorkflow|arn:|Partition|:entityresolution:|Region|:|Account|:idmappingworkflow/|WorkflowName|",
  /** ARN of a IdNamespace resource: arn:${Partition}:entityresolution:${Region}:${Account}:idnamespace/${IdNamespaceName}. */
  idNamespace: "|,IdNamespace|arn:|Partition|:entityresolution:|Region|:|Account|:idnamespace/|IdNamespaceName|",
  /** ARN of a MatchingWorkflow resource: arn:${Partition}:entityresolution:${Region}:${Account}:matchingworkflow/${WorkflowName}. */
  matchingWorkflow:
    "|,MatchingWorkflow|arn:|Partition|:entityresolution:|Region|:|Account|:matchingworkflow/|WorkflowName|",
  /** ARN of a ProviderService resource: arn:${Partition}:entityresolution:${Region}:${Account}:providerservice/${ProviderName}/${ProviderServiceName}. */
  providerService:
    "|,ProviderService|arn:|Partition|:entityresolution:|Region|:|Account|:providerservice/|ProviderName|/|ProviderServiceName|",
  /** ARN of a SchemaMapping resource: arn:${Partition}:entityresolution:${Region}:${Account}:schemamapping/${SchemaName}. */
  schemaMapping: "|,SchemaMapping|arn:|Partition|:entityresolution:|Region|:|Account|:schemamapping/|SchemaName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "IdMappingWorkflow",
  "IdNamespace",
  "MatchingWorkflow",
  "ProviderService",
  "SchemaMapping",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "entityresolution">;
/** Any entityresolution action. */
export type Action = ActionOf<typeof actionFacts, "entityresolution">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "entityresolution">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "entityresolution" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every entityresolution action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by a key that is present in the request the user makes to the entity resolution service. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by a tag key and value pair. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the list of all the tag key names present in the request the user makes to the entity resolution service. */
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
  "aws:RequestTag/${TagKey}":
    "|,String|0||Filters access by a key that is present in the request the user makes to the entity resolution service",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by a tag key and value pair",
  "aws:TagKeys":
    "|,ArrayOfString|0||Filters access by the list of all the tag key names present in the request the user makes to the entity resolution service",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "entityresolution",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
