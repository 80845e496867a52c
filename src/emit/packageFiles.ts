// The generated package's own files besides its modules: package.json, README.md, tsconfig.json.
import type { CatalogIndex } from "../model/types.js";
import type { Service } from "../model/types.js";
import type { ServiceModule } from "./root.js";

export const PACKAGE_NAME = "aws-iam-catalog";

/** `1.YYYYMMDD.0` from the catalog's capture date, so each capture is a new minor version. */
export function packageVersion(source: CatalogIndex["source"]): string {
  const date = source.date?.replace(/-/g, "");
  return date && /^\d{8}$/.test(date) ? `1.${Number(date)}.0` : "1.0.0";
}

/**
 * The package's exports: `.`, `./package.json`, and `./<prefix>` for every service. A service
 * whose file stem is its prefix is exported by the pattern `./*`, which hides the shared modules
 * (`./_*`, `./index`); only the others get an entry of their own. TypeScript reads this map for
 * every import of the package, and with an entry per service (460, 50 KB) it cost each
 * importer's tsc about 3% more than a map of a few entries (bench: one service, root).
 */
export function packageExports(modules: ServiceModule[]): Record<string, unknown> {
  const entry = (stem: string) => ({ types: `./dist/${stem}.d.ts`, default: `./dist/${stem}.js` });
  const hidden = (prefix: string) => prefix.startsWith("_") || prefix === "index";
  const exports: Record<string, unknown> = { ".": entry("index") };
  for (const m of modules) if (m.file !== m.prefix || hidden(m.prefix)) exports[`./${m.prefix}`] = entry(m.file);
  exports["./package.json"] = "./package.json";
  exports["./index"] ??= null;
  exports["./_*"] = null;
  exports["./*"] = entry("*");
  return exports;
}

export function packageJson(modules: ServiceModule[], version: string, headerText: string): string {
  const exports = packageExports(modules);
  const pkg = {
    "//": headerText,
    name: PACKAGE_NAME,
    version,
    description:
      "Typed AWS IAM actions, ARN builders and condition keys for every service, generated from the AWS Service Authorization Reference",
    keywords: ["aws", "iam", "policy", "arn", "condition-keys", "typescript"],
    type: "module",
    sideEffects: false,
    types: "./dist/index.d.ts",
    exports,
    files: ["dist"],
  };
  return JSON.stringify(pkg, null, 2) + "\n";
}

/** tsconfig.json of the generated package: what `npm run generate -- --check` (and the tests) type-check it with. */
export function tsconfigJson(headerText: string): string {
  const config = {
    compilerOptions: {
      target: "ES2022",
      module: "NodeNext",
      moduleResolution: "NodeNext",
      lib: ["ES2022"],
      types: [],
      strict: true,
      noUncheckedIndexedAccess: true,
      isolatedModules: true,
      isolatedDeclarations: true,
      declaration: true,
      noEmit: true,
    },
    include: ["src"],
  };
  return `// ${headerText}; dist/ is built per module by npm run generate.\n${JSON.stringify(config, null, 2)}\n`;
}

/** What the package README lists of a service. */
export interface ServiceSummary {
  name: string;
  actions: number;
}

export const summaryOf = (service: Service): ServiceSummary => ({ name: service.name, actions: service.actions.length });

/** The package README; `summaries` are in the order of `modules`. */
export function readme(summaries: ServiceSummary[], modules: ServiceModule[], version: string, headerText: string): string {
  const rows = modules.map((m, i) => {
    const s = summaries[i]!;
    const cell = (text: string) => text.replace(/[|\\`*_<>[\]]/g, (c) => `\\${c}`).replace(/\s+/g, " ");
    return `| \`${m.prefix}\` | \`${m.namespace}\` | ${cell(s.name)} | ${s.actions} |`;
  });
  const example = modules.find((m) => m.prefix === "kms") ?? modules[0];
  const ns = example?.namespace ?? "kms";
  const prefix = example?.prefix ?? "kms";
  return `<!-- ${headerText} -->
# ${PACKAGE_NAME}

Typed AWS IAM actions, ARN builders and condition keys for ${modules.length} service prefixes, generated from the
[AWS Service Authorization Reference](https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html).
Version ${version}. ESM only; TypeScript 5.0 or later for the types.

\`\`\`ts
import { ${ns} } from "${PACKAGE_NAME}"; // or: import * as ${ns} from "${PACKAGE_NAME}/${prefix}";

${ns}.actions; // action name → "${prefix}:Action", each a literal type, with JSDoc
type A = ${ns}.Action; // union of every ${prefix} action
${ns}.actionInfo; // access level(s), resource types (required flags), condition keys, dependent actions, SDK operations
${ns}.actionsByAccessLevel; // { List, Read, Write, "Permissions management", Tagging }
${ns}.arn; // one builder per resource type and ARN format, typed as template literals; partition defaults to "aws"
${ns}.parseArn("arn:aws:…"); // { resourceType, ...parameters } | undefined
type K = ${ns}.ConditionKeys; // condition key → value type
const s = ${ns}.statement({ Effect: "Allow", Action: ["${prefix}:…"], Condition: {} }); // Condition keys checked against the actions
\`\`\`

- \`Condition\` blocks accept only operators that fit each key's type: String… for strings, Numeric… for numbers,
  Date…, Bool, IpAddress/NotIpAddress, Arn… (and String…) for ARNs, ForAnyValue:/ForAllValues: for multivalued keys,
  …IfExists variants and Null. Global \`aws:\` keys are accepted by name.
- \`ServicePrefix\` is the union of prefixes; \`AwsAction\` any \`\${ServicePrefix}:\${string}\` (cheap to check);
  \`KnownAwsAction\` exactly the union of every service's actions (slower to check: tens of thousands of literals).
- Importing one service (\`${PACKAGE_NAME}/${prefix}\`) loads only that service's declarations.
- The declaration files start with \`// @ts-nocheck\`: they were type-checked when the package was built, so a
  project without \`skipLibCheck\` (tsc's default) does not check them again.

## Services

| prefix | namespace | name | actions |
|---|---|---|---|
${rows.join("\n")}
`;
}

/**
 * The `/*! … *\/` header of every generated module. Followed by a blank line it is a detached
 * comment, which the compiler keeps at the top of the .js and .d.ts files (a comment attached to
 * the first statement would vanish with an elided `import type`).
 */
export const moduleHeader = (headerText: string) => `/*! ${headerText.replace(/\*\//g, "*\\/")} */\n\n`;

export const headerTextFor = (snapshotsLabel: string) => `generated from ${snapshotsLabel}/ - do not edit`;
