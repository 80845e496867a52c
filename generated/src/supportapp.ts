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
export const prefix: "supportapp" = "supportapp";
/** The service's name in the reference. */
export const serviceName: "AWS Support App in Slack" = "AWS Support App in Slack";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Support App in Slack",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssupportappinslack.html",
  },
];
const conditionKeyList = [] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to create a Slack channel configuration for your account. Access level: Write. https://docs.aws.amazon.com/supportapp/latest/APIReference/API_CreateSlackChannelConfiguration.html */
  CreateSlackChannelConfiguration: "W||||||;",
  /** Grants permission to delete an alias from your account. Access level: Write. https://docs.aws.amazon.com/supportapp/latest/APIReference/API_DeleteAccountAlias.html */
  DeleteAccountAlias: "W||||||;",
  /** Grants permission to delete a Slack channel configuration from your account. Access level: Write. https://docs.aws.amazon.com/supportapp/latest/APIReference/API_DeleteSlackChannelConfiguration.html */
  DeleteSlackChannelConfiguration: "W||||||;",
  /** Grants permission to delete a Slack workspace configuration from your account. Access level: Write. https://docs.aws.amazon.com/supportapp/latest/APIReference/API_DeleteSlackWorkspaceConfiguration.html */
  DeleteSlackWorkspaceConfiguration: "W||||||;",
  /** Grants permission to list all public Slack channels in a workspace that have invited the AWS Support App. Access level: Read. Permission only. https://docs.aws.amazon.com/awssupport/latest/user/slack-authorization-permissions.html */
  DescribeSlackChannels: "R||1||||",
  /** Grants permission to get the alias for your account. Access level: Read. https://docs.aws.amazon.com/supportapp/latest/APIReference/API_GetAccountAlias.html */
  GetAccountAlias: "R||||||;",
  /** Grants permission to get parameters for the Slack OAuth code, which the AWS Support App uses to authorize the workspace. Access level: Read. Permission only. https://docs.aws.amazon.com/awssupport/latest/user/slack-authorization-permissions.html */
  GetSlackOauthParameters: "R||1||||",
  /** Grants permission to list all Slack channel configurations for your account. Access level: Read. https://docs.aws.amazon.com/supportapp/latest/APIReference/API_ListSlackChannelConfigurations.html */
  ListSlackChannelConfigurations: "R||||||;",
  /** Grants permission to list all Slack workspace configurations for your account. Access level: Read. https://docs.aws.amazon.com/supportapp/latest/APIReference/API_ListSlackWorkspaceConfigurations.html */
  ListSlackWorkspaceConfigurations: "R||||||;",
  /** Grants permission to create or update an alias for your account. Access level: Write. https://docs.aws.amazon.com/supportapp/latest/APIReference/API_PutAccountAlias.html */
  PutAccountAlias: "W||||||;",
  /** Grants permission to redeem the Slack OAuth code, which the AWS Support App uses to authorize the workspace. Access level: Write. Permission only. https://docs.aws.amazon.com/awssupport/latest/user/slack-authorization-permissions.html */
  RedeemSlackOauthCode: "W||1||||",
  /** Grants permission to register a Slack workspace for an AWS account that is part of an organization. Access level: Write. https://docs.aws.amazon.com/supportapp/latest/APIReference/API_RegisterSlackWorkspaceForOrganization.html */
  RegisterSlackWorkspaceForOrganization: "W||||||;",
  /** Grants permission to update a Slack channel configuration for your account. Access level: Write. https://docs.aws.amazon.com/supportapp/latest/APIReference/API_UpdateSlackChannelConfiguration.html */
  UpdateSlackChannelConfiguration: "W||||||;",
} as const;
const actionDetails = {
  CreateSlackChannelConfiguration: "|,;~~~|Grants permission to create a Slack channel configuration for your account",
  DeleteAccountAlias: "|,;~~~|Grants permission to delete an alias from your account",
  DeleteSlackChannelConfiguration: "|,;~~~|Grants permission to delete a Slack channel configuration from your account",
  DeleteSlackWorkspaceConfiguration:
    "|,;~~~|Grants permission to delete a Slack workspace configuration from your account",
  DescribeSlackChannels:
    "|,;~|Grants permission to list all public Slack channels in a workspace that have invited the AWS Support App",
  GetAccountAlias: "|,;~~~|Grants permission to get the alias for your account",
  GetSlackOauthParameters:
    "|,;~|Grants permission to get parameters for the Slack OAuth code, which the AWS Support App uses to authorize the workspace",
  ListSlackChannelConfigurations: "|,;~~~|Grants permission to list all Slack channel configurations for your account",
  ListSlackWorkspaceConfigurations:
    "|,;~~~|Grants permission to list all Slack workspace configurations for your account",
  PutAccountAlias: "|,;~~~|Grants permission to create or update an alias for your account",
  RedeemSlackOauthCode:
    "|,;~|Grants permission to redeem the Slack OAuth code, which the AWS Support App uses to authorize the workspace",
  RegisterSlackWorkspaceForOrganization:
    "|,;~~~|Grants permission to register a Slack workspace for an AWS account that is part of an organization",
  UpdateSlackChannelConfiguration: "|,;~~~|Grants permission to update a Slack channel configuration for your account",
};
const resourceTypeFacts = {} as const;
const arnFormats = {} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "supportapp">;
/** Any supportapp action. */
export type Action = ActionOf<typeof actionFacts, "supportapp">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "supportapp">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "support-app" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every supportapp action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "supportapp",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
