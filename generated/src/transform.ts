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
export const prefix: "transform" = "transform";
/** The service's name in the reference. */
export const serviceName: "AWS Transform" = "AWS Transform";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Transform",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awstransform.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to invoke AssociateConnectorResource on AWS Transform. Access level: Write. Resources: connector*. Permission only. https://docs.aws.amazon.com/transform/latest/userguide/security_iam_permissions.html */
  AssociateConnectorResource: "W||1|0;1;|||",
  /** Grants permission to invoke CreateProfile on AWS Transform. Access level: Write. Resources: profile*. Permission only. https://docs.aws.amazon.com/transform/latest/userguide/security_iam_permissions.html */
  CreateProfile: "W||1|1;1;|||",
  /** Grants permission to invoke DeleteAgentRuntimeConfiguration on AWS Transform. Access level: Write. Permission only. https://docs.aws.amazon.com/transform/latest/userguide/security_iam_permissions.html */
  DeleteAgentRuntimeConfiguration: "W||1||||",
  /** Grants permission to invoke DeleteConnector on AWS Transform. Access level: Write. Resources: connector*. Permission only. https://docs.aws.amazon.com/transform/latest/userguide/security_iam_permissions.html */
  DeleteConnector: "W||1|0;1;|||",
  /** Grants permission to invoke DeleteProfile on AWS Transform. Access level: Write. Resources: profile*. Permission only. https://docs.aws.amazon.com/transform/latest/userguide/security_iam_permissions.html */
  DeleteProfile: "W||1|1;1;|||",
  /** Grants permission to invoke GetAccountSettings on AWS Transform. Access level: Read. Permission only. https://docs.aws.amazon.com/transform/latest/userguide/security_iam_permissions.html */
  GetAccountSettings: "R||1||||",
  /** Grants permission to invoke GetAgent on AWS Transform. Access level: Read. Permission only. https://docs.aws.amazon.com/transform/latest/userguide/security_iam_permissions.html */
  GetAgent: "R||1||||",
  /** Grants permission to invoke GetAgentRuntimeConfiguration on AWS Transform. Access level: Read. Permission only. https://docs.aws.amazon.com/transform/latest/userguide/security_iam_permissions.html */
  GetAgentRuntimeConfiguration: "R||1||||",
  /** Grants permission to invoke GetConnector on AWS Transform. Access level: Read. Resources: connector*. Permission only. https://docs.aws.amazon.com/transform/latest/userguide/security_iam_permissions.html */
  GetConnector: "R||1|0;1;|||",
  /** Grants permission to invoke GetWebAppUrl on AWS Transform. Access level: Read. Permission only. https://docs.aws.amazon.com/transform/latest/userguide/security_iam_permissions.html */
  GetWebAppUrl: "R||1||||",
  /** Grants permission to invoke ListAgents on AWS Transform. Access level: Read. Permission only. https://docs.aws.amazon.com/transform/latest/userguide/security_iam_permissions.html */
  ListAgents: "R||1||||",
  /** Grants permission to invoke ListConnectors on AWS Transform. Access level: List. Permission only. https://docs.aws.amazon.com/transform/latest/userguide/security_iam_permissions.html */
  ListConnectors: "L||1||||",
  /** Grants permission to invoke ListProfiles on AWS Transform. Access level: List. Permission only. https://docs.aws.amazon.com/transform/latest/userguide/security_iam_permissions.html */
  ListProfiles: "L||1||||",
  /** Grants permission to invoke ListTagsForResource on AWS Transform. Access level: Read. Resources: connector*. Permission only. https://docs.aws.amazon.com/transform/latest/userguide/security_iam_permissions.html */
  ListTagsForResource: "R||1|0;1;|||",
  /** Grants permission to invoke PutAgentRuntimeConfiguration on AWS Transform. Access level: Write. Permission only. https://docs.aws.amazon.com/transform/latest/userguide/security_iam_permissions.html */
  PutAgentRuntimeConfiguration: "W||1||||",
  /** Grants permission to invoke RejectConnector on AWS Transform. Access level: Write. Resources: connector*. Permission only. https://docs.aws.amazon.com/transform/latest/userguide/security_iam_permissions.html */
  RejectConnector: "W||1|0;1;|||",
  /** Grants permission to invoke TagResource on AWS Transform. Access level: Tagging. Resources: connector*. Permission only. https://docs.aws.amazon.com/transform/latest/userguide/security_iam_permissions.html */
  TagResource: "T||1|0;1;|0,1||",
  /** Grants permission to invoke UntagResource on AWS Transform. Access level: Tagging. Resources: connector*. Permission only. https://docs.aws.amazon.com/transform/latest/userguide/security_iam_permissions.html */
  UntagResource: "T||1|0;1;|1||",
  /** Grants permission to invoke UpdateAccountSettings on AWS Transform. Access level: Write. Permission only. https://docs.aws.amazon.com/transform/latest/userguide/security_iam_permissions.html */
  UpdateAccountSettings: "W||1||||",
  /** Grants permission to invoke UpdateAgentAccess on AWS Transform. Access level: Write. Permission only. https://docs.aws.amazon.com/transform/latest/userguide/security_iam_permissions.html */
  UpdateAgentAccess: "W||1||||",
  /** Grants permission to invoke UpdateProfile on AWS Transform. Access level: Write. Resources: profile*. Permission only. https://docs.aws.amazon.com/transform/latest/userguide/security_iam_permissions.html */
  UpdateProfile: "W||1|1;1;|||",
} as const;
const actionDetails = {
  AssociateConnectorResource: "|,;~|Grants permission to invoke AssociateConnectorResource on AWS Transform",
  CreateProfile: "|,;~|Grants permission to invoke CreateProfile on AWS Transform",
  DeleteAgentRuntimeConfiguration: "|,;~|Grants permission to invoke DeleteAgentRuntimeConfiguration on AWS Transform",
  DeleteConnector: "|,;~|Grants permission to invoke DeleteConnector on AWS Transform",
  DeleteProfile: "|,;~|Grants permission to invoke DeleteProfile on AWS Transform",
  GetAccountSettings: "|,;~|Grants permission to invoke GetAccountSettings on AWS Transform",
  GetAgent: "|,;~|Grants permission to invoke GetAgent on AWS Transform",
  GetAgentRuntimeConfiguration: "|,;~|Grants permission to invoke GetAgentRuntimeConfiguration on AWS Transform",
  GetConnector: "|,;~|Grants permission to invoke GetConnector on AWS Transform",
  GetWebAppUrl: "|,;~|Grants permission to invoke GetWebAppUrl on AWS Transform",
  ListAgents: "|,;~|Grants permission to invoke ListAgents on AWS Transform",
  ListConnectors: "|,;~|Grants permission to invoke ListConnectors on AWS Transform",
  ListProfiles: "|,;~|Grants permission to invoke ListProfiles on AWS Transform",
  ListTagsForResource: "|,;~|Grants permission to invoke ListTagsForResource on AWS Transform",
  PutAgentRuntimeConfiguration: "|,;~|Grants permission to invoke PutAgentRuntimeConfiguration on AWS Transform",
  RejectConnector: "|,;~|Grants permission to invoke RejectConnector on AWS Transform",
  TagResource: "|,;~|Grants permission to invoke TagResource on AWS Transform",
  UntagResource: "|,;~|Grants permission to invoke UntagResource on AWS Transform",
  UpdateAccountSettings: "|,;~|Grants permission to invoke UpdateAccountSettings on AWS Transform",
  UpdateAgentAccess: "|,;~|Grants permission to invoke UpdateAgentAccess on AWS Transform",
  UpdateProfile: "|,;~|Grants permission to invoke UpdateProfile on AWS Transform",
};
const resourceTypeFacts = {
  /** The connector resource type: arn:${Partition}:transform:${Region}:${Account}:connector/${WorkspaceId}/${ConnectorId} */
  connector: "|,|",
  /** The profile resource type: arn:${Partition}:transform:${Region}:${Account}:profile/${Identifier} */
  profile: "|,|",
} as const;
const arnFormats = {
  /** ARN of a connector resource: arn:${Partition}:transform:${Region}:${Account}:connector/${WorkspaceId}/${ConnectorId}. */
  connector: "|,connector|arn:|Partition|:transform:|Region|:|Account|:connector/|WorkspaceId|/|ConnectorId|",
  /** ARN of a profile resource: arn:${Partition}:transform:${Region}:${Account}:profile/${Identifier}. */
  profile: "|,profile|arn:|Partition|:transform:|Region|:|Account|:profile/|Identifier|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["connector", "profile"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "transform">;
/** Any transform action. */
export type Action = ActionOf<typeof actionFacts, "transform">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "transform">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "", client: "" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every transform action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the tag keys that are passed in the request. */
  "aws:TagKeys": "ArrayOfString";
}

/** Condition key -> value type. */
export type ConditionKeys = ConditionKeysOf<ConditionKeyTypes>;

/** Condition key with a placeholder, as the reference writes it -> its template-literal key. */
export interface ConditionKeyPatterns {
  /** aws:RequestTag/${TagKey} */
  "aws:RequestTag/${TagKey}": `aws:RequestTag/${string}`;
}

/** A condition key as the reference writes it. */
export type ConditionKeyName = (typeof conditionKeyList)[number];
/** Condition key -> description, types, deprecation. */
export type ConditionKeyInfos = { readonly [K in ConditionKeyName]: ConditionKeyInfo };
const conditionKeyRows: { readonly [K in ConditionKeyName]: string } = {
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by the tags that are passed in the request",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the tag keys that are passed in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "transform",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
