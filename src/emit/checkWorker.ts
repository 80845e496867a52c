// Worker thread of checkPackage: type-checks its share of the package's modules.
import { parentPort, workerData } from "node:worker_threads";
import { checkFiles } from "./check.js";

const { dir, files } = workerData as { dir: string; files: string[] };
try {
  parentPort!.postMessage({ diagnostics: checkFiles(dir, files) });
} catch (e) {
  parentPort!.postMessage({ error: (e as Error).message });
}
