import type { Action, ActionResourceType, ConditionKey, Operation, ResourceType, Service, Source } from "../model/types.js";
import { compareStrings, uniqueSorted } from "../model/normalize.js";

/**
 * One catalog from the pages and the official JSON. What only the pages have (descriptions, the
 * "required" marker, display names, doc links, deprecations, the page's access level) comes from
 * the pages; what only the JSON has (SDK operations, the dependent actions they imply, the
 * access-level flags) from the JSON. Lists both give (resource types, keys, ARN formats, types)
 * are united: a record or name present in one source only is kept, and `sources` says which
 * publications hold each service, action, resource type and condition key. Disagreements are the
 * reconcile report's business, not the merge's. Services come out in prefix order; the canonical
 * order of everything inside is normalizeService's job when the catalog is rendered.
 */
export function mergeSources(html: Service[] | undefined, json: Service[] | undefined): Service[] {
  const pages = byPrefix(html ?? [], "html");
  const official = byPrefix(json ?? [], "json");
  const prefixes = uniqueSorted([...pages.keys(), ...official.keys()]);
  return prefixes.map((prefix) => {
    const h = pages.get(prefix);
    const j = official.get(prefix);
    return h && j ? mergeService(h, j) : (h ?? j)!;
  });
}

function byPrefix(services: Service[], source: Source): Map<string, Service> {
  const out = new Map<string, Service>();
  for (const s of services) {
    if (out.has(s.prefix)) throw new Error(`merge: service prefix "${s.prefix}" appears twice in the ${source} input`);
    out.set(s.prefix, s);
  }
  return out;
}

const sources = (a: { sources: Source[] }, b: { sources: Source[] }) => uniqueSorted([...a.sources, ...b.sources]);

export function mergeService(html: Service, json: Service): Service {
  return {
    prefix: html.prefix,
    name: html.name,
    sources: sources(html, json),
    pages: html.pages,
    actions: mergeByName(html.actions, json.actions, mergeAction),
    resourceTypes: mergeByName(html.resourceTypes, json.resourceTypes, mergeResourceType),
    conditionKeys: mergeByName(html.conditionKeys, json.conditionKeys, mergeConditionKey),
  };
}

/** Records of both lists by name: pairs merged, the rest kept as they are. Sorted by name. */
export function mergeByName<T extends { name: string }>(html: T[], json: T[], merge: (h: T, j: T) => T): T[] {
  const fromJson = new Map(json.map((j) => [j.name, j]));
  const out: T[] = [];
  for (const h of html) {
    const j = fromJson.get(h.name);
    out.push(j ? merge(h, j) : h);
    fromJson.delete(h.name);
  }
  out.push(...fromJson.values());
  return out.sort((a, b) => compareStrings(a.name, b.name));
}

export function mergeAction(html: Action, json: Action): Action {
  const out: Action = {
    name: html.name,
    description: html.description,
    accessLevel: html.accessLevel,
    accessLevels: html.accessLevels,
    permissionOnly: html.permissionOnly,
    resourceTypes: mergeByName(html.resourceTypes, json.resourceTypes, mergeActionResourceType),
    conditionKeys: uniqueSorted([...html.conditionKeys, ...json.conditionKeys]),
    dependentActions: uniqueSorted([...html.dependentActions, ...json.dependentActions]),
    // The July 2026 page layout has an operations table too; its rows and the JSON's are united.
    operations: mergeByName(html.operations, json.operations, mergeOperation),
    sources: sources(html, json),
  };
  if (html.apiDocUrl !== undefined) out.apiDocUrl = html.apiDocUrl;
  const annotations = json.annotations ?? html.annotations;
  if (annotations !== undefined) out.annotations = annotations;
  return out;
}

/** `required` is the page's star; the JSON has no such marker. */
const mergeActionResourceType = (html: ActionResourceType, json: ActionResourceType): ActionResourceType => ({
  name: html.name,
  required: html.required,
  conditionKeys: uniqueSorted([...html.conditionKeys, ...json.conditionKeys]),
});

/** Duplicates across the two sources are removed by normalizeService (same SDK method, same authorized action and context). */
const mergeOperation = (html: Operation, json: Operation): Operation => ({
  name: html.name,
  sdk: [...html.sdk, ...json.sdk],
  authorizedActions: [...html.authorizedActions, ...json.authorizedActions],
});

const mergeResourceType = (html: ResourceType, json: ResourceType): ResourceType => ({
  name: html.name,
  arnFormats: uniqueSorted([...html.arnFormats, ...json.arnFormats]),
  conditionKeys: uniqueSorted([...html.conditionKeys, ...json.conditionKeys]),
  sources: sources(html, json),
});

function mergeConditionKey(html: ConditionKey, json: ConditionKey): ConditionKey {
  const out: ConditionKey = {
    name: html.name,
    description: html.description,
    types: uniqueSorted([...html.types, ...json.types]),
    sources: sources(html, json),
  };
  if (html.deprecated !== undefined) out.deprecated = html.deprecated;
  return out;
}
