// The hostile fixture: names and texts with quotes, backslashes, backticks, `${`, `*/`, U+2028/2029,
// every separator character, `__proto__`, reserved words, leading digits, names that collide
// once made identifiers. The package must compile (strict) and give every string back exactly.
import { mkdir, readdir, readFile, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkFiles } from "../../src/emit/check.js";
import { generate } from "../../src/emit/generate.js";
import { readCatalog } from "../../src/model/catalog.js";
import type { Service } from "../../src/model/types.js";
import { hostileCatalog, tempDir } from "./support.js";

let work: { dir: string; cleanup: () => Promise<void> };
let out: string;
let service: Service;
type Module = Record<string, unknown> & {
  actions: Record<string, string>;
  actionInfo: Record<string, unknown>;
  conditionKeyInfo: Record<string, unknown>;
  resourceTypeInfo: Record<string, unknown>;
  arn: Record<string, (p?: object) => string>;
  parseArn: (arn: string) => unknown;
};
let hostile: Module;
let root: Record<string, unknown>;

beforeAll(async () => {
  work = await tempDir("hostile");
  out = path.join(work.dir, "pkg");
  await generate({ snapshotsDir: hostileCatalog, outDir: out, workers: 0 });
  service = (await readCatalog(hostileCatalog)).services.find((s) => s.prefix === "hostile")!;
  hostile = (await import(pathToFileURL(path.join(out, "dist/hostile.js")).href)) as Module;
  root = (await import(pathToFileURL(path.join(out, "dist/index.js")).href)) as Record<string, unknown>;
});
afterAll(() => work.cleanup());

