import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { SAR_BASE_URL, type HtmlPageInput } from "../model/inputs.js";
import { compareStrings } from "../model/normalize.js";

const PAGE_FILE = /^list_.+\.html$/;

/** href of the page's `<link rel="canonical">`, read without parsing the whole page. */
export function canonicalUrl(html: string): string | undefined {
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const tag = m[0];
    if (!/\brel\s*=\s*["']?canonical["'\s/>]/i.test(tag)) continue;
    const href = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
    const url = href?.[1] ?? href?.[2] ?? href?.[3];
    if (url) return url;
  }
  return undefined;
}

/**
 * The `list_*.html` pages at the top of `dir`, sorted by file name. Subfolders (such as stale/,
 * pages AWS has retired) are not read.
 */
export async function readHtmlDir(dir: string): Promise<HtmlPageInput[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    throw new Error(`${dir}: cannot read the HTML folder (${(e as Error).message})`);
  }
  const files = entries
    .filter((e) => e.isFile() && PAGE_FILE.test(e.name))
    .map((e) => e.name)
    .sort(compareStrings);
  return Promise.all(
    files.map(async (file) => {
      const html = await readFile(path.join(dir, file), "utf8");
      return { file, url: canonicalUrl(html) ?? SAR_BASE_URL + file, html };
    }),
  );
}
