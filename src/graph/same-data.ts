/**
 * Whether two values are the same data: `===`, or arrays of the same length with the same items,
 * or plain objects with the same keys in the same order and the same values (the order counts: a
 * tree's properties become attributes in that order). Anything else (a class instance, a `Map`, a
 * number that is not equal to itself) is not the same, so the caller builds again: this never
 * says "same" where the JSON texts would differ. One home for the dev server's reuse checks: the
 * render memo (stages/render.ts) and the views carried from the last graph (src/views/backlinks.ts,
 * src/lib/page-highlight.ts); a pure module, so the pages bundle nothing else of the engine.
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameData(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const pa = Object.getPrototypeOf(a);
  if ((pa !== Object.prototype && pa !== null) || Object.getPrototypeOf(b) !== pa) return false;
  // (b's keys as an array, a's by for…in: both plain, so the same own keys in the same order)
  const kb = Object.keys(b);
  let i = 0;
  for (const k in a) {
    if (k !== kb[i++] || !sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  }
  return i === kb.length;
}
