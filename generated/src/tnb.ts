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
export const prefix: "tnb" = "tnb";
/** The service's name in the reference. */
export const serviceName: "AWS Telco Network Builder" = "AWS Telco Network Builder";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Telco Network Builder",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awstelconetworkbuilder.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["tnb:TagResource"] as const;
const actionFacts = {
  /** Grants permission to cancel a network operation. Access level: Write. Resources: network-operation*. https://docs.aws.amazon.com/tnb/latest/APIReference/API_CancelSolNetworkOperation.html */
  CancelSolNetworkOperation: "W|||3;1;|||;",
  /** Grants permission to create a function package. Access level: Write. Resources: function-package*. https://docs.aws.amazon.com/tnb/latest/APIReference/API_CreateSolFunctionPackage.html */
  CreateSolFunctionPackage: "W|||1;1;|0,2|0|;",
  /** Grants permission to create a network instance. Access level: Write. Resources: network-instance*, network-package*. https://docs.aws.amazon.com/tnb/latest/APIReference/API_CreateSolNetworkInstance.html */
  CreateSolNetworkInstance: "W|||2;1;,4;1;|0,2|0|;",
  /** Grants permission to create a network package. Access level: Write. Resources: network-package*. https://docs.aws.amazon.com/tnb/latest/APIReference/API_CreateSolNetworkPackage.html */
  CreateSolNetworkPackage: "W|||4;1;|0,2|0|;",
  /** Grants permission to delete a function package. Access level: Write. Resources: function-package*. https://docs.aws.amazon.com/tnb/latest/APIReference/API_DeleteSolFunctionPackage.html */
  DeleteSolFunctionPackage: "W|||1;1;|||;",
  /** Grants permission to delete a network instance. Access level: Write. Resources: network-instance*. https://docs.aws.amazon.com/tnb/latest/APIReference/API_DeleteSolNetworkInstance.html */
  DeleteSolNetworkInstance: "W|||2;1;|||;",
  /** Grants permission to delete a network package. Access level: Write. Resources: network-package*. https://docs.aws.amazon.com/tnb/latest/APIReference/API_DeleteSolNetworkPackage.html */
  DeleteSolNetworkPackage: "W|||4;1;|||;",
  /** Grants permission to get a function instance. Access level: Read. Resources: function-instance*. https://docs.aws.amazon.com/tnb/latest/APIReference/API_GetSolFunctionInstance.html */
  GetSolFunctionInstance: "R|||0;1;|1||;",
  /** Grants permission to get a function package. Access level: Read. Resources: function-package*. https://docs.aws.amazon.com/tnb/latest/APIReference/API_GetSolFunctionPackage.html */
  GetSolFunctionPackage: "R|||1;1;|1||;",
  /** Grants permission to get a function package contents. Access level: Read. Resources: function-package*. https://docs.aws.amazon.com/tnb/latest/APIReference/API_GetSolFunctionPackageContent.html */
  GetSolFunctionPackageContent: "R|||1;1;|1||;",
  /** Grants permission to get a function package descriptor. Access level: Read. Resources: function-package*. https://docs.aws.amazon.com/tnb/latest/APIReference/API_GetSolFunctionPackageDescriptor.html */
  GetSolFunctionPackageDescriptor: "R|||1;1;|1||;",
  /** Grants permission to get a network instance. Access level: Read. Resources: network-instance*. https://docs.aws.amazon.com/tnb/latest/APIReference/API_GetSolNetworkInstance.html */
  GetSolNetworkInstance: "R|||2;1;|1||;",
  /** Grants permission to get a network operation. Access level: Read. Resources: network-operation*. https://docs.aws.amazon.com/tnb/latest/APIReference/API_GetSolNetworkOperation.html */
  GetSolNetworkOperation: "R|||3;1;|1||;",
  /** Grants permission to get a network package. Access level: Read. Resources: network-package*. https://docs.aws.amazon.com/tnb/latest/APIReference/API_GetSolNetworkPackage.html */
  GetSolNetworkPackage: "R|||4;1;|1||;",
  /** Grants permission to get a network package contents. Access level: Read. Resources: network-package*. https://docs.aws.amazon.com/tnb/latest/APIReference/API_GetSolNetworkPackageContent.html */
  GetSolNetworkPackageContent: "R|||4;1;|1||;",
  /** Grants permission to get a network package descriptor. Access level: Read. Resources: network-package*. https://docs.aws.amazon.com/tnb/latest/APIReference/API_GetSolNetworkPackageDescriptor.html */
  GetSolNetworkPackageDescriptor: "R|||4;1;|1||;",
  /** Grants permission to instantiate a network instance. Access level: Write. Resources: network-instance*. https://docs.aws.amazon.com/tnb/latest/APIReference/API_InstantiateSolNetworkInstance.html */
  InstantiateSolNetworkInstance: "W|||2;1;|0,2|0|;",
  /** Grants permission to list function instances. Access level: List. Resources: function-instance*. https://docs.aws.amazon.com/tnb/latest/APIReference/API_ListSolFunctionInstances.html */
  ListSolFunctionInstances: "L|||0;1;|1||;",
  /** Grants permission to list function packages. Access level: List. Resources: function-package*. https://docs.aws.amazon.com/tnb/latest/APIReference/API_ListSolFunctionPackages.html */
  ListSolFunctionPackages: "L|||1;1;|1||;",
  /** Grants permission to list network instances. Access level: List. Resources: network-instance*. https://docs.aws.amazon.com/tnb/latest/APIReference/API_ListSolNetworkInstances.html */
  ListSolNetworkInstances: "L|||2;1;|1||;",
  /** Grants permission to list network operations. Access level: List. Resources: network-operation*. https://docs.aws.amazon.com/tnb/latest/APIReference/API_ListSolNetworkOperations.html */
  ListSolNetworkOperations: "L|||3;1;|1||;",
  /** Grants permission to list network packages. Access level: List. Resources: network-package*. https://docs.aws.amazon.com/tnb/latest/APIReference/API_ListSolNetworkPackages.html */
  ListSolNetworkPackages: "L|||4;1;|1||;",
  /** Grants permission to return a list of tags for a resource. Access level: List. https://docs.aws.amazon.com/tnb/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "L||||||;",
  /** Grants permission to upload function package content. Access level: Write. Resources: function-package*. https://docs.aws.amazon.com/tnb/latest/APIReference/API_PutSolFunctionPackageContent.html */
  PutSolFunctionPackageContent: "W|||1;1;|||;",
  /** Grants permission to upload network package content. Access level: Write. Resources: network-package*. https://docs.aws.amazon.com/tnb/latest/APIReference/API_PutSolNetworkPackageContent.html */
  PutSolNetworkPackageContent: "W|||4;1;|||;",
  /** Grants permission to add tags to the specified resource. Access level: Tagging. Resources: function-instance, function-package, network-instance, network-operation, network-package. https://docs.aws.amazon.com/tnb/latest/APIReference/API_TagResource.html */
  TagResource:
    "T|||0;0;,1;0;,2;0;,3;0;,4;0;|0,2||CreateSolFunctionPackage,CreateSolNetworkInstance,CreateSolNetworkPackage,InstantiateSolNetworkInstance,;,TerminateSolNetworkInstance,UpdateSolNetworkInstance",
  /** Grants permission to terminate a network instance. Access level: Write. Resources: network-instance*. https://docs.aws.amazon.com/tnb/latest/APIReference/API_TerminateSolNetworkInstance.html */
  TerminateSolNetworkInstance: "W|||2;1;|0,2|0|;",
  /** Grants permission to remove tags from the specified resource. Access level: Tagging. Resources: function-instance, function-package, network-instance, network-operation, network-package. https://docs.aws.amazon.com/tnb/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,3;0;,4;0;|2||;",
  /** Grants permission to update a function package. Access level: Write. Resources: function-package*. https://docs.aws.amazon.com/tnb/latest/APIReference/API_UpdateSolFunctionPackage.html */
  UpdateSolFunctionPackage: "W|||1;1;|||;",
  /** Grants permission to update a network instance. Access level: Write. Resources: function-instance*, network-instance*. https://docs.aws.amazon.com/tnb/latest/APIReference/API_UpdateSolNetworkInstance.html */
  UpdateSolNetworkInstance: "W|||0;1;,2;1;|0,2|0|;",
  /** Grants permission to update a network package. Access level: Write. Resources: network-package*. https://docs.aws.amazon.com/tnb/latest/APIReference/API_UpdateSolNetworkPackage.html */
  UpdateSolNetworkPackage: "W|||4;1;|||;",
  /** Grants permission to validate function package content. Access level: Write. Resources: function-package*. https://docs.aws.amazon.com/tnb/latest/APIReference/API_ValidateSolFunctionPackageContent.html */
  ValidateSolFunctionPackageContent: "W|||1;1;|||;",
  /** Grants permission to validate network package content. Access level: Write. Resources: network-package*. https://docs.aws.amazon.com/tnb/latest/APIReference/API_ValidateSolNetworkPackageContent.html */
  ValidateSolNetworkPackageContent: "W|||4;1;|||;",
} as const;
const actionDetails = {
  CancelSolNetworkOperation: "|,;~~~|Grants permission to cancel a network operation",
  CreateSolFunctionPackage: "|,;~~~|Grants permission to create a function package",
  CreateSolNetworkInstance: "|,;~~~|Grants permission to create a network instance",
  CreateSolNetworkPackage: "|,;~~~|Grants permission to create a network package",
  DeleteSolFunctionPackage: "|,;~~~|Grants permission to delete a function package",
  DeleteSolNetworkInstance: "|,;~~~|Grants permission to delete a network instance",
  DeleteSolNetworkPackage: "|,;~~~|Grants permission to delete a network package",
  GetSolFunctionInstance: "|,;~~~|Grants permission to get a function instance",
  GetSolFunctionPackage: "|,;~~~|Grants permission to get a function package",
  GetSolFunctionPackageContent: "|,;~~~|Grants permission to get a function package contents",
  GetSolFunctionPackageDescriptor: "|,;~~~|Grants permission to get a function package descriptor",
  GetSolNetworkInstance: "|,;~~~|Grants permission to get a network instance",
  GetSolNetworkOperation: "|,;~~~|Grants permission to get a network operation",
  GetSolNetworkPackage: "|,;~~~|Grants permission to get a network package",
  GetSolNetworkPackageContent: "|,;~~~|Grants permission to get a network package contents",
  GetSolNetworkPackageDescriptor: "|,;~~~|Grants permission to get a network package descriptor",
  InstantiateSolNetworkInstance: "|,;~~~|Grants permission to instantiate a network instance",
  ListSolFunctionInstances: "|,;~~~|Grants permission to list function instances",
  ListSolFunctionPackages: "|,;~~~|Grants permission to list function packages",
  ListSolNetworkInstances: "|,;~~~|Grants permission to list network instances",
  ListSolNetworkOperations: "|,;~~~|Grants permission to list network operations",
  ListSolNetworkPackages: "|,;~~~|Grants permission to list network packages",
  ListTagsForResource: "|,;~~~|Grants permission to return a list of tags for a resource",
  PutSolFunctionPackageContent: "|,;~~~|Grants permission to upload function package content",
  PutSolNetworkPackageContent: "|,;~~~|Grants permission to upload network package content",
  TagResource: "|,;~~~,~~,~~,~~,~~,~~,~~|Grants permission to add tags to the specified resource",
  TerminateSolNetworkInstance: "|,;~~~|Grants permission to terminate a network instance",
  UntagResource: "|,;~~~|Grants permission to remove tags from the specified resource",
  UpdateSolFunctionPackage: "|,;~~~|Grants permission to update a function package",
  UpdateSolNetworkInstance: "|,;~~~|Grants permission to update a network instance",
  UpdateSolNetworkPackage: "|,;~~~|Grants permission to update a network package",
  ValidateSolFunctionPackageContent: "|,;~~~|Grants permission to validate function package content",
  ValidateSolNetworkPackageContent: "|,;~~~|Grants permission to validate network package content",
};
const resourceTypeFacts = {
  /** The function-instance resource type: arn:${Partition}:tnb:${Region}:${Account}:function-instance/${FunctionInstanceId} */
  "function-instance": "|,functionInstance|1",
  /** The function-package resource type: arn:${Partition}:tnb:${Region}:${Account}:function-package/${FunctionPackageId} */
  "function-package": "|,functionPackage|1",
  /** The network-instance resource type: arn:${Partition}:tnb:${Region}:${Account}:network-instance/${NetworkInstanceId} */
  "network-instance": "|,networkInstance|1",
  /** The network-operation resource type: arn:${Partition}:tnb:${Region}:${Account}:network-operation/${NetworkOperationId} */
  "network-operation": "|,networkOperation|1",
  /** The network-package resource type: arn:${Partition}:tnb:${Region}:${Account}:network-package/${NetworkPackageId} */
  "network-package": "|,networkPackage|1",
} as const;
const arnFormats = {
  /** ARN of a function-instance resource: arn:${Partition}:tnb:${Region}:${Account}:function-instance/${FunctionInstanceId}. */
  functionInstance: "|,function-instance|arn:|Partition|:tnb:|Region|:|Account|:function-instance/|FunctionInstanceId|",
  /** ARN of a function-package resource: arn:${Partition}:tnb:${Region}:${Account}:function-package/${FunctionPackageId}. */
  functionPackage: "|,function-package|arn:|Partition|:tnb:|Region|:|Account|:function-package/|FunctionPackageId|",
  /** ARN of a network-instance resource: arn:${Partition}:tnb:${Region}:${Account}:network-instance/${NetworkInstanceId}. */
  networkInstance: "|,network-instance|arn:|Partition|:tnb:|Region|:|Account|:network-instance/|NetworkInstanceId|",
  /** ARN of a network-operation resource: arn:${Partition}:tnb:${Region}:${Account}:network-operation/${NetworkOperationId}. */
  networkOperation: "|,network-operation|arn:|Partition|:tnb:|Region|:|Account|:network-operation/|NetworkOperationId|",
  /** ARN of a network-package resource: arn:${Partition}:tnb:${Region}:${Account}:network-package/${NetworkPackageId}. */
  networkPackage: "|,network-package|arn:|Partition|:tnb:|Region|:|Account|:network-package/|NetworkPackageId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "function-instance",
  "function-package",
  "network-instance",
  "network-operation",
  "network-package",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "tnb">;
/** Any tnb action. */
export type Action = ActionOf<typeof actionFacts, "tnb">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "tnb">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "tnb" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every tnb action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by checking the presence of tag key-value pairs in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by checking tag key-value pairs attached to the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by presence of tag keys in the request. */
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
  "aws:RequestTag/${TagKey}":
    "|,String|0||Filters access by checking the presence of tag key-value pairs in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by checking tag key-value pairs attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by presence of tag keys in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "tnb",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
