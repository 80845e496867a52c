// The consumer project in test/consumer, compiled against a build of the fixture catalog (KMS,
// S3, an EC2 subset, API Gateway v1+v2) the way a user's project would see it: through
// node_modules/aws-iam-catalog and the package's exports. Its files hold the type tests
// (expectTypeOf and @ts-expect-error); runtime.mjs the matching run-time checks.
import { spawnSync } from "node:child_process";
import { mkdir, readFile, rm, symlink } from "node:fs/promises";
import path from "node:path";
import ts from "typescript";
import ts50 from "typescript-5.0";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate } from "../../src/emit/generate.js";
import { repoRoot } from "../../src/model/paths.js";
import { fixtureCatalog, tempDir } from "./support.js";

const consumerDir = path.join(repoRoot, "test/consumer");
const link = path.join(consumerDir, "node_modules", "aws-iam-catalog");
let work: { dir: string; cleanup: () => Promise<void> };

beforeAll(async () => {
  work = await tempDir("consumer");
  const pkg = path.join(work.dir, "aws-iam-catalog");
  await generate({ snapshotsDir: fixtureCatalog, outDir: pkg, workers: 0 });
  await mkdir(path.dirname(link), { recursive: true });
  await rm(link, { recursive: true, force: true });
  await symlink(pkg, link, "dir");
});
afterAll(async () => {
  await rm(link, { recursive: true, force: true });
  await work.cleanup();
});

/** A compiler host that reads `text` for `file` and the disk for every other file. */
function withSource(options: ts.CompilerOptions, file: string, text: string): ts.CompilerHost {
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile;
  host.getSourceFile = (name, language, ...rest) => (name === file ? ts.createSourceFile(name, text, language) : getSourceFile(name, language, ...rest));
  return host;
}

