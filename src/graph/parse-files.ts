/**
 * Stage 1 for a whole folder: `parseFile` on every note, in worker threads for large folders
 * (parsing is most of the cost of loadGraph and each file is independent). The main thread
 * parses batches too. Where workers are used, the free-form notes are also read for the miner
 * there, next to their parse (`ParsedFile.reading`, note-reading.ts): the miner's per-note
 * reading is as large as the parse and as independent per file. Results come back in input order, so the graph does not depend on how
 * the work was split. Falls back to a single thread when workers cannot start.
 *
 * With `keepParsedFiles()` (the dev server does it) the results are also kept between loads:
 * a note whose bytes have not changed since the last load is not parsed again but comes back
 * as a fresh copy of its last result (later stages modify the trees they get; `copyKept`: the
 * nodes' positions, which no stage changes, are frozen and shared), so editing one note
 * re-parses one note. The graph is the same either way. Later stages may keep results of their
 * own while `keepingParsedFiles()` (the render stage keeps its HTML, stages/render.ts).
 *
 * A later stage can keep its own per-note result with the note (`keepWithTree`, e.g. the
 * miner's reading of a note): it is stored together with a copy of the tree *as one value*, so
 * references from the result into the tree (a candidate's blocks, a section's heading) come back
 * pointing into the fresh copy of the tree on the next load (`keptWithTree`), as a cold load
 * would have them. It is dropped with the parse result when the note's bytes change.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { Root } from 'mdast';
import { completeResult, packForMainThread, parseBytes, readNote, unpackOnMainThread, type PackedFile, type ParseJob, type ParsedFile } from './parse-file.ts';
import { definerCollector, definerConfig, type DefinerConfig } from './miner/definer.ts';
import { configId, type NoteReading } from './note-reading.ts';
import { cacheKey, type ParseCache } from './disk-cache.ts';
import { includeSignature } from './includes.ts';

interface Kept {
  bytes: Uint8Array;
  /** inc55: the files the note includes and their bytes' hashes (`includeSignature`), '' when it has none. */
  deps: string;
  /** Its disk cache entry's name (disk-cache.ts), when the cache was on. */
  diskKey?: string;
  /** The parse result and later stages' per-note results (by stage name; their references point into the result), as one value. */
  value: KeptCopy<{ result: ParsedFile; extra?: Record<string, unknown> }>;
}

/** A tree handed out by the last `parseFiles`: its kept entry, the result it came in, and the extras that came back with it. */
interface Live {
  kept: Kept;
  file: ParsedFile;
  extra?: Record<string, unknown>;
}
let live = new WeakMap<Root, Live>();

/** Parse results by folder, then by `role:file`; only while keeping is on. */
let kept: Map<string, Map<string, Kept>> | undefined;

/** Keep parse results between loads (dev server), or stop and forget them. */
export function keepParsedFiles(on = true): void {
  kept = on ? (kept ?? new Map()) : undefined;
  if (!on) live = new WeakMap();
}

/** Whether parse results are kept between loads (the dev server): later stages may keep theirs too. */
export function keepingParsedFiles(): boolean {
  return kept !== undefined;
}

/**
 * The result stage `stage` kept for this tree's note on an earlier load (`keepWithTree`), when the
 * note has not changed since; its references into the tree point into `tree`.
 */
export function keptWithTree<T>(tree: Root, stage: string): T | undefined {
  return live.get(tree)?.extra?.[stage] as T | undefined;
}

/**
 * Keep `value`, stage `stage`'s result for this tree's note, for the next load (only while
 * keeping is on, for a tree the last `parseFiles` returned). `value` may hold references into
 * the tree and its fences: they are copied together with the tree as it is now, so call this
 * before the stage or a later one changes the tree.
 */
export function keepWithTree(tree: Root, stage: string, value: unknown): void {
  const l = live.get(tree);
  if (!l || !kept) return;
  l.extra = { ...l.extra, [stage]: value };
  l.kept.value = keepCopy({ result: l.file, extra: l.extra });
}

const BAIL = Symbol('not plain data');

