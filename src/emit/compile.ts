// dist/ from src/: each module compiled on its own with the TypeScript compiler — .js by
// transpileModule, .d.ts by transpileDeclaration. Every exported declaration of a generated
// module carries its type (isolatedDeclarations), so per-file emit gives the declarations a
// whole-program tsc build would, and a changed service recompiles alone. Type checking is a
// separate step (check.ts).
import { ts } from "ts-morph";

const JS_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  // JSDoc stays in the .d.ts files, where editors read it; the .js files only need the code
  // (and the /*! header, which removeComments keeps).
  removeComments: true,
  verbatimModuleSyntax: true,
};
const DTS_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  declaration: true,
  isolatedDeclarations: true,
  strict: true,
};

export interface CompiledModule {
  js: string;
  dts: string;
}

export function compileModule(source: string, file: string): CompiledModule {
  const js = ts.transpileModule(source, { compilerOptions: JS_OPTIONS, fileName: file, reportDiagnostics: true });
  const dts = ts.transpileDeclaration(source, { compilerOptions: DTS_OPTIONS, fileName: file, reportDiagnostics: true });
  const diagnostics = [...(js.diagnostics ?? []), ...(dts.diagnostics ?? [])];
  if (diagnostics.length) {
    const messages = diagnostics.map((d) => {
      const at = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : undefined;
      return `${file}${at ? `:${at.line + 1}:${at.character + 1}` : ""}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
    });
    throw new Error(`cannot compile generated module:\n${messages.join("\n")}`);
  }
  return { js: js.outputText, dts: dts.outputText };
}
