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
export const prefix: "q" = "q";
/** The service's name in the reference. */
export const serviceName: "Amazon Q" = "Amazon Q";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  { name: "Amazon Q", url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonq.html" },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "identitystore:GroupId",
  "identitystore:UserId",
] as const;
const dependentActionList = [
  "cloudformation:GetResource",
  "cloudformation:GetResourceRequestStatus",
  "cloudformation:ListResourceRequests",
  "kms:Decrypt",
  "kms:GenerateDataKeyWithoutPlaintext",
  "kms:ReEncryptFrom",
  "kms:ReEncryptTo",
] as const;
const actionFacts = {
  /** Grants permission to associate an AWS resource with an Amazon Q connector. Access level: Write. Permission only. https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/security_iam_manage-access-with-policies.html */
  AssociateConnectorResource: "W||1||||",
  /** Grants permission to associate a login domain with an Amazon Q Developer Profile. Access level: Write. Resources: profile*. Permission only. https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/security_iam_manage-access-with-policies.html */
  AssociateLoginDomain: "W||1|1;1;|||",
  /** Grants permission to describe multiple groups for an Amazon Q Developer Profile. Access level: Read. Resources: profile*. Permission only. https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/security_iam_manage-access-with-policies.html */
  BatchDescribeGroups: "R||1|1;1;|||",
  /** Grants permission to describe multiple users for an Amazon Q Developer Profile. Access level: Read. Resources: profile*. Permission only. https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/security_iam_manage-access-with-policies.html */
  BatchDescribeUsers: "R||1|1;1;|||",
  /** Grants permission to get multiple groups for an Amazon Q Developer Profile. Access level: Read. Resources: profile*. Permission only. https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/security_iam_manage-access-with-policies.html */
  BatchGetGroups: "R||1|1;1;|||",
  /** Grants permission to get multiple users for an Amazon Q Developer Profile. Access level: Read. Resources: profile*. Permission only. https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/security_iam_manage-access-with-policies.html */
  BatchGetUsers: "R||1|1;1;|||",
  /** Grants permission to create an artifact with Amazon Q. Access level: Write. Permission only. https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/security_iam_manage-access-with-policies.html */
  CreateArtifact: "W||1||||",
  /** Grants permission to create a user or group assignment for an Amazon Q Developer Profile. Access level: Write. Resources: profile*. Permission only. https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/security_iam_manage-access-with-policies.html */
  CreateAssignment: "W||1|1;1;|3,4||",
  /** Grants permission to create OAuth user in Amazon Q. Access level: Write. Permission only. https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/security_iam_manage-access-with-policies.html */
  CreateAuthGrant: "W||1|||3,4,5,6|",
  /** Grants permission to register an OAuth application in Amazon Q. Access level: Write. Permission only. https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/security_iam_manage-access-with-policies.html */
  CreateOAuthAppConnection: "W||1|||3,4,5,6|",
  /** Grants permission to create and configure a third party plugin in Amazon Q. Access level: Write. Resources: plugin*. Permission only. https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/security_iam_manage-access-with-policies.html */
  CreatePlugin: "W||1|0;1;|0,2||",
  /** Grants permission to create a SCIM access token for an Amazon Q Developer Profile. Access level: Write. Resources: profile*. Permission only. https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/security_iam_manage-access-with-policies.html */
  CreateScimAccessToken: "W||1|1;1;|||",
  /** Grants permission to delete a user or group assignment for an Amazon Q Developer Profile. Access level: Write. Resources: profile*. Permission only. https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/security_iam_manage-access-with-policies.html */
  DeleteAssignment: "W||1|1;1;|3,4||",
  /** Grants permission to delete a conversation with Amazon Q. Access level: Write. Permission only. https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/security_iam_manage-access-with-policies.html */
  DeleteConversation: "W||1||||",
  /** Grants permission to delete an OAuth application in Amazon Q. Access level: Write. Permission only. https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/security_iam_manage-access-with-policies.html */
  DeleteOAuthAppConnection: "W||1|||3,4,5,6|",
  /** Grants permission to delete a configured plugin in Amazon Q. Access level: Write. Resources: plugin*. Permission only. https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/security_iam_manage-access-with-policies.html */
  DeletePlugin: "W||1|0;1;|1||",
  /** Grants permission to delete a SCIM access token for an Amazon Q Developer Profile. Access level: Write. Resources: profile*. Permission only. https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/security_iam_manage-access-with-policies.html */
  DeleteScimAccessToken: "W||1|1;1;|||",
  /** Grants permission to disassociate a login domain from an Amazon Q Developer Profile. Access level: Write. Resources: profile*. Permission only. https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/security_iam_manage-access-with-policies.html */
  DisassociateLoginDomain: "W||1|1;1;|||",
  /** Grants permission to generate code from CLI commands in Amazon Q. Access level: Read. Permission only. https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/security_iam_manage-access-with-policies.html */
  GenerateCodeFromCommands: "R||1||||",
  /** Grants permission to generate code recommendations in Amazon Q. Access level: Read. Permission only. https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/security_iam_manage-access-with-policies.html */
  GenerateCodeRecommendations: "R||1||||",
  /** Grants permission to view an Amazon Q artifact. Access level: Read. Permission only. https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/security_iam_manage-access-with-policies.html */
  GetArtifact: "R||1||||",
  /** Grants permission to view results of an action in an Amazon Q artifact. Access level: Read. Permission only. https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/security_iam_manage-access-with-policies.html */
  GetArtifactActionResult: "R||1|||0,1,2|",
  /** Grants permission to view information about a specific Amazon Q connector. Access level: Read. Permission only. https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/security_iam_manage-access-with-policies.html */
  GetConnector: "R||1||||",
  /** Grants permission to get individual messages associated with a specific conversation with Amazon Q. Access level: Read. Permission only. https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/security_iam_manage-access-with-policies.html */
  GetConversation: "R||1||||",
  /** Grants permission to Amazon Q to get the identity metadata. Access level: Read. Permission only. https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/security_iam_manage-access-with-policies.html */
  GetIdentityMetadata: "R||1||||",
  /** Grants permission to view information about a specific configured Amazon Q plugin. Access level: Read. Resources: plugin*. Permission only. https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/security_iam_manage-access-with-policies.html */
  GetPlugin: "R||1|0;1;|1||",
  /** Grants permission to get troubleshooting results with Amazon Q. Access level: Read. Permission only. https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/security_iam_manage-access-with-policies.html */
  GetTroubleshootingResults: "R||1||||",
  /** Grants permission to list individual conversations associated with a specific Amazon Q user. Access level: Read. Permission only. https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/security_iam_manage-access-with-policies.html */
  ListConversations: "R||1||||",
  /** Grants permission to read metrics to populate Amazon Q dashboard. Access level: List. Permission only. https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/security_iam_manage-access-with-policies.html */
  ListDashboardMetrics: "L||1||||",
  /** Grants permission to list groups for an Amazon Q Developer Profile. Access level: List. Resources: profile*. Permission only. https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/security_iam_manage-access-with-policies.html */
  ListGroups: "L||1|1;1;|||",
  /** Grants permission to list login domains for an Amazon Q Developer Profile. Access level: List. Resources: profile*. Permission only. https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/security_iam_manage-access-with-policies.html */
  ListLoginDomains: "L||1|1;1;|||",
  /** Grants permission to list available plugins in Amazon Q. Access level: List. Permission only. https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/security_iam_manage-access-with-policies.html */
  ListPluginProviders: "L||1||||",
  /** Grants permission to list configured plugins in Amazon Q. Access level: List. Resources: plugin*. Permission only. https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/security_iam_manage-access-with-policies.html */
  ListPlugins: "L||1|0;1;|||",
  /** Grants permission to list SCIM access tokens for an Amazon Q Developer Profile. Access level: List. Resources: profile*. Permission only. https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/security_iam_manage-access-with-policies.html */
  ListScimAccessTokens: "L||1|1;1;|||",
  /** Grants permission to list all tags associated with an Amazon Q resource. Access level: List. Resources: plugin. Permission only. https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/security_iam_manage-access-with-policies.html */
  ListTagsForResource: "L||1|0;0;|1||",
  /** Grants permission to list users for an Amazon Q Developer Profile. Access level: List. Resources: profile*. Permission only. https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/security_iam_manage-access-with-policies.html */
  ListUsers: "L||1|1;1;|||",
  /** Grants permission to allow Amazon Q to perform actions on your behalf. Access level: Write. Permission only. https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/security_iam_manage-access-with-policies.html */
  PassRequest: "W||1||||",
  /** Grants permission to perform an action in an Amazon Q artifact. Access level: Write. Permission only. https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/security_iam_manage-access-with-policies.html */
  PerformArtifactAction:
    "W||1|||cloudformation:CancelResourceRequest,cloudformation:CreateResource,0,1,2,cloudformation:UpdateResource,iam:AttachRolePolicy,iam:CreatePolicy,iam:CreateRole,iam:PutRolePolicy|",
  /** Grants permission to reject a connection request for an Amazon Q connector. Access level: Write. Permission only. https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/security_iam_manage-access-with-policies.html */
  RejectConnector: "W||1||||",
  /** Grants permission to trigger asynchronous Amazon Q actions. Access level: Write. Permission only. https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/security_iam_manage-access-with-policies.html */
  SendEvent: "W||1|||3,4,5,6|",
  /** Grants permission to send a message to Amazon Q. Access level: Write. Permission only. https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/security_iam_manage-access-with-policies.html */
  SendMessage: "W||1||||",
  /** Grants permission to start a conversation with Amazon Q. Access level: Write. Permission only. https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/security_iam_manage-access-with-policies.html */
  StartConversation: "W||1||||",
  /** Grants permission to start a troubleshooting analysis with Amazon Q. Access level: Write. Permission only. https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/security_iam_manage-access-with-policies.html */
  StartTroubleshootingAnalysis: "W||1||||",
  /** Grants permission to start a troubleshooting resolution explanation with Amazon Q. Access level: Write. Permission only. https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/security_iam_manage-access-with-policies.html */
  StartTroubleshootingResolutionExplanation: "W||1||||",
  /** Grants permission to associate tags with an Amazon Q resource. Access level: Tagging. Resources: plugin, profile. Permission only. https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/security_iam_manage-access-with-policies.html */
  TagResource: "T||1|0;0;,1;0;|0,1,2||",
  /** Grants permission to remove tags associated with an Amazon Q resource. Access level: Tagging. Resources: plugin, profile. Permission only. https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/security_iam_manage-access-with-policies.html */
  UntagResource: "T||1|0;0;,1;0;|1,2||",
  /** Grants permission to update a user or group assignment for an Amazon Q Developer Profile. Access level: Write. Resources: profile*. Permission only. https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/security_iam_manage-access-with-policies.html */
  UpdateAssignment: "W||1|1;1;|3,4||",
  /** Grants permission to update OAuth user in Amazon Q. Access level: Write. Permission only. https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/security_iam_manage-access-with-policies.html */
  UpdateAuthGrant: "W||1|||3,4,5,6|",
  /** Grants permission to update a conversation with Amazon Q. Access level: Write. Permission only. https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/security_iam_manage-access-with-policies.html */
  UpdateConversation: "W||1||||",
  /** Grants permission to update an OAuth application in Amazon Q. Access level: Write. Permission only. https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/security_iam_manage-access-with-policies.html */
  UpdateOAuthAppConnection: "W||1|||3,4,5,6|",
  /** Grants permission to update a third party plugin in Amazon Q. Access level: Write. Resources: plugin*. Permission only. https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/security_iam_manage-access-with-policies.html */
  UpdatePlugin: "W||1|0;1;|0,2||",
  /** Grants permission to update a troubleshooting command result with Amazon Q. Access level: Write. Permission only. https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/security_iam_manage-access-with-policies.html */
  UpdateTroubleshootingCommandResult: "W||1||||",
  /** Grants permission to use Amazon Q plugins. Access level: Write. Resources: plugin*. Permission only. https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/security_iam_manage-access-with-policies.html */
  UsePlugin: "W||1|0;1;|||",
  /** Grants permission to verify an OAuth application in Amazon Q. Access level: Write. Permission only. https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/security_iam_manage-access-with-policies.html */
  VerifyOAuthAppConnection: "W||1|||3,4,5,6|",
} as const;
const actionDetails = {
  AssociateConnectorResource: "|,;~|Grants permission to associate an AWS resource with an Amazon Q connector",
  AssociateLoginDomain: "|,;~|Grants permission to associate a login domain with an Amazon Q Developer Profile",
  BatchDescribeGroups: "|,;~|Grants permission to describe multiple groups for an Amazon Q Developer Profile",
  BatchDescribeUsers: "|,;~|Grants permission to describe multiple users for an Amazon Q Developer Profile",
  BatchGetGroups: "|,;~|Grants permission to get multiple groups for an Amazon Q Developer Profile",
  BatchGetUsers: "|,;~|Grants permission to get multiple users for an Amazon Q Developer Profile",
  CreateArtifact: "|,;~|Grants permission to create an artifact with Amazon Q",
  CreateAssignment: "|,;~|Grants permission to create a user or group assignment for an Amazon Q Developer Profile",
  CreateAuthGrant: "|,;~|Grants permission to create OAuth user in Amazon Q",
  CreateOAuthAppConnection: "|,;~|Grants permission to register an OAuth application in Amazon Q",
  CreatePlugin: "|,;~|Grants permission to create and configure a third party plugin in Amazon Q",
  CreateScimAccessToken: "|,;~|Grants permission to create a SCIM access token for an Amazon Q Developer Profile",
  DeleteAssignment: "|,;~|Grants permission to delete a user or group assignment for an Amazon Q Developer Profile",
  DeleteConversation: "|,;~|Grants permission to delete a conversation with Amazon Q",
  DeleteOAuthAppConnection: "|,;~|Grants permission to delete an OAuth application in Amazon Q",
  DeletePlugin: "|,;~|Grants permission to delete a configured plugin in Amazon Q",
  DeleteScimAccessToken: "|,;~|Grants permission to delete a SCIM access token for an Amazon Q Developer Profile",
  DisassociateLoginDomain: "|,;~|Grants permission to disassociate a login domain from an Amazon Q Developer Profile",
  GenerateCodeFromCommands: "|,;~|Grants permission to generate code from CLI commands in Amazon Q",
  GenerateCodeRecommendations: "|,;~|Grants permission to generate code recommendations in Amazon Q",
  GetArtifact: "|,;~|Grants permission to view an Amazon Q artifact",
  GetArtifactActionResult: "|,;~|Grants permission to view results of an action in an Amazon Q artifact",
  GetConnector: "|,;~|Grants permission to view information about a specific Amazon Q connector",
  GetConversation:
    "|,;~|Grants permission to get individual messages associated with a specific conversation with Amazon Q",
  GetIdentityMetadata: "|,;~|Grants permission to Amazon Q to get the identity metadata",
  GetPlugin: "|,;~|Grants permission to view information about a specific configured Amazon Q plugin",
  GetTroubleshootingResults: "|,;~|Grants permission to get troubleshooting results with Amazon Q",
  ListConversations: "|,;~|Grants permission to list individual conversations associated with a specific Amazon Q user",
  ListDashboardMetrics: "|,;~|Grants permission to read metrics to populate Amazon Q dashboard",
  ListGroups: "|,;~|Grants permission to list groups for an Amazon Q Developer Profile",
  ListLoginDomains: "|,;~|Grants permission to list login domains for an Amazon Q Developer Profile",
  ListPluginProviders: "|,;~|Grants permission to list available plugins in Amazon Q",
  ListPlugins: "|,;~|Grants permission to list configured plugins in Amazon Q",
  ListScimAccessTokens: "|,;~|Grants permission to list SCIM access tokens for an Amazon Q Developer Profile",
  ListTagsForResource: "|,;~|Grants permission to list all tags associated with an Amazon Q resource",
  ListUsers: "|,;~|Grants permission to list users for an Amazon Q Developer Profile",
  PassRequest: "|,;~|Grants permission to allow Amazon Q to perform actions on your behalf",
  PerformArtifactAction: "|,;~|Grants permission to perform an action in an Amazon Q artifact",
  RejectConnector: "|,;~|Grants permission to reject a connection request for an Amazon Q connector",
  SendEvent: "|,;~|Grants permission to trigger asynchronous Amazon Q actions",
  SendMessage: "|,;~|Grants permission to send a message to Amazon Q",
  StartConversation: "|,;~|Grants permission to start a conversation with Amazon Q",
  StartTroubleshootingAnalysis: "|,;~|Grants permission to start a troubleshooting analysis with Amazon Q",
  StartTroubleshootingResolutionExplanation:
    "|,;~|Grants permission to start a troubleshooting resolution explanation with Amazon Q",
  TagResource: "|,;~|Grants permission to associate tags with an Amazon Q resource",
  UntagResource: "|,;~|Grants permission to remove tags associated with an Amazon Q resource",
  UpdateAssignment: "|,;~|Grants permission to update a user or group assignment for an Amazon Q Developer Profile",
  UpdateAuthGrant: "|,;~|Grants permission to update OAuth user in Amazon Q",
  UpdateConversation: "|,;~|Grants permission to update a conversation with Amazon Q",
  UpdateOAuthAppConnection: "|,;~|Grants permission to update an OAuth application in Amazon Q",
  UpdatePlugin: "|,;~|Grants permission to update a third party plugin in Amazon Q",
  UpdateTroubleshootingCommandResult: "|,;~|Grants permission to update a troubleshooting command result with Amazon Q",
  UsePlugin: "|,;~|Grants permission to use Amazon Q plugins",
  VerifyOAuthAppConnection: "|,;~|Grants permission to verify an OAuth application in Amazon Q",
};
const resourceTypeFacts = {
  /** The plugin resource type: arn:${Partition}:qdeveloper:${Region}:${Account}:plugin/${Identifier} */
  plugin: "|,|1",
  /** The profile resource type: arn:${Partition}:codewhisperer:${Region}:${Account}:profile/${Identifier} */
  profile: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a plugin resource: arn:${Partition}:qdeveloper:${Region}:${Account}:plugin/${Identifier}. */
  plugin: "|,plugin|arn:|Partition|:qdeveloper:|Region|:|Account|:plugin/|Identifier|",
  /** ARN of a profile resource: arn:${Partition}:codewhisperer:${Region}:${Account}:profile/${Identifier}. */
  profile: "|,profile|arn:|Partition|:codewhisperer:|Region|:|Account|:profile/|Identifier|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["plugin", "profile"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "q">;
/** Any q action. */
export type Action = ActionOf<typeof actionFacts, "q">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "q">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "", client: "" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every q action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the tags associated with the Amazon Q resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the tag keys that are passed in the request. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access by IAM Identity Center Group ID. */
  "identitystore:GroupId": "ArrayOfString";
  /** Filters access by IAM Identity Center User ID. */
  "identitystore:UserId": "ArrayOfString";
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
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by the tags associated with the Amazon Q resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the tag keys that are passed in the request",
  "identitystore:GroupId": "|,ArrayOfString|0||Filters access by IAM Identity Center Group ID",
  "identitystore:UserId": "|,ArrayOfString|0||Filters access by IAM Identity Center User ID",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "q",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
