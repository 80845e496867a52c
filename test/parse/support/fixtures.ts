import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { SAR_BASE_URL, type HtmlPageInput } from "../../../src/model/inputs.js";
import { corpusDir, repoRoot } from "../../../src/model/paths.js";
import { canonicalUrl } from "../../../src/parse/index.js";

export const fixturesDir = path.join(repoRoot, "test/fixtures/html");
/** Real pages copied from the corpus's html/2026-06-01 (stale/ holds retired ones). */
export const classicDir = path.join(fixturesDir, "2026-06-01");
/** Pages in the July 2026 layout, derived from classicDir pages and the JSON in sources/. */
export const derivedDir = path.join(fixturesDir, "2026-07-derived");

/** A fixture page as readHtmlDir would give it. `rel` is relative to test/fixtures/html. */
export function fixturePage(rel: string): HtmlPageInput {
  const html = readFileSync(path.join(fixturesDir, rel), "utf8");
  const file = path.basename(rel);
  return { file, url: canonicalUrl(html) ?? SAR_BASE_URL + file, html };
}

export const hasCorpus = existsSync(path.join(corpusDir, "html/2026-06-01"));
export const corpusHtmlDir = (date: string) => path.join(corpusDir, "html", date);
export const corpusJsonDir = (date: string) => path.join(corpusDir, "json", date);

/** The derived July-2026 pages: [derived file, classic source page, JSON source]. */
export const DERIVED_PAGES = [
  ["list_amazonkinesisdatastreams.html", "kinesis.json"],
  ["list_awsiotcoredeviceadvisor.html", "iotdeviceadvisor.json"],
  ["list_amazonelasticmapreduce.html", "elasticmapreduce.json"],
] as const;
