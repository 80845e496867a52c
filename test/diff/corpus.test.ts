// The real diff: catalogs parsed from the corpus pages html/2025-06-01 and html/2026-06-01.
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkShrink, diffCatalogs, GITHUB_BODY_LIMIT, renderChangelog, type CatalogDiff, type Change } from "../../src/diff/index.js";
import { writeCatalog, type Catalog } from "../../src/model/catalog.js";
import { corpusDir } from "../../src/model/paths.js";
import { readFile } from "node:fs/promises";
import { SAR_BASE_URL } from "../../src/model/inputs.js";
import { mergePagesByPrefix, parseHtmlPages, parsePage, readHtmlDir } from "../../src/parse/index.js";
import { cutToFraction } from "./catalogs.js";
import { hasHtmlCorpus, readFixture, runDiffCli } from "./helpers.js";

if (!hasHtmlCorpus)
  console.warn(
    `test/diff/corpus.test.ts: SKIPPED: no corpus at ${corpusDir}/html/{2025-06-01,2026-06-01} (see ../shared/corpus/README.md)`,
  );

async function parseCatalog(date: string): Promise<Catalog> {
  const services = await parseHtmlPages(await readHtmlDir(path.join(corpusDir, "html", date)));
  return { source: { kinds: ["html"], date }, services };
}

const changesOf = (d: CatalogDiff, prefix: string): Change[] => d.services.find((s) => s.prefix === prefix)?.changes ?? [];

describe.skipIf(!hasHtmlCorpus)("the hand-transcribed fixtures test/fixtures/diff/real", () => {
  it.each(["2025-06-01", "2026-06-01"])("equal what the parser makes of the same pages of %s", async (date) => {
    const pages = ["list_amazonbraket.html", "list_amazoncodeguru.html", "list_awssustainability.html"];
    const records = await Promise.all(
      pages.map(async (file) =>
        parsePage({ file, url: SAR_BASE_URL + file, html: await readFile(path.join(corpusDir, "html", date, file), "utf8") }),
      ),
    );
    const fixture = await readFixture(`real/${date}`);
    const diff = diffCatalogs(fixture, { source: fixture.source, services: mergePagesByPrefix(records) });
    expect(diff.services.flatMap((s) => s.changes)).toEqual([]);
  });
});

