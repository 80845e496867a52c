// End to end on committed real pages: the loopback server plays AWS with five services' pages and
// JSON files of two dates (test/fixtures/update/README.md), and `npm run update` runs in a
// temporary git repository, as the nightly workflow would: baseline, refused by the guard, changed,
// no change, failed fetch, failed package build. Each run is checked through what the workflow
// sees: exit code, work files, and `git status` of snapshots/ and generated/.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../../src/model/paths.js";
import { UPDATE_EXIT, WORK_FILES, type PackageBuilder } from "../../src/update/index.js";
import { listHtmlFiles, listJsonServices, startLoopbackServer, type LoopbackServer } from "../helpers/loopbackServer.js";
import { FAST_RETRIES, folderHashes, readWork, stagingLeftovers, tempRepo, updateFrom, workFiles, type TempRepo } from "./harness.js";

const exec = promisify(execFile);
/** tsx's loader by absolute URL: the temporary repository has no node_modules to resolve it from. */
const TSX = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;

/** `npm run update -- args` without npm, from the temporary repository: exit code and output. */
function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return exec(process.execPath, ["--import", TSX, path.join(repoRoot, "scripts/update.ts"), ...args], { cwd: repo.root }).then(
    (out) => ({ code: 0, ...out }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );
}
const FIXTURES = path.join(repoRoot, "test/fixtures/update");
const OLD = { html: { dir: path.join(FIXTURES, "html/2025-06-01") }, json: { dir: path.join(FIXTURES, "json/2025-05-31") } };
const NEW = { html: { dir: path.join(FIXTURES, "html/2026-06-01") }, json: { dir: path.join(FIXTURES, "json/2026-06-01") } };
const PR_FILES = [WORK_FILES.prBody, WORK_FILES.prTitle, WORK_FILES.changelog];
const ALWAYS = [WORK_FILES.report, WORK_FILES.summary];

let server: LoopbackServer;
let repo: TempRepo;

beforeAll(async () => {
  server = await startLoopbackServer(OLD);
  repo = await tempRepo();
});
afterAll(async () => {
  await server?.close();
  await repo?.remove();
});

const summary = async () => JSON.parse(await readWork(repo, WORK_FILES.summary)) as Record<string, unknown>;
const both = async () => ({ snapshots: await folderHashes(repo.snapshots), generated: await folderHashes(repo.generated) });

