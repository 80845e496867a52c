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
export const prefix: "dax" = "dax";
/** The service's name in the reference. */
export const serviceName: "Amazon DynamoDB Accelerator (DAX)" = "Amazon DynamoDB Accelerator (DAX)";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon DynamoDB Accelerator (DAX)",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazondynamodbacceleratordax.html",
  },
];
const conditionKeyList = ["dax:EnclosingOperation"] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to return the attributes of one or more items from one or more tables. Access level: Read. Resources: application*. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BatchGetItem.html */
  BatchGetItem: "R|||0;1;|||",
  /** Grants permission to put or delete multiple items in one or more tables. Access level: Write. Resources: application*. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BatchWriteItem.html */
  BatchWriteItem: "W|||0;1;|||",
  /** Grants permission to the ConditionCheckItem operation that checks the existence of a set of attributes for the item with the given primary key. Access level: Read. Resources: application*. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ConditionCheckItem.html */
  ConditionCheckItem: "R|||0;1;|||",
  /** Grants permission to create a DAX cluster. Access level: Write. Resources: application*. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_dax_CreateCluster.html */
  CreateCluster:
    "W|||0;1;||dax:CreateParameterGroup,dax:CreateSubnetGroup,dax:TagResource,ec2:CreateNetworkInterface,ec2:DeleteNetworkInterface,ec2:DescribeNetworkInterfaces,ec2:DescribeSecurityGroups,ec2:DescribeSubnets,ec2:DescribeVpcs,iam:GetRole,iam:PassRole|;",
  /** Grants permission to create a parameter group. Access level: Write. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_dax_CreateParameterGroup.html */
  CreateParameterGroup: "W||||||;",
  /** Grants permission to create a subnet group. Access level: Write. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_dax_CreateSubnetGroup.html */
  CreateSubnetGroup: "W||||||;",
  /** Grants permission to remove one or more nodes from a DAX cluster. Access level: Write. Resources: application*. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_dax_DecreaseReplicationFactor.html */
  DecreaseReplicationFactor: "W|||0;1;|||;",
  /** Grants permission to delete a previously provisioned DAX cluster. Access level: Write. Resources: application*. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_dax_DeleteCluster.html */
  DeleteCluster: "W|||0;1;|||;",
  /** Grants permission to delete a single item in a table by primary key. Access level: Write. Resources: application*. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DeleteItem.html */
  DeleteItem: "W|||0;1;|0||",
  /** Grants permission to delete the specified parameter group. Access level: Write. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_dax_DeleteParameterGroup.html */
  DeleteParameterGroup: "W||||||;",
  /** Grants permission to delete a subnet group. Access level: Write. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_dax_DeleteSubnetGroup.html */
  DeleteSubnetGroup: "W||||||;",
  /** Grants permission to return information about all provisioned DAX clusters. Access level: List. Resources: application. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_dax_DescribeClusters.html */
  DescribeClusters: "L|||0;0;|||;",
  /** Grants permission to return the default system parameter information for DAX. Access level: List. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_dax_DescribeDefaultParameters.html */
  DescribeDefaultParameters: "L||||||;",
  /** Grants permission to return events related to DAX clusters and parameter groups. Access level: List. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_dax_DescribeEvents.html */
  DescribeEvents: "L||||||;",
  /** Grants permission to return a list of parameter group descriptions. Access level: List. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_dax_DescribeParameterGroups.html */
  DescribeParameterGroups: "L||||||;",
  /** Grants permission to return the detailed parameter list for a particular parameter group. Access level: Read. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_dax_DescribeParameters.html */
  DescribeParameters: "R||||||;",
  /** Grants permission to return a list of subnet group descriptions. Access level: List. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_dax_DescribeSubnetGroups.html */
  DescribeSubnetGroups: "L||||||;",
  /** Grants permission to the GetItem operation that returns a set of attributes for the item with the given primary key. Access level: Read. Resources: application*. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_GetItem.html */
  GetItem: "R|||0;1;|0||",
  /** Grants permission to add one or more nodes to a DAX cluster. Access level: Write. Resources: application*. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_dax_IncreaseReplicationFactor.html */
  IncreaseReplicationFactor: "W|||0;1;|||;",
  /** Grants permission to return a list all of the tags for a DAX cluster. Access level: Read. Resources: application*. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_dax_ListTags.html */
  ListTags: "R|||0;1;|||;",
  /** Grants permission to create a new item, or replace an old item with a new item. Access level: Write. Resources: application*. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_PutItem.html */
  PutItem: "W|||0;1;|0||",
  /** Grants permission to use the primary key of a table or a secondary index to directly access items from that table or index. Access level: Read. Resources: application*. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Query.html */
  Query: "R|||0;1;|||",
  /** Grants permission to reboot a single node of a DAX cluster. Access level: Write. Resources: application*. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_dax_RebootNode.html */
  RebootNode: "W|||0;1;|||;",
  /** Grants permission to return one or more items and item attributes by accessing every item in a table or a secondary index. Access level: Read. Resources: application*. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Scan.html */
  Scan: "R|||0;1;|||",
  /** Grants permission to associate a set of tags with a DAX resource. Access level: Tagging. Resources: application*. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_dax_TagResource.html */
  TagResource: "T|||0;1;|||CreateCluster,;",
  /** Grants permission to remove the association of tags from a DAX resource. Access level: Tagging. Resources: application*. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_dax_UntagResource.html */
  UntagResource: "T|||0;1;|||;",
  /** Grants permission to modify the settings for a DAX cluster. Access level: Write. Resources: application*. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_dax_UpdateCluster.html */
  UpdateCluster: "W|||0;1;|||;",
  /** Grants permission to edit an existing item's attributes, or adds a new item to the table if it does not already exist. Access level: Write. Resources: application*. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateItem.html */
  UpdateItem: "W|||0;1;|0||",
  /** Grants permission to modify the parameters of a parameter group. Access level: Write. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_dax_UpdateParameterGroup.html */
  UpdateParameterGroup: "W||||||;",
  /** Grants permission to modify an existing subnet group. Access level: Write. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_dax_UpdateSubnetGroup.html */
  UpdateSubnetGroup: "W||||||;",
} as const;
const actionDetails = {
  BatchGetItem: "|,;~|Grants permission to return the attributes of one or more items from one or more tables",
  BatchWriteItem: "|,;~|Grants permission to put or delete multiple items in one or more tables",
  ConditionCheckItem:
    "|,;~|Grants permission to the ConditionCheckItem operation that checks the existence of a set of attributes for the item with the given primary key",
  CreateCluster: "|,;~~~|Grants permission to create a DAX cluster",
  CreateParameterGroup: "|,;~~~|Grants permission to create a parameter group",
  CreateSubnetGroup: "|,;~~~|Grants permission to create a subnet group",
  DecreaseReplicationFactor: "|,;~~~|Grants permission to remove one or more nodes from a DAX cluster",
  DeleteCluster: "|,;~~~|Grants permission to delete a previously provisioned DAX cluster",
  DeleteItem: "|,;~|Grants permission to delete a single item in a table by primary key",
  DeleteParameterGroup: "|,;~~~|Grants permission to delete the specified parameter group",
  DeleteSubnetGroup: "|,;~~~|Grants permission to delete a subnet group",
  DescribeClusters: "|,;~~~|Grants permission to return information about all provisioned DAX clusters",
  DescribeDefaultParameters: "|,;~~~|Grants permission to return the default system parameter information for DAX",
  DescribeEvents: "|,;~~~|Grants permission to return events related to DAX clusters and parameter groups",
  DescribeParameterGroups: "|,;~~~|Grants permission to return a list of parameter group descriptions",
  DescribeParameters: "|,;~~~|Grants permission to return the detailed parameter list for a particular parameter group",
  DescribeSubnetGroups: "|,;~~~|Grants permission to return a list of subnet group descriptions",
  GetItem:
    "|,;~|Grants permission to the GetItem operation that returns a set of attributes for the item with the given primary key",
  IncreaseReplicationFactor: "|,;~~~|Grants permission to add one or more nodes to a DAX cluster",
  ListTags: "|,;~~~|Grants permission to return a list all of the tags for a DAX cluster",
  PutItem: "|,;~|Grants permission to create a new item, or replace an old item with a new item",
  Query:
    "|,;~|Grants permission to use the primary key of a table or a secondary index to directly access items from that table or index",
  RebootNode: "|,;~~~|Grants permission to reboot a single node of a DAX cluster",
  Scan: "|,;~|Grants permission to return one or more items and item attributes by accessing every item in a table or a secondary index",
  TagResource: "|,;~~~,~~|Grants permission to associate a set of tags with a DAX resource",
  UntagResource: "|,;~~~|Grants permission to remove the association of tags from a DAX resource",
  UpdateCluster: "|,;~~~|Grants permission to modify the settings for a DAX cluster",
  UpdateItem:
    "|,;~|Grants permission to edit an existing item's attributes, or adds a new item to the table if it does not already exist",
  UpdateParameterGroup: "|,;~~~|Grants permission to modify the parameters of a parameter group",
  UpdateSubnetGroup: "|,;~~~|Grants permission to modify an existing subnet group",
};
const resourceTypeFacts = {
  /** The application resource type: arn:${Partition}:dax:${Region}:${Account}:cache/${ClusterName} */
  application: "|,|",
} as const;
const arnFormats = {
  /** ARN of a application resource: arn:${Partition}:dax:${Region}:${Account}:cache/${ClusterName}. */
  application: "|,application|arn:|Partition|:dax:|Region|:|Account|:cache/|ClusterName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["application"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "dax">;
/** Any dax action. */
export type Action = ActionOf<typeof actionFacts, "dax">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "dax">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "dax" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every dax action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Used to block Transactions APIs calls and allow the non-Transaction APIs calls and vice-versa. */
  "dax:EnclosingOperation": "String";
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
  "dax:EnclosingOperation":
    "|,String|0||Used to block Transactions APIs calls and allow the non-Transaction APIs calls and vice-versa",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "dax",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
