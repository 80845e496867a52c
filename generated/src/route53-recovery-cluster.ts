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
export const prefix: "route53-recovery-cluster" = "route53-recovery-cluster";
/** The service's name in the reference. */
export const serviceName: "Amazon Route 53 Recovery Cluster" = "Amazon Route 53 Recovery Cluster";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Route 53 Recovery Cluster",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonroute53recoverycluster.html",
  },
];
const conditionKeyList = ["route53-recovery-cluster:AllowSafetyRulesOverrides"] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to get a routing control state. Access level: Read. Resources: routingcontrol*. https://docs.aws.amazon.com/routing-control/latest/APIReference/API_GetRoutingControlState.html */
  GetRoutingControlState: "R|||0;1;|||;",
  /** Grants permission to list routing controls. Access level: Read. https://docs.aws.amazon.com/routing-control/latest/APIReference/API_ListRoutingControls.html */
  ListRoutingControls: "R||||||;",
  /** Grants permission to update a routing control state. Access level: Write. Resources: routingcontrol*. https://docs.aws.amazon.com/routing-control/latest/APIReference/API_UpdateRoutingControlState.html */
  UpdateRoutingControlState: "W|||0;1;|0||;",
  /** Grants permission to update a batch of routing control states. Access level: Write. Resources: routingcontrol*. https://docs.aws.amazon.com/routing-control/latest/APIReference/API_UpdateRoutingControlStates.html */
  UpdateRoutingControlStates: "W|||0;1;|0||;",
} as const;
const actionDetails = {
  GetRoutingControlState: "|,;~~~|Grants permission to get a routing control state",
  ListRoutingControls: "|,;~~~|Grants permission to list routing controls",
  UpdateRoutingControlState: "|,;~~~|Grants permission to update a routing control state",
  UpdateRoutingControlStates: "|,;~~~|Grants permission to update a batch of routing control states",
};
const resourceTypeFacts = {
  /** The routingcontrol resource type: arn:${Partition}:route53-recovery-control::${Account}:controlpanel/${ControlPanelId}/routingcontrol/${RoutingControlId} */
  routingcontrol: "|,|",
} as const;
const arnFormats = {
  /** ARN of a routingcontrol resource: arn:${Partition}:route53-recovery-control::${Account}:controlpanel/${ControlPanelId}/routingcontrol/${RoutingControlId}. */
  routingcontrol:
    "|,routingcontrol|arn:|Partition|:route53-recovery-control::|Account|:controlpanel/|ControlPanelId|/routingcontrol/|RoutingControlId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["routingcontrol"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "route53-recovery-cluster">;
/** Any route53-recovery-cluster action. */
export type Action = ActionOf<typeof actionFacts, "route53-recovery-cluster">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "route53-recovery-cluster">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "route53-recovery-cluster" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every route53-recovery-cluster action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Override safety rules to allow routing control state updates. */
  "route53-recovery-cluster:AllowSafetyRulesOverrides": "Bool";
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
  "route53-recovery-cluster:AllowSafetyRulesOverrides":
    "|,Bool|0||Override safety rules to allow routing control state updates",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "route53-recovery-cluster",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
