import type { Service } from "../model/types.js";
import { compareStrings } from "../model/normalize.js";
import { mergeAction, mergeConditionKey, mergeResourceType } from "./mergeRecords.js";
import type { PageRecord } from "./types.js";

function mergeByName<T extends { name: string }>(lists: T[][], merge: (a: T, b: T) => T): T[] {
  const byName = new Map<string, T>();
  for (const list of lists)
    for (const item of list) {
      const known = byName.get(item.name);
      byName.set(item.name, known ? merge(known, item) : item);
    }
  return [...byName.values()];
}

/**
 * One Service per prefix (aws-marketplace has 11 pages, ses 4, apigateway 2). Pages are taken in
 * URL order, so the result does not depend on input order: the service name is the first page's,
 * a resource type given different ARNs by two pages keeps all of them, an action on two pages is
 * merged (see mergeAction).
 */
export function mergePagesByPrefix(records: PageRecord[]): Service[] {
  const byPrefix = new Map<string, PageRecord[]>();
  for (const r of records) {
    const list = byPrefix.get(r.prefix);
    if (list) list.push(r);
    else byPrefix.set(r.prefix, [r]);
  }
  return [...byPrefix.keys()].sort(compareStrings).map((prefix) => {
    const pages = byPrefix.get(prefix)!.sort((a, b) => compareStrings(a.url, b.url) || compareStrings(a.file, b.file));
    return {
      prefix,
      name: pages[0]!.name,
      sources: ["html"],
      pages: pages.map((p) => ({ name: p.name, url: p.url })),
      actions: mergeByName(
        pages.map((p) => p.actions),
        mergeAction,
      ),
      resourceTypes: mergeByName(
        pages.map((p) => p.resourceTypes),
        mergeResourceType,
      ),
      conditionKeys: mergeByName(
        pages.map((p) => p.conditionKeys),
        mergeConditionKey,
      ),
    };
  });
}
