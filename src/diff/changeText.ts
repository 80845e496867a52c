import type { Counts } from "../model/types.js";
import type { Change, ChangeValue } from "./change.js";
import { setDelta } from "./sets.js";

/** Inline code that survives any content (backticks inside get a longer fence); "(none)" for an empty value. */
export function code(s: string): string {
  if (s === "") return "(none)";
  const longest = Math.max(0, ...[...s.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  const pad = s.startsWith("`") || s.endsWith("`") ? " " : "";
  return `${fence}${pad}${s}${pad}${fence}`;
}

/** Page text as Markdown text: characters that would start markup or HTML are escaped, whitespace collapsed. */
export const escapeMarkdown = (s: string) =>
  s
    .replace(/\s+/g, " ")
    .trim()
    .replace(/([\\`*_[\]<>|#~])/g, "\\$1");

/** Quoted page prose (descriptions, display names). */
export const prose = (s: string) => `"${escapeMarkdown(s)}"`;

const asList = (v: ChangeValue | undefined): string[] => (Array.isArray(v) ? v : v === undefined ? [] : [String(v)]);
const asText = (v: ChangeValue | undefined): string =>
  typeof v === "string" ? v : v === undefined ? "" : Array.isArray(v) ? v.join(", ") : String(v);

function countsText(v: ChangeValue | undefined): string {
  const c = v as Counts | undefined;
  if (!c || typeof c !== "object" || Array.isArray(c)) return "";
  const n = (x: number, one: string, many: string) => `${x} ${x === 1 ? one : many}`;
  return `${n(c.actions, "action", "actions")}, ${n(c.resourceTypes, "resource type", "resource types")}, ${n(c.conditionKeys, "condition key", "condition keys")}`;
}

/** `before` → `after` for lists: what went and what came. */
function listDelta(before: ChangeValue | undefined, after: ChangeValue | undefined): string {
  const { added, removed } = setDelta(asList(before), asList(after));
  return [...removed.map((x) => `−${code(x)}`), ...added.map((x) => `+${code(x)}`)].join(" ");
}

/** One Markdown line (without the list bullet) describing a change. */
export function changeLine(c: Change): string {
  const action = c.action !== undefined ? code(`${c.prefix}:${c.action}`) : "";
  const rt = c.resourceType !== undefined ? code(c.resourceType) : "";
  const key = c.conditionKey !== undefined ? code(c.conditionKey) : "";
  const onResource = c.resourceType !== undefined ? ` on resource type ${rt}` : "";
  switch (c.kind) {
    case "service-added":
      return `Service added: ${code(c.prefix)}, ${countsText(c.after)}`;
    case "service-removed":
      return `Service removed: ${code(c.prefix)}, which had ${countsText(c.before)}`;
    case "service-renamed":
      return `Display name changed: ${prose(asText(c.before))} → ${prose(asText(c.after))}`;
    case "action-added":
      return `Action added: ${action} (${asText(c.after)})`;
    case "action-removed":
      return `Action removed: ${action} (was ${asText(c.before)})`;
    case "action-access-level-changed":
      return `${action} access level: ${asText(c.before)} → ${asText(c.after)}`;
    case "action-resource-type-added":
      return `${action} accepts resource type ${rt}${c.after === true ? " (required)" : ""}`;
    case "action-resource-type-removed":
      return `${action} no longer accepts resource type ${rt}`;
    case "action-resource-type-required-changed":
      return `${action} resource type ${rt} is now ${c.after === true ? "required" : "optional"}`;
    case "action-condition-key-added":
      return `${action} supports condition key ${key}${onResource}`;
    case "action-condition-key-removed":
      return `${action} no longer supports condition key ${key}${onResource}`;
    case "action-dependent-action-added":
      return `${action} dependent action added: ${code(asText(c.after))}`;
    case "action-dependent-action-removed":
      return `${action} dependent action removed: ${code(asText(c.before))}`;
    case "action-operation-added":
      return `${action} SDK operation added: ${code(c.operation ?? "")}`;
    case "action-operation-removed":
      return `${action} SDK operation removed: ${code(c.operation ?? "")}`;
    case "action-operation-changed":
      return `${action} SDK operation ${code(c.operation ?? "")} changed: ${listDelta(c.before, c.after)}`;
    case "resource-type-added":
      return `Resource type added: ${rt} ${asList(c.after).map(code).join(", ")}`;
    case "resource-type-removed":
      return `Resource type removed: ${rt} (was ${asList(c.before).map(code).join(", ")})`;
    case "resource-type-arn-changed":
      return `ARN format of ${rt}: ${asList(c.before).map(code).join(", ")} → ${asList(c.after).map(code).join(", ")}`;
    case "resource-type-condition-key-added":
      return `Resource type ${rt} supports condition key ${key}`;
    case "resource-type-condition-key-removed":
      return `Resource type ${rt} no longer supports condition key ${key}`;
    case "condition-key-added":
      return `Condition key added: ${key} (${asText(c.after)})`;
    case "condition-key-removed":
      return `Condition key removed: ${key} (was ${asText(c.before)})`;
    case "condition-key-type-changed":
      return `Condition key ${key} type: ${asText(c.before)} → ${asText(c.after)}`;
    case "condition-key-deprecated":
      return `Condition key ${key} deprecated${asText(c.after) ? `: use ${code(asText(c.after))}` : ""}`;
    case "action-description-changed":
      return `${action} description: ${prose(asText(c.before))} → ${prose(asText(c.after))}`;
    case "condition-key-description-changed":
      return `Condition key ${key} description: ${prose(asText(c.before))} → ${prose(asText(c.after))}`;
    case "metadata-changed": {
      const subject = action || (key ? `Condition key ${key}` : rt ? `Resource type ${rt}` : "Service");
      const values =
        Array.isArray(c.before) || Array.isArray(c.after)
          ? listDelta(c.before, c.after)
          : `${code(asText(c.before))} → ${code(asText(c.after))}`;
      return `${subject} ${c.field}: ${values}`;
    }
  }
}
