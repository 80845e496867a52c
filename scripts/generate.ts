// npm run generate [-- --snapshots DIR --out DIR --check --workers N --pkg-version X]:
// writes the aws-iam-catalog package (sources, dist/, package.json, README) from a catalog folder.
import { parseArgs } from "node:util";
import path from "node:path";
import v8 from "node:v8";
import { DEFAULT_WORKERS, prestartRenderThreads } from "../src/emit/renderThread.js";
import { defaultGeneratedDir, defaultSnapshotsDir } from "../src/model/paths.js";

let args;
try {
  args = parseArgs({
    options: {
      snapshots: { type: "string" },
      out: { type: "string" },
      check: { type: "boolean", default: false },
      workers: { type: "string" },
      "pkg-version": { type: "string" },
      help: { type: "boolean", default: false },
    },
    strict: true,
  }).values;
} catch (e) {
  console.error(`generate: ${(e as Error).message}`);
  process.exit(2);
}
if (args.help) {
  console.log("usage: npm run generate [-- --snapshots DIR] [--out DIR] [--check] [--workers N] [--pkg-version X]");
  process.exit(0);
}
const workers = args.workers === undefined ? undefined : Number(args.workers);
if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0)) {
  console.error(`generate: --workers must be a whole number, got ${JSON.stringify(args.workers)}`);
  process.exit(2);
}

// A short run of much code (the compiler, prettier, in several threads): by default V8 spends about
// as much CPU optimizing functions as running them. A larger budget before a function is optimized
// leaves only the hottest ones to the optimizer (measured: a fifth less CPU for a full run).
v8.setFlagsFromString("--interrupt-budget=1000000");

const snapshotsDir = path.resolve(args.snapshots ?? defaultSnapshotsDir);
const outDir = path.resolve(args.out ?? defaultGeneratedDir);
const started = performance.now();
// The render threads start before the generator loads (see renderThread.ts).
const threads = prestartRenderThreads(snapshotsDir, outDir, workers ?? DEFAULT_WORKERS);
try {
  const { generate } = await import("../src/emit/generate.js");
  const result = await generate({
    threads,
    snapshotsDir,
    outDir,
    check: args.check,
    ...(workers !== undefined ? { workers } : {}),
    ...(args["pkg-version"] ? { version: args["pkg-version"] } : {}),
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `generate: ${result.services} services from ${path.relative(process.cwd(), snapshotsDir) || "."} → ${path.relative(process.cwd(), outDir) || "."}: ` +
      `${result.rendered.length} rendered, ${result.services - result.rendered.length} reused, ${result.written.length} files written, ` +
      `${result.removed.length} removed${args.check ? ", type-checked" : ""} (${seconds} s)`,
  );
} catch (e) {
  console.error(`generate: ${(e as Error).message}`);
  process.exit(1);
} finally {
  await Promise.all(threads.map((t) => t.terminate()));
}
