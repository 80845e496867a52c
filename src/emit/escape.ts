// Everything the emitter takes from the docs reaches TypeScript source through one of these
// functions, so no description, key or ARN can end a string, a template or a comment early.

const LINE_SEPARATORS = /[\u2028\u2029]/g;
const escapeLineSeparator = (c: string) => (c === "\u2028" ? "\\u2028" : "\\u2029");

// Generated files stay ASCII: the compiler holds a file with any other character as two-byte
// text, which costs every consumer memory and time on the whole file.
const NON_ASCII = /[^\x00-\x7f]/g;
const unicodeEscape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;

/** A double-quoted JS string literal that evaluates to exactly `value`, in ASCII. */
export function stringLiteral(value: string): string {
  // JSON.stringify escapes quotes, backslashes and control characters; U+2028/2029 (legal in
  // JSON, but they end a line in a comment and confuse older parsers) and the rest of non-ASCII
  // become \u escapes (per UTF-16 unit, so astral characters too).
  return JSON.stringify(value).replace(NON_ASCII, unicodeEscape);
}

/** Text between `${…}` holes of a template literal (value or type) that reads back as `value`. */
export function templateText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/`/g, "\\`")
    .replace(/\$\{/g, "\\${")
    .replace(/\r/g, "\\r")
    .replace(/\n/g, "\\n")
    .replace(NON_ASCII, unicodeEscape);
}

/**
 * One or more lines of JSDoc text. `*\/` would close the comment; a line separator would start
 * a line without the leading `*`; a line that starts with `@` would become a tag.
 */
export function docText(value: string): string {
  return value
    .replace(/\*\//g, "*\\/")
    .replace(LINE_SEPARATORS, escapeLineSeparator)
    // Other non-ASCII characters as HTML character references, which editors render (JSDoc is
    // Markdown) while the file stays ASCII.
    .replace(/[^\x00-\x7f]/gu, (c) => `&#x${c.codePointAt(0)!.toString(16)};`)
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.replace(/^(\s*)@/, "$1\\@"))
    .join("\n");
}

/** A property name as written in an object literal or interface: bare when it can be. */
export function propertyName(name: string): string {
  return isIdentifierName(name) && name !== "__proto__" ? name : stringLiteral(name);
}

/**
 * A key in an object literal. `__proto__: x` (bare or quoted) would set the prototype instead of
 * defining a property, so that one name is written as a computed key.
 */
export function objectKey(name: string): string {
  return name === "__proto__" ? `[${stringLiteral(name)}]` : propertyName(name);
}

/** ASCII identifier names only: anything else is quoted, which is always valid. */
export const isIdentifierName = (name: string) => /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name);

/** A regular-expression source that matches `value` literally. */
export const regexText = (value: string) => value.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
