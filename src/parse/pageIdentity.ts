import { descendants, firstDescendant, type DomElement } from "./dom.js";
import { ParseError } from "./errors.js";
import type { PageOutline } from "./outline.js";
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
export function readPageIdentity(outline: PageOutline, page: string): PageIdentity {
  const title = outline.h1 ? textOf(outline.h1) : "";
  const m = TITLE.exec(title);
  if (!m) {
    const shown = (outline.title ? textOf(outline.title) : "") || title;
    throw new ParseError({ page }, `not a Service Authorization Reference page (title: ${shown ? `"${shown}"` : "none"})`);
  }
  const name = m[1]!;
  let code: DomElement | undefined;
  for (const p of outline.introParagraphs) {
    if (!/service prefix/i.test(textOf(p))) continue;
    code = firstDescendant(p, "code");
    if (code) break;
  }
  if (!code) throw new ParseError({ page }, `no "(service prefix: ...)" sentence naming the prefix`);
  const prefix = identifier(textOf(code));
  if (!PREFIX.test(prefix)) throw new ParseError({ page }, `service prefix "${prefix}" is not a valid prefix`);
  for (const p of outline.introParagraphs)
    for (const a of descendants(p)) {
      const href = a.name === "a" ? a.attribs.href : undefined;
      if (href && JSON_LINK.test(href)) return { name, prefix, jsonUrl: href };
    }
  return { name, prefix };
}
