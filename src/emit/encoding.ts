// The compact form in which the generated package stores per-member facts: one string per
// action, resource type and ARN format. The same string is decoded twice — by the type-level
// decoders in package/_types.ts (lazily, only for the members a consumer touches) and by the
// runtime decoders in package/_runtime.ts — so types and values cannot drift apart, and a
// consumer's compiler parses one string literal per member instead of a tree of literal types.
//
// A string starts with its own separators (one character per nesting level), chosen from
// SEPARATOR_CANDIDATES as the first ones that occur in none of its items, so any text can be
// encoded without escaping.
import { compareStrings } from "../model/normalize.js";
import type { Action, ResourceType, Service } from "../model/types.js";
import type { ArnFormat } from "./arn.js";
import { snakeCase } from "./package/_runtime.js";

export const SEPARATOR_CANDIDATES = [..."|,;~^#!+=&%", ...Array.from({ length: 8 }, (_, i) => String.fromCharCode(1 + i))];

/** `count` separators that occur in none of `items`. */
export function separatorsFor(items: string[], count: number, what: string): string[] {
  const used = new Set(items.join(""));
  const free = SEPARATOR_CANDIDATES.filter((c) => !used.has(c));
  if (free.length < count) throw new Error(`${what}: cannot encode, its text uses every separator character`);
  return free.slice(0, count);
}

function nonEmpty(items: string[], what: string): string[] {
  for (const item of items) if (item === "") throw new Error(`${what}: empty name in a list`);
  return items;
}

/**
 * An action's typed facts: `F L R T` then, joined by F: accessLevel, accessLevels (by L; empty
 * when just [accessLevel]), permissionOnly (1, or empty for false), resource rows (by L; each
 * resource type R required(1/0) R keys-by-T), action-level condition keys (by L), dependent
 * actions (by L), operation names (by L; R alone for the action's own name — R occurs in no
 * name, and an empty item would read as an empty list). Condition keys, resource types and
 * dependent actions are written as indexRef writes them, access levels as ACCESS_LEVEL_CODES; the separators are left
 * out when they are the default ones.
 */
export function encodeActionFacts(action: Action, index: MemberIndex, what: string): string {
  const key = indexRef(index.keys, what, "condition key");
  const resourceType = indexRef(index.resourceTypes, what, "resource type");
  const dependentAction = indexRef(index.dependentActions, what, "dependent action");
  const rowKeys = action.resourceTypes.map((r) => nonEmpty(r.conditionKeys, what).map(key));
  const actionKeys = nonEmpty(action.conditionKeys, what).map(key);
  const items = [
    ...action.accessLevels,
    ...nonEmpty(action.resourceTypes.map((r) => r.name), what),
    ...rowKeys.flat(),
    ...actionKeys,
    ...nonEmpty(action.dependentActions, what),
    ...nonEmpty(action.operations.map((o) => o.name), what),
  ];
  const [F, L, R, T] = separatorsFor(items, 4, what) as [string, string, string, string];
  const level = (name: string) => {
    const code = ACCESS_LEVEL_CODES[name];
    if (code === undefined) throw new Error(`${what}: cannot encode the access level ${JSON.stringify(name)}`);
    return code;
  };
  const fields = [
    level(action.accessLevel),
    action.accessLevels.length === 1 && action.accessLevels[0] === action.accessLevel ? "" : action.accessLevels.map(level).join(L),
    action.permissionOnly ? "1" : "",
    action.resourceTypes.map((r, i) => [resourceType(r.name), r.required ? "1" : "0", rowKeys[i]!.join(T)].join(R)).join(L),
    actionKeys.join(L),
    action.dependentActions.map(dependentAction).join(L),
    action.operations.map((o) => (o.name === action.name ? R : o.name)).join(L),
  ];
  const separators = F + L + R + T;
  return (separators === DEFAULT_FACT_SEPARATORS ? "" : separators) + fields.join(F);
}

/** Access levels as facts write them: a letter each (so facts with default separators start with one). */
const ACCESS_LEVEL_CODES: Record<string, string> = { List: "L", Read: "R", Write: "W", "Permissions management": "P", Tagging: "T" };
/** The separators most facts use, which they then leave out (see ActionFacts in package/_types.ts). */
const DEFAULT_FACT_SEPARATORS = SEPARATOR_CANDIDATES.slice(0, 4).join("");

/** The SDK package and client most of a service's SDK methods name, which rows then leave out. */
export function sdkDefaults(actions: Action[]): SdkDefaults {
  const methods = actions.flatMap((a) => a.operations.flatMap((o) => o.sdk));
  return { package: mostCommon(methods.map((m) => m.package)), client: mostCommon(methods.map((m) => m.name)) };
}

export interface SdkDefaults {
  package: string;
  client: string;
}

