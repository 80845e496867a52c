/**
 * Derives a page in AWS's July 2026 layout from a real classic page and the official JSON of the
 * same day, for fixtures: no HTML capture of the new layout exists. The shape follows AWS's own
 * Markdown rendition of the new Amazon Kinesis Data Streams page (seen in a public mirror): sections
 * "API operations defined by X" (#list_<prefix>-operations), "Actions defined by X",
 * "Permission-only actions for X", "Resource types defined by X", "Condition keys for X"; the
 * actions tables have Access level last, as a combination such as "Tagging, Write", and no
 * Dependent actions column; the intro links the JSON.
 *
 * What comes from where:
 * - actions, descriptions, doc links, resource rows and their keys, resource types, condition keys:
 *   the classic page, row for row (actions marked [permission only] go to the permission-only table);
 * - access levels: the JSON's Annotations flags (the new layout is generated from them);
 * - the operations table: the JSON's Operations (other services' actions: iam:PassRole, classified
 *   Write as on the IAM page).
 *
 * The classic page is read here with plain cheerio, independently of src/parse, so a parser bug
 * cannot hide itself in the fixture. Only plain classic pages are supported (no SCENARIO rows).
 */
import { load, type CheerioAPI } from "cheerio/slim";
import { compactHtml } from "./compactHtml.js";

const LEVEL_OF_OTHER_SERVICE_ACTION: Record<string, string> = { "iam:PassRole": "Write" };

