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
export const prefix: "aoss" = "aoss";
/** The service's name in the reference. */
export const serviceName: "Amazon OpenSearch Serverless" = "Amazon OpenSearch Serverless";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon OpenSearch Serverless",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonopensearchserverless.html",
  },
];
const conditionKeyList = [
  "aoss:CollectionId",
  "aoss:collection",
  "aoss:collection-group",
  "aoss:index",
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
] as const;
const dependentActionList = ["aoss:TagResource"] as const;
const actionFacts = {
  /** Grant permission to all the supported Opensearch APIs. Access level: Write. Resources: Collection*. https://docs.aws.amazon.com/opensearch-service/latest/ServerlessAPIReference/API_APIAccessAll.html */
  APIAccessAll: "W|||0;1;|0,1||",
  /** Grants permission to add a serverless collection to a specified collection group. Access level: Write. Resources: CollectionGroup*. https://docs.aws.amazon.com/opensearch-service/latest/ServerlessAPIReference/API_CreateCollection.html */
  AddCollectionToCollectionGroup: "W|||1;1;|2||CreateCollection",
  /** Grants permission to get attributes for one or more collections. Access level: Read. https://docs.aws.amazon.com/opensearch-service/latest/ServerlessAPIReference/API_BatchGetCollection.html */
  BatchGetCollection: "R||||1||;",
  /** Grants permission to get attributes for one or more collection groups. Access level: Read. https://docs.aws.amazon.com/opensearch-service/latest/ServerlessAPIReference/API_BatchGetCollectionGroup.html */
  BatchGetCollectionGroup: "R||||2||;",
  /** Grants permission to get the information about a lifecycle policy applied to one or more AOSS resources. Access level: Read. https://docs.aws.amazon.com/opensearch-service/latest/ServerlessAPIReference/API_BatchGetEffectiveLifecyclePolicy.html */
  BatchGetEffectiveLifecyclePolicy: "R||||||;",
  /** Grants permission to get information about one or more lifecycle policies. Access level: Read. https://docs.aws.amazon.com/opensearch-service/latest/ServerlessAPIReference/API_BatchGetLifecyclePolicy.html */
  BatchGetLifecyclePolicy: "R||||||;",
  /** Grants permission to get attributes for one or more VPC endpoints. Access level: Read. https://docs.aws.amazon.com/opensearch-service/latest/ServerlessAPIReference/API_BatchGetVpcEndpoint.html */
  BatchGetVpcEndpoint: "R||||||;",
  /** Grants permission to create a data access policy. Access level: Write. https://docs.aws.amazon.com/opensearch-service/latest/ServerlessAPIReference/API_CreateAccessPolicy.html */
  CreateAccessPolicy: "W||||1,3||;",
  /** Grants permission to create a serverless collection. Access level: Write. https://docs.aws.amazon.com/opensearch-service/latest/ServerlessAPIReference/API_CreateCollection.html */
  CreateCollection: "W||||4,5,6|aoss:AddCollectionToCollectionGroup,0|;",
  /** Grants permission to create a serverless collection group. Access level: Write. https://docs.aws.amazon.com/opensearch-service/latest/ServerlessAPIReference/API_CreateCollectionGroup.html */
  CreateCollectionGroup: "W||||4,6|0|;",
  /** Grants permission to create an opensearch index. Access level: Write. https://docs.aws.amazon.com/opensearch-service/latest/ServerlessAPIReference/API_CreateIndex.html */
  CreateIndex: "W||||||;",
  /** Grants permission to create a lifecycle policy. Access level: Write. https://docs.aws.amazon.com/opensearch-service/latest/ServerlessAPIReference/API_CreateLifecyclePolicy.html */
  CreateLifecyclePolicy: "W||||3||;",
  /** Grants permission to create a serverless security configuration. Access level: Write. https://docs.aws.amazon.com/opensearch-service/latest/ServerlessAPIReference/API_CreateSecurityConfig.html */
  CreateSecurityConfig: "W||||||;",
  /** Grants permission to create a network or encryption policy. Access level: Write. https://docs.aws.amazon.com/opensearch-service/latest/ServerlessAPIReference/API_CreateSecurityPolicy.html */
  CreateSecurityPolicy: "W||||1||;",
  /** Grants permission to create an OpenSearch-Serverless-managed interface VPC endpoint. Access level: Write. https://docs.aws.amazon.com/opensearch-service/latest/ServerlessAPIReference/API_CreateVpcEndpoint.html */
  CreateVpcEndpoint: "W||||||;",
  /** Grants permission to Opensearch Serverless Dashboards. Access level: Write. Resources: Dashboards*. https://docs.aws.amazon.com/opensearch-service/latest/ServerlessAPIReference/API_DashboardsAccessAll.html */
  DashboardsAccessAll: "W|||2;1;|0,1||",
  /** Grants permission to delete a data access policy. Access level: Write. https://docs.aws.amazon.com/opensearch-service/latest/ServerlessAPIReference/API_DeleteAccessPolicy.html */
  DeleteAccessPolicy: "W||||1,3||;",
  /** Grants permission to delete a serverless collection. Access level: Write. Resources: Collection*. https://docs.aws.amazon.com/opensearch-service/latest/ServerlessAPIReference/API_DeleteCollection.html */
  DeleteCollection: "W|||0;1;|||;",
  /** Grants permission to delete a serverless collection group. Access level: Write. Resources: CollectionGroup*. https://docs.aws.amazon.com/opensearch-service/latest/ServerlessAPIReference/API_DeleteCollectionGroup.html */
  DeleteCollectionGroup: "W|||1;1;|||;",
  /** Grants permission to delete an opensearch index. Access level: Write. https://docs.aws.amazon.com/opensearch-service/latest/ServerlessAPIReference/API_DeleteIndex.html */
  DeleteIndex: "W||||||;",
  /** Grants permission to delete a lifecycle policy. Access level: Write. https://docs.aws.amazon.com/opensearch-service/latest/ServerlessAPIReference/API_DeleteLifecyclePolicy.html */
  DeleteLifecyclePolicy: "W||||3||;",
  /** Grants permission to delete a security configuration. Access level: Write. https://docs.aws.amazon.com/opensearch-service/latest/ServerlessAPIReference/API_DeleteSecurityConfig.html */
  DeleteSecurityConfig: "W||||||;",
  /** Grants permission to delete a security policy. Access level: Write. https://docs.aws.amazon.com/opensearch-service/latest/ServerlessAPIReference/API_DeleteSecurityPolicy.html */
  DeleteSecurityPolicy: "W||||1||;",
  /** Grants permission to delete an OpenSearch Serverless-managed interface VPC endpoint. Access level: Write. https://docs.aws.amazon.com/opensearch-service/latest/ServerlessAPIReference/API_DeleteVpcEndpoint.html */
  DeleteVpcEndpoint: "W||||||;",
  /** Grants permission to get information about a data access policy. Access level: Read. https://docs.aws.amazon.com/opensearch-service/latest/ServerlessAPIReference/API_GetAccessPolicy.html */
  GetAccessPolicy: "R||||1,3||;",
  /** Grants permission to get account settings, including capacity settings. Access level: Read. https://docs.aws.amazon.com/opensearch-service/latest/ServerlessAPIReference/API_GetAccountSettings.html */
  GetAccountSettings: "R||||||;",
  /** Grants permission to get an opensearch index. Access level: Read. https://docs.aws.amazon.com/opensearch-service/latest/ServerlessAPIReference/API_GetIndex.html */
  GetIndex: "R||||||;",
  /** Grants permission to get statistis about the security policies in your account. Access level: Read. https://docs.aws.amazon.com/opensearch-service/latest/ServerlessAPIReference/API_GetPoliciesStats.html */
  GetPoliciesStats: "R||||||;",
  /** Grants permission to get information about a serverless security configuration. Access level: Read. https://docs.aws.amazon.com/opensearch-service/latest/ServerlessAPIReference/API_GetSecurityConfig.html */
  GetSecurityConfig: "R||||||;",
  /** Grants permission to get information about a security policy. Access level: Read. https://docs.aws.amazon.com/opensearch-service/latest/ServerlessAPIReference/API_GetSecurityPolicy.html */
  GetSecurityPolicy: "R||||1||;",
  /** Grants permission to list data access policies. Access level: List. https://docs.aws.amazon.com/opensearch-service/latest/ServerlessAPIReference/API_ListAccessPolicies.html */
  ListAccessPolicies: "L||||||;",
  /** Grants permission to list collection groups. Access level: List. https://docs.aws.amazon.com/opensearch-service/latest/ServerlessAPIReference/API_ListCollectionGroups.html */
  ListCollectionGroups: "L||||||;",
  /** Grants permission to list collections. Access level: List. https://docs.aws.amazon.com/opensearch-service/latest/ServerlessAPIReference/API_ListCollections.html */
  ListCollections: "L||||||;",
  /** Grants permission to list lifecycle policies. Access level: List. https://docs.aws.amazon.com/opensearch-service/latest/ServerlessAPIReference/API_ListLifecyclePolicies.html */
  ListLifecyclePolicies: "L||||||;",
  /** Grants permission to list security configurations. Access level: List. https://docs.aws.amazon.com/opensearch-service/latest/ServerlessAPIReference/API_ListSecurityConfigs.html */
  ListSecurityConfigs: "L||||||;",
  /** Grants permission to list security policies. Access level: List. https://docs.aws.amazon.com/opensearch-service/latest/ServerlessAPIReference/API_ListSecurityPolicies.html */
  ListSecurityPolicies: "L||||||;",
  /** Grants permission to list tags for a collection. Access level: List. https://docs.aws.amazon.com/opensearch-service/latest/ServerlessAPIReference/API_ListTagsForResource.html */
  ListTagsForResource: "L||||||;",
  /** Grants permission to list OpenSearch Serverless-managed VPC endpoints. Access level: List. https://docs.aws.amazon.com/opensearch-service/latest/ServerlessAPIReference/API_ListVpcEndpoints.html */
  ListVpcEndpoints: "L||||||;",
  /** Grants permission to tag a serverless collection. Access level: Write. https://docs.aws.amazon.com/opensearch-service/latest/ServerlessAPIReference/API_TagResource.html */
  TagResource: "W||||4,5,6||CreateCollection,CreateCollectionGroup,;",
  /** Grants permission to remove tags from a collection. Access level: Write. https://docs.aws.amazon.com/opensearch-service/latest/ServerlessAPIReference/API_UntagResource.html */
  UntagResource: "W||||6||;",
  /** Grants permission to update a data access policy. Access level: Write. https://docs.aws.amazon.com/opensearch-service/latest/ServerlessAPIReference/API_UpdateAccessPolicy.html */
  UpdateAccessPolicy: "W||||1,3||;",
  /** Grants permission to update account settings, including capacity settings. Access level: Write. https://docs.aws.amazon.com/opensearch-service/latest/ServerlessAPIReference/API_UpdateAccountSettings.html */
  UpdateAccountSettings: "W||||||;",
  /** Grants permission to update a collection. Access level: Write. Resources: Collection*. https://docs.aws.amazon.com/opensearch-service/latest/ServerlessAPIReference/API_UpdateCollection.html */
  UpdateCollection: "W|||0;1;|||;",
  /** Grants permission to update a collection group. Access level: Write. Resources: CollectionGroup*. https://docs.aws.amazon.com/opensearch-service/latest/ServerlessAPIReference/API_UpdateCollectionGroup.html */
  UpdateCollectionGroup: "W|||1;1;|||;",
  /** Grants permission to update an opensearch index. Access level: Write. https://docs.aws.amazon.com/opensearch-service/latest/ServerlessAPIReference/API_UpdateIndex.html */
  UpdateIndex: "W||||||;",
  /** Grants permission to update a lifecycle policy. Access level: Write. https://docs.aws.amazon.com/opensearch-service/latest/ServerlessAPIReference/API_UpdateLifecyclePolicy.html */
  UpdateLifecyclePolicy: "W||||3||;",
  /** Grants permission to update a security configuration. Access level: Write. https://docs.aws.amazon.com/opensearch-service/latest/ServerlessAPIReference/API_UpdateSecurityConfig.html */
  UpdateSecurityConfig: "W||||||;",
  /** Grants permission to update a security policy. Access level: Write. https://docs.aws.amazon.com/opensearch-service/latest/ServerlessAPIReference/API_UpdateSecurityPolicy.html */
  UpdateSecurityPolicy: "W||||1||;",
  /** Grants permission to update an OpenSearch Serverless-managed VPC endpoint. Access level: Write. https://docs.aws.amazon.com/opensearch-service/latest/ServerlessAPIReference/API_UpdateVpcEndpoint.html */
  UpdateVpcEndpoint: "W||||||;",
} as const;
const actionDetails = {
  APIAccessAll: "|,;~|Grant permission to all the supported Opensearch APIs",
  AddCollectionToCollectionGroup:
    "|,;~~~|Grants permission to add a serverless collection to a specified collection group",
  BatchGetCollection: "|,;~~~|Grants permission to get attributes for one or more collections",
  BatchGetCollectionGroup: "|,;~~~|Grants permission to get attributes for one or more collection groups",
  BatchGetEffectiveLifecyclePolicy:
    "|,;~~~|Grants permission to get the information about a lifecycle policy applied to one or more AOSS resources",
  BatchGetLifecyclePolicy: "|,;~~~|Grants permission to get information about one or more lifecycle policies",
  BatchGetVpcEndpoint: "|,;~~~|Grants permission to get attributes for one or more VPC endpoints",
  CreateAccessPolicy: "|,;~~~|Grants permission to create a data access policy",
  CreateCollection: "|,;~~~|Grants permission to create a serverless collection",
  CreateCollectionGroup: "|,;~~~|Grants permission to create a serverless collection group",
  CreateIndex: "|,;~~~|Grants permission to create an opensearch index",
  CreateLifecyclePolicy: "|,;~~~|Grants permission to create a lifecycle policy",
  CreateSecurityConfig: "|,;~~~|Grants permission to create a serverless security configuration",
  CreateSecurityPolicy: "|,;~~~|Grants permission to create a network or encryption policy",
  CreateVpcEndpoint: "|,;~~~|Grants permission to create an OpenSearch-Serverless-managed interface VPC endpoint",
  DashboardsAccessAll: "|,;~|Grants permission to Opensearch Serverless Dashboards",
  DeleteAccessPolicy: "|,;~~~|Grants permission to delete a data access policy",
  DeleteCollection: "|,;~~~|Grants permission to delete a serverless collection",
  DeleteCollectionGroup: "|,;~~~|Grants permission to delete a serverless collection group",
  DeleteIndex: "|,;~~~|Grants permission to delete an opensearch index",
  DeleteLifecyclePolicy: "|,;~~~|Grants permission to delete a lifecycle policy",
  DeleteSecurityConfig: "|,;~~~|Grants permission to delete a security configuration",
  DeleteSecurityPolicy: "|,;~~~|Grants permission to delete a security policy",
  DeleteVpcEndpoint: "|,;~~~|Grants permission to delete an OpenSearch Serverless-managed interface VPC endpoint",
  GetAccessPolicy: "|,;~~~|Grants permission to get information about a data access policy",
  GetAccountSettings: "|,;~~~|Grants permission to get account settings, including capacity settings",
  GetIndex: "|,;~~~|Grants permission to get an opensearch index",
  GetPoliciesStats: "|,;~~~|Grants permission to get statistis about the security policies in your account",
  GetSecurityConfig: "|,;~~~|Grants permission to get information about a serverless security configuration",
  GetSecurityPolicy: "|,;~~~|Grants permission to get information about a security policy",
  ListAccessPolicies: "|,;~~~|Grants permission to list data access policies",
  ListCollectionGroups: "|,;~~~|Grants permission to list collection groups",
  ListCollections: "|,;~~~|Grants permission to list collections",
  ListLifecyclePolicies: "|,;~~~|Grants permission to list lifecycle policies",
  ListSecurityConfigs: "|,;~~~|Grants permission to list security configurations",
  ListSecurityPolicies: "|,;~~~|Grants permission to list security policies",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for a collection",
  ListVpcEndpoints: "|,;~~~|Grants permission to list OpenSearch Serverless-managed VPC endpoints",
  TagResource: "|,;~~~,~~,~~|Grants permission to tag a serverless collection",
  UntagResource: "|,;~~~|Grants permission to remove tags from a collection",
  UpdateAccessPolicy: "|,;~~~|Grants permission to update a data access policy",
  UpdateAccountSettings: "|,;~~~|Grants permission to update account settings, including capacity settings",
  UpdateCollection: "|,;~~~|Grants permission to update a collection",
  UpdateCollectionGroup: "|,;~~~|Grants permission to update a collection group",
  UpdateIndex: "|,;~~~|Grants permission to update an opensearch index",
  UpdateLifecyclePolicy: "|,;~~~|Grants permission to update a lifecycle policy",
  UpdateSecurityConfig: "|,;~~~|Grants permission to update a security configuration",
  UpdateSecurityPolicy: "|,;~~~|Grants permission to update a security policy",
  UpdateVpcEndpoint: "|,;~~~|Grants permission to update an OpenSearch Serverless-managed VPC endpoint",
};
const resourceTypeFacts = {
  /** The Collection resource type: arn:${Partition}:aoss:${Region}:${Account}:collection/${CollectionId} */
  Collection: "|,collection|5",
  /** The CollectionGroup resource type: arn:${Partition}:aoss:${Region}:${Account}:collection-group/${CollectionGroupId} */
  CollectionGroup: "|,collectionGroup|5",
  /** The Dashboards resource type: arn:${Partition}:aoss:${Region}:${Account}:dashboards/default */
  Dashboards: "|,dashboards|",
} as const;
const arnFormats = {
  /** ARN of a Collection resource: arn:${Partition}:aoss:${Region}:${Account}:collection/${CollectionId}. */
  collection: "|,Collection|arn:|Partition|:aoss:|Region|:|Account|:collection/|CollectionId|",
  /** ARN of a CollectionGroup resource: arn:${Partition}:aoss:${Region}:${Account}:collection-group/${CollectionGroupId}. */
  collectionGroup: "|,CollectionGroup|arn:|Partition|:aoss:|Region|:|Account|:collection-group/|CollectionGroupId|",
  /** ARN of a Dashboards resource: arn:${Partition}:aoss:${Region}:${Account}:dashboards/default. */
  dashboards: "|,Dashboards|arn:|Partition|:aoss:|Region|:|Account|:dashboards/default",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["Collection", "CollectionGroup", "Dashboards"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "aoss">;
/** Any aoss action. */
export type Action = ActionOf<typeof actionFacts, "aoss">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "aoss">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "opensearchserverless" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every aoss action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access based on the tags that are passed in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access based on the tags associated with the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the identifier of the collection. */
  "aoss:CollectionId": "String";
  /** Filters access by the collection name. */
  "aoss:collection": "String";
  /** Filters access by the collection group name. */
  "aoss:collection-group": "String";
  /** Filters access by the index. */
  "aoss:index": "String";
  /** Filters access based on the tag keys that are passed in the request. */
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
  "aoss:CollectionId": "|,String|0||Filters access by the identifier of the collection",
  "aoss:collection": "|,String|0||Filters access by the collection name",
  "aoss:collection-group": "|,String|0||Filters access by the collection group name",
  "aoss:index": "|,String|0||Filters access by the index",
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access based on the tags that are passed in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access based on the tags associated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access based on the tag keys that are passed in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "aoss",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
