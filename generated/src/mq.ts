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
export const prefix: "mq" = "mq";
/** The service's name in the reference. */
export const serviceName: "Amazon MQ" = "Amazon MQ";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  { name: "Amazon MQ", url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonmq.html" },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["iam:PassRole", "mq:CreateTags"] as const;
const actionFacts = {
  /** Grants permission to create a broker. Access level: Write. https://docs.aws.amazon.com/amazon-mq/latest/api-reference/rest-api-brokers.html#rest-api-brokers-methods-post */
  CreateBroker:
    "W||||0,2|ec2:CreateNetworkInterface,ec2:CreateNetworkInterfacePermission,ec2:CreateSecurityGroup,ec2:CreateVpcEndpoint,ec2:DescribeInternetGateways,ec2:DescribeNetworkInterfacePermissions,ec2:DescribeNetworkInterfaces,ec2:DescribeSecurityGroups,ec2:DescribeSubnets,ec2:DescribeVpcEndpoints,ec2:DescribeVpcs,ec2:ModifyNetworkInterfaceAttribute,iam:CreateServiceLinkedRole,0,1,route53:AssociateVPCWithHostedZone|;",
  /** Grants permission to create a new configuration for the specified configuration name. Amazon MQ uses the default configuration (the engine type and engine version). Access level: Write. https://docs.aws.amazon.com/amazon-mq/latest/api-reference/rest-api-configurations.html#rest-api-configurations-methods-post */
  CreateConfiguration: "W||||0,2|1|;",
  /** Grants permission to create a replica broker. Access level: Write. Resources: brokers*. Permission only. https://docs.aws.amazon.com/amazon-mq/latest/api-reference/rest-api-brokers.html#rest-api-brokers-methods-post */
  CreateReplicaBroker: "W||1|0;1;|||",
  /** Grants permission to create tags. Access level: Tagging. Resources: brokers, configurations. https://docs.aws.amazon.com/amazon-mq/latest/api-reference/rest-api-tags.html#rest-api-tags-methods-post */
  CreateTags: "T|||0;0;,1;0;|0,2||CreateBroker,CreateConfiguration,;",
  /** Grants permission to create an ActiveMQ user. Access level: Write. Resources: brokers*. https://docs.aws.amazon.com/amazon-mq/latest/api-reference/rest-api-username.html#rest-api-username-methods-post */
  CreateUser: "W|||0;1;|||;",
  /** Grants permission to delete a broker. Access level: Write. Resources: brokers*. https://docs.aws.amazon.com/amazon-mq/latest/api-reference/rest-api-broker.html#rest-api-broker-methods-delete */
  DeleteBroker:
    "W|||0;1;||ec2:DeleteNetworkInterface,ec2:DeleteNetworkInterfacePermission,ec2:DeleteVpcEndpoints,ec2:DetachNetworkInterface|;",
  /** Grants permission to delete a configuration. Access level: Write. Resources: configurations*. https://docs.aws.amazon.com/amazon-mq/latest/api-reference/rest-api-configurations.html#rest-api-configurations-methods-delete */
  DeleteConfiguration: "W|||1;1;|||;",
  /** Grants permission to delete tags. Access level: Tagging. Resources: brokers, configurations. https://docs.aws.amazon.com/amazon-mq/latest/api-reference/rest-api-tags.html#rest-api-tags-methods-delete */
  DeleteTags: "T|||0;0;,1;0;|2||;",
  /** Grants permission to delete an ActiveMQ user. Access level: Write. Resources: brokers*. https://docs.aws.amazon.com/amazon-mq/latest/api-reference/rest-api-username.html#rest-api-username-methods-delete */
  DeleteUser: "W|||0;1;|||;",
  /** Grants permission to return information about the specified broker. Access level: Read. Resources: brokers*. https://docs.aws.amazon.com/amazon-mq/latest/api-reference/rest-api-broker.html#rest-api-broker-methods-get */
  DescribeBroker: "R|||0;1;|||;",
  /** Grants permission to return information about broker engines. Access level: Read. https://docs.aws.amazon.com/amazon-mq/latest/api-reference/broker-engine-types.html#broker-engine-types-http-methods */
  DescribeBrokerEngineTypes: "R||||||;",
  /** Grants permission to return information about the broker instance options. Access level: Read. https://docs.aws.amazon.com/amazon-mq/latest/api-reference/broker-instance-options.html#broker-engine-types-http-methods */
  DescribeBrokerInstanceOptions: "R||||||;",
  /** Grants permission to return information about the specified configuration. Access level: Read. Resources: configurations*. https://docs.aws.amazon.com/amazon-mq/latest/api-reference/rest-api-configuration.html#rest-api-configuration-methods-get */
  DescribeConfiguration: "R|||1;1;|||;",
  /** Grants permission to return the specified configuration revision for the specified configuration. Access level: Read. Resources: configurations*. https://docs.aws.amazon.com/amazon-mq/latest/api-reference/rest-api-configuration-revision.html#rest-api-configuration-revision-methods-get */
  DescribeConfigurationRevision: "R|||1;1;|||;",
  /** Grants permission to return information about an ActiveMQ user. Access level: Read. Resources: brokers*. https://docs.aws.amazon.com/amazon-mq/latest/api-reference/rest-api-username.html#rest-api-username-methods-get */
  DescribeUser: "R|||0;1;|||;",
  /** Grants permission to return a list of all brokers. Access level: List. https://docs.aws.amazon.com/amazon-mq/latest/api-reference/rest-api-brokers.html#rest-api-brokers-methods-get */
  ListBrokers: "L||||||;",
  /** Grants permission to return a list of all existing revisions for the specified configuration. Access level: List. Resources: configurations*. https://docs.aws.amazon.com/amazon-mq/latest/api-reference/rest-api-revisions.html#rest-api-revisions-methods-get */
  ListConfigurationRevisions: "L|||1;1;|||;",
  /** Grants permission to return a list of all configurations. Access level: List. https://docs.aws.amazon.com/amazon-mq/latest/api-reference/rest-api-configurations.html#rest-api-configurations-methods-get */
  ListConfigurations: "L||||||;",
  /** Grants permission to return a list of tags. Access level: List. Resources: brokers, configurations. https://docs.aws.amazon.com/amazon-mq/latest/api-reference/rest-api-tags.html#rest-api-tags-methods-get */
  ListTags: "L|||0;0;,1;0;|||;",
  /** Grants permission to return a list of all ActiveMQ users. Access level: List. Resources: brokers*. https://docs.aws.amazon.com/amazon-mq/latest/api-reference/rest-api-users.html#rest-api-users-methods-get */
  ListUsers: "L|||0;1;|||;",
  /** Grants permission to promote a broker. Access level: Write. Resources: brokers*. https://docs.aws.amazon.com/amazon-mq/latest/api-reference/rest-api-promote.html#rest-api-promote-methods-post */
  Promote: "W|||0;1;|||;",
  /** Grants permission to reboot a broker. Access level: Write. Resources: brokers*. https://docs.aws.amazon.com/amazon-mq/latest/api-reference/rest-api-restart.html#rest-api-reboot-methods-post */
  RebootBroker: "W|||0;1;|||;",
  /** Grants permission to add a pending configuration change to a broker. Access level: Write. Resources: brokers*. https://docs.aws.amazon.com/amazon-mq/latest/api-reference/rest-api-broker.html#rest-api-broker-methods-get */
  UpdateBroker: "W|||0;1;||0,mq:UpdateBrokerAccessConfiguration|;",
  /** Grants permission to update RabbitMQ broker authentication and authorization configuration. Access level: Write. Resources: brokers*. Permission only. ${AuthZDocPage}#security-api-permissions-reference */
  UpdateBrokerAccessConfiguration: "W||1|0;1;|||UpdateBroker",
  /** Grants permission to update the specified configuration. Access level: Write. Resources: configurations*. https://docs.aws.amazon.com/amazon-mq/latest/api-reference/rest-api-configuration.html#rest-api-configuration-methods-put */
  UpdateConfiguration: "W|||1;1;|||;",
  /** Grants permission to update the information for an ActiveMQ user. Access level: Write. Resources: brokers*. https://docs.aws.amazon.com/amazon-mq/latest/api-reference/rest-api-username.html#rest-api-username-methods-put */
  UpdateUser: "W|||0;1;|||;",
} as const;
const actionDetails = {
  CreateBroker: "|,;~~~|Grants permission to create a broker",
  CreateConfiguration:
    "|,;~~~|Grants permission to create a new configuration for the specified configuration name. Amazon MQ uses the default configuration (the engine type and engine version)",
  CreateReplicaBroker: "|,;~|Grants permission to create a replica broker",
  CreateTags: "|,;~~~,~~,~~|Grants permission to create tags",
  CreateUser: "|,;~~~|Grants permission to create an ActiveMQ user",
  DeleteBroker: "|,;~~~|Grants permission to delete a broker",
  DeleteConfiguration: "|,;~~~|Grants permission to delete a configuration",
  DeleteTags: "|,;~~~|Grants permission to delete tags",
  DeleteUser: "|,;~~~|Grants permission to delete an ActiveMQ user",
  DescribeBroker: "|,;~~~|Grants permission to return information about the specified broker",
  DescribeBrokerEngineTypes: "|,;~~~|Grants permission to return information about broker engines",
  DescribeBrokerInstanceOptions: "|,;~~~|Grants permission to return information about the broker instance options",
  DescribeConfiguration: "|,;~~~|Grants permission to return information about the specified configuration",
  DescribeConfigurationRevision:
    "|,;~~~|Grants permission to return the specified configuration revision for the specified configuration",
  DescribeUser: "|,;~~~|Grants permission to return information about an ActiveMQ user",
  ListBrokers: "|,;~~~|Grants permission to return a list of all brokers",
  ListConfigurationRevisions:
    "|,;~~~|Grants permission to return a list of all existing revisions for the specified configuration",
  ListConfigurations: "|,;~~~|Grants permission to return a list of all configurations",
  ListTags: "|,;~~~|Grants permission to return a list of tags",
  ListUsers: "|,;~~~|Grants permission to return a list of all ActiveMQ users",
  Promote: "|,;~~~|Grants permission to promote a broker",
  RebootBroker: "|,;~~~|Grants permission to reboot a broker",
  UpdateBroker: "|,;~~~|Grants permission to add a pending configuration change to a broker",
  UpdateBrokerAccessConfiguration:
    "|,;~~~|Grants permission to update RabbitMQ broker authentication and authorization configuration",
  UpdateConfiguration: "|,;~~~|Grants permission to update the specified configuration",
  UpdateUser: "|,;~~~|Grants permission to update the information for an ActiveMQ user",
};
const resourceTypeFacts = {
  /** The brokers resource type: arn:${Partition}:mq:${Region}:${Account}:broker:${BrokerName}:${BrokerId} */
  brokers: "|,|1",
  /** The configurations resource type: arn:${Partition}:mq:${Region}:${Account}:configuration:${ConfigurationId} */
  configurations: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a brokers resource: arn:${Partition}:mq:${Region}:${Account}:broker:${BrokerName}:${BrokerId}. */
  brokers: "|,brokers|arn:|Partition|:mq:|Region|:|Account|:broker:|BrokerName|:|BrokerId|",
  /** ARN of a configurations resource: arn:${Partition}:mq:${Region}:${Account}:configuration:${ConfigurationId}. */
  configurations: "|,configurations|arn:|Partition|:mq:|Region|:|Account|:configuration:|ConfigurationId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["brokers", "configurations"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "mq">;
/** Any mq action. */
export type Action = ActionOf<typeof actionFacts, "mq">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "mq">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "mq" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every mq action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "mq",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
