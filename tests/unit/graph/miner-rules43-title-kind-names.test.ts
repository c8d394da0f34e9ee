/**
 * rules43 (docs/miner.md "rules43 (forty-third session)"): a title that writes a kind's English name only as a word
 * of a longer Latin name (`Pod Security Admission 检查`, `Gateway API 进阶`, `order-service 上 K8s 的排障日记`,
 * `kube-state-metrics 和 node-exporter`) names that longer thing: the kind is not the chapter's subject
 * (miner/title-kind-names.ts). A kind the title writes by itself, or before another kind's name, still is. And a short
 * Chinese word numbered as an item of a series (`**疑问1：**`, `**发现 F-01（高）：**`) names no concept (label-rules.ts
 * NUMBERED_RECORD). Notes written for this test, not taken from the corpora.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/graph/model.ts';
import { loadGraph } from '../../../src/graph/index.ts';
import { kindOnlyInLatinName } from '../../../src/graph/miner/title-kind-names.ts';
import { kindNamed } from '../../../src/graph/vocabulary/index.ts';
import { numberedRecord } from '../../../src/graph/miner/label-rules.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';
const mine = async (...lines: string[]): Promise<Graph> => loadGraph(await contentDir({ 'notes/n.md': note(...lines) }), { layout: false });
const kinds = (g: Graph, title: string) => g.concepts.filter((c) => c.title === title).map((c) => c.kind);

describe('kindOnlyInLatinName', () => {
  it.each([
    ['Pod Security Admission 检查', 'Pod', true],
    ['Pod Security Standards 与 Pod Security Admission', 'Pod', true],
    ['阅读笔记：Gateway API 进阶', 'Gateway', true],
    ['把前端和 Node API 部署到集群', 'Node', true],
    ['order-service 上线的排障日记', 'Service', true],
    ['监控栈：kube-state-metrics 和 node-exporter', 'Node', true],
    // the kind by itself, or once by itself
    ['从 Dockerfile 到 Pod 的 image 字段', 'Pod', false],
    ['Pod Security Admission 与 Pod 的 securityContext', 'Pod', false],
    ['Service 流量策略', 'Service', false],
    ['Secret 静态加密（Encryption at Rest）', 'Secret', false],
    // a kind's name after it: two kinds, not one name
    ['Job CronJob 对照', 'Job', false],
    // only in Chinese: not this rule's
    ['节点运维', 'Node', false],
  ])('%s (%s) → %s', (phrase, kind, inName) => {
    expect(kindOnlyInLatinName(phrase, kind, kindNamed)).toBe(inName);
  });
});

describe('a title that writes a kind only inside a longer Latin name', () => {
  const body = [
    '',
    '## 一、三个级别',
    '',
    '**宽松级别**：几乎不做限制，给系统组件用。',
    '',
    '**严格级别**：按最佳实践收紧，给普通业务用。',
  ];

  it('does not make the kind a concept of the chapter', async () => {
    const g = await mine('# Pod Security Admission 检查', ...body);
    expect(kinds(g, 'Pod')).toEqual([]);
    expect(kinds(g, '宽松级别')).toEqual(['term']);
  });

  it('nor a hyphenated name holding the kind', async () => {
    const g = await mine('# order-service 上线的排障日记', ...body);
    expect(kinds(g, 'Service')).toEqual([]);
  });

  it('still does when the title names the kind by itself', async () => {
    const g = await mine('# Pod 的安全检查', ...body);
    expect(kinds(g, 'Pod')).toEqual(['object']);
  });
});

describe('numberedRecord: a short Chinese word numbered as an item of a series', () => {
  it.each([
    ['疑问1', true],
    ['检查点 2', true],
    ['发现 F-01（高）：', true],
    ['问题 P-3', true],
    // not of the shape: a Latin name with a number, a series' place, a count from 0, a longer phrase
    ['PID 1', false],
    ['HTTP-01', false],
    ['KEP-1623', false],
    ['缩到 0', false],
    ['第 1 讲', false],
    ['乐观并发与 409', false],
    ['优雅停机', false],
  ])('%s → %s', (label, record) => {
    expect(numberedRecord(label)).toBe(record);
  });

  it('an audit note\'s numbered findings make no concepts; the terms it defines still do', async () => {
    const g = await mine(
      '# 容器安全审计记录',
      '',
      '**特权容器：** 设置了 `privileged: true` 的容器，拿到节点上几乎所有的权限。',
      '',
      '**发现 F-01（高）：** 支付服务的 Deployment 里容器设了 `privileged: true`，调试时加的，忘了删。',
      '',
      '**发现 F-02（中）：** 多数工作负载没有设置只读根文件系统。',
      '',
      '**疑问1：** 特权容器能不能只给 init 容器用？',
    );
    const titles = g.concepts.map((c) => c.title);
    expect(titles.filter((t) => /F-0|疑问/.test(t))).toEqual([]);
    expect(kinds(g, '特权容器')).toEqual(['term']);
  });
});
