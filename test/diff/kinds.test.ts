// Every kind of change, on real pages edited by hand: test/fixtures/diff/base (unedited) against
// test/fixtures/diff/edited (EDITED; its README numbers each edit, cited below as "edit N").
import { beforeAll, describe, expect, it } from "vitest";
import { CHANGE_KINDS, diffCatalogs, type CatalogDiff, type Change } from "../../src/diff/index.js";
import { renderCatalog, type Catalog } from "../../src/model/catalog.js";
import type { Service } from "../../src/model/types.js";
import { readFixture } from "./helpers.js";

const describeChange = (c: Change) =>
  [c.impact, c.kind, c.prefix, c.action, c.resourceType, c.conditionKey, c.operation, c.field].filter((x) => x !== undefined).join(" ");

const all = (d: CatalogDiff) => d.services.flatMap((s) => s.changes);
const find = (d: CatalogDiff, kind: Change["kind"], pick: Partial<Change> = {}) =>
  all(d).filter((c) => c.kind === kind && Object.entries(pick).every(([k, v]) => c[k as keyof Change] === v));

let base: Catalog;
let edited: Catalog;
let diff: CatalogDiff;

beforeAll(async () => {
  base = await readFixture("base");
  edited = await readFixture("edited");
  diff = diffCatalogs(base, edited);
});

