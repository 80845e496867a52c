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
export const prefix: "repostspace" = "repostspace";
/** The service's name in the reference. */
export const serviceName: "AWS rePost Private" = "AWS rePost Private";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS rePost Private",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsrepostprivate.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to add a role to users and groups in a private re:Post channel in your account. Access level: Write. Resources: space*. https://docs.aws.amazon.com/repostprivate/latest/APIReference/API_BatchAddChannelRoleToAccessors.html */
  BatchAddChannelRoleToAccessors: "W|||0;1;|||;",
  /** Grants permission to add a role to users and groups in a private re:Post in your account. Access level: Write. Resources: space*. https://docs.aws.amazon.com/repostprivate/latest/APIReference/API_BatchAddRole.html */
  BatchAddRole: "W|||0;1;|||;",
  /** Grants permission to remove a role from users and groups in a private re:Post channel in your account. Access level: Write. Resources: space*. https://docs.aws.amazon.com/repostprivate/latest/APIReference/API_BatchRemoveChannelRoleFromAccessors.html */
  BatchRemoveChannelRoleFromAccessors: "W|||0;1;|||;",
  /** Grants permission to remove a role from users and groups in a private re:Post in your account. Access level: Write. Resources: space*. https://docs.aws.amazon.com/repostprivate/latest/APIReference/API_BatchRemoveRole.html */
  BatchRemoveRole: "W|||0;1;|||;",
  /** Grants permission to create a new channel in private re:Post in your account. Access level: Write. Resources: space*. https://docs.aws.amazon.com/repostprivate/latest/APIReference/API_CreateChannel.html */
  CreateChannel: "W|||0;1;|||;",
  /** Grants permission to create a new private re:Post in your account. Access level: Write. https://docs.aws.amazon.com/repostprivate/latest/APIReference/API_CreateSpace.html */
  CreateSpace: "W||||0,2|iam:PassRole,repostspace:TagResource|;",
  /** Grants permission to delete a private re:Post from your account. Access level: Write. Resources: space*. https://docs.aws.amazon.com/repostprivate/latest/APIReference/API_DeleteSpace.html */
  DeleteSpace: "W|||0;1;|||;",
  /** Grants permission to remove an administrator to a private re:Post in your account. Access level: Write. Resources: space*. https://docs.aws.amazon.com/repostprivate/latest/APIReference/API_DeregisterAdmin.html */
  DeregisterAdmin: "W|||0;1;|||;",
  /** Grants permission to get the description for a channel in private re:Post in your account. Access level: Read. Resources: space*. https://docs.aws.amazon.com/repostprivate/latest/APIReference/API_GetChannel.html */
  GetChannel: "R|||0;1;|||;",
  /** Grants permission to get the description for a private re:Post in your account. Access level: Read. Resources: space*. https://docs.aws.amazon.com/repostprivate/latest/APIReference/API_GetSpace.html */
  GetSpace: "R|||0;1;|||;",
  /** Grants permission to list all channels in a private re:Post in your account. Access level: Read. Resources: space*. https://docs.aws.amazon.com/repostprivate/latest/APIReference/API_ListChannels.html */
  ListChannels: "R|||0;1;|||;",
  /** Grants permission to list all private re:Posts in your account. Access level: Read. API_ListSpaces.html */
  ListSpaces: "R||||||;",
  /** Grants permission to list the tags associated with a resource. Access level: Read. Resources: space*. https://docs.aws.amazon.com/repostprivate/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;1;|0,2||;",
  /** Grants permission to add an administrator to a private re:Post in your account. Access level: Write. Resources: space*. https://docs.aws.amazon.com/repostprivate/latest/APIReference/API_RegisterAdmin.html */
  RegisterAdmin: "W|||0;1;|||;",
  /** Grants permission to send invites to users of a private re:Post in your account. Access level: Write. Resources: space*. https://docs.aws.amazon.com/repostprivate/latest/APIReference/API_SendInvites.html */
  SendInvites: "W|||0;1;|||;",
  /** Grants permission to tag a resource. Access level: Tagging. Resources: space*. https://docs.aws.amazon.com/repostprivate/latest/APIReference/API_TagResource.html */
  TagResource: "T|||0;1;|0,2||CreateSpace,;",
  /** Grants permission to untag a resource. Access level: Tagging. Resources: space*. https://docs.aws.amazon.com/repostprivate/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;1;|2||;",
  /** Grants permission to update a channel in private re:Post in your account. Access level: Write. Resources: space*. https://docs.aws.amazon.com/repostprivate/latest/APIReference/API_UpdateChannel.html */
  UpdateChannel: "W|||0;1;|||;",
  /** Grants permission to update a private re:Post in your account. Access level: Write. Resources: space*. https://docs.aws.amazon.com/repostprivate/latest/APIReference/API_UpdateSpace.html */
  UpdateSpace: "W|||0;1;|||;",
} as const;
const actionDetails = {
  BatchAddChannelRoleToAccessors:
    "|,;~~~|Grants permission to add a role to users and groups in a private re:Post channel in your account",
  BatchAddRole: "|,;~~~|Grants permission to add a role to users and groups in a private re:Post in your account",
  BatchRemoveChannelRoleFromAccessors:
    "|,;~~~|Grants permission to remove a role from users and groups in a private re:Post channel in your account",
  BatchRemoveRole:
    "|,;~~~|Grants permission to remove a role from users and groups in a private re:Post in your account",
  CreateChannel: "|,;~~~|Grants permission to create a new channel in private re:Post in your account",
  CreateSpace: "|,;~~~|Grants permission to create a new private re:Post in your account",
  DeleteSpace: "|,;~~~|Grants permission to delete a private re:Post from your account",
  DeregisterAdmin: "|,;~~~|Grants permission to remove an administrator to a private re:Post in your account",
  GetChannel: "|,;~~~|Grants permission to get the description for a channel in private re:Post in your account",
  GetSpace: "|,;~~~|Grants permission to get the description for a private re:Post in your account",
  ListChannels: "|,;~~~|Grants permission to list all channels in a private re:Post in your account",
  ListSpaces: "|,;~~~|Grants permission to list all private re:Posts in your account",
  ListTagsForResource: "|,;~~~|Grants permission to list the tags associated with a resource",
  RegisterAdmin: "|,;~~~|Grants permission to add an administrator to a private re:Post in your account",
  SendInvites: "|,;~~~|Grants permission to send invites to users of a private re:Post in your account",
  TagResource: "|,;~~~,~~|Grants permission to tag a resource",
  UntagResource: "|,;~~~|Grants permission to untag a resource",
  UpdateChannel: "|,;~~~|Grants permission to update a channel in private re:Post in your account",
  UpdateSpace: "|,;~~~|Grants permission to update a private re:Post in your account",
};
const resourceTypeFacts = {
  /** The space resource type: arn:${Partition}:repostspace:${Region}:${Account}:space/${ResourceId} */
  space: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a space resource: arn:${Partition}:repostspace:${Region}:${Account}:space/${ResourceId}. */
  space: "|,space|arn:|Partition|:repostspace:|Region|:|Account|:space/|ResourceId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["space"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "repostspace">;
/** Any repostspace action. */
export type Action = ActionOf<typeof actionFacts, "repostspace">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "repostspace">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "repostspace" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every repostspace action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the presence of tag key-value pairs in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by tag key-value pairs attached to the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the presence of tag keys in the request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by the presence of tag key-value pairs in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by tag key-value pairs attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the presence of tag keys in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "repostspace",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
