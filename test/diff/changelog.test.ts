import { beforeAll, describe, expect, it } from "vitest";
import { changeCount, diffCatalogs, FOLD_THRESHOLD, GITHUB_BODY_LIMIT, renderChangelog, type CatalogDiff } from "../../src/diff/index.js";
import type { Catalog } from "../../src/model/catalog.js";
import { readFixture } from "./helpers.js";
import { widen } from "./catalogs.js";

const bullets = (md: string) => md.split("\n").filter((l) => l.startsWith("- ")).length;

let base: Catalog;
let edited: Catalog;
let diff: CatalogDiff;

beforeAll(async () => {
  base = await readFixture("base");
  edited = await readFixture("edited");
  diff = diffCatalogs(base, edited);
});

describe("renderChangelog", () => {
  it("starts with the impact and a summary table of counts per kind", () => {
    const { body, truncated } = renderChangelog(diff);
    expect(truncated).toBe(false);
    expect(body).toContain("**Semver impact: major**");
    expect(body).toContain("| Actions removed | 1 | major |");
    expect(body).toContain("| Resource types removed from actions | 5 | major |");
    expect(body).toContain("| ARN formats changed | 2 | major, minor |");
    expect(body).toContain("| Other metadata changed | 1 | patch |");
    // A kind with no change gets no row.
    expect(diffCatalogs(base, base).counts["action-added"]).toBe(0);
    expect(renderChangelog(diffCatalogs(base, base)).body).toContain("No changes.");
    expect(bullets(body)).toBe(changeCount(diff));
  });

  it("lists services with breaking changes first, breaking before additions, descriptions last", () => {
    const { body } = renderChangelog(diff);
    const headings = body.split("\n").filter((l) => l.startsWith("### "));
    expect(headings).toEqual([
      "### `braket` Amazon Braket (major)",
      "### `codeguru` Amazon CodeGuru (major)",
      "### `mobileanalytics` Amazon Mobile Analytics (minor)",
      "### Descriptions and metadata",
    ]);
    const braket = body.slice(body.indexOf("### `braket`"), body.indexOf("### `codeguru`"));
    expect(braket.indexOf("**Breaking**")).toBeLessThan(braket.indexOf("**Additions and other non-breaking changes**"));
    expect(braket).toContain(
      "- ARN format of `job`: `arn:${Partition}:braket:${Region}:${Account}:job/${RandomId}` → `arn:${Partition}:braket:${Region}:${Account}:job/${JobName}`",
    );
    expect(braket).toContain("- Condition key `aws:TagKeys` type: ArrayOfString → String");
    // braket has more than FOLD_THRESHOLD important changes: folded; codeguru is not.
    expect(diff.services[0]!.changes.length).toBeGreaterThan(FOLD_THRESHOLD);
    expect(braket).toContain("<details><summary>17 breaking, 15 non-breaking</summary>");
    const descriptions = body.slice(body.indexOf("### Descriptions and metadata"));
    expect(descriptions).toContain(
      '- `braket:GetJob` description: "Grants permission to retrieve jobs" → "Grants permission to retrieve a job"',
    );
    expect(descriptions).toContain("<summary><code>sustainability</code>: 1 description/metadata change</summary>");
  });

  it("escapes page text that would otherwise become Markdown or HTML", () => {
    const changed: Catalog = structuredClone(base);
    changed.services[0]!.actions[0]!.description = "Grants <b>permission</b> to *all* | [x](y)";
    const { body } = renderChangelog(diffCatalogs(base, changed));
    expect(body).toContain('→ "Grants \\<b\\>permission\\</b\\> to \\*all\\* \\| \\[x\\](y)"');
  });

  it(`cuts a body past ${GITHUB_BODY_LIMIT} characters at a section boundary and counts what it leaves out`, () => {
    const big = diffCatalogs(widen(base, 300), widen(edited, 300));
    const total = changeCount(big);
    const out = renderChangelog(big, { fullReportPath: ".cache/diff/changelog.md" });
    expect(out.full.length).toBeGreaterThan(5 * GITHUB_BODY_LIMIT);
    expect(out.truncated).toBe(true);
    expect(out.body.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
    // Not wastefully short either: within one service section of the limit.
    expect(out.body.length).toBeGreaterThan(GITHUB_BODY_LIMIT - 5000);
    // Every change is either in the body or counted as left out; the full report has them all.
    expect(bullets(out.body) + out.omitted.changes).toBe(total);
    expect(bullets(out.full)).toBe(total);
    const note =
      /\*\*Truncated to fit GitHub's 65,536-character limit:\*\* ([\d,]+) changes in ([\d,]+) services left out \((.*), and ([\d,]+) more\)\. The full report is in `\.cache\/diff\/changelog\.md`\.\n$/.exec(
        out.body,
      );
    expect(note).not.toBeNull();
    const num = (s: string) => Number(s.replace(/,/g, ""));
    expect(num(note![1]!)).toBe(out.omitted.changes);
    expect(num(note![2]!)).toBe(out.omitted.services);
    const named = note![3]!.split(", ").map((n) => n.replace(/`/g, ""));
    expect(named.length + num(note![4]!)).toBe(out.omitted.services);
    // A service the note names is either absent from the body or shown with its breaking changes only.
    const shown = new Set([...out.body.matchAll(/^### `([^`]+)`/gm)].map((m) => m[1]!));
    expect(shown.size).toBeGreaterThan(0);
    for (const n of named)
      if (shown.has(n)) expect(out.body, n).toMatch(new RegExp(`non-breaking changes of \`${n}\` left out: see the full report`));
    // Breaking changes come first: the body shows only breaking changes of these services, and
    // no description/metadata change while breaking ones are left out.
    expect(out.body).toContain("_15 non-breaking changes of `braket-0000` left out: see the full report._");
    expect(out.body).not.toContain("**Additions and other non-breaking changes**");
    expect(out.body).not.toContain("### Descriptions and metadata");
    // The summary table is always there, and counts everything, left out or not.
    expect(out.body).toContain(`| Actions removed | ${(300 * 1).toString()} | major |`);
    expect(out.body.startsWith(out.full.slice(0, out.full.indexOf("### ")))).toBe(true);
    // No section is cut in half: an open <details> is always closed.
    expect(out.body.split("<details>").length).toBe(out.body.split("</details>").length);
  });

  it("respects a smaller limit and refuses one too small for the summary", () => {
    const out = renderChangelog(diff, { limit: 3000 });
    expect(out.truncated).toBe(true);
    expect(out.body.length).toBeLessThanOrEqual(3000);
    expect(bullets(out.body) + out.omitted.changes).toBe(changeCount(diff));
    expect(out.body).toContain("The full report was written to a separate file.");
    expect(() => renderChangelog(diff, { limit: 500 })).toThrow(/too small for the summary alone/);
  });

  it("renders identical bytes for identical input", () => {
    expect(renderChangelog(diffCatalogs(base, edited)).full).toBe(renderChangelog(diff).full);
  });
});