/**
 * A deep copy of a kept parse result (and the extras kept with it), equal to what
 * `structuredClone` gives, at a fraction of its cost: plain objects, arrays, Maps, Sets and Dates
 * are copied in plain JavaScript, and an object reached twice (a fence's `node` is a node of the
 * tree; a kept reading's candidates point into the tree) is copied once, so the copy shares
 * exactly what the original shares. One difference: nodes' positions are frozen and shared
 * between copies (`keptPosition`), and so is any other frozen object. Anything else (another
 * class, a typed array, a function) and the whole value goes through `structuredClone` instead.
 */
export function copyKept<T>(value: T): T {
  try {
    return copyPlain(value, new Map()) as T;
  } catch (e) {
    if (e === BAIL) return structuredClone(value);
    throw e;
  }
}

/**
 * A value as it is kept between loads: a copy (`copyKept`) and which of its objects it reaches
 * more than once (`undefined`: not known, the copy went through `structuredClone`).
 */
export interface KeptCopy<T> {
  value: T;
  shared: Set<object> | undefined;
}

/** Copies `value` to keep it (`copyKept`), noting which objects of the copy are reached more than once. */
export function keepCopy<T>(value: T): KeptCopy<T> {
  const twice = new Set<object>();
  try {
    return { value: copyPlain(value, new Map(), twice) as T, shared: twice };
  } catch (e) {
    if (e === BAIL) return { value: structuredClone(value), shared: undefined };
    throw e;
  }
}

/**
 * A fresh copy of a kept value, as `copyKept(k.value)` gives, faster: only the objects the value
 * reaches more than once (`k.shared`) are remembered while copying, every other object is copied
 * where it is met (it is met once), so there is no lookup table of every object copied.
 */
export function copyKeptValue<T>(k: KeptCopy<T>): T {
  if (!k.shared) return copyKept(k.value);
  return copyOnce(k.value, k.shared, new Map()) as T;
}

function copyOnce(v: unknown, shared: Set<object>, seen: Map<object, unknown>): unknown {
  if (typeof v !== 'object' || v === null) return v;
  if (Object.isFrozen(v)) return v;
  const many = shared.has(v);
  if (many) {
    const done = seen.get(v);
    if (done !== undefined) return done;
  }
  if (Array.isArray(v)) {
    const out: unknown[] = new Array(v.length);
    if (many) seen.set(v, out);
    for (let i = 0; i < v.length; i++) out[i] = copyOnce(v[i], shared, seen);
    return out;
  }
  const proto = Object.getPrototypeOf(v);
  if (proto === Object.prototype || proto === null) {
    const out: Record<string, unknown> = {};
    if (many) seen.set(v, out);
    // (for…in: the kept value's objects are copyPlain's, plain with Object.prototype; no array of keys)
    for (const k in v) out[k] = copyOnce((v as Record<string, unknown>)[k], shared, seen);
    return out;
  }
  if (v instanceof Map) {
    const out = new Map();
    if (many) seen.set(v, out);
    for (const [k, x] of v) out.set(copyOnce(k, shared, seen), copyOnce(x, shared, seen));
    return out;
  }
  if (v instanceof Set) {
    const out = new Set();
    if (many) seen.set(v, out);
    for (const x of v) out.add(copyOnce(x, shared, seen));
    return out;
  }
  // Dates (the only other kind copyPlain keeps)
  const out = new Date((v as Date).getTime());
  if (many) seen.set(v, out);
  return out;
}

function copyPlain(v: unknown, seen: Map<object, unknown>, twice?: Set<object>): unknown {
  if (typeof v !== 'object' || v === null) {
    if (typeof v === 'function' || typeof v === 'symbol') throw BAIL;
    return v;
  }
  const done = seen.get(v);
  if (done !== undefined) {
    if (twice && !Object.isFrozen(done)) twice.add(done as object);
    return done;
  }
  // A kept position (`keptPosition`): frozen, so shared rather than copied.
  if (Object.isFrozen(v)) return v;
  if (Array.isArray(v)) {
    const out: unknown[] = new Array(v.length);
    seen.set(v, out);
    for (let i = 0; i < v.length; i++) out[i] = copyPlain(v[i], seen, twice);
    return out;
  }
  const proto = Object.getPrototypeOf(v);
  if (proto === Object.prototype || proto === null) {
    const out: Record<string, unknown> = {};
    seen.set(v, out);
    for (const k of Object.keys(v)) {
      const x = (v as Record<string, unknown>)[k];
      out[k] = k === 'position' && isPosition(x) ? keptPosition(x, seen, twice) : copyPlain(x, seen, twice);
    }
    return out;
  }
  if (v instanceof Map) {
    const out = new Map();
    seen.set(v, out);
    for (const [k, x] of v) out.set(copyPlain(k, seen, twice), copyPlain(x, seen, twice));
    return out;
  }
  if (v instanceof Set) {
    const out = new Set();
    seen.set(v, out);
    for (const x of v) out.add(copyPlain(x, seen, twice));
    return out;
  }
  if (v instanceof Date) {
    const out = new Date(v.getTime());
    seen.set(v, out);
    return out;
  }
  throw BAIL;
}

