import type { CheerioAPI } from "cheerio/slim";
import { firstDescendant, type DomElement } from "./dom.js";
import { ParseError } from "./errors.js";
import { identifier, textOf } from "./text.js";

export interface PageIdentity {
  name: string;
  prefix: string;
  /** The official JSON linked from the intro (July 2026 layout). */
  jsonUrl?: string;
}

const TITLE = /^Actions,\s*resources,\s*and\s+condition\s+keys\s+for\s+(.+)$/i;
const PREFIX = /^[a-z0-9][a-z0-9-]*$/;
const JSON_LINK = /^https:\/\/servicereference\.[a-z0-9-]+\.amazonaws\.com\/.+\.json$/;

/**
 * Service name from the `<h1>` and prefix from the intro's "(service prefix: <code>kms</code>)".
 * A page without them is not a Service Authorization Reference page (e.g. a stored "301 Moved
 * Permanently" page).
 */
export function readPageIdentity($: CheerioAPI, page: string): PageIdentity {
  const h1 = $("h1").first();
  const title = h1.length ? textOf(h1[0] as unknown as DomElement) : "";
  const m = TITLE.exec(title);
  if (!m) {
    const shown = $("title").first().text().replace(/\s+/g, " ").trim() || title;
    throw new ParseError({ page }, `not a Service Authorization Reference page (title: ${shown ? `"${shown}"` : "none"})`);
  }
  const name = m[1]!;
  // The intro is one of the first paragraphs: stop at the first one naming the prefix.
  let code: DomElement | undefined;
  for (const p of $("p").toArray() as unknown as DomElement[]) {
    if (!/service prefix/i.test(textOf(p))) continue;
    code = firstDescendant(p, "code");
    if (code) break;
  }
  if (!code) throw new ParseError({ page }, `no "(service prefix: ...)" sentence naming the prefix`);
  const prefix = identifier(textOf(code));
  if (!PREFIX.test(prefix)) throw new ParseError({ page }, `service prefix "${prefix}" is not a valid prefix`);
  const jsonUrl = $('a[href*="servicereference."]')
    .toArray()
    .map((a) => (a as unknown as DomElement).attribs.href ?? "")
    .find((href) => JSON_LINK.test(href));
  return jsonUrl ? { name, prefix, jsonUrl } : { name, prefix };
}
