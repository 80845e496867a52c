import { availableParallelism } from "node:os";
import type { HtmlPageInput } from "../model/inputs.js";
import type { Service } from "../model/types.js";
import { HtmlPagesError } from "./errors.js";
import { mergePagesByPrefix } from "./mergePages.js";
import { tryParsePage } from "./tryParsePage.js";
import type { PageRecord } from "./types.js";
import { parseOnThreads } from "./workerPool.js";

export interface ParseHtmlPagesOptions {
  /**
   * Worker threads parsing alongside the calling thread; 0 parses on the calling thread only.
   * Default: one per further core (at most 3) when there are enough pages to repay a worker's
   * start-up, else 0.
   */
  workers?: number;
}

/** Below this many pages per thread a worker's start-up (loading the TypeScript sources) costs more than it saves. */
const PAGES_PER_THREAD = 60;

export function defaultWorkers(pages: number): number {
  return Math.max(0, Math.min(availableParallelism() - 1, 3, Math.floor(pages / PAGES_PER_THREAD) - 1));
}

/** Records of all pages, in input order, or every page's error at once. */
export async function parsePageRecords(inputs: HtmlPageInput[], opts: ParseHtmlPagesOptions = {}): Promise<PageRecord[]> {
  const workers = opts.workers ?? defaultWorkers(inputs.length);
  const outcomes = workers > 0 && inputs.length > 1 ? await parseOnThreads(inputs, workers) : inputs.map(tryParsePage);
  const errors = outcomes.flatMap((o) => (o.ok ? [] : [o.error]));
  if (errors.length) throw new HtmlPagesError(errors);
  return outcomes.map((o) => (o as { ok: true; record: PageRecord }).record);
}

/** Parses every page and merges pages sharing a prefix; throws one HtmlPagesError listing every failed page. */
export async function parseHtmlPages(inputs: HtmlPageInput[], opts: ParseHtmlPagesOptions = {}): Promise<Service[]> {
  return mergePagesByPrefix(await parsePageRecords(inputs, opts));
}
