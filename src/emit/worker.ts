// Worker thread of the generator: loads the renderer (prettier, the compiler) as soon as it
// starts, then renders the batches of modules it is sent, one at a time, and posts back what it
// staged. Work is spread over threads because formatting and compiling are CPU-bound and
// single-threaded; each thread reads its services from the catalog and writes its own files, so
// that only small messages cross between threads. The target comes with each batch: a thread
// can start before its run knows it (see renderThread.ts).
import { parentPort } from "node:worker_threads";
import { saveCodeCache } from "./codeCache.js";
import { renderModules, type RenderedModule, type RenderJob, type RenderTarget } from "./render.js";

export type WorkerRequest = { jobs: RenderJob[]; target: RenderTarget };
export type WorkerReply = { modules: RenderedModule[] } | { error: string };

parentPort!.on("message", async ({ jobs, target }: WorkerRequest) => {
  try {
    const modules = await renderModules(jobs, target);
    // Before replying (the thread may be ended right after); a no-op once the cache exists.
    saveCodeCache();
    parentPort!.postMessage({ modules } satisfies WorkerReply);
  } catch (e) {
    parentPort!.postMessage({ error: (e as Error).message } satisfies WorkerReply);
  }
});
