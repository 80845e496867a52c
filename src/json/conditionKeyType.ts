import type { ConditionKeyType } from "../model/types.js";
import { CONDITION_KEY_TYPES } from "../model/conditionKeyTypes.js";
import { fail, type JsonLocation, asString } from "./jsonValue.js";

/** The official JSON spells types exactly as the schema does. */
const KNOWN_TYPES: ReadonlySet<string> = new Set(CONDITION_KEY_TYPES);

/** A type the schema does not know is an error: a new AWS type must be added to the schema on purpose. */
export function readConditionKeyType(value: unknown, at: JsonLocation): ConditionKeyType {
  const s = asString(value, at);
  if (!KNOWN_TYPES.has(s)) fail(at, `unknown condition key type "${s}" (known: ${[...KNOWN_TYPES].join(", ")})`);
  return s as ConditionKeyType;
}
