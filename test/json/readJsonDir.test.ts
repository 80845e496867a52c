import { cp, mkdtemp, rm, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseJsonIndex, parseServiceJson, readJsonDir, localCandidatesForUrl, JsonInputError, parseJsonServices } from "../../src/json/index.js";
import { repoRoot } from "../../src/model/paths.js";

const fixtures = path.join(repoRoot, "test/fixtures/json");
const temps: string[] = [];
const tempDir = async () => {
  const d = await mkdtemp(path.join(tmpdir(), "json-dir-"));
  temps.push(d);
  return d;
};
afterAll(async () => {
  for (const d of temps) await rm(d, { recursive: true, force: true });
});

describe("readJsonDir", () => {
  it("reads the <svc>/<svc>.json layout", async () => {
    const inputs = await readJsonDir(path.join(fixtures, "2026-06-01"));
    expect(inputs.map((i) => i.service)).toEqual(["access-analyzer", "geo-maps", "kinesis", "kms"]);
    expect(inputs[3]!.file).toBe(path.join(fixtures, "2026-06-01", "kms", "kms.json"));
    for (const i of inputs) expect(parseServiceJson(i).service.prefix).toBe(i.service);
  });

  it("reads the flat layout through aws-servicereference-index.json (only the services it lists)", async () => {
    const dir = await tempDir();
    await cp(path.join(fixtures, "2026-02-13"), dir, { recursive: true });
    // A file the index does not list is not a service of this capture.
    await cp(path.join(fixtures, "2026-06-01/geo-maps/geo-maps.json"), path.join(dir, "geo-maps.json"));
    const inputs = await readJsonDir(dir);
    expect(inputs.map((i) => [i.service, path.relative(dir, i.file)])).toEqual([
      ["kinesis", "kinesis.json"],
      ["kms", "kms.json"],
    ]);
  });

  it("an index entry whose file is missing is an error naming the URL", async () => {
    const dir = await tempDir();
    await cp(path.join(fixtures, "2026-02-13"), dir, { recursive: true });
    await rm(path.join(dir, "kms.json"));
    await expect(readJsonDir(dir)).rejects.toThrow(
      /aws-servicereference-index\.json: the index lists https:\/\/servicereference\.us-east-1\.amazonaws\.com\/v1\/kms\/kms\.json \(service "kms"\) but there is no local file/,
    );
  });

  it("a broken index is an error naming the index and the path", async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, "aws-servicereference-index.json"), '[{"service": "s3"}]');
    await expect(readJsonDir(dir)).rejects.toThrow("aws-servicereference-index.json: /0/url: missing");
  });

  it("a folder without service files is an error", async () => {
    const dir = await tempDir();
    await mkdir(path.join(dir, "empty"));
    await expect(readJsonDir(dir)).rejects.toThrow(/no official JSON service files/);
  });

  it("a service present in both layouts is an error", async () => {
    const dir = await tempDir();
    await cp(path.join(fixtures, "2026-06-01/kms"), path.join(dir, "kms"), { recursive: true });
    await cp(path.join(fixtures, "2026-06-01/kms/kms.json"), path.join(dir, "kms.json"));
    await expect(readJsonDir(dir)).rejects.toThrow(/service "kms" appears twice/);
  });
});

describe("parseJsonIndex", () => {
  it("reads the served index format", () => {
    const text = '[ {\n  "service" : "s3",\n  "url" : "https://servicereference.us-east-1.amazonaws.com/v1/s3/s3.json"\n} ]';
    expect(parseJsonIndex(text, "index.json")).toEqual([{ service: "s3", url: "https://servicereference.us-east-1.amazonaws.com/v1/s3/s3.json" }]);
  });

  it("rejects bad entries with the file and path", () => {
    expect(() => parseJsonIndex("{}", "index.json")).toThrow("index.json: /: expected an array, got an object");
    expect(() => parseJsonIndex('[{"service": 3, "url": "x"}]', "index.json")).toThrow("index.json: /0/service: expected a string, got a number");
    expect(() => parseJsonIndex('[{"service": "s3", "url": "s3.json"}]', "index.json")).toThrow('index.json: /0/url: "s3.json" is not an absolute URL');
    expect(() =>
      parseJsonIndex('[{"service": "s3", "url": "https://h/v1/s3/s3.json"}, {"service": "s3", "url": "https://h/v1/s3/s3.json"}]', "index.json"),
    ).toThrow('index.json: /1/service: duplicate service "s3" (first at /0)');
    expect(() => parseJsonIndex("[", "index.json")).toThrow(JsonInputError);
  });

  it("maps a URL to the local layouts", () => {
    expect(localCandidatesForUrl("https://servicereference.us-east-1.amazonaws.com/v1/s3/s3.json")).toEqual([
      "s3.json",
      path.join("s3", "s3.json"),
      path.join("v1", "s3", "s3.json"),
    ]);
  });
});

describe("parseJsonServices", () => {
  it("warns once per kind of gap, naming the files", async () => {
    const { services, warnings } = parseJsonServices(await readJsonDir(path.join(fixtures, "2026-06-01")));
    expect(services).toHaveLength(4);
    expect(warnings).toEqual([
      "json: in 1 file(s), 3 operations name no authorized action and are attached to no action: geo-maps:GetGlyphs, geo-maps:GetSprites, geo-maps:GetStyleDescriptor",
    ]);
  });
});
