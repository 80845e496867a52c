// ARN formats as the reference writes them (`arn:${Partition}:kms:${Region}:${Account}:key/${KeyId}`)
// turned into builders and parse patterns.
import type { ResourceType } from "../model/types.js";
import { compareStrings } from "../model/normalize.js";
import { camelCase, NameScope, pascalCase } from "./identifiers.js";
import { regexText } from "./escape.js";

export type ArnPart = { text: string } | { placeholder: string; param: string };

export interface ArnFormat {
  resourceType: string;
  format: string;
  /** Name of the builder in the service's `arn` object; unique within the service. */
  builder: string;
  parts: ArnPart[];
  /** Distinct parameters in order of first appearance. */
  params: string[];
}

const PLACEHOLDER = /\$\{([^}]*)\}/g;

/** Splits a format into text and `${Placeholder}` parts; parameters are named camelCase, unique per format. */
export function splitArnFormat(format: string): { parts: ArnPart[]; params: string[] } {
  const parts: ArnPart[] = [];
  // `resourceType` is the discriminant of parseArn's result, so no parameter may take it.
  const scope = new NameScope(["resourceType"]);
  const byPlaceholder = new Map<string, string>();
  let last = 0;
  for (const m of format.matchAll(PLACEHOLDER)) {
    if (m.index > last) parts.push({ text: format.slice(last, m.index) });
    const placeholder = m[1]!;
    let param = byPlaceholder.get(placeholder);
    if (param === undefined) {
      param = scope.claim(camelCase(placeholder));
      byPlaceholder.set(placeholder, param);
    }
    parts.push({ placeholder, param });
    last = m.index + m[0].length;
  }
  if (last < format.length) parts.push({ text: format.slice(last) });
  return { parts, params: [...byPlaceholder.values()] };
}

/** The parameter that carries `${Partition}`: optional, defaulting to "aws". */
export const isPartitionParam = (part: ArnPart) => "placeholder" in part && part.placeholder === "Partition";

/**
 * One builder per resource type and ARN format. A resource type with one format gets its own
 * name (`key`); with several (apigateway v1 and v2 share `Stage`), each is named after the first
 * parameter that only it has (`stageByApiId`, `stageByRestApiId`), or numbered when none tells
 * them apart.
 */
export function arnFormatsOf(resourceTypes: ResourceType[]): ArnFormat[] {
  const scope = new NameScope();
  const out: ArnFormat[] = [];
  for (const rt of [...resourceTypes].sort((a, b) => compareStrings(a.name, b.name))) {
    const base = camelCase(rt.name);
    const formats = [...rt.arnFormats].sort(compareStrings).map((format) => ({ format, ...splitArnFormat(format) }));
    const suffixes = formats.length === 1 ? [""] : distinguishingSuffixes(formats.map((f) => f.params));
    formats.forEach((f, i) => out.push({ resourceType: rt.name, ...f, builder: scope.claim(base + suffixes[i]) }));
  }
  return out;
}

function distinguishingSuffixes(paramLists: string[][]): string[] {
  const suffixes = paramLists.map((params, i) => {
    const others = new Set(paramLists.flatMap((p, j) => (j === i ? [] : p)));
    const own = params.find((p) => !others.has(p));
    return own === undefined ? undefined : `By${pascalCase(own)}`;
  });
  const unique = suffixes.every((s, i) => s !== undefined && suffixes.indexOf(s) === i);
  return unique ? (suffixes as string[]) : paramLists.map((_, i) => String(i + 1));
}

/**
 * A regular expression (source) matching ARNs of this format, one capture group per parameter.
 * Placeholders in the partition/service/region/account fields cannot contain a colon; those in
 * the resource part may contain anything (paths, colons), matched as little as possible so the
 * literal text that follows them decides. A placeholder seen twice must repeat the same value.
 */
export function arnRegexSource(parts: ArnPart[]): string {
  let colons = 0;
  let source = "^";
  const groups = new Map<string, number>();
  for (const part of parts) {
    if ("text" in part) {
      source += regexText(part.text);
      colons += part.text.split(":").length - 1;
      continue;
    }
    const seen = groups.get(part.param);
    if (seen !== undefined) {
      source += `\\${seen}`;
      continue;
    }
    groups.set(part.param, groups.size + 1);
    source += colons < 5 ? "([^:]+)" : "([\\s\\S]+?)";
  }
  return source + "$";
}

/**
 * The order parseArn tries formats in: the one with more literal text first, so the object ARN
 * `arn:aws:s3:::b/k` matches `${BucketName}/${ObjectName}` before `${BucketName}` swallows it.
 */
export function parseOrder(a: ArnFormat, b: ArnFormat): number {
  return (
    literalLength(b.parts) - literalLength(a.parts) ||
    b.params.length - a.params.length ||
    compareStrings(a.resourceType, b.resourceType) ||
    compareStrings(a.format, b.format)
  );
}

const literalLength = (parts: ArnPart[]) => parts.reduce((n, p) => n + ("text" in p ? p.text.length : 0), 0);
