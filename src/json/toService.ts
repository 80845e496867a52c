import type { Action, AuthorizedAction, ConditionKey, Operation, ResourceType, Service } from "../model/types.js";
import { dependentActionsFromOperations } from "../model/operations.js";
import { accessLevelsFromAnnotations, primaryAccessLevel } from "./accessLevel.js";
import type { JsonAction, JsonAuthorizedAction, JsonOperation, JsonServiceFile } from "./serviceFile.js";

/** What a JSON file holds that the catalog has no place for, so callers can say so. */
export interface JsonServiceGaps {
  /** Operations with no AuthorizedActions: the JSON does not say which action they need. */
  operationsWithoutActions: string[];
  /** Actions of this service that an operation authorizes but the file's Actions do not list. */
  unlistedAuthorizedActions: string[];
  /** Actions without Annotations (schema v1.1): their access level is not given, Read is assumed. */
  actionsWithoutAccessLevel: string[];
}

/**
 * The catalog's view of one JSON file. The JSON has no descriptions, no "required" marker, no
 * display names and no doc links, so those are empty/false/the prefix/absent.
 */
export function serviceFromJsonFile(file: JsonServiceFile): { service: Service; gaps: JsonServiceGaps } {
  const prefix = file.name;
  const operations = (file.operations ?? []).map(operationRecord);
  const byAction = operationsByAuthorizedAction(prefix, file.operations ?? [], operations);
  const listed = new Set(file.actions.map((a) => a.name));
  const gaps: JsonServiceGaps = {
    operationsWithoutActions: (file.operations ?? []).filter((o) => o.authorizedActions === undefined).map((o) => o.name),
    unlistedAuthorizedActions: [...byAction.keys()].filter((a) => !listed.has(a)),
    actionsWithoutAccessLevel: file.actions.filter((a) => a.annotations === undefined).map((a) => a.name),
  };
  const service: Service = {
    prefix,
    name: prefix,
    sources: ["json"],
    pages: [],
    actions: file.actions.map((a) => actionRecord(prefix, a, byAction.get(a.name) ?? [])),
    resourceTypes: file.resources.map(
      (r): ResourceType => ({ name: r.name, arnFormats: r.arnFormats, conditionKeys: r.conditionKeys, sources: ["json"] }),
    ),
    conditionKeys: file.conditionKeys.map((k): ConditionKey => ({ name: k.name, description: "", types: k.types, sources: ["json"] })),
  };
  return { service, gaps };
}

function actionRecord(prefix: string, a: JsonAction, operations: Operation[]): Action {
  const accessLevels = a.annotations ? accessLevelsFromAnnotations(a.annotations) : ["Read" as const];
  const action: Action = {
    name: a.name,
    description: "",
    accessLevel: primaryAccessLevel(accessLevels),
    accessLevels,
    permissionOnly: false,
    resourceTypes: a.resources.map((r) => ({ name: r.name, required: false, conditionKeys: r.conditionKeys })),
    conditionKeys: a.actionConditionKeys,
    dependentActions: dependentActionsFromOperations(prefix, a.name, operations),
    operations,
    sources: ["json"],
  };
  if (a.annotations) action.annotations = { ...a.annotations };
  return action;
}

function operationRecord(o: JsonOperation): Operation {
  return {
    name: o.name,
    sdk: o.sdk.map((m) => ({ package: m.package, name: m.name, method: m.method })),
    authorizedActions: (o.authorizedActions ?? []).map(authorizedActionRecord),
  };
}

function authorizedActionRecord(a: JsonAuthorizedAction): AuthorizedAction {
  const out: AuthorizedAction = { action: `${a.service}:${a.name}` };
  if (a.context !== undefined) out.context = a.context;
  return out;
}

/** This service's action name → the operations (of this file) that authorize it. */
function operationsByAuthorizedAction(prefix: string, raw: JsonOperation[], records: Operation[]): Map<string, Operation[]> {
  const out = new Map<string, Operation[]>();
  raw.forEach((o, i) => {
    const names = new Set((o.authorizedActions ?? []).filter((a) => a.service === prefix).map((a) => a.name));
    for (const name of names) {
      const list = out.get(name) ?? [];
      list.push(records[i]!);
      out.set(name, list);
    }
  });
  return out;
}
