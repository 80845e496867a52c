import type { JsonServiceInput } from "../model/inputs.js";
import type { Service } from "../model/types.js";
import { compareStrings } from "../model/normalize.js";
import { JsonInputError, parseJsonText } from "./jsonValue.js";
import { readServiceFile, type UnknownFields } from "./serviceFile.js";
import { serviceFromJsonFile, type JsonServiceGaps } from "./toService.js";

export interface ParsedServiceJson {
  service: Service;
  /** JSON paths (indices as `*`) of members this reader does not know; kept out of the catalog. */
  unknownFields: string[];
  gaps: JsonServiceGaps;
}

/**
 * One per-service file of the official JSON → a catalog service with sources ["json"]. Any schema
 * version seen so far (v1.1 … v1.4). A missing required member, a wrong kind of value or an unknown
 * condition-key type is a JsonInputError naming the file and the JSON path.
 */
export function parseServiceJson(input: JsonServiceInput): ParsedServiceJson {
  const unknown: UnknownFields = new Set();
  const file = readServiceFile(parseJsonText(input.text, input.file), input.file, unknown);
  if (file.name !== input.service)
    throw new JsonInputError(input.file, "/Name", `"${file.name}" is not the service "${input.service}" that the index or file name gives`);
  const { service, gaps } = serviceFromJsonFile(file);
  return { service, unknownFields: [...unknown].sort(compareStrings), gaps };
}
