/**
 * perf57: the mine stage's per-note part kept in the disk cache as mine entries (stages/mine-memo.ts:
 * each note's candidates' recorded questions and decisions, and its running-text spans, keyed by the
 * note's file, text and the definer's configuration; disk-cache.ts `mineLookup` / `mineWrite`). The
 * questions about the graph are asked again on every load, so a load after one input changed gives
 * the graph a load without any cache gives. Each case changes one input at a time.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadGraph, runStages } from '../../../src/graph/load.ts';
import { graphToJson } from '../../../src/graph/json.ts';
import { keepParsedFiles } from '../../../src/graph/parse-files.ts';
import { mineEntryCounts, resolveCounts } from '../../../src/graph/stages/mine-memo.ts';
import type { Graph } from '../../../src/graph/model.ts';
import { SITE, cacheHarness } from './cache-harness.ts';



/** The fixture site, with a note that defines a made-up name and one that only mentions it. */
function content(): string {
  const dir = temp('k8smap-mine-content-');
  cpSync(SITE, dir, { recursive: true });
  writeFileSync(path.join(dir, 'notes', 'm-定义.md'), '# 流量网格\n\n**Quokka Mesh：**一种在节点之间转发 Pod 流量的网格组件，由控制器管理。\n\n部署 Quokka Mesh 之后，Service 的流量先经过它。\n');
  writeFileSync(path.join(dir, 'notes', 'n-提到.md'), '# 排障记录\n\n排查时先看 Quokka Mesh 的日志，再看 Pod 的事件。\n\n**Quokka Mesh：**这里再说一次：它转发流量。\n');
  return dir;
}

const { temp, warnings } = cacheHarness('mine');

async function fresh(dir: string): Promise<Graph> {
  return loadGraph(dir, { cache: false });
}

/** A load through the stages (never the whole graph), with its mine entries found and written and its candidates resolved afresh and replayed. */
async function staged(dir: string, cache: string) {
  const [f0, w0, r0, k0] = [mineEntryCounts.found, mineEntryCounts.written, resolveCounts.fresh, resolveCounts.kept];
  const ctx = await runStages(dir, { cache });
  return {
    graph: ctx.graph!,
    found: mineEntryCounts.found - f0,
    written: mineEntryCounts.written - w0,
    fresh: resolveCounts.fresh - r0,
    kept: resolveCounts.kept - k0,
  };
}

const NOTES = 6; // the fixture's 4 free-form notes and the two above

