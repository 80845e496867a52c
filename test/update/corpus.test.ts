// The nightly flow on the whole corpus: the loopback server serves every page and JSON file of a
// capture, as AWS would, and update runs in a temporary git repository: the 2025 capture as a
// baseline, the 2026 capture as the night AWS changed things, the same again (no change), and the
// 2026 capture with a third of its pages failing for good.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { corpusDir } from "../../src/model/paths.js";
import { UPDATE_EXIT, WORK_FILES } from "../../src/update/index.js";
import { listHtmlFiles, startLoopbackServer, type LoopbackServer } from "../helpers/loopbackServer.js";
import { folderHashes, readWork, stagingLeftovers, tempRepo, updateFrom, workFiles, type TempRepo } from "./harness.js";

const OLD = { html: { dir: path.join(corpusDir, "html/2025-06-01") }, json: { dir: path.join(corpusDir, "json/2025-05-31") } };
const NEW = { html: { dir: path.join(corpusDir, "html/2026-06-01") }, json: { dir: path.join(corpusDir, "json/2026-06-01") } };
const hasCorpus = [OLD.html.dir, OLD.json.dir, NEW.html.dir, NEW.json.dir].every((d) => existsSync(d));
if (!hasCorpus) console.warn(`test/update/corpus.test.ts: skipped: the shared corpus is not at ${corpusDir} (the end-to-end flow on committed fixtures still runs in update.test.ts)`);

const ALWAYS = [WORK_FILES.report, WORK_FILES.summary];
const WITH_PR = [...ALWAYS, WORK_FILES.changelog, WORK_FILES.prBody, WORK_FILES.prTitle].sort();

describe.skipIf(!hasCorpus).sequential("npm run update on the whole corpus, served over HTTP", () => {
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

  it("baseline: html/2025-06-01 + json/2025-05-31 into empty snapshots (exit 1)", async () => {
    const r = await updateFrom(server, repo, { date: "2025-06-01" });
    expect(r.outcome.status, JSON.stringify(r.outcome).slice(0, 2000)).toBe("changed");
    expect(r.exitCode).toBe(UPDATE_EXIT.changed);
    expect(await summary()).toMatchObject({ changed: true, impact: "minor", services: 422, actions: 18610, previous: null });
    expect(await workFiles(repo)).toEqual(WITH_PR);
    await repo.commitAll("baseline 2025-06-01");
  }, 600_000);

  it("html/2026-06-01 + json/2026-06-01: snapshots and generated/ change, the PR names real changes, semver major (exit 1)", async () => {
    server.setSources(NEW);
    const r = await updateFrom(server, repo, { date: "2026-06-01" });
    expect(r.outcome.status, JSON.stringify(r.outcome).slice(0, 2000)).toBe("changed");
    expect(r.exitCode).toBe(UPDATE_EXIT.changed);
    expect(await summary()).toMatchObject({ changed: true, impact: "major", services: 460, actions: 21104, previous: { services: 422, actions: 18610 } });
    expect(await workFiles(repo)).toEqual(WITH_PR);

    const title = await readWork(repo, WORK_FILES.prTitle);
    expect(title).toMatch(/^SAR update 2026-06-01: \+38 services, \+1,526 actions, −27 actions, [\d,]+ other changes \(semver: major\)\n$/);
    const body = await readWork(repo, WORK_FILES.prBody);
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toContain("**Semver impact: major**");
    // The body is cut to GitHub's limit: breaking changes first, services in prefix order, as many as fit.
    expect(body).toContain("- Action removed: `braket:AccessBraketFeature` (was Read)");
    expect(body).toContain(`**Truncated to fit GitHub's 65,536-character limit:**`);
    expect(body).toContain(`The full report is in \`.cache/update/${WORK_FILES.changelog}\``);
    expect(body).toContain("in the nightly run's `sar-fetch-cache` artifact");
    expect(body).toMatch(/\n## Pages vs official JSON\n\nOverall agreement \*\*99\.\d{3}%\*\*/);
    // The whole changelog, in the work folder (and the workflow's artifact), has everything.
    const changelog = await readWork(repo, WORK_FILES.changelog);
    expect(changelog).toContain("- Action removed: `braket:AccessBraketFeature` (was Read)");
    expect(changelog).toContain("- Condition key `sts:DurationSeconds` type: String → Numeric");
    expect(changelog).toContain("- Action added: `sts:GetWebIdentityToken` (Write)");

    const status = (await repo.status()).split("\n");
    expect(status).toEqual(expect.arrayContaining([" M snapshots/braket.json", " M snapshots/sts.json", " M generated/src/sts.ts", " M generated/package.json"]));
    expect(await readFile(path.join(repo.generated, "src/sts.ts"), "utf8")).toContain("GetWebIdentityToken");
    expect(await stagingLeftovers(repo)).toEqual([]);
    await repo.commitAll("2026-06-01");
  }, 600_000);

  it("the same capture again: no change (exit 0), no PR files", async () => {
    const r = await updateFrom(server, repo, { date: "2026-06-02" });
    expect(r.exitCode).toBe(UPDATE_EXIT.unchanged);
    expect(await workFiles(repo)).toEqual(ALWAYS);
    expect(await summary()).toMatchObject({ changed: false, impact: "none", services: 460 });
    expect(await repo.status()).toBe("");
  }, 600_000);

  it("a third of the pages answer 500 for good: exit 2, snapshots/ and generated/ byte-identical, every URL in the report", async () => {
    const failing = listHtmlFiles(NEW.html.dir)
      .filter((_, i) => i % 3 === 0)
      .map((f) => server.htmlPath(f));
    for (const p of failing) server.setFaults(p, [{ kind: "status", status: 500, times: Infinity }]);
    const before = await both();
    try {
      const r = await updateFrom(server, repo, { date: "2026-06-03" });
      expect(r.exitCode).toBe(UPDATE_EXIT.failed);
    } finally {
      server.clearFaults();
    }
    expect(await both()).toEqual(before);
    expect(await repo.status()).toBe("");
    expect(await workFiles(repo)).toEqual(ALWAYS);
    const report = await readWork(repo, WORK_FILES.report);
    expect(report).toContain(`${failing.length} URL(s) could not be fetched`);
    for (const p of failing) expect(report).toContain(`| ${server.origin}${p} | HTTP 500`);
  }, 600_000);
});
