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
export const prefix: "backup-storage" = "backup-storage";
/** The service's name in the reference. */
export const serviceName: "AWS Backup storage" = "AWS Backup storage";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Backup storage",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsbackupstorage.html",
  },
];
const conditionKeyList = [] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to commit backup job. Access level: Write. Permission only. https://docs.aws.amazon.com/aws-backup/latest/devguide/backup-data-transfer.html */
  CommitBackupJob: "W||1||||",
  /** Grants permission to delete objects. Access level: Write. Permission only. https://docs.aws.amazon.com/aws-backup/latest/devguide/backup-data-transfer.html */
  DeleteObjects: "W||1||||",
  /** Grants permission to describe backup job. Access level: Write. Permission only. https://docs.aws.amazon.com/aws-backup/latest/devguide/backup-data-transfer.html */
  DescribeBackupJob: "W||1||||",
  /** Grants permission to get base backup. Access level: Write. Permission only. https://docs.aws.amazon.com/aws-backup/latest/devguide/backup-data-transfer.html */
  GetBaseBackup: "W||1||||",
  /** Grants permission to get data from a recovery point for a restore job. Access level: Write. Permission only. https://docs.aws.amazon.com/aws-backup/latest/devguide/backup-data-transfer.html */
  GetChunk: "W||1||||",
  /** Grants permission to get incremental base backup. Access level: Write. Permission only. https://docs.aws.amazon.com/aws-backup/latest/devguide/backup-data-transfer.html */
  GetIncrementalBaseBackup: "W||1||||",
  /** Grants permission to get metadata from a recovery point for a restore job. Access level: Write. Permission only. https://docs.aws.amazon.com/aws-backup/latest/devguide/backup-data-transfer.html */
  GetObjectMetadata: "W||1||||",
  /** Grants permission to list data from a recovery point for a restore job. Access level: Write. Permission only. https://docs.aws.amazon.com/aws-backup/latest/devguide/backup-data-transfer.html */
  ListChunks: "W||1||||",
  /** Grants permission to list data from a recovery point for a restore job. Access level: Write. Permission only. https://docs.aws.amazon.com/aws-backup/latest/devguide/backup-data-transfer.html */
  ListObjects: "W||1||||",
  /** Associates a KMS key to a backup vault. Access level: Write. Permission only. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_CreateBackupVault.html */
  MountCapsule: "W||1||||",
  /** Grants permission to mark an uploaded data as completed for a backup job. Access level: Write. Permission only. https://docs.aws.amazon.com/aws-backup/latest/devguide/backup-data-transfer.html */
  NotifyObjectComplete: "W||1||||",
  /** Grants permission to upload data to an AWS Backup-managed recovery point for a backup job. Access level: Write. Permission only. https://docs.aws.amazon.com/aws-backup/latest/devguide/backup-data-transfer.html */
  PutChunk: "W||1||||",
  /** Grants permission to put object. Access level: Write. Permission only. https://docs.aws.amazon.com/aws-backup/latest/devguide/backup-data-transfer.html */
  PutObject: "W||1||||",
  /** Grants permission to upload data to an AWS Backup-managed recovery point for a backup job. Access level: Write. Permission only. https://docs.aws.amazon.com/aws-backup/latest/devguide/backup-data-transfer.html */
  StartObject: "W||1||||",
  /** Grants permission to update object complete. Access level: Write. Permission only. https://docs.aws.amazon.com/aws-backup/latest/devguide/backup-data-transfer.html */
  UpdateObjectComplete: "W||1||||",
} as const;
const actionDetails = {
  CommitBackupJob: "|,;~|Grants permission to commit backup job",
  DeleteObjects: "|,;~|Grants permission to delete objects",
  DescribeBackupJob: "|,;~|Grants permission to describe backup job",
  GetBaseBackup: "|,;~|Grants permission to get base backup",
  GetChunk: "|,;~|Grants permission to get data from a recovery point for a restore job",
  GetIncrementalBaseBackup: "|,;~|Grants permission to get incremental base backup",
  GetObjectMetadata: "|,;~|Grants permission to get metadata from a recovery point for a restore job",
  ListChunks: "|,;~|Grants permission to list data from a recovery point for a restore job",
  ListObjects: "|,;~|Grants permission to list data from a recovery point for a restore job",
  MountCapsule: "|,;~|Associates a KMS key to a backup vault",
  NotifyObjectComplete: "|,;~|Grants permission to mark an uploaded data as completed for a backup job",
  PutChunk: "|,;~|Grants permission to upload data to an AWS Backup-managed recovery point for a backup job",
  PutObject: "|,;~|Grants permission to put object",
  StartObject: "|,;~|Grants permission to upload data to an AWS Backup-managed recovery point for a backup job",
  UpdateObjectComplete: "|,;~|Grants permission to update object complete",
};
const resourceTypeFacts = {} as const;
const arnFormats = {} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "backup-storage">;
/** Any backup-storage action. */
export type Action = ActionOf<typeof actionFacts, "backup-storage">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "backup-storage">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "", client: "" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every backup-storage action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "backup-storage",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
