import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { HtmlPageInput } from "../model/inputs.js";
import { ParseError, type ParseErrorLocation } from "./errors.js";
import type { PageOutcome } from "./tryParsePage.js";
import type { PageRecord } from "./types.js";

export type WireOutcome = { ok: true; record: PageRecord } | { ok: false; location: ParseErrorLocation; detail: string };

const workerUrl = new URL(`./parseWorker${path.extname(new URL(import.meta.url).pathname)}`, import.meta.url);

/**
 * A worker running parseWorker. The sources are TypeScript run through tsx, and on Node 20 a
 * worker does not inherit tsx's module hooks, so a tiny ESM bootstrap registers tsx in the worker
 * before importing the entry.
 */
function startWorker(): Worker {
  if (!workerUrl.pathname.endsWith(".ts")) return new Worker(workerUrl);
  const tsxDir = path.dirname(createRequire(import.meta.url).resolve("tsx/package.json"));
  const tsxApi = pathToFileURL(path.join(tsxDir, "dist/esm/api/index.mjs")).href;
  const bootstrap = `import { register } from ${JSON.stringify(tsxApi)}; register(); await import(${JSON.stringify(workerUrl.href)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(bootstrap)}`));
}

function runWorker(inputs: HtmlPageInput[]): Promise<WireOutcome[]> {
  const worker = startWorker();
  return new Promise<WireOutcome[]>((resolve, reject) => {
    let done = false;
    worker.once("message", (outcomes: WireOutcome[]) => {
      done = true;
      resolve(outcomes);
      void worker.terminate();
    });
    worker.once("error", (e) => {
      done = true;
      reject(new Error(`parse worker failed: ${e.message}`));
    });
    worker.once("exit", (code) => {
      if (!done) reject(new Error(`parse worker exited (code ${code}) before answering`));
    });
    worker.postMessage(inputs);
  });
}

/**
 * Parses the pages on `workers` threads, balanced by page size, and returns the outcomes in input
 * order whatever order the threads finish in.
 */
export async function parseInWorkers(inputs: HtmlPageInput[], workers: number): Promise<PageOutcome[]> {
  const buckets = Array.from({ length: Math.min(workers, inputs.length) }, () => ({ size: 0, indices: [] as number[] }));
  const bySize = inputs.map((input, i) => ({ i, size: input.html.length })).sort((a, b) => b.size - a.size || a.i - b.i);
  for (const { i, size } of bySize) {
    const lightest = buckets.reduce((min, b) => (b.size < min.size ? b : min), buckets[0]!);
    lightest.size += size;
    lightest.indices.push(i);
  }
  const outcomes = new Array<PageOutcome>(inputs.length);
  await Promise.all(
    buckets.map(async ({ indices }) => {
      const wire = await runWorker(indices.map((i) => inputs[i]!));
      wire.forEach((w, k) => {
        outcomes[indices[k]!] = w.ok ? w : { ok: false, error: new ParseError(w.location, w.detail) };
      });
    }),
  );
  return outcomes;
}
