/**
 * head43 (docs/miner.md, "head43"): a component whose section's heading asks how it works is explained there,
 * not at work (resolve.ts COMPONENT_HOW_TAILS, beside fix29's COMPONENT_HEADING_TAILS); chapters written for
 * this test. Look-alikes (a task on the component, a trouble, a yes/no question) stay as they were.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/graph/model.ts';
import { COMPONENT_HOW_TAILS } from '../../../src/graph/miner/resolve.ts';
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
