// Names the emitter invents (namespace bindings, ARN builders, their parameters, file names) are
// derived from names in the docs. These make them valid and keep them apart within one scope.

/** Words that cannot be a binding name in strict-mode ES modules (plus a few that only confuse). */
const RESERVED = new Set(
  (
    "break case catch class const continue debugger default delete do else enum export extends false finally for " +
    "function if import in instanceof new null return super switch this throw true try typeof var void while with " +
    "yield let static implements interface package private protected public await arguments eval undefined " +
    "NaN Infinity"
  ).split(" "),
);

/** Splits `RoleNameWithPath`, `access-point`, `custom plugin`, `URLPath` into words. */
export function words(raw: string): string[] {
  return raw
    .split(/[^A-Za-z0-9]+/)
    .flatMap((part) => part.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+[a-z]*/g) ?? [])
    .filter((w) => w.length > 0);
}

/** camelCase identifier: `KeyId` → keyId, `access-point` → accessPoint, `ARN` → arn. */
export function camelCase(raw: string): string {
  const parts = words(raw);
  const joined = parts
    .map((w, i) => (i === 0 ? w.toLowerCase() : w[0]!.toUpperCase() + w.slice(1).toLowerCase()))
    .join("");
  return bindingName(joined);
}

/** PascalCase form, for suffixes: `RestApiId` → RestApiId, `rest-api` → RestApi. */
export function pascalCase(raw: string): string {
  return words(raw)
    .map((w) => w[0]!.toUpperCase() + w.slice(1).toLowerCase())
    .join("");
}

/** A valid binding name: a leading digit gets `_`, a reserved word gets a trailing `_`. */
export function bindingName(name: string): string {
  if (name === "") return "_";
  if (/^[0-9]/.test(name)) return `_${name}`;
  if (RESERVED.has(name)) return `${name}_`;
  return name;
}

/**
 * Hands out names within one scope: the first claimant of a name gets it as is, later ones get
 * `2`, `3`… appended. Claim in a deterministic order to get deterministic names.
 */
export class NameScope {
  private readonly taken: Set<string>;
  constructor(reserved: Iterable<string> = []) {
    this.taken = new Set(reserved);
  }
  claim(wanted: string): string {
    let name = wanted;
    for (let n = 2; this.taken.has(name); n++) name = `${wanted}${n}`;
    this.taken.add(name);
    return name;
  }
}
