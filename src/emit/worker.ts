// Worker thread of the generator: loads the renderer (prettier, the compiler) as soon as it
// starts, then renders the modules it is sent (emit, format, compile) and posts the files back.
// Work is spread over threads because prettier and the compiler are CPU-bound and single-threaded.
import { parentPort } from "node:worker_threads";
import { renderModules, type RenderedModule, type RenderInput } from "./render.js";

export interface WorkerInput {
  inputs: RenderInput[];
}
export type WorkerMessage = { modules: RenderedModule[] } | { error: string };

parentPort!.once("message", async ({ inputs }: WorkerInput) => {
  try {
    parentPort!.postMessage({ modules: await renderModules(inputs) } satisfies WorkerMessage);
  } catch (e) {
    parentPort!.postMessage({ error: (e as Error).message } satisfies WorkerMessage);
  }
});
