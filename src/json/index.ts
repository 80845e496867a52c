export { parseServiceJson, type ParsedServiceJson } from "./parseServiceJson.js";
export { parseJsonIndex, type JsonIndexEntry } from "./jsonIndex.js";
export { readJsonDir, localCandidatesForUrl } from "./readJsonDir.js";
export { JsonInputError } from "./jsonValue.js";
export { accessLevelsFromAnnotations, primaryAccessLevel } from "./accessLevel.js";
export type { JsonServiceGaps } from "./toService.js";
export { parseJsonServices, jsonWarnings } from "./parseJsonServices.js";
