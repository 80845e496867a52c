import type { Catalog } from "../../src/model/catalog.js";
import { compareStrings } from "../../src/model/normalize.js";

/** `copies` copies of every service under prefixes <prefix>-0000, -0001, ...: a bigger catalog made of real records. */
export function widen(c: Catalog, copies: number): Catalog {
  const services = c.services.flatMap((s) =>
    Array.from({ length: copies }, (_, i) => ({ ...s, prefix: `${s.prefix}-${String(i).padStart(4, "0")}` })),
  );
  return { source: c.source, services };
}

/**
 * The iam-dataset failure of 2026-07-09 (21,425 actions down to 271): only the first
 * ceil(fraction × all) actions survive, services in prefix order, the rest of the catalog gone.
 */
export function cutToFraction(c: Catalog, fraction: number): Catalog {
  const total = c.services.reduce((n, s) => n + s.actions.length, 0);
  let room = Math.ceil(total * fraction);
  const services = [];
  for (const s of [...c.services].sort((a, b) => compareStrings(a.prefix, b.prefix))) {
    if (room <= 0) break;
    const actions = s.actions.slice(0, room);
    room -= actions.length;
    services.push({ ...s, actions });
  }
  return { source: c.source, services };
}
