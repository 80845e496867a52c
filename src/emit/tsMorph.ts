// ts-morph, loaded with require. Imported (`import { ts } from "ts-morph"`), a CommonJS package is
// first scanned by Node for its export names: in a profile of a render thread, that scan took
// about a quarter of a second, a good part of a one-service run.
import { createRequire } from "node:module";

const tsMorph = createRequire(import.meta.url)("ts-morph") as typeof import("ts-morph");

export const { ts, printStructure, StructureKind, VariableDeclarationKind } = tsMorph;
