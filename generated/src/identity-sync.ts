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
export const prefix: "identity-sync" = "identity-sync";
/** The service's name in the reference. */
export const serviceName: "AWS Identity Sync" = "AWS Identity Sync";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Identity Sync",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsidentitysync.html",
  },
];
const conditionKeyList = [] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to configure vended log delivery for a Sync Profile. Access level: Permissions management. Resources: SyncProfileResource*. Permission only. https://docs.aws.amazon.com/singlesignon/latest/userguide/logging-ad-sync-errors.html */
  AllowVendedLogDeliveryForResource: "P||1|0;1;|||",
  /** Grants permission to create a sync filter on the sync profile. Access level: Write. Resources: SyncProfileResource*. https://docs.aws.amazon.com/singlesignon/latest/userguide/provision-users-groups-AD.html */
  CreateSyncFilter: "W|||0;1;|||",
  /** Grants permission to create a sync profile for the identity source. Access level: Write. https://docs.aws.amazon.com/singlesignon/latest/userguide/provision-users-groups-AD.html */
  CreateSyncProfile: "W|||||ds:AuthorizeApplication|",
  /** Grants permission to create a sync target for the identity source. Access level: Write. Resources: SyncProfileResource*. https://docs.aws.amazon.com/singlesignon/latest/userguide/provision-users-groups-AD.html */
  CreateSyncTarget: "W|||0;1;|||",
  /** Grants permission to delete a sync filter from the sync profile. Access level: Write. Resources: SyncProfileResource*. https://docs.aws.amazon.com/singlesignon/latest/userguide/provision-users-groups-AD.html */
  DeleteSyncFilter: "W|||0;1;|||",
  /** Grants permission to delete a sync profile from the source. Access level: Write. Resources: SyncProfileResource*. https://docs.aws.amazon.com/singlesignon/latest/userguide/provision-users-groups-AD.html */
  DeleteSyncProfile: "W|||0;1;||ds:UnauthorizeApplication|",
  /** Grants permission to delete a sync target from the source. Access level: Write. Resources: SyncProfileResource*, SyncTargetResource*. https://docs.aws.amazon.com/singlesignon/latest/userguide/provision-users-groups-AD.html */
  DeleteSyncTarget: "W|||0;1;,1;1;|||",
  /** Grants permission to retrieve a sync profile by using a sync profile name. Access level: Read. Resources: SyncProfileResource*. https://docs.aws.amazon.com/singlesignon/latest/userguide/provision-users-groups-AD.html */
  GetSyncProfile: "R|||0;1;|||",
  /** Grants permission to retrieve a sync target from the sync profile. Access level: Read. Resources: SyncProfileResource*, SyncTargetResource*. https://docs.aws.amazon.com/singlesignon/latest/userguide/provision-users-groups-AD.html */
  GetSyncTarget: "R|||0;1;,1;1;|||",
  /** Grants permission to list the sync filters from the sync profile. Access level: List. Resources: SyncProfileResource*. https://docs.aws.amazon.com/singlesignon/latest/userguide/provision-users-groups-AD.html */
  ListSyncFilters: "L|||0;1;|||",
  /** Grants permission to start a sync process or to resume a sync process that was previously paused. Access level: Write. Resources: SyncProfileResource*. https://docs.aws.amazon.com/singlesignon/latest/userguide/provision-users-groups-AD.html */
  StartSync: "W|||0;1;|||",
  /** Grants permission to stop any planned sync process in the sync schedule from starting. Access level: Write. Resources: SyncProfileResource*. https://docs.aws.amazon.com/singlesignon/latest/userguide/provision-users-groups-AD.html */
  StopSync: "W|||0;1;|||",
  /** Grants permission to update a sync target on the sync profile. Access level: Write. Resources: SyncProfileResource*, SyncTargetResource*. https://docs.aws.amazon.com/singlesignon/latest/userguide/provision-users-groups-AD.html */
  UpdateSyncTarget: "W|||0;1;,1;1;|||",
} as const;
const actionDetails = {
  AllowVendedLogDeliveryForResource: "|,;~|Grants permission to configure vended log delivery for a Sync Profile",
  CreateSyncFilter: "|,;~|Grants permission to create a sync filter on the sync profile",
  CreateSyncProfile: "|,;~|Grants permission to create a sync profile for the identity source",
  CreateSyncTarget: "|,;~|Grants permission to create a sync target for the identity source",
  DeleteSyncFilter: "|,;~|Grants permission to delete a sync filter from the sync profile",
  DeleteSyncProfile: "|,;~|Grants permission to delete a sync profile from the source",
  DeleteSyncTarget: "|,;~|Grants permission to delete a sync target from the source",
  GetSyncProfile: "|,;~|Grants permission to retrieve a sync profile by using a sync profile name",
  GetSyncTarget: "|,;~|Grants permission to retrieve a sync target from the sync profile",
  ListSyncFilters: "|,;~|Grants permission to list the sync filters from the sync profile",
  StartSync: "|,;~|Grants permission to start a sync process or to resume a sync process that was previously paused",
  StopSync: "|,;~|Grants permission to stop any planned sync process in the sync schedule from starting",
  UpdateSyncTarget: "|,;~|Grants permission to update a sync target on the sync profile",
};
const resourceTypeFacts = {
  /** The SyncProfileResource resource type: arn:${Partition}:identity-sync:${Region}:${Account}:profile/${SyncProfileName} */
  SyncProfileResource: "|,syncProfileResource|",
  /** The SyncTargetResource resource type: arn:${Partition}:identity-sync:${Region}:${Account}:target/${SyncProfileName}/${SyncTargetName} */
  SyncTargetResource: "|,syncTargetResource|",
} as const;
const arnFormats = {
  /** ARN of a SyncProfileResource resource: arn:${Partition}:identity-sync:${Region}:${Account}:profile/${SyncProfileName}. */
  syncProfileResource:
    "|,SyncProfileResource|arn:|Partition|:identity-sync:|Region|:|Account|:profile/|SyncProfileName|",
  /** ARN of a SyncTargetResource resource: arn:${Partition}:identity-sync:${Region}:${Account}:target/${SyncProfileName}/${SyncTargetName}. */
  syncTargetResource:
    "|,SyncTargetResource|arn:|Partition|:identity-sync:|Region|:|Account|:target/|SyncProfileName|/|SyncTargetName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["SyncProfileResource", "SyncTargetResource"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "identity-sync">;
/** Any identity-sync action. */
export type Action = ActionOf<typeof actionFacts, "identity-sync">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "identity-sync">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "", client: "" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every identity-sync action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "identity-sync",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
