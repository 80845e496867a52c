import type { CatalogDiff, SemverImpact, ShrinkReport } from "../diff/index.js";
import type { FetchFailure, FetchStats, RemovedDocument } from "../fetch/index.js";
import type { ReconcileReport } from "../merge/index.js";

/** A catalog in numbers, for summaries. */
export interface CatalogTotals {
  date: string | null;
  services: number;
  actions: number;
  resourceTypes: number;
  conditionKeys: number;
}

/** What the scrape found, whatever happened next. */
export interface ScrapeFacts {
  catalog: CatalogTotals;
  /** The snapshots before this run; null when there were none (first run). */
  previous: CatalogTotals | null;
  reconcile?: ReconcileReport;
  warnings: string[];
  removed: RemovedDocument[];
  fetchStats?: FetchStats;
}

export interface UnchangedOutcome extends ScrapeFacts {
  status: "unchanged";
}

export interface ChangedOutcome extends ScrapeFacts {
  status: "changed";
  diff: CatalogDiff;
  /** The guard objected but --allow-shrink let the catalog through. */
  shrinkOverridden?: ShrinkReport;
  pr: { title: string; body: string; changelog: string; truncated: boolean };
}

export interface RefusedOutcome {
  status: "refused";
  shrink: ShrinkReport;
}

/** Which step failed: the fetch/parse of AWS's documents, the package build, or the final swap. */
export type FailedStage = "scrape" | "snapshots" | "package" | "swap";

export interface FailedOutcome {
  status: "failed";
  stage: FailedStage;
  message: string;
  /** Every URL that could not be fetched, when that is what failed. */
  failures: FetchFailure[];
}

export type UpdateOutcome = UnchangedOutcome | ChangedOutcome | RefusedOutcome | FailedOutcome;

export const impactOf = (o: UpdateOutcome): SemverImpact => (o.status === "changed" ? o.diff.impact : "none");
