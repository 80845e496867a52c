// The package root, generated/src/index.ts: every service as a namespace, ServicePrefix, AwsAction
// (by prefix, cheap) and KnownAwsAction (the exact union).
//
// Why the root does not simply `export * as kms from "./kms.js"`: a consumer's compiler then parses
// every service module (~10 MB of declarations, one documented property per action) just to
// import the root, which doubled its `tsc` time. Instead the root declares each namespace itself,
// from the same encoded facts the service modules hold, packed into a few long string literals
// (cheap to scan, expanded by the decoders in _types.ts only when a member is used), so that its
// declarations reach no service module; and it declares few types per namespace, because a
// declaration costs every consumer of the root, for every service, whether used or not. At run
// time the namespaces are the service modules themselves. Member-level JSDoc, and the modules'
// other types, stay in the service modules (`aws-iam-catalog/kms`).
import type { Service } from "../model/types.js";
import { arnFormatsOf } from "./arn.js";
import { keySlots, keyTexts, typeKeyOf } from "./conditionKeys.js";
import {
  buildersByResourceType,
  encodeActionFacts,
  encodeArnFormat,
  encodeResourceType,
  memberIndexOf,
  separatorsFor,
} from "./encoding.js";
import { docText, stringLiteral } from "./escape.js";

export interface ServiceModule {
  prefix: string;
  /** File stem: src/<file>.ts, dist/<file>.js; the subpath is `./<prefix>`. */
  file: string;
  /** Binding of the namespace in the root module. */
  namespace: string;
}

/** Rows per string of a packed table, and characters: small strings keep the type-level decoding linear. */
const CHUNK_ROWS = 64;
const CHUNK_CHARS = 16000;

export function emitRoot(modules: ServiceModule[], services: Map<string, Service>, header: string): string {
  return assembleRoot(
    modules,
    modules.map((m) => rootBlockOf(m, services.get(m.prefix)!)),
    header,
  );
}

/** The root module from each service's block (rootBlockOf; in the order of `modules`). */
export function assembleRoot(modules: ServiceModule[], blocks: string[], header: string): string {
  const spec = (m: ServiceModule) => stringLiteral(`./${m.file}.js`);
  const lines = [
    header.trimEnd(),
    "",
    "import type {",
    "  ServiceTypes,",
    "  StatementFor,",
    '} from "./_types.js";',
    "",
    "export type {",
    "  AccessLevel,",
    "  ConditionBlock,",
    "  ConditionKeyInfo,",
    "  ConditionKeyType,",
    "  ConditionOperator,",
    "  Partition,",
    "  PolicyStatement,",
    "  ReferencePage,",
    "  SdkMethod,",
    '} from "./_types.js";',
    "",
    ...modules.map((m) => `import * as ${m.namespace}$m from ${spec(m)};`),
    "",
    ...blocks,
    "/** Every service prefix in the catalog. */",
    `export const servicePrefixes = [${modules.map((m) => stringLiteral(m.prefix)).join(", ")}] as const;`,
    "",
    "/** A service prefix, e.g. `kms`. */",
    "export type ServicePrefix = (typeof servicePrefixes)[number];",
    "",
    "/** An action of any service in the catalog, by its prefix: cheap for the checker (KnownAwsAction is exact). */",
    "export type AwsAction = `${ServicePrefix}:${string}`;",
    "",
    "/** Exactly the actions in the catalog: the union of every service's Action type (tens of thousands of literals, so slower to check). */",
    `export type KnownAwsAction = ${modules.length ? modules.map((m) => `${m.namespace}.Action`).join(" | ") : "never"};`,
    "",
  ];
  return lines.join("\n");
}

/**
 * The root's declarations of one service: its packed facts, its value and its namespace of types.
 * It depends on the service and its module's names alone, so that generate can keep it per file.
 */
export function rootBlockOf(m: ServiceModule, service: Service): string {
  return rootBlockLines(m, service).join("\n");
}

