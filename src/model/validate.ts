import { readFileSync } from "node:fs";
import { Ajv, type ValidateFunction, type ErrorObject } from "ajv";
import type { CatalogIndex, Service } from "./types.js";
import { schemaPath } from "./paths.js";

export class ValidationError extends Error {
  constructor(
    readonly file: string,
    readonly errors: { path: string; message: string }[],
  ) {
    super(`${file}: does not match its schema:\n` + errors.map((e) => `  at ${e.path || "/"}: ${e.message}`).join("\n"));
    this.name = "ValidationError";
  }
}

let compiled: { service: ValidateFunction; index: ValidateFunction } | undefined;

function validators() {
  if (compiled) return compiled;
  const ajv = new Ajv({ allErrors: true, strict: true });
  // json-schema-to-typescript's type override; no validation meaning.
  const load = (f: string) => JSON.parse(readFileSync(schemaPath(f), "utf8"));
  ajv.addSchema(load("service.schema.json"));
  ajv.addSchema(load("index.schema.json"));
  compiled = {
    service: ajv.getSchema("https://github.com/aws-iam-catalog/aws-iam-catalog/schemas/service.schema.json")!,
    index: ajv.getSchema("https://github.com/aws-iam-catalog/aws-iam-catalog/schemas/index.schema.json")!,
  };
  return compiled;
}

const describe = (errors: ErrorObject[] | null | undefined) =>
  (errors ?? []).map((e) => ({
    path: e.instancePath,
    message: `${e.message ?? "invalid"}${e.params && "allowedValues" in e.params ? ` (${(e.params.allowedValues as string[]).join(", ")})` : ""}${e.params && "additionalProperty" in e.params ? ` (${e.params.additionalProperty})` : ""}`,
  }));

/** Throws a ValidationError naming `file` and each JSON path that violates schemas/service.schema.json. */
export function assertValidService(value: unknown, file: string): asserts value is Service {
  const v = validators().service;
  if (!v(value)) throw new ValidationError(file, describe(v.errors));
}

export function assertValidIndex(value: unknown, file: string): asserts value is CatalogIndex {
  const v = validators().index;
  if (!v(value)) throw new ValidationError(file, describe(v.errors));
}
