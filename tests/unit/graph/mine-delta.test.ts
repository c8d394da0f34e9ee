/**
 * perf60: the mine stage's fold split into each note's global patch and local part
 * (stages/mine-patch.ts), and the delta path's decision — one note changed, its new step's global
 * patch the same as its old one: the stage's result is the previous result with that note's local
 * part replaced — checked against the whole new fold. Each case changes one input at a time; every
 * graph equals a load without any cache.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadGraph, runStages } from '../../../src/graph/load.ts';
import { graphToJson } from '../../../src/graph/json.ts';
import { checkDelta, diffProjection, lastDeltaCheck, mineDeltaCounts, mineRecordOf, setMineDeltaCheck, type MineRecord } from '../../../src/graph/stages/mine-patch.ts';

const SITE = path.resolve(import.meta.dirname, '../../fixtures/site');
const temps: string[] = [];

beforeEach(() => setMineDeltaCheck(true));
afterEach(() => {
  setMineDeltaCheck(false);
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
});

const DEFINES = '# 流量网格\n\n**Quokka Mesh：**一种在节点之间转发 Pod 流量的网格组件，由控制器管理。\n\n部署 Quokka Mesh 之后，Service 的流量先经过它。\n';
const MENTIONS = '# 排障记录\n\n排查时先看 Quokka Mesh 的日志，再看 Pod 的事件。\n';

/** The fixture site, with a note that defines a made-up name and one (later in the order) that mentions it. */
function content(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'k8smap-delta-'));
  temps.push(dir);
  cpSync(SITE, dir, { recursive: true });
  writeFileSync(path.join(dir, 'notes', 'm-定义.md'), DEFINES);
  writeFileSync(path.join(dir, 'notes', 'n-提到.md'), MENTIONS);
  return dir;
}

const edit = (dir: string, file: string, fn: (text: string) => string) => {
  const f = path.join(dir, 'notes', file);
  writeFileSync(f, fn(readFileSync(f, 'utf8')));
};

/** Two loads with the check on, `change` between them; the second's decision, with the graph checked against a load without any cache. */
async function decide(change: (dir: string) => void) {
  const dir = content();
  const counts = { ...mineDeltaCounts };
  await runStages(dir, { cache: false });
  change(dir);
  const ctx = await runStages(dir, { cache: false });
  const check = lastDeltaCheck!;
  expect(check).toBeDefined();
  const after = { ...mineDeltaCounts };
  // (the load without any cache, with the check off: a third fold would be checked against the second)
  setMineDeltaCheck(false);
  const none = await loadGraph(dir, { cache: false });
  expect(graphToJson(ctx.graph!)).toBe(graphToJson(none));
  expect(ctx.graph).toEqual(none);
  // the claim: whenever the delta path is taken, the new fold is the previous result with the note's local part replaced
  expect(check.violations).toEqual([]);
  expect(after.violated).toBe(counts.violated);
  // (perf61: on a delta decision the check mode takes the previous result, compared with the fold's state above)
  expect(after.taken - counts.taken).toBe(after.delta - counts.delta);
  return { check, delta: after.delta - counts.delta, fallback: after.fallback - counts.fallback };
}

describe('the delta path: taken for a prose edit', () => {
  it('a paragraph appended to the defining note', async () => {
    const r = await decide((d) => edit(d, 'm-定义.md', (t) => `${t}\n这一段只是补充：出问题时先别慌，按顺序一步一步看。\n`));
    expect(r.check.decision).toEqual({ path: 'delta', index: expect.any(Number) });
    expect(r.delta).toBe(1);
    expect(r.fallback).toBe(0);
  });
  it('a paragraph appended to the mentioning note', async () => {
    const r = await decide((d) => edit(d, 'n-提到.md', (t) => `${t}\n补充一句：排查要有耐心，一步一步来。\n`));
    expect(r.check.decision.path).toBe('delta');
    expect(r.delta).toBe(1);
  });
  it('a word changed in the running text of the defining note (the lines stay)', async () => {
    const r = await decide((d) => edit(d, 'm-定义.md', (t) => t.replace('流量先经过它', '流量都先经过它')));
    expect(r.check.decision.path).toBe('delta');
  });
});

