/**
 * The lead, twenty-fifth session (qa45's `## 第二步：上节点看 kubelet`, docs/miner.md "Held-out sets
 * holdout85–87"): a heading whose Chinese words before a Latin name end in a verb taking the name as its
 * object is a step or a task, not a kind of the name (VERB_BEFORE_NAME in label-rules.ts). Notes written
 * for this test; each case has a look-alike that must stay a term.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/graph/model.ts';
import { loadGraph } from '../../../src/graph/index.ts';
import { actionBeforeName, HEADING_TERM_SHAPES } from '../../../src/graph/miner/label-rules.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const mine = async (lines: string[]): Promise<Graph> =>
  loadGraph(await contentDir({ 'notes/节点排障.md': lines.join('\n') + '\n' }), { layout: false });
const titles = (g: Graph) => g.concepts.map((c) => c.title);
const modifierShape = HEADING_TERM_SHAPES.find((s) => s.name === 'chinese-modifier-latin-head')!;

describe('a verb before a heading\'s Latin name', () => {
  it('is a verb phrase when the words end in a verb, a modifier when they are an adjective', () => {
    for (const verb of ['上节点看', '逐个改', '误删', '逐台升级', '用', '排查']) expect(actionBeforeName(verb), verb).toBe(true);
    for (const adjective of ['默认', '静态', '可用', '通用', '专用', '无头']) expect(actionBeforeName(adjective), adjective).toBe(false);
    expect(modifierShape.test('上节点看 kubelet')).toBe(false);
    expect(modifierShape.test('逐台升级 kubelet')).toBe(false);
    expect(modifierShape.test('默认 StorageClass')).toBe(true);
    expect(modifierShape.test('静态 Pod')).toBe(true);
  });

  it('a step heading on a known name makes no term; a modifier over a known kind still does', async () => {
    const g = await mine([
      '# 节点 NotReady 排障',
      '',
      '## 第一步：看节点状态',
      '',
      '`kubectl describe node` 先看 Conditions。',
      '',
      '## 第二步：上节点看 kubelet',
      '',
      '~~~',
      'systemctl status kubelet',
      'journalctl -u kubelet --since "10 min ago"',
      '~~~',
      '',
      'kubelet 没起来的话节点就会一直 NotReady。',
      '',
      '## 静态 Pod',
      '',
      '静态 Pod 由 kubelet 直接从节点上的清单目录启动，不经过 API Server 调度。',
    ]);
    expect(titles(g)).not.toContain('上节点看 kubelet');
    expect(titles(g)).toContain('静态 Pod');
  });
});
