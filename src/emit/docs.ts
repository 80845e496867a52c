// JSDoc text for the generated members. Every piece of text from the docs goes through
// docText. No JSDoc tag other than @deprecated is emitted: tsc skips parsing JSDoc in .d.ts
// files unless it holds @see or @link, which keeps the package cheap to load.
import type { Action, ConditionKey, ResourceType, Service } from "../model/types.js";
import type { ArnFormat } from "./arn.js";
import { docText } from "./escape.js";

/** A `/** … *\/` block for already-escaped lines. */
export function docBlock(lines: string[]): string {
  const body = lines.flatMap((l) => l.split("\n"));
  if (body.length === 1) return `/** ${body[0]} */\n`;
  return `/**\n${body.map((l) => (l === "" ? " *" : ` * ${l}`)).join("\n")}\n */\n`;
}

/** Where to read about an action: its API reference, else the service's reference page. */
export function docLink(service: Service, action?: Action): string | undefined {
  return action?.apiDocUrl ?? service.pages[0]?.url;
}

/**
 * Description; then one line of facts (access level, resource types with the required ones
 * marked, dependent actions, permission-only); then the doc link.
 */
export function actionDocLines(service: Service, action: Action): string[] {
  const facts = [`Access level: ${action.accessLevels.join(", ")}.`];
  if (action.resourceTypes.length) {
    const resources = action.resourceTypes.map((r) => (r.required ? `${r.name} (required)` : r.name));
    facts.push(`Resource types: ${resources.join(", ")}.`);
  }
  if (action.dependentActions.length) facts.push(`Dependent actions: ${action.dependentActions.join(", ")}.`);
  if (action.permissionOnly) facts.push("Permission only.");
  const lines = [docText(action.description || `${service.prefix}:${action.name}`), "", docText(facts.join(" "))];
  const link = docLink(service, action);
  if (link) lines.push(docText(link));
  return lines;
}

export function conditionKeyDocLines(keys: ConditionKey[]): string[] {
  const lines: string[] = [];
  for (const key of keys) {
    if (keys.length > 1) lines.push(`${docText(key.name)}:`);
    if (key.description) lines.push(docText(key.description));
    lines.push(`Type: ${key.types.length ? key.types.join(", ") : "not given"}`);
  }
  const deprecated = keys.filter((k) => k.deprecated);
  if (deprecated.length === keys.length && keys.length > 0) {
    const replacements = deprecated.flatMap((k) => (k.deprecated?.replacement ? [k.deprecated.replacement] : []));
    lines.push(`@deprecated ${replacements.length ? `Use ${docText(replacements.join(", "))} instead.` : "Deprecated in the reference."}`);
  }
  return lines;
}

export function resourceTypeDocLines(rt: ResourceType): string[] {
  const lines = [`The ${docText(rt.name)} resource type: ${docText(rt.arnFormats.join(" or "))}`];
  if (rt.conditionKeys.length) lines.push("", `Condition keys: ${docText(rt.conditionKeys.join(", "))}`);
  return lines;
}

export function arnBuilderDocLines(rt: ResourceType, f: ArnFormat): string[] {
  const lines = [`ARN of a ${docText(rt.name)} resource: ${docText(f.format)}`];
  if (rt.arnFormats.length > 1) lines.push("", `One of the ${rt.arnFormats.length} ARN formats of this resource type.`);
  return lines;
}
