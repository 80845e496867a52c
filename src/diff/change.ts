import type { Counts } from "../model/types.js";
import { severityOf, type ChangeImpact, type SemverImpact, type Severity } from "./semver.js";

/**
 * Every kind of change the diff reports, in the order the summary table and each service's
 * section list them. Each kind has a label (summary table) and the impact it usually has; the
 * few kinds whose impact depends on direction (see `Change.impact`) say so where they are made.
 */
export const CHANGE_KINDS = [
  "service-added",
  "service-removed",
  "service-renamed",
  "action-added",
  "action-removed",
  "action-access-level-changed",
  "action-resource-type-added",
  "action-resource-type-removed",
  "action-resource-type-required-changed",
  "action-condition-key-added",
  "action-condition-key-removed",
  "action-dependent-action-added",
  "action-dependent-action-removed",
  "action-operation-added",
  "action-operation-removed",
  "action-operation-changed",
  "resource-type-added",
  "resource-type-removed",
  "resource-type-arn-changed",
  "resource-type-condition-key-added",
  "resource-type-condition-key-removed",
  "condition-key-added",
  "condition-key-removed",
  "condition-key-type-changed",
  "condition-key-deprecated",
  "action-description-changed",
  "condition-key-description-changed",
  "metadata-changed",
] as const;

export type ChangeKind = (typeof CHANGE_KINDS)[number];

export const CHANGE_KIND_LABELS: Record<ChangeKind, string> = {
  "service-added": "Services added",
  "service-removed": "Services removed",
  "service-renamed": "Services renamed (display name)",
  "action-added": "Actions added",
  "action-removed": "Actions removed",
  "action-access-level-changed": "Access levels changed",
  "action-resource-type-added": "Resource types added to actions",
  "action-resource-type-removed": "Resource types removed from actions",
  "action-resource-type-required-changed": "Required flags changed",
  "action-condition-key-added": "Condition keys added to actions",
  "action-condition-key-removed": "Condition keys removed from actions",
  "action-dependent-action-added": "Dependent actions added",
  "action-dependent-action-removed": "Dependent actions removed",
  "action-operation-added": "SDK operations added",
  "action-operation-removed": "SDK operations removed",
  "action-operation-changed": "SDK operations changed",
  "resource-type-added": "Resource types added",
  "resource-type-removed": "Resource types removed",
  "resource-type-arn-changed": "ARN formats changed",
  "resource-type-condition-key-added": "Condition keys added to resource types",
  "resource-type-condition-key-removed": "Condition keys removed from resource types",
  "condition-key-added": "Condition keys added",
  "condition-key-removed": "Condition keys removed",
  "condition-key-type-changed": "Condition key types changed",
  "condition-key-deprecated": "Condition keys deprecated",
  "action-description-changed": "Action descriptions changed",
  "condition-key-description-changed": "Condition key descriptions changed",
  "metadata-changed": "Other metadata changed",
};

export const kindOrder: Record<ChangeKind, number> = Object.fromEntries(CHANGE_KINDS.map((k, i) => [k, i])) as Record<ChangeKind, number>;

/** The record fields that `metadata-changed` reports: none of them names or types anything a policy uses. */
export type MetadataField = "pages" | "sources" | "permissionOnly" | "apiDocUrl" | "annotations" | "deprecation";

export type ChangeValue = string | boolean | string[] | Counts;

/** One change to one service prefix. Which of action/resourceType/conditionKey/operation/field are set depends on the kind. */
export interface Change {
  kind: ChangeKind;
  severity: Severity;
  impact: ChangeImpact;
  prefix: string;
  action?: string;
  resourceType?: string;
  conditionKey?: string;
  operation?: string;
  field?: MetadataField;
  before?: ChangeValue;
  after?: ChangeValue;
}

export interface ServiceDiff {
  prefix: string;
  /** Display name in the new catalog (the old one when the service was removed). */
  name: string;
  impact: SemverImpact;
  changes: Change[];
}

export interface CatalogSide {
  kinds: string[];
  date: string | null;
  services: number;
  actions: number;
}

export interface CatalogDiff {
  old: CatalogSide;
  new: CatalogSide;
  impact: SemverImpact;
  /** Changes per kind, every kind present (zeros included) in CHANGE_KINDS order. */
  counts: Record<ChangeKind, number>;
  /** Changes per severity. */
  severities: Record<Severity, number>;
  /** Services with at least one change, sorted by prefix. */
  services: ServiceDiff[];
}

export type ChangeTarget = Omit<Change, "kind" | "severity" | "impact" | "prefix" | "before" | "after">;

/** Builds a change; severity follows from impact. */
export function change(
  kind: ChangeKind,
  impact: ChangeImpact,
  prefix: string,
  target: ChangeTarget,
  values: { before?: ChangeValue; after?: ChangeValue } = {},
): Change {
  const out: Change = { kind, severity: severityOf(impact), impact, prefix };
  // Fixed key order, so JSON output is byte-identical run to run.
  if (target.action !== undefined) out.action = target.action;
  if (target.resourceType !== undefined) out.resourceType = target.resourceType;
  if (target.conditionKey !== undefined) out.conditionKey = target.conditionKey;
  if (target.operation !== undefined) out.operation = target.operation;
  if (target.field !== undefined) out.field = target.field;
  if (values.before !== undefined) out.before = values.before;
  if (values.after !== undefined) out.after = values.after;
  return out;
}
