// npm run generate: catalog folder → the aws-iam-catalog package (sources, dist/, package files).
//
// Incremental: a module whose input (the bytes of the service's catalog file, its file name, the
// header and the emitter itself) is unchanged since the last run, per the manifest in
// <out>/.cache/, and whose files are still what that run wrote, is not rendered again. The root
// module and the package files depend on every service: when no catalog file changed, they are
// not even rebuilt, and no catalog file is parsed. A catalog file whose bytes were validated by
// the last run (against the same schemas) is not validated again.
//
// Rendering (emit, format, compile: the bulk of the work) runs on worker threads, which load
// prettier and the compiler while this thread reads the catalog, and take the modules as soon as
// they are known to need rendering. Nothing goes into the package before everything is validated
// and rendered: rendered files are written to a staging folder and moved in at the end, so bad
// input leaves the package as it was.
import { mkdirSync, readFileSync, renameSync, statSync } from "node:fs";
import { mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { compareStrings } from "../model/normalize.js";
import { schemaPath } from "../model/paths.js";
import type { CatalogIndex, Service } from "../model/types.js";
import { emitterFingerprint, sha256 } from "./fingerprint.js";
import { headerTextFor, moduleHeader, packageJson, packageVersion, readme, summaryOf, tsconfigJson, type ServiceSummary } from "./packageFiles.js";
import { planModules } from "./plan.js";
import type { FileStamp, RenderedModule, RenderJob, RenderTarget } from "./render.js";
import { assembleRoot, rootBlockOf } from "./root.js";
import { CACHE, changedSinceLastRun, DEFAULT_WORKERS, MANIFEST, RenderThread, threadsFor } from "./renderThread.js";

export interface GenerateOptions {
  snapshotsDir: string;
  outDir: string;
  /** Worker threads that render changed modules; 0 renders them in this thread. Default: one per core, at most 4. */
  workers?: number;
  /** Package version; default from the catalog date (see packageVersion). */
  version?: string;
  /** Also type-check the package's sources (strict); a type error fails the run. */
  check?: boolean;
  /** Render threads started already (see prestartRenderThreads), which this run adopts and ends. */
  threads?: RenderThread[];
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
  files: Record<string, FileStamp>;
}
interface Manifest {
  /** The emitter fingerprint of the run that wrote the manifest. */
  fingerprint?: string;
  /** Hash of the schemas that the catalog files below were validated against. */
  schemas?: string;
  /** Catalog file name → the stamp of the bytes validated and generated from. */
  catalog?: Record<string, FileStamp>;
  /** The root module and package files: what they were built from (every catalog file; see sharedKey) and the package files' stamps. */
  shared?: { key: string; files: Record<string, FileStamp> };
  modules: Record<string, ManifestEntry>;
}

/** A catalog file as read: its bytes, and their hash, which validation and the cache go by. */
interface CatalogFile {
  name: string;
  path: string;
  bytes: Buffer;
  sha256: string;
  stamp: FileStamp;
}

const INDEX_FILE = "index.json";
const MEMO_DIR = `${CACHE}/format-memo`;
const ROOT_MEMO = path.join(CACHE, "root-blocks.json");

/** Per catalog file: the root's block of its service and its README summary, from its bytes (under `key`: emitter and header). */
interface RootMemo {
  key: string;
  entries: Record<string, RootMemoEntry>;
}
interface RootMemoEntry {
  sha256: string;
  namespace: string;
  block: string;
  summary: ServiceSummary;
}

function readRootMemo(outDir: string): RootMemo | undefined {
  try {
    const value = JSON.parse(readFileSync(path.join(outDir, ROOT_MEMO), "utf8")) as RootMemo;
    return typeof value?.key === "string" && typeof value.entries === "object" ? value : undefined;
  } catch {
    return undefined;
  }
}
const PACKAGE_FILES = ["package.json", "README.md", "tsconfig.json"];
const SHARED_MODULES = ["_types", "_runtime"];
/** Catalog bytes (or source characters) of the modules in one batch, at most. */
const MAX_BATCH_WEIGHT = 2_000_000;
const packageDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "package");

