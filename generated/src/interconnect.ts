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
export const prefix: "interconnect" = "interconnect";
/** The service's name in the reference. */
export const serviceName: "AWS Interconnect" = "AWS Interconnect";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Interconnect",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsinterconnect.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["interconnect:TagResource"] as const;
const actionFacts = {
  /** Grants permission to accept a connection proposal generated elsewhere. Access level: Write. https://docs.aws.amazon.com/interconnect/latest/api/API_AcceptConnectionProposal.html */
  AcceptConnectionProposal: "W||||0,2|0|;",
  /** Grants permission to create a connection. Access level: Write. Resources: connection*. https://docs.aws.amazon.com/interconnect/latest/api/API_CreateConnection.html */
  CreateConnection: "W|||0;1;|0,2|0|;",
  /** Grants permission to delete an existing connection. Access level: Write. Resources: connection*. https://docs.aws.amazon.com/interconnect/latest/api/API_DeleteConnection.html */
  DeleteConnection: "W|||0;1;|||;",
  /** Grants permission to describe a connection proposal. Access level: Read. https://docs.aws.amazon.com/interconnect/latest/api/API_DescribeConnectionProposal.html */
  DescribeConnectionProposal: "R||||||;",
  /** Grants permission to describe a connection. Access level: Read. Resources: connection*. https://docs.aws.amazon.com/interconnect/latest/api/API_GetConnection.html */
  GetConnection: "R|||0;1;|||;",
  /** Grants permission to describe an environment. Access level: Read. Resources: environment*. https://docs.aws.amazon.com/interconnect/latest/api/API_GetEnvironment.html */
  GetEnvironment: "R|||1;1;|||;",
  /** Grants permission to list available attach points. Access level: Read. https://docs.aws.amazon.com/interconnect/latest/api/API_ListAttachPoints.html */
  ListAttachPoints: "R||||||;",
  /** Grants permission to list connections. Access level: List. https://docs.aws.amazon.com/interconnect/latest/api/API_ListConnections.html */
  ListConnections: "L||||||;",
  /** Grants permission to list available environments. Access level: List. https://docs.aws.amazon.com/interconnect/latest/api/API_ListEnvironments.html */
  ListEnvironments: "L||||||;",
  /** Grants permission to list tags on a resource. Access level: Read. https://docs.aws.amazon.com/interconnect/latest/api/API_ListTagsForResource.html */
  ListTagsForResource: "R||||||;",
  /** Grants permission to apply tags to a resource. Access level: Tagging. Resources: connection*. https://docs.aws.amazon.com/interconnect/latest/api/API_TagResource.html */
  TagResource: "T|||0;1;|0,2||AcceptConnectionProposal,CreateConnection,;",
  /** Grants permission to remove tags from a resource. Access level: Tagging. Resources: connection*. https://docs.aws.amazon.com/interconnect/latest/api/API_UntagResource.html */
  UntagResource: "T|||0;1;|2||;",
  /** Grants permission to update an existing connection. Access level: Write. Resources: connection*. https://docs.aws.amazon.com/interconnect/latest/api/API_UpdateConnection.html */
  UpdateConnection: "W|||0;1;|||;",
} as const;
const actionDetails = {
  AcceptConnectionProposal: "|,;~~~|Grants permission to accept a connection proposal generated elsewhere",
  CreateConnection: "|,;~~~|Grants permission to create a connection",
  DeleteConnection: "|,;~~~|Grants permission to delete an existing connection",
  DescribeConnectionProposal: "|,;~~~|Grants permission to describe a connection proposal",
  GetConnection: "|,;~~~|Grants permission to describe a connection",
  GetEnvironment: "|,;~~~|Grants permission to describe an environment",
  ListAttachPoints: "|,;~~~|Grants permission to list available attach points",
  ListConnections: "|,;~~~|Grants permission to list connections",
  ListEnvironments: "|,;~~~|Grants permission to list available environments",
  ListTagsForResource: "|,;~~~|Grants permission to list tags on a resource",
  TagResource: "|,;~~~,~~,~~|Grants permission to apply tags to a resource",
  UntagResource: "|,;~~~|Grants permission to remove tags from a resource",
  UpdateConnection: "|,;~~~|Grants permission to update an existing connection",
};
const resourceTypeFacts = {
  /** The connection resource type: arn:${Partition}:interconnect:${Region}:${Account}:connection/${Id} */
  connection: "|,|1",
  /** The environment resource type: arn:${Partition}:interconnect:${Region}:${Account}:environment/${Id} */
  environment: "|,|",
} as const;
const arnFormats = {
  /** ARN of a connection resource: arn:${Partition}:interconnect:${Region}:${Account}:connection/${Id}. */
  connection: "|,connection|arn:|Partition|:interconnect:|Region|:|Account|:connection/|Id|",
  /** ARN of a environment resource: arn:${Partition}:interconnect:${Region}:${Account}:environment/${Id}. */
  environment: "|,environment|arn:|Partition|:interconnect:|Region|:|Account|:environment/|Id|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["connection", "environment"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "interconnect">;
/** Any interconnect action. */
export type Action = ActionOf<typeof actionFacts, "interconnect">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "interconnect">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "interconnect" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every interconnect action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by a tag key and value pair that is allowed in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by a tag key and value pair of a resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by a list of tag keys that are allowed in the request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by a tag key and value pair that is allowed in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by a tag key and value pair of a resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by a list of tag keys that are allowed in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "interconnect",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
