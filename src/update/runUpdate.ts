// npm run update: scrape both publications → shrink guard → diff against snapshots/ → (when the
// catalog changed) stage the new snapshots/ and generated/, build and check the package, swap both
// into place → PR title/body, summary and report in the work folder. All or nothing: snapshots/
// and generated/ are either both replaced or both left as they were.
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { diffCatalogs, type CatalogDiff } from "../diff/index.js";
import { FetchFailedError, type FetchSourcesOptions } from "../fetch/index.js";
import { INDEX_FILE, readCatalog, type Catalog } from "../model/catalog.js";
import { defaultGeneratedDir, defaultSnapshotsDir } from "../model/paths.js";
import { buildScrape, ShrinkRefusedError, type ScrapeResult } from "../scrape/runScrape.js";
import { UPDATE_EXIT } from "./exitCodes.js";
import { newStamp, siblingFolder, swapFolders } from "./folderSwap.js";
import type { CatalogTotals, FailedOutcome, FailedStage, ScrapeFacts, UpdateOutcome } from "./outcome.js";
import { buildPackage, type PackageBuilder } from "./packageBuild.js";
import { renderPullRequest } from "./pullRequest.js";
import { catalogFilesDiffer, readFolderFiles } from "./snapshotFiles.js";
import { renderStepReport } from "./stepReport.js";
import { renderSummary } from "./summary.js";
import { clearWorkFiles, DEFAULT_WORK_DIR, WORK_FILES, writeWorkFiles } from "./workFiles.js";

export interface UpdateOptions {
  /** The catalog folder to update (default snapshots/). */
  snapshotsDir?: string;
  /** The generated package folder to update (default generated/). */
  generatedDir?: string;
  /** Where the summary, report and PR files go (default .cache/update/). */
  workDir?: string;
  /** Let through a catalog that the shrink guard refuses. */
  allowShrink?: boolean;
  /** Capture date recorded in index.json (YYYY-MM-DD; default today, UTC). */
  date?: string;
  /** How to reach AWS (or a mirror): base URLs, cache, retries, timeouts, progress. */
  fetch?: FetchSourcesOptions;
  /** Builds and checks the package (default buildPackage: generate, type-check, load). */
  packageBuilder?: PackageBuilder;
  /** Paths in the PR body are shown relative to this folder (default: the current directory). */
  displayRoot?: string;
  /** Progress lines (default: none). */
  log?: (line: string) => void;
}

export interface UpdateResult {
  outcome: UpdateOutcome;
  exitCode: number;
  /** The work files written by this run. */
  files: string[];
  /** Wall time of each step that ran, in ms (for logs and the benchmark, not for the summary). */
  timings: StepTimings;
}

export interface StepTimings {
  /** Fetch, parse, merge, guard. */
  scrape?: number;
  /** Read the current snapshots, compare, diff, render the PR text. */
  compare?: number;
  /** Stage the snapshots, generate, type-check and load the package. */
  package?: number;
  swap?: number;
  total: number;
}

const EMPTY_CATALOG: Catalog = { source: { kinds: ["html", "json"], date: null }, services: [] };

function totalsOf(catalog: Catalog): CatalogTotals {
  const t = { date: catalog.source.date, services: catalog.services.length, actions: 0, resourceTypes: 0, conditionKeys: 0 };
  for (const s of catalog.services) {
    t.actions += s.actions.length;
    t.resourceTypes += s.resourceTypes.length;
    t.conditionKeys += s.conditionKeys.length;
  }
  return t;
}

const failed = (stage: FailedStage, e: unknown): FailedOutcome => ({
  status: "failed",
  stage,
  message: e instanceof Error ? e.message : String(e),
  failures: e instanceof FetchFailedError ? e.failures : [],
});

const displayPath = (root: string, p: string) => path.relative(root, p).split(path.sep).join("/") || ".";

/** Runs the update and writes its work files; never throws for a failed step, only reports it. */
export async function runUpdate(options: UpdateOptions = {}): Promise<UpdateResult> {
  const workDir = path.resolve(options.workDir ?? DEFAULT_WORK_DIR);
  const started = performance.now();
  await clearWorkFiles(workDir);
  const timings: StepTimings = { total: 0 };
  const outcome = await update(options, workDir, timings);
  const files = await writeWorkFiles(workDir, {
    summary: renderSummary(outcome),
    report: renderStepReport(outcome),
    ...(outcome.status === "changed" ? { prTitle: `${outcome.pr.title}\n`, prBody: outcome.pr.body, changelog: outcome.pr.changelog } : {}),
  });
  timings.total = performance.now() - started;
  return { outcome, exitCode: UPDATE_EXIT[outcome.status], files, timings };
}

const seconds = (ms: number | undefined) => `${((ms ?? 0) / 1000).toFixed(1)} s`;

