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
export const prefix: "braket" = "braket";
/** The service's name in the reference. */
export const serviceName: "Amazon Braket" = "Amazon Braket";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Braket",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonbraket.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["braket:TagResource"] as const;
const actionFacts = {
  /** Grants permission to accept the Amazon Braket user agreement. Access level: Write. Permission only. ${UserGuideDocPage} */
  AcceptUserAgreement: "W||1||||",
  /** Grants permission to cancel a job. Access level: Write. Resources: job*. https://docs.aws.amazon.com/braket/latest/APIReference/API_CancelJob.html */
  CancelJob: "W|||1;1;|||;",
  /** Grants permission to cancel a quantum task. Access level: Write. Resources: quantum-task*. https://docs.aws.amazon.com/braket/latest/APIReference/API_CancelQuantumTask.html */
  CancelQuantumTask: "W|||2;1;|||;",
  /** Grants permission to create a job. Access level: Write. Resources: device*, job*. https://docs.aws.amazon.com/braket/latest/APIReference/API_CreateJob.html */
  CreateJob: "W|||0;1;,1;1;|0,2|0,iam:PassRole|;",
  /** Grants permission to create a quantum task. Access level: Write. Resources: device*, quantum-task*. https://docs.aws.amazon.com/braket/latest/APIReference/API_CreateQuantumTask.html */
  CreateQuantumTask: "W|||0;1;,2;1;|0,2|0|;",
  /** Grants permission to create a spending limit. Access level: Write. Resources: device*, spending-limit*. https://docs.aws.amazon.com/braket/latest/APIReference/API_CreateSpendingLimit.html */
  CreateSpendingLimit: "W|||0;1;,3;1;|0,2|0|;",
  /** Grants permission to delete a spending limit. Access level: Write. Resources: spending-limit*. https://docs.aws.amazon.com/braket/latest/APIReference/API_DeleteSpendingLimit.html */
  DeleteSpendingLimit: "W|||3;1;|||;",
  /** Grants permission to retrieve information about the devices available in Amazon Braket. Access level: Read. Resources: device*. https://docs.aws.amazon.com/braket/latest/APIReference/API_GetDevice.html */
  GetDevice: "R|||0;1;|||;",
  /** Grants permission to retrieve jobs. Access level: Read. Resources: job*. https://docs.aws.amazon.com/braket/latest/APIReference/API_GetJob.html */
  GetJob: "R|||1;1;|||;",
  /** Grants permission to retrieve quantum tasks. Access level: Read. Resources: quantum-task*. https://docs.aws.amazon.com/braket/latest/APIReference/API_GetQuantumTask.html */
  GetQuantumTask: "R|||2;1;|||;",
  /** Grants permission to check if the Amazon Braket service linked role has been created. Access level: Read. Permission only. ${UserGuideDocPage} */
  GetServiceLinkedRoleStatus: "R||1||||",
  /** Grants permission to check if the account has accepted the Amazon Braket user agreement. Access level: Read. Permission only. ${UserGuideDocPage} */
  GetUserAgreementStatus: "R||1||||",
  /** Grants permission to listing the tags that have been applied to the quantum task resource or the job. Access level: Read. Resources: job, quantum-task, spending-limit. https://docs.aws.amazon.com/braket/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||1;0;,2;0;,3;0;|||;",
  /** Grants permission to search for devices available in Amazon Braket. Access level: List. https://docs.aws.amazon.com/braket/latest/APIReference/API_SearchDevices.html */
  SearchDevices: "L||||||;",
  /** Grants permission to search for jobs. Access level: List. https://docs.aws.amazon.com/braket/latest/APIReference/API_SearchJobs.html */
  SearchJobs: "L||||||;",
  /** Grants permission to search for quantum tasks. Access level: List. https://docs.aws.amazon.com/braket/latest/APIReference/API_SearchQuantumTasks.html */
  SearchQuantumTasks: "L||||||;",
  /** Grants permission to search for spending limit. Access level: Read. https://docs.aws.amazon.com/braket/latest/APIReference/API_SearchSpendingLimits.html */
  SearchSpendingLimits: "R||||||;",
  /** Grants permission to add one or more tags to a quantum task or a hybrid job. Access level: Tagging. Resources: job, quantum-task, spending-limit. https://docs.aws.amazon.com/braket/latest/APIReference/API_TagResource.html */
  TagResource: "T|||1;0;,2;0;,3;0;|0,2||CreateJob,CreateQuantumTask,CreateSpendingLimit,;",
  /** Grants permission to remove one or more tags from a quantum task resource or a job. A tag consists of a key-value pair. Access level: Tagging. Resources: job, quantum-task, spending-limit. https://docs.aws.amazon.com/braket/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||1;0;,2;0;,3;0;|2||;",
  /** Grants permission to update a spending limit. Access level: Write. Resources: spending-limit*. https://docs.aws.amazon.com/braket/latest/APIReference/API_UpdateSpendingLimit.html */
  UpdateSpendingLimit: "W|||3;1;|||;",
} as const;
const actionDetails = {
  AcceptUserAgreement: "|,;~|Grants permission to accept the Amazon Braket user agreement",
  CancelJob: "|,;~~~|Grants permission to cancel a job",
  CancelQuantumTask: "|,;~~~|Grants permission to cancel a quantum task",
  CreateJob: "|,;~~~|Grants permission to create a job",
  CreateQuantumTask: "|,;~~~|Grants permission to create a quantum task",
  CreateSpendingLimit: "|,;~~~|Grants permission to create a spending limit",
  DeleteSpendingLimit: "|,;~~~|Grants permission to delete a spending limit",
  GetDevice: "|,;~~~|Grants permission to retrieve information about the devices available in Amazon Braket",
  GetJob: "|,;~~~|Grants permission to retrieve jobs",
  GetQuantumTask: "|,;~~~|Grants permission to retrieve quantum tasks",
  GetServiceLinkedRoleStatus:
    "|,;~|Grants permission to check if the Amazon Braket service linked role has been created",
  GetUserAgreementStatus:
    "|,;~|Grants permission to check if the account has accepted the Amazon Braket user agreement",
  ListTagsForResource:
    "|,;~~~|Grants permission to listing the tags that have been applied to the quantum task resource or the job",
  SearchDevices: "|,;~~~|Grants permission to search for devices available in Amazon Braket",
  SearchJobs: "|,;~~~|Grants permission to search for jobs",
  SearchQuantumTasks: "|,;~~~|Grants permission to search for quantum tasks",
  SearchSpendingLimits: "|,;~~~|Grants permission to search for spending limit",
  TagResource: "|,;~~~,~~,~~,~~|Grants permission to add one or more tags to a quantum task or a hybrid job",
  UntagResource:
    "|,;~~~|Grants permission to remove one or more tags from a quantum task resource or a job. A tag consists of a key-value pair",
  UpdateSpendingLimit: "|,;~~~|Grants permission to update a spending limit",
};
const resourceTypeFacts = {
  /** The device resource type: arn:${Partition}:braket:*:*:device/${DeviceType}/${Provider}/${DeviceId} */
  device: "|,|",
  /** The job resource type: arn:${Partition}:braket:${Region}:${Account}:job/${RandomId} */
  job: "|,|1",
  /** The quantum-task resource type: arn:${Partition}:braket:${Region}:${Account}:quantum-task/${RandomId} */
  "quantum-task": "|,quantumTask|1",
  /** The spending-limit resource type: arn:${Partition}:braket:${Region}:${Account}:spending-limit/${RandomId} */
  "spending-limit": "|,spendingLimit|1",
} as const;
const arnFormats = {
  /** ARN of a device resource: arn:${Partition}:braket:*:*:device/${DeviceType}/${Provider}/${DeviceId}. */
  device: "|,device|arn:|Partition|:braket:*:*:device/|DeviceType|/|Provider|/|DeviceId|",
  /** ARN of a job resource: arn:${Partition}:braket:${Region}:${Account}:job/${RandomId}. */
  job: "|,job|arn:|Partition|:braket:|Region|:|Account|:job/|RandomId|",
  /** ARN of a quantum-task resource: arn:${Partition}:braket:${Region}:${Account}:quantum-task/${RandomId}. */
  quantumTask: "|,quantum-task|arn:|Partition|:braket:|Region|:|Account|:quantum-task/|RandomId|",
  /** ARN of a spending-limit resource: arn:${Partition}:braket:${Region}:${Account}:spending-limit/${RandomId}. */
  spendingLimit: "|,spending-limit|arn:|Partition|:braket:|Region|:|Account|:spending-limit/|RandomId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["device", "job", "quantum-task", "spending-limit"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "braket">;
/** Any braket action. */
export type Action = ActionOf<typeof actionFacts, "braket">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "braket">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "braket" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every braket action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "braket",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
