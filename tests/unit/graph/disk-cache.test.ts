/**
 * The disk cache of parse results between loads (src/graph/disk-cache.ts): a warm load gives the
 * graph a cold one gives; a changed, renamed or deleted note, and a changed engine fingerprint,
 * invalidate what they should; unreadable entries are ignored with a warning; old entries are
 * pruned; K8SMAP_CACHE=off turns it off.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runStages } from '../../../src/graph/load.ts';
import { graphToJson } from '../../../src/graph/json.ts';
import { keepParsedFiles } from '../../../src/graph/parse-files.ts';
import { CACHE_SUBDIR, KEEP_ENGINES, KEEP_ROOTS, PACK_ENTRIES, ParseCache, cacheDirFor, cacheTurnedOff, decodeEntry, encodeEntry, engineFingerprint, packIndexReads, readPackIndex, setDefaultCacheDir, writePack } from '../../../src/graph/disk-cache.ts';
import { packForMainThread, parseNote } from '../../../src/graph/parse-file.ts';
import { fieldDescriptions } from '../../../src/graph/yaml/catalogue.ts';
import { definerConfig, setDefiner } from '../../../src/graph/miner/definer.ts';
import type { LoadOptions } from '../../../src/graph/build-context.ts';
import { SITE, cacheHarness } from './cache-harness.ts';

const CONTENT = path.resolve(import.meta.dirname, '../../../content');
const CORPUS = path.resolve(import.meta.dirname, '../../corpus/miner');


/** A content folder whose notes are the chapters of some development sets. */
function devContent(sets: string[]): string {
  const dir = temp('k8smap-disk-cache-dev-');
  for (const set of sets) {
    mkdirSync(path.join(dir, 'notes', set), { recursive: true });
    for (const f of readdirSync(path.join(CORPUS, set))) {
      if (f.endsWith('.md')) cpSync(path.join(CORPUS, set, f), path.join(dir, 'notes', set, f));
    }
  }
  return dir;
}

const { temp, copyOf, warnings } = cacheHarness('disk-cache');

async function load(dir: string, opts: LoadOptions) {
  const ctx = await runStages(dir, opts);
  return { json: graphToJson(ctx.graph!), hits: ctx.parseCache?.hits ?? 0, writes: ctx.parseCache?.writes ?? 0, folder: ctx.parseCache?.dir };
}

/** The pack files of a cache folder. */
function packs(folder: string): string[] {
  return readdirSync(folder).filter((f) => f.endsWith('.pack')).sort();
}

/** Every parse entry of a cache folder, by name (from the packs' indexes; not the render entries the packs hold too, perf56). */
function entries(folder: string): string[] {
  return slots(folder).map((s) => s.key).sort();
}

/** Whether the entry at `offset` of pack `file` is not a render entry (whose magic is 'K8RR'). */
function isParseEntry(file: string, offset: number, length: number): boolean {
  return length < 4 || readFileSync(file).readUInt32LE(offset) !== 0x5252384b;
}

/** Every parse entry of a cache folder with its pack and place. */
function slots(folder: string) {
  return allSlots(folder).filter((s) => isParseEntry(s.pack, s.offset, s.length));
}

/** Every entry of a cache folder (parse and render entries) with its pack and place. */
function allSlots(folder: string) {
  return packs(folder).flatMap((f) => readPackIndex(path.join(folder, f)).map((s) => ({ ...s, pack: path.join(folder, f) })));
}

/** Markdown files the parse stage reads (map, concept notes, notes). */
function mdCount(dir: string): number {
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => /\.md$/.test(f) && !/(^|\/)readme\.md$/i.test(f)).length;
}

