import { describe, expect, it } from "vitest";
import { defaultProgress, PlainProgress, TtyProgress, type FetchEvent, type TextSink } from "../../src/fetch/progress.js";

class Sink implements TextSink {
  text = "";
  constructor(readonly isTTY = false) {}
  write(s: string) {
    this.text += s;
    return true;
  }
}

const summary = {
  documents: 8,
  downloaded: 6,
  notModified: 4,
  fromCache: 0,
  retries: 1,
  redirects: 1,
  failed: 0,
  requests: 12,
  bytesReceived: 3 * 1024 * 1024,
  removed: 1,
  durationMs: 2000,
};

function run(events: FetchEvent[], progress: { report(e: FetchEvent): void }) {
  for (const e of events) progress.report(e);
}

const events: FetchEvent[] = [
  { type: "index", kind: "html", url: "http://h/ref/index.html", entries: 4 },
  { type: "index", kind: "json", url: "http://h/j/index.json", entries: 4 },
  { type: "start", total: 8, concurrency: 8, offline: false },
  ...Array.from({ length: 3 }, (_, i): FetchEvent => ({ type: "done", kind: "html", url: `http://h/ref/list_${i}.html`, outcome: "downloaded" })),
  { type: "retry", url: "http://h/ref/list_3.html", retry: 1, reason: "HTTP 500", delayMs: 5 },
  ...Array.from({ length: 5 }, (_, i): FetchEvent => ({ type: "done", kind: "json", url: `http://h/j/${i}.json`, outcome: "not-modified" })),
  { type: "end", summary },
];

describe("PlainProgress", () => {
  it("prints one line per milestone and the summary", () => {
    const sink = new Sink();
    const clock = { t: 0 };
    run(events, new PlainProgress(sink, () => (clock.t += 250)));
    expect(sink.text.split("\n")).toEqual([
      "fetch: html index http://h/ref/index.html: 4 pages",
      "fetch: json index http://h/j/index.json: 4 services",
      "fetch: 8 documents, concurrency 8",
      "fetch: 2/8 (25%) · 0 retries · 0 failed · 4/s",
      "fetch: 4/8 (50%) · 1 retries · 0 failed · 3/s",
      "fetch: 6/8 (75%) · 1 retries · 0 failed · 3/s",
      "fetch: 8/8 (100%) · 1 retries · 0 failed · 4/s",
      "fetch: done: 8 documents in 2.0 s (6 downloaded, 4 not modified, 0 from cache); 12 requests, 3.0 MiB received, 1 retries, 1 redirects, 1 removed from the index, 0 failed",
      "",
    ]);
  });
  it("names each document that failed for good", () => {
    const sink = new Sink();
    run(
      [
        { type: "start", total: 2, concurrency: 8, offline: true },
        { type: "failed", url: "http://h/ref/list_x.html", reason: "not in the cache (offline run)" },
      ],
      new PlainProgress(sink, () => 0),
    );
    expect(sink.text).toContain("fetch: 2 documents, offline, from the cache\n");
    expect(sink.text).toContain("fetch: failed http://h/ref/list_x.html: not in the cache (offline run)\n");
    expect(sink.text).toContain("fetch: 1/2 (50%) · 0 retries · 1 failed");
  });
});

describe("TtyProgress", () => {
  it("redraws one bar in place and ends with the summary", () => {
    const sink = new Sink(true);
    const clock = { t: 0 };
    run(events, new TtyProgress(sink, () => (clock.t += 1000)));
    const bars = sink.text.split("\r\x1b[2K");
    expect(bars.length).toBeGreaterThan(5);
    expect(sink.text.startsWith("fetch: html index http://h/ref/index.html: 4 pages\n")).toBe(true);
    // 80 columns leave 20 for the bar.
    expect(sink.text).toContain("\r\x1b[2K[########............] 3/8 37% · 0 retries · 0 failed");
    expect(sink.text).toMatch(/\[#{20}\] 8\/8 100% · 1 retries · 0 failed · \d+\/s\nfetch: done: 8 documents/);
  });
});

describe("defaultProgress", () => {
  it("draws a bar on a TTY and plain lines elsewhere", () => {
    expect(defaultProgress(new Sink(true))).toBeInstanceOf(TtyProgress);
    expect(defaultProgress(new Sink(false))).toBeInstanceOf(PlainProgress);
  });
});
