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

export const sectionSuffix = (kind: SectionKind) => SUFFIXES.find(([k]) => k === kind)![1];

/** How messages name each section. */
export const SECTION_NAMES: Record<SectionKind, string> = {
  operations: "API operations",
  actions: "actions",
  permissionOnly: "permission-only actions",
  resourceTypes: "resource types",
  conditionKeys: "condition keys",
};

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
  const named = (e: DomElement | undefined) => (e?.name === "a" ? (e.attribs.id ?? e.attribs.name ?? "") : "");
  if (h.attribs.id) return h.attribs.id;
  const inner = childElements(h).map(named).find(Boolean);
  if (inner) return inner;
  const siblings = h.parent && "children" in h.parent ? childElements(h.parent as DomElement) : [];
  return named(siblings[siblings.indexOf(h) + 1]);
}

/** Text of the siblings after a heading, up to the next `<h2>`. */
function proseAfter(h: DomElement): string {
  const siblings = h.parent && "children" in h.parent ? childElements(h.parent as DomElement) : [];
  const parts: string[] = [];
  for (const s of siblings.slice(siblings.indexOf(h) + 1)) {
    if (s.name === "h2") break;
    parts.push(textOf(s));
  }
  return parts.join(" ").trim();
}

const kindOf = (anchor: string) => SUFFIXES.find(([, suffix]) => anchor.endsWith(suffix))?.[0];

/**
 * The page's sections, found by their `<h2>` anchors, each with the table that follows its heading.
 * Every table must sit in a known section: a table under a heading the parser does not know would
 * otherwise be dropped silently.
 */
export function findSections(sequence: DomElement[], page: string): Map<SectionKind, Section> {
  const sections = new Map<SectionKind, Section>();
  let current: Section | undefined;
  let currentHeading = "";
  for (const el of sequence) {
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
      current = { kind, anchor, heading, prose: () => proseAfter(el) };
      sections.set(kind, current);
      continue;
    }
    if (!current) {
      throw new ParseError({ page }, currentHeading ? `table under unknown section "${currentHeading}"` : "table before any known section heading");
    }
    if (current.table) throw new ParseError({ page }, `section "${current.heading}" has more than one table`);
    current.table = el;
  }
  return sections;
}
