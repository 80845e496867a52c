import type { Source } from "../model/types.js";

/** What the reconcile compares, in report order. */
export const RECONCILE_FIELDS = [
  "service",
  "action",
  "actionResourceType",
  "actionConditionKey",
  "accessLevel",
  "resourceType",
  "arnFormats",
  "resourceTypeConditionKey",
  "conditionKey",
  "conditionKeyTypes",
] as const;

export type ReconcileField = (typeof RECONCILE_FIELDS)[number];

/** One line per field in the report: what an item is, so the numbers can be read. */
export const FIELD_ITEMS: Record<ReconcileField, string> = {
  service: "service prefixes (pages vs JSON files)",
  action: "action names of a prefix",
  actionResourceType: "resource types listed for an action",
  actionConditionKey: "condition keys of an action, per row (action-level or a resource type's row)",
  accessLevel: "access level of an action vs the JSON's Annotations flags (actions whose JSON has flags)",
  resourceType: "resource type names of a prefix",
  arnFormats: "ARN formats of a resource type (the set)",
  resourceTypeConditionKey: "condition keys of a resource type",
  conditionKey: "condition key names of a prefix",
  conditionKeyTypes: "types of a condition key (the set)",
};

interface DisagreementBase {
  field: ReconcileField;
  prefix: string;
  /** The record the item belongs to (an action, a resource type, an action's row); "" at service level. */
  record: string;
  item: string;
  /** Why they differ, as far as the data shows it; always a case of "the two AWS publications disagree". */
  reason: string;
}

/** The item exists in one publication only. */
export interface MissingDisagreement extends DisagreementBase {
  kind: "missing";
  onlyIn: Source;
}

/** Both publications have the item and give it different values. */
export interface DiffersDisagreement extends DisagreementBase {
  kind: "differs";
  html: string[];
  json: string[];
}

export type Disagreement = MissingDisagreement | DiffersDisagreement;

export interface Agreement {
  compared: number;
  agreeing: number;
}

export interface ServiceDisagreements {
  prefix: string;
  total: number;
  byField: Partial<Record<ReconcileField, number>>;
}

export interface ReconcileReport {
  fields: Record<ReconcileField, Agreement>;
  overall: Agreement;
  /** Reason → count, for the summary. */
  reasons: { reason: string; count: number }[];
  /** Services with at least one disagreement. */
  services: ServiceDisagreements[];
  disagreements: Disagreement[];
}

/** agreeing / compared; 1 when nothing was compared (nothing to disagree about). */
export const ratioOf = (a: Agreement) => (a.compared === 0 ? 1 : a.agreeing / a.compared);
