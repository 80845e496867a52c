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
export const prefix: "sdb" = "sdb";
/** The service's name in the reference. */
export const serviceName: "Amazon SimpleDB" = "Amazon SimpleDB";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon SimpleDB",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonsimpledb.html",
  },
];
const conditionKeyList = [] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to perform multiple DeleteAttributes operations in a single call, which reduces round trips and latencies. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/AmazonSimpleDB/latest/DeveloperGuide/SDB_API_BatchDeleteAttributes.html */
  BatchDeleteAttributes: "W|||0;1;|||",
  /** Grants permission to perform multiple PutAttribute operations in a single call, which reduces round trips and latencies. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/AmazonSimpleDB/latest/DeveloperGuide/SDB_API_BatchPutAttributes.html */
  BatchPutAttributes: "W|||0;1;|||",
  /** Grants permission to create a new domain. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/AmazonSimpleDB/latest/DeveloperGuide/SDB_API_CreateDomain.html */
  CreateDomain: "W|||0;1;|||",
  /** Grants permission to delete one or more attributes associated with the item. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/AmazonSimpleDB/latest/DeveloperGuide/SDB_API_DeleteAttributes.html */
  DeleteAttributes: "W|||0;1;|||",
  /** Grants permission to delete a domain. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/AmazonSimpleDB/latest/DeveloperGuide/SDB_API_DeleteDomain.html */
  DeleteDomain: "W|||0;1;|||",
  /** Grants permission to return information about the domain, including when the domain was created, the number of items and attributes, and the size of attribute names and values. Access level: Read. Resources: domain*. https://docs.aws.amazon.com/AmazonSimpleDB/latest/DeveloperGuide/SDB_API_DomainMetadata.html */
  DomainMetadata: "R|||0;1;|||",
  /** Grants permission to return all of the attributes associated with the item. Access level: Read. Resources: domain*. https://docs.aws.amazon.com/AmazonSimpleDB/latest/DeveloperGuide/SDB_API_GetAttributes.html */
  GetAttributes: "R|||0;1;|||",
  /** Grants permission to return information for an existing domain export arn. Access level: Read. Resources: export*. https://docs.aws.amazon.com/AmazonSimpleDB/latest/DeveloperGuide/SDB_API_GetExport.html */
  GetExport: "R|||1;1;|||;",
  /** Grants permission to list all domains. Access level: List. https://docs.aws.amazon.com/AmazonSimpleDB/latest/DeveloperGuide/SDB_API_ListDomains.html */
  ListDomains: "L||||||",
  /** Grants permission to list all exports that were created. The results are paginated and can be filtered by domain name. Access level: List. Resources: domain. https://docs.aws.amazon.com/AmazonSimpleDB/latest/DeveloperGuide/SDB_API_ListExports.html */
  ListExports: "L|||0;0;|||;",
  /** Grants permission to create or replace attributes in an item. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/AmazonSimpleDB/latest/DeveloperGuide/SDB_API_PutAttributes.html */
  PutAttributes: "W|||0;1;|||",
  /** Grants permission to execute a query against the items in a domain. Access level: Read. Resources: domain*. https://docs.aws.amazon.com/AmazonSimpleDB/latest/DeveloperGuide/SDB_API_Select.html */
  Select: "R|||0;1;|||",
  /** Grants permission to initiates the export of a SimpleDB domain to an S3 bucket. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/AmazonSimpleDB/latest/DeveloperGuide/SDB_API_StartDomainExport.html */
  StartDomainExport: "W|||0;1;|||;",
} as const;
const actionDetails = {
  BatchDeleteAttributes:
    "|,;~|Grants permission to perform multiple DeleteAttributes operations in a single call, which reduces round trips and latencies",
  BatchPutAttributes:
    "|,;~|Grants permission to perform multiple PutAttribute operations in a single call, which reduces round trips and latencies",
  CreateDomain: "|,;~|Grants permission to create a new domain",
  DeleteAttributes: "|,;~|Grants permission to delete one or more attributes associated with the item",
  DeleteDomain: "|,;~|Grants permission to delete a domain",
  DomainMetadata:
    "|,;~|Grants permission to return information about the domain, including when the domain was created, the number of items and attributes, and the size of attribute names and values",
  GetAttributes: "|,;~|Grants permission to return all of the attributes associated with the item",
  GetExport: "|,;~~~|Grants permission to return information for an existing domain export arn",
  ListDomains: "|,;~|Grants permission to list all domains",
  ListExports:
    "|,;~~~|Grants permission to list all exports that were created. The results are paginated and can be filtered by domain name",
  PutAttributes: "|,;~|Grants permission to create or replace attributes in an item",
  Select: "|,;~|Grants permission to execute a query against the items in a domain",
  StartDomainExport: "|,;~~~|Grants permission to initiates the export of a SimpleDB domain to an S3 bucket",
};
const resourceTypeFacts = {
  /** The domain resource type: arn:${Partition}:sdb:${Region}:${Account}:domain/${DomainName} */
  domain: "|,|",
  /** The export resource type: arn:${Partition}:sdb:${Region}:${Account}:domain/${DomainName}/export/${ExportUUID} */
  export: "|,export_|",
} as const;
const arnFormats = {
  /** ARN of a domain resource: arn:${Partition}:sdb:${Region}:${Account}:domain/${DomainName}. */
  domain: "|,domain|arn:|Partition|:sdb:|Region|:|Account|:domain/|DomainName|",
  /** ARN of a export resource: arn:${Partition}:sdb:${Region}:${Account}:domain/${DomainName}/export/${ExportUUID}. */
  export_: "|,export|arn:|Partition|:sdb:|Region|:|Account|:domain/|DomainName|/export/|ExportUUID,exportUuid|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["domain", "export"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "sdb">;
/** Any sdb action. */
export type Action = ActionOf<typeof actionFacts, "sdb">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "sdb">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "simpledbv2" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every sdb action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "sdb",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
