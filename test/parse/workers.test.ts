import { describe, expect, it } from "vitest";
import { HtmlPagesError, parseHtmlPages, parsePageRecords, readHtmlDir } from "../../src/parse/index.js";
import { tryParsePage } from "../../src/parse/tryParsePage.js";
import { parseOnThreads } from "../../src/parse/workerPool.js";
import { classicDir, fixturePage } from "./support/fixtures.js";

describe("parsing on worker threads", () => {
  it("workers alone give the same outcomes, in input order, as this thread", async () => {
    const inputs = await readHtmlDir(classicDir);
    const onWorkers = await parseOnThreads(inputs, 2, { callingThreadParses: false });
    expect(onWorkers).toEqual(inputs.map(tryParsePage));
  });

  it("workers alongside this thread give the same records", async () => {
    const inputs = await readHtmlDir(classicDir);
    expect(await parsePageRecords(inputs, { workers: 1 })).toEqual(await parsePageRecords(inputs, { workers: 0 }));
  });

  it("a page's ParseError comes back from a worker whole", async () => {
    const good = fixturePage("2026-06-01/list_amazoncodeguru.html");
    const bad = fixturePage("2026-06-01/list_awskeymanagementservice.html");
    bad.html = bad.html.replace(/<th>\s*Dependent actions\s*<\/th>/, "<th>Related actions</th>");
    const [ok, failed, empty] = await parseOnThreads([good, bad, { ...good, file: "list_empty.html", html: "" }], 1, { callingThreadParses: false });
    expect(ok?.ok).toBe(true);
    expect(failed?.ok ? undefined : failed?.error).toMatchObject({
      message: 'list_awskeymanagementservice.html: actions table: unknown column header "Related actions"',
      page: "list_awskeymanagementservice.html",
      table: "actions",
      header: "Related actions",
    });
    expect(empty?.ok ? undefined : empty?.error.message).toBe("list_empty.html: empty file");
  });

  it("parseHtmlPages on threads throws one HtmlPagesError for all failed pages", async () => {
    const good = fixturePage("2026-06-01/list_amazoncodeguru.html");
    const error = await parseHtmlPages([good, { ...good, file: "list_a.html", html: "" }, { ...good, file: "list_b.html", html: "" }], { workers: 1 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(HtmlPagesError);
    expect((error as HtmlPagesError).errors.map((e) => e.message)).toEqual(["list_a.html: empty file", "list_b.html: empty file"]);
  });
});
