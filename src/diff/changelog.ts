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

/** A service's breaking and non-breaking changes, breaking first; folded when long. */
function serviceSection(s: ServiceDiff, changes: Change[]): string {
  const n = countBySeverity(changes);
  const body: string[] = [];
  for (const severity of ["breaking", "addition"] as const) {
    const mine = changes.filter((c) => c.severity === severity);
    if (!mine.length) continue;
    body.push(`**${SEVERITY_HEADINGS[severity]}**`, "", ...mine.map((c) => `- ${changeLine(c)}`), "");
  }
  const title = `### ${serviceTitle(s)} (${s.impact})`;
  if (changes.length <= FOLD_THRESHOLD) return [title, "", ...body].join("\n");
  return [title, "", `<details><summary>${severitySummary(n)}</summary>`, "", ...body, "</details>", ""].join("\n");
}

/** Low-priority changes of one service, always folded. */
function descriptionSection(s: ServiceDiff, changes: Change[]): string {
  return [
    `<details><summary><code>${escapeHtml(s.prefix)}</code>: ${fmt(changes.length)} description/metadata change${changes.length === 1 ? "" : "s"}</summary>`,
    "",
    ...changes.map((c) => `- ${changeLine(c)}`),
    "",
    "</details>",
    "",
  ].join("\n");
}

interface Block {
  text: string;
  prefix: string;
  changes: number;
  /** Description/metadata blocks go under one heading, written before the first of them. */
  low: boolean;
}

const LOW_HEADING = `### ${SEVERITY_HEADINGS.description}\n\n`;

/**
 * The blocks of the report in priority order: service sections (services with breaking changes
 * first, then by prefix), then the low-priority description/metadata changes, listed
 * separately so truncation drops them first.
 */
function blocks(diff: CatalogDiff): Block[] {
  const main: Block[] = [];
  const low: Block[] = [];
  const ordered = [...diff.services].sort((a, b) => compareImpactDesc(a.impact, b.impact) || compareStrings(a.prefix, b.prefix));
  for (const s of ordered) {
    const important = s.changes.filter((c) => c.severity !== "description");
    if (important.length) main.push({ text: serviceSection(s, important), prefix: s.prefix, changes: important.length, low: false });
  }
  for (const s of diff.services) {
    const minor = s.changes.filter((c) => c.severity === "description");
    if (minor.length) low.push({ text: descriptionSection(s, minor), prefix: s.prefix, changes: minor.length, low: true });
  }
  return [...main, ...low];
}

/** Services named in the truncation note at most; the rest are counted. */
const MAX_NAMED = 30;

function truncationNote(left: Block[], fullReportPath: string | undefined): string {
  const changes = left.reduce((n, b) => n + b.changes, 0);
  const prefixes = [...new Set(left.map((b) => b.prefix))];
  const named = prefixes.slice(0, MAX_NAMED).map(code).join(", ") + (prefixes.length > MAX_NAMED ? `, and ${fmt(prefixes.length - MAX_NAMED)} more` : "");
  const where = fullReportPath ? `The full report is in ${code(fullReportPath)}.` : "The full report was written to a separate file.";
  return `\n---\n**Truncated to fit GitHub's ${fmt(GITHUB_BODY_LIMIT)}-character limit:** ${fmt(changes)} changes in ${fmt(prefixes.length)} services left out${prefixes.length ? ` (${named})` : ""}. ${where}\n`;
}

/**
 * The changelog as Markdown: `full` holds everything; `body` is the same report cut to `limit`
 * characters at a section boundary, ending with a count of what it leaves out.
 */
export function renderChangelog(diff: CatalogDiff, options: ChangelogOptions = {}): Changelog {
  const limit = options.limit ?? GITHUB_BODY_LIMIT;
  const head = header(diff);
  const all = blocks(diff);
  const firstLow = all.findIndex((b) => b.low);
  const full = [head, ...all.map((b, i) => (i === firstLow ? LOW_HEADING + b.text : b.text))].join("\n");
  let lowHeadingWritten = false;
  const textOf = (b: Block) => (b.low && !lowHeadingWritten ? LOW_HEADING + b.text : b.text);
  if (full.length <= limit) return { body: full, full, truncated: false, omitted: { services: 0, changes: 0 } };

  // Room for the note in the worst case: every count at its largest, and the longest prefixes named.
  const longest = Math.max(0, ...all.map((b) => b.prefix.length));
  const reserve = truncationNote(all, options.fullReportPath).length + MAX_NAMED * (longest + 4);
  let body = head;
  const left: Block[] = [];
  // A section that does not fit is left out whole (never cut in half); later, smaller sections
  // still go in, so the body says as much as fits, and the note names every service left out.
  for (const b of all) {
    const next = `${body}\n${textOf(b)}`;
    if (next.length + reserve > limit) left.push(b);
    else {
      body = next;
      if (b.low) lowHeadingWritten = true;
    }
  }
  const leftChanges = left.reduce((n, b) => n + b.changes, 0);
  const leftServices = new Set(left.map((b) => b.prefix)).size;
  body += truncationNote(left, options.fullReportPath);
  if (body.length > limit) throw new Error(`changelog: limit ${limit} is too small for the summary alone (${body.length} characters)`);
  return { body, full, truncated: true, omitted: { services: leftServices, changes: leftChanges } };
}
