/**
 * Lead, thirty-ninth session (docs/miner.md "Lead (thirty-ninth session)"): an API kind introduced in running text by the
 * abbreviation it is known by, spelt out in brackets (`VPA（VerticalPodAutoscaler）`, gloss-shapes.ts
 * `prose-acronym-expanded`), becomes the kind's object concept with the abbreviation as another name, as a bold label's
 * gloss gives one (`**HPA（HorizontalPodAutoscaler）**：`). Look-alikes: a kind written with letters it does not
 * spell (`SA（Service）`) gets no such name. Notes written for this test.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { runStages } from '../../../src/graph/load.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

describe('an API kind spelt out after its abbreviation in running text', () => {
  it('keeps the abbreviation as the object concept\'s other name', async () => {
    const dir = await contentDir({
      'notes/scale.md': [
        '# 扩缩容笔记',
        '',
        '## 纵向扩缩容',
        '',
        '和 HPA 相对的还有 VPA（VerticalPodAutoscaler），它调的是每个 Pod 的 requests，不是副本数，需要另外安装。',
        '',
        '## 中断预算',
        '',
        '做节点维护前先给关键服务建一个 PDB（PodDisruptionBudget），规定同时最多能有几个 Pod 不可用。',
        '',
      ].join('\n'),
    });
    const graph = (await runStages(dir, { layout: false })).graph!;
    const vpa = graph.concepts.find((c) => c.title === 'VerticalPodAutoscaler');
    expect(vpa?.kind, graph.concepts.map((c) => `${c.kind}:${c.title}`).join(', ')).toBe('object');
    expect(vpa!.aliases).toContain('VPA');
    const pdb = graph.concepts.find((c) => c.title === 'PodDisruptionBudget');
    expect(pdb?.aliases).toContain('PDB');
  });

  it('gives no other name from letters that do not spell the kind', async () => {
    const dir = await contentDir({
      'notes/svc.md': ['# 服务', '', '## Service', '', '给它建一个 SA（Service），让别的 Pod 能按名字访问它。', ''].join('\n'),
    });
    const graph = (await runStages(dir, { layout: false })).graph!;
    for (const c of graph.concepts) expect(c.aliases, c.title).not.toContain('SA');
  });
});
