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
export const prefix: "cognito-identity" = "cognito-identity";
/** The service's name in the reference. */
export const serviceName: "Amazon Cognito Identity" = "Amazon Cognito Identity";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Cognito Identity",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoncognitoidentity.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "cognito-identity-auth:AccountId",
  "cognito-identity-auth:IdentityPoolArn",
  "cognito-identity-unauth:AccountId",
  "cognito-identity-unauth:IdentityPoolArn",
  "cognito-identity:IdentityPoolArn",
] as const;
const dependentActionList = ["cognito-identity:TagResource"] as const;
const actionFacts = {
  /** Grants permission to create a new identity pool. Access level: Write. https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_CreateIdentityPool.html */
  CreateIdentityPool: "W||||0,2|0|;",
  /** Grants permission to delete identities from an identity pool. You can specify a list of 1-60 identities that you want to delete. Access level: Write. https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_DeleteIdentities.html */
  DeleteIdentities: "W||||7||;",
  /** Grants permission to delete a user pool. Once a pool is deleted, users will not be able to authenticate with the pool. Access level: Write. Resources: identitypool*. https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_DeleteIdentityPool.html */
  DeleteIdentityPool: "W|||0;1;|||;",
  /** Grants permission to return metadata related to the given identity, including when the identity was created and any associated linked logins. Access level: Read. https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_DescribeIdentity.html */
  DescribeIdentity: "R||||7||;",
  /** Grants permission to get details about a particular identity pool, including the pool name, ID description, creation date, and current number of users. Access level: Read. Resources: identitypool*. https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_DescribeIdentityPool.html */
  DescribeIdentityPool: "R|||0;1;|||;",
  /** Grants permission to return credentials for the provided identity ID. Access level: Read. https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_GetCredentialsForIdentity.html */
  GetCredentialsForIdentity: "R||||3,4,5,6||;",
  /** Grants permission to generate (or retrieve) a Cognito ID. Supplying multiple logins will create an implicit linked account. Access level: Write. https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_GetId.html */
  GetId: "W||||3,4,5,6||;",
  /** Grants permission to get analytics data about the total current identity count for all identity pool identity provider (IdPs). Access level: Read. Resources: identitypool*. https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_GetIdentityPoolAnalytics.html */
  GetIdentityPoolAnalytics: "R|||0;1;|||",
  /** Grants permission to get analytics data about the number of new identities and total identities for all identity pool identity providers (IdPs). Access level: Read. Resources: identitypool*. https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_GetIdentityPoolDailyAnalytics.html */
  GetIdentityPoolDailyAnalytics: "R|||0;1;|||",
  /** Grants permission to get the roles for an identity pool. Access level: Read. Resources: identitypool*. https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_GetIdentityPoolRoles.html */
  GetIdentityPoolRoles: "R|||0;1;|||;",
  /** Grants permission to get analytics data about the number of new identities and total identities for one identity pool identity provider (IdPs). Access level: Read. Resources: identitypool*. https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_GetIdentityProviderDailyAnalytics.html */
  GetIdentityProviderDailyAnalytics: "R|||0;1;|||",
  /** Grants permission to get an OpenID token, using a known Cognito ID. Access level: Read. https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_GetOpenIdToken.html */
  GetOpenIdToken: "R||||3,4,5,6||;",
  /** Grants permission to register (or retrieve) a Cognito IdentityId and an OpenID Connect token for a user authenticated by your backend authentication process. Access level: Read. Resources: identitypool*. https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_GetOpenIdTokenForDeveloperIdentity.html */
  GetOpenIdTokenForDeveloperIdentity: "R|||0;1;|||;",
  /** Grants permission to get the principal tags for an identity pool and provider. Access level: Read. Resources: identitypool*. https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_GetPrincipalTagAttributeMap.html */
  GetPrincipalTagAttributeMap: "R|||0;1;|||;",
  /** Grants permission to list the identities in an identity pool. Access level: List. Resources: identitypool*. https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_ListIdentities.html */
  ListIdentities: "L|||0;1;|||;",
  /** Grants permission to list all of the Cognito identity pools registered for your account. Access level: List. https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_ListIdentityPools.html */
  ListIdentityPools: "L||||||;",
  /** Grants permission to list the tags that are assigned to an Amazon Cognito identity pool. Access level: Read. Resources: identitypool. https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;|||;",
  /** Grants permission to retrieve the IdentityId associated with a DeveloperUserIdentifier or the list of DeveloperUserIdentifiers associated with an IdentityId for an existing identity. Access level: Read. Resources: identitypool*. https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_LookupDeveloperIdentity.html */
  LookupDeveloperIdentity: "R|||0;1;|||;",
  /** Grants permission to merge two users having different IdentityIds, existing in the same identity pool, and identified by the same developer provider. Access level: Write. Resources: identitypool*. https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_MergeDeveloperIdentities.html */
  MergeDeveloperIdentities: "W|||0;1;|||;",
  /** Grants permission to set the roles for an identity pool. These roles are used when making calls to GetCredentialsForIdentity action. Access level: Write. https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_SetIdentityPoolRoles.html */
  SetIdentityPoolRoles: "W|||||iam:PassRole|;",
  /** Grants permission to set the principal tags for an identity pool and provider. These tags are used when making calls to GetOpenIdToken action. Access level: Write. https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_SetPrincipalTagAttributeMap.html */
  SetPrincipalTagAttributeMap: "W||||||;",
  /** Grants permission to assign a set of tags to an Amazon Cognito identity pool. Access level: Tagging. Resources: identitypool*. https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_TagResource.html */
  TagResource: "T|||0;1;|0,2||CreateIdentityPool,;,UpdateIdentityPool",
  /** Grants permission to unlink a DeveloperUserIdentifier from an existing identity. Access level: Write. Resources: identitypool*. https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_UnlinkDeveloperIdentity.html */
  UnlinkDeveloperIdentity: "W|||0;1;|||;",
  /** Grants permission to unlink a federated identity from an existing account. Access level: Write. https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_UnlinkIdentity.html */
  UnlinkIdentity: "W||||3,4||;",
  /** Grants permission to remove the specified tags from an Amazon Cognito identity pool. Access level: Tagging. Resources: identitypool*. https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;1;|2||;",
  /** Grants permission to update an identity pool. Access level: Write. Resources: identitypool*. https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_UpdateIdentityPool.html */
  UpdateIdentityPool: "W|||0;1;||0|;",
} as const;
const actionDetails = {
  CreateIdentityPool: "|,;~~~|Grants permission to create a new identity pool",
  DeleteIdentities:
    "|,;~~~|Grants permission to delete identities from an identity pool. You can specify a list of 1-60 identities that you want to delete",
  DeleteIdentityPool:
    "|,;~~~|Grants permission to delete a user pool. Once a pool is deleted, users will not be able to authenticate with the pool",
  DescribeIdentity:
    "|,;~~~|Grants permission to return metadata related to the given identity, including when the identity was created and any associated linked logins",
  DescribeIdentityPool:
    "|,;~~~|Grants permission to get details about a particular identity pool, including the pool name, ID description, creation date, and current number of users",
  GetCredentialsForIdentity: "|,;~~~|Grants permission to return credentials for the provided identity ID",
  GetId:
    "|,;~~~|Grants permission to generate (or retrieve) a Cognito ID. Supplying multiple logins will create an implicit linked account",
  GetIdentityPoolAnalytics:
    "|,;~|Grants permission to get analytics data about the total current identity count for all identity pool identity provider (IdPs)",
  GetIdentityPoolDailyAnalytics:
    "|,;~|Grants permission to get analytics data about the number of new identities and total identities for all identity pool identity providers (IdPs)",
  GetIdentityPoolRoles: "|,;~~~|Grants permission to get the roles for an identity pool",
  GetIdentityProviderDailyAnalytics:
    "|,;~|Grants permission to get analytics data about the number of new identities and total identities for one identity pool identity provider (IdPs)",
  GetOpenIdToken: "|,;~~~|Grants permission to get an OpenID token, using a known Cognito ID",
  GetOpenIdTokenForDeveloperIdentity:
    "|,;~~~|Grants permission to register (or retrieve) a Cognito IdentityId and an OpenID Connect token for a user authenticated by your backend authentication process",
  GetPrincipalTagAttributeMap: "|,;~~~|Grants permission to get the principal tags for an identity pool and provider",
  ListIdentities: "|,;~~~|Grants permission to list the identities in an identity pool",
  ListIdentityPools: "|,;~~~|Grants permission to list all of the Cognito identity pools registered for your account",
  ListTagsForResource: "|,;~~~|Grants permission to list the tags that are assigned to an Amazon Cognito identity pool",
  LookupDeveloperIdentity:
    "|,;~~~|Grants permission to retrieve the IdentityId associated with a DeveloperUserIdentifier or the list of DeveloperUserIdentifiers associated with an IdentityId for an existing identity",
  MergeDeveloperIdentities:
    "|,;~~~|Grants permission to merge two users having different IdentityIds, existing in the same identity pool, and identified by the same developer provider",
  SetIdentityPoolRoles:
    "|,;~~~|Grants permission to set the roles for an identity pool. These roles are used when making calls to GetCredentialsForIdentity action",
  SetPrincipalTagAttributeMap:
    "|,;~~~|Grants permission to set the principal tags for an identity pool and provider. These tags are used when making calls to GetOpenIdToken action",
  TagResource: "|,;~~~,~~,~~|Grants permission to assign a set of tags to an Amazon Cognito identity pool",
  UnlinkDeveloperIdentity: "|,;~~~|Grants permission to unlink a DeveloperUserIdentifier from an existing identity",
  UnlinkIdentity: "|,;~~~|Grants permission to unlink a federated identity from an existing account",
  UntagResource: "|,;~~~|Grants permission to remove the specified tags from an Amazon Cognito identity pool",
  UpdateIdentityPool: "|,;~~~|Grants permission to update an identity pool",
};
const resourceTypeFacts = {
  /** The identitypool resource type: arn:${Partition}:cognito-identity:${Region}:${Account}:identitypool/${IdentityPoolId} */
  identitypool: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a identitypool resource: arn:${Partition}:cognito-identity:${Region}:${Account}:identitypool/${IdentityPoolId}. */
  identitypool: "|,identitypool|arn:|Partition|:cognito-identity:|Region|:|Account|:identitypool/|IdentityPoolId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["identitypool"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "cognito-identity">;
/** Any cognito-identity action. */
export type Action = ActionOf<typeof actionFacts, "cognito-identity">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "cognito-identity">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "cognito-identity" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every cognito-identity action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by tag key-value pairs in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by tag key-value pairs attached to the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by a key that is present in the request. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access by the owning AWS account ID for identity pool authenticated users. Applies to unauthenticated (public) API operations. */
  "cognito-identity-auth:AccountId": "String";
  /** Filters access by the identity pool ID for a given authenticated-user identity ID. Applies to unauthenticated (public) API operations. */
  "cognito-identity-auth:IdentityPoolArn": "ARN";
  /** Filters access by the owning AWS account ID of an identity pool for identity pool guest users. Applies to unauthenticated (public) API operations. */
  "cognito-identity-unauth:AccountId": "String";
  /** Filters access by the identity pool ID for a given guest-user identity ID. Applies to unauthenticated (public) API operations. */
  "cognito-identity-unauth:IdentityPoolArn": "ARN";
  /** Filters access by the identity pool ID for a given identity ID for DeleteIdentities and DescribeIdentity. */
  "cognito-identity:IdentityPoolArn": "ARN";
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by tag key-value pairs in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by tag key-value pairs attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by a key that is present in the request",
  "cognito-identity-auth:AccountId":
    "|,String|0||Filters access by the owning AWS account ID for identity pool authenticated users. Applies to unauthenticated (public) API operations",
  "cognito-identity-auth:IdentityPoolArn":
    "|,ARN|0||Filters access by the identity pool ID for a given authenticated-user identity ID. Applies to unauthenticated (public) API operations",
  "cognito-identity-unauth:AccountId":
    "|,String|0||Filters access by the owning AWS account ID of an identity pool for identity pool guest users. Applies to unauthenticated (public) API operations",
  "cognito-identity-unauth:IdentityPoolArn":
    "|,ARN|0||Filters access by the identity pool ID for a given guest-user identity ID. Applies to unauthenticated (public) API operations",
  "cognito-identity:IdentityPoolArn":
    "|,ARN|0||Filters access by the identity pool ID for a given identity ID for DeleteIdentities and DescribeIdentity",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "cognito-identity",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
