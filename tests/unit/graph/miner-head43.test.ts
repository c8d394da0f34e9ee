/**
 * head43 (docs/miner.md, "head43"): a component whose section's heading asks how it works is explained there,
 * not at work (resolve.ts COMPONENT_HOW_TAILS, beside fix29's COMPONENT_HEADING_TAILS); chapters written for
 * this test. Look-alikes (a task on the component, a trouble, a yes/no question) stay as they were. And a summary that
 * opens with a caution gives way to a passage that defines the concept (summaries.ts definingSummary), among
 * them its own row of a values table the note takes (stages/mine.ts `row-of-defined`).
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/graph/model.ts';
import { COMPONENT_HOW_TAILS } from '../../../src/graph/miner/resolve.ts';
import { cautionOpening } from '../../../src/graph/summaries.ts';
import { cleanup, mineNotes } from './helpers.ts';

afterAll(cleanup);

const find = (g: Graph, title: string) => g.concepts.find((c) => c.title === title);
const chapter = (heading: string, sentence: string): Promise<Graph> =>
  mineNotes({
    'notes/第六章 网络.md': [
      '# 第六章 网络',
      '',
      '## 一、Service',
      '',
      '**Service**：给一组 Pod 提供一个稳定的访问入口。',
      '',
      `## ${heading}`,
      '',
      sentence,
      '',
      '**iptables 模式：**规则多了以后性能会下降，因为是线性匹配。',
    ],
  });

describe('head43: the tails of a heading asking how a component works', () => {
  const how = (tail: string) => COMPONENT_HOW_TAILS.find((h) => h.re.test(tail))?.name;
  it('reads the cleft 是…的 around how it does one thing, and how it works', () => {
    expect(how('是怎么转发的')).toBe('how-cleft');
    expect(how('是如何选节点的？')).toBe('how-cleft');
    expect(how('到底是怎么工作的')).toBe('how-cleft');
    expect(how('怎么工作')).toBe('how-works');
    expect(how('如何运作的？')).toBe('how-works');
  });
  it('leaves a task on it, a trouble and a yes/no question', () => {
    for (const tail of ['怎么配置', '怎么备份', '起不来怎么办', '会自己续吗？', '怎么用', '是怎么被我搞挂的那一次排查记录']) expect(how(tail), tail).toBeUndefined();
  });
});

describe('head43: a component under a heading asking how it works is a concept', () => {
  it('`四、kube-proxy 是怎么转发的` over `kube-proxy 跑在每个节点上，…`', async () => {
    const g = await chapter('四、kube-proxy 是怎么转发的', 'kube-proxy 跑在每个节点上（一般是 DaemonSet），watch Service 和 EndpointSlice，然后在节点上写转发规则。');
    expect(find(g, 'kube-proxy')?.kind).toBe('term');
  });
  it('`kube-scheduler 是如何选节点的？` over `kube-scheduler 负责…`', async () => {
    const g = await chapter('kube-scheduler 是如何选节点的？', 'kube-scheduler 负责给还没有绑定节点的 Pod 挑一个合适的节点，分过滤和打分两步。');
    expect(find(g, 'kube-scheduler')?.kind).toBe('term');
  });
  it('look-alike: a task on the component (`kube-proxy 怎么配置`) leaves it at work', async () => {
    const g = await chapter('四、kube-proxy 怎么配置', 'kube-proxy 跑在每个节点上（一般是 DaemonSet），watch Service 和 EndpointSlice，然后在节点上写转发规则。');
    expect(find(g, 'kube-proxy')).toBeUndefined();
  });
  it('look-alike: a question about something else the component does in passing', async () => {
    const g = await chapter('Service 是怎么转发的', 'kube-proxy 跑在每个节点上（一般是 DaemonSet），watch Service 和 EndpointSlice，然后在节点上写转发规则。');
    expect(find(g, 'kube-proxy')).toBeUndefined();
  });
});

describe('head43: a caution is no summary when a defining line exists', () => {
  it('the words a caution opens with', () => {
    for (const t of ['注意：ClusterIP 是 ping 不通的！', '注意 Running 不代表服务可用', '踩坑：一开始写成 resources:', '踩坑 1：java-svc 找不到', '⚠️ 别在生产用', 'Tip: 用 -o yaml 看', '易错！Fail + …']) expect(cautionOpening(t), t).toBe(true);
    for (const t of ['注意力机制', '注意事项见下文', '提示词模板', 'ClusterIP 是默认类型', '默认值，只能集群内部访问', '坑位']) expect(cautionOpening(t), t).toBe(false);
  });
  it('a Service type row over a caution further down: the row sums ClusterIP up, the caution stays on its page', async () => {
    const g = await mineNotes({
      'notes/第六章 Service.md': [
        '# 第六章 Service',
        '',
        '## 一、Service',
        '',
        '```yaml',
        'apiVersion: v1',
        'kind: Service',
        'metadata:',
        '  name: web',
        'spec:',
        '  selector:',
        '    app: web',
        '  ports:',
        '  - port: 80',
        '```',
        '',
        '## 二、Service 的类型（type 字段）',
        '',
        '| 类型 | 说明 |',
        '| --- | --- |',
        '| ClusterIP | 默认值，只能集群内部访问 |',
        '| NodePort | 在每个节点上开一个端口 |',
        '| LoadBalancer | 找云厂商要一个外部负载均衡器 |',
        '| ExternalName | 只是一个 CNAME，没有代理 |',
        '',
        '## 三、转发',
        '',
        '注意：ClusterIP 是 ping 不通的！因为它只是 iptables 规则里的一个虚拟地址。',
      ],
    });
    const c = find(g, 'ClusterIP');
    expect(c?.summary).toMatch(/^默认值，只能集群内部访问/);
    expect(c?.excerpts.map((e) => e.source.line)).toEqual(expect.arrayContaining([19, 28]));
  });
  it('a bold label whose text is a caution, under a values table with its row: the row', async () => {
    const g = await mineNotes({
      'notes/Pod 入门.md': [
        '# Pod 入门',
        '',
        '## Pod 的 phase',
        '',
        '| phase | 含义 |',
        '| --- | --- |',
        '| Pending | 已经接受了这个 Pod，但是有容器还没跑起来 |',
        '| Running | Pod 已经绑定到节点，至少有一个容器在运行 |',
        '| Succeeded | 所有容器都成功退出 |',
        '| Failed | 至少有一个容器失败退出 |',
        '',
        '**Running：**注意 Running 不代表服务可用，能不能接流量要看就绪探针。',
      ],
    });
    expect(find(g, 'Running')?.summary).toMatch(/^Pod 已经绑定到节点/);
  });
  it('look-alike: a caution that is the only passage stays the summary', async () => {
    const g = await mineNotes({
      'notes/调度.md': ['# 调度', '', '## 一、优先级', '', '- **priorityClassName**：注意：写了一个不存在的名字，Pod 会被拒绝创建。'],
    });
    // (mend50: the caution's content, without the label it opens with: summaries.ts withoutCautionLabel)
    expect(find(g, 'priorityClassName')?.summary).toBe('写了一个不存在的名字，Pod 会被拒绝创建。');
  });
});
