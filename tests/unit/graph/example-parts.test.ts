/**
 * perf59: a whole graph's examples stored apart from its file, one part per note (disk-cache.ts
 * `exampleGroups`, `ParseCache.writeGraph` / `readGraph`), so that a load after one note changed
 * encodes and writes only the parts whose names changed. Each test changes one input at a time;
 * the load after it must equal a load without any cache (the whole Graph, `mentionContexts`
 * included, and graph.json), keep the unchanged notes' parts as they were, and the next load
 * must take the whole graph (its parts read back) equal to it too.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { loadGraph } from '../../../src/graph/load.ts';
import { graphToJson } from '../../../src/graph/json.ts';
import { CACHE_SUBDIR, decodeGraph, encodeGraph, exampleGroups, examplePartCounts } from '../../../src/graph/disk-cache.ts';
import type { LoadOptions } from '../../../src/graph/build-context.ts';
import type { Graph } from '../../../src/graph/model.ts';
import { SITE, cacheHarness } from './cache-harness.ts';

const { temp, copyOf, warnings } = cacheHarness('parts');

async function load(dir: string, opts: LoadOptions = {}): Promise<{ graph: Graph; json: string; whole: boolean; counts: typeof examplePartCounts }> {
  const stages: string[] = [];
  const before = { ...examplePartCounts };
  const graph = await loadGraph(dir, { ...opts, onStage: (name) => stages.push(name) });
  const counts = { read: examplePartCounts.read - before.read, kept: examplePartCounts.kept - before.kept, written: examplePartCounts.written - before.written };
  return { graph, json: graphToJson(graph), whole: !stages.includes('parse'), counts };
}

async function fresh(dir: string): Promise<Graph> {
  return loadGraph(dir, { cache: false });
}

function notesOf(content: string): string[] {
  return (readdirSync(path.join(content, 'notes'), { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.md')).sort().map((f) => path.join(content, 'notes', f));
}

/** The notes (and concept notes) whose examples the graph holds. */
function filesWithExamples(g: Graph): Set<string> {
  return new Set(g.examples.map((e) => e.source.file));
}

const CHAPTER = path.join('notes', '工作负载', 'Pod 与 Deployment：入门（第一章）.md');

describe('examples parts: one input changed, the graph equals a load without any cache', () => {
  it('a second load with nothing changed reads every part back; the graph file holds no example', async () => {
    const content = copyOf(SITE);
    const cache = temp('k8smap-parts-');
    const none = await fresh(content);
    const n = filesWithExamples(none).size;
    expect(n).toBeGreaterThan(1);
    const cold = await load(content, { cache });
    expect(cold.counts).toEqual({ read: 0, kept: 0, written: n });
    expect(cold.graph).toEqual(none);
    const warm = await load(content, { cache });
    expect(warm.whole).toBe(true);
    expect(warm.counts).toEqual({ read: n, kept: 0, written: 0 });
    expect(warm.graph).toEqual(none);
    expect(warm.json).toBe(graphToJson(none));
    // the file itself: parts named, no example inside (decodeGraph refuses to give a graph without them)
    const folder = readdirSync(path.join(cache, CACHE_SUBDIR)).map((f) => path.join(cache, CACHE_SUBDIR, f, 'graphs')).find((d) => existsSync(d))!;
    const file = path.join(folder, readdirSync(folder)[0]!);
    expect(() => decodeGraph(readFileSync(file), 'x'.repeat(40))).not.toThrow(); // another key: a plain miss
    expect(warnings).toEqual([]);
  });

  // each: change one input; the load after it equals a fresh load and keeps the other notes' parts
  const cases: [string, (content: string) => void, (g: Graph) => void][] = [
    ['a YAML example changed (the note\'s part written again, the others kept)', (c) => {
      const f = path.join(c, CHAPTER);
      writeFileSync(f, readFileSync(f, 'utf8').replace('image: nginx:1.27', 'image: nginx:1.28\n      tty: true'));
    }, (g) => expect(g.examples.some((e) => e.code.includes('nginx:1.28'))).toBe(true)],
    ['a field concept added for a key another note\'s example sets (that note\'s bytes the same, its part written again)', (c) => {
      writeFileSync(path.join(c, 'concepts', 'container-image.md'), '---\nid: container-image\ntitle: image\ntitleZh: 镜像\nkind: field\nparent: pod\nfieldPath: spec.containers[].image\n---\n\n`image` 是容器的镜像。\n');
    }, (g) => expect(g.examples.some((e) => e.source.file.includes('第一章') && e.conceptIds.includes('container-image'))).toBe(true)],
    ['the only note defining a field concept deleted (the keys that named it name nothing now)', (c) => {
      rmSync(path.join(c, 'concepts', 'tty.md'));
    }, (g) => expect(g.concepts.some((x) => x.id === 'tty')).toBe(false)],
    ['one note\'s text (no example in it changed)', (c) => {
      const a = notesOf(c)[0]!;
      writeFileSync(a, `${readFileSync(a, 'utf8')}\n\n新增一段：**Ephemeral Container** 是临时容器。\n`);
    }, () => {}],
    ['a note added that defines a name another note uses', (c) => {
      writeFileSync(path.join(c, 'notes', '0-先读.md'), '# 先读\n\n**Ephemeral Container：** 临时容器，用来排查问题。\n');
      const a = notesOf(c).find((f) => f.includes('调度'))!;
      writeFileSync(a, `${readFileSync(a, 'utf8')}\n\n排查时可以用 Ephemeral Container。\n`);
    }, () => {}],
    ['a note with an example renamed', (c) => {
      const f = path.join(c, CHAPTER);
      renameSync(f, path.join(path.dirname(f), '改名的第一章.md'));
    }, (g) => expect(g.examples.some((e) => e.source.file.includes('改名的第一章'))).toBe(true)],
    ['a name\'s case changed in a note with an example', (c) => {
      const f = path.join(c, CHAPTER);
      writeFileSync(f, readFileSync(f, 'utf8').replace('Deployment 负责滚动更新', 'DEPLOYMENT 负责滚动更新'));
    }, () => {}],
  ];
  for (const [name, change, check] of cases) {
    it(name, async () => {
      const content = copyOf(SITE);
      const cache = temp('k8smap-parts-');
      const before = await load(content, { cache });
      expect((await load(content, { cache })).whole).toBe(true);
      change(content);
      const none = await fresh(content);
      expect(graphToJson(none)).not.toBe(before.json);
      check(none);
      const changed = await load(content, { cache });
      expect(changed.whole).toBe(false);
      expect(changed.graph).toEqual(none);
      expect(changed.json).toBe(graphToJson(none));
      // a part is written again exactly when its note's examples differ from the last graph's
      const was = new Map<string, string>();
      for (const e of before.graph.examples) was.set(e.source.file, `${was.get(e.source.file) ?? ''}${JSON.stringify(e)}`);
      const now = new Map<string, string>();
      for (const e of none.examples) now.set(e.source.file, `${now.get(e.source.file) ?? ''}${JSON.stringify(e)}`);
      const differ = [...now].filter(([f, s]) => was.get(f) !== s).length;
      expect(changed.counts.written).toBeGreaterThanOrEqual(differ);
      expect(changed.counts.kept + changed.counts.written).toBe(now.size);
      if (differ < now.size) expect(changed.counts.kept).toBeGreaterThan(0);
      expect(differ).toBeLessThanOrEqual(changed.counts.written);
      const again = await load(content, { cache });
      expect(again.whole).toBe(true);
      expect(again.counts.read).toBe(now.size);
      expect(again.graph).toEqual(none);
      expect(again.json).toBe(graphToJson(none));
      expect(warnings).toEqual([]);
    });
  }

  it('a part missing from the cache: the graph is built again (equal), and the next load takes it whole', async () => {
    const content = copyOf(SITE);
    const cache = temp('k8smap-parts-');
    const none = await fresh(content);
    await load(content, { cache });
    // every pack gone (parse, render, mine entries and the parts), the graph file kept
    const folder = readdirSync(path.join(cache, CACHE_SUBDIR)).map((f) => path.join(cache, CACHE_SUBDIR, f))[0]!;
    for (const f of readdirSync(folder)) if (f.endsWith('.pack')) rmSync(path.join(folder, f));
    const after = await load(content, { cache });
    expect(after.whole).toBe(false);
    expect(after.graph).toEqual(none);
    expect(after.counts.written).toBe(filesWithExamples(none).size);
    const again = await load(content, { cache });
    expect(again.whole).toBe(true);
    expect(again.graph).toEqual(none);
    expect(warnings).toEqual([]);
  });
});

