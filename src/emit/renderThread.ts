// The generator's render threads, and starting them early. A thread spends most of a small run
// loading the compiler (about 0.6 s on 2 cores from its bundle), so `npm run generate` starts the
// threads it will likely need before it loads the rest of the generator (prestartRenderThreads),
// from a glance at the catalog files' sizes and times; generate() then adopts them. This module
// imports little, so that the threads start early.
import { readFileSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { FileStamp, RenderedModule, RenderJob, RenderTarget } from "./render.js";
import { startWorker } from "./threads.js";
import { bundle } from "../launch/bundle.mjs";
import type { WorkerReply, WorkerRequest } from "./worker.js";

export const CACHE = ".cache";
export const MANIFEST = path.join(CACHE, "generate-manifest.json");
/** Render threads by default: one per core, at most 4. */
export const DEFAULT_WORKERS = Math.min(4, availableParallelism());

/** The render thread's code as one file (see src/launch/bundle.mjs): from it, a thread starts in half the time it takes through tsx. */
let bundled: Promise<URL | undefined> | undefined;
const workerBundle = () => (bundled ??= bundle(fileURLToPath(new URL("./workerMain.ts", import.meta.url))));

/** A worker thread that loads the renderer as soon as it starts and renders the batches it is sent. */
export class RenderThread {
  private readonly worker: Promise<Worker>;
  private failure: Error | undefined;

  constructor() {
    this.worker = workerBundle().then((url) => {
      const worker = url ? new Worker(url, { execArgv: [] }) : startWorker("./worker.ts", {});
      // Remembered, so that a thread that failed before it was sent anything fails its first batch.
      worker.on("error", (e) => (this.failure ??= e));
      worker.on("exit", (code) => (this.failure ??= new Error(`generate worker exited with code ${code} before it finished`)));
      return worker;
    });
  }

  async render(jobs: RenderJob[], target: RenderTarget): Promise<RenderedModule[]> {
    const worker = await this.worker;
    if (this.failure) throw this.failure;
    return new Promise((resolve, reject) => {
      const fail = () => reject(this.failure);
      worker.once("message", (m: WorkerReply) => {
        worker.off("error", fail).off("exit", fail);
        if ("modules" in m) resolve(m.modules);
        else reject(new Error(m.error));
      });
      worker.once("error", fail).once("exit", fail);
      worker.postMessage({ jobs, target } satisfies WorkerRequest);
    });
  }

  async terminate(): Promise<number> {
    return (await this.worker).terminate();
  }
}

/**
 * How many of the catalog files the last run generated from (per `outDir`'s manifest) now differ
 * from it in size or time, or Infinity without a manifest: a hint of what will be rendered (the
 * files' hashes decide).
 */
export function changedSinceLastRun(snapshotsDir: string, stamps: Record<string, FileStamp> | undefined): number {
  if (!stamps) return Infinity;
  return Object.entries(stamps).filter(([name, stamp]) => {
    const now = statSync(path.join(snapshotsDir, name), { throwIfNoEntry: false });
    return !now || now.size !== stamp.size || now.mtimeMs !== stamp.mtimeMs;
  }).length;
}

/** The threads to start for `changed` catalog files: none, one, or `max` for more than a few. */
export const threadsFor = (changed: number, max: number) => Math.min(max, changed > 8 ? max : changed > 0 ? 1 : 0);

/**
 * Starts the render threads a run over `snapshotsDir` into `outDir` will likely need, by the
 * catalog files that changed since the last run (all of them without one). Pass them to
 * generate(), which adopts them (and starts more if the emitter changed).
 */
export function prestartRenderThreads(snapshotsDir: string, outDir: string, max: number): RenderThread[] {
  let stamps: Record<string, FileStamp> | undefined;
  try {
    stamps = (JSON.parse(readFileSync(path.join(outDir, MANIFEST), "utf8")) as { catalog?: Record<string, FileStamp> }).catalog;
  } catch {
    stamps = undefined;
  }
  return Array.from({ length: threadsFor(changedSinceLastRun(snapshotsDir, stamps), max) }, () => new RenderThread());
}
