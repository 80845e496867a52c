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
export const prefix: "backup-gateway" = "backup-gateway";
/** The service's name in the reference. */
export const serviceName: "AWS Backup Gateway" = "AWS Backup Gateway";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Backup Gateway",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsbackupgateway.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["backup-gateway:TagResource", "iam:PassRole"] as const;
const actionFacts = {
  /** Grants permission to AssociateGatewayToServer. Access level: Write. Resources: gateway*, hypervisor*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_BGW_AssociateGatewayToServer.html */
  AssociateGatewayToServer: "W|||0;1;,1;1;|||;",
  /** Grants permission to Backup. Access level: Write. Resources: virtualmachine*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_StartBackupJob.html */
  Backup: "W|||2;1;|||",
  /** Grants permission to to CreateGateway. Access level: Write. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_BGW_CreateGateway.html */
  CreateGateway: "W||||0,2|0|;",
  /** Grants permission to DeleteGateway. Access level: Write. Resources: gateway*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_BGW_DeleteGateway.html */
  DeleteGateway: "W|||0;1;|||;",
  /** Grants permission to DeleteHypervisor. Access level: Write. Resources: hypervisor*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_BGW_DeleteHypervisor.html */
  DeleteHypervisor: "W|||1;1;|||;",
  /** Grants permission to DisassociateGatewayFromServer. Access level: Write. Resources: gateway*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_BGW_DisassociateGatewayFromServer.html */
  DisassociateGatewayFromServer: "W|||0;1;|||;",
  /** Grants permission to GetBandwidthRateLimitSchedule. Access level: Read. Resources: gateway*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_BGW_GetBandwidthRateLimitSchedule.html */
  GetBandwidthRateLimitSchedule: "R|||0;1;|||;",
  /** Grants permission to GetGateway. Access level: Read. Resources: gateway*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_BGW_GetGateway.html */
  GetGateway: "R|||0;1;|||;",
  /** Grants permission to GetHypervisor. Access level: Read. Resources: hypervisor*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_BGW_GetHypervisor.html */
  GetHypervisor: "R|||1;1;|||;",
  /** Grants permission to GetHypervisorPropertyMappings. Access level: Read. Resources: hypervisor*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_BGW_GetHypervisorPropertyMappings.html */
  GetHypervisorPropertyMappings: "R|||1;1;|||;",
  /** Grants permission to GetVirtualMachine. Access level: Read. Resources: virtualmachine*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_BGW_GetVirtualMachine.html */
  GetVirtualMachine: "R|||2;1;|||;",
  /** Grants permission to ImportHypervisorConfiguration. Access level: Write. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_BGW_ImportHypervisorConfiguration.html */
  ImportHypervisorConfiguration: "W||||0,2|0|;",
  /** Grants permission to ListGateways. Access level: Read. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_BGW_ListGateways.html */
  ListGateways: "R||||||;",
  /** Grants permission to ListHypervisors. Access level: Read. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_BGW_ListHypervisors.html */
  ListHypervisors: "R||||||;",
  /** Grants permission to ListTagsForResource. Access level: Read. Resources: gateway, hypervisor, virtualmachine. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_BGW_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,1;0;,2;0;|||;",
  /** Grants permission to ListVirtualMachines. Access level: Read. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_BGW_ListVirtualMachines.html */
  ListVirtualMachines: "R||||||;",
  /** Grants permission to PutBandwidthRateLimitSchedule. Access level: Write. Resources: gateway*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_BGW_PutBandwidthRateLimitSchedule.html */
  PutBandwidthRateLimitSchedule: "W|||0;1;|||;",
  /** Grants permission to PutHypervisorPropertyMappings. Access level: Write. Resources: hypervisor*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_BGW_PutHypervisorPropertyMappings.html */
  PutHypervisorPropertyMappings: "W|||1;1;||1|;",
  /** Grants permission to PutMaintenanceStartTime. Access level: Write. Resources: gateway*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_BGW_PutMaintenanceStartTime.html */
  PutMaintenanceStartTime: "W|||0;1;|||;",
  /** Grants permission to Restore. Access level: Write. Resources: hypervisor*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_StartRestoreJob.html */
  Restore: "W|||1;1;|||",
  /** Grants permission to StartVirtualMachinesMetadataSync. Access level: Write. Resources: hypervisor*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_BGW_StartVirtualMachinesMetadataSync.html */
  StartVirtualMachinesMetadataSync: "W|||1;1;||1|;",
  /** Grants permission to TagResource. Access level: Tagging. Resources: gateway, hypervisor, virtualmachine. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_BGW_TagResource.html */
  TagResource: "T|||0;0;,1;0;,2;0;|0,2||CreateGateway,ImportHypervisorConfiguration,;",
  /** Grants permission to TestHypervisorConfiguration. Access level: Write. Resources: gateway*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_BGW_TestHypervisorConfiguration.html */
  TestHypervisorConfiguration: "W|||0;1;|||;",
  /** Grants permission to UntagResource. Access level: Tagging. Resources: gateway, hypervisor, virtualmachine. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_BGW_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;|2||;",
  /** Grants permission to UpdateGatewayInformation. Access level: Write. Resources: gateway*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_BGW_UpdateGatewayInformation.html */
  UpdateGatewayInformation: "W|||0;1;|||;",
  /** Grants permission to UpdateGatewaySoftwareNow. Access level: Write. Resources: gateway*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_BGW_UpdateGatewaySoftwareNow.html */
  UpdateGatewaySoftwareNow: "W|||0;1;|||;",
  /** Grants permission to UpdateHypervisor. Access level: Write. Resources: gateway*. https://docs.aws.amazon.com/aws-backup/latest/devguide/API_BGW_UpdateHypervisor.html */
  UpdateHypervisor: "W|||0;1;|||;",
} as const;
const actionDetails = {
  AssociateGatewayToServer: "|,;~~~|Grants permission to AssociateGatewayToServer",
  Backup: "|,;~|Grants permission to Backup",
  CreateGateway: "|,;~~~|Grants permission to to CreateGateway",
  DeleteGateway: "|,;~~~|Grants permission to DeleteGateway",
  DeleteHypervisor: "|,;~~~|Grants permission to DeleteHypervisor",
  DisassociateGatewayFromServer: "|,;~~~|Grants permission to DisassociateGatewayFromServer",
  GetBandwidthRateLimitSchedule: "|,;~~~|Grants permission to GetBandwidthRateLimitSchedule",
  GetGateway: "|,;~~~|Grants permission to GetGateway",
  GetHypervisor: "|,;~~~|Grants permission to GetHypervisor",
  GetHypervisorPropertyMappings: "|,;~~~|Grants permission to GetHypervisorPropertyMappings",
  GetVirtualMachine: "|,;~~~|Grants permission to GetVirtualMachine",
  ImportHypervisorConfiguration: "|,;~~~|Grants permission to ImportHypervisorConfiguration",
  ListGateways: "|,;~~~|Grants permission to ListGateways",
  ListHypervisors: "|,;~~~|Grants permission to ListHypervisors",
  ListTagsForResource: "|,;~~~|Grants permission to ListTagsForResource",
  ListVirtualMachines: "|,;~~~|Grants permission to ListVirtualMachines",
  PutBandwidthRateLimitSchedule: "|,;~~~|Grants permission to PutBandwidthRateLimitSchedule",
  PutHypervisorPropertyMappings: "|,;~~~|Grants permission to PutHypervisorPropertyMappings",
  PutMaintenanceStartTime: "|,;~~~|Grants permission to PutMaintenanceStartTime",
  Restore: "|,;~|Grants permission to Restore",
  StartVirtualMachinesMetadataSync: "|,;~~~|Grants permission to StartVirtualMachinesMetadataSync",
  TagResource: "|,;~~~,~~,~~|Grants permission to TagResource",
  TestHypervisorConfiguration: "|,;~~~|Grants permission to TestHypervisorConfiguration",
  UntagResource: "|,;~~~|Grants permission to UntagResource",
  UpdateGatewayInformation: "|,;~~~|Grants permission to UpdateGatewayInformation",
  UpdateGatewaySoftwareNow: "|,;~~~|Grants permission to UpdateGatewaySoftwareNow",
  UpdateHypervisor: "|,;~~~|Grants permission to UpdateHypervisor",
};
const resourceTypeFacts = {
  /** The gateway resource type: arn:${Partition}:backup-gateway:${Region}:${Account}:gateway/${GatewayId} */
  gateway: "|,|1",
  /** The hypervisor resource type: arn:${Partition}:backup-gateway:${Region}:${Account}:hypervisor/${HypervisorId} */
  hypervisor: "|,|1",
  /** The virtualmachine resource type: arn:${Partition}:backup-gateway:${Region}:${Account}:vm/${VirtualmachineId} */
  virtualmachine: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a gateway resource: arn:${Partition}:backup-gateway:${Region}:${Account}:gateway/${GatewayId}. */
  gateway: "|,gateway|arn:|Partition|:backup-gateway:|Region|:|Account|:gateway/|GatewayId|",
  /** ARN of a hypervisor resource: arn:${Partition}:backup-gateway:${Region}:${Account}:hypervisor/${HypervisorId}. */
  hypervisor: "|,hypervisor|arn:|Partition|:backup-gateway:|Region|:|Account|:hypervisor/|HypervisorId|",
  /** ARN of a virtualmachine resource: arn:${Partition}:backup-gateway:${Region}:${Account}:vm/${VirtualmachineId}. */
  virtualmachine: "|,virtualmachine|arn:|Partition|:backup-gateway:|Region|:|Account|:vm/|VirtualmachineId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["gateway", "hypervisor", "virtualmachine"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "backup-gateway">;
/** Any backup-gateway action. */
export type Action = ActionOf<typeof actionFacts, "backup-gateway">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "backup-gateway">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "backup-gateway" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every backup-gateway action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the allowed set of values for each of the tags. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by tag-value associated with the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the presence of mandatory tags in the request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by the allowed set of values for each of the tags",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by tag-value associated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the presence of mandatory tags in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "backup-gateway",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
