import { describe, expect, it } from "vitest";
import { arnFormatsOf } from "../../src/emit/arn.js";
import {
  buildersByResourceType,
  dependentActionListOf,
  encodeActionDetails,
  encodeActionFacts,
  encodeArnFormat,
  encodeConditionKeyRow,
  encodeResourceType,
  memberIndexOf,
  nameIndexOf,
  sdkDefaults,
  separatorsFor,
} from "../../src/emit/encoding.js";
import { decodeActions, decodeConditionKeys, decodeResourceTypes } from "../../src/emit/package/_runtime.js";
import { readCatalog } from "../../src/model/catalog.js";
import { defaultSnapshotsDir } from "../../src/model/paths.js";
import type { Action, ResourceType, Service } from "../../src/model/types.js";
import { fixtureCatalog, hostileCatalog } from "./support.js";

/** Encodes a service's members and decodes them with the runtime decoders of the generated package. */
function roundTrip(service: Service) {
  const what = (name: string) => `${service.prefix}: ${name}`;
  const defaults = sdkDefaults(service.actions);
  const keyList = service.conditionKeys.map((k) => k.name);
  const index = memberIndexOf(service);
  const formats = arnFormatsOf(service.resourceTypes);
  const builders = buildersByResourceType(service.resourceTypes, formats);
  const facts = Object.fromEntries(service.actions.map((a) => [a.name, encodeActionFacts(a, index, what(a.name))]));
  const details = Object.fromEntries(service.actions.map((a) => [a.name, encodeActionDetails(a, defaults, what(a.name))]));
  const resourceFacts = Object.fromEntries(service.resourceTypes.map((r) => [r.name, encodeResourceType(r, builders.get(r.name)!, index.keys, what(r.name))]));
  const lists = { keys: keyList, resourceTypes: Object.keys(resourceFacts), dependentActions: index.dependentActionList };
  const decoded = decodeActions<Record<string, string>, Record<string, unknown>, Record<string, string[]>>(service.prefix, facts, details, defaults, lists);
  const arnFormats = Object.fromEntries(formats.map((f) => [f.builder, encodeArnFormat(f, what(f.format))]));
  const resourceTypes = decodeResourceTypes<Record<string, unknown>>(resourceFacts, keyList, arnFormats);
  const keys = decodeConditionKeys<Record<string, unknown>>(
    Object.fromEntries(service.conditionKeys.map((k) => [k.name, encodeConditionKeyRow(k, what(k.name))])),
  );
  return { ...decoded, resourceTypes, keys };
}

function expectFaithful(service: Service) {
  const decoded = roundTrip(service);
  for (const a of service.actions) {
    expect(decoded.actions[a.name]).toBe(`${service.prefix}:${a.name}`);
    expect(decoded.actionInfo[a.name], `${service.prefix}:${a.name}`).toEqual({
      description: a.description,
      accessLevel: a.accessLevel,
      accessLevels: a.accessLevels,
      permissionOnly: a.permissionOnly,
      resourceTypes: a.resourceTypes,
      conditionKeys: a.conditionKeys,
      dependentActions: a.dependentActions,
      operations: a.operations.map((o) => ({ name: o.name, sdk: o.sdk })),
    });
  }
  expect(Object.keys(decoded.actionInfo).sort()).toEqual(service.actions.map((a) => a.name).sort());
  for (const level of ["List", "Read", "Write", "Permissions management", "Tagging"] as const)
    expect(decoded.actionsByAccessLevel[level]).toEqual(
      service.actions.filter((a) => a.accessLevels.includes(level)).map((a) => `${service.prefix}:${a.name}`),
    );
  for (const r of service.resourceTypes) expect(decoded.resourceTypes[r.name]).toEqual({ arnFormats: r.arnFormats, conditionKeys: r.conditionKeys });
  for (const k of service.conditionKeys)
    expect(decoded.keys[k.name]).toEqual({ description: k.description, types: k.types, ...(k.deprecated ? { deprecated: k.deprecated } : {}) });
}

describe("encoded members decode to exactly the catalog's data", () => {
  it("for the fixture services (KMS, S3, EC2 subset, API Gateway v1+v2)", async () => {
    for (const s of (await readCatalog(fixtureCatalog)).services) expectFaithful(s);
  });
  it("for the hostile fixture (separators, quotes, U+2028 and more in every text)", async () => {
    for (const s of (await readCatalog(hostileCatalog)).services) expectFaithful(s);
  });
  it("for every service in snapshots/", async () => {
    for (const s of (await readCatalog(defaultSnapshotsDir)).services) expectFaithful(s);
  });
});

describe("separatorsFor", () => {
  it("skips characters the items use", () => {
    expect(separatorsFor(["a|b", "c,d"], 2, "x")).toEqual([";", "~"]);
  });
  it("fails, naming the member, when the items use every candidate", () => {
    const all = "|,;~^#!+=&%" + Array.from({ length: 8 }, (_, i) => String.fromCharCode(1 + i)).join("");
    expect(() => separatorsFor([all], 1, "kms: action \"X\"")).toThrow('kms: action "X": cannot encode');
  });
});