describe('disk cache: the pruning', () => {
  it('reads each pack\'s index once per load (perf58: the pruning takes the indexes the load read when it began)', async () => {
    const cache = temp('k8smap-disk-cache-');
    const content = copyOf(SITE);
    await load(content, { cache });
    const folder = (await load(content, { cache })).folder!;
    const n = packs(folder).length;
    expect(n).toBeGreaterThan(0);
    const before = packIndexReads.count;
    const warm = await load(content, { cache });
    expect(warm.hits).toBeGreaterThan(0);
    expect(packIndexReads.count - before).toBe(n); // at the open; none again at the end
    expect(packs(folder)).toHaveLength(n); // nothing unused: every pack stays
    // one note changed: its old entry's pack is still replaced by a pack of the others
    const note = readdirSync(path.join(content, 'notes')).find((f) => f.endsWith('.md'))!;
    writeFileSync(path.join(content, 'notes', note), `${readFileSync(path.join(content, 'notes', note), 'utf8')}\n\n新的一段。\n`);
    const changed = await load(content, { cache });
    expect(changed.json).toBe((await load(content, { cache: false })).json);
    expect(entries(folder)).toHaveLength(new Set(entries(folder)).size);
    expect(warnings).toEqual([]);
  });
});

describe('disk cache: the same graph warm as cold', () => {
  for (const [name, dir] of [
    ['the test site', () => SITE],
    ['the bundled content', () => CONTENT],
    ['development sets dev, dev2, dev5', () => devContent(['dev', 'dev2', 'dev5'])],
  ] as const) {
    it(name, async () => {
      const content = dir();
      const cache = temp('k8smap-disk-cache-');
      const none = await load(content, { cache: false });
      const cold = await load(content, { cache });
      const warm = await load(content, { cache });
      expect(cold.json).toBe(none.json);
      expect(warm.json).toBe(none.json);
      expect(cold.hits).toBe(0);
      expect(cold.writes).toBe(mdCount(content));
      expect(warm.hits).toBe(mdCount(content));
      expect(warm.writes).toBe(0);
      // the miner's reading comes from the cache with the tree: the mine stage reads no note
      // (stages/mine.ts `readNote` takes `doc.reading`, or perf63's `doc.readingLater`, unpacked when asked)
      const parsed = await runStages(content, { cache }, 'parse');
      const notes = parsed.docs.filter((d) => d.role === 'note');
      expect(notes.length).toBeGreaterThan(0);
      expect(notes.every((d) => d.reading === undefined && d.readingLater !== undefined)).toBe(true);
      expect(notes.every((d) => d.readingLater!() !== undefined)).toBe(true);
      expect(warnings).toEqual([]);
    });
  }

  it('with parse workers (they store what they parse and read)', async () => {
    const cache = temp('k8smap-disk-cache-');
    const none = await load(SITE, { cache: false, workers: false });
    const cold = await load(SITE, { cache, workers: 1 });
    const warm = await load(SITE, { cache, workers: false });
    const warmWorkers = await load(SITE, { cache, workers: 2 });
    expect(cold.json).toBe(none.json);
    expect(warm.json).toBe(none.json);
    expect(warmWorkers.json).toBe(none.json);
    expect(warm.hits).toBe(mdCount(SITE));
    expect(warmWorkers.hits).toBe(mdCount(SITE));
    expect(entries(cold.folder!)).toHaveLength(mdCount(SITE));
    // (one pack per batch of notes a worker parsed, and the main thread's)
    expect(packs(cold.folder!).length).toBeLessThan(mdCount(SITE));
  });

  it('serves the dev server its first load, and keeps working on edits', async () => {
    const content = copyOf(SITE);
    const cache = temp('k8smap-disk-cache-');
    await load(content, { cache });
    keepParsedFiles(true);
    const first = await load(content, { cache });
    expect(first.hits).toBe(mdCount(content));
    const note = path.join(content, 'notes', readdirSync(path.join(content, 'notes')).find((f) => f.endsWith('.md'))!);
    writeFileSync(note, `${readFileSync(note, 'utf8')}\n\n新增一段：**Ephemeral Container** 是临时容器。\n`);
    const edited = await load(content, { cache });
    expect(edited.hits).toBe(0); // the others were kept in memory, the edited one is new
    expect(edited.writes).toBe(1);
    keepParsedFiles(false);
    expect(edited.json).toBe((await load(content, { cache: false })).json);
    // the edit was stored: a new process (no memory kept) takes every note from the cache
    expect((await load(content, { cache })).hits).toBe(mdCount(content));
  });
});

