import { CHANGE_KINDS, CHANGE_KIND_LABELS, type CatalogDiff, type CatalogSide, type Change, type ServiceDiff } from "./change.js";
import { changeLine, code, escapeMarkdown } from "./changeText.js";
import { compareImpactDesc, type Severity } from "./semver.js";
import { compareStrings } from "../model/normalize.js";

/** GitHub rejects a pull-request body longer than this many characters. */
export const GITHUB_BODY_LIMIT = 65_536;

/** Services with more breaking/addition lines than this have them folded in <details>. */
export const FOLD_THRESHOLD = 15;

export interface ChangelogOptions {
  /** Maximum length of `body` (default GITHUB_BODY_LIMIT). */
  limit?: number;
  /** Where the full report will be written, named in the truncation note. */
  fullReportPath?: string;
}

export interface Changelog {
  /** The PR body: at most `limit` characters. */
  body: string;
  /** The whole report, never truncated. */
  full: string;
  truncated: boolean;
  /** What `body` leaves out (zero when not truncated). */
  omitted: { services: number; changes: number };
}

/** Markdown is not rendered inside <summary>, so what goes there is HTML. */
const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const fmt = (n: number) => n.toLocaleString("en-US");

const sideText = (s: CatalogSide) =>
  `${fmt(s.services)} services, ${fmt(s.actions)} actions (${s.kinds.join("+") || "?"}${s.date ? `, ${s.date}` : ""})`;

const SEVERITY_HEADINGS: Record<Severity, string> = {
  breaking: "Breaking",
  addition: "Additions and other non-breaking changes",
  description: "Descriptions and metadata",
};

const serviceTitle = (s: ServiceDiff) => `${code(s.prefix)} ${escapeMarkdown(s.name)}`;

function countBySeverity(changes: Change[]): Record<Severity, number> {
  const out: Record<Severity, number> = { breaking: 0, addition: 0, description: 0 };
  for (const c of changes) out[c.severity]++;
  return out;
}

const severitySummary = (n: Record<Severity, number>) =>
  [
    n.breaking && `${fmt(n.breaking)} breaking`,
    n.addition && `${fmt(n.addition)} non-breaking`,
    n.description && `${fmt(n.description)} description/metadata`,
  ]
    .filter(Boolean)
    .join(", ");

function header(diff: CatalogDiff): string {
  const total = diff.services.reduce((n, s) => n + s.changes.length, 0);
  const lines = [
    `## AWS IAM catalog changes${diff.old.date || diff.new.date ? ` (${diff.old.date ?? "?"} → ${diff.new.date ?? "?"})` : ""}`,
    "",
    `**Semver impact: ${diff.impact}**`,
    "",
    `Old: ${sideText(diff.old)}. New: ${sideText(diff.new)}.`,
    "",
  ];
  if (total === 0) return lines.concat("No changes.", "").join("\n");
  lines.push(`${fmt(total)} changes in ${fmt(diff.services.length)} services: ${severitySummary(diff.severities)}.`, "");
  lines.push("| Change | Count | Semver |", "|---|---:|---|");
  for (const kind of CHANGE_KINDS) {
    if (!diff.counts[kind]) continue;
    const impacts = new Set<string>();
    for (const s of diff.services) for (const c of s.changes) if (c.kind === kind) impacts.add(c.impact);
    const ordered = (["major", "minor", "patch"] as const).filter((i) => impacts.has(i));
    lines.push(`| ${CHANGE_KIND_LABELS[kind]} | ${fmt(diff.counts[kind])} | ${ordered.join(", ")} |`);
  }
  lines.push("");
  return lines.join("\n");
}

const bulletList = (changes: Change[]) => changes.map((c) => `- ${changeLine(c)}`);

/** A service's breaking and non-breaking changes, breaking first; folded when long. */
function serviceSection(s: ServiceDiff, changes: Change[], note?: string): string {
  const n = countBySeverity(changes);
  const body: string[] = [];
  for (const severity of ["breaking", "addition"] as const) {
    const mine = changes.filter((c) => c.severity === severity);
    if (!mine.length) continue;
    body.push(`**${SEVERITY_HEADINGS[severity]}**`, "", ...bulletList(mine), "");
  }
  if (note) body.push(note, "");
  const title = `### ${serviceTitle(s)} (${s.impact})`;
  if (changes.length <= FOLD_THRESHOLD) return [title, "", ...body].join("\n");
  return [title, "", `<details><summary>${severitySummary(n)}</summary>`, "", ...body, "</details>", ""].join("\n");
}

/** Low-priority changes of one service, always folded. */
function descriptionSection(s: ServiceDiff, changes: Change[]): string {
  return [
    `<details><summary><code>${escapeHtml(s.prefix)}</code>: ${fmt(changes.length)} description/metadata change${changes.length === 1 ? "" : "s"}</summary>`,
    "",
    ...bulletList(changes),
    "",
    "</details>",
    "",
  ].join("\n");
}

interface Variant {
  text: string;
  /** How many of the section's changes this text lists. */
  shown: number;
}

interface Section {
  prefix: string;
  /** Description/metadata sections go under one heading, written before the first of them. */
  low: boolean;
  changes: number;
  breaking: number;
  /** The whole section first; for a service with breaking and other changes also its breaking changes alone. */
  variants: Variant[];
}

const LOW_HEADING = `### ${SEVERITY_HEADINGS.description}\n\n`;

