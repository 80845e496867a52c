import path from "node:path";
import { performance } from "node:perf_hooks";
import {
  JSON_BASE_URL,
  JSON_INDEX_FILE,
  SAR_BASE_URL,
  SAR_INDEX_PAGE,
  type HtmlPageInput,
  type JsonServiceInput,
} from "../model/inputs.js";
import { compareStrings } from "../model/normalize.js";
import { repoRoot } from "../model/paths.js";
import { canonicalUrl } from "../parse/readHtmlDir.js";
import { DiskCache } from "./cache.js";
import { DocumentFetcher, type FetchedDocument } from "./documentFetcher.js";
import { AttemptError, FetchFailedError, toAttemptError, type FetchFailure } from "./errors.js";
import { DEFAULT_TIMEOUTS, HttpClient, type Timeouts } from "./http.js";
import { assertSarIndex, assertSarPage, assertServiceJson } from "./integrity.js";
import { parseJsonIndexEntries } from "./jsonIndex.js";
import { PoliteGate, Semaphore } from "./limits.js";
import { silentProgress, type Progress, type ProgressSummary } from "./progress.js";
import { removedDocuments, type RemovedDocument } from "./removedDocuments.js";
import { DEFAULT_RETRY, type RetryOptions } from "./retry.js";
import { SAR_PAGE_FILE } from "./sarIndex.js";
import { asBaseUrl, relativeTo, toOfficial } from "./urls.js";
import { defaultUserAgent } from "./userAgent.js";

export type { RemovedDocument } from "./removedDocuments.js";

export const DEFAULT_CACHE_DIR = path.join(repoRoot, ".cache");
export const DEFAULT_CONCURRENCY = 8;
export const DEFAULT_MAX_REDIRECTS = 5;

export interface FetchSourcesOptions {
  /** Folder of the SAR pages (default SAR_BASE_URL); the index page is fetched from it. */
  baseUrl?: string;
  /** Root of the JSON reference (default JSON_BASE_URL); its index is fetched from it. */
  jsonBaseUrl?: string;
  /** On-disk cache (default `.cache/` in the repository). */
  cacheDir?: string;
  /** Requests in flight at once, over both sources (default 8). */
  concurrency?: number;
  /** Read everything from the cache; no request is made, a missing entry is a failure. */
  offline?: boolean;
  timeouts?: Partial<Timeouts>;
  retries?: Partial<RetryOptions>;
  /** Redirect hops followed per request (default 5). */
  maxRedirects?: number;
  progress?: Progress;
  /** Fetch the JSON only (`--source json`). */
  skipHtml?: boolean;
  /** Fetch the pages only (`--source html`). */
  skipJson?: boolean;
  userAgent?: string;
  /** Drop cache entries of documents that left the index (default true; never when offline). */
  pruneCache?: boolean;
  /** Jitter source (default Math.random). */
  random?: () => number;
}

/** A redirect followed, in official URLs: the index listed `from`, the content lives at `to`. */
export interface Redirect {
  from: string;
  to: string;
}

export interface FetchStats {
  /** Indexed documents returned (pages + JSON files), not counting the two indexes. */
  documents: number;
  htmlPages: number;
  jsonFiles: number;
  /** Over every document including the indexes: bodies transferred (200). */
  downloaded: number;
  /** ... answered 304 and served from the cache. */
  notModified: number;
  /** ... read from the cache without a request (offline). */
  fromCache: number;
  /** HTTP requests sent, every attempt and redirect hop included. */
  requests: number;
  /** Response body bytes as transferred (compressed when compressed). */
  bytesReceived: number;
  byStatus: Record<string, number>;
  retries: number;
  redirects: number;
  failed: number;
  removed: number;
  durationMs: number;
}

export interface FetchedSources {
  /** Sorted by file; one per final page, even when two index links redirect to it. */
  pages: HtmlPageInput[];
  /** Sorted by service. */
  json: JsonServiceInput[];
  redirects: Redirect[];
  /** Documents of an earlier run (in the cache) that the indexes no longer list. */
  removed: RemovedDocument[];
  stats: FetchStats;
}

type Fetched<T> = FetchedDocument<T> & { requested: string };
type FetchedPage = Fetched<string>;
type FetchedJson = Fetched<void> & { service: string };

/** Where the two sites live, on AWS or on a mirror. */
interface Sites {
  baseUrl: string;
  jsonBaseUrl: string;
}

/**
 * Fetches both sources of the Service Authorization Reference — the HTML pages the index page
 * links, and the JSON files the JSON index lists — with a shared concurrency limit, retries,
 * a conditional-request cache and integrity checks. All or nothing: when any indexed document
 * still fails after its retries, it rejects with a FetchFailedError naming every failed URL.
 */
