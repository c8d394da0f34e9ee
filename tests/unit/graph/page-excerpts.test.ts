/**
 * perf70: a free-form note's excerpts (the passages the miner gave its concepts) rendered with the
 * note's page entry (stages/render.ts `storedNotePage`, `topSpan`): a passage that is a run of the
 * note's top-level blocks is taken from the page's entry when the entry is found (its name hashes
 * the tree and where each passage sits in it), not hashed and read as an entry of its own. Over a
 * series of edits — prose appended, a title changed, a YAML example changed, a note added, a note
 * removed — each load's graph equals a load without any cache; an unchanged note's excerpts are
 * taken, a changed note's rendered again.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadGraph, runStages } from '../../../src/graph/load.ts';
import { graphToJson } from '../../../src/graph/json.ts';
import { pageExcerptCounts } from '../../../src/graph/stages/render.ts';
import { keepParsedFiles } from '../../../src/graph/parse-files.ts';
import { editNote as edit, removeTemps, siteWithMesh, temp } from './mine-fold-fixtures.ts';

// (the unit tests run with K8SMAP_CACHE=off, vitest.config.ts: these loads use a cache folder of their own)
const cacheEnv = process.env.K8SMAP_CACHE;
afterEach(() => {
  process.env.K8SMAP_CACHE = cacheEnv;
  keepParsedFiles(false);
  removeTemps();
});

const PROSE = (n: number) => (t: string) => `${t}\n补充第 ${n} 段：排查时打开 tty，再确认 hostNetwork 的取值，最后看 Quokka Mesh 的日志。\n`;

/** The edits, in order; `defining`: the edit changes the tree of a note that gives excerpts (its page entry missed). */
const SERIES: [string, (dir: string) => void, boolean][] = [
  ['prose appended to the defining note', (d) => edit(d, 'm-定义.md', PROSE(1)), true],
  ['prose appended to the mentioning note', (d) => edit(d, 'n-提到.md', PROSE(2)), false],
  ['the defining note retitled', (d) => edit(d, 'm-定义.md', (t) => t.replace('# 流量网格', '# 网格转发')), true],
  ['a YAML example changed', (d) => edit(d, '工作负载/Pod 与 Deployment：入门（第一章）.md', (t) => t.replace('imagePullPolicyy: Always', 'imagePullPolicy: Always')), false],
  ['a note added', (d) => writeFileSync(path.join(d, 'notes', 'a-新增.md'), '# 新的记录\n\n## Quokka Mesh\n\nQuokka Mesh 是一种服务网格，负责转发流量。\n'), false],
  ['a note removed', (d) => rmSync(path.join(d, 'notes', 'a-新增.md')), false],
  ['prose appended after the removal', (d) => edit(d, 'm-定义.md', PROSE(3)), true],
];

/** One load through the stages with the cache: its graph against a load without any cache; the excerpts taken and rendered. */
async function loadAndCompare(dir: string, cache: string) {
  const before = { ...pageExcerptCounts };
  const ctx = await runStages(dir, { cache });
  const counts = { taken: pageExcerptCounts.taken - before.taken, rendered: pageExcerptCounts.rendered - before.rendered, excerpts: ctx.graph!.concepts.reduce((n, c) => n + c.excerpts.length, 0) };
  const none = await loadGraph(dir, { cache: false });
  expect(graphToJson(ctx.graph!)).toBe(graphToJson(none));
  expect(ctx.graph).toEqual(none);
  return counts;
}

describe('excerpts rendered with their note page\'s entry', () => {
  it('every edit of the series: the graph of a load without any cache; unchanged notes\' excerpts taken', async () => {
    const dir = siteWithMesh('page-excerpts');
    const cache = temp('page-excerpts', 'cache');
    process.env.K8SMAP_CACHE = 'on';
    const first = await loadAndCompare(dir, cache);
    expect(first.taken).toBe(0);
    expect(first.rendered).toBeGreaterThan(3);
    // nothing changed (through the stages, not the whole graph): every excerpt of a top-level run taken
    const same = await loadAndCompare(dir, cache);
    expect(same).toEqual({ taken: first.rendered, rendered: 0, excerpts: first.excerpts });
    const seen: [string, number, number][] = [];
    let total = first.rendered;
    for (const [what, change, defining] of SERIES) {
      change(dir);
      const counts = await loadAndCompare(dir, cache);
      seen.push([what, counts.taken, counts.rendered]);
      expect(counts.taken, what).toBeGreaterThan(0);
      // a changed note that gives excerpts: its page missed, its excerpts rendered again; the others' taken
      if (defining) expect(counts.rendered, what).toBeGreaterThan(0);
      // (prose appended gives no passage here: as many excerpts as the load before)
      if (what.startsWith('prose appended')) expect(counts.rendered + counts.taken, what).toBe(total);
      total = counts.rendered + counts.taken;
    }
    // the mentioning note gives no excerpt: every excerpt taken
    expect(seen.find(([w]) => w === 'prose appended to the mentioning note')![2]).toBe(0);
  });

  it('a page entry\'s excerpts are not taken for another tree: a passage\'s text edited in place', async () => {
    const dir = siteWithMesh('page-excerpts');
    const cache = temp('page-excerpts', 'cache');
    process.env.K8SMAP_CACHE = 'on';
    await loadAndCompare(dir, cache);
    // the same blocks in the same places, one word of the defining passage changed
    edit(dir, 'm-定义.md', (t) => t.replace('转发 Pod 流量', '转发 Pod 请求流量'));
    const counts = await loadAndCompare(dir, cache);
    expect(counts.rendered).toBeGreaterThan(0);
  });

  it('the dev server (parse results kept) renders with its memo, not page entries', async () => {
    const dir = siteWithMesh('page-excerpts');
    const cache = temp('page-excerpts', 'cache');
    process.env.K8SMAP_CACHE = 'on';
    keepParsedFiles(true);
    const before = { ...pageExcerptCounts };
    await runStages(dir, { cache });
    expect(pageExcerptCounts).toEqual(before);
  });
});
