// Entry of a render thread that runs from its bundle (see workerBundle.ts): the code cache for the
// compiler first (see codeCache.ts), then the thread's code.
import { installCodeCache } from "./codeCache.js";

installCodeCache();
await import("./worker.js");