function rootBlockLines(m: ServiceModule, service: Service): string[] {
  const ns = m.namespace;
  const data = `${ns}$`;
  const p = stringLiteral(service.prefix);
  const where = (kind: string) => `${service.prefix}: ${kind}`;
  const index = memberIndexOf(service);
  const formats = arnFormatsOf(service.resourceTypes);
  const builders = buildersByResourceType(service.resourceTypes, formats);
  const actions = service.actions.map((a) => [a.name, encodeActionFacts(a, index, `${where("action")} ${JSON.stringify(a.name)}`)] as const);
  const resourceTypes = service.resourceTypes.map(
    (rt) => [rt.name, encodeResourceType(rt, builders.get(rt.name)!, index.keys, `${where("resource type")} ${JSON.stringify(rt.name)}`)] as const,
  );
  const arnFormats = formats.map((f) => [f.builder, encodeArnFormat(f, `${where("ARN format")} ${JSON.stringify(f.format)}`)] as const);
  // Condition keys: TypeScript key (its texts around placeholders) → type names; and, for keys
  // with a placeholder, catalog name → the texts of its template-literal key.
  const keyTypes = keySlots(service.conditionKeys).map((s) => [keyTexts(s.keys[0]!.name), s.types.join(",")] as const);
  const keyPatterns = service.conditionKeys.filter((k) => typeKeyOf(k.name).pattern).map((k) => [[k.name], keyTexts(k.name)] as const);
  const types = (name: string) => `  export type ${name} = ${data}[${stringLiteral(name)}];`;
  return [
    `type ${data} = ServiceTypes<`,
    `  ${p},`,
    `  ${stringLiteral(service.name)},`,
    `  ${packTable(actions, where("actions"))},`,
    `  ${packTable(resourceTypes, where("resource types"))},`,
    `  ${packTable(arnFormats, where("ARN formats"))},`,
    `  ${packKeyTable(keyTypes, where("condition keys"))},`,
    `  ${packKeyTable(keyPatterns, where("condition keys"))},`,
    `  ${packList(service.conditionKeys.map((k) => k.name), where("condition keys"))},`,
    `  ${packList(service.resourceTypes.map((rt) => rt.name), where("resource types"))},`,
    `  ${packList(service.actions.map((a) => a.name), where("actions"))},`,
    `  ${packList(index.dependentActionList, where("dependent actions"))}`,
    ">;",
    `/** ${docText(service.name)} (\`${docText(service.prefix)}\`). Each member's documentation is in the module ${docText(`aws-iam-catalog/${service.prefix}`)}. */`,
    // Not checked against the module here (`as never`): that check expands every member of every
    // service and takes minutes; the type tests compare root and module types instead.
    `export const ${ns}: ${data}["module"] = ${ns}$m as never;`,
    `export namespace ${ns} {`,
    ...NAMESPACE_TYPES.map(types),
    `  export type Statement<A extends Action = Action> = StatementFor<${data}, A>;`,
    `}`,
    "",
  ];
}

/**
 * The types the root's namespace of a service has: those the policy-writing API needs. Each
 * declaration here is parsed for every service by anyone who imports the root, so the module
 * (`aws-iam-catalog/kms`) alone has the others (Actions, ActionInfo, ConditionKeyTypes, ...).
 */
const NAMESPACE_TYPES = ["Action", "ConditionKeys", "Condition"];

/** A list as an argument of ServiceTypes (see PackedList in _types.ts): `D a D b ...`, D occurring in no item. */
function packList(items: string[], what: string): string {
  const [D] = separatorsFor(items, 1, what) as [string];
  return stringLiteral(items.length ? D + items.join(D) : "");
}

/**
 * A name -> value table as an argument of ServiceTypes (see Table in _types.ts): a tuple of
 * strings `R E a E value R b E value`, at most CHUNK_ROWS rows or about CHUNK_CHARS characters
 * each (the type-level decoding of a string takes time in its length times its rows), each
 * starting with separators that occur in none of its names and values.
 */
function packTable(rows: readonly (readonly [string, string])[], what: string): string {
  const chunks: string[] = [];
  for (let start = 0; start < rows.length; ) {
    let end = start + 1;
    let size = rows[start]![0].length + rows[start]![1].length;
    while (end < rows.length && end - start < CHUNK_ROWS && size + rows[end]![0].length + rows[end]![1].length <= CHUNK_CHARS) {
      size += rows[end]![0].length + rows[end]![1].length;
      end++;
    }
    const chunk = rows.slice(start, end);
    for (const [name] of chunk) if (name === "") throw new Error(`${what}: empty name in a table`);
    const [R, E] = separatorsFor(chunk.flat(), 2, what) as [string, string];
    chunks.push(stringLiteral(R + E + chunk.map(([name, value]) => name + E + value).join(R)));
    start = end;
  }
  return `[${chunks.join(", ")}]`;
}

/**
 * A table whose names and values are lists of texts: `R E P` then rows `texts E texts`, where
 * the texts of a name or value are joined by P (a condition key's texts around its placeholders).
 */
function packKeyTable(rows: readonly (readonly [readonly string[], string | readonly string[]])[], what: string): string {
  const flat = rows.map(([name, value]) => [name, typeof value === "string" ? [value] : value] as const);
  const chunks: string[] = [];
  for (let start = 0; start < flat.length; start += CHUNK_ROWS) {
    const chunk = flat.slice(start, start + CHUNK_ROWS);
    const [R, E, P] = separatorsFor(chunk.flatMap(([name, value]) => [...name, ...value]), 3, what) as [string, string, string];
    chunks.push(stringLiteral(R + E + P + chunk.map(([name, value]) => name.join(P) + E + value.join(P)).join(R)));
  }
  return `[${chunks.join(", ")}]`;
}
