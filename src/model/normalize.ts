import type {
  Action,
  ActionResourceType,
  AuthorizedAction,
  ConditionKey,
  Operation,
  ResourceType,
  SdkMethod,
  Service,
  Source,
} from "./types.js";

/** Code-unit order: the same in every locale, so output bytes never depend on the machine. */
export const compareStrings = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
export const byName = <T extends { name: string }>(a: T, b: T) => compareStrings(a.name, b.name);

/** Sorted and de-duplicated copy. */
export const uniqueSorted = <T extends string>(values: Iterable<T>): T[] => [...new Set(values)].sort(compareStrings);

const sources = (s: Source[]) => uniqueSorted(s);

/**
 * Canonical form of a service: every array sorted and de-duplicated, every object rebuilt with a
 * fixed key order, so that serialising equal services gives identical bytes.
 */
export function normalizeService(s: Service): Service {
  return {
    prefix: s.prefix,
    name: s.name,
    sources: sources(s.sources),
    pages: dedupeBy([...s.pages].sort((a, b) => compareStrings(a.url, b.url) || compareStrings(a.name, b.name)), (p) => `${p.url}\n${p.name}`).map((p) => ({ name: p.name, url: p.url })),
    actions: [...s.actions].sort(byName).map(normalizeAction),
    resourceTypes: [...s.resourceTypes].sort(byName).map(normalizeResourceType),
    conditionKeys: [...s.conditionKeys].sort(byName).map(normalizeConditionKey),
  };
}

function normalizeAction(a: Action): Action {
  const out: Action = {
    name: a.name,
    description: a.description,
    accessLevel: a.accessLevel,
    accessLevels: uniqueSorted(a.accessLevels),
    permissionOnly: a.permissionOnly,
    resourceTypes: [...a.resourceTypes].sort(byName).map(normalizeActionResourceType),
    conditionKeys: uniqueSorted(a.conditionKeys),
    dependentActions: uniqueSorted(a.dependentActions),
    operations: dedupeBy([...a.operations].sort(byName), (o) => o.name).map(normalizeOperation),
    sources: sources(a.sources),
  };
  // Optional members go after the required ones, in a fixed order.
  if (a.apiDocUrl !== undefined) out.apiDocUrl = a.apiDocUrl;
  if (a.annotations !== undefined)
    out.annotations = {
      isList: a.annotations.isList,
      isPermissionManagement: a.annotations.isPermissionManagement,
      isTaggingOnly: a.annotations.isTaggingOnly,
      isWrite: a.annotations.isWrite,
    };
  return out;
}

const normalizeActionResourceType = (r: ActionResourceType): ActionResourceType => ({
  name: r.name,
  required: r.required,
  conditionKeys: uniqueSorted(r.conditionKeys),
});

const sdkKey = (m: SdkMethod) => `${m.package}\n${m.name}\n${m.method}`;

function normalizeOperation(o: Operation): Operation {
  return {
    name: o.name,
    sdk: dedupeBy([...o.sdk].sort((a, b) => compareStrings(sdkKey(a), sdkKey(b))), sdkKey).map((m) => ({
      package: m.package,
      name: m.name,
      method: m.method,
    })),
    authorizedActions: dedupeBy(
      [...o.authorizedActions].sort((a, b) => compareStrings(authorizedKey(a), authorizedKey(b))),
      authorizedKey,
    ).map(normalizeAuthorizedAction),
  };
}

const authorizedKey = (a: AuthorizedAction) => `${a.action}\n${JSON.stringify(normalizeAuthorizedAction(a).context ?? null)}`;

function normalizeAuthorizedAction(a: AuthorizedAction): AuthorizedAction {
  if (!a.context) return { action: a.action };
  const context: Record<string, string[]> = {};
  for (const key of Object.keys(a.context).sort(compareStrings)) context[key] = uniqueSorted(a.context[key] ?? []);
  return { action: a.action, context };
}

const normalizeResourceType = (r: ResourceType): ResourceType => ({
  name: r.name,
  arnFormats: uniqueSorted(r.arnFormats),
  conditionKeys: uniqueSorted(r.conditionKeys),
  sources: sources(r.sources),
});

function normalizeConditionKey(k: ConditionKey): ConditionKey {
  const out: ConditionKey = { name: k.name, description: k.description, types: uniqueSorted(k.types), sources: sources(k.sources) };
  if (k.deprecated) out.deprecated = k.deprecated.replacement === undefined ? {} : { replacement: k.deprecated.replacement };
  return out;
}

function dedupeBy<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((t) => {
    const k = key(t);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** 2-space JSON with a final newline: the on-disk form of every catalog file. */
export const toJson = (value: unknown) => JSON.stringify(value, null, 2) + "\n";
