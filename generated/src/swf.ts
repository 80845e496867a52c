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
export const prefix: "swf" = "swf";
/** The service's name in the reference. */
export const serviceName: "Amazon Simple Workflow Service" = "Amazon Simple Workflow Service";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Simple Workflow Service",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonsimpleworkflowservice.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "swf:activityType.name",
  "swf:activityType.version",
  "swf:defaultTaskList.name",
  "swf:name",
  "swf:tagFilter.tag",
  "swf:tagList.member.0",
  "swf:tagList.member.1",
  "swf:tagList.member.2",
  "swf:tagList.member.3",
  "swf:tagList.member.4",
  "swf:taskList.name",
  "swf:typeFilter.name",
  "swf:typeFilter.version",
  "swf:version",
  "swf:workflowType.name",
  "swf:workflowType.version",
] as const;
const dependentActionList = ["iam:PassRole"] as const;
const actionFacts = {
  /** Grants permission to cancel a previously started timer and record a TimerCanceled event in the history. Access level: Write. Resources: domain*. Permission only. ${APIReferenceDocPage}API_Decision.html */
  CancelTimer: "W||1|0;1;|||",
  /** Grants permission to close the workflow execution and record a WorkflowExecutionCanceled event in the history. Access level: Write. Resources: domain*. Permission only. ${APIReferenceDocPage}API_Decision.html */
  CancelWorkflowExecution: "W||1|0;1;|||",
  /** Grants permission to close the workflow execution and record a WorkflowExecutionCompleted event in the history. Access level: Write. Resources: domain*. Permission only. ${APIReferenceDocPage}API_Decision.html */
  CompleteWorkflowExecution: "W||1|0;1;|||",
  /** Grants permission to close the workflow execution and start a new workflow execution of the same type using the same workflow ID and a unique run Id. Access level: Write. Resources: domain*. Permission only. ${APIReferenceDocPage}API_Decision.html */
  ContinueAsNewWorkflowExecution: "W||1|0;1;|||",
  /** Grants permission to return the number of closed workflow executions within the given domain that meet the specified filtering criteria. Access level: Read. Resources: domain*. https://docs.aws.amazon.com/amazonswf/latest/apireference/API_CountClosedWorkflowExecutions.html */
  CountClosedWorkflowExecutions: "R|||0;1;|7,14,15||;",
  /** Grants permission to return the number of open workflow executions within the given domain that meet the specified filtering criteria. Access level: Read. Resources: domain*. https://docs.aws.amazon.com/amazonswf/latest/apireference/API_CountOpenWorkflowExecutions.html */
  CountOpenWorkflowExecutions: "R|||0;1;|7,14,15||;",
  /** Grants permission to return the estimated number of activity tasks in the specified task list. Access level: Read. Resources: domain*. https://docs.aws.amazon.com/amazonswf/latest/apireference/API_CountPendingActivityTasks.html */
  CountPendingActivityTasks: "R|||0;1;|13||;",
  /** Grants permission to return the estimated number of decision tasks in the specified task list. Access level: Read. Resources: domain*. https://docs.aws.amazon.com/amazonswf/latest/apireference/API_CountPendingDecisionTasks.html */
  CountPendingDecisionTasks: "R|||0;1;|13||;",
  /** Grants permission to delete the specified activity type. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/amazonswf/latest/apireference/API_DeleteActivityType.html */
  DeleteActivityType: "W|||0;1;|3,4||;",
  /** Grants permission to delete the specified workflow type. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/amazonswf/latest/apireference/API_DeleteWorkflowType.html */
  DeleteWorkflowType: "W|||0;1;|17,18||;",
  /** Grants permission to deprecate the specified activity type. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/amazonswf/latest/apireference/API_DeprecateActivityType.html */
  DeprecateActivityType: "W|||0;1;|3,4||;",
  /** Grants permission to deprecate the specified domain. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/amazonswf/latest/apireference/API_DeprecateDomain.html */
  DeprecateDomain: "W|||0;1;|||;",
  /** Grants permission to deprecate the specified workflow type. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/amazonswf/latest/apireference/API_DeprecateWorkflowType.html */
  DeprecateWorkflowType: "W|||0;1;|17,18||;",
  /** Grants permission to return information about the specified activity type. Access level: Read. Resources: domain*. https://docs.aws.amazon.com/amazonswf/latest/apireference/API_DescribeActivityType.html */
  DescribeActivityType: "R|||0;1;|3,4||;",
  /** Grants permission to return information about the specified domain, including its description and status. Access level: Read. Resources: domain*. https://docs.aws.amazon.com/amazonswf/latest/apireference/API_DescribeDomain.html */
  DescribeDomain: "R|||0;1;|||;",
  /** Grants permission to return information about the specified workflow execution including its type and some statistics. Access level: Read. Resources: domain*. https://docs.aws.amazon.com/amazonswf/latest/apireference/API_DescribeWorkflowExecution.html */
  DescribeWorkflowExecution: "R|||0;1;|||;",
  /** Grants permission to return information about the specified workflow type. Access level: Read. Resources: domain*. https://docs.aws.amazon.com/amazonswf/latest/apireference/API_DescribeWorkflowType.html */
  DescribeWorkflowType: "R|||0;1;|17,18||;",
  /** Grants permission to close the workflow execution and record a WorkflowExecutionFailed event in the history. Access level: Write. Resources: domain*. Permission only. ${APIReferenceDocPage}API_Decision.html */
  FailWorkflowExecution: "W||1|0;1;|||",
  /** Grants permission to return the history of the specified workflow execution. Access level: Read. Resources: domain*. https://docs.aws.amazon.com/amazonswf/latest/apireference/API_GetWorkflowExecutionHistory.html */
  GetWorkflowExecutionHistory: "R|||0;1;|||;",
  /** Grants permission to return information about all activities registered in the specified domain that match the specified name and registration status. Access level: List. Resources: domain*. https://docs.aws.amazon.com/amazonswf/latest/apireference/API_ListActivityTypes.html */
  ListActivityTypes: "L|||0;1;|||;",
  /** Grants permission to return a list of closed workflow executions in the specified domain that meet the filtering criteria. Access level: List. Resources: domain*. https://docs.aws.amazon.com/amazonswf/latest/apireference/API_ListClosedWorkflowExecutions.html */
  ListClosedWorkflowExecutions: "L|||0;1;|7,14,15||;",
  /** Grants permission to return the list of domains registered in the account. Access level: List. https://docs.aws.amazon.com/amazonswf/latest/apireference/API_ListDomains.html */
  ListDomains: "L||||||;",
  /** Grants permission to return a list of open workflow executions in the specified domain that meet the filtering criteria. Access level: List. Resources: domain*. https://docs.aws.amazon.com/amazonswf/latest/apireference/API_ListOpenWorkflowExecutions.html */
  ListOpenWorkflowExecutions: "L|||0;1;|7,14,15||;",
  /** Grants permission to list tags for an AWS SWF resource. Access level: List. Resources: domain. https://docs.aws.amazon.com/amazonswf/latest/apireference/API_ListTagsForResource.html */
  ListTagsForResource: "L|||0;0;|||;",
  /** Grants permission to return information about workflow types in the specified domain. Access level: List. Resources: domain*. https://docs.aws.amazon.com/amazonswf/latest/apireference/API_ListWorkflowTypes.html */
  ListWorkflowTypes: "L|||0;1;|||;",
  /** Grants permission to workers to get an ActivityTask from the specified activity taskList. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/amazonswf/latest/apireference/API_PollForActivityTask.html */
  PollForActivityTask: "W|||0;1;|13||;",
  /** Grants permission to deciders to get a DecisionTask from the specified decision taskList. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/amazonswf/latest/apireference/API_PollForDecisionTask.html */
  PollForDecisionTask: "W|||0;1;|13||;",
  /** Grants permission to workers to report to the service that the ActivityTask represented by the specified taskToken is still making progress. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/amazonswf/latest/apireference/API_RecordActivityTaskHeartbeat.html */
  RecordActivityTaskHeartbeat: "W|||0;1;|||;",
  /** Grants permission to record a MarkerRecorded event in the history. Access level: Write. Resources: domain*. Permission only. ${APIReferenceDocPage}API_Decision.html */
  RecordMarker: "W||1|0;1;|||",
  /** Grants permission to register a new activity type along with its configuration settings in the specified domain. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/amazonswf/latest/apireference/API_RegisterActivityType.html */
  RegisterActivityType: "W|||0;1;|5,6,16||;",
  /** Grants permission to register a new domain. Access level: Write. https://docs.aws.amazon.com/amazonswf/latest/apireference/API_RegisterDomain.html */
  RegisterDomain: "W||||0,2|swf:TagResource|;",
  /** Grants permission to register a new workflow type and its configuration settings in the specified domain. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/amazonswf/latest/apireference/API_RegisterWorkflowType.html */
  RegisterWorkflowType: "W|||0;1;|5,6,16|0|;",
  /** Grants permission to attempt to cancel a previously scheduled activity task. Access level: Write. Resources: domain*. Permission only. ${APIReferenceDocPage}API_Decision.html */
  RequestCancelActivityTask: "W||1|0;1;|||",
  /** Grants permission to request that a request be made to cancel the specified external workflow execution. Access level: Write. Resources: domain*. Permission only. ${APIReferenceDocPage}API_Decision.html */
  RequestCancelExternalWorkflowExecution: "W||1|0;1;|||",
  /** Grants permission to record a WorkflowExecutionCancelRequested event in the currently running workflow execution identified by the given domain, workflowId, and runId. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/amazonswf/latest/apireference/API_RequestCancelWorkflowExecution.html */
  RequestCancelWorkflowExecution: "W|||0;1;|||;",
  /** Grants permission to workers to tell the service that the ActivityTask identified by the taskToken was successfully canceled. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/amazonswf/latest/apireference/API_RespondActivityTaskCanceled.html */
  RespondActivityTaskCanceled: "W|||0;1;|||;",
  /** Grants permission to workers to tell the service that the ActivityTask identified by the taskToken completed successfully with a result (if provided). Access level: Write. Resources: domain*. https://docs.aws.amazon.com/amazonswf/latest/apireference/API_RespondActivityTaskCompleted.html */
  RespondActivityTaskCompleted: "W|||0;1;|3,4,8,9,10,11,12,13,17,18||;",
  /** Grants permission to workers to tell the service that the ActivityTask identified by the taskToken has failed with reason (if specified). Access level: Write. Resources: domain*. https://docs.aws.amazon.com/amazonswf/latest/apireference/API_RespondActivityTaskFailed.html */
  RespondActivityTaskFailed: "W|||0;1;|||;",
  /** Grants permission to deciders to tell the service that the DecisionTask identified by the taskToken has successfully completed. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/amazonswf/latest/apireference/API_RespondDecisionTaskCompleted.html */
  RespondDecisionTaskCompleted: "W|||0;1;||0|;",
  /** Grants permission to schedule an activity task. Access level: Write. Resources: domain*. Permission only. ${APIReferenceDocPage}API_Decision.html */
  ScheduleActivityTask: "W||1|0;1;|||",
  /** Grants permission to request a signal to be delivered to the specified external workflow execution and records. Access level: Write. Resources: domain*. Permission only. ${APIReferenceDocPage}API_Decision.html */
  SignalExternalWorkflowExecution: "W||1|0;1;|||",
  /** Grants permission to record a WorkflowExecutionSignaled event in the workflow execution history and create a decision task for the workflow execution identified by the given domain, workflowId and runId. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/amazonswf/latest/apireference/API_SignalWorkflowExecution.html */
  SignalWorkflowExecution: "W|||0;1;|||;",
  /** Grants permission to request that a child workflow execution be started. Access level: Write. Resources: domain*. Permission only. ${APIReferenceDocPage}API_Decision.html */
  StartChildWorkflowExecution: "W||1|0;1;|||",
  /** Grants permission to start a timer for a workflow execution. Access level: Write. Resources: domain*. Permission only. ${APIReferenceDocPage}API_Decision.html */
  StartTimer: "W||1|0;1;|||",
  /** Grants permission to start an execution of the workflow type in the specified domain using the provided workflowId and input data. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/amazonswf/latest/apireference/API_StartWorkflowExecution.html */
  StartWorkflowExecution: "W|||0;1;|8,9,10,11,12,13,17,18|0|;",
  /** Grants permission to tag an AWS SWF resource. Access level: Tagging. Resources: domain. https://docs.aws.amazon.com/amazonswf/latest/apireference/API_TagResource.html */
  TagResource: "T|||0;0;|0,2||RegisterDomain,;",
  /** Grants permission to record a WorkflowExecutionTerminated event and force closure of the workflow execution identified by the given domain, runId, and workflowId. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/amazonswf/latest/apireference/API_TerminateWorkflowExecution.html */
  TerminateWorkflowExecution: "W|||0;1;|||;",
  /** Grants permission to undeprecate a previously deprecated activity type. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/amazonswf/latest/apireference/API_UndeprecateActivityType.html */
  UndeprecateActivityType: "W|||0;1;|3,4||;",
  /** Grants permission to undeprecate a previously deprecated domain. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/amazonswf/latest/apireference/API_UndeprecateDomain.html */
  UndeprecateDomain: "W|||0;1;|||;",
  /** Grants permission to undeprecate a previously deprecated workflow type. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/amazonswf/latest/apireference/API_UndeprecateWorkflowType.html */
  UndeprecateWorkflowType: "W|||0;1;|17,18||;",
  /** Grants permission to remove a tag from an AWS SWF resource. Access level: Tagging. Resources: domain. https://docs.aws.amazon.com/amazonswf/latest/apireference/API_UntagResource.html */
  UntagResource: "T|||0;0;|2||;",
} as const;
const actionDetails = {
  CancelTimer:
    "|,;~|Grants permission to cancel a previously started timer and record a TimerCanceled event in the history",
  CancelWorkflowExecution:
    "|,;~|Grants permission to close the workflow execution and record a WorkflowExecutionCanceled event in the history",
  CompleteWorkflowExecution:
    "|,;~|Grants permission to close the workflow execution and record a WorkflowExecutionCompleted event in the history",
  ContinueAsNewWorkflowExecution:
    "|,;~|Grants permission to close the workflow execution and start a new workflow execution of the same type using the same workflow ID and a unique run Id",
  CountClosedWorkflowExecutions:
    "|,;~~~|Grants permission to return the number of closed workflow executions within the given domain that meet the specified filtering criteria",
  CountOpenWorkflowExecutions:
    "|,;~~~|Grants permission to return the number of open workflow executions within the given domain that meet the specified filtering criteria",
  CountPendingActivityTasks:
    "|,;~~~|Grants permission to return the estimated number of activity tasks in the specified task list",
  CountPendingDecisionTasks:
    "|,;~~~|Grants permission to return the estimated number of decision tasks in the specified task list",
  DeleteActivityType: "|,;~~~|Grants permission to delete the specified activity type",
  DeleteWorkflowType: "|,;~~~|Grants permission to delete the specified workflow type",
  DeprecateActivityType: "|,;~~~|Grants permission to deprecate the specified activity type",
  DeprecateDomain: "|,;~~~|Grants permission to deprecate the specified domain",
  DeprecateWorkflowType: "|,;~~~|Grants permission to deprecate the specified workflow type",
  DescribeActivityType: "|,;~~~|Grants permission to return information about the specified activity type",
  DescribeDomain:
    "|,;~~~|Grants permission to return information about the specified domain, including its description and status",
  DescribeWorkflowExecution:
    "|,;~~~|Grants permission to return information about the specified workflow execution including its type and some statistics",
  DescribeWorkflowType: "|,;~~~|Grants permission to return information about the specified workflow type",
  FailWorkflowExecution:
    "|,;~|Grants permission to close the workflow execution and record a WorkflowExecutionFailed event in the history",
  GetWorkflowExecutionHistory: "|,;~~~|Grants permission to return the history of the specified workflow execution",
  ListActivityTypes:
    "|,;~~~|Grants permission to return information about all activities registered in the specified domain that match the specified name and registration status",
  ListClosedWorkflowExecutions:
    "|,;~~~|Grants permission to return a list of closed workflow executions in the specified domain that meet the filtering criteria",
  ListDomains: "|,;~~~|Grants permission to return the list of domains registered in the account",
  ListOpenWorkflowExecutions:
    "|,;~~~|Grants permission to return a list of open workflow executions in the specified domain that meet the filtering criteria",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for an AWS SWF resource",
  ListWorkflowTypes: "|,;~~~|Grants permission to return information about workflow types in the specified domain",
  PollForActivityTask:
    "|,;~~~|Grants permission to workers to get an ActivityTask from the specified activity taskList",
  PollForDecisionTask:
    "|,;~~~|Grants permission to deciders to get a DecisionTask from the specified decision taskList",
  RecordActivityTaskHeartbeat:
    "|,;~~~|Grants permission to workers to report to the service that the ActivityTask represented by the specified taskToken is still making progress",
  RecordMarker: "|,;~|Grants permission to record a MarkerRecorded event in the history",
  RegisterActivityType:
    "|,;~~~|Grants permission to register a new activity type along with its configuration settings in the specified domain",
  RegisterDomain: "|,;~~~|Grants permission to register a new domain",
  RegisterWorkflowType:
    "|,;~~~|Grants permission to register a new workflow type and its configuration settings in the specified domain",
  RequestCancelActivityTask: "|,;~|Grants permission to attempt to cancel a previously scheduled activity task",
  RequestCancelExternalWorkflowExecution:
    "|,;~|Grants permission to request that a request be made to cancel the specified external workflow execution",
  RequestCancelWorkflowExecution:
    "|,;~~~|Grants permission to record a WorkflowExecutionCancelRequested event in the currently running workflow execution identified by the given domain, workflowId, and runId",
  RespondActivityTaskCanceled:
    "|,;~~~|Grants permission to workers to tell the service that the ActivityTask identified by the taskToken was successfully canceled",
  RespondActivityTaskCompleted:
    "|,;~~~|Grants permission to workers to tell the service that the ActivityTask identified by the taskToken completed successfully with a result (if provided)",
  RespondActivityTaskFailed:
    "|,;~~~|Grants permission to workers to tell the service that the ActivityTask identified by the taskToken has failed with reason (if specified)",
  RespondDecisionTaskCompleted:
    "|,;~~~|Grants permission to deciders to tell the service that the DecisionTask identified by the taskToken has successfully completed",
  ScheduleActivityTask: "|,;~|Grants permission to schedule an activity task",
  SignalExternalWorkflowExecution:
    "|,;~|Grants permission to request a signal to be delivered to the specified external workflow execution and records",
  SignalWorkflowExecution:
    "|,;~~~|Grants permission to record a WorkflowExecutionSignaled event in the workflow execution history and create a decision task for the workflow execution identified by the given domain, workflowId and runId",
  StartChildWorkflowExecution: "|,;~|Grants permission to request that a child workflow execution be started",
  StartTimer: "|,;~|Grants permission to start a timer for a workflow execution",
  StartWorkflowExecution:
    "|,;~~~|Grants permission to start an execution of the workflow type in the specified domain using the provided workflowId and input data",
  TagResource: "|,;~~~,~~|Grants permission to tag an AWS SWF resource",
  TerminateWorkflowExecution:
    "|,;~~~|Grants permission to record a WorkflowExecutionTerminated event and force closure of the workflow execution identified by the given domain, runId, and workflowId",
  UndeprecateActivityType: "|,;~~~|Grants permission to undeprecate a previously deprecated activity type",
  UndeprecateDomain: "|,;~~~|Grants permission to undeprecate a previously deprecated domain",
  UndeprecateWorkflowType: "|,;~~~|Grants permission to undeprecate a previously deprecated workflow type",
  UntagResource: "|,;~~~|Grants permission to remove a tag from an AWS SWF resource",
};
const resourceTypeFacts = {
  /** The domain resource type: arn:${Partition}:swf::${Account}:/domain/${DomainName} */
  domain: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a domain resource: arn:${Partition}:swf::${Account}:/domain/${DomainName}. */
  domain: "|,domain|arn:|Partition|:swf::|Account|:/domain/|DomainName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["domain"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "swf">;
/** Any swf action. */
export type Action = ActionOf<typeof actionFacts, "swf">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "swf">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "swf" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every swf action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by tag of the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by tag of the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by tag of the key. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access by the name of the activity type. */
  "swf:activityType.name": "String";
  /** Filters access by the version of the activity type. */
  "swf:activityType.version": "String";
  /** Filters access by the name of the default task list. */
  "swf:defaultTaskList.name": "String";
  /** Filters access by the name of activities or workflows. */
  "swf:name": "String";
  /** Filters access by the value of tagFilter.tag. */
  "swf:tagFilter.tag": "String";
  /** Filters access by the specified tag. */
  "swf:tagList.member.0": "String";
  /** Filters access by the specified tag. */
  "swf:tagList.member.1": "String";
  /** Filters access by the specified tag. */
  "swf:tagList.member.2": "String";
  /** Filters access by the specified tag. */
  "swf:tagList.member.3": "String";
  /** Filters access by the specified tag. */
  "swf:tagList.member.4": "String";
  /** Filters access by the name of the tasklist. */
  "swf:taskList.name": "String";
  /** Filters access by the name of the type filter. */
  "swf:typeFilter.name": "String";
  /** Filters access by the version of the type filter. */
  "swf:typeFilter.version": "String";
  /** Filters access by the version of activities or workflows. */
  "swf:version": "String";
  /** Filters access by the name of the workflow type. */
  "swf:workflowType.name": "String";
  /** Filters access by the version of the workflow type. */
  "swf:workflowType.version": "String";
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by tag of the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by tag of the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by tag of the key",
  "swf:activityType.name": "|,String|0||Filters access by the name of the activity type",
  "swf:activityType.version": "|,String|0||Filters access by the version of the activity type",
  "swf:defaultTaskList.name": "|,String|0||Filters access by the name of the default task list",
  "swf:name": "|,String|0||Filters access by the name of activities or workflows",
  "swf:tagFilter.tag": "|,String|0||Filters access by the value of tagFilter.tag",
  "swf:tagList.member.0": "|,String|0||Filters access by the specified tag",
  "swf:tagList.member.1": "|,String|0||Filters access by the specified tag",
  "swf:tagList.member.2": "|,String|0||Filters access by the specified tag",
  "swf:tagList.member.3": "|,String|0||Filters access by the specified tag",
  "swf:tagList.member.4": "|,String|0||Filters access by the specified tag",
  "swf:taskList.name": "|,String|0||Filters access by the name of the tasklist",
  "swf:typeFilter.name": "|,String|0||Filters access by the name of the type filter",
  "swf:typeFilter.version": "|,String|0||Filters access by the version of the type filter",
  "swf:version": "|,String|0||Filters access by the version of activities or workflows",
  "swf:workflowType.name": "|,String|0||Filters access by the name of the workflow type",
  "swf:workflowType.version": "|,String|0||Filters access by the version of the workflow type",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "swf",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
