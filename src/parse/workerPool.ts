import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { HtmlPageInput } from "../model/inputs.js";
import { ParseError, type ParseErrorLocation } from "./errors.js";
import { tryParsePage, type PageOutcome } from "./tryParsePage.js";
import type { PageRecord } from "./types.js";

type WireOutcome = { ok: true; record: PageRecord } | { ok: false; location: ParseErrorLocation; detail: string };
export type WorkerMessage = { kind: "ready" } | { kind: "outcome"; outcome: WireOutcome };

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

/** Pages handed to a worker ahead, so it never waits while the calling thread is busy parsing. */
const IN_FLIGHT = 2;

interface Helper {
  done: Promise<void>;
  /** Ends the worker now if it holds no page (e.g. it is still starting and nothing is left). */
  stopIfIdle: () => void;
}

/**
 * Feeds pages from `take` to one worker as soon as it has started, until there are none left.
 * Outcomes are stored by page index.
 */
function drainWithWorker(inputs: HtmlPageInput[], take: () => number | undefined, outcomes: PageOutcome[]): Helper {
  const worker = startWorker();
  let stopIfIdle = () => {};
  const done = new Promise<void>((resolve, reject) => {
    const pending: number[] = [];
    let finished = false;
    const finish = (error?: Error) => {
      if (finished) return;
      finished = true;
      void worker.terminate();
      if (error) reject(error);
      else resolve();
    };
    const feed = () => {
      while (pending.length < IN_FLIGHT) {
        const i = take();
        if (i === undefined) break;
        pending.push(i);
        worker.postMessage(inputs[i]);
      }
      if (pending.length === 0) finish();
    };
    worker.on("message", (m: WorkerMessage) => {
      if (m.kind === "outcome") {
        const i = pending.shift()!;
        const w = m.outcome;
        outcomes[i] = w.ok ? w : { ok: false, error: new ParseError(w.location, w.detail) };
      }
      feed();
    });
    worker.once("error", (e) => finish(new Error(`parse worker failed: ${e.message}`)));
    worker.once("exit", (code) => finish(new Error(`parse worker exited (code ${code}) with pages unparsed`)));
    stopIfIdle = () => {
      if (pending.length === 0) finish();
    };
  });
  return { done, stopIfIdle: () => stopIfIdle() };
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Parses the pages on the calling thread and `workers` worker threads at once. Pages go, largest
 * first, to whichever thread is free, so a worker still starting up (loading the sources takes a
 * moment) costs nothing; the outcomes come back in input order whatever thread parsed them.
 */
export async function parseOnThreads(
  inputs: HtmlPageInput[],
  workers: number,
  /** false: only the workers parse (tests use it to be sure the worker path runs). */
  { callingThreadParses = true }: { callingThreadParses?: boolean } = {},
): Promise<PageOutcome[]> {
  if (workers < 1 && !callingThreadParses) throw new Error("parseOnThreads: no thread to parse on");
  const order = inputs.map((input, i) => ({ i, size: input.html.length })).sort((a, b) => b.size - a.size || a.i - b.i);
  let next = 0;
  const take = () => (next < order.length ? order[next++]!.i : undefined);
  const outcomes = new Array<PageOutcome>(inputs.length);
  const helpers = Array.from({ length: workers }, () => drainWithWorker(inputs, take, outcomes));
  // A failed worker must not leave its promise unobserved while this thread is still parsing.
  const helpersDone = Promise.all(helpers.map((h) => h.done));
  helpersDone.catch(() => undefined);
  for (let i = callingThreadParses ? take() : undefined; i !== undefined; i = take()) {
    outcomes[i] = tryParsePage(inputs[i]!);
    await nextTurn(); // lets the workers' messages in, to hand them their next page
  }
  if (callingThreadParses) for (const h of helpers) h.stopIfIdle();
  await helpersDone;
  return outcomes;
}
