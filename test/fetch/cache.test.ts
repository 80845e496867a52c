import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DiskCache } from "../../src/fetch/cache.js";
import { filesUnder, removeTempDirs, tempDir } from "./harness.js";

afterAll(removeTempDirs);

describe("DiskCache", () => {
  it("maps URLs one-to-one onto files inside its folder", () => {
    const c = new DiskCache("/c");
    const urls = [
      "https://docs.aws.amazon.com/service-authorization/latest/reference/list_a.html",
      "http://127.0.0.1:8080/service-authorization/latest/reference/list_a.html",
      "http://127.0.0.1:8081/service-authorization/latest/reference/list_a.html",
      "http://127.0.0.1:8080/service-authorization/latest/reference/",
      "http://127.0.0.1:8080/service-authorization/latest/reference/list_a.html?x=1",
      "http://127.0.0.1:8080/a%2Fb/list_a.html",
      "http://127.0.0.1:8080/a/b/list_a.html",
    ];
    const files = urls.map((u) => c.fileOf("html", u));
    expect(new Set(files).size).toBe(urls.length);
    for (const f of files) expect(f.startsWith("/c/html/")).toBe(true);
    expect(c.fileOf("html", urls[0]!)).toBe("/c/html/docs.aws.amazon.com/service-authorization/latest/reference/list_a.html.entry");
    expect(c.fileOf("json", urls[0]!)).not.toBe(files[0]);
  });

  it("writes whole entries by rename (no temp file left) and reads them back", async () => {
    const dir = await tempDir();
    const c = new DiskCache(dir);
    const url = "http://127.0.0.1:1/ref/list_a.html";
    const entry = { url, finalUrl: "http://127.0.0.1:1/ref/list_b.html", name: "list_a.html", etag: '"x"', body: "<h1>é</h1>" };
    await c.write("html", entry);
    await c.write("html", { ...entry, etag: '"y"' });
    expect(await c.read("html", url)).toEqual({ ...entry, etag: '"y"' });
    expect(await filesUnder(dir)).toEqual(["html", "html/127.0.0.1_1", "html/127.0.0.1_1/ref", "html/127.0.0.1_1/ref/list_a.html.entry"]);
    expect(await c.entryFilesUnder("html", "http://127.0.0.1:1/ref/")).toEqual([path.join(dir, "html/127.0.0.1_1/ref/list_a.html.entry")]);
    expect(await c.entryFilesUnder("html", "http://127.0.0.1:2/ref/")).toEqual([]);
  });

  it("treats an unreadable entry as absent", async () => {
    const dir = await tempDir();
    const c = new DiskCache(dir);
    const url = "http://127.0.0.1:1/ref/list_a.html";
    await c.write("html", { url, finalUrl: url, name: "list_a.html", body: "x" });
    await writeFile(c.fileOf("html", url), '{"url": "half-writ');
    expect(await c.read("html", url)).toBeUndefined();
    await writeFile(c.fileOf("html", url), '{"url": "x"}');
    expect(await c.read("html", url)).toBeUndefined();
    // A body shorter than its header says: cut off.
    await c.write("html", { url, finalUrl: url, name: "list_a.html", body: "<h1>whole</h1>" });
    const whole = await readFile(c.fileOf("html", url), "utf8");
    expect(whole).toBe(`{"url":"${url}","finalUrl":"${url}","name":"list_a.html","bodyBytes":14}\n<h1>whole</h1>`);
    await writeFile(c.fileOf("html", url), whole.slice(0, -3));
    expect(await c.read("html", url)).toBeUndefined();
    expect(await c.read("html", "http://127.0.0.1:1/ref/missing.html")).toBeUndefined();
  });
});
