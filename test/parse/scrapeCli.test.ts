import { execFile } from "node:child_process";
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readCatalog } from "../../src/model/catalog.js";
import { repoRoot } from "../../src/model/paths.js";
import { classicDir, derivedDir } from "./support/fixtures.js";

const run = promisify(execFile);
async function scrape(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ["--import", "tsx", "scripts/scrape.ts", ...args], { cwd: repoRoot });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

async function snapshotOf(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const f of (await readdir(dir)).sort()) out[f] = await readFile(path.join(dir, f), "utf8");
  return out;
}

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), "scrape-cli-"));
});
afterAll(async () => rm(tmp, { recursive: true, force: true }));

describe("npm run scrape -- --html-dir", () => {
  it("writes <prefix>.json and index.json; the date is the folder's name; two runs give identical bytes", async () => {
    const out = path.join(tmp, "ok");
    const first = await scrape("--html-dir", classicDir, "--out", out);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^scrape: 19 pages → 14 services, \d+ actions written to .* \(date: 2026-06-01\)\n$/);
    const files = await snapshotOf(out);
    expect(Object.keys(files)).toContain("kms.json");
    expect(Object.keys(files)).toContain("index.json");
    const catalog = await readCatalog(out);
    expect(catalog.source).toEqual({ kinds: ["html"], date: "2026-06-01" });
    expect(catalog.services.find((s) => s.prefix === "aws-marketplace")?.pages).toHaveLength(4);

    const again = path.join(tmp, "again");
    expect((await scrape("--html-dir", classicDir, "--out", again)).code).toBe(0);
    expect(await snapshotOf(again)).toEqual(files);
  });

  it("--date sets the date; a folder not named by a date gives null", async () => {
    const out = path.join(tmp, "derived");
    expect((await scrape("--html-dir", derivedDir, "--out", out)).code).toBe(0);
    expect((await readCatalog(out)).source.date).toBeNull();
    expect((await scrape("--html-dir", derivedDir, "--out", out, "--date", "2026-07-15")).code).toBe(0);
    expect((await readCatalog(out)).source.date).toBe("2026-07-15");
  });

  it("bad pages: exit 2, every page named on stderr, the existing output folder untouched", async () => {
    const pages = path.join(tmp, "bad-pages");
    await mkdir(pages);
    const kms = await readFile(path.join(classicDir, "list_awskeymanagementservice.html"), "utf8");
    await copyFile(path.join(classicDir, "list_amazoncodeguru.html"), path.join(pages, "list_amazoncodeguru.html"));
    await writeFile(path.join(pages, "list_empty.html"), "");
    await writeFile(path.join(pages, "list_truncated.html"), kms.slice(0, 100_000));
    await writeFile(path.join(pages, "list_unknowncolumn.html"), kms.replace(/<th>\s*Dependent actions\s*<\/th>/, "<th>Related actions</th>"));
    const start = kms.indexOf("<table");
    await writeFile(path.join(pages, "list_noactionstable.html"), kms.slice(0, start) + kms.slice(kms.indexOf("</table>", start) + 8));

    const out = path.join(tmp, "existing");
    await mkdir(out);
    await writeFile(path.join(out, "index.json"), "previous catalog\n");
    await writeFile(path.join(out, "kms.json"), "previous kms\n");
    const before = await snapshotOf(out);

    const result = await scrape("--html-dir", pages, "--out", out);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      [
        "scrape: 4 pages could not be parsed:",
        "  list_empty.html: empty file",
        '  list_noactionstable.html: no actions table under "Actions defined by AWS Key Management Service"',
        "  list_truncated.html: truncated page: the file does not end with </html>",
        '  list_unknowncolumn.html: actions table: unknown column header "Related actions"',
        "",
      ].join("\n"),
    );
    expect(await snapshotOf(out)).toEqual(before);
    expect((await readdir(tmp)).filter((f) => f.startsWith("."))).toEqual([]); // no temporary folder left behind
  });

  it("usage errors exit 2", async () => {
    // (No arguments at all is not a usage error: it fetches from AWS, so it is never run here.)
    for (const args of [
      ["--html-dir"],
      ["--html-dir", classicDir, "--bogus"],
      ["--html-dir", classicDir, "--date", "June"],
      ["--html-dir", path.join(tmp, "nope")],
    ]) {
      const r = await scrape(...args, "--out", path.join(tmp, "never"));
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr, args.join(" ")).toMatch(/^scrape: /);
    }
    await expect(readdir(path.join(tmp, "never"))).rejects.toThrow(/ENOENT/);
  });
});
