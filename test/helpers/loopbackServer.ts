/**
 * A real node:http server on 127.0.0.1 that plays both AWS sites from folders of captured files:
 * the SAR pages (with a synthesized index page) and the JSON reference (with a synthesized
 * aws-servicereference-index.json). It answers conditional requests, can compress, logs every
 * request, and follows a per-path fault plan, so tests and benchmarks can run the real scraper
 * against it.
 *
 *   const server = await startLoopbackServer({ html: { dir }, json: { dir } });
 *   await fetchSources({ baseUrl: server.baseUrl, jsonBaseUrl: server.jsonBaseUrl, ... });
 *   server.requestsFor(server.htmlPath("list_x.html"));
 *   await server.close();
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo, Socket } from "node:net";
import path from "node:path";
import zlib from "node:zlib";

/** Where the SAR pages live on the server, as on docs.aws.amazon.com. */
export const HTML_PREFIX = "/service-authorization/latest/reference/";
/** Where the JSON reference lives on the server (a sub-path, to prove a mirror base works). */
export const JSON_PREFIX = "/servicereference/";
export const HTML_INDEX_PAGE = "reference_policies_actions-resources-contextkeys.html";
export const JSON_INDEX_FILE = "aws-servicereference-index.json";
const OFFICIAL_JSON_BASE = "https://servicereference.us-east-1.amazonaws.com/";

export interface HtmlSource {
  /** A folder of list_*.html files (e.g. corpus html/2026-06-01; stale/ is not served). */
  dir: string;
  /** The pages the index lists (default: every list_*.html directly in `dir`). */
  files?: string[];
  /**
   * Pages AWS renamed, old file → new file: the index still lists the old name, which answers
   * 301 to the new one, which serves the old file's content.
   */
  renamed?: Record<string, string>;
  /** Extra hrefs put in the index page as they are (absolute links, anchors, duplicates). */
  extraLinks?: string[];
}

export interface JsonSource {
  /** A folder of `<svc>/<svc>.json` or `<svc>.json` files. */
  dir: string;
  /** The services the index lists (default: every one in `dir`). */
  services?: string[];
  /**
   * How the index writes each URL: "official" (absolute on the AWS host, as AWS does; the
   * scraper must move them onto its base), "relative" (`v1/s/s.json`) or "local" (absolute here).
   */
  indexUrls?: "official" | "relative" | "local";
}

/** One step of a fault plan. `times` (default 1) is how many requests it answers; Infinity = for good. */
export type Fault = { times?: number } & (
  | { kind: "status"; status: number; headers?: Record<string, string>; body?: string }
  /** Headers and half the body, then a TCP RST. */
  | { kind: "reset-mid-body" }
  /** Content-Length of the whole body, half of it, then the connection closes (FIN). */
  | { kind: "truncate" }
  /** Nothing (phase "headers") or headers and half the body (phase "body") for `ms`, then the rest. */
  | { kind: "stall"; phase: "headers" | "body"; ms: number }
  | { kind: "redirect"; status?: 301 | 302 | 307 | 308; location: string }
  /** Any body with any status, e.g. an error page served as 200. */
  | { kind: "body"; status?: number; body: string; contentType?: string }
);

export interface LoopbackServerOptions {
  html?: HtmlSource;
  json?: JsonSource;
  /** Compress bodies when the client accepts it (default "identity": never). */
  encoding?: "identity" | "gzip" | "br" | "deflate";
  /** Which validators to send and honour (default "both"). */
  validators?: "both" | "etag" | "last-modified" | "none";
}

export interface RequestRecord {
  method: string;
  /** URL path (with query), e.g. /service-authorization/latest/reference/list_x.html */
  path: string;
  status: number;
  /** Body bytes written (after compression); 0 for 304 and redirects without a body. */
  bodyBytes: number;
  /** The request carried If-None-Match or If-Modified-Since. */
  conditional: boolean;
  userAgent: string | undefined;
  acceptEncoding: string | undefined;
  contentEncoding: string | undefined;
  /** Which connection carried it (1, 2, ...): shows keep-alive at work. */
  connection: number;
  /** The fault applied, if any. */
  fault: Fault["kind"] | undefined;
}