export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const outDir = path.resolve(options.outDir);
  const snapshotsDir = path.resolve(options.snapshotsDir);
  const threads = options.workers ?? DEFAULT_WORKERS;
  const manifestRead = readManifest(outDir);
  const [fingerprint, manifest, schemas, changedFiles] = await Promise.all([
    emitterFingerprint(),
    manifestRead,
    schemasHash(),
    manifestRead.then((m) => changedSinceLastRun(snapshotsDir, m.catalog)),
  ]);
  const previous = manifest.fingerprint === fingerprint ? manifest : { modules: {} };
  const validated = (file: CatalogFile) => manifest.schemas === schemas && manifest.catalog?.[file.name]?.sha256 === file.sha256;
  // Render threads start before the catalog is read when its files' sizes and times tell that
  // something will be rendered (they decide nothing else: the files' hashes do).
  const foreseen = manifest.fingerprint !== fingerprint ? Infinity : changedFiles;
  const target: RenderTarget = { outDir, stagingDir: path.join(outDir, CACHE, `staging-${process.pid}`), memoDir: MEMO_DIR, fingerprint };
  const queue = new RenderQueue(target, threads, threadsFor(foreseen, threads), options.threads ?? []);

  try {
    const known = (name: string) => (manifest.fingerprint === fingerprint ? manifest.catalog?.[name] : undefined);
    const indexFile = readCatalogFile(snapshotsDir, INDEX_FILE, "cannot read catalog index", known(INDEX_FILE));
    const index = parseJson(indexFile) as CatalogIndex;
    if (!validated(indexFile)) await validate("index", index, indexFile.path);
    const serviceFiles = index.services.map((entry) => readCatalogFile(snapshotsDir, `${entry.prefix}.json`, "cannot read", known(`${entry.prefix}.json`)));
    const fileOfPrefix = new Map(index.services.map((entry, i) => [entry.prefix, serviceFiles[i]!]));

    const headerText = headerTextFor(path.basename(snapshotsDir));
    const header = moduleHeader(headerText);
    const version = options.version ?? packageVersion(index.source);
    // planModules reads only the prefixes, which index.json lists (each service's own is checked against it below).
    const modules = planModules(index.services as unknown as Service[]);
    const sharedKey = sha256([fingerprint, schemas, header, version, indexFile.sha256, ...serviceFiles.map((f) => `${f.name} ${f.sha256}`)].join("\n"));
    const sharedUnchanged =
      previous.shared?.key === sharedKey &&
      previous.modules.index !== undefined &&
      filesUnchanged(outDir, { ...previous.shared.files, ...previous.modules.index.files });

    // The modules to render, as far as known without parsing the catalog (all but the root).
    const next: Manifest = { fingerprint, schemas, catalog: Object.fromEntries([indexFile, ...serviceFiles].map((f) => [f.name, f.stamp])), modules: {} };
    const inputs = new Map<string, string>();
    const reuseOrRender = async (job: RenderJob, input: string, weight: number) => {
      inputs.set(job.file, input);
      const entry = previous.modules[job.file];
      if (entry?.input === input && filesUnchanged(outDir, entry.files)) next.modules[job.file] = entry;
      else queue.add(job, weight);
    };
    await Promise.all([
      ...modules.map((m) => {
        const file = fileOfPrefix.get(m.prefix)!;
        const input = sha256([fingerprint, header, m.file, file.sha256].join("\n"));
        return reuseOrRender({ file: m.file, catalogFile: file.path, sha256: file.sha256, header }, input, file.stamp.size);
      }),
      ...SHARED_MODULES.map(async (file) => {
        const source = header + (await readFile(path.join(packageDir, `${file}.ts`), "utf8"));
        await reuseOrRender({ file, source }, sha256([fingerprint, file, source].join("\n")), source.length);
      }),
    ]);
    if (sharedUnchanged) next.modules.index = previous.modules.index!;

    // Rendering has started, on threads that load prettier and the compiler while this one reads
    // the catalog and builds the root; nothing rendered goes into the package before all is validated.
    const services = new Map<CatalogFile, Service>();
    const packageFiles = new Map<string, string>();
    let rootMemo: RootMemo | undefined;
    if (!sharedUnchanged) {
      // The root and the package files are built from every service: from its root block and
      // summary, kept per catalog file, so that only changed files are parsed again.
      const previousMemo = readRootMemo(outDir);
      rootMemo = { key: sha256([fingerprint, header].join("\n")), entries: {} };
      const blocks: string[] = [];
      const summaries: ServiceSummary[] = [];
      let root: string;
      try {
        for (const [i, m] of modules.entries()) {
          const file = fileOfPrefix.get(m.prefix)!;
          const kept = previousMemo?.key === rootMemo.key ? previousMemo.entries[file.name] : undefined;
          let entry: RootMemoEntry;
          if (kept && kept.sha256 === file.sha256 && kept.namespace === m.namespace && validated(file)) entry = kept;
          else {
            const service = parseJson(file) as Service;
            services.set(file, service);
            if (service.prefix !== m.prefix)
              throw new Error(`${file.path}: its prefix ${JSON.stringify(service.prefix)} is not the one ${INDEX_FILE} lists for it`);
            entry = { sha256: file.sha256, namespace: m.namespace, block: rootBlockOf(m, service), summary: summaryOf(service) };
          }
          rootMemo.entries[file.name] = entry;
          blocks.push(entry.block);
          summaries.push(entry.summary);
          if (i % 32 === 31) await yieldToThreads();
        }
        root = assembleRoot(modules, blocks, header);
      } catch (e) {
        // Bad input is reported as such, not as whatever the emitter made of it.
        await validateAll(serviceFiles, services, validated);
        throw e;
      }
      const input = sha256([fingerprint, "index", root].join("\n"));
      inputs.set("index", input);
      const entry = previous.modules.index;
      if (entry?.input === input && filesUnchanged(outDir, entry.files)) next.modules.index = entry;
      else queue.add({ file: "index", source: root }, root.length);
      packageFiles.set("package.json", packageJson(modules, version, headerText));
      packageFiles.set("README.md", readme(summaries, modules, version, headerText));
      packageFiles.set("tsconfig.json", tsconfigJson(headerText));
    }
    await validateAll(serviceFiles, services, validated);
    queue.close();
    const rendered = await queue.results;
    await queue.stop();

    // Everything validated and rendered: the staged files go in.
    const written: string[] = [];
    const dirs = new Set<string>();
    for (const m of rendered) {
      for (const rel of m.staged) {
        const dir = path.dirname(path.join(outDir, rel));
        if (!dirs.has(dir)) {
          mkdirSync(dir, { recursive: true });
          dirs.add(dir);
        }
        renameSync(path.join(target.stagingDir, rel), path.join(outDir, rel));
        if (!rel.startsWith(`${CACHE}/`)) written.push(rel);
      }
      next.modules[m.file] = { input: inputs.get(m.file)!, files: m.files };
    }
    if (sharedUnchanged) next.shared = previous.shared;
    else {
      const files: Record<string, FileStamp> = {};
      for (const [rel, content] of packageFiles) {
        if (await writeIfChanged(path.join(outDir, rel), content)) written.push(rel);
        const { size, mtimeMs } = await stat(path.join(outDir, rel));
        files[rel] = { sha256: sha256(content), size, mtimeMs };
      }
      next.shared = { key: sharedKey, files };
    }
    const expectedFiles = new Set([...PACKAGE_FILES, ...Object.values(next.modules).flatMap((e) => Object.keys(e.files))]);
    const removed = await removeStale(outDir, expectedFiles);
    for (const name of await readdir(path.join(outDir, MEMO_DIR)).catch(() => [] as string[]))
      if (!(name.replace(/\.json$/, "") in next.modules)) await rm(path.join(outDir, MEMO_DIR, name), { force: true });
    await mkdir(path.join(outDir, CACHE), { recursive: true });
    if (rootMemo) await writeFile(path.join(outDir, ROOT_MEMO), JSON.stringify(rootMemo));
    await writeFile(path.join(outDir, MANIFEST), JSON.stringify(next) + "\n");

    if (options.check) {
      const { checkPackage } = await import("./check.js");
      const sources = [...modules.map((m) => m.file), ...SHARED_MODULES, "index"].map((f) => `${f}.ts`).sort(compareStrings);
      const diagnostics = await checkPackage(outDir, sources);
      if (diagnostics.length) throw new Error(`generated package does not type-check:\n${diagnostics.join("\n")}`);
    }
    const serviceStems = new Set(modules.map((m) => m.file));
    return {
      services: modules.length,
      rendered: rendered.map((m) => m.file).filter((f) => serviceStems.has(f)).sort(compareStrings),
      written: written.sort(compareStrings),
      removed,
    };
  } finally {
    await queue.stop();
    await rm(target.stagingDir, { recursive: true, force: true });
  }
}

