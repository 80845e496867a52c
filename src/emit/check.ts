// Type-checks a generated package's sources with the project's TypeScript and its tsconfig.json
// (strict). Services are split over worker threads; each program checks its share (a service
// module depends only on _types and _runtime, so the shares are independent).
import { availableParallelism } from "node:os";
import path from "node:path";
import ts from "typescript";
import { startWorker } from "./threads.js";

/** Diagnostics (formatted, empty when clean) of the given source files of the package in `dir`. */
export function checkFiles(dir: string, files: string[]): string[] {
  const configPath = path.join(dir, "tsconfig.json");
  const config = ts.getParsedCommandLineOfConfigFile(configPath, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  if (!config) throw new Error(`${configPath}: cannot read`);
  const host = ts.createCompilerHost(config.options);
  host.jsDocParsingMode = ts.JSDocParsingMode.ParseForTypeErrors;
  const roots = files.map((f) => path.join(dir, "src", f));
  const program = ts.createProgram({ rootNames: roots, options: config.options, host });
  const diagnostics = [...program.getConfigFileParsingDiagnostics(), ...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()];
  for (const root of roots) {
    const sf = program.getSourceFile(root);
    if (!sf) throw new Error(`${root}: not found`);
    diagnostics.push(...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf));
  }
  return diagnostics.map((d) => ts.formatDiagnostic(d, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => dir, getNewLine: () => "\n" }).trimEnd());
}

/** Checks every module of the package in `dir` (its src/*.ts), over `threads` threads. */
export async function checkPackage(dir: string, files: string[], threads = Math.min(2, availableParallelism())): Promise<string[]> {
  if (threads <= 1 || files.length < 8) return checkFiles(dir, files);
  const shares: string[][] = Array.from({ length: threads }, () => []);
  files.forEach((f, i) => shares[i % threads]!.push(f));
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise<string[]>((resolve, reject) => {
          const worker = startWorker("./checkWorker.ts", { dir, files: share });
          worker.once("message", (m: { diagnostics?: string[]; error?: string }) =>
            m.error ? reject(new Error(m.error)) : resolve(m.diagnostics ?? []),
          );
          worker.once("error", reject);
        }),
    ),
  );
  return results.flat();
}