export interface LoopbackServer {
  /** http://127.0.0.1:<port> */
  readonly origin: string;
  /** The SAR folder URL: `<origin>/service-authorization/latest/reference/` */
  readonly baseUrl: string;
  /** The JSON reference root: `<origin>/servicereference/` */
  readonly jsonBaseUrl: string;
  /** Every request so far, in arrival order. */
  readonly requests: RequestRecord[];
  /** Most requests being answered at once, so far. */
  readonly maxInFlight: number;
  /** TCP connections accepted so far. */
  readonly connections: number;
  htmlPath(file: string): string;
  /** Path of a service file as the index names it: /servicereference/v1/<svc>/<svc>.json */
  jsonPath(service: string): string;
  readonly htmlIndexPath: string;
  readonly jsonIndexPath: string;
  requestsFor(path: string): RequestRecord[];
  /** Replaces the fault plan of `path` (steps consumed in order, then normal answers). */
  setFaults(path: string, faults: Fault[]): void;
  clearFaults(): void;
  /** Serves other folders or subsets from now on (the indexes change with them). */
  setSources(sources: { html?: HtmlSource; json?: JsonSource }): void;
  setOptions(options: Pick<LoopbackServerOptions, "encoding" | "validators">): void;
  /** Forgets the request log and the in-flight/connection counts. */
  resetLog(): void;
  /** Reads (and compresses) everything served now, so a benchmark times the client, not this. */
  preload(): Promise<void>;
  close(): Promise<void>;
}

interface Resource {
  body: Buffer;
  contentType: string;
  etag: string;
  lastModified: string;
}

/** Services in a JSON folder: `<svc>/<svc>.json` or `<svc>.json` (index file excluded). */
export function listJsonServices(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name === JSON_INDEX_FILE) continue;
    const full = path.join(dir, name);
    if (name.endsWith(".json") && statSync(full).isFile()) out.push(name.slice(0, -5));
    else if (existsSync(path.join(full, `${name}.json`))) out.push(name);
  }
  return out.sort();
}

/** Pages directly in an HTML folder (stale/ and MANIFEST.tsv are not pages). */
export function listHtmlFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => /^list_.+\.html$/.test(f))
    .sort();
}

function jsonFileOf(dir: string, service: string): string {
  const nested = path.join(dir, service, `${service}.json`);
  return existsSync(nested) ? nested : path.join(dir, `${service}.json`);
}

/**
 * A Last-Modified that changes whenever the content does (a date derived from its hash): the
 * server compares If-Modified-Since for equality, as nginx does by default, so switching to
 * another capture with identical file times never yields a wrong 304.
 */
function pseudoLastModified(body: Buffer): string {
  const seconds = createHash("sha1").update(body).digest().readUInt32BE(0) % (10 * 365 * 86400);
  return new Date(Date.UTC(2016, 0, 1) + seconds * 1000).toUTCString();
}

