import { isElement, isText, type DomElement, type DomNode } from "./dom.js";

/** Elements whose content starts a new line: each one is a separate item of a list cell. */
const BLOCK = new Set(["p", "div", "li", "ul", "ol", "table", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "dd", "dt", "dl", "pre"]);

// The doc generator writes a literal "{" as `$<span>{</span>Name}` glued to its neighbours;
// BeautifulSoup's prettify() puts the span on its own indented lines. Marking span content with a
// sentinel lets both forms collapse to the same "${Name}".
const GLUE = "\u0000";

function collect(node: DomNode, out: string[], items: string[] | undefined): void {
  if (isText(node)) {
    out.push(node.data);
    return;
  }
  if (!isElement(node) || node.name === "script" || node.name === "style") return;
  if (node.name === "br") {
    flush(out, items);
    out.push(" ");
    return;
  }
  if (node.name === "span") {
    const inner: string[] = [];
    for (const c of node.children) collect(c, inner, undefined);
    out.push(GLUE, inner.join(""), GLUE);
    return;
  }
  const block = BLOCK.has(node.name);
  if (block) {
    flush(out, items);
    out.push(" ");
  }
  for (const c of node.children) collect(c, out, items);
  if (block) {
    flush(out, items);
    out.push(" ");
  }
}

/** Whitespace-collapsed text, the same for prettified and compact HTML. */
export function squash(raw: string): string {
  const glued = raw.includes(GLUE) ? raw.replace(/\s*\u0000\s*/g, "") : raw;
  return glued.replace(/\s+/g, " ").trim();
}

function flush(out: string[], items: string[] | undefined): void {
  if (!items) return;
  const text = squash(out.join(""));
  out.length = 0;
  if (text) items.push(text);
}

/** Text of an element with whitespace collapsed. */
export function textOf(el: DomElement): string {
  const out: string[] = [];
  for (const c of el.children) collect(c, out, undefined);
  return squash(out.join(""));
}

/**
 * The entries of a list cell: one per block child (`<p>`) or per `<br>`-separated run, so a cell
 * reads the same whether its entries are paragraphs or line breaks.
 */
export function itemsOf(el: DomElement): string[] {
  const items: string[] = [];
  const out: string[] = [];
  for (const c of el.children) collect(c, out, items);
  flush(out, items);
  return items;
}

/**
 * An identifier (action, key, resource type, ARN) with every whitespace character removed: in
 * prettified pages the text is broken across indented lines, in compact ones it is not.
 */
export const identifier = (text: string) => text.replace(/[\s\u0000]+/g, "");
