/** What the fetcher tells its Progress, in order: indexes, start, per-document outcomes, end. */
export type FetchEvent =
  | { type: "index"; kind: "html" | "json"; url: string; entries: number }
  | { type: "start"; total: number; concurrency: number; offline: boolean }
  | { type: "done"; kind: "html" | "json"; url: string; outcome: "downloaded" | "not-modified" | "cache" }
  | { type: "retry"; url: string; retry: number; reason: string; delayMs: number }
  | { type: "failed"; url: string; reason: string }
  | { type: "end"; summary: ProgressSummary };

/** The figures the end-of-run summary line shows. */
export interface ProgressSummary {
  documents: number;
  downloaded: number;
  notModified: number;
  fromCache: number;
  retries: number;
  redirects: number;
  failed: number;
  requests: number;
  bytesReceived: number;
  removed: number;
  durationMs: number;
}

export interface Progress {
  report(event: FetchEvent): void;
}

export const silentProgress: Progress = { report() {} };

/** A minimal writable: process.stderr, or a test's collector. */
export interface TextSink {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

/** Counts kept by both renderers. */
class Tally {
  total = 0;
  done = 0;
  retries = 0;
  failed = 0;
  startedAt = 0;
  apply(e: FetchEvent, now: number): void {
    if (e.type === "start") {
      this.total = e.total;
      this.startedAt = now;
    } else if (e.type === "done") this.done++;
    else if (e.type === "retry") this.retries++;
    else if (e.type === "failed") {
      this.done++;
      this.failed++;
    }
  }
  rate(now: number): number {
    const s = (now - this.startedAt) / 1000;
    return s > 0 ? this.done / s : 0;
  }
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}

export function formatSummary(s: ProgressSummary): string {
  return (
    `fetch: ${s.failed ? "FAILED" : "done"}: ${s.documents} documents in ${(s.durationMs / 1000).toFixed(1)} s` +
    ` (${s.downloaded} downloaded, ${s.notModified} not modified, ${s.fromCache} from cache);` +
    ` ${s.requests} requests, ${formatBytes(s.bytesReceived)} received, ${s.retries} retries,` +
    ` ${s.redirects} redirects, ${s.removed} removed from the index, ${s.failed} failed`
  );
}

/** `[#####.....] 233/930 25% · 2 retries · 0 failed · 310/s` */
export function formatBar(done: number, total: number, retries: number, failed: number, rate: number, width = 30): string {
  const frac = total > 0 ? Math.min(1, done / total) : 0;
  const filled = Math.round(frac * width);
  return (
    `[${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total} ${Math.floor(frac * 100)}%` +
    ` · ${retries} retries · ${failed} failed · ${rate.toFixed(0)}/s`
  );
}

function indexLine(e: Extract<FetchEvent, { type: "index" }>): string {
  return `fetch: ${e.kind} index ${e.url}: ${e.entries} ${e.kind === "html" ? "pages" : "services"}`;
}

/**
 * For logs (CI, no TTY): one line per milestone (indexes read, start, each quarter done, each
 * document that failed for good) and a summary at the end. Retries only show in the counts.
 */
export class PlainProgress implements Progress {
  private readonly tally = new Tally();
  private nextQuarter = 1;
  constructor(
    private readonly out: TextSink,
    private readonly now: () => number = Date.now,
  ) {}
  report(e: FetchEvent): void {
    const now = this.now();
    this.tally.apply(e, now);
    const t = this.tally;
    switch (e.type) {
      case "index":
        this.out.write(indexLine(e) + "\n");
        break;
      case "start":
        this.out.write(`fetch: ${e.total} documents, ${e.offline ? "offline, from the cache" : `concurrency ${e.concurrency}`}\n`);
        break;
      case "failed":
        this.out.write(`fetch: failed ${e.url}: ${e.reason}\n`);
        break;
      case "end":
        this.out.write(formatSummary(e.summary) + "\n");
        break;
      default:
        break;
    }
    while (t.total > 0 && this.nextQuarter <= 4 && t.done * 4 >= t.total * this.nextQuarter) {
      this.out.write(
        `fetch: ${t.done}/${t.total} (${this.nextQuarter * 25}%) · ${t.retries} retries · ${t.failed} failed · ${t.rate(now).toFixed(0)}/s\n`,
      );
      this.nextQuarter++;
    }
  }
}

/**
 * For a terminal: one bar redrawn in place (at most every `intervalMs`), with lines for indexes
 * and failures printed above it, and the summary when done.
 */
export class TtyProgress implements Progress {
  private readonly tally = new Tally();
  private lastDraw = -Infinity;
  private drawn = false;
  constructor(
    private readonly out: TextSink,
    private readonly now: () => number = Date.now,
    private readonly intervalMs = 100,
  ) {}
  private clear(): void {
    if (this.drawn) this.out.write("\r\x1b[2K");
    this.drawn = false;
  }
  private draw(now: number, force = false): void {
    if (!force && now - this.lastDraw < this.intervalMs) return;
    const t = this.tally;
    const width = Math.max(10, Math.min(40, (this.out.columns ?? 80) - 60));
    this.clear();
    this.out.write(formatBar(t.done, t.total, t.retries, t.failed, t.rate(now), width));
    this.drawn = true;
    this.lastDraw = now;
  }
  report(e: FetchEvent): void {
    const now = this.now();
    this.tally.apply(e, now);
    switch (e.type) {
      case "index":
        this.clear();
        this.out.write(indexLine(e) + "\n");
        break;
      case "start":
        this.draw(now, true);
        break;
      case "failed":
        this.clear();
        this.out.write(`fetch: failed ${e.url}: ${e.reason}\n`);
        this.draw(now, true);
        break;
      case "end":
        this.draw(now, true);
        this.out.write("\n" + formatSummary(e.summary) + "\n");
        this.drawn = false;
        break;
      default:
        this.draw(now);
    }
  }
}

/** A bar on a terminal, plain lines otherwise. */
export function defaultProgress(out: TextSink = process.stderr): Progress {
  return out.isTTY ? new TtyProgress(out) : new PlainProgress(out);
}
