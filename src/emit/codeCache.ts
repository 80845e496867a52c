// V8 code cache for the large CommonJS bundles a generator thread loads (the TypeScript compiler
// in ts-morph, 12 MB of JavaScript): compiling them is a good part of a thread's start, and Node 20
// keeps no compiled code between processes. Installed in worker threads only (it patches that
// thread's CommonJS loader). The cache lives in the OS temporary folder, a file per bundle, named
// by a hash of the bundle's text (V8 checks only a source's length) and of the Node version and
// platform; V8 rejects a cache made under other flags, which is then made again.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import Module, { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import vm from "node:vm";

/** Smaller files compile quickly enough. */
const MIN_SIZE = 1_000_000;
const cacheDir = path.join(os.tmpdir(), `aws-iam-catalog-v8-${process.version}-${process.arch}`);
/** Scripts compiled without a usable cache: saved later, when the cache also holds the functions compiled meanwhile. */
const unsaved: { script: vm.Script; file: string }[] = [];

type Compile = (this: Module, content: string, filename: string) => unknown;

export function installCodeCache(): void {
  const prototype = Module.prototype as unknown as { _compile: Compile };
  const compile = prototype._compile;
  prototype._compile = function (content, filename) {
    if (content.length < MIN_SIZE) return compile.call(this, content, filename);
    const file = path.join(cacheDir, `${createHash("sha256").update(filename).update("\0").update(content).digest("hex")}.bin`);
    let cachedData: Buffer | undefined;
    try {
      cachedData = readFileSync(file);
    } catch {
      cachedData = undefined;
    }
    const script = new vm.Script(Module.wrap(content), { filename, ...(cachedData ? { cachedData } : {}) });
    if (!cachedData || script.cachedDataRejected) unsaved.push({ script, file });
    const run = script.runInThisContext() as (...args: unknown[]) => unknown;
    return run.call(this.exports, this.exports, createRequire(filename), this, filename, path.dirname(filename));
  };
}

/** Writes the caches of the scripts that had none; best effort: without one, the next start only compiles again. */
export function saveCodeCache(): void {
  for (const { script, file } of unsaved.splice(0)) {
    try {
      mkdirSync(cacheDir, { recursive: true });
      const tmp = `${file}.${process.pid}-${Math.random().toString(36).slice(2)}`;
      writeFileSync(tmp, script.createCachedData());
      renameSync(tmp, file);
    } catch {
      // not written: the next start compiles the bundle again
    }
  }
}
