import type { Action, ConditionKey, ResourceType } from "../model/types.js";

/**
 * classic: the layout of every captured page (Actions | Description | Access level | Resource
 * types | Condition keys | Dependent actions). 2026-07: AWS's July 2026 layout, with an API
 * operations table, a separate permission-only actions table and Access level as the last column.
 */
export type PageLayout = "classic" | "2026-07";

/** What one SAR page says, before pages sharing a prefix are merged into a Service. */
export interface PageRecord {
  /** File name, as errors name the page. */
  file: string;
  url: string;
  prefix: string;
  /** Service display name from the page title ("Actions, resources, and condition keys for X" → X). */
  name: string;
  layout: PageLayout;
  /** The official JSON the page's intro links (2026-07 layout only). */
  jsonUrl?: string;
  actions: Action[];
  resourceTypes: ResourceType[];
  conditionKeys: ConditionKey[];
}
