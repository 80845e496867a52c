import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseJsonServices, readJsonDir } from "../../src/json/index.js";
import { corpusDir } from "../../src/model/paths.js";
import { normalizeService } from "../../src/model/normalize.js";
import { assertValidService } from "../../src/model/validate.js";
import { JSON_INDEX_FILE } from "../../src/model/inputs.js";

const captures = ["2025-05-31", "2026-02-13", "2026-06-01"].map((d) => path.join(corpusDir, "json", d));
const hasCorpus = captures.every((d) => existsSync(d));
if (!hasCorpus) console.warn(`test/json/corpus.test.ts: skipped, the JSON corpus is absent (${captures.join(", ")}); the fixture tests still run.`);

describe.skipIf(!hasCorpus)("every official JSON capture of the corpus", () => {
  it.each([
    ["2025-05-31", 422, "v1.1"],
    ["2026-02-13", 442, "v1.4"],
    ["2026-06-01", 460, "v1.4"],
  ])("json/%s: %i services read without error, each a valid catalog service", async (date, count) => {
    const dir = path.join(corpusDir, "json", date);
    const inputs = await readJsonDir(dir);
    expect(inputs).toHaveLength(count);
    const { services, warnings } = parseJsonServices(inputs);
    for (const s of services) assertValidService(normalizeService(s), `${s.prefix}.json`);
    // No member of AWS's files goes unrecognised.
    expect(warnings.filter((w) => w.includes("unknown member"))).toEqual([]);
  });

  it("json/2026-02-13 is read through its index: every listed URL maps to its flat <svc>.json", async () => {
    const dir = path.join(corpusDir, "json", "2026-02-13");
    expect(existsSync(path.join(dir, JSON_INDEX_FILE))).toBe(true);
    const inputs = await readJsonDir(dir);
    expect(inputs.every((i) => i.file === path.join(dir, `${i.service}.json`))).toBe(true);
  });

  it("v1.1 (json/2025-05-31) has no flags and no operations; v1.4 (json/2026-06-01) has both", async () => {
    const old = parseJsonServices(await readJsonDir(captures[0]!)).services;
    expect(old.flatMap((s) => s.actions).some((a) => a.annotations || a.operations.length)).toBe(false);
    const now = parseJsonServices(await readJsonDir(captures[2]!)).services;
    const actions = now.flatMap((s) => s.actions);
    expect(actions.filter((a) => a.annotations).length / actions.length).toBeGreaterThan(0.99);
    expect(actions.filter((a) => a.operations.length).length / actions.length).toBeGreaterThan(0.75);
  });
});