describe('examples parts: the names', () => {
  it('a part\'s name changes with its note\'s parse entry name and with the concepts its examples name, not with another note', () => {
    const ex = (file: string, id: string, conceptIds: string[], keyIds: (string | undefined)[]) => ({
      id, source: { file, line: 1, column: 1 }, conceptIds, keys: keyIds.map((c) => (c === undefined ? { path: 'a' } : { path: 'a', conceptId: c })),
    });
    const keys = new Map([['a.md', 'k1'], ['b.md', 'k2']]);
    const base = exampleGroups([ex('a.md', 'x', ['pod'], [undefined]), ex('b.md', 'y', [], [])], keys)!;
    expect(base.keys).toHaveLength(2);
    expect([...base.order]).toEqual([0, 1]);
    const name = (examples: unknown[], k = keys) => exampleGroups(examples, k)!.keys[0];
    expect(name([ex('a.md', 'x', ['pod'], [undefined])])).toBe(base.keys[0]);
    expect(name([ex('a.md', 'x', ['pod'], [undefined])], new Map([['a.md', 'k3']]))).not.toBe(base.keys[0]);
    expect(name([ex('a.md', 'x', ['pod', 'tty'], [undefined])])).not.toBe(base.keys[0]);
    expect(name([ex('a.md', 'x', ['pod'], ['tty'])])).not.toBe(base.keys[0]);
    expect(name([ex('a.md', 'x2', ['pod'], [undefined])])).not.toBe(base.keys[0]);
    expect(exampleGroups([ex('a.md', 'x', ['pod'], [undefined]), ex('b.md', 'y', ['pod'], [])], keys)!.keys[0]).toBe(base.keys[0]);
    // a note without a parse entry name: no parts (the examples stay in the graph's file)
    expect(exampleGroups([ex('c.md', 'z', [], [])], keys)).toBeUndefined();
  });

  it('a graph file with parts round-trips its key and order; decodeGraph alone refuses it', () => {
    const g = { version: 1, examples: [] as unknown[], notes: [] };
    const buf = Buffer.concat(encodeGraph('k'.repeat(40), g, [], { keys: ['p0'], order: new Uint32Array([0, 0]) }));
    expect(() => decodeGraph(buf, 'k'.repeat(40))).toThrow(/stored apart/);
    const plain = Buffer.concat(encodeGraph('k'.repeat(40), g, []));
    expect(decodeGraph(plain, 'k'.repeat(40))).toEqual(g);
  });
});
