/**
 * The parse stage's results kept on disk between builds (parse-files.ts): a note's parse result
 * (its tree, frontmatter, diagnostics, tags, YAML fence analyses) and the miner's reading of it
 * (note-reading.ts) depend only on the note's bytes, its path and role, and the engine (its code
 * and data, the libraries it runs, the definer's configuration). So each result is stored as an
 * entry named by a hash of role, path and bytes, in a folder named by a fingerprint of the engine;
 * a later load that finds the same bytes at the same path takes the stored result instead of
 * parsing and reading the note again. The graph is the same either way (the stored form is the
 * one the parse workers already send to the main thread: `packForMainThread`).
 *
 * What invalidates what: a changed note has other bytes, a renamed one another path (both: other
 * entry names; the old entries are pruned); any change to the engine's files (src/graph/**,
 * the learned definer's weights and the field catalogue among them), to the installed packages
 * (node_modules/.package-lock.json, else package-lock.json), to Node's versions (V8, ICU: the
 * miner segments sentences with `Intl.Segmenter`) or to the definer's configuration gives
 * another fingerprint, so another folder. A folder holds the entries the last load of each of
 * the last `KEEP_ROOTS` content folders used (a list per content folder, `roots/`); anything
 * else is deleted at the end of a load, and so are the folders of all but the last
 * `KEEP_ENGINES` fingerprints used. An entry that cannot be read (truncated, checksum wrong, not
 * this format) is ignored with a warning and written again.
 *
 * Files: entries are written a few at a time as pack files (`writePack`: up to `PACK_ENTRIES`
 * gathered on the main thread, one per batch in a parse worker), each with an index of the
 * entries it holds; creating a file per note cost about 2% of a cold load's CPU. A pack whose
 * entries are all still used stays as it is; one with some unused (or unreadable) entries is
 * replaced at the load's end by a pack of the others.
 *
 * The whole graph (perf55): a load through `loadGraph` also stores the Graph it built, one file
 * per content folder (`graphs/<hash of the folder>.graph`, replaced by each load of the folder),
 * named inside by a hash of everything the graph depends on besides the engine (load.ts
 * `wholeKey`: every file's path and role, every note's entry name, every SVG's bytes, the
 * `layout` option); its examples' YAML keys' catalogue descriptions stored as their numbers, as
 * in the parse entries, and their `docUrl`s as numbers in a table stored with the graph (perf56). A later load whose inputs hash the same takes it and runs no stage after
 * `read`, listing the notes' entries as used (so the pruning keeps them); it is deleted with its
 * folder's list in `roots/`. Format: a 20-byte header (magic, format, CRC-32 of the rest, the
 * key's and the payload's lengths), the key, `v8.serialize` of the Graph. perf59: the Graph's
 * examples are stored apart, one entry per note in the packs (`exampleGroups`), named by what
 * they hold, so that a load after one note changed encodes and writes only the parts that
 * changed; the file lists the parts' names and where each example goes.
 *
 * Where: `<cacheDir>/k8smap-parse/` — Astro's `cacheDir` (the graph integration sets it,
 * `setDefaultCacheDir`), the same folder for the command line (`projectCacheDir`); a load
 * without either uses no cache (the engine's API and the tests). `K8SMAP_CACHE=off` turns it off.
 *
 * Entry format (inside a pack): a 20-byte header (magic, format, CRC-32 of the rest, two lengths), the result
 * without its tree as `v8.serialize` writes it (Maps in the frontmatter survive; a YAML key's
 * field description from the catalogue as its number in `fieldDescriptions`, which the
 * fingerprint fixes, not its text), and the tree as JSON text (JSON.parse is cheaper than V8's
 * deserialiser for the tree, as in the workers).
 */
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync, writevSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { threadId } from 'node:worker_threads';
import { crc32 } from 'node:zlib';
import { readNote, type PackedFile, type ParseJob } from './parse-file.ts';
import { includeSignature } from './includes.ts';
import { fieldDescriptions } from './yaml/catalogue.ts';

/** The environment variable that turns the cache off (`off`, `0`, `false`, `no`). */
export const CACHE_ENV = 'K8SMAP_CACHE';
/** The cache's folder inside the cache directory. */
export const CACHE_SUBDIR = 'k8smap-parse';
/** Bump when the entry format or the meaning of a stored result changes without an engine file changing. */
const FORMAT = 3;
const MAGIC = 0x434d384b; // 'K8MC' little-endian
const HEADER = 20;
const PACK_MAGIC = 0x504d384b; // 'K8MP' little-endian
/** A pack's header: magic, format, the index's length, the number of entries. */
const PACK_HEADER = 16;
/**
 * Entries a pack file holds at most: the main thread gathers the entries it writes until then
 * (or the load's end); a parse worker writes one pack per batch of notes (25).
 */
export const PACK_ENTRIES = 64;
/** Fingerprint folders kept: the current one and the last ones used before it (switching branches). */
export const KEEP_ENGINES = 3;
/** Content folders whose last load's entries are kept, per fingerprint. */
export const KEEP_ROOTS = 8;
/** A temporary file older than this is a crashed write's. */
const STALE_TMP_MS = 10 * 60 * 1000;
const PACK = /^[0-9a-f]{40}\.pack$/;
/** Failed writes after which a load stops writing (a full or read-only disk). */
const MAX_WRITE_FAILURES = 20;

/** Whether the environment turns the cache off. */
export function cacheTurnedOff(env: string | undefined = process.env[CACHE_ENV]): boolean {
  return /^\s*(off|0|false|no)\s*$/i.test(env ?? '');
}

// The Astro integration (loaded by Node) sets the folder; in `astro dev` the engine is another
// module instance (loaded through Vite), so the folder is kept on globalThis.
const DIR_KEY = Symbol.for('k8s-skill-map.parse-cache-dir');
const g = globalThis as typeof globalThis & { [DIR_KEY]?: string };

/** The cache directory loads use when their options name none (Astro's `cacheDir`); undefined: none. */
export function setDefaultCacheDir(dir: string | undefined): void {
  if (dir === undefined) delete g[DIR_KEY];
  else g[DIR_KEY] = path.resolve(dir);
}

/** The cache directory a load uses: `option` (false: none), else the default; none when K8SMAP_CACHE=off. */
export function cacheDirFor(option: string | false | undefined): string | undefined {
  if (cacheTurnedOff() || option === false) return undefined;
  return option !== undefined ? path.resolve(option) : g[DIR_KEY];
}

const ENGINE_DIR = fileURLToPath(new URL('./', import.meta.url));
const PROJECT_DIR = path.resolve(ENGINE_DIR, '../..');

