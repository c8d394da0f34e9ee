/**
 * The parse stage's results kept on disk between builds (parse-files.ts): a note's parse result
 * (its tree, frontmatter, diagnostics, tags, YAML fence analyses) and the miner's reading of it
 * (note-reading.ts) depend only on the note's bytes, its path and role, and the engine (its code
 * and data, the libraries it runs, the definer's configuration). So each result is stored in a
 * file named by a hash of role, path and bytes, in a folder named by a fingerprint of the engine;
 * a later load that finds the same bytes at the same path takes the stored result instead of
 * parsing and reading the note again. The graph is the same either way (the stored form is the
 * one the parse workers already send to the main thread: `packForMainThread`).
 *
 * What invalidates what: a changed note has other bytes, a renamed one another path (both: other
 * file names; the old entries are pruned); any change to the engine's files (src/graph/**,
 * the learned definer's weights and the field catalogue among them), to the installed packages
 * (node_modules/.package-lock.json, else package-lock.json), to Node's versions (V8, ICU: the
 * miner segments sentences with `Intl.Segmenter`) or to the definer's configuration gives
 * another fingerprint, so another folder. A folder holds the entries the last load of each of
 * the last `KEEP_ROOTS` content folders used (a list per content folder, `roots/`); anything
 * else is deleted at the end of a load, and so are the folders of all but the last
 * `KEEP_ENGINES` fingerprints used. An entry that cannot be read (truncated, checksum wrong, not
 * this format) is ignored with a warning and written again.
 *
 * Where: `<cacheDir>/k8smap-parse/` — Astro's `cacheDir` (the graph integration sets it,
 * `setDefaultCacheDir`), the same folder for the command line (`projectCacheDir`); a load
 * without either uses no cache (the engine's API and the tests). `K8SMAP_CACHE=off` turns it off.
 *
 * Entry format: a 20-byte header (magic, format, CRC-32 of the rest, two lengths), the result
 * without its tree as `v8.serialize` writes it (Maps in the frontmatter survive; a YAML key's
 * field description from the catalogue as its number in `fieldDescriptions`, which the
 * fingerprint fixes, not its text), and the tree as JSON text (JSON.parse is cheaper than V8's
 * deserialiser for the tree, as in the workers).
 */
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync, writevSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { threadId } from 'node:worker_threads';
import { crc32 } from 'node:zlib';
import type { PackedFile, ParseJob } from './parse-file.ts';
import { fieldDescriptions } from './yaml/catalogue.ts';

/** The environment variable that turns the cache off (`off`, `0`, `false`, `no`). */
export const CACHE_ENV = 'K8SMAP_CACHE';
/** The cache's folder inside the cache directory. */
export const CACHE_SUBDIR = 'k8smap-parse';
/** Bump when the entry format or the meaning of a stored result changes without an engine file changing. */
const FORMAT = 2;
const MAGIC = 0x434d384b; // 'K8MC' little-endian
const HEADER = 20;
/** Fingerprint folders kept: the current one and the last ones used before it (switching branches). */
export const KEEP_ENGINES = 3;
/** Content folders whose last load's entries are kept, per fingerprint. */
export const KEEP_ROOTS = 8;
/** A temporary file older than this is a crashed write's. */
const STALE_TMP_MS = 10 * 60 * 1000;
const ENTRY = /^[0-9a-f]{40}\.bin$/;
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

/**
 * Calls `f` while the YAML keys' catalogue descriptions in `fences` are replaced by their numbers
 * (`fieldDescriptions`), then puts the texts back: the stored form without copying the analyses.
 */
