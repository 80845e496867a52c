// What generated output depends on besides the catalog: the emitter's own code and the versions
// of the tools that shape the output. A change to any of them invalidates the cache.
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ts } from "ts-morph";
import * as prettier from "prettier";
import { compareStrings } from "../model/normalize.js";

const emitDir = path.dirname(fileURLToPath(import.meta.url));

export const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

let cached: Promise<string> | undefined;

export function emitterFingerprint(): Promise<string> {
  cached ??= (async () => {
    const hash = createHash("sha256").update(`typescript ${ts.version}\nprettier ${prettier.version}\n`);
    const files = (await readdir(emitDir, { recursive: true })).filter((f) => f.endsWith(".ts")).sort(compareStrings);
    for (const file of files) hash.update(`${file}\n`).update(await readFile(path.join(emitDir, file)));
    return hash.digest("hex");
  })();
  return cached;
}
