// What generated output depends on besides the catalog: the emitter's own code and the versions
// of the tools that shape the output. A change to any of them invalidates the cache. (Versions are
// read from package.json files, so that checking the cache loads neither tool.)
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { compareStrings } from "../model/normalize.js";

const emitDir = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

export const sha256 = (content: string | Buffer) => createHash("sha256").update(content).digest("hex");

let cached: Promise<string> | undefined;

export function emitterFingerprint(): Promise<string> {
  cached ??= (async () => {
    const hash = createHash("sha256");
    for (const tool of ["ts-morph", "prettier", "typescript"]) hash.update(`${tool} ${(require(`${tool}/package.json`) as { version: string }).version}\n`);
    const files = (await readdir(emitDir, { recursive: true })).filter((f) => /\.(ts|mjs)$/.test(f)).sort(compareStrings);
    for (const file of files) hash.update(`${file}\n`).update(await readFile(path.join(emitDir, file)));
    return hash.digest("hex");
  })();
  return cached;
}