interface Point {
  line: number;
  column: number;
  offset?: number;
}

function isPosition(x: unknown): x is { start: Point; end: Point } {
  return typeof x === 'object' && x !== null && Object.getPrototypeOf(x) === Object.prototype &&
    typeof (x as { start?: unknown }).start === 'object' && typeof (x as { end?: unknown }).end === 'object';
}

/**
 * A node's position (most of a tree's objects: three per node). No stage changes positions, so a
 * kept result's positions are frozen and shared by every copy handed out from it, not copied
 * again (a stage that tried to change one would throw, not silently change the kept note).
 * The first copy of a position freezes the copy; a position with anything but numbers in its
 * points, or whose points something else reached first, is copied as any other object.
 */
function keptPosition(p: { start: Point; end: Point }, seen: Map<object, unknown>, twice?: Set<object>): unknown {
  const done = seen.get(p);
  if (done !== undefined) {
    if (twice && !Object.isFrozen(done)) twice.add(done as object);
    return done;
  }
  if (Object.isFrozen(p)) return p;
  if (Object.keys(p).length !== 2 || !plainPoint(p.start) || !plainPoint(p.end) || p.start === p.end || seen.has(p.start) || seen.has(p.end)) return copyPlain(p, seen, twice);
  const start = Object.freeze({ ...p.start });
  const end = Object.freeze({ ...p.end });
  const out = Object.freeze({ start, end });
  seen.set(p, out);
  seen.set(p.start, start);
  seen.set(p.end, end);
  return out;
}

function plainPoint(q: unknown): q is Point {
  if (typeof q !== 'object' || q === null || Object.getPrototypeOf(q) !== Object.prototype) return false;
  for (const k in q) if (typeof (q as Record<string, unknown>)[k] !== 'number') return false;
  return true;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.compare(a, b) === 0;
}

export interface ParseOptions {
  /** Worker threads: a number, or true/false; default: automatic (several only for ≥ 1,500 notes). */
  workers?: number | boolean;
  /**
   * Called at the end with how the work was split (for tests and benchmarks); `reused`: results
   * kept from the last load in this process, `cached`: results taken from the disk cache.
   */
  report?: (split: { workers: number; batchesInWorkers: number; batchesInMain: number; reused?: number; cached?: number }) => void;
  /** The disk cache of parse results (disk-cache.ts): results are taken from it and written to it. */
  cache?: ParseCache;
  /** The files' bytes (or why each could not be read), by job, when the caller read them already: not read again. */
  bytes?: (Uint8Array | NodeJS.ErrnoException)[];
}

const AUTO_THRESHOLD = 1500;
/**
 * With the automatic worker count, the notes are read for the miner next to the parse only from
 * this many notes on; below it the mine stage reads them. Measured (docs/performance.md section 16,
 * load 4–5): at 10,000 notes reading next to the parse took the main thread's CPU to 0.66× (wall
 * 0.90×), at 3,000 notes it cost 12–23% more CPU for no wall gain (a second thread warms the miner
 * up again and the readings travel back as JSON). The number lies between the two measured sizes;
 * it is not tuned finer than that. An explicit worker count (option or K8SMAP_GRAPH_WORKERS) reads
 * next to the parse at any size.
 */
const READ_WITH_PARSE_THRESHOLD = 5000;
/** Files per batch: small, so that the last batches spread over the threads (a free-form note is parsed and read, about 10 ms). */
const BATCH = 25;

