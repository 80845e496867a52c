import { describe, expect, it } from "vitest";
import { AttemptError } from "../../src/fetch/errors.js";
import { parseJsonIndexEntries, resolveServiceUrl } from "../../src/fetch/jsonIndex.js";
import { extractPageFiles } from "../../src/fetch/sarIndex.js";
import { SAR_BASE_URL } from "../../src/model/inputs.js";
import { synthesizeIndexPage } from "../helpers/loopbackServer.js";

const mirror = "http://127.0.0.1:8080/service-authorization/latest/reference/";
const jsonMirror = "http://127.0.0.1:8080/servicereference/";

describe("extractPageFiles (SAR index page)", () => {
  it("takes relative, mirror-absolute and official-absolute links; de-dupes and sorts", () => {
    const html = synthesizeIndexPage(
      ["list_b.html", "list_a.html"],
      [
        "list_c.html",
        "./list_a.html#list_a-actions-as-permissions",
        `${mirror}list_d.html`,
        `${SAR_BASE_URL}list_e.html`,
        `${SAR_BASE_URL}list_b.html?x=1`,
      ],
    );
    expect(extractPageFiles(html, mirror + "reference_policies_actions-resources-contextkeys.html", mirror)).toEqual([
      "list_a.html",
      "list_b.html",
      "list_c.html",
      "list_d.html",
      "list_e.html",
    ]);
  });
  it("ignores links that are not SAR pages of this folder", () => {
    const html = synthesizeIndexPage(
      [],
      [
        "reference_policies_elements.html",
        "#top",
        "sub/list_x.html",
        "../list_y.html",
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/list_z.html",
        "mailto:x@example.com",
        "http://[bad",
      ],
    );
    expect(extractPageFiles(html, mirror, mirror)).toEqual([]);
  });
});

describe("resolveServiceUrl (JSON index URL rule)", () => {
  it("moves official absolute URLs onto the mirror base, keeping the path", () => {
    expect(resolveServiceUrl("https://servicereference.us-east-1.amazonaws.com/v1/s3/s3.json", jsonMirror)).toBe(`${jsonMirror}v1/s3/s3.json`);
  });
  it("keeps official URLs when the base is the official host", () => {
    const official = "https://servicereference.us-east-1.amazonaws.com/";
    expect(resolveServiceUrl(`${official}v1/s3/s3.json`, official)).toBe(`${official}v1/s3/s3.json`);
  });
  it("resolves relative URLs against the base", () => {
    expect(resolveServiceUrl("v1/s3/s3.json", jsonMirror)).toBe(`${jsonMirror}v1/s3/s3.json`);
  });
  it("uses absolute URLs on the base's own origin as they are", () => {
    expect(resolveServiceUrl("http://127.0.0.1:8080/other/s3.json", jsonMirror)).toBe("http://127.0.0.1:8080/other/s3.json");
  });
  it("refuses any other host", () => {
    expect(() => resolveServiceUrl("https://evil.example/v1/s3/s3.json", jsonMirror)).toThrow(/another host/);
    expect(() => resolveServiceUrl("http://127.0.0.1:9/v1/s3/s3.json", jsonMirror)).toThrow(/another host/);
  });
});

describe("parseJsonIndexEntries", () => {
  const entry = (service: string) => ({ service, url: `https://servicereference.us-east-1.amazonaws.com/v1/${service}/${service}.json` });
  it("reads entries, sorted by service, identical duplicates once", () => {
    const text = JSON.stringify([entry("s3"), entry("a2c"), entry("s3")]);
    expect(parseJsonIndexEntries(text, jsonMirror)).toEqual([
      { service: "a2c", url: `${jsonMirror}v1/a2c/a2c.json` },
      { service: "s3", url: `${jsonMirror}v1/s3/s3.json` },
    ]);
  });
  it.each([
    ["<html>Service Unavailable</html>", /index is not JSON/, true],
    ['{"services": []}', /not a JSON array/, true],
    ["[]", /lists no services/, true],
    ['[{"service": "s3"}]', /entry \[0\] is not/, true],
    ['[{"service": "s3", "url": "https://evil.example/s3.json"}]', /entry \[0\] \(s3\): .*another host/, false],
    [JSON.stringify([entry("s3"), { service: "s3", url: "v2/s3.json" }]), /lists service "s3" twice/, false],
  ])("fails on %s", (text, message, retryable) => {
    try {
      parseJsonIndexEntries(text, jsonMirror);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AttemptError);
      expect((e as AttemptError).message).toMatch(message);
      expect((e as AttemptError).retryable).toBe(retryable);
    }
  });
});
