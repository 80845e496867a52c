// Entry of the generator's worker threads: registers tsx so the thread can load the TypeScript
// module named by workerData.entry, then runs it.
import { register } from "tsx/esm/api";
import { workerData } from "node:worker_threads";

register();
await import(workerData.entry);
