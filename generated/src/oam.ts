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
export const prefix: "oam" = "oam";
/** The service's name in the reference. */
export const serviceName: "Amazon CloudWatch Observability Access Manager" =
  "Amazon CloudWatch Observability Access Manager";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon CloudWatch Observability Access Manager",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoncloudwatchobservabilityaccessmanager.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "oam:ResourceTypes",
] as const;
const dependentActionList = [
  "application-signals:Link",
  "applicationinsights:Link",
  "cloudwatch:Link",
  "internetmonitor:Link",
  "logs:Link",
  "oam:TagResource",
  "xray:Link",
] as const;
const actionFacts = {
  /** Grants permission to create a link between a monitoring account and a source account for cross-account monitoring. Access level: Write. Resources: Sink*. https://docs.aws.amazon.com/OAM/latest/APIReference/API_CreateLink.html */
  CreateLink: "W|||1;1;|0,2,3|0,1,2,3,4,5,6|;",
  /** Grants permission to create a sink in an account so that it can be used as a monitoring account for cross-account monitoring. Access level: Write. https://docs.aws.amazon.com/OAM/latest/APIReference/API_CreateSink.html */
  CreateSink: "W||||0,2|5|;",
  /** Grants permission to delete a link between a monitoring account and a source account for cross-account monitoring. Access level: Write. Resources: Link*. https://docs.aws.amazon.com/OAM/latest/APIReference/API_DeleteLink.html */
  DeleteLink: "W|||0;1;|1||;",
  /** Grants permission to delete a cross-account monitoring sink in a monitoring account. Access level: Write. Resources: Sink*. https://docs.aws.amazon.com/OAM/latest/APIReference/API_DeleteSink.html */
  DeleteSink: "W|||1;1;|1||;",
  /** Grants permission to retrieve complete information about one cross-account monitoring link. Access level: Read. Resources: Link*. https://docs.aws.amazon.com/OAM/latest/APIReference/API_GetLink.html */
  GetLink: "R|||0;1;|1||;",
  /** Grants permission to retrieve complete information about one cross-account monitoring sink. Access level: Read. Resources: Sink*. https://docs.aws.amazon.com/OAM/latest/APIReference/API_GetSink.html */
  GetSink: "R|||1;1;|1||;",
  /** Grants permission to retrieve information for the IAM policy for a cross-account monitoring sink. Access level: Read. Resources: Sink*. https://docs.aws.amazon.com/OAM/latest/APIReference/API_GetSinkPolicy.html */
  GetSinkPolicy: "R|||1;1;|1||;",
  /** Grants permission to retrieve a list of links that are linked for a cross-account monitoring sink. Access level: Read. Resources: Sink*. https://docs.aws.amazon.com/OAM/latest/APIReference/API_ListAttachedLinks.html */
  ListAttachedLinks: "R|||1;1;|1||;",
  /** Grants permission to retrieve the ARNs of cross-account monitoring links in this account. Access level: Read. https://docs.aws.amazon.com/OAM/latest/APIReference/API_ListLinks.html */
  ListLinks: "R||||||;",
  /** Grants permission to retrieve the ARNs of cross-account monitoring sinks in this account. Access level: Read. https://docs.aws.amazon.com/OAM/latest/APIReference/API_ListSinks.html */
  ListSinks: "R||||||;",
  /** Grants permission to list the tags for a resource. Access level: Read. Resources: Link, Sink. https://docs.aws.amazon.com/OAM/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,1;0;|||;",
  /** Grants permission to create or update the IAM policy for a cross-account monitoring sink. Access level: Write. Resources: Sink*. https://docs.aws.amazon.com/OAM/latest/APIReference/API_PutSinkPolicy.html */
  PutSinkPolicy: "W|||1;1;|1||;",
  /** Grants permission to tag a resource. Access level: Tagging. Resources: Link, Sink. https://docs.aws.amazon.com/OAM/latest/APIReference/API_TagResource.html */
  TagResource: "T|||0;0;,1;0;|0,2||CreateLink,CreateSink,;",
  /** Grants permission to untag a resource. Access level: Tagging. Resources: Link, Sink. https://docs.aws.amazon.com/OAM/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;|2||;",
  /** Grants permission to update an existing link between a monitoring account and a source account. Access level: Write. Resources: Link*. https://docs.aws.amazon.com/OAM/latest/APIReference/API_UpdateLink.html */
  UpdateLink: "W|||0;1;|1,3|0,1,2,3,4,6|;",
} as const;
const actionDetails = {
  CreateLink:
    "|,;~~~|Grants permission to create a link between a monitoring account and a source account for cross-account monitoring",
  CreateSink:
    "|,;~~~|Grants permission to create a sink in an account so that it can be used as a monitoring account for cross-account monitoring",
  DeleteLink:
    "|,;~~~|Grants permission to delete a link between a monitoring account and a source account for cross-account monitoring",
  DeleteSink: "|,;~~~|Grants permission to delete a cross-account monitoring sink in a monitoring account",
  GetLink: "|,;~~~|Grants permission to retrieve complete information about one cross-account monitoring link",
  GetSink: "|,;~~~|Grants permission to retrieve complete information about one cross-account monitoring sink",
  GetSinkPolicy:
    "|,;~~~|Grants permission to retrieve information for the IAM policy for a cross-account monitoring sink",
  ListAttachedLinks:
    "|,;~~~|Grants permission to retrieve a list of links that are linked for a cross-account monitoring sink",
  ListLinks: "|,;~~~|Grants permission to retrieve the ARNs of cross-account monitoring links in this account",
  ListSinks: "|,;~~~|Grants permission to retrieve the ARNs of cross-account monitoring sinks in this account",
  ListTagsForResource: "|,;~~~|Grants permission to list the tags for a resource",
  PutSinkPolicy: "|,;~~~|Grants permission to create or update the IAM policy for a cross-account monitoring sink",
  TagResource: "|,;~~~,~~,~~|Grants permission to tag a resource",
  UntagResource: "|,;~~~|Grants permission to untag a resource",
  UpdateLink: "|,;~~~|Grants permission to update an existing link between a monitoring account and a source account",
};
const resourceTypeFacts = {
  /** The Link resource type: arn:${Partition}:oam:${Region}:${Account}:link/${ResourceId} */
  Link: "|,link|1",
  /** The Sink resource type: arn:${Partition}:oam:${Region}:${Account}:sink/${ResourceId} */
  Sink: "|,sink|1",
} as const;
const arnFormats = {
  /** ARN of a Link resource: arn:${Partition}:oam:${Region}:${Account}:link/${ResourceId}. */
  link: "|,Link|arn:|Partition|:oam:|Region|:|Account|:link/|ResourceId|",
  /** ARN of a Sink resource: arn:${Partition}:oam:${Region}:${Account}:sink/${ResourceId}. */
  sink: "|,Sink|arn:|Partition|:oam:|Region|:|Account|:sink/|ResourceId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["Link", "Sink"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "oam">;
/** Any oam action. */
export type Action = ActionOf<typeof actionFacts, "oam">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "oam">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "oam" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every oam action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the presence of tag key-value pairs in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by tag key-value pairs attached to the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the presence of tag keys in the request. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access by the presence of resource types in the request. */
  "oam:ResourceTypes": "ArrayOfString";
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by the presence of tag key-value pairs in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by tag key-value pairs attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the presence of tag keys in the request",
  "oam:ResourceTypes": "|,ArrayOfString|0||Filters access by the presence of resource types in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "oam",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