describe("diffCatalogs on the hand-edited fixture", () => {
  it("finds exactly the changes the edits make, in a fixed order", () => {
    expect(diff.services.map((s) => s.prefix)).toEqual(["braket", "codeguru", "mobileanalytics", "sustainability"]);
    expect(all(diff).map(describeChange)).toEqual([
      "minor action-added braket AccessBraketFeature", // edit 5
      "major action-removed braket AcceptUserAgreement", // edit 4
      "major action-access-level-changed braket SearchSpendingLimits", // edit 6
      "minor action-access-level-changed braket TagResource", // edit 7
      "minor action-resource-type-added braket SearchJobs job", // edit 9
      "major action-resource-type-added braket SearchSpendingLimits spending-limit", // edit 8
      "major action-resource-type-removed braket CreateJob device", // edit 11
      "major action-resource-type-removed braket CreateQuantumTask device",
      "major action-resource-type-removed braket CreateSpendingLimit device",
      "major action-resource-type-removed braket GetDevice device",
      "major action-resource-type-removed braket ListTagsForResource spending-limit", // edit 10
      "minor action-resource-type-required-changed braket CancelJob job", // edit 12
      "major action-resource-type-required-changed braket TagResource job", // edit 13
      "minor action-condition-key-added braket CreateJob aws:ResourceTag/${TagKey}", // edit 14
      "minor action-condition-key-added braket GetJob job aws:ResourceTag/${TagKey}", // edit 15
      "major action-condition-key-removed braket UntagResource aws:TagKeys", // edit 16
      "minor action-dependent-action-added braket CancelJob", // edit 17
      "minor action-dependent-action-removed braket CreateJob", // edit 18
      "minor action-operation-added braket GetUserAgreementStatus GetUserAgreementStatus", // edit 19
      "major action-operation-removed braket GetQuantumTask GetQuantumTask", // edit 20
      "major action-operation-changed braket CreateJob CreateJob", // edit 21
      "minor action-operation-changed braket UpdateSpendingLimit UpdateSpendingLimit", // edit 22
      "minor resource-type-added braket reservation", // edit 26
      "major resource-type-removed braket device", // edit 25
      "major resource-type-arn-changed braket job", // edit 27
      "minor resource-type-arn-changed braket quantum-task", // edit 28
      "minor resource-type-condition-key-added braket spending-limit aws:TagKeys", // edit 30
      "major resource-type-condition-key-removed braket job aws:ResourceTag/${TagKey}", // edit 29
      "minor condition-key-added braket braket:DeviceArn", // edit 31
      "major condition-key-removed braket aws:RequestTag/${TagKey}", // edit 32
      "major condition-key-type-changed braket aws:TagKeys", // edit 33
      "minor condition-key-deprecated braket aws:ResourceTag/${TagKey}", // edit 34
      "patch action-description-changed braket GetJob", // edit 23
      "patch condition-key-description-changed braket aws:TagKeys", // edit 35
      "patch metadata-changed braket GetServiceLinkedRoleStatus permissionOnly", // edit 24
      "major service-removed codeguru", // edit 1
      "minor service-added mobileanalytics", // edit 2
      "patch service-renamed sustainability", // edit 3
    ]);
  });

  it("covers every kind of change the diff knows", () => {
    const seen = new Set(all(diff).map((c) => c.kind));
    expect(CHANGE_KINDS.filter((k) => !seen.has(k))).toEqual([]);
  });

  it("records what each change was and became", () => {
    expect(find(diff, "action-access-level-changed", { action: "SearchSpendingLimits" })[0]).toMatchObject({
      before: ["Read"],
      after: ["List"],
    });
    expect(find(diff, "action-access-level-changed", { action: "TagResource" })[0]).toMatchObject({
      before: ["Tagging"],
      after: ["Tagging", "Write"],
    });
    expect(find(diff, "action-resource-type-required-changed", { action: "TagResource" })[0]).toMatchObject({ before: false, after: true });
    expect(find(diff, "action-dependent-action-added")[0]?.after).toBe("braket:GetJob");
    expect(find(diff, "action-dependent-action-removed")[0]?.before).toBe("braket:TagResource");
    expect(find(diff, "resource-type-arn-changed", { resourceType: "job" })[0]).toMatchObject({
      before: ["arn:${Partition}:braket:${Region}:${Account}:job/${RandomId}"],
      after: ["arn:${Partition}:braket:${Region}:${Account}:job/${JobName}"],
    });
    expect(find(diff, "condition-key-type-changed")[0]).toMatchObject({ before: ["ArrayOfString"], after: ["String"] });
    expect(find(diff, "condition-key-deprecated")[0]?.after).toBe("braket:DeviceArn");
    expect(find(diff, "service-renamed")[0]).toMatchObject({ before: "AWS Sustainability", after: "AWS Sustainability Insights" });
    expect(find(diff, "service-removed")[0]?.before).toEqual({ actions: 1, resourceTypes: 0, conditionKeys: 0 });
    const op = find(diff, "action-operation-changed", { action: "CreateJob" })[0]!;
    expect(op.before).toContain("authorizes iam:PassRole iam:PassedToService=braket.amazonaws.com|sagemaker.amazonaws.com");
    expect(op.after).toContain("authorizes iam:PassRole iam:PassedToService=braket.amazonaws.com");
  });

  it("gives severity from impact, and the catalog the highest impact", () => {
    for (const c of all(diff)) expect(c.severity).toBe({ major: "breaking", minor: "addition", patch: "description" }[c.impact]);
    expect(diff.impact).toBe("major");
    expect(diff.severities).toEqual({ breaking: 18, addition: 16, description: 4 });
    expect(diff.counts["action-resource-type-removed"]).toBe(5);
    expect(diff.services.find((s) => s.prefix === "sustainability")?.impact).toBe("patch");
    expect(diff.services.find((s) => s.prefix === "mobileanalytics")?.impact).toBe("minor");
  });
});

describe("semver impact of a whole diff", () => {
  const only = (cat: Catalog, prefix: string): Catalog => ({ ...cat, services: cat.services.filter((s) => s.prefix === prefix) });
  it("is none for equal catalogs, patch for descriptions only, minor for additions only", () => {
    expect(diffCatalogs(base, base).impact).toBe("none");
    // sustainability was only renamed (edit 3).
    expect(diffCatalogs(only(base, "sustainability"), only(edited, "sustainability")).impact).toBe("patch");
    // mobileanalytics is new (edit 2), nothing else changes.
    expect(
      diffCatalogs(only(base, "sustainability"), {
        ...base,
        services: [...only(base, "sustainability").services, ...only(edited, "mobileanalytics").services],
      }).impact,
    ).toBe("minor");
  });
});

