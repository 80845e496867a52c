import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchSources } from "../../src/fetch/index.js";
import { listHtmlFiles, listJsonServices, startLoopbackServer, type LoopbackServer } from "../helpers/loopbackServer.js";
import { CORPUS_HTML, CORPUS_JSON, hasCorpus, options, readText, removeTempDirs, tempDir } from "./harness.js";

if (!hasCorpus) {
  console.warn(`test/fetch/corpus.test.ts: skipped, the corpus is absent (${CORPUS_HTML}, ${CORPUS_JSON}); the fixture tests still run.`);
}

describe.skipIf(!hasCorpus)("fetchSources over the whole corpus (html/2026-06-01 + json/2026-06-01, gzip)", () => {
  let server: LoopbackServer;
  beforeAll(async () => {
    server = await startLoopbackServer({ html: { dir: CORPUS_HTML }, json: { dir: CORPUS_JSON }, encoding: "gzip" });
  });
  afterAll(async () => {
    await server?.close();
    await removeTempDirs();
  });

  it("cold: every page and JSON file, byte for byte; warm: all 304, no body", async () => {
    const files = listHtmlFiles(CORPUS_HTML);
    const services = listJsonServices(CORPUS_JSON);
    expect(files).toHaveLength(470);
    expect(services).toHaveLength(460);
    const cache = await tempDir();

    const cold = await fetchSources(options(server, cache));
    expect(cold.pages.map((p) => p.file)).toEqual(files);
    expect(cold.json.map((j) => j.service)).toEqual(services);
    for (const p of cold.pages) expect(p.html === (await readText(path.join(CORPUS_HTML, p.file))), p.file).toBe(true);
    for (const j of cold.json) expect(j.text === (await readText(path.join(CORPUS_JSON, j.service, `${j.service}.json`))), j.service).toBe(true);
    expect(server.requests).toHaveLength(2 + 470 + 460);
    expect(server.requests.every((r) => r.status === 200 && r.contentEncoding === "gzip")).toBe(true);

    server.resetLog();
    const warm = await fetchSources(options(server, cache));
    expect(server.requests).toHaveLength(2 + 470 + 460);
    expect(server.requests.every((r) => r.status === 304 && r.bodyBytes === 0)).toBe(true);
    expect(warm.stats.bytesReceived).toBe(0);
    expect(warm.pages).toEqual(cold.pages);
    expect(warm.json).toEqual(cold.json);
  });
});
