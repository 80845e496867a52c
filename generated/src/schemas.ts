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
export const prefix: "schemas" = "schemas";
/** The service's name in the reference. */
export const serviceName: "Amazon EventBridge Schemas" = "Amazon EventBridge Schemas";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon EventBridge Schemas",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoneventbridgeschemas.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["schemas:TagResource"] as const;
const actionFacts = {
  /** Grants permission to create an event schema discoverer. Once created, your events will be automatically map into corresponding schema documents. Access level: Write. https://docs.aws.amazon.com/eventbridge/latest/schema-reference/v1-discoverers-id-discovererid.html#CreateDiscoverer */
  CreateDiscoverer: "W||||0,2|0|;",
  /** Grants permission to create a new schema registry in your account. Access level: Write. Resources: registry*. https://docs.aws.amazon.com/eventbridge/latest/schema-reference/v1-registries-name-registryname.html#CreateRegistry */
  CreateRegistry: "W|||1;1;|0,2|0|;",
  /** Grants permission to create a new schema in your account. Access level: Write. Resources: schema*. https://docs.aws.amazon.com/eventbridge/latest/schema-reference/v1-registries-name-registryname-schemas-name-schemaname.html#CreateSchema */
  CreateSchema: "W|||2;1;|0,2|0|;",
  /** Grants permission to delete discoverer in your account. Access level: Write. Resources: discoverer*. https://docs.aws.amazon.com/eventbridge/latest/schema-reference/v1-discoverers-id-discovererid.html#DeleteDiscoverer */
  DeleteDiscoverer: "W|||0;1;|||;",
  /** Grants permission to delete an existing registry in your account. Access level: Write. Resources: registry*. https://docs.aws.amazon.com/eventbridge/latest/schema-reference/v1-registries-name-registryname.html#DeleteRegistry */
  DeleteRegistry: "W|||1;1;|||;",
  /** Grants permission to delete the resource-based policy attached to a given registry. Access level: Write. Resources: registry*. https://docs.aws.amazon.com/eventbridge/latest/schema-reference/v1-policy.html#DeleteResourcePolicy */
  DeleteResourcePolicy: "W|||1;1;|||;",
  /** Grants permission to delete an existing schema in your account. Access level: Write. Resources: schema*. https://docs.aws.amazon.com/eventbridge/latest/schema-reference/v1-registries-name-registryname-schemas-name-schemaname.html#DeleteSchema */
  DeleteSchema: "W|||2;1;|||;",
  /** Grants permission to delete a specific version of schema in your account. Access level: Write. Resources: schema*. https://docs.aws.amazon.com/eventbridge/latest/schema-reference/v1-registries-name-registryname-schemas-name-schemaname-version-schemaversion.html#DeleteSchemaVersion */
  DeleteSchemaVersion: "W|||2;1;|||;",
  /** Grants permission to retrieve metadata for generated code for specific schema in your account. Access level: Read. Resources: schema*. https://docs.aws.amazon.com/eventbridge/latest/schema-reference/v1-registries-name-registryname-schemas-name-schemaname-language-language.html#DescribeCodeBinding */
  DescribeCodeBinding: "R|||2;1;|||;",
  /** Grants permission to retrieve discoverer metadata in your account. Access level: Read. Resources: discoverer*. https://docs.aws.amazon.com/eventbridge/latest/schema-reference/v1-discoverers-id-discovererid.html#DescribeDiscoverer */
  DescribeDiscoverer: "R|||0;1;|||;",
  /** Grants permission to describe an existing registry metadata in your account. Access level: Read. Resources: registry*. https://docs.aws.amazon.com/eventbridge/latest/schema-reference/v1-registries-name-registryname.html#DescribeRegistry */
  DescribeRegistry: "R|||1;1;|||;",
  /** Grants permission to retrieve an existing schema in your account. Access level: Read. Resources: schema*. https://docs.aws.amazon.com/eventbridge/latest/schema-reference/v1-registries-name-registryname-schemas-name-schemaname.html#DescribeSchema */
  DescribeSchema: "R|||2;1;|||;",
  /** Grants permission to export the AWS registry or discovered schemas in OpenAPI 3 format to JSONSchema format. Access level: Read. Resources: registry*, schema*. https://docs.aws.amazon.com/eventbridge/latest/schema-reference/v1-policy.html#ExportSchema */
  ExportSchema: "R|||1;1;,2;1;|||;",
  /** Grants permission to retrieve metadata for generated code for specific schema in your account. Access level: Read. Resources: schema*. https://docs.aws.amazon.com/eventbridge/latest/schema-reference/v1-registries-name-registryname-schemas-name-schemaname-language-language-source.html#GetCodeBindingSource */
  GetCodeBindingSource: "R|||2;1;|||;",
  /** Grants permission to retrieve a schema for the provided list of sample events. Access level: Read. https://docs.aws.amazon.com/eventbridge/latest/schema-reference/v1-discover.html#GetDiscoveredSchema */
  GetDiscoveredSchema: "R||||||;",
  /** Grants permission to retrieve the resource-based policy attached to a given registry. Access level: Read. Resources: registry*. https://docs.aws.amazon.com/eventbridge/latest/schema-reference/v1-policy.html#GetResourcePolicy */
  GetResourcePolicy: "R|||1;1;|||;",
  /** Grants permission to list all discoverers in your account. Access level: List. Resources: discoverer*. https://docs.aws.amazon.com/eventbridge/latest/schema-reference/v1-discoverers.html#ListDiscoverers */
  ListDiscoverers: "L|||0;1;|||;",
  /** Grants permission to list all registries in your account. Access level: List. Resources: registry*. https://docs.aws.amazon.com/eventbridge/latest/schema-reference/v1-registries.html#ListRegistries */
  ListRegistries: "L|||1;1;|||;",
  /** Grants permission to list all versions of a schema. Access level: List. Resources: schema*. https://docs.aws.amazon.com/eventbridge/latest/schema-reference/v1-registries-name-registryname-schemas-name-schemaname-versions.html#ListSchemaVersions */
  ListSchemaVersions: "L|||2;1;|||;",
  /** Grants permission to list all schemas. Access level: List. Resources: schema*. https://docs.aws.amazon.com/eventbridge/latest/schema-reference/v1-registries-name-registryname-schemas.html#ListSchemas */
  ListSchemas: "L|||2;1;|||;",
  /** Grants permission to lists tags for a resource. Access level: Read. Resources: discoverer, registry, schema. https://docs.aws.amazon.com/eventbridge/latest/schema-reference/tags-resource-arn.html#ListTagsForResource */
  ListTagsForResource: "R|||0;0;,1;0;,2;0;|||;",
  /** Grants permission to generate code for specific schema in your account. Access level: Write. Resources: schema*. https://docs.aws.amazon.com/eventbridge/latest/schema-reference/v1-registries-name-registryname-schemas-name-schemaname-language-language.html#PutCodeBinding */
  PutCodeBinding: "W|||2;1;|||;",
  /** Grants permission to attach a resource-based policy to a given registry. Access level: Write. Resources: registry*. https://docs.aws.amazon.com/eventbridge/latest/schema-reference/v1-policy.html#PutResourcePolicy */
  PutResourcePolicy: "W|||1;1;|||;",
  /** Grants permission to search schemas based on specified keywords in your account. Access level: List. Resources: schema*. https://docs.aws.amazon.com/eventbridge/latest/schema-reference/v1-registries-name-registryname-schemas-search.html#SearchSchemas */
  SearchSchemas: "L|||2;1;|||;",
  /** Grants permission to start the specified discoverer. Once started the discoverer will automatically register schemas for published events to configured source in your account. Access level: Write. Resources: discoverer*. https://docs.aws.amazon.com/eventbridge/latest/schema-reference/v1-discoverers-id-discovererid.html#StartDiscoverer */
  StartDiscoverer: "W|||0;1;|||;",
  /** Grants permission to stop the specified discoverer. Once stopped the discoverer will no longer register schemas for published events to configured source in your account. Access level: Write. Resources: discoverer*. https://docs.aws.amazon.com/eventbridge/latest/schema-reference/v1-discoverers-id-discovererid.html#StopDiscoverer */
  StopDiscoverer: "W|||0;1;|||;",
  /** Grants permission to tag a resource. Access level: Tagging. Resources: discoverer, registry, schema. https://docs.aws.amazon.com/eventbridge/latest/schema-reference/tags-resource-arn.html#TagResource */
  TagResource: "T|||0;0;,1;0;,2;0;|0,2||CreateDiscoverer,CreateRegistry,CreateSchema,;",
  /** Grants permission to remove a tag from a resource. Access level: Tagging. Resources: discoverer, registry, schema. https://docs.aws.amazon.com/eventbridge/latest/schema-reference/tags-resource-arn.html#UntagResource */
  UntagResource: "T|||0;0;,1;0;,2;0;|2||;",
  /** Grants permission to update an existing discoverer in your account. Access level: Write. Resources: discoverer*. https://docs.aws.amazon.com/eventbridge/latest/schema-reference/v1-discoverers-id-discovererid.html#UpdateDiscoverer */
  UpdateDiscoverer: "W|||0;1;|||;",
  /** Grants permission to update an existing registry metadata in your account. Access level: Write. Resources: registry*. https://docs.aws.amazon.com/eventbridge/latest/schema-reference/v1-registries-name-registryname.html#UpdateRegistry */
  UpdateRegistry: "W|||1;1;|||;",
  /** Grants permission to update an existing schema in your account. Access level: Write. Resources: schema*. https://docs.aws.amazon.com/eventbridge/latest/schema-reference/v1-registries-name-registryname-schemas-name-schemaname.html#UpdateSchema */
  UpdateSchema: "W|||2;1;|||;",
} as const;
const actionDetails = {
  CreateDiscoverer:
    "|,;~~~|Grants permission to create an event schema discoverer. Once created, your events will be automatically map into corresponding schema documents",
  CreateRegistry: "|,;~~~|Grants permission to create a new schema registry in your account",
  CreateSchema: "|,;~~~|Grants permission to create a new schema in your account",
  DeleteDiscoverer: "|,;~~~|Grants permission to delete discoverer in your account",
  DeleteRegistry: "|,;~~~|Grants permission to delete an existing registry in your account",
  DeleteResourcePolicy: "|,;~~~|Grants permission to delete the resource-based policy attached to a given registry",
  DeleteSchema: "|,;~~~|Grants permission to delete an existing schema in your account",
  DeleteSchemaVersion: "|,;~~~|Grants permission to delete a specific version of schema in your account",
  DescribeCodeBinding:
    "|,;~~~|Grants permission to retrieve metadata for generated code for specific schema in your account",
  DescribeDiscoverer: "|,;~~~|Grants permission to retrieve discoverer metadata in your account",
  DescribeRegistry: "|,;~~~|Grants permission to describe an existing registry metadata in your account",
  DescribeSchema: "|,;~~~|Grants permission to retrieve an existing schema in your account",
  ExportSchema:
    "|,;~~~|Grants permission to export the AWS registry or discovered schemas in OpenAPI 3 format to JSONSchema format",
  GetCodeBindingSource:
    "|,;~~~|Grants permission to retrieve metadata for generated code for specific schema in your account",
  GetDiscoveredSchema: "|,;~~~|Grants permission to retrieve a schema for the provided list of sample events",
  GetResourcePolicy: "|,;~~~|Grants permission to retrieve the resource-based policy attached to a given registry",
  ListDiscoverers: "|,;~~~|Grants permission to list all discoverers in your account",
  ListRegistries: "|,;~~~|Grants permission to list all registries in your account",
  ListSchemaVersions: "|,;~~~|Grants permission to list all versions of a schema",
  ListSchemas: "|,;~~~|Grants permission to list all schemas",
  ListTagsForResource: "|,;~~~|Grants permission to lists tags for a resource",
  PutCodeBinding: "|,;~~~|Grants permission to generate code for specific schema in your account",
  PutResourcePolicy: "|,;~~~|Grants permission to attach a resource-based policy to a given registry",
  SearchSchemas: "|,;~~~|Grants permission to search schemas based on specified keywords in your account",
  StartDiscoverer:
    "|,;~~~|Grants permission to start the specified discoverer. Once started the discoverer will automatically register schemas for published events to configured source in your account",
  StopDiscoverer:
    "|,;~~~|Grants permission to stop the specified discoverer. Once stopped the discoverer will no longer register schemas for published events to configured source in your account",
  TagResource: "|,;~~~,~~,~~,~~|Grants permission to tag a resource",
  UntagResource: "|,;~~~|Grants permission to remove a tag from a resource",
  UpdateDiscoverer: "|,;~~~|Grants permission to update an existing discoverer in your account",
  UpdateRegistry: "|,;~~~|Grants permission to update an existing registry metadata in your account",
  UpdateSchema: "|,;~~~|Grants permission to update an existing schema in your account",
};
const resourceTypeFacts = {
  /** The discoverer resource type: arn:${Partition}:schemas:${Region}:${Account}:discoverer/${DiscovererId} */
  discoverer: "|,|1",
  /** The registry resource type: arn:${Partition}:schemas:${Region}:${Account}:registry/${RegistryName} */
  registry: "|,|1",
  /** The schema resource type: arn:${Partition}:schemas:${Region}:${Account}:schema/${RegistryName}/${SchemaName} */
  schema: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a discoverer resource: arn:${Partition}:schemas:${Region}:${Account}:discoverer/${DiscovererId}. */
  discoverer: "|,discoverer|arn:|Partition|:schemas:|Region|:|Account|:discoverer/|DiscovererId|",
  /** ARN of a registry resource: arn:${Partition}:schemas:${Region}:${Account}:registry/${RegistryName}. */
  registry: "|,registry|arn:|Partition|:schemas:|Region|:|Account|:registry/|RegistryName|",
  /** ARN of a schema resource: arn:${Partition}:schemas:${Region}:${Account}:schema/${RegistryName}/${SchemaName}. */
  schema: "|,schema|arn:|Partition|:schemas:|Region|:|Account|:schema/|RegistryName|/|SchemaName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["discoverer", "registry", "schema"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "schemas">;
/** Any schemas action. */
export type Action = ActionOf<typeof actionFacts, "schemas">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "schemas">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "schemas" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every schemas action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by allowed set of values for each of the tags. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by tag-value associated with the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the presence of mandatory tags in the request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by allowed set of values for each of the tags",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by tag-value associated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the presence of mandatory tags in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "schemas",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
