// Worker thread of the generator: renders the services it is sent (emit, format, compile) and
// posts the files back. Work is spread over threads because prettier and the compiler are
// CPU-bound and single-threaded.
import { parentPort, workerData } from "node:worker_threads";
import type { Service } from "../model/types.js";
import { renderService, type RenderedModule } from "./render.js";

export interface WorkerJob {
  service: Service;
  file: string;
}
export interface WorkerInput {
  jobs: WorkerJob[];
  header: string;
}
export type WorkerMessage = { module: RenderedModule } | { error: string } | { done: true };

const { jobs, header } = workerData as WorkerInput;
for (const job of jobs) {
  try {
    parentPort!.postMessage({ module: await renderService(job.service, job.file, header) } satisfies WorkerMessage);
  } catch (e) {
    parentPort!.postMessage({ error: (e as Error).message } satisfies WorkerMessage);
  }
}
parentPort!.postMessage({ done: true } satisfies WorkerMessage);
