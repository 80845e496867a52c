// The package step of an update: generate the package from the staged snapshots, build and
// type-check it, then load the built JavaScript and compare it with the catalog, all in a staged
// folder that only replaces generated/ once everything passed.
import { spawn } from "node:child_process";
import { cp } from "node:fs/promises";
import { performance } from "node:perf_hooks";
import { generate } from "../emit/generate.js";
import type { Catalog } from "../model/catalog.js";
import { compareStrings } from "../model/normalize.js";

const elapsed = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

export interface PackageBuildInput {
  /** The new catalog folder (staged). */
  snapshotsDir: string;
  /** The new package folder (staged); does not exist yet. */
  outDir: string;
  /** The package as it is now (generated/), whose reusable output the generator may keep. */
  currentDir: string;
  /** The catalog in `snapshotsDir`. */
  catalog: Catalog;
  log: (line: string) => void;
}

/** Builds the package into `outDir` or throws saying why; the default is buildPackage. */
export type PackageBuilder = (input: PackageBuildInput) => Promise<void>;

/**
 * Starts from a copy of the current package, so the generator's incremental mode re-renders only
 * the services that changed; then generate (sources, dist/, package files), type-check strictly,
 * and check the built modules against the catalog.
 */
export const buildPackage: PackageBuilder = async (input) => {
  await cp(input.currentDir, input.outDir, { recursive: true, verbatimSymlinks: true }).catch((e: NodeJS.ErrnoException) => {
    if (e.code !== "ENOENT") throw e;
  });
  const started = performance.now();
  const result = await generate({ snapshotsDir: input.snapshotsDir, outDir: input.outDir, check: true });
  input.log(
    `update: package generated, built and type-checked in ${elapsed(started)}: ${result.services} services, ${result.rendered.length} rendered, ` +
      `${result.written.length} files written, ${result.removed.length} removed`,
  );
  const loading = performance.now();
  const problems = compareBuiltActions(await loadBuiltActions(input.outDir), input.catalog);
  if (problems.length) throw new Error(`the built package does not match the catalog:\n${problems.join("\n")}`);
  input.log(`update: the built package loads in Node and lists exactly the catalog's actions (${elapsed(loading)})`);
};

/** What the built package exports, as seen by a consumer: prefixes, and each service's action strings. */
export interface BuiltActions {
  prefixes: string[];
  actions: Record<string, string[]>;
}

// Runs in a separate Node process, in the package's folder, so it sees the package exactly as a
// consumer's Node would: it imports the package by its own name (a self-reference), which Node
// resolves through package.json "exports"; no test runner or tsx in between.
const LOADER = `
import { readFileSync } from "node:fs";
const { name } = JSON.parse(readFileSync("package.json", "utf8"));
const root = await import(name);
const out = { prefixes: [...root.servicePrefixes], actions: {} };
for (const prefix of out.prefixes) out.actions[prefix] = Object.values((await import(name + "/" + prefix)).actions);
process.stdout.write(JSON.stringify(out));
`;

export function loadBuiltActions(packageDir: string): Promise<BuiltActions> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--input-type=module", "-e", LOADER], { cwd: packageDir, stdio: ["ignore", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (d: Buffer) => out.push(d));
    child.stderr.on("data", (d: Buffer) => err.push(d));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) return reject(new Error(`loading the built package in ${packageDir} failed (exit ${code}):\n${Buffer.concat(err).toString("utf8").trim()}`));
      try {
        resolve(JSON.parse(Buffer.concat(out).toString("utf8")) as BuiltActions);
      } catch (e) {
        reject(new Error(`loading the built package in ${packageDir}: unreadable output (${(e as Error).message})`));
      }
    });
  });
}

/** Differences between the built package and the catalog, one line each (at most 20 listed). */
export function compareBuiltActions(built: BuiltActions, catalog: Catalog): string[] {
  const problems: string[] = [];
  const expected = new Map(catalog.services.map((s) => [s.prefix, s.actions.map((a) => `${s.prefix}:${a.name}`).sort(compareStrings)]));
  const prefixes = [...built.prefixes].sort(compareStrings);
  for (const p of prefixes) if (!expected.has(p)) problems.push(`service ${p}: in the package, not in the catalog`);
  for (const p of expected.keys()) if (!built.prefixes.includes(p)) problems.push(`service ${p}: in the catalog, not in the package`);
  for (const [p, want] of expected) {
    const got = built.actions[p];
    if (!got) continue;
    const have = new Set(got);
    const wanted = new Set(want);
    for (const a of want) if (!have.has(a)) problems.push(`${a}: missing from the package`);
    for (const a of [...have].sort(compareStrings)) if (!wanted.has(a)) problems.push(`${a}: in the package, not in the catalog`);
  }
  return problems.length > 20 ? [...problems.slice(0, 20), `… and ${problems.length - 20} more`] : problems;
}
