import { Agent } from "undici";
import { ACCEPT_ENCODING, decodeBody } from "./decode.js";
import { AttemptError, toAttemptError } from "./errors.js";
import { parseRetryAfter } from "./retry.js";

export interface Timeouts {
  /** TCP + TLS connect (default 10 s). */
  connectMs: number;
  /** From request sent to response headers received (default 30 s). */
  headersMs: number;
  /** Longest silence between two body chunks (default 30 s). */
  bodyMs: number;
}

export const DEFAULT_TIMEOUTS: Timeouts = { connectMs: 10_000, headersMs: 30_000, bodyMs: 30_000 };

export interface HttpClientOptions {
  timeouts: Timeouts;
  /** Redirect hops followed before giving up (default 5). */
  maxRedirects: number;
  userAgent: string;
  /** Connections per origin; the caller's concurrency limit keeps requests within it. */
  connections: number;
  /** A body larger than this is refused, so a broken server cannot fill memory (default 64 MiB). */
  maxBodyBytes?: number;
}

/** Validators of a cached body, sent only to the URL they were received from. */
export interface Validators {
  url: string;
  etag?: string;
  lastModified?: string;
}

export type HttpResult =
  | { status: 200; finalUrl: string; hops: string[]; body: Buffer; etag?: string; lastModified?: string }
  | { status: 304; finalUrl: string; hops: string[]; etag?: string; lastModified?: string };

/** What crossed the wire, for the stats. */
export interface WireCounters {
  requests: number;
  /** Body bytes as sent (compressed when the server compressed). */
  bytesReceived: number;
  redirects: number;
  byStatus: Record<string, number>;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/**
 * A GET client over one keep-alive undici Agent. It follows redirects itself (to cap hops, refuse
 * other origins and record each hop), counts what it transfers, decodes compressed bodies, and
 * checks the body length against Content-Length. Every failure is an AttemptError saying whether
 * a retry may help.
 */
export class HttpClient {
  readonly agent: Agent;
  readonly counters: WireCounters = { requests: 0, bytesReceived: 0, redirects: 0, byStatus: {} };
  private readonly maxBodyBytes: number;

  constructor(private readonly opts: HttpClientOptions) {
    this.maxBodyBytes = opts.maxBodyBytes ?? 64 * 1024 * 1024;
    this.agent = new Agent({
      connections: opts.connections,
      pipelining: 1,
      keepAliveTimeout: 10_000,
      keepAliveMaxTimeout: 60_000,
      connect: { timeout: opts.timeouts.connectMs },
      headersTimeout: opts.timeouts.headersMs,
      bodyTimeout: opts.timeouts.bodyMs,
    });
  }

  async get(url: string, validators?: Validators): Promise<HttpResult> {
    const hops: string[] = [];
    let current = url;
    for (let hop = 0; ; hop++) {
      const res = await this.getOnce(current, validators && validators.url === current ? validators : undefined);
      if (res.kind === "redirect") {
        if (hop >= this.opts.maxRedirects) {
          throw new AttemptError(`more than ${this.opts.maxRedirects} redirects (${[...hops, current].join(" -> ")})`, false);
        }
        const next = res.location;
        if (new URL(next).origin !== new URL(url).origin) {
          throw new AttemptError(`redirected to another host: ${current} -> ${next}`, false);
        }
        if (next === current || hops.includes(next)) {
          throw new AttemptError(`redirect loop: ${[...hops, current, next].join(" -> ")}`, false);
        }
        hops.push(current);
        current = next;
        continue;
      }
      if (res.kind === "not-modified") {
        if (!validators || validators.url !== current) throw new AttemptError("304 Not Modified to an unconditional request", true);
        return { status: 304, finalUrl: current, hops, ...res.validators };
      }
      return { status: 200, finalUrl: current, hops, body: res.body, ...res.validators };
    }
  }

  private async getOnce(
    url: string,
    validators: Validators | undefined,
  ): Promise<
    | { kind: "redirect"; location: string }
    | { kind: "not-modified"; validators: { etag?: string; lastModified?: string } }
    | { kind: "ok"; body: Buffer; validators: { etag?: string; lastModified?: string } }
  > {
    const u = new URL(url);
    const headers: Record<string, string> = {
      "user-agent": this.opts.userAgent,
      "accept-encoding": ACCEPT_ENCODING,
      accept: "*/*",
    };
    if (validators?.etag) headers["if-none-match"] = validators.etag;
    if (validators?.lastModified) headers["if-modified-since"] = validators.lastModified;
    this.counters.requests++;
    let res;
    try {
      res = await this.agent.request({ origin: u.origin, path: u.pathname + u.search, method: "GET", headers });
    } catch (e) {
      throw toAttemptError(e);
    }
    const { statusCode, headers: h, body } = res;
    this.counters.byStatus[statusCode] = (this.counters.byStatus[statusCode] ?? 0) + 1;
    const header = (name: string) => {
      const v = h[name];
      return Array.isArray(v) ? v[0] : v;
    };
    const found = {
      ...(header("etag") ? { etag: header("etag")! } : {}),
      ...(header("last-modified") ? { lastModified: header("last-modified")! } : {}),
    };

    if (statusCode !== 200) {
      // Drain (bounded) so the keep-alive connection can be reused; errors here do not matter.
      await body.dump({ limit: 1024 * 1024 }).catch(() => undefined);
      if (REDIRECT_STATUSES.has(statusCode)) {
        const location = header("location");
        if (!location) throw new AttemptError(`${statusCode} redirect without a Location header`, false);
        this.counters.redirects++;
        return { kind: "redirect", location: new URL(location, url).href };
      }
      if (statusCode === 304) return { kind: "not-modified", validators: found };
      const retryable = statusCode >= 500 || statusCode === 429 || statusCode === 408;
      const retryAfter = retryable ? parseRetryAfter(h["retry-after"]) : undefined;
      throw new AttemptError(`HTTP ${statusCode}`, retryable, retryAfter);
    }

    const chunks: Buffer[] = [];
    let received = 0;
    try {
      for await (const chunk of body) {
        const buf = chunk as Buffer;
        received += buf.length;
        this.counters.bytesReceived += buf.length;
        if (received > this.maxBodyBytes) {
          body.destroy();
          throw new AttemptError(`body larger than ${this.maxBodyBytes} bytes`, false);
        }
        chunks.push(buf);
      }
    } catch (e) {
      throw toAttemptError(e);
    }
    const raw = Buffer.concat(chunks, received);
    const declared = header("content-length");
    if (declared !== undefined && /^\d+$/.test(declared) && Number(declared) !== received) {
      throw new AttemptError(`truncated body: Content-Length ${declared}, received ${received} bytes`, true);
    }
    const decoded = await decodeBody(raw, h["content-encoding"]);
    return { kind: "ok", body: decoded, validators: found };
  }

  close(): Promise<void> {
    return this.agent.close();
  }
}
