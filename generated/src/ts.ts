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
export const prefix: "ts" = "ts";
/** The service's name in the reference. */
export const serviceName: "AWS Diagnostic tools" = "AWS Diagnostic tools";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Diagnostic tools",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsdiagnostictools.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to get details about specific execution within AWS Diagnostic tools. Access level: Read. Resources: execution*. https://docs.aws.amazon.com/diagnostic-tools/latest/APIReference/API_GetExecution.html */
  GetExecution: "R|||0;1;|||",
  /** Grants permission to get details about specific execution output within AWS Diagnostic tools. Access level: Read. Resources: execution*. https://docs.aws.amazon.com/diagnostic-tools/latest/APIReference/API_GetExecutionOutput.html */
  GetExecutionOutput: "R|||0;1;|||",
  /** Grants permission to get details about specific tool within AWS Diagnostic tools. Access level: Read. Resources: tool*. https://docs.aws.amazon.com/diagnostic-tools/latest/APIReference/API_GetTool.html */
  GetTool: "R|||1;1;|||",
  /** Grants permission to list all available execution within AWS Diagnostic tools. Access level: List. https://docs.aws.amazon.com/diagnostic-tools/latest/APIReference/API_ListExecutions.html */
  ListExecutions: "L||||||",
  /** Grants permission to list the tags for an AWS Diagnostic tools resource. Access level: Read. Resources: execution*. https://docs.aws.amazon.com/diagnostic-tools/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;1;|0,2||",
  /** Grants permission to list all available tools within AWS Diagnostic tools. Access level: List. https://docs.aws.amazon.com/diagnostic-tools/latest/APIReference/API_ListTools.html */
  ListTools: "L||||||",
  /** Grants permission to start an execution workflow of specific tool within AWS Diagnostic tools. Access level: Write. https://docs.aws.amazon.com/diagnostic-tools/latest/APIReference/API_StartExecution.html */
  StartExecution: "W||||0,2|iam:PassRole|",
  /** Grants permission to tag an AWS Diagnostic tools resource. Access level: Tagging. Resources: execution*. https://docs.aws.amazon.com/diagnostic-tools/latest/APIReference/API_TagResource.html */
  TagResource: "T|||0;1;|0,2||",
  /** Grants permission to untag an AWS Diagnostic tools resource. Access level: Tagging. Resources: execution*. https://docs.aws.amazon.com/diagnostic-tools/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;1;|2||",
} as const;
const actionDetails = {
  GetExecution: "|,;~|Grants permission to get details about specific execution within AWS Diagnostic tools",
  GetExecutionOutput:
    "|,;~|Grants permission to get details about specific execution output within AWS Diagnostic tools",
  GetTool: "|,;~|Grants permission to get details about specific tool within AWS Diagnostic tools",
  ListExecutions: "|,;~|Grants permission to list all available execution within AWS Diagnostic tools",
  ListTagsForResource: "|,;~|Grants permission to list the tags for an AWS Diagnostic tools resource",
  ListTools: "|,;~|Grants permission to list all available tools within AWS Diagnostic tools",
  StartExecution: "|,;~|Grants permission to start an execution workflow of specific tool within AWS Diagnostic tools",
  TagResource: "|,;~|Grants permission to tag an AWS Diagnostic tools resource",
  UntagResource: "|,;~|Grants permission to untag an AWS Diagnostic tools resource",
};
const resourceTypeFacts = {
  /** The execution resource type: arn:${Partition}:ts::${Account}:execution/${UserId}/${ToolId}/${ExecutionId} */
  execution: "|,|1",
  /** The tool resource type: arn:${Partition}:ts::aws:tool/${ToolId} */
  tool: "|,|",
} as const;
const arnFormats = {
  /** ARN of a execution resource: arn:${Partition}:ts::${Account}:execution/${UserId}/${ToolId}/${ExecutionId}. */
  execution: "|,execution|arn:|Partition|:ts::|Account|:execution/|UserId|/|ToolId|/|ExecutionId|",
  /** ARN of a tool resource: arn:${Partition}:ts::aws:tool/${ToolId}. */
  tool: "|,tool|arn:|Partition|:ts::aws:tool/|ToolId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["execution", "tool"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "ts">;
/** Any ts action. */
export type Action = ActionOf<typeof actionFacts, "ts">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "ts">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "", client: "" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every ts action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the allowed set of values for each of the tags. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by the allowed set of values for each of the tags",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by tag-value associated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the presence of mandatory tags in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "ts",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