function mostCommon(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = "";
  let bestCount = 0;
  for (const [v, n] of [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) if (n > bestCount) [best, bestCount] = [v, n];
  return best;
}

/**
 * An action's details, needed only at run time: `S L T U`, the SDK methods, S, the description
 * (which runs to the end). SDK methods: per operation (by L, in the order of the facts), its
 * methods (by T), each package U client U method, where an empty package or client is the
 * service default and an empty method is the snake_case of the operation name. (The API doc
 * link is in the JSDoc only.)
 */
export function encodeActionDetails(action: Action, defaults: SdkDefaults, what: string): string {
  const sdk = action.operations.map((o) => o.sdk.map((m) => [m.package, m.name, m.method]));
  const [S, L, T, U] = separatorsFor(sdk.flat(2), 4, what) as [string, string, string, string];
  const methods = action.operations
    .map((o, i) =>
      sdk[i]!.map(([pkg, client, method]) =>
        [pkg === defaults.package ? "" : pkg, client === defaults.client ? "" : client, method === snakeCase(o.name) ? "" : method].join(U),
      ).join(T),
    )
    .join(L);
  return S + L + T + U + methods + S + action.description;
}

/**
 * A resource type: `F L` then its ARN formats, as the names of their builders (by L; empty for
 * one builder named as the resource type), F, condition keys (by L; see indexRef). The formats'
 * text is in the builders' encoded formats (see encodeArnFormat).
 */
export function encodeResourceType(rt: ResourceType, builders: readonly string[], keyIndex: NameIndex, what: string): string {
  const keys = nonEmpty(rt.conditionKeys, what).map(indexRef(keyIndex, what, "condition key"));
  const formats = builders.length === 1 && builders[0] === rt.name ? [] : builders;
  const [F, L] = separatorsFor([...formats, ...keys], 2, what) as [string, string];
  return F + L + formats.join(L) + F + keys.join(L);
}

/** Resource type -> the builders of its ARN formats (arnFormatsOf), in the order of its arnFormats. */
export function buildersByResourceType(resourceTypes: readonly ResourceType[], formats: readonly ArnFormat[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const rt of resourceTypes) {
    // A format listed twice has two builders: each is taken once.
    const own = formats.filter((f) => f.resourceType === rt.name);
    const builderOf = (format: string) => {
      const at = own.findIndex((f) => f.format === format);
      if (at < 0) throw new Error(`resource type ${JSON.stringify(rt.name)}: no builder for the ARN format ${JSON.stringify(format)}`);
      return own.splice(at, 1)[0]!.builder;
    };
    out.set(rt.name, rt.arnFormats.map(builderOf));
  }
  return out;
}

/** Names (of a service's condition keys, or of its resource types) -> their index in its list of them. */
export type NameIndex = ReadonlyMap<string, number>;
export const nameIndexOf = (items: readonly { name: string }[]): NameIndex => new Map(items.map((k, i) => [k.name, i]));

/** What facts refer to by index: the service's condition keys, resource types and oft-named dependent actions, in order. */
export interface MemberIndex {
  keys: NameIndex;
  resourceTypes: NameIndex;
  dependentActions: NameIndex;
  /** The dependent actions indexed (dependentActionListOf), which the module and the root list. */
  dependentActionList: string[];
}
export function memberIndexOf(service: Pick<Service, "prefix" | "conditionKeys" | "resourceTypes" | "actions">): MemberIndex {
  // The runtime takes the resource type list from the keys of an object, which put such names first.
  for (const rt of service.resourceTypes)
    if (/^[0-9]+$/.test(rt.name)) throw new Error(`${service.prefix}: cannot encode the resource type ${JSON.stringify(rt.name)}: a name of digits alone reads as an index`);
  const dependentActionList = dependentActionListOf(service.actions);
  return {
    keys: nameIndexOf(service.conditionKeys),
    resourceTypes: nameIndexOf(service.resourceTypes),
    dependentActions: nameIndexOf(dependentActionList.map((name) => ({ name }))),
    dependentActionList,
  };
}

/**
 * The dependent actions that facts write as an index: those that more than one of the service's
 * actions names (ec2:DescribeVpcs and the like recur across a service; one named once is
 * shorter by name).
 */
export function dependentActionListOf(actions: readonly Action[]): string[] {
  const counts = new Map<string, number>();
  for (const a of actions) for (const d of new Set(a.dependentActions)) counts.set(d, (counts.get(d) ?? 0) + 1);
  return [...counts].filter(([, n]) => n > 1).map(([d]) => d).sort(compareStrings);
}

/**
 * How facts write a condition key, resource type or dependent action: as its index in the
 * service's list of them (digits) when it is there, which keeps facts short (an action can list
 * dozens of long keys), else by name. A name of digits alone would read as an index, and is refused.
 */
const indexRef = (index: NameIndex, what: string, kind: string) => (name: string) => {
  if (/^[0-9]+$/.test(name)) throw new Error(`${what}: cannot encode the ${kind} ${JSON.stringify(name)}: a name of digits alone reads as an index`);
  const i = index.get(name);
  return i === undefined ? name : String(i);
};

/**
 * An ARN format: `S P` then, joined by S, the resource type, then text and parameters
 * alternating (text first, possibly empty). A parameter is written as its placeholder
 * (`KeyId`, `Partition`), followed by P and its name when that is not the placeholder with a
 * lower-case first letter (`JobID` P `jobId`).
 */
export function encodeArnFormat(f: ArnFormat, what: string): string {
  const parts: string[] = [f.resourceType];
  const texts: string[] = [];
  let text = "";
  for (const part of f.parts) {
    if ("text" in part) {
      text += part.text;
      continue;
    }
    parts.push(text, part.placeholder);
    texts.push(part.param);
    text = "";
  }
  parts.push(text);
  const [S, P] = separatorsFor([...parts, ...texts], 2, what) as [string, string];
  let p = 0;
  for (const part of f.parts) {
    if ("text" in part) continue;
    const at = 2 + 2 * p++;
    // The partition is always named `partition`.
    if (!part.isPartition && part.param !== uncapitalize(part.placeholder)) parts[at] = part.placeholder + P + part.param;
  }
  return S + P + parts.join(S);
}

const uncapitalize = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** A condition key's runtime row: `F L` then types (by L), F, deprecated (0/1), F, replacement, F, description (to the end). */
export function encodeConditionKeyRow(key: { types: string[]; description: string; deprecated?: { replacement?: string } }, what: string): string {
  const replacement = key.deprecated?.replacement ?? "";
  const [F, L] = separatorsFor([...key.types, replacement], 2, what) as [string, string];
  return F + L + key.types.join(L) + F + (key.deprecated ? "1" : "0") + F + replacement + F + key.description;
}
