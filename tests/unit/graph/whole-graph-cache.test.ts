/**
 * perf55: the whole graph kept in the disk cache (load.ts `loadGraph`, disk-cache.ts
 * `readGraph`/`writeGraph`). A load whose inputs are all the same as the last load's of the
 * folder takes the graph whole; any one input changed must give the graph a load without any
 * cache gives. Each test changes one input at a time and compares the whole Graph (the build-side
 * `mentionContexts` included), not only graph.json.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, readdirSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { loadGraph, runStages } from '../../../src/graph/load.ts';
import { graphToJson } from '../../../src/graph/json.ts';
import { keepParsedFiles } from '../../../src/graph/parse-files.ts';
import { CACHE_SUBDIR, KEEP_ROOTS, decodeGraph, encodeGraph, readPackIndex } from '../../../src/graph/disk-cache.ts';
import { definerConfig, setDefiner } from '../../../src/graph/miner/definer.ts';
import { setMineTracer } from '../../../src/graph/stages/mine.ts';
import type { LoadOptions } from '../../../src/graph/build-context.ts';
import type { Graph } from '../../../src/graph/model.ts';
import { SITE, cacheHarness } from './cache-harness.ts';



const { temp, copyOf, warnings } = cacheHarness('whole');

/** A load through `loadGraph`, with the stages that ran (a whole graph taken: `read` and `graphCache` only). */
async function load(dir: string, opts: LoadOptions = {}): Promise<{ graph: Graph; json: string; stages: string[]; whole: boolean }> {
  const stages: string[] = [];
  const graph = await loadGraph(dir, { ...opts, onStage: (name) => stages.push(name) });
  return { graph, json: graphToJson(graph), stages, whole: !stages.includes('parse') };
}

/** The graph a load without any cache gives (the reference). */
async function fresh(dir: string, opts: LoadOptions = {}): Promise<Graph> {
  return loadGraph(dir, { ...opts, cache: false });
}