describe('disk cache: the entry format', () => {
  it("stores a YAML key's catalogue description by its number and gives the text back", () => {
    const note = [
      '# 一个 Pod',
      '',
      '```yaml',
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: web',
      'spec:',
      '  restartPolicy: Always',
      '  containers:',
      '    - name: web',
      '      image: nginx',
      '      x-not-a-field: 1',
      '```',
      '',
    ].join('\n');
    const job = { file: 'notes/pod.md', role: 'note' as const };
    const packed = packForMainThread(parseNote(job, Buffer.from(note)));
    const keys = packed.fences.flatMap((f) => f.analysis.keys);
    const described = keys.filter((k) => k.description !== undefined);
    expect(described.length).toBeGreaterThanOrEqual(4);
    for (const k of described) expect(fieldDescriptions()).toContain(k.description);
    const before = JSON.stringify(packed.fences);
    const bytes = Buffer.concat(encodeEntry('a'.repeat(40), packed));
    // the texts are back in the caller's result, and not in the entry
    expect(JSON.stringify(packed.fences)).toBe(before);
    for (const k of described) expect(bytes.includes(Buffer.from(k.description!))).toBe(false);
    expect(JSON.stringify(decodeEntry(bytes, 'a'.repeat(40), job).fences)).toBe(before);
  });
});

