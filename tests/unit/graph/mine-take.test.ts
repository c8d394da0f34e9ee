/**
 * perf61: the previous result of the mine stage taken (stages/mine-state.ts, the `take` mode of
 * stages/mine-patch.ts): `S_N` made live again from its projection gives the projection back, key
 * for key; with one note changed and its global patch the same, the fold stops after that note and
 * `S_N` is taken with its local part, through the disk cache too; every graph equals a load without
 * any cache. Each case changes one input at a time.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadGraph, runStages } from '../../../src/graph/load.ts';
import { graphToJson } from '../../../src/graph/json.ts';
import { diffProjection, lastDeltaCheck, mineDeltaCounts, mineRecordOf, projectMineState, setMineDeltaMode } from '../../../src/graph/stages/mine-patch.ts';
import { materialiseMineState, NotMaterialisable } from '../../../src/graph/stages/mine-state.ts';
import { mineEntryCounts } from '../../../src/graph/stages/mine-memo.ts';
import { devSet as devFolder, editNote, fixtureSet as fixtureFolder, removeTemps, siteWithMesh, temp as tempFolder } from './mine-fold-fixtures.ts';

// (the unit tests run with K8SMAP_CACHE=off, vitest.config.ts: the take mode's loads use a cache folder of their own)
const cacheEnv = process.env.K8SMAP_CACHE;
afterEach(() => {
  process.env.K8SMAP_CACHE = cacheEnv;
  setMineDeltaMode('off');
  removeTemps();
});

const temp = (tag: string) => tempFolder('take', tag);
const content = () => siteWithMesh('take');
const fixtureSet = (name: string) => fixtureFolder('take', name);
const devSet = (name: string) => devFolder('take', name);
const edit = editNote;

describe('S_N made live again from its projection', () => {
  beforeEach(() => setMineDeltaMode('check'));
  for (const set of ['site', 'dev', 'dev2', 'dev10', 'dev20', 'dev30', 'dev40', 'dev50', 'dev60', 'dev70', 'dev80', 'fix30b/f3a', 'fix30b/f3b']) {
    it(`gives the projection back, key for key (${set})`, async () => {
      const dir = set === 'site' ? content() : set.startsWith('fix30b/') ? fixtureSet(set) : devSet(set);
      const ctx = await runStages(dir, { cache: false }, 'mine');
      const rec = mineRecordOf(ctx.root)!;
      expect(rec.finalGlobal.size).toBeGreaterThan(0);
      // a fresh load stopped before the mine stage: the concept notes and the map only
      const fresh = await runStages(dir, { cache: false }, 'yaml');
      const used = new Set<string>();
      let homeHow: Map<string, 'loose' | 'named'> | undefined;
      let stateFields: Map<string, string> | undefined;
      let pinnedHolders: Set<string> | undefined;
      // fix30b's chapters place probe handlers under the probe named nearest: the restored state keeps them pinned
      if (set.startsWith('fix30b/')) expect([...rec.finalGlobal.keys()].some((k) => k.startsWith('pinned:'))).toBe(true);
      materialiseMineState(fresh, rec.finalGlobal, rec.finalLocal, { setHomeHow: (m) => (homeHow = m), setStateFields: (m) => (stateFields = m), setPinnedHolders: (m) => (pinnedHolders = m), used }, { liveFiles: new Set() });
      const p = projectMineState(fresh, { homeHow, stateFields, pinnedHolders, used });
      expect(diffProjection(rec.finalGlobal, p.global)).toBe('[]');
      expect(diffProjection(rec.finalLocal, p.local)).toBe('[]');
      // the name index's records share the nodes' aliases arrays where the fold's did
      const ix = fresh.index as unknown as { byId: Map<string, { aliases: string[] }> };
      const shared = [...ix.byId].filter(([id, c]) => c.aliases === fresh.nodes.get(id)?.aliases).length;
      expect(shared).toBeGreaterThan(0);
    });
  }

  it('refuses a projection it cannot resolve, leaving the context as it was', async () => {
    const dir = content();
    const ctx = await runStages(dir, { cache: false }, 'mine');
    const rec = mineRecordOf(ctx.root)!;
    const fresh = await runStages(dir, { cache: false }, 'yaml');
    const nodes = fresh.nodes;
    const local = new Map(rec.finalLocal);
    const key = [...local.keys()].find((k) => k.startsWith('passages:') && local.get(k) !== '[]')!;
    local.set(key, local.get(key)!.replace(/"paragraph@\d+/, '"paragraph@999'));
    const tables = { setHomeHow: () => {}, setStateFields: () => {}, setPinnedHolders: () => {}, used: new Set<string>() };
    expect(() => materialiseMineState(fresh, rec.finalGlobal, local, tables, { liveFiles: new Set() })).toThrow(NotMaterialisable);
    expect(fresh.nodes).toBe(nodes);
  });
});

/**
 * Two loads in the take mode, `change` between them (the second load's record read back from the
 * disk cache when `viaDisk`: the process's own record forgotten first); the second load's decision
 * and whether it took the previous result, with its graph checked against a load without any cache.
 */
