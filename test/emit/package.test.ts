// The package generated from the committed snapshots/: regenerated from scratch into a temporary
// folder (the full build of every service, shared by the tests below), it must equal the committed
// generated/ sources byte for byte, type-check strictly, and pass publint and
// @arethetypeswrong/cli.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkPackage } from "../../src/emit/check.js";
import { generate } from "../../src/emit/generate.js";
import { compareStrings } from "../../src/model/normalize.js";
import { defaultGeneratedDir, defaultSnapshotsDir, repoRoot } from "../../src/model/paths.js";
import { tempDir } from "./support.js";

/** The committed part of a package folder: its sources and package files (dist/ and caches are build output). */
async function committedFiles(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const name of ["package.json", "README.md", "tsconfig.json"]) files.set(name, await readFile(path.join(dir, name), "utf8").catch(() => "(missing)"));
  for (const name of (await readdir(path.join(dir, "src")).catch(() => [] as string[])).sort(compareStrings))
    files.set(`src/${name}`, await readFile(path.join(dir, "src", name), "utf8"));
  return files;
}

let work: { dir: string; cleanup: () => Promise<void> };
let out: string;
beforeAll(async () => {
  work = await tempDir("package");
  out = path.join(work.dir, "generated");
  await generate({ snapshotsDir: defaultSnapshotsDir, outDir: out });
});
afterAll(() => work.cleanup());

describe("the package generated from snapshots/", () => {
  it("is byte-identical to the committed generated/ sources (run `npm run generate` after changing the emitter)", async () => {
    const fresh = await committedFiles(out);
    const committed = await committedFiles(defaultGeneratedDir);
    expect([...committed.keys()]).toEqual([...fresh.keys()]);
    const differing = [...fresh].filter(([file, text]) => committed.get(file) !== text).map(([file]) => file);
    expect(differing).toEqual([]);
  });

  it("type-checks with strict settings (its own tsconfig.json)", async () => {
    const files = (await readdir(path.join(out, "src"))).sort(compareStrings);
    expect(await checkPackage(out, files)).toEqual([]);
  });

  it("writes declaration files in ASCII (the compiler reads a file with any other character as two-byte text, which costs a consumer's tsc time and memory)", async () => {
    const nonAscii: string[] = [];
    for (const name of (await readdir(path.join(out, "dist"))).filter((f) => f.endsWith(".d.ts")).sort(compareStrings)) {
      const text = await readFile(path.join(out, "dist", name), "utf8");
      const at = text.search(/[^\x00-\x7f]/);
      if (at >= 0) nonAscii.push(`${name}: ${JSON.stringify(text.slice(Math.max(0, at - 30), at + 10))}`);
    }
    expect(nonAscii).toEqual([]);
  });

  it("marks every declaration file @ts-nocheck below its header (a consumer without skipLibCheck would otherwise check them again)", async () => {
    const unmarked: string[] = [];
    for (const name of (await readdir(path.join(out, "dist"))).filter((f) => f.endsWith(".d.ts")).sort(compareStrings)) {
      const [header, directive] = (await readFile(path.join(out, "dist", name), "utf8")).split("\n", 2);
      if (!header!.startsWith("/*! generated from snapshots/") || directive !== "// @ts-nocheck") unmarked.push(name);
    }
    expect(unmarked).toEqual([]);
  });

  it("passes publint", async () => {
    const { messages, pkg } = await publint({ pkgDir: out, strict: true });
    expect(messages.map((m) => formatMessage(m, pkg))).toEqual([]);
  });

  it("passes @arethetypeswrong/cli (ESM-only profile) on the packed package", () => {
    const attw = path.join(repoRoot, "node_modules/.bin/attw");
    // The services are exported by a pattern, which attw does not expand: they are named.
    const services = (JSON.parse(readFileSync(path.join(out, "package.json"), "utf8")) as { exports: Record<string, unknown> }).exports;
    const prefixes = readdirSync(path.join(out, "src")).filter((f) => !f.startsWith("_") && f !== "index.ts").map((f) => `./${f.slice(0, -3)}`);
    expect(Object.keys(services)).toContain("./*");
    const run = spawnSync(attw, ["--pack", out, "--profile", "esm-only", "--format", "json", "--include-entrypoints", ...prefixes], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    expect(run.error).toBeUndefined();
    const report = JSON.parse(run.stdout) as { analysis: { problems: { kind: string; entrypoint: string; resolutionKind: string }[]; entrypoints: object } };
    // The ESM-only profile ignores what a package without CommonJS cannot offer: node10 and require().
    const problems = report.analysis.problems.filter((p) => p.resolutionKind !== "node10" && p.resolutionKind !== "node16-cjs");
    expect(problems).toEqual([]);
    expect(Object.keys(report.analysis.entrypoints).sort(compareStrings)).toEqual([".", "./*", "./package.json", ...prefixes].sort(compareStrings));
    expect(run.status).toBe(0);
  });
});
