// ts-morph, loaded with require. Imported (`import { ts } from "ts-morph"`), a CommonJS package is
// first scanned by Node for its export names, and ts-morph's 1 MB plus the compiler's 9 MB took a
// render thread a quarter of a second to scan, a good part of a one-service run.
import { createRequire } from "node:module";

const tsMorph = createRequire(import.meta.url)("ts-morph") as typeof import("ts-morph");

export const { ts, printStructure, StructureKind, VariableDeclarationKind } = tsMorph;
