export { mergeSources, mergeService } from "./mergeSources.js";
export { reconcile } from "./reconcile.js";
export { renderReconcileMarkdown, renderReconcileJson, type ReconcileLabels } from "./renderReconcile.js";
export { buildCatalogFromSources, type CatalogSources, type CatalogSource, type BuiltCatalog } from "./build.js";
export * from "./reconcileReport.js";
export { REASONS } from "./disagreementReasons.js";
export { reconcileDirs, inputLabel } from "./reconcileDirs.js";
