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
export const prefix: "bcm-data-exports" = "bcm-data-exports";
/** The service's name in the reference. */
export const serviceName: "AWS Billing And Cost Management Data Exports" =
  "AWS Billing And Cost Management Data Exports";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Billing And Cost Management Data Exports",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsbillingandcostmanagementdataexports.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to create an export. Access level: Write. Resources: billingview, table*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_DataExports_CreateExport.html */
  CreateExport:
    "W|||0;0;,2;1;|0,2|bcm-data-exports:TagResource,cost-optimization-hub:GetRecommendation,cost-optimization-hub:ListRecommendations,cur:PutReportDefinition,sustainability:GetCarbonFootprintSummary|;",
  /** Grants permission to delete an export. Access level: Write. Resources: export*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_DataExports_DeleteExport.html */
  DeleteExport: "W|||1;1;|1||;",
  /** Grants permission to get the execution of an export. Access level: Read. Resources: export*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_DataExports_GetExecution.html */
  GetExecution: "R|||1;1;|1||;",
  /** Grants permission to get an export. Access level: Read. Resources: export*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_DataExports_GetExport.html */
  GetExport: "R|||1;1;|1||;",
  /** Grants permission to get the details of a table. Access level: Read. Resources: table*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_DataExports_GetTable.html */
  GetTable: "R|||2;1;|||;",
  /** Grants permission to list all executions of an export. Access level: List. Resources: export*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_DataExports_ListExecutions.html */
  ListExecutions: "L|||1;1;|1||;",
  /** Grants permission to list all exports. Access level: List. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_DataExports_ListExports.html */
  ListExports: "L||||||;",
  /** Grants permission to list all available tables. Access level: List. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_DataExports_ListTables.html */
  ListTables: "L||||||;",
  /** Grants permission to list tags for a resource. Access level: Read. Resources: export*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_DataExports_ListTagsForResource.html */
  ListTagsForResource: "R|||1;1;|1||;",
  /** Grants permission to tag a resource. Access level: Tagging. Resources: export*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_DataExports_TagResource.html */
  TagResource: "T|||1;1;|0,1,2||CreateExport,;",
  /** Grants permission to untag a resource. Access level: Tagging. Resources: export*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_DataExports_UntagResource.html */
  UntagResource: "T|||1;1;|1,2||;",
  /** Grants permission to update an export. Access level: Write. Resources: billingview, export*, table*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_DataExports_UpdateExport.html */
  UpdateExport: "W|||0;0;,1;1;,2;1;|1||;",
} as const;
const actionDetails = {
  CreateExport: "|,;~~~|Grants permission to create an export",
  DeleteExport: "|,;~~~|Grants permission to delete an export",
  GetExecution: "|,;~~~|Grants permission to get the execution of an export",
  GetExport: "|,;~~~|Grants permission to get an export",
  GetTable: "|,;~~~|Grants permission to get the details of a table",
  ListExecutions: "|,;~~~|Grants permission to list all executions of an export",
  ListExports: "|,;~~~|Grants permission to list all exports",
  ListTables: "|,;~~~|Grants permission to list all available tables",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for a resource",
  TagResource: "|,;~~~,~~|Grants permission to tag a resource",
  UntagResource: "|,;~~~|Grants permission to untag a resource",
  UpdateExport: "|,;~~~|Grants permission to update an export",
};
const resourceTypeFacts = {
  /** The billingview resource type: arn:${Partition}:billing::${Account}:billingview/${ResourceId} */
  billingview: "|,|1",
  /** The export resource type: arn:${Partition}:bcm-data-exports:${Region}:${Account}:export/${Identifier} */
  export: "|,export_|1",
  /** The table resource type: arn:${Partition}:bcm-data-exports:${Region}:${Account}:table/${Identifier} */
  table: "|,|",
} as const;
const arnFormats = {
  /** ARN of a billingview resource: arn:${Partition}:billing::${Account}:billingview/${ResourceId}. */
  billingview: "|,billingview|arn:|Partition|:billing::|Account|:billingview/|ResourceId|",
  /** ARN of a export resource: arn:${Partition}:bcm-data-exports:${Region}:${Account}:export/${Identifier}. */
  export_: "|,export|arn:|Partition|:bcm-data-exports:|Region|:|Account|:export/|Identifier|",
  /** ARN of a table resource: arn:${Partition}:bcm-data-exports:${Region}:${Account}:table/${Identifier}. */
  table: "|,table|arn:|Partition|:bcm-data-exports:|Region|:|Account|:table/|Identifier|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["billingview", "export", "table"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "bcm-data-exports">;
/** Any bcm-data-exports action. */
export type Action = ActionOf<typeof actionFacts, "bcm-data-exports">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "bcm-data-exports">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "bcm-data-exports" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every bcm-data-exports action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "bcm-data-exports",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
