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
export const prefix: "deeplens" = "deeplens";
/** The service's name in the reference. */
export const serviceName: "deeplens" = "deeplens";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [];
const conditionKeyList = [] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** deeplens:AssociateServiceRoleToAccount. Access level: Read. */
  AssociateServiceRoleToAccount: "R||||||",
  /** deeplens:BatchGetDevice. Access level: Read. Resources: device. */
  BatchGetDevice: "R|||0;0;|||",
  /** deeplens:BatchGetModel. Access level: Read. Resources: model. */
  BatchGetModel: "R|||1;0;|||",
  /** deeplens:BatchGetProject. Access level: Read. Resources: project. */
  BatchGetProject: "R|||2;0;|||",
  /** deeplens:CreateDeviceCertificates. Access level: Read. */
  CreateDeviceCertificates: "R||||||",
  /** deeplens:CreateModel. Access level: Read. */
  CreateModel: "R||||||",
  /** deeplens:CreateProject. Access level: Read. */
  CreateProject: "R||||||",
  /** deeplens:DeleteModel. Access level: Read. Resources: model. */
  DeleteModel: "R|||1;0;|||",
  /** deeplens:DeleteProject. Access level: Read. Resources: project. */
  DeleteProject: "R|||2;0;|||",
  /** deeplens:DeployProject. Access level: Read. Resources: device, project. */
  DeployProject: "R|||0;0;,2;0;|||",
  /** deeplens:DeregisterDevice. Access level: Read. Resources: device. */
  DeregisterDevice: "R|||0;0;|||",
  /** deeplens:GetAssociatedResources. Access level: Read. */
  GetAssociatedResources: "R||||||",
  /** deeplens:GetDeploymentStatus. Access level: Read. */
  GetDeploymentStatus: "R||||||",
  /** deeplens:GetDevice. Access level: Read. Resources: device. */
  GetDevice: "R|||0;0;|||",
  /** deeplens:GetModel. Access level: Read. Resources: model. */
  GetModel: "R|||1;0;|||",
  /** deeplens:GetProject. Access level: Read. Resources: project. */
  GetProject: "R|||2;0;|||",
  /** deeplens:ImportProjectFromTemplate. Access level: Read. */
  ImportProjectFromTemplate: "R||||||",
  /** deeplens:ListDeployments. Access level: Read. */
  ListDeployments: "R||||||",
  /** deeplens:ListDevices. Access level: Read. */
  ListDevices: "R||||||",
  /** deeplens:ListModels. Access level: Read. */
  ListModels: "R||||||",
  /** deeplens:ListProjects. Access level: Read. */
  ListProjects: "R||||||",
  /** deeplens:RegisterDevice. Access level: Read. */
  RegisterDevice: "R||||||",
  /** deeplens:RemoveProject. Access level: Read. Resources: device. */
  RemoveProject: "R|||0;0;|||",
  /** deeplens:UpdateProject. Access level: Read. Resources: project. */
  UpdateProject: "R|||2;0;|||",
} as const;
const actionDetails = {
  AssociateServiceRoleToAccount: "|,;~|",
  BatchGetDevice: "|,;~|",
  BatchGetModel: "|,;~|",
  BatchGetProject: "|,;~|",
  CreateDeviceCertificates: "|,;~|",
  CreateModel: "|,;~|",
  CreateProject: "|,;~|",
  DeleteModel: "|,;~|",
  DeleteProject: "|,;~|",
  DeployProject: "|,;~|",
  DeregisterDevice: "|,;~|",
  GetAssociatedResources: "|,;~|",
  GetDeploymentStatus: "|,;~|",
  GetDevice: "|,;~|",
  GetModel: "|,;~|",
  GetProject: "|,;~|",
  ImportProjectFromTemplate: "|,;~|",
  ListDeployments: "|,;~|",
  ListDevices: "|,;~|",
  ListModels: "|,;~|",
  ListProjects: "|,;~|",
  RegisterDevice: "|,;~|",
  RemoveProject: "|,;~|",
  UpdateProject: "|,;~|",
};
const resourceTypeFacts = {
  /** The device resource type: arn:${Partition}:deeplens:${Region}:${Account}:device/${DeviceName} */
  device: "|,|",
  /** The model resource type: arn:${Partition}:deeplens:${Region}:${Account}:model/${ModelName} */
  model: "|,|",
  /** The project resource type: arn:${Partition}:deeplens:${Region}:${Account}:project/${ProjectName} */
  project: "|,|",
} as const;
const arnFormats = {
  /** ARN of a device resource: arn:${Partition}:deeplens:${Region}:${Account}:device/${DeviceName}. */
  device: "|,device|arn:|Partition|:deeplens:|Region|:|Account|:device/|DeviceName|",
  /** ARN of a model resource: arn:${Partition}:deeplens:${Region}:${Account}:model/${ModelName}. */
  model: "|,model|arn:|Partition|:deeplens:|Region|:|Account|:model/|ModelName|",
  /** ARN of a project resource: arn:${Partition}:deeplens:${Region}:${Account}:project/${ProjectName}. */
  project: "|,project|arn:|Partition|:deeplens:|Region|:|Account|:project/|ProjectName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["device", "model", "project"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "deeplens">;
/** Any deeplens action. */
export type Action = ActionOf<typeof actionFacts, "deeplens">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "deeplens">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "", client: "" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every deeplens action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
export interface ConditionKeyTypes {}

/** Condition key -> value type. */
export type ConditionKeys = ConditionKeysOf<ConditionKeyTypes>;

/** Condition key with a placeholder, as the reference writes it -> its template-literal key. */
export interface ConditionKeyPatterns {}

/** A condition key as the reference writes it. */
export type ConditionKeyName = (typeof conditionKeyList)[number];
/** Condition key -> description, types, deprecation. */
export type ConditionKeyInfos = { readonly [K in ConditionKeyName]: ConditionKeyInfo };
const conditionKeyRows: { readonly [K in ConditionKeyName]: string } = {};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "deeplens",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
