// Shared by the update end-to-end tests: a temporary git repository holding snapshots/ and
// generated/, the loopback server playing AWS, and helpers to see what a run changed.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { silentProgress } from "../../src/fetch/index.js";
import type { LoopbackServer } from "../helpers/loopbackServer.js";
import { runUpdate, type UpdateOptions, type UpdateResult } from "../../src/update/index.js";

const exec = promisify(execFile);

/** Retries that fail fast: a page failing for good costs a few ms, not the nightly's seconds. */
export const FAST_RETRIES = { maxRetries: 1, baseDelayMs: 2, maxDelayMs: 4, maxRetryAfterMs: 10 };

export interface TempRepo {
  root: string;
  snapshots: string;
  generated: string;
  work: string;
  cache: string;
  git(...args: string[]): Promise<string>;
  /** `git status --porcelain` of the repository, one entry per line ("" when clean). */
  status(): Promise<string>;
  commitAll(message: string): Promise<void>;
  remove(): Promise<void>;
}

/** A new git repository: snapshots/ empty, no generated/ yet; .cache/ ignored as in the project. */
export async function tempRepo(): Promise<TempRepo> {
  const root = await mkdtemp(path.join(os.tmpdir(), "iam-update-e2e-"));
  const git = async (...args: string[]) =>
    (await exec("git", ["-c", "user.name=update test", "-c", "user.email=update@test.invalid", "-c", "commit.gpgsign=false", ...args], { cwd: root, maxBuffer: 64 << 20 })).stdout;
  await git("init", "--quiet", "--initial-branch=main");
  await writeFile(path.join(root, ".gitignore"), ".cache/\ngenerated/dist/\ngenerated/.cache/\n.*.tmp-*\n.*.old-*\n");
  await mkdir(path.join(root, "snapshots"));
  await git("add", "-A");
  await git("commit", "--quiet", "-m", "empty");
  return {
    root,
    snapshots: path.join(root, "snapshots"),
    generated: path.join(root, "generated"),
    work: path.join(root, ".cache/update"),
    cache: path.join(root, ".cache/fetch"),
    git,
    status: async () => (await git("status", "--porcelain", "--untracked-files=all")).trimEnd(),
    async commitAll(message) {
      await git("add", "-A");
      await git("commit", "--quiet", "-m", message);
    },
    remove: () => rm(root, { recursive: true, force: true }),
  };
}

/** runUpdate against the loopback server, into the temporary repository. */
export function updateFrom(server: LoopbackServer, repo: TempRepo, more: Partial<UpdateOptions> = {}): Promise<UpdateResult> {
  return runUpdate({
    snapshotsDir: repo.snapshots,
    generatedDir: repo.generated,
    workDir: repo.work,
    displayRoot: repo.root,
    fetch: { baseUrl: server.baseUrl, jsonBaseUrl: server.jsonBaseUrl, cacheDir: repo.cache, retries: FAST_RETRIES, progress: silentProgress },
    ...more,
  });
}

/** Every file under `dir` (hidden ones included) → sha256 of its bytes; {} when `dir` is missing. */
export async function folderHashes(dir: string): Promise<Record<string, string>> {
  if (!existsSync(dir)) return {};
  const out: Record<string, string> = {};
  for (const entry of (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile())) {
    const file = path.join(entry.parentPath, entry.name);
    out[path.relative(dir, file)] = createHash("sha256").update(await readFile(file)).digest("hex");
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Names in the work folder. */
export async function workFiles(repo: TempRepo): Promise<string[]> {
  return existsSync(repo.work) ? (await readdir(repo.work)).sort() : [];
}

export const readWork = (repo: TempRepo, name: string) => readFile(path.join(repo.work, name), "utf8");

/** Leftover staging folders beside snapshots/ or generated/ (there must be none after a run). */
export async function stagingLeftovers(repo: TempRepo): Promise<string[]> {
  return (await readdir(repo.root)).filter((n) => /^\.(snapshots|generated)\.(tmp|old)-/.test(n));
}
