import type { AuthorizedAction, Operation } from "../model/types.js";
import { readAccessLevels } from "./accessLevel.js";
import { mapColumns, type ColumnSpec } from "./columns.js";
import type { DomElement } from "./dom.js";
import { ParseError, type ParseErrorLocation } from "./errors.js";
import { readTableGrid } from "./tableGrid.js";
import { identifier, itemsOf, textOf } from "./text.js";

const COLUMNS = ["Operation", "IAM action", "Condition key", "Possible value(s)", "Access level"] as const;
type Column = (typeof COLUMNS)[number];
const SPEC: ColumnSpec<Column> = { columns: COLUMNS, required: ["Operation", "IAM action"] };

const OPERATION_NAME = /^[A-Za-z0-9_.-]+$/;
const FULL_ACTION = /^[A-Za-z0-9-]+:[A-Za-z0-9_.-]+$/;

/**
 * The July 2026 API operations table: Operation | IAM action | Condition key | Possible value(s) |
 * Access level. An operation's cell spans the rows of the actions it authorizes (other services'
 * too, e.g. iam:PassRole); a row's condition key and values are the context under which that
 * action is authorized (iam:PassedToService = kinesis.amazonaws.com). An action cell spanning
 * several rows gathers several keys. The page has no SDK methods, so `sdk` stays empty.
 */
export function readOperationsTable(table: DomElement, page: string): Operation[] {
  const where: ParseErrorLocation = { page, table: "operations" };
  const grid = readTableGrid(table, where);
  const cols = mapColumns(grid.headers, SPEC, where);
  const operations: Operation[] = [];
  let op: { operation: Operation; actionCells: Map<DomElement, AuthorizedAction> } | undefined;

  for (const { row, cells } of grid.rows) {
    const cell = (c: Column) => cells[cols.at(c)]!;
    const opCell = cell("Operation");
    if (opCell.startRow === row) {
      const name = identifier(textOf(opCell.el));
      if (!OPERATION_NAME.test(name)) throw new ParseError({ ...where, row, rowLabel: textOf(opCell.el) }, `"${textOf(opCell.el)}" is not an operation name`);
      op = { operation: { name, sdk: [], authorizedActions: [] }, actionCells: new Map() };
      operations.push(op.operation);
    }
    if (!op) throw new ParseError({ ...where, row }, "row before the first operation");
    const here = { ...where, row, rowLabel: op.operation.name };

    const actionCell = cell("IAM action");
    let authorized = op.actionCells.get(actionCell.el);
    if (!authorized) {
      if (actionCell.startRow !== row) throw new ParseError(here, "the IAM action cell of the previous operation spans into this one");
      const action = identifier(textOf(actionCell.el));
      if (!FULL_ACTION.test(action)) throw new ParseError({ ...here, header: "IAM action" }, `"${textOf(actionCell.el)}" is not a service:Action name`);
      authorized = { action };
      op.actionCells.set(actionCell.el, authorized);
      op.operation.authorizedActions.push(authorized);
    }

    const keys = cols.has("Condition key") ? itemsOf(cell("Condition key").el).map(identifier) : [];
    const values = cols.has("Possible value(s)") ? itemsOf(cell("Possible value(s)").el) : [];
    if (keys.length > 1)
      throw new ParseError({ ...here, header: "Condition key" }, `${keys.length} condition keys in one row (expected one key per row): ${keys.join(", ")}`);
    const key = keys[0];
    if (key !== undefined) {
      authorized.context ??= {};
      (authorized.context[key] ??= []).push(...values);
    } else if (values.length) throw new ParseError({ ...here, header: "Possible value(s)" }, `values without a condition key: ${values.join(", ")}`);

    if (cols.has("Access level")) {
      const level = textOf(cell("Access level").el);
      const levels = level ? readAccessLevels(level) : undefined;
      if (typeof levels === "string") throw new ParseError({ ...here, header: "Access level" }, levels);
    }
  }
  return operations;
}