/** The project's cache directory as astro.config.mjs sets it (K8SMAP_CACHE_DIR, else node_modules/.astro), for the command line. */
export function projectCacheDir(): string {
  return path.resolve(PROJECT_DIR, process.env.K8SMAP_CACHE_DIR || 'node_modules/.astro');
}

/** The last fingerprint of this engine, and the files' sizes and times it was computed from. */
let engineHash: { stamp: string; hash: string } | undefined;

/**
 * A hash of everything a stored result depends on besides the note: the format, Node's versions,
 * every file of the engine (src/graph/**: code, the miner's rules and model, the field catalogue
 * and vocabularies), the installed packages' lock (remark, micromark, yaml …). The contents are
 * hashed again only when a file's size or modification time changed since the last call (an
 * engine edited while `astro dev` runs gets a new fingerprint at the next load).
 */
export function engineFingerprint(engineDir = ENGINE_DIR, projectDir = PROJECT_DIR): string {
  const files: { name: string; full: string }[] = [];
  let stamp = '';
  for (const f of (readdirSync(engineDir, { recursive: true, encoding: 'utf8' }) as string[]).sort()) {
    const full = path.join(engineDir, f);
    const st = statSync(full);
    if (!st.isFile()) continue;
    files.push({ name: f.split(path.sep).join('/'), full });
    stamp += `${f}:${st.size}:${st.mtimeMs}\n`;
  }
  let lock: { name: string; full: string } | undefined;
  for (const name of ['node_modules/.package-lock.json', 'package-lock.json']) {
    const full = path.join(projectDir, name);
    const t = mtime(full);
    if (t === 0) continue;
    lock = { name, full };
    stamp += `${name}:${t}\n`;
    break;
  }
  const mine = engineDir === ENGINE_DIR && projectDir === PROJECT_DIR;
  if (mine && engineHash?.stamp === stamp) return engineHash.hash;
  const h = createHash('sha1');
  h.update(`format ${FORMAT}\n`);
  for (const k of ['node', 'v8', 'icu', 'unicode'] as const) h.update(`${k} ${process.versions[k] ?? ''}\n`);
  for (const f of files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    h.update(`file ${f.name}\n`);
    h.update(readFileSync(f.full));
  }
  if (lock) h.update(`lock ${lock.name}\n`).update(readFileSync(lock.full));
  const hash = h.digest('hex');
  if (mine) engineHash = { stamp, hash };
  return hash;
}

let descriptionIds: Map<string, number> | undefined;

/** Lists of YAML keys whose catalogue descriptions are stored as numbers. */
type KeyLists = Iterable<readonly { description?: string | number }[]>;

/**
 * Calls `f` while the YAML keys' catalogue descriptions in `fences` are replaced by their numbers
 * (`fieldDescriptions`), then puts the texts back: the stored form without copying the analyses.
 */
function withDescriptionIds<T>(fences: PackedFile['fences'], f: () => T): T {
  return withKeyDescriptionIds(fences.map((fence) => fence.analysis.keys as { description?: string | number }[]), f);
}

/** `withDescriptionIds` over any lists of keys. */
function withKeyDescriptionIds<T>(lists: KeyLists, f: () => T): T {
  descriptionIds ??= new Map(fieldDescriptions().map((d, i) => [d, i]));
  const swapped: { key: { description?: string | number }; text: string }[] = [];
  for (const keys of lists) {
    for (const key of keys as { description?: string | number }[]) {
      const id = typeof key.description === 'string' ? descriptionIds.get(key.description) : undefined;
      if (id === undefined) continue;
      swapped.push({ key, text: key.description as string });
      key.description = id;
    }
  }
  try {
    return f();
  } finally {
    for (const { key, text } of swapped) key.description = text;
  }
}

/** The texts of descriptions stored as numbers (`withDescriptionIds`), in place; throws on a number the catalogue has not. */
function descriptionTexts(fences: PackedFile['fences']): void {
  keyDescriptionTexts(fences.map((fence) => fence.analysis.keys as { description?: string | number }[]));
}

function keyDescriptionTexts(lists: KeyLists): void {
  const texts = fieldDescriptions();
  for (const keys of lists) {
    for (const key of keys as { description?: string | number }[]) {
      if (typeof key.description !== 'number') continue;
      const text = texts[key.description];
      if (text === undefined) throw new Error('a field description the catalogue has not');
      key.description = text;
    }
  }
}

/** The `docUrl`s stored as numbers in `urls` (`storedGraph`), in place; throws on a number the table has not. */
function docUrlTexts(lists: readonly { docUrl?: string | number }[][], urls: readonly string[]): void {
  for (const keys of lists) {
    for (const key of keys) {
      if (typeof key.docUrl !== 'number') continue;
      const text = urls[key.docUrl];
      if (typeof text !== 'string') throw new Error('a docUrl the table has not');
      key.docUrl = text;
    }
  }
}

function graphKeyLists(graph: unknown): { description?: string | number; docUrl?: string | number }[][] {
  const examples = (graph as { examples?: unknown } | null)?.examples;
  if (!Array.isArray(examples)) return [];
  return examples.map((e: { keys?: unknown }) => (Array.isArray(e?.keys) ? (e.keys as { description?: string | number; docUrl?: string | number }[]) : []));
}

/**
 * The name of a note's entry: a hash of its role, path and bytes, and (inc55) of the files it
 * includes (`includeSignature`: their paths and bytes, read from `root`, the content folder; nothing
 * for a note with no include line), so an edit to an included file alone misses the entry.
 */
export function cacheKey(job: ParseJob, bytes: Uint8Array, root?: string): string {
  const h = createHash('sha1').update(`${job.role}\0${job.file}\0`).update(bytes);
  const deps = root === undefined ? '' : includeSignature((f) => readNote(root, f), job.file, bytes);
  if (deps !== '') h.update(`\0${deps}`);
  return h.digest('hex');
}

// Temporary files' names: unique to this thread (a random tag drawn once, as the thread's id and
// pid can recur in another process or on another machine sharing the folder) and a counter;
// `randomBytes` per entry cost 0.6% of a cold load's CPU.
const TMP_TAG = `${process.pid}-${threadId}-${randomBytes(4).toString('hex')}`;
let tmpCount = 0;

/** Entry `key` holding `packed`, as the parts to write one after the other. */
export function encodeEntry(key: string, packed: PackedFile): Buffer[] {
  const { treeJson, ...meta } = packed;
  const m = withDescriptionIds(meta.fences, () => v8.serialize({ key, meta }));
  const t = Buffer.from(treeJson, 'utf8');
  const head = Buffer.alloc(HEADER);
  head.writeUInt32LE(MAGIC, 0);
  head.writeUInt32LE(FORMAT, 4);
  head.writeUInt32LE(m.length, 12);
  head.writeUInt32LE(t.length, 16);
  head.writeUInt32LE(crc32(t, crc32(m, crc32(head.subarray(12)))), 8);
  return [head, m, t];
}

