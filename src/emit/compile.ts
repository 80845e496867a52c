// dist/ from src/: modules compiled with the TypeScript compiler (the version ts-morph bundles),
// without type checking — every exported declaration of a generated module carries its type
// (isolatedDeclarations), so the declarations need no checker, and a changed service recompiles
// alone. Each module is parsed once, for two programs: the .js files (without comments but the
// file's /*! header, which the compiler keeps) and the .d.ts files (with the JSDoc, which editors
// read). Type checking is a separate step (check.ts); so each .d.ts tells a consumer's compiler
// not to check it again (withConsumerCheckSkipped).
import type { ts as Ts } from "ts-morph";
import { ts } from "./tsMorph.js";

const OPTIONS: Ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  verbatimModuleSyntax: true,
  isolatedModules: true,
  strict: true,
  noCheck: true,
  noResolve: true,
  noLib: true,
};
const JS_OPTIONS: Ts.CompilerOptions = { ...OPTIONS, removeComments: true };
const DTS_OPTIONS: Ts.CompilerOptions = { ...OPTIONS, declaration: true, isolatedDeclarations: true, emitDeclarationOnly: true };

export interface CompiledModule {
  js: string;
  dts: string;
}

/** Compiles modules (file name → source); every output is keyed by its module's file name. */
export function compileModules(sources: Map<string, string>): Map<string, CompiledModule> {
  const files = new Map(
    [...sources].map(([file, text]) => [
      file,
      ts.createSourceFile(file, text, { languageVersion: ts.ScriptTarget.ES2022, jsDocParsingMode: ts.JSDocParsingMode.ParseNone }, false, ts.ScriptKind.TS),
    ]),
  );
  const js = emit(files, JS_OPTIONS, /\.js$/);
  const dts = emit(files, DTS_OPTIONS, /\.d\.ts$/);
  return new Map(
    [...sources.keys()].map((file) => {
      const out = { js: js.get(file), dts: dts.get(file) };
      if (out.js === undefined || out.dts === undefined) throw new Error(`${file}: the compiler wrote no output`);
      return [file, { js: out.js, dts: withConsumerCheckSkipped(out.dts) }];
    }),
  );
}

/**
 * The declarations with `// @ts-nocheck` after their `/*!` header. A consumer's tsc without
 * skipLibCheck (its default) checks every declaration file it loads, and checking the root's
 * namespaces decodes every service's packed facts: +4.7 s and 470 MB for one `import { kms }`,
 * against about +0.2 s with the directive (bench: skipLibCheck false). The sources were checked
 * strictly when the package was built (check.ts), and the directive stops only the checking of
 * this file, not what its types mean.
 */
export function withConsumerCheckSkipped(dts: string): string {
  const header = /^\/\*![^]*?\*\/\n/.exec(dts)?.[0] ?? "";
  return `${header}// @ts-nocheck\n${dts.slice(header.length)}`;
}

/** Emits `files` with `options`; the outputs whose names match `kind`, keyed by source file name. */
function emit(files: Map<string, Ts.SourceFile>, options: Ts.CompilerOptions, kind: RegExp): Map<string, string> {
  const outputs = new Map<string, string>();
  const host: Ts.CompilerHost = {
    getSourceFile: (file) => files.get(file),
    writeFile: (name, text) => {
      if (kind.test(name)) outputs.set(name.replace(kind, ".ts"), text);
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
  const program = ts.createProgram({ rootNames: [...files.keys()], options, host });
  const diagnostics = [...program.getSyntacticDiagnostics(), ...program.getOptionsDiagnostics()];
  diagnostics.push(...program.emit().diagnostics);
  if (diagnostics.length) {
    const messages = diagnostics.map((d) => {
      const at = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : undefined;
      return `${d.file?.fileName ?? ""}${at ? `:${at.line + 1}:${at.character + 1}` : ""}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
    });
    throw new Error(`cannot compile generated modules:\n${messages.join("\n")}`);
  }
  return outputs;
}
