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
export const prefix: "iq-permission" = "iq-permission";
/** The service's name in the reference. */
export const serviceName: "AWS IQ Permissions" = "AWS IQ Permissions";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS IQ Permissions",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsiqpermissions.html",
  },
];
const conditionKeyList = [] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to approve a permission request. Access level: Write. Resources: permission*. https://aws.amazon.com/iq/ */
  ApproveAccessGrant: "W|||0;1;|||",
  /** Grants permission to approve a permission request. Access level: Write. Resources: permission*. https://aws.amazon.com/iq/ */
  ApprovePermissionRequest: "W|||0;1;|||",
  /** Grants permission to obtain a set of temporary security credentials for experts which they can use to access buyers' AWS resources. Access level: Write. Resources: permission*. https://aws.amazon.com/iq/ */
  AssumePermissionRole: "W|||0;1;|||",
  /** Grants permission to create a permission request. Access level: Write. Resources: permission*. https://aws.amazon.com/iq/ */
  CreatePermissionRequest: "W|||0;1;|||",
  /** Grants permission to get a permission request. Access level: Read. Resources: permission*. https://aws.amazon.com/iq/ */
  GetPermissionRequest: "R|||0;1;|||",
  /** Grants permission to list permission requests. Access level: Read. Resources: permission*. https://aws.amazon.com/iq/ */
  ListPermissionRequests: "R|||0;1;|||",
  /** Grants permission to reject a permission request. Access level: Write. Resources: permission*. https://aws.amazon.com/iq/ */
  RejectPermissionRequest: "W|||0;1;|||",
  /** Grants permission to revoke a permission request which was previously approved. Access level: Write. Resources: permission*. https://aws.amazon.com/iq/ */
  RevokePermissionRequest: "W|||0;1;|||",
  /** Grants permission to withdraw a permission request that has not been approved or declined. Access level: Write. Resources: permission*. https://aws.amazon.com/iq/ */
  WithdrawPermissionRequest: "W|||0;1;|||",
} as const;
const actionDetails = {
  ApproveAccessGrant: "|,;~|Grants permission to approve a permission request",
  ApprovePermissionRequest: "|,;~|Grants permission to approve a permission request",
  AssumePermissionRole:
    "|,;~|Grants permission to obtain a set of temporary security credentials for experts which they can use to access buyers' AWS resources",
  CreatePermissionRequest: "|,;~|Grants permission to create a permission request",
  GetPermissionRequest: "|,;~|Grants permission to get a permission request",
  ListPermissionRequests: "|,;~|Grants permission to list permission requests",
  RejectPermissionRequest: "|,;~|Grants permission to reject a permission request",
  RevokePermissionRequest: "|,;~|Grants permission to revoke a permission request which was previously approved",
  WithdrawPermissionRequest:
    "|,;~|Grants permission to withdraw a permission request that has not been approved or declined",
};
const resourceTypeFacts = {
  /** The permission resource type: arn:${Partition}:iq-permission:${Region}::permission/${PermissionRequestId} */
  permission: "|,|",
} as const;
const arnFormats = {
  /** ARN of a permission resource: arn:${Partition}:iq-permission:${Region}::permission/${PermissionRequestId}. */
  permission: "|,permission|arn:|Partition|:iq-permission:|Region|::permission/|PermissionRequestId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["permission"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "iq-permission">;
/** Any iq-permission action. */
export type Action = ActionOf<typeof actionFacts, "iq-permission">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "iq-permission">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "", client: "" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every iq-permission action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "iq-permission",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
