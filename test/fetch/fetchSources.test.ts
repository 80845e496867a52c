import { cp, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { DiskCache } from "../../src/fetch/cache.js";
import { defaultUserAgent, FetchFailedError, fetchSources, PlainProgress } from "../../src/fetch/index.js";
import { readJsonDir } from "../../src/json/index.js";
import { buildCatalogFromSources } from "../../src/merge/build.js";
import { renderCatalog } from "../../src/model/catalog.js";
import { JSON_BASE_URL, SAR_BASE_URL } from "../../src/model/inputs.js";
import { readHtmlDir } from "../../src/parse/index.js";
import type { LoopbackServer } from "../helpers/loopbackServer.js";
import {
  EventLog,
  FIXTURE_HTML,
  FIXTURE_JSON,
  FIXTURE_PAGES,
  FIXTURE_SERVICES,
  filesUnder,
  fixtureServer,
  jsonFixture,
  options,
  readText,
  removeTempDirs,
  tempDir,
} from "./harness.js";

/** Two indexes + six pages + six JSON files. */
const DOCUMENTS = 2 + FIXTURE_PAGES.length + FIXTURE_SERVICES.length;

let server: LoopbackServer;
beforeAll(async () => {
  server = await fixtureServer();
});
afterEach(() => {
  server.resetLog();
  server.clearFaults();
  server.setOptions({ encoding: "identity", validators: "both" });
  server.setSources({ html: { dir: FIXTURE_HTML }, json: { dir: FIXTURE_JSON } });
});
afterAll(async () => {
  await server.close();
  await removeTempDirs();
});

const pageRequests = (s: LoopbackServer) => s.requests.filter((r) => r.path !== s.htmlIndexPath && r.path !== s.jsonIndexPath);

describe("fetchSources over HTTP (fixtures)", () => {
  it("cold cache: fetches every indexed page and JSON file once, byte for byte, named by official URL", async () => {
    const cache = await tempDir();
    const got = await fetchSources(options(server, cache));

    expect(got.pages.map((p) => p.file)).toEqual(FIXTURE_PAGES);
    for (const p of got.pages) {
      expect(p.url).toBe(SAR_BASE_URL + p.file);
      expect(p.html).toBe(await readText(path.join(FIXTURE_HTML, p.file)));
    }
    expect(got.json.map((j) => j.service)).toEqual(FIXTURE_SERVICES);
    for (const j of got.json) {
      expect(j.file).toBe(`${JSON_BASE_URL}v1/${j.service}/${j.service}.json`);
      expect(j.text).toBe(await readText(jsonFixture(j.service)));
    }
    expect(got.redirects).toEqual([]);
    expect(got.removed).toEqual([]);

    expect(server.requests).toHaveLength(DOCUMENTS);
    expect(new Set(server.requests.map((r) => r.path)).size).toBe(DOCUMENTS);
    expect(server.requests.every((r) => r.status === 200 && !r.conditional)).toBe(true);
    expect(server.requests.every((r) => r.userAgent === defaultUserAgent())).toBe(true);
    expect(got.stats).toMatchObject({ documents: 12, htmlPages: 6, jsonFiles: 6, downloaded: DOCUMENTS, notModified: 0, requests: DOCUMENTS, retries: 0 });
    expect(got.stats.bytesReceived).toBe(server.requests.reduce((n, r) => n + r.bodyBytes, 0));
  });

  it("gives the inputs that reading the same files from folders gives, hence the same catalog files", async () => {
    const got = await fetchSources(options(server, await tempDir()));
    const pages = await readHtmlDir(FIXTURE_HTML);
    const json = await readJsonDir(FIXTURE_JSON);
    expect(got.pages).toEqual(pages);
    // Folder inputs name a local path, fetched ones the official URL; the content is the same.
    expect(got.json.map(({ service, text }) => ({ service, text }))).toEqual(json.map(({ service, text }) => ({ service, text })));
    const render = async (p: typeof pages, j: typeof json) =>
      renderCatalog((await buildCatalogFromSources({ pages: p, json: j, source: "both", date: "2026-06-01" })).catalog);
    expect(await render(got.pages, got.json)).toEqual(await render(pages, json));
  });

  it("warm cache: every request is conditional and answered 304, no body crosses, same result", async () => {
    const cache = await tempDir();
    const cold = await fetchSources(options(server, cache));
    server.resetLog();
    const warm = await fetchSources(options(server, cache));

    expect(server.requests).toHaveLength(DOCUMENTS);
    expect(server.requests.every((r) => r.conditional && r.status === 304 && r.bodyBytes === 0)).toBe(true);
    expect(warm.stats).toMatchObject({ downloaded: 0, notModified: DOCUMENTS, bytesReceived: 0, requests: DOCUMENTS });
    expect(warm.pages).toEqual(cold.pages);
    expect(warm.json).toEqual(cold.json);
  });

  it.each(["etag", "last-modified"] as const)("conditional requests work with %s alone", async (validators) => {
    server.setOptions({ validators });
    const cache = await tempDir();
    await fetchSources(options(server, cache));
    server.resetLog();
    await fetchSources(options(server, cache));
    expect(server.requests.map((r) => r.status)).toEqual(Array(DOCUMENTS).fill(304));
  });

  it("a page that changed is downloaded again; the others stay 304", async () => {
    const cache = await tempDir();
    await fetchSources(options(server, cache));
    const dir = await tempDir("fetch-html-");
    await cp(FIXTURE_HTML, dir, { recursive: true });
    const changed = path.join(dir, "list_awspricelist.html");
    const before = await readFile(changed, "utf8");
    const html = before.replace("Grants permission", "Allows");
    expect(html).not.toBe(before);
    await writeFile(changed, html);
    server.setSources({ html: { dir } });
    server.resetLog();

    const got = await fetchSources(options(server, cache));
    expect(got.pages.find((p) => p.file === "list_awspricelist.html")!.html).toBe(html);
    const changedRequest = server.requestsFor(server.htmlPath("list_awspricelist.html"));
    expect(changedRequest.map((r) => [r.conditional, r.status])).toEqual([[true, 200]]);
    expect(pageRequests(server).filter((r) => r.status === 304)).toHaveLength(FIXTURE_PAGES.length - 1 + FIXTURE_SERVICES.length);
  });

  it.each(["gzip", "br", "deflate"] as const)("decodes %s responses", async (encoding) => {
    server.setOptions({ encoding });
    const got = await fetchSources(options(server, await tempDir()));
    expect(server.requests.every((r) => r.contentEncoding === encoding)).toBe(true);
    for (const p of got.pages) expect(p.html).toBe(await readText(path.join(FIXTURE_HTML, p.file)));
    for (const j of got.json) expect(j.text).toBe(await readText(jsonFixture(j.service)));
    const decoded = got.pages.reduce((n, p) => n + Buffer.byteLength(p.html), 0);
    expect(got.stats.bytesReceived).toBeLessThan(decoded / 2);
  });

  it("keeps to the concurrency limit over few keep-alive connections", async () => {
    const got = await fetchSources(options(server, await tempDir(), { concurrency: 2 }));
    expect(got.pages).toHaveLength(6);
    expect(server.maxInFlight).toBeLessThanOrEqual(2);
    expect(server.connections).toBeLessThanOrEqual(2);
    expect(server.requests.length).toBe(DOCUMENTS);
  });

  it.each(["relative", "local"] as const)("follows a JSON index with %s URLs", async (indexUrls) => {
    server.setSources({ json: { dir: FIXTURE_JSON, indexUrls } });
    const got = await fetchSources(options(server, await tempDir(), { skipHtml: true }));
    expect(got.json.map((j) => j.file)).toEqual(FIXTURE_SERVICES.map((s) => `${JSON_BASE_URL}v1/${s}/${s}.json`));
  });

  it("fetches each page once however the index links it", async () => {
    server.setSources({
      html: {
        dir: FIXTURE_HTML,
        extraLinks: [
          `${SAR_BASE_URL}list_tageditor.html`,
          `${server.baseUrl}list_awspricelist.html`,
          "./list_amazoncodeguru.html#list_amazoncodeguru-actions-as-permissions",
          "https://docs.aws.amazon.com/IAM/latest/UserGuide/list_not_a_sar_page.html",
        ],
      },
    });
    const got = await fetchSources(options(server, await tempDir(), { skipJson: true }));
    expect(got.pages.map((p) => p.file)).toEqual(FIXTURE_PAGES);
    expect(server.requests).toHaveLength(1 + FIXTURE_PAGES.length);
  });

  it("--source: skipHtml and skipJson fetch one side only", async () => {
    const jsonOnly = await fetchSources(options(server, await tempDir(), { skipHtml: true }));
    expect(jsonOnly.pages).toEqual([]);
    expect(server.requests.every((r) => r.path.startsWith("/servicereference/"))).toBe(true);
    server.resetLog();
    const htmlOnly = await fetchSources(options(server, await tempDir(), { skipJson: true }));
    expect(htmlOnly.json).toEqual([]);
    expect(server.requests.every((r) => r.path.startsWith("/service-authorization/"))).toBe(true);
  });

  it("reports documents that left the index as removed, once, and drops them from the cache", async () => {
    const cache = await tempDir();
    await fetchSources(options(server, cache));
    server.setSources({
      html: { dir: FIXTURE_HTML, files: FIXTURE_PAGES.filter((f) => f !== "list_awspricelist.html" && f !== "list_tageditor.html") },
      json: { dir: FIXTURE_JSON, services: FIXTURE_SERVICES.filter((s) => s !== "pricing") },
    });
    const second = await fetchSources(options(server, cache));
    expect(second.removed).toEqual([
      { kind: "html", name: "list_awspricelist.html", url: `${SAR_BASE_URL}list_awspricelist.html` },
      { kind: "html", name: "list_tageditor.html", url: `${SAR_BASE_URL}list_tageditor.html` },
      { kind: "json", name: "pricing", url: `${JSON_BASE_URL}v1/pricing/pricing.json` },
    ]);
    expect(second.pages.map((p) => p.file)).not.toContain("list_awspricelist.html");
    expect(second.json.map((j) => j.service)).not.toContain("pricing");
    const entries = (await filesUnder(cache)).filter((f) => f.endsWith(".entry"));
    expect(entries).toHaveLength(DOCUMENTS - 3);
    expect((await fetchSources(options(server, cache))).removed).toEqual([]);
  });

  it("offline: reads everything from the cache with no request at all", async () => {
    const cache = await tempDir();
    const online = await fetchSources(options(server, cache));
    server.resetLog();
    const events = new EventLog();
    const offline = await fetchSources(options(server, cache, { offline: true, progress: events }));
    expect(server.requests).toHaveLength(0);
    expect(offline.pages).toEqual(online.pages);
    expect(offline.json).toEqual(online.json);
    expect(offline.stats).toMatchObject({ fromCache: DOCUMENTS, requests: 0, downloaded: 0 });
    expect(events.of("done").every((e) => e.outcome === "cache")).toBe(true);
  });

  it("offline: a missing cache entry fails the run, naming it", async () => {
    const empty = await tempDir();
    const e1 = await fetchSources(options(server, empty, { offline: true })).catch((e: unknown) => e);
    expect(e1).toBeInstanceOf(FetchFailedError);
    expect((e1 as FetchFailedError).failures.map((f) => f.url)).toEqual([
      server.baseUrl + "reference_policies_actions-resources-contextkeys.html",
      server.jsonBaseUrl + "aws-servicereference-index.json",
    ]);

    const cache = await tempDir();
    await fetchSources(options(server, cache));
    await rm(new DiskCache(cache).fileOf("html", server.baseUrl + "list_tageditor.html"));
    server.resetLog();
    const e2 = await fetchSources(options(server, cache, { offline: true })).catch((e: unknown) => e);
    expect((e2 as FetchFailedError).failures).toEqual([{ url: server.baseUrl + "list_tageditor.html", reason: "not in the cache (offline run)" }]);
    expect(server.requests).toHaveLength(0);
  });

  it("cache writes leave no temporary file; a corrupt entry is refetched unconditionally", async () => {
    const cache = await tempDir();
    await fetchSources(options(server, cache));
    expect((await filesUnder(cache)).filter((f) => f.includes(".tmp-"))).toEqual([]);
    const entry = new DiskCache(cache).fileOf("json", server.jsonBaseUrl + "v1/a2c/a2c.json");
    await writeFile(entry, '{"url": "torn wri');
    server.resetLog();
    const got = await fetchSources(options(server, cache));
    expect(got.json.find((j) => j.service === "a2c")!.text).toBe(await readText(jsonFixture("a2c")));
    expect(server.requestsFor(server.jsonPath("a2c")).map((r) => [r.conditional, r.status])).toEqual([[false, 200]]);
    expect((await new DiskCache(cache).read("json", server.jsonBaseUrl + "v1/a2c/a2c.json"))!.body).toBe(await readText(jsonFixture("a2c")));
  });

  it("a cached body that no longer passes its check is dropped and fetched again", async () => {
    const cache = await tempDir();
    await fetchSources(options(server, cache));
    const c = new DiskCache(cache);
    const url = server.baseUrl + "list_tageditor.html";
    const entry = (await c.read("html", url))!;
    await c.write("html", { ...entry, body: "<html><h1>Sign in</h1></html>" });
    server.resetLog();
    const got = await fetchSources(options(server, cache));
    expect(got.pages.find((p) => p.file === "list_tageditor.html")!.html).toBe(entry.body);
    expect(server.requestsFor(server.htmlPath("list_tageditor.html")).map((r) => [r.conditional, r.status])).toEqual([
      [true, 304],
      [false, 200],
    ]);
  });

  it("prints milestones and a summary through the progress it is given", async () => {
    const lines: string[] = [];
    await fetchSources(options(server, await tempDir(), { progress: new PlainProgress({ write: (s: string) => lines.push(s) }) }));
    const text = lines.join("");
    expect(text).toContain(`fetch: html index ${server.baseUrl}reference_policies_actions-resources-contextkeys.html: 6 pages\n`);
    expect(text).toContain("fetch: json index");
    expect(text).toContain("fetch: 12/12 (100%)");
    expect(text).toMatch(/fetch: done: 12 documents in [\d.]+ s \(14 downloaded, 0 not modified, 0 from cache\); 14 requests/);
  });
});