describe("determinism and completeness", () => {
  const reversed = (c: Catalog): Catalog => ({
    source: c.source,
    services: [...c.services].reverse().map((s) => ({
      ...s,
      actions: [...s.actions]
        .reverse()
        .map((a) => ({
          ...a,
          resourceTypes: [...a.resourceTypes].reverse(),
          conditionKeys: [...a.conditionKeys].reverse(),
          operations: [...a.operations].reverse(),
        })),
      resourceTypes: [...s.resourceTypes].reverse(),
      conditionKeys: [...s.conditionKeys].reverse(),
    })),
  });

  it("does not depend on the order the catalogs list things in", () => {
    expect(JSON.stringify(diffCatalogs(reversed(base), reversed(edited)))).toBe(JSON.stringify(diff));
  });

  it("reports no change exactly when the catalogs render to the same files", () => {
    expect(diffCatalogs(base, reversed(base)).services).toEqual([]);
    const same = (a: Catalog, b: Catalog) =>
      JSON.stringify([...renderCatalog(a)].filter(([f]) => f !== "index.json")) ===
      JSON.stringify([...renderCatalog(b)].filter(([f]) => f !== "index.json"));
    expect(same(base, reversed(base))).toBe(true);

    // Change each field of a record in turn: every one must show up in the diff.
    const braket = () => structuredClone(base.services.find((s) => s.prefix === "braket")!) as Service;
    const mutations: [string, (s: Service) => void][] = [
      ["service name", (s) => (s.name = "X")],
      ["service pages", (s) => (s.pages = [])],
      ["service sources", (s) => (s.sources = ["html"])],
      ["action description", (s) => (s.actions[0]!.description += ".")],
      ["action accessLevel", (s) => (s.actions[0]!.accessLevel = "Read")],
      ["action accessLevels", (s) => s.actions[0]!.accessLevels.push("Tagging")],
      ["action annotations", (s) => delete s.actions[0]!.annotations],
      ["action permissionOnly", (s) => (s.actions[0]!.permissionOnly = !s.actions[0]!.permissionOnly)],
      ["action apiDocUrl", (s) => delete s.actions[0]!.apiDocUrl],
      ["action resource required", (s) => (s.actions[1]!.resourceTypes[0]!.required = false)],
      ["action resource keys", (s) => s.actions[1]!.resourceTypes[0]!.conditionKeys.push("k")],
      ["action keys", (s) => s.actions[0]!.conditionKeys.push("k")],
      ["action dependentActions", (s) => s.actions[0]!.dependentActions.push("x:Y")],
      ["operation sdk", (s) => (s.actions[1]!.operations[0]!.sdk[0]!.method = "m")],
      ["operation authorized action", (s) => (s.actions[1]!.operations[0]!.authorizedActions[0]!.action = "x:Y")],
      ["action sources", (s) => (s.actions[0]!.sources = ["json"])],
      ["resource arnFormats", (s) => (s.resourceTypes[0]!.arnFormats = ["arn:x"])],
      ["resource keys", (s) => s.resourceTypes[0]!.conditionKeys.push("k")],
      ["resource sources", (s) => (s.resourceTypes[0]!.sources = ["json"])],
      ["key description", (s) => (s.conditionKeys[0]!.description = "d")],
      ["key types", (s) => (s.conditionKeys[0]!.types = ["Bool"])],
      ["key deprecated", (s) => (s.conditionKeys[0]!.deprecated = {})],
      ["key sources", (s) => (s.conditionKeys[0]!.sources = ["json"])],
    ];
    for (const [what, mutate] of mutations) {
      const changed = braket();
      mutate(changed);
      const after: Catalog = { ...base, services: base.services.map((s) => (s.prefix === "braket" ? changed : s)) };
      expect(same(base, after), what).toBe(false);
      expect(diffCatalogs(base, after).services.length, what).toBe(1);
    }
  });

  it("names a duplicated prefix instead of diffing it", () => {
    expect(() => diffCatalogs(base, { ...base, services: [...base.services, base.services[0]!] })).toThrow(
      /new catalog: service prefix "braket" appears twice/,
    );
  });
});
