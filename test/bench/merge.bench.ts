// Read + merge of the whole 2026-06-01 pair (json/2026-06-01 read and parsed, merged with the
// parsed pages of html/2026-06-01, reconciled, rendered), target <= 2 s on top of parsing.
// Parsing the pages is not timed: it is the parser's benchmark.
import { existsSync } from "node:fs";
import path from "node:path";
import { parseJsonServices, readJsonDir } from "../../src/json/index.js";
import { mergeSources, reconcile, renderReconcileMarkdown } from "../../src/merge/index.js";
import { renderCatalog } from "../../src/model/catalog.js";
import { corpusDir } from "../../src/model/paths.js";
import { parseHtmlPages, readHtmlDir } from "../../src/parse/index.js";

const RUNS = 5;
const HTML = path.join(corpusDir, "html", "2026-06-01");
const JSON_DIR = path.join(corpusDir, "json", "2026-06-01");

async function timed<T>(f: () => T | Promise<T>): Promise<{ value: T; ms: number }> {
  const t = performance.now();
  const value = await f();
  return { value, ms: performance.now() - t };
}

export default async function bench(): Promise<void> {
  if (!existsSync(HTML) || !existsSync(JSON_DIR)) {
    console.log(`merge bench skipped: no corpus at ${corpusDir}`);
    return;
  }
  const html = await parseHtmlPages(await readHtmlDir(HTML));
  const steps = ["read JSON", "parse JSON", "merge", "reconcile", "render catalog + report"] as const;
  const ms: Record<(typeof steps)[number], number[]> = Object.fromEntries(steps.map((s) => [s, []])) as never;
  let summary = "";
  for (let i = 0; i < RUNS; i++) {
    const read = await timed(() => readJsonDir(JSON_DIR));
    const parsed = await timed(() => parseJsonServices(read.value));
    const merged = await timed(() => mergeSources(html, parsed.value.services));
    const report = await timed(() => reconcile(html, parsed.value.services));
    const render = await timed(() => {
      const files = renderCatalog({ source: { kinds: ["html", "json"], date: "2026-06-01" }, services: merged.value });
      return { files: files.size, report: renderReconcileMarkdown(report.value).length };
    });
    ms["read JSON"].push(read.ms);
    ms["parse JSON"].push(parsed.ms);
    ms.merge.push(merged.ms);
    ms.reconcile.push(report.ms);
    ms["render catalog + report"].push(render.ms);
    const actions = merged.value.reduce((n, s) => n + s.actions.length, 0);
    summary = `${read.value.length} JSON files + ${html.length} parsed page services -> ${merged.value.length} services, ${actions} actions; ${report.value.disagreements.length} disagreements; ${render.value.files} catalog files`;
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const fmt = (xs: number[]) => `first ${xs[0]!.toFixed(0)} ms, median ${median(xs).toFixed(0)} ms`;
  console.log(summary);
  for (const s of steps) console.log(`${s.padEnd(24)} ${fmt(ms[s])}`);
  const sum = (names: readonly (typeof steps)[number][]) => ms["read JSON"].map((_, i) => names.reduce((n, s) => n + ms[s][i]!, 0));
  console.log(`read + merge (read, parse, merge JSON; reconcile): ${fmt(sum(["read JSON", "parse JSON", "merge", "reconcile"]))} (target <= 2000 ms on top of parsing)`);
  console.log(`with rendering the catalog files: ${fmt(sum(steps))}`);
  console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}