/** Whether a load in workers reads the notes for the miner next to the parse (see READ_WITH_PARSE_THRESHOLD). */
export function readsWithParse(n: number, opt: ParseOptions['workers'], env: string | undefined = process.env.K8SMAP_GRAPH_WORKERS): boolean {
  return opt !== undefined || (env ?? '') !== '' || n >= READ_WITH_PARSE_THRESHOLD;
}

function workerCount(n: number, opt: ParseOptions['workers']): number {
  const env = process.env.K8SMAP_GRAPH_WORKERS;
  if (env !== undefined && env !== '' && opt === undefined) opt = Number(env);
  if (opt === false || opt === 0) return 0;
  const cores = Math.max(1, availableParallelism());
  if (typeof opt === 'number' && Number.isFinite(opt)) return Math.max(0, Math.min(Math.floor(opt), 8));
  if (opt === true) return Math.max(1, Math.min(cores - 1, 3));
  return n >= AUTO_THRESHOLD && cores > 1 ? Math.min(cores - 1, 3) : 0;
}

export async function parseFiles(root: string, jobs: ParseJob[], opts: ParseOptions = {}): Promise<ParsedFile[]> {
  if (!kept) return parseFresh(root, jobs, opts.bytes, opts);
  const dir = path.resolve(root);
  const before = kept.get(dir) ?? new Map<string, Kept>();
  const now = new Map<string, Kept>();
  const results: (ParsedFile | undefined)[] = new Array(jobs.length);
  const changed: number[] = [];
  const changedBytes: (Uint8Array | NodeJS.ErrnoException)[] = [];
  jobs.forEach((job, i) => {
    const key = `${job.role}:${job.file}`;
    const bytes = readNote(root, job.file);
    const last = before.get(key);
    // (inc55: and the files it includes, includes.ts: editing only an included file parses the note again)
    if (last && bytes instanceof Uint8Array && sameBytes(last.bytes, bytes) && last.deps === includeSignature((f) => readNote(root, f), job.file, bytes)) {
      // one copy of the result and its extras together, so the extras point into this tree
      const copy = copyKeptValue(last.value);
      results[i] = copy.result;
      live.set(copy.result.tree, { kept: last, file: copy.result, ...(copy.extra ? { extra: copy.extra } : {}) });
      now.set(key, last);
      // (still used: the disk cache keeps its entry)
      if (opts.cache) opts.cache.use(last.diskKey ?? (last.diskKey = cacheKey(job, bytes, root)));
    } else {
      changed.push(i);
      changedBytes.push(bytes);
    }
  });
  const report = opts.report;
  const reused = jobs.length - changed.length;
  const parsed = await parseFresh(root, changed.map((i) => jobs[i]!), changedBytes, { ...opts, report: report && ((r) => report({ ...r, reused })) });
  changed.forEach((i, k) => {
    const result = parsed[k]!;
    results[i] = result;
    const bytes = changedBytes[k]!;
    if (bytes instanceof Uint8Array) {
      const k: Kept = { bytes, value: keepCopy({ result }), ...(opts.cache ? { diskKey: cacheKey(jobs[i]!, bytes, root) } : {}), deps: includeSignature((f) => readNote(root, f), jobs[i]!.file, bytes) };
      now.set(`${jobs[i]!.role}:${jobs[i]!.file}`, k);
      live.set(result.tree, { kept: k, file: result });
    }
  });
  kept.set(dir, now); // files gone since the last load are forgotten
  return results as ParsedFile[];
}

/** A fresh result waiting for the miner's reading (the mine stage does it) before it is written to the disk cache. */
interface Pending {
  cache: ParseCache;
  key: string;
  file: ParsedFile;
  /** The tree as JSON, when a parse worker sent it so. */
  treeJson?: string;
}
const pending = new WeakMap<Root, Pending>();

/**
 * The mine stage read this tree's note (`reading`, note-reading.ts): when its parse result waits
 * for the reading to be stored in the disk cache, it is stored now, the two together. Call it
 * before any stage changes the tree (as `keepWithTree`).
 */
export function cacheReading(tree: Root, reading: NoteReading): void {
  const p = pending.get(tree);
  if (!p) return;
  pending.delete(tree);
  p.cache.write(p.key, packForMainThread({ ...p.file, reading }, p.treeJson));
}

