import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderCatalog } from "../../src/model/catalog.js";
import { normalizeService } from "../../src/model/normalize.js";
import { assertValidService } from "../../src/model/validate.js";
import { SAR_BASE_URL } from "../../src/model/inputs.js";
import { catalogFromHtmlDir, mergePagesByPrefix, parsePage, parsePageRecords, ParseError, readHtmlDir } from "../../src/parse/index.js";
import { corpusHtmlDir, hasCorpus } from "./support/fixtures.js";

if (!hasCorpus) console.warn("test/parse/corpus.test.ts: skipped — the shared corpus (../shared/corpus/html) is not present beside the project");

describe.skipIf(!hasCorpus)("the whole corpus (../shared/corpus/html)", () => {
  for (const date of ["2025-06-01", "2026-06-01"]) {
    it(`html/${date}: every current page parses, with no error`, async () => {
      const dir = corpusHtmlDir(date);
      const inputs = await readHtmlDir(dir);
      const manifest = (await readFile(path.join(dir, "MANIFEST.tsv"), "utf8")).split("\n").filter((l) => l.includes("\tcurrent\t"));
      expect(inputs).toHaveLength(manifest.length);
      const records = await parsePageRecords(inputs);
      expect(records.every((r) => r.actions.length > 0 && r.layout === "classic")).toBe(true);
      for (const s of mergePagesByPrefix(records).map(normalizeService)) assertValidService(s, `${s.prefix}.json`);
    });

    it(`html/${date}/stale: each page alone gives a one-line error or a valid service`, async () => {
      const dir = path.join(corpusHtmlDir(date), "stale");
      const files = (await readdir(dir)).filter((f) => f.endsWith(".html")).sort();
      expect(files.length).toBeGreaterThan(40);
      const errors: string[] = [];
      for (const file of files) {
        const input = { file, url: SAR_BASE_URL + file, html: await readFile(path.join(dir, file), "utf8") };
        try {
          const [service] = mergePagesByPrefix([parsePage(input)]).map(normalizeService);
          assertValidService(service, file);
        } catch (e) {
          expect(e).toBeInstanceOf(ParseError);
          expect((e as ParseError).message).not.toContain("\n");
          expect((e as ParseError).page).toBe(file);
          errors.push((e as ParseError).message);
        }
      }
      expect(errors).toEqual(['list_awsiot1-click.html: not a Service Authorization Reference page (title: "301 Moved Permanently")']);
    });
  }

  it("html/2026-06-01: the catalog is byte-identical whether parsed on worker threads or not", async () => {
    const dir = corpusHtmlDir("2026-06-01");
    const onWorkers = renderCatalog((await catalogFromHtmlDir(dir, { workers: 2 })).catalog);
    const inThread = renderCatalog((await catalogFromHtmlDir(dir, { workers: 0 })).catalog);
    expect(onWorkers.size).toBe(451); // 450 prefixes + index.json
    expect([...onWorkers.keys()]).toEqual([...inThread.keys()]);
    for (const [file, text] of onWorkers) expect(inThread.get(file), file).toBe(text);
  });
});
