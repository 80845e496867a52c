import type { Operation } from "./types.js";

/**
 * Dependent actions of `prefix:action`, derived from the operations that authorize it: an
 * operation named like the action is the call the action exists for, and every other action that
 * operation authorizes (often another service's, such as iam:PassRole) is needed alongside it.
 * Operations named otherwise merely include this action among theirs, so they add nothing.
 */
export function dependentActionsFromOperations(prefix: string, action: string, operations: Operation[]): string[] {
  const self = `${prefix}:${action}`;
  const out = new Set<string>();
  for (const op of operations) {
    if (op.name !== action) continue;
    for (const a of op.authorizedActions) if (a.action !== self) out.add(a.action);
  }
  return [...out];
}
