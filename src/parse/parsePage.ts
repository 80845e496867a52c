import { load } from "cheerio/slim";
import type { HtmlPageInput } from "../model/inputs.js";
import { dependentActionsFromOperations } from "../model/operations.js";
import type { Action, ConditionKey, Operation, ResourceType } from "../model/types.js";
import { readActionsTable } from "./actionsTable.js";
import { readConditionKeysTable } from "./conditionKeysTable.js";
import { ParseError } from "./errors.js";
import { mergeAction } from "./mergeRecords.js";
import { readOperationsTable } from "./operationsTable.js";
import { readPageIdentity } from "./pageIdentity.js";
import { readResourceTypesTable } from "./resourceTypesTable.js";
import { findSections, SECTION_NAMES, sectionSuffix, type Section, type SectionKind } from "./sections.js";
import { outlinePage } from "./outline.js";
import type { DomNode } from "./dom.js";
import type { PageLayout, PageRecord } from "./types.js";

/**
 * What a section written as prose instead of a table must say; anything else under a known
 * heading without a table is an error rather than an empty list.
 */
const NONE_SENTENCES: Record<Exclude<SectionKind, "actions">, RegExp> = {
  resourceTypes: /does not support specifying a resource ARN/i,
  conditionKeys: /has no service-specific context keys/i,
  operations: /\b(?:has|defines) no (?:API )?operations\b|\bdoes not (?:have|define) any (?:API )?operations\b/i,
  permissionOnly: /\b(?:has|defines) no permission-only actions\b|\bdoes not (?:have|define) any permission-only actions\b/i,
};

/** The table of a section, or undefined when the section says in prose that there is none. */
function sectionTable(section: Section | undefined, kind: Exclude<SectionKind, "actions">, page: string, mustExist: boolean) {
  if (!section) {
    if (mustExist) throw new ParseError({ page }, `no ${SECTION_NAMES[kind]} section (no heading with an id ending in ${sectionSuffix(kind)})`);
    return undefined;
  }
  if (section.table) return section.table;
  const prose = section.prose();
  if (NONE_SENTENCES[kind].test(prose)) return undefined;
  throw new ParseError({ page }, `section "${section.heading}" has neither a table nor a sentence saying there is none: "${prose.slice(0, 160)}"`);
}

/**
 * BeautifulSoup's prettify() put every tag of the corpus pages on its own line: half the nodes of
 * the parsed document are whitespace between two tags. Such runs carry no text in these pages
 * (checked on both corpus dates: identical records with and without them) and dropping them before
 * parsing halves the garbage the parser makes. A run without a line break (`</code> <code>` in
 * compact HTML) may separate words, so it stays.
 */
const dropLineBreaksBetweenTags = (html: string) => html.replace(/>[ \t\r]*\n\s*</g, "><");

/** Operations that authorize `prefix:action`, and the dependent actions they imply. */
function attachOperations(action: Action, prefix: string, operations: Operation[]): Action {
  const self = `${prefix}:${action.name}`;
  const mine = operations.filter((o) => o.authorizedActions.some((a) => a.action === self));
  return { ...action, operations: mine, dependentActions: dependentActionsFromOperations(prefix, action.name, mine) };
}

/**
 * One SAR page → its record. Works on both layouts and on prettified or compact HTML. Anything
 * unexpected (not a SAR page, a missing actions table, an unknown table or header, a truncated
 * file) is a ParseError naming the page and, where it applies, the table, row and header.
 */
export function parsePage(input: HtmlPageInput): PageRecord {
  const page = input.file;
  if (!input.html.trim()) throw new ParseError({ page }, "empty file");
  // A cut-off download still parses (the HTML parser closes what is open) but yields a shorter
  // table: only a page that reaches its closing tag is complete.
  if (!/<\/html\s*>\s*$/i.test(input.html.slice(-64))) throw new ParseError({ page }, "truncated page: the file does not end with </html>");
  const outline = outlinePage(load(dropLineBreaksBetweenTags(input.html)).root()[0] as unknown as DomNode);
  const { name, prefix, jsonUrl } = readPageIdentity(outline, page);

  const sections = findSections(outline.sequence, page);
  const actionsSection = sections.get("actions");
  if (!actionsSection?.table)
    throw new ParseError(
      { page },
      actionsSection ? `no actions table under "${actionsSection.heading}"` : "no actions table (no heading with an id ending in -actions-as-permissions)",
    );

  const actionsTable = readActionsTable(actionsSection.table, page, "actions", false);
  const layout: PageLayout = actionsTable.hasDependentActions ? "classic" : "2026-07";
  const julyOnly = (["operations", "permissionOnly"] as const).filter((k) => sections.has(k));
  if (layout === "classic" && julyOnly.length)
    throw new ParseError(
      { page },
      `page mixes layouts: a Dependent actions column together with the ${julyOnly.map((k) => SECTION_NAMES[k]).join(" and ")} section`,
    );

  let actions = actionsTable.actions;
  if (layout === "2026-07") {
    const permissionOnlyTable = sectionTable(sections.get("permissionOnly"), "permissionOnly", page, false);
    if (permissionOnlyTable) {
      const more = readActionsTable(permissionOnlyTable, page, "permission-only actions", true);
      if (more.hasDependentActions)
        throw new ParseError({ page, table: "permission-only actions", header: "Dependent actions" }, "Dependent actions column in a July 2026 layout table");
      const byName = new Map(actions.map((a) => [a.name, a]));
      for (const a of more.actions) byName.set(a.name, byName.has(a.name) ? mergeAction(byName.get(a.name)!, a) : a);
      actions = [...byName.values()];
    }
    const operationsTable = sectionTable(sections.get("operations"), "operations", page, false);
    const operations = operationsTable ? readOperationsTable(operationsTable, page) : [];
    actions = actions.map((a) => attachOperations(a, prefix, operations));
  }

  const resourcesTable = sectionTable(sections.get("resourceTypes"), "resourceTypes", page, true);
  const keysTable = sectionTable(sections.get("conditionKeys"), "conditionKeys", page, true);
  const resourceTypes: ResourceType[] = resourcesTable ? readResourceTypesTable(resourcesTable, page) : [];
  const conditionKeys: ConditionKey[] = keysTable ? readConditionKeysTable(keysTable, page) : [];

  const record: PageRecord = { file: page, url: input.url, prefix, name, layout, actions, resourceTypes, conditionKeys };
  if (jsonUrl !== undefined) record.jsonUrl = jsonUrl;
  return record;
}
