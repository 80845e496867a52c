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
export const prefix: "ram" = "ram";
/** The service's name in the reference. */
export const serviceName: "AWS Resource Access Manager (RAM)" = "AWS Resource Access Manager (RAM)";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Resource Access Manager (RAM)",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsresourceaccessmanagerram.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "ram:AllowsExternalPrincipals",
  "ram:PermissionArn",
  "ram:PermissionResourceType",
  "ram:Principal",
  "ram:RequestedAllowsExternalPrincipals",
  "ram:RequestedResourceType",
  "ram:ResourceArn",
  "ram:ResourceShareName",
  "ram:ResourceTag/${TagKey}",
  "ram:RetainSharingOnAccountLeaveOrganization",
  "ram:ShareOwnerAccountId",
] as const;
const dependentActionList = ["ram:TagResource"] as const;
const actionFacts = {
  /** Grants permission to accept the specified resource share invitation. Access level: Write. Resources: resource-share-invitation*. https://docs.aws.amazon.com/ram/latest/APIReference/API_AcceptResourceShareInvitation.html */
  AcceptResourceShareInvitation: "W|||3;1;|10,13||;",
  /** Grants permission to associate resource(s) and/or principal(s) to a resource share. Access level: Write. Resources: resource-share*. https://docs.aws.amazon.com/ram/latest/APIReference/API_AssociateResourceShare.html */
  AssociateResourceShare: "W|||2;1;|1,3,6,8,9,10,11,12||;",
  /** Grants permission to associate a Permission with a Resource Share. Access level: Write. Resources: customer-managed-permission*, permission*, resource-share*. https://docs.aws.amazon.com/ram/latest/APIReference/API_AssociateResourceSharePermission.html */
  AssociateResourceSharePermission: "W|||0;1;,1;1;,2;1;|||;",
  /** Grants permission to create a Permission that can be associated to a Resource Share. Access level: Write. https://docs.aws.amazon.com/ram/latest/APIReference/API_CreatePermission.html */
  CreatePermission: "W||||0,1,2,4,5|0|;",
  /** Grants permission to create a new version of a Permission that can be associated to a Resource Share. Access level: Write. Resources: customer-managed-permission*. https://docs.aws.amazon.com/ram/latest/APIReference/API_CreatePermissionVersion.html */
  CreatePermissionVersion: "W|||0;1;|4,5||;",
  /** Grants permission to create a resource share with provided resource(s) and/or principal(s). Access level: Write. https://docs.aws.amazon.com/ram/latest/APIReference/API_CreateResourceShare.html */
  CreateResourceShare: "W||||0,2,3,6,7,8,9,12|0|;",
  /** Grants permission to delete a specified Permission. Access level: Write. Resources: customer-managed-permission*. https://docs.aws.amazon.com/ram/latest/APIReference/API_DeletePermission.html */
  DeletePermission: "W|||0;1;|1,4,5||;",
  /** Grants permission to delete a specified version of a permission. Access level: Write. Resources: customer-managed-permission*. https://docs.aws.amazon.com/ram/latest/APIReference/API_DeletePermissionVersion.html */
  DeletePermissionVersion: "W|||0;1;|4,5||;",
  /** Grants permission to delete resource share. Access level: Write. Resources: resource-share*. https://docs.aws.amazon.com/ram/latest/APIReference/API_DeleteResourceShare.html */
  DeleteResourceShare: "W|||2;1;|1,3,10,11,12||;",
  /** Grants permission to disassociate resource(s) and/or principal(s) from a resource share. Access level: Write. Resources: resource-share*. https://docs.aws.amazon.com/ram/latest/APIReference/API_DisassociateResourceShare.html */
  DisassociateResourceShare: "W|||2;1;|1,3,6,8,9,10,11,12||;",
  /** Grants permission to disassociate a Permission from a Resource Share. Access level: Write. Resources: customer-managed-permission*, permission*, resource-share*. https://docs.aws.amazon.com/ram/latest/APIReference/API_DisassociateResourceSharePermission.html */
  DisassociateResourceSharePermission: "W|||0;1;,1;1;,2;1;|||;",
  /** Grants permission to access customer's organization and create a SLR in the customer's account. Access level: Permissions management. https://docs.aws.amazon.com/ram/latest/APIReference/API_EnableSharingWithAwsOrganization.html */
  EnableSharingWithAwsOrganization:
    "P|||||iam:CreateServiceLinkedRole,organizations:DescribeOrganization,organizations:EnableAWSServiceAccess|;",
  /** Grants permission to get the contents of an AWS RAM permission. Access level: Read. Resources: customer-managed-permission*, permission*. https://docs.aws.amazon.com/ram/latest/APIReference/API_GetPermission.html */
  GetPermission: "R|||0;1;,1;1;|4||;",
  /** Grants permission to get the policies for the specified resources that you own and have shared. Access level: Read. https://docs.aws.amazon.com/ram/latest/APIReference/API_GetResourcePolicies.html */
  GetResourcePolicies: "R||||||;",
  /** Grants permission to get a set of resource share associations from a provided list or with a specified status of the specified type. Access level: Read. https://docs.aws.amazon.com/ram/latest/APIReference/API_GetResourceShareAssociations.html */
  GetResourceShareAssociations: "R||||||;",
  /** Grants permission to get resource share invitations by the specified invitation arn or those for the resource share. Access level: Read. https://docs.aws.amazon.com/ram/latest/APIReference/API_GetResourceShareInvitations.html */
  GetResourceShareInvitations: "R||||||;",
  /** Grants permission to get a set of resource shares from a provided list or with a specified status. Access level: Read. https://docs.aws.amazon.com/ram/latest/APIReference/API_GetResourceShares.html */
  GetResourceShares: "R||||0,2||;",
  /** Grants permission to list the resources in a resource share that is shared with you but that the invitation is still pending for. Access level: Read. Resources: resource-share-invitation*. https://docs.aws.amazon.com/ram/latest/APIReference/API_ListPendingInvitationResources.html */
  ListPendingInvitationResources: "R|||3;1;|10||;",
  /** Grants permission to list information about the permission and any associations. Access level: List. Resources: customer-managed-permission*, permission*. https://docs.aws.amazon.com/ram/latest/APIReference/API_ListPermissionAssociations.html */
  ListPermissionAssociations: "L|||0;1;,1;1;|4,5||;",
  /** Grants permission to list the versions of an AWS RAM permission. Access level: List. https://docs.aws.amazon.com/ram/latest/APIReference/API_ListPermissionVersions.html */
  ListPermissionVersions: "L||||||;",
  /** Grants permission to list the AWS RAM permissions. Access level: List. https://docs.aws.amazon.com/ram/latest/APIReference/API_ListPermissions.html */
  ListPermissions: "L||||||;",
  /** Grants permission to list the principals that you have shared resources with or that have shared resources with you. Access level: List. https://docs.aws.amazon.com/ram/latest/APIReference/API_ListPrincipals.html */
  ListPrincipals: "L||||||;",
  /** Grants permission to retrieve the status of the asynchronous permission replacement. Access level: List. https://docs.aws.amazon.com/ram/latest/APIReference/API_ListReplacePermissionAssociationsWork.html */
  ListReplacePermissionAssociationsWork: "L||||||;",
  /** Grants permission to list the Permissions associated with a Resource Share. Access level: List. Resources: resource-share*. https://docs.aws.amazon.com/ram/latest/APIReference/API_ListResourceSharePermissions.html */
  ListResourceSharePermissions: "L|||2;1;|1,3,10,12||;",
  /** Grants permission to list the shareable resource types supported by AWS RAM. Access level: List. https://docs.aws.amazon.com/ram/latest/APIReference/API_ListResourceTypes.html */
  ListResourceTypes: "L||||||;",
  /** Grants permission to list the resources that you added to resource shares or the resources that are shared with you. Access level: List. https://docs.aws.amazon.com/ram/latest/APIReference/API_ListResources.html */
  ListResources: "L||||||;",
  /** Grants permission to list source associations for resource shares. Access level: List. https://docs.aws.amazon.com/ram/latest/APIReference/API_ListSourceAssociations.html */
  ListSourceAssociations: "L||||||;",
  /** Grants permission to create a separate, fully manageable customer managed permission. Access level: Write. Resources: customer-managed-permission*. https://docs.aws.amazon.com/ram/latest/APIReference/API_PromotePermissionCreatedFromPolicy.html */
  PromotePermissionCreatedFromPolicy: "W|||0;1;|4,5||;",
  /** Grants permission to promote the specified resource share. Access level: Write. Resources: resource-share*. https://docs.aws.amazon.com/ram/latest/APIReference/API_PromoteResourceShareCreatedFromPolicy.html */
  PromoteResourceShareCreatedFromPolicy: "W|||2;1;|||;",
  /** Grants permission to reject the specified resource share invitation. Access level: Write. Resources: resource-share-invitation*. https://docs.aws.amazon.com/ram/latest/APIReference/API_RejectResourceShareInvitation.html */
  RejectResourceShareInvitation: "W|||3;1;|10,13||;",
  /** Grants permission to update all resource shares to a new permission. Access level: Write. Resources: customer-managed-permission*, permission*. https://docs.aws.amazon.com/ram/latest/APIReference/API_ReplacePermissionAssociations.html */
  ReplacePermissionAssociations: "W|||0;1;,1;1;|4,5||;",
  /** Grants permission to specify a version number as the default version for the respective customer managed permission. Access level: Write. Resources: customer-managed-permission*. https://docs.aws.amazon.com/ram/latest/APIReference/API_SetDefaultPermissionVersion.html */
  SetDefaultPermissionVersion: "W|||0;1;|4,5||;",
  /** Grants permission to tag the specified resource share or permission. Access level: Tagging. Resources: customer-managed-permission, resource-share. https://docs.aws.amazon.com/ram/latest/APIReference/API_TagResource.html */
  TagResource: "T|||0;0;,2;0;|0,2||CreatePermission,CreateResourceShare,;",
  /** Grants permission to untag the specified resource share or permission. Access level: Tagging. Resources: customer-managed-permission, resource-share. https://docs.aws.amazon.com/ram/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,2;0;|2||;",
  /** Grants permission to update attributes of the resource share. Access level: Write. Resources: resource-share*. https://docs.aws.amazon.com/ram/latest/APIReference/API_UpdateResourceShare.html */
  UpdateResourceShare: "W|||2;1;|1,3,7,10,11,12||;",
} as const;
const actionDetails = {
  AcceptResourceShareInvitation: "|,;~~~|Grants permission to accept the specified resource share invitation",
  AssociateResourceShare: "|,;~~~|Grants permission to associate resource(s) and/or principal(s) to a resource share",
  AssociateResourceSharePermission: "|,;~~~|Grants permission to associate a Permission with a Resource Share",
  CreatePermission: "|,;~~~|Grants permission to create a Permission that can be associated to a Resource Share",
  CreatePermissionVersion:
    "|,;~~~|Grants permission to create a new version of a Permission that can be associated to a Resource Share",
  CreateResourceShare:
    "|,;~~~|Grants permission to create a resource share with provided resource(s) and/or principal(s)",
  DeletePermission: "|,;~~~|Grants permission to delete a specified Permission",
  DeletePermissionVersion: "|,;~~~|Grants permission to delete a specified version of a permission",
  DeleteResourceShare: "|,;~~~|Grants permission to delete resource share",
  DisassociateResourceShare:
    "|,;~~~|Grants permission to disassociate resource(s) and/or principal(s) from a resource share",
  DisassociateResourceSharePermission: "|,;~~~|Grants permission to disassociate a Permission from a Resource Share",
  EnableSharingWithAwsOrganization:
    "|,;~~~|Grants permission to access customer's organization and create a SLR in the customer's account",
  GetPermission: "|,;~~~|Grants permission to get the contents of an AWS RAM permission",
  GetResourcePolicies:
    "|,;~~~|Grants permission to get the policies for the specified resources that you own and have shared",
  GetResourceShareAssociations:
    "|,;~~~|Grants permission to get a set of resource share associations from a provided list or with a specified status of the specified type",
  GetResourceShareInvitations:
    "|,;~~~|Grants permission to get resource share invitations by the specified invitation arn or those for the resource share",
  GetResourceShares:
    "|,;~~~|Grants permission to get a set of resource shares from a provided list or with a specified status",
  ListPendingInvitationResources:
    "|,;~~~|Grants permission to list the resources in a resource share that is shared with you but that the invitation is still pending for",
  ListPermissionAssociations: "|,;~~~|Grants permission to list information about the permission and any associations",
  ListPermissionVersions: "|,;~~~|Grants permission to list the versions of an AWS RAM permission",
  ListPermissions: "|,;~~~|Grants permission to list the AWS RAM permissions",
  ListPrincipals:
    "|,;~~~|Grants permission to list the principals that you have shared resources with or that have shared resources with you",
  ListReplacePermissionAssociationsWork:
    "|,;~~~|Grants permission to retrieve the status of the asynchronous permission replacement",
  ListResourceSharePermissions: "|,;~~~|Grants permission to list the Permissions associated with a Resource Share",
  ListResourceTypes: "|,;~~~|Grants permission to list the shareable resource types supported by AWS RAM",
  ListResources:
    "|,;~~~|Grants permission to list the resources that you added to resource shares or the resources that are shared with you",
  ListSourceAssociations: "|,;~~~|Grants permission to list source associations for resource shares",
  PromotePermissionCreatedFromPolicy:
    "|,;~~~|Grants permission to create a separate, fully manageable customer managed permission",
  PromoteResourceShareCreatedFromPolicy: "|,;~~~|Grants permission to promote the specified resource share",
  RejectResourceShareInvitation: "|,;~~~|Grants permission to reject the specified resource share invitation",
  ReplacePermissionAssociations: "|,;~~~|Grants permission to update all resource shares to a new permission",
  SetDefaultPermissionVersion:
    "|,;~~~|Grants permission to specify a version number as the default version for the respective customer managed permission",
  TagResource: "|,;~~~,~~,~~|Grants permission to tag the specified resource share or permission",
  UntagResource: "|,;~~~|Grants permission to untag the specified resource share or permission",
  UpdateResourceShare: "|,;~~~|Grants permission to update attributes of the resource share",
};
const resourceTypeFacts = {
  /** The customer-managed-permission resource type: arn:${Partition}:ram:${Region}:${Account}:permission/${ResourcePath} */
  "customer-managed-permission": "|,customerManagedPermission|1,4,5",
  /** The permission resource type: arn:${Partition}:ram::${Account}:permission/${ResourcePath} */
  permission: "|,|4,5",
  /** The resource-share resource type: arn:${Partition}:ram:${Region}:${Account}:resource-share/${ResourcePath} */
  "resource-share": "|,resourceShare|1,3,10",
  /** The resource-share-invitation resource type: arn:${Partition}:ram:${Region}:${Account}:resource-share-invitation/${ResourcePath} */
  "resource-share-invitation": "|,resourceShareInvitation|13",
} as const;
const arnFormats = {
  /** ARN of a customer-managed-permission resource: arn:${Partition}:ram:${Region}:${Account}:permission/${ResourcePath}. */
  customerManagedPermission:
    "|,customer-managed-permission|arn:|Partition|:ram:|Region|:|Account|:permission/|ResourcePath|",
  /** ARN of a permission resource: arn:${Partition}:ram::${Account}:permission/${ResourcePath}. */
  permission: "|,permission|arn:|Partition|:ram::|Account|:permission/|ResourcePath|",
  /** ARN of a resource-share resource: arn:${Partition}:ram:${Region}:${Account}:resource-share/${ResourcePath}. */
  resourceShare: "|,resource-share|arn:|Partition|:ram:|Region|:|Account|:resource-share/|ResourcePath|",
  /** ARN of a resource-share-invitation resource: arn:${Partition}:ram:${Region}:${Account}:resource-share-invitation/${ResourcePath}. */
  resourceShareInvitation:
    "|,resource-share-invitation|arn:|Partition|:ram:|Region|:|Account|:resource-share-invitation/|ResourcePath|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "customer-managed-permission",
  "permission",
  "resource-share",
  "resource-share-invitation",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "ram">;
/** Any ram action. */
export type Action = ActionOf<typeof actionFacts, "ram">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "ram">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "ram" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every ram action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the tags that are passed in the request when creating or tagging a resource share. If users don't pass these specific tags, or if they don't specify tags at all, the request fails. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by the tags associated with the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the tags associated with the resource. */
  [key: `ram:ResourceTag/${string}`]: "String";
  /** Filters access by the tag keys that are passed when creating or tagging a resource share. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access by resource shares that allow or deny sharing with external principals. For example, specify true if the action can only be performed on resource shares that allow sharing with external principals. External principals are AWS accounts that are outside of its AWS organization. */
  "ram:AllowsExternalPrincipals": "Bool";
  /** Filters access by the specified Permission ARN. */
  "ram:PermissionArn": "ARN";
  /** Filters access by permissions of specified resource type. */
  "ram:PermissionResourceType": "String";
  /** Filters access by format of the specified principal. */
  "ram:Principal": "String";
  /** Filters access by the specified value for 'allowExternalPrincipals'. External principals are AWS accounts that are outside of its AWS Organization. */
  "ram:RequestedAllowsExternalPrincipals": "Bool";
  /** Filters access by the specified resource type. */
  "ram:RequestedResourceType": "String";
  /** Filters access by the specified ARN. */
  "ram:ResourceArn": "ARN";
  /** Filters access by a resource share with the specified name. */
  "ram:ResourceShareName": "String";
  /** Filters access by RetainSharingOnAccountLeaveOrganization value within ResourceShareConfiguration that is set on resource share. */
  "ram:RetainSharingOnAccountLeaveOrganization": "Bool";
  /** Filters access by resource shares owned by a specific account. For example, you can use this condition key to specify which resource share invitations can be accepted or rejected based on the resource share owner's account ID. */
  "ram:ShareOwnerAccountId": "String";
}

