import { readFileSync } from "node:fs";
import type { ConditionKeyType } from "./types.js";
import { schemaPath } from "./paths.js";

/** Every condition-key type the schema allows, read from the schema so there is one list. */
export const CONDITION_KEY_TYPES: readonly ConditionKeyType[] = (
  JSON.parse(readFileSync(schemaPath("service.schema.json"), "utf8")) as { definitions: { ConditionKeyType: { enum: ConditionKeyType[] } } }
).definitions.ConditionKeyType.enum;
