// Condition keys as TypeScript sees them: a key with a placeholder (`aws:RequestTag/${TagKey}`,
// `s3:ExistingObjectTag/<key>`) becomes a template-literal index signature, the others plain
// properties. Keys that map to the same TypeScript key share one slot.
import type { ConditionKey, ConditionKeyType } from "../model/types.js";
import { compareStrings, uniqueSorted } from "../model/normalize.js";
import { regexText, stringLiteral, templateText } from "./escape.js";

export interface KeySlot {
  /** How the key is written as a type: `"kms:CallerAccount"` or `` `aws:RequestTag/${string}` ``. */
  typeKey: string;
  /** Whether typeKey is a template pattern (an index signature) rather than one name. */
  pattern: boolean;
  /** The catalog keys that map to this slot, sorted by name. */
  keys: ConditionKey[];
  /** Every type the slot's keys (and, for a pattern, the keys it covers) can have. */
  types: ConditionKeyType[];
}

/** `${Name}` as in ARNs, and `<name>` as some pages write it (s3:ExistingObjectTag/<key>). */
const KEY_PLACEHOLDER = /\$\{[^}]*\}|<[^<>]*>/g;

export const keyTexts = (name: string) => name.split(KEY_PLACEHOLDER);

/** The TypeScript key for a condition key name. */
export function typeKeyOf(name: string): { typeKey: string; pattern: boolean } {
  const texts = keyTexts(name);
  if (texts.length === 1) return { typeKey: stringLiteral(name), pattern: false };
  return { typeKey: "`" + texts.map(templateText).join("${string}") + "`", pattern: true };
}

/** Matches every string the key's template type accepts. */
const patternRegex = (name: string) => new RegExp("^" + keyTexts(name).map(regexText).join("[\\s\\S]*") + "$");
/** A string the key's template type accepts (every placeholder filled). */
const sampleOf = (name: string) => keyTexts(name).join("x");

/**
 * Groups keys into slots. A pattern's type must cover every key it also matches (TypeScript
 * requires a property, and a narrower pattern, to fit the index signature that applies to it),
 * so the types of covered keys are added to the pattern's.
 */
export function keySlots(keys: ConditionKey[]): KeySlot[] {
  const byTypeKey = new Map<string, KeySlot>();
  for (const key of [...keys].sort((a, b) => compareStrings(a.name, b.name))) {
    const { typeKey, pattern } = typeKeyOf(key.name);
    const slot = byTypeKey.get(typeKey) ?? { typeKey, pattern, keys: [], types: [] };
    slot.keys.push(key);
    slot.types = uniqueSorted([...slot.types, ...key.types]);
    byTypeKey.set(typeKey, slot);
  }
  const slots = [...byTypeKey.values()];
  const patterns = slots.filter((s) => s.pattern).map((s) => ({ slot: s, regex: patternRegex(s.keys[0]!.name) }));
  for (let changed = true; changed; ) {
    changed = false;
    for (const { slot, regex } of patterns)
      for (const other of slots) {
        if (other === slot || !regex.test(sampleOf(other.keys[0]!.name))) continue;
        const types = uniqueSorted([...slot.types, ...other.types]);
        if (types.length !== slot.types.length) {
          slot.types = types;
          changed = true;
        }
      }
  }
  return slots.sort((a, b) => Number(a.pattern) - Number(b.pattern) || compareStrings(a.typeKey, b.typeKey));
}

/** The key's types as a union of their names (what the Condition operators are chosen by). */
export function kindType(types: ConditionKeyType[]): string {
  return types.length === 0 ? "never" : types.map((t) => stringLiteral(t)).join(" | ");
}
