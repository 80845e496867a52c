import { describe, expect, it } from "vitest";
import { arnFormatsOf, splitArnFormat } from "../../src/emit/arn.js";
import { readCatalog } from "../../src/model/catalog.js";
import { arnBuilders, arnParser } from "../../src/emit/package/_runtime.js";
import { encodeArnFormat } from "../../src/emit/encoding.js";
import type { ResourceType } from "../../src/model/types.js";
import { fixtureCatalog } from "./support.js";

const rt = (name: string, ...arnFormats: string[]): ResourceType => ({ name, arnFormats, conditionKeys: [], sources: ["html"] });
const catalog = await readCatalog(fixtureCatalog);
const service = (prefix: string) => catalog.services.find((s) => s.prefix === prefix)!;

describe("splitArnFormat", () => {
  it("names parameters camelCase from the placeholders, Partition always `partition`", () => {
    const { params, parts } = splitArnFormat("arn:${Partition}:kms:${Region}:${Account}:key/${KeyId}");
    expect(params).toEqual(["partition", "region", "account", "keyId"]);
    expect(parts[0]).toEqual({ text: "arn:" });
    expect(parts[1]).toEqual({ placeholder: "Partition", param: "partition", isPartition: true });
  });
  it("keeps parameters apart from each other and from resourceType", () => {
    expect(splitArnFormat("arn:aws:x:::${KeyId}/${KeyID}/${ResourceType}/${partition}").params).toEqual([
      "keyId",
      "keyId2",
      "resourceType2",
      "partition2",
    ]);
  });
  it("uses one parameter for a placeholder seen twice", () => {
    expect(splitArnFormat("arn:aws:x:::${A}/${A}").params).toEqual(["a"]);
  });
});

describe("arnFormatsOf", () => {
  it("gives apigateway's two Stage formats distinct names after the parameter only each has", () => {
    const formats = arnFormatsOf(service("apigateway").resourceTypes).filter((f) => f.resourceType === "Stage");
    expect(formats.map((f) => [f.builder, f.format])).toEqual([
      ["stageByApiId", "arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/stages/${StageName}"],
      ["stageByRestApiId", "arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/stages/${StageName}"],
    ]);
  });
  it("numbers formats no parameter tells apart, and keeps every builder name unique", () => {
    const formats = arnFormatsOf([rt("Key", "arn:aws:x:::a/${Name}", "arn:aws:x:::b/${Name}"), rt("key", "arn:aws:x:::k"), rt("key-", "arn:aws:x:::k2")]);
    expect(formats.map((f) => f.builder)).toEqual(["key", "key1", "key2", "key3"]);
  });
  it("names every builder of the fixture services uniquely", () => {
    for (const s of catalog.services) {
      const names = arnFormatsOf(s.resourceTypes).map((f) => f.builder);
      expect(new Set(names).size).toBe(names.length);
      expect(names.length).toBe(s.resourceTypes.reduce((n, r) => n + r.arnFormats.length, 0));
    }
  });
});

describe("ARN builders and parser (runtime)", () => {
  const encoded = (s: string) =>
    Object.fromEntries(arnFormatsOf(service(s).resourceTypes).map((f) => [f.builder, encodeArnFormat(f, f.format)]));

  it("build ARNs with partition aws by default, or the one given", () => {
    const kms = arnBuilders<Record<string, (p?: object) => string>>(encoded("kms"));
    expect(kms.key!({ region: "us-east-1", account: "111122223333", keyId: "k-1" })).toBe("arn:aws:kms:us-east-1:111122223333:key/k-1");
    expect(kms.key!({ region: "cn-north-1", account: "1", keyId: "k", partition: "aws-cn" })).toBe("arn:aws-cn:kms:cn-north-1:1:key/k");
  });

  it("parse an S3 object ARN as an object, a bucket ARN as a bucket", () => {
    const parse = arnParser<(arn: string) => unknown>(encoded("s3"));
    expect(parse("arn:aws:s3:::my-bucket/photos/2024/a.jpg")).toEqual({
      resourceType: "object",
      partition: "aws",
      bucketName: "my-bucket",
      objectName: "photos/2024/a.jpg",
    });
    expect(parse("arn:aws:s3:::my-bucket")).toEqual({ resourceType: "bucket", partition: "aws", bucketName: "my-bucket" });
    expect(parse("arn:aws:kms:us-east-1:1:key/x")).toBeUndefined();
  });

  it("parse what every builder of the fixture services builds back into its parameters", () => {
    for (const s of catalog.services) {
      const rows = encoded(s.prefix);
      const build = arnBuilders<Record<string, (p?: object) => string>>(rows);
      const parse = arnParser<(arn: string) => Record<string, string> | undefined>(rows);
      for (const f of arnFormatsOf(s.resourceTypes)) {
        const params = Object.fromEntries(f.params.map((p, i) => [p, p === "partition" ? "aws-us-gov" : `v${i}${p}`]));
        const arn = build[f.builder]!(params);
        const parsed = parse(arn);
        expect(parsed, `${s.prefix} ${f.format} → ${arn}`).toBeDefined();
        // Formats can overlap (one is a prefix pattern of another); the parse must at least give back the same ARN.
        const again = arnFormatsOf(s.resourceTypes).find((g) => g.resourceType === parsed!.resourceType && g.params.every((p) => p in parsed!));
        expect(again, arn).toBeDefined();
        if (parsed!.resourceType === f.resourceType) expect(parsed).toEqual({ resourceType: f.resourceType, ...params });
      }
    }
  });

  it("require a placeholder seen twice to repeat its value", () => {
    const f = arnFormatsOf([rt("key", "arn:aws:x:${Region}::key/${KeyId}/${KeyId}")]);
    const parse = arnParser<(arn: string) => unknown>(Object.fromEntries(f.map((x) => [x.builder, encodeArnFormat(x, "")])));
    expect(parse("arn:aws:x:r::key/a/a")).toEqual({ resourceType: "key", region: "r", keyId: "a" });
    expect(parse("arn:aws:x:r::key/a/b")).toBeUndefined();
  });
});
