// Where each service goes in the package: its file stem (src/<file>.ts, dist/<file>.js, subpath
// "./<prefix>") and the binding of its namespace in the root module.
import type { Service } from "../model/types.js";
import { compareStrings } from "../model/normalize.js";
import { camelCase, NameScope } from "./identifiers.js";
import type { ServiceModule } from "./root.js";

/** Files the package itself needs in src/ (and so dist/): a service may not take their stems. */
export const SHARED_STEMS = ["index", "_types", "_runtime"];

export function planModules(services: Service[]): ServiceModule[] {
  const files = new NameScope(SHARED_STEMS);
  // The root's other value export; its type exports are PascalCase, which no namespace is.
  const bindings = new NameScope(["servicePrefixes"]);
  return [...services]
    .sort((a, b) => compareStrings(a.prefix, b.prefix))
    .map((s) => ({ prefix: s.prefix, file: files.claim(s.prefix), namespace: bindings.claim(camelCase(s.prefix)) }));
}
