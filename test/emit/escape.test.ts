import { describe, expect, it } from "vitest";
import { docText, objectKey, propertyName, regexText, stringLiteral, templateText } from "../../src/emit/escape.js";
import { evaluate } from "./support.js";

const HOSTILE = [
  'plain',
  'double "quotes" and \'single\'',
  "back\\slash \\n not a newline",
  "back`tick` and ${template} and $ and {",
  "closes */ comment /* opens",
  "line\u2028separator\u2029paragraph",
  "caf\u00e9 \u540d \u{1f600} \u2019quoted\u2019",
  "new\nline\r\nand\ttab",
  "",
  "__proto__",
];

describe("stringLiteral", () => {
  it.each(HOSTILE)("evaluates back to the string %j", (value) => {
    expect(evaluate(stringLiteral(value))).toBe(value);
  });
  it("writes no raw line separator", () => {
    expect(stringLiteral("a\u2028b\u2029c")).toBe('"a\\u2028b\\u2029c"');
  });
  it.each(HOSTILE)("writes ASCII only for %j", (value) => {
    expect(stringLiteral(value)).toMatch(/^[\x00-\x7f]*$/);
    expect(templateText(value)).toMatch(/^[\x00-\x7f]*$/);
  });
});

describe("templateText", () => {
  it.each(HOSTILE)("reads back as %j inside a template literal", (value) => {
    expect(evaluate("`" + templateText(value) + "${1}" + templateText(value) + "`")).toBe(`${value}1${value}`);
  });
});

describe("docText", () => {
  it("cannot close the comment or start a tag", () => {
    const text = docText("a */ b\n@deprecated c\u2028d");
    expect(text).not.toContain("*/");
    expect(text).toBe("a *\\/ b\n\\@deprecated c\\u2028d");
    expect(evaluate(`/** ${text} */ 1`)).toBe(1);
  });
  it("writes other non-ASCII characters as HTML character references (JSDoc is Markdown)", () => {
    expect(docText("caf\u00e9 \u{1f600}")).toBe("caf&#xe9; &#x1f600;");
  });
});

describe("property names", () => {
  it("quotes what is not an identifier and never writes a bare __proto__ key", () => {
    expect(propertyName("Decrypt")).toBe("Decrypt");
    expect(propertyName("Get.Thing-1")).toBe('"Get.Thing-1"');
    expect(propertyName("123")).toBe('"123"');
    expect(objectKey("__proto__")).toBe('["__proto__"]');
    const object = evaluate(`{ ${objectKey("__proto__")}: 1, ${objectKey("a-b")}: 2 }`) as Record<string, number>;
    expect(Object.getPrototypeOf(object)).toBe(Object.prototype);
    expect(Object.keys(object)).toEqual(["__proto__", "a-b"]);
  });
});

describe("regexText", () => {
  it("matches the text literally", () => {
    const text = "a.b*c+d?e^f$g{h}i(j)k|l[m]n\\o/p";
    expect(new RegExp(`^${regexText(text)}$`).test(text)).toBe(true);
    expect(new RegExp(`^${regexText("a.b")}$`).test("aXb")).toBe(false);
  });
});
