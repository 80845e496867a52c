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
export const prefix: "acm-pca" = "acm-pca";
/** The service's name in the reference. */
export const serviceName: "AWS Private Certificate Authority" = "AWS Private Certificate Authority";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Private Certificate Authority",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsprivatecertificateauthority.html",
  },
];
const conditionKeyList = [
  "acm-pca:TemplateArn",
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to create an AWS Private CA and its associated private key and configuration. Access level: Write. https://docs.aws.amazon.com/privateca/latest/APIReference/API_CreateCertificateAuthority.html */
  CreateCertificateAuthority: "W||||1,2,3|acm-pca:TagCertificateAuthority|;",
  /** Grants permission to create an audit report for an AWS Private CA. Access level: Write. Resources: certificate-authority*. https://docs.aws.amazon.com/privateca/latest/APIReference/API_CreateCertificateAuthorityAuditReport.html */
  CreateCertificateAuthorityAuditReport: "W|||0;1;|||;",
  /** Grants permission to create a permission for an AWS Private CA. Access level: Permissions management. Resources: certificate-authority*. https://docs.aws.amazon.com/privateca/latest/APIReference/API_CreatePermission.html */
  CreatePermission: "P|||0;1;|||;",
  /** Grants permission to delete an AWS Private CA and its associated private key and configuration. Access level: Write. Resources: certificate-authority*. https://docs.aws.amazon.com/privateca/latest/APIReference/API_DeleteCertificateAuthority.html */
  DeleteCertificateAuthority: "W|||0;1;|||;",
  /** Grants permission to delete a permission for an AWS Private CA. Access level: Permissions management. Resources: certificate-authority*. https://docs.aws.amazon.com/privateca/latest/APIReference/API_DeletePermission.html */
  DeletePermission: "P|||0;1;|||;",
  /** Grants permission to delete the policy for an AWS Private CA. Access level: Permissions management. Resources: certificate-authority*. https://docs.aws.amazon.com/privateca/latest/APIReference/API_DeletePolicy.html */
  DeletePolicy: "P|||0;1;|||;",
  /** Grants permission to return a list of the configuration and status fields contained in the specified AWS Private CA. Access level: Read. Resources: certificate-authority*. https://docs.aws.amazon.com/privateca/latest/APIReference/API_DescribeCertificateAuthority.html */
  DescribeCertificateAuthority: "R|||0;1;|||;",
  /** Grants permission to return the status and information about an AWS Private CA audit report. Access level: Read. Resources: certificate-authority*. https://docs.aws.amazon.com/privateca/latest/APIReference/API_DescribeCertificateAuthorityAuditReport.html */
  DescribeCertificateAuthorityAuditReport: "R|||0;1;|||;",
  /** Grants permission to retrieve an AWS Private CA certificate and certificate chain for the certificate authority specified by an ARN. Access level: Read. Resources: certificate-authority*. https://docs.aws.amazon.com/privateca/latest/APIReference/API_GetCertificate.html */
  GetCertificate: "R|||0;1;|||;",
  /** Grants permission to retrieve an AWS Private CA certificate and certificate chain for the certificate authority specified by an ARN. Access level: Read. Resources: certificate-authority*. https://docs.aws.amazon.com/privateca/latest/APIReference/API_GetCertificateAuthorityCertificate.html */
  GetCertificateAuthorityCertificate: "R|||0;1;|||;",
  /** Grants permission to retrieve an AWS Private CA certificate signing request (CSR) for the certificate-authority specified by an ARN. Access level: Read. Resources: certificate-authority*. https://docs.aws.amazon.com/privateca/latest/APIReference/API_GetCertificateAuthorityCsr.html */
  GetCertificateAuthorityCsr: "R|||0;1;|||;",
  /** Grants permission to retrieve the policy on an AWS Private CA. Access level: Read. Resources: certificate-authority*. https://docs.aws.amazon.com/privateca/latest/APIReference/API_GetPolicy.html */
  GetPolicy: "R|||0;1;|||;",
  /** Grants permission to import an SSL/TLS certificate into AWS Private CA for use as the CA certificate of an AWS Private CA. Access level: Write. Resources: certificate-authority*. https://docs.aws.amazon.com/privateca/latest/APIReference/API_ImportCertificateAuthorityCertificate.html */
  ImportCertificateAuthorityCertificate: "W|||0;1;|||;",
  /** Grants permission to issue an AWS Private CA certificate. Access level: Write. Resources: certificate-authority*. https://docs.aws.amazon.com/privateca/latest/APIReference/API_IssueCertificate.html */
  IssueCertificate: "W|||0;1;|0||;",
  /** Grants permission to retrieve a list of the AWS Private CA certificate authority ARNs, and a summary of the status of each CA in the calling account. Access level: List. https://docs.aws.amazon.com/privateca/latest/APIReference/API_ListCertificateAuthorities.html */
  ListCertificateAuthorities: "L||||||;",
  /** Grants permission to list the permissions that have been applied to the AWS Private CA certificate authority. Access level: Read. Resources: certificate-authority*. https://docs.aws.amazon.com/privateca/latest/APIReference/API_ListPermissions.html */
  ListPermissions: "R|||0;1;|||;",
  /** Grants permission to list the tags that have been applied to the AWS Private CA certificate authority. Access level: Read. Resources: certificate-authority*. https://docs.aws.amazon.com/privateca/latest/APIReference/API_ListTags.html */
  ListTags: "R|||0;1;|||;",
  /** Grants permission to put a policy on an AWS Private CA. Access level: Permissions management. Resources: certificate-authority*. https://docs.aws.amazon.com/privateca/latest/APIReference/API_PutPolicy.html */
  PutPolicy: "P|||0;1;|||;",
  /** Grants permission to restore an AWS Private CA from the deleted state to the state it was in when deleted. Access level: Write. Resources: certificate-authority*. https://docs.aws.amazon.com/privateca/latest/APIReference/API_RestoreCertificateAuthority.html */
  RestoreCertificateAuthority: "W|||0;1;|||;",
  /** Grants permission to revoke a certificate issued by an AWS Private CA. Access level: Write. Resources: certificate-authority*. https://docs.aws.amazon.com/privateca/latest/APIReference/API_RevokeCertificate.html */
  RevokeCertificate: "W|||0;1;|||;",
  /** Grants permission to add one or more tags to an AWS Private CA. Access level: Tagging. Resources: certificate-authority*. https://docs.aws.amazon.com/privateca/latest/APIReference/API_TagCertificateAuthority.html */
  TagCertificateAuthority: "T|||0;1;|1,3||CreateCertificateAuthority,;",
  /** Grants permission to remove one or more tags from an AWS Private CA. Access level: Tagging. Resources: certificate-authority*. https://docs.aws.amazon.com/privateca/latest/APIReference/API_UntagCertificateAuthority.html */
  UntagCertificateAuthority: "T|||0;1;1|3||;",
  /** Grants permission to update the configuration of an AWS Private CA. Access level: Write. Resources: certificate-authority*. https://docs.aws.amazon.com/privateca/latest/APIReference/API_UpdateCertificateAuthority.html */
  UpdateCertificateAuthority: "W|||0;1;|||;",
} as const;
const actionDetails = {
  CreateCertificateAuthority:
    "|,;~~~|Grants permission to create an AWS Private CA and its associated private key and configuration",
  CreateCertificateAuthorityAuditReport: "|,;~~~|Grants permission to create an audit report for an AWS Private CA",
  CreatePermission: "|,;~~~|Grants permission to create a permission for an AWS Private CA",
  DeleteCertificateAuthority:
    "|,;~~~|Grants permission to delete an AWS Private CA and its associated private key and configuration",
  DeletePermission: "|,;~~~|Grants permission to delete a permission for an AWS Private CA",
  DeletePolicy: "|,;~~~|Grants permission to delete the policy for an AWS Private CA",
  DescribeCertificateAuthority:
    "|,;~~~|Grants permission to return a list of the configuration and status fields contained in the specified AWS Private CA",
  DescribeCertificateAuthorityAuditReport:
    "|,;~~~|Grants permission to return the status and information about an AWS Private CA audit report",
  GetCertificate:
    "|,;~~~|Grants permission to retrieve an AWS Private CA certificate and certificate chain for the certificate authority specified by an ARN",
  GetCertificateAuthorityCertificate:
    "|,;~~~|Grants permission to retrieve an AWS Private CA certificate and certificate chain for the certificate authority specified by an ARN",
  GetCertificateAuthorityCsr:
    "|,;~~~|Grants permission to retrieve an AWS Private CA certificate signing request (CSR) for the certificate-authority specified by an ARN",
  GetPolicy: "|,;~~~|Grants permission to retrieve the policy on an AWS Private CA",
  ImportCertificateAuthorityCertificate:
    "|,;~~~|Grants permission to import an SSL/TLS certificate into AWS Private CA for use as the CA certificate of an AWS Private CA",
  IssueCertificate: "|,;~~~|Grants permission to issue an AWS Private CA certificate",
  ListCertificateAuthorities:
    "|,;~~~|Grants permission to retrieve a list of the AWS Private CA certificate authority ARNs, and a summary of the status of each CA in the calling account",
  ListPermissions:
    "|,;~~~|Grants permission to list the permissions that have been applied to the AWS Private CA certificate authority",
  ListTags:
    "|,;~~~|Grants permission to list the tags that have been applied to the AWS Private CA certificate authority",
  PutPolicy: "|,;~~~|Grants permission to put a policy on an AWS Private CA",
  RestoreCertificateAuthority:
    "|,;~~~|Grants permission to restore an AWS Private CA from the deleted state to the state it was in when deleted",
  RevokeCertificate: "|,;~~~|Grants permission to revoke a certificate issued by an AWS Private CA",
  TagCertificateAuthority: "|,;~~~,~~|Grants permission to add one or more tags to an AWS Private CA",
  UntagCertificateAuthority: "|,;~~~|Grants permission to remove one or more tags from an AWS Private CA",
  UpdateCertificateAuthority: "|,;~~~|Grants permission to update the configuration of an AWS Private CA",
};
const resourceTypeFacts = {
  /** The certificate-authority resource type: arn:${Partition}:acm-pca:${Region}:${Account}:certificate-authority/${CertificateAuthorityId} */
  "certificate-authority": "|,certificateAuthority|2",
} as const;
const arnFormats = {
  /** ARN of a certificate-authority resource: arn:${Partition}:acm-pca:${Region}:${Account}:certificate-authority/${CertificateAuthorityId}. */
  certificateAuthority:
    "|,certificate-authority|arn:|Partition|:acm-pca:|Region|:|Account|:certificate-authority/|CertificateAuthorityId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["certificate-authority"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "acm-pca">;
/** Any acm-pca action. */
export type Action = ActionOf<typeof actionFacts, "acm-pca">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "acm-pca">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "acm-pca" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every acm-pca action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the arn of the certificate template used in Issue Certificate request. */
  "acm-pca:TemplateArn": "ARN";
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
  "acm-pca:TemplateArn":
    "|,ARN|0||Filters access by the arn of the certificate template used in Issue Certificate request",
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by the tags that are passed in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by the tags associated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the tag keys that are passed in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "acm-pca",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
