import { access } from "node:fs/promises";
import path from "node:path";
import type { HtmlPageInput, JsonServiceInput } from "../model/inputs.js";
import { INDEX_FILE, readCatalog, renderCatalog, writeFolderAtomic, type Catalog } from "../model/catalog.js";
import { captureDate, readHtmlDir } from "../parse/index.js";
import { readJsonDir } from "../json/index.js";
import { buildCatalogFromSources, renderReconcileMarkdown, type CatalogSource, type ReconcileReport } from "../merge/index.js";
import { checkShrink, renderShrinkReport, type ShrinkReport } from "../diff/index.js";
import { fetchSources, type FetchSourcesOptions, type RemovedDocument, type FetchStats } from "../fetch/index.js";

/** The reconcile report written beside the catalog when both sources were used. */
export const RECONCILE_FILE = "RECONCILE.md";

export interface ScrapeOptions {
  /** Read pages from this folder instead of fetching them. */
  htmlDir?: string;
  /** Read the official JSON from this folder instead of fetching it. */
  jsonDir?: string;
  /** Which publications to use; default: both, or the one whose folder alone was given. */
  source?: CatalogSource;
  /** Capture date for index.json; default: the input folder's name when it is a date, today when fetched. */
  date?: string | null;
  /** HTTP options, used when no folder is given. */
  fetch?: FetchSourcesOptions;
  /** Let a catalog through that the shrink guard refuses. */
  allowShrink?: boolean;
}

export interface GatheredSources {
  pages?: HtmlPageInput[];
  json?: JsonServiceInput[];
  source: CatalogSource;
  date: string | null;
  /** Documents that left AWS's index since the last fetch (HTTP only). */
  removed: RemovedDocument[];
  fetchStats?: FetchStats;
}

export interface ScrapeResult {
  catalog: Catalog;
  reconcile?: ReconcileReport;
  shrink?: ShrinkReport;
  warnings: string[];
  /** How many pages and JSON files went in. */
  inputs: { pages: number; jsonFiles: number };
  removed: RemovedDocument[];
  fetchStats?: FetchStats;
  /** Files of the catalog folder, rendered and validated, ready to be written. */
  files: Map<string, string>;
}

/** The guard refused the new catalog: nothing was written. */
export class ShrinkRefusedError extends Error {
  constructor(readonly report: ShrinkReport) {
    super(`refusing to write a catalog that shrank (use --allow-shrink to override):\n${renderShrinkReport(report)}`);
    this.name = "ShrinkRefusedError";
  }
}


/** Reads the inputs from folders when given, otherwise fetches both publications over HTTP. */
export async function gatherSources(opts: ScrapeOptions): Promise<GatheredSources> {
  if (opts.htmlDir || opts.jsonDir) {
    const source = opts.source ?? (opts.htmlDir && opts.jsonDir ? "both" : opts.htmlDir ? "html" : "json");
    if (source !== "json" && !opts.htmlDir) throw new Error(`--source ${source} needs --html-dir`);
    if (source !== "html" && !opts.jsonDir) throw new Error(`--source ${source} needs --json-dir`);
    const [pages, json] = await Promise.all([
      source !== "json" ? readHtmlDir(opts.htmlDir!) : undefined,
      source !== "html" ? readJsonDir(opts.jsonDir!) : undefined,
    ]);
    const date = opts.date !== undefined ? opts.date : captureDate(source === "json" ? opts.jsonDir! : opts.htmlDir!);
    return { pages, json, source, date, removed: [] };
  }
  const source = opts.source ?? "both";
  const fetched = await fetchSources({ ...opts.fetch, skipHtml: source === "json", skipJson: source === "html" });
  return {
    pages: source === "json" ? undefined : fetched.pages,
    json: source === "html" ? undefined : fetched.json,
    source,
    date: opts.date !== undefined ? opts.date : new Date().toISOString().slice(0, 10),
    removed: fetched.removed,
    fetchStats: fetched.stats,
  };
}

/**
 * Prefixes of the previous catalog that AWS still lists: a service whose page (or JSON file) is
 * still in the index but is missing from the new catalog was lost by us, not retired by AWS.
 */
export function stillIndexedPrefixes(previous: Catalog, gathered: Pick<GatheredSources, "pages" | "json">): Set<string> {
  const files = new Set((gathered.pages ?? []).map((p) => p.file));
  const jsonServices = new Set((gathered.json ?? []).map((j) => j.service));
  const out = new Set<string>();
  for (const s of previous.services) {
    if (jsonServices.has(s.prefix) || s.pages.some((p) => files.has(path.posix.basename(new URL(p.url).pathname)))) out.add(s.prefix);
  }
  return out;
}

async function exists(file: string) {
  return access(file).then(
    () => true,
    () => false,
  );
}

/**
 * Builds the catalog of the given sources and checks it against the catalog already in `outDir`
 * (the shrink guard). Writes nothing: see writeScrape.
 */
export async function buildScrape(opts: ScrapeOptions, outDir: string | undefined): Promise<ScrapeResult> {
  const gathered = await gatherSources(opts);
  const built = await buildCatalogFromSources(gathered);
  let shrink: ShrinkReport | undefined;
  if (outDir && (await exists(path.join(outDir, INDEX_FILE)))) {
    const previous = await readCatalog(outDir);
    shrink = checkShrink(previous, built.catalog, { indexedPrefixes: stillIndexedPrefixes(previous, gathered) });
    if (shrink.refused && !opts.allowShrink) throw new ShrinkRefusedError(shrink);
  }
  const files = renderCatalog(built.catalog);
  if (built.reconcile) {
    // Labelled by capture date, not by folder or URL: a fetched and a folder scrape of the same
    // files must give the same bytes (the corpus folders are named html/<date>, json/<date>).
    const date = built.catalog.source.date;
    const labels = date ? { html: `html/${date}`, json: `json/${date}` } : {};
    files.set(RECONCILE_FILE, renderReconcileMarkdown(built.reconcile, labels));
  }
  return { catalog: built.catalog, reconcile: built.reconcile, shrink, warnings: built.warnings, inputs: { pages: gathered.pages?.length ?? 0, jsonFiles: gathered.json?.length ?? 0 }, removed: gathered.removed, fetchStats: gathered.fetchStats, files };
}

/** Scrape → guard → write `outDir` whole (temp folder + rename), or throw having written nothing. */
export async function runScrape(opts: ScrapeOptions, outDir: string): Promise<ScrapeResult> {
  const result = await buildScrape(opts, outDir);
  await writeFolderAtomic(outDir, result.files);
  return result;
}
