import { parseArgs } from "node:util";
import { describe, expect, it } from "vitest";
import { FETCH_FLAGS, FetchFlagError, fetchOptionsFromFlags, silentProgress } from "../../src/fetch/index.js";

const parse = (args: string[]) => fetchOptionsFromFlags(parseArgs({ args, options: FETCH_FLAGS }).values, silentProgress);

describe("fetch flags", () => {
  it("map onto fetchSources options", () => {
    expect(
      parse([
        "--base-url",
        "http://127.0.0.1:8080/ref",
        "--json-base-url",
        "http://127.0.0.1:8080/sr/",
        "--concurrency",
        "4",
        "--cache",
        "/tmp/c",
        "--offline",
        "--retries",
        "2",
        "--timeout",
        "15",
      ]),
    ).toEqual({
      progress: silentProgress,
      baseUrl: "http://127.0.0.1:8080/ref/",
      jsonBaseUrl: "http://127.0.0.1:8080/sr/",
      concurrency: 4,
      cacheDir: "/tmp/c",
      offline: true,
      retries: { maxRetries: 2 },
      timeouts: { connectMs: 15_000, headersMs: 15_000, bodyMs: 15_000 },
    });
  });
  it("leave defaults alone when absent", () => {
    expect(parse([])).toEqual({ progress: silentProgress });
  });
  it.each([
    [["--concurrency", "0"], /--concurrency must be an integer from 1 to 64, got "0"/],
    [["--concurrency", "eight"], /--concurrency must be an integer/],
    [["--retries=-1"], /--retries must be an integer from 0 to 20/],
    [["--timeout", "1.5"], /--timeout must be an integer/],
    [["--base-url", "ftp://mirror/"], /--base-url must be an http\(s\) URL, got "ftp:\/\/mirror\/"/],
    [["--json-base-url", "not a url"], /--json-base-url must be an http\(s\) URL/],
  ])("refuse %j", (args, message) => {
    expect(() => parse(args)).toThrow(FetchFlagError);
    expect(() => parse(args)).toThrow(message);
  });
});
