import path from "node:path";
import { describe, expect, it } from "vitest";
import { REASONS, reconcile, renderReconcileJson, renderReconcileMarkdown, type Disagreement } from "../../src/merge/index.js";
import { accessLevelsFromAnnotations, parseJsonServices, primaryAccessLevel, readJsonDir } from "../../src/json/index.js";
import { parseHtmlPages, readHtmlDir } from "../../src/parse/index.js";
import { repoRoot } from "../../src/model/paths.js";
import type { Action, Annotations, Service } from "../../src/model/types.js";

function action(over: Partial<Action> & { name: string }): Action {
  return {
    description: "",
    accessLevel: "Write",
    accessLevels: ["Write"],
    permissionOnly: false,
    resourceTypes: [],
    conditionKeys: [],
    dependentActions: [],
    operations: [],
    sources: ["html"],
    ...over,
  };
}

const flags = (over: Partial<Annotations>): Annotations => ({ isList: false, isPermissionManagement: false, isTaggingOnly: false, isWrite: false, ...over });
/** A JSON action as the reader makes it: levels from the flags. */
function jsonAction(over: Partial<Action> & { name: string }): Action {
  const levels = over.annotations ? accessLevelsFromAnnotations(over.annotations) : (["Read"] as const);
  return action({ accessLevels: [...levels], accessLevel: primaryAccessLevel(levels), sources: ["json"], ...over });
}
const svc = (prefix: string, over: Partial<Service> = {}): Service => ({
  prefix,
  name: prefix,
  sources: ["html"],
  pages: [],
  actions: [],
  resourceTypes: [],
  conditionKeys: [],
  ...over,
});

const html: Service[] = [
  svc("pagesonly"),
  svc("demo", {
    actions: [
      action({
        name: "Put",
        accessLevel: "Write",
        resourceTypes: [{ name: "bucket", required: true, conditionKeys: ["demo:A"] }],
        conditionKeys: ["demo:B", "demo:Moved"],
      }),
      action({ name: "Grant", accessLevel: "Permissions management", accessLevels: ["Permissions management"] }),
      action({ name: "Tag", accessLevel: "Tagging", accessLevels: ["Tagging", "Write"] }),
      action({ name: "Set", accessLevel: "Write" }),
      action({ name: "List", accessLevel: "List", accessLevels: ["List"] }),
      action({ name: "OnlyPage" }),
      action({ name: "getThing" }),
    ],
    resourceTypes: [
      { name: "bucket", arnFormats: ["arn:${Partition}:demo:::${BucketName}"], conditionKeys: ["aws:ResourceTag/${TagKey}"], sources: ["html"] },
      { name: "object", arnFormats: ["arn:${Partition}:demo:::${BucketName}/${ObjectName}"], conditionKeys: [], sources: ["html"] },
      { name: "job", arnFormats: ["arn:${Partition}:demo:${Region}:${Account}:job/${JobId}"], conditionKeys: [], sources: ["html"] },
      { name: "multi", arnFormats: ["arn:a", "arn:b"], conditionKeys: [], sources: ["html"] },
    ],
    conditionKeys: [
      { name: "demo:A", description: "", types: ["String"], sources: ["html"] },
      { name: "demo:B", description: "", types: ["ArrayOfString"], sources: ["html"] },
      { name: "demo:C", description: "", types: ["Numeric"], sources: ["html"] },
    ],
  }),
];

