import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DERIVED_PAGES, classicDir, derivedDir } from "./support/fixtures.js";
import { deriveJulyLayoutPage } from "./support/julyLayout.js";

// The July-2026-layout fixtures are derived, not captured (no capture of the new layout exists):
// this keeps each one reproducible from its committed sources. Set UPDATE_DERIVED_FIXTURES=1 to
// rewrite them after changing the deriver.
const update = process.env.UPDATE_DERIVED_FIXTURES === "1";

describe("derived July-2026 fixtures", () => {
  for (const [page, json] of DERIVED_PAGES) {
    it(`${page} is what julyLayout.ts derives from 2026-06-01/${page} and sources/${json}`, () => {
      const derived = deriveJulyLayoutPage({
        classicPath: `test/fixtures/html/2026-06-01/${page}`,
        classicHtml: readFileSync(path.join(classicDir, page), "utf8"),
        jsonPath: `test/fixtures/html/2026-07-derived/sources/${json}`,
        jsonText: readFileSync(path.join(derivedDir, "sources", json), "utf8"),
      });
      const target = path.join(derivedDir, page);
      if (update) writeFileSync(target, derived);
      expect(readFileSync(target, "utf8")).toBe(derived);
    });
  }
});
