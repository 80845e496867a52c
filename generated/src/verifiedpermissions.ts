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
export const prefix: "verifiedpermissions" = "verifiedpermissions";
/** The service's name in the reference. */
export const serviceName: "Amazon Verified Permissions" = "Amazon Verified Permissions";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Verified Permissions",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonverifiedpermissions.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to create a reference to an external identity provider (IdP) that is compatible with OpenID Connect (OIDC) authentication protocol, such as Amazon Cognito. Access level: Write. Resources: policy-store*. https://docs.aws.amazon.com/verifiedpermissions/latest/apireference/API_CreateIdentitySource.html */
  CreateIdentitySource: "W|||0;1;|||",
  /** Grants permission to create a Cedar policy and save it in the specified policy store. Access level: Write. Resources: policy-store*. https://docs.aws.amazon.com/verifiedpermissions/latest/apireference/API_CreatePolicy.html */
  CreatePolicy: "W|||0;1;|||",
  /** Grants permission to create a Cedar policy and save it in the specified policy store. Access level: Write. https://docs.aws.amazon.com/verifiedpermissions/latest/apireference/API_CreatePolicyStore.html */
  CreatePolicyStore: "W||||0,1,2||",
  /** Grants permission to create an alias against a policy store. Access level: Write. Resources: policy-store*, policy-store-alias*. https://docs.aws.amazon.com/verifiedpermissions/latest/apireference/API_CreatePolicyStoreAlias.html */
  CreatePolicyStoreAlias: "W|||0;1;,1;1;|||",
  /** Grants permission to create a policy template. Access level: Write. Resources: policy-store*. https://docs.aws.amazon.com/verifiedpermissions/latest/apireference/API_CreatePolicyTemplate.html */
  CreatePolicyTemplate: "W|||0;1;|||",
  /** Grants permission to delete an identity source that references an identity provider (IdP) such as Amazon Cognito. Access level: Write. Resources: policy-store*. https://docs.aws.amazon.com/verifiedpermissions/latest/apireference/API_DeleteIdentitySource.html */
  DeleteIdentitySource: "W|||0;1;|||",
  /** Grants permission to delete the specified policy from the policy store. Access level: Write. Resources: policy-store*. https://docs.aws.amazon.com/verifiedpermissions/latest/apireference/API_DeletePolicy.html */
  DeletePolicy: "W|||0;1;|||",
  /** Grants permission to delete the specified policy store. Access level: Write. Resources: policy-store*. https://docs.aws.amazon.com/verifiedpermissions/latest/apireference/API_DeletePolicyStore.html */
  DeletePolicyStore: "W|||0;1;|||",
  /** Grants permission to delete an alias for a policy store. Access level: Write. Resources: policy-store-alias*. https://docs.aws.amazon.com/verifiedpermissions/latest/apireference/API_DeletePolicyStoreAlias.html */
  DeletePolicyStoreAlias: "W|||1;1;|||",
  /** Grants permission to delete the specified policy template from the policy store. Access level: Write. Resources: policy-store*. https://docs.aws.amazon.com/verifiedpermissions/latest/apireference/API_DeletePolicyTemplate.html */
  DeletePolicyTemplate: "W|||0;1;|||",
  /** Grants permission to retrieve the details about the specified identity source. Access level: Read. Resources: policy-store*. https://docs.aws.amazon.com/verifiedpermissions/latest/apireference/API_GetIdentitySource.html */
  GetIdentitySource: "R|||0;1;|||",
  /** Grants permission to retrieve information about the specified policy. Access level: Read. Resources: policy-store*. https://docs.aws.amazon.com/verifiedpermissions/latest/apireference/API_GetPolicy.html */
  GetPolicy: "R|||0;1;|||",
  /** Grants permission to retrieve details about a policy store. Access level: Read. Resources: policy-store*. https://docs.aws.amazon.com/verifiedpermissions/latest/apireference/API_GetPolicyStore.html */
  GetPolicyStore: "R|||0;1;||verifiedpermissions:ListTagsForResource|",
  /** Grants permission to retrieve details about an alias for a policy store. Access level: Read. Resources: policy-store-alias*. https://docs.aws.amazon.com/verifiedpermissions/latest/apireference/API_GetPolicyStoreAlias.html */
  GetPolicyStoreAlias: "R|||1;1;|||",
  /** Grants permission to retrieve the details for the specified policy template in the specified policy store. Access level: Read. Resources: policy-store*. https://docs.aws.amazon.com/verifiedpermissions/latest/apireference/API_GetPolicyTemplate.html */
  GetPolicyTemplate: "R|||0;1;|||",
  /** Grants permission to retrieve the details for the specified schema in the specified policy store. Access level: Read. Resources: policy-store*. https://docs.aws.amazon.com/verifiedpermissions/latest/apireference/API_GetSchema.html */
  GetSchema: "R|||0;1;|||",
  /** Grants permission to make an authorization decision about a service request described in the parameters. Access level: Read. Resources: policy-store*. https://docs.aws.amazon.com/verifiedpermissions/latest/apireference/API_IsAuthorized.html */
  IsAuthorized: "R|||0;1;|||",
  /** Grants permission to make an authorization decision about a service request described in the parameters. The principal in this request comes from an external identity source. Access level: Read. Resources: policy-store*. https://docs.aws.amazon.com/verifiedpermissions/latest/apireference/API_IsAuthorizedWithToken.html */
  IsAuthorizedWithToken: "R|||0;1;|||",
  /** Grants permission to return a paginated list of all of the identity sources defined in the specified policy store. Access level: List. Resources: policy-store*. https://docs.aws.amazon.com/verifiedpermissions/latest/apireference/API_ListIdentitySources.html */
  ListIdentitySources: "L|||0;1;|||",
  /** Grants permission to return a paginated list of all policies stored in the specified policy store. Access level: List. Resources: policy-store*. https://docs.aws.amazon.com/verifiedpermissions/latest/apireference/API_ListPolicies.html */
  ListPolicies: "L|||0;1;|||",
  /** Grants permission to return a paginated list of all policy store aliases. Access level: List. https://docs.aws.amazon.com/verifiedpermissions/latest/apireference/API_ListPolicyStoreAliases.html */
  ListPolicyStoreAliases: "L||||||",
  /** Grants permission to return a paginated list of all policy stores in the calling Amazon Web Services account. Access level: List. https://docs.aws.amazon.com/verifiedpermissions/latest/apireference/API_ListPolicyStores.html */
  ListPolicyStores: "L||||||",
  /** Grants permission to return a paginated list of all policy templates in the specified policy store. Access level: List. Resources: policy-store*. https://docs.aws.amazon.com/verifiedpermissions/latest/apireference/API_ListPolicyTemplates.html */
  ListPolicyTemplates: "L|||0;1;|||",
  /** Grants permission to view a list of resource tags for the specified policy store. Access level: Read. Resources: policy-store*. https://docs.aws.amazon.com/verifiedpermissions/latest/apireference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;1;|||",
  /** Grants permission to create or update the policy schema in the specified policy store. Access level: Write. Resources: policy-store*. https://docs.aws.amazon.com/verifiedpermissions/latest/apireference/API_PutSchema.html */
  PutSchema: "W|||0;1;|||",
  /** Grants permission to add tags to the specified policy store. Access level: Tagging. Resources: policy-store*. https://docs.aws.amazon.com/verifiedpermissions/latest/apireference/API_TagResource.html */
  TagResource: "T|||0;1;|0,2||",
  /** Grants permission to remove tags from the specified policy store. Access level: Tagging. Resources: policy-store*. https://docs.aws.amazon.com/verifiedpermissions/latest/apireference/API_UntagResource.html */
  UntagResource: "T|||0;1;|2||",
  /** Grants permission to update the specified identity source to use a new identity provider (IdP) source, or to change the mapping of identities from the IdP to a different principal entity type. Access level: Write. Resources: policy-store*. https://docs.aws.amazon.com/verifiedpermissions/latest/apireference/API_UpdateIdentitySource.html */
  UpdateIdentitySource: "W|||0;1;|||",
  /** Grants permission to modify the specified Cedar static policy in the specified policy store. Access level: Write. Resources: policy-store*. https://docs.aws.amazon.com/verifiedpermissions/latest/apireference/API_UpdatePolicy.html */
  UpdatePolicy: "W|||0;1;|||",
  /** Grants permission to modify the validation setting for a policy store. Access level: Write. Resources: policy-store*. https://docs.aws.amazon.com/verifiedpermissions/latest/apireference/API_UpdatePolicyStore.html */
  UpdatePolicyStore: "W|||0;1;|||",
  /** Grants permission to update the specified policy template. Access level: Write. Resources: policy-store*. https://docs.aws.amazon.com/verifiedpermissions/latest/apireference/API_UpdatePolicyTemplate.html */
  UpdatePolicyTemplate: "W|||0;1;|||",
} as const;
const actionDetails = {
  CreateIdentitySource:
    "|,;~|Grants permission to create a reference to an external identity provider (IdP) that is compatible with OpenID Connect (OIDC) authentication protocol, such as Amazon Cognito",
  CreatePolicy: "|,;~|Grants permission to create a Cedar policy and save it in the specified policy store",
  CreatePolicyStore: "|,;~|Grants permission to create a Cedar policy and save it in the specified policy store",
  CreatePolicyStoreAlias: "|,;~|Grants permission to create an alias against a policy store",
  CreatePolicyTemplate: "|,;~|Grants permission to create a policy template",
  DeleteIdentitySource:
    "|,;~|Grants permission to delete an identity source that references an identity provider (IdP) such as Amazon Cognito",
  DeletePolicy: "|,;~|Grants permission to delete the specified policy from the policy store",
  DeletePolicyStore: "|,;~|Grants permission to delete the specified policy store",
  DeletePolicyStoreAlias: "|,;~|Grants permission to delete an alias for a policy store",
  DeletePolicyTemplate: "|,;~|Grants permission to delete the specified policy template from the policy store",
  GetIdentitySource: "|,;~|Grants permission to retrieve the details about the specified identity source",
  GetPolicy: "|,;~|Grants permission to retrieve information about the specified policy",
  GetPolicyStore: "|,;~|Grants permission to retrieve details about a policy store",
  GetPolicyStoreAlias: "|,;~|Grants permission to retrieve details about an alias for a policy store",
  GetPolicyTemplate:
    "|,;~|Grants permission to retrieve the details for the specified policy template in the specified policy store",
  GetSchema: "|,;~|Grants permission to retrieve the details for the specified schema in the specified policy store",
  IsAuthorized:
    "|,;~|Grants permission to make an authorization decision about a service request described in the parameters",
  IsAuthorizedWithToken:
    "|,;~|Grants permission to make an authorization decision about a service request described in the parameters. The principal in this request comes from an external identity source",
  ListIdentitySources:
    "|,;~|Grants permission to return a paginated list of all of the identity sources defined in the specified policy store",
  ListPolicies:
    "|,;~|Grants permission to return a paginated list of all policies stored in the specified policy store",
  ListPolicyStoreAliases: "|,;~|Grants permission to return a paginated list of all policy store aliases",
  ListPolicyStores:
    "|,;~|Grants permission to return a paginated list of all policy stores in the calling Amazon Web Services account",
  ListPolicyTemplates:
    "|,;~|Grants permission to return a paginated list of all policy templates in the specified policy store",
  ListTagsForResource: "|,;~|Grants permission to view a list of resource tags for the specified policy store",
  PutSchema: "|,;~|Grants permission to create or update the policy schema in the specified policy store",
  TagResource: "|,;~|Grants permission to add tags to the specified policy store",
  UntagResource: "|,;~|Grants permission to remove tags from the specified policy store",
  UpdateIdentitySource:
    "|,;~|Grants permission to update the specified identity source to use a new identity provider (IdP) source, or to change the mapping of identities from the IdP to a different principal entity type",
  UpdatePolicy: "|,;~|Grants permission to modify the specified Cedar static policy in the specified policy store",
  UpdatePolicyStore: "|,;~|Grants permission to modify the validation setting for a policy store",
  UpdatePolicyTemplate: "|,;~|Grants permission to update the specified policy template",
};
const resourceTypeFacts = {
  /** The policy-store resource type: arn:${Partition}:verifiedpermissions::${Account}:policy-store/${PolicyStoreId} */
  "policy-store": "|,policyStore|1",
  /** The policy-store-alias resource type: arn:${Partition}:verifiedpermissions:${Region}:${Account}:policy-store-alias/${AliasName} */
  "policy-store-alias": "|,policyStoreAlias|",
} as const;
const arnFormats = {
  /** ARN of a policy-store resource: arn:${Partition}:verifiedpermissions::${Account}:policy-store/${PolicyStoreId}. */
  policyStore: "|,policy-store|arn:|Partition|:verifiedpermissions::|Account|:policy-store/|PolicyStoreId|",
  /** ARN of a policy-store-alias resource: arn:${Partition}:verifiedpermissions:${Region}:${Account}:policy-store-alias/${AliasName}. */
  policyStoreAlias:
    "|,policy-store-alias|arn:|Partition|:verifiedpermissions:|Region|:|Account|:policy-store-alias/|AliasName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["policy-store", "policy-store-alias"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "verifiedpermissions">;
/** Any verifiedpermissions action. */
export type Action = ActionOf<typeof actionFacts, "verifiedpermissions">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "verifiedpermissions">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "", client: "" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every verifiedpermissions action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "verifiedpermissions",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