const json: Service[] = [
  svc("jsononly", { sources: ["json"] }),
  svc("demo", {
    sources: ["json"],
    actions: [
      jsonAction({
        name: "Put",
        annotations: flags({ isWrite: true }),
        resourceTypes: [
          { name: "bucket", required: false, conditionKeys: ["demo:A", "demo:Moved"] },
          { name: "object", required: false, conditionKeys: [] },
        ],
        conditionKeys: ["demo:B", "demo:X"],
      }),
      jsonAction({ name: "Grant", annotations: flags({ isPermissionManagement: true, isWrite: true }) }),
      jsonAction({ name: "Tag", annotations: flags({ isTaggingOnly: true, isWrite: true }) }),
      jsonAction({ name: "Set", annotations: flags({ isPermissionManagement: true, isWrite: true }) }),
      // No flags (a v1.1 file): not compared.
      jsonAction({ name: "List" }),
      jsonAction({ name: "OnlyJson" }),
      jsonAction({ name: "GetThing" }),
    ],
    resourceTypes: [
      { name: "bucket", arnFormats: ["arn:${Partition}:demo:::${Bucket}"], conditionKeys: ["aws:ResourceTag/${TagKey}"], sources: ["json"] },
      { name: "object", arnFormats: ["ARN:${Partition}:demo:::${BucketName}/${ObjectName}"], conditionKeys: ["demo:A"], sources: ["json"] },
      { name: "job", arnFormats: ["arn:${Partition}:demo:${Region}:${Account}:job/${JobId}"], conditionKeys: [], sources: ["json"] },
      { name: "multi", arnFormats: ["arn:a"], conditionKeys: [], sources: ["json"] },
    ],
    conditionKeys: [
      { name: "demo:A", description: "", types: ["String"], sources: ["json"] },
      { name: "demo:B", description: "", types: ["String"], sources: ["json"] },
      { name: "demo:C", description: "", types: ["Numeric", "String"], sources: ["json"] },
    ],
  }),
];

