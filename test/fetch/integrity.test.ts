import path from "node:path";
import { describe, expect, it } from "vitest";
import { AttemptError } from "../../src/fetch/errors.js";
import { assertSarIndex, assertServiceJson, notASarPage } from "../../src/fetch/integrity.js";
import { ERROR_PAGE, FIXTURE_HTML, FIXTURE_PAGES, FIXTURE_SERVICES, jsonFixture, readText } from "./harness.js";

describe("notASarPage", () => {
  it.each(FIXTURE_PAGES)("accepts the real page %s", async (file) => {
    expect(notASarPage(await readText(path.join(FIXTURE_HTML, file)))).toBeUndefined();
  });
  it("refuses AWS's stored '301 Moved Permanently' page (real, from stale/)", async () => {
    expect(notASarPage(await readText(ERROR_PAGE))).toMatch(/<h1> is "Moved Permanently"/);
  });
  it("refuses a page without <h1> (a login or blank page)", () => {
    expect(notASarPage("<html><body><form>Sign in</form></body></html>")).toMatch(/no <h1>/);
  });
  it("refuses a SAR-looking title without the service prefix line (a page cut short)", async () => {
    const html = await readText(path.join(FIXTURE_HTML, FIXTURE_PAGES[0]!));
    const cut = html.slice(0, html.indexOf("service prefix"));
    expect(notASarPage(cut)).toMatch(/no "\(service prefix/);
  });
});

describe("assertSarIndex", () => {
  it("fails (retryable) when the index links no page", () => {
    const base = "http://127.0.0.1/x/";
    expect(() => assertSarIndex("<html><h1>Service Unavailable</h1></html>", base, base)).toThrow(AttemptError);
    try {
      assertSarIndex("<html></html>", base, base);
    } catch (e) {
      expect((e as AttemptError).retryable).toBe(true);
      expect((e as Error).message).toMatch(/links no list_\*\.html page/);
    }
  });
});

describe("assertServiceJson", () => {
  it.each(FIXTURE_SERVICES)("accepts the real file of %s", async (service) => {
    const text = await readText(jsonFixture(service));
    expect(() => assertServiceJson(text, service)).not.toThrow();
  });
  it("refuses an HTML error page, a wrong service and a wrong shape", async () => {
    const a2c = await readText(jsonFixture("a2c"));
    expect(() => assertServiceJson("<html>Throttled</html>", "a2c")).toThrow(/not JSON/);
    expect(() => assertServiceJson(a2c, "codeguru")).toThrow(/"Name" is "a2c", expected "codeguru"/);
    expect(() => assertServiceJson("[1]", "a2c")).toThrow(/not a JSON object/);
    expect(() => assertServiceJson('{"Name": "a2c", "Actions": {}}', "a2c")).toThrow(/"Actions" is not an array/);
  });
});
