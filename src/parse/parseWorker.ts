// Worker-thread entry of workerPool.ts: parses the pages it is sent and posts back one outcome per
// page, errors flattened to plain data (class instances do not survive postMessage).
import { parentPort } from "node:worker_threads";
import type { HtmlPageInput } from "../model/inputs.js";
import { tryParsePage } from "./tryParsePage.js";
import type { WireOutcome } from "./workerPool.js";

if (!parentPort) throw new Error("parseWorker.ts must run as a worker thread");
const port = parentPort;
port.on("message", (inputs: HtmlPageInput[]) => {
  const outcomes: WireOutcome[] = inputs.map((input) => {
    const o = tryParsePage(input);
    return o.ok ? o : { ok: false, location: o.error.location, detail: o.error.detail };
  });
  port.postMessage(outcomes);
});
