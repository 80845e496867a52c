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
export const prefix: "resource-groups" = "resource-groups";
/** The service's name in the reference. */
export const serviceName: "AWS Resource Groups" = "AWS Resource Groups";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Resource Groups",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsresourcegroups.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [
  "cloudformation:DescribeStacks",
  "cloudformation:ListStackResources",
  "resource-groups:Tag",
  "tag:GetResources",
] as const;
const actionFacts = {
  /** Grants permission to associate a resource to an Application. Access level: Write. Resources: group*. Permission only. https://docs.aws.amazon.com/servicecatalog/latest/arguide/associate-resources.html */
  AssociateResource: "W||1|0;1;|||",
  /** Grants permission to cancel a tag-sync task for an application group. Access level: Write. Resources: group*. https://docs.aws.amazon.com/ARG/latest/APIReference/API_CancelTagSyncTask.html */
  CancelTagSyncTask: "W|||0;1;||resource-groups:DeleteGroup|;",
  /** Grants permission to create a resource group with a specified name, description, and resource query. Access level: Write. https://docs.aws.amazon.com/ARG/latest/APIReference/API_CreateGroup.html */
  CreateGroup: "W||||0,2|0,2|;,StartTagSyncTask",
  /** Grants permission to delete a specified resource group. Access level: Write. Resources: group*. https://docs.aws.amazon.com/ARG/latest/APIReference/API_DeleteGroup.html */
  DeleteGroup: "W|||0;1;||3|CancelTagSyncTask,;",
  /** Grants permission to delete a resource-based policy for the specified group. Access level: Write. Resources: group*. Permission only. https://docs.aws.amazon.com/license-manager/latest/userguide/management-role.html#service-linked-role-permissions-management-role */
  DeleteGroupPolicy: "W||1|0;1;|||",
  /** Grants permission to disassociate a resource from an Application. Access level: Write. Resources: group*. Permission only. https://docs.aws.amazon.com/servicecatalog/latest/arguide/associate-resources.html */
  DisassociateResource: "W||1|0;1;|||",
  /** Grants permission to get the current status of optional features in Resource Groups. Access level: Read. https://docs.aws.amazon.com/ARG/latest/APIReference/API_GetAccountSettings.html */
  GetAccountSettings: "R||||||;",
  /** Grants permission to get information of a specified resource group. Access level: Read. Resources: group*. https://docs.aws.amazon.com/ARG/latest/APIReference/API_GetGroup.html */
  GetGroup: "R|||0;1;|||;",
  /** Grants permission to get the service configuration associated with the specified resource group. Access level: Read. Resources: group*. https://docs.aws.amazon.com/ARG/latest/APIReference/API_GetGroupConfiguration.html */
  GetGroupConfiguration: "R|||0;1;|||;",
  /** Grants permission to get a resource-based policy for the specified group. Access level: Read. Resources: group*. Permission only. https://docs.aws.amazon.com/license-manager/latest/userguide/management-role.html#service-linked-role-permissions-management-role */
  GetGroupPolicy: "R||1|0;1;|||",
  /** Grants permission to get the query associated with a specified resource group. Access level: Read. Resources: group*. https://docs.aws.amazon.com/ARG/latest/APIReference/API_GetGroupQuery.html */
  GetGroupQuery: "R|||0;1;|||;",
  /** Grants permission to get information of a specified tag-sync task. Access level: Read. Resources: group*. https://docs.aws.amazon.com/ARG/latest/APIReference/API_GetTagSyncTask.html */
  GetTagSyncTask: "R|||0;1;|||;",
  /** Grants permission to get the tags associated with a specified resource group. Access level: Read. Resources: group*. https://docs.aws.amazon.com/ARG/latest/APIReference/API_GetTags.html */
  GetTags: "R|||0;1;|||;",
  /** Grants permission to add the specified resources to the specified group. Access level: Write. Resources: group*. https://docs.aws.amazon.com/ARG/latest/APIReference/API_GroupResources.html */
  GroupResources: "W|||0;1;||2,tag:TagResources|;",
  /** Grants permission to list the resources that are members of a specified resource group. Access level: List. Resources: group*. https://docs.aws.amazon.com/ARG/latest/APIReference/API_ListGroupResources.html */
  ListGroupResources: "L|||0;1;||0,1,3|;",
  /** Grants permission to list grouping statuses for a specified application group. Access level: List. Resources: group*. https://docs.aws.amazon.com/ARG/latest/APIReference/API_ListGroupingStatuses.html */
  ListGroupingStatuses: "L|||0;1;|||;",
  /** Grants permission to list all resource groups in your account. Access level: List. https://docs.aws.amazon.com/ARG/latest/APIReference/API_ListGroups.html */
  ListGroups: "L||||||;",
  /** Grants permission to list supported resource types. Access level: List. Permission only. https://docs.aws.amazon.com/ARG/latest/userguide/gettingstarted-query.html */
  ListResourceTypes: "L||1||||",
  /** Grants permission to list all tag-sync tasks in your account. Access level: List. Resources: group*. https://docs.aws.amazon.com/ARG/latest/APIReference/API_ListTagSyncTasks.html */
  ListTagSyncTasks: "L|||0;1;|||;",
  /** Grants permission to put the service configuration associated with the specified resource group. Access level: Write. Resources: group*. https://docs.aws.amazon.com/ARG/latest/APIReference/API_PutGroupConfiguration.html */
  PutGroupConfiguration: "W|||0;1;|||;",
  /** Grants permission to add a resource-based policy for the specified group. Access level: Write. Resources: group*. Permission only. https://docs.aws.amazon.com/license-manager/latest/userguide/management-role.html#service-linked-role-permissions-management-role */
  PutGroupPolicy: "W||1|0;1;|||",
  /** Grants permission to search for AWS resources matching the given query. Access level: List. https://docs.aws.amazon.com/ARG/latest/APIReference/API_SearchResources.html */
  SearchResources: "L|||||0,1,3|;",
  /** Grants permission to create a tag-sync task for an application group. Access level: Write. Resources: group*. https://docs.aws.amazon.com/ARG/latest/APIReference/API_StartTagSyncTask.html */
  StartTagSyncTask: "W|||0;1;||iam:PassRole,resource-groups:CreateGroup|;",
  /** Grants permission to tag a specified resource group. Access level: Tagging. Resources: group*. https://docs.aws.amazon.com/ARG/latest/APIReference/API_Tag.html */
  Tag: "T|||0;1;|0,2||CreateGroup,;",
  /** Grants permission to remove the specified resources from the specified group. Access level: Write. Resources: group*. https://docs.aws.amazon.com/ARG/latest/APIReference/API_UngroupResources.html */
  UngroupResources: "W|||0;1;||resource-groups:Untag,tag:UntagResources|;",
  /** Grants permission to remove tags associated with a specified resource group. Access level: Tagging. Resources: group*. https://docs.aws.amazon.com/ARG/latest/APIReference/API_Untag.html */
  Untag: "T|||0;1;|2||;",
  /** Grants permission to update optional features in Resource Groups. Access level: Write. https://docs.aws.amazon.com/ARG/latest/APIReference/API_UpdateAccountSettings.html */
  UpdateAccountSettings: "W||||||;",
  /** Grants permission to update a specified resource group. Access level: Write. Resources: group*. https://docs.aws.amazon.com/ARG/latest/APIReference/API_UpdateGroup.html */
  UpdateGroup: "W|||0;1;|||;",
  /** Grants permission to update the query associated with a specified resource group. Access level: Write. Resources: group*. https://docs.aws.amazon.com/ARG/latest/APIReference/API_UpdateGroupQuery.html */
  UpdateGroupQuery: "W|||0;1;||0|;",
} as const;
const actionDetails = {
  AssociateResource: "|,;~|Grants permission to associate a resource to an Application",
  CancelTagSyncTask: "|,;~~~|Grants permission to cancel a tag-sync task for an application group",
  CreateGroup:
    "|,;~~~,~~|Grants permission to create a resource group with a specified name, description, and resource query",
  DeleteGroup: "|,;~~~,~~|Grants permission to delete a specified resource group",
  DeleteGroupPolicy: "|,;~|Grants permission to delete a resource-based policy for the specified group",
  DisassociateResource: "|,;~|Grants permission to disassociate a resource from an Application",
  GetAccountSettings: "|,;~~~|Grants permission to get the current status of optional features in Resource Groups",
  GetGroup: "|,;~~~|Grants permission to get information of a specified resource group",
  GetGroupConfiguration:
    "|,;~~~|Grants permission to get the service configuration associated with the specified resource group",
  GetGroupPolicy: "|,;~|Grants permission to get a resource-based policy for the specified group",
  GetGroupQuery: "|,;~~~|Grants permission to get the query associated with a specified resource group",
  GetTagSyncTask: "|,;~~~|Grants permission to get information of a specified tag-sync task",
  GetTags: "|,;~~~|Grants permission to get the tags associated with a specified resource group",
  GroupResources: "|,;~~~|Grants permission to add the specified resources to the specified group",
  ListGroupResources: "|,;~~~|Grants permission to list the resources that are members of a specified resource group",
  ListGroupingStatuses: "|,;~~~|Grants permission to list grouping statuses for a specified application group",
  ListGroups: "|,;~~~|Grants permission to list all resource groups in your account",
  ListResourceTypes: "|,;~|Grants permission to list supported resource types",
  ListTagSyncTasks: "|,;~~~|Grants permission to list all tag-sync tasks in your account",
  PutGroupConfiguration:
    "|,;~~~|Grants permission to put the service configuration associated with the specified resource group",
  PutGroupPolicy: "|,;~|Grants permission to add a resource-based policy for the specified group",
  SearchResources: "|,;~~~|Grants permission to search for AWS resources matching the given query",
  StartTagSyncTask: "|,;~~~|Grants permission to create a tag-sync task for an application group",
  Tag: "|,;~~~,~~|Grants permission to tag a specified resource group",
  UngroupResources: "|,;~~~|Grants permission to remove the specified resources from the specified group",
  Untag: "|,;~~~|Grants permission to remove tags associated with a specified resource group",
  UpdateAccountSettings: "|,;~~~|Grants permission to update optional features in Resource Groups",
  UpdateGroup: "|,;~~~|Grants permission to update a specified resource group",
  UpdateGroupQuery: "|,;~~~|Grants permission to update the query associated with a specified resource group",
};
const resourceTypeFacts = {
  /** The group resource type: arn:${Partition}:resource-groups:${Region}:${Account}:group/${GroupName} */
  group: "|,|1",
  /** The tagSyncTask resource type: arn:${Partition}:resource-groups:${Region}:${Account}:group/${GroupName}/tag-sync-task/${TaskId} */
  tagSyncTask: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a group resource: arn:${Partition}:resource-groups:${Region}:${Account}:group/${GroupName}. */
  group: "|,group|arn:|Partition|:resource-groups:|Region|:|Account|:group/|GroupName|",
  /** ARN of a tagSyncTask resource: arn:${Partition}:resource-groups:${Region}:${Account}:group/${GroupName}/tag-sync-task/${TaskId}. */
  tagSyncTask:
    "|,tagSyncTask|arn:|Partition|:resource-groups:|Region|:|Account|:group/|GroupName|/tag-sync-task/|TaskId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["group", "tagSyncTask"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "resource-groups">;
/** Any resource-groups action. */
export type Action = ActionOf<typeof actionFacts, "resource-groups">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "resource-groups">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "resource-groups" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every resource-groups action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the presence of tag key-value pairs in the request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by the presence of tag key-value pairs in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by tag key-value pairs attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the presence of tag keys in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "resource-groups",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