/** An entry on its way into a pack: its name and bytes (`encodeEntry`'s parts, or an entry copied whole). */
export interface PackEntry {
  key: string;
  parts: Buffer[];
}

/**
 * Writes `entries` as one pack file in folder `dir` and returns its name: a header (magic,
 * format, the index's length, the count), the index (JSON: `[key, length]` per entry, in order),
 * then the entries one after the other. Written to a temporary file, then renamed: a reader
 * never sees half a pack.
 */
export function writePack(dir: string, entries: readonly PackEntry[]): string {
  const index = Buffer.from(JSON.stringify(entries.map((e) => [e.key, e.parts.reduce((n, b) => n + b.length, 0)])), 'utf8');
  const head = Buffer.alloc(PACK_HEADER);
  head.writeUInt32LE(PACK_MAGIC, 0);
  head.writeUInt32LE(FORMAT, 4);
  head.writeUInt32LE(index.length, 8);
  head.writeUInt32LE(entries.length, 12);
  const n = tmpCount++;
  const name = `${createHash('sha1').update(`${TMP_TAG} ${n} ${entries[0]?.key ?? ''}`).digest('hex')}.pack`;
  const tmp = path.join(dir, `${name}.tmp-${TMP_TAG}-${n}`);
  const fd = openSync(tmp, 'w');
  try {
    const parts = [head, index, ...entries.flatMap((e) => e.parts)];
    // (writev takes at most IOV_MAX buffers at once)
    for (let i = 0; i < parts.length; i += 512) writevSync(fd, parts.slice(i, i + 512));
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path.join(dir, name));
  return name;
}

/** Where an entry sits in a pack. */
export interface PackSlot {
  key: string;
  offset: number;
  length: number;
}

/** Packs' indexes read from disk in this thread (`readPackIndex`), for tests. */
export const packIndexReads = { count: 0 };

/** The index of the pack file `file` (the entries are checked when read); throws an Error saying what is wrong with it. */
export function readPackIndex(file: string): PackSlot[] {
  packIndexReads.count++;
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(PACK_HEADER);
    if (readSync(fd, head, 0, PACK_HEADER, 0) < PACK_HEADER) throw new Error('truncated pack');
    if (head.readUInt32LE(0) !== PACK_MAGIC || head.readUInt32LE(4) !== FORMAT) throw new Error('not a pack of this format');
    const il = head.readUInt32LE(8);
    if (PACK_HEADER + il > fstatSync(fd).size) throw new Error('truncated pack');
    const index = Buffer.alloc(il);
    readSync(fd, index, 0, il, PACK_HEADER);
    let list: unknown;
    try {
      list = JSON.parse(index.toString('utf8'));
    } catch {
      throw new Error("a pack's index unreadable");
    }
    if (!Array.isArray(list) || list.length !== head.readUInt32LE(12)) throw new Error("a pack's index unreadable");
    let offset = PACK_HEADER + il;
    return list.map((e: unknown) => {
      if (!Array.isArray(e) || typeof e[0] !== 'string' || !Number.isInteger(e[1]) || e[1] < 0) throw new Error("a pack's index unreadable");
      const slot = { key: e[0], offset, length: e[1] as number };
      offset += slot.length;
      return slot;
    });
  } finally {
    closeSync(fd);
  }
}

/**
 * Gives `buf`'s memory back at once (its ArrayBuffer detached: `buf` is empty after), when `buf`
 * owns the whole of it (never a slice of Node's shared pool of small buffers). perf57.
 */
export function releaseBuffer(buf: Buffer | undefined): boolean {
  const ab = buf?.buffer as (ArrayBuffer & { transfer?: (n: number) => ArrayBuffer; detached?: boolean }) | undefined;
  if (!buf || !ab || buf.byteOffset !== 0 || ab.byteLength !== buf.length || typeof ab.transfer !== 'function') return false;
  ab.transfer(0);
  return true;
}

/** `length` bytes at `offset` of the open file `fd` (fewer at its end). */
function readAt(fd: number, offset: number, length: number): Buffer {
  const buf = Buffer.allocUnsafe(length);
  const n = readSync(fd, buf, 0, length, offset);
  return n < length ? buf.subarray(0, n) : buf;
}

/** A whole graph's file: magic, format, CRC-32 of the rest, the key's and the payload's lengths (u32 each), the key (ASCII), `v8.serialize` of the graph. */
const GRAPH_MAGIC = 0x4747384b; // 'K8GG' little-endian
const GRAPH_HEADER = 20;
const GRAPH_EXT = '.graph';
/** perf61: the mine stage's record of a content folder's last load (`readMineRecord`), beside its whole graph. */
const MINE_STATE_EXT = '.mine-state';
const MINE_STATE_FORMAT = 1;

/**
 * `graph` as a whole graph's file stores it: its examples' YAML keys copied with their catalogue
 * descriptions as the descriptions' numbers and their `docUrl`s as numbers in `urls` (perf56's
 * smaller file); the rest of the graph is shared, not copied, and nothing of `graph` is changed.
 * (perf58: perf56 swapped the numbers into the Graph's own keys around `v8.serialize` and put the
 * texts back after. A field holding a string that is given a number changes the hidden class of
 * 200,000 key objects at 10,000 notes, twice; the serialiser then took 2.7 s of CPU where the same
 * graph serialised with fresh copies of the keys takes about 0.7 s.) The key order of every object
 * is kept (`graphToJson` of the graph read back is byte for byte the same).
 */
function storedGraph(graph: unknown): { graph: unknown; urls: string[] } {
  const examples = (graph as { examples?: unknown } | null)?.examples;
  if (!Array.isArray(examples)) return { graph, urls: [] };
  const stored = storedExamples(examples);
  return { graph: { ...(graph as object), examples: stored.examples }, urls: stored.urls };
}

/** `storedGraph`'s form of a list of examples: the keys copied with their descriptions and `docUrl`s as numbers (`urls`). */
function storedExamples(examples: readonly unknown[]): { examples: unknown[]; urls: string[] } {
  descriptionIds ??= new Map(fieldDescriptions().map((d, i) => [d, i]));
  const ids = descriptionIds;
  const urls = new Map<string, number>();
  const copyKey = (key: unknown): unknown => {
    if (typeof key !== 'object' || key === null || Array.isArray(key)) return key;
    const out: Record<string, unknown> = {};
    for (const name of Object.keys(key)) {
      let v = (key as Record<string, unknown>)[name];
      if (name === 'description' && typeof v === 'string') v = ids.get(v) ?? v;
      else if (name === 'docUrl' && typeof v === 'string') {
        let id = urls.get(v);
        if (id === undefined) urls.set(v, (id = urls.size));
        v = id;
      }
      out[name] = v;
    }
    return out;
  };
  const copied = examples.map((e: unknown) => {
    const keys = (e as { keys?: unknown } | null)?.keys;
    return Array.isArray(keys) ? { ...(e as object), keys: keys.map(copyKey) } : e;
  });
  return { examples: copied, urls: [...urls.keys()] };
}

