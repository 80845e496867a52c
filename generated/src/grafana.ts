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
export const prefix: "grafana" = "grafana";
/** The service's name in the reference. */
export const serviceName: "Amazon Managed Grafana" = "Amazon Managed Grafana";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Managed Grafana",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonmanagedgrafana.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [
  "ec2:DescribeSecurityGroups",
  "ec2:DescribeSubnets",
  "ec2:GetManagedPrefixListEntries",
  "iam:CreateServiceLinkedRole",
  "iam:PassRole",
] as const;
const actionFacts = {
  /** Grants permission to upgrade a workspace with a license. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/grafana/latest/userguide/AMG-and-IAM.html */
  AssociateLicense: "W|||0;1;||aws-marketplace:ViewSubscriptions|;",
  /** Grants permission to create a workspace. Access level: Write. https://docs.aws.amazon.com/grafana/latest/userguide/AMG-and-IAM.html */
  CreateWorkspace:
    "W||||0,2|0,1,2,grafana:TagResource,3,4,organizations:DescribeOrganization,sso:CreateManagedApplicationInstance,sso:DescribeRegisteredRegions,sso:GetSharedSsoConfiguration|;",
  /** Grants permission to create API keys for a workspace. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/grafana/latest/userguide/AMG-and-IAM.html */
  CreateWorkspaceApiKey: "W|||0;1;|||;",
  /** Grants permission to create service accounts for a workspace. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/grafana/latest/userguide/AMG-and-IAM.html */
  CreateWorkspaceServiceAccount: "W|||0;1;|||;",
  /** Grants permission to create service account tokens for a workspace. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/grafana/latest/userguide/AMG-and-IAM.html */
  CreateWorkspaceServiceAccountToken: "W|||0;1;|||;",
  /** Grants permission to delete a workspace. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/grafana/latest/userguide/AMG-and-IAM.html */
  DeleteWorkspace: "W|||0;1;||sso:DeleteManagedApplicationInstance|;",
  /** Grants permission to delete API keys from a workspace. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/grafana/latest/userguide/AMG-and-IAM.html */
  DeleteWorkspaceApiKey: "W|||0;1;|||;",
  /** Grants permission to delete service accounts for a workspace. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/grafana/latest/userguide/AMG-and-IAM.html */
  DeleteWorkspaceServiceAccount: "W|||0;1;|||;",
  /** Grants permission to delete service account tokens for a workspace. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/grafana/latest/userguide/AMG-and-IAM.html */
  DeleteWorkspaceServiceAccountToken: "W|||0;1;|||;",
  /** Grants permission to describe a workspace. Access level: Read. Resources: workspace*. https://docs.aws.amazon.com/grafana/latest/userguide/AMG-and-IAM.html */
  DescribeWorkspace: "R|||0;1;|||;,ListVersions",
  /** Grants permission to describe authentication providers on a workspace. Access level: Read. Resources: workspace*. https://docs.aws.amazon.com/grafana/latest/userguide/AMG-and-IAM.html */
  DescribeWorkspaceAuthentication: "R|||0;1;|||;",
  /** Grants permission to describe the current configuration string for the given workspace. Access level: Read. Resources: workspace*. https://docs.aws.amazon.com/grafana/latest/APIReference/API_DescribeWorkspaceConfiguration.html */
  DescribeWorkspaceConfiguration: "R|||0;1;|||;",
  /** Grants permission to remove a license from a workspace. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/grafana/latest/userguide/AMG-and-IAM.html */
  DisassociateLicense: "W|||0;1;|||;",
  /** Grants permission to list the permissions on a wokspace. Access level: List. Resources: workspace*. https://docs.aws.amazon.com/grafana/latest/userguide/AMG-and-IAM.html */
  ListPermissions: "L|||0;1;|||;",
  /** Grants permission to list tags associated with a workspace. Access level: Read. Resources: workspace. https://docs.aws.amazon.com/grafana/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;|||;",
  /** Grants permission to list all available supported Grafana versions. Optionally, include a workspace to list the versions to which it can be upgraded. Access level: List. Resources: workspace. https://docs.aws.amazon.com/grafana/latest/APIReference/API_ListVersions.html */
  ListVersions: "L|||0;0;||grafana:DescribeWorkspace|;",
  /** Grants permission to list service account tokens for a workspace. Access level: Read. Resources: workspace*. https://docs.aws.amazon.com/grafana/latest/userguide/AMG-and-IAM.html */
  ListWorkspaceServiceAccountTokens: "R|||0;1;|||;",
  /** Grants permission to list service accounts for a workspace. Access level: Read. Resources: workspace*. https://docs.aws.amazon.com/grafana/latest/userguide/AMG-and-IAM.html */
  ListWorkspaceServiceAccounts: "R|||0;1;|||;",
  /** Grants permission to list workspaces. Access level: Read. https://docs.aws.amazon.com/grafana/latest/userguide/AMG-and-IAM.html */
  ListWorkspaces: "R||||||;",
  /** Grants permission to add tags to, or update tag values of, a workspace. Access level: Tagging. Resources: workspace*. https://docs.aws.amazon.com/grafana/latest/APIReference/API_TagResource.html */
  TagResource: "T|||0;1;|0,2||CreateWorkspace,;",
  /** Grants permission to remove tags from a workspace. Access level: Tagging. Resources: workspace*. https://docs.aws.amazon.com/grafana/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;1;|2||;",
  /** Grants permission to modify the permissions on a workspace. Access level: Permissions management. Resources: workspace*. https://docs.aws.amazon.com/grafana/latest/userguide/AMG-and-IAM.html */
  UpdatePermissions: "P|||0;1;|||;",
  /** Grants permission to modify a workspace. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/grafana/latest/userguide/AMG-and-IAM.html */
  UpdateWorkspace: "W|||0;1;||0,1,2,3,4|;",
  /** Grants permission to modify authentication providers on a workspace. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/grafana/latest/userguide/AMG-and-IAM.html */
  UpdateWorkspaceAuthentication: "W|||0;1;|||;",
  /** Grants permission to update the configuration string for the given workspace. Access level: Write. Resources: workspace*. https://docs.aws.amazon.com/grafana/latest/APIReference/API_UpdateWorkspaceConfiguration.html */
  UpdateWorkspaceConfiguration: "W|||0;1;|||;",
} as const;
const actionDetails = {
  AssociateLicense: "|,;~~~|Grants permission to upgrade a workspace with a license",
  CreateWorkspace: "|,;~~~|Grants permission to create a workspace",
  CreateWorkspaceApiKey: "|,;~~~|Grants permission to create API keys for a workspace",
  CreateWorkspaceServiceAccount: "|,;~~~|Grants permission to create service accounts for a workspace",
  CreateWorkspaceServiceAccountToken: "|,;~~~|Grants permission to create service account tokens for a workspace",
  DeleteWorkspace: "|,;~~~|Grants permission to delete a workspace",
  DeleteWorkspaceApiKey: "|,;~~~|Grants permission to delete API keys from a workspace",
  DeleteWorkspaceServiceAccount: "|,;~~~|Grants permission to delete service accounts for a workspace",
  DeleteWorkspaceServiceAccountToken: "|,;~~~|Grants permission to delete service account tokens for a workspace",
  DescribeWorkspace: "|,;~~~,~~|Grants permission to describe a workspace",
  DescribeWorkspaceAuthentication: "|,;~~~|Grants permission to describe authentication providers on a workspace",
  DescribeWorkspaceConfiguration:
    "|,;~~~|Grants permission to describe the current configuration string for the given workspace",
  DisassociateLicense: "|,;~~~|Grants permission to remove a license from a workspace",
  ListPermissions: "|,;~~~|Grants permission to list the permissions on a wokspace",
  ListTagsForResource: "|,;~~~|Grants permission to list tags associated with a workspace",
  ListVersions:
    "|,;~~~|Grants permission to list all available supported Grafana versions. Optionally, include a workspace to list the versions to which it can be upgraded",
  ListWorkspaceServiceAccountTokens: "|,;~~~|Grants permission to list service account tokens for a workspace",
  ListWorkspaceServiceAccounts: "|,;~~~|Grants permission to list service accounts for a workspace",
  ListWorkspaces: "|,;~~~|Grants permission to list workspaces",
  TagResource: "|,;~~~,~~|Grants permission to add tags to, or update tag values of, a workspace",
  UntagResource: "|,;~~~|Grants permission to remove tags from a workspace",
  UpdatePermissions: "|,;~~~|Grants permission to modify the permissions on a workspace",
  UpdateWorkspace: "|,;~~~|Grants permission to modify a workspace",
  UpdateWorkspaceAuthentication: "|,;~~~|Grants permission to modify authentication providers on a workspace",
  UpdateWorkspaceConfiguration: "|,;~~~|Grants permission to update the configuration string for the given workspace",
};
const resourceTypeFacts = {
  /** The workspace resource type: arn:${Partition}:grafana:${Region}:${Account}:/workspaces/${ResourceId} */
  workspace: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a workspace resource: arn:${Partition}:grafana:${Region}:${Account}:/workspaces/${ResourceId}. */
  workspace: "|,workspace|arn:|Partition|:grafana:|Region|:|Account|:/workspaces/|ResourceId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["workspace"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "grafana">;
/** Any grafana action. */
export type Action = ActionOf<typeof actionFacts, "grafana">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "grafana">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "grafana" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every grafana action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by actions based on the presence of tag key-value pairs in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by actions based on tag key-value pairs attached to the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by actions based on the presence of tag keys in the request. */
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
  "aws:RequestTag/${TagKey}":
    "|,String|0||Filters access by actions based on the presence of tag key-value pairs in the request",
  "aws:ResourceTag/${TagKey}":
    "|,String|0||Filters access by actions based on tag key-value pairs attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by actions based on the presence of tag keys in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "grafana",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
