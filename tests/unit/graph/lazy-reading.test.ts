/**
 * perf63: a build's disk cache hits keep the miner's reading packed until the mine stage asks for
 * it (parse-file.ts `unpackOnMainThread` with `lazy`, `readingLater`): unpacked, it is the reading
 * the eager path gives (the same objects pointing into the same places); a reading that does not
 * fit its tree gives undefined either way; and a load that takes the mine stage's previous result
 * (the take mode, stages/mine.ts) unpacks no reading of the notes after the changed one, with every
 * graph the same as a load without any cache.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { configId, packReading } from '../../../src/graph/note-reading.ts';
import { lazyReadings, packForMainThread, parseFile, unpackOnMainThread, type ParseJob } from '../../../src/graph/parse-file.ts';
import { definerConfig } from '../../../src/graph/miner/definer.ts';
import { loadGraph, runStages } from '../../../src/graph/load.ts';
import { graphToJson } from '../../../src/graph/json.ts';
import { mineDeltaCounts, setMineDeltaMode } from '../../../src/graph/stages/mine-patch.ts';
import { editNote, removeTemps, siteWithMesh, temp } from './mine-fold-fixtures.ts';

const cacheEnv = process.env.K8SMAP_CACHE;
afterEach(() => {
  process.env.K8SMAP_CACHE = cacheEnv;
  setMineDeltaMode('off');
  removeTemps();
});

const notesOf = (dir: string) => readdirSync(path.join(dir, 'notes')).filter((f) => f.endsWith('.md')).sort().map((f) => `notes/${f}`);

describe('a packed reading unpacked later', () => {
  it('is the reading the eager unpacking gives, unpacked once', () => {
    const dir = siteWithMesh('lazy');
    const cfg = definerConfig();
    for (const file of notesOf(dir)) {
      const job: ParseJob = { file, role: 'note' };
      const packed = packForMainThread(parseFile(dir, job, cfg));
      const eager = unpackOnMainThread(structuredClone(packed), configId(cfg));
      const left = lazyReadings.left;
      const lazy = unpackOnMainThread(structuredClone(packed), configId(cfg), true);
      expect(lazyReadings.left - left).toBe(1);
      expect(lazy.reading).toBeUndefined();
      const unpacked = lazyReadings.unpacked;
      const r = lazy.readingLater!();
      expect(lazy.readingLater!()).toBe(r);
      expect(lazyReadings.unpacked - unpacked).toBe(1);
      expect(r, file).toBeDefined();
      expect(r!.config).toBe(eager.reading!.config);
      expect(packReading(r!, lazy.tree, lazy.fences), file).toBe(packReading(eager.reading!, eager.tree, eager.fences));
      // (nothing of the later form is stored: the packed form of the lazy result is the eager one's)
      expect(JSON.stringify(packForMainThread({ ...lazy, reading: r! }))).toBe(JSON.stringify(packForMainThread(eager)));
    }
  });
  it('gives undefined when it does not fit its tree, as the eager unpacking does', () => {
    const dir = siteWithMesh('lazy');
    const cfg = definerConfig();
    const [a, b] = ['notes/m-定义.md', 'notes/n-提到.md'].map((file) => packForMainThread(parseFile(dir, { file, role: 'note' }, cfg)));
    const wrong = { ...a!, readingJson: b!.readingJson! };
    expect(unpackOnMainThread(structuredClone(wrong), configId(cfg)).reading).toBeUndefined();
    expect(unpackOnMainThread(structuredClone(wrong), configId(cfg), true).readingLater!()).toBeUndefined();
  });
});

describe('the take mode leaves the later notes\' readings packed', () => {
  for (const [which, file] of [['the defining note (early in the order)', 'm-定义.md'], ['the mentioning note', 'n-提到.md']] as const) {
    it(`a paragraph appended to ${which}`, async () => {
      const dir = siteWithMesh('lazy');
      const cache = temp('lazy', 'cache');
      process.env.K8SMAP_CACHE = 'on';
      setMineDeltaMode('take');
      await runStages(dir, { cache });
      editNote(dir, file, (t) => `${t}\n补充一句：先看日志，再看事件。\n`);
      const taken = mineDeltaCounts.taken;
      const [left, unpacked] = [lazyReadings.left, lazyReadings.unpacked];
      const ctx = await runStages(dir, { cache });
      expect(mineDeltaCounts.taken - taken).toBe(1);
      const notes = ctx.docs.filter((d) => d.role === 'note').map((d) => d.file);
      const k = notes.indexOf(`notes/${file}`);
      // every note but the changed one came from the cache with its reading packed; the notes up to
      // the changed one's were unpacked (the changed note was parsed afresh), none after it
      expect(lazyReadings.left - left).toBe(notes.length - 1);
      expect(lazyReadings.unpacked - unpacked).toBe(k);
      expect(ctx.docs.every((d) => d.readingLater === undefined && d.reading === undefined)).toBe(true);
      setMineDeltaMode('off');
      const none = await loadGraph(dir, { cache: false });
      expect(graphToJson(ctx.graph!)).toBe(graphToJson(none));
      // and the next load (nothing changed) takes the graph the last one wrote, the same again
      setMineDeltaMode('take');
      expect(graphToJson(await loadGraph(dir, { cache }))).toBe(graphToJson(none));
    });
  }
});
