import type { Action, ActionResourceType, Annotations, Operation } from "../model/types.js";
import { compareStrings } from "../model/normalize.js";
import { change, type Change } from "./change.js";
import { jsonEqual } from "./jsonEqual.js";
import { byNameMap, pairUp, sameSet, setDelta } from "./sets.js";

/** Changes between two versions of one action (same prefix, same name). */
export function diffAction(prefix: string, before: Action, after: Action): Change[] {
  const at = { action: after.name };
  const out: Change[] = [
    ...accessLevelChanges(prefix, before, after),
    ...resourceTypeChanges(prefix, before, after),
    ...keyChanges(prefix, after.name, undefined, before.conditionKeys, after.conditionKeys),
    ...dependentActionChanges(prefix, before, after),
    ...operationChanges(prefix, before, after),
  ];
  if (before.description !== after.description)
    // Descriptions are documentation: nothing a policy or a compiler sees.
    out.push(change("action-description-changed", "patch", prefix, at, { before: before.description, after: after.description }));
  out.push(...actionMetadataChanges(prefix, before, after));
  return out;
}

/** The primary level first, then the others the docs give (combined values such as "Tagging, Write"). */
export const levelsOf = (a: Action): string[] => [
  a.accessLevel,
  ...[...a.accessLevels].filter((l) => l !== a.accessLevel).sort(compareStrings),
];

function accessLevelChanges(prefix: string, before: Action, after: Action): Change[] {
  if (before.accessLevel === after.accessLevel && sameSet(before.accessLevels, after.accessLevels)) return [];
  // Major when the primary level changes or a level is dropped: the generated package groups
  // actions by access level (types), and policy generators pick actions by level, so the action
  // leaves a group consumers rely on ("read-only" sets would suddenly miss it, or worse, a Write
  // action would have been granted as Read). Gaining an extra level only adds it to one more
  // group, which breaks nobody: minor.
  const dropped = setDelta([before.accessLevel, ...before.accessLevels], [after.accessLevel, ...after.accessLevels]).removed;
  const impact = before.accessLevel !== after.accessLevel || dropped.length > 0 ? "major" : "minor";
  return [
    change("action-access-level-changed", impact, prefix, { action: after.name }, { before: levelsOf(before), after: levelsOf(after) }),
  ];
}

function resourceTypeChanges(prefix: string, before: Action, after: Action): Change[] {
  if (jsonEqual(before.resourceTypes, after.resourceTypes)) return [];
  const where = `${prefix}:${after.name} resource types`;
  const { added, removed, both } = pairUp(byNameMap(before.resourceTypes, where), byNameMap(after.resourceTypes, where));
  const out: Change[] = [];
  const at = (r: ActionResourceType) => ({ action: after.name, resourceType: r.name });
  for (const r of added)
    // A new required resource type means a request now also needs a grant on that resource:
    // least-privilege policies scoped to the old resources stop authorizing the action. An
    // optional one only lets policies scope more finely.
    out.push(change("action-resource-type-added", r.required ? "major" : "minor", prefix, at(r), { after: r.required }));
  for (const r of removed)
    // Statements that scope this action to that resource's ARN no longer authorize it.
    out.push(change("action-resource-type-removed", "major", prefix, at(r), { before: r.required }));
  for (const [b, a] of both) {
    if (b.required !== a.required)
      // Becoming required breaks policies that granted the action on other resources only;
      // becoming optional relaxes, so it breaks nobody.
      out.push(
        change("action-resource-type-required-changed", a.required ? "major" : "minor", prefix, at(a), {
          before: b.required,
          after: a.required,
        }),
      );
    out.push(...keyChanges(prefix, after.name, a.name, b.conditionKeys, a.conditionKeys));
  }
  return out;
}

/** Keys of the action-level row (resourceType undefined) or of one resource row of the action. */
function keyChanges(prefix: string, action: string, resourceType: string | undefined, before: string[], after: string[]): Change[] {
  const { added, removed } = setDelta(before, after);
  const target = (conditionKey: string) => (resourceType === undefined ? { action, conditionKey } : { action, resourceType, conditionKey });
  return [
    ...added.map((k) => change("action-condition-key-added", "minor", prefix, target(k))),
    // A condition on a key the action no longer supplies evaluates as absent: Allow statements
    // that test it stop matching.
    ...removed.map((k) => change("action-condition-key-removed", "major", prefix, target(k))),
  ];
}

