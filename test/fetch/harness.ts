import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { FetchEvent, FetchSourcesOptions, Progress } from "../../src/fetch/index.js";
import { corpusDir, repoRoot } from "../../src/model/paths.js";
import { startLoopbackServer, type LoopbackServer, type LoopbackServerOptions } from "../helpers/loopbackServer.js";

export const FIXTURES = path.join(repoRoot, "test/fixtures/fetch");
export const FIXTURE_HTML = path.join(FIXTURES, "html");
export const FIXTURE_JSON = path.join(FIXTURES, "json");
export const ERROR_PAGE = path.join(FIXTURES, "error-pages/list_awsiot1-click.html");
export const FIXTURE_PAGES = [
  "list_amazoncodeguru.html",
  "list_amazonrdsiamauthentication.html",
  "list_awsapp2container.html",
  "list_awspricelist.html",
  "list_awssupportplans.html",
  "list_tageditor.html",
];
export const FIXTURE_SERVICES = ["a2c", "codeguru", "pricing", "rds-db", "resource-explorer", "supportplans"];

export const CORPUS_HTML = path.join(corpusDir, "html/2026-06-01");
export const CORPUS_JSON = path.join(corpusDir, "json/2026-06-01");
export const hasCorpus = existsSync(CORPUS_HTML) && existsSync(CORPUS_JSON);

export function fixtureServer(extra: Partial<LoopbackServerOptions> = {}): Promise<LoopbackServer> {
  return startLoopbackServer({ html: { dir: FIXTURE_HTML }, json: { dir: FIXTURE_JSON }, ...extra });
}

/** Retry delays of a few ms and Retry-After capped at 40 ms: tests stay fast, behaviour is the same. */
export const FAST_RETRIES = { maxRetries: 3, baseDelayMs: 1, maxDelayMs: 4, maxRetryAfterMs: 40 };

export class EventLog implements Progress {
  readonly events: FetchEvent[] = [];
  report(e: FetchEvent): void {
    this.events.push(e);
  }
  of<T extends FetchEvent["type"]>(type: T): Extract<FetchEvent, { type: T }>[] {
    return this.events.filter((e): e is Extract<FetchEvent, { type: T }> => e.type === type);
  }
}

export function options(server: LoopbackServer, cacheDir: string, more: Partial<FetchSourcesOptions> = {}): FetchSourcesOptions {
  return {
    baseUrl: server.baseUrl,
    jsonBaseUrl: server.jsonBaseUrl,
    cacheDir,
    retries: FAST_RETRIES,
    ...more,
  };
}

const temps: string[] = [];
export async function tempDir(prefix = "fetch-cache-"): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  temps.push(dir);
  return dir;
}
export async function removeTempDirs(): Promise<void> {
  await Promise.all(temps.splice(0).map((d) => rm(d, { recursive: true, force: true })));
}

export async function filesUnder(dir: string): Promise<string[]> {
  return ((await readdir(dir, { recursive: true })) as string[]).sort();
}

export const readText = (file: string) => readFile(file, "utf8");
export const jsonFixture = (service: string) => path.join(FIXTURE_JSON, service, `${service}.json`);
