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
export const prefix: "kms" = "kms";
/** The service's name in the reference. */
export const serviceName: "AWS Key Management Service" = "AWS Key Management Service";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Key Management Service",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awskeymanagementservice.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "kms:BypassPolicyLockoutSafetyCheck",
  "kms:CallerAccount",
  "kms:CustomerMasterKeySpec",
  "kms:CustomerMasterKeyUsage",
  "kms:DataKeyPairSpec",
  "kms:EncryptionAlgorithm",
  "kms:EncryptionContext:${EncryptionContextKey}",
  "kms:EncryptionContextKeys",
  "kms:ExpirationModel",
  "kms:GrantConstraintSourceArn",
  "kms:GrantConstraintType",
  "kms:GrantIsForAWSResource",
  "kms:GrantOperations",
  "kms:GranteePrincipal",
  "kms:GranteeServicePrincipal",
  "kms:KeyAgreementAlgorithm",
  "kms:KeyOrigin",
  "kms:KeySpec",
  "kms:KeyUsage",
  "kms:MacAlgorithm",
  "kms:MessageType",
  "kms:MultiRegion",
  "kms:MultiRegionKeyType",
  "kms:PrimaryRegion",
  "kms:ReEncryptOnSameKey",
  "kms:RecipientAttestation:ImageSha384",
  "kms:RecipientAttestation:NitroTPMPCR0",
  "kms:RecipientAttestation:NitroTPMPCR1",
  "kms:RecipientAttestation:NitroTPMPCR10",
  "kms:RecipientAttestation:NitroTPMPCR11",
  "kms:RecipientAttestation:NitroTPMPCR12",
  "kms:RecipientAttestation:NitroTPMPCR13",
  "kms:RecipientAttestation:NitroTPMPCR14",
  "kms:RecipientAttestation:NitroTPMPCR15",
  "kms:RecipientAttestation:NitroTPMPCR16",
  "kms:RecipientAttestation:NitroTPMPCR17",
  "kms:RecipientAttestation:NitroTPMPCR18",
  "kms:RecipientAttestation:NitroTPMPCR19",
  "kms:RecipientAttestation:NitroTPMPCR2",
  "kms:RecipientAttestation:NitroTPMPCR20",
  "kms:RecipientAttestation:NitroTPMPCR21",
  "kms:RecipientAttestation:NitroTPMPCR22",
  "kms:RecipientAttestation:NitroTPMPCR23",
  "kms:RecipientAttestation:NitroTPMPCR3",
  "kms:RecipientAttestation:NitroTPMPCR4",
  "kms:RecipientAttestation:NitroTPMPCR5",
  "kms:RecipientAttestation:NitroTPMPCR6",
  "kms:RecipientAttestation:NitroTPMPCR7",
  "kms:RecipientAttestation:NitroTPMPCR8",
  "kms:RecipientAttestation:NitroTPMPCR9",
  "kms:RecipientAttestation:PCR0",
  "kms:RecipientAttestation:PCR1",
  "kms:RecipientAttestation:PCR10",
  "kms:RecipientAttestation:PCR11",
  "kms:RecipientAttestation:PCR12",
  "kms:RecipientAttestation:PCR13",
  "kms:RecipientAttestation:PCR14",
  "kms:RecipientAttestation:PCR15",
  "kms:RecipientAttestation:PCR16",
  "kms:RecipientAttestation:PCR17",
  "kms:RecipientAttestation:PCR18",
  "kms:RecipientAttestation:PCR19",
  "kms:RecipientAttestation:PCR2",
  "kms:RecipientAttestation:PCR20",
  "kms:RecipientAttestation:PCR21",
  "kms:RecipientAttestation:PCR22",
  "kms:RecipientAttestation:PCR23",
  "kms:RecipientAttestation:PCR24",
  "kms:RecipientAttestation:PCR25",
  "kms:RecipientAttestation:PCR26",
  "kms:RecipientAttestation:PCR27",
  "kms:RecipientAttestation:PCR28",
  "kms:RecipientAttestation:PCR29",
  "kms:RecipientAttestation:PCR3",
  "kms:RecipientAttestation:PCR30",
  "kms:RecipientAttestation:PCR31",
  "kms:RecipientAttestation:PCR4",
  "kms:RecipientAttestation:PCR5",
  "kms:RecipientAttestation:PCR6",
  "kms:RecipientAttestation:PCR7",
  "kms:RecipientAttestation:PCR8",
  "kms:RecipientAttestation:PCR9",
  "kms:ReplicaRegion",
  "kms:RequestAlias",
  "kms:ResourceAliases",
  "kms:RetiringPrincipal",
  "kms:RetiringServicePrincipal",
  "kms:RotationPeriodInDays",
  "kms:ScheduleKeyDeletionPendingWindowInDays",
  "kms:SigningAlgorithm",
  "kms:TrailingDaysWithoutKeyUsage",
  "kms:ValidTo",
  "kms:ViaService",
  "kms:WrappingAlgorithm",
  "kms:WrappingKeySpec",
] as const;
const dependentActionList = [
  "ec2:DescribeVpcEndpointServices",
  "iam:CreateServiceLinkedRole",
  "kms:PutKeyPolicy",
  "kms:TagResource",
] as const;
const actionFacts = {
  /** Controls permission to cancel the scheduled deletion of an AWS KMS key. Access level: Write. Resources: key*. https://docs.aws.amazon.com/kms/latest/APIReference/API_CancelKeyDeletion.html */
  CancelKeyDeletion: "W|||1;1;|4,95||;",
  /** Controls permission to connect or reconnect a custom key store to its associated AWS CloudHSM cluster or external key manager outside of AWS. Access level: Write. https://docs.aws.amazon.com/kms/latest/APIReference/API_ConnectCustomKeyStore.html */
  ConnectCustomKeyStore: "W||||4||;",
  /** Controls permission to create an alias for an AWS KMS key. Aliases are optional friendly names that you can associate with KMS keys. Access level: Write. Resources: alias*, key*. https://docs.aws.amazon.com/kms/latest/APIReference/API_CreateAlias.html */
  CreateAlias: "W|||0;1;,1;1;|4,95||;",
  /** Controls permission to create a custom key store that is backed by an AWS CloudHSM cluster or an external key manager outside of AWS. Access level: Write. https://docs.aws.amazon.com/kms/latest/APIReference/API_CreateCustomKeyStore.html */
  CreateCustomKeyStore: "W||||4|cloudhsm:DescribeClusters,0,1|;",
  /** Controls permission to add a grant to an AWS KMS key. You can use grants to add permissions without changing the key policy or IAM policy. Access level: Permissions management. Resources: key*. https://docs.aws.amazon.com/kms/latest/APIReference/API_CreateGrant.html */
  CreateGrant: "P|||1;1;|4,9,10,12,13,14,15,16,17,88,89,95||;",
  /** Controls permission to create an AWS KMS key that can be used to protect data keys and other sensitive information. Access level: Write. https://docs.aws.amazon.com/kms/latest/APIReference/API_CreateKey.html */
  CreateKey: "W||||0,1,2,3,4,19,20,21,24,25,95|1,2,3|;",
  /** Controls permission to decrypt ciphertext that was encrypted under an AWS KMS key. Access level: Write. Resources: key*. https://docs.aws.amazon.com/kms/latest/APIReference/API_Decrypt.html */
  Decrypt:
    "W|||1;1;|4,8,9,10,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,86,95||;",
  /** Controls permission to delete an alias. Aliases are optional friendly names that you can associate with AWS KMS keys. Access level: Write. Resources: alias*, key*. https://docs.aws.amazon.com/kms/latest/APIReference/API_DeleteAlias.html */
  DeleteAlias: "W|||0;1;,1;1;|4,95||;",
  /** Controls permission to delete a custom key store. Access level: Write. https://docs.aws.amazon.com/kms/latest/APIReference/API_DeleteCustomKeyStore.html */
  DeleteCustomKeyStore: "W||||4||;",
  /** Controls permission to delete cryptographic material that you imported into an AWS KMS key. This action makes the key unusable. Access level: Write. Resources: key*. https://docs.aws.amazon.com/kms/latest/APIReference/API_DeleteImportedKeyMaterial.html */
  DeleteImportedKeyMaterial: "W|||1;1;|4,95||;",
  /** Controls permission to use the specified AWS KMS key to derive shared secrets. Access level: Write. Resources: key*. https://docs.aws.amazon.com/kms/latest/APIReference/API_DeriveSharedSecret.html */
  DeriveSharedSecret:
    "W|||1;1;|4,18,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,86,95||;",
  /** Controls permission to view detailed information about custom key stores in the account and region. Access level: Read. https://docs.aws.amazon.com/kms/latest/APIReference/API_DescribeCustomKeyStores.html */
  DescribeCustomKeyStores: "R||||4||;",
  /** Controls permission to view detailed information about an AWS KMS key. Access level: Read. Resources: key*. https://docs.aws.amazon.com/kms/latest/APIReference/API_DescribeKey.html */
  DescribeKey: "R|||1;1;|4,86,95||;",
  /** Controls permission to disable an AWS KMS key, which prevents it from being used in cryptographic operations. Access level: Write. Resources: key*. https://docs.aws.amazon.com/kms/latest/APIReference/API_DisableKey.html */
  DisableKey: "W|||1;1;|4,93,95||;",
  /** Controls permission to disable automatic rotation of a customer managed AWS KMS key. Access level: Write. Resources: key*. https://docs.aws.amazon.com/kms/latest/APIReference/API_DisableKeyRotation.html */
  DisableKeyRotation: "W|||1;1;|4,95||;",
  /** Controls permission to disconnect the custom key store from its associated AWS CloudHSM cluster or external key manager outside of AWS. Access level: Write. https://docs.aws.amazon.com/kms/latest/APIReference/API_DisconnectCustomKeyStore.html */
  DisconnectCustomKeyStore: "W||||4||;",
  /** Controls permission to change the state of an AWS KMS key to enabled. This allows the KMS key to be used in cryptographic operations. Access level: Write. Resources: key*. https://docs.aws.amazon.com/kms/latest/APIReference/API_EnableKey.html */
  EnableKey: "W|||1;1;|4,95||;",
  /** Controls permission to enable automatic rotation of the cryptographic material in an AWS KMS key. Access level: Write. Resources: key*. https://docs.aws.amazon.com/kms/latest/APIReference/API_EnableKeyRotation.html */
  EnableKeyRotation: "W|||1;1;|4,90,95||;",
  /** Controls permission to use the specified AWS KMS key to encrypt data and data keys. Access level: Write. Resources: key*. https://docs.aws.amazon.com/kms/latest/APIReference/API_Encrypt.html */
  Encrypt: "W|||1;1;|4,8,9,10,86,95||;",
  /** Controls permission to use the AWS KMS key to generate data keys. You can use the data keys to encrypt data outside of AWS KMS. Access level: Write. Resources: key*. https://docs.aws.amazon.com/kms/latest/APIReference/API_GenerateDataKey.html */
  GenerateDataKey:
    "W|||1;1;|4,8,9,10,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,86,95||;",
  /** Controls permission to use the AWS KMS key to generate data key pairs. Access level: Write. Resources: key*. https://docs.aws.amazon.com/kms/latest/APIReference/API_GenerateDataKeyPair.html */
  GenerateDataKeyPair:
    "W|||1;1;|4,7,8,9,10,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,86,95||;",
  /** Controls permission to use the AWS KMS key to generate data key pairs. Unlike the GenerateDataKeyPair operation, this operation returns an encrypted private key without a plaintext copy. Access level: Write. Resources: key*. https://docs.aws.amazon.com/kms/latest/APIReference/API_GenerateDataKeyPairWithoutPlaintext.html */
  GenerateDataKeyPairWithoutPlaintext: "W|||1;1;|4,7,8,9,10,86,95||;",
  /** Controls permission to use the AWS KMS key to generate a data key. Unlike the GenerateDataKey operation, this operation returns an encrypted data key without a plaintext version of the data key. Access level: Write. Resources: key*. https://docs.aws.amazon.com/kms/latest/APIReference/API_GenerateDataKeyWithoutPlaintext.html */
  GenerateDataKeyWithoutPlaintext: "W|||1;1;|4,8,9,10,86,95||;",
  /** Controls permission to use the AWS KMS key to generate message authentication codes. Access level: Write. Resources: key*. https://docs.aws.amazon.com/kms/latest/APIReference/API_GenerateMac.html */
  GenerateMac: "W|||1;1;|4,22,86,95||;",
  /** Controls permission to get a cryptographically secure random byte string from AWS KMS. Access level: Write. https://docs.aws.amazon.com/kms/latest/APIReference/API_GenerateRandom.html */
  GenerateRandom:
    "W||||28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84||;",
  /** Controls permission to view the last usage of an AWS KMS key. Access level: Read. Resources: key*. https://docs.aws.amazon.com/kms/latest/APIReference/API_GetKeyLastUsage.html */
  GetKeyLastUsage: "R|||1;1;|4,95||;",
  /** Controls permission to view the key policy for the specified AWS KMS key. Access level: Read. Resources: key*. https://docs.aws.amazon.com/kms/latest/APIReference/API_GetKeyPolicy.html */
  GetKeyPolicy: "R|||1;1;|4,95||;",
  /** Controls permission to view the key rotation status for an AWS KMS key. Access level: Read. Resources: key*. https://docs.aws.amazon.com/kms/latest/APIReference/API_GetKeyRotationStatus.html */
  GetKeyRotationStatus: "R|||1;1;|4,95||;",
  /** Controls permission to get data that is required to import cryptographic material into a customer managed key, including a public key and import token. Access level: Read. Resources: key*. https://docs.aws.amazon.com/kms/latest/APIReference/API_GetParametersForImport.html */
  GetParametersForImport: "R|||1;1;|4,95,96,97||;",
  /** Controls permission to download the public key of an asymmetric AWS KMS key. Access level: Read. Resources: key*. https://docs.aws.amazon.com/kms/latest/APIReference/API_GetPublicKey.html */
  GetPublicKey: "R|||1;1;|4,86,95||;",
  /** Controls permission to import cryptographic material into an AWS KMS key. Access level: Write. Resources: key*. https://docs.aws.amazon.com/kms/latest/APIReference/API_ImportKeyMaterial.html */
  ImportKeyMaterial: "W|||1;1;|4,11,94,95||;",
  /** Controls permission to view the aliases that are defined in the account. Aliases are optional friendly names that you can associate with AWS KMS keys. Access level: List. https://docs.aws.amazon.com/kms/latest/APIReference/API_ListAliases.html */
  ListAliases: "L||||||;",
  /** Controls permission to view all grants for an AWS KMS key. Access level: List. Resources: key*. https://docs.aws.amazon.com/kms/latest/APIReference/API_ListGrants.html */
  ListGrants: "L|||1;1;|4,14,95||;",
  /** Controls permission to view the names of key policies for an AWS KMS key. Access level: List. Resources: key*. https://docs.aws.amazon.com/kms/latest/APIReference/API_ListKeyPolicies.html */
  ListKeyPolicies: "L|||1;1;|4,95||;",
  /** Controls permission to view the list of key materials for an AWS KMS key. Access level: List. Resources: key*. https://docs.aws.amazon.com/kms/latest/APIReference/API_ListKeyRotations.html */
  ListKeyRotations: "L|||1;1;|4,95||;",
  /** Controls permission to view the key ID and Amazon Resource Name (ARN) of all AWS KMS keys in the account. Access level: List. https://docs.aws.amazon.com/kms/latest/APIReference/API_ListKeys.html */
  ListKeys: "L||||||;",
  /** Controls permission to view all tags that are attached to an AWS KMS key. Access level: List. Resources: key*. https://docs.aws.amazon.com/kms/latest/APIReference/API_ListResourceTags.html */
  ListResourceTags: "L|||1;1;|4,95||;",
  /** Controls permission to view grants in which the specified principal is the retiring principal. Other principals might be able to retire the grant and this principal might be able to retire other grants. Access level: List. https://docs.aws.amazon.com/kms/latest/APIReference/API_ListRetirableGrants.html */
  ListRetirableGrants: "L||||||;",
  /** Controls permission to replace the key policy for the specified AWS KMS key. Access level: Permissions management. Resources: key*. https://docs.aws.amazon.com/kms/latest/APIReference/API_PutKeyPolicy.html */
  PutKeyPolicy: "P|||1;1;|3,4,95||CreateKey,;",
  /** Controls permission to decrypt data as part of the process that decrypts and reencrypts the data within AWS KMS. Access level: Write. Resources: key*. https://docs.aws.amazon.com/kms/latest/APIReference/API_ReEncrypt.html */
  ReEncryptFrom: "W|||1;1;|4,8,9,10,27,86,95||ReEncrypt",
  /** Controls permission to encrypt data as part of the process that decrypts and reencrypts the data within AWS KMS. Access level: Write. Resources: key*. https://docs.aws.amazon.com/kms/latest/APIReference/API_ReEncrypt.html */
  ReEncryptTo: "W|||1;1;|4,8,9,10,27,86,95||ReEncrypt",
  /** Controls permission to replicate a multi-Region primary key. Access level: Write. Resources: key*. https://docs.aws.amazon.com/kms/latest/APIReference/API_ReplicateKey.html */
  ReplicateKey: "W|||1;1;|4,85,95|1,kms:CreateKey,2,3|;",
  /** Controls permission to retire a grant. The RetireGrant operation is typically called by the grant user after they complete the tasks that the grant allowed them to perform. Access level: Permissions management. Resources: key*. https://docs.aws.amazon.com/kms/latest/APIReference/API_RetireGrant.html */
  RetireGrant: "P|||1;1;|4,9,10,13,95||;",
  /** Controls permission to revoke a grant, which denies permission for all operations that depend on the grant. Access level: Permissions management. Resources: key*. https://docs.aws.amazon.com/kms/latest/APIReference/API_RevokeGrant.html */
  RevokeGrant: "P|||1;1;|4,14,95||;",
  /** Controls permission to invoke on-demand rotation of the cryptographic material in an AWS KMS key. Access level: Write. Resources: key*. https://docs.aws.amazon.com/kms/latest/APIReference/API_RotateKeyOnDemand.html */
  RotateKeyOnDemand: "W|||1;1;|4,95||;",
  /** Controls permission to schedule deletion of an AWS KMS key. Access level: Write. Resources: key*. https://docs.aws.amazon.com/kms/latest/APIReference/API_ScheduleKeyDeletion.html */
  ScheduleKeyDeletion: "W|||1;1;|4,91,93,95||;",
  /** Controls permission to produce a digital signature for a message. Access level: Write. Resources: key*. https://docs.aws.amazon.com/kms/latest/APIReference/API_Sign.html */
  Sign: "W|||1;1;|4,23,86,92,95||;",
  /** Controls access to internal APIs that synchronize multi-Region keys. Access level: Write. Resources: key*. Permission only. https://docs.aws.amazon.com/kms/latest/developerguide/multi-region-keys-auth.html#multi-region-auth-slr */
  SynchronizeMultiRegionKey: "W||1|1;1;|||",
  /** Controls permission to create or update tags that are attached to an AWS KMS key. Access level: Tagging. Resources: key*. https://docs.aws.amazon.com/kms/latest/APIReference/API_TagResource.html */
  TagResource: "T|||1;1;|0,2,4,95||CreateKey,;",
  /** Controls permission to delete tags that are attached to an AWS KMS key. Access level: Tagging. Resources: key*. https://docs.aws.amazon.com/kms/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||1;1;|2,4,95||;",
  /** Controls permission to associate an alias with a different AWS KMS key. An alias is an optional friendly name that you can associate with a KMS key. Access level: Write. Resources: alias*, key*. https://docs.aws.amazon.com/kms/latest/APIReference/API_UpdateAlias.html */
  UpdateAlias: "W|||0;1;,1;1;|4,95||;",
  /** Controls permission to change the properties of a custom key store. Access level: Write. https://docs.aws.amazon.com/kms/latest/APIReference/API_UpdateCustomKeyStore.html */
  UpdateCustomKeyStore: "W||||4|0|;",
  /** Controls permission to delete or change the description of an AWS KMS key. Access level: Write. Resources: key*. https://docs.aws.amazon.com/kms/latest/APIReference/API_UpdateKeyDescription.html */
  UpdateKeyDescription: "W|||1;1;|4,95||;",
  /** Controls permission to update the primary Region of a multi-Region primary key. Access level: Write. Resources: key*. https://docs.aws.amazon.com/kms/latest/APIReference/API_UpdatePrimaryRegion.html */
  UpdatePrimaryRegion: "W|||1;1;|4,26,95||;",
  /** Controls permission to use the specified AWS KMS key to verify digital signatures. Access level: Write. Resources: key*. https://docs.aws.amazon.com/kms/latest/APIReference/API_Verify.html */
  Verify: "W|||1;1;|4,23,86,92,95||;",
  /** Controls permission to use the AWS KMS key to verify message authentication codes. Access level: Write. Resources: key*. https://docs.aws.amazon.com/kms/latest/APIReference/API_VerifyMac.html */
  VerifyMac: "W|||1;1;|4,22,86,95||;",
} as const;
const actionDetails = {
  CancelKeyDeletion: "|,;~~~|Controls permission to cancel the scheduled deletion of an AWS KMS key",
  ConnectCustomKeyStore:
    "|,;~~~|Controls permission to connect or reconnect a custom key store to its associated AWS CloudHSM cluster or external key manager outside of AWS",
  CreateAlias:
    "|,;~~~|Controls permission to create an alias for an AWS KMS key. Aliases are optional friendly names that you can associate with KMS keys",
  CreateCustomKeyStore:
    "|,;~~~|Controls permission to create a custom key store that is backed by an AWS CloudHSM cluster or an external key manager outside of AWS",
  CreateGrant:
    "|,;~~~|Controls permission to add a grant to an AWS KMS key. You can use grants to add permissions without changing the key policy or IAM policy",
  CreateKey:
    "|,;~~~|Controls permission to create an AWS KMS key that can be used to protect data keys and other sensitive information",
  Decrypt: "|,;~~~|Controls permission to decrypt ciphertext that was encrypted under an AWS KMS key",
  DeleteAlias:
    "|,;~~~|Controls permission to delete an alias. Aliases are optional friendly names that you can associate with AWS KMS keys",
  DeleteCustomKeyStore: "|,;~~~|Controls permission to delete a custom key store",
  DeleteImportedKeyMaterial:
    "|,;~~~|Controls permission to delete cryptographic material that you imported into an AWS KMS key. This action makes the key unusable",
  DeriveSharedSecret: "|,;~~~|Controls permission to use the specified AWS KMS key to derive shared secrets",
  DescribeCustomKeyStores:
    "|,;~~~|Controls permission to view detailed information about custom key stores in the account and region",
  DescribeKey: "|,;~~~|Controls permission to view detailed information about an AWS KMS key",
  DisableKey:
    "|,;~~~|Controls permission to disable an AWS KMS key, which prevents it from being used in cryptographic operations",
  DisableKeyRotation: "|,;~~~|Controls permission to disable automatic rotation of a customer managed AWS KMS key",
  DisconnectCustomKeyStore:
    "|,;~~~|Controls permission to disconnect the custom key store from its associated AWS CloudHSM cluster or external key manager outside of AWS",
  EnableKey:
    "|,;~~~|Controls permission to change the state of an AWS KMS key to enabled. This allows the KMS key to be used in cryptographic operations",
  EnableKeyRotation:
    "|,;~~~|Controls permission to enable automatic rotation of the cryptographic material in an AWS KMS key",
  Encrypt: "|,;~~~|Controls permission to use the specified AWS KMS key to encrypt data and data keys",
  GenerateDataKey:
    "|,;~~~|Controls permission to use the AWS KMS key to generate data keys. You can use the data keys to encrypt data outside of AWS KMS",
  GenerateDataKeyPair: "|,;~~~|Controls permission to use the AWS KMS key to generate data key pairs",
  GenerateDataKeyPairWithoutPlaintext:
    "|,;~~~|Controls permission to use the AWS KMS key to generate data key pairs. Unlike the GenerateDataKeyPair operation, this operation returns an encrypted private key without a plaintext copy",
  GenerateDataKeyWithoutPlaintext:
    "|,;~~~|Controls permission to use the AWS KMS key to generate a data key. Unlike the GenerateDataKey operation, this operation returns an encrypted data key without a plaintext version of the data key",
  GenerateMac: "|,;~~~|Controls permission to use the AWS KMS key to generate message authentication codes",
  GenerateRandom: "|,;~~~|Controls permission to get a cryptographically secure random byte string from AWS KMS",
  GetKeyLastUsage: "|,;~~~|Controls permission to view the last usage of an AWS KMS key",
  GetKeyPolicy: "|,;~~~|Controls permission to view the key policy for the specified AWS KMS key",
  GetKeyRotationStatus: "|,;~~~|Controls permission to view the key rotation status for an AWS KMS key",
  GetParametersForImport:
    "|,;~~~|Controls permission to get data that is required to import cryptographic material into a customer managed key, including a public key and import token",
  GetPublicKey: "|,;~~~|Controls permission to download the public key of an asymmetric AWS KMS key",
  ImportKeyMaterial: "|,;~~~|Controls permission to import cryptographic material into an AWS KMS key",
  ListAliases:
    "|,;~~~|Controls permission to view the aliases that are defined in the account. Aliases are optional friendly names that you can associate with AWS KMS keys",
  ListGrants: "|,;~~~|Controls permission to view all grants for an AWS KMS key",
  ListKeyPolicies: "|,;~~~|Controls permission to view the names of key policies for an AWS KMS key",
  ListKeyRotations: "|,;~~~|Controls permission to view the list of key materials for an AWS KMS key",
  ListKeys:
    "|,;~~~|Controls permission to view the key ID and Amazon Resource Name (ARN) of all AWS KMS keys in the account",
  ListResourceTags: "|,;~~~|Controls permission to view all tags that are attached to an AWS KMS key",
  ListRetirableGrants:
    "|,;~~~|Controls permission to view grants in which the specified principal is the retiring principal. Other principals might be able to retire the grant and this principal might be able to retire other grants",
  PutKeyPolicy: "|,;~~~,~~|Controls permission to replace the key policy for the specified AWS KMS key",
  ReEncryptFrom:
    "|,;~~~|Controls permission to decrypt data as part of the process that decrypts and reencrypts the data within AWS KMS",
  ReEncryptTo:
    "|,;~~~|Controls permission to encrypt data as part of the process that decrypts and reencrypts the data within AWS KMS",
  ReplicateKey: "|,;~~~|Controls permission to replicate a multi-Region primary key",
  RetireGrant:
    "|,;~~~|Controls permission to retire a grant. The RetireGrant operation is typically called by the grant user after they complete the tasks that the grant allowed them to perform",
  RevokeGrant:
    "|,;~~~|Controls permission to revoke a grant, which denies permission for all operations that depend on the grant",
  RotateKeyOnDemand:
    "|,;~~~|Controls permission to invoke on-demand rotation of the cryptographic material in an AWS KMS key",
  ScheduleKeyDeletion: "|,;~~~|Controls permission to schedule deletion of an AWS KMS key",
  Sign: "|,;~~~|Controls permission to produce a digital signature for a message",
  SynchronizeMultiRegionKey: "|,;~|Controls access to internal APIs that synchronize multi-Region keys",
  TagResource: "|,;~~~,~~|Controls permission to create or update tags that are attached to an AWS KMS key",
  UntagResource: "|,;~~~|Controls permission to delete tags that are attached to an AWS KMS key",
  UpdateAlias:
    "|,;~~~|Controls permission to associate an alias with a different AWS KMS key. An alias is an optional friendly name that you can associate with a KMS key",
  UpdateCustomKeyStore: "|,;~~~|Controls permission to change the properties of a custom key store",
  UpdateKeyDescription: "|,;~~~|Controls permission to delete or change the description of an AWS KMS key",
  UpdatePrimaryRegion: "|,;~~~|Controls permission to update the primary Region of a multi-Region primary key",
  Verify: "|,;~~~|Controls permission to use the specified AWS KMS key to verify digital signatures",
  VerifyMac: "|,;~~~|Controls permission to use the AWS KMS key to verify message authentication codes",
};
const resourceTypeFacts = {
  /** The alias resource type: arn:${Partition}:kms:${Region}:${Account}:alias/${Alias} */
  alias: "|,|",
  /** The key resource type: arn:${Partition}:kms:${Region}:${Account}:key/${KeyId} */
  key: "|,|1,19,20,21,24,25,87",
} as const;
const arnFormats = {
  /** ARN of a alias resource: arn:${Partition}:kms:${Region}:${Account}:alias/${Alias}. */
  alias: "|,alias|arn:|Partition|:kms:|Region|:|Account|:alias/|Alias|",
  /** ARN of a key resource: arn:${Partition}:kms:${Region}:${Account}:key/${KeyId}. */
  key: "|,key|arn:|Partition|:kms:|Region|:|Account|:key/|KeyId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["alias", "key"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "kms">;
/** Any kms action. */
export type Action = ActionOf<typeof actionFacts, "kms">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "kms">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "kms" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every kms action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access to the specified AWS KMS operations based on both the key and value of the tag in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access to the specified AWS KMS operations based on tags assigned to the AWS KMS key. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access to a symmetric AWS KMS key based on the encryption context in a cryptographic operation. This condition evaluates the key and value in each key-value encryption context pair. */
  [key: `kms:EncryptionContext:${string}`]: "String";
  /** Filters access to the specified AWS KMS operations based on tag keys in the request. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access to the CreateKey and PutKeyPolicy operations based on the value of the BypassPolicyLockoutSafetyCheck parameter in the request. */
  "kms:BypassPolicyLockoutSafetyCheck": "Bool";
  /** Filters access to specified AWS KMS operations based on the AWS account ID of the caller. You can use this condition key to allow or deny access to all IAM users and roles in an AWS account in a single policy statement. */
  "kms:CallerAccount": "String";
  /**
   * The kms:CustomerMasterKeySpec condition key is deprecated. Instead, use the kms:KeySpec condition key.
   * @deprecated Use kms:KeySpec instead.
   */
  "kms:CustomerMasterKeySpec": "String";
  /**
   * The kms:CustomerMasterKeyUsage condition key is deprecated. Instead, use the kms:KeyUsage condition key.
   * @deprecated Use kms:KeyUsage instead.
   */
  "kms:CustomerMasterKeyUsage": "String";
  /** Filters access to GenerateDataKeyPair and GenerateDataKeyPairWithoutPlaintext operations based on the value of the KeyPairSpec parameter in the request. */
  "kms:DataKeyPairSpec": "String";
  /** Filters access to encryption operations based on the value of the encryption algorithm in the request. */
  "kms:EncryptionAlgorithm": "String";
  /** Filters access to a symmetric AWS KMS key based on the encryption context in a cryptographic operation. This condition key evaluates only the key in each key-value encryption context pair. */
  "kms:EncryptionContextKeys": "ArrayOfString";
  /** Filters access to the ImportKeyMaterial operation based on the value of the ExpirationModel parameter in the request. */
  "kms:ExpirationModel": "String";
  /** Filters access to the CreateGrant operation based on the value of SourceArn constraint in the request. */
  "kms:GrantConstraintSourceArn": "ARN";
  /** Filters access to the CreateGrant operation based on the grant constraint in the request. */
  "kms:GrantConstraintType": "String";
  /** Filters access to the CreateGrant operation when the request comes from a specified AWS service. */
  "kms:GrantIsForAWSResource": "Bool";
  /** Filters access to the CreateGrant operation based on the operations in the grant. */
  "kms:GrantOperations": "ArrayOfString";
  /** Filters access to the CreateGrant operation based on the grantee principal in the grant. */
  "kms:GranteePrincipal": "String";
  /** Filters access to the CreateGrant operation based on the value of GranteeServicePrincipal in the request. */
  "kms:GranteeServicePrincipal": "String";
  /** Filters access to the DeriveSharedSecret operation based on the value of the KeyAgreementAlgorithm parameter in the request. */
  "kms:KeyAgreementAlgorithm": "String";
  /** Filters access to an API operation based on the Origin property of the AWS KMS key created by or used in the operation. Use it to qualify authorization of the CreateKey operation or any operation that is authorized for a KMS key. */
  "kms:KeyOrigin": "String";
  /** Filters access to an API operation based on the KeySpec property of the AWS KMS key that is created by or used in the operation. Use it to qualify authorization of the CreateKey operation or any operation that is authorized for a KMS key resource. */
  "kms:KeySpec": "String";
  /** Filters access to an API operation based on the KeyUsage property of the AWS KMS key created by or used in the operation. Use it to qualify authorization of the CreateKey operation or any operation that is authorized for a KMS key resource. */
  "kms:KeyUsage": "String";
  /** Filters access to the GenerateMac and VerifyMac operations based on the MacAlgorithm parameter in the request. */
  "kms:MacAlgorithm": "String";
  /** Filters access to the Sign and Verify operations based on the value of the MessageType parameter in the request. */
  "kms:MessageType": "String";
  /** Filters access to an API operation based on the MultiRegion property of the AWS KMS key created by or used in the operation. Use it to qualify authorization of the CreateKey operation or any operation that is authorized for a KMS key resource. */
  "kms:MultiRegion": "Bool";
  /** Filters access to an API operation based on the MultiRegionKeyType property of the AWS KMS key created by or used in the operation. Use it to qualify authorization of the CreateKey operation or any operation that is authorized for a KMS key resource. */
  "kms:MultiRegionKeyType": "String";
  /** Filters access to the UpdatePrimaryRegion operation based on the value of the PrimaryRegion parameter in the request. */
  "kms:PrimaryRegion": "String";
  /** Filters access to the ReEncrypt operation when it uses the same AWS KMS key that was used for the Encrypt operation. */
  "kms:ReEncryptOnSameKey": "Bool";
  /** Filters access to the API operations based on the image hash in the attestation document in the request. */
  "kms:RecipientAttestation:ImageSha384": "String";
  /** Filters access by the platform configuration register (PCR) 0 in the attestation document in the request. PCR0 is a contiguous measure of core system firmware executable code. */
  "kms:RecipientAttestation:NitroTPMPCR0": "String";
  /** Filters access by the platform configuration register (PCR) 1 in the attestation document in the request. PCR1 is a contiguous measure of core system firmware data/host platform configuration, typically including serial and model numbers. */
  "kms:RecipientAttestation:NitroTPMPCR1": "String";
  /** Filters access by the platform configuration register (PCR) 10 in the attestation document in the request. PCR10 is a contiguous measure of protection of the IMA measurement log. */
  "kms:RecipientAttestation:NitroTPMPCR10": "String";
  /** Filters access by the platform configuration register (PCR) 11 in the attestation document in the request. PCR11 is a contiguous measure of all components of unified kernel images (UKIs). */
  "kms:RecipientAttestation:NitroTPMPCR11": "String";
  /** Filters access by the platform configuration register (PCR) 12 in the attestation document in the request. PCR12 is a contiguous measure of kernel command line, system credentials and system configuration images. */
  "kms:RecipientAttestation:NitroTPMPCR12": "String";
  /** Filters access by the platform configuration register (PCR) 13 in the attestation document in the request. PCR13 is a contiguous measure of all system extension images for the initrd. */
  "kms:RecipientAttestation:NitroTPMPCR13": "String";
  /** Filters access by the platform configuration register (PCR) 14 in the attestation document in the request. PCR14 is a contiguous measure of "MOK" certificates and hashes. */
  "kms:RecipientAttestation:NitroTPMPCR14": "String";
  /** Filters access by the platform configuration register (PCR) 15 in the attestation document in the request. PCR15 is a contiguous measure of root file system volume encryption key. */
  "kms:RecipientAttestation:NitroTPMPCR15": "String";
  /** Filters access by the platform configuration register (PCR) 16 in the attestation document in the request. PCR16 is a custom PCR that can be defined by the user for specific use cases. */
  "kms:RecipientAttestation:NitroTPMPCR16": "String";
  /** Filters access by the platform configuration register (PCR) 17 in the attestation document in the request. PCR17 is a custom PCR that can be defined by the user for specific use cases. */
  "kms:RecipientAttestation:NitroTPMPCR17": "String";
  /** Filters access by the platform configuration register (PCR) 18 in the attestation document in the request. PCR18 is a custom PCR that can be defined by the user for specific use cases. */
  "kms:RecipientAttestation:NitroTPMPCR18": "String";
  /** Filters access by the platform configuration register (PCR) 19 in the attestation document in the request. PCR19 is a custom PCR that can be defined by the user for specific use cases. */
  "kms:RecipientAttestation:NitroTPMPCR19": "String";
  /** Filters access by the platform configuration register (PCR) 2 in the attestation document in the request. PCR2 is a contiguous measure of extended or pluggable executable code, including option ROMs on pluggable hardware. */
  "kms:RecipientAttestation:NitroTPMPCR2": "String";
  /** Filters access by the platform configuration register (PCR) 20 in the attestation document in the request. PCR20 is a custom PCR that can be defined by the user for specific use cases. */
  "kms:RecipientAttestation:NitroTPMPCR20": "String";
  /** Filters access by the platform configuration register (PCR) 21 in the attestation document in the request. PCR21 is a custom PCR that can be defined by the user for specific use cases. */
  "kms:RecipientAttestation:NitroTPMPCR21": "String";
  /** Filters access by the platform configuration register (PCR) 22 in the attestation document in the request. PCR22 is a custom PCR that can be defined by the user for specific use cases. */
  "kms:RecipientAttestation:NitroTPMPCR22": "String";
  /** Filters access by the platform configuration register (PCR) 23 in the attestation document in the request. PCR23 is a custom PCR that can be defined by the user for specific use cases. */
  "kms:RecipientAttestation:NitroTPMPCR23": "String";
  /** Filters access by the platform configuration register (PCR) 3 in the attestation document in the request. PCR3 is a contiguous measure of extended or pluggable firmware data, including information about pluggable hardware. */
  "kms:RecipientAttestation:NitroTPMPCR3": "String";
  /** Filters access by the platform configuration register (PCR) 4 in the attestation document in the request. PCR4 is a contiguous measure of boot loader and additional drivers, including binaries and extensions loaded by the boot loader. */
  "kms:RecipientAttestation:NitroTPMPCR4": "String";
  /** Filters access by the platform configuration register (PCR) 5 in the attestation document in the request. PCR5 is a contiguous measure of GPT/Partition table. */
  "kms:RecipientAttestation:NitroTPMPCR5": "String";
  /** Filters access by the platform configuration register (PCR) 6 in the attestation document in the request. PCR6 is a custom PCR that can be defined by the user for specific use cases. */
  "kms:RecipientAttestation:NitroTPMPCR6": "String";
  /** Filters access by the platform configuration register (PCR) 7 in the attestation document in the request. PCR7 is a contiguous measure of SecureBoot state. */
  "kms:RecipientAttestation:NitroTPMPCR7": "String";
  /** Filters access by the platform configuration register (PCR) 8 in the attestation document in the request. PCR8 is a contiguous measure of commands and kernel command line. */
  "kms:RecipientAttestation:NitroTPMPCR8": "String";
  /** Filters access by the platform configuration register (PCR) 9 in the attestation document in the request. PCR9 is a contiguous measure of all files read (including kernel image). */
  "kms:RecipientAttestation:NitroTPMPCR9": "String";
  /** Filters access by the platform configuration register (PCR) 0 in the attestation document in the request. PCR0 is a contiguous measure of the contents of the enclave image file, without the section data. */
  "kms:RecipientAttestation:PCR0": "String";
  /** Filters access by the platform configuration register (PCR) 1 in the attestation document in the request. PCR1 is a contiguous measurement of the Linux kernel and bootstrap data. */
  "kms:RecipientAttestation:PCR1": "String";
  /** Filters access by the platform configuration register (PCR) 10 in the attestation document in the request. PCR10 is a custom PCR that can be defined by the user for specific use cases. */
  "kms:RecipientAttestation:PCR10": "String";
  /** Filters access by the platform configuration register (PCR) 11 in the attestation document in the request. PCR11 is a custom PCR that can be defined by the user for specific use cases. */
  "kms:RecipientAttestation:PCR11": "String";
  /** Filters access by the platform configuration register (PCR) 12 in the attestation document in the request. PCR12 is a custom PCR that can be defined by the user for specific use cases. */
  "kms:RecipientAttestation:PCR12": "String";
  /** Filters access by the platform configuration register (PCR) 13 in the attestation document in the request. PCR13 is a custom PCR that can be defined by the user for specific use cases. */
  "kms:RecipientAttestation:PCR13": "String";
  /** Filters access by the platform configuration register (PCR) 14 in the attestation document in the request. PCR14 is a custom PCR that can be defined by the user for specific use cases. */
  "kms:RecipientAttestation:PCR14": "String";
  /** Filters access by the platform configuration register (PCR) 15 in the attestation document in the request. PCR15 is a custom PCR that can be defined by the user for specific use cases. */
  "kms:RecipientAttestation:PCR15": "String";
  /** Filters access by the platform configuration register (PCR) 16 in the attestation document in the request. PCR16 is a custom PCR that can be defined by the user for specific use cases. */
  "kms:RecipientAttestation:PCR16": "String";
  /** Filters access by the platform configuration register (PCR) 17 in the attestation document in the request. PCR17 is a custom PCR that can be defined by the user for specific use cases. */
  "kms:RecipientAttestation:PCR17": "String";
  /** Filters access by the platform configuration register (PCR) 18 in the attestation document in the request. PCR18 is a custom PCR that can be defined by the user for specific use cases. */
  "kms:RecipientAttestation:PCR18": "String";
  /** Filters access by the platform configuration register (PCR) 19 in the attestation document in the request. PCR19 is a custom PCR that can be defined by the user for specific use cases. */
  "kms:RecipientAttestation:PCR19": "String";
  /** Filters access by the platform configuration register (PCR) 2 in the attestation document in the request. PCR2 is a contiguous, in-order measurement of the user applications, without the boot ramfs. */
  "kms:RecipientAttestation:PCR2": "String";
  /** Filters access by the platform configuration register (PCR) 20 in the attestation document in the request. PCR20 is a custom PCR that can be defined by the user for specific use cases. */
  "kms:RecipientAttestation:PCR20": "String";
  /** Filters access by the platform configuration register (PCR) 21 in the attestation document in the request. PCR21 is a custom PCR that can be defined by the user for specific use cases. */
  "kms:RecipientAttestation:PCR21": "String";
  /** Filters access by the platform configuration register (PCR) 22 in the attestation document in the request. PCR22 is a custom PCR that can be defined by the user for specific use cases. */
  "kms:RecipientAttestation:PCR22": "String";
  /** Filters access by the platform configuration register (PCR) 23 in the attestation document in the request. PCR23 is a custom PCR that can be defined by the user for specific use cases. */
  "kms:RecipientAttestation:PCR23": "String";
  /** Filters access by the platform configuration register (PCR) 24 in the attestation document in the request. PCR24 is a custom PCR that can be defined by the user for specific use cases. */
  "kms:RecipientAttestation:PCR24": "String";
  /** Filters access by the platform configuration register (PCR) 25 in the attestation document in the request. PCR25 is a custom PCR that can be defined by the user for specific use cases. */
  "kms:RecipientAttestation:PCR25": "String";
  /** Filters access by the platform configuration register (PCR) 26 in the attestation document in the request. PCR26 is a custom PCR that can be defined by the user for specific use cases. */
  "kms:RecipientAttestation:PCR26": "String";
  /** Filters access by the platform configuration register (PCR) 27 in the attestation document in the request. PCR27 is a custom PCR that can be defined by the user for specific use cases. */
  "kms:RecipientAttestation:PCR27": "String";
  /** Filters access by the platform configuration register (PCR) 28 in the attestation document in the request. PCR28 is a custom PCR that can be defined by the user for specific use cases. */
  "kms:RecipientAttestation:PCR28": "String";
  /** Filters access by the platform configuration register (PCR) 29 in the attestation document in the request. PCR29 is a custom PCR that can be defined by the user for specific use cases. */
  "kms:RecipientAttestation:PCR29": "String";
  /** Filters access by the platform configuration register (PCR) 3 in the attestation document in the request. PCR3 is a contiguous measurement of the IAM role assigned to the parent instance. */
  "kms:RecipientAttestation:PCR3": "String";
  /** Filters access by the platform configuration register (PCR) 30 in the attestation document in the request. PCR30 is a custom PCR that can be defined by the user for specific use cases. */
  "kms:RecipientAttestation:PCR30": "String";
  /** Filters access by the platform configuration register (PCR) 31 in the attestation document in the request. PCR31 is a custom PCR that can be defined by the user for specific use cases. */
  "kms:RecipientAttestation:PCR31": "String";
  /** Filters access by the platform configuration register (PCR) 4 in the attestation document in the request. PCR4 is a contiguous measurement of the ID of the parent instance. */
  "kms:RecipientAttestation:PCR4": "String";
  /** Filters access by the platform configuration register (PCR) 5 in the attestation document in the request. PCR5 is a custom PCR that can be defined by the user for specific use cases. */
  "kms:RecipientAttestation:PCR5": "String";
  /** Filters access by the platform configuration register (PCR) 6 in the attestation document in the request. PCR6 is a custom PCR that can be defined by the user for specific use cases. */
  "kms:RecipientAttestation:PCR6": "String";
  /** Filters access by the platform configuration register (PCR) 7 in the attestation document in the request. PCR7 is a custom PCR that can be defined by the user for specific use cases. */
  "kms:RecipientAttestation:PCR7": "String";
  /** Filters access by the platform configuration register (PCR) 8 in the attestation document in the request. PCR8 is a measure of the signing certificate specified for the enclave image file. */
  "kms:RecipientAttestation:PCR8": "String";
  /** Filters access by the platform configuration register (PCR) 9 in the attestation document in the request. PCR9 is a custom PCR that can be defined by the user for specific use cases. */
  "kms:RecipientAttestation:PCR9": "String";
  /** Filters access to the ReplicateKey operation based on the value of the ReplicaRegion parameter in the request. */
  "kms:ReplicaRegion": "String";
  /** Filters access to cryptographic operations, DescribeKey, and GetPublicKey based on the alias in the request. */
  "kms:RequestAlias": "String";
  /** Filters access to specified AWS KMS operations based on aliases associated with the AWS KMS key. */
  "kms:ResourceAliases": "ArrayOfString";
  /** Filters access to the CreateGrant operation based on the retiring principal in the grant. */
  "kms:RetiringPrincipal": "String";
  /** Filters access to the CreateGrant operation based on the value of RetiringServicePrincipal in the request. */
  "kms:RetiringServicePrincipal": "String";
  /** Filters access to the EnableKeyRotation operation based on the value of the RotationPeriodInDays parameter in the request. */
  "kms:RotationPeriodInDays": "Numeric";
  /** Filters access to the ScheduleKeyDeletion operation based on the value of the PendingWindowInDays parameter in the request. */
  "kms:ScheduleKeyDeletionPendingWindowInDays": "Numeric";
  /** Filters access to the Sign and Verify operations based on the signing algorithm in the request. */
  "kms:SigningAlgorithm": "String";
  /** Filters access to the ScheduleKeyDeletion and DisableKey operations based on the number of days since the AWS KMS key was last used. */
  "kms:TrailingDaysWithoutKeyUsage": "Numeric";
  /** Filters access to the ImportKeyMaterial operation based on the value of the ValidTo parameter in the request. You can use this condition key to allow users to import key material only when it expires by the specified date. */
  "kms:ValidTo": "Date";
  /** Filters access when a request made on the principal's behalf comes from a specified AWS service. */
  "kms:ViaService": "String";
  /** Filters access to the GetParametersForImport operation based on the value of the WrappingAlgorithm parameter in the request. */
  "kms:WrappingAlgorithm": "String";
  /** Filters access to the GetParametersForImport operation based on the value of the WrappingKeySpec parameter in the request. */
  "kms:WrappingKeySpec": "String";
}

