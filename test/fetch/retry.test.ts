import { describe, expect, it } from "vitest";
import { backoffDelay, parseRetryAfter, retryDelay } from "../../src/fetch/retry.js";

const opts = { maxRetries: 4, baseDelayMs: 100, maxDelayMs: 1000, maxRetryAfterMs: 5000 };

describe("parseRetryAfter", () => {
  const now = Date.parse("Mon, 01 Jun 2026 12:00:00 GMT");
  it("reads delay-seconds", () => {
    expect(parseRetryAfter("3", now)).toBe(3000);
    expect(parseRetryAfter(" 0 ", now)).toBe(0);
  });
  it("reads an HTTP date, relative to now, never negative", () => {
    expect(parseRetryAfter("Mon, 01 Jun 2026 12:00:30 GMT", now)).toBe(30_000);
    expect(parseRetryAfter("Mon, 01 Jun 2026 11:00:00 GMT", now)).toBe(0);
  });
  it("ignores what it cannot read", () => {
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
    expect(parseRetryAfter("", now)).toBeUndefined();
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter("-5", now)).toBeUndefined();
  });
  it("takes the first of repeated headers", () => {
    expect(parseRetryAfter(["2", "9"], now)).toBe(2000);
  });
});

describe("backoffDelay", () => {
  it("doubles per retry, with jitter in the upper half", () => {
    expect(backoffDelay(0, opts, () => 0)).toBe(50);
    expect(backoffDelay(0, opts, () => 1)).toBe(100);
    expect(backoffDelay(2, opts, () => 0)).toBe(200);
    expect(backoffDelay(2, opts, () => 1)).toBe(400);
  });
  it("is capped", () => {
    expect(backoffDelay(10, opts, () => 1)).toBe(1000);
    expect(backoffDelay(1000, opts, () => 1)).toBe(1000);
  });
});

describe("retryDelay", () => {
  it("honours Retry-After up to its cap, without jitter", () => {
    expect(retryDelay(0, 2000, opts, () => 1)).toBe(2000);
    expect(retryDelay(0, 120_000, opts, () => 1)).toBe(5000);
  });
  it("falls back to backoff without Retry-After", () => {
    expect(retryDelay(1, undefined, opts, () => 1)).toBe(200);
  });
});
