// Runtime shared by every service module of the generated package: ARN parsing. Copied
// verbatim into generated/src/.

/** One ARN format: the resource type, a regular expression with one group per parameter, the parameter names. */
export type ArnPattern = readonly [resourceType: string, source: string, params: readonly string[]];

/**
 * A parser that tries the patterns in order and returns the first match as
 * `{ resourceType, ...params }`. Regular expressions are compiled on first use.
 */
export function arnParser<T>(patterns: readonly ArnPattern[]): (arn: string) => T | undefined {
  let compiled: (readonly [string, RegExp, readonly string[]])[] | undefined;
  return (arn: string): T | undefined => {
    compiled ??= patterns.map(([resourceType, source, params]) => [resourceType, new RegExp(source), params] as const);
    for (const [resourceType, regex, params] of compiled) {
      const match = regex.exec(arn);
      if (!match) continue;
      const parsed: Record<string, string> = { resourceType };
      params.forEach((param, i) => {
        parsed[param] = match[i + 1] ?? "";
      });
      return parsed as T;
    }
    return undefined;
  };
}
