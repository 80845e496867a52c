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
export const prefix: "kafkaconnect" = "kafkaconnect";
/** The service's name in the reference. */
export const serviceName: "Amazon Managed Streaming for Kafka Connect" = "Amazon Managed Streaming for Kafka Connect";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Managed Streaming for Kafka Connect",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonmanagedstreamingforkafkaconnect.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["kafkaconnect:TagResource", "logs:ListLogDeliveries"] as const;
const actionFacts = {
  /** Grants permission to create an MSK Connect connector. Access level: Write. https://docs.aws.amazon.com/MSKC/latest/mskc/API_CreateConnector.html */
  CreateConnector:
    "W|||||ec2:CreateNetworkInterface,ec2:DescribeSecurityGroups,ec2:DescribeSubnets,ec2:DescribeVpcs,firehose:TagDeliveryStream,iam:AttachRolePolicy,iam:CreateServiceLinkedRole,iam:PassRole,iam:PutRolePolicy,0,logs:CreateLogDelivery,logs:DescribeLogGroups,logs:DescribeResourcePolicies,logs:GetLogDelivery,1,logs:PutResourcePolicy,s3:GetBucketPolicy,s3:PutBucketPolicy|;",
  /** Grants permission to create an MSK Connect custom plugin. Access level: Write. https://docs.aws.amazon.com/MSKC/latest/mskc/API_CreateCustomPlugin.html */
  CreateCustomPlugin: "W|||||0,s3:GetObject|;",
  /** Grants permission to create an MSK Connect worker configuration. Access level: Write. https://docs.aws.amazon.com/MSKC/latest/mskc/API_CreateWorkerConfiguration.html */
  CreateWorkerConfiguration: "W|||||0|;",
  /** Grants permission to delete an MSK Connect connector. Access level: Write. Resources: connector*. https://docs.aws.amazon.com/MSKC/latest/mskc/API_DeleteConnector.html */
  DeleteConnector: "W|||0;1;||logs:DeleteLogDelivery,1|;",
  /** Grants permission to delete an MSK Connect custom plugin. Access level: Write. Resources: custom plugin*. https://docs.aws.amazon.com/MSKC/latest/mskc/API_DeleteCustomPlugin.html */
  DeleteCustomPlugin: "W|||2;1;|||;",
  /** Grants permission to delete an MSK Connect worker configuration. Access level: Write. Resources: worker configuration*. https://docs.aws.amazon.com/MSKC/latest/mskc/API_DeleteWorkerConfiguration.html */
  DeleteWorkerConfiguration: "W|||3;1;|||;",
  /** Grants permission to describe an MSK Connect connector. Access level: Read. Resources: connector*. https://docs.aws.amazon.com/MSKC/latest/mskc/API_DescribeConnector.html */
  DescribeConnector: "R|||0;1;|||;,DescribeConnectorOperation",
  /** Grants permission to describe a MSK Connect connector operation. Access level: Read. Resources: connector operation*. https://docs.aws.amazon.com/MSKC/latest/mskc/API_DescribeConnectorOperation.html */
  DescribeConnectorOperation: "R|||1;1;||kafkaconnect:DescribeConnector|;",
  /** Grants permission to describe an MSK Connect custom plugin. Access level: Read. Resources: custom plugin*. https://docs.aws.amazon.com/MSKC/latest/mskc/API_DescribeCustomPlugin.html */
  DescribeCustomPlugin: "R|||2;1;|||;",
  /** Grants permission to describe an MSK Connect worker configuration. Access level: Read. Resources: worker configuration*. https://docs.aws.amazon.com/MSKC/latest/mskc/API_DescribeWorkerConfiguration.html */
  DescribeWorkerConfiguration: "R|||3;1;|||;",
  /** Grants permission to list all operations of a given MSK Connect connector. Access level: Read. Resources: connector*. https://docs.aws.amazon.com/MSKC/latest/mskc/API_ListConnectorOperations.html */
  ListConnectorOperations: "R|||0;1;|||;",
  /** Grants permission to list all MSK Connect connectors in this account. Access level: Read. https://docs.aws.amazon.com/MSKC/latest/mskc/API_ListConnectors.html */
  ListConnectors: "R||||||;",
  /** Grants permission to list all MSK Connect custom plugins in this account. Access level: Read. https://docs.aws.amazon.com/MSKC/latest/mskc/API_ListCustomPlugins.html */
  ListCustomPlugins: "R||||||;",
  /** Grants permission to list tags of an MSK Connect resource. Access level: Read. Resources: connector, custom plugin, worker configuration. https://docs.aws.amazon.com/MSKC/latest/mskc/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;1,2;0;1,3;0;1|||;",
  /** Grants permission to list all MSK Connect worker configurations in this account. Access level: Read. https://docs.aws.amazon.com/MSKC/latest/mskc/API_ListWorkerConfigurations.html */
  ListWorkerConfigurations: "R||||||;",
  /** Grants permission to tag an MSK Connect resource. Access level: Tagging. Resources: connector, custom plugin, worker configuration. https://docs.aws.amazon.com/MSKC/latest/mskc/API_TagResource.html */
  TagResource: "T|||0;0;0~1~2,2;0;0~1~2,3;0;0~1~2|0,2||CreateConnector,CreateCustomPlugin,CreateWorkerConfiguration,;",
  /** Grants permission to remove tags from an MSK Connect resource. Access level: Tagging. Resources: connector, custom plugin, worker configuration. https://docs.aws.amazon.com/MSKC/latest/mskc/API_UntagResource.html */
  UntagResource: "T|||0;0;2,2;0;2,3;0;2|2||;",
  /** Grants permission to update an MSK Connect connector. Access level: Write. Resources: connector*. https://docs.aws.amazon.com/MSKC/latest/mskc/API_UpdateConnector.html */
  UpdateConnector: "W|||0;1;|||;",
} as const;
const actionDetails = {
  CreateConnector: "|,;~~~|Grants permission to create an MSK Connect connector",
  CreateCustomPlugin: "|,;~~~|Grants permission to create an MSK Connect custom plugin",
  CreateWorkerConfiguration: "|,;~~~|Grants permission to create an MSK Connect worker configuration",
  DeleteConnector: "|,;~~~|Grants permission to delete an MSK Connect connector",
  DeleteCustomPlugin: "|,;~~~|Grants permission to delete an MSK Connect custom plugin",
  DeleteWorkerConfiguration: "|,;~~~|Grants permission to delete an MSK Connect worker configuration",
  DescribeConnector: "|,;~~~,~~|Grants permission to describe an MSK Connect connector",
  DescribeConnectorOperation: "|,;~~~|Grants permission to describe a MSK Connect connector operation",
  DescribeCustomPlugin: "|,;~~~|Grants permission to describe an MSK Connect custom plugin",
  DescribeWorkerConfiguration: "|,;~~~|Grants permission to describe an MSK Connect worker configuration",
  ListConnectorOperations: "|,;~~~|Grants permission to list all operations of a given MSK Connect connector",
  ListConnectors: "|,;~~~|Grants permission to list all MSK Connect connectors in this account",
  ListCustomPlugins: "|,;~~~|Grants permission to list all MSK Connect custom plugins in this account",
  ListTagsForResource: "|,;~~~|Grants permission to list tags of an MSK Connect resource",
  ListWorkerConfigurations: "|,;~~~|Grants permission to list all MSK Connect worker configurations in this account",
  TagResource: "|,;~~~,~~,~~,~~|Grants permission to tag an MSK Connect resource",
  UntagResource: "|,;~~~|Grants permission to remove tags from an MSK Connect resource",
  UpdateConnector: "|,;~~~|Grants permission to update an MSK Connect connector",
};
const resourceTypeFacts = {
  /** The connector resource type: arn:${Partition}:kafkaconnect:${Region}:${Account}:connector/${ConnectorName}/${UUID} */
  connector: "|,|1",
  /** The connector operation resource type: arn:${Partition}:kafkaconnect:${Region}:${Account}:connector-operation/${ConnectorName}/${ConnectorUUID}/${UUID} */
  "connector operation": "|,connectorOperation|1",
  /** The custom plugin resource type: arn:${Partition}:kafkaconnect:${Region}:${Account}:custom-plugin/${CustomPluginName}/${UUID} */
  "custom plugin": "|,customPlugin|1",
  /** The worker configuration resource type: arn:${Partition}:kafkaconnect:${Region}:${Account}:worker-configuration/${WorkerConfigurationName}/${UUID} */
  "worker configuration": "|,workerConfiguration|1",
} as const;
const arnFormats = {
  /** ARN of a connector resource: arn:${Partition}:kafkaconnect:${Region}:${Account}:connector/${ConnectorName}/${UUID}. */
  connector: "|,connector|arn:|Partition|:kafkaconnect:|Region|:|Account|:connector/|ConnectorName|/|UUID,uuid|",
  /** ARN of a connector operation resource: arn:${Partition}:kafkaconnect:${Region}:${Account}:connector-operation/${ConnectorName}/${ConnectorUUID}/${UUID}. */
  connectorOperation:
    "|,connector operation|arn:|Partition|:kafkaconnect:|Region|:|Account|:connector-operation/|ConnectorName|/|ConnectorUUID,connectorUuid|/|UUID,uuid|",
  /** ARN of a custom plugin resource: arn:${Partition}:kafkaconnect:${Region}:${Account}:custom-plugin/${CustomPluginName}/${UUID}. */
  customPlugin:
    "|,custom plugin|arn:|Partition|:kafkaconnect:|Region|:|Account|:custom-plugin/|CustomPluginName|/|UUID,uuid|",
  /** ARN of a worker configuration resource: arn:${Partition}:kafkaconnect:${Region}:${Account}:worker-configuration/${WorkerConfigurationName}/${UUID}. */
  workerConfiguration:
    "|,worker configuration|arn:|Partition|:kafkaconnect:|Region|:|Account|:worker-configuration/|WorkerConfigurationName|/|UUID,uuid|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["connector", "connector operation", "custom plugin", "worker configuration"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "kafkaconnect">;
/** Any kafkaconnect action. */
export type Action = ActionOf<typeof actionFacts, "kafkaconnect">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "kafkaconnect">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "kafkaconnect" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every kafkaconnect action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "kafkaconnect",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
