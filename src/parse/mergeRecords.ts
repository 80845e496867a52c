import type { Action, ActionResourceType, ConditionKey, Operation, ResourceType } from "../model/types.js";

/**
 * How two descriptions of the same record combine (two pages sharing a prefix, or one name twice
 * in a table): lists are united; single values come from the first one (the first page by URL),
 * falling back to the second when the first has none.
 */
const union = <T>(a: T[], b: T[]): T[] => [...new Set([...a, ...b])];

export function mergeAction(first: Action, second: Action): Action {
  const resources = new Map<string, ActionResourceType>(first.resourceTypes.map((r) => [r.name, { ...r, conditionKeys: [...r.conditionKeys] }]));
  for (const r of second.resourceTypes) {
    const known = resources.get(r.name);
    if (known) known.conditionKeys = union(known.conditionKeys, r.conditionKeys);
    else resources.set(r.name, { ...r, conditionKeys: [...r.conditionKeys] });
  }
  const merged: Action = {
    name: first.name,
    description: first.description || second.description,
    // The first page's classification stays the action's level; accessLevels records the conflict.
    accessLevel: first.accessLevel,
    accessLevels: union(first.accessLevels, second.accessLevels),
    permissionOnly: first.permissionOnly,
    resourceTypes: [...resources.values()],
    conditionKeys: union(first.conditionKeys, second.conditionKeys),
    dependentActions: union(first.dependentActions, second.dependentActions),
    operations: mergeOperations(first.operations, second.operations),
    sources: union(first.sources, second.sources),
  };
  const apiDocUrl = first.apiDocUrl ?? second.apiDocUrl;
  if (apiDocUrl !== undefined) merged.apiDocUrl = apiDocUrl;
  return merged;
}

export function mergeOperations(first: Operation[], second: Operation[]): Operation[] {
  const byName = new Map<string, Operation>(first.map((o) => [o.name, o]));
  for (const o of second) {
    const known = byName.get(o.name);
    byName.set(o.name, known ? { name: o.name, sdk: [...known.sdk, ...o.sdk], authorizedActions: [...known.authorizedActions, ...o.authorizedActions] } : o);
  }
  return [...byName.values()];
}

export function mergeResourceType(first: ResourceType, second: ResourceType): ResourceType {
  return {
    name: first.name,
    arnFormats: union(first.arnFormats, second.arnFormats),
    conditionKeys: union(first.conditionKeys, second.conditionKeys),
    sources: union(first.sources, second.sources),
  };
}

export function mergeConditionKey(first: ConditionKey, second: ConditionKey): ConditionKey {
  const merged: ConditionKey = {
    name: first.name,
    description: first.description || second.description,
    types: union(first.types, second.types),
    sources: union(first.sources, second.sources),
  };
  const deprecated = first.deprecated ?? second.deprecated;
  if (deprecated) merged.deprecated = deprecated;
  return merged;
}
