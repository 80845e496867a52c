import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseServiceJson, JsonInputError } from "../../src/json/index.js";
import { repoRoot } from "../../src/model/paths.js";
import { normalizeService } from "../../src/model/normalize.js";
import { assertValidService } from "../../src/model/validate.js";
import type { JsonServiceInput } from "../../src/model/inputs.js";

const fixtures = path.join(repoRoot, "test/fixtures/json");

async function fixture(rel: string, service: string): Promise<JsonServiceInput> {
  const file = path.join(fixtures, rel);
  return { service, file, text: await readFile(file, "utf8") };
}

const action = (s: ReturnType<typeof parseServiceJson>["service"], name: string) => {
  const a = s.actions.find((x) => x.name === name);
  if (!a) throw new Error(`no action ${name}`);
  return a;
};

describe("parseServiceJson: v1.4 (json/2026-06-01 kms)", async () => {
  const { service, unknownFields, gaps } = parseServiceJson(await fixture("2026-06-01/kms/kms.json", "kms"));

  it("is a JSON-only service in the catalog schema", () => {
    expect(service.prefix).toBe("kms");
    expect(service.name).toBe("kms");
    expect(service.sources).toEqual(["json"]);
    expect(service.pages).toEqual([]);
    expect([service.actions.length, service.resourceTypes.length, service.conditionKeys.length]).toEqual([56, 2, 98]);
    expect(unknownFields).toEqual([]);
    expect(gaps).toEqual({ operationsWithoutActions: [], unlistedAuthorizedActions: [], actionsWithoutAccessLevel: [] });
    assertValidService(normalizeService(service), "kms.json");
  });

  it("reads access levels from the Annotations flags, keeping the flags", () => {
    const grant = action(service, "CreateGrant");
    expect(grant.accessLevels).toEqual(["Permissions management", "Write"]);
    expect(grant.accessLevel).toBe("Permissions management");
    expect(grant.annotations).toEqual({ isList: false, isPermissionManagement: true, isTaggingOnly: false, isWrite: true });
    expect(action(service, "TagResource")).toMatchObject({ accessLevel: "Tagging", accessLevels: ["Tagging", "Write"] });
    expect(action(service, "ListKeys")).toMatchObject({ accessLevel: "List", accessLevels: ["List"] });
    // All four flags false.
    expect(action(service, "DescribeKey")).toMatchObject({ accessLevel: "Read", accessLevels: ["Read"] });
  });

  it("has no description, no required marker and no permission-only marker (the JSON has none)", () => {
    const grant = action(service, "CreateGrant");
    expect(grant.description).toBe("");
    expect(grant.permissionOnly).toBe(false);
    expect(grant.resourceTypes).toEqual([{ name: "key", required: false, conditionKeys: [] }]);
    expect(grant.conditionKeys).toContain("kms:GrantIsForAWSResource");
    expect(grant.conditionKeys).toHaveLength(12);
    expect(grant.sources).toEqual(["json"]);
  });

  it("attaches the operations that authorize an action, and derives dependent actions from the one named like it", () => {
    const createKey = action(service, "CreateKey");
    expect(createKey.operations).toEqual([
      {
        name: "CreateKey",
        sdk: [{ package: "Boto3", name: "kms", method: "create_key" }],
        authorizedActions: [{ action: "kms:CreateKey" }, { action: "kms:PutKeyPolicy" }, { action: "kms:TagResource" }],
      },
    ]);
    expect(createKey.dependentActions).toEqual(["kms:PutKeyPolicy", "kms:TagResource"]);
    // CreateKey's operation also authorizes TagResource; TagResource does not depend on CreateKey.
    const tag = action(service, "TagResource");
    expect(tag.operations.map((o) => o.name).sort()).toContain("CreateKey");
    expect(tag.dependentActions).not.toContain("kms:CreateKey");
    // ReEncrypt authorizes ReEncryptFrom and ReEncryptTo, but neither is named ReEncrypt.
    const from = action(service, "ReEncryptFrom");
    expect(from.operations.map((o) => o.name)).toEqual(["ReEncrypt"]);
    expect(from.dependentActions).toEqual([]);
  });

  it("reads resource types and condition keys", () => {
    const key = service.resourceTypes.find((r) => r.name === "key")!;
    expect(key.arnFormats).toEqual(["arn:${Partition}:kms:${Region}:${Account}:key/${KeyId}"]);
    expect(key.sources).toEqual(["json"]);
    const spec = service.conditionKeys.find((k) => k.name === "kms:CustomerMasterKeySpec")!;
    expect(spec).toEqual({ name: "kms:CustomerMasterKeySpec", description: "", types: ["String"], sources: ["json"] });
  });
});

