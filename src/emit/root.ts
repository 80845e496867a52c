// The package root, generated/src/index.ts: every service as a namespace, ServicePrefix, AwsAction
// (by prefix, cheap) and KnownAwsAction (the exact union).
import { stringLiteral } from "./escape.js";

export interface ServiceModule {
  prefix: string;
  /** File stem: src/<file>.ts, dist/<file>.js; the subpath is `./<prefix>`. */
  file: string;
  /** Binding of the namespace in the root module. */
  namespace: string;
}

export function emitRoot(modules: ServiceModule[], header: string): string {
  const spec = (m: ServiceModule) => stringLiteral(`./${m.file}.js`);
  const lines = [
    header.trimEnd(),
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
    ...modules.map((m) => `export * as ${m.namespace} from ${spec(m)};`),
    "",
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
    `export type KnownAwsAction = ${modules.length ? modules.map((m) => `import(${spec(m)}).Action`).join(" | ") : "never"};`,
    "",
  ];
  return lines.join("\n");
}