// The runs build on each other, in order, like successive nights.
describe.sequential("npm run update, end to end on real pages", () => {
  it("1. baseline from empty snapshots: changed (exit 1), snapshots and package written, PR files", async () => {
    const r = await updateFrom(server, repo, { date: "2025-06-01" });
    expect(r.outcome.status, JSON.stringify(r.outcome).slice(0, 2000)).toBe("changed");
    expect(r.exitCode).toBe(UPDATE_EXIT.changed);
    expect(await workFiles(repo)).toEqual([...ALWAYS, ...PR_FILES].sort());

    const s = await summary();
    expect(s).toMatchObject({ status: "changed", exitCode: 1, changed: true, impact: "minor", date: "2025-06-01", services: 4, previous: null });
    expect((s.counts as Record<string, number>)["service-added"]).toBe(4);
    expect(await readWork(repo, WORK_FILES.prTitle)).toBe("SAR update 2025-06-01: +4 services (semver: minor)\n");

    const status = await repo.status();
    for (const f of ["snapshots/index.json", "snapshots/braket.json", "snapshots/sts.json", "snapshots/RECONCILE.md", "generated/package.json", "generated/src/sts.ts", "generated/src/index.ts"])
      expect(status).toContain(`?? ${f}`);
    expect(existsSync(path.join(repo.generated, "dist/sts.js"))).toBe(true);
    expect(await stagingLeftovers(repo)).toEqual([]);
    await repo.commitAll("baseline");
  });

  it("2. the next capture loses braket:AccessBraketFeature (1 of 32 actions here): refused (exit 3), nothing written", async () => {
    server.setSources(NEW);
    const before = await both();
    const r = await updateFrom(server, repo, { date: "2026-06-01" });
    expect(r.exitCode).toBe(UPDATE_EXIT.refused);
    expect(await workFiles(repo)).toEqual(ALWAYS);
    const report = await readWork(repo, WORK_FILES.report);
    expect(report).toContain("refused by the shrink guard");
    expect(report).toContain("1 of 32 actions (3.13%) would be lost");
    expect(await summary()).toMatchObject({ status: "refused", exitCode: 3, changed: false, impact: "none", shrink: { lostActions: 1 } });
    expect(await repo.status()).toBe("");
    expect(await both()).toEqual(before);
  });

  it("3. with --allow-shrink: changed (exit 1), real changes and semver major in the PR body", async () => {
    const r = await updateFrom(server, repo, { date: "2026-06-01", allowShrink: true });
    expect(r.outcome.status, JSON.stringify(r.outcome).slice(0, 2000)).toBe("changed");
    expect(r.exitCode).toBe(UPDATE_EXIT.changed);

    // What the workflow reads to label the PR.
    const impact = await exec(process.execPath, ["-p", 'require("./.cache/update/summary.json").impact'], { cwd: repo.root });
    expect(impact.stdout.trim()).toBe("major");
    expect(await workFiles(repo)).toEqual([...ALWAYS, ...PR_FILES].sort());
    expect(await readWork(repo, WORK_FILES.prTitle)).toMatch(/^SAR update 2026-06-01: \+1 service, \+9 actions, −1 action, \d+ other changes \(semver: major\)\n$/);

    const body = await readWork(repo, WORK_FILES.prBody);
    expect(body).toContain("**Semver impact: major**");
    // Real changes, checked by hand in the two captures of each page.
    expect(body).toContain("- Action removed: `braket:AccessBraketFeature` (was Read)");
    expect(body).toContain("- Condition key `sts:DurationSeconds` type: String → Numeric");
    expect(body).toContain("- Action added: `sts:GetWebIdentityToken` (Write)");
    expect(body).toContain("- ARN format of `job`: `arn:${Partition}:braket:${Region}:${Account}:job/${JobName}` → `arn:${Partition}:braket:${Region}:${Account}:job/${RandomId}`");
    expect(body).toMatch(/Service added: `action-recommendations`|`action-recommendations`/);
    expect(body).toContain("Overall agreement **100.000%**");
    expect(body.length).toBeLessThanOrEqual(65_536);

    const s = await summary();
    expect(s).toMatchObject({ status: "changed", changed: true, impact: "major", date: "2026-06-01", services: 5, actions: 41, previous: { services: 4, actions: 32, date: "2025-06-01" } });
    expect(s.shrinkOverridden).toEqual(["1 of 32 actions (3.13%) would be lost; the limit is 2.00%"]);

    const status = (await repo.status()).split("\n").sort();
    expect(status).toEqual(
      expect.arrayContaining([
        " M snapshots/braket.json",
        " M snapshots/sts.json",
        " M snapshots/index.json",
        "?? snapshots/action-recommendations.json",
        " M generated/src/braket.ts",
        " M generated/src/sts.ts",
        "?? generated/src/action-recommendations.ts",
      ]),
    );
    expect(await readFile(path.join(repo.generated, "src/sts.ts"), "utf8")).toContain("GetWebIdentityToken");
    expect(await stagingLeftovers(repo)).toEqual([]);
    await repo.commitAll("2026-06-01");
  }, 240_000);

  it("4. the same documents a day later: no change (exit 0), no PR files, nothing written", async () => {
    const before = await both();
    const r = await updateFrom(server, repo, { date: "2026-06-02" });
    expect(r.exitCode).toBe(UPDATE_EXIT.unchanged);
    expect(await workFiles(repo)).toEqual(ALWAYS);
    expect(await summary()).toMatchObject({ status: "unchanged", exitCode: 0, changed: false, impact: "none", services: 5, actions: 41 });
    expect(await readWork(repo, WORK_FILES.report)).toContain("## SAR update: no change");
    expect(await repo.status()).toBe("");
    expect(await both()).toEqual(before);
  });

  it("5. through the CLI, a third of the documents answer 500 for good: failed (exit 2), nothing written, every URL reported", async () => {
    const pages = listHtmlFiles(NEW.html.dir).filter((_, i) => i % 3 === 0);
    const services = listJsonServices(NEW.json.dir).filter((_, i) => i % 3 === 0);
    const failing = [...pages.map((f) => server.htmlPath(f)), ...services.map((s) => server.jsonPath(s))];
    for (const p of failing) server.setFaults(p, [{ kind: "status", status: 500, times: Infinity }]);
    const before = await both();
    // The one run through the real command line, as the workflow runs it. --allow-shrink: had the
    // fetch let a partial catalog through, nothing else would stop it from being written.
    let cli: { code: number; stdout: string; stderr: string };
    try {
      cli = await runCli([
        "--snapshots", repo.snapshots, "--generated", repo.generated, "--work", repo.work,
        "--base-url", server.baseUrl, "--json-base-url", server.jsonBaseUrl, "--cache", repo.cache,
        "--retries", "1", "--date", "2026-06-03", "--allow-shrink",
      ]);
    } finally {
      server.clearFaults();
    }
    expect(cli.code, cli.stderr).toBe(UPDATE_EXIT.failed);
    expect(cli.stderr).toContain(`update: failed (scrape); nothing written: fetch failed for ${failing.length} URL(s)`);
    for (const p of failing) expect(cli.stderr).toContain(`${server.origin}${p}: HTTP 500`);
    expect(await workFiles(repo)).toEqual(ALWAYS);
    const report = await readWork(repo, WORK_FILES.report);
    expect(report).toContain(`${failing.length} URL(s) could not be fetched`);
    for (const p of failing) expect(report).toContain(`| ${server.origin}${p} | HTTP 500`);
    const s = await summary();
    expect(s).toMatchObject({ status: "failed", exitCode: 2, changed: false, impact: "none", error: { stage: "scrape" } });
    expect((s.error as { failures: { url: string }[] }).failures.map((f) => f.url).sort()).toEqual(failing.map((p) => `${server.origin}${p}`).sort());
    expect(await repo.status()).toBe("");
    expect(await both()).toEqual(before);
    expect(await stagingLeftovers(repo)).toEqual([]);
  });

  it("6. the package build fails after the new snapshots were staged: failed (exit 2), neither folder touched", async () => {
    server.setSources(OLD);
    const before = await both();
    let staged: string[] = [];
    // A build that gets as far as writing part of the package, then fails as tsc would.
    const failingBuild: PackageBuilder = async (input) => {
      staged = Object.keys(await folderHashes(input.snapshotsDir));
      await mkdir(path.join(input.outDir, "src"), { recursive: true });
      await writeFile(path.join(input.outDir, "src/braket.ts"), "export const half = ");
      throw new Error("src/braket.ts(1,20): error TS1109: Expression expected.");
    };
    const r = await updateFrom(server, repo, { date: "2026-06-04", allowShrink: true, packageBuilder: failingBuild });
    expect(r.exitCode).toBe(UPDATE_EXIT.failed);
    expect(staged).toContain("braket.json");
    expect(await summary()).toMatchObject({ status: "failed", error: { stage: "package" } });
    expect(await readWork(repo, WORK_FILES.report)).toContain("error TS1109");
    expect(await workFiles(repo)).toEqual(ALWAYS);
    expect(await repo.status()).toBe("");
    expect(await both()).toEqual(before);
    expect(await stagingLeftovers(repo)).toEqual([]);
  });
});
