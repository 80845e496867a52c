import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { readCatalog, type Catalog } from "../../src/model/catalog.js";
import { corpusDir, repoRoot } from "../../src/model/paths.js";

export const fixtureDir = (name: string) => path.join(repoRoot, "test/fixtures/diff", name);
export const readFixture = (name: string): Promise<Catalog> => readCatalog(fixtureDir(name));

export const hasHtmlCorpus = existsSync(path.join(corpusDir, "html/2025-06-01")) && existsSync(path.join(corpusDir, "html/2026-06-01"));
export const hasJsonCorpus = existsSync(path.join(corpusDir, "json/2026-06-01"));

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `scripts/diff.ts` under tsx as `npm run diff --` does (one node process, tsx as loader), from `cwd`. */
export function runDiffCli(args: string[], cwd = repoRoot): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const loader = pathToFileURL(path.join(repoRoot, "node_modules/tsx/dist/loader.mjs")).href;
    const child = spawn(process.execPath, ["--import", loader, path.join(repoRoot, "scripts/diff.ts"), ...args], {
      cwd,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString("utf8")));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}
