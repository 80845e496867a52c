import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { bundle } from "../../src/launch/bundle.mjs";
import { repoRoot } from "../../src/model/paths.js";

// Inside the repository, as the real cache is, so that bundles resolve the packages they leave out.
const dir = path.join(repoRoot, "node_modules", ".cache", `aws-iam-catalog-test-${process.pid}`);
const sources = path.join(dir, "src");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const recordOf = (name: string) => JSON.parse(readFileSync(path.join(dir, `${name}.json`), "utf8")) as { inputs: Record<string, { size: number }>; file: string };

describe("bundle", () => {
  it("builds the render thread's entry from its sources, and keeps the bundle while none of them changes", async () => {
    const url = (await bundle("src/emit/workerMain.ts", dir))!;
    expect(url).toBeDefined();
    const file = fileURLToPath(url);
    expect(readdirSync(path.dirname(file)).map((f) => readFileSync(path.join(path.dirname(file), f), "utf8")).join("")).toContain("renderModules");
    expect(Object.keys(recordOf("src-emit-workerMain").inputs)).toEqual(
      expect.arrayContaining(["src/emit/workerMain.ts", "src/emit/worker.ts", "src/emit/render.ts", "src/emit/compile.ts"]),
    );
    const built = statSync(file).mtimeMs;
    expect((await bundle("src/emit/workerMain.ts", dir))?.href).toBe(url.href);
    expect(statSync(file).mtimeMs).toBe(built);
  });

  it("builds again when a source changed since, or the bundle is gone", async () => {
    mkdirSync(sources, { recursive: true });
    const entry = path.join(sources, "entry.ts");
    writeFileSync(entry, 'import { label } from "./label.ts";\nexport const value: string = label;\n');
    writeFileSync(path.join(sources, "label.ts"), 'export const label = "one";\n');
    const name = path.relative(repoRoot, entry).replace(/\.ts$/, "").replace(/[^A-Za-z0-9]+/g, "-");
    const first = (await bundle(entry, dir))!;
    expect(readFileSync(fileURLToPath(first), "utf8")).toContain('"one"');
    writeFileSync(path.join(sources, "label.ts"), 'export const label = "two, a longer label";\n');
    const second = (await bundle(entry, dir))!;
    expect(readFileSync(fileURLToPath(second), "utf8")).toContain('"two, a longer label"');
    expect(existsSync(fileURLToPath(first))).toBe(false);
    rmSync(fileURLToPath(second));
    expect(existsSync(fileURLToPath((await bundle(entry, dir))!))).toBe(true);
    expect(recordOf(name).inputs[path.relative(repoRoot, path.join(sources, "label.ts"))]!.size).toBe(statSync(path.join(sources, "label.ts")).size);
  });

  it("gives each source its own import.meta.url", async () => {
    mkdirSync(path.join(sources, "deep"), { recursive: true });
    writeFileSync(path.join(sources, "where.ts"), 'import { deep } from "./deep/where.ts";\nexport const here = import.meta.url;\nexport { deep };\n');
    writeFileSync(path.join(sources, "deep", "where.ts"), "export const deep = import.meta.url;\n");
    const mod = (await import((await bundle(path.join(sources, "where.ts"), dir))!.href)) as { here: string; deep: string };
    expect(mod.here).toBe(pathToFileURL(path.join(sources, "where.ts")).href);
    expect(mod.deep).toBe(pathToFileURL(path.join(sources, "deep", "where.ts")).href);
  });

  it("keeps modules imported dynamically apart, so that their packages load only when they do", async () => {
    writeFileSync(path.join(sources, "lazy.ts"), 'export const load = () => import("./heavy.ts");\n');
    writeFileSync(path.join(sources, "heavy.ts"), 'import { parseArgs } from "node:util";\nexport const heavy = typeof parseArgs;\n');
    const url = (await bundle(path.join(sources, "lazy.ts"), dir))!;
    expect(readFileSync(fileURLToPath(url), "utf8")).not.toContain("node:util");
    const mod = (await import(url.href)) as { load: () => Promise<{ heavy: string }> };
    expect((await mod.load()).heavy).toBe("function");
  });

  it("gives undefined when the entry cannot be built, so that the caller falls back to tsx", async () => {
    expect(await bundle("src/emit/no-such-entry.ts", dir)).toBeUndefined();
  });
});

describe("scripts/run.mjs", () => {
  it("runs a CLI entry point with its own arguments and exit code", () => {
    const help = execFileSync(process.execPath, ["scripts/run.mjs", "scripts/generate.ts", "--help"], { cwd: repoRoot, encoding: "utf8" });
    expect(help).toContain("usage: npm run generate");
    const bad = spawnSync(process.execPath, ["scripts/run.mjs", "scripts/generate.ts", "--no-such-flag"], { cwd: repoRoot, encoding: "utf8" });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("generate:");
  });

  it("runs the sources through tsx when there is no bundle (AWS_IAM_CATALOG_NO_BUNDLE)", () => {
    const env = { ...process.env, AWS_IAM_CATALOG_NO_BUNDLE: "1" };
    const help = execFileSync(process.execPath, ["scripts/run.mjs", "scripts/generate.ts", "--help"], { cwd: repoRoot, encoding: "utf8", env });
    expect(help).toContain("usage: npm run generate");
    const bad = spawnSync(process.execPath, ["scripts/run.mjs", "scripts/generate.ts", "--no-such-flag"], { cwd: repoRoot, encoding: "utf8", env });
    expect(bad.status).toBe(2);
  });
});
