import { describe, expect, it } from "vitest";
import { normalizeService } from "../../src/model/normalize.js";
import type { Action } from "../../src/model/types.js";
import { mergePagesByPrefix, parsePage } from "../../src/parse/index.js";
import { fixturePage } from "./support/fixtures.js";

// list_awskeymanagementservice.html (html/2026-06-01), asserted field by field against the page.
const record = parsePage(fixturePage("2026-06-01/list_awskeymanagementservice.html"));
const [kms] = mergePagesByPrefix([record]).map(normalizeService);
const action = (name: string): Action => {
  const a = kms!.actions.find((x) => x.name === name);
  if (!a) throw new Error(`no action ${name}`);
  return a;
};
const API = "https://docs.aws.amazon.com/kms/latest/APIReference/";

describe("KMS page (classic layout)", () => {
  it("identifies the page", () => {
    expect(record).toMatchObject({
      file: "list_awskeymanagementservice.html",
      url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awskeymanagementservice.html",
      prefix: "kms",
      name: "AWS Key Management Service",
      layout: "classic",
    });
    expect(record.jsonUrl).toBeUndefined();
    expect(kms!.pages).toEqual([{ name: "AWS Key Management Service", url: record.url }]);
    expect(kms!.sources).toEqual(["html"]);
  });

  it("CreateGrant: Permissions management, key* required, action-level keys from the row with an empty resource cell", () => {
    expect(action("CreateGrant")).toEqual({
      name: "CreateGrant",
      description: "Controls permission to add a grant to an AWS KMS key. You can use grants to add permissions without changing the key policy or IAM policy",
      accessLevel: "Permissions management",
      accessLevels: ["Permissions management"],
      permissionOnly: false,
      resourceTypes: [{ name: "key", required: true, conditionKeys: [] }],
      conditionKeys: [
        "kms:CallerAccount",
        "kms:EncryptionContext:${EncryptionContextKey}",
        "kms:EncryptionContextKeys",
        "kms:GrantConstraintSourceArn",
        "kms:GrantConstraintType",
        "kms:GrantIsForAWSResource",
        "kms:GrantOperations",
        "kms:GranteePrincipal",
        "kms:GranteeServicePrincipal",
        "kms:RetiringPrincipal",
        "kms:RetiringServicePrincipal",
        "kms:ViaService",
      ],
      dependentActions: [],
      operations: [],
      sources: ["html"],
      apiDocUrl: `${API}API_CreateGrant.html`,
    });
  });

  it("CreateKey: no resource type, keys on its single row, dependent actions", () => {
    expect(action("CreateKey")).toEqual({
      name: "CreateKey",
      description: "Controls permission to create an AWS KMS key that can be used to protect data keys and other sensitive information",
      accessLevel: "Write",
      accessLevels: ["Write"],
      permissionOnly: false,
      resourceTypes: [],
      conditionKeys: [
        "aws:RequestTag/${TagKey}",
        "aws:ResourceTag/${TagKey}",
        "aws:TagKeys",
        "kms:BypassPolicyLockoutSafetyCheck",
        "kms:CallerAccount",
        "kms:KeyOrigin",
        "kms:KeySpec",
        "kms:KeyUsage",
        "kms:MultiRegion",
        "kms:MultiRegionKeyType",
        "kms:ViaService",
      ],
      dependentActions: ["iam:CreateServiceLinkedRole", "kms:PutKeyPolicy", "kms:TagResource"],
      operations: [],
      sources: ["html"],
      apiDocUrl: `${API}API_CreateKey.html`,
    });
  });

  it("Decrypt: key* plus its action-level keys", () => {
    const pcr = (kind: string, n: number) => Array.from({ length: n }, (_, i) => `kms:RecipientAttestation:${kind}${i}`);
    expect(action("Decrypt")).toEqual({
      name: "Decrypt",
      description: "Controls permission to decrypt ciphertext that was encrypted under an AWS KMS key",
      accessLevel: "Write",
      accessLevels: ["Write"],
      permissionOnly: false,
      resourceTypes: [{ name: "key", required: true, conditionKeys: [] }],
      conditionKeys: [
        "kms:CallerAccount",
        "kms:EncryptionAlgorithm",
        "kms:EncryptionContext:${EncryptionContextKey}",
        "kms:EncryptionContextKeys",
        "kms:RecipientAttestation:ImageSha384",
        ...pcr("NitroTPMPCR", 24),
        ...pcr("PCR", 32),
        "kms:RequestAlias",
        "kms:ViaService",
      ].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
      dependentActions: [],
      operations: [],
      sources: ["html"],
      apiDocUrl: `${API}API_Decrypt.html`,
    });
  });

  it("SynchronizeMultiRegionKey: [permission only], its link is a guide page, not an API", () => {
    expect(action("SynchronizeMultiRegionKey")).toEqual({
      name: "SynchronizeMultiRegionKey",
      description: "Controls access to internal APIs that synchronize multi-Region keys",
      accessLevel: "Write",
      accessLevels: ["Write"],
      permissionOnly: true,
      resourceTypes: [{ name: "key", required: true, conditionKeys: [] }],
      conditionKeys: [],
      dependentActions: [],
      operations: [],
      sources: ["html"],
      apiDocUrl: "https://docs.aws.amazon.com/kms/latest/developerguide/multi-region-keys-auth.html#multi-region-auth-slr",
    });
    expect(kms!.actions.filter((a) => a.permissionOnly).map((a) => a.name)).toEqual(["SynchronizeMultiRegionKey"]);
  });

  it("kms:CustomerMasterKeySpec is deprecated in favour of kms:KeySpec (and CustomerMasterKeyUsage of KeyUsage)", () => {
    const key = (name: string) => kms!.conditionKeys.find((k) => k.name === name);
    expect(key("kms:CustomerMasterKeySpec")).toEqual({
      name: "kms:CustomerMasterKeySpec",
      description: "The kms:CustomerMasterKeySpec condition key is deprecated. Instead, use the kms:KeySpec condition key",
      types: ["String"],
      deprecated: { replacement: "kms:KeySpec" },
      sources: ["html"],
    });
    expect(key("kms:CustomerMasterKeyUsage")?.deprecated).toEqual({ replacement: "kms:KeyUsage" });
    expect(kms!.conditionKeys.filter((k) => k.deprecated).map((k) => k.name)).toEqual(["kms:CustomerMasterKeySpec", "kms:CustomerMasterKeyUsage"]);
    expect(key("kms:KeySpec")?.deprecated).toBeUndefined();
  });

  it("resource types: ARNs rebuilt from the <code> split around <span>{</span>, with the keys of each", () => {
    expect(kms!.resourceTypes).toEqual([
      { name: "alias", arnFormats: ["arn:${Partition}:kms:${Region}:${Account}:alias/${Alias}"], conditionKeys: [], sources: ["html"] },
      {
        name: "key",
        arnFormats: ["arn:${Partition}:kms:${Region}:${Account}:key/${KeyId}"],
        conditionKeys: [
          "aws:ResourceTag/${TagKey}",
          "kms:KeyOrigin",
          "kms:KeySpec",
          "kms:KeyUsage",
          "kms:MultiRegion",
          "kms:MultiRegionKeyType",
          "kms:ResourceAliases",
        ],
        sources: ["html"],
      },
    ]);
  });

  it("condition key types as written (String, Bool, Date, ArrayOfString, Numeric …) and counts", () => {
    const type = (name: string) => kms!.conditionKeys.find((k) => k.name === name)?.types;
    expect(type("aws:TagKeys")).toEqual(["ArrayOfString"]);
    expect(type("kms:BypassPolicyLockoutSafetyCheck")).toEqual(["Bool"]);
    expect(type("kms:ScheduleKeyDeletionPendingWindowInDays")).toEqual(["Numeric"]);
    expect(type("kms:ValidTo")).toEqual(["Date"]);
    expect(kms!.actions).toHaveLength(56); // the page has 56 action rows with an id
    expect(kms!.conditionKeys).toHaveLength(98);
  });
});