function withDescriptionIds<T>(fences: PackedFile['fences'], f: () => T): T {
  descriptionIds ??= new Map(fieldDescriptions().map((d, i) => [d, i]));
  const swapped: { key: { description?: string | number }; text: string }[] = [];
  for (const fence of fences) {
    for (const key of fence.analysis.keys as { description?: string | number }[]) {
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
  const texts = fieldDescriptions();
  for (const fence of fences) {
    for (const key of fence.analysis.keys as { description?: string | number }[]) {
      if (typeof key.description !== 'number') continue;
      const text = texts[key.description];
      if (text === undefined) throw new Error('a field description the catalogue has not');
      key.description = text;
    }
  }
}

/** The name of a note's entry: a hash of its role, path and bytes. */
export function cacheKey(job: ParseJob, bytes: Uint8Array): string {
  return createHash('sha1').update(`${job.role}\0${job.file}\0`).update(bytes).digest('hex');
}

// Temporary files' names: unique to this thread (a random tag drawn once, as the thread's id and
// pid can recur in another process or on another machine sharing the folder) and a counter;
// `randomBytes` per entry cost 0.6% of a cold load's CPU.
const TMP_TAG = `${process.pid}-${threadId}-${randomBytes(4).toString('hex')}`;
let tmpCount = 0;

/** Writes `packed` as entry `key` of folder `dir` (a temporary file, then renamed: a reader never sees half an entry). */
export function writeEntry(dir: string, key: string, packed: PackedFile): void {
  const { treeJson, ...meta } = packed;
  const m = withDescriptionIds(meta.fences, () => v8.serialize({ key, meta }));
  const t = Buffer.from(treeJson, 'utf8');
  const head = Buffer.alloc(HEADER);
  head.writeUInt32LE(MAGIC, 0);
  head.writeUInt32LE(FORMAT, 4);
  head.writeUInt32LE(m.length, 12);
  head.writeUInt32LE(t.length, 16);
  head.writeUInt32LE(crc32(t, crc32(m, crc32(head.subarray(12)))), 8);
  const tmp = path.join(dir, `${key}.tmp-${TMP_TAG}-${tmpCount++}`);
  const fd = openSync(tmp, 'w');
  try {
    writevSync(fd, [head, m, t]);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path.join(dir, `${key}.bin`));
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
  private readonly unwritten: string[] = [];

  /** The fingerprint's folder. */
  readonly dir: string;
  private readonly top: string;
  private readonly root: string;
  /** The folder's files when the load began. */
  private readonly names: Set<string>;

  private constructor(dir: string, top: string, root: string, names: Set<string>) {
    this.dir = dir;
    this.top = top;
    this.root = root;
    this.names = names;
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
      return new ParseCache(dir, top, path.resolve(contentRoot), new Set(readdirSync(dir)));
    } catch (err) {
      warn(`the parse cache in ${top} cannot be used (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); notes are parsed afresh`);
      return undefined;
    }
  }

  /**
   * The stored result for `job` whose bytes hash to `key`, made usable by `unpack`; undefined
   * when there is none, or when it cannot be read (noted for the warning at `finish`).
   */
  lookup<T>(key: string, job: ParseJob, unpack: (p: PackedFile) => T): T | undefined {
    if (!this.names.has(`${key}.bin`)) return undefined;
    let buf: Buffer;
    try {
      buf = readFileSync(path.join(this.dir, `${key}.bin`));
    } catch (err) {
      // deleted since the folder was listed (another load's pruning): not there
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      this.bad.push(`${job.file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
      return undefined;
    }
    try {
      const out = unpack(decodeEntry(buf, key, job));
      this.used.add(key);
      this.hits++;
      return out;
    } catch (err) {
      this.bad.push(`${job.file}: ${(err as Error).message}`);
      return undefined;
    }
  }

  /** Store `packed` as entry `key` (failures are reported at `finish`; after a few, no more writes in this load). */
  write(key: string, packed: PackedFile): void {
    if (this.unwritten.length >= MAX_WRITE_FAILURES) return;
    try {
      writeEntry(this.dir, key, packed);
      this.used.add(key);
      this.writes++;
    } catch (err) {
      this.unwritten.push(`${packed.file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
  }

  /** Entry `key` was written for this load elsewhere (a parse worker). */
  use(key: string): void {
    this.used.add(key);
  }

  /**
   * End of the load: warn about entries that could not be read, record which entries this
   * content folder uses, and delete what no recent load uses (see the module comment).
   */
  finish(): void {
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
    const name = `${createHash('sha1').update(this.root).digest('hex').slice(0, 16)}.json`;
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
      for (const k of keys) live.add(`${k}.bin`);
    }
    for (const f of readdirSync(this.dir)) {
      if (ENTRY.test(f)) {
        if (!live.has(f)) rmQuiet(path.join(this.dir, f));
      } else if (f.includes('.tmp-') && now - mtime(path.join(this.dir, f)) > STALE_TMP_MS) rmQuiet(path.join(this.dir, f));
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

