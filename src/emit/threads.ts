// Starting a worker thread that runs one of src/emit's TypeScript modules.
import { Worker } from "node:worker_threads";

/**
 * The thread registers tsx's ESM loader itself (tsWorker.mjs) and gets none of this process's
 * Node options: under `tsx`, those add a CommonJS hook that scans every required file for ESM
 * syntax, which makes loading the compiler (12 MB of CommonJS) half again as slow.
 */
export function startWorker(module: string, data: object): Worker {
  const entry = new URL(module, import.meta.url).href;
  return new Worker(new URL("./tsWorker.mjs", import.meta.url), { workerData: { ...data, entry }, execArgv: [] });
}
