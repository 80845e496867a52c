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
export const prefix: "states" = "states";
/** The service's name in the reference. */
export const serviceName: "AWS Step Functions" = "AWS Step Functions";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Step Functions",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsstepfunctions.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "states:HTTPEndpoint",
  "states:HTTPMethod",
  "states:StateMachineQualifier",
] as const;
const dependentActionList = ["iam:PassRole", "states:PublishStateMachineVersion", "states:TagResource"] as const;
const actionFacts = {
  /** Grants permission to create an activity. Access level: Write. Resources: activity*. https://docs.aws.amazon.com/step-functions/latest/apireference/API_CreateActivity.html */
  CreateActivity: "W|||0;1;|0,2|2|;",
  /** Grants permission to create a state machine. Access level: Write. Resources: statemachine*. https://docs.aws.amazon.com/step-functions/latest/apireference/API_CreateStateMachine.html */
  CreateStateMachine: "W|||6;1;|0,2|0,1,2|;",
  /** Grants permission to create a state machine alias. Access level: Write. Resources: statemachine*. https://docs.aws.amazon.com/step-functions/latest/apireference/API_CreateStateMachineAlias.html */
  CreateStateMachineAlias: "W|||6;1;|5||;",
  /** Grants permission to delete an activity. Access level: Write. Resources: activity*. https://docs.aws.amazon.com/step-functions/latest/apireference/API_DeleteActivity.html */
  DeleteActivity: "W|||0;1;|||;",
  /** Grants permission to delete a state machine. Access level: Write. Resources: statemachine*. https://docs.aws.amazon.com/step-functions/latest/apireference/API_DeleteStateMachine.html */
  DeleteStateMachine: "W|||6;1;|||;",
  /** Grants permission to delete a state machine alias. Access level: Write. Resources: statemachine*. https://docs.aws.amazon.com/step-functions/latest/apireference/API_DeleteStateMachineAlias.html */
  DeleteStateMachineAlias: "W|||6;1;|5||;",
  /** Grants permission to delete a state machine version. Access level: Write. Resources: statemachine*. https://docs.aws.amazon.com/step-functions/latest/apireference/API_DeleteStateMachineVersion.html */
  DeleteStateMachineVersion: "W|||6;1;|5||;",
  /** Grants permission to describe an activity. Access level: Read. Resources: activity*. https://docs.aws.amazon.com/step-functions/latest/apireference/API_DescribeActivity.html */
  DescribeActivity: "R|||0;1;|||;",
  /** Grants permission to describe an execution. Access level: Read. Resources: execution*, express*. https://docs.aws.amazon.com/step-functions/latest/apireference/API_DescribeExecution.html */
  DescribeExecution: "R|||1;1;,2;1;|||;,StartExecution",
  /** Grants permission to describe a map run. Access level: Read. Resources: maprun*. https://docs.aws.amazon.com/step-functions/latest/apireference/API_DescribeMapRun.html */
  DescribeMapRun: "R|||5;1;|||;",
  /** Grants permission to describe a state machine. Access level: Read. Resources: statemachine*. https://docs.aws.amazon.com/step-functions/latest/apireference/API_DescribeStateMachine.html */
  DescribeStateMachine: "R|||6;1;|5||;",
  /** Grants permission to describe a state machine alias. Access level: Read. Resources: statemachine*. https://docs.aws.amazon.com/step-functions/latest/apireference/API_DescribeStateMachineAlias.html */
  DescribeStateMachineAlias: "R|||6;1;|5||;",
  /** Grants permission to describe the state machine for an execution. Access level: Read. Resources: execution*. https://docs.aws.amazon.com/step-functions/latest/apireference/API_DescribeStateMachineForExecution.html */
  DescribeStateMachineForExecution: "R|||1;1;|||;",
  /** Grants permission to be used by workers to retrieve a task (with the specified activity ARN) which has been scheduled for execution by a running state machine. Access level: Write. Resources: activity*. https://docs.aws.amazon.com/step-functions/latest/apireference/API_GetActivityTask.html */
  GetActivityTask: "W|||0;1;|||;",
  /** Grants permission to return the history of the specified execution as a list of events. Access level: Read. Resources: execution*. https://docs.aws.amazon.com/step-functions/latest/apireference/API_GetExecutionHistory.html */
  GetExecutionHistory: "R|||1;1;|||;",
  /** Grants permission to invoke the HTTP Task state. Access level: Write. Permission only. https://docs.aws.amazon.com/step-functions/latest/dg/connect-third-party-apis.html */
  InvokeHTTPEndpoint: "W||1||||",
  /** Grants permission to list the existing activities. Access level: List. https://docs.aws.amazon.com/step-functions/latest/apireference/API_ListActivities.html */
  ListActivities: "L||||||;",
  /** Grants permission to list the executions of a state machine. Access level: List. Resources: maprun*, statemachine*. https://docs.aws.amazon.com/step-functions/latest/apireference/API_ListExecutions.html */
  ListExecutions: "L|||5;1;,6;1;|5||;",
  /** Grants permission to list the map runs of an execution. Access level: List. Resources: execution*. https://docs.aws.amazon.com/step-functions/latest/apireference/API_ListMapRuns.html */
  ListMapRuns: "L|||1;1;|||;",
  /** Grants permission to list the aliases of a state machine. Access level: List. Resources: statemachine*. https://docs.aws.amazon.com/step-functions/latest/apireference/API_ListStateMachineAliases.html */
  ListStateMachineAliases: "L|||6;1;|5||;",
  /** Grants permission to list the versions of a state machine. Access level: List. Resources: statemachine*. https://docs.aws.amazon.com/step-functions/latest/apireference/API_ListStateMachineVersions.html */
  ListStateMachineVersions: "L|||6;1;|||;",
  /** Grants permission to lists the existing state machines. Access level: List. https://docs.aws.amazon.com/step-functions/latest/apireference/API_ListStateMachines.html */
  ListStateMachines: "L||||||;",
  /** Grants permission to list tags for an AWS Step Functions resource. Access level: List. Resources: activity, statemachine. https://docs.aws.amazon.com/step-functions/latest/apireference/API_ListTagsForResource.html */
  ListTagsForResource: "L|||0;0;,6;0;|||;",
  /** Grants permission to publish a state machine version. Access level: Write. Resources: statemachine*. https://docs.aws.amazon.com/step-functions/latest/apireference/API_PublishStateMachineVersion.html */
  PublishStateMachineVersion: "W|||6;1;|||CreateStateMachine,;,UpdateStateMachine",
  /** Grants permission to redrive an execution. Access level: Write. Resources: execution*. https://docs.aws.amazon.com/step-functions/latest/apireference/API_RedriveExecution.html */
  RedriveExecution: "W|||1;1;|||;",
  /** Grants permission to reveal sensitive data from an execution. Access level: Read. Permission only. https://docs.aws.amazon.com/step-functions/latest/dg/test-state-isolation.html */
  RevealSecrets: "R||1||||TestState",
  /** Grants permission to report that the task identified by the taskToken failed. Access level: Write. https://docs.aws.amazon.com/step-functions/latest/apireference/API_SendTaskFailure.html */
  SendTaskFailure: "W||||||;",
  /** Grants permission to report to the service that the task represented by the specified taskToken is still making progress. Access level: Write. https://docs.aws.amazon.com/step-functions/latest/apireference/API_SendTaskHeartbeat.html */
  SendTaskHeartbeat: "W||||||;",
  /** Grants permission to report that the task identified by the taskToken completed successfully. Access level: Write. https://docs.aws.amazon.com/step-functions/latest/apireference/API_SendTaskSuccess.html */
  SendTaskSuccess: "W||||||;",
  /** Grants permission to start a state machine execution. Access level: Write. Resources: statemachine*. https://docs.aws.amazon.com/step-functions/latest/apireference/API_StartExecution.html */
  StartExecution: "W|||6;1;|5|states:DescribeExecution|;",
  /** Grants permission to start a Synchronous Express state machine execution. Access level: Write. Resources: statemachine*. https://docs.aws.amazon.com/step-functions/latest/apireference/API_StartSyncExecution.html */
  StartSyncExecution: "W|||6;1;|5||;",
  /** Grants permission to stop an execution. Access level: Write. Resources: execution*. https://docs.aws.amazon.com/step-functions/latest/apireference/API_StopExecution.html */
  StopExecution: "W|||1;1;|||;",
  /** Grants permission to tag an AWS Step Functions resource. Access level: Tagging. Resources: activity, statemachine. https://docs.aws.amazon.com/step-functions/latest/apireference/API_TagResource.html */
  TagResource: "T|||0;0;,6;0;|0,2||CreateActivity,CreateStateMachine,;",
  /** Grants permission to test a state machine definition. Access level: Write. https://docs.aws.amazon.com/step-functions/latest/apireference/API_TestState.html */
  TestState: "W|||||0,states:RevealSecrets|;",
  /** Grants permission to remove a tag from an AWS Step Functions resource. Access level: Tagging. Resources: activity, statemachine. https://docs.aws.amazon.com/step-functions/latest/apireference/API_UntagResource.html */
  UntagResource: "T|||0;0;,6;0;|2||;",
  /** Grants permission to update a map run. Access level: Write. Resources: maprun*. https://docs.aws.amazon.com/step-functions/latest/apireference/API_UpdateMapRun.html */
  UpdateMapRun: "W|||5;1;|||;",
  /** Grants permission to update a state machine. Access level: Write. Resources: statemachine*. https://docs.aws.amazon.com/step-functions/latest/apireference/API_UpdateStateMachine.html */
  UpdateStateMachine: "W|||6;1;|0,2|0,1|;",
  /** Grants permission to update a state machine alias. Access level: Write. Resources: statemachine*. https://docs.aws.amazon.com/step-functions/latest/apireference/API_UpdateStateMachineAlias.html */
  UpdateStateMachineAlias: "W|||6;1;|5||;",
  /** Grants permission to validate a state machine definition. Access level: Read. https://docs.aws.amazon.com/step-functions/latest/apireference/API_ValidateStateMachineDefinition.html */
  ValidateStateMachineDefinition: "R||||||;",
} as const;
const actionDetails = {
  CreateActivity: "|,;~~~|Grants permission to create an activity",
  CreateStateMachine: "|,;~~~|Grants permission to create a state machine",
  CreateStateMachineAlias: "|,;~~~|Grants permission to create a state machine alias",
  DeleteActivity: "|,;~~~|Grants permission to delete an activity",
  DeleteStateMachine: "|,;~~~|Grants permission to delete a state machine",
  DeleteStateMachineAlias: "|,;~~~|Grants permission to delete a state machine alias",
  DeleteStateMachineVersion: "|,;~~~|Grants permission to delete a state machine version",
  DescribeActivity: "|,;~~~|Grants permission to describe an activity",
  DescribeExecution: "|,;~~~,~~|Grants permission to describe an execution",
  DescribeMapRun: "|,;~~~|Grants permission to describe a map run",
  DescribeStateMachine: "|,;~~~|Grants permission to describe a state machine",
  DescribeStateMachineAlias: "|,;~~~|Grants permission to describe a state machine alias",
  DescribeStateMachineForExecution: "|,;~~~|Grants permission to describe the state machine for an execution",
  GetActivityTask:
    "|,;~~~|Grants permission to be used by workers to retrieve a task (with the specified activity ARN) which has been scheduled for execution by a running state machine",
  GetExecutionHistory: "|,;~~~|Grants permission to return the history of the specified execution as a list of events",
  InvokeHTTPEndpoint: "|,;~|Grants permission to invoke the HTTP Task state",
  ListActivities: "|,;~~~|Grants permission to list the existing activities",
  ListExecutions: "|,;~~~|Grants permission to list the executions of a state machine",
  ListMapRuns: "|,;~~~|Grants permission to list the map runs of an execution",
  ListStateMachineAliases: "|,;~~~|Grants permission to list the aliases of a state machine",
  ListStateMachineVersions: "|,;~~~|Grants permission to list the versions of a state machine",
  ListStateMachines: "|,;~~~|Grants permission to lists the existing state machines",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for an AWS Step Functions resource",
  PublishStateMachineVersion: "|,;~~~,~~,~~|Grants permission to publish a state machine version",
  RedriveExecution: "|,;~~~|Grants permission to redrive an execution",
  RevealSecrets: "|,;~~~|Grants permission to reveal sensitive data from an execution",
  SendTaskFailure: "|,;~~~|Grants permission to report that the task identified by the taskToken failed",
  SendTaskHeartbeat:
    "|,;~~~|Grants permission to report to the service that the task represented by the specified taskToken is still making progress",
  SendTaskSuccess:
    "|,;~~~|Grants permission to report that the task identified by the taskToken completed successfully",
  StartExecution: "|,;~~~|Grants permission to start a state machine execution",
  StartSyncExecution: "|,;~~~|Grants permission to start a Synchronous Express state machine execution",
  StopExecution: "|,;~~~|Grants permission to stop an execution",
  TagResource: "|,;~~~,~~,~~|Grants permission to tag an AWS Step Functions resource",
  TestState: "|,;~~~|Grants permission to test a state machine definition",
  UntagResource: "|,;~~~|Grants permission to remove a tag from an AWS Step Functions resource",
  UpdateMapRun: "|,;~~~|Grants permission to update a map run",
  UpdateStateMachine: "|,;~~~|Grants permission to update a state machine",
  UpdateStateMachineAlias: "|,;~~~|Grants permission to update a state machine alias",
  ValidateStateMachineDefinition: "|,;~~~|Grants permission to validate a state machine definition",
};
const resourceTypeFacts = {
  /** The activity resource type: arn:${Partition}:states:${Region}:${Account}:activity:${ActivityName} */
  activity: "|,|1",
  /** The execution resource type: arn:${Partition}:states:${Region}:${Account}:execution:${StateMachineName}:${ExecutionId} */
  execution: "|,|1",
  /** The express resource type: arn:${Partition}:states:${Region}:${Account}:express:${StateMachineName}:${ExecutionId}:${ExpressId} */
  express: "|,|",
  /** The labelled execution resource type: arn:${Partition}:states:${Region}:${Account}:execution:${StateMachineName}/${MapRunLabel}:${ExecutionId} */
  "labelled execution": "|,labelledExecution|",
  /** The labelled express resource type: arn:${Partition}:states:${Region}:${Account}:express:${StateMachineName}/${MapRunLabel}:${ExecutionId}:${ExpressId} */
  "labelled express": "|,labelledExpress|",
  /** The maprun resource type: arn:${Partition}:states:${Region}:${Account}:mapRun:${StateMachineName}/${MapRunLabel}:${MapRunId} */
  maprun: "|,|",
  /** The statemachine resource type: arn:${Partition}:states:${Region}:${Account}:stateMachine:${StateMachineName} */
  statemachine: "|,|1",
  /** The statemachinealias resource type: arn:${Partition}:states:${Region}:${Account}:stateMachine:${StateMachineName}:${StateMachineAliasName} */
  statemachinealias: "|,|1",
  /** The statemachineversion resource type: arn:${Partition}:states:${Region}:${Account}:stateMachine:${StateMachineName}:${StateMachineVersionId} */
  statemachineversion: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a activity resource: arn:${Partition}:states:${Region}:${Account}:activity:${ActivityName}. */
  activity: "|,activity|arn:|Partition|:states:|Region|:|Account|:activity:|ActivityName|",
  /** ARN of a execution resource: arn:${Partition}:states:${Region}:${Account}:execution:${StateMachineName}:${ExecutionId}. */
  execution: "|,execution|arn:|Partition|:states:|Region|:|Account|:execution:|StateMachineName|:|ExecutionId|",
  /** ARN of a express resource: arn:${Partition}:states:${Region}:${Account}:express:${StateMachineName}:${ExecutionId}:${ExpressId}. */
  express: "|,express|arn:|Partition|:states:|Region|:|Account|:express:|StateMachineName|:|ExecutionId|:|ExpressId|",
  /** ARN of a labelled execution resource: arn:${Partition}:states:${Region}:${Account}:execution:${StateMachineName}/${MapRunLabel}:${ExecutionId}. */
  labelledExecution:
    "|,labelled execution|arn:|Partition|:states:|Region|:|Account|:execution:|StateMachineName|/|MapRunLabel|:|ExecutionId|",
  /** ARN of a labelled express resource: arn:${Partition}:states:${Region}:${Account}:express:${StateMachineName}/${MapRunLabel}:${ExecutionId}:${ExpressId}. */
  labelledExpress:
    "|,labelled express|arn:|Partition|:states:|Region|:|Account|:express:|StateMachineName|/|MapRunLabel|:|ExecutionId|:|ExpressId|",
  /** ARN of a maprun resource: arn:${Partition}:states:${Region}:${Account}:mapRun:${StateMachineName}/${MapRunLabel}:${MapRunId}. */
  maprun: "|,maprun|arn:|Partition|:states:|Region|:|Account|:mapRun:|StateMachineName|/|MapRunLabel|:|MapRunId|",
  /** ARN of a statemachine resource: arn:${Partition}:states:${Region}:${Account}:stateMachine:${StateMachineName}. */
  statemachine: "|,statemachine|arn:|Partition|:states:|Region|:|Account|:stateMachine:|StateMachineName|",
  /** ARN of a statemachinealias resource: arn:${Partition}:states:${Region}:${Account}:stateMachine:${StateMachineName}:${StateMachineAliasName}. */
  statemachinealias:
    "|,statemachinealias|arn:|Partition|:states:|Region|:|Account|:stateMachine:|StateMachineName|:|StateMachineAliasName|",
  /** ARN of a statemachineversion resource: arn:${Partition}:states:${Region}:${Account}:stateMachine:${StateMachineName}:${StateMachineVersionId}. */
  statemachineversion:
    "|,statemachineversion|arn:|Partition|:states:|Region|:|Account|:stateMachine:|StateMachineName|:|StateMachineVersionId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "activity",
  "execution",
  "express",
  "labelled execution",
  "labelled express",
  "maprun",
  "statemachine",
  "statemachinealias",
  "statemachineversion",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "states">;
/** Any states action. */
export type Action = ActionOf<typeof actionFacts, "states">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "states">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "stepfunctions" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every states action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by a tag key and value pair that is allowed in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by a tag key and value pair of a resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by a list of tag keys that are allowed in the request. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access by the endpoint that the HTTP Task state allows in the request. */
  "states:HTTPEndpoint": "String";
  /** Filters access by the method that the HTTP Task state allows in the request. */
  "states:HTTPMethod": "String";
  /** Filters access by the qualifier of a state machine ARN. */
  "states:StateMachineQualifier": "ArrayOfString";
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by a tag key and value pair that is allowed in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by a tag key and value pair of a resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by a list of tag keys that are allowed in the request",
  "states:HTTPEndpoint": "|,String|0||Filters access by the endpoint that the HTTP Task state allows in the request",
  "states:HTTPMethod": "|,String|0||Filters access by the method that the HTTP Task state allows in the request",
  "states:StateMachineQualifier": "|,ArrayOfString|0||Filters access by the qualifier of a state machine ARN",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "states",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
