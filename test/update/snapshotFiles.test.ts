import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../../src/model/paths.js";
import { catalogFilesDiffer, readFolderFiles } from "../../src/update/index.js";

// A real catalog folder (three services of 2026-06-01, see test/fixtures/diff/README.md).
const BASE = path.join(repoRoot, "test/fixtures/diff/base");

const edited = (files: Map<string, string>, name: string, edit: (text: string) => string) =>
  new Map([...files].map(([n, t]) => [n, n === name ? edit(t) : t]));

describe("catalogFilesDiffer: is there anything new to commit?", async () => {
  const files = await readFolderFiles(BASE);

  it("reads every file of the folder, and nothing for a folder that does not exist yet", async () => {
    expect([...files.keys()].sort()).toEqual(["braket.json", "codeguru.json", "index.json", "sustainability.json"]);
    expect((await readFolderFiles(path.join(BASE, "missing"))).size).toBe(0);
  });

  it("no: the same files", () => {
    expect(catalogFilesDiffer(files, new Map(files))).toBe(false);
  });

  it("no: only the capture date in index.json is new (a nightly run over unchanged docs)", () => {
    const redated = edited(files, "index.json", (t) => t.replace('"date": "2026-06-01"', '"date": "2026-06-02"'));
    expect(redated.get("index.json")).not.toBe(files.get("index.json"));
    expect(catalogFilesDiffer(files, redated)).toBe(false);
  });

  it("no: only the reconcile report beside the catalog differs", () => {
    expect(catalogFilesDiffer(new Map([...files, ["RECONCILE.md", "old"]]), new Map([...files, ["RECONCILE.md", "new"]]))).toBe(false);
  });

  it("yes: any byte of a service file", () => {
    const text = files.get("codeguru.json")!;
    const at = text.indexOf('"description": "') + 16;
    expect(catalogFilesDiffer(files, edited(files, "codeguru.json", (t) => t.slice(0, at) + "X" + t.slice(at)))).toBe(true);
  });

  it("yes: a service file added or removed, or index.json changed beyond its date", () => {
    expect(catalogFilesDiffer(files, new Map([...files, ["kms.json", "{}"]]))).toBe(true);
    expect(catalogFilesDiffer(files, new Map([...files].filter(([n]) => n !== "codeguru.json")))).toBe(true);
    expect(catalogFilesDiffer(files, edited(files, "index.json", (t) => t.replace('"kinds": [\n      "html",\n', '"kinds": [\n')))).toBe(true);
  });

  it("yes: a first run, into an empty folder", () => {
    expect(catalogFilesDiffer(new Map(), files)).toBe(true);
  });
});
