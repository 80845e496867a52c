// The formatter lays out most of a module itself and formats the rest statement by statement
// (src/emit/format.ts); what it prints must be exactly what prettier prints, on real modules and
// on every shape its own layout handles or refuses.
import { readFile } from "node:fs/promises";
import path from "node:path";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { Formatter, layoutDataObject, loadPrettier, PRETTIER_OPTIONS, printString, type FormatMemo, type FormattedModule } from "../../src/emit/format.js";
import { headerTextFor, moduleHeader } from "../../src/emit/packageFiles.js";
import { planModules } from "../../src/emit/plan.js";
import { emitRoot } from "../../src/emit/root.js";
import { emitService } from "../../src/emit/service.js";
import { readCatalog } from "../../src/model/catalog.js";
import { repoRoot } from "../../src/model/paths.js";
import type { Service } from "../../src/model/types.js";
import { fixtureCatalog, hostileCatalog } from "./support.js";

const header = moduleHeader(headerTextFor("catalog"));
const byPrettier = (text: string) => prettier.format(text, PRETTIER_OPTIONS);

/** A formatter whose prettier runs are recorded: what it left to prettier. */
async function recordingFormatter(memo?: FormatMemo): Promise<{ formatter: Formatter; prettierChars: () => number; prettierInputs: string[] }> {
  const format = await loadPrettier();
  const prettierInputs: string[] = [];
  const formatter = new Formatter((text) => (prettierInputs.push(text), format(text)));
  if (memo) formatter.carry(memo);
  return { formatter, prettierChars: () => length(prettierInputs), prettierInputs };
}

/** The service modules (by prefix) and the root of a catalog folder, before formatting. */
async function moduleTexts(dir: string, change?: (services: Service[]) => void): Promise<{ services: string[]; byPrefix: Map<string, string>; root: string }> {
  const { services } = await readCatalog(dir);
  change?.(services);
  const root = emitRoot(planModules(services), new Map(services.map((s) => [s.prefix, s])), header);
  const byPrefix = new Map(services.map((s) => [s.prefix, emitService(s, header)]));
  return { services: [...byPrefix.values()], byPrefix, root };
}

async function expectPrettiersOutput(texts: string[], formatted: FormattedModule[]): Promise<void> {
  expect(formatted).toHaveLength(texts.length);
  for (const [i, text] of texts.entries()) {
    expect(formatted[i]!.text).toBe(await byPrettier(text));
    expect(await byPrettier(formatted[i]!.text)).toBe(formatted[i]!.text);
  }
}

const length = (texts: string[]) => texts.reduce((n, t) => n + t.length, 0);

describe("Formatter: modules as prettier formats them", () => {
  it("the fixture catalog's services (kms, s3, ec2, apigateway) and root, leaving prettier a small part of them", async () => {
    const { services, root } = await moduleTexts(fixtureCatalog);
    const { formatter, prettierChars } = await recordingFormatter();
    await expectPrettiersOutput([...services, root], await formatter.formatModules([...services, root]));
    // The data objects are laid out without prettier, and statements that recur are formatted once.
    expect(prettierChars()).toBeLessThan(length(services) / 4 + root.length);
  });

  it("the hostile fixture's services and root", async () => {
    const { services, root } = await moduleTexts(hostileCatalog);
    const { formatter } = await recordingFormatter();
    await expectPrettiersOutput([...services, root], await formatter.formatModules([...services, root]));
  });

  it("the package's _types.ts and _runtime.ts", async () => {
    const texts = await Promise.all(["_types", "_runtime"].map(async (f) => header + (await readFile(path.join(repoRoot, "src/emit/package", `${f}.ts`), "utf8"))));
    const { formatter } = await recordingFormatter();
    await expectPrettiersOutput(texts, await formatter.formatModules(texts));
  });

  it("with the statements of an earlier run, formats only what changed: the root after one service changed, and not at all an unchanged module", async () => {
    const before = await moduleTexts(fixtureCatalog);
    const first = await recordingFormatter();
    const [root, kms] = await first.formatter.formatModules([before.root, before.byPrefix.get("kms")!]);

    const after = await moduleTexts(fixtureCatalog, (services) => {
      const kms = services.find((s) => s.prefix === "kms")!;
      kms.actions = kms.actions.slice(1);
    });
    expect(after.root).not.toBe(before.root);
    const second = await recordingFormatter([...root!.memo, ...kms!.memo]);
    expect(await second.formatter.formatModule(after.root)).toBe(await byPrettier(after.root));
    expect(second.prettierChars()).toBeLessThan(after.root.length / 2);
    expect(await second.formatter.formatModule(before.byPrefix.get("kms")!)).toBe(kms!.text);
    expect(second.prettierInputs.length).toBe(1);
  });

  it("formats a module it cannot split into statements (a comment where a statement ends) with prettier whole", async () => {
    const text = `const a   = 1; // one\nconst b = {\nx: "1",\n};\nexport   type C = "c";\n`;
    const { formatter, prettierInputs } = await recordingFormatter();
    expect(await formatter.formatModule(text)).toBe(await byPrettier(text));
    expect(prettierInputs.filter((t) => t.includes("// one") && t.includes("export   type C"))).toHaveLength(1);
  });

  it("keeps the blank lines prettier keeps, and a comment that is not a data entry", async () => {
    const text = `/*! h */\n\nimport { a } from "a";\n\n\n/** A. */\n\nexport const b = {\n  /** x */\n  x: "1",\n  // y\n  y: '2'\n};\nconst c = {\n/** z */\nz: "3",\n} as const;\nexport type D = typeof c;\n`;
    const { formatter } = await recordingFormatter();
    expect(await formatter.formatModule(text)).toBe(await byPrettier(text));
  });
});

