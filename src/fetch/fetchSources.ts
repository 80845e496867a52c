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
import { DiskCache, type CacheKind } from "./cache.js";
import { AttemptError, FetchFailedError, toAttemptError, type FetchFailure } from "./errors.js";
import { DEFAULT_TIMEOUTS, HttpClient, type Timeouts } from "./http.js";
import { assertSarIndex, assertSarPage, assertServiceJson } from "./integrity.js";
import { parseJsonIndexEntries, type JsonIndexEntry } from "./jsonIndex.js";
import { PoliteGate, Semaphore } from "./limits.js";
import { silentProgress, type Progress, type ProgressSummary } from "./progress.js";
import { DEFAULT_RETRY, retryDelay, sleep, type RetryOptions } from "./retry.js";
import { SAR_PAGE_FILE } from "./sarIndex.js";
import { asBaseUrl, relativeTo, toOfficial } from "./urls.js";
import { defaultUserAgent } from "./userAgent.js";

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
  skipHtml?: boolean;
  skipJson?: boolean;
  userAgent?: string;
  /** Drop cache entries of documents that left the index (default true; never when offline). */
  pruneCache?: boolean;
  /** Jitter source (default Math.random). */
  random?: () => number;
}

/** A document the cache holds from an earlier run that the index no longer lists. */
export interface RemovedDocument {
  kind: CacheKind;
  /** The page's file name, or the JSON service name. */
  name: string;
  /** Its official URL. */
  url: string;
}

/** A redirect followed, in official URLs: the index listed `from`, the content lives at `to`. */
export interface Redirect {
  from: string;
  to: string;
}

export interface FetchStats {
  /** Indexed documents (pages + JSON files), not counting the two indexes. */
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
  removed: RemovedDocument[];
  stats: FetchStats;
}

interface Fetched<T> {
  text: string;
  finalUrl: string;
  redirected: boolean;
  outcome: "downloaded" | "not-modified" | "cache";
  value: T;
}

/**
 * Fetches both sources of the Service Authorization Reference — the HTML pages the index page
 * links, and the JSON files the JSON index lists — with a shared concurrency limit, retries,
 * a conditional-request cache and integrity checks. All or nothing: when any indexed document
 * still fails after its retries, it rejects with a FetchFailedError naming every failed URL.
 */
