import * as cheerio from "cheerio";
import { compareStrings } from "../model/normalize.js";
import { OFFICIAL_SAR_BASE, relativeTo, withoutQueryAndHash } from "./urls.js";

/** A SAR page's file name: `list_<slug>.html`, directly in the reference folder. */
export const SAR_PAGE_FILE = /^list_[^/]+\.html$/;

/**
 * The `list_*.html` pages the SAR index page links, as file names, sorted and de-duplicated.
 * Links may be relative (`./list_x.html`, the live form), absolute on the mirror, or absolute on
 * the official site (a mirror serving the live page unchanged); all name a file in the reference
 * folder. Links elsewhere (other guides, anchors in the index itself) are not pages of the catalog.
 */
export function extractPageFiles(indexHtml: string, indexUrl: string, baseUrl: string): string[] {
  const $ = cheerio.load(indexHtml);
  const files = new Set<string>();
  $("a[href]").each((_, a) => {
    const href = $(a).attr("href");
    if (!href) return;
    let resolved: string;
    try {
      resolved = withoutQueryAndHash(new URL(href, indexUrl).href);
    } catch {
      return;
    }
    const file = relativeTo(baseUrl, resolved) ?? relativeTo(OFFICIAL_SAR_BASE, resolved);
    if (file !== undefined && SAR_PAGE_FILE.test(file)) files.add(file);
  });
  return [...files].sort(compareStrings);
}