interface JsonAction {
  Name: string;
  Annotations?: { Properties: { IsList: boolean; IsPermissionManagement: boolean; IsTaggingOnly: boolean; IsWrite: boolean } };
}
interface JsonOperation {
  Name: string;
  AuthorizedActions?: { Name: string; Service: string; Context?: Record<string, string[]> }[];
}
interface JsonService {
  Name: string;
  Actions: JsonAction[];
  Operations?: JsonOperation[];
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const squash = (s: string) => s.replace(/\s+/g, " ").trim();
const anchorKey = (key: string) => key.replace(/[^A-Za-z0-9-]/g, "_");

function accessLevelFromJson(a: JsonAction | undefined, name: string): string {
  const p = a?.Annotations?.Properties;
  if (!p) throw new Error(`derive: no JSON annotations for action ${name}`);
  const levels = [p.IsList && "List", p.IsPermissionManagement && "Permissions management", p.IsTaggingOnly && "Tagging", p.IsWrite && "Write"].filter(
    (l): l is string => typeof l === "string",
  );
  return levels.length ? levels.join(", ") : "Read";
}

interface ClassicAction {
  name: string;
  href?: string;
  description: string;
  permissionOnly: boolean;
  rows: { resources: string[]; keys: string[] }[];
}

function sectionTable($: CheerioAPI, suffix: string) {
  const h2 = $("h2").filter((_, h) => ($(h).attr("id") ?? "").endsWith(suffix));
  if (!h2.length) throw new Error(`derive: no section *${suffix}`);
  return h2.nextUntil("h2").find("table").first();
}

const items = ($: CheerioAPI, td: ReturnType<CheerioAPI>) =>
  td
    .find("p")
    .toArray()
    .map((p) => squash($(p).text()).replace(/\s/g, ""));

function readClassicActions($: CheerioAPI): ClassicAction[] {
  const actions: ClassicAction[] = [];
  for (const tr of sectionTable($, "-actions-as-permissions").find("tr").toArray()) {
    const tds = $(tr).children("td");
    if (tds.length === 0) continue;
    if (tds.length === 6) {
      const nameCell = tds.eq(0);
      const text = squash(nameCell.text());
      const href = nameCell.find("a[href]").attr("href");
      actions.push({
        name: text.replace("[permission only]", "").trim(),
        ...(href ? { href } : {}),
        description: squash(tds.eq(1).text()),
        permissionOnly: text.includes("[permission only]"),
        rows: [],
      });
    } else if (tds.length !== 3) throw new Error(`derive: actions row with ${tds.length} cells (SCENARIO rows are not supported)`);
    const [res, keys] = tds.length === 6 ? [tds.eq(3), tds.eq(4)] : [tds.eq(0), tds.eq(1)];
    actions.at(-1)!.rows.push({ resources: items($, res), keys: items($, keys) });
  }
  return actions;
}

function actionsTable(prefix: string, actions: ClassicAction[], json: Map<string, JsonAction>): string {
  const rows = actions.flatMap((a) =>
    a.rows.map((r, i) => {
      const res = `<td>${r.resources.map((n) => `<p><a href="#list_${prefix}-resource-${esc(n.replace(/\*$/, ""))}">${esc(n)}</a></p>`).join("")}</td>`;
      const keys = `<td>${r.keys.map((k) => `<p><a href="#list_${prefix}-${anchorKey(k)}">${esc(k)}</a></p>`).join("")}</td>`;
      if (i > 0) return `<tr>${res}${keys}</tr>`;
      const span = a.rows.length > 1 ? ` rowspan="${a.rows.length}"` : "";
      const name = a.href ? `<a href="${esc(a.href)}">${esc(a.name)}</a>` : esc(a.name);
      return `<tr><td id="list_${prefix}-action-${esc(a.name)}"${span}>${name}</td><td${span}>${esc(a.description)}</td>${res}${keys}<td${span}>${esc(accessLevelFromJson(json.get(a.name), a.name))}</td></tr>`;
    }),
  );
  return `<div class="table-container"><div class="table-contents"><table><thead><tr><th>Actions</th><th>Description</th><th>Resource types (*required)</th><th>Condition keys</th><th>Access level</th></tr></thead>${rows.join("")}</table></div></div>`;
}

function operationsTable(prefix: string, svc: JsonService, json: Map<string, JsonAction>): string {
  const rows: string[] = [];
  for (const op of svc.Operations ?? []) {
    const authorized = (op.AuthorizedActions ?? []).flatMap((a) => {
      const full = `${a.Service}:${a.Name}`;
      const contexts = Object.entries(a.Context ?? {});
      return (contexts.length ? contexts : [undefined]).map((c) => ({ a, full, c }));
    });
    authorized.forEach(({ a, full, c }, i) => {
      const level = a.Service === prefix ? accessLevelFromJson(json.get(a.Name), a.Name) : LEVEL_OF_OTHER_SERVICE_ACTION[full];
      if (!level) throw new Error(`derive: no access level known for ${full}`);
      const link = a.Service === prefix ? `#list_${prefix}-action-${a.Name}` : "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html";
      const opCell =
        i === 0
          ? `<td id="list_${prefix}-operation-${esc(op.Name)}"${authorized.length > 1 ? ` rowspan="${authorized.length}"` : ""}>${esc(op.Name)}</td>`
          : "";
      const values = c ? c[1].map((v) => `<p>${esc(v)}</p>`).join("") : "";
      rows.push(`<tr>${opCell}<td><a href="${esc(link)}">${esc(full)}</a></td><td>${c ? esc(c[0]) : ""}</td><td>${values}</td><td>${esc(level)}</td></tr>`);
    });
  }
  return `<div class="table-container"><div class="table-contents"><table><thead><tr><th>Operation</th><th>IAM action</th><th>Condition key</th><th>Possible value(s)</th><th>Access level</th></tr></thead>${rows.join("")}</table></div></div>`;
}

function resourceTypesTable($: CheerioAPI, prefix: string): string {
  const rows = sectionTable($, "-resources-for-iam-policies")
    .find("tr")
    .toArray()
    .flatMap((tr) => {
      const tds = $(tr).children("td");
      if (!tds.length) return [];
      const name = squash(tds.eq(0).text());
      const href = tds.eq(0).find("a[href]").attr("href");
      const arn = tds.eq(1).text().replace(/\s/g, "");
      const keys = items($, tds.eq(2));
      return [
        `<tr><td id="list_${prefix}-resource-${esc(name)}">${href ? `<a href="${esc(href)}">${esc(name)}</a>` : esc(name)}</td><td><code class="code">${esc(arn).replace(/\$\{/g, "$<span>{</span>")}</code></td><td>${keys.map((k) => `<p><a href="#list_${prefix}-${anchorKey(k)}">${esc(k)}</a></p>`).join("")}</td></tr>`,
      ];
    });
  return `<div class="table-container"><div class="table-contents"><table><thead><tr><th>Resource types</th><th>ARN</th><th>Condition keys</th></tr></thead>${rows.join("")}</table></div></div>`;
}

function conditionKeysTable($: CheerioAPI, prefix: string): string {
  const rows = sectionTable($, "-policy-keys")
    .find("tr")
    .toArray()
    .flatMap((tr) => {
      const tds = $(tr).children("td");
      if (!tds.length) return [];
      const key = squash(tds.eq(0).text());
      const href = tds.eq(0).find("a[href]").attr("href");
      return [
        `<tr><td id="list_${prefix}-${anchorKey(key)}">${href ? `<a href="${esc(href)}">${esc(key)}</a>` : esc(key)}</td><td>${esc(squash(tds.eq(1).text()))}</td><td>${esc(squash(tds.eq(2).text()))}</td></tr>`,
      ];
    });
  return `<div class="table-container"><div class="table-contents"><table><thead><tr><th>Condition keys</th><th>Description</th><th>Type</th></tr></thead>${rows.join("")}</table></div></div>`;
}

export interface DeriveInput {
  /** Fixture path of the classic page, for the provenance comment. */
  classicPath: string;
  classicHtml: string;
  /** Fixture path of the JSON, for the provenance comment. */
  jsonPath: string;
  jsonText: string;
}

export function deriveJulyLayoutPage(input: DeriveInput): string {
  const $ = load(input.classicHtml);
  const svc = JSON.parse(input.jsonText) as JsonService;
  const prefix = svc.Name;
  const title = squash($("h1").first().text());
  const service = title.replace(/^Actions, resources, and condition keys for /, "");
  const intro = $("p")
    .filter((_, p) => /service prefix/.test($(p).text()))
    .first();
  const pagePrefix = squash(intro.find("code").first().text());
  if (pagePrefix !== prefix) throw new Error(`derive: page prefix ${pagePrefix} but JSON service ${prefix}`);
  const canonical = $('link[rel="canonical"]').first().attr("href") ?? "";
  const json = new Map(svc.Actions.map((a) => [a.Name, a]));
  const actions = readClassicActions($);
  const invocable = actions.filter((a) => !a.permissionOnly);
  const permissionOnly = actions.filter((a) => a.permissionOnly);
  const jsonUrl = `https://servicereference.us-east-1.amazonaws.com/v1/${prefix}/${prefix}.json`;
  const references = $("div.itemizedlist")
    .first()
    .find("li p")
    .toArray()
    .map((p) => `<li class="listitem"><p>${compactHtml($(p).html() ?? "").trim()}</p></li>`)
    .join("");
  const sections: [string, string, string, string][] = [
    [
      "operations",
      `API operations defined by ${service}`,
      `<p>The following table maps API operations to the IAM actions they authorize. Only condition keys that have static values for the given API and action are listed; for the full set of condition keys supported by each action, see the <a href="#list_${prefix}-actions-as-permissions">Actions table</a>.</p>`,
      operationsTable(prefix, svc, json),
    ],
    [
      "actions-as-permissions",
      `Actions defined by ${service}`,
      `<p>You can specify the following actions in the <code class="code">Action</code> element of an IAM policy statement.</p>`,
      actionsTable(prefix, invocable, json),
    ],
    ...(permissionOnly.length
      ? [
          [
            "permission-only-actions",
            `Permission-only actions for ${service}`,
            `<p>The following actions are defined by ${esc(service)} but are not directly invocable through any API operation. They can only be used in IAM policy statements to grant or deny permissions.</p>`,
            actionsTable(prefix, permissionOnly, json),
          ] as [string, string, string, string],
        ]
      : []),
    [
      "resources-for-iam-policies",
      `Resource types defined by ${service}`,
      `<p>The following resource types are defined by this service and can be used in the <code class="code">Resource</code> element of IAM permission policy statements.</p>`,
      resourceTypesTable($, prefix),
    ],
    [
      "policy-keys",
      `Condition keys for ${service}`,
      `<p>${esc(service)} defines the following condition keys that can be used in the <code class="code">Condition</code> element of an IAM policy.</p>`,
      conditionKeysTable($, prefix),
    ],
  ];
  const comment = [
    "DERIVED FIXTURE - not a capture of a live page.",
    `This is ${input.classicPath} (a real classic-layout page of 2026-06-01) rewritten into AWS's July 2026 layout,`,
    `with access levels and the API operations table taken from ${input.jsonPath} (AWS's official JSON of the same day).`,
    "Written by test/parse/support/julyLayout.ts; see test/fixtures/html/README.md. Regenerate with:",
    "UPDATE_DERIVED_FIXTURES=1 npx vitest run test/parse/derivedFixtures.test.ts",
  ].join("\n  ");
  return (
    `<!DOCTYPE html>\n<!--\n  ${comment}\n-->\n` +
    `<html lang="en-US"><head><meta content="text/html; charset=utf-8" http-equiv="Content-Type"/><title>${esc(title)} - Service Authorization Reference</title><link href="${esc(canonical)}" rel="canonical"/></head>` +
    `<body class="awsdocs awsui"><div id="main"><div id="main-content"><div id="main-col-body">` +
    `<h1 class="topictitle" id="list_${prefix}">${esc(title)}</h1>` +
    `<p>${esc(service)} (service prefix: <code class="code">${prefix}</code>) provides the following service-specific operations, resources, actions, and condition keys for use in IAM permission policies.</p>` +
    `<p>References:</p><div class="itemizedlist"><ul class="itemizedlist">${references}<li class="listitem"><p>View the <a href="${jsonUrl}">programmatic service authorization reference</a> for this service.</p></li></ul></div>` +
    `<div class="highlights" id="inline-topiclist"><h6>Topics</h6><ul>${sections.map(([id, heading]) => `<li><p><a href="#list_${prefix}-${id}">${esc(heading)}</a></p></li>`).join("")}</ul></div>` +
    sections.map(([id, heading, text, table]) => `<h2 id="list_${prefix}-${id}">${esc(heading)}</h2>${text}${table}`).join("") +
    `</div></div></div></body></html>\n`
  );
}
