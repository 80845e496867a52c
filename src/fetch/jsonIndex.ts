import { compareStrings } from "../model/normalize.js";
import { AttemptError } from "./errors.js";
import { OFFICIAL_JSON_ORIGIN, withoutQueryAndHash } from "./urls.js";

/** One entry of aws-servicereference-index.json. */
export interface JsonIndexEntry {
  service: string;
  /** Where to fetch it: already moved onto jsonBaseUrl (see resolveServiceUrl). */
  url: string;
}

/**
 * Where to fetch a service file the index lists, given the base the index was fetched from.
 * The rule, so a mirror or the tests' server works with an index copied verbatim from AWS:
 *  - an absolute URL on the official host (https://servicereference.us-east-1.amazonaws.com)
 *    keeps its path and query but moves under jsonBaseUrl: `<jsonBaseUrl><path without leading />`;
 *  - a relative URL resolves against jsonBaseUrl;
 *  - an absolute URL on jsonBaseUrl's own origin is used as is;
 *  - any other host is refused: the fetcher never follows an index off the configured origins.
 */
export function resolveServiceUrl(listed: string, jsonBaseUrl: string): string {
  let url: URL;
  try {
    url = new URL(listed, jsonBaseUrl);
  } catch {
    throw new Error(`not a URL: "${listed}"`);
  }
  if (url.origin === OFFICIAL_JSON_ORIGIN && /^[a-z]+:/i.test(listed)) {
    return withoutQueryAndHash(new URL(url.pathname.replace(/^\/+/, "") + url.search, jsonBaseUrl).href);
  }
  if (url.origin !== new URL(jsonBaseUrl).origin) {
    throw new Error(`URL "${listed}" is on another host than ${jsonBaseUrl}`);
  }
  url.hash = "";
  return url.href;
}

/**
 * Reads the JSON index (`[{"service": ..., "url": ...}]`): entries sorted by service; the same
 * service listed twice with the same URL counts once. Anything else unexpected fails the attempt
 * (retryable: an error page served as 200 looks exactly like this).
 */
export function parseJsonIndexEntries(text: string, jsonBaseUrl: string): JsonIndexEntry[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new AttemptError(`index is not JSON: ${(e as Error).message}`, true);
  }
  if (!Array.isArray(data)) throw new AttemptError("index is not a JSON array", true);
  if (data.length === 0) throw new AttemptError("index lists no services", true);
  const byService = new Map<string, JsonIndexEntry>();
  data.forEach((raw: unknown, i) => {
    const e = raw as { service?: unknown; url?: unknown };
    if (typeof e !== "object" || e === null || typeof e.service !== "string" || !e.service || typeof e.url !== "string" || !e.url) {
      throw new AttemptError(`index entry [${i}] is not {"service": string, "url": string}`, true);
    }
    let url: string;
    try {
      url = resolveServiceUrl(e.url, jsonBaseUrl);
    } catch (err) {
      throw new AttemptError(`index entry [${i}] (${e.service}): ${(err as Error).message}`, false);
    }
    const seen = byService.get(e.service);
    if (seen && seen.url !== url) {
      throw new AttemptError(`index lists service "${e.service}" twice, at ${seen.url} and ${url}`, false);
    }
    byService.set(e.service, { service: e.service, url });
  });
  return [...byService.values()].sort((a, b) => compareStrings(a.service, b.service));
}
