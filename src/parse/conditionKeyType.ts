import type { ConditionKeyType } from "../model/types.js";

const TYPES: readonly ConditionKeyType[] = [
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
];

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
