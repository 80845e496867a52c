import type { ConditionKeyType } from "../model/types.js";
import { CONDITION_KEY_TYPES } from "../model/conditionKeyTypes.js";

const TYPES = CONDITION_KEY_TYPES;

// Older pages spell some types differently: "Arn" (stale Amazon Macie Classic page), "Long"
// (named by the corpus notes for old pages). Case differences are covered by the lookup itself.
const OLD_SPELLINGS: Record<string, ConditionKeyType> = {
  long: "Numeric",
  arrayoflong: "ArrayOfNumeric",
};

const byKey = new Map<string, ConditionKeyType>([...TYPES.map((t) => [t.toLowerCase(), t] as const), ...Object.entries(OLD_SPELLINGS)]);

/** The schema's spelling of a Type cell entry, or undefined when the type is unknown. */
export const conditionKeyType = (text: string): ConditionKeyType | undefined => byKey.get(text.replace(/\s+/g, "").toLowerCase());

export const knownConditionKeyTypes = TYPES;
