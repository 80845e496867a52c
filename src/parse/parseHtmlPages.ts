import type { HtmlPageInput } from "../model/inputs.js";
import type { Service } from "../model/types.js";
import { HtmlPagesError } from "./errors.js";
import { mergePagesByPrefix } from "./mergePages.js";
import { tryParsePage } from "./tryParsePage.js";
import type { PageRecord } from "./types.js";
import { parseOnThreads } from "./workerPool.js";

export interface ParseHtmlPagesOptions {
  /**
   * Worker threads parsing alongside the calling thread. Default 0: measured on 2 cores (npm run
   * bench -- parse), one thread parses html/2026-06-01 within the 3 s target, and a worker costs
   * more than it saves (about 2 s of CPU to start tsx, load the sources and warm a second heap).
   */
  workers?: number;
}

/** Records of all pages, in input order, or every page's error at once. */
export async function parsePageRecords(inputs: HtmlPageInput[], opts: ParseHtmlPagesOptions = {}): Promise<PageRecord[]> {
  const workers = opts.workers ?? 0;
  const outcomes = workers > 0 && inputs.length > 1 ? await parseOnThreads(inputs, workers) : inputs.map(tryParsePage);
  const errors = outcomes.flatMap((o) => (o.ok ? [] : [o.error]));
  if (errors.length) throw new HtmlPagesError(errors);
  return outcomes.map((o) => (o as { ok: true; record: PageRecord }).record);
}

/** Parses every page and merges pages sharing a prefix; throws one HtmlPagesError listing every failed page. */
export async function parseHtmlPages(inputs: HtmlPageInput[], opts: ParseHtmlPagesOptions = {}): Promise<Service[]> {
  return mergePagesByPrefix(await parsePageRecords(inputs, opts));
}
