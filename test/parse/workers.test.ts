import { describe, expect, it } from "vitest";
import { HtmlPagesError, parseHtmlPages, parsePageRecords, readHtmlDir } from "../../src/parse/index.js";
import { classicDir, fixturePage } from "./support/fixtures.js";

describe("parsing on worker threads", () => {
  it("gives the same records, in input order, as parsing on this thread", async () => {
    const inputs = await readHtmlDir(classicDir);
    const inThread = await parsePageRecords(inputs, { workers: 0 });
    const onWorkers = await parsePageRecords(inputs, { workers: 2 });
    expect(onWorkers.map((r) => r.file)).toEqual(inputs.map((i) => i.file));
    expect(onWorkers).toEqual(inThread);
  });

  it("brings each page's ParseError back whole", async () => {
    const good = fixturePage("2026-06-01/list_amazoncodeguru.html");
    const bad = { ...fixturePage("2026-06-01/list_awskeymanagementservice.html") };
    bad.html = bad.html.replace(/<th>\s*Dependent actions\s*<\/th>/, "<th>Related actions</th>");
    const error = await parseHtmlPages([good, bad, { ...good, file: "list_empty.html", html: "" }], { workers: 2 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HtmlPagesError);
    const errors = (error as HtmlPagesError).errors;
    expect(errors.map((e) => e.message)).toEqual([
      'list_awskeymanagementservice.html: actions table: unknown column header "Related actions"',
      "list_empty.html: empty file",
    ]);
    expect(errors[0]).toMatchObject({ page: "list_awskeymanagementservice.html", table: "actions", header: "Related actions" });
  });
});
