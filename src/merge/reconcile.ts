import type { Action, ResourceType, ConditionKey, Service, Source } from "../model/types.js";
import { compareStrings, uniqueSorted } from "../model/normalize.js";
import { accessLevelsFromAnnotations, primaryAccessLevel } from "../json/accessLevel.js";
import { REASONS, arnFormatsReason, missingReason, typesReason } from "./disagreementReasons.js";
import {
  RECONCILE_FIELDS,
  type Agreement,
  type Disagreement,
  type ReconcileField,
  type ReconcileReport,
  type ServiceDisagreements,
} from "./reconcileReport.js";

/**
 * Compares what the pages say with what the official JSON says, field by field: every item either
 * agrees or becomes a disagreement with its reason. Items of a record missing on one side are not
 * compared again below it (an action only on the pages is one disagreement, not one per key).
 */
export function reconcile(html: Service[], json: Service[]): ReconcileReport {
  const tally = new Tally();
  const pages = new Map(html.map((s) => [s.prefix, s]));
  const official = new Map(json.map((s) => [s.prefix, s]));
  tally.names("service", "", "", [...pages.keys()], [...official.keys()]);
  for (const prefix of uniqueSorted([...pages.keys()].filter((p) => official.has(p)))) {
    compareService(tally, pages.get(prefix)!, official.get(prefix)!);
  }
  return tally.report();
}

function compareService(t: Tally, h: Service, j: Service) {
  const p = h.prefix;
  const actions = pairByName(t, "action", p, "", h.actions, j.actions);
  for (const [ha, ja] of actions) compareAction(t, p, ha, ja);
  for (const [hr, jr] of pairByName(t, "resourceType", p, "", h.resourceTypes, j.resourceTypes)) compareResourceType(t, p, hr, jr);
  for (const [hk, jk] of pairByName(t, "conditionKey", p, "", h.conditionKeys, j.conditionKeys)) compareConditionKey(t, p, hk, jk);
}

function compareAction(t: Tally, p: string, h: Action, j: Action) {
  const rows = pairByName(t, "actionResourceType", p, h.name, h.resourceTypes, j.resourceTypes, (onlyIn, item) => {
    const other = onlyIn === "html" ? j.resourceTypes : h.resourceTypes;
    if (other.length === 0) return onlyIn === "html" ? REASONS.noResourceTypesInJson : REASONS.noResourceTypesOnPage;
    return missingReason("actionResourceType", onlyIn, item, other.map((r) => r.name));
  });
  // Keys by row ("" is the action-level row), over the rows both sources have.
  const keyRows: [string, string[], string[]][] = [["", h.conditionKeys, j.conditionKeys]];
  for (const [hr, jr] of rows) keyRows.push([hr.name, hr.conditionKeys, jr.conditionKeys]);
  const rowsOf = (side: "html" | "json", key: string) =>
    keyRows.filter(([, hk, jk]) => (side === "html" ? hk : jk).includes(key)).map(([row]) => row);
  for (const [row, hk, jk] of keyRows) {
    const record = row === "" ? h.name : `${h.name} / ${row}`;
    t.names("actionConditionKey", p, record, hk, jk, (onlyIn, key) => {
      const elsewhere = rowsOf(onlyIn === "html" ? "json" : "html", key).filter((r) => r !== row);
      return elsewhere.length ? REASONS.otherRow : missingReason("actionConditionKey", onlyIn, key, onlyIn === "html" ? jk : hk);
    });
  }
  if (j.annotations !== undefined) {
    const jsonLevels = accessLevelsFromAnnotations(j.annotations);
    // The older page layout shows one level, the non-Write one of a combination such as
    // "Permissions management, Write"; compare the full set only where the page gives one.
    const agree =
      h.accessLevel === primaryAccessLevel(jsonLevels) &&
      (h.accessLevels.length < 2 || sameSet(h.accessLevels, jsonLevels));
    t.value("accessLevel", p, h.name, "access level", h.accessLevels, jsonLevels, agree, () => REASONS.accessLevel);
  }
}

function compareResourceType(t: Tally, p: string, h: ResourceType, j: ResourceType) {
  t.value("arnFormats", p, h.name, "ARN formats", h.arnFormats, j.arnFormats, sameSet(h.arnFormats, j.arnFormats), arnFormatsReason);
  t.names("resourceTypeConditionKey", p, h.name, h.conditionKeys, j.conditionKeys);
}

