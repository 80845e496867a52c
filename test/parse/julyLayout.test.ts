import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Action } from "../../src/model/types.js";
import { parsePage, ParseError, type PageRecord } from "../../src/parse/index.js";
import { DERIVED_PAGES, derivedDir, fixturePage } from "./support/fixtures.js";

// Pages in AWS's July 2026 layout, derived from real classic pages and the official JSON of the
// same day (see test/fixtures/html/README.md).
const july = (page: string) => parsePage(fixturePage(`2026-07-derived/${page}`));
const classic = (page: string) => parsePage(fixturePage(`2026-06-01/${page}`));
const action = (r: PageRecord, name: string): Action => {
  const a = r.actions.find((x) => x.name === name);
  if (!a) throw new Error(`${r.file}: no action ${name}`);
  return a;
};

describe("July 2026 layout: Kinesis Data Streams", () => {
  const r = july("list_amazonkinesisdatastreams.html");

  it("is recognised as the new layout and keeps the JSON link of its intro", () => {
    expect(r).toMatchObject({ prefix: "kinesis", name: "Amazon Kinesis Data Streams", layout: "2026-07" });
    expect(r.jsonUrl).toBe("https://servicereference.us-east-1.amazonaws.com/v1/kinesis/kinesis.json");
  });

  it('reads a combined access level "Tagging, Write": the non-Write one is the level, both are kept', () => {
    expect(action(r, "AddTagsToStream")).toMatchObject({ accessLevel: "Tagging", accessLevels: ["Tagging", "Write"] });
    expect(action(r, "ListShards")).toMatchObject({ accessLevel: "List", accessLevels: ["List"] });
  });

  it("takes the permission-only table's actions as permission-only", () => {
    expect(r.actions.filter((a) => a.permissionOnly).map((a) => a.name)).toEqual(["InjectApiError"]);
    expect(action(r, "InjectApiError")).toMatchObject({
      conditionKeys: ["kinesis:FisActionId", "kinesis:FisTargetArns", "kinesis:FisInjectPercentage"],
      operations: [],
      dependentActions: [],
    });
  });

  it("builds operations from the operations table and dependent actions from them", () => {
    expect(action(r, "CreateStream")).toMatchObject({
      operations: [{ name: "CreateStream", sdk: [], authorizedActions: [{ action: "kinesis:AddTagsToStream" }, { action: "kinesis:CreateStream" }] }],
      dependentActions: ["kinesis:AddTagsToStream"],
    });
    // Authorized by CreateStream too, but that operation is not AddTagsToStream's own call.
    expect(action(r, "AddTagsToStream").operations.map((o) => o.name)).toEqual(["AddTagsToStream", "CreateStream"]);
    expect(action(r, "AddTagsToStream").dependentActions).toEqual([]);
    expect(action(r, "RegisterStreamConsumer").dependentActions).toEqual(["kinesis:TagResource"]);
  });
});

describe("July 2026 layout: other services' actions with a context", () => {
  it("IoT Device Advisor: iam:PassRole authorized with iam:PassedToService", () => {
    const a = action(july("list_awsiotcoredeviceadvisor.html"), "CreateSuiteDefinition");
    expect(a.operations).toEqual([
      {
        name: "CreateSuiteDefinition",
        sdk: [],
        authorizedActions: [
          { action: "iotdeviceadvisor:CreateSuiteDefinition" },
          { action: "iam:PassRole", context: { "iam:PassedToService": ["iotdeviceadvisor.amazonaws.com"] } },
          { action: "iotdeviceadvisor:TagResource" },
        ],
      },
    ]);
    expect(a.dependentActions).toEqual(["iam:PassRole", "iotdeviceadvisor:TagResource"]);
  });

  it('EMR: three possible values in one cell, and "Permissions management, Write"', () => {
    const r = july("list_amazonelasticmapreduce.html");
    const passRole = action(r, "RunJobFlow").operations[0]!.authorizedActions.find((x) => x.action === "iam:PassRole");
    expect(passRole?.context).toEqual({
      "iam:PassedToService": ["application-autoscaling.amazonaws.com", "ec2.amazonaws.com", "elasticmapreduce.amazonaws.com"],
    });
    expect(action(r, "PutWorkspaceAccess")).toMatchObject({
      accessLevel: "Permissions management",
      accessLevels: ["Permissions management", "Write"],
      permissionOnly: true,
    });
  });

  it("an IAM action cell spanning two rows gathers both rows' condition keys", () => {
    const input = fixturePage("2026-07-derived/list_awsiotcoredeviceadvisor.html");
    const passRoleRow =
      '<tr><td><a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html">iam:PassRole</a></td><td>iam:PassedToService</td><td><p>iotdeviceadvisor.amazonaws.com</p></td><td>Write</td></tr>';
    const opStart = '<td id="list_iotdeviceadvisor-operation-CreateSuiteDefinition" rowspan="3">';
    expect(input.html).toContain(opStart + "CreateSuiteDefinition");
    const at = input.html.indexOf(passRoleRow, input.html.indexOf(opStart));
    const html =
      input.html.slice(0, at).replace(opStart, opStart.replace('rowspan="3"', 'rowspan="4"')) +
      passRoleRow.replace("<td><a", '<td rowspan="2"><a') +
      "<tr><td>aws:RequestedRegion</td><td><p>us-east-1</p><p>eu-west-1</p></td><td>Write</td></tr>" +
      input.html.slice(at + passRoleRow.length);
    const a = action(parsePage({ ...input, html }), "CreateSuiteDefinition");
    expect(a.operations[0]!.authorizedActions[1]).toEqual({
      action: "iam:PassRole",
      context: { "iam:PassedToService": ["iotdeviceadvisor.amazonaws.com"], "aws:RequestedRegion": ["us-east-1", "eu-west-1"] },
    });
    expect(a.operations[0]!.authorizedActions).toHaveLength(3);
  });
});

