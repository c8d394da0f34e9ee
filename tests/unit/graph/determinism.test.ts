/** Same input, byte-identical JSON: no absolute paths, no timestamps, nothing order-dependent. */
import { afterAll, describe, expect, it } from 'vitest';
import { rename } from 'node:fs/promises';
import path from 'node:path';
import { loadGraph, graphToJson } from '../../../src/graph/index.ts';
import { COURSE, cleanup, contentDir, copyFixture } from './helpers.ts';

afterAll(cleanup);

describe('determinism', () => {
  it('gives byte-identical JSON for two loads and for a copy at another path', async () => {
    const a = graphToJson(await loadGraph(COURSE));
    const b = graphToJson(await loadGraph(COURSE));
    const copy = await copyFixture(COURSE);
    const c = graphToJson(await loadGraph(copy));
    expect(b).toBe(a);
    expect(c).toBe(a);
    expect(a).not.toContain(COURSE);
    expect(a).not.toContain(copy);
    expect(a).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:/); // no timestamps
  });

  it('does not depend on the order files are created in', async () => {
    const files: Record<string, string> = {
      'map.md': '- Root {#root}\n  - A\n    - Same\n  - B\n    - Same\n',
      'notes/1.md': '# A\n\n**Term One：**第一个术语。\n',
      'notes/2.md': '# B\n\n**Term One：**又定义了一次。\n\n**Term Two：**第二个术语。\n',
    };
    const forward = await contentDir(files);
    const backward = await contentDir(Object.fromEntries(Object.entries(files).reverse()));
    // rename round trip changes directory entry order on most file systems
    await rename(path.join(backward, 'notes', '1.md'), path.join(backward, 'notes', 'tmp.md'));
    await rename(path.join(backward, 'notes', 'tmp.md'), path.join(backward, 'notes', '1.md'));
    const g1 = graphToJson(await loadGraph(forward));
    const g2 = graphToJson(await loadGraph(backward));
    expect(g2).toBe(g1);
    const g = JSON.parse(g1);
    expect(g.concepts.map((c: { id: string }) => c.id)).toEqual(['root', 'a', 'a--same', 'b', 'b--same', 'term-one', 'term-two']);
    // a term defined in two notes is one concept with two excerpts, in file order
    const one = g.concepts.find((c: { id: string }) => c.id === 'term-one');
    expect(one.excerpts.map((e: { source: { file: string } }) => e.source.file)).toEqual(['notes/1.md', 'notes/2.md']);
    expect(one.source.file).toBe('notes/1.md');
  });
});

describe('parallel parsing', () => {
  it('worker threads really parse, and the graph is byte-identical to the single-thread one', async () => {
    const { parseFiles } = await import('../../../src/graph/parse-files.ts');
    const files: Record<string, string> = { 'map.md': '- Root {#root}\n' };
    for (let i = 0; i < 400; i++) files[`notes/n${String(i).padStart(3, '0')}.md`] = `# 第 ${i} 篇\n\n**Term ${i}：**术语 ${i}。\n\n[[root]]\n`;
    const dir = await contentDir(files);
    let split = { workers: 0, batchesInWorkers: 0, batchesInMain: 0 };
    const jobs = Object.keys(files).sort().map((file) => ({ file, role: file === 'map.md' ? ('map' as const) : ('note' as const) }));
    const parsed = await parseFiles(dir, jobs, { workers: 1, report: (s) => (split = s) });
    expect(split.workers).toBe(1);
    expect(split.batchesInWorkers).toBeGreaterThan(0);
    expect(parsed.map((p) => p.file)).toEqual(jobs.map((j) => j.file));
    const one = graphToJson(await loadGraph(dir, { workers: false }));
    const many = graphToJson(await loadGraph(dir, { workers: 2 }));
    expect(many).toBe(one);
    expect(JSON.parse(one).stats.concepts).toBe(401);
  });
});
