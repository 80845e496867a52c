import type { AccessLevel } from "../model/types.js";

const LEVELS: readonly AccessLevel[] = ["List", "Read", "Write", "Permissions management", "Tagging"];
const byKey = new Map(LEVELS.map((l) => [l.toLowerCase(), l]));

export interface AccessLevels {
  /** The page's classification: for a combination such as "Tagging, Write", the non-Write one. */
  accessLevel: AccessLevel;
  /** Every level the cell names, in page order. */
  accessLevels: AccessLevel[];
}

/**
 * Reads an Access level cell: one level, or (July 2026 layout) a comma-separated combination.
 * Returns a message instead when the cell names something else.
 */
export function readAccessLevels(cell: string): AccessLevels | string {
  const parts = cell
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) return "empty access level";
  const levels: AccessLevel[] = [];
  for (const p of parts) {
    const level = byKey.get(p.toLowerCase().replace(/\s+/g, " "));
    if (!level) return `unknown access level "${p}" (known: ${LEVELS.join(", ")})`;
    if (!levels.includes(level)) levels.push(level);
  }
  return { accessLevel: levels.find((l) => l !== "Write") ?? "Write", accessLevels: levels };
}
