import type { HtmlPageInput, JsonServiceInput } from "../model/inputs.js";
import type { Catalog } from "../model/catalog.js";
import type { Service, Source } from "../model/types.js";
import { parseHtmlPages } from "../parse/index.js";
import { parseJsonServices } from "../json/parseJsonServices.js";
import { mergeSources } from "./mergeSources.js";
import { reconcile } from "./reconcile.js";
import type { ReconcileReport } from "./reconcileReport.js";

export type CatalogSource = "html" | "json" | "both";

export interface CatalogSources {
  pages?: HtmlPageInput[];
  json?: JsonServiceInput[];
  source: CatalogSource;
  date: string | null;
}

export interface BuiltCatalog {
  catalog: Catalog;
  /** Present when both sources were used. */
  reconcile?: ReconcileReport;
  warnings: string[];
}

/**
 * The catalog of one capture from the pages, the official JSON, or both merged (then with the
 * reconcile report of the two). The inputs named by `source` must be given; the others are ignored.
 */
export async function buildCatalogFromSources(sources: CatalogSources): Promise<BuiltCatalog> {
  const wantHtml = sources.source !== "json";
  const wantJson = sources.source !== "html";
  if (wantHtml && !sources.pages) throw new Error(`source "${sources.source}" needs the documentation pages (--html-dir)`);
  if (wantJson && !sources.json) throw new Error(`source "${sources.source}" needs the official JSON (--json-dir)`);
  const html = wantHtml ? await parseHtmlPages(sources.pages!) : undefined;
  const json = wantJson ? parseJsonServices(sources.json!) : undefined;
  const kinds: Source[] = [...(html ? ["html" as const] : []), ...(json ? ["json" as const] : [])];
  const services: Service[] = mergeSources(html, json?.services);
  const built: BuiltCatalog = { catalog: { source: { kinds, date: sources.date }, services }, warnings: json?.warnings ?? [] };
  if (html && json) built.reconcile = reconcile(html, json.services);
  return built;
}
