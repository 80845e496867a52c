// npm run bench -- update: the nightly flow on the whole corpus from a loopback server, in a
// temporary folder: baseline (html/2025-06-01 + json/2025-05-31 into empty snapshots), the 2026
// capture (changed: snapshots + full package build), the same again (no change). Prints the wall
// time of each step. Figures only; nothing here fails on time.
import { existsSync } from "node:fs";
import path from "node:path";
import { corpusDir } from "../../src/model/paths.js";
import type { UpdateResult } from "../../src/update/index.js";
import { startLoopbackServer } from "../helpers/loopbackServer.js";
import { tempRepo, updateFrom } from "../update/harness.js";

const OLD = { html: { dir: path.join(corpusDir, "html/2025-06-01") }, json: { dir: path.join(corpusDir, "json/2025-05-31") } };
const NEW = { html: { dir: path.join(corpusDir, "html/2026-06-01") }, json: { dir: path.join(corpusDir, "json/2026-06-01") } };

const s = (ms: number | undefined) => (ms === undefined ? "-" : `${(ms / 1000).toFixed(1)} s`);

function line(label: string, r: UpdateResult): string {
  const t = r.timings;
  const what = r.outcome.status === "failed" ? `failed (${r.outcome.stage}): ${r.outcome.message.split("\n").slice(0, 2).join(" ")}` : r.outcome.status;
  return `${label}: exit ${r.exitCode} ${what}; total ${s(t.total)} = scrape ${s(t.scrape)} + compare/diff ${s(t.compare)} + package ${s(t.package)} + swap ${s(t.swap)}`;
}

export default async function updateBench(): Promise<void> {
  if (![OLD.html.dir, OLD.json.dir, NEW.html.dir, NEW.json.dir].every((d) => existsSync(d))) {
    console.log(`update: skipped, the corpus is absent (${corpusDir})`);
    return;
  }
  const server = await startLoopbackServer(OLD);
  const repo = await tempRepo();
  const log = (l: string) => console.log(`  ${l}`);
  try {
    console.log(line("baseline 2025-06-01 into empty snapshots", await updateFrom(server, repo, { date: "2025-06-01", log })));
    server.setSources(NEW);
    console.log(line("2026-06-01 over 2025-06-01 (changed)", await updateFrom(server, repo, { date: "2026-06-01", log })));
    console.log(line("2026-06-01 again (no change)", await updateFrom(server, repo, { date: "2026-06-02", log })));
  } finally {
    await server.close();
    await repo.remove();
  }
}