/**
 * perf59: a whole graph's examples stored apart from its file, one part per note (an entry in the
 * packs, in the render entries' format), so that a load after one note changed encodes and writes
 * the changed note's part only. The graph file then holds the parts' names (`keys`) and, for each
 * example in the graph's order, the number of its part (`order`; a part's examples are in that
 * order too).
 */
export interface ExampleParts {
  keys: string[];
  order: Uint32Array;
}

/** Examples parts counted in this process, for tests: read with a whole graph, kept as they were by `writeGraph`, written by it. */
export const examplePartCounts = { read: 0, kept: 0, written: 0 };

/** Bump when what an examples part's name hashes changes (below). */
const EXAMPLES_FORMAT = 1;

/**
 * `examples` (the graph's, in its order) grouped by the note they come from, with each group's
 * name; undefined when an example's note has no parse entry name in `noteKeys`.
 *
 * The name is a SHA-1 of the note's file, its parse entry's name (a hash of its role, path and
 * bytes: load.ts), and for each of its examples in order the example's id, its `conceptIds` and its
 * keys' `conceptId`s. Why that is enough (stages/examples.ts, examples.ts `buildExample`): every
 * other field of an example — id, source, lang, code, kinds, keys (path, podPath, line, column, type,
 * description, docUrl, enum), fieldPaths, diagnostics, unchecked — is copied from the note's fence
 * analysis, which the parse stage makes from the note's bytes alone with the engine's field catalogue
 * (the engine's fingerprint names the cache's folder); the only graph-wide inputs are the concepts
 * found for its keys (`conceptId`) and the concepts it illustrates (`conceptIds`), hashed here as
 * they came out. Which notes' fences count (a concept's second note does not) only decides whether
 * the note has examples at all: the groups are made from the examples the graph holds.
 */
export function exampleGroups(examples: readonly unknown[], noteKeys: ReadonlyMap<string, string>): { keys: string[]; groups: unknown[][]; order: Uint32Array } | undefined {
  const byFile = new Map<string, number>();
  const groups: unknown[][] = [];
  const files: string[] = [];
  const order = new Uint32Array(examples.length);
  for (let i = 0; i < examples.length; i++) {
    const e = examples[i] as { source?: { file?: unknown } } | null;
    const file = e?.source?.file;
    if (typeof file !== 'string' || !noteKeys.has(file)) return undefined;
    let g = byFile.get(file);
    if (g === undefined) {
      byFile.set(file, (g = groups.length));
      groups.push([]);
      files.push(file);
    }
    groups[g]!.push(e);
    order[i] = g;
  }
  const keys = groups.map((list, g) => {
    const h = createHash('sha1');
    h.update(`k8smap-examples ${EXAMPLES_FORMAT}\0${files[g]}\0${noteKeys.get(files[g]!)}\0`);
    for (const e of list as { id?: unknown; conceptIds?: unknown; keys?: unknown }[]) {
      const ids = Array.isArray(e.conceptIds) ? e.conceptIds.join('\u0001') : '?';
      const keyIds = Array.isArray(e.keys) ? (e.keys as ({ conceptId?: unknown } | null)[]).map((k) => String(k?.conceptId ?? '')).join('\u0001') : '?';
      h.update(`${String(e.id)}\0${ids}\0${keyIds}\0`);
    }
    return h.digest('hex');
  });
  return { keys, groups, order };
}

/** An examples part's stored value (`storedExamples`' form). */
function encodeExamplesPart(list: readonly unknown[]): { examples: unknown[]; urls: string[] } {
  return storedExamples(list);
}

/** An examples part's examples, their descriptions and `docUrl`s texts again; throws when it is not one. */
function decodeExamplesPart(value: unknown): unknown[] {
  const v = value as { examples?: unknown; urls?: unknown } | null;
  if (!v || typeof v !== 'object' || !Array.isArray(v.examples) || !Array.isArray(v.urls)) throw new Error('not an examples part');
  const lists = graphKeyLists({ examples: v.examples });
  keyDescriptionTexts(lists);
  docUrlTexts(lists, v.urls as string[]);
  return v.examples;
}

/**
 * The file holding `graph` built from inputs whose hash is `key`, as the parts to write one after
 * the other; `keep`: the other entries the load that built it used besides the notes' parse
 * entries (its render entries, perf56), listed as used again by a load that takes the graph.
 */
export function encodeGraph(key: string, graph: unknown, keep: readonly string[] = [], parts?: ExampleParts): Buffer[] {
  const k = Buffer.from(key, 'ascii');
  // (perf59: with `parts`, the examples are stored apart, in the parts named there: `exampleGroups`)
  const stored = parts ? { graph: { ...(graph as object), examples: [] }, urls: [] } : storedGraph(graph);
  const g = v8.serialize({ graph: stored.graph, keep, urls: stored.urls, ...(parts ? { parts } : {}) });
  const head = Buffer.alloc(GRAPH_HEADER);
  head.writeUInt32LE(GRAPH_MAGIC, 0);
  head.writeUInt32LE(FORMAT, 4);
  head.writeUInt32LE(k.length, 12);
  head.writeUInt32LE(g.length, 16);
  head.writeUInt32LE(crc32(g, crc32(k, crc32(head.subarray(12)))), 8);
  return [head, k, g];
}

/**
 * The graph in a whole graph's file, when it was built from inputs whose hash is `key`;
 * undefined when it was built from others; throws an Error saying what is wrong with the file.
 * The key is compared before the checksum is computed (a miss costs no pass over the payload).
 */
export function decodeGraph<T>(buf: Buffer, key: string): T | undefined {
  const found = decodeGraphAndKeep<T>(buf, key);
  if (found?.parts) throw new Error('its examples are stored apart (ParseCache.readGraph reads them)');
  return found?.graph;
}

