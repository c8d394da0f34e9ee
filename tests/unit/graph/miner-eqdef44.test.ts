/**
 * eqdef44 (docs/miner.md, "eqdef44 (forty-fourth session)"): a terse note's `X = 定义` — a list item or a line
 * opening on a plain Latin name, a spaced `=` and words saying what it is — defines X (rule `text-equals`,
 * miner/equals-shapes.ts), and sums X up when nothing better does, without the `X = ` label. Notes written for this
 * test, not taken from the corpora, each with look-alikes that must not give the same reading.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/graph/index.ts';
import { EQUALS_SHAPE, equalsExpansion, equalsName } from '../../../src/graph/miner/equals-shapes.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';
const graphOf = async (...lines: string[]) => loadGraph(await contentDir({ 'notes/n.md': note(...lines) }), { layout: false });

describe('equalsName: a plain Latin name, a spaced `=` and what it is in words', () => {
  it('reads its example', () => {
    expect(equalsName(EQUALS_SHAPE.example.replace(/^- /, ''))).toBe(EQUALS_SHAPE.gives[0]);
  });

  it.each([
    ['KRaft = Kafka Raft，Kafka 自己用 Raft 协议管理元数据', 'KRaft'],
    ['LDS = Listener Discovery Service，监听器，对应端口', 'LDS'],
    ['ingress = 7层入口, 按 host/path 转到 svc', 'ingress'], // a kind's name, though a field is spelt so too; `7层` is a word
    ['Gateway API = GatewayClass / Gateway / xRoute，面向角色', 'Gateway API'],
  ])('%s', (text, name) => {
    expect(equalsName(text)).toBe(name);
  });

  it.each(EQUALS_SHAPE.lookAlikes.map((t) => [t]))('not %s', (text) => {
    expect(equalsName(text.replace(/^- /, ''))).toBeUndefined();
  });
});

describe('equalsExpansion: an abbreviation spelt out after `=`', () => {
  it.each([
    ['QoS', 'QoS = Quality of Service（服务质量）。Kubernetes 根据…', 'Quality of Service'],
    ['LDS', 'LDS = Listener Discovery Service，监听器，对应端口', 'Listener Discovery Service'],
    ['KRaft', 'KRaft = Kafka Raft，Kafka 自己用 Raft 协议', undefined], // no abbreviation of the words
    ['drain', 'drain = cordon + 驱逐', undefined],
  ])('%s', (name, text, expansion) => {
    expect(equalsExpansion(name, text)).toBe(expansion);
  });

  it('makes the abbreviation and its expansion one concept', async () => {
    const g = await graphOf('# 资源', '', '## QoS 类别', '', '> QoS = Quality of Service（服务质量）。Kubernetes 根据 requests/limits 给每个 Pod 分一个 QoS class。');
    const qos = g.concepts.filter((c) => c.title === 'QoS' || c.aliases.includes('QoS') || c.title === 'Quality of Service');
    expect(qos).toHaveLength(1);
    expect(qos[0]!.aliases).toContain('Quality of Service');
  });
});

describe('text-equals in a note', () => {
  it('defines a new term from a list item and sums it up without its label', async () => {
    const g = await graphOf(
      '# 节点维护',
      '',
      '## 小结',
      '',
      '- drain = cordon + 驱逐；驱逐走 Eviction API，才会受 PDB 约束',
      '- 扩容 = 先加节点再调度',
      '- requests = limits，内存是不可压缩资源',
    );
    const drain = g.concepts.find((c) => c.title === 'drain');
    expect(drain?.kind).toBe('term');
    expect(drain?.summary).toBe('cordon + 驱逐；驱逐走 Eviction API，才会受 PDB 约束');
    const titles = g.concepts.map((c) => c.title);
    expect(titles).not.toContain('扩容'); // a Chinese name before `=`: as often a remark
    expect(titles).not.toContain('requests'); // a field's spelling before `=` sets it
  });

  it("gives a kind named in lower case its summary, as the kind (the lead's terse Ingress notes)", async () => {
    const g = await graphOf(
      'ingress 笔记 (随手记)',
      '===',
      '',
      '- ingress = 7层入口, 按 host/path 转到 svc',
      '- 要先装 controller!! 只建 Ingress 对象没用, 没人处理',
    );
    const ingress = g.concepts.find((c) => c.title === 'Ingress');
    expect(ingress?.kind).toBe('object');
    expect(ingress?.summary).toBe('7层入口, 按 host/path 转到 svc');
    expect(g.concepts.some((c) => c.fieldPath === 'status.loadBalancer.ingress')).toBe(false);
  });
});
