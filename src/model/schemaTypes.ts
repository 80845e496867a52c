import { compile, type JSONSchema } from "json-schema-to-typescript";
import { schemaPath } from "./paths.js";

const BANNER = "/* Generated from schemas/*.schema.json by `npm run schema:types` — do not edit. */";

/**
 * Renders the model's TypeScript types from the published schemas. Both schemas are compiled
 * through one root so that a definition referenced from both (Page) is declared once.
 */
export async function renderSchemaTypes(): Promise<string> {
  const root: JSONSchema = {
    title: "CatalogFolder",
    description: "The two kinds of file in a catalog folder: <prefix>.json and index.json.",
    type: "object",
    additionalProperties: false,
    required: ["service", "index"],
    properties: {
      service: { $ref: "service.schema.json" },
      index: { $ref: "index.schema.json" },
    },
  };
  const ts = await compile(root, "CatalogFolder", {
    bannerComment: BANNER,
    cwd: schemaPath("."),
    declareExternallyReferenced: true,
    additionalProperties: false,
    ignoreMinAndMaxItems: true,
    style: { singleQuote: false, printWidth: 100 },
  });
  return ts.trim() + "\n";
}