export async function fetchSources(opts: FetchSourcesOptions = {}): Promise<FetchedSources> {
  const started = performance.now();
  const baseUrl = asBaseUrl(opts.baseUrl ?? SAR_BASE_URL);
  const jsonBaseUrl = asBaseUrl(opts.jsonBaseUrl ?? JSON_BASE_URL);
  const concurrency = opts.concurrency ?? DEFAULT_CONCURRENCY;
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new Error(`concurrency must be a positive integer, got ${concurrency}`);
  const offline = opts.offline ?? false;
  const retries: RetryOptions = { ...DEFAULT_RETRY, ...opts.retries };
  const progress = opts.progress ?? silentProgress;
  const random = opts.random ?? Math.random;
  const cache = new DiskCache(path.resolve(opts.cacheDir ?? DEFAULT_CACHE_DIR));
  const http = offline
    ? undefined
    : new HttpClient({
        timeouts: { ...DEFAULT_TIMEOUTS, ...opts.timeouts },
        maxRedirects: opts.maxRedirects ?? DEFAULT_MAX_REDIRECTS,
        userAgent: opts.userAgent ?? defaultUserAgent(),
        connections: concurrency,
      });
  const slots = new Semaphore(concurrency);
  const gate = new PoliteGate();
  const outcomes = { downloaded: 0, notModified: 0, fromCache: 0, retries: 0 };

  /**
   * One document: from the cache when offline; otherwise GET (conditional when cached), check,
   * store, retrying what may heal. `check` throws an AttemptError when the body is not what the
   * URL should hold. A slot is held per attempt, not across the backoff sleep.
   */
  async function fetchDocument<T>(
    kind: CacheKind,
    url: string,
    name: string,
    check: (text: string, finalUrl: string) => T,
  ): Promise<Fetched<T>> {
    let cached = await cache.read(kind, url);
    if (!http) {
      if (!cached) throw new AttemptError("not in the cache (offline run)", false);
      const value = check(cached.body, cached.finalUrl);
      outcomes.fromCache++;
      return { text: cached.body, finalUrl: cached.finalUrl, redirected: cached.finalUrl !== url, outcome: "cache", value };
    }
    for (let retry = 0; ; retry++) {
      await gate.pass();
      const release = await slots.acquire();
      let failure: AttemptError;
      try {
        const validators = cached && { url: cached.finalUrl, etag: cached.etag, lastModified: cached.lastModified };
        const res = await http.get(url, validators);
        let text: string;
        if (res.status === 304) {
          text = cached!.body;
        } else {
          text = res.body.toString("utf8");
        }
        let value: T;
        try {
          value = check(text, res.finalUrl);
        } catch (e) {
          if (res.status === 304) {
            // The cached body itself is bad (edited or from an older rule): forget it and refetch.
            await cache.remove(kind, url);
            cached = undefined;
            throw new AttemptError(`cached body failed its check (${(e as Error).message}); refetching`, true);
          }
          throw e;
        }
        const etag = res.etag ?? (res.status === 304 ? cached?.etag : undefined);
        const lastModified = res.lastModified ?? (res.status === 304 ? cached?.lastModified : undefined);
        const unchanged =
          res.status === 304 && cached!.finalUrl === res.finalUrl && cached!.etag === etag && cached!.lastModified === lastModified;
        if (!unchanged) {
          await cache.write(kind, {
            url,
            finalUrl: res.finalUrl,
            name,
            ...(etag ? { etag } : {}),
            ...(lastModified ? { lastModified } : {}),
            body: res.status === 200 ? res.body : text,
          });
        }
        if (res.status === 304) outcomes.notModified++;
        else outcomes.downloaded++;
        return {
          text,
          finalUrl: res.finalUrl,
          redirected: res.hops.length > 0,
          outcome: res.status === 304 ? "not-modified" : "downloaded",
          value,
        };
      } catch (e) {
        failure = toAttemptError(e);
      } finally {
        release();
      }
      if (!failure.retryable) throw failure;
      if (retry >= retries.maxRetries) {
        throw new AttemptError(`${failure.message} (gave up after ${retry + 1} attempts)`, false);
      }
      const delayMs = retryDelay(retry, failure.retryAfterMs, retries, random);
      if (failure.retryAfterMs !== undefined) gate.hold(delayMs);
      outcomes.retries++;
      progress.report({ type: "retry", url, retry: retry + 1, reason: failure.message, delayMs });
      await sleep(delayMs);
    }
  }

  const failures: FetchFailure[] = [];
  async function attempt<T>(url: string, run: () => Promise<T>): Promise<T | undefined> {
    try {
      return await run();
    } catch (e) {
      const reason = e instanceof AttemptError ? e.message : toAttemptError(e).message;
      failures.push({ url, reason });
      progress.report({ type: "failed", url, reason });
      return undefined;
    }
  }

  try {
    // 1. The two indexes.
    const htmlIndexUrl = baseUrl + SAR_INDEX_PAGE;
    const jsonIndexUrl = jsonBaseUrl + JSON_INDEX_FILE;
    const [pageFiles, jsonEntries] = await Promise.all([
      opts.skipHtml
        ? ([] as string[])
        : attempt(htmlIndexUrl, async () => {
            const got = await fetchDocument("html", htmlIndexUrl, SAR_INDEX_PAGE, (text, finalUrl) => assertSarIndex(text, finalUrl, baseUrl));
            progress.report({ type: "index", kind: "html", url: htmlIndexUrl, entries: got.value.length });
            return got;
          }),
      opts.skipJson
        ? ([] as JsonIndexEntry[])
        : attempt(jsonIndexUrl, async () => {
            const got = await fetchDocument("json", jsonIndexUrl, JSON_INDEX_FILE, (text) => parseJsonIndexEntries(text, jsonBaseUrl));
            progress.report({ type: "index", kind: "json", url: jsonIndexUrl, entries: got.value.length });
            return got;
          }),
    ]);
    if (failures.length) throw new FetchFailedError(failures);
    const files = Array.isArray(pageFiles) ? pageFiles : pageFiles!.value;
    const services = Array.isArray(jsonEntries) ? jsonEntries : jsonEntries!.value;
    const indexRedirected = [
      ...(!Array.isArray(pageFiles) && pageFiles!.redirected ? [{ from: htmlIndexUrl, to: pageFiles!.finalUrl }] : []),
      ...(!Array.isArray(jsonEntries) && jsonEntries!.redirected ? [{ from: jsonIndexUrl, to: jsonEntries!.finalUrl }] : []),
    ];

    // 2. Every indexed document, all at once under the shared limit.
    progress.report({ type: "start", total: files.length + services.length, concurrency, offline });
    const pageOf = (text: string, finalUrl: string) => {
      const file = relativeTo(baseUrl, finalUrl);
      if (file === undefined || !SAR_PAGE_FILE.test(file)) {
        throw new AttemptError(`redirected outside the reference folder, to ${finalUrl}`, false);
      }
      assertSarPage(text);
      return file;
    };
    const [pages, json] = await Promise.all([
      Promise.all(
        files.map((file) =>
          attempt(baseUrl + file, async () => {
            const got = await fetchDocument("html", baseUrl + file, file, pageOf);
            progress.report({ type: "done", kind: "html", url: baseUrl + file, outcome: got.outcome });
            return { requested: baseUrl + file, ...got };
          }),
        ),
      ),
      Promise.all(
        services.map((entry) =>
          attempt(entry.url, async () => {
            const got = await fetchDocument("json", entry.url, entry.service, (text) => assertServiceJson(text, entry.service));
            progress.report({ type: "done", kind: "json", url: entry.url, outcome: got.outcome });
            return { requested: entry.url, service: entry.service, ...got };
          }),
        ),
      ),
    ]);
    if (failures.length) throw new FetchFailedError(failures);
    const okPages = pages.filter((p): p is NonNullable<typeof p> => p !== undefined);
    const okJson = json.filter((j): j is NonNullable<typeof j> => j !== undefined);

    // 3. Assemble, in official URLs, sorted. A page's URL follows the rule of readHtmlDir (its
    // canonical link, else the official folder + file), so fetching and reading a folder of the
    // same files give the same inputs.
    const byFile = new Map<string, HtmlPageInput>();
    for (const p of okPages) byFile.set(p.value, { file: p.value, url: canonicalUrl(p.text) ?? SAR_BASE_URL + p.value, html: p.text });
    const outPages = [...byFile.values()].sort((a, b) => compareStrings(a.file, b.file));
    const outJson: JsonServiceInput[] = okJson
      .map((j) => ({ service: j.service, file: toOfficial(j.finalUrl, jsonBaseUrl, JSON_BASE_URL), text: j.text }))
      .sort((a, b) => compareStrings(a.service, b.service));
    const redirects: Redirect[] = [
      ...indexRedirected,
      ...okPages.filter((p) => p.redirected).map((p) => ({ from: p.requested, to: p.finalUrl })),
      ...okJson.filter((j) => j.redirected).map((j) => ({ from: j.requested, to: j.finalUrl })),
    ]
      .map((r) => ({ from: officialUrl(r.from), to: officialUrl(r.to) }))
      .sort((a, b) => compareStrings(a.from, b.from));

    // 4. What the cache holds that the index no longer lists.
    const removed: RemovedDocument[] = [];
    const prune = !offline && (opts.pruneCache ?? true);
    if (!opts.skipHtml) {
      const listed = new Set([htmlIndexUrl, ...okPages.map((p) => p.requested)]);
      const finals = new Set(okPages.map((p) => p.finalUrl));
      removed.push(...(await staleEntries(cache, "html", baseUrl, listed, finals, prune)));
    }
    if (!opts.skipJson) {
      const listed = new Set([jsonIndexUrl, ...okJson.map((j) => j.requested)]);
      const finals = new Set(okJson.map((j) => j.finalUrl));
      removed.push(...(await staleEntries(cache, "json", jsonBaseUrl, listed, finals, prune)));
    }
    for (const r of removed) r.url = officialUrl(r.url);
    removed.sort((a, b) => compareStrings(a.kind, b.kind) || compareStrings(a.name, b.name));

    const stats = statsOf({ htmlPages: outPages.length, jsonFiles: outJson.length, removed: removed.length, failed: 0 });
    progress.report({ type: "end", summary: summaryOf(stats) });
    return { pages: outPages, json: outJson, redirects, removed, stats };
  } catch (e) {
    if (e instanceof FetchFailedError) {
      const stats = statsOf({ htmlPages: 0, jsonFiles: 0, removed: 0, failed: e.failures.length });
      progress.report({ type: "end", summary: summaryOf(stats) });
    }
    throw e;
  } finally {
    await http?.close();
  }

  function officialUrl(url: string): string {
    const page = relativeTo(baseUrl, url);
    if (page !== undefined) return SAR_BASE_URL + page;
    return toOfficial(url, jsonBaseUrl, JSON_BASE_URL);
  }

  function statsOf(s: Pick<FetchStats, "htmlPages" | "jsonFiles" | "removed" | "failed">): FetchStats {
    const wire = http?.counters ?? { requests: 0, bytesReceived: 0, redirects: 0, byStatus: {} };
    return {
      documents: s.htmlPages + s.jsonFiles,
      htmlPages: s.htmlPages,
      jsonFiles: s.jsonFiles,
      downloaded: outcomes.downloaded,
      notModified: outcomes.notModified,
      fromCache: outcomes.fromCache,
      requests: wire.requests,
      bytesReceived: wire.bytesReceived,
      byStatus: { ...wire.byStatus },
      retries: outcomes.retries,
      redirects: wire.redirects,
      failed: s.failed,
      removed: s.removed,
      durationMs: performance.now() - started,
    };
  }
}

