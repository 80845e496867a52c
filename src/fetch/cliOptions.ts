import type { ParseArgsConfig } from "node:util";
import type { FetchSourcesOptions } from "./fetchSources.js";
import { defaultProgress, type Progress } from "./progress.js";
import { asBaseUrl } from "./urls.js";

/**
 * The fetch flags of `npm run scrape` and `npm run update`, for node:util parseArgs, so both
 * CLIs take the same flags with the same meaning.
 */
export const FETCH_FLAGS = {
  "base-url": { type: "string" },
  "json-base-url": { type: "string" },
  concurrency: { type: "string" },
  cache: { type: "string" },
  offline: { type: "boolean" },
  retries: { type: "string" },
  timeout: { type: "string" },
} as const satisfies NonNullable<ParseArgsConfig["options"]>;

export interface FetchFlagValues {
  "base-url"?: string;
  "json-base-url"?: string;
  concurrency?: string;
  cache?: string;
  offline?: boolean;
  retries?: string;
  timeout?: string;
}

/** A flag with a bad value; the CLI prints it and exits with its usage code. */
export class FetchFlagError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FetchFlagError";
  }
}

function integer(flag: string, value: string, min: number, max: number): number {
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new FetchFlagError(`--${flag} must be an integer from ${min} to ${max}, got "${value}"`);
  }
  return Number(value);
}

function baseUrl(flag: string, value: string): string {
  try {
    return asBaseUrl(value);
  } catch {
    throw new FetchFlagError(`--${flag} must be an http(s) URL, got "${value}"`);
  }
}

/** FetchSourcesOptions from parsed flags; progress goes to stderr (a bar on a TTY). */
export function fetchOptionsFromFlags(values: FetchFlagValues, progress: Progress = defaultProgress(process.stderr)): FetchSourcesOptions {
  const opts: FetchSourcesOptions = { progress };
  if (values["base-url"] !== undefined) opts.baseUrl = baseUrl("base-url", values["base-url"]);
  if (values["json-base-url"] !== undefined) opts.jsonBaseUrl = baseUrl("json-base-url", values["json-base-url"]);
  if (values.concurrency !== undefined) opts.concurrency = integer("concurrency", values.concurrency, 1, 64);
  if (values.cache !== undefined) opts.cacheDir = values.cache;
  if (values.offline) opts.offline = true;
  if (values.retries !== undefined) opts.retries = { maxRetries: integer("retries", values.retries, 0, 20) };
  if (values.timeout !== undefined) {
    const ms = integer("timeout", values.timeout, 1, 600) * 1000;
    opts.timeouts = { connectMs: ms, headersMs: ms, bodyMs: ms };
  }
  return opts;
}
