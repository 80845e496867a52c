export { fetchSources, DEFAULT_CACHE_DIR, DEFAULT_CONCURRENCY, DEFAULT_MAX_REDIRECTS } from "./fetchSources.js";
export type { FetchSourcesOptions, FetchedSources, FetchStats, Redirect, RemovedDocument } from "./fetchSources.js";
export { FetchFailedError, type FetchFailure } from "./errors.js";
export { DEFAULT_RETRY, type RetryOptions } from "./retry.js";
export { DEFAULT_TIMEOUTS, type Timeouts } from "./http.js";
export { defaultProgress, PlainProgress, TtyProgress, silentProgress, type FetchEvent, type Progress, type TextSink } from "./progress.js";
export { resolveServiceUrl } from "./jsonIndex.js";
export { defaultUserAgent } from "./userAgent.js";
