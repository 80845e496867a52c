import { readFile, readdir, stat } from "node:fs/promises";
import path from "node:path";
import { JSON_INDEX_FILE, type JsonServiceInput } from "../model/inputs.js";
import { compareStrings } from "../model/normalize.js";
import { parseJsonIndex, type JsonIndexEntry } from "./jsonIndex.js";

/**
 * The per-service files of a folder holding the official JSON. With aws-servicereference-index.json
 * present, exactly the services it lists, each URL mapped to a local file; without it, every
 * `<svc>.json` and `<svc>/<svc>.json` (both layouts AWS's mirrors use). Sorted by service.
 */
export async function readJsonDir(dir: string): Promise<JsonServiceInput[]> {
  const indexFile = path.join(dir, JSON_INDEX_FILE);
  const indexText = await readOptional(indexFile);
  const located = indexText === undefined ? await findServiceFiles(dir) : await locateIndexedFiles(dir, parseJsonIndex(indexText, indexFile), indexFile);
  if (located.length === 0) throw new Error(`${dir}: no official JSON service files (<svc>.json, <svc>/<svc>.json or ${JSON_INDEX_FILE})`);
  const inputs = await Promise.all(located.map(async ({ service, file }) => ({ service, file, text: await readFile(file, "utf8") })));
  return inputs.sort((a, b) => compareStrings(a.service, b.service));
}

async function readOptional(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new Error(`${file}: cannot read (${(e as Error).message})`);
  }
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/**
 * Local copies keep the tail of the URL's path: `.../v1/s3/s3.json` is s3.json (flat copy),
 * s3/s3.json (per-service folders) or v1/s3/s3.json (a mirror of the whole host).
 */
export function localCandidatesForUrl(url: string): string[] {
  const segments = new URL(url).pathname.split("/").filter(Boolean).map(decodeURIComponent);
  const out: string[] = [];
  for (let n = 1; n <= segments.length; n++) out.push(path.join(...segments.slice(-n)));
  return out;
}

async function locateIndexedFiles(dir: string, entries: JsonIndexEntry[], indexFile: string) {
  return Promise.all(
    entries.map(async (e) => {
      const candidates = localCandidatesForUrl(e.url);
      for (const c of candidates) {
        const file = path.join(dir, c);
        if (await isFile(file)) return { service: e.service, file };
      }
      throw new Error(`${indexFile}: the index lists ${e.url} (service "${e.service}") but there is no local file for it (looked for ${candidates.join(", ")} in ${dir})`);
    }),
  );
}

async function findServiceFiles(dir: string) {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (e) {
    throw new Error(`${dir}: cannot read folder (${(e as Error).message})`);
  }
  const found = new Map<string, string>();
  const add = (service: string, file: string) => {
    const other = found.get(service);
    if (other !== undefined) throw new Error(`${dir}: service "${service}" appears twice: ${other} and ${file}`);
    found.set(service, file);
  };
  for (const name of names.sort(compareStrings)) {
    const full = path.join(dir, name);
    if (name.endsWith(".json")) {
      if (await isFile(full)) add(name.slice(0, -".json".length), full);
    } else if (await isFile(path.join(full, `${name}.json`))) add(name, path.join(full, `${name}.json`));
  }
  return [...found].map(([service, file]) => ({ service, file }));
}