function compareConditionKey(t: Tally, p: string, h: ConditionKey, j: ConditionKey) {
  t.value("conditionKeyTypes", p, h.name, "types", h.types, j.types, sameSet(h.types, j.types), typesReason);
}

/** Counts the names of both lists under `field` and returns the records both have, paired. */
function pairByName<T extends { name: string }>(
  t: Tally,
  field: ReconcileField,
  prefix: string,
  record: string,
  html: T[],
  json: T[],
  reason?: (onlyIn: Source, item: string) => string,
): [T, T][] {
  t.names(field, prefix, record, html.map((x) => x.name), json.map((x) => x.name), reason);
  const byName = new Map(json.map((x) => [x.name, x]));
  return html.flatMap((h): [T, T][] => {
    const j = byName.get(h.name);
    return j ? [[h, j]] : [];
  });
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const x = new Set(a);
  const y = new Set(b);
  return x.size === y.size && [...x].every((v) => y.has(v));
}

/** Accumulates agreement counts and disagreements. */
class Tally {
  private readonly counts = new Map<ReconcileField, Agreement>(RECONCILE_FIELDS.map((f) => [f, { compared: 0, agreeing: 0 }]));
  private readonly found: Disagreement[] = [];

  private count(field: ReconcileField, agreeing: boolean) {
    const c = this.counts.get(field)!;
    c.compared++;
    if (agreeing) c.agreeing++;
  }

  /** Two lists of names: each name of either is one item, agreeing when both have it. */
  names(
    field: ReconcileField,
    prefix: string,
    record: string,
    html: readonly string[],
    json: readonly string[],
    reason: (onlyIn: Source, item: string) => string = (onlyIn, item) => missingReason(field, onlyIn, item, onlyIn === "html" ? json : html),
  ) {
    const h = new Set(html);
    const j = new Set(json);
    for (const item of uniqueSorted([...h, ...j])) {
      const both = h.has(item) && j.has(item);
      this.count(field, both);
      if (both) continue;
      const onlyIn: Source = h.has(item) ? "html" : "json";
      this.found.push({ kind: "missing", field, prefix: field === "service" ? item : prefix, record, item, onlyIn, reason: reason(onlyIn, item) });
    }
  }

  /** One item with a value on each side. */
  value(
    field: ReconcileField,
    prefix: string,
    record: string,
    item: string,
    html: readonly string[],
    json: readonly string[],
    agreeing: boolean,
    reason: (html: string[], json: string[]) => string,
  ) {
    this.count(field, agreeing);
    if (agreeing) return;
    const h = uniqueSorted(html);
    const j = uniqueSorted(json);
    this.found.push({ kind: "differs", field, prefix, record, item, html: h, json: j, reason: reason(h, j) });
  }

  report(): ReconcileReport {
    const fields = Object.fromEntries(RECONCILE_FIELDS.map((f) => [f, { ...this.counts.get(f)! }])) as Record<ReconcileField, Agreement>;
    const overall = RECONCILE_FIELDS.reduce(
      (sum, f) => ({ compared: sum.compared + fields[f].compared, agreeing: sum.agreeing + fields[f].agreeing }),
      { compared: 0, agreeing: 0 },
    );
    const disagreements = [...this.found].sort(
      (a, b) =>
        compareStrings(a.prefix, b.prefix) ||
        RECONCILE_FIELDS.indexOf(a.field) - RECONCILE_FIELDS.indexOf(b.field) ||
        compareStrings(a.record, b.record) ||
        compareStrings(a.item, b.item),
    );
    const perService = new Map<string, ServiceDisagreements>();
    const perReason = new Map<string, number>();
    for (const d of disagreements) {
      const s = perService.get(d.prefix) ?? { prefix: d.prefix, total: 0, byField: {} };
      s.total++;
      s.byField[d.field] = (s.byField[d.field] ?? 0) + 1;
      perService.set(d.prefix, s);
      perReason.set(d.reason, (perReason.get(d.reason) ?? 0) + 1);
    }
    return {
      fields,
      overall,
      reasons: [...perReason]
        .map(([reason, count]) => ({ reason, count }))
        .sort((a, b) => b.count - a.count || compareStrings(a.reason, b.reason)),
      services: [...perService.values()].sort((a, b) => compareStrings(a.prefix, b.prefix)),
      disagreements,
    };
  }
}
