import path from "node:path";
import { describe, expect, it } from "vitest";
import { diffCatalogs } from "../../src/diff/index.js";
import { repoRoot } from "../../src/model/paths.js";
import { buildScrape } from "../../src/scrape/runScrape.js";
import { pullRequestTitle, renderPullRequest } from "../../src/update/index.js";

const FIXTURES = path.join(repoRoot, "test/fixtures/update");
const scrape = (html: string, json: string) =>
  buildScrape({ htmlDir: path.join(FIXTURES, "html", html), jsonDir: path.join(FIXTURES, "json", json) }, undefined);

describe("the nightly pull request's title and body", async () => {
  const [before, after] = await Promise.all([scrape("2025-06-01", "2025-05-31"), scrape("2026-06-01", "2026-06-01")]);
  const diff = diffCatalogs(before.catalog, after.catalog);
  const input = { diff, reconcile: after.reconcile, snapshotsPath: "snapshots", changelogPath: ".cache/update/changelog.md" };

  it("title: date, headline counts, everything else counted, semver impact", () => {
    // 103 changes between the two captures of these five services: 1 service and 9 actions added, 1 action removed.
    expect(pullRequestTitle(diff)).toBe("SAR update 2026-06-01: +1 service, +9 actions, −1 action, 92 other changes (semver: major)");
    expect(pullRequestTitle(diffCatalogs({ ...before.catalog, services: [] }, before.catalog))).toBe("SAR update 2025-06-01: +4 services (semver: minor)");
  });

  it("title without headline changes: just the count", () => {
    const sts = after.catalog.services.find((s) => s.prefix === "sts")!;
    const reworded = { ...sts, actions: sts.actions.map((a, i) => (i === 0 ? { ...a, description: `${a.description} (reworded)` } : a)) };
    const patch = diffCatalogs(after.catalog, { ...after.catalog, services: after.catalog.services.map((s) => (s === sts ? reworded : s)) });
    expect(pullRequestTitle(patch)).toBe("SAR update 2026-06-01: 1 change (semver: patch)");
  });

  it("body: what ran, the semver impact and what merging does, the reconcile summary, then the changelog", () => {
    const pr = renderPullRequest(input);
    expect(pr.truncated).toBe(false);
    expect(pr.body).toMatch(/^Automated update of the AWS Service Authorization Reference catalog from the documentation pages and the official JSON captured on 2026-06-01/);
    expect(pr.body).toContain("type-checked. Merging publishes a new **major** version of the generated package");
    expect(pr.body).toContain("\n\n## AWS IAM catalog changes (2025-06-01 → 2026-06-01)\n\n**Semver impact: major**\n");
    expect(pr.body).toContain(pr.changelog);
    expect(pr.body).toMatch(/\n## Pages vs official JSON\n\nOverall agreement \*\*100\.000%\*\* \(\d+ of \d+ items\); 0 disagreements in 0 services\. Details: `snapshots\/RECONCILE\.md`\.\n$/);
  });

  it("body cut to the limit, preamble included: breaking changes kept, the full changelog named", () => {
    const limit = 4000;
    const pr = renderPullRequest({ ...input, limit });
    expect(pr.truncated).toBe(true);
    expect(pr.body.length).toBeLessThanOrEqual(limit);
    expect(pr.body).toContain("**Semver impact: major**");
    expect(pr.body).toContain("- Action removed: `braket:AccessBraketFeature` (was Read)");
    expect(pr.body).toContain("The full report is in `.cache/update/changelog.md`.");
    expect(pr.body).toContain("in the nightly run's `sar-fetch-cache` artifact; or run `npm run diff -- git:origin/main snapshots` on this branch.");
    expect(pr.body).toContain("## Pages vs official JSON");
    expect(pr.changelog).toContain("- Action added: `sts:GetWebIdentityToken` (Write)");
    expect(pr.changelog).toBe(renderPullRequest(input).changelog);
  });
});
