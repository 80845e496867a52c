// Starting a worker thread that runs one of src/emit's TypeScript modules.
import { Worker } from "node:worker_threads";

export function startWorker(module: string, data: object): Worker {
  const entry = new URL(module, import.meta.url).href;
  return new Worker(new URL("./tsWorker.mjs", import.meta.url), { workerData: { ...data, entry } });
}
