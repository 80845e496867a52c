// npm run generate: catalog folder → the aws-iam-catalog package (sources, dist/, package files).
//
// Incremental: a module whose input (the service's catalog entry, its file name, the header and
// the emitter itself) is unchanged since the last run, per the manifest in <out>/.cache/, and
// whose files are still what that run wrote, is not rendered again; when nothing needs
// rendering, neither prettier nor the compiler is even loaded. Everything is rendered in memory
// before anything is written, so bad input leaves the package as it was.
import { mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { readCatalog } from "../model/catalog.js";
import { compareStrings } from "../model/normalize.js";
import type { Service } from "../model/types.js";
import { emitterFingerprint, sha256 } from "./fingerprint.js";
import { headerTextFor, moduleHeader, packageJson, packageVersion, readme, tsconfigJson } from "./packageFiles.js";
import { planModules } from "./plan.js";
import type { RenderedModule, RenderInput } from "./render.js";
import { emitRoot } from "./root.js";
import { startWorker } from "./threads.js";
import type { Worker } from "node:worker_threads";
import type { WorkerInput, WorkerMessage } from "./worker.js";

export interface GenerateOptions {
  snapshotsDir: string;
  outDir: string;
  /** Worker threads that render changed services; 0 renders them in this thread. Default: one per core, at most 4. */
  workers?: number;
  /** Package version; default from the catalog date (see packageVersion). */
  version?: string;
  /** Also type-check the package's sources (strict); a type error fails the run. */
  check?: boolean;
}

export interface GenerateResult {
  services: number;
  /** Service modules rendered in this run (the others were reused). */
  rendered: string[];
  /** Files written or deleted, relative to outDir. */
  written: string[];
  removed: string[];
}

interface FileStamp {
  sha256: string;
  size: number;
  mtimeMs: number;
}
interface ManifestEntry {
  input: string;
  files: Record<string, FileStamp>;
}
interface Manifest {
  /** The emitter fingerprint of the run that wrote the manifest. */
  fingerprint?: string;
  modules: Record<string, ManifestEntry>;
}

/** A module to render: a service (by the worker threads) or a shared module (here), with what it is rendered from. */
type Job = { file: string; input: string } & ({ service: Service } | { source: string });

const MANIFEST = path.join(".cache", "generate-manifest.json");
const packageDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "package");

/** Output files of a module, relative to the package root. */
const moduleFiles = (file: string) => [`src/${file}.ts`, `dist/${file}.js`, `dist/${file}.d.ts`];
const moduleContents = (m: RenderedModule) => [m.src, m.js, m.dts];

export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const outDir = path.resolve(options.outDir);
  const fingerprint = await emitterFingerprint();
  const manifest = await readManifest(outDir);
  const threads = options.workers ?? Math.min(4, availableParallelism());
  // A first run, or one after the emitter changed, renders everything: start the worker threads
  // now, so that they load prettier and the compiler while this thread reads the catalog.
  const pool = manifest.fingerprint !== fingerprint && threads > 0 ? startPool(threads) : [];
  try {
    return await generateWith(options, outDir, fingerprint, manifest, threads, pool);
  } finally {
    for (const worker of pool) void worker.terminate();
  }
}

async function generateWith(
  options: GenerateOptions,
  outDir: string,
  fingerprint: string,
  manifest: Manifest,
  threads: number,
  pool: Worker[],
): Promise<GenerateResult> {
  const catalog = await readCatalog(options.snapshotsDir);
  const headerText = headerTextFor(path.basename(path.resolve(options.snapshotsDir)));
  const header = moduleHeader(headerText);
  const modules = planModules(catalog.services);
  const byPrefix = new Map(catalog.services.map((s) => [s.prefix, s]));
  const inputHash = (file: string, content: string) => sha256(`${fingerprint}\n${header}\n${file}\n${content}`);

  const candidates: Job[] = [
    ...modules.map((m) => {
      const service = byPrefix.get(m.prefix)!;
      return { file: m.file, service, input: inputHash(m.file, JSON.stringify(service)) };
    }),
    ...(await Promise.all(
      ["_types", "_runtime"].map(async (file) => {
        const source = header + (await readFile(path.join(packageDir, `${file}.ts`), "utf8"));
        return { file, source, input: inputHash(file, source) };
      }),
    )),
  ];
  const root = emitRoot(modules, header);
  candidates.push({ file: "index", source: root, input: inputHash("index", root) });

  const next: Manifest = { fingerprint, modules: {} };
  const jobs: Job[] = [];
  for (const job of candidates) {
    const previous = manifest.modules[job.file];
    if (previous?.input === job.input && (await filesUnchanged(outDir, previous))) next.modules[job.file] = previous;
    else jobs.push(job);
  }

  const rendered = await renderJobs(jobs, header, threads, pool);
  const outputs = new Map<string, string>();
  for (const m of rendered) moduleContents(m).forEach((content, i) => outputs.set(moduleFiles(m.file)[i]!, content));
  const version = options.version ?? packageVersion(catalog.source);
  outputs.set("package.json", packageJson(modules, version, headerText));
  outputs.set("README.md", readme(catalog.services, modules, version, headerText));
  outputs.set("tsconfig.json", tsconfigJson(headerText));

  const written = await writeChanged(outDir, outputs);
  const expected = new Set([...outputs.keys(), ...candidates.flatMap((j) => moduleFiles(j.file))]);
  const removed = await removeStale(outDir, expected);
  for (const m of rendered) {
    const input = jobs.find((j) => j.file === m.file)!.input;
    const files = moduleFiles(m.file);
    next.modules[m.file] = { input, files: Object.fromEntries(await Promise.all(files.map(async (f, i) => [f, await stampOf(outDir, f, moduleContents(m)[i]!)] as const))) };
  }
  await mkdir(path.join(outDir, ".cache"), { recursive: true });
  await writeFile(path.join(outDir, MANIFEST), JSON.stringify(next) + "\n");

  if (options.check) {
    const { checkPackage } = await import("./check.js");
    const diagnostics = await checkPackage(outDir, candidates.map((j) => `${j.file}.ts`).sort(compareStrings));
    if (diagnostics.length) throw new Error(`generated package does not type-check:\n${diagnostics.join("\n")}`);
  }
  const serviceFiles = new Set(modules.map((m) => m.file));
  return {
    services: modules.length,
    rendered: rendered.map((m) => m.file).filter((f) => serviceFiles.has(f)).sort(compareStrings),
    written,
    removed,
  };
}

