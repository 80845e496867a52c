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
export const prefix: "diode" = "diode";
/** The service's name in the reference. */
export const serviceName: "diode" = "diode";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "diode:transferProfile",
] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** diode:AcceptAccountMapping. Access level: Write. Resources: account-mapping. */
  AcceptAccountMapping: "W|||0;0;|||",
  /** diode:CreateAccountMapping. Access level: Write. Resources: account-mapping. */
  CreateAccountMapping: "W|||0;0;|0,2,3||",
  /** diode:CreateLogDeliverySubscription. Access level: Write. Resources: account-mapping. */
  CreateLogDeliverySubscription: "W|||0;0;|||",
  /** diode:CreateTransfer. Access level: Write. Resources: account-mapping, transfer. */
  CreateTransfer: "W|||0;0;,1;0;|0,2||",
  /** diode:DeleteAccountMapping. Access level: Write. Resources: account-mapping. */
  DeleteAccountMapping: "W|||0;0;|||",
  /** diode:DeleteLogDeliverySubscription. Access level: Write. Resources: account-mapping. */
  DeleteLogDeliverySubscription: "W|||0;0;|||",
  /** diode:DescribeAccountMapping. Access level: Read. */
  DescribeAccountMapping: "R||||||",
  /** diode:DescribeTransfer. Access level: Read. Resources: account-mapping. */
  DescribeTransfer: "R|||0;0;|||",
  /** diode:GetAccountMappingPin. Access level: Read. Resources: account-mapping. */
  GetAccountMappingPin: "R|||0;0;|||",
  /** diode:ListAccountMappings. Access level: Read. */
  ListAccountMappings: "R||||||",
  /** diode:ListLogDeliverySubscriptions. Access level: Write. Resources: account-mapping. */
  ListLogDeliverySubscriptions: "W|||0;0;|||",
  /** diode:ListTags. Access level: Read. Resources: account-mapping, transfer. */
  ListTags: "R|||0;0;,1;0;|||",
  /** diode:ListTransfers. Access level: Read. */
  ListTransfers: "R||||||",
  /** diode:RejectAccountMapping. Access level: Write. Resources: account-mapping. */
  RejectAccountMapping: "W|||0;0;|||",
  /** diode:TagResource. Access level: Tagging, Write. Resources: account-mapping, transfer. */
  TagResource: "T|T,W||0;0;,1;0;|0,2||",
  /** diode:UntagResource. Access level: Tagging, Write. Resources: account-mapping, transfer. */
  UntagResource: "T|T,W||0;0;,1;0;|2||",
  /** diode:UpdateAccountMappingAlias. Access level: Write. Resources: account-mapping. */
  UpdateAccountMappingAlias: "W|||0;0;|||",
  /** diode:UpdateAccountMappingDeliveryS3BucketName. Access level: Write. Resources: account-mapping. */
  UpdateAccountMappingDeliveryS3BucketName: "W|||0;0;|||",
  /** diode:UpdateAccountMappingRoleArn. Access level: Permissions management, Write. Resources: account-mapping. */
  UpdateAccountMappingRoleArn: "P|P,W||0;0;|||",
} as const;
const actionDetails = {
  AcceptAccountMapping: "|,;~|",
  CreateAccountMapping: "|,;~|",
  CreateLogDeliverySubscription: "|,;~|",
  CreateTransfer: "|,;~|",
  DeleteAccountMapping: "|,;~|",
  DeleteLogDeliverySubscription: "|,;~|",
  DescribeAccountMapping: "|,;~|",
  DescribeTransfer: "|,;~|",
  GetAccountMappingPin: "|,;~|",
  ListAccountMappings: "|,;~|",
  ListLogDeliverySubscriptions: "|,;~|",
  ListTags: "|,;~|",
  ListTransfers: "|,;~|",
  RejectAccountMapping: "|,;~|",
  TagResource: "|,;~|",
  UntagResource: "|,;~|",
  UpdateAccountMappingAlias: "|,;~|",
  UpdateAccountMappingDeliveryS3BucketName: "|,;~|",
  UpdateAccountMappingRoleArn: "|,;~|",
};
const resourceTypeFacts = {
  /** The account-mapping resource type: arn:${Partition}:diode:${Region}:${Account}:account-mapping/${ResourceId} */
  "account-mapping": "|,accountMapping|1",
  /** The transfer resource type: arn:${Partition}:diode:${Region}:${Account}:transfer/${ResourceId} */
  transfer: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a account-mapping resource: arn:${Partition}:diode:${Region}:${Account}:account-mapping/${ResourceId}. */
  accountMapping: "|,account-mapping|arn:|Partition|:diode:|Region|:|Account|:account-mapping/|ResourceId|",
  /** ARN of a transfer resource: arn:${Partition}:diode:${Region}:${Account}:transfer/${ResourceId}. */
  transfer: "|,transfer|arn:|Partition|:diode:|Region|:|Account|:transfer/|ResourceId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["account-mapping", "transfer"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "diode">;
/** Any diode action. */
export type Action = ActionOf<typeof actionFacts, "diode">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "diode">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "", client: "" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every diode action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** diode:transferProfile. */
  "diode:transferProfile": "String";
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
  "diode:transferProfile": "|,String|0||",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "diode",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
