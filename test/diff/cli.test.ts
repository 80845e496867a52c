// `npm run diff -- OLD NEW ...` end to end: exit codes (0 equal, 1 differ, 2 error, 3 refused),
// output formats, --out, --index, git:REV.
import { execFileSync } from "node:child_process";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GITHUB_BODY_LIMIT, readCatalogAtRevision, type CatalogDiff } from "../../src/diff/index.js";
import { writeCatalog, type Catalog } from "../../src/model/catalog.js";
import { cutToFraction, widen } from "./catalogs.js";
import { fixtureDir, readFixture, runDiffCli } from "./helpers.js";

let tmp: string;
let base: Catalog;
let edited: Catalog;
/** base plus the (unedited, real) mobileanalytics service: additions only. */
let grown: string;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), "diff-cli-test-"));
  base = await readFixture("base");
  edited = await readFixture("edited");
  grown = path.join(tmp, "grown");
  await writeCatalog(grown, {
    source: base.source,
    services: [...base.services, edited.services.find((s) => s.prefix === "mobileanalytics")!],
  });
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe("npm run diff", () => {
  it("exits 0 and says so when the catalogs are equal", async () => {
    const r = await runDiffCli([fixtureDir("base"), fixtureDir("base")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("No changes.");
    expect(r.stderr).toContain("0 change(s) in 0 service(s); semver impact: none");
  });

  it("exits 1 with the Markdown changelog on stdout and the semver impact on stderr when they differ", async () => {
    const r = await runDiffCli([fixtureDir("base"), grown]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("**Semver impact: minor**");
    expect(r.stdout).toContain("- Service added: `mobileanalytics`, 3 actions, 0 resource types, 0 condition keys");
    expect(r.stderr).toBe("1 change(s) in 1 service(s); semver impact: minor\n");
  });

  it("--format json prints the structured diff; --out writes it to a file instead", async () => {
    const r = await runDiffCli([fixtureDir("base"), fixtureDir("edited"), "--format", "json", "--allow-shrink"]);
    expect(r.code).toBe(1);
    const diff = JSON.parse(r.stdout) as CatalogDiff;
    expect(diff.impact).toBe("major");
    expect(diff.counts["service-removed"]).toBe(1);
    expect(diff.services.map((s) => s.prefix)).toEqual(["braket", "codeguru", "mobileanalytics", "sustainability"]);
    const out = path.join(tmp, "diff.json");
    const r2 = await runDiffCli([fixtureDir("base"), fixtureDir("edited"), "--format", "json", "--allow-shrink", "--out", out]);
    expect(r2.code).toBe(1);
    expect(r2.stdout).toBe("");
    expect(await readFile(out, "utf8")).toBe(r.stdout);
  });

  it("markdown --out writes the full report while stdout keeps the body that fits a PR", async () => {
    // 100 copies of each fixture service: a changelog far past GitHub's limit.
    const oldDir = path.join(tmp, "wide-old");
    const newDir = path.join(tmp, "wide-new");
    await writeCatalog(oldDir, widen(base, 100));
    await writeCatalog(newDir, widen(edited, 100));
    const out = path.join(tmp, "changelog.md");
    const r = await runDiffCli([oldDir, newDir, "--out", out, "--allow-shrink"]);
    expect(r.code).toBe(1);
    const full = await readFile(out, "utf8");
    expect(r.stdout.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
    expect(full.length).toBeGreaterThan(GITHUB_BODY_LIMIT);
    expect(r.stdout).toContain(`The full report is in \`${out}\`.`);
    expect(r.stderr).toMatch(
      new RegExp(
        `Markdown body truncated: [\\d]+ changes in [\\d]+ services left out; full report in ${out.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.`,
      ),
    );
  });

  it("replays the iam-dataset failure: a catalog cut to ~1% of its actions is refused with exit 3; --allow-shrink lets it through", async () => {
    const oldDir = path.join(tmp, "full");
    const cutDir = path.join(tmp, "cut");
    const full = widen(base, 50);
    await writeCatalog(oldDir, full);
    await writeCatalog(cutDir, cutToFraction(full, 0.01));
    const refused = await runDiffCli([oldDir, cutDir]);
    expect(refused.code).toBe(3);
    expect(refused.stdout).toBe("");
    expect(refused.stderr).toContain("Shrink guard: the new catalog is REFUSED.");
    expect(refused.stderr).toContain("Actions: 1200 before, 12 after; 1188 lost (99.00%).");
    expect(refused.stderr).toContain("Refused (exit 3); pass --allow-shrink to diff anyway.");
    const allowed = await runDiffCli([oldDir, cutDir, "--allow-shrink"]);
    expect(allowed.code).toBe(1);
    expect(allowed.stderr).toContain("--allow-shrink given: diffing anyway.");
    expect(allowed.stdout).toContain("**Semver impact: major**");
  });

  it("--index lets a service AWS retired go (real fixture: codeguru dropped, everything else grown)", async () => {
    const dropped = path.join(tmp, "dropped");
    const big = widen(base, 30);
    await writeCatalog(path.join(tmp, "big"), big);
    await writeCatalog(dropped, { source: big.source, services: big.services.filter((s) => s.prefix !== "codeguru-0000") });
    const index = path.join(tmp, "aws-servicereference-index.json");
    const listed = big.services
      .filter((s) => s.prefix !== "codeguru-0000")
      .map((s) => ({ service: s.prefix, url: `https://example.invalid/v1/${s.prefix}/${s.prefix}.json` }));
    await writeFile(index, JSON.stringify(listed));
    expect((await runDiffCli([path.join(tmp, "big"), dropped])).code).toBe(3);
    const r = await runDiffCli([path.join(tmp, "big"), dropped, "--index", index]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("1 change(s) in 1 service(s); semver impact: major\n");
  });

  it("exits 2 with a message naming the problem", async () => {
    const missing = await runDiffCli([path.join(tmp, "nope"), fixtureDir("base")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^diff: .*nope\/index\.json: cannot read catalog index/);
    const oneArg = await runDiffCli([fixtureDir("base")]);
    expect(oneArg.code).toBe(2);
    expect(oneArg.stderr).toContain("expected OLD and NEW, got 1 argument(s)");
    const format = await runDiffCli([fixtureDir("base"), fixtureDir("base"), "--format", "yaml"]);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('--format must be markdown or json, not "yaml"');
    // A service file that breaks the schema: named with its JSON path.
    const broken = path.join(tmp, "broken");
    await cp(fixtureDir("base"), broken, { recursive: true });
    const file = path.join(broken, "codeguru.json");
    await writeFile(file, (await readFile(file, "utf8")).replace('"accessLevel": "Read"', '"accessLevel": "Reading"'));
    const invalid = await runDiffCli([fixtureDir("base"), broken]);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toContain(`${file}: does not match its schema`);
    expect(invalid.stderr).toContain("at /actions/0/accessLevel");
  });
});

describe("git:REV", () => {
  let repo: string;
  const git = (...args: string[]) =>
    execFileSync("git", ["-c", "user.name=test", "-c", "user.email=test@example.invalid", "-c", "commit.gpgsign=false", ...args], {
      cwd: repo,
      stdio: "pipe",
    }).toString();

  beforeAll(async () => {
    // A throwaway repository of its own: the project's git state is never touched.
    repo = path.join(tmp, "repo");
    await cp(fixtureDir("base"), path.join(repo, "snapshots"), { recursive: true });
    git("init", "-q");
    git("add", "snapshots");
    git("commit", "-q", "-m", "base");
    await rm(path.join(repo, "snapshots"), { recursive: true });
    await cp(fixtureDir("edited"), path.join(repo, "snapshots"), { recursive: true });
    await writeFile(path.join(repo, "snapshots", "NOTES.md"), "not a catalog file\n");
    git("add", "-A", "snapshots");
    git("commit", "-q", "-m", "edited");
  });

  it("reads snapshots/ as committed, validated like a folder", async () => {
    const atBase = await readCatalogAtRevision("HEAD~1", { repoDir: repo });
    expect(atBase).toEqual(base);
    const atHead = await readCatalogAtRevision("HEAD", { repoDir: path.join(repo, "snapshots"), snapshotsPath: "." });
    expect(atHead).toEqual(edited);
  });

  it("diffs two revisions, or a revision against a folder, from the CLI", async () => {
    const r = await runDiffCli(["git:HEAD~1", "git:HEAD", "--allow-shrink", "--format", "json"], repo);
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as CatalogDiff).impact).toBe("major");
    const same = await runDiffCli(["git:HEAD", "snapshots"], repo);
    expect(same.code).toBe(0);
  });

  it("names an unknown revision, or one without snapshots/", async () => {
    const unknown = await runDiffCli(["git:no-such-rev", "snapshots"], repo);
    expect(unknown.code, unknown.stderr).toBe(2);
    expect(unknown.stderr).toContain('git:no-such-rev: unknown revision "no-such-rev"');
    git("checkout", "-q", "--orphan", "empty");
    git("rm", "-rq", "--cached", "snapshots");
    git("commit", "-q", "--allow-empty", "-m", "empty");
    const empty = await runDiffCli(["git:empty", "snapshots"], repo);
    expect(empty.code, empty.stderr + empty.stdout.slice(0, 300)).toBe(2);
    expect(empty.stderr).toMatch(/git:empty: snapshots\/index\.json does not exist at [0-9a-f]{12} \(no catalog committed there\)/);
  });
});
