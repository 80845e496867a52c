// Diff of the full real catalog pair (html/2025-06-01 vs html/2026-06-01), target ≤ 1 s.
// Parsing the pages is not timed: it is the parser's benchmark.
import { existsSync } from "node:fs";
import path from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { changeCount, checkShrink, diffCatalogs, renderChangelog } from "../../src/diff/index.js";
import type { Catalog } from "../../src/model/catalog.js";
import { corpusDir } from "../../src/model/paths.js";
import { parseHtmlPages, readHtmlDir } from "../../src/parse/index.js";

const RUNS = 5;

/**
 * A full garbage collection, so that the first timed run does not pay for the parser's garbage
 * (parsing both captures leaves a large heap; without this the first diff absorbs a major GC).
 */
function collectGarbage(): void {
  setFlagsFromString("--expose-gc");
  (runInNewContext("gc") as () => void)();
}

async function parseCatalog(date: string): Promise<Catalog> {
  return { source: { kinds: ["html"], date }, services: await parseHtmlPages(await readHtmlDir(path.join(corpusDir, "html", date))) };
}

/** Wall time, and CPU time (user + system, all threads) which a loaded machine inflates less. */
function timed<T>(f: () => T): { value: T; ms: number; cpuMs: number } {
  const c = process.cpuUsage();
  const t = performance.now();
  const value = f();
  const used = process.cpuUsage(c);
  return { value, ms: performance.now() - t, cpuMs: (used.user + used.system) / 1000 };
}

export default async function bench(): Promise<void> {
  if (!existsSync(path.join(corpusDir, "html/2026-06-01"))) {
    console.log(`diff bench skipped: no corpus at ${corpusDir}`);
    return;
  }
  const before = await parseCatalog("2025-06-01");
  const after = await parseCatalog("2026-06-01");
  const actions = (c: Catalog) => c.services.reduce((n, s) => n + s.actions.length, 0);
  console.log(`catalogs: ${before.services.length} services / ${actions(before)} actions -> ${after.services.length} / ${actions(after)}`);
  collectGarbage();
  const diffMs: number[] = [];
  const renderMs: number[] = [];
  const guardMs: number[] = [];
  const cpuMs: number[] = [];
  let summary = "";
  for (let i = 0; i < RUNS; i++) {
    const d = timed(() => diffCatalogs(before, after));
    const r = timed(() => renderChangelog(d.value));
    const g = timed(() => checkShrink(before, after));
    diffMs.push(d.ms);
    renderMs.push(r.ms);
    guardMs.push(g.ms);
    cpuMs.push(d.cpuMs + r.cpuMs + g.cpuMs);
    summary = `${changeCount(d.value)} changes in ${d.value.services.length} services, impact ${d.value.impact}, changelog ${r.value.full.length} chars (body ${r.value.body.length})`;
  }
  const fmt = (xs: number[]) =>
    `first ${xs[0]!.toFixed(0)} ms, best ${Math.min(...xs).toFixed(0)} ms, median ${[...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!.toFixed(0)} ms`;
  console.log(summary);
  console.log(`diffCatalogs:    ${fmt(diffMs)}`);
  console.log(`renderChangelog: ${fmt(renderMs)}`);
  console.log(`checkShrink:     ${fmt(guardMs)}`);
  const total = diffMs.map((d, i) => d + renderMs[i]! + guardMs[i]!);
  console.log(`diff + changelog + guard: ${fmt(total)} (target <= 1000 ms)`);
  console.log(`  CPU time of the same:   ${fmt(cpuMs)}`);
}
