/**
 * A glossed heading over the concept its section opens with (lead, thirty-third session; docs/miner.md
 * "Heading aliases with a gloss"): `heading-alias` gave the whole heading, brackets and all, as the
 * concept's other name. Its parts are names one by one, and only when one of them is the concept's name
 * (miner/field-gloss.ts `glossedHeadingAliases`). Unglossed headings keep the rule as it was.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/graph/model.ts';
import { glossedHeadingAliases } from '../../../src/graph/miner/field-gloss.ts';
import { cleanup, mineNotes } from './helpers.ts';

afterAll(cleanup);

const byTitle = (g: Graph, title: string) => g.concepts.find((c) => c.title === title);

describe('glossedHeadingAliases', () => {
  it.each([
    ['卷拓扑(volume topology)', ['卷拓扑'], ['volume topology']],
    ['文件系统备份(FSB)', ['FSB'], ['文件系统备份']],
    ['CPU 限流（throttling）', ['CPU 限流'], ['throttling']],
    ['大页(Huge Pages)', ['Huge Pages（大页）'], []], // both parts already its names
    ['弹性扩容(可选)', ['弹性扩容'], []], // a remark is no name (labels.ts isRemark)
    ['会话保持(可选)', ['sessionAffinity'], ['会话保持']], // the heading without its remark, as the rule reads an unglossed one
    ['云盘(volume topology, 可选)', ['卷拓扑'], []],
    ['Karpenter(顺带)', ['Cluster Autoscaler'], []], // no part names the concept: the heading names something else
    ['容器状态(Container States)', ['state'], []],
    ['Pod 的生命周期', ['Pending'], []], // a heading saying whose it is describes, it names nothing (GENITIVE_HEADING)
    ['StatefulSet 的更新策略', ['updateStrategy'], []],
    // the name and more words: numbered, qualified or placed, no other name (lead, thirty-fourth session: qualifiesName)
    ['C.5 seccompProfile', ['seccompProfile'], []],
    ['0x01 ClusterIP', ['ClusterIP'], []],
    ['kubeconfig 文件', ['kubeconfig'], []],
    ['Serial 节点', ['Serial'], []],
    ['A. RBAC 最小权限', ['RBAC（基于角色的访问控制）'], []], // a gloss of the concept's title is one of its names
    ['containerd-shim-spin', ['Spin'], []],
    ['Sidecar 模式(边车)', ['Sidecar'], []], // no part is the name itself
    ['边车(Sidecar 容器)', ['边车'], ['Sidecar 容器']], // another name, in other words
    ['Sidecar(Sidecar 容器)', ['Sidecar'], []], // the gloss only qualifies the name
    ['边车(Sidecar)', ['边车'], ['Sidecar']],
  ])('%s over %j → %j', (label, names, want) => {
    expect(glossedHeadingAliases(label, names)).toEqual(want);
  });

  it('leaves an unglossed heading to the rule as before', () => {
    expect(glossedHeadingAliases('会话保持', ['sessionAffinity'])).toBeUndefined();
    expect(glossedHeadingAliases('(可选)', ['x'])).toBeUndefined();
    // look-alikes of a qualified name: the heading is the name itself, or writes none of the concept's names
    expect(glossedHeadingAliases('ClusterIP', ['ClusterIP'])).toBeUndefined();
    expect(glossedHeadingAliases('cluster-ip', ['ClusterIP'])).toBeUndefined();
    expect(glossedHeadingAliases('暂停发布', ['paused'])).toBeUndefined();
  });
});

describe('a glossed heading over its section opener, in a note', () => {
  it('gives the gloss as an alias, not the whole heading', async () => {
    const g = await mineNotes({
      'notes/csi.md': [
        '# 云盘 CSI 笔记',
        '',
        '## 卷拓扑(volume topology)',
        '',
        '**卷拓扑**：云盘只能挂到同一个可用区的节点上，所以卷带着可用区的限制，调度时要一起考虑。',
        '',
      ],
    });
    const c = byTitle(g, '卷拓扑');
    expect(c).toBeDefined();
    expect(c!.aliases).toContain('volume topology');
    expect(c!.aliases).not.toContain('卷拓扑(volume topology)');
  });

  it('gives no alias from a heading that says whose it is (`Pod 的生命周期` over Pending)', async () => {
    const g = await mineNotes({
      'notes/pod.md': [
        '# Pod 入门',
        '',
        '**Pod** 是集群里调度的最小单元。',
        '',
        '## Pod 的生命周期',
        '',
        '**Pending**：Pod 已被集群接受，但还有容器没建好。',
        '',
        '**Running**：Pod 已经绑定到节点，容器都建好了。',
        '',
      ],
    });
    const pending = byTitle(g, 'Pending');
    expect(pending).toBeDefined();
    expect(pending!.aliases).not.toContain('Pod 的生命周期');
  });

  it('gives no alias when the heading names something else', async () => {
    const g = await mineNotes({
      'notes/autoscale.md': [
        '# 节点自动扩缩',
        '',
        '## 舰队扩容(顺带一提)',
        '',
        '**Cluster Autoscaler**：发现有 Pod 因为资源不够一直 Pending，就去云厂商那里加节点；节点长期空闲就缩掉。',
        '',
      ],
    });
    const c = g.concepts.find((x) => x.title === 'Cluster Autoscaler' || x.aliases.includes('Cluster Autoscaler'));
    expect(c).toBeDefined();
    expect(c!.aliases.some((a) => a.includes('舰队扩容'))).toBe(false);
  });

  it('keeps an unglossed heading as the opener\'s other name (look-alike)', async () => {
    const g = await mineNotes({
      'notes/svc.md': [
        '# Service 笔记',
        '',
        '## 会话保持',
        '',
        '`sessionAffinity` 设成 ClientIP 以后，同一个客户端的请求会一直落到同一个 Pod 上。',
        '',
      ],
    });
    const c = g.concepts.find((x) => x.title === 'sessionAffinity');
    expect(c).toBeDefined();
    expect(c!.aliases).toContain('会话保持');
  });
});
