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
export const prefix: "route53-recovery-control-config" = "route53-recovery-control-config";
/** The service's name in the reference. */
export const serviceName: "Amazon Route 53 Recovery Controls" = "Amazon Route 53 Recovery Controls";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Route 53 Recovery Controls",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonroute53recoverycontrols.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["route53-recovery-control-config:TagResource"] as const;
const actionFacts = {
  /** Grants permission to create a cluster. Access level: Write. https://docs.aws.amazon.com/recovery-cluster/latest/api/cluster.html */
  CreateCluster: "W||||0,2|0|;",
  /** Grants permission to create a control panel. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/recovery-cluster/latest/api/controlpanel.html */
  CreateControlPanel: "W|||0;1;|0,2|0|;",
  /** Grants permission to create a routing control. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/recovery-cluster/latest/api/routingcontrol.html */
  CreateRoutingControl: "W|||0;1;|||;",
  /** Grants permission to create a safety rule. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/recovery-cluster/latest/api/safetyrule.html */
  CreateSafetyRule: "W|||0;1;|0,2|0|;",
  /** Grants permission to delete a cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/recovery-cluster/latest/api/cluster-clusterarn.html */
  DeleteCluster: "W|||0;1;|||;",
  /** Grants permission to delete a control panel. Access level: Write. Resources: controlpanel*. https://docs.aws.amazon.com/recovery-cluster/latest/api/controlpanel-controlpanelarn.html */
  DeleteControlPanel: "W|||1;1;|||;",
  /** Grants permission to delete the RAM access control policy for a cluster. Access level: Permissions management. Resources: cluster*. Permission only. https://docs.aws.amazon.com/r53recovery/latest/dg/routing-control.failover-different-accounts.html */
  DeleteResourcePolicy: "P||1|0;1;|||",
  /** Grants permission to delete a routing control. Access level: Write. Resources: routingcontrol*. https://docs.aws.amazon.com/recovery-cluster/latest/api/routingcontrol-routingcontrolarn.html */
  DeleteRoutingControl: "W|||2;1;|||;",
  /** Grants permission to delete a safety rule. Access level: Write. Resources: safetyrule*. https://docs.aws.amazon.com/recovery-cluster/latest/api/safetyrule-safetyrulearn.html */
  DeleteSafetyRule: "W|||3;1;|||;",
  /** Grants permission to describe a cluster. Access level: Read. Resources: cluster*. https://docs.aws.amazon.com/recovery-cluster/latest/api/cluster-clusterarn.html */
  DescribeCluster: "R|||0;1;|||;",
  /** Grants permission to describe a control panel. Access level: Read. Resources: controlpanel*. https://docs.aws.amazon.com/recovery-cluster/latest/api/controlpanel-controlpanelarn.html */
  DescribeControlPanel: "R|||1;1;|||;",
  /** Grants permission to describe a routing control. Access level: Read. Resources: routingcontrol*. https://docs.aws.amazon.com/recovery-cluster/latest/api/routingcontrol-routingcontrolarn.html */
  DescribeRoutingControl: "R|||2;1;|||;",
  /** Grants permission to describe a safety rule. Access level: Read. Resources: safetyrule*. https://docs.aws.amazon.com/recovery-cluster/latest/api/safetyrule-safetyrulearn.html */
  DescribeSafetyRule: "R|||3;1;|||;",
  /** Grants permission to get the resource policy of a cluster. Access level: Read. Resources: cluster*. https://docs.aws.amazon.com/recovery-cluster/latest/api/cluster/resourcepolicy-resourcearn.html */
  GetResourcePolicy: "R|||0;1;|||;",
  /** Grants permission to list associated Route 53 health checks. Access level: List. Resources: routingcontrol*. https://docs.aws.amazon.com/recovery-cluster/latest/api/routingcontrol-routingcontrolarn-associatedroute53healthchecks.html */
  ListAssociatedRoute53HealthChecks: "L|||2;1;|||;",
  /** Grants permission to list clusters. Access level: Read. https://docs.aws.amazon.com/recovery-cluster/latest/api/cluster.html */
  ListClusters: "R||||||;",
  /** Grants permission to list control panels. Access level: Read. https://docs.aws.amazon.com/recovery-cluster/latest/api/controlpanels.html */
  ListControlPanels: "R||||||;",
  /** Grants permission to list routing controls. Access level: Read. Resources: controlpanel*. https://docs.aws.amazon.com/recovery-cluster/latest/api/controlpanel-controlpanelarn-routingcontrols.html */
  ListRoutingControls: "R|||1;1;|||;",
  /** Grants permission to list safety rules. Access level: Read. Resources: controlpanel*. https://docs.aws.amazon.com/recovery-cluster/latest/api/controlpanel-controlpanelarn-safetyrules.html */
  ListSafetyRules: "R|||1;1;|||;",
  /** Grants permission to list tags for a resource. Access level: Read. Resources: cluster, controlpanel, safetyrule. https://docs.aws.amazon.com/recovery-cluster/latest/api/tags-resource-arn.html */
  ListTagsForResource: "R|||0;0;,1;0;,3;0;|||;",
  /** Grants permission to define the RAM access control policy for a cluster. Access level: Permissions management. Resources: cluster*. Permission only. https://docs.aws.amazon.com/r53recovery/latest/dg/routing-control.failover-different-accounts.html */
  PutResourcePolicy: "P||1|0;1;|||",
  /** Grants permission to tag a resource. Access level: Tagging. Resources: cluster, controlpanel, safetyrule. https://docs.aws.amazon.com/recovery-cluster/latest/api/tags-resource-arn.html */
  TagResource: "T|||0;0;,1;0;,3;0;|0,2||CreateCluster,CreateControlPanel,CreateSafetyRule,;",
  /** Grants permission to remove tags from a resource. Access level: Tagging. Resources: cluster, controlpanel, safetyrule. https://docs.aws.amazon.com/recovery-cluster/latest/api/tags-resource-arn.html */
  UntagResource: "T|||0;0;,1;0;,3;0;|2||;",
  /** Grants permission to update a cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/recovery-cluster/latest/api/cluster.html */
  UpdateCluster: "W|||0;1;|||;",
  /** Grants permission to update a cluster. Access level: Write. Resources: controlpanel*. https://docs.aws.amazon.com/recovery-cluster/latest/api/controlpanel.html */
  UpdateControlPanel: "W|||1;1;|||;",
  /** Grants permission to update a routing control. Access level: Write. Resources: routingcontrol*. https://docs.aws.amazon.com/recovery-cluster/latest/api/routingcontrol.html */
  UpdateRoutingControl: "W|||2;1;|||;",
  /** Grants permission to update a safety rule. Access level: Write. Resources: safetyrule*. https://docs.aws.amazon.com/recovery-cluster/latest/api/safetyrule.html */
  UpdateSafetyRule: "W|||3;1;|||;",
} as const;
const actionDetails = {
  CreateCluster: "|,;~~~|Grants permission to create a cluster",
  CreateControlPanel: "|,;~~~|Grants permission to create a control panel",
  CreateRoutingControl: "|,;~~~|Grants permission to create a routing control",
  CreateSafetyRule: "|,;~~~|Grants permission to create a safety rule",
  DeleteCluster: "|,;~~~|Grants permission to delete a cluster",
  DeleteControlPanel: "|,;~~~|Grants permission to delete a control panel",
  DeleteResourcePolicy: "|,;~|Grants permission to delete the RAM access control policy for a cluster",
  DeleteRoutingControl: "|,;~~~|Grants permission to delete a routing control",
  DeleteSafetyRule: "|,;~~~|Grants permission to delete a safety rule",
  DescribeCluster: "|,;~~~|Grants permission to describe a cluster",
  DescribeControlPanel: "|,;~~~|Grants permission to describe a control panel",
  DescribeRoutingControl: "|,;~~~|Grants permission to describe a routing control",
  DescribeSafetyRule: "|,;~~~|Grants permission to describe a safety rule",
  GetResourcePolicy: "|,;~~~|Grants permission to get the resource policy of a cluster",
  ListAssociatedRoute53HealthChecks: "|,;~~~|Grants permission to list associated Route 53 health checks",
  ListClusters: "|,;~~~|Grants permission to list clusters",
  ListControlPanels: "|,;~~~|Grants permission to list control panels",
  ListRoutingControls: "|,;~~~|Grants permission to list routing controls",
  ListSafetyRules: "|,;~~~|Grants permission to list safety rules",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for a resource",
  PutResourcePolicy: "|,;~|Grants permission to define the RAM access control policy for a cluster",
  TagResource: "|,;~~~,~~,~~,~~|Grants permission to tag a resource",
  UntagResource: "|,;~~~|Grants permission to remove tags from a resource",
  UpdateCluster: "|,;~~~|Grants permission to update a cluster",
  UpdateControlPanel: "|,;~~~|Grants permission to update a cluster",
  UpdateRoutingControl: "|,;~~~|Grants permission to update a routing control",
  UpdateSafetyRule: "|,;~~~|Grants permission to update a safety rule",
};
const resourceTypeFacts = {
  /** The cluster resource type: arn:${Partition}:route53-recovery-control::${Account}:cluster/${ResourceId} */
  cluster: "|,|1",
  /** The controlpanel resource type: arn:${Partition}:route53-recovery-control::${Account}:controlpanel/${ControlPanelId} */
  controlpanel: "|,|1",
  /** The routingcontrol resource type: arn:${Partition}:route53-recovery-control::${Account}:controlpanel/${ControlPanelId}/routingcontrol/${RoutingControlId} */
  routingcontrol: "|,|",
  /** The safetyrule resource type: arn:${Partition}:route53-recovery-control::${Account}:controlpanel/${ControlPanelId}/safetyrule/${SafetyRuleId} */
  safetyrule: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a cluster resource: arn:${Partition}:route53-recovery-control::${Account}:cluster/${ResourceId}. */
  cluster: "|,cluster|arn:|Partition|:route53-recovery-control::|Account|:cluster/|ResourceId|",
  /** ARN of a controlpanel resource: arn:${Partition}:route53-recovery-control::${Account}:controlpanel/${ControlPanelId}. */
  controlpanel: "|,controlpanel|arn:|Partition|:route53-recovery-control::|Account|:controlpanel/|ControlPanelId|",
  /** ARN of a routingcontrol resource: arn:${Partition}:route53-recovery-control::${Account}:controlpanel/${ControlPanelId}/routingcontrol/${RoutingControlId}. */
  routingcontrol:
    "|,routingcontrol|arn:|Partition|:route53-recovery-control::|Account|:controlpanel/|ControlPanelId|/routingcontrol/|RoutingControlId|",
  /** ARN of a safetyrule resource: arn:${Partition}:route53-recovery-control::${Account}:controlpanel/${ControlPanelId}/safetyrule/${SafetyRuleId}. */
  safetyrule:
    "|,safetyrule|arn:|Partition|:route53-recovery-control::|Account|:controlpanel/|ControlPanelId|/safetyrule/|SafetyRuleId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["cluster", "controlpanel", "routingcontrol", "safetyrule"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "route53-recovery-control-config">;
/** Any route53-recovery-control-config action. */
export type Action = ActionOf<typeof actionFacts, "route53-recovery-control-config">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "route53-recovery-control-config">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "route53-recovery-control-config" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every route53-recovery-control-config action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by a tag's key and value in a request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by a tag's key and value in a request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by tag key-value pairs attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the presence of tag keys in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "route53-recovery-control-config",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
