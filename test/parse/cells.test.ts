import { load } from "cheerio/slim";
import { describe, expect, it } from "vitest";
import { readAccessLevels } from "../../src/parse/accessLevel.js";
import { conditionKeyType } from "../../src/parse/conditionKeyType.js";
import { readDeprecation } from "../../src/parse/deprecation.js";
import type { DomElement } from "../../src/parse/dom.js";
import { readTableGrid } from "../../src/parse/tableGrid.js";
import { identifier, itemsOf, textOf } from "../../src/parse/text.js";

const el = (html: string, selector: string) => load(html)(selector)[0] as unknown as DomElement;

describe("cell text", () => {
  it("glues the generator's <span>{</span> back in prettified and compact text alike (Amazon Connect description)", () => {
    const prettified = el(
      "<table><tr><td>\n  passing an empty object (\n  <span>\n   {\n  </span>\n  }) to the question identifier\n </td></tr></table>",
      "td",
    );
    const compact = el("<table><tr><td>passing an empty object (<span>{</span>}) to the question identifier</td></tr></table>", "td");
    expect(textOf(prettified)).toBe("passing an empty object ({}) to the question identifier");
    expect(textOf(compact)).toBe(textOf(prettified));
  });

  it("lists a cell's entries from paragraphs or line breaks", () => {
    expect(itemsOf(el("<table><tr><td>\n <p>\n  <a>kms:CallerAccount</a>\n </p>\n <p><a>kms:ViaService</a></p></td></tr></table>", "td"))).toEqual([
      "kms:CallerAccount",
      "kms:ViaService",
    ]);
    expect(itemsOf(el("<table><tr><td><a>aws:TagKeys</a><br /><a>aws:RequestTag/${TagKey}</a><br></td></tr></table>", "td"))).toEqual([
      "aws:TagKeys",
      "aws:RequestTag/${TagKey}",
    ]);
    expect(itemsOf(el("<table><tr><td>\n </td></tr></table>", "td"))).toEqual([]);
  });

  it("identifiers lose every whitespace character", () => {
    expect(identifier("arn:$ { Partition}:kms:\n $ {Region}")).toBe("arn:${Partition}:kms:${Region}");
  });
});

describe("access levels", () => {
  it("single and combined values", () => {
    expect(readAccessLevels("Write")).toEqual({ accessLevel: "Write", accessLevels: ["Write"] });
    expect(readAccessLevels("Tagging, Write")).toEqual({ accessLevel: "Tagging", accessLevels: ["Tagging", "Write"] });
    expect(readAccessLevels("Permissions management, Write")).toEqual({
      accessLevel: "Permissions management",
      accessLevels: ["Permissions management", "Write"],
    });
    expect(readAccessLevels("permissions  Management")).toEqual({ accessLevel: "Permissions management", accessLevels: ["Permissions management"] });
    expect(readAccessLevels("")).toBe("empty access level");
    expect(readAccessLevels("Read, Admin")).toMatch(/^unknown access level "Admin"/);
  });
});

describe("condition key types", () => {
  it("schema spellings, the stale pages' Arn and the old Long", () => {
    expect(conditionKeyType("ArrayOfARN")).toBe("ArrayOfARN");
    expect(conditionKeyType("Arn")).toBe("ARN");
    expect(conditionKeyType("Long")).toBe("Numeric");
    expect(conditionKeyType("ArrayOfLong")).toBe("ArrayOfNumeric");
    expect(conditionKeyType("Ipaddress")).toBe("IPAddress");
    expect(conditionKeyType("Number")).toBeUndefined();
  });
});

describe("deprecation notes (the three phrasings in the corpus)", () => {
  it("finds the replacement key", () => {
    expect(
      readDeprecation("kms:CustomerMasterKeySpec", "The kms:CustomerMasterKeySpec condition key is deprecated. Instead, use the kms:KeySpec condition key"),
    ).toEqual({
      replacement: "kms:KeySpec",
    });
    expect(
      readDeprecation(
        "sagemaker:HomeEfsFileSystemKmsKey",
        "Filters access by a key that is present in the request the user makes to the SageMaker service. This key is deprecated. It has been replaced by sagemaker:VolumeKmsKey",
      ),
    ).toEqual({ replacement: "sagemaker:VolumeKmsKey" });
    expect(
      readDeprecation(
        "secretsmanager:KmsKeyId",
        "Filters access by the key identifier of the KMS key in the request. Deprecated: Use secretsmanager:KmsKeyArn",
      ),
    ).toEqual({
      replacement: "secretsmanager:KmsKeyArn",
    });
  });

  it("a deprecation without a replacement, and descriptions that merely mention the word", () => {
    expect(readDeprecation("x:Old", "This key is deprecated")).toEqual({});
    expect(readDeprecation("x:Runtime", "Filters access by deprecated runtimes such as x:Other")).toBeUndefined();
  });
});

describe("table grid", () => {
  const where = { page: "t.html", table: "actions" as const };
  const grid = (rows: string) => {
    const g = readTableGrid(el(`<table><thead><tr><th>A</th><th>B</th><th>C</th></tr></thead>${rows}</table>`, "table"), where);
    return g.rows.map((r) => r.cells.map((c) => `${textOf(c.el)}@${c.startRow}`).join(" "));
  };

  it("expands rowspans, also when they differ per column (the SCENARIO rows)", () => {
    expect(
      grid(
        '<tr><td rowspan="3">a</td><td rowspan="2">b</td><td>c1</td></tr><tr><td>c2</td></tr><tr><td>s</td><td>c3</td></tr><tr><td>x</td><td>y</td><td>z</td></tr>',
      ),
    ).toEqual(["a@1 b@1 c1@1", "a@1 b@1 c2@2", "a@1 s@3 c3@3", "x@4 y@4 z@4"]);
  });

  it("a row with a cell for every column starts afresh even if a rowspan above claims it", () => {
    expect(grid('<tr><td rowspan="3">a</td><td>b</td><td>c</td></tr><tr><td>x</td><td>y</td><td>z</td></tr>')).toEqual(["a@1 b@1 c@1", "x@2 y@2 z@2"]);
  });

  it("colspans fill several columns; a row too long or too short is an error", () => {
    expect(grid('<tr><td colspan="2">ab</td><td>c</td></tr>')).toEqual(["ab@1 ab@1 c@1"]);
    expect(() => grid("<tr><td>a</td><td>b</td><td>c</td><td>d</td></tr>")).toThrow(
      "t.html: actions table, row 1: row has more cells than the 3 column headers",
    );
    expect(() => grid("<tr><td>a</td></tr>")).toThrow("t.html: actions table, row 1: row has 1 cells but the table has 3 columns");
  });

  it("a table without a header row is an error", () => {
    expect(() => readTableGrid(el("<table><tr><td>a</td></tr></table>", "table"), where)).toThrow(
      "t.html: actions table: table has no header row (<th> cells)",
    );
  });
});