describe('disk cache: what invalidates what', () => {
  it('a changed note, a renamed note, a deleted note', async () => {
    const content = copyOf(SITE);
    const cache = temp('k8smap-disk-cache-');
    const n = mdCount(content);
    const cold = await load(content, { cache });
    const folder = cold.folder!;
    expect(entries(folder)).toHaveLength(n);
    const notes = (readdirSync(path.join(content, 'notes'), { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.md')).sort();
    expect(notes.length).toBeGreaterThanOrEqual(3);
    const [a, b, c] = notes.map((f) => path.join(content, 'notes', f));

    writeFileSync(a!, `${readFileSync(a!, 'utf8')}\n另一段。\n`);
    const changed = await load(content, { cache });
    expect([changed.hits, changed.writes]).toEqual([n - 1, 1]);
    expect(entries(folder)).toHaveLength(n); // the old entry of the changed note is pruned
    expect(changed.json).toBe((await load(content, { cache: false })).json);

    renameSync(b!, path.join(path.dirname(b!), `renamed-${path.basename(b!)}`));
    const renamed = await load(content, { cache });
    expect([renamed.hits, renamed.writes]).toEqual([n - 1, 1]);
    expect(entries(folder)).toHaveLength(n);
    expect(renamed.json).toBe((await load(content, { cache: false })).json);

    rmSync(c!);
    const deleted = await load(content, { cache });
    expect([deleted.hits, deleted.writes]).toEqual([n - 1, 0]);
    expect(entries(folder)).toHaveLength(n - 1);
    expect(deleted.json).toBe((await load(content, { cache: false })).json);
  });

  it('another definer configuration is another folder; the engine fingerprint covers its files', async () => {
    const cache = temp('k8smap-disk-cache-');
    const first = await load(SITE, { cache });
    setDefiner({ ...definerConfig(), mode: definerConfig().mode === 'off' ? 'union' : 'off' });
    const other = await load(SITE, { cache });
    expect(other.folder).not.toBe(first.folder);
    expect(other.hits).toBe(0);
    setDefiner(undefined);
    expect((await load(SITE, { cache })).hits).toBe(mdCount(SITE));

    // the fingerprint reads every engine file and the installed packages' lock
    const fp = engineFingerprint();
    expect(fp).toMatch(/^[0-9a-f]{40}$/);
    const engine = temp('k8smap-disk-cache-engine-');
    const project = temp('k8smap-disk-cache-project-');
    cpSync(path.resolve(import.meta.dirname, '../../../src/graph/miner'), path.join(engine, 'miner'), { recursive: true });
    writeFileSync(path.join(project, 'package-lock.json'), '{"lockfileVersion":3}');
    const base = engineFingerprint(engine, project);
    expect(engineFingerprint(engine, project)).toBe(base);
    const weights = path.join(engine, 'miner', 'definer-weights.json');
    writeFileSync(weights, readFileSync(weights, 'utf8').replace(/\d(?=[,\]])/, (d) => String((Number(d) + 1) % 10)));
    const changedModel = engineFingerprint(engine, project);
    expect(changedModel).not.toBe(base);
    writeFileSync(path.join(project, 'package-lock.json'), '{"lockfileVersion":3,"packages":{"node_modules/yaml":{"version":"9.9.9"}}}');
    expect(engineFingerprint(engine, project)).not.toBe(changedModel);
  });
});

describe('disk cache: unreadable entries, pruning, turning it off', () => {
  it('ignores a corrupt or unreadable entry with a warning, and stores it again', async () => {
    const cache = temp('k8smap-disk-cache-');
    const none = await load(SITE, { cache: false });
    const folder = (await load(SITE, { cache })).folder!;
    const n = mdCount(SITE);
    expect(entries(folder)).toHaveLength(n);
    expect(packs(folder)).toHaveLength(Math.ceil(allSlots(folder).length / PACK_ENTRIES)); // a few files, not one per note
    const [e1, e2, e3] = slots(folder);
    const poke = (e: typeof e1, change: (b: Buffer) => void) => {
      const b = readFileSync(e!.pack);
      change(b.subarray(e!.offset, e!.offset + e!.length));
      writeFileSync(e!.pack, b);
    };
    poke(e1, (b) => b.writeUInt32LE(b.readUInt32LE(16) + 1, 16)); // a length that does not fit
    poke(e2, (b) => (b[b.length - 3]! ^= 0x20)); // one bit of the tree changed
    poke(e3, (b) => b.writeUInt32LE(0, 0)); // not an entry
    writeFileSync(path.join(folder, `${'c'.repeat(40)}.pack`), 'not a pack at all');
    mkdirSync(path.join(folder, `${'d'.repeat(40)}.pack`)); // cannot be read as a file
    const warm = await load(SITE, { cache });
    expect(warm.json).toBe(none.json);
    expect([warm.hits, warm.writes]).toEqual([n - 3, 3]);
    // one warning for everything that could not be read
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/5 parse cache entries could not be read and were ignored/);
    // (the first three named: the packs that cannot be read, then the entries)
    expect(warnings[0]).toMatch(/not a pack of this format; d{40}\.pack: EISDIR; .*: truncated or too long/);
    // the three were written again, the bad copies and the unreadable packs are gone
    warnings.length = 0;
    expect(entries(folder)).toHaveLength(n);
    expect(packs(folder)).not.toContain(`${'c'.repeat(40)}.pack`);
    expect(packs(folder)).not.toContain(`${'d'.repeat(40)}.pack`);
    const again = await load(SITE, { cache });
    expect([again.hits, again.writes]).toEqual([n, 0]);
    expect(again.json).toBe(none.json);
    expect(warnings).toEqual([]);
    const e = slots(folder)[0]!;
    expect(() => decodeEntry(readFileSync(e.pack).subarray(e.offset, e.offset + e.length), e.key, { file: 'x.md', role: 'note' })).toThrow(/another note/);
  });

  it('reports results it could not store, once, and stops trying after a few', async () => {
    const cache = temp('k8smap-disk-cache-');
    const c = ParseCache.open(cache, SITE, definerConfig())!;
    const packed = packForMainThread(parseNote({ file: 'notes/a.md', role: 'note' }, Buffer.from('# A\n\n正文。\n')));
    rmSync(c.dir, { recursive: true });
    writeFileSync(c.dir, 'a file in the folder\'s place');
    for (let i = 0; i < PACK_ENTRIES * 2; i++) c.write(String(i).padStart(40, '0'), packed);
    c.finish();
    expect(c.writes).toBe(0);
    expect(warnings.filter((w) => /parse results could not be stored in the parse cache \(and no more were tried\): notes\/a\.md: ENOTDIR/.test(w))).toHaveLength(1);
  });

  it('keeps the entries of the last content folders and the last fingerprints only', async () => {
    const cache = temp('k8smap-disk-cache-');
    const { folder } = await load(SITE, { cache });
    const top = path.join(cache, CACHE_SUBDIR);
    const old = Date.now() / 1000 - 3600;
    // KEEP_ROOTS other content folders' lists, newer than the test site's, each with an entry of its own
    const roots = path.join(folder!, 'roots');
    for (let i = 0; i < KEEP_ROOTS; i++) {
      const key = String(i).padStart(40, 'a');
      writePack(folder!, [{ key, parts: [Buffer.from('x')] }]);
      writeFileSync(path.join(roots, `other${i}.json`), JSON.stringify({ root: `/other/${i}`, keys: [key] }));
    }
    writePack(folder!, [{ key: 'f'.repeat(40), parts: [Buffer.from('used by nobody')] }]);
    writeFileSync(path.join(folder!, `${'e'.repeat(40)}.tmp-1-x`), 'a crashed write');
    utimesSync(path.join(folder!, `${'e'.repeat(40)}.tmp-1-x`), old, old);
    // fingerprints: KEEP_ENGINES + 1 others, used an hour ago and earlier
    for (let i = 0; i <= KEEP_ENGINES; i++) {
      mkdirSync(path.join(top, `engine${i}`));
      writeFileSync(path.join(top, `engine${i}`, 'last-used'), '');
      utimesSync(path.join(top, `engine${i}`, 'last-used'), old - i * 60, old - i * 60);
    }
    // a load of another folder: the test site's list is now the oldest of KEEP_ROOTS + 1
    utimesSync(path.join(roots, readdirSync(roots).find((f) => !f.startsWith('other'))!), old, old);
    const content = copyOf(SITE);
    rmSync(path.join(content, 'notes'), { recursive: true });
    await load(content, { cache });
    const left = readdirSync(folder!);
    // the new folder's entries (its map and concept notes, the test site's bytes) and those of
    // the KEEP_ROOTS - 1 newest other lists; the test site's notes' entries went with its list
    expect(entries(folder!).filter((k) => /^a{39}\d$/.test(k))).toHaveLength(KEEP_ROOTS - 1);
    expect(entries(folder!)).toHaveLength(mdCount(content) + KEEP_ROOTS - 1);
    expect(entries(folder!)).not.toContain('f'.repeat(40));
    expect(left).not.toContain(`${'e'.repeat(40)}.tmp-1-x`);
    expect(readdirSync(roots)).toHaveLength(KEEP_ROOTS);
    expect(readdirSync(top).sort()).toEqual([path.basename(folder!), ...Array.from({ length: KEEP_ENGINES - 1 }, (_, i) => `engine${i}`)].sort());
  });

  it('K8SMAP_CACHE=off, no folder, or a folder that cannot be made: no cache, the same graph', async () => {
    expect(cacheTurnedOff('off')).toBe(true);
    expect(cacheTurnedOff('0')).toBe(true);
    expect(cacheTurnedOff(undefined)).toBe(false);
    const cache = temp('k8smap-disk-cache-');
    const none = await load(SITE, { cache: false });
    process.env.K8SMAP_CACHE = 'off';
    expect(cacheDirFor(cache)).toBeUndefined();
    expect((await load(SITE, { cache })).json).toBe(none.json);
    expect(existsSync(path.join(cache, CACHE_SUBDIR))).toBe(false);
    process.env.K8SMAP_CACHE = 'on';
    // no option: the default folder (the Astro integration sets it), else none
    expect((await load(SITE, {})).folder).toBeUndefined();
    setDefaultCacheDir(cache);
    expect((await load(SITE, {})).folder).toContain(path.join(cache, CACHE_SUBDIR));
    // a folder that cannot be made (a file is in the way)
    const file = path.join(cache, 'a-file');
    writeFileSync(file, '');
    const blocked = await load(SITE, { cache: file });
    expect(blocked.json).toBe(none.json);
    expect(blocked.folder).toBeUndefined();
    expect(warnings.some((w) => /parse cache in .* cannot be used/.test(w))).toBe(true);
  });
});
