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
export const prefix: "codestar" = "codestar";
/** The service's name in the reference. */
export const serviceName: "AWS CodeStar" = "AWS CodeStar";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS CodeStar",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awscodestar.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "iam:ResourceTag/${TagKey}",
] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to add a user to the team for an AWS CodeStar project. Access level: Permissions management. Resources: project*. https://docs.aws.amazon.com/codestar/latest/APIReference/API_AssociateTeamMember.html */
  AssociateTeamMember: "P|||0;1;|||",
  /** Grants permission to create a project with minimal structure, customer policies, and no resources. Access level: Permissions management. https://docs.aws.amazon.com/codestar/latest/APIReference/API_CreateProject.html */
  CreateProject: "P||||0,2||",
  /** Grants permission to create a profile for a user that includes user preferences, display name, and email. Access level: Write. Resources: user*. https://docs.aws.amazon.com/codestar/latest/APIReference/API_CreateUserProfile.html */
  CreateUserProfile: "W|||1;1;|||",
  /** Grants permission to extended delete APIs. Access level: Write. Resources: project*. Permission only. https://docs.aws.amazon.com/service-authorization/latest/reference/list_awscodestar.html */
  DeleteExtendedAccess: "W||1|0;1;|||",
  /** Grants permission to delete a project, including project resources. Does not delete users associated with the project, but does delete the IAM roles that allowed access to the project. Access level: Permissions management. Resources: project*. https://docs.aws.amazon.com/codestar/latest/APIReference/API_DeleteProject.html */
  DeleteProject: "P|||0;1;|||",
  /** Grants permission to delete a user profile in AWS CodeStar, including all personal preference data associated with that profile, such as display name and email address. It does not delete the history of that user, for example the history of commits made by that user. Access level: Write. Resources: user*. https://docs.aws.amazon.com/codestar/latest/APIReference/API_DeleteUserProfile.html */
  DeleteUserProfile: "W|||1;1;|||",
  /** Grants permission to describe a project and its resources. Access level: Read. Resources: project*. https://docs.aws.amazon.com/codestar/latest/APIReference/API_DescribeProject.html */
  DescribeProject: "R|||0;1;|||",
  /** Grants permission to describe a user in AWS CodeStar and the user attributes across all projects. Access level: Read. https://docs.aws.amazon.com/codestar/latest/APIReference/API_DescribeUserProfile.html */
  DescribeUserProfile: "R||||||",
  /** Grants permission to remove a user from a project. Removing a user from a project also removes the IAM policies from that user that allowed access to the project and its resources. Access level: Permissions management. Resources: project*. https://docs.aws.amazon.com/codestar/latest/APIReference/API_DisassociateTeamMember.html */
  DisassociateTeamMember: "P|||0;1;|||",
  /** Grants permission to extended read APIs. Access level: Read. Resources: project*. Permission only. https://docs.aws.amazon.com/service-authorization/latest/reference/list_awscodestar.html */
  GetExtendedAccess: "R||1|0;1;|||",
  /** Grants permission to list all projects in CodeStar associated with your AWS account. Access level: List. https://docs.aws.amazon.com/codestar/latest/APIReference/API_ListProjects.html */
  ListProjects: "L||||||",
  /** Grants permission to list all resources associated with a project in CodeStar. Access level: List. Resources: project*. https://docs.aws.amazon.com/codestar/latest/APIReference/API_ListResources.html */
  ListResources: "L|||0;1;|||",
  /** Grants permission to list the tags associated with a project in CodeStar. Access level: List. Resources: project*. https://docs.aws.amazon.com/codestar/latest/APIReference/API_ListTagsForProject.html */
  ListTagsForProject: "L|||0;1;|||",
  /** Grants permission to list all team members associated with a project. Access level: List. Resources: project*. https://docs.aws.amazon.com/codestar/latest/APIReference/API_ListTeamMembers.html */
  ListTeamMembers: "L|||0;1;|||",
  /** Grants permission to list user profiles in AWS CodeStar. Access level: List. https://docs.aws.amazon.com/codestar/latest/APIReference/API_ListUserProfiles.html */
  ListUserProfiles: "L||||||",
  /** Grants permission to extended write APIs. Access level: Write. Resources: project*. Permission only. https://docs.aws.amazon.com/service-authorization/latest/reference/list_awscodestar.html */
  PutExtendedAccess: "W||1|0;1;|||",
  /** Grants permission to add tags to a project in CodeStar. Access level: Tagging. Resources: project*. https://docs.aws.amazon.com/codestar/latest/APIReference/API_TagProject.html */
  TagProject: "T|||0;1;|0,2||",
  /** Grants permission to remove tags from a project in CodeStar. Access level: Tagging. Resources: project*. https://docs.aws.amazon.com/codestar/latest/APIReference/API_UntagProject.html */
  UntagProject: "T|||0;1;|2||",
  /** Grants permission to update a project in CodeStar. Access level: Write. Resources: project*. https://docs.aws.amazon.com/codestar/latest/APIReference/API_UpdateProject.html */
  UpdateProject: "W|||0;1;|||",
  /** Grants permission to update team member attributes within a CodeStar project. Access level: Permissions management. Resources: project*. https://docs.aws.amazon.com/codestar/latest/APIReference/API_UpdateTeamMember.html */
  UpdateTeamMember: "P|||0;1;|||",
  /** Grants permission to update a profile for a user that includes user preferences, display name, and email. Access level: Write. Resources: user*. https://docs.aws.amazon.com/codestar/latest/APIReference/API_UpdateUserProfile.html */
  UpdateUserProfile: "W|||1;1;|||",
  /** Grants permission to verify whether the AWS CodeStar service role exists in the customer's account. Access level: List. https://docs.aws.amazon.com/service-authorization/latest/reference/list_awscodestar.html */
  VerifyServiceRole: "L||||||",
} as const;
const actionDetails = {
  AssociateTeamMember: "|,;~|Grants permission to add a user to the team for an AWS CodeStar project",
  CreateProject:
    "|,;~|Grants permission to create a project with minimal structure, customer policies, and no resources",
  CreateUserProfile:
    "|,;~|Grants permission to create a profile for a user that includes user preferences, display name, and email",
  DeleteExtendedAccess: "|,;~|Grants permission to extended delete APIs",
  DeleteProject:
    "|,;~|Grants permission to delete a project, including project resources. Does not delete users associated with the project, but does delete the IAM roles that allowed access to the project",
  DeleteUserProfile:
    "|,;~|Grants permission to delete a user profile in AWS CodeStar, including all personal preference data associated with that profile, such as display name and email address. It does not delete the history of that user, for example the history of commits made by that user",
  DescribeProject: "|,;~|Grants permission to describe a project and its resources",
  DescribeUserProfile:
    "|,;~|Grants permission to describe a user in AWS CodeStar and the user attributes across all projects",
  DisassociateTeamMember:
    "|,;~|Grants permission to remove a user from a project. Removing a user from a project also removes the IAM policies from that user that allowed access to the project and its resources",
  GetExtendedAccess: "|,;~|Grants permission to extended read APIs",
  ListProjects: "|,;~|Grants permission to list all projects in CodeStar associated with your AWS account",
  ListResources: "|,;~|Grants permission to list all resources associated with a project in CodeStar",
  ListTagsForProject: "|,;~|Grants permission to list the tags associated with a project in CodeStar",
  ListTeamMembers: "|,;~|Grants permission to list all team members associated with a project",
  ListUserProfiles: "|,;~|Grants permission to list user profiles in AWS CodeStar",
  PutExtendedAccess: "|,;~|Grants permission to extended write APIs",
  TagProject: "|,;~|Grants permission to add tags to a project in CodeStar",
  UntagProject: "|,;~|Grants permission to remove tags from a project in CodeStar",
  UpdateProject: "|,;~|Grants permission to update a project in CodeStar",
  UpdateTeamMember: "|,;~|Grants permission to update team member attributes within a CodeStar project",
  UpdateUserProfile:
    "|,;~|Grants permission to update a profile for a user that includes user preferences, display name, and email",
  VerifyServiceRole:
    "|,;~|Grants permission to verify whether the AWS CodeStar service role exists in the customer's account",
};
const resourceTypeFacts = {
  /** The project resource type: arn:${Partition}:codestar:${Region}:${Account}:project/${ProjectId} */
  project: "|,|1",
  /** The user resource type: arn:${Partition}:iam::${Account}:user/${AwsUserName} */
  user: "|,|3",
} as const;
const arnFormats = {
  /** ARN of a project resource: arn:${Partition}:codestar:${Region}:${Account}:project/${ProjectId}. */
  project: "|,project|arn:|Partition|:codestar:|Region|:|Account|:project/|ProjectId|",
  /** ARN of a user resource: arn:${Partition}:iam::${Account}:user/${AwsUserName}. */
  user: "|,user|arn:|Partition|:iam::|Account|:user/|AwsUserName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["project", "user"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "codestar">;
/** Any codestar action. */
export type Action = ActionOf<typeof actionFacts, "codestar">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "codestar">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "", client: "" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every codestar action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by requests based on the allowed set of values for each of the tags. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by actions based on tag-value associated with the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by actions based on tag-value associated with the resource. */
  [key: `iam:ResourceTag/${string}`]: "String";
  /** Filters access by requests based on the presence of mandatory tags in the request. */
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
  /** iam:ResourceTag/${TagKey} */
  "iam:ResourceTag/${TagKey}": `iam:ResourceTag/${string}`;
}

/** A condition key as the reference writes it. */
export type ConditionKeyName = (typeof conditionKeyList)[number];
/** Condition key -> description, types, deprecation. */
export type ConditionKeyInfos = { readonly [K in ConditionKeyName]: ConditionKeyInfo };
const conditionKeyRows: { readonly [K in ConditionKeyName]: string } = {
  "aws:RequestTag/${TagKey}":
    "|,String|0||Filters access by requests based on the allowed set of values for each of the tags",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by actions based on tag-value associated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by requests based on the presence of mandatory tags in the request",
  "iam:ResourceTag/${TagKey}": "|,String|0||Filters access by actions based on tag-value associated with the resource",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "codestar",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
