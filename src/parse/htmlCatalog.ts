import path from "node:path";
import { CAPTURE_DATE, type Catalog } from "../model/catalog.js";
import { parseHtmlPages, type ParseHtmlPagesOptions } from "./parseHtmlPages.js";
import { readHtmlDir } from "./readHtmlDir.js";


/** The capture date of a folder of pages: `date` when given, else the folder's name when it is a date. */
export function captureDate(dir: string, date?: string): string | null {
  if (date !== undefined) {
    if (!CAPTURE_DATE.test(date)) throw new Error(`--date must be YYYY-MM-DD, got "${date}"`);
    return date;
  }
  const base = path.basename(path.resolve(dir));
  return CAPTURE_DATE.test(base) ? base : null;
}

export interface HtmlCatalogOptions extends ParseHtmlPagesOptions {
  /** Capture date; default: the folder's name when it is YYYY-MM-DD, else null. */
  date?: string;
}

/** The catalog of the `list_*.html` pages at the top of `dir` (what `npm run scrape -- --html-dir` writes). */
export async function catalogFromHtmlDir(dir: string, opts: HtmlCatalogOptions = {}): Promise<{ catalog: Catalog; pages: number }> {
  const date = captureDate(dir, opts.date);
  const inputs = await readHtmlDir(dir);
  if (inputs.length === 0) throw new Error(`${dir}: no list_*.html pages at the top of the folder`);
  const services = await parseHtmlPages(inputs, opts.workers === undefined ? {} : { workers: opts.workers });
  return { catalog: { source: { kinds: ["html"], date }, services }, pages: inputs.length };
}
