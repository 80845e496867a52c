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
export const prefix: "opsworks-cm" = "opsworks-cm";
/** The service's name in the reference. */
export const serviceName: "AWS OpsWorks Configuration Management" = "AWS OpsWorks Configuration Management";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS OpsWorks Configuration Management",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsopsworksconfigurationmanagement.html",
  },
];
const conditionKeyList = [] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to associate a node to a configuration management server. Access level: Write. https://docs.aws.amazon.com/opsworks-cm/latest/APIReference/API_AssociateNode.html */
  AssociateNode: "W||||||",
  /** Grants permission to create a backup for the specified server. Access level: Write. https://docs.aws.amazon.com/opsworks-cm/latest/APIReference/API_CreateBackup.html */
  CreateBackup: "W||||||",
  /** Grants permission to create a new server. Access level: Write. https://docs.aws.amazon.com/opsworks-cm/latest/APIReference/API_CreateServer.html */
  CreateServer: "W||||||",
  /** Grants permission to delete the specified backup and possibly its S3 bucket. Access level: Write. https://docs.aws.amazon.com/opsworks-cm/latest/APIReference/API_DeleteBackup.html */
  DeleteBackup: "W||||||",
  /** Grants permission to delete the specified server with its corresponding CloudFormation stack and possibly the S3 bucket. Access level: Write. https://docs.aws.amazon.com/opsworks-cm/latest/APIReference/API_DeleteServer.html */
  DeleteServer: "W||||||",
  /** Grants permission to describe the service limits for the user's account. Access level: List. https://docs.aws.amazon.com/opsworks-cm/latest/APIReference/API_DescribeAccountAttributes.html */
  DescribeAccountAttributes: "L||||||",
  /** Grants permission to describe a single backup, all backups of a specified server or all backups of the user's account. Access level: List. https://docs.aws.amazon.com/opsworks-cm/latest/APIReference/API_DescribeBackups.html */
  DescribeBackups: "L||||||",
  /** Grants permission to describe all events of the specified server. Access level: List. https://docs.aws.amazon.com/opsworks-cm/latest/APIReference/API_DescribeEvents.html */
  DescribeEvents: "L||||||",
  /** Grants permission to describe the association status for the specified node token and the specified server. Access level: List. https://docs.aws.amazon.com/opsworks-cm/latest/APIReference/API_DescribeNodeAssociationStatus.html */
  DescribeNodeAssociationStatus: "L||||||",
  /** Grants permission to describe the specified server or all servers of the user's account. Access level: List. https://docs.aws.amazon.com/opsworks-cm/latest/APIReference/API_DescribeServers.html */
  DescribeServers: "L||||||",
  /** Grants permission to disassociate a specified node from a server. Access level: Write. https://docs.aws.amazon.com/opsworks-cm/latest/APIReference/API_DisassociateNode.html */
  DisassociateNode: "W||||||",
  /** Grants permission to export an engine attribute from a server. Access level: Read. https://docs.aws.amazon.com/opsworks-cm/latest/APIReference/API_ExportServerEngineAttribute.html */
  ExportServerEngineAttribute: "R||||||",
  /** Grants permission to list the tags that are applied to the specified server or backup. Access level: Read. https://docs.aws.amazon.com/opsworks-cm/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R||||||",
  /** Grants permission to apply a backup to specified server. Possibly swaps out the ec2-instance if specified. Access level: Write. https://docs.aws.amazon.com/opsworks-cm/latest/APIReference/API_RestoreServer.html */
  RestoreServer: "W||||||",
  /** Grants permission to start the server maintenance immediately. Access level: Write. https://docs.aws.amazon.com/opsworks-cm/latest/APIReference/API_StartMaintenance.html */
  StartMaintenance: "W||||||",
  /** Grants permission to apply tags to the specified server or backup. Access level: Tagging. https://docs.aws.amazon.com/opsworks-cm/latest/APIReference/API_TagResource.html */
  TagResource: "T||||||",
  /** Grants permission to remove tags from the specified server or backup. Access level: Tagging. https://docs.aws.amazon.com/opsworks-cm/latest/APIReference/API_UntagResource.html */
  UntagResource: "T||||||",
  /** Grants permission to update general server settings. Access level: Write. https://docs.aws.amazon.com/opsworks-cm/latest/APIReference/API_UpdateServer.html */
  UpdateServer: "W||||||",
  /** Grants permission to update server settings specific to the configuration management type. Access level: Write. https://docs.aws.amazon.com/opsworks-cm/latest/APIReference/API_UpdateServerEngineAttributes.html */
  UpdateServerEngineAttributes: "W||||||",
} as const;
const actionDetails = {
  AssociateNode: "|,;~|Grants permission to associate a node to a configuration management server",
  CreateBackup: "|,;~|Grants permission to create a backup for the specified server",
  CreateServer: "|,;~|Grants permission to create a new server",
  DeleteBackup: "|,;~|Grants permission to delete the specified backup and possibly its S3 bucket",
  DeleteServer:
    "|,;~|Grants permission to delete the specified server with its corresponding CloudFormation stack and possibly the S3 bucket",
  DescribeAccountAttributes: "|,;~|Grants permission to describe the service limits for the user's account",
  DescribeBackups:
    "|,;~|Grants permission to describe a single backup, all backups of a specified server or all backups of the user's account",
  DescribeEvents: "|,;~|Grants permission to describe all events of the specified server",
  DescribeNodeAssociationStatus:
    "|,;~|Grants permission to describe the association status for the specified node token and the specified server",
  DescribeServers: "|,;~|Grants permission to describe the specified server or all servers of the user's account",
  DisassociateNode: "|,;~|Grants permission to disassociate a specified node from a server",
  ExportServerEngineAttribute: "|,;~|Grants permission to export an engine attribute from a server",
  ListTagsForResource: "|,;~|Grants permission to list the tags that are applied to the specified server or backup",
  RestoreServer:
    "|,;~|Grants permission to apply a backup to specified server. Possibly swaps out the ec2-instance if specified",
  StartMaintenance: "|,;~|Grants permission to start the server maintenance immediately",
  TagResource: "|,;~|Grants permission to apply tags to the specified server or backup",
  UntagResource: "|,;~|Grants permission to remove tags from the specified server or backup",
  UpdateServer: "|,;~|Grants permission to update general server settings",
  UpdateServerEngineAttributes:
    "|,;~|Grants permission to update server settings specific to the configuration management type",
};
const resourceTypeFacts = {
  /** The backup resource type: arn:${Partition}:opsworks-cm::${Account}:backup/${ServerName}-{Date-and-Time-Stamp-of-Backup} */
  backup: "|,|",
  /** The server resource type: arn:${Partition}:opsworks-cm::${Account}:server/${ServerName}/${UniqueId} */
  server: "|,|",
} as const;
const arnFormats = {
  /** ARN of a backup resource: arn:${Partition}:opsworks-cm::${Account}:backup/${ServerName}-{Date-and-Time-Stamp-of-Backup}. */
  backup: "|,backup|arn:|Partition|:opsworks-cm::|Account|:backup/|ServerName|-{Date-and-Time-Stamp-of-Backup}",
  /** ARN of a server resource: arn:${Partition}:opsworks-cm::${Account}:server/${ServerName}/${UniqueId}. */
  server: "|,server|arn:|Partition|:opsworks-cm::|Account|:server/|ServerName|/|UniqueId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["backup", "server"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "opsworks-cm">;
/** Any opsworks-cm action. */
export type Action = ActionOf<typeof actionFacts, "opsworks-cm">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "opsworks-cm">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "", client: "" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every opsworks-cm action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
export interface ConditionKeyTypes {}

/** Condition key -> value type. */
export type ConditionKeys = ConditionKeysOf<ConditionKeyTypes>;

/** Condition key with a placeholder, as the reference writes it -> its template-literal key. */
export interface ConditionKeyPatterns {}

/** A condition key as the reference writes it. */
export type ConditionKeyName = (typeof conditionKeyList)[number];
/** Condition key -> description, types, deprecation. */
export type ConditionKeyInfos = { readonly [K in ConditionKeyName]: ConditionKeyInfo };
const conditionKeyRows: { readonly [K in ConditionKeyName]: string } = {};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "opsworks-cm",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