describe("a derived page says what its classic source says", () => {
  for (const [page] of DERIVED_PAGES) {
    it(`${page}: same actions, resource types and keys; levels combined; dependent actions from operations`, () => {
      const a = classic(page);
      const b = july(page);
      const strip = (r: PageRecord) => ({
        prefix: r.prefix,
        name: r.name,
        resourceTypes: r.resourceTypes,
        conditionKeys: r.conditionKeys,
        actions: r.actions.map(({ accessLevels: _l, dependentActions: _d, operations: _o, ...rest }) => rest).sort((x, y) => (x.name < y.name ? -1 : 1)),
      });
      expect(strip(b)).toEqual(strip(a));
      expect(a.layout).toBe("classic");
      expect(b.layout).toBe("2026-07");
      for (const x of b.actions) expect(x.accessLevels).toContain(x.accessLevel);
    });
  }

  it("every operation of the JSON the page was derived from is on the page, with the same authorized actions", () => {
    for (const [page, jsonFile] of DERIVED_PAGES) {
      const json = JSON.parse(readFileSync(path.join(derivedDir, "sources", jsonFile), "utf8")) as {
        Name: string;
        Operations: { Name: string; AuthorizedActions?: { Name: string; Service: string; Context?: Record<string, string[]> }[] }[];
      };
      const r = july(page);
      const onPage = new Map(r.actions.flatMap((a) => a.operations).map((o) => [o.name, o]));
      for (const op of json.Operations) {
        const expected = (op.AuthorizedActions ?? []).map((x) => ({ action: `${x.Service}:${x.Name}`, ...(x.Context ? { context: x.Context } : {}) }));
        if (!expected.some((x) => x.action.startsWith(`${json.Name}:`))) continue; // authorizes none of this page's actions
        expect(onPage.get(op.Name)?.authorizedActions, `${page}: ${op.Name}`).toEqual(expected);
      }
    }
  });
});

describe("July 2026 layout errors", () => {
  it("an unknown column in the operations table names page, table and header", () => {
    const input = fixturePage("2026-07-derived/list_amazonkinesisdatastreams.html");
    const html = input.html.replace("<th>Possible value(s)</th>", "<th>Region</th>");
    expect(() => parsePage({ ...input, html })).toThrow('list_amazonkinesisdatastreams.html: operations table: unknown column header "Region"');
  });

  it("a Dependent actions column together with an operations section is a mixed layout", () => {
    const input = fixturePage("2026-06-01/list_amazonkinesisdatastreams.html");
    const h2 = '<h2 id="amazonkinesisdatastreams-actions-as-permissions">';
    expect(input.html).toContain(h2);
    const html = input.html.replace(
      h2,
      `<h2 id="list_kinesis-operations">API operations defined by Amazon Kinesis Data Streams</h2><table><thead><tr><th>Operation</th><th>IAM action</th></tr></thead><tr><td>PutRecord</td><td>kinesis:PutRecord</td></tr></table>${h2}`,
    );
    expect(() => parsePage({ ...input, html })).toThrow(
      new ParseError({ page: "list_amazonkinesisdatastreams.html" }, "page mixes layouts: a Dependent actions column together with the API operations section"),
    );
  });
});
