import type { ResourceType } from "../model/types.js";
import { mapColumns, type ColumnSpec } from "./columns.js";
import { firstDescendant, type DomElement } from "./dom.js";
import { ParseError, type ParseErrorLocation } from "./errors.js";
import { mergeResourceType } from "./mergeRecords.js";
import { readTableGrid } from "./tableGrid.js";
import { identifier, itemsOf, textOf } from "./text.js";

const COLUMNS = ["Resource types", "ARN", "Condition keys"] as const;
type Column = (typeof COLUMNS)[number];
const SPEC: ColumnSpec<Column> = { columns: COLUMNS, required: COLUMNS };

/**
 * Resource types | ARN | Condition keys. The ARN is rebuilt from the `<code>` text with all
 * whitespace removed: prettified pages split `${Partition}` across lines around a `<span>`.
 */
export function readResourceTypesTable(table: DomElement, page: string): ResourceType[] {
  const where: ParseErrorLocation = { page, table: "resource types" };
  const grid = readTableGrid(table, where);
  const cols = mapColumns(grid.headers, SPEC, where);
  const byName = new Map<string, ResourceType>();
  for (const { row, cells } of grid.rows) {
    const cell = (c: Column) => cells[cols.at(c)]!.el;
    // Names may contain spaces ("stream group", "function alias"): collapse them, do not remove them.
    const name = textOf(cell("Resource types"));
    const here = { ...where, row, rowLabel: name };
    if (!name) throw new ParseError(here, "empty resource type name");
    const arnCell = cell("ARN");
    const arn = identifier(textOf(firstDescendant(arnCell, "code") ?? arnCell));
    if (!arn) throw new ParseError({ ...here, header: "ARN" }, "empty ARN");
    const resource: ResourceType = { name, arnFormats: [arn], conditionKeys: itemsOf(cell("Condition keys")).map(identifier), sources: ["html"] };
    const earlier = byName.get(name);
    byName.set(name, earlier ? mergeResourceType(earlier, resource) : resource);
  }
  return [...byName.values()];
}
