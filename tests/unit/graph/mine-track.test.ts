/**
 * perf62: the mine stage's fold recorded at the cost of what each step touches (stages/mine-track.ts)
 * gives, step by step, the same patches as the whole projection's difference (mine-patch.ts
 * `PatchRecorder`) and the same final state, on the fixture site, fix30b's probe chapters and every
 * dev set; the take mode is the default for a load with the disk cache (off without one, or with
 * `K8SMAP_MINE_DELTA=off`), and a series of edits — each load taking the record the one before it
 * kept — builds the graph a load without any cache builds.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { loadGraph, runStages } from '../../../src/graph/load.ts';
import { graphToJson } from '../../../src/graph/json.ts';
import { diffProjection, mineDeltaCounts, mineDeltaMode, mineRecordOf, PatchRecorder, patchDigest, recordingCheck, setMineDeltaMode } from '../../../src/graph/stages/mine-patch.ts';
import { TrackedRecorder } from '../../../src/graph/stages/mine-track.ts';
import { DEV, devSet, editNote, fixtureSet, removeTemps, siteWithMesh, temp as tempFolder } from './mine-fold-fixtures.ts';
import { addProvenance, named, newNode, type BuildContext, type Node } from '../../../src/graph/build-context.ts';

const cacheEnv = process.env.K8SMAP_CACHE;
afterEach(() => {
  process.env.K8SMAP_CACHE = cacheEnv;
  setMineDeltaMode('default');
  removeTemps();
});

const temp = (tag: string) => tempFolder('track', tag);
const content = () => siteWithMesh('track');
const folderOf = (set: string): string =>
  set === 'site' ? content() : set.startsWith('fix30b/') ? fixtureSet('track', set) : devSet('track', set);
const edit = editNote;

const DEV_SETS = readdirSync(DEV).filter((d) => /^dev\d*$/.test(d)).sort();

describe('the tracked recording equals the whole projection, step by step', () => {
  let iterated = 0;
  for (const set of ['site', 'fix30b/f3a', 'fix30b/f3b', ...DEV_SETS]) {
    it(set, async () => {
      setMineDeltaMode('check');
      const dir = folderOf(set);
      const ctx = await runStages(dir, { cache: false }, 'mine');
      expect(recordingCheck.steps).toBe(ctx.docs.filter((d) => d.role === 'note').length);
      expect(recordingCheck.violations).toEqual([]);
      iterated += recordingCheck.iteratedSteps;
    });
  }
  // (perf80: a merge finds the nodes it re-homes, and areaTopic its topic, without marking every node;
  // a step that does iterate the nodes is still recorded whole: the hand-made write below)
  it('no step of those folds iterates the nodes (a merge marks only the nodes it writes)', () => {
    expect(iterated).toBe(0);
  });
});

/**
 * Each kind of write a step can make, made by hand on a mined context with both recorders on: the
 * tracked patch is the whole projection's, and not empty (the write was seen).
 */