function parseConsumerConfig() {
  const config = ts.getParsedCommandLineOfConfigFile(path.join(consumerDir, "tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  if (!config) throw new Error("test/consumer/tsconfig.json: cannot read");
  return config;
}

describe("the consumer project", () => {
  it("compiles against the package: every expectTypeOf holds and every @ts-expect-error is an error", () => {
    const config = parseConsumerConfig();
    const program = ts.createProgram({ rootNames: config.fileNames, options: config.options });
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ts.formatDiagnostic(d, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => consumerDir, getNewLine: () => "\n" }));
    expect(config.fileNames.map((f) => path.basename(f)).sort()).toEqual(["apigateway.ts", "conditions.ts", "ec2.ts", "kms.ts", "root.ts", "s3.ts"]);
    expect(diagnostics).toEqual([]);
  });

  it("is not checked again by a consumer without skipLibCheck (tsc's default), which still checks its own code", () => {
    // Checking the root's declarations would decode every service's packed facts (see
    // withConsumerCheckSkipped); a declaration file the checker skips creates no type.
    const options = { ...parseConsumerConfig().options, skipLibCheck: false, types: [] };
    const probe = path.join(consumerDir, "src", "__skipLibCheckFalse.ts");
    const text = [
      'import { kms } from "aws-iam-catalog";',
      'import * as ec2 from "aws-iam-catalog/ec2";',
      "export const decrypt: kms.Action = kms.actions.Decrypt;",
      'export const unknown: ec2.Action = "ec2:NoSuchAction";',
    ].join("\n");
    const program = ts.createProgram({ rootNames: [probe], options, host: withSource(options, probe, text) });
    const ours = program.getSourceFiles().filter((f) => f.isDeclarationFile && f.fileName.includes("/aws-iam-catalog/dist/"));
    expect(ours.map((f) => path.basename(f.fileName)).sort()).toEqual(["_types.d.ts", "ec2.d.ts", "index.d.ts"]);
    for (const file of ours) {
      const types = program.getTypeCount();
      const diagnostics = program.getSemanticDiagnostics(file);
      expect({ file: path.basename(file.fileName), diagnostics, newTypes: program.getTypeCount() - types }).toEqual({ file: path.basename(file.fileName), diagnostics: [], newTypes: 0 });
    }
    const own = program.getSemanticDiagnostics(program.getSourceFile(probe));
    expect(own.map((d) => [d.code, text.slice(0, d.start).split("\n").length])).toEqual([[2322, 4]]);
  });

  it("type-checks with TypeScript 5.0, the oldest version the package's README names, declarations included", () => {
    // The declarations are read without their @ts-nocheck, so that an error in them shows.
    const probe = path.join(consumerDir, "src", "__typescript50.ts");
    const text = [
      'import { kms, s3, type AwsAction } from "aws-iam-catalog";',
      'import * as ec2 from "aws-iam-catalog/ec2";',
      "export const decrypt: kms.Action = kms.actions.Decrypt;",
      'export const any: AwsAction = "s3:GetObject";',
      "export const run: ec2.Action = ec2.actions.RunInstances;",
      'export const key: `arn:aws:kms:us-east-1:123456789012:key/${string}` = kms.arn.key({ region: "us-east-1", account: "123456789012", keyId: "k" });',
      'export const parsed = kms.parseArn("arn:aws:kms:us-east-1:123456789012:key/k")?.resourceType;',
      'export const statement = kms.statement({ Effect: "Allow", Action: ["kms:Decrypt"], Resource: "*", Condition: { StringEquals: { "kms:CallerAccount": "1" } } });',
      'export const condition: s3.Condition = { StringLike: { "s3:prefix": "home/" } };',
      "// @ts-expect-error kms:CallerAccount is a string key",
      'export const numeric: kms.Condition = { NumericEquals: { "kms:CallerAccount": 1 } };',
    ].join("\n");
    const options: ts50.CompilerOptions = {
      target: ts50.ScriptTarget.ES2022,
      module: ts50.ModuleKind.NodeNext,
      moduleResolution: ts50.ModuleResolutionKind.NodeNext,
      strict: true,
      noEmit: true,
      types: [],
      skipLibCheck: false,
    };
    const host = ts50.createCompilerHost(options);
    const getSourceFile = host.getSourceFile;
    host.getSourceFile = (name, language, ...rest) => {
      if (name === probe) return ts50.createSourceFile(name, text, language);
      if (!name.includes("/aws-iam-catalog/dist/")) return getSourceFile(name, language, ...rest);
      const declarations = ts50.sys.readFile(name);
      expect(declarations, name).toContain("\n// @ts-nocheck\n");
      return declarations === undefined ? undefined : ts50.createSourceFile(name, declarations.replace("\n// @ts-nocheck\n", "\n"), language);
    };
    const program = ts50.createProgram({ rootNames: [probe], options, host });
    expect(ts50.version).toMatch(/^5\.0\./);
    expect(program.getSourceFiles().some((f) => f.fileName.endsWith("/aws-iam-catalog/dist/index.d.ts"))).toBe(true);
    const diagnostics = ts50.getPreEmitDiagnostics(program).map((d) => `${d.file?.fileName ?? ""}: ${ts50.flattenDiagnosticMessageText(d.messageText, "\n")}`);
    expect(diagnostics).toEqual([]);
  });

  it("loads in Node through the package's exports and gives the values the types promise", () => {
    const run = spawnSync(process.execPath, ["runtime.mjs"], { cwd: consumerDir, encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("runtime checks passed");
  });

  it("shows each member's JSDoc in the editor: description, access level, resource types, doc link, @deprecated", async () => {
    const config = parseConsumerConfig();
    const probe = path.join(consumerDir, "src", "__probe.ts");
    const text = [
      'import * as kms from "aws-iam-catalog/kms";',
      "kms.actions.CreateGrant;",
      "kms.actionInfo.CreateGrant;",
      "kms.arn.key;",
      'type K = kms.ConditionKeys["kms:CustomerMasterKeySpec"];',
      "declare const keys: kms.ConditionKeys;",
      'keys["kms:CustomerMasterKeySpec"];',
    ].join("\n");
    const files = new Map([[probe, text]]);
    const service = ts.createLanguageService({
      getScriptFileNames: () => [probe],
      getScriptVersion: () => "1",
      getScriptSnapshot: (f) => {
        const content = files.get(f) ?? ts.sys.readFile(f);
        return content === undefined ? undefined : ts.ScriptSnapshot.fromString(content);
      },
      getCurrentDirectory: () => consumerDir,
      getCompilationSettings: () => config.options,
      getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
      fileExists: (f) => files.has(f) || ts.sys.fileExists(f),
      readFile: (f) => files.get(f) ?? ts.sys.readFile(f),
      directoryExists: ts.sys.directoryExists,
      getDirectories: ts.sys.getDirectories,
      realpath: ts.sys.realpath!,
    });
    const docAt = (needle: string) => {
      const info = service.getQuickInfoAtPosition(probe, text.indexOf(needle) + needle.length - 1)!;
      return { doc: ts.displayPartsToString(info.documentation), tags: (info.tags ?? []).map((t) => `@${t.name} ${ts.displayPartsToString(t.text)}`) };
    };
    const kmsSource = JSON.parse(await readFile(path.join(fixtureCatalog, "kms.json"), "utf8"));
    const createGrant = kmsSource.actions.find((a: { name: string }) => a.name === "CreateGrant");
    for (const needle of ["kms.actions.CreateGrant", "kms.actionInfo.CreateGrant"]) {
      const { doc } = docAt(needle);
      expect(doc).toContain(createGrant.description);
      expect(doc).toContain("Access level: Permissions management.");
      expect(doc).toContain("Resources: key*.");
      expect(doc).toContain("https://docs.aws.amazon.com/kms/latest/APIReference/API_CreateGrant.html");
    }
    expect(docAt("kms.arn.key").doc).toBe("ARN of a key resource: arn:${Partition}:kms:${Region}:${Account}:key/${KeyId}.");
    const deprecated = docAt('keys["kms:CustomerMasterKeySpec"]');
    expect(deprecated.doc).toContain("The kms:CustomerMasterKeySpec condition key is deprecated");
    expect(deprecated.tags).toEqual(["@deprecated Use kms:KeySpec instead."]);
  });
});
