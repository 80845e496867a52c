// Shared by the emitter's tests: fixture catalogs, temporary folders, TypeScript evaluation.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { ts } from "ts-morph";
import { repoRoot } from "../../src/model/paths.js";

export const fixtureCatalog = path.join(repoRoot, "test/fixtures/emit/catalog");
export const hostileCatalog = path.join(repoRoot, "test/fixtures/emit/hostile");

/** A fresh temporary folder, removed by the returned cleanup. */
export async function tempDir(label: string): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `aws-iam-catalog-${label}-`));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** The value of a TypeScript expression, compiled and evaluated (what the emitted text means at run time). */
export function evaluate(expression: string): unknown {
  const js = ts.transpileModule(`export default (${expression});`, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  const module = { exports: {} as { default?: unknown } };
  new Function("module", "exports", js)(module, module.exports);
  return module.exports.default;
}