/** Validates the parsed services whose bytes were not validated before (yielding now and then, so that render threads get their next batches). */
async function validateAll(files: CatalogFile[], services: Map<CatalogFile, Service>, validated: (file: CatalogFile) => boolean): Promise<void> {
  let count = 0;
  for (const file of files) {
    const service = services.get(file);
    if (service === undefined || validated(file)) continue;
    await validate("service", service, file.path);
    if (++count % 32 === 0) await yieldToThreads();
  }
}

const yieldToThreads = () => new Promise((resolve) => setImmediate(resolve));

/** Validates a catalog file's value; the validator (ajv, the compiled schemas) is loaded only when a file needs it. */
async function validate(kind: "index" | "service", value: unknown, file: string): Promise<void> {
  const validator: typeof import("../model/validate.js") = await import("../model/validate.js");
  if (kind === "index") validator.assertValidIndex(value, file);
  else validator.assertValidService(value, file);
}

// Catalog and package files are read and stat-ed synchronously: hundreds of small local files,
// for which the thread pool's round trips cost more than the reads.
/**
 * Reads a catalog file, or only stats it when its size and time are those of `known` (the stamp
 * the last run hashed): then its bytes are read only if they are needed (parsed).
 */
function readCatalogFile(dir: string, name: string, what: string, known?: FileStamp): CatalogFile {
  const file = path.join(dir, name);
  const fail = (e: unknown) => new Error(`${file}: ${what} (${(e as Error).message})`);
  try {
    const { size, mtimeMs } = statSync(file);
    if (known && known.size === size && known.mtimeMs === mtimeMs) {
      let bytes: Buffer | undefined;
      return {
        name,
        path: file,
        get bytes() {
          try {
            return (bytes ??= readFileSync(file));
          } catch (e) {
            throw fail(e);
          }
        },
        sha256: known.sha256,
        stamp: known,
      };
    }
    const bytes = readFileSync(file);
    const hash = sha256(bytes);
    return { name, path: file, bytes, sha256: hash, stamp: { sha256: hash, size: bytes.length, mtimeMs } };
  } catch (e) {
    throw fail(e);
  }
}
function parseJson(file: CatalogFile): unknown {
  try {
    return JSON.parse(file.bytes.toString("utf8"));
  } catch (e) {
    throw new Error(`${file.path}: invalid JSON: ${(e as Error).message}`);
  }
}

