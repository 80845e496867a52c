import { randomBytes } from "node:crypto";
import { mkdir, readFile, readdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";

/** What the cache keeps of one document, keyed by the URL that was requested. */
export interface CacheEntry {
  /** The URL requested (the key). */
  url: string;
  /** Where redirects ended; conditional requests are sent there. */
  finalUrl: string;
  /** What the document is, for reports: the page's file name or the JSON service name. */
  name: string;
  etag?: string;
  lastModified?: string;
  /** The decoded body, already checked when it was stored. */
  body: string;
}

export type CacheKind = "html" | "json";

const ENTRY_SUFFIX = ".entry.json";

/**
 * An on-disk HTTP cache: one JSON file per requested URL, at
 * `<dir>/<kind>/<host>[_<port>]/<path>.entry.json`, so a folder listing shows what a base URL
 * holds (how pages that left the index are found). Each file carries body and validators
 * together and is replaced by rename, so an entry is always whole: a crash leaves either the old
 * entry or the new one. An unreadable entry counts as absent.
 */
export class DiskCache {
  constructor(readonly dir: string) {}

  /** The file of `url` in the cache; URLs map one-to-one onto paths. */
  fileOf(kind: CacheKind, url: string): string {
    const u = new URL(url);
    const host = u.port ? `${u.hostname}_${u.port}` : u.hostname;
    const segments = u.pathname.split("/").slice(1).map(safeSegment);
    if (segments.length === 0 || segments[segments.length - 1] === "") segments.push("_index");
    const last = segments.pop()!;
    const name = `${last}${u.search ? `_q${safeSegment(u.search.slice(1))}` : ""}${ENTRY_SUFFIX}`;
    return path.join(this.dir, kind, safeSegment(host), ...segments, name);
  }

  /** The folder holding every entry under `baseUrl`. */
  folderOf(kind: CacheKind, baseUrl: string): string {
    return path.dirname(this.fileOf(kind, baseUrl));
  }

  async read(kind: CacheKind, url: string): Promise<CacheEntry | undefined> {
    return readEntry(this.fileOf(kind, url));
  }

  async write(kind: CacheKind, entry: CacheEntry): Promise<void> {
    const file = this.fileOf(kind, entry.url);
    await mkdir(path.dirname(file), { recursive: true });
    const tmp = `${file}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`;
    try {
      await writeFile(tmp, JSON.stringify(entry));
      await rename(tmp, file);
    } catch (e) {
      await rm(tmp, { force: true });
      throw e;
    }
  }

  async remove(kind: CacheKind, url: string): Promise<void> {
    await this.removeFile(this.fileOf(kind, url));
  }

  async removeFile(file: string): Promise<void> {
    await rm(file, { force: true });
  }

  /** Every entry file under `baseUrl` (recursively), sorted. */
  async entryFilesUnder(kind: CacheKind, baseUrl: string): Promise<string[]> {
    const root = this.folderOf(kind, baseUrl);
    let names: string[];
    try {
      names = (await readdir(root, { recursive: true })) as string[];
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") return [];
      throw e;
    }
    return names.filter((n) => n.endsWith(ENTRY_SUFFIX)).map((n) => path.join(root, n)).sort();
  }

  readFile(file: string): Promise<CacheEntry | undefined> {
    return readEntry(file);
  }
}

/** Keeps a URL path segment a plain file name: no separators, no dot-only names. */
function safeSegment(s: string): string {
  const cleaned = s.replace(/[^A-Za-z0-9._-]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
  return /^\.+$/.test(cleaned) ? cleaned.replace(/\./g, "%2e") : cleaned;
}

async function readEntry(file: string): Promise<CacheEntry | undefined> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw e;
  }
  try {
    const e = JSON.parse(text) as Partial<CacheEntry>;
    if (typeof e.url !== "string" || typeof e.finalUrl !== "string" || typeof e.name !== "string" || typeof e.body !== "string") {
      return undefined;
    }
    return {
      url: e.url,
      finalUrl: e.finalUrl,
      name: e.name,
      body: e.body,
      ...(typeof e.etag === "string" ? { etag: e.etag } : {}),
      ...(typeof e.lastModified === "string" ? { lastModified: e.lastModified } : {}),
    };
  } catch {
    return undefined;
  }
}
