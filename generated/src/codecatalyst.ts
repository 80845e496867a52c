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
export const prefix: "codecatalyst" = "codecatalyst";
/** The service's name in the reference. */
export const serviceName: "Amazon CodeCatalyst" = "Amazon CodeCatalyst";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon CodeCatalyst",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoncodecatalyst.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to accept a request to connect this account to an Amazon CodeCatalyst space. Access level: Write. Permission only. https://docs.aws.amazon.com/codecatalyst/latest/userguide/security-iam.html#permissions-reference-connections */
  AcceptConnection: "W||1||0,2||",
  /** Grants permission to associate an IAM role to a connection. Access level: Write. Resources: connections*. Permission only. https://docs.aws.amazon.com/codecatalyst/latest/userguide/security-iam.html#permissions-reference-connections */
  AssociateIamRoleToConnection: "W||1|0;1;|1|iam:PassRole|",
  /** Grants permission to associate an IAM Identity Center application with an Amazon CodeCatalyst space. Access level: Write. Resources: identity-center-applications*. Permission only. https://docs.aws.amazon.com/codecatalyst/latest/userguide/security-iam.html#permissions-reference-applications */
  AssociateIdentityCenterApplicationToSpace: "W||1|1;1;|1||",
  /** Grants permission to associate an identity with an IAM Identity Center application for an Amazon CodeCatalyst space. Access level: Write. Resources: identity-center-applications*. Permission only. https://docs.aws.amazon.com/codecatalyst/latest/userguide/security-iam.html#permissions-reference-applications */
  AssociateIdentityToIdentityCenterApplication: "W||1|1;1;|1||",
  /** Grants permission to associate multiple identities with an IAM Identity Center application for an Amazon CodeCatalyst space. Access level: Write. Resources: identity-center-applications*. Permission only. https://docs.aws.amazon.com/codecatalyst/latest/userguide/security-iam.html#permissions-reference-applications */
  BatchAssociateIdentitiesToIdentityCenterApplication: "W||1|1;1;|1||",
  /** Grants permission to disassociate multiple identities from an IAM Identity Center application for an Amazon CodeCatalyst space. Access level: Write. Resources: identity-center-applications*. Permission only. https://docs.aws.amazon.com/codecatalyst/latest/userguide/security-iam.html#permissions-reference-applications */
  BatchDisassociateIdentitiesFromIdentityCenterApplication: "W||1|1;1;|1||",
  /** Grants permission to create an IAM Identity Center application. Access level: Write. Permission only. https://docs.aws.amazon.com/codecatalyst/latest/userguide/security-iam.html#permissions-reference-applications */
  CreateIdentityCenterApplication: "W||1||0,2||",
  /** Grants permission to create an Amazon CodeCatalyst space. Access level: Write. Permission only. https://docs.aws.amazon.com/codecatalyst/latest/userguide/security-iam.html#permissions-reference-applications */
  CreateSpace: "W||1||0,2||",
  /** Grants permission to create an administrator role assignment for a given Amazon CodeCatalyst space and IAM Identity Center application. Access level: Write. Resources: identity-center-applications*. Permission only. https://docs.aws.amazon.com/codecatalyst/latest/userguide/security-iam.html#permissions-reference-applications */
  CreateSpaceAdminRoleAssignment: "W||1|1;1;|1||",
  /** Grants permission to delete a connection. Access level: Write. Resources: connections*. Permission only. https://docs.aws.amazon.com/codecatalyst/latest/userguide/security-iam.html#permissions-reference-connections */
  DeleteConnection: "W||1|0;1;|1||",
  /** Grants permission to delete an IAM Identity Center application. Access level: Write. Resources: identity-center-applications*. Permission only. https://docs.aws.amazon.com/codecatalyst/latest/userguide/security-iam.html#permissions-reference-applications */
  DeleteIdentityCenterApplication: "W||1|1;1;|1||",
  /** Grants permission to disassociate an IAM role from a connection. Access level: Write. Resources: connections*. Permission only. https://docs.aws.amazon.com/codecatalyst/latest/userguide/security-iam.html#permissions-reference-connections */
  DisassociateIamRoleFromConnection: "W||1|0;1;|1||",
  /** Grants permission to disassociate an IAM Identity Center application from an Amazon CodeCatalyst space. Access level: Write. Resources: identity-center-applications*. Permission only. https://docs.aws.amazon.com/codecatalyst/latest/userguide/security-iam.html#permissions-reference-applications */
  DisassociateIdentityCenterApplicationFromSpace: "W||1|1;1;|1||",
  /** Grants permission to disassociate an identity from an IAM Identity Center application for an Amazon CodeCatalyst space. Access level: Write. Resources: identity-center-applications*. Permission only. https://docs.aws.amazon.com/codecatalyst/latest/userguide/security-iam.html#permissions-reference-applications */
  DisassociateIdentityFromIdentityCenterApplication: "W||1|1;1;|1||",
  /** Grants permission to describe the billing authorization for a connection. Access level: Read. Resources: connections*. Permission only. https://docs.aws.amazon.com/codecatalyst/latest/userguide/security-iam.html#permissions-reference-connections */
  GetBillingAuthorization: "R||1|0;1;|1||",
  /** Grants permission to get a connection. Access level: Read. Resources: connections*. Permission only. https://docs.aws.amazon.com/codecatalyst/latest/userguide/security-iam.html#permissions-reference-connections */
  GetConnection: "R||1|0;1;|1||",
  /** Grants permission to get information about an IAM Identity Center application. Access level: Read. Resources: identity-center-applications*. Permission only. https://docs.aws.amazon.com/codecatalyst/latest/userguide/security-iam.html#permissions-reference-applications */
  GetIdentityCenterApplication: "R||1|1;1;|1||",
  /** Grants permission to get a pending request to connect this account to an Amazon CodeCatalyst space. Access level: Read. Permission only. https://docs.aws.amazon.com/codecatalyst/latest/userguide/security-iam.html#permissions-reference-connections */
  GetPendingConnection: "R||1||||",
  /** Grants permission to list connections that are not pending. Access level: List. Permission only. https://docs.aws.amazon.com/codecatalyst/latest/userguide/security-iam.html#permissions-reference-connections */
  ListConnections: "L||1||||",
  /** Grants permission to list IAM roles associated with a connection. Access level: List. Resources: connections*. Permission only. https://docs.aws.amazon.com/codecatalyst/latest/userguide/security-iam.html#permissions-reference-connections */
  ListIamRolesForConnection: "L||1|0;1;|1||",
  /** Grants permission to view a list of all IAM Identity Center applications in the account. Access level: List. Permission only. https://docs.aws.amazon.com/codecatalyst/latest/userguide/security-iam.html#permissions-reference-applications */
  ListIdentityCenterApplications: "L||1||||",
  /** Grants permission to view a list of IAM Identity Center applications by Amazon CodeCatalyst space. Access level: List. Permission only. https://docs.aws.amazon.com/codecatalyst/latest/userguide/security-iam.html#permissions-reference-applications */
  ListIdentityCenterApplicationsForSpace: "L||1||||",
  /** Grants permission to view a list of Amazon CodeCatalyst spaces by IAM Identity Center application. Access level: List. Resources: identity-center-applications*. Permission only. https://docs.aws.amazon.com/codecatalyst/latest/userguide/security-iam.html#permissions-reference-applications */
  ListSpacesForIdentityCenterApplication: "L||1|1;1;|1||",
  /** Grants permission to list tags for an Amazon CodeCatalyst resource. Access level: Read. Resources: connections, identity-center-applications. Permission only. https://docs.aws.amazon.com/codecatalyst/latest/userguide/security-iam.html#permissions-reference-connections */
  ListTagsForResource: "R||1|0;0;,1;0;|1||",
  /** Grants permission to create or update the billing authorization for a connection. Access level: Write. Resources: connections*. Permission only. https://docs.aws.amazon.com/codecatalyst/latest/userguide/security-iam.html#permissions-reference-connections */
  PutBillingAuthorization: "W||1|0;1;|1||",
  /** Grants permission to reject a request to connect this account to an Amazon CodeCatalyst space. Access level: Write. Permission only. https://docs.aws.amazon.com/codecatalyst/latest/userguide/security-iam.html#permissions-reference-connections */
  RejectConnection: "W||1||||",
  /** Grants permission to synchronize an IAM Identity Center application with the backing identity store. Access level: Write. Resources: identity-center-applications*. Permission only. https://docs.aws.amazon.com/codecatalyst/latest/userguide/security-iam.html#permissions-reference-applications */
  SynchronizeIdentityCenterApplication: "W||1|1;1;|1||",
  /** Grants permission to tag an Amazon CodeCatalyst resource. Access level: Tagging. Resources: connections, identity-center-applications. Permission only. https://docs.aws.amazon.com/codecatalyst/latest/userguide/security-iam.html#permissions-reference-connections */
  TagResource: "T||1|0;0;,1;0;|0,1,2||",
  /** Grants permission to untag an Amazon CodeCatalyst resource. Access level: Tagging. Resources: connections, identity-center-applications. Permission only. https://docs.aws.amazon.com/codecatalyst/latest/userguide/security-iam.html#permissions-reference-connections */
  UntagResource: "T||1|0;0;,1;0;|1,2||",
  /** Grants permission to update an IAM Identity Center application. Access level: Write. Resources: identity-center-applications*. Permission only. https://docs.aws.amazon.com/codecatalyst/latest/userguide/security-iam.html#permissions-reference-applications */
  UpdateIdentityCenterApplication: "W||1|1;1;|1||",
} as const;
const actionDetails = {
  AcceptConnection:
    "|,;~|Grants permission to accept a request to connect this account to an Amazon CodeCatalyst space",
  AssociateIamRoleToConnection: "|,;~|Grants permission to associate an IAM role to a connection",
  AssociateIdentityCenterApplicationToSpace:
    "|,;~|Grants permission to associate an IAM Identity Center application with an Amazon CodeCatalyst space",
  AssociateIdentityToIdentityCenterApplication:
    "|,;~|Grants permission to associate an identity with an IAM Identity Center application for an Amazon CodeCatalyst space",
  BatchAssociateIdentitiesToIdentityCenterApplication:
    "|,;~|Grants permission to associate multiple identities with an IAM Identity Center application for an Amazon CodeCatalyst space",
  BatchDisassociateIdentitiesFromIdentityCenterApplication:
    "|,;~|Grants permission to disassociate multiple identities from an IAM Identity Center application for an Amazon CodeCatalyst space",
  CreateIdentityCenterApplication: "|,;~|Grants permission to create an IAM Identity Center application",
  CreateSpace: "|,;~|Grants permission to create an Amazon CodeCatalyst space",
  CreateSpaceAdminRoleAssignment:
    "|,;~|Grants permission to create an administrator role assignment for a given Amazon CodeCatalyst space and IAM Identity Center application",
  DeleteConnection: "|,;~|Grants permission to delete a connection",
  DeleteIdentityCenterApplication: "|,;~|Grants permission to delete an IAM Identity Center application",
  DisassociateIamRoleFromConnection: "|,;~|Grants permission to disassociate an IAM role from a connection",
  DisassociateIdentityCenterApplicationFromSpace:
    "|,;~|Grants permission to disassociate an IAM Identity Center application from an Amazon CodeCatalyst space",
  DisassociateIdentityFromIdentityCenterApplication:
    "|,;~|Grants permission to disassociate an identity from an IAM Identity Center application for an Amazon CodeCatalyst space",
  GetBillingAuthorization: "|,;~|Grants permission to describe the billing authorization for a connection",
  GetConnection: "|,;~|Grants permission to get a connection",
  GetIdentityCenterApplication: "|,;~|Grants permission to get information about an IAM Identity Center application",
  GetPendingConnection:
    "|,;~|Grants permission to get a pending request to connect this account to an Amazon CodeCatalyst space",
  ListConnections: "|,;~|Grants permission to list connections that are not pending",
  ListIamRolesForConnection: "|,;~|Grants permission to list IAM roles associated with a connection",
  ListIdentityCenterApplications:
    "|,;~|Grants permission to view a list of all IAM Identity Center applications in the account",
  ListIdentityCenterApplicationsForSpace:
    "|,;~|Grants permission to view a list of IAM Identity Center applications by Amazon CodeCatalyst space",
  ListSpacesForIdentityCenterApplication:
    "|,;~|Grants permission to view a list of Amazon CodeCatalyst spaces by IAM Identity Center application",
  ListTagsForResource: "|,;~|Grants permission to list tags for an Amazon CodeCatalyst resource",
  PutBillingAuthorization: "|,;~|Grants permission to create or update the billing authorization for a connection",
  RejectConnection:
    "|,;~|Grants permission to reject a request to connect this account to an Amazon CodeCatalyst space",
  SynchronizeIdentityCenterApplication:
    "|,;~|Grants permission to synchronize an IAM Identity Center application with the backing identity store",
  TagResource: "|,;~|Grants permission to tag an Amazon CodeCatalyst resource",
  UntagResource: "|,;~|Grants permission to untag an Amazon CodeCatalyst resource",
  UpdateIdentityCenterApplication: "|,;~|Grants permission to update an IAM Identity Center application",
};
const resourceTypeFacts = {
  /** The connections resource type: arn:${Partition}:codecatalyst:${Region}:${Account}:/connections/${ConnectionId} */
  connections: "|,|1",
  /** The identity-center-applications resource type: arn:${Partition}:codecatalyst:${Region}:${Account}:/identity-center-applications/${IdentityCenterApplicationId} */
  "identity-center-applications": "|,identityCenterApplications|1",
  /** The project resource type: arn:${Partition}:codecatalyst:::space/${SpaceId}/project/${ProjectId} */
  project: "|,|",
  /** The space resource type: arn:${Partition}:codecatalyst:::space/${SpaceId} */
  space: "|,|",
} as const;
const arnFormats = {
  /** ARN of a connections resource: arn:${Partition}:codecatalyst:${Region}:${Account}:/connections/${ConnectionId}. */
  connections: "|,connections|arn:|Partition|:codecatalyst:|Region|:|Account|:/connections/|ConnectionId|",
  /** ARN of a identity-center-applications resource: arn:${Partition}:codecatalyst:${Region}:${Account}:/identity-center-applications/${IdentityCenterApplicationId}. */
  identityCenterApplications:
    "|,identity-center-applications|arn:|Partition|:codecatalyst:|Region|:|Account|:/identity-center-applications/|IdentityCenterApplicationId|",
  /** ARN of a project resource: arn:${Partition}:codecatalyst:::space/${SpaceId}/project/${ProjectId}. */
  project: "|,project|arn:|Partition|:codecatalyst:::space/|SpaceId|/project/|ProjectId|",
  /** ARN of a space resource: arn:${Partition}:codecatalyst:::space/${SpaceId}. */
  space: "|,space|arn:|Partition|:codecatalyst:::space/|SpaceId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["connections", "identity-center-applications", "project", "space"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "codecatalyst">;
/** Any codecatalyst action. */
export type Action = ActionOf<typeof actionFacts, "codecatalyst">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "codecatalyst">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "", client: "" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every codecatalyst action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by a tag's key and value in a request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by the presence of tag key-value pairs in the request. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the tag keys in a request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by a tag's key and value in a request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by the presence of tag key-value pairs in the request",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the tag keys in a request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "codecatalyst",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
