/**
 * perf71: a parse entry holds the miner's packed reading as a part of its own (UTF-8 JSON with a
 * CRC-32 of its own, disk-cache.ts `encodeEntry`), decoded only when the mine stage asks for the
 * reading (parse-file.ts `StoredReading`, `storedReadingJson`): an entry decodes to what the packed
 * result was; a reading whose bytes are wrong is found when asked for, read again, stored again and
 * warned about; and over a series of edits — prose appended (the mine stage's previous result
 * taken), a title changed, a YAML example changed, a note added, a note removed — every load's graph
 * equals a load without any cache, a take decodes only the readings of the notes before the changed
 * one, and a fold decodes every cached note's.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { loadGraph, runStages } from '../../../src/graph/load.ts';
import { graphToJson } from '../../../src/graph/json.ts';
import { decodeEntry, encodeEntry, readPackIndex } from '../../../src/graph/disk-cache.ts';
import { packForMainThread, parseFile, storedReadingJson, storedReadings, unpackOnMainThread, type ParseJob } from '../../../src/graph/parse-file.ts';
import { configId, packReading } from '../../../src/graph/note-reading.ts';
import { definerConfig } from '../../../src/graph/miner/definer.ts';
import { mineDeltaCounts, setMineDeltaMode } from '../../../src/graph/stages/mine-patch.ts';
import { cacheHarness } from './cache-harness.ts';
import { editNote as edit, removeTemps, siteWithMesh } from './mine-fold-fixtures.ts';

const { temp, warnings } = cacheHarness('stored-reading');
afterEach(() => {
  setMineDeltaMode('off');
  removeTemps();
});

const HEADER = 28;
const PARSE_MAGIC = 0x434d384b;

/** Every parse entry of the cache folders under `cache`: its pack, place, note and where its reading lies. */
function parseEntries(cache: string) {
  const top = path.join(cache, 'k8smap-parse');
  const out: { pack: string; offset: number; length: number; file: string; reading: [number, number] }[] = [];
  for (const fp of readdirOf(top)) {
    for (const f of readdirOf(path.join(top, fp)).filter((x) => x.endsWith('.pack'))) {
      const pack = path.join(top, fp, f);
      const bytes = readFileSync(pack);
      for (const s of readPackIndex(pack)) {
        const b = bytes.subarray(s.offset, s.offset + s.length);
        if (b.readUInt32LE(0) !== PARSE_MAGIC) continue;
        const ml = b.readUInt32LE(12);
        const rl = Math.max(0, b.readUInt32LE(20) - 1);
        const { meta } = v8.deserialize(b.subarray(HEADER, HEADER + ml)) as { meta: { file: string } };
        out.push({ pack, offset: s.offset, length: s.length, file: meta.file, reading: [s.offset + HEADER + ml, rl] });
      }
    }
  }
  return out;
}