/** After parsing `bytes` into `p` on this thread: store it in the cache, or note that it waits for its reading. */
function toCache(cache: ParseCache | undefined, job: ParseJob, bytes: Uint8Array | NodeJS.ErrnoException, p: ParsedFile, known: string | undefined, root: string): void {
  if (!cache || !(bytes instanceof Uint8Array)) return;
  const key = known ?? cacheKey(job, bytes, root);
  if (completeResult(p)) cache.write(key, packForMainThread(p));
  else pending.set(p.tree, { cache, key, file: p });
}

/** A note's bytes read for the cache's look-up (or the error reading gave) and their entry name: parsed from these, not read and hashed again. */
interface ReadNote {
  bytes: Uint8Array | NodeJS.ErrnoException;
  key?: string;
}

/** Parses one file on this thread (reading it for the miner with `definer`), through the cache. */
function parseHere(root: string, job: ParseJob, definer: DefinerConfig | undefined, cache: ParseCache | undefined, given?: ReadNote): ParsedFile {
  const bytes = given?.bytes ?? readNote(root, job.file);
  const p = parseBytes(job, bytes, definer, root);
  toCache(cache, job, bytes, p, given?.key, root);
  return p;
}

/**
 * Results for `jobs` not kept from the last load in this process: from the disk cache where it
 * holds them, the rest parsed. `given`: the files' bytes, when the caller read them (the dev
 * server): then a few files (an edit) are parsed here, from those bytes.
 */
async function parseFresh(root: string, jobs: ParseJob[], given: (Uint8Array | NodeJS.ErrnoException)[] | undefined, opts: ParseOptions): Promise<ParsedFile[]> {
  const { cache } = opts;
  let todo = jobs.map((_, i) => i);
  const results: (ParsedFile | undefined)[] = new Array(jobs.length);
  // the misses' bytes and keys, by job (read once: the parse on this thread takes them)
  const read: (ReadNote | undefined)[] = given ? given.map((bytes) => ({ bytes })) : new Array(jobs.length);
  if (cache) {
    // (the readings are the current definer configuration's: the cache's folder is named by it)
    const config = configId(definerConfig());
    // (perf63: a build's hits keep their readings packed until the mine stage asks: `readingLater`;
    // not while results are kept between loads, which copies them)
    const lazy = !keepingParsedFiles();
    todo = [];
    jobs.forEach((job, i) => {
      const bytes = given?.[i] ?? readNote(root, job.file);
      const key = bytes instanceof Uint8Array ? cacheKey(job, bytes, root) : undefined;
      const hit = key && cache.lookup(key, job, (packed) => unpackOnMainThread(packed, config, lazy));
      if (!hit) {
        read[i] = key ? { bytes, key } : { bytes };
        return todo.push(i);
      }
      results[i] = hit;
      // (a reading that did not fit its tree: the mine stage reads the note and it is stored again)
      const later = hit.readingLater;
      if (later) {
        let asked = false;
        hit.readingLater = () => {
          const reading = later();
          if (!reading && !asked) pending.set(hit.tree, { cache, key, file: hit });
          asked = true;
          return reading;
        };
      } else if (!completeResult(hit)) pending.set(hit.tree, { cache, key, file: hit });
    });
  }
  const cached = jobs.length - todo.length;
  const report = opts.report && cache ? (r: Parameters<NonNullable<ParseOptions['report']>>[0]) => opts.report!({ ...r, cached }) : opts.report;
  if (given && todo.length <= 50) {
    // an edit in the dev server, or a few notes changed since the last load (the whole graph's
    // look-up read them, load.ts): parse them here, from the bytes just read
    for (const i of todo) results[i] = parseHere(root, jobs[i]!, undefined, cache, read[i]);
    report?.({ workers: 0, batchesInWorkers: 0, batchesInMain: todo.length > 0 ? 1 : 0 });
  } else {
    const parsed = await parseAll(root, todo.map((i) => jobs[i]!), { ...opts, ...(report ? { report } : {}) }, todo.map((i) => read[i]));
    todo.forEach((i, k) => (results[i] = parsed[k]!));
  }
  return results as ParsedFile[];
}

/** A parse worker's message (parse-worker.ts). */
export interface WorkerMessage {
  id?: number;
  results?: PackedFile[];
  /** Per result: its disk cache entry's name (when the cache is on and the file could be read), and whether the worker stored it. */
  keys?: (string | null)[];
  stored?: boolean[];
  error?: string;
  done?: boolean;
}

