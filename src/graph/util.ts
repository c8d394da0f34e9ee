/** Small pure helpers shared by the graph modules. */

/** Code-unit string order: stable across locales and machines (never `localeCompare`). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** FNV-1a 32-bit hash as 8 hex digits: short stable ids for names that have no ASCII slug. */
export function hash8(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** 1-based line/column of a string offset. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

export function uniqueSorted(values: Iterable<string>): string[] {
  return [...new Set(values)].sort(compareStrings);
}

/** Percent-encode each segment of a `/`-separated relative path (keeps the slashes). */
export function encodePath(relPath: string): string {
  return relPath.split('/').map(encodeURIComponent).join('/');
}

/**
 * `fn` with its answers kept by key: the same key is answered from the memo, and the memo is
 * forgotten all at once when it holds `max` answers (the engine's per-process memos of pure
 * functions of a string: word and sentence bounds, label verdicts, spelling features). `keep`
 * leaves some keys out of the memo (a key too long to be asked again).
 */
export function boundedMemo<V>(fn: (key: string) => V, max: number, keep?: (key: string) => boolean): (key: string) => V {
  const memo = new Map<string, V>();
  return (key) => {
    const hit = memo.get(key);
    if (hit !== undefined || memo.has(key)) return hit as V;
    const value = fn(key);
    if (keep === undefined || keep(key)) {
      if (memo.size >= max) memo.clear();
      memo.set(key, value);
    }
    return value;
  };
}

/**
 * A deep copy of plain data: plain objects, arrays and primitives copied recursively (strings are
 * values, so shared), anything else through `structuredClone`. Objects reached twice are copied
 * twice (plain data trees share none). The values under the key `shared` (if given) are the
 * original's, not copies.
 */
export function copyPlainData<T>(value: T, shared?: string): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const out = new Array(value.length);
    for (let i = 0; i < value.length; i++) out[i] = copyPlainData(value[i], shared);
    return out as T;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return structuredClone(value);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[key];
    out[key] = key === shared ? v : copyPlainData(v, shared);
  }
  return out as T;
}
