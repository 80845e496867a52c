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
export const prefix: "sqs" = "sqs";
/** The service's name in the reference. */
export const serviceName: "Amazon SQS" = "Amazon SQS";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  { name: "Amazon SQS", url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonsqs.html" },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["sqs:DeleteMessage", "sqs:GetQueueAttributes", "sqs:ReceiveMessage"] as const;
const actionFacts = {
  /** Grants permission to a queue for a specific principal. Access level: Permissions management. Resources: queue*. https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_AddPermission.html */
  AddPermission: "P|||0;1;|||;",
  /** Grants permission to cancel an in progress message move task. Access level: Write. Resources: queue*. https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_CancelMessageMoveTask.html */
  CancelMessageMoveTask: "W|||0;1;||0,1,2|;",
  /** Grants permission to change the visibility timeout of a specified message in a queue to a new value. Access level: Write. Resources: queue*. https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_ChangeMessageVisibility.html */
  ChangeMessageVisibility: "W|||0;1;|||;,ChangeMessageVisibilityBatch",
  /** Grants permission to create a new queue, or returns the URL of an existing one. Access level: Write. Resources: queue*. https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_CreateQueue.html */
  CreateQueue: "W|||0;1;|0,2|sqs:TagQueue|;",
  /** Grants permission to delete the specified message from the specified queue. Access level: Write. Resources: queue*. https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_DeleteMessage.html */
  DeleteMessage: "W|||0;1;|||CancelMessageMoveTask,;,DeleteMessageBatch,StartMessageMoveTask",
  /** Grants permission to delete the queue specified by the queue URL, regardless of whether the queue is empty. Access level: Write. Resources: queue*. https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_DeleteQueue.html */
  DeleteQueue: "W|||0;1;|||;",
  /** Grants permission to get attributes for the specified queue. Access level: Read. Resources: queue*. https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_GetQueueAttributes.html */
  GetQueueAttributes: "R|||0;1;|||CancelMessageMoveTask,;,ListMessageMoveTasks,StartMessageMoveTask",
  /** Grants permission to return the URL of an existing queue. Access level: Read. Resources: queue*. https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_GetQueueUrl.html */
  GetQueueUrl: "R|||0;1;|||;",
  /** Grants permission to return a list of your queues that have the RedrivePolicy queue attribute configured with a dead letter queue. Access level: Read. Resources: queue*. https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_ListDeadLetterSourceQueues.html */
  ListDeadLetterSourceQueues: "R|||0;1;|||;",
  /** Grants permission to list message move tasks. Access level: Read. Resources: queue*. https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_ListMessageMoveTasks.html */
  ListMessageMoveTasks: "R|||0;1;||1|;",
  /** Grants permission to list tags added to an SQS queue. Access level: Read. Resources: queue*. https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_ListQueueTags.html */
  ListQueueTags: "R|||0;1;|||;",
  /** Grants permission to return a list of your queues. Access level: Read. https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_ListQueues.html */
  ListQueues: "R||||||;",
  /** Grants permission to delete the messages in a queue specified by the queue URL. Access level: Write. Resources: queue*. https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_PurgeQueue.html */
  PurgeQueue: "W|||0;1;|||;",
  /** Grants permission to retrieve one or more messages, with a maximum limit of 10 messages, from the specified queue. Access level: Read. Resources: queue*. https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_ReceiveMessage.html */
  ReceiveMessage: "R|||0;1;|||CancelMessageMoveTask,;,StartMessageMoveTask",
  /** Grants permission to revoke any permissions in the queue policy that matches the specified Label parameter. Access level: Permissions management. Resources: queue*. https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_RemovePermission.html */
  RemovePermission: "P|||0;1;|||;",
  /** Grants permission to deliver a message to the specified queue. Access level: Write. Resources: queue*. https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SendMessage.html */
  SendMessage: "W|||0;1;|||;,SendMessageBatch,StartMessageMoveTask",
  /** Grants permission to set the value of one or more queue attributes. Access level: Write. Resources: queue*. https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SetQueueAttributes.html */
  SetQueueAttributes: "W|||0;1;|||;",
  /** Grants permission to start a message move task. Access level: Write. Resources: queue*. https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_StartMessageMoveTask.html */
  StartMessageMoveTask: "W|||0;1;||0,1,2,sqs:SendMessage|;",
  /** Grants permission to add tags to the specified SQS queue. Access level: Tagging. Resources: queue*. https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_TagQueue.html */
  TagQueue: "T|||0;1;|0,2||CreateQueue,;",
  /** Grants permission to remove tags from the specified SQS queue. Access level: Tagging. Resources: queue*. https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_UntagQueue.html */
  UntagQueue: "T|||0;1;|2||;",
} as const;
const actionDetails = {
  AddPermission: "|,;~~~|Grants permission to a queue for a specific principal",
  CancelMessageMoveTask: "|,;~~~|Grants permission to cancel an in progress message move task",
  ChangeMessageVisibility:
    "|,;~~~,~~|Grants permission to change the visibility timeout of a specified message in a queue to a new value",
  CreateQueue: "|,;~~~|Grants permission to create a new queue, or returns the URL of an existing one",
  DeleteMessage: "|,;~~~,~~,~~,~~|Grants permission to delete the specified message from the specified queue",
  DeleteQueue:
    "|,;~~~|Grants permission to delete the queue specified by the queue URL, regardless of whether the queue is empty",
  GetQueueAttributes: "|,;~~~,~~,~~,~~|Grants permission to get attributes for the specified queue",
  GetQueueUrl: "|,;~~~|Grants permission to return the URL of an existing queue",
  ListDeadLetterSourceQueues:
    "|,;~~~|Grants permission to return a list of your queues that have the RedrivePolicy queue attribute configured with a dead letter queue",
  ListMessageMoveTasks: "|,;~~~|Grants permission to list message move tasks",
  ListQueueTags: "|,;~~~|Grants permission to list tags added to an SQS queue",
  ListQueues: "|,;~~~|Grants permission to return a list of your queues",
  PurgeQueue: "|,;~~~|Grants permission to delete the messages in a queue specified by the queue URL",
  ReceiveMessage:
    "|,;~~~,~~,~~|Grants permission to retrieve one or more messages, with a maximum limit of 10 messages, from the specified queue",
  RemovePermission:
    "|,;~~~|Grants permission to revoke any permissions in the queue policy that matches the specified Label parameter",
  SendMessage: "|,;~~~,~~,~~|Grants permission to deliver a message to the specified queue",
  SetQueueAttributes: "|,;~~~|Grants permission to set the value of one or more queue attributes",
  StartMessageMoveTask: "|,;~~~|Grants permission to start a message move task",
  TagQueue: "|,;~~~,~~|Grants permission to add tags to the specified SQS queue",
  UntagQueue: "|,;~~~|Grants permission to remove tags from the specified SQS queue",
};
const resourceTypeFacts = {
  /** The queue resource type: arn:${Partition}:sqs:${Region}:${Account}:${QueueName} */
  queue: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a queue resource: arn:${Partition}:sqs:${Region}:${Account}:${QueueName}. */
  queue: "|,queue|arn:|Partition|:sqs:|Region|:|Account|:|QueueName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["queue"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "sqs">;
/** Any sqs action. */
export type Action = ActionOf<typeof actionFacts, "sqs">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "sqs">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "sqs" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every sqs action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "sqs",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