function resourceOf(body: Buffer, contentType: string): Resource {
  return {
    body,
    contentType,
    etag: `"${createHash("sha1").update(body).digest("hex").slice(0, 20)}"`,
    lastModified: pseudoLastModified(body),
  };
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** The SAR index page as the live site shapes it: a list of `./list_*.html` links, plus noise. */
export function synthesizeIndexPage(files: string[], extraLinks: string[] = []): string {
  const items = files.map((f) => `      <li><a href="./${escapeHtml(f)}">${escapeHtml(f.replace(/^list_|\.html$/g, ""))}</a></li>`);
  const extras = extraLinks.map((href) => `      <li><a href="${escapeHtml(href)}">${escapeHtml(href)}</a></li>`);
  return [
    "<!DOCTYPE html>",
    '<html lang="en-US"><head><meta charset="utf-8"><title>Actions, resources, and condition keys for AWS services - Service Authorization Reference</title></head>',
    "<body>",
    '  <div id="main-content">',
    '    <h1 class="topictitle" id="reference_policies_actions-resources-contextkeys">Actions, resources, and condition keys for AWS services</h1>',
    '    <p>See <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements.html">the IAM policy elements</a> and <a href="#top">top</a>.</p>',
    "    <ul>",
    ...items,
    ...extras,
    "    </ul>",
    "  </div>",
    "</body></html>",
    "",
  ].join("\n");
}

export function synthesizeJsonIndex(services: string[], style: JsonSource["indexUrls"], jsonBaseUrl: string): string {
  const base = style === "relative" ? "" : style === "local" ? jsonBaseUrl : OFFICIAL_JSON_BASE;
  return JSON.stringify(
    services.map((s) => ({ service: s, url: `${base}v1/${s}/${s}.json` })),
    null,
    2,
  );
}

export async function startLoopbackServer(options: LoopbackServerOptions = {}): Promise<LoopbackServer> {
  let html = options.html;
  let json = options.json;
  let encoding = options.encoding ?? "identity";
  let validators = options.validators ?? "both";
  let htmlFiles = html ? (html.files ?? listHtmlFiles(html.dir)) : [];
  let services = json ? (json.services ?? listJsonServices(json.dir)) : [];

  const files = new Map<string, Promise<Resource>>();
  const encoded = new Map<string, Buffer>();
  const faults = new Map<string, Fault[]>();
  const requests: RequestRecord[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const sockets = new Set<Socket>();
  const socketIds = new WeakMap<Socket, number>();
  let inFlight = 0;
  let maxInFlight = 0;
  let connections = 0;

  const fileResource = (file: string, contentType: string) => {
    let r = files.get(file);
    if (!r) {
      r = readFile(file).then((b) => resourceOf(b, contentType));
      files.set(file, r);
    }
    return r;
  };

  let origin = "";
  const jsonBaseUrl = () => `${origin}${JSON_PREFIX}`;

  /** What a path holds now: a resource, a permanent rename redirect, or nothing. */
  async function route(p: string): Promise<Resource | { redirect: string } | undefined> {
    if (html && p.startsWith(HTML_PREFIX)) {
      const name = p.slice(HTML_PREFIX.length);
      if (name === HTML_INDEX_PAGE) {
        return resourceOf(Buffer.from(synthesizeIndexPage(htmlFiles, html.extraLinks)), "text/html; charset=utf-8");
      }
      const renamed = html.renamed ?? {};
      if (renamed[name]) return { redirect: `${HTML_PREFIX}${renamed[name]}` };
      const original = Object.entries(renamed).find(([, to]) => to === name)?.[0];
      const file = original ?? name;
      // Like the live site, a page that left the index may still be served: only the index says.
      if (!/^list_[^/]+\.html$/.test(file)) return undefined;
      const full = path.join(html.dir, file);
      return existsSync(full) ? fileResource(full, "text/html; charset=utf-8") : undefined;
    }
    if (json && p.startsWith(JSON_PREFIX)) {
      const rest = p.slice(JSON_PREFIX.length);
      if (rest === JSON_INDEX_FILE) {
        return resourceOf(Buffer.from(synthesizeJsonIndex(services, json.indexUrls, jsonBaseUrl())), "application/json");
      }
      const m = /^v1\/([^/]+)\/([^/]+)\.json$/.exec(rest);
      if (!m || m[1] !== m[2] || !services.includes(m[1]!)) return undefined;
      const full = jsonFileOf(json.dir, m[1]!);
      return existsSync(full) ? fileResource(full, "application/json") : undefined;
    }
    return undefined;
  }

  function encode(r: Resource, accept: string | undefined): { body: Buffer; coding: string | undefined } {
    if (encoding === "identity" || !(accept ?? "").split(",").some((c) => c.trim().split(";")[0] === encoding)) {
      return { body: r.body, coding: undefined };
    }
    const key = `${encoding}:${r.etag}`;
    let body = encoded.get(key);
    if (!body) {
      body =
        encoding === "gzip" ? zlib.gzipSync(r.body) : encoding === "br" ? zlib.brotliCompressSync(r.body) : zlib.deflateSync(r.body);
      encoded.set(key, body);
    }
    return { body, coding: encoding };
  }

  function nextFault(p: string): Fault | undefined {
    const plan = faults.get(p);
    const step = plan?.[0];
    if (!plan || !step) return undefined;
    const left = (step.times ?? 1) - 1;
    if (left <= 0) plan.shift();
    else plan[0] = { ...step, times: left };
    return step;
  }

  const later = (ms: number, fn: () => void) => {
    const t = setTimeout(() => {
      timers.delete(t);
      fn();
    }, ms);
    timers.add(t);
  };

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const p = (req.url ?? "/").split("#")[0]!;
    const socket = req.socket;
    const record: RequestRecord = {
      method: req.method ?? "GET",
      path: p,
      status: 0,
      bodyBytes: 0,
      conditional: req.headers["if-none-match"] !== undefined || req.headers["if-modified-since"] !== undefined,
      userAgent: req.headers["user-agent"],
      acceptEncoding: req.headers["accept-encoding"],
      contentEncoding: undefined,
      connection: socketIds.get(socket) ?? 0,
      fault: undefined,
    };
    requests.push(record);
    const send = (status: number, headers: Record<string, string | number>, body?: Buffer) => {
      record.status = status;
      record.bodyBytes = body?.length ?? 0;
      res.writeHead(status, headers);
      res.end(body);
    };

    const fault = nextFault(p);
    record.fault = fault?.kind;
    if (fault?.kind === "status") {
      return send(fault.status, { "content-type": "text/plain", ...fault.headers }, Buffer.from(fault.body ?? `${fault.status}\n`));
    }
    if (fault?.kind === "redirect") {
      return send(fault.status ?? 301, { location: fault.location, "content-type": "text/html" }, Buffer.from("Moved\n"));
    }
    if (fault?.kind === "body") {
      return send(fault.status ?? 200, { "content-type": fault.contentType ?? "text/html; charset=utf-8" }, Buffer.from(fault.body));
    }
    if (fault?.kind === "stall" && fault.phase === "headers") {
      await new Promise<void>((resolve) => later(fault.ms, resolve));
      if (socket.destroyed) {
        record.status = -1;
        return;
      }
    }

    const found = await route(p);
    if (!found) return send(404, { "content-type": "text/plain" }, Buffer.from("Not Found\n"));
    if ("redirect" in found) {
      return send(301, { location: found.redirect, "content-type": "text/html" }, Buffer.from("Moved Permanently\n"));
    }
    const useEtag = validators === "both" || validators === "etag";
    const useLm = validators === "both" || validators === "last-modified";
    const headers: Record<string, string | number> = { "content-type": found.contentType, vary: "Accept-Encoding" };
    if (useEtag) headers.etag = found.etag;
    if (useLm) headers["last-modified"] = found.lastModified;
    const inm = req.headers["if-none-match"];
    const ims = req.headers["if-modified-since"];
    const notModified =
      useEtag && inm !== undefined
        ? inm.split(",").some((t) => t.trim() === found.etag || t.trim() === "*")
        : useLm && ims !== undefined && ims === found.lastModified;
    if (notModified) return send(304, useEtag ? { etag: found.etag } : { "last-modified": found.lastModified });

    const { body, coding } = encode(found, req.headers["accept-encoding"]);
    if (coding) headers["content-encoding"] = coding;
    record.contentEncoding = coding;
    headers["content-length"] = body.length;
    const half = body.subarray(0, Math.floor(body.length / 2));

    if (fault?.kind === "reset-mid-body" || fault?.kind === "truncate") {
      record.status = 200;
      record.bodyBytes = half.length;
      res.writeHead(200, headers);
      res.write(half, () => {
        if (fault.kind === "reset-mid-body") socket.resetAndDestroy();
        else socket.end();
      });
      return;
    }
    if (fault?.kind === "stall" && fault.phase === "body") {
      record.status = 200;
      record.bodyBytes = half.length;
      res.writeHead(200, headers);
      res.write(half);
      later(fault.ms, () => {
        if (socket.destroyed) return;
        record.bodyBytes = body.length;
        res.end(body.subarray(half.length));
      });
      return;
    }
    send(200, headers, body);
  }

  const server = http.createServer((req, res) => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    res.on("close", () => inFlight--);
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) {
        res.writeHead(500, { "content-type": "text/plain" });
        res.end(`loopback server error: ${(e as Error).message}\n`);
      } else res.destroy();
    });
  });
  server.keepAliveTimeout = 30_000;
  server.on("connection", (socket) => {
    connections++;
    socketIds.set(socket, connections);
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    baseUrl: `${origin}${HTML_PREFIX}`,
    jsonBaseUrl: jsonBaseUrl(),
    requests,
    get maxInFlight() {
      return maxInFlight;
    },
    get connections() {
      return connections;
    },
    htmlPath: (file) => `${HTML_PREFIX}${file}`,
    jsonPath: (service) => `${JSON_PREFIX}v1/${service}/${service}.json`,
    htmlIndexPath: `${HTML_PREFIX}${HTML_INDEX_PAGE}`,
    jsonIndexPath: `${JSON_PREFIX}${JSON_INDEX_FILE}`,
    requestsFor: (p) => requests.filter((r) => r.path === p),
    setFaults: (p, plan) => void faults.set(p, plan.map((f) => ({ ...f }))),
    clearFaults: () => faults.clear(),
    setSources(sources) {
      if (sources.html) {
        html = sources.html;
        htmlFiles = html.files ?? listHtmlFiles(html.dir);
      }
      if (sources.json) {
        json = sources.json;
        services = json.services ?? listJsonServices(json.dir);
      }
      files.clear();
      encoded.clear();
    },
    setOptions(o) {
      if (o.encoding) encoding = o.encoding;
      if (o.validators) validators = o.validators;
    },
    resetLog() {
      requests.length = 0;
      maxInFlight = inFlight;
      connections = 0;
    },
    async preload() {
      const paths = [
        ...htmlFiles.map((f) => `${HTML_PREFIX}${f}`),
        ...Object.values(html?.renamed ?? {}).map((f) => `${HTML_PREFIX}${f}`),
        ...services.map((s) => `${JSON_PREFIX}v1/${s}/${s}.json`),
      ];
      for (const p of paths) {
        const r = await route(p);
        if (r && !("redirect" in r)) encode(r, encoding);
      }
    },
    async close() {
      for (const t of timers) clearTimeout(t);
      timers.clear();
      for (const s of sockets) s.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
