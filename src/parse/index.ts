export { parsePage } from "./parsePage.js";
export { mergePagesByPrefix } from "./mergePages.js";
export { readHtmlDir, canonicalUrl } from "./readHtmlDir.js";
export { parseHtmlPages, parsePageRecords, type ParseHtmlPagesOptions } from "./parseHtmlPages.js";
export { ParseError, HtmlPagesError, type ParseErrorLocation, type TableKind } from "./errors.js";
export type { PageRecord, PageLayout } from "./types.js";
export { catalogFromHtmlDir, captureDate, type HtmlCatalogOptions } from "./htmlCatalog.js";
