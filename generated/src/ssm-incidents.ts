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
export const prefix: "ssm-incidents" = "ssm-incidents";
/** The service's name in the reference. */
export const serviceName: "AWS Systems Manager Incident Manager" = "AWS Systems Manager Incident Manager";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Systems Manager Incident Manager",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssystemsmanagerincidentmanager.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["iam:PassRole", "ssm-incidents:TagResource"] as const;
const actionFacts = {
  /** Grants permission to retrieve details about specified findings for an incident record. Access level: Read. Resources: incident-record*, response-plan*. https://docs.aws.amazon.com/incident-manager/latest/APIReference/API_BatchGetIncidentFindings.html */
  BatchGetIncidentFindings: "R|||0;1;,2;1;|||;",
  /** Grants permission to create a replication set. Access level: Write. https://docs.aws.amazon.com/incident-manager/latest/APIReference/API_CreateReplicationSet.html */
  CreateReplicationSet: "W||||0,2|iam:CreateServiceLinkedRole,1|;",
  /** Grants permission to create a response plan. Access level: Write. https://docs.aws.amazon.com/incident-manager/latest/APIReference/API_CreateResponsePlan.html */
  CreateResponsePlan: "W||||0,2|0,1|;",
  /** Grants permission to create a timeline event for an incident record. Access level: Write. Resources: incident-record*, response-plan*. https://docs.aws.amazon.com/incident-manager/latest/APIReference/API_CreateTimelineEvent.html */
  CreateTimelineEvent: "W|||0;1;,2;1;|||;",
  /** Grants permission to delete an incident record. Access level: Write. Resources: incident-record*. https://docs.aws.amazon.com/incident-manager/latest/APIReference/API_DeleteIncidentRecord.html */
  DeleteIncidentRecord: "W|||0;1;|||;",
  /** Grants permission to delete a replication set. Access level: Write. Resources: replication-set*. https://docs.aws.amazon.com/incident-manager/latest/APIReference/API_DeleteReplicationSet.html */
  DeleteReplicationSet: "W|||1;1;|||;",
  /** Grants permission to delete resource policy from a response plan. Access level: Permissions management. Resources: response-plan*. https://docs.aws.amazon.com/incident-manager/latest/APIReference/API_DeleteResourcePolicy.html */
  DeleteResourcePolicy: "P|||2;1;|||;",
  /** Grants permission to delete a response plan. Access level: Write. Resources: response-plan*. https://docs.aws.amazon.com/incident-manager/latest/APIReference/API_DeleteResponsePlan.html */
  DeleteResponsePlan: "W|||2;1;|||;",
  /** Grants permission to delete a timeline event. Access level: Write. Resources: incident-record*. https://docs.aws.amazon.com/incident-manager/latest/APIReference/API_DeleteTimelineEvent.html */
  DeleteTimelineEvent: "W|||0;1;|||;",
  /** Grants permission to view the contents of an incident record. Access level: Read. Resources: incident-record*, response-plan*. https://docs.aws.amazon.com/incident-manager/latest/APIReference/API_GetIncidentRecord.html */
  GetIncidentRecord: "R|||0;1;,2;1;|||;",
  /** Grants permission to view the replication set. Access level: Read. Resources: replication-set*. https://docs.aws.amazon.com/incident-manager/latest/APIReference/API_GetReplicationSet.html */
  GetReplicationSet: "R|||1;1;|||;",
  /** Grants permission to view resource policies of a response plan. Access level: Read. Resources: response-plan*. https://docs.aws.amazon.com/incident-manager/latest/APIReference/API_GetResourcePolicies.html */
  GetResourcePolicies: "R|||2;1;|||;",
  /** Grants permission to view the contents of a specified response plan. Access level: Read. Resources: response-plan*. https://docs.aws.amazon.com/incident-manager/latest/APIReference/API_GetResponsePlan.html */
  GetResponsePlan: "R|||2;1;|||;",
  /** Grants permission to view a timeline event. Access level: Read. Resources: incident-record*, response-plan*. https://docs.aws.amazon.com/incident-manager/latest/APIReference/API_GetTimelineEvent.html */
  GetTimelineEvent: "R|||0;1;,2;1;|||;",
  /** Grants permission to list findings for an incident record. Access level: List. Resources: incident-record*, response-plan*. https://docs.aws.amazon.com/incident-manager/latest/APIReference/API_ListIncidentFindings.html */
  ListIncidentFindings: "L|||0;1;,2;1;|||;",
  /** Grants permission to list the contents of all incident records. Access level: List. https://docs.aws.amazon.com/incident-manager/latest/APIReference/API_ListIncidentRecords.html */
  ListIncidentRecords: "L||||||;",
  /** Grants permission to list related items of an incident record. Access level: List. Resources: incident-record*, response-plan*. https://docs.aws.amazon.com/incident-manager/latest/APIReference/API_ListRelatedItems.html */
  ListRelatedItems: "L|||0;1;,2;1;|||;",
  /** Grants permission to list all replication sets. Access level: List. https://docs.aws.amazon.com/incident-manager/latest/APIReference/API_ListReplicationSets.html */
  ListReplicationSets: "L||||||;",
  /** Grants permission to list all response plans. Access level: List. https://docs.aws.amazon.com/incident-manager/latest/APIReference/API_ListResponsePlans.html */
  ListResponsePlans: "L||||||;",
  /** Grants permission to view a list of resource tags for a specified resource. Access level: Read. Resources: incident-record, replication-set, response-plan. https://docs.aws.amazon.com/incident-manager/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,1;0;,2;0;|||;",
  /** Grants permission to list all timeline events for an incident record. Access level: List. Resources: incident-record*, response-plan*. https://docs.aws.amazon.com/incident-manager/latest/APIReference/API_ListTimelineEvents.html */
  ListTimelineEvents: "L|||0;1;,2;1;|||;",
  /** Grants permission to put resource policy on a response plan. Access level: Permissions management. Resources: response-plan*. https://docs.aws.amazon.com/incident-manager/latest/APIReference/API_PutResourcePolicy.html */
  PutResourcePolicy: "P|||2;1;|||;",
  /** Grants permission to start a new incident using a response plan. Access level: Write. Resources: response-plan*. https://docs.aws.amazon.com/incident-manager/latest/APIReference/API_StartIncident.html */
  StartIncident: "W|||2;1;|||;",
  /** Grants permission to add tags to a response plan. Access level: Tagging. Resources: incident-record, replication-set, response-plan. https://docs.aws.amazon.com/incident-manager/latest/APIReference/API_TagResource.html */
  TagResource: "T|||0;0;,1;0;,2;0;|0,2||CreateReplicationSet,CreateResponsePlan,;,UpdateResponsePlan",
  /** Grants permission to remove tags from a response plan. Access level: Tagging. Resources: incident-record, replication-set, response-plan. https://docs.aws.amazon.com/incident-manager/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;|2||;",
  /** Grants permission to update replication set deletion protection. Access level: Write. Resources: replication-set*. https://docs.aws.amazon.com/incident-manager/latest/APIReference/API_UpdateDeletionProtection.html */
  UpdateDeletionProtection: "W|||1;1;|||;",
  /** Grants permission to update the contents of an incident record. Access level: Write. Resources: incident-record*, response-plan*. https://docs.aws.amazon.com/incident-manager/latest/APIReference/API_UpdateIncidentRecord.html */
  UpdateIncidentRecord: "W|||0;1;,2;1;|||;",
  /** Grants permission to update related items of an incident record. Access level: Write. Resources: incident-record*, response-plan*. https://docs.aws.amazon.com/incident-manager/latest/APIReference/API_UpdateRelatedItems.html */
  UpdateRelatedItems: "W|||0;1;,2;1;|||;",
  /** Grants permission to update a replication set. Access level: Write. Resources: replication-set*. https://docs.aws.amazon.com/incident-manager/latest/APIReference/API_UpdateReplicationSet.html */
  UpdateReplicationSet: "W|||1;1;|||;",
  /** Grants permission to update the contents of a response plan. Access level: Write. Resources: response-plan*. https://docs.aws.amazon.com/incident-manager/latest/APIReference/API_UpdateResponsePlan.html */
  UpdateResponsePlan: "W|||2;1;|0,2|0,1|;",
  /** Grants permission to update a timeline event. Access level: Write. Resources: incident-record*, response-plan*. https://docs.aws.amazon.com/incident-manager/latest/APIReference/API_UpdateTimelineEvent.html */
  UpdateTimelineEvent: "W|||0;1;,2;1;|||;",
} as const;
const actionDetails = {
  BatchGetIncidentFindings:
    "|,;~~~|Grants permission to retrieve details about specified findings for an incident record",
  CreateReplicationSet: "|,;~~~|Grants permission to create a replication set",
  CreateResponsePlan: "|,;~~~|Grants permission to create a response plan",
  CreateTimelineEvent: "|,;~~~|Grants permission to create a timeline event for an incident record",
  DeleteIncidentRecord: "|,;~~~|Grants permission to delete an incident record",
  DeleteReplicationSet: "|,;~~~|Grants permission to delete a replication set",
  DeleteResourcePolicy: "|,;~~~|Grants permission to delete resource policy from a response plan",
  DeleteResponsePlan: "|,;~~~|Grants permission to delete a response plan",
  DeleteTimelineEvent: "|,;~~~|Grants permission to delete a timeline event",
  GetIncidentRecord: "|,;~~~|Grants permission to view the contents of an incident record",
  GetReplicationSet: "|,;~~~|Grants permission to view the replication set",
  GetResourcePolicies: "|,;~~~|Grants permission to view resource policies of a response plan",
  GetResponsePlan: "|,;~~~|Grants permission to view the contents of a specified response plan",
  GetTimelineEvent: "|,;~~~|Grants permission to view a timeline event",
  ListIncidentFindings: "|,;~~~|Grants permission to list findings for an incident record",
  ListIncidentRecords: "|,;~~~|Grants permission to list the contents of all incident records",
  ListRelatedItems: "|,;~~~|Grants permission to list related items of an incident record",
  ListReplicationSets: "|,;~~~|Grants permission to list all replication sets",
  ListResponsePlans: "|,;~~~|Grants permission to list all response plans",
  ListTagsForResource: "|,;~~~|Grants permission to view a list of resource tags for a specified resource",
  ListTimelineEvents: "|,;~~~|Grants permission to list all timeline events for an incident record",
  PutResourcePolicy: "|,;~~~|Grants permission to put resource policy on a response plan",
  StartIncident: "|,;~~~|Grants permission to start a new incident using a response plan",
  TagResource: "|,;~~~,~~,~~,~~|Grants permission to add tags to a response plan",
  UntagResource: "|,;~~~|Grants permission to remove tags from a response plan",
  UpdateDeletionProtection: "|,;~~~|Grants permission to update replication set deletion protection",
  UpdateIncidentRecord: "|,;~~~|Grants permission to update the contents of an incident record",
  UpdateRelatedItems: "|,;~~~|Grants permission to update related items of an incident record",
  UpdateReplicationSet: "|,;~~~|Grants permission to update a replication set",
  UpdateResponsePlan: "|,;~~~|Grants permission to update the contents of a response plan",
  UpdateTimelineEvent: "|,;~~~|Grants permission to update a timeline event",
};
const resourceTypeFacts = {
  /** The incident-record resource type: arn:${Partition}:ssm-incidents::${Account}:incident-record/${ResponsePlan}/${IncidentRecord} */
  "incident-record": "|,incidentRecord|1",
  /** The replication-set resource type: arn:${Partition}:ssm-incidents::${Account}:replication-set/${ReplicationSet} */
  "replication-set": "|,replicationSet|1",
  /** The response-plan resource type: arn:${Partition}:ssm-incidents::${Account}:response-plan/${ResponsePlan} */
  "response-plan": "|,responsePlan|1",
} as const;
const arnFormats = {
  /** ARN of a incident-record resource: arn:${Partition}:ssm-incidents::${Account}:incident-record/${ResponsePlan}/${IncidentRecord}. */
  incidentRecord:
    "|,incident-record|arn:|Partition|:ssm-incidents::|Account|:incident-record/|ResponsePlan|/|IncidentRecord|",
  /** ARN of a replication-set resource: arn:${Partition}:ssm-incidents::${Account}:replication-set/${ReplicationSet}. */
  replicationSet: "|,replication-set|arn:|Partition|:ssm-incidents::|Account|:replication-set/|ReplicationSet|",
  /** ARN of a response-plan resource: arn:${Partition}:ssm-incidents::${Account}:response-plan/${ResponsePlan}. */
  responsePlan: "|,response-plan|arn:|Partition|:ssm-incidents::|Account|:response-plan/|ResponsePlan|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["incident-record", "replication-set", "response-plan"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "ssm-incidents">;
/** Any ssm-incidents action. */
export type Action = ActionOf<typeof actionFacts, "ssm-incidents">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "ssm-incidents">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "ssm-incidents" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every ssm-incidents action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "ssm-incidents",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
