// The scrape stage end to end: folders or a real loopback HTTP server in, a catalog folder out.
import { spawn } from "node:child_process";
import { cp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../../src/model/paths.js";
import { readCatalog } from "../../src/model/catalog.js";
import { runScrape, ShrinkRefusedError } from "../../src/scrape/runScrape.js";
import { FetchFailedError, silentProgress } from "../../src/fetch/index.js";
import type { LoopbackServer } from "../helpers/loopbackServer.js";
import { FAST_RETRIES, FIXTURE_HTML, FIXTURE_JSON, FIXTURE_PAGES, fixtureServer, removeTempDirs, tempDir } from "../fetch/harness.js";

async function folderBytes(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const f of (await readdir(dir)).sort()) out[f] = await readFile(path.join(dir, f), "utf8");
  return out;
}

let server: LoopbackServer;
beforeAll(async () => {
  server = await fixtureServer({ encoding: "gzip" });
});
afterAll(async () => {
  await server.close();
  await removeTempDirs();
});

const http = async (cacheDir: string) => ({
  date: "2026-06-01",
  fetch: { baseUrl: server.baseUrl, jsonBaseUrl: server.jsonBaseUrl, cacheDir, retries: FAST_RETRIES, progress: silentProgress },
});

describe("scrape", () => {
  it("over HTTP writes byte-identical files to a scrape of the same files from folders", async () => {
    const fromDirs = await tempDir("scrape-dirs-");
    const fromHttp = await tempDir("scrape-http-");
    await runScrape({ htmlDir: FIXTURE_HTML, jsonDir: FIXTURE_JSON, date: "2026-06-01" }, fromDirs);
    await runScrape(await http(await tempDir()), fromHttp);
    const a = await folderBytes(fromDirs);
    const b = await folderBytes(fromHttp);
    expect(Object.keys(a)).toContain("RECONCILE.md");
    expect(Object.keys(a).filter((f) => f.endsWith(".json")).length).toBe(FIXTURE_PAGES.length + 1);
    expect(b).toEqual(a);
    const catalog = await readCatalog(fromHttp);
    expect(catalog.source).toEqual({ kinds: ["html", "json"], date: "2026-06-01" });
  });

  it("a JSON-only catalog is valid (no descriptions, sources json)", async () => {
    const out = await tempDir("scrape-json-");
    const result = await runScrape({ jsonDir: FIXTURE_JSON }, out);
    expect(result.catalog.source.kinds).toEqual(["json"]);
    const catalog = await readCatalog(out);
    const codeguru = catalog.services.find((s) => s.prefix === "codeguru")!;
    expect(codeguru.actions.length).toBeGreaterThan(0);
    expect(codeguru.actions.every((a) => a.description === "" && a.sources.join() === "json")).toBe(true);
  });

  it("pages that fail for good fail the run, name every URL, and leave the catalog folder as it was", async () => {
    const out = await tempDir("scrape-kept-");
    await runScrape({ htmlDir: FIXTURE_HTML, jsonDir: FIXTURE_JSON, date: "2026-06-01" }, out);
    const before = await folderBytes(out);
    const failing = FIXTURE_PAGES.slice(0, 2);
    for (const f of failing) server.setFaults(server.htmlPath(f), [{ kind: "status", status: 500, times: Infinity }]);
    try {
      const err = await runScrape(await http(await tempDir()), out).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(FetchFailedError);
      for (const f of failing) expect((err as Error).message).toContain(f);
      expect(await folderBytes(out)).toEqual(before);
    } finally {
      for (const f of failing) server.setFaults(server.htmlPath(f), []);
    }
  });

  it("the shrink guard refuses a catalog that lost a service, writes nothing, and --allow-shrink lets it through", async () => {
    const out = await tempDir("scrape-guard-");
    await runScrape({ htmlDir: FIXTURE_HTML, source: "html", date: "2026-06-01" }, out);
    const before = await folderBytes(out);
    // A capture missing one page: with six services, one lost service is far more than 2% of the actions.
    const fewer = await tempDir("scrape-fewer-");
    await cp(FIXTURE_HTML, fewer, { recursive: true });
    const victim = (await readCatalog(out)).services.find((s) => s.prefix === "codeguru")!;
    await rm(path.join(fewer, "list_amazoncodeguru.html"));
    const err = await runScrape({ htmlDir: fewer, source: "html", date: "2026-06-01" }, out).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ShrinkRefusedError);
    expect((err as Error).message).toContain(victim.prefix);
    expect(await folderBytes(out)).toEqual(before);
    const allowed = await runScrape({ htmlDir: fewer, source: "html", date: "2026-06-01", allowShrink: true }, out);
    expect(allowed.shrink?.refused).toBe(true);
    expect((await readCatalog(out)).services.map((s) => s.prefix)).not.toContain("codeguru");
  });
});

describe("scrape CLI", () => {
  // Asynchronous: the loopback server lives in this process and must keep answering.
  const run = (args: string[]) =>
    new Promise<{ status: number | null; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, ["--import", "tsx", path.join(repoRoot, "scripts/scrape.ts"), ...args], { cwd: repoRoot });
      let stderr = "";
      child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
      child.on("error", reject);
      child.on("close", (status) => resolve({ status, stderr }));
    });

  it("exits 2 naming every failed URL and writes nothing", async () => {
    const out = await tempDir("scrape-cli-");
    await writeFile(path.join(out, "marker.txt"), "untouched\n");
    const failing = FIXTURE_PAGES.slice(2, 4);
    for (const f of failing) server.setFaults(server.htmlPath(f), [{ kind: "status", status: 503, times: Infinity }]);
    try {
      const r = await run(["--base-url", server.baseUrl, "--json-base-url", server.jsonBaseUrl, "--cache", await tempDir(), "--retries", "1", "--out", out]);
      expect(r.status).toBe(2);
      for (const f of failing) expect(r.stderr).toContain(f);
      expect(await readdir(out)).toEqual(["marker.txt"]);
    } finally {
      for (const f of failing) server.setFaults(server.htmlPath(f), []);
    }
  });

  it("exits 2 on a bad flag value", async () => {
    const r = await run(["--source", "xml"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--source");
  });
});
