// Starting a worker thread that runs one of src/emit's TypeScript modules.
import { Worker } from "node:worker_threads";

export function startWorker(module: string, data: object): Worker {
  const entry = new URL(module, import.meta.url).href;
  // A larger young generation: rendering allocates many short-lived strings and nodes, and the
  // worker default makes it spend a quarter of its time in scavenges.
  return new Worker(new URL("./tsWorker.mjs", import.meta.url), {
    workerData: { ...data, entry },
    resourceLimits: { maxYoungGenerationSizeMb: 64 },
  });
}
