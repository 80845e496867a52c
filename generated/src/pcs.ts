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
export const prefix: "pcs" = "pcs";
/** The service's name in the reference. */
export const serviceName: "AWS Parallel Computing Service" = "AWS Parallel Computing Service";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Parallel Computing Service",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsparallelcomputingservice.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [
  "ec2:CreateFleet",
  "ec2:CreateLaunchTemplate",
  "ec2:CreateLaunchTemplateVersion",
  "ec2:CreateNetworkInterface",
  "ec2:CreateNetworkInterfacePermission",
  "ec2:CreateTags",
  "ec2:DescribeImages",
  "ec2:DescribeInstanceStatus",
  "ec2:DescribeInstanceTypes",
  "ec2:DescribeInstances",
  "ec2:DescribeLaunchTemplateVersions",
  "ec2:DescribeLaunchTemplates",
  "ec2:DescribeNetworkInterfaces",
  "ec2:DescribeSecurityGroups",
  "ec2:DescribeSubnets",
  "ec2:DescribeVpcs",
  "ec2:GetSecurityGroupsForVpc",
  "ec2:RunInstances",
  "iam:CreateServiceLinkedRole",
  "iam:GetInstanceProfile",
  "iam:PassRole",
  "pcs:TagResource",
  "secretsmanager:CreateSecret",
  "secretsmanager:TagResource",
] as const;
const actionFacts = {
  /** Grants permission to configure vended log delivery for AWS PCS cluster logs. Access level: Write. Resources: cluster*. Permission only. https://docs.aws.amazon.com/pcs/latest/userguide/monitoring_scheduler-logs.html */
  AllowVendedLogDeliveryForResource: "W||1|0;1;|||",
  /** Grants permission to create clusters. Access level: Write. https://docs.aws.amazon.com/pcs/latest/APIReference/API_CreateCluster.html */
  CreateCluster: "W||||0,1,2|3,4,12,13,14,15,16,18,21,22,23|;",
  /** Grants permission to create compute node groups. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/pcs/latest/APIReference/API_CreateComputeNodeGroup.html */
  CreateComputeNodeGroup: "W|||0;1;|0,1,2|0,1,2,5,6,7,8,9,10,11,13,14,15,17,19,20,21|;",
  /** Grants permission to create queues. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/pcs/latest/APIReference/API_CreateQueue.html */
  CreateQueue: "W|||0;1;|0,1,2|21|;",
  /** Grants permission to delete clusters. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/pcs/latest/APIReference/API_DeleteCluster.html */
  DeleteCluster: "W|||0;1;||ec2:DeleteNetworkInterface,secretsmanager:DeleteSecret|;",
  /** Grants permission to delete compute node groups. Access level: Write. Resources: cluster*, computenodegroup*. https://docs.aws.amazon.com/pcs/latest/APIReference/API_DeleteComputeNodeGroup.html */
  DeleteComputeNodeGroup: "W|||0;1;,1;1;||ec2:DeleteLaunchTemplate,ec2:TerminateInstances|;",
  /** Grants permission to delete queues. Access level: Write. Resources: cluster*, queue*. https://docs.aws.amazon.com/pcs/latest/APIReference/API_DeleteQueue.html */
  DeleteQueue: "W|||0;1;,2;1;|||;",
  /** Grants permission to get cluster properties. Access level: Read. Resources: cluster*. https://docs.aws.amazon.com/pcs/latest/APIReference/API_GetCluster.html */
  GetCluster: "R|||0;1;|||;",
  /** Grants permission to get compute node group properties. Access level: Read. Resources: cluster*, computenodegroup*. https://docs.aws.amazon.com/pcs/latest/APIReference/API_GetComputeNodeGroup.html */
  GetComputeNodeGroup: "R|||0;1;,1;1;|||;",
  /** Grants permission to get queue properties. Access level: Read. Resources: cluster*, queue*. https://docs.aws.amazon.com/pcs/latest/APIReference/API_GetQueue.html */
  GetQueue: "R|||0;1;,2;1;|||;",
  /** Grants permission to list clusters. Access level: List. https://docs.aws.amazon.com/pcs/latest/APIReference/API_ListClusters.html */
  ListClusters: "L||||||;",
  /** Grants permission to list compute node groups. Access level: List. Resources: cluster*. https://docs.aws.amazon.com/pcs/latest/APIReference/API_ListComputeNodeGroups.html */
  ListComputeNodeGroups: "L|||0;1;|||;",
  /** Grants permission to list queues. Access level: List. Resources: cluster*. https://docs.aws.amazon.com/pcs/latest/APIReference/API_ListQueues.html */
  ListQueues: "L|||0;1;|||;",
  /** Grants permission to list the tags for a resource. Access level: Read. https://docs.aws.amazon.com/pcs/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R||||||;",
  /** Grants permission to register a compute instance in a compute node group. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/pcs/latest/APIReference/API_RegisterComputeNodeGroupInstance.html */
  RegisterComputeNodeGroupInstance: "W|||0;1;||secretsmanager:GetSecretValue|;",
  /** Grants permission to tag a resource. Access level: Tagging. Resources: cluster, computenodegroup, queue. https://docs.aws.amazon.com/pcs/latest/APIReference/API_TagResource.html */
  TagResource: "T|||0;0;1,1;0;1,2;0;1|0,2||CreateCluster,CreateComputeNodeGroup,CreateQueue,;",
  /** Grants permission to untag a resource. Access level: Tagging. Resources: cluster, computenodegroup, queue. https://docs.aws.amazon.com/pcs/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;1,1;0;1,2;0;1|2||;",
  /** Grants permission to update cluster properties. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/pcs/latest/APIReference/API_UpdateCluster.html */
  UpdateCluster: "W|||0;1;||3,4,12,13,14,15,16,18,22,23|;",
  /** Grants permission to update compute node group properties. Access level: Write. Resources: cluster*, computenodegroup*. https://docs.aws.amazon.com/pcs/latest/APIReference/API_UpdateComputeNodeGroup.html */
  UpdateComputeNodeGroup: "W|||0;1;,1;1;||0,1,2,5,6,7,8,9,10,11,13,14,15,17,19,20|;",
  /** Grants permission to update queue properties. Access level: Write. Resources: cluster*, queue*. https://docs.aws.amazon.com/pcs/latest/APIReference/API_UpdateQueue.html */
  UpdateQueue: "W|||0;1;,2;1;|||;",
} as const;
const actionDetails = {
  AllowVendedLogDeliveryForResource: "|,;~|Grants permission to configure vended log delivery for AWS PCS cluster logs",
  CreateCluster: "|,;~~~|Grants permission to create clusters",
  CreateComputeNodeGroup: "|,;~~~|Grants permission to create compute node groups",
  CreateQueue: "|,;~~~|Grants permission to create queues",
  DeleteCluster: "|,;~~~|Grants permission to delete clusters",
  DeleteComputeNodeGroup: "|,;~~~|Grants permission to delete compute node groups",
  DeleteQueue: "|,;~~~|Grants permission to delete queues",
  GetCluster: "|,;~~~|Grants permission to get cluster properties",
  GetComputeNodeGroup: "|,;~~~|Grants permission to get compute node group properties",
  GetQueue: "|,;~~~|Grants permission to get queue properties",
  ListClusters: "|,;~~~|Grants permission to list clusters",
  ListComputeNodeGroups: "|,;~~~|Grants permission to list compute node groups",
  ListQueues: "|,;~~~|Grants permission to list queues",
  ListTagsForResource: "|,;~~~|Grants permission to list the tags for a resource",
  RegisterComputeNodeGroupInstance: "|,;~~~|Grants permission to register a compute instance in a compute node group",
  TagResource: "|,;~~~,~~,~~,~~|Grants permission to tag a resource",
  UntagResource: "|,;~~~|Grants permission to untag a resource",
  UpdateCluster: "|,;~~~|Grants permission to update cluster properties",
  UpdateComputeNodeGroup: "|,;~~~|Grants permission to update compute node group properties",
  UpdateQueue: "|,;~~~|Grants permission to update queue properties",
};
const resourceTypeFacts = {
  /** The cluster resource type: arn:${Partition}:pcs:${Region}:${Account}:cluster/${ClusterIdentifier} */
  cluster: "|,|1",
  /** The computenodegroup resource type: arn:${Partition}:pcs:${Region}:${Account}:cluster/${ClusterIdentifier}/computenodegroup/${ComputeNodeGroupIdentifier} */
  computenodegroup: "|,|1",
  /** The queue resource type: arn:${Partition}:pcs:${Region}:${Account}:cluster/${ClusterIdentifier}/queue/${QueueIdentifier} */
  queue: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a cluster resource: arn:${Partition}:pcs:${Region}:${Account}:cluster/${ClusterIdentifier}. */
  cluster: "|,cluster|arn:|Partition|:pcs:|Region|:|Account|:cluster/|ClusterIdentifier|",
  /** ARN of a computenodegroup resource: arn:${Partition}:pcs:${Region}:${Account}:cluster/${ClusterIdentifier}/computenodegroup/${ComputeNodeGroupIdentifier}. */
  computenodegroup:
    "|,computenodegroup|arn:|Partition|:pcs:|Region|:|Account|:cluster/|ClusterIdentifier|/computenodegroup/|ComputeNodeGroupIdentifier|",
  /** ARN of a queue resource: arn:${Partition}:pcs:${Region}:${Account}:cluster/${ClusterIdentifier}/queue/${QueueIdentifier}. */
  queue: "|,queue|arn:|Partition|:pcs:|Region|:|Account|:cluster/|ClusterIdentifier|/queue/|QueueIdentifier|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["cluster", "computenodegroup", "queue"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "pcs">;
/** Any pcs action. */
export type Action = ActionOf<typeof actionFacts, "pcs">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "pcs">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "pcs" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every pcs action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "pcs",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
