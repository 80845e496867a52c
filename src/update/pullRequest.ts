// Title and body of the nightly pull request. Pure: the caller writes them where the workflow
// reads them (.cache/update/pr-title.txt, pr-body.md).
import { changeCount, GITHUB_BODY_LIMIT, renderChangelog, type CatalogDiff, type ChangeKind } from "../diff/index.js";
import { ratioOf, type ReconcileReport } from "../merge/index.js";
import { WORK_FILES } from "./workFiles.js";

export interface PullRequestInput {
  diff: CatalogDiff;
  /** Pages vs JSON of the new capture; absent when only one publication was used. */
  reconcile?: ReconcileReport;
  /** Where the catalog folder lives in the repository, for the reviewer (e.g. `snapshots`). */
  snapshotsPath: string;
  /** Where the whole changelog is written when the body has to be cut. */
  changelogPath: string;
  /** The workflow artifact that carries the work folder, named when the body is cut (default sar-fetch-cache). */
  artifactName?: string;
  /** Maximum body length (default GITHUB_BODY_LIMIT). */
  limit?: number;
}

export interface PullRequestText {
  title: string;
  body: string;
  /** The whole changelog, never cut. */
  changelog: string;
  truncated: boolean;
}

/** The artifact of the nightly workflow that uploads `.cache/` (fetch cache and work folder). */
export const NIGHTLY_ARTIFACT = "sar-fetch-cache";

/** The changelog's name inside that artifact, whose root is `.cache/`. */
const WORK_FILES_CHANGELOG = `update/${WORK_FILES.changelog}`;

const fmt = (n: number) => n.toLocaleString("en-US");
const plural = (n: number, one: string, many = `${one}s`) => `${fmt(n)} ${n === 1 ? one : many}`;

/** The headline counts a reviewer looks for first; the rest is counted as "other changes". */
const HEADLINE: { kind: ChangeKind; sign: "+" | "−"; noun: string }[] = [
  { kind: "service-added", sign: "+", noun: "service" },
  { kind: "service-removed", sign: "−", noun: "service" },
  { kind: "action-added", sign: "+", noun: "action" },
  { kind: "action-removed", sign: "−", noun: "action" },
];

/** e.g. "SAR update 2026-06-01: +1 service, +9 actions, −1 action, 92 other changes (semver: major)". */
export function pullRequestTitle(diff: CatalogDiff): string {
  const parts: string[] = [];
  let headline = 0;
  for (const h of HEADLINE) {
    const n = diff.counts[h.kind];
    if (!n) continue;
    headline += n;
    parts.push(`${h.sign}${plural(n, h.noun)}`);
  }
  const other = changeCount(diff) - headline;
  if (other) parts.push(plural(other, headline ? "other change" : "change"));
  const date = diff.new.date ?? "(undated capture)";
  return `SAR update ${date}: ${parts.join(", ") || "no catalog change"} (semver: ${diff.impact})`;
}

/** What merging does with the package version (release.yml bumps it by the impact). */
const IMPACT_NOTE: Record<CatalogDiff["impact"], string> = {
  major: "Merging publishes a new **major** version of the generated package: consumers' policies or code can break.",
  minor: "Merging publishes a new **minor** version of the generated package: additions only.",
  patch: "Merging publishes a new **patch** version of the generated package: documentation and metadata only.",
  none: "The catalog's content is unchanged; merging publishes nothing.",
};

/** One paragraph and a small table: how far the two AWS publications agree on this capture. */
export function reconcileSummary(reconcile: ReconcileReport, snapshotsPath: string): string {
  const o = reconcile.overall;
  const lines = [
    "## Pages vs official JSON",
    "",
    `Overall agreement **${(ratioOf(o) * 100).toFixed(3)}%** (${fmt(o.agreeing)} of ${fmt(o.compared)} items); ` +
      `${plural(reconcile.disagreements.length, "disagreement")} in ${plural(reconcile.services.length, "service")}. ` +
      `Details: \`${snapshotsPath}/RECONCILE.md\`.`,
    "",
  ];
  if (reconcile.reasons.length) {
    lines.push("| reason | count |", "|---|---:|");
    for (const r of reconcile.reasons) lines.push(`| ${r.reason.replace(/\|/g, "\\|")} | ${fmt(r.count)} |`);
    lines.push("");
  }
  return lines.join("\n");
}

/**
 * The PR: the title, then a body of three parts: what ran and what merging does; the changelog
 * (its own summary, semver impact and per-service sections); how far pages and JSON agree. The
 * changelog is cut so that the whole body fits GitHub's limit; the whole one is returned too.
 */
export function renderPullRequest(input: PullRequestInput): PullRequestText {
  const { diff } = input;
  const limit = input.limit ?? GITHUB_BODY_LIMIT;
  const capture = [diff.new.kinds.includes("html") && "the documentation pages", diff.new.kinds.includes("json") && "the official JSON"]
    .filter(Boolean)
    .join(" and ");
  const intro = [
    `Automated update of the AWS Service Authorization Reference catalog from ${capture || "AWS"}` +
      `${diff.new.date ? ` captured on ${diff.new.date}` : ""}: \`${input.snapshotsPath}/\` and the generated package were regenerated, built and type-checked. ` +
      IMPACT_NOTE[diff.impact],
    "",
    "",
  ].join("\n");
  const outro = input.reconcile ? `\n${reconcileSummary(input.reconcile, input.snapshotsPath)}` : "";
  // Room is kept for this note whether or not it is needed, so the cut does not depend on it.
  const cutNote =
    `\n_The whole changelog is \`${WORK_FILES_CHANGELOG}\` in the nightly run's \`${input.artifactName ?? NIGHTLY_ARTIFACT}\` artifact; ` +
    `or run \`npm run diff -- git:origin/main ${input.snapshotsPath}\` on this branch._\n`;
  const changelog = renderChangelog(diff, { limit: limit - intro.length - outro.length - cutNote.length, fullReportPath: input.changelogPath });
  const body = intro + changelog.body + (changelog.truncated ? cutNote : "") + outro;
  return {
    title: pullRequestTitle(diff),
    body,
    changelog: changelog.full,
    truncated: changelog.truncated,
  };
}
