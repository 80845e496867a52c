// ARN formats as the reference writes them (`arn:${Partition}:kms:${Region}:${Account}:key/${KeyId}`):
// split into text and parameters, and given builder names.
import type { ResourceType } from "../model/types.js";
import { compareStrings } from "../model/normalize.js";
import { camelCase, NameScope, pascalCase } from "./identifiers.js";

export type ArnPart = { text: string } | { placeholder: string; param: string; isPartition: boolean };

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

/**
 * Splits a format into text and `${Placeholder}` parts. Parameters are named camelCase and
 * unique per format; `${Partition}` is always `partition` (optional, default "aws"), and no
 * parameter is called `resourceType`, parseArn's discriminant.
 */
export function splitArnFormat(format: string): { parts: ArnPart[]; params: string[] } {
  const parts: ArnPart[] = [];
  const scope = new NameScope(["resourceType", "partition"]);
  const byPlaceholder = new Map<string, string>();
  let last = 0;
  for (const m of format.matchAll(PLACEHOLDER)) {
    if (m.index > last) parts.push({ text: format.slice(last, m.index) });
    const placeholder = m[1]!;
    const isPartition = placeholder === "Partition";
    let param = byPlaceholder.get(placeholder);
    if (param === undefined) {
      param = isPartition ? "partition" : scope.claim(camelCase(placeholder));
      byPlaceholder.set(placeholder, param);
    }
    parts.push({ placeholder, param, isPartition });
    last = m.index + m[0].length;
  }
  if (last < format.length) parts.push({ text: format.slice(last) });
  return { parts, params: [...byPlaceholder.values()] };
}

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
  return out.sort((a, b) => compareStrings(a.builder, b.builder));
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
