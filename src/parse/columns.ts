import { ParseError, type ParseErrorLocation } from "./errors.js";

/** How a header is compared: case, spacing and the "(*required)" hint do not matter. */
export const headerKey = (header: string) =>
  header
    .toLowerCase()
    .replace(/\(\s*\*\s*required\s*\)/g, "")
    .replace(/\s+/g, " ")
    .trim();

/** Columns of one table kind, named by their header as the page writes it. */
export interface ColumnSpec<C extends string> {
  columns: readonly C[];
  required: readonly C[];
}

export interface ColumnMap<C extends string> {
  has(c: C): boolean;
  /** Index of a column; only for required columns or after has(). */
  at(c: C): number;
}

/**
 * Column index of each known column, found by header text, never by position. A header this
 * table kind does not know, a repeated one or a missing required one is an error naming it.
 */
export function mapColumns<C extends string>(headers: string[], spec: ColumnSpec<C>, where: ParseErrorLocation): ColumnMap<C> {
  const byKey = new Map(spec.columns.map((c) => [headerKey(c), c] as const));
  const found = new Map<C, number>();
  headers.forEach((h, i) => {
    const col = byKey.get(headerKey(h));
    if (col === undefined) throw new ParseError({ ...where, header: h }, `unknown column header "${h}"`);
    if (found.has(col)) throw new ParseError({ ...where, header: h }, `column header "${h}" appears twice`);
    found.set(col, i);
  });
  for (const c of spec.required)
    if (!found.has(c)) throw new ParseError({ ...where, header: c }, `no "${c}" column (headers: ${headers.map((h) => `"${h}"`).join(", ")})`);
  return {
    has: (c) => found.has(c),
    at: (c) => {
      const i = found.get(c);
      if (i === undefined) throw new Error(`${where.page}: column "${c}" read without checking it exists`);
      return i;
    },
  };
}
