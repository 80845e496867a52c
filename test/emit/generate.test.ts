import { createHash } from "node:crypto";
import { cp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate } from "../../src/emit/generate.js";
import { packageExports } from "../../src/emit/packageFiles.js";
import { prestartRenderThreads } from "../../src/emit/renderThread.js";
import { fixtureCatalog, tempDir } from "./support.js";

/** Every file under `dir` (relative path → content), leaving out the generator's cache. */
async function readTree(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile())) {
    const file = path.relative(dir, path.join(entry.parentPath, entry.name));
    if (!file.startsWith(".cache")) files.set(file, await readFile(path.join(dir, file), "utf8"));
  }
  return files;
}

let work: { dir: string; cleanup: () => Promise<void> };
let out: string;
beforeAll(async () => {
  work = await tempDir("generate");
  out = path.join(work.dir, "pkg");
  await generate({ snapshotsDir: fixtureCatalog, outDir: out, workers: 0, check: true });
});
afterAll(() => work.cleanup());

describe("npm run generate on the fixture catalog", () => {
  it("writes sources, dist/ (.js and .d.ts) and the package files, each marked as generated", async () => {
    const files = await readTree(out);
    const modules = ["_runtime", "_types", "apigateway", "ec2", "index", "kms", "s3"];
    expect([...files.keys()].sort()).toEqual(
      [
        "README.md",
        "package.json",
        "tsconfig.json",
        ...modules.flatMap((m) => [`src/${m}.ts`, `dist/${m}.js`, `dist/${m}.d.ts`]),
      ].sort(),
    );
    for (const [file, text] of files) {
      if (/\.(ts|js)$/.test(file)) expect(text.startsWith("/*! generated from catalog/ - do not edit */\n"), file).toBe(true);
      expect(text, file).not.toMatch(/[\u2028\u2029]/);
    }
    expect(files.get("README.md")!.startsWith("<!-- generated from catalog/ - do not edit -->")).toBe(true);
    expect(files.get("tsconfig.json")!.startsWith("// generated from catalog/ - do not edit")).toBe(true);
  });

  it("writes a package.json for an ESM package with one export per service", async () => {
    const pkg = JSON.parse(await readFile(path.join(out, "package.json"), "utf8"));
    expect(pkg).toMatchObject({
      "//": "generated from catalog/ - do not edit",
      name: "aws-iam-catalog",
      version: "1.20260601.0",
      type: "module",
      sideEffects: false,
      types: "./dist/index.d.ts",
      files: ["dist"],
    });
    expect(pkg.exports).toEqual({
      ".": { types: "./dist/index.d.ts", default: "./dist/index.js" },
      "./package.json": "./package.json",
      "./index": null,
      "./_*": null,
      "./*": { types: "./dist/*.d.ts", default: "./dist/*.js" },
    });
  });

  it("exports a service by a pattern only where its file stem is its prefix and no shared module's pattern hides it", () => {
    const modules = [
      { prefix: "kms", file: "kms", namespace: "kms" },
      { prefix: "index", file: "index_", namespace: "index" },
      { prefix: "_private", file: "_private", namespace: "private" },
    ];
    expect(packageExports(modules)).toEqual({
      ".": { types: "./dist/index.d.ts", default: "./dist/index.js" },
      "./index": { types: "./dist/index_.d.ts", default: "./dist/index_.js" },
      "./_private": { types: "./dist/_private.d.ts", default: "./dist/_private.js" },
      "./package.json": "./package.json",
      "./_*": null,
      "./*": { types: "./dist/*.d.ts", default: "./dist/*.js" },
    });
  });

  it("writes the same bytes on another run, in another folder, with worker threads", async () => {
    const again = path.join(work.dir, "again");
    const result = await generate({ snapshotsDir: fixtureCatalog, outDir: again, workers: 2 });
    expect(result.rendered).toEqual(["apigateway", "ec2", "kms", "s3"]);
    expect(await readTree(again)).toEqual(await readTree(out));
  });

  it("writes the same bytes with render threads started before the run (as npm run generate starts them)", async () => {
    const again = path.join(work.dir, "prestarted");
    const threads = prestartRenderThreads(fixtureCatalog, again, 2);
    expect(threads).toHaveLength(2);
    const result = await generate({ snapshotsDir: fixtureCatalog, outDir: again, threads });
    expect(result.rendered).toEqual(["apigateway", "ec2", "kms", "s3"]);
    expect(await readTree(again)).toEqual(await readTree(out));
    // A run with nothing to render starts none.
    expect(prestartRenderThreads(fixtureCatalog, again, 2)).toEqual([]);
  });

  it("reuses every service on a second run and writes nothing", async () => {
    const result = await generate({ snapshotsDir: fixtureCatalog, outDir: out, workers: 0 });
    expect(result).toEqual({ services: 4, rendered: [], written: [], removed: [] });
  });

  it("re-renders only the changed service, with the output a fresh run gives", async () => {
    const snapshots = path.join(work.dir, "changed", "catalog");
    await cp(fixtureCatalog, snapshots, { recursive: true });
    const kms = JSON.parse(await readFile(path.join(snapshots, "kms.json"), "utf8"));
    kms.actions[0].description = "Changed description";
    await writeFile(path.join(snapshots, "kms.json"), JSON.stringify(kms, null, 2) + "\n");
    const incremental = path.join(work.dir, "incremental");
    await cp(out, incremental, { recursive: true });

    const result = await generate({ snapshotsDir: snapshots, outDir: incremental, workers: 0 });
    expect(result.rendered).toEqual(["kms"]);
    expect(result.written.sort()).toEqual(["dist/kms.d.ts", "dist/kms.js", "src/kms.ts"]);
    const fresh = path.join(work.dir, "fresh");
    await generate({ snapshotsDir: snapshots, outDir: fresh, workers: 0 });
    expect(await readTree(incremental)).toEqual(await readTree(fresh));
  });

  it("re-renders the changed service and the root when the service's facts changed, with the output a fresh run gives", async () => {
    const snapshots = path.join(work.dir, "fewer-actions", "catalog");
    await cp(fixtureCatalog, snapshots, { recursive: true });
    const kms = JSON.parse(await readFile(path.join(snapshots, "kms.json"), "utf8"));
    kms.actions = kms.actions.slice(1);
    await writeFile(path.join(snapshots, "kms.json"), JSON.stringify(kms, null, 2) + "\n");
    const incremental = path.join(work.dir, "fewer-actions-pkg");
    await cp(out, incremental, { recursive: true });

    const result = await generate({ snapshotsDir: snapshots, outDir: incremental, workers: 2 });
    expect(result.rendered).toEqual(["kms"]);
    expect(result.written).toEqual(expect.arrayContaining(["dist/index.d.ts", "dist/kms.d.ts", "dist/kms.js", "src/index.ts", "src/kms.ts"]));
    expect(result.written.filter((f) => !/^(src|dist)\/(index|kms)\.|^README\.md$/.test(f))).toEqual([]);
    const fresh = path.join(work.dir, "fewer-actions-fresh");
    await generate({ snapshotsDir: snapshots, outDir: fresh, workers: 0 });
    expect(await readTree(incremental)).toEqual(await readTree(fresh));
  });

  it("re-renders a service whose files were edited by hand", async () => {
    const edited = path.join(work.dir, "edited");
    await cp(out, edited, { recursive: true });
    await writeFile(path.join(edited, "dist/s3.js"), "tampered");
    const result = await generate({ snapshotsDir: fixtureCatalog, outDir: edited, workers: 0 });
    expect(result.rendered).toEqual(["s3"]);
    expect(await readFile(path.join(edited, "dist/s3.js"), "utf8")).toBe(await readFile(path.join(out, "dist/s3.js"), "utf8"));
  });

  it("removes the files of a service that left the catalog", async () => {
    const snapshots = path.join(work.dir, "fewer", "catalog");
    await cp(fixtureCatalog, snapshots, { recursive: true });
    const index = JSON.parse(await readFile(path.join(snapshots, "index.json"), "utf8"));
    index.services = index.services.filter((s: { prefix: string }) => s.prefix !== "ec2");
    await writeFile(path.join(snapshots, "index.json"), JSON.stringify(index, null, 2) + "\n");
    await rm(path.join(snapshots, "ec2.json"));
    const fewer = path.join(work.dir, "fewer-pkg");
    await cp(out, fewer, { recursive: true });
    const result = await generate({ snapshotsDir: snapshots, outDir: fewer, workers: 0 });
    expect(result.removed).toEqual(["dist/ec2.d.ts", "dist/ec2.js", "src/ec2.ts"]);
    expect(result.rendered).toEqual([]);
    // (Other services' facts still name ec2 actions, e.g. kms's dependent ec2:DescribeVpcEndpointServices.)
    const root = await readFile(path.join(fewer, "src/index.ts"), "utf8");
    expect(root).not.toContain('"./ec2.js"');
    expect(root).not.toMatch(/\bexport (const|namespace) ec2\b/);
  });

  it("re-renders a module whose file was deleted, and the root and package files when edited by hand", async () => {
    const edited = path.join(work.dir, "deleted");
    await cp(out, edited, { recursive: true });
    await rm(path.join(edited, "src/kms.ts"));
    await writeFile(path.join(edited, "src/index.ts"), "tampered");
    await writeFile(path.join(edited, "README.md"), "tampered");
    const result = await generate({ snapshotsDir: fixtureCatalog, outDir: edited, workers: 0 });
    expect(result.rendered).toEqual(["kms"]);
    expect(result.written).toEqual(["README.md", "src/index.ts", "src/kms.ts"]);
    expect(await readTree(edited)).toEqual(await readTree(out));
  });

  it("re-renders everything after the emitter changed", async () => {
    const other = path.join(work.dir, "other-emitter");
    await cp(out, other, { recursive: true });
    const manifestFile = path.join(other, ".cache/generate-manifest.json");
    const manifest = JSON.parse(await readFile(manifestFile, "utf8"));
    await writeFile(manifestFile, JSON.stringify({ ...manifest, fingerprint: "an older emitter" }));
    const result = await generate({ snapshotsDir: fixtureCatalog, outDir: other, workers: 0 });
    expect(result.rendered).toEqual(["apigateway", "ec2", "kms", "s3"]);
    expect(result.written).toEqual([]);
    expect(await readTree(other)).toEqual(await readTree(out));
  });

  it("validates a catalog file again when the schemas changed since it was last validated", async () => {
    const snapshots = path.join(work.dir, "revalidate", "catalog");
    await cp(fixtureCatalog, snapshots, { recursive: true });
    const pkg = path.join(work.dir, "revalidate-pkg");
    await generate({ snapshotsDir: snapshots, outDir: pkg, workers: 0 });
    // kms.json made invalid, and the manifest made to record its new bytes as validated, but
    // against other schemas: the file must be validated again.
    const kmsFile = path.join(snapshots, "kms.json");
    const kms = JSON.parse(await readFile(kmsFile, "utf8"));
    kms.actions[0].accessLevel = "Sometimes";
    const bytes = JSON.stringify(kms);
    await writeFile(kmsFile, bytes);
    const manifestFile = path.join(pkg, ".cache/generate-manifest.json");
    const manifest = JSON.parse(await readFile(manifestFile, "utf8"));
    manifest.catalog["kms.json"] = createHash("sha256").update(bytes).digest("hex");
    manifest.schemas = "other schemas";
    await writeFile(manifestFile, JSON.stringify(manifest));
    await expect(generate({ snapshotsDir: snapshots, outDir: pkg, workers: 0 })).rejects.toThrow(/kms\.json.*\/actions\/0\/accessLevel/s);
  });

  it.each([0, 2])("leaves the package as it was when a module fails to render (workers: %i)", async (workers) => {
    // Valid by the schema, but a resource type name holding every separator the encoding could use.
    const snapshots = path.join(work.dir, `unencodable-${workers}`, "catalog");
    await cp(fixtureCatalog, snapshots, { recursive: true });
    const kms = JSON.parse(await readFile(path.join(snapshots, "kms.json"), "utf8"));
    const name = "|,;~^#!+=&%\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008";
    kms.resourceTypes[0].name = name;
    for (const action of kms.actions) for (const rt of action.resourceTypes) if (rt.name === "alias") rt.name = name;
    await writeFile(path.join(snapshots, "kms.json"), JSON.stringify(kms, null, 2) + "\n");
    const pkg = path.join(work.dir, `unencodable-${workers}-pkg`);
    await cp(out, pkg, { recursive: true });
    const before = await readTree(pkg);
    await expect(generate({ snapshotsDir: snapshots, outDir: pkg, workers })).rejects.toThrow(/kms.*cannot encode/);
    expect(await readTree(pkg)).toEqual(before);
    expect(await readdir(path.join(pkg, ".cache"))).not.toContainEqual(expect.stringMatching(/^staging/));
  });

  it.each([0, 2])("fails when a service the index lists has no file, and leaves the package as it was (workers: %i)", async (workers) => {
    const snapshots = path.join(work.dir, `missing-${workers}`, "catalog");
    await cp(fixtureCatalog, snapshots, { recursive: true });
    await rm(path.join(snapshots, "s3.json"));
    const pkg = path.join(work.dir, `missing-${workers}-pkg`);
    await cp(out, pkg, { recursive: true });
    const before = await readTree(pkg);
    await expect(generate({ snapshotsDir: snapshots, outDir: pkg, workers })).rejects.toThrow(/s3\.json: cannot read/);
    expect(await readTree(pkg)).toEqual(before);
  });

  it.each([0, 2])("fails on a bad catalog, naming the file and JSON path, and leaves the package as it was (workers: %i)", async (workers) => {
    const snapshots = path.join(work.dir, `bad-${workers}`, "catalog");
    await cp(fixtureCatalog, snapshots, { recursive: true });
    const kms = JSON.parse(await readFile(path.join(snapshots, "kms.json"), "utf8"));
    kms.actions[1].accessLevel = "Sometimes";
    await writeFile(path.join(snapshots, "kms.json"), JSON.stringify(kms));
    const before = await readTree(out);
    await expect(generate({ snapshotsDir: snapshots, outDir: out, workers })).rejects.toThrow(/kms\.json.*\/actions\/1\/accessLevel/s);
    expect(await readTree(out)).toEqual(before);
    expect(await readdir(path.join(out, ".cache"))).not.toContainEqual(expect.stringMatching(/^staging/));
  });
});