async function readManifest(outDir: string): Promise<Manifest> {
  try {
    const value = JSON.parse(await readFile(path.join(outDir, MANIFEST), "utf8")) as Manifest;
    return value && typeof value.modules === "object" ? value : { modules: {} };
  } catch {
    return { modules: {} };
  }
}

async function stampOf(outDir: string, file: string, content: string): Promise<FileStamp> {
  const { size, mtimeMs } = await stat(path.join(outDir, file));
  return { sha256: sha256(content), size, mtimeMs };
}

/** Whether a module's files are what the manifest says; a file whose size and time are unchanged is not read. */
async function filesUnchanged(outDir: string, entry: ManifestEntry): Promise<boolean> {
  for (const [file, stamp] of Object.entries(entry.files)) {
    try {
      const { size, mtimeMs } = await stat(path.join(outDir, file));
      if (size === stamp.size && mtimeMs === stamp.mtimeMs) continue;
      if (sha256(await readFile(path.join(outDir, file), "utf8")) !== stamp.sha256) return false;
      stamp.mtimeMs = mtimeMs;
    } catch {
      return false;
    }
  }
  return Object.keys(entry.files).length > 0;
}

/** Worker threads that load the renderer right away and wait for their share of the modules. */
function startPool(threads: number): Worker[] {
  return Array.from({ length: threads }, () => startWorker("./worker.ts", {}));
}

/**
 * Renders the jobs over `threads` worker threads (taken from `pool` first), or in this thread
 * when there are few, or when `threads` is 0. Prettier and the compiler are loaded only when
 * something is rendered.
 */
async function renderJobs(jobs: Job[], header: string, threads: number, pool: Worker[]): Promise<RenderedModule[]> {
  if (jobs.length === 0) return [];
  const inputs: RenderInput[] = jobs.map((j) => ("service" in j ? { file: j.file, service: j.service, header } : { file: j.file, source: j.source }));
  if (threads <= 0 || jobs.length <= 8) {
    const { renderModules } = await import("./render.js");
    return renderModules(inputs);
  }
  // Largest first onto the least loaded thread: the big services (ec2, sagemaker) dominate.
  const weight = (i: RenderInput) => ("service" in i ? i.service.actions.length + i.service.conditionKeys.length + i.service.resourceTypes.length : 0) + 20;
  const shares = Array.from({ length: Math.min(threads, inputs.length) }, () => ({ inputs: [] as RenderInput[], load: 0 }));
  for (const input of [...inputs].sort((a, b) => weight(b) - weight(a) || compareStrings(a.file, b.file))) {
    const share = shares.reduce((min, s) => (s.load < min.load ? s : min));
    share.inputs.push(input);
    share.load += weight(input);
  }
  const results = await Promise.all(shares.map((share, i) => render(pool[i] ?? startWorker("./worker.ts", {}), { inputs: share.inputs })));
  return results.flat().sort((a, b) => compareStrings(a.file, b.file));
}

function render(worker: Worker, input: WorkerInput): Promise<RenderedModule[]> {
  return new Promise((resolve, reject) => {
    worker.once("message", (m: WorkerMessage) => ("modules" in m ? resolve(m.modules) : reject(new Error(m.error))));
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`generate worker exited with code ${code} before it finished`)));
    worker.postMessage(input);
  });
}

/** Writes the files whose content differs from what is on disk; returns their paths. */
async function writeChanged(outDir: string, outputs: Map<string, string>): Promise<string[]> {
  const written: string[] = [];
  for (const [file, content] of [...outputs].sort(([a], [b]) => compareStrings(a, b))) {
    const target = path.join(outDir, file);
    const current = await readFile(target, "utf8").catch(() => undefined);
    if (current === content) continue;
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
    written.push(file);
  }
  return written;
}

/** Deletes module files in src/ and dist/ that no longer belong to the package. */
async function removeStale(outDir: string, expected: Set<string>): Promise<string[]> {
  const removed: string[] = [];
  for (const dir of ["src", "dist"]) {
    const names = await readdir(path.join(outDir, dir)).catch(() => [] as string[]);
    for (const name of names) {
      const file = `${dir}/${name}`;
      if (expected.has(file) || !/\.(ts|js)$/.test(name)) continue;
      await rm(path.join(outDir, file), { force: true });
      removed.push(file);
    }
  }
  return removed.sort(compareStrings);
}
