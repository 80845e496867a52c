// npm run bench -- generate: full generation time, incremental regeneration after one service
// changed, the package's unpacked size, and what importing it costs a consumer's `tsc --noEmit`.
import { execFileSync, spawnSync } from "node:child_process";
import { cp, mkdir, readFile, symlink, writeFile } from "node:fs/promises";
import { availableParallelism, loadavg } from "node:os";
import path from "node:path";
import { readCatalog } from "../../src/model/catalog.js";
import { defaultSnapshotsDir, repoRoot } from "../../src/model/paths.js";
import { tempDir } from "../emit/support.js";

const tsx = path.join(repoRoot, "node_modules/.bin/tsx");
const tsc = path.join(repoRoot, "node_modules/.bin/tsc");
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Runs `npm run generate` as a user would (a fresh process); returns wall and CPU time. */
function runGenerate(args: string[]): { wall: number; cpu: number; output: string } {
  const started = performance.now();
  const run = spawnSync("/usr/bin/time", ["-f", "%U %S", tsx, path.join(repoRoot, "scripts/generate.ts"), ...args], { encoding: "utf8", cwd: repoRoot });
  const wall = performance.now() - started;
  if (run.status !== 0) throw new Error(`generate failed:\n${run.stderr}`);
  const [user, sys] = run.stderr.trim().split("\n").at(-1)!.split(" ").map(Number) as [number, number];
  return { wall, cpu: (user + sys) * 1000, output: run.stdout.trim() };
}

/** Wall time of `tsc -p <config>` (fresh process each run), median of `runs`. */
function tscTime(config: string, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const run = spawnSync(tsc, ["-p", config], { encoding: "utf8" });
    times.push(performance.now() - started);
    if (run.status !== 0) throw new Error(`${config}: tsc failed:\n${run.stdout}${run.stderr}`);
  }
  return median(times);
}

export default async function bench() {
  const work = await tempDir("bench");
  try {
    console.log(`machine: ${availableParallelism()} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(" ")}`);
    const snapshots = path.join(work.dir, "snapshots");
    await cp(defaultSnapshotsDir, snapshots, { recursive: true });
    const pkg = path.join(work.dir, "aws-iam-catalog");
    const services = (await readCatalog(snapshots)).services.length;

    const full = runGenerate(["--snapshots", snapshots, "--out", pkg]);
    console.log(`full generate (${services} services, fresh folder): ${seconds(full.wall)} wall, ${seconds(full.cpu)} CPU`);
    const unchanged = runGenerate(["--snapshots", snapshots, "--out", pkg]);
    console.log(`regenerate, nothing changed: ${seconds(unchanged.wall)} wall (${unchanged.output.replace(/^generate: /, "")})`);

    const kmsFile = path.join(snapshots, "kms.json");
    const kms = JSON.parse(await readFile(kmsFile, "utf8"));
    kms.actions[0].description += " (changed)";
    await writeFile(kmsFile, JSON.stringify(kms, null, 2) + "\n");
    const one = runGenerate(["--snapshots", snapshots, "--out", pkg]);
    console.log(`regenerate after one service (kms) changed: ${seconds(one.wall)} wall, ${seconds(one.cpu)} CPU (${one.output.replace(/^generate: /, "")})`);

    const pack = JSON.parse(execFileSync("npm", ["pack", "--dry-run", "--json"], { cwd: pkg, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }))[0];
    console.log(`package: ${(pack.unpackedSize / 1e6).toFixed(2)} MB unpacked, ${(pack.size / 1e6).toFixed(2)} MB packed, ${pack.entryCount} files`);

    // A consumer project: the package linked into node_modules, one tsconfig per case.
    const consumer = path.join(work.dir, "consumer");
    await mkdir(path.join(consumer, "node_modules"), { recursive: true });
    await symlink(pkg, path.join(consumer, "node_modules", "aws-iam-catalog"), "dir");
    await writeFile(path.join(consumer, "package.json"), '{ "type": "module", "private": true }\n');
    const cases: Record<string, string> = {
      baseline: "export const policy = { Version: '2012-10-17' };\n",
      "one service (kms)": 'import * as kms from "aws-iam-catalog/kms";\nexport const action: kms.Action = kms.actions.Decrypt;\n',
      "one large service (ec2)": 'import * as ec2 from "aws-iam-catalog/ec2";\nexport const action: ec2.Action = ec2.actions.RunInstances;\n',
      root: 'import { kms } from "aws-iam-catalog";\nexport const action: kms.Action = kms.actions.Decrypt;\n',
      "root + AwsAction": 'import { kms, type AwsAction } from "aws-iam-catalog";\nexport const action: AwsAction = kms.actions.Decrypt;\n',
      "root + KnownAwsAction": 'import { kms, type KnownAwsAction } from "aws-iam-catalog";\nexport const action: KnownAwsAction = kms.actions.Decrypt;\n',
    };
    for (const [i, source] of Object.values(cases).entries()) await writeFile(path.join(consumer, `case${i}.ts`), source);
    const runs = 5;
    for (const types of [[], ["node"]] as string[][]) {
      const results: [string, number][] = [];
      for (const [i, name] of Object.keys(cases).entries()) {
        const config = path.join(consumer, `tsconfig.case${i}.${types.length}.json`);
        const compilerOptions = { target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", strict: true, skipLibCheck: true, noEmit: true, types, typeRoots: [path.join(repoRoot, "node_modules/@types")] };
        await writeFile(config, JSON.stringify({ compilerOptions, files: [`case${i}.ts`] }));
        results.push([name, tscTime(config, runs)]);
      }
      const base = results[0]![1];
      console.log(`consumer tsc --noEmit (strict, skipLibCheck, types: [${types.join(", ")}]; median of ${runs}):`);
      for (const [name, ms] of results)
        console.log(`  ${name.padEnd(24)} ${seconds(ms)}${name === "baseline" ? "" : `  (${ms >= base ? "+" : ""}${(((ms - base) / base) * 100).toFixed(0)}%)`}`);
    }
  } finally {
    await work.cleanup();
  }
}
