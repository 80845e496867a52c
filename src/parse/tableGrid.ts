import { childElements, type DomElement } from "./dom.js";
import { ParseError, type ParseErrorLocation } from "./errors.js";
import { textOf } from "./text.js";

/** One slot of the expanded table: the `<td>` that covers it and the data row where that cell starts. */
export interface GridCell {
  el: DomElement;
  /** 1-based data row where the cell (possibly spanning several rows) is written. */
  startRow: number;
}

export interface GridRow {
  /** 1-based data row number (header not counted). */
  row: number;
  cells: GridCell[];
}

export interface TableGrid {
  headers: string[];
  rows: GridRow[];
}

/** `<tr>`s of this table, in order, with or without the `<thead>`/`<tbody>` an HTML5 parser adds. */
function tableRows(table: DomElement): DomElement[] {
  const rows: DomElement[] = [];
  for (const child of childElements(table)) {
    if (child.name === "tr") rows.push(child);
    else if (child.name === "thead" || child.name === "tbody" || child.name === "tfoot")
      for (const r of childElements(child)) if (r.name === "tr") rows.push(r);
  }
  return rows;
}

const span = (el: DomElement, attr: "rowspan" | "colspan") => {
  const n = Number.parseInt(el.attribs[attr] ?? "1", 10);
  return Number.isFinite(n) && n > 0 ? n : 1;
};

/**
 * Header texts and the data rows with rowspans and colspans expanded, so that every row holds one
 * cell per column. The header is the first row made of `<th>` cells.
 */
export function readTableGrid(table: DomElement, where: ParseErrorLocation): TableGrid {
  const trs = tableRows(table);
  const headerTr = trs.find((tr) => childElements(tr).some((c) => c.name === "th"));
  if (!headerTr) throw new ParseError(where, "table has no header row (<th> cells)");
  const headers: string[] = [];
  for (const th of childElements(headerTr)) {
    if (th.name !== "th" && th.name !== "td") continue;
    for (let i = 0; i < span(th, "colspan"); i++) headers.push(textOf(th));
  }
  const width = headers.length;

  // Cells still covering lower rows, per column.
  const pending: ({ cell: GridCell; left: number } | undefined)[] = new Array(width).fill(undefined);
  const rows: GridRow[] = [];
  let row = 0;
  for (const tr of trs) {
    if (tr === headerTr) continue;
    const tds = childElements(tr).filter((c) => c.name === "td" || c.name === "th");
    if (tds.some((c) => c.name === "th")) throw new ParseError({ ...where, row: row + 1 }, "second header row inside the table");
    row++;
    const own = tds.reduce((n, td) => n + span(td, "colspan"), 0);
    // A row that brings a cell for every column cannot share cells with the rows above: a rowspan
    // that claims it is longer than the rows its action really has (the SCENARIO rows of EC2
    // RunInstances and Device Farm ScheduleRun count differently from their first cells).
    if (own === width) pending.fill(undefined);
    const cells: GridCell[] = [];
    let col = 0;
    const takePending = () => {
      while (col < width && pending[col]) {
        const p = pending[col]!;
        cells.push(p.cell);
        if (--p.left === 0) pending[col] = undefined;
        col++;
      }
    };
    for (const td of tds) {
      takePending();
      const cell: GridCell = { el: td, startRow: row };
      const rs = span(td, "rowspan");
      for (let i = 0; i < span(td, "colspan"); i++) {
        if (col >= width) throw new ParseError({ ...where, row }, `row has more cells than the ${width} column headers`);
        cells.push(cell);
        if (rs > 1) pending[col] = { cell, left: rs - 1 };
        col++;
      }
    }
    takePending();
    if (cells.length < width) throw new ParseError({ ...where, row }, `row has ${cells.length} cells but the table has ${width} columns`);
    rows.push({ row, cells });
  }
  return { headers, rows };
}