/** Condition key -> value type. */
export type ConditionKeys = ConditionKeysOf<ConditionKeyTypes>;

/** Condition key with a placeholder, as the reference writes it -> its template-literal key. */
export interface ConditionKeyPatterns {
  /** aws:RequestTag/${TagKey} */
  "aws:RequestTag/${TagKey}": `aws:RequestTag/${string}`;
  /** aws:ResourceTag/${TagKey} */
  "aws:ResourceTag/${TagKey}": `aws:ResourceTag/${string}`;
  /** ram:ResourceTag/${TagKey} */
  "ram:ResourceTag/${TagKey}": `ram:ResourceTag/${string}`;
}

/** A condition key as the reference writes it. */
export type ConditionKeyName = (typeof conditionKeyList)[number];
/** Condition key -> description, types, deprecation. */
export type ConditionKeyInfos = { readonly [K in ConditionKeyName]: ConditionKeyInfo };
const conditionKeyRows: { readonly [K in ConditionKeyName]: string } = {
  "aws:RequestTag/${TagKey}":
    "|,String|0||Filters access by the tags that are passed in the request when creating or tagging a resource share. If users don't pass these specific tags, or if they don't specify tags at all, the request fails",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by the tags associated with the resource",
  "aws:TagKeys":
    "|,ArrayOfString|0||Filters access by the tag keys that are passed when creating or tagging a resource share",
  "ram:AllowsExternalPrincipals":
    "|,Bool|0||Filters access by resource shares that allow or deny sharing with external principals. For example, specify true if the action can only be performed on resource shares that allow sharing with external principals. External principals are AWS accounts that are outside of its AWS organization",
  "ram:PermissionArn": "|,ARN|0||Filters access by the specified Permission ARN",
  "ram:PermissionResourceType": "|,String|0||Filters access by permissions of specified resource type",
  "ram:Principal": "|,String|0||Filters access by format of the specified principal",
  "ram:RequestedAllowsExternalPrincipals":
    "|,Bool|0||Filters access by the specified value for 'allowExternalPrincipals'. External principals are AWS accounts that are outside of its AWS Organization",
  "ram:RequestedResourceType": "|,String|0||Filters access by the specified resource type",
  "ram:ResourceArn": "|,ARN|0||Filters access by the specified ARN",
  "ram:ResourceShareName": "|,String|0||Filters access by a resource share with the specified name",
  "ram:ResourceTag/${TagKey}": "|,String|0||Filters access by the tags associated with the resource",
  "ram:RetainSharingOnAccountLeaveOrganization":
    "|,Bool|0||Filters access by RetainSharingOnAccountLeaveOrganization value within ResourceShareConfiguration that is set on resource share",
  "ram:ShareOwnerAccountId":
    "|,String|0||Filters access by resource shares owned by a specific account. For example, you can use this condition key to specify which resource share invitations can be accepted or rejected based on the resource share owner's account ID",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "ram",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