describe('mine entries: one input changed, the graph equals a load without any cache', () => {
  const cases: [string, (c: string) => void][] = [
    ["one note's text", (c) => {
      const f = path.join(c, 'notes', 'm-定义.md');
      writeFileSync(f, `${readFileSync(f, 'utf8')}\n\n**Ephemeral Container：**临时容器，用来排障。\n`);
    }],
    ['a note added earlier in the order that defines the name another note defines and mentions', (c) => {
      writeFileSync(path.join(c, 'notes', 'a-先定义.md'), '# 网格\n\n**Quokka Mesh：**节点之间的流量网格。\n');
    }],
    ['a concept note added for the name the notes mint (the same id)', (c) => {
      writeFileSync(path.join(c, 'concepts', 'quokka-mesh.md'), '---\nid: qmesh\ntitle: Quokka Mesh\nkind: term\nparent: pod\n---\n\n流量网格。\n');
    }],
    ['the only notes defining a name deleted (the other note mentions it)', (c) => {
      rmSync(path.join(c, 'notes', 'm-定义.md'));
      const f = path.join(c, 'notes', 'n-提到.md');
      writeFileSync(f, readFileSync(f, 'utf8').replace(/\*\*Quokka Mesh：\*\*.*\n/u, ''));
    }],
    ['a note renamed (after the note that mentions what it defines)', (c) => {
      renameSync(path.join(c, 'notes', 'm-定义.md'), path.join(c, 'notes', 'z-定义.md'));
    }],
    ["a name's case changed where it is defined (the other note still writes `Quokka Mesh`)", (c) => {
      const f = path.join(c, 'notes', 'm-定义.md');
      writeFileSync(f, readFileSync(f, 'utf8').replace('**Quokka Mesh：**', '**quokka mesh：**'));
    }],
    ["a name's case changed where it is only mentioned", (c) => {
      const f = path.join(c, 'notes', 'n-提到.md');
      writeFileSync(f, readFileSync(f, 'utf8').replace('先看 Quokka Mesh 的日志', '先看 QUOKKA MESH 的日志'));
    }],
    ['a concept other notes name: its title changed', (c) => {
      const f = path.join(c, 'concepts', 'tty.md');
      writeFileSync(f, readFileSync(f, 'utf8').replace('titleZh: 终端', 'titleZh: 伪终端'));
    }],
  ];
  for (const [name, change] of cases) {
    it(name, async () => {
      const dir = content();
      const cache = temp('k8smap-mine-');
      const first = await staged(dir, cache);
      expect(first.found).toBe(0);
      expect(first.written).toBe(NOTES);
      const second = await staged(dir, cache);
      // nothing changed: every note's entry found, no candidate resolved afresh, nothing written
      expect(second.found).toBe(NOTES);
      expect(second.written).toBe(0);
      expect(second.fresh).toBe(0);
      expect(second.kept).toBeGreaterThan(5);
      expect(graphToJson(second.graph)).toBe(graphToJson(first.graph));
      change(dir);
      const none = await fresh(dir);
      const changed = await staged(dir, cache);
      expect(changed.graph).toEqual(none);
      expect(graphToJson(changed.graph)).toBe(graphToJson(none));
      expect(changed.found).toBeGreaterThan(0);
      // the load after takes every entry as it is
      const again = await staged(dir, cache);
      expect(again.written).toBe(0);
      expect(again.fresh).toBe(0);
      expect(again.graph).toEqual(none);
      // and through loadGraph (the whole graph missed or taken)
      expect(await loadGraph(dir, { cache })).toEqual(none);
      expect(warnings).toEqual([]);
    });
  }

  it('a name defined earlier in the order changes a later note\'s resolution (asked again, not taken as stored)', async () => {
    const dir = content();
    const cache = temp('k8smap-mine-');
    await staged(dir, cache);
    const ids = (g: Graph) => g.concepts.map((c) => c.id).filter((id) => id.includes('mesh'));
    expect(ids(await fresh(dir))).toEqual(['quokka-mesh']);
    writeFileSync(path.join(dir, 'concepts', 'quokka-mesh.md'), '---\nid: qmesh\ntitle: Quokka Mesh\nkind: term\nparent: pod\n---\n\n流量网格。\n');
    const none = await fresh(dir);
    // (the minted term is gone: both notes' candidates now resolve to the concept note)
    expect(ids(none)).toEqual(['qmesh']);
    const changed = await staged(dir, cache);
    expect(changed.fresh).toBeGreaterThan(0);
    expect(changed.written).toBeGreaterThan(0);
    expect(changed.graph).toEqual(none);
  });

  it('a load that takes the whole graph keeps the mine entries (the next one-note change finds them)', async () => {
    const dir = content();
    const cache = temp('k8smap-mine-');
    await loadGraph(dir, { cache });
    const whole: string[] = [];
    await loadGraph(dir, { cache, onStage: (s) => whole.push(s) });
    expect(whole).toEqual(['read', 'graphCache']);
    const f = path.join(dir, 'notes', 'n-提到.md');
    writeFileSync(f, `${readFileSync(f, 'utf8')}\n\n新增一段。\n`);
    const changed = await staged(dir, cache);
    expect(changed.found).toBe(NOTES - 1);
    expect(changed.written).toBe(1);
    expect(changed.graph).toEqual(await fresh(dir));
  });

  it('the dev server keeps its memo in memory and reads and writes no mine entries', async () => {
    const cache = temp('k8smap-mine-');
    keepParsedFiles(true);
    const dev = await staged(content(), cache);
    expect(dev.written).toBe(0);
    expect(dev.found).toBe(0);
  });
});

describe('the whole graph file written: its payload given back at once (perf57)', () => {
  it('releaseBuffer detaches a buffer that owns its memory, and never a slice of the shared pool', async () => {
    const { releaseBuffer } = await import('../../../src/graph/disk-cache.ts');
    const { serialize } = await import('node:v8');
    const big = serialize({ text: '资源配额'.repeat(100_000) });
    const n = big.length;
    expect(n).toBeGreaterThan(100_000);
    expect(releaseBuffer(big)).toBe(true);
    expect(big.length).toBe(0);
    const small = Buffer.from('k'.repeat(40), 'ascii'); // (from Node's pool)
    const neighbour = Buffer.from('neighbour', 'ascii');
    expect(releaseBuffer(small)).toBe(false);
    expect(small.toString('ascii')).toBe('k'.repeat(40));
    expect(neighbour.toString('ascii')).toBe('neighbour');
  });
});
