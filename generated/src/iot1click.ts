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
export const prefix: "iot1click" = "iot1click";
/** The service's name in the reference. */
export const serviceName: "iot1click" = "iot1click";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** iot1click:AssociateDeviceWithPlacement. Access level: Write. Resources: project. */
  AssociateDeviceWithPlacement: "W|||1;0;|||",
  /** iot1click:ClaimDevicesByClaimCode. Access level: Read. */
  ClaimDevicesByClaimCode: "R||||||",
  /** iot1click:CreatePlacement. Access level: Write. Resources: project. */
  CreatePlacement: "W|||1;0;|||",
  /** iot1click:CreateProject. Access level: Write. Resources: project. */
  CreateProject: "W|||1;0;|0,2||",
  /** iot1click:DeletePlacement. Access level: Write. Resources: project. */
  DeletePlacement: "W|||1;0;|||",
  /** iot1click:DeleteProject. Access level: Write. Resources: project. */
  DeleteProject: "W|||1;0;|||",
  /** iot1click:DescribeDevice. Access level: Read. Resources: device. */
  DescribeDevice: "R|||0;0;|||",
  /** iot1click:DescribePlacement. Access level: Read. Resources: project. */
  DescribePlacement: "R|||1;0;|||",
  /** iot1click:DescribeProject. Access level: Read. Resources: project. */
  DescribeProject: "R|||1;0;|||",
  /** iot1click:DisassociateDeviceFromPlacement. Access level: Write. Resources: project. */
  DisassociateDeviceFromPlacement: "W|||1;0;|||",
  /** iot1click:FinalizeDeviceClaim. Access level: Read. Resources: device. */
  FinalizeDeviceClaim: "R|||0;0;|0,2||",
  /** iot1click:GetDeviceMethods. Access level: Read. Resources: device. */
  GetDeviceMethods: "R|||0;0;|||",
  /** iot1click:GetDevicesInPlacement. Access level: Read. Resources: project. */
  GetDevicesInPlacement: "R|||1;0;|||",
  /** iot1click:InitiateDeviceClaim. Access level: Read. Resources: device. */
  InitiateDeviceClaim: "R|||0;0;|||",
  /** iot1click:InvokeDeviceMethod. Access level: Write. Resources: device. */
  InvokeDeviceMethod: "W|||0;0;|||",
  /** iot1click:ListDeviceEvents. Access level: Read. Resources: device. */
  ListDeviceEvents: "R|||0;0;|||",
  /** iot1click:ListDevices. Access level: List. */
  ListDevices: "L||||||",
  /** iot1click:ListPlacements. Access level: Read. Resources: project. */
  ListPlacements: "R|||1;0;|||",
  /** iot1click:ListProjects. Access level: List. */
  ListProjects: "L||||||",
  /** iot1click:ListTagsForResource. Access level: Read. Resources: device, project. */
  ListTagsForResource: "R|||0;0;,1;0;|||",
  /** iot1click:TagResource. Access level: Tagging, Write. Resources: device, project. */
  TagResource: "T|T,W||0;0;,1;0;|0,2||",
  /** iot1click:UnclaimDevice. Access level: Read. Resources: device. */
  UnclaimDevice: "R|||0;0;|||",
  /** iot1click:UntagResource. Access level: Tagging, Write. Resources: device, project. */
  UntagResource: "T|T,W||0;0;,1;0;|2||",
  /** iot1click:UpdateDeviceState. Access level: Write. Resources: device. */
  UpdateDeviceState: "W|||0;0;|||",
  /** iot1click:UpdatePlacement. Access level: Write. Resources: project. */
  UpdatePlacement: "W|||1;0;|||",
  /** iot1click:UpdateProject. Access level: Write. Resources: project. */
  UpdateProject: "W|||1;0;|||",
} as const;
const actionDetails = {
  AssociateDeviceWithPlacement: "|,;~|",
  ClaimDevicesByClaimCode: "|,;~|",
  CreatePlacement: "|,;~|",
  CreateProject: "|,;~|",
  DeletePlacement: "|,;~|",
  DeleteProject: "|,;~|",
  DescribeDevice: "|,;~|",
  DescribePlacement: "|,;~|",
  DescribeProject: "|,;~|",
  DisassociateDeviceFromPlacement: "|,;~|",
  FinalizeDeviceClaim: "|,;~|",
  GetDeviceMethods: "|,;~|",
  GetDevicesInPlacement: "|,;~|",
  InitiateDeviceClaim: "|,;~|",
  InvokeDeviceMethod: "|,;~|",
  ListDeviceEvents: "|,;~|",
  ListDevices: "|,;~|",
  ListPlacements: "|,;~|",
  ListProjects: "|,;~|",
  ListTagsForResource: "|,;~|",
  TagResource: "|,;~|",
  UnclaimDevice: "|,;~|",
  UntagResource: "|,;~|",
  UpdateDeviceState: "|,;~|",
  UpdatePlacement: "|,;~|",
  UpdateProject: "|,;~|",
};
const resourceTypeFacts = {
  /** The device resource type: arn:${Partition}:iot1click:${Region}:${Account}:devices/${DeviceId} */
  device: "|,|1",
  /** The project resource type: arn:${Partition}:iot1click:${Region}:${Account}:projects/${ProjectName} */
  project: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a device resource: arn:${Partition}:iot1click:${Region}:${Account}:devices/${DeviceId}. */
  device: "|,device|arn:|Partition|:iot1click:|Region|:|Account|:devices/|DeviceId|",
  /** ARN of a project resource: arn:${Partition}:iot1click:${Region}:${Account}:projects/${ProjectName}. */
  project: "|,project|arn:|Partition|:iot1click:|Region|:|Account|:projects/|ProjectName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["device", "project"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "iot1click">;
/** Any iot1click action. */
export type Action = ActionOf<typeof actionFacts, "iot1click">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "iot1click">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "", client: "" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every iot1click action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** aws:RequestTag/${TagKey}. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** aws:ResourceTag/${TagKey}. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** aws:TagKeys. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||",
  "aws:ResourceTag/${TagKey}": "|,String|0||",
  "aws:TagKeys": "|,ArrayOfString|0||",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "iot1click",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
