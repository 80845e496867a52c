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
export const prefix: "sts" = "sts";
/** The service's name in the reference. */
export const serviceName: "AWS Security Token Service" = "AWS Security Token Service";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Security Token Service",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssecuritytokenservice.html",
  },
];
const conditionKeyList = [
  "accounts.google.com:aud",
  "accounts.google.com:oaud",
  "accounts.google.com:sub",
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "cognito-identity.amazonaws.com:amr",
  "cognito-identity.amazonaws.com:aud",
  "cognito-identity.amazonaws.com:sub",
  "graph.facebook.com:app_id",
  "graph.facebook.com:id",
  "iam:ResourceTag/${TagKey}",
  "saml:aud",
  "saml:cn",
  "saml:commonName",
  "saml:doc",
  "saml:eduorghomepageuri",
  "saml:eduorgidentityauthnpolicyuri",
  "saml:eduorglegalname",
  "saml:eduorgsuperioruri",
  "saml:eduorgwhitepagesuri",
  "saml:edupersonaffiliation",
  "saml:edupersonassurance",
  "saml:edupersonentitlement",
  "saml:edupersonnickname",
  "saml:edupersonorgdn",
  "saml:edupersonorgunitdn",
  "saml:edupersonprimaryaffiliation",
  "saml:edupersonprimaryorgunitdn",
  "saml:edupersonprincipalname",
  "saml:edupersonscopedaffiliation",
  "saml:edupersontargetedid",
  "saml:givenName",
  "saml:iss",
  "saml:mail",
  "saml:name",
  "saml:namequalifier",
  "saml:organizationStatus",
  "saml:primaryGroupSID",
  "saml:sub",
  "saml:sub_type",
  "saml:surname",
  "saml:uid",
  "saml:x500UniqueIdentifier",
  "sts:AWSServiceName",
  "sts:DurationSeconds",
  "sts:ExternalId",
  "sts:IdentityTokenAudience",
  "sts:RequestContext/${ContextKey}",
  "sts:RequestContextProviders",
  "sts:RoleSessionName",
  "sts:SigningAlgorithm",
  "sts:SourceIdentity",
  "sts:TaskPolicyArn",
  "sts:TransitiveTagKeys",
  "www.amazon.com:app_id",
  "www.amazon.com:user_id",
] as const;
const dependentActionList = ["sts:TagSession"] as const;
const actionFacts = {
  /** Grants permission to obtain a set of temporary security credentials that you can use to access AWS resources that you might not normally have access to. Access level: Write. Resources: role*. https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html */
  AssumeRole: "W|||2;1;|0,2,3,5,6,7,8,9,10,11,36,39,40,46,50,52,54,55,56|sts:SetContext,sts:SetSourceIdentity,0|;",
  /** Grants permission to obtain a set of temporary security credentials for users who have been authenticated via a SAML authentication response. Access level: Write. Resources: role*. https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoleWithSAML.html */
  AssumeRoleWithSAML:
    "W|||2;1;|3,5,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,50,52,54||",
  /** Grants permission to obtain a set of temporary security credentials for users who have been authenticated in a mobile or web application with a web identity provider. Access level: Write. Resources: role*. https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoleWithWebIdentity.html */
  AssumeRoleWithWebIdentity: "W|||2;1;|0,1,2,3,5,6,7,8,9,10,50,52,54,55,56||",
  /** Grants permission to obtain a set of temporary security credentials that you can use to perform privileged tasks in member accounts in your organization. Access level: Write. Resources: root-user*. https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoot.html */
  AssumeRoot: "W|||3;1;|53||;",
  /** Grants permission to decode additional information about the authorization status of a request from an encoded message returned in response to an AWS request. Access level: Write. https://docs.aws.amazon.com/STS/latest/APIReference/API_DecodeAuthorizationMessage.html */
  DecodeAuthorizationMessage: "W||||||;",
  /** Grants permission to obtain details about the access key id passed as a parameter to the request. Access level: Read. https://docs.aws.amazon.com/STS/latest/APIReference/API_GetAccessKeyInfo.html */
  GetAccessKeyInfo: "R||||||;",
  /** Grants permission to obtain details about the IAM identity whose credentials are used to call the API. Access level: Read. https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html */
  GetCallerIdentity: "R||||||;",
  /** Returns temporary security credentials for accessing an AWS account after temporary delegation request approval. This API requires the tradeInToken provided upon request delegation approval and is intended to be used only by Amazon or AWS Partners. Access level: Write. https://docs.aws.amazon.com/STS/latest/APIReference/API_GetDelegatedAccessToken.html */
  GetDelegatedAccessToken: "W||||||;",
  /** Grants permission to obtain a set of temporary security credentials (consisting of an access key ID, a secret access key, and a security token) for a federated user. Access level: Read. Resources: federated-user. https://docs.aws.amazon.com/STS/latest/APIReference/API_GetFederationToken.html */
  GetFederationToken: "R|||1;0;|3,5|0|;",
  /** Grants permission to obtain a STS bearer token for an AWS root user, IAM role, or an IAM user. Access level: Read. Permission only. https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_bearer.html */
  GetServiceBearerToken: "R||1||44,45||",
  /** Grants permission to obtain a set of temporary security credentials (consisting of an access key ID, a secret access key, and a security token) for an AWS account or IAM user. Access level: Read. https://docs.aws.amazon.com/STS/latest/APIReference/API_GetSessionToken.html */
  GetSessionToken: "R||||||;",
  /** Grants permission to obtain a short-lived, publicly verifiable JSON Web Token (JWT) that represents the calling IAM principal's identity. Access level: Write. https://docs.aws.amazon.com/STS/latest/APIReference/API_GetWebIdentityToken.html */
  GetWebIdentityToken: "W||||3,5,45,47,51|sts:TagGetWebIdentityToken|;",
  /** Grants permission to set context keys on a STS session. Access level: Write. Resources: role, self-session. Permission only. https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#condition-keys-sts */
  SetContext: "W||1|2;0;,4;0;|48,49||AssumeRole",
  /** Grants permission to set a source identity on a STS session. Access level: Write. Resources: role. Permission only. https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_control-access_monitor.html#id_credentials_temp_control-access_monitor-perms */
  SetSourceIdentity: "W||1|2;0;|52||AssumeRole",
  /** Grants permission to add tags to the JSON Web Token (JWT) generated by the GetWebIdentityToken API. Access level: Tagging. Permission only. https://docs.aws.amazon.com/IAM/latest/UserGuide/id_web_identity_token_tags.html */
  TagGetWebIdentityToken: "T||1||3,5||GetWebIdentityToken",
  /** Grants permission to add tags to a STS session. Access level: Tagging. Resources: role. Permission only. https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html */
  TagSession: "T||1|2;0;|3,5,12,54||AssumeRole,GetFederationToken",
} as const;
const actionDetails = {
  AssumeRole:
    "|,;~~~|Grants permission to obtain a set of temporary security credentials that you can use to access AWS resources that you might not normally have access to",
  AssumeRoleWithSAML:
    "|,;~|Grants permission to obtain a set of temporary security credentials for users who have been authenticated via a SAML authentication response",
  AssumeRoleWithWebIdentity:
    "|,;~|Grants permission to obtain a set of temporary security credentials for users who have been authenticated in a mobile or web application with a web identity provider",
  AssumeRoot:
    "|,;~~~|Grants permission to obtain a set of temporary security credentials that you can use to perform privileged tasks in member accounts in your organization",
  DecodeAuthorizationMessage:
    "|,;~~~|Grants permission to decode additional information about the authorization status of a request from an encoded message returned in response to an AWS request",
  GetAccessKeyInfo:
    "|,;~~~|Grants permission to obtain details about the access key id passed as a parameter to the request",
  GetCallerIdentity:
    "|,;~~~|Grants permission to obtain details about the IAM identity whose credentials are used to call the API",
  GetDelegatedAccessToken:
    "|,;~~~|Returns temporary security credentials for accessing an AWS account after temporary delegation request approval. This API requires the tradeInToken provided upon request delegation approval and is intended to be used only by Amazon or AWS Partners",
  GetFederationToken:
    "|,;~~~|Grants permission to obtain a set of temporary security credentials (consisting of an access key ID, a secret access key, and a security token) for a federated user",
  GetServiceBearerToken:
    "|,;~|Grants permission to obtain a STS bearer token for an AWS root user, IAM role, or an IAM user",
  GetSessionToken:
    "|,;~~~|Grants permission to obtain a set of temporary security credentials (consisting of an access key ID, a secret access key, and a security token) for an AWS account or IAM user",
  GetWebIdentityToken:
    "|,;~~~|Grants permission to obtain a short-lived, publicly verifiable JSON Web Token (JWT) that represents the calling IAM principal's identity",
  SetContext: "|,;~~~|Grants permission to set context keys on a STS session",
  SetSourceIdentity: "|,;~~~|Grants permission to set a source identity on a STS session",
  TagGetWebIdentityToken:
    "|,;~~~|Grants permission to add tags to the JSON Web Token (JWT) generated by the GetWebIdentityToken API",
  TagSession: "|,;~~~,~~|Grants permission to add tags to a STS session",
};
const resourceTypeFacts = {
  /** The context-provider resource type: arn:${Partition}:iam::aws:contextProvider/${ContextProviderName} */
  "context-provider": "|,contextProvider|",
  /** The federated-user resource type: arn:${Partition}:sts::${Account}:federated-user/${FederatedUserName} */
  "federated-user": "|,federatedUser|",
  /** The role resource type: arn:${Partition}:iam::${Account}:role/${RoleNameWithPath} */
  role: "|,|4,11",
  /** The root-user resource type: arn:${Partition}:iam::${Account}:root */
  "root-user": "|,rootUser|",
  /** The self-session resource type: arn:${Partition}:sts::${Account}:self */
  "self-session": "|,selfSession|",
} as const;
const arnFormats = {
  /** ARN of a context-provider resource: arn:${Partition}:iam::aws:contextProvider/${ContextProviderName}. */
  contextProvider: "|,context-provider|arn:|Partition|:iam::aws:contextProvider/|ContextProviderName|",
  /** ARN of a federated-user resource: arn:${Partition}:sts::${Account}:federated-user/${FederatedUserName}. */
  federatedUser: "|,federated-user|arn:|Partition|:sts::|Account|:federated-user/|FederatedUserName|",
  /** ARN of a role resource: arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}. */
  role: "|,role|arn:|Partition|:iam::|Account|:role/|RoleNameWithPath|",
  /** ARN of a root-user resource: arn:${Partition}:iam::${Account}:root. */
  rootUser: "|,root-user|arn:|Partition|:iam::|Account|:root",
  /** ARN of a self-session resource: arn:${Partition}:sts::${Account}:self. */
  selfSession: "|,self-session|arn:|Partition|:sts::|Account|:self",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["context-provider", "federated-user", "role", "root-user", "self-session"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "sts">;
/** Any sts action. */
export type Action = ActionOf<typeof actionFacts, "sts">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "sts">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "sts" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every sts action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the tags that are attached to the role that is being assumed. */
  [key: `iam:ResourceTag/${string}`]: "String";
  /** Filters access by the session context key-value pairs embedded in the signed context assertion retrieved from a trusted context provider. */
  [key: `sts:RequestContext/${string}`]: "String";
  /** Filters access by the Google application ID. */
  "accounts.google.com:aud": "String";
  /** Filters access by the Google audience. */
  "accounts.google.com:oaud": "String";
  /** Filters access by the subject of the claim (the Google user ID). */
  "accounts.google.com:sub": "String";
  /** Filters access by the tag keys that are passed in the request. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access by the login information for Amazon Cognito. */
  "cognito-identity.amazonaws.com:amr": "String";
  /** Filters access by the Amazon Cognito identity pool ID. */
  "cognito-identity.amazonaws.com:aud": "String";
  /** Filters access by the subject of the claim (the Amazon Cognito user ID). */
  "cognito-identity.amazonaws.com:sub": "String";
  /** Filters access by the Facebook application ID. */
  "graph.facebook.com:app_id": "String";
  /** Filters access by the Facebook user ID. */
  "graph.facebook.com:id": "String";
  /** Filters access by the endpoint URL to which SAML assertions are presented. */
  "saml:aud": "String";
  /** Filters access by the eduOrg attribute. */
  "saml:cn": "ArrayOfString";
  /** Filters access by the commonName attribute. */
  "saml:commonName": "String";
  /** Filters access by on the principal that was used to assume the role. */
  "saml:doc": "String";
  /** Filters access by the eduOrg attribute. */
  "saml:eduorghomepageuri": "ArrayOfString";
  /** Filters access by the eduOrg attribute. */
  "saml:eduorgidentityauthnpolicyuri": "ArrayOfString";
  /** Filters access by the eduOrg attribute. */
  "saml:eduorglegalname": "ArrayOfString";
  /** Filters access by the eduOrg attribute. */
  "saml:eduorgsuperioruri": "ArrayOfString";
  /** Filters access by the eduOrg attribute. */
  "saml:eduorgwhitepagesuri": "ArrayOfString";
  /** Filters access by the eduPerson attribute. */
  "saml:edupersonaffiliation": "ArrayOfString";
  /** Filters access by the eduPerson attribute. */
  "saml:edupersonassurance": "ArrayOfString";
  /** Filters access by the eduPerson attribute. */
  "saml:edupersonentitlement": "ArrayOfString";
  /** Filters access by the eduPerson attribute. */
  "saml:edupersonnickname": "ArrayOfString";
  /** Filters access by the eduPerson attribute. */
  "saml:edupersonorgdn": "String";
  /** Filters access by the eduPerson attribute. */
  "saml:edupersonorgunitdn": "ArrayOfString";
  /** Filters access by the eduPerson attribute. */
  "saml:edupersonprimaryaffiliation": "String";
  /** Filters access by the eduPerson attribute. */
  "saml:edupersonprimaryorgunitdn": "String";
  /** Filters access by the eduPerson attribute. */
  "saml:edupersonprincipalname": "String";
  /** Filters access by the eduPerson attribute. */
  "saml:edupersonscopedaffiliation": "ArrayOfString";
  /** Filters access by the eduPerson attribute. */
  "saml:edupersontargetedid": "ArrayOfString";
  /** Filters access by the givenName attribute. */
  "saml:givenName": "String";
  /** Filters access by on the issuer, which is represented by a URN. */
  "saml:iss": "String";
  /** Filters access by the mail attribute. */
  "saml:mail": "String";
  /** Filters access by the name attribute. */
  "saml:name": "String";
  /** Filters access by the hash value of the issuer, account ID, and friendly name. */
  "saml:namequalifier": "String";
  /** Filters access by the organizationStatus attribute. */
  "saml:organizationStatus": "String";
  /** Filters access by the primaryGroupSID attribute. */
  "saml:primaryGroupSID": "String";
  /** Filters access by the subject of the claim (the SAML user ID). */
  "saml:sub": "String";
  /** Filters access by the value persistent, transient, or the full Format URI. */
  "saml:sub_type": "String";
  /** Filters access by the surname attribute. */
  "saml:surname": "String";
  /** Filters access by the uid attribute. */
  "saml:uid": "String";
  /** Filters access by the uid attribute. */
  "saml:x500UniqueIdentifier": "String";
  /** Filters access by the service that is obtaining a bearer token. */
  "sts:AWSServiceName": "String";
  /** Filters access by the duration in seconds when getting a bearer token or a JSON Web Token (JWT) from the GetWebIdentityToken API. */
  "sts:DurationSeconds": "Numeric";
  /** Filters access by the unique identifier required when you assume a role in another account. */
  "sts:ExternalId": "String";
  /** Filters access by the audience that is passed in the request. */
  "sts:IdentityTokenAudience": "ArrayOfString";
  /** Filters access by the context provider ARNs. */
  "sts:RequestContextProviders": "ArrayOfARN";
  /** Filters access by the role session name required when you assume a role. */
  "sts:RoleSessionName": "String";
  /** Filters access by the signing algorithm that is passed in the request. */
  "sts:SigningAlgorithm": "String";
  /** Filters access by the source identity that is passed in the request. */
  "sts:SourceIdentity": "String";
  /** Filters access by TaskPolicyARN. */
  "sts:TaskPolicyArn": "ARN";
  /** Filters access by the transitive tag keys that are passed in the request. */
  "sts:TransitiveTagKeys": "ArrayOfString";
  /** Filters access by the Login with Amazon application ID. */
  "www.amazon.com:app_id": "String";
  /** Filters access by the Login with Amazon user ID. */
  "www.amazon.com:user_id": "String";
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
  /** sts:RequestContext/${ContextKey} */
  "sts:RequestContext/${ContextKey}": `sts:RequestContext/${string}`;
}

/** A condition key as the reference writes it. */
export type ConditionKeyName = (typeof conditionKeyList)[number];
/** Condition key -> description, types, deprecation. */
export type ConditionKeyInfos = { readonly [K in ConditionKeyName]: ConditionKeyInfo };
const conditionKeyRows: { readonly [K in ConditionKeyName]: string } = {
  "accounts.google.com:aud": "|,String|0||Filters access by the Google application ID",
  "accounts.google.com:oaud": "|,String|0||Filters access by the Google audience",
  "accounts.google.com:sub": "|,String|0||Filters access by the subject of the claim (the Google user ID)",
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by the tags that are passed in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by the tags associated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the tag keys that are passed in the request",
  "cognito-identity.amazonaws.com:amr": "|,String|0||Filters access by the login information for Amazon Cognito",
  "cognito-identity.amazonaws.com:aud": "|,String|0||Filters access by the Amazon Cognito identity pool ID",
  "cognito-identity.amazonaws.com:sub":
    "|,String|0||Filters access by the subject of the claim (the Amazon Cognito user ID)",
  "graph.facebook.com:app_id": "|,String|0||Filters access by the Facebook application ID",
  "graph.facebook.com:id": "|,String|0||Filters access by the Facebook user ID",
  "iam:ResourceTag/${TagKey}":
    "|,String|0||Filters access by the tags that are attached to the role that is being assumed",
  "saml:aud": "|,String|0||Filters access by the endpoint URL to which SAML assertions are presented",
  "saml:cn": "|,ArrayOfString|0||Filters access by the eduOrg attribute",
  "saml:commonName": "|,String|0||Filters access by the commonName attribute",
  "saml:doc": "|,String|0||Filters access by on the principal that was used to assume the role",
  "saml:eduorghomepageuri": "|,ArrayOfString|0||Filters access by the eduOrg attribute",
  "saml:eduorgidentityauthnpolicyuri": "|,ArrayOfString|0||Filters access by the eduOrg attribute",
  "saml:eduorglegalname": "|,ArrayOfString|0||Filters access by the eduOrg attribute",
  "saml:eduorgsuperioruri": "|,ArrayOfString|0||Filters access by the eduOrg attribute",
  "saml:eduorgwhitepagesuri": "|,ArrayOfString|0||Filters access by the eduOrg attribute",
  "saml:edupersonaffiliation": "|,ArrayOfString|0||Filters access by the eduPerson attribute",
  "saml:edupersonassurance": "|,ArrayOfString|0||Filters access by the eduPerson attribute",
  "saml:edupersonentitlement": "|,ArrayOfString|0||Filters access by the eduPerson attribute",
  "saml:edupersonnickname": "|,ArrayOfString|0||Filters access by the eduPerson attribute",
  "saml:edupersonorgdn": "|,String|0||Filters access by the eduPerson attribute",
  "saml:edupersonorgunitdn": "|,ArrayOfString|0||Filters access by the eduPerson attribute",
  "saml:edupersonprimaryaffiliation": "|,String|0||Filters access by the eduPerson attribute",
  "saml:edupersonprimaryorgunitdn": "|,String|0||Filters access by the eduPerson attribute",
  "saml:edupersonprincipalname": "|,String|0||Filters access by the eduPerson attribute",
  "saml:edupersonscopedaffiliation": "|,ArrayOfString|0||Filters access by the eduPerson attribute",
  "saml:edupersontargetedid": "|,ArrayOfString|0||Filters access by the eduPerson attribute",
  "saml:givenName": "|,String|0||Filters access by the givenName attribute",
  "saml:iss": "|,String|0||Filters access by on the issuer, which is represented by a URN",
  "saml:mail": "|,String|0||Filters access by the mail attribute",
  "saml:name": "|,String|0||Filters access by the name attribute",
  "saml:namequalifier": "|,String|0||Filters access by the hash value of the issuer, account ID, and friendly name",
  "saml:organizationStatus": "|,String|0||Filters access by the organizationStatus attribute",
  "saml:primaryGroupSID": "|,String|0||Filters access by the primaryGroupSID attribute",
  "saml:sub": "|,String|0||Filters access by the subject of the claim (the SAML user ID)",
  "saml:sub_type": "|,String|0||Filters access by the value persistent, transient, or the full Format URI",
  "saml:surname": "|,String|0||Filters access by the surname attribute",
  "saml:uid": "|,String|0||Filters access by the uid attribute",
  "saml:x500UniqueIdentifier": "|,String|0||Filters access by the uid attribute",
  "sts:AWSServiceName": "|,String|0||Filters access by the service that is obtaining a bearer token",
  "sts:DurationSeconds":
    "|,Numeric|0||Filters access by the duration in seconds when getting a bearer token or a JSON Web Token (JWT) from the GetWebIdentityToken API",
  "sts:ExternalId":
    "|,String|0||Filters access by the unique identifier required when you assume a role in another account",
  "sts:IdentityTokenAudience": "|,ArrayOfString|0||Filters access by the audience that is passed in the request",
  "sts:RequestContext/${ContextKey}":
    "|,String|0||Filters access by the session context key-value pairs embedded in the signed context assertion retrieved from a trusted context provider",
  "sts:RequestContextProviders": "|,ArrayOfARN|0||Filters access by the context provider ARNs",
  "sts:RoleSessionName": "|,String|0||Filters access by the role session name required when you assume a role",
  "sts:SigningAlgorithm": "|,String|0||Filters access by the signing algorithm that is passed in the request",
  "sts:SourceIdentity": "|,String|0||Filters access by the source identity that is passed in the request",
  "sts:TaskPolicyArn": "|,ARN|0||Filters access by TaskPolicyARN",
  "sts:TransitiveTagKeys":
    "|,ArrayOfString|0||Filters access by the transitive tag keys that are passed in the request",
  "www.amazon.com:app_id": "|,String|0||Filters access by the Login with Amazon application ID",
  "www.amazon.com:user_id": "|,String|0||Filters access by the Login with Amazon user ID",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "sts",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
