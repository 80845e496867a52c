import type { ConditionKey, ResourceType, Service } from "../model/types.js";
import { countsOf } from "../model/catalog.js";
import { compareStrings } from "../model/normalize.js";
import { diffAction } from "./actionChanges.js";
import { change, kindOrder, type Change } from "./change.js";
import { jsonEqual } from "./jsonEqual.js";
import { byNameMap, pairUp, sameSet, setDelta, sortedUnique } from "./sets.js";

/** A service present in the new catalog only. Its contents are summarised by counts, not listed. */
export const serviceAdded = (s: Service): Change => change("service-added", "minor", s.prefix, {}, { after: countsOf(s) });

/**
 * A service present in the old catalog only. Every policy and import that names the prefix loses
 * its meaning, hence major, even when AWS retired the service on purpose.
 */
export const serviceRemoved = (s: Service): Change => change("service-removed", "major", s.prefix, {}, { before: countsOf(s) });

/** Changes between two versions of one service prefix, sorted. */
export function diffService(before: Service, after: Service): Change[] {
  if (jsonEqual(before, after)) return [];
  const prefix = after.prefix;
  const out: Change[] = [];
  if (before.name !== after.name)
    // The display name is documentation: policies use the prefix, and the generated package
    // names its exports after the prefix too. So a rename is patch, not major.
    out.push(change("service-renamed", "patch", prefix, {}, { before: before.name, after: after.name }));
  const pagesText = (s: Service) => sortedUnique(s.pages.map((p) => `${p.name} <${p.url}>`));
  if (!sameSet(pagesText(before), pagesText(after)))
    out.push(change("metadata-changed", "patch", prefix, { field: "pages" }, { before: pagesText(before), after: pagesText(after) }));
  if (!sameSet(before.sources, after.sources))
    out.push(
      change(
        "metadata-changed",
        "patch",
        prefix,
        { field: "sources" },
        { before: sortedUnique(before.sources), after: sortedUnique(after.sources) },
      ),
    );

  const actions = pairUp(byNameMap(before.actions, `${prefix} actions`), byNameMap(after.actions, `${prefix} actions`));
  for (const a of actions.added) out.push(change("action-added", "minor", prefix, { action: a.name }, { after: a.accessLevel }));
  // Statements naming the action stop matching anything, and the generated constant disappears.
  for (const a of actions.removed) out.push(change("action-removed", "major", prefix, { action: a.name }, { before: a.accessLevel }));
  for (const [b, a] of actions.both) if (!jsonEqual(b, a)) out.push(...diffAction(prefix, b, a));

  out.push(...resourceTypeChanges(prefix, before.resourceTypes, after.resourceTypes));
  out.push(...conditionKeyChanges(prefix, before.conditionKeys, after.conditionKeys));
  return out.sort(compareChanges);
}

function resourceTypeChanges(prefix: string, before: ResourceType[], after: ResourceType[]): Change[] {
  if (jsonEqual(before, after)) return [];
  const where = `${prefix} resource types`;
  const { added, removed, both } = pairUp(byNameMap(before, where), byNameMap(after, where));
  const out: Change[] = [
    ...added.map((r) => change("resource-type-added", "minor", prefix, { resourceType: r.name }, { after: sortedUnique(r.arnFormats) })),
    ...removed.map((r) =>
      change("resource-type-removed", "major", prefix, { resourceType: r.name }, { before: sortedUnique(r.arnFormats) }),
    ),
  ];
  for (const [b, a] of both) {
    const at = { resourceType: a.name };
    const arns = setDelta(b.arnFormats, a.arnFormats);
    if (arns.added.length || arns.removed.length)
      // A policy's Resource written against a format that is gone no longer matches the
      // resources AWS names with the new one (and generated ARN builders change shape): major.
      // Only gaining a format, as when a second page sharing the prefix gives another, leaves
      // every old ARN valid: minor.
      out.push(
        change("resource-type-arn-changed", arns.removed.length ? "major" : "minor", prefix, at, {
          before: sortedUnique(b.arnFormats),
          after: sortedUnique(a.arnFormats),
        }),
      );
    const keys = setDelta(b.conditionKeys, a.conditionKeys);
    for (const k of keys.added) out.push(change("resource-type-condition-key-added", "minor", prefix, { ...at, conditionKey: k }));
    // Conditions on a key the resource no longer carries evaluate as absent.
    for (const k of keys.removed) out.push(change("resource-type-condition-key-removed", "major", prefix, { ...at, conditionKey: k }));
    if (!sameSet(b.sources, a.sources))
      out.push(
        change(
          "metadata-changed",
          "patch",
          prefix,
          { ...at, field: "sources" },
          { before: sortedUnique(b.sources), after: sortedUnique(a.sources) },
        ),
      );
  }
  return out;
}

