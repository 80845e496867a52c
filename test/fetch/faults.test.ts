import { cp, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { FetchFailedError, fetchSources } from "../../src/fetch/index.js";
import { SAR_BASE_URL } from "../../src/model/inputs.js";
import { HTML_PREFIX, type LoopbackServer } from "../helpers/loopbackServer.js";
import {
  ERROR_PAGE,
  EventLog,
  FAST_RETRIES,
  FIXTURE_HTML,
  FIXTURE_JSON,
  FIXTURE_PAGES,
  fixtureServer,
  jsonFixture,
  options,
  readText,
  removeTempDirs,
  tempDir,
} from "./harness.js";

const ATTEMPTS = FAST_RETRIES.maxRetries + 1;

let server: LoopbackServer;
let errorPage: string;
beforeAll(async () => {
  server = await fixtureServer();
  errorPage = await readText(ERROR_PAGE);
});
afterEach(() => {
  server.resetLog();
  server.clearFaults();
  server.setOptions({ encoding: "identity" });
  server.setSources({ html: { dir: FIXTURE_HTML }, json: { dir: FIXTURE_JSON } });
});
afterAll(async () => {
  await server.close();
  await removeTempDirs();
});

const PAGE = "list_awspricelist.html";
const pagePath = () => server.htmlPath(PAGE);
const statuses = (p: string) => server.requestsFor(p).map((r) => r.status);
const pageText = () => readText(path.join(FIXTURE_HTML, PAGE));

/** Runs a full fetch; returns the result and what the progress saw. */
async function run(more: Parameters<typeof options>[2] = {}) {
  const events = new EventLog();
  const got = await fetchSources(options(server, await tempDir(), { progress: events, ...more }));
  return { got, events };
}

describe("transient faults are retried and heal (fixtures over loopback HTTP)", () => {
  it("500 then OK", async () => {
    server.setFaults(pagePath(), [{ kind: "status", status: 500 }]);
    const { got, events } = await run();
    expect(got.pages.find((p) => p.file === PAGE)!.html).toBe(await pageText());
    expect(statuses(pagePath())).toEqual([500, 200]);
    expect(events.of("retry")).toMatchObject([{ url: server.baseUrl + PAGE, retry: 1, reason: "HTTP 500" }]);
    expect(got.stats.retries).toBe(1);
  });

  it("503 twice on a JSON file, then OK", async () => {
    server.setFaults(server.jsonPath("a2c"), [{ kind: "status", status: 503, times: 2 }]);
    const { got } = await run();
    expect(got.json.find((j) => j.service === "a2c")!.text).toBe(await readText(jsonFixture("a2c")));
    expect(statuses(server.jsonPath("a2c"))).toEqual([503, 503, 200]);
  });

  it("429 with Retry-After in seconds: waits what the server says (capped), not the backoff", async () => {
    server.setFaults(pagePath(), [{ kind: "status", status: 429, headers: { "retry-after": "1" } }]);
    const { got, events } = await run();
    expect(got.pages).toHaveLength(FIXTURE_PAGES.length);
    expect(statuses(pagePath())).toEqual([429, 200]);
    // Backoff is at most maxDelayMs (4 ms) here: 40 ms can only come from Retry-After (1 s, capped).
    expect(events.of("retry")).toMatchObject([{ reason: "HTTP 429", delayMs: FAST_RETRIES.maxRetryAfterMs }]);
  });

  it("429 with Retry-After as an HTTP date", async () => {
    const inAnHour = new Date(Date.now() + 3600_000).toUTCString();
    server.setFaults(pagePath(), [{ kind: "status", status: 429, headers: { "retry-after": inAnHour } }]);
    const { events } = await run();
    expect(statuses(pagePath())).toEqual([429, 200]);
    expect(events.of("retry")).toMatchObject([{ reason: "HTTP 429", delayMs: FAST_RETRIES.maxRetryAfterMs }]);
  });

  it("429 without Retry-After backs off exponentially", async () => {
    server.setFaults(pagePath(), [{ kind: "status", status: 429, times: 3 }]);
    const { events } = await run();
    expect(statuses(pagePath())).toEqual([429, 429, 429, 200]);
    const delays = events.of("retry").map((e) => e.delayMs);
    expect(delays).toHaveLength(3);
    for (const d of delays) expect(d).toBeLessThanOrEqual(FAST_RETRIES.maxDelayMs);
  });

  it("connection reset mid-body", async () => {
    server.setFaults(pagePath(), [{ kind: "reset-mid-body" }]);
    const { got, events } = await run();
    expect(got.pages.find((p) => p.file === PAGE)!.html).toBe(await pageText());
    expect(server.requestsFor(pagePath()).map((r) => r.fault ?? "ok")).toEqual(["reset-mid-body", "ok"]);
    expect(events.of("retry")[0]!.reason).toMatch(/ECONNRESET|UND_ERR_SOCKET/);
  });

  it("truncated body (Content-Length larger than what was sent)", async () => {
    server.setFaults(pagePath(), [{ kind: "truncate" }]);
    const { got, events } = await run();
    expect(got.pages.find((p) => p.file === PAGE)!.html).toBe(await pageText());
    expect(server.requestsFor(pagePath()).map((r) => r.fault ?? "ok")).toEqual(["truncate", "ok"]);
    expect(events.of("retry")[0]!.reason).toMatch(/UND_ERR_SOCKET|other side closed|Content-Length/i);
  });

  it("truncated gzip body", async () => {
    server.setOptions({ encoding: "gzip" });
    server.setFaults(server.jsonPath("pricing"), [{ kind: "truncate" }]);
    const { got } = await run();
    expect(got.json.find((j) => j.service === "pricing")!.text).toBe(await readText(jsonFixture("pricing")));
    expect(server.requestsFor(server.jsonPath("pricing")).map((r) => r.fault ?? "ok")).toEqual(["truncate", "ok"]);
  });

  it.each(["headers", "body"] as const)("a stall longer than the %s timeout", async (phase) => {
    server.setFaults(pagePath(), [{ kind: "stall", phase, ms: 5_000 }]);
    const { got, events } = await run({ timeouts: { headersMs: 300, bodyMs: 300 } });
    expect(got.pages.find((p) => p.file === PAGE)!.html).toBe(await pageText());
    expect(server.requestsFor(pagePath()).map((r) => r.fault ?? "ok")).toEqual(["stall", "ok"]);
    const reason = events.of("retry").find((e) => e.url.endsWith(PAGE))!.reason;
    expect(reason).toMatch(phase === "headers" ? /UND_ERR_HEADERS_TIMEOUT/ : /UND_ERR_BODY_TIMEOUT/);
  });

  it("a 200 HTML error page (AWS's stored 'Moved Permanently' page), then the real page", async () => {
    server.setFaults(pagePath(), [{ kind: "body", body: errorPage }]);
    const { got, events } = await run();
    expect(got.pages.find((p) => p.file === PAGE)!.html).toBe(await pageText());
    expect(statuses(pagePath())).toEqual([200, 200]);
    expect(events.of("retry")[0]!.reason).toMatch(/not a SAR page/);
  });

  it("a JSON file answered by an HTML error page with status 200, then the JSON", async () => {
    server.setFaults(server.jsonPath("rds-db"), [{ kind: "body", body: "<html><body>Rate exceeded</body></html>" }]);
    const { got, events } = await run();
    expect(got.json.find((j) => j.service === "rds-db")!.text).toBe(await readText(jsonFixture("rds-db")));
    expect(events.of("retry")[0]!.reason).toMatch(/not JSON/);
  });
});

describe("redirects", () => {
  it("301 to a new slug: followed, recorded, and the page named by its new file", async () => {
    // AWS's renamed page: the old slug answers 301, the new one serves the page, whose canonical
    // link names the new URL.
    const dir = await tempDir("fetch-renamed-");
    await cp(FIXTURE_HTML, dir, { recursive: true });
    const renamedHtml = (await pageText()).replaceAll(`${SAR_BASE_URL}${PAGE}`, `${SAR_BASE_URL}list_awspricelistv2.html`);
    await writeFile(path.join(dir, PAGE), renamedHtml);
    server.setSources({ html: { dir, renamed: { [PAGE]: "list_awspricelistv2.html" } } });
    const cache = await tempDir();
    const got = await fetchSources(options(server, cache));
    const page = got.pages.find((p) => p.file === "list_awspricelistv2.html")!;
    expect(page.html).toBe(renamedHtml);
    expect(page.url).toBe(`${SAR_BASE_URL}list_awspricelistv2.html`);
    expect(got.pages.map((p) => p.file)).not.toContain(PAGE);
    expect(got.redirects).toEqual([{ from: SAR_BASE_URL + PAGE, to: `${SAR_BASE_URL}list_awspricelistv2.html` }]);
    expect(statuses(pagePath())).toEqual([301]);
    expect(statuses(`${HTML_PREFIX}list_awspricelistv2.html`)).toEqual([200]);

    // Warm: the old URL still redirects; the conditional request goes to the new one.
    server.resetLog();
    const warm = await fetchSources(options(server, cache));
    expect(warm.pages).toEqual(got.pages);
    expect(server.requestsFor(pagePath()).map((r) => [r.conditional, r.status])).toEqual([[false, 301]]);
    expect(server.requestsFor(`${HTML_PREFIX}list_awspricelistv2.html`).map((r) => [r.conditional, r.status])).toEqual([[true, 304]]);
    expect(warm.redirects).toEqual(got.redirects);
  });

  it("two index links that land on one page give one page", async () => {
    server.setFaults(server.htmlPath("list_tageditor.html"), [{ kind: "redirect", location: pagePath(), times: Infinity }]);
    const { got } = await run();
    expect(got.pages.map((p) => p.file)).toEqual(FIXTURE_PAGES.filter((f) => f !== "list_tageditor.html"));
    expect(got.redirects).toEqual([{ from: `${SAR_BASE_URL}list_tageditor.html`, to: SAR_BASE_URL + PAGE }]);
  });

  it.each([
    ["to another host", [{ path: PAGE, to: "http://127.0.0.1:9/list_x.html" }], /redirected to another host/, 1],
    ["in a loop", [{ path: PAGE, to: "list_loop.html" }, { path: "list_loop.html", to: PAGE }], /redirect loop/, 1],
    [
      "too many times",
      Array.from({ length: 7 }, (_, i) => ({ path: i ? `list_hop${i}.html` : PAGE, to: `list_hop${i + 1}.html` })),
      /more than 5 redirects/,
      1,
    ],
  ])("a redirect %s fails without retry", async (_, hops, reason, requests) => {
    for (const h of hops) server.setFaults(server.htmlPath(h.path), [{ kind: "redirect", location: h.to, times: Infinity }]);
    const e = await run().catch((err: unknown) => err);
    expect(e).toBeInstanceOf(FetchFailedError);
    expect((e as FetchFailedError).failures).toHaveLength(1);
    expect((e as FetchFailedError).failures[0]!.url).toBe(server.baseUrl + PAGE);
    expect((e as FetchFailedError).failures[0]!.reason).toMatch(reason);
    expect(server.requestsFor(pagePath())).toHaveLength(requests);
    expect(server.requests.some((r) => r.path === "/list_x.html")).toBe(false);
  });

  it("a redirect out of the reference folder fails", async () => {
    server.setFaults(pagePath(), [{ kind: "redirect", location: "/iot/latest/developerguide/what-is-aws-iot.html", times: Infinity }]);
    server.setFaults("/iot/latest/developerguide/what-is-aws-iot.html", [{ kind: "body", body: errorPage, times: Infinity }]);
    const e = (await run().catch((err: unknown) => err)) as FetchFailedError;
    expect(e.failures).toEqual([
      { url: server.baseUrl + PAGE, reason: `redirected outside the reference folder, to ${server.origin}/iot/latest/developerguide/what-is-aws-iot.html` },
    ]);
  });
});

describe("failures for good: the run rejects and names every failed URL", () => {
  it("pages and JSON files that keep failing, each with its reason; everything else was still tried", async () => {
    const failing = {
      [server.htmlPath("list_amazoncodeguru.html")]: { kind: "status", status: 500, times: Infinity },
      [server.htmlPath("list_tageditor.html")]: { kind: "body", body: errorPage, times: Infinity },
      [server.htmlPath("list_awssupportplans.html")]: { kind: "status", status: 404, times: Infinity },
      [server.jsonPath("a2c")]: { kind: "reset-mid-body", times: Infinity },
      [server.jsonPath("pricing")]: { kind: "truncate", times: Infinity },
    } as const;
    for (const [p, fault] of Object.entries(failing)) server.setFaults(p, [fault]);
    const e = (await run().catch((err: unknown) => err)) as FetchFailedError;
    expect(e).toBeInstanceOf(FetchFailedError);
    expect(e.failures.map((f) => f.url)).toEqual(Object.keys(failing).map((p) => server.origin + p).sort());
    const reason = (p: string) => e.failures.find((f) => f.url === server.origin + p)!.reason;
    expect(reason(server.htmlPath("list_amazoncodeguru.html"))).toBe(`HTTP 500 (gave up after ${ATTEMPTS} attempts)`);
    expect(reason(server.htmlPath("list_tageditor.html"))).toMatch(/not a SAR page \(gave up after 4 attempts\)$/);
    expect(reason(server.htmlPath("list_awssupportplans.html"))).toBe("HTTP 404");
    expect(reason(server.jsonPath("a2c"))).toMatch(/gave up after 4 attempts/);
    expect(reason(server.jsonPath("pricing"))).toMatch(/gave up after 4 attempts/);
    for (const url of Object.keys(failing).map((p) => server.origin + p)) expect(e.message).toContain(url);

    expect(statuses(server.htmlPath("list_amazoncodeguru.html"))).toHaveLength(ATTEMPTS);
    expect(statuses(server.htmlPath("list_tageditor.html"))).toHaveLength(ATTEMPTS);
    expect(statuses(server.htmlPath("list_awssupportplans.html"))).toEqual([404]);
    expect(server.requestsFor(server.jsonPath("a2c"))).toHaveLength(ATTEMPTS);
    expect(server.requestsFor(server.jsonPath("pricing"))).toHaveLength(ATTEMPTS);
    expect(statuses(pagePath())).toEqual([200]);
    expect(statuses(server.jsonPath("codeguru"))).toEqual([200]);
  });

  it("an index page that is an error page fails the run before any page is requested", async () => {
    server.setFaults(server.htmlIndexPath, [{ kind: "body", body: errorPage, times: Infinity }]);
    const e = (await run().catch((err: unknown) => err)) as FetchFailedError;
    expect(e.failures).toEqual([
      { url: server.baseUrl + "reference_policies_actions-resources-contextkeys.html", reason: expect.stringMatching(/links no list_\*\.html page/) },
    ]);
    expect(server.requestsFor(server.htmlIndexPath)).toHaveLength(ATTEMPTS);
    expect(server.requests.filter((r) => r.path.includes("/list_") || r.path.includes("/v1/"))).toEqual([]);
  });

  it("a JSON index that is not JSON fails the run", async () => {
    server.setFaults(server.jsonIndexPath, [{ kind: "body", body: "<html>Access Denied</html>", contentType: "text/html", times: Infinity }]);
    const e = (await run().catch((err: unknown) => err)) as FetchFailedError;
    expect(e.failures).toEqual([{ url: server.jsonBaseUrl + "aws-servicereference-index.json", reason: expect.stringMatching(/^index is not JSON/) }]);
  });
});
