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
export const prefix: "arc-zonal-shift" = "arc-zonal-shift";
/** The service's name in the reference. */
export const serviceName: "Amazon Application Recovery Controller - Zonal Shift" =
  "Amazon Application Recovery Controller - Zonal Shift";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Application Recovery Controller - Zonal Shift",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonapplicationrecoverycontroller-zonalshift.html",
  },
];
const conditionKeyList = [
  "arc-zonal-shift:ResourceIdentifier",
  "aws:ResourceTag/${TagKey}",
  "elasticloadbalancing:ResourceTag/${TagKey}",
] as const;
const dependentActionList = ["cloudwatch:DescribeAlarms", "iam:CreateServiceLinkedRole"] as const;
const actionFacts = {
  /** Grants permission to cancel an active practice run. Access level: Write. Resources: ALB*, NLB*. https://docs.aws.amazon.com/arc-zonal-shift/latest/api/API_CancelPracticeRun.html */
  CancelPracticeRun: "W|||0;1;,1;1;|0,1,2||;",
  /** Grants permission to cancel an active zonal shift. Access level: Write. Resources: ALB*, NLB*. https://docs.aws.amazon.com/arc-zonal-shift/latest/api/API_CancelZonalShift.html */
  CancelZonalShift: "W|||0;1;,1;1;|0,1,2||;",
  /** Grants permission to create a practice run configuration. Access level: Write. Resources: ALB*, NLB*. https://docs.aws.amazon.com/arc-zonal-shift/latest/api/API_CreatePracticeRunConfiguration.html */
  CreatePracticeRunConfiguration: "W|||0;1;,1;1;|0,1,2|0,1|;",
  /** Grants permission to delete a practice run configuration. Access level: Write. Resources: ALB*, NLB*. https://docs.aws.amazon.com/arc-zonal-shift/latest/api/API_DeletePracticeRunConfiguration.html */
  DeletePracticeRunConfiguration: "W|||0;1;,1;1;|0,1,2||;",
  /** Grants permission to get autoshift observer notification status. Access level: Read. https://docs.aws.amazon.com/arc-zonal-shift/latest/api/API_GetAutoshiftObserverNotificationStatus.html */
  GetAutoshiftObserverNotificationStatus: "R||||||;",
  /** Grants permission to get information about a managed resource. Access level: Read. Resources: ALB*, NLB*. https://docs.aws.amazon.com/arc-zonal-shift/latest/api/API_GetManagedResource.html */
  GetManagedResource: "R|||0;1;,1;1;|0,1,2||;",
  /** Grants permission to list active and completed autoshifts. Access level: List. https://docs.aws.amazon.com/arc-zonal-shift/latest/api/API_ListAutoshifts.html */
  ListAutoshifts: "L||||||;",
  /** Grants permission to list managed resources. Access level: List. https://docs.aws.amazon.com/arc-zonal-shift/latest/api/API_ListManagedResources.html */
  ListManagedResources: "L||||||;",
  /** Grants permission to list zonal shifts. Access level: List. https://docs.aws.amazon.com/arc-zonal-shift/latest/api/API_ListZonalShifts.html */
  ListZonalShifts: "L||||||;",
  /** Grants permission to start a practice run. Access level: Write. Resources: ALB*, NLB*. https://docs.aws.amazon.com/arc-zonal-shift/latest/api/API_StartPracticeRun.html */
  StartPracticeRun: "W|||0;1;,1;1;|0,1,2||;",
  /** Grants permission to start a zonal shift. Access level: Write. Resources: ALB*, NLB*. https://docs.aws.amazon.com/arc-zonal-shift/latest/api/API_StartZonalShift.html */
  StartZonalShift: "W|||0;1;,1;1;|0,1,2||;",
  /** Grants permission to update autoshift observer notification status. Access level: Write. https://docs.aws.amazon.com/arc-zonal-shift/latest/api/API_UpdateAutoshiftObserverNotificationStatus.html */
  UpdateAutoshiftObserverNotificationStatus: "W||||||;",
  /** Grants permission to update a practice run configuration. Access level: Write. Resources: ALB*, NLB*. https://docs.aws.amazon.com/arc-zonal-shift/latest/api/API_UpdatePracticeRunConfiguration.html */
  UpdatePracticeRunConfiguration: "W|||0;1;,1;1;|0,1,2|0,1|;",
  /** Grants permission to update a zonal autoshift status. Access level: Write. Resources: ALB*, NLB*. https://docs.aws.amazon.com/arc-zonal-shift/latest/api/API_UpdateZonalAutoshiftConfiguration.html */
  UpdateZonalAutoshiftConfiguration: "W|||0;1;,1;1;|0,1,2|1|;",
  /** Grants permission to update an existing zonal shift. Access level: Write. Resources: ALB*, NLB*. https://docs.aws.amazon.com/arc-zonal-shift/latest/api/API_UpdateZonalShift.html */
  UpdateZonalShift: "W|||0;1;,1;1;|0,1,2||;",
} as const;
const actionDetails = {
  CancelPracticeRun: "|,;~~~|Grants permission to cancel an active practice run",
  CancelZonalShift: "|,;~~~|Grants permission to cancel an active zonal shift",
  CreatePracticeRunConfiguration: "|,;~~~|Grants permission to create a practice run configuration",
  DeletePracticeRunConfiguration: "|,;~~~|Grants permission to delete a practice run configuration",
  GetAutoshiftObserverNotificationStatus: "|,;~~~|Grants permission to get autoshift observer notification status",
  GetManagedResource: "|,;~~~|Grants permission to get information about a managed resource",
  ListAutoshifts: "|,;~~~|Grants permission to list active and completed autoshifts",
  ListManagedResources: "|,;~~~|Grants permission to list managed resources",
  ListZonalShifts: "|,;~~~|Grants permission to list zonal shifts",
  StartPracticeRun: "|,;~~~|Grants permission to start a practice run",
  StartZonalShift: "|,;~~~|Grants permission to start a zonal shift",
  UpdateAutoshiftObserverNotificationStatus:
    "|,;~~~|Grants permission to update autoshift observer notification status",
  UpdatePracticeRunConfiguration: "|,;~~~|Grants permission to update a practice run configuration",
  UpdateZonalAutoshiftConfiguration: "|,;~~~|Grants permission to update a zonal autoshift status",
  UpdateZonalShift: "|,;~~~|Grants permission to update an existing zonal shift",
};
const resourceTypeFacts = {
  /** The ALB resource type: arn:${Partition}:elasticloadbalancing:${Region}:${Account}:loadbalancer/app/${LoadBalancerName}/${LoadBalancerId} */
  ALB: "|,alb|0,1,2",
  /** The NLB resource type: arn:${Partition}:elasticloadbalancing:${Region}:${Account}:loadbalancer/net/${LoadBalancerName}/${LoadBalancerId} */
  NLB: "|,nlb|0,1,2",
} as const;
const arnFormats = {
  /** ARN of a ALB resource: arn:${Partition}:elasticloadbalancing:${Region}:${Account}:loadbalancer/app/${LoadBalancerName}/${LoadBalancerId}. */
  alb: "|,ALB|arn:|Partition|:elasticloadbalancing:|Region|:|Account|:loadbalancer/app/|LoadBalancerName|/|LoadBalancerId|",
  /** ARN of a NLB resource: arn:${Partition}:elasticloadbalancing:${Region}:${Account}:loadbalancer/net/${LoadBalancerName}/${LoadBalancerId}. */
  nlb: "|,NLB|arn:|Partition|:elasticloadbalancing:|Region|:|Account|:loadbalancer/net/|LoadBalancerName|/|LoadBalancerId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["ALB", "NLB"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "arc-zonal-shift">;
/** Any arc-zonal-shift action. */
export type Action = ActionOf<typeof actionFacts, "arc-zonal-shift">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "arc-zonal-shift">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "arc-zonal-shift" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every arc-zonal-shift action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the tags associated with the managed resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the tags associated with the managed resource. */
  [key: `elasticloadbalancing:ResourceTag/${string}`]: "String";
  /** Filters access by the resource identifier of the managed resource. */
  "arc-zonal-shift:ResourceIdentifier": "String";
}

/** Condition key -> value type. */
export type ConditionKeys = ConditionKeysOf<ConditionKeyTypes>;

/** Condition key with a placeholder, as the reference writes it -> its template-literal key. */
export interface ConditionKeyPatterns {
  /** aws:ResourceTag/${TagKey} */
  "aws:ResourceTag/${TagKey}": `aws:ResourceTag/${string}`;
  /** elasticloadbalancing:ResourceTag/${TagKey} */
  "elasticloadbalancing:ResourceTag/${TagKey}": `elasticloadbalancing:ResourceTag/${string}`;
}

/** A condition key as the reference writes it. */
export type ConditionKeyName = (typeof conditionKeyList)[number];
/** Condition key -> description, types, deprecation. */
export type ConditionKeyInfos = { readonly [K in ConditionKeyName]: ConditionKeyInfo };
const conditionKeyRows: { readonly [K in ConditionKeyName]: string } = {
  "arc-zonal-shift:ResourceIdentifier": "|,String|0||Filters access by the resource identifier of the managed resource",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by the tags associated with the managed resource",
  "elasticloadbalancing:ResourceTag/${TagKey}":
    "|,String|0||Filters access by the tags associated with the managed resource",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "arc-zonal-shift",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
