import path from "node:path";
import { describe, expect, it } from "vitest";
import { mergeSources } from "../../src/merge/index.js";
import { parseJsonServices, readJsonDir } from "../../src/json/index.js";
import { parseHtmlPages, readHtmlDir } from "../../src/parse/index.js";
import { repoRoot } from "../../src/model/paths.js";
import { renderCatalog } from "../../src/model/catalog.js";
import type { Action, Service } from "../../src/model/types.js";

const fixtures = path.join(repoRoot, "test/fixtures/json");

function action(over: Partial<Action> & { name: string }): Action {
  return {
    description: "",
    accessLevel: "Write",
    accessLevels: ["Write"],
    permissionOnly: false,
    resourceTypes: [],
    conditionKeys: [],
    dependentActions: [],
    operations: [],
    sources: ["html"],
    ...over,
  };
}

function service(over: Partial<Service> & { prefix: string }): Service {
  return { name: over.prefix, sources: ["html"], pages: [], actions: [], resourceTypes: [], conditionKeys: [], ...over };
}

const pageDemo = service({
  prefix: "demo",
  name: "Demo Service",
  pages: [{ name: "Demo Service", url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_demo.html" }],
  actions: [
    action({
      name: "CreateThing",
      description: "Grants permission to create a thing",
      accessLevel: "Permissions management",
      accessLevels: ["Permissions management"],
      apiDocUrl: "https://docs.aws.amazon.com/demo/API_CreateThing.html",
      resourceTypes: [{ name: "thing", required: true, conditionKeys: ["aws:ResourceTag/${TagKey}"] }],
      conditionKeys: ["demo:Size"],
      dependentActions: ["demo:TagResource"],
    }),
    action({ name: "PageOnly", description: "Only on the page", permissionOnly: true }),
  ],
  resourceTypes: [{ name: "thing", arnFormats: ["arn:${Partition}:demo:${Region}:${Account}:thing/${ThingId}"], conditionKeys: [], sources: ["html"] }],
  conditionKeys: [
    { name: "demo:Size", description: "Filters by size", types: ["Numeric"], deprecated: { replacement: "demo:Bytes" }, sources: ["html"] },
  ],
});

const jsonDemo = service({
  prefix: "demo",
  sources: ["json"],
  actions: [
    action({
      name: "CreateThing",
      accessLevel: "Permissions management",
      accessLevels: ["Permissions management", "Write"],
      annotations: { isList: false, isPermissionManagement: true, isTaggingOnly: false, isWrite: true },
      resourceTypes: [
        { name: "thing", required: false, conditionKeys: ["demo:Color"] },
        { name: "role", required: false, conditionKeys: [] },
      ],
      conditionKeys: ["demo:Size", "demo:Region"],
      dependentActions: ["iam:PassRole"],
      operations: [
        {
          name: "CreateThing",
          sdk: [{ package: "Boto3", name: "demo", method: "create_thing" }],
          authorizedActions: [{ action: "demo:CreateThing" }, { action: "iam:PassRole", context: { "iam:PassedToService": ["demo.amazonaws.com"] } }],
        },
      ],
      sources: ["json"],
    }),
    action({ name: "JsonOnly", accessLevel: "Read", accessLevels: ["Read"], sources: ["json"] }),
  ],
  resourceTypes: [
    { name: "thing", arnFormats: ["arn:${Partition}:demo:${Region}:${Account}:thing/${Id}"], conditionKeys: ["aws:ResourceTag/${TagKey}"], sources: ["json"] },
    { name: "role", arnFormats: ["arn:${Partition}:iam::${Account}:role/${RoleName}"], conditionKeys: [], sources: ["json"] },
  ],
  conditionKeys: [
    { name: "demo:Size", description: "", types: ["ArrayOfNumeric"], sources: ["json"] },
    { name: "demo:Color", description: "", types: ["String"], sources: ["json"] },
  ],
});

describe("mergeSources (hand-built services)", () => {
  const [merged] = mergeSources([pageDemo], [jsonDemo]);
  const get = (name: string) => merged!.actions.find((a) => a.name === name)!;

  it("takes names, pages, descriptions, required flags, doc links and deprecations from the pages", () => {
    expect(merged!.name).toBe("Demo Service");
    expect(merged!.pages).toEqual(pageDemo.pages);
    expect(merged!.sources).toEqual(["html", "json"]);
    const create = get("CreateThing");
    expect(create.description).toBe("Grants permission to create a thing");
    expect(create.apiDocUrl).toBe("https://docs.aws.amazon.com/demo/API_CreateThing.html");
    expect(create.resourceTypes).toEqual([
      { name: "role", required: false, conditionKeys: [] },
      { name: "thing", required: true, conditionKeys: ["aws:ResourceTag/${TagKey}", "demo:Color"] },
    ]);
    expect(merged!.conditionKeys.find((k) => k.name === "demo:Size")).toEqual({
      name: "demo:Size",
      description: "Filters by size",
      types: ["ArrayOfNumeric", "Numeric"],
      sources: ["html", "json"],
      deprecated: { replacement: "demo:Bytes" },
    });
  });

  it("takes operations and annotations from the JSON, unites dependent actions, keeps the page's access level", () => {
    const create = get("CreateThing");
    expect(create.operations).toEqual(jsonDemo.actions[0]!.operations);
    expect(create.dependentActions).toEqual(["demo:TagResource", "iam:PassRole"]);
    expect(create.accessLevel).toBe("Permissions management");
    expect(create.accessLevels).toEqual(["Permissions management"]);
    expect(create.annotations).toEqual({ isList: false, isPermissionManagement: true, isTaggingOnly: false, isWrite: true });
    expect(create.conditionKeys).toEqual(["demo:Region", "demo:Size"]);
    expect(create.sources).toEqual(["html", "json"]);
  });

  it("keeps what one source alone has, saying which", () => {
    expect(merged!.actions.map((a) => [a.name, a.sources])).toEqual([
      ["CreateThing", ["html", "json"]],
      ["JsonOnly", ["json"]],
      ["PageOnly", ["html"]],
    ]);
    expect(get("PageOnly").permissionOnly).toBe(true);
    expect(merged!.resourceTypes.map((r) => [r.name, r.sources, r.arnFormats.length])).toEqual([
      ["role", ["json"], 1],
      ["thing", ["html", "json"], 2],
    ]);
    expect(merged!.conditionKeys.find((k) => k.name === "demo:Color")!.sources).toEqual(["json"]);
  });

  it("keeps services of one source as they are, in prefix order, and renders valid catalog files", () => {
    const only = mergeSources([service({ prefix: "zeta" })], [service({ prefix: "alpha", sources: ["json"] }), jsonDemo]);
    expect(only.map((s) => [s.prefix, s.sources])).toEqual([
      ["alpha", ["json"]],
      ["demo", ["json"]],
      ["zeta", ["html"]],
    ]);
    expect(mergeSources(undefined, [jsonDemo])).toHaveLength(1);
    const files = renderCatalog({ source: { kinds: ["html", "json"], date: null }, services: mergeSources([pageDemo], [jsonDemo]) });
    expect([...files.keys()]).toEqual(["demo.json", "index.json"]);
  });

  it("a prefix twice in one source is an error", () => {
    expect(() => mergeSources([pageDemo, pageDemo], [])).toThrow('merge: service prefix "demo" appears twice in the html input');
  });
});

describe("mergeSources (real pages and JSON of 2026-06-01: kms, kinesis, access-analyzer)", async () => {
  const html = await parseHtmlPages(await readHtmlDir(path.join(fixtures, "pages-2026-06-01")));
  const json = parseJsonServices(await readJsonDir(path.join(fixtures, "2026-06-01"))).services;
  const merged = mergeSources(html, json);
  const svc = (p: string) => merged.find((s) => s.prefix === p)!;
  const act = (p: string, a: string) => svc(p).actions.find((x) => x.name === a)!;

  it("has every action of both sources", () => {
    for (const s of [...html, ...json]) {
      const names = new Set(svc(s.prefix).actions.map((a) => a.name));
      for (const a of s.actions) expect(names.has(a.name), `${s.prefix}:${a.name}`).toBe(true);
    }
    // geo-maps has no page here: it stays a JSON-only service.
    expect(svc("geo-maps").sources).toEqual(["json"]);
    expect(svc("kms").sources).toEqual(["html", "json"]);
  });

  it("kms CreateGrant: the page's description and required key, the JSON's operation and flags", () => {
    const grant = act("kms", "CreateGrant");
    expect(grant.description).toMatch(/^Controls permission to add a grant to an AWS KMS key/);
    expect(grant.accessLevel).toBe("Permissions management");
    expect(grant.annotations).toEqual({ isList: false, isPermissionManagement: true, isTaggingOnly: false, isWrite: true });
    expect(grant.resourceTypes).toEqual([{ name: "key", required: true, conditionKeys: [] }]);
    expect(grant.operations.map((o) => o.name)).toEqual(["CreateGrant"]);
    expect(grant.sources).toEqual(["html", "json"]);
    expect(act("kms", "SynchronizeMultiRegionKey").permissionOnly).toBe(true);
  });

  it("dependent actions: the page's column united with the JSON's operations", () => {
    // kms CreateKey's operation authorizes PutKeyPolicy and TagResource.
    expect(act("kms", "CreateKey").dependentActions).toEqual(expect.arrayContaining(["kms:PutKeyPolicy", "kms:TagResource"]));
    const start = act("access-analyzer", "StartPolicyGeneration");
    expect(start.dependentActions).toContain("iam:PassRole");
    expect(start.operations[0]!.authorizedActions).toContainEqual({
      action: "iam:PassRole",
      context: { "iam:PassedToService": ["access-analyzer.amazonaws.com"] },
    });
    expect(act("kinesis", "CreateStream").dependentActions).toContain("kinesis:AddTagsToStream");
  });

  it("is deterministic", () => {
    const again = mergeSources(structuredClone(html), structuredClone(json));
    const render = (services: Service[]) => renderCatalog({ source: { kinds: ["html", "json"], date: "2026-06-01" }, services });
    expect([...render(again)]).toEqual([...render(merged)]);
  });
});
