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
export const prefix: "ec2-instance-connect" = "ec2-instance-connect";
/** The service's name in the reference. */
export const serviceName: "Amazon EC2 Instance Connect" = "Amazon EC2 Instance Connect";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon EC2 Instance Connect",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonec2instanceconnect.html",
  },
];
const conditionKeyList = [
  "aws:ResourceTag/${TagKey}",
  "ec2-instance-connect:maxTunnelDuration",
  "ec2-instance-connect:privateIpAddress",
  "ec2-instance-connect:remotePort",
  "ec2:ResourceTag/${TagKey}",
  "ec2:osuser",
] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to establish SSH connection to an EC2 instance using EC2 Instance Connect Endpoint. Access level: Write. Resources: instance-connect-endpoint*. https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/permissions-for-ec2-instance-connect-endpoint.html#iam-OpenTunnel */
  OpenTunnel: "W|||1;1;0~ec2-instance-connect:MaxTunnelDuration~2~3~4|||",
  /** Grants permission to push an SSH public key to the specified EC2 instance to be used for standard SSH. Access level: Write. Resources: instance*. https://docs.aws.amazon.com/ec2-instance-connect/latest/APIReference/API_SendSSHPublicKey.html */
  SendSSHPublicKey: "W|||0;1;|5||;",
  /** Grants permission to push an SSH public key to the specified EC2 instance to be used for serial console SSH. Access level: Write. Resources: instance*. https://docs.aws.amazon.com/ec2-instance-connect/latest/APIReference/API_SendSerialConsoleSSHPublicKey.html */
  SendSerialConsoleSSHPublicKey: "W|||0;1;|||;",
} as const;
const actionDetails = {
  OpenTunnel:
    "|,;~|Grants permission to establish SSH connection to an EC2 instance using EC2 Instance Connect Endpoint",
  SendSSHPublicKey:
    "|,;~~~|Grants permission to push an SSH public key to the specified EC2 instance to be used for standard SSH",
  SendSerialConsoleSSHPublicKey:
    "|,;~~~|Grants permission to push an SSH public key to the specified EC2 instance to be used for serial console SSH",
};
const resourceTypeFacts = {
  /** The instance resource type: arn:${Partition}:ec2:${Region}:${Account}:instance/${InstanceId} */
  instance: "|,|0,4",
  /** The instance-connect-endpoint resource type: arn:${Partition}:ec2:${Region}:${Account}:instance-connect-endpoint/${InstanceConnectEndpointId} */
  "instance-connect-endpoint": "|,instanceConnectEndpoint|0,4",
} as const;
const arnFormats = {
  /** ARN of a instance resource: arn:${Partition}:ec2:${Region}:${Account}:instance/${InstanceId}. */
  instance: "|,instance|arn:|Partition|:ec2:|Region|:|Account|:instance/|InstanceId|",
  /** ARN of a instance-connect-endpoint resource: arn:${Partition}:ec2:${Region}:${Account}:instance-connect-endpoint/${InstanceConnectEndpointId}. */
  instanceConnectEndpoint:
    "|,instance-connect-endpoint|arn:|Partition|:ec2:|Region|:|Account|:instance-connect-endpoint/|InstanceConnectEndpointId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["instance", "instance-connect-endpoint"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "ec2-instance-connect">;
/** Any ec2-instance-connect action. */
export type Action = ActionOf<typeof actionFacts, "ec2-instance-connect">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "ec2-instance-connect">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "ec2-instance-connect" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every ec2-instance-connect action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by tags associated with the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by tags associated with the resource. */
  [key: `ec2:ResourceTag/${string}`]: "String";
  /** Filters access by maximum session duration associated with the instance. */
  "ec2-instance-connect:maxTunnelDuration": "Numeric";
  /** Filters access by private IP Address associated with the instance. */
  "ec2-instance-connect:privateIpAddress": "IPAddress";
  /** Filters access by port number associated with the instance. */
  "ec2-instance-connect:remotePort": "Numeric";
  /** Filters access by specifying the default user name for the AMI that you used to launch your instance. */
  "ec2:osuser": "String";
}

/** Condition key -> value type. */
export type ConditionKeys = ConditionKeysOf<ConditionKeyTypes>;

/** Condition key with a placeholder, as the reference writes it -> its template-literal key. */
export interface ConditionKeyPatterns {
  /** aws:ResourceTag/${TagKey} */
  "aws:ResourceTag/${TagKey}": `aws:ResourceTag/${string}`;
  /** ec2:ResourceTag/${TagKey} */
  "ec2:ResourceTag/${TagKey}": `ec2:ResourceTag/${string}`;
}

/** A condition key as the reference writes it. */
export type ConditionKeyName = (typeof conditionKeyList)[number];
/** Condition key -> description, types, deprecation. */
export type ConditionKeyInfos = { readonly [K in ConditionKeyName]: ConditionKeyInfo };
const conditionKeyRows: { readonly [K in ConditionKeyName]: string } = {
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by tags associated with the resource",
  "ec2-instance-connect:maxTunnelDuration":
    "|,Numeric|0||Filters access by maximum session duration associated with the instance",
  "ec2-instance-connect:privateIpAddress":
    "|,IPAddress|0||Filters access by private IP Address associated with the instance",
  "ec2-instance-connect:remotePort": "|,Numeric|0||Filters access by port number associated with the instance",
  "ec2:ResourceTag/${TagKey}": "|,String|0||Filters access by tags associated with the resource",
  "ec2:osuser":
    "|,String|0||Filters access by specifying the default user name for the AMI that you used to launch your instance",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "ec2-instance-connect",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
