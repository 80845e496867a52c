// Worker thread of checkPackage: type-checks its share of the package's modules.
import { parentPort, workerData } from "node:worker_threads";
import { checkFiles } from "./check.js";
import { saveCodeCache } from "./codeCache.js";

const { dir, files } = workerData as { dir: string; files: string[] };
try {
  const diagnostics = checkFiles(dir, files);
  saveCodeCache();
  parentPort!.postMessage({ diagnostics });
} catch (e) {
  parentPort!.postMessage({ error: (e as Error).message });
}
