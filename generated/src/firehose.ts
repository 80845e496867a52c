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
export const prefix: "firehose" = "firehose";
/** The service's name in the reference. */
export const serviceName: "Amazon Kinesis Firehose" = "Amazon Kinesis Firehose";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Kinesis Firehose",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonkinesisfirehose.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["iam:PassRole"] as const;
const actionFacts = {
  /** Grants permission to create a delivery stream. Access level: Write. Resources: deliverystream*. https://docs.aws.amazon.com/firehose/latest/APIReference/API_CreateDeliveryStream.html */
  CreateDeliveryStream: "W|||0;1;|0,2|firehose:TagDeliveryStream,0|;",
  /** Grants permission to delete a delivery stream and its data. Access level: Write. Resources: deliverystream*. https://docs.aws.amazon.com/firehose/latest/APIReference/API_DeleteDeliveryStream.html */
  DeleteDeliveryStream: "W|||0;1;|||;",
  /** Grants permission to describe the specified delivery stream and gets the status. Access level: Read. Resources: deliverystream*. https://docs.aws.amazon.com/firehose/latest/APIReference/API_DescribeDeliveryStream.html */
  DescribeDeliveryStream: "R|||0;1;|||;",
  /** Grants permission to list your delivery streams. Access level: List. https://docs.aws.amazon.com/firehose/latest/APIReference/API_ListDeliveryStreams.html */
  ListDeliveryStreams: "L||||||;",
  /** Grants permission to list the tags for the specified delivery stream. Access level: List. Resources: deliverystream*. https://docs.aws.amazon.com/firehose/latest/APIReference/API_ListTagsForDeliveryStream.html */
  ListTagsForDeliveryStream: "L|||0;1;|||;",
  /** Grants permission to write a single data record into an Amazon Kinesis Firehose delivery stream. Access level: Write. Resources: deliverystream*. https://docs.aws.amazon.com/firehose/latest/APIReference/API_PutRecord.html */
  PutRecord: "W|||0;1;|||;",
  /** Grants permission to write multiple data records into a delivery stream in a single call, which can achieve higher throughput per producer than when writing single records. Access level: Write. Resources: deliverystream*. https://docs.aws.amazon.com/firehose/latest/APIReference/API_PutRecordBatch.html */
  PutRecordBatch: "W|||0;1;|||;",
  /** Grants permission to enable server-side encryption (SSE) for the delivery stream. Access level: Write. Resources: deliverystream*. https://docs.aws.amazon.com/firehose/latest/APIReference/API_StartDeliveryStreamEncryption.html */
  StartDeliveryStreamEncryption: "W|||0;1;|||;",
  /** Grants permission to disable the specified destination of the specified delivery stream. Access level: Write. Resources: deliverystream*. https://docs.aws.amazon.com/firehose/latest/APIReference/API_StopDeliveryStreamEncryption.html */
  StopDeliveryStreamEncryption: "W|||0;1;|||;",
  /** Grants permission to add or update tags for the specified delivery stream. Access level: Tagging. Resources: deliverystream*. https://docs.aws.amazon.com/firehose/latest/APIReference/API_TagDeliveryStream.html */
  TagDeliveryStream: "T|||0;1;|0,2||CreateDeliveryStream,;",
  /** Grants permission to remove tags from the specified delivery stream. Access level: Tagging. Resources: deliverystream*. https://docs.aws.amazon.com/firehose/latest/APIReference/API_UntagDeliveryStream.html */
  UntagDeliveryStream: "T|||0;1;|2||;",
  /** Grants permission to update the specified destination of the specified delivery stream. Access level: Write. Resources: deliverystream*. https://docs.aws.amazon.com/firehose/latest/APIReference/API_UpdateDestination.html */
  UpdateDestination: "W|||0;1;||0|;",
} as const;
const actionDetails = {
  CreateDeliveryStream: "|,;~~~|Grants permission to create a delivery stream",
  DeleteDeliveryStream: "|,;~~~|Grants permission to delete a delivery stream and its data",
  DescribeDeliveryStream: "|,;~~~|Grants permission to describe the specified delivery stream and gets the status",
  ListDeliveryStreams: "|,;~~~|Grants permission to list your delivery streams",
  ListTagsForDeliveryStream: "|,;~~~|Grants permission to list the tags for the specified delivery stream",
  PutRecord: "|,;~~~|Grants permission to write a single data record into an Amazon Kinesis Firehose delivery stream",
  PutRecordBatch:
    "|,;~~~|Grants permission to write multiple data records into a delivery stream in a single call, which can achieve higher throughput per producer than when writing single records",
  StartDeliveryStreamEncryption:
    "|,;~~~|Grants permission to enable server-side encryption (SSE) for the delivery stream",
  StopDeliveryStreamEncryption:
    "|,;~~~|Grants permission to disable the specified destination of the specified delivery stream",
  TagDeliveryStream: "|,;~~~,~~|Grants permission to add or update tags for the specified delivery stream",
  UntagDeliveryStream: "|,;~~~|Grants permission to remove tags from the specified delivery stream",
  UpdateDestination: "|,;~~~|Grants permission to update the specified destination of the specified delivery stream",
};
const resourceTypeFacts = {
  /** The deliverystream resource type: arn:${Partition}:firehose:${Region}:${Account}:deliverystream/${DeliveryStreamName} */
  deliverystream: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a deliverystream resource: arn:${Partition}:firehose:${Region}:${Account}:deliverystream/${DeliveryStreamName}. */
  deliverystream: "|,deliverystream|arn:|Partition|:firehose:|Region|:|Account|:deliverystream/|DeliveryStreamName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["deliverystream"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "firehose">;
/** Any firehose action. */
export type Action = ActionOf<typeof actionFacts, "firehose">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "firehose">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "firehose" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every firehose action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "firehose",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
