import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { decodeBody } from "../../src/fetch/decode.js";
import { AttemptError } from "../../src/fetch/errors.js";

const text = Buffer.from("<h1>Actions, resources, and condition keys for X</h1>".repeat(50));

describe("decodeBody", () => {
  it.each([
    ["gzip", zlib.gzipSync(text)],
    ["x-gzip", zlib.gzipSync(text)],
    ["br", zlib.brotliCompressSync(text)],
    ["deflate", zlib.deflateSync(text)],
    ["deflate", zlib.deflateRawSync(text)],
    ["identity", text],
    [undefined, text],
    ["gzip, br", zlib.brotliCompressSync(zlib.gzipSync(text))],
  ])("decodes %s", async (coding, body) => {
    expect((await decodeBody(body, coding)).equals(text)).toBe(true);
  });
  it("a truncated gzip stream is a retryable failure", async () => {
    const gz = zlib.gzipSync(text);
    const e = await decodeBody(gz.subarray(0, gz.length - 10), "gzip").catch((err: unknown) => err);
    expect(e).toBeInstanceOf(AttemptError);
    expect((e as AttemptError).retryable).toBe(true);
    expect((e as Error).message).toMatch(/not valid gzip/);
  });
  it("an unknown coding is not retried", async () => {
    const e = await decodeBody(text, "compress-9000").catch((err: unknown) => err);
    expect((e as AttemptError).retryable).toBe(false);
    expect((e as Error).message).toMatch(/unsupported Content-Encoding "compress-9000"/);
  });
});
