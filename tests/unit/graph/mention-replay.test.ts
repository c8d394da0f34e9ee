/**
 * perf69: a load that takes the mine stage's previous result (stages/mine.ts `foldWithDelta`) applies
 * every unchanged note's running-text mentions from the record (`MentionsOut`, kept per note in the
 * mine record) instead of finding them again; the changed note's are found. Over a series of edits
 * — prose appended (taken), a title changed, a YAML example changed, a note added, a note removed
 * (folded) — each load's graph equals a load without any cache, and the mentions the record keeps
 * equal those a whole fold finds on the same notes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { loadGraph, runStages } from '../../../src/graph/load.ts';
import { graphToJson } from '../../../src/graph/json.ts';
import { mineDeltaCounts, mineRecordOf, setMineDeltaMode } from '../../../src/graph/stages/mine-patch.ts';
import { mentionCounts } from '../../../src/graph/stages/mine.ts';
import { editNote as edit, removeTemps, siteWithMesh, temp } from './mine-fold-fixtures.ts';

// (the unit tests run with K8SMAP_CACHE=off, vitest.config.ts: these loads use a cache folder of their own)
const cacheEnv = process.env.K8SMAP_CACHE;
afterEach(() => {
  process.env.K8SMAP_CACHE = cacheEnv;
  setMineDeltaMode('off');
  removeTemps();
});

const PROSE = (n: number) => (t: string) => `${t}\n补充第 ${n} 段：排查时打开 tty，再确认 hostNetwork 的取值，最后看 Quokka Mesh 的日志。\n`;

/** The edits of the series, in order, and whether the load after each takes the previous result. */
const SERIES: [string, (dir: string) => void, boolean | undefined][] = [
  ['prose appended to the defining note', (d) => edit(d, 'm-定义.md', PROSE(1)), true],
  ['prose appended to the mentioning note (after a take)', (d) => edit(d, 'n-提到.md', PROSE(2)), true],
  ['the defining note retitled', (d) => edit(d, 'm-定义.md', (t) => t.replace('# 流量网格', '# 网格转发')), false],
  ['prose appended after the retitle', (d) => edit(d, 'n-提到.md', PROSE(3)), true],
  // (the example's key changed: the note's fences differ, whichever path the decision takes)
  ['a YAML example changed', (d) => edit(d, '工作负载/Pod 与 Deployment：入门（第一章）.md', (t) => t.replace('imagePullPolicyy: Always', 'imagePullPolicy: Always')), undefined],
  ['a note added', (d) => writeFileSync(path.join(d, 'notes', 'a-新增.md'), '# 新的记录\n\n这里提到 Quokka Mesh 和 Pod。\n'), false],
  ['a note removed', (d) => rmSync(path.join(d, 'notes', 'a-新增.md')), false],
  ['prose appended after the removal', (d) => edit(d, 'm-定义.md', PROSE(4)), true],
];

/** One load with the cache: its graph against a load without any cache; the mentions it found and applied. */
async function loadAndCompare(dir: string, cache: string) {
  const before = { ...mentionCounts };
  const taken = mineDeltaCounts.taken;
  const ctx = await runStages(dir, { cache });
  const notes = ctx.docs.filter((d) => d.role === 'note').length;
  const counts = { found: mentionCounts.found - before.found, applied: mentionCounts.applied - before.applied, taken: mineDeltaCounts.taken - taken, notes };
  // (with the default mode a load without the cache folds plainly)
  const none = await loadGraph(dir, { cache: false });
  expect(graphToJson(ctx.graph!)).toBe(graphToJson(none));
  expect(ctx.graph).toEqual(none);
  return { ctx, counts };
}

describe('mentions applied again after a take (the default mode, as a build: the record in the disk cache)', () => {
  it('every edit of the series: the graph of a load without any cache; unchanged notes applied only when taken', async () => {
    const dir = siteWithMesh('mentions');
    const cache = temp('mentions', 'cache');
    process.env.K8SMAP_CACHE = 'on';
    setMineDeltaMode('default');
    const first = await loadAndCompare(dir, cache);
    expect(first.counts.applied).toBe(0);
    for (const [what, change, takes] of SERIES) {
      change(dir);
      const { counts } = await loadAndCompare(dir, cache);
      expect(counts.found + counts.applied, what).toBe(counts.notes);
      if (takes !== undefined) expect(counts.taken, what).toBe(takes ? 1 : 0);
      if (counts.taken === 1) {
        // the changed note's mentions found, every other note's applied from the record
        expect(counts.found, what).toBe(1);
        expect(counts.applied, what).toBe(counts.notes - 1);
      } else expect(counts.applied, what).toBe(0);
    }
  });
});

describe('the record\'s mentions after a take are those a whole fold finds', () => {
  it('over the series (the take mode, the record in the process)', async () => {
    const dir = siteWithMesh('mentions');
    const cache = temp('mentions', 'cache');
    process.env.K8SMAP_CACHE = 'on';
    setMineDeltaMode('take');
    await runStages(dir, { cache });
    let takes = 0;
    for (const [what, change] of SERIES) {
      change(dir);
      const taken = mineDeltaCounts.taken;
      const ctx = await runStages(dir, { cache });
      takes += mineDeltaCounts.taken - taken;
      const kept = mineRecordOf(ctx.root)!.mentions;
      // the same notes in another folder, folded whole without any cache (the check mode records the fold)
      const copy = temp('mentions', 'fold');
      rmSync(copy, { recursive: true, force: true });
      cpSync(dir, copy, { recursive: true });
      const folded = await runStages(copy, { cache: false });
      const whole = mineRecordOf(folded.root)!.mentions;
      expect(kept?.length, what).toBe(folded.docs.filter((d) => d.role === 'note').length);
      expect(isDeepStrictEqual(kept, whole), what).toBe(true);
      expect(graphToJson(ctx.graph!)).toBe(graphToJson(folded.graph!));
    }
    expect(takes).toBeGreaterThanOrEqual(4);
  });
});
