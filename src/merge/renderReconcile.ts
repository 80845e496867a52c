import { toJson } from "../model/normalize.js";
import { FIELD_ITEMS, RECONCILE_FIELDS, ratioOf, type Agreement, type Disagreement, type ReconcileReport } from "./reconcileReport.js";

/** Labels of the two inputs for the heading, e.g. the capture folders; leave out absolute paths to keep output stable. */
export interface ReconcileLabels {
  html?: string;
  json?: string;
}

const percent = (a: Agreement) => `${(ratioOf(a) * 100).toFixed(3)}%`;

/** Markdown cells: no pipes or line breaks; names and values as code so `*` and `_` stay literal. */
const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\s+/g, " ");
const code = (s: string) => (s === "" ? "" : `\`${cell(s)}\``);
const values = (v: string[]) => (v.length ? v.map(code).join(", ") : "(none)");

function sides(d: Disagreement): [string, string] {
  if (d.kind === "differs") return [values(d.html), values(d.json)];
  return d.onlyIn === "html" ? ["present", "—"] : ["—", "present"];
}

export function renderReconcileMarkdown(report: ReconcileReport, labels: ReconcileLabels = {}): string {
  const lines: string[] = [];
  const from = labels.html || labels.json ? ` (${labels.html ?? "pages"} vs ${labels.json ?? "JSON"})` : "";
  lines.push(`# Reconcile: documentation pages vs official JSON${from}`, "");
  lines.push(
    "AWS publishes the Service Authorization Reference twice: as documentation pages and as JSON.",
    "Every item below was compared between the two; each disagreement is a place where the two AWS",
    "publications disagree, with its reason as far as the data shows it. The merged catalog keeps",
    "both sides of every disagreement (`sources` says which publication has a record).",
    "",
    `Overall agreement: **${percent(report.overall)}** (${report.overall.agreeing} of ${report.overall.compared} items); ${report.disagreements.length} disagreements.`,
    "",
    "## Agreement per field",
    "",
    "| field | what an item is | compared | agreeing | agreement |",
    "|---|---|---:|---:|---:|",
  );
  for (const f of RECONCILE_FIELDS) {
    const a = report.fields[f];
    lines.push(`| ${f} | ${FIELD_ITEMS[f]} | ${a.compared} | ${a.agreeing} | ${percent(a)} |`);
  }
  lines.push(`| **overall** | | ${report.overall.compared} | ${report.overall.agreeing} | ${percent(report.overall)} |`, "");

  lines.push("## Disagreements per reason", "", "| reason | count |", "|---|---:|");
  for (const r of report.reasons) lines.push(`| ${cell(r.reason)} | ${r.count} |`);
  lines.push("");

  lines.push("## Disagreements per service", "", "| service | count | per field |", "|---|---:|---|");
  for (const s of report.services) {
    const per = RECONCILE_FIELDS.filter((f) => s.byField[f]).map((f) => `${f} ${s.byField[f]}`).join(", ");
    lines.push(`| ${code(s.prefix)} | ${s.total} | ${per} |`);
  }
  lines.push("");

  lines.push("## Every disagreement", "", "| service | field | record | item | pages | JSON | reason |", "|---|---|---|---|---|---|---|");
  for (const d of report.disagreements) {
    const [h, j] = sides(d);
    lines.push(`| ${code(d.prefix)} | ${d.field} | ${code(d.record)} | ${code(d.item)} | ${h} | ${j} | ${cell(d.reason)} |`);
  }
  return lines.join("\n") + "\n";
}

/** The report as JSON, with each ratio spelled out for readers that don't compute it. */
export function renderReconcileJson(report: ReconcileReport, labels: ReconcileLabels = {}): string {
  const withRatio = (a: Agreement) => ({ ...a, ratio: ratioOf(a) });
  return toJson({
    inputs: { html: labels.html ?? null, json: labels.json ?? null },
    overall: withRatio(report.overall),
    fields: Object.fromEntries(RECONCILE_FIELDS.map((f) => [f, withRatio(report.fields[f])])),
    reasons: report.reasons,
    services: report.services,
    disagreements: report.disagreements,
  });
}
