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
export const prefix: "aws-external-anthropic" = "aws-external-anthropic";
/** The service's name in the reference. */
export const serviceName: "Claude Platform on AWS" = "Claude Platform on AWS";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Claude Platform on AWS",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_claudeplatformonaws.html",
  },
];
const conditionKeyList = [
  "aws-external-anthropic:BearerTokenType",
  "aws-external-anthropic:CalledViaConsole",
  "aws-external-anthropic:Capability",
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to archive a managed agent. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/claude-platform/latest/userguide/iam-actions.html#iam-actions */
  ArchiveAgent: "W|||0;1;4|||",
  /** Grants permission to archive a managed agent environment. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/claude-platform/latest/userguide/iam-actions.html#iam-actions */
  ArchiveEnvironment: "W|||0;1;4|||",
  /** Grants permission to archive a memory store. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/claude-platform/latest/userguide/iam-actions.html#iam-actions */
  ArchiveMemoryStore: "W|||0;1;4|||",
  /** Grants permission to archive a managed agent session. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/claude-platform/latest/userguide/iam-actions.html#iam-actions */
  ArchiveSession: "W|||0;1;4|||",
  /** Grants permission to archive a credential vault. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/claude-platform/latest/userguide/iam-actions.html#iam-actions */
  ArchiveVault: "W|||0;1;4|||",
  /** Grants permission to archive a workspace. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/claude-platform/latest/userguide/iam-actions.html#iam-actions */
  ArchiveWorkspace: "W|||0;1;4|||",
  /** Grants permission to assume console access on Claude Platform. Access level: Write. https://docs.aws.amazon.com/claude-platform/latest/userguide/iam-actions.html#iam-actions */
  AssumeConsole: "W||||2||",
  /** Grants permission to make API calls using bearer token authentication. Access level: List. Permission only. https://docs.aws.amazon.com/claude-platform/latest/userguide/iam-actions.html */
  CallWithBearerToken: "L||1||0||",
  /** Grants permission to cancel an in-progress batch inference request. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/claude-platform/latest/userguide/iam-actions.html#iam-actions */
  CancelBatchInference: "W|||0;1;4|||",
  /** Grants permission to count tokens for a message request. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/claude-platform/latest/userguide/iam-actions.html#iam-actions */
  CountTokens: "W|||0;1;4|||",
  /** Grants permission to create a managed agent in a workspace. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/claude-platform/latest/userguide/iam-actions.html#iam-actions */
  CreateAgent: "W|||0;1;4|||",
  /** Grants permission to create a batch inference request. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/claude-platform/latest/userguide/iam-actions.html#iam-actions */
  CreateBatchInference: "W|||0;1;4|||",
  /** Grants permission to create a managed agent environment in a workspace. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/claude-platform/latest/userguide/iam-actions.html#iam-actions */
  CreateEnvironment: "W|||0;1;4|||",
  /** Grants permission to upload a file to a workspace. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/claude-platform/latest/userguide/iam-actions.html#iam-actions */
  CreateFile: "W|||0;1;4|||",
  /** Grants permission to create a chat completion inference request. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/claude-platform/latest/userguide/iam-actions.html#iam-actions */
  CreateInference: "W|||0;1;4|||",
  /** Grants permission to create a managed agent memory store in a workspace. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/claude-platform/latest/userguide/iam-actions.html#iam-actions */
  CreateMemoryStore: "W|||0;1;4|||",
  /** Grants permission to create a managed agent session in a workspace. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/claude-platform/latest/userguide/iam-actions.html#iam-actions */
  CreateSession: "W|||0;1;4|||",
  /** Grants permission to create a skill in a workspace. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/claude-platform/latest/userguide/iam-actions.html#iam-actions */
  CreateSkill: "W|||0;1;4|||",
  /** Grants permission to create a user profile in a workspace. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/claude-platform/latest/userguide/iam-actions.html#iam-actions */
  CreateUserProfile: "W|||0;1;4|||",
  /** Grants permission to create an enrollment URL for a user profile. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/claude-platform/latest/userguide/iam-actions.html#iam-actions */
  CreateUserProfileEnrollmentUrl: "W|||0;1;4|||",
  /** Grants permission to create a managed agent credential vault in a workspace. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/claude-platform/latest/userguide/iam-actions.html#iam-actions */
  CreateVault: "W|||0;1;4|||",
  /** Grants permission to create a workspace in an organization. Access level: Write. https://docs.aws.amazon.com/claude-platform/latest/userguide/iam-actions.html#iam-actions */
  CreateWorkspace: "W||||3,5||",
  /** Grants permission to delete a batch inference request. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/claude-platform/latest/userguide/iam-actions.html#iam-actions */
  DeleteBatchInference: "W|||0;1;4|||",
  /** Grants permission to delete a managed agent environment. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/claude-platform/latest/userguide/iam-actions.html#iam-actions */
  DeleteEnvironment: "W|||0;1;4|||",
  /** Grants permission to delete a file from a workspace. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/claude-platform/latest/userguide/iam-actions.html#iam-actions */
  DeleteFile: "W|||0;1;4|||",
  /** Grants permission to delete a memory store. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/claude-platform/latest/userguide/iam-actions.html#iam-actions */
  DeleteMemoryStore: "W|||0;1;4|||",
  /** Grants permission to delete a managed agent session. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/claude-platform/latest/userguide/iam-actions.html#iam-actions */
  DeleteSession: "W|||0;1;4|||",
  /** Grants permission to delete a skill from a workspace. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/claude-platform/latest/userguide/iam-actions.html#iam-actions */
  DeleteSkill: "W|||0;1;4|||",
  /** Grants permission to delete a credential vault. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/claude-platform/latest/userguide/iam-actions.html#iam-actions */
  DeleteVault: "W|||0;1;4|||",
  /** Grants permission to retrieve the status of account setup and AWS Marketplace registration. Access level: Read. https://docs.aws.amazon.com/claude-platform/latest/userguide/iam-actions.html#iam-actions */
  GetAccountStatus: "R||||||",
  /** Grants permission to retrieve details or versions of a managed agent. Access level: Read. Resources: workspace*. https://docs.aws.amazon.com/claude-platform/latest/userguide/iam-actions.html#iam-actions */
  GetAgent: "R|||0;1;4|||",
  /** Grants permission to retrieve details of a batch inference request. Access level: Read. Resources: workspace*. https://docs.aws.amazon.com/claude-platform/latest/userguide/iam-actions.html#iam-actions */
  GetBatchInference: "R|||0;1;4|||",
  /** Grants permission to retrieve details of a managed agent environment. Access level: Read. Resources: workspace*. https://docs.aws.amazon.com/claude-platform/latest/userguide/iam-actions.html#iam-actions */
  GetEnvironment: "R|||0;1;4|||",
  /** Grants permission to retrieve a file or its content from a workspace. Access level: Read. Resources: workspace*. https://docs.aws.amazon.com/claude-platform/latest/userguide/iam-actions.html#iam-actions */
  GetFile: "R|||0;1;4|||",
  /** Grants permission to retrieve details of a memory store, its memories, or its memory versions. Access level: Read. Resources: workspace*. https://docs.aws.amazon.com/claude-platform/latest/userguide/iam-actions.html#iam-actions */
  GetMemoryStore: "R|||0;1;4|||",
  /** Grants permission to retrieve information about a specific model. Access level: Read. Resources: workspace*. https://docs.aws.amazon.com/claude-platform/latest/userguide/iam-actions.html#iam-actions */
  GetModel: "R|||0;1;4|||",
  /** Grants permission to retrieve details, events, or resources of a managed agent session. Access level: Read. Resources: workspace*. https://docs.aws.amazon.com/claude-platform/latest/userguide/iam-actions.html#iam-actions */
  GetSession: "R|||0;1;4|||",
  /** Grants permission to retrieve details of a skill or its versions. Access level: Read. Resources: workspace*. https://docs.aws.amazon.com/claude-platform/latest/userguide/iam-actions.html#iam-actions */
  GetSkill: "R|||0;1;4|||",
  /** Grants permission to retrieve details of a user profile. Access level: Read. Resources: workspace*. https://docs.aws.amazon.com/claude-platform/latest/userguide/iam-actions.html#iam-actions */
  GetUserProfile: "R|||0;1;4|||",
  /** Grants permission to retrieve details of a credential vault or its credentials. Access level: Read. Resources: workspace*. https://docs.aws.amazon.com/claude-platform/latest/userguide/iam-actions.html#iam-actions */
  GetVault: "R|||0;1;4|||",
  /** Grants permission to retrieve details of a workspace. Access level: Read. Resources: workspace*. https://docs.aws.amazon.com/claude-platform/latest/userguide/iam-actions.html#iam-actions */
  GetWorkspace: "R|||0;1;4|||",
  /** Grants permission to list managed agents in a workspace. Access level: List. Resources: workspace*. https://docs.aws.amazon.com/claude-platform/latest/userguide/iam-actions.html#iam-actions */
  ListAgents: "L|||0;1;4|||",
  /** Grants permission to list batch inference requests in a workspace. Access level: List. Resources: workspace*. https://docs.aws.amazon.com/claude-platform/latest/userguide/iam-actions.html#iam-actions */
  ListBatchInferences: "L|||0;1;4|||",
  /** Grants permission to list managed agent environments in a workspace. Access level: List. Resources: workspace*. https://docs.aws.amazon.com/claude-platform/latest/userguide/iam-actions.html#iam-actions */
  ListEnvironments: "L|||0;1;4|||",
  /** Grants permission to list files in a workspace. Access level: List. Resources: workspace*. https://docs.aws.amazon.com/claude-platform/latest/userguide/iam-actions.html#iam-actions */
  ListFiles: "L|||0;1;4|||",
  /** Grants permission to list managed agent memory stores in a workspace. Access level: List. Resources: workspace*. https://docs.aws.amazon.com/claude-platform/latest/userguide/iam-actions.html#iam-actions */
  ListMemoryStores: "L|||0;1;4|||",
  /** Grants permission to list available models in a workspace. Access level: List. Resources: workspace*. https://docs.aws.amazon.com/claude-platform/latest/userguide/iam-actions.html#iam-actions */
  ListModels: "L|||0;1;4|||",
  /** Grants permission to list managed agent sessions in a workspace. Access level: List. Resources: workspace*. https://docs.aws.amazon.com/claude-platform/latest/userguide/iam-actions.html#iam-actions */
  ListSessions: "L|||0;1;4|||",
  /** Grants permission to list skills in a workspace. Access level: List. Resources: workspace*. https://docs.aws.amazon.com/claude-platform/latest/userguide/iam-actions.html#iam-actions */
  ListSkills: "L|||0;1;4|||",
  /** Grants permission to list tags for a resource. Access level: Read. Resources: workspace. https://docs.aws.amazon.com/claude-platform/latest/userguide/iam-actions.html#iam-actions */
  ListTagsForResource: "R|||0;0;4|||",
  /** Grants permission to list user profiles in a workspace. Access level: List. Resources: workspace*. https://docs.aws.amazon.com/claude-platform/latest/userguide/iam-actions.html#iam-actions */
  ListUserProfiles: "L|||0;1;4|||",
  /** Grants permission to list managed agent credential vaults in a workspace. Access level: List. Resources: workspace*. https://docs.aws.amazon.com/claude-platform/latest/userguide/iam-actions.html#iam-actions */
  ListVaults: "L|||0;1;4|||",
  /** Grants permission to list workspaces in an organization. Access level: List. https://docs.aws.amazon.com/claude-platform/latest/userguide/iam-actions.html#iam-actions */
  ListWorkspaces: "L||||||",
  /** Grants permission to tag a resource. Access level: Tagging. Resources: workspace. https://docs.aws.amazon.com/claude-platform/latest/userguide/iam-actions.html#iam-actions */
  TagResource: "T|||0;0;4|3,5||",
  /** Grants permission to untag a resource. Access level: Tagging. Resources: workspace. https://docs.aws.amazon.com/claude-platform/latest/userguide/iam-actions.html#iam-actions */
  UntagResource: "T|||0;0;4|5||",
  /** Grants permission to update a managed agent. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/claude-platform/latest/userguide/iam-actions.html#iam-actions */
  UpdateAgent: "W|||0;1;4|||",
  /** Grants permission to update a managed agent environment. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/claude-platform/latest/userguide/iam-actions.html#iam-actions */
  UpdateEnvironment: "W|||0;1;4|||",
  /** Grants permission to update a memory store, mutate its memories, or redact a memory version. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/claude-platform/latest/userguide/iam-actions.html#iam-actions */
  UpdateMemoryStore: "W|||0;1;4|||",
  /** Grants permission to update a managed agent session, append session events, or manage its resources. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/claude-platform/latest/userguide/iam-actions.html#iam-actions */
  UpdateSession: "W|||0;1;4|||",
  /** Grants permission to create or delete a skill version. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/claude-platform/latest/userguide/iam-actions.html#iam-actions */
  UpdateSkill: "W|||0;1;4|||",
  /** Grants permission to update a user profile in a workspace. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/claude-platform/latest/userguide/iam-actions.html#iam-actions */
  UpdateUserProfile: "W|||0;1;4|||",
  /** Grants permission to update a credential vault or manage its stored credentials. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/claude-platform/latest/userguide/iam-actions.html#iam-actions */
  UpdateVault: "W|||0;1;4|||",
  /** Grants permission to update a workspace. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/claude-platform/latest/userguide/iam-actions.html#iam-actions */
  UpdateWorkspace: "W|||0;1;4|||",
} as const;
const actionDetails = {
  ArchiveAgent: "|,;~|Grants permission to archive a managed agent",
  ArchiveEnvironment: "|,;~|Grants permission to archive a managed agent environment",
  ArchiveMemoryStore: "|,;~|Grants permission to archive a memory store",
  ArchiveSession: "|,;~|Grants permission to archive a managed agent session",
  ArchiveVault: "|,;~|Grants permission to archive a credential vault",
  ArchiveWorkspace: "|,;~|Grants permission to archive a workspace",
  AssumeConsole: "|,;~|Grants permission to assume console access on Claude Platform",
  CallWithBearerToken: "|,;~|Grants permission to make API calls using bearer token authentication",
  CancelBatchInference: "|,;~|Grants permission to cancel an in-progress batch inference request",
  CountTokens: "|,;~|Grants permission to count tokens for a message request",
  CreateAgent: "|,;~|Grants permission to create a managed agent in a workspace",
  CreateBatchInference: "|,;~|Grants permission to create a batch inference request",
  CreateEnvironment: "|,;~|Grants permission to create a managed agent environment in a workspace",
  CreateFile: "|,;~|Grants permission to upload a file to a workspace",
  CreateInference: "|,;~|Grants permission to create a chat completion inference request",
  CreateMemoryStore: "|,;~|Grants permission to create a managed agent memory store in a workspace",
  CreateSession: "|,;~|Grants permission to create a managed agent session in a workspace",
  CreateSkill: "|,;~|Grants permission to create a skill in a workspace",
  CreateUserProfile: "|,;~|Grants permission to create a user profile in a workspace",
  CreateUserProfileEnrollmentUrl: "|,;~|Grants permission to create an enrollment URL for a user profile",
  CreateVault: "|,;~|Grants permission to create a managed agent credential vault in a workspace",
  CreateWorkspace: "|,;~|Grants permission to create a workspace in an organization",
  DeleteBatchInference: "|,;~|Grants permission to delete a batch inference request",
  DeleteEnvironment: "|,;~|Grants permission to delete a managed agent environment",
  DeleteFile: "|,;~|Grants permission to delete a file from a workspace",
  DeleteMemoryStore: "|,;~|Grants permission to delete a memory store",
  DeleteSession: "|,;~|Grants permission to delete a managed agent session",
  DeleteSkill: "|,;~|Grants permission to delete a skill from a workspace",
  DeleteVault: "|,;~|Grants permission to delete a credential vault",
  GetAccountStatus: "|,;~|Grants permission to retrieve the status of account setup and AWS Marketplace registration",
  GetAgent: "|,;~|Grants permission to retrieve details or versions of a managed agent",
  GetBatchInference: "|,;~|Grants permission to retrieve details of a batch inference request",
  GetEnvironment: "|,;~|Grants permission to retrieve details of a managed agent environment",
  GetFile: "|,;~|Grants permission to retrieve a file or its content from a workspace",
  GetMemoryStore: "|,;~|Grants permission to retrieve details of a memory store, its memories, or its memory versions",
  GetModel: "|,;~|Grants permission to retrieve information about a specific model",
  GetSession: "|,;~|Grants permission to retrieve details, events, or resources of a managed agent session",
  GetSkill: "|,;~|Grants permission to retrieve details of a skill or its versions",
  GetUserProfile: "|,;~|Grants permission to retrieve details of a user profile",
  GetVault: "|,;~|Grants permission to retrieve details of a credential vault or its credentials",
  GetWorkspace: "|,;~|Grants permission to retrieve details of a workspace",
  ListAgents: "|,;~|Grants permission to list managed agents in a workspace",
  ListBatchInferences: "|,;~|Grants permission to list batch inference requests in a workspace",
  ListEnvironments: "|,;~|Grants permission to list managed agent environments in a workspace",
  ListFiles: "|,;~|Grants permission to list files in a workspace",
  ListMemoryStores: "|,;~|Grants permission to list managed agent memory stores in a workspace",
  ListModels: "|,;~|Grants permission to list available models in a workspace",
  ListSessions: "|,;~|Grants permission to list managed agent sessions in a workspace",
  ListSkills: "|,;~|Grants permission to list skills in a workspace",
  ListTagsForResource: "|,;~|Grants permission to list tags for a resource",
  ListUserProfiles: "|,;~|Grants permission to list user profiles in a workspace",
  ListVaults: "|,;~|Grants permission to list managed agent credential vaults in a workspace",
  ListWorkspaces: "|,;~|Grants permission to list workspaces in an organization",
  TagResource: "|,;~|Grants permission to tag a resource",
  UntagResource: "|,;~|Grants permission to untag a resource",
  UpdateAgent: "|,;~|Grants permission to update a managed agent",
  UpdateEnvironment: "|,;~|Grants permission to update a managed agent environment",
  UpdateMemoryStore: "|,;~|Grants permission to update a memory store, mutate its memories, or redact a memory version",
  UpdateSession:
    "|,;~|Grants permission to update a managed agent session, append session events, or manage its resources",
  UpdateSkill: "|,;~|Grants permission to create or delete a skill version",
  UpdateUserProfile: "|,;~|Grants permission to update a user profile in a workspace",
  UpdateVault: "|,;~|Grants permission to update a credential vault or manage its stored credentials",
  UpdateWorkspace: "|,;~|Grants permission to update a workspace",
};
const resourceTypeFacts = {
  /** The workspace resource type: arn:${Partition}:aws-external-anthropic:${Region}:${Account}:workspace/${ResourceId} */
  workspace: "|,|4",
} as const;
const arnFormats = {
  /** ARN of a workspace resource: arn:${Partition}:aws-external-anthropic:${Region}:${Account}:workspace/${ResourceId}. */
  workspace: "|,workspace|arn:|Partition|:aws-external-anthropic:|Region|:|Account|:workspace/|ResourceId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["workspace"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "aws-external-anthropic">;
/** Any aws-external-anthropic action. */
export type Action = ActionOf<typeof actionFacts, "aws-external-anthropic">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "aws-external-anthropic">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "", client: "" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every aws-external-anthropic action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the Short-term or Long-term bearer tokens. */
  "aws-external-anthropic:BearerTokenType": "String";
  /** Filters access by the use of the Claude Platform console. */
  "aws-external-anthropic:CalledViaConsole": "Bool";
  /** Filters access by the Claude Platform role used for the console session. */
  "aws-external-anthropic:Capability": "String";
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
  "aws-external-anthropic:BearerTokenType": "|,String|0||Filters access by the Short-term or Long-term bearer tokens",
  "aws-external-anthropic:CalledViaConsole": "|,Bool|0||Filters access by the use of the Claude Platform console",
  "aws-external-anthropic:Capability":
    "|,String|0||Filters access by the Claude Platform role used for the console session",
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
  "aws-external-anthropic",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
