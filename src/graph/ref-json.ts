/**
 * A value that points into other data, as JSON text, and back: used to move the miner's reading
 * of a note (candidates whose blocks and sections point into the note's tree and its fence
 * analyses) from a parse worker to the main thread, where the tree arrives as its own JSON and
 * the fences as their own message.
 *
 * The *context* (the tree and the fences) is numbered in one deterministic walk: every object,
 * array, Map and Set reachable from it, depth first, each once, in property / insertion order.
 * `packRefs` writes the value with every object that is in the context as its number, and every
 * other object once, a second reach of it as a back reference (so shared objects stay shared
 * and cycles are fine). `unpackRefs` walks the receiver's copy of the context the same way and
 * puts its objects where the numbers are: the result points into the receiver's copy exactly
 * where the value pointed into the sender's. If the two contexts do not number the same (their
 * object counts differ) it returns undefined, and so does `packRefs` for a value it cannot
 * write (a function, a symbol, a class instance other than Map and Set): the caller then does
 * the work on its own side.
 *
 * Written forms (all JSON arrays are tagged; primitives are themselves):
 *   ['@', i] context object i · ['^', j] the j-th object written before · ['A', …items]
 *   ['O', k, v, …] a plain object · ['M', k, v, …] a Map · ['S', …] a Set · ['U'] undefined
 *   ['N', 'NaN' | 'Infinity' | '-Infinity' | '-0'] numbers JSON cannot hold
 * Only plain objects (and arrays, Maps, Sets) of the context are walked into; another object
 * counts as one and its insides are not numbered.
 *
 * A context that crosses as JSON text (a parsed tree) must hold no object twice: JSON writes a
 * shared object once per reach, so the receiver's copy has more objects than the sender numbered
 * and `unpackRefs` says undefined (rules47: a worker's reading thrown away). The parse makes trees
 * that share nothing (text-slices.ts `copyPosition`; tests/unit/graph/tree-sharing.test.ts).
 */

type Tagged = unknown[];

/** The context's objects in walk order (see the module comment). */
export function contextObjects(context: unknown): object[] {
  const out: object[] = [];
  const seen = new Set<object>();
  const walk = (v: unknown): void => {
    if (typeof v !== 'object' || v === null || seen.has(v)) return;
    seen.add(v);
    out.push(v);
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) walk(v[i]);
    } else if (v instanceof Map) {
      for (const [k, x] of v) {
        walk(k);
        walk(x);
      }
    } else if (v instanceof Set) {
      for (const x of v) walk(x);
    } else if (Object.getPrototypeOf(v) === Object.prototype) {
      for (const k in v) walk((v as Record<string, unknown>)[k]);
    }
  };
  walk(context);
  return out;
}

const UNWRITABLE = Symbol('unwritable');

/** `value` as JSON text, its references into `context` as numbers; undefined when it holds something that cannot be written. */
export function packRefs(value: unknown, context: unknown): string | undefined {
  const objs = contextObjects(context);
  const anchor = new Map<object, number>();
  for (let i = 0; i < objs.length; i++) anchor.set(objs[i]!, i);
  const written = new Map<object, number>();
  const write = (v: unknown): unknown => {
    switch (typeof v) {
      case 'string':
      case 'boolean':
        return v;
      case 'number':
        if (Number.isNaN(v)) return ['N', 'NaN'];
        if (!Number.isFinite(v)) return ['N', v > 0 ? 'Infinity' : '-Infinity'];
        if (Object.is(v, -0)) return ['N', '-0'];
        return v;
      case 'undefined':
        return ['U'];
      case 'object': {
        if (v === null) return null;
        const a = anchor.get(v);
        if (a !== undefined) return ['@', a];
        const w = written.get(v);
        if (w !== undefined) return ['^', w];
        written.set(v, written.size);
        if (Array.isArray(v)) {
          const out: Tagged = ['A'];
          for (let i = 0; i < v.length; i++) out.push(write(v[i]));
          return out;
        }
        if (v instanceof Map) {
          const out: Tagged = ['M'];
          for (const [k, x] of v) out.push(write(k), write(x));
          return out;
        }
        if (v instanceof Set) {
          const out: Tagged = ['S'];
          for (const x of v) out.push(write(x));
          return out;
        }
        // (an object without a prototype would come back with one: not written either)
        if (Object.getPrototypeOf(v) !== Object.prototype) throw UNWRITABLE;
        const out: Tagged = ['O'];
        for (const k of Object.keys(v)) out.push(k, write((v as Record<string, unknown>)[k]));
        return out;
      }
      default:
        throw UNWRITABLE;
    }
  };
  try {
    return JSON.stringify([objs.length, write(value)]);
  } catch (e) {
    if (e === UNWRITABLE) return undefined;
    throw e;
  }
}

/** The value `packRefs` wrote, pointing into this side's copy of the context; undefined when the copies do not match. */
export function unpackRefs<T>(json: string, context: unknown): T | undefined {
  const [count, data] = JSON.parse(json) as [number, unknown];
  const objs = contextObjects(context);
  if (objs.length !== count) return undefined;
  const made: unknown[] = [];
  const read = (x: unknown): unknown => {
    if (!Array.isArray(x)) return x;
    switch (x[0]) {
      case '@':
        return objs[x[1] as number];
      case '^':
        return made[x[1] as number];
      case 'U':
        return undefined;
      case 'N':
        return x[1] === '-0' ? -0 : Number(x[1]);
      case 'A': {
        const out: unknown[] = [];
        made.push(out);
        for (let i = 1; i < x.length; i++) out.push(read(x[i]));
        return out;
      }
      case 'M': {
        const out = new Map();
        made.push(out);
        for (let i = 1; i < x.length; i += 2) {
          const k = read(x[i]);
          out.set(k, read(x[i + 1]));
        }
        return out;
      }
      case 'S': {
        const out = new Set();
        made.push(out);
        for (let i = 1; i < x.length; i++) out.add(read(x[i]));
        return out;
      }
      case 'O': {
        const out: Record<string, unknown> = {};
        made.push(out);
        for (let i = 1; i < x.length; i += 2) {
          const k = x[i] as string;
          const val = read(x[i + 1]);
          if (k === '__proto__') Object.defineProperty(out, k, { value: val, enumerable: true, writable: true, configurable: true });
          else out[k] = val;
        }
        return out;
      }
      default:
        throw new Error(`unpackRefs: unknown tag ${JSON.stringify(x[0])}`);
    }
  };
  return read(data) as T;
}
