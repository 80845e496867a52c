import { AttemptError } from "./errors.js";
import { extractPageFiles } from "./sarIndex.js";

const collapse = (s: string) => s.replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").trim();

/** Every SAR page's title; error, login and "moved" pages served with status 200 lack it. */
const SAR_TITLE = /^Actions, resources, and condition keys for \S/i;
/**
 * Every SAR page names its prefix in an intro line: "NAME (service prefix: <code>kms</code>)".
 * Matched on the raw HTML (live pages are compact, the corpus is prettified: whitespace varies).
 */
const SERVICE_PREFIX_MARKER = /\(\s*service\s+prefix:/i;

/**
 * Why `html` is not a SAR service page, or undefined when it is one. Regexes over the raw text
 * rather than a DOM: ~470 pages per run, and the parser does the real reading later.
 */
export function notASarPage(html: string): string | undefined {
  const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(html);
  if (!h1) return "no <h1>: not a SAR page (an error or login page?)";
  const title = collapse(h1[1] ?? "");
  if (!SAR_TITLE.test(title)) return `<h1> is "${title.slice(0, 80)}", not "Actions, resources, and condition keys for ...": not a SAR page`;
  if (!SERVICE_PREFIX_MARKER.test(html)) return 'no "(service prefix: ...)" line: not a SAR page';
  return undefined;
}

export function assertSarPage(html: string): void {
  const why = notASarPage(html);
  if (why) throw new AttemptError(why, true);
}

/** The index page must link at least one page; an empty one is an error page, not "no services". */
export function assertSarIndex(html: string, indexUrl: string, baseUrl: string): string[] {
  const files = extractPageFiles(html, indexUrl, baseUrl);
  if (files.length === 0) throw new AttemptError("index page links no list_*.html page: not the SAR index", true);
  return files;
}

/**
 * A service file must be a JSON object whose Name is the service the index gave and whose
 * Actions is an array; the JSON reader checks the rest.
 */
export function assertServiceJson(text: string, service: string): void {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new AttemptError(`not JSON: ${(e as Error).message}`, true);
  }
  const o = data as { Name?: unknown; Actions?: unknown };
  if (typeof o !== "object" || o === null || Array.isArray(o)) throw new AttemptError("not a JSON object", true);
  if (o.Name !== service) throw new AttemptError(`"Name" is ${JSON.stringify(o.Name)}, expected "${service}"`, true);
  if (!Array.isArray(o.Actions)) throw new AttemptError('"Actions" is not an array', true);
}
