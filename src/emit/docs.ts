// JSDoc text for the generated members. Every piece of text from the docs goes through
// docText. No JSDoc tag other than @deprecated is emitted: tsc skips parsing JSDoc in .d.ts
// files unless it holds @see or @link, which keeps the package cheap to load.
import type { Action, ConditionKey, ResourceType, Service } from "../model/types.js";
import type { ArnFormat } from "./arn.js";
import { docText } from "./escape.js";

/**
 * A `/** … *\/` block for already-escaped lines. Editors render JSDoc as markdown, where lines
 * without a blank line between them form one paragraph anyway, so lines are joined into one
 * (smaller, and cheaper to parse and print); only a tag line (`@deprecated`) keeps its own.
 */
export function docBlock(lines: string[]): string {
  const [paragraph, ...tags] = docLines(lines);
  if (tags.length === 0) return `/** ${paragraph} */\n`;
  return `/**\n${[paragraph, ...tags].map((l) => ` * ${l}`).join("\n")}\n */\n`;
}

/** The text of a JSDoc block as ts-morph structures take it (see docBlock). */
export const docString = (lines: string[]) => docLines(lines).join("\n");

function docLines(lines: string[]): string[] {
  const text: string[] = [];
  const tags: string[] = [];
  for (const line of lines.flatMap((l) => l.split("\n"))) (line.startsWith("@") ? tags : text).push(line);
  return [text.filter((l) => l.trim() !== "").join(" "), ...tags];
}

/** Ends a sentence that has no final punctuation, so that the next line does not run on from it. */
export const sentence = (text: string) => (/[.!?:]$/.test(text.trim()) || text.trim() === "" ? text : `${text}.`);

/** Where to read about an action: its API reference, else the service's reference page. */
export function docLink(service: Service, action?: Action): string | undefined {
  return action?.apiDocUrl ?? service.pages[0]?.url;
}

/**
 * The description; the access level and resource types (a required one marked `*`, as the
 * reference marks it); the doc link.
 */
export function actionDocLines(service: Service, action: Action): string[] {
  let facts = `Access level: ${action.accessLevels.join(", ")}.`;
  if (action.resourceTypes.length) facts += ` Resources: ${action.resourceTypes.map((r) => (r.required ? `${r.name}*` : r.name)).join(", ")}.`;
  if (action.permissionOnly) facts += " Permission only.";
  const lines = [sentence(docText(action.description || `${service.prefix}:${action.name}`)), docText(facts)];
  const link = docLink(service, action);
  if (link) lines.push(docText(link));
  return lines;
}

/** The description (the type is the member's own type); `@deprecated` with the replacement. */
export function conditionKeyDocLines(keys: ConditionKey[]): string[] {
  const lines = keys.map((k) => (keys.length > 1 ? `${docText(k.name)}: ` : "") + sentence(docText(k.description || k.name)));
  if (keys.length > 0 && keys.every((k) => k.deprecated)) {
    const replacements = keys.flatMap((k) => (k.deprecated?.replacement ? [k.deprecated.replacement] : []));
    lines.push(`@deprecated ${replacements.length ? `Use ${docText(replacements.join(", "))} instead.` : "Deprecated in the reference."}`);
  }
  return lines;
}

export function resourceTypeDocLines(rt: ResourceType): string[] {
  return [`The ${docText(rt.name)} resource type: ${docText(rt.arnFormats.join(" or "))}`];
}

export function arnBuilderDocLines(rt: ResourceType, f: ArnFormat): string[] {
  const lines = [`ARN of a ${docText(rt.name)} resource: ${docText(f.format)}.`];
  if (rt.arnFormats.length > 1) lines.push(`(One of the ${rt.arnFormats.length} ARN formats of this resource type.)`);
  return lines;
}
