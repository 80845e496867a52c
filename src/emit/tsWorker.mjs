// Entry of the generator's worker threads: registers tsx so the thread can load the TypeScript
// module named by workerData.entry, installs the code cache for the compiler bundles it loads
// (see codeCache.ts), then runs the module.
import { register } from "tsx/esm/api";
import { workerData } from "node:worker_threads";

register();
const { installCodeCache } = await import("./codeCache.ts");
installCodeCache();
await import(workerData.entry);
