/**
 * Path-aware access to a parsed JSON document: every read knows the file and the JSON Pointer it
 * reads, so a wrong document fails with `s3.json: /Actions/12/Name: missing` rather than a
 * TypeError somewhere downstream.
 */

export class JsonInputError extends Error {
  constructor(
    readonly file: string,
    readonly pointer: string,
    readonly problem: string,
  ) {
    super(`${file}: ${pointer || "/"}: ${problem}`);
    this.name = "JsonInputError";
  }
}

export type JsonObject = Record<string, unknown>;

/** Where a value sits: the file, and its path as JSON Pointer segments. */
export interface JsonLocation {
  file: string;
  path: readonly (string | number)[];
}

const escapeSegment = (s: string | number) => String(s).replace(/~/g, "~0").replace(/\//g, "~1");

export const pointerOf = (path: readonly (string | number)[]) => path.map((s) => `/${escapeSegment(s)}`).join("");

/** The path with array indices replaced by `*`: one entry for a field that recurs in every action. */
export const patternOf = (path: readonly (string | number)[]) =>
  path.map((s) => `/${typeof s === "number" ? "*" : escapeSegment(s)}`).join("");

export const child = (at: JsonLocation, segment: string | number): JsonLocation => ({ file: at.file, path: [...at.path, segment] });

export const fail = (at: JsonLocation, problem: string): never => {
  throw new JsonInputError(at.file, pointerOf(at.path), problem);
};

export function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  return `a ${typeof value}`;
}

export function parseJsonText(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new JsonInputError(file, "", `invalid JSON: ${(e as Error).message}`);
  }
}

export function asObject(value: unknown, at: JsonLocation): JsonObject {
  if (value === null || typeof value !== "object" || Array.isArray(value)) fail(at, `expected an object, got ${kindOf(value)}`);
  return value as JsonObject;
}

export function asArray(value: unknown, at: JsonLocation): unknown[] {
  if (!Array.isArray(value)) fail(at, `expected an array, got ${kindOf(value)}`);
  return value as unknown[];
}

export function asString(value: unknown, at: JsonLocation): string {
  if (typeof value !== "string") fail(at, `expected a string, got ${kindOf(value)}`);
  return value as string;
}

export function asBoolean(value: unknown, at: JsonLocation): boolean {
  if (typeof value !== "boolean") fail(at, `expected a boolean, got ${kindOf(value)}`);
  return value as boolean;
}

/** A non-empty string: an empty name would make an unnamed record in the catalog. */
export function asName(value: unknown, at: JsonLocation): string {
  const s = asString(value, at);
  if (s.trim() === "") fail(at, "empty");
  return s;
}

/**
 * Reads one JSON object: `required`/`optional` fetch its members with their location, and
 * `unknownKeys` lists the members no reader asked about, so new fields in AWS's files get reported
 * instead of silently ignored.
 */
export class ObjectReader {
  readonly value: JsonObject;
  private readonly known = new Set<string>();

  constructor(
    value: unknown,
    readonly at: JsonLocation,
  ) {
    this.value = asObject(value, at);
  }

  required<T>(key: string, read: (value: unknown, at: JsonLocation) => T): T {
    this.known.add(key);
    const at = child(this.at, key);
    if (!Object.hasOwn(this.value, key)) fail(at, "missing");
    return read(this.value[key], at);
  }

  optional<T>(key: string, read: (value: unknown, at: JsonLocation) => T): T | undefined {
    this.known.add(key);
    if (!Object.hasOwn(this.value, key)) return undefined;
    return read(this.value[key], child(this.at, key));
  }

  /** A member that is known but not used (e.g. SupportedBy): checked for its kind, then ignored. */
  ignored(key: string, check: (value: unknown, at: JsonLocation) => unknown): void {
    this.optional(key, check);
  }

  unknownKeys(): string[] {
    return Object.keys(this.value).filter((k) => !this.known.has(k));
  }
}

/** Reads each element of an array with its location. */
export function arrayOf<T>(read: (value: unknown, at: JsonLocation) => T) {
  return (value: unknown, at: JsonLocation): T[] => asArray(value, at).map((item, i) => read(item, child(at, i)));
}
