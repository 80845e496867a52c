// Plain data (strings, numbers, booleans, arrays, objects) written as a TypeScript expression.
import { objectKey, stringLiteral } from "./escape.js";

export type LiteralValue = string | number | boolean | null | LiteralValue[] | { [key: string]: LiteralValue } | Raw;

/** Source text inserted as is (already escaped by its maker), e.g. `"…" as string`. */
export class Raw {
  constructor(readonly text: string) {}
}

export function literal(value: LiteralValue): string {
  if (value instanceof Raw) return value.text;
  if (typeof value === "string") return stringLiteral(value);
  if (typeof value === "number" || typeof value === "boolean" || value === null) return String(value);
  if (Array.isArray(value)) return `[${value.map(literal).join(", ")}]`;
  const entries = Object.entries(value).map(([k, v]) => `${objectKey(k)}: ${literal(v)}`);
  return entries.length ? `{ ${entries.join(", ")} }` : "{}";
}