/** `read`: per job, its bytes (and entry name) when already read; the parse workers read their files themselves. */
async function parseAll(root: string, jobs: ParseJob[], opts: ParseOptions, read: (ReadNote | undefined)[] = []): Promise<ParsedFile[]> {
  const { cache } = opts;
  const nWorkers = workerCount(jobs.length, opts.workers);
  if (nWorkers === 0) {
    opts.report?.({ workers: 0, batchesInWorkers: 0, batchesInMain: jobs.length > 0 ? 1 : 0 });
    return jobs.map((j, i) => parseHere(root, j, undefined, cache, read[i]));
  }
  let inWorkers = 0;
  let inMain = 0;
  // The free-form notes are read for the miner next to the parse (note-reading.ts), in parallel
  // like the parse, with the definer configuration of this load — not when a collector is set
  // (training, benchmarks): it must see every note on this thread, so the mine stage reads them.
  const definer = !readsWithParse(jobs.length, opts.workers) || definerCollector() ? undefined : definerConfig();
  const config = definer && configId(definer);
  const here = (j: ParseJob, i: number) => parseHere(root, j, definer, cache, read[i]);

  const results: (ParsedFile | undefined)[] = new Array(jobs.length);
  const batches: { start: number; jobs: ParseJob[] }[] = [];
  for (let i = 0; i < jobs.length; i += BATCH) batches.push({ start: i, jobs: jobs.slice(i, i + BATCH) });
  const store = (b: { start: number }, rs: ParsedFile[]) => rs.forEach((r, k) => (results[b.start + k] = r));

  const workers: Worker[] = [];
  for (let w = 0; w < nWorkers; w++) {
    try {
      workers.push(new Worker(new URL('./parse-worker.ts', import.meta.url)));
    } catch {
      break;
    }
  }
  // Every thread takes the next batch from one shared counter (no thread waits for another to
  // hand out work, and the last batches go to whichever thread is free); worker w starts with
  // batch w, so each worker that runs gets work.
  const next = new Int32Array(new SharedArrayBuffer(4));
  Atomics.store(next, 0, workers.length);
  const take = () => {
    const i = Atomics.add(next, 0, 1);
    return i < batches.length ? batches[i] : undefined;
  };
  const running = workers.map(
    (worker, w) =>
      new Promise<void>((resolve) => {
        worker.on('message', (msg: WorkerMessage) => {
          if (msg.done) return resolve();
          const b = msg.id !== undefined ? batches[msg.id] : undefined;
          if (!b) return;
          if (msg.results) {
            store(b, msg.results.map((r, k) => {
              const p = unpackOnMainThread(r, config);
              const key = msg.keys?.[k];
              if (cache && key) {
                // stored by the worker, or waiting for the mine stage's reading
                if (msg.stored?.[k]) cache.use(key);
                else if (completeResult(p)) cache.write(key, r);
                else pending.set(p.tree, { cache, key, file: p, treeJson: r.treeJson });
              }
              return p;
            }));
            inWorkers++;
          } else {
            store(b, b.jobs.map((j, k) => here(j, b.start + k)));
            inMain++;
          }
        });
        // A worker that cannot run (e.g. no type stripping in this environment) or dies: the
        // batches it took and did not send back are parsed on the main thread at the end.
        worker.on('error', () => resolve());
        worker.on('exit', () => resolve());
        worker.postMessage({ root, batches: batches.map((x) => x.jobs), first: w, next, ...(definer ? { definer } : {}), ...(cache ? { cache: cache.dir } : {}) });
      }),
  );
  // The main thread works through the batches too, yielding so worker results are received.
  for (let b = take(); b; b = take()) {
    store(b, b.jobs.map((j, k) => here(j, b.start + k)));
    inMain++;
    await new Promise((r) => setImmediate(r));
  }
  await Promise.all(running);
  await Promise.all(workers.map((w) => w.terminate()));
  opts.report?.({ workers: workers.length, batchesInWorkers: inWorkers, batchesInMain: inMain });
  // Anything left (a worker died mid-batch without an error event) is parsed here.
  return results.map((r, i) => r ?? here(jobs[i]!, i));
}
