// npm run bench -- scrape: a full scrape of the corpus (html/2026-06-01 + json/2026-06-01) from a
// loopback server answering with gzip, at the default concurrency: cold cache, then warm cache
// (which must be all 304), then fetch + parse + merge. Figures only; nothing here fails on time.
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { DEFAULT_CONCURRENCY, fetchSources, type FetchedSources } from "../../src/fetch/index.js";
import { formatBytes } from "../../src/fetch/progress.js";
import { buildCatalogFromSources } from "../../src/merge/build.js";
import { corpusDir } from "../../src/model/paths.js";
import { startLoopbackServer, type LoopbackServer } from "../helpers/loopbackServer.js";

const HTML = path.join(corpusDir, "html/2026-06-01");
const JSON_DIR = path.join(corpusDir, "json/2026-06-01");

/** Wall time, and CPU time of this process (client and loopback server together). */
async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; seconds: number; cpuSeconds: number }> {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const value = await fn();
  const cpu = process.cpuUsage(c0);
  return { value, seconds: (performance.now() - t0) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

function line(label: string, got: FetchedSources, run: { seconds: number; cpuSeconds: number }, server: LoopbackServer): string {
  const docs = got.stats.documents;
  const bodies = server.requests.reduce((n, r) => n + r.bodyBytes, 0);
  const { seconds, cpuSeconds } = run;
  return (
    `${label}: ${got.pages.length} pages + ${got.json.length} JSON in ${seconds.toFixed(2)} s = ` +
    `${(docs / seconds).toFixed(0)} documents/s (HTML pages alone: ${(got.pages.length / seconds).toFixed(0)}/s); ` +
    `${cpuSeconds.toFixed(2)} CPU s (client + server); ` +
    `${server.requests.length} requests, ${formatBytes(bodies)} of bodies sent, ` +
    `${got.stats.downloaded} × 200, ${got.stats.notModified} × 304, ${got.stats.retries} retries`
  );
}

export default async function scrapeBench(): Promise<void> {
  if (!existsSync(HTML) || !existsSync(JSON_DIR)) {
    console.log(`scrape: skipped, the corpus is absent (${HTML}, ${JSON_DIR})`);
    return;
  }
  const server = await startLoopbackServer({ html: { dir: HTML }, json: { dir: JSON_DIR }, encoding: "gzip" });
  const cacheDir = await mkdtemp(path.join(os.tmpdir(), "scrape-bench-"));
  try {
    await server.preload();
    const opts = { baseUrl: server.baseUrl, jsonBaseUrl: server.jsonBaseUrl, cacheDir };
    console.log(`loopback ${server.origin}, gzip, concurrency ${DEFAULT_CONCURRENCY}`);

    const cold = await timed(() => fetchSources(opts));
    console.log(line("cold cache", cold.value, cold, server));
    const rate = cold.value.stats.documents / cold.seconds;
    console.log(`  target ≥ 100 documents/s cold: ${rate >= 100 ? "met" : "NOT met"} (${os.loadavg()[0]!.toFixed(1)} load average on ${os.cpus().length} CPUs)`);

    server.resetLog();
    const warm = await timed(() => fetchSources(opts));
    console.log(line("warm cache", warm.value, warm, server));
    const all304 = server.requests.every((r) => r.status === 304 && r.bodyBytes === 0);
    console.log(`  warm run all 304, no body: ${all304 ? "yes" : "NO"} (${server.requests.length} requests)`);

    const build = (got: FetchedSources) => buildCatalogFromSources({ pages: got.pages, json: got.json, source: "both", date: "2026-06-01" });
    const parse = await timed(() => build(warm.value));
    console.log(`parse + merge: ${parse.value.catalog.services.length} services in ${parse.seconds.toFixed(2)} s`);
    console.log(
      `fetch + parse + merge: cold ${(cold.seconds + parse.seconds).toFixed(2)} s, warm ${(warm.seconds + parse.seconds).toFixed(2)} s`,
    );
  } finally {
    await server.close();
    await rm(cacheDir, { recursive: true, force: true });
  }
}