describe("the hostile fixture", () => {
  it("generates a package that type-checks (strict)", async () => {
    const files = (await readdir(path.join(out, "src"))).sort();
    expect(checkFiles(out, files)).toEqual([]);
  });

  it("writes no raw line or paragraph separator, and no comment closed early", async () => {
    for (const dir of ["src", "dist"])
      for (const file of await readdir(path.join(out, dir))) {
        const text = await readFile(path.join(out, dir, file), "utf8");
        expect(text, file).not.toMatch(/[\u2028\u2029]/);
        // Every `/**` comment ends at the first `*/` after it: that must be its real end.
        for (const comment of text.match(/\/\*\*[\s\S]*?\*\//g) ?? []) expect(comment, file).not.toMatch(/\n\s*[^*\s]/);
      }
  });

  it("gives back every description, name, key and ARN format exactly at run time", () => {
    expect(hostile.serviceName).toBe(service.name);
    expect(hostile.referencePages).toEqual(service.pages);
    expect(Object.keys(hostile.actions).sort()).toEqual(service.actions.map((a) => a.name).sort());
    expect(Object.getPrototypeOf(hostile.actions)).toBe(Object.prototype);
    for (const a of service.actions) {
      expect(Object.hasOwn(hostile.actions, a.name)).toBe(true);
      expect(hostile.actions[a.name]).toBe(`hostile:${a.name}`);
      expect(hostile.actionInfo[a.name]).toEqual({
        description: a.description,
        accessLevel: a.accessLevel,
        accessLevels: a.accessLevels,
        permissionOnly: a.permissionOnly,
        resourceTypes: a.resourceTypes,
        conditionKeys: a.conditionKeys,
        dependentActions: a.dependentActions,
        operations: a.operations.map((o) => ({ name: o.name, sdk: o.sdk })),
      });
    }
    for (const k of service.conditionKeys)
      expect(hostile.conditionKeyInfo[k.name]).toEqual({ description: k.description, types: k.types, ...(k.deprecated ? { deprecated: k.deprecated } : {}) });
    for (const r of service.resourceTypes) expect(hostile.resourceTypeInfo[r.name]).toEqual({ arnFormats: r.arnFormats, conditionKeys: r.conditionKeys });
  });

  it("builds and parses ARNs whose formats hold quotes, backslashes and backticks", () => {
    const quoted = hostile.arn.key2!({ name: "n`1" });
    expect(quoted).toBe('arn:aws:hostile:::quote"back\\slash/n`1');
    expect(hostile.parseArn(quoted)).toEqual({ resourceType: "Key", partition: "aws", name: "n`1" });
    expect(hostile.arn.thing!({ region: "r", account: "a", thingId: "${t}", partition: "aws-cn" })).toBe("arn:aws-cn:hostile:r:a:thing/${t}");
    expect(hostile.arn._2fa!()).toBe("arn:aws:hostile:::2fa");
    expect(hostile.parseArn("arn:aws:hostile:r::key/k/k")).toEqual({ resourceType: "key", region: "r", keyId: "k" });
  });

  it("decodes at the type level exactly what the run time decodes (other separators, number-like and __proto__ names)", async () => {
    const consumer = path.join(work.dir, "consumer");
    await mkdir(path.join(consumer, "node_modules"), { recursive: true });
    await symlink(out, path.join(consumer, "node_modules", "aws-iam-catalog"), "dir");
    await writeFile(path.join(consumer, "package.json"), '{ "type": "module" }\n');
    const probe = path.join(consumer, "probe.ts");
    await writeFile(
      probe,
      `import { hostile, type KnownAwsAction } from "aws-iam-catalog";
import * as hostileModule from "aws-iam-catalog/hostile";
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const check = <T extends true>() => {};
const get = hostile.actionInfo["Get.Thing-1"];
check<Equal<typeof get.accessLevel, "Read">>();
check<Equal<typeof get.resourceTypes, readonly [
  { readonly name: "Key"; readonly required: false; readonly conditionKeys: readonly ["hostile:Comma,Key", "hostile:Pipe|Key"] },
  { readonly name: "thing"; readonly required: true; readonly conditionKeys: readonly [] },
]>>();
check<Equal<typeof get.conditionKeys, readonly ["hostile:Back\`tick", "hostile:Semi;Key~Tilde"]>>();
check<Equal<typeof get.dependentActions, readonly ["other:Act|ion", "other:Plain"]>>();
check<Equal<(typeof get.operations)[number]["name"], "Get.Thing-1" | "GetThingV2">>();
check<Equal<typeof hostile.actionInfo.constructor.accessLevels, readonly ["Tagging", "Write"]>>();
check<Equal<typeof hostile.actions["123"], "hostile:123">>();
check<Equal<typeof hostile.actions.__proto__, "hostile:__proto__">>();
check<Equal<hostile.Action, "hostile:123" | "hostile:Get.Thing-1" | "hostile:__proto__" | "hostile:constructor" | "hostile:toString">>();
check<Equal<"hostile:123" extends KnownAwsAction ? true : false, true>>();
check<Equal<ReturnType<typeof hostile.arn.key2<{ name: "n" }>>, 'arn:aws:hostile:::quote"back\\\\slash/n'>>();
check<Equal<hostile.ConditionKeys["hostile:Tag/special"], number>>();
check<Equal<hostile.ConditionKeys["hostile:Tag/other"], string | number>>();
check<Equal<hostile.ConditionKeys["hostile:Untyped"], unknown>>();
// The root declares the namespace from packed strings: the same types as the module.
check<Equal<typeof hostile.actions, typeof hostileModule.actions>>();
check<Equal<typeof hostile.actionInfo, typeof hostileModule.actionInfo>>();
check<Equal<typeof hostile.resourceTypeInfo, typeof hostileModule.resourceTypeInfo>>();
check<Equal<typeof hostile.conditionKeyInfo, typeof hostileModule.conditionKeyInfo>>();
check<Equal<ReturnType<typeof hostile.parseArn>, ReturnType<typeof hostileModule.parseArn>>>();
check<Equal<hostile.ConditionKeys, hostileModule.ConditionKeys>>();
check<Equal<hostile.Condition, hostileModule.Condition>>();
// @ts-expect-error Numeric operators do not take the ArrayOfNumeric key without ForAnyValue:/ForAllValues:
const c: hostile.Condition = { NumericEquals: { "hostile:Pipe|Key": 1 } };
export { c };
`,
    );
    const options = { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, strict: true, noEmit: true, types: [] };
    const program = ts.createProgram([probe], options);
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => `${d.file ? d.file.getLineAndCharacterOfPosition(d.start!).line + 1 : "?"}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
    expect(diagnostics).toEqual([]);
  });

  it("binds namespaces that are valid, distinct identifiers", () => {
    expect(Object.keys(root).filter((k) => k !== "servicePrefixes").sort()).toEqual(["_3dHostile", "delete_", "hostile", "servicePrefixes2"]);
    expect(root.servicePrefixes).toEqual(["3d-hostile", "delete", "hostile", "service-prefixes"]);
    expect((root.servicePrefixes2 as Module).prefix).toBe("service-prefixes");
  });
});