/** `decodeGraph`, with the entries the load that built the graph used besides the notes' parse entries (`encodeGraph`'s `keep`). */
export function decodeGraphAndKeep<T>(buf: Buffer, key: string): { graph: T; keep: string[]; parts?: ExampleParts } | undefined {
  if (buf.length < GRAPH_HEADER) throw new Error('truncated');
  if (buf.readUInt32LE(0) !== GRAPH_MAGIC || buf.readUInt32LE(4) !== FORMAT) throw new Error('not a graph of this format');
  const kl = buf.readUInt32LE(12);
  const gl = buf.readUInt32LE(16);
  if (GRAPH_HEADER + kl + gl !== buf.length) throw new Error('truncated or too long');
  if (buf.toString('ascii', GRAPH_HEADER, GRAPH_HEADER + kl) !== key) return undefined;
  if (crc32(buf.subarray(12)) !== buf.readUInt32LE(8)) throw new Error('checksum mismatch');
  const out = v8.deserialize(buf.subarray(GRAPH_HEADER + kl)) as { graph: T; keep: string[]; urls: string[]; parts?: ExampleParts } | undefined;
  if (!out || typeof out !== 'object' || !Array.isArray(out.keep) || !Array.isArray(out.urls)) throw new Error('not a graph of this format');
  const parts = out.parts;
  if (parts !== undefined && (typeof parts !== 'object' || !Array.isArray(parts.keys) || !(parts.order instanceof Uint32Array))) throw new Error('not a graph of this format');
  const lists = graphKeyLists(out.graph);
  keyDescriptionTexts(lists);
  docUrlTexts(lists, out.urls);
  return { graph: out.graph, keep: out.keep, ...(parts ? { parts } : {}) };
}

/**
 * A render entry (perf56, stages/render.ts): the HTML a rendering made from inputs whose hash is
 * `key`. Format: a 16-byte header (magic, format, CRC-32 of the rest, the payload's length), then
 * `v8.serialize({ key, value })`. It sits in the packs with the parse entries and is kept and
 * pruned like them.
 */
const RENDER_MAGIC = 0x5252384b; // 'K8RR' little-endian
const RENDER_HEADER = 16;

/** Render entry `key` holding `value`, as the parts to write one after the other. */
export function encodeRenderEntry(key: string, value: unknown): Buffer[] {
  const m = v8.serialize({ key, value });
  const head = Buffer.alloc(RENDER_HEADER);
  head.writeUInt32LE(RENDER_MAGIC, 0);
  head.writeUInt32LE(FORMAT, 4);
  head.writeUInt32LE(m.length, 12);
  head.writeUInt32LE(crc32(m, crc32(head.subarray(12))), 8);
  return [head, m];
}

/** The value of render entry `key`; throws an Error saying what is wrong with it. */
export function decodeRenderEntry(buf: Buffer, key: string): unknown {
  if (buf.length < RENDER_HEADER) throw new Error('truncated');
  if (buf.readUInt32LE(0) !== RENDER_MAGIC || buf.readUInt32LE(4) !== FORMAT) throw new Error('not a render entry of this format');
  if (RENDER_HEADER + buf.readUInt32LE(12) !== buf.length) throw new Error('truncated or too long');
  if (crc32(buf.subarray(12)) !== buf.readUInt32LE(8)) throw new Error('checksum mismatch');
  const { key: k, value } = v8.deserialize(buf.subarray(RENDER_HEADER)) as { key: string; value: unknown };
  if (k !== key) throw new Error('written for another rendering');
  return value;
}

/** Entry `key` for `job` from its bytes; throws an Error saying what is wrong with it. */
export function decodeEntry(buf: Buffer, key: string, job: ParseJob): PackedFile {
  if (buf.length < HEADER) throw new Error('truncated');
  if (buf.readUInt32LE(0) !== MAGIC || buf.readUInt32LE(4) !== FORMAT) throw new Error('not an entry of this format');
  const ml = buf.readUInt32LE(12);
  const tl = buf.readUInt32LE(16);
  if (HEADER + ml + tl !== buf.length) throw new Error('truncated or too long');
  if (crc32(buf.subarray(12)) !== buf.readUInt32LE(8)) throw new Error('checksum mismatch');
  const { key: k, meta } = v8.deserialize(buf.subarray(HEADER, HEADER + ml)) as { key: string; meta: Omit<PackedFile, 'treeJson'> };
  if (k !== key || meta?.file !== job.file || meta.role !== job.role) throw new Error('written for another note');
  descriptionTexts(meta.fences);
  return { ...meta, treeJson: buf.toString('utf8', HEADER + ml) };
}

const definerHashes = new WeakMap<object, string>();

/** A hash of the definer's configuration (weights and mode), by object. */
function configHash(cfg: object): string {
  let h = definerHashes.get(cfg);
  if (!h) definerHashes.set(cfg, (h = createHash('sha1').update(JSON.stringify(cfg)).digest('hex')));
  return h;
}

function warn(message: string): void {
  process.emitWarning(message, { code: 'K8SMAP_CACHE' });
}

/** One load's view of the cache: which entries exist, which it used, what went wrong. */
export class ParseCache {
  /** Entries this load took from the cache. */
  hits = 0;
  /** Entries this load wrote on the main thread (the parse workers write theirs themselves). */
  writes = 0;
  private readonly used = new Set<string>();
  private readonly bad: string[] = [];
  /** Per pack, the entries in it that could not be read (left out when its good entries are kept). */
  private readonly badIn = new Map<string, Set<string>>();
  private readonly unwritten: string[] = [];
  /** Entries written on this thread and not yet in a pack, with their notes' names (for warnings). */
  private buffer: (PackEntry & { file: string })[] = [];
  /** The pack last read from, open. */
  private reading?: { pack: string; fd: number };

  /** The fingerprint's folder. */
  readonly dir: string;
  private readonly top: string;
  private readonly root: string;
  /** This content folder's name in `roots/` and `graphs/`: a hash of its absolute path. */
  private readonly rootName: string;
  /** Where each entry was when the load began (the newest pack's copy, when there are two). */
  private readonly slots: Map<string, PackSlot & { pack: string }>;
  /**
   * Each pack's index as read when the load began (perf58: the pruning at the load's end takes it
   * from here instead of reading all the packs' indexes a second time; a pack's name is a hash
   * drawn when it was written and a pack is never changed in place, only replaced under another
   * name, so an index read once stays true while the file exists).
   */
  private readonly packIndexes = new Map<string, PackSlot[]>();

