// The package root, generated/src/index.ts: every service as a namespace, ServicePrefix, AwsAction.
import { stringLiteral } from "./escape.js";

export interface ServiceModule {
  prefix: string;
  /** File stem: src/<file>.ts, dist/<file>.js; also the subpath `./<prefix>`. */
  file: string;
  /** Binding of the namespace in the root module. */
  namespace: string;
}

export function emitRoot(modules: ServiceModule[], header: string): string {
  const lines: string[] = [header];
  lines.push(
    'export type { AccessLevel, ConditionBlock, ConditionKeyType, ConditionOperator, Partition, PolicyStatement } from "./_types.js";',
    "",
  );
  for (const m of modules) lines.push(`export * as ${m.namespace} from ${stringLiteral(`./${m.file}.js`)};`);
  lines.push(
    "",
    "/** Every service prefix in the catalog. */",
    `export const servicePrefixes = [${modules.map((m) => stringLiteral(m.prefix)).join(", ")}] as const;`,
    "",
    "/** A service prefix, e.g. `kms`. */",
    "export type ServicePrefix = (typeof servicePrefixes)[number];",
    "",
    "/** Any action of any service: the union of each service's Action type. */",
    `export type AwsAction = ${modules.length ? modules.map((m) => `import(${stringLiteral(`./${m.file}.js`)}).Action`).join(" | ") : "never"};`,
    "",
  );
  return lines.join("\n");
}
