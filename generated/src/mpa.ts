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
export const prefix: "mpa" = "mpa";
/** The service's name in the reference. */
export const serviceName: "Multi-party approval" = "Multi-party approval";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Multi-party approval",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_multi-partyapproval.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "mpa:ProtectedResourceAccount",
  "mpa:RequestedOperation",
] as const;
const dependentActionList = ["mpa:TagResource"] as const;
const actionFacts = {
  /** Grants permission to cancel an approval session. Access level: Write. Resources: session*. https://docs.aws.amazon.com/mpa/latest/APIReference/API_CancelSession.html */
  CancelSession: "W|||2;1;|1,3,4||;",
  /** Grants permission to create an approval team. Access level: Write. Resources: approval-team*. https://docs.aws.amazon.com/mpa/latest/APIReference/API_CreateApprovalTeam.html */
  CreateApprovalTeam: "W|||0;1;|0,1,2|0|;",
  /** Grants permission to create an identity source. Access level: Write. Resources: identity-source*. https://docs.aws.amazon.com/mpa/latest/APIReference/API_CreateIdentitySource.html */
  CreateIdentitySource: "W|||1;1;|0,1,2|0|;",
  /** Grants permission to delete an identity source. Access level: Write. Resources: identity-source*. https://docs.aws.amazon.com/mpa/latest/APIReference/API_DeleteIdentitySource.html */
  DeleteIdentitySource: "W|||1;1;|1||;",
  /** Grants permission to delete an inactive approval team. Access level: Write. Resources: approval-team*. https://docs.aws.amazon.com/mpa/latest/APIReference/API_DeleteInactiveApprovalTeamVersion.html */
  DeleteInactiveApprovalTeamVersion: "W|||0;1;|1||;",
  /** Grants permission to delete a resource policy. Access level: Permissions management. Permission only. https://docs.aws.amazon.com/mpa/latest/APIReference/API_DeleteResourcePolicy.html */
  DeleteResourcePolicy: "P||1||||",
  /** Grants permission to retrieve details for an approval team. Access level: Read. Resources: approval-team*. https://docs.aws.amazon.com/mpa/latest/APIReference/API_GetApprovalTeam.html */
  GetApprovalTeam: "R|||0;1;|1||;",
  /** Grants permission to retrieve details for an identity source. Access level: Read. Resources: identity-source*. https://docs.aws.amazon.com/mpa/latest/APIReference/API_GetIdentitySource.html */
  GetIdentitySource: "R|||1;1;|1||;",
  /** Grants permission to retrieve details for a policy. Access level: Read. https://docs.aws.amazon.com/mpa/latest/APIReference/API_GetPolicyVersion.html */
  GetPolicyVersion: "R||||||;",
  /** Grants permission to retrieve details for a specific resource. Access level: Read. https://docs.aws.amazon.com/mpa/latest/APIReference/API_GetResourcePolicy.html */
  GetResourcePolicy: "R||||||;",
  /** Grants permission to retrieve details for an approval session. Access level: Read. Resources: session*. https://docs.aws.amazon.com/mpa/latest/APIReference/API_GetSession.html */
  GetSession: "R|||2;1;|1,3,4||;",
  /** Grants permission to list approval teams. Access level: List. https://docs.aws.amazon.com/mpa/latest/APIReference/API_ListApprovalTeams.html */
  ListApprovalTeams: "L||||||;",
  /** Grants permission to list identity sources. Access level: List. https://docs.aws.amazon.com/mpa/latest/APIReference/API_ListIdentitySources.html */
  ListIdentitySources: "L||||||;",
  /** Grants permission to list policies. Access level: List. https://docs.aws.amazon.com/mpa/latest/APIReference/API_ListPolicies.html */
  ListPolicies: "L||||||;",
  /** Grants permission to list the versions for policies. Access level: List. https://docs.aws.amazon.com/mpa/latest/APIReference/API_ListPolicyVersions.html */
  ListPolicyVersions: "L||||||;",
  /** Grants permission to list policies for a resource. Access level: List. https://docs.aws.amazon.com/mpa/latest/APIReference/API_ListResourcePolicies.html */
  ListResourcePolicies: "L||||||;",
  /** Grants permission to list approval sessions. Access level: List. https://docs.aws.amazon.com/mpa/latest/APIReference/API_ListSessions.html */
  ListSessions: "L||||||;",
  /** Grants permission to list tags for a resource. Access level: List. https://docs.aws.amazon.com/mpa/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "L||||||;",
  /** Grants permission to create or update policies for a resource. Access level: Permissions management. Permission only. https://docs.aws.amazon.com/mpa/latest/APIReference/API_PutResourcePolicy.html */
  PutResourcePolicy: "P||1||||",
  /** Grants permission to start the deletion process for an active approval team. Access level: Write. Resources: approval-team*. https://docs.aws.amazon.com/mpa/latest/APIReference/API_StartActiveApprovalTeamDeletion.html */
  StartActiveApprovalTeamDeletion: "W|||0;1;|1||;",
  /** Grants permission to start a baseline for an active approval team. Access level: Write. Resources: approval-team*. https://docs.aws.amazon.com/mpa/latest/APIReference/API_StartApprovalTeamBaseline.html */
  StartApprovalTeamBaseline: "W|||0;1;|1||;",
  /** Grants permission to start an approval session. Access level: Write. Resources: session*. Permission only. https://docs.aws.amazon.com/mpa/latest/APIReference/API_StartSessionInternal.html */
  StartSession: "W||1|2;1;|1,3,4||",
  /** Grants permission to tag a resource. Access level: Tagging. https://docs.aws.amazon.com/mpa/latest/APIReference/API_TagResource.html */
  TagResource: "T||||0,1,2||CreateApprovalTeam,CreateIdentitySource,;",
  /** Grants permission to untag a resource. Access level: Tagging. https://docs.aws.amazon.com/mpa/latest/APIReference/API_UntagResource.html */
  UntagResource: "T||||1,2||;",
  /** Grants permission to update approval team. Access level: Write. Resources: approval-team*. https://docs.aws.amazon.com/mpa/latest/APIReference/API_UpdateApprovalTeam.html */
  UpdateApprovalTeam: "W|||0;1;|1||;",
} as const;
const actionDetails = {
  CancelSession: "|,;~~~|Grants permission to cancel an approval session",
  CreateApprovalTeam: "|,;~~~|Grants permission to create an approval team",
  CreateIdentitySource: "|,;~~~|Grants permission to create an identity source",
  DeleteIdentitySource: "|,;~~~|Grants permission to delete an identity source",
  DeleteInactiveApprovalTeamVersion: "|,;~~~|Grants permission to delete an inactive approval team",
  DeleteResourcePolicy: "|,;~|Grants permission to delete a resource policy",
  GetApprovalTeam: "|,;~~~|Grants permission to retrieve details for an approval team",
  GetIdentitySource: "|,;~~~|Grants permission to retrieve details for an identity source",
  GetPolicyVersion: "|,;~~~|Grants permission to retrieve details for a policy",
  GetResourcePolicy: "|,;~~~|Grants permission to retrieve details for a specific resource",
  GetSession: "|,;~~~|Grants permission to retrieve details for an approval session",
  ListApprovalTeams: "|,;~~~|Grants permission to list approval teams",
  ListIdentitySources: "|,;~~~|Grants permission to list identity sources",
  ListPolicies: "|,;~~~|Grants permission to list policies",
  ListPolicyVersions: "|,;~~~|Grants permission to list the versions for policies",
  ListResourcePolicies: "|,;~~~|Grants permission to list policies for a resource",
  ListSessions: "|,;~~~|Grants permission to list approval sessions",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for a resource",
  PutResourcePolicy: "|,;~|Grants permission to create or update policies for a resource",
  StartActiveApprovalTeamDeletion: "|,;~~~|Grants permission to start the deletion process for an active approval team",
  StartApprovalTeamBaseline: "|,;~~~|Grants permission to start a baseline for an active approval team",
  StartSession: "|,;~|Grants permission to start an approval session",
  TagResource: "|,;~~~,~~,~~|Grants permission to tag a resource",
  UntagResource: "|,;~~~|Grants permission to untag a resource",
  UpdateApprovalTeam: "|,;~~~|Grants permission to update approval team",
};
const resourceTypeFacts = {
  /** The approval-team resource type: arn:${Partition}:mpa:${Region}:${Account}:approval-team/${ApprovalTeamId} */
  "approval-team": "|,approvalTeam|1",
  /** The identity-source resource type: arn:${Partition}:mpa:${Region}:${Account}:identity-source/${IdentitySourceId} */
  "identity-source": "|,identitySource|1",
  /** The session resource type: arn:${Partition}:mpa:${Region}:${Account}:session/${SessionId} */
  session: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a approval-team resource: arn:${Partition}:mpa:${Region}:${Account}:approval-team/${ApprovalTeamId}. */
  approvalTeam: "|,approval-team|arn:|Partition|:mpa:|Region|:|Account|:approval-team/|ApprovalTeamId|",
  /** ARN of a identity-source resource: arn:${Partition}:mpa:${Region}:${Account}:identity-source/${IdentitySourceId}. */
  identitySource: "|,identity-source|arn:|Partition|:mpa:|Region|:|Account|:identity-source/|IdentitySourceId|",
  /** ARN of a session resource: arn:${Partition}:mpa:${Region}:${Account}:session/${SessionId}. */
  session: "|,session|arn:|Partition|:mpa:|Region|:|Account|:session/|SessionId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["approval-team", "identity-source", "session"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "mpa">;
/** Any mpa action. */
export type Action = ActionOf<typeof actionFacts, "mpa">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "mpa">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "mpa" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every mpa action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by a tag key and value pair that is allowed in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by a tag key and value pair of a resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by a list of tag keys that are allowed in the request. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access by the account that owns the resource that is the target of the operation that requires approval. */
  "mpa:ProtectedResourceAccount": "String";
  /** Filters access by a requested operation that requires team approval before it can be executed. */
  "mpa:RequestedOperation": "String";
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by a tag key and value pair that is allowed in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by a tag key and value pair of a resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by a list of tag keys that are allowed in the request",
  "mpa:ProtectedResourceAccount":
    "|,String|0||Filters access by the account that owns the resource that is the target of the operation that requires approval",
  "mpa:RequestedOperation":
    "|,String|0||Filters access by a requested operation that requires team approval before it can be executed",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "mpa",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
