import { fileURLToPath } from "node:url";
import path from "node:path";

/** Root of this repository (src/model/ is two levels down). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export const schemaPath = (file: string) => path.join(repoRoot, "schemas", file);
export const defaultSnapshotsDir = path.join(repoRoot, "snapshots");
export const defaultGeneratedDir = path.join(repoRoot, "generated");
/** The shared corpus of real captures, beside the project. */
export const corpusDir = path.resolve(repoRoot, "../shared/corpus");
