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
export const prefix: "simspaceweaver" = "simspaceweaver";
/** The service's name in the reference. */
export const serviceName: "AWS SimSpace Weaver" = "AWS SimSpace Weaver";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS SimSpace Weaver",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssimspaceweaver.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to create a snapshot. Access level: Write. Resources: Simulation*. https://docs.aws.amazon.com/simspaceweaver/latest/APIReference/API_CreateSnapshot.html */
  CreateSnapshot: "W|||0;1;|||;",
  /** Grants permission to delete an app. Access level: Write. Resources: Simulation*. https://docs.aws.amazon.com/simspaceweaver/latest/APIReference/API_DeleteApp.html */
  DeleteApp: "W|||0;1;|||;",
  /** Grants permission to delete a simulation. Access level: Write. Resources: Simulation*. https://docs.aws.amazon.com/simspaceweaver/latest/APIReference/API_DeleteSimulation.html */
  DeleteSimulation: "W|||0;1;|||;",
  /** Grants permission to describe an app. Access level: Read. Resources: Simulation*. https://docs.aws.amazon.com/simspaceweaver/latest/APIReference/API_DescribeApp.html */
  DescribeApp: "R|||0;1;|||;",
  /** Grants permission to describe a simulation. Access level: Read. Resources: Simulation*. https://docs.aws.amazon.com/simspaceweaver/latest/APIReference/API_DescribeSimulation.html */
  DescribeSimulation: "R|||0;1;|||;",
  /** Grants permission to list apps. Access level: Read. Resources: Simulation*. https://docs.aws.amazon.com/simspaceweaver/latest/APIReference/API_ListApps.html */
  ListApps: "R|||0;1;|||;",
  /** Grants permission to list simulations. Access level: List. https://docs.aws.amazon.com/simspaceweaver/latest/APIReference/API_ListSimulations.html */
  ListSimulations: "L||||||;",
  /** Grants permission to list the tags for a resource. Access level: Read. https://docs.aws.amazon.com/simspaceweaver/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R||||||;",
  /** Grants permission to start an app. Access level: Write. Resources: Simulation*. https://docs.aws.amazon.com/simspaceweaver/latest/APIReference/API_StartApp.html */
  StartApp: "W|||0;1;|||;",
  /** Grants permission to start a simulation clock. Access level: Write. Resources: Simulation*. https://docs.aws.amazon.com/simspaceweaver/latest/APIReference/API_StartClock.html */
  StartClock: "W|||0;1;|||;",
  /** Grants permission to start a simulation. Access level: Write. https://docs.aws.amazon.com/simspaceweaver/latest/APIReference/API_StartSimulation.html */
  StartSimulation: "W||||0,2|iam:PassRole,simspaceweaver:TagResource|;",
  /** Grants permission to stop an app. Access level: Write. Resources: Simulation*. https://docs.aws.amazon.com/simspaceweaver/latest/APIReference/API_StopApp.html */
  StopApp: "W|||0;1;|||;",
  /** Grants permission to stop a simulation clock. Access level: Write. Resources: Simulation*. https://docs.aws.amazon.com/simspaceweaver/latest/APIReference/API_StopClock.html */
  StopClock: "W|||0;1;|||;",
  /** Grants permission to stop a simulation. Access level: Write. Resources: Simulation*. https://docs.aws.amazon.com/simspaceweaver/latest/APIReference/API_StopSimulation.html */
  StopSimulation: "W|||0;1;|||;",
  /** Grants permission to tag a resource. Access level: Tagging. Resources: Simulation*. https://docs.aws.amazon.com/simspaceweaver/latest/APIReference/API_TagResource.html */
  TagResource: "T|||0;1;|0,2||StartSimulation,;",
  /** Grants permission to untag a resource. Access level: Tagging. Resources: Simulation*. https://docs.aws.amazon.com/simspaceweaver/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;1;|2||;",
} as const;
const actionDetails = {
  CreateSnapshot: "|,;~~~|Grants permission to create a snapshot",
  DeleteApp: "|,;~~~|Grants permission to delete an app",
  DeleteSimulation: "|,;~~~|Grants permission to delete a simulation",
  DescribeApp: "|,;~~~|Grants permission to describe an app",
  DescribeSimulation: "|,;~~~|Grants permission to describe a simulation",
  ListApps: "|,;~~~|Grants permission to list apps",
  ListSimulations: "|,;~~~|Grants permission to list simulations",
  ListTagsForResource: "|,;~~~|Grants permission to list the tags for a resource",
  StartApp: "|,;~~~|Grants permission to start an app",
  StartClock: "|,;~~~|Grants permission to start a simulation clock",
  StartSimulation: "|,;~~~|Grants permission to start a simulation",
  StopApp: "|,;~~~|Grants permission to stop an app",
  StopClock: "|,;~~~|Grants permission to stop a simulation clock",
  StopSimulation: "|,;~~~|Grants permission to stop a simulation",
  TagResource: "|,;~~~,~~|Grants permission to tag a resource",
  UntagResource: "|,;~~~|Grants permission to untag a resource",
};
const resourceTypeFacts = {
  /** The Simulation resource type: arn:${Partition}:simspaceweaver:${Region}:${Account}:simulation/${SimulationName} */
  Simulation: "|,simulation|1",
} as const;
const arnFormats = {
  /** ARN of a Simulation resource: arn:${Partition}:simspaceweaver:${Region}:${Account}:simulation/${SimulationName}. */
  simulation: "|,Simulation|arn:|Partition|:simspaceweaver:|Region|:|Account|:simulation/|SimulationName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["Simulation"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "simspaceweaver">;
/** Any simspaceweaver action. */
export type Action = ActionOf<typeof actionFacts, "simspaceweaver">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "simspaceweaver">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "simspaceweaver" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every simspaceweaver action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by tags that are passed in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by tags associated with the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by tag keys that are passed in the request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by tags that are passed in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by tags associated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by tag keys that are passed in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "simspaceweaver",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
