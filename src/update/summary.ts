// summary.json: the outcome of a run for machines (the workflow reads `changed` and `impact`).
import { changeCount, type CatalogDiff } from "../diff/index.js";
import { ratioOf } from "../merge/index.js";
import { toJson } from "../model/normalize.js";
import { UPDATE_EXIT } from "./exitCodes.js";
import { impactOf, type ScrapeFacts, type UpdateOutcome } from "./outcome.js";

const nonZero = (counts: Record<string, number>) => Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));

function scrapeFields(o: ScrapeFacts) {
  const stats = o.fetchStats;
  return {
    date: o.catalog.date,
    services: o.catalog.services,
    actions: o.catalog.actions,
    resourceTypes: o.catalog.resourceTypes,
    conditionKeys: o.catalog.conditionKeys,
    previous: o.previous,
    reconcile: o.reconcile
      ? {
          compared: o.reconcile.overall.compared,
          agreeing: o.reconcile.overall.agreeing,
          agreement: Number(ratioOf(o.reconcile.overall).toFixed(6)),
          disagreements: o.reconcile.disagreements.length,
        }
      : null,
    removedFromIndex: o.removed.map((r) => ({ kind: r.kind, name: r.name, url: r.url })),
    warnings: o.warnings,
    fetch: stats
      ? {
          documents: stats.documents,
          downloaded: stats.downloaded,
          notModified: stats.notModified,
          fromCache: stats.fromCache,
          requests: stats.requests,
          retries: stats.retries,
          redirects: stats.redirects,
        }
      : null,
  };
}

const diffFields = (diff: CatalogDiff) => ({
  changes: changeCount(diff),
  counts: nonZero(diff.counts),
  severities: diff.severities,
  servicesChanged: diff.services.map((s) => s.prefix),
});

/** The summary of any outcome; the same keys lead every outcome so a reader needs no branching. */
export function renderSummary(o: UpdateOutcome): string {
  const head = { status: o.status, exitCode: UPDATE_EXIT[o.status], changed: o.status === "changed", impact: impactOf(o) };
  switch (o.status) {
    case "unchanged":
      return toJson({ ...head, ...scrapeFields(o), changes: 0 });
    case "changed":
      return toJson({
        ...head,
        ...scrapeFields(o),
        ...diffFields(o.diff),
        shrinkOverridden: o.shrinkOverridden ? o.shrinkOverridden.reasons : null,
        prTitle: o.pr.title,
        prBodyTruncated: o.pr.truncated,
      });
    case "refused":
      return toJson({
        ...head,
        shrink: {
          reasons: o.shrink.reasons,
          oldActions: o.shrink.oldActions,
          newActions: o.shrink.newActions,
          lostActions: o.shrink.lostActions,
          lostServices: o.shrink.lostServices,
          shrunkServices: o.shrink.shrunkServices.map((s) => ({ prefix: s.prefix, oldActions: s.oldActions, newActions: s.newActions })),
        },
      });
    case "failed":
      return toJson({ ...head, error: { stage: o.stage, message: o.message, failures: o.failures } });
  }
}