/** Condition key -> value type. */
export type ConditionKeys = ConditionKeysOf<ConditionKeyTypes>;

/** Condition key with a placeholder, as the reference writes it -> its template-literal key. */
export interface ConditionKeyPatterns {
  /** aws:RequestTag/${TagKey} */
  "aws:RequestTag/${TagKey}": `aws:RequestTag/${string}`;
  /** aws:ResourceTag/${TagKey} */
  "aws:ResourceTag/${TagKey}": `aws:ResourceTag/${string}`;
  /** kms:EncryptionContext:${EncryptionContextKey} */
  "kms:EncryptionContext:${EncryptionContextKey}": `kms:EncryptionContext:${string}`;
}

/** A condition key as the reference writes it. */
export type ConditionKeyName = (typeof conditionKeyList)[number];
/** Condition key -> description, types, deprecation. */
export type ConditionKeyInfos = { readonly [K in ConditionKeyName]: ConditionKeyInfo };
const conditionKeyRows: { readonly [K in ConditionKeyName]: string } = {
  "aws:RequestTag/${TagKey}":
    "|,String|0||Filters access to the specified AWS KMS operations based on both the key and value of the tag in the request",
  "aws:ResourceTag/${TagKey}":
    "|,String|0||Filters access to the specified AWS KMS operations based on tags assigned to the AWS KMS key",
  "aws:TagKeys":
    "|,ArrayOfString|0||Filters access to the specified AWS KMS operations based on tag keys in the request",
  "kms:BypassPolicyLockoutSafetyCheck":
    "|,Bool|0||Filters access to the CreateKey and PutKeyPolicy operations based on the value of the BypassPolicyLockoutSafetyCheck parameter in the request",
  "kms:CallerAccount":
    "|,String|0||Filters access to specified AWS KMS operations based on the AWS account ID of the caller. You can use this condition key to allow or deny access to all IAM users and roles in an AWS account in a single policy statement",
  "kms:CustomerMasterKeySpec":
    "|,String|1|kms:KeySpec|The kms:CustomerMasterKeySpec condition key is deprecated. Instead, use the kms:KeySpec condition key",
  "kms:CustomerMasterKeyUsage":
    "|,String|1|kms:KeyUsage|The kms:CustomerMasterKeyUsage condition key is deprecated. Instead, use the kms:KeyUsage condition key",
  "kms:DataKeyPairSpec":
    "|,String|0||Filters access to GenerateDataKeyPair and GenerateDataKeyPairWithoutPlaintext operations based on the value of the KeyPairSpec parameter in the request",
  "kms:EncryptionAlgorithm":
    "|,String|0||Filters access to encryption operations based on the value of the encryption algorithm in the request",
  "kms:EncryptionContext:${EncryptionContextKey}":
    "|,String|0||Filters access to a symmetric AWS KMS key based on the encryption context in a cryptographic operation. This condition evaluates the key and value in each key-value encryption context pair",
  "kms:EncryptionContextKeys":
    "|,ArrayOfString|0||Filters access to a symmetric AWS KMS key based on the encryption context in a cryptographic operation. This condition key evaluates only the key in each key-value encryption context pair",
  "kms:ExpirationModel":
    "|,String|0||Filters access to the ImportKeyMaterial operation based on the value of the ExpirationModel parameter in the request",
  "kms:GrantConstraintSourceArn":
    "|,ARN|0||Filters access to the CreateGrant operation based on the value of SourceArn constraint in the request",
  "kms:GrantConstraintType":
    "|,String|0||Filters access to the CreateGrant operation based on the grant constraint in the request",
  "kms:GrantIsForAWSResource":
    "|,Bool|0||Filters access to the CreateGrant operation when the request comes from a specified AWS service",
  "kms:GrantOperations":
    "|,ArrayOfString|0||Filters access to the CreateGrant operation based on the operations in the grant",
  "kms:GranteePrincipal":
    "|,String|0||Filters access to the CreateGrant operation based on the grantee principal in the grant",
  "kms:GranteeServicePrincipal":
    "|,String|0||Filters access to the CreateGrant operation based on the value of GranteeServicePrincipal in the request",
  "kms:KeyAgreementAlgorithm":
    "|,String|0||Filters access to the DeriveSharedSecret operation based on the value of the KeyAgreementAlgorithm parameter in the request",
  "kms:KeyOrigin":
    "|,String|0||Filters access to an API operation based on the Origin property of the AWS KMS key created by or used in the operation. Use it to qualify authorization of the CreateKey operation or any operation that is authorized for a KMS key",
  "kms:KeySpec":
    "|,String|0||Filters access to an API operation based on the KeySpec property of the AWS KMS key that is created by or used in the operation. Use it to qualify authorization of the CreateKey operation or any operation that is authorized for a KMS key resource",
  "kms:KeyUsage":
    "|,String|0||Filters access to an API operation based on the KeyUsage property of the AWS KMS key created by or used in the operation. Use it to qualify authorization of the CreateKey operation or any operation that is authorized for a KMS key resource",
  "kms:MacAlgorithm":
    "|,String|0||Filters access to the GenerateMac and VerifyMac operations based on the MacAlgorithm parameter in the request",
  "kms:MessageType":
    "|,String|0||Filters access to the Sign and Verify operations based on the value of the MessageType parameter in the request",
  "kms:MultiRegion":
    "|,Bool|0||Filters access to an API operation based on the MultiRegion property of the AWS KMS key created by or used in the operation. Use it to qualify authorization of the CreateKey operation or any operation that is authorized for a KMS key resource",
  "kms:MultiRegionKeyType":
    "|,String|0||Filters access to an API operation based on the MultiRegionKeyType property of the AWS KMS key created by or used in the operation. Use it to qualify authorization of the CreateKey operation or any operation that is authorized for a KMS key resource",
  "kms:PrimaryRegion":
    "|,String|0||Filters access to the UpdatePrimaryRegion operation based on the value of the PrimaryRegion parameter in the request",
  "kms:ReEncryptOnSameKey":
    "|,Bool|0||Filters access to the ReEncrypt operation when it uses the same AWS KMS key that was used for the Encrypt operation",
  "kms:RecipientAttestation:ImageSha384":
    "|,String|0||Filters access to the API operations based on the image hash in the attestation document in the request",
  "kms:RecipientAttestation:NitroTPMPCR0":
    "|,String|0||Filters access by the platform configuration register (PCR) 0 in the attestation document in the request. PCR0 is a contiguous measure of core system firmware executable code",
  "kms:RecipientAttestation:NitroTPMPCR1":
    "|,String|0||Filters access by the platform configuration register (PCR) 1 in the attestation document in the request. PCR1 is a contiguous measure of core system firmware data/host platform configuration, typically including serial and model numbers",
  "kms:RecipientAttestation:NitroTPMPCR10":
    "|,String|0||Filters access by the platform configuration register (PCR) 10 in the attestation document in the request. PCR10 is a contiguous measure of protection of the IMA measurement log",
  "kms:RecipientAttestation:NitroTPMPCR11":
    "|,String|0||Filters access by the platform configuration register (PCR) 11 in the attestation document in the request. PCR11 is a contiguous measure of all components of unified kernel images (UKIs)",
  "kms:RecipientAttestation:NitroTPMPCR12":
    "|,String|0||Filters access by the platform configuration register (PCR) 12 in the attestation document in the request. PCR12 is a contiguous measure of kernel command line, system credentials and system configuration images",
  "kms:RecipientAttestation:NitroTPMPCR13":
    "|,String|0||Filters access by the platform configuration register (PCR) 13 in the attestation document in the request. PCR13 is a contiguous measure of all system extension images for the initrd",
  "kms:RecipientAttestation:NitroTPMPCR14":
    '|,String|0||Filters access by the platform configuration register (PCR) 14 in the attestation document in the request. PCR14 is a contiguous measure of "MOK" certificates and hashes',
  "kms:RecipientAttestation:NitroTPMPCR15":
    "|,String|0||Filters access by the platform configuration register (PCR) 15 in the attestation document in the request. PCR15 is a contiguous measure of root file system volume encryption key",
  "kms:RecipientAttestation:NitroTPMPCR16":
    "|,String|0||Filters access by the platform configuration register (PCR) 16 in the attestation document in the request. PCR16 is a custom PCR that can be defined by the user for specific use cases",
  "kms:RecipientAttestation:NitroTPMPCR17":
    "|,String|0||Filters access by the platform configuration register (PCR) 17 in the attestation document in the request. PCR17 is a custom PCR that can be defined by the user for specific use cases",
  "kms:RecipientAttestation:NitroTPMPCR18":
    "|,String|0||Filters access by the platform configuration register (PCR) 18 in the attestation document in the request. PCR18 is a custom PCR that can be defined by the user for specific use cases",
  "kms:RecipientAttestation:NitroTPMPCR19":
    "|,String|0||Filters access by the platform configuration register (PCR) 19 in the attestation document in the request. PCR19 is a custom PCR that can be defined by the user for specific use cases",
  "kms:RecipientAttestation:NitroTPMPCR2":
    "|,String|0||Filters access by the platform configuration register (PCR) 2 in the attestation document in the request. PCR2 is a contiguous measure of extended or pluggable executable code, including option ROMs on pluggable hardware",
  "kms:RecipientAttestation:NitroTPMPCR20":
    "|,String|0||Filters access by the platform configuration register (PCR) 20 in the attestation document in the request. PCR20 is a custom PCR that can be defined by the user for specific use cases",
  "kms:RecipientAttestation:NitroTPMPCR21":
    "|,String|0||Filters access by the platform configuration register (PCR) 21 in the attestation document in the request. PCR21 is a custom PCR that can be defined by the user for specific use cases",
  "kms:RecipientAttestation:NitroTPMPCR22":
    "|,String|0||Filters access by the platform configuration register (PCR) 22 in the attestation document in the request. PCR22 is a custom PCR that can be defined by the user for specific use cases",
  "kms:RecipientAttestation:NitroTPMPCR23":
    "|,String|0||Filters access by the platform configuration register (PCR) 23 in the attestation document in the request. PCR23 is a custom PCR that can be defined by the user for specific use cases",
  "kms:RecipientAttestation:NitroTPMPCR3":
    "|,String|0||Filters access by the platform configuration register (PCR) 3 in the attestation document in the request. PCR3 is a contiguous measure of extended or pluggable firmware data, including information about pluggable hardware",
  "kms:RecipientAttestation:NitroTPMPCR4":
    "|,String|0||Filters access by the platform configuration register (PCR) 4 in the attestation document in the request. PCR4 is a contiguous measure of boot loader and additional drivers, including binaries and extensions loaded by the boot loader",
  "kms:RecipientAttestation:NitroTPMPCR5":
    "|,String|0||Filters access by the platform configuration register (PCR) 5 in the attestation document in the request. PCR5 is a contiguous measure of GPT/Partition table",
  "kms:RecipientAttestation:NitroTPMPCR6":
    "|,String|0||Filters access by the platform configuration register (PCR) 6 in the attestation document in the request. PCR6 is a custom PCR that can be defined by the user for specific use cases",
  "kms:RecipientAttestation:NitroTPMPCR7":
    "|,String|0||Filters access by the platform configuration register (PCR) 7 in the attestation document in the request. PCR7 is a contiguous measure of SecureBoot state",
  "kms:RecipientAttestation:NitroTPMPCR8":
    "|,String|0||Filters access by the platform configuration register (PCR) 8 in the attestation document in the request. PCR8 is a contiguous measure of commands and kernel command line",
  "kms:RecipientAttestation:NitroTPMPCR9":
    "|,String|0||Filters access by the platform configuration register (PCR) 9 in the attestation document in the request. PCR9 is a contiguous measure of all files read (including kernel image)",
  "kms:RecipientAttestation:PCR0":
    "|,String|0||Filters access by the platform configuration register (PCR) 0 in the attestation document in the request. PCR0 is a contiguous measure of the contents of the enclave image file, without the section data",
  "kms:RecipientAttestation:PCR1":
    "|,String|0||Filters access by the platform configuration register (PCR) 1 in the attestation document in the request. PCR1 is a contiguous measurement of the Linux kernel and bootstrap data",
  "kms:RecipientAttestation:PCR10":
    "|,String|0||Filters access by the platform configuration register (PCR) 10 in the attestation document in the request. PCR10 is a custom PCR that can be defined by the user for specific use cases",
  "kms:RecipientAttestation:PCR11":
    "|,String|0||Filters access by the platform configuration register (PCR) 11 in the attestation document in the request. PCR11 is a custom PCR that can be defined by the user for specific use cases",
  "kms:RecipientAttestation:PCR12":
    "|,String|0||Filters access by the platform configuration register (PCR) 12 in the attestation document in the request. PCR12 is a custom PCR that can be defined by the user for specific use cases",
  "kms:RecipientAttestation:PCR13":
    "|,String|0||Filters access by the platform configuration register (PCR) 13 in the attestation document in the request. PCR13 is a custom PCR that can be defined by the user for specific use cases",
  "kms:RecipientAttestation:PCR14":
    "|,String|0||Filters access by the platform configuration register (PCR) 14 in the attestation document in the request. PCR14 is a custom PCR that can be defined by the user for specific use cases",
  "kms:RecipientAttestation:PCR15":
    "|,String|0||Filters access by the platform configuration register (PCR) 15 in the attestation document in the request. PCR15 is a custom PCR that can be defined by the user for specific use cases",
  "kms:RecipientAttestation:PCR16":
    "|,String|0||Filters access by the platform configuration register (PCR) 16 in the attestation document in the request. PCR16 is a custom PCR that can be defined by the user for specific use cases",
  "kms:RecipientAttestation:PCR17":
    "|,String|0||Filters access by the platform configuration register (PCR) 17 in the attestation document in the request. PCR17 is a custom PCR that can be defined by the user for specific use cases",
  "kms:RecipientAttestation:PCR18":
    "|,String|0||Filters access by the platform configuration register (PCR) 18 in the attestation document in the request. PCR18 is a custom PCR that can be defined by the user for specific use cases",
  "kms:RecipientAttestation:PCR19":
    "|,String|0||Filters access by the platform configuration register (PCR) 19 in the attestation document in the request. PCR19 is a custom PCR that can be defined by the user for specific use cases",
  "kms:RecipientAttestation:PCR2":
    "|,String|0||Filters access by the platform configuration register (PCR) 2 in the attestation document in the request. PCR2 is a contiguous, in-order measurement of the user applications, without the boot ramfs",
  "kms:RecipientAttestation:PCR20":
    "|,String|0||Filters access by the platform configuration register (PCR) 20 in the attestation document in the request. PCR20 is a custom PCR that can be defined by the user for specific use cases",
  "kms:RecipientAttestation:PCR21":
    "|,String|0||Filters access by the platform configuration register (PCR) 21 in the attestation document in the request. PCR21 is a custom PCR that can be defined by the user for specific use cases",
  "kms:RecipientAttestation:PCR22":
    "|,String|0||Filters access by the platform configuration register (PCR) 22 in the attestation document in the request. PCR22 is a custom PCR that can be defined by the user for specific use cases",
  "kms:RecipientAttestation:PCR23":
    "|,String|0||Filters access by the platform configuration register (PCR) 23 in the attestation document in the request. PCR23 is a custom PCR that can be defined by the user for specific use cases",
  "kms:RecipientAttestation:PCR24":
    "|,String|0||Filters access by the platform configuration register (PCR) 24 in the attestation document in the request. PCR24 is a custom PCR that can be defined by the user for specific use cases",
  "kms:RecipientAttestation:PCR25":
    "|,String|0||Filters access by the platform configuration register (PCR) 25 in the attestation document in the request. PCR25 is a custom PCR that can be defined by the user for specific use cases",
  "kms:RecipientAttestation:PCR26":
    "|,String|0||Filters access by the platform configuration register (PCR) 26 in the attestation document in the request. PCR26 is a custom PCR that can be defined by the user for specific use cases",
  "kms:RecipientAttestation:PCR27":
    "|,String|0||Filters access by the platform configuration register (PCR) 27 in the attestation document in the request. PCR27 is a custom PCR that can be defined by the user for specific use cases",
  "kms:RecipientAttestation:PCR28":
    "|,String|0||Filters access by the platform configuration register (PCR) 28 in the attestation document in the request. PCR28 is a custom PCR that can be defined by the user for specific use cases",
  "kms:RecipientAttestation:PCR29":
    "|,String|0||Filters access by the platform configuration register (PCR) 29 in the attestation document in the request. PCR29 is a custom PCR that can be defined by the user for specific use cases",
  "kms:RecipientAttestation:PCR3":
    "|,String|0||Filters access by the platform configuration register (PCR) 3 in the attestation document in the request. PCR3 is a contiguous measurement of the IAM role assigned to the parent instance",
  "kms:RecipientAttestation:PCR30":
    "|,String|0||Filters access by the platform configuration register (PCR) 30 in the attestation document in the request. PCR30 is a custom PCR that can be defined by the user for specific use cases",
  "kms:RecipientAttestation:PCR31":
    "|,String|0||Filters access by the platform configuration register (PCR) 31 in the attestation document in the request. PCR31 is a custom PCR that can be defined by the user for specific use cases",
  "kms:RecipientAttestation:PCR4":
    "|,String|0||Filters access by the platform configuration register (PCR) 4 in the attestation document in the request. PCR4 is a contiguous measurement of the ID of the parent instance",
  "kms:RecipientAttestation:PCR5":
    "|,String|0||Filters access by the platform configuration register (PCR) 5 in the attestation document in the request. PCR5 is a custom PCR that can be defined by the user for specific use cases",
  "kms:RecipientAttestation:PCR6":
    "|,String|0||Filters access by the platform configuration register (PCR) 6 in the attestation document in the request. PCR6 is a custom PCR that can be defined by the user for specific use cases",
  "kms:RecipientAttestation:PCR7":
    "|,String|0||Filters access by the platform configuration register (PCR) 7 in the attestation document in the request. PCR7 is a custom PCR that can be defined by the user for specific use cases",
  "kms:RecipientAttestation:PCR8":
    "|,String|0||Filters access by the platform configuration register (PCR) 8 in the attestation document in the request. PCR8 is a measure of the signing certificate specified for the enclave image file",
  "kms:RecipientAttestation:PCR9":
    "|,String|0||Filters access by the platform configuration register (PCR) 9 in the attestation document in the request. PCR9 is a custom PCR that can be defined by the user for specific use cases",
  "kms:ReplicaRegion":
    "|,String|0||Filters access to the ReplicateKey operation based on the value of the ReplicaRegion parameter in the request",
  "kms:RequestAlias":
    "|,String|0||Filters access to cryptographic operations, DescribeKey, and GetPublicKey based on the alias in the request",
  "kms:ResourceAliases":
    "|,ArrayOfString|0||Filters access to specified AWS KMS operations based on aliases associated with the AWS KMS key",
  "kms:RetiringPrincipal":
    "|,String|0||Filters access to the CreateGrant operation based on the retiring principal in the grant",
  "kms:RetiringServicePrincipal":
    "|,String|0||Filters access to the CreateGrant operation based on the value of RetiringServicePrincipal in the request",
  "kms:RotationPeriodInDays":
    "|,Numeric|0||Filters access to the EnableKeyRotation operation based on the value of the RotationPeriodInDays parameter in the request",
  "kms:ScheduleKeyDeletionPendingWindowInDays":
    "|,Numeric|0||Filters access to the ScheduleKeyDeletion operation based on the value of the PendingWindowInDays parameter in the request",
  "kms:SigningAlgorithm":
    "|,String|0||Filters access to the Sign and Verify operations based on the signing algorithm in the request",
  "kms:TrailingDaysWithoutKeyUsage":
    "|,Numeric|0||Filters access to the ScheduleKeyDeletion and DisableKey operations based on the number of days since the AWS KMS key was last used",
  "kms:ValidTo":
    "|,Date|0||Filters access to the ImportKeyMaterial operation based on the value of the ValidTo parameter in the request. You can use this condition key to allow users to import key material only when it expires by the specified date",
  "kms:ViaService":
    "|,String|0||Filters access when a request made on the principal's behalf comes from a specified AWS service",
  "kms:WrappingAlgorithm":
    "|,String|0||Filters access to the GetParametersForImport operation based on the value of the WrappingAlgorithm parameter in the request",
  "kms:WrappingKeySpec":
    "|,String|0||Filters access to the GetParametersForImport operation based on the value of the WrappingKeySpec parameter in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "kms",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