describe("layoutDataObject: data object entries as prettier lays them out", () => {
  const object = (body: string) => `const x = {\n${body}} as const;\n`;
  const long = (n: number) => "v".repeat(n);

  /** Checks a body against prettier; returns whether layoutDataObject laid it out itself. */
  async function check(body: string): Promise<boolean> {
    const expected = await byPrettier(object(body));
    const laidOut = layoutDataObject(body);
    if (laidOut !== undefined) expect(object(laidOut)).toBe(expected);
    const { formatter } = await recordingFormatter();
    expect(await formatter.formatModule(object(body))).toBe(expected);
    return laidOut !== undefined;
  }

  it.each([
    ["a line of exactly the print width", `abcde: "${long(120 - 2 - 'abcde: "",'.length)}",\n`],
    ["a line one column wider: breaks after the colon", `abcde: "${long(121 - 2 - 'abcde: "",'.length)}",\n`],
    ["a key shorter than 5 columns: never breaks", `abcd: "${long(200)}",\n`],
    ["a quoted key of 5 columns: breaks", `"abc": "${long(200)}",\n`],
    ["an entry already broken after the colon", `abcdef:\n  "${long(200)}",\n`],
    ["an entry broken that fits", `abcdef:\n  "short",\n`],
    ["doc comments, and an entry without a trailing comma", `/** Doc, with "quotes" and \`ticks\`. */\nA: "1",\n/* plain */\n/** two */\nB: "2"\n`],
    ["quoted keys: an identifier is unquoted, others stay quoted", `"Abc_1$": "1",\n"a-b": "2",\n"1a": "3",\n"": "4",\n'sq': "5",\n"a\\"b": "6",\n"it's": "7",\n"\\u0041": "8",\n`],
    ["more double than single quotes: single quotes", `a: "say \\"hi\\"",\nb: "it's \\"ok\\"",\nc: "it's",\nd: 'say "hi"',\ne: 'it\\'s',\nf: "back\\\\slash \\\\\\" \\n \\u2028 \\u0001",\n`],
    ["a value with more singles than doubles: stays double", `a: "'a' 'b' \\"c\\"",\n`],
    ["non-ASCII text well within the width", `a: "café — ü ✓ 名前",\n`],
  ])("%s", async (_label, body) => {
    expect(await check(body)).toBe(true);
  });

  it.each([
    ["a computed key", `["__proto__"]: "1",\n`],
    ["a non-ASCII key prettier may unquote", `"café": "1",\n`],
    ["non-ASCII text near the print width (its width depends on the characters)", `abcdef: "名前${long(104)}",\n`],
    ["a blank line between entries", `a: "1",\n\nb: "2",\n`],
    ["a line comment", `// a\na: "1",\n`],
    ["a doc comment with no entry after it", `a: "1",\n/** dangling */\n`],
    ["a value that is not a string", `a: 1,\n`],
    ["two entries on a line", `a: "1", b: "2",\n`],
  ])("leaves %s to prettier", async (_label, body) => {
    expect(await check(body)).toBe(false);
  });

  it("leaves an entry after one without a comma to prettier, which reports the syntax error", async () => {
    const body = `a: "1"\nb: "2",\n`;
    expect(layoutDataObject(body)).toBeUndefined();
    const { formatter } = await recordingFormatter();
    await expect(formatter.formatModule(object(body))).rejects.toThrow(/Unexpected token, expected ","/);
  });

  it("matches prettier on random entries near the print width (keys and values with quotes, backslashes, unicode)", async () => {
    let seed = 42;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const pieces = ["a", "Z", "_", "$", "-", " ", "'", '"', "\\", "`", "${", "*/", "é", "名", "\u2028", "\u0001", "0"];
    const text = (n: number) => Array.from({ length: n }, () => pieces[random(pieces.length)]!).join("");
    const literal = (value: string) => (random(3) === 0 ? `'${value.replace(/\\/g, "\\\\").replace(/'/g, "\\'").replace(/\u2028/g, "\\u2028").replace(/\u0001/g, "\\u0001")}'` : JSON.stringify(value).replace(/\u2028/g, "\\u2028"));
    let laidOut = 0;
    for (let i = 0; i < 150; i++) {
      let body = "";
      for (let j = 0; j < 4; j++) {
        const key = random(2) ? `k${text(random(8)).replace(/[^\w$]/g, "")}` : literal(text(random(8)));
        if (random(2)) body += `/** ${text(random(30)).replace(/\*\//g, "")} */\n`;
        body += `${key}: ${literal(text(100 + random(30)))},\n`;
      }
      if (await check(body)) laidOut++;
    }
    expect(laidOut).toBeGreaterThan(30);
  });
});

describe("printString", () => {
  it.each([
    ['"plain"', '"plain"'],
    ['\'single\'', '"single"'],
    ['"a \\"b\\" c"', "'a \"b\" c'"],
    ["'it\\'s'", '"it\'s"'],
    ['"\\"it\'s\\""', "'\"it\\'s\"'"],
    ['"\\\\ \\n \\u2028"', '"\\\\ \\n \\u2028"'],
  ])("%s → %s, as prettier prints it", async (raw, printed) => {
    expect(printString(raw)).toBe(printed);
    expect(await byPrettier(`x = ${raw};\n`)).toBe(`x = ${printed};\n`);
  });
});