function summaryOf(s: FetchStats): ProgressSummary {
  return {
    documents: s.documents,
    downloaded: s.downloaded,
    notModified: s.notModified,
    fromCache: s.fromCache,
    retries: s.retries,
    redirects: s.redirects,
    failed: s.failed,
    requests: s.requests,
    bytesReceived: s.bytesReceived,
    removed: s.removed,
    durationMs: s.durationMs,
  };
}

/**
 * Cache entries under `base` that this run did not request: documents that left the index.
 * An entry whose content now arrives through another listed URL (its final URL is one of this
 * run's) is superseded, not removed. With `prune`, both kinds are deleted from the cache.
 */
async function staleEntries(
  cache: DiskCache,
  kind: CacheKind,
  base: string,
  listed: Set<string>,
  finals: Set<string>,
  prune: boolean,
): Promise<RemovedDocument[]> {
  const expected = new Set([...listed].map((u) => cache.fileOf(kind, u)));
  const removed: RemovedDocument[] = [];
  for (const file of await cache.entryFilesUnder(kind, base)) {
    if (expected.has(file)) continue;
    const entry = await cache.readFile(file);
    if (entry && !finals.has(entry.finalUrl)) removed.push({ kind, name: entry.name, url: entry.url });
    if (prune) await cache.removeFile(file);
  }
  return removed;
}
