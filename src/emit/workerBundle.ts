// The render thread's code as one JavaScript file, built by esbuild and kept until a source of it
// changes. Run through tsx's loader, a thread spent about half a second before it could render:
// starting the loader, then compiling a dozen TypeScript files one request at a time. From the
// bundle it starts in about half the time, which is most of a one-service run.
//
// The bundle lives in node_modules/.cache/aws-iam-catalog/, so that it resolves the packages it
// leaves out (ts-morph, prettier) as the sources do. Code in the thread must therefore not find
// files relative to its own module (import.meta.url). Without esbuild, or when the build fails,
// threads run the sources through tsx as before (tsWorker.mjs).
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const emitDir = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(emitDir, "../..");
export const defaultBundleDir = path.join(repoRoot, "node_modules", ".cache", "aws-iam-catalog");

interface BundleRecord {
  /** Source files (relative to the repository) -> size and time when bundled. */
  inputs: Record<string, { size: number; mtimeMs: number }>;
  file: string;
}

const fresh = (record: BundleRecord, cacheDir: string) =>
  Object.entries(record.inputs).every(([file, stamp]) => {
    const now = statSync(path.join(repoRoot, file), { throwIfNoEntry: false });
    return now !== undefined && now.size === stamp.size && now.mtimeMs === stamp.mtimeMs;
  }) && statSync(path.join(cacheDir, record.file), { throwIfNoEntry: false }) !== undefined;

/**
 * The URL of the bundle of `entry` (a module in src/emit) in `cacheDir`, built when missing or
 * stale; undefined when it cannot be built.
 */
export function bundledWorker(entry: string, cacheDir = defaultBundleDir): URL | undefined {
  const name = path.basename(entry, path.extname(entry));
  const recordFile = path.join(cacheDir, `${name}.json`);
  try {
    const record = JSON.parse(readFileSync(recordFile, "utf8")) as BundleRecord;
    if (fresh(record, cacheDir)) return pathToFileURL(path.join(cacheDir, record.file));
  } catch {
    // no bundle yet, or an unreadable record: build one
  }
  try {
    return pathToFileURL(path.join(cacheDir, build(path.join(emitDir, entry), name, cacheDir)));
  } catch {
    return undefined;
  }
}

function build(entry: string, name: string, cacheDir: string): string {
  const recordFile = path.join(cacheDir, `${name}.json`);
  const esbuild = createRequire(import.meta.url)("esbuild") as typeof import("esbuild");
  const result = esbuild.buildSync({
    entryPoints: [entry],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    write: false,
    metafile: true,
    absWorkingDir: repoRoot,
    logLevel: "silent",
    outfile: path.join(cacheDir, `${name}.mjs`),
  });
  const inputs: BundleRecord["inputs"] = {};
  for (const input of Object.keys(result.metafile!.inputs).sort()) {
    const { size, mtimeMs } = statSync(path.join(repoRoot, input));
    inputs[input] = { size, mtimeMs };
  }
  // A file per build, named by its content, so that a thread starting meanwhile never reads half a file.
  const text = result.outputFiles[0]!.text;
  const file = `${name}-${result.outputFiles[0]!.hash.replace(/[^A-Za-z0-9]/g, "")}.mjs`;
  mkdirSync(cacheDir, { recursive: true });
  const tmp = `${recordFile}.${process.pid}.tmp`;
  writeFileSync(path.join(cacheDir, `${file}.${process.pid}.tmp`), text);
  renameSync(path.join(cacheDir, `${file}.${process.pid}.tmp`), path.join(cacheDir, file));
  writeFileSync(tmp, JSON.stringify({ inputs, file } satisfies BundleRecord));
  renameSync(tmp, recordFile);
  for (const old of readdirSync(cacheDir)) if (old.startsWith(`${name}-`) && old.endsWith(".mjs") && old !== file) rmSync(path.join(cacheDir, old), { force: true });
  return file;
}
