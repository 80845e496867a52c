import type { Catalog } from "../model/catalog.js";
import { toJson } from "../model/normalize.js";
import { changeCount, diffCatalogs } from "./diffCatalogs.js";
import { renderChangelog } from "./changelog.js";
import { checkShrink, renderShrinkReport, type ShrinkReport } from "./shrinkGuard.js";
import type { CatalogDiff } from "./change.js";

/** Exit codes of `npm run diff`, like `git diff --exit-code` plus the guard. */
export const EXIT = { equal: 0, differ: 1, error: 2, refused: 3 } as const;

export type DiffFormat = "markdown" | "json";

export interface DiffCommandInput {
  before: Catalog;
  after: Catalog;
  format: DiffFormat;
  allowShrink: boolean;
  indexedPrefixes?: ReadonlySet<string>;
  /** The --out file, named in the truncation note of the Markdown body. */
  outFile?: string;
}

export interface DiffCommandResult {
  exitCode: number;
  /** For stdout: the JSON report, or the Markdown PR body (cut to GitHub's limit). Empty when refused. */
  report: string;
  /** For --out: the whole report, never truncated. Empty when refused. */
  fullReport: string;
  /** For stderr: the guard's report when it objects, and the one-line summary with the semver impact. */
  log: string;
  diff?: CatalogDiff;
  shrink: ShrinkReport;
}

/** Guard, diff and render, without I/O: scripts/diff.ts reads the operands and prints the result. */
export function runDiffCommand(input: DiffCommandInput): DiffCommandResult {
  const shrink = checkShrink(input.before, input.after, { indexedPrefixes: input.indexedPrefixes });
  let log = "";
  if (shrink.refused) {
    log += renderShrinkReport(shrink);
    if (!input.allowShrink)
      return {
        exitCode: EXIT.refused,
        report: "",
        fullReport: "",
        log: log + "Refused (exit 3); pass --allow-shrink to diff anyway.\n",
        shrink,
      };
    log += "--allow-shrink given: diffing anyway.\n";
  }
  const diff = diffCatalogs(input.before, input.after);
  let report: string;
  let fullReport: string;
  if (input.format === "json") {
    report = fullReport = toJson(diff);
  } else {
    const changelog = renderChangelog(diff, { fullReportPath: input.outFile });
    report = changelog.body;
    fullReport = changelog.full;
    if (changelog.truncated)
      log += `Markdown body truncated: ${changelog.omitted.changes} changes in ${changelog.omitted.services} services left out${input.outFile ? `; full report in ${input.outFile}` : "; use --out FILE for the full report"}.\n`;
  }
  const n = changeCount(diff);
  log += `${n} change(s) in ${diff.services.length} service(s); semver impact: ${diff.impact}\n`;
  return { exitCode: n === 0 ? EXIT.equal : EXIT.differ, report, fullReport, log, diff, shrink };
}
