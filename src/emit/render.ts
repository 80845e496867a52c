// One generated module, from model to files: source (emitted, formatted), .js and .d.ts.
import type { Service } from "../model/types.js";
import { compileModule } from "./compile.js";
import { formatSource } from "./format.js";
import { emitService } from "./service.js";

export interface RenderedModule {
  /** File stem in src/ and dist/. */
  file: string;
  src: string;
  js: string;
  dts: string;
}

export async function renderSource(file: string, unformatted: string): Promise<RenderedModule> {
  const src = await formatSource(unformatted, `${file}.ts`);
  return { file, src, ...compileModule(src, `${file}.ts`) };
}

export function renderService(service: Service, file: string, header: string): Promise<RenderedModule> {
  return renderSource(file, emitService(service, header));
}
