import type { ConditionKeyType } from "../model/types.js";
import { fail, type JsonLocation, asString } from "./jsonValue.js";

/** The schema's ConditionKeyType enum; the official JSON spells types exactly so. */
const KNOWN_TYPES: ReadonlySet<string> = new Set<ConditionKeyType>([
  "String",
  "ArrayOfString",
  "ARN",
  "ArrayOfARN",
  "Bool",
  "ArrayOfBool",
  "Numeric",
  "ArrayOfNumeric",
  "Date",
  "ArrayOfDate",
  "IPAddress",
  "ArrayOfIPAddress",
]);

/** A type the schema does not know is an error: a new AWS type must be added to the schema on purpose. */
export function readConditionKeyType(value: unknown, at: JsonLocation): ConditionKeyType {
  const s = asString(value, at);
  if (!KNOWN_TYPES.has(s)) fail(at, `unknown condition key type "${s}" (known: ${[...KNOWN_TYPES].join(", ")})`);
  return s as ConditionKeyType;
}
