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
export const prefix: "snow-device-management" = "snow-device-management";
/** The service's name in the reference. */
export const serviceName: "AWS Snow Device Management" = "AWS Snow Device Management";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Snow Device Management",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssnowdevicemanagement.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to cancel tasks on remote devices. Access level: Write. Resources: task*. https://docs.aws.amazon.com/snowball/latest/developer-guide/aws-sdm.html#sdm-cli-cancel-task */
  CancelTask: "W|||1;1;|||;",
  /** Grants permission to create tasks on remote devices. Access level: Write. https://docs.aws.amazon.com/snowball/latest/developer-guide/aws-sdm.html#sdm-cli-create-task */
  CreateTask: "W||||0,1,2|snow-device-management:TagResource|;",
  /** Grants permission to describe a remotely-managed device. Access level: Read. Resources: managed-device*. https://docs.aws.amazon.com/snowball/latest/developer-guide/aws-sdm.html#sdm-cli-describe-device */
  DescribeDevice: "R|||0;1;|||;",
  /** Grants permission to describe a remotely-managed device's EC2 instances. Access level: Read. Resources: managed-device*. https://docs.aws.amazon.com/snowball/latest/developer-guide/aws-sdm.html#sdm-cli-describe-ec2-instances */
  DescribeDeviceEc2Instances: "R|||0;1;|||;",
  /** Grants permission to describe task executions. Access level: Read. https://docs.aws.amazon.com/snowball/latest/developer-guide/aws-sdm.html#sdm-cli-describe-execution */
  DescribeExecution: "R||||||;",
  /** Grants permission to describe a task. Access level: Read. Resources: task*. https://docs.aws.amazon.com/snowball/latest/developer-guide/aws-sdm.html#sdm-cli-describe-task */
  DescribeTask: "R|||1;1;|||;",
  /** Grants permission to list a remotely-managed device's resources. Access level: List. Resources: managed-device*. https://docs.aws.amazon.com/snowball/latest/developer-guide/aws-sdm.html#sdm-cli-list-device-resources */
  ListDeviceResources: "L|||0;1;|||;",
  /** Grants permission to list remotely-managed devices. Access level: List. https://docs.aws.amazon.com/snowball/latest/developer-guide/aws-sdm.html#sdm-cli-list-devices */
  ListDevices: "L||||||;",
  /** Grants permission to list task executions. Access level: List. https://docs.aws.amazon.com/snowball/latest/developer-guide/aws-sdm.html#sdm-cli-list-executions */
  ListExecutions: "L||||||;",
  /** Grants permission to list the tags for a resource (device or task). Access level: Read. https://docs.aws.amazon.com/snowball/latest/developer-guide/aws-sdm.html#sdm-cli-list-tags-for-resource */
  ListTagsForResource: "R||||0,2||;",
  /** Grants permission to list tasks. Access level: List. https://docs.aws.amazon.com/snowball/latest/developer-guide/aws-sdm.html#sdm-cli-list-tasks */
  ListTasks: "L||||||;",
  /** Grants permission to tag a resource. Access level: Tagging. Resources: managed-device, task. https://docs.aws.amazon.com/snowball/latest/developer-guide/aws-sdm.html#sdm-cli-tag-resource */
  TagResource: "T|||0;0;,1;0;|0,2||CreateTask,;",
  /** Grants permission to untag a resource. Access level: Tagging. Resources: managed-device, task. https://docs.aws.amazon.com/snowball/latest/developer-guide/aws-sdm.html#sdm-cli-untag-resources */
  UntagResource: "T|||0;0;,1;0;|2||;",
} as const;
const actionDetails = {
  CancelTask: "|,;~~~|Grants permission to cancel tasks on remote devices",
  CreateTask: "|,;~~~|Grants permission to create tasks on remote devices",
  DescribeDevice: "|,;~~~|Grants permission to describe a remotely-managed device",
  DescribeDeviceEc2Instances: "|,;~~~|Grants permission to describe a remotely-managed device's EC2 instances",
  DescribeExecution: "|,;~~~|Grants permission to describe task executions",
  DescribeTask: "|,;~~~|Grants permission to describe a task",
  ListDeviceResources: "|,;~~~|Grants permission to list a remotely-managed device's resources",
  ListDevices: "|,;~~~|Grants permission to list remotely-managed devices",
  ListExecutions: "|,;~~~|Grants permission to list task executions",
  ListTagsForResource: "|,;~~~|Grants permission to list the tags for a resource (device or task)",
  ListTasks: "|,;~~~|Grants permission to list tasks",
  TagResource: "|,;~~~,~~|Grants permission to tag a resource",
  UntagResource: "|,;~~~|Grants permission to untag a resource",
};
const resourceTypeFacts = {
  /** The managed-device resource type: arn:${Partition}:snow-device-management:${Region}:${Account}:managed-device/${ResourceId} */
  "managed-device": "|,managedDevice|1",
  /** The task resource type: arn:${Partition}:snow-device-management:${Region}:${Account}:task/${ResourceId} */
  task: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a managed-device resource: arn:${Partition}:snow-device-management:${Region}:${Account}:managed-device/${ResourceId}. */
  managedDevice:
    "|,managed-device|arn:|Partition|:snow-device-management:|Region|:|Account|:managed-device/|ResourceId|",
  /** ARN of a task resource: arn:${Partition}:snow-device-management:${Region}:${Account}:task/${ResourceId}. */
  task: "|,task|arn:|Partition|:snow-device-management:|Region|:|Account|:task/|ResourceId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["managed-device", "task"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "snow-device-management">;
/** Any snow-device-management action. */
export type Action = ActionOf<typeof actionFacts, "snow-device-management">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "snow-device-management">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "snow-device-management" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every snow-device-management action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by a tag's key and value in a request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by the presence of tag key-value pairs attached to the resource. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by a tag's key and value in a request",
  "aws:ResourceTag/${TagKey}":
    "|,String|0||Filters access by the presence of tag key-value pairs attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the presence of tag keys in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "snow-device-management",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