export async function fetchSources(opts: FetchSourcesOptions = {}): Promise<FetchedSources> {
  const started = performance.now();
  const sites: Sites = { baseUrl: asBaseUrl(opts.baseUrl ?? SAR_BASE_URL), jsonBaseUrl: asBaseUrl(opts.jsonBaseUrl ?? JSON_BASE_URL) };
  refuseAwsHostsUnderTest(sites);
  const { baseUrl, jsonBaseUrl } = sites;
  const concurrency = opts.concurrency ?? DEFAULT_CONCURRENCY;
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new Error(`concurrency must be a positive integer, got ${concurrency}`);
  const offline = opts.offline ?? false;
  const progress = opts.progress ?? silentProgress;
  const cache = new DiskCache(path.resolve(opts.cacheDir ?? DEFAULT_CACHE_DIR));
  const http = offline
    ? undefined
    : new HttpClient({
        timeouts: { ...DEFAULT_TIMEOUTS, ...opts.timeouts },
        maxRedirects: opts.maxRedirects ?? DEFAULT_MAX_REDIRECTS,
        userAgent: opts.userAgent ?? defaultUserAgent(),
        connections: concurrency,
      });
  const fetcher = new DocumentFetcher({
    cache,
    http,
    slots: new Semaphore(concurrency),
    gate: new PoliteGate(),
    retries: { ...DEFAULT_RETRY, ...opts.retries },
    random: opts.random ?? Math.random,
    progress,
  });

  const failures: FetchFailure[] = [];
  /** Runs one document's fetch; a failure is recorded (all are reported together) as undefined. */
  async function settle<T>(url: string, run: () => Promise<T>): Promise<T | undefined> {
    try {
      return await run();
    } catch (e) {
      const reason = toAttemptError(e).message;
      failures.push({ url, reason });
      progress.report({ type: "failed", url, reason });
      return undefined;
    }
  }
  const statsOf = (counts: Pick<FetchStats, "htmlPages" | "jsonFiles" | "removed" | "failed">): FetchStats => {
    const wire = http?.counters ?? { requests: 0, bytesReceived: 0, redirects: 0, byStatus: {} };
    return {
      documents: counts.htmlPages + counts.jsonFiles,
      ...counts,
      ...fetcher.counts,
      requests: wire.requests,
      bytesReceived: wire.bytesReceived,
      byStatus: { ...wire.byStatus },
      redirects: wire.redirects,
      durationMs: performance.now() - started,
    };
  };

  try {
    // 1. The two indexes.
    const htmlIndexUrl = baseUrl + SAR_INDEX_PAGE;
    const jsonIndexUrl = jsonBaseUrl + JSON_INDEX_FILE;
    const [htmlIndex, jsonIndex] = await Promise.all([
      opts.skipHtml
        ? undefined
        : settle(htmlIndexUrl, async () => {
            const got = await fetcher.fetch("html", htmlIndexUrl, SAR_INDEX_PAGE, (text, finalUrl) => assertSarIndex(text, finalUrl, baseUrl));
            progress.report({ type: "index", kind: "html", url: htmlIndexUrl, entries: got.value.length });
            return { requested: htmlIndexUrl, ...got };
          }),
      opts.skipJson
        ? undefined
        : settle(jsonIndexUrl, async () => {
            const got = await fetcher.fetch("json", jsonIndexUrl, JSON_INDEX_FILE, (text) => parseJsonIndexEntries(text, jsonBaseUrl));
            progress.report({ type: "index", kind: "json", url: jsonIndexUrl, entries: got.value.length });
            return { requested: jsonIndexUrl, ...got };
          }),
    ]);
    if (failures.length) throw new FetchFailedError(failures);
    const files = htmlIndex?.value ?? [];
    const services = jsonIndex?.value ?? [];

    // 2. Every indexed document, all at once under the shared limit.
    progress.report({ type: "start", total: files.length + services.length, concurrency, offline });
    const pageFileOf = (text: string, finalUrl: string): string => {
      const file = relativeTo(baseUrl, finalUrl);
      if (file === undefined || !SAR_PAGE_FILE.test(file)) throw new AttemptError(`redirected outside the reference folder, to ${finalUrl}`, false);
      assertSarPage(text);
      return file;
    };
    const [pages, json] = await Promise.all([
      Promise.all(
        files.map((file) => {
          const url = baseUrl + file;
          return settle(url, async (): Promise<FetchedPage> => {
            const got = await fetcher.fetch("html", url, file, pageFileOf);
            progress.report({ type: "done", kind: "html", url, outcome: got.outcome });
            return { requested: url, ...got };
          });
        }),
      ),
      Promise.all(
        services.map(({ service, url }) =>
          settle(url, async (): Promise<FetchedJson> => {
            const got = await fetcher.fetch("json", url, service, (text) => assertServiceJson(text, service));
            progress.report({ type: "done", kind: "json", url, outcome: got.outcome });
            return { requested: url, service, ...got };
          }),
        ),
      ),
    ]);
    if (failures.length) throw new FetchFailedError(failures);
    const okPages = pages.filter((p): p is FetchedPage => p !== undefined);
    const okJson = json.filter((j): j is FetchedJson => j !== undefined);

    // 3. What the cache holds that the indexes no longer list.
    const prune = !offline && (opts.pruneCache ?? true);
    const removed = [
      ...(htmlIndex ? await removedDocuments(cache, "html", baseUrl, urlsOf([htmlIndex, ...okPages]), finalsOf(okPages), prune) : []),
      ...(jsonIndex ? await removedDocuments(cache, "json", jsonBaseUrl, urlsOf([jsonIndex, ...okJson]), finalsOf(okJson), prune) : []),
    ]
      .map((r) => ({ ...r, url: officialUrl(r.url, sites) }))
      .sort((a, b) => compareStrings(a.kind, b.kind) || compareStrings(a.name, b.name));

    const outPages = pageInputs(okPages);
    const outJson = jsonInputs(okJson, sites);
    const stats = statsOf({ htmlPages: outPages.length, jsonFiles: outJson.length, removed: removed.length, failed: 0 });
    progress.report({ type: "end", summary: summaryOf(stats) });
    return { pages: outPages, json: outJson, redirects: redirectsOf([htmlIndex, jsonIndex, ...okPages, ...okJson], sites), removed, stats };
  } catch (e) {
    if (e instanceof FetchFailedError) {
      progress.report({ type: "end", summary: summaryOf(statsOf({ htmlPages: 0, jsonFiles: 0, removed: 0, failed: e.failures.length })) });
    }
    throw e;
  } finally {
    await http?.close();
  }
}

