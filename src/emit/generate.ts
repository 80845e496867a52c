// npm run generate: catalog folder → the aws-iam-catalog package (sources, dist, package files).
//
// Incremental: a service whose catalog entry, file name and emitter are unchanged since the last
// run (per the manifest in <out>/.cache/), and whose files on disk are still what that run
// wrote, is not rendered again. Everything is rendered in memory before anything is written, so
// bad input leaves the package as it was.
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { readCatalog } from "../model/catalog.js";
import { compareStrings } from "../model/normalize.js";
import type { Service } from "../model/types.js";
import { checkPackage } from "./check.js";
import { emitterFingerprint, sha256 } from "./fingerprint.js";
import { headerTextFor, moduleHeader, packageJson, packageVersion, readme, tsconfigJson } from "./packageFiles.js";
import { planModules } from "./plan.js";
import { renderService, renderSource, type RenderedModule } from "./render.js";
import { emitRoot } from "./root.js";
import { startWorker } from "./threads.js";
import type { WorkerInput, WorkerJob, WorkerMessage } from "./worker.js";

export interface GenerateOptions {
  snapshotsDir: string;
  outDir: string;
  /** Threads that render changed services; 0 renders them in this thread. Default: up to 4 cores. */
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

interface ManifestEntry {
  input: string;
  files: Record<string, string>;
}
interface Manifest {
  modules: Record<string, ManifestEntry>;
}

const MANIFEST = path.join(".cache", "generate-manifest.json");
const packageDir = path.dirname(fileURLToPath(import.meta.url));

/** Output files of a module, relative to the package root. */
const moduleFiles = (file: string) => [`src/${file}.ts`, `dist/${file}.js`, `dist/${file}.d.ts`];
const moduleContents = (m: RenderedModule) => [m.src, m.js, m.dts];

export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const outDir = path.resolve(options.outDir);
  const catalog = await readCatalog(options.snapshotsDir);
  const headerText = headerTextFor(path.basename(path.resolve(options.snapshotsDir)));
  const header = moduleHeader(headerText);
  const modules = planModules(catalog.services);
  const byPrefix = new Map(catalog.services.map((s) => [s.prefix, s]));
  const fingerprint = await emitterFingerprint();
  const manifest = await readManifest(outDir);
  const nextManifest: Manifest = { modules: {} };

  const outputs = new Map<string, string>();
  const jobs: WorkerJob[] = [];
  const inputs = new Map<string, string>();
  for (const m of modules) {
    const service = byPrefix.get(m.prefix)!;
    const input = sha256(`${fingerprint}\n${header}\n${m.file}\n${JSON.stringify(service)}`);
    const previous = manifest.modules[m.file];
    if (previous?.input === input && (await filesUnchanged(outDir, previous.files))) {
      nextManifest.modules[m.file] = previous;
      continue;
    }
    inputs.set(m.file, input);
    jobs.push({ service, file: m.file });
  }

  const rendered = await renderServices(jobs, header, options.workers ?? Math.min(4, availableParallelism()));
  const shared = await Promise.all([
    renderSource("_types", header + (await readFile(path.join(packageDir, "package/_types.ts"), "utf8"))),
    renderSource("_runtime", header + (await readFile(path.join(packageDir, "package/_runtime.ts"), "utf8"))),
    renderSource("index", emitRoot(modules, header)),
  ]);
  for (const m of [...rendered, ...shared]) {
    const files = moduleFiles(m.file);
    moduleContents(m).forEach((content, i) => outputs.set(files[i]!, content));
  }
  for (const m of rendered) {
    nextManifest.modules[m.file] = {
      input: inputs.get(m.file)!,
      files: Object.fromEntries(moduleFiles(m.file).map((f, i) => [f, sha256(moduleContents(m)[i]!)])),
    };
  }

  const version = options.version ?? packageVersion(catalog.source);
  outputs.set("package.json", packageJson(modules, version, headerText));
  outputs.set("README.md", readme(catalog.services, modules, version, headerText));
  outputs.set("tsconfig.json", tsconfigJson(headerText));

  const written = await writeChanged(outDir, outputs);
  const expected = new Set([...outputs.keys(), ...modules.flatMap((m) => moduleFiles(m.file))]);
  const removed = await removeStale(outDir, expected);
  await mkdir(path.join(outDir, ".cache"), { recursive: true });
  await writeFile(path.join(outDir, MANIFEST), JSON.stringify(nextManifest) + "\n");

  if (options.check) {
    const diagnostics = await checkPackage(outDir, [...modules.map((m) => `${m.file}.ts`), "_types.ts", "_runtime.ts", "index.ts"]);
    if (diagnostics.length) throw new Error(`generated package does not type-check:\n${diagnostics.join("\n")}`);
  }
  return { services: modules.length, rendered: rendered.map((m) => m.file).sort(compareStrings), written, removed };
}

async function readManifest(outDir: string): Promise<Manifest> {
  try {
    const value = JSON.parse(await readFile(path.join(outDir, MANIFEST), "utf8")) as Manifest;
    return value && typeof value.modules === "object" ? value : { modules: {} };
  } catch {
    return { modules: {} };
  }
}

async function filesUnchanged(outDir: string, hashes: Record<string, string>): Promise<boolean> {
  for (const [file, hash] of Object.entries(hashes)) {
    try {
      if (sha256(await readFile(path.join(outDir, file), "utf8")) !== hash) return false;
    } catch {
      return false;
    }
  }
  return Object.keys(hashes).length > 0;
}

/** Renders services over `threads` worker threads (in this thread when that is not worth it). */
async function renderServices(jobs: WorkerJob[], header: string, threads: number): Promise<RenderedModule[]> {
  if (threads <= 0 || jobs.length <= 4) {
    const out: RenderedModule[] = [];
    for (const job of jobs) out.push(await renderService(job.service, job.file, header));
    return out;
  }
  // Largest first onto the least loaded thread: the big services (ec2, sagemaker) dominate.
  const weight = (s: Service) => s.actions.length + s.conditionKeys.length + s.resourceTypes.length + 20;
  const shares = Array.from({ length: Math.min(threads, jobs.length) }, () => ({ jobs: [] as WorkerJob[], load: 0 }));
  for (const job of [...jobs].sort((a, b) => weight(b.service) - weight(a.service) || compareStrings(a.file, b.file))) {
    const share = shares.reduce((min, s) => (s.load < min.load ? s : min));
    share.jobs.push(job);
    share.load += weight(job.service);
  }
  const results = await Promise.all(shares.map((share) => runWorker({ jobs: share.jobs, header })));
  const errors = results.flatMap((r) => r.errors);
  if (errors.length) throw new Error(errors.join("\n"));
  return results.flatMap((r) => r.modules).sort((a, b) => compareStrings(a.file, b.file));
}

function runWorker(input: WorkerInput): Promise<{ modules: RenderedModule[]; errors: string[] }> {
  return new Promise((resolve, reject) => {
    const modules: RenderedModule[] = [];
    const errors: string[] = [];
    const worker = startWorker("./worker.ts", input);
    worker.on("message", (m: WorkerMessage) => {
      if ("module" in m) modules.push(m.module);
      else if ("error" in m) errors.push(m.error);
      else resolve({ modules, errors });
    });
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (code !== 0) reject(new Error(`generate worker exited with code ${code}`));
    });
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
    for (const name of names.sort(compareStrings)) {
      const file = `${dir}/${name}`;
      if (expected.has(file) || !/\.(ts|js)$/.test(name)) continue;
      await rm(path.join(outDir, file), { force: true });
      removed.push(file);
    }
  }
  return removed.sort(compareStrings);
}

