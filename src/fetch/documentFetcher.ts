import type { DiskCache, CacheKind } from "./cache.js";
import { AttemptError, toAttemptError } from "./errors.js";
import type { HttpClient } from "./http.js";
import type { PoliteGate, Semaphore } from "./limits.js";
import type { Progress } from "./progress.js";
import { retryDelay, sleep, type RetryOptions } from "./retry.js";

/** One document as fetched (or read from the cache), with what `check` made of it. */
export interface FetchedDocument<T> {
  text: string;
  /** Where redirects ended (the URL requested when there were none). */
  finalUrl: string;
  redirected: boolean;
  outcome: "downloaded" | "not-modified" | "cache";
  value: T;
}

/**
 * Reads a body and returns what it holds, or throws an AttemptError when it is not what the URL
 * should hold (an error page, a redirect out of place, ...).
 */
export type DocumentCheck<T> = (text: string, finalUrl: string) => T;

export interface DocumentFetcherDeps {
  cache: DiskCache;
  /** Absent when offline: documents then come from the cache only. */
  http: HttpClient | undefined;
  slots: Semaphore;
  gate: PoliteGate;
  retries: RetryOptions;
  random: () => number;
  progress: Progress;
}

/**
 * Gets one document at a time through the cache: a conditional GET when cached, the check, the
 * cache update, and retries of what may heal (the slot is held per attempt, not across the
 * backoff sleep). Offline, the cache entry or a failure.
 */
export class DocumentFetcher {
  readonly counts = { downloaded: 0, notModified: 0, fromCache: 0, retries: 0 };
  constructor(private readonly deps: DocumentFetcherDeps) {}

  async fetch<T>(kind: CacheKind, url: string, name: string, check: DocumentCheck<T>): Promise<FetchedDocument<T>> {
    const { cache, http, retries } = this.deps;
    const cached = await cache.read(kind, url);
    if (!http) {
      if (!cached) throw new AttemptError("not in the cache (offline run)", false);
      const value = check(cached.body, cached.finalUrl);
      this.counts.fromCache++;
      return { text: cached.body, finalUrl: cached.finalUrl, redirected: cached.finalUrl !== url, outcome: "cache", value };
    }
    let entry = cached;
    for (let retry = 0; ; retry++) {
      await this.deps.gate.pass();
      const release = await this.deps.slots.acquire();
      let failure: AttemptError;
      try {
        return await this.attempt(http, kind, url, name, entry, check);
      } catch (e) {
        failure = toAttemptError(e);
        if (failure instanceof CachedBodyRejected) entry = undefined;
      } finally {
        release();
      }
      if (!failure.retryable) throw failure;
      if (retry >= retries.maxRetries) throw new AttemptError(`${failure.message} (gave up after ${retry + 1} attempts)`, false);
      const delayMs = retryDelay(retry, failure.retryAfterMs, retries, this.deps.random);
      if (failure.retryAfterMs !== undefined) this.deps.gate.hold(delayMs);
      this.counts.retries++;
      this.deps.progress.report({ type: "retry", url, retry: retry + 1, reason: failure.message, delayMs });
      await sleep(delayMs);
    }
  }

  private async attempt<T>(
    http: HttpClient,
    kind: CacheKind,
    url: string,
    name: string,
    cached: Awaited<ReturnType<DiskCache["read"]>>,
    check: DocumentCheck<T>,
  ): Promise<FetchedDocument<T>> {
    const { cache } = this.deps;
    const res = await http.get(url, cached && { url: cached.finalUrl, etag: cached.etag, lastModified: cached.lastModified });
    const notModified = res.status === 304;
    const text = notModified ? cached!.body : res.body.toString("utf8");
    let value: T;
    try {
      value = check(text, res.finalUrl);
    } catch (e) {
      if (!notModified) throw e;
      // The cached body itself is bad (edited, or kept under an older rule): forget it, refetch.
      await cache.remove(kind, url);
      throw new CachedBodyRejected(`cached body failed its check (${(e as Error).message}); refetching`);
    }
    const etag = res.etag ?? (notModified ? cached!.etag : undefined);
    const lastModified = res.lastModified ?? (notModified ? cached!.lastModified : undefined);
    const unchanged = notModified && cached!.finalUrl === res.finalUrl && cached!.etag === etag && cached!.lastModified === lastModified;
    if (!unchanged) {
      await cache.write(kind, {
        url,
        finalUrl: res.finalUrl,
        name,
        ...(etag ? { etag } : {}),
        ...(lastModified ? { lastModified } : {}),
        body: notModified ? text : res.body,
      });
    }
    if (notModified) this.counts.notModified++;
    else this.counts.downloaded++;
    return { text, finalUrl: res.finalUrl, redirected: res.hops.length > 0, outcome: notModified ? "not-modified" : "downloaded", value };
  }
}

/** A 304 pointed at a cached body that fails its check: retry without validators. */
class CachedBodyRejected extends AttemptError {
  constructor(message: string) {
    super(message, true);
  }
}
