// Formatting of generated TypeScript: the text prettier prints with PRETTIER_OPTIONS (no config
// file is looked up, so the output does not depend on where the generator runs), without running
// prettier over most of it:
// - Data objects — `const x = { /** doc */ key: "string", … } as const;`, most of a service
//   module — are laid out here by prettier's rules for that one shape (layoutDataObject); anything
//   in them outside that shape sends the object to prettier.
// - The rest is formatted statement by statement: prettier prints top-level statements
//   independently (blank lines between them aside, which are kept as it keeps them), so each
//   distinct statement is formatted once — most statements of a service module recur in every
//   service — and a memo kept from the last run leaves only changed statements to prettier.
// test/emit/format.test.ts compares the result with prettier's on real modules.
import { createHash } from "node:crypto";
import type { Options, Plugin } from "prettier";
import { ts } from "./tsMorph.js";

export const PRETTIER_OPTIONS = { parser: "babel-ts", printWidth: 120 } as const satisfies Options;

export type Prettier = (text: string) => Promise<string>;

let loaded: Promise<Prettier> | undefined;

/**
 * prettier.format with PRETTIER_OPTIONS. The standalone build with the two plugins babel-ts needs
 * prints the same and loads in a tenth of the time: prettier's main entry imports its plugins
 * through the module loader, which is slow under tsx.
 */
export function loadPrettier(): Promise<Prettier> {
  loaded ??= (async () => {
    const [{ format }, babel, estree] = await Promise.all([
      import("prettier/standalone"),
      import("prettier/plugins/babel"),
      import("prettier/plugins/estree"),
    ]);
    const options: Options = { ...PRETTIER_OPTIONS, plugins: [babel as Plugin, estree as Plugin] };
    return (text) => format(text, options);
  })();
  return loaded;
}

/** Formatted statements by a hash of their unformatted text, to carry over to a later run (see Formatter). */
export type FormatMemo = [key: string, formatted: string][];

export interface FormattedModule {
  text: string;
  /** The module's statements as formatted (empty when the module was formatted whole). */
  memo: FormatMemo;
}

/**
 * Formats modules. Statements are memoized for the life of the formatter, and can be seeded with
 * those of an earlier run (`carry`, with what formatModules returned then, under the same emitter
 * fingerprint): prettier is loaded only when a statement is new.
 */
export class Formatter {
  private readonly formatted = new Map<string, string>();
  private readonly carried = new Map<string, string>();
  private readonly keys = new Map<string, string>();
  private prettier: Promise<Prettier> | undefined;

  constructor(prettier?: Prettier) {
    if (prettier) this.prettier = Promise.resolve(prettier);
  }

  carry(memo: FormatMemo): void {
    for (const [key, formatted] of memo) this.carried.set(key, formatted);
  }

  async formatModules(texts: string[]): Promise<FormattedModule[]> {
    const modules = texts.map((text) => {
      const { skeleton, objects } = extractDataObjects(text);
      return { text, skeleton, objects, split: splitStatements(skeleton) };
    });
    await this.formatStatements(modules.flatMap((m) => m.split?.statements ?? []));
    return Promise.all(
      modules.map(async ({ text, skeleton, objects, split }) => {
        const formattedSkeleton = split ? this.join(split) : await this.format(skeleton);
        const formatted = spliceDataObjects(formattedSkeleton, objects);
        if (formatted === undefined) return { text: await this.format(text), memo: [] };
        return { text: formatted, memo: split ? [...new Set(split.statements)].map((st) => [this.key(st), this.formatted.get(st)!] as [string, string]) : [] };
      }),
    );
  }

  async formatModule(text: string): Promise<string> {
    return (await this.formatModules([text]))[0]!.text;
  }

  private key(statement: string): string {
    let key = this.keys.get(statement);
    if (key === undefined) this.keys.set(statement, (key = createHash("sha1").update(statement).digest("base64")));
    return key;
  }

  private async format(text: string): Promise<string> {
    this.prettier ??= loadPrettier();
    return (await this.prettier)(text);
  }

  private join({ statements, blankAfter }: Split): string {
    let out = "";
    statements.forEach((s, i) => (out += this.formatted.get(s)! + (blankAfter[i] ? "\n" : "")));
    return out;
  }

