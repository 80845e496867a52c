import { JSON_BASE_URL, SAR_BASE_URL } from "../model/inputs.js";

/** A base URL always ends in "/" so that relative names resolve inside it, not beside it. */
export function asBaseUrl(url: string): string {
  const u = new URL(url);
  if (u.protocol !== "http:" && u.protocol !== "https:") throw new Error(`base URL must be http(s): ${url}`);
  u.search = "";
  u.hash = "";
  if (!u.pathname.endsWith("/")) u.pathname += "/";
  return u.href;
}

/** `url` without its query and fragment: what identifies a document here. */
export function withoutQueryAndHash(url: string): string {
  const u = new URL(url);
  u.search = "";
  u.hash = "";
  return u.href;
}

/** The part of `url` below `base`, or undefined when `url` is not under `base`. */
export function relativeTo(base: string, url: string): string | undefined {
  return url.startsWith(base) ? url.slice(base.length) : undefined;
}

/**
 * Where the official URL `url` lives on the mirror `mirrorBase`: a URL under `officialBase` is
 * moved under `mirrorBase` (same relative path); anything else is returned unchanged.
 */
export function toMirror(url: string, officialBase: string, mirrorBase: string): string {
  const rel = relativeTo(officialBase, url);
  return rel === undefined ? url : mirrorBase + rel;
}

/** The inverse of toMirror: how a fetched URL is named in the inputs (the official location). */
export function toOfficial(url: string, mirrorBase: string, officialBase: string): string {
  const rel = relativeTo(mirrorBase, url);
  return rel === undefined ? url : officialBase + rel;
}

/** The official origin of the JSON reference, whose absolute URLs the index lists. */
export const OFFICIAL_JSON_ORIGIN = new URL(JSON_BASE_URL).origin;
export const OFFICIAL_SAR_BASE = SAR_BASE_URL;
