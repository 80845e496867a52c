import { randomBytes } from "node:crypto";
import { mkdir, open, readFile, readdir, rename, rm, type FileHandle } from "node:fs/promises";
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

const ENTRY_SUFFIX = ".entry";

/**
 * An on-disk HTTP cache: one file per requested URL, at
 * `<dir>/<kind>/<host>[_<port>]/<path>.entry`, so a folder listing shows what a base URL holds
 * (how pages that left the index are found). A file is one line of JSON (URLs, validators, body
 * length) then the body as it is — not JSON-escaped, which would cost more than the download.
 * Body and validators travel together and a file is replaced by rename, so an entry is always
 * whole: a crash leaves either the old entry or the new one. An unreadable entry counts as absent.
 */
export class DiskCache {
  private readonly madeDirs = new Set<string>();
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

  /** Stores an entry; `body` may be given as the bytes received, which skips re-encoding. */
  async write(kind: CacheKind, entry: Omit<CacheEntry, "body"> & { body: string | Buffer }): Promise<void> {
    const file = this.fileOf(kind, entry.url);
    const dir = path.dirname(file);
    if (!this.madeDirs.has(dir)) {
      await mkdir(dir, { recursive: true });
      this.madeDirs.add(dir);
    }
    const tmp = `${file}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`;
    const { body, ...meta } = entry;
    const bytes = typeof body === "string" ? Buffer.from(body, "utf8") : body;
    const header: EntryHeader = { ...meta, bodyBytes: bytes.length };
    try {
      const handle = await open(tmp, "w");
      try {
        await writeAll(handle, [Buffer.from(`${JSON.stringify(header)}\n`, "utf8"), bytes]);
      } finally {
        await handle.close();
      }
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

/** writev may write less than asked (large buffers): loop until all is written. */
async function writeAll(handle: FileHandle, buffers: Buffer[]): Promise<void> {
  let pending = buffers.filter((b) => b.length > 0);
  while (pending.length > 0) {
    let { bytesWritten } = await handle.writev(pending);
    const rest: Buffer[] = [];
    for (const b of pending) {
      if (bytesWritten >= b.length) bytesWritten -= b.length;
      else {
        rest.push(b.subarray(bytesWritten));
        bytesWritten = 0;
      }
    }
    pending = rest;
  }
}

type EntryHeader = Omit<CacheEntry, "body"> & { bodyBytes: number };

async function readEntry(file: string): Promise<CacheEntry | undefined> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw e;
  }
  const newline = bytes.indexOf(0x0a);
  if (newline < 0) return undefined;
  try {
    const e = JSON.parse(bytes.subarray(0, newline).toString("utf8")) as Partial<EntryHeader>;
    const body = bytes.subarray(newline + 1);
    if (typeof e.url !== "string" || typeof e.finalUrl !== "string" || typeof e.name !== "string" || e.bodyBytes !== body.length) {
      return undefined;
    }
    return {
      url: e.url,
      finalUrl: e.finalUrl,
      name: e.name,
      body: body.toString("utf8"),
      ...(typeof e.etag === "string" ? { etag: e.etag } : {}),
      ...(typeof e.lastModified === "string" ? { lastModified: e.lastModified } : {}),
    };
  } catch {
    return undefined;
  }
}
