import { mkdtemp, mkdir, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { canonicalUrl, readHtmlDir } from "../../src/parse/index.js";
import { classicDir } from "./support/fixtures.js";

const SAR = "https://docs.aws.amazon.com/service-authorization/latest/reference/";
const tmp: string[] = [];
afterAll(async () => Promise.all(tmp.map((d) => rm(d, { recursive: true, force: true }))));

describe("readHtmlDir", () => {
  it("reads only the list_*.html files at the top of the folder (stale/ ignored), sorted by name", async () => {
    const pages = await readHtmlDir(classicDir);
    const onDisk = (await readdir(classicDir)).filter((f) => f.startsWith("list_") && f.endsWith(".html")).sort();
    expect(pages.map((p) => p.file)).toEqual(onDisk);
    expect(pages.map((p) => p.file)).not.toContain("list_awsiot1-click.html");
    expect(pages.find((p) => p.file === "list_awskeymanagementservice.html")?.url).toBe(`${SAR}list_awskeymanagementservice.html`);
  });

  it("takes the URL from <link rel=canonical>, else builds it from the file name", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "readhtmldir-"));
    tmp.push(dir);
    await writeFile(path.join(dir, "list_b.html"), '<html><head><link rel="canonical" href="https://example.invalid/moved/list_b.html"></head></html>');
    await writeFile(path.join(dir, "list_a.html"), "<html></html>");
    await writeFile(path.join(dir, "notes.html"), "<html></html>");
    await mkdir(path.join(dir, "stale"));
    await writeFile(path.join(dir, "stale", "list_c.html"), "<html></html>");
    expect((await readHtmlDir(dir)).map((p) => [p.file, p.url])).toEqual([
      ["list_a.html", `${SAR}list_a.html`],
      ["list_b.html", "https://example.invalid/moved/list_b.html"],
    ]);
  });

  it("a missing folder is an error naming it", async () => {
    await expect(readHtmlDir("/nonexistent/folder")).rejects.toThrow(/^\/nonexistent\/folder: cannot read the HTML folder/);
  });

  it("canonicalUrl reads either attribute order and ignores other links", () => {
    expect(canonicalUrl('<link href="https://x.invalid/a" rel="canonical"/>')).toBe("https://x.invalid/a");
    expect(canonicalUrl("<link rel='canonical' href='https://x.invalid/b'>")).toBe("https://x.invalid/b");
    expect(canonicalUrl('<link rel="alternate" href="https://x.invalid/c"><link rel="icon" href="/i">')).toBeUndefined();
  });
});
