// report.md: what the nightly job appends to $GITHUB_STEP_SUMMARY. On failure it must say, on its
// own, what went wrong and where (every URL that failed), since nobody reads the raw log first.
import { renderShrinkReport } from "../diff/index.js";
import { ratioOf } from "../merge/index.js";
import type { CatalogTotals, ChangedOutcome, FailedOutcome, RefusedOutcome, ScrapeFacts, UnchangedOutcome, UpdateOutcome } from "./outcome.js";

const fmt = (n: number) => n.toLocaleString("en-US");

/** Failed URLs listed in the report at most; GitHub caps a step summary at 1 MiB. */
export const MAX_LISTED_FAILURES = 1000;

/** A table cell: no pipe or line break may end the cell or the row early. */
const cell = (s: string) => s.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");

const totals = (t: CatalogTotals) =>
  `${fmt(t.services)} services, ${fmt(t.actions)} actions, ${fmt(t.resourceTypes)} resource types, ${fmt(t.conditionKeys)} condition keys` +
  (t.date ? ` (captured ${t.date})` : "");

/** A fenced block that no line of `text` can close early. */
function fenced(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`{3,}/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  return `${fence}\n${text.replace(/\n$/, "")}\n${fence}\n`;
}

function scrapeLines(o: ScrapeFacts): string[] {
  const lines = [`- Catalog: ${totals(o.catalog)}`];
  lines.push(o.previous ? `- Previous snapshots: ${totals(o.previous)}` : "- Previous snapshots: none (first run)");
  if (o.reconcile) {
    const r = o.reconcile.overall;
    lines.push(`- Pages vs JSON agreement: ${(ratioOf(r) * 100).toFixed(3)}% (${fmt(r.agreeing)} of ${fmt(r.compared)} items)`);
  }
  if (o.fetchStats) {
    const s = o.fetchStats;
    lines.push(
      `- Fetch: ${fmt(s.documents)} documents; ${fmt(s.downloaded)} downloaded, ${fmt(s.notModified)} not modified (304), ${fmt(s.fromCache)} from the cache; ${fmt(s.retries)} retries`,
    );
  }
  if (o.removed.length) {
    lines.push(`- Left AWS's index since the last fetch: ${o.removed.map((r) => `\`${r.name}\``).join(", ")}`);
  }
  if (o.warnings.length) lines.push(`- ${fmt(o.warnings.length)} parser warning(s); see the job log`);
  return lines;
}

function changedReport(o: ChangedOutcome): string {
  const lines = [`## SAR update: changed (semver: ${o.diff.impact})`, "", `**${o.pr.title}**`, "", ...scrapeLines(o)];
  const s = o.diff.severities;
  lines.push(`- Changes: ${fmt(s.breaking)} breaking, ${fmt(s.addition)} non-breaking, ${fmt(s.description)} description/metadata`);
  if (o.shrinkOverridden) lines.push(`- The shrink guard objected and \`--allow-shrink\` overrode it: ${o.shrinkOverridden.reasons.join("; ")}`);
  if (o.pr.truncated) lines.push("- The changelog was cut to fit the PR body; the whole one is in the artifact (`update/changelog.md`).");
  lines.push("", "A pull request opens (or is updated) with the changelog.", "");
  return lines.join("\n");
}

function unchangedReport(o: UnchangedOutcome): string {
  return [
    "## SAR update: no change",
    "",
    "The documentation gives the same catalog as the committed snapshots: nothing was written, no pull request.",
    "",
    ...scrapeLines(o),
    "",
  ].join("\n");
}

function refusedReport(o: RefusedOutcome): string {
  return [
    "## SAR update refused by the shrink guard",
    "",
    "The new catalog would lose more than a real AWS change can explain, so nothing was written. " +
      "If AWS really removed this much, run the workflow by hand with `allow-shrink` (or `npm run update -- --allow-shrink`).",
    "",
    fenced(renderShrinkReport(o.shrink, 50)),
  ].join("\n");
}

function failedReport(o: FailedOutcome): string {
  const what: Record<FailedOutcome["stage"], string> = {
    scrape: "fetching or reading AWS's documents",
    snapshots: "reading the current snapshots or staging the new ones",
    package: "generating, building or checking the package",
    swap: "moving the new snapshots and package into place",
  };
  const lines = [`## SAR update failed while ${what[o.stage]}`, "", "Nothing was written: `snapshots/` and `generated/` are as they were.", ""];
  if (o.failures.length) {
    lines.push(`${fmt(o.failures.length)} URL(s) could not be fetched after every retry:`, "", "| URL | reason |", "|---|---|");
    for (const f of o.failures.slice(0, MAX_LISTED_FAILURES)) lines.push(`| ${cell(f.url)} | ${cell(f.reason)} |`);
    if (o.failures.length > MAX_LISTED_FAILURES) lines.push("", `… and ${fmt(o.failures.length - MAX_LISTED_FAILURES)} more (see summary.json).`);
    lines.push("");
  } else {
    lines.push(fenced(o.message));
  }
  return lines.join("\n");
}

export function renderStepReport(o: UpdateOutcome): string {
  switch (o.status) {
    case "changed":
      return changedReport(o);
    case "unchanged":
      return unchangedReport(o);
    case "refused":
      return refusedReport(o);
    case "failed":
      return failedReport(o);
  }
}
