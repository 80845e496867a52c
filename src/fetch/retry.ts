/** How hard to insist on one document. */
export interface RetryOptions {
  /** Further attempts after the first (default 4: five attempts in all). */
  maxRetries: number;
  /** First backoff delay; doubles on each retry (default 500 ms). */
  baseDelayMs: number;
  /** Ceiling of the backoff delay (default 30 s). */
  maxDelayMs: number;
  /** Ceiling of a server's Retry-After, so a huge value cannot stall a nightly run (default 60 s). */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY: RetryOptions = {
  maxRetries: 4,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  maxRetryAfterMs: 60_000,
};

/**
 * Delay before retry number `retry` (0 = first retry): exponential, capped, with "equal jitter"
 * (half fixed, half random) so that many clients throttled at once do not come back in step.
 */
export function backoffDelay(retry: number, opts: Pick<RetryOptions, "baseDelayMs" | "maxDelayMs">, random: () => number = Math.random): number {
  const exp = Math.min(opts.maxDelayMs, opts.baseDelayMs * 2 ** Math.min(retry, 30));
  return Math.round(exp / 2 + (exp / 2) * random());
}

/**
 * A Retry-After header in ms: either delay-seconds or an HTTP date (RFC 9110 §10.2.3).
 * Undefined when absent or unreadable; never negative.
 */
export function parseRetryAfter(value: string | string[] | undefined, now: number = Date.now()): number | undefined {
  const v = (Array.isArray(value) ? value[0] : value)?.trim();
  if (!v) return undefined;
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  // HTTP dates always name a day or month; Date.parse alone would read "-5" as a year.
  if (!/[a-z]{3}/i.test(v)) return undefined;
  const date = Date.parse(v);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/** The wait before the next attempt: the server's Retry-After (capped) when given, else backoff. */
export function retryDelay(retry: number, retryAfterMs: number | undefined, opts: RetryOptions, random: () => number = Math.random): number {
  if (retryAfterMs !== undefined) return Math.min(retryAfterMs, opts.maxRetryAfterMs);
  return backoffDelay(retry, opts, random);
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
