/**
 * rules26 (twenty-sixth session; docs/miner.md "rules26 (twenty-sixth session)"): a table whose first
 * column is headed by a Kubernetes kind's name alone (`| ClusterRole | 说明 |`) lists objects of that
 * kind by name, each explained by another cell: each row is a term (definitions.ts NAMED_ROW_HEADERS
 * `object of a kind`). Tables written for this test, not taken from the corpora, with look-alikes.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/graph/index.ts';
import { namedRowSort } from '../../../src/graph/miner/definitions.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';
const titles = async (text: string) => (await loadGraph(await contentDir({ 'notes/n.md': text }), { layout: false })).concepts.map((c) => c.title);

describe('namedRowSort: a kind alone heads a column of its objects', () => {
  it.each(['ClusterRole', 'Service', 'PriorityClass'])('%s → object of a kind', (h) => {
    expect(namedRowSort(h)?.sort).toBe('object of a kind');
  });
  // not a kind, a kind in lower case, the CRD table's own header, a phrase
  it.each(['Values', 'clusterrole', 'CRD', 'Kind', 'ClusterRole 名称'])('%s is not', (h) => {
    expect(namedRowSort(h)?.sort).not.toBe('object of a kind');
  });
});

describe('rows under a kind header in a whole note', () => {
  it('each explained object name is a term; an unexplained row, a value and a kind are not', async () => {
    const names = await titles(
      note(
        '# 权限整理',
        '',
        '## 平台自带的几个角色',
        '',
        '| ClusterRole | 说明 |',
        '| --- | --- |',
        '| platform-reader | 只读所有命名空间的工作负载，给值班同学用 |',
        '| release-bot | 发版流水线用，能改 Deployment 的镜像 |',
        '| audit-viewer | 42 |',
        '| NodePort | 这一行是值不是名字 |',
      ),
    );
    expect(names).toContain('platform-reader');
    expect(names).toContain('release-bot');
    expect(names).not.toContain('audit-viewer');
    expect(names).not.toContain('NodePort');
  });

  it('the same rows under a header that is no kind stay no concepts', async () => {
    const names = await titles(
      note(
        '# 权限整理',
        '',
        '| 场景 | 说明 |',
        '| --- | --- |',
        '| platform-reader | 只读所有命名空间的工作负载，给值班同学用 |',
        '| release-bot | 发版流水线用，能改 Deployment 的镜像 |',
      ),
    );
    expect(names).not.toContain('platform-reader');
    expect(names).not.toContain('release-bot');
  });
});
