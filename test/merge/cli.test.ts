// `npm run reconcile -- --html-dir DIR --json-dir DIR [--format md|json] [--out FILE]` end to end.
import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, rm, writeFile, readdir } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../../src/model/paths.js";

const PAGES = path.join(repoRoot, "test/fixtures/json/pages-2026-06-01");
const JSON_DIR = path.join(repoRoot, "test/fixtures/json/2026-06-01");

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      path.join(repoRoot, "node_modules/.bin/tsx"),
      [path.join(repoRoot, "scripts/reconcile.ts"), ...args],
      { cwd: repoRoot, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), "reconcile-cli-"));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe("npm run reconcile", () => {
  it("prints the Markdown report on stdout and exits 0 (disagreements are data, not errors)", async () => {
    const r = await run(["--html-dir", PAGES, "--json-dir", JSON_DIR]);
    expect(r.stderr).toContain("geo-maps:GetGlyphs");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Reconcile: documentation pages vs official JSON \(json\/pages-2026-06-01 vs json\/2026-06-01\)\n/);
    expect(r.stdout).toContain("| `geo-maps` | service |  | `geo-maps` | — | present | no documentation page uses this prefix |");
    expect(r.stdout).toContain("; 1 disagreements.");
  });

  it("--format json --out FILE writes the JSON report and only a summary to stderr", async () => {
    const out = path.join(tmp, "reconcile.json");
    const r = await run(["--html-dir", PAGES, "--json-dir", JSON_DIR, "--format", "json", "--out", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(`reconcile: 1 disagreements`);
    const report = JSON.parse(await readFile(out, "utf8"));
    expect(report.disagreements).toHaveLength(1);
    expect(report.fields.action.ratio).toBe(1);
  });

  it.each([
    [["--html-dir", PAGES], /--html-dir and --json-dir are both required/],
    [["--html-dir", PAGES, "--json-dir", JSON_DIR, "--format", "xml"], /--format must be md or json/],
    [["--html-dir", PAGES, "--json-dir", JSON_DIR, "--bogus"], /Unknown option '--bogus'/],
    [["--html-dir", PAGES, "--json-dir", path.join(tmp ?? "/nonexistent", "none")], /cannot read folder/],
  ])("bad arguments %j exit 2 with a message", async (args, message) => {
    const r = await run(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it("a broken JSON file exits 2 naming the file and path, and writes nothing", async () => {
    const dir = path.join(tmp, "broken");
    await cp(JSON_DIR, dir, { recursive: true });
    const kinesis = path.join(dir, "kinesis", "kinesis.json");
    const j = JSON.parse(await readFile(kinesis, "utf8"));
    delete j.Actions[12].Name;
    await writeFile(kinesis, JSON.stringify(j));
    const out = path.join(tmp, "never.md");
    const r = await run(["--html-dir", PAGES, "--json-dir", dir, "--out", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${kinesis}: /Actions/12/Name: missing`);
    expect(existsSync(out)).toBe(false);
    expect((await readdir(tmp)).filter((f) => f.includes("never"))).toEqual([]);
  });
});
