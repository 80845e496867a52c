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
export const prefix: "chatbot" = "chatbot";
/** The service's name in the reference. */
export const serviceName: "AWS Chatbot" = "AWS Chatbot";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Chatbot",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awschatbot.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["chatbot:TagResource", "iam:PassRole"] as const;
const actionFacts = {
  /** Grants permission to associate a resource with a configuration. Access level: Write. Resources: ChatbotConfiguration*, custom-action*. https://docs.aws.amazon.com/chatbot/latest/APIReference/API_AssociateToConfiguration.html */
  AssociateToConfiguration: "W|||0;1;,1;1;|1||;",
  /** Grants permission to create an AWS Chatbot Chime Webhook Configuration. Access level: Write. https://docs.aws.amazon.com/chatbot/latest/APIReference/API_CreateChimeWebhookConfiguration.html */
  CreateChimeWebhookConfiguration: "W||||0,2|0,1|;",
  /** Grants permission to create a custom action. Access level: Write. https://docs.aws.amazon.com/chatbot/latest/APIReference/API_CreateCustomAction.html */
  CreateCustomAction: "W||||0,2|0|;",
  /** Grants permission to create an AWS Chatbot Microsoft Teams Channel Configuration. Access level: Write. https://docs.aws.amazon.com/chatbot/latest/APIReference/API_CreateMicrosoftTeamsChannelConfiguration.html */
  CreateMicrosoftTeamsChannelConfiguration: "W||||0,2|0,1|;",
  /** Grants permission to create an AWS Chatbot Slack Channel Configuration. Access level: Write. https://docs.aws.amazon.com/chatbot/latest/APIReference/API_CreateSlackChannelConfiguration.html */
  CreateSlackChannelConfiguration: "W||||0,2|0,1|;",
  /** Grants permission to delete an AWS Chatbot Chime Webhook Configuration. Access level: Write. Resources: ChatbotConfiguration*. https://docs.aws.amazon.com/chatbot/latest/APIReference/API_DeleteChimeWebhookConfiguration.html */
  DeleteChimeWebhookConfiguration: "W|||0;1;|1||;",
  /** Grants permission to delete a custom action. Access level: Write. Resources: custom-action*. https://docs.aws.amazon.com/chatbot/latest/APIReference/API_DeleteCustomAction.html */
  DeleteCustomAction: "W|||1;1;|1||;",
  /** Grants permission to delete an AWS Chatbot Microsoft Teams Channel Configuration. Access level: Write. Resources: ChatbotConfiguration*. https://docs.aws.amazon.com/chatbot/latest/APIReference/API_DeleteMicrosoftTeamsChannelConfiguration.html */
  DeleteMicrosoftTeamsChannelConfiguration: "W|||0;1;|1||;",
  /** Grants permission to delete the Microsoft Teams configured with AWS Chatbot in an AWS account. Access level: Write. https://docs.aws.amazon.com/chatbot/latest/APIReference/API_DeleteMicrosoftTeamsConfiguredTeam.html */
  DeleteMicrosoftTeamsConfiguredTeam: "W||||||;",
  /** Grants permission to delete an AWS Chatbot Microsoft Teams User Identity. Access level: Write. https://docs.aws.amazon.com/chatbot/latest/APIReference/API_DeleteMicrosoftTeamsUserIdentity.html */
  DeleteMicrosoftTeamsUserIdentity: "W||||||;",
  /** Grants permission to delete an AWS Chatbot Slack Channel Configuration. Access level: Write. Resources: ChatbotConfiguration*. https://docs.aws.amazon.com/chatbot/latest/APIReference/API_DeleteSlackChannelConfiguration.html */
  DeleteSlackChannelConfiguration: "W|||0;1;|1||;",
  /** Grants permission to delete an AWS Chatbot Slack User Identity. Access level: Write. https://docs.aws.amazon.com/chatbot/latest/APIReference/API_DeleteSlackUserIdentity.html */
  DeleteSlackUserIdentity: "W||||||;",
  /** Grants permission to delete the Slack workspace authorization with AWS Chatbot, associated with an AWS account. Access level: Write. https://docs.aws.amazon.com/chatbot/latest/APIReference/API_DeleteSlackWorkspaceAuthorization.html */
  DeleteSlackWorkspaceAuthorization: "W||||||;",
  /** Grants permission to list all AWS Chatbot Chime Webhook Configurations in an AWS Account. Access level: Read. https://docs.aws.amazon.com/chatbot/latest/APIReference/API_DescribeChimeWebhookConfigurations.html */
  DescribeChimeWebhookConfigurations: "R||||||;",
  /** Grants permission to list all AWS Chatbot Slack Channel Configurations in an AWS account. Access level: Read. https://docs.aws.amazon.com/chatbot/latest/APIReference/API_DescribeSlackChannelConfigurations.html */
  DescribeSlackChannelConfigurations: "R||||||;",
  /** Grants permission to list all public Slack channels in the Slack workspace connected to the AWS Account onboarded with AWS Chatbot service. Access level: Read. https://docs.aws.amazon.com/chatbot/latest/APIReference/API_Operations.html */
  DescribeSlackChannels: "R||||||",
  /** Grants permission to describe AWS Chatbot Slack User Identities. Access level: Read. https://docs.aws.amazon.com/chatbot/latest/APIReference/API_DescribeSlackUserIdentities.html */
  DescribeSlackUserIdentities: "R||||||;",
  /** Grants permission to list all authorized Slack workspaces connected to the AWS Account onboarded with AWS Chatbot service. Access level: Read. https://docs.aws.amazon.com/chatbot/latest/APIReference/API_DescribeSlackWorkspaces.html */
  DescribeSlackWorkspaces: "R||||||;",
  /** Grants permission to disassociate a resource from a configuration. Access level: Write. Resources: ChatbotConfiguration*, custom-action*. https://docs.aws.amazon.com/chatbot/latest/APIReference/API_DisassociateFromConfiguration.html */
  DisassociateFromConfiguration: "W|||0;1;,1;1;|1||;",
  /** Grants permission to retrieve AWS Chatbot account preferences. Access level: Read. https://docs.aws.amazon.com/chatbot/latest/APIReference/API_GetAccountPreferences.html */
  GetAccountPreferences: "R||||||;",
  /** Grants permission to get a custom action. Access level: Read. Resources: custom-action*. https://docs.aws.amazon.com/chatbot/latest/APIReference/API_GetCustomAction.html */
  GetCustomAction: "R|||1;1;|1||;",
  /** Grants permission to get a single AWS Chatbot Microsoft Teams Channel Configurations in an AWS account. Access level: Read. https://docs.aws.amazon.com/chatbot/latest/APIReference/API_GetMicrosoftTeamsChannelConfiguration.html */
  GetMicrosoftTeamsChannelConfiguration: "R||||1||;",
  /** Grants permission to generate OAuth parameters to request Microsoft Teams OAuth code to be used by the AWS Chatbot service. Access level: Read. https://docs.aws.amazon.com/chatbot/latest/APIReference/API_Operations.html */
  GetMicrosoftTeamsOauthParameters: "R||||||",
  /** Grants permission to generate OAuth parameters to request Slack OAuth code to be used by the AWS Chatbot service. Access level: Read. https://docs.aws.amazon.com/chatbot/latest/APIReference/API_Operations.html */
  GetSlackOauthParameters: "R||||||",
  /** Grants permission to list resources associated with a configuration. Access level: Read. Resources: ChatbotConfiguration*. https://docs.aws.amazon.com/chatbot/latest/APIReference/API_ListAssociations.html */
  ListAssociations: "R|||0;1;|||;",
  /** Grants permission to list custom actions. Access level: List. https://docs.aws.amazon.com/chatbot/latest/APIReference/API_ListCustomActions.html */
  ListCustomActions: "L||||||;",
  /** Grants permission to list all AWS Chatbot Microsoft Teams Channel Configurations in an AWS account. Access level: Read. https://docs.aws.amazon.com/chatbot/latest/APIReference/API_ListMicrosoftTeamsChannelConfigurations.html */
  ListMicrosoftTeamsChannelConfigurations: "R||||||;",
  /** Grants permission to list all Microsoft Teams connected to the AWS Account onboarded with AWS Chatbot service. Access level: Read. https://docs.aws.amazon.com/chatbot/latest/APIReference/API_ListMicrosoftTeamsConfiguredTeams.html */
  ListMicrosoftTeamsConfiguredTeams: "R||||||;",
  /** Grants permission to describe AWS Chatbot Microsoft Teams User Identities. Access level: Read. https://docs.aws.amazon.com/chatbot/latest/APIReference/API_ListMicrosoftTeamsUserIdentities.html */
  ListMicrosoftTeamsUserIdentities: "R||||||;",
  /** Grants permission to List all tags associated with the AWS Chatbot Channel Configuration. Access level: Read. https://docs.aws.amazon.com/chatbot/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R||||||;",
  /** Grants permission to redeem previously generated parameters with Microsoft APIs, to acquire OAuth tokens to be used by the AWS Chatbot service. Access level: Write. https://docs.aws.amazon.com/chatbot/latest/APIReference/API_Operations.html */
  RedeemMicrosoftTeamsOauthCode: "W||||||",
  /** Grants permission to redeem previously generated parameters with Slack API, to acquire OAuth tokens to be used by the AWS Chatbot service. Access level: Write. https://docs.aws.amazon.com/chatbot/latest/APIReference/API_Operations.html */
  RedeemSlackOauthCode: "W||||||",
  /** Grants permission to create tags on AWS Chatbot Channel Configuration. Access level: Tagging. Resources: ChatbotConfiguration, custom-action. https://docs.aws.amazon.com/chatbot/latest/APIReference/API_TagResource.html */
  TagResource:
    "T|||0;0;,1;0;|0,2||CreateChimeWebhookConfiguration,CreateCustomAction,CreateMicrosoftTeamsChannelConfiguration,CreateSlackChannelConfiguration,;",
  /** Grants permission to remove tags on AWS Chatbot Channel Configuration. Access level: Tagging. Resources: ChatbotConfiguration, custom-action. https://docs.aws.amazon.com/chatbot/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;|2||;",
  /** Grants permission to update AWS Chatbot account preferences. Access level: Write. https://docs.aws.amazon.com/chatbot/latest/APIReference/API_UpdateAccountPreferences.html */
  UpdateAccountPreferences: "W||||||;",
  /** Grants permission to update an AWS Chatbot Chime Webhook Configuration. Access level: Write. Resources: ChatbotConfiguration*. https://docs.aws.amazon.com/chatbot/latest/APIReference/API_UpdateChimeWebhookConfiguration.html */
  UpdateChimeWebhookConfiguration: "W|||0;1;|1|1|;",
  /** Grants permission to update a custom action. Access level: Write. Resources: custom-action*. https://docs.aws.amazon.com/chatbot/latest/APIReference/API_UpdateCustomAction.html */
  UpdateCustomAction: "W|||1;1;|1||;",
  /** Grants permission to update an AWS Chatbot Microsoft Teams Channel Configuration. Access level: Write. Resources: ChatbotConfiguration*. https://docs.aws.amazon.com/chatbot/latest/APIReference/API_UpdateMicrosoftTeamsChannelConfiguration.html */
  UpdateMicrosoftTeamsChannelConfiguration: "W|||0;1;|1|1|;",
  /** Grants permission to update an AWS Chatbot Slack Channel Configuration. Access level: Write. Resources: ChatbotConfiguration*. https://docs.aws.amazon.com/chatbot/latest/APIReference/API_UpdateSlackChannelConfiguration.html */
  UpdateSlackChannelConfiguration: "W|||0;1;|1|1|;",
} as const;
const actionDetails = {
  AssociateToConfiguration: "|,;~~~|Grants permission to associate a resource with a configuration",
  CreateChimeWebhookConfiguration: "|,;~~~|Grants permission to create an AWS Chatbot Chime Webhook Configuration",
  CreateCustomAction: "|,;~~~|Grants permission to create a custom action",
  CreateMicrosoftTeamsChannelConfiguration:
    "|,;~~~|Grants permission to create an AWS Chatbot Microsoft Teams Channel Configuration",
  CreateSlackChannelConfiguration: "|,;~~~|Grants permission to create an AWS Chatbot Slack Channel Configuration",
  DeleteChimeWebhookConfiguration: "|,;~~~|Grants permission to delete an AWS Chatbot Chime Webhook Configuration",
  DeleteCustomAction: "|,;~~~|Grants permission to delete a custom action",
  DeleteMicrosoftTeamsChannelConfiguration:
    "|,;~~~|Grants permission to delete an AWS Chatbot Microsoft Teams Channel Configuration",
  DeleteMicrosoftTeamsConfiguredTeam:
    "|,;~~~|Grants permission to delete the Microsoft Teams configured with AWS Chatbot in an AWS account",
  DeleteMicrosoftTeamsUserIdentity: "|,;~~~|Grants permission to delete an AWS Chatbot Microsoft Teams User Identity",
  DeleteSlackChannelConfiguration: "|,;~~~|Grants permission to delete an AWS Chatbot Slack Channel Configuration",
  DeleteSlackUserIdentity: "|,;~~~|Grants permission to delete an AWS Chatbot Slack User Identity",
  DeleteSlackWorkspaceAuthorization:
    "|,;~~~|Grants permission to delete the Slack workspace authorization with AWS Chatbot, associated with an AWS account",
  DescribeChimeWebhookConfigurations:
    "|,;~~~|Grants permission to list all AWS Chatbot Chime Webhook Configurations in an AWS Account",
  DescribeSlackChannelConfigurations:
    "|,;~~~|Grants permission to list all AWS Chatbot Slack Channel Configurations in an AWS account",
  DescribeSlackChannels:
    "|,;~|Grants permission to list all public Slack channels in the Slack workspace connected to the AWS Account onboarded with AWS Chatbot service",
  DescribeSlackUserIdentities: "|,;~~~|Grants permission to describe AWS Chatbot Slack User Identities",
  DescribeSlackWorkspaces:
    "|,;~~~|Grants permission to list all authorized Slack workspaces connected to the AWS Account onboarded with AWS Chatbot service",
  DisassociateFromConfiguration: "|,;~~~|Grants permission to disassociate a resource from a configuration",
  GetAccountPreferences: "|,;~~~|Grants permission to retrieve AWS Chatbot account preferences",
  GetCustomAction: "|,;~~~|Grants permission to get a custom action",
  GetMicrosoftTeamsChannelConfiguration:
    "|,;~~~|Grants permission to get a single AWS Chatbot Microsoft Teams Channel Configurations in an AWS account",
  GetMicrosoftTeamsOauthParameters:
    "|,;~|Grants permission to generate OAuth parameters to request Microsoft Teams OAuth code to be used by the AWS Chatbot service",
  GetSlackOauthParameters:
    "|,;~|Grants permission to generate OAuth parameters to request Slack OAuth code to be used by the AWS Chatbot service",
  ListAssociations: "|,;~~~|Grants permission to list resources associated with a configuration",
  ListCustomActions: "|,;~~~|Grants permission to list custom actions",
  ListMicrosoftTeamsChannelConfigurations:
    "|,;~~~|Grants permission to list all AWS Chatbot Microsoft Teams Channel Configurations in an AWS account",
  ListMicrosoftTeamsConfiguredTeams:
    "|,;~~~|Grants permission to list all Microsoft Teams connected to the AWS Account onboarded with AWS Chatbot service",
  ListMicrosoftTeamsUserIdentities: "|,;~~~|Grants permission to describe AWS Chatbot Microsoft Teams User Identities",
  ListTagsForResource:
    "|,;~~~|Grants permission to List all tags associated with the AWS Chatbot Channel Configuration",
  RedeemMicrosoftTeamsOauthCode:
    "|,;~|Grants permission to redeem previously generated parameters with Microsoft APIs, to acquire OAuth tokens to be used by the AWS Chatbot service",
  RedeemSlackOauthCode:
    "|,;~|Grants permission to redeem previously generated parameters with Slack API, to acquire OAuth tokens to be used by the AWS Chatbot service",
  TagResource: "|,;~~~,~~,~~,~~,~~|Grants permission to create tags on AWS Chatbot Channel Configuration",
  UntagResource: "|,;~~~|Grants permission to remove tags on AWS Chatbot Channel Configuration",
  UpdateAccountPreferences: "|,;~~~|Grants permission to update AWS Chatbot account preferences",
  UpdateChimeWebhookConfiguration: "|,;~~~|Grants permission to update an AWS Chatbot Chime Webhook Configuration",
  UpdateCustomAction: "|,;~~~|Grants permission to update a custom action",
  UpdateMicrosoftTeamsChannelConfiguration:
    "|,;~~~|Grants permission to update an AWS Chatbot Microsoft Teams Channel Configuration",
  UpdateSlackChannelConfiguration: "|,;~~~|Grants permission to update an AWS Chatbot Slack Channel Configuration",
};
const resourceTypeFacts = {
  /** The ChatbotConfiguration resource type: arn:${Partition}:chatbot::${Account}:chat-configuration/${ConfigurationType}/${ChatbotConfigurationName} */
  ChatbotConfiguration: "|,chatbotConfiguration|1",
  /** The custom-action resource type: arn:${Partition}:chatbot::${Account}:custom-action/${ActionName} */
  "custom-action": "|,customAction|1",
} as const;
const arnFormats = {
  /** ARN of a ChatbotConfiguration resource: arn:${Partition}:chatbot::${Account}:chat-configuration/${ConfigurationType}/${ChatbotConfigurationName}. */
  chatbotConfiguration:
    "|,ChatbotConfiguration|arn:|Partition|:chatbot::|Account|:chat-configuration/|ConfigurationType|/|ChatbotConfigurationName|",
  /** ARN of a custom-action resource: arn:${Partition}:chatbot::${Account}:custom-action/${ActionName}. */
  customAction: "|,custom-action|arn:|Partition|:chatbot::|Account|:custom-action/|ActionName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["ChatbotConfiguration", "custom-action"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "chatbot">;
/** Any chatbot action. */
export type Action = ActionOf<typeof actionFacts, "chatbot">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "chatbot">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "chatbot" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every chatbot action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the tags associated with the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the tag keys that are passed in the request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by the tags that are passed in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by the tags associated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the tag keys that are passed in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "chatbot",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