function dependentActionChanges(prefix: string, before: Action, after: Action): Change[] {
  // Dependent actions are advice ("may also be needed"): AWS decides at call time whatever the
  // page says, and no name, type or key a consumer uses appears or disappears. Either direction
  // changes what a policy generator should emit alongside the action, which is worth a minor
  // release (it is more than documentation), but it cannot break a consumer: never major.
  const { added, removed } = setDelta(before.dependentActions, after.dependentActions);
  return [
    ...added.map((d) => change("action-dependent-action-added", "minor", prefix, { action: after.name }, { after: d })),
    ...removed.map((d) => change("action-dependent-action-removed", "minor", prefix, { action: after.name }, { before: d })),
  ];
}

/** One line per SDK method and per authorized action: what an operation's entry compares by. */
export function operationFacts(op: Operation): string[] {
  const sdk = op.sdk.map((m) => `sdk ${m.package} ${m.name}.${m.method}`);
  const authorizes = op.authorizedActions.map((a) => {
    const context = a.context
      ? Object.keys(a.context)
          .sort(compareStrings)
          .map((k) => ` ${k}=${[...(a.context?.[k] ?? [])].sort(compareStrings).join("|")}`)
          .join("")
      : "";
    return `authorizes ${a.action}${context}`;
  });
  return [...new Set([...sdk, ...authorizes])].sort(compareStrings);
}

function operationChanges(prefix: string, before: Action, after: Action): Change[] {
  if (jsonEqual(before.operations, after.operations)) return [];
  const where = `${prefix}:${after.name} operations`;
  const { added, removed, both } = pairUp(byNameMap(before.operations, where), byNameMap(after.operations, where));
  const at = (op: Operation) => ({ action: after.name, operation: op.name });
  const out: Change[] = [
    ...added.map((op) => change("action-operation-added", "minor", prefix, at(op), { after: operationFacts(op) })),
    // Consumers use operations to map an SDK call to the permissions it needs; the generated
    // lookup loses that call's entry, so code that looked it up no longer compiles or finds it.
    ...removed.map((op) => change("action-operation-removed", "major", prefix, at(op), { before: operationFacts(op) })),
  ];
  for (const [b, a] of both) {
    const factsBefore = operationFacts(b);
    const factsAfter = operationFacts(a);
    const delta = setDelta(factsBefore, factsAfter);
    if (delta.added.length === 0 && delta.removed.length === 0) continue;
    // Same rule as for whole operations: losing an SDK method or an authorized action removes
    // something a lookup returned; only gaining some is an addition.
    const impact = delta.removed.length > 0 ? "major" : "minor";
    out.push(change("action-operation-changed", impact, prefix, at(a), { before: factsBefore, after: factsAfter }));
  }
  return out;
}

const annotationsText = (a: Annotations | undefined) =>
  a === undefined
    ? "(none)"
    : `isList=${a.isList} isPermissionManagement=${a.isPermissionManagement} isTaggingOnly=${a.isTaggingOnly} isWrite=${a.isWrite}`;

/**
 * Fields that change no name, type or semantics a policy or compiler sees (patch): whether the
 * operation shares the action's name, the API doc link, the JSON's level flags (the level itself
 * is diffed above), and which publications list the action.
 */
function actionMetadataChanges(prefix: string, before: Action, after: Action): Change[] {
  const at = (field: "permissionOnly" | "apiDocUrl" | "annotations" | "sources") => ({ action: after.name, field });
  const out: Change[] = [];
  if (before.permissionOnly !== after.permissionOnly)
    out.push(
      change("metadata-changed", "patch", prefix, at("permissionOnly"), { before: before.permissionOnly, after: after.permissionOnly }),
    );
  if ((before.apiDocUrl ?? "") !== (after.apiDocUrl ?? ""))
    out.push(
      change("metadata-changed", "patch", prefix, at("apiDocUrl"), { before: before.apiDocUrl ?? "", after: after.apiDocUrl ?? "" }),
    );
  if (annotationsText(before.annotations) !== annotationsText(after.annotations))
    out.push(
      change("metadata-changed", "patch", prefix, at("annotations"), {
        before: annotationsText(before.annotations),
        after: annotationsText(after.annotations),
      }),
    );
  if (!sameSet(before.sources, after.sources))
    out.push(
      change("metadata-changed", "patch", prefix, at("sources"), {
        before: [...before.sources].sort(compareStrings),
        after: [...after.sources].sort(compareStrings),
      }),
    );
  return out;
}
