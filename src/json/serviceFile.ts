import type { ConditionKeyType } from "../model/types.js";
import { readConditionKeyType } from "./conditionKeyType.js";
import {
  ObjectReader,
  arrayOf,
  asBoolean,
  asName,
  asObject,
  asString,
  child,
  fail,
  patternOf,
  pointerOf,
  type JsonLocation,
} from "./jsonValue.js";

/**
 * One per-service file of the official JSON reference, checked and typed but not yet interpreted.
 * Members absent from older schema versions (Annotations, Operations, AuthorizedActions: v1.1 has
 * none of them, some v1.4 operations lack AuthorizedActions) stay undefined.
 */
export interface JsonServiceFile {
  name: string;
  version: string;
  actions: JsonAction[];
  resources: JsonResource[];
  conditionKeys: JsonConditionKey[];
  operations: JsonOperation[] | undefined;
}

export interface JsonAction {
  name: string;
  actionConditionKeys: string[];
  annotations: JsonAnnotations | undefined;
  resources: { name: string; conditionKeys: string[] }[];
}

export interface JsonAnnotations {
  isList: boolean;
  isPermissionManagement: boolean;
  isTaggingOnly: boolean;
  isWrite: boolean;
}

export interface JsonResource {
  name: string;
  arnFormats: string[];
  conditionKeys: string[];
}

export interface JsonConditionKey {
  name: string;
  types: ConditionKeyType[];
}

export interface JsonOperation {
  name: string;
  sdk: { package: string; name: string; method: string }[];
  authorizedActions: JsonAuthorizedAction[] | undefined;
}

export interface JsonAuthorizedAction {
  name: string;
  service: string;
  context: Record<string, string[]> | undefined;
}

/** Same patterns as schemas/service.schema.json, checked here so the error names the JSON path. */
const PREFIX_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
const ACTION_NAME_PATTERN = /^[A-Za-z0-9_.-]+$/;

/** Collects the JSON paths (indices as `*`) of members no reader knows. */
export type UnknownFields = Set<string>;

function record<T>(unknown: UnknownFields, read: (r: ObjectReader) => T) {
  return (value: unknown, at: JsonLocation): T => {
    const r = new ObjectReader(value, at);
    const out = read(r);
    for (const key of r.unknownKeys()) unknown.add(patternOf([...at.path, key]));
    return out;
  };
}

const strings = arrayOf(asString);

function matching(pattern: RegExp, what: string) {
  return (value: unknown, at: JsonLocation): string => {
    const s = asName(value, at);
    if (!pattern.test(s)) fail(at, `"${s}" is not a valid ${what} (${pattern.source})`);
    return s;
  };
}

/** Free-form maps whose content the catalog does not use; only their kind is checked. */
function objectOfBooleans(value: unknown, at: JsonLocation): void {
  const o = asObject(value, at);
  for (const [k, v] of Object.entries(o)) asBoolean(v, child(at, k));
}

function contextMap(value: unknown, at: JsonLocation): Record<string, string[]> {
  const o = asObject(value, at);
  const out: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(o)) out[k] = strings(v, child(at, k));
  return out;
}

export function readServiceFile(value: unknown, file: string, unknown: UnknownFields): JsonServiceFile {
  const annotations = record(unknown, (r): JsonAnnotations => {
    const p = r.required(
      "Properties",
      record(unknown, (q) => ({
        isList: q.required("IsList", asBoolean),
        isPermissionManagement: q.required("IsPermissionManagement", asBoolean),
        isTaggingOnly: q.required("IsTaggingOnly", asBoolean),
        isWrite: q.required("IsWrite", asBoolean),
      })),
    );
    return p;
  });

  const actionResource = record(unknown, (r) => ({
    name: r.required("Name", asName),
    conditionKeys: r.optional("ConditionKeys", strings) ?? [],
  }));

  const action = record(unknown, (r): JsonAction => {
    const out: JsonAction = {
      name: r.required("Name", matching(ACTION_NAME_PATTERN, "action name")),
      actionConditionKeys: r.optional("ActionConditionKeys", strings) ?? [],
      annotations: r.optional("Annotations", annotations),
      resources: r.optional("Resources", arrayOf(actionResource)) ?? [],
    };
    r.ignored("SupportedBy", objectOfBooleans);
    return out;
  });

  const resource = record(unknown, (r): JsonResource => {
    const out = {
      name: r.required("Name", asName),
      arnFormats: r.required("ARNFormats", strings),
      conditionKeys: r.optional("ConditionKeys", strings) ?? [],
    };
    if (out.arnFormats.length === 0) fail(child(r.at, "ARNFormats"), "empty: a resource type needs an ARN format");
    return out;
  });

  const conditionKey = record(unknown, (r): JsonConditionKey => ({
    name: r.required("Name", asName),
    types: r.required("Types", arrayOf(readConditionKeyType)),
  }));

  const authorizedAction = record(unknown, (r): JsonAuthorizedAction => ({
    name: r.required("Name", matching(ACTION_NAME_PATTERN, "action name")),
    service: r.required("Service", matching(PREFIX_PATTERN, "service prefix")),
    context: r.optional("Context", contextMap),
  }));

  const sdkMethod = record(unknown, (r) => ({
    package: r.required("Package", asName),
    name: r.required("Name", asName),
    method: r.required("Method", asName),
  }));

  const operation = record(unknown, (r): JsonOperation => ({
    name: r.required("Name", asName),
    sdk: r.required("SDK", arrayOf(sdkMethod)),
    authorizedActions: r.optional("AuthorizedActions", arrayOf(authorizedAction)),
  }));

  return record(unknown, (r): JsonServiceFile => ({
    name: r.required("Name", matching(PREFIX_PATTERN, "service prefix")),
    version: r.required("Version", asName),
    actions: r.required("Actions", uniquelyNamed(action, "action")),
    resources: r.optional("Resources", uniquelyNamed(resource, "resource type")) ?? [],
    conditionKeys: r.optional("ConditionKeys", uniquelyNamed(conditionKey, "condition key")) ?? [],
    operations: r.optional("Operations", uniquelyNamed(operation, "operation")),
  }))(value, { file, path: [] });
}

/** An array of named records in which a name appears once: a repeated name would be two records for one thing. */
function uniquelyNamed<T extends { name: string }>(read: (value: unknown, at: JsonLocation) => T, what: string) {
  return (value: unknown, at: JsonLocation): T[] => {
    const items = arrayOf(read)(value, at);
    const first = new Map<string, number>();
    items.forEach((item, i) => {
      const earlier = first.get(item.name);
      if (earlier !== undefined) fail(child(child(at, i), "Name"), `duplicate ${what} name "${item.name}" (first at ${pointerOf([...at.path, earlier])})`);
      first.set(item.name, i);
    });
    return items;
  };
}
