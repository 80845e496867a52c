// Regenerates src/model/types.ts from schemas/ (json-schema-to-typescript).
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { renderSchemaTypes } from "../src/model/schemaTypes.js";
import { repoRoot } from "../src/model/paths.js";

const out = path.join(repoRoot, "src/model/types.ts");
await writeFile(out, await renderSchemaTypes());
console.log(`wrote ${path.relative(repoRoot, out)}`);