async function takeAfter(change: (dir: string) => void, viaDisk = false) {
  const dir = content();
  const cache = temp('cache');
  process.env.K8SMAP_CACHE = 'on';
  setMineDeltaMode('take');
  await runStages(dir, { cache });
  change(dir);
  if (viaDisk) {
    setMineDeltaMode('off');
    setMineDeltaMode('take');
  }
  const before = { ...mineDeltaCounts };
  const ctx = await runStages(dir, { cache });
  expect(ctx.parseCache).toBeDefined();
  const check = lastDeltaCheck;
  const after = { ...mineDeltaCounts };
  setMineDeltaMode('off');
  const none = await loadGraph(dir, { cache: false });
  expect(graphToJson(ctx.graph!)).toBe(graphToJson(none));
  expect(ctx.graph).toEqual(none);
  // and a third load in the take mode, nothing changed since, builds the same graph again
  setMineDeltaMode('take');
  const found = mineEntryCounts.found;
  const again = await runStages(dir, { cache });
  expect(graphToJson(again.graph!)).toBe(graphToJson(none));
  // (the mine entries the next load finds: every note's when the load before kept them all)
  const entries = { found: mineEntryCounts.found - found, notes: again.docs.filter((d) => d.role === 'note').length };
  return { entries, check, taken: after.taken - before.taken, delta: after.delta - before.delta, fallback: after.fallback - before.fallback };
}

describe('the take mode: the previous result taken for a prose edit', () => {
  it('a paragraph appended to the defining note (the notes after it not folded)', async () => {
    const r = await takeAfter((d) => edit(d, 'm-定义.md', (t) => `${t}\n这一段只是补充：出问题时先别慌，按顺序一步一步看。\n`));
    expect(r.check?.decision.path).toBe('delta');
    expect(r.taken).toBe(1);
    // the mine entries of the notes after it, whose steps did not run, kept for the next load
    expect(r.entries.found).toBe(r.entries.notes);
  });
  it('the same, the record read back from the disk cache', async () => {
    const r = await takeAfter((d) => edit(d, 'm-定义.md', (t) => `${t}\n补充：先看日志。\n`), true);
    expect(r.taken).toBe(1);
  });
  it('a paragraph appended to the mentioning note', async () => {
    const r = await takeAfter((d) => edit(d, 'n-提到.md', (t) => `${t}\n补充一句：排查要有耐心，一步一步来。\n`));
    expect(r.taken).toBe(1);
  });
  it('a word changed in the running text of the defining note', async () => {
    const r = await takeAfter((d) => edit(d, 'm-定义.md', (t) => t.replace('流量先经过它', '流量都先经过它')));
    expect(r.taken).toBe(1);
  });
});

describe('the take mode: the whole fold for any other change', () => {
  const cases: [string, (d: string) => void][] = [
    ['a definition added', (d) => edit(d, 'm-定义.md', (t) => `${t}\n**Wombat Relay：**一种把流量转给 Quokka Mesh 的中继组件。\n`)],
    ['a definition removed', (d) => edit(d, 'm-定义.md', (t) => t.replace(/\*\*Quokka Mesh：\*\*/u, 'Quokka Mesh 是'))],
    ['the note retitled (its home changes)', (d) => edit(d, 'm-定义.md', (t) => t.replace('# 流量网格', '# Service'))],
    ['an alias added', (d) => edit(d, 'm-定义.md', (t) => t.replace('**Quokka Mesh：**', '**Quokka Mesh（袋鼠网格）：**'))],
    ['a note renamed', (d) => renameSync(path.join(d, 'notes', 'm-定义.md'), path.join(d, 'notes', 'z-定义.md'))],
    ['a note added', (d) => writeFileSync(path.join(d, 'notes', 'a-新.md'), '# 新笔记\n\n随便写写。\n')],
    ['a note deleted', (d) => rmSync(path.join(d, 'notes', 'n-提到.md'))],
    ['two notes changed', (d) => {
      edit(d, 'm-定义.md', (t) => `${t}\n补充一句。\n`);
      edit(d, 'n-提到.md', (t) => `${t}\n补充一句。\n`);
    }],
    ['a concept note changed with a note', (d) => {
      edit(d, 'n-提到.md', (t) => `${t}\n补充一句。\n`);
      const f = path.join(d, 'concepts', 'tty.md');
      writeFileSync(f, readFileSync(f, 'utf8').replace('titleZh: 终端', 'titleZh: 伪终端'));
    }],
  ];
  for (const [name, change] of cases) {
    it(name, async () => {
      const r = await takeAfter(change);
      expect(r.taken).toBe(0);
    });
  }
});
