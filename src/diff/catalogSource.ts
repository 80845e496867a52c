import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseJsonFile, readCatalog, type Catalog } from "../model/catalog.js";

/** `git:REV` names snapshots/ as committed at REV; anything else is a catalog folder. */
export const GIT_PREFIX = "git:";

export interface CatalogSourceOptions {
  /** Folder inside the git work tree whose history `git:REV` reads (default: the current directory). */
  repoDir?: string;
  /** Path of the snapshots folder relative to repoDir (default "snapshots"). */
  snapshotsPath?: string;
}

interface RunResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

function runGit(args: string[], cwd: string, input?: string): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn("git", args, { cwd, stdio: [input === undefined ? "ignore" : "pipe", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout!.on("data", (d: Buffer) => out.push(d));
    child.stderr!.on("data", (d: Buffer) => err.push(d));
    child.on("error", (e) => reject(new Error(`git ${args[0]}: cannot run git (${e.message})`)));
    child.on("close", (code) =>
      resolve({ code: code ?? 1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString("utf8").trim() }),
    );
    if (child.stdin) {
      // git may exit before reading all of stdin (e.g. on a bad revision): its exit code and
      // stderr say why, so a broken pipe here must not crash the process.
      child.stdin.on("error", () => {});
      child.stdin.end(input);
    }
  });
}

async function git(args: string[], cwd: string, input?: string): Promise<Buffer> {
  const r = await runGit(args, cwd, input);
  if (r.code !== 0) throw new Error(`git ${args.join(" ")} (in ${cwd}) failed: ${r.stderr || `exit ${r.code}`}`);
  return r.stdout;
}

/**
 * Parses `git cat-file --batch` output: per object "<oid> <type> <size>\n<bytes>\n", or
 * "<name> missing\n" for a name that does not resolve.
 */
export function parseCatFileBatch(out: Buffer, names: string[]): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  let pos = 0;
  for (const name of names) {
    const eol = out.indexOf(0x0a, pos);
    if (eol < 0) throw new Error(`git cat-file: output ends before ${name}`);
    const head = out.subarray(pos, eol).toString("utf8");
    const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(head);
    if (!m) throw new Error(`git cat-file: ${name}: ${head}`);
    if (m[1] !== "blob") throw new Error(`git cat-file: ${name} is a ${m[1]}, not a file`);
    const size = Number(m[2]);
    files.set(name, out.subarray(eol + 1, eol + 1 + size));
    pos = eol + 1 + size + 1;
  }
  return files;
}

/**
 * Reads snapshots/ as committed at `rev`, read-only: lists the tree with ls-tree, fetches every
 * file in one `git cat-file --batch`, and reads the result as a catalog folder from a temporary
 * copy (so it is validated exactly like a folder on disk).
 */
export async function readCatalogAtRevision(rev: string, options: CatalogSourceOptions = {}): Promise<Catalog> {
  const cwd = path.resolve(options.repoDir ?? process.cwd());
  const snapshots = (options.snapshotsPath ?? "snapshots").replace(/\/+$/, "");
  const label = `${GIT_PREFIX}${rev}`;
  if (!rev || rev.startsWith("-")) throw new Error(`${label}: not a revision`);
  const prefix = (await git(["rev-parse", "--show-prefix"], cwd)).toString("utf8").trim();
  const commit = await runGit(["rev-parse", "--verify", "--quiet", `${rev}^{commit}`], cwd);
  if (commit.code !== 0) throw new Error(`${label}: unknown revision "${rev}" in ${cwd}`);
  const oid = commit.stdout.toString("utf8").trim();
  const treePath = path.posix.join(prefix, snapshots);
  const listing = (await git(["ls-tree", "-r", "-z", "--full-tree", "--name-only", oid, "--", `${treePath}/`], cwd))
    .toString("utf8")
    .split("\0")
    .filter(Boolean);
  const files = listing.filter((f) => path.posix.dirname(f) === treePath && f.endsWith(".json"));
  if (!files.some((f) => path.posix.basename(f) === "index.json"))
    throw new Error(`${label}: ${treePath}/index.json does not exist at ${oid.slice(0, 12)} (no catalog committed there)`);
  const names = files.map((f) => `${oid}:${f}`);
  const blobs = parseCatFileBatch(await git(["cat-file", "--batch"], cwd, names.map((n) => `${n}\n`).join("")), names);
  const tmp = await mkdtemp(path.join(tmpdir(), "iam-catalog-diff-"));
  try {
    for (const f of files) await writeFile(path.join(tmp, path.posix.basename(f)), blobs.get(`${oid}:${f}`)!);
    try {
      return await readCatalog(tmp);
    } catch (e) {
      // Name the revision, not the temporary copy.
      throw new Error((e as Error).message.split(tmp).join(`${label}:${treePath}`));
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

/** A diff operand: a catalog folder, or `git:REV` for snapshots/ at REV. */
export async function loadCatalog(spec: string, options: CatalogSourceOptions = {}): Promise<Catalog> {
  if (spec.startsWith(GIT_PREFIX)) return readCatalogAtRevision(spec.slice(GIT_PREFIX.length), options);
  return readCatalog(path.resolve(options.repoDir ?? process.cwd(), spec));
}

/**
 * Prefixes listed by an index file: AWS's aws-servicereference-index.json
 * (`[{"service": prefix, "url": ...}]`), a catalog's index.json, or plain text with one prefix per line.
 */
export async function readIndexedPrefixes(file: string): Promise<Set<string>> {
  const text = await readFile(file, "utf8");
  if (!/^\s*[[{]/.test(text))
    return new Set(
      text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith("#")),
    );
  const value = parseJsonFile(text, file);
  const entries = Array.isArray(value) ? value : (value as { services?: unknown }).services;
  if (!Array.isArray(entries)) throw new Error(`${file}: expected a JSON array of {service} or an object with services[]`);
  return new Set(
    entries.map((e, i) => {
      const name = (e as { service?: unknown; prefix?: unknown }).service ?? (e as { prefix?: unknown }).prefix;
      if (typeof name !== "string")
        throw new Error(`${file}: at /${Array.isArray(value) ? "" : "services/"}${i}: no "service" or "prefix" string`);
      return name;
    }),
  );
}