async function update(options: UpdateOptions, workDir: string, timings: StepTimings): Promise<UpdateOutcome> {
  const log = options.log ?? (() => {});
  let stepStart = performance.now();
  /** Records the time since the previous step ended under `step`. */
  const done = (step: Exclude<keyof StepTimings, "total">) => {
    const now = performance.now();
    timings[step] = now - stepStart;
    stepStart = now;
    return seconds(timings[step]);
  };
  const snapshotsDir = path.resolve(options.snapshotsDir ?? defaultSnapshotsDir);
  const generatedDir = path.resolve(options.generatedDir ?? defaultGeneratedDir);
  const displayRoot = path.resolve(options.displayRoot ?? process.cwd());

  // 1. Scrape and guard: nothing is written when the fetch fails or the guard refuses.
  let scrape: ScrapeResult;
  try {
    scrape = await buildScrape({ source: "both", date: options.date, allowShrink: options.allowShrink, fetch: options.fetch }, snapshotsDir);
  } catch (e) {
    done("scrape");
    if (e instanceof ShrinkRefusedError) return { status: "refused", shrink: e.report };
    return failed("scrape", e);
  }
  log(`update: scraped ${scrape.catalog.services.length} services in ${done("scrape")}`);

  // 2. What the snapshots hold now.
  let current: Map<string, string>;
  let previous: Catalog | null;
  try {
    current = await readFolderFiles(snapshotsDir);
    previous = current.has(INDEX_FILE) ? await readCatalog(snapshotsDir) : null;
  } catch (e) {
    return failed("snapshots", e);
  }
  const facts: ScrapeFacts = {
    catalog: totalsOf(scrape.catalog),
    previous: previous && totalsOf(previous),
    reconcile: scrape.reconcile,
    warnings: scrape.warnings,
    removed: scrape.removed,
    fetchStats: scrape.fetchStats,
  };
  if (previous && !catalogFilesDiffer(current, scrape.files)) {
    log(`update: no change: ${facts.catalog.services} services, ${facts.catalog.actions} actions, as in ${snapshotsDir} (compared in ${done("compare")})`);
    return { status: "unchanged", ...facts };
  }

  // 3. The changelog, before anything is written (a failure here must leave everything as it was).
  const diff: CatalogDiff = diffCatalogs(previous ?? EMPTY_CATALOG, scrape.catalog);
  const pr = renderPullRequest({
    diff,
    reconcile: scrape.reconcile,
    snapshotsPath: displayPath(displayRoot, snapshotsDir),
    changelogPath: displayPath(displayRoot, path.join(workDir, WORK_FILES.changelog)),
  });
  log(`update: ${diff.services.length} service(s) changed; semver impact ${diff.impact} (compared in ${done("compare")})`);

  // 4. Stage both folders, build the package from the staged catalog, then swap both in.
  const stamp = newStamp();
  const snapshotsStage = siblingFolder(snapshotsDir, "tmp", stamp);
  const generatedStage = siblingFolder(generatedDir, "tmp", stamp);
  // The staged folders keep their final names inside the stage, because the generator names the
  // catalog folder in every file header.
  const stagedSnapshots = path.join(snapshotsStage, path.basename(snapshotsDir));
  const stagedGenerated = path.join(generatedStage, path.basename(generatedDir));
  try {
    try {
      await writeFolder(stagedSnapshots, scrape.files);
    } catch (e) {
      return failed("snapshots", e);
    }
    try {
      await mkdir(generatedStage, { recursive: true });
      await (options.packageBuilder ?? buildPackage)({
        snapshotsDir: stagedSnapshots,
        outDir: stagedGenerated,
        currentDir: generatedDir,
        catalog: scrape.catalog,
        log,
      });
    } catch (e) {
      done("package");
      return failed("package", e);
    }
    log(`update: package built and checked in ${done("package")}`);
    try {
      await swapFolders(
        [
          { staged: stagedSnapshots, target: snapshotsDir },
          { staged: stagedGenerated, target: generatedDir },
        ],
        stamp,
      );
    } catch (e) {
      done("swap");
      return failed("swap", e);
    }
    done("swap");
  } finally {
    await Promise.all([rm(snapshotsStage, { recursive: true, force: true }), rm(generatedStage, { recursive: true, force: true })]);
  }
  log(`update: ${displayPath(displayRoot, snapshotsDir)}/ and ${displayPath(displayRoot, generatedDir)}/ replaced`);
  return {
    status: "changed",
    ...facts,
    diff,
    shrinkOverridden: scrape.shrink?.refused ? scrape.shrink : undefined,
    pr,
  };
}

async function writeFolder(dir: string, files: Map<string, string>): Promise<void> {
  await mkdir(dir, { recursive: true });
  await Promise.all([...files].map(([name, content]) => writeFile(path.join(dir, name), content)));
}
