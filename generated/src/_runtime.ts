/*! generated from snapshots/ - do not edit */

// Runtime shared by every service module of the generated package: decoders of the compact
// strings service modules describe their members with (the value-level twins of the decoders
// in _types.ts), ARN builders and the ARN parser. Copied verbatim into generated/src/.

import type { AccessLevel, ConditionKeyInfo, ConditionKeyType } from "./_types.js";

const ACCESS_LEVELS: readonly AccessLevel[] = ["List", "Read", "Write", "Permissions management", "Tagging"];

const list = (s: string, d: string): string[] => (s === "" ? [] : s.split(d));

/** The first `n` fields of `s` split on `d`, and everything after the n-th separator as the last. */
function fields(s: string, d: string, n: number): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < n; i++) {
    const end = s.indexOf(d, start);
    if (end < 0) throw new Error(`aws-iam-catalog: malformed encoded entry ${JSON.stringify(s.slice(0, 80))}`);
    out.push(s.slice(start, end));
    start = end + d.length;
  }
  out.push(s.slice(start));
  return out;
}

export interface ActionFactsValue {
  readonly description: string;
  readonly accessLevel: string;
  readonly accessLevels: readonly string[];
  readonly permissionOnly: boolean;
  readonly resourceTypes: readonly {
    readonly name: string;
    readonly required: boolean;
    readonly conditionKeys: readonly string[];
  }[];
  readonly conditionKeys: readonly string[];
  readonly dependentActions: readonly string[];
  readonly operations: readonly {
    readonly name: string;
    readonly sdk: readonly { readonly package: string; readonly name: string; readonly method: string }[];
  }[];
}

/** `CancelKeyDeletion` -> `cancel_key_deletion`: the SDK method name an operation usually has. */
export function snakeCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/([A-Z])([A-Z][a-z])/g, "$1_$2")
    .toLowerCase();
}

/** The SDK package and client a service's rows leave out. */
export interface SdkDefaults {
  readonly package: string;
  readonly client: string;
}

/**
 * Decodes an action's facts (see ActionFacts in _types.ts) and details (SDK methods,
 * description).
 */
const LEVEL_CODES: Readonly<Record<string, AccessLevel>> = {
  L: "List",
  R: "Read",
  W: "Write",
  P: "Permissions management",
  T: "Tagging",
};

/** A condition key, resource type or dependent action as facts write it: its index in the service's list of them (digits), or its name. */
const nameAt = (names: readonly string[]) => (item: string) => (/^[0-9]+$/.test(item) ? names[Number(item)]! : item);

/** What facts refer to by index: the service's condition keys, resource types and oft-named dependent actions, in order. */
export interface MemberLists {
  readonly keys: readonly string[];
  readonly resourceTypes: readonly string[];
  readonly dependentActions: readonly string[];
}

export function decodeAction(
  name: string,
  facts: string,
  details: string,
  sdk: SdkDefaults,
  lists: MemberLists,
): ActionFactsValue {
  // Facts that start with an access level code use the default separators (see ActionFacts in _types.ts).
  const explicit = !(facts[0]! in LEVEL_CODES);
  const [F, L, R, T] = (explicit ? facts : "|,;~") as unknown as [string, string, string, string];
  const [level, levels, only, rows, actionKeys, deps, ops] = fields(explicit ? facts.slice(4) : facts, F, 6) as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const [S, DL, DT, DU] = details as unknown as [string, string, string, string];
  const [methods, description] = fields(details.slice(4), S, 1) as [string, string];
  const methodsByOperation = list(methods, DL);
  return {
    description,
    accessLevel: LEVEL_CODES[level]!,
    accessLevels: levels === "" ? [LEVEL_CODES[level]!] : list(levels, L).map((code) => LEVEL_CODES[code]!),
    permissionOnly: only === "1",
    resourceTypes: list(rows, L).map((r) => {
      const [resourceType, required, rowKeys] = fields(r, R, 2) as [string, string, string];
      return {
        name: nameAt(lists.resourceTypes)(resourceType),
        required: required === "1",
        conditionKeys: list(rowKeys, T).map(nameAt(lists.keys)),
      };
    }),
    conditionKeys: list(actionKeys, L).map(nameAt(lists.keys)),
    dependentActions: list(deps, L).map(nameAt(lists.dependentActions)),
    operations: list(ops, L).map((operation, i) => {
      const opName = operation === R ? name : operation;
      return {
        name: opName,
        sdk: list(methodsByOperation[i] ?? "", DT).map((m) => {
          const [pkg, client, method] = fields(m, DU, 2) as [string, string, string];
          return { package: pkg || sdk.package, name: client || sdk.client, method: method || snakeCase(opName) };
        }),
      };
    }),
  };
}

