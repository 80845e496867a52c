import type { JsonServiceInput } from "../model/inputs.js";
import type { Service } from "../model/types.js";
import { compareStrings } from "../model/normalize.js";
import { parseServiceJson, type ParsedServiceJson } from "./parseServiceJson.js";

/**
 * Every per-service file of one capture, and one warning line per kind of thing the catalog leaves
 * out (unknown members, operations that name no action, actions without access-level flags), each
 * naming its files, so a new JSON schema version is noticed on the first run that meets it.
 */
export function parseJsonServices(inputs: JsonServiceInput[]): { services: Service[]; warnings: string[] } {
  const parsed = inputs.map((input) => ({ input, result: parseServiceJson(input) }));
  return {
    services: parsed.map((p) => p.result.service),
    warnings: jsonWarnings(parsed.map((p) => ({ ...p.result, service: p.input.service }))),
  };
}

const sample = (items: string[], n = 5) => items.slice(0, n).join(", ") + (items.length > n ? `, … (${items.length - n} more)` : "");

export function jsonWarnings(results: ({ service: string } & Omit<ParsedServiceJson, "service">)[]): string[] {
  const warnings: string[] = [];
  const byField = new Map<string, string[]>();
  for (const r of results) for (const f of r.unknownFields) byField.set(f, [...(byField.get(f) ?? []), r.service]);
  for (const [field, services] of [...byField].sort((a, b) => compareStrings(a[0], b[0])))
    warnings.push(`json: unknown member ${field} (kept out of the catalog) in ${services.length} file(s): ${sample(services)}`);

  const summarize = (pick: (r: (typeof results)[number]) => string[], what: string) => {
    const items = results.flatMap((r) => pick(r).map((name) => `${r.service}:${name}`));
    const files = results.filter((r) => pick(r).length > 0).length;
    if (items.length) warnings.push(`json: in ${files} file(s), ${items.length} ${what}: ${sample(items)}`);
  };
  summarize((r) => r.gaps.operationsWithoutActions, "operations name no authorized action and are attached to no action");
  summarize((r) => r.gaps.unlistedAuthorizedActions, "authorized actions are missing from their file's Actions and get no operations");
  summarize((r) => r.gaps.actionsWithoutAccessLevel, "actions have no Annotations (schema v1.1), so no access level: Read (the JSON's value for no flags) where no page gives one");
  return warnings;
}
