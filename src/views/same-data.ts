/**
 * Whether two values are the same data: `===` (or both `NaN`), or arrays of the same length with
 * the same items, or plain objects with the same keys in the same order and the same values.
 * Anything else (a class instance, a `Map`) is not the same. Used to carry a view from the last
 * graph to the next in `astro dev` when what it read is the same (backlinks.ts, and the
 * highlighted examples of src/lib/page-highlight.ts): a "same" here must mean the view built again
 * would be the same. (The engine's render memo has its own, stricter about `NaN`:
 * src/graph/stages/render.ts `sameData`; the pages do not bundle the engine's stages.)
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameData(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const pa = Object.getPrototypeOf(a);
  if ((pa !== Object.prototype && pa !== null) || Object.getPrototypeOf(b) !== pa) return false;
  const kb = Object.keys(b);
  let i = 0;
  for (const k in a) {
    if (k !== kb[i++] || !sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  }
  return i === kb.length;
}
