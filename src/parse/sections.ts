import type { CheerioAPI } from "cheerio/slim";
import { childElements, type DomElement } from "./dom.js";
import { ParseError } from "./errors.js";
import { textOf } from "./text.js";

export type SectionKind = "operations" | "actions" | "permissionOnly" | "resourceTypes" | "conditionKeys";

/**
 * Section anchors end with these suffixes in both layouts: classic
 * `awskeymanagementservice-actions-as-permissions`, July 2026 `list_kinesis-actions-as-permissions`.
 */
const SUFFIXES: readonly [SectionKind, string][] = [
  ["operations", "-operations"],
  ["actions", "-actions-as-permissions"],
  ["permissionOnly", "-permission-only-actions"],
  ["resourceTypes", "-resources-for-iam-policies"],
  ["conditionKeys", "-policy-keys"],
];

export interface Section {
  kind: SectionKind;
  anchor: string;
  heading: string;
  table?: DomElement;
  /** Text between the heading and the next one, for sections written as prose (computed on demand: it is long when there is a table). */
  prose: () => string;
}

/** The heading's anchor: its own id, or the id/name of an anchor inside or right after it. */
function anchorOf(h: DomElement): string {
  if (h.attribs.id) return h.attribs.id;
  const inner = childElements(h).find((c) => c.name === "a" && (c.attribs.id || c.attribs.name));
  if (inner) return inner.attribs.id ?? inner.attribs.name ?? "";
  const parent = h.parent as DomElement | null;
  if (!parent || !("children" in parent)) return "";
  const siblings = childElements(parent);
  const next = siblings[siblings.indexOf(h) + 1];
  if (next?.name === "a" && (next.attribs.id || next.attribs.name)) return next.attribs.id ?? next.attribs.name ?? "";
  return "";
}

const kindOf = (anchor: string) => SUFFIXES.find(([, suffix]) => anchor.endsWith(suffix))?.[0];

/**
 * The page's sections, found by their `<h2>` anchors, each with the table that follows its heading.
 * Every table must sit in a known section: a table under a heading the parser does not know would
 * otherwise be dropped silently.
 */
export function findSections($: CheerioAPI, page: string): Map<SectionKind, Section> {
  const sections = new Map<SectionKind, Section>();
  let current: Section | undefined;
  let currentHeading = "";
  for (const node of $("h2, table").toArray()) {
    const el = node as unknown as DomElement;
    if (el.name === "h2") {
      const anchor = anchorOf(el);
      const heading = textOf(el);
      const kind = kindOf(anchor);
      currentHeading = heading;
      if (!kind) {
        current = undefined;
        continue;
      }
      if (sections.has(kind)) throw new ParseError({ page }, `section "${heading}" (#${anchor}) appears twice`);
      current = { kind, anchor, heading, prose: () => $(node).nextUntil("h2").text().replace(/\s+/g, " ").trim() };
      sections.set(kind, current);
      continue;
    }
    if (!current) {
      throw new ParseError(
        { page },
        currentHeading ? `table under unknown section "${currentHeading}"` : "table before any known section heading",
      );
    }
    if (current.table) throw new ParseError({ page }, `section "${current.heading}" has more than one table`);
    current.table = el;
  }
  return sections;
}
