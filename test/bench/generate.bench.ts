// npm run bench -- generate: full generation time, regeneration when nothing or one service
// changed, the package's unpacked size, and what importing it costs a consumer's `tsc --noEmit`.
// Every run is a fresh process, as a user runs it; times are wall and CPU (user + system, of the
// process and its threads). The consumer cases are run round-robin, so that a burst of load on a
// shared machine weighs on every case alike, and reported as medians.
import { execFileSync, spawnSync } from "node:child_process";
import { cp, mkdir, readFile, symlink, writeFile } from "node:fs/promises";
import { availableParallelism, loadavg } from "node:os";
import path from "node:path";
import { readCatalog } from "../../src/model/catalog.js";
import { defaultSnapshotsDir, repoRoot } from "../../src/model/paths.js";
import { tempDir } from "../emit/support.js";

// The project's compiler, by path: node_modules/.bin/tsc may be the one of typescript-5.0, the
// devDependency that the consumer test checks the oldest supported TypeScript with.
const tsc = path.join(repoRoot, "node_modules/typescript/bin/tsc");
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const percent = (value: number, base: number) => `${value >= base ? "+" : ""}${(((value - base) / base) * 100).toFixed(1)}%`;

interface Timed {
  wall: number;
  cpu: number;
  /** Peak resident memory, MB. */
  rss: number;
  output: string;
}

/** Runs a command in a fresh process under /usr/bin/time: its wall time, CPU time (user + system) and peak memory. */
function timed(command: string, args: string[], cwd = repoRoot): Timed {
  const started = performance.now();
  const run = spawnSync("/usr/bin/time", ["-f", "%U %S %M", command, ...args], { encoding: "utf8", cwd, maxBuffer: 64 * 1024 * 1024 });
  const wall = performance.now() - started;
  if (run.status !== 0) throw new Error(`${path.basename(command)} ${args.join(" ")} failed:\n${run.stdout}${run.stderr}`);
  const [user, sys, rss] = run.stderr.trim().split("\n").at(-1)!.split(" ").map(Number) as [number, number, number];
  return { wall, cpu: (user + sys) * 1000, rss: rss / 1024, output: run.stdout.trim() };
}

const figures = (t: Pick<Timed, "wall" | "cpu">) => `${seconds(t.wall)} wall, ${seconds(t.cpu)} CPU`;

/** Medians of repeated runs. */
function medians(runs: Timed[]): Timed {
  return { wall: median(runs.map((r) => r.wall)), cpu: median(runs.map((r) => r.cpu)), rss: median(runs.map((r) => r.rss)), output: runs.at(-1)!.output };
}

async function changeKms(snapshots: string, change: (kms: { actions: { description: string }[] }) => void): Promise<void> {
  const file = path.join(snapshots, "kms.json");
  const kms = JSON.parse(await readFile(file, "utf8"));
  change(kms);
  await writeFile(file, JSON.stringify(kms, null, 2) + "\n");
}

export default async function bench() {
  const work = await tempDir("bench");
  try {
    console.log(`machine: ${availableParallelism()} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(" ")}`);
    const snapshots = path.join(work.dir, "snapshots");
    await cp(defaultSnapshotsDir, snapshots, { recursive: true });
    const pkg = path.join(work.dir, "aws-iam-catalog");
    const services = (await readCatalog(snapshots)).services.length;
    // As `npm run generate` runs it (without npm's own start).
    const generate = () => timed(process.execPath, [path.join(repoRoot, "scripts/run.mjs"), path.join(repoRoot, "scripts/generate.ts"), "--snapshots", snapshots, "--out", pkg]);
    const summary = (t: Timed) => t.output.replace(/^generate: .*?: /, "");

    const full = generate();
    console.log(`full generate (${services} services, fresh folder): ${figures(full)}, ${full.rss.toFixed(0)} MB peak memory`);
    const unchanged = medians([generate(), generate(), generate()]);
    console.log(`regenerate, nothing changed (median of 3): ${figures(unchanged)} (${summary(unchanged)})`);
    const one: Timed[] = [];
    for (let i = 0; i < 3; i++) {
      await changeKms(snapshots, (kms) => void (kms.actions[0]!.description += ` (change ${i})`));
      one.push(generate());
    }
    const oneMedian = medians(one);
    console.log(`regenerate after one service (kms) changed, a description (median of 3): ${figures(oneMedian)} (${summary(oneMedian)})`);
    await changeKms(snapshots, (kms) => void kms.actions.pop());
    const facts = generate();
    console.log(`regenerate after one service (kms) changed, an action less (the root re-rendered too): ${figures(facts)} (${summary(facts)})`);

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
    // The smallest baseline (no @types), a usual one (@types/node), and tsc's default of checking
    // every declaration file (skipLibCheck false).
    const settings = [
      { types: [] as string[], skipLibCheck: true },
      { types: ["node"], skipLibCheck: true },
      { types: [] as string[], skipLibCheck: false },
    ];
    const configs: { name: string; setting: (typeof settings)[number]; config: string }[] = [];
    for (const [i, [, source]] of Object.entries(cases).entries()) await writeFile(path.join(consumer, `case${i}.ts`), source);
    // Grouped by setting, so that each case runs right after its baseline, on a machine whose
    // speed has had little time to drift.
    for (const [j, setting] of settings.entries())
      for (const [i, name] of Object.keys(cases).entries()) {
        const config = path.join(consumer, `tsconfig.case${i}.${j}.json`);
        const compilerOptions = { target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", strict: true, noEmit: true, ...setting, typeRoots: [path.join(repoRoot, "node_modules/@types")] };
        await writeFile(config, JSON.stringify({ compilerOptions, files: [`case${i}.ts`] }));
        configs.push({ name, setting, config });
      }
    // A first round, not counted, brings the compiler and the package into the file cache.
    for (const c of configs) timed(tsc, ["-p", c.config], consumer);
    const runs = 15;
    const times = new Map<string, Timed[]>(configs.map((c) => [c.config, []]));
    for (let round = 0; round < runs; round++) for (const c of configs) times.get(c.config)!.push(timed(tsc, ["-p", c.config], consumer));
    // Medians; the median of each round's ratio to the baseline of the same round (paired), which
    // the drift of this VM's speed between rounds moves least; and the least CPU time, the figure
    // that load from other processes inflates least.
    for (const setting of settings) {
      console.log(`consumer tsc --noEmit (strict, skipLibCheck ${setting.skipLibCheck}, types: [${setting.types.join(", ")}]; ${runs} runs each, cases interleaved):`);
      const runsOf = (name: string) => times.get(configs.find((c) => c.name === name && c.setting === setting)!.config)!;
      const least = (name: string) => Math.min(...runsOf(name).map((r) => r.cpu));
      const base = medians(runsOf("baseline"));
      for (const name of Object.keys(cases)) {
        const t = medians(runsOf(name));
        const paired = (of: (r: Timed) => number) => percent(median(runsOf(name).map((r, round) => of(r) / of(runsOf("baseline")[round]!))), 1);
        const versus =
          name === "baseline"
            ? ""
            : `  vs baseline: ${percent(t.wall, base.wall)} wall (paired ${paired((r) => r.wall)}), ${percent(t.cpu, base.cpu)} CPU (paired ${paired((r) => r.cpu)}), ${percent(least(name), least("baseline"))} least CPU`;
        console.log(`  ${name.padEnd(24)} median ${figures(t)}, least ${seconds(least(name))} CPU${versus}`);
      }
    }
  } finally {
    await work.cleanup();
  }
}