/**
 * The sections of the report in order: one per service with breaking or non-breaking changes
 * (services with breaking changes first, then by prefix), then the description/metadata
 * changes, listed separately.
 */
function sections(diff: CatalogDiff): Section[] {
  const main: Section[] = [];
  const low: Section[] = [];
  const ordered = [...diff.services].sort((a, b) => compareImpactDesc(a.impact, b.impact) || compareStrings(a.prefix, b.prefix));
  for (const s of ordered) {
    const important = s.changes.filter((c) => c.severity !== "description");
    if (!important.length) continue;
    const variants = [{ text: serviceSection(s, important), shown: important.length }];
    const breaking = important.filter((c) => c.severity === "breaking");
    const rest = important.length - breaking.length;
    if (breaking.length && rest)
      variants.push({
        text: serviceSection(
          s,
          breaking,
          `_${fmt(rest)} non-breaking change${rest === 1 ? "" : "s"} of ${code(s.prefix)} left out: see the full report._`,
        ),
        shown: breaking.length,
      });
    main.push({ prefix: s.prefix, low: false, changes: important.length, breaking: breaking.length, variants });
  }
  for (const s of diff.services) {
    const minor = s.changes.filter((c) => c.severity === "description");
    if (minor.length)
      low.push({
        prefix: s.prefix,
        low: true,
        changes: minor.length,
        breaking: 0,
        variants: [{ text: descriptionSection(s, minor), shown: minor.length }],
      });
  }
  return [...main, ...low];
}

/** Services named in the truncation note at most; the rest are counted. */
const MAX_NAMED = 30;

function truncationNote(changes: number, prefixes: string[], fullReportPath: string | undefined): string {
  const named =
    prefixes.slice(0, MAX_NAMED).map(code).join(", ") +
    (prefixes.length > MAX_NAMED ? `, and ${fmt(prefixes.length - MAX_NAMED)} more` : "");
  const where = fullReportPath ? `The full report is in ${code(fullReportPath)}.` : "The full report was written to a separate file.";
  return `\n---\n**Truncated to fit GitHub's ${fmt(GITHUB_BODY_LIMIT)}-character limit:** ${fmt(changes)} changes in ${fmt(prefixes.length)} services left out${prefixes.length ? ` (${named})` : ""}. ${where}\n`;
}

function render(head: string, all: Section[], chosen: (Variant | undefined)[]): string {
  const parts = [head];
  let lowHeadingWritten = false;
  all.forEach((s, i) => {
    const v = chosen[i];
    if (!v) return;
    parts.push(s.low && !lowHeadingWritten ? LOW_HEADING + v.text : v.text);
    if (s.low) lowHeadingWritten = true;
  });
  return parts.join("\n");
}

/**
 * The changelog as Markdown: `full` holds everything; `body` fits in `limit` characters. When the
 * full report does not fit, the body keeps, in this order of priority: every service's breaking
 * changes, then whole service sections, then description/metadata changes; a section is never
 * cut in the middle, and a closing note counts and names what was left out.
 */
export function renderChangelog(diff: CatalogDiff, options: ChangelogOptions = {}): Changelog {
  const limit = options.limit ?? GITHUB_BODY_LIMIT;
  const head = header(diff);
  const all = sections(diff);
  const full = render(
    head,
    all,
    all.map((s) => s.variants[0]),
  );
  if (full.length <= limit) return { body: full, full, truncated: false, omitted: { services: 0, changes: 0 } };

  // Room for the note in the worst case: every count at its largest, the longest prefixes named.
  const totalChanges = all.reduce((n, s) => n + s.changes, 0);
  const prefixes = [...new Set(all.map((s) => s.prefix))];
  const longest = Math.max(0, ...prefixes.map((p) => p.length));
  const reserve = truncationNote(totalChanges, prefixes, options.fullReportPath).length + MAX_NAMED * (longest + 4) + LOW_HEADING.length;
  const chosen: (Variant | undefined)[] = all.map(() => undefined);
  let used = head.length + reserve;
  const tryChoose = (i: number, v: Variant) => {
    const delta = v.text.length + 1 - (chosen[i] ? chosen[i]!.text.length + 1 : 0);
    if (used + delta > limit) return;
    used += delta;
    chosen[i] = v;
  };
  // 1. Breaking changes of every service (the shortest variant that lists them all).
  all.forEach((s, i) => s.breaking > 0 && tryChoose(i, s.variants[s.variants.length - 1]!));
  // 2. Whole service sections. 3. Descriptions and metadata.
  all.forEach((s, i) => !s.low && chosen[i] !== s.variants[0] && tryChoose(i, s.variants[0]!));
  all.forEach((s, i) => s.low && tryChoose(i, s.variants[0]!));

  let leftChanges = 0;
  const leftPrefixes: string[] = [];
  all.forEach((s, i) => {
    const left = s.changes - (chosen[i]?.shown ?? 0);
    leftChanges += left;
    if (left > 0 && !leftPrefixes.includes(s.prefix)) leftPrefixes.push(s.prefix);
  });
  const body = render(head, all, chosen) + truncationNote(leftChanges, leftPrefixes, options.fullReportPath);
  if (body.length > limit) throw new Error(`changelog: limit ${limit} is too small for the summary alone (${body.length} characters)`);
  return { body, full, truncated: true, omitted: { services: leftPrefixes.length, changes: leftChanges } };
}