const urlsOf = (docs: { requested: string }[]) => new Set(docs.map((d) => d.requested));
const finalsOf = (docs: { finalUrl: string }[]) => new Set(docs.map((d) => d.finalUrl));

/** How a fetched URL is named in the results: its official location when it is on a mirror. */
function officialUrl(url: string, sites: Sites): string {
  const page = relativeTo(sites.baseUrl, url);
  if (page !== undefined) return SAR_BASE_URL + page;
  return toOfficial(url, sites.jsonBaseUrl, JSON_BASE_URL);
}

/**
 * One input per final page, sorted by file. Its URL follows readHtmlDir's rule (the page's
 * canonical link, else the official folder + file), so fetching a set of pages and reading the
 * same files from a folder give the same inputs.
 */
function pageInputs(pages: FetchedPage[]): HtmlPageInput[] {
  const byFile = new Map<string, HtmlPageInput>();
  for (const p of pages) byFile.set(p.value, { file: p.value, url: canonicalUrl(p.text) ?? SAR_BASE_URL + p.value, html: p.text });
  return [...byFile.values()].sort((a, b) => compareStrings(a.file, b.file));
}

/** One input per service, sorted, named by the official URL of the file. */
function jsonInputs(files: FetchedJson[], sites: Sites): JsonServiceInput[] {
  return files
    .map((j) => ({ service: j.service, file: toOfficial(j.finalUrl, sites.jsonBaseUrl, JSON_BASE_URL), text: j.text }))
    .sort((a, b) => compareStrings(a.service, b.service));
}

function redirectsOf(docs: (Fetched<unknown> | undefined)[], sites: Sites): Redirect[] {
  return docs
    .filter((d): d is Fetched<unknown> => d !== undefined && d.redirected)
    .map((d) => ({ from: officialUrl(d.requested, sites), to: officialUrl(d.finalUrl, sites) }))
    .sort((a, b) => compareStrings(a.from, b.from));
}

function summaryOf(s: FetchStats): ProgressSummary {
  const { documents, downloaded, notModified, fromCache, retries, redirects, failed, requests, bytesReceived, removed, durationMs } = s;
  return { documents, downloaded, notModified, fromCache, retries, redirects, failed, requests, bytesReceived, removed, durationMs };
}

/**
 * The test suite sets IAM_CATALOG_NO_AWS=1 (vitest.config.ts): a test that forgot --base-url must
 * fail at once instead of sending traffic to AWS.
 */
function refuseAwsHostsUnderTest(sites: Sites): void {
  if (process.env.IAM_CATALOG_NO_AWS !== "1") return;
  for (const url of [sites.baseUrl, sites.jsonBaseUrl]) {
    if (/(^|\.)amazonaws\.com$|(^|\.)aws\.amazon\.com$/.test(new URL(url).hostname)) {
      throw new Error(`refusing to fetch ${url}: IAM_CATALOG_NO_AWS=1 (tests must point at a loopback server)`);
    }
  }
}