async function schemasHash(): Promise<string> {
  const texts = await Promise.all(["service.schema.json", "index.schema.json"].map((f) => readFile(schemaPath(f), "utf8")));
  return sha256(texts.join("\n"));
}

async function readManifest(outDir: string): Promise<Manifest> {
  try {
    const value = JSON.parse(await readFile(path.join(outDir, MANIFEST), "utf8")) as Manifest;
    return value && typeof value.modules === "object" ? value : { modules: {} };
  } catch {
    return { modules: {} };
  }
}


/** Whether files are what their stamps say; a file whose size and time are unchanged is not read. */
function filesUnchanged(outDir: string, stamps: Record<string, FileStamp>): boolean {
  const entries = Object.entries(stamps);
  return (
    entries.length > 0 &&
    entries.every(([file, stamp]) => {
      const now = statSync(path.join(outDir, file), { throwIfNoEntry: false });
      if (!now) return false;
      if (now.size === stamp.size && now.mtimeMs === stamp.mtimeMs) return true;
      if (sha256(readFileSync(path.join(outDir, file))) !== stamp.sha256) return false;
      stamp.mtimeMs = now.mtimeMs;
      return true;
    })
  );
}

/**
 * Modules to render, taken in batches by the render threads as they become free, largest first
 * (the root and the big services, ec2 or sagemaker, dominate). Jobs can be added until close().
 * Threads start when the queue is made (`start` of them, when rendering is foreseen) or when jobs
 * come: one, or up to `threads` for more than a few jobs. With `threads` 0, this thread renders
 * the jobs, once the queue is closed.
 */