/**
 * The actions of a service from their facts and details (both keyed by action name): name ->
 * full name, name -> facts, and by access level. The type parameters are the service module's
 * types for the three, decoded from the same strings at the type level.
 */
export function decodeActions<Actions, Info, ByAccessLevel>(
  prefix: string,
  facts: object,
  details: object,
  sdk: SdkDefaults,
  lists: MemberLists,
): { actions: Actions; actionInfo: Info; actionsByAccessLevel: ByAccessLevel } {
  const detailRows = details as Record<string, string>;
  const info = (Object.entries(facts) as [string, string][]).map(
    ([name, row]) => [name, decodeAction(name, row, detailRows[name]!, sdk, lists)] as const,
  );
  const byAccessLevel = ACCESS_LEVELS.map(
    (level) =>
      [
        level,
        info.filter(([, facts]) => facts.accessLevels.includes(level)).map(([name]) => `${prefix}:${name}`),
      ] as const,
  );
  return {
    actions: Object.fromEntries(info.map(([name]) => [name, `${prefix}:${name}`])) as Actions,
    actionInfo: Object.fromEntries(info) as Info,
    actionsByAccessLevel: Object.fromEntries(byAccessLevel) as ByAccessLevel,
  };
}

/**
 * Decodes resource type rows (see ResourceTypeFacts in _types.ts) into `Info`; their ARN formats
 * are those of the builders they name, in `arnFormats` (builder -> encoded format).
 */
export function decodeResourceTypes<Info>(rows: object, keys: readonly string[], arnFormats: object): Info {
  const formats = arnFormats as Record<string, string>;
  return Object.fromEntries(
    (Object.entries(rows) as [string, string][]).map(([name, row]) => {
      const [F, L] = row as unknown as [string, string];
      const [builders, rowKeys] = fields(row.slice(2), F, 1) as [string, string];
      const arnFormatTexts = (builders === "" ? [name] : list(builders, L)).map((builder) =>
        arnFormatText(decodeArnFormat(formats[builder]!)),
      );
      return [name, { arnFormats: arnFormatTexts, conditionKeys: list(rowKeys, L).map(nameAt(keys)) }];
    }),
  ) as Info;
}

/** Decodes condition key rows (types, deprecation, replacement, description) into `Info`. */
export function decodeConditionKeys<Info>(rows: object): Info {
  return Object.fromEntries(
    (Object.entries(rows) as [string, string][]).map(([name, row]) => {
      const [F, L] = row as unknown as [string, string];
      const [types, deprecated, replacement, description] = fields(row.slice(2), F, 3) as [
        string,
        string,
        string,
        string,
      ];
      const info: ConditionKeyInfo = { description, types: list(types, L) as ConditionKeyType[] };
      return [name, deprecated === "1" ? { ...info, deprecated: replacement === "" ? {} : { replacement } } : info];
    }),
  ) as Info;
}

interface ArnFormatValue {
  resourceType: string;
  /** Text and parameter names alternating, text first (the partition is `partition?`). */
  parts: string[];
  /** The placeholders of the parameters, in order. */
  placeholders: string[];
}

