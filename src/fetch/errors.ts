import { compareStrings } from "../model/normalize.js";

/** One document that could not be fetched, after every retry. */
export interface FetchFailure {
  /** The URL that was requested (the mirror's URL when fetching from a mirror). */
  url: string;
  reason: string;
}

/**
 * The whole fetch failed because at least one indexed document did: the caller must write
 * nothing. Lists every failed URL, not just the first, so one run tells the whole story.
 */
export class FetchFailedError extends Error {
  readonly failures: FetchFailure[];
  constructor(failures: FetchFailure[]) {
    const sorted = [...failures].sort((a, b) => compareStrings(a.url, b.url));
    super(
      `fetch failed for ${sorted.length} URL(s); nothing was written:\n` +
        sorted.map((f) => `  ${f.url}: ${f.reason}`).join("\n"),
    );
    this.name = "FetchFailedError";
    this.failures = sorted;
  }
}

/**
 * Why one attempt at a document failed. `retryable` separates what may heal on its own (network
 * errors, 5xx, 429, truncated or non-SAR bodies) from what will not (404, redirect loops).
 */
export class AttemptError extends Error {
  readonly retryable: boolean;
  /** The server's Retry-After, in ms, when it sent one. */
  readonly retryAfterMs: number | undefined;
  constructor(message: string, retryable: boolean, retryAfterMs?: number) {
    super(message);
    this.name = "AttemptError";
    this.retryable = retryable;
    this.retryAfterMs = retryAfterMs;
  }
}

/** Error codes of undici and of the OS that mean "the network failed", worth another try. */
const NETWORK_ERROR_CODES = new Set([
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_HEADERS_TIMEOUT",
  "UND_ERR_BODY_TIMEOUT",
  "UND_ERR_SOCKET",
  "UND_ERR_CLOSED",
  "UND_ERR_RES_CONTENT_LENGTH_MISMATCH",
  "UND_ERR_INFO",
  "ECONNRESET",
  "ECONNREFUSED",
  "ECONNABORTED",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENETDOWN",
  "EAI_AGAIN",
]);

/** Turns whatever undici or the OS threw into an AttemptError with a readable reason. */
export function toAttemptError(e: unknown): AttemptError {
  if (e instanceof AttemptError) return e;
  const err = e as { code?: unknown; message?: unknown };
  const code = typeof err?.code === "string" ? err.code : undefined;
  const message = typeof err?.message === "string" ? err.message : String(e);
  const retryable = code !== undefined && (NETWORK_ERROR_CODES.has(code) || code.startsWith("HPE_"));
  return new AttemptError(code ? `${code}: ${message}` : message, retryable);
}
