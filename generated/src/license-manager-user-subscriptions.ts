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
export const prefix: "license-manager-user-subscriptions" = "license-manager-user-subscriptions";
/** The service's name in the reference. */
export const serviceName: "AWS License Manager User Subscriptions" = "AWS License Manager User Subscriptions";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS License Manager User Subscriptions",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awslicensemanagerusersubscriptions.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["license-manager-user-subscriptions:TagResource"] as const;
const actionFacts = {
  /** Grants permission to associate a subscribed user to an instance launched with license manager user subscriptions products. Access level: Write. Resources: identity-provider*. https://docs.aws.amazon.com/license-manager-user-subscriptions/latest/APIReference/API_AssociateUser.html */
  AssociateUser: "W|||0;1;|0,2|0|;",
  /** Grants permission to create a license server endpoint for a given server type for a given Identity Provider. Access level: Write. Resources: identity-provider*. https://docs.aws.amazon.com/license-manager-user-subscriptions/latest/APIReference/API_CreateLicenseServerEndpoint.html */
  CreateLicenseServerEndpoint: "W|||0;1;|0,2|0|;",
  /** Grants permission to delete a license server endpoint for a given server type for a given Identity Provider. Access level: Write. Resources: identity-provider*, license-server-endpoint*. https://docs.aws.amazon.com/license-manager-user-subscriptions/latest/APIReference/API_DeleteLicenseServerEndpoint.html */
  DeleteLicenseServerEndpoint: "W|||0;1;,2;1;|||;",
  /** Grants permission to deregister Microsoft Active Directory with license-manager-user-subscriptions for a product. Access level: Write. Resources: identity-provider*. https://docs.aws.amazon.com/license-manager-user-subscriptions/latest/APIReference/API_DeregisterIdentityProvider.html */
  DeregisterIdentityProvider: "W|||0;1;|||;",
  /** Grants permission to disassociate a subscribed user from an instance launched with license manager user subscriptions products. Access level: Write. Resources: identity-provider*, instance-user*. https://docs.aws.amazon.com/license-manager-user-subscriptions/latest/APIReference/API_DisassociateUser.html */
  DisassociateUser: "W|||0;1;,1;1;|||;",
  /** Grants permission to list all the identity providers on license manager user subscriptions. Access level: List. https://docs.aws.amazon.com/license-manager-user-subscriptions/latest/APIReference/API_ListIdentityProviders.html */
  ListIdentityProviders: "L||||||;",
  /** Grants permission to list all the instances launched with license manager user subscription products. Access level: List. https://docs.aws.amazon.com/license-manager-user-subscriptions/latest/APIReference/API_ListInstances.html */
  ListInstances: "L||||||;",
  /** Grants permission to list license server endpoints. Access level: List. https://docs.aws.amazon.com/license-manager-user-subscriptions/latest/APIReference/API_ListLicenseServerEndpoints.html */
  ListLicenseServerEndpoints: "L||||||;",
  /** Grants permission to lists all the product subscriptions for a product and identity provider. Access level: List. Resources: identity-provider*. https://docs.aws.amazon.com/license-manager-user-subscriptions/latest/APIReference/API_ListProductSubscriptions.html */
  ListProductSubscriptions: "L|||0;1;|||;",
  /** Grants permission to list tags for a selected resource. Access level: Read. Resources: identity-provider*, instance-user*, license-server-endpoint*, product-subscription*. https://docs.aws.amazon.com/license-manager-user-subscriptions/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;1;,1;1;,2;1;,3;1;|||;",
  /** Grants permission to list all the users associated to an instance launched for a product. Access level: List. Resources: identity-provider*. https://docs.aws.amazon.com/license-manager-user-subscriptions/latest/APIReference/API_ListUserAssociations.html */
  ListUserAssociations: "L|||0;1;|||;",
  /** Grants permission to registers Microsoft Active Directory with license-manager-user-subscriptions for a product. Access level: Write. https://docs.aws.amazon.com/license-manager-user-subscriptions/latest/APIReference/API_RegisterIdentityProvider.html */
  RegisterIdentityProvider: "W||||0,2|0|;",
  /** Grants permission to start product subscription for a user on a registered active directory for a product. Access level: Write. Resources: identity-provider*. https://docs.aws.amazon.com/license-manager-user-subscriptions/latest/APIReference/API_StartProductSubscription.html */
  StartProductSubscription: "W|||0;1;|0,2|0|;",
  /** Grants permission to stop product subscription for a user on a registered active directory for a product. Access level: Write. Resources: identity-provider*, product-subscription*. https://docs.aws.amazon.com/license-manager-user-subscriptions/latest/APIReference/API_StopProductSubscription.html */
  StopProductSubscription: "W|||0;1;,3;1;|||;",
  /** Grants permission to tag a selected resource. Access level: Tagging. Resources: identity-provider*, instance-user*, license-server-endpoint*, product-subscription*. https://docs.aws.amazon.com/license-manager-user-subscriptions/latest/APIReference/API_TagResource.html */
  TagResource:
    "T|||0;1;,1;1;,2;1;,3;1;|0,2||AssociateUser,CreateLicenseServerEndpoint,RegisterIdentityProvider,StartProductSubscription,;",
  /** Grants permission to untag a selected resource. Access level: Tagging. Resources: identity-provider*, instance-user*, license-server-endpoint*, product-subscription*. https://docs.aws.amazon.com/license-manager-user-subscriptions/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;1;,1;1;,2;1;,3;1;|||;",
  /** Grants permission to update the identity provider configuration. Access level: Write. Resources: identity-provider*. https://docs.aws.amazon.com/license-manager-user-subscriptions/latest/APIReference/API_UpdateIdentityProviderSettings.html */
  UpdateIdentityProviderSettings: "W|||0;1;|||;",
} as const;
const actionDetails = {
  AssociateUser:
    "|,;~~~|Grants permission to associate a subscribed user to an instance launched with license manager user subscriptions products",
  CreateLicenseServerEndpoint:
    "|,;~~~|Grants permission to create a license server endpoint for a given server type for a given Identity Provider",
  DeleteLicenseServerEndpoint:
    "|,;~~~|Grants permission to delete a license server endpoint for a given server type for a given Identity Provider",
  DeregisterIdentityProvider:
    "|,;~~~|Grants permission to deregister Microsoft Active Directory with license-manager-user-subscriptions for a product",
  DisassociateUser:
    "|,;~~~|Grants permission to disassociate a subscribed user from an instance launched with license manager user subscriptions products",
  ListIdentityProviders:
    "|,;~~~|Grants permission to list all the identity providers on license manager user subscriptions",
  ListInstances:
    "|,;~~~|Grants permission to list all the instances launched with license manager user subscription products",
  ListLicenseServerEndpoints: "|,;~~~|Grants permission to list license server endpoints",
  ListProductSubscriptions:
    "|,;~~~|Grants permission to lists all the product subscriptions for a product and identity provider",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for a selected resource",
  ListUserAssociations:
    "|,;~~~|Grants permission to list all the users associated to an instance launched for a product",
  RegisterIdentityProvider:
    "|,;~~~|Grants permission to registers Microsoft Active Directory with license-manager-user-subscriptions for a product",
  StartProductSubscription:
    "|,;~~~|Grants permission to start product subscription for a user on a registered active directory for a product",
  StopProductSubscription:
    "|,;~~~|Grants permission to stop product subscription for a user on a registered active directory for a product",
  TagResource: "|,;~~~,~~,~~,~~,~~|Grants permission to tag a selected resource",
  UntagResource: "|,;~~~|Grants permission to untag a selected resource",
  UpdateIdentityProviderSettings: "|,;~~~|Grants permission to update the identity provider configuration",
};
const resourceTypeFacts = {
  /** The identity-provider resource type: arn:${Partition}:license-manager-user-subscriptions:${Region}:${Account}:identity-provider/${IdentityProviderId} */
  "identity-provider": "|,identityProvider|1",
  /** The instance-user resource type: arn:${Partition}:license-manager-user-subscriptions:${Region}:${Account}:instance-user/${InstanceUserId} */
  "instance-user": "|,instanceUser|1",
  /** The license-server-endpoint resource type: arn:${Partition}:license-manager-user-subscriptions:${Region}:${Account}:license-server-endpoint/${LicenseServerEndpointId} */
  "license-server-endpoint": "|,licenseServerEndpoint|1",
  /** The product-subscription resource type: arn:${Partition}:license-manager-user-subscriptions:${Region}:${Account}:product-subscription/${ProductSubscriptionId} */
  "product-subscription": "|,productSubscription|1",
} as const;
const arnFormats = {
  /** ARN of a identity-provider resource: arn:${Partition}:license-manager-user-subscriptions:${Region}:${Account}:identity-provider/${IdentityProviderId}. */
  identityProvider:
    "|,identity-provider|arn:|Partition|:license-manager-user-subscriptions:|Region|:|Account|:identity-provider/|IdentityProviderId|",
  /** ARN of a instance-user resource: arn:${Partition}:license-manager-user-subscriptions:${Region}:${Account}:instance-user/${InstanceUserId}. */
  instanceUser:
    "|,instance-user|arn:|Partition|:license-manager-user-subscriptions:|Region|:|Account|:instance-user/|InstanceUserId|",
  /** ARN of a license-server-endpoint resource: arn:${Partition}:license-manager-user-subscriptions:${Region}:${Account}:license-server-endpoint/${LicenseServerEndpointId}. */
  licenseServerEndpoint:
    "|,license-server-endpoint|arn:|Partition|:license-manager-user-subscriptions:|Region|:|Account|:license-server-endpoint/|LicenseServerEndpointId|",
  /** ARN of a product-subscription resource: arn:${Partition}:license-manager-user-subscriptions:${Region}:${Account}:product-subscription/${ProductSubscriptionId}. */
  productSubscription:
    "|,product-subscription|arn:|Partition|:license-manager-user-subscriptions:|Region|:|Account|:product-subscription/|ProductSubscriptionId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "identity-provider",
  "instance-user",
  "license-server-endpoint",
  "product-subscription",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "license-manager-user-subscriptions">;
/** Any license-manager-user-subscriptions action. */
export type Action = ActionOf<typeof actionFacts, "license-manager-user-subscriptions">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "license-manager-user-subscriptions">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "license-manager-user-subscriptions" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every license-manager-user-subscriptions action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the tag key-value pairs attached to the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by tag keys that are passed in the request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by the tags that are passed in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by the tag key-value pairs attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by tag keys that are passed in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "license-manager-user-subscriptions",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
