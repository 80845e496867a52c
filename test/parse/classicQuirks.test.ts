import { describe, expect, it } from "vitest";
import { mergePagesByPrefix, parsePage, ParseError, readHtmlDir } from "../../src/parse/index.js";
import { classicDir, fixturePage } from "./support/fixtures.js";

const page = (rel: string) => parsePage(fixturePage(rel));
const actionOf = (rel: string, name: string) => {
  const a = page(rel).actions.find((x) => x.name === name);
  if (!a) throw new Error(`${rel}: no action ${name}`);
  return a;
};

describe("SCENARIO rows whose rowspans disagree with the action's", () => {
  it("CloudWatch ListTagsForResource (Actions rowspan 10, Description 5): scenario rows stay on the action and add no required type", () => {
    const a = actionOf("2026-06-01/list_amazoncloudwatch.html", "ListTagsForResource");
    expect(a.description).toBe("Grants permission to list tags for an Amazon CloudWatch resource");
    expect(a.accessLevel).toBe("List");
    expect(a.resourceTypes).toEqual(
      ["alarm", "alarm-mute-rule", "dashboard", "insight-rule", "slo"].map((name) => ({ name, required: false, conditionKeys: [] })),
    );
  });

  it("CloudWatch: the action after the scenario rows is read from its own rows", () => {
    const a = actionOf("2026-06-01/list_amazoncloudwatch.html", "PutAlarmMuteRule");
    expect(a.resourceTypes[0]).toEqual({ name: "alarm-mute-rule", required: true, conditionKeys: [] });
    const names = page("2026-06-01/list_amazoncloudwatch.html").actions.map((x) => x.name);
    expect(names.filter((n) => /scenario/i.test(n))).toEqual([]);
    expect(new Set(names).size).toBe(names.length);
  });

  it("Device Farm ScheduleRun (Actions rowspan 5, Description 3): a scenario's devicepool* does not make devicepool required", () => {
    const a = actionOf("2026-06-01/list_awsdevicefarm.html", "ScheduleRun");
    expect(a.resourceTypes).toEqual([
      { name: "project", required: true, conditionKeys: [] },
      { name: "devicepool", required: false, conditionKeys: [] },
      { name: "upload", required: false, conditionKeys: [] },
    ]);
    expect(actionOf("2026-06-01/list_awsdevicefarm.html", "StopJob")).toMatchObject({
      description: "Grants permission to terminate a running job",
      resourceTypes: [{ name: "job", required: true, conditionKeys: [] }],
    });
  });
});

describe("sections written as prose", () => {
  it("CodeGuru: no resource types and no condition keys, said in sentences instead of tables", () => {
    const r = page("2026-06-01/list_amazoncodeguru.html");
    expect(r.actions.map((a) => a.name)).toEqual(["GetCodeGuruFreeTrialSummary"]);
    expect(r.resourceTypes).toEqual([]);
    expect(r.conditionKeys).toEqual([]);
  });

  it("AWS Marketplace Reporting: resource types table but condition keys in prose", () => {
    const r = page("2026-06-01/list_awsmarketplacereporting.html");
    expect(r.resourceTypes.length).toBe(1);
    expect(r.conditionKeys).toEqual([]);
  });
});

describe("deprecation notes and old spellings", () => {
  it('Secrets Manager: "Deprecated: Use secretsmanager:KmsKeyArn"', () => {
    const keys = page("2026-06-01/list_awssecretsmanager.html").conditionKeys.filter((k) => k.deprecated);
    expect(keys.map((k) => [k.name, k.deprecated])).toEqual([["secretsmanager:KmsKeyId", { replacement: "secretsmanager:KmsKeyArn" }]]);
  });

  it('stale Macie Classic page: type "Arn" becomes ARN', () => {
    const r = page("2026-06-01/stale/list_amazonmacieclassic.html");
    expect(r.conditionKeys.find((k) => k.name === "aws:SourceArn")?.types).toEqual(["ARN"]);
  });
});

describe("older and odd markup", () => {
  it("stale Glacier page: an anchor <a id> before the link in the Actions cell", () => {
    const r = page("2026-06-01/stale/list_amazonglacier.html");
    expect(r.prefix).toBe("glacier");
    expect(r.actions).toHaveLength(33);
    expect(r.actions[0]).toMatchObject({
      name: "AbortMultipartUpload",
      apiDocUrl: "https://docs.aws.amazon.com/amazonglacier/latest/dev/api-multipart-abort-upload.html",
    });
  });

  it("Marketplace Commerce Analytics: an Actions cell without a link has no apiDocUrl", () => {
    const r = page("2026-06-01/list_awsmarketplacecommerceanalyticsservice.html");
    expect(r.actions.map((a) => [a.name, a.apiDocUrl])).toEqual([
      ["GenerateDataSet", undefined],
      ["StartSupportDataExport", undefined],
    ]);
  });

  it('resource type names keep their inner spaces ("stream group"), collapsed, in both tables', () => {
    const r = page("2026-06-01/list_amazongameliftstreams.html");
    expect(r.resourceTypes.map((t) => t.name)).toEqual(["application", "stream group"]);
    expect(r.actions.find((a) => a.name === "AddStreamGroupLocations")?.resourceTypes).toEqual([{ name: "stream group", required: true, conditionKeys: [] }]);
  });

  it("the stored 301 page is rejected as not a SAR page", () => {
    expect(() => page("2026-06-01/stale/list_awsiot1-click.html")).toThrow(
      new ParseError({ page: "list_awsiot1-click.html" }, 'not a Service Authorization Reference page (title: "301 Moved Permanently")'),
    );
  });
});

describe("pages sharing a prefix", () => {
  it("lex v1 and v2: resource types named alike keep both ARNs; DeleteBot unites both pages' resource types", () => {
    const [lex] = mergePagesByPrefix([page("2026-06-01/list_amazonlexv2.html"), page("2026-06-01/list_amazonlex.html")]);
    expect(lex!.name).toBe("Amazon Lex");
    expect(lex!.pages.map((p) => p.name)).toEqual(["Amazon Lex", "Amazon Lex V2"]);
    expect(lex!.resourceTypes.find((t) => t.name === "bot")?.arnFormats).toEqual([
      "arn:${Partition}:lex:${Region}:${Account}:bot:${BotName}",
      "arn:${Partition}:lex:${Region}:${Account}:bot/${BotId}",
    ]);
    const del = lex!.actions.find((a) => a.name === "DeleteBot")!;
    expect(del.resourceTypes.map((r) => r.name)).toEqual(["bot version", "bot", "bot alias"]);
    expect(del.apiDocUrl).toBe("https://docs.aws.amazon.com/lex/latest/dg/API_DeleteBot.html");
  });
});

describe("condition key types", () => {
  it("the fixtures hold every type the corpus uses (IPAddress: EC2 Instance Connect; ArrayOfBool: API Gateway; Date: KMS …)", async () => {
    const types = new Set((await readHtmlDir(classicDir)).flatMap((p) => parsePage(p).conditionKeys.flatMap((k) => k.types)));
    expect([...types].sort()).toEqual(["ARN", "ArrayOfARN", "ArrayOfBool", "ArrayOfString", "Bool", "Date", "IPAddress", "Numeric", "String"]);
  });
});