describe('every kind of write is in the tracked patch', () => {
  const writes: [string, (ctx: BuildContext, t: { homeHow?: Map<string, 'loose' | 'named'>; stateFields?: Map<string, string>; pinned?: Set<string>; used: Set<string> }) => void][] = [
    ['a node reached by iterating the nodes (a merge re-homing nodes)', (ctx) => {
      for (const n of ctx.nodes.values()) if (n.mined) n.home = 'somewhere-else';
    }],
    ['a node got and changed', (ctx) => {
      const n = ctx.nodes.get([...ctx.nodes.keys()].find((id) => ctx.nodes.get(id)!.mined)!)!;
      n.titleEn = 'Changed';
    }],
    ['a node minted and one deleted', (ctx) => {
      ctx.nodes.set('new-node', newNode('new-node', 'New', { file: 'notes/x.md', line: 1, column: 1 }));
      ctx.nodes.delete([...ctx.nodes.keys()].find((id) => ctx.nodes.get(id)!.mined)!);
    }],
    ['an alias pushed onto the array a node shares with its index record', (ctx) => {
      const n = [...ctx.nodes.keys()].map((id) => ctx.nodes.get(id)!).find((x) => x.mined)!;
      ctx.nodes.get(n.id)!.aliases.push('pushed-alias');
    }],
    ['an alias added (the record added again: the old one stays in its names’ lists)', (ctx) => {
      const n = ctx.nodes.get([...ctx.nodes.keys()].find((id) => ctx.nodes.get(id)!.mined)!)!;
      n.aliases = [...n.aliases, 'Another Name'];
      ctx.index.add(named(n));
    }],
    ['an alias that is another concept’s name (the record joins that name’s list)', (ctx) => {
      // (the other concept found without the tracked map: only its name is read, as a step reads it from a note)
      const all = [...(Map.prototype.values.call(ctx.nodes) as IterableIterator<Node>)];
      const n = ctx.nodes.get(all.find((x) => x.mined)!.id)!;
      const other = all.find((x) => !x.mined && x.id !== n.id)!;
      n.aliases = [...n.aliases, other.title];
      ctx.index.add(named(n));
    }],
    ['a concept removed from the index (a merge)', (ctx) => {
      const id = [...ctx.nodes.keys()].find((x) => ctx.nodes.get(x)!.mined)!;
      ctx.index.remove(id);
    }],
    ['an edge pushed, one replaced, one spliced out', (ctx) => {
      ctx.minedEdges.push({ from: 'a', to: 'b', type: 'related', source: { file: 'x', line: 1, column: 1 } });
      ctx.minedEdges[0] = { ...ctx.minedEdges[0]!, to: 'c' };
      ctx.minedEdges.splice(1, 1);
    }],
    ['identities, provenance, a note record, a home', (ctx) => {
      ctx.identities.set('object:Wombat', 'wombat');
      const id = [...ctx.nodes.keys()][0]!;
      addProvenance(ctx, id, { at: { file: 'notes/x.md', line: 2, column: 1 }, role: 'alias', rule: 'test', label: 'x' });
      const file = [...ctx.notes.keys()][0]!;
      ctx.notes.get(file)!.defines.add('wombat');
      ctx.noteHome.set(file, 'wombat');
    }],
    ['the per-load tables made by the step, and a note id taken', (ctx, t) => {
      t.homeHow = new Map([['wombat', 'named']]);
      t.stateFields = new Map([['s', 'f']]);
      t.pinned = new Set(['p']);
      t.used.add('a-new-note-id');
    }],
    ['a finding and a note’s passages (local)', (ctx) => {
      ctx.diags.warn('test', { file: 'notes/m-定义.md', line: 1, column: 1 }, 'a finding');
      const file = [...ctx.notePassages.keys()][0]!;
      ctx.notePassages.set(file, []);
    }],
  ];
  for (const [name, write] of writes) {
    it(name, async () => {
      setMineDeltaMode('off');
      const ctx = await runStages(content(), { cache: false }, 'mine');
      const t: { homeHow?: Map<string, 'loose' | 'named'>; stateFields?: Map<string, string>; pinned?: Set<string>; used: Set<string> } = { used: new Set(['x']) };
      const extras = () => ({ homeHow: t.homeHow, stateFields: t.stateFields, pinnedHolders: t.pinned, used: t.used });
      const full = new PatchRecorder(ctx, extras);
      const tracked = new TrackedRecorder(ctx, extras);
      expect(tracked.initial).toBe(full.initial);
      write(ctx, t);
      full.step('f', '');
      tracked.step('f', '');
      const [a, b] = [full.steps[0]!, tracked.steps[0]!];
      expect(a.global + a.local).not.toBe('[][]');
      expect(b.global).toBe(patchDigest(a.global));
      expect(b.local).toBe(patchDigest(a.local));
      const rec = tracked.finish();
      expect(diffProjection(rec.finalGlobal, full.finish().finalGlobal)).toBe('[]');
      // (the marks removed: the context's maps and arrays are plain again)
      expect(Object.prototype.hasOwnProperty.call(ctx.nodes, 'get')).toBe(false);
      expect(Array.isArray(ctx.minedEdges) && !Object.prototype.hasOwnProperty.call(ctx, 'x')).toBe(true);
    });
  }
});

it('an alias pushed onto an array an older index record shares (that record’s names re-projected)', async () => {
  setMineDeltaMode('off');
  const ctx = await runStages(content(), { cache: false }, 'mine');
  const t = { used: new Set<string>() };
  const extras = () => ({ used: t.used });
  const full = new PatchRecorder(ctx, extras);
  const tracked = new TrackedRecorder(ctx, extras);
  const n = ctx.nodes.get([...ctx.nodes.keys()].find((id) => ctx.nodes.get(id)!.mined && ctx.nodes.get(id)!.titleEn === undefined)!)!;
  // step 1: the record added again with the same aliases array and a new title (the old record stays, sharing the array)
  n.titleEn = 'Some English Name';
  ctx.index.add(named(n));
  full.step('a', '');
  tracked.step('a', '');
  // step 2: an alias pushed in place: the old record's content changes in the lists of its names
  ctx.nodes.get(n.id)!.aliases.push('pushed-later');
  full.step('b', '');
  tracked.step('b', '');
  expect(tracked.steps.map((x) => x.global)).toEqual(full.steps.map((x) => patchDigest(x.global)));
  expect(full.steps[1]!.global).toContain('index.name:');
  tracked.finish();
});

