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
export const prefix: "appflow" = "appflow";
/** The service's name in the reference. */
export const serviceName: "Amazon AppFlow" = "Amazon AppFlow";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon AppFlow",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonappflow.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["appflow:UseConnectorProfile", "iam:PassRole"] as const;
const actionFacts = {
  /** Grants permission to cancel in-progress executions of an Amazon AppFlow flow. Access level: Write. Resources: flow*. https://docs.aws.amazon.com/appflow/1.0/APIReference/API_CancelFlowExecutions.html */
  CancelFlowExecutions: "W|||2;1;|||;",
  /** Grants permission to create a login profile to be used with Amazon AppFlow flows. Access level: Write. https://docs.aws.amazon.com/appflow/1.0/APIReference/API_CreateConnectorProfile.html */
  CreateConnectorProfile: "W|||||appflow:DescribeConnector,1|;",
  /** Grants permission to create an Amazon AppFlow flow. Access level: Write. https://docs.aws.amazon.com/appflow/1.0/APIReference/API_CreateFlow.html */
  CreateFlow: "W||||0,2|appflow:TagResource,0,1|;",
  /** Grants permission to delete a login profile configured in Amazon AppFlow. Access level: Write. Resources: connectorprofile*. https://docs.aws.amazon.com/appflow/1.0/APIReference/API_DescribeConnectorProfiles.html */
  DeleteConnectorProfile: "W|||1;1;|||;",
  /** Grants permission to delete an Amazon AppFlow flow. Access level: Write. Resources: flow*. https://docs.aws.amazon.com/appflow/1.0/APIReference/API_DeleteFlow.html */
  DeleteFlow: "W|||2;1;|0,2||;",
  /** Grants permission to describe a connector registered in Amazon AppFlow. Access level: Read. Resources: connector*. https://docs.aws.amazon.com/appflow/1.0/APIReference/API_DescribeConnector.html */
  DescribeConnector: "R|||0;1;|||CreateConnectorProfile,;",
  /** Grants permission to describe all fields for an object in a login profile configured in Amazon AppFlow. Access level: Read. Resources: connectorprofile*. https://docs.aws.amazon.com/appflow/1.0/APIReference/API_DescribeConnectorEntity.html */
  DescribeConnectorEntity: "R|||1;1;|||;",
  /** Grants permission to describe all fields for an object in a login profile configured in Amazon AppFlow (Console Only). Access level: Read. Resources: connectorprofile*. Permission only. https://docs.aws.amazon.com/appflow/latest/userguide/identity-access-management.html#appflow-api-actions */
  DescribeConnectorFields: "R||1|1;1;|||",
  /** Grants permission to describe all login profiles configured in Amazon AppFlow. Access level: Read. https://docs.aws.amazon.com/appflow/1.0/APIReference/API_DescribeConnectorProfiles.html */
  DescribeConnectorProfiles: "R||||||;",
  /** Grants permission to describe all connectors supported by Amazon AppFlow. Access level: Read. https://docs.aws.amazon.com/appflow/1.0/APIReference/API_DescribeConnectors.html  */
  DescribeConnectors: "R||||||;",
  /** Grants permission to describe a specific flow configured in Amazon AppFlow. Access level: Read. Resources: flow*. https://docs.aws.amazon.com/appflow/1.0/APIReference/API_DescribeFlow.html */
  DescribeFlow: "R|||2;1;|||;",
  /** Grants permission to describe all flow executions for a flow configured in Amazon AppFlow (Console Only). Access level: Read. Resources: flow*. Permission only. https://docs.aws.amazon.com/appflow/latest/userguide/identity-access-management.html#appflow-api-actions */
  DescribeFlowExecution: "R||1|2;1;|||",
  /** Grants permission to describe all flow executions for a flow configured in Amazon AppFlow. Access level: Read. Resources: flow*. https://docs.aws.amazon.com/appflow/1.0/APIReference/API_DescribeFlowExecutionRecords.html */
  DescribeFlowExecutionRecords: "R|||2;1;|||;",
  /** Grants permission to describe all flows configured in Amazon AppFlow (Console Only). Access level: Read. Permission only. https://docs.aws.amazon.com/appflow/latest/userguide/identity-access-management.html#appflow-api-actions */
  DescribeFlows: "R||1||||",
  /** Grants permission to list all objects for a login profile configured in Amazon AppFlow. Access level: List. Resources: connectorprofile*. https://docs.aws.amazon.com/appflow/1.0/APIReference/API_ListConnectorEntities.html */
  ListConnectorEntities: "L|||1;1;|||;",
  /** Grants permission to list all objects for a login profile configured in Amazon AppFlow (Console Only). Access level: Read. Resources: connectorprofile*. Permission only. https://docs.aws.amazon.com/appflow/latest/userguide/identity-access-management.html#appflow-api-actions */
  ListConnectorFields: "R||1|1;1;|||",
  /** Grants permission to list all connectors supported in Amazon AppFlow. Access level: List. Resources: connector*. https://docs.aws.amazon.com/appflow/1.0/APIReference/API_ListConnectors.html */
  ListConnectors: "L|||0;1;|||;",
  /** Grants permission to list all flows configured in Amazon AppFlow. Access level: List. Resources: flow*. https://docs.aws.amazon.com/appflow/1.0/APIReference/API_ListFlows.html */
  ListFlows: "L|||2;1;|||;",
  /** Grants permission to list tags for a flow. Access level: Read. Resources: flow*. https://docs.aws.amazon.com/appflow/1.0/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||2;1;|||;",
  /** Grants permission to register an Amazon AppFlow connector. Access level: Write. https://docs.aws.amazon.com/appflow/1.0/APIReference/API_RegisterConnector.html */
  RegisterConnector: "W||||0,2||;",
  /** Grants permission to resets metadata of connector entities that Amazon AppFlow stored in its cache. Access level: Write. Resources: connectorprofile*. https://docs.aws.amazon.com/appflow/1.0/APIReference/API_ResetConnectorMetadataCache.html */
  ResetConnectorMetadataCache: "W|||1;1;|||;",
  /** Grants permission to run a flow configured in Amazon AppFlow (Console Only). Access level: Write. Resources: flow*. Permission only. https://docs.aws.amazon.com/appflow/latest/userguide/identity-access-management.html#appflow-api-actions */
  RunFlow: "W||1|2;1;|||",
  /** Grants permission to activate (for scheduled and event-triggered flows) or run (for on-demand flows) a flow configured in Amazon AppFlow. Access level: Write. Resources: flow*. https://docs.aws.amazon.com/appflow/1.0/APIReference/API_StartFlow.html */
  StartFlow: "W|||2;1;|||;",
  /** Grants permission to deactivate a scheduled or event-triggered flow configured in Amazon AppFlow. Access level: Write. Resources: flow*. https://docs.aws.amazon.com/appflow/1.0/APIReference/API_StopFlow.html */
  StopFlow: "W|||2;1;|||;",
  /** Grants permission to tag a flow or a connector. Access level: Tagging. Resources: connector, flow. https://docs.aws.amazon.com/appflow/1.0/APIReference/API_TagResource.html */
  TagResource: "T|||0;0;,2;0;|0,2||CreateFlow,;",
  /** Grants permission to un-register a connector in Amazon AppFlow. Access level: Write. Resources: connector*. https://docs.aws.amazon.com/appflow/1.0/APIReference/API_UnregisterConnector.html */
  UnRegisterConnector: "W|||0;1;|0,2||UnregisterConnector",
  /** Grants permission to untag a flow or a connector. Access level: Tagging. Resources: connector, flow. https://docs.aws.amazon.com/appflow/1.0/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,2;0;|2||;",
  /** Grants permission to update a login profile configured in Amazon AppFlow. Access level: Write. Resources: connectorprofile*. https://docs.aws.amazon.com/appflow/1.0/APIReference/API_UpdateConnectorProfile.html */
  UpdateConnectorProfile: "W|||1;1;||1|;",
  /** Grants permission to update a registered connector configured in Amazon AppFlow. Access level: Write. Resources: connector*. https://docs.aws.amazon.com/appflow/1.0/APIReference/API_UpdateConnectorRegistration.html */
  UpdateConnectorRegistration: "W|||0;1;|||;",
  /** Grants permission to update a flow configured in Amazon AppFlow. Access level: Write. Resources: flow*. https://docs.aws.amazon.com/appflow/1.0/APIReference/API_UpdateFlow.html */
  UpdateFlow: "W|||2;1;||0,1|;",
  /** Grants permission to use a connector profile while creating a flow in Amazon AppFlow. Access level: Write. Resources: connectorprofile*. Permission only. API_CreateFlow.html */
  UseConnectorProfile: "W||1|1;1;|||CreateFlow,UpdateFlow",
} as const;
const actionDetails = {
  CancelFlowExecutions: "|,;~~~|Grants permission to cancel in-progress executions of an Amazon AppFlow flow",
  CreateConnectorProfile: "|,;~~~|Grants permission to create a login profile to be used with Amazon AppFlow flows",
  CreateFlow: "|,;~~~|Grants permission to create an Amazon AppFlow flow",
  DeleteConnectorProfile: "|,;~~~|Grants permission to delete a login profile configured in Amazon AppFlow",
  DeleteFlow: "|,;~~~|Grants permission to delete an Amazon AppFlow flow",
  DescribeConnector: "|,;~~~,~~|Grants permission to describe a connector registered in Amazon AppFlow",
  DescribeConnectorEntity:
    "|,;~~~|Grants permission to describe all fields for an object in a login profile configured in Amazon AppFlow",
  DescribeConnectorFields:
    "|,;~|Grants permission to describe all fields for an object in a login profile configured in Amazon AppFlow (Console Only)",
  DescribeConnectorProfiles: "|,;~~~|Grants permission to describe all login profiles configured in Amazon AppFlow",
  DescribeConnectors: "|,;~~~|Grants permission to describe all connectors supported by Amazon AppFlow",
  DescribeFlow: "|,;~~~|Grants permission to describe a specific flow configured in Amazon AppFlow",
  DescribeFlowExecution:
    "|,;~|Grants permission to describe all flow executions for a flow configured in Amazon AppFlow (Console Only)",
  DescribeFlowExecutionRecords:
    "|,;~~~|Grants permission to describe all flow executions for a flow configured in Amazon AppFlow",
  DescribeFlows: "|,;~|Grants permission to describe all flows configured in Amazon AppFlow (Console Only)",
  ListConnectorEntities:
    "|,;~~~|Grants permission to list all objects for a login profile configured in Amazon AppFlow",
  ListConnectorFields:
    "|,;~|Grants permission to list all objects for a login profile configured in Amazon AppFlow (Console Only)",
  ListConnectors: "|,;~~~|Grants permission to list all connectors supported in Amazon AppFlow",
  ListFlows: "|,;~~~|Grants permission to list all flows configured in Amazon AppFlow",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for a flow",
  RegisterConnector: "|,;~~~|Grants permission to register an Amazon AppFlow connector",
  ResetConnectorMetadataCache:
    "|,;~~~|Grants permission to resets metadata of connector entities that Amazon AppFlow stored in its cache",
  RunFlow: "|,;~|Grants permission to run a flow configured in Amazon AppFlow (Console Only)",
  StartFlow:
    "|,;~~~|Grants permission to activate (for scheduled and event-triggered flows) or run (for on-demand flows) a flow configured in Amazon AppFlow",
  StopFlow: "|,;~~~|Grants permission to deactivate a scheduled or event-triggered flow configured in Amazon AppFlow",
  TagResource: "|,;~~~,~~|Grants permission to tag a flow or a connector",
  UnRegisterConnector: "|,;~~~|Grants permission to un-register a connector in Amazon AppFlow",
  UntagResource: "|,;~~~|Grants permission to untag a flow or a connector",
  UpdateConnectorProfile: "|,;~~~|Grants permission to update a login profile configured in Amazon AppFlow",
  UpdateConnectorRegistration: "|,;~~~|Grants permission to update a registered connector configured in Amazon AppFlow",
  UpdateFlow: "|,;~~~|Grants permission to update a flow configured in Amazon AppFlow",
  UseConnectorProfile: "|,;~~~,~~|Grants permission to use a connector profile while creating a flow in Amazon AppFlow",
};
const resourceTypeFacts = {
  /** The connector resource type: arn:${Partition}:appflow:${Region}:${Account}:connector/${ConnectorLabel} */
  connector: "|,|1",
  /** The connectorprofile resource type: arn:${Partition}:appflow:${Region}:${Account}:connectorprofile/${ProfileName} */
  connectorprofile: "|,|",
  /** The flow resource type: arn:${Partition}:appflow:${Region}:${Account}:flow/${FlowName} */
  flow: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a connector resource: arn:${Partition}:appflow:${Region}:${Account}:connector/${ConnectorLabel}. */
  connector: "|,connector|arn:|Partition|:appflow:|Region|:|Account|:connector/|ConnectorLabel|",
  /** ARN of a connectorprofile resource: arn:${Partition}:appflow:${Region}:${Account}:connectorprofile/${ProfileName}. */
  connectorprofile: "|,connectorprofile|arn:|Partition|:appflow:|Region|:|Account|:connectorprofile/|ProfileName|",
  /** ARN of a flow resource: arn:${Partition}:appflow:${Region}:${Account}:flow/${FlowName}. */
  flow: "|,flow|arn:|Partition|:appflow:|Region|:|Account|:flow/|FlowName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["connector", "connectorprofile", "flow"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "appflow">;
/** Any appflow action. */
export type Action = ActionOf<typeof actionFacts, "appflow">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "appflow">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "appflow" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every appflow action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by allowed set of values for each of the tags. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by tag-value associated with the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by presence of mandatory tags in the request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by allowed set of values for each of the tags",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by tag-value associated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by presence of mandatory tags in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "appflow",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
