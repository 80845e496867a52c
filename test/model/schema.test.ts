import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderSchemaTypes } from "../../src/model/schemaTypes.js";
import { repoRoot } from "../../src/model/paths.js";
import { assertValidService, ValidationError } from "../../src/model/validate.js";
import { renderCatalog } from "../../src/model/catalog.js";
import type { Service } from "../../src/model/types.js";

describe("schemas and model types", () => {
  it("src/model/types.ts is what json-schema-to-typescript makes of schemas/ (run `npm run schema:types`)", async () => {
    const committed = await readFile(path.join(repoRoot, "src/model/types.ts"), "utf8");
    expect(committed).toBe(await renderSchemaTypes());
  });

  const minimal: Service = {
    prefix: "demo",
    name: "Demo",
    sources: ["html"],
    pages: [{ name: "Demo", url: "https://example.invalid/list_demo.html" }],
    actions: [
      {
        name: "Do",
        description: "d",
        accessLevel: "Write",
        accessLevels: ["Write"],
        permissionOnly: false,
        resourceTypes: [],
        conditionKeys: [],
        dependentActions: [],
        operations: [],
        sources: ["html"],
      },
    ],
    resourceTypes: [],
    conditionKeys: [],
  };

  it("a schema violation names the file and the JSON path", () => {
    const bad = structuredClone(minimal) as unknown as { actions: { accessLevel: string }[] };
    bad.actions[0]!.accessLevel = "Writ";
    try {
      assertValidService(bad, "demo.json");
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as Error).message).toContain("demo.json");
      expect((e as Error).message).toContain("/actions/0/accessLevel");
    }
  });

  it("renders deterministic files with an index", () => {
    const a = renderCatalog({ source: { kinds: ["html"], date: "2026-06-01" }, services: [minimal] });
    const b = renderCatalog({ source: { kinds: ["html"], date: "2026-06-01" }, services: [structuredClone(minimal)] });
    expect([...a.entries()]).toEqual([...b.entries()]);
    expect(JSON.parse(a.get("index.json")!).totals).toEqual({ actions: 1, resourceTypes: 0, conditionKeys: 0 });
    expect(a.get("demo.json")!.endsWith("}\n")).toBe(true);
  });
});
