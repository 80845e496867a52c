// The nightly workflow and `npm run update` must agree on file names and exit codes: a rename on
// either side would otherwise only show up as a broken night.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../../src/model/paths.js";
import { DEFAULT_WORK_DIR, NIGHTLY_ARTIFACT, UPDATE_EXIT, WORK_FILES } from "../../src/update/index.js";

type Step = { id?: string; name?: string; uses?: string; run?: string; with?: Record<string, string> };
const workflow = parse(await readFile(path.join(repoRoot, ".github/workflows/nightly.yml"), "utf8")) as { jobs: Record<string, { steps: Step[] }> };
const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);
const work = path.relative(repoRoot, DEFAULT_WORK_DIR).split(path.sep).join("/");

describe("nightly.yml ↔ npm run update", () => {
  const update = steps.find((s) => s.id === "update")!;
  const pr = steps.find((s) => s.uses?.startsWith("peter-evans/create-pull-request@"))!;

  it("the update step runs npm run update and reads the summary and report where update writes them", () => {
    expect(update.run).toMatch(/npm run update/);
    expect(update.run).toContain(`require("./${work}/${WORK_FILES.summary}").impact`);
    expect(update.run).toContain(`${work}/${WORK_FILES.report}`);
    expect(update.run).toContain(`echo "title=$(head -n 1 ${work}/${WORK_FILES.prTitle})" >> "$GITHUB_OUTPUT"`);
  });

  it("branches on update's exit codes: 1 is 'changed', anything but 0 and 1 fails the job", () => {
    expect(update.run).toContain(`if [ "$code" -eq ${UPDATE_EXIT.changed} ]; then`);
    expect(update.run).toContain(`if [ "$code" -ne ${UPDATE_EXIT.unchanged} ] && [ "$code" -ne ${UPDATE_EXIT.changed} ]; then exit "$code"; fi`);
  });

  it("the pull request takes its title and body from update's files, on one fixed branch, with the labels", () => {
    // v7 has body-path but no title file input: the title goes through the update step's output.
    expect(pr.with?.title).toBe("${{ steps.update.outputs.title }}");
    expect(pr.with?.["body-path"]).toBe(`${work}/${WORK_FILES.prBody}`);
    expect(pr.with?.branch).toBe("sar-update");
    expect(pr.with?.labels?.split("\n").filter(Boolean)).toEqual(["sar-update", "semver:${{ steps.update.outputs.impact }}"]);
  });

  it("uploads the work folder (with the whole changelog) in the artifact the PR body names", () => {
    const upload = steps.find((s) => s.uses?.startsWith("actions/upload-artifact@"))!;
    expect(upload.with?.name).toBe(NIGHTLY_ARTIFACT);
    expect(`${work}/`.startsWith(upload.with!.path!)).toBe(true);
    expect(work).toBe(".cache/update");
  });
});
