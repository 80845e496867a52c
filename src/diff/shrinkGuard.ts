import type { Catalog } from "../model/catalog.js";
import type { Service } from "../model/types.js";
import { compareStrings } from "../model/normalize.js";

/** Refuse when more than this fraction of all old actions is gone. */
export const MAX_LOST_ACTIONS = 0.02;
/** Refuse when a surviving service loses more than this fraction of its actions. */
export const MAX_LOST_PER_SERVICE = 0.5;

export interface ShrinkOptions {
  /**
   * Prefixes AWS's index still lists for the new capture. A lost service that is no longer
   * indexed was retired by AWS and is allowed; without an index every lost service counts.
   */
  indexedPrefixes?: ReadonlySet<string>;
}

export interface LostService {
  prefix: string;
  name: string;
  actions: number;
  /** true: still in AWS's index (refused); false: retired by AWS (allowed); null: no index known (refused). */
  indexed: boolean | null;
}

export interface ShrunkService {
  prefix: string;
  name: string;
  oldActions: number;
  newActions: number;
  lostActions: string[];
}

export interface ShrinkReport {
  refused: boolean;
  /** One sentence per rule broken. */
  reasons: string[];
  oldActions: number;
  newActions: number;
  /** Old actions (prefix:Name) missing from the new catalog, retired services included. */
  lostActions: number;
  lostFraction: number;
  lostServices: LostService[];
  /** Services still present that lost more than half of their actions. */
  shrunkServices: ShrunkService[];
}

const pct = (x: number) => `${(x * 100).toFixed(2)}%`;

/**
 * Would writing `after` over `before` lose more than a real AWS change can explain? Pure: returns
 * what would be lost and why it is refused; the caller decides (exit 3 unless --allow-shrink).
 * Counts actions that disappeared, not the net change, so additions elsewhere cannot hide a loss.
 */
export function checkShrink(before: Catalog, after: Catalog, options: ShrinkOptions = {}): ShrinkReport {
  const news = new Map<string, Service>(after.services.map((s) => [s.prefix, s]));
  const index = options.indexedPrefixes;
  let oldActions = 0;
  let lostActions = 0;
  const lostServices: LostService[] = [];
  const shrunkServices: ShrunkService[] = [];
  for (const b of [...before.services].sort((x, y) => compareStrings(x.prefix, y.prefix))) {
    oldActions += b.actions.length;
    const a = news.get(b.prefix);
    if (!a) {
      // A retired service's actions still count towards the 2% rule: if the scrape of the index
      // itself broke, "not indexed" would otherwise excuse exactly the catastrophic loss the
      // guard exists for (iam-dataset, 2026-07-09: 21,425 actions down to 271).
      lostActions += b.actions.length;
      lostServices.push({ prefix: b.prefix, name: b.name, actions: b.actions.length, indexed: index ? index.has(b.prefix) : null });
      continue;
    }
    const kept = new Set(a.actions.map((x) => x.name));
    const lost = b.actions
      .map((x) => x.name)
      .filter((n) => !kept.has(n))
      .sort(compareStrings);
    lostActions += lost.length;
    if (b.actions.length > 0 && lost.length / b.actions.length > MAX_LOST_PER_SERVICE)
      shrunkServices.push({
        prefix: b.prefix,
        name: b.name,
        oldActions: b.actions.length,
        newActions: a.actions.length,
        lostActions: lost,
      });
  }
  const newActions = after.services.reduce((n, s) => n + s.actions.length, 0);
  const lostFraction = oldActions === 0 ? 0 : lostActions / oldActions;

  const reasons: string[] = [];
  if (lostFraction > MAX_LOST_ACTIONS)
    reasons.push(`${lostActions} of ${oldActions} actions (${pct(lostFraction)}) would be lost; the limit is ${pct(MAX_LOST_ACTIONS)}`);
  const refusedServices = lostServices.filter((s) => s.indexed !== false);
  if (refusedServices.length)
    reasons.push(
      `${refusedServices.length} service(s) ${index ? "still in AWS's index" : "(no index given, so every lost service counts)"} would be lost: ${refusedServices.map((s) => s.prefix).join(", ")}`,
    );
  if (shrunkServices.length)
    reasons.push(
      `${shrunkServices.length} service(s) would lose more than half of their actions: ${shrunkServices.map((s) => `${s.prefix} (${s.lostActions.length} of ${s.oldActions})`).join(", ")}`,
    );
  return { refused: reasons.length > 0, reasons, oldActions, newActions, lostActions, lostFraction, lostServices, shrunkServices };
}

/** Plain-text report of what the new catalog would lose, for the terminal and the update log. */
export function renderShrinkReport(r: ShrinkReport, maxListed = 20): string {
  const lines = [
    r.refused ? "Shrink guard: the new catalog is REFUSED." : "Shrink guard: the new catalog passes.",
    `Actions: ${r.oldActions} before, ${r.newActions} after; ${r.lostActions} lost (${pct(r.lostFraction)}).`,
  ];
  for (const reason of r.reasons) lines.push(`- ${reason}`);
  const listed = (items: string[]) =>
    items.length > maxListed ? [...items.slice(0, maxListed), `... and ${items.length - maxListed} more`] : items;
  if (r.lostServices.length) {
    lines.push("Lost services:");
    const state = (s: LostService) => (s.indexed === null ? "no index known" : s.indexed ? "still indexed" : "retired by AWS");
    lines.push(...listed(r.lostServices.map((s) => `  ${s.prefix} (${s.name}): ${s.actions} actions, ${state(s)}`)));
  }
  for (const s of r.shrunkServices) {
    lines.push(`Service ${s.prefix} (${s.name}): ${s.oldActions} -> ${s.newActions} actions, lost:`);
    lines.push(...listed(s.lostActions.map((n) => `  ${s.prefix}:${n}`)));
  }
  return lines.join("\n") + "\n";
}
