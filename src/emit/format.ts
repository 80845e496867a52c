// Formatting of generated TypeScript with prettier. Options are fixed here (no config file is
// looked up), so the output does not depend on where the generator runs.
import * as prettier from "prettier";

// babel-ts formats our modules identically to the typescript parser, and faster.
export const PRETTIER_OPTIONS: prettier.Options = { parser: "babel-ts", printWidth: 120 };

export function formatSource(text: string, file: string): Promise<string> {
  return prettier.format(text, { ...PRETTIER_OPTIONS, filepath: file });
}
