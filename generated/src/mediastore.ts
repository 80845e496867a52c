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
export const prefix: "mediastore" = "mediastore";
/** The service's name in the reference. */
export const serviceName: "AWS Elemental MediaStore" = "AWS Elemental MediaStore";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Elemental MediaStore",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awselementalmediastore.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to create a container. Access level: Write. https://docs.aws.amazon.com/mediastore/latest/apireference/API_CreateContainer.html */
  CreateContainer: "W||||0,2|mediastore:TagResource|;",
  /** Grants permission to delete a container. Access level: Write. Resources: container*. https://docs.aws.amazon.com/mediastore/latest/apireference/API_DeleteContainer.html */
  DeleteContainer: "W|||0;1;|||;",
  /** Grants permission to delete the access policy of a container. Access level: Permissions management. Resources: container*. https://docs.aws.amazon.com/mediastore/latest/apireference/API_DeleteContainerPolicy.html */
  DeleteContainerPolicy: "P|||0;1;|||;",
  /** Grants permission to delete the CORS policy from a container. Access level: Write. Resources: container*. https://docs.aws.amazon.com/mediastore/latest/apireference/API_DeleteCorsPolicy.html */
  DeleteCorsPolicy: "W|||0;1;|||;",
  /** Grants permission to delete the lifecycle policy from a container. Access level: Write. Resources: container*. https://docs.aws.amazon.com/mediastore/latest/apireference/API_DeleteLifecyclePolicy.html */
  DeleteLifecyclePolicy: "W|||0;1;|||;",
  /** Grants permission to delete the metric policy from a container. Access level: Write. Resources: container*. https://docs.aws.amazon.com/mediastore/latest/apireference/API_DeleteMetricPolicy.html */
  DeleteMetricPolicy: "W|||0;1;|||;",
  /** Grants permission to delete an object. Access level: Write. Resources: object*. https://docs.aws.amazon.com/mediastore/latest/apireference/API_objstore_DeleteObject.html */
  DeleteObject: "W|||2;1;|||;",
  /** Grants permission to retrieve details on a container. Access level: List. Resources: container*. https://docs.aws.amazon.com/mediastore/latest/apireference/API_DescribeContainer.html */
  DescribeContainer: "L|||0;1;|||;",
  /** Grants permission to retrieve metadata for an object. Access level: List. Resources: object*. https://docs.aws.amazon.com/mediastore/latest/apireference/API_objstore_DescribeObject.html */
  DescribeObject: "L|||2;1;|||;",
  /** Grants permission to retrieve the access policy of a container. Access level: Read. Resources: container*. https://docs.aws.amazon.com/mediastore/latest/apireference/API_GetContainerPolicy.html */
  GetContainerPolicy: "R|||0;1;|||;",
  /** Grants permission to retrieve the CORS policy of a container. Access level: Read. Resources: container*. https://docs.aws.amazon.com/mediastore/latest/apireference/API_GetCorsPolicy.html */
  GetCorsPolicy: "R|||0;1;|||;",
  /** Grants permission to retrieve the lifecycle policy that is assigned to a container. Access level: Read. Resources: container*. https://docs.aws.amazon.com/mediastore/latest/apireference/API_GetLifecyclePolicy.html */
  GetLifecyclePolicy: "R|||0;1;|||;",
  /** Grants permission to retrieve the metric policy that is assigned to a container. Access level: Read. Resources: container*. https://docs.aws.amazon.com/mediastore/latest/apireference/API_GetMetricPolicy.html */
  GetMetricPolicy: "R|||0;1;|||;",
  /** Grants permission to retrieve an object. Access level: Read. Resources: object*. https://docs.aws.amazon.com/mediastore/latest/apireference/API_objstore_GetObject.html */
  GetObject: "R|||2;1;|||;",
  /** Grants permission to retrieve a list of containers in the current account. Access level: List. https://docs.aws.amazon.com/mediastore/latest/apireference/API_ListContainers.html */
  ListContainers: "L||||||;",
  /** Grants permission to retrieve a list of objects and subfolders that are stored in a folder. Access level: List. Resources: folder. https://docs.aws.amazon.com/mediastore/latest/apireference/API_objstore_ListItems.html */
  ListItems: "L|||1;0;|||;",
  /** Grants permission to list tags on a container. Access level: Read. Resources: container. https://docs.aws.amazon.com/mediastore/latest/apireference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;|||;",
  /** Grants permission to create or replace the access policy of a container. Access level: Permissions management. Resources: container*. https://docs.aws.amazon.com/mediastore/latest/apireference/API_PutContainerPolicy.html */
  PutContainerPolicy: "P|||0;1;|||;",
  /** Grants permission to add or modify the CORS policy of a container. Access level: Write. Resources: container*. https://docs.aws.amazon.com/mediastore/latest/apireference/API_PutCorsPolicy.html */
  PutCorsPolicy: "W|||0;1;|||;",
  /** Grants permission to add or modify the lifecycle policy that is assigned to a container. Access level: Write. Resources: container*. https://docs.aws.amazon.com/mediastore/latest/apireference/API_PutLifecyclePolicy.html */
  PutLifecyclePolicy: "W|||0;1;|||;",
  /** Grants permission to add or modify the metric policy that is assigned to a container. Access level: Write. Resources: container*. https://docs.aws.amazon.com/mediastore/latest/apireference/API_PutMetricPolicy.html */
  PutMetricPolicy: "W|||0;1;|||;",
  /** Grants permission to upload an object. Access level: Write. Resources: object*. https://docs.aws.amazon.com/mediastore/latest/apireference/API_objstore_PutObject.html */
  PutObject: "W|||2;1;|||;",
  /** Grants permission to start access logging on a container. Access level: Write. Resources: container*. https://docs.aws.amazon.com/mediastore/latest/apireference/API_StartAccessLogging.html */
  StartAccessLogging: "W|||0;1;||iam:PassRole|;",
  /** Grants permission to stop access logging on a container. Access level: Write. Resources: container*. https://docs.aws.amazon.com/mediastore/latest/apireference/API_StopAccessLogging.html */
  StopAccessLogging: "W|||0;1;|||;",
  /** Grants permission to add tags to a container. Access level: Tagging. Resources: container. https://docs.aws.amazon.com/mediastore/latest/apireference/API_TagResource.html */
  TagResource: "T|||0;0;|0,2||CreateContainer,;",
  /** Grants permission to remove tags from a container. Access level: Tagging. Resources: container. https://docs.aws.amazon.com/mediastore/latest/apireference/API_UntagResource.html */
  UntagResource: "T|||0;0;|2||;",
} as const;
const actionDetails = {
  CreateContainer: "|,;~~~|Grants permission to create a container",
  DeleteContainer: "|,;~~~|Grants permission to delete a container",
  DeleteContainerPolicy: "|,;~~~|Grants permission to delete the access policy of a container",
  DeleteCorsPolicy: "|,;~~~|Grants permission to delete the CORS policy from a container",
  DeleteLifecyclePolicy: "|,;~~~|Grants permission to delete the lifecycle policy from a container",
  DeleteMetricPolicy: "|,;~~~|Grants permission to delete the metric policy from a container",
  DeleteObject: "|,;~~mediastore-data~|Grants permission to delete an object",
  DescribeContainer: "|,;~~~|Grants permission to retrieve details on a container",
  DescribeObject: "|,;~~mediastore-data~|Grants permission to retrieve metadata for an object",
  GetContainerPolicy: "|,;~~~|Grants permission to retrieve the access policy of a container",
  GetCorsPolicy: "|,;~~~|Grants permission to retrieve the CORS policy of a container",
  GetLifecyclePolicy: "|,;~~~|Grants permission to retrieve the lifecycle policy that is assigned to a container",
  GetMetricPolicy: "|,;~~~|Grants permission to retrieve the metric policy that is assigned to a container",
  GetObject: "|,;~~mediastore-data~|Grants permission to retrieve an object",
  ListContainers: "|,;~~~|Grants permission to retrieve a list of containers in the current account",
  ListItems:
    "|,;~~mediastore-data~|Grants permission to retrieve a list of objects and subfolders that are stored in a folder",
  ListTagsForResource: "|,;~~~|Grants permission to list tags on a container",
  PutContainerPolicy: "|,;~~~|Grants permission to create or replace the access policy of a container",
  PutCorsPolicy: "|,;~~~|Grants permission to add or modify the CORS policy of a container",
  PutLifecyclePolicy: "|,;~~~|Grants permission to add or modify the lifecycle policy that is assigned to a container",
  PutMetricPolicy: "|,;~~~|Grants permission to add or modify the metric policy that is assigned to a container",
  PutObject: "|,;~~mediastore-data~|Grants permission to upload an object",
  StartAccessLogging: "|,;~~~|Grants permission to start access logging on a container",
  StopAccessLogging: "|,;~~~|Grants permission to stop access logging on a container",
  TagResource: "|,;~~~,~~|Grants permission to add tags to a container",
  UntagResource: "|,;~~~|Grants permission to remove tags from a container",
};
const resourceTypeFacts = {
  /** The container resource type: arn:${Partition}:mediastore:${Region}:${Account}:container/${ContainerName} */
  container: "|,|1",
  /** The folder resource type: arn:${Partition}:mediastore:${Region}:${Account}:container/${ContainerName}/${FolderPath} */
  folder: "|,|",
  /** The object resource type: arn:${Partition}:mediastore:${Region}:${Account}:container/${ContainerName}/${ObjectPath} */
  object: "|,|",
} as const;
const arnFormats = {
  /** ARN of a container resource: arn:${Partition}:mediastore:${Region}:${Account}:container/${ContainerName}. */
  container: "|,container|arn:|Partition|:mediastore:|Region|:|Account|:container/|ContainerName|",
  /** ARN of a folder resource: arn:${Partition}:mediastore:${Region}:${Account}:container/${ContainerName}/${FolderPath}. */
  folder: "|,folder|arn:|Partition|:mediastore:|Region|:|Account|:container/|ContainerName|/|FolderPath|",
  /** ARN of a object resource: arn:${Partition}:mediastore:${Region}:${Account}:container/${ContainerName}/${ObjectPath}. */
  object: "|,object|arn:|Partition|:mediastore:|Region|:|Account|:container/|ContainerName|/|ObjectPath|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["container", "folder", "object"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "mediastore">;
/** Any mediastore action. */
export type Action = ActionOf<typeof actionFacts, "mediastore">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "mediastore">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "mediastore" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every mediastore action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "mediastore",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
