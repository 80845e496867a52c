// TypeScript entry points as JavaScript bundles (an entry file and its chunks), built by esbuild
// and kept until one of their sources changes. Started through tsx, `npm run generate` spent about half a second before its
// first line ran (tsx's own start, then a loader request per TypeScript file), and each of its
// render threads as long again: most of a one-service run. From a bundle, both start at once.
//
// Plain JavaScript, so that scripts/run.mjs can load it without tsx. Bundles live in
// node_modules/.cache/aws-iam-catalog/, so that they resolve the packages they leave out as the
// sources do, and each source's `import.meta.url` is replaced by the source's own URL, so that
// paths found relative to a module are the same in the bundle.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const defaultBundleDir = path.join(repoRoot, "node_modules", ".cache", "aws-iam-catalog");

/** Whether the sources a bundle was built from still have their sizes and times, and the bundle is there. */
function fresh(record, dir) {
  return (
    Object.entries(record.inputs).every(([file, stamp]) => {
      const now = statSync(path.join(repoRoot, file), { throwIfNoEntry: false });
      return now !== undefined && now.size === stamp.size && now.mtimeMs === stamp.mtimeMs;
    }) && statSync(path.join(dir, record.file), { throwIfNoEntry: false }) !== undefined
  );
}

/**
 * The URL of the bundle of `entry` (a TypeScript module, absolute or relative to the repository)
 * in `dir`, built when missing or stale; undefined when it cannot be built (no esbuild, a build
 * error) or AWS_IAM_CATALOG_NO_BUNDLE is set, and the caller then runs the sources through tsx.
 */
export async function bundle(entry, dir = defaultBundleDir) {
  // To run the sources themselves, e.g. to compare or to debug.
  if (process.env.AWS_IAM_CATALOG_NO_BUNDLE) return undefined;
  const source = path.resolve(repoRoot, entry);
  const name = path.relative(repoRoot, source).replace(/\.[cm]?ts$/, "").replace(/[^A-Za-z0-9]+/g, "-");
  const recordFile = path.join(dir, `${name}.json`);
  try {
    const record = JSON.parse(readFileSync(recordFile, "utf8"));
    if (fresh(record, dir)) return pathToFileURL(path.join(dir, record.file));
  } catch {
    // no bundle yet, or an unreadable record: build one
  }
  try {
    return pathToFileURL(path.join(dir, await build(source, name, dir, recordFile)));
  } catch {
    return undefined;
  }
}

/** Each source as written, but for `import.meta.url`, which becomes the source's URL. */
const ownUrls = {
  name: "own-import-meta-url",
  setup(build) {
    build.onLoad({ filter: /\.[cm]?[jt]s$/ }, (args) => ({
      contents: readFileSync(args.path, "utf8").replace(/\bimport\.meta\.url\b/g, JSON.stringify(pathToFileURL(args.path).href)),
      loader: /\.[cm]?ts$/.test(args.path) ? "ts" : "js",
    }));
  },
};

// esbuild takes plugins only in its asynchronous API. Modules that the sources import dynamically
// stay separate files (splitting), so that the packages they import load only when they do.
async function build(source, name, dir, recordFile) {
  const esbuild = createRequire(import.meta.url)("esbuild");
  const staging = path.join(dir, `${name}.${process.pid}.tmp`);
  const result = await esbuild.build({
    entryPoints: { index: source },
    bundle: true,
    splitting: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    write: false,
    metafile: true,
    absWorkingDir: repoRoot,
    logLevel: "silent",
    outdir: staging,
    outExtension: { ".js": ".mjs" },
    plugins: [ownUrls],
  });
  const inputs = {};
  for (const input of Object.keys(result.metafile.inputs).sort()) {
    const { size, mtimeMs } = statSync(path.join(repoRoot, input));
    inputs[input] = { size, mtimeMs };
  }
  // A folder per build, named by its content, so that a process or thread starting meanwhile never reads half a build.
  const hash = createHash("sha256");
  for (const output of result.outputFiles) hash.update(`${path.relative(staging, output.path)}\0${output.hash}\0`);
  const folder = `${name}-${hash.digest("hex").slice(0, 16)}`;
  rmSync(staging, { recursive: true, force: true });
  for (const output of result.outputFiles) {
    mkdirSync(path.dirname(output.path), { recursive: true });
    writeFileSync(output.path, output.text);
  }
  // A folder of that name holds the same build (made meanwhile by another run, which may be using it).
  if (statSync(path.join(dir, folder, "index.mjs"), { throwIfNoEntry: false })) rmSync(staging, { recursive: true, force: true });
  else {
    rmSync(path.join(dir, folder), { recursive: true, force: true });
    renameSync(staging, path.join(dir, folder));
  }
  const file = path.join(folder, "index.mjs");
  writeFileSync(`${recordFile}.${process.pid}.tmp`, JSON.stringify({ inputs, file }));
  renameSync(`${recordFile}.${process.pid}.tmp`, recordFile);
  for (const old of readdirSync(dir)) if (old.startsWith(`${name}-`) && old !== folder) rmSync(path.join(dir, old), { recursive: true, force: true });
  return file;
}