/** An encoded ARN format (see encodeArnFormat in the generator). */
function decodeArnFormat(encoded: string): ArnFormatValue {
  const [S, P] = encoded as unknown as [string, string];
  const [resourceType, ...items] = encoded.slice(2).split(S) as [string, ...string[]];
  const placeholders: string[] = [];
  const parts = items.map((item, i) => {
    if (i % 2 === 0) return item;
    const at = item.indexOf(P);
    const placeholder = at < 0 ? item : item.slice(0, at);
    placeholders.push(placeholder);
    if (at >= 0) return item.slice(at + 1);
    return placeholder === "Partition" ? "partition?" : placeholder.charAt(0).toLowerCase() + placeholder.slice(1);
  });
  return { resourceType, parts, placeholders };
}

/** The format as the reference writes it: `arn:${Partition}:kms:...`. */
const arnFormatText = (f: ArnFormatValue) =>
  f.parts.map((part, i) => (i % 2 === 0 ? part : "${" + f.placeholders[(i - 1) / 2] + "}")).join("");

type ArnArguments = Readonly<Record<string, string | undefined>> | undefined;

/** The builders of encoded ARN formats (see ArnBuilder in _types.ts), typed as `Builders`. */
export function arnBuilders<Builders>(rows: object): Builders {
  return Object.fromEntries(
    (Object.entries(rows) as [string, string][]).map(([name, encoded]) => {
      const { parts } = decodeArnFormat(encoded);
      const build = (params?: ArnArguments) => {
        let arn = parts[0]!;
        for (let i = 1; i < parts.length; i += 2) {
          const param = parts[i]!;
          arn += (param === "partition?" ? (params?.partition ?? "aws") : params?.[param]) + parts[i + 1]!;
        }
        return arn;
      };
      return [name, build];
    }),
  ) as Builders;
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/**
 * A regular expression with one group per distinct parameter. Parameters in the partition,
 * service, region and account fields cannot contain a colon; those in the resource part may
 * contain anything (paths, colons) and match as little as possible, so the literal text that
 * follows them decides. A parameter seen twice must repeat the same value.
 */
function arnRegex(parts: string[]): { regex: RegExp; params: string[] } {
  let source = "^";
  let colons = 0;
  const params: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (i % 2 === 0) {
      source += escapeRegex(part);
      colons += part.split(":").length - 1;
      continue;
    }
    const name = part === "partition?" ? "partition" : part;
    const seen = params.indexOf(name);
    if (seen >= 0) {
      source += `\\${seen + 1}`;
      continue;
    }
    params.push(name);
    source += colons < 5 ? "([^:]+)" : "([\\s\\S]+?)";
  }
  return { regex: new RegExp(source + "$"), params };
}

const literalLength = (parts: string[]) => parts.reduce((n, p, i) => (i % 2 === 0 ? n + p.length : n), 0);
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A parser for the encoded ARN formats: tries the format with the most literal text first (so
 * `arn:aws:s3:::b/k` is an object, not a bucket named `b/k`), and returns the first match as
 * `{ resourceType, ...params }`, typed as `Parser`. Regular expressions are compiled on first use.
 */
export function arnParser<Parser extends (arn: string) => unknown>(rows: object): Parser {
  let patterns: { resourceType: string; regex: RegExp; params: string[] }[] | undefined;
  const compile = () =>
    (Object.values(rows) as string[])
      .map(decodeArnFormat)
      .sort(
        (a, b) =>
          literalLength(b.parts) - literalLength(a.parts) ||
          b.parts.length - a.parts.length ||
          compare(a.resourceType, b.resourceType) ||
          compare(a.parts.join("\u0000"), b.parts.join("\u0000")),
      )
      .map((f) => ({ resourceType: f.resourceType, ...arnRegex(f.parts) }));
  const parse = (arn: string) => {
    patterns ??= compile();
    for (const { resourceType, regex, params } of patterns) {
      const match = regex.exec(arn);
      if (!match) continue;
      return Object.fromEntries([["resourceType", resourceType], ...params.map((p, i) => [p, match[i + 1] ?? ""])]);
    }
    return undefined;
  };
  return parse as Parser;
}
