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
export const prefix: "acm" = "acm";
/** The service's name in the reference. */
export const serviceName: "AWS Certificate Manager" = "AWS Certificate Manager";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Certificate Manager",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awscertificatemanager.html",
  },
];
const conditionKeyList = [
  "acm:CertificateAuthority",
  "acm:CertificateTransparencyLogging",
  "acm:DomainNames",
  "acm:Export",
  "acm:KeyAlgorithm",
  "acm:ValidationMethod",
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
] as const;
const dependentActionList = ["acm:AddTagsToCertificate"] as const;
const actionFacts = {
  /** Grants permission to add one or more tags to a certificate. Access level: Tagging. Resources: certificate*. https://docs.aws.amazon.com/acm/latest/APIReference/API_AddTagsToCertificate.html */
  AddTagsToCertificate: "T|||0;1;|6,8||;,ImportCertificate,RequestCertificate",
  /** Grants permission to delete a certificate and its associated private key. Access level: Write. Resources: certificate*. https://docs.aws.amazon.com/acm/latest/APIReference/API_DeleteCertificate.html */
  DeleteCertificate: "W|||0;1;|||;",
  /** Grants permission to retreive a certificates and its metadata. Access level: Read. Resources: certificate*. https://docs.aws.amazon.com/acm/latest/APIReference/API_DescribeCertificate.html */
  DescribeCertificate: "R|||0;1;|||;",
  /** Grants permission to export an exportable certificate for use anywhere. Access level: Read. Resources: certificate*. https://docs.aws.amazon.com/acm/latest/APIReference/API_ExportCertificate.html */
  ExportCertificate: "R|||0;1;|2||;",
  /** Grants permission to retrieve account level configuration from AWS Certificate Manager. Access level: Read. https://docs.aws.amazon.com/acm/latest/APIReference/API_GetAccountConfiguration.html */
  GetAccountConfiguration: "R||||||;",
  /** Grants permission to retrieve a certificate and certificate chain for a certificate ARN. Access level: Read. Resources: certificate*. https://docs.aws.amazon.com/acm/latest/APIReference/API_GetCertificate.html */
  GetCertificate: "R|||0;1;|||;",
  /** Grants permission to import a 3rd party certificate into AWS Certificate Manager (ACM). Access level: Write. Resources: certificate*. https://docs.aws.amazon.com/acm/latest/APIReference/API_ImportCertificate.html */
  ImportCertificate: "W|||0;1;|6,8|0|;",
  /** Grants permission to retrieve a list of certificates for specific certificate parameters. Access level: List. https://docs.aws.amazon.com/acm/latest/APIReference/API_ListCertificates.html */
  ListCertificates: "L||||||;",
  /** Grants permission to lists the tags that have been associated with a certificate. Access level: Read. Resources: certificate*. https://docs.aws.amazon.com/acm/latest/APIReference/API_ListTagsForCertificate.html */
  ListTagsForCertificate: "R|||0;1;|||;",
  /** Grants permission to update account level configuration in AWS Certificate Manager. Access level: Write. https://docs.aws.amazon.com/acm/latest/APIReference/API_PutAccountConfiguration.html */
  PutAccountConfiguration: "W||||||;",
  /** Grants permission to remove one or more tags from a certificate. Access level: Tagging. Resources: certificate*. https://docs.aws.amazon.com/acm/latest/APIReference/API_RemoveTagsFromCertificate.html */
  RemoveTagsFromCertificate: "T|||0;1;|6,8||;",
  /** Grants permission to renew an eligible private certificate. Access level: Write. Resources: certificate*. https://docs.aws.amazon.com/acm/latest/APIReference/API_RenewCertificate.html */
  RenewCertificate: "W|||0;1;|||;",
  /** Grants permission to requests a public or private certificate. Access level: Write. https://docs.aws.amazon.com/acm/latest/APIReference/API_RequestCertificate.html */
  RequestCertificate: "W||||0,1,2,3,4,5,6,8|0|;",
  /** Grants permission to resend an email to request domain ownership validation. Access level: Write. Resources: certificate*. https://docs.aws.amazon.com/acm/latest/APIReference/API_ResendValidationEmail.html */
  ResendValidationEmail: "W|||0;1;|||;",
  /** Grants permission to revoke an exportable certificate. Access level: Write. Resources: certificate*. https://docs.aws.amazon.com/acm/latest/APIReference/API_RevokeCertificate.html */
  RevokeCertificate: "W|||0;1;|2||;",
  /** Grants permission to retrieve a list of certificates matching search criteria. Access level: List. https://docs.aws.amazon.com/acm/latest/APIReference/API_SearchCertificates.html */
  SearchCertificates: "L||||||;",
  /** Grants permission to update a certificate configuration. Use this to specify whether to opt in to or out of certificate transparency logging. Access level: Write. Resources: certificate*. https://docs.aws.amazon.com/acm/latest/APIReference/API_UpdateCertificateOptions.html */
  UpdateCertificateOptions: "W|||0;1;|||;",
} as const;
const actionDetails = {
  AddTagsToCertificate: "|,;~~~,~~,~~|Grants permission to add one or more tags to a certificate",
  DeleteCertificate: "|,;~~~|Grants permission to delete a certificate and its associated private key",
  DescribeCertificate: "|,;~~~|Grants permission to retreive a certificates and its metadata",
  ExportCertificate: "|,;~~~|Grants permission to export an exportable certificate for use anywhere",
  GetAccountConfiguration:
    "|,;~~~|Grants permission to retrieve account level configuration from AWS Certificate Manager",
  GetCertificate: "|,;~~~|Grants permission to retrieve a certificate and certificate chain for a certificate ARN",
  ImportCertificate: "|,;~~~|Grants permission to import a 3rd party certificate into AWS Certificate Manager (ACM)",
  ListCertificates: "|,;~~~|Grants permission to retrieve a list of certificates for specific certificate parameters",
  ListTagsForCertificate: "|,;~~~|Grants permission to lists the tags that have been associated with a certificate",
  PutAccountConfiguration: "|,;~~~|Grants permission to update account level configuration in AWS Certificate Manager",
  RemoveTagsFromCertificate: "|,;~~~|Grants permission to remove one or more tags from a certificate",
  RenewCertificate: "|,;~~~|Grants permission to renew an eligible private certificate",
  RequestCertificate: "|,;~~~|Grants permission to requests a public or private certificate",
  ResendValidationEmail: "|,;~~~|Grants permission to resend an email to request domain ownership validation",
  RevokeCertificate: "|,;~~~|Grants permission to revoke an exportable certificate",
  SearchCertificates: "|,;~~~|Grants permission to retrieve a list of certificates matching search criteria",
  UpdateCertificateOptions:
    "|,;~~~|Grants permission to update a certificate configuration. Use this to specify whether to opt in to or out of certificate transparency logging",
};
const resourceTypeFacts = {
  /** The certificate resource type: arn:${Partition}:acm:${Region}:${Account}:certificate/${CertificateId} */
  certificate: "|,|7",
} as const;
const arnFormats = {
  /** ARN of a certificate resource: arn:${Partition}:acm:${Region}:${Account}:certificate/${CertificateId}. */
  certificate: "|,certificate|arn:|Partition|:acm:|Region|:|Account|:certificate/|CertificateId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["certificate"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "acm">;
/** Any acm action. */
export type Action = ActionOf<typeof actionFacts, "acm">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "acm">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "acm" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every acm action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the presence of tag key-value pairs in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by tag key-value pairs attached to the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by certificateAuthority in the request. Can be used to restrict which Certificate Authorites certificates can be issued from. */
  "acm:CertificateAuthority": "String";
  /** Filters access by certificateTransparencyLogging option in the request. Default 'ENABLED' if no key is present in the request. */
  "acm:CertificateTransparencyLogging": "String";
  /** Filters access by domainNames in the request. This key can be used to restrict which domains can be in certificate requests. */
  "acm:DomainNames": "ArrayOfString";
  /** Filters access by the export option in the request. Can be used to restrict creation of certificates that can be exported. */
  "acm:Export": "String";
  /** Filters access by keyAlgorithm in the request. */
  "acm:KeyAlgorithm": "String";
  /** Filters access by validationMethod in the request. Default 'EMAIL' if no key is present in the request. */
  "acm:ValidationMethod": "String";
  /** Filters access by the presence of tag keys in the request. */
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
  "acm:CertificateAuthority":
    "|,String|0||Filters access by certificateAuthority in the request. Can be used to restrict which Certificate Authorites certificates can be issued from",
  "acm:CertificateTransparencyLogging":
    "|,String|0||Filters access by certificateTransparencyLogging option in the request. Default 'ENABLED' if no key is present in the request",
  "acm:DomainNames":
    "|,ArrayOfString|0||Filters access by domainNames in the request. This key can be used to restrict which domains can be in certificate requests",
  "acm:Export":
    "|,String|0||Filters access by the export option in the request. Can be used to restrict creation of certificates that can be exported",
  "acm:KeyAlgorithm": "|,String|0||Filters access by keyAlgorithm in the request",
  "acm:ValidationMethod":
    "|,String|0||Filters access by validationMethod in the request. Default 'EMAIL' if no key is present in the request",
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by the presence of tag key-value pairs in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by tag key-value pairs attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the presence of tag keys in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "acm",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
