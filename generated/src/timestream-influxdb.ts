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
export const prefix: "timestream-influxdb" = "timestream-influxdb";
/** The service's name in the reference. */
export const serviceName: "Amazon Timestream InfluxDB" = "Amazon Timestream InfluxDB";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Timestream InfluxDB",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazontimestreaminfluxdb.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["timestream-influxdb:TagResource"] as const;
const actionFacts = {
  /** Grants permission to create a new Timestream InfluxDB Cluster. Access level: Write. Resources: db-parameter-group. https://docs.aws.amazon.com/ts-influxdb/latest/ts-influxdb-api/API_CreateDbCluster.html */
  CreateDbCluster: "W|||2;0;|0,2|timestream-influxdb:CreateDbInstance,0|;",
  /** Grants permission to create a new Timestream InfluxDB instance. Access level: Write. Resources: db-parameter-group. https://docs.aws.amazon.com/ts-influxdb/latest/ts-influxdb-api/API_CreateDbInstance.html */
  CreateDbInstance: "W|||2;0;|0,2|0|CreateDbCluster,;",
  /** Grants permission to create a new Timestream InfluxDB parameter group. Access level: Write. https://docs.aws.amazon.com/ts-influxdb/latest/ts-influxdb-api/API_CreateDbParameterGroup.html */
  CreateDbParameterGroup: "W||||0,2|0|;",
  /** Grants permission to delete a Timestream InfluxDB Cluster. Access level: Write. Resources: db-cluster*. https://docs.aws.amazon.com/ts-influxdb/latest/ts-influxdb-api/API_DeleteDbCluster.html */
  DeleteDbCluster: "W|||0;1;||timestream-influxdb:DeleteDbInstance|;",
  /** Grants permission to delete a Timestream InfluxDB instance. Access level: Write. Resources: db-instance*. https://docs.aws.amazon.com/ts-influxdb/latest/ts-influxdb-api/API_DeleteDbInstance.html */
  DeleteDbInstance: "W|||1;1;|||DeleteDbCluster,;",
  /** Grants permission to get information about a Timestream InfluxDB Cluster. Access level: Read. Resources: db-cluster*. https://docs.aws.amazon.com/ts-influxdb/latest/ts-influxdb-api/API_GetDbCluster.html */
  GetDbCluster: "R|||0;1;|||;",
  /** Grants permission to get information about a Timestream InfluxDB instance. Access level: Read. Resources: db-instance*. https://docs.aws.amazon.com/ts-influxdb/latest/ts-influxdb-api/API_GetDbInstance.html */
  GetDbInstance: "R|||1;1;|||;",
  /** Grants permission to get information about a Timestream InfluxDB parameter group. Access level: Read. Resources: db-parameter-group*. https://docs.aws.amazon.com/ts-influxdb/latest/ts-influxdb-api/API_GetDbParameterGroup.html */
  GetDbParameterGroup: "R|||2;1;|||;",
  /** Grants permission to list information about all Timestream InfluxDB clusters in the account. Access level: List. https://docs.aws.amazon.com/ts-influxdb/latest/ts-influxdb-api/API_ListDbClusters.html */
  ListDbClusters: "L||||||;",
  /** Grants permission to list information about all Timestream InfluxDB instances in the account. Access level: List. https://docs.aws.amazon.com/ts-influxdb/latest/ts-influxdb-api/API_ListDbInstances.html */
  ListDbInstances: "L||||||;",
  /** Grants permission to list information about all Timestream InfluxDB Instances belonging to a cluster. Access level: Read. Resources: db-cluster*. https://docs.aws.amazon.com/ts-influxdb/latest/ts-influxdb-api/API_ListDbInstancesForCluster.html */
  ListDbInstancesForCluster: "R|||0;1;|||;",
  /** Grants permission to list information about all Timestream InfluxDB parameter groups. Access level: List. https://docs.aws.amazon.com/ts-influxdb/latest/ts-influxdb-api/API_ListDbParameterGroups.html */
  ListDbParameterGroups: "L||||||;",
  /** Grants permission to list tags for a Timestream InfluxDB resource. Access level: Read. Resources: db-cluster, db-instance, db-parameter-group. https://docs.aws.amazon.com/ts-influxdb/latest/ts-influxdb-api/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,1;0;,2;0;|1||;",
  /** Grants permission to reboot a Timestream InfluxDB Cluster. Access level: Write. Resources: db-cluster*, db-instance. https://docs.aws.amazon.com/ts-influxdb/latest/ts-influxdb-api/API_RebootDbCluster.html */
  RebootDbCluster: "W|||0;1;,1;0;||timestream-influxdb:RebootDbInstance|;",
  /** Grants permission to reboot a Timestream InfluxDB instance. Access level: Write. Resources: db-instance*. https://docs.aws.amazon.com/ts-influxdb/latest/ts-influxdb-api/API_RebootDbInstance.html */
  RebootDbInstance: "W|||1;1;|||RebootDbCluster,;",
  /** Grants permission to tag a Timestream InfluxDB resource. Access level: Tagging. Resources: db-cluster, db-instance, db-parameter-group. https://docs.aws.amazon.com/ts-influxdb/latest/ts-influxdb-api/API_TagResource.html */
  TagResource: "T|||0;0;,1;0;,2;0;|0,1,2||CreateDbCluster,CreateDbInstance,CreateDbParameterGroup,;",
  /** Grants permission to untag a Timestream InfluxDB resource. Access level: Tagging. Resources: db-cluster, db-instance, db-parameter-group. https://docs.aws.amazon.com/ts-influxdb/latest/ts-influxdb-api/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;|1,2||;",
  /** Grants permission to update a Timestream InfluxDB Cluster. Access level: Write. Resources: db-cluster*, db-parameter-group. https://docs.aws.amazon.com/ts-influxdb/latest/ts-influxdb-api/API_UpdateDbCluster.html */
  UpdateDbCluster: "W|||0;1;,2;0;||timestream-influxdb:UpdateDbInstance|;",
  /** Grants permission to update a Timestream InfluxDB instance. Access level: Write. Resources: db-instance*, db-parameter-group. https://docs.aws.amazon.com/ts-influxdb/latest/ts-influxdb-api/API_UpdateDbInstance.html */
  UpdateDbInstance: "W|||1;1;,2;0;|||UpdateDbCluster,;",
} as const;
const actionDetails = {
  CreateDbCluster: "|,;~~~|Grants permission to create a new Timestream InfluxDB Cluster",
  CreateDbInstance: "|,;~~~,~~|Grants permission to create a new Timestream InfluxDB instance",
  CreateDbParameterGroup: "|,;~~~|Grants permission to create a new Timestream InfluxDB parameter group",
  DeleteDbCluster: "|,;~~~|Grants permission to delete a Timestream InfluxDB Cluster",
  DeleteDbInstance: "|,;~~~,~~|Grants permission to delete a Timestream InfluxDB instance",
  GetDbCluster: "|,;~~~|Grants permission to get information about a Timestream InfluxDB Cluster",
  GetDbInstance: "|,;~~~|Grants permission to get information about a Timestream InfluxDB instance",
  GetDbParameterGroup: "|,;~~~|Grants permission to get information about a Timestream InfluxDB parameter group",
  ListDbClusters: "|,;~~~|Grants permission to list information about all Timestream InfluxDB clusters in the account",
  ListDbInstances:
    "|,;~~~|Grants permission to list information about all Timestream InfluxDB instances in the account",
  ListDbInstancesForCluster:
    "|,;~~~|Grants permission to list information about all Timestream InfluxDB Instances belonging to a cluster",
  ListDbParameterGroups: "|,;~~~|Grants permission to list information about all Timestream InfluxDB parameter groups",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for a Timestream InfluxDB resource",
  RebootDbCluster: "|,;~~~|Grants permission to reboot a Timestream InfluxDB Cluster",
  RebootDbInstance: "|,;~~~,~~|Grants permission to reboot a Timestream InfluxDB instance",
  TagResource: "|,;~~~,~~,~~,~~|Grants permission to tag a Timestream InfluxDB resource",
  UntagResource: "|,;~~~|Grants permission to untag a Timestream InfluxDB resource",
  UpdateDbCluster: "|,;~~~|Grants permission to update a Timestream InfluxDB Cluster",
  UpdateDbInstance: "|,;~~~,~~|Grants permission to update a Timestream InfluxDB instance",
};
const resourceTypeFacts = {
  /** The db-cluster resource type: arn:${Partition}:timestream-influxdb:${Region}:${Account}:db-cluster/${DbClusterId} */
  "db-cluster": "|,dbCluster|1",
  /** The db-instance resource type: arn:${Partition}:timestream-influxdb:${Region}:${Account}:db-instance/${DbInstanceIdentifier} */
  "db-instance": "|,dbInstance|1",
  /** The db-parameter-group resource type: arn:${Partition}:timestream-influxdb:${Region}:${Account}:db-parameter-group/${DbParameterGroupIdentifier} */
  "db-parameter-group": "|,dbParameterGroup|1",
} as const;
const arnFormats = {
  /** ARN of a db-cluster resource: arn:${Partition}:timestream-influxdb:${Region}:${Account}:db-cluster/${DbClusterId}. */
  dbCluster: "|,db-cluster|arn:|Partition|:timestream-influxdb:|Region|:|Account|:db-cluster/|DbClusterId|",
  /** ARN of a db-instance resource: arn:${Partition}:timestream-influxdb:${Region}:${Account}:db-instance/${DbInstanceIdentifier}. */
  dbInstance: "|,db-instance|arn:|Partition|:timestream-influxdb:|Region|:|Account|:db-instance/|DbInstanceIdentifier|",
  /** ARN of a db-parameter-group resource: arn:${Partition}:timestream-influxdb:${Region}:${Account}:db-parameter-group/${DbParameterGroupIdentifier}. */
  dbParameterGroup:
    "|,db-parameter-group|arn:|Partition|:timestream-influxdb:|Region|:|Account|:db-parameter-group/|DbParameterGroupIdentifier|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["db-cluster", "db-instance", "db-parameter-group"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "timestream-influxdb">;
/** Any timestream-influxdb action. */
export type Action = ActionOf<typeof actionFacts, "timestream-influxdb">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "timestream-influxdb">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "timestream-influxdb" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every timestream-influxdb action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "timestream-influxdb",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
