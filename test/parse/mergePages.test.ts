import { describe, expect, it } from "vitest";
import { renderCatalog } from "../../src/model/catalog.js";
import { mergePagesByPrefix, parsePage } from "../../src/parse/index.js";
import { fixturePage } from "./support/fixtures.js";

const record = (file: string, html?: (h: string) => string) => {
  const input = fixturePage(`2026-06-01/${file}`);
  return parsePage(html ? { ...input, html: html(input.html) } : input);
};
const MARKETPLACE = [
  "list_awsmarketplacereporting.html",
  "list_awsmarketplacedeploymentservice.html",
  "list_awsmarketplace.html",
  "list_awsmarketplacecatalog.html",
];

describe("mergePagesByPrefix", () => {
  it("aws-marketplace: one service named after the first page by URL, pages listed in URL order", () => {
    const [s] = mergePagesByPrefix(MARKETPLACE.map((f) => record(f)));
    expect(s!.prefix).toBe("aws-marketplace");
    expect(s!.name).toBe("AWS Marketplace");
    expect(s!.pages.map((p) => p.url.split("/").pop())).toEqual([
      "list_awsmarketplace.html",
      "list_awsmarketplacecatalog.html",
      "list_awsmarketplacedeploymentservice.html",
      "list_awsmarketplacereporting.html",
    ]);
  });

  it("aws-marketplace: TagResource, on two pages, unites their resource types and keys", () => {
    const [s] = mergePagesByPrefix(MARKETPLACE.map((f) => record(f)));
    const tag = s!.actions.filter((a) => a.name === "TagResource");
    expect(tag).toHaveLength(1);
    expect(tag[0]!.description).toMatch(/^Grants permission to add new tags to a resource/); // the catalog page's (first by URL)
    expect(tag[0]!.resourceTypes.map((r) => `${r.name}${r.required ? "*" : ""}`)).toEqual([
      "ChangeSet",
      "Entity",
      "InvoiceSubmissionTask",
      "IssuedTaxInvoice",
      "DeploymentParameter*",
    ]);
    expect(tag[0]!.accessLevels).toEqual(["Tagging"]);
  });

  it("conflicting access levels: the first page's is the level, accessLevels holds both", () => {
    const deployment = record("list_awsmarketplacedeploymentservice.html", (h) =>
      h.replace(
        /(id="awsmarketplacedeploymentservice-TagResource"[\s\S]*?<td rowspan="2" tabindex="-1">[\s\S]*?<td rowspan="2" tabindex="-1">\s*)Tagging/,
        "$1Write",
      ),
    );
    expect(deployment.actions.find((a) => a.name === "TagResource")?.accessLevel).toBe("Write");
    const [s] = mergePagesByPrefix([deployment, record("list_awsmarketplacecatalog.html")]);
    expect(s!.actions.find((a) => a.name === "TagResource")).toMatchObject({ accessLevel: "Tagging", accessLevels: ["Tagging", "Write"] });
  });

  it("apigateway v1/v2: a resource type named alike on both pages keeps both ARN formats", () => {
    const [s] = mergePagesByPrefix([record("list_amazonapigatewaymanagementv2.html"), record("list_amazonapigatewaymanagement.html")]);
    expect(s!.name).toBe("Amazon API Gateway Management");
    expect(s!.resourceTypes.find((r) => r.name === "Authorizer")?.arnFormats).toEqual([
      "arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/authorizers/${AuthorizerId}",
      "arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/authorizers/${AuthorizerId}",
    ]);
  });

  it("the result does not depend on the order of the records", () => {
    const records = [...MARKETPLACE, "list_amazonapigatewaymanagement.html", "list_amazonapigatewaymanagementv2.html", "list_amazoncodeguru.html"].map((f) =>
      record(f),
    );
    const render = (rs: typeof records) => renderCatalog({ source: { kinds: ["html"], date: null }, services: mergePagesByPrefix(rs) });
    expect(render([...records].reverse())).toEqual(render(records));
    expect([...render(records).keys()]).toEqual(["apigateway.json", "aws-marketplace.json", "codeguru.json", "index.json"]);
  });
});
