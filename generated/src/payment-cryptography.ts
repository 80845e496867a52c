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
export const prefix: "payment-cryptography" = "payment-cryptography";
/** The service's name in the reference. */
export const serviceName: "AWS Payment Cryptography" = "AWS Payment Cryptography";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Payment Cryptography",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awspaymentcryptography.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "payment-cryptography:CertificateAuthorityPublicKeyIdentifier",
  "payment-cryptography:ImportKeyMaterial",
  "payment-cryptography:KeyAlgorithm",
  "payment-cryptography:KeyClass",
  "payment-cryptography:KeyUsage",
  "payment-cryptography:RequestAlias",
  "payment-cryptography:ResourceAliases",
  "payment-cryptography:WrappingKeyIdentifier",
] as const;
const dependentActionList = ["mpa:CancelSession", "mpa:StartSession", "payment-cryptography:TagResource"] as const;
const actionFacts = {
  /** Grants permission to add replication regions to an existing AWS Payment Cryptography key. Access level: Write. Resources: alias*, key*. https://docs.aws.amazon.com/payment-cryptography/latest/APIReference/API_AddKeyReplicationRegions.html */
  AddKeyReplicationRegions: "W|||0;1;,2;1;|8||;",
  /** Grants permission to associate an MPA approval team with a payment cryptography action. Access level: Write. Resources: approval-team*. https://docs.aws.amazon.com/payment-cryptography/latest/APIReference/API_AssociateMpaTeam.html */
  AssociateMpaTeam: "W|||1;1;||0,mpa:GetApprovalTeam,1|;",
  /** Grants permission to create a user-friendly name for a Key. Access level: Write. Resources: alias*, key*. https://docs.aws.amazon.com/payment-cryptography/latest/APIReference/API_CreateAlias.html */
  CreateAlias: "W|||0;1;,2;1;|||;",
  /** Grants permission to create a unique customer managed key in the caller's AWS account and region. Access level: Write. https://docs.aws.amazon.com/payment-cryptography/latest/APIReference/API_CreateKey.html */
  CreateKey: "W||||0,2,5,6,7|2|;",
  /** Grants permission to decrypt ciphertext data to plaintext using symmetric, asymmetric or DUKPT data encryption key. Access level: Write. Resources: alias*, key*. https://docs.aws.amazon.com/payment-cryptography/latest/DataAPIReference/API_DecryptData.html */
  DecryptData: "W|||0;1;,2;1;|8||",
  /** Grants permission to delete the specified alias. Access level: Write. Resources: alias*. https://docs.aws.amazon.com/payment-cryptography/latest/APIReference/API_DeleteAlias.html */
  DeleteAlias: "W|||0;1;|0,2||;",
  /** Grants permission to schedule the deletion of a Key. Access level: Write. Resources: key*. https://docs.aws.amazon.com/payment-cryptography/latest/APIReference/API_DeleteKey.html */
  DeleteKey: "W|||2;1;|8|0|;",
  /** Grants permission to delete the resource-based policy attached to a key. Access level: Permissions management. Resources: key*. https://docs.aws.amazon.com/payment-cryptography/latest/APIReference/API_DeleteResourcePolicy.html */
  DeleteResourcePolicy: "P|||2;1;|||;",
  /** Grants permission to disable default key replication regions for account-level replication. Access level: Write. https://docs.aws.amazon.com/payment-cryptography/latest/APIReference/API_DisableDefaultKeyReplicationRegions.html */
  DisableDefaultKeyReplicationRegions: "W||||||;",
  /** Grants permission to disassociate an MPA approval team from a payment cryptography action. Access level: Write. Resources: approval-team*. https://docs.aws.amazon.com/payment-cryptography/latest/APIReference/API_DisassociateMpaTeam.html */
  DisassociateMpaTeam: "W|||1;1;||0,1|",
  /** Grants permission to enable default key replication regions for account-level replication. Access level: Write. https://docs.aws.amazon.com/payment-cryptography/latest/APIReference/API_EnableDefaultKeyReplicationRegions.html */
  EnableDefaultKeyReplicationRegions: "W||||||;",
  /** Grants permission to encrypt plaintext data to ciphertext using symmetric, asymmetric or DUKPT data encryption key. Access level: Write. Resources: alias*, key*. https://docs.aws.amazon.com/payment-cryptography/latest/DataAPIReference/API_EncryptData.html */
  EncryptData: "W|||0;1;,2;1;|8||",
  /** Grants permission to export a key from the service. Access level: Write. Resources: key*. https://docs.aws.amazon.com/payment-cryptography/latest/APIReference/API_ExportKey.html */
  ExportKey: "W|||2;1;|3,8,10||;",
  /** Grants permission to generate a KekValidationRequest or a KekValidationResponse for node-to-node initialization between payment processing nodes using Australian Standard 2805 (AS2805). Access level: Write. Resources: alias*, key*. https://docs.aws.amazon.com/payment-cryptography/latest/DataAPIReference/API_GenerateAs2805KekValidation.html */
  GenerateAs2805KekValidation: "W|||0;1;,2;1;|8||",
  /** Grants permission to generate card-related data using algorithms such as Card Verification Values (CVV/CVV2), Dynamic Card Verification Values (dCVV/dCVV2) or Card Security Codes (CSC) that check the validity of a magnetic stripe card. Access level: Write. Resources: alias*, key*. https://docs.aws.amazon.com/payment-cryptography/latest/DataAPIReference/API_GenerateCardValidationData.html */
  GenerateCardValidationData: "W|||0;1;,2;1;|8||",
  /** Grants permission to generate a MAC (Message Authentication Code) cryptogram. Access level: Write. Resources: alias*, key*. https://docs.aws.amazon.com/payment-cryptography/latest/DataAPIReference/API_GenerateMac.html */
  GenerateMac: "W|||0;1;,2;1;|8||",
  /** Grants permission to generate a MAC (Message Authentication Code) cryptogram. Access level: Write. Resources: alias*, key*. https://docs.aws.amazon.com/payment-cryptography/latest/DataAPIReference/API_GenerateMacEmvPinChange.html */
  GenerateMacEmvPinChange: "W|||0;1;,2;1;|8||",
  /** Grants permission to generate pin-related data such as PIN, PIN Verification Value (PVV), PIN Block and PIN Offset during new card issuance or card re-issuance. Access level: Write. Resources: alias*, key*. https://docs.aws.amazon.com/payment-cryptography/latest/DataAPIReference/API_GeneratePinData.html */
  GeneratePinData: "W|||0;1;,2;1;|8||",
  /** Grants permission to return the keyArn associated with an aliasName. Access level: Read. Resources: alias*, key*. https://docs.aws.amazon.com/payment-cryptography/latest/APIReference/API_GetAlias.html */
  GetAlias: "R|||0;1;,2;1;|0,2||;",
  /** Grants permission to return the Certificate Signing Request for a public key from a key of class PUBLIC_KEY. Access level: Read. Resources: alias*, key*. https://docs.aws.amazon.com/payment-cryptography/latest/APIReference/API_GetCertificateSigningRequest.html */
  GetCertificateSigningRequest: "R|||0;1;,2;1;|8||;",
  /** Grants permission to retrieve the default key replication regions configured at the account level. Access level: Read. https://docs.aws.amazon.com/payment-cryptography/latest/APIReference/API_GetDefaultKeyReplicationRegions.html */
  GetDefaultKeyReplicationRegions: "R||||||;",
  /** Grants permission to return the detailed information about the specified key. Access level: Read. Resources: key*. https://docs.aws.amazon.com/payment-cryptography/latest/APIReference/API_GetKey.html */
  GetKey: "R|||2;1;|8||;",
  /** Grants permission to retrieve information about an MPA approval team association for a payment cryptography action. Access level: Read. Resources: approval-team*. https://docs.aws.amazon.com/payment-cryptography/latest/APIReference/API_GetMpaTeamAssociation.html */
  GetMpaTeamAssociation: "R|||1;1;|||;",
  /** Grants permission to get the export token and the signing key certificate to initiate a TR-34 key export. Access level: Read. https://docs.aws.amazon.com/payment-cryptography/latest/APIReference/API_GetParametersForExport.html */
  GetParametersForExport: "R||||||;",
  /** Grants permission to get the import token and the wrapping key certificate to initiate a TR-34 key import. Access level: Read. https://docs.aws.amazon.com/payment-cryptography/latest/APIReference/API_GetParametersForImport.html */
  GetParametersForImport: "R||||||;",
  /** Grants permission to return the public key from a key of class PUBLIC_KEY. Access level: Read. Resources: key*. https://docs.aws.amazon.com/payment-cryptography/latest/APIReference/API_GetPublicKeyCertificate.html */
  GetPublicKeyCertificate: "R|||2;1;|8||;",
  /** Grants permission to retrieve the resource-based policy attached to a key. Access level: Read. Resources: key*. https://docs.aws.amazon.com/payment-cryptography/latest/APIReference/API_GetResourcePolicy.html */
  GetResourcePolicy: "R|||2;1;|||;",
  /** Grants permission to imports keys and public key certificates. Access level: Write. https://docs.aws.amazon.com/payment-cryptography/latest/APIReference/API_ImportKey.html */
  ImportKey: "W||||0,2,3,4,10|1,2|;",
  /** Grants permission to return a list of aliases created for all keys in the caller's AWS account and Region. Access level: List. https://docs.aws.amazon.com/payment-cryptography/latest/APIReference/API_ListAliases.html */
  ListAliases: "L||||||;",
  /** Grants permission to return a list of keys created in the caller's AWS account and Region. Access level: List. https://docs.aws.amazon.com/payment-cryptography/latest/APIReference/API_ListKeys.html */
  ListKeys: "L||||||;",
  /** Grants permission to return a list of tags created in the caller's AWS account and Region. Access level: Read. Resources: key. https://docs.aws.amazon.com/payment-cryptography/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||2;0;|||;",
  /** Grants permission to attach or replace a resource-based policy on a key. Access level: Permissions management. Resources: key*. https://docs.aws.amazon.com/payment-cryptography/latest/APIReference/API_PutResourcePolicy.html */
  PutResourcePolicy: "P|||2;1;|||;",
  /** Grants permission to re-encrypt ciphertext using DUKPT, Symmetric and Asymmetric Data Encryption Keys. Access level: Write. Resources: alias*, key*. https://docs.aws.amazon.com/payment-cryptography/latest/DataAPIReference/API_ReEncryptData.html */
  ReEncryptData: "W|||0;1;,2;1;|8||",
  /** Grants permission to remove replication regions from an existing AWS Payment Cryptography key. Access level: Write. Resources: alias*, key*. https://docs.aws.amazon.com/payment-cryptography/latest/APIReference/API_RemoveKeyReplicationRegions.html */
  RemoveKeyReplicationRegions: "W|||0;1;,2;1;|8||;",
  /** Grants permission to cancel a scheduled key deletion if at any point during the waiting period a Key needs to be revived. Access level: Write. Resources: key*. https://docs.aws.amazon.com/payment-cryptography/latest/APIReference/API_RestoreKey.html */
  RestoreKey: "W|||2;1;|8||;",
  /** Grants permission to enable a disabled Key. Access level: Write. Resources: key*. https://docs.aws.amazon.com/payment-cryptography/latest/APIReference/API_StartKeyUsage.html */
  StartKeyUsage: "W|||2;1;|8||;",
  /** Grants permission to disable an enabled Key. Access level: Write. Resources: key*. https://docs.aws.amazon.com/payment-cryptography/latest/APIReference/API_StopKeyUsage.html */
  StopKeyUsage: "W|||2;1;|8||;",
  /** Grants permission to add or overwrites one or more tags for the specified resource. Access level: Tagging. Resources: key*. https://docs.aws.amazon.com/payment-cryptography/latest/APIReference/API_TagResource.html */
  TagResource: "T|||2;1;|0,2||CreateKey,ImportKey,;",
  /** Grants permission to translate wrapping key type for a wrapped key. Access level: Write. Resources: alias*, key*. https://docs.aws.amazon.com/payment-cryptography/latest/DataAPIReference/API_TranslateKeyMaterial.html */
  TranslateKeyMaterial: "W|||0;1;,2;1;|8||",
  /** Grants permission to translate encrypted PIN block from and to ISO 9564 formats 0,1,3,4. Access level: Write. Resources: alias*, key*. https://docs.aws.amazon.com/payment-cryptography/latest/DataAPIReference/API_TranslatePinData.html */
  TranslatePinData: "W|||0;1;,2;1;|8||",
  /** Grants permission to remove the specified tag or tags from the specified resource. Access level: Tagging. Resources: key*. https://docs.aws.amazon.com/payment-cryptography/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||2;1;|2||;",
  /** Grants permission to change the key to which an alias is assigned, or unassign it from its current key. Access level: Write. Resources: alias*, key*. https://docs.aws.amazon.com/payment-cryptography/latest/APIReference/API_UpdateAlias.html */
  UpdateAlias: "W|||0;1;,2;1;|0,2||;",
  /** Grants permission to verify Authorization Request Cryptogram (ARQC) for a EMV chip payment card authorization. Access level: Write. Resources: alias*, key*. https://docs.aws.amazon.com/payment-cryptography/latest/DataAPIReference/API_VerifyAuthRequestCryptogram.html */
  VerifyAuthRequestCryptogram: "W|||0;1;,2;1;|8||",
  /** Grants permission to verify card-related validation data using algorithms such as Card Verification Values (CVV/CVV2), Dynamic Card Verification Values (dCVV/dCVV2) and Card Security Codes (CSC). Access level: Write. Resources: alias*, key*. https://docs.aws.amazon.com/payment-cryptography/latest/DataAPIReference/API_VerifyCardValidationData.html */
  VerifyCardValidationData: "W|||0;1;,2;1;|8||",
  /** Grants permission to verify MAC (Message Authentication Code) of input data against a provided MAC. Access level: Write. Resources: alias*, key*. https://docs.aws.amazon.com/payment-cryptography/latest/DataAPIReference/API_VerifyMac.html */
  VerifyMac: "W|||0;1;,2;1;|8||",
  /** Grants permission to verify pin-related data such as PIN and PIN Offset using algorithms including VISA PVV and IBM3624. Access level: Write. Resources: alias*, key*. https://docs.aws.amazon.com/payment-cryptography/latest/DataAPIReference/API_VerifyPinData.html */
  VerifyPinData: "W|||0;1;,2;1;|8||",
} as const;
const actionDetails = {
  AddKeyReplicationRegions:
    "|,;~~~|Grants permission to add replication regions to an existing AWS Payment Cryptography key",
  AssociateMpaTeam: "|,;~~~|Grants permission to associate an MPA approval team with a payment cryptography action",
  CreateAlias: "|,;~~~|Grants permission to create a user-friendly name for a Key",
  CreateKey: "|,;~~~|Grants permission to create a unique customer managed key in the caller's AWS account and region",
  DecryptData:
    "|,;~|Grants permission to decrypt ciphertext data to plaintext using symmetric, asymmetric or DUKPT data encryption key",
  DeleteAlias: "|,;~~~|Grants permission to delete the specified alias",
  DeleteKey: "|,;~~~|Grants permission to schedule the deletion of a Key",
  DeleteResourcePolicy: "|,;~~~|Grants permission to delete the resource-based policy attached to a key",
  DisableDefaultKeyReplicationRegions:
    "|,;~~~|Grants permission to disable default key replication regions for account-level replication",
  DisassociateMpaTeam: "|,;~|Grants permission to disassociate an MPA approval team from a payment cryptography action",
  EnableDefaultKeyReplicationRegions:
    "|,;~~~|Grants permission to enable default key replication regions for account-level replication",
  EncryptData:
    "|,;~|Grants permission to encrypt plaintext data to ciphertext using symmetric, asymmetric or DUKPT data encryption key",
  ExportKey: "|,;~~~|Grants permission to export a key from the service",
  GenerateAs2805KekValidation:
    "|,;~|Grants permission to generate a KekValidationRequest or a KekValidationResponse for node-to-node initialization between payment processing nodes using Australian Standard 2805 (AS2805)",
  GenerateCardValidationData:
    "|,;~|Grants permission to generate card-related data using algorithms such as Card Verification Values (CVV/CVV2), Dynamic Card Verification Values (dCVV/dCVV2) or Card Security Codes (CSC) that check the validity of a magnetic stripe card",
  GenerateMac: "|,;~|Grants permission to generate a MAC (Message Authentication Code) cryptogram",
  GenerateMacEmvPinChange: "|,;~|Grants permission to generate a MAC (Message Authentication Code) cryptogram",
  GeneratePinData:
    "|,;~|Grants permission to generate pin-related data such as PIN, PIN Verification Value (PVV), PIN Block and PIN Offset during new card issuance or card re-issuance",
  GetAlias: "|,;~~~|Grants permission to return the keyArn associated with an aliasName",
  GetCertificateSigningRequest:
    "|,;~~~|Grants permission to return the Certificate Signing Request for a public key from a key of class PUBLIC_KEY",
  GetDefaultKeyReplicationRegions:
    "|,;~~~|Grants permission to retrieve the default key replication regions configured at the account level",
  GetKey: "|,;~~~|Grants permission to return the detailed information about the specified key",
  GetMpaTeamAssociation:
    "|,;~~~|Grants permission to retrieve information about an MPA approval team association for a payment cryptography action",
  GetParametersForExport:
    "|,;~~~|Grants permission to get the export token and the signing key certificate to initiate a TR-34 key export",
  GetParametersForImport:
    "|,;~~~|Grants permission to get the import token and the wrapping key certificate to initiate a TR-34 key import",
  GetPublicKeyCertificate: "|,;~~~|Grants permission to return the public key from a key of class PUBLIC_KEY",
  GetResourcePolicy: "|,;~~~|Grants permission to retrieve the resource-based policy attached to a key",
  ImportKey: "|,;~~~|Grants permission to imports keys and public key certificates",
  ListAliases:
    "|,;~~~|Grants permission to return a list of aliases created for all keys in the caller's AWS account and Region",
  ListKeys: "|,;~~~|Grants permission to return a list of keys created in the caller's AWS account and Region",
  ListTagsForResource:
    "|,;~~~|Grants permission to return a list of tags created in the caller's AWS account and Region",
  PutResourcePolicy: "|,;~~~|Grants permission to attach or replace a resource-based policy on a key",
  ReEncryptData:
    "|,;~|Grants permission to re-encrypt ciphertext using DUKPT, Symmetric and Asymmetric Data Encryption Keys",
  RemoveKeyReplicationRegions:
    "|,;~~~|Grants permission to remove replication regions from an existing AWS Payment Cryptography key",
  RestoreKey:
    "|,;~~~|Grants permission to cancel a scheduled key deletion if at any point during the waiting period a Key needs to be revived",
  StartKeyUsage: "|,;~~~|Grants permission to enable a disabled Key",
  StopKeyUsage: "|,;~~~|Grants permission to disable an enabled Key",
  TagResource: "|,;~~~,~~,~~|Grants permission to add or overwrites one or more tags for the specified resource",
  TranslateKeyMaterial: "|,;~|Grants permission to translate wrapping key type for a wrapped key",
  TranslatePinData: "|,;~|Grants permission to translate encrypted PIN block from and to ISO 9564 formats 0,1,3,4",
  UntagResource: "|,;~~~|Grants permission to remove the specified tag or tags from the specified resource",
  UpdateAlias:
    "|,;~~~|Grants permission to change the key to which an alias is assigned, or unassign it from its current key",
  VerifyAuthRequestCryptogram:
    "|,;~|Grants permission to verify Authorization Request Cryptogram (ARQC) for a EMV chip payment card authorization",
  VerifyCardValidationData:
    "|,;~|Grants permission to verify card-related validation data using algorithms such as Card Verification Values (CVV/CVV2), Dynamic Card Verification Values (dCVV/dCVV2) and Card Security Codes (CSC)",
  VerifyMac: "|,;~|Grants permission to verify MAC (Message Authentication Code) of input data against a provided MAC",
  VerifyPinData:
    "|,;~|Grants permission to verify pin-related data such as PIN and PIN Offset using algorithms including VISA PVV and IBM3624",
};
const resourceTypeFacts = {
  /** The alias resource type: arn:${Partition}:payment-cryptography:${Region}:${Account}:alias/${Alias} */
  alias: "|,|9",
  /** The approval-team resource type: arn:${Partition}:mpa:${Region}:${Account}:approval-team/${ApprovalTeamId} */
  "approval-team": "|,approvalTeam|1",
  /** The key resource type: arn:${Partition}:payment-cryptography:${Region}:${Account}:key/${KeyId} */
  key: "|,|1,9",
} as const;
const arnFormats = {
  /** ARN of a alias resource: arn:${Partition}:payment-cryptography:${Region}:${Account}:alias/${Alias}. */
  alias: "|,alias|arn:|Partition|:payment-cryptography:|Region|:|Account|:alias/|Alias|",
  /** ARN of a approval-team resource: arn:${Partition}:mpa:${Region}:${Account}:approval-team/${ApprovalTeamId}. */
  approvalTeam: "|,approval-team|arn:|Partition|:mpa:|Region|:|Account|:approval-team/|ApprovalTeamId|",
  /** ARN of a key resource: arn:${Partition}:payment-cryptography:${Region}:${Account}:key/${KeyId}. */
  key: "|,key|arn:|Partition|:payment-cryptography:|Region|:|Account|:key/|KeyId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["alias", "approval-team", "key"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "payment-cryptography">;
/** Any payment-cryptography action. */
export type Action = ActionOf<typeof actionFacts, "payment-cryptography">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "payment-cryptography">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "payment-cryptography" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every payment-cryptography action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by both the key and value of the tag in the request for the specified operation. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by tags assigned to a key for the specified operation. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the tag keys in the request for the specified operation. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access by the CertificateAuthorityPublicKeyIdentifier specified in the request or the ImportKey, and ExportKey operations. */
  "payment-cryptography:CertificateAuthorityPublicKeyIdentifier": "String";
  /** Filters access by the type of key material being imported [RootCertificatePublicKey, TrustedCertificatePublicKey, Tr34KeyBlock, Tr31KeyBlock, DiffieHellmanTr31KeyBlock, As2805KeyCryptogram, KeyCryptogram] for the ImportKey operation. */
  "payment-cryptography:ImportKeyMaterial": "String";
  /** Filters access by KeyAlgorithm specified in the request for the CreateKey operation. */
  "payment-cryptography:KeyAlgorithm": "String";
  /** Filters access by KeyClass specified in the request for the CreateKey operation. */
  "payment-cryptography:KeyClass": "String";
  /** Filters access by KeyClass specified in the request or associated with a key for the CreateKey operation. */
  "payment-cryptography:KeyUsage": "String";
  /** Filters access by aliases in the request for the specified operation. */
  "payment-cryptography:RequestAlias": "String";
  /** Filters access by aliases associated with a key for the specified operation. */
  "payment-cryptography:ResourceAliases": "ArrayOfString";
  /** Filters access by the WrappingKeyIdentifier specified in the request for the ImportKey, and ExportKey operations. */
  "payment-cryptography:WrappingKeyIdentifier": "String";
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
    "|,String|0||Filters access by both the key and value of the tag in the request for the specified operation",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by tags assigned to a key for the specified operation",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the tag keys in the request for the specified operation",
  "payment-cryptography:CertificateAuthorityPublicKeyIdentifier":
    "|,String|0||Filters access by the CertificateAuthorityPublicKeyIdentifier specified in the request or the ImportKey, and ExportKey operations",
  "payment-cryptography:ImportKeyMaterial":
    "|,String|0||Filters access by the type of key material being imported [RootCertificatePublicKey, TrustedCertificatePublicKey, Tr34KeyBlock, Tr31KeyBlock, DiffieHellmanTr31KeyBlock, As2805KeyCryptogram, KeyCryptogram] for the ImportKey operation",
  "payment-cryptography:KeyAlgorithm":
    "|,String|0||Filters access by KeyAlgorithm specified in the request for the CreateKey operation",
  "payment-cryptography:KeyClass":
    "|,String|0||Filters access by KeyClass specified in the request for the CreateKey operation",
  "payment-cryptography:KeyUsage":
    "|,String|0||Filters access by KeyClass specified in the request or associated with a key for the CreateKey operation",
  "payment-cryptography:RequestAlias":
    "|,String|0||Filters access by aliases in the request for the specified operation",
  "payment-cryptography:ResourceAliases":
    "|,ArrayOfString|0||Filters access by aliases associated with a key for the specified operation",
  "payment-cryptography:WrappingKeyIdentifier":
    "|,String|0||Filters access by the WrappingKeyIdentifier specified in the request for the ImportKey, and ExportKey operations",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "payment-cryptography",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
