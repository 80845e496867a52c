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
export const prefix: "cloudshell" = "cloudshell";
/** The service's name in the reference. */
export const serviceName: "AWS CloudShell" = "AWS CloudShell";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS CloudShell",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awscloudshell.html",
  },
];
const conditionKeyList = ["cloudshell:SecurityGroupIds", "cloudshell:SubnetIds", "cloudshell:VpcIds"] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to approve a command sent by another AWS service. Access level: Read. Resources: Environment*. Permission only. https://docs.aws.amazon.com/cloudshell/latest/userguide/sec-auth-with-identities.html#ApproveCommand */
  ApproveCommand: "R||1|0;1;|||",
  /** Grants permissions to create a CloudShell environment. Access level: Write. Permission only. https://docs.aws.amazon.com/cloudshell/latest/userguide/sec-auth-with-identities.html#CreateEnvironment */
  CreateEnvironment: "W||1||0,1,2||",
  /** Grants permissions to connect to a CloudShell environment from the AWS Management Console. Access level: Write. Resources: Environment*. Permission only. https://docs.aws.amazon.com/cloudshell/latest/userguide/sec-auth-with-identities.html#CreateSession */
  CreateSession: "W||1|0;1;|||",
  /** Grants permission to delete a CloudShell environment. Access level: Write. Resources: Environment*. Permission only. https://docs.aws.amazon.com/cloudshell/latest/userguide/sec-auth-with-identities.html#DeleteEnvironment */
  DeleteEnvironment: "W||1|0;1;|||",
  /** Grants permission to return descriptions of existing user's environments. Access level: List. Permission only. https://docs.aws.amazon.com/cloudshell/latest/userguide/sec-auth-with-identities.html#DescribeEnvironments */
  DescribeEnvironments: "L||1||||",
  /** Grants permission to read a CloudShell environment status. Access level: Read. Resources: Environment*. Permission only. https://docs.aws.amazon.com/cloudshell/latest/userguide/sec-auth-with-identities.html#GetEnvironmentStatus */
  GetEnvironmentStatus: "R||1|0;1;|||",
  /** Grants permissions to download files from a CloudShell environment. Access level: Write. Resources: Environment*. Permission only. https://docs.aws.amazon.com/cloudshell/latest/userguide/sec-auth-with-identities.html#GetFileDownloadUrls */
  GetFileDownloadUrls: "W||1|0;1;|||",
  /** Grants permissions to upload files to a CloudShell environment. Access level: Write. Resources: Environment*. Permission only. https://docs.aws.amazon.com/cloudshell/latest/userguide/sec-auth-with-identities.html#GetFileUploadUrls */
  GetFileUploadUrls: "W||1|0;1;|||",
  /** Grants permissions to forward console credentials to the environment. Access level: Write. Resources: Environment*. Permission only. https://docs.aws.amazon.com/cloudshell/latest/userguide/sec-auth-with-identities.html#PutCredentials */
  PutCredentials: "W||1|0;1;|||",
  /** Grants permission to start a stopped CloudShell environment. Access level: Write. Resources: Environment*. Permission only. https://docs.aws.amazon.com/cloudshell/latest/userguide/sec-auth-with-identities.html#StartEnvironment */
  StartEnvironment: "W||1|0;1;|||",
  /** Grants permission to stop a running CloudShell environment. Access level: Write. Resources: Environment*. Permission only. https://docs.aws.amazon.com/cloudshell/latest/userguide/sec-auth-with-identities.html#StopEnvironment */
  StopEnvironment: "W||1|0;1;|||",
} as const;
const actionDetails = {
  ApproveCommand: "|,;~|Grants permission to approve a command sent by another AWS service",
  CreateEnvironment: "|,;~|Grants permissions to create a CloudShell environment",
  CreateSession: "|,;~|Grants permissions to connect to a CloudShell environment from the AWS Management Console",
  DeleteEnvironment: "|,;~|Grants permission to delete a CloudShell environment",
  DescribeEnvironments: "|,;~|Grants permission to return descriptions of existing user's environments",
  GetEnvironmentStatus: "|,;~|Grants permission to read a CloudShell environment status",
  GetFileDownloadUrls: "|,;~|Grants permissions to download files from a CloudShell environment",
  GetFileUploadUrls: "|,;~|Grants permissions to upload files to a CloudShell environment",
  PutCredentials: "|,;~|Grants permissions to forward console credentials to the environment",
  StartEnvironment: "|,;~|Grants permission to start a stopped CloudShell environment",
  StopEnvironment: "|,;~|Grants permission to stop a running CloudShell environment",
};
const resourceTypeFacts = {
  /** The Environment resource type: arn:${Partition}:cloudshell:${Region}:${Account}:environment/${EnvironmentId} */
  Environment: "|,environment|",
} as const;
const arnFormats = {
  /** ARN of a Environment resource: arn:${Partition}:cloudshell:${Region}:${Account}:environment/${EnvironmentId}. */
  environment: "|,Environment|arn:|Partition|:cloudshell:|Region|:|Account|:environment/|EnvironmentId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["Environment"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "cloudshell">;
/** Any cloudshell action. */
export type Action = ActionOf<typeof actionFacts, "cloudshell">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "cloudshell">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "", client: "" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every cloudshell action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by security group ids. Available during CreateEnvironment operation. */
  "cloudshell:SecurityGroupIds": "ArrayOfString";
  /** Filters access by subnet ids. Available during CreateEnvironment operation. */
  "cloudshell:SubnetIds": "ArrayOfString";
  /** Filters access by vpc ids. Available during CreateEnvironment operation. */
  "cloudshell:VpcIds": "ArrayOfString";
}

/** Condition key -> value type. */
export type ConditionKeys = ConditionKeysOf<ConditionKeyTypes>;

/** Condition key with a placeholder, as the reference writes it -> its template-literal key. */
export interface ConditionKeyPatterns {}

/** A condition key as the reference writes it. */
export type ConditionKeyName = (typeof conditionKeyList)[number];
/** Condition key -> description, types, deprecation. */
export type ConditionKeyInfos = { readonly [K in ConditionKeyName]: ConditionKeyInfo };
const conditionKeyRows: { readonly [K in ConditionKeyName]: string } = {
  "cloudshell:SecurityGroupIds":
    "|,ArrayOfString|0||Filters access by security group ids. Available during CreateEnvironment operation",
  "cloudshell:SubnetIds":
    "|,ArrayOfString|0||Filters access by subnet ids. Available during CreateEnvironment operation",
  "cloudshell:VpcIds": "|,ArrayOfString|0||Filters access by vpc ids. Available during CreateEnvironment operation",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "cloudshell",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
