import { promisify } from "node:util";
import zlib from "node:zlib";
import { AttemptError } from "./errors.js";

const gunzip = promisify(zlib.gunzip);
const inflate = promisify(zlib.inflate);
const inflateRaw = promisify(zlib.inflateRaw);
const brotli = promisify(zlib.brotliDecompress);

/** The Accept-Encoding we send: every coding decodeBody understands. */
export const ACCEPT_ENCODING = "gzip, deflate, br";

/**
 * Undoes the Content-Encoding of a response body (undici's `request` hands it over as sent).
 * Codings are applied in order, so they are undone in reverse. A corrupt or truncated stream is
 * a failed attempt, worth a retry.
 */
export async function decodeBody(raw: Buffer, contentEncoding: string | string[] | undefined): Promise<Buffer> {
  const header = Array.isArray(contentEncoding) ? contentEncoding.join(",") : (contentEncoding ?? "");
  const codings = header
    .split(",")
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c && c !== "identity");
  let body = raw;
  for (const coding of codings.reverse()) {
    try {
      body = await decodeOne(body, coding);
    } catch (e) {
      if (e instanceof AttemptError) throw e;
      throw new AttemptError(`body is not valid ${coding}: ${(e as Error).message}`, true);
    }
  }
  return body;
}

async function decodeOne(body: Buffer, coding: string): Promise<Buffer> {
  switch (coding) {
    case "gzip":
    case "x-gzip":
      return gunzip(body);
    case "br":
      return brotli(body);
    case "deflate":
      // "deflate" should be zlib-wrapped, but some servers send a raw deflate stream.
      return inflate(body).catch(() => inflateRaw(body));
    default:
      throw new AttemptError(`unsupported Content-Encoding "${coding}"`, false);
  }
}
