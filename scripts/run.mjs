// node scripts/run.mjs SCRIPT.ts [ARGS...]: runs a TypeScript CLI entry point from its bundle (see
// src/launch/bundle.mjs), which starts faster than tsx; through tsx when it cannot be bundled.
import { pathToFileURL } from "node:url";
import path from "node:path";
import { bundle } from "../src/launch/bundle.mjs";

const script = process.argv[2];
if (!script) {
  console.error("usage: node scripts/run.mjs SCRIPT.ts [ARGS...]");
  process.exit(2);
}
const file = path.resolve(script);
// The script reads its own arguments from process.argv, as if it had been started itself.
process.argv.splice(1, 2, file);
const url = await bundle(file);
if (url) await import(url.href);
else {
  const { register } = await import("tsx/esm/api");
  register();
  await import(pathToFileURL(file).href);
}
