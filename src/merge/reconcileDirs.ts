import path from "node:path";
import { readHtmlDir, parseHtmlPages } from "../parse/index.js";
import { readJsonDir } from "../json/readJsonDir.js";
import { parseJsonServices } from "../json/parseJsonServices.js";
import { reconcile } from "./reconcile.js";
import type { ReconcileReport } from "./reconcileReport.js";
import type { ReconcileLabels } from "./renderReconcile.js";

/**
 * How a report names an input folder: its last two path segments (e.g. html/2026-06-01), so that
 * the same capture gives the same report wherever the corpus sits.
 */
export function inputLabel(dir: string): string {
  return path.resolve(dir).split(path.sep).filter(Boolean).slice(-2).join("/");
}

/** Reads and parses a folder of pages and a folder of official JSON, and reconciles them. */
export async function reconcileDirs(htmlDir: string, jsonDir: string): Promise<{ report: ReconcileReport; labels: ReconcileLabels; warnings: string[] }> {
  const [pages, jsonInputs] = await Promise.all([readHtmlDir(htmlDir), readJsonDir(jsonDir)]);
  const html = await parseHtmlPages(pages);
  const json = parseJsonServices(jsonInputs);
  return { report: reconcile(html, json.services), labels: { html: inputLabel(htmlDir), json: inputLabel(jsonDir) }, warnings: json.warnings };
}
