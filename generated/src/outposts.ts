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
export const prefix: "outposts" = "outposts";
/** The service's name in the reference. */
export const serviceName: "AWS Outposts" = "AWS Outposts";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Outposts",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsoutposts.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["outposts:TagResource"] as const;
const actionFacts = {
  /** Grants permission to cancel a capacity task. Access level: Write. Resources: outpost*. https://docs.aws.amazon.com/outposts/latest/APIReference/API_CancelCapacityTask.html */
  CancelCapacityTask: "W|||0;1;|||;",
  /** Grants permission to cancel an order. Access level: Write. https://docs.aws.amazon.com/outposts/latest/APIReference/API_CancelOrder.html */
  CancelOrder: "W||||||;",
  /** Grants permission to create an order. Access level: Write. Resources: outpost*. https://docs.aws.amazon.com/outposts/latest/APIReference/API_CreateOrder.html */
  CreateOrder: "W|||0;1;|||;",
  /** Grants permission to create an Outpost. Access level: Write. Resources: site*. https://docs.aws.amazon.com/outposts/latest/APIReference/API_CreateOutpost.html */
  CreateOutpost: "W|||1;1;|0,1,2|0|;",
  /** Grants permission to create a private connectivity configuration. Access level: Write. Resources: outpost*. https://docs.aws.amazon.com/outposts/latest/userguide/how-outposts-works.html#private-connectivity */
  CreatePrivateConnectivityConfig: "W|||0;1;|||",
  /** Grants permission to create a site. Access level: Write. https://docs.aws.amazon.com/outposts/latest/APIReference/API_CreateSite.html */
  CreateSite: "W||||0,1,2|0|;",
  /** Grants permission to delete an Outpost. Access level: Write. Resources: outpost*. https://docs.aws.amazon.com/outposts/latest/APIReference/API_DeleteOutpost.html */
  DeleteOutpost: "W|||0;1;|||;",
  /** Grants permission to delete a site. Access level: Write. Resources: site*. https://docs.aws.amazon.com/outposts/latest/APIReference/API_DeleteSite.html */
  DeleteSite: "W|||1;1;|||;",
  /** Grants permission to get information about the specified capacity task. Access level: Read. Resources: outpost*. https://docs.aws.amazon.com/outposts/latest/APIReference/API_GetCapacityTask.html */
  GetCapacityTask: "R|||0;1;|||;",
  /** Grants permission to get a catalog item. Access level: Read. https://docs.aws.amazon.com/outposts/latest/APIReference/API_GetCatalogItem.html */
  GetCatalogItem: "R||||||;",
  /** Grants permission to get information about the connection for your Outpost server. Access level: Read. https://docs.aws.amazon.com/outposts/latest/APIReference/API_GetConnection.html */
  GetConnection: "R||||||;",
  /** Grants permission to get information about an order. Access level: Read. https://docs.aws.amazon.com/outposts/latest/APIReference/API_GetOrder.html */
  GetOrder: "R||||||;",
  /** Grants permission to get information about the specified Outpost. Access level: Read. Resources: outpost*. https://docs.aws.amazon.com/outposts/latest/APIReference/API_GetOutpost.html */
  GetOutpost: "R|||0;1;|||;",
  /** Grants permission to get Outpost billing information for the specified Outpost. Access level: Read. Resources: outpost*. https://docs.aws.amazon.com/outposts/latest/APIReference/API_GetOutpostBillingInformation.html */
  GetOutpostBillingInformation: "R|||0;1;|||;",
  /** Grants permission to get the instance types for the specified Outpost. Access level: Read. Resources: outpost*. https://docs.aws.amazon.com/outposts/latest/APIReference/API_GetOutpostInstanceTypes.html */
  GetOutpostInstanceTypes: "R|||0;1;|||;",
  /** Grants permission to get the supported instance types for the specified Outpost. Access level: Read. Resources: outpost*. https://docs.aws.amazon.com/outposts/latest/APIReference/API_GetOutpostSupportedInstanceTypes.html */
  GetOutpostSupportedInstanceTypes: "R|||0;1;|||;",
  /** Grants permission to get a private connectivity configuration. Access level: Read. Resources: outpost*. https://docs.aws.amazon.com/outposts/latest/userguide/how-outposts-works.html#private-connectivity */
  GetPrivateConnectivityConfig: "R|||0;1;|||",
  /** Grants permission to get a site. Access level: Read. Resources: site*. https://docs.aws.amazon.com/outposts/latest/APIReference/API_GetSite.html */
  GetSite: "R|||1;1;|||;",
  /** Grants permission to get a site address. Access level: Read. Resources: site*. https://docs.aws.amazon.com/outposts/latest/APIReference/API_GetSiteAddress.html */
  GetSiteAddress: "R|||1;1;|||;",
  /** Grants permission to list all running instances for the specified Outpost. Access level: List. Resources: outpost*. https://docs.aws.amazon.com/outposts/latest/APIReference/API_ListAssetInstances.html */
  ListAssetInstances: "L|||0;1;|||;",
  /** Grants permission to list the assets for your Outpost. Access level: List. Resources: outpost*. https://docs.aws.amazon.com/outposts/latest/APIReference/API_ListAssets.html */
  ListAssets: "L|||0;1;|||;",
  /** Grants permission to list all running instances that are blocking the capacity task from running for the specified Outpost. Access level: List. Resources: outpost*. https://docs.aws.amazon.com/outposts/latest/APIReference/API_ListBlockingInstancesForCapacityTask.html */
  ListBlockingInstancesForCapacityTask: "L|||0;1;|||;",
  /** Grants permission to list the capacity tasks for your AWS account. Access level: List. https://docs.aws.amazon.com/outposts/latest/APIReference/API_ListCapacityTasks.html */
  ListCapacityTasks: "L||||||;",
  /** Grants permission to list all catalog items. Access level: List. https://docs.aws.amazon.com/outposts/latest/APIReference/API_ListCatalogItems.html */
  ListCatalogItems: "L||||||;",
  /** Grants permission to list the orders for your AWS account. Access level: List. https://docs.aws.amazon.com/outposts/latest/APIReference/API_ListOrders.html */
  ListOrders: "L||||||;",
  /** Grants permission to list the Outposts for your AWS account. Access level: List. https://docs.aws.amazon.com/outposts/latest/APIReference/API_ListOutposts.html */
  ListOutposts: "L||||||;",
  /** Grants permission to list the sites for your AWS account. Access level: List. https://docs.aws.amazon.com/outposts/latest/APIReference/API_ListSites.html */
  ListSites: "L||||||;",
  /** Grants permission to list tags for a resource. Access level: Read. https://docs.aws.amazon.com/outposts/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R||||||;",
  /** Grants permission to create a capacity task. Access level: Write. Resources: outpost*. https://docs.aws.amazon.com/outposts/latest/APIReference/API_StartCapacityTask.html */
  StartCapacityTask: "W|||0;1;|||;",
  /** Grants permission to start a connection for your Outpost server. Access level: Write. https://docs.aws.amazon.com/outposts/latest/APIReference/API_StartConnection.html */
  StartConnection: "W||||||;",
  /** Grants permission to tag a resource. Access level: Tagging. Resources: outpost, site. https://docs.aws.amazon.com/outposts/latest/APIReference/API_TagResource.html */
  TagResource: "T|||0;0;,1;0;|0,2||CreateOutpost,CreateSite,;",
  /** Grants permission to untag a resource. Access level: Tagging. Resources: outpost, site. https://docs.aws.amazon.com/outposts/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;|2||;",
  /** Grants permission to update an Outpost. Access level: Write. Resources: outpost*. https://docs.aws.amazon.com/outposts/latest/APIReference/API_UpdateOutpost.html */
  UpdateOutpost: "W|||0;1;|||;",
  /** Grants permission to update a site. Access level: Write. Resources: site*. https://docs.aws.amazon.com/outposts/latest/APIReference/API_UpdateSite.html */
  UpdateSite: "W|||1;1;|||;",
  /** Grants permission to update the site address. Access level: Write. Resources: site*. https://docs.aws.amazon.com/outposts/latest/APIReference/API_UpdateSiteAddress.html */
  UpdateSiteAddress: "W|||1;1;|||;",
  /** Grants permission to update the physical properties of a rack at a site. Access level: Write. Resources: site*. https://docs.aws.amazon.com/outposts/latest/APIReference/API_UpdateSiteRackPhysicalProperties.html */
  UpdateSiteRackPhysicalProperties: "W|||1;1;|||;",
} as const;
const actionDetails = {
  CancelCapacityTask: "|,;~~~|Grants permission to cancel a capacity task",
  CancelOrder: "|,;~~~|Grants permission to cancel an order",
  CreateOrder: "|,;~~~|Grants permission to create an order",
  CreateOutpost: "|,;~~~|Grants permission to create an Outpost",
  CreatePrivateConnectivityConfig: "|,;~|Grants permission to create a private connectivity configuration",
  CreateSite: "|,;~~~|Grants permission to create a site",
  DeleteOutpost: "|,;~~~|Grants permission to delete an Outpost",
  DeleteSite: "|,;~~~|Grants permission to delete a site",
  GetCapacityTask: "|,;~~~|Grants permission to get information about the specified capacity task",
  GetCatalogItem: "|,;~~~|Grants permission to get a catalog item",
  GetConnection: "|,;~~~|Grants permission to get information about the connection for your Outpost server",
  GetOrder: "|,;~~~|Grants permission to get information about an order",
  GetOutpost: "|,;~~~|Grants permission to get information about the specified Outpost",
  GetOutpostBillingInformation: "|,;~~~|Grants permission to get Outpost billing information for the specified Outpost",
  GetOutpostInstanceTypes: "|,;~~~|Grants permission to get the instance types for the specified Outpost",
  GetOutpostSupportedInstanceTypes:
    "|,;~~~|Grants permission to get the supported instance types for the specified Outpost",
  GetPrivateConnectivityConfig: "|,;~|Grants permission to get a private connectivity configuration",
  GetSite: "|,;~~~|Grants permission to get a site",
  GetSiteAddress: "|,;~~~|Grants permission to get a site address",
  ListAssetInstances: "|,;~~~|Grants permission to list all running instances for the specified Outpost",
  ListAssets: "|,;~~~|Grants permission to list the assets for your Outpost",
  ListBlockingInstancesForCapacityTask:
    "|,;~~~|Grants permission to list all running instances that are blocking the capacity task from running for the specified Outpost",
  ListCapacityTasks: "|,;~~~|Grants permission to list the capacity tasks for your AWS account",
  ListCatalogItems: "|,;~~~|Grants permission to list all catalog items",
  ListOrders: "|,;~~~|Grants permission to list the orders for your AWS account",
  ListOutposts: "|,;~~~|Grants permission to list the Outposts for your AWS account",
  ListSites: "|,;~~~|Grants permission to list the sites for your AWS account",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for a resource",
  StartCapacityTask: "|,;~~~|Grants permission to create a capacity task",
  StartConnection: "|,;~~~|Grants permission to start a connection for your Outpost server",
  TagResource: "|,;~~~,~~,~~|Grants permission to tag a resource",
  UntagResource: "|,;~~~|Grants permission to untag a resource",
  UpdateOutpost: "|,;~~~|Grants permission to update an Outpost",
  UpdateSite: "|,;~~~|Grants permission to update a site",
  UpdateSiteAddress: "|,;~~~|Grants permission to update the site address",
  UpdateSiteRackPhysicalProperties: "|,;~~~|Grants permission to update the physical properties of a rack at a site",
};
const resourceTypeFacts = {
  /** The outpost resource type: arn:${Partition}:outposts:${Region}:${Account}:outpost/${OutpostId} */
  outpost: "|,|1",
  /** The site resource type: arn:${Partition}:outposts:${Region}:${Account}:site/${SiteId} */
  site: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a outpost resource: arn:${Partition}:outposts:${Region}:${Account}:outpost/${OutpostId}. */
  outpost: "|,outpost|arn:|Partition|:outposts:|Region|:|Account|:outpost/|OutpostId|",
  /** ARN of a site resource: arn:${Partition}:outposts:${Region}:${Account}:site/${SiteId}. */
  site: "|,site|arn:|Partition|:outposts:|Region|:|Account|:site/|SiteId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["outpost", "site"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "outposts">;
/** Any outposts action. */
export type Action = ActionOf<typeof actionFacts, "outposts">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "outposts">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "outposts" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every outposts action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "outposts",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
