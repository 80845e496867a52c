import type { Catalog } from "../model/catalog.js";
import type { Service } from "../model/types.js";
import { compareStrings } from "../model/normalize.js";
import { CHANGE_KINDS, type CatalogDiff, type CatalogSide, type Change, type ChangeKind, type ServiceDiff } from "./change.js";
import { maxImpact, type Severity } from "./semver.js";
import { diffService, serviceAdded, serviceRemoved } from "./serviceChanges.js";

function servicesByPrefix(catalog: Catalog, side: string): Map<string, Service> {
  const out = new Map<string, Service>();
  for (const s of catalog.services) {
    if (out.has(s.prefix)) throw new Error(`${side} catalog: service prefix "${s.prefix}" appears twice`);
    out.set(s.prefix, s);
  }
  return out;
}

const sideOf = (c: Catalog): CatalogSide => ({
  kinds: [...c.source.kinds].sort(compareStrings),
  date: c.source.date,
  services: c.services.length,
  actions: c.services.reduce((n, s) => n + s.actions.length, 0),
});

/**
 * Everything that changed from `before` to `after`, per service prefix. Pure and deterministic:
 * services sorted by prefix, changes in a fixed order (see compareChanges), whatever order the
 * catalogs list things in. Two catalogs with no change render to identical files.
 */
export function diffCatalogs(before: Catalog, after: Catalog): CatalogDiff {
  const olds = servicesByPrefix(before, "old");
  const news = servicesByPrefix(after, "new");
  const prefixes = [...new Set([...olds.keys(), ...news.keys()])].sort(compareStrings);
  const services: ServiceDiff[] = [];
  for (const prefix of prefixes) {
    const b = olds.get(prefix);
    const a = news.get(prefix);
    const changes: Change[] = a && b ? diffService(b, a) : a ? [serviceAdded(a)] : b ? [serviceRemoved(b)] : [];
    if (changes.length === 0) continue;
    services.push({ prefix, name: (a ?? b)!.name, impact: maxImpact(changes.map((c) => c.impact)), changes });
  }
  const counts = Object.fromEntries(CHANGE_KINDS.map((k) => [k, 0])) as Record<ChangeKind, number>;
  const severities: Record<Severity, number> = { breaking: 0, addition: 0, description: 0 };
  for (const s of services)
    for (const c of s.changes) {
      counts[c.kind]++;
      severities[c.severity]++;
    }
  return {
    old: sideOf(before),
    new: sideOf(after),
    impact: maxImpact(services.map((s) => s.impact)),
    counts,
    severities,
    services,
  };
}

export const changeCount = (diff: CatalogDiff) => diff.services.reduce((n, s) => n + s.changes.length, 0);
