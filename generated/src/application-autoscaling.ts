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
export const prefix: "application-autoscaling" = "application-autoscaling";
/** The service's name in the reference. */
export const serviceName: "AWS Application Auto Scaling" = "AWS Application Auto Scaling";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Application Auto Scaling",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsapplicationautoscaling.html",
  },
];
const conditionKeyList = [
  "application-autoscaling:scalable-dimension",
  "application-autoscaling:service-namespace",
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to delete a scaling policy. Access level: Write. Resources: ScalableTarget*. https://docs.aws.amazon.com/autoscaling/application/APIReference/API_DeleteScalingPolicy.html */
  DeleteScalingPolicy: "W|||0;1;|0,1||;",
  /** Grants permission to delete a scheduled action. Access level: Write. Resources: ScalableTarget*. https://docs.aws.amazon.com/autoscaling/application/APIReference/API_DeleteScheduledAction.html */
  DeleteScheduledAction: "W|||0;1;|0,1||;",
  /** Grants permission to deregister a scalable target. Access level: Write. Resources: ScalableTarget*. https://docs.aws.amazon.com/autoscaling/application/APIReference/API_DeregisterScalableTarget.html */
  DeregisterScalableTarget: "W|||0;1;|0,1||;",
  /** Grants permission to describe one or more scalable targets in the specified namespace. Access level: Read. https://docs.aws.amazon.com/autoscaling/application/APIReference/API_DescribeScalableTargets.html */
  DescribeScalableTargets: "R||||||;",
  /** Grants permission to describe a set of scaling activities or all scaling activities in the specified namespace. Access level: Read. https://docs.aws.amazon.com/autoscaling/application/APIReference/API_DescribeScalingActivities.html */
  DescribeScalingActivities: "R||||||;",
  /** Grants permission to describe a set of scaling policies or all scaling policies in the specified namespace. Access level: Read. https://docs.aws.amazon.com/autoscaling/application/APIReference/API_DescribeScalingPolicies.html */
  DescribeScalingPolicies: "R||||||;",
  /** Grants permission to describe a set of scheduled actions or all scheduled actions in the specified namespace. Access level: Read. https://docs.aws.amazon.com/autoscaling/application/APIReference/API_DescribeScheduledActions.html */
  DescribeScheduledActions: "R||||||;",
  /** Grants permission to retrieve the forecast data for a predictive scaling policy. Access level: List. https://docs.aws.amazon.com/autoscaling/application/APIReference/API_GetPredictiveScalingForecast.html */
  GetPredictiveScalingForecast: "L||||||;",
  /** Grants permission to list tags for a scalable target. Access level: Read. Resources: ScalableTarget*. https://docs.aws.amazon.com/autoscaling/application/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;1;|||;",
  /** Grants permission to create and update a scaling policy for a scalable target. Access level: Write. Resources: ScalableTarget*. https://docs.aws.amazon.com/autoscaling/application/APIReference/API_PutScalingPolicy.html */
  PutScalingPolicy: "W|||0;1;|0,1||;",
  /** Grants permission to create and update a scheduled action for a scalable target. Access level: Write. Resources: ScalableTarget*. https://docs.aws.amazon.com/autoscaling/application/APIReference/API_PutScheduledAction.html */
  PutScheduledAction: "W|||0;1;|0,1||;",
  /** Grants permission to register AWS or custom resources as scalable targets with Application Auto Scaling and to update configuration parameters used to manage a scalable target. Access level: Write. Resources: ScalableTarget*. https://docs.aws.amazon.com/autoscaling/application/APIReference/API_RegisterScalableTarget.html */
  RegisterScalableTarget: "W|||0;1;|0,1,2,4|application-autoscaling:TagResource,iam:PassRole|;",
  /** Grants permission to tag a scalable target. Access level: Tagging. Resources: ScalableTarget*. https://docs.aws.amazon.com/autoscaling/application/APIReference/API_TagResource.html */
  TagResource: "T|||0;1;|2,4||RegisterScalableTarget,;",
  /** Grants permission to remove tags from a scalable target. Access level: Tagging. Resources: ScalableTarget*. https://docs.aws.amazon.com/autoscaling/application/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;1;|4||;",
} as const;
const actionDetails = {
  DeleteScalingPolicy: "|,;~~~|Grants permission to delete a scaling policy",
  DeleteScheduledAction: "|,;~~~|Grants permission to delete a scheduled action",
  DeregisterScalableTarget: "|,;~~~|Grants permission to deregister a scalable target",
  DescribeScalableTargets:
    "|,;~~~|Grants permission to describe one or more scalable targets in the specified namespace",
  DescribeScalingActivities:
    "|,;~~~|Grants permission to describe a set of scaling activities or all scaling activities in the specified namespace",
  DescribeScalingPolicies:
    "|,;~~~|Grants permission to describe a set of scaling policies or all scaling policies in the specified namespace",
  DescribeScheduledActions:
    "|,;~~~|Grants permission to describe a set of scheduled actions or all scheduled actions in the specified namespace",
  GetPredictiveScalingForecast:
    "|,;~~~|Grants permission to retrieve the forecast data for a predictive scaling policy",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for a scalable target",
  PutScalingPolicy: "|,;~~~|Grants permission to create and update a scaling policy for a scalable target",
  PutScheduledAction: "|,;~~~|Grants permission to create and update a scheduled action for a scalable target",
  RegisterScalableTarget:
    "|,;~~~|Grants permission to register AWS or custom resources as scalable targets with Application Auto Scaling and to update configuration parameters used to manage a scalable target",
  TagResource: "|,;~~~,~~|Grants permission to tag a scalable target",
  UntagResource: "|,;~~~|Grants permission to remove tags from a scalable target",
};
const resourceTypeFacts = {
  /** The ScalableTarget resource type: arn:${Partition}:application-autoscaling:${Region}:${Account}:scalable-target/${ResourceId} */
  ScalableTarget: "|,scalableTarget|3",
} as const;
const arnFormats = {
  /** ARN of a ScalableTarget resource: arn:${Partition}:application-autoscaling:${Region}:${Account}:scalable-target/${ResourceId}. */
  scalableTarget:
    "|,ScalableTarget|arn:|Partition|:application-autoscaling:|Region|:|Account|:scalable-target/|ResourceId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["ScalableTarget"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "application-autoscaling">;
/** Any application-autoscaling action. */
export type Action = ActionOf<typeof actionFacts, "application-autoscaling">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "application-autoscaling">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "application-autoscaling" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every application-autoscaling action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the scalable dimension that is passed in the request. */
  "application-autoscaling:scalable-dimension": "String";
  /** Filters access by the service namespace that is passed in the request. */
  "application-autoscaling:service-namespace": "String";
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
  "application-autoscaling:scalable-dimension":
    "|,String|0||Filters access by the scalable dimension that is passed in the request",
  "application-autoscaling:service-namespace":
    "|,String|0||Filters access by the service namespace that is passed in the request",
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
  "application-autoscaling",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