  /** Formats the statements not formatted yet, all in one prettier run, split again at marker comments. */
  private async formatStatements(statements: string[]): Promise<void> {
    const missing: string[] = [];
    for (const s of new Set(statements)) {
      if (this.formatted.has(s)) continue;
      const carried = this.carried.size ? this.carried.get(this.key(s)) : undefined;
      if (carried !== undefined) this.formatted.set(s, carried);
      else missing.push(s);
    }
    const batch = missing.filter((s) => !s.includes(CHUNK_MARKER));
    if (batch.length) {
      const parts = (await this.format(batch.join(`\n${CHUNK_MARKER}\n`))).split(`${CHUNK_MARKER}\n`);
      if (parts.length === batch.length) batch.forEach((s, i) => this.formatted.set(s, parts[i]!));
    }
    for (const s of missing) if (!this.formatted.has(s)) this.formatted.set(s, await this.format(s));
  }
}

/** Between statements formatted in one run: an own-line comment, which prettier attaches to the next statement and prints as is. */
const CHUNK_MARKER = "/*@@formatter-statement-boundary@@*/";

interface Split {
  /** Each top-level statement with the comments before it, leading whitespace trimmed. */
  statements: string[];
  /** Whether a blank line follows the statement (prettier keeps one). */
  blankAfter: boolean[];
}

/**
 * The top-level statements of a module, or undefined when prettier might not print the module as
 * the concatenation of its statements: a syntax error, or a comment on the line where a statement
 * ends or after the last one (prettier attaches those to the statement before).
 */
export function splitStatements(text: string): Split | undefined {
  const file = ts.createSourceFile("module.ts", text, { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseNone }, false, ts.ScriptKind.TS);
  if ((file as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics.length || file.statements.length === 0) return undefined;
  if (text.slice(file.statements.at(-1)!.end).trim() !== "") return undefined;
  const statements: string[] = [];
  const blankAfter: boolean[] = [];
  for (const [i, statement] of file.statements.entries()) {
    const end = statement.end;
    const rest = text.slice(end, file.statements[i + 1]?.getStart(file) ?? text.length);
    if (!/^[ \t]*(\n|$)/.test(rest)) return undefined;
    statements.push(text.slice(statement.pos, end).replace(/^\s+/, ""));
    blankAfter.push(i + 1 < file.statements.length && /^[ \t]*\n[ \t]*\n/.test(rest));
  }
  return { statements, blankAfter };
}

// Data objects: a top-level `const name[: type] = {`, one entry (or comment) a line, `}[ as const];`.
const DATA_OBJECT = /^const ([A-Za-z_$][\w$]*)((?:: [^=\n]+)?) = \{\n([^]*?)^\}( as const)?;$/gm;
const STRING = String.raw`"(?:[^"\\\r\n\u2028\u2029]|\\[^\r\n\u2028\u2029])*"|'(?:[^'\\\r\n\u2028\u2029]|\\[^\r\n\u2028\u2029])*'`;
const KEY = String.raw`[A-Za-z_$][\w$]*|${STRING}`;
const ENTRY = new RegExp(String.raw`^(${KEY})\s*:\s*(${STRING})?\s*(,?)$`);
const VALUE = new RegExp(String.raw`^(${STRING})\s*(,?)$`);
const BLOCK_COMMENT = /^\/\*(?:[^*]|\*(?!\/))*\*\/$/;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const PRINT_WIDTH = PRETTIER_OPTIONS.printWidth;

interface DataObject {
  /** Matches the line of the emptied object in the formatted skeleton. */
  head: RegExp;
  asConst: string;
  body: string;
}

/** The module with each data object that layoutDataObject can lay out emptied, and those objects' bodies. */
function extractDataObjects(text: string): { skeleton: string; objects: DataObject[] } {
  const objects: DataObject[] = [];
  const skeleton = text.replace(DATA_OBJECT, (whole, name: string, type: string, entries: string, asConst = "") => {
    const body = entries ? layoutDataObject(entries) : undefined;
    if (body === undefined) return whole;
    objects.push({ head: new RegExp(`^const ${name.replace(/\$/g, "\\$")}(?![\\w$]).* = \\{\\}${asConst};$`, "gm"), asConst, body });
    return `const ${name}${type} = {}${asConst};`;
  });
  return { skeleton, objects };
}

/** Puts the laid-out bodies back into the formatted skeleton; undefined if prettier moved an emptied object's head. */
function spliceDataObjects(formatted: string, objects: DataObject[]): string | undefined {
  const pieces: string[] = [];
  let from = 0;
  for (const { head, asConst, body } of objects) {
    const lines = [...formatted.matchAll(head)];
    const line = lines[0];
    if (lines.length !== 1 || line!.index < from) return undefined;
    const brace = line!.index + line![0].length - asConst.length - 2;
    pieces.push(formatted.slice(from, brace), "\n", body);
    from = brace;
  }
  pieces.push(formatted.slice(from));
  return pieces.join("");
}

/**
 * The body of a data object (between `{` and `}`) as prettier prints it, or undefined when it holds
 * anything but one-line block comments and `key: "string",` entries, or when a line's width is
 * not certain (see widthRange). Prettier's rules for this shape (prettier 3, PRETTIER_OPTIONS): each
 * entry on its own line, indented by 2, with a trailing comma; a key is unquoted when it is an
 * identifier name and otherwise printed as a string; strings take double quotes unless they
 * hold more double than single quotes; an entry wider than printWidth breaks after the colon and
 * indents its value by 4 — unless its key is shorter than 5 columns, which never breaks.
 */
export function layoutDataObject(entries: string): string | undefined {
  if (entries.includes("\r")) return undefined;
  const lines = entries.split("\n");
  if (lines.pop() !== "") return undefined;
  let out = "";
  let ended = false;
  let comment = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (ended) return undefined;
    if (BLOCK_COMMENT.test(line)) {
      out += `  ${line}\n`;
      comment = true;
      continue;
    }
    const entry = ENTRY.exec(line);
    if (!entry) return undefined;
    let [, rawKey, rawValue, comma] = entry as unknown as [string, string, string | undefined, string];
    if (rawValue === undefined) {
      const next = VALUE.exec(lines[++i]?.trim() ?? "");
      if (!next) return undefined;
      [, rawValue, comma] = next as unknown as [string, string, string];
    }
    ended = comma === "";
    comment = false;
    const key = printKey(rawKey);
    if (key === undefined) return undefined;
    const value = printString(rawValue);
    const [keyMin, keyMax] = widthRange(key);
    const [min, max] = widthRange(`  ${key}: ${value},`);
    let breaks: boolean;
    if (keyMax < 5) breaks = false;
    else if (keyMin < 5) return undefined;
    else if (max <= PRINT_WIDTH) breaks = false;
    else if (min > PRINT_WIDTH) breaks = true;
    else return undefined;
    out += breaks ? `  ${key}:\n    ${value},\n` : `  ${key}: ${value},\n`;
  }
  return comment ? undefined : out;
}

