import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { writeFileAtomic } from "../model/catalog.js";
import { repoRoot } from "../model/paths.js";

/** Where `npm run update` leaves its results for the workflow (uploaded with the fetch cache). */
export const DEFAULT_WORK_DIR = path.join(repoRoot, ".cache", "update");

/** The files of the work folder; the nightly workflow reads them by these names. */
export const WORK_FILES = {
  /** Machine-readable outcome: changed, impact, counts… Written on every run. */
  summary: "summary.json",
  /** For $GITHUB_STEP_SUMMARY: the failure report, or a short summary. Written on every run. */
  report: "report.md",
  /** Pull-request title and body: only when the catalog changed. */
  prTitle: "pr-title.txt",
  prBody: "pr-body.md",
  /** The whole changelog when the PR body had to be cut to GitHub's limit (always written with the body). */
  changelog: "changelog.md",
} as const;


/**
 * Removes what an earlier run left, so that a run that fails or finds nothing can never be
 * mistaken for one that changed something (the workflow opens a PR from these files).
 */
export async function clearWorkFiles(workDir: string): Promise<void> {
  await Promise.all(Object.values(WORK_FILES).map((f) => rm(path.join(workDir, f), { force: true })));
}

export async function writeWorkFiles(workDir: string, files: Partial<Record<keyof typeof WORK_FILES, string>>): Promise<string[]> {
  await mkdir(workDir, { recursive: true });
  const written: string[] = [];
  for (const [key, content] of Object.entries(files) as [keyof typeof WORK_FILES, string | undefined][]) {
    if (content === undefined) continue;
    const file = path.join(workDir, WORK_FILES[key]);
    await writeFileAtomic(file, content);
    written.push(file);
  }
  return written;
}