const deprecationText = (k: ConditionKey) =>
  k.deprecated ? `deprecated${k.deprecated.replacement ? `, use ${k.deprecated.replacement}` : ""}` : "not deprecated";

function conditionKeyChanges(prefix: string, before: ConditionKey[], after: ConditionKey[]): Change[] {
  if (jsonEqual(before, after)) return [];
  const where = `${prefix} condition keys`;
  const { added, removed, both } = pairUp(byNameMap(before, where), byNameMap(after, where));
  const out: Change[] = [
    ...added.map((k) => change("condition-key-added", "minor", prefix, { conditionKey: k.name }, { after: sortedUnique(k.types) })),
    // Conditions on a key that no longer exists evaluate as absent, and the generated key union loses it.
    ...removed.map((k) => change("condition-key-removed", "major", prefix, { conditionKey: k.name }, { before: sortedUnique(k.types) })),
  ];
  for (const [b, a] of both) {
    const at = { conditionKey: a.name };
    if (!sameSet(b.types, a.types))
      // The type decides which operators work (String*, Numeric*, Arn*, ForAnyValue: for
      // arrays): a condition written for the old type can silently stop matching, and the
      // generated key-type map changes. Some transitions (String -> ARN) keep string operators
      // working, but judging each pair would be guesswork; any type change is major.
      out.push(change("condition-key-type-changed", "major", prefix, at, { before: sortedUnique(b.types), after: sortedUnique(a.types) }));
    if (!b.deprecated && a.deprecated)
      // Deprecation announces a future removal but breaks nothing yet: minor, as semver treats deprecations.
      out.push(change("condition-key-deprecated", "minor", prefix, at, { after: a.deprecated.replacement ?? "" }));
    else if (deprecationText(b) !== deprecationText(a))
      // Un-deprecating, or naming another replacement, takes nothing away.
      out.push(
        change(
          "metadata-changed",
          "patch",
          prefix,
          { ...at, field: "deprecation" },
          { before: deprecationText(b), after: deprecationText(a) },
        ),
      );
    if (b.description !== a.description)
      out.push(change("condition-key-description-changed", "patch", prefix, at, { before: b.description, after: a.description }));
    if (!sameSet(b.sources, a.sources))
      out.push(
        change(
          "metadata-changed",
          "patch",
          prefix,
          { ...at, field: "sources" },
          { before: sortedUnique(b.sources), after: sortedUnique(a.sources) },
        ),
      );
  }
  return out;
}

const TARGET_FIELDS = ["action", "resourceType", "conditionKey", "operation", "field"] as const;

/** Kind order, then the names the change is about: a total order, so output never depends on input order. */
export function compareChanges(a: Change, b: Change): number {
  const byKind = kindOrder[a.kind] - kindOrder[b.kind];
  if (byKind) return byKind;
  for (const f of TARGET_FIELDS) {
    const c = compareStrings(a[f] ?? "", b[f] ?? "");
    if (c) return c;
  }
  return compareStrings(JSON.stringify([a.before, a.after]), JSON.stringify([b.before, b.after]));
}
