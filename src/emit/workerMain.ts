// Entry of a render thread that runs from its bundle (see src/launch/bundle.mjs): the code cache for the
// compiler first (see codeCache.ts), then the thread's code.
import { installCodeCache } from "./codeCache.js";

installCodeCache();
await import("./worker.js");
