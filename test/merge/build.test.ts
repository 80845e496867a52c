import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildCatalogFromSources } from "../../src/merge/index.js";
import { readJsonDir } from "../../src/json/index.js";
import { readHtmlDir } from "../../src/parse/index.js";
import { renderCatalog } from "../../src/model/catalog.js";
import { repoRoot } from "../../src/model/paths.js";

const fixtures = path.join(repoRoot, "test/fixtures/json");

describe("buildCatalogFromSources", async () => {
  const pages = await readHtmlDir(path.join(fixtures, "pages-2026-06-01"));
  const json = await readJsonDir(path.join(fixtures, "2026-06-01"));

  it("both: the merged catalog, its reconcile report and the JSON's warnings", async () => {
    const built = await buildCatalogFromSources({ pages, json, source: "both", date: "2026-06-01" });
    expect(built.catalog.source).toEqual({ kinds: ["html", "json"], date: "2026-06-01" });
    expect(built.catalog.services.map((s) => [s.prefix, s.sources])).toEqual([
      ["access-analyzer", ["html", "json"]],
      ["geo-maps", ["json"]],
      ["kinesis", ["html", "json"]],
      ["kms", ["html", "json"]],
    ]);
    expect(built.reconcile?.disagreements.map((d) => d.item)).toEqual(["geo-maps"]);
    expect(built.warnings).toHaveLength(1);
    expect(built.warnings[0]).toMatch(/^json: in 1 file\(s\), 3 operations name no authorized action/);
    const files = renderCatalog(built.catalog);
    expect(JSON.parse(files.get("index.json")!).source.kinds).toEqual(["html", "json"]);
  });

  it("json: a valid catalog without descriptions, display names or pages", async () => {
    const built = await buildCatalogFromSources({ pages, json, source: "json", date: null });
    expect(built.reconcile).toBeUndefined();
    expect(built.catalog.source.kinds).toEqual(["json"]);
    const kms = built.catalog.services.find((s) => s.prefix === "kms")!;
    expect([kms.name, kms.pages, kms.actions.every((a) => a.description === "")]).toEqual(["kms", [], true]);
    expect(() => renderCatalog(built.catalog)).not.toThrow();
  });

  it("html: the pages alone", async () => {
    const built = await buildCatalogFromSources({ pages, source: "html", date: "2026-06-01" });
    expect(built.catalog.services.map((s) => s.prefix)).toEqual(["access-analyzer", "kinesis", "kms"]);
    expect(built.catalog.services.every((s) => s.sources.join() === "html")).toBe(true);
    expect(built.warnings).toEqual([]);
  });

  it("the inputs a source needs must be given", async () => {
    await expect(buildCatalogFromSources({ json, source: "both", date: null })).rejects.toThrow(/needs the documentation pages \(--html-dir\)/);
    await expect(buildCatalogFromSources({ pages, source: "json", date: null })).rejects.toThrow(/needs the official JSON \(--json-dir\)/);
  });

  it("bad JSON fails the whole build, naming the file and path", async () => {
    const broken = json.map((j) => (j.service === "kms" ? { ...j, text: j.text.replace('"Name": "CreateGrant"', '"Name": 42') } : j));
    await expect(buildCatalogFromSources({ pages, json: broken, source: "both", date: null })).rejects.toThrow(/kms\.json: \/Actions\/\d+\/Name: expected a string, got a number/);
  });
});
