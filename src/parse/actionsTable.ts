import type { Action, ActionResourceType } from "../model/types.js";
import { readAccessLevels } from "./accessLevel.js";
import { mapColumns, type ColumnSpec } from "./columns.js";
import { descendants, type DomElement } from "./dom.js";
import { ParseError, type ParseErrorLocation, type TableKind } from "./errors.js";
import { mergeAction } from "./mergeRecords.js";
import { readTableGrid } from "./tableGrid.js";
import { identifier, itemsOf, textOf } from "./text.js";

const COLUMNS = ["Actions", "Description", "Access level", "Resource types (*required)", "Condition keys", "Dependent actions"] as const;
type Column = (typeof COLUMNS)[number];
const SPEC: ColumnSpec<Column> = {
  columns: COLUMNS,
  required: ["Actions", "Description", "Access level", "Resource types (*required)", "Condition keys"],
};

const ACTION_NAME = /^[A-Za-z0-9_.-]+$/;
const PERMISSION_ONLY = /\[\s*permission\s+only\s*\]/i;
/** Rows that list the resource types of one way of calling an action (EC2 RunInstances, Device Farm ScheduleRun). */
const SCENARIO = /^SCENARIO:/i;

export interface ActionsTable {
  actions: Action[];
  /** Whether the table has the classic Dependent actions column. */
  hasDependentActions: boolean;
}

/** The action named by an Actions cell: `<a href=API doc>Name</a> [permission only]`. */
function readActionCell(cell: DomElement, where: ParseErrorLocation) {
  const text = textOf(cell);
  const permissionOnly = PERMISSION_ONLY.test(text);
  const name = identifier(text.replace(PERMISSION_ONLY, ""));
  if (!ACTION_NAME.test(name)) throw new ParseError({ ...where, rowLabel: text }, `"${text}" is not an action name`);
  let apiDocUrl: string | undefined;
  for (const a of descendants(cell)) {
    const href = a.name === "a" ? a.attribs.href : undefined;
    if (href && !href.startsWith("#")) {
      apiDocUrl = href;
      break;
    }
  }
  return { name, permissionOnly, apiDocUrl };
}

/** `name*` → a required resource type. Names may contain spaces ("stream group", "function alias"). */
function readResourceItem(item: string): { name: string; required: boolean } {
  const required = /\*\s*$/.test(item);
  return { name: item.replace(/\s*\*\s*$/, "").trim(), required };
}

/**
 * An actions table of either layout (classic: Access level third and a Dependent actions column;
 * July 2026: Access level last, no Dependent actions). The first row of an action carries rowspans
 * over its Actions/Description/Access level cells; each row below adds one resource type with its
 * keys, or (resource cell empty) the action-level keys. SCENARIO rows put their label in the
 * Description column and list resource types that the action already names.
 */
export function readActionsTable(table: DomElement, page: string, kind: TableKind, inPermissionOnlySection: boolean): ActionsTable {
  const where: ParseErrorLocation = { page, table: kind };
  const grid = readTableGrid(table, where);
  const cols = mapColumns(grid.headers, SPEC, where);
  const hasDependentActions = cols.has("Dependent actions");
  const actions = new Map<string, Action>();

  let current: { action: Action; descriptionCell: DomElement; resources: Map<string, ActionResourceType> } | undefined;
  const finish = () => {
    if (!current) return;
    current.action.resourceTypes = [...current.resources.values()];
    const earlier = actions.get(current.action.name);
    actions.set(current.action.name, earlier ? mergeAction(earlier, current.action) : current.action);
    current = undefined;
  };

  const iAction = cols.at("Actions");
  const iDescription = cols.at("Description");
  const iLevel = cols.at("Access level");
  const iResources = cols.at("Resource types (*required)");
  const iKeys = cols.at("Condition keys");
  const iDependent = hasDependentActions ? cols.at("Dependent actions") : -1;

  for (const { row, cells } of grid.rows) {
    const actionCell = cells[iAction]!;
    const descriptionCell = cells[iDescription]!;
    // Built only when an error needs it: this loop runs for every row of every page.
    const here = (label = current?.action.name) => ({ ...where, row, rowLabel: label });

    if (actionCell.startRow === row) {
      finish();
      const { name, permissionOnly, apiDocUrl } = readActionCell(actionCell.el, here());
      if (descriptionCell.startRow !== row) throw new ParseError(here(name), "the Description cell of the previous action spans into this one");
      const levelCell = cells[iLevel]!;
      if (levelCell.startRow !== row) throw new ParseError(here(name), "the Access level cell of the previous action spans into this one");
      const levels = readAccessLevels(textOf(levelCell.el));
      if (typeof levels === "string") throw new ParseError({ ...here(name), header: "Access level" }, levels);
      const action: Action = {
        name,
        description: textOf(descriptionCell.el),
        ...levels,
        permissionOnly: permissionOnly || inPermissionOnlySection,
        resourceTypes: [],
        conditionKeys: [],
        dependentActions: [],
        operations: [],
        sources: ["html"],
      };
      if (apiDocUrl !== undefined) action.apiDocUrl = apiDocUrl;
      current = { action, descriptionCell: descriptionCell.el, resources: new Map() };
    }
    if (!current) throw new ParseError(here(), "row before the first action");

    let scenario = false;
    if (descriptionCell.el !== current.descriptionCell) {
      const label = textOf(descriptionCell.el);
      if (!SCENARIO.test(label)) throw new ParseError(here(), `row continues the action but starts a new Description cell ("${label}")`);
      scenario = true;
    }

    const keys = itemsOf(cells[iKeys]!.el).map(identifier);
    const resourceItems = itemsOf(cells[iResources]!.el).map(readResourceItem);
    if (resourceItems.length === 0) current.action.conditionKeys.push(...keys);
    for (const r of resourceItems) {
      const known = current.resources.get(r.name);
      // A SCENARIO's "*" means required in that scenario only: the scenarios are alternatives, so
      // they never make a resource type required for the action as a whole.
      const required = scenario ? false : r.required;
      if (known) {
        known.required ||= required;
        known.conditionKeys.push(...keys);
      } else current.resources.set(r.name, { name: r.name, required, conditionKeys: [...keys] });
    }
    if (iDependent >= 0) current.action.dependentActions.push(...itemsOf(cells[iDependent]!.el).map(identifier));
  }
  finish();
  return { actions: [...actions.values()], hasDependentActions };
}