describe('the take mode by default', () => {
  it('is the mode of a load with the disk cache, off without one', () => {
    setMineDeltaMode('default');
    expect(mineDeltaMode(true)).toBe('take');
    expect(mineDeltaMode(false)).toBe('off');
    setMineDeltaMode('off');
    expect(mineDeltaMode(true)).toBe('off');
  });

  it('keeps the record in the disk cache, not in the process; none without the cache or when turned off', async () => {
    process.env.K8SMAP_CACHE = 'on';
    const dir = content();
    const cache = temp('cache');
    await runStages(dir, { cache });
    const records = () => readdirSync(path.join(cache, 'k8smap-parse'), { recursive: true }).filter((f) => String(f).endsWith('.mine-state'));
    expect(records().length).toBe(1);
    const ctx = await runStages(dir, { cache: false });
    expect(mineRecordOf(ctx.root)).toBeUndefined();
    const off = temp('cache-off');
    setMineDeltaMode('off');
    await runStages(dir, { cache: off });
    expect(existsSync(path.join(off, 'k8smap-parse')) ? readdirSync(path.join(off, 'k8smap-parse'), { recursive: true }).filter((f) => String(f).endsWith('.mine-state')).length : 0).toBe(0);
  });

  it('an edit series: each load takes the record the last one kept, and builds the graph a load without any cache builds', async () => {
    process.env.K8SMAP_CACHE = 'on';
    const dir = content();
    const cache = temp('cache');
    await loadGraph(dir, { cache });
    const edits: [string, (d: string) => void, boolean][] = [
      ['a paragraph appended to the defining note', (d) => edit(d, 'm-定义.md', (t) => `${t}\n补充：先看日志。\n`), true],
      ['a paragraph appended to the mentioning note', (d) => edit(d, 'n-提到.md', (t) => `${t}\n补充一句：排查要有耐心。\n`), true],
      ['the defining note again, a word changed', (d) => edit(d, 'm-定义.md', (t) => t.replace('流量先经过它', '流量都先经过它')), true],
      ['a definition added', (d) => edit(d, 'm-定义.md', (t) => `${t}\n**Wombat Relay：**一种把流量转给 Quokka Mesh 的中继组件。\n`), false],
      ['then a prose edit of the mentioning note', (d) => edit(d, 'n-提到.md', (t) => `${t}\n再补充一句。\n`), true],
      ['the definition removed again', (d) => edit(d, 'm-定义.md', (t) => t.replace(/\n\*\*Wombat Relay：\*\*[^\n]*\n/u, '\n')), false],
      ['a note retitled', (d) => edit(d, 'n-提到.md', (t) => t.replace('# 排障记录', '# Service 排障')), false],
      ['a prose edit after it', (d) => edit(d, 'm-定义.md', (t) => `${t}\n最后一段补充。\n`), true],
    ];
    for (const [name, change, taken] of edits) {
      change(dir);
      const before = mineDeltaCounts.taken;
      const g = await loadGraph(dir, { cache });
      const none = await loadGraph(dir, { cache: false });
      expect(graphToJson(g), name).toBe(graphToJson(none));
      expect(mineDeltaCounts.taken - before, name).toBe(taken ? 1 : 0);
    }
  });

  it('the record kept after a take is the whole fold’s record', async () => {
    process.env.K8SMAP_CACHE = 'on';
    const dir = content();
    const cache = temp('cache');
    setMineDeltaMode('take');
    await runStages(dir, { cache });
    edit(dir, 'm-定义.md', (t) => `${t}\n补充：先看日志。\n`);
    const before = mineDeltaCounts.taken;
    const ctx = await runStages(dir, { cache });
    expect(mineDeltaCounts.taken - before).toBe(1);
    const kept = mineRecordOf(ctx.root)!;
    setMineDeltaMode('check');
    await runStages(dir, { cache: false });
    const fold = mineRecordOf(ctx.root)!;
    expect(kept.initial).toBe(fold.initial);
    expect(kept.steps).toEqual(fold.steps.map((x) => ({ ...x, global: patchDigest(x.global), local: patchDigest(x.local) })));
    expect(diffProjection(kept.finalGlobal, fold.finalGlobal)).toBe('[]');
    expect(diffProjection(kept.finalLocal, fold.finalLocal)).toBe('[]');
  });
});
