import { compareStrings } from "../model/normalize.js";

/** Members of `after` missing from `before` (added) and the reverse (removed), each sorted: arrays compared as sets. */
export function setDelta(before: readonly string[], after: readonly string[]): { added: string[]; removed: string[] } {
  if (before.length === after.length && before.every((x, i) => x === after[i])) return { added: [], removed: [] };
  const b = new Set(before);
  const a = new Set(after);
  return {
    added: [...a].filter((x) => !b.has(x)).sort(compareStrings),
    removed: [...b].filter((x) => !a.has(x)).sort(compareStrings),
  };
}

export const sameSet = (before: readonly string[], after: readonly string[]) => {
  const d = setDelta(before, after);
  return d.added.length === 0 && d.removed.length === 0;
};

export const sortedUnique = (values: Iterable<string>) => [...new Set(values)].sort(compareStrings);

/** Records by name; a name given twice is an error naming where (a catalog must not hold duplicates). */
export function byNameMap<T extends { name: string }>(items: readonly T[], where: string): Map<string, T> {
  const out = new Map<string, T>();
  for (const item of items) {
    if (out.has(item.name)) throw new Error(`${where}: "${item.name}" appears twice`);
    out.set(item.name, item);
  }
  return out;
}

/**
 * Matches records by name: those only in `after` (added), only in `before` (removed), and on both
 * sides. Unsorted: callers sort the changes they make (see compareChanges), once.
 */
export function pairUp<T>(before: Map<string, T>, after: Map<string, T>) {
  const added: T[] = [];
  const removed: T[] = [];
  const both: [T, T][] = [];
  for (const [name, b] of before) {
    const a = after.get(name);
    if (a) both.push([b, a]);
    else removed.push(b);
  }
  for (const [name, a] of after) if (!before.has(name)) added.push(a);
  return { added, removed, both };
}