  private constructor(dir: string, top: string, root: string) {
    this.dir = dir;
    this.top = top;
    this.root = root;
    this.rootName = createHash('sha1').update(root).digest('hex').slice(0, 16);
    this.slots = new Map();
    const packs = readdirSync(dir)
      .filter((f) => PACK.test(f))
      .map((f) => ({ f, t: mtime(path.join(dir, f)) }))
      .sort((a, b) => a.t - b.t);
    for (const { f } of packs) {
      try {
        const index = readPackIndex(path.join(dir, f));
        this.packIndexes.set(f, index);
        for (const slot of index) this.slots.set(slot.key, { ...slot, pack: f });
      } catch (err) {
        // deleted since the folder was listed (another load's pruning): not there
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue;
        this.bad.push(`${f}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
        this.badIn.set(f, new Set(['*']));
      }
    }
  }

  /**
   * The cache for a load of `contentRoot` under `cacheDir`, for the definer configuration
   * `definer`; undefined (with a warning) when its folder cannot be made or read.
   */
  static open(cacheDir: string, contentRoot: string, definer: object): ParseCache | undefined {
    const top = path.join(cacheDir, CACHE_SUBDIR);
    const fp = createHash('sha1').update(engineFingerprint()).update(configHash(definer)).digest('hex').slice(0, 20);
    const dir = path.join(top, fp);
    try {
      mkdirSync(path.join(dir, 'roots'), { recursive: true });
      const stamp = path.join(dir, 'last-used');
      writeFileSync(stamp, `${new Date().toISOString()}\n`);
      return new ParseCache(dir, top, path.resolve(contentRoot));
    } catch (err) {
      warn(`the parse cache in ${top} cannot be used (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); notes are parsed afresh`);
      return undefined;
    }
  }

  /** The open pack file `pack` (the last one read stays open: entries are mostly looked up in the order they were written). */
  private fdOf(pack: string): number {
    if (this.reading?.pack === pack) return this.reading.fd;
    this.closePack();
    const fd = openSync(path.join(this.dir, pack), 'r');
    this.reading = { pack, fd };
    return fd;
  }

  private closePack(): void {
    if (this.reading) closeSync(this.reading.fd);
    this.reading = undefined;
  }

  /**
   * The stored result for `job` whose bytes hash to `key`, made usable by `unpack`; undefined
   * when there is none, or when it cannot be read (noted for the warning at `finish`).
   */
  lookup<T>(key: string, job: ParseJob, unpack: (p: PackedFile) => T): T | undefined {
    const out = this.readEntry(key, job.file, (buf) => unpack(decodeEntry(buf, key, job)));
    if (out !== undefined) this.hits++;
    return out;
  }

  /**
   * Entry `key` read from its pack and decoded by `decode`, marked used; undefined when there is
   * none, and when it cannot be read or decoded (noted under `what` for the warning at `finish`;
   * an entry that does not decode is dropped from its pack).
   */
  private readEntry<T>(key: string, what: string, decode: (buf: Buffer) => T): T | undefined {
    const slot = this.slots.get(key);
    if (!slot) return undefined;
    let buf: Buffer;
    try {
      buf = readAt(this.fdOf(slot.pack), slot.offset, slot.length);
    } catch (err) {
      // deleted since the folder was listed (another load's pruning): not there
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      this.bad.push(`${what}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
      return undefined;
    }
    try {
      const out = decode(buf);
      this.used.add(key);
      return out;
    } catch (err) {
      this.bad.push(`${what}: ${(err as Error).message}`);
      let set = this.badIn.get(slot.pack);
      if (!set) this.badIn.set(slot.pack, (set = new Set()));
      set.add(key);
      return undefined;
    }
  }

  /** Store `packed` as entry `key`: gathered, written as a pack of `PACK_ENTRIES` (failures are reported at `finish`; after a few, no more writes in this load). */
  write(key: string, packed: PackedFile): void {
    if (this.unwritten.length >= MAX_WRITE_FAILURES) return;
    try {
      this.buffer.push({ key, parts: encodeEntry(key, packed), file: packed.file });
    } catch (err) {
      this.unwritten.push(`${packed.file}: ${(err as Error).message}`);
      return;
    }
    this.used.add(key);
    this.writes++;
    if (this.buffer.length >= PACK_ENTRIES) this.flush();
  }

  /** Render entries this load used or wrote (kept with its whole graph: `writeGraph`). */
  private readonly renderUsed = new Set<string>();
  /** Render entries taken from the cache and written, for tests and benchmarks. */
  renderHits = 0;
  renderWrites = 0;

  /** Render entry `key`'s value, or undefined when there is none or it cannot be read (noted for the warning at `finish`). */
  renderLookup<T>(key: string): T | undefined {
    const value = this.readKept<T>('render', this.renderUsed, key);
    if (value !== undefined) this.renderHits++;
    return value;
  }

  /** A render or mine entry's value (both stored as render entries), marked as kept with the whole graph when found. */
  private readKept<T>(kind: 'render' | 'mine' | 'examples', kept: Set<string>, key: string): T | undefined {
    const value = this.readEntry(key, `${kind} entry ${key}`, (buf) => decodeRenderEntry(buf, key) as T);
    if (value !== undefined) kept.add(key);
    return value;
  }

  /** Buffers a render or mine entry for the next pack and marks it kept; false when it cannot be encoded (noted for `finish`). */
  private bufferKept(kind: 'render' | 'mine' | 'examples', kept: Set<string>, key: string, value: unknown): boolean {
    try {
      this.buffer.push({ key, parts: encodeRenderEntry(key, value), file: `${kind} entry ${key}` });
    } catch (err) {
      this.unwritten.push(`${kind} entry ${key}: ${(err as Error).message}`);
      return false;
    }
    this.used.add(key);
    kept.add(key);
    return true;
  }

  /**
   * Render entry `key`, just read, no longer holds what a rendering from those inputs makes (a
   * note page whose concept lookups now answer otherwise): it is dropped from its pack at the
   * load's end, and `renderWrite` may store the new value under the same key.
   */
  renderStale(key: string): void {
    const slot = this.slots.get(key);
    if (slot) {
      let set = this.badIn.get(slot.pack);
      if (!set) this.badIn.set(slot.pack, (set = new Set()));
      set.add(key);
      this.slots.delete(key);
    }
    this.used.delete(key);
    this.renderUsed.delete(key);
  }

  /** Mine entries (perf57, stages/mine-memo.ts) this load used or wrote (kept with its whole graph, as the render entries). */
  private readonly mineUsed = new Set<string>();
  /** Mine entries taken from the cache and written, for tests and benchmarks. */
  mineHits = 0;
  mineWrites = 0;

  /**
   * Mine entry `key`'s value (a note's resolutions and running-text spans, stored in the format of a
   * render entry), or undefined when there is none or it cannot be read.
   */
  mineLookup<T>(key: string): T | undefined {
    const value = this.readKept<T>('mine', this.mineUsed, key);
    if (value !== undefined) this.mineHits++;
    return value;
  }

  /** Store `value` as mine entry `key`, replacing the one read under that key in this load (dropped from its pack at the end, as `renderStale`). */
  mineWrite(key: string, value: unknown): void {
    if (this.unwritten.length >= MAX_WRITE_FAILURES) return;
    if (this.mineUsed.has(key)) {
      this.renderStale(key);
      this.mineUsed.delete(key);
    }
    if (!this.bufferKept('mine', this.mineUsed, key, value)) return;
    this.mineWrites++;
    if (this.buffer.length >= PACK_ENTRIES) this.flush();
  }

  /** Store `value` as render entry `key` (gathered into packs with the parse entries: `write`). */
  renderWrite(key: string, value: unknown): void {
    if (this.unwritten.length >= MAX_WRITE_FAILURES || this.renderUsed.has(key)) return;
    if (!this.bufferKept('render', this.renderUsed, key, value)) return;
    this.renderWrites++;
    if (this.buffer.length >= PACK_ENTRIES) this.flush();
  }

  /** Writes the gathered entries as one pack. */
  private flush(): void {
    const entries = this.buffer;
    if (entries.length === 0) return;
    this.buffer = [];
    try {
      writePack(this.dir, entries);
    } catch (err) {
      const why = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
      for (const e of entries) {
        this.used.delete(e.key);
        if (this.renderUsed.delete(e.key)) this.renderWrites--;
        else if (this.mineUsed.delete(e.key)) this.mineWrites--;
        else if (this.exampleUsed.delete(e.key)) examplePartCounts.written--;
        else this.writes--;
        this.unwritten.push(`${e.file}: ${why}`);
      }
    }
  }

  /**
   * The whole graph a load of this content folder built from inputs whose hash is `key`
   * (load.ts `wholeKey`), or undefined when there is none or it cannot be read (a wrong
   * checksum, another key, another format, not a file: noted for the warning at `finish`).
   */
  readGraph<T>(key: string): T | undefined {
    const file = path.join(this.dir, 'graphs', `${this.rootName}${GRAPH_EXT}`);
    let buf: Buffer;
    try {
      buf = readFileSync(file);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT') this.bad.push(`the graph of ${this.root}: ${code ?? (err as Error).message}`);
      return undefined;
    }
    try {
      const found = decodeGraphAndKeep<T>(buf, key);
      if (found === undefined) return undefined; // another key: the inputs changed since
      if (found.parts && !this.readExampleParts(found.graph, found.parts)) return undefined;
      this.graphHit = true;
      for (const k of found.keep) if (this.slots.has(k)) this.used.add(k);
      return found.graph;
    } catch (err) {
      this.bad.push(`the graph of ${this.root}: ${(err as Error).message}`);
      return undefined;
    }
  }

  /**
   * perf59: the examples of a whole graph read from its parts (`ExampleParts`) into `graph.examples`;
   * false when a part is missing or cannot be read (the graph is then built again, and the part that
   * could not be read is forgotten, so that `writeGraph` stores it afresh).
   */
  private readExampleParts(graph: unknown, parts: ExampleParts): boolean {
    const lists: unknown[][] = [];
    for (const k of parts.keys) {
      const list = this.readEntry(k, `examples part ${k}`, (b) => decodeExamplesPart(decodeRenderEntry(b, k)));
      if (list === undefined) {
        this.slots.delete(k);
        return false;
      }
      lists.push(list);
    }
    const at = new Array<number>(lists.length).fill(0);
    const examples = new Array<unknown>(parts.order.length);
    for (let i = 0; i < parts.order.length; i++) {
      const g = parts.order[i]!;
      const e = lists[g]?.[at[g]!++];
      if (e === undefined) throw new Error('an examples part shorter than its graph says');
      examples[i] = e;
    }
    if (lists.some((l, g) => l.length !== at[g])) throw new Error('an examples part longer than its graph says');
    (graph as { examples: unknown[] }).examples = examples;
    for (const k of parts.keys) this.exampleUsed.add(k);
    examplePartCounts.read += parts.keys.length;
    return true;
  }

  /** Examples parts (perf59) this load read, kept or wrote (kept with its whole graph, as the render entries). */
  private readonly exampleUsed = new Set<string>();

  /** Whether this load's graph came whole from the cache (`readGraph`). */
  graphHit = false;

  /** Store `graph`, built from inputs whose hash is `key`, as this content folder's graph (replacing the last one). */
  writeGraph(key: string, graph: unknown, noteKeys?: ReadonlyMap<string, string>): void {
    if (this.unwritten.length >= MAX_WRITE_FAILURES) return;
    const dir = path.join(this.dir, 'graphs');
    const tmp = path.join(dir, `${this.rootName}${GRAPH_EXT}.tmp-${TMP_TAG}-${tmpCount++}`);
    try {
      mkdirSync(dir, { recursive: true });
      const apart = noteKeys ? this.storeExampleParts(graph, noteKeys) : undefined;
      const parts = encodeGraph(key, graph, [...this.renderUsed, ...this.mineUsed, ...this.exampleUsed].sort(), apart);
      const fd = openSync(tmp, 'w');
      try {
        writevSync(fd, parts);
      } finally {
        closeSync(fd);
        // (perf57: the payload, 119 MB at 10,000 notes, given back now rather than when the
        // collector next finds its wrapper: until then it was on top of whatever the caller did next)
        releaseBuffer(parts[2]);
      }
      renameSync(tmp, path.join(dir, `${this.rootName}${GRAPH_EXT}`));
    } catch (err) {
      rmQuiet(tmp);
      this.unwritten.push(`the graph of ${this.root}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
  }

  /**
   * perf59: `graph`'s examples as parts, one per note (`exampleGroups`): a part already in the cache
   * under its name is kept as it is (neither encoded nor written: its name hashes what it holds), the
   * others are written with this load's entries. Undefined (the examples then stay in the graph's
   * file) when a note has no name in `noteKeys` or a part cannot be encoded.
   */
  private storeExampleParts(graph: unknown, noteKeys: ReadonlyMap<string, string>): ExampleParts | undefined {
    const examples = (graph as { examples?: unknown } | null)?.examples;
    if (!Array.isArray(examples)) return undefined;
    const grouped = exampleGroups(examples, noteKeys);
    if (!grouped) return undefined;
    for (let g = 0; g < grouped.keys.length; g++) {
      const k = grouped.keys[g]!;
      if (this.exampleUsed.has(k)) continue;
      if (this.slots.has(k)) {
        this.used.add(k);
        this.exampleUsed.add(k);
        examplePartCounts.kept++;
        continue;
      }
      if (!this.bufferKept('examples', this.exampleUsed, k, encodeExamplesPart(grouped.groups[g]!))) return undefined;
      examplePartCounts.written++;
      if (this.buffer.length >= PACK_ENTRIES) this.flush();
    }
    // (a pack that could not be written dropped its parts: the examples then stay in the file)
    if (grouped.keys.some((k) => !this.exampleUsed.has(k))) return undefined;
    return { keys: grouped.keys, order: grouped.order };
  }

  /**
   * perf61: the mine stage's record of this content folder's last load (stages/mine-patch.ts
   * `MineRecord`: each note's input and patches, and the state after the fold as its projection),
   * written only when the mine delta mode is on; undefined when there is none or it cannot be read.
   * One file per content folder beside its whole graph, kept and pruned with it.
   */
  readMineRecord<T>(): T | undefined {
    const file = path.join(this.dir, 'graphs', `${this.rootName}${MINE_STATE_EXT}`);
    let buf: Buffer;
    try {
      buf = readFileSync(file);
    } catch {
      return undefined;
    }
    try {
      const o = v8.deserialize(buf) as { format: number; root: string; record: T };
      return o.format === MINE_STATE_FORMAT && o.root === this.root ? o.record : undefined;
    } catch (err) {
      this.bad.push(`the mine state of ${this.root}: ${(err as Error).message}`);
      return undefined;
    }
  }

  /** Store `record` as this content folder's mine record (replacing the last one). */
  writeMineRecord(record: unknown): void {
    if (this.unwritten.length >= MAX_WRITE_FAILURES) return;
    const dir = path.join(this.dir, 'graphs');
    const tmp = path.join(dir, `${this.rootName}${MINE_STATE_EXT}.tmp-${TMP_TAG}-${tmpCount++}`);
    try {
      mkdirSync(dir, { recursive: true });
      writeFileSync(tmp, v8.serialize({ format: MINE_STATE_FORMAT, root: this.root, record }));
      renameSync(tmp, path.join(dir, `${this.rootName}${MINE_STATE_EXT}`));
    } catch (err) {
      rmQuiet(tmp);
      this.unwritten.push(`the mine state of ${this.root}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
  }

  /** Entry `key` was written for this load elsewhere (a parse worker). */
  use(key: string): void {
    this.used.add(key);
  }

  /**
   * End of the load: write what is gathered, warn about entries that could not be read, record
   * which entries this content folder uses, and delete what no recent load uses (see the module
   * comment).
   */
  finish(): void {
    this.closePack();
    this.flush();
    if (this.bad.length > 0) {
      warn(`${this.bad.length} parse cache entr${this.bad.length === 1 ? 'y' : 'ies'} could not be read and ${this.bad.length === 1 ? 'was' : 'were'} ignored (parsed again): ${this.bad.slice(0, 3).join('; ')}${this.bad.length > 3 ? '; …' : ''} (in ${this.dir})`);
    }
    if (this.unwritten.length > 0) {
      const more = this.unwritten.length >= MAX_WRITE_FAILURES ? ' (and no more were tried)' : '';
      warn(`${this.unwritten.length} parse result${this.unwritten.length === 1 ? '' : 's'} could not be stored in the parse cache${more}: ${this.unwritten.slice(0, 3).join('; ')}${this.unwritten.length > 3 ? '; …' : ''} (in ${this.dir})`);
    }
    try {
      this.record();
      this.prune();
    } catch (err) {
      warn(`the parse cache in ${this.dir} could not be tidied (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
    }
  }

  private record(): void {
    const roots = path.join(this.dir, 'roots');
    const name = `${this.rootName}.json`;
    const tmp = path.join(roots, `${name}.tmp-${process.pid}`);
    writeFileSync(tmp, JSON.stringify({ root: this.root, keys: [...this.used].sort() }));
    renameSync(tmp, path.join(roots, name));
  }

  private prune(): void {
    const now = Date.now();
    // the content folders' lists: the last KEEP_ROOTS written
    const roots = path.join(this.dir, 'roots');
    const lists = readdirSync(roots)
      .map((f) => ({ f, t: mtime(path.join(roots, f)) }))
      .sort((a, b) => b.t - a.t);
    const live = new Set<string>();
    /** The content folders whose lists are kept (their whole-graph entries stay too). */
    const liveRoots = new Set<string>();
    let kept = 0;
    for (const { f, t } of lists) {
      const full = path.join(roots, f);
      if (!f.endsWith('.json')) {
        if (now - t > STALE_TMP_MS) rmQuiet(full);
        continue;
      }
      let keys: unknown;
      try {
        keys = kept < KEEP_ROOTS ? (JSON.parse(readFileSync(full, 'utf8')) as { keys?: unknown }).keys : undefined;
      } catch {
        keys = undefined;
      }
      if (!Array.isArray(keys)) {
        rmQuiet(full);
        continue;
      }
      kept++;
      liveRoots.add(f.slice(0, -'.json'.length));
      for (const k of keys) live.add(String(k));
    }
    // whole graphs: one per content folder, kept with its list
    const graphs = path.join(this.dir, 'graphs');
    let names: string[] = [];
    try {
      names = readdirSync(graphs);
    } catch {
      // none written yet
    }
    for (const f of names) {
      const full = path.join(graphs, f);
      if (f.endsWith(GRAPH_EXT) && liveRoots.has(f.slice(0, -GRAPH_EXT.length))) continue;
      if (f.endsWith(MINE_STATE_EXT) && liveRoots.has(f.slice(0, -MINE_STATE_EXT.length))) continue;
      if (f.includes('.tmp-') && now - mtime(full) <= STALE_TMP_MS) continue;
      rmSync(full, { recursive: true, force: true });
    }
    // A pack whose entries are all live stays; one with none is deleted; one with some (or with
    // an entry that could not be read) is replaced by a pack of its live, readable entries.
    for (const f of readdirSync(this.dir)) {
      const full = path.join(this.dir, f);
      if (PACK.test(f)) {
        const bad = this.badIn.get(f);
        let slots: PackSlot[];
        try {
          if (bad?.has('*')) throw new Error('unreadable');
          slots = this.packIndexes.get(f) ?? readPackIndex(full);
        } catch {
          rmSync(full, { recursive: true, force: true });
          continue;
        }
        const keep = slots.filter((s) => live.has(s.key) && !bad?.has(s.key));
        if (keep.length === slots.length) continue;
        if (keep.length > 0) {
          const fd = openSync(full, 'r');
          try {
            writePack(this.dir, keep.map((s) => ({ key: s.key, parts: [readAt(fd, s.offset, s.length)] })));
          } finally {
            closeSync(fd);
          }
        }
        rmQuiet(full);
      } else if (f.includes('.tmp-') && now - mtime(full) > STALE_TMP_MS) rmQuiet(full);
    }
    // other fingerprints: the last KEEP_ENGINES used, this one included
    const engines = readdirSync(this.top)
      .filter((f) => path.join(this.top, f) !== this.dir)
      .map((f) => ({ f, t: mtime(path.join(this.top, f, 'last-used')) }))
      .sort((a, b) => b.t - a.t);
    for (const { f } of engines.slice(KEEP_ENGINES - 1)) rmSync(path.join(this.top, f), { recursive: true, force: true });
  }
}

function mtime(file: string): number {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

function rmQuiet(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // gone already
  }
}

