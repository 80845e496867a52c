// npm run bench [-- NAME...]: runs the benchmarks in test/bench/ (all, or the named ones) and
// prints their figures. Benchmarks measure; they never fail a build on a timing.
import { readdir } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { repoRoot } from "../src/model/paths.js";

const dir = path.join(repoRoot, "test/bench");
const wanted = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const names = (await readdir(dir))
  .filter((f) => f.endsWith(".bench.ts"))
  .map((f) => f.replace(/\.bench\.ts$/, ""))
  .sort();
const unknown = wanted.filter((w) => !names.includes(w));
if (unknown.length) {
  console.error(`bench: unknown benchmark(s): ${unknown.join(", ")}; known: ${names.join(", ")}`);
  process.exit(2);
}
for (const name of wanted.length ? wanted : names) {
  console.log(`\n## ${name}`);
  const mod = (await import(pathToFileURL(path.join(dir, `${name}.bench.ts`)).href)) as { default: () => Promise<void> };
  await mod.default();
}
