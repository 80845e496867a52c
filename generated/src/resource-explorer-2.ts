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
export const prefix: "resource-explorer-2" = "resource-explorer-2";
/** The service's name in the reference. */
export const serviceName: "AWS Resource Explorer" = "AWS Resource Explorer";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Resource Explorer",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsresourceexplorer.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "resource-explorer-2:Operation",
] as const;
const dependentActionList = ["resource-explorer-2:TagResource"] as const;
const actionFacts = {
  /** Grants permission to set the specified view as the default for this AWS Region in this AWS account. Access level: Write. https://docs.aws.amazon.com/resource-explorer/latest/apireference/API_AssociateDefaultView.html */
  AssociateDefaultView: "W||||||;",
  /** Grants permission to retrieve details about views that you specify by a list of ARNs. Access level: Read. https://docs.aws.amazon.com/resource-explorer/latest/apireference/API_BatchGetView.html */
  BatchGetView: "R|||||resource-explorer-2:GetView|;",
  /** Grants permission to turn on Resource Explorer in the AWS Region in which you called this operation by creating an index. Access level: Write. https://docs.aws.amazon.com/resource-explorer/latest/apireference/API_CreateIndex.html */
  CreateIndex: "W||||0,2|0|;",
  /** Grants permission to create managed view. Access level: Write. Permission only. https://docs.aws.amazon.com/resource-explorer/latest/userguide/API_ManagedView.html */
  CreateManagedView: "W||1||||",
  /** Grants permission to create resource explorer setup. Access level: Write. API_CreateResourceExplorerSetup.html */
  CreateResourceExplorerSetup: "W||||||;",
  /** Grants permission to create resource explorer streaming access. Access level: Write. Permission only. API_CreateStreamingAccessForService.html */
  CreateStreamingAccessForService: "W||1||||",
  /** Grants permission to create a view that users can query. Access level: Write. https://docs.aws.amazon.com/resource-explorer/latest/apireference/API_CreateView.html */
  CreateView: "W||||0,2|0|;",
  /** Grants permission to turn off Resource Explorer in the specified AWS Region by deleting the index. Access level: Write. Resources: index*. https://docs.aws.amazon.com/resource-explorer/latest/apireference/API_DeleteIndex.html */
  DeleteIndex: "W|||0;1;|||;",
  /** Grants permission to delete resource explorer setup. Access level: Write. https://docs.aws.amazon.com/resource-explorer/latest/apireference/API_DeleteResourceExplorerSetup.html */
  DeleteResourceExplorerSetup: "W||||||;",
  /** Grants permission to delete the specified view's resource policy. Access level: Permissions management. Resources: view*. Permission only. https://docs.aws.amazon.com/resource-explorer/latest/userguide/manage-views-share.html */
  DeleteResourcePolicy: "P||1|2;1;|||",
  /** Grants permission to delete resource explorer streaming access. Access level: Write. Permission only. https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsresourceexplorer.html */
  DeleteStreamingAccessForService: "W||1||||",
  /** Grants permission to delete a view. Access level: Write. Resources: view*. https://docs.aws.amazon.com/resource-explorer/latest/apireference/API_DeleteView.html */
  DeleteView: "W|||2;1;|||;",
  /** Grants permission to remove the default view for the AWS Region in which you call this operation. Access level: Write. https://docs.aws.amazon.com/resource-explorer/latest/apireference/API_DisassociateDefaultView.html */
  DisassociateDefaultView: "W||||||;",
  /** Grants permission to Resource Explorer to access account level data within your AWS Organization. Access level: Read. https://docs.aws.amazon.com/resource-explorer/latest/apireference/API_GetAccountLevelServiceConfiguration.html */
  GetAccountLevelServiceConfiguration: "R||||||;",
  /** Grants permission to retrieve the Amazon resource name (ARN) of the view that is the default for the AWS Region in which you call this operation. Access level: Read. https://docs.aws.amazon.com/resource-explorer/latest/apireference/API_GetDefaultView.html */
  GetDefaultView: "R||||||;",
  /** Grants permission to retrieve information about the index in the AWS Region in which you call this operation. Access level: Read. https://docs.aws.amazon.com/resource-explorer/latest/apireference/API_GetIndex.html */
  GetIndex: "R||||||;",
  /** Grants permission to get managed view. Access level: Read. Resources: managed-view*. https://docs.aws.amazon.com/resource-explorer/latest/apireference/API_GetManagedView.html */
  GetManagedView: "R|||1;1;|||;",
  /** Grants permission to get resource explorer setup. Access level: Read. https://docs.aws.amazon.com/resource-explorer/latest/apireference/API_GetResourceExplorerSetup.html */
  GetResourceExplorerSetup: "R||||||;",
  /** Grants permission to retrieve information about the specified view's resource policy. Access level: Read. Resources: view*. Permission only. https://docs.aws.amazon.com/resource-explorer/latest/userguide/manage-views-share.html */
  GetResourcePolicy: "R||1|2;1;|||",
  /** Grants permission to get service index. Access level: Read. https://docs.aws.amazon.com/resource-explorer/latest/apireference/API_GetServiceIndex.html */
  GetServiceIndex: "R||||||;",
  /** Grants permission to get service view. Access level: Read. https://docs.aws.amazon.com/resource-explorer/latest/apireference/API_GetServiceView.html */
  GetServiceView: "R||||||;",
  /** Grants permission to retrieve information about the specified view. Access level: Read. Resources: view*. https://docs.aws.amazon.com/resource-explorer/latest/apireference/API_GetView.html */
  GetView: "R|||2;1;|||BatchGetView,;",
  /** Grants permission to list the indexes in all AWS Regions. Access level: List. https://docs.aws.amazon.com/resource-explorer/latest/apireference/API_ListIndexes.html */
  ListIndexes: "L||||||;",
  /** Grants permission to list the organization member account's indexes in all AWS Regions. Access level: List. https://docs.aws.amazon.com/resource-explorer/latest/apireference/API_ListIndexesForMembers.html */
  ListIndexesForMembers: "L||||||;",
  /** Grants permission to list managed views. Access level: List. https://docs.aws.amazon.com/resource-explorer/latest/apireference/API_ListManagedViews.html */
  ListManagedViews: "L||||||;",
  /** Grants permission to list service indexes in all AWS Regions. Access level: List. https://docs.aws.amazon.com/resource-explorer/latest/apireference/API_ListServiceIndexes.html */
  ListServiceIndexes: "L||||||;",
  /** Grants permission to list service views in all AWS Regions. Access level: List. https://docs.aws.amazon.com/resource-explorer/latest/apireference/API_ListServiceViews.html */
  ListServiceViews: "L||||||;",
  /** Grants permission to list streaming access for services. Access level: List. https://docs.aws.amazon.com/resource-explorer/latest/apireference/API_ListStreamingAccessForServices.html */
  ListStreamingAccessForServices: "L||||||;",
  /** Grants permission to retrieve a list of all resource types currently supported by Resource Explorer. Access level: List. https://docs.aws.amazon.com/resource-explorer/latest/apireference/API_ListSupportedResourceTypes.html */
  ListSupportedResourceTypes: "L||||||;",
  /** Grants permission to list the tags that are attached to the specified resource. Access level: Read. Resources: index, view. https://docs.aws.amazon.com/resource-explorer/latest/apireference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,2;0;|||;",
  /** Grants permission to list the Amazon resource names (ARNs) of all of the views available in the AWS Region in which you call this operation. Access level: List. https://docs.aws.amazon.com/resource-explorer/latest/apireference/API_ListViews.html */
  ListViews: "L||||||;",
  /** Grants permission to update the specified view's resource policy. Access level: Permissions management. Resources: view*. Permission only. https://docs.aws.amazon.com/resource-explorer/latest/userguide/manage-views-share.html */
  PutResourcePolicy: "P||1|2;1;|||",
  /** Grants permission to search for resources and display details about all resources that match the specified criteria. Access level: Read. Resources: view*. https://docs.aws.amazon.com/resource-explorer/latest/apireference/API_Search.html */
  Search: "R|||2;1;|3||ListResources,;",
  /** Grants permission to add one or more tag key and value pairs to the specified resource. Access level: Tagging. Resources: index, view. https://docs.aws.amazon.com/resource-explorer/latest/apireference/API_TagResource.html */
  TagResource: "T|||0;0;,2;0;|0,2||CreateIndex,CreateView,;",
  /** Grants permission to remove one or more tag key and value pairs from the specified resource. Access level: Tagging. Resources: index, view. https://docs.aws.amazon.com/resource-explorer/latest/apireference/API_UntagResource.html */
  UntagResource: "T|||0;0;,2;0;|2||;",
  /** Grants permission to change the type of the index from LOCAL to AGGREGATOR or back. Access level: Write. Resources: index*. https://docs.aws.amazon.com/resource-explorer/latest/apireference/API_UpdateIndexType.html */
  UpdateIndexType: "W|||0;1;|||;",
  /** Grants permission to modify some of the details of a view. Access level: Write. Resources: view*. https://docs.aws.amazon.com/resource-explorer/latest/apireference/API_UpdateView.html */
  UpdateView: "W|||2;1;|||;",
} as const;
const actionDetails = {
  AssociateDefaultView:
    "|,;~~~|Grants permission to set the specified view as the default for this AWS Region in this AWS account",
  BatchGetView: "|,;~~~|Grants permission to retrieve details about views that you specify by a list of ARNs",
  CreateIndex:
    "|,;~~~|Grants permission to turn on Resource Explorer in the AWS Region in which you called this operation by creating an index",
  CreateManagedView: "|,;~|Grants permission to create managed view",
  CreateResourceExplorerSetup: "|,;~~~|Grants permission to create resource explorer setup",
  CreateStreamingAccessForService: "|,;~|Grants permission to create resource explorer streaming access",
  CreateView: "|,;~~~|Grants permission to create a view that users can query",
  DeleteIndex:
    "|,;~~~|Grants permission to turn off Resource Explorer in the specified AWS Region by deleting the index",
  DeleteResourceExplorerSetup: "|,;~~~|Grants permission to delete resource explorer setup",
  DeleteResourcePolicy: "|,;~|Grants permission to delete the specified view's resource policy",
  DeleteStreamingAccessForService: "|,;~|Grants permission to delete resource explorer streaming access",
  DeleteView: "|,;~~~|Grants permission to delete a view",
  DisassociateDefaultView:
    "|,;~~~|Grants permission to remove the default view for the AWS Region in which you call this operation",
  GetAccountLevelServiceConfiguration:
    "|,;~~~|Grants permission to Resource Explorer to access account level data within your AWS Organization",
  GetDefaultView:
    "|,;~~~|Grants permission to retrieve the Amazon resource name (ARN) of the view that is the default for the AWS Region in which you call this operation",
  GetIndex:
    "|,;~~~|Grants permission to retrieve information about the index in the AWS Region in which you call this operation",
  GetManagedView: "|,;~~~|Grants permission to get managed view",
  GetResourceExplorerSetup: "|,;~~~|Grants permission to get resource explorer setup",
  GetResourcePolicy: "|,;~|Grants permission to retrieve information about the specified view's resource policy",
  GetServiceIndex: "|,;~~~|Grants permission to get service index",
  GetServiceView: "|,;~~~|Grants permission to get service view",
  GetView: "|,;~~~,~~|Grants permission to retrieve information about the specified view",
  ListIndexes: "|,;~~~|Grants permission to list the indexes in all AWS Regions",
  ListIndexesForMembers:
    "|,;~~~|Grants permission to list the organization member account's indexes in all AWS Regions",
  ListManagedViews: "|,;~~~|Grants permission to list managed views",
  ListServiceIndexes: "|,;~~~|Grants permission to list service indexes in all AWS Regions",
  ListServiceViews: "|,;~~~|Grants permission to list service views in all AWS Regions",
  ListStreamingAccessForServices: "|,;~~~|Grants permission to list streaming access for services",
  ListSupportedResourceTypes:
    "|,;~~~|Grants permission to retrieve a list of all resource types currently supported by Resource Explorer",
  ListTagsForResource: "|,;~~~|Grants permission to list the tags that are attached to the specified resource",
  ListViews:
    "|,;~~~|Grants permission to list the Amazon resource names (ARNs) of all of the views available in the AWS Region in which you call this operation",
  PutResourcePolicy: "|,;~|Grants permission to update the specified view's resource policy",
  Search:
    "|,;~~~,~~|Grants permission to search for resources and display details about all resources that match the specified criteria",
  TagResource: "|,;~~~,~~,~~|Grants permission to add one or more tag key and value pairs to the specified resource",
  UntagResource: "|,;~~~|Grants permission to remove one or more tag key and value pairs from the specified resource",
  UpdateIndexType: "|,;~~~|Grants permission to change the type of the index from LOCAL to AGGREGATOR or back",
  UpdateView: "|,;~~~|Grants permission to modify some of the details of a view",
};
const resourceTypeFacts = {
  /** The index resource type: arn:${Partition}:resource-explorer-2:${Region}:${Account}:index/${IndexUuid} */
  index: "|,|1",
  /** The managed-view resource type: arn:${Partition}:resource-explorer-2:${Region}:${Account}:managed-view/${ManagedViewName}/${ManagedViewUuid} */
  "managed-view": "|,managedView|",
  /** The view resource type: arn:${Partition}:resource-explorer-2:${Region}:${Account}:view/${ViewName}/${ViewUuid} */
  view: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a index resource: arn:${Partition}:resource-explorer-2:${Region}:${Account}:index/${IndexUuid}. */
  index: "|,index|arn:|Partition|:resource-explorer-2:|Region|:|Account|:index/|IndexUuid|",
  /** ARN of a managed-view resource: arn:${Partition}:resource-explorer-2:${Region}:${Account}:managed-view/${ManagedViewName}/${ManagedViewUuid}. */
  managedView:
    "|,managed-view|arn:|Partition|:resource-explorer-2:|Region|:|Account|:managed-view/|ManagedViewName|/|ManagedViewUuid|",
  /** ARN of a view resource: arn:${Partition}:resource-explorer-2:${Region}:${Account}:view/${ViewName}/${ViewUuid}. */
  view: "|,view|arn:|Partition|:resource-explorer-2:|Region|:|Account|:view/|ViewName|/|ViewUuid|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["index", "managed-view", "view"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "resource-explorer-2">;
/** Any resource-explorer-2 action. */
export type Action = ActionOf<typeof actionFacts, "resource-explorer-2">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "resource-explorer-2">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "resource-explorer-2" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every resource-explorer-2 action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the tag keys that are passed in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by the tag keyss attached to the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the tag keys that are passed in the request. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access by the actual operation that is being invoked, available values: Search, ListResources. */
  "resource-explorer-2:Operation": "String";
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by the tag keys that are passed in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by the tag keyss attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the tag keys that are passed in the request",
  "resource-explorer-2:Operation":
    "|,String|0||Filters access by the actual operation that is being invoked, available values: Search, ListResources",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "resource-explorer-2",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
