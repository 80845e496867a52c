// Worker-thread entry of workerPool.ts: says when it is ready, then parses each page it is sent
// and posts back its outcome, errors flattened to plain data (class instances do not survive
// postMessage).
import { parentPort } from "node:worker_threads";
import type { HtmlPageInput } from "../model/inputs.js";
import { tryParsePage } from "./tryParsePage.js";
import type { WorkerMessage } from "./workerPool.js";

if (!parentPort) throw new Error("parseWorker.ts must run as a worker thread");
const port = parentPort;
const post = (m: WorkerMessage) => port.postMessage(m);
port.on("message", (input: HtmlPageInput) => {
  const o = tryParsePage(input);
  post(o.ok ? { kind: "outcome", outcome: o } : { kind: "outcome", outcome: { ok: false, location: o.error.location, detail: o.error.detail } });
});
post({ kind: "ready" });
