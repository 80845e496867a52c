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
export const prefix: "diode-messaging" = "diode-messaging";
/** The service's name in the reference. */
export const serviceName: "diode-messaging" = "diode-messaging";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** diode-messaging:AcceptAccountMapping. Access level: Write. Resources: mapping. */
  AcceptAccountMapping: "W|||0;0;|1||",
  /** diode-messaging:AssociateRequestingFlow. Access level: Write. Resources: mapping, requestingFlow. */
  AssociateRequestingFlow: "W|||0;0;,1;0;|1||",
  /** diode-messaging:AssociateRespondingFlow. Access level: Write. Resources: mapping, respondingFlow. */
  AssociateRespondingFlow: "W|||0;0;,2;0;|1||",
  /** diode-messaging:CreateAccountMapping. Access level: Write. */
  CreateAccountMapping: "W||||0,2||",
  /** diode-messaging:CreateRequestingFlow. Access level: Write. */
  CreateRequestingFlow: "W||||0,2||",
  /** diode-messaging:CreateRespondingFlow. Access level: Write. */
  CreateRespondingFlow: "W||||0,2||",
  /** diode-messaging:DeleteAccountMapping. Access level: Write. Resources: mapping. */
  DeleteAccountMapping: "W|||0;0;|1||",
  /** diode-messaging:DeleteRequestingFlow. Access level: Write. Resources: requestingFlow. */
  DeleteRequestingFlow: "W|||1;0;|1||",
  /** diode-messaging:DeleteRespondingFlow. Access level: Write. Resources: respondingFlow. */
  DeleteRespondingFlow: "W|||2;0;|1||",
  /** diode-messaging:DisassociateRequestingFlow. Access level: Write. Resources: mapping, requestingFlow. */
  DisassociateRequestingFlow: "W|||0;0;,1;0;|1||",
  /** diode-messaging:DisassociateRespondingFlow. Access level: Write. Resources: mapping, respondingFlow. */
  DisassociateRespondingFlow: "W|||0;0;,2;0;|1||",
  /** diode-messaging:GetAccountMapping. Access level: Read. Resources: mapping. */
  GetAccountMapping: "R|||0;0;|1||",
  /** diode-messaging:GetAccountMappingPin. Access level: Read. Resources: mapping. */
  GetAccountMappingPin: "R|||0;0;|1||",
  /** diode-messaging:GetRequestingFlow. Access level: Read. Resources: requestingFlow. */
  GetRequestingFlow: "R|||1;0;|1||",
  /** diode-messaging:GetRespondingFlow. Access level: Read. Resources: respondingFlow. */
  GetRespondingFlow: "R|||2;0;|1||",
  /** diode-messaging:ListAccountMappings. Access level: List. */
  ListAccountMappings: "L||||||",
  /** diode-messaging:ListArtifacts. Access level: List. */
  ListArtifacts: "L||||||",
  /** diode-messaging:ListRequestingFlows. Access level: List. */
  ListRequestingFlows: "L||||||",
  /** diode-messaging:ListRespondingFlows. Access level: List. */
  ListRespondingFlows: "L||||||",
  /** diode-messaging:ListTagsForResource. Access level: Read. Resources: mapping, requestingFlow, respondingFlow. */
  ListTagsForResource: "R|||0;0;,1;0;,2;0;|1||",
  /** diode-messaging:RejectAccountMapping. Access level: Write. Resources: mapping. */
  RejectAccountMapping: "W|||0;0;|1||",
  /** diode-messaging:TagResource. Access level: Tagging, Write. Resources: mapping, requestingFlow, respondingFlow. */
  TagResource: "T|T,W||0;0;,1;0;,2;0;|0,1,2||",
  /** diode-messaging:UntagResource. Access level: Tagging, Write. Resources: mapping, requestingFlow, respondingFlow. */
  UntagResource: "T|T,W||0;0;,1;0;,2;0;|1,2||",
  /** diode-messaging:UpdateRequestingFlow. Access level: Write. Resources: requestingFlow. */
  UpdateRequestingFlow: "W|||1;0;|1||",
  /** diode-messaging:UpdateRespondingFlow. Access level: Write. Resources: respondingFlow. */
  UpdateRespondingFlow: "W|||2;0;|1||",
} as const;
const actionDetails = {
  AcceptAccountMapping: "|,;~|",
  AssociateRequestingFlow: "|,;~|",
  AssociateRespondingFlow: "|,;~|",
  CreateAccountMapping: "|,;~|",
  CreateRequestingFlow: "|,;~|",
  CreateRespondingFlow: "|,;~|",
  DeleteAccountMapping: "|,;~|",
  DeleteRequestingFlow: "|,;~|",
  DeleteRespondingFlow: "|,;~|",
  DisassociateRequestingFlow: "|,;~|",
  DisassociateRespondingFlow: "|,;~|",
  GetAccountMapping: "|,;~|",
  GetAccountMappingPin: "|,;~|",
  GetRequestingFlow: "|,;~|",
  GetRespondingFlow: "|,;~|",
  ListAccountMappings: "|,;~|",
  ListArtifacts: "|,;~|",
  ListRequestingFlows: "|,;~|",
  ListRespondingFlows: "|,;~|",
  ListTagsForResource: "|,;~|",
  RejectAccountMapping: "|,;~|",
  TagResource: "|,;~|",
  UntagResource: "|,;~|",
  UpdateRequestingFlow: "|,;~|",
  UpdateRespondingFlow: "|,;~|",
};
const resourceTypeFacts = {
  /** The mapping resource type: arn:${Partition}:diode-messaging:${Region}:${Account}:mapping/${MappingId} */
  mapping: "|,|1",
  /** The requestingFlow resource type: arn:${Partition}:diode-messaging:${Region}:${Account}:requesting-flow/${RequestingFlowId} */
  requestingFlow: "|,|1",
  /** The respondingFlow resource type: arn:${Partition}:diode-messaging:${Region}:${Account}:responding-flow/${RespondingFlowId} */
  respondingFlow: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a mapping resource: arn:${Partition}:diode-messaging:${Region}:${Account}:mapping/${MappingId}. */
  mapping: "|,mapping|arn:|Partition|:diode-messaging:|Region|:|Account|:mapping/|MappingId|",
  /** ARN of a requestingFlow resource: arn:${Partition}:diode-messaging:${Region}:${Account}:requesting-flow/${RequestingFlowId}. */
  requestingFlow:
    "|,requestingFlow|arn:|Partition|:diode-messaging:|Region|:|Account|:requesting-flow/|RequestingFlowId|",
  /** ARN of a respondingFlow resource: arn:${Partition}:diode-messaging:${Region}:${Account}:responding-flow/${RespondingFlowId}. */
  respondingFlow:
    "|,respondingFlow|arn:|Partition|:diode-messaging:|Region|:|Account|:responding-flow/|RespondingFlowId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["mapping", "requestingFlow", "respondingFlow"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "diode-messaging">;
/** Any diode-messaging action. */
export type Action = ActionOf<typeof actionFacts, "diode-messaging">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "diode-messaging">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "", client: "" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every diode-messaging action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "diode-messaging",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
