import type { CacheKind, DiskCache } from "./cache.js";

/** A document the cache holds from an earlier run that the index no longer lists. */
export interface RemovedDocument {
  kind: CacheKind;
  /** The page's file name, or the JSON service name. */
  name: string;
  /** Its official URL. */
  url: string;
}

/**
 * Cache entries under `base` that this run did not request (`listed`): documents that left the
 * index. An entry whose content now arrives through another listed URL (its final URL is one of
 * this run's, `finals`) is superseded, not removed. With `prune`, both are deleted from the
 * cache, so a removal is reported by the run that sees it. URLs are as fetched (mirror URLs).
 */
export async function removedDocuments(
  cache: DiskCache,
  kind: CacheKind,
  base: string,
  listed: Set<string>,
  finals: Set<string>,
  prune: boolean,
): Promise<RemovedDocument[]> {
  const expected = new Set([...listed].map((u) => cache.fileOf(kind, u)));
  const removed: RemovedDocument[] = [];
  for (const file of await cache.entryFilesUnder(kind, base)) {
    if (expected.has(file)) continue;
    const entry = await cache.readFile(file);
    if (entry && !finals.has(entry.finalUrl)) removed.push({ kind, name: entry.name, url: entry.url });
    if (prune) await cache.removeFile(file);
  }
  return removed;
}
