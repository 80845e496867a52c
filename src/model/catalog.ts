import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { CatalogIndex, Counts, Service } from "./types.js";
import { compareStrings, normalizeService, toJson } from "./normalize.js";
import { assertValidIndex, assertValidService } from "./validate.js";

/** A whole catalog in memory: what one folder of `<prefix>.json` files plus index.json holds. */
export interface Catalog {
  source: CatalogIndex["source"];
  services: Service[];
}

export const INDEX_FILE = "index.json";

/** A capture date as index.json records it. */
export const CAPTURE_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function countsOf(s: Service): Counts {
  return { actions: s.actions.length, resourceTypes: s.resourceTypes.length, conditionKeys: s.conditionKeys.length };
}

export function buildIndex(catalog: Catalog): CatalogIndex {
  const services = [...catalog.services].sort((a, b) => compareStrings(a.prefix, b.prefix));
  const totals: Counts = { actions: 0, resourceTypes: 0, conditionKeys: 0 };
  for (const s of services) {
    const c = countsOf(s);
    totals.actions += c.actions;
    totals.resourceTypes += c.resourceTypes;
    totals.conditionKeys += c.conditionKeys;
  }
  return {
    source: { kinds: [...catalog.source.kinds].sort(compareStrings), date: catalog.source.date },
    services: services.map((s) => ({ prefix: s.prefix, name: s.name, pages: s.pages, counts: countsOf(s) })),
    totals,
  };
}

/**
 * The files of a catalog folder, validated and serialised: `<prefix>.json` per service and
 * index.json. Pure: the caller decides where they go.
 */
export function renderCatalog(catalog: Catalog): Map<string, string> {
  const files = new Map<string, string>();
  const seen = new Set<string>();
  for (const raw of [...catalog.services].sort((a, b) => compareStrings(a.prefix, b.prefix))) {
    if (seen.has(raw.prefix)) throw new Error(`catalog: service prefix "${raw.prefix}" appears twice`);
    seen.add(raw.prefix);
    const s = normalizeService(raw);
    const file = `${s.prefix}.json`;
    assertValidService(s, file);
    files.set(file, toJson(s));
  }
  const index = buildIndex({ source: catalog.source, services: catalog.services.map(normalizeService) });
  assertValidIndex(index, INDEX_FILE);
  files.set(INDEX_FILE, toJson(index));
  return files;
}

/**
 * Replaces folder `dir` with exactly `files`, all or nothing: everything is written to a temporary
 * sibling first and swapped in with renames, so a failure leaves `dir` as it was.
 */
export async function writeFolderAtomic(dir: string, files: Map<string, string>): Promise<void> {
  const abs = path.resolve(dir);
  const parent = path.dirname(abs);
  await mkdir(parent, { recursive: true });
  const stamp = `${process.pid}-${Date.now()}`;
  const tmp = path.join(parent, `.${path.basename(abs)}.tmp-${stamp}`);
  const old = path.join(parent, `.${path.basename(abs)}.old-${stamp}`);
  try {
    await mkdir(tmp, { recursive: true });
    for (const [name, content] of files) {
      const target = path.join(tmp, name);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, content);
    }
    let hadOld = false;
    try {
      await rename(abs, old);
      hadOld = true;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
    }
    try {
      await rename(tmp, abs);
    } catch (e) {
      if (hadOld) await rename(old, abs);
      throw e;
    }
    if (hadOld) await rm(old, { recursive: true, force: true });
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

/** Writes a file whole or not at all: a temporary sibling renamed over the target. */
export async function writeFileAtomic(file: string, content: string): Promise<void> {
  const tmp = path.join(path.dirname(path.resolve(file)), `.${path.basename(file)}.tmp-${process.pid}-${Date.now()}`);
  try {
    await writeFile(tmp, content);
    await rename(tmp, file);
  } finally {
    await rm(tmp, { force: true });
  }
}

/** Validates and writes a catalog folder atomically; `extraFiles` (e.g. RECONCILE.md) go in the same swap. */
export async function writeCatalog(dir: string, catalog: Catalog, extraFiles: Record<string, string> = {}): Promise<void> {
  const files = renderCatalog(catalog);
  for (const [name, content] of Object.entries(extraFiles)) files.set(name, content);
  await writeFolderAtomic(dir, files);
}

/** Reads and validates a catalog folder written by writeCatalog. */
export async function readCatalog(dir: string): Promise<Catalog> {
  let indexText: string;
  try {
    indexText = await readFile(path.join(dir, INDEX_FILE), "utf8");
  } catch (e) {
    throw new Error(`${path.join(dir, INDEX_FILE)}: cannot read catalog index (${(e as Error).message})`);
  }
  const index = parseJsonFile(indexText, path.join(dir, INDEX_FILE));
  assertValidIndex(index, path.join(dir, INDEX_FILE));
  const services: Service[] = [];
  for (const entry of index.services) {
    const file = path.join(dir, `${entry.prefix}.json`);
    const value = parseJsonFile(await readFile(file, "utf8"), file);
    assertValidService(value, file);
    services.push(value);
  }
  return { source: index.source, services };
}

export function parseJsonFile(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new Error(`${file}: invalid JSON: ${(e as Error).message}`);
  }
}