describe("encodeActionFacts", () => {
  it("rejects an empty name in a list, naming the action", () => {
    const action: Action = {
      name: "A",
      description: "",
      accessLevel: "Read",
      accessLevels: ["Read"],
      permissionOnly: false,
      resourceTypes: [],
      conditionKeys: [""],
      dependentActions: [],
      operations: [],
      sources: ["html"],
    };
    expect(() => encodeActionFacts(action, { keys: new Map(), resourceTypes: new Map(), dependentActions: new Map(), dependentActionList: [] }, 'kms: action "A"')).toThrow('kms: action "A": empty name in a list');
  });

  it("writes the service's condition keys and resource types as indices into its lists of them, and others by name", () => {
    const action = {
      name: "A",
      description: "",
      accessLevel: "Read",
      accessLevels: ["Read"],
      permissionOnly: false,
      resourceTypes: [{ name: "key", required: true, conditionKeys: ["kms:B"] }],
      conditionKeys: ["kms:A", "aws:Other"],
      dependentActions: [],
      operations: [],
      sources: ["html"],
    } as Action;
    const index = {
      keys: nameIndexOf([{ name: "kms:A" }, { name: "kms:B" }]),
      resourceTypes: nameIndexOf([{ name: "alias" }, { name: "key" }]),
      dependentActions: nameIndexOf([{ name: "iam:PassRole" }]),
      dependentActionList: ["iam:PassRole"],
    };
    expect(encodeActionFacts(action, index, "kms: action A")).toBe("R|||1;1;1|0,aws:Other||");
    expect(encodeActionFacts({ ...action, permissionOnly: true }, { ...index, resourceTypes: new Map() }, "kms: action A")).toBe("R||1|key;1;1|0,aws:Other||");
    expect(() => encodeActionFacts({ ...action, conditionKeys: ["12"] }, index, "kms: action A")).toThrow("the condition key \"12\": a name of digits alone reads as an index");
    expect(encodeActionFacts({ ...action, dependentActions: ["iam:PassRole", "kms:Other"] }, index, "kms: action A")).toBe("R|||1;1;1|0,aws:Other|0,kms:Other|");
    expect(() => memberIndexOf({ prefix: "kms", conditionKeys: [], resourceTypes: [{ name: "12", arnFormats: [], conditionKeys: [], sources: ["html"] }], actions: [] })).toThrow('kms: cannot encode the resource type "12"');
  });
});

describe("dependentActionListOf", () => {
  it("lists, sorted, the dependent actions that more than one action names", () => {
    const action = (name: string, dependentActions: string[]) => ({ name, dependentActions }) as Action;
    expect(dependentActionListOf([action("A", ["s3:Get", "iam:PassRole"]), action("B", ["iam:PassRole", "kms:Decrypt"]), action("C", ["s3:Get"])])).toEqual([
      "iam:PassRole",
      "s3:Get",
    ]);
  });
});

describe("encodeArnFormat and encodeResourceType", () => {
  it("write placeholders, with a parameter name only where it is not the placeholder uncapitalized, and formats by their builders", () => {
    const resourceTypes: ResourceType[] = [
      { name: "job", arnFormats: ["arn:${Partition}:x:${Region}:${Account}:job/${JobID}"], conditionKeys: [], sources: ["html"] },
      { name: "stage", arnFormats: ["arn:${Partition}:x:${Region}::/restapis/${RestApiId}/stages/${StageName}", "arn:${Partition}:x:${Region}::/apis/${ApiId}/stages/${StageName}"], conditionKeys: ["x:K"], sources: ["html"] },
    ];
    const formats = arnFormatsOf(resourceTypes);
    expect(Object.fromEntries(formats.map((f) => [f.builder, encodeArnFormat(f, f.format)]))).toEqual({
      job: "|,job|arn:|Partition|:x:|Region|:|Account|:job/|JobID,jobId|",
      stageByApiId: "|,stage|arn:|Partition|:x:|Region|::/apis/|ApiId|/stages/|StageName|",
      stageByRestApiId: "|,stage|arn:|Partition|:x:|Region|::/restapis/|RestApiId|/stages/|StageName|",
    });
    const builders = buildersByResourceType(resourceTypes, formats);
    expect(() => buildersByResourceType([{ ...resourceTypes[0]!, arnFormats: ["arn:other"] }], formats)).toThrow('resource type "job": no builder for the ARN format "arn:other"');
    expect(encodeResourceType(resourceTypes[0]!, builders.get("job")!, new Map(), "x: job")).toBe("|,|");
    expect(encodeResourceType(resourceTypes[1]!, builders.get("stage")!, nameIndexOf([{ name: "x:K" }]), "x: stage")).toBe("|,stageByRestApiId,stageByApiId|0");
  });
});
