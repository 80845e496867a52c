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
export const prefix: "qdeveloper" = "qdeveloper";
/** The service's name in the reference. */
export const serviceName: "Amazon Q Developer" = "Amazon Q Developer";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Q Developer",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonqdeveloper.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to export artifacts from Amazon Q Developer. Access level: Write. Resources: codeTransformation. https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/security_iam_manage-access-with-policies.html */
  ExportArtifact: "W|||0;0;|||",
  /** Grants permission to import artifacts to Amazon Q Developer. Access level: Write. Resources: codeTransformation. https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/security_iam_manage-access-with-policies.html */
  ImportArtifact: "W|||0;0;|||",
  /** Grants permission to list all tags associated with an Amazon Q Developer resource. Access level: List. Resources: codeTransformation. Permission only. https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/security_iam_manage-access-with-policies.html */
  ListTagsForResource: "L||1|0;0;|||",
  /** Grants permission to start an agent session with Amazon Q Developer. Access level: Write. https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/security_iam_manage-access-with-policies.html */
  StartAgentSession: "W||||0,2||",
  /** Grants permission to associate tags with an Amazon Q Developer resource. Access level: Tagging. Resources: codeTransformation. Permission only. https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/security_iam_manage-access-with-policies.html */
  TagResource: "T||1|0;0;|0,2||",
  /** Grants permission to transform code with Amazon Q Developer Transform Agent. Access level: Write. Resources: codeTransformation. https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/security_iam_manage-access-with-policies.html */
  TransformCode: "W|||0;0;|||",
  /** Grants permission to remove tags associated with an Amazon Q Developer resource. Access level: Tagging. Resources: codeTransformation. Permission only. https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/security_iam_manage-access-with-policies.html */
  UntagResource: "T||1|0;0;|2||",
} as const;
const actionDetails = {
  ExportArtifact: "|,;~|Grants permission to export artifacts from Amazon Q Developer",
  ImportArtifact: "|,;~|Grants permission to import artifacts to Amazon Q Developer",
  ListTagsForResource: "|,;~|Grants permission to list all tags associated with an Amazon Q Developer resource",
  StartAgentSession: "|,;~|Grants permission to start an agent session with Amazon Q Developer",
  TagResource: "|,;~|Grants permission to associate tags with an Amazon Q Developer resource",
  TransformCode: "|,;~|Grants permission to transform code with Amazon Q Developer Transform Agent",
  UntagResource: "|,;~|Grants permission to remove tags associated with an Amazon Q Developer resource",
};
const resourceTypeFacts = {
  /** The codeTransformation resource type: arn:${Partition}:qdeveloper:${Region}:${Account}:codeTransformation/${Identifier} */
  codeTransformation: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a codeTransformation resource: arn:${Partition}:qdeveloper:${Region}:${Account}:codeTransformation/${Identifier}. */
  codeTransformation:
    "|,codeTransformation|arn:|Partition|:qdeveloper:|Region|:|Account|:codeTransformation/|Identifier|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["codeTransformation"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "qdeveloper">;
/** Any qdeveloper action. */
export type Action = ActionOf<typeof actionFacts, "qdeveloper">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "qdeveloper">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "", client: "" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every qdeveloper action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the tags associated with the Amazon Q Developer resource. */
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
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by the tags associated with the Amazon Q Developer resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the tag keys that are passed in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "qdeveloper",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