function readdirOf(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

const notesOf = (ctx: { docs: { role: string; file: string }[] }) => ctx.docs.filter((d) => d.role === 'note').map((d) => d.file);

describe('a parse entry with its reading stored apart', () => {
  it('decodes to the packed result, the reading\'s bytes decoded only when asked for', () => {
    const dir = siteWithMesh('stored');
    const cfg = definerConfig();
    const files = (readdirSync(path.join(dir, 'notes'), { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.md')).map((f) => `notes/${f}`);
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      const job: ParseJob = { file, role: 'note' };
      const packed = packForMainThread(parseFile(dir, job, cfg));
      expect(packed.readingJson, file).toBeDefined();
      const buf = Buffer.concat(encodeEntry('k'.repeat(40), packed));
      const decoded = decodeEntry(buf, 'k'.repeat(40), job);
      expect(decoded.readingJson).toBeUndefined();
      expect(decoded.readingStored).toBeDefined();
      // (stored again as it was read, it decodes the same: V8 may write an equal string in its other form, so not the same bytes)
      const again = decodeEntry(Buffer.concat(encodeEntry('k'.repeat(40), decoded)), 'k'.repeat(40), job);
      expect(again).toEqual(decoded);
      expect(storedReadingJson(decoded.readingStored!)).toBe(packed.readingJson);
      // eager: the same result as unpacking the packed form straight away
      const eager = unpackOnMainThread(decodeEntry(buf, 'k'.repeat(40), job), configId(cfg));
      const direct = unpackOnMainThread(structuredClone(packed), configId(cfg));
      expect(JSON.stringify(packForMainThread(eager))).toBe(JSON.stringify(packForMainThread(direct)));
      // lazy: nothing decoded until the reading is asked for, then the same reading
      const before = storedReadings.decoded;
      const lazy = unpackOnMainThread(decodeEntry(buf, 'k'.repeat(40), job), configId(cfg), true);
      expect(storedReadings.decoded).toBe(before);
      const r = lazy.readingLater!();
      expect(storedReadings.decoded).toBe(before + 1);
      expect(lazy.readingLater!()).toBe(r);
      expect(storedReadings.decoded).toBe(before + 1);
      expect(packReading(r!, lazy.tree, lazy.fences)).toBe(packReading(direct.reading!, direct.tree, direct.fences));
    }
    // a concept note has no reading: none stored
    const concept: ParseJob = { file: 'concepts/pod.md', role: 'concept' };
    const c = packForMainThread(parseFile(dir, concept, cfg));
    expect(decodeEntry(Buffer.concat(encodeEntry('c'.repeat(40), c)), 'c'.repeat(40), concept).readingStored).toBeUndefined();
  });

  it('a reading whose bytes are wrong: read again when asked for, stored again, warned about; the graph the same', async () => {
    const dir = siteWithMesh('stored');
    const cache = temp('k8smap-stored-reading-');
    const none = graphToJson(await loadGraph(dir, { cache: false }));
    const first = await runStages(dir, { cache });
    expect(graphToJson(first.graph!)).toBe(none);
    const e = parseEntries(cache).find((x) => x.file === 'notes/n-提到.md')!;
    expect(e.reading[1]).toBeGreaterThan(10);
    const bytes = readFileSync(e.pack);
    bytes[e.reading[0] + (e.reading[1] >> 1)]! ^= 0x01; // one bit of the reading changed
    writeFileSync(e.pack, bytes);
    warnings.length = 0;
    const corrupt = storedReadings.corrupt;
    // (the mine stage folds every note: every reading is asked for)
    const again = await runStages(dir, { cache });
    expect(again.parseCache!.writes).toBe(1); // the entry was taken (its other parts are right), then stored again
    expect(storedReadings.corrupt - corrupt).toBe(1);
    expect(graphToJson(again.graph!)).toBe(none);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/notes\/n-提到\.md: its reading's checksum mismatch/);
    // stored again: the next load decodes it
    warnings.length = 0;
    const third = await runStages(dir, { cache });
    expect(storedReadings.corrupt - corrupt).toBe(1);
    expect([third.parseCache!.hits, third.parseCache!.writes]).toEqual([again.parseCache!.hits, 0]);
    expect(graphToJson(third.graph!)).toBe(none);
    expect(warnings).toEqual([]);
  });
});

const PROSE = (n: number) => (t: string) => `${t}\n补充第 ${n} 段：排查时先看 Quokka Mesh 的日志，再确认 Pod 的事件。\n`;

/** The edits of the series: what, the change, the note it changes (its readings are parsed afresh), whether the load takes. */
const SERIES: [string, (dir: string) => void, string | undefined, boolean | undefined][] = [
  ['prose appended to the mentioning note', (d) => edit(d, 'n-提到.md', PROSE(1)), 'notes/n-提到.md', true],
  ['prose appended to the defining note', (d) => edit(d, 'm-定义.md', PROSE(2)), 'notes/m-定义.md', true],
  ['the defining note retitled', (d) => edit(d, 'm-定义.md', (t) => t.replace('# 流量网格', '# 网格转发')), 'notes/m-定义.md', false],
  ['a YAML example changed', (d) => edit(d, '工作负载/Pod 与 Deployment：入门（第一章）.md', (t) => t.replace('imagePullPolicyy: Always', 'imagePullPolicy: Always')), 'notes/工作负载/Pod 与 Deployment：入门（第一章）.md', undefined],
  ['a note added', (d) => writeFileSync(path.join(d, 'notes', 'a-新增.md'), '# 新的记录\n\n这里提到 Quokka Mesh 和 Pod。\n'), 'notes/a-新增.md', false],
  ['prose appended after the addition', (d) => edit(d, 'n-提到.md', PROSE(3)), 'notes/n-提到.md', true],
  ['a note removed', (d) => rmSync(path.join(d, 'notes', 'a-新增.md')), undefined, false],
  ['prose appended after the removal', (d) => edit(d, 'n-提到.md', PROSE(4)), 'notes/n-提到.md', true],
];

describe('readings decoded only as the mine stage asks (the default mode, as a build)', () => {
  it('every edit of the series: the graph of a load without any cache; a take decodes only the notes\' before the changed one', async () => {
    const dir = siteWithMesh('stored');
    const cache = temp('k8smap-stored-reading-');
    setMineDeltaMode('default');
    await runStages(dir, { cache });
    let takes = 0;
    for (const [what, change, changed, takes1] of SERIES) {
      change(dir);
      const decoded = storedReadings.decoded;
      const taken = mineDeltaCounts.taken;
      const ctx = await runStages(dir, { cache });
      const n = storedReadings.decoded - decoded;
      const took = mineDeltaCounts.taken - taken;
      takes += took;
      if (takes1 !== undefined) expect(took, what).toBe(takes1 ? 1 : 0);
      const notes = notesOf(ctx);
      const cached = notes.filter((f) => f !== changed).length;
      if (took === 1) {
        // the notes before the changed one (the fold up to it) decoded, none after it
        const k = notes.indexOf(changed!);
        expect(k, what).toBeGreaterThanOrEqual(0);
        expect(n, what).toBe(k);
        expect(n, what).toBeLessThan(cached);
      } else expect(n, what).toBe(cached);
      const none = await loadGraph(dir, { cache: false });
      expect(graphToJson(ctx.graph!), what).toBe(graphToJson(none));
      expect(ctx.graph, what).toEqual(none);
    }
    expect(takes).toBeGreaterThanOrEqual(3);
    // and a load with nothing changed takes the graph the last one wrote: the same again
    expect(graphToJson(await loadGraph(dir, { cache }))).toBe(graphToJson(await loadGraph(dir, { cache: false })));
    expect(warnings).toEqual([]);
  });
});
