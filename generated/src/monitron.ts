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
export const prefix: "monitron" = "monitron";
/** The service's name in the reference. */
export const serviceName: "Amazon Monitron" = "Amazon Monitron";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Monitron",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonmonitron.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [
  "sso-directory:DescribeUsers",
  "sso:AssociateProfile",
  "sso:DeleteManagedApplicationInstance",
  "sso:DisassociateProfile",
  "sso:GetManagedApplicationInstance",
  "sso:GetProfile",
  "sso:ListDirectoryAssociations",
  "sso:ListProfileAssociations",
  "sso:ListProfiles",
] as const;
const actionFacts = {
  /** Grants permission to associate a user with the project as an administrator. Access level: Permissions management. Resources: project*. Permission only. https://docs.aws.amazon.com/Monitron/latest/user-guide/user-management-chapter.html */
  AssociateProjectAdminUser: "P||1|0;1;||0,1,4,5,6,7,8|",
  /** Grants permission to create a project. Access level: Write. Permission only. https://docs.aws.amazon.com/Monitron/latest/user-guide/mp-creating-project.html */
  CreateProject:
    "W||1||0,2|iam:CreateServiceLinkedRole,kms:CreateGrant,sso:CreateManagedApplicationInstance,2,sso:DescribeRegisteredRegions|",
  /** Grants permission to associate a user with the project. Access level: Permissions management. Resources: project*. Permission only. https://docs.aws.amazon.com/Monitron/latest/user-guide/adding-user.html */
  CreateProjectUserAssociation: "P||1|0;1;||0,1,4,5,6,7,8|",
  /** Grants permission to associate an access role with the user. Access level: Permissions management. Resources: project*. Permission only. https://docs.aws.amazon.com/Monitron/latest/user-guide/adding-user.html */
  CreateUserAccessRoleAssociation: "P||1|0;1;||0,4,5,6,7,8|",
  /** Grants permission to delete a project. Access level: Write. Resources: project*. Permission only. https://docs.aws.amazon.com/Monitron/latest/user-guide/mp-delete-project.html */
  DeleteProject: "W||1|0;1;||2|",
  /** Grants permission to disassociate a user from the project. Access level: Permissions management. Resources: project*. Permission only. https://docs.aws.amazon.com/Monitron/latest/user-guide/deleting-user.html */
  DeleteProjectUserAssociation: "P||1|0;1;||0,3,4,5,6,8|",
  /** Grants permission to disassociate an access role from the user. Access level: Permissions management. Resources: project*. Permission only. https://docs.aws.amazon.com/Monitron/latest/user-guide/deleting-user.html */
  DeleteUserAccessRoleAssociation: "P||1|0;1;|||",
  /** Grants permission to disassociate an administrator from the project. Access level: Permissions management. Resources: project*. Permission only. https://docs.aws.amazon.com/Monitron/latest/user-guide/mu-remove-project-admin.html */
  DisassociateProjectAdminUser: "P||1|0;1;||0,3,4,5,6,8|",
  /** Grants permission to get information about a project. Access level: Read. Resources: project*. Permission only. https://docs.aws.amazon.com/Monitron/latest/user-guide/mp-project-tasks.html */
  GetProject: "R||1|0;1;|||",
  /** Grants permission to describe an administrator who is associated with the project. Access level: Read. Resources: project*. Permission only. https://docs.aws.amazon.com/Monitron/latest/user-guide/mp-project-tasks.html */
  GetProjectAdminUser: "R||1|0;1;||0,4,7|",
  /** Grants permission to list all administrators associated with the project. Access level: Permissions management. Resources: project*. Permission only. https://docs.aws.amazon.com/Monitron/latest/user-guide/user-management-chapter.html */
  ListProjectAdminUsers: "P||1|0;1;||0,4|",
  /** Grants permission to list all users associated with the project. Access level: List. Resources: project*. Permission only. https://docs.aws.amazon.com/Monitron/latest/user-guide/user-management-chapter.html */
  ListProjectUserAssociations: "L||1|0;1;||4,5,6,7,8|",
  /** Grants permission to list all projects. Access level: List. Permission only. https://docs.aws.amazon.com/Monitron/latest/user-guide/mp-project-tasks.html */
  ListProjects: "L||1||||",
  /** Grants permission to list all tags for a resource. Access level: Read. Resources: project. Permission only. https://docs.aws.amazon.com/Monitron/latest/user-guide/tagging.html */
  ListTagsForResource: "R||1|0;0;|||",
  /** Grants permission to list all access roles associated with the user. Access level: List. Resources: project*. Permission only. https://docs.aws.amazon.com/Monitron/latest/user-guide/user-management-chapter.html */
  ListUserAccessRoleAssociations: "L||1|0;1;|||",
  /** Grants permission to tag a resource. Access level: Tagging. Resources: project. Permission only. https://docs.aws.amazon.com/Monitron/latest/user-guide/tagging.html */
  TagResource: "T||1|0;0;|0,2||",
  /** Grants permission to untag a resource. Access level: Tagging. Resources: project. Permission only. https://docs.aws.amazon.com/Monitron/latest/user-guide/tagging.html#modify-tag-1 */
  UntagResource: "T||1|0;0;|2||",
  /** Grants permission to update a project. Access level: Write. Resources: project*. Permission only. https://docs.aws.amazon.com/Monitron/latest/user-guide/mp-updating-project.html */
  UpdateProject: "W||1|0;1;|||",
} as const;
const actionDetails = {
  AssociateProjectAdminUser: "|,;~|Grants permission to associate a user with the project as an administrator",
  CreateProject: "|,;~|Grants permission to create a project",
  CreateProjectUserAssociation: "|,;~|Grants permission to associate a user with the project",
  CreateUserAccessRoleAssociation: "|,;~|Grants permission to associate an access role with the user",
  DeleteProject: "|,;~|Grants permission to delete a project",
  DeleteProjectUserAssociation: "|,;~|Grants permission to disassociate a user from the project",
  DeleteUserAccessRoleAssociation: "|,;~|Grants permission to disassociate an access role from the user",
  DisassociateProjectAdminUser: "|,;~|Grants permission to disassociate an administrator from the project",
  GetProject: "|,;~|Grants permission to get information about a project",
  GetProjectAdminUser: "|,;~|Grants permission to describe an administrator who is associated with the project",
  ListProjectAdminUsers: "|,;~|Grants permission to list all administrators associated with the project",
  ListProjectUserAssociations: "|,;~|Grants permission to list all users associated with the project",
  ListProjects: "|,;~|Grants permission to list all projects",
  ListTagsForResource: "|,;~|Grants permission to list all tags for a resource",
  ListUserAccessRoleAssociations: "|,;~|Grants permission to list all access roles associated with the user",
  TagResource: "|,;~|Grants permission to tag a resource",
  UntagResource: "|,;~|Grants permission to untag a resource",
  UpdateProject: "|,;~|Grants permission to update a project",
};
const resourceTypeFacts = {
  /** The project resource type: arn:${Partition}:monitron:${Region}:${Account}:project/${ResourceId} */
  project: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a project resource: arn:${Partition}:monitron:${Region}:${Account}:project/${ResourceId}. */
  project: "|,project|arn:|Partition|:monitron:|Region|:|Account|:project/|ResourceId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["project"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "monitron">;
/** Any monitron action. */
export type Action = ActionOf<typeof actionFacts, "monitron">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "monitron">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "", client: "" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every monitron action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the tag key-value pairs in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by the tags attached to the resource. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by the tag key-value pairs in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by the tags attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the tag keys that are passed in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "monitron",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
