// npm run bench -- parse: parses all of html/2026-06-01 (read + parse + merge) and prints pages/s,
// wall time and peak memory, on this thread and on worker threads. Target: ≤ 3 s, ≤ 1 GB on 2 cores.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { corpusDir, repoRoot } from "../../src/model/paths.js";

const run = promisify(execFile);

interface Figures {
  pages: number;
  services: number;
  megabytes: number;
  readMs: number;
  parseMs: number;
  wallMs: number;
  cpuMs: number;
  peakRssMb: number;
}

export default async function bench(): Promise<void> {
  const dir = path.join(corpusDir, "html/2026-06-01");
  if (!existsSync(dir)) {
    console.log(`parse: skipped, ${dir} is not present`);
    return;
  }
  const configs = [
    ["default", "this thread (default)"],
    ["1", "this thread + 1 worker thread"],
  ] as const;
  console.log(`corpus: ${dir}; cores: ${availableParallelism()}; node ${process.version}`);
  for (const [workers, label] of configs) {
    const { stdout } = await run(process.execPath, ["--import", "tsx", path.join(repoRoot, "test/bench/parse.run.ts"), dir, workers], {
      cwd: repoRoot,
      maxBuffer: 1 << 20,
    });
    const f = JSON.parse(stdout.trim().split("\n").pop()!) as Figures;
    console.log(
      `${label}: ${f.pages} pages (${f.megabytes.toFixed(1)} MB) → ${f.services} services; ` +
        `wall ${(f.wallMs / 1000).toFixed(2)} s (read ${(f.readMs / 1000).toFixed(2)} s, parse ${(f.parseMs / 1000).toFixed(2)} s); ` +
        `${(f.pages / (f.wallMs / 1000)).toFixed(0)} pages/s; CPU ${(f.cpuMs / 1000).toFixed(2)} s; peak RSS ${f.peakRssMb.toFixed(0)} MB`,
    );
  }
}