describe("reconcile (hand-built disagreements)", () => {
  const report = reconcile(html, json);
  const find = (field: string, item: string, record?: string) =>
    report.disagreements.filter((d) => d.field === field && d.item === item && (record === undefined || d.record === record));

  it("services present on one side", () => {
    expect(find("service", "jsononly")).toEqual([{ kind: "missing", field: "service", prefix: "jsononly", record: "", item: "jsononly", onlyIn: "json", reason: REASONS.noPage }]);
    expect(find("service", "pagesonly")[0]).toMatchObject({ onlyIn: "html", reason: REASONS.noJsonFile });
    expect(report.fields.service).toEqual({ compared: 3, agreeing: 1 });
  });

  it("actions present on one side, and names that differ in letter case", () => {
    expect(find("action", "OnlyPage")[0]).toMatchObject({ onlyIn: "html", reason: REASONS.missingFromJson });
    expect(find("action", "OnlyJson")[0]).toMatchObject({ onlyIn: "json", reason: REASONS.missingFromPages });
    expect(find("action", "getThing")[0]).toMatchObject({ onlyIn: "html", reason: REASONS.letterCase });
    expect(find("action", "GetThing")[0]).toMatchObject({ onlyIn: "json", reason: REASONS.letterCase });
    expect(report.fields.action).toEqual({ compared: 9, agreeing: 5 });
  });

  it("resource types and condition keys per action, by row", () => {
    expect(find("actionResourceType", "object", "Put")[0]).toMatchObject({ onlyIn: "json", reason: REASONS.missingFromPages });
    expect(find("actionConditionKey", "demo:Moved")).toEqual([
      expect.objectContaining({ record: "Put", onlyIn: "html", reason: REASONS.otherRow }),
      expect.objectContaining({ record: "Put / bucket", onlyIn: "json", reason: REASONS.otherRow }),
    ]);
    expect(find("actionConditionKey", "demo:X")[0]).toMatchObject({ record: "Put", onlyIn: "json", reason: REASONS.missingFromPages });
    // Rows: action-level {B, Moved, X} + bucket {A, Moved}; object is only in the JSON, not compared below.
    expect(report.fields.actionConditionKey).toEqual({ compared: 5, agreeing: 2 });
  });

  it("access levels vs the JSON flags: the page's single level is the non-Write one of a combination", () => {
    const levels = report.disagreements.filter((d) => d.field === "accessLevel");
    expect(levels).toEqual([
      { kind: "differs", field: "accessLevel", prefix: "demo", record: "Set", item: "access level", html: ["Write"], json: ["Permissions management", "Write"], reason: REASONS.accessLevel },
    ]);
    // Put, Grant, Tag, Set compared; List has no flags.
    expect(report.fields.accessLevel).toEqual({ compared: 4, agreeing: 3 });
  });

  it("ARN formats, resource-type keys and key types, with their reasons", () => {
    const arn = (name: string) => find("arnFormats", "ARN formats", name)[0]?.reason;
    expect(arn("bucket")).toBe(REASONS.placeholderNames);
    expect(arn("object")).toBe(REASONS.arnCase);
    expect(arn("multi")).toBe(REASONS.moreOnPages);
    expect(arn("job")).toBeUndefined();
    expect(find("resourceTypeConditionKey", "demo:A", "object")[0]).toMatchObject({ onlyIn: "json" });
    expect(find("conditionKeyTypes", "types", "demo:B")[0]).toMatchObject({ html: ["ArrayOfString"], json: ["String"], reason: REASONS.arrayVsScalar });
    expect(find("conditionKeyTypes", "types", "demo:C")[0]).toMatchObject({ reason: REASONS.moreInJson });
    expect(report.fields.arnFormats).toEqual({ compared: 4, agreeing: 1 });
    expect(report.fields.conditionKeyTypes).toEqual({ compared: 3, agreeing: 1 });
  });

  it("totals, per service and per reason", () => {
    const sum = Object.values(report.fields).reduce((n, f) => n + f.compared - f.agreeing, 0);
    expect(report.disagreements).toHaveLength(sum);
    expect(report.overall.compared - report.overall.agreeing).toBe(sum);
    expect(report.services.map((s) => [s.prefix, s.total])).toEqual([
      ["demo", sum - 2],
      ["jsononly", 1],
      ["pagesonly", 1],
    ]);
    expect(report.reasons.reduce((n, r) => n + r.count, 0)).toBe(sum);
  });

  it("identical inputs agree completely", () => {
    const same = reconcile(json, json);
    expect(same.disagreements).toEqual([]);
    expect(same.overall.agreeing).toBe(same.overall.compared);
  });

  it("renders Markdown and JSON deterministically, listing every disagreement", () => {
    const md = renderReconcileMarkdown(report, { html: "html/x", json: "json/x" });
    expect(md).toBe(renderReconcileMarkdown(reconcile(structuredClone(html), structuredClone(json)), { html: "html/x", json: "json/x" }));
    expect(md).toContain("# Reconcile: documentation pages vs official JSON (html/x vs json/x)");
    const rows = md.split("\n").filter((l) => l.startsWith("| `") && l.split("|").length === 9);
    expect(rows).toHaveLength(report.disagreements.length);
    expect(md).toContain("| `demo` | accessLevel | `Set` | `access level` | `Write` | `Permissions management`, `Write` | different access level |");
    const parsed = JSON.parse(renderReconcileJson(report)) as { overall: { ratio: number }; disagreements: Disagreement[] };
    expect(parsed.overall.ratio).toBeCloseTo(report.overall.agreeing / report.overall.compared);
    expect(parsed.disagreements).toEqual(report.disagreements);
  });
});

describe("reconcile (real pages and JSON of 2026-06-01: kms, kinesis, access-analyzer)", async () => {
  const fixtures = path.join(repoRoot, "test/fixtures/json");
  const pages = await parseHtmlPages(await readHtmlDir(path.join(fixtures, "pages-2026-06-01")));
  const json = parseJsonServices(await readJsonDir(path.join(fixtures, "2026-06-01"))).services;

  it("the two publications agree on these services, except geo-maps which has no page here", () => {
    const report = reconcile(pages, json);
    expect(report.disagreements).toEqual([
      { kind: "missing", field: "service", prefix: "geo-maps", record: "", item: "geo-maps", onlyIn: "json", reason: REASONS.noPage },
    ]);
    expect(report.fields.action.compared).toBeGreaterThan(100);
    expect(report.fields.accessLevel.agreeing).toBe(report.fields.accessLevel.compared);
  });
});
