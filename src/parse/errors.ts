/** The tables of a SAR page, as error messages name them. */
export type TableKind = "operations" | "actions" | "permission-only actions" | "resource types" | "condition keys";

export interface ParseErrorLocation {
  /** File name of the page, e.g. list_awskeymanagementservice.html. */
  page: string;
  table?: TableKind;
  /** 1-based number of the data row in its table (the header row not counted). */
  row?: number;
  /** What the row is about, e.g. the action name. */
  rowLabel?: string;
  /** The column header the problem is about. */
  header?: string;
}

/**
 * Something in a page the parser does not understand. The message names the page and, when
 * known, the table, row and header: `list_x.html: actions table, row 12 (CreateFoo): unknown
 * column header "Foo"`.
 */
export class ParseError extends Error {
  readonly page: string;
  readonly table?: TableKind;
  readonly row?: number;
  readonly rowLabel?: string;
  readonly header?: string;
  /** The problem without its location. */
  readonly detail: string;

  constructor(location: ParseErrorLocation, detail: string) {
    super(`${describeLocation(location)}: ${detail}`);
    this.name = "ParseError";
    this.page = location.page;
    if (location.table !== undefined) this.table = location.table;
    if (location.row !== undefined) this.row = location.row;
    if (location.rowLabel !== undefined) this.rowLabel = location.rowLabel;
    if (location.header !== undefined) this.header = location.header;
    this.detail = detail;
  }

  get location(): ParseErrorLocation {
    const { page, table, row, rowLabel, header } = this;
    return { page, table, row, rowLabel, header };
  }
}

function describeLocation(l: ParseErrorLocation): string {
  let s = l.page;
  if (l.table) s += `: ${l.table} table`;
  if (l.row !== undefined) s += `, row ${l.row}`;
  if (l.rowLabel) s += ` (${l.rowLabel})`;
  return s;
}

/** Every page that failed in one run, so one run shows all of them at once. */
export class HtmlPagesError extends Error {
  constructor(readonly errors: ParseError[]) {
    super(`${errors.length} page${errors.length === 1 ? "" : "s"} could not be parsed:\n` + errors.map((e) => `  ${e.message}`).join("\n"));
    this.name = "HtmlPagesError";
  }
}
