import type { Source } from "../model/types.js";
import type { ReconcileField } from "./reconcileReport.js";

/**
 * Classes of disagreement, each a way in which AWS's two publications differ. The classifiers
 * look only at the two values (and the other side's names), so the same data always gets the same
 * reason.
 */
export const REASONS = {
  noPage: "no documentation page uses this prefix",
  noJsonFile: "no JSON file for this prefix",
  missingFromJson: "missing from the JSON",
  missingFromPages: "missing from the pages",
  letterCase: "same name in another letter case in the other source",
  noResourceTypesOnPage: "the page lists no resource type for the action (it applies to all resources)",
  noResourceTypesInJson: "the JSON lists no resource type for the action (it applies to all resources)",
  otherRow: "the other source lists the key on another row of the action",
  placeholderNames: "ARN formats differ only in placeholder names",
  arnCase: "ARN formats differ only in letter case",
  moreOnPages: "the pages give more values (several pages share the prefix)",
  moreInJson: "the JSON gives more values",
  arrayVsScalar: "array vs scalar type (ArrayOfX vs X)",
  differentValue: "different values",
  accessLevel: "different access level",
} as const;

/** Reason for an item present in one source only; `otherNames` are the other side's items of the same record. */
export function missingReason(field: ReconcileField, onlyIn: Source, item: string, otherNames: Iterable<string>): string {
  if (field === "service") return onlyIn === "json" ? REASONS.noPage : REASONS.noJsonFile;
  const lower = item.toLowerCase();
  for (const other of otherNames) if (other !== item && other.toLowerCase() === lower) return REASONS.letterCase;
  return onlyIn === "json" ? REASONS.missingFromPages : REASONS.missingFromJson;
}

const placeholderless = (arn: string) => arn.replace(/\$\{[^}]*\}/g, "${}");

export function arnFormatsReason(html: string[], json: string[]): string {
  const same = (f: (s: string) => string) => sameSet(html.map(f), json.map(f));
  if (same((s) => s.toLowerCase())) return REASONS.arnCase;
  if (same(placeholderless)) return REASONS.placeholderNames;
  return subsetReason(html, json);
}

export function typesReason(html: string[], json: string[]): string {
  const scalar = (t: string) => t.replace(/^ArrayOf/, "");
  if (sameSet(html.map(scalar), json.map(scalar)) && html.length === json.length) return REASONS.arrayVsScalar;
  return subsetReason(html, json);
}

function subsetReason(html: string[], json: string[]): string {
  if (html.length > json.length && json.every((v) => html.includes(v))) return REASONS.moreOnPages;
  if (json.length > html.length && html.every((v) => json.includes(v))) return REASONS.moreInJson;
  return REASONS.differentValue;
}

function sameSet(a: string[], b: string[]): boolean {
  const x = new Set(a);
  const y = new Set(b);
  return x.size === y.size && [...x].every((v) => y.has(v));
}
