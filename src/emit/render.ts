// Generated modules, from model to files: source (emitted, formatted), .js and .d.ts.
import type { Service } from "../model/types.js";
import { compileModules } from "./compile.js";
import { formatSource } from "./format.js";
import { emitService } from "./service.js";

export interface RenderedModule {
  /** File stem in src/ and dist/. */
  file: string;
  src: string;
  js: string;
  dts: string;
}

/** A module to render: its file stem and either its service or its (unformatted) source. */
export type RenderInput = { file: string } & ({ service: Service; header: string } | { source: string });

/** Formats every module, then compiles them together (one parse per module for both outputs). */
export async function renderModules(inputs: RenderInput[]): Promise<RenderedModule[]> {
  const sources = new Map<string, string>();
  for (const input of inputs) {
    const unformatted = "source" in input ? input.source : emitService(input.service, input.header);
    sources.set(`${input.file}.ts`, await formatSource(unformatted, `${input.file}.ts`));
  }
  const compiled = compileModules(sources);
  return inputs.map(({ file }) => ({ file, src: sources.get(`${file}.ts`)!, ...compiled.get(`${file}.ts`)! }));
}
