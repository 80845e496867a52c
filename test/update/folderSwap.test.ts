import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { siblingFolder, swapFolders } from "../../src/update/index.js";

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), "folder-swap-"));
});
afterEach(() => rm(root, { recursive: true, force: true }));

async function folder(dir: string, files: Record<string, string>) {
  await mkdir(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
}
const contents = async (dir: string) =>
  Object.fromEntries(await Promise.all((await readdir(dir)).sort().map(async (f) => [f, await readFile(path.join(dir, f), "utf8")])));

describe("swapFolders", () => {
  it("replaces every target with its staged folder and leaves no temporary folder", async () => {
    await folder(path.join(root, "snapshots"), { "a.json": "old a", "gone.json": "old" });
    await folder(path.join(root, "stage/snapshots"), { "a.json": "new a" });
    await folder(path.join(root, "stage/generated"), { "index.ts": "new" });
    await swapFolders([
      { staged: path.join(root, "stage/snapshots"), target: path.join(root, "snapshots") },
      // A target that does not exist yet (first run) is simply created.
      { staged: path.join(root, "stage/generated"), target: path.join(root, "generated") },
    ]);
    expect(await contents(path.join(root, "snapshots"))).toEqual({ "a.json": "new a" });
    expect(await contents(path.join(root, "generated"))).toEqual({ "index.ts": "new" });
    expect((await readdir(root)).sort()).toEqual(["generated", "snapshots", "stage"]);
    expect(await readdir(path.join(root, "stage"))).toEqual([]);
  });

  it("undoes the moves already made when a later one fails: every target as it was", async () => {
    await folder(path.join(root, "snapshots"), { "a.json": "old a" });
    await folder(path.join(root, "generated"), { "index.ts": "old" });
    await folder(path.join(root, "stage/snapshots"), { "a.json": "new a" });
    // The second staged folder is missing, as when the build died before creating it.
    await expect(
      swapFolders([
        { staged: path.join(root, "stage/snapshots"), target: path.join(root, "snapshots") },
        { staged: path.join(root, "stage/generated"), target: path.join(root, "generated") },
      ]),
    ).rejects.toThrow(/ENOENT/);
    expect(await contents(path.join(root, "snapshots"))).toEqual({ "a.json": "old a" });
    expect(await contents(path.join(root, "generated"))).toEqual({ "index.ts": "old" });
    // The staged snapshots are back where they were, for the caller to delete.
    expect(await contents(path.join(root, "stage/snapshots"))).toEqual({ "a.json": "new a" });
    expect((await readdir(root)).sort()).toEqual(["generated", "snapshots", "stage"]);
  });

  it("names staging folders as hidden siblings that .gitignore ignores", async () => {
    const gitignore = await readFile(path.join(import.meta.dirname, "../../.gitignore"), "utf8");
    const tmp = siblingFolder(path.join(root, "snapshots"), "tmp", "1-2-x");
    const old = siblingFolder(path.join(root, "generated"), "old", "1-2-x");
    expect(tmp).toBe(path.join(root, ".snapshots.tmp-1-2-x"));
    expect(old).toBe(path.join(root, ".generated.old-1-2-x"));
    expect(gitignore).toMatch(/^\.\*\.tmp-\*$/m);
    expect(gitignore).toMatch(/^\.\*\.old-\*$/m);
  });
});
