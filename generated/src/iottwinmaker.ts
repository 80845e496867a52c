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
export const prefix: "iottwinmaker" = "iottwinmaker";
/** The service's name in the reference. */
export const serviceName: "AWS IoT TwinMaker" = "AWS IoT TwinMaker";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS IoT TwinMaker",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsiottwinmaker.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "iottwinmaker:destinationType",
  "iottwinmaker:linkedServices",
  "iottwinmaker:sourceType",
] as const;
const dependentActionList = [
  "iam:PassRole",
  "iottwinmaker:GetComponentType",
  "iottwinmaker:GetEntity",
  "iottwinmaker:GetWorkspace",
  "iottwinmaker:TagResource",
] as const;
const actionFacts = {
  /** Grants permission to set values for multiple time series properties. Access level: Write. Resources: entity, workspace*. https://docs.aws.amazon.com/iot-twinmaker/latest/apireference/API_BatchPutPropertyValues.html */
  BatchPutPropertyValues: "W|||1;0;,5;1;||1,2,3|;",
  /** Grants permission to cancel a metadata transfer job. Access level: Write. Resources: metadataTransferJob*. https://docs.aws.amazon.com/iot-twinmaker/latest/apireference/API_CancelMetadataTransferJob.html */
  CancelMetadataTransferJob: "W|||2;1;|||;",
  /** Grants permission to create a componentType. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/iot-twinmaker/latest/apireference/API_CreateComponentType.html */
  CreateComponentType: "W|||5;1;|0,2|4|;",
  /** Grants permission to create an entity. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/iot-twinmaker/latest/apireference/API_CreateEntity.html */
  CreateEntity: "W|||5;1;|0,2|4|;",
  /** Grants permission to create a metadata transfer job. Access level: Write. https://docs.aws.amazon.com/iot-twinmaker/latest/apireference/API_CreateMetadataTransferJob.html */
  CreateMetadataTransferJob: "W||||||;",
  /** Grants permission to create a scene. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/iot-twinmaker/latest/apireference/API_CreateScene.html */
  CreateScene: "W|||5;1;|0,2|4|;",
  /** Grants permission to create a sync job. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/iot-twinmaker/latest/apireference/API_CreateSyncJob.html */
  CreateSyncJob: "W|||5;1;|0,2|0,4|;",
  /** Grants permission to create a workspace. Access level: Write. https://docs.aws.amazon.com/iot-twinmaker/latest/apireference/API_CreateWorkspace.html */
  CreateWorkspace: "W||||0,2|0,4|;",
  /** Grants permission to delete a componentType. Access level: Write. Resources: componentType*, workspace*. https://docs.aws.amazon.com/iot-twinmaker/latest/apireference/API_DeleteComponentType.html */
  DeleteComponentType: "W|||0;1;,5;1;|||;",
  /** Grants permission to delete an entity. Access level: Write. Resources: entity*, workspace*. https://docs.aws.amazon.com/iot-twinmaker/latest/apireference/API_DeleteEntity.html */
  DeleteEntity: "W|||1;1;,5;1;|||;",
  /** Grants permission to delete a scene. Access level: Write. Resources: scene*, workspace*. https://docs.aws.amazon.com/iot-twinmaker/latest/apireference/API_DeleteScene.html */
  DeleteScene: "W|||3;1;,5;1;|||;",
  /** Grants permission to delete a sync job. Access level: Write. Resources: syncJob*, workspace*. https://docs.aws.amazon.com/iot-twinmaker/latest/apireference/API_DeleteSyncJob.html */
  DeleteSyncJob: "W|||4;1;,5;1;|||;",
  /** Grants permission to delete a workspace. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/iot-twinmaker/latest/apireference/API_DeleteWorkspace.html */
  DeleteWorkspace: "W|||5;1;|||;",
  /** Grants permission to execute query. Access level: Read. Resources: workspace*. https://docs.aws.amazon.com/iot-twinmaker/latest/apireference/API_ExecuteQuery.html */
  ExecuteQuery: "R|||5;1;|||;",
  /** Grants permission to get a componentType. Access level: Read. Resources: componentType*, workspace*. https://docs.aws.amazon.com/iot-twinmaker/latest/apireference/API_GetComponentType.html */
  GetComponentType: "R|||0;1;,5;1;|||;",
  /** Grants permission to get an entity. Access level: Read. Resources: entity*, workspace*. https://docs.aws.amazon.com/iot-twinmaker/latest/apireference/API_GetEntity.html */
  GetEntity: "R|||1;1;,5;1;|||;",
  /** Grants permission to get a metadata transfer job. Access level: Read. Resources: metadataTransferJob*. https://docs.aws.amazon.com/iot-twinmaker/latest/apireference/API_GetMetadataTransferJob.html */
  GetMetadataTransferJob: "R|||2;1;|||;",
  /** Grants permission to get pricing plan. Access level: Read. https://docs.aws.amazon.com/iot-twinmaker/latest/apireference/API_GetPricingPlan.html */
  GetPricingPlan: "R||||||;",
  /** Grants permission to retrieve the property values. Access level: Read. Resources: componentType, entity, workspace*. https://docs.aws.amazon.com/iot-twinmaker/latest/apireference/API_GetPropertyValue.html */
  GetPropertyValue: "R|||0;0;,1;0;,5;1;||1,2,3|;",
  /** Grants permission to retrieve the time series value history. Access level: Read. Resources: componentType, entity, workspace*. https://docs.aws.amazon.com/iot-twinmaker/latest/apireference/API_GetPropertyValueHistory.html */
  GetPropertyValueHistory: "R|||0;0;,1;0;,5;1;||1,2,3|;",
  /** Grants permission to get a scene. Access level: Read. Resources: scene*, workspace*. https://docs.aws.amazon.com/iot-twinmaker/latest/apireference/API_GetScene.html */
  GetScene: "R|||3;1;,5;1;|||;",
  /** Grants permission to get a sync job. Access level: Read. Resources: syncJob*, workspace*. https://docs.aws.amazon.com/iot-twinmaker/latest/apireference/API_GetSyncJob.html */
  GetSyncJob: "R|||4;1;,5;1;|||;",
  /** Grants permission to get a workspace. Access level: Read. Resources: workspace*. https://docs.aws.amazon.com/iot-twinmaker/latest/apireference/API_GetWorkspace.html */
  GetWorkspace: "R|||5;1;|||;",
  /** Grants permission to list all componentTypes in a workspace. Access level: List. Resources: workspace*. https://docs.aws.amazon.com/iot-twinmaker/latest/apireference/API_ListComponentTypes.html */
  ListComponentTypes: "L|||5;1;|||;",
  /** Grants permission to list components attached to an entity. Access level: List. Resources: entity*, workspace*. https://docs.aws.amazon.com/iot-twinmaker/latest/apireference/API_ListComponents.html */
  ListComponents: "L|||1;1;,5;1;|||;",
  /** Grants permission to list all entities in a workspace. Access level: List. Resources: workspace*. https://docs.aws.amazon.com/iot-twinmaker/latest/apireference/API_ListEntities.html */
  ListEntities: "L|||5;1;|||;",
  /** Grants permission to list all metadata transfer jobs. Access level: List. https://docs.aws.amazon.com/iot-twinmaker/latest/apireference/API_ListMetadataTransferJobs.html */
  ListMetadataTransferJobs: "L||||||;",
  /** Grants permission to list properties of an entity component. Access level: List. Resources: entity*, workspace*. https://docs.aws.amazon.com/iot-twinmaker/latest/apireference/API_ListProperties.html */
  ListProperties: "L|||1;1;,5;1;|||;",
  /** Grants permission to list all scenes in a workspace. Access level: List. Resources: workspace*. https://docs.aws.amazon.com/iot-twinmaker/latest/apireference/API_ListScenes.html */
  ListScenes: "L|||5;1;|||;",
  /** Grants permission to list all sync jobs in a workspace. Access level: List. Resources: workspace*. https://docs.aws.amazon.com/iot-twinmaker/latest/apireference/API_ListSyncJobs.html */
  ListSyncJobs: "L|||5;1;|||;",
  /** Grants permission to list all sync resources for a sync job. Access level: List. Resources: syncJob*, workspace*. https://docs.aws.amazon.com/iot-twinmaker/latest/apireference/API_ListSyncResources.html */
  ListSyncResources: "L|||4;1;,5;1;|||;",
  /** Grants permission to list all tags for a resource. Access level: List. Resources: componentType, entity, scene, syncJob, workspace. https://docs.aws.amazon.com/iot-twinmaker/latest/apireference/API_ListTagsForResource.html */
  ListTagsForResource: "L|||0;0;,1;0;,3;0;,4;0;,5;0;|1||;",
  /** Grants permission to list all workspaces. Access level: List. https://docs.aws.amazon.com/iot-twinmaker/latest/apireference/API_ListWorkspaces.html */
  ListWorkspaces: "L||||||;",
  /** Grants permission to tag a resource. Access level: Tagging. Resources: componentType, entity, scene, syncJob, workspace. https://docs.aws.amazon.com/iot-twinmaker/latest/apireference/API_TagResource.html */
  TagResource:
    "T|||0;0;,1;0;,3;0;,4;0;,5;0;|0,2||CreateComponentType,CreateEntity,CreateScene,CreateSyncJob,CreateWorkspace,;",
  /** Grants permission to untag a resource. Access level: Tagging. Resources: componentType, entity, scene, syncJob, workspace. https://docs.aws.amazon.com/iot-twinmaker/latest/apireference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,3;0;,4;0;,5;0;|2||;",
  /** Grants permission to update a componentType. Access level: Write. Resources: componentType*, workspace*. https://docs.aws.amazon.com/iot-twinmaker/latest/apireference/API_UpdateComponentType.html */
  UpdateComponentType: "W|||0;1;,5;1;|||;",
  /** Grants permission to update an entity. Access level: Write. Resources: entity*, workspace*. https://docs.aws.amazon.com/iot-twinmaker/latest/apireference/API_UpdateEntity.html */
  UpdateEntity: "W|||1;1;,5;1;|||;",
  /** Grants permission to update pricing plan. Access level: Write. https://docs.aws.amazon.com/iot-twinmaker/latest/apireference/API_UpdatePricingPlan.html */
  UpdatePricingPlan: "W||||||;",
  /** Grants permission to update a scene. Access level: Write. Resources: scene*, workspace*. https://docs.aws.amazon.com/iot-twinmaker/latest/apireference/API_UpdateScene.html */
  UpdateScene: "W|||3;1;,5;1;|||;",
  /** Grants permission to update a workspace. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/iot-twinmaker/latest/apireference/API_UpdateWorkspace.html */
  UpdateWorkspace: "W|||5;1;|||;",
} as const;
const actionDetails = {
  BatchPutPropertyValues: "|,;~~~|Grants permission to set values for multiple time series properties",
  CancelMetadataTransferJob: "|,;~~~|Grants permission to cancel a metadata transfer job",
  CreateComponentType: "|,;~~~|Grants permission to create a componentType",
  CreateEntity: "|,;~~~|Grants permission to create an entity",
  CreateMetadataTransferJob: "|,;~~~|Grants permission to create a metadata transfer job",
  CreateScene: "|,;~~~|Grants permission to create a scene",
  CreateSyncJob: "|,;~~~|Grants permission to create a sync job",
  CreateWorkspace: "|,;~~~|Grants permission to create a workspace",
  DeleteComponentType: "|,;~~~|Grants permission to delete a componentType",
  DeleteEntity: "|,;~~~|Grants permission to delete an entity",
  DeleteScene: "|,;~~~|Grants permission to delete a scene",
  DeleteSyncJob: "|,;~~~|Grants permission to delete a sync job",
  DeleteWorkspace: "|,;~~~|Grants permission to delete a workspace",
  ExecuteQuery: "|,;~~~|Grants permission to execute query",
  GetComponentType: "|,;~~~|Grants permission to get a componentType",
  GetEntity: "|,;~~~|Grants permission to get an entity",
  GetMetadataTransferJob: "|,;~~~|Grants permission to get a metadata transfer job",
  GetPricingPlan: "|,;~~~|Grants permission to get pricing plan",
  GetPropertyValue: "|,;~~~|Grants permission to retrieve the property values",
  GetPropertyValueHistory: "|,;~~~|Grants permission to retrieve the time series value history",
  GetScene: "|,;~~~|Grants permission to get a scene",
  GetSyncJob: "|,;~~~|Grants permission to get a sync job",
  GetWorkspace: "|,;~~~|Grants permission to get a workspace",
  ListComponentTypes: "|,;~~~|Grants permission to list all componentTypes in a workspace",
  ListComponents: "|,;~~~|Grants permission to list components attached to an entity",
  ListEntities: "|,;~~~|Grants permission to list all entities in a workspace",
  ListMetadataTransferJobs: "|,;~~~|Grants permission to list all metadata transfer jobs",
  ListProperties: "|,;~~~|Grants permission to list properties of an entity component",
  ListScenes: "|,;~~~|Grants permission to list all scenes in a workspace",
  ListSyncJobs: "|,;~~~|Grants permission to list all sync jobs in a workspace",
  ListSyncResources: "|,;~~~|Grants permission to list all sync resources for a sync job",
  ListTagsForResource: "|,;~~~|Grants permission to list all tags for a resource",
  ListWorkspaces: "|,;~~~|Grants permission to list all workspaces",
  TagResource: "|,;~~~,~~,~~,~~,~~,~~|Grants permission to tag a resource",
  UntagResource: "|,;~~~|Grants permission to untag a resource",
  UpdateComponentType: "|,;~~~|Grants permission to update a componentType",
  UpdateEntity: "|,;~~~|Grants permission to update an entity",
  UpdatePricingPlan: "|,;~~~|Grants permission to update pricing plan",
  UpdateScene: "|,;~~~|Grants permission to update a scene",
  UpdateWorkspace: "|,;~~~|Grants permission to update a workspace",
};
const resourceTypeFacts = {
  /** The componentType resource type: arn:${Partition}:iottwinmaker:${Region}:${Account}:workspace/${WorkspaceId}/component-type/${ComponentTypeId} */
  componentType: "|,|1",
  /** The entity resource type: arn:${Partition}:iottwinmaker:${Region}:${Account}:workspace/${WorkspaceId}/entity/${EntityId} */
  entity: "|,|1",
  /** The metadataTransferJob resource type: arn:${Partition}:iottwinmaker:${Region}:${Account}:metadata-transfer-job/${MetadataTransferJobId} */
  metadataTransferJob: "|,|",
  /** The scene resource type: arn:${Partition}:iottwinmaker:${Region}:${Account}:workspace/${WorkspaceId}/scene/${SceneId} */
  scene: "|,|1",
  /** The syncJob resource type: arn:${Partition}:iottwinmaker:${Region}:${Account}:workspace/${WorkspaceId}/sync-job/${SyncJobId} */
  syncJob: "|,|1",
  /** The workspace resource type: arn:${Partition}:iottwinmaker:${Region}:${Account}:workspace/${WorkspaceId} */
  workspace: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a componentType resource: arn:${Partition}:iottwinmaker:${Region}:${Account}:workspace/${WorkspaceId}/component-type/${ComponentTypeId}. */
  componentType:
    "|,componentType|arn:|Partition|:iottwinmaker:|Region|:|Account|:workspace/|WorkspaceId|/component-type/|ComponentTypeId|",
  /** ARN of a entity resource: arn:${Partition}:iottwinmaker:${Region}:${Account}:workspace/${WorkspaceId}/entity/${EntityId}. */
  entity: "|,entity|arn:|Partition|:iottwinmaker:|Region|:|Account|:workspace/|WorkspaceId|/entity/|EntityId|",
  /** ARN of a metadataTransferJob resource: arn:${Partition}:iottwinmaker:${Region}:${Account}:metadata-transfer-job/${MetadataTransferJobId}. */
  metadataTransferJob:
    "|,metadataTransferJob|arn:|Partition|:iottwinmaker:|Region|:|Account|:metadata-transfer-job/|MetadataTransferJobId|",
  /** ARN of a scene resource: arn:${Partition}:iottwinmaker:${Region}:${Account}:workspace/${WorkspaceId}/scene/${SceneId}. */
  scene: "|,scene|arn:|Partition|:iottwinmaker:|Region|:|Account|:workspace/|WorkspaceId|/scene/|SceneId|",
  /** ARN of a syncJob resource: arn:${Partition}:iottwinmaker:${Region}:${Account}:workspace/${WorkspaceId}/sync-job/${SyncJobId}. */
  syncJob: "|,syncJob|arn:|Partition|:iottwinmaker:|Region|:|Account|:workspace/|WorkspaceId|/sync-job/|SyncJobId|",
  /** ARN of a workspace resource: arn:${Partition}:iottwinmaker:${Region}:${Account}:workspace/${WorkspaceId}. */
  workspace: "|,workspace|arn:|Partition|:iottwinmaker:|Region|:|Account|:workspace/|WorkspaceId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["componentType", "entity", "metadataTransferJob", "scene", "syncJob", "workspace"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "iottwinmaker">;
/** Any iottwinmaker action. */
export type Action = ActionOf<typeof actionFacts, "iottwinmaker">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "iottwinmaker">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "iottwinmaker" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every iottwinmaker action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the tag key-value pairs in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by the tags attached to the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the tag keys in the request. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access by destination type of metadata transfer job. */
  "iottwinmaker:destinationType": "String";
  /** Filters access by workspace linked to services. */
  "iottwinmaker:linkedServices": "ArrayOfString";
  /** Filters access by source type of metadata transfer job. */
  "iottwinmaker:sourceType": "String";
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by the tag key-value pairs in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by the tags attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the tag keys in the request",
  "iottwinmaker:destinationType": "|,String|0||Filters access by destination type of metadata transfer job",
  "iottwinmaker:linkedServices": "|,ArrayOfString|0||Filters access by workspace linked to services",
  "iottwinmaker:sourceType": "|,String|0||Filters access by source type of metadata transfer job",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "iottwinmaker",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