function fingerprintFolders(cache: string): string[] {
  return readdirSync(path.join(cache, CACHE_SUBDIR)).map((f) => path.join(cache, CACHE_SUBDIR, f));
}
// (the whole graphs only: since perf62 the mine stage's record, `<root>.mine-state`, sits beside each with the default take mode)
function graphFiles(cache: string): string[] {
  return fingerprintFolders(cache).flatMap((f) => (existsSync(path.join(f, 'graphs')) ? readdirSync(path.join(f, 'graphs')).filter((g) => g.endsWith('.graph')).map((g) => path.join(f, 'graphs', g)) : []));
}
function notesOf(content: string): string[] {
  return (readdirSync(path.join(content, 'notes'), { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.md')).sort().map((f) => path.join(content, 'notes', f));
}

describe('whole graph: taken only when every input is the same', () => {
  it('a second load with nothing changed runs no stage after `read` and gives the same Graph', async () => {
    const cache = temp('k8smap-whole-');
    const none = await fresh(SITE);
    const cold = await load(SITE, { cache });
    expect(cold.whole).toBe(false);
    expect(cold.stages).toContain('graphCache');
    const warm = await load(SITE, { cache });
    expect(warm.whole).toBe(true);
    expect(warm.stages).toEqual(['read', 'graphCache']);
    expect(warm.graph).toEqual(none); // mentionContexts (not in graph.json) too
    expect(warm.json).toBe(graphToJson(none));
    expect(warm.graph.mentionContexts?.length).toBeGreaterThan(0);
    expect(graphFiles(cache)).toHaveLength(1);
    expect(warnings).toEqual([]);
  });

  // each: change one input, then a load must miss, equal a fresh load, and the next must hit
  const cases: [string, (content: string) => void, ((g: Graph) => void)?][] = [
    ['one note\'s text', (c) => {
      const a = notesOf(c)[0]!;
      writeFileSync(a, `${readFileSync(a, 'utf8')}\n\n新增一段：**Ephemeral Container** 是临时容器。\n`);
    }],
    ['a note renamed', (c) => {
      const b = notesOf(c)[1]!;
      renameSync(b, path.join(path.dirname(b), `renamed-${path.basename(b)}`));
    }],
    ['a note deleted', (c) => rmSync(notesOf(c)[2]!)],
    ['a concept added that a dangling wiki link now resolves to', (c) => {
      writeFileSync(path.join(c, 'concepts', 'probe-history.md'), '---\nid: probe-history\ntitle: 探针的历史\nkind: topic\nparent: pod\n---\n\n探针从早期版本就有。\n');
    }, (g) => expect(g.notes?.some((n) => n.body.includes('concepts/probe-history'))).toBe(true)],
    ['a concept note\'s title (the names links resolve to)', (c) => {
      const f = path.join(c, 'concepts', 'tty.md');
      writeFileSync(f, readFileSync(f, 'utf8').replace('titleZh: 终端', 'titleZh: 伪终端'));
    }],
    ['a concept\'s name written in another case in a note (the same bytes elsewhere)', (c) => {
      const a = notesOf(c)[0]!;
      writeFileSync(a, `${readFileSync(a, 'utf8')}\n\n这里再提一次 POD 和 pod。\n`);
    }],
    ['the map', (c) => {
      const f = path.join(c, 'map.md');
      writeFileSync(f, readFileSync(f, 'utf8').replace('    - Deployment（常规作业发布）', '    - Deployment（常规作业发布）\n    - StatefulSet（有状态作业）'));
    }],
    ['an asset added (links to it resolve)', (c) => {
      writeFileSync(path.join(c, 'notes', 'diagram.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
      const a = notesOf(c)[0]!;
      writeFileSync(a, `${readFileSync(a, 'utf8')}\n\n![图](diagram.png)\n`);
    }],
  ];
  for (const [name, change, check] of cases) {
    it(name, async () => {
      const content = copyOf(SITE);
      const cache = temp('k8smap-whole-');
      const before = await load(content, { cache });
      expect((await load(content, { cache })).whole).toBe(true);
      change(content);
      const none = await fresh(content);
      expect(graphToJson(none)).not.toBe(before.json); // the change changes the graph
      check?.(none);
      const changed = await load(content, { cache });
      expect(changed.whole).toBe(false);
      expect(changed.graph).toEqual(none);
      const again = await load(content, { cache });
      expect(again.whole).toBe(true);
      expect(again.graph).toEqual(none);
      expect(graphFiles(cache)).toHaveLength(1); // this folder's graph replaced, not added
      expect(warnings).toEqual([]);
    });
  }

  it('an SVG\'s bytes (a scripted SVG is refused: asset-safety.ts reads it)', async () => {
    const content = copyOf(SITE);
    const svg = path.join(content, 'notes', 'figure.svg');
    writeFileSync(svg, '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>');
    const a = notesOf(content)[0]!;
    writeFileSync(a, `${readFileSync(a, 'utf8')}\n\n![图](figure.svg)\n`);
    const cache = temp('k8smap-whole-');
    const before = await load(content, { cache });
    expect(before.graph.assets.some((x) => x.from.endsWith('figure.svg'))).toBe(true);
    writeFileSync(svg, '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    const none = await fresh(content);
    expect(none.assets.some((x) => x.from.endsWith('figure.svg'))).toBe(false);
    const changed = await load(content, { cache });
    expect(changed.whole).toBe(false);
    expect(changed.graph).toEqual(none);
  });

  it('the `layout` option; another content folder with the same notes', async () => {
    const cache = temp('k8smap-whole-');
    await load(SITE, { cache });
    const noLayout = await load(SITE, { cache, layout: false });
    expect(noLayout.whole).toBe(false);
    expect(noLayout.graph.layout).toBeUndefined();
    expect(noLayout.graph).toEqual(await fresh(SITE, { layout: false }));
    const withLayout = await load(SITE, { cache });
    expect(withLayout.whole).toBe(false);
    expect(withLayout.graph.layout).toBeDefined();
    // a copy elsewhere: its own graph (paths are the folder's), the notes' parse entries shared
    const copy = copyOf(SITE);
    const other = await load(copy, { cache });
    expect(other.whole).toBe(false);
    expect(other.graph).toEqual(await fresh(copy));
    expect((await load(copy, { cache })).whole).toBe(true);
    expect((await load(SITE, { cache })).whole).toBe(true);
  });

  it('another definer configuration (another folder) and the engine fingerprint (the folder\'s name)', async () => {
    const cache = temp('k8smap-whole-');
    const first = await load(SITE, { cache });
    setDefiner({ ...definerConfig(), mode: definerConfig().mode === 'off' ? 'union' : 'off' });
    const other = await load(SITE, { cache });
    expect(other.whole).toBe(false);
    expect(other.graph).toEqual(await fresh(SITE));
    setDefiner(undefined);
    const back = await load(SITE, { cache });
    expect(back.whole).toBe(true);
    expect(back.json).toBe(first.json);
    // the graph is stored under the fingerprint's folder: a folder with another name (another
    // engine) has no graph, and a load with this engine never reads another folder's
    expect(fingerprintFolders(cache)).toHaveLength(2);
    expect(graphFiles(cache)).toHaveLength(2);
  });
});

describe('whole graph: who does not take it', () => {
  it('runStages (its callers read the context), --explain\'s rejections, a mine tracer, the dev server', async () => {
    const cache = temp('k8smap-whole-');
    await load(SITE, { cache });
    expect((await load(SITE, { cache })).whole).toBe(true);
    const ctx = await runStages(SITE, { cache });
    expect(ctx.docs.length).toBeGreaterThan(0);
    expect(ctx.parseCache?.graphHit).toBe(false);
    expect((await load(SITE, { cache, keepRejections: true })).whole).toBe(false);
    const traces: unknown[] = [];
    setMineTracer((t) => traces.push(t));
    try {
      expect((await load(SITE, { cache })).whole).toBe(false);
    } finally {
      setMineTracer(undefined);
    }
    expect(traces.length).toBeGreaterThan(0);
    keepParsedFiles(true);
    const dev = await load(SITE, { cache });
    expect(dev.whole).toBe(false);
    expect(dev.graph).toEqual(await fresh(SITE));
  });

  it('no cache (option false, K8SMAP_CACHE=off): no graph stored', async () => {
    const cache = temp('k8smap-whole-');
    await load(SITE, { cache: false });
    process.env.K8SMAP_CACHE = 'off';
    expect((await load(SITE, { cache })).whole).toBe(false);
    expect((await load(SITE, { cache })).whole).toBe(false);
    expect(existsSync(path.join(cache, CACHE_SUBDIR))).toBe(false);
  });
});

describe('whole graph: the file, and the pruning', () => {
  it('round-trips a graph; another key is a miss; a bad file is an Error', () => {
    const g = { version: 1, root: 'r', concepts: [{ id: 'a', aliases: ['b'] }], map: new Map([['k', 1]]), none: undefined };
    const buf = Buffer.concat(encodeGraph('k'.repeat(40), g));
    expect(decodeGraph(buf, 'k'.repeat(40))).toEqual(g);
    expect(decodeGraph(buf, 'j'.repeat(40))).toBeUndefined();
    expect(() => decodeGraph(buf.subarray(0, buf.length - 1), 'k'.repeat(40))).toThrow(/truncated/);
    const flipped = Buffer.from(buf);
    flipped[flipped.length - 2]! ^= 0x10;
    expect(() => decodeGraph(flipped, 'k'.repeat(40))).toThrow(/checksum/);
    const foreign = Buffer.from(buf);
    foreign.writeUInt32LE(0, 0);
    expect(() => decodeGraph(foreign, 'k'.repeat(40))).toThrow(/not a graph/);
  });

  it('a corrupt or unreadable graph file: one warning, the graph built and stored again', async () => {
    const cache = temp('k8smap-whole-');
    const none = await fresh(SITE);
    await load(SITE, { cache });
    const [file] = graphFiles(cache);
    const b = readFileSync(file!);
    b[b.length - 5]! ^= 0x01;
    writeFileSync(file!, b);
    const bad = await load(SITE, { cache });
    expect(bad.whole).toBe(false);
    expect(bad.graph).toEqual(none);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/could not be read .*the graph of .*checksum mismatch/);
    warnings.length = 0;
    expect((await load(SITE, { cache })).whole).toBe(true);
    // a folder in the file's place
    rmSync(file!);
    cpSync(SITE, file!, { recursive: true });
    const dir = await load(SITE, { cache });
    expect(dir.whole).toBe(false);
    expect(dir.graph).toEqual(none);
    expect(warnings.join('\n')).toMatch(/the graph of .*EISDIR/);
  });

  it('keeps the notes\' parse entries when the graph is taken whole, and prunes graphs with their folder\'s list', async () => {
    const cache = temp('k8smap-whole-');
    const content = copyOf(SITE);
    await load(content, { cache });
    const [folder] = fingerprintFolders(cache);
    const entries = () => readdirSync(folder!).filter((f) => f.endsWith('.pack')).flatMap((f) => readPackIndex(path.join(folder!, f)).map((s) => s.key)).sort();
    const keys = entries();
    expect(keys.length).toBeGreaterThan(0);
    // a whole load lists every note's entry as used: nothing pruned, the list the same
    const roots = path.join(folder!, 'roots');
    const list = () => readdirSync(roots).map((f) => readFileSync(path.join(roots, f), 'utf8'));
    const listed = list();
    expect((await load(content, { cache })).whole).toBe(true);
    expect(entries()).toEqual(keys);
    expect(list()).toEqual(listed);
    // KEEP_ROOTS newer loads of other folders: this folder's list goes, and its graph with it
    const old = Date.now() / 1000 - 3600;
    utimesSync(path.join(roots, readdirSync(roots)[0]!), old, old);
    for (let i = 0; i < KEEP_ROOTS; i++) await load(copyOf(SITE), { cache });
    expect(graphFiles(cache)).toHaveLength(KEEP_ROOTS);
    const again = await load(content, { cache });
    expect(again.whole).toBe(false);
    expect(again.graph).toEqual(await fresh(content));
    expect(warnings).toEqual([]);
  });
});