/** A property key as prettier prints it (quoteProps "as-needed"); undefined when that is not decided here. */
function printKey(raw: string): string | undefined {
  if (raw[0] !== '"' && raw[0] !== "'") return raw;
  const content = raw.slice(1, -1);
  if (!content.includes("\\")) {
    if (IDENTIFIER.test(content)) return content;
    // Prettier also unquotes identifier names with non-ASCII letters.
    if (/[^\x00-\x7f]/.test(content)) return undefined;
  }
  return printString(raw);
}

/** A string literal as prettier prints it: its preferred quote (double, unless more doubles than singles inside), escapes adjusted. */
export function printString(raw: string): string {
  const content = raw.slice(1, -1);
  let doubles = 0;
  let singles = 0;
  for (let i = 0; i < content.length; i++) {
    const c = content.charCodeAt(i);
    if (c === 34) doubles++;
    else if (c === 39) singles++;
  }
  const quote = doubles > singles ? "'" : '"';
  if (raw[0] === quote) return raw;
  const other = quote === '"' ? "'" : '"';
  const body = content.replace(/\\(["'\\])|(["'])/g, (match, escaped?: string, bare?: string) =>
    escaped ? (escaped === other ? other : match) : bare === quote ? `\\${bare}` : bare!,
  );
  return quote + body + quote;
}

/**
 * Lowest and highest width prettier may give `text`: its length when it is all printable ASCII;
 * otherwise each other character counts 0 (control, combining), 1 or 2 (wide, emoji).
 */
function widthRange(text: string): [number, number] {
  if (!/[^\x20-\x7f]/.test(text)) return [text.length, text.length];
  let ascii = 0;
  let other = 0;
  for (const c of text) {
    const code = c.codePointAt(0)!;
    if (code >= 0x20 && code < 0x7f) ascii++;
    else other++;
  }
  return [ascii, ascii + 2 * other];
}