describe('the delta path: the fallback is taken', () => {
  const cases: [string, (d: string) => void, RegExp][] = [
    ['a definition added', (d) => edit(d, 'm-定义.md', (t) => `${t}\n**Wombat Relay：**一种把流量转给 Quokka Mesh 的中继组件。\n`), /global patch/],
    ['a definition removed', (d) => edit(d, 'm-定义.md', (t) => t.replace(/\*\*Quokka Mesh：\*\*/u, 'Quokka Mesh 是')), /global patch/],
    ['the home changed (the note retitled)', (d) => edit(d, 'm-定义.md', (t) => t.replace('# 流量网格', '# Service')), /global patch/],
    ['an alias added', (d) => edit(d, 'm-定义.md', (t) => t.replace('**Quokka Mesh：**', '**Quokka Mesh（袋鼠网格）：**')), /global patch/],
    ['a note renamed', (d) => renameSync(path.join(d, 'notes', 'm-定义.md'), path.join(d, 'notes', 'z-定义.md')), /renamed/],
    ['a note added', (d) => writeFileSync(path.join(d, 'notes', 'a-新.md'), '# 新笔记\n\n随便写写。\n'), /added/],
    ['a note deleted', (d) => rmSync(path.join(d, 'notes', 'n-提到.md')), /removed/],
    ['a paragraph inserted above the definition (its source lines move)', (d) => edit(d, 'm-定义.md', (t) => t.replace('# 流量网格\n', '# 流量网格\n\n先说一句开场白。\n')), /global patch/],
    ['a concept note changed with a note (the state before the notes differs)', (d) => {
      edit(d, 'n-提到.md', (t) => `${t}\n补充一句。\n`);
      const f = path.join(d, 'concepts', 'tty.md');
      writeFileSync(f, readFileSync(f, 'utf8').replace('titleZh: 终端', 'titleZh: 伪终端'));
    }, /state before the notes/],
    ['two notes changed', (d) => {
      edit(d, 'm-定义.md', (t) => `${t}\n补充一句。\n`);
      edit(d, 'n-提到.md', (t) => `${t}\n补充一句。\n`);
    }, /2 notes changed|global patch/],
    ['nothing changed', () => {}, /no note changed/],
  ];
  for (const [name, change, why] of cases) {
    it(name, async () => {
      const r = await decide(change);
      expect(r.check.decision.path).toBe('fallback');
      expect(r.check.decision.path === 'fallback' && r.check.decision.why).toMatch(why);
      expect(r.fallback).toBe(1);
      expect(r.delta).toBe(0);
    });
  }
});

describe('the patch split', () => {
  it("a defining note's global patch holds its node, names, identity-free provenance and note record; its passages are local", async () => {
    const dir = content();
    const ctx = await runStages(dir, { cache: false }, 'mine');
    const rec = mineRecordOf(ctx.root);
    const step = rec!.steps.find((s) => s.file === 'notes/m-定义.md')!;
    const keys = (JSON.parse(step.global) as [string, unknown][]).map(([k]) => k);
    expect(keys).toContain('node:quokka-mesh');
    expect(keys).toContain('index.name:quokkamesh');
    expect(keys).toContain('provenance:quokka-mesh');
    expect(keys).toContain('note:notes/m-定义.md');
    expect(keys).toContain('home:notes/m-定义.md');
    expect(keys.some((k) => k.startsWith('used:'))).toBe(true);
    expect((JSON.parse(step.local) as [string, unknown][]).map(([k]) => k)).toEqual(['passages:notes/m-定义.md']);
    // the mentioning note, later in the order, makes no node of the name
    const later = rec!.steps.find((s) => s.file === 'notes/n-提到.md')!;
    expect(later.global).not.toContain('node:quokka-mesh');
  });

  it('the check finds a later step whose patch differs (the claim not held)', () => {
    const g = new Map([['node:a', '1']]);
    const prev: MineRecord = {
      root: '/x',
      initial: 'i',
      steps: [
        { file: 'a.md', input: '1', global: '[]', local: '[]' },
        { file: 'b.md', input: '2', global: '[["node:b","1"]]', local: '[]' },
      ],
      finalGlobal: g,
      finalLocal: new Map(),
    };
    const next: MineRecord = { ...prev, steps: [{ ...prev.steps[0]!, input: 'changed' }, { ...prev.steps[1]!, global: '[["node:b","2"]]' }], finalGlobal: new Map([['node:a', '2']]) };
    const c = checkDelta(prev, next);
    expect(c.decision).toEqual({ path: 'delta', index: 0 });
    expect(c.violations).toEqual(['global patch of b.md', 'final state: node:a']);
    expect(diffProjection(new Map([['a', '1'], ['b', '1']]), new Map([['a', '2'], ['c', '1']]))).toBe('[["a","2"],["b",null],["c","1"]]');
  });
});
