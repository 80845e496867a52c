import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { repoRoot } from "../../src/model/paths.js";
import { bundledWorker } from "../../src/emit/workerBundle.js";

// Inside the repository, as the real cache is, so that the bundle resolves ts-morph and prettier.
const dir = path.join(repoRoot, "node_modules", ".cache", `aws-iam-catalog-test-${process.pid}`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const record = () => JSON.parse(readFileSync(path.join(dir, "workerMain.json"), "utf8")) as { inputs: Record<string, { size: number }>; file: string };

describe("the render thread's bundle", () => {
  it("is built from the thread's sources, and kept while none of them changes", () => {
    const url = bundledWorker("workerMain.ts", dir)!;
    expect(url).toBeDefined();
    const file = fileURLToPath(url);
    expect(readFileSync(file, "utf8")).toContain("renderModules");
    expect(Object.keys(record().inputs)).toEqual(expect.arrayContaining(["src/emit/workerMain.ts", "src/emit/worker.ts", "src/emit/render.ts", "src/emit/compile.ts"]));
    const built = statSync(file).mtimeMs;
    expect(bundledWorker("workerMain.ts", dir)?.href).toBe(url.href);
    expect(statSync(file).mtimeMs).toBe(built);
  });

  it("is built again when a source changed since, or the bundle is gone", () => {
    const before = record();
    writeFileSync(path.join(dir, "workerMain.json"), JSON.stringify({ ...before, inputs: { ...before.inputs, "src/emit/render.ts": { size: -1, mtimeMs: 0 } } }));
    const url = bundledWorker("workerMain.ts", dir)!;
    expect(record().inputs["src/emit/render.ts"]!.size).toBe(statSync(path.join(repoRoot, "src/emit/render.ts")).size);
    rmSync(fileURLToPath(url));
    const again = bundledWorker("workerMain.ts", dir)!;
    expect(existsSync(fileURLToPath(again))).toBe(true);
  });

  it("is not used when it cannot be built", () => {
    expect(bundledWorker("no-such-entry.ts", dir)).toBeUndefined();
  });
});
