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
export const prefix: "kafka-cluster" = "kafka-cluster";
/** The service's name in the reference. */
export const serviceName: "Apache Kafka APIs for Amazon MSK clusters" = "Apache Kafka APIs for Amazon MSK clusters";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Apache Kafka APIs for Amazon MSK clusters",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_apachekafkaapisforamazonmskclusters.html",
  },
];
const conditionKeyList = ["aws:ResourceTag/${TagKey}"] as const;
const dependentActionList = [
  "kafka-cluster:Connect",
  "kafka-cluster:DescribeGroup",
  "kafka-cluster:DescribeTopic",
  "kafka-cluster:WriteData",
] as const;
const actionFacts = {
  /** Grants permission to alter various aspects of the cluster, equivalent to Apache Kafka's ALTER CLUSTER ACL. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/msk/latest/developerguide/iam-access-control.html#actions */
  AlterCluster: "W|||0;1;||0,kafka-cluster:DescribeCluster|",
  /** Grants permission to alter the dynamic configuration of a cluster, equivalent to Apache Kafka's ALTER_CONFIGS CLUSTER ACL. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/msk/latest/developerguide/iam-access-control.html#actions */
  AlterClusterDynamicConfiguration: "W|||0;1;||0,kafka-cluster:DescribeClusterDynamicConfiguration|",
  /** Grants permission to join groups on a cluster, equivalent to Apache Kafka's READ GROUP ACL. Access level: Write. Resources: group*. https://docs.aws.amazon.com/msk/latest/developerguide/iam-access-control.html#actions */
  AlterGroup: "W|||1;1;||0,1|",
  /** Grants permission to alter topics on a cluster, equivalent to Apache Kafka's ALTER TOPIC ACL. Access level: Write. Resources: topic*. https://docs.aws.amazon.com/msk/latest/developerguide/iam-access-control.html#actions */
  AlterTopic: "W|||2;1;||0,2|",
  /** Grants permission to alter the dynamic configuration of topics on a cluster, equivalent to Apache Kafka's ALTER_CONFIGS TOPIC ACL. Access level: Write. Resources: topic*. https://docs.aws.amazon.com/msk/latest/developerguide/iam-access-control.html#actions */
  AlterTopicDynamicConfiguration: "W|||2;1;||0,kafka-cluster:DescribeTopicDynamicConfiguration|",
  /** Grants permission to alter transactional IDs on a cluster, equivalent to Apache Kafka's WRITE TRANSACTIONAL_ID ACL. Access level: Write. Resources: transactional-id*. https://docs.aws.amazon.com/msk/latest/developerguide/iam-access-control.html#actions */
  AlterTransactionalId: "W|||3;1;||0,kafka-cluster:DescribeTransactionalId,3|",
  /** Grants permission to connect and authenticate to the cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/msk/latest/developerguide/iam-access-control.html#actions */
  Connect: "W|||0;1;|||",
  /** Grants permission to create topics on a cluster, equivalent to Apache Kafka's CREATE CLUSTER/TOPIC ACL. Access level: Write. Resources: topic*. https://docs.aws.amazon.com/msk/latest/developerguide/iam-access-control.html#actions */
  CreateTopic: "W|||2;1;||0|",
  /** Grants permission to delete groups on a cluster, equivalent to Apache Kafka's DELETE GROUP ACL. Access level: Write. Resources: group*. https://docs.aws.amazon.com/msk/latest/developerguide/iam-access-control.html#actions */
  DeleteGroup: "W|||1;1;||0,1|",
  /** Grants permission to delete topics on a cluster, equivalent to Apache Kafka's DELETE TOPIC ACL. Access level: Write. Resources: topic*. https://docs.aws.amazon.com/msk/latest/developerguide/iam-access-control.html#actions */
  DeleteTopic: "W|||2;1;||0,2|",
  /** Grants permission to describe various aspects of the cluster, equivalent to Apache Kafka's DESCRIBE CLUSTER ACL. Access level: List. Resources: cluster*. https://docs.aws.amazon.com/msk/latest/developerguide/iam-access-control.html#actions */
  DescribeCluster: "L|||0;1;||0|",
  /** Grants permission to describe the dynamic configuration of a cluster, equivalent to Apache Kafka's DESCRIBE_CONFIGS CLUSTER ACL. Access level: List. Resources: cluster*. https://docs.aws.amazon.com/msk/latest/developerguide/iam-access-control.html#actions */
  DescribeClusterDynamicConfiguration: "L|||0;1;||0|",
  /** Grants permission to describe groups on a cluster, equivalent to Apache Kafka's DESCRIBE GROUP ACL. Access level: List. Resources: group*. https://docs.aws.amazon.com/msk/latest/developerguide/iam-access-control.html#actions */
  DescribeGroup: "L|||1;1;||0|",
  /** Grants permission to describe topics on a cluster, equivalent to Apache Kafka's DESCRIBE TOPIC ACL. Access level: List. Resources: topic*. https://docs.aws.amazon.com/msk/latest/developerguide/iam-access-control.html#actions */
  DescribeTopic: "L|||2;1;||0|",
  /** Grants permission to describe the dynamic configuration of topics on a cluster, equivalent to Apache Kafka's DESCRIBE_CONFIGS TOPIC ACL. Access level: List. Resources: topic*. https://docs.aws.amazon.com/msk/latest/developerguide/iam-access-control.html#actions */
  DescribeTopicDynamicConfiguration: "L|||2;1;||0|",
  /** Grants permission to describe transactional IDs on a cluster, equivalent to Apache Kafka's DESCRIBE TRANSACTIONAL_ID ACL. Access level: List. Resources: transactional-id*. https://docs.aws.amazon.com/msk/latest/developerguide/iam-access-control.html#actions */
  DescribeTransactionalId: "L|||3;1;||0|",
  /** Grants permission to read data from topics on a cluster, equivalent to Apache Kafka's READ TOPIC ACL. Access level: Read. Resources: topic*. https://docs.aws.amazon.com/msk/latest/developerguide/iam-access-control.html#actions */
  ReadData: "R|||2;1;||kafka-cluster:AlterGroup,0,2|",
  /** Grants permission to write data to topics on a cluster, equivalent to Apache Kafka's WRITE TOPIC ACL. Access level: Write. Resources: topic*. https://docs.aws.amazon.com/msk/latest/developerguide/iam-access-control.html#actions */
  WriteData: "W|||2;1;||0,2|",
  /** Grants permission to write data idempotently on a cluster, equivalent to Apache Kafka's IDEMPOTENT_WRITE CLUSTER ACL. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/msk/latest/developerguide/iam-access-control.html#actions */
  WriteDataIdempotently: "W|||0;1;||0,3|",
} as const;
const actionDetails = {
  AlterCluster:
    "|,;~|Grants permission to alter various aspects of the cluster, equivalent to Apache Kafka's ALTER CLUSTER ACL",
  AlterClusterDynamicConfiguration:
    "|,;~|Grants permission to alter the dynamic configuration of a cluster, equivalent to Apache Kafka's ALTER_CONFIGS CLUSTER ACL",
  AlterGroup: "|,;~|Grants permission to join groups on a cluster, equivalent to Apache Kafka's READ GROUP ACL",
  AlterTopic: "|,;~|Grants permission to alter topics on a cluster, equivalent to Apache Kafka's ALTER TOPIC ACL",
  AlterTopicDynamicConfiguration:
    "|,;~|Grants permission to alter the dynamic configuration of topics on a cluster, equivalent to Apache Kafka's ALTER_CONFIGS TOPIC ACL",
  AlterTransactionalId:
    "|,;~|Grants permission to alter transactional IDs on a cluster, equivalent to Apache Kafka's WRITE TRANSACTIONAL_ID ACL",
  Connect: "|,;~|Grants permission to connect and authenticate to the cluster",
  CreateTopic:
    "|,;~|Grants permission to create topics on a cluster, equivalent to Apache Kafka's CREATE CLUSTER/TOPIC ACL",
  DeleteGroup: "|,;~|Grants permission to delete groups on a cluster, equivalent to Apache Kafka's DELETE GROUP ACL",
  DeleteTopic: "|,;~|Grants permission to delete topics on a cluster, equivalent to Apache Kafka's DELETE TOPIC ACL",
  DescribeCluster:
    "|,;~|Grants permission to describe various aspects of the cluster, equivalent to Apache Kafka's DESCRIBE CLUSTER ACL",
  DescribeClusterDynamicConfiguration:
    "|,;~|Grants permission to describe the dynamic configuration of a cluster, equivalent to Apache Kafka's DESCRIBE_CONFIGS CLUSTER ACL",
  DescribeGroup:
    "|,;~|Grants permission to describe groups on a cluster, equivalent to Apache Kafka's DESCRIBE GROUP ACL",
  DescribeTopic:
    "|,;~|Grants permission to describe topics on a cluster, equivalent to Apache Kafka's DESCRIBE TOPIC ACL",
  DescribeTopicDynamicConfiguration:
    "|,;~|Grants permission to describe the dynamic configuration of topics on a cluster, equivalent to Apache Kafka's DESCRIBE_CONFIGS TOPIC ACL",
  DescribeTransactionalId:
    "|,;~|Grants permission to describe transactional IDs on a cluster, equivalent to Apache Kafka's DESCRIBE TRANSACTIONAL_ID ACL",
  ReadData: "|,;~|Grants permission to read data from topics on a cluster, equivalent to Apache Kafka's READ TOPIC ACL",
  WriteData:
    "|,;~|Grants permission to write data to topics on a cluster, equivalent to Apache Kafka's WRITE TOPIC ACL",
  WriteDataIdempotently:
    "|,;~|Grants permission to write data idempotently on a cluster, equivalent to Apache Kafka's IDEMPOTENT_WRITE CLUSTER ACL",
};
const resourceTypeFacts = {
  /** The cluster resource type: arn:${Partition}:kafka:${Region}:${Account}:cluster/${ClusterName}/${ClusterUuid} */
  cluster: "|,|0",
  /** The group resource type: arn:${Partition}:kafka:${Region}:${Account}:group/${ClusterName}/${ClusterUuid}/${GroupName} */
  group: "|,|",
  /** The topic resource type: arn:${Partition}:kafka:${Region}:${Account}:topic/${ClusterName}/${ClusterUuid}/${TopicName} */
  topic: "|,|",
  /** The transactional-id resource type: arn:${Partition}:kafka:${Region}:${Account}:transactional-id/${ClusterName}/${ClusterUuid}/${TransactionalId} */
  "transactional-id": "|,transactionalId|",
} as const;
const arnFormats = {
  /** ARN of a cluster resource: arn:${Partition}:kafka:${Region}:${Account}:cluster/${ClusterName}/${ClusterUuid}. */
  cluster: "|,cluster|arn:|Partition|:kafka:|Region|:|Account|:cluster/|ClusterName|/|ClusterUuid|",
  /** ARN of a group resource: arn:${Partition}:kafka:${Region}:${Account}:group/${ClusterName}/${ClusterUuid}/${GroupName}. */
  group: "|,group|arn:|Partition|:kafka:|Region|:|Account|:group/|ClusterName|/|ClusterUuid|/|GroupName|",
  /** ARN of a topic resource: arn:${Partition}:kafka:${Region}:${Account}:topic/${ClusterName}/${ClusterUuid}/${TopicName}. */
  topic: "|,topic|arn:|Partition|:kafka:|Region|:|Account|:topic/|ClusterName|/|ClusterUuid|/|TopicName|",
  /** ARN of a transactional-id resource: arn:${Partition}:kafka:${Region}:${Account}:transactional-id/${ClusterName}/${ClusterUuid}/${TransactionalId}. */
  transactionalId:
    "|,transactional-id|arn:|Partition|:kafka:|Region|:|Account|:transactional-id/|ClusterName|/|ClusterUuid|/|TransactionalId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["cluster", "group", "topic", "transactional-id"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "kafka-cluster">;
/** Any kafka-cluster action. */
export type Action = ActionOf<typeof actionFacts, "kafka-cluster">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "kafka-cluster">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "", client: "" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every kafka-cluster action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters actions based on tag key-value pairs attached to the resource. The resource tag context key will only apply to the cluster resource, not topics, groups and transactional IDs. */
  [key: `aws:ResourceTag/${string}`]: "String";
}

/** Condition key -> value type. */
export type ConditionKeys = ConditionKeysOf<ConditionKeyTypes>;

/** Condition key with a placeholder, as the reference writes it -> its template-literal key. */
export interface ConditionKeyPatterns {
  /** aws:ResourceTag/${TagKey} */
  "aws:ResourceTag/${TagKey}": `aws:ResourceTag/${string}`;
}

/** A condition key as the reference writes it. */
export type ConditionKeyName = (typeof conditionKeyList)[number];
/** Condition key -> description, types, deprecation. */
export type ConditionKeyInfos = { readonly [K in ConditionKeyName]: ConditionKeyInfo };
const conditionKeyRows: { readonly [K in ConditionKeyName]: string } = {
  "aws:ResourceTag/${TagKey}":
    "|,String|0||Filters actions based on tag key-value pairs attached to the resource. The resource tag context key will only apply to the cluster resource, not topics, groups and transactional IDs",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "kafka-cluster",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
