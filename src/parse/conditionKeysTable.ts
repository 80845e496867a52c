import type { ConditionKey, ConditionKeyType } from "../model/types.js";
import { mapColumns, type ColumnSpec } from "./columns.js";
import { conditionKeyType, knownConditionKeyTypes } from "./conditionKeyType.js";
import type { DomElement } from "./dom.js";
import { readDeprecation } from "./deprecation.js";
import { ParseError, type ParseErrorLocation } from "./errors.js";
import { mergeConditionKey } from "./mergeRecords.js";
import { readTableGrid } from "./tableGrid.js";
import { identifier, textOf } from "./text.js";

const COLUMNS = ["Condition keys", "Description", "Type"] as const;
type Column = (typeof COLUMNS)[number];
const SPEC: ColumnSpec<Column> = { columns: COLUMNS, required: COLUMNS };

/** Condition keys | Description | Type, with deprecation notes and old type spellings read. */
export function readConditionKeysTable(table: DomElement, page: string): ConditionKey[] {
  const where: ParseErrorLocation = { page, table: "condition keys" };
  const grid = readTableGrid(table, where);
  const cols = mapColumns(grid.headers, SPEC, where);
  const byName = new Map<string, ConditionKey>();
  for (const { row, cells } of grid.rows) {
    const cell = (c: Column) => cells[cols.at(c)]!.el;
    const name = identifier(textOf(cell("Condition keys")));
    const here = { ...where, row, rowLabel: name };
    if (!name) throw new ParseError(here, "empty condition key name");
    const description = textOf(cell("Description"));
    const typeText = textOf(cell("Type"));
    const types: ConditionKeyType[] = [];
    for (const t of typeText.split(/[\s,]+/).filter(Boolean)) {
      const type = conditionKeyType(t);
      if (!type) throw new ParseError({ ...here, header: "Type" }, `unknown condition key type "${t}" (known: ${knownConditionKeyTypes.join(", ")})`);
      types.push(type);
    }
    if (types.length === 0) throw new ParseError({ ...here, header: "Type" }, "empty condition key type");
    const key: ConditionKey = { name, description, types, sources: ["html"] };
    const deprecated = readDeprecation(name, description);
    if (deprecated) key.deprecated = deprecated;
    const earlier = byName.get(name);
    byName.set(name, earlier ? mergeConditionKey(earlier, key) : key);
  }
  return [...byName.values()];
}
