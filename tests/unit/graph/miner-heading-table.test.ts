/**
 * A section heading is another name of the concept its section opens with (stages/mine.ts,
 * `heading-alias`), but not when the section opens with a table of several rows: the heading
 * then names all of them (`## 同步方式` over a table of two modes), not the first row. A table of
 * one row, and a section opening with a paragraph, are unchanged. Notes written for this test.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/graph/model.ts';
import { loadGraph } from '../../../src/graph/index.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const mine = async (...lines: string[]): Promise<Graph> => loadGraph(await contentDir({ 'notes/n.md': lines.join('\n') + '\n' }), { layout: false });
const aliasesOf = (g: Graph, title: string) => g.concepts.find((c) => c.title === title)?.aliases ?? [];
const named = (g: Graph, name: string) => g.concepts.filter((c) => c.title === name || c.aliases.includes(name)).map((c) => c.title);

describe('a heading over a table of several rows', () => {
  it('is no other name of the first row', async () => {
    const g = await mine(
      '# 镜像仓库同步工具笔记',
      '',
      '## 2. 同步方式',
      '',
      '| 方式 | 说明 |',
      '|---|---|',
      '| **Mirror** | 定时把上游仓库整个拷一份到本地，适合离线机房 |',
      '| **Proxy** | 本地只做缓存，第一次拉取时才去上游取，省空间 |',
      '',
      '两种方式可以混用。',
    );
    expect(named(g, 'Mirror')).toEqual(['Mirror']);
    expect(named(g, 'Proxy')).toEqual(['Proxy']);
    expect(aliasesOf(g, 'Mirror')).not.toContain('同步方式');
  });

  it('still names what a paragraph opening its section defines', async () => {
    const g = await mine(
      '# 镜像仓库同步工具笔记',
      '',
      '## 2. 拉取缓存',
      '',
      '**Proxy**：本地只做缓存，第一次拉取时才去上游取镜像，之后命中本地，省空间也省带宽。',
      '',
      '| 参数 | 说明 |',
      '|---|---|',
      '| ttl | 缓存多久 |',
      '| size | 最大多大 |',
    );
    expect(aliasesOf(g, 'Proxy')).toContain('拉取缓存');
  });
});
