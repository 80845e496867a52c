/**
 * Structural equality of JSON-like values (objects compared key by key, arrays in order).
 * Catalogs read from disk are normalized, so equal records are also equal in this strict sense:
 * it lets the diff skip the (order-insensitive, allocating) comparison for the many records that
 * did not change.
 */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!jsonEqual(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  // for...in instead of Object.keys: no array per object, which matters over a whole catalog.
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  let count = 0;
  for (const k in ra) {
    if (!Object.prototype.hasOwnProperty.call(rb, k) || !jsonEqual(ra[k], rb[k])) return false;
    count++;
  }
  for (const _ in rb) count--;
  return count === 0;
}
