import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseJsonServices, readJsonDir } from "../../src/json/index.js";
import { parseHtmlPages, readHtmlDir } from "../../src/parse/index.js";
import { mergeSources, reconcile, renderReconcileMarkdown, ratioOf, type ReconcileReport } from "../../src/merge/index.js";
import { corpusDir, defaultSnapshotsDir } from "../../src/model/paths.js";
import type { Service } from "../../src/model/types.js";

// Issue 2's cross-check and issue 3's must-shows, on the same day's pages and JSON.
const HTML = path.join(corpusDir, "html", "2026-06-01");
const JSON_DIR = path.join(corpusDir, "json", "2026-06-01");
const LABELS = { html: "html/2026-06-01", json: "json/2026-06-01" };
const COMMITTED = path.join(defaultSnapshotsDir, "RECONCILE.md");
const hasCorpus = existsSync(HTML) && existsSync(JSON_DIR);
if (!hasCorpus) console.warn(`test/merge/crossCheck.test.ts: skipped, the corpus is absent (${HTML}, ${JSON_DIR}); the fixture tests still run.`);

/** The summary line of a rendered report: agreeing, compared, disagreements. */
function totalsOf(markdown: string): number[] {
  const m = /^Overall agreement: \*\*[\d.]+%\*\* \((\d+) of (\d+) items\); (\d+) disagreements\.$/m.exec(markdown);
  if (!m) throw new Error("no 'Overall agreement' line");
  return m.slice(1).map(Number);
}

describe.skipIf(!hasCorpus)("pages vs official JSON, 2026-06-01", () => {
  let html: Service[];
  let json: Service[];
  let report: ReconcileReport;
  beforeAll(async () => {
    html = await parseHtmlPages(await readHtmlDir(HTML));
    json = parseJsonServices(await readJsonDir(JSON_DIR)).services;
    report = reconcile(html, json);
  });

  it("agree on at least 99.9% of the compared items", () => {
    expect(ratioOf(report.overall)).toBeGreaterThanOrEqual(0.999);
    // Same day: every prefix with a page has a JSON file, and their action names agree.
    expect(report.disagreements.filter((d) => d.field === "service" && d.kind === "missing" && d.onlyIn === "html")).toEqual([]);
    expect(report.fields.action.agreeing).toBe(report.fields.action.compared);
  });

  it("the committed snapshots/RECONCILE.md lists exactly the disagreements this run finds", () => {
    expect(existsSync(COMMITTED), `${COMMITTED} is missing: write it with \`npm run scrape -- --html-dir ${HTML} --json-dir ${JSON_DIR}\``).toBe(true);
    const committed = readFileSync(COMMITTED, "utf8");
    const computed = renderReconcileMarkdown(report, LABELS);
    expect(totalsOf(computed)).toEqual(totalsOf(committed));
    expect(computed).toBe(committed);
  });

  describe("the merged catalog", () => {
    let merged: Map<string, Service>;
    beforeAll(() => {
      merged = new Map(mergeSources(html, json).map((s) => [s.prefix, s]));
    });
    const act = (prefix: string, name: string) => merged.get(prefix)!.actions.find((a) => a.name === name)!;

    it("has every action of both sources", () => {
      const missing = [...html, ...json].flatMap((s) => {
        const names = new Set(merged.get(s.prefix)?.actions.map((a) => a.name) ?? []);
        return s.actions.filter((a) => !names.has(a.name)).map((a) => `${s.prefix}:${a.name}`);
      });
      expect(missing).toEqual([]);
      expect(merged.size).toBe(new Set([...html, ...json].map((s) => s.prefix)).size);
    });

    it("≥ 95% of the actions the JSON gives operations for carry them", () => {
      const withOps = json.flatMap((s) => s.actions.filter((a) => a.operations.length).map((a) => [s.prefix, a.name] as const));
      const carried = withOps.filter(([p, a]) => act(p, a).operations.length > 0);
      expect(withOps.length).toBeGreaterThan(15000);
      expect(carried.length / withOps.length).toBeGreaterThanOrEqual(0.95);
    });

    it("actions whose operation authorizes several actions have them as dependent actions", () => {
      const expected = json.flatMap((s) =>
        s.actions.flatMap((a) => {
          const own = a.operations.find((o) => o.name === a.name);
          if (!own || own.authorizedActions.length < 2) return [];
          return [{ prefix: s.prefix, action: a.name, others: own.authorizedActions.map((x) => x.action).filter((x) => x !== `${s.prefix}:${a.name}`) }];
        }),
      );
      expect(expected.length).toBeGreaterThan(500);
      const lacking = expected.filter((e) => !e.others.every((o) => act(e.prefix, e.action).dependentActions.includes(o)));
      expect(lacking).toEqual([]);
    });

    it.each([
      ["access-analyzer", "StartPolicyGeneration", "access-analyzer.amazonaws.com"],
      ["lambda", "CreateFunction", "lambda.amazonaws.com"],
      ["ec2", "RunInstances", "ec2.amazonaws.com"],
      ["ec2", "CreateFlowLogs", "vpc-flow-logs.amazonaws.com"],
    ])("%s:%s needs iam:PassRole passed to %s", (prefix, name, principal) => {
      const a = act(prefix, name);
      expect(a.sources).toEqual(["html", "json"]);
      expect(a.description).not.toBe("");
      expect(a.dependentActions).toContain("iam:PassRole");
      const own = a.operations.find((o) => o.name === name)!;
      expect(own.sdk.length).toBeGreaterThan(0);
      expect(own.authorizedActions).toContainEqual({ action: "iam:PassRole", context: { "iam:PassedToService": [principal] } });
    });

    it("retired services of the JSON tree stay, JSON-only", () => {
      const deeplens = merged.get("deeplens")!;
      expect(deeplens.sources).toEqual(["json"]);
      expect(deeplens.pages).toEqual([]);
      expect(deeplens.actions.every((a) => a.sources.length === 1 && a.sources[0] === "json" && a.description === "")).toBe(true);
    });
  });
});
