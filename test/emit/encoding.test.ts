import { describe, expect, it } from "vitest";
import { encodeActionDetails, encodeActionFacts, encodeConditionKeyRow, encodeResourceType, keyIndexOf, sdkDefaults, separatorsFor } from "../../src/emit/encoding.js";
import { decodeActions, decodeConditionKeys, decodeResourceTypes } from "../../src/emit/package/_runtime.js";
import { readCatalog } from "../../src/model/catalog.js";
import { defaultSnapshotsDir } from "../../src/model/paths.js";
import type { Action, Service } from "../../src/model/types.js";
import { fixtureCatalog, hostileCatalog } from "./support.js";

/** Encodes a service's members and decodes them with the runtime decoders of the generated package. */
function roundTrip(service: Service) {
  const what = (name: string) => `${service.prefix}: ${name}`;
  const defaults = sdkDefaults(service.actions);
  const keyList = service.conditionKeys.map((k) => k.name);
  const keyIndex = keyIndexOf(service.conditionKeys);
  const facts = Object.fromEntries(service.actions.map((a) => [a.name, encodeActionFacts(a, keyIndex, what(a.name))]));
  const details = Object.fromEntries(service.actions.map((a) => [a.name, encodeActionDetails(a, defaults, what(a.name))]));
  const decoded = decodeActions<Record<string, string>, Record<string, unknown>, Record<string, string[]>>(service.prefix, facts, details, defaults, keyList);
  const resourceTypes = decodeResourceTypes<Record<string, unknown>>(
    Object.fromEntries(service.resourceTypes.map((r) => [r.name, encodeResourceType(r, keyIndex, what(r.name))])),
    keyList,
  );
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
    expect(() => encodeActionFacts(action, new Map(), 'kms: action "A"')).toThrow('kms: action "A": empty name in a list');
  });

  it("writes the service's condition keys as indices into its key list, and others by name", () => {
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
    const facts = encodeActionFacts(action, keyIndexOf([{ name: "kms:A" }, { name: "kms:B" }]), "kms: action A");
    expect(facts).toBe("R||0|key;1;1|0,aws:Other||");
    expect(() => encodeActionFacts({ ...action, conditionKeys: ["12"] }, new Map(), "kms: action A")).toThrow("a name of digits alone reads as an index");
  });
});
