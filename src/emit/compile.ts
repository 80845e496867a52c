// dist/ from src/: modules compiled with the TypeScript compiler (the version ts-morph bundles),
// without type checking — every exported declaration of a generated module carries its type
// (isolatedDeclarations), so the declarations need no checker, and a changed service recompiles
// alone. One program per batch parses each module once for both outputs. Type checking is a
// separate step (check.ts).
import { ts } from "ts-morph";

const OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  verbatimModuleSyntax: true,
  declaration: true,
  isolatedDeclarations: true,
  isolatedModules: true,
  strict: true,
  noCheck: true,
  noResolve: true,
  noLib: true,
  // Comments stay for the .d.ts files, where editors read the JSDoc; stripComments takes them out
  // of the .js files (all but the /*! header).
  removeComments: false,
};

export interface CompiledModule {
  js: string;
  dts: string;
}

/** Compiles modules (file name → source); every output is keyed by its module's file name. */
export function compileModules(sources: Map<string, string>): Map<string, CompiledModule> {
  const files = new Map([...sources].map(([file, text]) => [file, ts.createSourceFile(file, text, { languageVersion: ts.ScriptTarget.ES2022, jsDocParsingMode: ts.JSDocParsingMode.ParseNone }, false, ts.ScriptKind.TS)]));
  const outputs = new Map<string, Partial<CompiledModule>>();
  const host: ts.CompilerHost = {
    getSourceFile: (file) => files.get(file),
    writeFile: (name, text) => {
      const dts = name.endsWith(".d.ts");
      const file = name.replace(/\.(d\.ts|js)$/, ".ts");
      outputs.set(file, { ...outputs.get(file), [dts ? "dts" : "js"]: text });
    },
    getDefaultLibFileName: () => "lib.d.ts",
    useCaseSensitiveFileNames: () => true,
    getCanonicalFileName: (file) => file,
    getCurrentDirectory: () => "/",
    getNewLine: () => "\n",
    fileExists: (file) => files.has(file),
    readFile: () => undefined,
    directoryExists: () => true,
    getDirectories: () => [],
  };
  const program = ts.createProgram({ rootNames: [...files.keys()], options: OPTIONS, host });
  const diagnostics = [...program.getSyntacticDiagnostics(), ...program.getOptionsDiagnostics()];
  const emitted = program.emit(undefined, undefined, undefined, false, { before: [stripComments] });
  diagnostics.push(...emitted.diagnostics);
  if (diagnostics.length) {
    const messages = diagnostics.map((d) => {
      const at = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : undefined;
      return `${d.file?.fileName ?? ""}${at ? `:${at.line + 1}:${at.character + 1}` : ""}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
    });
    throw new Error(`cannot compile generated modules:\n${messages.join("\n")}`);
  }
  return new Map(
    [...sources.keys()].map((file) => {
      const out = outputs.get(file);
      if (out?.js === undefined || out.dts === undefined) throw new Error(`${file}: the compiler wrote no output`);
      return [file, { js: out.js, dts: out.dts }];
    }),
  );
}

/** Leaves comments out of the .js output: statements (and everything in them) lose theirs; the file's detached /*! header stays. */
const stripComments: ts.TransformerFactory<ts.SourceFile> = () => (file) => {
  for (const statement of file.statements) ts.setEmitFlags(statement, ts.EmitFlags.NoComments | ts.EmitFlags.NoNestedComments);
  return file;
};