describe("parseServiceJson: operations and other services' actions", () => {
  it("access-analyzer StartPolicyGeneration needs iam:PassRole, passed to access-analyzer", async () => {
    const { service } = parseServiceJson(await fixture("2026-06-01/access-analyzer/access-analyzer.json", "access-analyzer"));
    const start = action(service, "StartPolicyGeneration");
    expect(start.dependentActions).toEqual(["iam:PassRole"]);
    expect(start.operations).toHaveLength(1);
    expect(start.operations[0]!.authorizedActions).toContainEqual({
      action: "iam:PassRole",
      context: { "iam:PassedToService": ["access-analyzer.amazonaws.com"] },
    });
  });

  it("kinesis CreateStream depends on AddTagsToStream", async () => {
    const { service } = parseServiceJson(await fixture("2026-06-01/kinesis/kinesis.json", "kinesis"));
    expect(action(service, "CreateStream").dependentActions).toEqual(["kinesis:AddTagsToStream"]);
    expect(action(service, "RegisterStreamConsumer").dependentActions).toEqual(["kinesis:TagResource"]);
  });

  it("reports operations without AuthorizedActions (geo-maps GetGlyphs needs no permission) instead of inventing one", async () => {
    const { service, gaps } = parseServiceJson(await fixture("2026-06-01/geo-maps/geo-maps.json", "geo-maps"));
    expect(gaps.operationsWithoutActions).toEqual(["GetGlyphs", "GetSprites", "GetStyleDescriptor"]);
    const attached = service.actions.flatMap((a) => a.operations.map((o) => o.name));
    expect(attached).not.toContain("GetGlyphs");
    expect(action(service, "GetTile").operations.map((o) => o.name)).toEqual(["GetTile"]);
  });
});

describe("parseServiceJson: v1.1 (json/2025-05-31 kms)", async () => {
  const { service, gaps } = parseServiceJson(await fixture("2025-05-31/kms/kms.json", "kms"));

  it("reads a file without Annotations and Operations", () => {
    expect(service.actions.length).toBeGreaterThan(40);
    expect(service.actions.every((a) => a.operations.length === 0 && a.dependentActions.length === 0)).toBe(true);
    expect(service.actions.every((a) => a.annotations === undefined)).toBe(true);
    expect(gaps.actionsWithoutAccessLevel).toHaveLength(service.actions.length);
    assertValidService(normalizeService(service), "kms.json");
  });
});

describe("parseServiceJson: bad input names the file and the JSON path", async () => {
  const good = JSON.parse((await fixture("2026-06-01/kinesis/kinesis.json", "kinesis")).text) as Record<string, any>;
  const run = (value: unknown, text?: string) => () => parseServiceJson({ service: "kinesis", file: "kinesis.json", text: text ?? JSON.stringify(value) });
  const edited = (edit: (j: any) => void) => {
    const j = structuredClone(good);
    edit(j);
    return j;
  };

  it("invalid JSON syntax", () => {
    expect(run(null, '{"Name": "kinesis", "Actions": [')).toThrow(JsonInputError);
    expect(run(null, '{"Name": "kinesis", "Actions": [')).toThrow(/^kinesis\.json: \/: invalid JSON: /);
  });

  it("missing Name of an action", () => {
    expect(run(edited((j) => delete j.Actions[12].Name))).toThrow("kinesis.json: /Actions/12/Name: missing");
  });

  it("missing top-level members", () => {
    expect(run(edited((j) => delete j.Name))).toThrow("kinesis.json: /Name: missing");
    expect(run(edited((j) => delete j.Actions))).toThrow("kinesis.json: /Actions: missing");
    expect(run(edited((j) => delete j.Version))).toThrow("kinesis.json: /Version: missing");
  });

  it("wrong types", () => {
    expect(run(edited((j) => (j.Actions = {})))).toThrow("kinesis.json: /Actions: expected an array, got an object");
    expect(run(edited((j) => (j.Actions[0].Annotations.Properties.IsWrite = "true")))).toThrow(
      "kinesis.json: /Actions/0/Annotations/Properties/IsWrite: expected a boolean, got a string",
    );
    expect(run(edited((j) => (j.Resources[0].ARNFormats = "arn:aws:...")))).toThrow("kinesis.json: /Resources/0/ARNFormats: expected an array, got a string");
    expect(run(edited((j) => (j.Operations[3].SDK[0].Method = 7)))).toThrow("kinesis.json: /Operations/3/SDK/0/Method: expected a string, got a number");
    expect(run([])).toThrow("kinesis.json: /: expected an object, got an array");
  });

  it("a condition-key type the schema does not know", () => {
    expect(run(edited((j) => (j.ConditionKeys[0].Types = ["Long"])))).toThrow(/kinesis\.json: \/ConditionKeys\/0\/Types\/0: unknown condition key type "Long"/);
  });

  it("a name the catalog cannot hold, a repeated action, a Name that is not the service", () => {
    expect(run(edited((j) => (j.Actions[1].Name = "Put Record")))).toThrow(/kinesis\.json: \/Actions\/1\/Name: "Put Record" is not a valid action name/);
    expect(run(edited((j) => (j.Actions[2].Name = j.Actions[0].Name)))).toThrow(/kinesis\.json: \/Actions\/2\/Name: duplicate action name ".*" \(first at \/Actions\/0\)/);
    expect(run(edited((j) => (j.Name = "kms")))).toThrow('kinesis.json: /Name: "kms" is not the service "kinesis"');
  });

  it("unknown members are reported with their path and kept out of the catalog", () => {
    const { service, unknownFields } = parseServiceJson({
      service: "kinesis",
      file: "kinesis.json",
      text: JSON.stringify(
        edited((j) => {
          j.PartitionList = ["aws"];
          j.Actions[0].IsDeprecatedAction = true;
          j.Actions[3].IsDeprecatedAction = false;
          j.Operations[0].SDK[0].SinceVersion = "1.2";
        }),
      ),
    });
    expect(unknownFields).toEqual(["/Actions/*/IsDeprecatedAction", "/Operations/*/SDK/*/SinceVersion", "/PartitionList"]);
    expect(JSON.stringify(service).match(/IsDeprecatedAction|PartitionList|SinceVersion/)).toBeNull();
  });
});