describe.skipIf(!hasHtmlCorpus)("diff of the real catalogs html/2025-06-01 → html/2026-06-01", () => {
  let before: Catalog;
  let after: Catalog;
  let diff: CatalogDiff;

  beforeAll(async () => {
    [before, after] = [await parseCatalog("2025-06-01"), await parseCatalog("2026-06-01")];
    diff = diffCatalogs(before, after);
  });

  // Each of these was found by opening both pages side by side.
  it("finds the changes seen by hand in the pages", () => {
    const braket = changesOf(diff, "braket");
    // list_amazonbraket.html: the 2025 page has the row "AccessBraketFeature [permission only]", the 2026 page does not.
    expect(braket).toContainEqual(
      expect.objectContaining({ kind: "action-removed", action: "AccessBraketFeature", impact: "major", before: "Read" }),
    );
    // list_amazonbraket.html, resource types table: job's ARN ends in ${JobName} in 2025 and ${RandomId} in 2026.
    expect(braket).toContainEqual(
      expect.objectContaining({
        kind: "resource-type-arn-changed",
        resourceType: "job",
        impact: "major",
        before: ["arn:${Partition}:braket:${Region}:${Account}:job/${JobName}"],
        after: ["arn:${Partition}:braket:${Region}:${Account}:job/${RandomId}"],
      }),
    );
    // list_amazonbraket.html: SearchDevices' access level is Read in 2025, List in 2026.
    expect(braket).toContainEqual(
      expect.objectContaining({ kind: "action-access-level-changed", action: "SearchDevices", before: ["Read"], after: ["List"] }),
    );
    // list_amazonbraket.html: CreateJob had no resource types in 2025 and requires device* and job* in 2026.
    expect(braket).toContainEqual(
      expect.objectContaining({
        kind: "action-resource-type-added",
        action: "CreateJob",
        resourceType: "device",
        after: true,
        impact: "major",
      }),
    );
    const sts = changesOf(diff, "sts");
    // list_awssecuritytokenservice.html, condition keys table: sts:DurationSeconds is String in 2025, Numeric in 2026.
    expect(sts).toContainEqual(
      expect.objectContaining({
        kind: "condition-key-type-changed",
        conditionKey: "sts:DurationSeconds",
        before: ["String"],
        after: ["Numeric"],
        impact: "major",
      }),
    );
    // ...and its description gained "or a JSON Web Token (JWT) from the GetWebIdentityToken API".
    expect(sts).toContainEqual(
      expect.objectContaining({
        kind: "condition-key-description-changed",
        conditionKey: "sts:DurationSeconds",
        after:
          "Filters access by the duration in seconds when getting a bearer token or a JSON Web Token (JWT) from the GetWebIdentityToken API",
      }),
    );
    // list_awssecuritytokenservice.html: GetWebIdentityToken (Write) appears only on the 2026 page.
    expect(sts).toContainEqual(
      expect.objectContaining({ kind: "action-added", action: "GetWebIdentityToken", after: "Write", impact: "minor" }),
    );
    // list_amazongamelift.html (2025, "Amazon GameLift") became list_amazongameliftservers.html (2026, "Amazon GameLift Servers").
    expect(changesOf(diff, "gamelift")).toContainEqual(
      expect.objectContaining({ kind: "service-renamed", before: "Amazon GameLift", after: "Amazon GameLift Servers", impact: "patch" }),
    );
  });

  it("counts what changed (cross-checked against the official JSON of 2025-05-31 and 2026-06-01)", () => {
    // The JSON publication, compared on the prefixes both dates' pages share, gives the same
    // numbers of added/removed actions, resource types and condition keys, the same 8 ARN
    // changes and the same 7 key type changes.
    expect(diff.counts).toMatchObject({
      "action-added": 1526,
      "action-removed": 27,
      "resource-type-added": 156,
      "resource-type-removed": 13,
      "resource-type-arn-changed": 8,
      "condition-key-added": 226,
      "condition-key-removed": 10,
      "condition-key-type-changed": 7,
    });
    // Services: 35 prefixes only in 2026, 5 only in 2025 (their pages are in html/2026-06-01/stale/).
    expect(diff.counts["service-added"]).toBe(35);
    expect(diff.services.filter((s) => s.changes[0]?.kind === "service-removed").map((s) => s.prefix)).toEqual([
      "application-cost-profiler",
      "deepcomposer",
      "deepracer",
      "sagemaker-groundtruth-synthetic",
      "supportrecommendations",
    ]);
    for (const page of [
      "list_awsapplicationcostprofilerservice.html",
      "list_awsdeepcomposer.html",
      "list_awsdeepracer.html",
      "list_amazonsagemakergroundtruthsynthetic.html",
      "list_awssupportrecommendations.html",
    ])
      expect(existsSync(path.join(corpusDir, "html/2026-06-01/stale", page)), page).toBe(true);
    // The per-kind counts add up to the severities and to the changes listed.
    const listed = diff.services.reduce((n, s) => n + s.changes.length, 0);
    expect(Object.values(diff.counts).reduce((a, b) => a + b, 0)).toBe(listed);
    expect(diff.severities.breaking + diff.severities.addition + diff.severities.description).toBe(listed);
    expect(diff.old).toMatchObject({ date: "2025-06-01", services: before.services.length });
    expect(diff.new).toMatchObject({ date: "2026-06-01", services: after.services.length });
  });

  it("has a major semver impact, and a changelog body that fits a pull request", () => {
    expect(diff.impact).toBe("major");
    expect(diff.services.find((s) => s.prefix === "sustainability")?.impact).toBe("minor");
    const log = renderChangelog(diff);
    expect(log.full.length).toBeGreaterThan(GITHUB_BODY_LIMIT);
    expect(log.truncated).toBe(true);
    expect(log.body.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
    expect(log.body).toContain("| Condition key types changed | 7 | major |");
    expect(log.full).toContain("- Condition key `sts:DurationSeconds` type: String → Numeric");
  });

  it("lets the real shrink through when AWS's index is known, and names the retired services otherwise", () => {
    // What AWS listed on 2026-06-01: the pages at the top of html/2026-06-01, i.e. the new catalog's prefixes.
    const indexed = new Set(after.services.map((s) => s.prefix));
    const withIndex = checkShrink(before, after, { indexedPrefixes: indexed });
    expect(withIndex.refused).toBe(false);
    expect(withIndex.lostFraction).toBeLessThan(0.02);
    expect(withIndex.lostServices.map((s) => [s.prefix, s.indexed])).toEqual([
      ["application-cost-profiler", false],
      ["deepcomposer", false],
      ["deepracer", false],
      ["sagemaker-groundtruth-synthetic", false],
      ["supportrecommendations", false],
    ]);
    expect(checkShrink(before, after).refused).toBe(true);
  });

  describe("the iam-dataset failure replayed on the real 2026 catalog", () => {
    let tmp: string;
    beforeAll(async () => {
      tmp = await mkdtemp(path.join(tmpdir(), "diff-corpus-test-"));
      await writeCatalog(path.join(tmp, "full"), after);
      await writeCatalog(path.join(tmp, "cut"), cutToFraction(after, 0.01));
    });
    afterAll(async () => {
      await rm(tmp, { recursive: true, force: true });
    });

    it("is refused with exit 3; --allow-shrink lets it through with exit 1", async () => {
      const total = after.services.reduce((n, s) => n + s.actions.length, 0);
      const kept = Math.ceil(total * 0.01);
      const refused = await runDiffCli([path.join(tmp, "full"), path.join(tmp, "cut")]);
      expect(refused.code).toBe(3);
      expect(refused.stderr).toContain(`Actions: ${total} before, ${kept} after; ${total - kept} lost`);
      const allowed = await runDiffCli([path.join(tmp, "full"), path.join(tmp, "cut"), "--allow-shrink", "--format", "json"]);
      expect(allowed.code).toBe(1);
      expect((JSON.parse(allowed.stdout) as CatalogDiff).impact).toBe("major");
    });
  });
});
