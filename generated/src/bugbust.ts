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
export const prefix: "bugbust" = "bugbust";
/** The service's name in the reference. */
export const serviceName: "AWS BugBust" = "AWS BugBust";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS BugBust",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsbugbust.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["codeguru-reviewer:DescribeCodeReview", "codeguru-reviewer:ListRecommendations"] as const;
const actionFacts = {
  /** Grants permission to create a BugBust event. Access level: Write. Permission only. https://docs.aws.amazon.com/codeguru/latest/bugbust-ug/auth-and-access-control-permissions-reference.html */
  CreateEvent: "W||1||0,2|iam:CreateServiceLinkedRole|",
  /** Grants permission to evaluate checked-in profiling groups. Access level: Write. Resources: Event*. Permission only. https://docs.aws.amazon.com/codeguru/latest/bugbust-ug/auth-and-access-control-permissions-reference.html */
  EvaluateProfilingGroups: "W||1|0;1;|1||",
  /** Grants permission to view customer details about an event. Access level: Read. Resources: Event*. Permission only. https://docs.aws.amazon.com/codeguru/latest/bugbust-ug/auth-and-access-control-permissions-reference.html */
  GetEvent: "R||1|0;1;|1||",
  /** Grants permission to view the status of a BugBust player's attempt to join a BugBust event. Access level: Read. Resources: Event*. Permission only. https://docs.aws.amazon.com/codeguru/latest/bugbust-ug/auth-and-access-control-permissions-reference.html */
  GetJoinEventStatus: "R||1|0;1;|1||",
  /** Grants permission to join an event. Access level: Write. Resources: Event*. Permission only. https://docs.aws.amazon.com/codeguru/latest/bugbust-ug/auth-and-access-control-permissions-reference.html */
  JoinEvent: "W||1|0;1;|1||",
  /** Grants permission to view the bugs that were imported into an event for players to work on. Access level: Read. Resources: Event*. Permission only. https://docs.aws.amazon.com/codeguru/latest/bugbust-ug/auth-and-access-control-permissions-reference.html */
  ListBugs: "R||1|0;1;|1|0,1|",
  /** Grants permission to view the participants of an event. Access level: Read. Resources: Event*. Permission only. https://docs.aws.amazon.com/codeguru/latest/bugbust-ug/auth-and-access-control-permissions-reference.html */
  ListEventParticipants: "R||1|0;1;|1||",
  /** Grants permission to view the scores of an event's players. Access level: Read. Resources: Event*. Permission only. https://docs.aws.amazon.com/codeguru/latest/bugbust-ug/auth-and-access-control-permissions-reference.html */
  ListEventScores: "R||1|0;1;|1||",
  /** Grants permission to List BugBust events. Access level: List. Permission only. https://docs.aws.amazon.com/codeguru/latest/bugbust-ug/auth-and-access-control-permissions-reference.html */
  ListEvents: "L||1||1||",
  /** Grants permission to view the profiling groups that were imported into an event for players to work on. Access level: Read. Resources: Event*. Permission only. https://docs.aws.amazon.com/codeguru/latest/bugbust-ug/auth-and-access-control-permissions-reference.html */
  ListProfilingGroups: "R||1|0;1;|1||",
  /** Grants permission to view the pull requests used by players to submit fixes to their claimed bugs in an event. Access level: Read. Resources: Event*. Permission only. https://docs.aws.amazon.com/codeguru/latest/bugbust-ug/auth-and-access-control-permissions-reference.html */
  ListPullRequests: "R||1|0;1;|1||",
  /** Grants permission to lists tag for a Bugbust resource. Access level: Read. Resources: Event*. Permission only. https://docs.aws.amazon.com/codeguru/latest/bugbust-ug/auth-and-access-control-permissions-reference.html */
  ListTagsForResource: "R||1|0;1;|1||",
  /** Grants permission to tag a Bugbust resource. Access level: Tagging. Resources: Event*. Permission only. https://docs.aws.amazon.com/codeguru/latest/bugbust-ug/auth-and-access-control-permissions-reference.html */
  TagResource: "T||1|0;1;|0,2||",
  /** Grants permission to untag a Bugbust resource. Access level: Tagging. Resources: Event*. Permission only. https://docs.aws.amazon.com/codeguru/latest/bugbust-ug/auth-and-access-control-permissions-reference.html */
  UntagResource: "T||1|0;1;|0,2||",
  /** Grants permission to update a BugBust event. Access level: Write. Resources: Event*. Permission only. https://docs.aws.amazon.com/codeguru/latest/bugbust-ug/auth-and-access-control-permissions-reference.html */
  UpdateEvent:
    "W||1|0;1;|1|codeguru-profiler:DescribeProfilingGroup,codeguru-profiler:ListProfilingGroups,0,codeguru-reviewer:ListCodeReviews,1,codeguru-reviewer:TagResource,codeguru-reviewer:UnTagResource|",
  /** Grants permission to update a work item as claimed or unclaimed (bug or profiling group). Access level: Write. Resources: Event*. Permission only. https://docs.aws.amazon.com/codeguru/latest/bugbust-ug/auth-and-access-control-permissions-reference.html */
  UpdateWorkItem: "W||1|0;1;|1|1|",
  /** Grants permission to update an event's work item (bug or profiling group). Access level: Write. Resources: Event*. Permission only. https://docs.aws.amazon.com/codeguru/latest/bugbust-ug/auth-and-access-control-permissions-reference.html */
  UpdateWorkItemAdmin: "W||1|0;1;|1|1|",
} as const;
const actionDetails = {
  CreateEvent: "|,;~|Grants permission to create a BugBust event",
  EvaluateProfilingGroups: "|,;~|Grants permission to evaluate checked-in profiling groups",
  GetEvent: "|,;~|Grants permission to view customer details about an event",
  GetJoinEventStatus: "|,;~|Grants permission to view the status of a BugBust player's attempt to join a BugBust event",
  JoinEvent: "|,;~|Grants permission to join an event",
  ListBugs: "|,;~|Grants permission to view the bugs that were imported into an event for players to work on",
  ListEventParticipants: "|,;~|Grants permission to view the participants of an event",
  ListEventScores: "|,;~|Grants permission to view the scores of an event's players",
  ListEvents: "|,;~|Grants permission to List BugBust events",
  ListProfilingGroups:
    "|,;~|Grants permission to view the profiling groups that were imported into an event for players to work on",
  ListPullRequests:
    "|,;~|Grants permission to view the pull requests used by players to submit fixes to their claimed bugs in an event",
  ListTagsForResource: "|,;~|Grants permission to lists tag for a Bugbust resource",
  TagResource: "|,;~|Grants permission to tag a Bugbust resource",
  UntagResource: "|,;~|Grants permission to untag a Bugbust resource",
  UpdateEvent: "|,;~|Grants permission to update a BugBust event",
  UpdateWorkItem: "|,;~|Grants permission to update a work item as claimed or unclaimed (bug or profiling group)",
  UpdateWorkItemAdmin: "|,;~|Grants permission to update an event's work item (bug or profiling group)",
};
const resourceTypeFacts = {
  /** The Event resource type: arn:${Partition}:bugbust:${Region}:${Account}:events/${EventId} */
  Event: "|,event|1",
} as const;
const arnFormats = {
  /** ARN of a Event resource: arn:${Partition}:bugbust:${Region}:${Account}:events/${EventId}. */
  event: "|,Event|arn:|Partition|:bugbust:|Region|:|Account|:events/|EventId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["Event"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "bugbust">;
/** Any bugbust action. */
export type Action = ActionOf<typeof actionFacts, "bugbust">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "bugbust">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "", client: "" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every bugbust action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access based on the tags that are passed in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access based on the tags associated with the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access based on the tag keys that are passed in the request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access based on the tags that are passed in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access based on the tags associated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access based on the tag keys that are passed in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "bugbust",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
