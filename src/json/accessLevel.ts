import type { AccessLevel, Annotations } from "../model/types.js";

/**
 * The access levels the JSON's flags give. The flags are not exclusive: AWS sets IsWrite beside
 * IsTaggingOnly or IsPermissionManagement (the pages' combined "Tagging, Write"), and none set
 * means Read.
 */
export function accessLevelsFromAnnotations(a: Annotations): AccessLevel[] {
  const levels: AccessLevel[] = [];
  if (a.isPermissionManagement) levels.push("Permissions management");
  if (a.isTaggingOnly) levels.push("Tagging");
  if (a.isList) levels.push("List");
  if (a.isWrite) levels.push("Write");
  return levels.length ? levels : ["Read"];
}

/**
 * The schema's single classification of a set of levels: for a combination with Write, the
 * non-Write one. The order above decides between two non-Write flags, a combination AWS has not
 * published, so that the result is still deterministic.
 */
export function primaryAccessLevel(levels: readonly AccessLevel[]): AccessLevel {
  const nonWrite = levels.filter((l) => l !== "Write");
  return nonWrite[0] ?? levels[0] ?? "Read";
}
