import { describe, expect, it } from "vitest";
import { HtmlPagesError, parseHtmlPages, parsePage, ParseError } from "../../src/parse/index.js";
import type { HtmlPageInput } from "../../src/model/inputs.js";
import { fixturePage } from "./support/fixtures.js";

const kms = fixturePage("2026-06-01/list_awskeymanagementservice.html");
const codeguru = fixturePage("2026-06-01/list_amazoncodeguru.html");

function errorOf(input: HtmlPageInput): ParseError {
  try {
    parsePage(input);
  } catch (e) {
    if (e instanceof ParseError) return e;
    throw e;
  }
  throw new Error(`${input.file} parsed without error`);
}

/** Replaces exactly one occurrence, so a test never passes because its edit missed. */
function edit(input: HtmlPageInput, from: string | RegExp, to: string): HtmlPageInput {
  const count = typeof from === "string" ? input.html.split(from).length - 1 : (input.html.match(new RegExp(from, "g")) ?? []).length;
  if (count !== 1) throw new Error(`edit: ${String(from)} occurs ${count} times in ${input.file}`);
  return { ...input, html: input.html.replace(from, to) };
}

describe("bad input gives a ParseError naming the page and what is wrong", () => {
  it("empty file", () => {
    expect(errorOf({ ...kms, html: "" }).message).toBe("list_awskeymanagementservice.html: empty file");
    expect(errorOf({ ...kms, html: " \n\t" }).message).toBe("list_awskeymanagementservice.html: empty file");
  });

  it("truncated page (cut in the middle of the actions table)", () => {
    const cut = { ...kms, html: kms.html.slice(0, Math.floor(kms.html.length / 2)) };
    expect(errorOf(cut).message).toBe("list_awskeymanagementservice.html: truncated page: the file does not end with </html>");
  });

  it("page with no actions table", () => {
    const start = kms.html.indexOf("<table", kms.html.indexOf('id="awskeymanagementservice-actions-as-permissions"'));
    const end = kms.html.indexOf("</table>", start) + "</table>".length;
    const noTable = { ...kms, html: kms.html.slice(0, start) + kms.html.slice(end) };
    expect(errorOf(noTable).message).toBe('list_awskeymanagementservice.html: no actions table under "Actions defined by AWS Key Management Service"');
    const noSection = edit(kms, 'id="awskeymanagementservice-actions-as-permissions"', 'id="awskeymanagementservice-actions"');
    expect(errorOf(noSection).message).toBe('list_awskeymanagementservice.html: table under unknown section "Actions defined by AWS Key Management Service"');
  });

  it("table with an unknown column", () => {
    const e = errorOf(edit(kms, /<th>\s*Dependent actions\s*<\/th>/, "<th>Related actions</th>"));
    expect(e.message).toBe('list_awskeymanagementservice.html: actions table: unknown column header "Related actions"');
    expect(e.location).toEqual({ page: "list_awskeymanagementservice.html", table: "actions", header: "Related actions" });
  });

  it("a missing column names the column", () => {
    const e = errorOf(edit(kms, /<th>\s*ARN\s*<\/th>/, "<th>Condition keys</th>"));
    expect(e.message).toBe('list_awskeymanagementservice.html: resource types table: column header "Condition keys" appears twice');
  });

  it("a cell the parser cannot read names table, row and action", () => {
    const e = errorOf(edit(kms, /(id="awskeymanagementservice-CreateGrant"[\s\S]*?<td rowspan="2" tabindex="-1">\s*)Permissions management/, "$1Admin"));
    expect(e.message).toBe(
      'list_awskeymanagementservice.html: actions table, row 8 (CreateGrant): unknown access level "Admin" (known: List, Read, Write, Permissions management, Tagging)',
    );
    expect(e).toMatchObject({ table: "actions", row: 8, rowLabel: "CreateGrant", header: "Access level" });
  });

  it("an unknown condition key type", () => {
    const e = errorOf(edit(kms, /(kms:BypassPolicyLockoutSafetyCheck\s*<\/a>\s*<\/td>\s*<td[^>]*>[^<]*<\/td>\s*<td[^>]*>\s*)Bool/, "$1Boolish"));
    expect(e.message).toMatch(
      /^list_awskeymanagementservice\.html: condition keys table, row 4 \(kms:BypassPolicyLockoutSafetyCheck\): unknown condition key type "Boolish"/,
    );
  });

  it("a prose section that does not say there is nothing", () => {
    const e = errorOf(edit(codeguru, "does not support specifying a resource ARN", "supports resource ARNs listed elsewhere"));
    expect(e.message).toMatch(
      /^list_amazoncodeguru\.html: section "Resource types defined by Amazon CodeGuru" has neither a table nor a sentence saying there is none/,
    );
  });

  it("a row with fewer cells than headers", () => {
    const e = errorOf(
      edit(kms, /(<td id="awskeymanagementservice-ConnectCustomKeyStore" tabindex="-1">[\s\S]*?)<td tabindex="-1">\s*<\/td>\s*<\/tr>/, "$1</tr>"),
    );
    expect(e.message).toBe("list_awskeymanagementservice.html: actions table, row 3: row has 5 cells but the table has 6 columns");
  });
});

describe("parseHtmlPages collects every page's error", () => {
  it("one error listing each failed page, and no catalog", async () => {
    const bad1 = { ...codeguru, html: "" };
    const bad2 = { ...kms, file: "list_cut.html", html: kms.html.slice(0, 5000) };
    const good = fixturePage("2026-06-01/list_awsmarketplacereporting.html");
    const error = await parseHtmlPages([good, bad1, bad2], { workers: 0 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HtmlPagesError);
    expect((error as HtmlPagesError).errors.map((e) => e.page)).toEqual(["list_amazoncodeguru.html", "list_cut.html"]);
    expect((error as HtmlPagesError).message).toBe(
      "2 pages could not be parsed:\n  list_amazoncodeguru.html: empty file\n  list_cut.html: truncated page: the file does not end with </html>",
    );
  });
});
