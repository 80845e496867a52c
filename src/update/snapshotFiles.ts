import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { INDEX_FILE, parseJsonFile } from "../model/catalog.js";
import { toJson } from "../model/normalize.js";
import type { CatalogIndex } from "../model/types.js";

/** The files of a snapshots folder as they are on disk; empty when the folder does not exist yet. */
export async function readFolderFiles(dir: string): Promise<Map<string, string>> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return new Map();
    throw e;
  }
  const files = new Map<string, string>();
  await Promise.all(
    names.map(async (name) => {
      const text = await readFile(path.join(dir, name), "utf8").catch((e: NodeJS.ErrnoException) => {
        if (e.code === "EISDIR") return undefined;
        throw e;
      });
      if (text !== undefined) files.set(name, text);
    }),
  );
  return files;
}

/** index.json without its capture date: the date of a scrape is not a change of the catalog. */
function undatedIndex(text: string, file: string): string {
  const index = parseJsonFile(text, file) as CatalogIndex;
  return toJson({ ...index, source: { ...index.source, date: null } });
}

/**
 * Whether the rendered catalog `next` says anything that the folder's files `current` do not.
 * Only the catalog counts: the `.json` files, byte for byte, with index.json compared without its
 * capture date, so a nightly run over unchanged documentation is "no change" although its date is
 * new. Reports beside the catalog (RECONCILE.md) follow the catalog and do not count on their own.
 * Comparing bytes rather than trusting the diff means no field the diff does not look at can
 * change unnoticed.
 */
export function catalogFilesDiffer(current: Map<string, string>, next: Map<string, string>): boolean {
  const catalogNames = (files: Map<string, string>) => [...files.keys()].filter((f) => f.endsWith(".json")).sort();
  const a = catalogNames(current);
  const b = catalogNames(next);
  if (a.length !== b.length || a.some((name, i) => name !== b[i])) return true;
  for (const name of b) {
    const before = current.get(name)!;
    const after = next.get(name)!;
    if (name === INDEX_FILE ? undatedIndex(before, name) !== undatedIndex(after, name) : before !== after) return true;
  }
  return false;
}