class RenderQueue {
  /** Settles when every job has rendered (or one failed); always handled, so a failure waits for whoever awaits it. */
  readonly results: Promise<RenderedModule[]>;
  private readonly pending: { job: RenderJob; weight: number }[] = [];
  private readonly threads: RenderThread[] = [];
  private readonly runs: Promise<RenderedModule[]>[] = [];
  private batchWeight = 0;
  private closed = false;
  private stopped = false;
  private onClose: () => void = () => {};
  private wake: (() => void)[] = [];

  constructor(
    private readonly target: RenderTarget,
    private readonly maxThreads: number,
    start: number,
    adopted: RenderThread[],
  ) {
    for (const thread of adopted) this.addThread(thread);
    while (this.threads.length < Math.min(start, maxThreads)) this.startThread();
    if (maxThreads <= 0) {
      const render = async (batch: RenderJob[]) => (await import("./render.js")).renderModules(batch, target);
      this.track(new Promise<void>((resolve) => (this.onClose = resolve)).then(() => this.run(render)));
    }
    this.results = new Promise<void>((resolve) => {
      const previous = this.onClose;
      this.onClose = () => (previous(), resolve());
    })
      .then(() => Promise.all(this.runs))
      .then((lists) => lists.flat());
    this.results.catch(() => {});
  }

  add(job: RenderJob, weight: number): void {
    const entry = { job, weight: weight + 20_000 };
    const at = this.pending.findIndex((p) => p.weight < entry.weight || (p.weight === entry.weight && compareStrings(p.job.file, job.file) > 0));
    this.pending.splice(at < 0 ? this.pending.length : at, 0, entry);
    const wanted = this.pending.length > 8 ? this.maxThreads : 1;
    while (this.maxThreads > 0 && this.threads.length < wanted) this.startThread();
    this.notify();
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.onClose();
    this.notify();
  }

  /** Stops rendering: no further batch starts, and the threads end. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.close();
    await Promise.all(this.threads.splice(0).map((thread) => thread.terminate()));
  }

  private startThread(): void {
    this.addThread(new RenderThread());
  }

  private addThread(thread: RenderThread): void {
    this.threads.push(thread);
    this.track(this.run((batch) => thread.render(batch, this.target)));
  }

  /** A thread's run: a failure is taken up by `results`, after close(). */
  private track(run: Promise<RenderedModule[]>): void {
    run.catch(() => {});
    this.runs.push(run);
  }

  private notify(): void {
    for (const wake of this.wake.splice(0)) wake();
  }

  private async run(render: (batch: RenderJob[]) => Promise<RenderedModule[]>): Promise<RenderedModule[]> {
    const results: RenderedModule[] = [];
    for (;;) {
      if (this.stopped) return results;
      if (this.pending.length === 0) {
        if (this.closed) return results;
        await new Promise<void>((resolve) => this.wake.push(resolve));
        continue;
      }
      // A few batches per thread, to even out their loads; small enough to keep each compiler
      // program (and heap) small. Sized on the first batch taken: all but the root are queued by then.
      this.batchWeight ||= Math.min(MAX_BATCH_WEIGHT, this.pending.reduce((sum, p) => sum + p.weight, 0) / (Math.max(1, this.threads.length) * 6));
      const batch = [this.pending.shift()!];
      for (let w = batch[0]!.weight; this.pending.length && w < this.batchWeight; w += batch.at(-1)!.weight) batch.push(this.pending.shift()!);
      results.push(...(await render(batch.map((b) => b.job))));
    }
  }
}

/** Writes `content` unless the file already holds it; whether it wrote. */
async function writeIfChanged(file: string, content: string): Promise<boolean> {
  if ((await readFile(file, "utf8").catch(() => undefined)) === content) return false;
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, content);
  return true;
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
