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
export const prefix: "pca-connector-ad" = "pca-connector-ad";
/** The service's name in the reference. */
export const serviceName: "AWS Private CA Connector for Active Directory" =
  "AWS Private CA Connector for Active Directory";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Private CA Connector for Active Directory",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsprivatecaconnectorforactivedirectory.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [
  "ds:UpdateAuthorizedApplication",
  "ec2:DescribeVpcEndpoints",
  "pca-connector-ad:TagResource",
] as const;
const actionFacts = {
  /** Grants permission to create a Connector in your account. Access level: Write. https://docs.aws.amazon.com/pca-connector-ad/latest/APIReference/API_CreateConnector.html */
  CreateConnector:
    "W||||0,1,2|acm-pca:DescribeCertificateAuthority,acm-pca:GetCertificate,acm-pca:GetCertificateAuthorityCertificate,acm-pca:IssueCertificate,ec2:CreateTags,ec2:CreateVpcEndpoint,1,2|;",
  /** Grants permission to create a DirectoryRegistration in your account. Access level: Write. https://docs.aws.amazon.com/pca-connector-ad/latest/APIReference/API_CreateDirectoryRegistration.html */
  CreateDirectoryRegistration: "W||||0,1,2|ds:AuthorizeApplication,ds:DescribeDirectories,2|;",
  /** Grants permission to create a ServicePrincipalName for a DirectoryRegistration. Access level: Write. Resources: DirectoryRegistration*. https://docs.aws.amazon.com/pca-connector-ad/latest/APIReference/API_CreateServicePrincipalName.html */
  CreateServicePrincipalName: "W|||1;1;||0|;",
  /** Grants permission to create a Template for a Connector. Access level: Write. Resources: Connector*. https://docs.aws.amazon.com/pca-connector-ad/latest/APIReference/API_CreateTemplate.html */
  CreateTemplate: "W|||0;1;|0,1,2|2|;",
  /** Grants permission to create a TemplateGroupAccessControlEntry for a Template. Access level: Write. Resources: Template*. https://docs.aws.amazon.com/pca-connector-ad/latest/APIReference/API_CreateTemplateGroupAccessControlEntry.html */
  CreateTemplateGroupAccessControlEntry: "W|||2;1;|||;",
  /** Grants permission to delete a Connector in your account. Access level: Write. Resources: Connector*. https://docs.aws.amazon.com/pca-connector-ad/latest/APIReference/API_DeleteConnector.html */
  DeleteConnector: "W|||0;1;||ec2:DeleteVpcEndpoints,1|;",
  /** Grants permission to delete a DirectoryRegistration in your account. Access level: Write. Resources: DirectoryRegistration*. https://docs.aws.amazon.com/pca-connector-ad/latest/APIReference/API_DeleteDirectoryRegistration.html */
  DeleteDirectoryRegistration: "W|||1;1;||ds:UnauthorizeApplication,0|;",
  /** Grants permission to delete a ServicePrincipalName for a DirectoryRegistration. Access level: Write. Resources: DirectoryRegistration*. https://docs.aws.amazon.com/pca-connector-ad/latest/APIReference/API_DeleteServicePrincipalName.html */
  DeleteServicePrincipalName: "W|||1;1;||0|;",
  /** Grants permission to delete a Template for a Connector. Access level: Write. Resources: Template*. https://docs.aws.amazon.com/pca-connector-ad/latest/APIReference/API_DeleteTemplate.html */
  DeleteTemplate: "W|||2;1;|||;",
  /** Grants permission to delete a TemplateGroupAccessControlEntry for a Template. Access level: Write. Resources: Template*. https://docs.aws.amazon.com/pca-connector-ad/latest/APIReference/API_DeleteTemplateGroupAccessControlEntry.html */
  DeleteTemplateGroupAccessControlEntry: "W|||2;1;|||;",
  /** Grants permission to get a Connector in your account. Access level: Read. Resources: Connector*. https://docs.aws.amazon.com/pca-connector-ad/latest/APIReference/API_GetConnector.html */
  GetConnector: "R|||0;1;|||;",
  /** Grants permission to get a DirectoryRegistration in your account. Access level: Read. Resources: DirectoryRegistration*. https://docs.aws.amazon.com/pca-connector-ad/latest/APIReference/API_GetDirectoryRegistration.html */
  GetDirectoryRegistration: "R|||1;1;|||;",
  /** Grants permission to get a ServicePrincipalName for a DirectoryRegistration. Access level: Read. Resources: DirectoryRegistration*. https://docs.aws.amazon.com/pca-connector-ad/latest/APIReference/API_GetServicePrincipalName.html */
  GetServicePrincipalName: "R|||1;1;|||;",
  /** Grants permission to get a Template for a Connector. Access level: Read. Resources: Template*. https://docs.aws.amazon.com/pca-connector-ad/latest/APIReference/API_GetTemplate.html */
  GetTemplate: "R|||2;1;|||;",
  /** Grants permission to get a TemplateGroupAccessControlEntry for a Template. Access level: Read. Resources: Template*. https://docs.aws.amazon.com/pca-connector-ad/latest/APIReference/API_GetTemplateGroupAccessControlEntry.html */
  GetTemplateGroupAccessControlEntry: "R|||2;1;|||;",
  /** Grants permission to list the Connectors in your account. Access level: List. https://docs.aws.amazon.com/pca-connector-ad/latest/APIReference/API_ListConnectors.html */
  ListConnectors: "L||||||;",
  /** Grants permission to list the DirectoryRegistrations in your account. Access level: List. https://docs.aws.amazon.com/pca-connector-ad/latest/APIReference/API_ListDirectoryRegistrations.html */
  ListDirectoryRegistrations: "L||||||;",
  /** Grants permission to list the ServicePrincipalNames for a DirectoryRegistration. Access level: List. Resources: DirectoryRegistration*. https://docs.aws.amazon.com/pca-connector-ad/latest/APIReference/API_ListServicePrincipalNames.html */
  ListServicePrincipalNames: "L|||1;1;|||;",
  /** Grants permission to list the tags for a pca-connector-ad resource in your account. Access level: Read. https://docs.aws.amazon.com/pca-connector-ad/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R||||||;",
  /** Grants permission to list the TemplateGroupAccessControlEntries for a Template. Access level: List. Resources: Template*. https://docs.aws.amazon.com/pca-connector-ad/latest/APIReference/API_ListTemplateGroupAccessControlEntries.html */
  ListTemplateGroupAccessControlEntries: "L|||2;1;|||;",
  /** Grants permission to list the Templates for a Connector. Access level: List. Resources: Connector*. https://docs.aws.amazon.com/pca-connector-ad/latest/APIReference/API_ListTemplates.html */
  ListTemplates: "L|||0;1;|||;",
  /** Grants permission to tag a pca-connector-ad resource in your account. Access level: Tagging. Resources: Connector, DirectoryRegistration, Template. https://docs.aws.amazon.com/pca-connector-ad/latest/APIReference/API_TagResource.html */
  TagResource: "T|||0;0;,1;0;,2;0;|0,2||CreateConnector,CreateDirectoryRegistration,CreateTemplate,;",
  /** Grants permission to untag a pca-connector-ad resource in your account. Access level: Tagging. Resources: Connector, DirectoryRegistration, Template. https://docs.aws.amazon.com/pca-connector-ad/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;|2||;",
  /** Grants permission to update a Template for a Connector. Access level: Write. Resources: Template*. https://docs.aws.amazon.com/pca-connector-ad/latest/APIReference/API_UpdateTemplate.html */
  UpdateTemplate: "W|||2;1;|||;",
  /** Grants permission to update a TemplateGroupAccessControlEntry for a Template. Access level: Write. Resources: Template*. https://docs.aws.amazon.com/pca-connector-ad/latest/APIReference/API_UpdateTemplateGroupAccessControlEntry.html */
  UpdateTemplateGroupAccessControlEntry: "W|||2;1;|||;",
} as const;
const actionDetails = {
  CreateConnector: "|,;~~~|Grants permission to create a Connector in your account",
  CreateDirectoryRegistration: "|,;~~~|Grants permission to create a DirectoryRegistration in your account",
  CreateServicePrincipalName: "|,;~~~|Grants permission to create a ServicePrincipalName for a DirectoryRegistration",
  CreateTemplate: "|,;~~~|Grants permission to create a Template for a Connector",
  CreateTemplateGroupAccessControlEntry:
    "|,;~~~|Grants permission to create a TemplateGroupAccessControlEntry for a Template",
  DeleteConnector: "|,;~~~|Grants permission to delete a Connector in your account",
  DeleteDirectoryRegistration: "|,;~~~|Grants permission to delete a DirectoryRegistration in your account",
  DeleteServicePrincipalName: "|,;~~~|Grants permission to delete a ServicePrincipalName for a DirectoryRegistration",
  DeleteTemplate: "|,;~~~|Grants permission to delete a Template for a Connector",
  DeleteTemplateGroupAccessControlEntry:
    "|,;~~~|Grants permission to delete a TemplateGroupAccessControlEntry for a Template",
  GetConnector: "|,;~~~|Grants permission to get a Connector in your account",
  GetDirectoryRegistration: "|,;~~~|Grants permission to get a DirectoryRegistration in your account",
  GetServicePrincipalName: "|,;~~~|Grants permission to get a ServicePrincipalName for a DirectoryRegistration",
  GetTemplate: "|,;~~~|Grants permission to get a Template for a Connector",
  GetTemplateGroupAccessControlEntry:
    "|,;~~~|Grants permission to get a TemplateGroupAccessControlEntry for a Template",
  ListConnectors: "|,;~~~|Grants permission to list the Connectors in your account",
  ListDirectoryRegistrations: "|,;~~~|Grants permission to list the DirectoryRegistrations in your account",
  ListServicePrincipalNames: "|,;~~~|Grants permission to list the ServicePrincipalNames for a DirectoryRegistration",
  ListTagsForResource: "|,;~~~|Grants permission to list the tags for a pca-connector-ad resource in your account",
  ListTemplateGroupAccessControlEntries:
    "|,;~~~|Grants permission to list the TemplateGroupAccessControlEntries for a Template",
  ListTemplates: "|,;~~~|Grants permission to list the Templates for a Connector",
  TagResource: "|,;~~~,~~,~~,~~|Grants permission to tag a pca-connector-ad resource in your account",
  UntagResource: "|,;~~~|Grants permission to untag a pca-connector-ad resource in your account",
  UpdateTemplate: "|,;~~~|Grants permission to update a Template for a Connector",
  UpdateTemplateGroupAccessControlEntry:
    "|,;~~~|Grants permission to update a TemplateGroupAccessControlEntry for a Template",
};
const resourceTypeFacts = {
  /** The Connector resource type: arn:${Partition}:pca-connector-ad:${Region}:${Account}:connector/${ConnectorId} */
  Connector: "|,connector|1",
  /** The DirectoryRegistration resource type: arn:${Partition}:pca-connector-ad:${Region}:${Account}:directory-registration/${DirectoryId} */
  DirectoryRegistration: "|,directoryRegistration|1",
  /** The Template resource type: arn:${Partition}:pca-connector-ad:${Region}:${Account}:connector/${ConnectorId}/template/${TemplateId} */
  Template: "|,template|1",
} as const;
const arnFormats = {
  /** ARN of a Connector resource: arn:${Partition}:pca-connector-ad:${Region}:${Account}:connector/${ConnectorId}. */
  connector: "|,Connector|arn:|Partition|:pca-connector-ad:|Region|:|Account|:connector/|ConnectorId|",
  /** ARN of a DirectoryRegistration resource: arn:${Partition}:pca-connector-ad:${Region}:${Account}:directory-registration/${DirectoryId}. */
  directoryRegistration:
    "|,DirectoryRegistration|arn:|Partition|:pca-connector-ad:|Region|:|Account|:directory-registration/|DirectoryId|",
  /** ARN of a Template resource: arn:${Partition}:pca-connector-ad:${Region}:${Account}:connector/${ConnectorId}/template/${TemplateId}. */
  template:
    "|,Template|arn:|Partition|:pca-connector-ad:|Region|:|Account|:connector/|ConnectorId|/template/|TemplateId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["Connector", "DirectoryRegistration", "Template"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "pca-connector-ad">;
/** Any pca-connector-ad action. */
export type Action = ActionOf<typeof actionFacts, "pca-connector-ad">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "pca-connector-ad">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "pca-connector-ad" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every pca-connector-ad action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by on the tags that are passed in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by on the tags associated with the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by on the tag keys that are passed in the request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by on the tags that are passed in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by on the tags associated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by on the tag keys that are passed in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "pca-connector-ad",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
