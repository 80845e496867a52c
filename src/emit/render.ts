// Generated modules, from model to files: source (emitted, formatted), .js and .d.ts. The files are
// written to a staging folder, and only those whose content differs from the package's current
// file; generate() moves them into the package once every module has rendered.
import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Service } from "../model/types.js";
import { compileModules } from "./compile.js";
import { sha256 } from "./fingerprint.js";
import { Formatter, type FormatMemo } from "./format.js";
import { emitService } from "./service.js";

/** A module to render: a service, from its catalog file, or a module whose (unformatted) source is given. */
export type RenderJob = { file: string } & (
  | {
      /** The service's catalog file, and the sha256 of the bytes that were validated. */
      catalogFile: string;
      sha256: string;
      header: string;
    }
  | { source: string }
);

export interface FileStamp {
  sha256: string;
  size: number;
  mtimeMs: number;
}

export interface RenderedModule {
  file: string;
  /** Output files (relative to the package) → their stamps, as they will be once staged files are moved in. */
  files: Record<string, FileStamp>;
  /** The files that differ from the package's and were written to the staging folder (outputs, and the module's format memo). */
  staged: string[];
}

export interface RenderTarget {
  /** The package folder, whose current files are compared with the rendered ones. */
  outDir: string;
  /** Where files that differ are written, by the same relative paths. */
  stagingDir: string;
  /**
   * Where each module's statements, as formatted, are kept for the next run (relative to the
   * package; see Formatter), under the emitter fingerprint: with them, re-rendering a module
   * formats only its changed statements, and one whose statements are all known does not even
   * load prettier.
   */
  memoDir: string;
  fingerprint: string;
}

/** Output files of a module, relative to the package root. */
export const moduleFiles = (file: string) => [`src/${file}.ts`, `dist/${file}.js`, `dist/${file}.d.ts`];

/** This thread's formatter: what it formats for one batch, it need not format for the next. */
const formatter = new Formatter();

/** Renders the jobs: emits, formats and compiles them together (one parse per module for both outputs), then stages their files. */
export async function renderModules(jobs: RenderJob[], target: RenderTarget): Promise<RenderedModule[]> {
  const texts: string[] = [];
  for (const job of jobs) {
    formatter.carry(await readMemo(target, job.file));
    texts.push("source" in job ? job.source : emitService(await readService(job.catalogFile, job.sha256), job.header));
  }
  const formatted = await formatter.formatModules(texts);
  const compiled = compileModules(new Map(jobs.map((job, i) => [`${job.file}.ts`, formatted[i]!.text])));
  return Promise.all(
    jobs.map(async ({ file }, i) => {
      const { js, dts } = compiled.get(`${file}.ts`)!;
      const contents = [formatted[i]!.text, js, dts];
      const rendered: RenderedModule = { file, files: {}, staged: [] };
      for (const [n, rel] of moduleFiles(file).entries()) {
        const staged = await stage(target, rel, contents[n]!);
        rendered.files[rel] = staged.stamp;
        if (staged.written) rendered.staged.push(rel);
      }
      const memoFile = `${target.memoDir}/${file}.json`;
      const memo = await stage(target, memoFile, JSON.stringify({ fingerprint: target.fingerprint, memo: formatted[i]!.memo }));
      if (memo.written) rendered.staged.push(memoFile);
      return rendered;
    }),
  );
}

async function readMemo(target: RenderTarget, file: string): Promise<FormatMemo> {
  try {
    const text = await readFile(path.join(target.outDir, target.memoDir, `${file}.json`), "utf8");
    const { fingerprint, memo } = JSON.parse(text) as { fingerprint: string; memo: FormatMemo };
    return fingerprint === target.fingerprint && Array.isArray(memo) ? memo : [];
  } catch {
    return [];
  }
}

/** A service from its catalog file, which must still hold the bytes generate() validated. */
async function readService(file: string, expected: string): Promise<Service> {
  const bytes = await readFile(file);
  if (sha256(bytes) !== expected) throw new Error(`${file}: changed while the package was being generated`);
  return JSON.parse(bytes.toString("utf8")) as Service;
}

/** Writes `content` to the staging folder unless the package's file already holds it; the stamp of the file as it will be. */
async function stage(target: RenderTarget, rel: string, content: string): Promise<{ stamp: FileStamp; written: boolean }> {
  const hash = sha256(content);
  const current = path.join(target.outDir, rel);
  const existing = await readFile(current, "utf8").catch(() => undefined);
  const written = existing !== content;
  const file = written ? path.join(target.stagingDir, rel) : current;
  if (written) {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content);
  }
  const { size, mtimeMs } = await stat(file);
  return { stamp: { sha256: hash, size, mtimeMs }, written };
}
